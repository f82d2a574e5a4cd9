"""Spark integration: the facts Spark writes are exactly the facts of local extraction.

Needs pyspark (extra ``spark``) and a Java runtime; the module is skipped,
saying which, where either is missing. One small ``local[2]`` session serves
every test.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'newsfacts[spark]')")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("no Java runtime for Spark (java on PATH or JAVA_HOME)", allow_module_level=True)

import pyarrow.dataset as ds
from typer.testing import CliRunner

from newsfacts import batch, extract
from newsfacts.io.flat import COLUMNS, NAMES, arrow_schema, fact_rows

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

Row = tuple


@pytest.fixture(scope="module")
def spark() -> Iterator:
    from pyspark.sql import SparkSession

    previous = {name: os.environ.get(name) for name in ("PYSPARK_PYTHON", "SPARK_LOCAL_IP")}
    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers import this environment's newsfacts
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"  # the driver listens on loopback only
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsfacts-tests")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    for name, value in previous.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def local_rows(folder: Path) -> Counter[Row]:
    """Fact rows of ``newsfacts extract`` (one process) over the .txt files of ``folder``."""
    files = batch.find_inputs([folder], include=("*.txt",))
    rows: Counter[Row] = Counter()
    for outcome in batch.run(files, jobs=1):
        assert not isinstance(outcome, batch.Failure), outcome
        rows.update(tuple(r[n] for n in NAMES) for r in fact_rows(outcome))
    return rows


def parquet_rows(path: Path) -> Counter[Row]:
    table = ds.dataset(path, format="parquet").to_table()
    assert table.schema.equals(arrow_schema()), "Spark's Parquet columns differ from the Parquet writer's"
    return Counter(tuple(r[n] for n in NAMES) for r in table.to_pylist())


def spark_rows(df) -> Counter[Row]:
    return Counter(tuple(r[n] for n in NAMES) for r in (row.asDict() for row in df.collect()))


def key(row: Row) -> Row:
    """(source, type, span, key fields): what the contract's scorer matches on."""
    named = dict(zip(NAMES, row, strict=True))
    return tuple(
        named[n] for n in ("source", "type", "span_start", "span_end", "value", "classes", "learners")
    )


def assert_same_facts(got: Counter[Row], want: Counter[Row]) -> None:
    assert want, "the reference extraction found no facts"
    assert {key(r) for r in got} == {key(r) for r in want}
    assert got == want  # every column, and as many times


def run_job(spark, folder: Path, out: Path, **options):
    from newsfacts import spark_job

    return spark_job.run(spark, str(folder), str(out), **options)


def test_schema_is_the_flat_columns(spark) -> None:
    from newsfacts.spark import article_schema, fact_schema

    kinds = {"string": "str", "bigint": "int", "double": "float", "date": "date"}
    assert [(f.name, kinds[f.dataType.simpleString()]) for f in fact_schema().fields] == [
        (c.name, c.kind) for c in COLUMNS
    ]
    assert [f.name for f in article_schema().fields][-3:] == ["facts", "rejected", "error"]


def test_project_corpus_matches_local(spark, tmp_path: Path) -> None:
    summary = run_job(spark, CORPUS, tmp_path / "facts")
    want = local_rows(CORPUS)
    assert_same_facts(parquet_rows(tmp_path / "facts"), want)
    articles = len(list(CORPUS.rglob("*.txt")))
    assert (summary.articles, summary.facts, summary.failures) == (articles, sum(want.values()), 0)


@pytest.mark.skipif(not DEV.is_dir(), reason=f"{DEV} is not on this machine")
def test_dev_corpus_matches_local(spark, tmp_path: Path) -> None:
    run_job(spark, DEV, tmp_path / "facts")
    assert_same_facts(parquet_rows(tmp_path / "facts"), local_rows(DEV))


def test_dataframe_api_strings_and_articles(spark) -> None:
    from newsfacts.spark import extract_articles, extract_facts, facts_of_articles

    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:4]}
    df = spark.createDataFrame(list(texts.items()), "source string, text string").repartition(2)
    want: Counter[Row] = Counter()
    for name, text in texts.items():
        want.update(tuple(r[n] for n in NAMES) for r in fact_rows(extract(text, source=name)))

    assert_same_facts(spark_rows(extract_facts(df)), want)
    articles = extract_articles(df)
    assert articles.count() == len(texts)
    assert articles.where("error IS NOT NULL").count() == 0
    assert_same_facts(spark_rows(facts_of_articles(articles)), want)


def test_bad_articles(spark) -> None:
    from pyspark.errors import PythonException

    from newsfacts.spark import extract_articles, extract_facts

    good = (CORPUS / "kim-son-ket-nap-2024.txt").read_bytes()
    df = spark.createDataFrame(
        [("good", good), ("binary", b"\x00\x01\x00\x02 not text"), ("empty", None)],
        "source string, text binary",
    )
    errors = {r.source: r.error for r in extract_articles(df).collect()}
    assert errors["good"] is None
    assert "NUL" in errors["binary"] and errors["empty"] == "the text is null"

    skipped = extract_facts(df, errors="skip").collect()
    assert skipped and {r.source for r in skipped} == {"good"}
    with pytest.raises(PythonException, match=r"binary|empty"):
        extract_facts(df).collect()


def test_metadata_columns_win_over_the_text(spark) -> None:
    from newsfacts.spark import extract_facts

    text = (CORPUS / "kim-son-ket-nap-2024.txt").read_text(encoding="utf-8")
    df = spark.createDataFrame(
        [("a", text, "Given title", None)], "source string, text string, title string, author string"
    )
    rows = extract_facts(df).select("title", "author").distinct().collect()
    assert [r.title for r in rows] == ["Given title"]
    assert rows[0].author == extract(text).author  # a null column leaves the text's own value


def test_jsonl_input_names_records_by_source_field(spark, tmp_path: Path) -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:3]}
    archive = tmp_path / "in" / "articles.jsonl"
    archive.parent.mkdir()
    with archive.open("w", encoding="utf-8") as fh:
        for name, text in texts.items():
            fh.write(json.dumps({"id": name, "body": text}, ensure_ascii=False) + "\n")
    run_job(spark, archive.parent, tmp_path / "facts", text_field="body", source_field="id")
    want: Counter[Row] = Counter()
    for name, text in texts.items():
        want.update(tuple(r[n] for n in NAMES) for r in fact_rows(extract(text, source=name)))
    assert_same_facts(parquet_rows(tmp_path / "facts"), want)


def test_cli_writes_articles(spark, tmp_path: Path) -> None:
    from newsfacts.cli import app

    out = tmp_path / "articles"
    result = CliRunner().invoke(app, ["spark", str(CORPUS), str(out), "--articles"])
    assert result.exit_code == 0, result.output
    table = ds.dataset(out, format="parquet").to_table()
    assert table.num_rows == len(list(CORPUS.rglob("*.txt")))
    assert sorted(table.column("source").to_pylist()) == sorted(str(p) for p in CORPUS.rglob("*.txt"))
    assert sum(len(f) for f in table.column("facts").to_pylist()) == sum(local_rows(CORPUS).values())


def test_missing_input_is_a_usage_error(spark, tmp_path: Path) -> None:
    from newsfacts import spark_job

    assert spark_job.main([str(tmp_path / "nothing"), str(tmp_path / "out")]) == spark_job.EXIT_USAGE


# --- the job and newsfacts extract agree on every article and every failure ----------------


def write_mixed_inputs(root: Path) -> None:
    """Good and bad .txt and .jsonl files, as a user's folder holds them."""
    good = (CORPUS / "kim-son-ket-nap-2024.txt").read_text(encoding="utf-8")
    other = (CORPUS / sorted(p.name for p in CORPUS.glob("*.txt"))[1]).read_text(encoding="utf-8")
    (root / "sub").mkdir(parents=True)
    (root / "good.txt").write_text(good, encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x00\x01\x00\x02 not text")
    (root / "empty.txt").write_bytes(b"")
    (root / "sub" / "empty.jsonl").write_bytes(b"")
    lines = [
        json.dumps({"text": good, "title": "Given title"}, ensure_ascii=False).encode(),
        b'{"text": ',  # malformed JSON
        b'{"text": null}',
        b"",  # blank: skipped, but still counted as a line
        b'{"text": "\xff not UTF-8"}',
        json.dumps({"text": other}, ensure_ascii=False).encode(),
        b"[1, 2]",
    ]
    (root / "feed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    crlf = b"\xef\xbb\xbf" + lines[5] + b"\r\n" + lines[1] + b"\r\n" + lines[1]  # BOM, CRLF, no last end
    (root / "sub" / "a b+c.jsonl").write_bytes(crlf)


SUMMARY = re.compile(r"([\d,]+) articles?, ([\d,]+) facts?\b[^;\n]*?, ([\d,]+) failed")


def summary_counts(stderr: str) -> tuple[int, ...]:
    match = SUMMARY.search(stderr)
    assert match, stderr
    return tuple(int(n.replace(",", "")) for n in match.groups())


def failed_lines(stderr: str) -> list[str]:
    return sorted(line for line in stderr.splitlines() if line.startswith("  failed: "))


def read_jsonl_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_job_reads_counts_and_names_like_extract(spark, tmp_path: Path) -> None:
    from newsfacts.cli import app

    folder = Path(os.path.relpath(tmp_path / "in"))  # relative, as users type it
    write_mixed_inputs(folder)
    runner = CliRunner()
    local = runner.invoke(
        app,
        [
            "extract",
            str(folder),
            "-o",
            str(tmp_path / "local.jsonl"),
            "--errors",
            str(tmp_path / "local-errors.jsonl"),
            "--jobs",
            "1",
        ],
    )
    job = runner.invoke(
        app,
        [
            "spark",
            str(folder),
            str(tmp_path / "articles"),
            "--articles",
            "--errors",
            str(tmp_path / "errors"),
        ],
    )
    assert (local.exit_code, job.exit_code) == (1, 1), (local.output, job.output)

    assert summary_counts(job.stderr) == summary_counts(local.stderr)
    assert failed_lines(job.stderr) == failed_lines(local.stderr)
    assert (
        f"  failed: {folder / 'feed.jsonl'}:2: malformed JSON: Expecting value (column 10)"
        in failed_lines(job.stderr)
    )

    local_errors = sorted(map(json.dumps, read_jsonl_lines(tmp_path / "local-errors.jsonl")))
    parts = sorted((tmp_path / "errors").glob("part-*.json"))
    assert len(parts) == 1 and (tmp_path / "errors" / "_SUCCESS").exists()
    assert sorted(map(json.dumps, read_jsonl_lines(parts[0]))) == local_errors
    assert len(local_errors) >= 5

    local_records = sorted(
        (r["source"], r["title"], len(r["facts"])) for r in read_jsonl_lines(tmp_path / "local.jsonl")
    )
    table = ds.dataset(tmp_path / "articles", format="parquet").to_table().to_pylist()
    assert sorted((r["source"], r["title"], len(r["facts"])) for r in table) == local_records
    sources = {r["source"] for r in table}
    assert {
        str(folder / "empty.txt"),
        f"{folder / 'feed.jsonl'}#6",
        f"{folder / 'sub/a b+c.jsonl'}#1",
    } <= sources
    assert {r["error"] for r in table} == {None}


def test_parquet_records_are_named_by_file_and_row(spark, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    good = (CORPUS / "kim-son-ket-nap-2024.txt").read_text(encoding="utf-8")
    folder = Path(os.path.relpath(tmp_path / "in"))
    folder.mkdir()
    pq.write_table(pa.table({"text": [good, None]}), folder / "articles.parquet")
    summary = run_job(spark, folder, tmp_path / "out", articles=True, errors=str(tmp_path / "errors"))

    assert (summary.articles, summary.failures) == (1, 1)
    table = ds.dataset(tmp_path / "out", format="parquet").to_table()
    assert table.column("source").to_pylist() == [f"{folder / 'articles.parquet'}#1"]
    [failure] = summary.shown
    assert (failure.path, failure.source) == (
        str(folder / "articles.parquet"),
        f"{folder / 'articles.parquet'}#2",
    )


def test_lines_are_numbered_across_the_blocks_spark_splits_a_file_into(spark, tmp_path: Path) -> None:
    from newsfacts import spark_job

    lines = [json.dumps({"text": f"dòng {n}"}, ensure_ascii=False).encode() for n in range(1, 41)]
    lines[20] = b""
    (tmp_path / "a.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    (tmp_path / "b.jsonl").write_bytes(b"\n".join(lines[:3]))
    spark.conf.set("spark.sql.files.maxPartitionBytes", "97")  # blocks of a few lines, cut mid-line
    try:
        files = spark_job.read_files(spark, str(tmp_path), ("jsonl",))
        assert files.rdd.getNumPartitions() > 5
        got = sorted((r.path, r.line, r.content) for r in files.collect())
    finally:
        spark.conf.unset("spark.sql.files.maxPartitionBytes")
    want = [(str(tmp_path / "a.jsonl"), n, line) for n, line in enumerate(lines, start=1)]
    want += [(str(tmp_path / "b.jsonl"), n, line) for n, line in enumerate(lines[:3], start=1)]
    assert got == sorted(want)
