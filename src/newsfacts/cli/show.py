"""``newsfacts show``: one article as an HTML page with its facts highlighted, for review."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

EXIT_USAGE = 2


def register(app: typer.Typer) -> None:
    app.command("show")(show)


def show(
    article: Annotated[Path, typer.Argument(help="Article file: .txt, .html, or a .jsonl/.json of records.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="HTML file to write (default: stdout).")
    ] = None,
    record: Annotated[
        int, typer.Option("--record", min=1, help="Which record of a .jsonl/.json file (from 1).")
    ] = 1,
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Encoding of the input file (default: detect).")
    ] = None,
) -> None:
    """Write a review page: the article text with each fact highlighted and a table of the facts."""
    import itertools
    import logging

    from newsfacts.io.errors import ReadError
    from newsfacts.io.readers import read_documents
    from newsfacts.pipeline import default_pipeline
    from newsfacts.report.article_page import render_article_page

    if problem := check_input_file(article):
        _usage(problem)
    logging.getLogger("newsfacts").setLevel(logging.ERROR)  # dropped candidates are listed on the page
    try:
        docs = read_documents(article, encoding=encoding)
        doc = next(itertools.islice(docs, record - 1, None), None)
    except (ReadError, ImportError, UnicodeDecodeError, ValueError) as exc:
        _usage(str(exc))
    if doc is None:
        _usage(f"{article} holds fewer than {record} records")
    html = render_article_page(default_pipeline().run_document(doc), doc.text)
    _write(html, output)


def check_input_file(path: Path) -> str | None:
    """What is wrong with ``path`` as a file to read, or None."""
    if path.is_dir():
        return f"{path}: a folder, not a file"
    if not path.is_file():
        return f"no such file: {path}"
    return None


def _write(html: str, output: Path | None, *, command: str = "show") -> None:
    """The page to stdout, or to ``output`` whole: written beside it, then renamed over it."""
    if output is None:
        typer.echo(html, nl=False)
        return
    temp: Path | None = None
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        temp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
        temp.write_text(html, encoding="utf-8", newline="\n")
        os.replace(temp, output)
    except OSError as exc:
        if temp is not None:
            temp.unlink(missing_ok=True)
        typer.echo(f"newsfacts {command}: cannot write {output}: {exc.strerror or exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    typer.echo(f"wrote {output}", err=True)


def _usage(message: str) -> None:
    typer.echo(f"newsfacts show: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)
