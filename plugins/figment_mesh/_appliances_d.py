"""More of the device family's appliances, from 278: a single leaf, a leafy branch, a
stadium, a grassy hill, a cradle, a crib, a written document.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._places import TOP, _flowers, _stones, _tile, _tree
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import leaf

__all__ = ["MORE_APPLIANCES_D"]

Rng = np.random.Generator


def _half_leaf(width: float, side: int):
    """One half of a pointed leaf (``leaf``'s outline), on the +x (side 1) or -x side of its
    midrib along +y from -1 to 1."""

    def outline(n: int) -> np.ndarray:
        t = np.linspace(0.0, np.pi, max(n - 1, 3))
        x = width * np.sin(t) * np.abs(np.sin(t)) ** 0.2
        y = -np.cos(t)
        return np.stack([side * np.concatenate([x, [0.0]]), np.concatenate([y, [0.0]])], 1)

    return outline


def _leaf_blade(m: np.ndarray, width: float, slot=0, tag: str = "") -> list[Part]:
    """A leaf along +y from -1 to 1 under ``m``: its two halves folded a little up from the
    midrib, the midrib raised and its side veins, and a short stalk below."""
    parts = []
    for s in (-1, 1):
        fold = rot("y", s * -14)
        parts.append(slab(_half_leaf(width, s), 0.025, m @ fold, slot, tag or "body"))
    parts.append(tube([(0, -1.35, 0.0), (0, -1.0, 0.01), (0, 0.9, 0.015)],
                      [0.03, 0.025, 0.006], m, slot))  # fmt: skip
    for k in range(6):  # side veins, toward the tip
        y0 = -0.75 + 0.28 * k
        reach = 0.75 * width * np.sin(np.pi * (0.5 + 0.45 * (y0 + 0.2)))
        for s in (-1, 1):
            end = (s * abs(reach), y0 + 0.3, 0.012 + 0.04 * abs(reach))
            parts.append(tube([(0, y0, 0.015), end], [0.01, 0.003], m, slot))
    return parts


def _leaf(rng: Rng) -> list[Part]:
    """A single broad leaf lying on the ground, its tip raised toward the viewer, folded a
    little along its raised midrib, its veins running out to the edge, its stalk behind."""
    m = at(0, 0.06, 0) @ rot("x", -72) @ scl(0.5, 0.5, 0.5)
    del rng
    return _leaf_blade(m, 0.5)


def _branch(rng: Rng) -> list[Part]:
    """A leafy branch (a bough, a twig) lying across the ground: a woody limb forking into
    twigs, leaves in pairs along them."""
    limb = [(-0.9, 0.06, -0.2), (-0.3, 0.08, -0.05), (0.2, 0.1, 0.05), (0.8, 0.14, 0.1)]
    parts = [tube(limb, [0.06, 0.05, 0.04, 0.02], slot=0, tag="body")]
    twigs = [((-0.3, 0.08, -0.05), (0.0, 0.25, 0.45)), ((0.2, 0.1, 0.05), (0.45, 0.3, -0.4)),
             ((0.2, 0.1, 0.05), (0.55, 0.2, 0.45)), ((-0.6, 0.07, -0.12), (-0.45, 0.3, -0.5))]  # fmt: skip
    ends = [limb[-1]]
    for a, b in twigs:
        parts.append(tube([a, b], [0.025, 0.01], slot=0))
        ends.append(b)
    for a, b in [(limb[1], limb[-1]), *twigs]:
        a, b = np.asarray(a, float), np.asarray(b, float)
        d = (b - a) / np.linalg.norm(b - a)
        for t in (0.45, 0.7, 0.95):
            p = a + (b - a) * t
            for s in (-1, 1):
                side = np.cross(d, [0.0, 1.0, 0.0])
                side = s * side / max(np.linalg.norm(side), 1e-9)
                out = side * 0.8 + d * 0.5 + v3(0, 0.35, 0)
                size = float(rng.uniform(0.09, 0.12))
                m = at(*p) @ align(out) @ rot("y", 90) @ scl(size * 0.9, size, size)
                parts.append(slab(leaf(0.42), 0.02, m @ at(0, 1, 0), "vine", "leaves"))
    return parts


def _stadium(rng: Rng) -> list[Part]:
    """A stadium: an oval bowl of stands rising in rows of seats round a green pitch marked in
    white, floodlight towers at its four corners."""
    oval = scl(1.0, 1.0, 0.66)
    bowl = [(0.56, 0.0), (1.06, 0.0), (1.06, 0.4), (1.0, 0.42), (0.58, 0.07)]
    parts = [lathe(bowl, oval, 0, "body", closed=True)]
    for k in range(6):  # rows of seats up the stands
        t = (k + 0.5) / 6
        parts.append(torus(0.6 + 0.38 * t, 0.012, oval @ at(0, 0.08 + 0.33 * t, 0), 1))
    parts.append(cylinder(0.6, 0.6, 0.03, oval, "vine"))  # the pitch
    parts.append(torus(0.12, 0.006, at(0, 0.032, 0), "snow"))
    parts.append(box(0.012, 0.004, 0.62, at(0, 0.03, 0), "snow"))
    for s in (-1, 1):  # touchlines and goal lines
        parts.append(box(0.78, 0.004, 0.012, at(0, 0.03, s * 0.31), "snow"))
        parts.append(box(0.012, 0.004, 0.62, at(s * 0.39, 0.03, 0), "snow"))
        parts.append(box(0.012, 0.05, 0.08, at(s * 0.42, 0.03, 0), "snow"))  # the goals
    for sx in (-1, 1):
        for sz in (-1, 1):  # floodlights
            x, z = sx * 0.95, sz * 0.62
            parts.append(stick((x, 0.0, z), (x, 0.85, z), 0.014, "steel"))
            face = at(x, 0.88, z) @ align(v3(-x, -0.6, -z)) @ rot("x", 90)
            parts.append(box(0.16, 0.1, 0.03, face, "glow"))
    del rng
    return parts


def _hill(rng: Rng) -> list[Part]:
    """A grassy hill (a hillside, a knoll) on a tile of earth: a broad rounded rise, a lone
    tree on its shoulder, a winding path up it, stones and wild flowers at its foot."""
    parts = _tile()
    parts.append(sphere(1.0, at(-0.05, TOP - 0.04, -0.05) @ scl(0.85, 0.5, 0.75), 0, "body"))
    top = TOP + 0.42
    parts += _tree(0.25, -0.2, 0.55, rng, y=top - 0.07)
    path = [(0.55, TOP + 0.01, 0.75), (0.25, TOP + 0.17, 0.52), (0.05, TOP + 0.32, 0.35),
            (-0.1, top - 0.02, 0.1)]  # fmt: skip
    flat = np.array([[-1.0, -0.25], [1.0, -0.25], [1.0, 0.25], [-1.0, 0.25]])
    parts.append(tube(path, 0.05, slot="cork", shape=flat))
    parts += _stones(0.0, 0.0, 0.88, 0.85, 5, rng)
    parts += _flowers(12, 0.95, rng)
    return parts


def _bars(a: np.ndarray, b: np.ndarray, y0: float, y1: float, n: int) -> list[Part]:
    """A barred side from (x, z) ``a`` to ``b``: a rail at y0 and at y1, ``n`` upright bars."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    parts = [stick((a[0], y, a[1]), (b[0], y, b[1]), 0.018, 0) for y in (y0, y1)]
    for t in np.linspace(0.0, 1.0, n):
        x, z = a + (b - a) * t
        parts.append(stick((x, y0, z), (x, y1, z), 0.01, 0))
    return parts


def _cot_sides(L: float, W: float, y0: float, y1: float) -> list[Part]:
    """The four barred sides of a cot or cradle, L long and W wide, from y0 to y1."""
    c = [(-L / 2, -W / 2), (L / 2, -W / 2), (L / 2, W / 2), (-L / 2, W / 2)]
    parts = []
    for i in range(4):
        parts += _bars(c[i], c[(i + 1) % 4], y0, y1, 10 if i % 2 == 0 else 5)
    return parts


def _cradle(rng: Rng) -> list[Part]:
    """A cradle: a small barred bed on two curved rockers, a hood of fabric over its head
    end, a mattress and a pillow inside."""
    L, W, y0 = 0.9, 0.5, 0.2
    parts = [box(L, 0.04, W, at(0, y0, 0), 0, "body")]
    parts += _cot_sides(L, W, y0, y0 + 0.32)
    for s in (-1, 1):  # the rockers, curving up at each end
        xs = np.linspace(-0.55, 0.55, 7)
        parts.append(tube([(x, 0.02 + 0.25 * (x / 0.55) ** 2, s * W * 0.42) for x in xs], 0.025))
        for x in (-0.3, 0.3):
            parts.append(box(0.04, y0 - 0.03, 0.04, at(x, 0.03, s * W * 0.42), 0))
    for k in range(4):  # the hood: hoops of fabric over the head end
        x = -L / 2 + 0.04 + 0.07 * k
        parts.append(torus(W / 2, 0.025, at(x, y0 + 0.32, 0) @ rot("z", 90), 2))
    parts.append(box(L * 0.94, 0.08, W * 0.94, at(0, y0 + 0.04, 0), 2))
    parts.append(sphere(1.0, at(-L / 2 + 0.16, y0 + 0.16, 0) @ scl(0.09, 0.045, 0.15), 2))
    del rng
    return parts


def _crib(rng: Rng) -> list[Part]:
    """A crib (a cot): a baby's bed with barred sides all round, high on four corner posts, a
    mattress, a pillow and a folded blanket inside."""
    L, W, y0 = 1.0, 0.55, 0.35
    parts = [box(L, 0.04, W, at(0, y0, 0), 0, "body")]
    parts += _cot_sides(L, W, y0, y0 + 0.45)
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(box(0.05, y0 + 0.5, 0.05, at(sx * L / 2, 0, sz * W / 2), 0))
    parts.append(box(L * 0.94, 0.08, W * 0.94, at(0, y0 + 0.04, 0), 2))
    parts.append(sphere(1.0, at(-L / 2 + 0.16, y0 + 0.16, 0) @ scl(0.09, 0.045, 0.15), 2))
    parts.append(box(0.35, 0.05, W * 0.9, at(0.2, y0 + 0.12, 0), 1))
    del rng
    return parts


def _document(rng: Rng) -> list[Part]:
    """A written document (a deed, a certificate, a letter): a sheet of paper lying tilted
    toward the viewer, lines of writing across it, a heading, a signature and a red wax seal."""
    m = at(0, 0.02, -0.3) @ rot("x", -62)
    parts = [box(0.62, 0.84, 0.01, m, 0, "body")]
    parts.append(box(0.36, 0.035, 0.004, m @ at(0, 0.74, 0.006), "marking"))  # the heading
    for k in range(11):  # lines of writing, the last of each paragraph short
        width = 0.48 if k % 4 != 3 else 0.28
        x = -0.24 + width / 2
        parts.append(box(width, 0.014, 0.003, m @ at(x, 0.62 - 0.042 * k, 0.006), "marking"))
    sig = [(0.02, 0.1, 0.006), (0.08, 0.14, 0.006), (0.12, 0.09, 0.006), (0.2, 0.13, 0.006)]
    parts.append(tube(sig, 0.005, m, "marking"))
    parts.append(cylinder(0.06, 0.06, 0.012, m @ at(-0.17, 0.11, 0.008) @ rot("x", 90), "card-red"))
    del rng
    return parts


MORE_APPLIANCES_D = {
    278: _leaf, 279: _branch, 280: _stadium, 281: _hill, 282: _cradle, 283: _crib,
    284: _document,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
