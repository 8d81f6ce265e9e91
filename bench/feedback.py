"""Feedback latency with the embedded model, as a candidate lives it.

For each answer: a practice session on its question starts (the question is on screen, and the
model may read the feedback prompt's fixed part in the background), the candidate takes
``--think`` seconds to answer, then the answer is sent. Timed from the send: the first text on
screen (the code's verdict), the first sentence of the model's explanation, and the whole turn.
A follow-up asked instead of feedback is answered with "I don't know" after the same pause, and
that send is timed as a feedback-after-follow-up turn.

Runs: prefix warming on and off, and warming on with another process keeping one core busy,
with the default thread count (``auto``: the cores left free) and with every core's thread fixed.
Beside them, bare llama-cpp-python's time to first token for a cold prompt of the same shape
(system prompt with the question's facts, then the point to teach), which is what warming hides.

Usage: python bench/feedback.py [--answers N] [--think S] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

from langchain_core.messages import HumanMessage
from llama_cpp import llama_set_n_threads

from interviewer.interview.session import (
    InterviewSession,
    Services,
    feedback_contexts,
    feedback_system_message,
)
from interviewer.llm.backends import shared_llama
from interviewer.llm.cpu import threads_now, usable_cores
from interviewer.prompt_files import render_prompt
from interviewer.settings import Settings, load
from interviewer.types import Switch, TurnKind

DATASET = Path(__file__).resolve().parent.parent / "evals" / "datasets" / "grading_dev.jsonl"
BUSY_CORE = "while True: pass"


@dataclass
class Timed:
    kind: str  # feedback, or feedback after a follow-up
    first_text: float
    first_model_sentence: float | None
    whole: float


def answers(count: int) -> list[dict[str, str]]:
    """Partial and wrong answers (they get a lesson from the model), one question after another."""
    rows = [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines()]
    weak = [r for r in rows if r["label"] in ("partial", "wrong")]
    by_question: dict[str, list[dict[str, str]]] = {}
    for row in weak:
        by_question.setdefault(row["question_id"], []).append(row)
    spread = [rows[rank] for rank in range(10) for rows in by_question.values() if rank < len(rows)]
    return spread[:count]


def timed_send(session: InterviewSession, text: str) -> tuple[Timed | None, bool]:
    """(the feedback turn's times, or None if a follow-up came instead; whether it ended)."""
    marks: list[float] = []
    started = time.perf_counter()
    turns = session.send(text, on_text=lambda _piece: marks.append(time.perf_counter() - started))
    whole = time.perf_counter() - started
    if not any(t.kind == TurnKind.FEEDBACK for t in turns):
        return None, False
    first_text = marks[0] if marks else whole
    model_sentence = marks[1] if len(marks) > 1 else None
    return Timed("feedback", first_text, model_sentence, whole), True


def play(services: Services, rows: list[dict[str, str]], think: float) -> list[Timed]:
    timed = []
    for row in rows:
        session, _ = InterviewSession.new(services, "practice", item=row["question_id"], seed=0)
        time.sleep(think)  # the candidate reads the question and answers
        result, _ = timed_send(session, row["answer"])
        if result is None:  # a follow-up first
            time.sleep(think)
            result, _ = timed_send(session, "I don't know")
            if result is not None:
                result.kind = "feedback after a follow-up"
        if result is not None:
            timed.append(result)
            print(f"  {row['question_id']} {result}", file=sys.stderr)
    return timed


def bare_first_token(services: Services, rows: list[dict[str, str]]) -> list[float]:
    """llama-cpp-python alone, cold: the whole prompt read before the first token."""
    settings = services.settings
    model = services.model
    llama, lock = shared_llama(model.model_path, model.n_ctx, model.n_threads)  # type: ignore[union-attr]
    seconds = []
    for row in rows:
        question = services.knowledge.question(row["question_id"])
        contexts = feedback_contexts(services, question.id, None)
        system = feedback_system_message(services, question.id, contexts)
        point = question.key_points[0].text
        request = render_prompt(
            "feedback_request", point=point, sentences=str(settings.feedback_sentences)
        )
        messages = [
            {"role": "system", "content": str(system.content)},
            {"role": "user", "content": str(HumanMessage(request).content)},
        ]
        with lock:
            threads = threads_now(settings.llm_threads)  # as a reply would run now
            llama_set_n_threads(llama.ctx, threads, threads)
            llama.reset()  # no shared prefix: a cold prompt
            started = time.perf_counter()
            for _ in llama.create_chat_completion(messages=messages, stream=True, max_tokens=8):
                seconds.append(time.perf_counter() - started)
                break
    return seconds


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def table(runs: dict[str, list[Timed]], bare: list[float]) -> str:
    lines = [
        "| run | turn kind | n | first text p50 / p95 (s) | first model sentence p50 / p95 (s)"
        " | whole turn p50 / p95 (s) |",
        "|---|---|---|---|---|---|",
    ]
    for name, timed in runs.items():
        for kind in sorted({t.kind for t in timed}):
            of_kind = [t for t in timed if t.kind == kind]
            firsts = [t.first_text for t in of_kind]
            sentences = [t.first_model_sentence for t in of_kind if t.first_model_sentence]
            wholes = [t.whole for t in of_kind]
            said = (
                f"{percentile(sentences, 0.5):.2f} / {percentile(sentences, 0.95):.2f}"
                if sentences
                else "none"
            )
            lines.append(
                f"| {name} | {kind} | {len(of_kind)} | {percentile(firsts, 0.5):.2f} / "
                f"{percentile(firsts, 0.95):.2f} | {said} ({len(sentences)} with one) | "
                f"{percentile(wholes, 0.5):.2f} / {percentile(wholes, 0.95):.2f} |"
            )
    lines.append(
        f"| bare llama-cpp-python, cold prompt | first token | {len(bare)} | | "
        f"{statistics.median(bare):.2f} / {percentile(bare, 0.95):.2f} | |"
    )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--answers", type=int, default=10, help="answers per run (default 10)")
    parser.add_argument("--think", type=float, default=12.0, help="seconds to answer (12)")
    parser.add_argument("--out", type=Path, help="also write the table (Markdown) here")
    args = parser.parse_args()
    base = replace(load(), llm="embedded", llm_temperature=0.0)
    data_dir = Path(tempfile.mkdtemp(prefix="bench-feedback-"))  # sessions of this run only
    services = Services.build(replace(base, data_dir=data_dir), progress=True)
    rows = answers(args.answers)
    runs: dict[str, list[Timed]] = {}
    adaptive = services.model
    fixed = adaptive.model_copy(update={"n_threads": usable_cores()})  # type: ignore[union-attr]
    for name, warm, busy, model in (
        ("warming on", Switch.ON, False, adaptive),
        ("warming off", Switch.OFF, False, adaptive),
        ("warming on, one core busy", Switch.ON, True, adaptive),
        (f"warming on, one core busy, {fixed.n_threads} threads fixed", Switch.ON, True, fixed),
    ):
        print(f"{name}…", file=sys.stderr)
        services.settings = replace(services.settings, llm_warm=warm)
        services.model = model
        hog = subprocess.Popen([sys.executable, "-c", BUSY_CORE]) if busy else None
        try:
            runs[name] = play(services, rows, args.think)
        finally:
            if hog:
                hog.kill()
    services.model = adaptive
    bare = bare_first_token(services, rows)
    settings: Settings = services.settings
    report = (
        f"Feedback latency, embedded model, threads: {settings.llm_threads}, "
        f"{len(rows)} partial or wrong answers from grading_dev, {args.think:.0f} s to answer, "
        f"`python bench/feedback.py --answers {args.answers} --think {args.think:g}`\n\n"
        + table(runs, bare)
        + "\n"
    )
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
