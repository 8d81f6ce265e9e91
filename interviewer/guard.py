"""The runtime faithfulness guard: model text reaches the candidate one checked sentence at a time.

As the model streams, each completed sentence goes through the claim checker (the same one the
evals use). Supported sentences and conversational ones are passed on at once, so the reply still
streams; unsupported or contradicted ones are dropped, and every verdict is kept with the turn.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from interviewer.claims import ClaimChecker, ClaimVerdict

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
KEEP = ("supported", "not_a_claim")


class SentenceGuard:
    def __init__(
        self,
        checker: ClaimChecker,
        contexts: Sequence[str],
        answer: str,
        emit: Callable[[str], None] | None = None,
    ) -> None:
        self._checker = checker
        self._contexts = list(contexts)
        self._answer = answer
        self._emit = emit
        self._buffer = ""
        self.kept: list[str] = []
        self.verdicts: list[ClaimVerdict] = []

    def feed(self, piece: str) -> None:
        self._buffer += piece
        *complete, self._buffer = _SENTENCE_END.split(self._buffer)
        for sentence in complete:
            self._judge(sentence)

    def finish(self) -> str:
        """Judge what is left and return the kept text."""
        if self._buffer.strip():
            self._judge(self._buffer)
        self._buffer = ""
        return " ".join(self.kept)

    @property
    def removed(self) -> list[ClaimVerdict]:
        return [v for v in self.verdicts if v.verdict not in KEEP]

    @property
    def supported(self) -> list[ClaimVerdict]:
        return [v for v in self.verdicts if v.verdict == "supported"]

    def _judge(self, sentence: str) -> None:
        sentence = sentence.strip()
        if not sentence:
            return
        verdicts = self._checker.check(sentence, self._contexts, self._answer)
        self.verdicts.extend(verdicts)
        if verdicts and all(v.verdict in KEEP for v in verdicts):
            self.kept.append(sentence)
            if self._emit:
                self._emit(sentence + " ")
