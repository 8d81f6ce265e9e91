"""Grading an answer against the guide's key points, with no language model.

The code, not a model, decides what was covered, what was missed and what is wrong, so a small
local model cannot inflate or deflate a score, and a candidate's "give me 10/10" is just words.

- A key point is covered when some sentence or clause of the answer states it, and a
  misconception is asserted when a clause states it (both decided by ``matching.Matcher``, the
  same rules the claim checker uses); a clause that asserts a misconception earns no credit.
- A unit that says a key point in the point's own words with one thing wrong (a word put for
  its opposite, two terms exchanged, a negation or a direction turned: ``Matcher.contradicts``)
  earns nothing and is corrected like a misconception: meaning alone hardly tells "duplicates
  minority examples" from "duplicates majority examples".
- The score is the weighted share of key points covered, halved for each misconception the
  guide names that the answer states (``MISCONCEPTION_FACTOR``), in [0, 1]. A question lists
  its key points core first (what was asked, then what qualifies it, then details), so each
  point weighs a little less than the one before it, the last half as much as the first
  (``point_weights``): a terse answer that says the core and skips a detail is not marked like
  one that says a detail and skips the core.

The matcher's thresholds were set on evals/datasets/graded_answers.jsonl (strong, partial and
wrong answers to every guide question); `python -m evals grading` reports the ordering accuracy.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from interviewer.judging.matching import (
    STATES_HALF,
    STATES_WORDING,
    WRONG_MARGIN,
    Matcher,
)
from interviewer.judging.text import (
    asks,
    completed_ellipses,
    conditions,
    confusable_terms,
    content_tokens,
    content_words,
    contrasts,
    dismisses,
    excluded_items,
    headed_items,
    mentions,
    needless_subject,
    neighbour_pairs,
    reports_belief,
    restricted_to,
    side_by_side,
    side_moves,
    split_claims,
    split_clauses,
    split_parts,
    split_sentences,
    split_units,
    turned_as,
    turned_choice,
    with_apostrophes,
    without_examples,
)
from interviewer.judging.unbacked import (
    asserts_what_point_denies,
    equated_terms,
    filed_under_other,
    said_alike,
    unbacked_claims,
)
from interviewer.knowledge.schema import KeyPoint, KnowledgeBase, Misconception, Question
from interviewer.types import Caution, Grade, MisconceptionMatch, PointMatch

if TYPE_CHECKING:
    from interviewer.judging.claim_checker import ClaimChecker

#: What the share of points is multiplied by for each misconception of the guide the answer
#: asserts. A mixed answer (two points right and a wrong belief) then sits between a strong one
#: and a wrong one: subtracting 0.5 took it to 0, level with a wrong answer, and below one whose
#: wrong belief was missed but a word earned a point. Chosen on all the dev grading sets together
#: (order dev-b 0.879 -> 0.912, dev-subtle-b 0.895 -> 0.947, heldout-t 0.832 -> 0.860, heldout-u
#: 0.784 -> 0.800, the others unchanged; 0.4 or 0.3 alike, 0.5 kept as it was).
MISCONCEPTION_FACTOR = 0.5
#: Clauses, most similar first, compared word by word with each misconception.
MISCONCEPTION_CANDIDATES = 3
#: The id of a finding that the answer states a key point wrong, after the key point's id.
CONTRADICTED = ":contradicted"
#: A unit this much closer to a misconception of a key point than to the point itself leans
#: to the misconception, and earns nothing (``Grader._leaning_wrong``); not where the
#: misconception shares this share of its and its point's words or more (a word flipped).
#: Chosen on all the dev grading sets together: at 0.1 and 0.5 key-point precision rose on
#: every set and order on none fell; at 0.05 or 0 dev-kb and dev order fell.
LEANING_MARGIN = 0.1
FLIP_SHARE = 0.5
#: What a question's last key point weighs against its first; the ones between fall evenly.
#: On the dev grading sets terse right answers say a question's first point 80% of the time and
#: its last 33%. Chosen by rule, not tuned: 0.75 and 0.25 moved order accuracy alike.
LAST_POINT_WEIGHT = 0.5
#: A unit this close to a key point of the question is read for a denial it asserts though not
#: credited (``Grader._credited_denials``).
DENIAL_NEAR = 0.5
#: How many of a key point's wordings must say a thing stays (or changes), and by how many times
#: they must outnumber those that say the other, for the point to say so (``_settled``). One is
#: enough: only wordings whose side shares a word with the candidate's are read.
SETTLED_READINGS = 1
SETTLED_RATIO = 3
#: A sentence longer than this (content words) is run-on speech, whose sides are not reliably
#: about the term named last: only the credited unit is read (``_turns_steadiness``), and a
#: longer unit is not read for what stays and changes at all (it says several things, and its
#: "doesn't change" is as often about another of them: five strong answers lost a point so).
SIDE_SENTENCE_WORDS = 20


def point_weights(knowledge: KnowledgeBase, key_point_ids: Sequence[str]) -> dict[str, float]:
    """Each key point's weight, by its place among its question's key points (core first)."""
    weights = {}
    for kp_id in key_point_ids:
        ids = [kp.id for kp in knowledge.question(kp_id.split(".")[0]).key_points]
        place = ids.index(kp_id) / max(1, len(ids) - 1)
        weights[kp_id] = 1.0 - (1.0 - LAST_POINT_WEIGHT) * place
    return weights


def _closest_units(order: np.ndarray, earns: list[bool], derived: frozenset[int]) -> list[int]:
    """The units to try a wording on, closest first: the closest that may earn, and where that
    is one the grader made from the answer's own (a clause without its example), the closest
    of the answer's own too. A made unit is an extra reading; it must not hide the clause the
    candidate said, which the wording was tried on before it was made."""
    earning = [int(i) for i in order if earns[i]]
    first = earning[:1]
    if first and first[0] in derived:
        first += [i for i in earning if i not in derived][:1]
    return first


def _settled(readings: Sequence[int]) -> int:
    """What a key point's wordings say of a thing, staying (1) or changing (-1), where at least
    ``SETTLED_READINGS`` of them say it and they outnumber those that say the other by
    ``SETTLED_RATIO`` (a loose wording is misread now and then: "without changing which way it
    points"); else 0."""
    ups, downs = readings.count(1), readings.count(-1)
    if ups >= SETTLED_READINGS and ups >= SETTLED_RATIO * downs:
        return 1
    if downs >= SETTLED_READINGS and downs >= SETTLED_RATIO * ups:
        return -1
    return 0


def _nearest_move(
    sides: list[tuple[int | None, int, frozenset[str]]], subject: int | None, words: set[str]
) -> int:
    """What a wording says of the thing a candidate's side is about: the move of its sides on
    the same subject that share most words with it (one at least), or 0 (a nearest side that
    says neither says nothing of it). The nearest side, not every side that shares a word: "the
    class priors move while the class-conditional distributions are unchanged" shares "class"
    with both of its own sides; "reassigning the alias deploys a version, without changing
    code" says nothing stays of the alias."""
    shared = [(len(w & words), m) for n, m, w in sides if n == subject and w & words]
    most = max((count for count, _ in shared), default=0)
    return int(np.sign(sum(m for count, m in shared if count == most)))


def _unmatched(key_point_id: str, text: str, near: float = 0.0) -> PointMatch:
    return PointMatch(id=key_point_id, text=text, span=None, similarity=near)


class Grader:
    """Grades answers with the shared matcher; build once, grade many answers."""

    def __init__(self, matcher: Matcher, checker: ClaimChecker | None = None) -> None:
        """``checker``: the claim checker that reads a statement against the guide
        (``_contradicted_by_guide``); one is built on the matcher when first needed."""
        self._matcher = matcher
        self._checker = checker
        self._knowledge = matcher.knowledge
        self._asked = {
            q.id: frozenset(content_tokens(q.question)) for q in matcher.knowledge.questions
        }
        #: Terms the guide tells apart (confusables.yaml and siblings.yaml), for ``_equated``.
        self._groups = tuple(
            dict.fromkeys([*matcher.knowledge.confusables, *matcher.knowledge.siblings])
        )

    def grade(
        self,
        answer: str,
        key_point_ids: Sequence[str],
        question_id: str,
        follow_up: str = "",
        probed: Sequence[str] = (),
    ) -> Grade:
        """``follow_up``: the candidate's answer to a follow-up that asked for the key points
        ``probed``, graded with the ``answer`` before it."""
        key_points = [self._knowledge.key_point(kp_id) for kp_id in key_point_ids]
        answer, follow_up = (
            completed_ellipses(with_apostrophes(text), self._groups) for text in (answer, follow_up)
        )
        answer = "\n".join(part for part in (answer, follow_up) if part)
        units = split_units(answer)
        # Speech nobody punctuated that says one thing of a term and another of its sibling:
        # each statement is a unit of its own ("supervised has labels | unsupervised doesnt").
        units += [
            piece
            for sentence in split_sentences(answer)
            for piece in side_by_side(sentence, self._groups)
            if piece not in units
        ]
        # A definition with its example beside it is read without the example too: "you
        # predict a class like spam or not spam" states what classification is.
        made = list(dict.fromkeys(u for u in map(without_examples, units) if u not in units))
        derived = frozenset(range(len(units), len(units) + len(made)))
        units += made
        if not units:
            missed = tuple(_unmatched(kp.id, kp.text) for kp in key_points)
            return Grade(
                question_id=question_id, score=0.0, covered=(), missed=missed, misconceptions=()
            )
        unit_vectors = self._matcher.embed(units)

        # A belief the answer reports ("a common mistake is...", "some people think...") is
        # not the candidate's, nor a follow-up's loose aside: neither is corrected or bars credit.
        found, spans = self._misconceptions(answer, {kp.split(".")[0] for kp in key_point_ids})
        set_aside = [s for s in split_sentences(answer) if reports_belief(s)]
        set_aside += self._loose_asides(found, follow_up, probed)

        def asserts(span: str) -> bool:
            return not any(span in sentence for sentence in set_aside)

        asserted = [m for m in found if asserts(m.span)]
        wrong_spans = [span for span in spans if asserts(span)]
        similarities = {kp.id: self._matcher.similarities(unit_vectors, kp.id) for kp in key_points}
        nearest = {kp_id: sims.max(axis=1) for kp_id, sims in similarities.items()}
        misconceptions = [
            m
            for question_id in {kp.split(".")[0] for kp in key_point_ids}
            for m in self._knowledge.question(question_id).misconceptions
        ]
        near_wrong = {
            m.id: self._matcher.similarities(unit_vectors, m.id).max(axis=1) for m in misconceptions
        }
        wrong = np.max(list(near_wrong.values()) or [np.zeros(len(units))], axis=0)
        # How close each unit is to the nearest key point's own text: the restatement rule was
        # set on the texts, and variants would raise it everywhere.
        closest = np.max([sims[:, 0] for sims in similarities.values()], axis=0)
        # A unit overlapping a wrong statement (the sentence around it, or a clause of it) earns
        # nothing: "concept drift, where the input features shift" says nothing right about data
        # drift in its second clause.
        apart = {kp.id: self._apart(kp.id, nearest, wrong) for kp in key_points}
        # A wrong belief the guide names no misconception for (``_overstated``), unless a
        # named one already corrects its unit.
        for overstated in self._overstated(units, key_points):
            span = overstated.span
            # "PSI is just a descriptive index, not a hypothesis test" sets one thing against
            # another: the restriction is what the next words deny, not a belief.
            after = answer[answer.find(span) + len(span) :]
            if re.match(r"\W*(?:not|rather than|instead of)\b", after, re.I):
                continue
            if asserts(span) and not any(s in span or span in s for s in wrong_spans):
                if overstated.corrects not in {m.corrects for m in asserted}:
                    asserted.append(overstated)
                wrong_spans.append(overstated.span)

        # A question the candidate asks ("Is there a catch on bias?", thinking aloud) states
        # nothing, and earns nothing: its words are the topic's, not an answer.
        questions = [s for s in split_sentences(answer) if asks(s)]

        def earning(spans: list[str]) -> list[bool]:
            return [
                not any(span in unit or unit in span for span in spans)
                and not any(unit in question for question in questions)
                for unit in units
            ]

        # A unit that says a key point in its words but gets one thing wrong states it wrong:
        # it is corrected like a misconception, and earns nothing (found first, so that it earns
        # no other point either: "online prediction generates predictions periodically" is not
        # the online point, nor the batch point).
        def statements_of(kp: KeyPoint) -> list[tuple[float, int, str | None]]:
            return self._statements(
                kp, units, unit_vectors, similarities[kp.id], closest, earns, apart[kp.id], derived
            )

        earns = earning(wrong_spans)
        first = {kp.id: statements_of(kp) for kp in key_points}
        # An item read under its heading, apart from the items beside it, may earn its point
        # but is not corrected alone (``text.headed_items``).
        listed = {item for sentence in split_sentences(answer) for item in headed_items(sentence)}
        slips = len(wrong_spans)
        for kp in key_points:
            statements = first[kp.id]
            # Corrected only where the point is the unit's nearest: "oversample the minority
            # class" states the oversampling point, not the undersampling one wrong.
            stated_wrong = [
                index
                for _, index, why in statements
                if why
                and apart[kp.id][index][0] >= 0
                and asserts(units[index])
                and not self._slip_of_another_subject(kp.id, index, units, first, apart)
                and units[index] not in listed
            ]
            if stated_wrong:
                index = stated_wrong[0]
                # A named misconception that corrects the point says the same more helpfully.
                if kp.id not in {m.corrects for m in asserted}:
                    asserted.append(
                        MisconceptionMatch(
                            id=f"{kp.id}{CONTRADICTED}",
                            text=units[index],
                            span=units[index],
                            corrects=kp.id,
                        )
                    )
                wrong_spans.append(units[index])
        for found_ in self._turned_as_guide_warns(first, units, misconceptions, wrong_spans, apart):
            if found_.id not in {m.id for m in asserted}:
                asserted.append(found_)
            wrong_spans.append(found_.span)
        for found_ in [
            *self._credited_denials(
                first, key_points, answer, units, nearest, wrong_spans, asserts
            ),
            *self._contradicted_by_guide(first, units, wrong_spans, asserts),
            *self._needless(units, key_points, nearest, wrong_spans, asserts),
            *self._equated(answer, units, key_points, nearest, wrong_spans, asserts),
        ]:
            if found_.corrects not in {m.corrects for m in asserted}:
                asserted.append(found_)
            wrong_spans.append(found_.span)
        # A relation said the wrong way round, read after the findings above and one reading
        # after another, so that a unit they correct is not corrected twice.
        readings: list[Callable[[], list[MisconceptionMatch]]] = [
            lambda: self._turned_relation(
                first, key_points, answer, units, apart, wrong_spans, asserts
            ),
            lambda: self._filed_under_other(units, key_points, wrong_spans, asserts),
        ]
        for reading in readings:
            for found_ in reading():
                if found_.corrects not in {m.corrects for m in asserted}:
                    asserted.append(found_)
                wrong_spans.append(found_.span)
        # A claim the guide does not back ("X is always more accurate"): its own finding, with no
        # key point named as its correction; its unit earns nothing.
        cautions = self._unbacked(answer, units, key_point_ids, wrong_spans, asserts)
        wrong_spans += [c.span for c in cautions]
        # Read again only where a slip took units away from what may earn.
        again = len(wrong_spans) > slips
        earns = earning(wrong_spans)
        covered, missed = [], []
        corrected = {m.corrects for m in asserted}
        rights, leaned = {}, set()
        for kp in key_points:
            # A point the answer also contradicts is not credited: the feedback corrects it.
            statements = [] if kp.id in corrected else statements_of(kp) if again else first[kp.id]
            leaning = self._leaning_wrong(
                kp, [m for m in misconceptions if m.corrects == kp.id], units, nearest, near_wrong
            )
            rights[kp.id] = [
                (similar, index)
                for similar, index, why in statements
                if not why and index not in leaning
            ]
            if any(index in leaning for _, index, why in statements if not why):
                leaned.add(kp.id)
        # A point whose nearest unit dismisses it ("the shape doesn't matter") is missed first,
        # as a point said the wrong way is: the feedback names it rather than pass it over.
        asked = self._asked.get(question_id, frozenset())
        for kp in key_points:
            index = int(np.argmax(nearest[kp.id]))
            if nearest[kp.id][index] >= DENIAL_NEAR and dismisses(units[index], kp.text, asked):
                leaned.add(kp.id)
        borrowed = self._borrowed(rights, units)
        for kp in key_points:
            right = [(s, index) for s, index in rights[kp.id] if (kp.id, index) not in borrowed]
            best = self._match(kp, units, max(right)) if right else None
            # A missed point keeps how near the answer came to it: a follow-up asks first about
            # what is most clearly missing, not what the candidate said in words the grader
            # did not credit. A point said the wrong way (``_leaning_wrong``) is missed first:
            # the feedback names it, rather than pass it over as said in other words.
            near = 0.0 if kp.id in leaned else float(nearest[kp.id].max())
            (covered if best else missed).append(best or _unmatched(kp.id, kp.text, near))
        missed.sort(key=lambda point: point.id not in leaned)

        # A slip costs the point it gets wrong; a misconception the guide names costs more (on
        # grading_dev_subtle.jsonl a slip's penalty only misordered answers: 0.676 with it,
        # 0.784 without, the other dev sets unchanged; a tester found "Good: ..." beside 0%):
        # half of what the rest of the answer earned, for each.
        named = [m for m in asserted if not m.id.endswith(CONTRADICTED)]
        weights = point_weights(self._knowledge, key_point_ids)
        share = sum(weights[p.id] for p in covered) / sum(weights.values())
        score = share * MISCONCEPTION_FACTOR ** len(named)
        return Grade(
            question_id=question_id,
            score=min(1.0, max(0.0, score)),
            covered=tuple(covered),
            missed=tuple(missed),
            misconceptions=tuple(asserted),
            cautions=tuple(cautions),
        )

    def probed_statements(
        self,
        follow_up: str,
        key_point_ids: Sequence[str],
        probed: Sequence[str],
        barred: Sequence[str] = (),
    ) -> list[PointMatch]:
        """The points the follow-up asked for (``probed``) that a unit of its answer states by
        ``Matcher.states_probed``: in other words than the point's, nearer it than any other key
        point, with the words only it uses. A unit that asks something, or overlaps a span of
        ``barred`` (what the answer states wrong), earns nothing, as in ``grade``."""
        units = [
            unit
            for unit in split_units(follow_up)
            if not any(unit in s for s in split_sentences(follow_up) if asks(s))
            and not any(span in unit or unit in span for span in barred)
        ]
        if not units or not probed:
            return []
        vectors = self._matcher.embed(units)
        near = {kp: self._matcher.similarities(vectors, kp).max(axis=1) for kp in key_point_ids}
        found = []
        for kp_id in probed:
            stating = [
                (float(near[kp_id][i]), i)
                for i, unit in enumerate(units)
                if self._matcher.states_probed(
                    unit,
                    float(near[kp_id][i]),
                    kp_id,
                    all(near[other][i] <= near[kp_id][i] for other in key_point_ids),
                )
            ]
            if stating:
                similarity, index = max(stating)
                found.append(
                    PointMatch(
                        id=kp_id,
                        text=self._knowledge.key_point(kp_id).text,
                        span=units[index],
                        similarity=similarity,
                    )
                )
        return found

    def _credited_denials(
        self,
        statements: dict[str, list[tuple[float, int, str | None]]],
        key_points: list[KeyPoint],
        answer: str,
        units: list[str],
        nearest: dict[str, np.ndarray],
        wrong_spans: list[str],
        asserts: Callable[[str], bool],
    ) -> list[MisconceptionMatch]:
        """A unit the grader would credit that asserts what a key point of the question denies
        ("drift always mean model is broken" for "drift ... does not prove accuracy has
        dropped"; "that guarantees identical results across PyTorch versions" for "PyTorch does
        not promise reproducible results across releases"): that point stated wrong
        (``unbacked.asserts_what_point_denies``), and the unit earns nothing."""
        credited = {index for stated in statements.values() for _, index, why in stated if not why}
        # ... or near a key point of the question, though not credited ("feature drift
        # automatically means the model got worse").
        closest = np.max(list(nearest.values()), axis=0)
        credited |= {int(i) for i in np.flatnonzero(closest >= DENIAL_NEAR)}
        found: list[MisconceptionMatch] = []
        sentences = split_sentences(answer)
        for index in sorted(credited, key=lambda i: len(units[i])):
            unit = units[index]
            taken = [*wrong_spans, *(f.span for f in found)]
            if not asserts(unit) or any(s in unit or unit in s for s in taken):
                continue
            sentence = next((s for s in sentences if unit in s), unit)
            before = sentence[: sentence.find(unit)]
            denied = next(
                (
                    kp
                    for kp in key_points
                    if kp.id not in {f.corrects for f in found}
                    and asserts_what_point_denies(
                        unit, kp.text, self._matcher.wordings(kp.id), before
                    )
                ),
                None,
            )
            if denied is not None:
                found.append(
                    MisconceptionMatch(
                        id=f"{denied.id}{CONTRADICTED}", text=unit, span=unit, corrects=denied.id
                    )
                )
        return found

    def _needless(
        self,
        units: list[str],
        key_points: list[KeyPoint],
        nearest: dict[str, np.ndarray],
        wrong_spans: list[str],
        asserts: Callable[[str], bool],
    ) -> list[MisconceptionMatch]:
        """A unit that says what a key point is about is not needed at all ("the k-fold average
        is unbiased, so no test set is needed"; ``text.needless_subject``): that point stated
        wrong, the one of those it names that the unit is nearest, at least ``DENIAL_NEAR``
        (the guide's misconception of a test set "used during training" is another belief).
        The unit earns nothing; the feedback states the point first."""
        found: list[MisconceptionMatch] = []
        asked = self._asked[key_points[0].id.split(".")[0]] if key_points else frozenset()
        for index in sorted(range(len(units)), key=lambda i: len(units[i])):
            unit = units[index]
            taken = [*wrong_spans, *(f.span for f in found)]
            if not asserts(unit) or any(s in unit or unit in s for s in taken):
                continue
            named = [
                kp
                for kp in key_points
                if kp.id not in {f.corrects for f in found}
                and nearest[kp.id][index] >= DENIAL_NEAR
                and needless_subject(unit, kp.text, asked)
            ]
            if named:
                kp = max(named, key=lambda k: nearest[k.id][index])
                found.append(
                    MisconceptionMatch(
                        id=f"{kp.id}{CONTRADICTED}", text=unit, span=unit, corrects=kp.id
                    )
                )
        return found

    def _equated(
        self,
        answer: str,
        units: list[str],
        key_points: list[KeyPoint],
        nearest: dict[str, np.ndarray],
        wrong_spans: list[str],
        asserts: Callable[[str], bool],
    ) -> list[MisconceptionMatch]:
        """Two terms the guide tells apart said to be one ("unsupervised is basically the same
        thing as supervised, it always predicts the same labels"; ``unbacked.equated_terms``):
        the key point that says what the first of them is, stated wrong (the first key point
        of the question that opens on the term, else the nearest that names it). The statement,
        from that clause to the end of its sentence, earns nothing: what follows a sameness in
        its sentence says it on (a walkthrough's answer earned q01.k4 and k2 by it)."""
        if not key_points or not any(said_alike(unit) for unit in units):
            return []
        question = self._knowledge.question(key_points[0].id.split(".")[0])
        guide = [
            *split_sentences(question.reference_answer),
            *(w for kp in key_points for w in self._matcher.wordings(kp.id)),
        ]
        groups = self._groups
        sentences = split_sentences(answer)
        for index in sorted(range(len(units)), key=lambda i: len(units[i])):
            unit = units[index]
            if not asserts(unit) or any(s in unit or unit in s for s in wrong_spans):
                continue
            terms = equated_terms(unit, groups, guide)
            if terms is None:
                continue
            term = content_words(terms[0])
            opening = [kp for kp in key_points if content_words(kp.text)[: len(term)] == term]
            naming = [kp for kp in key_points if " ".join(term) in " ".join(content_words(kp.text))]
            kp = (opening or sorted(naming, key=lambda k: -nearest[k.id][index]) or [None])[0]
            if kp is None:
                continue
            sentence = next((s for s in sentences if unit in s), unit)
            span = sentence[sentence.find(unit) :]
            found = MisconceptionMatch(
                id=f"{kp.id}{CONTRADICTED}", text=span, span=span, corrects=kp.id
            )
            return [found]
        return []

    def _filed_under_other(
        self,
        units: list[str],
        key_points: list[KeyPoint],
        wrong_spans: list[str],
        asserts: Callable[[str], bool],
    ) -> list[MisconceptionMatch]:
        """A thing the guide names under one term of a group, filed by the candidate under
        another ("k-means is definitely supervised because you give it k", where the guide's
        unsupervised tasks include k-means; ``unbacked.filed_under_other``): the key point
        whose wording names the thing with the guide's term, stated wrong. The guide read is the
        question's reference answer and key points in all their wordings, not its
        misconceptions. The shortest such unit is the one found; it earns nothing."""
        if not key_points:
            return []
        question = self._knowledge.question(key_points[0].id.split(".")[0])
        wordings = {kp.id: self._matcher.wordings(kp.id) for kp in key_points}
        guide = [
            *split_sentences(question.reference_answer),
            *(w for said in wordings.values() for w in said),
        ]
        for unit in sorted(units, key=len):
            if not asserts(unit) or any(s in unit or unit in s for s in wrong_spans):
                continue
            filed = filed_under_other(unit, self._groups, guide)
            if filed is None:
                continue
            thing, term = (content_words(t) for t in filed)
            kp = next(
                (
                    kp
                    for kp in key_points
                    if any(mentions(w, thing) and mentions(w, term) for w in wordings[kp.id])
                ),
                None,
            )
            if kp is not None:
                return [
                    MisconceptionMatch(
                        id=f"{kp.id}{CONTRADICTED}", text=unit, span=unit, corrects=kp.id
                    )
                ]
        return []

    def _unbacked(
        self,
        answer: str,
        units: list[str],
        key_point_ids: Sequence[str],
        wrong_spans: list[str],
        asserts: Callable[[str], bool],
    ) -> list[Caution]:
        """The answer's claims the question's guide does not back (``unbacked.unbacked_claims``),
        read against its reference answer, key points (in all their wordings) and misconceptions."""
        questions = [
            self._knowledge.question(q)
            for q in dict.fromkeys(k.split(".")[0] for k in key_point_ids)
        ]
        guide = [
            *(s for q in questions for s in split_sentences(q.reference_answer)),
            *(w for q in questions for kp in q.key_points for w in self._matcher.wordings(kp.id)),
            *(m.text for q in questions for m in q.misconceptions),
        ]
        names = [text for q in questions for text in (q.question, q.title)]
        cautions = unbacked_claims(units, answer, guide, names, wrong_spans)
        return [c for c in cautions if asserts(c.span)]

    @staticmethod
    def _leaning_wrong(
        kp: KeyPoint,
        wrongs: list[Misconception],
        units: list[str],
        nearest: dict[str, np.ndarray],
        near_wrong: dict[str, np.ndarray],
    ) -> set[int]:
        """The units that lean to a misconception correcting the key point: closer to one of its
        wordings than to any of the point's by ``LEANING_MARGIN``, and saying more of the words
        only the misconception has than of those only the point has (q06's reference answer,
        "sending the error backwards, from the output layer towards the input layer", says two
        of each). Such a unit
        talks of the point's topic the wrong way ("params: GRU > LSTM at the same hidden size"
        for "a GRU has fewer parameters"; "bigger lambda -> bias goes down") and no rule found
        the misconception in it: it earns nothing, and is not corrected. Not for a misconception
        that repeats half its point's words or more ("density much higher" for "much lower"):
        meaning does not tell those two apart, and the word tests do (``Matcher.contradicts``)."""
        point = content_tokens(kp.text)
        leaning: set[int] = set()
        for m in wrongs:
            own = content_tokens(m.text)
            if len(own & point) >= FLIP_SHARE * len(own | point):
                continue
            ahead = near_wrong[m.id] - nearest[kp.id]
            for index in np.flatnonzero(ahead > LEANING_MARGIN):
                said = content_tokens(units[index])
                if len(said & (own - point)) > len(said & (point - own)):
                    leaning.add(int(index))
        return leaning

    def _turned_as_guide_warns(
        self,
        statements: dict[str, list[tuple[float, int, str | None]]],
        units: list[str],
        misconceptions: list[Misconception],
        wrong_spans: list[str],
        apart: dict[str, list[tuple[float, float]]],
    ) -> list[MisconceptionMatch]:
        """The units the grader would credit for a key point that turn one of its directions the
        way a misconception of the guide correcting that point does (``text.turned_as``): "it
        raises the loss on the easy, well-classified examples" is the focal-loss misconception
        said in the candidate's words, though close in meaning to the point it turns. Each is
        found as that misconception (a named one: it halves the score, and the feedback
        corrects it), and earns nothing. Only where the point is the unit's nearest: a unit
        that makes a sibling point of the other direction ("if each layer shrinks the signal,
        it shrinks away to nothing" beside "if the factors are larger than one the gradient
        grows") is credited for both, and turns only the one it does not make.
        ``statements``: each key point's units; ``apart``: see ``_apart``."""
        found: list[MisconceptionMatch] = []
        for kp_id, stated in statements.items():
            wrongs = [m for m in misconceptions if m.corrects == kp_id]
            if not wrongs:
                continue
            right = self._matcher.wordings(kp_id)
            for _, index, why in sorted(stated, reverse=True):
                unit = units[index]
                if why or apart[kp_id][index][0] < 0:
                    continue
                if any(s in unit or unit in s for s in wrong_spans):
                    continue
                wrong = next(
                    (m for m in wrongs if turned_as(unit, right, self._matcher.wordings(m.id))),
                    None,
                )
                if wrong is not None:
                    found.append(
                        MisconceptionMatch(id=wrong.id, text=wrong.text, span=unit, corrects=kp_id)
                    )
                    break
        return found

    def _contradicted_by_guide(
        self,
        statements: dict[str, list[tuple[float, int, str | None]]],
        units: list[str],
        wrong_spans: list[str],
        asserts: Callable[[str], bool],
    ) -> list[MisconceptionMatch]:
        """The statements the grader would credit that the question's own guide contradicts,
        read as the claim checker reads a model's sentence (``ClaimChecker.contradiction``): a
        wrong belief in the candidate's words that no misconception of the guide names ("the
        masked positions get a large negative value added after the softmax"). Each is found as
        the point it would have been credited with, stated wrong, and earns nothing (the point
        the checker's evidence belongs to was the labelled one less often on the dev sets).
        ``statements``: each key point's units."""
        if self._checker is None:
            from interviewer.judging.claim_checker import ClaimChecker

            self._checker = ClaimChecker(self._matcher)
        found: list[MisconceptionMatch] = []
        read: dict[int, str | None] = {}
        for kp_id, stated in statements.items():
            right = [(similarity, index) for similarity, index, why in stated if not why]
            if not right:
                continue
            index = max(right)[1]
            unit = units[index]
            taken = [*wrong_spans, *(f.span for f in found)]
            if any(s in unit or unit in s for s in taken) or not asserts(unit):
                continue
            if index not in read:
                verdict = self._checker.contradiction(unit, kp_id.split(".")[0])
                read[index] = verdict and verdict.reason
                if read[index] is not None:
                    found.append(
                        MisconceptionMatch(
                            id=f"{kp_id}{CONTRADICTED}", text=unit, span=unit, corrects=kp_id
                        )
                    )
        return found

    def _turned_relation(
        self,
        statements: dict[str, list[tuple[float, int, str | None]]],
        key_points: list[KeyPoint],
        answer: str,
        units: list[str],
        apart: dict[str, list[tuple[float, float]]],
        wrong_spans: list[str],
        asserts: Callable[[str], bool],
    ) -> list[MisconceptionMatch]:
        """The statements the grader would credit that say the relation between the point's
        terms the other way round. A thing said to stay the same where the point says it
        changes, or the other way round, of the same subject: "value clipping caps
        each element, so the direction is preserved" for "value clipping ... can change the
        gradient's direction"; "the test block grows and the train set stays fixed" for "each
        training set is a superset of the previous one". The terms match the point; the relation
        between them is the wrong one, so the unit earns nothing and the point is stated as the
        correction. Read per subject where the point names a term the guide tells apart from
        another, else on the whole unit and point (``_turns_steadiness``). And what the point
        chooses put on the side given up, with what it gives up on the side chosen: "they moved
        to fixed stages instead of aliases" for "stages are deprecated in favour of aliases"
        (``text.turned_choice``, against each wording of the point). Only where the point is
        the unit's nearest: "norm clipping ... the direction is preserved", credited with the
        value clipping point as a neighbour, is no value clipping point said wrong.
        ``statements``: each key point's units; ``apart``: see ``_apart``."""
        found: list[MisconceptionMatch] = []
        sentences = split_sentences(answer)
        for kp in key_points:
            right = [(similarity, index) for similarity, index, why in statements[kp.id] if not why]
            if not right:
                continue
            index = max(right)[1]
            unit = units[index]
            taken = [*wrong_spans, *(f.span for f in found)]
            if any(s in unit or unit in s for s in taken) or not asserts(unit):
                continue
            if apart[kp.id][index][0] < 0:
                continue
            sentence = next((s for s in sentences if unit in s), unit)
            short = len(content_words(unit)) <= SIDE_SENTENCE_WORDS
            if (short and self._turns_steadiness(unit, sentence, kp)) or any(
                turned_choice(unit, wording) for wording in self._matcher.wordings(kp.id)
            ):
                found.append(
                    MisconceptionMatch(
                        id=f"{kp.id}{CONTRADICTED}", text=unit, span=unit, corrects=kp.id
                    )
                )
        return found

    def _turns_steadiness(self, unit: str, sentence: str, kp: KeyPoint) -> bool:
        """Does a side of the unit say a thing stays the same where the point's wordings settle
        on its changing (``_settled``), or the other way round? Each side is read against the
        sides of the wordings that say something stays or changes and share a word with it
        beyond the subject (the direction, the set): "weights change only on mistakes" is not
        read against "correct answers leave it unchanged", which is about something else. Where
        the point names a term of the guide's groups and the unit's sentence names it too, the
        sentence is read per subject, each side about the term last named, its group's other
        terms included ("value clipping caps each element but the direction stays intact");
        else the unit's sides, whatever their subject."""
        groups = [g for g in self._groups if any(mentions(kp.text, content_words(t)) for t in g)]
        subjects = list(dict.fromkeys(tuple(content_words(t)) for g in groups for t in g))
        named = {n for n, subject in enumerate(subjects) if mentions(kp.text, subject)}
        if len(content_words(sentence)) <= SIDE_SENTENCE_WORDS and any(
            mentions(sentence, subjects[n]) for n in named
        ):
            said = [side for side in side_moves(sentence, subjects) if side[0] in named]
        elif {move for _, move, _ in side_moves(sentence)} >= {1, -1}:
            # One side of a contrast the sentence makes ("the input looks the same as before
            # but the right answer becomes different"): its half alone says only half of it.
            return False
        else:
            said, subjects = side_moves(unit), []
        # A subject said to stay in one side and to change in another is a contrast the
        # candidate makes ("the input looks the same but the answer becomes different"), read
        # whole or not at all.
        signs: dict[int | None, set[int]] = {}
        for subject, move, _ in said:
            signs.setdefault(subject, set()).add(move)
        said = [side for side in said if side[1] and not signs[side[0]] >= {1, -1}]
        readings = [side_moves(w, subjects) for w in self._matcher.wordings(kp.id)]
        for subject, move, words in said:
            own = words - (set(subjects[subject]) if subject is not None else set())
            if move == -_settled([_nearest_move(sides, subject, own) for sides in readings]):
                return True
        return False

    @staticmethod
    def _overstated(units: list[str], key_points: list[KeyPoint]) -> list[MisconceptionMatch]:
        """Wrong beliefs the guide lists no misconception for, read by their shape against the
        question's key points, each found as a key point stated wrong (``CONTRADICTED``): the
        point earns nothing, and the feedback states it first as the correction. One shape: one
        item of a list, said to be all there is ("unsupervised learning is just clustering"
        where a key point lists clustering and dimensionality reduction).

        Not "always better" ("unsupervised learning is always more accurate"): no key point
        says what corrects it, and the newcomer walkthrough's candidate was "corrected" with the
        nearest one, a point they had made, now called missed.

        The shortest unit that says it is the one found, so that the other clauses of its
        sentence still earn."""
        found: list[MisconceptionMatch] = []
        for unit in sorted(units, key=len):
            if any(f.span in unit for f in found):
                continue
            what = restricted_to(unit)
            listing = next(
                (kp for kp in key_points if what and excluded_items(unit, what, kp.text)), None
            )
            if listing is not None:
                found.append(
                    MisconceptionMatch(
                        id=f"{listing.id}{CONTRADICTED}", text=unit, span=unit, corrects=listing.id
                    )
                )
        return found

    def _loose_asides(
        self, found: list[MisconceptionMatch], follow_up: str, probed: Sequence[str]
    ) -> list[str]:
        """The follow-up's clauses read as a misconception only loosely, on a point the
        follow-up did not ask about. A follow-up answer is about what it asked ("What does it
        cost you?"), and an aside on another point in passing ("you need the logging and
        storage for all the shadow predictions") comes near some misconception of the question
        by chance: read as one, it took back the credit the answer had earned for the point
        (a newcomer's 71/100 fell to 1/100). Such a clause counts as the candidate's belief
        only where it says the misconception as plainly as a wording must (``STATES_WORDING``);
        one on the points asked for is read as every answer is."""
        return [
            found_.span
            for found_ in found
            if found_.span in follow_up
            and found_.corrects not in probed
            and found_.similarity < STATES_WORDING
        ]

    def _borrowed(
        self, rights: dict[str, list[tuple[float, int]]], units: list[str]
    ) -> set[tuple[str, int]]:
        """The (key point, unit) pairs where a unit states a point only as a neighbour of the one
        it makes. A unit that states several points of the question earns the one it is closest
        to, and another only where one of its parts (a conjunct, a list item, a sub-clause) is
        closer to that point than to any other point of the question: "model drift is
        performance decaying as the real-world data changes" makes the decay point and the cause
        point, one in each part, and not the data drift and concept drift points, which only
        share its words. Of such second credits a person found 79 of 184 wrong on
        grading_dev(_b, _kb).jsonl and 50 of 74 on the subtle dev sets (a partial or wrong answer
        then ties with a strong one); this rule leaves 21 and 16 wrong, and 85 of 105 and 22 of
        24 right. Barring every second credit cost right ones ("precision, recall and F1", a
        reference answer's sentence joining two points by "and").
        ``rights``: every key point of the question, with the units that state it."""
        stated: dict[int, dict[str, float]] = {}
        for kp_id, right in rights.items():
            for similarity, index in right:
                points = stated.setdefault(index, {})
                points[kp_id] = max(similarity, points.get(kp_id, similarity))
        key_point_ids = list(rights)
        borrowed = set()
        for index, points in stated.items():
            if len(points) < 2:
                continue
            closest = max(points, key=points.__getitem__)
            vectors = self._matcher.embed(split_parts(units[index]))
            nearest = np.argmax(
                [self._matcher.similarities(vectors, kp_id).max(axis=1) for kp_id in key_point_ids],
                axis=0,
            )
            made = {key_point_ids[row] for row in nearest} | {closest}
            borrowed |= {(kp_id, index) for kp_id in points if kp_id not in made}
        return borrowed

    def _slip_of_another_subject(
        self,
        key_point_id: str,
        index: int,
        units: list[str],
        statements: dict[str, list[tuple[float, int, str | None]]],
        apart: dict[str, list[tuple[float, float]]],
    ) -> bool:
        """Whether the slip a sentence shows against the point lies only in clauses that state
        rightly another of the question's points, the one each is nearest: "supervised
        learning is when you have labelled data, and unsupervised is when you don't have
        labels" is nearest the unsupervised point as a whole, and its "labelled" is the
        supervised clause's (the first answer of an interview played in the terminal scored 0
        with a "correction" of the point it made). The clause must name the other term of a
        confusable pair the point names. A slip in a clause credited with a point it is not
        nearest ("... and that zero bias is what breaks the symmetry"), or that no single
        clause shows, still counts. ``statements``: each key point's units;
        ``apart``: see ``_apart``."""
        flagged = [
            j
            for j, clause in enumerate(units)
            if j != index
            and clause in units[index]
            and self._matcher.contradicts(clause, key_point_id)
        ]
        point = self._knowledge.key_point(key_point_id).text
        if not all(self._names_the_other(units[j], point) for j in flagged):
            return False
        stating_others = {
            j
            for kp_id, stated in statements.items()
            if kp_id != key_point_id
            for _, j, why in stated
            if not why and apart[kp_id][j][0] >= 0
        }
        return bool(flagged) and all(j in stating_others for j in flagged)

    def _names_the_other(self, clause: str, point: str) -> bool:
        """Does the clause name a term of a confusable pair whose other term the point names
        ("supervised" beside the unsupervised point)? Only then is the clause about another
        subject: "the model is too complex and misses the real patterns", after "High bias is
        underfitting:", is the same subject said wrong."""
        return any(
            mentions(clause, term)
            and not mentions(point, term)
            and any(mentions(point, t) for t in group)
            for group in confusable_terms(self._knowledge.confusables)
            for term in group
        )

    @staticmethod
    def _apart(
        key_point_id: str, nearest: dict[str, np.ndarray], wrong: np.ndarray
    ) -> list[tuple[float, float]]:
        """For each unit, by how much it is closer to the key point than to any other key point
        of the question, and than to any misconception."""
        own = nearest[key_point_id]
        others = [sims for kp_id, sims in nearest.items() if kp_id != key_point_id]
        over_points = own - np.max(others, axis=0) if others else own
        return [(float(p), float(w)) for p, w in zip(over_points, own - wrong, strict=True)]

    def _statements(
        self,
        kp: KeyPoint,
        units: list[str],
        unit_vectors: np.ndarray,
        similarities: np.ndarray,
        closest: np.ndarray,
        earns: list[bool],
        apart: list[tuple[float, float]],
        derived: frozenset[int] = frozenset(),
    ) -> list[tuple[float, int, str | None]]:
        """Each wording of the key point is tried on the unit closest to it, as a person would
        look for the one sentence that makes the point; a clause asserting a misconception, or
        its sentence, earns nothing. The units that state a wording, each with its similarity
        and, if it says the point wrong, why. ``derived``: units the grader made from the
        answer's own (``_closest_units``)."""
        asked = self._asked[kp.id.split(".")[0]]
        reading = (units, closest, earns, apart, derived, asked)
        found = self._stated(kp, self._matcher.wordings(kp.id), similarities, reading, half=False)
        if found is None:
            return []
        if found:
            return found
        # A short unit that says one statement of a wording that makes two is read against
        # that half alone, whose words it then has (see ``STATES_HALF``).
        halves = self._matcher.half_similarities(unit_vectors, kp.id)
        return self._stated(kp, self._matcher.halves(kp.id), halves, reading, half=True) or []

    def _stated(
        self,
        kp: KeyPoint,
        texts: Sequence[str],
        similarities: np.ndarray,
        reading: tuple[
            list[str], np.ndarray, list[bool], list[tuple[float, float]], frozenset[int], str
        ],
        *,
        half: bool,
    ) -> list[tuple[float, int, str | None]] | None:
        """Each of ``texts`` (the key point's wordings, or their halves, which must also pass
        ``STATES_HALF``) tried on its closest units: the first that states it, with its
        similarity and, if it says the point wrong, why. ``None`` where a text has no unit that
        may earn: then no text is tried further. One loop for wordings and halves, so the two
        readings cannot drift apart."""
        units, closest, earns, apart, derived, asked = reading
        found: list[tuple[float, int, str | None]] = []
        for column, text in enumerate(texts):
            tried = _closest_units(np.argsort(-similarities[:, column]), earns, derived)
            if not tried:
                return None
            for index in tried:
                similarity = float(similarities[index, column])
                unit = units[index]
                if (
                    (not half or STATES_HALF.holds(unit, text, similarity, apart[index], asked))
                    and self._matcher.states_key_point(
                        unit, similarity, text, closest[index], apart[index], asked
                    )
                    and not self._matcher.gives_another_predicate(unit, kp.id)
                    and not dismisses(unit, kp.text, asked)
                ):
                    found.append((similarity, int(index), self._matcher.contradicts(unit, kp.id)))
                    break
        return found

    def _match(self, kp: KeyPoint, units: list[str], best: tuple[float, int]) -> PointMatch:
        similarity, index = best
        return PointMatch(
            id=kp.id,
            text=kp.text,
            span=units[index],
            similarity=similarity,
            in_full=self._matcher.said_in_full(units[index], kp.text),
        )

    def akin_points(self, key_point_id: str) -> frozenset[str]:
        return self._matcher.akin(key_point_id)

    def defining_point(self, term: str) -> str:
        return self._matcher.defining_point(term)

    def grade_reference(self, question: Question) -> Grade:
        """The question's own reference answer, graded. It should earn every key point and state
        no misconception: it is shown as the model answer, so where it falls short the content
        and the grader disagree, and candidates would be marked down for saying it."""
        key_points = [kp.id for kp in question.key_points]
        return self.grade(question.reference_answer, key_points, question.id)

    def _misconceptions(
        self, answer: str, question_ids: set[str]
    ) -> tuple[list[MisconceptionMatch], list[str]]:
        """The misconceptions the answer states (each shown with its closest stating clause),
        and every clause that states one: none of them earns credit. A wording is looked for
        in single clauses; what is said of a subject also where a name stands in its own clause
        before it ("Data drift: the link between inputs and answers changes")."""
        units = split_claims(answer)
        unit_vectors = self._matcher.embed(units)
        # The claims open with the clauses and the contrasts taken whole.
        single, contrasted = split_clauses(answer), contrasts(answer)
        clauses = len(dict.fromkeys([*single, *contrasted]))
        whole = set(contrasted) - set(single)
        # Two clauses side by side, where one says half of a statement (its subject or its
        # condition) and the other the rest: ranked apart, so as not to push a clause out.
        bound, conditional = neighbour_pairs(answer), conditions(answer)
        pairs = [pair for pair in bound.values() if pair not in units[:clauses]]
        pair_vectors = self._matcher.embed(pairs)
        with_condition = {
            clause: pairs.index(pair) for clause, pair in bound.items() if pair in pairs
        }

        def condition_allows(clause: str, misconception: Misconception) -> bool:
            """A clause read with the condition before it still states the misconception:
            "when the learning rate is too high, | units get knocked into the dead region" does
            not say the too-low learning rate misconception, though its second clause does."""
            if clause not in with_condition:
                return True
            n = with_condition[clause]
            return bool(
                self._matcher.states_misconception(
                    pairs[n], pair_vectors[n], misconception, candidate=True
                )
            )

        # What the answer says just before each single clause: the sentence before and the
        # start of its own, where a clause that names no subject may have it named.
        sentences = split_sentences(answer)

        def before(clause: str) -> str:
            if clause in whole:
                return ""
            for n, sentence in enumerate(sentences):
                at = sentence.find(clause)
                if at >= 0:
                    return " ".join([*sentences[max(0, n - 1) : n], sentence[:at]])
            return ""

        misconceptions = [
            m
            for question_id in sorted(question_ids)
            for m in self._knowledge.question(question_id).misconceptions
        ]
        # What each clause says of each misconception's subject; a clause that says of one
        # subject what two misconceptions say states the one it is closer to.
        margins = np.asarray(
            [self._matcher.says_of_subject(units, unit_vectors, m) for m in misconceptions]
        )
        found, wrong_spans = [], []
        for row, misconception in enumerate(misconceptions):
            # Each clause ranked by its closest wording of the misconception.
            closest = self._matcher.similarities(unit_vectors[:clauses], misconception.id).max(
                axis=1
            )
            candidates = np.argsort(-closest)[:MISCONCEPTION_CANDIDATES]
            said: dict[int, float | None] = {}
            for i in map(int, candidates):
                stated = self._matcher.states_misconception(
                    units[i],
                    unit_vectors[i],
                    misconception,
                    candidate=True,
                    pairing_only=units[i] in whole,
                    before=before(units[i]),
                )
                if stated and condition_allows(units[i], misconception):
                    said[i] = None if units[i] in conditional else stated
            stating = [
                i
                for i in map(int, candidates)
                if said.get(i)
                or self._states_by_reference(single, units[i], unit_vectors[i], misconception)
            ] + [
                int(i)
                for i in np.flatnonzero(margins[row])
                if margins[row, i] == margins[:, i].max()
            ]
            spans, plain = [units[i] for i in stating], None
            if stating:
                first = stating[0]
                # How plainly the first stating clause says it, read alone (a whole contrast is
                # read for its pairing only above, and a clause found another way was not read
                # so): kept on the match for ``_loose_asides``.
                plain = (
                    said.get(first)
                    if first in said and units[first] not in whole
                    else self._matcher.states_misconception(
                        units[first], unit_vectors[first], misconception, candidate=True
                    )
                )
            elif pairs:
                near = self._matcher.similarities(pair_vectors, misconception.id).max(axis=1)
                joined = [
                    (pairs[i], stated)
                    for i in np.argsort(-near)[:MISCONCEPTION_CANDIDATES]
                    if (
                        stated := self._matcher.states_misconception(
                            pairs[i], pair_vectors[i], misconception, candidate=True, joined=True
                        )
                    )
                ]
                spans = [pair for pair, _ in joined]
                plain = joined[0][1] if joined else None
            if spans:
                wrong_spans += spans
                found.append(
                    MisconceptionMatch(
                        id=misconception.id,
                        text=misconception.text,
                        span=spans[0],
                        corrects=misconception.corrects,
                        similarity=plain or 0.0,
                    )
                )
        return found, wrong_spans

    def _states_by_reference(
        self, clauses: list[str], clause: str, vector: np.ndarray, misconception: Misconception
    ) -> bool:
        """Does a clause that opens on "it", "they" or "which" state the misconception of the
        subject it stands for? Read with that subject in the pronoun's place: "they just copy the
        minority examples", said of class weights a sentence earlier, names no subject for the
        misconception's words to be said of. Judged on the clause's own meaning, by which it was
        ranked, or, embedded with the subject, where that is closer to the misconception than to
        every key point of the question by ``WRONG_MARGIN``: with its subject "SMOTE removes
        samples from the majority class" comes near its misconception, but "accuracy's a
        reasonable headline number when the classes are even" near every one about accuracy."""
        if clause not in clauses:
            return False
        resolved = self._matcher.resolve_reference(
            clause, clauses[: clauses.index(clause)], misconception
        )
        if not resolved:
            return False
        if self._matcher.states_misconception(resolved, vector, misconception, candidate=True):
            return True
        with_subject = self._matcher.embed([resolved])[0]
        said = self._matcher.states_misconception(
            resolved, with_subject, misconception, candidate=True
        )
        points = self._knowledge.question(misconception.id.split(".")[0]).key_points
        nearest_point = max(
            float(self._matcher.similarities(with_subject[None, :], kp.id).max()) for kp in points
        )
        return bool(said) and said >= nearest_point + WRONG_MARGIN
