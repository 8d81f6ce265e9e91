"""Shared fixtures: the real knowledge base, the real offline embedding model, real Chroma."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from interviewer.knowledge.embeddings import GuideEmbeddings, make_embeddings
from interviewer.knowledge.indexing import build_index
from interviewer.knowledge.schema import KnowledgeBase, load_knowledge
from interviewer.settings import Settings, bundled_path

REPO = Path(__file__).resolve().parent.parent
GUIDE = REPO.parent / "shared" / "guide" / "ai-ml-interview-questions.txt"


@pytest.fixture(scope="session")
def knowledge() -> KnowledgeBase:
    return load_knowledge(bundled_path("knowledge"))


@pytest.fixture(scope="session")
def embeddings() -> GuideEmbeddings:
    """The model with the user's embedding cache on disk, the one the app and the CLI
    subprocesses of the tests read: the knowledge base's 5,000 key points and wordings are
    embedded once per machine, not once per test run (about a minute on two cores)."""
    return make_embeddings(Settings())


@pytest.fixture(scope="session")
def indexed_settings(tmp_path_factory, knowledge, embeddings) -> Settings:
    """An index of the guide built once for the read-only tests."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("indexed"))
    build_index(settings, embeddings, knowledge)
    return settings


@pytest.fixture
def knowledge_copy(tmp_path) -> Path:
    """A private copy of knowledge/ that a test may edit or break."""
    return Path(shutil.copytree(bundled_path("knowledge"), tmp_path / "knowledge"))


@pytest.fixture
def data_env(tmp_path, monkeypatch) -> Path:
    """Point the CLI at an empty data folder through its environment variable."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("INTERVIEWER_DATA_DIR", str(data_dir))
    return data_dir
