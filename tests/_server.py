"""Start a real newsfacts server in a subprocess on a free loopback port, for the service tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

HOST = "127.0.0.1"
TESTS = Path(__file__).resolve().parent
START_TIMEOUT = 60.0
CLI = "import sys; from newsfacts.cli import main; sys.argv[0] = 'newsfacts'; main()"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def cli_command(port: int, *options: str) -> list[str]:
    """``newsfacts serve`` through the package's own entry point, with this interpreter."""
    return [
        sys.executable,
        "-c",
        CLI,
        "serve",
        "--host",
        HOST,
        "--port",
        str(port),
        "--log-level",
        "warning",
        *options,
    ]


def uvicorn_command(port: int, factory: str) -> list[str]:
    """uvicorn serving an app factory from the tests folder (a test-only app)."""
    return [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        factory,
        "--app-dir",
        str(TESTS),
        "--host",
        HOST,
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]


@contextmanager
def running(command: list[str], port: int, env: dict[str, str] | None = None) -> Iterator[str]:
    """Run ``command``, wait until ``/health`` answers, yield the base URL, then stop the process."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFACTS_")}
    full_env.update(env or {})
    proc = subprocess.Popen(
        command, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    base = f"http://{HOST}:{port}"
    try:
        _wait_ready(proc, base)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        if proc.stdout:
            proc.stdout.close()


def _wait_ready(proc: subprocess.Popen, base: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            output = proc.stdout.read() if proc.stdout else ""
            raise RuntimeError(f"server exited with {proc.returncode} before answering:\n{output}")
        try:
            if httpx.get(f"{base}/health", timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"server at {base} did not answer within {START_TIMEOUT} s")
