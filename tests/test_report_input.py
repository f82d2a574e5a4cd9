"""``newsfacts report`` refuses files that are not what it reads, and writes no page then.

A facts file may have a few damaged lines (a run cut off mid-line): they are
listed on the page. A file with no article record, or with more bad lines
than records, is refused with exit status 2, a message naming the file and
the first bad line, and no output.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfacts.cli import app

RECORD = {"source": "a.txt", "published": "2024-03-01", "facts": [{"type": "count", "value": 3}]}


def run(*args: str | Path):
    return CliRunner().invoke(app, ["report", *map(str, args)])


def lines(*objs: object) -> str:
    return "".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objs)


def refused(result, *words: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.stdout[:200], result.stderr)
    assert result.stdout == ""
    for word in words:
        assert word in result.stderr, (word, result.stderr)


def test_csv_file_is_refused(tmp_path: Path) -> None:
    csv = tmp_path / "x.csv"
    csv.write_text("source,type,value\na.txt,count,3\nb.txt,rate,40\n", encoding="utf-8")
    out = tmp_path / "report.html"
    result = run(csv, "-o", out)
    refused(result, f"{csv}: line 1 is not an article record", "not JSON")
    assert not out.exists()


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    blob = tmp_path / "blob.bin"
    blob.write_bytes(random.Random(14).randbytes(20_000))
    out = tmp_path / "report.html"
    refused(run(blob, "-o", out), f"{blob}: line 1 is not an article record")
    assert not out.exists()


def test_refusal_leaves_an_existing_page_alone(tmp_path: Path) -> None:
    csv = tmp_path / "x.csv"
    csv.write_text("a,b\n1,2\n", encoding="utf-8")
    out = tmp_path / "report.html"
    out.write_text("earlier page", encoding="utf-8")
    refused(run(csv, "-o", out), str(csv))
    assert out.read_text(encoding="utf-8") == "earlier page"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (lines({"path": "a.html", "reason": "no main text"}), 'a JSON object without a "facts" list'),
        (lines([RECORD, RECORD]), "a JSON array, not an object"),
        (json.dumps(RECORD, indent=2) + "\n", "not JSON"),
        ("\ufeff" + lines("ngày 1/3: 3 lớp"), "not JSON"),
    ],
    ids=["errors-file", "json-array", "pretty-printed", "text"],
)
def test_json_that_is_not_a_facts_file_is_refused(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "facts.jsonl"
    path.write_text(content, encoding="utf-8")
    refused(run(path), f"{path}: line 1 is not an article record", problem)


def test_text_in_another_encoding_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    path.write_bytes(lines(RECORD).encode("utf-16"))
    refused(run(path), f"{path}: line 1 is not an article record", "not UTF-8")


def test_more_bad_lines_than_records_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    path.write_text(lines(RECORD, "a,b", "c,d", "e,f"), encoding="utf-8")
    refused(run(path), f"{path}: 3 of 4 lines are not article records", "line 2")


def test_a_few_damaged_lines_are_listed_on_the_page(tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    path.write_text(lines(RECORD, RECORD, RECORD, '{"source": "d.txt", "fac'), encoding="utf-8")
    result = run(path)
    assert result.exit_code == 0, result.stderr
    assert "<b>3</b><span>articles</span>" in result.stdout
    assert f"{path}:4" in result.stdout and "Failed files (1)" in result.stdout


def test_empty_facts_file_is_refused_without_failures(tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    path.write_text("\n", encoding="utf-8")
    refused(run(path), f"{path}: no article records", "--errors")


def test_empty_facts_file_with_failures_makes_a_page(tmp_path: Path) -> None:
    """Every input of the run failed: the page lists them."""
    facts = tmp_path / "facts.jsonl"
    facts.write_text("", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    errors.write_text(lines({"path": "crawl/a.html", "reason": "no main text"}), encoding="utf-8")
    result = run(facts, "--errors", errors)
    assert result.exit_code == 0, result.stderr
    assert "crawl/a.html" in result.stdout and "Failed files (1)" in result.stdout


def test_errors_file_that_is_not_one_is_refused(tmp_path: Path) -> None:
    facts = tmp_path / "facts.jsonl"
    facts.write_text(lines(RECORD), encoding="utf-8")
    out = tmp_path / "report.html"
    for content, problem in ((lines(RECORD), 'without a "path"'), ("a,b\n1,2\n", "not JSON")):
        errors = tmp_path / "errors.csv"
        errors.write_text(content, encoding="utf-8")
        result = run(facts, "--errors", errors, "-o", out)
        refused(result, f"{errors}: line 1 is not an error record", problem)
        assert not out.exists()


def test_empty_errors_file_means_no_failures(tmp_path: Path) -> None:
    facts = tmp_path / "facts.jsonl"
    facts.write_text(lines(RECORD), encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    errors.write_text("", encoding="utf-8")
    result = run(facts, "--errors", errors)
    assert result.exit_code == 0, result.stderr
    assert "Failed files (" not in result.stdout


def test_folder_is_named_as_a_folder(tmp_path: Path) -> None:
    refused(run(tmp_path), f"{tmp_path}: a folder, not a file")


def test_unwritable_output_is_a_clear_error(tmp_path: Path) -> None:
    facts = tmp_path / "facts.jsonl"
    facts.write_text(lines(RECORD), encoding="utf-8")
    blocker = tmp_path / "taken"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    result = run(facts, "-o", blocker / "report.html")
    assert result.exit_code == 2, result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"cannot write {blocker / 'report.html'}" in result.stderr


def test_help_states_what_is_refused() -> None:
    result = CliRunner().invoke(app, ["report", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "more bad lines than records" in text and "refused" in text
