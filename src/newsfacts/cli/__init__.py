"""The ``newsfacts`` command line.

Each sub-command lives in its own module in this package and exposes
``register(app)``; modules are discovered here, so adding a command touches
one new file.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

app = typer.Typer(
    name="newsfacts",
    help="Typed, source-grounded facts from Vietnamese Party-building news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    if not _module.startswith("_"):
        importlib.import_module(f"{__name__}.{_module}").register(app)


def main() -> None:
    """Entry point of the ``newsfacts`` script."""
    app()
