"""JSON Lines output: one contract record per article (``Article.model_dump(mode="json")``).

Records are written, one flushed line per article, to a checkpoint file
beside the output (``.NAME.partial``) that replaces the output when the run
ends. If the process dies (killed, out of memory, power cut), the output is
as it was before the run and the checkpoint holds the articles finished so
far; ``--resume`` reads both, so the next run goes on from there without
repeating an article.
"""

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


def checkpoint_path(path: Path) -> Path:
    """The hidden file a run writes its records to until it ends (``.NAME.partial``)."""
    return path.with_name(f".{path.name}.partial")


class JsonlWriter:
    """Writes records to a checkpoint file that replaces ``path`` on :meth:`close`.

    With ``resume`` the existing file's records, then the complete records
    of a checkpoint left by a run that died, are copied first, each source
    once, and their sources are listed in ``done``. Without ``resume`` an old
    checkpoint is replaced, like the output.
    """

    def __init__(self, path: Path, *, resume: bool = False) -> None:
        self.path = path
        self.checkpoint = checkpoint_path(path)
        self.done: set[str] = set()
        self._out = AtomicFile(path)
        try:
            if resume and path.exists():
                self._carry_over(path, strict=True)
            if resume and self.checkpoint.exists():
                self._carry_over(self.checkpoint, strict=False)
            self._out.rename(self.checkpoint)
        except BaseException:
            self._out.discard()
            raise

    def _carry_over(self, old_path: Path, *, strict: bool) -> None:
        """Copy the records of ``old_path`` whose source is not yet done.

        ``strict``: a line that is not a JSON object is an error (the output
        the user has). Otherwise (a checkpoint cut off by a crash) such a line
        and a last line without its newline are dropped: those articles are
        simply done again.
        """
        with old_path.open("rb") as old:
            for number, raw in enumerate(old, start=1):
                complete = raw.endswith(b"\n")
                try:
                    line = raw.decode("utf-8").rstrip("\r\n")
                    if not line.strip():
                        continue
                    source = json.loads(line).get("source")
                except (UnicodeDecodeError, json.JSONDecodeError, AttributeError):
                    if strict:
                        raise ReadError(str(old_path), "existing output is not JSON Lines", number) from None
                    continue
                if not (strict or complete):
                    continue
                if source is not None:
                    if source in self.done:
                        continue
                    self.done.add(source)
                self._out.fh.write(line + "\n")

    def write(self, article: Article) -> None:
        self._out.fh.write(record_line(article))
        self._out.fh.flush()  # a whole line reaches the checkpoint before the next article

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
