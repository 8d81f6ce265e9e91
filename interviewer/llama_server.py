"""Starts `python -m llama_cpp.server` on loopback: the local OpenAI-compatible server that the
tests, the language-model benchmark and the RAGAS anchor talk to, as a user's own server would.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class ServerDidNotStart(RuntimeError):
    """The server exited or did not answer in time."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def llama_server(
    model_path: Path, context: int, threads: int, start_timeout: float = 120.0
) -> Iterator[tuple[subprocess.Popen, str]]:
    """Yields the server process and its `/v1` base URL; the server is killed on exit."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path),
         "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(context),
         "--n_threads", str(threads)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + start_timeout
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=1)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise ServerDidNotStart(
                        f"llama_cpp.server did not answer on port {port}"
                    ) from None
                time.sleep(0.2)
        yield process, f"http://127.0.0.1:{port}/v1"
    finally:
        process.kill()
        process.wait(timeout=30)
