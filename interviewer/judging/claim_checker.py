"""The claim checker: is each claim of a response supported by the guide and the answer?

One implementation with two callers: the interviewer's runtime guard, which removes unsupported
sentences before a candidate sees them, and the faithfulness evals. This is the **rules** judge:
embeddings, lexical overlap, and contradiction checks against the knowledge base (its
misconceptions and its groups of easily swapped terms), with no language model.

Verdicts: ``supported``, ``contradicted``, ``unsupported``, or ``not_a_claim`` (greetings,
questions, instructions). Each claim is read in parts:

- words that evaluate the candidate ("Correct.", "Good coverage of both cases.", "Transformers:
  not covered.") are judged against the grader's findings on the answer (``evaluations``), the
  only thing that may say how the candidate did;
- reports of what the candidate said are checked against the answer (or a point the grade
  covers);
- claims about machine learning against the guide: a guide sentence, clause or other wording of
  a key point close to the whole claim, or to each of its clauses, must say it, and none may
  contradict it (a known misconception, swapped terms, a negation, a quantity going the other
  way, a cause or step put in the other order, a different formula, the two sides of "with" or
  "to" swapped).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from interviewer.judging.evaluations import (
    CRITICISM,
    META,
    PRAISE,
    Evaluation,
    leading_evaluations,
    reported,
    topic_evaluation,
)
from interviewer.judging.grader import Grader
from interviewer.judging.matching import (
    COMPARE_SIMILARITY,
    SUPPORTS_CLAIM,
    Matcher,
    word_share,
)
from interviewer.judging.text import (
    DENIED_OR_NEARLY,
    RUN_ON_WORDS,
    STOPWORDS,
    affirmative,
    affirmed,
    antonyms,
    content_tokens,
    content_words,
    denial_opens,
    denials,
    nearest_clause,
    negated_words,
    negates_otherwise_than_grammar,
    opposite_direction,
    opposite_polarity,
    order_against,
    reason_clause,
    relations,
    said_directions,
    split_clauses,
    split_parts,
    split_sentences,
    split_units,
    steadiness,
    stem,
    swapped_arguments,
    swapped_concept,
    turned_otherwise,
    turned_words,
    turns_of_sense,
    without_low_terms,
    without_negations,
)
from interviewer.knowledge.schema import KeyPoint, Misconception
from interviewer.types import ClaimVerdict, Grade, PointMatch, Verdict

#: A claim this close to a guide passage restates it (and agrees with it on every swap check).
RESTATEMENT_SIMILARITY = 0.85
#: Similarity at which a claim about the candidate matches a part of their answer.
ANSWER_SIMILARITY = 0.5
#: ... or this close, when every reported word is in the answer ("you mentioned overfitting").
LOOSE_ANSWER_SIMILARITY = 0.35
#: Share of the reported words ("you said X": the words of X) that must be in the answer.
REPORT_SHARE = 0.6
#: A report of this many words or fewer names things ("CNNs and RNNs"): their being in the
#: answer is enough.
NAMED_WORDS = 3
#: Content words apart within which terms of two swappable groups are paired ("oversample the
#: minority class").
PAIR_REACH = 3
#: A clause of a guide passage with fewer content words than this is a fragment.
FULL_UNIT = 3
#: A clause of at most this many content words may be a piece of a statement split at its
#: commas ("standing in for production data"), judged with its neighbour.
FRAGMENT_WORDS = 4
#: Share of the words only one half of a misconception has that a clause must say to state it.
PART_SAID = 0.6
#: A remark on the answer that names nothing of its question ("That covers it.", "That's the
#: full set of levers.") has at most this many content words.
REMARK_WORDS = 5
#: Share of a listed item's terms the answer must name in some form.
ITEM_SHARE = 0.5
#: Letters of a term that a word of the answer must open with to name it ("label", "labels").
TERM_OPENING = 5
#: The closest units whose directions a supported claim must not turn ("the loss rises").
DIRECTION_UNITS = 5
#: Share of a claim's words a passage must share for a "not" between them to negate it.
NEGATION_SHARE = 0.3
#: The guide units closest to a negated claim read without its negations that may show it
#: denies what the guide says (``ClaimChecker._denied``).
DENIAL_UNITS = 3
#: Closeness below which a guide unit does not say a negated claim read without its negation,
#: whatever words they share (true denials on the dev sets: 0.67 and above). A claim that
#: names no subject ("it is not the fraction of all relevant documents", 0.65 from a sentence
#: on relevant documents) must be as close as a restatement (``SUPPORTS_CLAIM.on_meaning``).
DENIAL_SIMILARITY = 0.65
#: Share of the words a negation denies that the unit must say: what the guide asserts is what
#: the claim denies, not a word beside it ("dropout does not make training faster" denies
#: nothing of "a dropout network takes two to three times as long to train").
DENIED_SHARE = 0.5
#: Words beside the swappable terms that a praised topic and the answer's part must share for
#: the answer to say the topic the other way round (``ClaimChecker._praised_turned``).
PRAISED_SHARE = 2
#: Share of the words of the question a praised topic names that a covered key point's text,
#: other wordings and hint must name, more than any point not covered, for the praise to be of
#: that point (``ClaimChecker._point_vocabulary``).
TOPIC_NAMED = 0.5
#: A context this close to one of a question's key points is that key point: the question whose
#: key points the contexts carry is the one the answer was given to.
SAME_PASSAGE = 0.9
#: Share of a reason's content words the unit that supports its sentence must carry for the
#: guide to give that reason there ("because ...", "so that ...": see ``_unsupported_reason``).
REASON_SHARE = 0.5
#: The units closest to a reason that may give it in other words.
REASON_UNITS = 3
#: Words a reason adds that neither the unit giving it carries nor the guide here and the
#: answer use anywhere: this many name a specific the guide does not give.
SPECIFIC_WORDS = 2
#: Words of a faulted topic a key point's text, wordings and hint must name for the topic to
#: be that point (``ClaimChecker._named_point``).
NAMED_POINT_WORDS = 2
#: A term among the first this many content words of a sentence is its subject.
SUBJECT_WORDS = 3
#: Words besides the terms that a unit naming another term of a swappable group must share
#: with a claim for the guide to tie what the claim says to that term
#: (``ClaimChecker._tied_to_sibling``).
SIBLING_SHARE = 3
#: ... and this share of all the claim says besides its terms ("training goes forward pass,
#: loss" is not what the guide says of the backward pass because both name a pass and a loss).
SIBLING_PART = 0.75
#: ... and of a part of a unit that sets two terms against each other ("X ..., whereas Y
#: ..."): the unit's other part names the claim's term, so less of the claim need be said.
SIBLING_CLAUSE_PART = 0.5

#: A reason that opens on the statement's subject by a pronoun: "..., because it penalises ...".
_REASON_PRONOUN = re.compile(r"^\W*(?:it|they)\s+", re.I)
#: Praise that opens a sentence and says nothing of its own ("You're right that X" reports X).
_INTERJECTION = re.compile(
    r"^(?:\s*(?:good job|good start|well done|you're right(?! that)|that's right|that's correct|"
    r"great|good|nice|ok|okay|alright|right|sure|excellent|thanks(?! for)|thank you(?! for)|"
    r"perfect|exactly)\b[\s,!.:-]*)+",
    re.I,
)
#: Praise or thanks with nothing checkable in it: "thanks for walking me through that".
_REMARK = re.compile(
    r"^\s*(?:(?:thanks|thank you) for\b|(?:that's|that is|this is|that was) (?:a |an )?"
    r"(?:very |really )?(?:solid|good|great|clear|strong|nice|fair|thoughtful)\s+"
    r"(?:answer|start|point|explanation|summary)\b)",
    re.I,
)
_INSTRUCTION = re.compile(
    r"^\s*(?:let's|let us|now|next|moving on|shall we|think about|take|here's|"
    r"here is|hi|hello|welcome|tell me|walk me|can you|could you)\b",
    re.I,
)
#: An opener of conversation, then a statement: "Let's break it down: X", "Here's the key: X",
#: "Now, X", "Next, X".
_OPENED_CLAIM = re.compile(
    r"^[^:;,]{0,40}?:\s+(?P<rest>\S.*)$|^\s*(?:now|next)\s*,\s+(?P<rest2>\S.*)$", re.I
)
#: Advice that asserts what follows it: "Remember to apply it to the test set as well" says
#: that it applies to the test set, "Keep in mind that..." says what follows.
_ASSERTING_ADVICE = re.compile(
    r"^\s*(?:(?:just )?remember(?: that| to)?|keep in mind(?: that)?|note(?: that)?|"
    r"(?:just )?(?:make sure|be aware)(?: that)?|try|consider)\s+",
    re.I,
)
_ABOUT_ANSWER = re.compile(
    r"\b(?:you|your answer)\b[^.]*?\b(?:said|say|mentioned|explained|noted|described|stated|"
    r"covered|pointed out|identified|talked about|brought up|got|correctly|rightly|named|gave|"
    r"handled|addressed|tackled|dealt with|included|tied|linked|flagged|distinguished|"
    r"separated|right that|understand|understood|grasped)\b",
    re.I,
)
_ABOUT_GAP = re.compile(
    r"\b(?:you|your answer)\b[^.]*?\b(?:did not|didn't|missed|forgot|left out|skipped|"
    r"overlooked|could add|could mention)\b",
    re.I,
)
_REPORT_WORDS = re.compile(
    r"\b(?:you|your|answer|said|say|mentioned|explained|noted|described|stated|covered|pointed|"
    r"out|identified|talked|about|brought|up|got|correctly|rightly|named|gave|that|did|not|"
    r"didn't|missed|forgot|left|skipped|overlooked|could|add|mention|handled|addressed|tackled|"
    r"dealt|included|well|understand|understood|grasped)\b",
    re.I,
)
#: The words that open a report, up to what is reported: "You correctly explained that".
_REPORTED = re.compile(
    r"\byou(?:'ve)?(?:\s+(?:also|\w+ly))*\s+(?:said|explained|noted|described|stated|identified|"
    r"pointed out|mentioned|got|named|tied|linked)\s+(?:that\s+)?",
    re.I,
)
_ENDORSES = re.compile(
    r"\b(?:correct|correctly|right|rightly|accurately|good|well|spot on|exactly)\b", re.I
)
#: Where a sentence's parts meet, each of which may evaluate the answer on its own: "Correct
#: metrics, and naming the tools was a good move."
_PIECE = re.compile(r"\s*(?:;|,|\s-\s|\u2014|\u2013)\s*(?:and\s+|but\s+)?")
#: Advice on what to say, which asserts what follows it, not anything about the answer.
_ADVICE = re.compile(
    r"\byou(?:'d| would| could| might| should| can)\s+(?:strengthen it by\s+)?"
    r"(?:say|name|naming|cite|citing|describe|put it)\b(?:\s+that)?",
    re.I,
)
#: The operators of a formula: "correct predictions divided by all predictions".
_FORMULA = re.compile(
    r"\b(?:divided by|out of|over (?:all|the total|every)|multiplied by|times|plus|minus|"
    r"(?:sum|average|mean|product|ratio) of)\b",
    re.I,
)
#: Words either side of an operator that are its operands.
FORMULA_REACH = 5
#: The openings of an illustration: "Say an upstream team renames a column", "For example, a
#: hospital...", "To picture it: ...".
_ILLUSTRATION = re.compile(
    r"^\W*(?:(?:say|imagine|picture|suppose)\b|for (?:example|instance)\b|e\.g\.|"
    r"(?:to|now) (?:picture|see|make)\b|here's (?:a|an)\b|(?:a )?concrete\b|"
    r"(?:as )?an? (?:example|illustration)\b)",
    re.I,
)
#: A sentence that points at what the candidate said and denies or reverses it, saying nothing
#: the guide could check: "Hmm, that's not the reason.", "That one didn't land yet.", "It's the
#: other way round.", "You've reversed them."
_DENIES_ANSWER = re.compile(
    r"^\W*(?:(?:hmm+|well|no|nope|actually)\b[\s,.!]*)?(?:"
    r"(?:that|this)(?:\s+one)?(?:'s|\s+is|\s+was)?\s*(?:not|isn't|wasn't|doesn't|didn't|"
    r"does not|did not|won't|can't)\b"
    r"|(?:it|that|you)(?:'s|'ve|\s+is|\s+have)?\s+(?:got\s+\w+\s+)?(?:the other way (?:round|"
    r"around)|reversed|backwards|swapped|flipped|mixed)\b)",
    re.I,
)
#: A short sentence that says what the candidate said is turned round, naming nothing the guide
#: could check: "Those two are swapped.", "The direction is reversed.", "That's the opposite of
#: their job.", "These are the wrong way round here." Up to ``REVERSED_TAIL`` words may follow.
_REVERSED_ANSWER = re.compile(
    r"^\W*(?:(?:hmm+|well|no|nope|actually|careful)\b[\s,.!]*)?"
    r"(?:that|this|it|those|these|they|both|the (?:two|direction|order|roles?|sides?|labels?|"
    r"pairing|mapping|terms?))(?:\s+(?:two|ones?))?"
    r"(?:'s|'re|'ve been|'ve got|\s+(?:is|are|was|were|got|have been|has been|seem|seems|look|"
    r"looks))\s+"
    r"(?:(?:the|all|just|completely|actually|got)\s+)?(?:swapped|reversed|backwards?|flipped|"
    r"inverted|switched|mixed up|the other way (?:round|around)|the wrong way (?:round|around)|"
    r"opposite|upside down)\b(?P<tail>[^.!?]*)[.!?]*\s*$",
    re.I,
)
#: Words that may follow a turned-round remark: "That's the opposite of their job."
REVERSED_TAIL = 4
#: A sentence that names something the answer would gain from: "An example task for each side
#: would strengthen it." It names a thing, not a statement ("adding that X ..."), in at most
#: ``NAMED_WORDS`` content words besides those about an answer ("example", "each side").
_WOULD_GAIN = re.compile(
    r"^\W*(?P<what>(?:(?!\b(?:that|how|why|because)\b)[^,;:])+?)\s+would\s+(?:strengthen|"
    r"improve|complete|round out|help)\b",
    re.I,
)
#: Words that say the answer lacks what follows them: "You could also mention X", "Consider
#: adding X", "What's missing is X", "Next time, explain X", "Don't forget X".
_LACKS = re.compile(
    # A model's openers before it: "However, it is important to note that you did not ...".
    r"^\W*(?:(?:and|but|so|however|though|still)\b[\s,]*)?"
    r"(?:(?:it is|it's) (?:important|worth) (?:to note|noting|pointing out) that\s+|"
    r"(?:just )?note that\s+)?"
    r"(?:(?:you could (?:also )?|(?:it )?would help to |consider |"
    r"next time,?\s*|to improve[:,]?\s*|don't forget (?:to )?|i'd have liked to )"
    r"(?:mention|add|explain|say|name|cover|include|hear)(?:ing)?\s+|"
    r"(?:one thing|what's|what is) missing (?:is|was)\s+|"
    # "You didn't mention X", "You haven't said what X", "You could also have mentioned X":
    # the answer lacks X, as "Missing: X" says.
    r"(?P<denied>you(?:\s+(?:also|still))?\s+(?:didn't|did not|haven't|have not|never|"
    r"could (?:also )?have|should (?:also )?have|might (?:also )?have)\s+"
    r"(?:really\s+|yet\s+|also\s+)?(?:mention|say|said|describe|explain|cover|name|address|"
    r"discuss|talk about|bring up|give|gave)(?:ed|d|n)?\s+|"
    r"you(?:\s+(?:also))?\s+(?:left out|missed|forgot(?: to mention)?|skipped|overlooked)\s+))"
    r"(?:that |about |why |how |what |which |whether )?(?P<what>.*[a-z].*)$",
    re.I,
)
#: A sentence whose subject is the candidate or their answer, saying what they did or are (not
#: what they could or should do: "you could add...", "you'll see...").
_ABOUT_YOU = re.compile(
    r"^\W*(?:you(?:'ve|'re| have| are)?|your (?:answer|explanation|reasoning|logic|thinking))\b"
    r"(?!(?:\s+(?:also|just|still|\w+ly))*\s*(?:could|would|might|should|can|may|will|need|"
    r"want|must|have to|'d|'ll)\b)",
    re.I,
)
_NOT = re.compile(r"\b(?:not|no|never)\b|n't\b", re.I)
#: Any word that turns a sentence's sense: a claim with one is not read as asserting plainly.
_NEGATION_WORD = re.compile(
    r"\b(?:not|no|never|without|cannot|none|nothing|neither|nor|unnecessary|instead of|"
    r"rather than)\b|n't\b",
    re.I,
)
_POINTING = re.compile(
    r"^\s*(?:(?:that|this|which)(?:'s|\s+is|\s+was)|(?:it|they|this|that)\s+(?:\w+\s+)?"
    r"(?:does|do|did|is|are|was|were|can|will|would)(?:n't|\s+not))\b",
    re.I,
)
#: A claim pointing back ("that's unsupervised", "it doesn't raise it") of at most this many words
#: is judged with the claim before it.
POINTING_WORDS = 3
#: A term defined in passing: "(and add) data drift, which is a change in the relationship".
_DEFINED = re.compile(
    r"^\W*(?:(?:and|also|add|mention|cover|name|include|like)\s+)*(?P<term>[^,]{2,40}?),\s+"
    r"which\s+(?P<rest>(?:is|are|means|describes)\b.+)$",
    re.I,
)
#: After a name in brackets, where the next phrase begins: "... distribution (data drift) or".
_NAMED_IN_BRACKETS = re.compile(r"(?<=\))\s+(?=\w)")
_CONJUNCTION = re.compile(r"^\s*(?:so|and|but|then)\b[\s,]*", re.I)
_INCLUDING = re.compile(r"^\s*(?:including|especially|particularly|notably)\s+", re.I)
_PRONOUN = re.compile(r"^\s*(?:it|they|this|that)\b(?:'s)?\s*", re.I)
_NEXT_REPORT = re.compile(r",?\s+and\s+(?=you\b|your\b)|;\s*(?=you\b|your\b)", re.I)
_APPENDED_FACT = re.compile(r",\s*(?:which|that|who)\s+", re.I)  # "you said X, which Y"
_COMPOUND = re.compile(r"\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b")
_ONLY = re.compile(r"\b(?:only|solely|alone)\b", re.I)
#: "Only" that makes a condition of what follows: "only trustworthy when the classes are
#: balanced", "reliable only if".
_ONLY_IF = re.compile(r"\bonly(?:\s+\w+){0,2}\s+(?:when|if|as long as)\b", re.I)
_CONDITIONAL = re.compile(r"\b(?:when|if|as long as)\b", re.I)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?%?")
#: A share or a multiple said in words, which states a quantity as a figure does: "about a
#: tenth of the samples", "two thirds", "ten times a plain step", "threefold". Not "halves the
#: noise", a verb that follows from a formula, nor "one" or "two" counting what the guide lists,
#: nor a proportion ("twice as many filters give an output twice as deep"), which scales a case
#: of its own making rather than giving a figure.
_QUANTITY_WORD = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
    r"(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|hundredth|thousandth)s?\b"
    r"|\b(?:a|one)\s+half\b|\bhalf\s+of\b"
    r"|\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|a thousand)"
    r"(?:\s+times|-?fold)|twice|thrice)\b(?!\s+(?:as|more|less|fewer)\b)",
    re.I,
)
#: A name the guide would have to give: an acronym or inner capital ("TFX", "PyTorch"), or a
#: double name ("Kolmogorov-Smirnov").
_NAME = re.compile(
    r"(?<!^)(?<![.!?]\s)\b[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9]*\b|\b[A-Z][a-z]+[A-Z]\w*\b"
    r"|\b[A-Z][a-z]+-[A-Z][a-z]+\b"
)


def split_claims(text: str) -> list[str]:
    """Sentences, split further at semicolons and at contrasting conjunctions."""
    return [claim for claim, _ in _labelled_claims(text)]


def _labelled_claims(text: str) -> list[tuple[str, str]]:
    """``split_claims``, each claim with the label it is under: "Missing: A; B" says B is
    missing too, as "Good: A; B" praises B. A label ("Good:", "One correction:") opens a
    sentence and holds over its semicolons, not past a contrast ("..., but B")."""
    claims = []
    for sentence in split_sentences(text):
        label = ""
        for clause in re.split(r"\s*;\s*", sentence):
            for index, part in enumerate(re.split(r",\s+(?:but|whereas|while)\s+", clause)):
                part = part.strip()
                if not part:
                    continue
                evaluations, rest = leading_evaluations(part)
                if evaluations and rest and evaluations[-1].topic == rest:
                    label = part[: part.rindex(rest)].strip()
                    claims.append((part, ""))
                else:
                    claims.append((part, label if index == 0 else ""))
    return claims


def _names_most(denied: set[str], words: set[str]) -> bool:
    """Do the words name what a negation denies: most of its words, and two when it has two?"""
    said = len(denied & words)
    return bool(said) and said >= max(min(2, len(denied)), DENIED_SHARE * len(denied))


def _positions(words: list[str], term: str) -> list[int]:
    """Where in ``words`` the term starts."""
    term_words = content_words(term)
    n = len(term_words)
    return [i for i in range(len(words) - n + 1) if n and words[i : i + n] == term_words]


def _mentions(words: list[str], term: str) -> bool:
    term_words = content_words(term)
    n = len(term_words)
    return n > 0 and any(words[i : i + n] == term_words for i in range(len(words) - n + 1))


@dataclass
class _Evidence:
    """What one response is checked against: the guide's passages, the candidate's answer, and
    the grader's findings on that answer (given by the caller, or graded here when first needed)."""

    contexts: list[str]  # the guide passages whole, for orders told across sentences
    passages: list[str]
    passage_vectors: np.ndarray
    units: list[str]  # the passages' sentences and clauses, and their key points' other wordings
    unit_vectors: np.ndarray
    wordings: list[str]  # those other wordings alone
    answer: str
    answer_units: list[str]
    answer_vectors: np.ndarray
    known_text: str
    #: The questions whose key points the passages carry: only their misconceptions are looked
    #: for (all of them when there are no passages).
    questions: frozenset[str] | None = None
    grade: Grade | None = None
    graded: bool = field(default=False, repr=False)
    known_words: frozenset[str] | None = field(default=None, repr=False)
    #: Does the guide say every statement of the answer (``_guide_says_answer``), once asked.
    answer_backed: bool | None = field(default=None, repr=False)


class ClaimChecker:
    """Build once per process; ``check`` is then fast (a few small embedding batches)."""

    def __init__(self, matcher: Matcher) -> None:
        self._matcher = matcher
        self._knowledge = knowledge = matcher.knowledge
        self._embeddings = matcher.embeddings
        self._grader = Grader(matcher, checker=self)
        self._wordings_all = frozenset(
            w for q in knowledge.questions for kp in q.key_points for w in kp.said_as
        )
        #: The words of each question's key points and misconceptions: a word of a formula that
        #: is one of its question's names a quantity, not a way of speaking ("right calls").
        self._terms = {
            q.id: content_tokens(
                " ".join([*(kp.text for kp in q.key_points), *(m.text for m in q.misconceptions)])
            )
            for q in knowledge.questions
        }
        parts = [
            (m, part)
            for m in matcher.misconceptions
            if len(split_clauses(m.text)) > 1
            for part in split_clauses(m.text)
        ]
        self._misconception_parts = list(
            zip(
                [m for m, _ in parts],
                [part for _, part in parts],
                np.asarray(self._embeddings.embed_documents([part for _, part in parts])),
                strict=True,
            )
        )
        #: The key point each other wording says.
        self._point_of_wording = {
            w: kp.text for q in knowledge.questions for kp in q.key_points for w in kp.said_as
        }
        #: The stems of the swappable terms, for telling a compound of them from a term.
        #: The groups of terms whose properties are not said of one another: the swappable
        #: terms, and the terms the guide sets against each other (``siblings``), which a
        #: candidate's statement (``contradiction``) is not read for.
        self._groups = tuple(dict.fromkeys([*knowledge.confusables, *knowledge.siblings]))
        self._swappable_terms = list(dict.fromkeys(t for group in self._groups for t in group))
        self._terms_swapped = frozenset(stem(t) for t in self._swappable_terms)
        self._sibling_terms = [t for group in knowledge.siblings for t in group]
        self._group_tokens = frozenset(
            token for group in knowledge.confusables for t in group for token in content_tokens(t)
        )
        #: Each question's own passages as evidence (``contradiction``), built when first asked.
        self._evidence: dict[str, _Evidence] = {}
        self._vocabulary = set().union(
            *(
                content_tokens(
                    " ".join([q.question, q.reference_answer, *(k.text for k in q.key_points)])
                )
                for q in knowledge.questions
            )
        )

    def embed(self, texts: list[str]) -> np.ndarray:
        """The texts' vectors with the checker's own embeddings, for comparisons of meaning."""
        return self._matcher.embed(texts)

    def check(
        self,
        response: str,
        contexts: Sequence[str],
        answer: str = "",
        grade: Grade | None = None,
    ) -> list[ClaimVerdict]:
        """Each claim of ``response`` judged against the guide ``contexts`` and the ``answer``.

        ``grade`` is the grader's finding on the answer, the only thing that may back a sentence
        evaluating the candidate ("Correct.", "Good coverage of both cases."); without it, the
        answer is graded here against the question whose key points the contexts carry.
        """
        labelled = _labelled_claims(response)
        claims = [claim for claim, _ in labelled]
        if not claims:
            return []
        # A question among the contexts (a retrieved practice question, a question's other
        # phrasings) states no fact: it supports nothing, and is no unit ("Why does a more
        # complex model always generalise better?" supported the claim it presupposes).
        passages = [
            s
            for s in dict.fromkeys(s for c in contexts for s in split_sentences(c))
            if not s.endswith("?")
        ]
        # A clause of a passage is a unit of its own, unless it is a fragment ("the backward
        # pass", "rather than accuracy") that says too little to support or contradict anything.
        clauses = [
            c
            for c in dict.fromkeys(
                [*split_clauses(" ".join(passages)), *_contrasted_units(passages)]
            )
            if c not in passages and len(content_tokens(c)) >= FULL_UNIT
        ]
        answer_units = split_units(answer)
        vectors = np.asarray(
            self._embeddings.embed_documents([*claims, *passages, *clauses, *answer_units])
        )
        claim_vectors, rest = vectors[: len(claims)], vectors[len(claims) :]
        passage_vectors, rest = rest[: len(passages)], rest[len(passages) :]
        clause_vectors, answer_vectors = rest[: len(clauses)], rest[len(clauses) :]
        carried = self._key_points_among(passage_vectors)
        wordings, wording_vectors = self._wordings_of(carried, passage_vectors)
        evidence = _Evidence(
            contexts=list(contexts),
            passages=passages,
            passage_vectors=passage_vectors,
            units=[*passages, *clauses, *wordings],
            unit_vectors=np.concatenate([passage_vectors, clause_vectors, wording_vectors])
            if passages
            else np.zeros((0, 0)),
            wordings=wordings,
            answer=answer,
            answer_units=answer_units,
            answer_vectors=answer_vectors,
            known_text=" ".join([*contexts, answer]).lower(),
            questions=frozenset(k.split(".")[0] for k in carried) or None,
            grade=grade,
            graded=grade is not None or not answer.strip(),
        )
        verdicts = [
            self._judge(
                f"{label} {claim}" if label else claim, claim_vectors[i], evidence
            ).model_copy(update={"text": claim})
            for i, (claim, label) in enumerate(labelled)
        ]
        for i, claim in enumerate(claims):
            # "...you could cluster them; that's unsupervised.": a short claim about "that" that
            # says nothing checkable alone is judged with the claim it points back to.
            if (
                i
                and verdicts[i].verdict is Verdict.UNSUPPORTED
                and _POINTING.match(claim)
                and len(content_tokens(claim)) <= POINTING_WORDS
            ):
                joined = f"{claims[i - 1]} {claim}"
                vector = np.asarray(self._embeddings.embed_query(joined))
                verdicts[i] = self._judge(joined, vector, evidence).model_copy(
                    update={"text": claim}
                )
        return self._said_of_both(response, labelled, verdicts, evidence)

    def _said_of_both(
        self,
        response: str,
        labelled: list[tuple[str, str]],
        verdicts: list[ClaimVerdict],
        evidence: _Evidence,
    ) -> list[ClaimVerdict]:
        """A property of one term of a group said of two joined ("L1 or L2", "both ridge and
        the lasso", "X and Y alike"), where the guide gives it to one only: "raising lambda in
        L1 or L2 regularisation ... increases the bias by setting some coefficients exactly to
        zero" (a walkthrough's model; ridge sets none to zero). Each supported claim of such a
        sentence that names the pair, or no term of the group (its subject said before it: "...,
        but it sets ..."), is read once for each term of the pair; if the guide ties what it
        says of one of them to another term (``_tied_to_sibling``), it is contradicted."""
        sentences = split_sentences(response)
        if len(sentences) > 1:
            owner = []
            for sentence in sentences:
                owner.extend([sentence] * len(_labelled_claims(sentence)))
        else:
            owner = [response] * len(labelled)
        if len(owner) != len(verdicts):
            return verdicts
        joints: dict[str, list[tuple[re.Match[str], Sequence[str]]]] = {}
        for i, verdict in enumerate(verdicts):
            if verdict.verdict is not Verdict.SUPPORTED or not verdict.evidence:
                continue
            if owner[i] not in joints:
                joints[owner[i]] = self._joints(owner[i])
            for joint, group in joints[owner[i]]:
                claim = labelled[i][0]
                words = self._term_words(claim)
                named = {t for t in group if _mentions(words, t)}
                pair = (joint["a"], joint["b"])
                if joint.group() in claim:
                    readings = [claim.replace(joint.group(), t) for t in pair]
                elif not named:
                    readings = [f"{t} {claim}" for t in pair]
                else:
                    continue
                for reading in readings:
                    tied = self._tied_to_sibling(
                        reading, verdict.evidence, evidence.units, joined=True
                    )
                    if tied:
                        others = tied[1].rsplit(" what the guide says of ", 1)[-1]
                        reason = f"says of {pair[0]} and {pair[1]} what the guide says of {others}"
                        verdicts[i] = _contradicted(verdict.text, reason, tied[0])
                        break
                else:
                    continue
                break
        return verdicts

    def _joints(self, sentence: str) -> list[tuple[re.Match[str], Sequence[str]]]:
        """The pairs of terms of one group a sentence joins ("L1 or L2", "ridge and lasso"),
        each with its group; not "between X and Y" (a comparison), "unlike X, Y" nor "neither
        X nor Y"."""
        found = []
        for group in self._groups:
            if len(group) < 2:
                continue
            terms = "|".join(
                r"\s+".join(rf"{re.escape(w)}\w*" for w in t.split())
                for t in sorted(group, key=len, reverse=True)
            )
            pattern = re.compile(
                rf"(?<![\w-])(?P<a>{terms})(?:\s+[\w-]+)?"
                rf"(?:\s*,\s*|\s*/\s*|\s+(?:or|and|&|as well as)\s+)"
                rf"(?:(?:the|a|an)\s+)?(?P<b>{terms})(?![\w-])",
                re.I,
            )
            for match in pattern.finditer(sentence):
                before = sentence[: match.start()]
                if re.search(
                    r"\b(?:between|neither|whether|from|unlike)\s+(?:the\s+)?$", before, re.I
                ):
                    continue
                a, b = (self._term_of(match[k], group) for k in ("a", "b"))
                if a and b and a != b:
                    found.append((match, group))
        return found

    def _term_of(self, text: str, group: Sequence[str]) -> str | None:
        words = self._term_words(text)
        return next((t for t in group if _mentions(words, t)), None)

    def contradiction(self, statement: str, question_id: str) -> ClaimVerdict | None:
        """A candidate's statement that the question's own guide (its reference answer and key
        points, in their wordings too) contradicts plainly, judged as a model's claim is: a
        guide sentence said with one word put for its opposite or two of its words exchanged
        ("half a point if automated, a full point if run manually"), a share put for the
        guide's, two pairs of opposites crossed, or a cause put for its effect
        by "because", "caused by", "after" ... against the guide's own sentences. The grader
        asks this of the statements it would credit (issue 13/14: a wrong belief the guide lists
        no misconception for earned praise). Denials, restrictions, misconceptions, formulas,
        directions ("with weaker inductive bias it needs much more data" read as "much" turned)
        and terms of a swappable group put for the guide's are not read here: on a candidate's
        loose words ("sequences aren't the same length", "you train and score the model many
        times", "trust it only with balanced classes; otherwise precision/recall/F1") they
        flagged right statements on the grading dev sets, and the grader reads misconceptions
        its own way."""
        if not FULL_UNIT < len(content_words(statement)) <= STATEMENT_WORDS:
            # (a fragment, "with shared weights", says too little to be wrong)
            return None  # run-on speech names both terms of a pair in different statements
        evidence = self._question_evidence(question_id)
        vector = self._matcher.embed([statement])[0]
        # The grader reads the guide's misconceptions its own way (and the slowest part of the
        # checker is looking for them): only the guide's passages are read here.
        verdict = self._fact_verdict(statement, statement, vector, evidence, candidate=True)
        if verdict.verdict is not Verdict.CONTRADICTED or not _PLAIN.search(verdict.reason or ""):
            return None
        if _ORDER.match(verdict.reason or "") and (
            (verdict.evidence in evidence.wordings and verdict.evidence not in evidence.passages)
            or not _ORDERING.search(statement)
        ):
            # A wording's order of words is loose ("MSE saturates with sigmoid, vanishing even
            # when wrong"): a candidate's order is read against the guide's own sentences.
            return None
        said = _SAID_TERMS.match(verdict.reason or "")

        def named(terms: str) -> list[bool]:
            return [
                bool(re.search(rf"\b{re.escape(term)}", statement, re.I))
                for term in terms.strip("'").split("/")
            ]

        if said and not all(named(said.group("terms"))):
            # The word put for the guide's is named as that word, not by another of its forms.
            return None
        return verdict

    def _question_evidence(self, question_id: str) -> _Evidence:
        """The question's own passages as evidence, with no answer: built once per question."""
        cached = self._evidence.get(question_id)
        if cached is not None:
            return cached
        passages = [
            s
            for s in dict.fromkeys(
                s
                for c in self._knowledge.question(question_id).passages
                for s in split_sentences(c)
            )
            if not s.endswith("?")
        ]
        clauses = [
            c
            for c in dict.fromkeys(split_clauses(" ".join(passages)))
            if c not in passages and len(content_tokens(c)) >= FULL_UNIT
        ]
        vectors = self._matcher.embed([*passages, *clauses])
        passage_vectors, clause_vectors = vectors[: len(passages)], vectors[len(passages) :]
        carried = self._key_points_among(passage_vectors)
        wordings, wording_vectors = self._wordings_of(carried, passage_vectors)
        evidence = _Evidence(
            contexts=list(self._knowledge.question(question_id).passages),
            passages=passages,
            passage_vectors=passage_vectors,
            units=[*passages, *clauses, *wordings],
            unit_vectors=np.concatenate([passage_vectors, clause_vectors, wording_vectors]),
            wordings=wordings,
            answer="",
            answer_units=[],
            answer_vectors=np.zeros((0, passage_vectors.shape[1])),
            known_text=" ".join(passages).lower(),
            questions=frozenset(k.split(".")[0] for k in carried) or None,
            graded=True,
        )
        self._evidence[question_id] = evidence
        return evidence

    def _grade(self, evidence: _Evidence) -> Grade | None:
        """The grader's findings on the answer, graded once per response, against the question
        whose key points the guide contexts carry; None when there is no answer or no question."""
        if not evidence.graded:
            evidence.graded = True
            question = self._question_of(evidence.passage_vectors)
            if question is not None:
                key_points = [kp.id for kp in self._knowledge.question(question).key_points]
                evidence.grade = self._grader.grade(evidence.answer, key_points, question)
        return evidence.grade

    def points_said(self, vectors: np.ndarray) -> list[dict[str, frozenset[str]]]:
        """For each vector, the key points it says (nearly in the words of one of their
        wordings), each with the content words of all its wordings: the words in which the
        guide says the same."""
        found: list[dict[str, frozenset[str]]] = [{} for _ in range(len(vectors))]
        if not len(vectors):
            return []
        for question in self._knowledge.questions:
            for kp in question.key_points:
                close = np.max(self._matcher.similarities(vectors, kp.id), axis=1) >= SAME_PASSAGE
                for i in np.flatnonzero(close):
                    found[i][kp.id] = content_tokens(" ".join(self._matcher.wordings(kp.id)))
        return found

    def nearest_point(self, vector: np.ndarray) -> str | None:
        """The key point one of whose wordings is closest to the vector."""
        best, nearest = -1.0, None
        for question in self._knowledge.questions:
            for kp in question.key_points:
                similarity = float(np.max(self._matcher.similarities(vector[None, :], kp.id)))
                if similarity > best:
                    best, nearest = similarity, kp.id
        return nearest

    def _key_points_among(self, passage_vectors: np.ndarray) -> list[str]:
        """The ids of the key points the passages carry (in their own or nearly their words)."""
        if not len(passage_vectors):
            return []
        return [
            kp.id
            for question in self._knowledge.questions
            for kp in question.key_points
            if float(np.max(self._matcher.similarities(passage_vectors, kp.id)[:, 0]))
            >= SAME_PASSAGE
        ]

    def _wordings_of(
        self, carried: list[str], passage_vectors: np.ndarray
    ) -> tuple[list[str], np.ndarray]:
        """The other wordings (``said_as``) of the key points the passages carry: the guide says
        those points in these words too, so a claim may rest on them."""
        texts, vectors = [], []
        for kp_id in carried:
            texts.extend(self._matcher.wordings(kp_id)[1:])
            vectors.append(self._matcher.wording_vectors(kp_id)[1:])
        if not texts:
            return [], np.zeros((0, passage_vectors.shape[1] if passage_vectors.ndim == 2 else 0))
        return texts, np.concatenate(vectors)

    def _question_of(self, passage_vectors: np.ndarray) -> str | None:
        """The question most of whose key points are among the passages, if any is."""
        if not len(passage_vectors):
            return None
        votes: dict[str, int] = {}
        for question in self._knowledge.questions:
            for kp in question.key_points:
                if float(np.max(self._matcher.similarities(passage_vectors, kp.id)[:, 0])) >= (
                    SAME_PASSAGE
                ):
                    votes[question.id] = votes.get(question.id, 0) + 1
        return max(votes, key=lambda q: votes[q]) if votes else None

    def _judge(self, claim: str, vector: np.ndarray, evidence: _Evidence) -> ClaimVerdict:
        """A sentence may open with evaluations of the answer ("Correct, and ..."): those are
        judged against the grade, and what follows them as a claim of its own."""
        quoted = _QUOTED_CORRECTION.match(claim)
        if quoted and content_tokens(quoted["rest"]):
            # "'keep things linear' - the reverse: they add non-linearity": the candidate's
            # words, quoted, are no claim of the model's; its correction after them is, and the
            # quote must be the answer's.
            verdicts = []
            if evidence.answer.strip() and self._answer_says(quoted["quote"], evidence) is None:
                verdicts.append(
                    ClaimVerdict(
                        text=claim,
                        verdict=Verdict.UNSUPPORTED,
                        reason="quotes what the answer does not say",
                    )
                )
            rest = quoted["rest"]
            vector = np.asarray(self._embeddings.embed_query(rest))
            verdicts.append(self._judge_claim(claim, rest, vector, evidence))
            return _worst(claim, verdicts)
        evaluations, rest = leading_evaluations(claim)
        verdicts = [
            self._judge_topic(claim, e, evidence)
            if e.topic
            else self._judge_evaluation(claim, e, evidence)
            for e in evaluations
        ]
        for e in evaluations:
            # "One correction: it's the folds that simulate production data", "Missing: the
            # test set should be in the folds": what a label praises, faults or corrects to is
            # also a statement about ML, which the guide must not contradict.
            if e.topic and len(content_tokens(e.topic)) >= FULL_UNIT:
                vector_topic = np.asarray(self._embeddings.embed_query(e.topic))
                fact = self._judge_fact(claim, e.topic, vector_topic, evidence)
                if fact.verdict is Verdict.CONTRADICTED:
                    verdicts.append(fact)
        kept = []
        praised, topic = bool(evaluations) and evaluations[-1].praise, ""
        for piece in _PIECE.split(rest):
            evaluation = topic_evaluation(piece)
            including = _INCLUDING.match(piece)
            if evaluation is None and praised and including:  # "Exactly right, including X"
                evaluation = Evaluation(
                    text=piece, praise=True, complete=False, topic=reported(piece)
                )
            if evaluation is None:
                # "Test set: correct, it simulates unseen data": "it" is the part just judged.
                kept.append(_PRONOUN.sub(_naming(topic), piece, count=1) if topic else piece)
                praised = False
                continue
            praised, topic = evaluation.praise, evaluation.topic
            if evaluation.topic:
                verdicts.append(self._judge_topic(claim, evaluation, evidence))
            else:
                verdicts.append(self._judge_evaluation(claim, evaluation, evidence))
        if len(kept) < len(_PIECE.split(rest)):
            rest = ", ".join(p.strip() for p in kept if p.strip())
        if evaluations and rest and _ABOUT_ANSWER.match(evaluations[0].text):
            # "You gave the correct definition, the balanced-classes condition, and F1": a
            # report that opens with praise lists what follows it too.
            return _worst(claim, [*verdicts, self._judge_report(claim, claim, evidence)])
        if rest and (rest != claim or not verdicts):
            if rest != claim:
                vector = np.asarray(self._embeddings.embed_query(rest))
            verdicts.append(self._judge_claim(claim, rest, vector, evidence))
        return _worst(claim, verdicts)

    def _judge_evaluation(
        self, claim: str, evaluation: Evaluation, evidence: _Evidence
    ) -> ClaimVerdict:
        """Praise needs a grade that found something covered and nothing wrong (and, when it
        calls the answer complete, nothing missed); criticism needs something missed or wrong."""
        grade = self._grade(evidence)
        if grade is None:
            return ClaimVerdict(
                text=claim,
                verdict=Verdict.UNSUPPORTED,
                reason="evaluates the candidate with no grade to back it",
            )
        if evaluation.praise:
            backed = bool(grade.covered) and not grade.misconceptions
            if evaluation.complete:
                backed = backed and not grade.missed
            elif (
                not grade.covered
                and not grade.misconceptions
                and not content_tokens(evaluation.text) - _EVALUATION_STEMS
            ):
                # "Right." to a terse answer the grade credits nothing of ("TimeSeriesSplit, with
                # an expanding window."): bare praise, which claims no completeness and names no
                # part ("Right on both extremes" does), is backed when the guide itself says
                # every statement of the answer.
                backed = self._guide_says_answer(evidence)
        else:
            backed = bool(grade.missed or grade.misconceptions)
        found = (
            f"the grade covers {', '.join(p.id for p in grade.covered) or 'nothing'}, misses "
            f"{', '.join(p.id for p in grade.missed) or 'nothing'} and finds "
            f"{', '.join(m.id for m in grade.misconceptions) or 'no misconception'}"
        )
        if backed:
            return ClaimVerdict(text=claim, verdict=Verdict.SUPPORTED, evidence=found)
        return ClaimVerdict(
            text=claim, verdict=Verdict.UNSUPPORTED, reason=f"{evaluation.text!r}, but {found}"
        )

    def _guide_says_answer(self, evidence: _Evidence) -> bool:
        """Does the guide say each statement of the answer (and it has one about ML)? A
        statement the guide contradicts, or does not say, leaves the answer unbacked; so does
        an answer of asides alone ("I think so.")."""
        if evidence.answer_backed is None:
            statements = [
                (u, v)
                for u, v in zip(evidence.answer_units, evidence.answer_vectors, strict=True)
                if content_tokens(u) & self._vocabulary
            ]
            evidence.answer_backed = bool(statements) and all(
                self._judge_fact(u, u, v, evidence).verdict is Verdict.SUPPORTED
                for u, v in statements
            )
        return evidence.answer_backed

    def _judge_claim(
        self, claim: str, body: str, vector: np.ndarray, evidence: _Evidence
    ) -> ClaimVerdict:
        """What is left of a claim once its evaluations are judged: conversation, a report of
        what the candidate said, or a claim about machine learning (advice included: "remember
        to apply it to the test set" says that it applies there)."""
        lacks = _LACKS.match(_INTERJECTION.sub("", body))
        head, colon, tail = body.partition(": ")
        if (
            colon
            and len(content_tokens(head)) <= REMARK_WORDS
            and (lacks_tail := _LACKS.match(tail))
            and lacks_tail.group("denied")
        ):
            # "One thing missing is the efficiency point: you didn't say that backprop reuses
            # ...": a label, then the report it names; the report says what is lacking, and its
            # "didn't" denies the saying, not the fact.
            lacks = lacks_tail
        if lacks:
            # "You haven't said what it monitors": after "what", "how", "why" ... comes a topic,
            # not a statement.
            topic = re.search(
                r"\b(?:what|which|whether|how|why|about)\s+$",
                lacks.group()[: lacks.start("what")],
                re.I,
            )
            what = lacks.group("what").rstrip(" .")
            if lacks.group("denied"):
                # "You did not mention data drift" to an answer that names it: the answer says it.
                index = self._answer_says(reported(what), evidence)
                if index is not None:
                    return _contradicted(
                        claim, "the answer does say this", evidence.answer_units[index]
                    )
            return self._judge_gap(
                claim, what, evidence, statement=not topic, denied=bool(lacks.group("denied"))
            )
        said = body
        body = _ASSERTING_ADVICE.sub("", _INTERJECTION.sub("", body)).strip()
        body = (
            _CONJUNCTION.sub("", body) if _INSTRUCTION.match(_CONJUNCTION.sub("", body)) else body
        )
        if body and body != said:
            vector = np.asarray(self._embeddings.embed_query(body))
        if not body or body.endswith("?"):
            return ClaimVerdict(
                text=claim, verdict=Verdict.NOT_A_CLAIM, reason="a question or a remark"
            )
        if _reversed_answer(body) and not _DENIES_ANSWER.match(body):
            # (The shapes ``_DENIES_ANSWER`` reads, "It's the other way round.", stay criticism
            # that a point missed backs: a grade that misses the slip they point at would flag
            # them, as on heldout_3's h3-106.)
            return self._judge_reversal(claim, body, evidence)
        praise = _remark_polarity(body)
        if (
            praise is not None
            and _ABOUT_YOU.match(body)
            and not content_tokens(reported(body)) & self._question_terms(evidence.questions)
        ):
            # "You know this well.", "You've swapped them.": about the candidate, naming
            # nothing of the question.
            return self._judge_remark(claim, body, praise, evidence)
        tokens = content_tokens(body)
        opened = _OPENED_CLAIM.match(body) if _INSTRUCTION.match(body) else None
        rest = (opened["rest"] or opened["rest2"]) if opened else ""
        if len(content_tokens(rest) & self._vocabulary) >= FULL_UNIT:
            # "Let's break it down: backprop applies the chain rule starting at the inputs ...",
            # "Now, the backward pass ...": what follows the opener is a claim.
            return self._judge_claim(
                claim, rest, np.asarray(self._embeddings.embed_query(rest)), evidence
            )
        if _INSTRUCTION.match(body) or _REMARK.match(body) or not tokens & self._vocabulary:
            return ClaimVerdict(
                text=claim, verdict=Verdict.NOT_A_CLAIM, reason="conversation, not a claim about ML"
            )
        novel = _novel(claim, body, evidence)
        if novel:
            return novel
        advice = _ADVICE.search(body)
        if advice:  # "For the backprop half, you'd say it computes...": the advice is the claim
            body = (body[: advice.start()] + " " + body[advice.end() :]).strip(" ,:;")
            vector = np.asarray(self._embeddings.embed_query(body))
        elif _ABOUT_GAP.search(body) or _ABOUT_ANSWER.search(body):
            return self._judge_report(claim, body, evidence)

        verdict = self._judge_fact(claim, body, vector, evidence)
        if verdict.verdict is not Verdict.UNSUPPORTED:
            return verdict
        if _ILLUSTRATION.match(body) and len(evidence.units):
            # "Picture fitting a straight line through curved data: ..." adds its own details;
            # an illustration is faithful when it is on a topic of the guide and contradicts
            # nothing there (checked above).
            best = int(np.argmax(evidence.unit_vectors @ vector))
            if float(evidence.unit_vectors[best] @ vector) >= COMPARE_SIMILARITY:
                return ClaimVerdict(
                    text=claim,
                    verdict=Verdict.SUPPORTED,
                    evidence=evidence.units[best],
                    reason="an illustration of this, contradicting nothing",
                )
        corrected = self._correction(claim, body, evidence)
        gain = _WOULD_GAIN.match(body)
        if corrected is None and (
            _DENIES_ANSWER.match(body)
            or (gain and len(content_tokens(reported(gain.group("what")))) <= NAMED_WORDS)
        ):
            # "That's not the reason." or "An example would strengthen it.", with nothing the
            # guide says for or against it, criticises the answer, as "Not quite." does: the
            # grade must find something wrong or missing.
            criticism = Evaluation(text=body, praise=False, complete=False)
            return self._judge_evaluation(claim, criticism, evidence)
        if (
            corrected is None
            and len(tokens) <= REMARK_WORDS
            and not self._names_question(body, evidence.questions)
        ):
            # "That covers it.", "That's the full set of levers.", "Right at a high level": a
            # short sentence that names nothing of the question says how the answer did, as
            # "Correct." does; the grade backs it or not, never the guide.
            return self._judge_remark(claim, body, _remark_polarity(body) is not False, evidence)
        return corrected or verdict

    def _judge_gap(
        self,
        claim: str,
        what: str,
        evidence: _Evidence,
        statement: bool = True,
        denied: bool = False,
    ) -> ClaimVerdict:
        """Advice to add ``what`` says the answer lacks it: judged as "Missing: ``what``" is
        (``_judge_topic``). And ``what`` is advised as true: it names nothing the guide does not,
        and when it states something, the guide must say it ("you could mention that SMOTE
        undersamples the majority")."""
        novel = _novel(claim, claim, evidence)  # in the whole: a name opening ``what`` is one
        if novel:
            return novel
        if statement and len(content_tokens(what)) >= FULL_UNIT:
            vector = np.asarray(self._embeddings.embed_query(what))
            fact = self._judge_fact(claim, what, vector, evidence)
            if fact.verdict is not Verdict.SUPPORTED:
                return fact
        missing = Evaluation(text=claim, praise=False, complete=False, topic=what)
        return self._judge_topic(claim, missing, evidence, gap=denied)

    def _judge_fact(
        self, claim: str, body: str, vector: np.ndarray, evidence: _Evidence
    ) -> ClaimVerdict:
        """A claim about machine learning: supported, contradicted or unsupported by the guide
        (``_fact_verdict``); and a supported claim that negates must not deny what the guide
        asserts (``_denied``)."""
        verdict = self._fact_verdict(claim, body, vector, evidence)
        if verdict.verdict is Verdict.SUPPORTED:
            return (
                self._denied(claim, body, vector, evidence)
                or self._unsupported_reason(claim, body, verdict.evidence, evidence)
                or verdict
            )
        return verdict

    def _unsupported_reason(
        self, claim: str, body: str, supported_by: str | None, evidence: _Evidence
    ) -> ClaimVerdict | None:
        """A reason, purpose or consequence ("because ...", "so that ...", "which means ...")
        is a claim of its own, not carried by the supported statement beside it: "at test time
        no units are dropped, because dropout ensures that the network learns only the patterns
        present in the training data" gives a reason the guide does not give (issue 13). The
        reason stands when a unit that supports the sentence, supports the reason or is among
        the closest to it carries most of what the reason adds (the guide gives it there)."""
        split = reason_clause(body)
        if split is None:
            return None
        main, reason = split
        # "Ridge ... because it penalises absolute coefficients": the "it" is the one term of a
        # swappable group the statement names, and what the reason says of it is checked so.
        named = [t for t in self._swappable_terms if _mentions(self._term_words(main), t)]
        opening = _REASON_PRONOUN.match(reason)
        if opening and len(named) == 1:
            reason = f"{named[0]} {reason[opening.end() :]}"
            said = reason.split(",")[0]  # what it says of the term, before what that allows
            vector = np.asarray(self._embeddings.embed_query(said))
            turned = self._support(claim, said, vector, evidence.units, evidence.unit_vectors)
            if turned.verdict is Verdict.CONTRADICTED:
                return turned
        for side, other, what in ((reason, main, "a reason"), (main, reason, "a statement")):
            if what == "a statement" and not self._names_question(side, evidence.questions):
                # "Your RNN instinct is sound, though, since ...", "Fair enough, because ...":
                # a remark on the answer, naming nothing of the question, states no fact; the
                # grade backs it or not, as it does "Fair enough." alone.
                if len(content_tokens(side)) < 2:
                    continue
                remark = self._judge_remark(
                    claim, side, _remark_polarity(side) is not False, evidence
                )
                if remark.verdict is Verdict.SUPPORTED:
                    continue
                return remark
            if self._gives(side, other, supported_by, evidence):
                continue
            if what == "a statement":
                # A statement may join several of the guide's ("a lookup table ..., equivalent
                # to ...", "and similar items end up close together"): judged as a claim is.
                vector = np.asarray(self._embeddings.embed_query(side))
                if self._fact_verdict(side, side, vector, evidence).verdict is Verdict.SUPPORTED:
                    continue
            return ClaimVerdict(
                text=claim,
                verdict=Verdict.UNSUPPORTED,
                reason=f"gives {what} the guide does not give: {side!r}",
            )
        return None

    def _gives(self, side: str, other: str, supported_by: str | None, evidence: _Evidence) -> bool:
        """Does the guide give ``side`` of a sentence of reason, beside ``other``? Each side is
        a claim of its own: the reason is not carried by its supported statement, nor the
        statement by its supported reason ("since it minimises inertia, it always reaches the
        global minimum")."""
        # What the side adds to the other: its subject ("dropout") is shared with half the
        # guide, and support on it alone says nothing of the side.
        added = content_tokens(side) - content_tokens(other)
        if not added:
            return True

        def gives(unit: str | None) -> bool:
            if not unit:
                return False
            # "no labels" gives what "unlabelled" does
            words = content_tokens(unit)
            words |= {w[len(p) :] for w in words for p in ("un", "non") if w.startswith(p)}
            # ... and what it does not carry is no news: a reason that adds a specific (a method,
            # a dataset, an indicator) in words the guide here and the answer never use is not
            # given because the rest of its words are the guide's ("a continuous number that
            # depends on economic indicators").
            foreign = added - words - self._known_words(evidence)
            return len(added & words) >= REASON_SHARE * len(added) and len(foreign) < SPECIFIC_WORDS

        if gives(supported_by):
            return True
        vector = np.asarray(self._embeddings.embed_query(side))
        backed = self._support(side, side, vector, evidence.units, evidence.unit_vectors)
        if backed.verdict is Verdict.CONTRADICTED:
            return False
        if backed.verdict is Verdict.SUPPORTED and gives(backed.evidence):
            return True
        # ... or a unit close to it carries most of what it adds, in other words around it
        # ("since no labels are involved" beside "uses unlabelled data").
        closest = np.argsort(-(evidence.unit_vectors @ vector))[:REASON_UNITS]
        return any(gives(evidence.units[i]) for i in closest)

    @staticmethod
    def _known_words(evidence: _Evidence) -> frozenset[str]:
        """The content words of the guide's units here and of the answer, read once a response."""
        if evidence.known_words is None:
            evidence.known_words = frozenset(
                content_tokens(" ".join([*evidence.units, evidence.answer]))
            )
        return evidence.known_words

    def _denied(
        self, claim: str, body: str, vector: np.ndarray, evidence: _Evidence
    ) -> ClaimVerdict | None:
        """A claim, or a clause of it, that denies what the guide asserts: "the logged
        predictions are not used to decide on promotion" where the guide compares them "to
        decide whether to promote the candidate". Embeddings hardly see a "not", and support
        found for what the claim still asserts ("the logged predictions") leaves what it
        denies unchecked. So the claim is read without its negations ("the logged predictions
        are used to decide on promotion"); when a guide unit among the closest to that reading
        says it, naming most of the words a negation denies, and none of them denies those
        words, the claim is contradicted. The guide's own negations stand: "users never see
        the candidate's outputs" is read "users see the candidate's outputs", which the
        closest unit denies."""
        if not len(evidence.units):
            return None
        asserted = self._asserts_denied(claim, body, vector, evidence)
        if asserted:
            return asserted
        if negates_otherwise_than_grammar(body):
            return None  # "without them, a network can't ...": two turns of sense
        for clause in dict.fromkeys([body, *split_clauses(body)]):
            if len(clause.split()) > RUN_ON_WORDS and not re.search(r"[,;:]", clause):
                continue  # speech nobody punctuated: what a "not" denies runs on unbounded
            own = [d for d in denials(clause) if not d.opens]
            denied = set().union(*(d.words for d in own))
            subject = set().union(*(d.subject for d in own))
            said = affirmative(clause)
            if not denied or said == clause or len(content_tokens(said)) < FULL_UNIT:
                continue
            similarities = evidence.unit_vectors @ np.asarray(self._embeddings.embed_query(said))
            asserting = None
            for index in np.argsort(-similarities)[:DENIAL_UNITS]:
                unit = evidence.units[index]
                similarity = float(similarities[index])
                floor = DENIAL_SIMILARITY if subject else SUPPORTS_CLAIM.on_meaning
                if similarity < floor or not SUPPORTS_CLAIM.holds(
                    similarity, word_share(said, unit)
                ):
                    break
                if (
                    _names_most(denied, turned_words(unit))
                    or any(
                        _names_most(denied, set(d.words))
                        and not (d.elided and subject and not subject & d.subject)
                        for d in denials(unit)
                    )
                    or _ONLY.search(unit)
                    or turned_otherwise(said, nearest_clause(unit, said)) % 2
                ):
                    # The guide says it with a negation too ("[MASK] never appears during
                    # fine-tuning", "... that offline evaluation cannot" of offline
                    # evaluation), of one thing only, or as failing ("performs poorly on").
                    asserting = None
                    break
                # ... and what the claim denies, the unit says of the claim's subject: "the
                # model itself doesn't change" denies nothing of "drift is caused by changes in
                # the real-world data".
                asserted = content_tokens(without_negations(unit))
                if (
                    asserting is None
                    and _names_most(denied, asserted)
                    and (not subject or subject & content_tokens(unit))
                ):
                    asserting = unit
            if asserting is not None:
                return _contradicted(claim, "denies what the guide says", asserting)
        return None

    def _asserts_denied(
        self, claim: str, body: str, vector: np.ndarray, evidence: _Evidence
    ) -> ClaimVerdict | None:
        """The other way round: a claim that asserts what a guide unit close to it denies.
        "Users see the candidate's outputs, so you can measure how they react" turns both
        negations of "users never see the candidate's outputs, so shadow mode cannot measure how
        users react", and an even number of turns reads as agreement. The unit read without its
        negations must say the claim, which names most of the words the unit denies and denies
        none of them itself."""
        if _NEGATION_WORD.search(body) or turned_words(body) or _CONDITIONAL.search(body):
            return None  # the claim turns its sense, or only says when something holds
        similarities = evidence.unit_vectors @ vector
        for index in np.argsort(-similarities)[:DENIAL_UNITS]:
            unit = evidence.units[index]
            if float(similarities[index]) < COMPARE_SIMILARITY:
                break
            own = denials(unit)
            denied = set().union(*(d.words for d in own))
            if not denied or denial_opens(unit) or any(d.relative for d in own):
                # "No activations means just linear" denies its subject, and "transformations
                # that do not change the label" says which ones.
                continue
            if _ONLY.search(body):
                return None  # the claim says it of one thing only
            # Said of the unit's subject, in the claim's clause about it: "supervised uses
            # labelled data, unsupervised uses unlabelled data" says nothing against
            # "unsupervised learning gets no labels".
            clause = nearest_clause(body, unit)
            words = content_tokens(clause)
            subject = set().union(*(d.subject for d in own))
            if (
                not _names_most(denied, words)
                or (subject and not subject & words)
                or turned_otherwise(clause, unit) % 2
            ):
                continue
            said = affirmative(unit)
            closeness = float(np.asarray(self._embeddings.embed_query(said)) @ vector)
            if SUPPORTS_CLAIM.holds(closeness, word_share(body, said)):
                return _contradicted(claim, "asserts what the guide denies", unit)
        return None

    def _fact_verdict(
        self,
        claim: str,
        body: str,
        vector: np.ndarray,
        evidence: _Evidence,
        candidate: bool = False,
    ) -> ClaimVerdict:
        """A claim about machine learning: supported, contradicted or unsupported by the guide.

        Supported when a guide unit close to the whole claim says it, or when each of its
        clauses is said by one: a paraphrase that joins several guide sentences is close to
        none of them as a whole.
        """
        passages, passage_vectors = evidence.passages, evidence.passage_vectors
        units, unit_vectors = evidence.units, evidence.unit_vectors
        # (``candidate``: a candidate's statement, read only for what ``contradiction`` keeps:
        # neither the guide's misconceptions nor terms said of another term are looked for.)
        stated = None if candidate else self._stated_misconception(body, vector, evidence.questions)
        defined = _DEFINED.match(body)
        if not candidate and not stated and defined:
            # "add data drift, which is a change in ...": its own claim
            definition = f"{defined.group('term')} {defined.group('rest')}"
            stated = self._stated_misconception(
                definition, np.asarray(self._embeddings.embed_query(definition)), evidence.questions
            )
        if stated:
            misconception, right, closeness = stated
            # A near copy of a guide sentence is that sentence, even when it shares words with
            # a misconception elsewhere in the guide ("passes its input through layers").
            restates = False
            if passages:
                similarities = passage_vectors @ vector
                best = int(np.argmax(similarities))
                restates = (
                    similarities[best] >= RESTATEMENT_SIMILARITY
                    and similarities[best] > closeness
                    and not self._conflict(body, passages[best])
                )
            if restates:
                return ClaimVerdict(text=claim, verdict=Verdict.SUPPORTED, evidence=passages[best])
            return _contradicted(claim, f"states {misconception.id}", right)
        if not passages:
            return ClaimVerdict(text=claim, verdict=Verdict.UNSUPPORTED, reason="no guide context")
        reversed_order = self._reversed_order(
            body, list(dict.fromkeys([*passages, *evidence.contexts, *evidence.wordings]))
        )
        if reversed_order:
            return _contradicted(
                claim,
                "puts in the other order what the guide says causes or comes first",
                reversed_order,
            )
        swapped = self._swapped_pairing(body, passages)
        if swapped:
            return _contradicted(claim, swapped[1], swapped[0])
        operands = _other_operand(body, [*passages, *evidence.wordings])
        if operands:
            return _contradicted(claim, operands[1], operands[0])
        rejected = _affirms_rejected(body, passages)
        if rejected:
            return _contradicted(
                claim, "asserts what the guide sets aside ('rather than')", rejected
            )
        denied_side = _credited_to_denied(body, evidence.units)
        if denied_side:
            return _contradicted(claim, denied_side[1], denied_side[0])
        formula = self._other_formula(body, [*passages, *evidence.wordings], evidence.questions)
        if formula:
            swap = self._conflict(body, formula[0], siblings=not candidate)
            return _contradicted(
                claim,
                swap or f"a formula with {formula[1]}, which the guide's formula has not",
                formula[0],
            )
        whole = self._support(claim, body, vector, units, unit_vectors, swaps=not candidate)
        clauses = [
            c
            for c in _statements(split_clauses(body))
            if content_tokens(c) & self._vocabulary and len(content_tokens(c)) >= FULL_UNIT
        ]
        if len(clauses) < 2:
            return whole
        clause_vectors = np.asarray(self._embeddings.embed_documents(clauses))
        parts = [
            self._support(claim, c, v, units, unit_vectors, swaps=not candidate)
            for c, v in zip(clauses, clause_vectors, strict=True)
        ]
        contradicted = [p for p in parts if p.verdict is Verdict.CONTRADICTED]
        if contradicted:  # a clause the guide contradicts is not saved by its neighbours
            return contradicted[0]
        if all(p.verdict is Verdict.SUPPORTED for p in parts):
            return parts[0]
        supported = [p for p in parts if p.verdict is Verdict.SUPPORTED]
        if (
            supported
            and whole.verdict is not Verdict.SUPPORTED
            and all(
                self._joined_support(claim, clauses, i, units, unit_vectors)
                for i, p in enumerate(parts)
                if p.verdict is not Verdict.SUPPORTED
            )
        ):
            return supported[0]
        return whole

    def _joined_support(
        self, claim: str, clauses: list[str], index: int, units: list[str], unit_vectors: np.ndarray
    ) -> bool:
        """Is a short clause that says nothing the guide says alone ("and the held-out set",
        "standing in for production data") said with the clause after it, or before it? A
        sentence split at its commas leaves such pieces of one statement; a clause of more
        words is a statement of its own and is not saved by its neighbours."""
        if len(content_tokens(clauses[index])) > FRAGMENT_WORDS:
            return False
        joined = [
            " ".join(clauses[i : j + 1])
            for i, j in ((index, index + 1), (index - 1, index))
            if i >= 0 and j < len(clauses)
        ]
        return any(
            self._support(claim, text, v, units, unit_vectors).verdict is Verdict.SUPPORTED
            for text, v in zip(
                joined, np.asarray(self._embeddings.embed_documents(joined)), strict=True
            )
        )

    def _correction(self, claim: str, body: str, evidence: _Evidence) -> ClaimVerdict | None:
        """A denial of what the answer says ("the aim isn't zero training error" to an answer
        that aims at zero training error) corrects it, if the guide does not say it either."""
        said = affirmed(body)
        if said == body or not evidence.answer_units:
            return None
        index = self._answer_says(reported(said), evidence)
        if index is None:
            return None
        vector = np.asarray(self._embeddings.embed_query(said))
        backed = self._support(claim, said, vector, evidence.units, evidence.unit_vectors)
        if backed.verdict is Verdict.SUPPORTED:
            return None
        return ClaimVerdict(
            text=claim,
            verdict=Verdict.SUPPORTED,
            evidence=evidence.answer_units[index],
            reason="denies what the answer says, which the guide does not say",
        )

    @staticmethod
    def _reversed_order(body: str, passages: list[str]) -> str | None:
        """A passage that names both things the claim puts in order ("A because B", "A, then
        B") the other way round, when no passage names them in the claim's order."""
        # A cause the guide denies ("a degradation problem that is not caused by overfitting")
        # puts nothing in order: "..., so it is a degradation problem, not overfitting" turns
        # no order of it.
        passages = [p for p in passages if not _DENIED_CAUSE.search(p)]
        for relation in relations(body):
            orders = [(order_against(relation, p), p) for p in passages]
            decided = [(order, p) for order, p in orders if order]
            if decided and all(order < 0 for order, _ in decided):
                return decided[0][1]
        return None

    def _other_formula(
        self, body: str, passages: list[str], questions: frozenset[str] | None
    ) -> tuple[str, str] | None:
        """A formula ("X divided by Y", "the average of X and Y") with a quantity that none of the
        guide's formulas here has: "correct positive predictions divided by all predicted
        positives" where the guide divides correct predictions by all predictions.

        A quantity is a word of the ``questions``' key points and misconceptions (all of the
        base's when none is known); a word only another topic uses is a way of speaking:
        "right calls out of all calls" counts the guide's correct predictions."""
        formulas = [p for p in passages if _FORMULA.search(p)]
        if not formulas:
            return None
        terms = self._question_terms(questions)
        allowed = set().union(*(content_tokens(p) for p in formulas))
        for clause in split_clauses(body):
            for match in _FORMULA.finditer(clause):
                if re.search(r"(?:^|[,;:]|\band)\s*$", clause[: match.start()]):
                    # "..., plus gradient clipping": an operator with nothing before it joins a
                    # list, as "and" does; a formula has an operand either side.
                    continue
                words = clause.split()
                at = len(clause[: match.start()].split())
                # What is defined ("precision is ...") and the operands either side.
                near = " ".join(words[: at + FORMULA_REACH + 1])
                near_words = content_tokens(near)
                extra = ((near_words & terms) - allowed) | {
                    w for w in near_words - allowed if antonyms(w, allowed)
                }
                if extra:
                    said = [w for w in re.findall(r"[\w-]+", near) if stem(w.lower()) in extra]
                    return formulas[0], ", ".join(dict.fromkeys(said or sorted(extra)))
        return None

    def _support(
        self,
        claim: str,
        text: str,
        vector: np.ndarray,
        units: list[str],
        unit_vectors: np.ndarray,
        swaps: bool = True,
    ) -> ClaimVerdict:
        """Is ``text`` said by a guide unit close to it that does not conflict with it?

        Units are tried closest first; one that supports the text decides, and a close unit
        that conflicts with it (swapped terms, opposite polarity) decides only if none does.
        ``swaps``: whether to look for what the text says of one term said of another term by
        the guide (the slowest part).
        """
        similarities = unit_vectors @ vector
        wordings = self._wordings_all
        asserted = without_negations(text)
        asserted_similarities = (
            unit_vectors @ np.asarray(self._embeddings.embed_query(asserted))
            if asserted != text and content_tokens(asserted)
            else similarities
        )
        conflicting = None
        order = [i for i in np.argsort(-similarities) if similarities[i] >= COMPARE_SIMILARITY]
        swapped = self._said_of_another_term(text, [units[i] for i in order]) if swaps else None
        for index in order:
            unit, similarity = units[index], float(similarities[index])
            if similarity < COMPARE_SIMILARITY:
                break
            # Other wordings of a key point are loose, as candidates speak: they name limits
            # loosely, so only their sense (negation, direction) and their terms can contradict
            # ("the backward pass produces the predictions" against "forward pass gives
            # predictions").
            conflict = self._conflict(text, unit, loose=unit in wordings, siblings=swaps)
            slip = None
            if not conflict and unit in wordings:
                # ... but a loose wording says its key point: a claim it would pass must not say
                # the point's own text with one thing wrong ("data drift is when the
                # distribution of the outputs moves" is near "data drift means input
                # distribution shifts", and says 'output' where the point says 'input'). The
                # closest such slip decides, as a farther unit is only on the topic.
                slip = self._matcher.slip(text, self._point_of_wording[unit])
            if conflict or slip:
                conflicting = conflicting or (
                    (self._point_of_wording[unit], slip) if slip else (unit, conflict)
                )
                if slip or conflict.endswith(_DECISIVE):
                    break  # the closest unit that says it the other way decides
                continue
            # Embeddings hardly see a "not": where the two differ in sense, what the claim
            # still asserts without its negations must be what the unit says.
            if turns_of_sense(text, unit) % 2:
                similarity = float(asserted_similarities[index])
                holds = (
                    SUPPORTS_CLAIM.holds(similarity, word_share(asserted, without_negations(unit)))
                    and len(content_tokens(asserted)) >= 2
                )
            else:
                holds = SUPPORTS_CLAIM.holds(similarity, word_share(text, unit))
            # Support on shared words needs more than one of them: "drift is about the weights"
            # shares only its subject with "drift means performance degrades over time".
            if similarity < SUPPORTS_CLAIM.on_meaning and len(
                content_tokens(text) & content_tokens(unit)
            ) < min(2, len(content_tokens(text))):
                holds = False
            # Support that rests on shared words loses to a closer unit that conflicts: "supervised
            # learning finds hidden patterns" shares its subject with a sentence about labels,
            # and its predicate with the closer one about unsupervised learning.
            if holds and conflicting and similarity < SUPPORTS_CLAIM.on_meaning:
                break
            # What the claim says of its term, the guide says of another term of its group, in
            # more of the same words than this unit says of the claim's term: "a multiply gate
            # distributes the gradient equally" says of the multiply gate what the guide says of
            # the add gate, while the guide's sentence on the multiply gate shares only its
            # subject and "gradient".
            # On a tie, the words that tell the two units apart decide: "ridge penalises absolute
            # coefficients" shares as much with the ridge half of the guide's sentence as with
            # the lasso half, and "absolute" is the lasso's (a final walkthrough's model said it).
            if (
                holds
                and swapped
                and (
                    swapped[0] > (alike := self._said_alike(text, unit))
                    or (swapped[0] == alike and self._sides_with(text, swapped[1], unit))
                )
            ):
                return _contradicted(claim, swapped[2], swapped[1])
            sibling = self._tied_to_sibling(text, unit, units) if holds else None
            if sibling:
                return _contradicted(claim, sibling[1], sibling[0])
            # A direction the supporting unit does not give, a close unit gives the other way
            # (each saying one direction: "a more robust estimate ... reduces the variance"
            # says two, and which goes with what is not read here):
            # "uses those gradients to change the weights so that the loss increases" is near
            # "... to update the weights", which says nothing of the loss, and near "...
            # adjusts the weights to reduce the loss".
            turned = (
                next(
                    (
                        (units[other], direction)
                        for other in order[:DIRECTION_UNITS]
                        if other != index
                        and said_directions(units[other]) == 1
                        and (direction := opposite_direction(text, units[other]))
                        and direction not in content_tokens(unit)
                        and _directed_beside(text, direction)
                        and _directed_beside(units[other], direction)
                    ),
                    None,
                )
                if holds and said_directions(text) == 1
                else None
            )
            if turned:
                return _contradicted(claim, f"says {turned[1]} goes the other way", turned[0])
            if (
                holds
                and (widened := _universal(text))
                and not any(
                    _UNIT_UNIVERSAL.search(units[other])
                    for other in [index, *order[:UNIVERSAL_UNITS]]
                )
            ):
                # "whatever the purpose, always keep enough components for 95 percent of the
                # variance", "any model that reaches zero training error will do badly": the
                # guide's sentence holds of the cases it names, not of every case.
                return ClaimVerdict(
                    text=claim,
                    verdict=Verdict.UNSUPPORTED,
                    reason=f"says {widened!r} where the guide says it of fewer cases",
                    evidence=unit,
                )
            if holds:
                return ClaimVerdict(text=claim, verdict=Verdict.SUPPORTED, evidence=unit)
        if conflicting:
            unit, conflict = conflicting
            return _contradicted(claim, conflict, unit)
        return ClaimVerdict(
            text=claim, verdict=Verdict.UNSUPPORTED, reason="no guide passage says this"
        )

    def _stated_misconception(
        self, body: str, vector: np.ndarray, questions: frozenset[str] | None = None
    ) -> tuple[Misconception, str, float] | None:
        """The misconception a clause of the claim states, with the key point it contradicts;
        of ``questions`` only (those the passages are about), so that a right sentence is not
        read against the misconceptions of 165 questions, where some wording comes near it.

        Clause by clause: a sentence that lists several right facts can hold the words of a
        misconception spread across its clauses without stating it. A name in brackets closes
        what it names: "the input distribution (data drift) or the input-output relationship
        (concept drift)" pairs data drift with the input distribution, not with its neighbour.
        """
        clauses = [
            part.strip()
            for clause in split_clauses(body)
            for part in _NAMED_IN_BRACKETS.split(clause)
            if part.strip()
        ]
        vectors = (
            [vector] if len(clauses) == 1 else np.asarray(self._embeddings.embed_documents(clauses))
        )
        for clause, clause_vector in zip(clauses, vectors, strict=True):
            if len(clauses) > 1 and len(content_tokens(clause)) < FULL_UNIT:
                continue  # "On an imbalanced dataset" states nothing
            # A feedback sentence may restate a key point of any question ("SMOTE oversamples
            # the minority class" is q09's), however near it comes to another's misconception.
            elsewhere = self._matcher.closest_key_point(clause_vector)
            for misconception in self._matcher.misconceptions:
                if questions and misconception.id.split(".")[0] not in questions:
                    continue
                if self._of_another_term(clause, misconception.text):
                    continue
                similarity = self._matcher.states_misconception(
                    clause, clause_vector, misconception, elsewhere
                )
                right = self._matcher.right_text(misconception)
                if (
                    similarity is not None
                    and not _only_compared(clause, misconception.text, right)
                    and not _denies(clause, misconception.text)
                    and not _prevents(clause, misconception.text)
                ):
                    return misconception, right, similarity
            # One half of a misconception can be wrong on its own: "the model's performance
            # stays constant" without "so retraining is unnecessary". A half is compared with
            # the whole key point, so the clause must say most of what only the half says.
            for misconception, part, part_vector in self._misconception_parts:
                if questions and misconception.id.split(".")[0] not in questions:
                    continue
                if self._of_another_term(clause, misconception.text):
                    continue
                similarity = float(clause_vector @ part_vector)
                right = self._matcher.right_text(misconception)
                own = content_tokens(part) - content_tokens(right)
                said = len(own & content_tokens(clause))
                if (
                    similarity >= COMPARE_SIMILARITY
                    and said >= max(2, PART_SAID * len(own))
                    and swapped_concept(clause, part, right)
                    and not _denies(clause, part)
                    and not _prevents(clause, part)
                ):
                    return misconception, right, similarity
        return None

    def _swapped_pairing(self, body: str, passages: list[str]) -> tuple[str, str] | None:
        """Two pairs of opposite terms matched the other way round: "undersample the minority
        class and oversample the majority" where the guide oversamples the minority and
        undersamples the majority. The passage that pairs them the guide's way, and why. Terms
        pair within a clause: "supervised means every example has its label, and unsupervised
        means the data isn't labelled" pairs "label" with supervised, the nearer term across
        the comma being the next clause's subject."""
        claim_pairs = set().union(
            *(
                self._pairs(content_words(without_low_terms(without_negations(c))))
                for c in split_clauses(body)
            )
        )
        if len(claim_pairs) < 2:
            return None
        by_passage = {
            p: self._pairs(content_words(without_low_terms(without_negations(p)))) for p in passages
        }
        guide_pairs = set().union(*by_passage.values())
        opposite = {
            term: other
            for group in self._knowledge.confusables
            if len(group) == 2
            for term, other in (group, group[::-1])
        }
        crossed = [
            (a, b)
            for a, b in claim_pairs
            if (a, b) not in guide_pairs
            and (a, opposite[b]) in guide_pairs
            and (opposite[a], b) in guide_pairs
        ]
        if len(crossed) < 2:
            return None
        a, b = crossed[0]
        evidence = next(p for p, pairs in by_passage.items() if any(x == a for x, _ in pairs))
        return evidence, f"pairs {a} with {b}, the other way round from the guide"

    def _pairs(self, words: list[str]) -> set[tuple[str, str]]:
        """Terms of two groups named close together, each with the nearest of the other group
        (in words with their negated parts left out: "no labels" pairs nothing with labels)."""
        found = {
            (group_index, term): positions
            for group_index, group in enumerate(self._knowledge.confusables)
            if len(group) == 2  # opposites
            for term in group
            if (positions := _positions(words, term))
        }
        pairs = set()
        for (group, term), positions in found.items():
            near = [
                (min(abs(p - q) for p in positions for q in others), other)
                for (other_group, other), others in found.items()
                if other_group != group
            ]
            near = [n for n in near if n[0] <= PAIR_REACH]
            if near:
                pairs.add((term, min(near)[1]))
        return pairs

    def _conflict(
        self, claim: str, passage: str, loose: bool = False, siblings: bool = True
    ) -> str | None:
        """Why a similar passage disagrees with the claim: swapped terms, opposite polarity or
        direction, a restriction; of a ``loose`` passage, only swapped terms, polarity and
        direction."""
        # "Without labels" names no labelled data: negated terms are left out. What is said of
        # one term and denied of the other agrees ("an RNN reads word by word" against "a
        # transformer reads the whole sentence, not word after word"): swapped terms conflict
        # when the two turn the sense an even number of times, and a claim about the other
        # term is not denied by a turn of sense.
        claim_words = self._term_words(without_negations(claim))
        passage_words = self._term_words(without_negations(passage))
        swapped = None
        for group in self._groups if siblings else self._knowledge.confusables:
            in_claim = {t for t in group if _mentions(claim_words, t)}
            in_passage = {t for t in group if _mentions(passage_words, t)}
            if in_claim and in_passage and not in_claim & in_passage:
                said, guide = "/".join(sorted(in_claim)), "/".join(sorted(in_passage))
                swapped = f"says {said} where the guide says {guide}"
                break
        if swapped and turns_of_sense(claim, passage) % 2 == 0:
            return swapped
        # "Insensitive to changes in the class distribution" and "changes when the class
        # distribution changes" share every word: one says the thing stays, the other that it
        # changes. And a "not" that says the same stays ("does not change when the balance
        # shifts") negates nothing the guide says.
        steady = steadiness(nearest_clause(claim, passage)) * steadiness(passage)
        if steady < 0:
            return "says it changes where the guide says it stays the same, or the other way"
        # A negation denies the passage only where the two say much the same: "stack two layers
        # with no activation between them, and the pair still acts as a single linear
        # transformation" negates nothing of "Activation functions such as ReLU".
        claim_tokens = content_tokens(claim)
        shared = len(claim_tokens & content_tokens(passage)) / max(1, len(claim_tokens))
        if (
            steady == 0
            and not swapped
            and shared >= NEGATION_SHARE
            and not _affirmed_of_other(claim, passage)
            and opposite_polarity(claim, passage)
            and not _prevents(claim, passage)  # "stop it from collapsing" for "without, collapses"
        ):
            return "negates what the guide says"
        direction = opposite_direction(claim, passage)
        if direction:
            return f"says {direction} goes the other way"
        pivot = None if loose else swapped_arguments(claim, passage)
        if pivot:
            return f"puts the two sides of '{pivot}' the other way round"
        # A slip said in the passage's own words, as the grader reads a candidate's.
        slip = None if loose else self._matcher.slip(claim, passage)
        if slip:
            return slip
        # "Reliable only when the classes are balanced" says the passage's "reliable when the
        # classes are balanced" as a condition is read: a condition given restricts already.
        conditional = bool(_CONDITIONAL.search(passage))
        restricted = [
            bool(_ONLY.search(t) and not (conditional and _ONLY_IF.search(t)))
            for t in (claim, passage)
        ]
        if not loose and restricted[0] != restricted[1] and shared >= 0.5:
            return "restricts what the guide says" if restricted[0] else "widens the guide"
        return None

    def _said_of_another_term(self, text: str, units: list[str]) -> tuple[int, str, str] | None:
        """The unit that says most of what the claim says, of another term of a confusable
        group: how many words it shares with the claim beyond the terms, the unit, and why."""
        found = [
            (self._predicate_share(text, unit, self._sibling_words(text, unit)), unit, conflict)
            for unit in units
            if (conflict := self._conflict(text, unit)) and _SWAPPED.search(conflict)
        ]
        return max(found, default=None, key=lambda f: f[0])

    def _of_another_term(self, clause: str, misconception: str) -> bool:
        """Is the clause about another term of a swappable group than the misconception? "Recall
        is the share of actual positives the model finds" states nothing of "Precision is TP
        divided by TP plus FN: the share of actual positives the model finds": a misconception
        that gives one term another's property is right of that other term. Only for terms
        that open both (their subjects): "dropout is used in training too" is not about another
        term than "dropout is applied at test time"."""
        clause_words = self._term_words(without_negations(clause))
        wrong_words = self._term_words(without_negations(misconception))
        for group in self._groups:
            in_clause = {
                t for t in group if any(p < SUBJECT_WORDS for p in _positions(clause_words, t))
            }
            in_wrong = {
                t for t in group if any(p < SUBJECT_WORDS for p in _positions(wrong_words, t))
            }
            if (
                in_clause
                and in_wrong
                and not in_clause & in_wrong
                and not any(_mentions(clause_words, t) for t in in_wrong)
            ):
                return True
        return False

    def _tied_to_sibling(
        self, text: str, support: str, units: list[str], joined: bool = False
    ) -> tuple[str, str] | None:
        """What the claim says of one term of a swappable group, the guide ties to another term
        of it and not to the claim's: "the lasso penalises the sum of squared coefficients",
        supported only by a clause that lost its subject ("penalises the sum of squared
        coefficients", of "Ridge, or L2 regularisation, ..."), or by a unit on its term that
        shares little more than the term ("Recall is the proportion of actual positives ..."
        for "recall is the share of predicted positives that are truly positive"). The units
        that name terms of the group decide: a unit naming another term (and not the claim's)
        that says more of the claim's words besides the terms than any unit naming the claim's
        term, and at least as much as the support, ties the property to the other term. A unit
        that turns the claim's sense ("does not set any exactly to zero") ties nothing to its
        term."""
        # What it denies it says of no term, nor what it sets its subject against ("Unlike
        # ReLU's sharp corner, GELU's curve is smooth" says nothing of ReLU's curve).
        asserted = _UNLIKE.sub(" ", without_negations(text))
        text_words = self._term_words(asserted)
        support_words = self._term_words(without_negations(support))
        for group in self._groups:
            named = [t for t in group if _mentions(text_words, t)]
            if len(named) != 1:
                continue
            terms = frozenset(token for t in group for token in content_tokens(t))
            said = len(content_tokens(asserted) - self._group_tokens - terms)
            contrasted = any(_mentions(support_words, t) for t in group if t not in named)
            if contrasted or _UNLIKE.search(support):
                # The support sets two terms against each other ("Gradient descent often
                # escapes saddle points, whereas Newton's method is attracted to them", "Unlike
                # shadow mode, canary predictions are served to real users"): its part that says
                # most of the claim's words decides, when it names another term.
                tied = self._part_of_sibling(asserted, text, support, group, named[0], said)
                if tied:
                    return support, tied
                if contrasted and not joined:
                    # (A claim read for one term of a pair it joins, ``_said_of_both``, may
                    # rest on a unit about the other: the units decide.)
                    continue
            own, other = 0, (0, "", "")
            for unit in units:
                words = self._term_words(without_negations(unit))
                in_unit = [t for t in group if _mentions(words, t)]
                if not in_unit or turns_of_sense(text, unit) % 2:
                    continue
                share = self._predicate_share(asserted, unit, terms)
                if in_unit == named:
                    own = max(own, share)
                elif named[0] not in in_unit and share > other[0]:
                    other = (share, unit, "/".join(in_unit))
            if (
                other[0] >= max(SIBLING_SHARE, SIBLING_PART * said)
                and other[0] > own
                and other[0] >= self._predicate_share(asserted, support, terms)
            ):
                return other[1], f"says of {named[0]} what the guide says of {other[2]}"
        return None

    def _part_of_sibling(
        self, asserted: str, text: str, support: str, group: Sequence[str], term: str, said: int
    ) -> str | None:
        """Of a unit that says one thing of one term and another of another ("X ..., while Y
        ..."), is the part that says what the claim says of ``term`` about another term? Each
        part names its terms; the part sharing most of the claim's words besides the terms
        (``SIBLING_SHARE`` and ``SIBLING_CLAUSE_PART`` of them) decides, when it names no
        ``term`` and no part naming ``term`` says as much, and it does not turn the claim's
        sense."""
        unlike = _UNLIKE.search(support)
        if unlike:  # "Unlike shadow mode, canary predictions are served", "..., unlike bagging"
            parts = [unlike["term"] or unlike["term2"], _UNLIKE.sub(" ", support, count=1)]
        else:
            parts = [p for p in _CONTRASTED.split(support) if p.strip()]
        if len(parts) < 2:
            return None
        terms = frozenset(token for t in group for token in content_tokens(t))
        scored = []
        for part in parts:
            words = self._term_words(without_negations(part))
            scored.append(
                (
                    self._predicate_share(asserted, part, terms),
                    [t for t in group if _mentions(words, t)],
                )
            )
        best, in_best = max(scored, key=lambda s: s[0])
        best_part = parts[scored.index((best, in_best))]
        own = max((share for share, terms in scored if term in terms), default=0)
        needed = max(SIBLING_SHARE, SIBLING_CLAUSE_PART * said)
        if unlike and not in_best and scored[0][1] == [term] and best_part is parts[1]:
            # "Unlike shadow mode, real users get the predictions": said of what is not shadow
            # mode, however few of the claim's words (three) it says.
            in_best, own, needed = [f"what is unlike {term}"], 0, SIBLING_SHARE
        if (
            in_best
            and term not in in_best
            and best > own
            and best >= needed
            and not turns_of_sense(text, best_part) % 2
        ):
            return f"says of {term} what the guide says of {'/'.join(in_best)}"
        return None

    def _sides_with(self, text: str, other: str, unit: str) -> bool:
        """Does the claim say, of what it shares with ``other`` and not with ``unit``, more
        than the reverse: words only the other term's unit has ("absolute" beside "squared")?"""
        words = content_tokens(text) - self._group_tokens
        own, others = content_tokens(unit), content_tokens(other)
        return len((words & others) - own) > len((words & own) - others)

    def _said_alike(self, text: str, unit: str) -> int:
        """What a supporting unit says alike: its shared words besides the terms, and each term
        of a group both name ("undersample the majority" said by "undersampling removes majority
        examples")."""
        text_words, unit_words = self._term_words(text), self._term_words(unit)
        named = [
            t
            for t in self._swappable_terms
            if _mentions(text_words, t) and _mentions(unit_words, t)
        ]
        return self._predicate_share(text, unit, self._sibling_words(text, unit)) + len(named)

    def _sibling_words(self, text: str, unit: str) -> frozenset[str]:
        """The words of the terms of ``siblings`` either text names: terms, not what is said
        of them (the confusable terms' words are left out of every share already)."""
        words = self._term_words(f"{text} . {unit}")
        return frozenset(
            token for t in self._sibling_terms if _mentions(words, t) for token in content_tokens(t)
        )

    def _predicate_share(self, text: str, unit: str, terms: frozenset[str] = frozenset()) -> int:
        """How many content words, besides the confusable terms (and ``terms``, the words of a
        group of siblings), two texts share: what they say of their terms."""
        return len((content_tokens(text) & content_tokens(unit)) - self._group_tokens - terms)

    def _term_words(self, text: str) -> list[str]:
        """``content_words`` for finding swappable terms: a compound counts by its parts only
        when each part is such a term ("precision-recall", "train-test"); otherwise it is a term
        of its own, and "cross-validation" names no validation set, "semi-supervised" no
        supervised learning."""
        return content_words(_COMPOUND.sub(self._compound, text))

    def _compound(self, match: re.Match[str]) -> str:
        word = match.group()
        parts = word.lower().split("-")
        if stem(word.lower()) in self._terms_swapped or all(
            stem(p) in self._terms_swapped for p in parts
        ):
            return word
        return "".join(parts)

    def _answer_says(self, reported: str, evidence: _Evidence) -> int | None:
        """The index of the part of the answer that says ``reported``, if one does.

        Most of the reported words must be in the answer, and a part of it must mean the same;
        similarity alone would let "drift" stand for "concept drift".
        """
        reported_tokens = content_tokens(reported)
        if not evidence.answer_units or not reported_tokens:
            return None
        answer_tokens = content_tokens(" ".join(evidence.answer_units))
        share = len(reported_tokens & answer_tokens) / len(reported_tokens)
        vector = np.asarray(self._embeddings.embed_query(reported))
        similarities = evidence.answer_vectors @ vector
        best = int(np.argmax(similarities))
        similarity = float(similarities[best])
        if (
            (share >= REPORT_SHARE and similarity >= ANSWER_SIMILARITY)
            or (share == 1.0 and similarity >= LOOSE_ANSWER_SIMILARITY)
            or (share == 1.0 and len(reported_tokens) <= NAMED_WORDS)
            or similarity >= SUPPORTS_CLAIM.on_meaning + 0.05
        ):
            return best
        return None

    def _judge_topic(
        self, claim: str, evaluation: Evaluation, evidence: _Evidence, gap: bool = False
    ) -> ClaimVerdict:
        """Praise of one part of the answer needs the answer to say it (in its words, or as a key
        point the grade covers), and not as a misconception; criticism of a part ("not
        covered", "Missing: ...") needs the grade to miss or correct a point about it, or the
        answer not to say it."""
        grade = self._grade(evidence)
        index = self._answer_says(evaluation.topic, evidence)
        if evaluation.praise:
            wrong = [
                m
                for m in (grade.misconceptions if grade else ())
                if index is not None and m.span in evidence.answer_units[index]
            ]
            if wrong:
                return _contradicted(
                    claim,
                    f"praises {wrong[0].id}",
                    self._knowledge.key_point(wrong[0].corrects).text,
                )
            # As the verdict does, praise only a point the answer says in nearly its own words,
            # or one whose words, in any of its wordings, name all the topic ("Correct
            # metrics." of "... the precision-recall curve, F1-score or AUC-PR", which the guide
            # also calls "metrics that see the rare class").
            points = grade.covered if grade else ()
            words = content_tokens(evaluation.topic)
            covered = self._about(evaluation.topic, [p for p in points if p.in_full]) or [
                p.text
                for p in points
                if words and any(words <= content_tokens(w) for w in self._matcher.wordings(p.id))
            ]
            turned = self._praised_turned(evaluation.topic, evidence, index)
            if turned:
                return turned.model_copy(update={"text": claim})
            wrong_said = self._praised_contradicted(index, evidence)
            if wrong_said:
                return wrong_said.model_copy(update={"text": claim})
            if index is not None or covered:
                said = evidence.answer_units[index] if index is not None else covered[0]
                return ClaimVerdict(text=claim, verdict=Verdict.SUPPORTED, evidence=said)
            vocabulary = self._point_vocabulary(claim, evaluation.topic, evidence.questions, grade)
            if vocabulary is not None:
                return vocabulary
            if not self._names_question(evaluation.topic, evidence.questions):
                # "Correct on both failure modes.", "A complete walk-through.": the topic is a
                # way of speaking of the answer, naming nothing of the question; the praise is
                # of the whole answer, as the grade finds it.
                whole = Evaluation(text=evaluation.text, praise=True, complete=evaluation.complete)
                return self._judge_evaluation(claim, whole, evidence)
            return ClaimVerdict(
                text=claim,
                verdict=Verdict.UNSUPPORTED,
                reason=f"praises {evaluation.topic!r}, which the answer does not say",
            )
        faulted = self._about(
            evaluation.topic,
            [
                *(grade.missed if grade else ()),
                *(
                    self._knowledge.key_point(m.corrects)
                    for m in (grade.misconceptions if grade else ())
                ),
            ],
        )
        # "Missing: X" or "One correction: X", where X states a point the grade covers (most of
        # the point's words) and faults nothing about, contradicts the grader however loosely the
        # answer words it (a spoken answer shares few of X's words): the grade, not the answer's
        # wording, says what was missed. A topic that only names part of a point ("SMOTE not
        # named") may still be missing from an answer that covers the point.
        topic_words = content_tokens(evaluation.topic)
        credited = [
            p.text
            for p in (grade.covered if grade and not faulted else ())
            if len(content_tokens(p.text) & topic_words) >= PART_SAID * len(content_tokens(p.text))
        ]
        if credited:
            return _contradicted(claim, "faults a point the grade covers", credited[0])
        if gap and grade is not None and not faulted:
            # "You didn't say when accuracy is trustworthy" to an answer the grade finds
            # complete and right: nothing is missing. And "you never said what assumption
            # justifies a low-rank update" names, in the words of its hint, a point the grade
            # covers. (Only of a report that the answer lacks something: a correction, "Careful:
            # transformations must not change the class", states what the guide says, however
            # the grade credits the answer.)
            if not grade.missed and not grade.misconceptions and grade.covered:
                return ClaimVerdict(
                    text=claim,
                    verdict=Verdict.UNSUPPORTED,
                    reason="faults the answer, but the grade finds nothing missed or wrong",
                )
            named = self._named_point(evaluation.topic, evidence.questions)
            if named is not None and named.id in {p.id for p in grade.covered}:
                return _contradicted(claim, "faults a point the grade covers", named.text)
        if faulted or index is None:
            return ClaimVerdict(
                text=claim, verdict=Verdict.SUPPORTED, evidence=faulted[0] if faulted else None
            )
        return _contradicted(claim, "the answer does say this", evidence.answer_units[index])

    def _praised_contradicted(self, index: int | None, evidence: _Evidence) -> ClaimVerdict | None:
        """Praise of a part of the answer that the guide contradicts, or that gives a figure or
        a name the guide does not ("Good: you have MCC's range right" to "MCC goes from 0 to 1",
        where the guide gives minus one to plus one): the praised part is judged as a claim
        would be, whatever the grade found of it."""
        if index is None:
            return None
        unit = evidence.answer_units[index]
        guide = _Evidence(
            **{**evidence.__dict__, "known_text": " ".join(evidence.contexts).lower()}
        )
        # Figures only: a candidate names things in their own words ("RNNs" for the guide's
        # "recurrent networks"), but a figure praised is a figure asserted.
        novel = _novel(unit, unit, guide, names=False)
        if novel:  # "MCC goes from 0 to 1" praised, where the guide gives another range
            return novel.model_copy(update={"reason": f"praises a part that {novel.reason}"})
        if (
            len(content_tokens(unit) & self._vocabulary) < NAMED_POINT_WORDS
            or len(split_parts(unit)) > 1
        ):
            # A part that says two things may be praised for one of them: "Seeding is the right
            # start" of "just set the seed and the run is fully reproducible".
            return None
        fact = self._judge_fact(unit, unit, evidence.answer_vectors[index], evidence)
        if fact.verdict is not Verdict.CONTRADICTED:
            return None
        return _contradicted(
            unit, f"praises what the guide contradicts: {fact.reason}", fact.evidence
        )

    def _praised_turned(
        self, topic: str, evidence: _Evidence, index: int | None
    ) -> ClaimVerdict | None:
        """Praise of what the answer says the other way round: "Good: it propagates the error
        backward, from the output layer toward the input layer" to an answer that sends the
        error forward, from the input layer toward the output. The answer's part closest to the
        praised topic names terms of a group the topic names, none of the same ones (or says a
        quantity goes the other way), and says most of the same things of them
        (``PRAISED_SHARE`` words beside the terms)."""
        if index is None or len(content_tokens(topic)) < FULL_UNIT:
            return None
        said = evidence.answer_units[index]
        if self._predicate_share(topic, said) < PRAISED_SHARE:
            return None
        conflict = self._conflict(topic, said, loose=True)
        if conflict and (_SWAPPED.search(conflict) or conflict.endswith(_DECISIVE)):
            # ... and the whole answer too: a part may say one half of what the topic says
            # ("a complex one that fits noise has high variance"), another part the other.
            answer_words = self._term_words(without_negations(evidence.answer))
            topic_words = self._term_words(without_negations(topic))
            said_words = self._term_words(without_negations(said))
            for group in self._groups:
                in_topic = {t for t in group if _mentions(topic_words, t)}
                in_said = {t for t in group if _mentions(said_words, t)}
                if (
                    in_topic
                    and in_said
                    and not in_topic & in_said
                    and any(_mentions(answer_words, t) for t in in_topic)
                ):
                    return None
            return _contradicted(topic, f"praises what the answer says otherwise: {conflict}", said)
        return None

    def _point_vocabulary(
        self, claim: str, topic: str, questions: frozenset[str] | None, grade: Grade | None
    ) -> ClaimVerdict | None:
        """Praise of a part of the answer named in the words the guide uses around a key point
        rather than in the point's own ("tools for finding the balance" of "regularisation,
        cross-validation and ensembles help reach that balance", whose hint asks which
        techniques help find it; "the order of the training loop"): the point whose text, other
        wordings and hint name most of the topic's words of the question decides, supported
        when the grade covers it and finds nothing wrong, left to the other checks otherwise.
        Only a topic that names one word of the question's points and misconceptions: one that
        says a point in its own words ("backpropagation nudging the weights") is said in the
        answer, or covered in full, or not. Words of the question no key point uses ("both
        ends") name none of its points."""
        if grade is None or grade.misconceptions or not questions or len(questions) != 1:
            return None
        if len(self._terms_named(topic, questions)) != 1:
            return None  # a topic in the points' own words is said or covered, or not
        (question,) = questions
        covered = {p.id for p in grade.covered}
        points = [
            (kp, content_tokens(" ".join([*self._matcher.wordings(kp.id), kp.hint or ""])))
            for kp in self._knowledge.question(question).key_points
        ]
        named = content_tokens(_COMPOUND.sub(lambda m: m.group().replace("-", ""), topic))
        named = (named - _EVALUATION_STEMS) & set().union(*(words for _, words in points))
        scored = [(len(named & words), kp.id in covered, kp.text) for kp, words in points]
        best = max(n for n, _, _ in scored)
        if best == 0:
            if not covered:
                return None
            return ClaimVerdict(
                text=claim,
                verdict=Verdict.SUPPORTED,
                evidence=f"names no key point; the grade covers {', '.join(sorted(covered))}",
            )
        top = [(is_covered, text) for n, is_covered, text in scored if n == best]
        if best < TOPIC_NAMED * len(named) or not all(c for c, _ in top):
            return None
        return ClaimVerdict(text=claim, verdict=Verdict.SUPPORTED, evidence=top[0][1])

    def _named_point(self, topic: str, questions: frozenset[str] | None) -> KeyPoint | None:
        """The one key point of the question whose text, other wordings and hint name most of
        a faulted topic's words ("what assumption justifies a low-rank update" of the point
        whose hint asks "What assumption about the adaptation update justifies LoRA?"): at
        least two of them and more than any other point names."""
        if not questions or len(questions) != 1:
            return None
        (question,) = questions
        points = [
            (kp, content_tokens(" ".join([*self._matcher.wordings(kp.id), kp.hint or ""])))
            for kp in self._knowledge.question(question).key_points
        ]
        named = content_tokens(_COMPOUND.sub(lambda m: m.group().replace("-", ""), topic))
        named -= _EVALUATION_STEMS
        scored = sorted(((len(named & words), kp) for kp, words in points), key=lambda s: -s[0])
        if not scored or scored[0][0] < NAMED_POINT_WORDS:
            return None
        if len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None
        if scored[0][0] < TOPIC_NAMED * len(named):
            return None
        return scored[0][1]

    def _about(self, topic: str, points: Sequence[PointMatch | KeyPoint]) -> list[str]:
        """The texts of the key points the topic names: most of a short topic's words ("vanishing
        gradients") are in the point, or most of the point's words are in a long topic. Or most
        of the topic's words are in another wording of the point, as the guide may name it,
        and the rest are not terms of the question: "the tools for finding the balance" names
        "regularisation, cross-validation and ensembles help reach that balance" ("... help find
        the balance"); "regularisation as a way to find the balance" does not name "the goal is
        a balance point" ("find the balance that generalises"), regularisation being another
        point's term."""
        words = content_tokens(topic)
        found = []
        for point in points:
            point_words = content_tokens(point.text)
            shared = len(words & point_words)
            terms = self._terms.get(point.id.split(".")[0], set())
            if words and (
                shared >= max(1, 0.6 * min(len(words), len(point_words)))
                or any(
                    len(words & said) >= max(2, 0.6 * len(words)) and not (words - said) & terms
                    for said in map(content_tokens, self._matcher.wordings(point.id)[1:])
                )
            ):
                found.append(point.text)
        return found

    def _judge_report(self, claim: str, body: str, evidence: _Evidence) -> ClaimVerdict:
        """A claim about the candidate's answer: did they (not) say it?

        "You mentioned SMOTE, which oversamples the minority class" is two claims: that the
        answer names SMOTE, and that SMOTE oversamples the minority class; both must hold.
        """
        parts = _NEXT_REPORT.split(body)
        if len(parts) > 1:  # "You tied bias to underfitting, and you named two tools"
            return _worst(claim, [self._judge_report(claim, part, evidence) for part in parts])
        head, colon, tail = body.partition(":")
        if (
            colon
            and _ABOUT_ANSWER.search(head)
            and not _ABOUT_GAP.search(head)
            and len(content_tokens(tail)) >= FULL_UNIT
        ):
            # "You got the core distinction: in supervised learning ...": a report, and what it
            # spells out, a statement the guide must make.
            tail = tail.strip()
            vector = np.asarray(self._embeddings.embed_query(tail))
            return _worst(
                claim,
                [
                    self._judge_report(claim, head, evidence),
                    self._judge_fact(claim, tail, vector, evidence),
                ],
            )
        report, *rest = _APPENDED_FACT.split(body, maxsplit=1)
        fact = rest[0] if rest else ""
        if fact and (_ABOUT_GAP.search(fact) or _ABOUT_ANSWER.search(fact)):
            # "The question also asks about X, which your answer didn't cover": a report on X.
            body, fact = f"{fact} {report}", ""
        if fact:
            said = self._judge_report(claim, report, evidence)
            if said.verdict is not Verdict.SUPPORTED:
                return said
            subject = _REPORT_WORDS.sub(" ", report).strip()
            statement = f"{subject} {fact}"
            vector = np.asarray(self._embeddings.embed_query(statement))
            return self._judge_fact(claim, statement, vector, evidence)
        said_words = reported(_REPORT_WORDS.sub(" ", body))
        index = self._answer_says(said_words, evidence)
        said = evidence.answer_units[index] if index is not None else None
        grade = self._grade(evidence)
        if said is None and not _ABOUT_GAP.search(body):  # said as a point the grade covers
            said = next(iter(self._about(said_words, grade.covered if grade else ())), None)
        if said is None and not _ABOUT_GAP.search(body):
            said = self._said_one_by_one(body, evidence, grade)
        stated = None
        if said is not None and index is not None:
            vector = np.asarray(self._embeddings.embed_query(said_words))
            # "You mentioned that activation functions keep the network linear": the words are
            # the answer's, but the wrong statement is the report's own unless the answer says it.
            stated = self._stated_misconception(said_words, vector, evidence.questions)
            if stated and not self._stated_misconception(
                said, evidence.answer_vectors[index], evidence.questions
            ):
                said = None
        # "You correctly identified that monitoring only needs to track accuracy": the answer
        # did say it, but calling a misconception right contradicts the guide.
        if said and stated and _ENDORSES.search(body):
            return _contradicted(claim, f"calls {stated[0].id} right", stated[1])
        # "You correctly described supervised learning as finding hidden patterns": whatever
        # the answer said, what the report calls right must not be what the guide denies.
        if said and _ENDORSES.search(body) and _REPORTED.search(body):
            statement = body[_REPORTED.search(body).end() :]
            vector = np.asarray(self._embeddings.embed_query(statement))
            checked = self._judge_fact(claim, statement, vector, evidence)
            if checked.verdict is Verdict.CONTRADICTED:
                return checked.model_copy(update={"reason": f"calls right what {checked.reason}"})
        if _ABOUT_GAP.search(body):
            if said:
                return _contradicted(claim, "the answer does say this", said)
            if len(evidence.passages) and content_tokens(said_words):
                vector = np.asarray(self._embeddings.embed_query(said_words))
                similarities = evidence.passage_vectors @ vector
                best = int(np.argmax(similarities))
                if similarities[best] >= SUPPORTS_CLAIM.with_words:
                    return ClaimVerdict(
                        text=claim, verdict=Verdict.SUPPORTED, evidence=evidence.passages[best]
                    )
            return ClaimVerdict(
                text=claim,
                verdict=Verdict.UNSUPPORTED,
                reason="the guide does not say this is missing",
            )
        if said:
            return ClaimVerdict(text=claim, verdict=Verdict.SUPPORTED, evidence=said)
        if not content_tokens(said_words) & self._question_terms(evidence.questions):
            # "Overall, you've got the core mapping" names nothing of the question; it reports
            # what was done ("got", "covered"), so it praises unless its words fault.
            return self._judge_remark(claim, body, _remark_polarity(body) is not False, evidence)
        return ClaimVerdict(
            text=claim, verdict=Verdict.UNSUPPORTED, reason="the answer does not say this"
        )

    def _said_one_by_one(self, body: str, evidence: _Evidence, grade: Grade | None) -> str | None:
        """A report that lists several things ("You covered labelled versus unlabelled data and
        gave clustering as an unsupervised example") is borne out when each thing it names of
        the question is in the answer or a point the grade covers; things that name nothing of
        the question ("the goal", "the correct definition") are how the report speaks. The
        evidence for the first thing named, or None."""
        items = [i for i in _LIST_ITEM.split(body) if i and i.strip()]
        if len(items) < 2:
            return None
        found = []
        for item in items:
            words = reported(_REPORT_WORDS.sub(" ", item))
            if not self._names_question(words, evidence.questions):
                continue
            index = self._answer_says(words, evidence)
            if index is not None:
                found.append(evidence.answer_units[index])
                continue
            about = self._about(words, grade.covered if grade else ())
            if about:
                found.append(about[0])
                continue
            # Spoken answers name the terms in other forms ("no labels" for "unlabelled"):
            # most of the item's terms must open a word of the answer.
            terms = self._terms_named(words, evidence.questions)
            opened = {t[:TERM_OPENING] for t in content_tokens(evidence.answer)}
            if not terms or sum(
                t[:TERM_OPENING] in opened or t.removeprefix("un")[:TERM_OPENING] in opened
                for t in terms
            ) < ITEM_SHARE * len(terms):
                return None
            found.append(evidence.answer)
        return found[0] if found else None

    def _judge_reversal(self, claim: str, body: str, evidence: _Evidence) -> ClaimVerdict:
        """ "Those two are swapped.", "The direction is reversed.": the answer said something the
        wrong way round, which the grade must find (a misconception or a point it says
        otherwise); a point merely missed is no reversal."""
        grade = self._grade(evidence)
        if grade is not None and grade.misconceptions:
            found = ", ".join(m.id for m in grade.misconceptions)
            return ClaimVerdict(
                text=claim, verdict=Verdict.SUPPORTED, evidence=f"the grade finds {found}"
            )
        return ClaimVerdict(
            text=claim,
            verdict=Verdict.UNSUPPORTED,
            reason=f"{body!r}, but the grade finds nothing said the wrong way round",
        )

    def _judge_remark(
        self, claim: str, body: str, praise: bool, evidence: _Evidence
    ) -> ClaimVerdict:
        """A remark on the candidate that names nothing of the question evaluates the answer as
        "Correct." (or "Not quite.") does: the grade backs it, never its own words, so that
        praise in any words of an answer the grade credits nothing in is not passed as
        conversation or flagged as an unsupported fact."""
        evaluation = Evaluation(text=body, praise=praise, complete=False)
        return self._judge_evaluation(claim, evaluation, evidence)

    def _names_question(self, text: str, questions: frozenset[str] | None) -> bool:
        """Does the text name something of the ``questions``: a word of their key points or
        misconceptions that is not one of the words every evaluation uses ("right", "level",
        "point")? A compound is one word here: "walk-through" names no "through"."""
        return bool(self._terms_named(text, questions))

    def _terms_named(self, text: str, questions: frozenset[str] | None) -> set[str]:
        """The words of the ``questions`` the text names (``_names_question``)."""
        joined = _COMPOUND.sub(lambda m: m.group().replace("-", ""), text)
        return (content_tokens(joined) & self._question_terms(questions)) - _EVALUATION_STEMS

    def _question_terms(self, questions: frozenset[str] | None) -> set[str]:
        """The words of the key points and misconceptions of ``questions`` (of all questions
        when none is known)."""
        return set().union(
            *(t for q, t in self._terms.items() if questions is None or q in questions)
        )


#: Where a list of reported things splits: "X, Y and Z", "X and gave Y".
#: Words that say a statement holds in every case or under any condition. "Every", "whenever"
#: and "whatever" are not among them: "a gradient for every weight", "low whenever either is
#: low" are how the guide's facts are said (26 faithful cases of the development sets have a
#: supported claim with "every" or "whenever", 5 unfaithful ones), and "classification,
#: whatever the model happens to be called" widens nothing the guide says.
_UNIVERSAL = re.compile(
    r"\b(?:always|no matter what|regardless of|"
    r"invariably|guarantee[sd]?|in all cases|for any|any (?:model|estimator|method|team|data"
    r"(?:set)?|problem|case)|should ever|(?:is|are) useless)\b",
    re.I,
)
#: ... and the words by which a guide unit says as much ("all tokens" for "every token").
_UNIT_UNIVERSAL = re.compile(
    rf"{_UNIVERSAL.pattern}|\b(?:all|each|any|every|never|none|whenever)\b", re.I
)
_REPORTS_ANSWER = re.compile(r"\byour (?:answer|point)\b|\byou(?:'ve)? (?:said|say|wrote)\b", re.I)
_NOT_BEFORE = re.compile(rf"(?:{DENIED_OR_NEARLY})\s+$", re.I)
#: The units closest to a claim that may say its "always" for the one that supports it.
UNIVERSAL_UNITS = 3


#: The losing side of a contrast said of another thing: "instead of being trained
#: independently as in bagging", "rather than a sign-based gate as in ReLU". What follows "instead
#: of" is denied of the sentence's subject and affirmed of the thing named after "as in".
_CONTRAST_OF_OTHER = re.compile(
    r"\b(?:instead of|rather than)\s+(?P<what>[^,;.]*?)\s+(?:as in|as with|as for|as does|as do|"
    r"like)\s+"
    r"(?P<other>[^,;.]+)",
    re.I,
)


def _contrasted_units(passages: list[str]) -> list[str]:
    """What a contrast says of the other thing, as a unit of its own: "..., instead of being
    trained independently as in bagging" says "in bagging, being trained independently"."""
    return [
        f"in {m['other'].strip()}, {m['what'].strip()}"
        for passage in passages
        for m in _CONTRAST_OF_OTHER.finditer(passage)
    ]


#: A binary operation that is not commutative, between two symbols ("a", "TP", "N"): "(b - a)",
#: "P divided by P plus N", "TP over FN". A hyphen or slash must stand between spaces: "k-means"
#: and "precision/recall" are words.
_OPERATION = re.compile(
    r"(?<![\w-])(?P<left>[A-Za-z]{1,3}|[0-9]+)\)?\s+"
    r"(?P<op>-|\u2212|\u2013|/|minus|divided by|over)\s+\(?(?P<right>[A-Za-z]{1,3}|[0-9]+)(?![\w-])"
)


def _operations(text: str) -> set[tuple[str, str, str]]:
    """The text's non-commutative operations between symbols, as (left, operator, right), with
    one spelling for each operator ("over", "divided by" and "/" divide)."""
    spelled = {"\u2212": "-", "\u2013": "-", "minus": "-", "divided by": "/", "over": "/"}
    return {
        (m["left"].lower(), spelled.get(m["op"].lower(), m["op"].lower()), m["right"].lower())
        for m in _OPERATION.finditer(text)
        # A word of two or three letters may be English ("it is over a threshold"), a letter
        # is a symbol ("a - b").
        if not any(len(w) > 1 and w.lower() in STOPWORDS for w in (m["left"], m["right"]))
    }


def _other_operand(body: str, passages: Sequence[str]) -> tuple[str, str] | None:
    """A formula with its operands the other way round, or one operand put for another, where the
    guide writes the same operation: "(a - b) / max(a, b)" for the guide's "(b - a) / max(a, b)",
    "N divided by P plus N" for "P divided by P plus N". What is subtracted from what, or divided
    by what, is the formula; a guide that also writes the claim's operation backs it."""
    said = _operations(body)
    if not said:
        return None
    written = [(p, _operations(p)) for p in passages]
    every = set().union(*(ops for _, ops in written))
    for left, op, right in said - every:
        for passage, ops in written:
            if (right, op, left) in ops:
                return passage, f"puts {right} {op} {left} the other way round"
            if any(o == op and r == right and x != left for x, o, r in ops) and re.search(
                rf"(?<![\w-]){re.escape(left)}(?![\w-])", passage, re.I
            ):
                # (The symbol put in is one the guide's formula uses elsewhere: "N" of "P plus N".)
                return passage, f"divides or subtracts {left} where the guide's formula has another"
    return None


#: The side a guide sentence sets aside for its own: "they depend on the content rather than
#: being fixed parameters", "computed afresh instead of stored".
_SET_ASIDE = re.compile(
    r"^(?P<kept>.*?),?\s+(?:rather than|instead of)\s+(?:being\s+|as\s+)?(?P<aside>[^,;.]+)",
    re.I,
)
#: Words the side set aside must have: "rather than accuracy" alone is too little to tell a
#: claim that calls accuracy misleading from one that recommends it.
ASIDE_WORDS = 2
#: Words that open a guide sentence and name its subject (with its verb, at most): a later word
#: ("sequence" of "Transformers process an entire sequence") is what it is said of.
SUBJECT_OPENING = 2


def _affirms_rejected(body: str, passages: Sequence[str]) -> str | None:
    """A claim that says, of the guide sentence's subject, the thing the sentence sets aside with
    "rather than" or "instead of" ("the weights are fixed parameters, learned once" for "the
    weights are computed afresh for every input, so they depend on the content rather than being
    fixed parameters"), without a negation of its own and without the side the guide keeps. The
    guide sentence, if one does."""
    if _NOT.search(body):
        return None
    # Read clause by clause: "the contrast between RNNs and transformers: an RNN handles one step
    # at a time" says the guide's set-aside "one step at a time" of RNNs, not of transformers.
    return next(
        (
            passage
            for clause in re.split(r"[;:]|,\s+(?:but|whereas|while)\s+", body)
            if (passage := _rejected_in(content_tokens(clause), passages))
        ),
        None,
    )


def _rejected_in(words: set[str], passages: Sequence[str]) -> str | None:
    """The guide sentence whose set-aside side the words say, of its subject, without the side
    it keeps (``_affirms_rejected``)."""
    for passage in passages:
        for clause in re.split(r"[;:]", passage):
            match = _SET_ASIDE.search(clause)
            if match is None:
                continue
            aside = content_tokens(match["aside"])
            # What it keeps is the statement just before: "..., so they depend on the content".
            kept = content_tokens(re.split(r",|\bso\b", match["kept"])[-1]) - aside
            subject = set(content_words(clause)[:SUBJECT_OPENING]) - aside
            if (
                len(aside) >= ASIDE_WORDS
                and aside <= words
                and subject & words
                and not (kept - subject) & words
            ):
                return passage
    return None


#: A contrast that credits one thing and denies another with the same effect: "it's A, not B,
#: that P", "it is A and not B that P", "it's A that P, not B", "A, not B, P" (spoken: "its A not
#: B that P").
_CREDIT_CONTRASTS = (
    re.compile(
        r"\bit(?:'s|s| is| was)\s+(?P<a>[^,;:]+?),?\s+(?:and\s+)?not\s+(?P<b>[^;:]+?),?\s+"
        r"that\s+(?P<p>[^;:]+)",
        re.I,
    ),
    re.compile(
        r"\bit(?:'s|s| is| was)\s+(?P<a>[^,;:]+?)\s+that\s+(?P<p>[^;:]+?),?\s+"
        r"not\s+(?P<b>[^,;:]+)$",
        re.I,
    ),
    re.compile(r"^\W*(?P<a>[^,;:]+?),\s+not\s+(?P<b>[^,;:]+?),\s+(?P<p>[^;:]+)", re.I),
)


def _credited_to_denied(body: str, units: Sequence[str]) -> tuple[str, str] | None:
    """A contrast ("it's the bootstrap sampling, not the feature subsetting, that decorrelates the
    trees") whose effect the guide gives only to the side it denies: a unit that names the
    effect names the denied side, and none names the credited one (each named as
    ``_names_most`` reads it: "sample a random subset" does not name "bootstrap sampling").
    The unit that says so, and the reason; None when the guide credits the claim's side, or
    neither."""
    for pattern in _CREDIT_CONTRASTS:
        match = pattern.search(body)
        if match is None:
            continue
        effect = content_tokens(match["p"])
        credited = content_tokens(match["a"]) - effect
        denied = content_tokens(match["b"]) - effect - credited
        if not effect or not credited or not denied:
            continue
        carriers = [
            u for u in units if _names_most(set(effect), content_tokens(u)) and not _NOT.search(u)
        ]
        if any(_names_most(set(credited), content_tokens(u)) for u in carriers):
            return None
        against = next((u for u in carriers if _names_most(set(denied), content_tokens(u))), None)
        if against:
            return against, (
                f"credits {match['a'].strip()} with what the guide says of {match['b'].strip()}"
            )
    return None


def _affirmed_of_other(claim: str, passage: str) -> bool:
    """Does the passage deny what the claim says only of its own subject, while affirming it of
    something the claim names ("Bagging trains its models independently" against "..., instead
    of being trained independently as in bagging")?"""
    return any(
        content_tokens(m["other"]) & content_tokens(claim)
        for m in _CONTRAST_OF_OTHER.finditer(passage)
    )


#: A cause or consequence denied: "not caused by", "isn't due to", "does not lead to".
_DENIED_CAUSE = re.compile(
    r"\b(?:not|never|n't)\s+(?:\w+\s+){0,2}?(?:caused by|due to|because|the result of|"
    r"a result of|lead(?:s|ing)? to|result(?:s|ing)? in|cause[sd]?)\b",
    re.I,
)


#: Words in quotation marks: mentioned (the answer's words, a term), not used.
_QUOTED = re.compile(
    r"(?:^|(?<=[\s(:,;\u2014\u2013-]))[\"\u201c\u2018'][^\"\u201d\u2019\u201c\u2018]{1,80}?"
    r"[\"\u201d\u2019'](?=[\s,.;:!?)\u2014\u2013-]|$)"
)


def _universal(text: str) -> str | None:
    """The word by which a text says something holds in every case ("always", "for any
    estimator"), unless denied ("not always"), quoted ("I'd soften 'always perfectly': ...",
    "'Always fresh' isn't: ...": the answer's word, named to be corrected), or the text reports
    the answer ("So your answer is that batch norm always uses ...": the answer's own word)."""
    if _REPORTS_ANSWER.search(text):
        return None
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    for match in _UNIVERSAL.finditer(text):
        if any(start <= match.start() < end for start, end in quoted):
            continue
        if not _NOT_BEFORE.search(text[: match.start()]):
            return match.group()
    return None


#: The answer's words quoted, then the model's correction of them: "'deploy the best fold
#: model' - no: the fold models only estimate performance".
_QUOTED_CORRECTION = re.compile(
    r"^\W*[\"\u201c\u2018'](?P<quote>[^\"\u201d\u2019]{3,}?)[\"\u201d\u2019']\s*(?:-|\u2014|\u2013|:)\s*"
    r"(?:no|nope|not quite|not so|wrong|incorrect|(?:it's |that's )?the (?:reverse|opposite)|"
    r"(?:it|they) (?:does|do|is|are)(?:n't| not)?|actually)\b[\s:,;.\u2014\u2013-]*(?P<rest>\S.*)$",
    re.I,
)
#: Where a sentence turns from one term to another it sets against it: "X ..., while Y ...".
_UNLIKE = re.compile(r"^\W*unlike\s+(?P<term>[^,;]+),|,?\s+unlike\s+(?P<term2>[^,;.]+)", re.I)
_CONTRASTED = re.compile(r",?\s+(?:whereas|while)\s+|,\s+but\s+|\s*;\s*", re.I)
_LIST_ITEM = re.compile(r",\s*(?:and\s+)?|\s+and\s+", re.I)

#: The stems of the words any evaluation of an answer uses, which name nothing of a question.
_EVALUATION_STEMS = frozenset(content_tokens(" ".join(PRAISE | CRITICISM | META)))

#: Conflicts the closest unit decides, though a farther one might support the claim: a farther
#: unit that "supports" a claim that says it the other way was only close in topic.
_DECISIVE = ("goes the other way", "the other way round")
_ORDER = re.compile(r"^puts in the other order")
_SAID_TERMS = re.compile(r"^says (?P<terms>\S.*?) where the guide says")
#: A candidate's statement longer than this (content words) is not read for contradictions.
STATEMENT_WORDS = 14
#: The contradictions a candidate's statement is corrected for (``ClaimChecker.contradiction``).
_PLAIN = re.compile(
    r"^puts in the other order|^says '.*' where the guide says '|in each other's place|"
    r"what the guide says of the other side|the other way round from the guide|"
    r"% where the guide says"
)
#: Words by which a candidate's statement puts a cause before its effect or a step before
#: another; an order read from "then" or "once" in speech ("loss function measure how far from
#: true value, then backward pass") misread right answers on the grading dev sets.
_ORDERING = re.compile(r"\b(?:because|caus\w*|due to|leads? to|results? in|after|before)\b", re.I)
#: How a conflict of swapped terms is reported (``_conflict``).
_SWAPPED = re.compile(r"^says \S.* where the guide says (?!it )")


#: "And" before a new subject and its verb: "the backward pass makes the predictions and the
#: forward pass updates the weights" is two statements.
_AND_STATEMENT = re.compile(r"\s+and\s+(?=(?:the|a|an|its|their|each|every)\s)", re.I)


def _statements(clauses: list[str]) -> list[str]:
    """The clauses, each split where "and" opens a new statement; a side of fewer than
    ``FULL_UNIT`` content words was a list ("weights and the bias"), and stays joined."""
    found = []
    for clause in clauses:
        sides = _AND_STATEMENT.split(clause)
        if len(sides) > 1 and all(len(content_tokens(side)) >= FULL_UNIT for side in sides):
            found.extend(sides)
        else:
            found.append(clause)
    return found


#: What a comparison sets its subject against, which it does not assert: "a more robust
#: estimate than a single split" says nothing of a single split but that it is worse.
_COMPARED = re.compile(r"\bthan\b[^,;:.]*", re.I)


def _denies(clause: str, wrong: str) -> bool:
    """Does the clause deny what the misconception asserts, in a grammatical negation? "Pad
    tokens are not harmless without a mask" denies "padding tokens are harmless without a mask"
    (a misconception that itself denies those words is stated by the "not": "early stopping has
    no regularising effect")."""
    denied = set().union(*(d.words for d in denials(clause)))
    return (
        bool(denied)
        and _names_most(denied, content_tokens(without_negations(wrong)))
        and not _names_most(denied, negated_words(wrong))
    )


#: Verbs that keep what follows them from happening, which turn the sense as a "not" does:
#: "activation functions stop a network from collapsing into one linear map", "a single split
#: is what cross-validation avoids".
_PREVENTING = re.compile(
    r"\b(?:stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|"
    r"keep(?:s|ing)?|kept|save(?:s|d)?|protect(?:s|ed|ing)?|spare(?:s|d)?)\b[^,;:.]{0,40}?\bfrom\b"
    r"|\b(?:prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|rules? out|guards? against)\b",
    re.I,
)


def _prevents(clause: str, wrong: str) -> bool:
    """Does the clause keep from happening what the other text asserts (a verb of preventing
    in one and not the other, a "non-" counting as a turn too)? "Activation functions are what
    stop a deep network from collapsing into a single linear transformation" states no
    "activation functions keep the network linear"; "cross-validation keeps you from relying on
    a single split" no "cross-validation evaluates on a single split"."""
    turns = [
        bool(_PREVENTING.search(text)) + len(re.findall(r"\bnon-", text, re.I))
        for text in (clause, wrong)
    ]
    return bool(_PREVENTING.search(clause + " " + wrong)) and turns[0] % 2 != turns[1] % 2


def _only_compared(clause: str, wrong: str, right: str) -> bool:
    """Does the clause say the words only the misconception has (not its key point) only where
    it sets them against what it asserts? "Cross-validation gives a more robust estimate than
    a single split" names the "single split" of "cross-validation evaluates on a single fixed
    split" to say it is worse. (Not negations: "without them a network can still model
    non-linear relationships" states a misconception after its "without".)"""
    own = content_tokens(wrong) - content_tokens(right)
    said = own & content_tokens(clause)
    asserted = content_tokens(_COMPARED.sub(" ", clause))
    return bool(said) and not said & asserted


#: Words either side of a thing within which a word of direction says it goes up or down.
DIRECTION_REACH = 1


def _directed_beside(text: str, word: str) -> bool:
    """Is a word of direction next to ``word`` (a stem) in the text: "the loss grows", "toward
    lower loss"; not "a sturdier estimate with less variability", where "less" is said of the
    variability."""
    words = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.lower())
    return any(
        said_directions(" ".join(words[max(0, i - DIRECTION_REACH) : i + DIRECTION_REACH + 1]))
        for i, w in enumerate(words)
        if stem(w) == word
    )


def _reversed_answer(text: str) -> bool:
    """Does the sentence only say that what the candidate said is turned round
    (``_REVERSED_ANSWER``)?"""
    match = _REVERSED_ANSWER.match(text)
    return bool(match) and len(match.group("tail").split()) <= REVERSED_TAIL


def _remark_polarity(text: str) -> bool | None:
    """Praise (True), criticism (False), or neither that the words tell (None): a "not", a
    fault ("confused", "missed", "you've swapped them") criticises; a word of praise ("well",
    "right") praises. "You nailed it" and "you went off track" tell neither in these words."""
    words = set(re.findall(r"[a-z'-]+", text.lower()))
    if (
        _NOT.search(text)
        or _DENIES_ANSWER.match(text)
        or _reversed_answer(text)
        or _ABOUT_GAP.search(text)
        or (words & CRITICISM)
    ):
        return False
    return True if words & PRAISE else None


def _novel(claim: str, text: str, evidence: _Evidence, names: bool = True) -> ClaimVerdict | None:
    """Unsupported, when the text gives a number (in figures or words) or a name (unless not
    ``names``) that neither the guide nor the answer has ("TensorFlow Extended", "40%", "about
    a tenth")."""
    novel = [
        s
        for s in _NUMBER.findall(text) + (_NAME.findall(text) if names else [])
        if s.lower() not in evidence.known_text
    ] + [
        s
        for s in _QUANTITY_WORD.findall(text)
        # "one third" is the guide's "a third": the share's own word must be there.
        if re.sub(r"^(?:a|one)[\s-]+|\s+of$|s$", "", s.lower()) not in evidence.known_text
    ]
    if not novel:
        return None
    return ClaimVerdict(
        text=claim,
        verdict=Verdict.UNSUPPORTED,
        reason=f"names {', '.join(novel)}, which the guide does not",
    )


def _naming(topic: str) -> Callable[[re.Match[str]], str]:
    """A replacement for a pronoun that names ``topic`` instead ("it's" becomes "X is")."""
    return lambda match: f"{topic} is " if match.group().rstrip().endswith("'s") else f"{topic} "


def _contradicted(claim: str, reason: str, evidence: str | None = None) -> ClaimVerdict:
    """The claim contradicts the guide, the answer or the grade, for ``reason``: ``evidence``
    is the passage, answer span or key point that says otherwise."""
    return ClaimVerdict(text=claim, verdict=Verdict.CONTRADICTED, evidence=evidence, reason=reason)


_SEVERITY = (Verdict.CONTRADICTED, Verdict.UNSUPPORTED, Verdict.SUPPORTED, Verdict.NOT_A_CLAIM)


def _worst(claim: str, verdicts: list[ClaimVerdict]) -> ClaimVerdict:
    """One verdict for a claim judged in parts: its worst part decides (a contradiction before
    a missing support before support), for the whole claim's text."""
    if not verdicts:
        return ClaimVerdict(text=claim, verdict=Verdict.NOT_A_CLAIM, reason="nothing to check")
    worst = min(verdicts, key=lambda v: _SEVERITY.index(v.verdict))
    return worst.model_copy(update={"text": claim})
