"""Batch runs: input discovery, order independent of workers, failures that never stop a run."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from _articles import ARTICLE_TEXTS, write_articles
from newsfacts import batch
from newsfacts.batch import Failure, Options, find_inputs
from newsfacts.document import Document
from newsfacts.records import Article


def test_find_inputs_walks_sorted_with_default_globs(tmp_path: Path) -> None:
    write_articles(tmp_path)
    for name in ("x.gold.json", "notes.md", "page.html", "feed.jsonl", ".hidden.txt", ".cache/e.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("{}", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in find_inputs([tmp_path])]
    assert found == ["a.txt", "b.txt", "feed.jsonl", "page.html", "sub/c.txt", "sub/d.txt"]


def test_include_and_exclude(tmp_path: Path) -> None:
    write_articles(tmp_path)
    (tmp_path / "page.html").write_text("<p>x</p>", encoding="utf-8")
    only_txt = find_inputs([tmp_path], include=["*.txt"], exclude=["*/sub/*"])
    assert [p.name for p in only_txt] == ["a.txt", "b.txt"]
    no_b = find_inputs([tmp_path], exclude=["b.*"])
    assert [p.name for p in no_b] == ["a.txt", "page.html", "c.txt", "d.txt"]


def test_inputs_keep_argument_order_without_repeats(tmp_path: Path) -> None:
    write_articles(tmp_path)
    found = find_inputs([tmp_path / "sub", tmp_path / "a.txt", tmp_path / "sub" / "c.txt"])
    assert [p.name for p in found] == ["c.txt", "d.txt", "a.txt"]


def test_the_output_file_is_never_an_input(tmp_path: Path) -> None:
    write_articles(tmp_path)
    out = tmp_path / "facts.jsonl"
    out.write_text("", encoding="utf-8")
    assert out not in find_inputs([tmp_path], skip=[out])


def test_missing_input_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nowhere"):
        find_inputs([tmp_path / "nowhere"])


def _sources(outcomes: list) -> list[str]:
    return [o.source if isinstance(o, Article) else f"FAILED {o.path}" for o in outcomes]


def _corpus(tmp_path: Path) -> list[Path]:
    """Many small files and an archive in between, so that chunks interleave across workers."""
    texts = {f"f{n:02d}.txt": text for n, text in enumerate(list(ARTICLE_TEXTS.values()) * 6)}
    write_articles(tmp_path / "in", texts)
    archive = tmp_path / "in" / "f10.jsonl"
    lines = [
        json.dumps({"text": t, "title": f"Bài {i}"}, ensure_ascii=False) for i, t in enumerate(texts.values())
    ]
    lines.insert(5, "{broken")
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "in" / "f12.txt").write_bytes(b"\x00\x00\xff\xfe\x00\x01\x02\x03\x04" * 50)
    return find_inputs([tmp_path / "in"])


def test_order_is_the_same_with_one_and_two_jobs(tmp_path: Path) -> None:
    files = _corpus(tmp_path)
    serial = list(batch.run(files, jobs=1))
    parallel = list(batch.run(files, jobs=2))
    assert _sources(serial) == _sources(parallel)
    assert [o.model_dump() if isinstance(o, Article) else o for o in serial] == [
        o.model_dump() if isinstance(o, Article) else o for o in parallel
    ]
    names = [s.rsplit("/", 1)[-1] for s in _sources(serial)]
    assert names[:11] == [f"f{n:02d}.txt" for n in range(10)] + ["f10.jsonl#1"]
    assert len([o for o in serial if isinstance(o, Article)]) == 24 + 24 - 1  # one file undecodable


def test_failures_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    files = _corpus(tmp_path)
    failures = [o for o in batch.run(files, jobs=2) if isinstance(o, Failure)]
    assert [(Path(f.path).name, f.line) for f in failures] == [("f10.jsonl", 6), ("f12.txt", None)]
    assert "malformed JSON" in failures[0].reason
    assert failures[1].reason  # the decoder's reason, without repeating the path
    assert not failures[1].reason.startswith(failures[1].path)


def test_resume_skips_done_sources(tmp_path: Path) -> None:
    files = _corpus(tmp_path)
    everything = [o.source for o in batch.run(files, jobs=1) if isinstance(o, Article)]
    done = set(everything[::2])
    rest = [o.source for o in batch.run(files, jobs=2, done=done) if isinstance(o, Article)]
    assert rest == [s for s in everything if s not in done]


def test_progress_counts_every_file_once(tmp_path: Path) -> None:
    files = _corpus(tmp_path)
    seen: list[int] = []
    outcomes: list = []
    list(batch.run(files, jobs=2, progress=lambda n, out: (seen.append(n), outcomes.extend(out))))
    assert sum(seen) == len(files)
    assert len(outcomes) == 24 + 24 - 1 + 2


class _Slow:
    def run_document(self, doc: Document) -> Article:
        if "chậm" in doc.text:
            time.sleep(3)
        return Article(source=doc.source)


def test_an_article_over_the_time_limit_is_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsfacts.pipeline

    monkeypatch.setattr(newsfacts.pipeline, "default_pipeline", lambda: _Slow())
    paths = write_articles(tmp_path, {"a.txt": "nhanh", "b.txt": "rất chậm", "c.txt": "nhanh"})
    outcomes = list(batch.run(paths, Options(timeout=0.3), jobs=1))
    assert [type(o).__name__ for o in outcomes] == ["Article", "Failure", "Article"]
    assert outcomes[1].path == str(paths[1])
    assert "time limit of 0.3 s" in outcomes[1].reason


def test_a_pipeline_crash_is_a_failure_of_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsfacts.pipeline

    class Crashing:
        def run_document(self, doc: Document) -> Article:
            if "hỏng" in doc.text:
                raise IndexError("list index out of range")
            return Article(source=doc.source)

    monkeypatch.setattr(newsfacts.pipeline, "default_pipeline", lambda: Crashing())
    paths = write_articles(tmp_path, {"a.txt": "tốt", "b.txt": "hỏng"})
    outcomes = list(batch.run(paths, jobs=1))
    assert isinstance(outcomes[1], Failure)
    assert outcomes[1].reason == "internal error: IndexError: list index out of range"


def test_html_is_read_in_the_workers(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>Tin</title></head><body><article><p>"
        + "Đảng bộ phường đã kết nạp 23 đảng viên mới trong năm qua, vượt chỉ tiêu đề ra. " * 3
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    [article] = list(batch.run([page], jobs=2))
    assert isinstance(article, Article)
    assert article.source == str(page)
    assert article.text is not None and "23 đảng viên" in article.text


# --- which files are read --------------------------------------------------


def test_a_named_file_is_read_whatever_its_extension(tmp_path: Path) -> None:
    names = ["a.TXT", "notes.md", "feed.jsonl.gz", "README"]
    for name in names:
        (tmp_path / name).write_text("Có 3 chi bộ.", encoding="utf-8")
    assert [p.name for p in find_inputs([tmp_path / n for n in names])] == names


def test_named_files_still_follow_the_exclusions_and_an_explicit_include(tmp_path: Path) -> None:
    for name in ("a.md", "b.txt", "x.gold.json"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    named = [tmp_path / n for n in ("a.md", "b.txt", "x.gold.json")]
    assert [p.name for p in find_inputs(named, exclude=["b.*", *batch.DEFAULT_EXCLUDE])] == ["a.md"]
    assert [p.name for p in find_inputs(named, include=["*.txt", "*.json"])] == ["b.txt"]


def test_folder_walks_match_known_extensions_in_any_case_and_under_gz(tmp_path: Path) -> None:
    names = [
        "A.TXT",
        "b.Html",
        "c.JSONL",
        "d.txt.gz",
        "e.JSON.GZ",
        "f.htm.gz",
        "g.md",
        "h.gz",
        "x.gold.json.gz",
    ]
    for name in names:
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in find_inputs([tmp_path])] == [
        "A.TXT",
        "b.Html",
        "c.JSONL",
        "d.txt.gz",
        "e.JSON.GZ",
        "f.htm.gz",
    ]


def test_compressed_and_upper_case_archives_spread_over_workers(tmp_path: Path) -> None:
    import gzip

    lines = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in ARTICLE_TEXTS.values())
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    (tmp_path / "FEED.JSONL").write_text(lines, encoding="utf-8")
    files = find_inputs([tmp_path])
    outcomes = list(batch.run(files, jobs=2))
    assert all(isinstance(o, Article) for o in outcomes)
    assert [o.source.rsplit("/", 1)[-1] for o in outcomes][::4] == ["FEED.JSONL#1", "feed.jsonl.gz#1"]


def test_a_cut_off_gzip_archive_is_a_failure_after_its_whole_records(tmp_path: Path) -> None:
    import gzip

    whole = gzip.compress(
        ("".join(json.dumps({"text": t}) + "\n" for t in ARTICLE_TEXTS.values()) * 300).encode()
    )
    feed = tmp_path / "feed.jsonl.gz"
    feed.write_bytes(whole[: len(whole) // 2])
    outcomes = list(batch.run([feed], jobs=1))
    *articles, failure = outcomes
    assert articles and all(isinstance(o, Article) for o in articles)
    assert isinstance(failure, Failure) and failure.path == str(feed) and "gzip" in failure.reason


def test_the_format_option_applies_to_every_file(tmp_path: Path) -> None:
    feed = tmp_path / "feed.txt"
    feed.write_text('{"text": "Có 3 chi bộ."}\n{"text": "Có 4 chi bộ."}\n', encoding="utf-8")
    assert [o.source for o in batch.run([feed], Options(fmt="jsonl"), jobs=1)] == [f"{feed}#1", f"{feed}#2"]
    assert [o.source for o in batch.run([feed], Options(fmt="text"), jobs=2)] == [str(feed)]


def test_standard_input_is_read_once_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    data = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in ARTICLE_TEXTS.values())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    files = find_inputs([Path("-")])
    assert files == [batch.STDIN_PATH]
    outcomes = list(batch.run(files, Options(fmt="jsonl"), jobs=2))
    assert [o.source for o in outcomes] == ["-#1", "-#2", "-#3", "-#4"]
    assert all(o.facts for o in outcomes)


# --- workers end with their parent ------------------------------------------


def test_a_worker_whose_parent_is_gone_exits(tmp_path: Path) -> None:
    """The portable watchdog: told that its parent is a process that is not its parent, a worker exits."""
    import subprocess
    import sys

    code = (
        "import time\n"
        "from newsfacts.batch import _watch_parent\n"
        "print('watching', flush=True)\n"
        "_watch_parent(parent=-1, every=0.05)\n"
        "time.sleep(60)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], timeout=50, capture_output=True, text=True)
    assert done.stdout == "watching\n" and not done.stderr  # imported, then ended by the watchdog
    assert done.returncode != 0
