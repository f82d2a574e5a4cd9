"""Refuse request bodies over the size limit before the application parses them.

A declared ``Content-Length`` over the limit is refused before any byte of the
body is read; a body without one (chunked) or one that lies about its length
is refused as soon as the bytes received pass the limit. Either way the
application never holds more than ``max_bytes`` of a body.
"""

from __future__ import annotations

from typing import Any

from newsfacts.server import problems
from newsfacts.server.asgi import ASGIApp, Message, Receive, Scope, Send


class BodyLimitMiddleware:
    """ASGI middleware answering 413 to bodies larger than ``max_bytes``."""

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared == -1:
            await _error(send, 400, "invalid Content-Length header", None)
            return
        if declared is not None and declared > self.max_bytes:
            await self._too_large(send, declared)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._too_large(send, None)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(b"".join(chunks), receive), send)

    async def _too_large(self, send: Send, declared: int | None) -> None:
        got = f"{declared} bytes" if declared is not None else "more than that"
        await _error(
            send,
            413,
            "request body too large",
            {"max_body_bytes": self.max_bytes, "message": f"the limit is {self.max_bytes} bytes; got {got}"},
        )


def _content_length(scope: Scope) -> int | None:
    """The declared body length, None when absent, -1 when it is not a number."""
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                length = int(value)
            except ValueError:
                return -1
            return length if length >= 0 else -1
    return None


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives the buffered body once, then waits on the client (for disconnects)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _error(send: Send, status: int, error: str, detail: Any) -> None:
    body = problems.encode(status, error, detail)
    headers = [
        (b"content-type", problems.MEDIA_TYPE.encode()),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
