"""Whatever a model server does, the candidate's turn is answered in time and nothing leaks.

A fake OpenAI-compatible server on loopback misbehaves in one way per path: invalid JSON in the
stream, a wrong shape, an HTML page, a reply dripping a token every two seconds, a server that
never answers, an HTTP 500 whose body echoes the Authorization header, and a stream cut off
mid-reply (the server killed). Each time the reply falls back to the interviewer's own words with
a notice, within the timeout and two seconds, and the key appears nowhere: through the reply
layer, a session, the web app's handler and the `interviewer chat` command.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from langchain_core.messages import HumanMessage

from interviewer.interview.session import InterviewSession, Services
from interviewer.llm.backends import make_chat_model
from interviewer.llm.local_server import free_port
from interviewer.llm.replies import ReplySource, redact, reply_with_fallback
from interviewer.settings import Settings

KEY = "sk-test-5ecr3tKEYdo-not-leak"
TIMEOUT = 4.0
MODES = ["bad-json", "wrong-shape", "html", "drip", "hang", "echo-500", "cut"]


def _chunk(text: str) -> bytes:
    body = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "fake"}
    body["choices"] = [{"index": 0, "delta": {"content": text}, "finish_reason": None}]
    return f"data: {json.dumps(body)}\n\n".encode()


class FaultyServer(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes, kind: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _stream(self, parts: list[bytes], pause: float = 0.0) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        for part in parts:
            self.wfile.write(part)
            self.wfile.flush()
            time.sleep(pause)

    def do_GET(self) -> None:
        self._send(200, b"<html><body>not a model list</body></html>", "text/html")

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        mode = self.path.split("/")[1]
        if mode == "bad-json":
            self._stream([b"data: {not json\n\n"])
        elif mode == "wrong-shape":
            self._stream([b'data: {"choices": 5}\n\n', b"data: [DONE]\n\n"])
        elif mode == "html":
            self._send(200, b"<html><body>Bad gateway</body></html>", "text/html")
        elif mode == "drip":
            self._stream([_chunk("word ") for _ in range(30)], pause=2.0)
        elif mode == "hang":
            time.sleep(TIMEOUT * 4)
        elif mode == "echo-500":
            echoed = {"error": {"message": f"bad request from {self.headers['Authorization']}"}}
            self._send(500, json.dumps(echoed).encode())
        elif mode == "cut":  # two tokens of a promised long body, then the connection dies
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(_chunk("The ") + _chunk("model "))
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", free_port()), FaultyServer)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _settings(base_url: str, mode: str, data_dir=None) -> Settings:
    return Settings(
        llm="server",
        llm_base_url=f"{base_url}/{mode}/v1",
        llm_api_key=KEY,
        llm_model="fake",
        llm_timeout=TIMEOUT,
        llm_retries=2,
        **({"data_dir": data_dir} if data_dir else {}),
    )


@pytest.mark.parametrize("mode", MODES)
def test_every_fault_falls_back_in_time_without_the_key(server, mode):
    settings = _settings(server, mode)
    started = time.monotonic()
    reply = reply_with_fallback(
        make_chat_model(settings), [HumanMessage("hi")], "Our own words.", settings
    )
    assert time.monotonic() - started <= TIMEOUT + 2
    assert reply.source is ReplySource.FALLBACK and reply.text == "Our own words."
    assert reply.notice and KEY not in reply.notice and "5ecr3t" not in reply.notice


def test_a_session_keeps_every_answer_when_the_server_sends_garbage(server, tmp_path):
    services = Services.build(_settings(server, "bad-json", tmp_path))
    session, _ = InterviewSession.new(services, "practice", item="q03")
    answers = [
        "High bias means underfitting, high variance means overfitting.",
        "I don't know",
    ]
    for answer in answers:
        started = time.monotonic()
        session.send(answer)
        assert time.monotonic() - started <= TIMEOUT + 2
    stored = services.store.turns(session.id)
    assert [t.text for t in stored if t.by_candidate] == answers
    assert any(t.kind == "feedback" for t in stored)
    assert not any(KEY in f.read_bytes().decode("utf-8", "replace") for f in _files(tmp_path))


def _files(folder):
    return [p for p in folder.rglob("*") if p.is_file()]


def test_secrets_are_redacted_from_any_message():
    said = redact(f"401 from server: Authorization: Bearer {KEY}; api_key={KEY}")
    assert KEY not in said and "[redacted]" in said


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    """One data folder for every mode: the guide is indexed once, each mode has its sessions."""
    return tmp_path_factory.mktemp("faults")


ANSWERS = ["High bias means underfitting, high variance means overfitting.", "I don't know"]


@pytest.mark.parametrize("mode", MODES)
def test_the_web_app_answers_every_send_whatever_the_server_does(
    server, data_dir, mode, caplog, capfd
):
    import gradio as gr

    from interviewer.web.accounts import BROWSER_COOKIE
    from interviewer.web.app import InterviewApp

    app = InterviewApp(_settings(server, mode, data_dir))
    app.build()
    who = gr.Request(username=None, cookies={BROWSER_COOKIE: mode}, query_params={})
    shown = app.on_start("Practice one question", "drift", "q03", 1, who)
    session_id = shown[app.page.session_id]
    for n, answer in enumerate(ANSWERS):
        started = time.monotonic()
        list(app.on_send(answer, session_id, [], None, False, f"{mode}-{n}", who))
        assert time.monotonic() - started <= TIMEOUT + 2
    stored = app.services.store.turns(session_id)
    assert [t.text for t in stored if t.by_candidate] == ANSWERS
    assert any(t.kind == "notice" for t in stored)  # the candidate is told the model failed
    assert "feedback" in {t.kind for t in stored}
    assert not any(KEY in f.read_bytes().decode("utf-8", "replace") for f in _files(data_dir))
    printed = capfd.readouterr()
    assert KEY not in caplog.text + printed.out + printed.err  # nor in the logs


@pytest.mark.slow  # a process per mode
@pytest.mark.parametrize("mode", MODES)
def test_the_chat_command_keeps_every_answer_whatever_the_server_does(server, data_dir, mode):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INTERVIEWER_", "LLM_"))}
    env |= {
        "INTERVIEWER_DATA_DIR": str(data_dir),
        "INTERVIEWER_LLM": "server",
        "LLM_BASE_URL": f"{server}/{mode}/v1",
        "LLM_API_KEY": KEY,
        "LLM_MODEL": "fake",
        "INTERVIEWER_LLM_TIMEOUT": str(TIMEOUT),
    }
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "interviewer.cli", "chat", "--practice", "q03", "--json"],
        input="\n".join(ANSWERS) + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    turns = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    session_id = turns[0]["text"].split()[1]
    stored = Services.build(Settings(data_dir=data_dir, llm="none")).store.turns(session_id)
    assert [t.text for t in stored if t.by_candidate] == ANSWERS
    assert all((t.latency_s or 0) <= TIMEOUT + 2 for t in stored)  # each turn in time
    # The candidate is told why the feedback came without the model: it failed, or was slow.
    notices = [t["text"].lower() for t in turns[1:] if t["kind"] == "notice"]
    assert any("model" in text or "explanation" in text for text in notices)
    assert time.monotonic() - started <= 60 + len(ANSWERS) * (TIMEOUT + 2)
    logs = run.stdout + run.stderr
    assert KEY not in logs and "5ecr3t" not in logs
    assert not any(KEY in f.read_bytes().decode("utf-8", "replace") for f in _files(data_dir))
