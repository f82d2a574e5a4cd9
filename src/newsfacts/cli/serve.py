"""``newsfacts serve``: the HTTP service (needs the ``server`` extra: FastAPI, fastapi-offline, uvicorn).

Each option falls back to its ``NEWSFACTS_*`` environment variable, then to the
default. Exit status 2 for a usage error (bad setting, extra not installed).
"""

from __future__ import annotations

import ipaddress
import os
from typing import Annotated

import typer

EXIT_USAGE = 2
_LOOPBACK_NAMES = {"localhost", "ip6-localhost"}


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    host: Annotated[
        str | None,
        typer.Option("--host", help="Address to listen on (env NEWSFACTS_HOST, default 127.0.0.1)."),
    ] = None,
    port: Annotated[
        int | None, typer.Option("--port", help="TCP port (env NEWSFACTS_PORT, default 8000).")
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="Server processes (env NEWSFACTS_WORKERS, default 1)."),
    ] = None,
    max_body_bytes: Annotated[
        int | None,
        typer.Option(
            "--max-body-bytes",
            min=1,
            help="Largest request body (env NEWSFACTS_MAX_BODY_BYTES, default 4 MiB).",
        ),
    ] = None,
    max_batch: Annotated[
        int | None,
        typer.Option(
            "--max-batch",
            min=1,
            help="Most articles per /extract/batch (env NEWSFACTS_MAX_BATCH, default 64).",
        ),
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout", min=0, help="Seconds per request, 0 for none (env NEWSFACTS_TIMEOUT, default 30)."
        ),
    ] = None,
    threads: Annotated[
        int | None,
        typer.Option(
            "--threads", min=1, help="Extraction threads per process (env NEWSFACTS_THREADS, default 4)."
        ),
    ] = None,
    log_level: Annotated[str, typer.Option("--log-level", help="uvicorn log level.")] = "info",
) -> None:
    """Serve extraction over HTTP: POST /extract, POST /extract/batch, GET /schema, GET /health, /docs."""
    try:
        import fastapi  # noqa: F401
        import fastapi_offline  # noqa: F401
        import uvicorn
    except ImportError as exc:
        _usage(f"needs the 'server' extra ({exc.name} is missing): pip install 'newsfacts[server]'")
    from newsfacts.server.settings import ServerSettings, SettingsError

    try:
        settings = ServerSettings.from_env(
            host=host,
            port=port,
            workers=workers,
            max_body_bytes=max_body_bytes,
            max_batch=max_batch,
            timeout=timeout,
            threads=threads,
        )
    except SettingsError as exc:
        _usage(str(exc))
    if not _is_loopback(settings.host):
        typer.echo(
            f"newsfacts serve: listening on {settings.host}, reachable from other machines; "
            "the service has no authentication, put it behind a proxy that has.",
            err=True,
        )
    # The workers are separate processes: they read the settings back from the environment.
    os.environ.update(settings.to_env())
    uvicorn.run(
        "newsfacts.server.app:app_from_env",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        log_level=log_level,
    )


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _usage(message: str) -> None:
    typer.echo(f"newsfacts serve: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)
