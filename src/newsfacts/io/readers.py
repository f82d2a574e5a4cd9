"""Turn article files into :class:`Document` objects for the pipeline.

One entry point, :func:`read_documents`, chooses the reader by the file's
format, which is named (``fmt``) or found from the extension in any case,
under a ``.gz`` that is decompressed on the way:

* ``text`` (``.txt``, and any extension this module does not know): one
  document, the file's text exactly as decoded (spans index it);
* ``html`` (``.html`` / ``.htm``): the main text and metadata found by
  trafilatura (optional extra ``html``); the record carries that text,
  since spans index it and not the page's bytes;
* ``jsonl`` / ``json``: one document per record holding a text field.

The path ``-`` is standard input. Readers are generators so that a JSON
Lines archive of any size streams.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from newsfacts.document import Document
from newsfacts.io.errors import ReadError, require

METADATA_FIELDS: tuple[str, ...] = ("title", "published", "category", "author")
"""Record fields copied into ``Document.metadata`` by default (the contract's metadata)."""

FORMATS: tuple[str, ...] = ("text", "html", "jsonl", "json")
FORMAT_OF_SUFFIX: dict[str, str] = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".json": "json",
}
"""Known extensions (compared in lower case); any other file is read as text."""
SUFFIXES: tuple[str, ...] = tuple(FORMAT_OF_SUFFIX)
COMPRESSED = ".gz"
ARCHIVE_FORMATS: tuple[str, ...] = ("jsonl", "json")
"""Formats that hold many articles."""
STDIN = "-"
"""The path that names standard input."""

OnError = Callable[[ReadError], None]
_GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)
"""What reading a damaged .gz raises (EOFError and zlib.error are no OSError)."""


def file_format(path: Path | str, fmt: str = "auto") -> str:
    """The reader for ``path``: ``fmt`` unless it is ``auto``, else by extension (text when unknown)."""
    if fmt != "auto":
        if fmt not in FORMATS:
            raise ValueError(f"unknown input format {fmt!r}; expected auto, {', '.join(FORMATS)}")
        return fmt
    name = Path(path).name.lower().removesuffix(COMPRESSED)
    return FORMAT_OF_SUFFIX.get(Path(name).suffix, "text")


def is_compressed(path: Path | str) -> bool:
    return str(path) != STDIN and Path(path).name.lower().endswith(COMPRESSED)


def read_documents(
    path: Path,
    *,
    fmt: str = "auto",
    encoding: str | None = None,
    text_field: str = "text",
    source_field: str | None = None,
    metadata_fields: Sequence[str] = METADATA_FIELDS,
    max_bytes: int | None = None,
    on_error: OnError | None = None,
) -> Iterator[Document]:
    """Documents held by ``path`` (``-``: standard input), in file order.

    Malformed input raises :class:`ReadError` (or the decoder's ``DecodeError``),
    naming the file and, for JSON Lines, the line. With ``on_error`` a bad JSON
    record is reported there and skipped, so one broken line does not lose the
    rest of an archive. ``max_bytes`` bounds a text or HTML article as read
    (after decompression), so a small ``.gz`` cannot expand without limit.
    """
    path = Path(path)
    kind = file_format(path, fmt)
    try:
        if kind == "text":
            yield _read_txt(path, encoding, max_bytes)
        elif kind == "html":
            yield _read_html(path, encoding, max_bytes)
        else:
            fields = _Fields(text_field, source_field, tuple(metadata_fields))
            reader = _read_jsonl if kind == "jsonl" else _read_json
            yield from reader(path, encoding, fields, on_error)
    except _GZIP_ERRORS as exc:
        raise ReadError(str(path), _gzip_problem(exc)) from None


def _gzip_problem(exc: Exception) -> str:
    if isinstance(exc, gzip.BadGzipFile):
        return "not a gzip file, though its name ends in .gz"
    if isinstance(exc, EOFError):
        return "gzip file cut off before its end"
    return f"corrupt gzip data ({exc})"


@contextlib.contextmanager
def _open(path: Path) -> Iterator[IO[bytes]]:
    """The file's bytes: decompressed for ``.gz``, standard input (left open) for ``-``."""
    if str(path) == STDIN:
        yield sys.stdin.buffer
    elif is_compressed(path):
        with gzip.open(path, "rb") as fh:
            yield fh
    else:
        with path.open("rb") as fh:
            yield fh


def _read_bytes(path: Path, max_bytes: int | None) -> bytes:
    with _open(path) as fh:
        data = fh.read() if not max_bytes else fh.read(max_bytes + 1)
    if max_bytes and len(data) > max_bytes:
        raise ReadError(str(path), f"article larger than the limit of {max_bytes:,} bytes (--max-bytes)")
    return data


def _read_txt(path: Path, encoding: str | None, max_bytes: int | None) -> Document:
    from newsfacts.text.decode import decode_bytes

    text = decode_bytes(_read_bytes(path, max_bytes), encoding=encoding, source=str(path))
    return Document(source=str(path), text=text)


def _read_html(path: Path, encoding: str | None, max_bytes: int | None) -> Document:
    trafilatura = require("trafilatura", feature="reading HTML", extra="html")
    data: bytes | str = _read_bytes(path, max_bytes)
    if encoding is not None:
        from newsfacts.text.decode import decode_bytes

        data = decode_bytes(data, encoding=encoding, source=str(path))
    found = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=True)
    text = getattr(found, "text", None) if found is not None else None
    if not text:
        raise ReadError(str(path), "no main text found in the HTML page")
    metadata = {
        "title": found.title,
        "published": found.date,
        "author": found.author,
        "category": next((c for c in found.categories or () if c), None),
    }
    return Document(
        source=str(path),
        text=text,
        metadata={k: v for k, v in metadata.items() if v},
        carry_text=True,
    )


class _Fields:
    """Which record fields hold the text, the source and the metadata."""

    __slots__ = ("metadata", "source", "text")

    def __init__(self, text: str, source: str | None, metadata: tuple[str, ...]) -> None:
        self.text, self.source, self.metadata = text, source, metadata

    def document(self, record: Any, default_source: str, path: Path, line: int | None) -> Document:
        if not isinstance(record, dict):
            raise ReadError(str(path), f"a record must be a JSON object, not {type(record).__name__}", line)
        text = record.get(self.text)
        if not isinstance(text, str):
            problem = "has no" if text is None else "has a non-string"
            raise ReadError(str(path), f"record {problem} text field {self.text!r}", line)
        source = record.get(self.source) if self.source else None
        metadata = {name: _as_text(record[name]) for name in self.metadata if name in record}
        return Document(
            source=str(source) if source is not None else default_source, text=text, metadata=metadata
        )


def _as_text(value: Any) -> str | None:
    return None if value is None else value if isinstance(value, str) else str(value)


def _report(error: ReadError, on_error: OnError | None) -> None:
    if on_error is None:
        raise error
    on_error(error)


def _read_jsonl(
    path: Path, encoding: str | None, fields: _Fields, on_error: OnError | None
) -> Iterator[Document]:
    """One record per line; source ``PATH#LINE`` (lines count from 1) unless the record names one."""
    codec = encoding or "utf-8"
    with _open(path) as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                # Without its line end, so that an error at the end of the line is reported there.
                line = raw.decode(codec).rstrip("\r\n")
                if number == 1:
                    line = line.removeprefix("\ufeff")
                if not line.strip():
                    continue
                record = json.loads(line)
                yield fields.document(record, f"{path}#{number}", path, number)
            except UnicodeDecodeError as exc:
                _report(ReadError(str(path), f"cannot decode as {codec}: {exc.reason}", number), on_error)
            except json.JSONDecodeError as exc:
                _report(
                    ReadError(str(path), f"malformed JSON: {exc.msg} (column {exc.colno})", number), on_error
                )
            except ReadError as exc:
                _report(exc, on_error)


def _read_json(
    path: Path, encoding: str | None, fields: _Fields, on_error: OnError | None
) -> Iterator[Document]:
    """A list of records (source ``PATH#N``, N from 1) or a single record (source ``PATH``)."""
    codec = encoding or "utf-8-sig"
    with _open(path) as fh:
        raw = fh.read()
    try:
        data = json.loads(raw.decode(codec))
    except UnicodeDecodeError as exc:
        raise ReadError(str(path), f"cannot decode as {codec}: {exc.reason}") from None
    except json.JSONDecodeError as exc:
        raise ReadError(str(path), f"malformed JSON: {exc.msg} (column {exc.colno})", exc.lineno) from None
    if not isinstance(data, list):
        yield fields.document(data, str(path), path, None)
        return
    for number, record in enumerate(data, start=1):
        try:
            yield fields.document(record, f"{path}#{number}", path, None)
        except ReadError as exc:
            _report(ReadError(str(path), f"record {number}: {exc.reason}"), on_error)
