"""JSON Lines output: one contract record per article (``Article.model_dump(mode="json")``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

from newsfacts.io.errors import ReadError
from newsfacts.io.writers.atomic import AtomicFile
from newsfacts.records import Article


def record_line(article: Article) -> str:
    """One JSON Lines record, UTF-8 text unescaped so Vietnamese stays readable."""
    return article.model_dump_json() + "\n"


class JsonlWriter:
    """Writes records to a temporary file that replaces ``path`` on :meth:`close`.

    With ``resume`` the existing file's records are copied first, unchanged,
    and their sources are listed in ``done``.
    """

    def __init__(self, path: Path, *, resume: bool = False) -> None:
        self.path = path
        self.done: set[str] = set()
        self._out = AtomicFile(path)
        try:
            if resume and path.exists():
                self._carry_over()
        except BaseException:
            self._out.discard()
            raise

    def _carry_over(self) -> None:
        with self.path.open(encoding="utf-8") as old:
            for number, line in enumerate(old, start=1):
                if not line.strip():
                    continue
                try:
                    source = json.loads(line).get("source")
                except (json.JSONDecodeError, AttributeError):
                    raise ReadError(str(self.path), "existing output is not JSON Lines", number) from None
                if source is not None:
                    self.done.add(source)
                self._out.fh.write(line if line.endswith("\n") else line + "\n")

    def write(self, article: Article) -> None:
        self._out.fh.write(record_line(article))

    def close(self) -> None:
        self._out.commit()

    def abort(self) -> None:
        self._out.discard()


class JsonlStreamWriter:
    """Records to an open text stream (standard output); nothing to resume or replace."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.done: set[str] = set()

    def write(self, article: Article) -> None:
        self.stream.write(record_line(article))

    def close(self) -> None:
        self.stream.flush()

    def abort(self) -> None:
        self.stream.flush()
