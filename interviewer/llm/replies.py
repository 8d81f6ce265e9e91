"""Replies: a model's answer streamed within the context budget, or the caller's own words.

Every failure of any backend becomes ``LLMUnavailable`` or ``LLMTimeout`` here, and
``reply_with_fallback`` turns those into the deterministic text plus a notice, so a dead or slow
model never costs the candidate a turn. ``choose`` asks for one word of a closed list, under the
same deadline, and gives None on any failure, so its caller keeps its own decision.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from queue import Empty, Queue
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage

from interviewer.llm.backends import LLMError, LLMTimeout, LLMUnavailable
from interviewer.llm.context_budget import count_message_tokens, fit_to_context
from interviewer.settings import Settings
from interviewer.token_count import count_tokens
from interviewer.types import Backend


class ReplySource(StrEnum):
    MODEL = "model"
    FALLBACK = "fallback"  # the caller's deterministic text: no model, or it failed


# --- replies --------------------------------------------------------------------------------


_SECRET = re.compile(
    r"(?i)(bearer\s+|api[_-]?key[\"'\s:=]+|authorization[\"'\s:=]+)[^\s\"',;]+"
    r"|\bsk-[A-Za-z0-9_\-]{6,}"
)


def redact(text: str) -> str:
    """Keys and tokens out of a message that may echo a request (some servers do)."""
    return _SECRET.sub(lambda m: (m.group(1) or "") + "[redacted]", text)


def _typed(error: Exception) -> LLMError:
    """Any failure of any backend as one of the two errors callers handle, with a short reason.

    A server's error text is never passed on: it may echo the request, keys included. Whatever
    is not a known client error (invalid JSON, a wrong shape, an HTML page) is a server that
    could not be read, not a crash.
    """
    import httpx
    import openai

    if isinstance(error, LLMError):
        return error
    if isinstance(error, openai.APITimeoutError | httpx.TimeoutException):
        return LLMTimeout("the model server did not answer in time")
    status = getattr(error, "status_code", None)
    if isinstance(error, openai.APIError | httpx.HTTPError):
        reason = f"HTTP {status}" if status else type(error).__name__
        return LLMUnavailable(f"the model server failed ({reason})")
    return LLMUnavailable(f"the model server's reply could not be read ({type(error).__name__})")


def stream_reply(
    model: BaseChatModel, messages: Sequence[BaseMessage], **options: Any
) -> Iterator[str]:
    """The reply's text as it is generated; failures raise ``LLMUnavailable``/``LLMTimeout``.

    ``options`` (``temperature``, ``max_tokens``, ``response_format``) override the model's own
    for this call.
    """
    try:
        for chunk in model.stream(list(messages), **options):
            if chunk.content:
                yield str(chunk.content)
    except Exception as error:
        raise _typed(error) from error


_DONE = object()


def _within(seconds: float, pieces: Callable[[], Iterator[str]]) -> Iterator[str]:
    """The pieces, as long as they all arrive within ``seconds`` of the start: one deadline for
    the whole reply, retries included, however the server drips or hangs. The producer runs in
    a thread of its own; past the deadline it is left to finish and its pieces are dropped."""
    queue: Queue[object] = Queue()
    stop = threading.Event()

    def produce() -> None:
        try:
            for piece in pieces():
                if stop.is_set():
                    break
                queue.put(piece)
        except BaseException as error:  # passed to the consumer, who raises it
            queue.put(error)
        finally:
            queue.put(_DONE)

    threading.Thread(target=produce, daemon=True).start()
    deadline = time.monotonic() + seconds
    try:
        while True:
            try:
                item = queue.get(timeout=max(0.0, deadline - time.monotonic()))
            except Empty:
                raise LLMTimeout(f"no complete reply within {seconds:.0f} s") from None
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield str(item)
    finally:
        stop.set()


@dataclass(frozen=True)
class Reply:
    text: str
    source: ReplySource
    notice: str | None
    prompt_tokens: int
    completion_tokens: int
    seconds: float
    first_token_seconds: float | None
    #: The deadline, not a failure, ended the reply: the model is slow on this machine rather
    #: than down, which the candidate is told in other words.
    slow: bool = False


def reply_with_fallback(
    model: BaseChatModel | None,
    messages: Sequence[BaseMessage],
    fallback: str,
    settings: Settings,
    on_token: Callable[[str], None] | None = None,
    enough: Callable[[], bool] | None = None,
    budget: float | None = None,
) -> Reply:
    """A model reply fitted to the context budget, or ``fallback`` with a notice if it fails.

    A failure halfway through discards the partial text: a turn is shown whole or not at all.
    ``enough`` is asked after every piece; when it says so, generation stops there (a spoken
    turn needs a few sentences, and every token more is time the candidate waits). ``budget``
    is a shorter deadline for a reply that may end early: when it runs out, the reply is what
    the model said so far (a model too slow for the machine never stalls the interview).
    """
    started = time.monotonic()
    if model is None:
        return Reply(fallback, ReplySource.FALLBACK, None, 0, 0, 0.0, None)
    fitted = fit_to_context(messages, settings.llm_context, settings.llm_max_tokens)
    prompt_tokens = count_message_tokens(fitted)
    pieces: list[str] = []
    first: float | None = None
    cut_short = None  # the notice when the budget, not the model, ended the reply
    seconds = settings.llm_timeout if budget is None else min(settings.llm_timeout, budget)
    try:
        for piece in _within(seconds, lambda: stream_reply(model, fitted)):
            first = first if first is not None else time.monotonic() - started
            pieces.append(piece)
            if on_token:
                on_token(piece)
            if enough and enough():
                break
    except LLMTimeout as error:
        if budget is None or not pieces:
            return _failed(fallback, redact(str(error)), prompt_tokens, started, first, slow=True)
        cut_short = f"The language model ran past its {seconds:.0f} s; its part was cut short."
    except LLMError as error:
        return _failed(fallback, redact(str(error)), prompt_tokens, started, first)
    text = "".join(pieces).strip() or fallback
    return Reply(
        text,
        ReplySource.MODEL,
        cut_short,
        prompt_tokens,
        count_tokens(text),
        time.monotonic() - started,
        first,
        slow=cut_short is not None,
    )


def _failed(
    fallback: str,
    reason: str,
    prompt_tokens: int,
    started: float,
    first: float | None,
    slow: bool = False,
) -> Reply:
    """The caller's own words, and a notice that says why the model's are missing: too slow
    (``slow``) is not said as down."""
    notice = (
        f"The language model was too slow ({reason}); continuing without it."
        if slow
        else f"The language model is unavailable ({reason}); continuing without it."
    )
    return Reply(
        fallback,
        ReplySource.FALLBACK,
        notice,
        prompt_tokens,
        0,
        time.monotonic() - started,
        first,
        slow=slow,
    )


# --- choices --------------------------------------------------------------------------------

#: Room for the longest choice in quotes; a reply that needs more is not a choice anyway.
CHOICE_TOKENS = 8


def choice_format(backend: Backend, choices: Sequence[str]) -> dict[str, Any] | None:
    """The ``response_format`` that makes the backend sample nothing but one of ``choices``.

    llama.cpp, in process or as a server (``llama_cpp.server``, ``llama-server``), turns a JSON
    schema given with ``json_object`` into a grammar; other OpenAI-compatible servers read it as
    plain JSON mode. OpenAI's structured outputs need an object at the root, a shape that would
    cost the local model three more tokens a label, so the openai backend goes unconstrained and
    is held to the parse alone.
    """
    if backend in (Backend.EMBEDDED, Backend.SERVER):
        return {"type": "json_object", "schema": {"type": "string", "enum": list(choices)}}
    return None


def parse_choice(text: str, choices: Sequence[str]) -> str | None:
    """The choice a reply is, JSON-quoted or bare, and nothing else; otherwise None."""
    text = text.strip()
    if text.startswith('"'):
        try:
            text = json.loads(text)
        except json.JSONDecodeError:
            return None
    return text if isinstance(text, str) and text in choices else None


def choose(
    model: BaseChatModel,
    backend: Backend,
    messages: Sequence[BaseMessage],
    choices: Sequence[str],
    seconds: float,
    bias: Mapping[str, float] | None = None,
) -> str | None:
    """The one of ``choices`` the model picks, or None: a failure, no complete reply within
    ``seconds``, or anything that is not exactly one choice.

    The caller's own decision stands whenever this says None, so a choice can only ever be a
    second opinion. Generation stops as soon as a quoted choice is complete. ``bias`` is added
    to the log-odds of the choices it names, on the embedded model only: a bias is measured for
    one model, and other backends may run any model.
    """
    constraint = choice_format(backend, choices)
    options: dict[str, Any] = {"temperature": 0.0, "max_tokens": CHOICE_TOKENS}
    if constraint:
        options["response_format"] = constraint
    if bias and backend is Backend.EMBEDDED:
        options["choice_bias"] = dict(bias)
    text = ""
    try:
        for piece in _within(seconds, lambda: stream_reply(model, messages, **options)):
            text += piece
            if text.strip().endswith('"') and parse_choice(text, choices):
                break
    except LLMError:
        return None
    return parse_choice(text, choices)
