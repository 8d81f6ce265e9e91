"""The real language models: the embedded llama.cpp model and an OpenAI-compatible server.

Marked slow: they load the 1.1 GB packaged model. The server is llama-cpp-python's own
OpenAI-compatible server on loopback, with the same GGUF file; no mock stands in for it.
"""

from __future__ import annotations

import threading
import time

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

from interviewer.llm import backends as llm
from interviewer.llm.backends import (
    EmbeddedChatModel,
    LLMUnavailable,
    make_chat_model,
)
from interviewer.llm.local_server import llama_server as start_llama_server
from interviewer.llm.model_files import embedded_model_path
from interviewer.llm.replies import choose, reply_with_fallback, stream_reply
from interviewer.settings import Settings
from interviewer.types import Backend

pytestmark = pytest.mark.slow

QUESTION = [
    SystemMessage("You are an interviewer. Reply in one short sentence."),
    HumanMessage("Say hello to the candidate."),
]


@pytest.fixture(scope="module")
def model_path():
    return embedded_model_path(Settings().cache_dir)


@pytest.fixture
def llama_server(model_path):
    with start_llama_server(model_path, context=2048, threads=2) as server:
        yield server


def test_embedded_model_loads_answers_and_streams(model_path):
    settings = Settings(llm="embedded", llm_max_tokens=40)
    model = make_chat_model(settings)
    assert isinstance(model, EmbeddedChatModel) and model.model_path == str(model_path)
    pieces: list[str] = []
    reply = reply_with_fallback(model, QUESTION, "fallback", settings, on_token=pieces.append)
    assert reply.source == "model" and reply.notice is None
    assert len(pieces) >= 3 and "".join(pieces).strip() == reply.text
    assert reply.first_token_seconds is not None and reply.completion_tokens <= 45


def test_embedded_model_respects_a_small_context_budget():
    settings = Settings(llm="embedded", llm_context=512, llm_max_tokens=32)
    history: list = [SystemMessage("You are an interviewer. Answer in one sentence.")]
    for n in range(12):  # about 1,200 tokens of earlier turns: more than the context holds
        history += [
            HumanMessage(f"Earlier answer {n}: " + "gradient descent " * 40),
            AIMessage("Noted."),
        ]
    history.append(HumanMessage("What is a loss function, briefly?"))
    reply = reply_with_fallback(make_chat_model(settings), history, "fallback", settings)
    assert reply.source == "model" and reply.prompt_tokens <= 512 - 32


def test_concurrent_requests_share_one_loaded_model():
    settings = Settings(llm="embedded", llm_max_tokens=16)
    models = [make_chat_model(settings) for _ in range(3)]
    replies: list = [None] * 3

    def ask(i: int) -> None:
        replies[i] = reply_with_fallback(models[i], QUESTION, "fallback", settings)

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert all(r is not None and r.source == "model" for r in replies)
    keys = [k for k in llm._loaded if k[1:] == (settings.llm_context, settings.llm_threads)]
    assert len(keys) == 1


def test_embedded_choice_is_held_to_the_list_and_moved_by_a_bias():
    """The grammar admits only the choices; a bias on one choice's first token makes the model
    pick it (the faithfulness judge shifts its verdicts so, by an amount chosen on dev sets)."""
    model = make_chat_model(Settings(llm="embedded"))
    choices = ("supported", "contradicted", "unsupported")
    messages = [
        SystemMessage("Give the claim one verdict."),
        HumanMessage("Passage: the sky is blue.\nClaim: the sky is blue."),
    ]
    assert choose(model, Backend.EMBEDDED, messages, choices, 120) in choices
    for choice in ("contradicted", "unsupported"):
        biased = choose(model, Backend.EMBEDDED, messages, choices, 120, bias={choice: 30.0})
        assert biased == choice


def test_server_backend_streams_through_the_openai_client(llama_server):
    _, base_url = llama_server
    settings = Settings(
        llm_base_url=base_url, llm_max_tokens=40
    )  # LLM_MODEL unset: asks the server
    model = make_chat_model(settings)
    pieces = list(stream_reply(model, QUESTION))
    assert len(pieces) >= 3 and "".join(pieces).strip()


def test_server_killed_mid_reply_gives_typed_error_and_fallback(llama_server):
    process, base_url = llama_server
    settings = Settings(llm_base_url=base_url, llm_model="any", llm_max_tokens=200, llm_retries=0)
    model = make_chat_model(settings)
    long_answer = [HumanMessage("Explain gradient descent in detail, in at least ten sentences.")]

    stream = stream_reply(model, long_answer)
    assert next(stream)  # the reply has started...
    process.kill()  # ...and the server dies mid-request
    with pytest.raises(LLMUnavailable):
        for _ in stream:
            pass

    started = time.monotonic()
    reply = reply_with_fallback(model, long_answer, "Let's move on to the next question.", settings)
    assert reply.source == "fallback" and reply.text == "Let's move on to the next question."
    assert reply.notice and "unavailable" in reply.notice
    assert time.monotonic() - started < 30
