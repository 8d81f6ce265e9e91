"""Is the feedback right about the candidate? Wrong and partial answers through the real session.

Each labelled answer is sent in a practice session on its question (a follow-up, if one comes,
is answered with the set's follow-up answer or "I don't know", a second one "I don't know"), and
the first feedback turn is read as the candidate reads it:

- **false credit**: the verdict's "Good: …" names a key point the person who labelled the answer
  did not find in it, or one that a misconception the answer states contradicts;
- **praise by the model**: a sentence of the model's explanation that evaluates the candidate
  ("you're right", "good point", "as you said"), found by its own list of phrasings, not the
  runtime guard's;
- **misconceptions corrected**: each labelled misconception's right statement is in the turn.

The labels are a person's; the checks read the turn's text, so they do not trust the grader.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from pathlib import Path

from evals.grading import AnswerCase, load_answers
from interviewer.interview.session import InterviewSession, Services
from interviewer.knowledge.schema import KnowledgeBase, Misconception
from interviewer.prompt_files import load_wording
from interviewer.types import Frozen, Turn, TurnKind, TurnSource

DATASETS = Path(__file__).parent / "datasets"
#: Wrong and partial answers with a person's labels: the feedback set, and the grading sets (whose
#: strong answers are left out). Held-out sets are only reported, never tuned on; heldout-t,
#: heldout-u, heldout-v, heldout-w and heldout-x became development sets after their first report
#: (see evals/grading.py).
SETS = {
    "heldout": DATASETS / "feedback_answers_heldout.jsonl",
    "heldout-b": DATASETS / "grading_heldout_b.jsonl",
    "heldout-kb": DATASETS / "grading_heldout_kb.jsonl",
    "heldout-d": DATASETS / "grading_heldout_d.jsonl",
    "heldout-e": DATASETS / "grading_heldout_e.jsonl",
    "heldout-mc": DATASETS / "grading_heldout_mc.jsonl",
    "heldout-fu": DATASETS / "grading_heldout_fu.jsonl",
    "heldout-t": DATASETS / "grading_heldout_t.jsonl",
    "heldout-u": DATASETS / "grading_heldout_u.jsonl",
    "heldout-v": DATASETS / "grading_heldout_v.jsonl",
    "heldout-w": DATASETS / "grading_heldout_w.jsonl",
    "heldout-x": DATASETS / "grading_heldout_x.jsonl",
    "heldout-y": DATASETS / "grading_heldout_y.jsonl",
    "heldout-z": DATASETS / "grading_heldout_z.jsonl",
    "dev-mc": DATASETS / "grading_dev_mc.jsonl",
    "heldout-subtle-d": DATASETS / "grading_heldout_subtle_d.jsonl",
    "heldout-subtle": DATASETS / "grading_heldout_subtle.jsonl",
    "dev-subtle": DATASETS / "grading_dev_subtle.jsonl",
    "heldout-subtle-b": DATASETS / "grading_heldout_subtle_b.jsonl",
    "dev-subtle-b": DATASETS / "grading_dev_subtle_b.jsonl",
    "heldout-subtle-c": DATASETS / "grading_heldout_subtle_c.jsonl",
    "dev-subtle-c": DATASETS / "grading_dev_subtle_c.jsonl",
    "dev": DATASETS / "grading_dev.jsonl",
    "dev-b": DATASETS / "grading_dev_b.jsonl",
    "dev-kb": DATASETS / "grading_dev_kb.jsonl",
}
#: Phrasings by which a reply would evaluate the candidate or report their words.
#: "Exactly" praises only as an opener: "...so the gradient never becomes exactly zero" states.
PRAISE = re.compile(
    r"^\W*exactly\b|"
    r"\b(you(?:'re| are) (?:right|correct)|correct(?:ly)?,|good (?:point|answer|job)|"
    r"great|well done|nice|as you (?:said|mentioned|noted)|you (?:mentioned|said|noted|covered)|"
    r"your answer|spot on)\b",
    re.IGNORECASE,
)


class FeedbackCase(Frozen):
    case: AnswerCase
    feedback: str
    source: str
    praised: tuple[str, ...]  # key point ids the verdict calls right
    false_credit: tuple[str, ...]
    model_praise: tuple[str, ...]  # sentences of the model's part that evaluate the candidate
    corrected: tuple[str, ...]  # labelled misconceptions whose right statement is in the turn


class FeedbackReport(Frozen):
    set: str
    backend: str
    cases: tuple[FeedbackCase, ...]

    @property
    def wrong_turns(self) -> tuple[FeedbackCase, ...]:
        """Turns that call a wrong or missing point right, either way."""
        return tuple(c for c in self.cases if c.false_credit or c.model_praise)


def load_cases(path: Path) -> list[AnswerCase]:
    """The wrong and partial answers of a labelled set (they are where false praise hides)."""
    return [c for c in load_answers(path) if c.label != "strong" and c.covered is not None]


def _openings() -> dict[str, tuple[str, ...]]:
    """How each part of the verdict opens, in each of its wordings ("Good: ", "Missing: ")."""
    return {
        name: tuple(t.split("$")[0] for t in (texts if isinstance(texts, list) else [texts]))
        for name, texts in load_wording()["feedback"].items()
    }


def _verdict_points(text: str, question_id: str, knowledge: KnowledgeBase) -> tuple[str, ...]:
    """The key points named in the "Good: …" part of the verdict (code wording, so exact)."""
    opening = _openings()
    start = text.find(opening["covered"][0])  # "Good: "
    if start < 0:
        return ()
    later = [text.find(o, start + 1) for n, os in opening.items() if n != "covered" for o in os]
    end = min([i for i in later if i > 0], default=len(text))
    praised = text[start:end].lower()
    question = knowledge.question(question_id)
    return tuple(kp.id for kp in question.key_points if kp.text.rstrip(".").lower() in praised)


def _lower(text: str) -> str:
    return text.rstrip(".").lower()


def _labelled_misconceptions(case: AnswerCase, knowledge: KnowledgeBase) -> list[Misconception]:
    """The misconceptions a person labelled the answer with that the knowledge base has: a set
    written before a misconception was dropped from the base (mlops-01.m3, whose text a correct
    answer states too) still names it; that answer is then judged as wrong without it."""
    found = []
    for misconception_id in case.misconceptions or ():
        with contextlib.suppress(KeyError):
            found.append(knowledge.misconception(misconception_id))
    return found


def judge(case: AnswerCase, turn: Turn, knowledge: KnowledgeBase) -> FeedbackCase:
    praised = _verdict_points(turn.text, case.question_id, knowledge)
    labelled = _labelled_misconceptions(case, knowledge)
    contradicted = {m.corrects for m in labelled}
    false_credit = tuple(p for p in praised if p not in (case.covered or ()) or p in contradicted)
    model_part = turn.text if turn.source is TurnSource.MODEL else ""
    # The verdict opens the turn in the code's wording; only the model's sentences after it
    # may praise (the verdict's own "Good: ..." is counted as false credit above).
    openings = tuple(o for os in _openings().values() for o in os)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", model_part) if not s.startswith(openings)]
    shown = _lower(turn.text)
    corrected = tuple(
        m.id for m in labelled if _lower(knowledge.key_point(m.corrects).text) in shown
    )
    return FeedbackCase(
        case=case,
        feedback=turn.text,
        source=turn.source,
        praised=praised,
        false_credit=false_credit,
        model_praise=tuple(s for s in sentences if PRAISE.search(s)),
        corrected=corrected,
    )


def first_feedback(services: Services, case: AnswerCase) -> Turn | None:
    session, _ = InterviewSession.new(services, "practice", item=case.question_id, seed=0)
    for message in (case.answer, case.follow_up or "I don't know", "I don't know"):
        turns = session.send(message)
        feedback = next((t for t in turns if t.kind == TurnKind.FEEDBACK), None)
        if feedback is not None:
            return feedback
    return None


def run(services: Services, name: str, progress: bool = True) -> FeedbackReport:
    from tqdm import tqdm

    cases = load_cases(SETS[name])
    judged = []
    for case in tqdm(cases, desc="feedback", disable=not progress):
        turn = first_feedback(services, case)
        if turn is not None:
            judged.append(judge(case, turn, services.knowledge))
    return FeedbackReport(set=name, backend=services.backend.name, cases=tuple(judged))


def markdown(report: FeedbackReport) -> str:
    cases = report.cases
    labelled = sum(len(c.case.misconceptions or ()) for c in cases)
    corrected = sum(len(c.corrected) for c in cases)
    by_style = Counter(c.case.style for c in report.wrong_turns)
    lines = [
        f"Feedback on {len(cases)} wrong and partial answers ({report.set} set, "
        f"--llm {report.backend}):",
        "",
        "| measure | value |",
        "|---|---|",
        f"| turns that call a wrong or missing point right | **{len(report.wrong_turns)}** |",
        f"| … by the verdict's Good: (false credit) | {sum(bool(c.false_credit) for c in cases)} |",
        f"| … by the model's explanation (praise) | {sum(bool(c.model_praise) for c in cases)} |",
        f"| key points praised | {sum(len(c.praised) for c in cases)} |",
        f"| misconceptions corrected | {corrected} of {labelled} |",
        f"| turns with the model's explanation | {sum(c.source == 'model' for c in cases)} |",
    ]
    if report.wrong_turns:
        lines += ["", f"By voice: {dict(by_style)}", ""]
        for c in report.wrong_turns:
            why = ", ".join([*c.false_credit, *(f"praise: {s!r}" for s in c.model_praise)])
            lines.append(f"- {c.case.question_id} ({c.case.style}) {why}: {c.case.answer!r}")
            lines.append(f"  → {c.feedback!r}")
    return "\n".join(lines)
