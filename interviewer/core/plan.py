"""Which questions an interview, a drill or a practice session asks, in which order.

Pure functions of the knowledge base and a seed, so a session can be rebuilt exactly and every
choice is testable: the code decides the interview, not the model.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict

from interviewer.knowledge.schema import KnowledgeBase, PracticeQuestion, Question

#: Drills ask between this many questions, whatever the candidate asks for.
DRILL_MIN, DRILL_MAX = 3, 10


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


def _point_probes(
    knowledge: KnowledgeBase, key_points: tuple[str, ...], exclude: str
) -> tuple[Probe, ...]:
    probes: dict[str, Probe] = {}
    for topic in knowledge.topics:
        for practice in topic.practice:
            if practice.id == exclude:
                continue
            for kp in practice.key_points:
                if kp in key_points and kp not in probes:
                    probes[kp] = Probe(id=practice.id, text=practice.question, key_points=(kp,))
    return tuple(probes[kp] for kp in key_points if kp in probes)


def item_for_question(
    knowledge: KnowledgeBase, question: Question, topic: str | None = None
) -> PlanItem:
    key_points = tuple(kp.id for kp in question.key_points)
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
    )


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
    )


def _without_repeats(plan: list[PlanItem]) -> tuple[PlanItem, ...]:
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
    return _without_repeats([item_for_question(knowledge, q) for q in chosen])


def drill_plan(
    knowledge: KnowledgeBase,
    topic: str,
    count: int,
    seed: int,
    history: Mapping[str, float] | None = None,
) -> tuple[PlanItem, ...]:
    """Questions of the topic from easier to harder, 3 to 10 of them.

    Within a level of difficulty, the questions the candidate has not met come first, then
    those they scored lowest on (``history``: question id to best score so far), then the
    seed decides; the plan then takes questions spread from the easiest level to the hardest.
    Practice questions fill in only where a topic has too few questions of its own.
    """
    rng = random.Random(seed)
    seen = history or {}
    questions = sorted(
        knowledge.questions_on(topic),
        key=lambda q: (q.difficulty, q.id in seen, seen.get(q.id, 0.0), rng.random()),
    )
    size = max(DRILL_MIN, min(DRILL_MAX, count))
    if len(questions) > size:  # spread over the levels, keeping the order
        step = (len(questions) - 1) / (size - 1)
        picked = sorted({round(i * step) for i in range(size)})
        questions = [questions[i] for i in picked]
    items = [item_for_question(knowledge, q, topic) for q in questions]
    if len(items) < size:
        practice = [item_for_practice(knowledge, topic, p) for p in knowledge.topic(topic).practice]
        rng.shuffle(practice)
        items += practice[: size - len(items)]
    return _without_repeats(items)


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
