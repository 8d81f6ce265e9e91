"""Retrieval benchmark: the structured guide index against a naive RAG baseline, in one run.

The baseline is what a quick RAG prototype does: LangChain's RecursiveCharacterTextSplitter
(1000 characters, 200 overlap) over the plain guide text, dense search only, the same embedding
model, Chroma. A baseline chunk counts as belonging to the guide question whose section it
overlaps most; chunks of the course-marketing sections belong to none.

The index holds all 165 questions (the guide's and the topic folders'); the guide's query sets
and the topic folders' are measured.

Usage: python bench/retrieval.py [--guide PATH] [--out FILE] [--repeats N]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import chromadb
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_text_splitters import RecursiveCharacterTextSplitter

from interviewer.knowledge.embeddings import MiniLMEmbeddings
from interviewer.knowledge.indexing import build_index
from interviewer.knowledge.retrieval import Retriever
from interviewer.knowledge.schema import load_knowledge
from interviewer.knowledge.vector_store import open_store
from interviewer.settings import Settings, bundled_path

REPO = Path(__file__).resolve().parent.parent
#: Queries and the questions that answer them: the guide's (written for q01..q11), the topic
#: folders' (written for their questions) and dev-c (132 more about the guide's questions, 60
#: about drafted questions on the same subjects, written by someone who had not seen the
#: ranking). A query may have more than one right answer ("answers", labelled by a person who
#: read every question): a guide question and a topic question on the same subject both serve
#: "why do models get worse after launch".
QUERY_SETS = {
    "guide dev": REPO / "evals/datasets/retrieval_queries.jsonl",
    "guide dev-c": REPO / "evals/datasets/retrieval_queries_dev_c.jsonl",
    "guide held-out": REPO / "evals/datasets/retrieval_queries_heldout.jsonl",
    "topics dev": REPO / "evals/datasets/retrieval_queries_kb_dev.jsonl",
    "topics held-out": REPO / "evals/datasets/retrieval_queries_kb_heldout.jsonl",
}
DEFAULT_GUIDE = REPO.parent / "shared/guide/ai-ml-interview-questions.txt"

Search = Callable[[str], list[str | None]]  # query -> question ids of the top 3 hits


def guide_sections(text: str) -> list[tuple[str, int, int]]:
    """(question id, start, end) of each numbered guide question; marketing text is outside."""
    starts = [(int(m.group(1)), m.start()) for m in re.finditer(r"^(\d+)\. ", text, re.M)]
    end_of_questions = text.find("How an AI ML Certification Helps")
    sections = []
    for i, (number, start) in enumerate(starts):
        end = starts[i + 1][1] if i + 1 < len(starts) else end_of_questions
        sections.append((f"q{number:02d}", start, end))
    return sections


def baseline_search(
    guide: Path, embeddings: MiniLMEmbeddings, folder: Path
) -> tuple[Search, float]:
    text = guide.read_text(encoding="utf-8")
    sections = guide_sections(text)
    started = time.perf_counter()
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=1000, chunk_overlap=200, add_start_index=True
    )
    documents = splitter.create_documents([text])
    for doc in documents:
        start = doc.metadata["start_index"]
        end = start + len(doc.page_content)
        overlaps = {qid: min(end, e) - max(start, s) for qid, s, e in sections}
        best = max(overlaps, key=overlaps.get)
        doc.metadata["question_id"] = best if overlaps[best] > 0 else ""
    client = chromadb.PersistentClient(
        str(folder), settings=ChromaSettings(anonymized_telemetry=False)
    )
    store = Chroma(
        client=client,
        collection_name="baseline",
        embedding_function=embeddings,
        collection_metadata={"hnsw:space": "cosine"},
    )
    store.add_documents(documents)
    build_seconds = time.perf_counter() - started

    def search(query: str) -> list[str | None]:
        return [d.metadata["question_id"] or None for d in store.similarity_search(query, k=3)]

    return search, build_seconds


def measure(search: Search, rows: list[dict], repeats: int) -> dict[str, float]:
    latencies, top1, recall3 = [], 0, 0
    for row in rows:
        for _ in range(repeats):
            started = time.perf_counter()
            ids = search(row["query"])
            latencies.append((time.perf_counter() - started) * 1000)
        right = row.get("answers", [row["question_id"]])
        top1 += ids[0] in right
        recall3 += any(i in right for i in ids)
    cuts = statistics.quantiles(latencies, n=20)
    return {
        "top1": top1 / len(rows),
        "recall3": recall3 / len(rows),
        "p50_ms": statistics.median(latencies),
        "p95_ms": cuts[18],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--guide", type=Path, default=DEFAULT_GUIDE, help="the plain-text guide")
    parser.add_argument("--out", type=Path, help="also write the table (Markdown) here")
    parser.add_argument("--repeats", type=int, default=5, help="timed searches per query")
    args = parser.parse_args()
    if not args.guide.is_file():
        print(f"bench: guide not found at {args.guide}; pass --guide PATH", file=sys.stderr)
        return 2

    queries = {
        name: [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        for name, path in QUERY_SETS.items()
    }
    held_out = [rows for name, rows in queries.items() if "held-out" in name]
    queries["all held-out"] = [row for rows in held_out for row in rows]
    embeddings = MiniLMEmbeddings()
    embeddings.embed_query("warm up")  # load the model outside the timings

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp) / "guide")
        knowledge = load_knowledge(bundled_path("knowledge"))
        report = build_index(settings, embeddings, knowledge)
        store = open_store(settings, embeddings)
        systems: dict[str, tuple[Search, float, int]] = {}
        for mode in ("hybrid", "dense"):
            retriever = Retriever(store, embeddings, mode)
            systems[f"structured, {mode}"] = (
                lambda q, r=retriever: [h.question_id for h in r.search(q, k=3)],
                report.seconds,
                report.added,
            )
        search, seconds = baseline_search(args.guide, embeddings, Path(tmp) / "baseline")
        chunk_count = len(
            RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_text(
                args.guide.read_text(encoding="utf-8")
            )
        )
        systems["baseline: 1000/200 splitter, dense"] = (search, seconds, chunk_count)

        header = (
            "| system | query set | queries | strict top-1 | recall@3 | p50 ms | p95 ms "
            "| index build s | chunks |\n|---|---|---|---|---|---|---|---|---|"
        )
        lines = [header]
        results: dict[tuple[str, str], dict[str, float]] = {}
        for system, (search_fn, build_s, chunks) in systems.items():
            for name, rows in queries.items():
                r = measure(search_fn, rows, args.repeats)
                results[(system, name)] = r
                lines.append(
                    f"| {system} | {name} | {len(rows)} | {r['top1']:.3f} | {r['recall3']:.3f} "
                    f"| {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | {build_s:.2f} | {chunks} |"
                )
    ratio = (
        results[("structured, hybrid", "all held-out")]["p50_ms"]
        / results[("baseline: 1000/200 splitter, dense", "all held-out")]["p50_ms"]
    )
    table = "\n".join(lines)
    summary = (
        f"p50 latency of the default (structured, hybrid) / baseline: {ratio:.2f}x. "
        f"Targets: strict top-1 >= 0.95, p50 within 1.2x of the baseline."
    )
    text = (
        f"# Retrieval benchmark\n\nMeasured by `make bench` on {time.strftime('%Y-%m-%d')}; "
        f"{args.repeats} timed searches per query; index build includes embedding, with the model "
        f"already loaded.\n\n{table}\n\n{summary}\n"
    )
    print(table)
    print(summary)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text)
        print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
