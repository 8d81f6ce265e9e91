"""What the candidate wants: an answer, a request in any words, or a reply to a yes/no question.

Recognised by code first, so a request works the same with any backend. Losing an answer costs
the candidate a question, so every rule that makes a request of a message looks for what would
make it an answer instead. In order:

1. The words are normalised: case, punctuation, fillers ("um", "uh"), openers ("ok so",
   "actually", "sorry"), transcript spellings ("whats", "gonna"), phone shorthand ("pls", "qs",
   "gtg") and stutters ("i don't i don't know"), so that a spoken transcript, a message typed on
   a phone and one typed on a keyboard look alike. The message is also read clause by clause.
2. A reply to "Do you want to skip this question?" is a yes or a no, in plain or hedged words,
   unless what follows the "no" is an answer ("no wait, precision is...") or another request.
3. Shapes: a clarifying question (what a word means, which reading is meant, what to assume),
   unless it goes on to answer; a drill request (an opener and a verb that ask, "questions on
   X", a request that points back at what was just said), with the topic found by its names as
   people say and Whisper hears them (``topic_names``), or else an unknown topic if the words
   name something short that states nothing. A shape that answers also take ("let's do",
   "switch to") counts only when nothing beside it says something about ML.
4. Requests by their words (``_REQUESTS``). A message that says something about machine
   learning beyond topic names and the request's own words is an answer; a wish or a question
   in the candidate's voice still asks when its ML words are common English ones; a request
   beside a clause that states something about ML is an answer.
5. Otherwise the message is compared by meaning with the example requests of
   knowledge/requests.yaml; in a narrow band of doubt the interviewer asks instead of guessing.
   A message that says nothing about ML (a state of mind, a time constraint, a question back
   at the interviewer) needs only a loose resemblance, clearly to one request; what one would
   do ("I'd use more data"), or an end without a word of time or leaving, so loosely resembled
   is asked about.
6. Only in that band, when a language model runs, the model labels the message, constrained to
   the intents (``ModelReading``); ``settle`` decides what its label may change. A model never
   sees a message the code is sure of, never scores, and never decides what comes next.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

import numpy as np
import yaml
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from rapidfuzz.distance import OSA

from interviewer.core.engine import Intent
from interviewer.interview.topic_names import Found, TopicNames
from interviewer.judging.text import STOPWORDS, content_tokens
from interviewer.knowledge.embeddings import GuideEmbeddings
from interviewer.knowledge.schema import KnowledgeBase
from interviewer.llm.replies import choose
from interviewer.prompt_files import load_prompt, load_prompt_data
from interviewer.token_count import encoding
from interviewer.types import Backend, IntentKind

#: Similarity to a request's examples at which a message is that request.
REQUEST_SIMILARITY = 0.72
#: Below that but at least this similar: ask the candidate rather than guess.
ASK_SIMILARITY = 0.6
#: A message of a few words with no word about ML at all is a request at this similarity: an
#: answer says something about ML ("the audio glitched just as you were asking" asks again). Of
#: the 1,700 answers of the labelled sets, none that is compared by meaning comes this close to a
#: request. An end needs a word of leaving too (``_LEAVING``).
UNSAID_REQUEST_SIMILARITY = 0.5
#: Such a loose resemblance is acted on only when it is this much closer to one request than to
#: any other ("I feel like I'm close, I just need a little something to get going" is as near an
#: end as a hint): otherwise the interviewer asks.
UNSAID_REQUEST_MARGIN = 0.1
#: What someone would do, or advice, in an answer's voice ("I'd use more data", "you would stop
#: early", "you just need more data"), not what the candidate would like ("I'd rather", "I'd
#: appreciate"): a loose resemblance to a request is only asked about.
_PROPOSES = re.compile(
    r"\b(?:i|you|we|one)(?:'d| would| could| should)(?: \w+ly| just)? (?!like|love|rather|prefer|"
    r"appreciate|be\b|need|want|have to|not\b|never\b)\w+|"
    r"\b(?:you|one)(?: \w+ly| just| only)? (?:need|have to|has to|must|can|'ll|will)\b"
)
#: Words of time, leaving or tiredness: an end, which closes the interview, needs one of them
#: beside a loose resemblance ("I need to head out soon", "I'm running on fumes"); "I just need
#: something to get going" wants a hint, and is asked about.
_LEAVING = re.compile(
    r"\b(?:time|minutes?|hours?|meeting|call|late|soon|leave|leaving|head(?:ing)? (?:out|off)|"
    r"tired|exhausted|spent|wiped|fumes|battery|tomorrow|another (?:time|day)|bye|done for|"
    r"enough for)\b"
)
#: Words that point back at what was said: pointing back at an earlier answer needs one beside a
#: loose resemblance ("we covered this a while ago"); "This is a stupid question." is no such
#: thing, and is graded.
_POINTS_BACK = re.compile(
    r"\b(?:said|say|told|answered|covered|mentioned|explained|went|gone|been over|earlier|before|"
    r"already|again|repeat|previous|above|ago)\b"
)
#: A question back at the interviewer, by its first word: "what's the first thing I should
#: consider" asks, though it says what one should do.
_ASKS_BACK = re.compile(
    r"(?:what|which|where|how|is|are|do|does|did|can|could|would|should|will|shall|am)\b"
)
#: Words that ask about the question (or offer two readings), in a message that opens with no
#: word of a question and has no question mark: resembling a clarifying question is not enough
#: without one ("Drift, I think." is a terse answer, though the examples name drift).
_ASKS_WHAT = re.compile(
    r"\b(?:what|which|mean|means|meant|asking|asked|question|clarify|specific|example|context|"
    r"detail|sense|you want|you need|you mean|you'?re after|or)\b"
)
#: Below this many words, a resemblance is too loose to act on without asking ("assist me").
MIN_WORDS_BY_MEANING = 3
#: Words about machine learning (beyond topic names) that make a message an answer.
ANSWER_EVIDENCE = 2
#: A word that is one of this many most frequent tokens of cl100k_base (" away", " look", " data")
#: is common English: alone it is no sign that a message answers, beside a request's own words.
COMMON_WORD_RANK = 5000
#: Wider than that: everyday words, interjections too ("cool", "whatever", "seriously"), which a
#: key point may say; terms rank lower ("bias" 15837, "dropout" 44381).
EVERYDAY_WORD_RANK = 15000
#: Words of a sentence after a loose drill request that says what something is, which makes
#: the message an answer ("... A core sample is one with at most min_samples neighbours").
STATED_WORDS = 6
#: Longer messages are answers whatever they resemble (an explicit request shape still counts).
MAX_REQUEST_WORDS = 40

#: Contractions as a transcript writes them, without the apostrophe ("whats", "lets", "im"). Only
#: spellings that are no other word; "id" and "ill" only before a verb ("id like", "ill stop").
_BARE_CONTRACTIONS = re.compile(
    r"\b(?:(?P<n>do|does|did|is|are|was|were|ca|wo|could|would|should|have|has)nt|"
    r"(?P<s>what|that|how|where|who|there|here|let)s|(?P<m>i)m|(?P<ve>i|you|we|they)ve|"
    r"(?P<re>you|they)re|(?P<d>i)d(?= (?:like|love|rather|prefer|say|be|have|appreciate|want|"
    r"need|guess|probably|really))|(?P<ll>i)ll(?= (?:stop|pass|skip|go|take|try|leave|have|be|"
    r"need|give|just)))\b"
)
#: Spoken forms and chat shorthand, as a typed message spells them ("more rnn questions plz",
#: "can u give me a hint", "nxt q", "gimme some transformer qs", "gtg, end pls").
_SPOKEN_FORMS = {
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "gimme": "give me",
    "lemme": "let me",
    "dunno": "don't know",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "ty": "thank you",
    "u": "you",
    "ur": "your",
    "nxt": "next",
    "q": "question",  # not in "q learning", a name
    "qs": "questions",
    "q's": "questions",
    "qn": "question",
    "qns": "questions",
    "msg": "message",
    "msgs": "messages",
    "ques": "question",
    "ans": "answer",
    "agn": "again",
    "sry": "sorry",
    "wdym": "what do you mean",
    "wat": "what",
    "wut": "what",
    "rpt": "repeat",
    "tho": "though",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "alrdy": "already",
    "abt": "about",
    "smth": "something",
    "thru": "through",
    "b4": "before",
    "rn": "right now",
    "gtg": "got to go",
    "nvm": "never mind",
    "tmrw": "tomorrow",
    "cn": "can",
    # West African Pidgin, beside English: "abeg" (please), "sabi" (know)
    "abeg": "please",
    "sabi": "know",
}
#: Request words of the languages candidates mix into English, said in English before anything
#: else reads the message: Spanish, Portuguese, Italian, French and German, and Hindi and Tagalog
#: as they are typed in Latin letters ("Ek baar phir se bolo na question?", "Ni idea, la
#: verdad.", "Pakita mo naman yung tamang sagot", "nächste Frage bitte", "non lo so"). Only the
#: words a request is made of (question, answer, next, again, hint, enough, know, already said,
#: yes and no) and the particles around them, which say nothing (""); accents are read without
#: their marks. A word that is also English stays out ("do", "bas", "na", "si", "no", "ano").
_OTHER_LANGUAGES = {
    # Spanish
    "otra pregunta": "another question", "la siguiente": "the next one",
    "siguiente pregunta": "next question", "siguiente": "next", "pregunta": "question",
    "preguntas": "questions", "respuesta": "answer", "respuesta correcta": "right answer",
    "respuesta ideal": "ideal answer", "cual seria": "what would be", "cual es": "what is",
    "que quieres decir con": "what do you mean by", "me puedes preguntar": "can you ask me",
    "puedes repetir": "can you repeat", "repite": "repeat", "repetir": "repeat",
    "otra vez": "again", "de nuevo": "again", "una pista": "a hint", "pista": "hint",
    "ayuda": "help", "no se": "i don't know", "ni idea": "no idea",
    "ya lo dije": "i already said it",
    "ya dije": "i already said", "ya respondi": "i already answered", "quiero practicar":
    "i want to practise", "practicar": "practise", "terminamos": "let's finish",
    "terminar": "finish", "cuantas preguntas quedan": "how many questions are left",
    "quedan": "are left", "cuanto tiempo": "how much time", "por favor": "please",
    "porfa": "please", "dale": "go ahead", "la verdad": "honestly", "oye": "",
    "mejor no": "better not",
    # Portuguese
    "proxima pergunta": "next question", "pergunta": "question", "resposta certa": "right answer",
    "resposta": "answer", "nao sei": "i don't know", "nao faco ideia": "no idea",
    "de novo": "again", "dica": "hint", "ja falei": "i already said", "ja respondi":
    "i already answered", "nao": "no",
    # Italian
    "prossima domanda": "next question", "domanda": "question", "risposta": "answer",
    "non lo so": "i don't know", "non so": "i don't know", "ripeti": "repeat",
    "ripetere": "repeat", "di nuovo": "again", "ancora una volta": "again",
    "suggerimento": "hint", "aiuto": "help", "per favore": "please", "gia detto": "already said",
    # French
    "la question suivante": "the next question", "question suivante": "next question",
    "suivante": "next", "repeter": "repeat", "repete": "repeat", "encore une fois": "again",
    "je ne sais pas": "i don't know", "je sais pas": "i don't know", "aucune idee": "no idea",
    "un indice": "a hint", "indice": "hint", "la reponse": "the answer", "reponse": "answer",
    "deja dit": "already said", "vas-y": "go ahead", "allez-y": "go ahead", "d'accord": "ok",
    "s'il vous plait": "please", "s'il te plait": "please", "svp": "please", "stp": "please",
    # German
    "nachste frage": "next question", "naechste frage": "next question", "frage": "question",
    "antwort": "answer", "keine ahnung": "no idea", "weiss ich nicht": "i don't know",
    "nochmal": "again", "noch einmal": "again", "wiederholen": "repeat", "hinweis": "hint",
    "tipp": "hint", "schon gesagt": "already said",
    # Hindi, in Latin letters
    "ek baar phir se": "again", "ek baar aur": "again", "phir se": "again", "dobara": "again",
    "bolo": "say", "boliye": "say", "batao": "tell me", "bataiye": "tell me",
    "sawal": "questions", "sawaal": "questions", "jawab": "answer", "sahi answer": "right answer",
    "sahi jawab": "right answer", "kitne": "how many", "bache hain": "are left",
    "baaki hain": "are left", "khatam karo": "finish it",
    "band karo": "stop it", "pata nahi": "i don't know", "nahi pata": "i don't know",
    "samajh nahi aaya": "i didn't understand", "maine abhi bola tha": "i already said",
    "maine bola tha": "i already said", "bola tha": "already said", "bataya tha": "already said",
    "already bataya": "already said", "dikhao": "show", "agla": "next", "agle": "next",
    "chhodo": "skip it", "chodo": "skip it", "rehne do": "leave it", "yaar": "", "bhai": "",
    "arre": "", "arey": "",
    # Tagalog
    "ulitin": "repeat", "ulit": "again", "tanong": "question", "sagot": "answer",
    "tamang sagot": "right answer", "pakita mo": "show me", "sinabi ko na": "i already said",
    "hindi ko alam": "i don't know", "ewan ko": "i don't know",
    "tapos na": "done", "susunod": "next", "pwede": "can", "puwede": "can", "naman": "",
    "yung": "the", "muna": "", "lang": "",
    # yes and no: "Haan haan, chalo.", "Oui, vas-y", "Sige po", "Nahi yaar"
    "haan": "yes", "ji haan": "yes", "bilkul": "absolutely", "chalo": "let's go", "oui": "yes",
    "opo": "yes", "sige": "ok", "nahi": "no", "nahin": "no", "hindi po": "no",
    "pode ser": "sure", "gerne": "sure",
    # the frames around them: "can you", "what is", "sorry", "the question", "and so on"
    "puedes": "can you", "pode": "can you", "podes": "can you", "puoi": "can you",
    "kannst du": "can you", "konnen sie": "can you", "peux-tu": "can you", "tu peux": "can you",
    "pouvez-vous": "can you", "vous pouvez": "can you", "me puedes preguntar de":
    "can you ask me about", "me puedes preguntar sobre": "can you ask me about",
    "qual e": "what is", "quel est": "what is", "quelle est": "what is", "was ist": "what is",
    "kya tha": "what was", "kya hai": "what is", "ano ba": "what is", "dito": "here",
    "giusta": "right", "correcta": "right", "correta": "right", "richtige": "right",
    "perdon": "sorry", "perdao": "sorry", "desculpa": "sorry", "scusa": "sorry",
    "scusi": "sorry", "entschuldigung": "sorry",
    "la pregunta": "the question", "la respuesta": "the answer", "a pergunta": "the question",
    "a resposta": "the answer", "la domanda": "the question", "la risposta": "the answer",
    "die frage": "the question", "die antwort": "the answer", "el tema de": "", "tema de": "",
    "y eso": "and stuff", "y todo eso": "and stuff", "wala": "and stuff", "wale": "and stuff",
    "khatam karte hain": "let's end it", "tama na": "that's enough for now",
}  # fmt: skip
_OTHER_LANGUAGE_WORDS = re.compile(
    r"(?<![\w'-])(?:"
    + "|".join(map(re.escape, sorted(_OTHER_LANGUAGES, key=len, reverse=True)))
    + r")(?![\w'-])"
)


def _unaccented(text: str) -> str:
    """Letters without their accents ("¿Qué?" is "qué" is "que"), as the other languages' words
    are written in ``_OTHER_LANGUAGES``."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).replace("ß", "ss")


#: Request words as a transcript mishears them: split in two ("re peat the question", "what was
#: the quest in"), or as a word that sounds the same ("i have know idea", "i all ready answered
#: that", "i'm stock", "can i past on this one", "i have no ideal"). Only where the words around
#: them leave no doubt ("there is no ideal threshold" is an answer's).
_MISHEARD = [
    (re.compile(r"\bre (peat|phrase|read|word)\b"), r"re\1"),
    (re.compile(r"\b(the|that|this) quest(?: in|ing)\b"), r"\1 question"),
    (re.compile(r"\b(have|got) know (idea|clue)\b"), r"\1 no \2"),
    (re.compile(r"\b(i|i've|i have|have|got) no ideal\b"), r"\1 no idea"),
    (
        re.compile(
            r"\ball ready(?= (?:said|answered|covered|did|told|went|mentioned|explained)\b)"
        ),
        "already",
    ),
    (re.compile(r"\b(i'm|i am) stock\b"), r"\1 stuck"),
    (re.compile(r"\b(i|we|i'll) past on (?=this|that|it)\b"), r"\1 pass on "),
    # "can we skim this one", "the modal answer", "whats my store at this point"
    (
        re.compile(
            r"\b((?:can|could|shall) (?:we|i)|let'?s|i'?ll|i will) skim(?= (?:this|that|it)\b)"
        ),
        r"\1 skip",
    ),
    (re.compile(r"\bmodal (answer|response|solution)\b"), r"model \1"),
    # "i already set that": "said", at the end where nothing is set to anything
    (re.compile(r"\b(already|just) set (that|it|this)(?: one)?\s*$"), r"\1 said \2"),
    (re.compile(r"\bmy store(?= (?:at|so|now|this|right|until|till)\b|$)"), "my score"),
    # West African Pidgin: "make we do X" (let's), "repeat am" (it), "I no know am" (don't)
    (re.compile(r"(?:^|(?<=please )|(?<=abeg )|(?<=sir ))make we\b"), "let's"),
    (re.compile(r"\b(repeat|skip|pass|know|sabi|explain|say) am\b"), r"\1 it"),
    (re.compile(r"\bi no (know|sabi)\b"), r"i don't \1"),
]
#: A formal register's frames, said plainly: "would it be terribly inconvenient if we" is "could
#: we", "I wonder whether you might" is "could you", "might I trouble you to" is "could you",
#: "kindly" is "please", "I should very much like to" is "I would like to". Polite adverbs after
#: an opener say nothing ("would you mind terribly if", "could you perhaps"). Only frames that ask
#: the interviewer: an answer in them still says its ML words.
_FORMAL = [
    (
        re.compile(
            r"\bwould it be (?:\w+ )?(?:inconvenient|(?:too )?much (?:trouble|to ask)|a problem|"
            r"an imposition|acceptable|agreeable|permissible|rude|impolite|cheeky|presumptuous|"
            r"bad form) if (we|i)(?: were to)?\b"
        ),
        r"could \1",
    ),
    (
        re.compile(
            r"\bi (?:was |am )?wonder(?:ing)? (?:whether|if) (we|you|i) (?:might|could|may)\b"
        ),
        r"could \1",
    ),
    (re.compile(r"\b(?:could|might|may) i (?:trouble|ask|bother) you to\b"), "could you"),
    (re.compile(r"\bwould you be (?:so )?kind (?:enough )?(?:as )?to\b"), "could you"),
    (re.compile(r"\bmight you\b"), "could you"),
    (re.compile(r"\bkindly\b"), "please"),
    (re.compile(r"\bi should (?:very much |much |really |so )?like to\b"), "i would like to"),
    # a softened wish: "I'd quite like to", "I would very much like to", "I'd rather like to"
    (
        re.compile(
            r"\bi('d| would) (?:quite|rather|very much|so|really|just|much|also|certainly) "
            r"(like|love|prefer|appreciate|welcome)\b"
        ),
        r"i\1 \2",
    ),
    # "would it be at all possible to", "would it by any chance be possible to"
    (
        re.compile(
            r"\b(would|is) it (?:at all |by any chance |perhaps |possibly )?be (?:at all |by any "
            r"chance |perhaps |possibly |remotely )?(possible|feasible)\b"
        ),
        r"\1 it be \2",
    ),
    (
        re.compile(r"\b(?:might|may|could) i (?:ask|enquire|inquire) (?=whether|if)"),
        "i'd like to know ",
    ),
    (re.compile(r"^(?:might|may|could) i (?:ask|enquire|inquire) (?=how|what|where|when)"), ""),
    (re.compile(r"\bdo you have in mind\b"), "do you mean"),
    (
        re.compile(
            r"\b(would you mind|could you|would you|could we|could i|can you|can we|can i|"
            r"might i|may i|if we) (?:terribly |awfully |perhaps |possibly |just |please )+"
        ),
        r"\1 ",
    ),
]
#: A business register's words for the interview's things, said plainly: "re-share the ask" is
#: "repeat the question", "focus our bandwidth on X" is "focus on X", "double-click on X" is "dive
#: into X", "how much runway" is "how much time", "I don't have visibility into that" is "I don't
#: know that". Only words that name the interview's question, time or the candidate's knowledge:
#: an answer in jargon ("the data pipeline has no visibility into drift") keeps its ML words.
_JARGON = [
    (
        re.compile(
            r"\b(?:re-?share|re-?send|re-?post|re-?iterate|re-?state)"
            r"(?= (?:the|that|your|this) (?:ask|question)\b| (?:it|that)\b)"
        ),
        "repeat",
    ),
    (re.compile(r"\b(the|your|this|that) ask\b(?! (?:is|was|of|for)\b)"), r"\1 question"),
    (
        re.compile(
            r"\b(?:focus|spend|put|direct|invest|point)(?:ing)? (?:our|my|the|some|more|a bit of) "
            r"(?:bandwidth|cycles|energy|energies|efforts?) (?:on|into|to)\b"
        ),
        "focus on",
    ),
    (re.compile(r"\bdouble[- ]?click(?:ing)? (?:on|into)\b"), "dive into"),
    (re.compile(r"\b(how much|any|much|the|enough) runway\b"), r"\1 time"),
    (
        re.compile(
            r"\b(?:i (?:have|'ve got) no|i don'?t have(?: any)?|i lack|i'?ve no|zero|no) "
            r"(?:real )?visibility (?:into|on|in|over)\b"
        ),
        "i don't know",
    ),
]
#: A first language's word order, as German puts it, in English order: an adverb after the verb
#: ("I would like now to stop", "Show me please the result"), the object first and the verb of
#: wanting last ("Activation functions I want to practise", "Questions about X I would like
#: now"), "make questions to X" ("Fragen zu X machen"). Only frames that ask for practice, or
#: questions, or an adverb: "the learning rate I want to tune" keeps its order.
_WORD_ORDER = [
    # the verb last, as Hindi puts it: "sahi answer kya tha" ("the right answer what was"),
    # "transformers pe kuch questions do" ("transformers on some questions give")
    (
        re.compile(r"^(?P<x>(?:[\w-]+ ){0,3}[\w-]+) (?P<v>what (?:was|is))$"),
        r"\g<v> the \g<x>",
    ),
    (
        re.compile(
            r"^(?P<x>(?:[\w-]+ ){0,4}[\w-]+) (?:pe|par) (?:kuch |some )?(?:questions|question) "
            r"(?:do|dijiye|puchho|poocho|pucho)\b"
        ),
        r"give me some questions on \g<x>",
    ),
    (re.compile(r"\b(like|want|love|wish)(?: now| please| really)+ to\b"), r"\1 to"),
    (re.compile(r"\b(show|give|tell|send|ask|say)( me| us)? please\b"), r"\1\2"),
    (
        re.compile(
            r"\bmake (?:please )?(?:me )?(?:please )?(?:some |a few |more )?questions "
            r"(?:to|about|on|for)\b"
        ),
        "ask me about",
    ),
    (
        re.compile(
            r"^(?P<x>(?:[\w-]+ ){0,4}[\w-]+) i (?:want|would like|'d like|wish) to "
            r"(?P<v>practi[cs]e|drill|train|study|review|revise|do)(?: now| please| next)?$"
        ),
        r"i want to \g<v> \g<x>",
    ),
    (
        re.compile(
            r"^(?P<x>(?:some |more |a few )?questions (?:about|on|to) (?:[\w-]+ ){0,4}[\w-]+) "
            r"i (?:want|would like|'d like|wish)(?: now| please| next)?$"
        ),
        r"i would like \g<x>",
    ),
]
#: The verbs of a request that a polite frame puts in the past ("would you mind if we brought
#: the session to a close", "would it be rude if we passed over this one and went on to the
#: next"): said in the present, as the request's patterns know them.
_PAST_OF_REQUEST_VERBS = {
    "brought": "bring", "went": "go", "took": "take", "left": "leave", "had": "have",
    "did": "do", "came": "come", "gave": "give", "drew": "draw", "spent": "spend",
    "passed": "pass", "moved": "move", "skipped": "skip", "stopped": "stop", "ended": "end",
    "finished": "finish", "wrapped": "wrap", "switched": "switch", "focused": "focus",
    "focussed": "focus", "practised": "practise", "practiced": "practice", "called": "call",
    "jumped": "jump", "turned": "turn", "changed": "change", "concluded": "conclude",
    "looked": "look", "tried": "try", "skimmed": "skip", "parked": "park", "carried": "carry",
    "continued": "continue", "returned": "return",
}  # fmt: skip
#: A past verb right after "if we" / "if I" in a frame that asks ("would you mind if", "would it
#: be ... if": "could we" once the formal frames are said plainly), and after an "and" that
#: joins a second one to it.
_PAST_AFTER_IF = re.compile(
    r"\b((?:mind|could|would it be \w+) (?:if )?(?:we|i) (?:just |perhaps |now )?)"
    rf"({'|'.join(_PAST_OF_REQUEST_VERBS)})\b(.*)"
)
_AND_PAST = re.compile(rf"\b(and (?:then )?(?:we )?)({'|'.join(_PAST_OF_REQUEST_VERBS)})\b")


#: An acronym said letter by letter, as a transcript or a chat writes it: "n l p", "r a g", "c n
#: n", "l l m" (``topic_names`` reads letter names, "em el ops", itself).
_SPELLED = re.compile(r"(?<![\w'-])[a-z](?: [a-z])+(?![\w'-])")


def _spelled_as_one(match: re.Match[str]) -> str:
    """Single letters said in a row as one word ("n l p" is "nlp"), unless they may be words:
    the pronoun "i" opening them ("can i a..."), or only "a" and "i"."""
    letters = match[0].split()
    if letters[0] == "i" or not set(letters) - {"a", "i"}:
        return match[0]
    return "".join(letters)


def _in_the_present(match: re.Match[str]) -> str:
    """A polite frame's past verbs said in the present (``_PAST_AFTER_IF``)."""
    rest = _AND_PAST.sub(lambda m: m[1] + _PAST_OF_REQUEST_VERBS[m[2]], match[3])
    return f"{match[1]}{_PAST_OF_REQUEST_VERBS[match[2]]}{rest}"


#: A word with a letter held for emphasis, as chat and teenagers type it: "yesss pls", "nooo",
#: "pleeease", "nexttt". No English word has a letter three times in a row.
_LONG_DRAWN = re.compile(r"\b\w*?(\w)\1{2,}\w*\b")


def _drawn_short(word: str) -> str:
    """A word said long, as it is written: each held letter once ("yesss" is "yes"), or twice
    where that makes a frequent word and once does not ("sooo" is "so", "coool" is "cool")."""
    once = re.sub(r"(\w)\1{2,}", r"\1", word)
    twice = re.sub(r"(\w)\1{2,}", r"\1\1", word)
    return twice if not _common(once) and _common(twice) else once


#: Request words whose typing slips are put right (``_typed_request_word``).
_TYPED_REQUEST_WORDS = (
    "skip", "hint", "repeat", "again", "question", "questions", "answer", "please", "progress",
    "already", "interview", "another", "session", "time",
)  # fmt: skip
#: "r" for "are" only before whom it asks about: "r we assuming binary", not "r squared".
_R_FOR_ARE = re.compile(r"(?<![\w-])r(?= (?:we|you|u|they)\b)")
_FILLER = re.compile(r"\b(?:uh[ -]huh|m+-?h*m+|u+m+|u+h+|e+r+m*|h+m+|huh|eh|you know|i mean)\b")
#: Slang that frames what is said and says nothing itself, wherever it stands: "ngl i wanna grind
#: bias variance", "lowkey am i cooking or nah", "it's regression fr", "no cap, it overfits".
_SLANG_FRAMES = re.compile(r"\b(?:ngl|tbh|tbf|imo|imho|lowkey|highkey|fr|no cap|deadass|bro|fam)\b")
#: A word or two said again, as a transcript writes a stutter: "i don't i don't know that one".
_STUTTER = re.compile(r"\b((?:[\w']+ ){1,3})\1")
_OPENER = re.compile(
    # "look" as a call for attention, not "look back at what I wrote"
    r"^(?:(?:ok|okay|so|well|alright|all right|right|actually|sorry|hey|oh|"
    r"look(?! (?:back|at|into|up|above|over)\b)|listen|"
    r"before i (?:answer|start|begin|dive in|jump in|go on)|just checking|quick question|"
    r"one question|"
    r"honestly|and|but|then|hi|hello|thanks|thank you|great|cool|nice|i think|i guess|i suppose|"
    r"i'?m (?:so |very |really )?sorry|i am sorry|so sorry|excuse me|forgive me|(?:my )?apologies|"
    r"maybe|hmm|anyway|like|please|wait|hang on|hold on|ha(?:ha)*|heh|lol|phew|whew|wow|oof|"
    # an address, as Indian English opens: "Sir, kindly ask on gradient boosting only."
    r"sir|ma'?am|madam|"
    # a formal register's: "With respect, I believe...", "Indeed, I think that would be best."
    r"indeed|with (?:all due )?respect|respectfully|forgive me but|"
    r"i'?m (?:terribly|awfully) sorry(?: but)?|"
    r"i'?m afraid|"
    # "my doubt is, ...", as Indian English puts a question
    r"my (?:doubt|query) is)"
    r"\s+)+"
)
_POLITE_END = re.compile(
    r"\s+(?:please|(?:thanks|thank you)(?: (?:so|very) much| a lot)?"
    r"(?: for (?:the|this|your|all the|all your) (?:\w+ ){0,2}\w+)?|"
    r"if (?:that'?s|it'?s) (?:ok|okay|alright|all right|fine)|"
    r"if you don'?t mind|for now|for a bit|for a while|instead|now|then|ok|okay|alright|"
    r"(?:is )?it (?:is )?possible|is that (?:ok|okay|possible)|if possible)$"
)
#: A yes or a no in another language or in jargon counts alone, or before what a reply says:
#: "negative sampling", "non-linear" and "affirmative action" are answers.
_ALONE = (
    # a plain yes after it: "Haan, yes, please repeat."
    r"(?=$| (?:thanks?|thank you|danke|merci|bitte|please|let me|sure|go ahead|go|do it|proceed|"
    r"yes|yeah|ok|okay|"
    r"i|i'?d|i'?ll)\b)"
)
_YES = re.compile(
    r"^(?:yes|yeah|yea|yep|yup|ya|ye|yeh|sure|ok|okay|absolutely|of course|definitely|go ahead|"
    r"(?:certainly|gladly|indeed)(?=$| (?:thanks?|thank you|please|go ahead|by all means|yes)\b)|"
    r"by all means|(?:please )?proceed|"
    r"(?:that|it|this)(?: would| will| does)? suits? me|"
    rf"(?:affirmative|ja|jawohl|oui|si|s\u00ed|claro|vale|da|haan|sim){_ALONE}|"
    # slang and idiom: "bet", "say less", "go for it", "let's do it"
    rf"(?:bet|say less){_ALONE}|(?:let'?s )?go for it|let'?s do (?:it|that|this)|"
    # a busy engineer's chat: "ack, go", "roger", "sgtm", "kk"
    rf"(?:ack|roger(?: that)?|copy that|sgtm|lgtm|kk|k|works for me|fine by me){_ALONE}|"
    # a letter, typed by the tersest: "y"
    rf"(?:y|yy|ys){_ALONE}|"
    # "Please do." once its "please" is read as an opener
    r"do(?: so)?$|"
    r"please do|do it|fine|alright|correct|mm hmm|uh huh|why not|sounds good|right|go on|"
    r"(?:that|it)(?:'s| is| would be| sounds| seems| might be| may be| could be)(?: \w+){0,2} "
    r"(?:fine|good|ok|okay|best|great|right|wise|sensible|for the best|"
    # a formal register's: "Indeed, that would be agreeable."
    r"agreeable|acceptable|perfect|ideal|lovely|splendid|excellent|welcome|appreciated)|"
    r"suppose so|guess so|"
    r"(?:\w+ ){0,2}(?:yes|yeah|yep)(?: \w+)?$)\b"
)
_NO = re.compile(
    r"^(?:no|nope|nah|not (?:yet|(?:right )?now|really|quite|necessary|needed|this time|actually)|"
    r"no need|don'?t|do not|"
    # "I think not; I'd like to keep going" (its "I think" an opener)
    r"not(?=$| (?:i|i'?d|i'?ll|let me|let us|let'?s)\b)|"
    rf"(?:negative|nein|non|n|nn|hindi){_ALONE}|"
    r"please don'?t|"
    r"let me (?:try|think|answer|give it)|"
    r"i(?:'d| would) (?:like|rather|prefer) to (?:try|attempt|answer|keep (?:going|trying)|"
    r"give it (?:a|another)(?: \w+)? (?:go|try|shot|stab))|"
    r"i (?:can|could|might)(?: still| probably| maybe)? (?:figure|work|sort) (?:it|this|that) out|"
    r"keep going|(?:i(?:'d| would) )?(?:rather|prefer) not|better not|hold on|hang on|"
    r"give me (?:a|one) (?:second|sec|minute|moment)|(?:perhaps|maybe|probably) not|"
    r"not (?:skip|yet|now|at all)|(?:i'?ll|i will|i'?d rather|i would rather|let me) "
    r"(?:(?:have|give it) (?:a|another)(?: \w+)? (?:go|try|shot|stab)|st(?:ay|ick) with it|"
    r"keep (?:going|at it|trying|working on it)|carry on with it))\b"
)
#: A yes and nothing else but thanks or please: "yes please", "ok sure", "yeah go ahead".
_BARE_YES = re.compile(
    r"(?:yes|yeah|yep|yup|sure|ok|okay|go ahead|please do|sounds good)"
    r"(?: (?:yes|yeah|sure|ok|okay|please|thanks|thank you|go ahead))*"
)
#: A no that declines, with thanks, when nothing was asked: "no thanks", "nah I'm good". A bare
#: "No." can answer a yes/no question; the thanks make it a reply to an offer.
_NO_THANKS = re.compile(
    r"(?:no|nope|nah)(?: (?:thanks|thank you|thx|ty|i'?m good|i'?m fine|that'?s (?:ok|okay|fine)))+"
)
#: Help declined, with nothing asked: "no hint please", "I don't need a hint", "no hints, I
#: want to try it myself". Like "no thanks": the question again, never a hint ("no clue" does not
#: know).
_DECLINES_HELP = re.compile(
    r"(?:no|without|(?:i )?(?:don'?t|do not) (?:need|want)(?: a| any)?) (?:hints?|help|"
    r"nudges?)(?: (?:please|thanks|thank you|yet|for now))*(?: i (?:want|'d like|would like|will|"
    r"'ll|can) (?:to )?(?:try|answer|do|figure)\b.*)?"
)
#: All a candidate who did not hear says, as a question: "Sorry?", "What?", "Huh?" (a filler,
#: so nothing once normalised).
_SAY_AGAIN = re.compile(r"(?:sorry|what|excuse me|you what|pardon me)?")
#: A negation between a request's opener and its verb: "I'd rather not get into drift".
_NOT = re.compile(r"\b(?:not|never|no)\b|n't\b")
#: A request's words as the subject of a statement: "a good place to start is ...", "how to begin
#: is with a baseline".
_SUBJECT = re.compile(r"(?:a|an|the|how to|where to|what)\b")
_SUBJECT_OF = re.compile(r"\s*(?:(?:here|there|then|now) )?(?:is|are|was|were|would be|will be)\b")
#: "...and we repeat this", "then it skips the layer": the request word describes a step of
#: what someone or something does, in an answer; "can we skip this" still asks.
_THIRD_PARTY = re.compile(
    r"\b(?:and|then|so|until)\s+(?:then\s+)?(?:we|they|it|one)\s+(?:(?:just|simply|\w+ly)\s+)?$"
)
#: "Don't skip it", "not skip please": the request word is negated; "I'm not sure where to start"
#: is unsure, and wants a hint; "I don't know, skip" asks to skip.
_NEGATED = re.compile(
    r"\b(?:not|don'?t|do not|no|never|without)\s+(?!sure\b)(?!know\b)(?:\w+\s+)?$"
)
#: "Not sure" followed by a claim about every or most of something doubts the claim, as an answer
#: does ("I'm not sure every team needs a feature store?", "not sure all models need scaling"):
#: not "I don't know".
_DOUBTS_A_CLAIM = re.compile(r"\s+(?:that\s+)?(?:every|all|each|most|many)\s+\w+\s+\w+")
#: "I don't know X, but I think / it's ..." goes on to answer, as does "..., but <ML words>" or
#: "not sure, maybe the learning rate is too high".
#: A message cut in two at its first comma, semicolon, colon or dash.
_AFTER_A_HEDGE = re.compile(r"\s*(?P<hedge>[^,;:\u2014]+)[,;:\u2014]\s*(?P<rest>.+)", re.DOTALL)
#: A reason beside a request that speaks of the candidate's grasp of the question, not of ML: "I
#: fear my knowledge of attention is lacking", "I did not follow the part about the validation
#: set", and of how they learn ("I'd learn more from seeing a good example"); "I think the model
#: overfits", "I'm not sure it matters with batch norm" are an answer's.
_MY_GRASP = re.compile(
    r"^(?!.*\bi(?: (?:think|guess|believe|suppose|would say)|'d say)\b)"
    r"(?!.*\b(?:it|that|this|they|which|because|so)\b)(?:i|i'm|i am|my|i've|i'd)\b"
    r".*\b(?:(?:don't|do not|not) know|knowledge|understand|understood|follow|followed|catch|"
    r"caught|hear|heard|miss|missed|remember|recall|familiar|confident|comfortable|nervous|sure|"
    r"lost|"
    r"confused|fear|worry|worried|lacking|rusty|blank|blanking|learn|learned|learnt)\b"
)
#: A clause that speaks of the candidate.
_OF_ME = re.compile(r"\b(?:i|i'?m|i'?ve|i'?d|me|my)\b")
#: A clause about the speaker, not about ML.
_ABOUT_ONESELF = re.compile(r"^(?:i|i'?m|i'?ve|i'?d|i'?ll|me|my)\b")
#: A don't-know this short, before a comma, is a hedge when an answer follows it.
MAX_HEDGE_WORDS = 5
#: Words after the hedge that can make an answer ("sudden drift is when ..."), and without a word
#: of the guide, words of a statement ("users or requests are randomly assigned to ...").
MIN_ANSWER_AFTER_HEDGE = 4
MIN_STATEMENT_AFTER_HEDGE = 6
#: A guess's own hedge around the words guessed: "maybe dropout", "L2 perhaps", "overfitting I
#: guess".
_GUESS_HEDGES = re.compile(
    r"^(?:(?:maybe|perhaps|probably|possibly|i (?:guess|think|suppose))\s+)?(?P<guess>.+?)"
    r"(?P<last>\s+(?:maybe|perhaps|probably|possibly|i (?:guess|think|suppose)))?$"
)
#: A guess after a don't-know is this many words at most: "dunno. overfitting?", "no clue... the
#: learning rate maybe"; a longer one is read by the rules for answers after a hedge.
MAX_GUESS_WORDS = 4
_GOES_ON = re.compile(
    r"\b(?:but|though|although|however|maybe|perhaps)\s+(?P<hedge>i think|i believe|i guess|"
    r"maybe|probably|it'?s|it is)?(?P<rest>(?:\s*\S+){3,})"
)
#: What a wished-for hint should be about, after a "perhaps": "as to which concept ...".
_HINT_ABOUT = re.compile(
    r"(?:just |only )?(?:as to|about|on|regarding|re) (?:which|what|where|how)\b"
)
#: Staying with the question, after a no: "let us remain with the present question", "I'd
#: rather stick with this one", "keep going on the current question".
_STAY_WITH_IT = re.compile(
    r"^(?:let us|let'?s|i'?d (?:like|rather|prefer) to|i(?:'d| would) rather|i want to|"
    r"(?:can|could|shall) we|we can|we should|i'?ll|i will)?(?: just| please)? "
    r"(?:stay|remain|continue|keep going|carry on|stick|persist|go on|keep at it)"
    r"(?: (?:with|on|at) (?:the|this|that|my) (?:present |current |same |original )?"
    r"(?:question|one|problem|answer))?$"
)
#: After a yes or a no, these words start a different request ("no, but a hint?").
_OTHERWISE = re.compile(r"^(?:but|instead|rather|can|could|may|just|i'?d rather|i would rather)\b")
#: A clause about the candidate's own mind, beside a request, states nothing about ML: "that's a
#: gap in my knowledge, I'm afraid", "my brain is fried after all those transformer questions",
#: nor does a joke that speaks of it as of a model ("my attention mechanism dropped a few
#: tokens", "my mind is as empty as an unlabelled dataset", "my neurons need the exercise").
_OF_MY_MIND = re.compile(
    r"\b(?:my (?:own )?(?:brain|head|mind|memory|neurons?|brain cells|attention(?: span| "
    r"mechanism)?|focus|concentration|context window|internal (?:model|weights)|(?:mental|brain) "
    r"(?:cache|ram|gpu|cpu|bandwidth))|(?:gaps?|holes?|blind spots?) in my "
    r"(?:knowledge|understanding))\b"
)
#: Thanks for the session, or a remark on it, beside a request: "this was really useful", "it's
#: been very helpful", "that was a lot of bias-variance stuff".
_THANKS = re.compile(
    r"(?:this|that|it|today)(?:'s| was| has been|'s been| is)(?: \w+)? (?:useful|helpful|great|"
    r"good|nice|fun|interesting|valuable|instructive|insightful)$|"
    r"(?:this|that|it|today)(?:'s| was| has been|'s been)(?: quite| really)? (?:a lot|lots|plenty|"
    r"loads|a bunch) of (?:[\w-]+ ){0,3}(?:stuff|questions?|things|material|practice)$"
)
#: A question's frame that puts an explanation forward, as an unsure candidate answers: "is it
#: that ...", "isn't it because ...", "would it be ...", "so it's ...", "am I right that ...".
_PROPOSED = re.compile(
    r"(?:is(?:n'?t)? it|is it not|would it be|could it be|might it be|is that) (?:\w+ )?"
    r"(?:that|because|since|like|when|where|due to|about how)\b|"
    r"(?:isn'?t it|would it be|could it be|might it be)\b|"
    r"does (?:it|that) (?:mean|come down to|have to do with)\b|"
    r"(?:so )?(?:am i right|would i be right|is it right|is it correct) (?:to say )?that\b|"
    r"(?:would|is) the answer(?: be)?\b|so (?:it'?s|it is|they'?re|we|you)\b"
)
#: What opens a guess's claim and says nothing yet: "[it's] the learning rate".
_IT_IS = re.compile(r"^(?:it'?s|it is|it was|that'?s|that is)\s+")
#: A hedge of the speaker's own belief: what it qualifies is put forward, not asked ("maybe
#: retrain it every week?", "could be the features drift?", "the learning rate i guess?").
_BELIEF_HEDGE = re.compile(
    r"\b(?:maybe|perhaps|probably|possibly|presumably|my (?:guess|bet) (?:is|would be)|"
    r"i (?:think|guess|suppose|believe|reckon)|i'd (?:say|guess)|(?:it )?(?:could|might|may) be)\b"
)
#: A yes/no question whose subject is something the candidate puts forward, asked of its effect:
#: "would class weights help?", "does dropout fix that?", "can oversampling solve it?".
_WORKS_ASKED = re.compile(
    r"^(?:would|could|will|does|do|can|might|should|wouldn'?t|doesn'?t|won'?t) "
    r"(?!(?:i|you|we|they|me|us|this question|the question)\b)(?:[\w-]+ ){1,5}"
    r"(?:help|work|fix|solve|do the trick|be enough|reduce|prevent|improve|cause|explain|handle|"
    r"address|deal with|mitigate|avoid|stop)\b"
)
#: A question that asks the interviewer, not about ML: a question word, or the candidate or the
#: interviewer as its subject ("can I use an example?", "do you want code?", "should we ...").
_ASKS_THE_INTERVIEWER = re.compile(
    r"^(?:(?:what|which|how|why|when|where|who|whom|whose)\b|"
    r"(?:can|could|may|might|should|shall|do|does|did|am|are|will|would|must|have|is) "
    r"(?:i|you|we|me|us|my|your|our)\b|"
    r"(?:is|would|will) (?:it|that) (?:be )?(?:ok|okay|fine|alright|all right|possible|allowed|"
    r"enough|a problem)\b)"
)
#: A question opened by its verb ("is it ...", "does dropout ..."): asked, not put forward, unless
#: its frame proposes something (``_PROPOSED``, ``_WORKS_ASKED``, ``_IS_IT``).
_INVERTED = re.compile(
    r"^(?:is|are|was|were|am|do|does|did|can|could|would|will|should|shall|may|might|must|has|"
    r"have|had)(?:n'?t)?\b"
)
#: "is it the learning rate?", "was it because of the drift?": the answer's place filled in, and
#: asked whether it is right.
_IS_IT = re.compile(
    r"^(?:is|was|isn'?t|wasn'?t) (?:it|that|this)(?: just| mainly| mostly| maybe| perhaps)? "
    r"(?:the|a|an|because|cause|cos|due|from|caused|related|that|too|more|less|not enough|"
    r"overfitting|underfitting)\b"
)
#: A question about the question: what a word means, which reading is meant, what to assume.
_CLARIFY = re.compile(
    r"^(?:what do you mean|what does .{1,40} mean here|what means\b|do you mean|you mean|"
    r"what (?:does|do) (?:the question|this question|it|this|they) mean by|"
    r"what (?:does|is) (?:the question|this question) (?:actually |really )?(?:mean|asking)"
    r"(?: exactly| here| for)?$|"
    r"when you (?:say|ask|write|mention)|"
    r"which (?:sense|meaning|one|kind|type|part|aspect|bit)$|"
    r"by .{1,40} (?:do you mean|you mean(?= what| which| exactly|$))|"
    r"is (?:this|that|it|the question) (?:about|asking)|"
    r"(?:does|do) (?:this|that|it|the question|you) (?:assume|want|expect)|"
    # "Clarify 'robust'?", its quotes read through by ``normalise``
    r"^clarify(?: please)?(?: '| the (?:question|term)\b| [\w-]+$|$)|"
    # the interviewer's questions for the candidate, asked back: "do you have any questions for
    # me?" (``_back_to_the_question``)
    r"^(?:do|did) you (?:have|got) (?:any )?(?:more |other )?questions? for me$|"
    r"are (?:we|you) (?:talking|asking)|what exactly|in what sense|what kind of|"
    r"which (?:kind|type|one) do you mean|do you want (?:the|me to)|should i (?:assume|focus)|"
    r"(?:could|can) you clarify|clarify (?:the|your|that) question|"
    r"you(?:'re| are)? ask(?:ing)? (?:about|if|whether)|meaning what|is this (?:a question )?about|"
    r"(?:could|can) you define|(?:could|can|would) you (?:specify|clarify|confirm|indicate)|"
    r"what(?:'s| is) (?:the )?meaning of|"
    r"(?:are we|should i) assum(?:e|ing)|is there a (?:specific|particular)|"
    r"(?:the|this|your) question is (?:about|asking)|does (?:'?[\w-]+'? ){1,4}mean|"
    r"is (?:this|that|it|the question) for|should i (?:answer|explain|describe|cover|include|"
    r"compare|talk about)|(?:could|can|would) you (?:rephrase|reword|put it another way)|"
    r"(?:rephrase|reword) (?:it|that|this|the question)(?: please)?$|"
    r"how (?:long|detailed|deep|technical|much detail)\b.{0,30}\b(?:answer|should|do you want))\b"
    r"|\b(?:just (?:to|so i) (?:make sure|clarify|check|be clear|answer the right thing)|"
    # "you can say it different?"; "to put it differently, ..." and "let me say it another way"
    # go on to answer
    r"(?<!to )(?<!me )(?<!i'll )(?<!i )(?<!i'd )(?:say|put|ask|phrase|word|explain) "
    r"(?:it|that|this|the question) (?:in )?(?:a )?(?:different(?:ly)?|another way|other words|"
    r"simpler(?: words)?)(?! ?,)|"
    r"to make sure i understand|when you say \w+|"
    # "is drift meant as...?" asks; "it's meant for continuous features" states.
    r"\b(?!(?:s|is|was|are|were|re|be|been|not|only|just|really|mainly|mostly|also|never|always)\b)"
    r"\w+ meant (?:in|as|for)|"
    r"in a general sense|or (?:for )?a particular|which (?:\w+ ){0,3}(?:do you mean|you mean$)|"
    r"which (?:kind|type|sense|part|aspect) of|(?:are|were) you asking (?:about|for)|"
    r"(?:whether|if) you mean|(?:meaning|means) what(?: exactly| precisely| here)?$|"
    r"what'?s being asked|"
    r"what (?:the question is|you are|you'?re) (?:asking|looking for)|"
    r"(?:should|can|may|could) i assume|i (?:should|can) assume|am i (?:supposed|meant) to assume|"
    r"(?:do|would|should) you (?:want|like) (?:\w+ )?(?:explained|the math|an example|"
    r"a definition|the intuition)|in this context|the main point of the question|"
    r"(?:if|whether) (?:\S+ ){1,4}meant|which (?:part|aspect|bit) you want|"
    r"(?:not sure|unsure|don'?t know) which (?:\w+ ){0,2}you (?:ask|are asking|mean|want)|"
    r"(?:not sure|unsure|wondering|wonder|(?:like|want|need) to know) (?:whether|if) "
    r"(?:you(?:'re| are)? (?:want|mean|expect|need|asking|looking)|the question|"
    r"we (?:can|should|may|could) assume|i (?:should|may|am (?:supposed|meant) to))|"
    r"(?:are|were) (?:we|you) (?:talking|asking) about|"
    r"(?:could|can|would) you explain (?:more|a bit more|a little more|further|it (?:again|"
    r"differently|another way)|what you mean)|"
    r"(?:don'?t|do not|didn'?t|did not|am not|'m not) (?:really )?(?:understand|get|follow) "
    r"(?:the|your|this|that) "
    r"question|not sure what (?:you'?re|you are) asking|"
    r"(?:not sure|unsure|don'?t (?:quite |really )?(?:know|get|understand)) what you mean(?: by)?|"
    r"explain (?:to )?me (?:the|this) question|what(?:'s| is) the meaning of (?:the|this) question|"
    r"what (?:the question is|it'?s|you'?re|you are) (?:getting|driving|aiming) at)\b"
)
#: A reading offered, at the end of a question marked as one ("drift as in data drift?"): a
#: statement, or a fragment of one, says "as in" to give an example ("a causal language model,
#: as in GPT, predicts each next token").
_AS_IN = re.compile(r"\w+ as in(?: \S+){1,6}$")
#: "as in X," set off by commas inside a sentence gives an example, and the sentence goes on.
_AS_IN_ASIDE = re.compile(r",\s*as in [^,?]+,\s*\w", re.I)
#: Two readings offered in a question: "is it the cause or the fix?", "maths or just intuition?".
_ALTERNATIVE = re.compile(
    r"^(?:is (?:it|this|that|the question)|are (?:we|you)|was it|"
    # in a statement's order, as Indian English asks: "this question is about training or ...?"
    r"(?:this|the) question is (?:about|asking|on)|"
    r"does (?:it|this|that|the question)|is '?[\w-]+'?(?: here)? about)\b.*\bor\b"
    r"|\b(?:(?:do )?you mean|do you (?:want|need|wish|prefer)|should i|would you like)\b.*\bor\b"
    r"|^(?:\w+ ){0,2}\w+ or (?:just|only|rather) \w+(?: \w+)?$"
)
#: Two readings offered with the auxiliary left out, as Mandarin and German speakers ask, in a
#: question marked as one: "Your question mean the data drift or concept drift?", "you ask about
#: training or inference?" (spoken, "the question means the model overfits or ..." may answer).
_ALTERNATIVE_UNAIDED = re.compile(
    r"^(?:your|the|this) question (?:means?|asks?|asking|wants?|is about|about)\b.*\bor\b"
    r"|^you (?:ask|asking|are asking|want|wanting)\b.*\bor\b"
)
#: Two readings of what the question's thing does or is, in a question marked as one: "is the
#: model outputting a probability or a yes/no?", "are the labels per pixel or per image?"; not "or
#: something", "or not", a guess left open.
_EITHER_OF_IT = re.compile(
    r"^(?:is|are|does|do|was|were) (?:the|this|that|these|those|our|your) [\w-]+\b.*\bor\b"
    r"(?!(?: \w+)? (?:something|anything|what|not|whatever)$)"
)
#: What a word of the question takes in, asked as a question: "What counts as a long sequence
#: here?" ("What counts as an outlier depends on the data" answers, and is no question).
_WHAT_COUNTS = re.compile(r"what (?:counts|qualifies|passes) as\b")
#: Which one of a thing the question names, asked in a word or two and nothing stated after it:
#: "Which model? The churn one?"
_WHICH_ONE = re.compile(r"which [\w-]+(?: [\w-]+)?")
#: Two meanings offered for a word here, in a question marked as one: "Here drift means the input
#: data changing or the model changing?"; "recall means true positives over actual positives, or
#: sensitivity?" is a terse answer.
_MEANS_EITHER = re.compile(
    r"^(?:so )?(?:here|in this (?:question|case|context)) (?:\S+ ){0,3}means? (?:\S+ ){1,6}or\b"
)
#: "Photos of what, everyday scenes or medical scans?", "The mean of what?": what a word of the
#: question applies to, asked as written ("the share of what we predicted positive" answers).
_OF_WHAT = re.compile(
    r"^\W*(?:\w+\W+){1,2}(?:of|between|from|for|with|against|to) what\s*[,?]", re.I
)
#: What a term of the question means, asked in a few words and nothing else: "What does ROC
#: mean?", "what's a Tomek link?", "what is SMOTE?" (the term must be one of the guide's words,
#: and the interview's own words are requests: "what's the score?", "what's the answer?").
_WHAT_TERM = re.compile(
    r"(?:(?:so|and|um|uh|sorry|wait|ok|okay)\s+)*what(?:'s| is| are| does| do)\s+(?:a |an |the )?"
    r"(?!(?:my|your|our|next|last)\b)(?P<term>(?:[\w/-]+\s+){0,2}?[\w/-]+)"
    r"(?:\s+(?:mean|means|stand for|stands for))?"
)
_INTERVIEW_WORDS = frozenset(
    [
        "answer",
        "answers",
        "score",
        "scores",
        "question",
        "questions",
        "point",
        "points",
        "hint",
        "hints",
        "topic",
        "topics",
        "time",
        "result",
        "results",
        "progress",
        "next",
        "plan",
        "rest",
    ]
)
#: Two readings, or one, offered in a few words ended by a question mark: "Binary or multiclass?",
#: "Training time or inference?", "Binary classification only?".
_TERSE = re.compile(r"(?:\w+ ){0,3}\w+ (?:or (?:\w+ ){0,3}\w+|only)")
#: A statement that takes one of the readings offered: "Binary only? No, ...".
_TAKES = re.compile(r"(?:yes|yeah|no|nope|the (?:first|second|former|latter))\b")
#: A word of the question quoted back, in a question: "does 'without changing the data' rule out
#: reweighting?"
_QUOTED = re.compile(
    r"(?:^|\s)['\"\u2018\u201c][^'\"\u2019\u201d]{1,40}['\"\u2019\u201d](?=[\s,.?!]|$)"
)
#: A question's opening word, for a quoted word to be asked about.
_ASKS_ABOUT = re.compile(
    r"(?:^|\b(?:but|so|and) )(?:does|do|is|are|by|when|what|which|should|would|can|could)\b"
)
#: A statement, which after a clarifying question or beside a request may answer: "Do you mean
#: overfitting? That's when the model learns the noise."
_STATEMENT = re.compile(r"\b(?:it'?s|that'?s|they'?re|is|are|was|were|means?)\b")
#: A clarifying question that goes on to answer: "what do you mean by weakness, like vanishing
#: gradients I guess, and they were built for sequences".
_THEN_ANSWERS = re.compile(
    r"\b(?:i(?: (?:guess|think|believe|suppose|would say)|'d say)|probably)\b(?:\s+\S+){3,}"
)
#: Or that turns, after a "but", to a clause of its own ("I'm not sure this is what you're looking
#: for, but I would monitor the input distribution"): the question about the question was a hedge.
_BUT_THEN = re.compile(r"\b(?:but|though|anyway)\b[\s,]+(?P<rest>(?:\S+\s+){3,}\S+)")
#: A turn that opens on what something is, or what the candidate would do: a claim even where the
#: message ends on a rising "I think?".
_SAYS_WHAT_IT_IS = re.compile(r"(?:it'?s|it is|that'?s|that is|i'?d|i would|you'?d|you would)\b")
#: Or that goes on to say what something is, in a clause that asks nothing ("When you say drift,
#: it's the inputs changing", "you mean dropout, it zeroes activations"); "When you say that,
#: is that the same as in statistics?" asks, and so does "do you mean what it does during training"
#: (what it does, asked about).
_THEN_SAYS = re.compile(
    r"\b(?:(?:it'?s|that'?s|they'?re|it is|that is)\b(?:\s+\S+){3,}|"
    r"(?<!what )(?<!how )(?:it|that|this) (?:\w+ly )?\w+(?:s|ed)\b(?:\s+\S+)+)"
)
#: What something does, said after pointing back: "same as the dropout question, it zeroes units
#: at random" says it again ("this feels like a repeat" says nothing, nor does "unless it was so
#: bad you blocked it out": a verb of being or having says what it does of nothing).
_IT_DOES = re.compile(r"\bit (?:\w+ly )?(?!(?:was|has|does|is)\b)\w+(?:s|ed)\b(?: \S+){2,}")
#: Where a clause ends. A drill request's topic is named within its clause: "Can we drill class
#: imbalance? Our fraud data at work is 0.1% positives" asks for imbalance.
_CLAUSE_END = re.compile(r"[.!?;:]+(?=\s|$)|\.{2,}|\s+-+\s+|\s*[\u2013\u2014]+\s*")
#: Where a clause ends, or is set off by a comma.
_COMMA_CLAUSES = re.compile(rf"[,;:]|{_CLAUSE_END.pattern}")
#: Unpunctuated speech starts a new request where a question opens: "id rather do something else
#: can we do bias and variance"; not "...can we do that", which points back into the clause.
_SPOKEN_ASK = re.compile(
    r"\s+(?=(?:can|could|may) (?:we|i|you)\b(?!(?: \w+){1,2} (?:that|it|this|those|them)\b))"
)
#: "Drill me on X", "Test sets and validation. Drill me.", "Ask me about X" (opening the message).
_DRILL_ME = re.compile(
    r"\b(?:(?:drill|quiz|grill|test) me|^ask me(?= (?:about|on)\b))\b"
    r"(?:\s+(?:on|about|in|with))?\s*(?P<x>.*)"
)
#: "Go through bias and variance with me", "let's run over drift together": a topic gone over
#: with the candidate is a drill ("go through the features with the team" advises no one).
_WITH_ME = re.compile(
    r"^(?:let'?s |(?:can|could) (?:we|you) )?(?:go|run|work|step) (?:through|over) (?P<x>.+?) "
    r"(?:with me|together)(?: please| now| next)?$"
)
#: The question asked named by what it is about, in a request to hear it again: "can you repeat
#: the question about drift?", "say the drift question again" (no drill on drift: this question).
_NAMES_THE_QUESTION = re.compile(
    r"\b(?:repeat|say|read|ask|restate|rephrase|reword)\b(?: \w+){0,3} (?:the|that|this|your) "
    r"(?:[\w-]+ ){0,3}question(?! (?:again|once more))(?:(?: \w+){0,4} (?:again|once more)|"
    r" (?:about|on|of|for) )|"
    r"\b(?:repeat|say|read|ask)(?: \w+){0,2} (?:the|that|this) (?:[\w-]+ ){1,3}question (?:again|"
    r"once more)"
)
#: "Switch to X" opening the clause: a request, or an answer's advice ("move to a time split").
_SWITCH = re.compile(
    r"^(?:(?:switch|swap|pivot|hop|move|go|change|jump|turn|get)(?: (?:me|us|it|things))?"
    r"(?: over| back| on| gears)?"
    r"(?: (?:the )?(?:topics?|subjects?))?"
    r"|change (?:the )?(?:topics?|subjects?))\s+(?:to|onto)\s+(?P<x>.+)"
)
#: How a candidate opens a request for a drill. Strong openers ask ("could we", "I'd like to",
#: "let's"); weak ones also open answers ("maybe", "what about", "we could": "we could do
#: oversampling").
_STRONG_ASK = (
    r"(?:(?:can|could|shall|may|might) (?:we|i|you)|would you mind|you mind if we|let'?s|"
    # the subject left out, as slang and chat do: "wanna do pca questions"
    r"^(?:really )?(?:want|would like|'d like|would love|'d love) to|"
    # keen as wanting, as Australian and British English say it: "keen to do X next"
    r"^(?:(?:i'?m|i am|we'?re|we are) )?(?:really |pretty |quite |super )?keen to|"
    r"i(?:'d| would)?(?: really| also| much)? (?:like|love|want|prefer|rather)(?: to)?|"
    r"i wanna|i wish to|i(?:'d| would) (?:welcome|appreciate)|"
    r"it(?:'d| would| might| could)(?: probably| really)? be (?:more |really |very )?"
    r"(?:nice|good|great|helpful|useful|worth(?:while)?|wise)(?: for me)?(?: to)?|"
    r"i(?:'d| would)? find it (?:more |really |very )?(?:useful|helpful|good) to|"
    r"(?:would|is) it (?:be )?(?:possible|feasible|ok|okay|alright|all right|fine) to|"
    r"(?:would|is) it (?:be )?(?:ok|okay|alright|all right|fine) if (?:we|i)|"
    r"it(?:'d| would| might| could)(?: probably| really)? "
    r"help(?: me)?(?: to)?|"
    r"i(?:'d| would)? (?:probably |really )?benefit from|give me|ask me)"
)
#: The interview's time given to a topic: "for a few questions" (not "rounds": "tune the learning
#: rate for a few rounds" answers).
_FOR_SOME_QUESTIONS = (
    r"for (?:a few|a couple(?: of)?|a handful of|some|the next(?: few| couple of)?)(?: more)? "
    r"questions"
)
_WEAK_ASK = (
    r"(?:maybe|perhaps|how about|what about|let us|we (?:can|could|should|might)|you can|i need to|"
    # as a translated request drops the "it": "is possible to change to the topic of X?", but
    # "is possible to switch to a simpler model for reduce the variance" answers
    r"^is possible to)"
)
#: What a drill request asks to do with its topic. Strong verbs are a drill's ("practise",
#: "go over"); weak ones also say what to do in an answer ("do", "talk about"). A weak opener
#: with a weak verb asks for nothing, and "train more on", "do something on" ask only after a
#: strong opener ("I'd like to train more on X"; "we could train more on the minority class" and
#: "we could do something on the outliers" answer).
_STRONG_VERB = (
    r"(?:(?:do|try)(?: a| some)?(?: quick| short| focused| little| small)? "
    r"(?:drill|round|session)s? on|"
    r"(?:(?:do|doing) )?(?:a few|some|a couple|a handful)(?: more)? (?:on|about)|"
    r"practi[cs](?:e|ed|ing)|drill(?! down)(?: on)?|drilling(?! down)|dwell on|"
    r"focus(?:ing)?(?: a (?:little|bit))?(?: more)? on|concentrate on|cover|go over|going over|"
    r"go through|run through|zoom in on|"
    r"work through|work on|go deep(?:er)? (?:on|into)|going deep(?:er)? (?:on|into)|"
    r"spend(?:ing)? (?:\w+ ){0,5}on|spend(?:ing)? (?:\w+ ){0,3}time|dig into|dive into|"
    r"deep dive (?:into|on)|study|revise|"
    # formal: "could we devote the next few questions to X"
    r"(?:devot|dedicat)(?:e|ed|ing) (?:\w+ ){0,3}(?:questions?|time|minutes|rounds?|session|"
    r"while|bit|part) to|"
    r"brush up(?: on)?|ask me (?:\w+ ){0,2}(?:about|on)|round on|"
    # a try at something: "let's have a crack at X", "could I take a stab at X"
    r"(?:have|take|give it) a (?:crack|go|shot|bash|stab|whirl) at|"
    # "can you ask on X", as Indian English puts it; "I should like to be examined on X"
    r"ask(?: us)? (?:on|about)|"
    r"be (?:examined|tested|quizzed|questioned|drilled|assessed|grilled) (?:on|about|in)|"
    # the attention given to a topic, formally: "might we turn our attention to X" (after a
    # strong opener only: "we could shift our focus to recall" advises)
    r"(?P<attend>(?:turn|shift|direct|move) (?:our|my) (?:attention|focus) (?:to|onto))|"
    # slang for practising: "i wanna grind bias variance stuff", "get reps in on backprop" (not
    # "cram": "I'd like to cram more features in" is an answer's)
    r"grind(?:ing)?(?: on| out)?(?! through\b)|bon(?:e|ing) up on|"
    r"get (?:some |more )?reps (?:on|in)|sharpen up on|level up (?:on|in)|"
    r"(?:switch|swap|pivot|hop|move|go|change|jump|turn)(?:ed)?(?: (?:me|us|it|things))?"
    r"(?: over| back| on| gears)?(?: (?:the )?(?:topics?|subjects?))? to|"
    # any verb of the topic named as one: "I would like to train the topic of X"
    r"\w+(?= (?:the )?(?:topic|subject|theme) of\b)|"
    # or its name set beside it: "I would like to exercise the topic model drift"
    r"\w+ the (?:topic|subject|theme)(?! of\b)(?= \w)|"
    # any verb of a topic given questions: "would it be feasible to examine X for a few questions"
    r"\w+(?: (?:at|into|on|over|through|about))?"
    rf"(?= (?:[\w-]+ ){{1,5}}{_FOR_SOME_QUESTIONS}\b)|"
    r"(?:\w+ ){0,2}questions? (?:on|about|of|for)|"
    r"(?P<train>train(?:ing)?(?: more| again| specifically| a bit| a little)+(?: on| in| with)?)|"
    r"(?P<something>(?:(?:do|try|have|look at|look into|go for) )?something (?:on|around|about|"
    # a topic set against the question as what would be better: "can we do something useful
    # like MLOps?" (no such word, "could we do something like early stopping?" answers)
    r"(?:more )?(?:useful|different|practical|relevant|interesting|fun|else|applied|"
    r"real-world) (?:like|such as))))"
)
_WEAK_VERB = r"(?:do|doing|talk about|review)"
#: Between a wish and its verb, a thing that is to do it: "I'd want the pipeline to cover X",
#: "I'd like the model to focus on X" say what something should do, and ask for no drill ("I'd
#: appreciate the chance to practise X" still asks; nor does the verb's own "change the topic to").
_SOMETHING_ELSE_DOES = re.compile(
    r"^\s*(?:\w+ )?(?:the|a|an|my|our|your|this|that|these|those|each|every|its|their|it|them)"
    r"\b(?! (?:chance|opportunity|time|possibility|option)\b)(?: \w+){0,3}? to\b"
)
#: Words that change the topic: with them a weak opener's "something on X" asks for a drill
#: on a topic of the guide ("maybe we could look at something on recurrent nets instead?"); "we
#: could do something on the outliers instead, like clipping them" answers.
#: Leave asked of the interviewer, which no answer asks: "if that's all right", "if you don't
#: mind", "if I may".
_LEAVE = re.compile(
    r"\bif (?:(?:that|it|this)(?:'s| is| would be)(?: \w+)? (?:all right|alright|ok|okay|fine|"
    r"acceptable|possible)(?: with you)?|you don'?t mind|i may|you(?:'d| would) (?:allow|permit)"
    r"(?: me| us)?)\b"
)
_INSTEAD = re.compile(r"\b(?:instead|for a change|better use of (?:the|my|our) time)\b")
#: A reason about the candidate, which may follow a drill request ("Can we drill class imbalance?
#: Our fraud data at work is 0.1% positives"), unlike an answer's statement.
_PERSONAL = re.compile(
    r"^(?!.*\bi(?: (?:think|guess|believe|suppose|would say)|'d say)\b).*\b(?:i|i'm|i've|my|me|our|"
    r"we|we're|us)\b"
)
#: A reason about the candidate's grasp beside a drill request, in any words of the guide: "Can
#: we do the exercise on backprop? For me gradient descent is still not clear."
_HARD_FOR_ME = re.compile(
    r"^(?=.*\b(?:i|i'?m|i'?ve|me|my)\b)(?!.*\bi (?:think|guess|believe|suppose)\b).*\b(?:"
    r"(?:is|are|was|were|feels?|seems?)(?: \w+)? (?:not (?:\w+ )?clear|unclear|confusing|"
    r"hard|difficult|tricky|fuzzy|a mystery|a blur)|(?:confuses|confused|loses|lost) me|"
    r"i (?:never|still don'?t|don'?t) (?:really )?(?:get|understand|remember)|"
    r"i (?:always |still |keep )?(?:mix|mixing) (?:\w+ ){0,4}up)\b"
)
#: A purpose, a reason or a condition after what a shape answers also take names ("switch to ReLU
#: to avoid vanishing gradients", "move on to a bigger model only if ..."): advice, not a request.
_GOES_ON_TO = re.compile(
    r"\b(?:to|so|because|since|which|then|otherwise|unless|when|by|"
    r"if(?! (?:that'?s|it'?s|you|possible)\b))\s+\w+|"
    # a purpose as a translated answer puts it: "switch to a simpler model for reduce the variance"
    r"\bfor (?:reduc|improv|avoid|get|mak|hav|find|detect|choos|predict|prevent|increas|decreas|"
    r"keep|check|fix|solv|lower|rais|handl)\w*"
)
#: How a candidate says they need the practice on a topic: a request for it even unasked.
_NEED = (
    r"(?:benefit from|(?:need|could use|want)(?: \w+){0,2} (?:practice|work|revision|review|"
    r"drilling|reps|repetition)|(?:go|going|went) over|brush(?:ing)? up|practi[cs](?:e|ing)|"
    r"(?:(?:want|need|like|love|hope|wish) to )?(?:get|be|become) (?:a lot |much )?"
    r"(?:better|stronger|sharper|sharp|more confident)|"
    r"focus(?:ing)? (?:on )?(?:that|it|there|this|them))"
)
#: How a candidate says a topic is where they are weak, or need the practice.
_WEAK = (
    r"(?:weak(?:est)?|shak(?:y|iest)|rust(?:y|iest)|struggl(?:e|ing)|worst|"
    r"(?:not|less|least) (?:very |that |so |as |too )?(?:confident|comfortable|strong|solid)|"
    rf"(?:blind|weak|sore) spot|gaps?|{_NEED})"
)
_ADVERBS = (
    r"(?: (?:probably|definitely|really|honestly|still|always|kind of|sort of|actually|clearly|"
    r"pretty|quite|a bit|a little|very|so|super|particularly|especially|most|the most))*"
)
#: Asking the interviewer to do something together: "could we", "would you mind", "any chance".
_ASKS_US = re.compile(
    r"\b(?:(?:can|could|shall|may|might) (?:we|you|i)|would you|let'?s|any chance|please|"
    r"mind if|i'?d (?:like|love|want)|i want)\b"
)
#: "Activation functions are probably where I'm shakiest", "Imbalanced data is something I'd
#: benefit from going over", "A/B testing is my weak point": the topic is the subject.
_WEAK_SUBJECT = re.compile(
    rf"^(?P<x>.+?) (?:is|are|was|were|has been|have been){_ADVERBS} "
    rf"(?:my|where i|something i|(?:something|a bit) of an?|an? (?:area|thing|topic) (?:where )?i|"
    rf"the (?:area|topic|thing|part|one) (?:where )?i|one i)\b.*\b{_WEAK}\b"
)
#: "I'm shaky on neural net basics", "I always struggle with metrics": the topic is the object.
_WEAK_OBJECT = re.compile(
    rf"^(?:i'?m|i am|i feel|i get|i'?d|i|i'?ve (?:always )?been){_ADVERBS} (?:{_WEAK} "
    rf"(?:on|with|at|about|in|when it comes to)|(?:keep )?(?:mix(?:ing)? up|confus(?:e|ing))) "
    rf"(?P<x>.+)$"
)
#: "Could I get..." asks for a drill only with what it is for: "could we try some SQL questions",
#: "could you give me some on SVMs".
_GET = r"(?:give me|get|have|try)"
_DRILL_CUE = re.compile(
    r"\b(?:questions?|drills?|practice|rounds?|topics?|exercises?)\b|"
    r"^(?:some|a few|a couple|a handful)(?: more)? (?:on|about)\b"
)
_ASK_FOR = re.compile(
    rf"\b(?:(?P<strong>{_STRONG_ASK})|{_WEAK_ASK})\b(?: \w+){{0,3}}? "
    rf"(?:(?P<verb>{_STRONG_VERB})|(?P<get>{_GET})|{_WEAK_VERB})\s+(?P<x>.+)"
)
#: Questions thrown at the candidate: "hit me with some X questions", "throw some X questions at
#: me", "fire a few X questions my way".
_THROW = (
    r"(?:hit|pelt|bombard) (?:me|us) with|"
    r"(?:throw|fire|shoot|toss|lob|send|sling|bring on|serve up)(?: (?:me|us))?"
)
#: Questions on a topic wanted by their name, with no verb of practising: "I want SQL questions,
#: not this", "wanna do pca questions" (the subject left out, as slang does), "can u throw some
#: supervised vs unsupervised questions at me", "time for some k-fold questions". What is wanted
#: ends at the word for questions, so that a reason after it ("..., since my own focus is
#: drifting") is no part of the name; in the plural ("might I hear the question again" wants the
#: question of the interview).
_WANTS_QUESTIONS = re.compile(
    rf"(?:\b(?:{_STRONG_ASK})(?: (?:{_THROW}))?|\b(?:{_THROW})|^(?:it'?s |now )?time for|"
    # asked whether the interviewer has them: "do u have any xgboost questions"
    r"\b(?:do|have|got) you (?:have|got)|^(?:you )?got)"
    r"(?: (?:do|doing|have|get|some|any|a few|more|a couple of|a bunch of|a round of|a set of))*"
    r" (?P<x>(?:[\w-]+ ){1,5}?(?:questions|drills|quiz(?:zes)?|exercises))\b"
)
#: Rounds on something asked of the interviewer's stock by "any", in a question marked as one:
#: "any sql rounds?", "got any nlp drills left?" ("more boosting rounds." is an answer's).
_ANY_ROUNDS = re.compile(
    r"^(?:(?:you )?got |have you got |do you have )?any(?: more| other)? "
    r"(?P<x>(?:[\w-]+ ){0,3}?[\w-]+) (?:rounds?|drills?|exercises?)"
    r"(?: (?:left|today|for me|at all))?$"
)
#: A topic's material asked of the interviewer's stock, the questions left unsaid, as chat asks:
#: "do u have any svm stuff", "got any nlp material?", "have you got some drift things". The
#: whole clause, so that "do you have any regularisation stuff in the model" is no request.
_ANY_STUFF = re.compile(
    r"^(?:(?:do|have) you (?:have|got)|(?:you )?got|have you got) (?:any|some)(?: more| other)? "
    r"(?P<x>(?:[\w-]+ ){1,4}?)(?:stuff|material|content|things)(?: (?:left|at all|for me))?$"
)
#: "Some questions on X", "a focused round on X": what is wanted, named by its noun, with a word
#: that counts or asks for it ("each round of k-fold", "the practice of oversampling" are an
#: answer's). A request only in a message that asks for something (``_ASKS``).
_QUESTIONS_ON = re.compile(
    r"(?:^|\b(?:some|more|any|few|a|an|couple of|handful of|several|extra|quick|short|focused|"
    r"(?:bunch|lots?|loads?|tons?|heaps?|series|set|number|selection|range) of|"
    r"have|got|me|us|make|do|next)"
    # an adverb where a first language puts it: "do you have also questions to X"
    r"\s+(?:(?:also|still|even|perhaps|maybe) )?|"
    # a part of the interview, as a translated request names it: "we make now the part about X"
    r"\b(?:make|do|start|begin|take)(?: now)? the\s+(?=(?:part|section|chapter)\b)|"
    # "can we do the exercise on backprop?" (not "the practice of", an answer's)
    r"\b(?:do|have|try|start|begin|take) the\s+(?=(?:exercises?|drills?|quiz(?:zes)?)\b))"
    r"(?:(?:practice )?questions?|practice|drills?|rounds?|exercises?|quiz(?:zes)?|"
    r"(?<=next )ones?|(?<=have )anything|(?<=got )anything|anything(?<=^anything)|"
    r"(?<=the )(?:part|section|chapter)|"
    r"(?<=the )(?:exercises?|drills?|quiz(?:zes)?))"
    r"(?: all| only| just| be| more){0,3}\s+"
    # "questions to X", as German ("Fragen zu") and Mandarin speakers say it: asked, not stated
    # ("I'd add more questions to the survey"; see ``_drill``)
    r"(?P<prep>on|about|for|of|around|(?<=questions )to|(?<=question )to)\s+"
    r"(?P<x>(?<=to )(?!(?:ask|answer|check|test|see|be|make|do|get|use|try|think|consider)\b).+|"
    r"(?<!to ).+)"
)
#: What questions on something would do, said of them as a subject: "some questions on the
#: holdout would tell you" is a claim ("... would be great" and "... would really help" ask).
_CLAIMED_OF = re.compile(
    r"\b(?:would|will|could|might|may|should|can)\s+"
    r"(?!(?:be|help|really|probably|do|make|work|suit|definitely|also)\b)\w+"
)
#: A question, a wish or a hedge anywhere in the message.
_ASKS = re.compile(
    r"\?|\b(?:can|could|would|shall|may|let'?s|please|want|like|love|prefer|rather|maybe|"
    r"perhaps|wonder|any|some|more|few|do you have|is there|are there|helpful|useful|nice|"
    r"benefit|need|welcome|appreciate|wish)\b"
)
#: A drill asked for by its first words: "Drill SVMs.", "practise backprop", "Next topic: drift",
#: "ok new topic: cnns".
_IMPERATIVE = re.compile(
    r"^(?:drill(?! down)|practi[cs]e|quiz me(?: on)?|(?:next|new|different|another) topic|"
    r"(?:quiz|drill|practice) time|"
    r"ask (?:(?:me )?(?:questions? )?from|me questions? (?:about|on)|questions (?:about|on)|"
    # "kindly ask on gradient boosting only" ("ask about the data first" may advise)
    r"(?:me |us )?on))"
    r"(?:\s+(?P<x>.+))?$"
)
#: A condition on what the interviewer has, which only a request sets: "if you've got it", "if
#: you have any", "if there are any" (not "them" or "some": "delayed labels, if you have them"
#: answers).
_IF_YOU_HAVE = (
    r"if (?:you(?:'ve| have)?(?: got)?|there(?:'s| is| are)) (?:it|any|one)"
    r"(?: (?:questions?|on (?:it|that|those|them)))?"
)
#: A name with what it is wanted for: "the attention stuff", "drift, please", "SQL questions".
#: Not "rounds": "boosting rounds" is an answer; nor "this question", the interview's ("Déjà vu,
#: we did this question").
#: After what it is wanted for, a hedge or a condition on what the interviewer has may close it
#: ("the cnn rnn stuff, maybe", "naive bayes questions if you have any"); alone they close a guess
#: ("dropout maybe").
_NAMED_FOR = re.compile(
    r"(?P<x>.+?)(?:(?<!\bthis)(?<!\bthat)(?<!\bthe)(?<!\bsame)(?<!\blast)\s+questions?|"
    r"\s+(?:drills?|please|next|instead|right now|now|stuff|things?|practice|topic|a few rounds|"
    r"a bit))+"
    rf"(?:\s+(?:maybe|perhaps|{_IF_YOU_HAVE}))?"
    rf"|(?P<y>.+?)\s+{_IF_YOU_HAVE}"
    # what comes next, said before the name: "now metrics", "next up drift", "on to backprop"
    r"|(?:and )?(?:now|next up|on to|onto|after this|after that)\s+(?P<z>.+?)"
    r"(?:\s+(?:please|maybe|perhaps|then))?"
)
#: A clause that opens on a consequence or a reason states it ("otherwise the model learns
#: patient-specific stuff", "because drift stuff happens"): no drill request opens so.
_CONSEQUENCE = re.compile(r"(?:otherwise|or else|else|because|since|therefore|hence|thus)\b")
#: What a name is wanted for, closing its clause, that no answer says: "SQL questions", "a
#: feature engineering drill" (an answer may end on "in practice" or "more boosting rounds").
_QUESTIONS_FOR = re.compile(r"\b(?:questions?|drills?)(?: please| next| instead| now)*$")
#: What a drill request covers, listed after it with no verb: "drift qs? data vs concept",
#: "gimme some transformer qs, attention etc". A clause of its own, it states nothing.
_EXAMPLES = re.compile(
    r"^(?!.*\b(?:is|are|was|were|it'?s|that'?s)\b)[\w-]+(?: [\w-]+){0,5}"
    r"(?<= etc)$|^[\w-]+(?: [\w-]+)? (?:vs|versus) [\w-]+(?: [\w-]+)?$"
)
#: How an answer closes a list: not what a drill request is for ("SMOTE, oversampling, that kind
#: of stuff").
_LIST_END = re.compile(r"(?:(?:kind|sort) of (?:stuff|things?)|and (?:stuff|things|so on))$")
#: A drill request that points back at what was just said: "relu, sigmoid... can we practise it".
_REFERS_BACK = re.compile(
    r"(?:that|it|this|those|these|them|there|(?:that|this) (?:one|topic|area))?"
)
#: The last words of a reason given before a request pointing back, as what they are about: "my
#: next interview is all about Bayesian statistics, so ...".
_REASON_NAMES = re.compile(
    r"\b(?:about|on|with|loves?|likes?|covers?|into)\s+(?P<x>(?:[\w-]+ ){0,3}?[\w-]+?)"
    r"(?: (?:next|this) (?:week|month)| soon| tomorrow| coming up)?(?: so| and| but)?$"
)
#: A request for more of what the message has just named, closing it: "Pipelines and deployment,
#: can we go there?", "RNNs confuse me, more of those?", "..., could we make that the focus?".
#: Without an opener that asks, only in a message marked as a question: "we need more of those"
#: is an answer's.
_MORE_OF_IT = re.compile(
    r"\b(?:(?P<ask>(?:can|could|shall|may) (?:we|i|you)|let'?s)(?: \w+)? )?"
    r"(?:go there|hammer (?:on )?(?:that|it|this|them)|"
    r"make (?:that|it|this) (?:the |our |a )?(?:main )?focus|"
    r"(?:get|have|do) (?:a few|some|a couple)(?: more)?(?: of (?:those|them|these|that))?|"
    r"(?:some |a few )?more (?:of )?(?:those|them|these|that)|"
    r"focus (?:on )?(?:that|it|there|those|them)|stay (?:on|with) (?:that|it|this|them)|"
    r"(?:that'?s|this is) (?:where|what) i'?d (?:really )?(?:want|like|love|need|prefer) to "
    r"(?:focus(?: on)?|practi[cs]e|work on|drill|spend (?:some |my )?time(?: on)?))$"
)
#: What a drill request's words ask for when it is something for a question of the interview: "a
#: model answer for the cross-validation question", "a hint on this question".
_FOR_A_QUESTION = re.compile(
    r"^(?:(?:a|an|the|some|your|one) )?(?:\w+ ){0,2}(?:answers?|hints?|clues?|solutions?|nudge|"
    r"tips?|examples?) (?:for|to|on|of|about) (?:the|this|that|my|your) (?:[\w-]+ ){0,3}"
    r"(?:question|one)\b"
)
#: What comes before a drill's topic and is no part of it ("a few more questions on the ...").
_OBJECT_HEAD = re.compile(
    r"^(?:(?:the|a(?= \w\w)|an|some|more|few|couple of|bit of|whole|all that|all the|all|that|"
    r"(?:bunch|lots?|loads?|tons?|heaps?) of|(?:any )?chance of|"
    r"this|my|our|on|about|me on|us on|me about|"
    r"only|just|like|i want|i'd like|i would like|can we have|could we have|can i have|"
    r"could i have|let's have|(?:give|ask|throw|send) (?:me|us)|"
    r"of|for|into|in|with|over|around|through|to|quick|short|focused|little|round on|"
    r"drills? on|questions? (?:on|about|of|for)|practice on|what about|how about|doing|do|"
    r"(?:topics?|subjects?|area|field) of|any)\s+)+"
)
#: What opens a topic described rather than named: "the one about models going stale", "the
#: thing where the model memorises", "some of the attention stuff", "the lopsided data ones".
_DESCRIBED = re.compile(
    r"^(?:(?:the|those|these|some|more|a few|one) )?(?:of the )?"
    r"(?:(?:ones?|stuff|things?|bits?|parts?|section|questions?|kind|type|topic|area|material|"
    r"chapter) (?:about|on|regarding|around|of|for)\s+(?P<x>.+)|"
    # "where" may describe a technique ("the one where we weight the classes" answers): only
    # after words for questions or their topic
    r"(?:ones|questions|topics?|areas?|sections?|chapters?) (?:where|with|when|that|which|in "
    r"which|like)\s+(?P<w>.+)|"
    r"(?P<y>(?:[\w-]+ ){1,5}?)(?:ones|stuff|things|questions|topic|area|part)\b"
    r"(?P<rel>,? (?:where|with|when|about|that|which)\b)?(?P<z>.*))$"
)
#: What a technique's description says, and a topic's does not: someone doing it ("where we
#: weight the classes", "where you hold out a test set") or it done ("where the gradients are
#: clipped").
_DONE = re.compile(
    r"^(?:we|you|i|they|u)\b|\b(?:is|are|was|were|be|been|gets?|got) (?:\w+ly )?\w+(?:ed|en)\b"
)
#: What makes a phrase a description rather than a name: a relative word, or a verb with words
#: after it ("models going stale", "splitting the data", "one class is tiny"). A name ends on its
#: head noun ("gradient boosting", "decision trees", "time series"), so a word in -ing or -s at
#: its end, or before "and", names something outside the guide.
_DESCRIBES = re.compile(
    r"\b(?:where|when|how|which|whose|why|that)\b|"
    r"\b(?:is|are|was|were|be|been|gets?|got|goes|has|does|can|could|would|will|should|"
    r"\w+n't) (?!(?:and|or|vs|versus|with|like|etc|please|next|now|then|instead|too)\b)\w|"
    # a participle or a verb in -s with what it does after it: "models going stale", "splitting
    # the data", "the model memorises the training set" ("learning rate" is a name)
    r"\b(?:\w+ing|(?:the|a|an|its|their|your|our|my) \w+ \w+s) (?:the|a|an|its|their|into|"
    r"up|down|out|over|off|away|from|on|in|to|too|more|less|stale|worse|better|wrong|bad|"
    r"good|old)\b|"
    r"\b\w+ing \w+ (?:into|from|between|across|by|over)\b"  # "splitting data into folds"
)
#: How close a description must come to a topic's own words (MiniLM's cosine, the mean of its
#: three closest texts), and by how much more than any other topic, to ask for it; closer than
#: the first but not apart enough, the interviewer asks whether that topic is meant.
DESCRIBED_SIMILARITY = 0.45
DESCRIBED_MARGIN = 0.06
DESCRIBED_UNSURE_MARGIN = 0.02
#: A topic is read by its closest texts, not all of them: topics with many questions are no
#: nearer for it.
DESCRIBED_TEXTS = 3
#: What follows a drill's topic and is no part of it: reasons, hedges, politeness, asides.
_OBJECT_TAIL = re.compile(
    r"\s+(?:(?:(?:would|will|could|might|may|should)\s+(?:be|do|help|make|really|probably)|"
    r"at some point|if|since|because|like|such as|for (?:example|instance)|"
    r"as (?:i|my|we|it|that|the)|so (?:i|that|it|we)|"
    r"before (?:we|i|moving|going)|"
    # the candidate's reason after a comma the words have lost: "X, I could use an easy win",
    # "X, this is my weak point"
    r"i (?!want|wanna|would|wish|like|love|prefer)\w+|i'm|i've|this (?:is|was|has)|"
    # a second question after the topic: "anything on XGBoost or is it all basics?"
    r"or (?:is|are|was|do|does|will|would) (?:it|that|this|they|there|you|we|everything)|"
    r"that'?s|it'?s|they'?re|(?:we|they|it|you|he|she) \w+|"
    r"(?:can|could|shall) (?:we|you|i)|"
    rf"is that|right now|for (?:a (?:while|bit)|now|today|tonight|the rest)|{_FOR_SOME_QUESTIONS})"
    r"\b.*|"
    r"(?:please|thanks?|thank you|now|next|instead|first|later|then|again|too|as well|a bit|only|"
    r"a little|for me|there|okay|ok|alright|(?:a )?(?:few|couple of) rounds?|questions?|stuff|"
    r"things?|part|side|area|basics|topic|(?:that|this) (?:kind|sort) of (?:stuff|thing)|"
    # the questions' kind: "X, quick ones", "X, easy ones please"
    r"(?:(?:quick|short|easy|simple|basic|hard|tough|tricky|rapid|fast) )?ones?|"
    r"and (?:so on|stuff|all that|the like)|etc))$"
)
#: Words of a drill request that say nothing about ML, though the guide uses them.
_NO_SUBJECT = "questions topic topics stuff things drills bit round"
#: A tail after a drill's topic that opens on a subject ("it's faster", "I could use a win"):
#: what ``_says_of_it`` reads.
_SAYS_OF_IT = re.compile(r"(?:i|i'?m|i'?ve|i'?d|it|it'?s|they|they'?re|that'?s|this|we|you)\b")
#: Words around a topic's name that name nothing themselves ("the MLOps side", "the basics").
_ASIDES = frozenset(
    """
    stuff thing things question questions topic topics part parts side area areas basics basic
    fundamentals bit section concepts ideas material drill drills round rounds practice kind sort
    type whole etc first next now please more deeper again lot networks nets methods techniques
    approaches functions vs versus particular particularly especially specifically mainly
    piece stack space bucket workstream
    """.split()  # noqa: SIM905
)
#: Words that join a list of names and say nothing themselves ("relu, sigmoid, that sort of
#: thing", "concept drift in particular").
_LISTING = _ASIDES | frozenset(
    "the a an and or in of on like that this these such as".split()  # noqa: SIM905
)
#: Words that no name of a topic is made of ("can we do something else", "the next one", "since
#: it changes things").
_NOT_A_NAME = re.compile(
    r"\b(?:not|who|what|why|how|when|where|since|because|although|though|unless|these|this|"
    r"those|that|it|its|they|them|you|your|i|we|my|me|our|is|are|was|were|be|been|has|have|had|does|did|do|can|could|will|would|should|"
    r"question|questions|one|next|another|different|other|something|anything|else|again|"
    r"answer|hint|clue|nudge|tip|pointer|help|idea|example|explanation|feedback|score|progress|"
    r"result|summary|update|interview|session|break|moment|second|minute|chance|go|try|look|"
    r"finish|stop|end|quit|some|any|dif+(?:e?r+e?n?t)?|repeat|rephrase|reword|skip|say|tell|show|"
    r"yes|yeah|yep|yup|no|nope|nah|ok|okay|sure|"
    # a setting changed is what to do, not a topic: "the exercise on a smaller learning rate"
    r"smaller|larger|lower|higher|bigger|fewer|simpler|shallower|wider|narrower)\b"
)
#: A verb that makes a phrase a statement rather than a name ("practice shows that class weights
#: are enough").
_STATES = re.compile(
    r"\b(?:is|are|was|were|been|shows?|showed|means?|meant|has|had|does|did|makes?|gives?|"
    r"helps?|uses?|causes?|leads?)\b"
)
#: What an answer says a technique is done to or with, right after its name: "practise the
#: regularisation on the model", "go through the hyperparameters with a grid search", "apply
#: dropout to the hidden layers" (a non-native "practise" is "apply"). A drill request names its
#: topic and at most the interview's part or time ("for a while", "in the next round", "with a
#: focus on recall") or another topic ("attention in the transformer").
_APPLIED_TO = re.compile(
    r"\b(?:(?:with|using|via|by) (?:the|my|our|your|this|that|these|those|its|their|a|an|each|"
    r"every|all the|all)|"
    # where it is done, said of the candidate's own problem ("on a real example" may be a wish),
    # or with what, unless asked of the interviewer ("can we go over the activations in the
    # hidden layers?", "could we practise metrics with examples?")
    r"(?P<where>(?:on|to|onto|in|inside|within|across) (?:the|my|our|your|this|that|these|those|"
    r"its|their|each|every|all the|all)|(?:with|using|via|by)))"
    r" (?P<thing>[\w-]+(?: [\w-]+){0,2})"
)
#: Asking the interviewer to do something together: "can we", "could you", "let's".
_ASKS_TOGETHER = re.compile(
    r"\b(?:(?:can|could|shall|may|might|would) (?:we|you|i)|let'?s|let us)\b"
)
#: What the thing after such a preposition may be in a drill request: the interview and its time.
_OF_THE_SESSION = frozenset(
    """
    while bit moment minute minutes rest remainder next session interview round rounds time
    today day week job exam focus emphasis view eye end start beginning meantime first last
    questions question part parts side basics chance same way example examples case cases
    you me us
    """.split()  # noqa: SIM905
)
#: Examples listed after a drill's topic: "metrics, like precision and recall". When they name no
#: topic ("regularisation, like L2") they may be an answer's, and the interviewer asks.
_LIKE = re.compile(r"\b(?:like|such as|e g|eg|for example|for instance|say)\s+(?P<x>.+)$")
#: The longest name of something outside the guide that a drill request is taken to ask for.
MAX_NAME_WORDS = 6
#: How a candidate calls the answer they want to hear: "the model answer", "a strong answer".
_GOOD = (
    r"(?:model|right|correct|ideal|perfect|reference|best|good|great|strong|full|sample|example|"
    r"real|actual|true|"
    r"exemplary|"
    r"full[- ]?marks?|top[- ]?marks?|"
    r"expected|textbook|complete|proper|official|standard|best possible)"
)
#: What moving on is to, when it is to a question: "move on to X" is otherwise an answer's advice
#: ("move on to a time-based split").
_NEXT = r"(?:(?:the )?next|another|a (?:new|different)|something else|other)"
#: What "skip the ..." skips when it asks to ("skip the backprop question"): anything else is a
#: step of an answer ("skip the scaling for tree models").
_SKIPPED = r"questions?|ones?|next|rest|current|whole|hard|tough|difficult|boring|last|first|this"
#: Seeing the score or the summary: "see my score", "give me the final results".
_SEE_THE_SCORE = (
    r"(?:see|get|show|give|tell|have|hear|check|know|share|send)(?: me| us)? (?:(?:my|the) "
    r"(?:final |overall |total |last )?|(?:final|overall|total) )"
    r"(?:score|results?|summary|tally|verdict|report|numbers|figures|stats|scorecard|grades?)"
    r"(?! (?:of|on|for|from)\b)"
)
#: Requests by their words, in priority order: asking for something beats saying "I don't know"
#: ("no idea, can I get a hint?" wants the hint). Only for messages that say nothing about ML.
#: A skip beside not knowing is a skip, in either order ("idk, next", "pass, honestly I don't
#: know", "can we skip lol i got nothing"): the candidate said what to do, and moving on without
#: the key points is what they asked for; not knowing said alone is a don't-know, whose feedback
#: teaches the first key points. (Until the eleventh round a skip said beside not knowing was a
#: don't-know unless the not knowing came first as its reason; every writer who labelled such a
#: message, four of four on the development sets, called it a skip.)
#: Whisper's mishearing of a request word counts where the request's shape leaves no doubt ("can
#: you give me a hunt", "read the suggestion out again", "drawing a blanket").
_REQUESTS: list[tuple[IntentKind, re.Pattern[str]]] = [
    (
        IntentKind.END,
        re.compile(
            r"\b(?:call(?:ing)? it (?:a day|a night|quits|there|here)|"
            r"(?:let'?s|i'?ll|i'?m going to) call it$|"
            r"(?:want|like|need) (?:to )?(?:finish|stop|end|quit)(?= now| here| please|$)|"
            r"wrap (?:it |this |things )?up|(?:let'?s|can we|we can|shall we) wrap"
            r"(?: (?:it|this|things))?(?: here\b| there\b| now\b|$)|"
            r"(?:finish|wind) (?:it |things )?up|cut (?:this|it) short|"
            r"(?:draw|bring) (?:this|it|things|(?:the|our|my) \w+) to a close|"
            r"(?:can|could|shall|may) we (?:end|finish|wrap up) early|"
            r"for me (?:this|that|it)(?:'s| is) the end$|"
            r"(?:this|that|it)(?:'s| is) the end for me$|"
            r"(?:i'?m|we'?re|i am|we are) (?:done|finished)\b"
            r"(?! with (?:this|that) (?:one|question))(?! \w+ing (?:when|once|after|if|until)\b)|"
            r"(?:that'?s|is|it'?s)(?: \w+)? (?:all|enough|plenty|it)(?: \w+){0,2} "
            r"for (?:now|today|tonight|me|one (?:day|sitting))|^enough for (?:now|today|tonight)|"
            r"^for (?:now|today|tonight)(?: it)? is enough|"
            r"(?:we can|let'?s|can we|could we|shall we) (?:end|stop|finish|quit)"
            r"(?= (?:here|now|it|this|there|the (?:interview|session)|for|please|thanks?)\b|$)|"
            r"as much as i can (?:take|handle|manage)|(?:much |any )?more (?:left )?in me|"
            r"(?:i'?ve|i have|we'?ve|we have) (?:had|done) enough(?: \w+){0,2} for "
            r"(?:now|today|tonight|one day|the day|one sitting)|"
            r"(?:good|right|fine) (?:point|place|time|moment) to "
            r"(?:stop|end|leave it|wrap|call it)|"
            r"that'?s all i'?ve got|(?:that'?s|it'?s) a wrap|"
            r"(?<!you )(?<!one )(?<!they )(?<!it )(?:(?:have|need|has|got) to|i must) "
            r"(?:go|leave|run|stop|log off|head off|bounce|dash|split|jet|take off|run off)"
            r"(?! (?:it|the|this|that|a|an|them|each|every|once|twice|again|out|early|more|"
            r"deeper|further|through|over)\b)|"
            r"(?:log|sign|head|hop) off|time (?:for me )?to (?:stop|go|finish|wrap up|end|call it)|"
            # a meeting to go to: "gotta jump into a meeting", "have to hop on a call"
            r"(?:have|need|got) to (?:jump|hop|get|go) (?:on|in|into|onto|to) (?:a|another|my|the) "
            r"(?:\w+ )?(?:call|meeting|standup|stand-up|sync|interview)|"
            r"(?:end|stop|finish|quit|close|terminate|conclud(?:e|ed|ing)|break off|abort|cancel|"
            r"close out)(?: the| this| our| my)? "
            r"(?:interview|session|practice|it|here|now|things|today|there)|"
            r"leave it (?:at that|there|for (?:now|today|tonight))|"
            r"(?:good)?bye|see you|good night|"
            # ending with the score, which the end gives: "can i see my score and be done",
            # "let's stop and see the final score", "give me the results and let's finish"
            r"(?<!you )(?<!they )(?<!it )(?:stop|end|finish|quit|wrap (?:it |this )?up|be done|"
            r"call it)(?: here| now| it| this| the (?:interview|session))?(?: and| then| just)+"
            rf" {_SEE_THE_SCORE}|"
            rf"{_SEE_THE_SCORE} (?:and|then)(?: \w+){{0,2}} (?:stop|end|finish|be done|wrap up|"
            r"call it|leave|go|close out))\b"
            r"|^(?:end|stop|quit|exit|done)$"
            # "Enough. End this.", "just stop it already" ("end" alone: a frustrated candidate)
            r"|^(?:(?:enough|just|that's enough) )*(?:end|stop|finish|quit|terminate|kill) "
            r"(?:this|it)(?: now| already)?$"
        ),
    ),
    (
        IntentKind.SKIP,
        re.compile(
            rf"\b(?:skip(?! connections?\b)(?! the (?!(?:[\w-]+ ){{0,2}}(?:{_SKIPPED})\b)[\w-]+)|"
            rf"skipped(?= (?:this|that|it|next)\b|$)|"
            rf"skit(?= (?:this|that|it)\b)|"
            rf"pass on|"
            rf"move on(?! to (?!{_NEXT}))|moving on|"
            r"mov(?:e|ed|ing) (?:past|along)(?: (?:this|that|it)\b|$)|"
            rf"go on to {_NEXT}|go next|(?:go|pass|move|skip) to next\b|"
            r"park (?:this|it|that)|bail (?:on|out)|"
            r"table (?:this|that) (?:one|question)|(?:can|could|shall|let'?s) (?:we )?table "
            r"(?:this|that|it)\b|"
            r"(?:do|try|go to|have) the next$|"
            r"(?:i'?m|i am) (?:so |totally |completely )?(?:done|finished) with (?:this|that) "
            r"(?:one|question)|"
            r"(?:^|this one |that one |i'?ll |i will |(?<!would )(?<!will )(?<!could )i )pass\b"
            r"(?! (?:the|a|an|it|them|its|each|every|through|to|into|in|over|back|down)\b)"
            r"(?! (?:this|that|these|those) (?!one|question|time)\w)|"
            r"we pass(?: on)?(?: (?:this|that) (?:one|question))?(?= ok| okay| please| then|$)|"
            r"(?<!before the )next (?:one|question)|"
            r"(?:proceed|move|go|skip|continue|advance)(?: on)? to the (?:subsequent|following) "
            r"(?:one|question)|"
            r"(?:proceed|advance|continu|pass|go|mov|jump)(?:e|ed|ing)? to the next"
            r"(?: (?:one|question))?(?=$| please| thanks| if| then)|"
            r"(?:set|put|lay|leave) (?:this|that|it)(?: (?:particular|current|one))?"
            r"(?: (?:one|question))? aside|"
            r"change (?:the |this )?question(?! to\b)|"
            r"(?:^|let'?s (?:\w+ ){0,3}(?:and )?|(?:can|could|shall) we (?:just )?)(?:keep|get) "
            r"moving(?: on| along| forward)?$|"
            r"(?:jump|skip) (?:over|this|to the next|ahead)|leave (?:it|this|that)|"
            r"pass over (?:this|that|it)(?: one| question)?\b|"
            r"(?:another|a (?:different|diff?(?:e?rr?ent)?|new)|"
            r"(?<!in )(?<!on )(?<!the )(?<!my )other) question|"
            r"give me (?:another|a different|a new|other) one|"
            r"^(?:another|a different|a new) one$|let (?:this|that) (?:one|question)\b|"
            r"(?:can|could|may) (?:i|we|you) (?:\w+ ){0,3}(?:another|a different|a new) one|"
            r"come back to (?:it|this|that)(?: one| question)?|circle back|"
            r"(?:rather|prefer) (?:not (?:to )?|to not )answer|"
            r"i (?:will not|won'?t|am not going to|'m not going to) answer (?:this|that|it)"
            r"(?: one| question)?(?= next| sorry| please| thanks|$)|"
            r"(?:give|ask) me (?:something|anything) else)\b"
            r"|^(?:pass|next)$|\bnext please$"
        ),
    ),
    (
        IntentKind.REPEAT,
        re.compile(
            r"^repeat (?:please|again|once more)\b|"
            r"\b(?:repeat(?: (?:the|that|your|this))?(?: (?:question|that|it|one))?"
            r"(?: (?:again|please|once more|one more time|from the start))*$|"
            r"(?:can|could|would) you repeat|(?:please|mind) repeat(?:ing)?|repeat the question|"
            r"(?:need|want|like|ask) you to (?:repeat (?:that|it|the question|yourself)|"
            r"say (?:it|that|this) again)|"
            r"repeating (?:it|that|the question)|"
            r"(?:tell|ask|read)(?: me)? again(?: the question)?$|"
            # a verb of saying and "once more", no object, as Indian English asks: "can you tell
            # once more?", "could you say one more time"
            r"(?:can|could|would|will) you (?:please )?(?:say|tell|ask|read|speak)(?: (?:it|that|"
            r"this|the question|me))? (?:again|once more|one more time|once again)$|"
            # as a translated request says it: "you can say other time?", "make the question again"
            r"(?:say|ask|tell|repeat|make)(?: it| that| me| the question)? (?:other|another) time|"
            r"(?:say(?:ing)?|read(?:ing)?|ask(?:ing)?|paste|show|type|post|send|give me|tell me|"
            r"run(?:ning)?) "
            r"(?:it|that|this|the (?:question|suggestion))(?: \w+){0,2} "
            r"(?:again|once more|one more time)|"
            r"(?:the )?question (?:again|once more|one more time)|say again|one more time|"
            r"(?:can|could|would) you go (?:through|over) (?:it|that|this|the question) "
            r"(?:again|once more)|"
            r"come again|"
            # as a recording is played again: "rewind, please", "run that back", "from the top"
            r"^rewind(?! to\b)(?! (?:the|a|an|my|your|our|this|all|each|every)\b)|"
            r"rewind (?:that|it|the question|a bit|please)|run (?:that|it) back|"
            r"back up a (?:bit|sec|second|moment)|(?:ask|read|say|start)(?: it)? from the top|"
            # "pardon?", "pardon me, ..."; not an apology ("pardon the brevity: labels")
            r"pardon(?! (?:the|my|our|this|that|me for)\b)|what was the question|"
            r"restat(?:e|ing) (?:the question|it|that|this)|"
            r"what was (?:that|the) (?:last )?(?:part|bit)|"
            r"^what was that$|"
            r"what did you (?:ask|say)|(?:didn'?t|did not|couldn'?t|could not|not sure i|"
            r"don'?t think i) (?:quite )?(?:catch|caught|hear|heard|get|follow)|"
            r"read (?:it|that|the question) (?:again|out)|re-?read (?:it|that|this|the question)|"
            r"you(?:'re| are)? (?:broke|breaking|broken) up(?= there| on me| a bit| again|$)|"
            r"(?:i )?miss(?:ed)? (?:it|the question|that|what you said|"
            r"the (?:first|second|last) (?:half|part|bit))|"
            r"lost (?:track of )?(?:the question|it|what you (?:said|asked))|lost track|zoned out|"
            r"(?:i )?lost you|too (?:fast|quick(?:ly)?) for me|"
            r"(?:you|the question)(?: \w+){0,4} too (?:fast|quick(?:ly)?)|"
            r"(?:cut|cutting) out|the (?:sound|audio|connection|line) (?:was|is|cut|dropped|"
            r"crackled|went))\b"
            r"|^(?:again|once more)(?: please)?\b"
        ),
    ),
    (
        IntentKind.HINT,
        re.compile(
            r"\b(?:hints?(?! (?:that|of)\b)|nudge|pointers?|point me|steer me|"
            r"(?<!no )(?<!zero )(?<!not a )(?<!not one )(?<!got a )(?<!got any )"
            r"(?<!haven't a )clues?|"
            r"without giving (?:\w+ ){0,2}away|"
            # what a hint holds back: "without, of course, revealing the full answer"
            r"without (?:\w+ ){0,2}(?:revealing|spoiling|giving)(?: me)? (?:it|too much|everything|"
            r"the (?:\w+ )?(?:answer|solution|game))|"
            r"(?:partial|small|little|tiny|gentle|subtle|slight) cues?|"
            r"(?:indication|sense|idea) (?:of|as to) (?:the |which )?(?:direction|way|area|angle)|"
            r"^(?:(?:just|only|give me|what'?s|what is|can i (?:get|have)|tell me) (?:the |a )?"
            r"first (?:letter|word)s?|first letter)$|"
            # a game's help: "gimme the cheat code for this one", "can I use a lifeline?"
            r"cheat (?:code|sheet)s?|lifelines?|phone a friend|"
            r"(?:a|little|small|tiny|teeny|gentle|slight|wee)(?: (?:little|small|tiny|teeny|gentle|"
            r"slight|wee))? (?:push|prod|poke)|throw me a bone|"
            r"(?:small|little|tiny|some|an?) indications?(?! (?:of|that)\b)|"
            r"(?:give me|(?:can|could|may) i (?:get|have)) (?:a |another )?"
            r"(?:little |small |tiny )?(?:hunt|hit|hind|"
            # a hint in a Romance language's word: "Can you give me a track?" ("una traccia"),
            # "a trace", "a suggestion" ("un suggerimento")
            r"track|trace|suggestion|piste)$|"
            # the way to go on, formally: "indicate the direction in which I ought to proceed"
            r"(?:direction|way|path) (?:in which |that |where )?i (?:ought to|should|must|need to|"
            r"am to|might|could) (?:proceed|go|head|take|continue|start)|"
            r"(?:give me|get|have) the first (?:bit|part|step)|"
            r"take it from there|"
            r"keywords?|some direction|right direction|which direction|starting point|"
            r"(?:set|put|get|point|steer|start) me (?:off )?(?:on|onto|in|down) the right "
            r"(?:path|track|lines?|road)|"
            r"where (?:to|should i|do i) (?:start|begin)|how to (?:start|begin)|first step|"
            r"(?:something|somewhere|a (?:good )?place|a way) to (?:start|begin)|"
            r"(?:need|give me|get|have) (?:a little |a small |just )?something to get (?:me )?"
            r"(?:going|started)|"
            r"help me (?:out|a little|a bit|with|get started)|get me (?:going|started)|"
            r"(?:give me|get|have|use|need|some|any|little|bit of) (?:a |some )?"
            r"(?:little |small |tiny )?(?:bit of )?(?:help|assistance|guidance)|"
            # a trail to follow: "throw me a breadcrumb", "any breadcrumbs?"
            r"(?:a|some|any|me|one|little|small) breadcrumbs?|"
            r"(?:give|lend) me a hand|(?:get|have|need|use) a (?:little |small )?hand|"
            r"help me (?:a )?(?:little|bit)|i'?m stuck|i am stuck|tips?|"
            # in a word, and nothing else: "Help!", "help?", "stuck", "sos"
            r"^(?:help|assistance|guidance|stuck|sos)$|"
            r"which (?:area|direction|angle|aspect|part)s? (?:i )?(?:should|ought to|need to|must) "
            r"(?:be )?(?:think|focus|look)\w*|"
            r"what (?:should|do) i (?:be )?(?:think(?:ing)?|focus(?:ing)?|look(?:ing)?|"
            r"consider(?:ing)?) (?:about|on|at))\b"
        ),
    ),
    (
        IntentKind.MODEL_ANSWER,
        re.compile(
            rf"\b(?:(?:what(?:'s| is| would be| was)?|how(?:'s| is| would be| was)|show|tell|give|"
            rf"hear|see|share|sharing|know|"
            rf"set out|lay out|outline|write out|"
            rf"read|like|love|want|say|teach|send|provide|seeing|hearing|knowing|walk)\b"
            rf"(?: \w+){{0,4}} (?:(?:the|your|a|an) )?(?:\w+ )?{_GOOD} "
            rf"(?:answer|response|solution|version)|"
            rf"^(?:the |a |an |your )?{_GOOD} (?:answer|response|solution)|"
            rf"{_GOOD} version of (?:the|an|your) answer|"
            # any verb aimed at the candidate: "dazzle me with the textbook answer"
            rf"\w+ (?:me|us) with (?:the|your|a|an) (?:\w+ )?{_GOOD} (?:answer|response|solution)|"
            rf"what (?:a|an|the) (?:\w+ )?{_GOOD} answer (?:looks|would look|sounds) like|"
            # what an answer looks like, whatever it is called: "what would a ripper answer look
            # like?", "what's the ten out of ten answer look like?"
            r"what(?:'s| is| would| does| should| might) (?:a|an|the|your) (?:[\w'-]+ ){0,4}"
            r"(?:answer|response|solution) (?:looks?|sounds?|be) like|"
            # shown, whatever it is called: "show me the speedrun answer" (the message's end)
            r"^(?:(?:please|pls|now|ok|so) )?(?:show|reveal|give|tell) (?:me|us) (?:the|your) "
            r"(?:[\w-]+ ){0,2}(?:answer|response|solution)(?: please| now| then)?$|"
            r"the (?:answer|response) you(?:'d| would| were| are|'re)? (?:be )?(?:looking for|"
            r"fishing for|angling for|hoping for|waiting for|"
            r"expecting|expect|after|want(?:ed)?)(?!(?: \w+){0,4} (?:is|are|was|would be)\b)|"
            r"what (?:does )?(?:good|great|a good (?:one|answer)) "
            r"(?:looks?|would look|sounds?) like|"
            r"you (?:\w+ )?(?:answer|tackle|nail|solve) (?:(?:this|that) one\b|"
            r"(?:this|it|that)(?: for me)?$)|"
            r"(?:seeing|see|watch|watching|hear|hearing) you (?:\w+ )?(?:answer|tackle|nail|"
            r"solve|do) (?:this|it|that)|demonstrate (?:it|this|that|one|how)(?: \w+)? for me|"
            r"how (?:would )?(?:a|an|the|you|someone|one) (?:\w+ ){0,4}(?:would |'d )?(?:have )?"
            r"(?:answer(?:ed)?|respond(?:ed)?|phrased?|put|word(?:ed)?|say|said)\b|"
            r"how you(?:'?d| would) (?:have )?(?:answer(?:ed)?|phrased?|put|word(?:ed)?|say|said|"
            r"tackled?|approach(?:ed)?) (?:it|this|that)|"
            # how it would look: "How would the sample solution look?", "how looks the answer?"
            r"how (?:would|does|should|might|will|could) (?:the|a|an|your) (?:\w+ )?(?:answer|"
            r"solution|response) (?:look|sound)|how looks? (?:the|a|an|your) (?:\w+ )?(?:answer|"
            r"solution)|"
            r"what would (?:a|an|the|you) (?:\w+ )?(?:candidate |engineer |expert )?(?:have )?"
            r"(?:say|said|include|included|cover|covered)|"
            r"what (?:should|would) i have (?:said|answered)|"
            # what was wanted of the candidate: "what was I supposed to say?"
            r"what (?:was|were|am) i (?:supposed|meant|expected) to (?:say|answer|write|mention|"
            r"include|cover)|"
            r"what (?:a|an|the) (?:\w+ )?(?:candidate|engineer|expert|person|interviewee) would "
            r"(?:have )?(?:say|said|answer|answered)|"
            r"(?:expect|want) (?:a|an|the) (?:\w+ )?(?:candidate|engineer|person|expert) to "
            r"(?:say|answer|mention|cover)|"
            r"how (?:should|would|do) (?:i|one|someone|an? (?:good|strong|great|top) candidate|"
            r"(?:good|strong) candidates?) (?:have )?answer(?:ed)?|how good candidate is answering|"
            r"walk me through (?:the|your|how|what)|"
            r"(?:tell|say|give|show) me the (?:answer|solution)(?! (?:is|was|would|will)\b)|"
            r"^(?:and )?your (?:own )?(?:answer|version|take)$|"
            r"show the answer|what(?:'s| is| was) the answer|"
            # in a word or two, and nothing else: "Show answer.", "solution?", "answer pls"
            rf"^(?:(?:show|reveal|give|tell|display|see)(?: me| us)? )?(?:the |your )?"
            rf"(?:{_GOOD} )?(?:answer|solution|answer key)$|"
            r"(?:see|hear|know|read) the (?:answer|response|solution) (?:of|from) (?:an?|the) "
            r"(?:\w+ )?(?:expert|professional|good candidate|strong candidate))\b"
        ),
    ),
    (
        IntentKind.PROGRESS,
        re.compile(
            r"\b(?:(?:how am i|how i'?m|how i am|am i) (?:doing(?! (?:it|this|that)\b)|tracking|"
            r"faring|going|performing|"
            r"coming across|getting on|scoring|passing)|"
            r"(?:is (?:this|it)|how'?s (?:this|it)) going|"
            r"(?:i|i'?ve|my \w+)(?: \w+){0,3} (?:been|done|gone|performed|scored|answered|fared)\b"
            r"(?: \w+){0,3} (?:so|thus) far|"
            r"how (?:is|are) my (?:\w+ )?(?:performance|answers?|score|results?|level|progress)|"
            r"how (?:well )?(?:i'?ve|i have) (?:done|performed)|"
            r"how my (?:\w+ )?(?:have|has) (?:gone|been)|"
            r"my (?:\w+ )?(?:scores?|progress|results?|performance|level|standing|average|points|"
            r"marks|grades?|percentage)|"
            r"what (?:percentage|percent|score|mark|grade) (?:have|did) i|"
            r"score so far|"
            # the running or final figures, asked for: "can you share the final numbers?"
            r"(?:show|give|tell|share|send)(?: me| us)? (?:my|the|our) (?:final|overall|total|"
            r"current|running) (?:score|results?|numbers|figures|stats|scorecard|tally|grades?)"
            r"(?! (?:of|on|for|from)\b)|"
            r"where i stand|on track|status (?:check|update)|"
            r"(?:whether|if) (?:my|i'?m|i am|i'?ve|i have)\b.{0,40}\b(?:good|well|okay|ok|better|"
            r"right|any good|alright|all right|fine)|how well i'?m doing|"
            r"where (?:we are|we'?re|i am|i'?m|am i|are we) in (?:the|this) \w+|"
            # the last question asked after: "is this the last one?", "are we on the final
            # question?", "last question?" (not "the last question about drift")
            r"(?:is (?:this|that|it)|are we (?:on|at|doing)|we(?:'re| are) (?:on|at)) "
            r"(?:the |our )?(?:last|final) (?:question|one)(?! (?:about|on|of|for)\b)|"
            r"^(?:the )?(?:last|final) (?:question|one)(?: now| then| right)?$|"
            r"(?:close|near|nearly|almost) (?:to |at )?the end"
            r"(?! of (?!the (?:interview|session)))|"
            r"how (?:many|much) (?:questions? )?(?:are )?(?:left|remaining)|how much longer|"
            # the time left, in a question's order or a statement's ("how much time we have
            # left", "how much time remains us still", as German puts it) or in two words ("time
            # left?", "time check?"); time, not what is left of something else ("how much data
            # is left after cleaning")
            r"how (?:much time|long|many (?:more )?minutes)(?: (?:do|does|have|has|is|are|we|i|us|"
            r"you|still|got|there|roughly|exactly|more|time)){0,4} (?:left|remain(?:s|ing)?|"
            # a Romance language's verb: "How much time rests?" ("quanto tempo resta"), "how much
            # time is missing?" ("cuánto falta")
            r"rests?|resting|(?:is )?missing|lacks)\b|"
            r"^(?:(?:any|how much|the) )?(?:time|minutes) (?:left|remaining|check)$|"
            # "is there much time left?", "do we have any time remaining"
            r"(?:is there|do we have|have we got|we got|got) (?:much|any|enough|a lot of) "
            r"(?:time|minutes) (?:left|remaining)|"
            r"^(?:a |quick |a quick )?time check$|"
            r"how (?:long|much time) (?:have we got|do we have|is|'?s) (?:still )?left|"
            r"(?:are|r) we (?:almost|nearly) (?:done|there|finished|through)|"
            r"(?:are|r) we (?:there|done|finished|through) yet|"
            r"questions? (?:left|remaining)|how far (?:through|along|in)|"
            r"how many (?:have i|did i) (?:gotten|got|get|answered)|"
            r"am i (?:doing|going) (?:ok|okay|well|alright|all right|good|badly)|"
            r"(?:i'?m|i am) (?:doing|going) (?:ok|okay|well|alright|all right|good|bad|badly|fine)"
            r"(?= so far| until now| till now| up to now| or (?:bad|badly|not|poorly)|$)|"
            r"(?:of|know|see|tell me|show me) where i(?:'m| am) at\b|nearly (?:through|done)|"
            r"bombing|how it is going|"
            # in slang: "am i cooking or nah", "am I crushing it?", "I'm tanking, right?"
            r"(?:how am i|am i) (?:cooking|cooked|killing it|crushing it|smashing it|"
            r"nailing it|acing it|slaying|tanking|flopping)(?= or|$| so far| rn| right now| here)|"
            r"(?:i'?m|i am) (?:cooking|killing it|crushing it|smashing it|nailing it|acing it|"
            r"slaying|tanking|flopping)(?= or| right\b| so far)|"
            r"how many more (?:(?:of (?:these|them|those)|questions?|to go)\b|"
            r"(?=(?:do|are|have|is|will|must|until|till|before) ))|"
            r"where (?:am i|do i stand|i am)(?: at)? (?:so far|now|right now|overall|"
            r"at (?:the|this) (?:moment|point))|"
            r"(?:am i|i'?m|i am) (?:passing|failing)(?= or (?:passing|failing)|$| so far| now| at "
            r"(?:this|the) moment))\b|"
            r"^(?:my |the )?(?:score|progress|status|tally|running (?:total|score|tally))"
            r"(?: so far| check| update| report)?$"
        ),
    ),
    (
        IntentKind.DONT_KNOW,
        re.compile(
            r"\b(?:(?:don'?t|do not|didn'?t|not) (?:really |quite |actually |even )?know|"
            r"(?:no|zero) (?:real )?(?:idea|clue)|"
            r"not sure|idk|i (?:did not|didn'?t|have not|haven'?t) (?:\w+ )?"
            r"(?:learn|learned|learnt|study|studied)(?: (?:it|this|that|about it))?(?= yet\b|$)|"
            r"(?:faintest|foggiest|slightest) (?:idea|clue)|(?:a |complete |total )?mystery to me|"
            # British idiom, the noun left out: "I haven't the foggiest", "not the faintest"
            r"(?:haven'?t|have not|not)(?: got)? the (?:faintest|foggiest|slightest|vaguest|"
            r"remotest)|(?:you'?ve|you have) (?:got|stumped) me(?= there| on| with|$)|"
            r"(?:i'?m|i am) (?:completely |totally |a bit |rather )?stumped|all greek to me|"
            # not knowing, said as a gap: "that's a bit of a gap in my knowledge"
            r"(?:gap|hole|blind spot)s? in my (?:\w+ )?(?:knowledge|understanding|learning)|"
            # a first language's word order: "That I know unfortunately not", "this know I not"
            r"(?:that|this|it) i know (?:\w+ ){0,2}not(?= sorry| really| at all| i'?m afraid|$)|"
            r"\bi know (?:(?:it|that|this|unfortunately|sadly|honestly|really|also|still) ){1,2}"
            r"not(?= sorry| really| at all| i'?m afraid|$)|know i (?:\w+ )?not\b|"
            # Of the candidate, not of a model: "it's never seen it" says why a test set is honest.
            r"(?<!'s )(?<!its )(?<!has )(?<!it )(?<!had )"
            r"never (?:\w+ly |really |even |once )?(?:heard|learned|learnt|learn|studied|seen|used|"
            r"covered|come across|"
            r"came across|worked (?:with|on)|dealt with|touched)|blanking|drawing a blank(?:et)?|"
            r"(?:escapes?|eludes?) me|"
            r"(?:^|i'?m |i am |totally |completely )clueless|"
            r"(?:can'?t|cannot|can not|unable to|not able to|don'?t|do not) (?:answer|say|"
            r"remember|recall|think of|come up with)|no knowledge|beats me|not knowing|"
            r"have nothing|(?:i'?ve )?got nothing|nothing (?:comes|to say)|"
            r"nothing(?:'s| is) coming|"
            r"(?:don'?t|do not) think i(?:'d| would)? (?:can|could|be able to)|"
            r"not (?:\w+ ){0,2}(?:something|anything) i'?(?:ve|have)? (?:\w+ ){0,2}"
            r"(?:come across|looked (?:into|at)|seen|used|studied|heard of|done|learned|learnt)|"
            r"not (?:a|one) clue|(?:haven'?t|have not|hasn'?t|don'?t have) (?:got )?(?:a|any) clue|"
            r"beyond (?:me|what i know)|"
            r"(?:outside|out of|beyond) (?:of )?(?:what i know|"
            r"my (?:present |current |own |existing )?(?:depth|knowledge|league|area|"
            r"expertise|experience|comfort zone|wheelhouse))|^not my (?:area|field|strong suit)|"
            r"(?:i'?m|i am) (?:\w+ )?(?:not (?:\w+ )?(?:acquainted|familiar)|unfamiliar) with|"
            r"unfamiliar to me|unknown to me|"
            r"(?:don'?t|do not) think i know|"
            r"i give up|too (?:hard|difficult) for me|total blank|(?:a |complete )?blank|"
            # giving up, as a fight is given up: "I surrender", "I throw in the towel"
            r"i(?:'m| am) (?:so |totally |completely |absolutely )?cooked(?= on| here| with|$)|"
            r"i(?:'m| am)? (?:surrender(?:ing)?|conced(?:e|ing)|tap(?:ping)? out|yield(?:ing)?)\b"
            r"(?! (?:the|a|an|that)\b)|(?:throw|throwing) in the towel|white flag|"
            r"(?:don'?t|do not) want to (?:make (?:something|it|things) up|guess))\b"
        ),
    ),
    (  # last: "I already said that, next question" skips, "as I said, no idea" does not know
        IntentKind.ALREADY_SAID,
        re.compile(
            r"\b(?:(?:already|just) (?:yapped|rambled|ranted|went on) about|"
            r"(?:already|just) (?:said|told|answered|covered|mentioned|explained|gave|"
            r"went (?:over|through)|talked about|spoke|did (?:this|that)(?: one)?$|"
            # a formal register's verbs: "I had, I think, already discussed X at some length"
            r"discussed|addressed|dealt with|touched (?:on|upon)|elaborated on)|"
            # the object first, as a Romance language puts it: "This I told already, in the
            # beginning" ("questo l'ho già detto")
            r"^(?:this|that|it) (?:i|we) (?:have |had |'ve )?(?:already |just )?(?:said|told|"
            r"answered|covered|mentioned|explained|discussed|wrote)(?: you)?"
            r"(?= already| before| earlier| in the| at the|$)|"
            r"told (?:this|that|it)(?: already| before| earlier)|"
            r"(?:said|told you|answered|covered|mentioned|explained|addressed|"
            r"went (?:over|through)|touched (?:on|upon)|flagged|called out|"
            r"spoke|talked about)"
            r"(?: \w+){0,4} (?:already|before|earlier|above|just now|last time|"
            r"(?:\w+ ){0,2}(?:minutes?|mins?|moments?|seconds?|questions?|messages?|answers?|"
            r"replies|turns|posts) (?:ago|back)|"
            r"a (?:little )?while (?:ago|back))|"
            # the earlier answer as the subject: "my previous answer covered this"
            r"(?:my|the) (?:previous|earlier|last|first|other|prior) (?:answer|response|reply) "
            r"(?:already )?(?:cover|answer|address|explain|include)(?:s|ed)? (?:this|that|it)|"
            r"what i (?:said|wrote|answered)(?: \w+)? (?:cover|answer)(?:s|ed) (?:this|that|it)|"
            # the interviewer asks again: "you already asked me that", "asked and answered"
            r"you(?:'ve| have)? (?:already )?asked (?:me )?(?:this|that|it)(?: one| question)?"
            r"(?: \w+){0,2} (?:already|before|earlier)|you(?:'ve| have)? already asked|"
            r"asked and answered|"
            # what was said, overlooked: "did you forget my brilliant answer already?"
            r"(?:forget|forgot|forgotten|overlooked|ignored) (?:my|what i) (?:\w+ )?"
            r"(?:answer|said|wrote)|"
            r"(?:i|we) (?:already )?(?:covered|answered|addressed) (?:that|this|it)(?: one)?"
            r"(?: already)?$|"
            r"(?:we'?ve|we have|i'?ve|i have|i|we) (?:already )?(?:been|gone|went) "
            r"(?:over|through|into) (?:this|that|it)|"
            r"(?:this|that|it) overlaps?(?: \w+)? with (?:my|what i)|"
            r"^(?:i )?(?:already )?(?:covered|answered) (?:it|that|this)(?: one)?(?: already)?$|"
            r"(?:see|refer to|look(?: back)? at|check|read|scroll up to|same as|go back to|in|"
            r"gave you (?:that|this|it) in) (?:my|the) "
            r"(?:previous|last|earlier|first|prior|other) (?:answer|response|message|reply)|"
            r"(?:see|read|look) (?:above|up)|(?:my|the) (?:answer|response) above|"
            r"(?:look|go|scroll) back (?:at|to) what i (?:said|wrote|typed|answered)|"
            r"(?:a repeat of|(?:this|that|it)(?: question| one)? repeats) (?:the|my) "
            r"(?:earlier|previous|last|first|other) (?:question|one)(?!'s)|"
            r"same (?:question )?as (?:the|my) (?:[\w-]+ ){1,3}(?:question|one)\b|"
            r"same (?:question|one) (?:as )?(?:before|earlier|again|as last time)|"
            r"we (?:already |just )?did (?:this|that) (?:one|question)\b|"
            r"^ditto(?: (?:my|the) (?:last|previous|earlier|first) (?:answer|one))?\b|"
            r"^(?:but |hey |wait )?(?:why is|why'?s) (?:that|it|this)(?: point)? (?:missing|"
            r"marked (?:as )?missing|not (?:counted|credited))\b|"
            r"^(?:but |hey |wait )?i did (?:say|mention|cover|explain) (?:it|that|this)"
            r"(?: though| tho| already)?$|"
            r"that'?s (?:\w+ ){0,3}what i (?:just )?(?:said|told you|answered|meant|wrote)|"
            r"(?:covered|answered|said|mentioned|explained|addressed|dealt with) (?:this|that|it) "
            # where is left to ``_EARLIER`` to name: "covered that in my last msg"
            r"(?:in|with|when|on)(?= (?:my|the|our|what)\b)|"
            r"did(?:n'?t| not) (?:i|we) (?:just |already )?(?:say|answer|cover|mention|explain|"
            r"do|go over|talk about)|"
            r"did (?:i|we) not (?:just |already )?(?:say|answer|cover|mention|explain|address)|"
            r"(?:already )?gave (?:you )?(?:this|that|the|my) answer (?:already|before|earlier)|"
            r"i told you(?: (?:that|this|so))?$|^(?:as )?i (?:said|mentioned)$)\b"
        ),
    ),
]
#: What names an earlier answer or question beside "I already covered this", and says nothing
#: again: "my answer on class weights", "with the k-fold question", "what I said about the fraud
#: metrics", "when we talked about overfitting" (a few words closing the clause).
_EARLIER = re.compile(
    r"\b(?:(?:my|the|our|your|that|earlier|previous|last|first) (?:answer|question|reply) "
    r"(?:on|about|to|for) (?:the )?[\w-]+(?: [\w-]+){0,2}|"
    r"(?:my|the|our) (?:last|previous|earlier|first|other) (?:answer|reply|response|message|"
    r"post)|"
    r"(?:with|in|at|on|to|for|from|see|check|read) (?:the|my|our|your|that) (?:[\w-]+ ){1,3}"
    r"(?:question|answer|one)|"
    r"(?:said|talked|spoke|the (?:bit|part|thing|point)) (?:about|on) (?:the )?(?:[\w-]+ ){0,2}"
    r"[\w-]+$|(?:the|my) (?:[\w-]+ ){1,2}(?:part|bit)$|(?:please )?(?:check|see|look)(?: above)?$|"
    # the earlier question named by its subject: "I gave this answer already, in the question of
    # churn"
    r"\b(?:in|on|for|with|at) the (?:question|one) (?:of|about|on) (?:the )?[\w-]+"
    r"(?: [\w-]+){0,2}$|"
    # that the earlier answer holds here: "..., it applies here too", "the same reasoning applies"
    r"\b(?:it|that|this|the same(?: [\w-]+)?) (?:still )?(?:applies|holds|stands|counts)"
    r"(?: here| to this(?: one| question)?)?(?: too| as well)?$|"
    # what the earlier answer was about, closing the clause: "..., regarding the chain rule"
    r"(?:^|\b(?:ago|earlier|before|already) )(?:regarding|concerning|about|on|re) (?:the )?"
    r"[\w-]+(?: [\w-]+){0,2}$|"
    # how much was said: "at some length", "in some detail"
    r"\b(?:at (?:some|great|considerable) length|in (?:some |great |full )?detail)$|"
    r"when (?:we|i|you) (?:talked|spoke|were talking|was talking|discussed|covered|did|were on|"
    r"were doing|explained|described|mentioned|answered|went over)"
    r"(?: about)?(?: [\w-]+){1,3}$)"
)
#: The candidate's auxiliary of a verb of saying, split from it by a hedge: "I had, I think,
#: already discussed X".
_MY_AUXILIARY = re.compile(
    r"\b(?:i|we) (?:had|have|did)\b(?= (?:i (?:think|believe|guess) )?\s*$|"
    r" (?:i (?:think|believe|guess)\b))"
)
#: Where or when the earlier answer said it: "already", "earlier", "at the start", "in my
#: answer", "in the second sentence of my answer", "in the starting itself".
_BACK_THEN = (
    r"(?:already|earlier|(?:just )?before|previously|above|just now|"
    # how long ago: "a moment ago", "a few minutes ago", "a while back"
    r"(?:just )?(?:a |an |some )?(?:\w+ )?(?:moments?|minutes?|mins?|seconds?|while|bit|"
    r"questions?|messages?|answers?|replies|turns|posts) (?:ago|back)|"
    r"(?:right |very )?(?:at|in) the (?:very )?(?:start|starting|beginning|outset)|"
    r"in my (?:\w+ ){0,2}(?:answer|response|reply|message)|"
    r"(?:in|on) the (?:\w+ ){0,2}(?:sentence|line|part|bit|paragraph) of my (?:\w+ )?"
    r"(?:answer|response|reply|message))"
)
#: The candidate naming what an earlier answer said, as the subject of a verb of saying: "I
#: mentioned class weights right at the start", "I did talk about the test set in my answer",
#: "Already I mention the regularization", "I'm pretty sure I covered parallelism already", or
#: passive: "that was covered, in the second sentence of my answer". What is named comes between
#: the verb and where it was said (``_names_what_was_said``).
_SAID_IT = re.compile(
    r"^(?:(?P<pre>already|earlier|before) )?"
    r"(?:(?:i'?m|i am) (?:pretty |quite |fairly |very |absolutely )?sure(?: that)? |"
    r"i (?:think|believe)(?: that)? )?"
    r"(?:(?:i|we) (?:(?:did|do|have|had|'ve|already|just|definitely|clearly|actually|in fact|"
    r"really|certainly|even|also) )*"
    r"(?:say|said|mention(?:ed)?|cover(?:ed)?|talk(?:ed)? about|spoke about|told|tell|"
    r"explain(?:ed)?|discuss(?:ed)?|address(?:ed)?|br(?:ought|ing) up|went (?:over|through)|"
    r"go (?:over|through)|touch(?:ed)? on)"
    r"|(?:that|this|it) (?:was|has been|got)(?: already| actually| definitely)? "
    r"(?:covered|mentioned|said|addressed|explained|discussed))"
    rf"(?P<x>(?: [\w'-]+){{0,6}}?)(?: (?P<when>{_BACK_THEN}))?"
    r"(?: itself| though| too| as well| already)?$"
)
#: A clause that opens on a subject and its verb: "the model overfits", "it was too high".
_SUBJECT_AND_VERB = re.compile(
    r"(?:the|a|an|it|they|this|its|their|these|those)(?: [\w-]+){0,2}? "
    r"(?:is|are|was|were|has|have|had|will|would|can|could|should|must|\w+(?<!s)s)\b"
)
#: What the earlier answer was about, as a clause of its own: "I did say that, about the minority
#: class, just before", "I already said that? About the validation set?".
_WHAT_IT_WAS_ABOUT = re.compile(
    r"(?:about|regarding|concerning|re|on) (?:the |my |that )?[\w-]+(?: [\w-]+){0,3}"
)
#: What was said, named by what it was as a point of the answer: ", the part about putting data
#: aside at the start", ", that was my point about the meaning changing". Its words name the
#: earlier point; they assert nothing of their own.
_THE_POINT_MADE = re.compile(
    r"^(?:(?:that|this|it) (?:was|is) )?(?:the|my|that|this) (?:\w+ )?(?:part|bit|point|thing|"
    r"example|line|idea|argument|section|sentence|remark) (?:about|on|where|with|of|regarding|"
    r"when)\b"
)
#: Where it was said, as a clause of its own: ", in the starting itself", ", in my answer".
_BACK_THEN_ALONE = re.compile(rf"^(?:i think )?{_BACK_THEN}(?: itself| i think| sir| though)?$")
#: Requests that a clarifying question's shape may carry: a hint at what the question wants, "Can
#: you say that again, the part after 'fraud'?" the words again (not "not sure I follow what the
#: question is getting at", which asks what it means), "I am doing good or bad until now?" the
#: progress.
_ASKED_BESIDE_A_CLARIFY = [
    (IntentKind.HINT, dict(_REQUESTS)[IntentKind.HINT]),
    (
        IntentKind.REPEAT,
        # "I did not get the question properly, kindly repeat it."
        re.compile(
            r"\b(?:say|read|ask) (?:\w+ ){0,2}(?:again|once more)\b|"
            r"\b(?:please|you|kindly) repeat(?: (?:it|that|this|the question|yourself))?$"
        ),
    ),
    (IntentKind.PROGRESS, dict(_REQUESTS)[IntentKind.PROGRESS]),
]
#: "Next" as the message's closing clause: "i'll take the L on this one, next". After words about
#: ML it closes an impatient answer ("Classification. Leave or stay, two classes. Next.").
_CLOSING_NEXT = re.compile(
    r"[,;:.!?\u2013\u2014-]\s*(?:ok(?:ay)?\s+|so\s+)?next(?:\s+(?:one|question|q))?"
    r"(?:\s+(?:please|pls|plz))?\W*$",
    re.IGNORECASE,
)
#: A procedure's last step: "..., move the centroid to the mean, repeat." loops its steps.
_LOOPS_BACK = re.compile(r"[,;]?\s*(?:(?:and|then|and then)\s+)?repeat\W*$", re.IGNORECASE)
#: Words of a conversation, not of a procedure's steps: "sorry, the question cut off, repeat".
_TALK = re.compile(
    r"\b(?:sorry|pardon|excuse|please|what|huh|question|again|missed|catch|you|your|interviewer|"
    r"voice|broke|dropped|lost)\b"
)
#: The steps of a procedure before it: at least this many words, two of them no common English.
PROCEDURE_WORDS = 6
#: "Not sure" as a hedge before a "but" and what the candidate is sure of: "I'm not sure, but I
#: believe I already covered this" points back, and asks for no teaching.
_UNSURE_BUT = re.compile(r"not (?:\w+ )?sure(?: \w+){0,3}? but\b")
#: The candidate unsure of themselves before a "but": "I'm not certain, but", "I might be wrong,
#: but", words that say nothing again beside pointing back.
_HEDGE_BUT = re.compile(
    r"^(?:i'?m |i am )?(?:not (?:\w+ )?(?:sure|certain)|(?:i )?(?:might|may|could) be "
    r"(?:wrong|mistaken)|correct me if i'?m wrong)(?: \w+){0,3}? but\b"
)
#: The call itself, which a reason for hearing the question again speaks of: "the sound was
#: cutting", "the connection was bad".
_MEDIUM = re.compile(
    r"\b(?:sound|audio|connection|line|mic|microphone|wi-?fi|internet|signal|video|screen|call|"
    r"volume|headphones?|speakers?|lag(?:ged|ging|gy)?|glitch(?:ed|es|y)?|frozen|froze|"
    # the voice on the line: "Come again? Voice was breaking.", "there was an echo"
    r"voice|echo|muffled|static|breaking|broke|garbled|"
    r"choppy|crackl(?:e|ed|ing)|noise|noisy|dog|cat|baby|kids?|neighbou?rs?|door)\b"
)
#: What a request to hear the question again names before a claim may run on: "can you repeat
#: that i think ...".
_REQUEST_OBJECT = re.compile(
    r"^(?:(?:that|it|this|the (?:\w+ )?(?:question|part|bit)|please|pls|again|once more|"
    r"one more time|for me|slowly)\s*)+"
)
#: A claim of the candidate's own: a guess ("I think the learning rate is too high") or a
#: statement with a verb that says how something is or should be.
_CLAIM = re.compile(
    r"^(?:(?:i(?: (?:think|guess|believe|suppose|reckon|would say)|'d say)|probably|maybe|perhaps|"
    r"my guess is)(?: that)? (?!i\b|i'|my\b|me\b)\w+|"
    r"(?!.*\b(?:i|i'm|i've|i'd|my|me)\b)).*"
    r"\b(?:is|are|was|were|it'?s|they'?re|should|would|could|must|needs?|has|have|will|too|"
    r"causes?|makes?|helps?|overfits?|underfits?)\b"
)
#: Requests that leave the question to the candidate's words, beside which a claim about ML is
#: an attempt at the answer: the interviewer asks before carrying one out (``_attempt_beside``).
_ASKED_BEFORE_AN_ATTEMPT = frozenset(
    {
        IntentKind.REPEAT,
        IntentKind.CLARIFY,
        IntentKind.HINT,
        IntentKind.SKIP,
        IntentKind.DONT_KNOW,
        IntentKind.END,
        IntentKind.MODEL_ANSWER,
    }
)
#: What opens a part of a message around a request and adds nothing: "but", "anyway", "sorry".
_LINKS = re.compile(
    r"^(?:(?:but|and|so|anyway|though|although|however|well|ok|okay|oh|ah|hmm|sorry|then|also|"
    r"just|like|still|yet|because|cause|since)\b\s*)+"
)
#: What closes a part before a request and adds nothing: "the model overfits but [repeat?]".
_LINKS_LAST = re.compile(r"(?:\s*\b(?:but|and|so|anyway|though|although|however|then))+$")
#: A guess or a proposal of the candidate's own: "I think it overfits", "my guess is the features
#: drifted", "I'd use cross-validation" (not "I'd like", "I'd find it useful", "I think I missed
#: it").
_GUESS = re.compile(
    r"^(?:i (?:think|guess|believe|suppose|reckon|would say)|i'd say|probably|maybe|perhaps|"
    r"my (?:guess|answer|bet) (?:is|would be)|(?:i|you|we)(?:'d| would| should) (?:probably |"
    r"just )?(?:use|add|try|go with|pick|choose|apply|increase|decrease|reduce|lower|raise|"
    r"retrain|remove|drop|collect|gather|monitor|compare|plot|tune|scale|normali[sz]e|"
    r"regulari[sz]e|resample|oversample|undersample|stop|check))\b(?: that)?\s*(?!i\b|i'|my\b|me\b)"
)
#: A guess hedged last, as speech does: "batch norm helps here I believe".
_HEDGED_LAST = re.compile(r"\s+i (?:think|guess|believe|suppose|reckon)$")
#: A verb that says how something is, does or should be: "would help", "overfits", "goes up",
#: "drifted" (a word after the first in -s or -ed; "the vanishing gradients one" names a part).
_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|be|been|it'?s|that'?s|they'?re|there'?s|would|will|should|could|can|"
    r"must|might|may|has|have|had|does|do|did|helps?|means?|needs?)\b|"
    r"(?<=\w )(?!(?:this|his|its|was|has|does|is|yes|less|unless|us|thus|plus)\b)\w+(?:s|ed)\b"
)
#: The candidate's state, said without "my": "brain fried", "head's spinning", "so tired".
_TIRED = re.compile(
    r"\b(?:brain|head|tired|exhausted|sleepy|nervous|anxious|stressed|fried|wiped|knackered)\b"
)
#: A word that asks, inside a clause ended by a question mark: "balance between which things?".
_ASKS_WHICH = re.compile(r"\b(?:which|what|how|why|whether)\b")
#: A remark on the session so far: "this has been great practice", "today was a lot".
_ON_THE_SESSION = re.compile(r"(?:this|that|it|today)(?: has been|'s been| was)\b")
#: What a request is about or how it goes on, not a claim: "about the learning rate", "the loss
#: function part", "the bit after bias", "if that's alright", "or stop once ...", the request's
#: own verb ("[what would a perfect answer] have included"), a question asked back ("is it about
#: training?"), a participle about the candidate ("having never worked with ...").
_NOT_AN_ATTEMPT = re.compile(
    r"^(?:(?:about|on|regarding|re|for|with|by|in|of|to|from|at|into|after|before|if|unless|"
    r"whether|or|as to|as for|having|being|as|have|has|had|be|been|might|may|looks?|sounds?|"
    r"seems?|you (?:can|could|would|will|may|might))\b|"
    r"(?:the|that|this) (?:\w+ ){0,3}(?:part|bit|section|half|word|term|sentence|one|ones|thing|"
    r"question)(?: (?:about|after|before|on|with|where|when|of|please|again)\b|$)|"
    r"(?:\w+ ){0,4}(?:part|bit|section|question|one|ones|thing|stuff)$|"
    # the question's words, not ML: "the wording is a bit dense", "your question is long"
    r"(?:the|your|this|that|my) (?:\w+ )?(?:wording|phrasing|question|sentence|english|accent|"
    r"explanation|description)\b|"
    rf"{_ASKS_BACK.pattern}|"
    r"(?:isn'?t|wasn'?t|aren'?t|doesn'?t|don'?t|won'?t|wouldn'?t|shouldn'?t|can'?t|couldn'?t) "
    r"(?:it|that|this|they|there|the)\b)"
)

#: Asking the interviewer to do something: a request even when it mentions ML words ("I know the
#: general area but can't pin it down; could you give me a nudge?").
_ASKS_YOU = re.compile(
    r"\b(?:(?:can|could|would|will) you|please|may i|can i|could i|is there any chance|"
    r"would you mind)\b"
    # "let's" opening what is said, not "shuffling lets the model train on the future" (a
    # transcript's "lets" reads as "let's"; a spoken answer was taken for a skip by it)
    r"|(?:^|[,.;:!?]\s*|\b(?:so|ok|okay|and|then|now|well|alright|right)\s+)let'?s\b"
)
#: A wish or a question in the candidate's voice: a request whose words are common English
#: though the guide uses them ("How is my performance until now?", "I have to log off").
_WISH = re.compile(
    r"\?|\b(?:i'?d (?:like|love|appreciate|prefer|be (?:curious|grateful|interested|glad))|"
    r"i'?ll|i (?:have|need|got) to|i want|it(?:'d| might| would| could) be (?:useful|nice|"
    r"helpful|good|great)|i(?:'d| would) find it (?:\w+ )?(?:useful|helpful)|(?:maybe|perhaps) we|"
    r"(?:am|is|are) (?:i|my)|mind if|if i (?:had|got|could (?:get|have)))\b"
)
#: A request, however phrased, names what it wants or how it asks; a bare topic name is an answer.
_ASKING = re.compile(
    r"\b(?:can|could|would|shall|may|let'?s|let us|please|want|like|prefer|rather|instead|"
    r"next|drill|quiz|questions?|switch|move|change|practi[cs]e|focus|round)\b"
)


#: Questions named by a topic and "ones", and nothing else: "the drift ones?", "maybe the cnn
#: ones next". What closes it (``_ASKS_FOR_ONES``) or a question mark says how sure it asks.
_THE_ONES = re.compile(
    r"(?:(?:maybe|perhaps|what about|how about|and|or|just|can i have|could i have) )?"
    r"(?:the |those |some (?:of the )?|more (?:of the )?)?(?P<x>(?:[\w-]+ ){0,3}[\w-]+) ones"
    r"(?P<asks>(?: (?:please|next|instead|now|then|maybe|again))*)"
)
#: Words that ask, after "the X ones": "please", "next", "instead", "now".
_ASKS_FOR_ONES = re.compile(r"\b(?:please|next|instead|now)\b")


#: How much of the session is left: "how much longer", "how many questions are left".
_HOW_LONG = re.compile(
    r"\bhow (?:much (?:longer|more|time)|long|many (?:more|(?:\w+ )?(?:are |is )?(?:left|to go)))"
    r"|\b(?:questions?|time) (?:left|remaining)\b"
)


def _asks_how_long_after_a_reason(message: str) -> bool:
    """ "I need to leave at three, how much longer is this session?": a time the candidate must
    leave by, given as the reason, then a question about how much is left wants the progress,
    not the end. The end is asked for when its own clause asks ("I have to go, can we stop?")."""
    clauses = [c for c in map(normalise, _COMMA_CLAUSES.split(message)) if c]
    end = dict(_REQUESTS)[IntentKind.END]
    how_long = [n for n, c in enumerate(clauses) if _HOW_LONG.search(c) and not end.search(c)]
    leaving = [n for n, c in enumerate(clauses) if end.search(c)]
    return bool(
        how_long
        and leaving
        and max(leaving) < min(how_long)
        and not any(_ASKS_US.search(clauses[n]) for n in leaving)
    )


#: The candidate or the job, which a question back at the interviewer may ask about instead of a
#: subject to drill, as what it is about: "about my experience", "on the role" ("in my experience"
#: opens a guess).
_ME_OR_THE_JOB = re.compile(
    r"\b(?:about|on|regarding|concerning|into|through|discuss|review|see|hear|ask) "
    r"(?:(?:my|our) (?:\w+ )?(?:experience|background|resume|projects?|work|career|studies|"
    r"degree|thesis|job|skills|profile|portfolio|qualifications|application)|"
    r"(?:the|this|your) (?:role|position|job|team|company|interview process|hiring process|"
    r"salary|offer|next steps?|opening|vacancy))\b"
)


def _besides(kind: IntentKind, text: str) -> str:
    """The words of a message beside a request's own, and beside "I already covered this" the
    earlier answer or question it names ("my answer on class weights"), which says nothing
    again."""
    besides = dict(_REQUESTS)[kind].sub(" ", text)
    return _EARLIER.sub(" ", besides) if kind is IntentKind.ALREADY_SAID else besides


def _joined(text: str) -> str:
    """Hyphenated words as one: "skip-gram" is no "skip"."""
    return re.sub(r"(\w)-(\w)", r"\1\2", text)


def _apostrophes(match: re.Match[str]) -> str:
    """A contraction written without its apostrophe, with it ("whats" -> "what's")."""
    ending = {"n": "n't", "s": "'s", "m": "'m", "ve": "'ve", "re": "'re", "d": "'d", "ll": "'ll"}
    group = next(g for g in ending if match[g])
    return match[group] + ending[group]


#: An emoji written as chat writes its code: ":trophy:", ":fast_forward:", ":+1:".
_EMOJI_CODE = re.compile(r"(?<!\w):[a-z0-9_+-]+:(?!\w)")


def normalise(message: str) -> str:
    """Lower case, words only, fillers and conversational openers dropped, and contractions
    written as typed ones are, so that a transcript ("whats the textbook answer", "lets do
    em el ops") reads like typing."""
    text = message.lower().replace("\u2019", "'")
    text = _EMOJI_CODE.sub(" ", text)  # chat's ":eyes:", ":fast_forward:" say nothing
    text = re.sub(r"\s+[+&]\s+", " and ", text)  # chat's "finish + show final score"
    text = re.sub(r"[^\w\s'-]", " ", text)
    text = re.sub(r"(?<!\w)'|'(?!\w)", " ", text)  # scare quotes: "the 'correct' answer"
    if not text.isascii():
        text = _unaccented(text)
    text = _OTHER_LANGUAGE_WORDS.sub(lambda m: _OTHER_LANGUAGES[m[0]], text)
    text = _BARE_CONTRACTIONS.sub(_apostrophes, text)
    text = _R_FOR_ARE.sub("are", text)
    text = _LONG_DRAWN.sub(lambda m: _drawn_short(m[0]), text)
    for misheard, meant in _MISHEARD:
        text = misheard.sub(meant, text)
    for formal, plain in _FORMAL:
        text = formal.sub(plain, text)
    for jargon, plain in _JARGON:
        text = jargon.sub(plain, text)
    text = _PAST_AFTER_IF.sub(_in_the_present, text)
    longest_first = sorted(_SPOKEN_FORMS, key=len, reverse=True)  # "q's" before "q"
    forms = r"(?<![\w-])(?:" + "|".join(longest_first) + r")(?![\w-])(?!\s+learning)"
    text = re.sub(forms, lambda m: _SPOKEN_FORMS[m[0]], text)
    text = _SPELLED.sub(_spelled_as_one, text)
    text = re.sub(r"\b[a-z]{3,}\b", lambda m: _typed_request_word(m[0]), text)
    text = _FILLER.sub(" ", text)
    text = _SLANG_FRAMES.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip() + " "
    text = _STUTTER.sub(r"\1", text).strip()
    text = _OPENER.sub("", text).strip()
    for order, plain in _WORD_ORDER:
        text = order.sub(plain, text)
    return text


#: Punctuation dictated as words, as speech-to-text leaves it when the speaker says it aloud
#: ("can I get a hint question mark I think it's ...", "quiz me on activations period").
_SPOKEN_MARKS = [
    (re.compile(r"\s*\bquestion ?marks?\b", re.I), "?"),
    (re.compile(r"\s*\bexclamation (?:mark|point)\b", re.I), "!"),
    (re.compile(r"\s*\b(?:new (?:line|paragraph)|full stop)\b", re.I), "."),
    (re.compile(r"\s*\bcomma\b(?![\s-]*(?:separated|delimited))", re.I), ","),
    (re.compile(r"\s*\bcolon\b", re.I), ":"),
]


#: "period" said as a full stop, and the words before it: a noun ("the training period", "a
#: period of time") has a determiner before it, one word in between at most, or "of" after it.
_PERIOD = re.compile(r"(?P<before>(?:\S+\s+){0,2})\s*\bperiod\b(?!\s+of\b)", re.I)
_DETERMINER = re.compile(r"\b(?:a|an|the|this|that|each|every|per|one|same|any|some|no)\s", re.I)


def _period_mark(match: re.Match[str]) -> str:
    before = match["before"]
    return match[0] if _DETERMINER.search(before) else before.rstrip() + "."


def punctuated(message: str) -> str:
    """The message with punctuation dictated as words written as marks, so that a clause is read
    as the question or the sentence it was said as."""
    for spoken, mark in _SPOKEN_MARKS:
        message = spoken.sub(mark, message)
    return _PERIOD.sub(_period_mark, message)


def _without_examples(clause: str) -> str:
    """A clause without the examples listed after its last comma ("gimme some transformer qs,
    attention etc")."""
    head, comma, tail = clause.rpartition(",")
    return head if comma and _EXAMPLES.match(normalise(tail)) else clause


@cache
def _typed_request_word(word: str) -> str:
    """A request word as thumbs mistype it ("skp", "repat", "qustion", "agian"), put right: a
    word that is no frequent English one (``_common``), one edit from a request word; from a
    short one only by a letter left out or two swapped ("hist" stays, "hnt" is "hint"); not
    one of its forms ("this repeats the earlier question")."""
    if _common(word):
        return word
    for meant in _TYPED_REQUEST_WORDS:
        if (
            OSA.distance(word, meant) == 1
            and not word.startswith(meant)
            and (len(meant) > 4 or len(word) < len(meant) or sorted(word) == sorted(meant))
        ):
            return meant
    return word


#: A "no" that corrects how the last message was read, before another opener ("no i mean like
#: whats the model answer for this one": a walkthrough's, graded as an answer). Left out only
#: where a request is looked for: to "Do you want to skip?" the same "no, sorry, ..." is a no.
_CORRECTING_NO = re.compile(r"^no,?\s+(?=(?:like|wait|sorry|actually|so)\b)")


def _trim(text: str) -> str:
    if _CORRECTING_NO.match(text):
        text = _OPENER.sub("", _CORRECTING_NO.sub("", text) + " ").strip()
    while (shorter := _POLITE_END.sub("", text)) != text:
        text = shorter
    return text


@cache
def _common(word: str) -> bool:
    """Is the word, or it without a final s ("looks"), among the most frequent of English
    (``COMMON_WORD_RANK``)?"""
    for form in {word, word.removesuffix("s")}:
        tokens = encoding().encode(f" {form}")
        if len(tokens) == 1 and tokens[0] < COMMON_WORD_RANK:
            return True
    return False


@cache
def _everyday(word: str) -> bool:
    """Is the word one of ``EVERYDAY_WORD_RANK`` most frequent tokens of cl100k_base: an
    interjection or an everyday word ("cool", "whatever", "seriously"), wider than ``_common``;
    terms ("dropout", "drift", "recall") rank lower."""
    tokens = encoding().encode(f" {word}")
    return len(tokens) == 1 and tokens[0] < EVERYDAY_WORD_RANK


def _guide_words(knowledge: KnowledgeBase) -> set[str]:
    """The words that say something about ML: those of the guide's questions and of installed
    packs, with which the recogniser's gates were set. The project's 154 questions beyond the
    guide are left out: their prose adds 1,600 words, many of them everyday English, and with
    them "anything", "sitting" and "question" counted as ML ("I don't think I could say anything
    useful here" read as an answer; the labelled sets fell by up to 0.025)."""
    return content_tokens(
        " ".join(
            f"{q.question} {q.reference_answer} {' '.join(k.text for k in q.key_points)}"
            for q in knowledge.questions
            if q.from_guide or q.id in knowledge.pack_of
        )
    )


def _topic_words(knowledge: KnowledgeBase) -> dict[str, set[str]]:
    """Each topic's words: those of its questions (all of them, beyond the guide too), their
    phrasings, key points and the points' other wordings. A word said right before a topic's
    name that none of them has narrows the name to something else ("graph neural networks")."""
    words: dict[str, set[str]] = {}
    for q in knowledge.questions:
        text = " ".join(
            [q.title, q.question, q.reference_answer or "", *q.phrasings]
            + [w for k in q.key_points for w in (k.text, *k.said_as)]
        )
        for topic in q.topics:
            words.setdefault(topic, set()).update(content_tokens(text))
    for topic in knowledge.topics:
        words.setdefault(topic.id, set()).update(
            content_tokens(" ".join([topic.id, topic.title, *topic.aliases]))
        )
    return words


#: Words that say how deep or hard, or that a kind follows, not what: "basic neural networks",
#: "questions of the type cross validation" ask for the topic.
def _topic_texts(knowledge: KnowledgeBase) -> list[tuple[str, str]]:
    """Each topic's own words, as (topic, text): its title and aliases, and the titles,
    questions and key points of the questions it is drilled with. A topic described rather
    than named ("the one about models going stale") is found among them, in whatever words the
    candidate uses, so no list of descriptions is kept in code."""
    texts = []
    for topic in knowledge.topics:
        own = [topic.title, *topic.aliases]
        own += [text for p in topic.practice for text in (p.question, p.title) if text]
        for question in knowledge.questions:
            if topic.id in question.topics:
                own += [question.title, question.question, *(k.text for k in question.key_points)]
        texts += [(topic.id, text) for text in dict.fromkeys(own)]
    return texts


_LEVEL_WORDS = frozenset(
    content_tokens(
        "type types kind kinds sort area field "
        "basic basics advanced easy easier hard harder tricky simple intro introductory beginner "
        "senior junior common typical standard classic classical modern general core "
        "fundamental fundamentals practical theory theoretical interview more other different "
        "new few random whole entire usual"
    )
)


class _Piece(NamedTuple):
    """A clause of a message: as written, normalised, and whether it may be a question."""

    written: str
    text: str
    question: bool  # it ends with a question mark, or the message has no punctuation (spoken)
    marked: bool  # it ends with a question mark


def _pieces(message: str) -> list[_Piece]:
    """The message's clauses."""
    parts = re.split(f"({_CLAUSE_END.pattern})", message)
    spoken = not re.search(r"[.!?]", message)
    pieces = []
    for i in range(0, len(parts), 2):
        end = parts[i + 1] if i + 1 < len(parts) else ""
        if text := normalise(parts[i]):
            pieces.append(_Piece(parts[i], text, "?" in end or spoken, "?" in end))
    return pieces


def _as_written(phrase: str, message: str) -> str:
    """The phrase as the candidate wrote it ("A/B testing", "SQL"), for the interviewer to say
    back; as normalised if it cannot be found."""
    words = phrase.split()
    # a word's letters may be spelled apart ("ab" was "A/B", "nlp" was "n l p")
    spelled = (r"\W*".join(map(re.escape, word)) for word in words)
    found = re.search(r"\W+".join(spelled), message, re.IGNORECASE)
    return found[0] if found else phrase


def _object(text: str) -> str:
    """A drill request's topic as said, without what comes before or after it; each taken off
    until none is left ("that before we carry on" is "that")."""
    text = text.strip()
    while (shorter := _OBJECT_HEAD.sub("", _trim(_OBJECT_TAIL.sub("", text)))) != text:
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
        names = [
            (name, topic.id)
            for topic in knowledge.topics
            for name in [topic.id, topic.title, *topic.aliases]
        ]
        self._names = TopicNames(names)
        topic_texts = _topic_texts(knowledge)
        self._text_topics = np.asarray([topic for topic, _ in topic_texts])
        self._topic_vectors = np.asarray(
            embeddings.embed_documents([text for _, text in topic_texts])
        )
        encoding()  # common words are looked up in its ranks: loaded now, not on a message
        self._topic_words = content_tokens(" ".join(name for name, _ in names))
        request_words = content_tokens(" ".join(asking)) | content_tokens(_NO_SUBJECT)
        self._asking = request_words
        #: The words that narrow none of a topic's names (``_narrowed``): its own, the request
        #: words and the words of level; "" for a topic with no words of its own.
        known_to_all = request_words | _LEVEL_WORDS
        self._known_before = {"": known_to_all} | {
            topic: words | known_to_all for topic, words in _topic_words(knowledge).items()
        }
        self._vocabulary = (_guide_words(knowledge) | self._topic_words) - request_words
        #: What a clause after a hedge may say: the words of every question's key points, those
        #: beyond the guide too ("idk, KL divergence is asymmetric" answers a drift question).
        self._point_words = (
            content_tokens(" ".join(kp.text for q in knowledge.questions for kp in q.key_points))
            - request_words
        )
        #: Two words that follow each other in a key point ("learning rate"): common words that
        #: name something of ML together.
        self._point_pairs = {
            pair
            for q in knowledge.questions
            for kp in q.key_points
            for pair in pairwise(re.findall(r"[\w'-]+", kp.text.lower()))
        }
        #: Every word of the guide, request words too: a guess after a request to hear the
        #: question again ("I think the learning rate is too high") speaks of "learning" and
        #: "rate", which requests also use, and is no reason about the sound or the candidate.
        self._ml_words = (
            _guide_words(knowledge)
            | self._topic_words
            | self._point_words
            | (
                content_tokens(
                    " ".join(kp.text for q in knowledge.questions for kp in q.key_points)
                )
            )
        )

    # --- topics ---------------------------------------------------------------------------------

    def topic(self, name: str) -> str | None:
        """The topic a phrase names first (its id, title or an alias, as people say them)."""
        return self._names.first(normalise(name))

    def _drill(self, message: str) -> Intent | None:
        """A drill request by its shape, clause by clause: the topic it names, or
        (UNKNOWN_TOPIC) the name it asks for when that is none of the guide's.

        A shape that answers also take ("let's do k-fold", "switch to ReLU") asks for a drill
        only when nothing else in the message says anything about ML: no reason given after
        the name ("switch to ReLU to avoid vanishing gradients"), no other clause that answers
        ("let's talk about drift: data drift is..."). Even a drill's own shape is an answer's
        when a statement about ML follows it that is no reason of the candidate's ("I'd love to
        go over regularisation: L1 makes weights sparse"). Any shape in a long message that says
        something about ML is the answer's.
        """
        spoken = not re.search(r"[.,!?;:]", message)
        split = _SPOKEN_ASK.split(message) if spoken else _CLAUSE_END.split(message)
        clauses = [c for c in map(normalise, split) if c]
        if len(message.split()) > MAX_REQUEST_WORDS and self._states(" ".join(clauses)):
            return None  # a long answer's own words ("...could we practise that later?")
        asks = bool(_ASKS.search(message.lower()))
        unknown = None
        for n, clause in enumerate(clauses):
            if _NAMES_THE_QUESTION.search(clause):
                continue  # "can you repeat the question about drift?": this question again
            for pattern in (
                _DRILL_ME,
                _WITH_ME,
                _IMPERATIVE,
                _QUESTIONS_ON,
                _ASK_FOR,
                _SWITCH,
                _WANTS_QUESTIONS,
                _ANY_ROUNDS,
                _ANY_STUFF,
            ):
                match = pattern.search(clause)
                if (
                    not match
                    or (pattern is _QUESTIONS_ON and not asks)
                    or (pattern is _ANY_ROUNDS and "?" not in message)
                    or (
                        pattern is _QUESTIONS_ON
                        and match["prep"] == "to"
                        and "?" not in message
                        and not _ASKS_TOGETHER.search(clause)
                    )
                    or (pattern is _ASK_FOR and not (match["strong"] or match["verb"]))
                    or (pattern is _ASK_FOR and match["get"] and not _DRILL_CUE.search(match["x"]))
                    or (
                        pattern is _ASK_FOR
                        and (match["train"] or match["something"])
                        and not match["strong"]
                        # "maybe we could look at something on RNNs instead?" changes the topic,
                        # "perhaps something on MLOps, if that's all right?" asks leave to
                        and not (
                            match["something"]
                            and (_INSTEAD.search(message.lower()) or _LEAVE.search(message.lower()))
                        )
                    )
                ):
                    continue  # "we could do oversampling", "could I get some help" ask for no drill
                if pattern is _ASK_FOR and match["attend"] and not match["strong"]:
                    continue  # "we could shift our focus to recall instead of precision"
                if _NOT.search(clause[match.start() : match.start("x")]):
                    continue  # "I'd rather not get into drift right now"
                if (
                    pattern is _ASK_FOR
                    and match["strong"]
                    and _SOMETHING_ELSE_DOES.search(
                        clause[match.end("strong") : match.start("verb" if match["verb"] else "x")]
                    )
                ):
                    continue  # "I'd want the pipeline to cover ingestion, training, monitoring"
                strong = pattern in (_DRILL_ME, _WITH_ME) or bool(
                    pattern is _ASK_FOR and match["strong"] and match["verb"]
                )
                said = _trim(match["x"] or "")
                if (
                    pattern is _ASK_FOR
                    and match["something"]
                    and match["something"].endswith(("like", "such as"))
                    and (re.match(r"\w+ing\b", said) or _GOES_ON_TO.search(said))
                ):
                    continue  # "something useful like adding dropout to reduce the variance"
                if pattern is _QUESTIONS_ON and (
                    _CLAIMED_OF.search(said)
                    or (match[0].startswith("anything") and "?" not in message)
                ):
                    continue  # "Some questions on the holdout would tell you"
                others = clauses[:n] + clauses[n + 1 :]
                if len(said.split()) > MAX_REQUEST_WORDS:
                    continue  # no topic is named in so many words
                if _FOR_A_QUESTION.match(said):
                    continue  # "could you give me a model answer for the cross-validation question"
                described = self._described(_OBJECT_HEAD.sub("", said.strip()))
                if (
                    described
                    and not _OF_ME.search(said)
                    and not any(self._states(c) for c in clauses[n + 1 :])
                ):
                    # "can we do the part about splitting data into folds"; "let's do the thing
                    # where I explain transformers: they ..." answers
                    return described
                if self._applied(
                    said, asked_of_me="?" in message or bool(_ASKS_TOGETHER.search(clause))
                ):
                    continue  # "I want to practise the regularisation on the model" answers
                asked = _object(said)
                if not strong and self._says_of_it(said[said.rfind(asked) + len(asked) :]):
                    continue  # "switch to relu, it's faster", "let's do L2, I'd expect ..."
                # What a request pointing back at ("questions on it") names is said beside it.
                says = self._says_besides_names if _REFERS_BACK.fullmatch(asked) else self._says
                reasons = [c for c in others if not _HARD_FOR_ME.search(c)]
                if not strong and (
                    sum(map(says, reasons)) >= ANSWER_EVIDENCE
                    or _GOES_ON_TO.search(said)
                    or (
                        self._names.find(said)
                        and self._evidence(self._rest(said)) >= ANSWER_EVIDENCE
                    )
                ):
                    continue
                later = clauses[n + 1 :]
                if not _REFERS_BACK.fullmatch(asked):
                    intent = self._named(asked)
                elif pattern is not _SWITCH:  # "X, can we drill that", "X. Drill me.", "Drill: X"
                    reason = _trim(" ".join([*clauses[:n], clause[: match.start()]]).strip())
                    if _PROPOSES.search(reason):
                        continue  # "I'd start with the class weights, so can we focus on those?"
                    before = _OBJECT_HEAD.sub("", reason)  # its reasons are kept
                    intent = self._named(before, said_before=True) or self._reason_names(reason)
                    if not intent and later:
                        intent, later = self._named(_object(later[0])), later[1:]
                else:
                    continue
                # What follows the word for questions in its clause is said beside them too.
                tail = [clause[match.end() :]] if pattern is _WANTS_QUESTIONS else []
                if any(self._states(c) and not _PERSONAL.search(c) for c in [*tail, *later]):
                    continue  # "I'd love to go over regularisation: L1 makes weights sparse"
                if (
                    pattern is _ASK_FOR
                    and match["something"]
                    and (not match["strong"] or match["something"].endswith(("like", "such as")))
                    and not (intent and intent.kind is IntentKind.DRILL)
                ):
                    continue  # only a topic of the guide: "something on the outliers instead"
                if intent and intent.kind is IntentKind.DRILL:
                    if self._unnamed_examples(said):  # "I want to practise regularisation, like L2"
                        return intent.model_copy(
                            update={
                                "kind": IntentKind.CONFIRM,
                                "proposed": IntentKind.DRILL,
                                "text": message,
                            }
                        )
                    return intent
                if pattern is _ASK_FOR and match["train"]:
                    continue  # "I'd like to train more on the minority class" is no drill
                if intent and not unknown:
                    unknown = intent.model_copy(
                        update={"topic": _as_written(intent.topic or "", message)}
                    )
        return unknown

    def _says_of_it(self, tail: str) -> bool:
        """Does what follows a loose drill request's topic, once the words have lost their comma,
        say something of the topic, as an answer's reason does ("switch to relu, it's faster",
        "switch to relu, I think it trains faster"), rather than the candidate's reason ("let's
        do X, I could use an easy win", "X, this is my weak point") or the questions' kind
        ("quick ones")? Only a tail that opens on a subject: a word of the guide that is no
        common English, a proposal with a word of the guide, or a statement that speaks of no
        one."""
        if not _SAYS_OF_IT.match(tail.strip()):
            return False  # examples, a condition or a second question: read as before
        return bool(
            self._rare(tail)
            or (_PROPOSES.search(tail) and self._evidence(tail))
            or (_STATEMENT.search(tail) and not _PERSONAL.search(tail))
        )

    def _applied(self, said: str, asked_of_me: bool) -> bool:
        """Does a drill request's object say what its technique is done to or with, as an answer
        does ("the regularisation on the model", "the hyperparameters with a grid search", "the
        imbalance with class weights")? What follows the name may be the interview's part or
        time, or, asked of the interviewer, another topic ("can we do metrics on an imbalanced
        dataset?")."""
        found = self._names.find(said)
        after = " ".join(self._names.said(said)[found[0].end :]) if found else said
        applied = _APPLIED_TO.search(after)
        if not applied or (found and applied.start() > 0) or (applied["where"] and asked_of_me):
            return False  # after a name, the very next words
        if not found and not set(after[: applied.start()].split()) - STOPWORDS - _ASIDES:
            return False  # what is applied is the request's: "some practice with SVMs"
        thing = applied["thing"]
        if set(thing.split()[:2]) & _OF_THE_SESSION or _DRILL_CUE.search(thing):
            return False  # "for a while", "with a focus on recall", "with some real questions"
        return not (asked_of_me and self._names.find(thing))  # "can we do metrics on imbalance?"

    def _unnamed_examples(self, said: str) -> bool:
        """Examples listed after a drill's topic that name no topic, as an answer's do
        ("regularisation, like L2"): "metrics, like precision and recall" asks for metrics. The
        interviewer asks before switching, so that an answer is graded if it was one. Only a term
        counts, not everyday words ("like see an end and are in end" is a misheard "CNN and
        RNN")."""
        examples = _LIKE.search(said)
        return (
            bool(examples)
            and not self._names.find(examples["x"])
            # a term, no everyday words: "like see an end and are in end" is a misheard "CNN"
            and not all(_common(w) for w in examples["x"].split() if w not in STOPWORDS)
        )

    def _more_of_it(self, message: str) -> Intent | None:
        """A drill on the topic a message names and then asks more of (``_MORE_OF_IT``): "The F1
        and AUC kind of questions, can I get a few?", "my next interview is heavy on class
        imbalance, can we hammer that for a bit?". What is named may be the candidate's reason,
        or else only names ("SMOTE creates synthetic minority samples, can we go there?" is
        graded), and only a topic of the guide counts."""
        text = _trim(normalise(message))
        match = _MORE_OF_IT.search(text)
        if not match or not (match["ask"] or "?" in message or _ASKS_US.search(message.lower())):
            return None
        said = text[: match.start()].strip()  # "my next interview is heavy on X" is a reason
        before = _OBJECT_HEAD.sub("", said)
        if not before or _PROPOSES.search(said):  # "I'd start with the class weights, so ..."
            return None
        if not (_PERSONAL.search(said) or self._only_names(before)):
            return None
        intent = self._named(before, said_before=True)
        if intent and intent.kind is IntentKind.DRILL:
            return intent
        unknown = self._reason_names(said)
        return unknown and unknown.model_copy(update={"topic": _as_written(unknown.topic, message)})

    def _the_ones(self, text: str, message: str) -> Intent | None:
        """ "the drift ones?", "the transformer ones please", "maybe the cnn ones next": the
        questions on a topic named by it and "ones", and nothing else. Closed by a word that asks
        ("please", "next", "instead"), a drill; only asked ("?"), the interviewer asks first,
        since a terse answer may say it ("the transformer ones?" to "which models scale
        better?"); neither, an answer. A participle describes what the ones are ("the drifting
        ones", "the imbalanced ones") and names no questions."""
        said = _THE_ONES.fullmatch(text)
        if not said or re.search(r"(?:ing|ed)\b", said["x"]):
            return None
        topic = self._only_names(said["x"])
        if not topic:
            return None
        if _ASKS_FOR_ONES.search(said["asks"]) or re.search(
            r"\b(?:please|pls|plz)\b", message.lower()
        ):
            return Intent(kind=IntentKind.DRILL, topic=topic)
        if message.rstrip().endswith("?"):
            return Intent(
                kind=IntentKind.CONFIRM, proposed=IntentKind.DRILL, topic=topic, text=message
            )
        return None

    def _named_for(self, message: str) -> Intent | None:
        """A name with what it is wanted for ("drift, please", "the attention stuff", "SQL
        questions"), in a clause of its own beside nothing about ML ("More drift, please: I need
        the practice"): a drill on a topic named and nothing else, or an unknown topic. A list
        closed with "that kind of stuff" is an answer's ("SMOTE, oversampling, that kind of
        stuff"), nor are names with a verb between them ("the transformer uses self-attention
        instead"), nor is a name followed by what it states or a reason ("data drift i think the
        inputs have shifted ... now", "Concept drift, I guess, because the labels ... now")."""
        parts = [
            _without_examples(self._without_my_reason(part)) for part in _CLAUSE_END.split(message)
        ]
        clauses = [c for c in map(normalise, parts) if c]
        for n, clause in enumerate(clauses):
            if _CONSEQUENCE.match(clause):
                continue  # "Use GroupKFold. Otherwise the model learns patient-specific stuff."
            bare = _NAMED_FOR.fullmatch(clause)
            others = [c for c in clauses[:n] + clauses[n + 1 :] if not _EXAMPLES.match(c)]
            if not bare or _LIST_END.search(clause) or any(map(self._states, others)):
                continue
            named = bare["x"] or bare["y"] or bare["z"]
            asked = _object(named)
            if bare["z"] and not self._names.whole(asked):
                continue  # "now the model overfits" says what happens next, and answers
            said = named.replace(asked, " ", 1)
            if self._states(said) or _GOES_ON_TO.search(said) or _THEN_ANSWERS.search(said):
                continue
            topic = self._only_names(asked) if len(asked.split()) <= MAX_NAME_WORDS else None
            if topic:
                return Intent(kind=IntentKind.DRILL, topic=topic)
            intent = self._named(asked)
            asked_for = bool(_QUESTIONS_FOR.search(clause))  # "feature engineering drill"
            if re.search(_IF_YOU_HAVE, clause) and not asked_for:
                # "time series, if there are any" asks for something else; "the labels, if you
                # have any" and "ground truth if you have it" may answer
                asked_for = bool(re.search(r"\bany\b", clause)) and not self._evidence(asked)
                if not asked_for:
                    continue
            if (
                intent
                and intent.kind is IntentKind.UNKNOWN_TOPIC
                and self._unknown_name(asked, asked_for)
            ):
                return intent.model_copy(update={"topic": _as_written(asked, message)})
        return None

    def _without_my_reason(self, part: str) -> str:
        """A clause without the reasons about the candidate set off after its first comma, that
        say nothing about ML ("drift pls, i'm begging", "metrics questions, I need the
        practice")."""
        head, *rest = part.split(",")
        reasons = [normalise(r) for r in rest]
        if rest and all(_ABOUT_ONESELF.match(r) and not self._evidence(r) for r in reasons):
            return head
        return part

    def _weak_spot(self, message: str) -> Intent | None:
        """A topic the candidate says they are weak at, in a message that asks for something or
        for the practice ("A/B testing is my weak point, could we spend a round on that?", "I'm
        shaky on neural net basics, could we stay on that for a while?", "Imbalanced data is
        something I'd benefit from going over"): a drill on it, or an unknown topic. Said alone,
        a weakness may be a "don't know", and is no request. Nothing else in the message may
        say anything about ML ("I'm not confident with the maths, but dropout zeroes units,
        could that be it?"), nor may the name go on to a reason ("I struggle with vanishing
        gradients when training deep nets")."""
        if len(message.split()) > MAX_REQUEST_WORDS:
            return None
        parts = _COMMA_CLAUSES.split(message)
        clauses = [c for c in map(normalise, parts) if c]
        for n, clause in enumerate(clauses):
            shape = _WEAK_SUBJECT.match(clause) or _WEAK_OBJECT.match(clause)
            others = clauses[:n] + clauses[n + 1 :]
            if not shape or any(self._says_anything(c) for c in others):
                continue
            text = normalise(message)
            asks = _ASKS_US.search(text) or re.search(rf"\b{_NEED}\b", text)
            if _GOES_ON_TO.search(shape["x"]) or not asks:
                continue
            asked = _object(shape["x"])
            intent = self._named(asked)
            if intent and intent.kind is IntentKind.DRILL:
                return intent
            if intent and self._unknown_name(asked, asked_for=True):
                return intent.model_copy(update={"topic": _as_written(asked, message)})
        return None

    def _says_anything(self, clause: str) -> bool:
        """Does a clause beside a request say something of its own: a topic's name or a word of
        the guide that is not common English ("can I just say it's overfitting?"; "could we stay
        on that for a while" uses "stay"), or, unless it speaks of the candidate,
        asks or wants the practice ("so focusing there might be wise"), a word that is not
        common English ("but dropout randomly zeroes units", though the guide never says
        "dropout"; "could that be it" says nothing)?"""
        if self._rare(clause) > 0 or self._names.find(clause):
            return True
        if _PERSONAL.search(clause) or _ASKS_US.search(clause) or re.search(_NEED, clause):
            return False
        return not all(_common(w) for w in clause.split() if w not in STOPWORDS)

    def _reason_names(self, reason: str) -> Intent | None:
        """Something outside the guide that the candidate's reason for a request pointing back
        names last: "my interviewer loves random forests, so could we do a few on those?"."""
        named = _REASON_NAMES.search(reason)
        if named and _PERSONAL.search(reason) and self._unknown_name(named["x"], asked_for=True):
            return Intent(kind=IntentKind.UNKNOWN_TOPIC, topic=named["x"])
        return None

    def _says_besides_names(self, clause: str) -> int:
        """The clause's evidence beside the topics it names: "I've been avoiding class imbalance
        for weeks" names what "can you give me some questions on it?" asks for."""
        return self._evidence(self._rest(clause))

    def _rest(self, phrase: str) -> str:
        """The phrase's content words that are no part of a topic's name, nor an aside."""
        rest = self._names.rest(phrase)
        return " ".join(w for w in rest if w not in STOPWORDS and w not in _ASIDES)

    def _only_names(self, phrase: str) -> str | None:
        """The topic a phrase names when it says nothing else ("the tradeoff between bias and
        variance", "the F1 and AUC kind of questions"); names with a verb between them state
        something ("the transformer uses self-attention")."""
        found = self._names.find(phrase)
        if found and not self._rest(phrase) and not _STATES.search(phrase):
            return found[0].topic
        return None

    def _named(self, asked: str, said_before: bool = False) -> Intent | None:
        """What a drill request's object names: a topic, or something outside the guide.

        A topic's names with trimmings ask for it ("the whole bias-variance thing", "drift
        detection"). What is left once the names are taken out may say about one ML word per
        name ("the chain rule and gradients"), and more when it was said before the request, as
        its reason ("I keep mixing up classification and regression, can we drill that").
        Something else is a short phrase that states nothing (no pronoun, no verb of being or
        doing): "data structures and algorithms".
        """
        said = self._names.said(asked)
        found = self._names.find(asked)
        if (
            found
            and (said_before or not _STATES.search(asked))
            and self._evidence(self._rest(asked)) <= len(found) + said_before
            and (said_before or len(self._foreign(asked)) <= len(found))
        ):
            if not said_before and (narrowed := self._narrowed(said, found[0])):
                return Intent(kind=IntentKind.UNKNOWN_TOPIC, topic=narrowed)
            return Intent(kind=IntentKind.DRILL, topic=found[0].topic)
        if described := self._described(asked):
            return described
        if (
            0 < len(said) <= MAX_NAME_WORDS
            and not _NOT_A_NAME.search(asked)
            and content_tokens(asked)  # "can we go to the next" names no topic "the"
        ):
            return Intent(kind=IntentKind.UNKNOWN_TOPIC, topic=asked)
        return None

    def _described(self, asked: str) -> Intent | None:
        """A drill on the topic a request's object describes rather than names ("the one about
        models going stale", "the lopsided data ones, where one class is tiny", "some of the
        attention stuff"): the topic whose own words (``_topic_texts``) the description comes
        closest to, by meaning. Clearly the closest, a drill; close but near another, the
        interviewer asks first. Only an object shaped as a description ("the one(s) about",
        "the X stuff") is read so: a request for something outside the guide keeps its name."""
        shape = _DESCRIBED.match(asked)
        if not shape:
            return None
        described = " ".join(part for part in shape.group("x", "w", "y", "z") if part).strip()
        relative = shape["w"] or shape["rel"]  # "the ones where ..." describes
        if not content_tokens(described) or not (relative or _DESCRIBES.search(described)):
            return None  # a name: "a bit on gradient boosting" asks for a topic outside the guide
        if _DONE.search(described):
            return None  # a technique: "let's do the stuff where the gradients are clipped"
        similarities = self._topic_vectors @ np.asarray(self._embeddings.embed_query(described))
        scores = {
            topic: float(
                np.mean(np.sort(similarities[self._text_topics == topic])[-DESCRIBED_TEXTS:])
            )
            for topic in dict.fromkeys(self._text_topics)
        }
        (best, score), (_, second) = sorted(scores.items(), key=lambda kv: -kv[1])[:2]
        if score < DESCRIBED_SIMILARITY or score - second < DESCRIBED_UNSURE_MARGIN:
            return None
        if score - second < DESCRIBED_MARGIN:
            return Intent(kind=IntentKind.CONFIRM, proposed=IntentKind.DRILL, topic=best)
        return Intent(kind=IntentKind.DRILL, topic=best)

    def _narrowed(self, said: list[str], name: Found) -> str:
        """The name with the words right before it, when they narrow it to a subject the topic
        never speaks of ("graph neural networks", "bayesian neural networks"): the guide has no
        questions on it, and a drill on the wider topic would answer another request (a
        newcomer's "drill me on graph neural networks" got five questions on perceptrons and
        dropout). Up to two such words, opening what is asked for (only request words before
        them: "some", "the"); a word of level ("basic", "advanced") narrows nothing, nor one that
        shortens a word of the topic ("eval metrics")."""
        known = self._known_before.get(name.topic, self._known_before[""])

        def unknown(word: str) -> bool:
            words = content_tokens(word)
            return bool(words) and not (
                words & known or (3 <= len(word) <= 4 and any(w.startswith(word) for w in known))
            )

        start = name.start
        while start > max(0, name.start - 2) and unknown(said[start - 1]):
            start -= 1
        if start == name.start or any(content_tokens(w) - self._asking for w in said[:start]):
            return ""  # a word before them that is no request word: "some", "the" are
        return " ".join(said[start : name.end])

    def _foreign(self, phrase: str) -> set[str]:
        """The phrase's words that neither name a topic nor appear in the guide: more of them
        than names, and the phrase names something else ("xgboost and gradient boosting" is no
        drill on gradients)."""
        return content_tokens(self._rest(phrase)) - self._vocabulary - self._asking

    def _unknown_name(self, phrase: str, asked_for: bool = False) -> bool:
        """A short phrase that names something outside the guide ("sql", "linear algebra"), in
        words of the guide too when questions or a drill on it are asked for ("feature
        engineering drill"): an answer names no questions."""
        return (
            0 < len(phrase.split()) <= 4
            and (asked_for or self._evidence(phrase) < ANSWER_EVIDENCE)
            and not _NOT_A_NAME.search(phrase)
        )

    def _evidence(self, text: str) -> int:
        """How many words of the message are about machine learning beyond topic names."""
        return len(content_tokens(text) & self._vocabulary)

    def _rare(self, text: str) -> int:
        """The evidence without common English words: "I'd appreciate a nudge, without you giving
        it away" says nothing about ML, though "without" and "away" are words of the guide."""
        return self._evidence(" ".join(w for w in text.split() if not _common(w)))

    def _answers(self, text: str) -> bool:
        """Does a wish or question with a request's words say enough about ML to be an answer:
        two rare words of the guide, or one among several common ones?"""
        rare = self._rare(text)
        return rare >= ANSWER_EVIDENCE or (rare > 0 and self._evidence(text) > ANSWER_EVIDENCE)

    def _states(self, clause: str) -> bool:
        """Does a clause beside a request state something about ML ("I'd stop here: the model is
        overfitting")? "I know the general area but can't pin it down" does not, nor does a
        clause that only names topics ("Concept drift in particular", "relu, sigmoid"), nor
        thanks for the session ("this was really useful")."""
        return (
            not _THANKS.match(clause)
            and not _OF_MY_MIND.search(clause)
            and self._rare(clause) > 0
            and (bool(_STATEMENT.search(clause)) or self._says(clause) >= ANSWER_EVIDENCE)
        )

    def _says(self, clause: str) -> int:
        """The clause's evidence, none when it only names topics: "Concept drift in particular"
        beside a request says what the request is for, "then use regularisation" advises."""
        names_only = self._names.find(clause) and all(
            w in _LISTING for w in self._names.rest(clause)
        )
        return 0 if names_only else self._evidence(clause)

    # --- requests -------------------------------------------------------------------------------

    def _nearest(self, text: str) -> tuple[IntentKind, float, float]:
        """The kind of the closest example, its similarity, and by how much it is closer than
        the closest example of any other kind."""
        similarities = self._vectors @ np.asarray(self._embeddings.embed_query(text))
        best = int(np.argmax(similarities))
        kind = self._kinds[best]
        others = [s for k, s in zip(self._kinds, similarities, strict=True) if k is not kind]
        return kind, float(similarities[best]), float(similarities[best] - max(others))

    def recognize(self, message: str, awaiting_confirmation: bool = False) -> Intent:
        """The candidate's intent; ``awaiting_confirmation``: the interviewer asked a yes/no.

        The model, if any, is asked only when the code is unsure (CONFIRM), and only once."""
        message = punctuated(message)
        intent = self._back_to_the_question(self._by_code(message, awaiting_confirmation), message)
        if intent.kind is IntentKind.CONFIRM and self._consult is not None:
            return settle(intent, self._consult(message))
        return intent

    def _back_to_the_question(self, intent: Intent, message: str) -> Intent:
        """A question back at the interviewer about the candidate or the job ("do you have any
        questions about my experience?", "can I ask you something about the role?"), read as a
        request for questions on an unknown topic ("experience") or as an answer, is a
        clarifying question: the interviewer, who only asks about ML, puts its question again in
        other words. Not graded and nothing lost; a question with a subject ("questions about
        A/B testing?") asks for one outside the guide, and one about ML is graded."""
        if (
            intent.kind in (IntentKind.UNKNOWN_TOPIC, IntentKind.ANSWER)
            and message.rstrip().endswith("?")
            and _ME_OR_THE_JOB.search(normalise(message))
            and not self._evidence(_ME_OR_THE_JOB.sub(" ", normalise(message)))
            and not self._names.find(normalise(message))
        ):
            return Intent(kind=IntentKind.CLARIFY, text=message)
        return intent

    def _by_code(self, message: str, awaiting_confirmation: bool) -> Intent:
        if _SCRIPTED_ROLES.search(message):  # an injection is graded, never obeyed
            return Intent(kind=IntentKind.ANSWER, text=message)
        text = normalise(message)
        if not text and awaiting_confirmation and message.strip():
            return Intent(kind=IntentKind.YES, text=message)  # "uh huh", "mm hmm"
        if message.rstrip().endswith("?") and _SAY_AGAIN.fullmatch(text):
            return Intent(kind=IntentKind.REPEAT)  # "Huh?", "Sorry?", "What?"
        if not text:
            return Intent(kind=IntentKind.EMPTY)
        if awaiting_confirmation:
            reply = self._yes_or_no(text, message)
            if reply is not None:
                return reply
        elif (
            _BARE_YES.fullmatch(text)
            or _NO_THANKS.fullmatch(text)
            or _DECLINES_HELP.fullmatch(text)
        ):
            # A yes or a "no thanks" with nothing asked ("yes please" after the question was put
            # another way) answers nothing: the question again. Not asked about, since a "no" to
            # that would grade the "yes please" as the answer and lose the question (a
            # walkthrough's; "no thanks" was graded 0% in the next one).
            return Intent(kind=IntentKind.REPEAT, text=message)
        return self._understand(text, message, awaiting_confirmation)

    def _yes_or_no(self, text: str, message: str) -> Intent | None:
        match = _NO.match(text) or _YES.match(text)
        if not match:
            return None
        rest = normalise(text[match.end() :])
        drill = self._drill(rest)  # "not quite, I'd like a round on precision and recall first"
        if drill and drill.kind is IntentKind.DRILL:
            return drill
        if match.re is _NO and _STAY_WITH_IT.search(rest):
            return Intent(kind=IntentKind.NO, text=message)  # "I think not; let us remain ..."
        if self._evidence(rest) >= ANSWER_EVIDENCE:
            return Intent(kind=IntentKind.ANSWER, text=message)  # "no wait, precision is..."
        if match.re is _NO and _NO.match(rest):
            return Intent(kind=IntentKind.NO, text=message)  # "no, I'd rather not, thank you"
        if rest and _OTHERWISE.match(rest):  # "no, but could I have a hint instead?"
            understood = self._understand(rest, rest)
            if understood.kind not in (IntentKind.ANSWER, IntentKind.CONFIRM):
                return understood
        return Intent(kind=IntentKind.NO if match.re is _NO else IntentKind.YES, text=message)

    def _clarifies(self, message: str) -> bool:
        """Is this a question about the question, and nothing more? One that goes on to answer
        ("What do you mean 'trust'? Well, when the classes are balanced...") is an answer, and
        two readings offered and then one of them taken ("Binary only? No, softmax handles
        multiclass", "Batch or layer norm? Batch norm...") is an answer too. So is a long
        message that states something about ML: a spoken answer runs on past a clause shaped like
        a question ("so what you want is the sweet spot...")."""
        if len(message.split()) > MAX_REQUEST_WORDS and self._states(normalise(message)):
            return False
        pieces = _pieces(message)
        for n, (written, text, question, marked) in enumerate(pieces):
            offers = (
                (marked and not _STATEMENT.search(text) and _TERSE.fullmatch(text))
                or (question and _ALTERNATIVE.search(text))
                or (marked and _ALTERNATIVE_UNAIDED.search(text))
                or (marked and _MEANS_EITHER.search(text))
                or (marked and _EITHER_OF_IT.search(text))
            )
            shape = (
                _CLARIFY.search(text)
                or (_OF_WHAT.match(written + "?" * marked) if n == len(pieces) - 1 else None)
                or (marked and not _AS_IN_ASIDE.search(written) and _AS_IN.search(text))
                or offers
                or (question and _QUOTED.search(written) and _ASKS_ABOUT.search(text))
                or (marked and self._asks_a_term(text))
                or (_WHAT_COUNTS.match(text) if marked else None)
                # "Which model? The churn one?": nothing but questions after it ("Which metric?
                # Recall." answers)
                or (
                    _WHICH_ONE.fullmatch(text)
                    # "which model... the churn one?": trailing off, then asked
                    if (marked or pieces[n + 1 :])
                    and all(piece.marked for piece in pieces[n + 1 :])
                    else None
                )
            )
            if not shape:
                continue
            offered = set(text.split()) - STOPWORDS
            if offers and any(
                _TAKES.match(p.text) or offered & set(p.text.split())
                for p in pieces[n + 1 :]
                if not p.question
            ):
                return False  # "Is it batch or layer norm? Batch norm normalises..."
            later = [piece.text for piece in pieces[n + 1 :] if not piece.marked]
            if _WHICH_ONE.fullmatch(text) and any(map(self._evidence, later)):
                return False  # "Which one? Logistic regression.": it takes one
            after = text[shape.end() :]
            goes_on = _GOES_ON.search(after)  # "not sure whether you want X, but I'd optimise Y"
            if (
                _THEN_ANSWERS.search(after)
                or (not marked and _THEN_SAYS.search(after))
                or (not marked and goes_on and self._evidence(goes_on["rest"]))
            ):
                return False
            turn = _BUT_THEN.search(after)
            if (
                turn
                and (not marked or _SAYS_WHAT_IT_IS.match(turn["rest"]))
                and self._states(turn["rest"])
            ):
                return False  # "... what you're looking for, but it's self-attention, I think?"
            if any(map(self._proposes_an_answer, _COMMA_CLAUSES.split(after)[1:])) or any(
                self._proposes_an_answer(piece.written) for piece in pieces[n + 1 :]
            ):
                return False  # "Sorry, I didn't get the question. Is it that dropout zeroes ...?"
            return all(not self._states(t) and self._evidence(t) < ANSWER_EVIDENCE for t in later)
        return False

    def _proposes_an_answer(self, written: str) -> bool:
        """A question after a question about the question that puts forward a claim of its own
        ("is it that SMOTE creates synthetic samples?", "would it be that the loss goes up?",
        "isn't it because the gradients shrink?"): an attempt asked as a question, the way an
        unsure candidate answers, not another question about the question. Its frame puts an
        explanation forward (``_PROPOSED``: "is the fraud data labelled?" asks about the
        scenario, as a clarifying question does). It offers no
        readings ("is it about training or inference?"), asks nothing open ("which one?"), is
        no question about the question itself ("is it about drift?"), and states something
        about ML."""
        text = normalise(written)
        return bool(
            _PROPOSED.match(_LINKS.sub("", text))
            and not re.search(r"\bor\b", text)
            and not _ASKS_WHICH.search(text)
            and not _CLARIFY.search(text)
            and not self._clarifies(written.rstrip(" ?") + "?")
            and self._states(text)
        )

    def guesses(self, message: str, asked: str = "") -> bool:
        """Does a message put an answer of its own forward as a question, the way an unsure
        candidate answers ("hmm not sure, maybe retrain it every week?", "is it the learning
        rate?", "would class weights help?", "retrain it more often?")? Then it is an attempt
        to grade: set aside as a question to the interviewer, the candidate loses it.

        Its last clause is read: hedged by the speaker's own belief, framed as a proposal
        ("is it ...", "would it be ...", "would X help?"), or no inverted question at all (a
        statement or a phrase said with a rising voice) that brings words of ML the question
        (``asked``) does not use: "the test set?" about a question on the test set echoes it,
        and asks what is meant. A question to the interviewer ("what salary should I ask
        for?", "can I use an example?", "is the data labelled?") and a question about the
        question ("do you mean data or concept drift?") are no guesses."""
        if self._clarifies(message):
            return False
        pieces = _pieces(message)
        if not pieces:
            return False
        clauses = [normalise(c) for c in _COMMA_CLAUSES.split(pieces[-1].written)]
        clause = next((c for c in reversed(clauses) if c), "")
        bare = self._put_forward(clause)
        if bare is None:
            return False
        if bare:
            return True
        bare = _LINKS.sub("", clause).strip()
        in_the_question = content_tokens(asked)
        new = " ".join(w for w in bare.split() if not content_tokens(w) <= in_the_question)
        return not _INVERTED.match(bare) and bool(self._names_ml(new) or self._evidence(new))

    def _put_forward(self, clause: str) -> str | None:
        """A normalised clause read as a guess: its words without the hedge when it puts them
        forward (hedged by the speaker's belief, or framed as "is it ...", "would X help?"),
        "" when it may still be one (no such frame, no question to the interviewer), None when
        it asks the interviewer or the question's meaning, or says nothing of ML."""
        clause = _LINKS.sub("", clause).strip()
        bare = re.sub(r"\s+", " ", _LINKS.sub("", _BELIEF_HEDGE.sub(" ", clause))).strip()
        if not bare or _ASKS_THE_INTERVIEWER.match(bare) or _CLARIFY.search(bare):
            return None
        if not (self._names_ml(bare) or self._evidence(bare)):
            return None
        framed = (
            _BELIEF_HEDGE.search(clause)
            or _PROPOSED.match(bare)
            or _IS_IT.match(bare)
            or _WORKS_ASKED.match(bare)
        )
        return bare if framed else ""

    def asked_term(self, message: str) -> str:
        """The guide's term a message asks the meaning of, and nothing more ("What does PSI
        mean?" is "psi"), or "": what the interviewer can look up for the candidate."""
        pieces = _pieces(message)
        asked = self._asks_a_term(pieces[-1].text) if pieces else None
        return asked["term"] if asked else ""

    def _asks_a_term(self, text: str) -> re.Match[str] | None:
        """ "What does ROC mean?": a clause that is only a question about one of the guide's
        words. Asked instead of an answer, it is a clarifying question, not an answer of 0%."""
        asked = _WHAT_TERM.fullmatch(text)
        words = set(asked["term"].split()) if asked else set()
        if words & _INTERVIEW_WORDS or not content_tokens(" ".join(words)) & self._point_words:
            return None
        return asked

    def _understand(self, text: str, message: str, awaiting_confirmation: bool = False) -> Intent:
        if self._clarifies(message):  # unless it asks for a hint, the question again or progress
            asks = (kind for kind, pattern in _ASKED_BESIDE_A_CLARIFY if pattern.search(text))
            kind = next(asks, IntentKind.CLARIFY)
            if self._attempt_beside(kind, message):  # "I didn't get it, but dropout would help"
                return Intent(kind=IntentKind.CONFIRM, proposed=kind, text=message)
            return Intent(kind=kind, text=message)
        if self._answers_then_moves_on(message) or self._loops_a_procedure(message):
            return Intent(kind=IntentKind.ANSWER, text=message)  # "Overfitting, next question."
        if self._guesses_after_not_knowing(message):
            return Intent(kind=IntentKind.ANSWER, text=message)  # "dunno. overfitting?"
        drill = self._drill(message)
        if drill and drill.kind in (IntentKind.DRILL, IntentKind.CONFIRM):
            return drill
        if more := self._more_of_it(message):
            return more
        if ones := self._the_ones(text, message):
            return ones
        if self._names_what_was_said(message):
            return Intent(kind=IntentKind.ALREADY_SAID)
        trimmed = _trim(text)
        joined = _joined(trimmed)
        asked = self._asked(joined, message) or self._asked_in_a_sentence(message)
        if asked is IntentKind.END and _asks_how_long_after_a_reason(message):
            asked = IntentKind.PROGRESS  # "I need to leave at three, how much longer is this?"
        if (
            asked in (None, IntentKind.DONT_KNOW)
            and _CLOSING_NEXT.search(message)
            and self._says_nothing_at_all(trimmed)
        ):
            # "I'm tapping out of this question, next please.", "idk, next": a move on asked
            # for, beside not knowing, is a skip (``_REQUESTS``)
            asked = IntentKind.SKIP
        if asked and _ASKS_YOU.search(joined):
            return self._taken(asked, message)
        if drill:
            return drill  # a topic outside the guide: the interviewer lists the ones it has
        named = self._named_for(message)
        if named and (
            named.kind is IntentKind.DRILL or (_QUESTIONS_FOR.search(trimmed) and not asked)
        ):
            return named  # a topic, or questions on something else: "feature engineering drill"
        if weak := self._weak_spot(message):
            return weak
        if len(trimmed.split()) > MAX_REQUEST_WORDS or self._names.whole(trimmed):
            return Intent(kind=IntentKind.ANSWER, text=message)  # "Drift." answers
        if asked in (IntentKind.DONT_KNOW, IntentKind.HINT) and (
            self._goes_on_to_answer(joined, asked)
            or (asked is IntentKind.DONT_KNOW and self._answers_after_a_hedge(message))
        ):
            return Intent(kind=IntentKind.ANSWER, text=message)  # "I don't know X, but I think..."
        if asked and (  # ML words beyond the request's own ("enough practice for today")
            self._evidence_besides(asked, message) < ANSWER_EVIDENCE
            or (_WISH.search(message.lower()) and not self._answers(_besides(asked, trimmed)))
        ):
            return self._taken(asked, message)
        if self._evidence(trimmed) >= ANSWER_EVIDENCE:
            return Intent(kind=IntentKind.ANSWER, text=message)
        if named:
            return named
        return self._by_meaning(trimmed, message, awaiting_confirmation)

    def _evidence_besides(self, kind: IntentKind, message: str) -> int:
        """The ML words beside a request's own. The topics a don't-know or a pointing back names
        in its own clause, about the candidate, are what is not known or was said ("I have no
        idea how backpropagation works", "didn't I already explain precision and recall?"), not
        an answer; set off by a comma they may be a guess ("I don't know, gradient clipping and
        batch norm?"), and "a test set it has never seen" is an answer's. A clause about the
        candidate's own mind is left out ("My mind is as empty as an unlabelled dataset. I have no
        clue.")."""
        parts = [p for p in _COMMA_CLAUSES.split(message) if not _OF_MY_MIND.search(normalise(p))]
        #: "Having never worked with X, I ...": a participle's clause is about the candidate when
        #: the candidate is the next clause's subject ("Having never seen the test set, the
        #: model gives an honest estimate" is an answer's)
        mine = {
            n
            for n, (part, after) in enumerate(pairwise(parts))
            if normalise(part).startswith("having ") and _ABOUT_ONESELF.match(normalise(after))
        }
        if kind not in (IntentKind.DONT_KNOW, IntentKind.ALREADY_SAID):
            # a don't-know about the candidate given as the reason names what is not known: "I've
            # never worked with production monitoring, so could we skip to the next question?"
            dont_know = dict(_REQUESTS)[IntentKind.DONT_KNOW]
            kept = [
                " ".join(self._names.rest(normalise(part)))
                if dont_know.search(normalise(part))
                and (_OF_ME.search(normalise(part)) or n in mine)
                else part
                for n, part in enumerate(parts)
            ]
            return self._evidence(_besides(kind, _joined(_trim(normalise(" ".join(kept))))))
        pattern = dict(_REQUESTS)[kind]
        evidence = 0
        for n, part in enumerate(parts):
            clause = _joined(normalise(part))
            besides = _besides(kind, clause)
            if pattern.search(clause) and (_OF_ME.search(clause) or n in mine):
                besides = " ".join(self._names.rest(besides))
            evidence += self._evidence(besides)
        return evidence

    def _names_what_was_said(self, message: str) -> bool:
        """ "I mentioned class weights right at the start, did that not count?", "I did talk about
        the test set in my answer": the candidate names what an earlier answer said, and where
        or when (``_SAID_IT``), and says nothing about ML beside it ("perhaps it was not
        registered", "just in different words"). What is named is a name, not a statement ("I
        said earlier that dropout helps" answers), and a clause beside it that states something
        about ML ("I said before, the model overfits") makes it an answer."""
        return any(
            self._names_in(clauses)
            for clauses in (
                [c for c in map(normalise, _CLAUSE_END.split(message)) if c],
                [c for c in map(normalise, _COMMA_CLAUSES.split(message)) if c],
            )
        )

    def _names_in(self, clauses: list[str]) -> bool:
        """``_names_what_was_said`` on a message's clauses, split at full stops ("I did, in
        fact, mention regularisation earlier") or at commas too ("Hang on, I mentioned class
        weights right at the start, did that not count?")."""
        for n, clause in enumerate(clauses):
            said = _SAID_IT.fullmatch(_joined(clause))
            if not said:
                continue
            others = clauses[:n] + clauses[n + 1 :]
            named = said["x"].strip()
            back = (
                said["pre"]
                or said["when"]
                or re.search(r"\b(?:already|earlier|before)\b", clause)
                or any(_BACK_THEN_ALONE.fullmatch(c) for c in others)
                # when, said in naming the point: "..., the part about X at the start"
                or any(
                    self._names_the_point(c) and re.search(rf"\b{_BACK_THEN}$", c) for c in others
                )
            )
            if (
                not back
                or _STATES.search(named)
                or _STATEMENT.search(named)
                or re.match(r"(?:that|how|why) \w+ \w+", named)  # "that dropout helps"
                # "I mentioned earlier that regularisation reduces variance" goes on after it
                or re.search(r"\b(?:already|earlier|before|previously)\b", named)
            ):
                continue
            return not any(
                not _BACK_THEN_ALONE.fullmatch(c)
                and not _WHAT_IT_WAS_ABOUT.fullmatch(c)  # ", about the minority class,"
                and not self._names_the_point(c)  # ", that was my point about X"
                and not _OPENER.fullmatch(f"{c} ")  # "With respect, ..."
                and (
                    self._states(c)
                    or self._rare(c)
                    # "the learning rate part is where the model diverges"
                    or (self._evidence(c) and _STATEMENT.search(c))
                )
                for c in others
            )
        return False

    @staticmethod
    def _names_the_point(clause: str) -> bool:
        """Does a clause only name an earlier point ("the part about putting data aside at the
        start", "that was my point about the meaning changing"), asserting nothing after it
        ("the part about late labels means you cannot track accuracy" answers)?"""
        named = _THE_POINT_MADE.match(clause)
        return bool(named) and not _STATEMENT.search(clause[named.end() :])

    def _goes_on_to_answer(self, joined: str, kind: IntentKind) -> bool:
        """ "I don't know X, but I think ...", "I'm not sure where to start, but I'd look at the
        learning curves": a don't-know or a wish for a hint, then after a "but" a guess or words
        about ML ("but adam keeps running averages"). The "but" that counts is the one after the
        request: "I'd love to answer that, but I have no idea what SMOTE is" does not know. After a
        wish for a hint, only words about ML go on ("A hint would be great, I know we covered
        this but it's really fuzzy now" still wants it)."""
        pattern = dict(_REQUESTS)[kind]
        goes_on = _GOES_ON.search(joined)
        if goes_on and not pattern.search(joined[: goes_on.start()]):
            said = pattern.search(joined, goes_on.start("rest"))
            goes_on = _GOES_ON.search(joined, said.end()) if said else None
        if not goes_on or kind is IntentKind.HINT:
            # what the hint should be about goes on no answer: "a small pointer, perhaps as to
            # which concept the question is principally concerned with"
            return bool(
                goes_on
                and self._evidence(goes_on["rest"])
                and not _HINT_ABOUT.match(goes_on["rest"].strip())
            )
        if pattern.search(goes_on["rest"]) and not self._evidence(goes_on["rest"]):
            return False  # "I've read about it but nothing's coming back": still not knowing
        return bool(
            goes_on["hedge"]
            or self._evidence(goes_on["rest"])
            or self._says_anything(goes_on["rest"])
        )

    def _answers_after_a_hedge(self, message: str) -> bool:
        """ "idk, sudden drift is when the concept switches at once": a short don't-know said
        first, as a hedge, then after a comma a clause of its own about ML. "I don't know that
        one, honestly" has nothing after its comma, and "I'm not sure, I've never worked with
        that" speaks of the candidate."""
        parts = _AFTER_A_HEDGE.match(message)
        if not parts:
            return False
        hedge, rest = normalise(parts["hedge"]), normalise(parts["rest"])
        dont_know = dict(_REQUESTS)[IntentKind.DONT_KNOW]
        return (
            len(hedge.split()) <= MAX_HEDGE_WORDS
            and bool(dont_know.search(hedge))
            and not dont_know.search(rest)  # "I've got nothing, so I can't say anything"
            and not _ABOUT_ONESELF.match(rest)  # "I'm not sure, I've never worked with that"
            and len(rest.split()) >= MIN_ANSWER_AFTER_HEDGE
            and (
                bool(content_tokens(rest) & self._point_words)
                or (
                    len(rest.split()) >= MIN_STATEMENT_AFTER_HEDGE and bool(_STATEMENT.search(rest))
                )
            )
        )

    def _guesses_after_not_knowing(self, message: str) -> bool:
        """ "dunno. overfitting?", "no clue... regularisation maybe", "idk, class weights?": a
        short don't-know, then a clause of its own that is only a few words of ML (a topic's name
        or a word of the guide that is no common English), asked, hedged or set apart as a
        sentence of its own. That is a guess, which the don't-know only hedges: graded, as a
        one-word answer is, so the attempt is never lost. A clause that asks for something
        ("idk. next?", "no idea. hint?"), asks what something is ("not sure. what's drift?"),
        speaks of the candidate or states something (the rules for answers after a hedge read
        those) is no such guess, and after a bare comma the words may be what is not known ("no
        idea, backprop")."""
        parts = re.split(f"({_COMMA_CLAUSES.pattern})", message.strip())
        texts = [n for n in range(0, len(parts), 2) if normalise(parts[n])]
        if len(texts) < 2:
            return False
        last = texts[-1]
        hedge = normalise("".join(parts[:last]))
        if (
            len(hedge.split()) > MAX_HEDGE_WORDS
            or self._asked(_joined(hedge), hedge) is not IntentKind.DONT_KNOW
        ):
            return False
        said = normalise(parts[last])
        guess = _GUESS_HEDGES.fullmatch(said)
        words = guess["guess"] if guess else said
        set_apart = not parts[last - 1].strip().startswith(",")
        asked = "?" in "".join(parts[last + 1 :])
        if not (asked or set_apart or said != words):
            return False
        return (
            len(words.split()) <= MAX_GUESS_WORDS
            and not _OF_ME.search(words)
            and not _ASKS_WHICH.search(words)
            and not _STATEMENT.search(words)
            and not any(pattern.search(said) for _, pattern in _REQUESTS)
            and not self._clarifies(parts[last] + "?" * asked)
            and self._names_ml(words)
        )

    def _rare_ml(self, text: str) -> bool:
        """Does the text hold a word of the guide or its key points, request words too, that is
        no everyday English ("dropout", "L2"): a term, though the guide's questions never say
        it; not "cool", "whatever" or "seriously", which key points say too."""
        uncommon = content_tokens(" ".join(w for w in text.split() if not _everyday(w)))
        return bool(uncommon & self._ml_words)

    def _names_ml(self, words: str) -> bool:
        """Do a few words name something of ML: a topic's name, a word of the guide or of any
        question's key points that is no common English ("L2", "leakage"), or common words that
        follow each other in a key point ("the learning rate"; not "good question", "next
        time")?"""
        ml = content_tokens(words) & (self._vocabulary | self._point_words)
        uncommon = content_tokens(" ".join(w for w in words.split() if not _common(w)))
        said = [w for w in words.split() if w not in STOPWORDS]
        return bool(
            self._names.find(words)
            or uncommon & ml
            or (
                len(said) >= ANSWER_EVIDENCE
                and not set(said) & _OF_THE_SESSION
                and all(pair in self._point_pairs for pair in pairwise(said))
            )
        )

    def _asked_in_a_sentence(self, message: str) -> IntentKind | None:
        """A request said as a sentence of its own, beside sentences that say nothing about ML
        or are requests too ("oh great, another one. pass.", "stop. score.", "Let's wrap here.
        Can you share the final numbers?"): its words run into the others' once the punctuation
        is gone ("another one pass"), and a request said in one word is only read as the whole
        message. The first in ``_REQUESTS``'s order wins ("stop. score.": the end, which gives
        the score)."""
        pieces = _pieces(message)
        if len(pieces) < 2 or re.match(r"\s*\w+\s*:", message):
            return None  # "Answer: dropout.", "Hint: it's the learning rate" label an answer
        found = [self._asked(_joined(_trim(p.text)), p.written) for p in pieces]
        if not all(
            kind or (self._says_nothing_at_all(_trim(p.text)) and not self._rare_ml(p.text))
            for kind, p in zip(found, pieces, strict=True)
        ):
            return None
        return next((kind for kind, _ in _REQUESTS if kind in found), None)

    def _asked(self, joined: str, message: str) -> IntentKind | None:
        """The request the words ask for, unless negated ("don't skip it") or the message also
        states something about ML beside it ("I'd stop here: the validation loss rises")."""
        for kind, pattern in _REQUESTS:
            match = pattern.search(joined)
            before = joined[: match.start()] if match else ""
            if (
                match
                and (_SUBJECT.match(match[0]) or (kind is IntentKind.MODEL_ANSWER and not before))
                and _SUBJECT_OF.match(joined[match.end() :])
            ):
                continue  # "a good place to start is the confusion matrix", "correct answer is"
            hedged = _HEDGE_BUT.match(before)  # "I might be wrong, but didn't I say that?"
            if (
                kind is IntentKind.ALREADY_SAID
                and match
                and self._says_again(
                    _besides(kind, joined[hedged.end() if hedged else 0 :]), joined[match.end() :]
                )
                and self._says_again_by_clause(message)
            ) or (kind is IntentKind.ALREADY_SAID and match and self._states_beside(message)):
                continue  # what it points back at is said again: "As I said, L1 makes it sparse"
            if (
                kind is IntentKind.DONT_KNOW
                and match
                and _UNSURE_BUT.match(joined, match.start())
                and dict(_REQUESTS)[IntentKind.ALREADY_SAID].search(joined, match.end())
            ):
                continue  # "I'm not sure, but I believe I already covered this": a hedge
            if (
                kind is IntentKind.DONT_KNOW
                and match
                and _DOUBTS_A_CLAIM.match(joined, match.end())
            ):
                continue  # "I'm not sure every team needs one?": a doubt about a claim, answered
            negated = kind is not IntentKind.DONT_KNOW and _NEGATED.search(before)  # "no i don't"
            if match and not negated and not _THIRD_PARTY.search(before):
                stated = [_joined(p.text) for p in _pieces(message) if not p.question]
                if "?" in message or _ASKS_YOU.search(joined):  # "could we move on? I fear..."
                    stated = [t for t in stated if not _MY_GRASP.match(t)]
                if any(not pattern.search(t) and self._states(t) for t in stated):
                    return None
                return kind
        return None

    def _taken(self, kind: IntentKind, message: str) -> Intent:
        """The request asked for, unless it asks to hear the question again beside a guess of
        the candidate's own ("Could you repeat that? I think the learning rate is too high"):
        the interviewer asks "Shall I repeat the question?", so that a yes repeats it and a no
        grades the guess, and neither is lost. A request beside a clause that states enough
        about ML is an answer before this (``_asked``)."""
        if (kind is IntentKind.REPEAT and self._answers_beside(kind, message)) or (
            kind in _ASKED_BEFORE_AN_ATTEMPT and self._attempt_beside(kind, message)
        ):
            return Intent(kind=IntentKind.CONFIRM, proposed=kind, text=message)
        return Intent(kind=kind)

    def _attempt_beside(self, kind: IntentKind, message: str) -> bool:
        """Does a part of the message beside the request's own words attempt the answer: a claim
        about the question's subject, in a clause of its own or run on after the request ("I
        didn't get the question, but dropout would help", "Could you say again, the model
        overfits?", "The model overfits, but could you say the question again?")? A guess or a
        proposal ("I think it overfits", "I'd use cross-validation"), or words of the guide with
        a verb ("precision matters more here"). A reason about the candidate or the call ("I
        missed the start", "the audio cut"), what the request is about ("the loss function
        part", "about the learning rate") and a question asked back ("is it about training?")
        attempt nothing. Such a message is asked about, not carried out: a yes carries out the
        request, and a no grades the words, so the attempt is never lost."""
        pattern = dict(_REQUESTS).get(kind, _CLARIFY)
        for piece in _pieces(message):
            if piece.marked and re.search(r"\bor\b", piece.text):
                continue  # readings offered: "is it about training, or when it generates text?"
            clauses = [normalise(c) for c in _COMMA_CLAUSES.split(piece.written)]
            if (
                kind is IntentKind.CLARIFY
                and piece.marked
                and not any(pattern.search(c) or self._clarifies(c + "?") for c in clauses)
            ):
                continue  # another reading offered: "Balanced meaning what? Class counts?"
            if (
                piece.marked
                and kind is not IntentKind.CLARIFY
                and any(self._put_forward(c) for c in clauses if c and not pattern.search(c))
            ):
                return True  # "a hint? is it the learning rate?": a guess asked as a question
            for clause in clauses:
                if piece.marked and _ASKS_WHICH.search(clause):
                    continue  # "Balance between which things exactly?"
                if any(map(self._attempts, self._beside_the_request(kind, pattern, clause))):
                    return True
        return False

    def _beside_the_request(
        self, kind: IntentKind, pattern: re.Pattern[str], clause: str
    ) -> list[str]:
        """What a clause says beside a request's own words: the clause, or what comes before
        the request (when a "but" or a question's first word sets it apart, and it ends on a
        word of its own: "the model overfits but [could you say the question again]"; "the
        matter is [unfamiliar to me]" is the request's subject, "maybe it is possible to hear
        [the question again]" its opener) and after it ("[could you repeat that] the model
        overfits"; after most requests only past a "but": "[I've never worked with] deployed
        models" is their object). A clarifying question's own clause names what it asks about
        ("when you say drift is that the inputs changing"), and says nothing beside it."""
        asked = pattern.search(clause)
        if kind is IntentKind.CLARIFY:
            return [] if asked or self._clarifies(clause + "?") else [clause]
        if not asked:
            return [clause]
        head = clause[: asked.start()]
        linked = _LINKS_LAST.search(head.rstrip()) or _ASKS_BACK.match(clause[asked.start() :])
        before = _LINKS_LAST.sub("", head.rstrip()).strip() if linked else ""
        after = _REQUEST_OBJECT.sub("", clause[asked.end() :].strip())
        # what follows most requests in their clause is their object ("[I've never worked
        # with] deployed models", "[no idea] how backprop works"); after a request to hear the
        # question again, or a "but", something of its own
        parts = [after] if kind is IntentKind.REPEAT or _LINKS.match(after) else []
        if before and before.split()[-1] not in STOPWORDS:
            parts.append(before)
        return parts

    def _attempts(self, part: str) -> bool:
        """``_attempt_beside`` on one part: a claim about ML of the candidate's own."""
        part = _LINKS.sub("", part.strip())
        hedged = _HEDGED_LAST.search(part)  # "batch norm helps here i believe"
        if hedged:
            part = part[: hedged.start()]
        guess = _GUESS.match(part)
        said = part[guess.end() :] if guess else part
        if (
            len(part.split()) < 2
            or _NOT_AN_ATTEMPT.match(said)
            or _OF_MY_MIND.search(part)
            or _MEDIUM.search(part)
            or _TIRED.search(part)
            or _THANKS.match(part)
            or _ON_THE_SESSION.match(part)
            or (not guess and not hedged and _OF_ME.search(part))
        ):
            return False
        # of ML: a topic's name, a word of the guide or of any question's key points that is no
        # common English ("dropout", which the guide's own questions never say), or one of the
        # guide's common words beside one that is no common English ("the loss plateaus")
        ml_words = self._vocabulary | self._point_words
        uncommon = content_tokens(" ".join(w for w in said.split() if not _common(w)))
        if not (
            uncommon & ml_words
            or self._names.find(said)
            or (uncommon and content_tokens(said) & ml_words)
            # hedged or said to be it, common words of a key point make a guess: "maybe it's
            # the learning rate" (the hedge may be gone with the openers ``normalise`` drops)
            or ((guess or hedged or _IT_IS.match(said)) and self._names_ml(_IT_IS.sub("", said)))
        ):
            return False
        return bool(guess or hedged or _PREDICATE.search(said))

    def _answers_beside(self, kind: IntentKind, message: str) -> bool:
        """Does a clause beside a request make a claim about ML, a guess or a statement ("I
        think the learning rate is too high", "the model overfits"), rather than give a reason
        ("the connection was bad", "my mind wandered")? Two words of the guide, request words
        included, or one that is no common English word. What the request's own clause says
        after it counts too, as an unpunctuated transcript runs on."""
        request = dict(_REQUESTS)[kind]
        for piece in _pieces(message):
            text = piece.text
            # "can you repeat that i think the lr is too high"; asked twice in one breath, what
            # follows the second: "i missed that could you say the question again"
            while asked := request.search(text):
                text = _REQUEST_OBJECT.sub("", text[asked.end() :].strip())
            if piece.marked and not request.search(piece.text):
                if self._proposes_an_answer(piece.written):
                    return True  # "I didn't get the question. Is it that dropout zeroes units?"
                continue
            if piece.marked or _OF_MY_MIND.search(text) or _MEDIUM.search(text):
                continue
            # a guess hedged last, as speech does: "the model overfits i think"
            text = re.sub(r"\s+(?:i think|i guess|i believe|i suppose)$", "", text)
            if not _CLAIM.match(text):
                continue
            words = content_tokens(text) & self._ml_words
            rare = [w for w in text.split() if not _common(w) and content_tokens(w) & words]
            if len(words) >= ANSWER_EVIDENCE or rare:
                return True
        return False

    def _says_again_by_clause(self, message: str) -> bool:
        """``_says_again`` read clause by clause, where a clause of its own may name what the
        earlier answer was about ("I already said that though? About the validation set? Sorry
        if I wasn't clear.") and a "though" closing the pointing back goes on to nothing. Only
        when every other clause is such a name, a time, an opener, or says nothing and states
        nothing: "That's basically what I said about precision, it's TP over TP plus FP." says
        it again."""
        pattern = dict(_REQUESTS)[IntentKind.ALREADY_SAID]
        clauses = [c for c in (_joined(normalise(p)) for p in _COMMA_CLAUSES.split(message)) if c]
        if not all(
            _WHAT_IT_WAS_ABOUT.fullmatch(c)
            or _BACK_THEN_ALONE.fullmatch(c)
            or _OPENER.fullmatch(f"{c} ")
            or not (self._evidence(c) or _STATEMENT.search(c))
            for c in clauses
            if not pattern.search(c)
        ):
            return True  # read as a whole, as before
        besides = [_besides(IntentKind.ALREADY_SAID, c) for c in clauses]
        named = [b for b in besides if not _WHAT_IT_WAS_ABOUT.fullmatch(b.strip())]
        after = [c[m.end() :] for c in clauses if (m := pattern.search(c))]
        return self._says_again(" ".join(named), " ".join(after))

    def _states_beside(self, message: str) -> bool:
        """Does a clause of its own beside pointing back state something about ML, a subject
        and its verb ("covered that in my last msg: the model overfits", "..., it was too
        high")? One that names where or what was said ("in my answer about the neurons", "when
        I discussed the trade-off", "I mentioned class weights", "it applies here too") states
        nothing."""
        pattern = dict(_REQUESTS)[IntentKind.ALREADY_SAID]
        clauses = [c for c in (_joined(normalise(p)) for p in _COMMA_CLAUSES.split(message)) if c]
        return any(
            _SUBJECT_AND_VERB.match(c) and self._evidence(_EARLIER.sub(" ", c))
            for c in clauses
            if not pattern.search(c)
        )

    def _says_again(self, besides: str, after: str) -> bool:
        """Do the words beside "as I said" say something about ML again ("As I said, L1 makes it
        sparse", "as I said before, regularisation and cross-validation help"), rather than name
        what was said ("I already went over this when we talked about overfitting")? A "but"
        goes on only after the pointing back (``after``): "I might be wrong, but didn't I
        already answer that?" hedges before it. The candidate's own auxiliary states nothing ("I
        had, I think, already discussed regularisation")."""
        besides = _MY_AUXILIARY.sub(" ", besides)
        return bool(
            self._evidence(self._rest(besides))
            or (self._evidence(besides) and (_STATES.search(besides) or _STATEMENT.search(besides)))
            or _GOES_ON.search(after)  # "it's a repeat of the last one but with L1 this time"
            or _IT_DOES.search(besides)  # "same as the dropout question, it zeroes units"
        )

    def _answers_then_moves_on(self, message: str) -> bool:
        """ "Overfitting, next question.", "Regression. Next.": a terse answer, then "next"
        closing the message, as an impatient candidate answers (the name was taken for a drill
        on it, and the answer lost). What comes before the "next" names a topic or says
        something about ML, and is no request of its own ("Can we do drift, next?")."""
        closing = _CLOSING_NEXT.search(message)
        if not closing:
            return False
        head = message[: closing.start()]
        text = _trim(normalise(head))
        asked = self._asked(_joined(text), head)
        if asked is IntentKind.DONT_KNOW and (
            self._goes_on_to_answer(_joined(text), asked) or self._answers_after_a_hedge(head)
        ):
            asked = None  # "Not sure, maybe the learning rate is too high, next question."
        return (
            bool(text)
            # a term the guide's questions never say is still one: "Dropout, next question."
            and (
                not self._says_nothing_at_all(text)
                or (self._rare_ml(text) and not _OF_ME.search(text))
            )
            and asked is None
            and self._drill(head) is None
            and self._named_for(head) is None
            and not self._clarifies(head)
        )

    def _loops_a_procedure(self, message: str) -> bool:
        """ "Pick k, place k centroids, assign each point to the nearest, move each centroid to
        the mean, repeat.": steps ending in "repeat" describe a loop (a blind writer's k-means
        answer was taken for a request to hear the question again). The steps speak of no one,
        of no talk or line and ask nothing ("sorry, lost you there, repeat?", "my connection
        dropped, repeat", "the wifi glitched halfway through, repeat"), and name things, not
        only everyday words ("the audio cut out for a second, repeat")."""
        loop = _LOOPS_BACK.search(message)
        if not loop or "?" in message:
            return False
        steps = normalise(message[: loop.start()])
        words = steps.split()
        return (
            len(words) >= PROCEDURE_WORDS
            and not _PERSONAL.search(steps)
            and not _OF_ME.search(steps)
            and not _TALK.search(steps)
            and not _MEDIUM.search(steps)
            and self._asked(_joined(steps), message[: loop.start()]) is None
            and sum(not _common(w) for w in words) >= ANSWER_EVIDENCE
        )

    def _says_nothing_at_all(self, trimmed: str) -> bool:
        """No word of the guide and no topic's name ("I'm tapping out of this question")."""
        return self._evidence(trimmed) == 0 and not self._names.find(trimmed)

    def _says_nothing_about_ml(self, trimmed: str) -> bool:
        """No word of the guide, or only one that is common English in a message about the
        candidate ("That's completely new to me", "would you say I'm at a senior level?")."""
        evidence = self._evidence(trimmed)
        return evidence == 0 or (
            evidence == 1 and self._rare(trimmed) == 0 and bool(_PERSONAL.search(trimmed))
        )

    def _by_meaning(self, trimmed: str, message: str, awaiting_confirmation: bool) -> Intent:
        """Compare with the example requests; unsure means ask, and no resemblance an answer.

        A loose resemblance is enough for a message that says nothing about ML, unless it replies
        to a yes/no question: "I'd rather keep going with it" resembles a skip, and says no."""
        kind, similarity, margin = self._nearest(trimmed)
        if kind in (IntentKind.YES, IntentKind.NO):
            return Intent(kind=IntentKind.ANSWER, text=message)  # no question was asked
        if kind is IntentKind.DRILL:
            topic = self.topic(trimmed)
            # A message that goes on to state something about its topic answers: "DBSCAN don't
            # need you to say how many clusters, and shape can be anything. A core sample is..."
            states = any(
                not piece.question
                and len(piece.text.split()) >= STATED_WORDS
                and bool(_STATEMENT.search(piece.text))
                for piece in _pieces(message)[1:]
            )
            if topic is None or not _ASKING.search(trimmed) or states:
                return Intent(kind=IntentKind.ANSWER, text=message)
            if similarity < REQUEST_SIMILARITY:
                return Intent(kind=IntentKind.CONFIRM, proposed=kind, topic=topic, text=message)
            return Intent(kind=kind, topic=topic)
        if (
            kind is IntentKind.CLARIFY
            and "?" not in message
            and (
                _STATEMENT.search(trimmed)  # "sudden drift is when the..."
                or not (
                    _ASKS_BACK.match(trimmed) or _ASKS_WHAT.search(trimmed)
                )  # "Drift, I guess."
            )
        ):
            return Intent(kind=IntentKind.ANSWER, text=message)
        if similarity >= REQUEST_SIMILARITY:
            return self._taken(kind, message)
        says_nothing_about_ml = self._says_nothing_about_ml(trimmed)
        loosely = (
            says_nothing_about_ml
            and not awaiting_confirmation
            and len(trimmed.split()) >= MIN_WORDS_BY_MEANING
            and similarity >= UNSAID_REQUEST_SIMILARITY
            and (kind is not IntentKind.ALREADY_SAID or bool(_POINTS_BACK.search(trimmed)))
        )
        if (
            loosely
            and margin >= UNSAID_REQUEST_MARGIN
            and (kind is not IntentKind.END or _LEAVING.search(trimmed))
            and (_ASKS_BACK.match(trimmed) or not _PROPOSES.search(trimmed))  # "I'd use more data"
        ):
            return Intent(kind=kind)
        if says_nothing_about_ml and (loosely or similarity >= ASK_SIMILARITY):
            return Intent(kind=IntentKind.CONFIRM, proposed=kind, text=message)
        return Intent(kind=IntentKind.ANSWER, text=message)
