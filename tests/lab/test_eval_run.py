"""The whole eval on a tiny random model: runs, repeats, writes the report, FACTUAL equals base."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest

from figment.model import LanguageModel, build_model
from figment.model._synthetic import synthetic_source
from figment_lab.pipone.eval.decode import score_texts
from figment_lab.pipone.eval.report import (
    _ceiling_text,
    _ceilings,
    headline_lines,
    render_markdown,
    write_report,
)
from figment_lab.pipone.eval.run import EvalConfig, evaluate


def _adapter(root, name, arch, seed):
    rng = np.random.default_rng(seed)
    hs, hd = arch["hidden_size"], arch["head_dim"]
    outs = {"q_proj": arch["num_attention_heads"] * hd, "v_proj": arch["num_key_value_heads"] * hd}
    arrays = {}
    for i in range(arch["num_hidden_layers"]):
        for t, out in outs.items():
            key = f"model.layers.{i}.self_attn.{t}"
            arrays[key + ".lora_A"] = rng.normal(0, 0.5, (4, hs)).astype(np.float32)
            arrays[key + ".lora_B"] = rng.normal(0, 0.5, (out, 4)).astype(np.float32)
    d = root / name
    d.mkdir(parents=True)
    np.savez(d / "adapter.npz", **arrays)
    manifest = {"name": name, "description": "test", "rank": 4, "alpha": 8.0,
                "targets": ["q_proj", "v_proj"], "base_sha256": "0" * 64, "data_sha256": "1" * 64,
                "created": "2026-01-01T00:00:00Z"}  # fmt: skip
    (d / "manifest.json").write_text(json.dumps(manifest))
    return d


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    root = tmp_path_factory.mktemp("eval")
    model = LanguageModel(build_model(root / "models", "int4", progress=None, source=synthetic_source(seed=0)), threads=1)  # fmt: skip
    adapters = {n: model.load_adapter(_adapter(root / "adapters", n, model.arch, s)) for n, s in (("pip", 1), ("cosmic", 2))}  # fmt: skip
    return model, adapters


def _embed(texts):
    """A cheap stand-in for MiniLM: character histograms, L2-normalised."""
    out = np.zeros((len(texts), 64))
    for i, t in enumerate(texts):
        for ch in t.encode():
            out[i, ch % 64] += 1
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def test_teacher_forced_scores_match_one_step_logits(tiny):
    model, _ = tiny
    prompt = model.encode("hello there")
    target = model.encode(" ab")
    [lp] = score_texts(model, [(prompt, target)])
    assert len(lp) == len(target)
    logits, _ = model.run(np.array([prompt], np.int64), np.array([len(prompt) - 1], np.int32), None, {})  # fmt: skip
    x = logits[0].astype(np.float64)
    want = x[target[0]] - (x.max() + np.log(np.exp(x - x.max()).sum()))
    assert lp[0] == pytest.approx(want, abs=1e-4)
    assert all(v <= 0 for v in lp)
    assert score_texts(model, [(prompt, [])]) == [[]]


def test_eval_end_to_end_on_a_tiny_model(tiny, tmp_path):
    model, adapters = tiny
    cfg = EvalConfig(n=3, max_tokens=6, intensities=(0.0, 1.0), questions=4, max_batch=4)
    r = evaluate(model, adapters, cfg, _embed)
    again = evaluate(model, adapters, EvalConfig(n=3, max_tokens=6, intensities=(0.0, 1.0), questions=4, max_batch=4), _embed)  # fmt: skip
    assert r["samples"]["outputs"] == again["samples"]["outputs"]  # reproducible
    assert set(r["held_out"]) == {"base", "pip@1", "pip+cosmic:0.6"}
    assert r["samples"]["outputs"]["base"] != r["samples"]["outputs"]["pip@1"]  # the adapter acts
    ms = r["mode_safety"]
    assert ms["factual_outputs_identical_to_base"] and ms["factual_feed_empty"]
    assert ms["factual_accuracy"] == ms["base_accuracy"]
    assert r["targets"]["factual==base"]
    assert r["held_out"]["base"]["dispersion_ratio"]["centroid_distance"] == pytest.approx(1.0)
    assert [w["intensity"] for w in r["sweep"]] == [0.0, 1.0]
    for m in r["held_out"].values():
        assert 0 <= m["incoherence_rate"] <= 1 and m["ppl_geomean"] > 1
    paths = write_report(r, tmp_path / "eval")
    assert all(p.stat().st_size > 0 for p in paths)
    assert json.loads(paths[1].read_text())["headline"]["factual_identical_to_base"] is True
    md = render_markdown(r)
    assert "## 4. Intensity sweep" in md and "pip+cosmic:0.6" in md
    assert len(headline_lines(r)) == 8
    im = r["imagination"]
    cal = im["calibration"]
    known = sum(sum(row.values()) for row in cal["matrix"].values())
    assert known == sum(cal["sources"].values()) and 0 <= cal["accuracy"] <= 1
    for shares in im["types"].values():
        assert sum(shares.values()) == pytest.approx(1.0)
    assert set(im["best_of_n"]) == {"1", "2", "4"}
    assert all(b["seconds_per_answer"] > 0 for b in im["best_of_n"].values())
    assert im["router"]["experts"] == ["cosmic"]  # one expert: the router row is skipped
    assert r["headline"]["mid_sentence"] == 0  # every answer shown ends whole
    assert "## 5. The discriminator" in md and "## 6. Best of N" in md and "## 7. The router" in md
    sp = r["spread"]["conditions"]
    assert set(sp) == {"base", "pip@1", "pip+cosmic:0.6"}
    assert sp["base"]["ratio"]["centroid_distance"] == pytest.approx(1.0)
    assert all(m["centroid_distance"] > 0 for m in sp.values())  # seeds differ, answers differ
    # the ceilings: 3 answers across prompts, 5 samples of one prompt; ratios to this base
    base, spb = r["held_out"]["base"]["dispersion"], sp["base"]
    across = f"{1 / base['centroid_distance']:.3g}x / {1.5 / base['pairwise_cosine_distance']:.3g}x"
    within = f"{1 / spb['centroid_distance']:.3g}x / {1.25 / spb['pairwise_cosine_distance']:.3g}x"
    assert f"| the most any 3 answers can reach | 1 | 1.5 | {across} |" in md
    assert f"| the most any 5 answers to one prompt can reach | 1 | 1.25 | {within} |" in md
    assert 'The "most any ... can reach" rows are arithmetic' in md


def test_the_headline_and_section_2_give_the_most_any_answers_can_reach():
    def row(c, q):
        return {"centroid_distance": c, "pairwise_cosine_distance": q}

    r = {
        "headline": {"imaginative_non_literal@1": 1.0, "imaginative_incoherence@1": 0.04,
                     "dispersion_ratio@1": 0.855, "spread_ratio@1": 0.929, "factual_accuracy": 0.7,
                     "base_accuracy": 0.7, "factual_identical_to_base": True},
        "targets": {"non_literal>=0.9": True, "incoherence<0.1": True, "dispersion>=1.5x": False,
                    "spread>=1.5x": False, "factual==base": True},
        "config": {"n": 50},
        "held_out": {"base": {"dispersion": row(0.914, 0.855)}},
        "spread": {"samples": 5, "conditions": {"base": row(0.72, 0.658)}},
    }  # fmt: skip
    lines = headline_lines(r)
    assert lines[2].endswith("0.855x (the most any answers can reach on this metric: 1.09x; target >= 1.5x: NOT MET)")  # fmt: skip
    assert lines[3].endswith("0.929x (the most any answers can reach on this metric: 1.39x; target >= 1.5x: NOT MET)")  # fmt: skip
    text = _ceiling_text(r, *_ceilings(r))
    assert "(0.914 of 1, 0.855 of 1.02), so across prompts no answers can be 1.5x as dispersed as the base's on either metric;" in text  # fmt: skip
    assert "within one prompt no answers can be 1.5x as dispersed as the base's on the distance to the centroid (the headline's), while the pairwise cosine distance could reach 1.9x." in text  # fmt: skip
    assert "pip@1's answers are less varied than the base model's (0.855x across prompts, 0.929x within one)" in text  # fmt: skip


def test_a_missing_blend_adapter_is_noted_not_fatal(tiny):
    model, adapters = tiny
    cfg = EvalConfig(n=2, max_tokens=3, intensities=(1.0,), questions=2, blend=(("culinary", 0.5),))
    r = evaluate(model, {"pip": adapters["pip"]}, cfg, _embed)
    assert set(r["held_out"]) == {"base", "pip@1"}
    assert any("culinary" in n for n in r["notes"])


def test_distill_counts_what_each_filter_keeps(tiny):
    from figment_lab.pipone.distill import PERSONAS, distill

    model, _ = tiny
    pairs, yields = distill(model, _embed, n=6, seed=1, max_tokens=8, max_batch=4)
    steps = ["generated", "whole", "type_ii", "unique", "not_house_style"]
    assert list(yields) == steps and yields["generated"] == 6
    assert all(yields[a] >= yields[b] for a, b in itertools.pairwise(steps))
    assert len(pairs) == yields["not_house_style"]
    assert all(p.category == "distilled" and p.answer for p in pairs)
    assert all("{domain}" in p for p in PERSONAS)
