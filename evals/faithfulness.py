"""The faithfulness metric: is every claim of a response backed by the guide or the answer?

Three judges share one claim split (``split_claims``):
- ``rules``: the interviewer's own claim checker, the same code as its runtime guard;
- ``llm``: any chat model from the language-model factory, asked about one claim at a time and
  held to one verdict (a grammar for llama.cpp, a strict parse for the others);
- ``both``: the rules verdict, to which the model can add a contradiction (see ``combine``).

Score = supported / (claims that are not ``not_a_claim``); a response is flagged when any claim is
contradicted or unsupported.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

import numpy as np
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from pydantic import ValidationError
from tqdm import tqdm

from interviewer.judging.claim_checker import ClaimChecker, split_claims
from interviewer.judging.text import split_sentences
from interviewer.knowledge.embeddings import GuideEmbeddings
from interviewer.llm.replies import choose
from interviewer.prompt_files import load_prompt, load_prompt_data, render_prompt
from interviewer.types import Backend, ClaimVerdict, Frozen, Verdict

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


def spread(cases: Sequence[Case], limit: int | None) -> list[Case]:
    """``limit`` cases spread evenly over the file, in its order: a set is written question by
    question, so its first cases would all be about the first questions."""
    if limit is None or limit >= len(cases):
        return list(cases)
    return [cases[i * len(cases) // limit] for i in range(limit)]


class Judge(Protocol):
    name: str

    def judge(self, case: Case) -> list[ClaimVerdict]: ...


@dataclass
class RulesJudge:
    checker: ClaimChecker
    name: str = "rules"

    def judge(self, case: Case) -> list[ClaimVerdict]:
        return self.checker.check(case.response, case.contexts, case.answer)


#: The verdicts the model may give, in the order its grammar lists them.
VERDICTS = tuple(v.value for v in Verdict)
#: Added to the embedded model's log-odds of these verdicts when it judges alone. Unbiased, the
#: 1.5B model calls most claims supported (26 dev cases, 13 of each dev set spread evenly: F1 0.52,
#: recall 0.43); so biased, F1 0.74 (P 0.62, R 0.93), on a plateau of 0.69-0.74 for any bias of
#: 1-4 on either flag. Inside ``both`` the model only adds contradictions and stays unbiased:
#: with this bias there, every combination tried lost to the rules alone (0.80 or less vs 0.90).
VERDICT_BIAS = {Verdict.CONTRADICTED.value: 3.0, Verdict.UNSUPPORTED.value: 1.0}
#: The guide sentences closest to each claim; a case's requests show those of all its claims,
#: each once: enough for the passage that decides, few enough to read in a second or two.
PASSAGES_PER_CLAIM = 3
#: A claim that speaks of the candidate or grades the answer ("you said", "your example",
#: "Correct definition."): the model needs the answer to judge it. Other claims are about machine
#: learning and are judged on the guide alone, so that a wrong answer cannot make a correction
#: look contradicted.
_ABOUT_CANDIDATE = re.compile(
    r"\b(?:you|your|you're|you've|yours)\b"
    r"|^\W*(?:correct|right|exactly|good|great|nice|spot on|well|perfect|not quite|wrong)\b",
    re.IGNORECASE,
)


def about_candidate(claim: str) -> bool:
    return bool(_ABOUT_CANDIDATE.search(claim))


def claim_request(passages: Sequence[str], claim: str, answer: str | None) -> str:
    """The case's passages first, then the answer when the claim is about it, then the claim:
    what comes before the claim is the same for every claim of a case, and llama.cpp keeps it."""
    listed = "\n".join(f"- {p}" for p in passages)
    if answer is None:
        return render_prompt("faithfulness_claim_request", passages=listed, claim=claim)
    return render_prompt(
        "faithfulness_claim_about_answer", passages=listed, answer=answer, claim=claim
    )


def claim_prompt_prefix() -> list[BaseMessage]:
    """The system prompt and the few-shot examples as earlier turns, each verdict as the grammar
    writes it. It is the same for every claim, so llama.cpp reads it once and keeps it cached."""
    messages: list[BaseMessage] = [SystemMessage(load_prompt("faithfulness_claim_system"))]
    for example in load_prompt_data("faithfulness_claim_examples"):
        request = claim_request(example["passages"], example["claim"], example.get("answer"))
        messages += [HumanMessage(request), AIMessage(json.dumps(Verdict(example["verdict"])))]
    return messages


@dataclass
class LLMJudge:
    """A chat model as the judge, one claim at a time, its reply constrained to one verdict.

    A small model asked about a whole response at once calls most claims supported (a JSON array
    of verdicts, one request a case, measured: F1 0.49 against 0.69 on 40 dev cases); asked about
    one claim, it has one thing to compare. Every request starts with the same prefix
    (``claim_prompt_prefix``) and then the case's passages, the same for all its claims, so the
    embedded model reads a case's passages once and each claim's own words after them.
    """

    model: BaseChatModel
    backend: Backend
    embeddings: GuideEmbeddings
    attempts: int
    seconds: float
    bias: Mapping[str, float] = field(default_factory=dict)
    name: str = "llm"
    failures: int = 0
    prefix: list[BaseMessage] = field(default_factory=claim_prompt_prefix)

    def judge(self, case: Case) -> list[ClaimVerdict]:
        claims = split_claims(case.response)
        if not claims:
            return []
        closest = self._closest(claims, case.contexts)
        shown = list(dict.fromkeys(p for passages in closest for p in passages))
        verdicts = []
        for claim, passages in zip(claims, closest, strict=True):
            answer = case.answer if case.answer and about_candidate(claim) else None
            evidence = answer if answer is not None else next(iter(passages), None)
            verdicts.append(self._verdict(claim, shown, answer, evidence))
        return verdicts

    def _closest(self, claims: Sequence[str], contexts: Sequence[str]) -> list[list[str]]:
        """For each claim, the guide sentences closest to it, closest first."""
        passages = list(dict.fromkeys(s for c in contexts for s in split_sentences(c)))
        if not passages:
            return [[] for _ in claims]
        vectors = np.asarray(self.embeddings.embed_documents([*claims, *passages]))
        claim_vectors, passage_vectors = vectors[: len(claims)], vectors[len(claims) :]
        return [
            [passages[i] for i in np.argsort(-(passage_vectors @ v))[:PASSAGES_PER_CLAIM]]
            for v in claim_vectors
        ]

    def _verdict(
        self, claim: str, passages: list[str], answer: str | None, evidence: str | None
    ) -> ClaimVerdict:
        messages = [*self.prefix, HumanMessage(claim_request(passages, claim, answer))]
        for _ in range(self.attempts):
            verdict = choose(self.model, self.backend, messages, VERDICTS, self.seconds, self.bias)
            if verdict is not None:
                return ClaimVerdict(
                    text=claim, verdict=Verdict(verdict), evidence=evidence, reason="llm judge"
                )
        self.failures += 1
        return ClaimVerdict(
            text=claim,
            verdict=Verdict.UNSUPPORTED,
            reason=f"llm judge failed: no verdict in {self.attempts} attempts",
        )


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
