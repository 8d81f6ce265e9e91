"""A team on several machines: two app processes share their sessions through PostgreSQL.

A real PostgreSQL (Debian's package) runs on loopback for the test; one interview is started on
one app process and carried on and finished on the other, as a load balancer would send it.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from interviewer.interview.sessions_db import SessionStore
from interviewer.llm.local_server import free_port
from tests.app_server import Server, fresh_home

pytestmark = pytest.mark.slow  # two app processes and a database server: about a minute

ANSWERS = [
    "Supervised learning trains on labelled examples; unsupervised finds structure without "
    "labels, like clustering.",
    "I don't know",
]


def _as_postgres(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root; the Debian package makes a `postgres` user for it."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture(scope="module")
def postgres() -> Iterator[str]:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.fail("PostgreSQL is missing: apt-get install postgresql (make test does this)")
    bin_dir = Path(found[-1]).parent
    data = Path(tempfile.mkdtemp(prefix="interviewer-pg-"))
    if os.geteuid() == 0:
        shutil.chown(data, "postgres")
    port = free_port()
    subprocess.run(
        _as_postgres([str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "team"]),
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1"
    pg_ctl = [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(data / "log"), "-w"]
    subprocess.run(_as_postgres([*pg_ctl, "-o", options, "start"]), check=True)
    try:
        yield f"postgresql+psycopg://team@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([*pg_ctl, "stop", "-m", "fast"]), check=False)
        shutil.rmtree(data, ignore_errors=True)


def test_one_interview_across_two_app_processes(postgres):
    from gradio_client import Client

    env = {"INTERVIEWER_DATABASE_URL": postgres, "INTERVIEWER_AUTH": "alice:pw1"}
    with fresh_home() as first_home, fresh_home() as second_home:
        first, second = Server(first_home, env=env), Server(second_home, env=env)
        first.start()
        second.start()
        try:
            on_first = Client(first.url, auth=("alice", "pw1"), verbose=False)
            on_second = Client(second.url, auth=("alice", "pw1"), verbose=False)
            session_id = on_first.predict("Interview", "drift", None, 2, api_name="/start")[0]
            on_first.predict(ANSWERS[0], session_id, [], False, "m-1", api_name="/send")
            # The other process knows the session, her current one, and carries it on.
            assert on_second.predict(api_name="/on_load")[0] == session_id
            on_second.predict(ANSWERS[1], session_id, [], False, "m-2", api_name="/send")
            on_second.predict(ANSWERS[1], session_id, [], False, "m-2", api_name="/send")  # retry
            on_second.predict("end the interview", session_id, [], False, "m-3", api_name="/send")
            history = on_first.predict(api_name="/on_history")
            assert [row[0] for row in history["data"]] == [session_id]
        finally:
            first.stop()
            second.stop()
    store = SessionStore(postgres)
    said = [t.text for t in store.turns(session_id) if t.by_candidate]
    assert said == [*ANSWERS, "end the interview"]
    assert store.turns(session_id)[-1].kind == "summary"
    assert store.owner(session_id) == "user:alice"
