"""Every GDScript file of the Godot bridge parses and lints (PyPI gdtoolkit) and is typed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

GODOT = Path(__file__).resolve().parents[3] / "bridges" / "godot"
# The demo reaches the addon through a symlink; each script is checked once, where it lives.
SCRIPTS = sorted(
    p for p in GODOT.rglob("*.gd") if ".godot" not in p.parts and p.resolve() == p.absolute()
)
_UNTYPED_VAR = re.compile(r"^\s*(?:static\s+)?var\s+\w+\s*(?:=(?!=)|$)", re.MULTILINE)


def gdtool(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, *args], capture_output=True, text=True, check=False
    )


def signatures(source: str) -> list[str]:
    """Every ``func`` signature, joined over its lines."""
    out = []
    for match in re.finditer(r"^\s*(?:static\s+)?func\s+\w+\s*\(", source, re.MULTILINE):
        depth, i = 1, match.end()
        while depth:
            depth += {"(": 1, ")": -1}.get(source[i], 0)
            i += 1
        out.append(source[match.start() : source.index(":", i) + 1])
    return out


def test_there_are_scripts() -> None:
    names = {p.name for p in SCRIPTS}
    assert {"client.gd", "spawner.gd", "plugin.gd", "run_tests.gd", "main.gd"} <= names
    assert len(names) == len(SCRIPTS), "a script is listed twice"


def test_parses_and_lints() -> None:
    """gdparse and gdlint (default rules) pass on every script; the output names the file."""
    files = [str(p) for p in SCRIPTS]
    parsed = gdtool("gdtoolkit.parser", *files)
    assert parsed.returncode == 0, parsed.stdout + parsed.stderr
    linted = gdtool("gdtoolkit.linter", *files)
    assert linted.returncode == 0, linted.stdout + linted.stderr


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: str(p.relative_to(GODOT)))
def test_is_statically_typed(script: Path) -> None:
    """Typed signatures and variables (the web engine is a release build and never warns)."""
    source = script.read_text()
    for signature in signatures(source):
        assert "->" in signature, f"no return type: {signature}"
        params = signature[signature.index("(") + 1 : signature.rindex(")")]
        for param in filter(None, (p.strip() for p in params.split(","))):
            assert ":" in param, f"untyped parameter {param!r} in {signature}"
    untyped = _UNTYPED_VAR.findall(source)
    assert not untyped, f"untyped variables: {untyped}"


def test_the_checks_can_fail(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gd"
    bad.write_text("extends Node\nfunc f(\n")
    assert gdtool("gdtoolkit.parser", str(bad)).returncode != 0
    untyped = "extends Node\nvar x = 1\nfunc f(a) -> void:\n\tpass\n"
    assert _UNTYPED_VAR.findall(untyped) and signatures(untyped) == ["func f(a) -> void:"]
