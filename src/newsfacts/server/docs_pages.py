"""``/docs`` and ``/redoc`` that work without internet, in closed networks too.

The fastapi-offline package ships Swagger UI and ReDoc; the pages load them from
the service itself, under :data:`ASSETS_URL`, not from public CDNs. ReDoc's
sidebar still asks its vendor's site for a logo, so both pages are sent with a
Content-Security-Policy that lets the browser load from the service alone: no
request leaves the reader's network, whatever a future asset version adds.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from newsfacts.server.asgi import ASGIApp, Message, Receive, Scope, Send

ASSETS_URL = "/docs-assets"
PAGES = frozenset({"/docs", "/redoc"})
# Both UIs configure themselves in inline scripts and style with inline styles and data:
# images; ReDoc runs its search in a worker made from a blob: URL.
POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "worker-src 'self' blob:",
    ]
)
_HEADER = b"content-security-policy"


def create_app(**options: Any) -> FastAPI:
    """A FastAPI app (``options`` as for ``FastAPI``) whose docs pages need no other host."""
    app = FastAPIOffline(static_url=ASSETS_URL, **options)
    app.add_middleware(SameOriginPagesMiddleware)
    return app


class SameOriginPagesMiddleware:
    """Adds the Content-Security-Policy :data:`POLICY` to the answers of the docs :data:`PAGES`."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") not in PAGES:
            await self.app(scope, receive, send)
            return

        async def send_with_policy(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() != _HEADER]
                message["headers"] = [*headers, (_HEADER, POLICY.encode())]
            await send(message)

        await self.app(scope, receive, send_with_policy)
