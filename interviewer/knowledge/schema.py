"""The study guide as validated data: questions, key points, trade-offs, misconceptions, topics.

Everything downstream (retrieval, grading, the interview plan, the evals) trusts these objects,
so a broken file must fail loudly here, naming the file, the entry and the field.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    field_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

#: The longest abbreviation read as the initials of a question's title.
ABBREVIATION_LETTERS = 6
#: Capitalised words that open a title without being part of a name ("The Adam optimiser").
_TITLE_OPENERS = frozenset({"A", "An", "The", "How", "Why", "What", "When", "Which"})


def _names(word: str) -> bool:
    """Is a title's word part of a name whose initials make an abbreviation? A capitalised word
    ("Population", "Kolmogorov-Smirnov"), not an opener ("The", "How") nor an abbreviation
    itself ("ReLU", "CNNs", "ML"), whose letters are not initials."""
    parts = word.strip(",:").split("-")
    return word not in _TITLE_OPENERS and all(
        part[:1].isupper() and part[1:].islower() for part in parts
    )


#: The guide's questions are q01..q11; questions written beyond it are <topic>-NN.
QUESTION_ID = r"^(?:q\d\d|[a-z][a-z-]*-\d\d)$"
_ENTRY = r"^(?:q\d\d|[a-z][a-z-]*-\d\d)\."
TOPIC_ID = r"^[a-z][a-z-]*$"
GUIDE_SOURCE = "the study guide (AI/ML interview questions)"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


#: An error and where it is: a pydantic location (field names and list indexes) and a message.
_Located = tuple[tuple[int | str, ...], str]


def _located_errors(model: str, errors: list[_Located]) -> ValidationError:
    """Errors each at its own location, so a report names each wrong entry and field rather
    than only the first."""
    return ValidationError.from_exception_data(
        model,
        [
            InitErrorDetails(
                type=PydanticCustomError("knowledge", "{message}", {"message": message}),
                loc=loc,
                input=None,
            )
            for loc, message in errors
        ],
    )


class KeyPoint(_Strict):
    id: str = Field(pattern=_ENTRY + r"k\d+$")
    text: str = Field(min_length=10)
    #: Other ways a candidate says the same point (terse, spoken, other words): the grader credits
    #: a clause that states any of them, since one reference sentence misses short answers.
    said_as: list[str] = Field(default_factory=list)
    #: A nudge towards the point that does not state it: the area to look at, as a question. A
    #: hint that quoted the point would hand the candidate the answer it is meant to draw out.
    hint: str | None = None


class TradeOff(_Strict):
    id: str = Field(pattern=_ENTRY + r"t\d+$")
    probe: str = Field(min_length=10)
    key_points: list[str] = Field(min_length=1)


class Misconception(_Strict):
    id: str = Field(pattern=_ENTRY + r"m\d+$")
    text: str = Field(min_length=10)
    corrects: str
    #: Other ways a candidate states the same wrong idea: the grader finds a misconception said
    #: in other words as it credits a key point said in other words, so it is corrected.
    said_as: list[str] = Field(default_factory=list)


class Source(_Strict):
    """Where a question's facts come from: a paper, a textbook chapter, official documentation."""

    title: str = Field(min_length=3)
    by: str = Field(min_length=2)  # authors or publisher
    section: str | None = None

    def __str__(self) -> str:
        where = f", {self.section}" if self.section else ""
        return f"{self.by}: {self.title}{where}"


class Question(_Strict):
    id: str = Field(pattern=QUESTION_ID)
    title: str
    difficulty: int = Field(ge=1, le=3)
    topics: list[str] = Field(min_length=1)
    source: Source | None = None  # None: one of the guide's own questions
    question: str = Field(min_length=10)
    phrasings: list[str] = Field(min_length=2)
    reference_answer: str = Field(min_length=40)
    #: Core first: what the question asks, then what qualifies it, then details. The score
    #: weighs each point by its place (``judging.grader.point_weights``).
    key_points: list[KeyPoint] = Field(min_length=2)
    #: Key points the question's own words state ("Ground-truth labels arrive weeks late or not
    #: at all. How can you still watch for drift?"): the premise, not something the answer is
    #: asked for. An interview leaves them out of what it grades (neither credited nor missed),
    #: so the feedback never tells a candidate to say what the question told them.
    given: list[str] = Field(default_factory=list)
    trade_offs: list[TradeOff] = Field(min_length=1)
    misconceptions: list[Misconception] = Field(min_length=1)

    @property
    def from_guide(self) -> bool:
        return self.source is None

    @property
    def cited_source(self) -> str:
        """What a citation of this question's key points names as their source."""
        return GUIDE_SOURCE if self.source is None else str(self.source)

    @property
    def asked_points(self) -> list[str]:
        """The key points an answer is asked to make: all but those the question states."""
        return [kp.id for kp in self.key_points if kp.id not in self.given]

    @property
    def passages(self) -> list[str]:
        """What feedback on this question may rest on: the reference answer, then the key points."""
        return [self.reference_answer, *(kp.text for kp in self.key_points)]

    @field_validator("key_points", "trade_offs", "misconceptions", mode="wrap")
    @classmethod
    def _entries_belong_to_this_question(
        cls, value: Any, validate: ValidatorFunctionWrapHandler, info: ValidationInfo
    ) -> Any:
        """Every entry's id starts with the question's, and every key point an entry names is one
        of the question's own. Each wrong id is reported where it is, together with the entries'
        other problems, so a report lists them all."""
        errors = _foreign_ids(value, info.data.get("id"))
        try:
            entries = validate(value)
        except ValidationError as error:
            found: list[_Located] = [(e["loc"], e["msg"]) for e in error.errors()]
            raise _located_errors(cls.__name__, found + errors) from None
        points = entries if info.field_name == "key_points" else info.data.get("key_points")
        if points is not None:  # references wait until the key points themselves are valid
            errors += _unknown_key_points(entries, {kp.id for kp in points})
        if errors:
            raise _located_errors(cls.__name__, errors)
        return entries

    @field_validator("given")
    @classmethod
    def _given_are_own_key_points(cls, value: list[str], info: ValidationInfo) -> list[str]:
        """Each is one of the question's key points, and at least one is left to ask for."""
        points = info.data.get("key_points")
        if points is None:  # reported where the key points are
            return value
        own = [kp.id for kp in points]
        errors: list[_Located] = [
            ((n,), f"names unknown key point {kp_id}")
            for n, kp_id in enumerate(value)
            if kp_id not in own
        ]
        if not errors and set(own) <= set(value):
            errors.append(((), "leaves no key point for the answer to make"))
        if errors:
            raise _located_errors(cls.__name__, errors)
        return value


def _foreign_ids(entries: Any, question_id: str | None) -> list[_Located]:
    """The entries, as written, whose id does not start with their question's id."""
    if not question_id or not isinstance(entries, list):
        return []
    return [
        ((index, "id"), f"{entry['id']} must start with {question_id}.")
        for index, entry in enumerate(entries)
        if isinstance(entry, dict)
        and isinstance(entry.get("id"), str)
        and not entry["id"].startswith(question_id + ".")
    ]


def _unknown_key_points(entries: list[Any], own: set[str]) -> list[_Located]:
    """Where a trade-off or a misconception names a key point its question does not have."""
    errors: list[_Located] = []
    for index, entry in enumerate(entries):
        if isinstance(entry, TradeOff):
            errors += [
                ((index, "key_points", n), f"names unknown key point {kp_id}")
                for n, kp_id in enumerate(entry.key_points)
                if kp_id not in own
            ]
        elif isinstance(entry, Misconception) and entry.corrects not in own:
            errors.append(((index, "corrects"), f"corrects unknown key point {entry.corrects}"))
    return errors


class PracticeQuestion(_Strict):
    id: str
    question: str = Field(min_length=10)
    title: str | None = None  # a few words naming it on the scorecard; else its guide question's
    key_points: list[str] = Field(min_length=1)


class Topic(_Strict):
    id: str = Field(pattern=TOPIC_ID)
    title: str
    aliases: list[str] = Field(default_factory=list)
    #: The guide's topics have two or more (tests/test_knowledge.py); a pack's topic has none,
    #: and its drills ask only its own questions.
    practice: list[PracticeQuestion] = Field(default_factory=list)


class PackManifest(_Strict):
    """A question pack's optional pack.yaml: which topic its questions are drilled under."""

    topic: str | None = Field(default=None, pattern=TOPIC_ID)  # its own, as its questions name it
    title: str | None = Field(default=None, min_length=3)
    aliases: list[str] = Field(default_factory=list)
    into: str | None = None  # an existing topic to drill its questions under instead


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a knowledge file, said so that a person can find and fix it."""

    file: Path
    entry: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"entry {self.entry or '?'}, field {self.field}: " if self.field else ""
        return f"{self.file}: {where}{self.message}"

    def as_dict(self) -> dict[str, str | None]:
        return {
            "file": str(self.file),
            "entry": self.entry,
            "field": self.field,
            "message": self.message,
        }


class KnowledgeError(Exception):
    """The knowledge folder is missing or invalid; the message says where and how."""

    @classmethod
    def of(cls, problems: Iterable[Problem]) -> KnowledgeError:
        return cls("\n".join(str(p) for p in problems))


class ConfusableGroup(BaseModel):
    """Terms that are easily swapped for one another (see knowledge/confusables.yaml)."""

    model_config = ConfigDict(frozen=True)
    terms: list[str] = Field(min_length=2)


@dataclass(frozen=True)
class KnowledgeBase:
    questions: tuple[Question, ...]
    topics: tuple[Topic, ...]
    confusables: tuple[tuple[str, ...], ...] = ()
    #: Pairs of words of opposite sense (see knowledge/opposites.yaml).
    opposites: tuple[tuple[str, ...], ...] = ()
    #: Terms the guide sets against each other, for the claim checker only (see
    #: knowledge/siblings.yaml); ``confusables`` are such terms too.
    siblings: tuple[tuple[str, ...], ...] = ()
    #: Question id to the installed pack it came from (see ``packs``); the rest are the project's.
    pack_of: Mapping[str, str] = field(default_factory=dict)

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def key_point(self, key_point_id: str) -> KeyPoint:
        question = self.question(key_point_id.split(".")[0])
        for key_point in question.key_points:
            if key_point.id == key_point_id:
                return key_point
        raise KeyError(key_point_id)

    def misconception(self, misconception_id: str) -> Misconception:
        question = self.question(misconception_id.split(".")[0])
        for misconception in question.misconceptions:
            if misconception.id == misconception_id:
                return misconception
        raise KeyError(misconception_id)

    def topic(self, topic_id: str) -> Topic:
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)

    def spelled_out(self, term: str) -> tuple[str, Question] | None:
        """The name an abbreviation stands for, read from the title of the question about it
        ("PSI": "Population Stability Index"; "KS": "Kolmogorov-Smirnov"), with that question.
        A candidate who asks what "PSI" means is asking first what the letters are."""
        letters = term.strip().upper()
        if not 2 <= len(letters) <= ABBREVIATION_LETTERS or not letters.isalpha():
            return None
        for question in self.questions:
            name = list(itertools.takewhile(_names, question.title.split()))
            initials = "".join(part[0] for word in name for part in word.split("-"))
            if name and initials == letters:
                return " ".join(name).strip(",:"), question
        return None

    @property
    def topic_ids(self) -> list[str]:
        return [topic.id for topic in self.topics]

    @property
    def guide_questions(self) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.from_guide)

    def question_ids_for(self, topic_id: str) -> list[str]:
        """Guide questions tagged with the topic, plus those its practice questions draw on."""
        tagged = {q.id for q in self.guide_questions if topic_id in q.topics}
        drawn = {kp.split(".")[0] for p in self.topic(topic_id).practice for kp in p.key_points}
        return sorted(tagged | drawn)

    def questions_on(self, topic_id: str) -> list[Question]:
        """The questions of a topic, easier first: those filed under it, and the guide's that
        touch it (a question filed under another topic that only mentions this one is not)."""
        tagged = [
            q
            for q in self.questions
            if q.topics[0] == topic_id or (q.from_guide and topic_id in q.topics)
        ]
        return sorted(tagged, key=lambda q: (q.difficulty, not q.from_guide, q.id))


def _entry_and_field(raw: Any, loc: Iterable[int | str]) -> tuple[str | None, str]:
    """Turn a pydantic error location into the entry id a person can find and a readable field."""
    entry, node, path = None, raw, []
    for part in loc:
        path.append(f"[{part}]" if isinstance(part, int) else f".{part}")
        if isinstance(node, dict | list):
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                node = None
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            entry = node["id"]
    return entry, "".join(path).lstrip(".") or "(top level)"


def checked(
    model: type[BaseModel], raw: Any, file: Path, top_entry: str | None
) -> tuple[Any, list[Problem]]:
    """The validated object, or None and every problem pydantic found, each with its entry."""
    try:
        return model.model_validate(raw), []
    except ValidationError as error:
        problems = []
        for detail in error.errors():
            entry, where = _entry_and_field(raw, detail["loc"])
            problems.append(Problem(file, entry or top_entry, where, detail["msg"]))
        return None, problems


def _validate(model: type[BaseModel], raw: Any, file: Path, top_entry: str | None) -> Any:
    value, problems = checked(model, raw, file, top_entry)
    if problems:
        raise KnowledgeError.of(problems)
    return value


def parse_yaml(file: Path) -> tuple[Any, list[Problem]]:
    """The file's YAML, or None and the problem that stops it being read."""
    try:
        return yaml.safe_load(file.read_text(encoding="utf-8")), []
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        return None, [Problem(file, None, None, f"not valid YAML: {error}")]


def _read_yaml(file: Path) -> Any:
    raw, problems = parse_yaml(file)
    if problems:
        raise KnowledgeError.of(problems)
    return raw


def read_question(
    file: Path, topic_ids: Collection[str], taken: Mapping[str, str]
) -> tuple[Question | None, list[Problem]]:
    """One question file and everything wrong with it: its YAML, its fields, an id that is not
    the file's name or is already used (``taken``: id to where), topics not in ``topic_ids``.

    The question comes back whenever its fields are valid, so a caller can check it further
    (a pack's reference answers are graded) and report everything at once."""
    raw, problems = parse_yaml(file)
    if problems:
        return None, problems
    question, problems = checked(Question, raw, file, file.stem)
    if question is None:
        return None, problems
    if question.id != file.stem:
        problems.append(Problem(file, question.id, "id", "must match the file name"))
    if question.id in taken:
        problems.append(
            Problem(file, question.id, "id", f"used twice (also in {taken[question.id]})")
        )
    problems += [
        Problem(
            file,
            question.id,
            f"topics[{index}]",
            f"unknown topic {topic!r}; known topics: {', '.join(sorted(topic_ids))}",
        )
        for index, topic in enumerate(question.topics)
        if topic not in topic_ids
    ]
    return question, problems


def load_knowledge(folder: Path) -> KnowledgeBase:
    """The guide's questions (questions/q*.yaml, in guide order), then the questions written
    beyond it, one folder per topic (questions/<topic>/<topic>-NN.yaml)."""
    question_files = sorted((folder / "questions").glob("q*.yaml"))
    question_files += sorted((folder / "questions").glob("*/*.yaml"))
    topics_file = folder / "topics.yaml"
    if not question_files or not topics_file.is_file():
        raise KnowledgeError(
            f"{folder}: expected questions/q*.yaml and topics.yaml; "
            "set INTERVIEWER_KNOWLEDGE_DIR to the project's knowledge/ folder"
        )
    raw_topics = _read_yaml(topics_file)
    if not isinstance(raw_topics, list):
        raise KnowledgeError(f"{topics_file}: expected a list of topics")
    topics = [_validate(Topic, raw, topics_file, None) for raw in raw_topics]
    topic_ids = {t.id for t in topics}
    questions: list[Question] = []
    taken: dict[str, str] = {}
    for file in question_files:
        question, problems = read_question(file, topic_ids, taken)
        if problems or question is None:
            raise KnowledgeError.of(problems)
        questions.append(question)
        taken[question.id] = file.name

    knowledge = KnowledgeBase(
        tuple(questions),
        tuple(topics),
        _read_groups(folder / "confusables.yaml"),
        _read_groups(folder / "opposites.yaml"),
        _read_groups(folder / "siblings.yaml"),
    )
    _check_references(knowledge, topics_file)
    return knowledge


def _read_groups(file: Path) -> tuple[tuple[str, ...], ...]:
    """Groups of terms, lower case; an absent file is no groups (a pack has none)."""
    if not file.is_file():
        return ()
    return tuple(
        tuple(
            term.lower()
            for term in _validate(ConfusableGroup, {"terms": raw}, file, f"group {n + 1}").terms
        )
        for n, raw in enumerate(_read_yaml(file) or [])
    )


def _check_references(knowledge: KnowledgeBase, topics_file: Path) -> None:
    expected = [f"q{n:02d}" for n in range(1, len(knowledge.guide_questions) + 1)]
    if [q.id for q in knowledge.guide_questions] != expected:
        raise KnowledgeError(
            f"{topics_file.parent}: question ids must run q01..q{len(expected):02d}"
        )
    seen: set[str] = set()
    for topic in knowledge.topics:
        for practice in topic.practice:
            if practice.id in seen:
                raise KnowledgeError(f"{topics_file}: entry {practice.id}, field id: duplicate")
            seen.add(practice.id)
            for kp_id in practice.key_points:
                try:
                    knowledge.key_point(kp_id)
                except KeyError:
                    raise KnowledgeError(
                        f"{topics_file}: entry {practice.id}, field key_points: "
                        f"unknown key point {kp_id!r}"
                    ) from None
