"""Question packs: questions in the knowledge base's own schema, kept outside the project.

A teacher ships a folder of question YAML for a course; a candidate adds it, and it lives in the
data folder (``packs/<name>/``), so it survives upgrades and needs no write access to the
install. The project's questions load first, then each installed pack, checked against what is
already there: an id used twice or a topic nobody declared fails with its file, entry and field.

A pack's questions are drilled under one topic: ``into`` (an existing topic), else the pack's own
``topic`` (from ``pack.yaml``, else the folder's name), which joins the knowledge base as a new
topic unless it exists already. A single question file is a pack of one with no topic of its own.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from interviewer.knowledge.schema import (
    KnowledgeBase,
    KnowledgeError,
    PackManifest,
    Problem,
    Question,
    Topic,
    checked,
    load_knowledge,
    parse_yaml,
    read_question,
)
from interviewer.settings import Settings

MANIFEST = "pack.yaml"


@dataclass(frozen=True)
class Pack:
    """A pack as read: its questions as written, and where the manifest files them."""

    name: str
    manifest: PackManifest
    questions: tuple[Question, ...]  # as written; the first of each id
    files: Mapping[str, Path]  # question id to the file it was read from

    @property
    def topic(self) -> str | None:
        """The topic the pack's questions are drilled under, if the pack names one."""
        return self.manifest.into or self.manifest.topic

    def filed(self, question: Question) -> Question:
        """The question as the knowledge base holds it: the pack's topic first (a drill asks the
        questions filed under it), and its tag for the pack's own topic following an ``into``."""
        if self.topic is None:
            return question
        tags = [self.topic if t == self.manifest.topic else t for t in question.topics]
        return question.model_copy(update={"topics": list(dict.fromkeys([self.topic, *tags]))})


def pack_name(path: Path) -> str:
    """What a pack is called and installed as: its folder's name, or a single file's stem."""
    path = path.resolve()
    return path.name if path.is_dir() else path.stem


def _manifest(
    path: Path, knowledge: KnowledgeBase, overrides: Mapping[str, str]
) -> tuple[PackManifest, list[Problem]]:
    """pack.yaml with the command line's overrides; a folder's topic defaults to its name."""
    file = path / MANIFEST
    raw: dict[str, object] = {"topic": pack_name(path)} if path.is_dir() else {}
    problems: list[Problem] = []
    if path.is_dir() and file.is_file():
        declared, problems = parse_yaml(file)
        if isinstance(declared, dict):
            raw.update(declared)
        elif not problems:
            problems = [Problem(file, None, None, "expected a mapping (topic, title, aliases)")]
    raw.update(overrides)
    where = file if path.is_dir() and file.is_file() else path
    manifest, found = checked(PackManifest, raw, where, pack_name(path))
    problems += found
    if manifest is None:
        return PackManifest(), problems
    if manifest.into and manifest.into not in knowledge.topic_ids:
        problems.append(
            Problem(
                where,
                pack_name(path),
                "into",
                f"unknown topic {manifest.into!r}; known topics: "
                f"{', '.join(sorted(knowledge.topic_ids))}",
            )
        )
    return manifest, problems


def read_pack(
    path: Path, knowledge: KnowledgeBase, overrides: Mapping[str, str] | None = None
) -> tuple[Pack, list[Problem]]:
    """The pack at ``path`` (a folder, or one question file) and every problem it has against
    the knowledge base it would join; ``overrides`` replace fields of its pack.yaml."""
    manifest, problems = _manifest(path, knowledge, overrides or {})
    if path.is_dir():
        files = sorted(p for p in path.glob("*.yaml") if p.name != MANIFEST)
        if not files:
            problems.append(Problem(path, None, None, "no question files (*.yaml) here"))
    else:
        files = [path]
    topic_ids = set(knowledge.topic_ids) | ({manifest.topic} if manifest.topic else set())
    taken = {
        q.id: f"pack {knowledge.pack_of[q.id]}" if q.id in knowledge.pack_of else "the project"
        for q in knowledge.questions
    }
    questions: dict[str, Question] = {}
    where: dict[str, Path] = {}
    for file in files:
        question, found = read_question(file, topic_ids, taken)
        problems += found
        if question is None:
            continue
        if question.source is None:
            problems.append(
                Problem(file, question.id, "source", "a pack's question names its source")
            )
        taken.setdefault(question.id, file.name)
        questions.setdefault(question.id, question)
        where.setdefault(question.id, file)
    return Pack(pack_name(path), manifest, tuple(questions.values()), where), problems


def with_pack(knowledge: KnowledgeBase, pack: Pack) -> KnowledgeBase:
    """The knowledge base with the pack's questions filed under its topic, which is added when
    it is new (a pack's topic has no practice questions: its drills ask its own questions)."""
    topics = knowledge.topics
    if pack.topic and pack.topic not in knowledge.topic_ids:
        title = pack.manifest.title or pack.topic.replace("-", " ").capitalize()
        topics += (Topic(id=pack.topic, title=title, aliases=pack.manifest.aliases),)
    questions = tuple(pack.filed(q) for q in pack.questions)
    return dataclasses.replace(
        knowledge,
        questions=knowledge.questions + questions,
        topics=topics,
        pack_of={**knowledge.pack_of, **{q.id: pack.name for q in questions}},
    )


def installed(packs_dir: Path) -> list[Path]:
    """The installed packs' folders, in name order (the order they load in)."""
    if not packs_dir.is_dir():
        return []
    return sorted(p for p in packs_dir.iterdir() if p.is_dir() and not p.name.startswith("."))


def load_with_packs(settings: Settings, leave_out: str | None = None) -> KnowledgeBase:
    """The project's knowledge base, then every pack installed in the data folder (but
    ``leave_out``, a pack about to be replaced). A pack that no longer fits, say because the
    project now uses one of its ids, fails loudly, saying how to remove it."""
    knowledge = load_knowledge(settings.knowledge_dir)
    for folder in installed(settings.packs_dir):
        if folder.name == leave_out:
            continue
        pack, problems = read_pack(folder, knowledge)
        if problems:
            fix = f"fix it, or remove it: interviewer knowledge remove {folder.name}"
            raise KnowledgeError("\n".join([*map(str, problems), fix]))
        knowledge = with_pack(knowledge, pack)
    return knowledge


def install(pack: Pack, packs_dir: Path) -> Path:
    """Copy a valid pack's question files, and its pack.yaml as the overrides left it, into
    ``packs_dir/<name>``, replacing an earlier copy only once the new one is complete."""
    target = packs_dir / pack.name
    staging = packs_dir / f".{pack.name}.new"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for file in pack.files.values():
        shutil.copyfile(file, staging / file.name)
    # topic stays explicit even when empty: the installed folder's name is not a topic
    manifest = pack.manifest.model_dump(exclude_defaults=True) | {"topic": pack.manifest.topic}
    (staging / MANIFEST).write_text(yaml.safe_dump(manifest, sort_keys=False), encoding="utf-8")
    if target.exists():
        shutil.rmtree(target)
    staging.rename(target)
    return target


def uninstall(packs_dir: Path, name: str) -> None:
    """Delete an installed pack; KeyError if there is none by that name."""
    if name not in {folder.name for folder in installed(packs_dir)}:
        raise KeyError(name)
    shutil.rmtree(packs_dir / name)
