"""Facts from a Spark DataFrame of articles (optional extra ``spark``).

For archives larger than one machine: the same pipeline as
:func:`newsfacts.extract`, run inside Spark's Python workers through
``DataFrame.mapInArrow``. Articles reach Python as Arrow record batches and
facts leave the same way, so there is no per-row UDF call and no pandas
conversion; each worker process builds the pipeline once (it is cached per
process) and reuses it for every batch it is given.

* :func:`extract_facts`: one row per fact with exactly the columns and types
  of the Parquet output (:data:`newsfacts.io.flat.COLUMNS`);
* :func:`extract_articles`: one row per article, its facts as an array of
  structs with the same fact columns, plus ``rejected`` and ``error``;
* :func:`extract_files`: the same article rows from raw files (whole
  ``.txt`` files and single ``.jsonl`` lines), read exactly as
  ``newsfacts extract`` reads them, with the same failure reasons and names;
  the job (:mod:`newsfacts.spark_job`) is built on it.

The text column may be a string, or binary (e.g. ``content`` of Spark's
``binaryFile`` source), which is decoded exactly as ``newsfacts extract``
decodes a ``.txt`` file, so that spans index the same text.

pyspark is imported only inside the functions, so this module imports
without the extra.
"""

from __future__ import annotations

import functools
import itertools
import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any, Literal

from newsfacts.document import Document
from newsfacts.io.errors import ReadError
from newsfacts.io.flat import (
    ARTICLE_COLUMNS,
    COLUMNS,
    FACT_COLUMNS,
    arrow_schema,
    article_values,
    as_date,
    fact_rows,
)
from newsfacts.io.readers import METADATA_FIELDS, _Fields
from newsfacts.records import Article

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructType

__all__ = [
    "article_schema",
    "extract_articles",
    "extract_facts",
    "extract_files",
    "fact_schema",
    "facts_of_articles",
    "file_record_schema",
]

Errors = Literal["raise", "skip"]

FLUSH_ROWS = 10_000
"""Output rows per Arrow batch handed back to Spark, so a worker never holds a partition's facts at once."""

JSONL_CODEC = "utf-8"
"""The encoding of JSON Lines files, as ``newsfacts extract`` reads them without ``--encoding``."""

log = logging.getLogger(__name__)

Head = dict[str, Any]
"""An output row's fields known before extraction: source, metadata, where the article came from."""


# --- schemas (driver side) -----------------------------------------------------


def _spark_type(kind: str):
    from pyspark.sql import types as T

    types = {"str": T.StringType(), "int": T.LongType(), "float": T.DoubleType(), "date": T.DateType()}
    return types[kind]


def fact_schema() -> StructType:
    """Spark schema of one fact row: :data:`~newsfacts.io.flat.COLUMNS`, the Parquet output's columns."""
    from pyspark.sql import types as T

    return T.StructType([T.StructField(c.name, _spark_type(c.kind), nullable=True) for c in COLUMNS])


def article_schema() -> StructType:
    """Spark schema of one article row: metadata, ``facts`` (array of fact structs), ``rejected``, ``error``.

    ``facts`` holds structs rather than a JSON string so that facts stay typed
    and queryable (filter, explode, aggregate) without parsing, are stored
    column by column in Parquet, and explode into exactly the rows of
    :func:`extract_facts`.
    """
    from pyspark.sql import types as T

    fact = T.StructType([T.StructField(c.name, _spark_type(c.kind), nullable=True) for c in FACT_COLUMNS])
    fields = [T.StructField(c.name, _spark_type(c.kind), nullable=True) for c in ARTICLE_COLUMNS]
    fields += [
        T.StructField("facts", T.ArrayType(fact, containsNull=False), nullable=True),
        T.StructField("rejected", T.ArrayType(T.StringType(), containsNull=False), nullable=True),
        T.StructField("error", T.StringType(), nullable=True),
    ]
    return T.StructType(fields)


def file_record_schema() -> StructType:
    """:func:`article_schema` plus ``path`` and ``line``: where a record, or a failure, came from.

    They hold what ``newsfacts extract --errors`` reports: ``path`` names the
    file as the user gave it, and ``line`` is set only for a JSON Lines line
    that could not be read (an article read from a line is named
    ``PATH#LINE`` by its ``source``).
    """
    from pyspark.sql import types as T

    return T.StructType(
        [
            *article_schema().fields,
            T.StructField("path", T.StringType(), nullable=True),
            T.StructField("line", T.LongType(), nullable=True),
        ]
    )


# --- public API ------------------------------------------------------------------


def extract_facts(
    df: DataFrame,
    text_col: str = "text",
    source_col: str | None = "source",
    *,
    metadata_cols: Sequence[str] | None = None,
    errors: Errors = "raise",
) -> DataFrame:
    """One row per fact of every article in ``df``, with the Parquet output's columns.

    ``source_col`` names each article (null when absent from ``df``).
    ``metadata_cols`` are columns whose values win over the metadata found in
    the text, as the fields of a JSON Lines record do; by default the
    contract's ``title``, ``published``, ``category``, ``author`` where ``df``
    has them. With ``errors="raise"`` an article that cannot be decoded or
    extracted fails the task (and, after Spark's retries, the job), naming
    the article; with ``"skip"`` it is logged on the executor and yields no row
    (use :func:`extract_articles` to keep a record of such articles).
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    spec = _Spec.of(df, text_col, source_col, metadata_cols)
    func = functools.partial(_fact_batches, spec=spec, errors=errors)
    return df.select(*spec.columns).mapInArrow(func, fact_schema())


def extract_articles(
    df: DataFrame,
    text_col: str = "text",
    source_col: str | None = "source",
    *,
    metadata_cols: Sequence[str] | None = None,
    carry: Sequence[str] = (),
) -> DataFrame:
    """One row per article of ``df``: metadata, typed ``facts``, ``rejected`` candidates, ``error``.

    Never fails on a bad article: its ``error`` says why it produced no
    record (undecodable bytes, a crash in the pipeline) and its ``facts`` is
    null. ``carry`` names input columns copied unchanged to the end of each
    row (an id to join on, the file an article came from). The other
    arguments are those of :func:`extract_facts`.
    """
    from pyspark.sql import types as T

    spec = _Spec.of(df, text_col, source_col, metadata_cols, carry)
    schema = article_schema()
    clash = sorted(set(spec.carry) & set(schema.names))
    if clash:
        raise ValueError(f"carried column(s) {clash} would replace columns of the article rows")
    schema = T.StructType([*schema.fields, *(df.schema[c] for c in spec.carry)])
    func = functools.partial(_article_batches, spec=spec)
    return df.select(*spec.columns).mapInArrow(func, schema)


def facts_of_articles(articles: DataFrame) -> DataFrame:
    """The fact rows of :func:`extract_articles`' output (articles without facts give none)."""
    from pyspark.sql import functions as F

    head = [F.col(c.name) for c in ARTICLE_COLUMNS]
    exploded = articles.select(*head, F.explode("facts").alias("_fact"))
    return exploded.select(*head, *(F.col(f"_fact.{c.name}").alias(c.name) for c in FACT_COLUMNS))


def extract_files(
    files: DataFrame,
    *,
    text_field: str = "text",
    source_field: str | None = None,
) -> DataFrame:
    """Article rows (:func:`file_record_schema`) of raw input files, read as ``newsfacts extract`` reads them.

    ``files`` has ``content`` (binary), ``path`` (the file's name, as
    ``newsfacts extract`` prints it) and ``line`` (long). A row whose ``line``
    is null is a whole ``.txt`` file: one article named by its path. A row
    with a ``line`` is that line of a JSON Lines file: a JSON object with a
    text field (``text_field``), named by its ``source_field`` or
    ``PATH#LINE``; blank lines give no row. Every row that is not read, or not
    extracted, becomes a row with ``error`` holding the same reason as
    ``newsfacts extract`` gives (undecodable bytes, malformed JSON with its
    column, a record without text), and its ``source`` null when the article
    could not be read.
    """
    func = functools.partial(_file_batches, fields=_Fields(text_field, source_field, METADATA_FIELDS))
    return files.select("content", "path", "line").mapInArrow(func, file_record_schema())


# --- what the workers run ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Spec:
    """Which input columns hold the text, the source and the metadata; pickled to the workers."""

    text: str
    source: str | None
    metadata: tuple[str, ...]
    carry: tuple[str, ...] = ()

    @classmethod
    def of(
        cls,
        df: DataFrame,
        text: str,
        source: str | None,
        metadata: Sequence[str] | None,
        carry: Sequence[str] = (),
    ) -> _Spec:
        names = set(df.columns)
        if text not in names:
            raise ValueError(f"no text column {text!r} in the DataFrame (columns: {sorted(names)})")
        if metadata is None:
            metadata = [m for m in METADATA_FIELDS if m in names]
        missing = [m for m in [*metadata, *carry] if m not in names]
        if missing:
            raise ValueError(f"no column(s) {missing} in the DataFrame (columns: {sorted(names)})")
        return cls(text, source if source in names else None, tuple(metadata), tuple(dict.fromkeys(carry)))

    @property
    def columns(self) -> list[str]:
        source = [self.source] if self.source else []
        return list(dict.fromkeys([self.text, *source, *self.metadata, *self.carry]))


def _documents(batches: Iterable[pa.RecordBatch], spec: _Spec) -> Iterator[tuple[Head, Document | str]]:
    """Each row as (metadata columns, document), or (metadata, reason) when its text cannot be read."""
    for batch in batches:
        texts = batch.column(spec.text).to_pylist()
        sources = batch.column(spec.source).to_pylist() if spec.source else [None] * len(texts)
        meta_values = {m: batch.column(m).to_pylist() for m in spec.metadata}
        carried = {c: batch.column(c).to_pylist() for c in spec.carry}
        for i, (raw, source) in enumerate(zip(texts, sources, strict=True)):
            source = None if source is None else str(source)
            metadata = {m: _as_text(values[i]) for m, values in meta_values.items()}
            head = {"source": source, **metadata, **{c: values[i] for c, values in carried.items()}}
            try:
                yield head, Document(source=source, text=_text(raw, source), metadata=metadata)
            except ValueError as exc:  # DecodeError names the article; the caller adds the name itself
                yield head, str(exc).removeprefix(f"{source}: ")


def _file_documents(
    batches: Iterable[pa.RecordBatch], fields: _Fields
) -> Iterator[tuple[Head, Document | str]]:
    """Each file or JSON Lines line as (where it came from, document), or (where, reason) when unreadable.

    The head of a failure carries the path and, for a line, its number, with
    no source: the failure records of ``newsfacts extract`` read the same.
    """
    for batch in batches:
        contents = batch.column("content").to_pylist()
        paths = batch.column("path").to_pylist()
        lines = batch.column("line").to_pylist()
        for raw, path, number in zip(contents, paths, lines, strict=True):
            try:
                doc = _read_txt(raw, path) if number is None else _read_jsonl_line(raw, number, path, fields)
            except ReadError as exc:
                yield {"source": None, "path": path, "line": exc.line}, exc.reason
                continue
            if doc is not None:
                yield {"source": doc.source, "path": path, "line": None, **doc.metadata}, doc


def _read_txt(raw: bytes | None, path: str) -> Document:
    """A whole ``.txt`` file as one document named by its path (``newsfacts extract``'s ``.txt`` reader)."""
    from newsfacts.text.decode import decode_bytes

    try:
        return Document(source=path, text=decode_bytes(raw or b"", source=path))
    except ValueError as exc:  # DecodeError names the file; the failure carries the path itself
        raise ReadError(path, str(exc).removeprefix(f"{path}: ")) from None


def _read_jsonl_line(raw: bytes | None, number: int, path: str, fields: _Fields) -> Document | None:
    """Line ``number`` of a JSON Lines file, read as ``newsfacts extract`` reads it; None for a blank line."""
    try:
        line = (raw or b"").decode(JSONL_CODEC).rstrip("\r\n")  # an error at the line's end is reported there
    except UnicodeDecodeError as exc:
        raise ReadError(path, f"cannot decode as {JSONL_CODEC}: {exc.reason}", number) from None
    if number == 1:
        line = line.removeprefix("\ufeff")
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ReadError(path, f"malformed JSON: {exc.msg} (column {exc.colno})", number) from None
    return fields.document(record, f"{path}#{number}", PurePosixPath(path), number)


def _text(raw: str | bytes | None, source: str | None) -> str:
    if raw is None:
        raise ValueError("the text is null")
    if isinstance(raw, str):
        return raw
    from newsfacts.text.decode import decode_bytes

    return decode_bytes(raw, source=source)


def _as_text(value: Any) -> str | None:
    """Metadata as strings, like JSON record fields (a Spark date becomes its ISO form)."""
    if value is None or isinstance(value, str):
        return value
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _outcomes(documents: Iterable[tuple[Head, Document | str]]) -> Iterator[tuple[Head, Article | str]]:
    """(row head, record) per document, or (row head, reason) when it could not be read or extracted."""
    from newsfacts.pipeline import default_pipeline

    pipeline = default_pipeline()
    # Dropped candidates are in each record's "rejected"; a warning per article would flood executor logs.
    logging.getLogger("newsfacts.pipeline").setLevel(logging.ERROR)
    for head, doc in documents:
        if isinstance(doc, str):
            yield head, doc
            continue
        try:
            yield head, pipeline.run_document(doc)
        except Exception as exc:
            yield head, f"internal error: {type(exc).__name__}: {exc}"


def _fact_batches(batches: Iterator[pa.RecordBatch], spec: _Spec, errors: Errors) -> Iterator[pa.RecordBatch]:
    schema = arrow_schema()
    rows: list[dict[str, Any]] = []
    for head, outcome in _outcomes(_documents(batches, spec)):
        if isinstance(outcome, str):
            message = f"{head['source'] or '<article without source>'}: {outcome}"
            if errors == "raise":
                raise ValueError(message)
            log.error("skipped %s", message)
            continue
        rows.extend(fact_rows(outcome))
        if len(rows) >= FLUSH_ROWS:
            yield _batch(rows, schema)
            rows = []
    if rows:
        yield _batch(rows, schema)


def _article_batches(batches: Iterator[pa.RecordBatch], spec: _Spec) -> Iterator[pa.RecordBatch]:
    first = next(batches, None)
    if first is None:
        return
    schema = _article_arrow_schema()
    for name in spec.carry:  # carried as Spark sent them, so they go back with the same Arrow type
        schema = schema.append(first.schema.field(name))
    yield from _record_batches(_outcomes(_documents(itertools.chain([first], batches), spec)), schema)


def _file_batches(batches: Iterator[pa.RecordBatch], fields: _Fields) -> Iterator[pa.RecordBatch]:
    yield from _record_batches(_outcomes(_file_documents(batches, fields)), _file_record_arrow_schema())


def _record_batches(
    outcomes: Iterable[tuple[Head, Article | str]], schema: pa.Schema
) -> Iterator[pa.RecordBatch]:
    """Rows of ``schema``: a record's columns, or a failure's head and ``error``; heads fill the rest."""
    fact_names = [c.name for c in FACT_COLUMNS]
    rows: list[dict[str, Any]] = []
    for head, outcome in outcomes:
        row = dict.fromkeys(schema.names)
        row.update((k, v) for k, v in head.items() if k in row)
        if isinstance(outcome, str):
            row["error"] = outcome
            row["published"] = as_date(row["published"])  # given as text, like a JSON record's field
        else:
            row.update(article_values(outcome))
            row["facts"] = [{k: r[k] for k in fact_names} for r in fact_rows(outcome)]
            row["rejected"] = list(outcome.rejected)
        rows.append(row)
        if len(rows) >= FLUSH_ROWS:
            yield _batch(rows, schema)
            rows = []
    if rows:
        yield _batch(rows, schema)


def _batch(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.RecordBatch:
    import pyarrow as pa

    return pa.RecordBatch.from_pylist(rows, schema=schema)


def _article_arrow_schema() -> pa.Schema:
    """The Arrow form of :func:`article_schema`, built from the flat columns without pyspark."""
    import pyarrow as pa

    flat = arrow_schema()
    fact = pa.struct([flat.field(c.name) for c in FACT_COLUMNS])
    return pa.schema(
        [
            *(flat.field(c.name) for c in ARTICLE_COLUMNS),
            pa.field("facts", pa.list_(pa.field("element", fact, nullable=False))),
            pa.field("rejected", pa.list_(pa.field("element", pa.string(), nullable=False))),
            pa.field("error", pa.string()),
        ]
    )


def _file_record_arrow_schema() -> pa.Schema:
    """The Arrow form of :func:`file_record_schema`."""
    import pyarrow as pa

    return _article_arrow_schema().append(pa.field("path", pa.string())).append(pa.field("line", pa.int64()))
