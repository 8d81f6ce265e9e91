"""Runs in the RAGAS environment (`.venv-ragas`, which has no project package): reads cases as a
JSON list on stdin, scores each with RAGAS Faithfulness against the OpenAI-compatible server at
`--base-url`, and prints one JSON list of rows. `bench/ragas_anchor.py` starts it.

Usage: python bench/ragas_score.py --base-url URL < cases.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time

MAX_TOKENS = 1024  # RAGAS lists every statement of a response in one JSON reply


async def score_cases(base_url: str, cases: list[dict]) -> list[dict]:
    """One RAGAS Faithfulness score per case, timed; the candidate's answer is one more context."""
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", required=True, help="the OpenAI-compatible server's /v1 URL")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(score_cases(args.base_url, json.load(sys.stdin)))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
