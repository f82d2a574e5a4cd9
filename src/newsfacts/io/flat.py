"""An article as flat fact rows: the one definition of the tabular columns.

CSV, Parquet and SQLite writers, the Spark integration and
:func:`newsfacts.to_dataframe` all build their columns from :data:`COLUMNS`,
so a field added here appears in every tabular format with the same name
and type.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Literal

from newsfacts.records import Article, Direction, FactType, Program, Qualifier

Kind = Literal["str", "int", "float", "date"]


@dataclass(frozen=True, slots=True)
class Column:
    """A column name and its logical type (every column is nullable in the file formats).

    ``values``: the closed set of strings the column holds (the contract's
    enums), so tables can store it as a category. ``required``: every fact
    has it, so a table can use a type without a null.
    """

    name: str
    kind: Kind
    values: tuple[str, ...] = ()
    required: bool = False


def _values(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


ARTICLE_COLUMNS: tuple[Column, ...] = (
    Column("source", "str"),
    Column("title", "str"),
    Column("published", "date"),
    Column("category", "str"),
    Column("author", "str"),
)

FACT_COLUMNS: tuple[Column, ...] = (
    Column("type", "str", values=_values(FactType), required=True),
    Column("span_start", "int", required=True),
    Column("span_end", "int", required=True),
    Column("text", "str", required=True),
    Column("evidence", "str", required=True),
    Column("value", "float"),
    Column("value_max", "float"),
    Column("qualifier", "str", values=_values(Qualifier)),
    Column("unit", "str"),
    Column("subject", "str"),
    Column("program", "str", values=_values(Program)),
    Column("classes", "int"),
    Column("learners", "int"),
    Column("organizer", "str"),
    Column("mode", "str"),
    Column("deadline", "int"),
    Column("change_direction", "str", values=_values(Direction)),
    Column("change_value", "float"),
    Column("change_qualifier", "str", values=_values(Qualifier)),
    Column("change_unit", "str"),
    Column("rule", "str"),
)

COLUMNS: tuple[Column, ...] = ARTICLE_COLUMNS + FACT_COLUMNS
"""One row per fact: the article's metadata, then the fact's fields."""

NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)

_FACT_FIELDS = tuple(
    c.name
    for c in FACT_COLUMNS
    if c.name not in ("span_start", "span_end") and not c.name.startswith("change_")
)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?![\d-])")


def as_date(value: str | None) -> date | None:
    """The date an ISO value starts with ("2023-09-14", "2023-09-14T07:30:00+07:00"), else None.

    ``published`` is an ISO date by the contract, but a JSON record's own field
    is passed on as written; a value that is not an ISO date becomes unknown
    rather than a guess (is "04/05/2023" April or May?).
    """
    match = _ISO_DATE.match(value) if value else None
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group())
    except ValueError:  # 2023-02-30
        return None


def article_values(article: Article) -> dict[str, Any]:
    """The article's columns (:data:`ARTICLE_COLUMNS`) in their logical types."""
    return {
        c.name: as_date(getattr(article, c.name)) if c.kind == "date" else getattr(article, c.name)
        for c in ARTICLE_COLUMNS
    }


def fact_rows(article: Article) -> Iterator[dict[str, Any]]:
    """The article's facts as rows keyed by :data:`NAMES`, in fact order; absent fields are None.

    ``published`` is a :class:`datetime.date` (see :func:`as_date`); the other
    values are as in the record (a whole number in a float column stays int).
    """
    head = dict.fromkeys(NAMES)
    head.update(article_values(article))
    for fact in article.facts:
        row = dict(head)
        row["span_start"], row["span_end"] = fact.span
        for name in _FACT_FIELDS:
            row[name] = _plain(getattr(fact, name, None))
        change = getattr(fact, "change", None)
        row["change_direction"] = _plain(change.direction) if change else None
        row["change_value"] = change.value if change else None
        row["change_qualifier"] = _plain(change.qualifier) if change else None
        row["change_unit"] = change.unit if change else None
        yield row


def _plain(value: Any) -> Any:
    """Enum members as their string values (records keep enums on ``Change``)."""
    return getattr(value, "value", value)


def text_value(value: Any) -> Any:
    """A cell for a format without a date type (CSV, SQLite): dates as ISO text, the rest as is."""
    return value.isoformat() if isinstance(value, date) else value


def arrow_schema():
    """The Arrow schema of :data:`COLUMNS` (needs the ``parquet`` extra); ``published`` is date32."""
    from newsfacts.io.errors import require

    pa = require("pyarrow", feature="Arrow and Parquet output", extra="parquet")
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "date": pa.date32()}
    return pa.schema([pa.field(c.name, types[c.kind], nullable=True) for c in COLUMNS])
