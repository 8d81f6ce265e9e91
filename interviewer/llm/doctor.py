"""`interviewer doctor`: which backend is active and why, and whether it answers, how fast."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from langchain_core.messages import HumanMessage

from interviewer.llm.backends import (
    EmbeddedChatModel,
    LLMError,
    choose_backend,
    make_chat_model,
    shared_llama,
)
from interviewer.llm.model_files import ModelFileError
from interviewer.llm.replies import stream_reply
from interviewer.prompt_files import load_prompt
from interviewer.settings import Settings
from interviewer.token_count import count_tokens


def diagnose(
    settings: Settings, on_token: Callable[[str], None] | None = None, progress: bool = False
) -> dict[str, Any]:
    choice = choose_backend(settings)
    report: dict[str, Any] = {
        "backend": choice.name,
        "reason": choice.reason,
        "model": choice.model,
        "offline": choice.offline,
        "model_file": None,
        "context_tokens": settings.llm_context,
        "max_reply_tokens": settings.llm_max_tokens,
        "answers": None,
        "error": None,
        "load_seconds": None,
        "first_token_seconds": None,
        "tokens_per_second": None,
        "reply": None,
    }
    if choice.name == "none":
        return report
    try:
        model = make_chat_model(settings, progress=progress)
        assert model is not None
        if isinstance(model, EmbeddedChatModel):
            report["model_file"] = model.model_path
            started = time.monotonic()
            shared_llama(model.model_path, model.n_ctx, model.n_threads)
            report["load_seconds"] = round(time.monotonic() - started, 2)
        started = time.monotonic()
        first = None
        pieces = []
        for piece in stream_reply(model, [HumanMessage(load_prompt("doctor_probe"))]):
            first = first if first is not None else time.monotonic() - started
            pieces.append(piece)
            if on_token:
                on_token(piece)
        total = time.monotonic() - started
    except (LLMError, ModelFileError) as error:
        report.update(answers=False, error=str(error))
        return report
    reply = "".join(pieces).strip()
    tokens = count_tokens(reply)
    report.update(
        answers=bool(reply),
        reply=reply,
        first_token_seconds=round(first or total, 2),
        tokens_per_second=round(tokens / (total - first), 1) if first and total > first else None,
    )
    return report
