"""``figment model build --via``: its bad values, and the optimum export without its extra."""

from __future__ import annotations

import importlib.util

from typer.testing import CliRunner

from figment.cli import app


def _build(*args: str):
    return CliRunner().invoke(app, ["model", "build", *args])


def test_an_unknown_builder_is_refused():
    result = _build("--via", "onnx")
    assert result.exit_code == 2
    assert "--via must be graph or optimum, not 'onnx'" in result.output


def test_the_optimum_export_is_fp32_only():
    result = _build("--via", "optimum", "--precision", "int4")
    assert result.exit_code == 2
    assert "--precision: the optimum export is fp32 only" in result.output


def test_without_the_extra_the_command_names_it(monkeypatch, tmp_path):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name.startswith("optimum") else real(name, *a),
    )
    monkeypatch.setenv("FIGMENT_HOME", str(tmp_path))
    result = _build("--via", "optimum")
    assert result.exit_code == 2
    assert "FAILED_PRECONDITION" in result.output
    assert "pip install 'figment[export]'" in " ".join(result.output.split())
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").iterdir())
