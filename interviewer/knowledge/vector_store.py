"""The Chroma store: a folder on this machine, or a Chroma server when CHROMA_HOST is set.

Errors are turned into ``StoreError`` with a message that says what to run, because a vector
store that is missing, unreadable or unreachable is the most common way a first run goes wrong.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass

import chromadb
from chromadb.api.shared_system_client import SharedSystemClient
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma

from interviewer.knowledge.embeddings import GuideEmbeddings
from interviewer.settings import Settings


class StoreError(RuntimeError):
    """The index cannot be used; the message names the fix."""


@dataclass
class Store:
    client: chromadb.ClientAPI
    vectors: Chroma
    collection_name: str
    location: str

    @property
    def collection(self) -> chromadb.Collection:
        """The raw collection, for what needs no documents (a count is the fastest check)."""
        return self.client.get_collection(self.collection_name)

    def is_empty(self) -> bool:
        return self.collection.count() == 0


def collection_name(embeddings: GuideEmbeddings) -> str:
    """One collection per embedding model, so switching models never mixes vector spaces."""
    return f"guide-{embeddings.model_id}".replace(".", "-")[:63]


def _client(settings: Settings) -> chromadb.ClientAPI:
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_host:
        try:
            return chromadb.HttpClient(
                host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
            )
        except Exception as error:
            raise StoreError(
                f"Cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port} "
                f"({error}). Start one with `chroma run --path DIR --port {settings.chroma_port}`, "
                "or unset CHROMA_HOST to use the local folder."
            ) from error
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)
    except Exception as error:
        raise StoreError(
            f"The index at {settings.chroma_dir} is unreadable ({type(error).__name__}: {error}). "
            "Rebuild it with `interviewer index --rebuild`."
        ) from error


def open_store(settings: Settings, embeddings: GuideEmbeddings) -> Store:
    client = _client(settings)
    name = collection_name(embeddings)
    try:
        vectors = Chroma(
            client=client,
            collection_name=name,
            embedding_function=embeddings,  # type: ignore[arg-type]
            collection_metadata={"hnsw:space": "cosine"},
        )
    except Exception as error:
        raise StoreError(
            f"The index at {settings.chroma_location} cannot be opened "
            f"({type(error).__name__}: {error}). Rebuild it with `interviewer index --rebuild`."
        ) from error
    return Store(client, vectors, name, settings.chroma_location)


def drop_index(settings: Settings, embeddings: GuideEmbeddings) -> None:
    """Start over. A local folder that Chroma cannot read is removed outright."""
    name = collection_name(embeddings)
    try:
        client = _client(settings)
        if name in [c.name for c in client.list_collections()]:
            client.delete_collection(name)
    except Exception as error:
        if settings.chroma_host:
            raise StoreError(
                f"Cannot drop the index on {settings.chroma_location}: {error}"
            ) from error
        # Chroma caches one client per folder in this process; it must not outlive the folder.
        SharedSystemClient.clear_system_cache()
        shutil.rmtree(settings.chroma_dir, ignore_errors=True)
