"""The answer to a follow-up, graded with the answer before it and as an answer of its own.

``Grader.grade(answer, ..., follow_up=, probed=)`` reads the two answers as one text, and there a
follow-up's misconception on a point the follow-up did not ask about counts only when a clause
comes as near one of its wordings as ``STATES_WORDING`` (``Grader._loose_asides``: a newcomer's
aside on another point came near one by chance). A misconception found by what a clause says
of its subject has no such nearness, and was set aside with the asides: "Set alerts. To be
clear, concept drift is just a shift in the input features." after a right answer on drift kept
its 87% and its "Good: ..." with no correction, where the same words in a first answer are
corrected and halve the score.

So the follow-up's answer is also graded alone, as any answer to the question is (its key
points, the guide's misconceptions, the contradiction checks), and what it states wrong is added
to the whole (``with_its_errors``): corrected first, its point no longer credited, the score
recomputed as the grader computes it. Which findings count is ``_meant``'s: an aside that only
resembles a misconception stays an aside, and a point the answer before it made right is judged
on that statement, as within one answer.

A follow-up answer is short and leans on the probe's words ("that's regression", asked about
forecasting tomorrow's temperature; "we just group similar customers", asked for a business
problem of each family), so the points the follow-up asked for are also credited where the
answer, read after the probe's statements (``read_with_probe``), or in other words among the
points asked for (``Grader.probed_statements``), states them; never by the probe's words alone
(``_says_more``), and never a point the answer states wrong (``with_its_credit``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from interviewer.judging.grader import (
    CONTRADICTED,
    MISCONCEPTION_FACTOR,
    Grader,
    point_weights,
)
from interviewer.judging.matching import STATES_WORDING
from interviewer.judging.text import (
    asks,
    content_tokens,
    content_words,
    denied_words,
    mentions,
    split_sentences,
    split_units,
    stem,
)
from interviewer.knowledge.schema import KnowledgeBase
from interviewer.types import Grade, MisconceptionMatch, PointMatch


def grade_with_follow_up(
    grader: Grader,
    knowledge: KnowledgeBase,
    answer: str,
    key_point_ids: Sequence[str],
    question_id: str,
    follow_up: str = "",
    probed: Sequence[str] = (),
    probe: str = "",
) -> Grade:
    """``probe``: the follow-up's words, whose subject the answer to it may lean on."""
    whole = grader.grade(answer, key_point_ids, question_id, follow_up, probed)
    if not follow_up.strip():
        return whole
    read, lead = read_with_probe(follow_up, probe)
    alone = grader.grade(read, key_point_ids, question_id)
    # What the probe's own words state is not the candidate's: "A colleague says the churn
    # model is a regression because it outputs a probability" read before "that's wrong".
    led = grader.grade(lead, key_point_ids, question_id) if lead else None
    lead_wrong = {m.id for m in led.misconceptions} if led else set()
    lead_made = {p.id for p in led.covered} if led else set()
    made = {p.id for p in whole.covered}
    wrong = tuple(
        m for m in alone.misconceptions if _meant(m, probed, made) and m.id not in lead_wrong
    )
    wrong += tuple(other_choices(follow_up, probe, probed, key_point_ids, knowledge))
    whole = with_its_errors(
        whole, alone.model_copy(update={"misconceptions": wrong}), knowledge, key_point_ids
    )
    # The points asked for that the answer states: graded alone (read with the probe's
    # subject), or in other words among the points asked for (``Grader.probed_statements``).
    # (a follow-up may ask for a point of its question that this item does not list)
    missing = [
        kp for kp in probed if kp in key_point_ids and kp not in {p.id for p in whole.covered}
    ]
    credited = [
        p
        for p in alone.covered
        if p.id in missing and p.id not in lead_made and _says_more(p, lead, knowledge)
    ]
    rest = [kp for kp in missing if kp not in {p.id for p in credited}]
    barred = [m.span for m in (*whole.misconceptions, *alone.misconceptions)]
    barred += [c.span for c in (*whole.cautions, *alone.cautions)]
    credited += [
        p
        for p in grader.probed_statements(read, key_point_ids, rest, barred)
        if p.id not in lead_made and _says_more(p, lead, knowledge)
    ]
    return with_its_credit(whole, credited, knowledge, key_point_ids)


#: A probe that asks the candidate to choose: "which side of the tradeoff is that?", "what
#: kind of drift?", "precision or recall?" (not "why or why not?", "or not").
_ASKS_TO_CHOOSE = re.compile(
    r"\b(?:which|what (?:kind|type|sort)s?)\b|\b\w+ or (?!not\b|why\b|what\b|how\b)\w+\b[^.?!]*\?",
    re.I,
)


def other_choices(
    follow_up: str,
    probe: str,
    probed: Sequence[str],
    key_point_ids: Sequence[str],
    knowledge: KnowledgeBase,
) -> list[MisconceptionMatch]:
    """The points a follow-up that asks to choose, or offers the other term, was answered with
    the other choice: a probed point names one term of a pair its question sets against each
    other (``confusables.yaml``, both terms named among the question's key points), and the
    answer names the other term,
    not negated nor qualified the other way ("low bias"), and never this one. "Your model looks
    great on training data and poor on new data. Which side of the tradeoff is that?" answered
    "That is the bias side ... make the model bigger" states q03.k3 (high *variance* means
    overfitting) wrong, and is corrected by it. A group the probed points name both terms of
    between them ("which kind of drift?", asking for q10.k3 and q10.k4) is not judged: the
    code cannot tell which of the two the probe's case is."""
    asked = " ".join(s for s in split_sentences(probe) if s.endswith("?") or asks(s))
    if not follow_up.strip() or not asked:
        return []
    said = " ".join(content_words(follow_up))
    units = split_units(follow_up)
    found: list[MisconceptionMatch] = []
    for group in knowledge.confusables:
        chosen: dict[str, str] = {}  # probed point -> the one term of the group it names
        for kp_id in probed:
            if kp_id not in key_point_ids:
                continue
            text = knowledge.key_point(kp_id).text
            named = [t for t in group if mentions(text, content_words(t))]
            if len(named) == 1:
                chosen[kp_id] = named[0]
        if len(set(chosen.values())) != 1:
            continue
        term = next(iter(chosen.values()))
        question = knowledge.question(next(iter(chosen)).split(".")[0])
        in_play = {
            t for t in group for kp in question.key_points if mentions(kp.text, content_words(t))
        }
        if term not in in_play or len(in_play) < 2 or mentions(said, content_words(term)):
            continue
        # It asks to choose ("which side?", "precision or recall?"), or offers the other term
        # ("Does that make it a regression model?").
        offered = any(mentions(asked, content_words(t)) for t in in_play - {term})
        if not offered and not _ASKS_TO_CHOOSE.search(asked):
            continue
        for unit in units:
            rivals = [t for t in in_play - {term} if _chooses(unit, t, term, chosen, knowledge)]
            if rivals:
                for kp_id in chosen:
                    if kp_id not in {m.corrects for m in found}:
                        found.append(
                            MisconceptionMatch(
                                id=f"{kp_id}{CONTRADICTED}", text=unit, span=unit, corrects=kp_id
                            )
                        )
                break
    return found


def _chooses(
    unit: str, rival: str, term: str, chosen: dict[str, str], knowledge: KnowledgeBase
) -> bool:
    """Does the unit name ``rival`` as its choice: not negated ("not the bias side", "variance
    rather than bias"), and not qualified by the opposite of the word that qualifies ``term`` in
    the point ("low bias" where the point says "high variance")?"""
    rival_words = content_words(rival)
    if not mentions(unit, rival_words) or set(rival_words) & denied_words(unit):
        return False
    words = content_words(unit)
    near_rival = {
        words[i + d]
        for i in range(len(words))
        if words[i : i + len(rival_words)] == rival_words
        for d in (-1, len(rival_words))
        if 0 <= i + d < len(words)
    }
    qualifiers = _qualifiers(term, chosen, knowledge)
    opposite = set()
    for first, second in (pair[:2] for pair in knowledge.opposites):
        if stem(first) in qualifiers:
            opposite.add(stem(second))
        if stem(second) in qualifiers:
            opposite.add(stem(first))
    return not near_rival & opposite


def _qualifiers(term: str, chosen: dict[str, str], knowledge: KnowledgeBase) -> set[str]:
    """The words beside ``term`` in the points that name it: "high" in "High variance means
    overfitting"."""
    term_words = content_words(term)
    beside: set[str] = set()
    for kp_id in chosen:
        words = content_words(knowledge.key_point(kp_id).text)
        for i in range(len(words)):
            if words[i : i + len(term_words)] == term_words:
                beside |= {words[i + d] for d in (-1, len(term_words)) if 0 <= i + d < len(words)}
    return beside


#: A follow-up answer's sentence that opens on what the probe named ("that's regression",
#: "it's still classification", "no, that would be ..."): its subject is in the probe.
_LEANS_ON_PROBE = re.compile(
    r"^\W*(?:(?:yes|no|nope|yeah|well|so|um|uh|hmm|okay|ok|i think|i'd say|i would say)\W+)*"
    r"(?:that|it|this)(?:'s|s|\s+is|\s+was|\s+would\s+be|'d\s+be|\s+will\s+be|\s+makes?)\b",
    re.I,
)


def read_with_probe(follow_up: str, probe: str) -> tuple[str, str]:
    """The answer to a follow-up with each sentence that opens on the probe's subject ("that's
    regression, a continuous value", to "Your team forecasts tomorrow's temperature for a city.
    What kind of prediction problem is that?") read after the probe's statements, the sentences
    of the probe that are not questions; and those statements ("" where none is read so)."""
    statements = [s for s in split_sentences(probe) if not s.endswith("?") and not asks(s)]
    lead = " ".join(s.rstrip(".!;: ") for s in statements)
    sentences = split_sentences(follow_up)
    if not lead or not any(_LEANS_ON_PROBE.match(s) for s in sentences):
        return follow_up, ""
    read = [f"{lead}: {s}" if _LEANS_ON_PROBE.match(s) else s for s in sentences]
    return " ".join(read), lead


def _says_more(point: PointMatch, lead: str, knowledge: KnowledgeBase) -> bool:
    """Is a point credited in a follow-up's answer the candidate's? Its unit names no rival of
    the point's terms, and, read after the probe's statements, the candidate's part says a word
    of the point that the probe does not: "Your team forecasts tomorrow's temperature for a
    city: that's classification" comes near "temperature forecasts are regression targets" by
    the probe's words alone."""
    key_point = knowledge.key_point(point.id)
    span = point.span or ""
    said = span.replace(lead, " ") if lead else span
    if _names_a_rival(said, key_point.text, knowledge):
        return False
    if not lead or lead not in span:
        return True
    own = content_tokens(said) - content_tokens(lead)
    wordings = (key_point.text, *key_point.said_as)
    return bool(own & {w for text in wordings for w in content_tokens(text)})


def _names_a_rival(said: str, key_point_text: str, knowledge: KnowledgeBase) -> bool:
    """Does the candidate's part name a term the guide sets against one the point names
    (``knowledge/confusables.yaml``), and not that term? "that's classification, hot or cold"
    names the rival of "regression" in "temperature forecasts are regression targets". A term
    named only to be denied is not named: "no labels needed" says the point's "unlabeled",
    not its rival "labelled" (a walkthrough's right answer on covariate shift was listed
    missing)."""
    denied = denied_words(said)
    for group in knowledge.confusables:
        named = {t for t in group if mentions(key_point_text, content_words(t))}
        others = {
            t
            for t in group
            if mentions(said, content_words(t)) and not set(content_words(t)) <= denied
        }
        if named and others and not named & others:
            return True
    return False


def with_its_credit(
    whole: Grade,
    credited: Sequence[PointMatch],
    knowledge: KnowledgeBase,
    key_point_ids: Sequence[str],
) -> Grade:
    """``whole`` with the points of ``credited`` covered (none that ``whole`` corrects), and the
    score recomputed as ``with_its_errors`` does."""
    corrected = {m.corrects for m in whole.misconceptions}
    new = {p.id: p for p in credited if p.id not in corrected}
    new = {kp: p for kp, p in new.items() if kp not in {c.id for c in whole.covered}}
    if not new:
        return whole
    covered = (*whole.covered, *new.values())
    missed = tuple(p for p in whole.missed if p.id not in new)
    return whole.model_copy(
        update={
            "score": _score(covered, whole.misconceptions, knowledge, key_point_ids),
            "covered": covered,
            "missed": missed,
        }
    )


def _score(
    covered: Sequence[PointMatch],
    misconceptions: Sequence[MisconceptionMatch],
    knowledge: KnowledgeBase,
    key_point_ids: Sequence[str],
) -> float:
    """The covered points' weighted share, halved for each misconception the guide names."""
    weights = point_weights(knowledge, key_point_ids)
    share = sum(weights[p.id] for p in covered) / sum(weights.values())
    guide_named = [m for m in misconceptions if not m.id.endswith(CONTRADICTED)]
    return min(1.0, max(0.0, share * MISCONCEPTION_FACTOR ** len(guide_named)))


def _meant(found: MisconceptionMatch, probed: Sequence[str], made: set[str]) -> bool:
    """Is a wrong statement found in the follow-up's answer read alone the candidate's belief?

    - On the points the follow-up asked about, yes.
    - A misconception of the guide: unless it is an aside that resembles one of its wordings
      only loosely (``Grader._loose_asides``); one found by what the clause says of its subject
      (``similarity`` 0) or stated as plainly as a wording must be is meant.
    - A key point stated wrong (``CONTRADICTED``): where the answer before did not make that
      point. Where it did, the grader reads the candidate's best statement of a point, as it
      does within one answer: read without the answer it follows up, a follow-up's "only call
      step() and zero_grad() after the eighth backward" (on gradient accumulation) reads as
      against "reset the gradients every iteration" (heldout-fu, a strong answer).
    """
    if found.corrects in probed:
        return True
    if found.id.endswith(CONTRADICTED):
        return found.corrects not in made
    return found.similarity == 0.0 or found.similarity >= STATES_WORDING


def with_its_errors(
    whole: Grade, alone: Grade, knowledge: KnowledgeBase, key_point_ids: Sequence[str]
) -> Grade:
    """``whole`` with what ``alone`` (the follow-up's answer graded by itself) states wrong that
    ``whole`` did not find: each such point is corrected, no longer covered, and the score is
    the covered points' weighted share, halved for each misconception the guide names."""
    corrected = {m.corrects for m in whole.misconceptions}
    named = {m.id for m in whole.misconceptions}
    added = [m for m in alone.misconceptions if m.corrects not in corrected and m.id not in named]
    if not added:
        return whole
    misconceptions = (*whole.misconceptions, *added)
    wrong = {m.corrects for m in misconceptions}
    covered = tuple(p for p in whole.covered if p.id not in wrong)
    taken = [PointMatch(id=p.id, text=p.text) for p in whole.covered if p.id in wrong]
    return whole.model_copy(
        update={
            "score": _score(covered, misconceptions, knowledge, key_point_ids),
            "covered": covered,
            "missed": (*whole.missed, *taken),
            "misconceptions": misconceptions,
        }
    )
