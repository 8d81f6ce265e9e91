"""The anchor for the faithfulness judges: RAGAS Faithfulness on the calibration set, with the same
packaged 1.5B model behind `python -m llama_cpp.server` on loopback.

RAGAS lives in its own virtual environment (`make bench-ragas` builds `.venv-ragas`), so this
script has two roles: in the project's environment it starts the server and runs itself again
under the RAGAS interpreter with `--base-url`, which scores the cases. A case is flagged when its
RAGAS score is below 1 (some statement not inferred from the contexts), the same rule the
project's judges use, so precision, recall and F1 compare directly.

Usage: python bench/ragas_anchor.py --ragas-python .venv-ragas/bin/python [--limit N] [--out FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CASES = REPO / "evals/datasets/faithfulness_calibration.jsonl"
MAX_TOKENS = 1024  # RAGAS lists every statement of a response in one JSON reply


def read_cases(path: Path, limit: int | None) -> list[dict]:
    cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return cases[:limit] if limit else cases


async def score_cases(base_url: str, cases: list[dict]) -> list[dict]:
    """Runs in the RAGAS environment: one RAGAS Faithfulness score per case, timed."""
    from openai import AsyncOpenAI
    from ragas.llms import llm_factory
    from ragas.metrics.collections import Faithfulness

    client = AsyncOpenAI(base_url=base_url, api_key="not-needed", timeout=600, max_retries=0)
    llm = llm_factory("local", client=client, temperature=0.0, max_tokens=MAX_TOKENS)
    metric = Faithfulness(llm=llm)
    rows = []
    for number, case in enumerate(cases, start=1):
        started = time.perf_counter()
        try:
            result = await metric.ascore(
                user_input=case["question"],
                response=case["response"],
                retrieved_contexts=[*case["contexts"], f"The candidate said: {case['answer']}"],
            )
            score, error = float(result.value), None
        except Exception as exc:  # a reply RAGAS could not parse counts against it, visibly
            score, error = None, f"{type(exc).__name__}: {str(exc)[:200]}"
        seconds = time.perf_counter() - started
        rows.append({"id": case["id"], "label": case.get("label"), "score": score,
                     "error": error, "seconds": seconds})  # fmt: skip
        shown = "error" if score is None else f"{score:.2f}"
        print(f"[{number}/{len(cases)}] {case['id']}: {shown} in {seconds:.1f} s", file=sys.stderr)
    return rows


def summarise(rows: list[dict]) -> dict[str, float]:
    """Flagging metrics as the project's calibration report counts them; failures are unflagged."""
    scored = [r for r in rows if r["score"] is not None]
    flagged = {r["id"] for r in scored if r["score"] < 1.0}
    unfaithful = {r["id"] for r in rows if r["label"] == "unfaithful"}
    hits = len(flagged & unfaithful)
    precision = hits / len(flagged) if flagged else 0.0
    recall = hits / len(unfaithful) if unfaithful else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    seconds = [r["seconds"] for r in rows]
    return {
        "cases": len(rows),
        "failed": len(rows) - len(scored),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "seconds_per_case": sum(seconds) / len(seconds),
        "total_seconds": sum(seconds),
    }


def report(summary: dict[str, float], cases_path: Path, threads: int) -> str:
    return (
        "# RAGAS Faithfulness anchor\n\n"
        f"Measured by `make bench-ragas` on {time.strftime('%Y-%m-%d')}: RAGAS Faithfulness "
        f"(ragas 0.4.3), the packaged Qwen2.5-Coder-1.5B Q4_K_M behind `llama_cpp.server` on "
        f"loopback, {threads} threads, cases from `{cases_path.relative_to(REPO)}`. A case is "
        "flagged when its score is below 1; a case RAGAS failed on counts as not flagged.\n\n"
        "| judge | cases | failed | precision | recall | F1 | s per case | total s |\n"
        "|---|---|---|---|---|---|---|---|\n"
        f"| RAGAS Faithfulness | {summary['cases']} | {summary['failed']} "
        f"| {summary['precision']:.2f} | {summary['recall']:.2f} | {summary['f1']:.2f} "
        f"| {summary['seconds_per_case']:.1f} | {summary['total_seconds']:.0f} |\n"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES, help="labelled cases")
    parser.add_argument("--limit", type=int, help="score only the first N cases")
    parser.add_argument("--threads", type=int, default=2, help="CPU threads (default: 2)")
    parser.add_argument("--ragas-python", help="the interpreter of the RAGAS environment")
    parser.add_argument("--out", type=Path, help="also write the table (Markdown) here")
    parser.add_argument("--base-url", help=argparse.SUPPRESS)  # the RAGAS child's work
    args = parser.parse_args()
    cases = read_cases(args.cases, args.limit)
    if args.base_url:
        print(json.dumps(asyncio.run(score_cases(args.base_url, cases))))
        return 0
    if not args.ragas_python:
        parser.error("--ragas-python is required (make bench-ragas builds .venv-ragas)")

    from interviewer.local_server import llama_server
    from interviewer.model_files import embedded_model_path
    from interviewer.settings import Settings

    settings = Settings()
    model_file = embedded_model_path(settings.cache_dir, progress=True)
    with llama_server(model_file, settings.llm_context, args.threads) as (_, base_url):
        child = subprocess.run(
            [args.ragas_python, __file__, "--base-url", base_url, "--cases", str(args.cases),
             *(["--limit", str(args.limit)] if args.limit else [])],
            stdout=subprocess.PIPE,
            text=True,
            check=True,
            env={**os.environ, "RAGAS_DO_NOT_TRACK": "true"},
        )  # fmt: skip
    rows = json.loads(child.stdout.strip().splitlines()[-1])
    table = report(summarise(rows), args.cases.resolve(), args.threads)
    print(table)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(table)
        args.out.with_suffix(".jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
        print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
