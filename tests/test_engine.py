"""Every transition of the interview state machine, with a scripted grader.

The engine is pure: grading comes in through Deps. Here an answer "covers" the key-point ids
it names and "asserts" the misconception ids it names, so each test states its situation.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from interviewer.core.engine import (
    Deps,
    Intent,
    InterviewState,
    Phase,
    _summary_text,
    _words,
    start,
    step,
)
from interviewer.core.plan import drill_plan, interview_plan, practice_plan, without_repeats
from interviewer.judging.text import content_tokens
from interviewer.prompt_files import load_wording
from interviewer.settings import Settings
from interviewer.types import (
    Citation,
    Grade,
    IntentKind,
    MisconceptionMatch,
    PointMatch,
    Summary,
    SummaryRow,
)


@pytest.fixture
def deps(knowledge):
    def point(kp: str) -> PointMatch:
        return PointMatch(id=kp, text=knowledge.key_point(kp).text, span=kp, similarity=1.0)

    def grade(answer: str, item, follow_up="", probed: tuple[str, ...] = (), probe="") -> Grade:
        said = f"{answer}\n{follow_up}"
        named = set(re.findall(r"(?:q\d\d|[a-z][a-z-]*-\d\d)\.[km]\d+", said))
        covered = [kp for kp in item.key_points if kp in named]
        wrong = [m for q in knowledge.questions for m in q.misconceptions if m.id in named]
        return Grade(
            question_id=item.question_id,
            score=max(0.0, len(covered) / len(item.key_points) - 0.5 * len(wrong)),
            covered=tuple(point(kp) for kp in covered),
            missed=tuple(point(kp) for kp in item.key_points if kp not in covered),
            misconceptions=tuple(
                MisconceptionMatch(id=m.id, text=m.text, span=m.id, corrects=m.corrects)
                for m in wrong
            ),
        )

    return _deps_grading_by(knowledge, grade)


def _deps_grading_by(knowledge, grade) -> Deps:
    """The engine's dependencies on this knowledge base, with ``grade`` as its grader."""
    return Deps(
        grade=grade,
        drill=lambda topic: drill_plan(knowledge, topic, 4, seed=1),
        topic_titles={t.id: t.title for t in knowledge.topics},
        key_point_text=lambda kp: knowledge.key_point(kp).text,
        key_point_hint=lambda kp: knowledge.key_point(kp).hint or "",
        strong_answer=Settings().strong_answer,
        weak_answer=Settings().weak_answer,
    )


@pytest.fixture
def practice_q03(knowledge, deps):
    return InterviewState(mode="practice", plan=practice_plan(knowledge, "q03", seed=1))


def answer(text: str) -> Intent:
    return Intent(kind="answer", text=text)


def test_start_greets_then_asks_the_first_question(practice_q03, deps):
    state, turns = start(practice_q03, deps)
    assert [t.kind for t in turns] == ["notice", "question"]
    assert "bias-variance" in turns[1].text.lower() and turns[1].question_id == "q03"
    assert state.phase is Phase.ASKING


def test_good_answer_gets_a_probe_on_the_point_it_missed_then_feedback(practice_q03, deps):
    state, _ = start(practice_q03, deps)
    state, turns = step(state, answer("q03.k1 q03.k2 q03.k3 q03.k4"), deps)
    assert [t.kind for t in turns] == ["follow_up"]
    # every trade-off names a point just made: the narrower question on the missed one
    assert state.phase is Phase.PROBING and state.current_probe.key_points == ("q03.k5",)

    state, turns = step(state, answer("q03.k5"), deps)  # now everything is covered
    assert [t.kind for t in turns] == ["feedback", "summary"]
    feedback = turns[0]
    assert feedback.grade.score == 1.0 and not feedback.grade.missed
    assert {c.key_point_id for c in feedback.citations} <= {f"q03.k{n}" for n in range(1, 6)}
    assert state.phase is Phase.FINISHED


def test_no_follow_up_asks_for_what_the_answer_just_explained(practice_q03, deps):
    """The candidate who explained overfitting and its remedies is not asked "your model looks
    great on training data and poor on new data: which side is that?"; a probe on a point they
    missed comes instead, and an answer that missed nothing gets its feedback at once: every
    trade-off asks for points it made."""
    state, _ = start(practice_q03, deps)
    probed, turns = step(state, answer("q03.k1 q03.k3 q03.k4 q03.k5"), deps)
    assert [t.kind for t in turns] == ["follow_up"]
    assert "q03.k2" in probed.current_probe.key_points  # not q03.t1, on k3 and k5 just said

    closed, turns = step(state, answer("q03.k1 q03.k2 q03.k3 q03.k4 q03.k5"), deps)
    assert [t.kind for t in turns] == ["feedback", "summary"] and closed.current_probe is None


def test_a_follow_up_asks_for_nothing_the_answer_covered(knowledge, deps):
    """A probe that names a point the answer made and one it missed asks, in part, what was just
    said: "which way to nudge the weights" to a candidate who had explained gradient descent
    (q04.t1, on the loss, missed, and the weight update, covered). Another probe comes, on
    missed points only; with none left, the feedback."""
    q04 = InterviewState(mode="practice", plan=practice_plan(knowledge, "q04", seed=1))
    state, _ = start(q04, deps)
    probed, turns = step(state, answer("q04.k2 q04.k5"), deps)
    assert [t.kind for t in turns] == ["follow_up"]
    assert probed.current_probe.id == "q04.t2"  # the training loop, not q04.t1
    for question in knowledge.questions:  # all points but one made: a probe only on that one
        (item,) = practice_plan(knowledge, question.id, seed=1)
        for missed in item.key_points:
            covered = [kp for kp in item.key_points if kp != missed]
            state, _ = start(InterviewState(mode="practice", plan=(item,)), deps)
            state, turns = step(state, answer(" ".join(covered)), deps)
            if state.current_probe:
                assert not set(state.current_probe.key_points) & set(covered), missed
            else:
                assert turns[0].kind == "feedback"


def test_a_drill_does_not_ask_next_what_the_candidate_has_just_explained(knowledge, deps):
    """Having made, while answering the first question, every point of the next one, the
    candidate is not asked it: a question of the drill's reserve on something not yet said takes
    its place, and the drill keeps its length."""
    drill = drill_plan(knowledge, "drift", 4, seed=2)
    first, second = drill.plan[:2]
    state = InterviewState(mode="drill", topic="drift", plan=drill.plan, reserve=drill.reserve)
    state, _ = start(state, deps)
    state, turns = step(state, answer(" ".join([*first.key_points, *second.key_points])), deps)
    if state.phase is Phase.PROBING:  # the trade-off behind a complete answer
        state, turns = step(state, answer(first.key_points[0]), deps)
    assert turns[-1].kind == "question" and state.item.id != second.id
    assert len(state.plan) == 4 and second.id in {i.id for i in state.reserve}


def _kinds_of_replies(state, deps, answers):
    kinds = []
    for text in answers:
        state, turns = step(state, answer(text), deps)
        kinds.append([t.kind for t in turns])
        if state.phase is Phase.FINISHED:
            break
    return state, kinds


def test_one_follow_up_per_question_then_feedback(practice_q03, deps):
    """Two walkthroughs' candidates read a second follow-up in a row as badgering, whether the
    first drew the point asked for or nothing."""
    state, _ = start(practice_q03, deps)
    probed, kinds = _kinds_of_replies(state, deps, ["q03.k1"])
    assert kinds == [["follow_up"]]
    answered_in_full = " ".join(probed.current_probe.key_points)
    for reply in (answered_in_full, "still vague"):
        _, kinds = _kinds_of_replies(probed, deps, [reply])
        assert kinds == [["feedback", "summary"]]


def test_misconception_is_corrected_at_once_with_a_citation(practice_q03, deps, knowledge):
    state, _ = start(practice_q03, deps)
    state, turns = step(state, answer("q03.k1 q03.m1"), deps)
    assert turns[0].kind == "feedback"
    assert knowledge.key_point("q03.k2").text.rstrip(".") in turns[0].text
    assert "q03.k2" in [c.key_point_id for c in turns[0].citations]


def test_empty_answer_asks_again_without_changing_state(practice_q03, deps):
    state, _ = start(practice_q03, deps)
    after, turns = step(state, Intent(kind="empty"), deps)
    assert turns[0].kind == "notice" and "take your time" in turns[0].text.lower()
    assert after.model_copy(update={"turn": 0}) == state.model_copy(update={"turn": 0})


def test_repeat_and_hint(practice_q03, deps, knowledge):
    state, _ = start(practice_q03, deps)
    state, turns = step(state, Intent(kind="repeat"), deps)
    assert turns[0].kind == "question" and knowledge.question("q03").question in turns[0].text
    hints = []
    for _ in range(3):
        state, turns = step(state, Intent(kind="hint"), deps)
        hints.append(turns[0].text)
    assert hints[0] != hints[1] and "all the hints" in hints[2]
    state, _ = step(state, answer("q03.k1 q03.k2"), deps)
    state, turns = step(state, Intent(kind="repeat"), deps)
    assert turns[0].kind == "follow_up" and turns[0].text == state.current_probe.text


def test_no_follow_up_asks_again_the_hint_just_given(knowledge, deps):
    """A walkthrough's candidate, asked a follow-up on two points, got a hint on one, answered
    the other, and the next follow-up asked the hint's own question again, word for word."""
    plan = practice_plan(knowledge, "q01", seed=1)
    state, _ = start(InterviewState(mode="practice", plan=plan), deps)
    state, _ = step(state, answer("q01.k1 q01.k2 q01.k4"), deps)
    assert state.current_probe.key_points == ("q01.k3", "q01.k5")
    state, turns = step(state, Intent(kind="hint"), deps)
    hint = turns[0].text.removeprefix("A hint: ")
    assert hint == knowledge.key_point("q01.k3").hint
    state, turns = step(state, answer("q01.k5"), deps)
    assert not [t for t in turns if t.kind == "follow_up" and hint in t.text]


def test_a_hint_nudges_without_stating_a_key_point(knowledge, deps):
    """No hint, on any guide question or its follow-up, says what a key point says: of a point's
    predicate (its words beyond the question's) a hint repeats one word at most, and never the
    point's opening words, which the hint used to quote."""
    for question in knowledge.guide_questions:
        plan = practice_plan(knowledge, question.id, seed=1)
        state, _ = start(InterviewState(mode="practice", plan=plan), deps)
        hints = []
        for _ in range(2):
            state, turns = step(state, Intent(kind="hint"), deps)
            hints.append(turns[0].text)
        state, _ = step(state, answer(question.key_points[0].id), deps)
        if state.phase is Phase.PROBING:
            state, turns = step(state, Intent(kind="hint"), deps)
            hints.append(turns[0].text)
        asked = content_tokens(f"{question.question} {question.title}")
        for hint in hints:
            assert hint.startswith("A hint: ") and hint.endswith("?")
            for kp in question.key_points:
                predicate = content_tokens(kp.text) - asked
                assert len(content_tokens(hint) & predicate) <= 1, (hint, kp.id)
                assert " ".join(kp.text.split()[:4]) not in hint


def test_a_question_without_hints_in_the_guide_gets_a_nudge_towards_its_area(practice_q03, deps):
    unhinted = dataclasses.replace(deps, key_point_hint=lambda kp: "")
    item = practice_q03.plan[0].model_copy(update={"point_probes": ()})
    state, _ = start(practice_q03.model_copy(update={"plan": (item,)}), unhinted)
    hints = []
    for _ in range(2):
        state, turns = step(state, Intent(kind="hint"), unhinted)
        hints.append(turns[0].text)
    assert hints[0] != hints[1] and all("bias and variance" in h for h in hints)


def test_i_already_said_that_is_read_against_the_earlier_answers(knowledge, deps):
    """ "I already said that" is never graded as an answer: with nothing said yet, the question is
    still open; an earlier answer that made this question's points is taken as its answer (and
    the follow-up asks only for what it missed); a follow-up those words did not answer is asked
    again, after what they did cover."""
    plan = interview_plan(knowledge, 2, seed=1)
    assert [i.id for i in plan] == ["q01", "q02"]
    state, _ = start(InterviewState(mode="interview", plan=plan), deps)
    state, turns = step(state, Intent(kind="already_said"), deps)
    assert [t.kind for t in turns] == ["notice", "question"] and "still open" in turns[0].text
    assert not state.answers and not state.results

    earlier = "q01.k1 q01.k2 q01.k3 q01.k4 q01.k5 and q02.k1 q02.k5"
    state, _ = step(state, answer(earlier), deps)  # all of q01: its feedback, then q02
    state, turns = step(state, Intent(kind="already_said"), deps)
    assert [t.kind for t in turns] == ["notice", "follow_up"]
    assert {p.id for p in state.grade.covered} == {"q02.k1", "q02.k5"}
    assert set(state.current_probe.key_points) == {"q02.k3", "q02.k4"}  # only what it missed

    asked = state
    state, turns = step(state, Intent(kind="already_said"), deps)
    assert [t.kind for t in turns] == ["notice", "follow_up"]
    assert knowledge.key_point("q02.k1").text.rstrip(".")[1:] in turns[0].text
    assert "still open" in turns[0].text and turns[1].text == asked.current_probe.text
    assert state.answers == asked.answers and state.phase is Phase.PROBING


def test_i_already_said_that_closes_a_follow_up_an_earlier_answer_covered(knowledge, deps):
    plan = interview_plan(knowledge, 2, seed=1)
    state, _ = start(InterviewState(mode="interview", plan=plan), deps)
    state, _ = step(state, answer("q01.k1 q01.k2 q01.k3 q01.k4 q01.k5, q02.k3 q02.k4"), deps)
    state, turns = step(state, answer("q02.k1 q02.k2 q02.k5"), deps)  # q01 closed at once
    assert set(state.current_probe.key_points) == {"q02.k3", "q02.k4"}
    state, turns = step(state, Intent(kind="already_said"), deps)
    assert [t.kind for t in turns] == ["notice", "feedback", "summary"]
    assert "count it" in turns[0].text and state.results[-1].grade.score == 1.0


def test_disputing_the_last_feedback_hears_what_was_not_found_and_the_score_stands(knowledge, deps):
    """A tester's "why is that missing? I said it", sent after the feedback, was graded as the
    answer to the next question; a newcomer's, whose answer also made points of the next
    question, was taken as its answer and scored them."""
    plan = interview_plan(knowledge, 2, seed=1)
    state, _ = start(InterviewState(mode="interview", plan=plan), deps)
    state, _ = step(state, answer("q01.k1 q01.k2, and q02.k1 q02.k5"), deps)
    while state.phase is Phase.PROBING:
        state, _ = step(state, answer("nothing more"), deps)
    closed = state.results[-1]
    missed = closed.grade.missed[0].id
    state, turns = step(state, Intent(kind="already_said"), deps)
    assert [t.kind for t in turns] == ["notice", "question"]
    assert "On the last question" in turns[0].text
    assert knowledge.key_point(missed).text.rstrip(".")[1:] in turns[0].text
    assert state.results[-1] == closed and not state.answers  # the score stands, nothing graded
    # "How would you answer it?" now means the question disputed (the walkthrough's got a hint
    # on the open one).
    state, turns = step(state, Intent(kind="model_answer"), deps)
    assert [t.kind for t in turns] == ["feedback", "question"]
    assert turns[0].question_id == closed.item.question_id
    assert turns[1].question_id == state.item.question_id != closed.item.question_id


def test_skip_and_dont_know_move_on_and_count(knowledge, deps):
    state = InterviewState(mode="interview", plan=interview_plan(knowledge, 3, seed=7))
    state, _ = start(state, deps)
    state, turns = step(state, Intent(kind="skip"), deps)
    assert [t.kind for t in turns] == ["notice", "question"]
    assert turns[1].text.startswith("Next question:")  # not "we'll skip that one. Let's move on"
    state, turns = step(state, Intent(kind="dont_know"), deps)
    assert [t.kind for t in turns] == ["feedback", "question"] and turns[0].citations
    assert [r.skipped for r in state.results] == [True, False]
    assert all(r.grade.score == 0 for r in state.results)


def test_drill_switch_mid_interview_keeps_what_was_answered(knowledge, deps):
    state = InterviewState(mode="interview", plan=interview_plan(knowledge, 5, seed=3))
    state, _ = start(state, deps)
    first = state.item
    state, _ = step(state, answer(" ".join(first.key_points[:2])), deps)  # now probing
    state, turns = step(state, Intent(kind="drill", topic="drift"), deps)
    # The answered question's feedback first: it counts, and what was missed or wrong is said
    # (a walkthrough's candidate switched drills with a follow-up pending and heard nothing).
    assert [t.kind for t in turns] == ["feedback", "notice", "question"]
    assert turns[0].question_id == first.question_id and "Missing:" in turns[0].text
    assert state.mode == "drill" and state.topic == "drift" and state.position == 0
    assert all(item.topic == "drift" for item in state.plan) and 3 <= len(state.plan) <= 5
    assert [r.item.id for r in state.results] == [first.id]


def test_a_topic_title_inside_a_sentence_is_written_as_the_product_writes_it(knowledge, deps):
    """A walkthrough's drill switch said "a drill on Bias and variance": a title is lower-cased
    inside a sentence, as the closing line and the topic list say it; an initialism is kept."""
    state = InterviewState(mode="interview", plan=interview_plan(knowledge, 5, seed=3))
    state, _ = start(state, deps)
    unsure = Intent(kind="confirm", proposed="drill", topic="bias-variance", text="bias?")
    _, turns = step(state, unsure, deps)
    assert turns[0].text == "Do you want to switch to a drill on bias and variance?"
    state, turns = step(state, Intent(kind="drill", topic="bias-variance"), deps)
    assert turns[0].text.startswith("Sure, let's switch to a drill on bias and variance:")
    _, turns = step(state, Intent(kind="drill", topic="bias-variance"), deps)
    assert turns[0].text.startswith("We're already drilling bias and variance, on question 1")
    drill = InterviewState(
        mode="drill", topic="mlops", plan=drill_plan(knowledge, "mlops", 3, seed=1).plan
    )
    _, turns = start(drill, deps)
    assert turns[0].text.startswith("Hi! Let's drill MLOps, pipelines and monitoring:")


def test_unknown_topic_lists_the_topics(practice_q03, deps):
    state, _ = start(practice_q03, deps)
    after, turns = step(state, Intent(kind="unknown_topic", topic="astrology"), deps)
    assert (
        "astrology" in turns[0].text
        and "transformers" in turns[0].text
        and "drift" in turns[0].text
    )
    # By the names a candidate says back, not the ids, and the open question is asked again.
    assert "supervised and unsupervised learning" in turns[0].text
    assert "supervised-unsupervised" not in turns[0].text
    assert turns[-1].kind == "question" and state.item.text in turns[-1].text
    assert after.plan == state.plan


def test_end_gives_a_summary_with_study_items_and_a_drill(knowledge, deps):
    state = InterviewState(mode="interview", plan=interview_plan(knowledge, 5, seed=3))
    state, _ = start(state, deps)
    items = []
    for _ in range(2):
        item = state.item
        items.append(item)
        state, _ = step(state, answer(item.key_points[0] + " " + item.key_points[1]), deps)
        state, _ = (
            step(state, Intent(kind="skip"), deps) if state.phase is Phase.PROBING else (state, [])
        )
    state, turns = step(state, Intent(kind="end"), deps)
    summary = turns[-1]
    assert summary.kind == "summary" and state.phase is Phase.FINISHED
    assert len(summary.summary.rows) == 2 and len(summary.summary.study) == 3
    assert summary.summary.drill_next in {i.topic for i in items}
    assert [r.title for r in summary.summary.rows] == [i.title for i in items]  # for the chart
    # Named as a candidate says it, not by its id ("drill me on supervised-unsupervised").
    title = deps.topic_titles[summary.summary.drill_next]
    assert f"drill me on {title[0].lower()}{title[1:]}" in summary.text
    assert summary.summary.drill_next_title
    # Spoken, the closing line names the first point to study; the scorecard lists all three.
    first, second, _ = summary.summary.study
    assert first.text.rstrip(".")[1:] in summary.text and second.text[1:] not in summary.text
    assert "The scorecard lists the others." in summary.text
    state, turns = step(state, answer("more words"), deps)
    assert turns[0].kind == "notice" and "over" in turns[0].text


def test_a_drill_closes_as_a_drill(knowledge, deps):
    """A tester's drill ended "That's the end of our interview"."""
    drill = drill_plan(knowledge, "drift", 4, seed=2)
    state = InterviewState(mode="drill", topic="drift", plan=drill.plan, reserve=drill.reserve)
    state, _ = start(state, deps)
    state, _ = step(state, Intent(kind="skip"), deps)
    _, turns = step(state, Intent(kind="end"), deps)
    assert turns[-1].text.startswith("That's the end of the drill.")


def test_a_practice_question_closes_as_practice(knowledge, deps):
    """A tester's single practice question ended "That's the end of our interview"."""
    plan = practice_plan(knowledge, "q03", seed=0)
    state = InterviewState(mode="practice", plan=plan)
    state, _ = start(state, deps)
    _, turns = step(state, Intent(kind="skip"), deps)
    assert turns[-1].text.startswith("That's the end of this practice question.")


def test_the_strongest_topic_is_judged_on_all_its_questions(deps):
    """A tester's session named metrics strongest after one good answer beside two zeros."""
    rows = tuple(
        SummaryRow(
            item_id=f"{topic}-{n}",
            question_id=f"{topic}-{n}",
            topic=topic,
            score=score,
            covered=(),
            missed=(),
            skipped=False,
        )
        for n, (topic, score) in enumerate(
            [("metrics", 1.0), ("metrics", 0.0), ("metrics", 0.0), ("drift", 0.6)]
        )
    )
    summary = Summary(average=0.4, rows=rows, study=(), drill_next="metrics")
    text = _summary_text(summary, deps, "summary.opening_interview")
    assert "Strongest: model drift." in text  # "Model drift" is a title, not the sentence's
    # A walkthrough's session of 17% and 0% named the 17% "Strongest".
    weak = tuple(
        row.model_copy(update={"score": 0.17 if row.topic == "drift" else 0.0}) for row in rows
    )
    quiet = Summary(average=0.04, rows=weak, study=(), drill_next="metrics")
    assert "Strongest" not in _summary_text(quiet, deps, "summary.opening_interview")
    # The final walkthrough's two topics at 60% each were "Strongest" and "drill next" both.
    tied = tuple(row.model_copy(update={"score": 0.6}) for row in rows)
    even = Summary(average=0.6, rows=tied, study=(), drill_next="metrics")
    assert "Strongest" not in _summary_text(even, deps, "summary.opening_interview")


def test_the_point_to_study_next_is_named_with_its_question(deps, knowledge):
    """A walkthrough's summary said "Study next: the tradeoff is a tension between model
    simplicity and model complexity", and never which tradeoff."""
    kp = knowledge.key_point("q03.k1")
    row = SummaryRow(
        item_id="q03", question_id="q03", topic="bias-variance", score=0.2, covered=(),
        missed=("q03.k1",), skipped=False, title="The bias-variance tradeoff",
    )  # fmt: skip
    study = (Citation(question_id="q03", key_point_id="q03.k1", text=kp.text),)
    summary = Summary(average=0.2, rows=(row,), study=study, drill_next=None)
    text = _summary_text(summary, deps, "summary.opening_interview")
    assert "Study next, on the bias-variance tradeoff: " in text


def test_interview_plan_is_varied_easier_first_without_repeats(knowledge):
    plan = interview_plan(knowledge, 5, seed=11)
    ids = [item.id for item in plan]
    difficulty = [knowledge.question(i).difficulty for i in ids]
    assert len(set(ids)) == 5 and difficulty == sorted(difficulty)
    assert len({item.topic for item in plan}) == 5
    assert interview_plan(knowledge, 5, seed=11) == plan


@pytest.mark.parametrize("topic", ["transformers", "drift"])
def test_drills_on_the_popular_topics_have_four_distinct_questions(knowledge, topic):
    plan = drill_plan(knowledge, topic, 4, seed=2).plan
    assert len({item.text for item in plan}) == 4
    assert all(item.topic == topic for item in plan)


@pytest.mark.parametrize("topic", ["drift", "transformers", "metrics"])
def test_follow_ups_never_repeat_a_question_of_the_plan(knowledge, topic):
    plan = drill_plan(knowledge, topic, 5, seed=4).plan
    asked = {item.id for item in plan}
    assert not {p.id for item in plan for p in item.point_probes} & asked


@pytest.mark.parametrize("topic", ["transformers", "drift"])
def test_no_follow_up_is_asked_twice_in_a_drill(knowledge, deps, topic):
    """Drill items that share a guide question share its trade-offs; each is asked once."""
    drill = drill_plan(knowledge, topic, 5, seed=3)
    state = InterviewState(mode="drill", topic=topic, plan=drill.plan, reserve=drill.reserve)
    state, _ = start(state, deps)
    follow_ups = []
    while state.phase is not Phase.FINISHED:
        item = state.item
        assert item is not None
        message = answer(item.key_points[0]) if state.phase is Phase.ASKING else answer("")
        state, said = step(state, message, deps)
        follow_ups += [t.text.split(". ", 1)[-1] for t in said if t.kind == "follow_up"]
    assert follow_ups and len(follow_ups) == len(set(follow_ups)), follow_ups


def test_unsure_request_is_asked_and_a_no_grades_the_words_as_an_answer(practice_q03, deps):
    state, _ = start(practice_q03, deps)
    unsure = Intent(kind="confirm", proposed="skip", text="q03.k1 I'll leave that")
    state, turns = step(state, unsure, deps)
    assert turns[0].text == "Do you want to skip this question?" and state.pending
    state, turns = step(state, Intent(kind="no"), deps)
    assert state.answers == ("q03.k1 I'll leave that",)  # nothing lost: it was an answer


@pytest.mark.parametrize(
    "kind",
    sorted(
        set(IntentKind)
        - {IntentKind.ANSWER, IntentKind.EMPTY, IntentKind.YES, IntentKind.NO, IntentKind.CONFIRM}
    ),
)
def test_every_request_the_recogniser_is_unsure_of_is_asked_about(practice_q03, deps, kind):
    """A walkthrough's "sorry I not understand, you can say it different?" was unsure between an
    answer and "I already said it", and the interviewer crashed for want of that question's
    wording: the candidate's message went unanswered, and the session could not be resumed."""
    state, _ = start(practice_q03, deps)
    unsure = Intent(kind="confirm", proposed=kind, topic="drift", text="q03.k1 whatever")
    state, turns = step(state, unsure, deps)
    assert turns[0].text.endswith("?") and state.pending


def test_a_yes_carries_out_the_request_asked_about(practice_q03, deps):
    state, _ = start(practice_q03, deps)
    state, _ = step(state, Intent(kind="confirm", proposed="end", text="ok bye"), deps)
    state, turns = step(state, Intent(kind="yes"), deps)
    assert state.phase is Phase.FINISHED and turns[-1].kind == "summary"


def test_a_question_to_the_interviewer_is_set_aside_once_not_graded(practice_q03, deps):
    state, _ = start(practice_q03, deps)
    after, turns = step(state, answer("What salary should I ask for?"), deps)
    assert "question for me rather than an answer" in turns[0].text
    assert turns[-1].kind == "question" and not after.answers and not after.results
    again, turns = step(after, answer("What salary should I ask for?"), deps)
    assert again.answers or again.results  # said again, it is taken as the answer


def test_an_answer_asked_as_a_question_is_graded(practice_q03, deps):
    state, _ = start(practice_q03, deps)
    after, _ = step(state, answer("Isn't it that too simple a model underfits (q03.k2)?"), deps)
    assert after.answers


def test_clarify_rephrases_without_grading(practice_q03, deps, knowledge):
    state, _ = start(practice_q03, deps)
    after, turns = step(state, Intent(kind="clarify"), deps)
    assert any(p in turns[0].text for p in knowledge.question("q03").phrasings)
    assert after.results == state.results and not after.answers
    for kp in knowledge.question("q03").key_points:
        assert kp.text not in turns[0].text  # no key point given away


def test_asking_what_the_question_means_again_gets_other_words(practice_q03, deps, knowledge):
    """Asking "what do you mean?" twice hears two different replies: each phrasing of the
    question in turn, then what the question is about and what kind of answer it wants; the
    same for a follow-up. No reply gives a key point away."""
    state, _ = start(practice_q03, deps)
    replies = []
    for _ in range(len(knowledge.question("q03").phrasings) + 1):
        state, turns = step(state, Intent(kind="clarify"), deps)
        replies.append(turns[0].text)
    assert len(set(replies)) == len(replies)
    assert "own words" in replies[-1] and "on bias and variance." in replies[-1]

    state, _ = step(state, answer("q03.k1"), deps)  # a follow-up is asked
    follow_ups = []
    for _ in range(2):
        state, turns = step(state, Intent(kind="clarify"), deps)
        follow_ups.append(turns[0].text)
    assert follow_ups[0] != follow_ups[1]
    assert all(state.current_probe.text in text for text in follow_ups)
    for text in [*replies, *follow_ups]:
        for kp in knowledge.question("q03").key_points:
            assert kp.text.rstrip(".") not in text


def test_model_answer_is_a_hint_before_answering_and_the_reference_after(knowledge, deps):
    plan = interview_plan(knowledge, 2, seed=1)
    state, _ = start(InterviewState(mode="interview", plan=plan), deps)
    state, turns = step(state, Intent(kind="model_answer"), deps)
    assert turns[0].text.startswith("A hint:")
    first = state.item
    state, _ = step(state, Intent(kind="skip"), deps)
    state, turns = step(state, Intent(kind="model_answer"), deps)
    assert knowledge.question(first.question_id).reference_answer in turns[0].text
    assert {c.key_point_id for c in turns[0].citations} == set(first.key_points)


def test_progress_says_where_and_how_well(knowledge, deps):
    plan = interview_plan(knowledge, 3, seed=1)
    state, _ = start(InterviewState(mode="interview", plan=plan), deps)
    state, _ = step(state, Intent(kind="skip"), deps)
    _, turns = step(state, Intent(kind="progress"), deps)
    said = turns[0].text
    assert "question 2 of 3" in said and "across 1 question, all skipped" in said
    state, _ = step(state, answer(" ".join(state.item.key_points)), deps)
    while state.phase is Phase.PROBING:  # every point made: no follow-up adds to it
        state, _ = step(state, answer(""), deps)
    _, turns = step(state, Intent(kind="progress"), deps)
    assert "50%, across 2 questions, 1 of them skipped (a skip scores 0)" in turns[0].text


def test_a_drill_prefers_questions_not_met_then_those_scored_lowest(knowledge):
    """Among the easy drift questions, the one met before waits its turn, and once all have been
    met, the one scored lowest comes first."""
    easy = [q.id for q in knowledge.questions_on("drift") if q.difficulty == 1]
    first = drill_plan(knowledge, "drift", 3, seed=0).plan[0].id
    assert first in easy and len(easy) >= 2  # easier first
    again = drill_plan(knowledge, "drift", 3, seed=0, history={first: 0.9}).plan[0].id
    assert again in easy and again != first
    scores = {question_id: 0.8 for question_id in easy} | {easy[-1]: 0.2}
    assert drill_plan(knowledge, "drift", 3, seed=0, history=scores).plan[0].id == easy[-1]


def test_a_follow_up_the_candidate_cannot_answer_is_answered_in_the_feedback(
    practice_q03, deps, knowledge
):
    state, _ = start(practice_q03, deps)
    state, turns = step(state, answer("q03.k1"), deps)
    asked = state.current_probe.key_points
    missed_and_asked = [kp for kp in asked if kp != "q03.k1"]
    state, turns = step(state, Intent(kind="dont_know"), deps)
    feedback = next(t for t in turns if t.kind == "feedback")
    cited = [c.key_point_id for c in feedback.citations]
    assert len(missed_and_asked) == 2 and set(missed_and_asked) <= set(cited)
    from interviewer.interview.session import _point_to_teach

    taught = _point_to_teach(feedback, knowledge)  # what the model is asked to explain
    assert taught in {knowledge.key_point(kp).text for kp in missed_and_asked}


# --- adapting a drill to the candidate --------------------------------------------------------


def _close(state, deps, message):
    """Send ``message`` to the question, and to each of its follow-ups, until it is closed;
    return the new state and what the interviewer said after the question."""
    asked = state.item
    said = []
    while state.item is asked and state.phase is not Phase.FINISHED:
        state, turns = step(state, message(asked), deps)
        said += turns
    return state, said


def turns_summary(state, deps):
    from interviewer.core.engine import summarise

    return summarise(state.results, deps)


def strong(item):
    return answer(" ".join(item.key_points))


def weak(item):
    return Intent(kind="dont_know")


def _drill(knowledge, topic, order, reserve=()):
    """A drill on ``topic`` asking the items named in ``order``, with ``reserve`` to draw on."""

    def item(item_id):
        return practice_plan(knowledge, item_id, seed=0)[0].model_copy(update={"topic": topic})

    return InterviewState(
        mode="drill",
        topic=topic,
        plan=without_repeats([item(i) for i in order]),
        reserve=tuple(item(i) for i in reserve),
    )


@pytest.mark.parametrize("topic", ["transformers", "drift", "metrics", "mlops"])
@pytest.mark.parametrize("count", [3, 4, 5, 10])
def test_drill_plans_go_from_easier_to_harder_without_repeats(knowledge, topic, count):
    drill = drill_plan(knowledge, topic, count, seed=5)
    levels = [item.difficulty for item in drill.plan]
    ids = [item.id for item in (*drill.plan, *drill.reserve)]
    assert levels == sorted(levels) and len(ids) == len(set(ids))
    topic_size = len(knowledge.questions_on(topic)) + len(knowledge.topic(topic).practice)
    assert len(drill.plan) == min(count, topic_size) and len(ids) == topic_size


@pytest.fixture
def guide_only_transformers(knowledge_copy):
    """The knowledge base with the transformers folder taken out: the topic has only the guide's
    question, as a pack's topic may have few, so practice questions fill the drill."""
    import shutil

    from interviewer.knowledge.schema import load_knowledge

    shutil.rmtree(knowledge_copy / "questions" / "transformers")
    return load_knowledge(knowledge_copy)


def test_a_drill_asks_the_topics_own_questions_when_it_has_enough(knowledge):
    plan = drill_plan(knowledge, "transformers", 10, seed=0).plan
    assert len(plan) == 10 and all(item.id == item.question_id for item in plan)


def test_a_practice_question_comes_before_the_guide_question_it_is_a_piece_of(
    guide_only_transformers,
):
    knowledge = guide_only_transformers
    plan = drill_plan(knowledge, "transformers", 10, seed=0).plan
    assert [item.id for item in plan][-1] == "q05"  # the whole question, hardest, last
    assert {item.difficulty for item in plan[:-1]} == {knowledge.question("q05").difficulty - 1}


def test_a_drill_with_fewer_questions_than_asked_asks_them_all_and_says_so(
    guide_only_transformers, deps
):
    drill = drill_plan(guide_only_transformers, "transformers", 10, seed=0)
    state = InterviewState(mode="drill", topic="transformers", plan=drill.plan, requested=10)
    _, turns = start(state, deps)
    assert "6 questions" in turns[0].text and "You asked for 10, but I have 6" in turns[0].text
    _, turns = start(state.model_copy(update={"requested": 6}), deps)
    assert "You asked for" not in turns[0].text


def test_two_strong_answers_bring_a_harder_question_next(knowledge, deps):
    state, _ = start(_drill(knowledge, "drift", ["drift.p3", "drift.p4", "drift.p1", "q10"]), deps)
    state, said = _close(state, deps, strong)
    assert not any(t.kind == "notice" for t in said)  # one strong answer is not a run
    state, said = _close(state, deps, strong)
    assert said[-2].kind == "notice" and said[-2].text in load_wording()["adapt"]["harder"]
    assert state.item.id == "q10" and said[-1].question_id == "q10"  # drift.p1 is skipped over
    assert state.item.chosen == "harder" and state.item.difficulty == 2
    assert [i.id for i in state.plan] == ["drift.p3", "drift.p4", "q10", "drift.p1"]


def test_a_question_chosen_by_adapting_starts_a_new_run(knowledge, deps):
    order = ["drift.p3", "drift.p4", "drift.p1", "q10", "drift.p2", "q11"]
    state, _ = start(_drill(knowledge, "drift", order), deps)
    notices = []
    while state.phase is not Phase.FINISHED:
        state, said = _close(state, deps, strong)
        notices.append(sum(t.kind == "notice" for t in said))
    assert notices == [0, 1, 0, 1, 0, 0]  # after p3 and p4, q10; after q10 and p1, q11
    asked = [r.item.id for r in state.results]
    assert asked == ["drift.p3", "drift.p4", "q10", "drift.p1", "q11", "drift.p2"]
    assert [r.chosen for r in turns_summary(state, deps).rows].count("harder") == 2


def test_two_weak_answers_bring_a_simpler_question_on_the_point_missed(knowledge, deps):
    """drift.p3 asks only for q10.k3, the first point missed on drift.p2; it is in the reserve
    and takes the place of the question planned next, so the drill keeps its length."""
    order = ["drift.p1", "drift.p2", "drift.p5", "q10", "q11"]
    state, _ = start(_drill(knowledge, "drift", order, reserve=["drift.p3"]), deps)
    state, said = _close(state, deps, weak)
    state, said = _close(state, deps, weak)
    bridge = said[-2]
    assert bridge.kind == "notice" and "basics" in bridge.text
    # A whole sentence, naming the question the point was missed on (a walkthrough read the
    # point's first half cut with "…" as a line the chat had shortened), not the point itself,
    # which the question after it asks for.
    assert bridge.text.endswith(".") and "…" not in bridge.text and "..." not in bridge.text
    missed_on = state.plan[1].title
    assert missed_on and missed_on.lower() in bridge.text.lower()
    assert knowledge.key_point("q10.k3").text.split(" is ")[1][:20] not in bridge.text
    assert state.item.id == "drift.p3" and state.item.chosen == "simpler"
    assert state.item.revisits == "q10.k3" and state.item.difficulty <= 1
    assert [i.id for i in state.plan] == ["drift.p1", "drift.p2", "drift.p3", "q10", "q11"]
    assert [i.id for i in state.reserve] == ["drift.p5"]


def test_a_weak_answer_to_the_simpler_question_keeps_the_drill_easy(knowledge, deps):
    """A tester, stuck, was given "back to basics", answered it with 0 too, and got the hardest
    question next: a third weak answer keeps looking for a simpler one."""
    order = ["drift.p1", "drift.p2", "drift.p5", "q10", "q11"]
    state, _ = start(_drill(knowledge, "drift", order, reserve=["drift.p3", "drift.p4"]), deps)
    for _ in range(3):
        state, said = _close(state, deps, weak)
    assert state.item.chosen == "simpler" and said[-2].kind == "notice"
    assert state.item.difficulty <= 1


def test_a_simpler_question_may_list_the_missed_point_under_another_id(knowledge, deps):
    """Questions written apart do not share key point ids: a point of another question that says
    much the same (the grader's akin points) counts as the missed one."""
    order, reserve = ["drift.p1", "drift.p2", "q10", "q11"], ["drift.p5"]

    def revisited(akin_points):
        state, _ = start(_drill(knowledge, "drift", order, reserve), akin_points)
        for _ in range(2):
            state, _ = _close(state, akin_points, weak)
        return state.item.id, state.item.revisits

    assert revisited(deps) == ("q10", None)  # none asks for it and none is easier: the plan goes on
    akin = {"q10.k3": {"q10.k3", "q11.k3"}}
    with_akin = dataclasses.replace(deps, akin_points=lambda kp: akin.get(kp, {kp}))
    assert revisited(with_akin) == ("drift.p5", "q10.k3")


def test_a_simpler_question_comes_from_the_plan_when_the_plan_has_one(knowledge, deps):
    order = ["drift.p1", "drift.p2", "drift.p5", "drift.p4", "q10"]
    state, _ = start(_drill(knowledge, "drift", order), deps)
    state, _ = _close(state, deps, weak)
    state, said = _close(state, deps, lambda item: Intent(kind="skip"))
    assert state.item.id == "drift.p4"  # asks for q10.k4, which drift.p2 missed too
    assert "concept drift" in said[-2].text.lower()  # the point it goes back to
    assert [i.id for i in state.plan] == ["drift.p1", "drift.p2", "drift.p4", "drift.p5", "q10"]


@pytest.mark.parametrize("topic", ["transformers", "drift", "metrics", "bias-variance"])
@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize(
    "pattern", ["ssssssssss", "wwwwwwwwww", "swswswswsw", "sswwsswwss", "wwsswwssww"]
)
def test_an_adapting_drill_keeps_its_length_and_never_repeats(
    knowledge, deps, topic, seed, pattern
):
    drill = drill_plan(knowledge, topic, 5, seed=seed)
    state = InterviewState(mode="drill", topic=topic, plan=drill.plan, reserve=drill.reserve)
    state, _ = start(state, deps)
    for kind in pattern:
        if state.phase is Phase.FINISHED:
            break
        state, _ = _close(state, deps, strong if kind == "s" else weak)
    ids = [r.item.id for r in state.results]
    assert len(ids) == len(drill.plan) and len(set(ids)) == len(ids)
    asked = [_words(r.item.text) for r in state.results] + list(state.asked_probes)
    assert len(set(asked)) == len(asked), asked


def test_mixed_answers_keep_the_plan_easier_to_harder(knowledge, deps):
    """Strong and weak answers in turn make no run: the drill asks its plan in order."""
    drill = drill_plan(knowledge, "drift", 10, seed=0)
    state = InterviewState(mode="drill", topic="drift", plan=drill.plan, reserve=drill.reserve)
    state, _ = start(state, deps)
    for n in range(len(drill.plan)):
        state, said = _close(state, deps, strong if n % 2 else weak)
        assert not any(t.kind == "notice" for t in said)
    assert [r.item.id for r in state.results] == [i.id for i in drill.plan]
    levels = [r.item.difficulty for r in state.results]
    assert levels == sorted(levels) and levels[0] < levels[-1]


def test_an_interview_does_not_adapt(knowledge, deps):
    state, _ = start(InterviewState(mode="interview", plan=interview_plan(knowledge, 5, 3)), deps)
    plan = state.plan
    while state.phase is not Phase.FINISHED:
        state, said = _close(state, deps, strong)
        assert not any(t.kind == "notice" for t in said)
    assert [r.item.id for r in state.results] == [i.id for i in plan]


def test_a_point_made_in_another_question_is_not_on_the_study_list(knowledge, deps):
    """A practice question shares key points with its guide question: a point missed in one
    and made in the other is known, so it is not given as something to study."""
    from interviewer.core.engine import QuestionResult, summarise

    (guide,) = practice_plan(knowledge, "q10", seed=0)
    (practice,) = practice_plan(knowledge, "drift.p1", seed=0)
    shared = next(kp for kp in practice.key_points if kp in guide.key_points)

    def result(item, covered):
        points = [PointMatch(id=kp, text=knowledge.key_point(kp).text) for kp in item.key_points]
        made = [p.model_copy(update={"span": "said"}) for p in points if p.id in covered]
        grade = Grade(
            question_id=item.question_id,
            score=len(made) / len(points),
            covered=tuple(made),
            missed=tuple(p for p in points if p.id not in covered),
            misconceptions=(),
        )
        return QuestionResult(item=item, grade=grade)

    summary = summarise((result(guide, {shared}), result(practice, set())), deps)
    assert shared not in {c.key_point_id for c in summary.study}
    assert summary.study  # the points missed everywhere are still there


def test_only_a_point_said_in_full_is_praised(knowledge, deps):
    """A point credited on meaning alone may have been made only in part: the verdict states it
    plainly instead of calling it right."""
    from interviewer.core.engine import _feedback

    (item,) = practice_plan(knowledge, "q03", seed=0)
    first, second, *rest = item.key_points

    def point(kp, **extra):
        return PointMatch(id=kp, text=knowledge.key_point(kp).text, **extra)

    grade = Grade(
        question_id="q03",
        score=0.4,
        covered=(point(first, span="said", in_full=True), point(second, span="said")),
        missed=tuple(point(kp) for kp in rest),
        misconceptions=(),
    )
    said = _feedback(item, grade, deps).text
    first_text = knowledge.key_point(first).text.rstrip(".").lower()
    second_text = knowledge.key_point(second).text.rstrip(".").lower()
    assert said.lower().startswith(f"good: {first_text}")
    assert f"right idea; to say it in full: {second_text}" in said.lower()
    assert second_text not in said.lower().split("right idea; to say it in full")[0]


def test_ending_during_a_follow_up_gives_the_answer_its_feedback_first(knowledge, deps):
    """The answer counts in the scorecard, so the candidate hears what it got right and wrong
    before the scorecard, as after any other answer."""
    state = InterviewState(mode="interview", plan=interview_plan(knowledge, 3, seed=3))
    state, _ = start(state, deps)
    item = state.item
    state, _ = step(state, answer(item.key_points[0]), deps)
    assert state.phase is Phase.PROBING
    state, turns = step(state, Intent(kind="end"), deps)
    assert [t.kind for t in turns] == ["feedback", "summary"]
    assert turns[0].question_id == item.question_id
    assert len(turns[1].summary.rows) == 1


def test_a_question_answered_in_full_suggests_no_drill_on_its_topic(knowledge, practice_q03, deps):
    """A tester's drill at 100% closed with "To practise more, say: drill me on metrics"."""
    reference = " ".join(kp.id for kp in knowledge.question("q03").key_points)
    state, turns = step(practice_q03, answer(reference), deps)
    while state.phase is Phase.PROBING:
        state, turns = step(state, answer(reference), deps)
    if state.phase is not Phase.FINISHED:
        state, turns = step(state, Intent(kind="end"), deps)
    [summary] = [t for t in turns if t.kind == "summary"]
    assert summary.summary.average == 1.0
    assert summary.summary.drill_next is None and "drill me on" not in summary.text


def test_a_term_outside_the_question_is_defined_from_the_guide(practice_q03, deps, knowledge):
    """ "What does PSI mean?" on a bias-variance question: rephrasing the question would not
    help, so the guide's own sentence on PSI is said, then the question; nothing is graded."""
    defines = dataclasses.replace(
        deps,
        asked_term=lambda message: "psi" if "PSI" in message else "",
        defining_point=lambda term: "drift-08.k1" if term == "psi" else "",
        spelled_out=lambda term: "Population Stability Index" if term == "psi" else "",
    )
    state, _ = start(practice_q03, defines)
    after, turns = step(state, Intent(kind="clarify", text="What does PSI mean?"), defines)
    assert "short for Population Stability Index" in turns[0].text
    assert knowledge.key_point("drift-08.k1").text in turns[0].text
    assert state.item.text in turns[0].text
    assert after.results == state.results and not after.answers
    # A term of the question itself gets the question in other words, as before.
    _, turns = step(state, Intent(kind="clarify", text="What does variance mean?"), defines)
    assert knowledge.key_point("drift-08.k1").text not in turns[0].text


def test_progress_answers_what_was_asked(knowledge, deps):
    """ "How many questions are left?" was answered "We're on question 5 of 5": it hears how
    many are left (or that this is the last one), and the score only when asked for it."""
    counting = dataclasses.replace(
        deps,
        asks_left=lambda m: "left" in m,
        asks_score=lambda m: "score" in m,
    )
    drill = InterviewState(
        mode="drill", topic="drift", plan=drill_plan(knowledge, "drift", 3, 1).plan
    )
    state, _ = start(drill, counting)
    _, turns = step(state, Intent(kind="progress", text="how many are left?"), counting)
    assert "After this one, 2 more to go." in turns[0].text and "number stays" in turns[0].text
    assert "scored" not in turns[0].text
    _, turns = step(state, Intent(kind="progress", text="my score?"), counting)
    assert "more to go" not in turns[0].text and "No questions are scored yet" in turns[0].text
    _, turns = step(state, Intent(kind="progress"), counting)  # neither in particular: both
    assert "more to go" in turns[0].text and "scored" in turns[0].text
    plan = interview_plan(knowledge, 2, seed=1)
    state, _ = start(InterviewState(mode="interview", plan=plan), counting)
    state, _ = step(state, Intent(kind="skip"), counting)
    _, turns = step(state, Intent(kind="progress", text="questions left?"), counting)
    assert turns[0].text == "We're on question 2 of 2. This is the last one."


def test_words_pointing_back_at_an_earlier_answer_are_not_graded(knowledge, deps):
    """An answer that opens with "I said that already" and earns nothing on the question open
    now, to which nothing has been said, objects: it is read as "I already said that"."""
    pointing = dataclasses.replace(deps, points_back=lambda m: m.startswith("but I said"))
    plan = interview_plan(knowledge, 2, seed=1)
    state, _ = start(InterviewState(mode="interview", plan=plan), pointing)
    state, _ = step(state, answer("q01.k1 q01.k2 q01.k3"), pointing)
    state, _ = step(state, Intent(kind="drill", topic="drift"), pointing)
    assert state.just_closed is not None and state.just_closed.id == "q01"  # left, with feedback
    before = state
    state, turns = step(state, answer("but I said that already, it needs labels"), pointing)
    assert [t.kind for t in turns] == ["notice", "question"] and "score stands" in turns[0].text
    assert state.results == before.results and not state.answers
    # Words that earn something on the open question are its answer, however they open.
    item = state.item
    state, turns = step(state, answer(f"but I said that already, {item.key_points[0]}"), pointing)
    assert state.answers or state.results != before.results


def test_a_point_said_in_other_words_is_restated_in_wordings_that_vary_by_question(knowledge, deps):
    """Every feedback of a walkthrough opened "Right idea; to say it in full:". The finding (said
    in other words, here in full) has several wordings: each question keeps one, so a replay
    says the same, and the guide's questions do not all open alike."""
    wording = load_wording()["feedback"]
    variants = [*wording["restated"], *wording["restated_point"]]
    openings = {}
    for question in knowledge.guide_questions:
        (item,) = practice_plan(knowledge, question.id, seed=1)
        kp = item.key_points[0]
        said = []
        for _ in range(2):
            state, _ = start(InterviewState(mode="practice", plan=(item,)), deps)
            state, turns = step(state, answer(kp), deps)  # credited, not said in full
            if state.phase is Phase.PROBING:
                state, turns = step(state, answer("no idea"), deps)
            said.append(next(t.text for t in turns if t.kind == "feedback"))
        assert said[0] == said[1]
        opening = next(v.split("$")[0] for v in variants if said[0].startswith(v.split("$")[0]))
        text = knowledge.key_point(kp).text.rstrip(".")
        assert f"{opening}{text}".lower() in said[0].lower()
        openings[question.id] = opening
    assert len(set(openings.values())) > 2


@pytest.mark.parametrize(
    ("covered", "wrong", "whole"),
    [
        (["q03.k2"], [], False),  # one point of five, in other words: a weak answer
        (["q03.k2", "q03.k3", "q03.k1"], [], True),
        (["q03.k2", "q03.k3", "q03.k1"], ["q03.m3"], False),  # something to correct first
    ],
)
def test_an_opener_that_praises_the_whole_answer_fits_its_grade(
    knowledge, deps, covered, wrong, whole
):
    """ "That's the gist", "Right idea", "You have the idea" praise the whole answer: a
    walkthrough's guess that scored 28% opened on "That's the gist". They open only the
    feedback of an answer that is not weak and states nothing wrong; any other hears the same
    finding said of the point ("You touched on this; ...")."""
    wording = load_wording()["feedback"]
    praise = [v.split("$")[0] for v in wording["restated"]]
    of_the_point = [v.split("$")[0] for v in wording["restated_point"]]
    plan = practice_plan(knowledge, "q03", seed=1)
    for item in [plan[0], *(plan[0].model_copy(update={"id": f"q03-{n}"}) for n in range(3))]:
        state, _ = start(InterviewState(mode="practice", plan=(item,)), deps)
        state, turns = step(state, answer(" ".join([*covered, *wrong])), deps)
        if state.phase is Phase.PROBING:
            state, turns = step(state, answer("no idea"), deps)
        text = next(t.text for t in turns if t.kind == "feedback")
        assert any(o in text for o in praise) is whole, text
        assert any(o in text for o in of_the_point) is not whole, text


# --- a whole question with its follow-up, graded by the real grader (no model) -----------------

FAMILIES = "Give me a concrete business problem for each family, and say why it fits there."
BOTH_FAMILIES = (  # q01.k1 and q01.k4: the follow-up asks for examples (q01.t2, k3 and k5)
    "Supervised learning uses labelled data, each example has the correct output. Unsupervised "
    "learning has no labels and finds structure in the data."
)
TEMPERATURE = "classification-regression.p2"  # "Your team forecasts tomorrow's temperature ..."
BOTH_KINDS = (  # q02.k1 to k3: the follow-up is the narrower question on temperature (k4)
    "Classification when you predict a category, like spam. Regression when you predict a "
    "continuous numeric value."
)


@pytest.fixture(scope="module")
def graded(knowledge, embeddings):
    """Deps whose grade is the session's: the grader, with a follow-up's answer read as
    ``judging.follow_up`` reads it."""
    from interviewer.judging.claim_checker import ClaimChecker
    from interviewer.judging.follow_up import grade_with_follow_up
    from interviewer.judging.grader import Grader
    from interviewer.judging.matching import Matcher

    matcher = Matcher(knowledge, embeddings)
    grader = Grader(matcher, checker=ClaimChecker(matcher))
    return _deps_grading_by(
        knowledge,
        lambda answer, item, follow_up="", probed=(), probe="": grade_with_follow_up(
            grader, knowledge, answer, item.key_points, item.question_id, follow_up, probed, probe
        ),
    )


def _followed_up(knowledge, deps, question_id, first, probe_id, reply):
    """The question answered, its follow-up (``probe_id``) asked, and ``reply`` to it: the
    feedback the candidate reads."""
    state, _ = start(
        InterviewState(mode="practice", plan=practice_plan(knowledge, question_id, seed=1)), deps
    )
    state, turns = step(state, answer(first), deps)
    assert [t.kind for t in turns] == ["follow_up"] and state.current_probe.id == probe_id
    state, turns = step(state, answer(reply), deps)
    return next(t for t in turns if t.kind == "feedback")


def _missing(feedback) -> str:
    """The "Missing: ..." sentence of a feedback, or ""."""
    return feedback.text.partition("Missing: ")[2]


@pytest.mark.parametrize(
    ("reply", "stated"),
    [
        (  # the walkthrough's, in the real app: told it missed both
            "Churn prediction is supervised, we have past customers labelled churned or not. "
            "Customer segmentation is unsupervised, there are no labels, we just group similar "
            "customers.",
            {"q01.k3", "q01.k5"},
        ),
        (
            "Fraud detection is supervised because we have past transactions marked fraud or "
            "not. Grouping shoppers by how they behave is unsupervised, nobody labels the groups.",
            {"q01.k3"},
        ),
        (
            "For supervised, whether a patient is sick or healthy, since we have diagnosed "
            "cases. For unsupervised, segmenting users into groups with similar behaviour, there "
            "is no label.",
            {"q01.k5"},
        ),
        ("Spam or not spam is supervised, we have emails marked by users.", {"q01.k3"}),
    ],
)
def test_examples_given_to_a_follow_up_are_not_listed_missing(knowledge, graded, reply, stated):
    """Asked for a business problem of each family, a candidate who names one (an example
    with its two outcomes, "churned or not"; a grouping of similar customers) is not told
    "Missing: typical supervised tasks are ..." for it."""
    feedback = _followed_up(knowledge, graded, "q01", BOTH_FAMILIES, "q01.t2", reply)
    credited = {p.id for p in feedback.grade.covered}
    assert stated <= credited
    for kp in stated:
        assert knowledge.key_point(kp).text.rstrip(".").lower() not in _missing(feedback).lower()


@pytest.mark.parametrize(
    "reply",
    [
        "that's regression, a continuous value",  # the walkthrough's
        "It's a regression problem since temperature is a number that can take any value.",
        "hmm, that would be regression, you predict a real number",
        "I'd say that's regression.",
    ],
)
def test_a_follow_up_answer_is_read_with_the_probes_subject(knowledge, graded, reply):
    """ "That's regression", answered to "Your team forecasts tomorrow's temperature for a
    city. What kind of prediction problem is that?", says that temperature forecasting is
    regression (q02.k4): the subject is in the probe."""
    feedback = _followed_up(knowledge, graded, "q02", BOTH_KINDS, TEMPERATURE, reply)
    assert "q02.k4" in {p.id for p in feedback.grade.covered}
    assert "temperature" not in _missing(feedback)


@pytest.mark.parametrize(
    ("question_id", "first", "probe_id", "reply", "still_missing"),
    [
        # the probe's words with the wrong kind, or none of the point's
        ("q02", BOTH_KINDS, TEMPERATURE, "that's classification, hot or cold", "q02.k4"),
        ("q02", BOTH_KINDS, TEMPERATURE, "that's a tough one, no idea", "q02.k4"),
        ("q01", BOTH_FAMILIES, "q01.t2", "No idea, something with customers.", "q01.k5"),
        ("q01", BOTH_FAMILIES, "q01.t2", "Customers again, it fits because it's common.", "q01.k3"),
    ],
)  # fmt: skip
def test_a_follow_up_answer_earns_nothing_by_the_probes_words(
    knowledge, graded, question_id, first, probe_id, reply, still_missing
):
    """What the probe names is not the candidate's: read after it, "that's classification"
    is no temperature forecast called regression, and a vague reply earns nothing."""
    feedback = _followed_up(knowledge, graded, question_id, first, probe_id, reply)
    assert still_missing in {p.id for p in feedback.grade.missed}


@pytest.mark.parametrize(
    ("question_id", "first", "corrects"),
    [
        (  # a claim the guide does not back: cautioned, not followed up
            "q01",
            "Supervised learning uses labels. Unsupervised learning is always more accurate than "
            "supervised learning.",
            "One caution:",
        ),
        (
            "q01",
            "Supervised learning trains on labelled examples. Unsupervised learning still needs "
            "labelled input-output pairs to learn.",
            "One correction:",
        ),
        (
            "q02",
            "Classification is for categories like spam. A churn model that outputs a probability "
            "is doing regression.",
            "One correction:",
        ),
        (
            "q02",
            "Regression is for continuous numbers like house prices, and classification is always "
            "more accurate than regression.",
            "One caution:",
        ),
    ],
)
def test_a_wrong_statement_is_corrected_at_once_not_followed_up(
    knowledge, graded, question_id, first, corrects
):
    """A misconception, a point stated wrong or a claim the guide does not back in the first
    answer is said first, in the feedback that comes at once: a follow-up before it lets the
    candidate go on believing it."""
    plan = practice_plan(knowledge, question_id, seed=1)
    state, _ = start(InterviewState(mode="practice", plan=plan), graded)
    state, turns = step(state, answer(first), graded)
    assert turns[0].kind == "feedback" and turns[0].text.startswith(corrects)
    assert "follow_up" not in [t.kind for t in turns]


BIAS_SIDE = (  # q03.k1 and q03.k2: the follow-up asks which side overfitting is (q03.t1)
    "It's a tension between a simple model and a complex one. High bias means underfitting, the "
    "model is too simple and misses the real patterns."
)
HOUSE_PRICES = "Regression predicts a continuous number, like a house price."  # q02.t1 follows


@pytest.mark.parametrize(
    ("question_id", "first", "probe_id", "reply", "corrected"),
    [
        # the walkthrough's, in the real app: heard "Right idea; ..."
        ("q03", BIAS_SIDE, "q03.t1", "That is the bias side, so I'd make it bigger.", "q03.k3"),
        ("q03", BIAS_SIDE, "q03.t1", "hmm I reckon high bias? I'd add more layers", "q03.k3"),
        (
            "q03", BIAS_SIDE, "q03.t1",
            "In my view this constitutes the bias side of the trade-off; accordingly one ought to "
            "enlarge the model.",
            "q03.k3",
        ),
        ("q03", BIAS_SIDE, "q03.t1", "bias. more features", "q03.k3"),
        # a probe that offers the other term: "Does that make it a regression model?"
        ("q02", HOUSE_PRICES, "q02.t1", "it's regression i guess", "q02.k5"),
        ("q02", HOUSE_PRICES, "q02.t1", "regression, since it outputs a probability", "q02.k5"),
    ],
)  # fmt: skip
def test_a_follow_up_that_asks_to_choose_answered_with_the_other_choice_is_corrected(
    knowledge, graded, question_id, first, probe_id, reply, corrected
):
    """Asked which side of the tradeoff a model that overfits is on, "the bias side" is the
    wrong choice: the feedback opens on the correction, not on praise, and the point is not
    credited."""
    feedback = _followed_up(knowledge, graded, question_id, first, probe_id, reply)
    assert feedback.text.startswith("One correction:")
    assert corrected in {m.corrects for m in feedback.grade.misconceptions}
    assert corrected not in {p.id for p in feedback.grade.covered}


@pytest.mark.parametrize(
    "reply",
    [
        "It's the variance side, it overfits, so I'd regularise.",
        "Not bias, that's variance: it memorises the training set.",
        "Low bias, I'd say, so try regularisation first.",
        "I'm not sure which side, I'd try getting more data.",
        "Variance rather than bias, so I'd get more data or regularise.",
    ],
)
def test_a_follow_up_answered_with_the_right_choice_or_none_is_not_corrected(
    knowledge, graded, reply
):
    """The right side, the other side denied or qualified the other way ("low bias"), or no
    side at all: nothing to correct."""
    feedback = _followed_up(knowledge, graded, "q03", BIAS_SIDE, "q03.t1", reply)
    assert not feedback.grade.misconceptions
    assert "correction" not in feedback.text


@pytest.mark.parametrize(
    ("question_id", "guess"),
    [
        ("q07", "dunno. balanced?"),  # the final walkthrough's: 28%, "That's the gist; ..."
        ("q07", "erm, when the classes are balanced maybe, that's all I got"),
        ("q03", "Something about models being too simple, I think? Not sure beyond that."),
    ],
)
def test_a_weak_guess_is_not_praised_as_a_whole(knowledge, graded, question_id, guess):
    """A guess that earns one point in other words hears that point restated, never an opener
    that praises the whole answer."""
    plan = practice_plan(knowledge, question_id, seed=1)
    state, _ = start(InterviewState(mode="practice", plan=plan), graded)
    state, turns = step(state, answer(guess), graded)
    if state.phase is Phase.PROBING:
        state, turns = step(state, Intent(kind="dont_know", text="no idea"), graded)
    feedback = next(t for t in turns if t.kind == "feedback")
    assert feedback.grade.score < Settings().weak_answer
    praise = [v.split("$")[0] for v in load_wording()["feedback"]["restated"]]
    assert not any(o in feedback.text for o in praise), feedback.text


P_OF_X = "Covariate shift is when the input distribution P(x) changes while P(y|x) stays the same."


@pytest.mark.parametrize(
    "reply",
    [
        # the walkthrough's words, in the real app listed drift-02.k4 missing
        "compare production inputs with training ones, KS test, PSI, no labels needed",
        "yep!! just check if the feature distributions moved vs training, KS or PSI, labels not "
        "required",
        "I would compare the histograms of production features with the training features, no "
        "need to wait for labels.",
        "Indeed one can: the shift concerns P(x) alone, so a two-sample test of incoming features "
        "against the training sample suffices, no labels required.",
    ],
)
def test_a_point_said_unlabelled_is_said_by_no_labels(knowledge, graded, reply):
    """Asked whether covariate shift can be told without labels, "no labels needed" says the
    point's "unlabeled production inputs": it does not name the rival term "labelled"
    (confusables.yaml), and it is the point's word with its negative prefix."""
    feedback = _followed_up(knowledge, graded, "drift-02", P_OF_X, "drift-02.t2", reply)
    assert "drift-02.k4" in {p.id for p in feedback.grade.covered}
    assert "unlabeled production inputs" not in _missing(feedback)


@pytest.mark.parametrize(
    "reply",
    [
        "No, you need labels from production before you can tell anything.",
        "only once the labels come back from production",
        "Not without labels, I think.",
    ],
)
def test_no_labels_earns_nothing_where_labels_are_said_to_be_needed(knowledge, graded, reply):
    feedback = _followed_up(knowledge, graded, "drift-02", P_OF_X, "drift-02.t2", reply)
    assert "drift-02.k4" not in {p.id for p in feedback.grade.covered}


@pytest.mark.parametrize(
    ("question_id", "answer", "point"),
    [
        # What stays and what changes given to the wrong side, a replacement said the other way
        # round, an example filed under the other side: the terms are right, the relation wrong.
        (
            "backpropagation-07",
            "Value clipping caps every element but the direction of the gradient stays intact.",
            "backpropagation-07.k4",
        ),
        (
            "mlops-03",
            "after version 2.9 mlflow replaced aliases with the staging and production stages",
            "mlops-03.k6",
        ),
        (
            "q01",
            "Supervised learning uses labelled data, each input has its correct output. K-means "
            "is definitely supervised because you give it k.",
            "q01.k5",
        ),
    ],
)
def test_a_relation_said_the_wrong_way_round_is_corrected_first_and_never_praised(
    knowledge, embeddings, question_id, answer, point
):
    from interviewer.judging.grader import Grader
    from interviewer.judging.matching import Matcher

    grader = Grader(Matcher(knowledge, embeddings))
    deps = _deps_grading_by(
        knowledge,
        lambda text, item, follow_up="", probed=(), probe="": grader.grade(
            text, item.key_points, item.question_id, follow_up, probed
        ),
    )
    state = InterviewState(mode="practice", plan=practice_plan(knowledge, question_id, seed=1))
    state, _ = start(state, deps)
    for reply in (answer, "I don't know", "I don't know"):
        state, turns = step(state, Intent(kind="answer", text=reply), deps)
        feedback = next((t for t in turns if t.kind == "feedback"), None)
        if feedback is not None:
            break
    assert feedback is not None
    right = knowledge.key_point(point).text.rstrip(".").lower()
    opening = load_wording()["feedback"]["correction"].split("$")[0]
    # The correction opens the turn and states the point; no "Good: ..." praises it.
    assert feedback.text.startswith(opening), feedback.text
    assert right in feedback.text.lower()
    praised = feedback.text.split("Good:")[1:] or [""]
    assert right not in praised[0].split("Missing:")[0].lower()
