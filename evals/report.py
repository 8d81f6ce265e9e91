"""Reports: one dictionary per run, printed as a table or JSON and written as Markdown + JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evals.faithfulness import CaseResult

BINS = 5
BAR_WIDTH = 30


def score_chart(results: Sequence[CaseResult]) -> str:
    """A text histogram of the case scores, so the report needs no plotting library."""
    counts = [0] * BINS
    for r in results:
        counts[min(BINS - 1, int(r.score * BINS))] += 1
    most = max(counts) or 1
    lines = []
    for i, count in enumerate(counts):
        low, high = i / BINS, (i + 1) / BINS
        bar = "█" * round(BAR_WIDTH * count / most)
        closing = "]" if i == BINS - 1 else ")"
        lines.append(f"[{low:.1f}, {high:.1f}{closing}  {bar} {count}")
    return "\n".join(lines)


def results_dicts(results: Sequence[CaseResult]) -> list[dict[str, Any]]:
    return [r.public() for r in results]


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _claims(result: dict[str, Any]) -> str:
    return "\n".join(f"  - {c['verdict']}: {c['text']}" for c in result["claims"])


def calibration_markdown(report: dict[str, Any]) -> str:
    rows = [
        [
            name,
            j["calibration"]["cases"],
            j["calibration"]["precision"],
            j["calibration"]["recall"],
            j["calibration"]["f1"],
            " ".join(f"{k}={v}" for k, v in j["calibration"]["confusion"].items()),
            j["seconds"],
        ]
        for name, j in report["judges"].items()
    ]
    parts = [
        f"# Faithfulness calibration: {report['cases_file']}",
        "Flagging unfaithful responses (unfaithful is the positive class; tp = unfaithful and "
        "flagged).",
        _table(["judge", "cases", "precision", "recall", "F1", "confusion", "seconds"], rows),
    ]
    if report.get("agreement"):
        a = report["agreement"]
        parts.append(
            f"Agreement between the rules and the llm judge: {a['agreement']} of cases "
            f"flagged alike (Cohen's kappa {a['kappa']})."
        )
    if "disagreements" in report:
        parts.append(_disagreements(report["disagreements"]))
    for name, j in report["judges"].items():
        parts.append(f"## {name}: score distribution\n\n```\n{j['chart']}\n```")
        wrong = [r for r in j["results"] if r["flagged"] != (r["label"] == "unfaithful")]
        if wrong:
            listed = "\n".join(
                f"- {r['id']} ({r['label']}, {'flagged' if r['flagged'] else 'passed'})\n"
                + _claims(r)
                for r in wrong
            )
            parts.append(f"### {name}: misjudged cases\n\n{listed}")
    return "\n\n".join(parts) + "\n"


def _disagreements(cases: Sequence[dict[str, Any]]) -> str:
    """The cases the rules and the llm judge flag differently, each claim with both verdicts
    (the claims they judge alike are marked "=" so the ones that decided stand out)."""
    if not cases:
        return "## Where the rules and the llm judge disagree\n\nNowhere."
    entries = []
    for case in cases:
        by = "rules" if case["rules_flagged"] else "llm"
        lines = [f"- **{case['id']}** ({case['label'] or 'unlabelled'}): flagged by {by} only"]
        for c in case["claims"]:
            same = c["rules"] == c["llm"]
            verdicts = f"= {c['rules']}" if same else f"≠ rules {c['rules']}, llm {c['llm']}"
            lines.append(f"  - {verdicts}: {c['text']}")
        entries.append("\n".join(lines))
    return f"## Where the rules and the llm judge disagree ({len(cases)} cases)\n\n" + "\n".join(
        entries
    )


def end_to_end_markdown(report: dict[str, Any]) -> str:
    s = report["summary"]
    rows = [[k, v] for k, v in s.items()]
    worst = "\n".join(
        f"- {r['id']} score {r['score']}: {r['response']}\n" + _claims(r) for r in report["worst"]
    )
    return (
        f"# Faithfulness end to end: backend {report['backend']}, judge {report['judge']}\n\n"
        + _table(["measure", "value"], rows)
        + f"\n\n## Score distribution\n\n```\n{report['chart']}\n```\n\n"
        + f"## Worst feedback turns\n\n{worst or '(none flagged)'}\n"
    )


def write(report: dict[str, Any], markdown: str, out: Path, name: str) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    md, js = out / f"{name}.md", out / f"{name}.json"
    md.write_text(markdown, encoding="utf-8")
    js.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return [md, js]
