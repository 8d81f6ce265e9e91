"""A full drill end to end with the embedded model, the guard between it and the candidate."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from evals.grading import load_answers
from interviewer.core.engine import Phase
from interviewer.interview.session import InterviewSession, Services
from interviewer.judging.guard import REPEATS_VERDICT
from interviewer.llm.backends import shared_llama
from interviewer.settings import Settings

STRONG = {r.question_id: r.answer for r in load_answers() if r.label == "strong"}


@pytest.mark.slow
def test_full_drill_with_the_embedded_model(tmp_path):
    services = Services.build(Settings(data_dir=tmp_path, llm="embedded"))
    session, _ = InterviewSession.new(services, "drill", topic="drift", questions=3)
    streamed: list[str] = []
    turns = []
    for _ in range(12):
        if session.state.phase is Phase.FINISHED:
            break
        item = session.state.item
        if session.state.phase is Phase.PROBING:
            message = "I don't know."
        else:
            message = STRONG.get(item.question_id, STRONG["q10"])
        turns += session.send(message, on_text=streamed.append)
    assert session.state.phase is Phase.FINISHED and turns[-1].kind == "summary"
    feedback = [t for t in turns if t.kind == "feedback"]
    assert len(feedback) == 3
    phrased = [t for t in feedback if t.source == "model"]
    assert phrased, "the model phrased no feedback at all"
    for turn in phrased:
        assert turn.backend == "embedded" and turn.tokens["completion"] > 0 and turn.guard
        for removed in (v for v in turn.guard if not v.verdict.kept):
            # What the guard removed is never shown; a sentence removed because it says again
            # what the verdict said may be shown once, as the verdict, in the same words.
            shown = 1 if removed.reason == REPEATS_VERDICT else 0
            assert turn.text.count(removed.text) <= shown, removed
        assert turn.grade is not None and turn.citations
    assert "".join(streamed).strip()  # the kept sentences streamed as they were judged
    stored = [t for t in services.store.turns(session.id) if t.kind == "feedback"]
    assert [t.guard for t in stored] == [t.guard for t in feedback]  # verdicts kept for audit


@pytest.mark.slow
def test_the_feedback_prompt_is_read_while_the_candidate_answers(tmp_path):
    """After the question is asked, the model's context already holds the feedback prompt's
    fixed part (the question and its facts), so only the point to teach is left to read."""
    services = Services.build(Settings(data_dir=tmp_path, llm="embedded"))
    InterviewSession.new(services, "practice", item="q10")  # the question is on screen
    model = services.model
    llama, lock = shared_llama(model.model_path, model.n_ctx, model.n_threads)
    question = services.knowledge.question("q10").question
    read = ""
    deadline = time.monotonic() + 180
    while question not in read and time.monotonic() < deadline:
        time.sleep(1)
        with lock:
            read = llama.detokenize(llama.input_ids[: llama.n_tokens].tolist()).decode(
                "utf-8", "replace"
            )
    assert question in read


@pytest.mark.slow
def test_a_chat_whose_feedback_runs_out_of_time_still_prints_its_end(tmp_path):
    """A tester's chats ended with exit code 139, or stopped printing mid-session: the model was
    loaded by the first reply's thread, and llama-cpp-python points the process's stdout at
    /dev/null while it loads, so the closing turns and the scorecard were printed into nothing."""
    answers = "labelled data versus finding structure without labels\nfraud and segments\nend\n"
    done = subprocess.run(
        [
            *(sys.executable, "-m", "interviewer.cli", "chat", "--llm", "embedded"),
            *("--feedback-budget", "1", "--data-dir", str(tmp_path), "--practice", "q01"),
        ],
        input=answers,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Scorecard:" in done.stdout, done.stdout[-2000:]
