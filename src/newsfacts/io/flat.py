"""An article as flat fact rows: the one definition of the tabular columns.

CSV, Parquet and SQLite writers (and the Spark integration) all build their
columns from :data:`COLUMNS`, so a field added here appears in every tabular
format with the same name and type.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from newsfacts.records import Article

Kind = Literal["str", "int", "float"]


@dataclass(frozen=True, slots=True)
class Column:
    """A column name and its logical type (every column is nullable)."""

    name: str
    kind: Kind


ARTICLE_COLUMNS: tuple[Column, ...] = (
    Column("source", "str"),
    Column("title", "str"),
    Column("published", "str"),
    Column("category", "str"),
    Column("author", "str"),
)

FACT_COLUMNS: tuple[Column, ...] = (
    Column("type", "str"),
    Column("span_start", "int"),
    Column("span_end", "int"),
    Column("text", "str"),
    Column("evidence", "str"),
    Column("value", "float"),
    Column("value_max", "float"),
    Column("qualifier", "str"),
    Column("unit", "str"),
    Column("subject", "str"),
    Column("program", "str"),
    Column("classes", "int"),
    Column("learners", "int"),
    Column("organizer", "str"),
    Column("mode", "str"),
    Column("deadline", "int"),
    Column("change_direction", "str"),
    Column("change_value", "float"),
    Column("change_qualifier", "str"),
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


def fact_rows(article: Article) -> Iterator[dict[str, Any]]:
    """The article's facts as rows keyed by :data:`NAMES`, in fact order; absent fields are None."""
    head = dict.fromkeys(NAMES)
    head.update((c.name, getattr(article, c.name)) for c in ARTICLE_COLUMNS)
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


def arrow_schema():
    """The Arrow schema of :data:`COLUMNS` (needs the ``parquet`` extra)."""
    from newsfacts.io.errors import require

    pa = require("pyarrow", feature="Arrow and Parquet output", extra="parquet")
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64()}
    return pa.schema([pa.field(c.name, types[c.kind], nullable=True) for c in COLUMNS])
