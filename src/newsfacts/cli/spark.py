"""``newsfacts spark``: extract an archive with Spark and write Parquet (extra ``spark``).

The options are those of ``spark-submit src/newsfacts/spark_job.py``; the
master comes from Spark's configuration (spark-defaults.conf,
``SPARK_MASTER``), else ``local[*]``. pyspark is imported only when the
command runs, so the rest of the CLI starts without it.
"""

from __future__ import annotations

from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("spark")(spark)


def spark(
    input_path: Annotated[
        str,
        typer.Argument(
            metavar="INPUT",
            help="Folder or file of .txt and JSON Lines articles, or Parquet dataset (any Spark URI).",
        ),
    ],
    output: Annotated[str, typer.Argument(metavar="OUTPUT", help="Parquet dataset (folder) to write.")],
    fmt: Annotated[str, typer.Option("--format", help="auto, text, jsonl or parquet.")] = "auto",
    text_field: Annotated[
        str, typer.Option("--text-field", help="Text field of JSON/Parquet records.")
    ] = "text",
    source_field: Annotated[
        str | None,
        typer.Option(
            "--source-field", help="Field naming each JSON/Parquet record (default: PATH#LINE, PATH#N)."
        ),
    ] = None,
    glob: Annotated[
        str | None, typer.Option("--glob", help="Only files whose name matches (default *.txt and *.jsonl).")
    ] = None,
    articles: Annotated[
        bool, typer.Option("--articles", help="One record per article (facts as an array), not per fact.")
    ] = False,
    partitions: Annotated[
        int | None, typer.Option("--partitions", min=1, help="Repartition the articles before extraction.")
    ] = None,
    mode: Annotated[
        str, typer.Option("--mode", help="When OUTPUT exists: overwrite, error, append, ignore.")
    ] = ("overwrite"),
    errors: Annotated[
        str | None,
        typer.Option("--errors", help="Folder to write the failures to, as JSON Lines part files."),
    ] = None,
) -> None:
    """Extract facts with Spark; write fact rows (or article records) as Parquet."""
    from newsfacts.io.errors import require

    try:
        require("pyspark", feature="newsfacts spark", extra="spark")
    except ImportError as exc:
        typer.echo(f"newsfacts spark: {exc}", err=True)
        raise typer.Exit(2) from None
    from newsfacts import spark_job

    argv = [input_path, output, "--format", fmt, "--text-field", text_field]
    argv += ["--mode", mode]
    argv += ["--source-field", source_field] if source_field else []
    argv += ["--glob", glob] if glob else []
    argv += ["--articles"] if articles else []
    argv += ["--partitions", str(partitions)] if partitions else []
    argv += ["--errors", errors] if errors else []
    raise typer.Exit(spark_job.main(argv))
