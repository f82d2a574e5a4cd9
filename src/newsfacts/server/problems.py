"""The one shape of every error answer: RFC 9457 problem details, with the service's own two fields.

``{"type": "about:blank", "title": <status phrase>, "status": <code>, "detail": ..., "error": ...}``
sent as ``application/problem+json``. A generic problem-details client reads
``type``, ``title``, ``status``; ``error`` (one line) and ``detail`` (specifics)
are the fields the service's error bodies have always had, with the same values,
so clients written against them keep working.

The problem type is ``about:blank`` (RFC 9457, 4.2.1): the status code says what
kind of failure it is and ``error`` says which one; the title is then the
status's reason phrase (RFC 9110), taken from :data:`TITLES`.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse

MEDIA_TYPE = "application/problem+json"
TYPE = "about:blank"
# RFC 9110's phrases; Python's http.HTTPStatus still has older ones for some (413, 422).
TITLES = {
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    413: "Content Too Large",
    422: "Unprocessable Content",
    500: "Internal Server Error",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


def title(status: int) -> str:
    """The reason phrase of ``status``."""
    if status in TITLES:
        return TITLES[status]
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def body(status: int, error: str, detail: Any = None) -> dict[str, Any]:
    """The problem object for a failure: ``error`` in one line, ``detail`` its specifics or None."""
    return {"type": TYPE, "title": title(status), "status": status, "detail": detail, "error": error}


def encode(status: int, error: str, detail: Any = None) -> bytes:
    """:func:`body` as compact JSON bytes, for code that writes the ASGI messages itself."""
    return json.dumps(body(status, error, detail), separators=(",", ":")).encode()


class ProblemResponse(JSONResponse):
    """A JSON answer labelled ``application/problem+json``, so clients can tell it from a record."""

    media_type = MEDIA_TYPE


def response(status: int, error: str, detail: Any = None, headers: dict | None = None) -> ProblemResponse:
    """The problem answer for a failure, with ``headers`` such as ``Retry-After`` or ``Allow``."""
    return ProblemResponse(body(status, error, detail), status_code=status, headers=headers)


def document(app: FastAPI) -> None:
    """Make ``app``'s OpenAPI document list its error answers under :data:`MEDIA_TYPE`.

    FastAPI files the ``model`` of an extra response under the route's media type
    (``application/json``); the service sends errors as ``application/problem+json``.
    """
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = generate()
            for operations in spec.get("paths", {}).values():
                for operation in operations.values():
                    for code, answer in operation.get("responses", {}).items():
                        content = answer.get("content", {})
                        if not code.startswith("2") and "application/json" in content:
                            content[MEDIA_TYPE] = content.pop("application/json")
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
