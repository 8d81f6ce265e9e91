"""How reliably the grader orders answers: strong above partial above wrong, per question."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path

from interviewer.grading import Grader
from interviewer.knowledge import KnowledgeBase

DATASET = Path(__file__).parent / "datasets" / "graded_answers.jsonl"
RANK = {"strong": 2, "partial": 1, "wrong": 0}


@dataclass(frozen=True)
class OrderingReport:
    accuracy: float  # share of (better, worse) pairs where the better answer scored higher
    pairs: int
    misordered: list[dict[str, object]]
    scores: list[dict[str, object]]


def load_answers(path: Path = DATASET) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def ordering_accuracy(
    grader: Grader, knowledge: KnowledgeBase, answers: list[dict[str, str]]
) -> OrderingReport:
    """Pairs of answers to the same question with different labels; a tie counts as wrong."""
    scored = []
    for row in answers:
        question = knowledge.question(row["question_id"])
        grade = grader.grade(row["answer"], [kp.id for kp in question.key_points], question.id)
        scored.append({**row, "score": round(grade.score, 3)})
    correct, misordered, pairs = 0, [], 0
    for a, b in itertools.combinations(scored, 2):
        if a["question_id"] != b["question_id"] or RANK[a["label"]] == RANK[b["label"]]:
            continue
        better, worse = (a, b) if RANK[a["label"]] > RANK[b["label"]] else (b, a)
        pairs += 1
        if better["score"] > worse["score"]:
            correct += 1
        else:
            misordered.append({"better": better, "worse": worse})
    return OrderingReport(correct / pairs, pairs, misordered, scored)
