"""Property-based run of the live service against its own OpenAPI document.

Uses schemathesis 4's Python API (pinned ``schemathesis>=4,<5``):
``schemathesis.openapi.from_url`` loads ``/openapi.json`` from a uvicorn subprocess
on loopback, ``APIOperation.as_strategy`` generates requests (valid ones and, in
negative mode, invalid ones), and ``Case.call_and_validate`` sends each over real
HTTP and runs every schemathesis check, among them that no answer is a server
error (5xx). Each operation and mode gets ``MAX_EXAMPLES`` requests.

The pytest integration's ``schemathesis.pytest.from_fixture`` is not used: with
pytest 9.2 it fails on the removed ``Node._nodeid`` attribute.
"""

from __future__ import annotations

import importlib.util

import pytest

MISSING = [m for m in ("fastapi", "uvicorn", "httpx", "schemathesis") if importlib.util.find_spec(m) is None]
if MISSING:
    pytest.skip(f"needs the server extra, httpx and schemathesis; missing {MISSING}", allow_module_level=True)

import schemathesis  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402

if not schemathesis.__version__.startswith("4."):
    pytest.skip(f"written for schemathesis 4.x, found {schemathesis.__version__}", allow_module_level=True)

MAX_EXAMPLES = 100
OPERATIONS = [("POST", "/extract"), ("POST", "/extract/batch"), ("GET", "/schema"), ("GET", "/health")]
POSITIVE, NEGATIVE = schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE
# Invalid requests can only be made where there is input: the two POST bodies.
RUNS = [(m, p, POSITIVE) for m, p in OPERATIONS] + [(m, p, NEGATIVE) for m, p in OPERATIONS if m == "POST"]


@pytest.fixture(scope="module")
def live_schema():
    from _server import cli_command, free_port, running

    port = free_port()
    command = cli_command(port, "--max-batch", "4", "--max-body-bytes", "262144", "--timeout", "20")
    with running(command, port) as base:
        yield schemathesis.openapi.from_url(f"{base}/openapi.json", timeout=10)


def test_spec_lists_exactly_the_operations_tested(live_schema):
    found = {(op.ok().method.upper(), op.ok().path) for op in live_schema.get_all_operations()}
    assert found == set(OPERATIONS)


@pytest.mark.parametrize(("method", "path", "mode"), RUNS, ids=[f"{m} {p} {g.value}" for m, p, g in RUNS])
def test_no_server_error_and_answers_match_the_spec(live_schema, method, path, mode):
    operation = live_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None
    )
    def check(case):
        case.call_and_validate(timeout=30)

    check()
