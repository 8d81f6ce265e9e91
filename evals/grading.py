"""How reliably the grader orders answers: strong above partial above wrong, per question."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Literal

from interviewer.judging.grader import Grader
from interviewer.knowledge.schema import KnowledgeBase
from interviewer.types import Frozen

DATASET = Path(__file__).parent / "datasets" / "graded_answers.jsonl"
RANK = {"strong": 2, "partial": 1, "wrong": 0}


class AnswerCase(Frozen):
    """A candidate's answer to a guide question, labelled by how good it is."""

    question_id: str
    label: Literal["strong", "partial", "wrong"]
    answer: str
    style: str | None = None  # typed, terse, spoken, rambling, non_native, paraphrase
    covered: tuple[str, ...] | None = None  # key point ids a person judged stated
    misconceptions: tuple[str, ...] | None = None  # misconception ids a person judged stated


class ScoredAnswer(Frozen):
    case: AnswerCase
    score: float

    def public(self) -> dict[str, object]:
        """The labelled row with its score beside it, as the JSON report shows it."""
        return {**self.case.model_dump(exclude_none=True), "score": self.score}


class OrderingReport(Frozen):
    accuracy: float  # share of (better, worse) pairs where the better answer scored higher
    pairs: int
    misordered: tuple[tuple[ScoredAnswer, ScoredAnswer], ...]  # (better, worse)
    scores: tuple[ScoredAnswer, ...]

    def public(self) -> dict[str, object]:
        return {
            "accuracy": self.accuracy,
            "pairs": self.pairs,
            "misordered": [
                {"better": better.public(), "worse": worse.public()}
                for better, worse in self.misordered
            ],
            "scores": [s.public() for s in self.scores],
        }


def load_answers(path: Path = DATASET) -> list[AnswerCase]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [AnswerCase.model_validate_json(line) for line in lines if line.strip()]


def ordering_accuracy(
    grader: Grader, knowledge: KnowledgeBase, answers: list[AnswerCase]
) -> OrderingReport:
    """Pairs of answers to the same question with different labels; a tie counts as wrong."""
    scored = []
    for case in answers:
        question = knowledge.question(case.question_id)
        grade = grader.grade(case.answer, [kp.id for kp in question.key_points], question.id)
        scored.append(ScoredAnswer(case=case, score=round(grade.score, 3)))
    correct, misordered, pairs = 0, [], 0
    for a, b in itertools.combinations(scored, 2):
        if a.case.question_id != b.case.question_id or a.case.label == b.case.label:
            continue
        better, worse = (a, b) if RANK[a.case.label] > RANK[b.case.label] else (b, a)
        pairs += 1
        if better.score > worse.score:
            correct += 1
        else:
            misordered.append((better, worse))
    return OrderingReport(
        accuracy=correct / pairs,
        pairs=pairs,
        misordered=tuple(misordered),
        scores=tuple(scored),
    )
