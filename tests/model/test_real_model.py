"""The real SmolLM2 build against tokens recorded from PyTorch (scripts/make_lm_reference.py).

Slow-ish (~20 s with a warm build cache; the first build takes ~30 s), kept in the default run.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from figment.model import LanguageModel, SamplingParams

REF = json.loads((Path(__file__).parent / "lm_reference.json").read_text())
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def models(real_model_dirs):
    return {p: LanguageModel(d) for p, d in real_model_dirs.items()}


def test_reference_is_for_this_source(models):
    assert models["fp32"].manifest["source"]["sha256"] == REF["source_sha256"]


@pytest.mark.parametrize("precision", ["fp32", "int4"])
def test_greedy_tokens_equal_pytorch(models, precision):
    m = models[precision]
    for case in REF["cases"]:
        ids = m.encode(m.chat_prompt(case["messages"]))
        assert ids == case["input_ids"]  # tokenizer + chat template equal transformers'
        params = SamplingParams(max_tokens=REF["new_tokens"], temperature=0)
        got = [t for c in m.generate(ids, params) for t in c.token_ids]
        assert got == case["output_ids"], (precision, case["messages"][0]["content"])
