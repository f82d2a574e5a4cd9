"""Output writers, chosen by the extension of the output file.

Every writer has the same small interface (:class:`Writer`): ``done`` (the
sources already in the output when resuming), ``write(article)``, ``close()``
(make the output final) and ``abort()`` (leave the old output as it was).
Modules are imported only when their format is asked for, so pyarrow is
loaded only for Parquet.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Protocol

from newsfacts.records import Article

FORMATS: dict[str, str] = {
    ".jsonl": "jsonl:JsonlWriter",
    ".csv": "csv:CsvWriter",
    ".parquet": "parquet:ParquetWriter",
    ".sqlite": "sqlite:SqliteWriter",
    ".sqlite3": "sqlite:SqliteWriter",
    ".db": "sqlite:SqliteWriter",
}


class Writer(Protocol):
    """What the batch runner needs from an output format."""

    done: set[str]

    def write(self, article: Article) -> None: ...

    def close(self) -> None: ...

    def abort(self) -> None: ...


class UnsupportedFormatError(ValueError):
    """The output file's extension names no known format."""


def open_writer(path: Path, *, resume: bool = False) -> Writer:
    """A writer for ``path``, chosen by its extension; with ``resume`` the existing output is kept."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        supported = ", ".join(FORMATS)
        raise UnsupportedFormatError(
            f"{path}: unknown output format {suffix or '(none)'!r}; supported: {supported}"
        )
    module_name, class_name = FORMATS[suffix].split(":")
    module = importlib.import_module(f"{__name__}.{module_name}")
    return getattr(module, class_name)(Path(path), resume=resume)
