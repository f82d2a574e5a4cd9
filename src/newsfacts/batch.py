"""Run the pipeline over many files: discovery, parallel workers, ordered results, failures.

Built for archives of tens of thousands of articles:

* inputs are walked recursively and sorted, so a run's output order depends
  only on the inputs, never on the number of workers;
* work streams through a bounded window of tasks, so memory stays flat
  whatever the corpus size;
* a bad file (undecodable, malformed, too slow, or crashing the pipeline)
  becomes a :class:`Failure` in the stream and the run goes on.

Single-article files (text, HTML) are read inside the workers, since
decoding and HTML extraction are part of the cost; JSON and JSON Lines
archives, and standard input, are read in the main process and their
records sent out in chunks, so one large archive still spreads over every
worker. Workers end with the process that started them, even when it is
killed.
"""

from __future__ import annotations

import ctypes
import fnmatch
import os
import signal
import stat
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from pathlib import Path

from newsfacts.document import Document
from newsfacts.io.errors import ReadError
from newsfacts.io.readers import (
    ARCHIVE_FORMATS,
    COMPRESSED,
    METADATA_FIELDS,
    STDIN,
    SUFFIXES,
    file_format,
    is_compressed,
    read_documents,
)
from newsfacts.records import Article

DEFAULT_INCLUDE: tuple[str, ...] = tuple(f"*{s}{gz}" for s in SUFFIXES for gz in ("", COMPRESSED))
"""What a folder walk reads: the known extensions, also compressed (patterns match in any case)."""
DEFAULT_EXCLUDE: tuple[str, ...] = ("*.gold.json", "*.gold.json.gz")
STDIN_PATH = Path(STDIN)
DEFAULT_MAX_BYTES = 5_000_000
"""Largest article read by default: a news article is tens of kilobytes; 5 MB is a dump or a mistake."""
CHUNK = 8
"""Articles (or single-article files) per task: enough to amortize inter-process traffic."""


@dataclass(frozen=True, slots=True)
class Failure:
    """A file, or one record or article of it, that produced no record; ``reason`` says why."""

    path: str
    reason: str
    line: int | None = None
    source: str | None = None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Options:
    """How to read and how long to let one article run; the same in every worker."""

    encoding: str | None = None
    text_field: str = "text"
    source_field: str | None = None
    metadata_fields: tuple[str, ...] = METADATA_FIELDS
    timeout: float | None = 30.0
    max_bytes: int | None = DEFAULT_MAX_BYTES
    """Largest text/HTML article as read, or text of one archive record (UTF-8 bytes); None for no limit."""
    fmt: str = "auto"
    """Reader of every input (text, html, jsonl, json); ``auto``: by extension, text when unknown."""


Outcome = Article | Failure


def find_inputs(
    paths: Iterable[Path],
    include: Sequence[str] | None = None,
    exclude: Sequence[str] = DEFAULT_EXCLUDE,
    skip: Iterable[Path] = (),
) -> list[Path]:
    """Files under ``paths`` in a deterministic order: arguments as given, folders walked sorted.

    A pattern matches a file's name or its whole path, in any case. In
    folders, files are chosen by ``include`` (default: the known extensions);
    a file named in ``paths`` is read whatever its extension, unless an
    explicit ``include`` leaves it out. ``exclude`` applies to both. Hidden
    files and folders are not walked into, and files in ``skip`` (the run's
    own output) are never read. ``-`` is standard input. A path that does
    not exist raises ``FileNotFoundError``.
    """
    skipped = {_key(p) for p in skip}
    found: list[Path] = []
    seen: set[Path] = set()
    for root in paths:
        if root == STDIN_PATH:
            if STDIN_PATH not in seen:
                seen.add(STDIN_PATH)
                found.append(STDIN_PATH)
            continue
        if not root.exists():
            missing = FileNotFoundError(f"{root}: no such file or folder")
            missing.filename = str(root)
            raise missing
        walked = root.is_dir()
        candidates = _walk(root) if walked else [root]
        chosen_by = include if include is not None else DEFAULT_INCLUDE if walked else ("*",)
        for path in candidates:
            key = _key(path)
            if key in seen or key in skipped or not _selected(path, chosen_by, exclude):
                continue
            seen.add(key)
            found.append(path)
    return found


def _key(path: Path) -> Path:
    """The file a path names, to skip duplicates; a symlink loop or an unreadable link is its own key
    (reading it then fails and is reported)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(folder, name)


def _selected(path: Path, include: Sequence[str], exclude: Sequence[str]) -> bool:
    name, text = path.name.lower(), path.as_posix().lower()

    def matches(patterns: Sequence[str]) -> bool:
        return any(
            fnmatch.fnmatchcase(name, p.lower()) or fnmatch.fnmatchcase(text, p.lower()) for p in patterns
        )

    return matches(include) and not matches(exclude)


# --- tasks -----------------------------------------------------------------


@dataclass(slots=True)
class _Task:
    """Up to CHUNK units, in input order: a file path the worker reads, (path, document) already read,
    or the failure of an archive record that could not be read.

    ``files_done`` counts the input files whose last unit is in this task (for progress).
    """

    units: list[str | tuple[str, Document] | Failure] = field(default_factory=list)
    files_done: int = 0


def _tasks(files: Sequence[Path], options: Options, done: frozenset[str] | set[str]) -> Iterator[_Task]:
    """Group the inputs into tasks, in input order, reading archives here and skipping done sources."""
    task = _Task()
    for path in files:
        if path == STDIN_PATH or file_format(path, options.fmt) in ARCHIVE_FORMATS:
            for unit in _archive_units(path, options):
                if isinstance(unit, Failure):
                    task.units.append(unit)
                elif unit.source not in done:
                    task.units.append((str(path), unit))
                if len(task.units) >= CHUNK:
                    yield task
                    task = _Task()
        elif str(path) not in done:
            task.units.append(str(path))
        task.files_done += 1
        if len(task.units) >= CHUNK:
            yield task
            task = _Task()
    if task.units or task.files_done:
        yield task


def _archive_units(path: Path, options: Options) -> Iterator[Document | Failure]:
    """The records of an archive, or the article(s) on standard input, read here in the main process."""
    failures: list[Failure] = []

    def report(error: ReadError) -> None:
        failures.append(Failure(error.path, error.reason, error.line))

    try:
        for doc in read_documents(
            path,
            fmt=options.fmt,
            encoding=options.encoding,
            text_field=options.text_field,
            source_field=options.source_field,
            metadata_fields=options.metadata_fields,
            max_bytes=options.max_bytes,
            on_error=report,
        ):
            yield from failures
            failures.clear()
            yield doc
    except (ReadError, OSError) as exc:
        failures.append(_input_failure(str(path), exc))
    yield from failures


def _input_failure(path: str, exc: OSError | ValueError) -> Failure:
    """A file that could not be read or decoded, with the reason and without repeating the path."""
    if isinstance(exc, ReadError):
        return Failure(exc.path, exc.reason, exc.line)
    if isinstance(exc, OSError):
        return Failure(path, exc.strerror or str(exc))
    return Failure(path, str(exc).removeprefix(f"{path}: "))


# --- the work itself (runs in a worker, or in this process with one job) ---


class ArticleTimeout(Exception):
    """One article took longer than the time limit."""


_options = Options()


def _configure(options: Options) -> None:
    global _options
    _options = options


def _init_worker(options: Options, parent: int) -> None:
    """Set the reading options and build the pipeline once per worker; Ctrl-C is the parent's job."""
    _end_with_parent(parent)
    _configure(options)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from newsfacts.pipeline import default_pipeline

    default_pipeline()


PR_SET_PDEATHSIG = 1
"""prctl(2) option: the signal this process gets when the thread that started it ends."""
ORPHANED = 3
"""Exit status of a worker that ended itself because its parent was gone."""


def _end_with_parent(parent: int) -> None:
    """End this worker when ``parent`` dies, even by SIGKILL, which gives it no chance to stop its workers.

    On Linux the kernel sends SIGKILL (PR_SET_PDEATHSIG); elsewhere a thread
    watches for the worker being handed to another parent. Linux ties the
    signal to the thread that started the worker: :func:`run`'s pool is
    started by the thread that iterates it, which lives as long as the pool.
    """
    if not _set_parent_death_signal():
        _watch_parent(parent)
    if os.getppid() != parent:  # it died before the signal was set
        os._exit(ORPHANED)


def _set_parent_death_signal() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int, every: float = 1.0) -> None:
    """Exit this process (from a daemon thread) once its parent is no longer ``parent``."""

    def watch() -> None:
        while True:
            time.sleep(every)
            if os.getppid() != parent:
                os._exit(ORPHANED)

    threading.Thread(target=watch, name="newsfacts-parent-watch", daemon=True).start()


def _run_task(task: _Task) -> tuple[list[Outcome], int]:
    from newsfacts.pipeline import default_pipeline

    pipeline = default_pipeline()
    out: list[Outcome] = []
    for unit in task.units:
        if isinstance(unit, Failure):
            out.append(unit)
            continue
        path, doc = (unit, None) if isinstance(unit, str) else unit
        source = doc.source if doc else path
        try:
            with _time_limit(_options.timeout):
                if doc is not None:
                    too_big = _too_big_text(doc.text, _options.max_bytes)
                    if too_big:
                        out.append(Failure(path, too_big, source=source))
                        continue
                    docs = [doc]
                else:
                    try:
                        unreadable = _unreadable_file(path, _options.max_bytes)
                        if unreadable:
                            out.append(Failure(path, unreadable))
                            continue
                        docs = list(_read_file(path))
                    except (OSError, ValueError) as exc:
                        out.append(_input_failure(path, exc))
                        continue
                out.extend(pipeline.run_document(d) for d in docs)
        except ArticleTimeout as exc:
            out.append(Failure(path, str(exc), source=source))
        except Exception as exc:
            out.append(Failure(path, f"internal error: {type(exc).__name__}: {exc}", source=source))
    return out, task.files_done


def _unreadable_file(path: str, max_bytes: int | None) -> str | None:
    """Why a single-article file is not read (not a regular file, or over the size limit), or None.

    Checked before opening, so that a FIFO or a device named ``*.txt`` cannot
    block or stream forever, and a huge file costs nothing. A compressed
    file's limit applies to what it expands to, so the reader checks it.
    """
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file (a device, FIFO or socket)"
    if max_bytes and info.st_size > max_bytes and not is_compressed(path):
        return f"file of {info.st_size:,} bytes is larger than the limit of {max_bytes:,} bytes (--max-bytes)"
    return None


def _too_big_text(text: str, max_bytes: int | None) -> str | None:
    """The failure reason for an archive record whose text is over the size limit, or None."""
    if not max_bytes or len(text) * 4 <= max_bytes:
        return None
    size = len(text.encode("utf-8", "surrogatepass"))
    if size <= max_bytes:
        return None
    return f"text of {size:,} bytes is larger than the limit of {max_bytes:,} bytes (--max-bytes)"


def _read_file(path: str) -> Iterator[Document]:
    return read_documents(
        Path(path),
        fmt=_options.fmt,
        encoding=_options.encoding,
        text_field=_options.text_field,
        source_field=_options.source_field,
        metadata_fields=_options.metadata_fields,
        max_bytes=_options.max_bytes,
    )


class _time_limit:
    """Raise :class:`ArticleTimeout` in the block after ``seconds`` (SIGALRM; main thread only)."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds if seconds and threading.current_thread() is threading.main_thread() else None

    def _expired(self, signum: int, frame: object) -> None:
        raise ArticleTimeout(f"took longer than the time limit of {self.seconds:g} s")

    def __enter__(self) -> None:
        if self.seconds:
            self._previous = signal.signal(signal.SIGALRM, self._expired)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)


# --- scheduling --------------------------------------------------------------

Progress = Callable[[int, list[Outcome]], None]
"""Called after each task with the number of input files it finished and its outcomes."""


def run(
    files: Sequence[Path],
    options: Options = Options(),
    *,
    jobs: int | None = None,
    done: frozenset[str] | set[str] = frozenset(),
    progress: Progress | None = None,
) -> Iterator[Outcome]:
    """Records and failures for ``files``, in input order, skipping sources in ``done``.

    ``jobs`` worker processes (default: every core); with one job everything
    runs in this process. At most ``2 * jobs`` tasks are in flight, so memory
    does not grow with the corpus.
    """
    jobs = jobs or available_cores()
    tasks = _tasks(files, options, done)
    if jobs == 1:
        _configure(options)
        for task in tasks:
            outcomes, files_done = _run_task(task)
            if progress:
                progress(files_done, outcomes)
            yield from outcomes
        return
    yield from _run_parallel(tasks, options, jobs, progress)


def available_cores() -> int:
    """Cores this process may run on (a container's or taskset's limit, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _run_parallel(
    tasks: Iterator[_Task], options: Options, jobs: int, progress: Progress | None
) -> Iterator[Outcome]:
    window = 2 * jobs
    pool = _pool(options, jobs)
    pending: deque[tuple[_Task, Future]] = deque()
    try:
        while True:
            while len(pending) < window and (task := next(tasks, None)) is not None:
                pending.append((task, pool.submit(_run_task, task)))
            if not pending:
                break
            task, future = pending.popleft()
            try:
                outcomes, files_done = future.result()
            except BrokenProcessPool:
                outcomes, files_done = _lost(task), task.files_done
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(options, jobs)
                pending = deque((t, pool.submit(_run_task, t)) for t, _ in pending)
            if progress:
                progress(files_done, outcomes)
            yield from outcomes
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def _pool(options: Options, jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(options, os.getpid()))


def _lost(task: _Task) -> list[Outcome]:
    """Failures for a task whose worker process died (out of memory, a crash in native code)."""
    reason = "the worker process died while reading this file"
    lost: list[Outcome] = []
    for unit in task.units:
        if isinstance(unit, Failure):
            lost.append(unit)
            continue
        path, doc = (unit, None) if isinstance(unit, str) else unit
        lost.append(Failure(path, reason, source=doc.source if doc else None))
    return lost


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the workers now (on Ctrl-C or an error in the caller) instead of waiting for their tasks."""
    for process in list(getattr(pool, "_processes", {}).values()):
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
