"""Sessions in a database: every turn with its grade, citations, guard verdicts, backend, latency
and tokens, and the engine state after each exchange, so a session resumes after a crash or
restart.

SQLite in the data folder by default; any SQLAlchemy URL (``INTERVIEWER_DATABASE_URL``, for
example PostgreSQL) lets several app processes share the sessions. The SQL is plain enough for
both, so there is one code path.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from interviewer.types import Turn

#: Sessions started from the command line: one person at their own terminal.
LOCAL_OWNER = "local"

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS sessions (
        id TEXT PRIMARY KEY,
        created DOUBLE PRECISION NOT NULL,
        updated DOUBLE PRECISION NOT NULL,
        mode TEXT NOT NULL,
        topic TEXT,
        status TEXT NOT NULL,
        state TEXT NOT NULL,
        owner TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS turns (
        session_id TEXT NOT NULL REFERENCES sessions(id),
        seq INTEGER NOT NULL,
        role TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        payload TEXT NOT NULL,
        created DOUBLE PRECISION NOT NULL,
        client_id TEXT,
        PRIMARY KEY (session_id, seq)
    )""",
    # A message sent twice with the same client id (a double click, a retried request) is stored
    # once; NULLs never clash, so messages without an id are all kept.
    "CREATE UNIQUE INDEX IF NOT EXISTS turns_client_id ON turns (session_id, client_id)",
    """CREATE TABLE IF NOT EXISTS current_sessions (
        owner TEXT PRIMARY KEY,
        session_id TEXT
    )""",
)
#: Columns added since the first release, for data folders made before them.
ADDED_COLUMNS = {"sessions": ("owner", "TEXT"), "turns": ("client_id", "TEXT")}


class SessionNotFound(KeyError):
    """No session has that id (or none its owner may open)."""


class DuplicateMessage(Exception):
    """A message with this client id is already stored in the session."""


class SessionStore:
    """One database; a connection per operation, so threads and processes can share it."""

    def __init__(self, url: str) -> None:
        sqlite = sa.make_url(url).get_backend_name() == "sqlite"
        # SQLite: a connection per operation, closed after it, as sqlite3 alone would do. A
        # pooled connection left open holds POSIX locks that any other open() and close() of the
        # file in this process silently drops, which can corrupt the database.
        self.engine = sa.create_engine(url, poolclass=sa.pool.NullPool if sqlite else None)
        self.path = Path(self.engine.url.database or "") if sqlite else None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        with self._connect() as db:
            for statement in SCHEMA:
                db.execute(sa.text(statement))
            self._add_missing_columns(db)
        if self.path is not None:
            for suffix in ("", "-wal", "-shm"):
                file = self.path.with_name(self.path.name + suffix)
                if file.exists():
                    file.chmod(0o600)  # candidates' answers: readable by their owner only

    @contextmanager
    def _connect(self) -> Iterator[Connection]:
        with self.engine.begin() as db:  # one transaction
            yield db

    @staticmethod
    def _add_missing_columns(db: Connection) -> None:
        inspector = sa.inspect(db)
        for table, (column, kind) in ADDED_COLUMNS.items():
            if column not in {c["name"] for c in inspector.get_columns(table)}:
                db.execute(sa.text(f"ALTER TABLE {table} ADD COLUMN {column} {kind}"))
        # Sessions from before owners existed were one person's, at their own machine.
        db.execute(
            sa.text("UPDATE sessions SET owner = :local WHERE owner IS NULL"),
            {"local": LOCAL_OWNER},
        )

    def create(self, session_id: str, mode: str, topic: str | None, state: str, owner: str) -> None:
        now = time.time()
        with self._connect() as db:
            db.execute(
                sa.text(
                    "INSERT INTO sessions (id, created, updated, mode, topic, status, state, "
                    "owner) VALUES (:id, :now, :now, :mode, :topic, 'active', :state, :owner)"
                ),
                {"id": session_id, "now": now, "mode": mode, "topic": topic, "state": state}
                | {"owner": owner},
            )

    def add_message(self, session_id: str, turn: Turn, client_id: str | None = None) -> None:
        """Store the candidate's message before anything slow happens (write-ahead).

        Raises DuplicateMessage when ``client_id`` was stored already: that send is answered."""
        now = time.time()
        try:
            with self._connect() as db:
                self._insert(db, session_id, [turn], now, client_id)
                db.execute(
                    sa.text("UPDATE sessions SET updated = :now WHERE id = :id"),
                    {"now": now, "id": session_id},
                )
        except sa.exc.IntegrityError as error:
            if client_id is not None and self.has_message(session_id, client_id):
                raise DuplicateMessage(client_id) from error
            raise

    def has_message(self, session_id: str, client_id: str) -> bool:
        with self._connect() as db:
            found = db.execute(
                sa.text("SELECT 1 FROM turns WHERE session_id = :id AND client_id = :client"),
                {"id": session_id, "client": client_id},
            ).first()
        return found is not None

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
                sa.text(
                    "UPDATE sessions SET state = :state, status = :status, mode = :mode, "
                    "topic = :topic, updated = :now WHERE id = :id"
                ),
                {"state": state, "status": status, "mode": mode, "topic": topic}
                | {"now": now, "id": session_id},
            )

    @staticmethod
    def _insert(
        db: Connection,
        session_id: str,
        turns: list[Turn],
        now: float,
        client_id: str | None = None,
    ) -> None:
        last = db.execute(
            sa.text("SELECT COALESCE(MAX(seq), 0) FROM turns WHERE session_id = :id"),
            {"id": session_id},
        ).scalar_one()
        for seq, turn in enumerate(turns, start=last + 1):
            payload = turn.model_dump(mode="json", exclude={"role", "kind", "text"})
            db.execute(
                sa.text(
                    "INSERT INTO turns (session_id, seq, role, kind, text, payload, created, "
                    "client_id) VALUES (:id, :seq, :role, :kind, :text, :payload, :now, :client)"
                ),
                {"id": session_id, "seq": seq, "role": turn.role, "kind": turn.kind}
                | {"text": turn.text, "payload": json.dumps(payload), "now": now}
                | {"client": client_id},
            )

    def state(self, session_id: str) -> str:
        with self._connect() as db:
            state = db.execute(
                sa.text("SELECT state FROM sessions WHERE id = :id"), {"id": session_id}
            ).scalar_one_or_none()
        if state is None:
            raise SessionNotFound(session_id)
        return state

    def owner(self, session_id: str) -> str | None:
        """Who started the session; raises SessionNotFound."""
        with self._connect() as db:
            row = db.execute(
                sa.text("SELECT owner FROM sessions WHERE id = :id"), {"id": session_id}
            ).first()
        if row is None:
            raise SessionNotFound(session_id)
        return row[0]

    def states(self, owner: str | None = None) -> dict[str, str]:
        """Every session's engine state by id, in one query (history, weakest topic, drills);
        one owner's only when ``owner`` is given."""
        query, values = _of_owner("SELECT id, state FROM sessions", owner)
        with self._connect() as db:
            return {row[0]: row[1] for row in db.execute(sa.text(query), values)}

    def turns(self, session_id: str) -> list[Turn]:
        with self._connect() as db:
            rows = db.execute(
                sa.text(
                    "SELECT role, kind, text, payload FROM turns WHERE session_id = :id "
                    "ORDER BY seq"
                ),
                {"id": session_id},
            ).all()
        return [
            Turn.model_validate({"role": r, "kind": k, "text": t, **json.loads(p)})
            for r, k, t, p in rows
        ]

    def sessions(self, owner: str | None = None) -> list[dict[str, Any]]:
        """Sessions, latest first: everyone's, or one owner's."""
        keys = ("id", "created", "updated", "mode", "topic", "status")
        query, values = _of_owner(f"SELECT {', '.join(keys)} FROM sessions", owner)
        with self._connect() as db:
            rows = db.execute(sa.text(query + " ORDER BY updated DESC"), values).all()
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def current(self, owner: str) -> str | None:
        """The session this owner had open last, so a refresh or a restart shows it again."""
        with self._connect() as db:
            return db.execute(
                sa.text("SELECT session_id FROM current_sessions WHERE owner = :owner"),
                {"owner": owner},
            ).scalar_one_or_none()

    def set_current(self, owner: str, session_id: str | None) -> None:
        with self._connect() as db:
            db.execute(
                sa.text(
                    "INSERT INTO current_sessions (owner, session_id) VALUES (:owner, :id) "
                    "ON CONFLICT (owner) DO UPDATE SET session_id = excluded.session_id"
                ),
                {"owner": owner, "id": session_id},
            )


def _of_owner(query: str, owner: str | None) -> tuple[str, dict[str, str]]:
    if owner is None:
        return query, {}
    return query + " WHERE owner = :owner", {"owner": owner}


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    """WAL lets the web app's readers and its one writer work at once; the timeout waits out a
    writer instead of failing."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
