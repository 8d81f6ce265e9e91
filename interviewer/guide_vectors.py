"""Embeddings of every key point and misconception, computed once and shared.

The grader and the claim checker both compare text with these entries; embedding them once per
process keeps start-up short and guarantees both see the same vectors.
"""

from __future__ import annotations

import numpy as np

from interviewer.embeddings import GuideEmbeddings
from interviewer.knowledge import KnowledgeBase


class GuideVectors:
    def __init__(self, knowledge: KnowledgeBase, embeddings: GuideEmbeddings) -> None:
        entries = [
            (entry.id, entry.text)
            for q in knowledge.questions
            for entry in [*q.key_points, *q.misconceptions]
        ]
        vectors = embeddings.embed_documents([text for _, text in entries])
        self._vectors = {
            entry_id: np.asarray(vector)
            for (entry_id, _), vector in zip(entries, vectors, strict=True)
        }

    def __getitem__(self, entry_id: str) -> np.ndarray:
        return self._vectors[entry_id]
