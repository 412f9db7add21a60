"""The plugin API is one documented module, the core knows no concrete plugin, and the
built-in plugins reach the core only through its public modules."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from figment import stages
from figment.plugins import Registry, call_hook, renderers

ROOT = Path(__file__).resolve().parents[2]
DOCS = (ROOT / "docs" / "plugins.md").read_text()

PUBLIC = {
    "figment.stages",
    "figment.errors",
    "figment.spec",
    "figment.labels",
    "figment.lexicon",
    "figment.model",
    "figment.testing",
    "figment.config",
    "figment.client",
    "figment.v1",
}
"""What a plugin may import from the core (``figment.model`` is the language-model runtime;
``figment.client`` and the contract ``figment.v1`` are for commands that talk to a daemon)."""


@pytest.mark.parametrize("hook", sorted(stages.HOOKS))
def test_every_hook_is_documented_with_its_signature(hook):
    assert f"### {hook}\n" in DOCS
    assert f"`{stages.HOOKS[hook]}`" in DOCS


@pytest.mark.parametrize("kind", list(stages.StageKind))
def test_every_kinds_contract_is_documented(kind):
    contract = stages.CONTRACTS[kind]
    row = next(line for line in DOCS.splitlines() if line.startswith(f"| {kind.value} |"))
    assert f"`{contract.request.__name__}`" in row
    for out in contract.outputs:
        assert f"`{out.__name__}`" in row
    assert row.rstrip(" |").endswith("yes" if contract.streams else "no")


def test_every_bound_is_documented():
    for name in stages.Bounds.model_fields:
        assert f"`{name}`" in DOCS


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_core_imports_no_concrete_plugin():
    offenders = {
        str(p.relative_to(ROOT)): sorted(n for n in _imports(p) if n.startswith("figment_"))
        for p in (ROOT / "engine" / "figment").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_builtin_plugins_use_only_the_public_api():
    offenders = {}
    for path in (ROOT / "plugins").rglob("*.py"):
        core = {n for n in _imports(path) if n == "figment" or n.startswith("figment.")}
        private = sorted(
            n for n in core if not any(n == p or n.startswith(p + ".") for p in PUBLIC)
        )
        if private:
            offenders[str(path.relative_to(ROOT))] = private
    assert offenders == {}


def test_the_daemons_registry_holds_no_test_double():
    registry = Registry()
    registry.discover()
    assert registry.slots, "the built-in stages are installed"
    assert not [sid for sid in registry.slots if sid.startswith("test.")]
    assert not registry.broken


def test_builtin_plugins_register_their_commands_and_renderers():
    import typer

    cli = typer.Typer()
    call_hook("register_commands", lambda _plugin: cli)
    bench = stages.command_group(cli, "bench")
    assert "sound" in {c.name for c in bench.registered_commands}
    assert "model/gltf-binary" in renderers()


def test_an_unknown_hook_is_refused():
    with pytest.raises(ValueError, match="not a hook"):
        call_hook("register_everything", lambda _plugin: None)


def test_the_plugin_module_docstring_names_every_hook():
    doc = stages.__doc__ or ""
    for hook in stages.HOOKS:
        assert re.search(rf"\b{hook}\(", doc), hook
