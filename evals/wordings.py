"""Are right answers left uncorrected? The knowledge base's own right wordings, graded as answers.

Every key point lists ``said_as``: right ways a candidate may say it. Each, graded alone as an
answer to its question, should never be corrected: a correction there is a false "One
correction: ..." a candidate who says it would read. The set needs no labels (the knowledge base
says the wordings are right), so it measures false corrections on thousands of answers; each is
listed with its cause, a misconception of the question or the slip rule that fired, grouped so
that a family of causes shows as one line.
"""

from __future__ import annotations

import re
from collections import Counter

from interviewer.judging.grader import CONTRADICTED, Grader
from interviewer.judging.matching import Matcher
from interviewer.knowledge.schema import KnowledgeBase
from interviewer.types import Frozen

#: What a slip's reason says of the answer in particular (quoted words, numbers), left out so
#: that one rule's reasons group together.
_PARTICULARS = re.compile(r"'[^']*'|\d+(?:\.\d+)?")


class Correction(Frozen):
    key_point_id: str  # the point the wording says
    wording: str
    finding: str  # the misconception id, the slip's "<key point>:contradicted", or "caution"
    cause: str  # the misconception (id and text), or the slip's reason


class WordingsReport(Frozen):
    wordings: int
    corrections: tuple[Correction, ...]

    @property
    def corrected(self) -> int:
        """Wordings that drew at least one correction."""
        return len({(c.key_point_id, c.wording) for c in self.corrections})

    def by_cause(self) -> list[tuple[str, int]]:
        """Corrections per misconception, and per slip rule (its reason without the words)."""
        counts = Counter(
            _PARTICULARS.sub("…", c.cause) if c.finding.endswith(CONTRADICTED) else c.cause
            for c in self.corrections
        )
        return counts.most_common()


def run(matcher: Matcher, knowledge: KnowledgeBase) -> WordingsReport:
    """Grade each key point's every ``said_as`` wording against its question's key points."""
    grader = Grader(matcher)
    corrections, wordings = [], 0
    for question in knowledge.questions:
        key_point_ids = [kp.id for kp in question.key_points]
        for key_point in question.key_points:
            for wording in key_point.said_as:
                wordings += 1
                grade = grader.grade(wording, key_point_ids, question.id)
                corrections += [
                    Correction(
                        key_point_id=key_point.id,
                        wording=wording,
                        finding=m.id,
                        cause=(matcher.contradicts(m.span, m.corrects) or "")
                        if m.id.endswith(CONTRADICTED)
                        else f"{m.id}: {m.text}",
                    )
                    for m in grade.misconceptions
                ]
                # A caution on a right wording is as false as a correction (issue 13/14).
                corrections += [
                    Correction(
                        key_point_id=key_point.id,
                        wording=wording,
                        finding="caution",
                        cause=f"caution: the guide gives no rule that {c.claim}",
                    )
                    for c in grade.cautions
                ]
    return WordingsReport(wordings=wordings, corrections=tuple(corrections))


def markdown(report: WordingsReport) -> str:
    lines = [
        f"Right wordings corrected: {report.corrected} of {report.wordings} "
        f"({len(report.corrections)} corrections).",
        "",
        "| cause | corrections |",
        "|---|---|",
        *(f"| {cause} | {count} |" for cause, count in report.by_cause()),
        "",
    ]
    for c in sorted(report.corrections, key=lambda c: (c.finding, c.key_point_id)):
        lines.append(f"- {c.key_point_id} -> {c.finding} ({c.cause}): {c.wording}")
    return "\n".join(lines)
