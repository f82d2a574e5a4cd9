"""Headless Chromium as the browser tests start it: no sandbox (root on CI), no GPU, and none of
the background connections a closed network refuses."""

from __future__ import annotations

import os
import shutil

import pytest

HEADLESS_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def find_chromium() -> str | None:
    names = [os.environ.get("NEWSFACTS_CHROMIUM", ""), "chromium", "chromium-browser", "google-chrome"]
    return next((found for name in names if name and (found := shutil.which(name))), None)


CHROMIUM = find_chromium()
needs_browser = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary found (Debian: apt-get install -y chromium)"
)
