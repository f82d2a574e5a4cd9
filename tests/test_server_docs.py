"""``/docs`` and ``/redoc`` work without internet: every asset they load comes from the service.

A real ``newsfacts serve`` on loopback. The HTML is parsed for every URL it loads
(scripts, styles, icons, images); each must be on the service's own origin and
answer 200 with the right content type. A headless Chromium that can resolve no
host but the service's then opens ``/docs`` and ``/redoc``: they must render the
operations, and its network log must show no request of the page to another
host (needs Debian's ``chromium``; skipped without it, saying so).
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from tests._browser import CHROMIUM, HEADLESS_FLAGS, needs_browser

MISSING = [m for m in ("fastapi", "uvicorn", "httpx") if importlib.util.find_spec(m) is None]
pytestmark = pytest.mark.skipif(bool(MISSING), reason=f"needs the server extra and httpx; missing {MISSING}")

PAGES = ("/docs", "/redoc")
# The name the browser reaches the service by, as in a closed network; no other name resolves.
DOCS_HOST = "newsfacts.test"
# (tag, attribute) pairs whose URL the browser fetches while loading the page.
LOADING = frozenset(
    {("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"), ("source", "src")}
)
CONTENT_TYPES = {".js": "javascript", ".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml"}


class _LoadedUrls(HTMLParser):
    """URLs the browser fetches while loading a page (not the links a reader may follow)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and ((tag, name) in LOADING or name in {"spec-url", "style"}):
                self.urls.extend(_css_urls(value) if name == "style" else [value])
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.urls.extend(_css_urls(data))


def _css_urls(css: str) -> list[str]:
    found = re.findall(r"url\(\s*['\"]?([^'\")\s]+)", css)
    found += re.findall(r"@import\s+['\"]([^'\"]+)", css)
    return [u for u in found if not u.startswith("data:")]


def _loaded_urls(html: str) -> list[str]:
    parser = _LoadedUrls()
    parser.feed(html)
    return parser.urls


def _same_origin(base: str, url: str) -> bool:
    target, origin = urlsplit(urljoin(base + "/", url)), urlsplit(base)
    return (target.scheme, target.netloc) == (origin.scheme, origin.netloc)


@pytest.fixture(scope="module")
def base() -> str:
    from _server import cli_command, free_port, running

    port = free_port()
    with running(cli_command(port), port) as url:
        yield url


@pytest.mark.parametrize("page", PAGES)
def test_page_loads_only_assets_of_the_service(base, page):
    import httpx

    response = httpx.get(base + page)
    assert response.status_code == 200 and "text/html" in response.headers["content-type"]
    urls = _loaded_urls(response.text)
    assert any(u.endswith(".js") for u in urls), urls
    foreign = [u for u in urls if not _same_origin(base, u)]
    assert not foreign, f"{page} loads from other hosts: {foreign}"
    for url in urls:
        asset = httpx.get(urljoin(base + "/", url))
        assert asset.status_code == 200, (url, asset.status_code)
        want = CONTENT_TYPES.get(Path(urlsplit(url).path).suffix, "application/json")
        assert want in asset.headers["content-type"], (url, asset.headers["content-type"])
        if url.endswith(".css"):
            outside = [u for u in _css_urls(asset.text) if not _same_origin(base, urljoin(base + url, u))]
            assert not outside, f"{url} loads from other hosts: {outside}"


def test_missing_asset_is_a_404_problem(base):
    import httpx

    html = httpx.get(base + "/docs").text
    script = next(u for u in _loaded_urls(html) if u.endswith(".js"))
    response = httpx.get(urljoin(base + "/", script.rsplit("/", 1)[0] + "/no-such-file.js"))
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


# --- in a browser that can reach nothing but the service ---------------------------------------




def offline_page(tmp_path: Path, url: str) -> tuple[str, list[str]]:
    """``url`` rendered by a Chromium that resolves DOCS_HOST to loopback and no other host name.

    Returns the rendered DOM and the URL of every request the page itself made
    (from Chromium's network log; the browser's own background requests are left out).
    """
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    netlog = profile.with_suffix(".netlog.json")
    command = [
        CHROMIUM or "chromium",
        *HEADLESS_FLAGS,
        f"--user-data-dir={profile}",
        f"--host-resolver-rules=MAP {DOCS_HOST} 127.0.0.1, MAP * ~NOTFOUND",
        "--virtual-time-budget=15000",
        f"--log-net-log={netlog}",
        "--dump-dom",
        url,
    ]
    dom = subprocess.run(command, capture_output=True, text=True, timeout=180, check=True).stdout
    return dom, _requests_made_by(json.loads(netlog.read_text()), _origin(url))


def _requests_made_by(netlog: dict, origin: str) -> list[str]:
    start = netlog["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [
        e["params"]["url"]
        for e in netlog["events"]
        if e["type"] == start and e.get("params", {}).get("initiator") == origin
    ]


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@needs_browser
def test_swagger_ui_renders_the_operations_offline(base, tmp_path):
    url = f"http://{DOCS_HOST}:{urlsplit(base).port}/docs"
    dom, requests = offline_page(tmp_path, url)
    paths = set(re.findall(r'class="opblock-summary-path"[^>]*data-path="([^"]+)"', dom))
    assert {"/extract", "/extract/batch", "/schema", "/health"} <= paths, dom[-2000:]
    assert any(r.endswith(".js") for r in requests), requests
    assert [r for r in requests if _origin(r) != _origin(url)] == []


@needs_browser
def test_redoc_renders_the_operations_offline(base, tmp_path):
    url = f"http://{DOCS_HOST}:{urlsplit(base).port}/redoc"
    dom, requests = offline_page(tmp_path, url)
    assert "/extract/batch" in dom and "Facts and metadata of one article" in dom, dom[-2000:]
    assert any(r.endswith(".js") for r in requests), requests
    assert [r for r in requests if _origin(r) != _origin(url)] == []
