"""Throughput of newsfacts against the floors a batch run cannot beat.

Builds a corpus of at least ``--articles`` files by copying the articles of
``--source`` (default: the project's ``corpus/``) under varied names into a
temporary folder, then measures in one run:

* reading and decoding the files alone (the floor);
* one regex pass finding digits;
* spaCy's blank Vietnamese tokenizer (without pyvi);
* underthesea's ``sent_tokenize``, when installed;
* ``newsfacts.extract`` in this process;
* ``newsfacts extract`` end to end with ``--jobs 1`` and ``--jobs 2``,
  with the peak RSS of each run;
* the speed of ``newsfacts.extract`` relative to spaCy's blank tokenizer
  (spaCy's seconds over extract's: 0.5x is half its speed);
* the stage split: milliseconds per article spent normalizing, segmenting,
  annotating, finding figures, in each extractor, resolving and building
  records, each stage timed through ``Pipeline``'s own arguments;
* with ``--against SRC`` (the ``src`` folder of another checkout, e.g. a
  ``git worktree`` of an earlier commit), ``newsfacts.extract`` of that
  version and of this one, each in a fresh process over the same files,
  alternated ``--rounds`` times with spaCy's tokenizer, with the ratio of
  their medians (a change's cost in speed, measured in one run), each
  version's speed relative to spaCy, and both stage splits side by side.
  These child processes count CPU time (``time.process_time``), so other
  work on a shared machine weighs less on the comparison;
* with ``--against-python PYTHON`` instead, the same comparison against the
  package installed in another interpreter (the compiled build of
  ``make check-compiled``: ``--against-python .venv-compiled/bin/python``);
* the rule engine's ceiling: spaCy's time over the time of the stages after
  figure finding (the extractors, resolving, records and the rest), i.e. how
  fast ``extract`` could run against spaCy if normalizing, segmenting,
  annotating and finding figures cost nothing.

Above ``STREAM_FROM`` articles (e.g. ``--articles 100000``), or with
``--stream``, it writes one JSON Lines archive of that many articles instead
of files and reports only the CLI's time and peak RSS, to show that memory
stays flat on a large run (takes minutes; never run in tests).

    python benchmarks/throughput.py [--source DIR] [--articles N] [--jobs 1 2] [--stream]
                                    [--against OTHER/src | --against-python PYTHON [--rounds 3]]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
try:
    import newsfacts  # noqa: F401
except ImportError:  # running from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))
    os.environ["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])
    )

from newsfacts.text.decode import read_text  # noqa: E402

STREAM_FROM = 20_000
CLI_RUNNER = "import sys; from newsfacts.cli import main; sys.argv[0] = 'newsfacts'; main()"
MEASURE_CHILD = """
import resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).returncode
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc)
"""


def sources(folder: Path) -> list[Path]:
    found = sorted(p for p in folder.rglob("*.txt") if not p.name.startswith("."))
    if not found:
        sys.exit(f"{folder}: no .txt articles to build the corpus from")
    return found


def build_files(folder: Path, originals: list[Path], n: int) -> list[Path]:
    """Copies of the originals under varied names, spread over subfolders of 500."""
    paths = []
    for i in range(n):
        original = originals[i % len(originals)]
        path = folder / f"part-{i // 500:03d}" / f"{i:06d}-{original.name}"
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(original, path)
        paths.append(path)
    return paths


def build_archive(path: Path, originals: list[Path], n: int) -> None:
    texts = [read_text(p) for p in originals]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"text": texts[i % len(texts)], "id": f"a{i}"}, ensure_ascii=False) + "\n")


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def run_cli(args: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB, largest process of the run) of one CLI run in a fresh process tree."""
    cmd = [sys.executable, "-c", MEASURE_CHILD, sys.executable, "-c", CLI_RUNNER, "extract", *args]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.split()
    seconds, rss_kb, rc = float(out[0]), int(out[1]), int(out[2])
    if rc not in (0, 1):
        sys.exit(f"newsfacts extract {' '.join(args)} exited with {rc}")
    return seconds, rss_kb / 1024


def measure_files(args: argparse.Namespace) -> list[tuple[str, float, float | None, str]]:
    originals = sources(args.source)
    rows: list[tuple[str, float, float | None, str]] = []
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        folder = Path(tmp, "corpus")
        paths = build_files(folder, originals, args.articles)
        texts: list[str] = []
        rows.append(
            ("read + decode (floor)", timed(lambda: texts.extend(read_text(p) for p in paths)), None, "")
        )
        chars = sum(map(len, texts))

        import regex

        digits = regex.compile(r"\d++")
        rows.append(("regex pass for digits", timed(lambda: [digits.findall(t) for t in texts]), None, ""))

        try:
            import spacy

            nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
        except Exception as exc:  # spaCy loads every installed plugin; a broken one must not end the run
            rows.append(("spaCy blank vi tokenizer", float("nan"), None, f"could not load: {exc}"))
        else:
            nlp.make_doc(texts[0])  # its first call loads tables: keep that out of the timing
            seconds = timed(lambda: [nlp.make_doc(t) for t in texts])
            rows.append(("spaCy blank vi tokenizer", seconds, None, ""))

        try:
            from underthesea import sent_tokenize
        except ImportError:
            rows.append(("underthesea sent_tokenize", float("nan"), None, "not installed: skipped"))
        else:
            rows.append(
                ("underthesea sent_tokenize", timed(lambda: [sent_tokenize(t) for t in texts]), None, "")
            )

        import newsfacts

        newsfacts.extract(texts[0])  # build the pipeline outside the timing
        facts = 0

        def extract_all() -> None:
            nonlocal facts
            facts = sum(len(newsfacts.extract(t).facts) for t in texts)

        rows.append(("newsfacts.extract, one process", timed(extract_all), None, f"{facts:,} facts"))
        rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows[-1] = (*rows[-1][:2], rss_self, rows[-1][3])

        for jobs in args.jobs:
            out = Path(tmp, f"facts-{jobs}.jsonl")
            seconds, rss = run_cli([str(folder), "-o", str(out), "--jobs", str(jobs)])
            rows.append((f"CLI end to end, --jobs {jobs}", seconds, rss, "incl. start-up"))
        split = stages_in_child(ROOT / "src", folder)
    print(
        f"{args.articles:,} articles, {chars / args.articles:,.0f} characters each on average, "
        f"copied from {len(originals)} in {args.source}; {os.cpu_count()} cores\n"
    )
    seconds = {name: s for name, s, _, _ in rows}
    spacy_s, extract_s = seconds["spaCy blank vi tokenizer"], seconds["newsfacts.extract, one process"]
    if spacy_s == spacy_s:  # not NaN: spaCy loaded
        print(f"newsfacts.extract runs at {spacy_s / extract_s:.2f}x the speed of spaCy's blank tokenizer\n")
    print_stages({"this checkout": split}, args.articles)
    print()
    return rows


EXTRACT_CHILD = """
import sys, time
from pathlib import Path
import newsfacts
from newsfacts.text.decode import read_text
texts = [read_text(p) for p in sorted(Path(sys.argv[1]).rglob("*.txt"))]
for x in texts[:50]:  # patterns compile on first use: keep that out of the timing
    newsfacts.extract(x)
t = time.process_time()
facts = sum(len(newsfacts.extract(x).facts) for x in texts)
print(time.process_time() - t, facts)
"""

SPACY_CHILD = """
import sys, time
from pathlib import Path
import spacy
from newsfacts.text.decode import read_text
texts = [read_text(p) for p in sorted(Path(sys.argv[1]).rglob("*.txt"))]
nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
for x in texts[:50]:
    nlp.make_doc(x)
t = time.process_time()
tokens = sum(len(nlp.make_doc(x)) for x in texts)
print(time.process_time() - t, tokens)
"""

# The stage split. Every stage is an argument of Pipeline, so each is wrapped in a timer and
# the pipeline runs as usual; records are timed through Pipeline._record. Runs any version of
# the package (a version without an annotation stage reports none).
STAGES_CHILD = """
import inspect, json, sys, time
from functools import wraps
from pathlib import Path
from newsfacts.pipeline import Pipeline, default_pipeline
from newsfacts.text.decode import read_text
texts = [read_text(p) for p in sorted(Path(sys.argv[1]).rglob("*.txt"))]
spent = {}
clock = time.process_time

def timed(name, fn):
    @wraps(fn)
    def run(*args, **kwargs):
        t = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + clock() - t
    return run

class Timed(Pipeline):
    def _record(self, c, norm):
        t = clock()
        try:
            return super()._record(c, norm)
        finally:
            spent["records"] = spent.get("records", 0.0) + clock() - t

base = default_pipeline()
stages = {"normalizer": "normalize", "segmenter": "segment", "annotator": "annotate",
          "figure_finder": "figures", "resolver": "resolve"}
accepted = inspect.signature(Pipeline).parameters
kwargs = {arg: timed(name, getattr(base, arg)) for arg, name in stages.items() if arg in accepted}
kwargs["extractors"] = [
    timed("extract: " + ex.__name__.removeprefix("extract_"), ex) for ex in base.extractors
]
pipeline = Timed(**kwargs)
for x in texts[:50]:
    pipeline(x)
spent.clear()
t = clock()
for x in texts:
    pipeline(x)
total = clock() - t
spent["rest"] = total - sum(spent.values())
spent["total"] = total
print(json.dumps(spent))
"""


Version = Path | str  # a checkout's src folder, or the interpreter of an installed package


def run_child(code: str, version: Version, folder: Path) -> list[str]:
    """Standard output of ``code`` run over ``folder`` in a fresh process that imports the package
    of ``version``: a src folder with this interpreter, or another interpreter's own install."""
    if isinstance(version, Path):
        env = {**os.environ, "PYTHONPATH": str(version)}
        python = sys.executable
    else:  # nothing of this checkout on the path: the package that interpreter has installed
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        python = version
    cmd = [python, "-c", code, str(folder)]
    return subprocess.run(
        cmd, capture_output=True, text=True, env=env, check=True, cwd=folder.parent
    ).stdout.split()


def extract_in_child(version: Version, folder: Path) -> tuple[float, int]:
    """Seconds ``newsfacts.extract`` of ``version`` takes over ``folder``, and its facts."""
    out = run_child(EXTRACT_CHILD, version, folder)
    return float(out[0]), int(out[1])


def stages_in_child(version: Version, folder: Path) -> dict[str, float]:
    """Seconds each stage of the pipeline of ``version`` takes over ``folder`` (and "total")."""
    return json.loads(" ".join(run_child(STAGES_CHILD, version, folder)))


FRONT_STAGES = ("normalize", "segment", "annotate", "figures")  # what reads the text itself


def rule_engine_seconds(split: dict[str, float]) -> float:
    """The seconds of a stage split spent after figure finding: extractors, resolving, records, rest."""
    return split["total"] - sum(split.get(name, 0.0) for name in FRONT_STAGES)


STAGE_ORDER = (
    "normalize", "segment", "annotate", "figures", "extract", "resolve", "records", "rest", "total"
)


def print_stages(splits: dict[str, dict[str, float]], articles: int) -> None:
    """Milliseconds per article of each stage, one column per version (and after/before for two)."""
    names = sorted(
        {n for split in splits.values() for n in split},
        key=lambda n: (STAGE_ORDER.index(n.split(":")[0]), n),
    )
    cols = list(splits)
    head = "".join(f"{c[:28]:>30}" for c in cols) + ("     after/before" if len(cols) == 2 else "")
    print(f"{'stage, ms per article':28}{head}")
    for name in names:
        ms = [splits[c].get(name, 0.0) * 1000 / articles for c in cols]
        line = f"{name:28}" + "".join(f"{m:30.3f}" for m in ms)
        if len(cols) == 2:
            line += f"{ms[1] / ms[0]:17.2f}" if ms[0] else f"{'new':>17}"
        print(line)


def measure_against(args: argparse.Namespace) -> list[tuple[str, float, float | None, str]]:
    """This checkout against another one, alternated in fresh processes over the same files."""
    originals = sources(args.source)
    ours: Version = ROOT / "src"
    theirs: Version = args.against.resolve() if args.against else args.against_python
    times: dict[Version, list[float]] = {ours: [], theirs: []}
    splits: dict[Version, list[dict[str, float]]] = {ours: [], theirs: []}
    spacy: list[float] = []
    facts: dict[Version, int] = {}
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        folder = Path(tmp, "corpus")
        build_files(folder, originals, args.articles)
        for _ in range(args.rounds):
            spacy.append(float(run_child(SPACY_CHILD, ours, folder)[0]))
            for src in (theirs, ours):
                seconds, facts[src] = extract_in_child(src, folder)
                times[src].append(seconds)
            for src in (theirs, ours):
                splits[src].append(stages_in_child(src, folder))
    median = {src: _median(t) for src, t in times.items()}
    spacy_s = _median(spacy)
    print(
        f"{args.articles:,} articles copied from {len(originals)} in {args.source}; {args.rounds} rounds, "
        f"alternated; medians\n"
        f"this checkout takes {median[ours] / median[theirs]:.2f}x the time of {theirs}\n"
        f"against spaCy's blank tokenizer ({spacy_s:.2f} s): {theirs} runs at "
        f"{spacy_s / median[theirs]:.2f}x its speed, this checkout at {spacy_s / median[ours]:.2f}x\n"
    )
    split = {
        src: {k: _median([s.get(k, 0.0) for s in splits[src]]) for k in splits[src][0]} for src in splits
    }
    print_stages({"before": split[theirs], "after": split[ours]}, args.articles)
    print()
    spacy_ms = spacy_s * 1000 / args.articles
    for label, src in ((theirs, theirs), ("this checkout", ours)):
        engine_ms = rule_engine_seconds(split[src]) * 1000 / args.articles
        print(
            f"rule engine of {label}: {engine_ms:.3f} ms per article against spaCy's {spacy_ms:.3f}; "
            f"with the stages before it free, extract would run at {spacy_ms / engine_ms:.2f}x spaCy"
        )
    print()
    return [
        (f"extract, {theirs}", median[theirs], None, f"{facts[theirs]:,} facts"),
        ("extract, this checkout", median[ours], None, f"{facts[ours]:,} facts"),
        ("spaCy blank vi tokenizer", spacy_s, None, ""),
    ]


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def measure_stream(args: argparse.Namespace) -> list[tuple[str, float, float | None, str]]:
    originals = sources(args.source)
    rows = []
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        archive = Path(tmp, "archive.jsonl")
        build_archive(archive, originals, args.articles)
        size_mb = archive.stat().st_size / 2**20
        for jobs in args.jobs:
            out = Path(tmp, f"facts-{jobs}.jsonl")
            seconds, rss = run_cli(
                [str(archive), "-o", str(out), "--jobs", str(jobs), "--source-field", "id"]
            )
            rows.append((f"CLI, JSON Lines archive, --jobs {jobs}", seconds, rss, f"{size_mb:,.0f} MB input"))
    print(f"{args.articles:,} articles streamed from one JSON Lines archive; {os.cpu_count()} cores\n")
    return rows


def report(rows: list[tuple[str, float, float | None, str]], articles: int) -> None:
    floor = rows[0][1]
    print(f"{'stage':36} {'seconds':>9} {'articles/s':>11} {'x floor':>8} {'peak RSS MB':>12}  note")
    for name, seconds, rss, note in rows:
        if seconds != seconds:  # NaN: skipped
            print(f"{name:36} {'-':>9} {'-':>11} {'-':>8} {'-':>12}  {note}")
            continue
        rss_text = f"{rss:,.0f}" if rss is not None else ""
        rate = articles / seconds
        print(f"{name:36} {seconds:9.2f} {rate:11,.0f} {seconds / floor:8.1f} {rss_text:>12}  {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=ROOT / "corpus", help="folder of .txt articles")
    parser.add_argument("--articles", type=int, default=2000, help="articles in the built corpus")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="worker counts for the CLI runs")
    parser.add_argument("--stream", action="store_true", help="one JSON Lines archive, CLI only (large runs)")
    parser.add_argument("--against", type=Path, help="src folder of another checkout to compare extract with")
    parser.add_argument(
        "--against-python", help="interpreter of another install to compare extract with (its own package)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="alternated rounds for --against")
    args = parser.parse_args()
    if args.against and args.against_python:
        parser.error("give --against or --against-python, not both")
    if args.against_python:
        found = shutil.which(args.against_python)
        if found is None:
            parser.error(f"--against-python: no interpreter at {args.against_python}")
        args.against_python = os.path.abspath(found)  # its children run elsewhere; a venv's link kept
    if args.against or args.against_python:
        for name, seconds, _, note in measure_against(args):
            print(f"{name:60} {seconds:8.2f} s {args.articles / seconds:9,.0f} articles/s  {note}")
        return
    stream = args.stream or args.articles > STREAM_FROM
    rows = measure_stream(args) if stream else measure_files(args)
    report(rows, args.articles)


if __name__ == "__main__":
    main()
