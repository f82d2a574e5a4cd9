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
  structs with the same fact columns, plus ``rejected`` and ``error``.

The text column may be a string, or binary (e.g. ``content`` of Spark's
``binaryFile`` source), which is decoded exactly as ``newsfacts extract``
decodes a ``.txt`` file, so that spans index the same text.

pyspark is imported only inside the functions, so this module imports
without the extra.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from newsfacts.document import Document
from newsfacts.io.flat import ARTICLE_COLUMNS, COLUMNS, FACT_COLUMNS, arrow_schema, fact_rows
from newsfacts.io.readers import METADATA_FIELDS
from newsfacts.records import Article

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructType

__all__ = ["article_schema", "extract_articles", "extract_facts", "fact_schema"]

Errors = Literal["raise", "skip"]

FLUSH_ROWS = 10_000
"""Output rows per Arrow batch handed back to Spark, so a worker never holds a partition's facts at once."""

log = logging.getLogger(__name__)


# --- schemas (driver side) -----------------------------------------------------


def _spark_type(kind: str):
    from pyspark.sql import types as T

    return {"str": T.StringType(), "int": T.LongType(), "float": T.DoubleType()}[kind]


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
) -> DataFrame:
    """One row per article of ``df``: metadata, typed ``facts``, ``rejected`` candidates, ``error``.

    Never fails on a bad article: its ``error`` says why it produced no
    record (undecodable bytes, a crash in the pipeline) and its ``facts`` is
    null. Arguments are those of :func:`extract_facts`.
    """
    spec = _Spec.of(df, text_col, source_col, metadata_cols)
    func = functools.partial(_article_batches, spec=spec)
    return df.select(*spec.columns).mapInArrow(func, article_schema())


def facts_of_articles(articles: DataFrame) -> DataFrame:
    """The fact rows of :func:`extract_articles`' output (articles without facts give none)."""
    from pyspark.sql import functions as F

    head = [F.col(c.name) for c in ARTICLE_COLUMNS]
    exploded = articles.select(*head, F.explode("facts").alias("_fact"))
    return exploded.select(*head, *(F.col(f"_fact.{c.name}").alias(c.name) for c in FACT_COLUMNS))


# --- what the workers run ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Spec:
    """Which input columns hold the text, the source and the metadata; pickled to the workers."""

    text: str
    source: str | None
    metadata: tuple[str, ...]

    @classmethod
    def of(cls, df: DataFrame, text: str, source: str | None, metadata: Sequence[str] | None) -> _Spec:
        names = set(df.columns)
        if text not in names:
            raise ValueError(f"no text column {text!r} in the DataFrame (columns: {sorted(names)})")
        if metadata is None:
            metadata = [m for m in METADATA_FIELDS if m in names]
        missing = [m for m in metadata if m not in names]
        if missing:
            raise ValueError(f"no metadata column(s) {missing} in the DataFrame")
        return cls(text, source if source in names else None, tuple(metadata))

    @property
    def columns(self) -> list[str]:
        return list(dict.fromkeys([self.text, *([self.source] if self.source else []), *self.metadata]))


def _documents(batch: pa.RecordBatch, spec: _Spec) -> Iterator[tuple[dict[str, Any], Document | str]]:
    """Each row as (metadata columns, document), or (metadata, reason) when its text cannot be read."""
    texts = batch.column(spec.text).to_pylist()
    sources = batch.column(spec.source).to_pylist() if spec.source else [None] * len(texts)
    meta_values = {m: batch.column(m).to_pylist() for m in spec.metadata}
    for i, (raw, source) in enumerate(zip(texts, sources, strict=True)):
        source = None if source is None else str(source)
        metadata = {m: _as_text(values[i]) for m, values in meta_values.items()}
        head = {"source": source, **metadata}
        try:
            yield head, Document(source=source, text=_text(raw, source), metadata=metadata)
        except ValueError as exc:  # DecodeError names the article; the caller adds the name itself
            yield head, str(exc).removeprefix(f"{source}: ")


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


def _outcomes(batches: Iterable[pa.RecordBatch], spec: _Spec) -> Iterator[tuple[dict, Article | str]]:
    """(row metadata, record) per input row, or (row metadata, reason) when it failed."""
    from newsfacts.pipeline import default_pipeline

    pipeline = default_pipeline()
    # Dropped candidates are in each record's "rejected"; a warning per article would flood executor logs.
    logging.getLogger("newsfacts.pipeline").setLevel(logging.ERROR)
    for batch in batches:
        for head, doc in _documents(batch, spec):
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
    for head, outcome in _outcomes(batches, spec):
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
    schema = _article_arrow_schema()
    fact_names = [c.name for c in FACT_COLUMNS]
    rows: list[dict[str, Any]] = []
    for head, outcome in _outcomes(batches, spec):
        row = dict.fromkeys(schema.names)
        if isinstance(outcome, str):
            row.update(source=head["source"], error=outcome)
            row.update((k, v) for k, v in head.items() if k in row)
        else:
            row.update((c.name, getattr(outcome, c.name)) for c in ARTICLE_COLUMNS)
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
