"""The answer to a follow-up, graded with the answer before it and as an answer of its own.

``Grader.grade(answer, ..., follow_up=, probed=)`` reads the two answers as one text, and there a
follow-up's misconception on a point the follow-up did not ask about counts only when a clause
comes as near one of its wordings as ``STATES_WORDING`` (``Grader._loose_asides``: a newcomer's
aside on another point came near one by chance). A misconception found by what a clause says
of its subject has no such nearness, and was set aside with the asides: "Set alerts. To be
clear, concept drift is just a shift in the input features." after a right answer on drift kept
its 87% and its "Good: ..." with no correction, where the same words in a first answer are
corrected and halve the score.

So the follow-up's answer is also graded alone, as any answer to the question is (its key
points, the guide's misconceptions, the contradiction checks), and what it states wrong is added
to the whole (``with_its_errors``): corrected first, its point no longer credited, the score
recomputed as the grader computes it. Which findings count is ``_meant``'s: an aside that only
resembles a misconception stays an aside, and a point the answer before it made right is judged
on that statement, as within one answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from interviewer.judging.grader import (
    CONTRADICTED,
    MISCONCEPTION_FACTOR,
    Grader,
    point_weights,
)
from interviewer.judging.matching import STATES_WORDING
from interviewer.knowledge.schema import KnowledgeBase
from interviewer.types import Grade, MisconceptionMatch, PointMatch


def grade_with_follow_up(
    grader: Grader,
    knowledge: KnowledgeBase,
    answer: str,
    key_point_ids: Sequence[str],
    question_id: str,
    follow_up: str = "",
    probed: Sequence[str] = (),
) -> Grade:
    whole = grader.grade(answer, key_point_ids, question_id, follow_up, probed)
    if not follow_up.strip():
        return whole
    alone = grader.grade(follow_up, key_point_ids, question_id)
    made = {p.id for p in whole.covered}
    wrong = tuple(m for m in alone.misconceptions if _meant(m, probed, made))
    alone = alone.model_copy(update={"misconceptions": wrong})
    return with_its_errors(whole, alone, knowledge, key_point_ids)


def _meant(found: MisconceptionMatch, probed: Sequence[str], made: set[str]) -> bool:
    """Is a wrong statement found in the follow-up's answer read alone the candidate's belief?

    - On the points the follow-up asked about, yes.
    - A misconception of the guide: unless it is an aside that resembles one of its wordings
      only loosely (``Grader._loose_asides``); one found by what the clause says of its subject
      (``similarity`` 0) or stated as plainly as a wording must be is meant.
    - A key point stated wrong (``CONTRADICTED``): where the answer before did not make that
      point. Where it did, the grader reads the candidate's best statement of a point, as it
      does within one answer: read without the answer it follows up, a follow-up's "only call
      step() and zero_grad() after the eighth backward" (on gradient accumulation) reads as
      against "reset the gradients every iteration" (heldout-fu, a strong answer).
    """
    if found.corrects in probed:
        return True
    if found.id.endswith(CONTRADICTED):
        return found.corrects not in made
    return found.similarity == 0.0 or found.similarity >= STATES_WORDING


def with_its_errors(
    whole: Grade, alone: Grade, knowledge: KnowledgeBase, key_point_ids: Sequence[str]
) -> Grade:
    """``whole`` with what ``alone`` (the follow-up's answer graded by itself) states wrong that
    ``whole`` did not find: each such point is corrected, no longer covered, and the score is
    the covered points' weighted share, halved for each misconception the guide names."""
    corrected = {m.corrects for m in whole.misconceptions}
    named = {m.id for m in whole.misconceptions}
    added = [m for m in alone.misconceptions if m.corrects not in corrected and m.id not in named]
    if not added:
        return whole
    misconceptions = (*whole.misconceptions, *added)
    wrong = {m.corrects for m in misconceptions}
    covered = tuple(p for p in whole.covered if p.id not in wrong)
    taken = [PointMatch(id=p.id, text=p.text) for p in whole.covered if p.id in wrong]
    weights = point_weights(knowledge, key_point_ids)
    share = sum(weights[p.id] for p in covered) / sum(weights.values())
    guide_named = [m for m in misconceptions if not m.id.endswith(CONTRADICTED)]
    score = share * MISCONCEPTION_FACTOR ** len(guide_named)
    return whole.model_copy(
        update={
            "score": min(1.0, max(0.0, score)),
            "covered": covered,
            "missed": (*whole.missed, *taken),
            "misconceptions": misconceptions,
        }
    )
