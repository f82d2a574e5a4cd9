"""Facts as a pandas DataFrame: one row per fact, the flat columns with pandas types.

The columns are :data:`newsfacts.io.flat.COLUMNS`, the same as the CSV and
Parquet outputs, so a frame built from records equals one read back from
any output file. pandas is optional (extra ``pandas``) and imported only
when :func:`to_dataframe` is called, so ``import newsfacts`` stays light.
"""

from __future__ import annotations

import csv
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from newsfacts.io.errors import ReadError, require
from newsfacts.io.flat import COLUMNS, NAMES, Column, as_date, fact_rows
from newsfacts.records import Article

if TYPE_CHECKING:
    import pandas as pd

Columns = dict[str, list[Any]]


def to_dataframe(facts: Article | Iterable[Article | dict] | str | os.PathLike[str]) -> pd.DataFrame:
    """One row per fact, with the columns of the CSV and Parquet outputs, typed for pandas.

    ``facts`` is an ``Article`` (what :func:`newsfacts.extract` returns), an
    iterable of them (or of their JSON records), or the path of a facts file
    written by ``newsfacts extract`` (.jsonl, .csv, .parquet, .sqlite).
    Types: ``published`` datetime64 (NaT when unknown); ``span_start``,
    ``span_end`` int64; ``classes``, ``learners``, ``deadline`` nullable
    Int64; numbers float64; the contract's enums (``type``, ``qualifier``,
    ``program``, ``change_direction``, ``change_qualifier``) categories; other
    text the nullable ``string`` dtype. Articles without facts give no row.

    Raises :class:`ImportError` naming the extra when pandas is missing, and
    :class:`ValueError` naming the file (and line) for a file that is not a
    facts file.
    """
    pd = require("pandas", feature="newsfacts.to_dataframe", extra="pandas")
    if isinstance(facts, str | os.PathLike):
        path = Path(facts)
        columns = _read_file(path)
        try:
            return _frame(pd, columns)
        except (TypeError, ValueError) as exc:
            raise ReadError(str(path), str(exc)) from None
    return _frame(pd, _from_rows(row for article in _records(facts) for row in fact_rows(article)))


def _records(facts: Article | Iterable[Article | dict]) -> Iterator[Article]:
    if isinstance(facts, Article):  # a model is iterable too, as (field, value) pairs
        yield facts
        return
    if not isinstance(facts, Iterable):
        raise TypeError(
            f"to_dataframe takes Article records or a path to a facts file, not {type(facts).__name__}"
        )
    for item in facts:
        if isinstance(item, Article):
            yield item
        elif isinstance(item, dict):
            yield Article.model_validate(item)
        else:
            raise TypeError(
                f"to_dataframe takes Article records or a path to a facts file, not {type(item).__name__}"
            )


# --- pandas types ---------------------------------------------------------------------------


def _frame(pd: Any, columns: Columns) -> pd.DataFrame:
    return pd.DataFrame({c.name: _series(pd, c, columns[c.name]) for c in COLUMNS})


def _series(pd: Any, column: Column, values: list[Any]) -> pd.Series:
    if column.required and None in values:
        raise ValueError(f"column {column.name} is empty in a row; every fact has one")
    if column.kind == "date":
        dates = [v if isinstance(v, date) or v is None else as_date(str(v)) for v in values]
        return pd.Series(pd.to_datetime(dates), dtype="datetime64[ns]")
    if column.kind == "int":
        return pd.Series(values, dtype="int64" if column.required else "Int64")
    if column.kind == "float":
        return pd.Series(values, dtype="float64")
    if column.values:  # keep values a newer version may add to the contract's enums
        extra = sorted({v for v in values if v is not None} - set(column.values))
        return pd.Series(pd.Categorical(values, categories=[*column.values, *extra]))
    return pd.Series(values, dtype="string")


def _from_rows(rows: Iterable[dict[str, Any]]) -> Columns:
    columns: Columns = {name: [] for name in NAMES}
    for row in rows:
        for name in NAMES:
            columns[name].append(row[name])
    return columns


# --- facts files ----------------------------------------------------------------------------


def _read_file(path: Path) -> Columns:
    suffix = path.suffix.lower()
    if suffix not in _READERS:
        raise ReadError(
            str(path),
            f"unknown facts file type {suffix or '(none)'!r}; expected one of {', '.join(_READERS)}",
        )
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such facts file")
    return _READERS[suffix](path)


def _read_jsonl(path: Path) -> Columns:
    """The contract's records, one per line (blank lines are skipped)."""

    def records() -> Iterator[Article]:
        with path.open("rb") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    yield Article.model_validate_json(line)
                except ValidationError as exc:
                    first = exc.errors()[0]
                    where = ".".join(str(p) for p in first["loc"])
                    detail = f"{where}: {first['msg']}" if where else first["msg"]
                    raise ReadError(str(path), f"not an article record ({detail})", number) from None

    return _from_rows(row for article in records() for row in fact_rows(article))


_PARSE: dict[str, Callable[[str], Any]] = {"str": str, "int": int, "float": float, "date": as_date}


def _read_csv(path: Path) -> Columns:
    """The CSV output: its header must be the flat columns; an empty cell is null."""
    columns: Columns = {name: [] for name in NAMES}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        header = next(rows, None)
        if header is None or tuple(header) != NAMES:
            raise ReadError(str(path), "has other columns than the facts files newsfacts writes", 1)
        for row in rows:
            if len(row) != len(NAMES):
                raise ReadError(str(path), f"has {len(row)} cells, not {len(NAMES)}", rows.line_num)
            for column, cell in zip(COLUMNS, row, strict=True):
                try:
                    columns[column.name].append(_PARSE[column.kind](cell) if cell != "" else None)
                except ValueError:
                    problem = f"column {column.name}: {cell!r} is not of type {column.kind}"
                    raise ReadError(str(path), problem, rows.line_num) from None
    return columns


def _read_parquet(path: Path) -> Columns:
    pq = require("pyarrow.parquet", feature="Reading a Parquet facts file", extra="parquet")
    try:
        table = pq.read_table(path)
    except Exception as exc:  # pyarrow's errors have no common base but ArrowException, a C type
        raise ReadError(str(path), f"not a Parquet file ({exc})") from None
    if tuple(table.column_names) != NAMES:
        raise ReadError(str(path), "has other columns than the facts files newsfacts writes")
    return table.to_pydict()


def _read_sqlite(path: Path) -> Columns:
    """The SQLite output, opened read-only: its ``articles`` and ``facts`` tables as flat rows."""
    from newsfacts.io.writers.sqlite import FACT_ROWS_QUERY

    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return _from_rows(dict(zip(NAMES, row, strict=True)) for row in db.execute(FACT_ROWS_QUERY))
    except sqlite3.OperationalError as exc:
        raise ReadError(str(path), f"has no newsfacts tables 'articles' and 'facts' ({exc})") from None
    except sqlite3.DatabaseError as exc:
        raise ReadError(str(path), f"not a SQLite database ({exc})") from None
    finally:
        db.close()


_READERS: dict[str, Callable[[Path], Columns]] = {
    ".jsonl": _read_jsonl,
    ".csv": _read_csv,
    ".parquet": _read_parquet,
    ".sqlite": _read_sqlite,
    ".sqlite3": _read_sqlite,
    ".db": _read_sqlite,
}
"""The facts files ``newsfacts extract`` writes, by extension (those of ``io.writers.FORMATS``)."""
