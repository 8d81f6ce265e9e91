"""Runs a faithfulness evaluation and assembles its report (a plain dictionary)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from statistics import mean
from typing import Any

from langchain_core.language_models import BaseChatModel

from evals import end_to_end
from evals.faithfulness import (
    VERDICT_BIAS,
    BothJudge,
    Case,
    CaseResult,
    Judge,
    LLMJudge,
    RulesJudge,
    agreement,
    calibration,
    result_for,
    run_cases,
)
from evals.report import results_dicts, score_chart
from interviewer.interview.session import Services
from interviewer.judging.claim_checker import ClaimChecker
from interviewer.knowledge.embeddings import GuideEmbeddings
from interviewer.llm.backends import choose_backend
from interviewer.settings import Settings
from interviewer.types import Verdict

JUDGES = ("rules", "llm", "both")
WORST_SHOWN = 5


class JudgeUnavailable(RuntimeError):
    """The llm judge was asked for with no model to run it."""


def make_judge(
    name: str,
    checker: ClaimChecker,
    model: BaseChatModel | None,
    embeddings: GuideEmbeddings,
    settings: Settings,
) -> Judge:
    """``embeddings`` pick the passages the llm judge reads with each claim."""
    rules = RulesJudge(checker)
    if name == "rules":
        return rules
    if model is None:
        raise JudgeUnavailable(
            f"the {name} judge needs a language model, and --llm none gives none: "
            "use --llm embedded (the offline default) or --llm-base-url"
        )
    llm = LLMJudge(
        model,
        choose_backend(settings).name,
        embeddings,
        attempts=settings.llm_retries + 1,
        seconds=settings.llm_timeout,
        bias=VERDICT_BIAS if name == "llm" else {},
    )
    return llm if name == "llm" else BothJudge(rules, llm)


def calibration_report(
    judge: Judge, cases: Sequence[Case], cases_file: str, progress: bool = True
) -> dict[str, Any]:
    """Precision, recall and F1 of flagging per judge; with ``both``, for each judge inside it."""
    started = time.perf_counter()
    results = run_cases(judge, cases, progress)
    seconds = time.perf_counter() - started
    by_judge: dict[str, tuple[list, float | None]] = {judge.name: (results, seconds)}
    report: dict[str, Any] = {"cases_file": cases_file, "judge": judge.name}
    if isinstance(judge, BothJudge):
        for name in ("rules", "llm"):
            by_judge[name] = (
                [result_for(c, judge.by_judge[c.id][name], 0.0) for c in cases],
                None,  # timed together, as part of both
            )
        report["agreement"] = agreement(by_judge["rules"][0], by_judge["llm"][0])
        report["disagreements"] = disagreements(by_judge["rules"][0], by_judge["llm"][0])
    if isinstance(judge, LLMJudge | BothJudge):
        llm = judge if isinstance(judge, LLMJudge) else judge.llm
        report["llm_failures"] = llm.failures
    report["judges"] = {
        name: {
            "calibration": calibration(rs).model_dump(),
            "seconds": round(secs, 1) if secs is not None else "(in both)",
            "chart": score_chart(rs),
            "results": results_dicts(rs),
        }
        for name, (rs, secs) in by_judge.items()
    }
    return report


def disagreements(rules: Sequence[CaseResult], llm: Sequence[CaseResult]) -> list[dict[str, Any]]:
    """Every case one judge flags and the other passes, claim by claim, for a person to read:
    the kappa says how often the judges differ, these say where and which one was right."""
    return [
        {
            "id": r.id,
            "label": r.label,
            "rules_flagged": r.flagged,
            "llm_flagged": m.flagged,
            "claims": [
                {"text": a.text, "rules": a.verdict.value, "llm": b.verdict.value}
                for a, b in zip(r.claims, m.claims, strict=True)
            ],
        }
        for r, m in zip(rules, llm, strict=True)
        if r.flagged != m.flagged
    ]


def end_to_end_report(services: Services, judge: Judge, progress: bool = True) -> dict[str, Any]:
    """Feedback from the real interviewer on scripted answers, judged claim by claim."""
    played = list(end_to_end.play(services, progress))
    cases = [p.case for p in played]
    started = time.perf_counter()
    results = run_cases(judge, cases, progress)
    judge_seconds = time.perf_counter() - started
    by_id = {c.id: c for c in cases}
    checked = sum(p.guard_checked for p in played)
    removed = sum(p.guard_removed for p in played)
    claims = [c for r in results for c in r.claims if c.verdict is not Verdict.NOT_A_CLAIM]
    summary = {
        "feedback turns": len(results),
        "phrased by the model": sum(p.turn.source == "model" for p in played),
        "mean score": round(mean(r.score for r in results), 3),
        "share of turns with any unsupported or contradicted claim": round(
            mean(r.flagged for r in results), 3
        ),
        "share of shown claims supported": round(
            sum(c.verdict is Verdict.SUPPORTED for c in claims) / max(1, len(claims)), 3
        ),
        "guard: model claims checked": checked,
        "guard: claims removed (with their sentences)": removed,
        "guard: share removed": round(removed / checked, 3) if checked else 0.0,
        "mean feedback latency (s)": round(mean(p.turn.latency_s for p in played), 2),
        "judge seconds": round(judge_seconds, 1),
    }
    worst = [r for r in sorted(results, key=lambda r: r.score) if r.flagged][:WORST_SHOWN]
    return {
        "backend": services.backend.name,
        "judge": judge.name,
        "summary": summary,
        "chart": score_chart(results),
        "worst": [{**r, "response": by_id[r["id"]].response} for r in results_dicts(worst)],
        "results": results_dicts(results),
        "guard": [{"id": p.case.id, "verdicts": p.turn.guard} for p in played],
        "cases": [c.model_dump() for c in cases],  # to judge again: --cases, another --judge
    }
