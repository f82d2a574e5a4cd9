"""newsfacts.to_dataframe: one typed row per fact, from records or from any facts file the CLI writes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import newsfacts
from _articles import article_a, article_b, article_empty
from newsfacts.io.errors import MissingExtraError
from newsfacts.io.flat import NAMES
from newsfacts.io.writers import open_writer

ARTICLES = (article_a, article_empty, article_b)
FILE_FORMATS = ("jsonl", "csv", "parquet", "sqlite")

# Sentences written for these tests: a course, a rate with its change and a target.
TEXT = (
    "Ngày 02/5/2024, Huyện ủy mở 3 lớp sơ cấp lý luận chính trị cho 245 học viên. "
    "Tỷ lệ đảng viên nữ đạt 34,5%, tăng 2% so với năm trước. "
    "Phấn đấu đến năm 2027 có 95% chi bộ đạt trong sạch vững mạnh."
)


def articles() -> list[newsfacts.Article]:
    return [make() for make in ARTICLES]


def write(path: Path, records) -> Path:
    writer = open_writer(path)
    for record in records:
        writer.write(record)
    writer.close()
    return path


def test_one_row_per_fact_with_the_flat_columns() -> None:
    df = newsfacts.to_dataframe(articles())
    assert list(df.columns) == list(NAMES)
    assert list(df["type"]) == ["course", "rate", "target", "count"]
    assert list(df["source"]) == ["news/a.txt", "news/a.txt", "news/b.txt", "news/b.txt"]
    assert isinstance(df.index, pd.RangeIndex)


def test_columns_are_typed() -> None:
    df = newsfacts.to_dataframe(articles())
    dtypes = {name: str(dtype) for name, dtype in df.dtypes.items()}
    assert dtypes["published"] == "datetime64[ns]"
    assert dtypes["span_start"] == dtypes["span_end"] == "int64"
    assert dtypes["classes"] == dtypes["learners"] == dtypes["deadline"] == "Int64"
    assert dtypes["value"] == dtypes["value_max"] == dtypes["change_value"] == "float64"
    assert dtypes["title"] == dtypes["text"] == dtypes["unit"] == "string"
    for name in ("type", "qualifier", "program", "change_direction", "change_qualifier"):
        assert dtypes[name] == "category", name
    assert list(df["type"].cat.categories) == ["course", "count", "rate", "target"]
    assert "intermediate_political_theory" in df["program"].cat.categories


def test_values_and_nulls() -> None:
    df = newsfacts.to_dataframe(articles())
    course, rate, target, count = (df.iloc[i] for i in range(4))
    assert course["published"] == pd.Timestamp("2023-05-02")
    assert pd.isna(target["published"])
    assert (course["classes"], course["learners"], course["span_start"], course["span_end"]) == (
        4,
        312,
        19,
        63,
    )
    assert pd.isna(rate["learners"]) and pd.isna(course["value"])
    assert (rate["value"], rate["change_direction"], rate["change_value"]) == (21.5, "increase", 3.0)
    assert target["deadline"] == 2027 and pd.isna(count["deadline"])
    assert (count["value"], count["value_max"], count["qualifier"]) == (1250.0, 1300.0, "range")
    assert df["learners"].sum() == 312  # nulls are unknown, not zero


def test_what_extract_returns() -> None:
    article = newsfacts.extract(TEXT, source="a.txt")
    df = newsfacts.to_dataframe(article)  # one record, as extract returns it
    assert list(df["type"]) == [f.type for f in article.facts]
    pd.testing.assert_frame_equal(df, newsfacts.to_dataframe([article]))
    pd.testing.assert_frame_equal(df, newsfacts.to_dataframe(iter([article])))
    course = df[df["type"] == "course"].iloc[0]
    assert (course["classes"], course["learners"]) == (3, 245)


def test_json_records_are_accepted_too() -> None:
    records = [a.model_dump(mode="json") for a in articles()]
    pd.testing.assert_frame_equal(newsfacts.to_dataframe(records), newsfacts.to_dataframe(articles()))


def test_no_facts_gives_an_empty_typed_frame() -> None:
    df = newsfacts.to_dataframe([article_empty()])
    assert df.empty and list(df.columns) == list(NAMES)
    assert str(df["learners"].dtype) == "Int64" and str(df["published"].dtype) == "datetime64[ns]"


@pytest.mark.parametrize("fmt", FILE_FORMATS)
def test_a_facts_file_gives_the_same_frame(tmp_path: Path, fmt: str) -> None:
    path = write(tmp_path / f"facts.{fmt}", articles())
    from_file = newsfacts.to_dataframe(path)
    pd.testing.assert_frame_equal(from_file, newsfacts.to_dataframe(articles()))
    pd.testing.assert_frame_equal(newsfacts.to_dataframe(str(path)), from_file)


def test_columns_match_the_parquet_and_csv_outputs(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    df = newsfacts.to_dataframe(articles())
    parquet = write(tmp_path / "facts.parquet", articles())
    csv_header = write(tmp_path / "facts.csv", articles()).read_text(encoding="utf-8").splitlines()[0]
    assert list(df.columns) == pq.read_table(parquet).column_names == csv_header.split(",")


def test_cli_output_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "facts.parquet"
    cli = "import sys; from newsfacts.cli import main; sys.argv[0] = 'newsfacts'; main()"
    args = ["extract", str(tmp_path / "a.txt"), "-o", str(out), "--jobs", "1"]
    subprocess.run([sys.executable, "-c", cli, *args], check=True, capture_output=True)
    df = newsfacts.to_dataframe(out)
    expected = newsfacts.to_dataframe(newsfacts.extract(TEXT, source=str(tmp_path / "a.txt")))
    pd.testing.assert_frame_equal(df, expected)


def test_unknown_category_values_in_a_file_are_kept(tmp_path: Path) -> None:
    path = write(tmp_path / "facts.csv", [article_a()])
    path.write_text(path.read_text(encoding="utf-8").replace("party_admission", "new_programme"), "utf-8")
    df = newsfacts.to_dataframe(path)
    assert df.loc[0, "program"] == "new_programme"


# --- errors ---------------------------------------------------------------------------------


def test_unknown_file_type_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "facts.xlsx"
    path.write_bytes(b"PK")
    with pytest.raises(ValueError, match=r"facts\.xlsx.*'\.xlsx'.*\.jsonl"):
        newsfacts.to_dataframe(path)


@pytest.mark.parametrize("fmt", FILE_FORMATS)
def test_missing_file_names_it_and_creates_nothing(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"missing.{fmt}"
    with pytest.raises(FileNotFoundError, match=rf"missing\.{fmt}"):
        newsfacts.to_dataframe(path)
    assert not path.exists()


def test_jsonl_line_that_is_no_record_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "facts.jsonl", [article_a()])
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"source": "x", "facts": [{"type": "rate"}]}) + "\n")
    with pytest.raises(ValueError, match=r"facts\.jsonl:2: not an article record"):
        newsfacts.to_dataframe(path)


def test_csv_with_other_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "facts.csv"
    path.write_text("source,type,value\na.txt,rate,5\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"facts\.csv:1: .*columns"):
        newsfacts.to_dataframe(path)


def test_csv_row_with_missing_cells_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "facts.csv", [article_a()])
    path.write_text(path.read_text(encoding="utf-8") + "news/c.txt,Tiêu đề\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"facts\.csv:4: has 2 cells, not 26"):
        newsfacts.to_dataframe(path)


# A cell of the first fact row edited: (what it held, what it holds now, the error expected)
BAD_CELLS = [
    pytest.param(",312,", ",ba trăm,", r"facts\.csv:2: column learners: 'ba trăm' is not of type int",
                 id="wrong-type-names-file-line-and-column"),
    pytest.param(",19,63,", ",,63,", r"facts\.csv: column span_start is empty in a row",
                 id="fact-without-a-span"),
]


@pytest.mark.parametrize(("before", "after", "error"), BAD_CELLS)
def test_csv_bad_cell_is_refused(tmp_path: Path, before: str, after: str, error: str) -> None:
    path = write(tmp_path / "facts.csv", [article_a()])
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace(before, after)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=error):
        newsfacts.to_dataframe(path)


def test_parquet_with_other_columns_is_refused(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "facts.parquet"
    pq.write_table(pa.table({"source": ["a"], "type": ["rate"]}), path)
    with pytest.raises(ValueError, match=r"facts\.parquet: .*columns"):
        newsfacts.to_dataframe(path)


def test_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "facts.sqlite"
    path.write_text("source,type\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"facts\.sqlite: not a SQLite database"):
        newsfacts.to_dataframe(path)


def test_sqlite_without_the_tables_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(ValueError, match=r"other\.db: .*articles.*facts"):
        newsfacts.to_dataframe(path)


def test_items_that_are_not_records_are_refused() -> None:
    with pytest.raises(TypeError, match=r"Article records or a path.*not int"):
        newsfacts.to_dataframe([42])
    with pytest.raises(TypeError, match=r"Article records or a path.*not float"):
        newsfacts.to_dataframe(4.2)


# --- pandas stays optional ------------------------------------------------------------------


def test_importing_newsfacts_does_not_import_pandas() -> None:
    code = "import sys, newsfacts; print(callable(newsfacts.to_dataframe), 'pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]


def test_without_pandas_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # what an interpreter without pandas sees
    with pytest.raises(ImportError, match=r"pip install 'newsfacts\[pandas\]'") as caught:
        newsfacts.to_dataframe([article_a()])
    assert isinstance(caught.value, MissingExtraError)
