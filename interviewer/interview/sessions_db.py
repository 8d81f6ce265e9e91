"""Sessions in SQLite: every turn with its grade, citations, guard verdicts, backend, latency and
tokens, and the engine state after each exchange, so a session resumes after a crash or restart.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from interviewer.types import Turn

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    mode TEXT NOT NULL,
    topic TEXT,
    status TEXT NOT NULL,
    state TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS turns (
    session_id TEXT NOT NULL REFERENCES sessions(id),
    seq INTEGER NOT NULL,
    role TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    payload TEXT NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (session_id, seq)
);
"""


class SessionNotFound(KeyError):
    """No session has that id."""


class SessionStore:
    """One SQLite file; a connection per operation, so threads of the web app can share it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.executescript(SCHEMA)
        for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if file.exists():
                file.chmod(0o600)  # candidates' answers: readable by their owner only

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        try:
            with db:  # one transaction
                yield db
        finally:
            db.close()

    def create(self, session_id: str, mode: str, topic: str | None, state: str) -> None:
        now = time.time()
        with self._connect() as db:
            db.execute(
                "INSERT INTO sessions VALUES (?, ?, ?, ?, ?, 'active', ?)",
                (session_id, now, now, mode, topic, state),
            )

    def add_message(self, session_id: str, turn: Turn) -> None:
        """Store the candidate's message before anything slow happens (write-ahead)."""
        now = time.time()
        with self._connect() as db:
            self._insert(db, session_id, [turn], now)
            db.execute("UPDATE sessions SET updated = ? WHERE id = ?", (now, session_id))

    def record(
        self,
        session_id: str,
        state: str,
        status: str,
        mode: str,
        topic: str | None,
        turns: list[Turn],
    ) -> None:
        """Save the new state and the exchange's turns together, or neither."""
        now = time.time()
        with self._connect() as db:
            self._insert(db, session_id, turns, now)
            db.execute(
                "UPDATE sessions SET state = ?, status = ?, mode = ?, topic = ?, updated = ? "
                "WHERE id = ?",
                (state, status, mode, topic, now, session_id),
            )

    @staticmethod
    def _insert(db: sqlite3.Connection, session_id: str, turns: list[Turn], now: float) -> None:
        (last,) = db.execute(
            "SELECT COALESCE(MAX(seq), 0) FROM turns WHERE session_id = ?", (session_id,)
        ).fetchone()
        for seq, turn in enumerate(turns, start=last + 1):
            payload = turn.model_dump(mode="json", exclude={"role", "kind", "text"})
            db.execute(
                "INSERT INTO turns VALUES (?, ?, ?, ?, ?, ?, ?)",
                (session_id, seq, turn.role, turn.kind, turn.text, json.dumps(payload), now),
            )

    def state(self, session_id: str) -> str:
        with self._connect() as db:
            row = db.execute("SELECT state FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise SessionNotFound(session_id)
        return row[0]

    def states(self) -> dict[str, str]:
        """Every session's engine state by id, in one query (history, weakest topic, drills)."""
        with self._connect() as db:
            return dict(db.execute("SELECT id, state FROM sessions").fetchall())

    def turns(self, session_id: str) -> list[Turn]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT role, kind, text, payload FROM turns WHERE session_id = ? ORDER BY seq",
                (session_id,),
            ).fetchall()
        return [
            Turn.model_validate({"role": r, "kind": k, "text": t, **json.loads(p)})
            for r, k, t, p in rows
        ]

    def sessions(self) -> list[dict[str, Any]]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT id, created, updated, mode, topic, status FROM sessions "
                "ORDER BY updated DESC"
            ).fetchall()
        keys = ("id", "created", "updated", "mode", "topic", "status")
        return [dict(zip(keys, row, strict=True)) for row in rows]
