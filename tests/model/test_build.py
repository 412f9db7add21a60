"""The graph builder: manifest, tokenizer, reuse, and numerics against a numpy oracle."""

from __future__ import annotations

import json

import numpy as np
import pytest

from figment.model import LanguageModel, build_model, default_cache_dir
from figment.model.build import BUILDER_VERSION

from ._ref import forward


def test_default_cache_dir_honours_figment_home(monkeypatch, tmp_path):
    monkeypatch.setenv("FIGMENT_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "models"
    monkeypatch.delenv("FIGMENT_HOME")
    assert default_cache_dir().parts[-3:] == (".cache", "figment", "models")


def test_manifest(tiny_dirs, tiny_source):
    m = json.loads((tiny_dirs["int4"] / "manifest.json").read_text())
    assert m["precision"] == "int4" and m["builder_version"] == BUILDER_VERSION
    assert m["source"]["sha256"] == tiny_source.sha256
    assert m["opset"]["ai.onnx"] >= 17
    assert set(m["files"]) == {"model.onnx", "model.onnx.data", "tokenizer.json"}
    assert all(v > 0 for v in m["files"].values())
    assert m["architecture"]["num_hidden_layers"] == 2
    assert "<|im_start|>" in m["tokenizer"]["special_tokens"]


def test_build_is_reused(tiny_dirs, tiny_source):
    before = (tiny_dirs["fp32"] / "model.onnx").stat().st_mtime_ns
    calls = []
    again = build_model(
        tiny_dirs["fp32"].parent, "fp32", progress=lambda *a: calls.append(a), source=tiny_source
    )
    assert again == tiny_dirs["fp32"]
    assert (again / "model.onnx").stat().st_mtime_ns == before
    assert calls == [("reuse", 1, 1)]


def test_fast_build_is_its_own_kind(tmp_path, tiny_source):
    fast = build_model(tmp_path, "int4-fast", progress=None, source=tiny_source)
    m = json.loads((fast / "manifest.json").read_text())
    assert fast.name.startswith("smollm2-135m-int4-fast-")
    assert (m["precision"], m["accuracy_level"]) == ("int4-fast", 4)
    exact = build_model(tmp_path, "int4", progress=None, source=tiny_source)
    assert json.loads((exact / "manifest.json").read_text())["accuracy_level"] == 1


def test_bad_precision(tmp_path, tiny_source):
    with pytest.raises(ValueError, match="precision"):
        build_model(tmp_path, "int3", progress=None, source=tiny_source)


@pytest.mark.parametrize("precision", ["fp32", "int4"])
def test_logits_match_numpy_oracle(tiny_dirs, tiny_source, precision):
    m = LanguageModel(tiny_dirs[precision], threads=1)
    ids = m.encode(m.chat_prompt([{"role": "user", "content": "a floating teapot"}]))
    ref = forward(tiny_source, ids)
    logits, past = m.run(np.array([ids], np.int64), np.array([len(ids) - 1], np.int32), None, {})
    _close(logits[0], ref[-1], precision)
    # one cached decode step equals the full recompute
    nxt = int(np.argmax(logits[0]))
    step, _ = m.run(np.array([[nxt]], np.int64), np.array([len(ids)], np.int32), past, {})
    _close(step[0], forward(tiny_source, [*ids, nxt])[-1], precision)


def _close(got: np.ndarray, ref: np.ndarray, precision: str) -> None:
    scale = np.abs(ref).max()
    if precision == "int4":
        # int8 activations in the vocabulary projection: loose overall, exact on the refined top 64
        np.testing.assert_allclose(got, ref, rtol=0, atol=0.03 * scale)
        top = np.argsort(-ref)[:32]
        got, ref = got[top], ref[top]
    np.testing.assert_allclose(got, ref, rtol=0, atol=2e-3 * scale)


def test_lora_matches_numpy_oracle(tiny_dirs, tiny_source, tiny_adapters):
    tiny = LanguageModel(tiny_dirs["fp32"], threads=1)
    feed = tiny.adapter_feed([(tiny_adapters["dream"], 1.0)], intensity=0.7)
    ids = tiny.encode("hello there")
    ref = forward(tiny_source, ids, feed)
    base = forward(tiny_source, ids)
    assert np.abs(ref[-1] - base[-1]).max() > 0.1  # the adapter matters
    logits, _ = tiny.run(np.array([ids], np.int64), np.array([len(ids) - 1], np.int32), None,
                         {k: v[None] for k, v in feed.items()})  # fmt: skip
    np.testing.assert_allclose(logits[0], ref[-1], rtol=0, atol=2e-3 * np.abs(ref[-1]).max())


def test_find_model_returns_only_the_exact_kind(tmp_path):
    from figment.model import find_model

    def fake(name: str) -> None:
        (tmp_path / name).mkdir()
        (tmp_path / name / "manifest.json").write_text("{}")

    fake(f"smollm2-135m-int4-{'a' * 12}-g{BUILDER_VERSION}")
    fake(f"smollm2-135m-int4-fast-{'b' * 12}-g{BUILDER_VERSION}")  # newer, but another kind
    (tmp_path / f"smollm2-135m-fp32-{'c' * 12}-g{BUILDER_VERSION}").mkdir()  # unfinished build
    assert find_model(tmp_path, "int4").name.startswith("smollm2-135m-int4-aaaa")
    assert find_model(tmp_path, "int4-fast").name.startswith("smollm2-135m-int4-fast-")
    assert find_model(tmp_path, "fp32") is None
    with pytest.raises(ValueError, match="int4, int4-fast, fp32"):
        find_model(tmp_path, "int8")
