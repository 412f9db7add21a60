"""The daemon's import path loads no tool: not the lab (dataset, training, eval, benchmarks), not
torch or transformers. Checked in a fresh interpreter, since this test process imports them all."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("figment_lab", "torch", "transformers", "peft", "optimum")
"""Top-level packages the daemon must never load."""

SCRIPT = """
import json, sys
import figment.cli, figment.serve, figment.server, figment.gateway, figment.pipeline
imported = sorted(sys.modules)
from figment.plugins import Registry
registry = Registry()
registry.discover()
print(json.dumps({"imported": imported, "discovered": sorted(sys.modules),
                  "plugins": sorted({slot.plugin for slot in registry.slots.values()})}))
"""


@pytest.fixture(scope="module")
def modules() -> dict[str, list[str]]:
    """What a fresh interpreter has loaded after the daemon's imports, then after discovery."""
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True, timeout=120
    )
    result: dict[str, list[str]] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _loaded(modules: list[str], packages: tuple[str, ...]) -> list[str]:
    return [m for m in modules if m.split(".")[0] in packages]


def test_the_daemon_modules_load_no_tool_and_no_training_library(modules):
    assert "figment.pipeline" in modules["imported"]
    assert _loaded(modules["imported"], HEAVY) == []


def test_discovering_the_plugins_loads_only_the_labs_cheap_module(modules):
    # The registry imports every entry point of figment.stages, the lab's among them: that
    # import must stay one small module that registers no stage and loads none of its tools.
    assert "figment_lab" in modules["discovered"]
    assert "figment_lab" not in modules["plugins"]
    assert _loaded(modules["discovered"], HEAVY) == ["figment_lab"]
