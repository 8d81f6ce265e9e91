"""Claims the guide does not back, and claims credited as the key point they deny (issue 13/14).

Two findings the grader asks of an answer, by shape, with no model (~0 ms):

- **A claim the guide does not back** (``unbacked_claims``): a sweeping comparison or absolute
  ("unsupervised learning is more accurate always", "X never works", "X always means Y", "the
  only way is ...") that no key point, other wording of one, or reference answer sentence of the
  question says too. The guide lists no misconception for it, and no key point says what
  corrects it: three walkthroughs in a row, "unsupervised is more accurate always because no
  human make label mistakes" heard "Right idea; ...", and a rule that corrected it with the
  nearest key point named as the correction a point the candidate had said right (9536486).
  Such a claim is its own finding (``Caution``): the feedback says the guide gives no such
  rule, names no key point as its correction, and the claim earns no credit.
- **A key point credited to a unit that asserts what the point denies**
  (``asserts_what_point_denies``): "drift always mean model is broken" earned "drift is only a
  warning sign and does not prove accuracy has dropped". The point says "X does not prove Y",
  "no guarantee that Y", "not necessarily Y"; the unit says X proves, means or guarantees Y.
  It is the point stated wrong (the grader's ``:contradicted`` finding), corrected first.

Precision is the whole game: a right answer that says "always" where the guide says it too, a
hedged claim ("almost always", "usually", "I think"), a denial ("not always better") and a
belief the candidate reports ("some people think ...") are not cautioned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from interviewer.judging.text import (
    DENIED_OR_NEARLY,
    TERM_WORDS,
    content_tokens,
    content_words,
    hedged,
    mentions,
    reports_belief,
    split_sentences,
)
from interviewer.types import Caution

#: Words that say something holds in every case.
_ABSOLUTE = (
    r"(?:always|never|every\s+(?:single\s+)?time|in\s+every\s+case|in\s+all\s+cases|"
    r"in\s+any\s+case|no\s+matter\s+what|without\s+exception|invariably|all\s+the\s+time|"
    r"under\s+any\s+circumstances?)"
)
#: A judgment of performance, one thing set above another.
_COMPARED = (
    r"(?:better|worse|more\s+(?:accurate|reliable|robust|precise|powerful|efficient|stable)|"
    r"less\s+(?:accurate|reliable|robust|precise|powerful|efficient|stable)|faster|slower|"
    r"superior|inferior|outperforms?|beats?|wins?|the\s+best|the\s+worst)"
)
#: Words that may stand between "always" and what it says ("always gives much better").
_BETWEEN = (
    r"(?:(?:be|is|are|will|would|gives?|performs?|does|do|works?|gets?|yields?|comes?\s+out|"
    r"finds?|leads?\s+to|produces?|picks?|"
    r"you|us|a|the|much|far|way|slightly|to\s+be|going\s+to\s+be)\s+)"
)
#: Verbs by which a method is said to apply to some cases ("works for", "is used on").
_APPLIES = (
    r"(?:works?|working|applies|apply|(?:be\s+|is\s+|are\s+)?(?:used|applied)|handles?|"
    r"models?|fits?|captures?)"
)
#: What an absolute says of its subject: it means, proves or guarantees something.
_MEANS = r"(?:means?|mean|implies|imply|proves?|guarantees?|indicates?|signals?|tells?\s+you)"

_SHAPES = (
    (
        "comparison",
        re.compile(
            rf"\b{_ABSOLUTE}\s+{_BETWEEN}{{0,3}}{_COMPARED}\b"
            rf"|\b{_COMPARED}\s+(?:[\w/-]+\s+){{0,4}}?{_ABSOLUTE}\b",
            re.I,
        ),
    ),
    (
        "means",
        re.compile(
            rf"\b{_ABSOLUTE}\s+{_MEANS}\b|\b{_MEANS}\s+(?:\w+\s+){{0,4}}?{_ABSOLUTE}\b", re.I
        ),
    ),
    # "Slow drift is always real": a property said of every case.
    (
        "always",
        re.compile(r"\b(?:is|are|'s|'re)\s+always\s+(?!been\b)[a-z]|\balways\s+(?:is|are)\b", re.I),
    ),
    (
        "useless",
        re.compile(
            r"\bnever\s+(?:works?|helps?|useful)\b"
            r"|\b(?:is|are|'s|'re)\s+(?:completely\s+|totally\s+|basically\s+|just\s+)?"
            r"(?:useless|pointless|worthless)\b",
            re.I,
        ),
    ),
    (
        "only",
        re.compile(
            r"\bthe\s+only\s+(?:way|thing\s+that\s+matters|metric\s+that\s+matters|right\s+way|"
            r"correct\s+way|good\s+way|proper\s+way|real\s+way)\b",
            re.I,
        ),
    ),
    # "Regression only works for linear relationships": a method's use restricted to one kind
    # of case, the same sweep as "the only way" said of where a thing applies.
    (
        "restricted",
        re.compile(
            rf"\bonly\s+{_APPLIES}\s+(?:for|with|on|to|in)\b"
            rf"|\b{_APPLIES}\s+only\s+(?:for|with|on|to|in)\b"
            r"|\bcan\s+only\s+(?:be\s+(?:used|applied)|work|handle|model|fit|capture|learn)\b",
            re.I,
        ),
    ),
)
#: Before the absolute: a denial or a hedge on its scope ("not always", "almost never").
_QUALIFIED_BEFORE = re.compile(
    rf"(?:{DENIED_OR_NEARLY}|\bpretty\s+much|\bvirtually|\bnot\s+quite|"
    r"\bmaybe|\bprobably|\bperhaps|\bmight|\bmay|\bcould|\bcan)\s+(?:\w+\s+)?$",
    re.I,
)
#: Anywhere in the clause: a hedge on its scope or on its certainty, or a condition.
_HEDGED = hedged(
    r"most\s+of\s+the\s+time|in\s+general|in\s+practice|i\s+believe|i\s+suppose|"
    r"i'?m\s+not\s+sure|not\s+sure|may\s+be|could\s+be|i\s+(?:would|'d)\s+say|if|when|unless|"
    r"as\s+long\s+as|provided|depends?|depending|not\s+always|seldom|without|w/o|with\s+no|"
    r"here|in\s+this\s+case|in\s+that\s+case|for\s+this"
)
#: A hedge on scope or certainty alone: "if a feature shifts, that means ..." asserts flatly.
_SCOPE_HEDGED = hedged(r"could|may|possibl[ey]|likely")
#: A clause that opens on a condition: what follows it holds under it.
_CONDITION_OPENS = re.compile(
    r"\s*(?:(?:and|but|so)\s+)?(?:if|when|whenever|without|w/o|unless|once|for|on|in|with|"
    r"given|assuming|as\s+long\s+as)\b",
    re.I,
)
#: Where the claim ends and its reason or a new statement starts.
_CLAIM_END = re.compile(
    r"\s*(?:[,;:(]|\s-\s|—|\bbecause\b|\bsince\b|\bas\b|\bso\b|\bwhich\b|\bbut\b|\bcause\b|"
    r"\bcos\b|\bdue\s+to\b|\bthanks\s+to\b|\bum+\b|\buh+\b|\band\b)",
    re.I,
)
#: Words a claim is said through that say nothing of it.
_FILLER = re.compile(
    r"^(?:(?:and|so|well|also|honestly|basically|actually|like|um+|uh+|yeah|ok(?:ay)?|"
    r"i\s+mean|you\s+know|then|plus|the\s+\w+\s+thing\s+is(?:\s+that)?|the\s+point\s+is"
    r"(?:\s+that)?|it'?s\s+true\s+that)\b[\s,]*)+",
    re.I,
)
#: Words a claim ends on that say nothing of it ("... linear relationships though").
_TRAILING = re.compile(r"(?:\s+(?:though|anyway|really|i\s+guess|i\s+think|you\s+know))+$", re.I)
#: Words of the shapes themselves, left out when the claim's matter is compared with the guide.
_SHAPE_WORDS = content_tokens(
    "always never every time case cases matter without exception invariably circumstances "
    "better worse more less accurate reliable robust precise powerful efficient stable faster "
    "slower superior inferior outperform outperforms beat beats win wins best worst means mean "
    "implies imply proves prove guarantees guarantee indicates indicate signals signal tells "
    "useless pointless worthless works work helps help useful way right correct good proper real "
    "matters thing only apply applies applied used handle handles"
)
#: In the guide, words that say a rule holds in every case (or in none).
_GUIDE_RULE = re.compile(
    r"\b(?:always|never|every|all|any|only|cannot|can't|no|not|none|regardless|whatever|"
    r"guarantee[sd]?|must|invariably|each)\b|n't\b",
    re.I,
)
#: In the guide, one thing judged against another ("trains faster than", "more accurate").
_JUDGED = re.compile(rf"\b{_COMPARED}\b", re.I)
#: Of the claim's own matter (its words beyond the shape's), the share a guide sentence that
#: states a rule must say for the guide to back it, and at least this many words.
BACKED_SHARE = 0.5
BACKED_WORDS = 2
#: Content words a claim needs to say something of something ("it always wins" does not).
CLAIM_MATTER = 2


def _shape(unit: str) -> tuple[str, re.Match[str]] | None:
    """The first sweeping shape the unit says unqualified, with where it says it."""
    text = unit.replace("\u2019", "'")
    for kind, pattern in _SHAPES:
        for match in pattern.finditer(text):
            if not _QUALIFIED_BEFORE.search(text[: match.start()]):
                return kind, match
    return None


def _claim(unit: str, match: re.Match[str]) -> str:
    """The claim as one statement: from the unit's start (its fillers dropped) to where its
    reason or a new statement starts after the shape."""
    text = unit.replace("\u2019", "'")
    end = _CLAIM_END.search(text, match.end())
    start = 0
    for found in _CLAIM_END.finditer(text[: match.start()]):
        start = found.end()
    claim = text[start : end.start() if end else len(text)].strip(" .!?")
    return _TRAILING.sub("", _FILLER.sub("", claim)).strip()


def _matter(claim: str) -> set[str]:
    return content_tokens(claim) - _SHAPE_WORDS


def _backed(claim: str, kind: str, guide: Sequence[str]) -> bool:
    """Does a clause of a guide sentence of the question say the claim too, on half its matter
    (two words at least): the same judgment, for a comparison; a rule (always, never, only,
    not, every ...), or all of the claim's matter (three words at least), for the others?
    "Inertia always goes down when k grows" is backed by "inertia always decreases as k
    increases"; "unsupervised learning is always more accurate" by nothing ("... build better
    features" judges features, in another clause)."""
    matter = _matter(claim)
    needed = max(BACKED_WORDS, round(BACKED_SHARE * len(matter)))
    absolute = re.search(r"\b(always|never)\b", claim, re.I)
    # What the claim says holds always (or never): "finite" in "JS is always finite".
    predicate = _matter(claim[absolute.end() :]) if absolute else set()
    if kind == "comparison":
        needed = min(needed, len(matter))
    for sentence in guide:
        said = content_tokens(sentence)
        if (
            kind != "comparison"
            and predicate
            and predicate <= said
            and re.search(rf"\b{absolute.group(1)}\b", sentence, re.I)
        ):
            return True  # "Jensen-Shannon is always finite"
        # A comparison is read clause by clause ("... build better features" judges features);
        # a rule in its whole sentence ("not zero-centred; they are always positive").
        parts = re.split(r"[;:,()]|\s-\s|—", sentence) if kind == "comparison" else [sentence]
        for clause in parts:
            shared = matter & content_tokens(clause)
            if not shared or len(shared) < needed:
                continue
            if kind == "comparison":
                # Only a judgment backs a judgment: "unsupervised learning gets no labels at
                # all" says a rule of the same subject, not that it is more accurate.
                if _JUDGED.search(clause):
                    return True
            elif _GUIDE_RULE.search(clause) or (len(shared) >= max(3, len(matter))):
                return True
    return False


def _subject_named(claim: str, texts: Iterable[str]) -> str:
    """The claim with a one-word subject said as the guide names it: "unsupervised is ..." is
    "unsupervised learning is ..." where the guide says "unsupervised learning"."""
    words = claim.split()
    if len(words) < 3 or words[1].lower() not in {"is", "are", "always", "never"}:
        return claim
    first = words[0].lower()
    after: Counter[str] = Counter()
    for text in texts:
        for match in re.finditer(rf"\b{re.escape(first)}\s+([a-z][\w-]*)", text.lower()):
            after[match.group(1)] += 1
    named = next(
        (w for w, n in after.most_common() if n >= 2 and content_tokens(w) and w != words[1]),
        None,
    )
    return claim if named is None else " ".join([words[0], named, *words[1:]])


def _in_order(claim: str) -> str:
    """ "X is more accurate always" said as "X is always more accurate"."""
    moved = re.sub(
        rf"\b(is|are)\s+({_COMPARED}(?:\s+than\s+[\w-]+(?:\s+[\w-]+)?)?)\s+(always|in every case|"
        r"in all cases|every time)$",
        r"\1 \3 \2",
        claim,
        flags=re.I,
    )
    first = moved.split()[0] if moved.split() else ""
    # "Transformers are ..." reads "transformers are ..." mid-sentence; "RNNs", "PCA" keep theirs.
    keep = len(first) > 1 and any(c.isupper() for c in first[1:])
    return moved if keep or not moved else moved[0].lower() + moved[1:]


def unbacked_claims(
    units: Sequence[str],
    answer: str,
    guide: Sequence[str],
    names: Sequence[str],
    taken: Sequence[str],
) -> list[Caution]:
    """The claims of the answer the guide does not back, each once (its shortest unit).

    ``guide``: the question's reference answer sentences, key points and their other wordings,
    and its misconceptions (a unit that denies one says what the guide says); ``names``: texts
    whose terms name a subject as the guide does; ``taken``: units already found wrong (a named
    misconception or a key point stated wrong corrects them) or credited with a key point."""
    sentences = split_sentences(answer)
    reported = [s for s in sentences if reports_belief(s)]

    def conditioned(unit: str, claim: str) -> bool:
        """Is the claim said under a condition its sentence gives just before it ("Without
        activations, | stacking layers is pointless")?"""
        sentence = next((s for s in sentences if unit in s), unit).replace("\u2019", "'")
        at = sentence.find(claim)
        before = re.split(r"[,;:]", sentence[: max(at, 0)])
        last = next((part for part in reversed(before) if part.strip()), "")
        return bool(_CONDITION_OPENS.match(last))

    found: list[Caution] = []
    for unit in sorted(units, key=len):
        if any(c.span in unit for c in found):
            continue
        shaped = _shape(unit)
        if shaped is None:
            continue
        kind, match = shaped
        claim = _claim(unit, match)
        if (
            not claim
            or _HEDGED.search(claim)
            or len(_matter(claim)) < (1 if kind == "comparison" else CLAIM_MATTER)
            or any(unit in sentence for sentence in reported)
            or conditioned(unit, claim)
            or any(s in unit or unit in s for s in taken)
            or _backed(claim, kind, guide)
        ):
            continue
        found.append(Caution(span=unit, claim=_in_order(_subject_named(claim, names))))
    return found


#: In a key point: a denial that one thing proves, means or guarantees another.
_DENIES = re.compile(
    r"\b(?:does\s+not|doesn't|do\s+not|don't|did\s+not|not)\s+(?:necessarily\s+|always\s+|by\s+"
    r"itself\s+|on\s+its\s+own\s+|for\s+sure\s+)?(?:prove|mean|imply|guarantee|establish|show|promise)\b"
    r"|\bno\s+guarantee\b|\bnot\s+guaranteed\b|\bnot\s+(?:proof|evidence)\b|\bnot\s+necessarily\b|\bonly\s+a\s+warning\b",
    re.I,
)
#: In the unit: the same asserted, in every case or flatly.
_ASSERTS = re.compile(
    r"\b(?:always\s+|definitely\s+|automatically\s+|certainly\s+|for\s+sure\s+)?"
    r"(?:means?|mean|proves?|implies|imply|guarantees?|guaranteed|promises?|establish(?:es)?)\b"
    r"|\bis\s+(?:proof|evidence)\b|\bis\s+(?:always|definitely)\b",
    re.I,
)
_GUARANTEE = re.compile(r"guarantee|promise", re.I)
#: Words of a loss of quality, said of a model.
_WORSE = content_tokens(
    "worse broken degraded dropped drop decline failing wrong accuracy performance"
)
_WORSE_STEMS = ("degrad", "declin", "deterior", "break", "broke", "fail")
_NEGATED_BEFORE = re.compile(r"(?:n't|\bnot|\bno|\bnever|\bnor|\bwithout)\s+(?:\w+\s+){0,2}$", re.I)


def asserts_what_point_denies(
    unit: str, point: str, wordings: Sequence[str], before: str = ""
) -> bool:
    """Does the unit assert flatly what the key point (``point``, said also as ``wordings``)
    denies: "drift always mean model is broken" against "drift is only a warning sign and does
    not prove accuracy has dropped"? The point must deny that its subject proves, means or
    guarantees something; the unit must say its subject does, with no denial or hedge of its
    own, and name a word of what the point's denial is said of (its subject)."""
    text = unit.replace("\u2019", "'")
    if _SCOPE_HEDGED.search(text):
        return False
    asserted = next(
        (m for m in _ASSERTS.finditer(text) if not _NEGATED_BEFORE.search(text[: m.start()])),
        None,
    )
    if asserted is None or re.search(r"\bnot\b|n't\b|\bno\b|\bnever\b", text, re.I):
        return False
    said = content_tokens(text)
    for sentence in [point, *wordings]:
        denial = _DENIES.search(sentence)
        if denial is None:
            continue
        subject = content_tokens(sentence[: denial.start()]) - _SHAPE_WORDS
        # What the unit says means something is said before it ("drift always means"), or in
        # its sentence before it ("if a feature shifts, that means ..."); or, where the point
        # denies a guarantee of something ("not guaranteed across releases"), the unit names
        # two words of the point besides.
        named = content_tokens(f"{before} {text[: asserted.start()]}")
        point_words = content_tokens(sentence) - _SHAPE_WORDS
        # ... and what it says follows is what the point denies follows, or a loss of quality
        # ("the model is broken" for "accuracy has dropped"): "prediction drift means the
        # outputs moved" defines, and denies nothing.
        follows = content_tokens(text[asserted.end() :])
        if not follows & (content_tokens(sentence[denial.end() :]) | _WORSE) and not {
            w for w in follows if w.startswith(_WORSE_STEMS)
        }:
            continue
        guaranteed = _GUARANTEE.search(denial.group()) and _GUARANTEE.search(asserted.group())
        if (subject & named and said - subject) or (
            guaranteed and len(said & point_words) >= BACKED_WORDS
        ):
            return True
    return False


#: Two things said to be one: "A is (basically) the same (thing) as B", "A and B are the same
#: thing", "A is no different from B", "there's no (real) difference between A and B".
_SAME = re.compile(
    r"\b(?:(?:is|are|r|'s|'re|was|were)[,\s]+(?:[\w,]+\s+){0,4}?(?:(?:the\s+)?same(?:\s+(?:thing|things|"
    r"method|technique|idea|concept|approach|kind\s+of\s+thing))?(?:\s+as\b|\s*(?=[,.;!?]|$)|"
    r"\s+(?:really|basically|honestly|in\s+the\s+end)\b)|no\s+different\s+(?:from|than|to)\b|"
    r"identical\s+to\b|equivalent\s+to\b|interchangeable\b)"
    r"|\bno\s+(?:real\s+|actual\s+|big\s+)?difference\s+between\b"
    r"|\b(?:same|identical)\s+(?:thing|things)\s+(?:really|basically|honestly)\b)",
    re.I,
)
#: What makes a sameness partial or conditional: "the same idea, but alpha is learned", "on
#: balanced data it's the same as ordinary accuracy", "L1 is the same with a Laplace prior".
_SAME_QUALIFIED = re.compile(
    r"\b(?:but|except|apart\s+from|other\s+than|only\s+(?:that|difference|in)|if|when|whenever|"
    r"unlike|whereas|while|in\s+contrast|instead|"
    r"unless|once|for\s+(?:binary|two|a\s+single)|on\s+(?:balanced|binary)|in\s+the\s+limit|"
    r"in\s+(?:a|some)\s+(?:way|sense|cases)|kind\s+of\s+like|similar|usually|often|mostly|"
    r"generally|typically|almost|nearly|roughly|sometimes|can\s+be|could\s+be|may\s+be|"
    r"might|same\s+(?:idea|spirit|principle|family)\b)",
    re.I,
)


#: Words that may follow a term as its head ("unsupervised learning", "top-k sampling").
_GENERIC_HEADS = frozenset(
    content_words(
        "learning sampling method methods approach technique model models prediction predictions "
        "divergence regression layer layers set sets data loss store detection init "
        "initialisation initialization algorithm"
    )
)


def _term_places(words: list[str], term: str) -> list[int]:
    term_words = [w for w in re.findall(r"[a-z0-9]+", term.lower())]
    stemmed = content_words(" ".join(term_words))
    n = len(stemmed)
    return [i for i in range(len(words) - n + 1) if n and words[i : i + n] == stemmed]


def said_alike(unit: str) -> bool:
    """Does the unit say two things are the same (``equated_terms`` reads which)?"""
    return bool(_SAME.search(unit.replace("\u2019", "'")))


def equated_terms(
    unit: str, groups: Sequence[Sequence[str]], guide: Sequence[str]
) -> tuple[str, str] | None:
    """Two terms the guide sets against each other (a group of ``groups``: confusables.yaml and
    siblings.yaml) that the unit says are one and the same ("unsupervised is basically the same
    thing as supervised", "LoRA and adapters are the same thing"): the first named and the
    other. Each term is the other's sibling because the guide tells them apart, so the claim
    gives one term all the other's properties (issue 14: a neighbouring concept's property said
    of both). Not denied ("isn't the same as"), not partial or conditional ("the same idea,
    but ...", "on balanced data it's the same as accuracy", "the same with a Laplace prior"),
    not a belief reported, and not where a sentence of the question's ``guide`` names both terms
    beside a sameness of its own. ``None`` if the unit says no such thing."""
    text = unit.replace("\u2019", "'")
    match = _SAME.search(text)
    if not match or reports_belief(text):
        return None
    before = text[: match.start()]
    if re.search(rf"(?:{DENIED_OR_NEARLY})\s*(?:\w+\s+)?$", before, re.I) or re.search(
        r"\bnot\b|n't\b", match.group(0), re.I
    ):
        return None
    if _SAME_QUALIFIED.search(text):
        return None
    clause = re.split(r"[.;!?]", text[: match.start()])[-1]
    # What is said to be the same ends the words before the sameness (a generic head word after
    # it at most: "top-k sampling", "unsupervised learning"), not "the value at test time".
    words = content_words(clause)
    tails = [words]
    while tails[-1] and tails[-1][-1] in _GENERIC_HEADS:
        tails.append(tails[-1][:-1])
    after = content_words(" ".join(text[match.end() :].split()[:6]))
    for group in groups:
        before = sorted((places[0], t) for t in group if (places := _term_places(words, t)))
        ending = [
            t
            for t in group
            if any(tail and _term_places(tail[-len(content_words(t)) :], t) for tail in tails)
        ]
        if ending and len(before) >= 2:  # "A and B are the same"
            first, others = before[0][1], [t for _, t in before[1:]]
        elif ending:  # "A is the same as B"
            first = ending[0]
            others = [t for t in group if t != first and _term_places(after, t)]
        elif not words or match.group(0).lower().startswith("no"):
            # "there's no difference between A and B"
            named = sorted((places[0], t) for t in group if (places := _term_places(after, t)))
            if not named:
                continue
            first, others = named[0][1], [t for _, t in named[1:]]
        else:
            continue
        if not others:
            continue
        other = others[0]
        if any(
            _SAME.search(sentence) or re.search(r"\bequivalent\b|\bsame\b", sentence, re.I)
            for sentence in guide
            if _term_places(content_words(sentence), first)
            and _term_places(content_words(sentence), other)
        ):
            continue
        return first, other
    return None


#: "X is (definitely) a T", "X counts as T": what a thing is filed under. The words between may
#: only hedge nothing or say what kind of thing it is.
_FILED = re.compile(
    r"^(?P<subject>[\w' -]+?)\s+(?:is|are|'s|'re|counts?\s+as|is\s+considered)\s+"
    r"(?:(?:a|an|the|definitely|clearly|basically|really|actually|totally|obviously|"
    r"purely|entirely|just|always|kind\s+of|type\s+of|form\s+of|example\s+of|case\s+of)\s+)*"
    r"(?P<rest>[\w-].*)$",
    re.I,
)
#: Words that open a statement and are no part of its subject.
_SUBJECT_FILLER = re.compile(
    r"^(?:(?:and|so|well|also|like|um+|uh+|yeah|ok(?:ay)?|but|because|i\s+think|i\s+guess|"
    r"i\s+mean)\b[\s,]*)+",
    re.I,
)


def filed_under_other(
    unit: str, groups: Sequence[Sequence[str]], guide: Sequence[str]
) -> tuple[str, str] | None:
    """A thing the unit files under one term of a group the guide tells apart ("k-means is
    definitely supervised", "PCA is a supervised method") where every sentence of the question's
    ``guide`` (its reference answer and key points in all their wordings, not its
    misconceptions) that names the thing names another term of that group and none names the
    one said ("unsupervised tasks include k-means customer segmentation"). Which side of a
    contrast a named example sits on is the guide's; the candidate put it on the other. The
    subject must be a name (at most ``TERM_WORDS`` content words, none of them the group's
    terms); a hedged or reported claim, a denial ("isn't supervised") and a subject the guide
    never names say nothing here. The thing and the guide's term, or ``None``."""
    text = unit.replace("\u2019", "'")
    if reports_belief(text):
        return None
    for clause in re.split(r"[,;:.!?]|\s-\s|\s+(?:because|since|as|so|but)\s+", text):
        match = _FILED.match(_SUBJECT_FILLER.sub("", clause.strip()))
        if not match or re.match(r"(?:not|never)\b", match.group("rest"), re.I):
            continue
        subject = content_words(match.group("subject"))
        rest = content_words(match.group("rest"))
        if not subject or len(subject) > TERM_WORDS:
            continue
        for group in groups:
            terms = {t: content_words(t) for t in group}
            said = next((t for t, words in terms.items() if rest[: len(words)] == words), None)
            if said is None or any(mentions(match.group("subject"), w) for w in terms.values()):
                continue
            for name in _names_in(subject):
                other = _filed_by_guide(name, terms, said, guide)
                if other is not None:
                    return " ".join(name), other
    return None


def _names_in(subject: list[str]) -> list[list[str]]:
    """The subject whole, then each of its words: "k-means clustering" and "clustering like
    k-means" name a thing the guide may name only in part ("unsupervised tasks are clustering
    similar customers"); the whole comes first, so a name the guide has is read as it."""
    return [subject, *([word] for word in subject)] if len(subject) > 1 else [subject]


def _filed_by_guide(
    name: list[str], terms: dict[str, list[str]], said: str, guide: Sequence[str]
) -> str | None:
    """The term of the group that every guide sentence naming ``name`` names, where none names
    the ``said`` one; else ``None`` (the guide never names it, or names it on both sides)."""
    naming = [sentence for sentence in guide if mentions(sentence, name)]
    if not naming or any(mentions(sentence, terms[said]) for sentence in naming):
        return None
    return next(
        (
            t
            for t, words in terms.items()
            if t != said and all(mentions(sentence, words) for sentence in naming)
        ),
        None,
    )
