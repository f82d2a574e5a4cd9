"""Read every output format back as flat fact rows, so tests can compare formats."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from newsfacts.io.flat import COLUMNS, NAMES, fact_rows
from newsfacts.records import Article

_PARSE = {"str": str, "int": int, "float": float, "date": date.fromisoformat}


def rows_from(path: Path) -> list[dict[str, Any]]:
    """Fact rows of an output file of any format, with numbers as numbers."""
    suffix = path.suffix
    if suffix == ".jsonl":
        return [row for article in read_jsonl(path) for row in fact_rows(article)]
    if suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            return [
                {c.name: _PARSE[c.kind](r[c.name]) if r[c.name] != "" else None for c in COLUMNS}
                for r in csv.DictReader(fh)
            ]
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    if suffix == ".sqlite":
        with sqlite3.connect(path) as db:
            db.row_factory = sqlite3.Row
            query = f"SELECT {', '.join(NAMES)} FROM fact_rows"
            return [dict(r) for r in db.execute(query)]
    raise ValueError(suffix)


def read_jsonl(path: Path) -> list[Article]:
    with path.open(encoding="utf-8") as fh:
        return [Article.model_validate(json.loads(line)) for line in fh]


def sources_in(path: Path) -> list[str]:
    """Article sources, in order, with repeats (to catch duplicates)."""
    if path.suffix == ".jsonl":
        return [a.source for a in read_jsonl(path)]
    with sqlite3.connect(path) as db:
        return [s for (s,) in db.execute("SELECT source FROM articles ORDER BY rowid")]


def comparable(rows: list[dict[str, Any]]) -> list[tuple]:
    """Rows as sorted tuples with numbers as floats (formats differ on 4 vs 4.0)."""

    def norm(v: Any) -> Any:
        if isinstance(v, date):
            return v.isoformat()  # SQLite and CSV hold dates as ISO text
        return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else v

    return sorted(tuple(norm(r[n]) for n in NAMES) for r in rows)
