"""Worker processes of ``newsfacts extract --jobs N`` end when the run that started them is killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from _articles import ARTICLE_TEXTS

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")

RUN = "from newsfacts.cli import main; main()"
WAIT = 60.0
"""Upper bound of every wait, far above what each step takes; a step that never happens fails the test."""


def _stat(pid: int) -> list[str] | None:
    """State, parent and the rest of /proc/PID/stat, or None once the process is gone."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def _alive(pid: int) -> bool:
    fields = _stat(pid)
    return fields is not None and fields[0] not in ("Z", "X")  # a zombie has ended


def _workers(parent: int) -> set[int]:
    """Children of ``parent`` running the same command line (forked pool workers)."""
    own = (Path("/proc") / str(parent) / "cmdline").read_bytes()
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat(int(entry.name))) and int(fields[1]) == parent:
            try:
                if (entry / "cmdline").read_bytes() == own:
                    found.add(int(entry.name))
            except OSError:
                continue
    return found


def _until(condition: Callable[[], bool]) -> bool:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_workers_end_when_the_run_is_killed(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    line = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in ARTICLE_TEXTS.values())
    feed.write_text(line * 50_000, encoding="utf-8")  # far more than is done before the kill
    out = tmp_path / "facts.jsonl"
    checkpoint = tmp_path / ".facts.jsonl.partial"
    run = subprocess.Popen(
        [sys.executable, "-c", RUN, "extract", str(feed), "-o", str(out), "--jobs", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    try:
        assert _until(lambda: checkpoint.exists() and checkpoint.stat().st_size > 0), "no article was written"
        workers = _workers(run.pid)
        assert len(workers) == 2
        run.send_signal(signal.SIGKILL)
        run.wait()
        assert _until(lambda: not any(_alive(w) for w in workers)), "workers outlived the run"
    finally:
        run.kill()
        run.wait()
        for worker in workers:
            if _alive(worker):
                os.kill(worker, signal.SIGKILL)
