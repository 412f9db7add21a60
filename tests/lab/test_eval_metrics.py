"""Eval measures on hand-made inputs with known answers, and the PNG writer."""

from __future__ import annotations

import math
import struct
import zlib

import numpy as np
import pytest

from figment_lab.pipone.eval import metrics as M
from figment_lab.pipone.eval.plots import png_bytes

WORDS = frozenset(["the", "cat", "sat", "on", "a", "warm", "mat", "near", "old", "door"])


def test_distinct_n_counts_unique_ngrams():
    assert M.distinct_n(["a b a b"], 1) == pytest.approx(2 / 4)
    assert M.distinct_n(["a b a b"], 2) == pytest.approx(2 / 3)
    assert M.distinct_n([""], 2) == 0.0


def test_repetition_rate_is_the_share_of_repeated_trigrams():
    assert M.repetition_rate(["a b c d e"]) == 0.0
    # 6 trigrams: abc bca cab abc bca cab -> 3 repeats
    assert M.repetition_rate(["a b c a b c a b"]) == pytest.approx(3 / 6)
    # pooled over texts, repeats only count within a text
    assert M.repetition_rate(["a b c", "a b c"]) == 0.0


def test_mean_length():
    assert M.mean_length(["one two", "three four five six"]) == 3.0


def test_dispersion_of_known_vectors():
    square = np.array([[1, 0], [-1, 0], [0, 1], [0, -1]], float)
    d = M.dispersion(square)
    assert d["centroid_distance"] == pytest.approx(1.0)
    # cosines: each vector has one opposite (-1) and two orthogonal (0): mean distance 4/3
    assert d["pairwise_cosine_distance"] == pytest.approx(4 / 3)
    same = M.dispersion(np.ones((3, 5)))
    assert same["centroid_distance"] == pytest.approx(0.0)
    assert same["pairwise_cosine_distance"] == pytest.approx(0.0, abs=1e-12)
    assert M.dispersion(2 * square)["centroid_distance"] == pytest.approx(2.0)


def test_pca_recovers_the_main_axis():
    rng = np.random.default_rng(0)
    t = rng.normal(size=200)
    x = np.stack([3 * t, 3 * t, 0.01 * rng.normal(size=200)], axis=1)
    proj, share = M.pca_2d(x)
    assert share[0] > 0.99
    assert np.allclose(np.abs(proj[:, 0]), np.abs(3 * np.sqrt(2) * (t - t.mean())), atol=1e-4)
    again, _ = M.pca_2d(-x)  # signs are fixed by the loadings, so mirrored data projects mirrored
    assert np.allclose(again[:, 0], -proj[:, 0], atol=1e-6)


def test_perplexity():
    assert M.perplexity([math.log(0.5)] * 4) == pytest.approx(2.0)
    assert math.isnan(M.perplexity([]))


def test_vocab_wordlist_keeps_whole_alphabetic_words():
    vocab = ["\u0120Cat", "\u0120sat", "ing", "\u01201999", "\u0120x", "\u0120don"]
    wl = M.vocab_wordlist(vocab)
    assert {"cat", "sat", "don", "a", "i"} <= wl
    assert "ing" not in wl and "1999" not in wl and "x" not in wl


def test_nonword_share():
    assert M.nonword_share("The cat sat on the mat.", WORDS) == 0.0
    assert M.nonword_share("the zorblax qwf cat", WORDS) == pytest.approx(0.5)
    assert M.nonword_share("", WORDS) == 0.0


def test_incoherence_rule_separates_a_sentence_from_shuffled_and_invented_words():
    rng = np.random.default_rng(1)
    sentence = "the cat sat on a warm mat near the old door"
    shuffled = M.shuffle_words(sentence, rng)
    assert sorted(shuffled.split()) == sorted(sentence.split()) and shuffled != sentence
    threshold = M.calibrate_threshold([8.0, 10.0, 12.0], [300.0, 400.0, 500.0])
    assert threshold == pytest.approx(math.sqrt(10.0 * 400.0))
    assert not M.incoherent(10.0, M.nonword_share(sentence, WORDS), threshold)
    assert M.incoherent(400.0, M.nonword_share(shuffled, WORDS), threshold)
    assert M.incoherent(10.0, M.nonword_share("glorp the vexnit zumba cat", WORDS), threshold)
    assert M.calibrate_threshold([], [1.0]) == math.inf


def test_answer_matching_is_case_insensitive_at_word_boundaries():
    assert M.answer_matches("The capital is PARIS.", ("Paris",))
    assert M.answer_matches("It has eight legs", ("8", "eight"))
    assert not M.answer_matches("42 is the answer", ("4", "four"))
    assert not M.answer_matches("Parisian cafes", "Paris")
    assert M.answer_matches("CO2, of course", ("carbon dioxide", "CO2"))


def test_png_bytes_is_a_valid_png():
    img = np.zeros((3, 2, 3), np.uint8)
    img[1, 1] = (255, 0, 0)
    data = png_bytes(img)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    w, h = struct.unpack(">II", data[16:24])
    assert (w, h) == (2, 3)
    start = data.index(b"IDAT") + 4
    length = struct.unpack(">I", data[start - 8 : start - 4])[0]
    raw = zlib.decompress(data[start : start + length])
    rows = [raw[i * 7 + 1 : (i + 1) * 7] for i in range(3)]
    assert rows[1][3:6] == b"\xff\x00\x00" and rows[0] == b"\x00" * 6


def test_spread_is_the_mean_dispersion_within_each_group():
    a = np.array([[1.0, 0.0], [-1.0, 0.0]])  # distance 1 to its centroid
    b = np.array([[3.0, 3.0], [3.0, 3.0]])  # no spread at all
    s = M.spread(np.vstack([a, b]), 2)
    assert s["centroid_distance"] == pytest.approx(0.5)
    assert M.spread(np.vstack([a, a]), 2)["centroid_distance"] == pytest.approx(1.0)
    with pytest.raises(ValueError, match="equal groups"):
        M.spread(np.ones((5, 2)), 2)


def _unit(x):
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def _simplex(n):
    """n unit vectors at equal angles, summing to zero (cosine -1/(n-1) between any two)."""
    return _unit(np.eye(n) - 1.0 / n)


@pytest.mark.parametrize("n", [2, 3, 5, 20, 50, 200])
def test_dispersion_of_unit_vectors_stays_under_the_ceiling(n):
    rng = np.random.default_rng(n)
    top = M.dispersion_ceiling(n)
    assert top == {"centroid_distance": 1.0, "pairwise_cosine_distance": pytest.approx(n / (n - 1))}
    for dim, offset in ((3, 0.0), (384, 0.0), (384, 0.3), (16, 2.0)):
        x = _unit(rng.normal(size=(n, dim)) + offset)  # offset: clustered, the centroid off zero
        d = M.dispersion(x.astype(np.float32))  # float32, as the embedder gives
        c2 = float(np.sum(x.mean(axis=0) ** 2))
        assert d["centroid_distance"] <= math.sqrt(1 - c2) + 1e-6 <= top["centroid_distance"] + 1e-6
        assert d["pairwise_cosine_distance"] == pytest.approx(n / (n - 1) * (1 - c2), abs=1e-6)


@pytest.mark.parametrize("n", [2, 4, 5, 50])
def test_opposite_pairs_and_a_regular_simplex_reach_the_ceiling(n):
    top = M.dispersion_ceiling(n)
    sets = [_simplex(n)]
    if n % 2 == 0:
        half = _unit(np.random.default_rng(n).normal(size=(n // 2, 7)))
        sets.append(np.vstack([half, -half]))
    for x in sets:
        d = M.dispersion(x)
        assert d["centroid_distance"] == pytest.approx(top["centroid_distance"])
        assert d["pairwise_cosine_distance"] == pytest.approx(top["pairwise_cosine_distance"])


def test_hill_climbing_does_not_beat_the_ceiling():
    rng = np.random.default_rng(7)
    n, top = 5, M.dispersion_ceiling(5)
    for key in top:
        x = _unit(rng.normal(size=(n, 6)))
        best = M.dispersion(x)[key]
        for _ in range(400):
            y = x.copy()
            y[rng.integers(n)] += rng.normal(scale=0.3, size=6)
            y = _unit(y)
            if (v := M.dispersion(y)[key]) > best:
                x, best = y, v
        assert best <= top[key] + 1e-9
        assert best > 0.95 * top[key]  # the climb got close: the ceiling is tight, not loose


def test_dispersion_ceiling_as_a_ratio_to_a_base_row():
    base = {"centroid_distance": 0.914, "pairwise_cosine_distance": 0.855}
    q = M.dispersion_ceiling(50, base)
    assert q["centroid_distance"] == pytest.approx(1 / 0.914)  # 1.09x: no model gets 1.5x
    assert q["pairwise_cosine_distance"] == pytest.approx(50 / 49 / 0.855)  # 1.19x
    within = M.dispersion_ceiling(5, {"centroid_distance": 0.72, "pairwise_cosine_distance": 0.658})
    assert within["centroid_distance"] == pytest.approx(1.389, abs=1e-3)
    assert within["pairwise_cosine_distance"] == pytest.approx(1.9, abs=1e-3)
    assert M.dispersion_ceiling(1) == {"centroid_distance": 0.0, "pairwise_cosine_distance": 0.0}
    zero = M.dispersion_ceiling(3, {"centroid_distance": 0.0, "pairwise_cosine_distance": 0.5})
    assert zero["centroid_distance"] == math.inf and zero["pairwise_cosine_distance"] == 3.0
    for bad in (0, -2, 2.5, True):
        with pytest.raises(ValueError, match=r"n \(number of vectors\) must be an integer >= 1"):
            M.dispersion_ceiling(bad)
