"""The whole conversation is the unit: eleven simulated candidates play an interview and five
drills each (among them a 10-question transformers drill and a 10-question drift drill) through
the real session (--llm none), and every session passes every check."""

from __future__ import annotations

import pytest

from evals import conversations
from interviewer.interview.session import Services
from interviewer.prompt_files import load_wording
from interviewer.settings import Settings


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    services = Services.build(Settings(data_dir=tmp_path_factory.mktemp("talks"), llm="none"))
    plays = conversations.scripts(services.knowledge.topic_ids)
    return conversations.run(services, plays, progress=False)


def test_six_sessions_a_persona_over_every_topic(report, knowledge):
    assert report.sessions == 6 * len(conversations.PERSONAS)
    assert set(report.per_persona) == set(conversations.PERSONAS)
    drilled = {p.topic for p in report.played if p.topic}
    assert {"transformers", "drift"} <= drilled and len(drilled) >= 10


@pytest.mark.parametrize("check", conversations.CHECKS)
def test_every_session_passes(report, check):
    failing = {p.name: p.failures[check] for p in report.failing if check in p.failures}
    assert not failing, conversations.markdown(report)


def _rows(played):
    summary = next(t.summary for e in played.exchanges for t in e.replies if t.summary)
    return summary.rows


@pytest.mark.parametrize("topic", ["transformers", "drift"])
def test_a_ten_question_drill_asks_ten_questions_of_the_topic_once_each(report, topic):
    """Each topic has more than ten questions loaded: the drill asks ten, each once, from the
    warm-up level to the senior one."""
    played = next(p for p in report.played if p.persona == "silent" and f"{topic}/10q" in p.name)
    rows = _rows(played)
    assert len(rows) == 10 and len({r.item_id for r in rows}) == 10
    assert "You asked for" not in played.opening[0].text
    assert {r.topic for r in rows} == {topic}


def _adapting(turn) -> bool:
    """Is this the interviewer's line that a drill changes course?"""
    wording = load_wording()["adapt"]
    lines = [*wording["harder"], *wording["simpler"], wording["basics"]]
    return turn.kind == "notice" and any(turn.text.startswith(t.split("$")[0]) for t in lines)


def test_drills_adapt_to_the_candidate_and_say_so(report):
    """Strong candidates get harder questions and silent ones simpler ones, each announced
    just before it is asked (a session ended early may not answer the last one)."""
    chosen = {
        persona: [r.chosen for p in report.played if p.persona == persona for r in _rows(p)]
        for persona in ("strong", "silent")
    }
    assert "harder" in chosen["strong"] and "simpler" not in chosen["strong"]
    assert "simpler" in chosen["silent"] and "harder" not in chosen["silent"]
    for played in report.played:
        said = [*played.opening, *(t for e in played.exchanges for t in e.replies)]
        lines = [n for n, t in enumerate(said) if _adapting(t)]
        assert all(said[n + 1].kind == "question" for n in lines), played.name
        adapted = [r for r in _rows(played) if r.chosen != "planned"]
        assert len(adapted) <= len(lines) <= len(adapted) + 1, played.name


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


@pytest.mark.slow  # the app as its own process, and Chromium
def test_personas_through_the_browser_pass_every_check(tmp_path):
    """The same candidates, typing into the real page: requests in plain words, a topic
    switch, a spoken transcript; the end judged from the scorecard and both downloads."""
    from evals.browser_play import app_in_browser, browser_sit

    services = Services.build(Settings(data_dir=tmp_path, llm="none"))
    wanted = (
        "command-heavy/drill/transformers/5q/",
        "topic-switcher/drill/drift/5q/",
        "spoken/drill/transformers/5q/",
    )
    scripts = conversations.scripts(services.knowledge.topic_ids)
    plays = [p for p in scripts if p.name.startswith(wanted)]
    with app_in_browser(tmp_path, "none") as page:
        report = conversations.run(services, plays, progress=False, sit=browser_sit(page))
    assert report.sessions == len(wanted)
    assert not report.failing, conversations.markdown(report)


def test_the_order_check_can_fail(knowledge):
    """A drill that drops to an easier planned question, or calls a question harder that is
    not, fails "easier to harder"."""
    from interviewer.types import SummaryRow

    def row(question_id: str, chosen: str = "planned") -> SummaryRow:
        return SummaryRow(
            item_id=question_id, question_id=question_id, topic="drift", score=0.0,
            covered=(), missed=(), skipped=False, chosen=chosen,
        )  # fmt: skip

    in_order = (row("drift-01"), row("q10"), row("q11", "harder"), row("drift-02", "simpler"))
    assert not list(conversations.out_of_order(in_order, knowledge))
    assert list(conversations.out_of_order((row("q11"), row("drift-01")), knowledge))
    assert list(conversations.out_of_order((row("q10"), row("drift-01", "harder")), knowledge))
