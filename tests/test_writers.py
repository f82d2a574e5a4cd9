"""Writers: each format's content, one registry, atomic replacement, resume without duplicates."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from _articles import article_a, article_b, article_empty
from _formats import comparable, read_jsonl, rows_from, sources_in
from newsfacts.io.flat import NAMES, arrow_schema, fact_rows
from newsfacts.io.writers import FORMATS, UnsupportedFormatError, open_writer

FORMATS_TESTED = ("jsonl", "csv", "parquet", "sqlite")


def _write(path: Path, articles, *, resume: bool = False) -> set[str]:
    writer = open_writer(path, resume=resume)
    done = set(writer.done)
    for article in articles:
        writer.write(article)
    writer.close()
    return done


def test_flat_rows_follow_the_column_list() -> None:
    rows = list(fact_rows(article_a()))
    assert [tuple(r) for r in rows] == [NAMES, NAMES]
    course, rate = rows
    assert (course["type"], course["classes"], course["learners"], course["program"]) == (
        "course",
        4,
        312,
        "party_admission",
    )
    assert (course["span_start"], course["span_end"], course["value"]) == (19, 63, None)
    assert (rate["value"], rate["change_direction"], rate["change_value"], rate["change_qualifier"]) == (
        21.5,
        "increase",
        3,
        "nearly",
    )
    assert rate["title"] == "Kết quả công tác xây dựng Đảng"
    assert list(fact_rows(article_empty())) == []


def test_arrow_schema_has_every_column_typed() -> None:
    schema = arrow_schema()
    assert tuple(schema.names) == NAMES
    assert str(schema.field("value").type) == "double"
    assert str(schema.field("learners").type) == "int64"
    assert str(schema.field("evidence").type) == "string"


def test_jsonl_holds_the_contract_records(tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    _write(out, [article_a(), article_empty(), article_b()])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [
        a.model_dump(mode="json") for a in (article_a(), article_empty(), article_b())
    ]
    assert "Kết quả" in lines[0]  # readable UTF-8, not \\u escapes


def test_csv_has_one_row_per_fact_with_flat_columns(tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    _write(out, [article_a(), article_empty(), article_b()])
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == list(NAMES)
    rows = rows_from(out)
    assert [r["type"] for r in rows] == ["course", "rate", "target", "count"]
    assert rows[3]["value"] == 1250 and rows[3]["value_max"] == 1300
    assert rows[2]["deadline"] == 2027


def test_parquet_has_typed_columns(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "facts.parquet"
    _write(out, [article_a(), article_empty(), article_b()])
    table = pq.read_table(out)
    assert table.schema.equals(arrow_schema())
    assert table.num_rows == 4
    assert table.column("learners").to_pylist() == [312, None, None, None]


def test_parquet_writes_row_groups_as_it_goes(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from newsfacts.io.writers.parquet import ParquetWriter

    out = tmp_path / "facts.parquet"
    writer = ParquetWriter(out, row_group=2)
    for n in range(5):
        writer.write(article_a(f"a{n}.txt"))
    writer.close()
    assert pq.ParquetFile(out).metadata.num_row_groups == 5
    assert pq.read_table(out).num_rows == 10


def test_sqlite_has_articles_and_facts_tables(tmp_path: Path) -> None:
    out = tmp_path / "facts.sqlite"
    _write(out, [article_a(), article_empty(), article_b()])
    with sqlite3.connect(out) as db:
        articles = list(db.execute("SELECT source, title, n_facts FROM articles ORDER BY rowid"))
        facts = list(db.execute("SELECT source, idx, type FROM facts ORDER BY rowid"))
    assert articles == [
        ("news/a.txt", "Kết quả công tác xây dựng Đảng", 2),
        ("news/empty.txt", "Không có số liệu", 0),
        ("news/b.txt", None, 2),
    ]
    assert facts == [
        ("news/a.txt", 0, "course"),
        ("news/a.txt", 1, "rate"),
        ("news/b.txt", 0, "target"),
        ("news/b.txt", 1, "count"),
    ]


def test_sqlite_rewriting_an_article_replaces_its_rows(tmp_path: Path) -> None:
    out = tmp_path / "facts.sqlite"
    _write(out, [article_a(), article_b()])
    changed = article_a().model_copy(update={"facts": article_a().facts[:1], "title": "Mới"})
    _write(out, [changed])
    with sqlite3.connect(out) as db:
        assert list(db.execute("SELECT source, title, n_facts FROM articles ORDER BY source")) == [
            ("news/a.txt", "Mới", 1),
            ("news/b.txt", None, 2),
        ]
        assert db.execute("SELECT count(*) FROM facts").fetchone() == (3,)


def test_sqlite_needs_a_source(tmp_path: Path) -> None:
    writer = open_writer(tmp_path / "facts.sqlite")
    with pytest.raises(ValueError, match="source"):
        writer.write(article_a(source=None))
    writer.abort()


@pytest.mark.parametrize("fmt", FORMATS_TESTED)
def test_every_format_holds_the_same_fact_rows(tmp_path: Path, fmt: str) -> None:
    articles = [article_a(), article_empty(), article_b()]
    expected = comparable([row for a in articles for row in fact_rows(a)])
    out = tmp_path / f"facts.{fmt}"
    _write(out, articles)
    assert comparable(rows_from(out)) == expected


def test_registry_chooses_by_extension_and_lists_supported_ones(tmp_path: Path) -> None:
    assert {".jsonl", ".csv", ".parquet", ".sqlite"} <= set(FORMATS)
    with pytest.raises(UnsupportedFormatError, match=r"'\.xlsx'.*\.jsonl, \.csv, \.parquet, \.sqlite"):
        open_writer(tmp_path / "facts.xlsx")
    assert not (tmp_path / "facts.xlsx").exists()


class Boom(RuntimeError):
    pass


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_a_failure_mid_write_leaves_the_old_output_intact(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"facts.{fmt}"
    _write(out, [article_a()])
    before = out.read_bytes()

    writer = open_writer(out)
    with pytest.raises(Boom):
        try:
            writer.write(article_b())
            writer.write(article_empty())
            raise Boom("disk full")
        except BaseException:
            writer.abort()
            raise
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no temporary file left


def test_a_crash_mid_write_leaves_the_old_output_intact(tmp_path: Path) -> None:
    """Without abort (the process dies): the output is untouched, only a hidden temp file remains."""
    out = tmp_path / "facts.jsonl"
    _write(out, [article_a()])
    before = out.read_bytes()
    writer = open_writer(out)
    writer.write(article_b())
    writer._out.fh.flush()  # what the OS may have kept of the temp file
    assert out.read_bytes() == before
    writer.abort()


def test_sqlite_interruption_loses_only_the_open_batch(tmp_path: Path) -> None:
    from newsfacts.io.writers.sqlite import SqliteWriter

    out = tmp_path / "facts.sqlite"
    writer = SqliteWriter(out, batch=2)
    for n in range(3):
        writer.write(article_a(f"a{n}.txt"))
    writer.abort()  # the third article's batch was open
    assert sources_in(out) == ["a0.txt", "a1.txt"]
    with sqlite3.connect(out) as db:
        assert db.execute("SELECT count(*) FROM facts").fetchone() == (4,)


@pytest.mark.parametrize("fmt", FORMATS_TESTED)
def test_resume_carries_over_the_old_records(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"facts.{fmt}"
    _write(out, [article_a(), article_empty()])
    done = _write(out, [article_b()], resume=True)
    expected_done = {"news/a.txt", "news/empty.txt"} if fmt in ("jsonl", "sqlite") else {"news/a.txt"}
    assert done == expected_done  # tables know an article by its facts
    assert comparable(rows_from(out)) == comparable(
        [r for a in (article_a(), article_b()) for r in fact_rows(a)]
    )


def test_resume_on_missing_output_starts_fresh(tmp_path: Path) -> None:
    out = tmp_path / "new" / "facts.jsonl"
    assert _write(out, [article_a()], resume=True) == set()
    assert [a.source for a in read_jsonl(out)] == ["news/a.txt"]


def test_without_resume_the_output_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    _write(out, [article_a()])
    _write(out, [article_b()])
    assert [a.source for a in read_jsonl(out)] == ["news/b.txt"]


def test_resume_refuses_an_output_that_is_not_jsonl(tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    out.write_text('{"source": "x"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"facts.jsonl:2"):
        open_writer(out, resume=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.jsonl"]


# --- published as a date -------------------------------------------------------------------


def test_arrow_schema_types_published_as_a_date() -> None:
    import pyarrow as pa

    assert arrow_schema().field("published").type == pa.date32()


def test_parquet_published_is_a_date(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "facts.parquet"
    _write(out, [article_a(), article_empty(), article_b()])
    table = pq.read_table(out)
    assert table.schema.field("published").type == pa.date32()
    assert table.column("published").to_pylist() == [date(2023, 5, 2), date(2023, 5, 2), None, None]


def test_csv_and_sqlite_keep_published_as_iso_text(tmp_path: Path) -> None:
    """Neither format has a date type: the ISO text is what their readers and SQLite's date() expect."""
    _write(tmp_path / "facts.csv", [article_a(), article_b()])
    with (tmp_path / "facts.csv").open(encoding="utf-8", newline="") as fh:
        assert [r["published"] for r in csv.DictReader(fh)] == ["2023-05-02", "2023-05-02", "", ""]
    _write(tmp_path / "facts.sqlite", [article_a(), article_b()])
    with sqlite3.connect(tmp_path / "facts.sqlite") as db:
        assert list(db.execute("SELECT published, date(published, '+1 day') FROM fact_rows LIMIT 1")) == [
            ("2023-05-02", "2023-05-03")
        ]
        assert db.execute("SELECT published FROM articles WHERE source = 'news/a.txt'").fetchone() == (
            "2023-05-02",
        )


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2023-09-14", date(2023, 9, 14)),
        ("2023-09-14T07:30:00+07:00", date(2023, 9, 14)),  # a record's timestamp: its date
        ("14/09/2023", None),  # not ISO: unknown rather than guessed
        ("2023-02-30", None),
        (None, None),
    ],
)
def test_flat_rows_hold_published_as_a_date(published: str | None, expected: date | None) -> None:
    article = article_a().model_copy(update={"published": published})
    assert {row["published"] for row in fact_rows(article)} == {expected}


# --- which records carry the text ----------------------------------------------------------

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Kết quả kết nạp đảng viên</title></head>
<body><nav><a href="/">Trang chủ</a></nav><article><h1>Kết quả kết nạp đảng viên</h1>
<p>Năm 2024, Đảng bộ xã đã kết nạp 27 đảng viên mới, vượt chỉ tiêu đề ra.</p>
<p>Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ đạt 91,2%.</p></article>
<footer>Bản quyền thuộc về cổng thông tin điện tử xã</footer></body></html>"""
PLAIN = "Năm 2024, Đảng bộ xã đã kết nạp 27 đảng viên mới.\nTỷ lệ chi bộ hoàn thành tốt nhiệm vụ đạt 91,2%.\n"


def _input_file(folder: Path, kind: str) -> Path:
    path = folder / f"article.{kind}"
    if kind == "html":
        path.write_text(PAGE, encoding="utf-8")
    elif kind == "txt":
        path.write_text(PLAIN, encoding="utf-8")
    elif kind == "jsonl":
        path.write_text(json.dumps({"text": PLAIN}, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        path.write_text(json.dumps([{"text": PLAIN}], ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("kind", "carried"), [("txt", False), ("html", True), ("jsonl", False), ("json", False)]
)
def test_the_record_carries_text_only_when_spans_index_extracted_text(
    tmp_path: Path, kind: str, carried: bool
) -> None:
    from newsfacts.io.readers import read_documents
    from newsfacts.pipeline import default_pipeline

    [doc] = read_documents(_input_file(tmp_path, kind))
    article = default_pipeline().run_document(doc)
    assert article.facts
    if carried:
        assert article.text == doc.text and "Bản quyền" not in article.text
        assert all(article.text[slice(*f.span)] == f.text for f in article.facts)
    else:
        assert article.text is None
        assert all(PLAIN[slice(*f.span)] == f.text for f in article.facts)  # the caller's own text

    _write(tmp_path / "facts.jsonl", [article])
    [record] = [
        json.loads(line) for line in (tmp_path / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert record["text"] == (doc.text if carried else None)
    _write(tmp_path / "facts.sqlite", [article])
    with sqlite3.connect(tmp_path / "facts.sqlite") as db:
        assert db.execute("SELECT text FROM articles").fetchone() == ((doc.text if carried else None),)


def test_text_given_to_extract_is_not_carried() -> None:
    """The Python API and the service (which calls it) index the caller's own text: nothing to send back."""
    import newsfacts

    article = newsfacts.extract(PLAIN, source="request")
    assert article.facts and article.text is None
