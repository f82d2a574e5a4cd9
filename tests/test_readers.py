"""Readers: one document per text/HTML file, one per JSON record, errors that name the file and line."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from newsfacts.io.errors import MissingExtraError, ReadError
from newsfacts.io.readers import read_documents
from newsfacts.text.decode import DecodeError

TEXT = "Xã đã kết nạp 12 đảng viên mới.\r\nTỷ lệ hộ dân đạt 98%.\n"


def test_txt_is_one_document_with_the_text_as_decoded(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    [doc] = read_documents(path)
    assert doc.text == TEXT  # no newline translation, nothing stripped
    assert doc.source == str(path)
    assert doc.metadata == {}
    assert doc.carry_text is False


def test_txt_source_keeps_a_relative_path_relative(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Có 3 chi bộ.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [doc] = read_documents(Path("a.txt"))
    assert doc.source == "a.txt"


def test_txt_with_an_explicit_encoding(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode("utf-16"))
    [doc] = read_documents(path, encoding="utf-16")
    assert doc.text == TEXT


def test_undecodable_txt_raises_an_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"\x00\x01\x02\xff\xfe\x00\x9c" * 20)
    with pytest.raises(DecodeError, match=r"binary\.txt"):
        list(read_documents(path))


HTML = """<!doctype html><html><head><meta charset="utf-8">
<title>Nâng cao chất lượng đảng viên</title>
<meta name="author" content="Thu Hà">
<meta property="article:section" content="Xây dựng Đảng">
<meta property="article:published_time" content="2023-09-14T07:30:00+07:00">
</head><body><nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></nav>
<article><h1>Nâng cao chất lượng đảng viên</h1>
<p>Năm 2023, Đảng bộ huyện đã kết nạp 64 đảng viên mới, trong đó có 40 đảng viên là đoàn viên thanh niên.</p>
<p>Tỷ lệ chi bộ được xếp loại hoàn thành tốt nhiệm vụ đạt 88,6%, cao hơn năm trước.</p>
</article><footer>Bản quyền thuộc về cổng thông tin điện tử huyện</footer></body></html>"""


def test_html_gives_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    [doc] = read_documents(path)
    assert "kết nạp 64 đảng viên mới" in doc.text
    assert "88,6%" in doc.text
    assert "Bản quyền" not in doc.text
    assert doc.carry_text is True
    assert doc.source == str(path)
    assert doc.metadata["title"] == "Nâng cao chất lượng đảng viên"
    assert doc.metadata["published"] == "2023-09-14"
    assert doc.metadata["author"] == "Thu Hà"
    assert doc.metadata["category"] == "Xây dựng Đảng"


def test_html_without_main_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.htm"
    path.write_text("<html><body></body></html>", encoding="utf-8")
    with pytest.raises(ReadError, match=r"empty\.htm"):
        list(read_documents(path))


def test_html_without_the_extra_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # what a missing package looks like
    with pytest.raises(MissingExtraError, match=r"newsfacts\[html\]"):
        list(read_documents(path))


def _jsonl(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_jsonl_gives_one_document_per_record(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "a.jsonl",
        json.dumps({"text": "Có 5 chi bộ.", "title": "Một", "published": "2024-01-02"}, ensure_ascii=False),
        "",
        json.dumps({"text": "Đạt 70%.", "author": None, "views": 10}, ensure_ascii=False),
    )
    docs = list(read_documents(path))
    assert [d.text for d in docs] == ["Có 5 chi bộ.", "Đạt 70%."]
    assert [d.source for d in docs] == [f"{path}#1", f"{path}#3"]  # line numbers
    assert docs[0].metadata == {"title": "Một", "published": "2024-01-02"}
    assert docs[1].metadata == {"author": None}
    assert not docs[0].carry_text


def test_jsonl_field_names_are_configurable(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "a.jsonl",
        json.dumps({"body": "Có 5 chi bộ.", "id": "bai-17", "headline": "Tin"}, ensure_ascii=False),
    )
    [doc] = read_documents(path, text_field="body", source_field="id", metadata_fields=("headline",))
    assert (doc.text, doc.source, doc.metadata) == ("Có 5 chi bộ.", "bai-17", {"headline": "Tin"})


def test_jsonl_text_may_hold_unicode_line_separators(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "dòng một\u2028dòng hai"}\n', encoding="utf-8")
    [doc] = read_documents(path)
    assert doc.text == "dòng một\u2028dòng hai"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "malformed JSON"),
        ('["a list"]', "must be a JSON object"),
        ('{"title": "no text"}', "has no text field 'text'"),
        ('{"text": 12}', "non-string text field"),
    ],
)
def test_malformed_jsonl_line_names_file_and_line(tmp_path: Path, line: str, reason: str) -> None:
    path = _jsonl(tmp_path / "bad.jsonl", '{"text": "Có 2 xã."}', line)
    docs = read_documents(path)
    assert next(docs).text == "Có 2 xã."
    with pytest.raises(ReadError, match=reason) as caught:
        next(docs)
    assert caught.value.line == 2
    assert str(caught.value).startswith(f"{path}:2: ")


def test_on_error_reports_a_bad_line_and_goes_on(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "bad.jsonl", '{"text": "một"}', "{oops", '{"text": "ba"}')
    errors: list[ReadError] = []
    docs = list(read_documents(path, on_error=errors.append))
    assert [d.text for d in docs] == ["một", "ba"]
    assert [(e.path, e.line) for e in errors] == [(str(path), 2)]


def test_undecodable_jsonl_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"text": "ok"}\n{"text": "\xff\xfe"}\n')
    with pytest.raises(ReadError, match="cannot decode") as caught:
        list(read_documents(path))
    assert caught.value.line == 2


def test_json_list_and_single_record(tmp_path: Path) -> None:
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "một"}, {"text": "hai", "title": "T"}]), encoding="utf-8")
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": "ba", "category": "Tin"}), encoding="utf-8")
    assert [(d.source, d.text) for d in read_documents(many)] == [(f"{many}#1", "một"), (f"{many}#2", "hai")]
    [doc] = read_documents(one)
    assert (doc.source, doc.text, doc.metadata) == (str(one), "ba", {"category": "Tin"})


def test_malformed_json_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('[{"text": "một"},\n {"text": }]', encoding="utf-8")
    with pytest.raises(ReadError, match="malformed JSON") as caught:
        list(read_documents(path))
    assert caught.value.path == str(path)
    assert caught.value.line == 2


@pytest.mark.parametrize("name", ["notes.md", "A.TXT", "no-extension", "feed.jsonl.bak"])
def test_a_file_of_another_extension_is_read_as_text(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text('{"text": "Có 3 chi bộ."}', encoding="utf-8")
    [doc] = read_documents(path)
    assert (doc.source, doc.text) == (str(path), '{"text": "Có 3 chi bộ."}')


def test_extensions_match_in_any_case(tmp_path: Path) -> None:
    feed = _jsonl(tmp_path / "FEED.JSONL", '{"text": "một"}', '{"text": "hai"}')
    assert [d.text for d in read_documents(feed)] == ["một", "hai"]
    page = tmp_path / "PAGE.Html"
    page.write_text(HTML, encoding="utf-8")
    [doc] = read_documents(page)
    assert doc.carry_text and "88,6%" in doc.text


def test_gzip_files_are_read_by_the_extension_under_gz(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl.gz"
    feed.write_bytes(gzip.compress('{"text": "một"}\n{"text": "hai"}\n'.encode()))
    assert [(d.source, d.text) for d in read_documents(feed)] == [(f"{feed}#1", "một"), (f"{feed}#2", "hai")]
    text = tmp_path / "a.TXT.GZ"
    text.write_bytes(gzip.compress(TEXT.encode("utf-16")))
    [doc] = read_documents(text)
    assert (doc.source, doc.text) == (str(text), TEXT)
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(HTML.encode("utf-8")))
    [doc] = read_documents(page)
    assert doc.carry_text and "kết nạp 64 đảng viên mới" in doc.text
    many = tmp_path / "many.json.gz"
    many.write_bytes(gzip.compress(json.dumps([{"text": "ba"}]).encode()))
    assert [d.text for d in read_documents(many)] == ["ba"]


@pytest.mark.parametrize("name", ["a.txt.gz", "feed.jsonl.gz", "one.json.gz"])
def test_a_broken_gzip_file_is_a_read_error_naming_it(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    whole = gzip.compress(('{"text": "Có 3 chi bộ."}\n' * 2000).encode())
    path.write_bytes(whole[: len(whole) // 2])  # cut off mid-stream
    with pytest.raises(ReadError) as caught:
        list(read_documents(path))
    assert caught.value.path == str(path)
    assert "gzip" in caught.value.reason


def test_not_gzip_at_all_is_a_read_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt.gz"
    path.write_text("Có 3 chi bộ.", encoding="utf-8")
    with pytest.raises(ReadError, match=r"a\.txt\.gz: .*gzip"):
        list(read_documents(path))


def test_the_format_can_be_forced(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "feed.txt", '{"text": "một"}', '{"text": "hai"}')
    assert [d.text for d in read_documents(path, fmt="jsonl")] == ["một", "hai"]
    [doc] = read_documents(path, fmt="text")
    assert doc.text.count("text") == 2
    with pytest.raises(ValueError, match="xml"):
        list(read_documents(path, fmt="xml"))


def test_max_bytes_bounds_what_is_decompressed(tmp_path: Path) -> None:
    path = tmp_path / "big.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 100_000))  # 100 kB from a file of about 100 bytes
    with pytest.raises(ReadError, match="limit of 1,000 bytes"):
        list(read_documents(path, max_bytes=1000))
    [doc] = read_documents(path, max_bytes=100_000)
    assert len(doc.text) == 100_000


def test_stdin_is_one_text_article_or_jsonl_records(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Có 5 chi bộ.".encode())))
    [doc] = read_documents(Path("-"))
    assert (doc.source, doc.text) == ("-", "Có 5 chi bộ.")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"text": "a"}\n\n{"text": "b"}\n')))
    assert [(d.source, d.text) for d in read_documents(Path("-"), fmt="jsonl")] == [
        ("-#1", "a"),
        ("-#3", "b"),
    ]


@pytest.mark.parametrize(
    ("line", "column"),
    [
        ('{"id": "bad", "text": ', 23),  # cut off: the error is at the end of the line
        ('{"id": "bad", "text": tru}', 23),
        ('{"text": "a"} x', 15),
        ('\ufeff{"text": }', 10),  # a BOM on the first line is not a column
    ],
)
def test_malformed_jsonl_names_the_line_and_the_real_column(tmp_path: Path, line: str, column: int) -> None:
    path = _jsonl(tmp_path / "bad.jsonl", line, '{"text": "ok"}')
    errors: list[ReadError] = []
    [doc] = read_documents(path, on_error=errors.append)
    assert doc.text == "ok"
    [error] = errors
    assert (error.line, error.reason.split(": ", 1)[0]) == (1, "malformed JSON")
    assert error.reason.endswith(f"(column {column})"), error.reason


def test_malformed_json_names_the_line_and_column_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('[{"text": "một"},\n {"text": }]', encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        list(read_documents(path))
    assert caught.value.line == 2
    assert caught.value.reason.endswith("(column 11)")
