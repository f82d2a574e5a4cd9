"""A batch over broken and hostile files: every good file is processed, every bad one reported.

The folder mixes good articles (UTF-8, Windows-1258, UTF-16, odd file names)
with files that cannot be articles: empty, binary, invalid UTF-8, larger
than ``--max-bytes``, an HTML page that is only scripts, a symlink loop, a
dangling symlink, a FIFO, a device and a file that cannot be opened. The run
must finish, keep the good files' facts, list every bad file with its reason,
and exit with status 1.
"""

from __future__ import annotations

import json
import os
import stat
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfacts import batch
from newsfacts.cli import app
from newsfacts.records import Article

GOOD = {
    "utf8.txt": "Năm 2024, Đảng bộ xã kết nạp 17 đảng viên mới.\n",
    "tên có dấu cách và tiếng Việt.txt": "Chi bộ có 23 đảng viên, trong đó 9 đảng viên nữ.\n",
    "quotes 'single' \"double\".txt": "Toàn huyện có 41 chi bộ trực thuộc.\n",
    "new\nline.txt": "Tỷ lệ đảng viên trẻ đạt 31%.\n",
    "vn-1258.txt": "Huyện ủy mở 2 lớp bồi dưỡng cho 96 học viên.\n",
    "utf16.txt": "Xã có 12 tổ hòa giải với 60 hòa giải viên.\n",
    "no-newline-at-end.txt": "Đảng bộ xã có 15 chi bộ trực thuộc.",
}

SCRIPT = "<script>var n = 1.000; for (var i = 0; i < 99; i++) { document.write('50%'); }</script>\n"
HTML_WITH_ARTICLE = (
    "<html><head><title>Công tác phát triển đảng viên</title>"
    + SCRIPT * 40
    + "</head><body>"
    + SCRIPT * 40
    + "<article><h1>Công tác phát triển đảng viên</h1>"
    "<p>Trong năm qua, Đảng bộ phường đã kết nạp 28 đảng viên mới, vượt chỉ tiêu được giao. "
    "Công tác bồi dưỡng lý luận chính trị cho quần chúng ưu tú được thực hiện thường xuyên, "
    "bài bản, gắn với việc theo dõi, giúp đỡ từng đối tượng tại chi bộ.</p>"
    "<p>Các chi bộ tổ chức sinh hoạt chuyên đề đều đặn hằng tháng, nội dung thiết thực, "
    "gắn với nhiệm vụ chính trị của địa phương.</p></article>" + SCRIPT * 40 + "</body></html>"
)
HTML_ONLY_SCRIPTS = "<html><head>" + SCRIPT * 200 + "</head><body>" + SCRIPT * 200 + "</body></html>"
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
BIG_LINE = "Đảng bộ xã có 120 đảng viên sinh hoạt tại 14 chi bộ. " * 20 + "\n"


def cp1258(text: str) -> bytes:
    """Windows-1258 bytes: letters without tone precomposed, tone marks as combining characters."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        marks = "".join(m for m in parts if m in TONE_MARKS)
        base = "".join(m for m in parts if m not in TONE_MARKS)
        out.append(unicodedata.normalize("NFC", base) + marks)
    return "".join(out).encode("cp1258")


def _write(root: Path, name: str, data: bytes) -> Path:
    path = root / name
    path.write_bytes(data)
    return path


def make_folder(root: Path) -> tuple[set[str], dict[str, str]]:
    """Write the mixed folder; returns the good file names and, per bad file name, a word of its reason."""
    root.mkdir()
    for name, text in GOOD.items():
        if name == "vn-1258.txt":
            data = cp1258(text)
        elif name == "utf16.txt":
            data = text.encode("utf-16")
        else:
            data = text.encode("utf-8")
        _write(root, name, data)
    _write(root, "page.html", HTML_WITH_ARTICLE.encode("utf-8"))
    good = {*GOOD, "page.html", "empty.txt"}
    _write(root, "empty.txt", b"")  # an empty article is read and has no facts
    bad = {
        "binary.txt": "binary",
        "invalid-utf8.txt": "not UTF-8",
        "huge.txt": "--max-bytes",
        "scripts-only.html": "no main text",
        "loop.txt": "symbolic links",
        "dangling.txt": "No such file",
    }
    _write(root, "binary.txt", bytes(range(256)) * 64)
    _write(
        root, "invalid-utf8.txt", "Chi bộ có 5 đảng viên ".encode() + b"\xc3\x28\xa0\xa1 \xff\xfe\x80abc" * 20
    )
    with (root / "huge.txt").open("w", encoding="utf-8") as fh:  # 50 MB, over the default limit
        for _ in range(50_000_000 // len(BIG_LINE.encode("utf-8")) + 1):
            fh.write(BIG_LINE)
    _write(root, "scripts-only.html", HTML_ONLY_SCRIPTS.encode("utf-8"))
    os.symlink("loop.txt", root / "loop.txt")
    os.symlink("nowhere.txt", root / "dangling.txt")
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "fifo.txt")  # opening it would block forever
        bad["fifo.txt"] = "not a regular file"
    if Path("/dev/zero").exists():
        os.symlink("/dev/zero", root / "zero.txt")  # reading it would never end
        bad["zero.txt"] = "not a regular file"
    return good, bad


def test_huge_file_is_large_enough() -> None:
    assert len(BIG_LINE.encode("utf-8")) * (50_000_000 // len(BIG_LINE.encode("utf-8")) + 1) >= 50_000_000


def test_cli_processes_the_good_files_and_reports_the_bad_ones(tmp_path: Path) -> None:
    root = tmp_path / "in"
    good, bad = make_folder(root)
    out, errors = tmp_path / "facts.jsonl", tmp_path / "errors.jsonl"
    result = CliRunner().invoke(
        app,
        ["extract", str(root), "-o", str(out), "--errors", str(errors), "--jobs", "2"],
        catch_exceptions=False,
    )
    assert result.exit_code == 1, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {Path(r["source"]).name for r in records} == good
    by_name = {Path(r["source"]).name: r for r in records}
    assert by_name["empty.txt"]["facts"] == []
    for name in GOOD:
        assert by_name[name]["facts"], name  # each good article holds a figure that is a fact
    page = by_name["page.html"]
    assert "28 đảng viên" in page["text"] and "document.write" not in page["text"]
    report = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    reasons = {Path(r["path"]).name: r["reason"] for r in report}
    assert set(reasons) == set(bad)
    for name, word in bad.items():
        assert word in reasons[name], (name, reasons[name])
    assert f"{len(bad)} failed" in result.stderr


def test_max_bytes_zero_lifts_the_limit_and_a_small_limit_applies(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    small = _write(root, "small.txt", "Xã có 8 chi bộ.\n".encode())
    large = _write(root, "large.txt", BIG_LINE.encode("utf-8"))
    limit = len(BIG_LINE.encode("utf-8")) - 1
    outcomes = list(batch.run([small, large], batch.Options(max_bytes=limit), jobs=1))
    assert [type(o).__name__ for o in outcomes] == ["Article", "Failure"]
    assert f"limit of {limit:,} bytes" in outcomes[1].reason
    outcomes = list(batch.run([small, large], batch.Options(max_bytes=None), jobs=1))
    assert [type(o).__name__ for o in outcomes] == ["Article", "Article"]


def test_max_bytes_applies_to_archive_records(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [{"text": "Có 6 chi bộ."}, {"text": BIG_LINE}, {"text": "Có 7 chi bộ."}]
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    outcomes = list(batch.run([feed], batch.Options(max_bytes=200), jobs=1))
    assert [type(o).__name__ for o in outcomes] == ["Article", "Failure", "Article"]
    assert outcomes[1].source == f"{feed}#2" and "--max-bytes" in outcomes[1].reason


def test_a_file_that_cannot_be_opened_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod 000 does not stop root (tests may run as root), so opening is made to fail as it would."""
    root = tmp_path / "in"
    root.mkdir()
    ok = _write(root, "ok.txt", "Xã có 8 chi bộ.\n".encode())
    locked = _write(root, "locked.txt", "Xã có 9 chi bộ.\n".encode())
    locked.chmod(0)
    if os.geteuid() == 0:
        real_read = batch._read_file

        def read_file(path: str):
            if Path(path).name == "locked.txt":
                raise PermissionError(13, "Permission denied", path)
            return real_read(path)

        monkeypatch.setattr(batch, "_read_file", read_file)
    try:
        outcomes = list(batch.run([ok, locked], jobs=1))
    finally:
        locked.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert isinstance(outcomes[0], Article)
    assert outcomes[0].source == str(ok)
    assert isinstance(outcomes[1], batch.Failure)
    assert outcomes[1].path == str(locked) and outcomes[1].reason == "Permission denied"


def test_discovery_survives_a_symlink_loop_given_as_an_argument(tmp_path: Path) -> None:
    os.symlink("a.txt", tmp_path / "b.txt")
    os.symlink("b.txt", tmp_path / "a.txt")
    files = batch.find_inputs([tmp_path])
    assert [p.name for p in files] == ["a.txt", "b.txt"]
    outcomes = list(batch.run(files, jobs=1))
    assert all(isinstance(o, batch.Failure) and "symbolic links" in o.reason for o in outcomes)


def test_timeout_option_reports_a_slow_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--timeout`` through the CLI (one job: the slow pipeline is patched into this process)."""
    import time

    import newsfacts.pipeline

    class Slow:
        def run_document(self, doc):
            if "chậm" in doc.text:
                time.sleep(5)
            return Article(source=doc.source)

    monkeypatch.setattr(newsfacts.pipeline, "default_pipeline", lambda: Slow())
    root = tmp_path / "in"
    root.mkdir()
    for name, text in {"a.txt": "nhanh", "b.txt": "rất chậm", "c.txt": "nhanh"}.items():
        _write(root, name, text.encode())
    out, errors = tmp_path / "facts.jsonl", tmp_path / "errors.jsonl"
    result = CliRunner().invoke(
        app,
        ["extract", str(root), "-o", str(out), "--errors", str(errors), "--jobs", "1", "--timeout", "0.2"],
        catch_exceptions=False,
    )
    assert result.exit_code == 1
    assert [Path(json.loads(line)["source"]).name for line in out.read_text().splitlines()] == [
        "a.txt",
        "c.txt",
    ]
    (failure,) = [json.loads(line) for line in errors.read_text().splitlines()]
    assert Path(failure["path"]).name == "b.txt" and "time limit of 0.2 s" in failure["reason"]
