"""Retrieval over the guide: dense (embeddings) and lexical (BM25), ranked by question.

A query asks about a question, not about a chunk, so both rankings score questions: the dense side
by the question's closest chunk (one of its wordings, answer sentences, key points, probes or
practice questions), the lexical side by BM25 over all of the question's text in one document, so a
query's words (and pairs of neighbouring words) count wherever in the question they appear. That
document also holds its key points' other wordings (``said_as``, the plainer ways candidates say
them), which are not embedded: as chunks of their own they matched vague queries too well. Each of
your notes' chunks stands alone. A hit is a question's most similar passage (a chunk that states
facts), one per question, so three hits are three different questions.

The embedding model blurs neighbouring concepts ("data drift" and "concept drift" sit close
together), while exact terms such as SMOTE, k-fold or GELU are what BM25 is good at. The two
scores are standardised over the questions searched (z-scores) and added with a fixed weight:
unlike reciprocal-rank fusion, that keeps how far ahead a question is on each side, which is
what separates a general guide question from a drafted one on the same subject. A guide
question gets a fixed margin on top (``GUIDE_MARGIN``), so a question beyond the guide on the
same subject wins only when it is clearly closer. `make bench` measures it against
dense-only retrieval and a plain splitter baseline.

Measured on the 390 dev queries (the guide's, the topic folders' and dev-c, which puts the guide's
questions among their drafted neighbours; 379 right first before word pairs) and left out because
none gained more than two of them at its best setting: scoring a question by the mean of its best
chunks or its centroid as well as its best chunk, embedding its key points' other wordings,
prefixing answer sentences and probes with the question's title, a second BM25 over the question's
wording and phrasings, its topics' titles and aliases in its BM25 document, a penalty for questions
close to many others (hubs), stop-word or filler removal, other stemmers, and weights fitted by a
listwise loss. Reciprocal-rank fusion lost ten of the first 198.

Dense scores are computed here, exactly, from the vectors the store holds: the retriever
already keeps every chunk's text in memory for BM25, and the standardisation needs every
question's score, not only the nearest few.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

import numpy as np
import snowballstemmer
from rank_bm25 import BM25Okapi

from interviewer.knowledge.chunks import PASSAGE_KINDS
from interviewer.knowledge.embeddings import GuideEmbeddings
from interviewer.knowledge.vector_store import Store

#: Weight of the lexical z-score against the dense one (chosen on the dev query sets: 0.3 to
#: 0.45 put 380 or 381 of the 390 first; 0.5 puts 379, 0.6 375).
LEXICAL_WEIGHT = 0.4
#: Added to a guide question's score (hybrid mode, in the z-score units of the sum): the guide is
#: the product's primary reference, so a question written beyond it outranks a guide question only
#: when clearly closer to the query, not when it merely covers the same subject in more detail.
#: Chosen on the dev query sets with the drafted questions indexed: strict top-1 0.929 with no
#: margin, 0.944 for any margin from 0.7 to 1.0 (the guide's 44 queries 34 -> 38 or 39, the drafts'
#: 154 lose one or two); 0.8 sits inside that plateau. With dev-c added and word pairs searched, 381
#: of the 390 for any margin from 0.6 to 0.9, 380 up to 1.2, 374 with none (the guide's queries lose
#: most). On the guide alone every question gets it, so the ranking is unchanged; chunks of your
#: notes get none, like drafts.
GUIDE_MARGIN = 0.8
#: BM25's term-frequency saturation (rank_bm25's default is 1.5): lower means a query word counts
#: nearly as much after one mention as after five, so a question that repeats a term in every
#: wording and answer sentence does not outrank one that names it once ("why do we need ReLU or
#: GELU between layers" went to the GELU question, not to the guide's question on activations).
#: On the dev query sets 1.0 gains that query with the drafted questions indexed and one on the
#: guide alone (0.932 -> 0.955); 1.2 to 1.5 do not.
BM25_K1 = 1.0

_WORD = re.compile(r"[a-z0-9]+")
_stemmer = snowballstemmer.stemmer("english")


@cache
def _stem(word: str) -> str:
    return _stemmer.stemWord(word)


def lexical_terms(text: str) -> list[str]:
    """Stemmed words, so "folds" finds "fold" and "memorises" finds "memorise", and each pair of
    neighbouring words within a line, so "concept drift" or "precision recall" counts as a
    phrase: a question that names the phrase outranks one that has both words apart. On the 390
    dev queries, pairs put the right question first in 381 against 379 and widened its lead:
    queries it lost by less than 0.5 (z-units) went from 5 to 1, mean lead clipped at 1 from
    0.912 to 0.931. At every lexical weight from 0.3 to 0.5 and K1 from 0.8 to 1.2 they did at
    least as well as single words."""
    terms = []
    for line in text.lower().splitlines():
        words = [_stem(word) for word in _WORD.findall(line)]
        terms += words + [f"{a} {b}" for a, b in pairwise(words)]
    return terms


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


def _standardised(scores: np.ndarray) -> np.ndarray:
    spread = scores.std()
    return (scores - scores.mean()) / spread if spread > 0 else np.zeros_like(scores)


class Retriever:
    """Searches one store; build it once and reuse it (it holds the vectors and BM25 in memory)."""

    def __init__(self, store: Store, embeddings: GuideEmbeddings, mode: str = "hybrid") -> None:
        self._embeddings = embeddings
        self.mode = mode
        records = store.vectors.get(include=["documents", "metadatas", "embeddings"])
        self._ids: list[str] = records["ids"]
        self._texts: list[str] = records["documents"]
        self._metas: list[dict] = records["metadatas"]
        self._vectors = np.asarray(
            records["embeddings"] if self._ids else np.empty((0, 0)), dtype=np.float32
        )
        # A group is a guide question, or one chunk of your notes (which belongs to none).
        groups: dict[str, int] = {}
        self._group_of = np.array(
            [
                groups.setdefault(str(meta["question_id"]) or chunk_id, len(groups))
                for chunk_id, meta in zip(self._ids, self._metas, strict=True)
            ],
            dtype=np.int64,
        )
        self._group_topics: list[set[str]] = [set() for _ in groups]
        self._from_guide = np.zeros(len(groups), dtype=bool)
        documents: list[list[str]] = [[] for _ in groups]
        for index, group in enumerate(self._group_of):
            self._group_topics[group].update(self._metas[index]["topics"])
            self._from_guide[group] |= bool(self._metas[index].get("from_guide"))
            text = f"{self._texts[index]}\n{self._metas[index].get('wordings', '')}"
            documents[group].extend(lexical_terms(text))
        self._bm25 = BM25Okapi(documents, k1=BM25_K1) if documents else None
        self._passage = np.array([str(m["kind"]) in PASSAGE_KINDS for m in self._metas])

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
        """Best questions first, each as its passage closest to the query. The query is cut to
        what the embedding model reads."""
        query = self._embeddings.truncate(query)
        if not query.strip():
            raise ValueError("the query is empty")
        if self._bm25 is None:
            return []
        query_vector = np.asarray(self._embeddings.embed_query(query), dtype=np.float32)
        # einsum, not @: OpenBLAS wakes its threads for a matrix-vector product, which took
        # 15 ms on two cores against 0.2 ms for einsum's own loop over 2,800 chunks.
        similarity = np.einsum("ij,j->i", self._vectors, query_vector)
        dense = np.full(len(self._group_topics), -np.inf)
        np.maximum.at(dense, self._group_of, similarity)
        searched = np.array([topic is None or topic in t for t in self._group_topics])
        if self.mode == "dense":
            scores = dense
        else:
            # A term no document has adds nothing, yet get_scores walks every document for it;
            # most of a query's word pairs are such terms.
            terms = [t for t in lexical_terms(query) if t in self._bm25.idf]
            lexical = self._bm25.get_scores(terms)
            scores = np.full(len(dense), -np.inf)
            scores[searched] = (
                (1 - LEXICAL_WEIGHT) * _standardised(dense[searched])
                + LEXICAL_WEIGHT * _standardised(lexical[searched])
                + GUIDE_MARGIN * self._from_guide[searched]
            )
        scores[~searched] = -np.inf
        best = [int(g) for g in np.argsort(-scores, kind="stable")[:k] if searched[g]]
        # The passage shown for a question: its chunk closest to the query among those that
        # state facts (every question has some), so a hit never offers a bare question.
        shown = np.where(self._passage, similarity, -np.inf)
        hits = []
        for group in best:
            members = np.flatnonzero(self._group_of == group)
            index = members[np.argmax(shown[members])]
            hits.append(self._hit(int(index), float(scores[group])))
        return hits
