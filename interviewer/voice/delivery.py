"""How an answer was spoken: pace, filler words, length and long pauses, from timed words.

Pure: the transcriber supplies the words and their timings; the thresholds come from settings.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from interviewer.types import Delivery, Pause

#: Fillers counted wherever they occur; "like" only where it is set off by a pause or a comma,
#: since "models like transformers" is not a filler.
FILLERS = (
    "um",
    "umm",
    "uh",
    "uhm",
    "er",
    "erm",
    "hmm",
    "you know",
    "basically",
    "actually",
    "literally",
    "i mean",
    "sort of",
    "kind of",
)
_FILLER = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in FILLERS) + r")\b")
_LIKE = re.compile(r"(?:^|[,.?!]\s*)like\b|\blike\s*,")


@dataclass(frozen=True)
class Word:
    text: str
    start: float  # seconds from the start of the recording
    end: float


def count_fillers(text: str) -> dict[str, int]:
    lowered = text.lower()
    counts: dict[str, int] = {}
    for match in _FILLER.finditer(lowered):
        counts[match.group(0)] = counts.get(match.group(0), 0) + 1
    likes = len(_LIKE.findall(lowered))
    if likes:
        counts["like"] = likes
    return counts


def analyse(words: list[Word], words_min: int, words_max: int, long_pause: float) -> Delivery:
    """Pace over the time spoken (first word to last), fillers, length and pauses."""
    text = " ".join(w.text.strip() for w in words)
    count = len(text.split())
    seconds = round(words[-1].end - words[0].start, 2) if words else 0.0
    fillers = count_fillers(text)
    filler_count = sum(fillers.values())
    pauses = [
        Pause(after=a.text.strip(), at=round(a.end, 2), seconds=round(b.start - a.end, 2))
        for a, b in itertools.pairwise(words)
        if b.start - a.end >= long_pause
    ]
    length = "short" if count < words_min else "long" if count > words_max else "good"
    return Delivery(
        words=count,
        seconds=seconds,
        words_per_minute=round(count / seconds * 60, 1) if seconds > 0 else 0.0,
        fillers=fillers,
        filler_count=filler_count,
        fillers_per_100_words=round(100 * filler_count / count, 1) if count else 0.0,
        length=length,
        recommended_words=(words_min, words_max),
        long_pauses=tuple(pauses),
    )


def describe(delivery: Delivery) -> str:
    """One short paragraph a candidate can act on."""
    low, high = delivery.recommended_words
    length = {
        "short": f"short (aim for {low}-{high} words)",
        "long": f"long (aim for {low}-{high} words)",
        "good": "a good length",
    }[delivery.length]
    fillers = (
        ", ".join(f"{word} {n}x" for word, n in sorted(delivery.fillers.items()))
        if delivery.fillers
        else "none"
    )
    pauses = len(delivery.long_pauses)
    return (
        f"{delivery.words} words in {delivery.seconds:.0f} s: {delivery.words_per_minute:.0f} "
        f"words per minute (conversational pace is about 120-160); {length}. Filler words: "
        f"{fillers} ({delivery.fillers_per_100_words} per 100 words). "
        f"Long pauses: {pauses}."
    )
