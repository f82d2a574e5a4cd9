"""A test-only app whose extractor can be made slow or fail, to test time limits and errors."""

from __future__ import annotations

import time

import newsfacts
from newsfacts.records import Article
from newsfacts.server.app import create_app
from newsfacts.server.settings import ServerSettings

SLOW_SECONDS = 3.0


def _extract(text: str, source: str | None) -> Article:
    if text == "slow":
        time.sleep(SLOW_SECONDS)
    elif text == "boom":
        raise RuntimeError("the extractor broke")
    return newsfacts.extract(text, source)


def create():
    """App factory for ``uvicorn --factory _slow_app:create``; limits from NEWSFACTS_* variables.

    ``GET /crash`` fails with an error no handler expects, as a bug would.
    """
    app = create_app(ServerSettings.from_env(), extract=_extract)

    @app.get("/crash", include_in_schema=False)
    async def crash() -> None:
        raise RuntimeError("a bug")

    return app
