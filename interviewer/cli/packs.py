"""Checking a question pack the way the project's own questions are checked.

First the schema and the knowledge base the pack would join (``knowledge.packs``), then the
grader: every reference answer must earn its own key points and state none of its
misconceptions, as tests/test_knowledge.py asks of the project's questions, or candidates who
say what the pack says would be marked down. Every problem is reported at once, with its file,
entry and field, so a teacher fixes a pack in one pass.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from interviewer.judging.grader import Grader
from interviewer.judging.matching import Matcher
from interviewer.knowledge.embeddings import GuideEmbeddings
from interviewer.knowledge.packs import Pack, load_with_packs, pack_name, read_pack
from interviewer.knowledge.schema import KnowledgeBase, Problem
from interviewer.settings import Settings


def _grader_problems(pack: Pack, embeddings: GuideEmbeddings) -> list[Problem]:
    if not pack.questions:
        return []
    grader = Grader(Matcher(KnowledgeBase(pack.questions, topics=()), embeddings))
    problems = []
    for question in pack.questions:
        grade = grader.grade_reference(question)
        file = pack.files[question.id]
        problems += [
            Problem(
                file,
                question.id,
                "reference_answer",
                f"does not earn key point {point.id} from the grader ({point.text})",
            )
            for point in grade.missed
        ]
        problems += [
            Problem(
                file,
                question.id,
                "reference_answer",
                f"states misconception {wrong.id} ({wrong.span!r})",
            )
            for wrong in grade.misconceptions
        ]
    return problems


def check_pack(
    path: Path, settings: Settings, embeddings: GuideEmbeddings, overrides: Mapping[str, str]
) -> tuple[Pack, list[Problem]]:
    """The pack and all its problems, file by file, against the knowledge base it would join:
    the project's and the other installed packs (an installed copy of itself is left out, so
    adding a pack again replaces it)."""
    knowledge = load_with_packs(settings, leave_out=pack_name(path))
    pack, problems = read_pack(path, knowledge, overrides)
    problems += _grader_problems(pack, embeddings)
    return pack, sorted(problems, key=lambda problem: str(problem.file))
