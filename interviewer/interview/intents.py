"""What the candidate wants: an answer, or a command said in plain words.

Recognised by code (patterns, then embedding similarity for short messages), never by the model,
so "skip", "drill me on transformers" or "end the interview" work the same with any backend and
cannot be triggered by a model's output. A long message is always an answer: "I don't know much
about drift, but..." must be graded, not taken for "I don't know".
"""

from __future__ import annotations

import re

import numpy as np

from interviewer.core.engine import Intent
from interviewer.knowledge.embeddings import GuideEmbeddings
from interviewer.knowledge.schema import KnowledgeBase

#: Messages with more words than this are answers, whatever they start with.
COMMAND_MAX_WORDS = 8
#: Similarity to a command's examples at which a short message counts as that command.
COMMAND_SIMILARITY = 0.8
#: Similarity to a topic's description at which a named topic counts as that topic.
TOPIC_SIMILARITY = 0.6

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "end",
        re.compile(
            r"^(?:please\s+)?(?:end|stop|quit|exit|finish)(?:\s+(?:the|this|our))?"
            r"(?:\s+(?:interview|session|now|here|it|please))*$"
            r"|^(?:i'?m|i am)\s+done$"
            r"|^that'?s\s+(?:it|enough)(?:\s+for\s+(?:now|today))?$"
            r"|^let'?s\s+(?:stop|finish|end)(?:\s+here|\s+now)?$"
        ),
    ),
    (
        "skip",
        re.compile(
            r"^(?:can\s+we\s+|let'?s\s+|please\s+)?(?:skip|pass|next)(?:\s+(?:this|that|it))?"
            r"(?:\s+(?:one|question))?(?:\s+please)?$"
            r"|^(?:the\s+)?next\s+(?:question|one)(?:\s+please)?$"
            r"|^(?:let'?s\s+)?move\s+on$"
        ),
    ),
    (
        "repeat",
        re.compile(
            r"^(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:repeat|say\s+(?:that|it)\s+again)"
            r"(?:\s+(?:the|that))?(?:\s+question)?(?:\s+please)?$"
            r"|^what\s+was\s+the\s+question$|^(?:sorry|pardon|come\s+again)$"
        ),
    ),
    (
        "hint",
        re.compile(
            r"^(?:can\s+i\s+(?:get|have)\s+|could\s+i\s+(?:get|have)\s+|give\s+me\s+|i\s+need\s+"
            r"|any\s+)?(?:a\s+|another\s+|some\s+)?(?:small\s+|little\s+|quick\s+)?"
            r"(?:hint|hints|clue|help)(?:\s+please)?$"
        ),
    ),
    (
        "dont_know",
        re.compile(
            r"^(?:i\s+)?(?:don'?t|do\s+not|dunno)\s+know(?:\s+(?:this|that|it|the\s+answer))?$"
            r"|^(?:i\s+have\s+)?no\s+idea$|^(?:i'?m\s+)?not\s+sure$|^idk$|^no\s+clue$"
        ),
    ),
]
_DRILL = re.compile(
    r"^(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:drill|quiz|test|grill)\s+me\s+(?:on|about)\s+(?P<a>.+)$"
    r"|^(?:let'?s\s+|i\s+want\s+to\s+|can\s+we\s+)(?:do|drill|practi[cs]e|focus\s+on|switch\s+to|try)\s+(?P<b>.+)$"
    r"|^(?:drill|practi[cs]e|focus\s+on|switch\s+to)\s+(?P<c>.+)$"
)
_FILLER = re.compile(
    r"\b(?:the|topic|topics|questions?|some|a\s+bit|please|instead|now|for\s+a\s+while)\b"
)

EXAMPLES = {
    "end": [
        "end the interview",
        "stop the interview now",
        "I want to finish",
        "that's all for today",
        "let's wrap this up",
    ],
    "skip": ["skip this question", "next question please", "let's go to the next one", "pass"],
    "repeat": ["repeat the question", "can you say that again", "what was the question again"],
    "hint": [
        "give me a hint",
        "can I have a clue",
        "I'd like a clue",
        "I need some help with this",
    ],
    "dont_know": ["I don't know", "no idea", "I have no clue about this", "I'm not sure at all"],
}


def _normalise(message: str) -> str:
    return re.sub(
        r"\s+", " ", re.sub(r"[^\w\s'-]", " ", message.lower().replace("\u2019", "'"))
    ).strip()


class IntentRecognizer:
    def __init__(self, knowledge: KnowledgeBase, embeddings: GuideEmbeddings) -> None:
        self._embeddings = embeddings
        self._topics = {t.id: t for t in knowledge.topics}
        self._names = {}
        for topic in knowledge.topics:
            for name in [topic.id, topic.id.replace("-", " "), topic.title.lower(), *topic.aliases]:
                self._names[_normalise(name)] = topic.id
        self._commands = [(kind, text) for kind, texts in EXAMPLES.items() for text in texts]
        self._command_vectors = np.asarray(
            embeddings.embed_documents([t for _, t in self._commands])
        )
        descriptions = [f"{t.title}: {', '.join(t.aliases)}" for t in knowledge.topics]
        self._topic_ids = [t.id for t in knowledge.topics]
        self._topic_vectors = np.asarray(embeddings.embed_documents(descriptions))

    def topic(self, name: str) -> str | None:
        """The topic id a name refers to, by its id, title, an alias, or meaning."""
        cleaned = _FILLER.sub(" ", _normalise(name))
        cleaned = re.sub(r"\s+", " ", cleaned).strip()
        if not cleaned:
            return None
        if cleaned in self._names:
            return self._names[cleaned]
        for known, topic_id in self._names.items():
            if re.search(rf"\b{re.escape(known)}\b", cleaned):
                return topic_id
        similarities = self._topic_vectors @ np.asarray(self._embeddings.embed_query(cleaned))
        best = int(np.argmax(similarities))
        return self._topic_ids[best] if similarities[best] >= TOPIC_SIMILARITY else None

    def recognize(self, message: str) -> Intent:
        text = _normalise(message)
        if not text:
            return Intent(kind="empty")
        if len(text.split()) > COMMAND_MAX_WORDS:
            return Intent(kind="answer", text=message)
        drill = _DRILL.match(text)
        if drill:
            name = drill.group("a") or drill.group("b") or drill.group("c")
            topic = self.topic(name)
            if topic:
                return Intent(kind="drill", topic=topic)
            if drill.group("a"):  # "drill me on X" is unmistakably a request for a drill
                return Intent(kind="unknown_topic", topic=name)
        for kind, pattern in _PATTERNS:
            if pattern.match(text):
                return Intent(kind=kind)  # type: ignore[arg-type]
        similarities = self._command_vectors @ np.asarray(self._embeddings.embed_query(text))
        best = int(np.argmax(similarities))
        if similarities[best] >= COMMAND_SIMILARITY:
            return Intent(kind=self._commands[best][0])  # type: ignore[arg-type]
        return Intent(kind="answer", text=message)
