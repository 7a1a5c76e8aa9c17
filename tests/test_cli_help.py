"""Every command's ``--help`` says what it does, and documents every option and argument."""

from __future__ import annotations

from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from policygraph.cli import app

# Typer ships its own copy of click, so commands are recognised by shape, not by class.
Command = Any


def _commands() -> list[tuple[str, Command]]:
    """Every command and subcommand of the CLI, with its path (``"store load"``)."""
    root = typer.main.get_command(app)
    found: list[tuple[str, Command]] = []

    def walk(prefix: str, cmd: Command) -> None:
        if hasattr(cmd, "commands"):
            for name, sub in sorted(cmd.commands.items()):
                walk(f"{prefix} {name}".strip(), sub)
        else:
            found.append((prefix, cmd))

    walk("", root)
    return found


COMMANDS = _commands()
NAMES = [name for name, _ in COMMANDS]


def test_the_analyst_commands_are_registered() -> None:
    assert {"build", "validate", "query", "explain", "stats"} <= set(NAMES)


def test_top_level_help_lists_every_command() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in NAMES:
        assert name.split()[0] in result.stdout


@pytest.mark.parametrize("name", NAMES)
def test_command_has_a_description(name: str) -> None:
    cmd = dict(COMMANDS)[name]
    assert cmd.help and len(cmd.help.strip()) > 20, f"{name}: no description"
    assert cmd.short_help or cmd.help.strip().splitlines()[0]


@pytest.mark.parametrize("name", NAMES)
def test_every_option_and_argument_is_documented(name: str) -> None:
    cmd = dict(COMMANDS)[name]
    undocumented = [p.name for p in cmd.params
                    if not (getattr(p, "help", None) or "").strip() and p.name != "help"]
    assert not undocumented, f"{name}: {undocumented} have no help"


@pytest.mark.parametrize("name", NAMES)
def test_help_renders_every_option(name: str) -> None:
    result = CliRunner().invoke(app, [*name.split(), "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    cmd = dict(COMMANDS)[name]
    for param in cmd.params:
        if param.param_type_name == "option":
            assert any(opt in result.stdout for opt in param.opts), (name, param.opts)
