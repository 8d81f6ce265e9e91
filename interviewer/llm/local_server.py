"""Local servers on loopback: a free port, waiting until a server answers, and
`python -m llama_cpp.server`, the OpenAI-compatible server that the tests, the language-model
benchmark and the RAGAS anchor talk to, as a user's own server would.
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


def wait_until_answering(process: subprocess.Popen, url: str, timeout: float) -> None:
    """Returns once `url` answers; raises if the process exits first or time runs out."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            if process.poll() is not None:
                raise ServerDidNotStart(f"the server exited before {url} answered") from None
            if time.monotonic() > deadline:
                raise ServerDidNotStart(f"{url} did not answer in {timeout:.0f} s") from None
            time.sleep(0.2)


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
        base_url = f"http://127.0.0.1:{port}/v1"
        wait_until_answering(process, f"{base_url}/models", start_timeout)
        yield process, base_url
    finally:
        process.kill()
        process.wait(timeout=30)
