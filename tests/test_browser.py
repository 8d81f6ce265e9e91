"""The web app in a real browser: Playwright driving Debian's Chromium against `python app.py`.

The server runs as its own process, as a user would start it, so refreshes and restarts are real.
Screenshots go to test-artifacts/ (kept by CI as artifacts; one is in the README).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from evals.browser_play import CHROMIUM_ARGS
from evals.grading import load_answers
from interviewer.core.plan import drill_plan
from interviewer.interview.sessions_db import SessionStore
from tests.app_server import REPO, Server, fresh_home

playwright = pytest.importorskip("playwright.sync_api")
expect = playwright.expect

ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ANSWERS = {r.question_id: r.answer for r in load_answers() if r.label == "strong"}
DRIFT_ANSWER = (
    "Drift is when a deployed model's performance degrades over time because the real-world "
    "data changes. Data drift is a shift in the input distribution; concept drift is a change "
    "in the relationship between inputs and outputs, so you monitor and retrain."
)
TURN_TIMEOUT = 60_000  # ms; --llm none answers in well under a second
MODEL_TURN_TIMEOUT = 300_000  # the embedded model's feedback, on two busy cores
#: Whether a button's fill differs from the colour behind it (its first filled ancestor's).
STANDS_OUT = """(id) => {
  const button = document.getElementById(id);
  let behind = button.parentElement;
  while (behind && getComputedStyle(behind).backgroundColor === "rgba(0, 0, 0, 0)")
    behind = behind.parentElement;
  const fill = getComputedStyle(button).backgroundColor;
  return fill !== (behind ? getComputedStyle(behind).backgroundColor : "rgb(255, 255, 255)");
}"""


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with fresh_home() as home:
        server = Server(home)
        server.start()
        yield server
        server.stop()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: apt-get install chromium (make test does this)")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def open_app(page, url: str) -> None:
    page.goto(url, wait_until="domcontentloaded")  # Gradio pages never reach networkidle here
    page.wait_for_selector("#chat", timeout=TURN_TIMEOUT)


def start(page, mode: str, topic: str | None = None, question: str | None = None) -> None:
    page.get_by_label(mode, exact=True).check()
    if topic:
        page.locator("#topic input").fill(topic)
        page.get_by_role("option", name=topic).click()
    if question:
        page.locator("#question input").fill(question)
        page.get_by_role("option", name=re.compile(rf"^{question} ")).click()
    page.locator("#start-button").click()
    expect(page.locator("#progress")).to_contain_text("Question 1 of", timeout=TURN_TIMEOUT)
    # The progress can show before the chat has rendered its turns (seen under load: the chat
    # still read "Loading content" when a test took its last line for the question).
    expect(page.locator("#chat")).not_to_contain_text("Loading content", timeout=TURN_TIMEOUT)


def act(page, action, timeout: float = TURN_TIMEOUT) -> None:
    """Do something and wait until the interviewer has replied (the chat changed, not thinking)."""
    before = page.locator("#chat").inner_text()
    action()
    page.wait_for_function(
        """([before]) => {
            const chat = document.querySelector('#chat');
            const idle = [...document.querySelectorAll('.wrap.default')].every(
                (w) => w.classList.contains('hide'));  // Gradio's status overlays: event done
            return chat.innerText !== before && !chat.innerText.includes('Thinking') && idle;
        }""",
        arg=[before],
        timeout=timeout,
    )


def say(page, text: str, timeout: float = TURN_TIMEOUT) -> None:
    page.locator("#answer textarea").fill(text)
    act(page, page.locator("#send").click, timeout)


def click_and_wait(page, selector: str) -> None:
    act(page, page.locator(selector).click)


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_full_drill_on_drift(server, page):
    open_app(page, server.url)
    expect(page.locator("#backend")).to_contain_text("offline")
    expect(page.locator("#topic")).to_be_hidden()  # a drill's field, not the interview's
    expect(page.locator("#commands")).to_be_hidden()  # no question yet to hint or skip
    start(page, "Drill a topic", "Model drift")
    expect(page.locator("#progress")).to_contain_text("Question 1 of 5")
    expect(page.locator("#commands")).to_be_visible()
    click_and_wait(page, "#cmd-0")  # Hint
    expect(page.locator("#chat")).to_contain_text("A hint:")
    say(page, DRIFT_ANSWER)
    if "follow-up" in page.locator("#progress").inner_text():  # not every question has one
        say(page, "I don't know")
    expect(page.locator("#rubric")).to_contain_text("Covered")
    expect(page.locator("#citations")).to_contain_text(re.compile(r"q1[01]|drift-"))
    # The chat's icons float over its top: the messages scroll below them, never under them.
    icons = page.locator("#chat .icon-button-wrapper").first.bounding_box()
    assert page.locator("#chat .bubble-wrap").bounding_box()["y"] >= icons["y"] + icons["height"]
    screenshot(page, "drill-feedback")
    click_and_wait(page, "#cmd-4")  # End
    expect(page.locator("#scorecard").first).to_be_visible(timeout=TURN_TIMEOUT)
    # Brought into view: under the chat and the voice controls, a newcomer did not see it appear.
    expect(page.locator("#scorecard").first).to_be_in_viewport(timeout=TURN_TIMEOUT)
    expect(page.locator("#study")).to_contain_text("Study next")
    expect(page.locator("#commands")).to_be_hidden()  # no question left to hint or skip
    assert page.locator("#chart svg rect").count() == 1  # one bar: one question answered
    # Buttons, not plain text: in the scorecard's grey group they took its grey, and no border.
    assert page.evaluate(STANDS_OUT, "download-json"), "the download reads as plain text"
    screenshot(page, "drill-scorecard")
    with page.expect_download() as download:
        page.locator("#download-md").click()
    transcript = Path(download.value.path()).read_text()
    assert transcript.startswith("# Mock interview")
    assert "concept drift is a change in the relationship" in transcript
    assert "## Scorecard" in transcript and re.search(r"q1[01]|drift-", transcript)
    with page.expect_download() as download:
        page.locator("#download-json").click()
    session_id = json.loads(Path(download.value.path()).read_text())["session"]
    open_app(page, f"{server.url}?session={session_id}")  # the finished session, reopened
    expect(page.locator("#scorecard").first).to_be_visible(timeout=TURN_TIMEOUT)
    expect(page.locator("#chat")).to_contain_text("concept drift is a change in the relationship")
    assert "Error" not in page.locator("body").inner_text()


def test_refresh_and_restart_keep_the_interview(server, page):
    open_app(page, server.url)
    page.locator("#new-session").click()
    start(page, "Interview")
    question = page.locator("#chat").inner_text().strip().splitlines()[-1]
    qid = next((q for q in ANSWERS if q in page.content()), None)
    say(page, ANSWERS.get(qid or "", "") or "Supervised learning uses labelled data.")
    said = page.locator("#chat").inner_text()
    page.reload(wait_until="domcontentloaded")
    expect(page.locator("#chat")).to_contain_text(question[:40], timeout=TURN_TIMEOUT)
    assert page.locator("#chat").inner_text() == said
    server.stop()
    server.start()
    page.reload(wait_until="domcontentloaded")
    expect(page.locator("#chat")).to_contain_text(question[:40], timeout=TURN_TIMEOUT)
    say(page, "skip")
    expect(page.locator("#progress")).to_contain_text(re.compile(r"Question [23] of 5"))


def test_html_in_an_answer_is_shown_not_run(server, page):
    open_app(page, server.url)
    page.locator("#new-session").click()
    start(page, "Practice one question")
    attack = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">'
    say(page, attack)
    assert page.evaluate("window.__xss") is None
    expect(page.locator("#chat")).to_contain_text("<script>window.__xss = 1</script>")
    assert page.locator("#chat img[src='x']").count() == 0


def test_a_spoken_answer_is_transcribed_then_graded(server, page, tmp_path):
    from interviewer.voice.speech import voice_available

    if not voice_available():
        pytest.skip("the voice extra is not installed")
    recording = tmp_path / "answer.wav"
    subprocess.run(["espeak-ng", "-s", "150", "-w", str(recording), DRIFT_ANSWER], check=True)
    open_app(page, server.url)
    page.locator("#new-session").click()
    start(page, "Practice one question", question="q10")  # "What is model drift?"
    page.get_by_label("Read the interviewer's turns aloud").check()
    page.get_by_text("Answer by voice").click()
    page.locator("#voice").get_by_label("Upload file").click()
    page.locator("#voice input[type=file]").set_input_files(str(recording))
    expect(page.locator("#answer textarea")).to_have_value(
        re.compile("concept drift", re.I), timeout=TURN_TIMEOUT
    )
    expect(page.locator("#delivery")).to_contain_text("words per minute")
    act(page, page.locator("#send").click)
    expect(page.locator("#chat")).to_contain_text(re.compile("concept drift", re.I))
    # sent: the recording and its delivery line go, so the next answer starts afresh
    expect(page.locator("#delivery")).not_to_contain_text("words per minute")
    if "follow-up" in page.locator("#progress").inner_text():
        say(page, "I don't know")
    expect(page.locator("#rubric")).to_contain_text("q10.k4")  # concept drift: covered
    spoken = page.locator("audio[src]")
    expect(spoken.last).to_be_attached(timeout=TURN_TIMEOUT)  # the reply, read aloud
    screenshot(page, "voice-answer")


def test_ten_concurrent_sessions_each_get_their_own_transcript(server):
    from gradio_client import Client

    def interview(n: int) -> tuple[str, str]:
        client = Client(server.url, verbose=False)
        session_id = client.predict("Interview", "drift", None, 2, api_name="/start")[0]
        marker = f"Candidate {n} says supervised learning trains on labelled examples."
        client.predict(marker, session_id, [], api_name="/send")
        client.predict("end the interview", session_id, [], api_name="/send")
        return session_id, marker

    with ThreadPoolExecutor(10) as pool:
        results = list(pool.map(interview, range(10)))
    store = SessionStore(server.database)
    assert len({sid for sid, _ in results}) == 10
    for sid, marker in results:
        said = [t.text for t in store.turns(sid) if t.by_candidate]
        assert said == [marker, "end the interview"]
        assert store.turns(sid)[-1].kind == "summary"


@pytest.mark.slow
def test_one_drill_turn_with_the_embedded_model(browser):
    with fresh_home() as home:
        server = Server(home, llm="embedded")
        server.start(timeout=600)
        try:
            page = browser.new_page()
            open_app(page, server.url)
            expect(page.locator("#backend")).to_contain_text("embedded")
            start(page, "Drill a topic", "Transformers and self-attention")
            say(page, ANSWERS["q05"], MODEL_TURN_TIMEOUT)
            if "follow-up" in page.locator("#progress").inner_text():
                say(page, "I don't know", MODEL_TURN_TIMEOUT)
            expect(page.locator("#rubric")).to_contain_text("Covered", timeout=180_000)
            screenshot(page, "embedded-feedback")
        finally:
            server.stop()


def test_requests_in_words_through_the_page(server, page, knowledge):
    """A candidate who asks for everything in their own words, in the browser: a typed drill
    switch is a switch, not an answer, and the session still ends in a scorecard."""
    open_app(page, server.url)
    page.locator("#new-session").click()
    start(page, "Drill a topic", "Transformers and self-attention")
    say(page, "ok switch to drift please")
    chat = page.locator("#chat")
    expect(chat).to_contain_text("drill on model drift")
    expect(page.locator("#progress")).to_contain_text("Question 1 of")
    drift = drill_plan(knowledge, "drift", 10, seed=0)
    asked = chat.inner_text().strip().splitlines()[-1]
    assert any(item.text in asked for item in (*drift.plan, *drift.reserve))  # a drift question
    say(page, "sorry, what do you mean by that?")  # in other words, or what it is about
    expect(chat).to_contain_text(re.compile("put it another way|It's a question on"))
    say(page, "could you give me a little nudge?")
    expect(chat).to_contain_text("A hint:")
    say(page, "how am I doing so far?")
    expect(chat).to_contain_text("We're on question 1 of")
    say(page, "I'd rather skip this one if that's ok")
    say(page, "ok what would a strong candidate say?")
    expect(chat).to_contain_text("Here's how I would answer")
    say(page, "I have to go now, end it")
    expect(page.locator("#scorecard").first).to_be_visible(timeout=TURN_TIMEOUT)
    screenshot(page, "requests-in-words")


def test_one_send_retried_with_its_id_is_answered_once(server):
    from gradio_client import Client

    client = Client(server.url, verbose=False)
    session_id = client.predict("Practice one question", "drift", "q10", 1, api_name="/start")[0]
    with ThreadPoolExecutor(2) as pool:  # the same send twice at once, as a retry would
        list(
            pool.map(
                lambda _: client.predict(
                    DRIFT_ANSWER, session_id, [], False, "c-1", api_name="/send"
                ),
                range(2),
            )
        )
    store = SessionStore(server.database)
    said = [t.text for t in store.turns(session_id) if t.by_candidate]
    assert said == [DRIFT_ANSWER]


def sign_in(page, url: str, user: str, password: str) -> None:
    page.goto(url, wait_until="domcontentloaded")
    page.get_by_label("username").fill(user)
    page.get_by_label("password").fill(password)
    page.get_by_role("button", name="Login").click()


def test_two_people_each_see_only_their_own_interviews(browser):
    with fresh_home() as home:
        server = Server(
            home,
            env={"INTERVIEWER_AUTH": "alice:pw1,bob:pw2", "INTERVIEWER_AUTH_MAX_FAILURES": "3"},
        )
        server.start()
        alice = browser.new_context().new_page()
        bob = browser.new_context().new_page()
        try:
            sign_in(alice, server.url, "alice", "pw1")
            alice.wait_for_selector("#chat", timeout=TURN_TIMEOUT)
            start(alice, "Practice one question", question="q10")
            say(alice, DRIFT_ANSWER)
            (mine,) = [row["id"] for row in SessionStore(server.database).sessions()]
            sign_in(bob, server.url, "bob", "pw2")
            bob.wait_for_selector("#chat", timeout=TURN_TIMEOUT)
            open_app(bob, f"{server.url}?session={mine}")  # alice's link, sent to bob
            expect(bob.locator("#start-button")).to_be_visible()
            expect(bob.locator("#chat")).not_to_contain_text("concept drift")
            bob.get_by_role("tab", name="History").click()
            expect(bob.locator("#history")).not_to_contain_text(mine)
            alice.get_by_role("tab", name="History").click()
            expect(alice.locator("#history")).to_contain_text(mine, timeout=TURN_TIMEOUT)
            screenshot(bob, "two-people-bob")
            mallory = browser.new_context().new_page()
            for guess in ("a", "b", "c", "pw2"):  # the right password after three wrong ones
                sign_in(mallory, server.url, "bob", guess)
                mallory.wait_for_timeout(500)
            assert mallory.locator("#chat").count() == 0  # locked out
        finally:
            server.stop()
