"""Spoken answers heard with and without the question as Whisper's context.

The answers of ``bench/voice_answers.jsonl`` (each to a guide question or one of its follow-ups,
named by id; some do not use the question's words at all: "I don't know", another subject) are
spoken by espeak-ng in two voices and transcribed by Whisper base (int8, CPU) once per way of
giving it the question: not at all (as before), as ``initial_prompt``, and as ``initial_prompt``
with the segments of many words in a moment dropped, as the app does (from the same decoding).
Measured against the text spoken:

- word error rate (jiwer, over words lower-cased without punctuation, over all answers);
- term recall: of the question's content words the candidate said, the share heard;
- inserted question words: content words of the question heard more often than they were said
  (counted over all answers, and over the answers that do not use the question's words);
- seconds per answer (transcription only; the model is loaded and warmed once before).

Usage: python bench/voice_prompt.py [--out FILE] [--only ID ...]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import jiwer

from interviewer.knowledge.schema import load_knowledge
from interviewer.llm.cpu import threads_now
from interviewer.settings import Settings, bundled_path
from interviewer.voice.speech import Transcriber

ANSWERS = Path(__file__).with_name("voice_answers.jsonl")
VOICES = {
    "espeak-ng -s 150": ["-s", "150"],
    "espeak-ng -v en-us -s 175": ["-v", "en-us", "-s", "175"],
}
_STOPWORDS = """a about after all also an and any are as at be been before being between both
    but by can
    could did do does doing each for from had has have how i if in into is it its just more most
    much no not of on one only or other our out over own same should so some such than that the
    their them then there these they this those through to too two up use used using very was we
    were what when where whether which while who whom why will with would you your"""
STOPWORDS = frozenset(_STOPWORDS.split())


def words_of(text: str) -> list[str]:
    """Lower case, hyphens and underscores as spaces, no punctuation."""
    return "".join(c if c.isalnum() or c == "'" else " " for c in text.lower()).split()


def stem(word: str) -> str:
    """Enough to match "queries" with "query" and "values" with "value"."""
    word = word.removesuffix("'s")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def content(text: str) -> Counter[str]:
    return Counter(
        stem(w) for w in words_of(text) if len(w) > 1 and w not in STOPWORDS and not w.isdigit()
    )


class Unchecked(Transcriber):
    """Every segment Whisper writes kept, even one of many words in a moment (as before); the
    ones the app drops are noted, so that one decoding measures both."""

    dropped: ClassVar[list[str]] = []

    @staticmethod
    def _spoken(segment) -> bool:
        if not Transcriber._spoken(segment):
            Unchecked.dropped.append(" ".join(w.word.strip() for w in segment.words))
        return True


def checked(text: str, dropped: list[str]) -> str:
    """The transcript as the app has it: without the segments it drops."""
    for run in dropped:
        head, _, tail = text.rpartition(run)
        text = f"{head} {tail}".strip() if _ else text
    return text


@dataclass
class Tally:
    references: list[str] = field(default_factory=list)
    hypotheses: list[str] = field(default_factory=list)
    said: int = 0  # question content words spoken
    heard: int = 0  # ... and heard
    inserted: int = 0  # question content words heard more often than spoken
    inserted_off: int = 0  # ... in answers that do not use the question's words
    seconds: list[float] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)


def asked_text(knowledge, asked: str) -> str:
    """The question's text, or its follow-up's for an id such as q09.t2."""
    question = knowledge.question(asked.split(".")[0])
    if "." not in asked:
        return question.question
    return next(t.probe for t in question.trade_offs if t.id == asked)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the table to this Markdown file")
    parser.add_argument("--only", nargs="*", help="answer ids to run (default: all)")
    args = parser.parse_args()
    settings = Settings()
    knowledge = load_knowledge(bundled_path("knowledge"))
    answers = [json.loads(line) for line in ANSWERS.read_text(encoding="utf-8").splitlines()]
    if args.only:
        answers = [a for a in answers if a["id"] in args.only]
    transcriber = Unchecked(settings)
    ways = ["no question (as before)", "question as initial_prompt", "question, segments checked"]
    tallies = {way: Tally() for way in ways}
    cold_drops: list[str] = []  # segments the app would drop without a question
    with tempfile.TemporaryDirectory() as folder:
        clips = []
        for answer in answers:
            for v, (voice, flags) in enumerate(VOICES.items()):
                wav = Path(folder) / f"{answer['id']}-{v}.wav"
                subprocess.run(["espeak-ng", *flags, "-w", str(wav), answer["answer"]], check=True)
                clips.append((answer, voice, wav))
        transcriber.transcribe(clips[0][2])  # warm up: the first call is slower
        for answer, voice, wav in clips:
            question = asked_text(knowledge, answer["asked"])
            asked = content(question)
            said = content(answer["answer"])
            Unchecked.dropped.clear()
            cold = transcriber.transcribe(wav)
            cold_dropped = list(Unchecked.dropped)  # what the app drops now without a question
            Unchecked.dropped.clear()
            prompted = transcriber.transcribe(wav, question)
            heard_as = {
                ways[0]: cold.text,
                ways[1]: prompted.text,
                ways[2]: checked(prompted.text, Unchecked.dropped),
            }
            if cold_dropped:
                cold_drops.append(f"{answer['id']} ({voice}): {cold_dropped}")
            for way, text in heard_as.items():
                tally = tallies[way]
                heard = content(text)
                tally.references.append(" ".join(words_of(answer["answer"])))
                tally.hypotheses.append(" ".join(words_of(text)))
                tally.seconds.append(cold.seconds if way == ways[0] else prompted.seconds)
                tally.said += sum(n for w, n in said.items() if w in asked)
                tally.heard += sum(min(n, heard[w]) for w, n in said.items() if w in asked)
                extra = {w: heard[w] - said[w] for w in asked if heard[w] > said[w]}
                tally.inserted += sum(extra.values())
                if not answer["on_question"]:
                    tally.inserted_off += sum(extra.values())
                if extra:
                    tally.examples.append(f"{answer['id']} ({voice}): {sorted(extra)}")
                print(f"{answer['id']:10} {voice:26} {way:27} {text}", flush=True)
    off = sum(1 for a in answers if not a["on_question"])
    header = (
        "| question given | WER | term recall | question words inserted (all) "
        f"| inserted, {2 * off} off-question clips | s per answer |\n|---|---|---|---|---|---|\n"
    )
    rows = [
        f"| {way} | {jiwer.wer(t.references, t.hypotheses):.3f} | {t.heard}/{t.said} = "
        f"{t.heard / t.said:.3f} | {t.inserted} | {t.inserted_off} | "
        f"{statistics.mean(t.seconds):.2f} |"
        for way, t in tallies.items()
    ]
    spoken_words = sum(len(words_of(a["answer"])) for a in answers)
    notes = "\n".join(
        f"- {way}: " + ("; ".join(t.examples) if t.examples else "none")
        for way, t in tallies.items()
    )
    text = (
        f"# Spoken answers heard with the question\n\n{len(answers)} answers ({off} that do not "
        f"use the question's words) to {len({a['asked'] for a in answers})} questions and "
        f"follow-ups, {spoken_words} words, each spoken in {len(VOICES)} voices "
        f"({', '.join(VOICES)}): {len(answers) * len(VOICES)} clips. Whisper base int8 on "
        f"{threads_now(settings.llm_threads)} threads.\n\n{header}" + "\n".join(rows) + "\n\n"
        f"Question words heard more often than said:\n\n{notes}\n\nSegments the check "
        f"would drop with no question: {'; '.join(cold_drops) or 'none'}.\n"
    )
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
