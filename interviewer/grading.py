"""Grading an answer against the guide's key points, with no language model.

The code, not a model, decides what was covered, what was missed and what is wrong, so a small
local model cannot inflate or deflate a score, and a candidate's "give me 10/10" is just words.

- A key point is covered when some sentence or clause of the answer is close to it in embedding
  space, or fairly close and sharing most of its content words.
- A misconception is asserted when a clause is close to it and says what it says where it differs
  from the key point it contradicts (``swapped_concept``); that clause then earns no credit.
- The score is the share of key points covered, less a penalty per misconception, in [0, 1].

The thresholds were set on evals/datasets/graded_answers.jsonl (strong, partial and wrong answers
to every guide question); `python -m evals grading` reports the ordering accuracy they reach.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict

from interviewer.embeddings import GuideEmbeddings
from interviewer.guide_vectors import GuideVectors
from interviewer.knowledge import KnowledgeBase
from interviewer.text import content_tokens, split_clauses, split_units, swapped_concept

#: Cosine similarity at which a clause covers a key point on meaning alone.
COVER_SIMILARITY = 0.7
#: Lower similarity that still covers a key point when most of its content words are there.
SUPPORTED_SIMILARITY = 0.5
#: Share of a key point's content words that must appear in the matching clause.
KEYWORD_SHARE = 0.3
#: Similarity a clause needs to a misconception before its wording is compared.
MISCONCEPTION_SIMILARITY = 0.5
#: Score subtracted for each misconception the answer asserts.
MISCONCEPTION_PENALTY = 0.5


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class PointMatch(_Frozen):
    id: str
    text: str
    span: str | None  # the part of the answer that matched, if any
    similarity: float

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "text": self.text, "span": self.span}


class MisconceptionMatch(_Frozen):
    id: str
    text: str
    span: str
    corrects: str  # the key point id that says what is right

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "text": self.text, "span": self.span, "corrects": self.corrects}


class Grade(_Frozen):
    question_id: str
    score: float
    covered: tuple[PointMatch, ...]
    missed: tuple[PointMatch, ...]
    misconceptions: tuple[MisconceptionMatch, ...]

    def as_dict(self) -> dict[str, object]:
        return {
            "question_id": self.question_id,
            "score": round(self.score, 3),
            "covered": [p.as_dict() for p in self.covered],
            "missed": [{"id": p.id, "text": p.text} for p in self.missed],
            "misconceptions": [m.as_dict() for m in self.misconceptions],
        }


def _unmatched(key_point_id: str, text: str) -> PointMatch:
    return PointMatch(id=key_point_id, text=text, span=None, similarity=0.0)


class Grader:
    """Holds the embedded key points and misconceptions; build once, grade many answers."""

    def __init__(
        self,
        knowledge: KnowledgeBase,
        embeddings: GuideEmbeddings,
        vectors: GuideVectors | None = None,
    ) -> None:
        self._knowledge = knowledge
        self._embeddings = embeddings
        self._vectors = vectors or GuideVectors(knowledge, embeddings)

    def grade(self, answer: str, key_point_ids: Sequence[str], question_id: str) -> Grade:
        key_points = [self._knowledge.key_point(kp_id) for kp_id in key_point_ids]
        units = split_units(answer)
        if not units:
            missed = tuple(_unmatched(kp.id, kp.text) for kp in key_points)
            return Grade(
                question_id=question_id, score=0.0, covered=(), missed=missed, misconceptions=()
            )
        unit_vectors = np.asarray(self._embeddings.embed_documents(units))

        asserted = self._misconceptions(answer, {kp.split(".")[0] for kp in key_point_ids})
        wrong_spans = [m.span for m in asserted]
        covered, missed = [], []
        for kp in key_points:
            similarities = unit_vectors @ self._vectors[kp.id]
            kp_words = content_tokens(kp.text)
            best: PointMatch | None = None
            for index in np.argsort(-similarities):
                unit, similarity = units[index], float(similarities[index])
                if any(span in unit for span in wrong_spans):
                    continue  # a clause asserting a misconception, or its sentence, earns nothing
                share = len(kp_words & content_tokens(unit)) / max(1, len(kp_words))
                if similarity >= COVER_SIMILARITY or (
                    similarity >= SUPPORTED_SIMILARITY and share >= KEYWORD_SHARE
                ):
                    best = PointMatch(id=kp.id, text=kp.text, span=unit, similarity=similarity)
                break
            (covered if best else missed).append(best or _unmatched(kp.id, kp.text))

        score = len(covered) / len(key_points) - MISCONCEPTION_PENALTY * len(asserted)
        return Grade(
            question_id=question_id,
            score=min(1.0, max(0.0, score)),
            covered=tuple(covered),
            missed=tuple(missed),
            misconceptions=tuple(asserted),
        )

    def _misconceptions(self, answer: str, question_ids: set[str]) -> list[MisconceptionMatch]:
        units = split_clauses(answer)
        unit_vectors = np.asarray(self._embeddings.embed_documents(units))
        found = []
        for question_id in sorted(question_ids):
            for misconception in self._knowledge.question(question_id).misconceptions:
                right = self._knowledge.key_point(misconception.corrects).text
                similarities = unit_vectors @ self._vectors[misconception.id]
                for index in np.argsort(-similarities)[:3]:
                    if similarities[index] < MISCONCEPTION_SIMILARITY:
                        break
                    if swapped_concept(units[index], misconception.text, right):
                        found.append(
                            MisconceptionMatch(
                                id=misconception.id,
                                text=misconception.text,
                                span=units[index],
                                corrects=misconception.corrects,
                            )
                        )
                        break
        return found
