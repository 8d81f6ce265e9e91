"""What a message asks beyond the intent the recogniser gave it, for the engine to answer.

The recogniser (``intents``) says what kind of message it is; these read a little further, so
that the engine answers what was asked: a progress request that asks how many questions are
left is told that, not the score; an answer that opens by pointing back at an earlier answer
("but I said that already, ...") is an objection when it earns nothing on the open question.
"""

from __future__ import annotations

import re

from interviewer.interview.intents import IntentRecognizer
from interviewer.types import IntentKind

#: Words that ask how much of the session is left ("how many are left?", "how much longer?",
#: "are we nearly done?", "is this the last one?").
_LEFT = re.compile(
    r"\b(?:left|remain\w*|how many|more (?:to go|questions?|of (?:these|them))|longer|last|"
    r"to go|how far|through|along|near(?:ly)? (?:the )?end|almost|done|finished|over|"
    r"time|minutes)\b"
)
#: Words that ask how the candidate is doing ("how am I doing?", "what's my score?").
_SCORE = re.compile(
    r"\b(?:doing|do i|did i(?: do)?|scor\w*|average|percent\w*|perform\w*|results?|marks?|"
    r"grades?|points|going|far(?:ed|ing)|standing|stand|okay|ok|well|passing|failing|"
    r"tracking|level|cooking|killing it|crushing it|nailing it|acing it|tanking)\b"
)
#: A message's clauses, as a person pauses between them.
_CLAUSE = re.compile(r"[,;:.!?]+|\s[-\u2013\u2014]+\s")
#: Clauses read for pointing back, from the start: the objection opens the message.
_OPENING_CLAUSES = 2


def asks_left(message: str) -> bool:
    return bool(_LEFT.search(message.lower()))


def asks_score(message: str) -> bool:
    return bool(_SCORE.search(message.lower()))


def points_back(recognizer: IntentRecognizer, message: str) -> bool:
    """Does the message open with a clause that, said alone, is "I already said that"?"""
    clauses = [c.strip() for c in _CLAUSE.split(message) if c.strip()]
    for clause in clauses[:_OPENING_CLAUSES]:
        intent = recognizer.recognize(clause)
        if intent.kind is IntentKind.ALREADY_SAID or (
            intent.kind is IntentKind.CONFIRM and intent.proposed is IntentKind.ALREADY_SAID
        ):
            return True
    return False
