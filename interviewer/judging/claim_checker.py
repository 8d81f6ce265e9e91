"""The claim checker: is each claim of a response supported by the guide and the answer?

One implementation with two callers: the interviewer's runtime guard, which removes unsupported
sentences before a candidate sees them, and the faithfulness evals. This is the **rules** judge:
embeddings, lexical overlap, and contradiction checks against the knowledge base (its
misconceptions and its groups of easily swapped terms), with no language model.

Verdicts: ``supported``, ``contradicted``, ``unsupported``, or ``not_a_claim`` (greetings,
questions, instructions). Claims about what the candidate said are checked against the answer;
claims about machine learning against the guide contexts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from interviewer.judging.matching import (
    COMPARE_SIMILARITY,
    SUPPORTS_CLAIM,
    Matcher,
    word_share,
)
from interviewer.judging.text import (
    content_tokens,
    content_words,
    restrictive,
    split_clauses,
    split_sentences,
    split_units,
)
from interviewer.knowledge.schema import Misconception
from interviewer.types import ClaimVerdict, Verdict

#: A claim this close to a guide passage restates it (and agrees with it on every swap check).
RESTATEMENT_SIMILARITY = 0.9
#: Similarity at which a claim about the candidate matches a part of their answer.
ANSWER_SIMILARITY = 0.5
#: ... or this close, when every reported word is in the answer ("you mentioned overfitting").
LOOSE_ANSWER_SIMILARITY = 0.35
#: Share of the reported words ("you said X": the words of X) that must be in the answer.
REPORT_SHARE = 0.6

_INTERJECTION = re.compile(
    r"^(?:\s*(?:good job|good start|well done|you're right|that's right|that's correct|great|"
    r"good|nice|ok|okay|alright|right|sure|excellent|thanks(?! for)|thank you(?! for)|perfect|"
    r"exactly)\b[\s,!.:-]*)+",
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
    r"^\s*(?:let's|let us|now|next|moving on|shall we|try|think about|consider|take|here's|"
    r"here is|remember|keep in mind|hi|hello|welcome|tell me|walk me|can you|could you)\b",
    re.I,
)
_ABOUT_ANSWER = re.compile(
    r"\b(?:you|your answer)\b[^.]*?\b(?:said|say|mentioned|explained|noted|described|stated|"
    r"covered|pointed out|identified|talked about|brought up|got|correctly|rightly|named|gave)\b",
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
    r"didn't|missed|forgot|left|skipped|overlooked|could|add|mention)\b",
    re.I,
)
_ENDORSES = re.compile(
    r"\b(?:correct|correctly|right|rightly|accurately|good|well|spot on|exactly)\b", re.I
)
_APPENDED_FACT = re.compile(r",\s*(?:which|that|who)\s+", re.I)  # "you said X, which Y"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?%?")
_NAME = re.compile(
    r"(?<!^)(?<![.!?]\s)\b[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9]*\b|\b[A-Z][a-z]+[A-Z]\w*\b"
)


def split_claims(text: str) -> list[str]:
    """Sentences, split further at semicolons and at contrasting conjunctions."""
    claims = []
    for sentence in split_sentences(text):
        for part in re.split(r"\s*;\s*|,\s+(?:but|whereas|while)\s+", sentence):
            if part.strip():
                claims.append(part.strip())
    return claims


def _mentions(words: list[str], term: str) -> bool:
    term_words = content_words(term)
    n = len(term_words)
    return n > 0 and any(words[i : i + n] == term_words for i in range(len(words) - n + 1))


class ClaimChecker:
    """Build once per process; ``check`` is then fast (a few small embedding batches)."""

    def __init__(self, matcher: Matcher) -> None:
        self._matcher = matcher
        self._knowledge = knowledge = matcher.knowledge
        self._embeddings = matcher.embeddings
        self._vocabulary = set().union(
            *(
                content_tokens(
                    " ".join([q.question, q.reference_answer, *(k.text for k in q.key_points)])
                )
                for q in knowledge.questions
            )
        )

    def check(self, response: str, contexts: Sequence[str], answer: str = "") -> list[ClaimVerdict]:
        claims = split_claims(response)
        if not claims:
            return []
        passages = list(dict.fromkeys(s for c in contexts for s in split_sentences(c)))
        answer_units = split_units(answer)
        vectors = self._embeddings.embed_documents([*claims, *passages, *answer_units])
        claim_vectors = np.asarray(vectors[: len(claims)])
        passage_vectors = np.asarray(vectors[len(claims) : len(claims) + len(passages)])
        answer_vectors = np.asarray(vectors[len(claims) + len(passages) :])
        known_text = " ".join([*contexts, answer]).lower()
        return [
            self._judge(
                claim,
                claim_vectors[i],
                passages,
                passage_vectors,
                answer_units,
                answer_vectors,
                known_text,
            )
            for i, claim in enumerate(claims)
        ]

    def _judge(
        self,
        claim: str,
        vector: np.ndarray,
        passages: list[str],
        passage_vectors: np.ndarray,
        answer_units: list[str],
        answer_vectors: np.ndarray,
        known_text: str,
    ) -> ClaimVerdict:
        body = _INTERJECTION.sub("", claim).strip()
        if not body or body.endswith("?"):
            return ClaimVerdict(
                text=claim, verdict=Verdict.NOT_A_CLAIM, reason="a question or a remark"
            )
        tokens = content_tokens(body)
        if _INSTRUCTION.match(body) or _REMARK.match(body) or not tokens & self._vocabulary:
            return ClaimVerdict(
                text=claim, verdict=Verdict.NOT_A_CLAIM, reason="conversation, not a claim about ML"
            )
        novel = [
            s for s in _NUMBER.findall(body) + _NAME.findall(body) if s.lower() not in known_text
        ]
        if novel:
            return ClaimVerdict(
                text=claim,
                verdict=Verdict.UNSUPPORTED,
                reason=f"names {', '.join(novel)}, which the guide does not",
            )
        if _ABOUT_GAP.search(body) or _ABOUT_ANSWER.search(body):
            return self._judge_report(
                claim, body, answer_units, answer_vectors, passages, passage_vectors
            )

        return self._judge_fact(claim, body, vector, passages, passage_vectors)

    def _judge_fact(
        self,
        claim: str,
        body: str,
        vector: np.ndarray,
        passages: list[str],
        passage_vectors: np.ndarray,
    ) -> ClaimVerdict:
        """A claim about machine learning: supported, contradicted or unsupported by the guide."""
        stated = self._stated_misconception(body, vector)
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
            return ClaimVerdict(
                text=claim,
                verdict=Verdict.CONTRADICTED,
                evidence=right,
                reason=f"states {misconception.id}",
            )
        if not passages:
            return ClaimVerdict(text=claim, verdict=Verdict.UNSUPPORTED, reason="no guide context")

        similarities = passage_vectors @ vector
        conflicting = None
        for index in np.argsort(-similarities):
            passage, similarity = passages[index], float(similarities[index])
            if similarity < COMPARE_SIMILARITY:
                break
            conflict = self._conflict(body, passage)
            if conflict:
                conflicting = conflicting or (passage, conflict)
                continue
            if SUPPORTS_CLAIM.holds(similarity, word_share(body, passage)):
                return ClaimVerdict(text=claim, verdict=Verdict.SUPPORTED, evidence=passage)
        if conflicting:
            passage, conflict = conflicting
            return ClaimVerdict(
                text=claim, verdict=Verdict.CONTRADICTED, evidence=passage, reason=conflict
            )
        return ClaimVerdict(
            text=claim, verdict=Verdict.UNSUPPORTED, reason="no guide passage says this"
        )

    def _stated_misconception(
        self, body: str, vector: np.ndarray
    ) -> tuple[Misconception, str, float] | None:
        """The misconception a clause of the claim states, with the key point it contradicts.

        Clause by clause: a sentence that lists several right facts can hold the words of a
        misconception spread across its clauses without stating it.
        """
        clauses = split_clauses(body)
        vectors = (
            [vector] if len(clauses) == 1 else np.asarray(self._embeddings.embed_documents(clauses))
        )
        for clause, clause_vector in zip(clauses, vectors, strict=True):
            for misconception in self._matcher.misconceptions:
                similarity = self._matcher.states_misconception(
                    clause, clause_vector, misconception
                )
                if similarity is not None:
                    return misconception, self._matcher.right_text(misconception), similarity
        return None

    def _conflict(self, claim: str, passage: str) -> str | None:
        """Why a similar passage disagrees with the claim: swapped terms or opposite polarity."""
        claim_words, passage_words = content_words(claim), content_words(passage)
        for group in self._knowledge.confusables:
            in_claim = {t for t in group if _mentions(claim_words, t)}
            in_passage = {t for t in group if _mentions(passage_words, t)}
            if in_claim and in_passage and not in_claim & in_passage:
                said, guide = "/".join(sorted(in_claim)), "/".join(sorted(in_passage))
                return f"says {said} where the guide says {guide}"
        claim_tokens = content_tokens(claim)
        shared = len(claim_tokens & content_tokens(passage)) / max(1, len(claim_tokens))
        if restrictive(claim) != restrictive(passage) and shared >= 0.5:
            return "negates what the guide says"
        return None

    def _judge_report(
        self,
        claim: str,
        body: str,
        answer_units: list[str],
        answer_vectors: np.ndarray,
        passages: list[str],
        passage_vectors: np.ndarray,
    ) -> ClaimVerdict:
        """A claim about the candidate's answer: did they (not) say it?

        "You mentioned SMOTE, which oversamples the minority class" is two claims: that the
        answer names SMOTE, and that SMOTE oversamples the minority class; both must hold.
        """
        report, *rest = _APPENDED_FACT.split(body, maxsplit=1)
        fact = rest[0] if rest else ""
        if fact:
            said = self._judge_report(
                claim, report, answer_units, answer_vectors, passages, passage_vectors
            )
            if said.verdict is not Verdict.SUPPORTED:
                return said
            subject = _REPORT_WORDS.sub(" ", report).strip()
            statement = f"{subject} {fact}"
            vector = np.asarray(self._embeddings.embed_query(statement))
            return self._judge_fact(claim, statement, vector, passages, passage_vectors)
        reported = _REPORT_WORDS.sub(" ", body)
        reported_tokens = content_tokens(reported)
        reported_vector = (
            np.asarray(self._embeddings.embed_query(reported)) if reported_tokens else None
        )
        said = None
        if answer_units and reported_vector is not None:
            # Most of the reported words must be in the answer, and a part of it must mean the
            # same; similarity alone would let "drift" stand for "concept drift".
            answer_tokens = content_tokens(" ".join(answer_units))
            share = len(reported_tokens & answer_tokens) / len(reported_tokens)
            similarities = answer_vectors @ reported_vector
            best = int(np.argmax(similarities))
            similarity = float(similarities[best])
            if (
                (share >= REPORT_SHARE and similarity >= ANSWER_SIMILARITY)
                or (share == 1.0 and similarity >= LOOSE_ANSWER_SIMILARITY)
                or similarity >= SUPPORTS_CLAIM.on_meaning + 0.05
            ):
                said = answer_units[best]
            # "You mentioned that activation functions keep the network linear": the words are
            # the answer's, but the wrong statement is the report's own unless the answer says it.
            stated = self._stated_misconception(reported, reported_vector) if said else None
            if said and stated and not self._stated_misconception(said, answer_vectors[best]):
                said = None
            # "You correctly identified that monitoring only needs to track accuracy": the answer
            # did say it, but calling a misconception right contradicts the guide.
            if said and stated and _ENDORSES.search(body):
                return ClaimVerdict(
                    text=claim,
                    verdict=Verdict.CONTRADICTED,
                    evidence=stated[1],
                    reason=f"calls {stated[0].id} right",
                )
        if _ABOUT_GAP.search(body):
            if said:
                return ClaimVerdict(
                    text=claim,
                    verdict=Verdict.CONTRADICTED,
                    evidence=said,
                    reason="the answer does say this",
                )
            if len(passages) and reported_vector is not None:
                similarities = passage_vectors @ reported_vector
                best = int(np.argmax(similarities))
                if similarities[best] >= SUPPORTS_CLAIM.with_words:
                    return ClaimVerdict(
                        text=claim, verdict=Verdict.SUPPORTED, evidence=passages[best]
                    )
            return ClaimVerdict(
                text=claim,
                verdict=Verdict.UNSUPPORTED,
                reason="the guide does not say this is missing",
            )
        if said:
            return ClaimVerdict(text=claim, verdict=Verdict.SUPPORTED, evidence=said)
        return ClaimVerdict(
            text=claim, verdict=Verdict.UNSUPPORTED, reason="the answer does not say this"
        )
