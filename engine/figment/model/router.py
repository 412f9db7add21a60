"""The router: picks which domain experts (adapters) to blend for a wish, and how much of each.

A request asks for it with the blend ``[{"name": "auto", "weight": w}]``; ``w`` (default 1) is the
mixing coefficient shared among the chosen experts. The wish and each expert's description (its
manifest's name and description) are embedded with all-MiniLM-L6-v2. The first expert is drawn by
topic (softmax of the wish's similarity to each expert, temperature ``0.05``); each next one by topic
minus its greatest similarity to the experts already chosen (dissimilar experts are where the sparks come
from). Two experts, or three when the seed says so (one in three). Weights: ``w`` split 0.6/0.4
(two) or 0.5/0.3/0.2 (three), the first-drawn expert getting the most. The draws use the request's
seed, so the same seed and wish route the same way. The label names the experts and weights.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

__all__ = ["AUTO", "SPLITS", "route"]

AUTO = "auto"
"""The blend name that asks for the router (never an adapter's name)."""
SPLITS = {2: (0.6, 0.4), 3: (0.5, 0.3, 0.2)}
"""How the mixing coefficient is split among two or three experts."""
_TEMPERATURE = 0.05
_DISSIMILARITY = 1.0

Embed = Callable[[Sequence[str]], np.ndarray]


def route(
    wish: str,
    experts: dict[str, str],
    weight: float,
    seed: int,
    embed: Embed,
) -> tuple[tuple[str, float], ...]:
    """The blend for ``wish``: expert names (``experts``: name → description) with weights."""
    names = sorted(experts)
    if not names:
        return ()
    rng = np.random.default_rng([seed & 0xFFFFFFFF, seed >> 32, 0x726F757465])
    count = min(len(names), 3 if rng.random() < 1 / 3 else 2)
    vecs = embed([wish] + [f"{n.replace('_', ' ')}: {experts[n]}" for n in names])
    topic = vecs[1:] @ vecs[0]
    between = vecs[1:] @ vecs[1:].T
    chosen: list[int] = []
    for _ in range(count):
        score = topic.copy()
        if chosen:
            score -= _DISSIMILARITY * between[:, chosen].max(1)
        score[chosen] = -np.inf
        p = np.exp((score - score[np.isfinite(score)].max()) / _TEMPERATURE)
        p[~np.isfinite(score)] = 0.0
        chosen.append(int(rng.choice(len(names), p=p / p.sum())))
    split = SPLITS.get(count, (1.0,))
    return tuple((names[i], round(weight * s, 4)) for i, s in zip(chosen, split, strict=True))
