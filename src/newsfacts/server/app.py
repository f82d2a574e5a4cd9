"""The FastAPI application: ``/extract``, ``/extract/batch``, ``/schema``, ``/health``, ``/docs``.

Responses are the contract's records (:class:`newsfacts.records.Article`), so the
OpenAPI document at ``/openapi.json`` describes exactly what ``newsfacts extract``
writes to JSON Lines.
"""

# No ``from __future__ import annotations``: FastAPI reads the endpoint annotations at
# definition time, and the batch body is a class built inside ``create_app``.

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

import newsfacts
from newsfacts.records import Article, json_schema
from newsfacts.server import docs_pages, errors, problems
from newsfacts.server.body_limit import BodyLimitMiddleware
from newsfacts.server.models import BatchResponse, ExtractRequest, Health, Problem, batch_request_model
from newsfacts.server.runner import Extract, ExtractionRunner
from newsfacts.server.settings import ServerSettings

log = logging.getLogger("newsfacts.server")

# Error answers each operation documents; every one is a Problem (application/problem+json).
_BUG: dict[int | str, dict[str, Any]] = {
    500: {"model": Problem, "description": "a bug in the service; the server logs it and goes on"},
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "body that cannot be decoded (not UTF-8)"},
    413: {"model": Problem, "description": "body larger than max_body_bytes"},
    422: {
        "model": Problem,
        "description": "malformed or not JSON, wrong fields, too many articles, the extractor failed",
    },
    503: {"model": Problem, "description": "no extraction slot free within the time limit"},
    504: {"model": Problem, "description": "extraction ran past the time limit"},
    **_BUG,
}


WARM_UP_TEXT = (
    "Huyện mở 2 lớp bồi dưỡng cho 90 học viên, kết nạp 35 đảng viên, đạt 105% kế hoạch; "
    "phấn đấu đến năm 2030 có ít nhất 40 chi bộ."
)


def create_app(settings: ServerSettings | None = None, extract: Extract | None = None) -> FastAPI:
    """The ASGI app with ``settings``' limits; ``extract`` replaces ``newsfacts.extract`` (for tests)."""
    settings = settings or ServerSettings()
    extract_fn = extract or newsfacts.extract
    state: dict[str, ExtractionRunner] = {}

    def guarded(text: str, source: str | None) -> Article:
        try:
            return extract_fn(text, source)
        except Exception as exc:
            log.exception("extraction failed on %s", source or "<text>")
            raise errors.ExtractionFailed(f"{type(exc).__name__}: {exc}") from exc

    def runner() -> ExtractionRunner:
        # Made on first use as well, for ASGI servers and test clients that skip the lifespan events.
        if "runner" not in state:
            state["runner"] = ExtractionRunner(guarded, settings.threads, settings.time_limit)
        return state["runner"]

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        runner()
        # Build the pipeline and compile every extractor's patterns now, so the first
        # request is not the one that pays for it (it could exceed the time limit).
        newsfacts.extract(WARM_UP_TEXT)
        yield
        state.pop("runner").close()

    app = docs_pages.create_app(
        title="newsfacts",
        version=newsfacts.__version__,
        summary="Typed, source-grounded facts from Vietnamese Party-building news.",
        lifespan=lifespan,
    )
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    errors.install(app, settings.time_limit)
    problems.document(app)
    BatchRequest = batch_request_model(settings.max_batch)

    @app.post("/extract", response_model=Article, responses=_ERRORS, tags=["extract"])
    async def extract_one(request: ExtractRequest) -> Article:
        """Facts and metadata of one article: one record of the facts contract."""
        return await runner().one(request.text, request.source)

    @app.post("/extract/batch", response_model=BatchResponse, responses=_ERRORS, tags=["extract"])
    async def extract_batch(request: BatchRequest) -> BatchResponse:  # type: ignore[valid-type]
        """Records of several articles, in the order given."""
        items = [(a.text, a.source) for a in request.articles]
        return BatchResponse(articles=await runner().many(items))

    @app.get("/schema", responses=_BUG, tags=["meta"])
    async def schema() -> dict[str, Any]:
        """JSON Schema of one record (what /extract returns and each line of JSON Lines output)."""
        return json_schema()

    @app.get("/health", response_model=Health, responses=_BUG, tags=["meta"])
    async def health() -> Health:
        """Liveness, the version serving, and the limits a client must respect."""
        return Health(version=newsfacts.__version__, limits=settings.limits())

    return app


def app_from_env() -> FastAPI:
    """Factory for uvicorn workers: settings from the ``NEWSFACTS_*`` variables ``serve`` exported."""
    # Dropped candidates are in each record's "rejected"; a log line per article would bury real errors.
    logging.getLogger("newsfacts.pipeline").setLevel(logging.ERROR)
    return create_app(ServerSettings.from_env())
