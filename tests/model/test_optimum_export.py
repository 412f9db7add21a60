"""Our fp32 graph against the conventional export (optimum) and PyTorch, on the real model.

Three independent paths from the same GGUF: our graph writer, transformers in PyTorch, and
optimum's torch-traced ONNX export run by ``ORTModelForCausalLM``. Greedy tokens must equal the
PyTorch reference (tests/model/lm_reference.json) and logits must agree within LOGIT_ATOL at every
generated position. Measured: max |difference| 5e-5 to 8e-5 between any two of the three (logits
up to ~38 in size), so a change to the graph writer that changes the model fails here.

Needs the export extra (installed by scripts/setup); skipped without it. The export (~1 min) and
PyTorch's logits (~40 s to load the model) are cached beside the test models, keyed by the source
hash and the versions of optimum, transformers and torch; a cached run takes ~40 s here.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import numpy as np
import pytest

from figment.errors import MissingDependency
from figment.files import atomic_open
from figment.model import LanguageModel, SamplingParams, default_cache_dir, optimum_export

REF = json.loads((Path(__file__).parent / "lm_reference.json").read_text())
CASES = REF["cases"][:3]
"""Few prompts: 3 x 32 tokens is enough to catch a changed model, and keeps the test short."""
LOGIT_ATOL = 1e-3
"""Largest |logit difference| allowed between any two paths (measured: under 1e-4)."""


def test_without_the_extra_the_error_names_it(monkeypatch):
    real = optimum_export.importlib.util.find_spec

    def hide_optimum(name, *args):
        return None if name.startswith("optimum") else real(name, *args)

    monkeypatch.setattr(optimum_export.importlib.util, "find_spec", hide_optimum)
    with pytest.raises(MissingDependency) as e:
        optimum_export.export_model(progress=None)
    assert "pip install 'figment[export]'" in e.value.message
    assert "optimum" in e.value.what


@pytest.fixture(scope="module")
def export_dir():
    pytest.importorskip("optimum.onnxruntime", reason="needs the export extra")
    root = Path(os.environ.get("FIGMENT_TEST_MODELS", default_cache_dir()))
    return optimum_export.export_model(root, progress=None)


@pytest.fixture(scope="module")
def optimum(export_dir):
    return optimum_export.load_export(export_dir)


@pytest.fixture(scope="module")
def ours(real_model_dirs):
    return LanguageModel(real_model_dirs["fp32"])


@pytest.fixture(scope="module")
def pytorch_logits(export_dir):
    """PyTorch's logits at the positions that predict each case's reference answer (one forward
    over prompt + answer), cached beside the export: same source, same torch and transformers."""
    cases = hashlib.sha256(json.dumps(CASES).encode()).hexdigest()[:8]
    cached = export_dir.with_name(f"{export_dir.name}-pytorch-logits-{cases}.npz")
    if not cached.is_file():
        import torch

        model = optimum_export.load_torch_model()
        with torch.no_grad():
            found = {
                str(k): model(torch.tensor([_whole(c)])).logits[0, len(c["input_ids"]) - 1 : -1]
                for k, c in enumerate(CASES)
            }
        with atomic_open(cached, "wb") as f:
            np.savez(f, **{k: v.numpy() for k, v in found.items()})
    with np.load(cached) as z:
        return [z[str(k)] for k in range(len(CASES))]


@pytest.mark.slow
def test_the_export_is_for_this_source(export_dir):
    manifest = json.loads((export_dir / "manifest.json").read_text())
    assert manifest["source"]["sha256"] == REF["source_sha256"]
    assert manifest["versions"] == optimum_export.exporter_versions()


@pytest.mark.slow
def test_greedy_tokens_equal_pytorch(optimum, ours):
    import torch

    for case in CASES:
        ids = torch.tensor([case["input_ids"]])
        out = optimum.generate(
            ids, attention_mask=torch.ones_like(ids), max_new_tokens=REF["new_tokens"],
            do_sample=False,
        )  # fmt: skip
        assert out[0, ids.shape[1] :].tolist() == case["output_ids"], case["messages"]
        params = SamplingParams(max_tokens=REF["new_tokens"], temperature=0)
        got = [t for c in ours.generate(case["input_ids"], params) for t in c.token_ids]
        assert got == case["output_ids"], case["messages"]


@pytest.mark.slow
def test_logits_agree(optimum, ours, pytorch_logits):
    import torch

    for case, torch_logits in zip(CASES, pytorch_logits, strict=True):
        n = len(case["input_ids"])
        assert torch_logits.argmax(-1).tolist() == case["output_ids"]  # the recorded reference
        ids = torch.tensor([_whole(case)])
        with torch.no_grad():
            opt = optimum(input_ids=ids, attention_mask=torch.ones_like(ids)).logits
        opt = opt[0].numpy()[n - 1 : -1]
        mine = _our_logits(ours, case["input_ids"])  # greedy: the reference answer
        assert mine.shape == torch_logits.shape
        assert np.abs(opt - torch_logits).max() <= LOGIT_ATOL
        assert np.abs(mine - torch_logits).max() <= LOGIT_ATOL
        assert np.abs(mine - opt).max() <= LOGIT_ATOL


def _whole(case: dict) -> list[int]:
    return case["input_ids"] + case["output_ids"]


def _our_logits(model: LanguageModel, ids: list[int]) -> np.ndarray:
    """The logits our graph gives at every step of a greedy answer to ``ids``, as the sampler sees them."""
    seen: list[np.ndarray] = []

    def record(step, ids, logits):
        seen.append(logits.copy())

    params = SamplingParams(max_tokens=REF["new_tokens"], temperature=0)
    list(model.generate(ids, params, logits_processor=record))
    return np.stack(seen)
