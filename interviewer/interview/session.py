"""One candidate's interview: the I/O around the pure engine.

A message is cleaned, its intent recognised and the message stored; the engine decides, and each
of its drafts becomes a turn in the engine's own words (for feedback, when a model runs, followed
by the model's explanation of one point, every sentence checked by the guard). The new state and
the turns are stored together, so a session can be resumed by id after a crash.
"""

from __future__ import annotations

import itertools
import secrets
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from interviewer.core import engine
from interviewer.core.engine import (
    Deps,
    Intent,
    InterviewState,
    Phase,
    TurnDraft,
    current_question,
)
from interviewer.core.plan import PlanItem, drill_plan, drill_size, interview_plan, practice_plan
from interviewer.core.wording import say
from interviewer.interview.asked import asks_left, asks_score, points_back
from interviewer.interview.intents import IntentRecognizer, ModelReading
from interviewer.interview.sanitize import Cleaned, clean_message
from interviewer.interview.sessions_db import LOCAL_OWNER, SessionStore
from interviewer.interview.transcript import best_scores
from interviewer.judging.claim_checker import ClaimChecker
from interviewer.judging.follow_up import grade_with_follow_up
from interviewer.judging.grader import Grader
from interviewer.judging.guard import SentenceGuard
from interviewer.judging.matching import Matcher
from interviewer.knowledge.embeddings import GuideEmbeddings, make_embeddings
from interviewer.knowledge.indexing import open_ready_store
from interviewer.knowledge.packs import load_with_packs
from interviewer.knowledge.retrieval import Retriever
from interviewer.knowledge.schema import KnowledgeBase
from interviewer.llm.backends import (
    BackendChoice,
    EmbeddedChatModel,
    choose_backend,
    make_chat_model,
)
from interviewer.llm.context_budget import TokenLedger
from interviewer.llm.replies import Reply, ReplySource, reply_with_fallback
from interviewer.prompt_files import render_prompt
from interviewer.settings import Settings
from interviewer.types import (
    Delivery,
    IntentKind,
    Mode,
    Role,
    Switch,
    Turn,
    TurnKind,
    TurnSource,
)

REQUESTS_FILE = "requests.yaml"  # in the knowledge folder: example requests for the recogniser
DEFAULT_QUESTIONS = {Mode.INTERVIEW: 5, Mode.DRILL: 4, Mode.PRACTICE: 1}
RETRIEVED_PASSAGES = 3

TextSink = Callable[[str], None]
TurnSink = Callable[[Turn], None]


@dataclass
class Services:
    """What every session shares; built once per process (the models load once)."""

    settings: Settings
    knowledge: KnowledgeBase
    embeddings: GuideEmbeddings
    grader: Grader
    checker: ClaimChecker
    recognizer: IntentRecognizer
    retriever: Retriever | None  # only a model's feedback draws on it
    model: BaseChatModel | None
    backend: BackendChoice
    store: SessionStore

    @classmethod
    def build(cls, settings: Settings, progress: bool = False) -> Services:
        knowledge = load_with_packs(settings)
        embeddings = make_embeddings(settings)
        matcher = Matcher(knowledge, embeddings, progress)
        checker = ClaimChecker(matcher)  # the grader reads statements with it too
        model = make_chat_model(settings, progress=progress)
        backend = choose_backend(settings)
        retriever = consult = None
        if model is not None:  # without a model the interview never searches the guide
            index, _ = open_ready_store(settings, embeddings, knowledge, progress=progress)
            retriever = Retriever(index, embeddings, settings.retrieval)
            consult = ModelReading(model, backend.name, settings.intent_timeout)
        return cls(
            settings=settings,
            knowledge=knowledge,
            embeddings=embeddings,
            grader=Grader(matcher, checker=checker),
            checker=checker,
            recognizer=IntentRecognizer(
                knowledge, embeddings, settings.knowledge_dir / REQUESTS_FILE, consult
            ),
            retriever=retriever,
            model=model,
            backend=backend,
            store=SessionStore(settings.sessions_database),
        )

    def history(self, owner: str) -> dict[str, float]:
        """The best score of every question this person answered in earlier sessions."""
        return best_scores(list(self.store.states(owner).values()))


def _draft_turn(draft: TurnDraft, **extra: object) -> Turn:
    return Turn(
        kind=draft.kind,
        text=draft.text,
        question_id=draft.question_id,
        topic=draft.topic,
        grade=draft.grade,
        citations=draft.citations,
        summary=draft.summary,
        **extra,  # type: ignore[arg-type]
    )


def feedback_contexts(services: Services, question_id: str, topic: str | None) -> list[str]:
    """The guide passages feedback on a question may rest on: its own, then the nearest others.

    Retrieved by the question, not the answer, so the prompt that carries them is the same for
    every answer to the question (and a local model can have it ready before the answer)."""
    question = services.knowledge.question(question_id)
    assert services.retriever is not None, "the retriever is built whenever a model runs"
    retrieved = services.retriever.search(question.question, RETRIEVED_PASSAGES, topic)
    return list(dict.fromkeys([*question.passages, *(h.text for h in retrieved)]))


def feedback_system_message(
    services: Services, question_id: str, contexts: list[str]
) -> SystemMessage:
    """The fixed part of the feedback prompt: the same for every answer to the question, so the
    model can read it while the candidate is still answering (see ``InterviewSession._warm``)."""
    question = services.knowledge.question(question_id)
    return SystemMessage(
        render_prompt(
            "feedback_system",
            question=question.question,
            context="\n".join(contexts),
            sentences=str(services.settings.feedback_sentences),
        )
    )


def _point_to_teach(draft: TurnDraft, knowledge: KnowledgeBase) -> str:
    """The one point worth the model's explanation: the first the verdict corrects or names as
    missing (a follow-up the candidate could not answer comes first there). A complete answer
    needs no lesson: its feedback is the code's verdict alone."""
    assert draft.grade is not None
    covered = {p.id for p in draft.grade.covered}
    corrected = {m.corrects for m in draft.grade.misconceptions}
    first = next(
        c for c in draft.citations if c.key_point_id in corrected or c.key_point_id not in covered
    )
    return knowledge.key_point(first.key_point_id).text


def _is_slow_notice(turn: Turn) -> bool:
    """Is this stored turn the notice that the model was too slow (with any number of seconds)?"""
    head, _, tail = say("model_slow", seconds="\0").partition("\0")
    return turn.kind == TurnKind.NOTICE and turn.text.startswith(head) and turn.text.endswith(tail)


def _why_unexplained(reply: Reply, slow_said: Callable[[], bool]) -> list[Turn]:
    """The notice for feedback that comes without the model's explanation. A model that is
    merely slow on this machine is said calmly as such, once a session (``slow_said``: was it
    said already?): on a busy machine a walkthrough's candidate read it on 4 of 6 feedback
    turns, where once tells them what to expect; the verdict still comes without the wait. One
    that failed keeps the reply's own notice, which says it is unavailable and why."""
    if reply.slow:
        if slow_said():
            return []
        return [Turn(kind=TurnKind.NOTICE, text=say("model_slow", seconds=round(reply.seconds)))]
    return [Turn(kind=TurnKind.NOTICE, text=reply.notice)] if reply.notice else []


class InterviewSession:
    def __init__(
        self, services: Services, session_id: str, state: InterviewState, owner: str
    ) -> None:
        self.services = services
        self.id = session_id
        self.state = state
        self.owner = owner
        seed = state.seed
        knowledge, settings = services.knowledge, services.settings
        self._deps = Deps(
            # A follow-up's answer is also graded alone, for what it states wrong.
            grade=lambda answer, item, follow_up="", probed=(), probe="": grade_with_follow_up(
                services.grader,
                knowledge,
                answer,
                item.key_points,
                item.question_id,
                follow_up,
                probed,
                probe,
            ),
            drill=lambda topic: drill_plan(
                knowledge, topic, self._drill_length(), seed, services.history(owner)
            ),
            topic_titles={t.id: t.title for t in knowledge.topics},
            key_point_text=lambda kp: knowledge.key_point(kp).text,
            key_point_hint=lambda kp: knowledge.key_point(kp).hint or "",
            strong_answer=settings.strong_answer,
            weak_answer=settings.weak_answer,
            key_point_source=lambda kp: knowledge.question(kp.split(".")[0]).cited_source,
            akin_points=services.grader.akin_points,
            asked_term=services.recognizer.asked_term,
            defining_point=services.grader.defining_point,
            spelled_out=lambda term: named[0] if (named := knowledge.spelled_out(term)) else "",
            points_back=lambda message: points_back(services.recognizer, message),
            guesses=services.recognizer.guesses,
            asks_left=asks_left,
            asks_score=asks_score,
        )

    def _drill_length(self) -> int:
        """A drill asked for mid-session is as long as the session the candidate asked for
        (``--questions 6``), else a drill's default."""
        return self.state.requested or DEFAULT_QUESTIONS[Mode.DRILL]

    # --- starting and resuming ----------------------------------------------------------------

    @classmethod
    def new(
        cls,
        services: Services,
        mode: Mode = Mode.INTERVIEW,
        topic: str | None = None,
        questions: int | None = None,
        item: str | None = None,
        seed: int | None = None,
        owner: str = LOCAL_OWNER,
    ) -> tuple[InterviewSession, list[Turn]]:
        """A fresh session; raises KeyError for an unknown topic or question id.

        ``seed`` picks the questions (random unless given, so a replay can be exact); ``owner``
        is the person (or browser) whose session it is: only they see and open it."""
        mode, knowledge = Mode(mode), services.knowledge
        seed = secrets.randbelow(2**31) if seed is None else seed
        count = questions or DEFAULT_QUESTIONS[mode]
        plan: tuple[PlanItem, ...]
        reserve: tuple[PlanItem, ...] = ()
        if mode is Mode.DRILL:
            knowledge.topic(topic or "")
            drill = drill_plan(knowledge, topic or "", count, seed, services.history(owner))
            plan, reserve, count = drill.plan, drill.reserve, drill_size(count)
        elif mode is Mode.PRACTICE:
            plan = practice_plan(knowledge, item, seed)
        else:
            plan = interview_plan(knowledge, count, seed)
        state = InterviewState(
            mode=mode, topic=topic, plan=plan, reserve=reserve, requested=count, seed=seed
        )
        session_id = uuid.uuid4().hex[:12]
        services.store.create(session_id, mode, topic, state.model_dump_json(), owner)
        session = cls(services, session_id, state, owner)
        state, drafts = engine.start(state, session._deps)
        turns = [_draft_turn(d, backend=services.backend.name) for d in drafts]
        session._save(state, turns)
        session._warm()
        return session, turns

    @classmethod
    def resume(cls, services: Services, session_id: str) -> tuple[InterviewSession, list[Turn]]:
        """Pick up a stored session where it stopped; raises SessionNotFound."""
        state = InterviewState.model_validate_json(services.store.state(session_id))
        session = cls(services, session_id, state, services.store.owner(session_id) or LOCAL_OWNER)
        stored = services.store.turns(session_id)
        if stored and stored[-1].by_candidate:  # stored, then the process died before a reply
            last = clean_message(stored[-1].text, services.settings.max_answer_chars)
            intent = session._understand(last)
            return session, session._respond(intent, [], None)
        item = state.item
        if state.phase is Phase.FINISHED or item is None:
            return session, [
                Turn(kind=TurnKind.NOTICE, text=say("finished", topic=state.topic or "drift"))
            ]
        session._warm()
        welcome = say("welcome_back", position=state.position + 1, total=len(state.plan))
        return session, [
            Turn(kind=TurnKind.NOTICE, text=welcome),
            _draft_turn(current_question(state)),
        ]

    # --- one exchange -----------------------------------------------------------------------

    def send(
        self,
        message: str,
        on_text: TextSink | None = None,
        delivery: Delivery | None = None,
        client_id: str | None = None,
        on_turn: TurnSink | None = None,
    ) -> list[Turn]:
        """The candidate's message in, the interviewer's turns out (feedback text streams).

        ``on_turn``: called with each turn as soon as it is said, so a notice said before a
        streamed feedback is shown before it, not once the whole reply is in.

        ``delivery``: how a spoken answer was delivered (pace, fillers), kept with the message.
        ``client_id``: the sender's id for this message; a second send with the same id raises
        DuplicateMessage before anything is graded, so a retried request never counts twice.
        """
        settings = self.services.settings
        cleaned = clean_message(message, settings.max_answer_chars)
        intent = self._understand(cleaned)
        candidate = Turn(
            role=Role.CANDIDATE, kind=intent.kind, text=cleaned.whole, delivery=delivery
        )
        self.services.store.add_message(self.id, candidate, client_id)
        notices = [Turn(kind=TurnKind.NOTICE, text=notice) for notice in cleaned.notices]
        return self._respond(intent, notices, on_text, on_turn)

    def _understand(self, cleaned: Cleaned) -> Intent:
        if cleaned.instructs:  # "give me a perfect score" is no request for the score so far
            return Intent(kind=IntentKind.ANSWER, text=cleaned.text, instructs=True)
        intent = self.services.recognizer.recognize(
            cleaned.text, awaiting_confirmation=self.state.pending is not None
        )
        if intent.kind is IntentKind.PROGRESS and not intent.text:
            # What it asks (how many are left, the score) is read from its words.
            intent = intent.model_copy(update={"text": cleaned.text})
        return intent

    def _respond(
        self,
        intent: Intent,
        said: list[Turn],
        on_text: TextSink | None,
        on_turn: TurnSink | None = None,
    ) -> list[Turn]:
        """The engine's step and its turns, stored with the new state once all are said.

        The candidate's message is already stored (write-ahead): if the process dies here, the
        message is answered when the session is resumed."""
        state, drafts = engine.step(self.state, intent, self._deps)
        turns: list[Turn] = []
        # Drafts render one after another (a feedback streams), so each turn goes out when said.
        for batch in itertools.chain([said], (self._render(d, on_text) for d in drafts)):
            turns.extend(batch)
            if on_turn:
                for turn in batch:
                    on_turn(turn)
        self._save(state, turns)
        self._warm()
        return turns

    def _warm(self) -> None:
        """While the candidate reads and answers, let the model read the feedback prompt's
        fixed part for the question now asked (in the background; it never delays a reply)."""
        services, item = self.services, self.state.item
        model = services.model
        if (
            not isinstance(model, EmbeddedChatModel)
            or services.settings.llm_warm is not Switch.ON
            or item is None
            or self.state.phase is Phase.FINISHED
        ):
            return

        def warm() -> None:  # retrieval included: none of it on the candidate's request
            contexts = feedback_contexts(services, item.question_id, item.topic)
            model.warm([feedback_system_message(services, item.question_id, contexts)])

        threading.Thread(target=warm, daemon=True).start()

    def _save(self, state: InterviewState, turns: list[Turn]) -> None:
        self.state = state
        status = "finished" if state.phase is Phase.FINISHED else "active"
        self.services.store.record(
            self.id, state.model_dump_json(), status, state.mode, state.topic, turns
        )

    def _render(self, draft: TurnDraft, on_text: TextSink | None) -> list[Turn]:
        grade = draft.grade
        nothing_to_teach = grade is None or not (grade.missed or grade.misconceptions)
        if draft.kind is not TurnKind.FEEDBACK or self.services.model is None or nothing_to_teach:
            return [_draft_turn(draft, backend=self.services.backend.name)]
        return self._phrase_feedback(draft, on_text)

    def _phrase_feedback(self, draft: TurnDraft, on_text: TextSink | None) -> list[Turn]:
        """The code's verdict at once, then the model's explanation of one point.

        What the candidate got right, wrong or missed is the engine's wording of the grader's
        findings (``draft.text``), shown before the model starts. The model only teaches the
        most important point (see ``_point_to_teach``), without seeing the answer, and the guard
        keeps only sentences the guide supports that do not speak about the candidate.
        """
        services, grade = self.services, draft.grade
        assert grade is not None and draft.question_id is not None
        if on_text:
            on_text(draft.text + " ")
        contexts = feedback_contexts(services, draft.question_id, draft.topic)
        point = _point_to_teach(draft, services.knowledge)
        sentences = str(services.settings.feedback_sentences)
        messages = [
            feedback_system_message(services, draft.question_id, contexts),
            HumanMessage(render_prompt("feedback_request", point=point, sentences=sentences)),
        ]
        guarded = services.settings.guard == Switch.ON
        guard = SentenceGuard(
            services.checker,
            contexts,
            answer="",  # the model never saw the answer and may say nothing about it
            emit=on_text,
            max_sentences=services.settings.feedback_sentences,
            grade=grade,  # what may back a sentence evaluating the candidate
            said=draft.text,  # the verdict, already on screen
        )
        reply = reply_with_fallback(
            services.model,
            messages,
            "",
            services.settings,
            on_token=guard.feed if guarded else on_text,
            enough=(lambda: guard.done) if guarded else None,
            budget=services.settings.feedback_budget,
        )
        common = {
            "contexts": contexts,
            "backend": services.backend.name,
            "latency_s": round(reply.seconds, 3),
            "tokens": {"prompt": reply.prompt_tokens, "completion": reply.completion_tokens},
        }
        if reply.source is ReplySource.FALLBACK:
            return [*_why_unexplained(reply, self._slow_said), _draft_turn(draft, **common)]
        explained = guard.finish() if guarded else reply.text
        if not explained:  # nothing of the model's kept: say why if it was cut short
            verdicts = tuple(guard.verdicts)
            notice = _why_unexplained(reply, self._slow_said)
            return [*notice, _draft_turn(draft, guard=verdicts, **common)]
        turn = _draft_turn(draft, source=TurnSource.MODEL, guard=tuple(guard.verdicts), **common)
        return [turn.model_copy(update={"text": f"{draft.text} {explained}"})]

    def _slow_said(self) -> bool:
        """Has this session told the candidate already that the model was too slow? Read from
        the stored turns, so a resumed session does not say it again either."""
        return any(_is_slow_notice(t) for t in self.services.store.turns(self.id))

    @property
    def asked(self) -> str:
        """The question or follow-up now waiting for an answer ("" once finished): what a spoken
        answer is transcribed against."""
        if self.state.phase is Phase.FINISHED or self.state.item is None:
            return ""
        return current_question(self.state).text

    def usage(self) -> TokenLedger:
        """Tokens this session's model turns used so far (rebuilt from the store on resume)."""
        ledger = TokenLedger()
        for turn in self.services.store.turns(self.id):
            if turn.tokens:
                ledger.add(turn.tokens.get("prompt", 0), turn.tokens.get("completion", 0))
        return ledger
