"""A Spark job: articles in, fact rows (or article records) out as a Parquet dataset.

Run it with ``spark-submit src/newsfacts/spark_job.py INPUT OUTPUT``,
``python -m newsfacts.spark_job INPUT OUTPUT`` or ``newsfacts spark INPUT OUTPUT``.

INPUT is a folder of ``.txt`` articles (read whole with the ``binaryFile``
source and decoded as ``newsfacts extract`` decodes them), a JSON Lines file
or folder (one article per line), or a Parquet dataset of articles. The
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
import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

FORMATS = ("auto", "text", "jsonl", "parquet")
MODES = ("overwrite", "error", "append", "ignore")
EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2
_SUFFIX_FORMATS = {".txt": "text", ".jsonl": "jsonl", ".json": "jsonl", ".parquet": "parquet"}
_GLOBS = {"text": "*.txt", "jsonl": "*.jsonl"}


class UsageError(ValueError):
    """Input or options the job cannot work with; the message says what to change."""


@dataclass(frozen=True, slots=True)
class Summary:
    """What a run wrote: article and fact counts, and the articles that failed."""

    articles: int
    facts: int
    failures: int

    def line(self) -> str:
        return f"{self.articles} articles, {self.facts} facts, {self.failures} failed"


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


def read_articles(
    spark: SparkSession,
    path: str,
    fmt: str = "auto",
    *,
    text_field: str = "text",
    source_field: str = "source",
    glob: str | None = None,
) -> DataFrame:
    """Articles at ``path`` as a DataFrame with ``text`` (string or binary), ``source`` and metadata.

    ``.txt`` files are named by their path as given on the command line
    (``corpus`` + ``/a.txt`` → ``corpus/a.txt``, as ``newsfacts extract``
    names them). Records of JSON Lines and Parquet are named by
    ``source_field``, or by their file's path where they have none (Spark
    does not know line numbers, so there is no ``PATH#LINE`` form).
    """
    from pyspark.sql import functions as F

    from newsfacts.io.readers import METADATA_FIELDS

    fmt = detect_format(spark, path) if fmt == "auto" else fmt
    if fmt not in FORMATS[1:]:
        raise UsageError(f"unknown format {fmt!r}; expected one of {FORMATS}")
    statuses = _statuses(spark, path)
    if not statuses:
        raise UsageError(f"{path}: no such file or folder")
    reader = spark.read
    if fmt != "parquet":  # Parquet datasets keep their partition folders (year=2024/) as columns
        reader = reader.option("recursiveFileLookup", "true")
    glob = glob or (_GLOBS.get(fmt) if any(s.isDirectory() for s in statuses) else None)
    if glob:
        reader = reader.option("pathGlobFilter", glob)
    if fmt == "text":
        files = reader.format("binaryFile").load(path)
        return files.select(F.col("content").alias("text"), _given_names(spark, path).alias("source"))
    if fmt == "jsonl":
        fields = dict.fromkeys([text_field, source_field, *METADATA_FIELDS], "string")
        ddl = ", ".join(f"`{name}` {kind}" for name, kind in fields.items())
        records = reader.schema(ddl).json(path)
    else:
        records = reader.parquet(path)
    if text_field not in records.columns:
        raise UsageError(f"{path}: no text field {text_field!r} (columns: {records.columns})")
    source = F.col("_metadata.file_path")
    if source_field in records.columns:
        source = F.coalesce(F.col(source_field).cast("string"), source)
    metadata = [F.col(m) for m in METADATA_FIELDS if m in records.columns and m != text_field]
    return records.select(F.col(text_field).alias("text"), source.alias("source"), *metadata)


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
            if (
                not name.startswith((".", "_"))
                and suffix in _SUFFIX_FORMATS
                and not name.endswith(".gold.json")
            ):
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
    """A column turning binaryFile's qualified ``path`` back into the path as the user gave it."""
    from pyspark.sql import functions as F

    fs, hpath = _filesystem(spark, path)
    root = fs.makeQualified(hpath).toString().rstrip("/")
    has_scheme = "://" in path or path.startswith("file:")
    given = path.rstrip("/") if has_scheme else str(Path(path))
    full = F.col("path")
    inside = full.startswith(root + "/")
    relative = F.substring(full, len(root) + 2, 1 << 30)
    return (
        F.when(full == root, F.lit(given))
        .when(inside, F.concat(F.lit(given.rstrip("/") + "/"), relative))
        .otherwise(full)
    )


# --- the job ---------------------------------------------------------------------


def run(
    spark: SparkSession,
    input_path: str,
    output: str,
    *,
    fmt: str = "auto",
    text_field: str = "text",
    source_field: str = "source",
    glob: str | None = None,
    articles: bool = False,
    partitions: int | None = None,
    mode: str = "overwrite",
    errors: str | None = None,
) -> Summary:
    """Extract every article under ``input_path`` and write Parquet to ``output``.

    Fact rows by default (the columns of ``newsfacts extract -o x.parquet``),
    or one record per article with ``articles``. Each article is extracted
    once: the article records are kept (memory, then disk) while the facts,
    the failures and the counts are taken from them.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from newsfacts.spark import extract_articles, facts_of_articles

    if mode not in MODES:
        raise UsageError(f"unknown mode {mode!r}; expected one of {MODES}")
    df = read_articles(spark, input_path, fmt, text_field=text_field, source_field=source_field, glob=glob)
    if partitions:
        df = df.repartition(partitions)
    records = extract_articles(df).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        out = records if articles else facts_of_articles(records)
        out.write.mode(mode).parquet(output)
        failed = records.where(F.col("error").isNotNull()).select("source", "error")
        if errors:
            failed.coalesce(1).write.mode("overwrite").json(errors)
        counts = records.agg(
            F.count(F.lit(1)).alias("articles"),
            F.sum(F.when(F.col("facts").isNull(), 0).otherwise(F.size("facts"))).alias("facts"),
            F.count("error").alias("failures"),
        ).first()
    finally:
        records.unpersist()
    return Summary(counts["articles"], counts["facts"] or 0, counts["failures"])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsfacts.spark_job", description="Extract facts from articles with Spark; write Parquet."
    )
    parser.add_argument("input", help="folder of .txt files, JSON Lines file/folder, or Parquet dataset")
    parser.add_argument("output", help="Parquet dataset (folder) to write")
    parser.add_argument("--format", dest="fmt", choices=FORMATS, default="auto", help="input format")
    parser.add_argument("--text-field", default="text", help="text field of JSON/Parquet records")
    parser.add_argument("--source-field", default="source", help="field naming each JSON/Parquet record")
    parser.add_argument("--glob", help="only files whose name matches (default *.txt or *.jsonl)")
    parser.add_argument("--articles", action="store_true", help="one record per article, not per fact")
    parser.add_argument("--partitions", type=int, help="repartition the articles before extraction")
    parser.add_argument("--mode", choices=MODES, default="overwrite", help="when OUTPUT exists")
    parser.add_argument("--errors", help="write failed articles (source, error) as JSON Lines here")
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
