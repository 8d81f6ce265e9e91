"""The web app's rendering, without a browser: escaping, rubric, chart, transcripts, secrets.

The browser itself is in test_browser.py.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from interviewer.core.engine import Phase
from interviewer.core.plan import drill_plan
from interviewer.interview.session import InterviewSession, Services
from interviewer.interview.transcript import (
    history,
    transcript_json,
    transcript_markdown,
    weakest_topic,
)
from interviewer.settings import Settings
from interviewer.types import SummaryRow
from interviewer.web.views import (
    CHART_LABEL_CHARS,
    backend_line,
    chat_messages,
    rubric_and_citations,
    score_chart,
    session_view,
)

ATTACK = '<script>alert(1)</script><img src=x onerror="alert(2)">'


@pytest.fixture(scope="module")
def played(tmp_path_factory):
    """A short interview with --llm none: one answer with HTML in it, then the end."""
    services = Services.build(Settings(data_dir=tmp_path_factory.mktemp("app"), llm="none"))
    session, _ = InterviewSession.new(services, "practice", item="q10")
    session.send(f"Data drift is a shift in the input distribution. {ATTACK}")
    session.send("I don't know")
    session.send("end the interview")
    return services, session


def test_chat_shows_html_as_text(played):
    services, session = played
    shown = json.dumps(chat_messages(services.store.turns(session.id)))
    assert "<script>" not in shown and "<img" not in shown
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown


def test_a_blank_message_draws_no_empty_bubble(tmp_path):
    """A walkthrough's empty send drew an empty bubble above "I didn't catch an answer there"."""
    services = Services.build(Settings(data_dir=tmp_path, llm="none"))
    session, _ = InterviewSession.new(services, "practice", item="q10")
    session.send("  \x07\x1b ")
    shown = chat_messages(services.store.turns(session.id))
    assert all(m["content"].strip() for m in shown)
    assert "catch an answer" in shown[-1]["content"] and shown[-2]["role"] == "assistant"


def test_rubric_and_citations_come_from_the_latest_feedback(played):
    services, session = played
    rubric, citations = rubric_and_citations(services.store.turns(session.id))
    assert "**Covered**" in rubric and "q10.k3" in rubric
    assert "core first" in rubric  # the score is weighted, and says so
    assert "<details><summary>q10.k" in citations
    # Under its question's title: after a skip, the rubric is the question before's.
    titled, _ = rubric_and_citations(services.store.turns(session.id), {"q10": "Data drift"})
    assert titled.startswith("**Last feedback:** Data drift")
    assert citations.startswith("<p><strong>Guide passages the last reply cites")


def test_a_stored_model_answer_is_labelled_as_one(tmp_path):
    """A turn read back from the store has its kind as a string: the walkthrough's download
    labelled the model answer "(feedback)"."""
    services = Services.build(Settings(data_dir=tmp_path, llm="none"))
    session, _ = InterviewSession.new(services, "practice", item="q10")
    session.send("Data drift is a shift in the input distribution.")
    session.send("I don't know")
    session.send("how would you answer it?")
    markdown = transcript_markdown(session.id, services.store.turns(session.id), services.knowledge)
    assert "**Interviewer (model answer):**" in markdown


def test_transcripts_carry_the_turns_but_not_the_audit_data(played):
    services, session = played
    rows = services.store.turns(session.id)
    markdown = transcript_markdown(session.id, rows, services.knowledge)
    assert markdown.startswith(f"# Mock interview {session.id}")
    assert "**You:** Data drift is a shift" in markdown and "## Scorecard" in markdown
    assert "core first" in markdown
    # Turn kinds in a reader's words: "(follow_up)" and "(notice)" read as code to a newcomer.
    assert "(notice)" not in markdown and "(follow_up)" not in markdown
    assert "**Interviewer (feedback):**" in markdown
    data = json.loads(transcript_json(session.id, rows))
    assert data["session"] == session.id
    assert {"role": "candidate", "text": "I don't know"} in data["turns"]
    assert not any("guard" in t or "contexts" in t for t in data["turns"])


def test_history_and_weakest_topic(played):
    services, session = played
    sessions = services.store.sessions()
    states = {s["id"]: services.store.state(s["id"]) for s in sessions}
    (row,) = history(sessions, states)
    assert row["session"] == session.id and row["status"] == "finished"
    assert row["questions"] == "1 question" and isinstance(row["score"], int)
    assert weakest_topic(list(states.values())) == "drift"


def test_the_chart_names_each_question_by_a_short_readable_title(knowledge):
    """The scorecard's bars read a question's title ("Self-attention versus recurrence"), not
    "transformers-01" or "q05"; a summary stored before titles were kept still shows its ids."""
    plan = drill_plan(knowledge, "transformers", 4, seed=1).plan
    rows = tuple(
        SummaryRow(item_id=i.id, question_id=i.question_id, topic=i.topic, score=0.5,
                   covered=(), missed=(), skipped=False, title=i.title)
        for i in plan
    )  # fmt: skip
    labels = re.findall(r'text-anchor="end" font-size="12">([^<]+)<', score_chart(rows))
    assert len(labels) == len(plan)
    for label, item in zip(labels, plan, strict=True):
        assert item.id not in label and len(label) <= CHART_LABEL_CHARS
        assert item.title.startswith(label.rstrip("…"))
    stored_before = rows[0].model_copy(update={"title": ""})
    assert f">{stored_before.item_id}<" in score_chart((stored_before,))


def test_backend_line_never_shows_a_key():
    from interviewer.llm.backends import choose_backend

    settings = Settings(llm_base_url="http://127.0.0.1:8080/v1", llm_api_key="sk-secret")
    line = backend_line(choose_backend(settings))
    assert "server" in line and "offline" in line and "sk-secret" not in line


def test_serve_help_names_host_port_and_auth():
    run = subprocess.run(
        [sys.executable, "-m", "interviewer.cli", "serve", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0
    assert "--host" in run.stdout and "--port" in run.stdout and "INTERVIEWER_AUTH" in run.stdout
    assert not re.search(r"--auth\b(?!-)", run.stdout)  # a password on a command line shows in ps


def test_rubric_shows_the_answer_so_far_while_a_follow_up_is_pending(tmp_path):
    services = Services.build(Settings(data_dir=tmp_path, llm="none"))
    session, _ = InterviewSession.new(services, "practice", item="q03")
    session.send("High bias means underfitting: the model is too simple for the data.")
    assert session.state.phase is Phase.PROBING  # a follow-up on the trade-off
    view = session_view(session.id, session.state, services.store.turns(session.id))
    assert "So far on this question" in view.rubric and "q03.k2" in view.rubric
    assert "Missed" not in view.rubric  # the follow-up's answer is not given away


def test_after_the_scorecard_the_panel_says_whose_passages_it_shows(tmp_path):
    """Issue 13's walkthrough: after the scorecard, the summary's study points were listed under
    the last question's rubric as the passages "the last reply cites", and stayed there beside
    a drill started from the scorecard."""
    services = Services.build(Settings(data_dir=tmp_path, llm="none"))
    session, _ = InterviewSession.new(services, "practice", item="q03")
    session.send("High bias means underfitting: the model is too simple for the data.")
    session.send("I don't know")  # to the follow-up: the question closes, and the practice
    turns = services.store.turns(session.id)
    ended = session_view(session.id, session.state, turns)
    assert ended.finished
    assert ended.citations.startswith("<p><strong>Guide passages for the scorecard's study list")
    study = next(t.summary for t in reversed(turns) if t.summary).study
    assert study and all(f"<summary>{c.key_point_id}<" in ended.citations for c in study)
    session.send("drill me on drift")
    turns = services.store.turns(session.id)
    drilling = session_view(session.id, session.state, turns)
    # Neither the scorecard's passages nor the last question's: nothing of the drill is graded.
    assert drilling.citations == "" and "Nothing graded yet" in drilling.rubric
    session.send("Drift is when the input distribution shifts after deployment.")
    while session.state.phase is Phase.PROBING:
        session.send("I don't know")
    drilling = session_view(session.id, session.state, services.store.turns(session.id))
    # The passages of the feedback the rubric shows: the drill's first question's.
    assert drilling.citations.startswith("<p><strong>Guide passages the last reply cites")
    assert "q03." not in drilling.rubric + drilling.citations


def test_a_drill_after_the_scorecard_says_where_it_is_and_what_came_before(tmp_path):
    """Issue 13's walkthrough: a drill started from the scorecard read "Question 1 of 5 · done
    this session: 5 questions", as if five of its own were done."""
    services = Services.build(Settings(data_dir=tmp_path, llm="none"))
    session, _ = InterviewSession.new(services, "practice", item="q03")
    first = session_view(session.id, session.state, services.store.turns(session.id))
    assert first.progress == "**Question 1 of 1**"  # no drill, nothing before: as it was
    session.send("High bias means underfitting: the model is too simple for the data.")
    session.send("I don't know")  # to the follow-up: the question closes, and the practice
    session.send("drill me on drift")
    planned = len(session.state.plan)
    turns = services.store.turns(session.id)
    drilling = session_view(session.id, session.state, turns, topic_title="Model drift")
    assert drilling.progress == (
        f"**Drill on model drift: question 1 of {planned}** · before it this session: 1 question"
    )
    session.send("skip")
    turns = services.store.turns(session.id)
    drilling = session_view(session.id, session.state, turns, topic_title="Model drift")
    assert drilling.progress == (
        f"**Drill on model drift: question 2 of {planned}** · done in this drill: 1 question,"
        " all skipped · before it this session: 1 question"
    )
    session.send("end")
    ended = session_view(session.id, session.state, services.store.turns(session.id))
    assert ended.progress.startswith("**Finished:** 2 questions, 1 of them skipped")


def test_a_drill_started_after_the_scorecard_hides_it_until_it_ends(tmp_path):
    """A walkthrough's drill, asked for from the scorecard, ran its questions beside the old
    interview's scorecard and downloads."""
    services = Services.build(Settings(data_dir=tmp_path, llm="none"))
    session, _ = InterviewSession.new(services, "practice", item="q03")
    session.send("end")
    ended = session_view(session.id, session.state, services.store.turns(session.id))
    assert ended.finished
    session.send("drill me on drift")
    assert session.state.phase is not Phase.FINISHED
    drilling = session_view(session.id, session.state, services.store.turns(session.id))
    assert not drilling.finished and drilling.downloads is None


def _shows_nothing_graded(services, session) -> None:
    view = session_view(session.id, session.state, services.store.turns(session.id))
    assert "Nothing graded yet" in view.rubric and "Score" not in view.rubric, view.rubric
    assert view.citations == ""


@pytest.mark.parametrize(
    "start",
    [
        "start screen",  # a new session, as the start screen and "Review my weakest topic" make
        "drill in words mid-interview",  # a follow-up pending: its feedback first, then the drill
        "drill in words on a fresh question",
        "drill after the scorecard",  # the closing line's "say: drill me on ..."
    ],
)
def test_every_new_drill_or_session_starts_with_nothing_graded(tmp_path, start):
    """The walkthrough's drill started from the scorecard showed the interview's last rubric
    and its citations under the drill's first question."""
    services = Services.build(Settings(data_dir=tmp_path, llm="none"))
    if start == "start screen":
        for mode, extra in (("interview", {}), ("drill", {"topic": "drift"}), ("practice", {})):
            session, _ = InterviewSession.new(services, mode, **extra)
            _shows_nothing_graded(services, session)
        return
    session, _ = InterviewSession.new(services, "interview", seed=3)
    first = session.state.item
    if start != "drill in words on a fresh question":
        session.send("It depends on the data, and I would check it on held-out data.")
    if start == "drill after the scorecard":
        session.send("end the interview")
        assert session.state.phase is Phase.FINISHED
    if start == "drill in words on a fresh question":
        session.send("skip")  # graded nothing, then on to a fresh question
    session.send("drill me on class imbalance")
    assert session.state.mode == "drill" and session.state.position == 0
    _shows_nothing_graded(services, session)
    session.send("skip")  # a skip grades nothing either: still nothing of the drill's
    _shows_nothing_graded(services, session)
    session.send("Use class weights and look at precision and recall, not accuracy.")
    while session.state.phase is Phase.PROBING:
        session.send("I don't know")
    view = session_view(session.id, session.state, services.store.turns(session.id))
    assert "**Score:**" in view.rubric and f"`{first.question_id}." not in view.rubric
