"""The ``newsfacts`` command line.

Each sub-command lives in its own module in this package and exposes
``register(app)``; modules are discovered here, so adding a command touches
one new file. How help looks is decided here too, for every command.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Annotated, Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption


class _Argument(TyperArgument):
    """An argument whose help shows its name (PATH...) and no Python type."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None


class _Option(TyperOption):
    """An option whose help shows its value's name (FILE, N) and nothing for a flag."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None if self.is_flag or self.count else self.metavar


def _plain(params: list[Any]) -> list[Any]:
    """Give each parameter a metavar (its own, else its name in capitals) and the classes above.

    Typer shows parameters by Python type (``<bool>``, ``<list[Path]>``,
    ``{paths}``), which means nothing to a user; a metavar as in most
    command-line tools does.
    """
    for param in params:
        if isinstance(param, TyperArgument):
            if param.metavar is None:
                param.metavar = _capitals(param.name) + ("..." if param.nargs != 1 else "")
            param.__class__ = _Argument
        elif isinstance(param, TyperOption):
            if param.metavar is None and not (param.is_flag or param.count):
                param.metavar = _capitals(max(param.opts, key=len).lstrip("-"))
            param.__class__ = _Option
    return params


def _capitals(name: str | None) -> str:
    """``max-bytes`` → ``MAX_BYTES``."""
    return (name or "value").replace("-", "_").upper()


class _Command(TyperCommand):
    def get_params(self, ctx: Any) -> list[Any]:
        return _plain(super().get_params(ctx))

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        """``[OPTIONS] PATH...``: required arguments bare, optional ones in brackets."""
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if isinstance(param, TyperArgument) and not param.hidden:
                pieces.append(param.metavar if param.required else f"[{param.metavar}]")
        return pieces


class _Group(TyperGroup):
    def get_params(self, ctx: Any) -> list[Any]:
        return _plain(super().get_params(ctx))


app = typer.Typer(
    name="newsfacts",
    help="Typed, source-grounded facts from Vietnamese Party-building news.",
    cls=_Group,
    no_args_is_help=True,
    # Markdown: `code` in a help text is shown as code, not with its backticks.
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("newsfacts")
        except PackageNotFoundError:  # run from a source tree that is not installed
            from newsfacts import __version__ as number
        typer.echo(f"newsfacts {number}")
        raise typer.Exit()


@app.callback()
def _options(
    show_version: Annotated[
        bool,
        typer.Option("--version", is_eager=True, callback=_print_version, help="Print the version and exit."),
    ] = False,
) -> None:
    """Options that come before the command."""


for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    if not _module.startswith("_"):
        importlib.import_module(f"{__name__}.{_module}").register(app)
for _info in app.registered_commands:
    if _info.cls in (None, TyperCommand):
        _info.cls = _Command


def main() -> None:
    """Entry point of the ``newsfacts`` script."""
    app()
