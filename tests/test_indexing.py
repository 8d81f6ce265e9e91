"""Incremental indexing into a persistent Chroma folder."""

from __future__ import annotations

import pytest

from interviewer.knowledge import embeddings as embeddings_module
from interviewer.knowledge.chunks import guide_chunks
from interviewer.knowledge.embeddings import MiniLMEmbeddings, make_embeddings
from interviewer.knowledge.indexing import NoteError, build_index
from interviewer.knowledge.schema import load_knowledge
from interviewer.knowledge.vector_store import open_store
from interviewer.settings import Settings


class CountingEmbeddings(MiniLMEmbeddings):
    """The real model, recording which texts it was asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.embedded: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.embedded.extend(texts)
        return super().embed_documents(texts)


def test_chunks_follow_the_guide_structure(knowledge):
    chunks = guide_chunks(knowledge)
    kinds = {c.kind for c in chunks}
    assert kinds == {"question", "phrasing", "answer", "key_point", "probe", "practice"}
    assert {c.question_id for c in chunks} == {q.id for q in knowledge.questions}
    assert len({c.id for c in chunks}) == len(chunks)
    misconception_texts = {m.text for q in knowledge.questions for m in q.misconceptions}
    assert not any(m in c.text for c in chunks for m in misconception_texts)
    # A key point's other wordings ride on its chunk (searched by words only), and no others.
    said_as = {kp.id: "\n".join(kp.said_as) for q in knowledge.questions for kp in q.key_points}
    assert {c.id: c.wordings for c in chunks if c.wordings} == said_as


def test_second_run_embeds_nothing_and_store_persists(tmp_path, knowledge):
    settings = Settings(data_dir=tmp_path)
    first = build_index(settings, MiniLMEmbeddings(), knowledge)
    assert first.added == len(guide_chunks(knowledge)) and first.updated == first.removed == 0

    counting = CountingEmbeddings()  # a new model and a new client read the same folder
    second = build_index(settings, counting, knowledge)
    assert (second.added, second.updated, second.removed) == (0, 0, 0)
    assert second.unchanged == first.added
    assert counting.embedded == []


def _vectors(settings: Settings) -> dict[str, object]:
    records = open_store(settings, MiniLMEmbeddings()).vectors.get(include=["embeddings"])
    return dict(zip(records["ids"], records["embeddings"], strict=True))


def test_a_later_process_rebuilds_the_index_without_running_the_model(
    tmp_path, knowledge, monkeypatch
):
    """Vectors are kept on disk by content, so only the first build on a machine pays for
    embedding: a later process (here, one whose model cannot run) rebuilds from the cache and
    finds the same vectors."""
    settings = Settings(data_dir=tmp_path / "data", cache_dir=tmp_path / "cache")
    monkeypatch.setattr(embeddings_module, "_VECTORS", {})  # a fresh process
    build_index(settings, make_embeddings(settings), knowledge)
    first = _vectors(settings)

    monkeypatch.setattr(embeddings_module, "_VECTORS", {})  # another fresh process

    def no_model(self, texts):
        raise AssertionError(f"embedded again: {texts[:2]}")

    monkeypatch.setattr(MiniLMEmbeddings, "_embed_batch", no_model)
    report = build_index(settings, make_embeddings(settings), knowledge, rebuild=True)
    assert report.added == len(guide_chunks(knowledge))
    again = _vectors(settings)
    assert again.keys() == first.keys()
    assert all((again[i] == first[i]).all() for i in first)


def test_editing_one_question_reembeds_only_its_chunks(tmp_path, knowledge_copy):
    settings = Settings(data_dir=tmp_path, knowledge_dir=knowledge_copy)
    build_index(settings, MiniLMEmbeddings(), load_knowledge(knowledge_copy))

    q03 = knowledge_copy / "questions" / "q03.yaml"
    q03.write_text(q03.read_text().replace("misses the real patterns", "misses real structure"))
    counting = CountingEmbeddings()
    report = build_index(settings, counting, load_knowledge(knowledge_copy))
    # the key point itself, and the practice question whose answer quotes it
    assert (report.added, report.updated, report.removed) == (0, 2, 0)
    assert len(counting.embedded) == 2
    assert all("misses real structure" in text for text in counting.embedded)


def test_removed_entry_is_deleted_and_rebuild_starts_over(tmp_path, knowledge_copy):
    settings = Settings(data_dir=tmp_path, knowledge_dir=knowledge_copy)
    embeddings = MiniLMEmbeddings()
    total = build_index(settings, embeddings, load_knowledge(knowledge_copy)).added

    topics = knowledge_copy / "topics.yaml"
    text = topics.read_text()
    start = text.index("    - id: drift.p5")
    end = text.index("- id: mlops")
    topics.write_text(text[:start] + text[end:])
    report = build_index(settings, embeddings, load_knowledge(knowledge_copy))
    assert report.removed == 1 and report.embedded == 0

    rebuilt = build_index(settings, embeddings, load_knowledge(knowledge_copy), rebuild=True)
    assert rebuilt.added == total - 1 and rebuilt.unchanged == 0


def test_user_notes_are_chunked_tagged_kept_and_dropped(tmp_path, knowledge, embeddings):
    settings = Settings(data_dir=tmp_path / "data", note_chunk_tokens=60, note_chunk_overlap=10)
    note = tmp_path / "my-notes.md"
    body = " ".join(["Label smoothing softens one-hot targets for a classifier."] * 12)
    note.write_text(
        f"# Regularisation tricks\n\n## Label smoothing\n\n{body}\n\n## Dropout\n\nZeroes units.\n"
    )
    added = build_index(settings, embeddings, knowledge, add=[note])
    assert added.added > len(guide_chunks(knowledge)) + 2  # the long section was split by tokens

    store = open_store(settings, embeddings)
    notes = store.vectors.get(where={"kind": "user_note"}, include=["documents", "metadatas"])
    assert all(
        m["source"] == str(note.resolve()) and m["question_id"] == "" for m in notes["metadatas"]
    )
    assert any("Label smoothing" in d for d in notes["documents"])

    again = build_index(settings, embeddings, knowledge)  # no --add: the note stays registered
    assert again.removed == 0 and again.embedded == 0

    note.unlink()
    gone = build_index(settings, embeddings, knowledge)
    assert gone.removed == len(notes["ids"]) and gone.missing_notes == [str(note.resolve())]


def test_bad_note_paths_are_refused(tmp_path, knowledge, embeddings):
    settings = Settings(data_dir=tmp_path)
    with pytest.raises(NoteError, match="no such file"):
        build_index(settings, embeddings, knowledge, add=[tmp_path / "missing.md"])
    pdf = tmp_path / "slides.pdf"
    pdf.write_bytes(b"%PDF")
    with pytest.raises(NoteError, match=r"\.md"):
        build_index(settings, embeddings, knowledge, add=[pdf])


def test_texts_kept_before_the_vector_cache_is_emptied_are_embedded_again(embeddings, monkeypatch):
    """A full test run that passed the bound failed with a KeyError: the text kept from an
    earlier call was thrown out with the rest, and not embedded again."""
    monkeypatch.setattr(embeddings_module, "VECTOR_CACHE_SIZE", 3)
    monkeypatch.setattr(embeddings_module, "_VECTORS", {})
    embeddings.embed_documents(["one kept text", "another"])
    vectors = embeddings.embed_documents(["one kept text", "a third text", "a fourth text"])
    assert len(vectors) == 3 and all(len(v) == 384 for v in vectors)
