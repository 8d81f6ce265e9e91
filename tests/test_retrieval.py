"""Search quality on the paraphrased query sets, and search behaviour on odd input."""

from __future__ import annotations

import json

import pytest

from interviewer.knowledge.chunks import PASSAGE_KINDS
from interviewer.knowledge.retrieval import Retriever
from interviewer.knowledge.vector_store import open_store

from .conftest import REPO

QUERY_SETS = {
    "dev": REPO / "evals" / "datasets" / "retrieval_queries.jsonl",
    "heldout": REPO / "evals" / "datasets" / "retrieval_queries_heldout.jsonl",
    "topics dev": REPO / "evals" / "datasets" / "retrieval_queries_kb_dev.jsonl",
    "dev-c": REPO / "evals" / "datasets" / "retrieval_queries_dev_c.jsonl",
    "topics heldout": REPO / "evals" / "datasets" / "retrieval_queries_kb_heldout.jsonl",
}
# Floors just under the figures of `make bench` with all 165 questions loaded
# (bench/results/retrieval.md; top-1 and recall@3 counting any question that answers the query):
# guide dev 0.955 and 0.977, topics dev 0.981 and 0.994, dev-c (the guide's questions among their
# drafted neighbours) 0.979 and 0.995; the guide's held-out set (0.879, 0.970) is only guarded
# against a fall well below its measured figure; the topics' held-out set (0.981, 0.994) at a
# floor that, with the guide's, keeps all 187 held-out queries at 0.95 or more (issue 15's
# target). A regression in chunking, embedding or ranking shows up here as a failure.
FLOORS = {
    "dev": (0.93, 0.95),
    "heldout": (0.84, 0.93),
    "topics dev": (0.96, 0.98),
    "dev-c": (0.96, 0.98),
    "topics heldout": (0.97, 0.98),
}


@pytest.fixture(scope="module")
def retriever(indexed_settings, embeddings):
    return Retriever(open_store(indexed_settings, embeddings), embeddings, "hybrid")


@pytest.mark.parametrize("name", QUERY_SETS)
def test_paraphrased_queries_find_their_question(retriever, name):
    rows = [json.loads(line) for line in QUERY_SETS[name].read_text().splitlines() if line.strip()]
    assert len(rows) >= 30
    top1 = recall3 = 0
    for row in rows:
        ids = [hit.question_id for hit in retriever.search(row["query"], k=3)]
        right = row.get("answers", [row["question_id"]])
        top1 += ids[0] in right
        recall3 += any(i in right for i in ids)
    min_top1, min_recall3 = FLOORS[name]
    assert top1 / len(rows) >= min_top1
    assert recall3 / len(rows) >= min_recall3


def test_hits_carry_metadata_best_first(retriever):
    hits = retriever.search("difference between data drift and concept drift", k=5)
    assert len(hits) == 5
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert hits[0].question_id == "q10" and "drift" in hits[0].topics
    assert set(hits[0].as_dict()) == {"question_id", "topics", "kind", "text", "score"}


def test_topic_filter_keeps_only_that_topic(retriever):
    hits = retriever.search("what does self-attention do", k=5, topic="drift")
    assert hits and all("drift" in h.topics for h in hits)


def test_huge_query_is_cut_to_the_model_limit_and_answered(retriever):
    query = "how do transformers use self-attention " + "lorem ipsum " * 9000  # ~100 KB
    assert len(query) > 100_000
    hits = retriever.search(query, k=3)
    assert hits[0].question_id == "q05"


def test_whitespace_query_is_refused(retriever):
    with pytest.raises(ValueError, match="empty"):
        retriever.search(" \n\t ")


def test_dense_mode_reports_cosine_similarity(indexed_settings, embeddings):
    dense = Retriever(open_store(indexed_settings, embeddings), embeddings, "dense")
    hits = dense.search("SMOTE oversampling of the minority class", k=2)
    assert hits[0].question_id == "q09" and 0.3 < hits[0].score <= 1.0


def test_hits_are_different_questions_each_shown_by_a_passage(retriever):
    """Ranking is by question: a question's wordings help find it, but a hit shows a fact."""
    hits = retriever.search("How does supervised learning differ from unsupervised learning?", k=5)
    assert hits[0].question_id == "q01"
    assert len({h.question_id for h in hits}) == len(hits) == 5
    assert all(h.kind in PASSAGE_KINDS for h in hits)


def test_guide_question_keeps_its_queries_against_questions_beyond_the_guide(retriever):
    """A question written beyond the guide on the same subject (here, promotion checks and
    importance weighting, both about production) does not take a query the guide's own question
    answers, yet still wins the queries that are about it."""

    def first(query: str) -> str | None:
        return retriever.search(query, k=1)[0].question_id

    assert first("unbiased estimate of how the model will do in production") == "q08"
    assert first("why hold out data the model never sees until the very end") == "q08"
    assert first("what should a retrained model pass before it replaces production") == "drift-20"
    assert first("estimate the density ratio between production and training inputs") == "drift-22"
