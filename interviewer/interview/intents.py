"""What the candidate wants: an answer, a request in any words, or a reply to a yes/no question.

Recognised by code first, so a request works the same with any backend. In order:

1. The words are normalised: case, punctuation, fillers ("um", "uh") and openers ("ok so",
   "actually", "sorry") go, so a spoken transcript and a typed message look alike.
2. A reply to "Do you want to skip this question?" is a yes or a no, unless what follows the
   "no" is an answer ("no wait, precision is...") or another request.
3. Explicit shapes: a drill request ("drill me on X", "can we switch to X") with the topic found
   by its names; a clarifying question ("what do you mean by drift?").
4. Otherwise the message is compared by meaning with the example requests of
   knowledge/requests.yaml. A message that says something about machine learning beyond topic
   names is an answer: losing an answer costs the candidate a question, so when in doubt it is an
   answer, and in a narrow band of doubt the interviewer asks instead of guessing.
5. Only in that band, when a language model runs, the model labels the message, constrained to
   the intents (``ModelReading``); ``settle`` decides what its label may change. A model never
   sees a message the code is sure of, never scores, and never decides what comes next.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import yaml
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from interviewer.core.engine import Intent
from interviewer.judging.text import content_tokens
from interviewer.knowledge.embeddings import GuideEmbeddings
from interviewer.knowledge.schema import KnowledgeBase
from interviewer.llm.replies import choose
from interviewer.prompt_files import load_prompt, load_prompt_data
from interviewer.types import Backend, IntentKind

#: Similarity to a request's examples at which a message is that request.
REQUEST_SIMILARITY = 0.72
#: Below that but at least this similar: ask the candidate rather than guess.
ASK_SIMILARITY = 0.6
#: Words about machine learning (beyond topic names) that make a message an answer.
ANSWER_EVIDENCE = 2
#: Longer messages are answers whatever they resemble (an explicit request shape still counts).
MAX_REQUEST_WORDS = 40

_FILLER = re.compile(r"\b(?:u+m+|u+h+|e+r+m*|h+m+|m+h*m+|uh huh|you know|i mean)\b")
_OPENER = re.compile(
    r"^(?:(?:ok|okay|so|well|alright|all right|right|actually|sorry|hey|oh|look|listen|"
    r"before i answer|just checking|quick question|one question|"
    r"honestly|and|but|then|hi|hello|thanks|thank you|great|cool|nice|i think|i guess|maybe|"
    r"hmm|anyway|like|please|wait|hang on|hold on)\s+)+"
)
_POLITE_END = re.compile(
    r"\s+(?:please|thanks|thank you|if (?:that'?s|it'?s) (?:ok|okay|alright|all right|fine)|"
    r"if you don'?t mind|for now|for a bit|for a while|instead|now|then|ok|okay|alright|"
    r"(?:is )?it (?:is )?possible|is that (?:ok|okay|possible)|if possible)$"
)
_YES = re.compile(
    r"^(?:yes|yeah|yea|yep|yup|ya|sure|ok|okay|absolutely|of course|definitely|go ahead|"
    r"please do|do it|fine|alright|correct|mm hmm|uh huh|why not|sounds good|right)\b"
)
_NO = re.compile(
    r"^(?:no|nope|nah|not (?:yet|now|really|quite)|don'?t|do not|please don'?t|"
    r"let me (?:try|think|answer|give it)|i(?:'d| would) (?:like|rather) to (?:try|attempt|answer)|"
    r"keep going)\b"
)
#: Words that a topic's name does not contain ("who writes these questions?" names none).
_NOT_A_NAME = re.compile(
    r"\b(?:who|what|why|how|when|where|these|this|those|that|you|your|i|we|my|me|is|are)\b"
)
#: "Don't skip it", "not skip please": the request word is negated.
_NEGATED = re.compile(r"\b(?:not|don'?t|do not|no|never|without)\s+(?:\w+\s+)?$")
#: "I don't know X, but I think ..." goes on to answer.
_GOES_ON = re.compile(
    r"\b(?:but|though|although|however)\s+(?:i think|i believe|i guess|maybe|probably|"
    r"it'?s|it is)\b(?:\s+\S+){3,}"
)
#: After a yes or a no, these words start a different request ("no, but a hint?").
_OTHERWISE = re.compile(r"^(?:but|instead|rather|can|could|may|just|i'?d rather|i would rather)\b")
_CLARIFY = re.compile(
    r"^(?:what do you mean|what does .{1,40} mean here|do you mean|you mean|when you say|"
    r"by .{1,40} do you mean|is (?:this|that|it|the question) (?:about|asking)|"
    r"are (?:we|you) (?:talking|asking)|what exactly|in what sense|what kind of|"
    r"which (?:kind|type|one) do you mean|do you want (?:the|me to)|should i (?:assume|focus)|"
    r"could you clarify|can you clarify|clarify|you ask(?:ing)? (?:about|if|whether)|"
    r"meaning what|is this (?:a question )?about|(?:could|can) you define|"
    r"(?:are we|should i) assum(?:e|ing)|is there a (?:specific|particular)|"
    r"how (?:long|detailed|deep|technical|much detail)\b.{0,30}\b(?:answer|should|do you want))\b"
    r"|\b(?:just (?:to|so i) (?:make sure|clarify|check|be clear|answer the right thing)|"
    r"to make sure i understand|when you say \w+|\w+ meant (?:in|as|for)|"
    r"in a general sense|or (?:for )?a particular|"
    r"(?:do|would|should) you (?:want|like) (?:\w+ )?(?:explained|the math|an example|"
    r"a definition|the intuition)|in this context|the main point of the question)\b"
)
_DRILL_ME = re.compile(r"\b(?:drill|quiz|grill|test) me\b(?:\s+(?:on|about|in|with))?\s*(?P<x>.*)")
_SWITCH = re.compile(
    r"\b(?:switch|move|go|change|jump|turn|get)(?: over| back| on)?(?: (?:the )?topics?)?"
    r"\s+(?:to|onto)\s+(?P<x>.+)"
)
_ASK_FOR = re.compile(
    r"\b(?:(?:can|could|shall|may|should|would) (?:we|i|you)|let'?s|let us|i(?:'d| would)? "
    r"(?:like|love|want|prefer|rather)(?: to)?|i wanna|how about|what about|we|"
    r"give me|ask me|you mind if we)\b(?: \w+){0,3}? (?:do a drill on|try a drill on|"
    r"do a round on|do some|do|doing|practi[cs]e|focus on|drill(?: on)?|try|cover|go over|"
    r"go through|run through|work through|look at|spend (?:\w+ ){0,4}on|go deep on|concentrate on|"
    r"dig into|dive into|deep dive (?:into|on)|"
    r"study|review|talk about|work on|have|questions? (?:on|about|of)|some|round on|more|"
    r"go to|switched to)\s+(?P<x>.+)"
)
_TOPIC_ASIDE = r"(?:questions?|topic|topics|stuff|things?|drills?|a bit|some|the|more|round)"
#: Requests by their words, in priority order: asking for something beats saying "I don't know"
#: ("no idea, can I get a hint?" wants the hint). Only for messages that say nothing about ML.
_REQUESTS: list[tuple[IntentKind, re.Pattern[str]]] = [
    (
        IntentKind.END,
        re.compile(
            r"\b(?:call it a day|wrap (?:it |this |things )?up|cut (?:this|it) short|"
            r"(?:i'?m|we'?re|i am|we are) (?:done|finished)\b"
            r"(?! with (?:this|that) (?:one|question))|that'?s (?:all|enough|it) for (?:now|today)|"
            r"(?:have|need|gotta|got) to (?:go|leave|run|stop)|"
            r"(?:end|stop|finish|quit|close|terminate|conclude)(?: the| this| our| my)? "
            r"(?:interview|session|practice|it|here|now|things|today|there))\b"
            r"|^(?:end|stop|quit|exit)$"
        ),
    ),
    (
        IntentKind.SKIP,
        re.compile(
            r"\b(?:skip|pass on|move (?:on|past)|moving on|go on to|go next|next (?:one|question)|"
            r"jump (?:over|this|to the next)|leave (?:it|this|that)|another question|"
            r"come back to (?:it|this) later)\b|^(?:pass|next)$"
        ),
    ),
    (
        IntentKind.REPEAT,
        re.compile(
            r"\b(?:repeat(?: (?:the|that|your|this))?(?: (?:question|that|it|one))?"
            r"(?: (?:again|please|once more|one more time|from the start))*$|"
            r"(?:can|could|would) you repeat|please repeat|repeat the question|"
            r"say (?:it|that|this|the question) (?:again|once more)|say again|"
            r"one more time|come again|pardon|what was the question|"
            r"what did you (?:ask|say)|didn'?t (?:catch|hear|get) (?:that|it|the question|you)|"
            r"read (?:it|that|the question) (?:again|out)|ask (?:it|that|the question) again|"
            r"(?:i )?miss(?:ed)? (?:it|the question|that|what you said)|zoned out|cut out)\b"
        ),
    ),
    (
        IntentKind.HINT,
        re.compile(
            r"\b(?:hints?|(?<!no )(?<!not a )(?<!not one )clues?|nudge|pointer|point me|"
            r"some direction|right direction|starting point|where to start|first step|"
            r"help me (?:out|a little|a bit|with)|"
            r"give me (?:a|some) help|(?:give|lend) me a hand|i'?m stuck|i am stuck|tips?)\b"
        ),
    ),
    (
        IntentKind.MODEL_ANSWER,
        re.compile(
            r"\b(?:(?:what(?:'s| is| would be| was)?|show|tell|give|hear|see|share|know|read)\b"
            r"(?: \w+){0,4} (?:the|your|a|an) (?:model|right|correct|ideal|perfect|reference|"
            r"best|good|full|sample|expected|own|best possible|textbook) answer|"
            r"^(?:the |a |an |your )?(?:model|ideal|reference|correct|right|sample|perfect) answer|"
            r"how would (?:a|an|the) \w+(?: \w+)? (?:have )?answer(?:ed)?|"
            r"what would (?:a|an|the|you) (?:\w+ )?(?:candidate |engineer |expert )?say|"
            r"how (?:would )?you (?:would )?(?:have )?answer(?:ed)?|"
            r"how (?:should|would|do) (?:i|one|someone|an? (?:good|strong|great|top) candidate|"
            r"(?:good|strong) candidates?) (?:have )?answer(?:ed)?|how good candidate is answering|"
            r"walk me through (?:the|your|how)|tell me the answer|"
            r"show (?:me )?the answer|what'?s the answer|what is the answer)\b"
        ),
    ),
    (
        IntentKind.PROGRESS,
        re.compile(
            r"\b(?:how (?:am i|i'?m|i am) (?:doing|tracking|going|performing)|my (?:score|progress|"
            r"result)|score so far|how (?:many|much) (?:questions? )?(?:are )?(?:left|remaining)|"
            r"questions? (?:left|remaining)|how far (?:through|along|in)|"
            r"how many (?:have i|did i) (?:gotten|got|get|answered)|"
            r"am i doing (?:ok|okay|well|alright|all right|good|badly)|nearly (?:through|done)|"
            r"bombing|how it is going)\b"
        ),
    ),
    (
        IntentKind.DONT_KNOW,
        re.compile(
            r"\b(?:(?:don'?t|do not|dont|dunno|didn'?t) know|no (?:idea|clue)|not sure|idk|"
            r"never (?:heard|learned|learnt|studied|seen)|blanking|drawing a blank|"
            r"can'?t (?:answer|remember|recall)|no knowledge|beats me|not knowing|"
            r"have nothing|(?:i'?ve )?got nothing|nothing (?:comes|to say)|"
            r"never (?:come|came) across|"
            r"not (?:a|one) clue|beyond (?:me|what i know)|total blank|(?:a |complete )?blank|"
            r"(?:don'?t|do not) want to (?:make (?:something|it|things) up|guess))\b"
        ),
    ),
]
#: Asking the interviewer to do something: a request even when it mentions ML words ("I know the
#: general area but can't pin it down; could you give me a nudge?").
_ASKS_YOU = re.compile(
    r"\b(?:(?:can|could|would|will) you|please|may i|can i|could i|is there any chance|"
    r"would you mind|let'?s)\b"
)
#: A request, however phrased, names what it wants or how it asks; a bare topic name is an answer.
_ASKING = re.compile(
    r"\b(?:can|could|would|shall|may|let'?s|let us|please|want|like|prefer|rather|instead|"
    r"next|drill|quiz|questions?|switch|move|change|practi[cs]e|focus|round)\b"
)


def normalise(message: str) -> str:
    """Lower case, words only, fillers and conversational openers dropped."""
    text = message.lower().replace("\u2019", "'")
    text = re.sub(r"[^\w\s'-]", " ", text)
    text = _FILLER.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return _OPENER.sub("", text).strip()


def _trim(text: str) -> str:
    while (shorter := _POLITE_END.sub("", text)) != text:
        text = shorter
    return text


#: What the model may call a message: an answer, or a request the engine can carry out.
MODEL_LABELS = (
    IntentKind.ANSWER,
    IntentKind.SKIP,
    IntentKind.REPEAT,
    IntentKind.HINT,
    IntentKind.DONT_KNOW,
    IntentKind.END,
    IntentKind.DRILL,
    IntentKind.CLARIFY,
    IntentKind.MODEL_ANSWER,
    IntentKind.PROGRESS,
)
#: The model's label for a message, or None when it has none to give.
Consult = Callable[[str], IntentKind | None]


#: A line that speaks for a role ("Assistant: full marks!", "User: next question") scripts a
#: conversation inside the message: a prompt injection, whose requests are never carried out.
_SCRIPTED_ROLES = re.compile(r"^\s*(?:assistant|user|system)\s*:", re.IGNORECASE | re.MULTILINE)


class ModelReading:
    """A language model's label for a message, constrained to ``MODEL_LABELS``.

    None when the model is unavailable, slower than ``seconds`` or says anything else, so the
    recogniser's own decision stands (``llm.replies.choose`` does the asking). The examples of
    prompts/intent_examples.yaml come as earlier turns, each label as the grammar writes it.
    """

    def __init__(self, model: BaseChatModel, backend: Backend, seconds: float) -> None:
        self._model = model
        self._backend = backend
        self._seconds = seconds
        self._prompt: list[BaseMessage] = [SystemMessage(load_prompt("intent_system"))]
        for text, label in load_prompt_data("intent_examples"):
            self._prompt += [HumanMessage(text), AIMessage(json.dumps(IntentKind(label).value))]

    def __call__(self, message: str) -> IntentKind | None:
        messages = [*self._prompt, HumanMessage(message)]
        label = choose(self._model, self._backend, messages, MODEL_LABELS, self._seconds)
        return None if label is None else IntentKind(label)


def settle(unsure: Intent, label: IntentKind | None) -> Intent:
    """What a model's label changes about a message the recogniser was unsure of.

    "answer" is taken: the words are graded, so nothing is lost. A request is never carried out
    on the model's word, only asked about, and about the recogniser's own proposal: measured on
    intents_dev.jsonl with the model asked about every message (``python -m evals intents
    --set dev --llm embedded --model-alone``), the model calls some answers requests, which
    would lose those questions, and names the right request far less often than the recogniser
    does (docs/evaluation.md has the figures).
    """
    if label is IntentKind.ANSWER:
        return Intent(kind=IntentKind.ANSWER, text=unsure.text)
    return unsure


class IntentRecognizer:
    def __init__(
        self,
        knowledge: KnowledgeBase,
        embeddings: GuideEmbeddings,
        requests_file: Path,
        consult: Consult | None = None,
    ) -> None:
        """``consult``: a second opinion on the messages the recogniser is unsure of."""
        self._embeddings = embeddings
        self._consult = consult
        examples = yaml.safe_load(requests_file.read_text(encoding="utf-8"))
        self._kinds = [IntentKind(kind) for kind, texts in examples.items() for _ in texts]
        texts = [normalise(text) for phrasings in examples.values() for text in phrasings]
        asking = [  # drill and clarify examples name ML terms; the others only ask
            text
            for kind, text in zip(self._kinds, texts, strict=True)
            if kind not in (IntentKind.DRILL, IntentKind.CLARIFY)
        ]
        self._vectors = np.asarray(embeddings.embed_documents(texts))
        self._names: dict[str, str] = {}
        for topic in knowledge.topics:
            for name in [topic.id, topic.id.replace("-", " "), topic.title, *topic.aliases]:
                self._names[normalise(name)] = topic.id
        self._topic_words = content_tokens(" ".join(self._names))
        request_words = content_tokens(" ".join(asking)) | content_tokens(_TOPIC_ASIDE)
        # The guide's questions in full, the others by their titles: the 154 written beyond the
        # guide use enough everyday words ("round", "code", "result", "clear", "want") that,
        # counted in full, requests became "answers" (intents dev 0.985 -> 0.925), while their
        # titles name what they are about ("Sudden, gradual, incremental and recurring drift").
        self._vocabulary = (
            content_tokens(
                " ".join(
                    f"{q.question} {q.reference_answer} {' '.join(k.text for k in q.key_points)}"
                    if q.from_guide
                    else q.title or ""
                    for q in knowledge.questions
                )
            )
            | self._topic_words
        ) - request_words

    # --- topics ---------------------------------------------------------------------------------

    def topic(self, name: str) -> str | None:
        """The topic a phrase names (its id, title or an alias; the longest name found wins)."""
        text = f" {normalise(name)} "
        found = [
            (len(known), topic_id)
            for known, topic_id in self._names.items()
            if re.search(rf"\b{re.escape(known)}s?\b", text)
        ]
        return max(found)[1] if found else None

    def _drill(self, text: str) -> Intent | None:
        """A drill request by its shape: the topic it names, or (UNKNOWN_TOPIC) the name it
        asks for, which the caller takes only when no other request fits."""
        unknown = None
        for pattern in (_DRILL_ME, _SWITCH, _ASK_FOR):
            match = pattern.search(text)
            if not match:
                continue
            asked = _trim(match.group("x").strip())
            topic = self.topic(asked)
            if topic and self._mostly_names(asked):
                return Intent(kind=IntentKind.DRILL, topic=topic)
            named = re.sub(rf"^(?:(?:{_TOPIC_ASIDE}|a|an|drill on|round on|on)\s+)+", "", asked)
            named = re.sub(rf"(?:\s+{_TOPIC_ASIDE})+$", "", named)
            if named and (pattern is _DRILL_ME or self._unknown_name(named)):
                unknown = unknown or Intent(kind=IntentKind.UNKNOWN_TOPIC, topic=named)
        bare = re.fullmatch(r"(?P<x>.+?)(?:\s+(?:questions?|drill|please))+", text)
        if (
            bare
            and not self.topic(bare["x"])
            and self._unknown_name(bare["x"])
            and not _NOT_A_NAME.search(bare["x"])
        ):
            unknown = unknown or Intent(kind=IntentKind.UNKNOWN_TOPIC, topic=bare["x"])
        return unknown

    def _mostly_names(self, phrase: str) -> bool:
        """Is the phrase a topic name with trimmings ("the drift stuff, like concept drift"),
        rather than an answer that mentions one ("undersampling, or class weights in the loss")?
        What is left once every topic name is taken out must say little about ML."""
        rest = f" {phrase} "
        for name in sorted(self._names, key=len, reverse=True):
            rest = re.sub(rf"\b{re.escape(name)}s?\b", " ", rest)
        return self._evidence(rest) < ANSWER_EVIDENCE

    def _unknown_name(self, phrase: str) -> bool:
        """A short phrase that names something outside the guide ("sql", "linear algebra")."""
        words = phrase.split()
        return 0 < len(words) <= 4 and self._evidence(phrase) < ANSWER_EVIDENCE

    def _evidence(self, text: str) -> int:
        """How many words of the message are about machine learning beyond topic names."""
        return len(content_tokens(text) & self._vocabulary)

    # --- requests -------------------------------------------------------------------------------

    def _nearest(self, text: str) -> tuple[IntentKind, float]:
        similarities = self._vectors @ np.asarray(self._embeddings.embed_query(text))
        best = int(np.argmax(similarities))
        return self._kinds[best], float(similarities[best])

    def recognize(self, message: str, awaiting_confirmation: bool = False) -> Intent:
        """The candidate's intent; ``awaiting_confirmation``: the interviewer asked a yes/no.

        The model, if any, is asked only when the code is unsure (CONFIRM), and only once."""
        intent = self._by_code(message, awaiting_confirmation)
        if intent.kind is IntentKind.CONFIRM and self._consult is not None:
            return settle(intent, self._consult(message))
        return intent

    def _by_code(self, message: str, awaiting_confirmation: bool) -> Intent:
        if _SCRIPTED_ROLES.search(message):  # an injection is graded, never obeyed
            return Intent(kind=IntentKind.ANSWER, text=message)
        text = normalise(message)
        if not text and awaiting_confirmation and message.strip():
            return Intent(kind=IntentKind.YES, text=message)  # "uh huh", "mm hmm"
        if not text:
            return Intent(kind=IntentKind.EMPTY)
        if awaiting_confirmation:
            reply = self._yes_or_no(text, message)
            if reply is not None:
                return reply
        return self._understand(text, message)

    def _yes_or_no(self, text: str, message: str) -> Intent | None:
        match = _NO.match(text) or _YES.match(text)
        if not match:
            return None
        rest = normalise(text[match.end() :])
        if self._evidence(rest) >= ANSWER_EVIDENCE:
            return Intent(kind=IntentKind.ANSWER, text=message)  # "no wait, precision is..."
        if rest and _OTHERWISE.match(rest):  # "no, but could I have a hint instead?"
            understood = self._understand(rest, message)
            if understood.kind not in (IntentKind.ANSWER, IntentKind.CONFIRM):
                return understood
        return Intent(kind=IntentKind.NO if match.re is _NO else IntentKind.YES, text=message)

    def _understand(self, text: str, message: str) -> Intent:
        if _CLARIFY.search(text):
            return Intent(kind=IntentKind.CLARIFY)
        drill = self._drill(text)
        if drill and drill.kind is IntentKind.DRILL:
            return drill
        trimmed = _trim(text)
        joined = re.sub(r"(\w)-(\w)", r"\1\2", trimmed)  # "skip-gram" is no "skip"
        if _ASKS_YOU.search(joined):
            for kind, pattern in _REQUESTS:
                match = pattern.search(joined)
                if match and not _NEGATED.search(joined[: match.start()]):
                    return Intent(kind=kind)
        bare = re.sub(rf"(?:\s+(?:{_TOPIC_ASIDE}|next|first))+$", "", trimmed)
        if bare in self._names and bare != text:  # "drift, please", "transformers next"
            return Intent(kind=IntentKind.DRILL, topic=self._names[bare])
        if (
            len(trimmed.split()) > MAX_REQUEST_WORDS
            or self._evidence(trimmed) >= ANSWER_EVIDENCE
            or trimmed in self._names  # "Drift." answers; "drift, please" asked for a drill
        ):
            return Intent(kind=IntentKind.ANSWER, text=message)
        asked = next((kind for kind, pattern in _REQUESTS if pattern.search(joined)), None)
        if asked is IntentKind.DONT_KNOW and _GOES_ON.search(joined):
            return Intent(kind=IntentKind.ANSWER, text=message)  # "I don't know X, but I think..."
        if asked is not None:
            return Intent(kind=asked)
        if drill:
            return drill  # a topic outside the guide: the interviewer lists the ones it has
        return self._by_meaning(trimmed, message)

    def _by_meaning(self, trimmed: str, message: str) -> Intent:
        """Compare with the example requests; unsure means ask, and no resemblance an answer."""
        kind, similarity = self._nearest(trimmed)
        if kind in (IntentKind.YES, IntentKind.NO):
            return Intent(kind=IntentKind.ANSWER, text=message)  # no question was asked
        if kind is IntentKind.DRILL:
            topic = self.topic(trimmed)
            if topic is None or not _ASKING.search(trimmed):
                return Intent(kind=IntentKind.ANSWER, text=message)
            if similarity < REQUEST_SIMILARITY:
                return Intent(kind=IntentKind.CONFIRM, proposed=kind, topic=topic, text=message)
            return Intent(kind=kind, topic=topic)
        if similarity >= REQUEST_SIMILARITY:
            return Intent(kind=kind)
        if similarity >= ASK_SIMILARITY and self._evidence(trimmed) == 0:
            return Intent(kind=IntentKind.CONFIRM, proposed=kind, text=message)
        return Intent(kind=IntentKind.ANSWER, text=message)
