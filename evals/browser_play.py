"""Simulated candidates through the browser app: the page as a candidate uses it.

The app runs as its own process (`interviewer serve`) on loopback with the harness's data folder;
Playwright drives Debian's Chromium. Each message is typed into the answer box and sent with the
Send button; what the interviewer said and what the recogniser took the message for are read back
from the sessions database the app writes, and the end is judged from the page: the scorecard
shown and both transcripts downloaded.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evals.conversations import Script, Sit, Sitting
from interviewer.core.engine import InterviewState
from interviewer.interview.session import Services
from interviewer.llm.local_server import free_port, wait_until_answering
from interviewer.types import Turn
from interviewer.web.accounts import BROWSER_COOKIE
from interviewer.web.app import MODE_FIELDS, MODES

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TURN_TIMEOUT_MS = 300_000  # a model's feedback on two busy cores
#: The page is idle when the chat has changed, shows no "Thinking", and Gradio's status
#: overlays are hidden (the event is done).
IDLE = """([before]) => {
    const chat = document.querySelector('#chat');
    const idle = [...document.querySelectorAll('.wrap.default')].every(
        (w) => w.classList.contains('hide'));
    return chat.innerText !== before && !chat.innerText.includes('Thinking') && idle;
}"""


@dataclass
class BrowserSitting:
    """One session played in one browser tab."""

    services: Services
    page: Any  # playwright.sync_api.Page
    session_id: str

    @property
    def state(self) -> InterviewState:
        return InterviewState.model_validate_json(self.services.store.state(self.session_id))

    def send(self, text: str) -> tuple[str, list[Turn]]:
        chat = self.page.locator("#chat")
        before = chat.inner_text()
        self.page.locator("#answer textarea").fill(text)
        self.page.locator("#send").click()
        self.page.wait_for_function(IDLE, arg=[before], timeout=TURN_TIMEOUT_MS)
        turns = self.services.store.turns(self.session_id)
        last = max(i for i, t in enumerate(turns) if t.by_candidate)
        return turns[last].kind, turns[last + 1 :]

    def ending(self) -> tuple[bool, bool]:
        scorecard = self.page.locator("#scorecard").first
        if not scorecard.is_visible():
            return False, False
        texts = []
        for button in ("#download-md", "#download-json"):
            with self.page.expect_download() as download:
                self.page.locator(button).click()
            texts.append(Path(download.value.path()).read_text(encoding="utf-8"))
        markdown, data = texts
        return True, "## Scorecard" in markdown and bool(json.loads(data).get("turns"))


def _start(page: Any, script: Script, topic_title: str | None) -> None:
    page.locator("#new-session").click()
    label = next(name for name, mode in MODES.items() if mode is script.mode)
    page.get_by_label(label, exact=True).check()
    if topic_title:
        page.locator("#topic input").fill(topic_title)
        page.get_by_role("option", name=topic_title).click()
    if "count" in MODE_FIELDS[script.mode]:  # shown only for the modes that use it
        count = page.locator("#count input[type=number]")
        count.fill(str(script.questions))
        count.press("Enter")
    page.locator("#start-button").click()
    page.locator("#progress").get_by_text("Question 1 of").wait_for(timeout=TURN_TIMEOUT_MS)


def browser_sit(page: Any) -> Sit:
    """Start each script's session through the page; the candidate then plays it there."""

    def sit(services: Services, script: Script) -> tuple[Sitting, list[Turn]]:
        topic = services.knowledge.topic(script.topic).title if script.topic else None
        _start(page, script, topic)
        browser = next(c["value"] for c in page.context.cookies() if c["name"] == BROWSER_COOKIE)
        session_id = services.store.current(f"browser:{browser}")
        assert session_id, "the page started no session"
        opening = services.store.turns(session_id)
        return BrowserSitting(services, page, session_id), opening

    return sit


@contextmanager
def app_in_browser(data_dir: Path, llm: str) -> Iterator[Any]:
    """The app served on loopback from ``data_dir``, and a Chromium page open on it."""
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTERVIEWER_DATA")}
    env |= {"INTERVIEWER_DATA_DIR": str(data_dir), "GRADIO_ANALYTICS_ENABLED": "False"}
    command = [sys.executable, "-m", "interviewer.cli", "serve", "--llm", llm, "--port", str(port)]
    server = subprocess.Popen(command, env=env)
    try:
        wait_until_answering(server, url, timeout=600)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            context = browser.new_context(
                accept_downloads=True, viewport={"width": 1280, "height": 900}
            )
            page = context.new_page()
            page.goto(url, wait_until="domcontentloaded")
            page.wait_for_selector("#chat", timeout=TURN_TIMEOUT_MS)
            yield page
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
