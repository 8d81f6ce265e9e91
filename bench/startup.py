"""Start-up and index-build time, with the embedding cache empty and then filled.

A start embeds the matcher's key points, their other wordings and misconceptions and the
recogniser's requests; a fresh index embeds every chunk. Both read MiniLM's vectors from the
cache in ``INTERVIEWER_CACHE_DIR`` when they are there, so the first start on a machine pays and
later ones should not. Each measurement runs in a process of its own, as a real start does
(vectors are also kept per process).

Usage: python bench/startup.py [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def measure(knowledge_dir: Path, cache_dir: Path, data_dir: Path) -> dict[str, float]:
    """Seconds per step of one start followed by a fresh index build, in this process."""
    started = time.perf_counter()
    from interviewer.interview.intents import IntentRecognizer
    from interviewer.interview.session import REQUESTS_FILE
    from interviewer.judging.matching import Matcher
    from interviewer.knowledge.embeddings import make_embeddings
    from interviewer.knowledge.indexing import build_index
    from interviewer.knowledge.schema import load_knowledge
    from interviewer.settings import Settings

    steps = {"imports": time.perf_counter() - started}
    settings = Settings(data_dir=data_dir, cache_dir=cache_dir, knowledge_dir=knowledge_dir)
    mark = time.perf_counter()
    knowledge = load_knowledge(knowledge_dir)
    embeddings = make_embeddings(settings)
    embeddings.embed_query("load the model")
    steps["knowledge and model"] = time.perf_counter() - mark
    mark = time.perf_counter()
    Matcher(knowledge, embeddings)
    steps["matcher"] = time.perf_counter() - mark
    mark = time.perf_counter()
    IntentRecognizer(knowledge, embeddings, knowledge_dir / REQUESTS_FILE, None)
    steps["recogniser"] = time.perf_counter() - mark
    steps["start"] = time.perf_counter() - started
    mark = time.perf_counter()
    steps["chunks"] = build_index(settings, embeddings, knowledge).added
    steps["index build"] = time.perf_counter() - mark
    return steps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="also write the table (Markdown) here")
    parser.add_argument("--child", nargs=3, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(*args.child)))
        return 0

    from interviewer.settings import bundled_path

    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        knowledge = bundled_path("knowledge")
        for cache in ("empty", "filled"):  # the second run finds the first one's vectors
            child = [knowledge, Path(tmp) / "cache", Path(tmp) / f"data-{cache}"]
            command = [sys.executable, __file__, "--child", *map(str, child)]
            output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            rows[cache] = json.loads(output.splitlines()[-1])
    steps = list(rows["empty"])
    lines = [
        "| embedding cache | " + " | ".join(steps) + " |",
        "|---|" + "---|" * len(steps),
        *(
            f"| {cache} | " + " | ".join(f"{round(row[s], 1):g}" for s in steps) + " |"
            for cache, row in rows.items()
        ),
    ]
    text = (
        f"# Start-up benchmark\n\nMeasured by `make bench` on {time.strftime('%Y-%m-%d')}: "
        "the knowledge base's 165 questions, seconds (chunks: how many the index holds).\n\n"
        + "\n".join(lines)
        + "\n"
    )
    print(text)
    if args.out:
        args.out.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
