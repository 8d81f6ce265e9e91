"""Incremental indexing: embed only the chunks whose content hash changed.

Each chunk carries the sha256 of its text and metadata. A run compares the hashes in the store
with the ones the knowledge base and the registered notes produce now, then adds, re-embeds or
deletes just the difference. Notes added once stay registered (their paths live in the chunks'
metadata), so a later plain ``interviewer index`` keeps them and picks up their edits.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tqdm import tqdm

from interviewer.knowledge.chunks import NOTE_KIND, NOTE_SUFFIXES, Chunk, guide_chunks, note_chunks
from interviewer.knowledge.embeddings import GuideEmbeddings
from interviewer.knowledge.schema import KnowledgeBase
from interviewer.knowledge.vector_store import Store, StoreError, drop_index, open_store
from interviewer.settings import Settings


@dataclass(frozen=True)
class IndexReport:
    added: int
    updated: int
    removed: int
    unchanged: int
    seconds: float
    location: str
    collection: str
    missing_notes: list[str] = field(default_factory=list)

    @property
    def embedded(self) -> int:
        return self.added + self.updated

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


class NoteError(ValueError):
    """A path given to ``--add`` cannot be read as notes."""


def expand_note_paths(paths: list[Path]) -> list[Path]:
    """Files to add as notes; a folder stands for the Markdown and text files below it."""
    files = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in NOTE_SUFFIXES))
        elif not path.is_file():
            raise NoteError(f"{path}: no such file or folder")
        elif path.suffix.lower() not in NOTE_SUFFIXES:
            raise NoteError(f"{path}: notes must be {', '.join(NOTE_SUFFIXES)} files")
        else:
            files.append(path)
    return [p.resolve() for p in files]


def _registered_notes(store: Store) -> set[str]:
    metadatas = store.vectors.get(where={"kind": NOTE_KIND}, include=["metadatas"])["metadatas"]
    return {str(m["source"]) for m in metadatas}


def build_index(
    settings: Settings,
    embeddings: GuideEmbeddings,
    knowledge: KnowledgeBase,
    add: list[Path] | None = None,
    rebuild: bool = False,
    progress: bool = False,
) -> IndexReport:
    started = time.perf_counter()
    new_notes = expand_note_paths(add or [])
    kept_notes: set[str] = set()
    if rebuild:
        with contextlib.suppress(StoreError):  # an unreadable index has no notes worth keeping
            kept_notes = _registered_notes(open_store(settings, embeddings))
        drop_index(settings, embeddings)
    store = open_store(settings, embeddings)
    kept_notes |= _registered_notes(store)

    note_sources = sorted(kept_notes | {str(p) for p in new_notes})
    missing = [source for source in note_sources if not Path(source).is_file()]
    wanted: dict[str, Chunk] = {c.id: c for c in guide_chunks(knowledge)}
    for source in note_sources:
        if source not in missing:
            for chunk in note_chunks(
                Path(source), settings.note_chunk_tokens, settings.note_chunk_overlap
            ):
                wanted[chunk.id] = chunk

    stored = store.vectors.get(include=["metadatas"])
    stored_hashes = {
        chunk_id: meta.get("hash")
        for chunk_id, meta in zip(stored["ids"], stored["metadatas"], strict=True)
    }
    to_embed = [c for c in wanted.values() if stored_hashes.get(c.id) != c.content_hash]
    stale = [chunk_id for chunk_id in stored_hashes if chunk_id not in wanted]

    with tqdm(
        total=len(to_embed), unit="chunk", desc="Embedding", disable=not progress or not to_embed
    ) as bar:
        for start in range(0, len(to_embed), settings.embed_batch_size):
            batch = to_embed[start : start + settings.embed_batch_size]
            store.vectors.add_texts(
                texts=[c.text for c in batch],
                metadatas=[c.metadata() for c in batch],
                ids=[c.id for c in batch],
            )
            bar.update(len(batch))
    if stale:
        store.vectors.delete(ids=stale)

    added = sum(1 for c in to_embed if c.id not in stored_hashes)
    return IndexReport(
        added=added,
        updated=len(to_embed) - added,
        removed=len(stale),
        unchanged=len(wanted) - len(to_embed),
        seconds=round(time.perf_counter() - started, 3),
        location=store.location,
        collection=store.collection_name,
        missing_notes=missing,
    )


def open_ready_store(
    settings: Settings,
    embeddings: GuideEmbeddings,
    knowledge: KnowledgeBase,
    progress: bool = False,
) -> tuple[Store, IndexReport | None]:
    """The store, built first if it is empty, so a first search or a first start just works."""
    store = open_store(settings, embeddings)
    if not store.is_empty():
        return store, None
    return store, build_index(settings, embeddings, knowledge, progress=progress)
