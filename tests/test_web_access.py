"""Each person's interviews are theirs: sign-in, owners, request limits and repeated sends.

The handlers are called as Gradio calls them, with the request's user name and cookies; the
middleware runs under a real ASGI client. The same rules in a real browser, with two people, are
in test_browser.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import gradio as gr
import pytest
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from interviewer.interview.session import InterviewSession, Services
from interviewer.interview.sessions_db import DuplicateMessage
from interviewer.settings import Settings
from interviewer.types import Role, Switch
from interviewer.web.accounts import (
    BROWSER_COOKIE,
    AccountsError,
    SignIn,
    hash_password,
    load_accounts,
)
from interviewer.web.app import InterviewApp
from interviewer.web.middleware import RequestGuard

ANSWER = "Data drift is a shift in the input distribution; concept drift changes the mapping."


def request(user: str | None = None, browser: str | None = None, **query: str) -> gr.Request:
    cookies = {BROWSER_COOKIE: browser} if browser else {}
    return gr.Request(username=user, cookies=cookies, query_params=query)


def make_app(tmp_path, **settings) -> InterviewApp:
    app = InterviewApp(Settings(data_dir=tmp_path, llm="none", **settings))
    app.build()
    return app


def send(app: InterviewApp, text: str, session_id: str, who: gr.Request, client_id: str = ""):
    *_, last = app.on_send(text, session_id, [], None, False, client_id, who)
    return last


def candidate_turns(app: InterviewApp, session_id: str) -> list[str]:
    return [t.text for t in app.services.store.turns(session_id) if t.role is Role.CANDIDATE]


def started(app: InterviewApp, who: gr.Request) -> str:
    shown = app.on_start("Practice one question", "drift", "q10", 1, who)
    return shown[app.page.session_id]


# --- sign-in ------------------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_wrong_passwords_lock_the_name_then_the_lock_expires():
    clock = Clock()
    sign_in = SignIn({"alice": "pw1"}, max_failures=3, lockout=60, clock=clock)
    assert sign_in("alice", "pw1")
    for _ in range(3):
        assert not sign_in("alice", "guess")
    assert not sign_in("alice", "pw1")  # locked: even the right password waits
    clock.now += 61
    assert sign_in("alice", "pw1")


def test_unknown_names_are_locked_like_real_ones():
    sign_in = SignIn({"alice": "pw1"}, max_failures=2, lockout=60, clock=Clock())
    assert not sign_in("mallory", "a") and not sign_in("mallory", "b")
    assert not sign_in("mallory", "c")
    assert sign_in("alice", "pw1")  # one locked name leaves the others alone


def test_accounts_from_the_list_and_a_file_of_hashes(tmp_path):
    file = tmp_path / "accounts"
    file.write_text(f"# team\ncarol:{hash_password('pw3')}\n", encoding="utf-8")
    settings = Settings(auth="alice:pw1,bob:pw2", auth_file=file)
    accounts = load_accounts(settings)
    assert set(accounts) == {"alice", "bob", "carol"}
    assert "pw3" not in file.read_text()
    sign_in = SignIn(accounts, max_failures=5, lockout=60)
    assert sign_in("carol", "pw3") and not sign_in("carol", "pw1")
    assert sign_in("bob", "pw2") and not sign_in("bob", "pw1")
    assert load_accounts(Settings()) == {}


def test_a_malformed_account_names_its_entry(tmp_path):
    with pytest.raises(AccountsError, match="INTERVIEWER_AUTH, entry 2"):
        load_accounts(Settings(auth="alice:pw1,bob"))
    with pytest.raises(AccountsError, match="no such file"):
        load_accounts(Settings(auth_file=tmp_path / "missing"))


# --- owners -------------------------------------------------------------------------------------


def test_a_signed_in_person_sees_and_answers_only_their_own_sessions(tmp_path):
    app = make_app(tmp_path)
    alice, bob = request(user="alice"), request(user="bob")
    mine = started(app, alice)
    send(app, ANSWER, mine, alice)
    shown = send(app, "I am bob, answering alice's question", mine, bob)
    assert shown[app.page.session_id] == ""  # bob is shown nothing of it
    assert candidate_turns(app, mine) == [ANSWER]  # and stores nothing in it
    opened = app.on_load(request(user="bob", session=mine))
    assert opened[app.page.session_id] == "" and opened[app.page.chat] == []
    assert [row[0] for row in app.on_history(alice)] == [mine]
    assert app.on_history(bob) == []
    assert app.on_weakest(bob) == {}  # bob answered nothing: alice's scores are not his


def test_without_sign_in_each_browser_owns_its_sessions(tmp_path):
    app = make_app(tmp_path)
    first, second = request(browser="b1"), request(browser="b2")
    mine = started(app, first)
    assert app.on_load(request(browser="b2", session=mine))[app.page.session_id] == ""
    assert app.on_load(request(browser="b1", session=mine))[app.page.session_id] == mine
    send(app, "hijack", mine, second)
    assert candidate_turns(app, mine) == []
    with pytest.raises(gr.Error, match="cookie"):
        app.on_load(request())  # a request that names nobody owns nothing


def test_a_refresh_reopens_the_owners_current_session(tmp_path):
    app = make_app(tmp_path)
    browser = request(browser="b1")
    mine = started(app, browser)
    assert app.on_load(browser)[app.page.session_id] == mine
    assert app.on_load(request(browser="b2"))[app.page.session_id] == ""
    app.on_new(browser)
    assert app.on_load(browser)[app.page.session_id] == ""


def test_a_message_sent_while_the_page_still_loads_reaches_the_open_session(tmp_path):
    """Seen in Chromium: an answer typed and sent just after a refresh, before the page had
    reloaded the session, named no session and was dropped, and so was the next one. It goes to
    the session this browser has open; with none open, the candidate is told and keeps the text."""
    app = make_app(tmp_path)
    browser = request(browser="b1")
    session_id = started(app, browser)
    send(app, ANSWER, "", browser)
    assert candidate_turns(app, session_id) == [ANSWER]

    newcomer = request(browser="b2")
    with pytest.warns(UserWarning, match="press Start"):
        *_, last = app.on_send(ANSWER, "", [], None, False, "", newcomer)
    assert app.page.answer not in last  # the typed answer is not cleared


def test_shared_sessions_are_open_to_everyone(tmp_path):
    app = make_app(tmp_path, share_sessions=Switch.ON)
    mine = started(app, request(user="alice"))
    assert app.on_load(request(user="bob", session=mine))[app.page.session_id] == mine
    assert [row[0] for row in app.on_history(request(user="bob"))] == [mine]


# --- repeated sends -----------------------------------------------------------------------------


def test_the_same_client_id_twice_is_answered_once(tmp_path):
    app = make_app(tmp_path)
    browser = request(browser="b1")
    mine = started(app, browser)
    send(app, ANSWER, mine, browser, client_id="c-1")
    turns = len(app.services.store.turns(mine))
    send(app, ANSWER, mine, browser, client_id="c-1")  # a retried request
    assert candidate_turns(app, mine) == [ANSWER]
    assert len(app.services.store.turns(mine)) == turns
    send(app, "I don't know", mine, browser, client_id="c-2")
    assert candidate_turns(app, mine) == [ANSWER, "I don't know"]


def test_a_session_refuses_a_stored_client_id_before_grading(tmp_path):
    services = Services.build(Settings(data_dir=tmp_path, llm="none"))
    session, _ = InterviewSession.new(services, "practice", item="q10")
    session.send(ANSWER, client_id="c-1")
    state = session.state
    with pytest.raises(DuplicateMessage):
        session.send(ANSWER, client_id="c-1")
    assert session.state == state


# --- limits and the browser's cookie ------------------------------------------------------------


def guarded(limit: int = 1000) -> TestClient:
    async def echo(request):
        return PlainTextResponse(str(len(await request.body())))

    routes = [Route("/", echo, methods=["GET", "POST"])]
    routes.append(Route("/gradio_api/upload", echo, methods=["POST"]))
    return TestClient(RequestGuard(Starlette(routes=routes), max_request_bytes=limit))


def test_a_request_over_the_limit_is_refused_before_it_is_read():
    client = guarded(limit=1000)
    assert client.post("/", content=b"x" * 1000).text == "1000"
    refused = client.post("/", content=b"x" * 1001)
    assert refused.status_code == 413 and "INTERVIEWER_MAX_REQUEST_BYTES" in refused.text
    assert client.post("/gradio_api/upload", content=b"x" * 5000).text == "5000"  # own limit


def test_a_browser_gets_one_http_only_id():
    client = guarded()
    first = client.get("/")
    cookie = first.headers["set-cookie"]
    assert cookie.startswith(f"{BROWSER_COOKIE}=") and "HttpOnly" in cookie
    assert "set-cookie" not in client.get("/").headers  # kept, not replaced


def test_hash_password_prints_a_line_the_accounts_file_accepts(tmp_path, monkeypatch, capsys):
    import io

    from interviewer.cli.main import main

    monkeypatch.setattr("sys.stdin", io.StringIO("pw3\n"))
    assert main(["hash-password", "carol"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("carol:scrypt$") and "pw3" not in line
    (tmp_path / "accounts").write_text(line + "\n", encoding="utf-8")
    accounts = load_accounts(Settings(auth_file=tmp_path / "accounts"))
    assert SignIn(accounts, max_failures=5, lockout=60)("carol", "pw3")


def test_transcripts_sit_where_no_session_id_leads(tmp_path):
    """Gradio serves exported files by path: the path must not follow from the session id."""
    app = make_app(tmp_path)
    browser = request(browser="b1")
    mine = started(app, browser)
    send(app, "end the interview", mine, browser)
    markdown, _ = app.view(mine).downloads
    folder = Path(markdown).parent
    assert mine not in folder.name and len(folder.name) >= 32
    assert (tmp_path / "export-key").stat().st_mode & 0o077 == 0
    assert make_app(tmp_path).view(mine).downloads[0] == markdown  # the same after a restart


def test_the_page_config_carries_no_secret(tmp_path):
    """/config is public: nothing in it may unlock anyone's sessions."""
    blocks = InterviewApp(Settings(data_dir=tmp_path, llm="none")).build()
    config = json.dumps(blocks.get_config_file(), default=str)
    assert '"secret"' not in config and "export-key" not in config


def test_a_recording_is_heard_against_the_owners_open_question_and_cleared_once_sent(
    tmp_path, monkeypatch
):
    """Whisper is given the question the candidate is answering (only their own session's);
    once the answer is sent, the recording and its delivery line leave the page."""
    from types import SimpleNamespace

    from interviewer.voice.delivery import Word
    from interviewer.web import app as web

    asked: list[str] = []

    class Heard:
        def transcribe(self, path, question=""):
            asked.append(question)
            words = [Word(w, i * 0.4, i * 0.4 + 0.3) for i, w in enumerate(ANSWER.split())]
            return SimpleNamespace(text=ANSWER, words=words)

    monkeypatch.setattr(web, "shared_transcriber", lambda settings: Heard())
    app = make_app(tmp_path)
    alice, bob = request(user="alice"), request(user="bob")
    mine = started(app, alice)  # q10: "What is model drift?"
    text, note, pending = app.on_audio(str(tmp_path / "answer.wav"), mine, alice)
    assert text == ANSWER and note.startswith("**Delivery:**") and pending["words"] == 14
    app.on_audio(str(tmp_path / "answer.wav"), mine, bob)  # not bob's: heard cold
    app.on_audio(str(tmp_path / "answer.wav"), "", alice)  # no session yet
    assert asked == [app.live.get(mine).asked, "", ""] and "drift" in asked[0]
    *_, last = app.on_send(ANSWER, mine, [], pending, False, "", alice)
    assert last[app.page.voice] is None and last[app.page.delivery_note] == ""
    assert last[app.page.answer] == "" and last[app.page.pending] is None
