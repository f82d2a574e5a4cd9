"""``newsfacts schema``: the JSON Schema of one output record."""

from __future__ import annotations

import json

import typer


def register(app: typer.Typer) -> None:
    app.command("schema")(schema)


def schema() -> None:
    """Print the JSON Schema that one JSON Lines record of newsfacts extract validates against."""
    from newsfacts.records import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))
