"""``newsfacts report``: a one-page HTML overview of a processed corpus (facts, programmes, failures)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

EXIT_USAGE = 2


def register(app: typer.Typer) -> None:
    app.command("report")(report)


def report(
    facts: Annotated[Path, typer.Argument(help="JSON Lines written by `newsfacts extract`.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="HTML file to write (default: stdout).")
    ] = None,
    errors: Annotated[
        Path | None,
        typer.Option("--errors", help="Failed files, as written by `newsfacts extract --errors`."),
    ] = None,
    top: Annotated[int, typer.Option("--top", min=1, help="How many rate subjects to chart.")] = 15,
    title: Annotated[str, typer.Option("--title", help="Page heading.")] = "newsfacts corpus report",
) -> None:
    """Write an overview page: facts by type, courses by programme, rates, targets, months, failures."""
    from newsfacts.cli.show import _write
    from newsfacts.report.corpus_report import render_corpus_report
    from newsfacts.report.corpus_stats import collect, read_failures

    for path in (facts, errors):
        if path is not None and not path.is_file():
            _usage(f"no such file: {path}")
    try:
        stats = collect(facts)
        failures = read_failures(errors) if errors is not None else []
    except OSError as exc:
        _usage(str(exc))
    _write(render_corpus_report(stats, failures, title=title, source=str(facts), top=top), output)


def _usage(message: str) -> None:
    typer.echo(f"newsfacts report: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)
