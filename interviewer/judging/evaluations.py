"""Sentences that evaluate the candidate: "Correct.", "Good coverage of both cases.",
"Transformers: not covered.", "Mentioning vanishing gradients was a nice touch."

Only the grader's findings may say how the candidate did (issue 13), so the claim checker judges
such words against the grade and the answer, never against the guide, where nothing says "correct".
This module finds them and reads off what they say: praise or criticism, whether they claim the
answer is complete, and the part of the answer they are about (their topic), if any. The words are
the general vocabulary of judging an answer, not any question's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Words that praise or agree. Matched as whole lower-case words.
PRAISE = _wordset(
    """
    correct correctly right rightly exactly good great nice nicely solid strong clear clearly
    valid accurate accurately perfect excellent yes yep yeah agreed sound spot brilliant
    impressive thorough complete absolutely indeed liked love loved well well-organised
    well-organized well-put neat perfectly textbook well-structured properly
    """
)
#: Words that criticise or warn ("one more point worth adding: X" says the answer lacks X).
CRITICISM = _wordset(
    """
    wrong incorrect inaccurate mistaken careful correcting corrections correction missing
    incomplete confused worth mistake misconception misconceptions confusion unfortunately
    close almost off
    """
)
#: Words about an answer as an answer (its parts, its shape, how it was put), which say nothing
#: about machine learning: "good coverage of both cases", "correct on all three".
META = _wordset(
    """
    answer answers start summary overview outline picture definition definitions distinction
    comparison coverage cover covers covered example examples point points list choice choices
    option options move touch approach framing framed pairing idea ideas explanation
    explanations description thinking think job work way ways take call pieces rule rules
    both all two three four every each half halves part parts side sides case cases question
    questions condition conditions core heart everything nothing anything kind kinds sort type
    types flavours flavors thing things one ones first second level levels detail details
    depth instinct intuition focus concrete concise brief real bit little much lot enough
    add adding added need needs needed include including included mention mentioned mentioning
    said say saying explained explaining named naming done put show shows showed touches
    handled handle gave give given got get identified identify described describe pointed
    spotted noted stated brought up talked tied linked connected going went organised organized
    here there that's it's you've you're that this these those it they them i we me my our us
    also too still even quite fairly pretty very really so just basically overall more most
    again though although few several some key main central important recap step steps
    structured structure understanding grasp count counts track round around common hmm there's
    use uses order
    """
)
_FUNCTION = _wordset(
    """
    a an the of to in on for and or is are was were be been being with as at by from that which
    what how why when where who do does did you your yours not no n't nor but if then than
    about into over under it its this these those there their they them some any can could
    should would will may might must has have had 's 're 've 'd 'll
    """
)
#: Words that claim the answer has everything: praise that needs nothing missed in the grade.
#: "Correct on both" and "good coverage of both cases" praise the parts the answer has.
COMPLETE = _wordset("complete completely every everything nothing thorough")
_NEGATION = _wordset("not no n't never isn't aren't wasn't didn't doesn't don't")
_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")
#: Where an evaluation ends and the rest of a sentence begins: "Correct, and the model..."
_SEGMENT = re.compile(r"\s*(?:[,:;!.]|\s-\s|\u2014|\u2013)\s*")


@dataclass(frozen=True)
class Evaluation:
    """What an evaluative part of a sentence says about the candidate's answer."""

    text: str
    praise: bool  # praise or agreement; otherwise criticism
    complete: bool  # says the answer leaves nothing out ("both", "all", "complete")
    topic: str = ""  # the part of the answer it is about, in the sentence's words; "" for all


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def _is_evaluation(words: list[str]) -> bool:
    """Praise or criticism and nothing else: every word judges, or names a part of an answer."""
    judging = [w for w in words if w in PRAISE or w in CRITICISM]
    if not judging:
        if "nothing" in words and ("missing" in words or "add" in words):
            return True  # "Nothing missing."
        # "Not quite.", "Not exactly."
        hedged = bool(_NEGATION & set(words)) and bool({"quite", "entirely", "really"} & set(words))
        return hedged and all(w in META or w in _FUNCTION for w in words)
    return all(w in PRAISE or w in CRITICISM or w in META or w in _FUNCTION for w in words)


def _polarity(words: list[str]) -> bool:
    """Praise (True) or criticism (False): "not quite", "isn't right" and "careful" criticise,
    "nothing missing" praises."""
    if "nothing" in words:
        return True
    if any(w in _NEGATION for w in words) or any(w.endswith("n't") for w in words):
        return False
    return not any(w in CRITICISM for w in words) or any(w in PRAISE for w in words)


def leading_evaluations(sentence: str) -> tuple[list[Evaluation], str]:
    """The evaluations a sentence opens with, and the rest of it.

    "Correct, and the model learns by shrinking the gap" opens with "Correct" and goes on with a
    claim about machine learning; "Nice, clear answer." is two evaluations and nothing else. An
    evaluation before a colon labels what follows as its topic: "Good: the forward pass
    produces the predictions" praises that point of the answer, "Missing: ..." faults one.
    """
    found: list[Evaluation] = []
    rest = sentence.strip()
    while rest:
        match = _SEGMENT.search(rest)
        head, tail = (rest[: match.start()], rest[match.end() :]) if match else (rest, "")
        words = _words(head)
        if not words or not _is_evaluation(words):
            if words and all(w in META or w in _FUNCTION for w in words):
                # "Correct, though brief.", "Hmm, not really.": a qualifier of an evaluation or
                # a filler before one, no claim.
                rest = tail.strip()
                continue
            break
        # "Good: X" and "One correction: X" judge X; "Good example: X" judges the example.
        labels = bool(match and ":" in match.group() and tail.strip()) and all(
            w in PRAISE or w in CRITICISM or w in _FUNCTION or w == "one" for w in words
        )
        found.append(_evaluation(head, words, [], topic=tail.strip() if labels else ""))
        rest = tail.strip()
        if labels:
            break
    return (found, rest) if found else ([], sentence.strip())


#: Words that report what the candidate did, left out of an evaluation's topic: in "mentioning
#: vanishing gradients was a nice touch" the topic is "vanishing gradients".
_REPORTING = _wordset(
    """
    you your you've you'd you'll yourself i liked like love loved appreciated mentioning
    mentioned including included naming named covering covered flagging flagged bringing
    brought giving gave tying tied describing described explaining explained calling called
    noting noted pointing pointed spotting spotted handled handling using used picking picked
    separating separated distinguishing distinguished getting got identifying identified
    """
)
_COPULA = _wordset("is was are were")
#: Before a copula, words that make what follows it part of a claim's noun, not an evaluation:
#: "the share of positive predictions that are correct".
_RELATIVE = _wordset("that which who")
_ARTICLE = _wordset("a an")
_OPENERS = _wordset("that's that it's this is was a an the really very also")
_LINKS = _wordset("on about of between with for as to in")
#: "Flagging the vanishing gradients shows real depth": a part of the answer praised by what it
#: shows of the candidate.
_SHOWS = _wordset("shows showed demonstrates demonstrated displays reflects")
_INSIGHT = _wordset("depth understanding insight maturity knowledge grasp command")
#: "Both types distinguished correctly": a report closed by how well it was done.
_HOW_WELL = _wordset("correctly well clearly accurately nicely rightly properly")
#: A part of the answer the sentence says is absent: "Transformers: not covered."
_ABSENT = _wordset("covered explained named mentioned defined addressed discussed")


def _topic(words: list[str]) -> str:
    """The words naming what is evaluated: "vanishing gradients", not "mentioning ... a touch"."""
    return " ".join(
        w
        for w in words
        if w not in _REPORTING and w not in _LINKS and w not in META and w not in _FUNCTION
    )


def topic_evaluation(clause: str) -> Evaluation | None:
    """A clause that evaluates one part of the answer, with that part as its topic.

    The forms: an evaluation opening the clause and naming its topic ("Correct on activations",
    "Clear distinction between data drift and concept drift", "Good that you included X"), one
    closing it ("Mentioning X was a nice touch", "X is a good concrete choice"), "I liked how you
    X", and a labelled part ("Test set: correct", "Transformers: not covered", "SMOTE not named").
    """
    words = _words(clause)
    if not words:
        return None
    label, _, said = clause.partition(":")
    if said.strip() and len(_words(label)) <= 5:
        judged = _words(said)
        if judged and _is_evaluation(judged):
            return _evaluation(clause, judged, _words(label))
    if len(words) >= 3 and words[-1] in _ABSENT and (words[-2] in _NEGATION or words[-2] == "not"):
        return Evaluation(text=clause, praise=False, complete=False, topic=_topic(words[:-2]))
    if len(words) >= 3 and words[-1] in _ABSENT and words[-2] in _COPULA:  # "Both are covered."
        return _evaluation(clause, [words[-1]], words[:-2])
    if 2 <= len(words) <= 5 and words[-1] in _ABSENT and not _NEGATION & set(words):
        # "Both conditions named.", "Tools mentioned.": a part of the answer reported as there.
        return Evaluation(text=clause, praise=True, complete=False, topic=_topic(words[:-1]))
    if len(words) >= 3 and words[-1] in _HOW_WELL and words[-2] in _REPORTING:
        return Evaluation(text=clause, praise=True, complete=False, topic=_topic(words[:-2]))
    if words[0] == "i" and len(words) > 2 and words[1 + (words[1] == "also")] in _REPORTING:
        start = 2 + (words[1] == "also")
        return Evaluation(text=clause, praise=True, complete=False, topic=_topic(words[start:]))
    opening = 0
    while opening < len(words) and words[opening] in _OPENERS:
        opening += 1
    head = opening
    while head < len(words) and (words[head] in PRAISE or words[head] in CRITICISM):
        head += 1
    if head > opening:
        meta = head
        while meta < len(words) and words[meta] in META and words[meta] not in _LINKS:
            meta += 1
        if meta < len(words) and (
            meta > head or words[meta] in _LINKS or words[meta] == "that" or len(words) <= 4
        ):
            return _evaluation(clause, words[opening:meta], words[meta:])
    shows = next((i for i, w in enumerate(words) if w in _SHOWS), None)
    if shows and any(w in _INSIGHT for w in words[shows + 1 :]):  # "X shows real depth"
        return Evaluation(text=clause, praise=True, complete=False, topic=_topic(words[:shows]))
    for index in range(len(words) - 1, 0, -1):  # "X was a nice touch": the copula before it
        if words[index] in _COPULA:
            if index >= 2 and words[index - 1] in _RELATIVE:  # "predictions that are correct"
                break
            judged = [w for w in words[index + 1 :] if w not in _ARTICLE]
            while judged[:1] and judged[0] in _LINKS | {"the"}:  # "is in the right order"
                judged = [w for w in judged[1:] if w not in _ARTICLE]
            if judged and judged[0] in PRAISE | CRITICISM and _is_evaluation(judged):
                return _evaluation(clause, judged, words[:index])
            break
    return None


def _evaluation(clause: str, judged: list[str], about: list[str], topic: str = "") -> Evaluation:
    """``judged``: the evaluating words; the topic is ``topic`` as given, else made of ``about``."""
    said = set(judged)
    complete = bool(COMPLETE & said)
    return Evaluation(
        text=clause,
        praise=_polarity(judged),
        complete=complete,
        topic=topic or _topic(about),
    )


_CONTRACTION = re.compile(r"'(?:ve|re|d|ll|s|m)\b", re.I)


def reported(text: str) -> str:
    """What a report says the candidate said, without the words that judge or report it: "You
    got the labelled-versus-unlabelled distinction and a good example" reports "labelled-versus-
    unlabelled"."""
    kept = [
        w
        for w in re.findall(r"[\w'-]+", _CONTRACTION.sub("", text.replace("\u2019", "'")))
        if w.lower() not in PRAISE
        and w.lower() not in CRITICISM
        and w.lower() not in META
        and w.lower() not in _REPORTING
    ]
    return " ".join(kept)
