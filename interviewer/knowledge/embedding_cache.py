"""Vectors kept on disk between processes, keyed by a hash of the model and the text.

Every process embeds the knowledge base's key points, their other wordings and misconceptions
(for the matcher), and a fresh index embeds every chunk: with the 154 drafted questions loaded
that is about 1,700 texts at each startup and 2,800 for an index, which took 34 s and 74 s on
two shared cores. The texts rarely change, so a vector computed once is kept in one SQLite file
in the cache folder and found by content hash the next time; only new or edited texts are
embedded. SQLite because several app processes may start at once on the same cache. A cache
that cannot be read or written (a read-only home, say) costs time, never a start: the texts are
embedded as if it were empty.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

#: Hashes looked up per query; older SQLite builds allow at most 999 parameters.
_LOOKUP_BATCH = 900


class EmbeddingCache:
    """Vectors of one embedding model (``model_key`` names the model and its version)."""

    def __init__(self, path: Path, model_key: str) -> None:
        self._path = path
        self._model_key = model_key

    @contextmanager
    def _database(self) -> Iterator[sqlite3.Connection]:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self._path, timeout=30)) as db, db:
            db.execute("CREATE TABLE IF NOT EXISTS vectors (hash TEXT PRIMARY KEY, vector BLOB)")
            yield db

    def _hash(self, text: str) -> str:
        return hashlib.sha256(f"{self._model_key}\0{text}".encode()).hexdigest()

    def get(self, texts: list[str]) -> dict[str, np.ndarray]:
        """The vectors stored for these texts (a text never embedded is absent)."""
        by_hash = {self._hash(text): text for text in texts}
        hashes = list(by_hash)
        found = {}
        try:
            with self._database() as db:
                for start in range(0, len(hashes), _LOOKUP_BATCH):
                    batch = hashes[start : start + _LOOKUP_BATCH]
                    marks = ",".join("?" * len(batch))
                    query = f"SELECT hash, vector FROM vectors WHERE hash IN ({marks})"
                    for key, blob in db.execute(query, batch):
                        found[by_hash[key]] = np.frombuffer(blob, dtype=np.float32)
        except (OSError, sqlite3.Error) as error:
            log.warning("embedding cache %s not read: %s", self._path, error)
        return found

    def put(self, vectors: dict[str, np.ndarray]) -> None:
        rows = [
            (self._hash(text), np.asarray(vector, dtype=np.float32).tobytes())
            for text, vector in vectors.items()
        ]
        try:
            with self._database() as db:
                db.executemany("INSERT OR IGNORE INTO vectors VALUES (?, ?)", rows)
        except (OSError, sqlite3.Error) as error:
            log.warning("embedding cache %s not written: %s", self._path, error)
