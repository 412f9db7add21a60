"""Text similarity and diversity figures: hashed TF-IDF cosine and distinct-n.

Word unigrams and bigrams are hashed with crc32 (stable across runs, unlike ``hash``) into
``2**20`` buckets, weighted by smoothed IDF and L2-normalised, so cosine is a sparse dot product.
Similarities are computed in row blocks to keep memory flat (a 5,000 × 5,000 matrix is never held).
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Iterator, Sequence

import numpy as np
from scipy import sparse

__all__ = ["distinct_n", "hashed_tfidf", "near_duplicates", "nearest_cosines", "words"]

_BUCKETS = 1 << 20
_BLOCK = 512
_WORD = re.compile(r"[a-z']+")


def words(text: str) -> list[str]:
    """Lower-case word tokens."""
    return _WORD.findall(text.lower())


def hashed_tfidf(texts: Sequence[str]) -> sparse.csr_matrix:
    """Rows of L2-normalised TF-IDF weights over hashed word 1- and 2-grams."""
    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        w = words(text)
        feats = w + [f"{a} {b}" for a, b in itertools.pairwise(w)]
        counts: dict[int, int] = {}
        for f in feats:
            h = zlib.crc32(f.encode()) % _BUCKETS
            counts[h] = counts.get(h, 0) + 1
        rows.extend([r] * len(counts))
        cols.extend(counts)
        vals.extend(counts.values())
    m = sparse.csr_matrix(
        (np.asarray(vals, np.float64), (rows, cols)), shape=(len(texts), _BUCKETS)
    )
    df = np.bincount(m.indices, minlength=_BUCKETS)
    idf = np.log((1 + len(texts)) / (1 + df)) + 1.0
    m = m.multiply(idf[None, :]).tocsr()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1))).ravel()
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ m)


def _blocks(m: sparse.csr_matrix) -> Iterator[tuple[int, np.ndarray]]:
    for start in range(0, m.shape[0], _BLOCK):
        yield start, (m[start : start + _BLOCK] @ m.T).toarray()


def near_duplicates(texts: Sequence[str], threshold: float) -> set[int]:
    """Indices to drop so no kept text has cosine > ``threshold`` with an earlier kept one."""
    m = hashed_tfidf(texts)
    kept = np.zeros(len(texts), dtype=bool)
    drop: set[int] = set()
    for start, sims in _blocks(m):
        for k, row in enumerate(sims):
            i = start + k
            if np.any(row[:i][kept[:i]] > threshold):
                drop.add(i)
            else:
                kept[i] = True
    return drop


def nearest_cosines(texts: Sequence[str]) -> np.ndarray:
    """For each text, the highest cosine with any other text."""
    m = hashed_tfidf(texts)
    best = np.zeros(len(texts))
    for start, sims in _blocks(m):
        for k in range(sims.shape[0]):
            sims[k, start + k] = -1.0
        best[start : start + sims.shape[0]] = sims.max(axis=1)
    return best


def distinct_n(texts: Sequence[str], n: int) -> float:
    """Distinct n-grams over all n-grams across ``texts`` (0 when there are none)."""
    total = 0
    seen: set[tuple[str, ...]] = set()
    for text in texts:
        w = words(text)
        grams = [tuple(w[i : i + n]) for i in range(len(w) - n + 1)]
        total += len(grams)
        seen.update(grams)
    return len(seen) / total if total else 0.0
