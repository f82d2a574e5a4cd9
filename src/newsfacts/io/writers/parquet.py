"""Parquet output: one row per fact, typed columns from :func:`newsfacts.io.flat.arrow_schema`.

Numbers are int64 or float64 and ``published`` is a date (date32), so
pandas, Spark or DuckDB read them typed without parsing.

Needs the optional extra ``parquet`` (pyarrow), imported only here. Rows
are buffered into row groups of bounded size, so memory does not grow with
the corpus.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from newsfacts.io.errors import ReadError, require
from newsfacts.io.flat import arrow_schema, fact_rows
from newsfacts.io.writers.atomic import AtomicFile
from newsfacts.records import Article

ROW_GROUP = 50_000


class ParquetWriter:
    """Fact rows to a temporary Parquet file that replaces ``path`` on :meth:`close`."""

    def __init__(self, path: Path, *, resume: bool = False, row_group: int = ROW_GROUP) -> None:
        self._pa = require("pyarrow", feature="Parquet output", extra="parquet")
        self._pq = require("pyarrow.parquet", feature="Parquet output", extra="parquet")
        self.path = path
        self.done: set[str] = set()
        self.schema = arrow_schema()
        self._row_group = row_group
        self._rows: list[dict[str, Any]] = []
        self._out = AtomicFile(path, binary=True)
        try:
            self._writer = self._pq.ParquetWriter(self._out.fh, self.schema)
            if resume and path.exists():
                self._carry_over()
        except BaseException:
            self._out.discard()
            raise

    def _carry_over(self) -> None:
        old = self._pq.ParquetFile(self.path)
        if not old.schema_arrow.equals(self.schema):
            raise ReadError(str(self.path), "existing output has another schema than this version writes")
        for batch in old.iter_batches():
            self.done.update(s for s in batch.column("source").to_pylist() if s is not None)
            self._writer.write_batch(batch)

    def write(self, article: Article) -> None:
        self._rows.extend(fact_rows(article))
        if len(self._rows) >= self._row_group:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
        self._out.commit()

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._writer.close()
        self._out.discard()
