"""Topic names as candidates say them: typed, spoken, misheard.

A drill request names its topic in the candidate's words, and a spoken one in what Whisper heard:
"backprop", "back prop", "back probe", "the backpropagation stuff", "em el ops", "trans formers",
"f one score", "cross val". Requests are short and the guide has a dozen topics, so a name is
found word by word rather than only as an exact string. A word of the phrase counts as a word of
a name (an id, title or alias of knowledge/topics.yaml) when

- it has the same stem ("drifting" for "drift", "metric" for "metrics");
- it is that word split in two or three ("trans formers", "super vised"), or heard as words
  that sound like it ("valley dation" for "validation");
- it is spelled out in letter names ("em el" for "ml"), or a letter and a number word ("f one"
  for "f1"), as a transcript writes an acronym;
- it is spelled almost alike ("variants" for "variance", "regularization" for
  "regularisation"), or, being short, sounds alike ("probe" for "prop"): one misheard word;
- it shortens the last word of a longer name ("cross val" for "cross validation").

Connectors are interchangeable ("cnn and rnn", "cnn vs rnn"). Where names overlap the leftmost
wins, then the longest: "metrics for imbalanced data" asks for metrics.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from rapidfuzz.fuzz import ratio
from rapidfuzz.process import extract

from interviewer.judging.text import stem

#: Two words this alike in spelling (rapidfuzz's ratio, 0-100) are one word misspelt or misheard;
#: "precision" and "decision" (82) are not.
SPELLED_ALIKE = 85
#: Words at least this long are compared by spelling; shorter ones, where one letter weighs too
#: much, by sound.
LONG_WORD = 5

#: A long word heard as two or three words counts by its sound key when the key is this long:
#: "valley dation" and "validation" share "falatatan"; shorter keys match too much.
MIN_SPLIT_SOUND = 6

_WORD = re.compile(r"[a-z0-9]+")
_CONNECTORS = frozenset({"and", "or", "vs", "versus", "v", "with"})
#: How a transcript writes a letter of an acronym.
_LETTERS = {
    "ay": "a", "bee": "b", "see": "c", "sea": "c", "cee": "c", "dee": "d", "ee": "e", "ef": "f",
    "eff": "f", "gee": "g", "aitch": "h", "eye": "i", "jay": "j", "kay": "k", "el": "l",
    "ell": "l", "em": "m", "en": "n", "oh": "o", "pee": "p", "cue": "q", "ar": "r", "are": "r",
    "es": "s", "ess": "s", "tee": "t", "tea": "t", "you": "u", "vee": "v", "ex": "x",
    "why": "y", "wye": "y", "zed": "z", "zee": "z",
}  # fmt: skip
_NUMBERS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
#: A rough English sound key: spellings of one sound made one, vowels made one, repeats dropped.
_SOUNDS = [
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck|q"), "k"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"c"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"z"), "s"),
    (re.compile(r"(?<=.)e$"), ""),  # a silent final e: "probe"
    (re.compile(r"[bp]"), "p"),
    (re.compile(r"[dt]"), "t"),
    (re.compile(r"[gk]"), "k"),
    (re.compile(r"[fv]"), "f"),
    (re.compile(r"[aeiouyhw]+"), "a"),
    (re.compile(r"(.)\1+"), r"\1"),
]


@cache
def sound(word: str) -> str:
    """A key that two spellings of one spoken word tend to share ("probe", "prop")."""
    for pattern, replacement in _SOUNDS:
        word = pattern.sub(replacement, word)
    return word


def words(text: str) -> list[str]:
    """Lower-case words and numbers; hyphens and other marks split ("k-fold" is "k fold")."""
    return _WORD.findall(text.lower())


def _letter(word: str) -> str | None:
    """The letter a transcript's word stands for, a plural one with its s ("ens" -> "ns")."""
    if word in _LETTERS:
        return _LETTERS[word]
    if word.endswith("s") and word[:-1] in _LETTERS:
        return _LETTERS[word[:-1]] + "s"
    return word if len(word) == 1 else None


def spoken(said: list[str]) -> list[str]:
    """Words as a transcript may write an acronym, put back as the acronym: runs of letter names
    ("em el" -> "ml", "see en ens" -> "cnns"), and a letter followed by a number word ("f one"
    -> "f1")."""
    out: list[str] = []
    i = 0
    while i < len(said):
        run = i
        while run < len(said) and _letter(said[run]):
            run += 1
            if said[run - 1] not in _LETTERS and len(said[run - 1]) > 1:
                break  # a plural letter ends the acronym: "see en ens"
        if run - i >= 2 and any(w in _LETTERS for w in said[i:run]):
            out.append("".join(_letter(w) or "" for w in said[i:run]))
            i = run
        elif len(said[i]) == 1 and i + 1 < len(said) and said[i + 1] in _NUMBERS:
            out.append(said[i] + _NUMBERS[said[i + 1]])
            i += 2
        else:
            out.append(said[i])
            i += 1
    return out


@dataclass(frozen=True)
class Found:
    """A name found in a phrase: words ``start`` to ``end`` (exclusive) of ``said``."""

    start: int
    end: int
    topic: str


@dataclass(frozen=True)
class _Name:
    words: tuple[str, ...]
    topic: str


class TopicNames:
    """The names of the guide's topics, found in what a candidate says."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        """``names``: (name, topic id) pairs; each name is also known with its words joined."""
        known: dict[tuple[str, ...], str] = {}
        for name, topic in names:
            split = tuple(words(name))
            if split:
                known.setdefault(split, topic)
                known.setdefault(("".join(split),), topic)
        self._by_first: dict[str, list[_Name]] = {}
        for split, topic in known.items():
            self._by_first.setdefault(split[0], []).append(_Name(split, topic))
        name_words = {w for name in known for w in name} - _CONNECTORS
        self._by_stem: dict[str, set[str]] = {}
        self._by_sound: dict[str, set[str]] = {}
        self._by_long_sound: dict[str, set[str]] = {}
        for word in name_words:
            self._by_stem.setdefault(stem(word), set()).add(word)
            if 4 <= len(word) < LONG_WORD:
                self._by_sound.setdefault(sound(word), set()).add(word)
            elif len(word) >= LONG_WORD and len(key := sound(word)) >= MIN_SPLIT_SOUND:
                self._by_long_sound.setdefault(key, set()).add(word)
        self._long_words = sorted(w for w in name_words if len(w) >= LONG_WORD)

    def _as(self, said: str, joined: bool) -> set[str]:
        """The names' words that ``said`` may be: the same stem, and for one word (words joined
        must be exact) one misspelt (long words) or misheard (short ones, by sound)."""
        found = set(self._by_stem.get(stem(said), ()))
        if joined:
            # a long word Whisper heard as words that sound like it: "cross valley dation"
            return found | self._by_long_sound.get(sound(said), set())
        if len(said) >= LONG_WORD:
            alike = extract(said, self._long_words, scorer=ratio, score_cutoff=SPELLED_ALIKE)
            found.update(word for word, _, _ in alike)
        if 4 <= len(said) <= LONG_WORD and len(key := sound(said)) >= 3:  # "really" is no "relu"
            found.update(self._by_sound.get(key, ()))
        return found

    def said(self, phrase: str) -> list[str]:
        """The phrase's words with spelled-out acronyms put back: what ``find`` indexes."""
        return spoken(words(phrase))

    def find(self, phrase: str) -> list[Found]:
        """Every name in the phrase, left to right; the longest where several start together."""
        said = self.said(phrase)
        found: list[Found] = []
        i = 0
        while i < len(said):
            starts = set().union(
                *(self._as("".join(said[i:end]), end > i + 1) for end in range(i + 1, i + 4))
            )
            names = [n for word in starts for n in self._by_first.get(word, ())]
            ends = [(end, n.topic) for n in names if (end := self._match(n.words, said, i))]
            if ends:
                end, topic = max(ends, key=lambda e: e[0])
                found.append(Found(i, end, topic))
                i = end
            else:
                i += 1
        return found

    def first(self, phrase: str) -> str | None:
        """The topic named first in the phrase, if any."""
        found = self.find(phrase)
        return found[0].topic if found else None

    def rest(self, phrase: str) -> list[str]:
        """The phrase's words that are no part of a name."""
        said = self.said(phrase)
        covered = {i for f in self.find(phrase) for i in range(f.start, f.end)}
        return [w for i, w in enumerate(said) if i not in covered]

    def whole(self, phrase: str) -> str | None:
        """The topic when the phrase is nothing but its names ("concept drift and data drift")."""
        topics = {f.topic for f in self.find(phrase)}
        if len(topics) == 1 and all(w in _CONNECTORS or w == "the" for w in self.rest(phrase)):
            return topics.pop()
        return None

    def _match(self, name: tuple[str, ...], said: list[str], start: int) -> int | None:
        """Where the name ends when it starts at ``said[start]``; each of its words may be said
        as up to three words ("trans formers"), and its last word shortened ("cross val")."""
        i = start
        for n, name_word in enumerate(name):
            if i >= len(said):
                return None
            if name_word in _CONNECTORS and said[i] in _CONNECTORS:
                i += 1
                continue
            for width in (1, 2, 3):
                if i + width <= len(said):
                    joined = "".join(said[i : i + width])
                    if name_word in self._as(joined, joined=width > 1):
                        i += width
                        break
            else:
                last = n == len(name) - 1 and n > 0
                if not (last and len(said[i]) >= 3 and name_word.startswith(said[i])):
                    return None
                i += 1
        return i
