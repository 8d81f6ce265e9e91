"""Intents benchmark: what recognising a message costs, by code alone and with the model asked.

The code path is the recogniser (patterns, then one MiniLM embedding) on every message of
evals/datasets/intents_dev.jsonl. The model is asked only about messages the recogniser is
unsure of, which that set hardly has, so every message the model can label is put to it here,
each after the recogniser: the time of a whole message in the band of doubt. llama.cpp reuses
the prompt of its previous call, so each message is timed twice: cold, after one token of an
unrelated prompt (in a session a feedback reply comes between two such messages), and warm,
right after another message (two unsure messages in a row). The deadline is lifted so that the
model's own time is measured; the messages that would have missed INTERVIEWER_INTENT_TIMEOUT are
counted.

Usage: python bench/intents.py [--out FILE] [--threads N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from evals.intents import SETS, Latency, evaluate, latency, load_intent_cases, touch
from interviewer.interview.intents import MODEL_LABELS, IntentRecognizer, ModelReading
from interviewer.interview.session import REQUESTS_FILE
from interviewer.knowledge.embeddings import MiniLMEmbeddings
from interviewer.knowledge.schema import load_knowledge
from interviewer.llm.backends import make_chat_model
from interviewer.settings import Settings, bundled_path
from interviewer.types import Backend

NO_DEADLINE = 600.0
CODE_TARGET_MS = 50
MODEL_TARGET_MS = 1500


def _row(path: str, figure: Latency | None, target_ms: int, deadline: str = "") -> str:
    assert figure is not None
    return (
        f"| {path} | {figure.messages} | {figure.p50_ms} | {figure.p95_ms} | <= {target_ms} "
        f"| {deadline} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="also write the table (Markdown) here")
    parser.add_argument("--threads", type=int, default=2, help="CPU threads (default: 2)")
    args = parser.parse_args()
    settings = Settings(llm=Backend.EMBEDDED, llm_threads=args.threads)
    recognizer = IntentRecognizer(
        load_knowledge(bundled_path("knowledge")),
        MiniLMEmbeddings(),
        bundled_path("knowledge") / REQUESTS_FILE,
    )
    cases = load_intent_cases(SETS["dev"])
    recognizer.recognize(cases[0].text)  # the embedding model loads outside the timings
    code = evaluate(recognizer, cases).code_path

    model = make_chat_model(settings, progress=True)
    assert model is not None
    touch(model)
    reading = ModelReading(model, Backend.EMBEDDED, NO_DEADLINE)
    timings: dict[str, list[float]] = {"cold": [], "warm": []}
    labelled = [c for c in cases if c.intent in MODEL_LABELS]
    for case in labelled:
        for cache in ("cold", "warm"):
            if cache == "cold":
                touch(model)
            started = time.perf_counter()
            recognizer.recognize(case.text)
            reading(case.text)
            timings[cache].append(time.perf_counter() - started)

    def over(seconds: list[float]) -> str:
        late = sum(s > settings.intent_timeout for s in seconds)
        return f"{late} of {len(seconds)} over {settings.intent_timeout:g} s"

    table = "\n".join(
        [
            "| path | messages | p50 ms | p95 ms | target ms | deadline |",
            "|---|---|---|---|---|---|",
            _row("code path (patterns, one MiniLM embedding)", code, CODE_TARGET_MS),
            *(
                _row(
                    f"model asked, prompt cache {cache} (embedded)",
                    latency(seconds),
                    MODEL_TARGET_MS,
                    over(seconds),
                )
                for cache, seconds in timings.items()
            ),
        ]
    )
    note = (
        f"intents_dev.jsonl; {args.threads} threads; the model rows time the recogniser and then "
        f"the model on each of the {len(labelled)} messages whose intent the model can name, "
        "with no deadline. Cold is the case in a session (a feedback reply ran in between)."
    )
    print(table)
    print(note)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(
            "# Intents benchmark\n\n"
            f"Measured by `make bench` on {time.strftime('%Y-%m-%d')}.\n\n{table}\n\n{note}\n",
            encoding="utf-8",
        )
        print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
