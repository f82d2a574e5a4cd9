"""SQLite output: tables ``articles`` (one row per article) and ``facts`` (one row per fact).

``articles.source`` is the primary key and ``facts`` is keyed by
``(source, idx)``, so writing an article again replaces its rows instead of
adding duplicates. Articles are committed in batches, each batch one
transaction: an interruption loses at most the open batch, never half an
article. The view ``fact_rows`` joins both tables into the flat columns of
:mod:`newsfacts.io.flat`, the same rows as the CSV and Parquet outputs.
SQLite has no date type: ``published`` is ISO text (``YYYY-MM-DD``), which
its date functions read.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newsfacts.io.flat import ARTICLE_COLUMNS, FACT_COLUMNS, NAMES, article_values, fact_rows, text_value
from newsfacts.records import Article

BATCH = 200
_SQL_TYPES = {"str": "TEXT", "int": "INTEGER", "float": "REAL", "date": "TEXT"}
_ARTICLE_NAMES = tuple(c.name for c in ARTICLE_COLUMNS)
_FACT_NAMES = tuple(c.name for c in FACT_COLUMNS)


_FLAT_SELECT = ", ".join(f"a.{n}" if n in _ARTICLE_NAMES else f"f.{n}" for n in NAMES)

FACT_ROWS_QUERY = (
    f"SELECT {_FLAT_SELECT} FROM facts f JOIN articles a ON a.source = f.source ORDER BY a.rowid, f.idx"
)
"""The flat rows (the columns of the ``fact_rows`` view) in the order the articles were written."""


def _schema() -> str:
    meta = ",\n  ".join(f"{c.name} {_SQL_TYPES[c.kind]}" for c in ARTICLE_COLUMNS if c.name != "source")
    facts = ",\n  ".join(f"{c.name} {_SQL_TYPES[c.kind]}" for c in FACT_COLUMNS)
    return f"""
CREATE TABLE IF NOT EXISTS articles (
  source TEXT PRIMARY KEY,
  {meta},
  n_facts INTEGER NOT NULL,
  text TEXT
);
CREATE TABLE IF NOT EXISTS facts (
  source TEXT NOT NULL REFERENCES articles(source) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  {facts},
  PRIMARY KEY (source, idx)
);
CREATE INDEX IF NOT EXISTS facts_type ON facts(type);
CREATE VIEW IF NOT EXISTS fact_rows AS
  SELECT {_FLAT_SELECT} FROM facts f JOIN articles a ON a.source = f.source;
"""


class SqliteWriter:
    """Upserts articles and their facts; ``done`` lists the stored sources when resuming."""

    def __init__(self, path: Path, *, resume: bool = False, batch: int = BATCH) -> None:
        self.path = path
        self._batch = batch
        self._pending = 0
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.executescript(_schema())
        self.done: set[str] = (
            {s for (s,) in self._db.execute("SELECT source FROM articles")} if resume else set()
        )
        self._insert_article = (
            f"INSERT INTO articles (source, {', '.join(_ARTICLE_NAMES[1:])}, n_facts, text) "
            f"VALUES ({', '.join('?' * (len(_ARTICLE_NAMES) + 2))})"
        )
        self._insert_fact = (
            f"INSERT INTO facts (source, idx, {', '.join(_FACT_NAMES)}) "
            f"VALUES ({', '.join('?' * (len(_FACT_NAMES) + 2))})"
        )

    def write(self, article: Article) -> None:
        if article.source is None:
            raise ValueError("SQLite output keys articles by source; this article has none")
        if self._pending == 0:
            self._db.execute("BEGIN")
        source = article.source
        self._db.execute("DELETE FROM facts WHERE source = ?", (source,))
        self._db.execute("DELETE FROM articles WHERE source = ?", (source,))
        meta = [text_value(v) for v in article_values(article).values()]
        self._db.execute(self._insert_article, (*meta, len(article.facts), article.text))
        self._db.executemany(
            self._insert_fact,
            (
                (source, idx, *(text_value(row[n]) for n in _FACT_NAMES))
                for idx, row in enumerate(fact_rows(article))
            ),
        )
        self._pending += 1
        if self._pending >= self._batch:
            self._commit()

    def _commit(self) -> None:
        if self._pending:
            self._db.execute("COMMIT")
            self._pending = 0

    def close(self) -> None:
        self._commit()
        self._db.close()

    def abort(self) -> None:
        """Roll back the open batch; committed batches hold whole articles and stay."""
        if self._pending:
            self._db.execute("ROLLBACK")
            self._pending = 0
        self._db.close()
