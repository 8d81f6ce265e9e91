"""How well the recogniser understands what a candidate wants, on labelled phrasings.

A miss is costly in two ways: a request taken for an answer is graded (and the candidate waits for
feedback on "could we do drift now"), and an answer taken for a request loses the question. The
second is the worse, so it is counted on its own.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Literal

from interviewer.interview.intents import IntentRecognizer
from interviewer.types import Frozen, IntentKind

DATASETS = Path(__file__).parent / "datasets"
#: heldout-b is the reported set: written after the recogniser was tuned on dev and on heldout,
#: whose misses were read (so heldout now counts as seen), and never looked at while tuning.
SETS = {
    "heldout-b": DATASETS / "intents_heldout_b.jsonl",
    "heldout": DATASETS / "intents_heldout.jsonl",
    "dev": DATASETS / "intents_dev.jsonl",
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

    @property
    def right(self) -> bool:
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


class IntentReport(Frozen):
    cases: int
    accuracy: float  # a question asked back counts as a miss
    accuracy_asking: float  # a question asked back about the right request counts as right
    asked: int
    swallowed_answers: int
    per_intent: dict[str, tuple[int, int]]  # intent: (right, of)
    confusion: dict[str, dict[str, int]]  # expected: {predicted: count}
    misses: tuple[IntentOutcome, ...]


def load_intent_cases(path: Path) -> list[IntentCase]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [IntentCase.model_validate_json(line) for line in lines if line.strip()]


def evaluate(recognizer: IntentRecognizer, cases: list[IntentCase]) -> IntentReport:
    outcomes = []
    for case in cases:
        intent = recognizer.recognize(case.text, awaiting_confirmation=case.context == "confirm")
        outcomes.append(
            IntentOutcome(
                case=case, predicted=intent.kind, topic=intent.topic, proposed=intent.proposed
            )
        )
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
