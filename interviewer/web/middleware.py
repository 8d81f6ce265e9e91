"""What every HTTP request to the app passes through before Gradio sees it.

- A size limit: an answer is a few kilobytes, so a request body over
  ``INTERVIEWER_MAX_REQUEST_BYTES`` is refused with 413 before it is read into memory (recordings
  go through Gradio's upload route, which has its own limit, ``INTERVIEWER_MAX_UPLOAD_BYTES``).
- The browser's id: without sign-in, a browser owns its sessions by a random id in an HTTP-only
  cookie, given on its first request.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any

from interviewer.web.accounts import BROWSER_COOKIE

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

COOKIE_YEARS = 10  # the browser keeps its interviews as long as it keeps the cookie
UPLOAD_ROUTE_SUFFIX = "/upload"


class RequestGuard:
    """Pure ASGI middleware (no body buffering), so streamed replies pass through untouched."""

    def __init__(self, app: App, max_request_bytes: int) -> None:
        self.app = app
        self.max_request_bytes = max_request_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        if not scope["path"].endswith(UPLOAD_ROUTE_SUFFIX):
            declared = headers.get(b"content-length", b"0")
            if not declared.isdigit() or int(declared) > self.max_request_bytes:
                await _too_large(send, self.max_request_bytes)
                return
            receive = _counted(receive, self.max_request_bytes)
        if BROWSER_COOKIE not in _cookies(headers.get(b"cookie", b"")):
            send = _giving_cookie(send, secrets.token_urlsafe(24))
        await self.app(scope, receive, send)


def _cookies(header: bytes) -> dict[str, str]:
    jar = SimpleCookie()
    jar.load(header.decode("latin-1"))
    return {name: morsel.value for name, morsel in jar.items()}


def _counted(receive: Receive, limit: int) -> Receive:
    """A body sent without a length (chunked) is cut off at the limit: the app sees the client
    go away rather than reading on."""
    seen = 0

    async def counted() -> Message:
        nonlocal seen
        message = await receive()
        seen += len(message.get("body", b""))
        if seen > limit:
            return {"type": "http.disconnect"}
        return message

    return counted


def _giving_cookie(send: Send, browser_id: str) -> Send:
    cookie = (
        f"{BROWSER_COOKIE}={browser_id}; Path=/; HttpOnly; SameSite=Lax; "
        f"Max-Age={COOKIE_YEARS * 365 * 24 * 3600}"
    )

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            message["headers"] = [*message.get("headers", []), (b"set-cookie", cookie.encode())]
        await send(message)

    return sending


async def _too_large(send: Send, limit: int) -> None:
    body = f"Request too large: the limit is {limit} bytes (INTERVIEWER_MAX_REQUEST_BYTES).\n"
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"text/plain; charset=utf-8")],
        }
    )
    await send({"type": "http.response.body", "body": body.encode()})
