"""Retrieval over the guide: dense (Chroma) and lexical (BM25), fused by reciprocal rank.

The embedding model blurs neighbouring concepts ("data drift" and "concept drift" sit close
together), while exact terms such as SMOTE, k-fold or GELU are what BM25 is good at; fusing the
two rankings is what `make bench` measures against dense-only retrieval. LangChain's
EnsembleRetriever does the same fusion but drops the scores and cannot filter the lexical side by
topic, so the fusion is done here on the two ranked lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rank_bm25 import BM25Okapi

from interviewer.knowledge.embeddings import GuideEmbeddings
from interviewer.knowledge.vector_store import Store

#: Reciprocal-rank-fusion constant from Cormack et al. (2009); it damps the weight of top ranks.
RRF_K = 60
#: How many candidates each ranking contributes before fusion.
CANDIDATES = 20

_WORD = re.compile(r"[a-z0-9]+")


def lexical_tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@dataclass(frozen=True)
class Hit:
    chunk_id: str
    question_id: str | None
    topics: list[str]
    kind: str
    text: str
    score: float

    def as_dict(self) -> dict[str, object]:
        return {
            "question_id": self.question_id,
            "topics": self.topics,
            "kind": self.kind,
            "text": self.text,
            "score": round(self.score, 4),
        }


def reciprocal_rank_fusion(rankings: list[list[str]]) -> dict[str, float]:
    fused: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + 1.0 / (RRF_K + rank)
    return fused


class Retriever:
    """Searches one store; build it once and reuse it (it holds the BM25 index in memory)."""

    def __init__(self, store: Store, embeddings: GuideEmbeddings, mode: str = "hybrid") -> None:
        self._collection = store.collection
        self._embeddings = embeddings
        self.mode = mode
        records = store.vectors.get(include=["documents", "metadatas"])
        self._ids: list[str] = records["ids"]
        self._texts: list[str] = records["documents"]
        self._metas: list[dict] = records["metadatas"]
        self._position = {chunk_id: i for i, chunk_id in enumerate(self._ids)}
        self._bm25 = BM25Okapi([lexical_tokens(t) for t in self._texts]) if self._ids else None

    def _hit(self, index: int, score: float) -> Hit:
        meta = self._metas[index]
        return Hit(
            chunk_id=self._ids[index],
            question_id=str(meta["question_id"]) or None,
            topics=list(meta["topics"]),
            kind=str(meta["kind"]),
            text=self._texts[index],
            score=score,
        )

    def search(self, query: str, k: int = 3, topic: str | None = None) -> list[Hit]:
        """Best hits first. The query is cut to what the embedding model reads."""
        query = self._embeddings.truncate(query)
        if not query.strip():
            raise ValueError("the query is empty")
        position = self._position
        where = {"topics": {"$contains": topic}} if topic else None
        # Ids and distances only: the texts and metadata are already in memory for BM25.
        dense = self._collection.query(
            query_embeddings=[self._embeddings.embed_query(query)],
            n_results=min(CANDIDATES, len(self._ids)) or 1,
            where=where,
            include=["distances"],
        )
        dense_ids = [i for i in dense["ids"][0] if i in position]
        if self.mode == "dense" or self._bm25 is None:
            distances = dict(zip(dense["ids"][0], dense["distances"][0], strict=True))
            return [self._hit(position[i], 1.0 - distances[i]) for i in dense_ids[:k]]
        scores = self._bm25.get_scores(lexical_tokens(query))
        allowed = [
            i
            for i in range(len(self._ids))
            if scores[i] > 0 and (topic is None or topic in self._metas[i]["topics"])
        ]
        lexical_ranking = [
            self._ids[i] for i in sorted(allowed, key=lambda i: -scores[i])[:CANDIDATES]
        ]
        fused = reciprocal_rank_fusion([dense_ids, lexical_ranking])
        best = sorted(fused.items(), key=lambda item: -item[1])[:k]
        return [self._hit(position[chunk_id], score) for chunk_id, score in best]
