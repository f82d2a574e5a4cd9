"""CSV output: one row per fact with the flat columns of :mod:`newsfacts.io.flat`.

UTF-8 without a byte-order mark; empty cells are nulls; ``published`` is
ISO text (``YYYY-MM-DD``), CSV having no date type. Written atomically like
every file output.
"""

from __future__ import annotations

import csv
from pathlib import Path

from newsfacts.io.errors import ReadError
from newsfacts.io.flat import NAMES, fact_rows, text_value
from newsfacts.io.writers.atomic import AtomicFile
from newsfacts.records import Article


class CsvWriter:
    """Fact rows to a temporary file that replaces ``path`` on :meth:`close`.

    With ``resume`` the existing rows are copied and their sources listed in
    ``done``; an article without facts has no row, so it is read again (and
    again writes nothing).
    """

    def __init__(self, path: Path, *, resume: bool = False) -> None:
        self.path = path
        self.done: set[str] = set()
        self._out = AtomicFile(path)
        self._csv = csv.writer(self._out.fh)
        try:
            self._csv.writerow(NAMES)
            if resume and path.exists():
                self._carry_over()
        except BaseException:
            self._out.discard()
            raise

    def _carry_over(self) -> None:
        with self.path.open(encoding="utf-8", newline="") as old:
            rows = csv.reader(old)
            header = next(rows, None)
            if header is None:
                return
            if tuple(header) != NAMES:
                raise ReadError(
                    str(self.path), "existing output has other columns than this version writes", 1
                )
            source = NAMES.index("source")
            for row in rows:
                self.done.add(row[source])
                self._csv.writerow(row)

    def write(self, article: Article) -> None:
        self._csv.writerows([_cell(row[name]) for name in NAMES] for row in fact_rows(article))

    def close(self) -> None:
        self._out.commit()

    def abort(self) -> None:
        self._out.discard()


def _cell(value: object) -> object:
    return "" if value is None else text_value(value)
