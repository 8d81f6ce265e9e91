"""What the page shows, as pure functions of a session's stored turns and state.

No Gradio and no I/O here: the wiring in ``app`` calls these and puts the values into components,
so every view can be tested on plain values. Everything shown is escaped first: a candidate's
``<script>`` is text, never code.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from interviewer.core.engine import (
    InterviewState,
    Phase,
    counted,
    said_title,
    study_titles,
    tally,
)
from interviewer.core.wording import say
from interviewer.interview.transcript import delivery_summary
from interviewer.llm.backends import BackendChoice
from interviewer.types import Backend, Grade, Mode, SummaryRow, Turn, TurnKind

START_PROMPT = "Choose a mode and press **Start**."
SO_FAR = "*The follow-up can still add to this; what is missing comes with the feedback.*"


def escape(text: str) -> str:
    """Markup characters as text; quotes stay readable (nothing here goes into an attribute)."""
    return html.escape(text, quote=False)


def backend_line(choice: BackendChoice) -> str:
    """Which model phrases the turns, said plainly; never a key or a URL's credentials."""
    where = "offline, on this machine" if choice.offline else "online"
    model = Path(choice.model).name if choice.name is Backend.EMBEDDED else choice.model
    if choice.name is Backend.NONE:
        return "**Model:** none: the interviewer's own templated wording (offline)."
    return f"**Model:** {choice.name} · {model} · {where}"


def chat_messages(turns: list[Turn]) -> list[dict[str, str]]:
    """Stored turns as chat messages; notices in italics; every text escaped. A message that was
    blank once cleaned is not drawn (a walkthrough saw an empty bubble); the reply to it says so."""
    messages = []
    for turn in turns:
        text = escape(turn.text)
        if turn.by_candidate:
            if text.strip():
                messages.append({"role": "user", "content": text})
        else:
            shown = f"*{text}*" if turn.kind == TurnKind.NOTICE else text
            messages.append({"role": "assistant", "content": shown})
    return messages


def progress_line(state: InterviewState, topic_title: str = "") -> str:
    """Where the candidate is in the questions planned now, and what the session closed, in the
    words of the closing line. A drill switched to mid-session has its own questions: the line
    names it (by ``topic_title``) and tells what was closed in it from what was closed before
    it (a walkthrough's drill started from the scorecard read "Question 1 of 5 · done this
    session: 5 questions")."""
    if state.phase is Phase.FINISHED:
        done = counted(tally(state.results)) if state.results else "no questions"
        return f"**Finished:** {done} this session."
    step = ", follow-up" if state.phase is Phase.PROBING else ""  # "(question)" said nothing
    where = f"{state.position + 1} of {len(state.plan)}{step}"
    # The position counts the questions closed in the plan asked now; the others came before it.
    split = len(state.results) - state.position
    before, since = state.results[:split], state.results[split:]
    if state.mode is not Mode.DRILL or not before:
        done = counted(tally(state.results)) if state.results else ""
        return f"**Question {where}**" + (f" · done this session: {done}" if done else "")
    drill = f"Drill on {said_title(topic_title)}" if topic_title else "This drill"
    parts = [f"**{drill}: question {where}**"]
    if since:
        parts.append(f"done in this drill: {counted(tally(since))}")
    parts.append(f"before it this session: {counted(tally(before))}")
    return " · ".join(parts)


def this_run(state: InterviewState, turns: list[Turn]) -> list[Turn]:
    """The turns about the questions of the plan asked now: a drill started mid-session (in
    words, or from the scorecard) begins with nothing graded, like a new session, and the
    rubric and passages of the question before it are not shown under its first question (a
    walkthrough's drill from the scorecard showed the interview's last rubric there). A turn
    is this run's when its grade is one of the run's closed questions', or, with no grade (a
    model answer), when it is about one of them."""
    since = state.results[len(state.results) - state.position :]
    grades = [r.grade for r in since]
    asked = {r.item.question_id for r in since}
    return [
        t
        for t in turns
        if t.kind == TurnKind.SUMMARY
        or (t.grade in grades if t.grade is not None else t.question_id in asked)
    ]


def rubric_and_citations(
    turns: list[Turn], titles: Mapping[str, str] | None = None, scorecard: bool = False
) -> tuple[str, str]:
    """The latest feedback's covered and missed points, under the title of its question
    (``titles`` by question id): after a skip it is the question before, and a newcomer read its
    score as the skipped one's. Then citations as expandable passages, under a heading that says
    whose they are: with the ``scorecard`` shown, its study list's; otherwise the latest reply's
    (a feedback's, or a model answer's). A summary's are the scorecard's only: a walkthrough read
    them under the last question's rubric as that question's, and a drill started from the
    scorecard kept them beside its questions."""
    return _rubric(turns, titles or {}), _citations(turns, scorecard)


def _rubric(turns: list[Turn], titles: Mapping[str, str]) -> str:
    feedback = next((t for t in reversed(turns) if t.grade and t.kind == TurnKind.FEEDBACK), None)
    if feedback is None or feedback.grade is None:
        return f"*{say('rubric.none')}*"
    grade = feedback.grade
    # How the points are weighed, under the score: it is not the share of points covered.
    weighting = f"*{say('summary.weighting')}*"
    title = titles.get(feedback.question_id or "", "")
    lines = [f"**Last feedback:** {escape(title)}", ""] if title else []
    lines += [f"**Score:** {round(grade.score * 100)}/100", weighting, "", "**Covered**"]
    lines += [f"- ✓ {escape(p.text)} `{p.id}`" for p in grade.covered] or ["- none"]
    lines += ["", "**Missed**"]
    lines += [f"- ✗ {escape(p.text)} `{p.id}`" for p in grade.missed] or ["- none"]
    if grade.misconceptions:
        lines += ["", "**To correct**"]
        lines += [f"- ⚠ {escape(m.text)} `{m.id}`" for m in grade.misconceptions]
    if grade.cautions:
        # A claim the guide does not back: its own line, no key point named as its correction.
        lines += ["", "**Not backed by the guide**"]
        lines += [f"- ⚠ {escape(c.span)} (no rule in the guide says so)" for c in grade.cautions]
    return "\n".join(lines)


def _citations(turns: list[Turn], scorecard: bool) -> str:
    if scorecard:
        cited = next((t for t in reversed(turns) if t.kind == TurnKind.SUMMARY), None)
        heading = "summary.cited_study"
    else:
        cited = next(
            (t for t in reversed(turns) if t.citations and t.kind != TurnKind.SUMMARY), None
        )
        # Only the points the reply spoke of are cited, so the list is named for what it is: a
        # newcomer expected a passage under every point of the rubric.
        heading = "summary.cited"
    if cited is None or not cited.citations:
        return ""
    passages = "\n".join(
        f"<details><summary>{escape(c.key_point_id)}</summary>{escape(c.text)}"
        f"<br><small>Source: {escape(c.source)}</small></details>"
        if c.source
        else f"<details><summary>{escape(c.key_point_id)}</summary>{escape(c.text)}</details>"
        for c in cited.citations
    )
    return f"<p><strong>{escape(say(heading))}</strong></p>{passages}"


def rubric_so_far(grade: Grade) -> str:
    """While a question is being probed: what the answer covered so far, nothing it missed (that
    would give away the follow-up's answer)."""
    lines = [f"**So far on this question:** {round(grade.score * 100)}/100", "", "**Covered**"]
    lines += [f"- ✓ {escape(p.text)} `{p.id}`" for p in grade.covered] or ["- nothing yet"]
    return "\n".join([*lines, "", SO_FAR])


#: Characters of a question's title beside its bar; a longer title is cut at a word.
CHART_LABEL_CHARS = 30


def chart_label(row: SummaryRow) -> str:
    """A question as the chart names it: its title, cut short at a word; its id only in a
    summary stored before titles were kept ("transformers.p5" means nothing to a candidate)."""
    title = row.title or row.item_id
    if len(title) <= CHART_LABEL_CHARS:
        return title
    return title[: CHART_LABEL_CHARS - 1].rsplit(" ", 1)[0].rstrip(",:;") + "…"


def score_chart(rows: tuple[SummaryRow, ...]) -> str:
    """Score per question as an inline SVG bar chart: no script and no CDN, so it works offline.
    Bars lie across, each beside its question's title, so a title has room to be read."""
    label, full, row_height, bar_height = 210, 240, 26, 18
    bars = []
    for i, row in enumerate(rows):
        score = round(row.score * 100)
        y, width = 8 + i * row_height, round(full * score / 100)
        title = escape(row.title or row.item_id)
        bars.append(
            f'<text x="{label - 8}" y="{y + 13}" text-anchor="end" font-size="12">'
            f"{escape(chart_label(row))}</text>"
            f'<rect x="{label}" y="{y}" width="{width}" height="{bar_height}" fill="#f97316">'
            f"<title>{title}: {score}</title></rect>"
            f'<text x="{label + width + 6}" y="{y + 13}" font-size="12">{score}</text>'
        )
    return (
        f'<svg role="img" aria-label="Score per question" width="{label + full + 40}" '
        f'height="{len(rows) * row_height + 16}" xmlns="http://www.w3.org/2000/svg">'
        f"{''.join(bars)}</svg>"
    )


def _on(title: str) -> str:
    return f"**{escape(title)}**: " if title else ""


def scorecard(turns: list[Turn]) -> tuple[str, str] | None:
    """The chart and the study list of the session's summary, once there is one."""
    summary = next((t.summary for t in reversed(turns) if t.summary), None)
    if summary is None:
        return None
    average = summary.average
    lines = [
        f"### Scorecard: {'-' if average is None else round(average * 100)}/100",
        "",
        "**Study next**",
    ]
    titles = study_titles(summary)
    lines += [
        f"- {_on(titles.get(c.key_point_id, ''))}{escape(c.text)} `{c.key_point_id}`"
        for c in summary.study
    ] or ["- nothing missed"]
    if summary.drill_next:
        lines += ["", f"Drill next: **{summary.drill_next_title or summary.drill_next}**"]
    spoken = delivery_summary(turns)
    if spoken:
        lines += ["", f"**Delivery of your spoken answers:** {spoken}"]
    return score_chart(summary.rows), "\n".join(lines)


@dataclass(frozen=True)
class SessionView:
    """Everything the interview tab shows for one session (or the start screen without one)."""

    session_id: str = ""
    chat: tuple[dict[str, str], ...] = ()
    progress: str = START_PROMPT
    rubric: str = ""
    citations: str = ""
    chart: str = ""
    study: str = ""
    downloads: tuple[str, str] | None = None  # the transcript files, once the session has ended

    @property
    def started(self) -> bool:
        return bool(self.session_id)

    @property
    def finished(self) -> bool:
        return bool(self.chart or self.study)


def session_view(
    session_id: str,
    state: InterviewState,
    turns: list[Turn],
    downloads: tuple[str, str] | None = None,
    topic_title: str = "",
) -> SessionView:
    """The page for a session; ``topic_title`` names the topic it drills, if it does."""
    titles = {r.item.question_id: r.item.title for r in state.results}
    # A drill started from the scorecard runs on in the same session: the scorecard of what
    # ended before it is not beside its questions (a walkthrough saw it there), and comes back,
    # with the drill's, when the drill ends.
    card = scorecard(turns) if state.phase is Phase.FINISHED else None
    rubric, citations = rubric_and_citations(
        this_run(state, turns), titles, scorecard=card is not None
    )
    if state.phase is Phase.PROBING and state.grade is not None:
        rubric, citations = rubric_so_far(state.grade), ""
    return SessionView(
        session_id=session_id,
        chat=tuple(chat_messages(turns)),
        progress=progress_line(state, topic_title),
        rubric=rubric,
        citations=citations,
        chart=card[0] if card else "",
        study=card[1] if card else "",
        downloads=downloads if card else None,
    )
