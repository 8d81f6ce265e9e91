"""How well the recogniser understands what a candidate wants, on labelled phrasings.

A miss is costly in two ways: a request taken for an answer is graded (and the candidate waits for
feedback on "could we do drift now"), and an answer taken for a request loses the question. The
second is the worse, so it is counted on its own.

With a model, each message is timed, and the model's part apart: the code path is what every
message costs, the model only what the few it is asked about cost. ``model_alone`` asks the model
about every message, as if each were in the band of doubt: what trusting its label would do, the
measurement behind ``settle``.
"""

from __future__ import annotations

import contextlib
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage

from evals.latency import p50_p95
from interviewer.interview.intents import MODEL_LABELS, Consult, IntentRecognizer
from interviewer.llm.backends import LLMError
from interviewer.llm.replies import stream_reply
from interviewer.types import Frozen, IntentKind

DATASETS = Path(__file__).parent / "datasets"
#: dev and dev-b are tuned on. heldout and heldout-b had their misses read once, so they count as
#: seen. heldout-c and heldout-d, written by others who read no code, were held out until their
#: first measurements (0.776 and 0.860) and are development sets since: their misses were read and
#: tuned on (issue 12). dev-c, 320 phrasings heavy on indirect requests written by another hand
#: who read no code, was measured blind once (0.850, 0.863 with the indirect example requests) and
#: is a development set since.
#: heldout-e, by a fifth writer, is never tuned on: the one to report. heldout-f, by a sixth who
#: read no code and no other set, was written before the third round of tuning and never tuned on.
#: heldout-g and dev-d, by a seventh writer who read no code and no other set, were written
#: together before the fourth round: dev-d is tuned on, heldout-g only reported.
#: heldout-h and dev-e, by an eighth writer who read no code and no other set, in six voices the
#: others did not use (speech-to-text with misheard words, phone typing, formal, nervous,
#: non-native, terse), were written together before the fifth round: dev-e is tuned on; heldout-h
#: was only reported (0.885 blind, 0.903 after the seventh round, misses unread) until the eighth
#: round, and is a development set since: its misses were read and tuned on.
#: heldout-i, by a ninth writer who read no code and no other set, was written after the fifth
#: round and measured blind once (0.909); a development set since, tuned on in the sixth round.
#: heldout-j, by a tenth writer who read no code and no other set, in six voices none of the others
#: used (impatient, joking, slang, hesitant, translated, dictated), was written during the sixth
#: round and measured blind once (0.915); a development set since, tuned on in the seventh round.
#: heldout-k, by an eleventh writer who read no code and no other set, in six voices none of the
#: others used (voice assistant, academic, teenager, Spanish or Hindi English, tired, two things in
#: one message), was written at the start of the seventh round and only reported (0.900, misses
#: unread) until the ninth round; a development set since: its misses were read and tuned on.
#: heldout-l, by a twelfth writer who read no code and no other set, in six voices none of the
#: others used (car dictation, British indirect, a busy engineer's chat, Mandarin or German
#: English, anxious, one to three words), was written before the ninth round and only reported
#: (0.900, misses unread) until the tenth round; a development set since: its misses were read and
#: tuned on.
SETS = {
    "heldout-l": DATASETS / "intents_heldout_l.jsonl",
    "heldout-k": DATASETS / "intents_heldout_k.jsonl",
    "heldout-j": DATASETS / "intents_heldout_j.jsonl",
    "heldout-i": DATASETS / "intents_heldout_i.jsonl",
    "heldout-h": DATASETS / "intents_heldout_h.jsonl",
    "dev-e": DATASETS / "intents_dev_e.jsonl",
    "heldout-g": DATASETS / "intents_heldout_g.jsonl",
    "dev-d": DATASETS / "intents_dev_d.jsonl",
    "heldout-f": DATASETS / "intents_heldout_f.jsonl",
    "dev-c": DATASETS / "intents_dev_c.jsonl",
    "heldout-e": DATASETS / "intents_heldout_e.jsonl",
    "heldout-d": DATASETS / "intents_heldout_d.jsonl",
    "heldout-c": DATASETS / "intents_heldout_c.jsonl",
    "heldout-b": DATASETS / "intents_heldout_b.jsonl",
    "heldout": DATASETS / "intents_heldout.jsonl",
    "dev": DATASETS / "intents_dev.jsonl",
    "dev-b": DATASETS / "intents_dev_b.jsonl",
    # heldout-m, by a thirteenth writer who read no code and no other set, in six voices none of
    # the others used (noisy speech recognition, Indian English, Gen Z chat, frustrated, formal
    # academic, Spanish/French/Italian/Portuguese English), written before the tenth round; only
    # reported (0.930, misses unread) until the eleventh round; a development set since: its
    # misses were read and tuned on.
    "heldout-m": DATASETS / "intents_heldout_m.jsonl",
    # heldout-n, by a fourteenth writer who read no code and no other set, in six more voices
    # (Slavic English without articles, polite East Asian English, phone typing with autocorrect,
    # a smart-speaker style with wake words, West African English, a nervous rambling graduate),
    # written before the eleventh round; only reported (0.900, misses unread) until the twelfth
    # round; a development set since: its misses were read and tuned on.
    "heldout-n": DATASETS / "intents_heldout_n.jsonl",
    # heldout-o, by a fifteenth writer who read no code and no other set, in six more voices
    # (German English, corporate jargon, accented speech as Whisper writes it, a distracted
    # candidate talking to someone else, sarcastic and tired, one to four words), with 15 answers
    # that carry a request phrase and an attempt; written before the twelfth round; only reported
    # (0.913, 1 answer taken) until the thirteenth round; a development set since: its misses
    # were read and tuned on.
    "heldout-o": DATASETS / "intents_heldout_o.jsonl",
    # heldout-p, by a sixteenth writer who read no code and no other set, in six more voices
    # (Indian English, French English, teen texting, over-formal and long-winded, anxious and
    # apologetic, code-switching with Spanish, Hindi or Tagalog words), with about 16 answers that
    # carry a request phrase and an attempt; written before the thirteenth round; only reported
    # (0.870, 1 answer taken) until the fourteenth round; a development set since: its misses
    # were read and tuned on.
    "heldout-p": DATASETS / "intents_heldout_p.jsonl",
    # heldout-q, by a seventeenth writer who read no code and no other set, in six more voices
    # (Australian colloquial, Arabic English, Brazilian English, dictation with spoken punctuation,
    # a career changer without the jargon, a playful role-play), with about 16 answers that carry
    # a request phrase and an attempt; written before the fourteenth round; only reported
    # (0.860, 1 answer taken, misses unread) until the fifteenth round; a development set since:
    # its misses were read and tuned on.
    "heldout-q": DATASETS / "intents_heldout_q.jsonl",
    # heldout-r, by an eighteenth writer who read no code and no other set, in six more voices
    # (Scottish and Irish colloquial, Japanese English, Turkish English, speech that corrects
    # itself, a blunt senior engineer, chat with emoji), with about 22 answers that open like a
    # request and 18 that carry a request or hedge and an attempt; written before the fifteenth
    # round; only reported.
    "heldout-r": DATASETS / "intents_heldout_r.jsonl",
}


class IntentCase(Frozen):
    text: str
    intent: IntentKind
    topic: str | None = None  # the drill's topic id, or the unknown name asked for
    voice: str  # typed, spoken, non_native, terse, chatty
    context: Literal["question", "confirm"]  # confirm: the interviewer had asked a yes/no


class IntentOutcome(Frozen):
    case: IntentCase
    predicted: IntentKind
    topic: str | None = None
    proposed: IntentKind | None = None  # what the interviewer asked about, when it asked
    seconds: float = 0.0  # recognising the message, the model's part included
    model_seconds: float | None = None  # the model's part, when it was asked

    @property
    def right(self) -> bool:
        if self.case.intent is IntentKind.CONFIRM:
            # Some writers label a reply to "Do you want to skip this question?" as confirm,
            # without saying which way it goes: it is understood when it is read as a yes or a
            # no (asking back again, or grading it as an answer, is a miss).
            return self.predicted in (IntentKind.YES, IntentKind.NO)
        if self.predicted is not self.case.intent:
            return False
        return self.case.intent is not IntentKind.DRILL or self.topic == self.case.topic

    @property
    def asked_about_it(self) -> bool:
        """Unsure, the interviewer asked "Do you want to ...?" about the right request."""
        return self.predicted is IntentKind.CONFIRM and self.proposed is self.case.intent

    @property
    def swallowed_answer(self) -> bool:
        """An answer taken for a request: the candidate loses the question."""
        return self.case.intent is IntentKind.ANSWER and self.predicted not in (
            IntentKind.ANSWER,
            IntentKind.CONFIRM,  # asking first loses nothing: "no" grades the answer
        )


class Latency(Frozen):
    messages: int
    p50_ms: float
    p95_ms: float


def latency(seconds: list[float]) -> Latency | None:
    if not seconds:
        return None
    p50, p95 = p50_p95(seconds)
    return Latency(messages=len(seconds), p50_ms=round(p50 * 1000, 1), p95_ms=round(p95 * 1000, 1))


class IntentReport(Frozen):
    cases: int
    accuracy: float  # a question asked back counts as a miss
    accuracy_asking: float  # a question asked back about the right request counts as right
    asked: int
    swallowed_answers: int
    per_intent: dict[str, tuple[int, int]]  # intent: (right, of)
    confusion: dict[str, dict[str, int]]  # expected: {predicted: count}
    misses: tuple[IntentOutcome, ...]
    consulted: int  # messages the model was asked about
    code_path: Latency | None  # every message, the model's part left out
    with_model: Latency | None  # the messages the model was asked about, whole


@dataclass
class TimedConsult:
    """A model's reading that keeps the time of each call, so the eval can tell its part apart."""

    consult: Consult
    calls: list[float] = field(default_factory=list)

    def __call__(self, message: str) -> IntentKind | None:
        started = time.perf_counter()
        try:
            return self.consult(message)
        finally:
            self.calls.append(time.perf_counter() - started)


def touch(model: BaseChatModel) -> None:
    """One token of an unrelated prompt: the model is loaded (or the server reached) before
    anything is timed, and llama.cpp's prompt cache holds something else, as it does after a
    feedback reply in a session. A failure here shows later as a model that gives no label."""
    with contextlib.suppress(LLMError):
        for _ in stream_reply(model, [HumanMessage("Hello")], max_tokens=1):
            pass


def load_intent_cases(path: Path) -> list[IntentCase]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [IntentCase.model_validate_json(line) for line in lines if line.strip()]


def _timed(
    cases: list[IntentCase],
    read: Callable[[IntentCase], IntentOutcome],
    consult: TimedConsult | None,
) -> list[IntentOutcome]:
    """Each case read and timed; the model's part of the time when it was asked."""
    outcomes = []
    for case in cases:
        before = len(consult.calls) if consult else 0
        started = time.perf_counter()
        outcome = read(case)
        seconds = time.perf_counter() - started
        asked = consult is not None and len(consult.calls) > before
        model_seconds = consult.calls[-1] if consult and asked else None
        outcomes.append(
            outcome.model_copy(update={"seconds": seconds, "model_seconds": model_seconds})
        )
    return outcomes


def evaluate(
    recognizer: IntentRecognizer, cases: list[IntentCase], consult: TimedConsult | None = None
) -> IntentReport:
    """The recogniser on every case; ``consult``: the model it asks in its band of doubt."""

    def read(case: IntentCase) -> IntentOutcome:
        intent = recognizer.recognize(case.text, awaiting_confirmation=case.context == "confirm")
        return IntentOutcome(
            case=case, predicted=intent.kind, topic=intent.topic, proposed=intent.proposed
        )

    return report(_timed(cases, read, consult))


def model_alone(consult: TimedConsult, cases: list[IntentCase]) -> IntentReport:
    """The model's label for every case it can label, taken as it is (no label: asked back).

    The cases are those whose intent is one of the model's labels, with the drill's topic
    taken as right (the model names no topic): how the model reads candidates, not the product.
    """

    def read(case: IntentCase) -> IntentOutcome:
        label = consult(case.text)
        return IntentOutcome(
            case=case,
            predicted=label or IntentKind.CONFIRM,
            topic=case.topic if label is IntentKind.DRILL else None,
        )

    outcomes = _timed([c for c in cases if c.intent in MODEL_LABELS], read, consult)
    return report(outcomes).model_copy(update={"code_path": None})  # the code never ran


def report(outcomes: list[IntentOutcome]) -> IntentReport:
    per_intent: dict[str, tuple[int, int]] = {}
    confusion: dict[str, Counter[str]] = {}
    for o in outcomes:
        right, of = per_intent.get(o.case.intent, (0, 0))
        per_intent[o.case.intent] = (right + o.right, of + 1)
        confusion.setdefault(o.case.intent, Counter())[o.predicted] += 1
    total = max(1, len(outcomes))
    return IntentReport(
        cases=len(outcomes),
        accuracy=round(sum(o.right for o in outcomes) / total, 3),
        accuracy_asking=round(sum(o.right or o.asked_about_it for o in outcomes) / total, 3),
        asked=sum(o.predicted is IntentKind.CONFIRM for o in outcomes),
        swallowed_answers=sum(o.swallowed_answer for o in outcomes),
        per_intent=dict(sorted(per_intent.items())),
        confusion={k: dict(v) for k, v in sorted(confusion.items())},
        misses=tuple(o for o in outcomes if not o.right),
        consulted=sum(o.model_seconds is not None for o in outcomes),
        code_path=latency([o.seconds - (o.model_seconds or 0.0) for o in outcomes]),
        with_model=latency([o.seconds for o in outcomes if o.model_seconds is not None]),
    )


def markdown(report: IntentReport, name: str) -> str:
    kinds = list(report.per_intent)
    lines = [
        f"## Intents: {name} ({report.cases} phrasings)",
        "",
        f"- accuracy: **{report.accuracy}** (asked back counts as a miss)",
        f"- accuracy when a question asked back about the right request counts: "
        f"{report.accuracy_asking} ({report.asked} asked)",
        f"- answers taken for a request: **{report.swallowed_answers}**",
        *_latency_lines(report),
        "",
        "| intent | right | of | accuracy |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {kind} | {right} | {of} | {right / of:.2f} |"
        for kind, (right, of) in report.per_intent.items()
    ]
    predicted = sorted({p for row in report.confusion.values() for p in row})
    lines += ["", "Confusion (rows: expected, columns: recognised)", ""]
    lines += ["| | " + " | ".join(predicted) + " |", "|---|" + "---|" * len(predicted)]
    for kind in kinds:
        row = report.confusion[kind]
        lines.append(f"| {kind} | " + " | ".join(str(row.get(p, "")) for p in predicted) + " |")
    lines += ["", "Misses", ""]
    for o in report.misses:
        got = o.predicted + (f" ({o.proposed})" if o.proposed else "")
        got += f" [{o.topic}]" if o.topic else ""
        want = o.case.intent + (f" [{o.case.topic}]" if o.case.topic else "")
        lines.append(f"- {want} → {got}: {o.case.text!r} ({o.case.voice}, {o.case.context})")
    return "\n".join(lines)


def _latency_lines(report: IntentReport) -> list[str]:
    lines = [f"- messages the model was asked about: {report.consulted}"]
    for name, figure in (("code path", report.code_path), ("with the model", report.with_model)):
        if figure:
            lines.append(
                f"- latency, {name}: p50 {figure.p50_ms} ms, p95 {figure.p95_ms} ms "
                f"({figure.messages} messages)"
            )
    return lines
