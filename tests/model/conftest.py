"""Fixtures: a tiny random model built by the real builder, adapters for it, and the real model."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from figment.model import LanguageModel, build_model, default_cache_dir
from figment.model._synthetic import synthetic_source


@pytest.fixture(scope="session")
def tiny_source():
    return synthetic_source(seed=0)


@pytest.fixture(scope="session")
def tiny_dirs(tmp_path_factory, tiny_source):
    root = tmp_path_factory.mktemp("models")
    return {p: build_model(root, p, progress=None, source=tiny_source) for p in ("int4", "fp32")}


@pytest.fixture(scope="session")
def tiny(tiny_dirs):
    return LanguageModel(tiny_dirs["int4"], threads=1)


def write_adapter(root: Path, name: str, arch: dict, rank: int = 4, seed: int = 1, scale: float = 0.5,
                  alpha: float = 8.0, layers: list[int] | None = None) -> Path:  # fmt: skip
    """An adapter directory in the shared format with random weights."""
    rng = np.random.default_rng(seed)
    hs, hd = arch["hidden_size"], arch["head_dim"]
    outs = {"q_proj": arch["num_attention_heads"] * hd, "v_proj": arch["num_key_value_heads"] * hd}
    arrays = {}
    for i in layers if layers is not None else range(arch["num_hidden_layers"]):
        for t, out in outs.items():
            arrays[f"model.layers.{i}.self_attn.{t}.lora_A"] = rng.normal(
                0, scale, (rank, hs)
            ).astype(np.float32)
            arrays[f"model.layers.{i}.self_attn.{t}.lora_B"] = rng.normal(
                0, scale, (out, rank)
            ).astype(np.float32)
    d = root / name
    d.mkdir(parents=True)
    np.savez(d / "adapter.npz", **arrays)
    manifest = {
        "name": name,
        "description": f"test adapter {name}",
        "rank": rank,
        "alpha": alpha,
        "targets": ["q_proj", "v_proj"],
        "base_sha256": "0" * 64,
        "data_sha256": "1" * 64,
        "created": "2026-01-01T00:00:00Z",
        "metrics": {"loss": 1.0},
    }
    (d / "manifest.json").write_text(json.dumps(manifest))
    return d


@pytest.fixture(scope="session")
def tiny_adapters(tmp_path_factory, tiny):
    root = tmp_path_factory.mktemp("adapters")
    return {
        n: tiny.load_adapter(write_adapter(root, n, tiny.arch, seed=s))
        for n, s in (("dream", 1), ("wood", 2))
    }


@pytest.fixture(scope="session")
def real_model_dirs():
    """The real model built once per source hash + builder version (reused across runs)."""
    pytest.importorskip("gguf")
    try:
        from figment.model._gguf import find_smollm2_gguf

        find_smollm2_gguf()
    except FileNotFoundError as e:
        pytest.skip(str(e))
    root = Path(os.environ.get("FIGMENT_TEST_MODELS", default_cache_dir()))
    return {p: build_model(root, p, progress=None) for p in ("fp32", "int4")}


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: runs the real model (seconds, not minutes)")
