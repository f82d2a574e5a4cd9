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


# --- what a named file is ----------------------------------------------------

ONE = "Đảng bộ xã đã kết nạp 9 đảng viên mới."


@pytest.mark.parametrize("name", ["a.TXT", "a.md", "a.Txt", "notes"])
def test_a_named_file_of_any_extension_is_read_as_text(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(ONE, encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    result = invoke(str(path), "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    [record] = read_jsonl(out)
    assert record.source == str(path) and record.facts


def test_named_gzip_files_are_read_by_the_extension_under_gz(tmp_path: Path) -> None:
    import gzip

    feed = tmp_path / "feed.jsonl.gz"
    feed.write_bytes(gzip.compress(f'{{"text": "{ONE}"}}\n{{"text": "{ONE}"}}\n'.encode()))
    text = tmp_path / "a.txt.gz"
    text.write_bytes(gzip.compress(ONE.encode()))
    result = invoke(str(feed), str(text), "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [
        f"{feed}#1",
        f"{feed}#2",
        str(text),
    ]


def test_a_named_file_that_cannot_be_read_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(bytes(range(256)) * 8)
    result = invoke(str(path), "--jobs", "1")
    assert result.exit_code == 1
    assert f"{path}: looks binary" in result.stderr


def test_a_quoted_glob_that_matches_nothing_suggests_include(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    result = invoke(str(tmp_path / "corpus" / "*.txt"))
    assert result.exit_code == 2
    assert "--include" in result.stderr
    assert f"{tmp_path / 'corpus'} --include '*.txt'" in result.stderr


# --- standard input and --format -----------------------------------------------


def test_dash_reads_one_text_article_from_stdin() -> None:
    result = CliRunner().invoke(app, ["extract", "-", "--jobs", "1"], input=ONE, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["source"] == "-" and record["facts"]


def test_dash_with_format_jsonl_reads_records_from_stdin() -> None:
    lines = f'{{"text": "{ONE}"}}\n{{"text": \n{{"text": "{ONE}"}}\n'
    result = CliRunner().invoke(
        app, ["extract", "-", "--format", "jsonl", "--jobs", "2"], input=lines, catch_exceptions=False
    )
    assert result.exit_code == 1
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == ["-#1", "-#3"]
    assert "-:2: malformed JSON: Expecting value (column 10)" in result.stderr


def test_format_forces_the_reader_of_every_file(tmp_path: Path) -> None:
    feed = tmp_path / "feed.txt"
    feed.write_text(f'{{"text": "{ONE}"}}\n', encoding="utf-8")
    result = invoke(str(feed), "--format", "jsonl", "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"] == f"{feed}#1"
    assert invoke(str(feed), "--format", "xml").exit_code == 2


# --- output paths ----------------------------------------------------------------


def _no_temporary_files(folder: Path) -> bool:
    return not [p for p in folder.rglob("*") if p.name.startswith(".")]


def test_an_output_in_a_missing_folder_is_a_usage_error(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "facts.jsonl"
    result = invoke(str(corpus), "-o", str(out))
    assert result.exit_code == 2
    assert f"cannot write {out}: the folder {out.parent} does not exist" in result.stderr
    assert not out.parent.exists()
    assert "articles" not in result.stderr  # nothing was run


@pytest.mark.parametrize("option", ["-o", "--errors"])
def test_an_output_under_a_file_is_a_usage_error(corpus: Path, tmp_path: Path, option: str) -> None:
    (tmp_path / "plain").write_text("", encoding="utf-8")
    out = tmp_path / "plain" / "facts.jsonl"
    result = invoke(str(corpus), option, str(out))
    assert result.exit_code == 2
    assert f"cannot write {out}: {out.parent} is not a folder" in result.stderr
    assert "Errno" not in result.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "sqlite"])
def test_an_output_that_is_a_folder_is_a_usage_error(corpus: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"facts.{fmt}"
    out.mkdir()
    result = invoke(str(corpus), "-o", str(out))
    assert result.exit_code == 2
    assert f"cannot write {out}: it is a folder" in result.stderr
    assert _no_temporary_files(tmp_path)


def test_an_output_that_cannot_be_created_names_the_users_path(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a folder without write permission gives (chmod does not stop root, so mkstemp is made to fail)."""
    import tempfile

    def refuse(*args: object, dir: str, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied", f"{dir}/.facts.jsonl.x1y2.tmp")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    out = tmp_path / "facts.jsonl"
    result = invoke(str(corpus), "-o", str(out))
    assert result.exit_code == 2
    assert f"cannot write {out}: permission denied" in result.stderr
    assert "Errno" not in result.stderr and ".tmp" not in result.stderr


def test_an_output_that_cannot_be_finished_is_reported_and_left_as_it_was(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsfacts.io.writers.atomic as atomic

    out = tmp_path / "facts.jsonl"
    out.write_text("", encoding="utf-8")
    real_replace = atomic.os.replace

    def full(src: str, dst: str) -> None:
        if Path(dst) == out:
            raise OSError(28, "No space left on device", str(src))
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", full)
    result = invoke(str(corpus), "-o", str(out), "--jobs", "1")
    assert result.exit_code == 2
    assert f"cannot write {out}: no space left on device" in result.stderr
    assert "Errno" not in result.stderr and ".partial" not in result.stderr
    assert out.read_text(encoding="utf-8") == ""
    assert _no_temporary_files(tmp_path)
