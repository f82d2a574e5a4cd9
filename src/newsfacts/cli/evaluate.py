"""``newsfacts evaluate GOLD_DIR``: extract the annotated articles and score them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate)


def evaluate(
    gold_dir: Path = typer.Argument(
        ..., exists=True, file_okay=False, help="folder of NAME.txt + NAME.gold.json"
    ),
    verbose: bool = typer.Option(
        False, "--verbose", help="list every miss, spurious fact and wrong attribute"
    ),
    as_json: bool = typer.Option(False, "--json", help="print the result as JSON before the F1 line"),
    predictions: Path | None = typer.Option(
        None,
        "--predictions",
        "-p",
        exists=True,
        dir_okay=False,
        help="score this JSON Lines file instead of extracting",
    ),
    min_f1: float | None = typer.Option(None, "--min-f1", help="exit 1 when micro F1 is below this"),
    texts: Path | None = typer.Option(
        None,
        "--texts",
        exists=True,
        file_okay=False,
        help="folder holding the articles of gold files that name their text in 'source'",
    ),
) -> None:
    """Score extraction on annotated articles; prints the same figures as the reference scorer."""
    from newsfacts import extract_file
    from newsfacts.evaluate import (
        GoldError,
        gold_articles,
        load_gold,
        load_predictions,
        predictions_from_records,
        print_report,
        score,
    )

    try:
        gold = load_gold(gold_dir, texts)
    except (GoldError, json.JSONDecodeError, OSError) as exc:
        typer.echo(f"newsfacts evaluate: {exc}", err=True)
        raise typer.Exit(2) from exc
    if predictions is not None:
        preds = load_predictions(predictions)
    else:
        records = [
            extract_file(article).model_dump(mode="json") for _, article in gold_articles(gold_dir, texts)
        ]
        preds = predictions_from_records(records)
    result = score(gold, preds, verbose=verbose, out=sys.stdout)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1))
    print_report(result, sys.stdout)
    if min_f1 is not None and result["f1"] < min_f1:
        raise typer.Exit(1)
