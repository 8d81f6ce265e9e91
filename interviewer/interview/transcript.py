"""What a finished (or unfinished) session looks like to its candidate: transcript, scores, history.

Pure functions of the stored rows, so the web app, the CLI and the tests render the same thing.
"""

from __future__ import annotations

import json
import time
from statistics import mean
from typing import Any

from interviewer.core.engine import InterviewState, Phase, counted, tally
from interviewer.core.wording import say
from interviewer.knowledge.schema import KnowledgeBase
from interviewer.types import Citation, Turn, TurnKind


def public_rows(turns: list[Turn]) -> list[dict[str, Any]]:
    """Candidate messages and interviewer turns, without the audit data kept beside them."""
    shown: list[dict[str, Any]] = []
    for turn in turns:
        if turn.by_candidate:
            said: dict[str, Any] = {"role": "candidate", "text": turn.text}
            if turn.delivery:
                said["delivery"] = turn.delivery.model_dump(mode="json")
            shown.append(said)
        else:
            public = {k: v for k, v in turn.public().items() if v}
            shown.append({"role": "interviewer", **public})
    return shown


def delivery_summary(turns: list[Turn]) -> str | None:
    """Pace and fillers over the session's spoken answers, or None if none was spoken."""
    spoken = [t.delivery for t in turns if t.by_candidate and t.delivery]
    if not spoken:
        return None
    words = sum(d.words for d in spoken)
    seconds = sum(d.seconds for d in spoken)
    fillers = sum(d.filler_count for d in spoken)
    pauses = sum(len(d.long_pauses) for d in spoken)
    pace = round(words / seconds * 60) if seconds else 0
    rate = round(100 * fillers / words, 1) if words else 0.0
    answers = "answer" if len(spoken) == 1 else "answers"
    return (
        f"{len(spoken)} spoken {answers}, {pace} words per minute, {rate} filler words per 100 "
        f"words, {pauses} long pauses."
    )


def transcript_json(session_id: str, turns: list[Turn]) -> str:
    return json.dumps({"session": session_id, "turns": public_rows(turns)}, indent=2) + "\n"


def transcript_markdown(session_id: str, turns: list[Turn], knowledge: KnowledgeBase) -> str:
    lines = [f"# Mock interview {session_id}", ""]
    for turn in turns:
        if turn.by_candidate:
            lines += [f"**You:** {turn.text}", ""]
            if d := turn.delivery:
                lines += [
                    f"- Spoken: {d.words_per_minute} words per minute, "
                    f"{d.filler_count} filler words, {len(d.long_pauses)} long pauses",
                    "",
                ]
            continue
        lines += [f"**Interviewer{_labelled(turn)}:** {turn.text}", ""]
        if turn.citations and not turn.grade:  # the reference answer, and what it rests on
            lines += [_cited(c) for c in turn.citations] + [""]
        if grade := turn.grade:
            lines.append(f"- Score: {round(grade.score * 100)}/100")
            for label, points in (("Covered", grade.covered), ("Missed", grade.missed)):
                lines += [f"- {label}: {point.text} [{point.id}]" for point in points]
            for wrong in grade.misconceptions:
                right = knowledge.key_point(wrong.corrects).text
                lines.append(f"- Corrected: {right} [{wrong.corrects}]")
            for caution in grade.cautions:
                lines.append(f"- Not backed by the guide: {caution.span}")
            lines.append("")
        if summary := turn.summary:
            lines += ["## Scorecard", "", say("summary.weighting"), ""]
            lines += ["| question | topic | score |", "|---|---|---|"]
            for r in summary.rows:
                named = f"{r.title} [{r.item_id}]" if r.title else r.item_id
                lines.append(f"| {named} | {r.topic} | {round(r.score * 100)} |")
            lines += ["", "## Study next", ""]
            lines += [_cited(c) for c in summary.study]
            lines.append("")
    return "\n".join(lines)


def _labelled(turn: Turn) -> str:
    """What kind of turn it is, in words a reader uses ("(follow_up)" and "(notice)" read as
    code to a newcomer); a notice is just the interviewer speaking."""
    if turn.kind == TurnKind.FEEDBACK and turn.grade is None:  # a stored kind is a str
        return " (model answer)"
    label = {TurnKind.FOLLOW_UP: "follow-up", TurnKind.NOTICE: "", TurnKind.SUMMARY: "summary"}
    named = label.get(turn.kind, str(turn.kind))
    return f" ({named})" if named else ""


def _cited(citation: Citation) -> str:
    source = f" ({citation.source})" if citation.source else ""
    return f"- {citation.text} [{citation.key_point_id}]{source}"


def session_average(state: InterviewState) -> float | None:
    """The average the scorecard shows (a skip scores 0), so far."""
    average = tally(state.results).average
    return None if average is None else round(average, 3)


def history(sessions: list[dict[str, Any]], states: dict[str, str]) -> list[dict[str, Any]]:
    """Past sessions, newest first, with how far they got and their average score."""
    rows = []
    for s in sessions:
        state = InterviewState.model_validate_json(states[s["id"]])
        average = session_average(state)
        rows.append(
            {
                "session": s["id"],
                "when": time.strftime("%Y-%m-%d %H:%M", time.localtime(s["updated"])),
                "mode": s["mode"] + (f" ({s['topic']})" if s["topic"] else ""),
                "status": "finished" if state.phase is Phase.FINISHED else s["status"],
                "questions": counted(tally(state.results)) if state.results else "none",
                "score": "" if average is None else round(average * 100),
            }
        )
    return rows


def weakest_topic(states: list[str]) -> str | None:
    """The topic with the lowest average score over every answered question in ``states``."""
    by_topic: dict[str, list[float]] = {}
    for raw in states:
        for result in InterviewState.model_validate_json(raw).results:
            by_topic.setdefault(result.item.topic, []).append(result.grade.score)
    if not by_topic:
        return None
    return min(by_topic, key=lambda t: mean(by_topic[t]))


def best_scores(states: list[str]) -> dict[str, float]:
    """Each question answered in ``states``, with the best score it got: a drill prefers the
    questions met least well."""
    best: dict[str, float] = {}
    for raw in states:
        for result in InterviewState.model_validate_json(raw).results:
            item_id = result.item.id
            best[item_id] = max(best.get(item_id, 0.0), result.grade.score)
    return best
