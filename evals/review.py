"""An LLM reviews whole conversations, for what code cannot check (is the feedback actionable,
is a follow-up relevant, is the tone right), and its agreement with a person's labels.

One yes/no question per criterion, each after the whole transcript, so a local model reads the
transcript once and reuses it from its prompt cache for every question.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from interviewer.llm.replies import stream_reply
from interviewer.prompt_files import load_prompt, render_prompt
from interviewer.settings import bundled_path
from interviewer.types import Frozen

DATASETS = Path(__file__).parent / "datasets"
SESSIONS = DATASETS / "reviewed_sessions.jsonl"
LABELS = DATASETS / "reviewed_sessions_labels.jsonl"


def criteria() -> dict[str, str]:
    path = bundled_path("prompts") / "review_criteria.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


class ReviewedSession(Frozen):
    name: str
    dialogue: str
    labels: dict[str, bool]  # a person's verdicts, criterion: the interviewer did well


def load_reviewed(sessions: Path = SESSIONS, labels: Path = LABELS) -> list[ReviewedSession]:
    dialogues = [json.loads(line) for line in sessions.read_text().splitlines() if line.strip()]
    verdicts = {
        row["name"]: row["labels"]
        for row in map(json.loads, labels.read_text().splitlines())
        if row
    }
    return [ReviewedSession(labels=verdicts[d["name"]], **d) for d in dialogues]


class LLMReviewer:
    def __init__(self, model: BaseChatModel) -> None:
        self._model = model
        self._criteria = criteria()

    def review(self, dialogue: str) -> dict[str, bool | None]:
        """criterion: yes (True), no (False), or None when the reply was neither."""
        verdicts: dict[str, bool | None] = {}
        for name, question in self._criteria.items():
            messages = [
                SystemMessage(load_prompt("review_system")),
                HumanMessage(
                    render_prompt("review_request", dialogue=dialogue, criterion=question)
                ),
            ]
            reply = "".join(stream_reply(self._model, messages, temperature=0.0, max_tokens=3))
            word = reply.strip().lower()
            verdicts[name] = (
                True if word.startswith("yes") else False if word.startswith("no") else None
            )
        return verdicts


class Agreement(Frozen):
    criterion: str
    sessions: int
    agreement: float
    kappa: float
    person_true: int
    reviewer_true: int


def agreement(pairs: list[tuple[bool, bool | None]], criterion: str) -> Agreement:
    """How often the reviewer says what the person said, and Cohen's kappa (beyond chance)."""
    scored = [(a, b) for a, b in pairs if b is not None]
    n = max(1, len(scored))
    observed = sum(a == b for a, b in scored) / n
    p1 = sum(a for a, _ in scored) / n
    p2 = sum(bool(b) for _, b in scored) / n
    chance = p1 * p2 + (1 - p1) * (1 - p2)
    kappa = (observed - chance) / (1 - chance) if chance < 1 else 1.0
    return Agreement(
        criterion=criterion,
        sessions=len(scored),
        agreement=round(observed, 3),
        kappa=round(kappa, 3),
        person_true=sum(a for a, _ in scored),
        reviewer_true=sum(bool(b) for _, b in scored),
    )


def markdown(rows: list[Agreement], seconds: float, backend: str) -> str:
    lines = [
        f"## LLM reviewer against a person's labels (backend {backend}, {seconds:.0f} s)",
        "",
        "| criterion | sessions | agreement | kappa | person: yes | reviewer: yes |",
        "|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {r.criterion} | {r.sessions} | {r.agreement} | {r.kappa} | {r.person_true} | "
        f"{r.reviewer_true} |"
        for r in rows
    ]
    return "\n".join(lines)
