"""Wall time of Spark (``local[N]``) against local batch extraction on the same corpus.

Builds a corpus of ``--articles`` files (default 2,000) by copying the
articles of ``--source`` (default: the project's ``corpus/``) under varied
names into a temporary folder, then measures:

* ``newsfacts.extract_file`` over every file in this process (read, decode, extract);
* ``newsfacts extract DIR -o facts.parquet --jobs J`` end to end, for each ``--jobs``;
* ``python -m newsfacts.spark_job DIR OUT`` end to end with ``SPARK_MASTER=local[N]``
  (JVM and Python workers started inside the measurement);
* the same job inside an already started session, cold (first job: Python
  workers start and build the pipeline) and warm (second job), so the fixed
  cost of Spark is visible apart from the per-article cost.

Every run must write the same number of facts; the script fails otherwise.
Needs the ``spark`` and ``parquet`` extras and Java.

    python benchmarks/spark_vs_local.py [--articles 2000] [--spark-cores 2] [--jobs 1 2]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
try:
    import newsfacts
except ImportError:  # running from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))
    os.environ["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])
    )
    import newsfacts

Row = tuple[str, float, int, str]


def build_corpus(folder: Path, source: Path, n: int) -> list[Path]:
    """``n`` copies of the source articles under varied names, in subfolders of 500."""
    originals = sorted(p for p in source.rglob("*.txt") if not p.name.startswith("."))
    if not originals:
        sys.exit(f"{source}: no .txt articles to build the corpus from")
    paths = []
    for i in range(n):
        original = originals[i % len(originals)]
        path = folder / f"part-{i // 500:03d}" / f"{i:06d}-{original.name}"
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(original, path)
        paths.append(path)
    return paths


def parquet_facts(path: Path) -> int:
    import pyarrow.dataset as ds

    return ds.dataset(path, format="parquet").count_rows()


def run_timed(argv: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return seconds


def measure_local(files: list[Path], corpus: Path, tmp: Path, jobs: list[int]) -> list[Row]:
    start = time.perf_counter()
    facts = sum(len(newsfacts.extract_file(p).facts) for p in files)
    rows: list[Row] = [("newsfacts.extract_file, one process", time.perf_counter() - start, facts, "")]
    cli = [sys.executable, "-c", "from newsfacts.cli import main; main()"]
    for j in jobs:
        out = tmp / f"local-{j}.parquet"
        seconds = run_timed([*cli, "extract", str(corpus), "-o", str(out), "--jobs", str(j)])
        rows.append((f"newsfacts extract --jobs {j} (CLI)", seconds, parquet_facts(out), "incl. start-up"))
    return rows


def measure_spark(corpus: Path, tmp: Path, cores: int) -> list[Row]:
    master = f"local[{cores}]"
    env = {**os.environ, "SPARK_MASTER": master, "PYSPARK_PYTHON": sys.executable}
    out = tmp / "spark-cli"
    seconds = run_timed([sys.executable, "-m", "newsfacts.spark_job", str(corpus), str(out)], env=env)
    rows: list[Row] = [
        (f"spark_job, {master}, end to end", seconds, parquet_facts(out), "incl. JVM start-up")
    ]

    os.environ.update(SPARK_MASTER=master, PYSPARK_PYTHON=sys.executable)
    from newsfacts import spark_job

    start = time.perf_counter()
    spark, _ = spark_job.get_session("newsfacts-benchmark")
    spark.sparkContext.setLogLevel("ERROR")
    rows.append((f"  session start ({master})", time.perf_counter() - start, 0, "JVM, driver"))
    for label in ("cold workers", "warm workers"):
        out = tmp / f"spark-{label.split()[0]}"
        start = time.perf_counter()
        summary = spark_job.run(spark, str(corpus), str(out))
        rows.append((f"  job in a started session, {label}", time.perf_counter() - start, summary.facts, ""))
    spark.stop()
    return rows


def report(rows: list[Row], articles: int) -> None:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{articles:,} articles; Python {platform.python_version()}, {os.cpu_count()} cores, load {load}")
    print(f"{'run':<44} {'seconds':>8} {'articles/s':>11} {'facts':>7}  note")
    for label, seconds, facts, note in rows:
        rate = f"{articles / seconds:,.0f}" if facts else ""
        print(f"{label:<44} {seconds:8.2f} {rate:>11} {facts or '':>7}  {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--source", type=Path, default=ROOT / "corpus", help="folder of .txt articles to copy"
    )
    parser.add_argument("--articles", type=int, default=2000, help="size of the built corpus")
    parser.add_argument("--spark-cores", type=int, default=2, help="N of local[N]")
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2], help="--jobs of the local CLI runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsfacts-spark-bench-") as name:
        tmp = Path(name)
        corpus = tmp / "corpus"
        files = build_corpus(corpus, args.source, args.articles)
        rows = measure_local(files, corpus, tmp, args.jobs) + measure_spark(corpus, tmp, args.spark_cores)
    counts = {facts for _, _, facts, _ in rows if facts}
    report(rows, len(files))
    if len(counts) != 1:
        sys.exit(f"runs disagree on the number of facts: {sorted(counts)}")


if __name__ == "__main__":
    main()
