"""The runtime faithfulness guard: model text reaches the candidate one checked sentence at a time.

As the model streams, each completed sentence is tidied into speech (list markers, headings and
emphasis removed) and goes through the claim checker (the same one the evals use). Supported and
conversational sentences are passed on at once, so the reply still streams; unsupported or
contradicted ones are dropped, and so is every sentence that judges the candidate or reports
their words (that is the code's to say, from the grader's findings); every verdict is kept with
the turn. A fragment the model was
cut off in is dropped too, and once enough sentences are kept the guard says it is full, so the
caller can stop generating.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from interviewer.judging.claim_checker import ClaimChecker
from interviewer.judging.text import SENTENCE_END, content_tokens
from interviewer.types import ClaimVerdict, Grade, Verdict

_MARKUP = re.compile(r"^\s*(?:#{1,6}\s*|[-*•]\s+|\d+[.)]\s+)+|\*\*|__|`")
_ONLY_MARKUP = re.compile(r"[\w\s'-]{1,30}:|\d+[.)]?")
_FINISHED = re.compile(r"[.!?][\"')\]]*$")
#: A sentence that judges the candidate or reports their words: praise, agreement, "you said",
#: "your answer". What the candidate got right, wrong or missed is said by the code from the
#: grader's findings, never by a model, so every such sentence of a model is removed, in any
#: phrasing: "You're correct that...", "Right, ...", "As you said...", "Nice -", "Exactly."
_ABOUT_CANDIDATE = re.compile(
    r"^\W*(?:great|good|nice|excellent|exactly|right|correct|well done|spot on|perfect|"
    r"absolutely|indeed|yes|yeah|true|awesome|impressive|brilliant|fantastic|wonderful)\b"
    r"|\byou(?:'re|\s+are|\s+were|'ve\s+been)\s+(?:\w+\s+)?(?:right|correct|spot on|close|"
    r"on (?:the right )?track|accurate|mistaken|wrong|confused)"
    r"|\byou(?:'ve|\s+have|\s+had|'d)?\s+(?:\w+ly\s+)?(?:said|say|mention|mentioned|note|noted|"
    r"explain|explained|describe|described|state|stated|cover|covered|point(?:ed)? out|"
    r"identif(?:y|ied)|talk(?:ed)? about|br(?:ing|ought) up|got|named|gave|miss|missed|forgot|"
    r"left out|skipped|overlooked|nailed|understood|understand|grasped|captured|highlighted|"
    r"touched on|showed|demonstrated|recognized|recognised|answered|confused|mixed up)\b"
    r"|\b(?:as|like) you\s+(?:said|say|mentioned|noted|put it|pointed out)"
    r"|\byour (?:answer|point|explanation|response|example|understanding|reasoning|take|"
    r"description|definition|summary)\b"
    r"|\b(?:good|great|nice|excellent|solid|strong) (?:point|job|answer|start|work|thinking|"
    r"explanation|example)\b|\bwell (?:done|put|explained)\b",
    re.I,
)


def speaks_about_candidate(sentence: str) -> bool:
    return bool(_ABOUT_CANDIDATE.search(sentence))


def speakable(sentence: str) -> str:
    """The sentence without Markdown: "- **High bias** means..." is "High bias means...".

    What is only markup is nothing to say: a label ("Right:") or a bare list number ("2.").
    """
    text = _MARKUP.sub("", sentence).strip()
    return "" if _ONLY_MARKUP.fullmatch(text) else text


#: Sentences removed in a row after which the model is stopped: it has left what the guide
#: supports, and every further token is time the candidate waits for nothing.
REMOVED_IN_A_ROW = 2
#: A sentence whose content words are this much among those of one sentence the candidate was
#: just told says it again ("The key idea: concept drift is X." then "Concept drift is X.").
REPEATS_SAID = 0.8
#: A sentence this close in meaning to one the candidate was just told, that brings at most
#: ``NEW_WORDS`` content words of its own, says it again in other words ("sudden drift is when
#: the concept switches at one point in time" then "sudden drift occurs when the concept
#: changes at a specific point"); an explanation or an example brings more words of its own.
PARAPHRASES_SAID = 0.85
NEW_WORDS = 3
#: A sentence this close to one just told, whose content words are all (but
#: ``RESTATED_NEW_WORDS``) among those the guide says that key point in (its other wordings),
#: says it again in words the guide uses for it too: "The key idea: a loss function measures the
#: error of the predictions against the true values." then "The loss scores how far the
#: predictions are from the targets." (the final walkthrough's model said it again so, and the
#: check above passed it: 0.58 close, three words of its own). Restatements of a key point in
#: looser words are 0.55-0.8 close to it, explanations and examples on its topic 0.4-0.6: the
#: words decide, and an explanation or an example brings words of its own.
RESTATED_SAID = 0.55
RESTATED_NEW_WORDS = 1
#: A sentence that says it restates ("In other words, ...", "Put simply, ...") this close to
#: one just told says it again, unless it gives a reason or an example.
RESTATING_SAID = 0.45
_RESTATING = re.compile(
    r"^\W*(?:in other words|(?:put|said|stated)\s+(?:simply|differently|another way|plainly)|"
    r"simply put|to (?:put it|say it|rephrase)(?:\s+(?:simply|differently|another way|"
    r"plainly))?|that is(?: to say)?|i\.e\.|in short|in simple terms|in plain (?:terms|words)|"
    r"basically|essentially|to recap|to sum up|in summary|again|"
    # a reminder announces a repeat as plainly: "Remember, the goal is ...", "What's missing
    # is ...", after "Missing: ..." (a walkthrough's feedback said its missing point twice)
    r"remember|keep in mind|bear in mind|don'?t forget|note that|recall that|"
    r"what(?:'s| is) missing(?: here)? is|the (?:key|main) (?:thing|point|idea) is)\b",
    re.I,
)
#: American spellings said as the guide's British ones before words are compared: the model's
#: "generalizes" repeats the verdict's "generalises" ("regularization", "regularisation").
_AMERICAN = re.compile(r"\b(\w{3,})iz(e|es|ed|ing|ation|ations)\b", re.I)


def _tokens(text: str) -> set[str]:
    return content_tokens(_AMERICAN.sub(r"\1is\2", text))


#: What makes a sentence an explanation or an example, not a restatement.
_EXPLAINS = re.compile(
    r"\b(?:because|since|so that|so the|which means|that's why|this is why|this means|"
    r"for (?:example|instance)|such as|e\.g\.|imagine|say you|suppose|if you|when you|"
    r"(?<!rather )than|unlike|whereas|by contrast|instead)\b|\d",
    re.I,
)
_LABEL = re.compile(r"^[\w\s']{1,25}:\s+")
#: Words that only link what a sentence says ("X occurs when Y", "..., leading to Z", "this
#: refers to"): no word of their own. "High bias occurs when a model is too simple and fails to
#: capture the underlying patterns in the data, leading to underfitting." after "The key idea:
#: high bias means underfitting, where the model is too simple and misses the real patterns."
#: (a walkthrough; 0.92 close) brought "occur" and "lead" beyond the guide's words for the
#: point and passed the repeat check.
_LINKING = content_tokens(
    "occurs occur occurring happens happen happening leads lead leading results result "
    "resulting refers refer referring describes describe called known situation case arises "
    "arise basically simply essentially"
)
#: Words that only present what follows as one more thing to know ("Another useful approach is
#: to ...", "It is also important to remember that ...", "A key aspect is that ...", "Keep in
#: mind that ..."): no word of their own either. A feedback turn's model restated the code's
#: "Missing:" point behind such an opener, and its words passed for words of its own.
_FRAMING = re.compile(
    r"\b(?:another|one more|one other|a further|an additional|a (?:key|useful|important|helpful)"
    r"|the (?:key|main|important))\s+(?:\w+\s+){0,2}?(?:approach|option|point|aspect|thing|way|"
    r"idea|method|technique|consideration|factor|signal|step|part)s?\s+(?:here\s+)?"
    r"(?:is|would be|to (?:note|remember|keep in mind|consider))\s*(?:to\s+|that\s+)?"
    r"|\bit(?:'s|\s+is)\s+(?:also\s+)?(?:important|worth|useful|helpful|crucial|key|essential|"
    r"good)\s+to\s+(?:remember|note|mention|keep in mind|bear in mind|consider|know|understand|"
    r"point out|recall|realise|realize)(?:\s+that)?"
    r"|\b(?:keep|bear)\s+in\s+mind(?:\s+that)?|\b(?:remember|note|recall)\s+that"
    r"|\b(?:also|additionally|furthermore|moreover|necessarily)\b",
    re.I,
)
#: The reason given for such a sentence (the verdict shows its words once already).
REPEATS_VERDICT = "says again what the candidate was just told"


class SentenceGuard:
    def __init__(
        self,
        checker: ClaimChecker,
        contexts: Sequence[str],
        answer: str,
        emit: Callable[[str], None] | None = None,
        max_sentences: int | None = None,
        grade: Grade | None = None,
        said: str = "",
    ) -> None:
        """``grade``: the grader's findings on the answer, which alone may back a sentence that
        evaluates the candidate and gets past the list of such phrasings below. ``said``: what
        the candidate was told just before (the code's verdict); a sentence that says it again
        adds nothing and is left out, so the model's words are explanation, not restatement."""
        # Each sentence told, and each part of a list of points ("Missing: X; Y."), without
        # its label: the model may say again the whole or one point of it.
        told = [
            _LABEL.sub("", part).strip()
            for sentence in SENTENCE_END.split(said)
            for part in dict.fromkeys([sentence, *sentence.split(";")])
        ]
        self._said = [(part, words) for part in told if (words := _tokens(part))]
        self._said_vectors = checker.embed([part for part, _ in self._said])
        # ... and the key points each part says, with the words the guide says them in.
        self._said_points = checker.points_said(self._said_vectors)
        self._said_as = [
            told.union(*points.values())
            for (_, told), points in zip(self._said, self._said_points, strict=True)
        ]
        self._checker = checker
        self._contexts = list(contexts)
        self._answer = answer
        self._grade = grade
        self._emit = emit
        self._max = max_sentences
        self._buffer = ""
        self.kept: list[str] = []
        self.verdicts: list[ClaimVerdict] = []
        self._points = 0  # kept sentences that say something supported (not just "Thanks.")
        self._removed_in_a_row = 0

    @property
    def full(self) -> bool:
        return self._max is not None and self._points >= self._max

    @property
    def done(self) -> bool:
        """Enough said, or the model has strayed: either way, stop it."""
        return self.full or self._removed_in_a_row >= REMOVED_IN_A_ROW

    def feed(self, piece: str) -> None:
        self._buffer += piece
        *complete, self._buffer = SENTENCE_END.split(self._buffer)
        for sentence in complete:
            self._judge(sentence)

    def finish(self) -> str:
        """Judge what is left (unless the model was cut off mid-sentence); the kept text."""
        rest = self._buffer.strip()
        if rest and _FINISHED.search(rest):
            self._judge(rest)
        self._buffer = ""
        return " ".join(self.kept)

    @property
    def removed(self) -> list[ClaimVerdict]:
        return [v for v in self.verdicts if not v.verdict.kept]

    @property
    def supported(self) -> list[ClaimVerdict]:
        return [v for v in self.verdicts if v.verdict is Verdict.SUPPORTED]

    def _judge(self, sentence: str) -> None:
        sentence = speakable(sentence)
        if not sentence or self.full or not any(c.isalnum() for c in sentence):
            return
        if speaks_about_candidate(sentence):
            reason = "speaks about the candidate: only the code's findings may"
            self.verdicts.append(
                ClaimVerdict(text=sentence, verdict=Verdict.UNSUPPORTED, reason=reason)
            )
            self._removed_in_a_row += 1
            return
        if self._repeats_said(sentence):
            reason = REPEATS_VERDICT
            self.verdicts.append(
                ClaimVerdict(text=sentence, verdict=Verdict.UNSUPPORTED, reason=reason)
            )
            return
        verdicts = self._checker.check(sentence, self._contexts, self._answer, self._grade)
        self.verdicts.extend(verdicts)
        kept = bool(verdicts) and all(v.verdict.kept for v in verdicts)
        self._removed_in_a_row = 0 if kept else self._removed_in_a_row + 1
        if kept:
            self.kept.append(sentence)
            self._told(sentence)
            self._points += any(v.verdict is Verdict.SUPPORTED for v in verdicts)
            if self._emit:
                self._emit(sentence + " ")

    def _told(self, sentence: str) -> None:
        """A kept sentence is told too: the model may not say it again in the same turn."""
        words = _tokens(sentence)
        if not words:
            return
        vector = self._checker.embed([sentence])
        points = self._checker.points_said(vector)[0]
        self._said.append((sentence, words))
        self._said_vectors = (
            np.concatenate([self._said_vectors, vector]) if len(self._said_vectors) else vector
        )
        self._said_points.append(points)
        self._said_as.append(words.union(*points.values()))

    def _repeats_said(self, sentence: str) -> bool:
        words = _tokens(_FRAMING.sub(" ", sentence)) - _LINKING
        if not words or not self._said:
            return False
        if any(len(words & told) >= REPEATS_SAID * len(words) for _, told in self._said):
            return True
        vector = self._checker.embed([sentence])[0]
        closeness = self._said_vectors @ vector
        if any(
            similarity >= PARAPHRASES_SAID and len(words - told) <= NEW_WORDS
            for similarity, (_, told) in zip(closeness, self._said, strict=True)
        ):
            return True
        # A reason or an example adds to what was told, when it brings words of its own: "...
        # such as clicks, complaints or manual overrides" after a verdict that named them, or a
        # "because" before the reason the verdict gave, says it again.
        explains = bool(_EXPLAINS.search(sentence))
        restating = bool(_RESTATING.search(sentence)) and not explains
        near = [
            i
            for i, (similarity, said_as) in enumerate(zip(closeness, self._said_as, strict=True))
            if (similarity >= RESTATED_SAID and len(words - said_as) <= RESTATED_NEW_WORDS)
            or (restating and similarity >= RESTATING_SAID)
        ]
        if not near:
            return False
        # ... unless what it says is another key point, nearer to it than the one told ("Data
        # drift is a change in the input distribution." after the key point on concept drift).
        # A sentence with no word beyond the guide's words for the point told says that point,
        # whichever key point its embedding falls nearest ("a shift in the inputs is only an
        # alarm: it does not prove the model got worse" after "drift is only a warning sign").
        nearest = self._checker.nearest_point(vector)
        return any(
            not self._said_points[i]
            or nearest in self._said_points[i]
            or not words - self._said_as[i]
            for i in near
        )
