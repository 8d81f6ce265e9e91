"""Who is asking: the people who may sign in, and whose sessions a request may see.

With ``INTERVIEWER_AUTH`` (``alice:pw1,bob:pw2``) or ``INTERVIEWER_AUTH_FILE`` (``alice:scrypt$…``
lines from ``interviewer hash-password``) each person signs in and owns their sessions. Without
sign-in, the browser owns them: a random id in an HTTP-only cookie (see ``middleware``), which
page scripts cannot read and which no other browser has.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Callable
from pathlib import Path

from interviewer.settings import Settings

#: The cookie that names a browser when nobody signs in.
BROWSER_COOKIE = "interviewer-browser"
#: scrypt's cost: about 50 ms a check, which makes guessing slow and signing in quick.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


class AccountsError(ValueError):
    """The accounts setting or file cannot be read."""


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    encoded = (base64.b64encode(part).decode() for part in (salt, digest))
    return "scrypt$" + "$".join(encoded)


def _matches(password: str, stored: str) -> bool:
    if not stored.startswith("scrypt$"):  # a plain password from INTERVIEWER_AUTH
        return hmac.compare_digest(password.encode(), stored.encode())
    _, salt, _digest = stored.split("$")
    return hmac.compare_digest(hash_password(password, base64.b64decode(salt)), stored)


def _pairs(lines: list[str], where: str) -> dict[str, str]:
    accounts = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        user, sep, secret = line.strip().partition(":")
        if not sep or not user or not secret:
            raise AccountsError(f"{where}, entry {number}: expected USER:PASSWORD")
        accounts[user] = secret
    return accounts


def load_accounts(settings: Settings) -> dict[str, str]:
    """User name → password or scrypt hash; empty when the app is open to whoever reaches it."""
    accounts = _pairs((settings.auth or "").split(","), "INTERVIEWER_AUTH")
    if settings.auth_file:
        path = Path(settings.auth_file)
        if not path.is_file():
            raise AccountsError(f"INTERVIEWER_AUTH_FILE: no such file: {path}")
        accounts |= _pairs(path.read_text(encoding="utf-8").splitlines(), str(path))
    return accounts


class SignIn:
    """Gradio's password check, with a lock on a user name after repeated wrong passwords.

    Gradio passes only the name and the password, so the lock is per name: guessing one
    person's password stops after ``max_failures`` tries per ``lockout`` seconds, even when the
    right password comes next, and names that do not exist are locked the same way (a lock
    says nothing about whether a name exists)."""

    def __init__(
        self,
        accounts: dict[str, str],
        max_failures: int,
        lockout: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.accounts = accounts
        self.max_failures = max_failures
        self.lockout = lockout
        self.clock = clock
        self._failures: dict[str, list[float]] = {}
        self._guard = threading.Lock()

    def __call__(self, user: str, password: str) -> bool:
        now = self.clock()
        with self._guard:
            recent = [t for t in self._failures.get(user, []) if now - t < self.lockout]
            self._failures = {
                name: times
                for name, times in self._failures.items()
                if times and now - times[-1] < self.lockout
            }
            if len(recent) >= self.max_failures:
                return False
        stored = self.accounts.get(user)
        if stored is not None and _matches(password, stored):
            return True
        with self._guard:
            self._failures[user] = [*recent, now]
        return False


def request_owner(username: str | None, cookies: dict[str, str]) -> str | None:
    """The owner of the sessions a request may see: the signed-in person, else the browser."""
    if username:
        return f"user:{username}"
    browser = cookies.get(BROWSER_COOKIE)
    return f"browser:{browser}" if browser else None
