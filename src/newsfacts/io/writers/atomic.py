"""A file that replaces its target only when complete.

Output is written to a hidden temporary file in the target's folder and
moved over the target with ``os.replace`` (atomic on one file system) when
the run ends, so a crash or an error never leaves a truncated output and the
previous output stays intact. An error names the target, the file the
user asked for, not the temporary file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


class AtomicFile:
    """A temporary file beside ``target``; :meth:`commit` moves it into place."""

    def __init__(self, target: Path, *, binary: bool = False) -> None:
        self.target = target
        with _naming(target):
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        self.temp = Path(name)
        mode = "wb" if binary else "w"
        self.fh: IO = os.fdopen(fd, mode) if binary else os.fdopen(fd, mode, encoding="utf-8", newline="")

    def rename(self, temp: Path) -> None:
        """Move the temporary file (still open, still written to) to ``temp`` in the same folder.

        Used to give the file a fixed name that a later run can find after a
        crash; writing continues through the same open handle.
        """
        with _naming(self.target):
            self.fh.flush()
            os.fsync(self.fh.fileno())
            os.replace(self.temp, temp)
        self.temp = temp

    def commit(self) -> None:
        """Flush to disk and replace the target (which keeps normal permissions, not mkstemp's 0600)."""
        with _naming(self.target):
            if not self.fh.closed:
                self.fh.flush()
                os.fsync(self.fh.fileno())
                self.fh.close()
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.temp, 0o666 & ~umask)
            os.replace(self.temp, self.target)

    def discard(self) -> None:
        """Drop the temporary file; the target is untouched."""
        with contextlib.suppress(OSError):
            self.fh.close()
        with contextlib.suppress(FileNotFoundError):
            self.temp.unlink()


@contextlib.contextmanager
def _naming(target: Path) -> Iterator[None]:
    """Re-raise an OSError about the temporary file as the same error about ``target``."""
    try:
        yield
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror or str(exc), str(target)) from exc  # errno picks the subclass
