"""GGUF weights in their shipped encodings: row reordering and dequantizing agree."""

from __future__ import annotations

import numpy as np
import pytest

from figment.model._gguf import Q4Weight, Q8Weight, dense, hf_row_order


def _q4(rng: np.random.Generator) -> Q4Weight:
    return Q4Weight(
        q=rng.integers(0, 16, (8, 64), dtype=np.uint8),
        d=rng.uniform(0.01, 0.1, (8, 2)).astype(np.float32),
        m=rng.uniform(-0.5, 0.0, (8, 2)).astype(np.float32),
    )


def _q8(rng: np.random.Generator) -> Q8Weight:
    return Q8Weight(
        q=rng.integers(-127, 128, (8, 64), dtype=np.int8),
        d=rng.uniform(0.01, 0.1, (8, 2)).astype(np.float32),
    )


@pytest.mark.parametrize("make", [_q4, _q8], ids=["Q4_1", "Q8_0"])
def test_reordering_rows_keeps_each_row_whole(make):
    # q/k projections are reordered as transformers does; a Q8_0 one must work like a Q4_1 one
    w = make(np.random.default_rng(0))
    order = hf_row_order(8, 2)
    assert sorted(order) == list(range(8)) and list(order) != list(range(8))
    moved = w.take_rows(order)
    assert moved.shape == w.shape == (8, 64)
    np.testing.assert_array_equal(moved.dequantize(), w.dequantize()[order])


def test_dense_dequantizes_and_passes_arrays_through():
    w = _q8(np.random.default_rng(1))
    np.testing.assert_array_equal(dense(w), w.dequantize())
    plain = np.ones(4, np.float32)
    assert dense(plain) is plain
