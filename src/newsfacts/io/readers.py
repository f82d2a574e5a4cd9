"""Turn article files into :class:`Document` objects for the pipeline.

One entry point, :func:`read_documents`, chooses the reader by file suffix:

* ``.txt``: one document, the file's text exactly as decoded (spans index it);
* ``.html`` / ``.htm``: the main text and metadata found by trafilatura
  (optional extra ``html``); the record carries that text, since spans
  index it and not the page's bytes;
* ``.jsonl`` / ``.json``: one document per record holding a text field.

Readers are generators so that a JSON Lines archive of any size streams.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from newsfacts.document import Document
from newsfacts.io.errors import ReadError, require

METADATA_FIELDS: tuple[str, ...] = ("title", "published", "category", "author")
"""Record fields copied into ``Document.metadata`` by default (the contract's metadata)."""

SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm", ".jsonl", ".json")

OnError = Callable[[ReadError], None]


def read_documents(
    path: Path,
    *,
    encoding: str | None = None,
    text_field: str = "text",
    source_field: str | None = None,
    metadata_fields: Sequence[str] = METADATA_FIELDS,
    on_error: OnError | None = None,
) -> Iterator[Document]:
    """Documents held by ``path``, in file order.

    Malformed input raises :class:`ReadError` (or the decoder's ``DecodeError``),
    naming the file and, for JSON Lines, the line. With ``on_error`` a bad JSON
    record is reported there and skipped, so one broken line does not lose the
    rest of an archive.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".txt":
        yield _read_txt(path, encoding)
    elif suffix in (".html", ".htm"):
        yield _read_html(path, encoding)
    elif suffix in (".jsonl", ".json"):
        fields = _Fields(text_field, source_field, tuple(metadata_fields))
        reader = _read_jsonl if suffix == ".jsonl" else _read_json
        yield from reader(path, encoding, fields, on_error)
    else:
        raise ReadError(
            str(path), f"unsupported file type {suffix or '(none)'!r}; expected one of {SUFFIXES}"
        )


def _read_txt(path: Path, encoding: str | None) -> Document:
    from newsfacts.text.decode import read_text

    return Document(source=str(path), text=read_text(path, encoding=encoding))


def _read_html(path: Path, encoding: str | None) -> Document:
    trafilatura = require("trafilatura", feature="reading HTML", extra="html")
    data: bytes | str = path.read_bytes()
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
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                line = raw.decode(codec)
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
    try:
        data = json.loads(path.read_bytes().decode(codec))
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
