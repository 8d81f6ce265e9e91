"""End to end: scripted candidates answer the real interviewer, and its feedback is judged.

For every guide question and each of a strong, a partial and a wrong answer from the labelled
answer set, a practice session asks the question, takes the answer, says "I don't know" to any
follow-up, and gives feedback. Each feedback turn becomes a faithfulness case; the runtime guard's
own verdicts (what it removed before the candidate saw it) are kept beside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tqdm import tqdm

from evals.faithfulness import Case
from evals.grading import AnswerCase, load_answers
from interviewer.core.engine import Phase
from interviewer.interview.session import InterviewSession, Services
from interviewer.types import Mode, Turn, TurnKind

LABELS = ("strong", "partial", "wrong")
STUCK = "I don't know."
MAX_MESSAGES = 3  # an answer, its follow-up, and one spare


@dataclass(frozen=True)
class FeedbackTurn:
    case: Case
    turn: Turn

    @property
    def guard_checked(self) -> int:
        return len(self.turn.guard)

    @property
    def guard_removed(self) -> int:
        return sum(not v.verdict.kept for v in self.turn.guard)


def scripted_answers() -> list[AnswerCase]:
    """The first answer of each label for each question."""
    chosen: dict[tuple[str, str], AnswerCase] = {}
    for row in load_answers():
        if row.label in LABELS:
            chosen.setdefault((row.question_id, row.label), row)
    return list(chosen.values())


def play(services: Services, progress: bool = True) -> Iterator[FeedbackTurn]:
    """One practice session per scripted answer; yields its feedback turn."""
    rows = scripted_answers()
    for row in tqdm(rows, desc="interviewing", unit="answer", disable=not progress):
        session, _ = InterviewSession.new(services, Mode.PRACTICE, item=row.question_id)
        turns: list[Turn] = []
        message = row.answer
        for _ in range(MAX_MESSAGES):
            turns += session.send(message)
            if session.state.phase is not Phase.PROBING:
                break
            message = STUCK
        feedback = next(t for t in turns if t.kind == TurnKind.FEEDBACK)
        question = services.knowledge.question(row.question_id)
        contexts = feedback.contexts or question.passages
        case = Case(
            id=f"{row.question_id}-{row.label}",
            question=question.question,
            answer=row.answer,
            contexts=contexts,
            response=feedback.text,
            kind=f"{feedback.source} feedback",
        )
        yield FeedbackTurn(case, feedback)
