"""``newsfacts serve`` tested over real HTTP: a uvicorn subprocess on a free loopback port.

Article texts are written for these tests.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import socket
import subprocess
import sys
import time

import pytest

import newsfacts
from newsfacts.records import Article, json_schema
from newsfacts.server.settings import ServerSettings, SettingsError

MISSING = [m for m in ("fastapi", "uvicorn", "httpx") if importlib.util.find_spec(m) is None]
needs_server = pytest.mark.skipif(
    bool(MISSING), reason=f"needs the server extra and httpx; missing {MISSING}"
)

MAX_BODY = 65_536
MAX_BATCH = 3
TEXT_1 = (
    "Năm 2024, Huyện ủy mở 3 lớp trung cấp lý luận chính trị cho 205 học viên. "
    "Tỷ lệ đảng viên nữ đạt 34,5%, tăng 2% so với năm trước."
)
TEXT_2 = "Đảng bộ phấn đấu đến năm 2027 kết nạp 60 đảng viên mới; hiện có 1.430 đảng viên."
TEXT_3 = "Trong quý I, thành phố đã kiểm tra 42 tổ chức đảng và 97 đảng viên."


@pytest.fixture(scope="module")
def base() -> str:
    """``newsfacts serve`` with limits from options (body, timeout) and the environment (batch)."""
    from _server import cli_command, free_port, running

    port = free_port()
    command = cli_command(port, "--max-body-bytes", str(MAX_BODY), "--timeout", "20")
    with running(command, port, env={"NEWSFACTS_MAX_BATCH": str(MAX_BATCH), "NEWSFACTS_THREADS": "2"}) as url:
        yield url


@pytest.fixture(scope="module")
def slow_base() -> str:
    """A test-only app whose extractor sleeps on the text "slow", with a 1 s limit and one thread."""
    from _server import free_port, running, uvicorn_command

    port = free_port()
    env = {"NEWSFACTS_TIMEOUT": "1", "NEWSFACTS_THREADS": "1"}
    with running(uvicorn_command(port, "_slow_app:create"), port, env=env) as url:
        yield url


def post(base: str, path: str, body: object):
    """POST ``body`` as ASCII JSON (so that even an unpaired surrogate escape can be sent)."""
    import httpx

    headers = {"content-type": "application/json"}
    return httpx.post(f"{base}{path}", content=json.dumps(body).encode(), headers=headers, timeout=30)


# RFC 9110's reason phrases: with the problem type "about:blank", RFC 9457 makes them the title.
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


def assert_problem(body: dict, status: int) -> dict:
    """An RFC 9457 problem details object that still carries the former ``error`` and ``detail``."""
    assert set(body) == {"type", "title", "status", "detail", "error"}, body
    assert (body["type"], body["title"], body["status"]) == ("about:blank", TITLES[status], status)
    assert isinstance(body["error"], str) and body["error"]
    return body


def assert_error(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return assert_problem(response.json(), status)


# --- endpoints ---------------------------------------------------------------------------------


@needs_server
def test_health_reports_version_and_limits_from_options_and_env(base):
    import httpx

    body = httpx.get(f"{base}/health").json()
    assert body["status"] == "ok"
    assert body["version"] == newsfacts.__version__
    assert body["limits"] == {"max_body_bytes": MAX_BODY, "max_batch": MAX_BATCH, "timeout": 20.0}


@needs_server
def test_extract_returns_the_contract_record(base):
    response = post(base, "/extract", {"text": TEXT_1, "source": "tin/a.txt"})
    assert response.status_code == 200, response.text
    record = response.json()
    assert record == newsfacts.extract(TEXT_1, source="tin/a.txt").model_dump(mode="json")
    Article.model_validate(record)
    assert record["source"] == "tin/a.txt"
    course = next(f for f in record["facts"] if f["type"] == "course")
    assert (course["classes"], course["learners"]) == (3, 205)
    start, end = course["span"]
    assert TEXT_1[start:end] == course["text"]


@needs_server
def test_extract_source_is_optional(base):
    response = post(base, "/extract", {"text": TEXT_3})
    assert response.status_code == 200
    assert response.json()["source"] is None


@needs_server
def test_batch_returns_records_in_order(base):
    texts = [TEXT_3, TEXT_1, TEXT_2]
    body = {"articles": [{"text": t, "source": f"s{i}"} for i, t in enumerate(texts)]}
    response = post(base, "/extract/batch", body)
    assert response.status_code == 200, response.text
    records = response.json()["articles"]
    assert [r["source"] for r in records] == ["s0", "s1", "s2"]
    assert records == [newsfacts.extract(t, f"s{i}").model_dump(mode="json") for i, t in enumerate(texts)]


@needs_server
def test_empty_batch_is_an_empty_answer(base):
    response = post(base, "/extract/batch", {"articles": []})
    assert response.status_code == 200
    assert response.json() == {"articles": []}


@needs_server
def test_schema_is_the_record_schema(base):
    import httpx

    assert httpx.get(f"{base}/schema").json() == json_schema()


@needs_server
def test_openapi_and_docs_describe_the_records(base):
    import httpx

    spec = httpx.get(f"{base}/openapi.json").json()
    assert {"/extract", "/extract/batch", "/schema", "/health"} <= set(spec["paths"])
    ok = spec["paths"]["/extract"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/Article"}
    assert {"Article", "Course", "Count", "Rate", "Target", "Problem"} <= set(
        spec["components"]["schemas"]
    )
    batch = spec["components"]["schemas"]["BatchRequest"]["properties"]["articles"]
    assert batch["maxItems"] == MAX_BATCH
    docs = httpx.get(f"{base}/docs")
    assert docs.status_code == 200 and "text/html" in docs.headers["content-type"]


# --- limits and errors -------------------------------------------------------------------------


@needs_server
def test_too_many_articles_is_refused(base):
    body = {"articles": [{"text": TEXT_3}] * (MAX_BATCH + 1)}
    error = assert_error(post(base, "/extract/batch", body), 422)
    assert "too many articles" in error["error"]
    assert f"at most {MAX_BATCH}" in json.dumps(error["detail"])


@needs_server
def test_declared_oversized_body_is_refused_before_it_is_sent(base):
    # Headers only: the server must answer from Content-Length alone, without waiting for the body.
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(
            b"POST /extract HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            b"Content-Length: 50000000\r\n\r\n"
        )
        reply = b""
        while b"\r\n\r\n" not in reply or not reply.rstrip().endswith(b"}"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            reply += chunk
    head, _, payload = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 413"), head
    assert b"\r\ncontent-type: application/problem+json\r\n" in head.lower() + b"\r\n", head
    body = assert_problem(json.loads(payload), 413)
    assert body["error"] == "request body too large"
    assert body["detail"]["max_body_bytes"] == MAX_BODY


@needs_server
def test_streamed_oversized_body_is_refused(base):
    import httpx

    def chunks():  # chunked transfer: no Content-Length for the server to check up front
        for _ in range(5):
            yield b"x" * 20_000

    response = httpx.post(
        f"{base}/extract", content=chunks(), headers={"content-type": "application/json"}, timeout=30
    )
    error = assert_error(response, 413)
    assert error["detail"]["max_body_bytes"] == MAX_BODY


@needs_server
def test_body_just_under_the_limit_is_read(base):
    text = "Huyện có 12 xã. " + "a" * (MAX_BODY - 200)
    response = post(base, "/extract", {"text": text})
    assert response.status_code == 200, response.text


@needs_server
def test_malformed_json_says_where(base):
    import httpx

    response = httpx.post(
        f"{base}/extract", content=b'{"text": "abc', headers={"content-type": "application/json"}
    )
    error = assert_error(response, 422)
    assert error["error"] == "malformed JSON"
    assert error["detail"][0]["type"] == "json_invalid"


@needs_server
@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/extract", {"text": 42}, "text"),
        ("/extract", {"text": "Có 5 xã.", "source": ["a"]}, "source"),
        ("/extract", {}, "text"),
        ("/extract", {"text": "Có 5 xã.", "lang": "vi"}, "lang"),
        ("/extract", ["Có 5 xã."], "body"),
        ("/extract", {"text": "Có 5 xã.\ud800"}, "text"),
        ("/extract/batch", {"articles": "Có 5 xã."}, "articles"),
        ("/extract/batch", {"articles": [{"text": "Có 5 xã."}, {"text": None}]}, "text"),
    ],
)
def test_wrong_fields_and_types_say_what_was_wrong(base, path, body, field):
    error = assert_error(post(base, path, body), 422)
    assert error["error"].startswith("invalid request")
    assert any(field in map(str, problem["loc"]) for problem in error["detail"]), error
    assert all({"loc", "msg", "type"} <= set(p) for p in error["detail"])


@needs_server
def test_body_that_is_not_json_is_explained(base):
    import httpx

    response = httpx.post(f"{base}/extract", content="Có 5 xã.", headers={"content-type": "text/plain"})
    error = assert_error(response, 422)
    assert "application/json" in error["error"]


@needs_server
def test_unknown_path_and_method_answer_in_the_error_format(base):
    import httpx

    assert assert_error(httpx.get(f"{base}/nowhere"), 404)["error"] == "Not Found"
    assert assert_error(httpx.delete(f"{base}/extract"), 405)["error"] == "Method Not Allowed"


@needs_server
def test_body_that_is_not_utf8_is_a_bad_request(base):
    import httpx

    response = httpx.post(
        f"{base}/extract", content=b'{"text": "\xff\xfe"}', headers={"content-type": "application/json"}
    )
    assert assert_error(response, 400)["error"] == "malformed body"


def test_content_length_that_is_not_a_number_is_a_problem():
    # uvicorn refuses such a request itself; other ASGI servers pass it on to the middleware.
    from newsfacts.server.body_limit import BodyLimitMiddleware

    sent: list[dict] = []

    async def app(scope, receive, send):
        raise AssertionError("the application must not be called")

    async def receive():
        return {"type": "http.request", "body": b"{}", "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/extract", "headers": [(b"content-length", b"abc")]}
    asyncio.run(BodyLimitMiddleware(app, max_bytes=100)(scope, receive, send))
    start, body = sent
    assert start["status"] == 400
    assert (b"content-type", b"application/problem+json") in start["headers"]
    assert assert_problem(json.loads(body["body"]), 400)["error"] == "invalid Content-Length header"


@needs_server
def test_unexpected_failure_is_a_500_problem(slow_base):
    import httpx

    error = assert_error(httpx.get(f"{slow_base}/crash"), 500)
    assert (error["error"], error["detail"]) == ("internal error", "RuntimeError")
    assert httpx.get(f"{slow_base}/health").status_code == 200


@needs_server
def test_openapi_documents_every_error_as_a_problem(base):
    import httpx

    spec = httpx.get(f"{base}/openapi.json").json()
    problem = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            errors = {code: r for code, r in operation["responses"].items() if not code.startswith("2")}
            want = {"500"} | ({"400", "413", "422", "503", "504"} if method == "post" else set())
            assert set(errors) == want, (method, path, sorted(errors))
            assert all(r["content"] == problem for r in errors.values()), (method, path, errors)
    schema = spec["components"]["schemas"]["Problem"]
    fields = {"type", "title", "status", "detail", "error"}
    assert set(schema["required"]) == set(schema["properties"]) == fields


@needs_server
def test_timeout_answers_504_and_the_server_keeps_serving(slow_base):
    import httpx

    started = time.monotonic()
    error = assert_error(post(slow_base, "/extract", {"text": "slow"}), 504)
    assert time.monotonic() - started < 2.5
    assert "time limit" in error["detail"]
    # The one extraction thread is still busy: /health answers, extraction waits, then says busy.
    assert httpx.get(f"{slow_base}/health", timeout=5).status_code == 200
    busy = post(slow_base, "/extract", {"text": TEXT_3})
    assert "no extraction slot" in assert_error(busy, 503)["detail"]
    assert busy.headers["retry-after"] == "1"
    # Once the slow job ends, extraction works again.
    deadline = time.monotonic() + 30  # generous: CI machines may be busy
    while (response := post(slow_base, "/extract", {"text": TEXT_3})).status_code != 200:
        assert response.status_code == 503 and time.monotonic() < deadline, response.text
        time.sleep(0.2)
    assert any(f["type"] == "count" for f in response.json()["facts"])


@needs_server
def test_timed_out_batch_stops_between_articles(slow_base):
    assert_error(post(slow_base, "/extract/batch", {"articles": [{"text": "slow"}] * 3}), 504)
    started = time.monotonic()
    deadline = started + 15
    while (response := post(slow_base, "/extract", {"text": TEXT_3})).status_code != 200:
        assert time.monotonic() < deadline, response.text
        time.sleep(0.2)
    # Three slow articles would hold the thread for 9 s; the batch gave up after the first.
    assert time.monotonic() - started < 6


@needs_server
def test_extractor_failure_is_a_client_error_not_a_crash(slow_base):
    error = assert_error(post(slow_base, "/extract", {"text": "boom"}), 422)
    assert "RuntimeError" in error["detail"]
    assert post(slow_base, "/extract", {"text": TEXT_3}).status_code == 200


@needs_server
def test_two_workers_serve(tmp_path):
    from _server import cli_command, free_port, running

    port = free_port()
    with running(cli_command(port, "--workers", "2"), port) as url:
        for _ in range(4):
            assert post(url, "/extract", {"text": TEXT_2}).status_code == 200


# --- command line and settings (no server needed) ----------------------------------------------


def _serve(*args: str, env: dict[str, str] | None = None, prelude: str = "") -> subprocess.CompletedProcess:
    code = f"import sys; {prelude}from newsfacts.cli import main; sys.argv[0] = 'newsfacts'; main()"
    return subprocess.run(
        [sys.executable, "-c", code, "serve", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**_clean_env(), **(env or {})},
    )


def _clean_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("NEWSFACTS_")}


@pytest.mark.parametrize("module", ["fastapi", "uvicorn", "fastapi_offline"])
def test_missing_extra_is_named(module):
    result = _serve(prelude=f"sys.modules[{module!r}] = None; ")
    assert result.returncode == 2, result.stderr
    assert "newsfacts[server]" in result.stderr and module in result.stderr


def test_bad_environment_setting_is_a_usage_error():
    result = _serve(env={"NEWSFACTS_MAX_BATCH": "lots"})
    assert result.returncode == 2
    assert "NEWSFACTS_MAX_BATCH" in result.stderr


def test_settings_options_override_environment():
    env = {"NEWSFACTS_PORT": "9001", "NEWSFACTS_TIMEOUT": "2.5", "NEWSFACTS_MAX_BATCH": "7"}
    settings = ServerSettings.from_env(env, max_batch=9, timeout=None)
    assert (settings.host, settings.port, settings.timeout, settings.max_batch) == ("127.0.0.1", 9001, 2.5, 9)
    assert ServerSettings.from_env(settings.to_env()) == settings
    assert ServerSettings(timeout=0).time_limit is None


@pytest.mark.parametrize(
    "env", [{"NEWSFACTS_WORKERS": "0"}, {"NEWSFACTS_TIMEOUT": "-1"}, {"NEWSFACTS_PORT": "x"}]
)
def test_settings_out_of_range_are_refused(env):
    with pytest.raises(SettingsError):
        ServerSettings.from_env(env)


def test_loopback_detection():
    from newsfacts.cli.serve import _is_loopback

    assert _is_loopback("127.0.0.1") and _is_loopback("::1") and _is_loopback("localhost")
    assert not _is_loopback("0.0.0.0") and not _is_loopback("example.org")
