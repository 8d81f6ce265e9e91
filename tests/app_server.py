"""The app as `make run` starts it, for tests that talk to it over HTTP or through a browser."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

from interviewer.llm.local_server import free_port, wait_until_answering

REPO = Path(__file__).resolve().parent.parent


#: Homes for the app under test: in the real home, outside the system temp folder and outside
#: the checkout, as `make run` meets them (Gradio serves files from the temp folder and the working
#: directory freely, so a fixture there once hid a crash at the end of every interview).
HOMES = Path.home() / ".cache" / "interviewer-test-homes"


@contextmanager
def fresh_home() -> Iterator[Path]:
    HOMES.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(dir=HOMES))
    assert not home.is_relative_to(tempfile.gettempdir()) and not home.is_relative_to(REPO)
    try:
        yield home
    finally:
        shutil.rmtree(home, ignore_errors=True)


class Server:
    """`python app.py` on loopback as `make run` starts it: no data folder given, so the default
    one in its (fresh) home is used; can be restarted on the same port."""

    def __init__(self, home: Path, llm: str = "none", env: dict[str, str] | None = None) -> None:
        self.home = home
        self.env = env or {}
        self.data_dir = home / ".local" / "share" / "interviewer"
        self.database = f"sqlite:///{self.data_dir / 'sessions.sqlite3'}"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.args = [sys.executable, "app.py", "--llm", llm, "--port", str(self.port)]
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 180) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "INTERVIEWER_"))}
        env |= {
            "HOME": str(self.home),
            "GRADIO_ANALYTICS_ENABLED": "False",
            # The packaged models are assembled once per machine, not once per test home.
            "INTERVIEWER_CACHE_DIR": platformdirs.user_cache_dir("interviewer"),
            **self.env,
        }
        self.process = subprocess.Popen(self.args, cwd=REPO, env=env)
        wait_until_answering(self.process, self.url, timeout)

    def stop(self) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=30)
