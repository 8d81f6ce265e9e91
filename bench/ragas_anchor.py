"""The anchor for the faithfulness judges: RAGAS Faithfulness on the calibration set, with the same
packaged 1.5B model behind `python -m llama_cpp.server` on loopback.

RAGAS lives in its own virtual environment (`make bench-ragas` builds `.venv-ragas`): this script
starts the server and hands the cases to `bench/ragas_score.py` under the RAGAS interpreter. A
case is flagged when its RAGAS score is below 1 (some statement not inferred from the contexts),
the same rule the project's judges use, so precision, recall and F1 compare directly.

Usage: python bench/ragas_anchor.py --ragas-python .venv-ragas/bin/python [--limit N] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from evals.faithfulness import (
    CALIBRATION,
    Calibration,
    CaseResult,
    calibration,
    load_cases,
    spread,
)
from interviewer.llm.local_server import llama_server
from interviewer.llm.model_files import embedded_model_path
from interviewer.settings import Settings

REPO = Path(__file__).resolve().parent.parent
SCORER = Path(__file__).with_name("ragas_score.py")


def summarise(rows: list[dict]) -> tuple[Calibration, int, float]:
    """The project's calibration metrics over RAGAS's flags; a case RAGAS failed on is unflagged."""
    results = [
        CaseResult(id=r["id"], score=r["score"] or 0.0, claims=[], seconds=r["seconds"],
                   flagged=r["score"] is not None and r["score"] < 1.0, label=r["label"])
        for r in rows
    ]  # fmt: skip
    failed = sum(r["score"] is None for r in rows)
    return calibration(results), failed, sum(r.seconds for r in results)


def report(
    metrics: Calibration, failed: int, seconds: float, cases: Path, threads: int, count: int
) -> str:
    return (
        "# RAGAS Faithfulness anchor\n\n"
        f"Measured by `make bench-ragas` on {time.strftime('%Y-%m-%d')}: RAGAS Faithfulness "
        f"(ragas 0.4.3), the packaged Qwen2.5-Coder-1.5B Q4_K_M behind `llama_cpp.server` on "
        f"loopback, {threads} threads, {count} cases from `{cases.relative_to(REPO)}` "
        "(spread evenly over the file when a limit was given). A case is "
        "flagged when its score is below 1; a case RAGAS failed on counts as not flagged.\n\n"
        "| judge | cases | failed | precision | recall | F1 | s per case | total s |\n"
        "|---|---|---|---|---|---|---|---|\n"
        f"| RAGAS Faithfulness | {metrics.cases} | {failed} "
        f"| {metrics.precision:.2f} | {metrics.recall:.2f} | {metrics.f1:.2f} "
        f"| {seconds / metrics.cases:.1f} | {seconds:.0f} |\n"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=CALIBRATION, help="labelled cases")
    parser.add_argument(
        "--limit", type=int, help="N cases spread evenly over the file (as the judges' --limit)"
    )
    parser.add_argument("--threads", type=int, default=2, help="CPU threads (default: 2)")
    parser.add_argument(
        "--ragas-python", required=True, help="the interpreter of the RAGAS environment"
    )
    parser.add_argument("--out", type=Path, help="also write the table (Markdown) here")
    args = parser.parse_args()
    cases = spread(load_cases(args.cases), args.limit)
    settings = Settings()
    model_file = embedded_model_path(settings.cache_dir, progress=True)
    with llama_server(model_file, settings.llm_context, args.threads) as (_, base_url):
        child = subprocess.run(
            [args.ragas_python, str(SCORER), "--base-url", base_url],
            input=json.dumps([case.model_dump() for case in cases]),
            stdout=subprocess.PIPE,
            text=True,
            check=True,
            env={**os.environ, "RAGAS_DO_NOT_TRACK": "true"},
        )
    rows = json.loads(child.stdout.strip().splitlines()[-1])
    table = report(*summarise(rows), args.cases.resolve(), args.threads, len(cases))
    print(table)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(table)
        args.out.with_suffix(".jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
        print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
