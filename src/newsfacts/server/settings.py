"""Limits and listening address of ``newsfacts serve``.

Settings come from, in order of precedence: command-line options, ``NEWSFACTS_*``
environment variables, the defaults below. The environment is also how the
settings reach every uvicorn worker process: ``newsfacts serve`` exports the
resolved values before the workers start, and each worker's app factory reads
them back (:func:`newsfacts.server.app.app_from_env`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

ENV_PREFIX = "NEWSFACTS_"


class SettingsError(ValueError):
    """A setting has a value the server cannot run with (named in the message)."""


@dataclass(frozen=True)
class ServerSettings:
    """What the server listens on and the limits that keep one client from exhausting it."""

    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    max_body_bytes: int = 4 * 1024 * 1024
    max_batch: int = 64
    timeout: float = 30.0
    threads: int = 4

    def __post_init__(self) -> None:
        checks = {
            "port": 0 <= self.port <= 65535,
            "workers": self.workers >= 1,
            "max_body_bytes": self.max_body_bytes >= 1,
            "max_batch": self.max_batch >= 1,
            "timeout": self.timeout >= 0,
            "threads": self.threads >= 1,
        }
        for name, ok in checks.items():
            if not ok:
                raise SettingsError(f"{name} = {getattr(self, name)!r} is out of range")

    @property
    def time_limit(self) -> float | None:
        """Seconds allowed per request, or None when ``timeout`` is 0 (no limit)."""
        return self.timeout or None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> ServerSettings:
        """Settings from ``NEWSFACTS_*`` variables, then ``overrides`` that are not None on top."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = environ.get(ENV_PREFIX + f.name.upper())
            if raw is None or raw.strip() == "":
                continue
            values[f.name] = _parse(f.name, raw.strip(), type(getattr(cls, f.name)))
        settings = cls(**values)
        return replace(settings, **{k: v for k, v in overrides.items() if v is not None})

    def to_env(self) -> dict[str, str]:
        """The ``NEWSFACTS_*`` variables that reproduce these settings in another process."""
        return {ENV_PREFIX + k.upper(): str(v) for k, v in asdict(self).items()}

    def limits(self) -> dict[str, Any]:
        """The limits a client needs to know to size its requests."""
        return {"max_body_bytes": self.max_body_bytes, "max_batch": self.max_batch, "timeout": self.timeout}


def _parse(name: str, raw: str, kind: type) -> Any:
    try:
        return kind(raw)
    except ValueError:
        raise SettingsError(f"{ENV_PREFIX}{name.upper()}={raw!r} is not a valid {kind.__name__}") from None
