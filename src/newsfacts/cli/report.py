"""``newsfacts report``: a one-page HTML overview of a processed corpus (facts, programmes, failures)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

EXIT_USAGE = 2

HELP = "\n\n".join(
    (
        "Write an overview page: facts by type, courses by programme, rates, targets, months, failures.",
        "FACTS is the JSON Lines file of `newsfacts extract`. Lines that are not article records (a JSON "
        'object with a "facts" list) are listed as failed, as long as there are no more of them than '
        "records; a file with "
        "no article record, or with more bad lines than records, is refused. An empty FACTS file is "
        "accepted only with an --errors file that lists failures (every input of the run failed). The "
        "--errors file is held to the same rule; an empty one means no failures.",
        "Exit status: 0 when the page is written; 2 when a file is missing or refused, or the page cannot "
        "be written. On failure nothing is written.",
    )
)


def register(app: typer.Typer) -> None:
    app.command("report", help=HELP)(report)


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
    from newsfacts.cli.show import _write, check_input_file
    from newsfacts.report.corpus_report import render_corpus_report
    from newsfacts.report.corpus_stats import collect, read_failures
    from newsfacts.report.inputs import InputError, check_facts, check_failures

    for path in (facts, errors):
        if path is not None and (problem := check_input_file(path)):
            _usage(problem)
    try:
        failures = read_failures(errors) if errors is not None else []
        if errors is not None:
            check_failures(errors, failures)
        stats = collect(facts)
        check_facts(facts, stats, failures)
    except (OSError, InputError) as exc:
        _usage(str(exc))
    page = render_corpus_report(stats, failures, title=title, source=str(facts), top=top)
    _write(page, output, command="report")


def _usage(message: str) -> None:
    typer.echo(f"newsfacts report: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)
