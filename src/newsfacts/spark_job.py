"""A Spark job: articles in, fact rows (or article records) out as a Parquet dataset.

Run it with ``spark-submit src/newsfacts/spark_job.py INPUT OUTPUT``,
``python -m newsfacts.spark_job INPUT OUTPUT`` or ``newsfacts spark INPUT OUTPUT``.

INPUT is a folder of ``.txt`` articles and JSON Lines archives (one article
per line), a single such file, or a Parquet dataset of articles. Files are
read, named and counted as ``newsfacts extract`` reads, names and counts
them: the same articles, the same failures with the same reasons. The
master is whatever Spark is configured with (``spark-submit --master``,
``spark.master`` in ``spark-defaults.conf``, the ``SPARK_MASTER`` or
``MASTER`` environment variable); only when none is set does it run on
``local[*]``.

Exit status: 0 when every article was read, 1 when some failed (the facts of
the others are written; ``--errors`` lists the failures), 2 for a usage error.

Only the standard library is imported at module level, so that running the
file as a script cannot shadow anything and ``--help`` needs no JVM.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import Column, DataFrame, SparkSession

FORMATS = ("auto", "text", "jsonl", "parquet")
MODES = ("overwrite", "error", "append", "ignore")
EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2
SHOWN_FAILURES = 20
"""Failures listed after the summary line, as ``newsfacts extract`` lists them."""
_SUFFIX_FORMATS = {".txt": "text", ".jsonl": "jsonl", ".parquet": "parquet"}
_GLOBS = {"text": "*.txt", "jsonl": "*.jsonl"}
_GLOB_CHARS = frozenset("*?[{\\")


class UsageError(ValueError):
    """Input or options the job cannot work with; the message says what to change."""


@dataclass(frozen=True, slots=True)
class Failure:
    """An article that produced no record, named as ``newsfacts extract`` names it."""

    path: str
    reason: str
    line: int | None = None
    source: str | None = None

    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else self.path


@dataclass(frozen=True, slots=True)
class Summary:
    """What a run wrote: the articles read, their facts, the failures and the first of them."""

    articles: int
    facts: int
    failures: int
    shown: tuple[Failure, ...] = ()

    def line(self) -> str:
        """The summary line, then the first failures, in the words of ``newsfacts extract``."""
        lines = [f"{_n(self.articles, 'article')}, {_n(self.facts, 'fact')}, {self.failures:,} failed"]
        lines += [f"  failed: {f.where()}: {f.reason}" for f in self.shown]
        if self.failures > len(self.shown):
            lines.append(f"  ... and {self.failures - len(self.shown):,} more")
        return "\n".join(lines)


def _n(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


# --- session -------------------------------------------------------------------


def get_session(app_name: str = "newsfacts") -> tuple[SparkSession, bool]:
    """The active session, or a new one from Spark's configuration; and whether it was created here.

    A master set by spark-submit or spark-defaults wins, then ``SPARK_MASTER``
    or ``MASTER``, then ``local[*]``. On a local master the Python workers
    run this interpreter (unless ``PYSPARK_PYTHON`` says otherwise), so
    they see the same installed packages as the driver.
    """
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active, False
    conf = SparkConf()  # starts the JVM, which reads spark-submit's options and spark-defaults.conf
    if not conf.contains("spark.master"):
        conf.setMaster(os.environ.get("SPARK_MASTER") or os.environ.get("MASTER") or "local[*]")
    if (conf.get("spark.master") or "").startswith("local") and not (
        os.environ.get("PYSPARK_PYTHON") or conf.contains("spark.pyspark.python")
    ):
        os.environ["PYSPARK_PYTHON"] = sys.executable
    if not conf.contains("spark.app.name"):
        conf.setAppName(app_name)
    return SparkSession.builder.config(conf=conf).getOrCreate(), True


# --- input -----------------------------------------------------------------------


def read_records(
    spark: SparkSession,
    path: str,
    fmt: str = "auto",
    *,
    text_field: str = "text",
    source_field: str | None = None,
    glob: str | None = None,
    partitions: int | None = None,
) -> DataFrame:
    """Every article and every failure under ``path``: rows of :func:`newsfacts.spark.file_record_schema`.

    ``.txt`` files and JSON Lines lines are read by :func:`newsfacts.spark.extract_files`,
    exactly as ``newsfacts extract`` reads them, and named by their path as
    given on the command line (``corpus`` + ``/a.txt`` → ``corpus/a.txt``;
    a line without ``source_field`` is ``PATH#LINE``). Parquet records are
    named by ``source_field``, or ``PATH#N`` (N-th row of the file, from 1).
    """
    from pyspark.sql import functions as F

    from newsfacts.spark import extract_articles, extract_files

    formats = input_formats(spark, path, fmt, glob)
    if formats == ("parquet",):
        articles = _parquet_articles(spark, path, text_field, source_field, glob)
        if partitions:
            articles = articles.repartition(partitions)
        records = extract_articles(articles, carry=["path"])
        return records.withColumn("line", F.lit(None).cast("long"))
    files = read_files(spark, path, formats, glob=glob)
    if partitions:
        files = files.repartition(partitions)
    return extract_files(files, text_field=text_field, source_field=source_field)


def input_formats(
    spark: SparkSession, path: str, fmt: str = "auto", glob: str | None = None
) -> tuple[str, ...]:
    """The formats to read: the one named, else ``text`` and ``jsonl`` together, or ``parquet``.

    ``auto`` takes the format from the suffix of the path, or of ``glob``;
    otherwise a folder is read as ``newsfacts extract`` reads one, ``.txt``
    and ``.jsonl`` files alike, unless its first data file is Parquet.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; expected one of {FORMATS}")
    if not _statuses(spark, path):
        raise UsageError(f"{path}: no such file or folder")
    if fmt != "auto":
        return (fmt,)
    for named in (path.rstrip("/"), glob or ""):
        suffix = PurePosixPath(named).suffix.lower()
        if suffix in _SUFFIX_FORMATS:
            return (_SUFFIX_FORMATS[suffix],)
    first = detect_format(spark, path)
    return (first,) if first == "parquet" or glob else ("text", "jsonl")


def read_files(
    spark: SparkSession, path: str, formats: tuple[str, ...], *, glob: str | None = None
) -> DataFrame:
    """Rows for :func:`newsfacts.spark.extract_files`: whole ``.txt`` files, numbered JSON Lines lines."""
    from pyspark.sql import functions as F

    parts = []
    for fmt in formats:
        reader = _reader(spark, path, glob or _GLOBS[fmt])
        if fmt == "text":
            parts.append(_whole_files(spark, reader.format("binaryFile").load(path)))
        else:
            lines = reader.option("lineSep", "\n").format("text").load(path)  # "\r" stays, as in Python
            parts.append(_numbered_lines(lines))
    names = _given_names(spark, path)
    return functools.reduce(lambda a, b: a.unionByName(b), parts).select(
        "content", names(F.col("file")).alias("path"), "line"
    )


def _whole_files(spark: SparkSession, files: DataFrame) -> DataFrame:
    """``content``, ``file`` and a null ``line`` for every file of Spark's ``binaryFile`` source.

    Spark's file scan skips files of zero bytes, while ``newsfacts extract``
    reads an empty ``.txt`` as an article without facts; they are the listed
    files that the scan does not return, and are added with empty content.
    """
    from pyspark.sql import functions as F

    no_line = F.lit(None).cast("long").alias("line")
    read = files.select("content", _file_uri(), no_line)
    listed = files.inputFiles()  # URIs encoded as the scan's, but "file:///a" where the scan has "file:/a"
    if not listed:
        return read
    every = spark.createDataFrame([(uri,) for uri in listed], "uri string")
    every = every.select(F.regexp_replace("uri", "^([A-Za-z][A-Za-z0-9+.-]*):///", "$1:/").alias("file"))
    empty = every.join(files.select(_file_uri()), "file", "left_anti")
    return read.unionByName(empty.select(F.lit(b"").alias("content"), "file", no_line))


def _reader(spark: SparkSession, path: str, glob: str | None):
    """Spark's reader over the files of ``path`` (recursively) whose name matches ``glob``."""
    reader = spark.read.option("recursiveFileLookup", "true")
    if glob and any(s.isDirectory() for s in _statuses(spark, path)):
        reader = reader.option("pathGlobFilter", glob)
    return reader


def _file_uri() -> Column:
    from pyspark.sql import functions as F

    return F.col("_metadata.file_path").alias("file")


def _numbered_lines(lines: DataFrame) -> DataFrame:
    """``content`` (bytes), ``file`` and ``line`` (from 1) of every line of Spark's ``text`` source.

    Spark splits a file into blocks and reads each in order, so a line's
    number is the lines of the file's earlier blocks plus its place in its
    own block. The place is its row id (consecutive within a partition, which
    holds whole blocks) less the block's first id; counting the blocks is a
    small aggregation, joined back by file and block.
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    rows = lines.select(
        F.col("value").cast("binary").alias("content"),  # bytes as in the file: decoding is the reader's job
        _file_uri(),
        F.col("_metadata.file_block_start").alias("block"),
        F.monotonically_increasing_id().alias("row"),
    )
    blocks = rows.groupBy("file", "block").agg(F.min("row").alias("first"), F.count(F.lit(1)).alias("n"))
    earlier = F.sum("n").over(Window.partitionBy("file").orderBy("block")) - F.col("n")
    blocks = blocks.select("file", "block", (earlier - F.col("first") + 1).alias("shift"))
    numbered = rows.join(blocks, ["file", "block"])
    return numbered.select("content", "file", (F.col("row") + F.col("shift")).alias("line"))


def _parquet_articles(
    spark: SparkSession, path: str, text_field: str, source_field: str | None, glob: str | None
) -> DataFrame:
    """Parquet records as ``text``, ``source``, ``path`` and the metadata columns they have."""
    from pyspark.sql import functions as F

    from newsfacts.io.readers import METADATA_FIELDS

    reader = _reader(spark, path, glob).option("recursiveFileLookup", "false")  # keep year=2024/ columns
    records = reader.parquet(path)
    if text_field not in records.columns:
        raise UsageError(f"{path}: no text field {text_field!r} (columns: {records.columns})")
    file = _given_names(spark, path)(F.col("_metadata.file_path"))
    source = F.concat(file, F.lit("#"), (F.col("_metadata.row_index") + 1).cast("string"))
    if source_field and source_field in records.columns:
        source = F.coalesce(F.col(source_field).cast("string"), source)
    metadata = [F.col(m) for m in METADATA_FIELDS if m in records.columns and m != text_field]
    return records.select(
        F.col(text_field).alias("text"), source.alias("source"), file.alias("path"), *metadata
    )


def detect_format(spark: SparkSession, path: str) -> str:
    """``text``, ``jsonl`` or ``parquet`` from the path's suffix, or from the first data file in it."""
    suffix = PurePosixPath(path.rstrip("/")).suffix.lower()
    if suffix in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[suffix]
    fs, _ = _filesystem(spark, path)
    statuses = _statuses(spark, path)
    if not statuses:
        raise UsageError(f"{path}: no such file or folder")
    for status in statuses:
        files = fs.listFiles(status.getPath(), True)
        while files.hasNext():
            name = files.next().getPath().getName()
            suffix = PurePosixPath(name).suffix.lower()
            if not name.startswith((".", "_")) and suffix in _SUFFIX_FORMATS:
                return _SUFFIX_FORMATS[suffix]
    raise UsageError(f"{path}: no .txt, .jsonl or .parquet files; name the format with --format")


def _filesystem(spark: SparkSession, path: str):
    jvm = spark.sparkContext._jvm
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    return hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()), hpath


def _statuses(spark: SparkSession, path: str) -> list:
    """What ``path`` (which may be a glob) names on its file system; empty when nothing."""
    fs, hpath = _filesystem(spark, path)
    return list(fs.globStatus(hpath) or [])


def _given_names(spark: SparkSession, path: str):
    """A function of a file URI column giving the file's name as ``newsfacts extract`` prints it.

    That is the path as the user gave it plus the path inside it
    (``corpus`` → ``corpus/a.txt``, ``.`` → ``a.txt``); for a glob, the
    part before the first wildcard is the path given. Spark's file URIs
    are percent-encoded (``a%20b.txt``); the name is decoded.
    """
    from pyspark.sql import functions as F

    given = _glob_root(path)
    fs, hpath = _filesystem(spark, given)
    root = fs.makeQualified(hpath).toString().rstrip("/")
    if not _has_scheme(given):
        given = str(Path(given))
    prefix = "" if given == "." else given.rstrip("/") + "/"

    def name(uri: Column) -> Column:
        full = F.url_decode(F.replace(uri, F.lit("+"), F.lit("%2B")))  # a "+" in a URI is a plus, not a space
        inside = F.substring(full, len(root) + 2, 1 << 30)
        return (
            F.when(full == F.lit(root), F.lit(given))
            .when(full.startswith(root + "/"), F.concat(F.lit(prefix), inside))
            .otherwise(full)
        )

    return name


def _glob_root(path: str) -> str:
    """The part of ``path`` before its first wildcard component (``in/*.jsonl`` → ``in``); ``.`` if none."""
    parts = path.split("/")
    for i, part in enumerate(parts):
        if _GLOB_CHARS & set(part):
            return "/".join(parts[:i]) or ("/" if path.startswith("/") else ".")
    return path


def _has_scheme(path: str) -> bool:
    return "://" in path or path.startswith("file:")


# --- the job ---------------------------------------------------------------------


def run(
    spark: SparkSession,
    input_path: str,
    output: str,
    *,
    fmt: str = "auto",
    text_field: str = "text",
    source_field: str | None = None,
    glob: str | None = None,
    articles: bool = False,
    partitions: int | None = None,
    mode: str = "overwrite",
    errors: str | None = None,
) -> Summary:
    """Extract every article under ``input_path`` and write Parquet to ``output``.

    Fact rows by default (the columns of ``newsfacts extract -o x.parquet``),
    or one record per article read with ``articles``. Each article is read
    and extracted once: the records and failures are kept (memory, then
    disk) while the output, the failures and the counts are taken from them.
    ``errors`` names a folder that receives the failures as Spark writes JSON:
    part files of JSON Lines with the fields of ``newsfacts extract --errors``.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from newsfacts.spark import article_schema, facts_of_articles

    if mode not in MODES:
        raise UsageError(f"unknown mode {mode!r}; expected one of {MODES}")
    records = read_records(
        spark,
        input_path,
        fmt,
        text_field=text_field,
        source_field=source_field,
        glob=glob,
        partitions=partitions,
    ).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        read = records.where(F.col("error").isNull())
        out = read.select(*article_schema().names) if articles else facts_of_articles(read)
        out.write.mode(mode).parquet(output)
        failed = records.where(F.col("error").isNotNull())
        failed = failed.select("path", F.col("error").alias("reason"), "line", "source")
        if errors:
            report = failed.coalesce(1).sortWithinPartitions("path", "line")
            report.write.mode("overwrite").option("ignoreNullFields", "false").json(errors)
        counts = records.agg(
            F.count(F.when(F.col("error").isNull(), 1)).alias("articles"),
            F.sum(F.coalesce(F.size("facts"), F.lit(0))).alias("facts"),
            F.count("error").alias("failures"),
        ).first()
        shown = failed.orderBy("path", "line").limit(SHOWN_FAILURES).collect()
    finally:
        records.unpersist()
    return Summary(
        counts["articles"],
        counts["facts"] or 0,
        counts["failures"],
        tuple(Failure(r.path, r.reason, r.line, r.source) for r in shown),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsfacts.spark_job", description="Extract facts from articles with Spark; write Parquet."
    )
    parser.add_argument("input", help="folder or file of .txt and JSON Lines articles, or Parquet dataset")
    parser.add_argument("output", help="Parquet dataset (folder) to write")
    parser.add_argument("--format", dest="fmt", choices=FORMATS, default="auto", help="input format")
    parser.add_argument("--text-field", default="text", help="text field of JSON/Parquet records")
    parser.add_argument(
        "--source-field", help="field naming each JSON/Parquet record (default: PATH#LINE, PATH#N)"
    )
    parser.add_argument("--glob", help="only files whose name matches (default *.txt and *.jsonl)")
    parser.add_argument("--articles", action="store_true", help="one record per article, not per fact")
    parser.add_argument("--partitions", type=int, help="repartition the articles before extraction")
    parser.add_argument("--mode", choices=MODES, default="overwrite", help="when OUTPUT exists")
    parser.add_argument(
        "--errors", help="folder to write the failures to (path, reason, line, source) as JSON Lines parts"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    args = build_parser().parse_args(argv)
    spark, created = get_session()
    try:
        summary = run(
            spark,
            args.input,
            args.output,
            fmt=args.fmt,
            text_field=args.text_field,
            source_field=args.source_field,
            glob=args.glob,
            articles=args.articles,
            partitions=args.partitions,
            mode=args.mode,
            errors=args.errors,
        )
    except UsageError as exc:
        print(f"newsfacts spark: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if created:
            spark.stop()
    print(summary.line(), file=sys.stderr)
    return EXIT_FAILURES if summary.failures else EXIT_OK


if __name__ == "__main__":
    if not __package__:  # run as a file: its folder must not shadow the package's own modules
        here = str(Path(__file__).resolve().parent)
        sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != here]
    sys.exit(main())
