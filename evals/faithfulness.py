"""The faithfulness metric: is every claim of a response backed by the guide or the answer?

Three judges share one claim split (``split_claims``):
- ``rules``: the interviewer's own claim checker, the same code as its runtime guard;
- ``llm``: any chat model from the language-model factory, asked for JSON that is validated and
  asked again when it does not validate;
- ``both``: the rules verdict, to which the model can add a contradiction (see ``combine``).

Score = supported / (claims that are not ``not_a_claim``); a response is flagged when any claim is
contradicted or unsupported.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, ValidationError
from tqdm import tqdm

from interviewer.judging.claim_checker import ClaimChecker, split_claims
from interviewer.llm.backends import LLMError
from interviewer.llm.replies import stream_reply
from interviewer.prompt_files import render_prompt
from interviewer.types import ClaimVerdict, Frozen, Verdict

DATASETS = Path(__file__).parent / "datasets"
CALIBRATION = DATASETS / "faithfulness_calibration.jsonl"
FLAGGING = (Verdict.CONTRADICTED, Verdict.UNSUPPORTED)
Label = Literal["faithful", "unfaithful"]


class Case(Frozen):
    """A response to judge: the question, the candidate's answer, the guide passages."""

    id: str
    question: str
    answer: str = ""
    contexts: list[str]
    response: str
    label: Label | None = None
    kind: str | None = None  # what the case tests, for reading the report


def load_cases(path: Path) -> list[Case]:
    """One case per line; a broken line or a repeated id fails with its line number."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            cases.append(Case.model_validate_json(line))
        except ValidationError as error:
            raise ValueError(f"{path}:{number}: {error}") from None
        if cases[-1].id in {c.id for c in cases[:-1]}:
            raise ValueError(f"{path}:{number}: the id {cases[-1].id!r} is used twice")
    return cases


class Judge(Protocol):
    name: str

    def judge(self, case: Case) -> list[ClaimVerdict]: ...


@dataclass
class RulesJudge:
    checker: ClaimChecker
    name: str = "rules"

    def judge(self, case: Case) -> list[ClaimVerdict]:
        return self.checker.check(case.response, case.contexts, case.answer)


class JudgeReplyError(ValueError):
    """The model's reply was not the verdicts asked for."""


_PAIR = re.compile(r'\[\s*"([a-z_]+)"\s*,\s*(\d+)\s*\]')


class _Pair(BaseModel):
    verdict: Verdict
    evidence: int


def reply_pairs(text: str) -> list[tuple[str, str]]:
    """The ["verdict", evidence] pairs written so far, in order."""
    return _PAIR.findall(text)


def parse_llm_reply(text: str, claims: int) -> list[tuple[str, int]]:
    """The model's (verdict, evidence) per claim, validated; raises JudgeReplyError otherwise.

    The reply is read pair by pair rather than as one JSON document, so that the caller can stop
    the model once every claim has its pair (small models like to go on listing).
    """
    pairs = reply_pairs(text)
    if len(pairs) < claims:
        raise JudgeReplyError(f"{len(pairs)} verdicts for {claims} claims")
    try:
        checked = [_Pair(verdict=v, evidence=int(e)) for v, e in pairs[:claims]]
    except ValidationError as error:
        raise JudgeReplyError(str(error).splitlines()[0]) from None
    return [(p.verdict, p.evidence) for p in checked]


@dataclass
class LLMJudge:
    """A chat model as the judge: passages first, so a local model reuses its prompt cache."""

    model: BaseChatModel
    attempts: int
    name: str = "llm"
    failures: int = 0

    def judge(self, case: Case) -> list[ClaimVerdict]:
        claims = split_claims(case.response)
        if not claims:
            return []
        passages = list(dict.fromkeys(case.contexts))
        messages = [
            SystemMessage(render_prompt("faithfulness_judge_system")),
            HumanMessage(
                render_prompt(
                    "faithfulness_judge_request",
                    passages="\n".join(f"[{i}] {p}" for i, p in enumerate(passages, 1)),
                    answer=case.answer or "(none)",
                    claims="\n".join(f"{i}. {c}" for i, c in enumerate(claims, 1)),
                    count=str(len(claims)),
                )
            ),
        ]
        problem = "no attempt made"
        for _ in range(self.attempts):
            try:
                text = ""
                for piece in stream_reply(
                    self.model,
                    messages,
                    temperature=0.0,
                    max_tokens=12 * len(claims) + 16,
                    response_format={"type": "json_object"},
                ):
                    text += piece
                    if len(reply_pairs(text)) >= len(claims):
                        break  # every claim has its verdict: stop the model here
                verdicts = parse_llm_reply(text, len(claims))
            except (LLMError, JudgeReplyError) as error:
                problem = str(error)
                continue
            return [
                ClaimVerdict(
                    text=claim,
                    verdict=verdict,
                    evidence=_evidence(evidence, passages, case.answer),
                    reason="llm judge",
                )
                for claim, (verdict, evidence) in zip(claims, verdicts, strict=True)
            ]
        self.failures += 1
        return [
            ClaimVerdict(text=c, verdict=Verdict.UNSUPPORTED, reason=f"llm judge failed: {problem}")
            for c in claims
        ]


def _evidence(number: int, passages: Sequence[str], answer: str) -> str | None:
    if 1 <= number <= len(passages):
        return passages[number - 1]
    return answer or None


def combine(rules: ClaimVerdict, llm: ClaimVerdict) -> ClaimVerdict:
    """The ``both`` policy, claim by claim: the rules decide, and the model can only add a flag.

    The rules are precise where they are explicit (a known misconception, a swapped pair of
    terms, a negation, an invented number or name, a report the answer does not bear out). What
    they miss is a contradiction worded unlike anything in the knowledge base, which a language
    model reads better; so a claim the rules support is contradicted when the model says so. The
    model's "supported" never clears a flag: the small local model says it of most claims
    (measured on the calibration set: 0.65 precision and 0.33 recall when judging alone).
    """
    if rules.verdict is Verdict.SUPPORTED and llm.verdict is Verdict.CONTRADICTED:
        return llm.model_copy(update={"reason": "the llm judge found a contradiction"})
    return rules


@dataclass
class BothJudge:
    rules: RulesJudge
    llm: LLMJudge
    name: str = "both"
    by_judge: dict[str, dict[str, list[ClaimVerdict]]] = field(default_factory=dict)

    def judge(self, case: Case) -> list[ClaimVerdict]:
        rules, llm = self.rules.judge(case), self.llm.judge(case)
        self.by_judge[case.id] = {"rules": rules, "llm": llm}
        return [combine(r, m) for r, m in zip(rules, llm, strict=True)]


class CaseResult(Frozen):
    """A judge's verdicts on one case: the share of claims supported, and whether it is flagged."""

    id: str
    score: float
    flagged: bool
    claims: tuple[ClaimVerdict, ...]
    seconds: float
    label: Label | None = None
    kind: str | None = None

    def public(self) -> dict[str, object]:
        """The report's form: each claim as its text, verdict and evidence."""
        return self.model_dump(mode="json", exclude={"claims": {"__all__": {"reason"}}})


def score_claims(verdicts: Sequence[ClaimVerdict]) -> tuple[float, bool]:
    claims = [v for v in verdicts if v.verdict is not Verdict.NOT_A_CLAIM]
    if not claims:
        return 1.0, False
    supported = sum(v.verdict is Verdict.SUPPORTED for v in claims)
    return supported / len(claims), any(v.verdict in FLAGGING for v in claims)


def result_for(case: Case, verdicts: Sequence[ClaimVerdict], seconds: float) -> CaseResult:
    score, flagged = score_claims(verdicts)
    return CaseResult(
        id=case.id,
        score=round(score, 3),
        flagged=flagged,
        claims=tuple(verdicts),
        seconds=round(seconds, 3),
        label=case.label,
        kind=case.kind,
    )


def run_cases(judge: Judge, cases: Iterable[Case], progress: bool = True) -> list[CaseResult]:
    cases = list(cases)
    results = []
    for case in tqdm(cases, desc=f"judging ({judge.name})", unit="case", disable=not progress):
        started = time.perf_counter()
        verdicts = judge.judge(case)
        results.append(result_for(case, verdicts, time.perf_counter() - started))
    return results


class Calibration(Frozen):
    """How well flagging finds the unfaithful responses (unfaithful is the positive class)."""

    precision: float
    recall: float
    f1: float
    confusion: dict[str, int]  # tp: unfaithful flagged, fp, fn, tn
    cases: int


def calibration(results: Sequence[CaseResult]) -> Calibration:
    labelled = [r for r in results if r.label]
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for r in labelled:
        unfaithful = r.label == "unfaithful"
        key = ("t" if r.flagged == unfaithful else "f") + ("p" if r.flagged else "n")
        counts[key] += 1
    precision = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    recall = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Calibration(
        precision=round(precision, 3),
        recall=round(recall, 3),
        f1=round(f1, 3),
        confusion=counts,
        cases=len(labelled),
    )


def agreement(first: Sequence[CaseResult], second: Sequence[CaseResult]) -> dict[str, float]:
    """Share of cases two judges flag alike, and Cohen's kappa (agreement beyond chance)."""
    pairs = list(zip([r.flagged for r in first], [r.flagged for r in second], strict=True))
    if not pairs:
        return {"agreement": 0.0, "kappa": 0.0}
    observed = sum(a == b for a, b in pairs) / len(pairs)
    p1 = sum(a for a, _ in pairs) / len(pairs)
    p2 = sum(b for _, b in pairs) / len(pairs)
    chance = p1 * p2 + (1 - p1) * (1 - p2)
    kappa = (observed - chance) / (1 - chance) if chance < 1 else 1.0
    return {"agreement": round(observed, 3), "kappa": round(kappa, 3)}
