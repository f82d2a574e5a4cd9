"""Errors of input files, so that a batch run can report them by file and line."""

from __future__ import annotations


class ReadError(ValueError):
    """A file (or one record in it) that cannot be turned into a document.

    The message always names the file, and the line when there is one, so a
    user with thousands of inputs can find the culprit.
    """

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class OutputError(ValueError):
    """An output file that cannot be written.

    The message names the file the user asked for, never a temporary file
    beside it, and gives the reason in words, without an error number.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"cannot write {path}: {reason}")


def os_reason(exc: OSError) -> str:
    """What went wrong, in words ("permission denied"), without the errno or the file name."""
    text = exc.strerror or str(exc) or type(exc).__name__
    return text[:1].lower() + text[1:]


class MissingExtraError(ImportError):
    """An optional dependency is missing; the message says which extra installs it."""

    def __init__(self, feature: str, extra: str, module: str) -> None:
        super().__init__(
            f"{feature} needs the optional dependency {module!r}: "
            f"install it with  pip install 'newsfacts[{extra}]'"
        )


def require(module: str, *, feature: str, extra: str):
    """Import an optional dependency lazily, failing with the name of the extra to install."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(feature, extra, module) from exc
