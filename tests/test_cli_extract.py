"""``newsfacts extract`` end to end: outputs, summary, error report, exit status, resume."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from _articles import ARTICLE_TEXTS, write_articles
from _formats import comparable, read_jsonl, rows_from, sources_in
from newsfacts.cli import app

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def invoke(*args: str) -> Result:
    """Run ``newsfacts extract ARGS`` in this process."""
    return CliRunner().invoke(app, ["extract", *args], catch_exceptions=False)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    write_articles(root)
    return root


def test_jsonl_to_stdout_and_summary_on_stderr(corpus: Path) -> None:
    result = invoke(str(corpus), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(corpus / n) for n in sorted(ARTICLE_TEXTS)]
    assert "4 articles" in result.stderr
    assert "0 failed" in result.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "sqlite"])
def test_output_file_by_extension(corpus: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"facts.{fmt}"
    result = invoke(str(corpus), "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    assert out.exists()
    assert result.stdout == ""


def test_every_format_holds_the_same_facts(corpus: Path, tmp_path: Path) -> None:
    outs = [tmp_path / f"facts.{fmt}" for fmt in ("jsonl", "csv", "parquet", "sqlite")]
    for out in outs:
        assert invoke(str(corpus), "-o", str(out), "--jobs", "2").exit_code == 0
    reference = comparable(rows_from(outs[0]))
    for out in outs[1:]:
        assert comparable(rows_from(out)) == reference, out.suffix


@pytest.mark.skipif(not any(CORPUS.glob("*.txt")), reason="the project corpus has no articles yet")
def test_project_corpus_gives_the_same_facts_in_every_format(tmp_path: Path) -> None:
    outs = [tmp_path / f"facts.{fmt}" for fmt in ("jsonl", "csv", "parquet", "sqlite")]
    for out in outs:
        result = invoke(str(CORPUS), "-o", str(out))
        assert result.exit_code == 0, result.stderr
    reference = comparable(rows_from(outs[0]))
    assert reference, "the corpus should yield facts"
    for out in outs[1:]:
        assert comparable(rows_from(out)) == reference, out.suffix


def test_unknown_output_format_is_a_usage_error(corpus: Path, tmp_path: Path) -> None:
    result = invoke(str(corpus), "-o", str(tmp_path / "facts.xml"))
    assert result.exit_code == 2
    assert ".jsonl, .csv, .parquet, .sqlite" in result.stderr


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke(str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert "nowhere" in result.stderr


def test_resume_needs_an_output_file(corpus: Path) -> None:
    assert invoke(str(corpus), "--resume").exit_code == 2


def test_failures_go_to_the_report_and_exit_status_is_1(corpus: Path, tmp_path: Path) -> None:
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02\x03\xff\xfe\xfd" * 40)
    feed = corpus / "feed.jsonl"
    feed.write_text('{"text": "Có 6 chi bộ trực thuộc."}\n{"text": \n', encoding="utf-8")
    out, errors = tmp_path / "facts.jsonl", tmp_path / "errors.jsonl"
    result = invoke(str(corpus), "-o", str(out), "--errors", str(errors), "--jobs", "2")
    assert result.exit_code == 1
    report = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(Path(r["path"]).name, r["line"]) for r in report] == [("broken.txt", None), ("feed.jsonl", 2)]
    assert all(r["reason"] for r in report)
    assert "2 failed" in result.stderr
    assert "broken.txt" in result.stderr and "feed.jsonl:2" in result.stderr
    assert len(read_jsonl(out)) == 5  # the good files and the good line


def test_include_and_exclude_options(corpus: Path) -> None:
    result = invoke(str(corpus), "--include", "*.txt", "--exclude", "*/sub/*", "--jobs", "1")
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert [Path(s).name for s in sources] == ["a.txt", "b.txt"]


def test_text_field_option(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"noi_dung": "Đã kết nạp 9 đảng viên."}\n', encoding="utf-8")
    result = invoke(str(feed), "--text-field", "noi_dung", "--jobs", "1")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == f"{feed}#1"


@pytest.mark.parametrize("fmt", ["jsonl", "sqlite"])
def test_resume_adds_no_duplicates(corpus: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"facts.{fmt}"
    assert invoke(str(corpus / "sub"), "-o", str(out), "--jobs", "1").exit_code == 0
    result = invoke(str(corpus), "-o", str(out), "--resume", "--jobs", "2")
    assert result.exit_code == 0
    assert "2 already in the output" in result.stderr
    sources = sources_in(out)
    assert sorted(sources) == sorted(str(corpus / n) for n in ARTICLE_TEXTS)
    again = invoke(str(corpus), "-o", str(out), "--resume")
    assert again.exit_code == 0
    assert sources_in(out) == sources


def test_sqlite_rerun_without_resume_replaces_rows(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts.sqlite"
    invoke(str(corpus), "-o", str(out), "--jobs", "1")
    with sqlite3.connect(out) as db:
        first = db.execute("SELECT count(*) FROM facts").fetchone()
    invoke(str(corpus), "-o", str(out), "--jobs", "1")
    with sqlite3.connect(out) as db:
        assert db.execute("SELECT count(*) FROM facts").fetchone() == first
        assert db.execute("SELECT count(*) FROM articles").fetchone() == (len(ARTICLE_TEXTS),)


def test_output_order_is_the_same_with_jobs_1_and_2(corpus: Path) -> None:
    for n in range(12):
        (corpus / f"more-{n:02d}.txt").write_text(f"Có {n + 2} tổ chức đảng đạt 9{n}%.", encoding="utf-8")
    one = invoke(str(corpus), "--jobs", "1").stdout
    two = invoke(str(corpus), "--jobs", "2").stdout
    assert one == two
    assert len(one.splitlines()) == 16
