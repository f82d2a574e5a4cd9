"""``newsfacts extract``: facts from files and folders, to JSON Lines, CSV, Parquet or SQLite.

Exit status: 0 when every file was read, 1 when some files failed (they are
listed on stderr and, with ``--errors``, in a JSON Lines report), 2 for a
usage error (bad option, missing input, unknown output format) or an output
that cannot be written, 130 when interrupted.
"""

from __future__ import annotations

import io
import json
import logging
import shlex
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TextIO

import typer

from newsfacts.io.errors import OutputError, os_reason

if TYPE_CHECKING:
    from newsfacts.io.writers import Writer
    from newsfacts.records import Article

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
GLOB_CHARACTERS = "*?["
WRITE_ERRORS = (OSError, sqlite3.Error)
"""What writing an output can raise: the file system's errors, and SQLite's own."""


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def extract(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH...",
            help="Files and folders (walked recursively); - reads standard input.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            metavar="FILE",
            help="Output file: .jsonl, .csv, .parquet or .sqlite, in an existing folder (default: stdout).",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option("-j", "--jobs", min=1, metavar="N", help="Worker processes (default: every core)."),
    ] = None,
    include: Annotated[
        list[str] | None,
        typer.Option(
            "--include",
            metavar="GLOB",
            help="Glob of files to read (repeatable; default in folders: the known extensions).",
        ),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", metavar="GLOB", help="Glob of files to skip (repeatable)."),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="How to read the inputs: auto (by extension; text when unknown), text, html, jsonl or json.",
        ),
    ] = "auto",
    resume: Annotated[
        bool, typer.Option("--resume", help="Keep the output and skip articles already in it.")
    ] = False,
    encoding: Annotated[
        str | None,
        typer.Option("--encoding", metavar="NAME", help="Encoding of the input files (default: detect)."),
    ] = None,
    text_field: Annotated[
        str, typer.Option("--text-field", metavar="NAME", help="Text field of JSON records.")
    ] = "text",
    source_field: Annotated[
        str | None,
        typer.Option("--source-field", metavar="NAME", help="Field of JSON records naming the article."),
    ] = None,
    errors: Annotated[
        Path | None, typer.Option("--errors", metavar="FILE", help="Write failed files as JSON Lines here.")
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout", min=0, metavar="SECONDS", help="Seconds allowed per article; 0 for no limit."
        ),
    ] = 30.0,
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes",
            min=0,
            metavar="BYTES",
            help="Largest article (as read, after decompression) or archive record text; larger ones "
            "are reported as failures. 0 for no limit.",
        ),
    ] = 5_000_000,
) -> None:
    """Extract facts from articles: .txt, .html, .jsonl, .json files (also .gz), folders, or stdin."""
    from newsfacts import batch
    from newsfacts.cli._progress import ProgressBar, Tally
    from newsfacts.io.readers import FORMATS
    from newsfacts.io.writers import UnsupportedFormatError, check_output, open_writer
    from newsfacts.io.writers.jsonl import JsonlStreamWriter

    if resume and output is None:
        _usage("--resume needs an output file (-o)")
    if fmt != "auto" and fmt not in FORMATS:
        _usage(f"--format: unknown format {fmt!r}; expected auto, {', '.join(FORMATS)}")
    for path in (output, errors):
        if path is not None:
            try:
                check_output(path)
            except OSError as exc:
                _usage(OutputError(str(path), os_reason(exc)))
            except OutputError as exc:
                _usage(exc)
    try:
        files = batch.find_inputs(
            paths,
            include=include or None,
            exclude=[*batch.DEFAULT_EXCLUDE, *(exclude or ())],
            skip=[p for p in (output, errors) if p is not None],
        )
    except FileNotFoundError as exc:
        _usage(_missing_input(Path(exc.filename)) if exc.filename else str(exc))
    try:
        writer = open_writer(output, resume=resume) if output else JsonlStreamWriter(_utf8_stdout())
    except WRITE_ERRORS as exc:
        _usage(OutputError(str(output), _reason(exc)))
    except (UnsupportedFormatError, ImportError, ValueError) as exc:
        _usage(exc)

    options = batch.Options(
        fmt=fmt,
        encoding=encoding,
        text_field=text_field,
        source_field=source_field,
        timeout=timeout or None,
        max_bytes=max_bytes or None,
    )
    # Dropped candidates are listed in each record's "rejected"; a warning per article would bury the summary.
    logging.getLogger("newsfacts").setLevel(logging.ERROR)
    tally = Tally(kept=len(writer.done))
    interrupted = False
    try:
        with ProgressBar(len(files), tally) as bar:
            for outcome in batch.run(files, options, jobs=jobs, done=writer.done, progress=bar.advance):
                if not isinstance(outcome, batch.Failure):
                    _write(writer, outcome)
                tally.add(outcome)
    except KeyboardInterrupt:
        interrupted = True
    except _OutputFailed as exc:
        writer.abort()
        _usage(OutputError(_name(output), _reason(exc.__cause__)))
    except BaseException:
        writer.abort()
        raise
    # On Ctrl-C the whole articles written so far are kept, so that --resume goes on from there.
    try:
        writer.close()
    except WRITE_ERRORS as exc:
        writer.abort()
        _usage(OutputError(_name(output), _reason(exc)))

    problem = None
    if errors is not None:
        try:
            _write_errors(errors, tally.failures)
        except OSError as exc:
            problem = OutputError(str(errors), os_reason(exc))
    typer.echo(tally.summary(interrupted=interrupted), err=True)
    if problem is not None:
        _usage(problem)
    if interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    raise typer.Exit(EXIT_FAILURES if tally.failures else EXIT_OK)


class _OutputFailed(Exception):
    """Writing a record failed; its cause is the writer's error."""


def _write(writer: Writer, outcome: Article) -> None:
    try:
        writer.write(outcome)
    except WRITE_ERRORS as exc:
        raise _OutputFailed from exc


def _name(output: Path | None) -> str:
    return str(output) if output is not None else "standard output"


def _reason(exc: BaseException | None) -> str:
    """An output error in words: the OS's reason, or SQLite's message."""
    if isinstance(exc, OSError):
        return os_reason(exc)
    return str(exc)


def _missing_input(path: Path) -> str:
    """The message for an input that does not exist; a pattern the shell did not expand gets a hint."""
    message = f"{path}: no such file or folder"
    parts = path.parts
    first = next((i for i, part in enumerate(parts) if any(c in part for c in GLOB_CHARACTERS)), None)
    if first is None:
        return message
    folder = Path(*parts[:first]) if first else Path(".")
    pattern = "/".join(parts[first:])
    return (
        f"{message}. It looks like a pattern that matched no file, or was quoted so that the shell did "
        f"not expand it; to choose files of a folder by pattern, use --include: "
        f"newsfacts extract {shlex.quote(str(folder))} --include {shlex.quote(pattern)}"
    )


def _usage(message: object) -> NoReturn:
    typer.echo(f"newsfacts extract: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _utf8_stdout() -> TextIO:
    """Standard output as UTF-8 with "\\n" line ends, whatever the locale."""
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8", newline="\n")
    return stream


def _write_errors(path: Path, failures: list) -> None:
    """The error report, replaced as a whole like the output."""
    from newsfacts.io.writers.atomic import AtomicFile

    report = AtomicFile(path)
    try:
        for failure in failures:
            report.fh.write(json.dumps(failure.as_dict(), ensure_ascii=False) + "\n")
        report.commit()
    except BaseException:
        report.discard()
        raise
