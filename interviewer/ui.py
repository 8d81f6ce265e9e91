"""The browser app: Gradio wiring around interview sessions.

Each browser keeps its session id in localStorage (and the page URL accepts ``?session=ID``), and
every turn is in SQLite, so a refresh or a server restart picks the interview up where it was.
Everything shown is escaped first: a candidate's ``<script>`` is text, never code.
"""

from __future__ import annotations

import html
import os
import queue
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # offline: no usage pings

import gradio as gr

from interviewer.delivery import analyse, describe
from interviewer.engine import InterviewState, Phase
from interviewer.session import InterviewSession, Services, Turn
from interviewer.settings import Settings
from interviewer.storage import SessionNotFound
from interviewer.transcript import (
    delivery_summary,
    history,
    transcript_json,
    transcript_markdown,
    weakest_topic,
)
from interviewer.voice import (
    INSTALL_HINT,
    VoiceError,
    shared_speaker,
    shared_transcriber,
    voice_available,
)

MODES = {"Interview": "interview", "Drill a topic": "drill", "Practice one question": "practice"}
FIRST_TOPICS = ("transformers", "drift")  # the drills asked for most, first in the picker
COMMANDS = {
    "Hint": "give me a hint",
    "Repeat": "repeat the question",
    "Skip": "skip",
    "I don't know": "I don't know",
    "End": "end the interview",
}
THINKING = "*Thinking…*"


def _escape(text: str) -> str:
    """Markup characters as text; quotes stay readable (nothing here goes into an attribute)."""
    return html.escape(text, quote=False)


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


def backend_line(services: Services) -> str:
    """Which model phrases the turns, said plainly; never a key or a URL's credentials."""
    choice = services.backend
    where = "offline, on this machine" if choice.offline else "online"
    model = Path(choice.model).name if choice.name == "embedded" else choice.model
    if choice.name == "none":
        return "**Model:** none: the interviewer's own templated wording (offline)."
    return f"**Model:** {choice.name} · {model} · {where}"


def chat_messages(rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Stored rows as chat messages; notices in italics; every text escaped."""
    messages = []
    for row in rows:
        text = _escape(row["text"])
        if row["role"] == "candidate":
            messages.append({"role": "user", "content": text})
        else:
            shown = f"*{text}*" if row["kind"] == "notice" else text
            messages.append({"role": "assistant", "content": shown})
    return messages


def progress_line(state: InterviewState) -> str:
    total = len(state.plan)
    if state.phase is Phase.FINISHED:
        return f"**Finished:** {len(state.results)} of {total} questions answered."
    step = "follow-up" if state.phase is Phase.PROBING else "question"
    return f"**Question {state.position + 1} of {total}** ({step})"


def rubric_and_citations(rows: list[dict[str, Any]]) -> tuple[str, str]:
    """The latest feedback's covered and missed points, and its citations as expandable passages."""
    feedback = next((r for r in reversed(rows) if r.get("grade") and r["kind"] == "feedback"), None)
    if feedback is None:
        return "The rubric appears after your first answer.", ""
    grade = feedback["grade"]
    lines = [f"**Score:** {round(grade['score'] * 100)}/100", "", "**Covered**"]
    lines += [f"- ✓ {_escape(p['text'])} `{p['id']}`" for p in grade["covered"]] or ["- none"]
    lines += ["", "**Missed**"]
    lines += [f"- ✗ {_escape(p['text'])} `{p['id']}`" for p in grade["missed"]] or ["- none"]
    if grade["misconceptions"]:
        lines += ["", "**To correct**"]
        lines += [f"- ⚠ {_escape(m['text'])} `{m['id']}`" for m in grade["misconceptions"]]
    citations = "\n".join(
        f"<details><summary>{_escape(c['key_point_id'])}</summary>{_escape(c['text'])}</details>"
        for c in feedback.get("citations", [])
    )
    return "\n".join(lines), citations


def score_chart(rows: list[dict[str, Any]]) -> str:
    """Score per question as an inline SVG bar chart: no script and no CDN, so it works offline."""
    bar, gap, height = 44, 16, 160
    width = len(rows) * (bar + gap) + gap
    bars = []
    for i, row in enumerate(rows):
        score = round(row["score"] * 100)
        x, h = gap + i * (bar + gap), round(height * score / 100)
        bars.append(
            f'<rect x="{x}" y="{height - h + 20}" width="{bar}" height="{h}" fill="#f97316">'
            f"<title>{_escape(row['item_id'])}: {score}</title></rect>"
            f'<text x="{x + bar / 2}" y="{height - h + 14}" text-anchor="middle" '
            f'font-size="12">{score}</text>'
            f'<text x="{x + bar / 2}" y="{height + 36}" text-anchor="middle" font-size="11">'
            f"{_escape(row['item_id'])}</text>"
        )
    return (
        f'<svg role="img" aria-label="Score per question" width="{width}" '
        f'height="{height + 44}" xmlns="http://www.w3.org/2000/svg">{"".join(bars)}</svg>'
    )


def scorecard(rows: list[dict[str, Any]]) -> tuple[str, str] | None:
    """The chart and the study list of the session's summary, once there is one."""
    summary = next((r["summary"] for r in reversed(rows) if r.get("summary")), None)
    if summary is None:
        return None
    average = summary["average"]
    lines = [
        f"### Scorecard: {'-' if average is None else round(average * 100)}/100",
        "",
        "**Study next**",
    ]
    lines += [f"- {_escape(c['text'])} `{c['key_point_id']}`" for c in summary["study"]] or [
        "- nothing missed"
    ]
    if summary.get("drill_next"):
        lines += ["", f"Drill next: **{summary['drill_next']}**"]
    spoken = delivery_summary(rows)
    if spoken:
        lines += ["", f"**Delivery of your spoken answers:** {spoken}"]
    return score_chart(summary["rows"]), "\n".join(lines)


def browser_secret(data_dir: Path) -> str:
    """The key that encrypts the session id in the browser's storage, kept across restarts.

    Gradio picks a new random key per process by default, which would make every browser forget
    its interview when the server restarts.
    """
    path = data_dir / "browser-secret"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(24), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def build_app(settings: Settings) -> gr.Blocks:
    services = Services.build(settings)
    live = LiveSessions(services)
    knowledge = services.knowledge
    exports = settings.data_dir / "exports"
    topic_ids = [t for t in FIRST_TOPICS if t in knowledge.topic_ids]
    topic_ids += [t for t in knowledge.topic_ids if t not in topic_ids]
    topic_choices = [(knowledge.topic(t).title, t) for t in topic_ids]
    question_choices = [(f"{q.id} · {q.title}", q.id) for q in knowledge.questions]

    voice_on = voice_available()

    with gr.Blocks(title="AI/ML mock interviewer") as app:
        session_id = gr.BrowserState(
            "", storage_key="interviewer-session", secret=browser_secret(settings.data_dir)
        )
        gr.Markdown("# AI/ML mock interviewer")
        gr.Markdown(backend_line(services), elem_id="backend")
        with gr.Tab("Interview"):
            with gr.Group(visible=True, elem_id="start") as start_panel:
                mode = gr.Radio(list(MODES), value="Interview", label="Mode", elem_id="mode")
                topic = gr.Dropdown(
                    topic_choices, value=topic_ids[0], label="Topic to drill", elem_id="topic"
                )
                question = gr.Dropdown(
                    question_choices, value=None, label="Question to practise (random if empty)"
                )
                count = gr.Slider(1, 11, value=5, step=1, label="Number of questions")
                start = gr.Button("Start", variant="primary", elem_id="start-button")
            with gr.Row():
                with gr.Column(scale=3):
                    chat = gr.Chatbot(label="Interview", height=480, elem_id="chat")
                    answer = gr.Textbox(
                        label="Your answer",
                        placeholder="Answer in your own words, or ask: hint, repeat, skip…",
                        lines=3,
                        elem_id="answer",
                    )
                    with gr.Row():
                        send = gr.Button("Send", variant="primary", elem_id="send")
                        buttons = {
                            name: gr.Button(name, size="sm", elem_id=f"cmd-{i}")
                            for i, name in enumerate(COMMANDS)
                        }
                    new = gr.Button("New session", size="sm", elem_id="new-session")
                    pending = gr.State(None)  # the delivery of a transcribed answer, sent with it
                    if voice_on:
                        with gr.Accordion("Answer by voice", open=False, elem_id="voice-panel"):
                            voice = gr.Audio(
                                sources=["microphone", "upload"],
                                type="filepath",
                                label="Record or upload your answer; the transcript lands in "
                                "the answer box for you to check before you send it",
                                elem_id="voice",
                            )
                            delivery_note = gr.Markdown(elem_id="delivery")
                        read = gr.Checkbox(
                            label="Read the interviewer's turns aloud", elem_id="read-aloud"
                        )
                        spoken = gr.Audio(
                            label="The interviewer", autoplay=True, interactive=False, visible=True
                        )
                    else:
                        gr.Markdown(f"*{INSTALL_HINT} to answer by microphone and hear the turns.*")
                        read = gr.State(False)
                        spoken = gr.State(None)
                with gr.Column(scale=2):
                    progress = gr.Markdown(elem_id="progress")
                    rubric = gr.Markdown(elem_id="rubric")
                    citations = gr.HTML(elem_id="citations")
            with gr.Group(visible=False, elem_id="scorecard") as score_panel:
                gr.Markdown("**Score per question**")
                chart = gr.HTML(elem_id="chart")
                study = gr.Markdown(elem_id="study")
                with gr.Row():
                    download_md = gr.DownloadButton("Transcript (Markdown)", elem_id="download-md")
                    download_json = gr.DownloadButton("Transcript (JSON)", elem_id="download-json")
        with gr.Tab("History") as history_tab:
            past = gr.Dataframe(
                headers=["session", "when", "mode", "status", "answered", "score"],
                interactive=False,
                elem_id="history",
            )
            weakest = gr.Button("Review my weakest topic", elem_id="review-weakest")

        view = [
            session_id,
            chat,
            start_panel,
            progress,
            rubric,
            citations,
            score_panel,
            chart,
            study,
            download_md,
            download_json,
        ]

        def render(sid: str) -> list[Any]:
            """Every output of ``view`` for the session (or the start screen without one)."""
            if not sid:
                return [
                    "",
                    [],
                    gr.update(visible=True),
                    "Choose a mode and press **Start**.",
                    "",
                    "",
                    gr.update(visible=False),
                    "",
                    "",
                    None,
                    None,
                ]
            session = live.get(sid)
            rows = services.store.turns(sid)
            rubric_text, cited = rubric_and_citations(rows)
            card = scorecard(rows)
            files: list[Any] = [None, None]
            if card:
                exports.mkdir(parents=True, exist_ok=True)
                md, js = exports / f"interview-{sid}.md", exports / f"interview-{sid}.json"
                md.write_text(transcript_markdown(sid, rows, knowledge), encoding="utf-8")
                js.write_text(transcript_json(sid, rows), encoding="utf-8")
                files = [str(md), str(js)]
            return [
                sid,
                chat_messages(rows),
                gr.update(visible=False),
                progress_line(session.state),
                rubric_text,
                cited,
                gr.update(visible=card is not None),
                card[0] if card else "",
                card[1] if card else "",
                *files,
            ]

        def on_load(stored: str, request: gr.Request) -> list[Any]:
            sid = request.query_params.get("session") or stored or ""
            try:
                return render(sid)
            except SessionNotFound:
                return render("")

        def on_start(mode_name: str, topic_id: str, item: str | None, n: float) -> list[Any]:
            chosen = MODES[mode_name]
            session, _ = InterviewSession.new(
                services,
                chosen,
                topic=topic_id if chosen == "drill" else None,
                questions=int(n) if chosen != "practice" else None,
                item=item if chosen == "practice" else None,
            )
            live.add(session)
            return render(session.id)

        def on_send(
            message: str, sid: str, shown: list, delivery: dict | None, read: bool
        ) -> Iterator[list[Any]]:
            """Stream the interviewer's reply into the chat, then show the stored truth.

            Outputs: the answer box, the pending delivery, the spoken reply, then ``view``.
            """
            keep = [gr.update()] * (len(view) - 2)
            if not sid:
                yield ["", None, None, *render("")]
                return
            waiting = [
                *shown,
                {"role": "user", "content": _escape(message)},
                {"role": "assistant", "content": THINKING},
            ]
            yield ["", None, None, gr.update(), waiting, *keep]
            pieces: queue.Queue[str | None] = queue.Queue()
            failure: list[BaseException] = []
            said: list[Turn] = []

            def work() -> None:
                try:
                    with live.lock(sid):
                        said.extend(
                            live.get(sid).send(message, on_text=pieces.put, delivery=delivery)
                        )
                except Exception as error:  # shown to the candidate below, never swallowed
                    failure.append(error)
                finally:
                    pieces.put(None)

            threading.Thread(target=work, daemon=True).start()
            streamed = ""
            while (piece := pieces.get()) is not None:
                streamed += piece
                waiting[-1] = {"role": "assistant", "content": _escape(streamed)}
                yield ["", None, None, gr.update(), waiting, *keep]
            if failure:
                gr.Warning(f"That message could not be handled: {failure[0]}")
            yield ["", None, read_aloud(said) if read else None, *render(sid)]

        def read_aloud(turns: list[Turn]) -> tuple[int, Any] | None:
            """The interviewer's new turns as audio; a voice failure never costs the turn."""
            text = " ".join(t.text for t in turns)
            if not text or not voice_on:
                return None
            try:
                return shared_speaker().to_array(text)
            except VoiceError as error:
                gr.Warning(str(error))
                return None

        def on_audio(path: str | None) -> list[Any]:
            """A recording in: its transcript into the answer box (to edit), its delivery beside."""
            if not path:
                return [gr.update(), gr.update(), None]
            try:
                transcript = shared_transcriber(settings).transcribe(path)
            except VoiceError as error:
                gr.Warning(str(error))
                return [gr.update(), f"*{_escape(str(error))}*", None]
            delivery = analyse(
                transcript.words,
                settings.answer_words_min,
                settings.answer_words_max,
                settings.long_pause,
            )
            return [transcript.text, f"**Delivery:** {describe(delivery)}", delivery.as_dict()]

        def on_new() -> list[Any]:
            return render("")

        def on_history() -> list[list[Any]]:
            sessions = services.store.sessions()
            states = {s["id"]: services.store.state(s["id"]) for s in sessions}
            return [list(r.values()) for r in history(sessions, states)]

        def on_weakest() -> list[Any]:
            sessions = services.store.sessions()
            topic_id = weakest_topic([services.store.state(s["id"]) for s in sessions])
            if topic_id is None:
                gr.Info("No answered questions yet: finish a question first.")
                return [gr.update()] * len(view)
            session, _ = InterviewSession.new(services, "drill", topic=topic_id)
            live.add(session)
            gr.Info(f"Starting a drill on {knowledge.topic(topic_id).title}.")
            return render(session.id)

        app.load(on_load, [session_id], view)
        start.click(on_start, [mode, topic, question, count], view, api_name="start")
        send_inputs = [answer, session_id, chat, pending, read]
        send_outputs = [answer, pending, spoken, *view]
        send.click(on_send, send_inputs, send_outputs, api_name="send")
        answer.submit(on_send, send_inputs, send_outputs)
        for name, button in buttons.items():
            command = [gr.State(COMMANDS[name]), session_id, chat, gr.State(None), read]
            button.click(on_send, command, send_outputs)
        if voice_on:
            voice.change(on_audio, [voice], [answer, delivery_note, pending])
        new.click(on_new, None, view)
        history_tab.select(on_history, None, past)
        weakest.click(on_weakest, None, view)
    return app


def launch(settings: Settings) -> None:
    auth = None
    if settings.auth:
        user, _, password = settings.auth.partition(":")
        auth = (user, password)
    app = build_app(settings)
    app.queue(default_concurrency_limit=settings.web_concurrency)
    app.launch(server_name=settings.host, server_port=settings.port, auth=auth)
