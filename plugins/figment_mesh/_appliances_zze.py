"""More of the device family's appliances, from 859: a stack of books.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, Slot, at, rot
from ._primitives import box

__all__ = ["MORE_APPLIANCES_ZZE"]

Rng = np.random.Generator


def _book(w: float, d: float, t: float, m: np.ndarray, cover: Slot, tag: str = "") -> list[Part]:
    """One closed book lying flat at ``m``: its boards and spine (the spine toward +z) round a
    block of pages that shows at the other three edges, gilt bands
    round the spine and a title label on it."""
    board = 0.12 * t
    return [
        box(w, board, d, m, cover, tag),
        box(w, board, d, m @ at(0, t - board, 0), cover),
        box(w - 0.03, t - 2 * board, d - 0.03, m @ at(-0.0, board, -0.012), "pages"),
        box(w, t, 0.02, m @ at(0, 0, d / 2 - 0.01), cover),
        *(
            box(0.015, t * 1.02, 0.024, m @ at(x, -0.01 * t, d / 2 - 0.01), "copper")
            for x in (-0.32 * w, 0.32 * w)
        ),
        box(w * 0.36, t * 0.3, 0.024, m @ at(0, t * 0.35, d / 2 - 0.01), "marking"),
    ]


def _stack_of_books(rng: Rng) -> list[Part]:
    """A stack of seven closed books lying flat, big ones at the bottom, each a little turned
    from the one below and of its own thickness, spines to the front with a band on each; the
    covers alternate the two materials and the pages show at their edges."""
    parts: list[Part] = []
    y = 0.0
    for k in range(7):
        w = 0.62 - 0.035 * k + rng.uniform(-0.03, 0.03)
        d = 0.44 - 0.02 * k + rng.uniform(-0.02, 0.02)
        t = rng.uniform(0.07, 0.12)
        m = at(rng.uniform(-0.03, 0.03), y, 0) @ rot("y", rng.uniform(-12, 12))
        parts += _book(w, d, t, m, k % 2, "body" if k == 0 else "")
        y += t
    return parts


MORE_APPLIANCES_ZZE = {859: _stack_of_books}
"""These appliances by the device family's ``appliance``."""
