"""Every setting of the project, in one place.

Each setting is an environment variable, and every command accepts the same setting as a flag
named after the variable: drop an ``INTERVIEWER_`` prefix, lower-case it, turn ``_`` into ``-``
(``INTERVIEWER_DATA_DIR`` is ``--data-dir``, ``CHROMA_HOST`` is ``--chroma-host``). A flag beats
the variable, the variable beats the default. Secrets are variables only, so they never show up
in a process list or a shell history.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

import platformdirs

from interviewer.types import Backend, Switch

ENV_PREFIX = "INTERVIEWER_"


def bundled_path(name: str) -> Path:
    """A folder shipped with the project: inside an installed wheel, or beside a source checkout."""
    installed = Path(__file__).parent / "_data" / name
    return installed if installed.is_dir() else Path(__file__).resolve().parent.parent / name


def _setting(
    env: str,
    default: Any,
    help: str,
    parse: Callable[[str], Any] = str,
    choices: tuple[str, ...] | None = None,
    secret: bool = False,
) -> Any:
    return field(
        default=default,
        metadata={"env": env, "help": help, "parse": parse, "choices": choices, "secret": secret},
    )


#: ``INTERVIEWER_LLM_THREADS``: a fixed count, or ``auto`` (see ``llm.cpu``).
ThreadSetting = int | Literal["auto"]


def parse_thread_setting(text: str) -> ThreadSetting:
    """``auto`` or a positive whole number, as the setting is written."""
    if text.strip().lower() == "auto":
        return "auto"
    count = int(text)
    if count < 1:
        raise ValueError(f"a thread count must be at least 1, not {count}")
    return count


@dataclass(frozen=True)
class Settings:
    data_dir: Path = _setting(
        "INTERVIEWER_DATA_DIR",
        Path(platformdirs.user_data_dir("interviewer")),
        "where the index and sessions live",
        parse=Path,
    )
    knowledge_dir: Path = _setting(
        "INTERVIEWER_KNOWLEDGE_DIR",
        bundled_path("knowledge"),
        "the study guide as structured YAML",
        parse=Path,
    )
    embeddings: str = _setting(
        "INTERVIEWER_EMBEDDINGS",
        "local",
        "local: all-MiniLM-L6-v2 on onnxruntime, offline; openai: the OpenAI embeddings API",
        choices=("local", "openai"),
    )
    openai_embedding_model: str = _setting(
        "INTERVIEWER_OPENAI_EMBEDDING_MODEL",
        "text-embedding-3-small",
        "the OpenAI embedding model, with --embeddings openai",
    )
    openai_api_key: str | None = _setting(
        "OPENAI_API_KEY", None, "key for the OpenAI API (variable only)", secret=True
    )
    retrieval: str = _setting(
        "INTERVIEWER_RETRIEVAL",
        "hybrid",
        "hybrid: dense and BM25 per question, standardised and summed; dense: embeddings only",
        choices=("hybrid", "dense"),
    )
    chroma_host: str | None = _setting(
        "CHROMA_HOST", None, "use a Chroma server (`chroma run`) at this host instead of a folder"
    )
    chroma_port: int = _setting("CHROMA_PORT", 8000, "port of that Chroma server", parse=int)
    embed_batch_size: int = _setting(
        "INTERVIEWER_EMBED_BATCH_SIZE", 32, "texts embedded per batch while indexing", parse=int
    )
    note_chunk_tokens: int = _setting(
        "INTERVIEWER_NOTE_CHUNK_TOKENS",
        200,
        "size of a chunk of your own notes, in tokens; the embedding model reads 256 at most",
        parse=int,
    )
    note_chunk_overlap: int = _setting(
        "INTERVIEWER_NOTE_CHUNK_OVERLAP", 30, "tokens shared by neighbouring note chunks", parse=int
    )
    llm: str = _setting(
        "INTERVIEWER_LLM",
        "auto",
        "language model backend; auto: server if LLM_BASE_URL is set, else openai if "
        "OPENAI_API_KEY is set, else embedded; none: templated turns, no model",
        choices=("auto", *Backend),
    )
    model_path: Path | None = _setting(
        "INTERVIEWER_MODEL_PATH",
        None,
        "a GGUF file for the embedded backend instead of the packaged Qwen2.5 1.5B",
        parse=Path,
    )
    cache_dir: Path = _setting(
        "INTERVIEWER_CACHE_DIR",
        Path(platformdirs.user_cache_dir("interviewer")),
        "where the packaged models are assembled and embeddings kept",
        parse=Path,
    )
    llm_base_url: str | None = _setting(
        "LLM_BASE_URL", None, "an OpenAI-compatible server: Ollama, vLLM, LM Studio, llama.cpp"
    )
    llm_model: str | None = _setting(
        "LLM_MODEL", None, "model name on that server (default: the first model it lists)"
    )
    llm_api_key: str | None = _setting(
        "LLM_API_KEY", None, "key for that server, if it needs one (variable only)", secret=True
    )
    openai_model: str = _setting(
        "INTERVIEWER_OPENAI_MODEL", "gpt-4o-mini", "the OpenAI chat model, when OpenAI is used"
    )
    llm_context: int = _setting(
        "INTERVIEWER_LLM_CONTEXT",
        4096,
        "context window in tokens; prompts are fitted to it",
        parse=int,
    )
    llm_max_tokens: int = _setting(
        "INTERVIEWER_LLM_MAX_TOKENS", 200, "cap on the tokens of one model reply", parse=int
    )
    llm_threads: ThreadSetting = _setting(
        "INTERVIEWER_LLM_THREADS",
        "auto",
        "CPU threads of the embedded model and speech recognition; auto: the cores no other "
        "process is busy on, measured before each reply",
        parse=parse_thread_setting,
    )
    llm_timeout: float = _setting(
        "INTERVIEWER_LLM_TIMEOUT",
        60.0,
        "seconds a whole model reply may take, retries included",
        parse=float,
    )
    llm_warm: Switch = _setting(
        "INTERVIEWER_LLM_WARM",
        Switch.ON,
        "on: while the candidate answers, the embedded model reads the fixed part of the "
        "feedback prompt ahead, so feedback starts sooner",
        parse=Switch,
        choices=tuple(Switch),
    )
    llm_retries: int = _setting(
        "INTERVIEWER_LLM_RETRIES", 2, "retries, with backoff, of a server request", parse=int
    )
    llm_temperature: float = _setting(
        "INTERVIEWER_LLM_TEMPERATURE", 0.3, "sampling temperature of model replies", parse=float
    )
    openai_price_input: float = _setting(
        "INTERVIEWER_OPENAI_PRICE_INPUT",
        0.15,
        "USD per million prompt tokens, for the cost estimate",
        parse=float,
    )
    openai_price_output: float = _setting(
        "INTERVIEWER_OPENAI_PRICE_OUTPUT",
        0.60,
        "USD per million reply tokens, for the cost estimate",
        parse=float,
    )
    feedback_sentences: int = _setting(
        "INTERVIEWER_FEEDBACK_SENTENCES",
        3,
        "model feedback stops after this many sentences the guard lets through (spoken turns)",
        parse=int,
    )
    feedback_budget: float = _setting(
        "INTERVIEWER_FEEDBACK_BUDGET",
        12.0,
        "seconds the model may add to a feedback turn; then the sentences it has said stand, "
        "and the interview moves on (a model too slow for the machine never stalls it)",
        parse=float,
    )
    max_answer_chars: int = _setting(
        "INTERVIEWER_MAX_ANSWER_CHARS",
        4000,
        "longer answers are cut to this many characters, with a notice",
        parse=int,
    )
    strong_answer: float = _setting(
        "INTERVIEWER_STRONG_ANSWER",
        0.8,
        "a drill answer scoring at least this (0 to 1) is strong; after two, a harder question",
        parse=float,
    )
    weak_answer: float = _setting(
        "INTERVIEWER_WEAK_ANSWER",
        0.4,
        "a drill answer scoring below this (0 to 1) is weak, as is a skip; after two, a simpler "
        "question on the point missed",
        parse=float,
    )
    intent_timeout: float = _setting(
        "INTERVIEWER_INTENT_TIMEOUT",
        1.5,
        "seconds the model may take to read a message the recogniser is unsure of; slower, "
        "and the interviewer asks the candidate instead",
        parse=float,
    )
    guard: Switch = _setting(
        "INTERVIEWER_GUARD",
        Switch.ON,
        "on: every model sentence is checked against the guide before it is shown",
        parse=Switch,
        choices=tuple(Switch),
    )
    host: str = _setting("INTERVIEWER_HOST", "127.0.0.1", "address the web app binds to")
    port: int = _setting("INTERVIEWER_PORT", 7860, "port of the web app", parse=int)
    answer_words_min: int = _setting(
        "INTERVIEWER_ANSWER_WORDS_MIN",
        50,
        "a spoken answer shorter than this many words is called short",
        parse=int,
    )
    answer_words_max: int = _setting(
        "INTERVIEWER_ANSWER_WORDS_MAX",
        250,
        "a spoken answer longer than this many words is called long",
        parse=int,
    )
    long_pause: float = _setting(
        "INTERVIEWER_LONG_PAUSE",
        2.0,
        "seconds of silence between words that count as a long pause",
        parse=float,
    )
    auth: str | None = _setting(
        "INTERVIEWER_AUTH",
        None,
        "USER:PASSWORD[,USER:PASSWORD…]: the people who may sign in to the web app, each seeing "
        "only their own sessions (variable only: a flag would show in ps)",
        secret=True,
    )
    auth_file: Path | None = _setting(
        "INTERVIEWER_AUTH_FILE",
        None,
        "a file of USER:HASH lines (from `interviewer hash-password`) instead of INTERVIEWER_AUTH",
        parse=Path,
    )
    auth_max_failures: int = _setting(
        "INTERVIEWER_AUTH_MAX_FAILURES",
        5,
        "wrong passwords for one user name before its sign-in is locked for a while",
        parse=int,
    )
    auth_lockout: float = _setting(
        "INTERVIEWER_AUTH_LOCKOUT",
        300.0,
        "seconds a user name stays locked after too many wrong passwords",
        parse=float,
    )
    share_sessions: Switch = _setting(
        "INTERVIEWER_SHARE_SESSIONS",
        Switch.OFF,
        "on: everyone who reaches the web app sees and opens every session (a shared kiosk); "
        "off: each person, or each browser without sign-in, sees only their own",
        parse=Switch,
        choices=tuple(Switch),
    )
    max_request_bytes: int = _setting(
        "INTERVIEWER_MAX_REQUEST_BYTES",
        1_000_000,
        "the web app refuses larger requests (HTTP 413); recordings have their own limit",
        parse=int,
    )
    max_upload_bytes: int = _setting(
        "INTERVIEWER_MAX_UPLOAD_BYTES",
        50_000_000,
        "largest recording the web app accepts",
        parse=int,
    )
    database_url: str | None = _setting(
        "INTERVIEWER_DATABASE_URL",
        None,
        "where sessions live, as a SQLAlchemy URL (postgresql+psycopg://…, so several app "
        "processes share them); default: SQLite in the data folder (variable only: it may "
        "hold a password)",
        secret=True,
    )
    web_concurrency: int = _setting(
        "INTERVIEWER_WEB_CONCURRENCY",
        4,
        "web requests handled at once; the rest queue (the embedded model runs one at a time)",
        parse=int,
    )

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def sessions_database(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'sessions.sqlite3'}"

    @property
    def packs_dir(self) -> Path:
        """Installed question packs (`interviewer knowledge add`), one folder each."""
        return self.data_dir / "packs"

    @property
    def chroma_location(self) -> str:
        """Where the index lives, as a person would look for it."""
        if self.chroma_host:
            return f"chroma server {self.chroma_host}:{self.chroma_port}"
        return str(self.chroma_dir)


class SettingError(ValueError):
    """An environment variable holds a value the setting does not allow."""


def flag_name(env: str) -> str:
    return "--" + env.removeprefix(ENV_PREFIX).lower().replace("_", "-")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add every non-secret setting as a flag; absent flags stay absent so variables still apply."""
    group = parser.add_argument_group("settings (each is also an environment variable)")
    for f in fields(Settings):
        meta = f.metadata
        if meta["secret"]:
            continue
        group.add_argument(
            flag_name(meta["env"]),
            dest=f.name,
            type=meta["parse"],
            choices=meta["choices"],
            default=argparse.SUPPRESS,
            help=f"{meta['help']} [{meta['env']}; default: {f.default}]",
        )


def load(
    args: argparse.Namespace | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for f in fields(Settings):
        meta = f.metadata
        if args is not None and hasattr(args, f.name):
            values[f.name] = getattr(args, f.name)
        elif environ.get(meta["env"]):
            raw = environ[meta["env"]]
            if meta["choices"] and raw not in meta["choices"]:
                raise SettingError(
                    f"{meta['env']}={raw!r}: choose one of {', '.join(meta['choices'])}"
                )
            try:
                values[f.name] = meta["parse"](raw)
            except ValueError as error:
                raise SettingError(f"{meta['env']}={raw!r}: {error}") from None
    return Settings(**values)
