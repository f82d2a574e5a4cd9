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
    started = time.perf_counter()
    outcomes = list(batch.run(paths, Options(timeout=0.3), jobs=1))
    assert time.perf_counter() - started < 2
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
