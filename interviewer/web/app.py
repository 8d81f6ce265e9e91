"""The browser app: Gradio components wired to interview sessions.

Every session has an owner: the signed-in person, or without sign-in the browser (its cookie,
see ``accounts``). The database remembers each owner's current session and every turn, so a
refresh or a server restart picks the interview up where it was, and ``?session=ID`` opens only
the owner's own sessions (every session with ``INTERVIEWER_SHARE_SESSIONS=on``). What the page
shows comes from ``views`` (pure); the handlers here only check, load, act and show, and every
handler answers with a dict keyed by component, so no output list has to be kept in step.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import queue
import secrets
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # offline: no usage pings

import gradio as gr
from starlette.middleware import Middleware

from interviewer.core.engine import Phase, said_title
from interviewer.interview.session import InterviewSession, Services
from interviewer.interview.sessions_db import DuplicateMessage, SessionNotFound
from interviewer.interview.transcript import (
    history,
    transcript_json,
    transcript_markdown,
    weakest_topic,
)
from interviewer.settings import Settings
from interviewer.types import Delivery, Mode, Switch, Turn
from interviewer.voice.delivery import analyse, describe
from interviewer.voice.speech import (
    INSTALL_HINT,
    VoiceError,
    shared_speaker,
    shared_transcriber,
    voice_available,
)
from interviewer.web.accounts import SignIn, load_accounts, request_owner
from interviewer.web.middleware import RequestGuard
from interviewer.web.views import SessionView, backend_line, escape, session_view

MODES = {
    "Interview": Mode.INTERVIEW,
    "Drill a topic": Mode.DRILL,
    "Practice one question": Mode.PRACTICE,
}
#: The start screen's fields each mode uses; the others are hidden while it is chosen (a
#: walkthrough saw the drill's topic and the question to practise beside "Interview").
MODE_FIELDS: dict[Mode, frozenset[str]] = {
    Mode.INTERVIEW: frozenset({"count"}),
    Mode.DRILL: frozenset({"topic", "count"}),
    Mode.PRACTICE: frozenset({"question"}),
}
DEFAULT_MODE = "Interview"
FIRST_TOPICS = ("transformers", "drift")  # the drills asked for most, first in the picker
COMMANDS = {
    "Hint": "give me a hint",
    "Repeat": "repeat the question",
    "Skip": "skip",
    "I don't know": "I don't know",
    "End": "end the interview",
}
THINKING = "*Thinking…*"
NO_SESSION = "No interview is open yet: choose a mode and press Start; your answer is kept."
NOT_FOUND = "That session was not found."
NO_COOKIE = (
    "This browser sent no cookie, so it cannot own an interview: allow cookies for this site."
)
#: Runs in the browser before each send: a fresh id for the message, so a retried or doubled
#: request is answered once (the last input is the id).
NEW_CLIENT_ID = """(...values) => {
  const id = crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
  return [...values.slice(0, -1), id];
}"""

#: Once the scorecard is shown, it is brought into view: it sits under the chat and the voice
#: controls, and a newcomer who ended the interview did not see it appear.
SHOW_SCORECARD = """() => {
  const card = document.getElementById("scorecard");
  if (card && card.offsetParent !== null) card.scrollIntoView({behavior: "smooth"});
}"""

#: The chat's label and its copy and clear icons float over the top of the chat, and the end of
#: a long message scrolled under them (a walkthrough could not read it): the messages scroll in
#: their own area below that strip, so no text ever sits under an icon.
CSS = """
#chat .bubble-wrap {
  margin-top: 28px;
  flex: 1 1 auto;
  min-height: 0;
  height: auto !important;
  border-top: 1px solid var(--border-color-primary);
}
"""

Outputs = dict[Any, Any]


class LiveSessions:
    """This process's sessions by id; one missing after a restart is resumed from SQLite."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self._sessions: dict[str, InterviewSession] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def get(self, session_id: str) -> InterviewSession:
        with self._guard:
            if session_id not in self._sessions:
                self._sessions[session_id], _ = InterviewSession.resume(self.services, session_id)
                self._locks[session_id] = threading.Lock()
            return self._sessions[session_id]

    def add(self, session: InterviewSession) -> None:
        with self._guard:
            self._sessions[session.id] = session
            self._locks[session.id] = threading.Lock()

    def lock(self, session_id: str) -> threading.Lock:
        """One exchange at a time per session: a double click must not answer twice."""
        self.get(session_id)
        return self._locks[session_id]


def _secret_key(path: Path) -> bytes:
    """A random key kept in the data folder (readable by its owner only), made on first use."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(secrets.token_bytes(32))
        path.chmod(0o600)
    return path.read_bytes()


@dataclass
class Page:
    """The components the handlers read or write."""

    session_id: gr.Textbox  # hidden: this tab's session, so the API can name one too
    start_panel: gr.Group
    fields: dict[str, gr.Dropdown | gr.Slider]  # the start screen's, by their names in MODE_FIELDS
    chat: gr.Chatbot
    answer: gr.Textbox
    pending: gr.State  # the delivery of a transcribed answer, sent with it
    read: gr.Checkbox | gr.State
    spoken: gr.Audio | gr.State
    voice: gr.Audio | gr.State  # the recording; emptied once its answer is sent
    delivery_note: gr.Markdown | gr.State
    progress: gr.Markdown
    rubric: gr.Markdown
    citations: gr.HTML
    score_panel: gr.Column
    commands: gr.Row  # Hint, Repeat, Skip ...: shown while a question is open
    chart: gr.HTML
    study: gr.Markdown
    download_md: gr.DownloadButton
    download_json: gr.DownloadButton

    @property
    def view(self) -> list[Any]:
        """The components a ``SessionView`` fills."""
        return [
            self.session_id,
            self.chat,
            self.start_panel,
            self.progress,
            self.rubric,
            self.citations,
            self.score_panel,
            self.commands,
            self.chart,
            self.study,
            self.download_md,
            self.download_json,
        ]

    def show(self, view: SessionView) -> Outputs:
        md, js = view.downloads or (None, None)
        return {
            self.session_id: view.session_id,
            self.chat: list(view.chat),
            self.start_panel: gr.update(visible=not view.started),
            self.progress: view.progress,
            self.rubric: view.rubric,
            self.citations: view.citations,
            self.score_panel: gr.update(visible=view.finished),
            self.commands: gr.update(visible=view.started and not view.finished),
            self.chart: view.chart,
            self.study: view.study,
            self.download_md: md,
            self.download_json: js,
        }


class InterviewApp:
    """The page for one process: shared services, live sessions, and the event handlers."""

    def __init__(self, settings: Settings, progress: bool = False) -> None:
        """``progress``: show bars for the long steps of a first start (embedding the knowledge
        base, assembling the model) rather than a silent wait before the address is printed."""
        self.settings = settings
        self.services = Services.build(settings, progress)
        self.live = LiveSessions(self.services)
        self.exports = settings.data_dir / "exports"
        self.export_key = _secret_key(settings.data_dir / "export-key")
        self.voice_on = voice_available()

    # --- showing a session ----------------------------------------------------------------------

    def export(self, session_id: str, turns: list[Turn]) -> tuple[str, str]:
        """Write the transcript as Markdown and JSON for the download buttons.

        Gradio serves the files by their path to whoever asks, so each session's files sit in a
        folder named by a keyed hash of its id: only the page that shows the session learns it."""
        digest = hmac.new(self.export_key, session_id.encode(), hashlib.sha256).hexdigest()
        folder = self.exports / digest[:32]
        folder.mkdir(parents=True, exist_ok=True)
        md = folder / f"interview-{session_id}.md"
        js = folder / f"interview-{session_id}.json"
        md.write_text(
            transcript_markdown(session_id, turns, self.services.knowledge), encoding="utf-8"
        )
        js.write_text(transcript_json(session_id, turns), encoding="utf-8")
        for file in (md, js):
            file.chmod(0o600)
        return str(md), str(js)

    def view(self, session_id: str) -> SessionView:
        """The session as stored; its transcripts are exported once it has a scorecard."""
        if not session_id:
            return SessionView()
        session = self.live.get(session_id)
        turns = self.services.store.turns(session_id)
        # the scorecard is shown: offer the transcripts
        ended = session.state.phase is Phase.FINISHED and any(t.summary for t in turns)
        downloads = self.export(session_id, turns) if ended else None
        titles = {t.id: t.title for t in self.services.knowledge.topics}
        topic = titles.get(session.state.topic or "", "")
        return session_view(session_id, session.state, turns, downloads, topic)

    # --- whose sessions ------------------------------------------------------------------------

    @property
    def shared(self) -> bool:
        return self.settings.share_sessions is Switch.ON

    def owner(self, request: gr.Request) -> str:
        """Whose sessions this request may see; a request that names nobody is refused."""
        owner = request_owner(request.username, dict(request.cookies or {}))
        if owner is None:
            raise gr.Error(NO_COOKIE)
        return owner

    def may_open(self, owner: str, session_id: str) -> bool:
        """Only the owner opens a session (anyone, when sessions are shared); a session of
        someone else looks exactly like one that does not exist."""
        try:
            return self.shared or self.services.store.owner(session_id) == owner
        except SessionNotFound:
            return False

    def opened(self, owner: str, session_id: str) -> Outputs:
        """Show the session, and remember it as the owner's current one."""
        if session_id and not self.may_open(owner, session_id):
            gr.Warning(NOT_FOUND)
            session_id = ""
        self.services.store.set_current(owner, session_id or None)
        return self.page.show(self.view(session_id))

    # --- handlers -------------------------------------------------------------------------------

    def on_load(self, request: gr.Request) -> Outputs:
        owner = self.owner(request)
        asked = request.query_params.get("session")
        return self.opened(owner, asked or self.services.store.current(owner) or "")

    def on_mode(self, mode_name: str) -> Outputs:
        """Show the fields of the chosen mode only."""
        shown = MODE_FIELDS[MODES[mode_name]]
        return {field: gr.update(visible=name in shown) for name, field in self.page.fields.items()}

    def on_start(
        self, mode_name: str, topic_id: str, item: str | None, count: float, request: gr.Request
    ) -> Outputs:
        mode = MODES[mode_name]
        owner = self.owner(request)
        session, _ = InterviewSession.new(
            self.services,
            mode,
            topic=topic_id if mode is Mode.DRILL else None,
            questions=int(count) if mode is not Mode.PRACTICE else None,
            item=item if mode is Mode.PRACTICE else None,
            owner=owner,
        )
        self.live.add(session)
        return self.opened(owner, session.id)

    def on_send(
        self,
        message: str,
        session_id: str,
        shown: list[dict[str, str]],
        delivery: dict[str, Any] | None,
        read: bool,
        client_id: str | None,
        request: gr.Request,
    ) -> Iterator[Outputs]:
        """Stream the interviewer's reply into the chat, then show the stored truth.

        ``client_id`` names this send: the same id twice (a retry, a double click) is answered
        once."""
        page = self.page
        cleared = {
            page.answer: "",
            page.pending: None,
            page.spoken: None,
            page.voice: None,
            page.delivery_note: "",
        }
        owner = self.owner(request)
        # Sent while the page was still loading (just after a refresh), the message names no
        # session: it goes to the one this person has open, not nowhere.
        session_id = session_id or self.services.store.current(owner) or ""
        if not session_id:
            gr.Warning(NO_SESSION)  # the typed answer stays in its box
            yield page.show(SessionView())
            return
        if not self.may_open(owner, session_id):
            gr.Warning(NOT_FOUND)
            yield {**cleared, **page.show(SessionView())}
            return
        said = [{"role": "user", "content": escape(message)}] if message.strip() else []
        waiting = [*shown, *said, {"role": "assistant", "content": THINKING}]
        yield {**cleared, page.chat: waiting}
        pieces: queue.Queue[str | None] = queue.Queue()
        failure: list[BaseException] = []
        said: list[Turn] = []
        spoken = Delivery.model_validate(delivery) if delivery else None

        def work() -> None:
            try:
                with self.live.lock(session_id):
                    session = self.live.get(session_id)
                    said.extend(
                        session.send(
                            message,
                            on_text=pieces.put,
                            delivery=spoken,
                            client_id=client_id or None,
                        )
                    )
            except DuplicateMessage:
                pass  # answered already: the stored truth is shown below
            except Exception as error:  # shown to the candidate below, never swallowed
                failure.append(error)
            finally:
                pieces.put(None)

        threading.Thread(target=work, daemon=True).start()
        streamed = ""
        while (piece := pieces.get()) is not None:
            streamed += piece
            waiting[-1] = {"role": "assistant", "content": escape(streamed)}
            yield {page.chat: waiting}
        if failure:
            gr.Warning(f"That message could not be handled: {failure[0]}")
        audio = self.read_aloud(said) if read else None
        yield {**cleared, page.spoken: audio, **page.show(self.view(session_id))}

    def read_aloud(self, turns: list[Turn]) -> tuple[int, Any] | None:
        """The interviewer's new turns as audio; a voice failure never costs the turn."""
        text = " ".join(t.text for t in turns)
        if not text or not self.voice_on:
            return None
        try:
            return shared_speaker().to_array(text)
        except VoiceError as error:
            gr.Warning(str(error))
            return None

    def asked(self, session_id: str, request: gr.Request) -> str:
        """The question or follow-up open in this person's session, or "" (no session, not
        theirs): a recording is still transcribed without it."""
        owner = request_owner(request.username, dict(request.cookies or {}))
        if not session_id or owner is None or not self.may_open(owner, session_id):
            return ""
        try:
            return self.live.get(session_id).asked
        except SessionNotFound:
            return ""

    def on_audio(self, path: str | None, session_id: str, request: gr.Request) -> list[Any]:
        """A recording in: its transcript into the answer box (to edit), its delivery beside.

        Whisper is given the question or follow-up the candidate is answering, so that its
        technical words are heard as such."""
        if not path:
            return [gr.update(), gr.update(), None]
        try:
            transcript = shared_transcriber(self.settings).transcribe(
                path, self.asked(session_id, request)
            )
        except VoiceError as error:
            gr.Warning(str(error))
            return [gr.update(), f"*{escape(str(error))}*", None]
        delivery = analyse(
            transcript.words,
            self.settings.answer_words_min,
            self.settings.answer_words_max,
            self.settings.long_pause,
        )
        return [transcript.text, f"**Delivery:** {describe(delivery)}", delivery.model_dump()]

    def on_new(self, request: gr.Request) -> Outputs:
        return self.opened(self.owner(request), "")

    def on_history(self, request: gr.Request) -> list[list[Any]]:
        store = self.services.store
        owner = None if self.shared else self.owner(request)
        sessions = store.sessions(owner)
        states = store.states(owner)
        return [list(r.values()) for r in history(sessions, states)]

    def on_weakest(self, request: gr.Request) -> Outputs:
        store = self.services.store
        owner = self.owner(request)
        topic_id = weakest_topic(list(store.states(None if self.shared else owner).values()))
        if topic_id is None:
            gr.Info("No answered questions yet: finish a question first.")
            return {}
        session, _ = InterviewSession.new(self.services, Mode.DRILL, topic=topic_id, owner=owner)
        self.live.add(session)
        title = said_title(self.services.knowledge.topic(topic_id).title)
        gr.Info(f"Starting a drill on {title}.")
        return self.opened(owner, session.id)

    # --- layout and wiring ----------------------------------------------------------------------

    def build(self) -> gr.Blocks:
        knowledge = self.services.knowledge
        topic_ids = [t for t in FIRST_TOPICS if t in knowledge.topic_ids]
        topic_ids += [t for t in knowledge.topic_ids if t not in topic_ids]
        with gr.Blocks(title="AI/ML mock interviewer") as app:
            session_id = gr.Textbox("", visible=False, elem_id="session-id")
            client_id = gr.Textbox("", visible=False, elem_id="client-id")
            gr.Markdown("# AI/ML mock interviewer")
            gr.Markdown(backend_line(self.services.backend), elem_id="backend")
            with gr.Tab("Interview"):
                with gr.Group(visible=True, elem_id="start") as start_panel:
                    mode = gr.Radio(list(MODES), value=DEFAULT_MODE, label="Mode", elem_id="mode")
                    shown = MODE_FIELDS[MODES[DEFAULT_MODE]]
                    topic = gr.Dropdown(
                        [(knowledge.topic(t).title, t) for t in topic_ids],
                        value=topic_ids[0],
                        label="Topic to drill",
                        visible="topic" in shown,
                        elem_id="topic",
                    )
                    question = gr.Dropdown(
                        [(f"{q.id} · {q.title}", q.id) for q in knowledge.questions],
                        value=None,
                        label="Question to practise (random if empty)",
                        visible="question" in shown,
                        elem_id="question",
                    )
                    count = gr.Slider(
                        1,
                        11,
                        value=5,
                        step=1,
                        label="Number of questions",
                        visible="count" in shown,
                        elem_id="count",
                    )
                    start = gr.Button("Start", variant="primary", elem_id="start-button")
                with gr.Row():
                    with gr.Column(scale=3):
                        chat = gr.Chatbot(
                            label="Interview",
                            height=480,
                            # no "share" (to Hugging Face): the interview is offline
                            buttons=["copy", "copy_all"],
                            elem_id="chat",
                        )
                        answer = gr.Textbox(
                            label="Your answer",
                            placeholder="Answer in your own words, or ask: hint, repeat, skip…",
                            lines=3,
                            elem_id="answer",
                        )
                        with gr.Row():
                            send = gr.Button("Send", variant="primary", elem_id="send")
                            # Shown only while a question is open: before Start and beside the
                            # scorecard there is nothing to hint or skip (walkthroughs' candidates
                            # saw them at both).
                            with gr.Row(visible=False, elem_id="commands") as commands:
                                buttons = {
                                    name: gr.Button(name, size="sm", elem_id=f"cmd-{i}")
                                    for i, name in enumerate(COMMANDS)
                                }
                        new = gr.Button("New session", size="sm", elem_id="new-session")
                        pending = gr.State(None)
                        voice, delivery_note, read, spoken = self._voice_controls()
                    with gr.Column(scale=2):
                        progress = gr.Markdown(elem_id="progress")
                        rubric = gr.Markdown(elem_id="rubric")
                        citations = gr.HTML(elem_id="citations")
                with gr.Column(visible=False, elem_id="scorecard") as score_panel:
                    with gr.Group():
                        gr.Markdown("**Score per question**")
                        chart = gr.HTML(elem_id="chart")
                        study = gr.Markdown(elem_id="study")
                    # Outside the group: inside one, a button takes the group's grey and no
                    # border, and a walkthrough read the two downloads as plain text.
                    with gr.Row():
                        download_md = gr.DownloadButton(
                            "Download the transcript (Markdown)",
                            variant="primary",
                            elem_id="download-md",
                        )
                        download_json = gr.DownloadButton(
                            "Download the transcript (JSON)", elem_id="download-json"
                        )
            with gr.Tab("History") as history_tab:
                past = gr.Dataframe(
                    headers=["session", "when", "mode", "status", "questions", "score"],
                    interactive=False,
                    elem_id="history",
                )
                weakest = gr.Button("Review my weakest topic", elem_id="review-weakest")

            self.page = page = Page(
                session_id=session_id,
                start_panel=start_panel,
                fields={"topic": topic, "question": question, "count": count},
                chat=chat,
                answer=answer,
                pending=pending,
                read=read,
                spoken=spoken,
                voice=voice,
                delivery_note=delivery_note,
                progress=progress,
                rubric=rubric,
                citations=citations,
                score_panel=score_panel,
                commands=commands,
                chart=chart,
                study=study,
                download_md=download_md,
                download_json=download_json,
            )
            view = page.view
            app.load(self.on_load, None, view)
            mode.change(self.on_mode, mode, [topic, question, count], queue=False)
            start.click(self.on_start, [mode, topic, question, count], view, api_name="start")
            send_inputs = [answer, session_id, chat, pending, read, client_id]
            send_outputs = [answer, pending, spoken, voice, delivery_note, *view]
            sent = [
                send.click(
                    self.on_send, send_inputs, send_outputs, api_name="send", js=NEW_CLIENT_ID
                ),
                answer.submit(self.on_send, send_inputs, send_outputs, js=NEW_CLIENT_ID),
            ]
            for name, button in buttons.items():
                said = gr.State(COMMANDS[name])
                command = [said, session_id, chat, gr.State(None), read, client_id]
                sent.append(button.click(self.on_send, command, send_outputs, js=NEW_CLIENT_ID))
            for event in sent:
                event.then(None, None, None, js=SHOW_SCORECARD)
            if self.voice_on:
                voice.change(self.on_audio, [voice, session_id], [answer, delivery_note, pending])
            new.click(self.on_new, None, view)
            history_tab.select(self.on_history, None, past)
            weakest.click(self.on_weakest, None, view)
        return app

    def _voice_controls(self) -> tuple[Any, Any, Any, Any]:
        """Recording, its delivery note, the read-aloud switch and the spoken reply (or stand-ins
        that keep the wiring the same when the voice extra is not installed)."""
        if not self.voice_on:
            gr.Markdown(f"*{INSTALL_HINT} to answer by microphone and hear the turns.*")
            return gr.State(None), gr.State(""), gr.State(False), gr.State(None)
        with gr.Accordion("Answer by voice", open=False, elem_id="voice-panel"):
            voice = gr.Audio(
                sources=["microphone", "upload"],
                type="filepath",
                label="Record or upload your answer; the transcript lands in "
                "the answer box for you to check before you send it",
                elem_id="voice",
            )
            delivery_note = gr.Markdown(elem_id="delivery")
        read = gr.Checkbox(label="Read the interviewer's turns aloud", elem_id="read-aloud")
        spoken = gr.Audio(label="The interviewer", autoplay=True, interactive=False, visible=True)
        return voice, delivery_note, read, spoken


def launch(settings: Settings) -> None:
    accounts = load_accounts(settings)
    sign_in = SignIn(accounts, settings.auth_max_failures, settings.auth_lockout)
    interview = InterviewApp(settings, progress=sys.stderr.isatty())
    app = interview.build()
    app.queue(default_concurrency_limit=settings.web_concurrency)
    # Gradio serves files only from its temp and working folders unless told otherwise; the
    # transcripts live in the data folder (in the user's home by default).
    app.launch(
        server_name=settings.host,
        server_port=settings.port,
        auth=sign_in if accounts else None,
        allowed_paths=[str(interview.exports)],
        css=CSS,
        max_file_size=settings.max_upload_bytes,
        app_kwargs={
            "middleware": [Middleware(RequestGuard, max_request_bytes=settings.max_request_bytes)]
        },
    )
