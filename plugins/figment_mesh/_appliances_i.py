"""More of the device family's appliances, from 354: a bomb, a window, a virus, a compact disc,
playing cards, a treehouse.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import heart, polygon

__all__ = ["MORE_APPLIANCES_I"]

Rng = np.random.Generator


def _bomb(rng: Rng) -> list[Part]:
    """A round bomb of the old cartoon kind: a heavy ball, a collar at its neck, a curling fuse
    and the spark fizzing at its end."""
    parts = [sphere(0.45, at(0, 0.45, 0), 0, "body")]
    parts.append(cylinder(0.13, 0.13, 0.12, at(0, 0.84, 0), 1))  # the collar
    parts.append(torus(0.13, 0.025, at(0, 0.96, 0), 1))
    bend = rng.uniform(-0.05, 0.05)
    fuse = [(0, 0.95, 0), (0.02, 1.08, 0.0), (0.1 + bend, 1.16, 0.05), (0.2, 1.14, 0.08)]
    parts.append(tube(fuse, [0.025, 0.022, 0.02, 0.018], slot="cork"))
    parts.append(sphere(0.05, at(0.21, 1.15, 0.08), "spark"))
    for k in range(6):  # the sparks flying off it
        d = np.array([np.cos(k * 1.05), 0.6 * np.sin(k * 2.1) + 0.4, np.sin(k * 1.05)])
        d = d / np.linalg.norm(d)
        tip = np.array([0.21, 1.15, 0.08]) + 0.13 * d
        parts.append(tube([(0.21, 1.15, 0.08), tuple(tip)], [0.012, 0.002], slot="spark"))
    return parts


def _window(rng: Rng) -> list[Part]:
    """A window in a patch of wall: its frame, four panes of glass behind glazing bars, the
    sill below it and curtains drawn back to each side."""
    parts = [box(1.6, 1.8, 0.12, at(0, 0, -0.1), "plaster")]  # the wall round it
    w, h, y0 = 0.9, 1.05, 0.45
    for x in (-w / 2, w / 2):  # the frame's sides, head and foot
        parts.append(box(0.08, h + 0.08, 0.1, at(x, y0 - 0.04, 0.0), 0))
    for y in (y0 - 0.04, y0 + h - 0.04):
        parts.append(box(w + 0.08, 0.08, 0.1, at(0, y, 0.0), 0))
    parts.append(box(0.04, h, 0.06, at(0, y0, 0.0), 0))  # the glazing bars
    parts.append(box(w, 0.04, 0.06, at(0, y0 + h / 2 - 0.02, 0.0), 0))
    parts.append(box(w, h, 0.01, at(0, y0, -0.01), "window"))
    parts.append(box(w + 0.3, 0.05, 0.22, at(0, y0 - 0.09, 0.06), 0))  # the sill
    sway = rng.uniform(0.0, 0.03)
    for s in (-1, 1):  # curtains gathered at the sides
        x = s * (w / 2 + 0.14)
        for k in range(3):
            dx = s * 0.045 * (k - 1)
            path = [(x + dx, y0 + h + 0.12, 0.12), (x + dx - s * sway, y0 + h / 2, 0.14),
                    (x + dx + s * 0.03, y0 - 0.25, 0.13)]  # fmt: skip
            parts.append(tube(path, [0.05, 0.045, 0.07], slot=1))
    parts.append(tube([(-w / 2 - 0.35, y0 + h + 0.14, 0.12), (w / 2 + 0.35, y0 + h + 0.14, 0.12)],
                      [0.02, 0.02], slot="steel"))  # fmt: skip
    return parts


def _virus(rng: Rng) -> list[Part]:
    """A virus as the pictures show it: a ball studded all over with club-headed spike
    proteins, floating just above the ground."""
    c = np.array([0.0, 0.75, 0.0])
    parts = [sphere(0.5, at(*c), 0, "body")]
    n = 42
    golden = np.pi * (3.0 - np.sqrt(5.0))
    for k in range(n):  # spikes spread evenly over the ball (a Fibonacci sphere)
        y = 1.0 - 2.0 * (k + 0.5) / n
        r = np.sqrt(1.0 - y * y)
        a = golden * k + rng.uniform(-0.1, 0.1)
        d = np.array([r * np.cos(a), y, r * np.sin(a)])
        m = at(*(c + 0.47 * d)) @ align(d)
        parts.append(cylinder(0.025, 0.03, 0.16, m, 1))
        parts.append(sphere(1.0, m @ at(0, 0.19, 0) @ scl(0.065, 0.05, 0.065), 1))
    return parts


def _compact_disc(rng: Rng) -> list[Part]:
    """A compact disc leaning over its jewel case: a thin silver disc with its centre hole,
    the clear hub ring round it and a few bright tracks."""
    lean = rng.uniform(62.0, 70.0)
    case = at(0, 0.01, -0.1) @ rot("x", -90.0)
    parts = [box(1.24, 1.24, 0.02, case @ at(0, 0, 0), "window")]  # the case lying flat
    parts.append(box(1.24, 0.06, 0.06, case @ at(0, 0.59, 0.0), "window"))
    disc = at(0, 0.56, 0.2) @ rot("x", -(90.0 - lean)) @ rot("x", 90.0)
    ring = np.array([(0.2, 0.0), (0.58, 0.0), (0.58, 0.012), (0.2, 0.012)])
    parts.append(lathe([tuple(p) for p in ring], disc @ at(0, -0.006, 0), 0, "body", closed=True))
    for r in (0.3, 0.42, 0.54):  # tracks catching the light
        parts.append(torus(r, 0.003, disc @ at(0, 0.008, 0), 1))
    parts.append(torus(0.17, 0.03, disc, "window"))  # the clear hub round the hole
    return parts


def _card_face(m: np.ndarray, red: bool, rank: int) -> list[Part]:
    """A card's face under ``m`` (the card spans x -0.36..0.36, y -0.5..0.5 at z = 0): a big suit
    in the middle and a small one with a rank bar in two corners."""
    ink = "card-red" if red else "marking"
    flip = 1 if red else -1  # a heart, or upside down a spade's look
    parts = [slab(heart(), 0.01, m @ at(0, 0, 0.006) @ scl(0.16, 0.16 * flip, 1), ink)]
    for s in (-1, 1):
        corner = m @ at(s * -0.26, s * 0.36, 0.006) @ rot("z", 90 - 90 * s)
        parts.append(slab(heart(), 0.01, corner @ at(0, -0.07, 0) @ scl(0.05, 0.05 * flip, 1), ink))
        parts.append(box(0.035, 0.05 + 0.01 * rank, 0.008, corner @ at(0, 0.0, 0), ink))
    return parts


def _cards(rng: Rng) -> list[Part]:
    """Playing cards: a hand of five fanned out and held up on the table, and the deck lying
    beside it, each card white with a red or black suit in its middle and corners."""
    parts = []
    deck = at(0.45, 0.0, 0.15) @ rot("y", 20)
    parts.append(box(0.72, 0.12, 1.0, deck, "pages"))  # the deck, its edges
    parts.append(box(0.72, 0.01, 1.0, deck @ at(0, 0.12, 0), 1))  # its patterned back
    for k in range(5):  # the fanned hand, standing up on its lower corner
        a = -30 + 15 * k + rng.uniform(-2, 2)
        m = at(-0.3 + 0.01 * k, 0.05, -0.1 + 0.01 * k) @ rot("x", -15) @ rot("z", -a)
        m = m @ at(0, 0.5, 0)
        card = m @ scl(0.36, 0.5, 1) @ rot("z", 45)
        parts.append(slab(polygon(4, 1.41), 0.012, card, 0, "body"))
        parts.extend(_card_face(m, k % 2 == 0, k))
    return parts


def _treehouse(rng: Rng) -> list[Part]:
    """A treehouse: a small wooden hut with a pitched roof on a platform up in a broad tree, a
    ladder of rungs up its trunk and leafy crowns round and above it."""
    parts = [cylinder(0.16, 0.11, 1.5, None, "cork")]  # the trunk
    for a in (30, 150, 270):  # boughs out under the platform
        d = np.array([np.cos(np.radians(a)), 0.0, np.sin(np.radians(a))])
        parts.append(stick((0, 0.7, 0), tuple(d * 0.5 + (0, 0.95, 0)), 0.05, "cork"))
    parts.append(box(1.1, 0.06, 0.95, at(0, 0.95, 0), 0))  # the platform of boards
    for x in (-0.5, 0.5):  # its railing posts
        parts.append(box(0.04, 0.25, 0.04, at(x, 1.01, 0.43), 0))
    parts.append(box(1.04, 0.04, 0.04, at(0, 1.22, 0.43), 0))
    parts.append(box(0.7, 0.5, 0.6, at(0, 1.01, -0.12), 0, "body"))  # the hut
    roof = [(0.45, 0), (0, 0.32), (-0.45, 0)]
    parts.append(slab(roof, 0.72, at(0, 1.51, -0.12), 1))
    parts.append(box(0.2, 0.3, 0.02, at(0.12, 1.01, 0.19), "window"))  # its doorway
    parts.append(box(0.16, 0.14, 0.02, at(-0.18, 1.22, 0.19), "window"))
    for k in range(6):  # rungs nailed up the trunk
        parts.append(box(0.22, 0.03, 0.03, at(0, 0.12 + 0.14 * k, 0.15), 0))
    for k in range(5):  # the crown round and above it
        a = 2 * np.pi * k / 5 + rng.uniform(-0.2, 0.2)
        c = (0.55 * np.cos(a), 1.85 + 0.15 * (k % 2), 0.45 * np.sin(a) - 0.2)
        parts.append(sphere(0.42, at(*c) @ scl(1, 0.8, 1), "vine"))
    parts.append(sphere(0.5, at(0, 2.2, -0.25) @ scl(1, 0.8, 1), "vine"))
    return parts


MORE_APPLIANCES_I = {
    354: _bomb, 355: _window, 356: _virus, 357: _compact_disc, 382: _cards, 383: _treehouse,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
