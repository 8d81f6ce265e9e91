"""The team set-up: index and search through a real `chroma run` server on loopback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from interviewer.cli import main
from interviewer.llm.local_server import ServerDidNotStart, free_port, wait_until_answering


@pytest.fixture
def chroma_server(tmp_path):
    port = free_port()
    chroma = Path(sys.executable).parent / "chroma"
    process = subprocess.Popen(
        [
            str(chroma),
            "run",
            "--path",
            str(tmp_path / "server"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_answering(process, f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=60)
    except ServerDidNotStart as error:
        process.kill()
        pytest.fail(f"chroma run did not start: {error}")
    yield port
    process.terminate()
    process.wait(timeout=30)


def test_index_and_search_through_a_chroma_server(chroma_server, capsys, monkeypatch, data_env):
    monkeypatch.setenv("CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("CHROMA_PORT", str(chroma_server))
    assert main(["index", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (
        report["added"] > 100 and report["location"] == f"chroma server 127.0.0.1:{chroma_server}"
    )
    assert not (data_env / "chroma").exists()  # nothing was written to the local folder

    assert main(["search", "oversampling the minority class", "-k", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["question_id"] == "q09"
    assert main(["index", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["unchanged"] == report["added"]


def test_unreachable_chroma_server_names_the_fix(capsys, data_env):
    code = main(
        ["search", "drift", "--chroma-host", "127.0.0.1", "--chroma-port", str(free_port())]
    )
    err = capsys.readouterr().err
    assert code == 1 and "Cannot reach the Chroma server" in err and "chroma run" in err
