"""The sampler sorts only its candidates; it must pick what a full sort would (the same tokens in
the same order; only the float rounding of the normalizing sum may differ, which matters when
top-p lands within rounding of a cumulative probability)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from figment.model.sampling import Sampler, SamplingParams


def full_sort_pick(x: np.ndarray, p: SamplingParams, rng: np.random.Generator) -> int:
    """The plain algorithm: mask top-k, sort the whole vocabulary, cut the nucleus, draw."""
    x = x / np.float32(p.temperature)
    if 0 < p.top_k < x.shape[0]:
        x = np.where(x < np.partition(x, -p.top_k)[-p.top_k], -np.inf, x)
    order = np.argsort(-x, kind="stable")
    probs = np.exp(x[order] - x[order[0]])
    probs /= probs.sum()
    if p.top_p < 1.0:
        keep = int(np.searchsorted(np.cumsum(probs), p.top_p) + 1)
        probs, order = probs[:keep] / probs[:keep].sum(), order[:keep]
    return int(order[rng.choice(len(order), p=probs)])


@pytest.mark.parametrize(
    "temperature,top_k,top_p,spread",
    [
        (0.8, 60, 0.95, 3.0),  # imaginative defaults
        (0.2, 40, 0.9, 3.0),  # factual defaults
        (0.8, 0, 0.9, 3.0),  # nucleus only, inside the sorted pool
        (1.5, 0, 0.99, 0.3),  # flat logits: the nucleus is wider than the pool
        (1.0, 0, 1.0, 3.0),  # plain temperature
        (0.7, 5, 1.0, 3.0),  # top-k only
    ],
)
def test_candidate_sort_picks_what_a_full_sort_picks(temperature, top_k, top_p, spread):
    params = SamplingParams(temperature=temperature, top_k=top_k, top_p=top_p, max_tokens=8,
                            repetition_penalty=1.0, no_repeat_ngram_size=0)  # fmt: skip
    data = np.random.default_rng(7)
    for seed in range(40):
        logits = data.normal(0, spread, 49152).astype(np.float32)
        logits[data.integers(0, 49152, 200)] = -np.inf  # banned tokens, as processors do
        fast = Sampler(dataclasses.replace(params, seed=seed))
        want = full_sort_pick(logits.copy(), params, np.random.default_rng(seed))
        assert fast(0, [], logits.copy()) == want


def test_ties_at_the_kth_value_stay_candidates():
    logits = np.full(1000, -5.0, np.float32)
    logits[[3, 500, 900]] = 2.0  # three-way tie for the top two places
    picks = {
        Sampler(SamplingParams(temperature=1.0, top_k=2, max_tokens=1, seed=s))(0, [], logits)
        for s in range(60)
    }
    assert picks == {3, 500, 900}


@pytest.mark.parametrize(
    "logits,top_p",
    [
        (np.zeros(2048, np.float32), 1e-6),  # everything tied: the lowest index comes first
        (np.r_[np.full(1000, 3.0), np.zeros(48152)].astype(np.float32), 0.0),  # set below
    ],
)
def test_ties_at_the_edge_of_the_nucleus_pool(logits, top_p):
    if top_p == 0.0:  # just past the mass of the 1,000 tokens at 3.0: the nucleus ends in the tie
        e = np.exp(np.float32(3.0))
        top_p = float(1000 * e / (1000 * e + 48152)) + 1e-4
    params = SamplingParams(temperature=1.0, top_p=top_p, max_tokens=8)
    for seed in range(10):
        want = full_sort_pick(logits.copy(), params, np.random.default_rng(seed))
        assert Sampler(dataclasses.replace(params, seed=seed))(0, [], logits.copy()) == want
