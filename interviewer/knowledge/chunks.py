"""What goes into the index: for each guide question its wording, each of its phrasings, each
sentence of its reference answer, its key points (carrying their other wordings, for word
search only) and its trade-off probes; the practice questions; and chunks of the user's own
notes.

Chunks follow the guide's structure rather than character counts, so a hit always names the
question it belongs to; that is what makes the top hit reliable enough to ground feedback on.
Each wording and each answer sentence is a chunk of its own because a query matches one of them
closely, while an embedding of all of them together blurs into the question's general subject
(with the question-level ranking of ``retrieval.py``, strict top-1 on the dev query sets with the
drafted questions indexed went from 0.84 to 0.93). Misconceptions are deliberately not
indexed: they are false statements, and retrieval must never hand one to the feedback as if it
were guide text.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from langchain_text_splitters import MarkdownHeaderTextSplitter, RecursiveCharacterTextSplitter

from interviewer.knowledge.schema import KnowledgeBase
from interviewer.token_count import ENCODING_NAME

NOTE_KIND = "user_note"
NOTE_SUFFIXES = (".md", ".markdown", ".txt")
#: Chunks that state facts; the others (a question's wordings, its probes) only help find it.
PASSAGE_KINDS = frozenset({"answer", "key_point", "practice", NOTE_KIND})

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Chunk:
    id: str
    text: str
    kind: str  # question | phrasing | answer | key_point | probe | practice | user_note
    question_id: str  # "" for user notes, which belong to no guide question
    topics: tuple[str, ...]
    source: str
    from_guide: bool = False  # of a guide question: search puts these first when close
    #: A key point's other wordings (its ``said_as``), one a line: searched by words only (BM25),
    #: never embedded or shown, so a query in a candidate's plainer words ("the answers are
    #: attached") finds the question without each wording becoming a passage of its own.
    wordings: str = ""

    @property
    def content_hash(self) -> str:
        payload = json.dumps(
            [
                self.text,
                self.kind,
                self.question_id,
                self.topics,
                self.source,
                self.from_guide,
                self.wordings,
            ]
        )
        return hashlib.sha256(payload.encode()).hexdigest()

    def metadata(self) -> dict[str, object]:
        return {
            "question_id": self.question_id,
            "topics": list(self.topics),
            "kind": self.kind,
            "source": self.source,
            "from_guide": self.from_guide,
            "wordings": self.wordings,
            "hash": self.content_hash,
        }


def guide_chunks(knowledge: KnowledgeBase) -> list[Chunk]:
    chunks = []
    for q in knowledge.questions:
        if q.id in knowledge.pack_of:
            source = f"packs/{knowledge.pack_of[q.id]}/{q.id}.yaml"
        else:
            folder = "" if q.from_guide else f"{q.topics[0]}/"
            source = f"knowledge/questions/{folder}{q.id}.yaml"
        topics = tuple(q.topics)
        # (id, kind, text, other wordings searched by words only)
        parts = [
            (q.id, "question", q.question, ""),
            *((f"{q.id}/phrasing-{n}", "phrasing", p, "") for n, p in enumerate(q.phrasings, 1)),
            *(
                (f"{q.id}/answer-{n}", "answer", sentence, "")
                for n, sentence in enumerate(_SENTENCE_END.split(q.reference_answer.strip()), 1)
            ),
            *(
                (kp.id, "key_point", f"{q.title}: {kp.text}", "\n".join(kp.said_as))
                for kp in q.key_points
            ),
            *((t.id, "probe", t.probe, "") for t in q.trade_offs),
        ]
        chunks.extend(
            Chunk(i, text, kind, q.id, topics, source, q.from_guide, wordings)
            for i, kind, text, wordings in parts
        )
    for topic in knowledge.topics:
        for practice in topic.practice:
            answer = " ".join(knowledge.key_point(kp).text for kp in practice.key_points)
            chunks.append(
                Chunk(
                    practice.id,
                    f"{practice.question}\n{answer}",
                    "practice",
                    practice.key_points[0].split(".")[0],
                    (topic.id,),
                    "knowledge/topics.yaml",
                )
            )
    return chunks


def note_chunks(path: Path, chunk_tokens: int, overlap_tokens: int) -> list[Chunk]:
    """Split a Markdown or text note by its headings, then by token count."""
    path = path.resolve()
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".md", ".markdown"):
        splitter = MarkdownHeaderTextSplitter(
            [("#", "h1"), ("##", "h2"), ("###", "h3")], strip_headers=False
        )
        sections = [
            (" > ".join(d.metadata.values()), d.page_content) for d in splitter.split_text(text)
        ]
    else:
        sections = [("", text)]
    by_tokens = RecursiveCharacterTextSplitter.from_tiktoken_encoder(
        encoding_name=ENCODING_NAME, chunk_size=chunk_tokens, chunk_overlap=overlap_tokens
    )
    prefix = hashlib.sha1(str(path).encode()).hexdigest()[:12]
    chunks = []
    for heading, body in sections:
        for piece in by_tokens.split_text(body):
            if not piece.strip():
                continue
            context = f"{heading}\n" if heading and not piece.startswith("#") else ""
            chunks.append(
                Chunk(
                    f"note:{prefix}:{len(chunks)}",
                    context + piece,
                    NOTE_KIND,
                    "",
                    ("notes",),
                    str(path),
                )
            )
    return chunks
