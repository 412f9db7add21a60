"""Adapter format, validation, discovery and composition."""

from __future__ import annotations

import json
import shutil
from importlib.metadata import EntryPoint

import numpy as np
import pytest

from figment.model import AdapterError, compose, discover_adapters, load_adapter
from figment.model import adapters as adapters_mod

from .conftest import write_adapter


def test_load_valid(tmp_path, tiny):
    a = load_adapter(write_adapter(tmp_path, "ok", tiny.arch, rank=2), tiny.arch)
    assert a.name == "ok" and a.scale == 4.0
    assert a.weights[(0, "q_proj")][0].shape == (2, tiny.arch["hidden_size"])


def test_wrong_shape_names_file_and_array(tmp_path, tiny):
    d = write_adapter(tmp_path, "bad", tiny.arch, rank=2)
    z = dict(np.load(d / "adapter.npz"))
    z["model.layers.1.self_attn.v_proj.lora_B"] = np.zeros((5, 2), np.float32)
    np.savez(d / "adapter.npz", **z)
    with pytest.raises(AdapterError, match=r"adapter\.npz.*layers\.1\.self_attn\.v_proj.*expected"):
        load_adapter(d, tiny.arch)


def test_corrupt_npz_names_file(tmp_path, tiny):
    d = write_adapter(tmp_path, "broken", tiny.arch)
    (d / "adapter.npz").write_bytes(b"not a zip at all")
    with pytest.raises(AdapterError, match=r"broken.*adapter\.npz is corrupt"):
        load_adapter(d, tiny.arch)


def test_manifest_extra_field_and_missing_file(tmp_path, tiny):
    d = write_adapter(tmp_path, "extra", tiny.arch)
    m = json.loads((d / "manifest.json").read_text())
    (d / "manifest.json").write_text(json.dumps({**m, "surprise": 1}))
    with pytest.raises(AdapterError, match=r"manifest\.json is invalid"):
        load_adapter(d, tiny.arch)
    (d / "adapter.npz").unlink()
    with pytest.raises(AdapterError, match=r"adapter\.npz is missing"):
        load_adapter(d, tiny.arch)


def test_too_many_layers(tmp_path, tiny):
    d = write_adapter(tmp_path, "deep", tiny.arch, layers=[0, 7])
    with pytest.raises(AdapterError, match="has 2 layers"):
        load_adapter(d, tiny.arch)


def test_discovery_from_folder_and_entry_points(tmp_path, monkeypatch, tiny):
    write_adapter(tmp_path / "folder", "alpha", tiny.arch)
    pkg = tmp_path / "plug" / "figment_test_adapters"
    write_adapter(pkg, "beta", tiny.arch)
    (pkg / "__init__.py").write_text("")
    single = write_adapter(tmp_path / "single", "gamma", tiny.arch)
    monkeypatch.syspath_prepend(str(tmp_path / "plug"))
    monkeypatch.setattr(adapters_mod, "SINGLE", str(single), raising=False)
    eps = [
        EntryPoint("beta", "figment_test_adapters", "figment.adapters"),
        EntryPoint("gamma", "figment.model.adapters:SINGLE", "figment.adapters"),
        EntryPoint("broken", "no_such_module_xyz", "figment.adapters"),
    ]
    monkeypatch.setattr(
        adapters_mod, "entry_points", lambda group: eps if group == "figment.adapters" else []
    )
    found = discover_adapters([tmp_path / "folder"])
    assert set(found) == {"alpha", "beta", "gamma"}
    assert found["gamma"] == single


def test_discovery_skips_a_folder_still_being_written(tmp_path, monkeypatch, tiny):
    real = write_adapter(tmp_path, "alpha", tiny.arch)
    leftover = tmp_path / ".alpha.123.456.tmp"  # an atomic_dir a killed trainer left behind
    shutil.copytree(real, leftover)
    (leftover / "adapter.npz").write_bytes(b"half")
    monkeypatch.setattr(adapters_mod, "entry_points", lambda group: [])
    assert discover_adapters([tmp_path]) == {"alpha": real}


def test_compose_blend_is_weighted_sum(tiny_adapters):
    a, b = tiny_adapters["dream"], tiny_adapters["wood"]
    feed = compose([(a, 0.75), (b, 0.5)], intensity=0.8)
    A, B = feed["lora.1.v.A"], feed["lora.1.v.B"]
    assert A.shape[0] == a.manifest.rank + b.manifest.rank
    want = sum(
        w * 0.8 * x.scale * x.weights[(1, "v_proj")][1] @ x.weights[(1, "v_proj")][0]
        for x, w in ((a, 0.75), (b, 0.5))
    )
    np.testing.assert_allclose(B @ A, want, rtol=1e-5, atol=1e-6)


def test_compose_zero_weight_and_intensity(tiny_adapters):
    a, b = tiny_adapters["dream"], tiny_adapters["wood"]
    single, blend = compose([(a, 1.0)]), compose([(a, 1.0), (b, 0.0)])
    assert single.keys() == blend.keys()
    assert all(np.array_equal(single[k], blend[k]) for k in single)
    assert compose([(a, 1.0)], intensity=0.0) == {}
    assert compose([]) == {}
