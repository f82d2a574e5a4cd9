"""Every failure the application sees is answered with the problem body of :mod:`.problems`.

Clients then need one parser for all failures: the routing errors (404, 405),
an undecodable body (400), invalid JSON and invalid fields (422), the limits
(413 from :mod:`.body_limit`, 503, 504) and bugs (500).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from newsfacts.server.problems import response
from newsfacts.server.runner import Busy, TimedOut

log = logging.getLogger("newsfacts.server")
# FastAPI's answer when the body is not text it can decode (invalid UTF-8, say).
_FASTAPI_PARSE_ERROR = "There was an error parsing the body"


class ExtractionFailed(Exception):
    """The extractor raised on this text; the text is answered with 422, the server goes on."""


def install(app: FastAPI, time_limit: float | None) -> None:
    """Register the handlers that turn each failure into a problem body."""

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [_problem(e) for e in exc.errors()]
        kinds = {p["type"] for p in problems}
        if "json_invalid" in kinds:
            error = "malformed JSON"
        elif not _is_json(request.headers.get("content-type", "")) and any(
            p["loc"] == ["body"] for p in problems
        ):
            error = "the body must be JSON, sent with Content-Type: application/json"
        elif any(p["type"] == "too_long" and p["loc"][-1:] == ["articles"] for p in problems):
            error = "too many articles in one batch"
        else:
            error = "invalid request: " + "; ".join(
                f"{'.'.join(map(str, p['loc']))}: {p['msg']}" for p in problems[:3]
            )
        return response(422, error, problems)

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        error, detail = str(exc.detail), None
        if exc.status_code == 400 and error == _FASTAPI_PARSE_ERROR:
            error, detail = "malformed body", "the body could not be decoded; send JSON encoded in UTF-8"
        return response(exc.status_code, error, detail, headers=getattr(exc, "headers", None))

    @app.exception_handler(Busy)
    async def busy(_request: Request, _exc: Busy) -> JSONResponse:
        return response(
            503,
            "server busy",
            f"no extraction slot became free within the time limit of {time_limit} s; retry later",
            headers={"Retry-After": "1"},
        )

    @app.exception_handler(TimedOut)
    async def timed_out(_request: Request, _exc: TimedOut) -> JSONResponse:
        return response(
            504,
            "extraction timed out",
            f"extraction took longer than the time limit of {time_limit} s; "
            "send a shorter text or fewer articles",
        )

    @app.exception_handler(ExtractionFailed)
    async def extraction_failed(_request: Request, exc: ExtractionFailed) -> JSONResponse:
        return response(422, "could not extract facts from this text", str(exc))

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error", exc_info=exc)
        return response(500, "internal error", type(exc).__name__)


def _problem(error: dict) -> dict:
    """A validation error without the offending input, which can be an entire article."""
    problem = {"loc": list(error.get("loc", ())), "msg": error.get("msg", ""), "type": error.get("type", "")}
    reason = (error.get("ctx") or {}).get("error")
    if problem["type"] == "json_invalid" and reason is not None:
        problem["msg"] = f"{problem['msg']}: {reason}"
    return problem


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))
