"""Output writers, chosen by the extension of the output file.

Every writer has the same small interface (:class:`Writer`): ``done`` (the
sources already in the output when resuming), ``write(article)``, ``close()``
(make the output final) and ``abort()`` (leave the old output as it was).
Modules are imported only when their format is asked for, so pyarrow is
loaded only for Parquet. :func:`check_output` refuses, before any work, an
output that cannot be created.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Protocol

from newsfacts.io.errors import OutputError
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


def check_output(path: Path) -> None:
    """Raise :class:`OutputError` if ``path`` cannot become a file: it is a folder, or its folder is missing.

    A missing folder is not created: a mistyped path should fail at once,
    not leave a new folder tree behind.
    """
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise OutputError(str(path), "it is a folder")
    if not folder.exists():
        raise OutputError(str(path), f"the folder {folder} does not exist")
    if not folder.is_dir():
        raise OutputError(str(path), f"{folder} is not a folder")
