"""``newsfacts extract``: facts from files and folders, to JSON Lines, CSV, Parquet or SQLite.

Exit status: 0 when every file was read, 1 when some files failed (they are
listed on stderr and, with ``--errors``, in a JSON Lines report), 2 for a
usage error (bad option, missing input, unknown output format, output that
cannot be written), 130 when interrupted.
"""

from __future__ import annotations

import io
import json
import logging
import os
import sys
from pathlib import Path
from typing import Annotated, TextIO

import typer

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (walked recursively).")],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="Output file: .jsonl, .csv, .parquet or .sqlite (default: stdout)."
        ),
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("-j", "--jobs", min=1, help="Worker processes (default: every core).")
    ] = None,
    include: Annotated[
        list[str] | None, typer.Option("--include", help="Glob of files to read (repeatable).")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Glob of files to skip (repeatable).")
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Keep the output and skip articles already in it.")
    ] = False,
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Encoding of the input files (default: detect).")
    ] = None,
    text_field: Annotated[str, typer.Option("--text-field", help="Text field of JSON records.")] = "text",
    source_field: Annotated[
        str | None, typer.Option("--source-field", help="Field of JSON records naming the article.")
    ] = None,
    errors: Annotated[
        Path | None, typer.Option("--errors", help="Write failed files as JSON Lines here.")
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0, help="Seconds allowed per article; 0 for no limit.")
    ] = 30.0,
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes",
            min=0,
            help="Largest article file (or archive record text) in bytes; larger ones are reported "
            "as failures. 0 for no limit.",
        ),
    ] = 5_000_000,
) -> None:
    """Extract facts from article files (.txt, .html, .jsonl, .json)."""
    from newsfacts import batch
    from newsfacts.cli._progress import ProgressBar, Tally
    from newsfacts.io.writers import UnsupportedFormatError, open_writer
    from newsfacts.io.writers.jsonl import JsonlStreamWriter

    if resume and output is None:
        _usage("--resume needs an output file (-o)")
    try:
        files = batch.find_inputs(
            paths,
            include=include or batch.DEFAULT_INCLUDE,
            exclude=[*batch.DEFAULT_EXCLUDE, *(exclude or ())],
            skip=[p for p in (output, errors) if p is not None],
        )
    except FileNotFoundError as exc:
        _usage(str(exc))
    try:
        writer = open_writer(output, resume=resume) if output else JsonlStreamWriter(_utf8_stdout())
    except (UnsupportedFormatError, ImportError, OSError, ValueError) as exc:
        _usage(str(exc))

    options = batch.Options(
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
                    writer.write(outcome)
                tally.add(outcome)
    except KeyboardInterrupt:
        interrupted = True
    except BaseException:
        writer.abort()
        raise
    # On Ctrl-C the whole articles written so far are kept, so that --resume goes on from there.
    writer.close()

    if errors is not None:
        _write_errors(errors, tally.failures)
    typer.echo(tally.summary(interrupted=interrupted), err=True)
    if interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    raise typer.Exit(EXIT_FAILURES if tally.failures else EXIT_OK)


def _usage(message: str) -> None:
    typer.echo(f"newsfacts extract: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _utf8_stdout() -> TextIO:
    """Standard output as UTF-8 with "\\n" line ends, whatever the locale."""
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8", newline="\n")
    return stream


def _write_errors(path: Path, failures: list) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    with temp.open("w", encoding="utf-8", newline="\n") as fh:
        for failure in failures:
            fh.write(json.dumps(failure.as_dict(), ensure_ascii=False) + "\n")
    os.replace(temp, path)
