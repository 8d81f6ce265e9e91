"""The vocabulary every layer shares, each word defined once.

Turn kinds, intents, modes, why a question was chosen, verdicts, backends and the guard switch
are enums rather than loose strings, so a typo is an error where it is made, not a branch that
silently never runs. They are ``StrEnum``s: stored rows, JSON output and settings keep their
plain string values.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Frozen(BaseModel):
    """An immutable value: states and findings are replaced, never edited in place."""

    model_config = ConfigDict(frozen=True)


class TurnKind(StrEnum):
    QUESTION = "question"
    FOLLOW_UP = "follow_up"
    FEEDBACK = "feedback"
    SUMMARY = "summary"
    NOTICE = "notice"


class IntentKind(StrEnum):
    ANSWER = "answer"
    EMPTY = "empty"
    SKIP = "skip"
    REPEAT = "repeat"
    HINT = "hint"
    DONT_KNOW = "dont_know"
    END = "end"
    DRILL = "drill"
    UNKNOWN_TOPIC = "unknown_topic"
    CLARIFY = "clarify"  # what does the question mean?
    MODEL_ANSWER = "model_answer"  # how would you answer it?
    PROGRESS = "progress"  # how am I doing?
    ALREADY_SAID = "already_said"  # "I just told you": points back at an earlier answer
    YES = "yes"  # replies to the interviewer's yes/no question
    NO = "no"
    CONFIRM = "confirm"  # the recogniser is unsure: ask whether ``proposed`` is meant


class Mode(StrEnum):
    INTERVIEW = "interview"
    DRILL = "drill"
    PRACTICE = "practice"


class Chosen(StrEnum):
    """Why a question was asked where it was: the plan's order, or the drill adapting to the
    candidate (a harder one after strong answers, a simpler one after weak answers)."""

    PLANNED = "planned"
    HARDER = "harder"
    SIMPLER = "simpler"


class Role(StrEnum):
    CANDIDATE = "candidate"
    INTERVIEWER = "interviewer"


class TurnSource(StrEnum):
    """Who worded a turn: the engine's templates, or a model whose sentences the guard passed."""

    TEMPLATE = "template"
    MODEL = "model"


class Verdict(StrEnum):
    """What the claim checker (or an LLM judge) says of one claim."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNSUPPORTED = "unsupported"
    NOT_A_CLAIM = "not_a_claim"  # a greeting, a question, an instruction

    @property
    def kept(self) -> bool:
        """May a sentence with this verdict reach the candidate?"""
        return self in (Verdict.SUPPORTED, Verdict.NOT_A_CLAIM)


class Backend(StrEnum):
    EMBEDDED = "embedded"
    SERVER = "server"
    OPENAI = "openai"
    NONE = "none"


class Switch(StrEnum):
    ON = "on"
    OFF = "off"


class PointMatch(Frozen):
    """A key point and the part of the answer that states it (``span`` is None when missed)."""

    id: str
    text: str
    span: str | None = None
    similarity: float = 0.0
    in_full: bool = False  # said in nearly the key point's own words: only then is it praised


class MisconceptionMatch(Frozen):
    id: str
    text: str
    span: str  # the part of the answer that states it
    corrects: str  # the key point id that says what is right
    # How close the stating clause is to the misconception's closest wording it states (as
    # ``Matcher.states_misconception`` found it); 0 when it was found another way (by what it
    # says of the subject, or by a pronoun's subject) or for a key point stated wrong.
    similarity: float = 0.0


class Caution(Frozen):
    """A claim of the answer that the guide does not back ("unsupervised learning is always more
    accurate"): no key point says what corrects it, so none is named; it earns nothing."""

    span: str  # the part of the answer that says it
    claim: str  # the claim as one statement, its subject named as the guide names it


class Grade(Frozen):
    """The grader's findings: the only source of what feedback says about the candidate."""

    question_id: str
    score: float
    covered: tuple[PointMatch, ...]
    missed: tuple[PointMatch, ...]
    misconceptions: tuple[MisconceptionMatch, ...]
    cautions: tuple[Caution, ...] = ()  # claims the guide does not back

    def as_dict(self) -> dict[str, object]:
        """The public form: rounded score, spans of covered points, no similarities."""
        return {
            "question_id": self.question_id,
            "score": round(self.score, 3),
            "covered": [p.model_dump(exclude={"similarity"}) for p in self.covered],
            "missed": [p.model_dump(include={"id", "text"}) for p in self.missed],
            "misconceptions": [m.model_dump() for m in self.misconceptions],
            "cautions": [c.model_dump() for c in self.cautions],
        }


class Citation(Frozen):
    """A key point that a turn rests on, named so the candidate can look it up."""

    question_id: str
    key_point_id: str
    text: str
    source: str = ""  # the study guide, or the paper, book or documentation the point is from


class SummaryRow(Frozen):
    item_id: str
    question_id: str
    topic: str
    score: float
    covered: tuple[str, ...]
    missed: tuple[str, ...]
    skipped: bool
    chosen: Chosen = Chosen.PLANNED  # why the question was asked where it was
    title: str = ""  # the question's title; "" in summaries stored before it was kept


class Summary(Frozen):
    average: float | None
    rows: tuple[SummaryRow, ...]
    study: tuple[Citation, ...]
    drill_next: str | None  # a topic id, as the CLI's --drill takes it
    drill_next_title: str = ""  # its name as a candidate says it; "" in older summaries


class ClaimVerdict(Frozen):
    """One claim of a model's text, as the claim checker judged it, with the passage it rests on."""

    text: str
    verdict: Verdict
    evidence: str | None = None
    reason: str = ""


class Pause(Frozen):
    after: str  # the word before the silence
    at: float
    seconds: float


class Delivery(Frozen):
    """How a spoken answer was delivered: pace, fillers, length and long pauses."""

    words: int
    seconds: float
    words_per_minute: float
    fillers: dict[str, int]
    filler_count: int
    fillers_per_100_words: float
    length: str  # short | good | long, against the recommended range
    recommended_words: tuple[int, int]
    long_pauses: tuple[Pause, ...]


class Turn(Frozen):
    """One stored line of a session: the candidate's message or an interviewer turn.

    An interviewer turn keeps everything needed to audit it (guard verdicts, the passages it was
    checked against, backend, latency, tokens); ``public`` is what a candidate or client sees.
    """

    role: Role = Role.INTERVIEWER
    kind: str  # a TurnKind for the interviewer, the recognised IntentKind for the candidate
    text: str
    question_id: str | None = None
    topic: str | None = None
    grade: Grade | None = None
    citations: tuple[Citation, ...] = ()
    summary: Summary | None = None
    delivery: Delivery | None = None  # a spoken answer's delivery
    source: TurnSource = TurnSource.TEMPLATE
    guard: tuple[ClaimVerdict, ...] = ()
    contexts: tuple[str, ...] = ()  # the guide passages a model-phrased turn was checked against
    backend: Backend = Backend.NONE
    latency_s: float = 0.0
    tokens: dict[str, int] = {}

    @property
    def by_candidate(self) -> bool:
        return self.role is Role.CANDIDATE

    def public(self) -> dict[str, object]:
        """What a client sees of an interviewer turn: no guard internals, no contexts."""
        shown: dict[str, object] = {
            "kind": self.kind,
            "text": self.text,
            "question_id": self.question_id,
            "topic": self.topic,
            "grade": self.grade.as_dict() if self.grade else None,
            "citations": [c.model_dump() for c in self.citations],
        }
        if self.summary:
            shown["summary"] = self.summary.model_dump(mode="json")
        return shown
