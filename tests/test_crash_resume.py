"""A run killed with SIGKILL part way, then resumed: every article exactly once, nothing half-written.

``newsfacts extract`` runs as a subprocess (with ``--jobs 2``, in its own
process group) over a few hundred small articles; once its output shows
progress, the whole group gets SIGKILL. Running the same command with
``--resume`` must then give every article exactly once, every JSON line
parsing, the SQLite database passing ``integrity_check``, and the same
facts as an uninterrupted run.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsfacts import batch
from newsfacts.io.writers.jsonl import checkpoint_path

ARTICLES = 600
PATIENCE = 120.0  # seconds to wait for progress before giving up (not a performance limit)


def article(i: int) -> str:
    return (
        f"Đảng bộ xã thứ {i} tổng kết công tác năm.\n"
        f"Năm qua, Đảng bộ kết nạp {i % 40 + 3} đảng viên mới, đạt {90 + i % 11}% kế hoạch. "
        f"Huyện ủy mở {i % 4 + 1} lớp bồi dưỡng cho {i % 90 + 40} học viên. "
        f"Phấn đấu đến năm 2030 có {i % 20 + 70}% chi bộ đạt trong sạch, vững mạnh. "
        f"Toàn Đảng bộ hiện có {i + 150} đảng viên sinh hoạt tại {i % 13 + 5} chi bộ.\n"
    )


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("crash") / "in"
    for i in range(ARTICLES):
        folder = root / f"{i // 100:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"bai-{i:04d}.txt").write_text(article(i), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def expected(inputs: Path) -> dict[str, list]:
    """Facts by source from an uninterrupted run in this process."""
    files = batch.find_inputs([inputs])
    out = {}
    for outcome in batch.run(files, jobs=1):
        assert not isinstance(outcome, batch.Failure), outcome
        out[outcome.source] = [f.model_dump(mode="json") for f in outcome.facts]
    assert len(out) == ARTICLES
    return out


CLI = [sys.executable, "-c", "from newsfacts.cli import main; main()", "extract"]


def command(inputs: Path | list[Path], output: Path, *extra: str) -> list[str]:
    paths = [str(p) for p in inputs] if isinstance(inputs, list) else [str(inputs)]
    return [*CLI, *paths, "-o", str(output), "--jobs", "2", *extra]


def progress(output: Path) -> int:
    """Articles the killed-to-be run has made durable so far (a lower bound; never raises)."""
    try:
        if output.suffix == ".jsonl":
            partial = checkpoint_path(output)
            return partial.read_bytes().count(b"\n") if partial.exists() else 0
        if not output.exists():
            return 0
        with sqlite3.connect(f"file:{output}?mode=ro", uri=True, timeout=0.1) as db:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
    except (OSError, sqlite3.Error):
        return 0


def run_and_kill(inputs: Path, output: Path, at_least: int) -> bool:
    """Start a run, SIGKILL its process group once ``at_least`` articles are out; True if it was killed."""
    proc = subprocess.Popen(
        command(inputs, output),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        give_up = time.monotonic() + PATIENCE
        while proc.poll() is None and time.monotonic() < give_up:
            if progress(output) >= at_least:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                return True
            time.sleep(0.01)
        return False
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def jsonl_facts(output: Path) -> list[tuple[str, list]]:
    lines = output.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]  # every line parses
    return [(r["source"], r["facts"]) for r in records]


def sqlite_facts(output: Path) -> list[tuple[str, int]]:
    with sqlite3.connect(output) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = db.execute("SELECT source, n_facts FROM articles ORDER BY source").fetchall()
        (facts,) = db.execute("SELECT count(*) FROM facts").fetchone()
        (orphans,) = db.execute(
            "SELECT count(*) FROM facts WHERE source NOT IN (SELECT source FROM articles)"
        ).fetchone()
    assert orphans == 0
    assert facts == sum(n for _, n in rows)
    return rows


@pytest.mark.parametrize("fmt", ["jsonl", "sqlite"])
def test_killed_run_resumes_with_every_article_exactly_once(
    inputs: Path, expected: dict[str, list], tmp_path: Path, fmt: str
) -> None:
    output = tmp_path / f"facts.{fmt}"
    # SQLite commits every 200 articles: wait for the first batch; JSON Lines flushes every article.
    killed = run_and_kill(inputs, output, at_least=200 if fmt == "sqlite" else 50)
    if killed:
        kept = progress(output)
        assert 0 < kept < ARTICLES or fmt == "sqlite"
        if fmt == "jsonl":
            assert not output.exists()  # the output appears only when a run ends

    result = subprocess.run(command(inputs, output, "--resume"), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert not checkpoint_path(output).exists()

    if fmt == "jsonl":
        got = jsonl_facts(output)
        sources = [s for s, _ in got]
        assert len(sources) == len(set(sources)) == ARTICLES
        assert dict(got) == expected
    else:
        rows = sqlite_facts(output)
        assert [s for s, _ in rows] == sorted(expected)
        assert {s: n for s, n in rows} == {s: len(f) for s, f in expected.items()}
    assert killed, "the run ended before it could be killed; the resume was checked on a finished output"


def test_a_checkpoint_cut_mid_line_is_resumed(
    inputs: Path, expected: dict[str, list], tmp_path: Path
) -> None:
    """What a kill between two writes can leave: a last line without its end; it is dropped and redone."""
    output = tmp_path / "facts.jsonl"
    files = batch.find_inputs([inputs])[:30]
    lines = [
        json.dumps({"source": str(p), "facts": expected[str(p)]}, ensure_ascii=False) + "\n"
        for p in files[:10]
    ]
    cut = json.dumps({"source": str(files[10]), "facts": expected[str(files[10])]}, ensure_ascii=False)
    checkpoint_path(output).write_text("".join(lines) + lines[3] + cut[: len(cut) // 2], encoding="utf-8")
    result = subprocess.run(
        command(files, output, "--resume"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    got = jsonl_facts(output)
    assert [s for s, _ in got] == [str(p) for p in files]  # the duplicated line is kept once
    assert dict(got) == {str(p): expected[str(p)] for p in files}
