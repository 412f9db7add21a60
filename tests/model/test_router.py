"""The router: deterministic for a seed, dissimilar experts, the weight split among them."""

from __future__ import annotations

import numpy as np

from figment.model.router import SPLITS, route

EXPERTS = {
    "cosmic": "everything told through the cosmos",
    "cosmos2": "everything told through the cosmos",  # a twin: never chosen beside cosmic
    "culinary": "everything told through cooking",
    "clockwork": "everything told through clockwork",
    "music": "everything told through music",
}


def _embed(texts):
    """Topic vectors by keyword (a stand-in for MiniLM: the router only needs cosines)."""
    keys = ["cosmos", "cook", "clock", "music", "star"]
    out = np.array([[1.0 + 4 * (k in t) for k in keys] for t in texts])
    return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_same_seed_same_route_and_weights_split_the_coefficient():
    a = route("a star in a jar", EXPERTS, 1.0, 7, _embed)
    assert a == route("a star in a jar", EXPERTS, 1.0, 7, _embed)
    names = [n for n, _ in a]
    assert len(set(names)) == len(names) in (2, 3)
    assert [w for _, w in a] == [round(s, 4) for s in SPLITS[len(a)]]
    half = route("a star in a jar", EXPERTS, 0.5, 7, _embed)
    assert [w for _, w in half] == [round(0.5 * s, 4) for s in SPLITS[len(a)]]


def test_routes_follow_the_topic_and_avoid_twins():
    firsts, counts, twins = [], set(), 0
    for seed in range(40):
        blend = route("stars and the cosmos", EXPERTS, 1.0, seed, _embed)
        names = [n for n, _ in blend]
        firsts.append(names[0])
        counts.add(len(names))
        twins += {"cosmic", "cosmos2"} <= set(names)
    # by topic alone the twin would always come second; dissimilar experts are preferred
    assert twins <= 4
    assert all(f in ("cosmic", "cosmos2") for f in firsts)  # the topic picks the first
    assert counts == {2, 3}
    assert len({tuple(route("x", EXPERTS, 1.0, s, _embed)) for s in range(40)}) > 3


def test_no_experts_no_blend():
    assert route("a lamp", {}, 1.0, 1, _embed) == ()
    assert len(route("a lamp", {"music": "music"}, 1.0, 1, _embed)) == 1
