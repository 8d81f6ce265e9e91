"""Requests in any words, answers kept as answers: the recogniser on plain phrasings and on the
labelled sets (held-out gates in evals/thresholds.yaml)."""

from __future__ import annotations

import pytest
import yaml

from evals.intents import SETS, evaluate, load_intent_cases
from interviewer.interview.intents import IntentRecognizer
from interviewer.interview.session import REQUESTS_FILE
from interviewer.settings import bundled_path

GATES = yaml.safe_load((SETS["heldout"].parent.parent / "thresholds.yaml").read_text())


@pytest.fixture(scope="module")
def recognizer(knowledge, embeddings):
    return IntentRecognizer(knowledge, embeddings, bundled_path("knowledge") / REQUESTS_FILE)


@pytest.mark.parametrize(
    ("message", "kind", "topic"),
    [
        ("ok switch to drift please", "drill", "drift"),
        ("so um could we do drift questions now", "drill", "drift"),
        ("can we move to backprop?", "drill", "backpropagation"),
        ("drill me on attention", "drill", "transformers"),
        ("Shall we call it a day?", "end", None),
        ("I'm done, thanks!", "end", None),
        ("I have to go now, end it", "end", None),
        ("Pardon me, can you say the question again?", "repeat", None),
        ("I'm blanking, could you point me somewhere?", "hint", None),
        ("I'll pass on this one if that's ok", "skip", None),
        ("I'd rather skip it", "skip", None),
        ("um i dont know honestly", "dont_know", None),
        ("What do you mean by drift?", "clarify", None),
        ("what's the model answer?", "model_answer", None),
        ("how am I doing?", "progress", None),
        ("drill me on astrology", "unknown_topic", "astrology"),
    ],
)
def test_requests_in_plain_words(recognizer, message, kind, topic):
    intent = recognizer.recognize(message)
    assert (intent.kind, intent.topic) == (kind, topic)


@pytest.mark.parametrize(
    "answer",
    [
        "Skip connections help gradients flow through deep networks.",
        "A hint of overfitting is a gap between training and validation error.",
        "Repeat the training with k-fold cross-validation and average the scores.",
        "The next step is to retrain on recent data.",
        "Overfitting.",
        "Drift.",
        "I don't know the exact formula, but I think Adam keeps running averages of gradients.",
    ],
)
def test_answers_stay_answers_even_when_they_start_like_requests(recognizer, answer):
    assert recognizer.recognize(answer).kind == "answer"


def test_a_reply_to_a_yes_no_question(recognizer):
    assert recognizer.recognize("yeah go ahead", awaiting_confirmation=True).kind == "yes"
    assert recognizer.recognize("no no let me try", awaiting_confirmation=True).kind == "no"
    no_but = recognizer.recognize("No, but could I have a hint?", awaiting_confirmation=True)
    assert no_but.kind == "hint"
    wait = "no wait, precision is true positives over predicted positives"
    assert recognizer.recognize(wait, awaiting_confirmation=True).kind == "answer"
    assert recognizer.recognize("yes").kind == "answer"  # nothing was asked: just words


@pytest.mark.parametrize("name", ["heldout-b", "heldout"])
def test_heldout_phrasings_meet_the_gates(recognizer, name):
    report = evaluate(recognizer, load_intent_cases(SETS[name]))
    assert report.swallowed_answers <= GATES["intents_swallowed_answers"]["threshold"]
    misses = [(o.case.text, o.predicted) for o in report.misses]
    gate = GATES[f"intents_{name.replace('-', '_')}_accuracy"]["threshold"]
    assert report.accuracy >= gate, misses
