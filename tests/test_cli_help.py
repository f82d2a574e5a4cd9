"""What a user sees before running anything: --help of every command, --version, shell completion."""

from __future__ import annotations

import re
from importlib.metadata import version

import pytest
import typer
from typer.testing import CliRunner

from newsfacts.cli import app

COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
PLACEHOLDER = re.compile(r"<[^<>\s]+>|\{\w+\}")
"""Typer's raw type and name placeholders: ``<bool>``, ``<list[Path]>``, ``{paths}``."""


def _help(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], catch_exceptions=False, env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_every_command_is_checked() -> None:
    assert {"extract", "evaluate", "schema", "show", "report", "serve", "spark"} <= set(COMMANDS)


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_shows_no_placeholders_and_no_backticks(command: str) -> None:
    text = _help(*([command] if command else []))
    assert not PLACEHOLDER.findall(text), PLACEHOLDER.findall(text)
    assert "`" not in text


def test_extract_help_names_its_values() -> None:
    usage = " ".join(_help("extract").split())
    assert "Usage: newsfacts extract [OPTIONS] PATH..." in usage
    for shown in ("-o, --output FILE", "--jobs N", "--include GLOB", "--format FORMAT", "--errors FILE"):
        option, value = shown.rsplit(" ", 1)
        assert re.search(rf"{re.escape(option.split(', ')[-1])}\s.*\b{value}\b", usage), shown


def test_version_prints_the_package_version() -> None:
    result = CliRunner().invoke(app, ["--version"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout == f"newsfacts {version('newsfacts')}\n"


def test_shell_completion_is_offered_and_completes() -> None:
    text = _help()
    assert "--install-completion" in text and "--show-completion" in text
    for words, expected in (("newsfacts ext", "extract"), ("newsfacts extract --inc", "--include")):
        env = {"_NEWSFACTS_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": "1"}
        env["COMP_CWORD"] = str(len(words.split()) - 1)
        result = CliRunner().invoke(app, [], env=env, prog_name="newsfacts")
        assert result.exit_code == 0
        assert result.stdout.split() == [expected]
