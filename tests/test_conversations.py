"""The whole conversation is the unit: eleven simulated candidates play an interview and three
drills each through the real session (--llm none), and every session passes every check."""

from __future__ import annotations

import pytest

from evals import conversations
from interviewer.interview.session import Services
from interviewer.settings import Settings


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    services = Services.build(Settings(data_dir=tmp_path_factory.mktemp("talks"), llm="none"))
    plays = conversations.scripts(services.knowledge.topic_ids)
    return conversations.run(services, plays, progress=False)


def test_forty_sessions_over_every_persona_and_topic(report, knowledge):
    assert report.sessions >= 40
    assert set(report.per_persona) == set(conversations.PERSONAS)
    drilled = {p.topic for p in report.played if p.topic}
    assert {"transformers", "drift"} <= drilled and len(drilled) >= 10


@pytest.mark.parametrize("check", conversations.CHECKS)
def test_every_session_passes(report, check):
    failing = {p.name: p.failures[check] for p in report.failing if check in p.failures}
    assert not failing, conversations.markdown(report)


def test_the_harness_can_fail(report, knowledge):
    """A check that cannot fail proves nothing: a session that credits a point never stated,
    and one that asks the same question twice."""
    session, graded = next(
        (p, e)
        for p in report.played
        for e in p.exchanges
        if any(t.kind == "feedback" and t.grade and t.grade.covered for t in e.replies)
    )
    lying = graded.model_copy(update={"states": (), "phase": "asking"})
    services = Services.__new__(Services)
    services.knowledge = knowledge
    failures = conversations.check(session.model_copy(update={"exchanges": (lying,)}), services)
    assert "no false credit" in failures
    question = next(t for t in session.opening if t.kind == "question")
    twice = session.model_copy(update={"opening": (*session.opening, question)})
    assert "nothing asked twice" in conversations.check(twice, services)
