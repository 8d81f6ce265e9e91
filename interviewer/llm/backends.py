"""Language models: one factory turns settings into a LangChain chat model.

Four backends, so nothing else needs to know which one runs:
- embedded: llama-cpp-python in this process, on the packaged Qwen2.5-Coder-1.5B GGUF (offline);
- server: any OpenAI-compatible server (Ollama, vLLM, LM Studio, llama.cpp) at LLM_BASE_URL;
- openai: the OpenAI API, when only OPENAI_API_KEY is set;
- none: no model; callers use their own templated wording.

Failures surface as ``LLMUnavailable`` or ``LLMTimeout``; ``replies.reply_with_fallback`` turns
them into the caller's deterministic text plus a notice, so a dead or slow model never loses a turn.
"""

from __future__ import annotations

import atexit
import contextlib
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

from interviewer.llm.cpu import start_sampling, threads_now, usable_cores
from interviewer.llm.model_files import MODEL_FILE_NAME, embedded_model_path
from interviewer.settings import Settings, ThreadSetting
from interviewer.types import Backend


class LLMError(RuntimeError):
    """The model could not produce a reply."""


class LLMUnavailable(LLMError):
    """The backend is down, unreachable or cannot load its model."""


class LLMTimeout(LLMError):
    """The backend did not finish within INTERVIEWER_LLM_TIMEOUT."""


@dataclass(frozen=True)
class BackendChoice:
    name: Backend
    reason: str
    model: str
    offline: bool


def choose_backend(settings: Settings) -> BackendChoice:
    """Which backend runs, and which setting chose it (shown by `interviewer doctor`)."""
    if settings.llm != "auto":
        name, reason = Backend(settings.llm), f"INTERVIEWER_LLM (--llm) is {settings.llm!r}"
    elif settings.llm_base_url:
        name, reason = Backend.SERVER, "LLM_BASE_URL is set"
    elif settings.openai_api_key:
        name, reason = Backend.OPENAI, "OPENAI_API_KEY is set and LLM_BASE_URL is not"
    else:
        name = Backend.EMBEDDED
        reason = "neither LLM_BASE_URL nor OPENAI_API_KEY is set: offline default"
    model = {
        Backend.EMBEDDED: str(settings.model_path or MODEL_FILE_NAME),
        Backend.SERVER: settings.llm_model or "(the first model the server lists)",
        Backend.OPENAI: settings.openai_model,
        Backend.NONE: "(none: templated turns)",
    }[name]
    offline = name in (Backend.EMBEDDED, Backend.NONE) or _is_local_url(settings.llm_base_url)
    return BackendChoice(name, reason, model, offline)


def _is_local_url(url: str | None) -> bool:
    from urllib.parse import urlparse

    host = urlparse(url or "").hostname or ""
    return host in ("localhost", "::1") or host.startswith("127.")


# --- the embedded backend -------------------------------------------------------------------

_load_lock = threading.Lock()
_loaded: dict[tuple[str, int, ThreadSetting], tuple[Any, threading.Lock]] = {}
#: How long a process that exits waits for the request running on a model to finish. A reply
#: left to finish after its deadline stops at its next token, and a warm-up reads one prompt.
EXIT_WAIT_SECONDS = 60.0


@atexit.register
def _close_models() -> None:
    """Free each loaded model once the request running on it, if any, has finished.

    A reply past its deadline is left to finish in a daemon thread (``replies._within``), and a
    warm-up runs in one. Were the process to exit meanwhile, the interpreter would free the
    ``Llama`` under that thread's native call: a segmentation fault after the session was saved.
    The lock is kept, so nothing starts on a freed model."""
    with _load_lock:
        for llama, lock in _loaded.values():
            if lock.acquire(timeout=EXIT_WAIT_SECONDS):
                llama.close()
        _loaded.clear()


def shared_llama(
    model_path: str, n_ctx: int, n_threads: ThreadSetting
) -> tuple[Any, threading.Lock]:
    """One ``Llama`` per model file and process, and the lock that queues its requests.

    Loading twice would double the memory and throw away the prompt cache that makes later
    turns fast; generating concurrently on one ``Llama`` is not safe. So both are shared here.
    """
    key = (model_path, n_ctx, n_threads)
    with _load_lock:
        if key not in _loaded:
            try:
                from llama_cpp import Llama
            except ImportError as error:
                raise LLMUnavailable(
                    "The embedded backend needs llama-cpp-python: pip install llama-cpp-python"
                ) from error
            try:
                if n_threads == "auto":
                    start_sampling()
                threads = usable_cores() if n_threads == "auto" else n_threads
                llama = Llama(model_path=model_path, n_ctx=n_ctx, n_threads=threads, verbose=False)
            except (ValueError, RuntimeError) as error:
                raise LLMUnavailable(f"Cannot load the model file {model_path}: {error}") from error
            _loaded[key] = (llama, threading.Lock())
        return _loaded[key]


def _adapt_threads(llama: Any, setting: ThreadSetting) -> None:
    """With ``auto``, run the next request on the cores other processes leave free (see
    ``cpu``); a fixed count was given to the model when it was loaded."""
    if setting == "auto":
        from llama_cpp import llama_set_n_threads

        threads = threads_now(setting)
        llama_set_n_threads(llama.ctx, threads, threads)


_ROLES = {"system": "system", "human": "user", "ai": "assistant"}


def choice_logit_bias(llama: Any, bias: Mapping[str, float] | None) -> dict[int, float] | None:
    """``bias`` names choices by their text, llama.cpp biases tokens: each choice's first token,
    the one a grammar over distinct choices decides on, carries the choice's bias."""
    if not bias:
        return None
    return {
        llama.tokenize(choice.encode(), add_bos=False, special=False)[0]: value
        for choice, value in bias.items()
    }


def _chat_messages(messages: list[BaseMessage]) -> list[dict[str, str]]:
    return [{"role": _ROLES.get(m.type, "user"), "content": str(m.content)} for m in messages]


class EmbeddedChatModel(BaseChatModel):
    """A chat model on the shared in-process ``Llama``; requests queue on its lock."""

    model_path: str
    n_ctx: int
    n_threads: ThreadSetting
    max_tokens: int
    temperature: float
    timeout: float

    @property
    def _llm_type(self) -> str:
        return "interviewer-llama-cpp"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_path": self.model_path, "n_ctx": self.n_ctx}

    def warm(self, messages: list[BaseMessage]) -> bool:
        """Read the fixed start of a prompt now, so the request that begins with it later only
        has to read what follows (llama.cpp keeps the longest shared prefix of its context).

        Only when the model is idle: a warm-up never delays a reply. An empty user turn follows
        the messages so the chat template's text up to the user's words is read too; the one
        token sampled after it is discarded when the real request diverges there."""
        llama, lock = shared_llama(self.model_path, self.n_ctx, self.n_threads)
        if not lock.acquire(blocking=False):
            return False
        try:
            _adapt_threads(llama, self.n_threads)
            llama.create_chat_completion(
                messages=[*_chat_messages(messages), {"role": "user", "content": ""}],
                max_tokens=1,
            )
            return True
        except ValueError:  # a prompt too long for the context: the real request will say so
            return False
        finally:
            lock.release()

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = "".join(chunk.text for chunk in self._stream(messages, stop, run_manager, **kwargs))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        llama, lock = shared_llama(self.model_path, self.n_ctx, self.n_threads)
        deadline = time.monotonic() + self.timeout
        if not lock.acquire(timeout=self.timeout):
            raise LLMTimeout(f"the embedded model stayed busy for {self.timeout:.0f} s")
        try:
            _adapt_threads(llama, self.n_threads)
            stream = llama.create_chat_completion(
                messages=_chat_messages(messages),
                stream=True,
                max_tokens=kwargs.get("max_tokens", self.max_tokens),
                temperature=kwargs.get("temperature", self.temperature),
                stop=stop or [],
                # {"type": "json_object"} makes llama.cpp sample only valid JSON (a grammar).
                response_format=kwargs.get("response_format"),
                logit_bias=choice_logit_bias(llama, kwargs.get("choice_bias")),
            )
            for part in stream:
                delta = part["choices"][0]["delta"].get("content")
                if delta:
                    chunk = ChatGenerationChunk(message=AIMessageChunk(content=delta))
                    if run_manager:
                        run_manager.on_llm_new_token(delta, chunk=chunk)
                    yield chunk
                if time.monotonic() > deadline:
                    raise LLMTimeout(f"the embedded model took longer than {self.timeout:.0f} s")
        except ValueError as error:  # llama-cpp-python's way of refusing a prompt
            raise LLMUnavailable(f"the embedded model refused the prompt: {error}") from error
        finally:
            lock.release()


# --- the factory ----------------------------------------------------------------------------


#: The model name sent when LLM_MODEL is unset and the server cannot be asked (single-model
#: servers such as llama.cpp's accept any name; others answer with an error the caller handles).
UNKNOWN_SERVER_MODEL = "default"


def _server_model_name(settings: Settings) -> str:
    """LLM_MODEL, or the first model the server lists (llama.cpp and LM Studio serve one).

    A server that is down now must not stop the interview from starting; its replies will fail
    with a typed error later and fall back to templated turns.
    """
    if settings.llm_model:
        return settings.llm_model
    import openai

    client = openai.OpenAI(
        base_url=settings.llm_base_url,
        api_key=settings.llm_api_key or "none",
        timeout=5,
        max_retries=0,
    )
    try:
        return client.models.list().data[0].id
    except Exception:  # down, or answering with something else than a model list
        return UNKNOWN_SERVER_MODEL


def make_chat_model(settings: Settings, progress: bool = False) -> BaseChatModel | None:
    """The chat model the settings ask for; None for the `none` backend."""
    choice = choose_backend(settings)
    if choice.name is Backend.NONE:
        return None
    if choice.name is Backend.EMBEDDED:
        path = settings.model_path or embedded_model_path(settings.cache_dir, progress)
        model = EmbeddedChatModel(
            model_path=str(path),
            n_ctx=settings.llm_context,
            n_threads=settings.llm_threads,
            max_tokens=settings.llm_max_tokens,
            temperature=settings.llm_temperature,
            timeout=settings.llm_timeout,
        )
        # Loaded now, in the caller's thread, not by the first reply's thread: while it loads,
        # llama-cpp-python points the process's stdout and stderr at /dev/null, so a chat
        # printed its closing turns into nothing, and a process that exited during the load
        # crashed. A file that fails to load is reported by the first reply, as before.
        with contextlib.suppress(LLMUnavailable):
            shared_llama(model.model_path, model.n_ctx, model.n_threads)
        return model
    from langchain_openai import ChatOpenAI

    common: dict[str, Any] = {
        "timeout": settings.llm_timeout,
        "max_retries": settings.llm_retries,  # the openai client backs off exponentially
        "max_tokens": settings.llm_max_tokens,
        "temperature": settings.llm_temperature,
        "streaming": True,
    }
    if choice.name is Backend.SERVER:
        return ChatOpenAI(
            base_url=settings.llm_base_url,
            api_key=settings.llm_api_key or "none",  # local servers accept any key
            model=_server_model_name(settings),
            **common,
        )
    return ChatOpenAI(api_key=settings.openai_api_key, model=settings.openai_model, **common)
