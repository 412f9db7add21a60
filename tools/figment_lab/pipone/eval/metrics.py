"""Eval measures on plain texts and vectors: diversity, repetition, dispersion, PCA, coherence.

Incoherence (word salad) rule, documented here once: an output is incoherent when either
(a) its perplexity under the BASE model is above a threshold calibrated per run on shuffled-word
controls (the base outputs with their words shuffled, scored in the same prompt context): the
geometric midpoint of the median base perplexity and the median control perplexity; or
(b) more than ``MAX_NONWORD_SHARE`` of its words are not English words, where the word list is
every whole-word token of the base model's vocabulary (BPE tokens with a leading space marker
that are purely alphabetic), plus a handful of short function words. (a) catches real words in
random order; (b) catches invented or broken words (shuffling keeps the word share, so the two
tests see different failures).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np

from figment.model.discriminator import (
    MAX_NONWORD_SHARE,
    nonword_share,
    perplexity,
    vocab_wordlist,
)
from figment_lab.pipone.similarity import distinct_n, words

__all__ = [
    "MAX_NONWORD_SHARE",
    "answer_matches",
    "calibrate_threshold",
    "dispersion",
    "dispersion_ceiling",
    "distinct_n",
    "incoherent",
    "mean_length",
    "nonword_share",
    "pca_2d",
    "perplexity",
    "repetition_rate",
    "shuffle_words",
    "spread",
    "vocab_wordlist",
]


def mean_length(texts: Sequence[str]) -> float:
    """Mean number of words per text (0 when there are no texts)."""
    return float(np.mean([len(words(t)) for t in texts])) if texts else 0.0


def repetition_rate(texts: Sequence[str], n: int = 3) -> float:
    """Share of word n-grams that repeat an earlier n-gram of the same text, pooled over texts."""
    total = repeated = 0
    for text in texts:
        w = words(text)
        grams = [tuple(w[i : i + n]) for i in range(len(w) - n + 1)]
        total += len(grams)
        repeated += len(grams) - len(set(grams))
    return repeated / total if total else 0.0


def dispersion(vectors: np.ndarray) -> dict[str, float]:
    """Mean Euclidean distance to the centroid and mean pairwise cosine distance of row vectors."""
    x = np.asarray(vectors, dtype=np.float64)
    if len(x) == 0:
        return {"centroid_distance": 0.0, "pairwise_cosine_distance": 0.0}
    centroid = x.mean(axis=0)
    to_centroid = float(np.linalg.norm(x - centroid, axis=1).mean())
    if len(x) < 2:
        return {"centroid_distance": to_centroid, "pairwise_cosine_distance": 0.0}
    unit = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    sims = unit @ unit.T
    off = ~np.eye(len(x), dtype=bool)
    return {
        "centroid_distance": to_centroid,
        "pairwise_cosine_distance": float((1.0 - sims[off]).mean()),
    }


def dispersion_ceiling(n: int, base: dict[str, float] | None = None) -> dict[str, float]:
    """The most ``dispersion`` can give for any ``n`` unit vectors; with ``base``, as a ratio to it.

    For unit rows x_1..x_n with centroid c, the mean squared distance to the centroid is
    mean ||x_i||^2 - ||c||^2 = 1 - ||c||^2, so (the mean is at most the root mean square) the mean
    distance to the centroid is at most sqrt(1 - ||c||^2) <= 1. The cosine sum over ordered pairs
    i != j is ||n c||^2 - n, so the mean pairwise cosine distance is exactly
    n / (n - 1) * (1 - ||c||^2) <= n / (n - 1). Both ceilings are reached when the centroid is the
    origin and every row is equally far from it: antipodal pairs, a regular simplex. One vector
    has no spread (both 0). The eval's MiniLM embeddings are unit vectors (L2-normalised), and
    ``spread`` averages groups of one size, so its ceiling is the same with n = samples per prompt.

    With ``base`` (a ``dispersion`` row), each ceiling is divided by the base's value: the largest
    ratio to the base any set of answers could reach (infinite where the base value is 0)."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"n (number of vectors) must be an integer >= 1, got {n!r}")
    top = {
        "centroid_distance": 1.0 if n > 1 else 0.0,
        "pairwise_cosine_distance": n / (n - 1) if n > 1 else 0.0,
    }
    if base is None:
        return top
    return {k: v / base[k] if base[k] > 0 else math.inf for k, v in top.items()}


def spread(vectors: np.ndarray, groups: int) -> dict[str, float]:
    """Mean within-group dispersion of ``groups`` equal consecutive groups of rows.

    Rows ``[g*k, (g+1)*k)`` are k samples of one prompt: this is how far a model's answers to the
    same wish wander from each other, averaged over the prompts."""
    x = np.asarray(vectors, dtype=np.float64)
    if groups < 1 or len(x) % groups:
        raise ValueError(f"{len(x)} rows do not split into {groups} equal groups")
    parts = [dispersion(g) for g in np.split(x, groups)]
    return {k: float(np.mean([p[k] for p in parts])) for k in parts[0]}


def pca_2d(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows projected on the top two principal axes, and the variance share each axis explains.

    Signs are fixed (each axis's largest-magnitude loading is positive) so runs are comparable."""
    x = np.asarray(vectors, dtype=np.float64)
    centred = x - x.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    axes = vt[:2].copy()
    while len(axes) < 2:
        axes = np.vstack([axes, np.zeros(x.shape[1])])
    for k in range(2):
        if axes[k, np.argmax(np.abs(axes[k]))] < 0:
            axes[k] = -axes[k]
    var = s**2
    share = var[:2] / var.sum() if var.sum() > 0 else np.zeros(2)
    share = np.pad(share, (0, 2 - len(share)))
    return centred @ axes.T, share


def shuffle_words(text: str, rng: np.random.Generator) -> str:
    """The text's whitespace-separated words in a random order (the word-salad control)."""
    parts = text.split()
    order = rng.permutation(len(parts))
    return " ".join(parts[i] for i in order)


def calibrate_threshold(base_ppl: Sequence[float], control_ppl: Sequence[float]) -> float:
    """Geometric midpoint of the median base and median shuffled-control perplexities."""
    b = [p for p in base_ppl if math.isfinite(p)]
    c = [p for p in control_ppl if math.isfinite(p)]
    if not b or not c:
        return float("inf")
    return math.sqrt(float(np.median(b)) * float(np.median(c)))


def incoherent(ppl: float, nonwords: float, threshold: float) -> bool:
    """The word-salad rule: base perplexity above ``threshold`` or too many non-words."""
    return (math.isfinite(ppl) and ppl > threshold) or nonwords > MAX_NONWORD_SHARE


def answer_matches(answer: str, expected: str | Sequence[str]) -> bool:
    """Whether the answer contains the expected string (or any alternative), case-insensitive.

    Alphanumeric expectations must match at word boundaries ("4" is not found in "42")."""
    options = [expected] if isinstance(expected, str) else list(expected)
    low = answer.lower()
    for e in options:
        pattern = re.escape(e.lower())
        if re.search(rf"(?<![a-z0-9]){pattern}(?![a-z0-9])", low):
            return True
    return False
