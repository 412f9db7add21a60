"""The lab's commands keep the names, options and help the README uses, and reach `figment`
through the plugin hook."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

import figment_lab

BENCHES = {"conjure", "daemon", "load", "lm", "objects"}


@pytest.fixture
def cli() -> typer.Typer:
    """A bare command line with only the lab's commands."""
    app = typer.Typer()
    figment_lab.register_commands(app)
    return app


def _invoke(cli: typer.Typer, *args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_the_lab_adds_its_commands_and_groups(cli):
    names = {c.name for c in cli.registered_commands}
    groups = {g.name: g.typer_instance for g in cli.registered_groups}
    assert names == {"train", "train-recipes", "eval"}
    assert set(groups) == {"dataset", "bench"}
    assert {c.name for c in groups["bench"].registered_commands} == BENCHES
    assert {c.name for c in groups["dataset"].registered_commands} == {"build", "distill"}


def test_bench_options_keep_their_names(cli):
    assert "--n" in _invoke(cli, "bench", "objects", "--help")
    out = _invoke(cli, "bench", "conjure", "--help")
    assert "--mode" in out and "--audio" in out
    assert "--duration" in _invoke(cli, "bench", "load", "--help")
    assert "--requests" in _invoke(cli, "bench", "daemon", "--help")


@pytest.mark.parametrize(
    ("command", "option"),
    [
        (("dataset", "build"), "--domain-n"),
        (("train",), "--name"),
        (("train-recipes",), "--logs"),
        (("eval",), "--intensities"),
    ],
)
def test_tool_commands_pass_help_to_the_tools_own_parser(cli, command, option):
    out = _invoke(cli, *command, "--help")
    assert f"usage: figment {' '.join(command)}" in out
    assert option in out


def test_the_figment_command_line_has_the_lab_beside_the_plugins():
    code = "import sys; from figment.cli import main; sys.argv = ['figment', 'bench', '--help']; main()"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    for name in (*BENCHES, "sound"):
        assert f" {name} " in out.stdout
