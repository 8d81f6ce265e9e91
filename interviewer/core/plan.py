"""Which questions an interview, a drill or a practice session asks, in which order.

Pure functions of the knowledge base and a seed, so a session can be rebuilt exactly and every
choice is testable: the code decides the interview, not the model.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from interviewer.knowledge.schema import KnowledgeBase, PracticeQuestion, Question
from interviewer.types import Chosen

#: Drills ask between this many questions, whatever the candidate asks for.
DRILL_MIN, DRILL_MAX = 3, 10


#: The id of a follow-up that asks a key point's hint, after the key point's id.
HINT_PROBE = ":hint"


class Probe(BaseModel):
    """A follow-up question: a trade-off of the question, or a practice question on one point."""

    model_config = ConfigDict(frozen=True)
    id: str
    text: str
    key_points: tuple[str, ...]


class PlanItem(BaseModel):
    """One question to ask, with what a good answer covers and the follow-ups it allows."""

    model_config = ConfigDict(frozen=True)
    id: str  # q03, or a practice question id such as drift.p2
    question_id: str  # the guide question its key points belong to, for citations
    topic: str
    text: str
    key_points: tuple[str, ...]
    trade_offs: tuple[Probe, ...]
    point_probes: tuple[Probe, ...]  # one practice question per key point it can probe
    phrasings: tuple[str, ...] = ()  # the question in other words, for a clarifying question
    reference: str = ""  # the model answer, shown once the candidate has answered or skipped
    difficulty: int = 1  # 1 to 3; states stored before it was kept read as the easiest level
    chosen: Chosen = Chosen.PLANNED  # why it is asked where it is
    title: str = ""  # a few words naming it on the scorecard; "" in states stored before
    revisits: str | None = None  # with Chosen.SIMPLER: the key point missed that it goes back to


def _point_probes(
    knowledge: KnowledgeBase, key_points: tuple[str, ...], exclude: str
) -> tuple[Probe, ...]:
    """A narrower question on each key point: the practice question that asks for it, else the
    guide's hint for it, which asks towards the point without stating it. An answer in which
    the grader found nothing then gets a smaller question to answer, as from a person, on
    every question of the base, not only on the guide's (which alone have practice questions);
    without one, a right answer in words the grader missed was closed at 0% at once."""
    probes: dict[str, Probe] = {}
    for topic in knowledge.topics:
        for practice in topic.practice:
            if practice.id == exclude:
                continue
            for kp in practice.key_points:
                if kp in key_points and kp not in probes:
                    probes[kp] = Probe(id=practice.id, text=practice.question, key_points=(kp,))
    for kp in key_points:
        hint = knowledge.key_point(kp).hint
        if kp not in probes and hint:
            probes[kp] = Probe(id=f"{kp}{HINT_PROBE}", text=hint, key_points=(kp,))
    return tuple(probes[kp] for kp in key_points if kp in probes)


def item_for_question(
    knowledge: KnowledgeBase, question: Question, topic: str | None = None
) -> PlanItem:
    key_points = tuple(question.asked_points)  # not those the question itself states
    return PlanItem(
        id=question.id,
        question_id=question.id,
        topic=topic or question.topics[0],
        text=question.question,
        key_points=key_points,
        trade_offs=tuple(
            Probe(id=t.id, text=t.probe, key_points=tuple(t.key_points))
            for t in question.trade_offs
        ),
        point_probes=_point_probes(knowledge, key_points, question.id),
        phrasings=tuple(question.phrasings),
        reference=question.reference_answer,
        difficulty=question.difficulty,
        title=question.title,
    )


def _practice_difficulty(question: Question) -> int:
    """A practice question asks for a piece of a guide question (one to three of its key
    points), so it sits one level below the whole question, and a drill can ask it first."""
    return max(1, question.difficulty - 1)


def item_for_practice(knowledge: KnowledgeBase, topic: str, practice: PracticeQuestion) -> PlanItem:
    key_points = tuple(practice.key_points)
    question = knowledge.question(key_points[0].split(".")[0])
    return PlanItem(
        id=practice.id,
        question_id=question.id,
        topic=topic,
        text=practice.question,
        key_points=key_points,
        trade_offs=tuple(
            Probe(id=t.id, text=t.probe, key_points=tuple(t.key_points))
            for t in question.trade_offs
            if set(t.key_points) & set(key_points)
        ),
        point_probes=_point_probes(knowledge, key_points, practice.id),
        difficulty=_practice_difficulty(question),
        title=practice.title or question.title,
    )


def without_repeats(plan: Sequence[PlanItem]) -> tuple[PlanItem, ...]:
    """Drop follow-ups that are themselves questions of the plan, so nothing is asked twice."""
    asked = {item.id for item in plan}
    return tuple(
        item.model_copy(
            update={"point_probes": tuple(p for p in item.point_probes if p.id not in asked)}
        )
        for item in plan
    )


def interview_plan(knowledge: KnowledgeBase, count: int, seed: int) -> tuple[PlanItem, ...]:
    """Guide questions across topics, no repeats, easier first; ties broken by the seed."""
    rng = random.Random(seed)
    shuffled = sorted(knowledge.guide_questions, key=lambda q: (q.difficulty, rng.random()))
    chosen: list[Question] = []
    seen_topics: set[str] = set()
    for question in shuffled:  # first pass: one question per topic
        if question.topics[0] not in seen_topics and len(chosen) < count:
            chosen.append(question)
            seen_topics.add(question.topics[0])
    for question in shuffled:  # then fill up, if more questions than topics were asked for
        if question not in chosen and len(chosen) < count:
            chosen.append(question)
    chosen.sort(key=lambda q: (q.difficulty, shuffled.index(q)))
    return without_repeats([item_for_question(knowledge, q) for q in chosen])


@dataclass(frozen=True)
class Drill:
    """A drill's plan, and the questions of its topic it leaves out: the reserve, which the
    engine may draw on when it adapts to the candidate."""

    plan: tuple[PlanItem, ...]
    reserve: tuple[PlanItem, ...]


def drill_size(count: int) -> int:
    """How many questions a drill asks when ``count`` are asked for: 3 to 10."""
    return max(DRILL_MIN, min(DRILL_MAX, count))


def _spread(items: list[PlanItem], size: int) -> list[PlanItem]:
    """``size`` of the ``items``, spread evenly from the first to the last, keeping the order."""
    if len(items) <= size:
        return items
    step = (len(items) - 1) / (size - 1)
    return [items[i] for i in sorted({round(i * step) for i in range(size)})]


def _by_level(items: list[PlanItem]) -> list[PlanItem]:
    """Easier first; a stable sort, so within a level the preferred question stays first."""
    return sorted(items, key=lambda i: i.difficulty)


def drill_plan(
    knowledge: KnowledgeBase,
    topic: str,
    count: int,
    seed: int,
    history: Mapping[str, float] | None = None,
) -> Drill:
    """Questions of the topic from easier to harder, 3 to 10 of them, and the reserve.

    Within a level of difficulty, the questions the candidate has not met come first, then
    those they scored lowest on (``history``: question id to best score so far), then the
    seed decides; the plan then takes the topic's questions spread from the easiest level to
    the hardest. Practice questions fill in only where a topic has too few questions of its
    own, and sit by their level (a practice question is easier than its guide question).
    """
    rng = random.Random(seed)
    seen = history or {}

    def ordered(items: Iterable[PlanItem]) -> list[PlanItem]:
        return sorted(
            items, key=lambda i: (i.difficulty, i.id in seen, seen.get(i.id, 0.0), rng.random())
        )

    questions = ordered(
        item_for_question(knowledge, q, topic) for q in knowledge.questions_on(topic)
    )
    practice = ordered(
        item_for_practice(knowledge, topic, p) for p in knowledge.topic(topic).practice
    )
    size = drill_size(count)
    spread = _spread(questions, size)
    picked = [*spread, *practice[: size - len(spread)]]
    reserve = [i for i in [*questions, *practice] if i not in picked]
    return Drill(plan=without_repeats(_by_level(picked)), reserve=tuple(_by_level(reserve)))


def practice_plan(knowledge: KnowledgeBase, item_id: str | None, seed: int) -> tuple[PlanItem, ...]:
    """One question: a guide question (q03), a practice question (drift.p2), or one at random."""
    if item_id is None:
        chosen = random.Random(seed).choice(knowledge.guide_questions)
        return (item_for_question(knowledge, chosen),)
    for question in knowledge.questions:
        if question.id == item_id:
            return (item_for_question(knowledge, question),)
    for topic in knowledge.topics:
        for practice in topic.practice:
            if practice.id == item_id:
                return (item_for_practice(knowledge, topic.id, practice),)
    raise KeyError(item_id)
