"""Things as material: an object made of clockwork, feathers, coral or crystal is covered by
instances of that thing, scattered over its surface along the normals, in that material's slot
(so they wear its texture). Each instance traces to ``materials[i].made_of`` and is tagged with
the material's name.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ._geometry import Part, Slot, align, at, rot, scl
from ._parts import Anchor
from ._primitives import lathe, slab, tube
from ._shapes import gear, leaf

__all__ = ["THINGS"]

Rng = np.random.Generator


def _spiral(turns: float, n: int = 40) -> np.ndarray:
    t = np.linspace(0.0, turns * 2 * np.pi, n)
    r = 0.2 + 0.8 * t / t[-1]
    return np.stack([r * np.cos(t), np.zeros(n), r * np.sin(t)], 1)


def clockwork(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Gear wheels lying on the surface, and a few coiled clock springs."""
    s, out = a.size, []
    for p, n in a.scatter(rng, 18, up_bias=0.2):
        r = s * rng.uniform(0.06, 0.11)
        outline = gear(int(rng.integers(8, 14)), 0.22)
        tilt = rot("z", rng.uniform(-30, 30))
        place = at(*p) @ align(n) @ tilt @ at(0, 0.1 * r, 0) @ rot("x", 90) @ scl(r)
        out.append(slab(outline, 0.25, place, slot, "clockwork"))
    for p, n in a.scatter(rng, 6):
        place = at(*p) @ align(n) @ at(0, 0.02 * s, 0) @ scl(s * rng.uniform(0.06, 0.1))
        out.append(tube(_spiral(rng.uniform(2.5, 4.0)), 0.07, place, slot, "clockwork"))
    return out


def feathers(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Vanes lying over the surface, pointing down and back like plumage."""
    s, out = a.size, []
    for p, n in a.scatter(rng, 40, up_bias=0.3):
        length = s * rng.uniform(0.07, 0.12)
        # The vane lies on the surface (its face along the normal), lifted 15° at the tip.
        lie = align(n) @ rot("y", rng.uniform(0, 360)) @ rot("x", -75)
        place = at(*p) @ lie @ scl(length * 0.45, length * 0.5, 1.0) @ at(0, 0.9, 0)
        out.append(slab(leaf(0.32), 0.004 * s, place, slot, "feathers"))
    return out


def coral(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Branching coral sprouting along the normals."""
    s, out = a.size, []
    for p, n in a.scatter(rng, 22, up_bias=0.8):
        h, r = s * rng.uniform(0.1, 0.18), s * rng.uniform(0.01, 0.016)
        bend = rng.normal(size=3) * 0.3
        pts = [np.zeros(3), np.array([0, 0.5, 0]) + bend * 0.3, np.array([0, 1.0, 0]) + bend]
        base = at(*p) @ align(n) @ scl(h)
        out.append(tube(pts, [r / h, r / h * 0.8, r / h * 0.5], base, slot, "coral"))
        for side in (-1, 1):
            twig = [pts[1], pts[1] + np.array([0.3 * side, 0.35, 0.1 * side])]
            out.append(tube(twig, [r / h * 0.6, r / h * 0.3], base, slot, "coral"))
    return out


def crystal(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Pointed hexagonal crystals growing out of the surface."""
    s, out = a.size, []
    for p, n in a.scatter(rng, 18, up_bias=0.5):
        h, r = s * rng.uniform(0.08, 0.16), s * rng.uniform(0.015, 0.025)
        tilt = rot("x", rng.uniform(-20, 20)) @ rot("z", rng.uniform(-20, 20))
        profile = [(0.0, 0.0), (r, 0.0), (r, h * 0.75), (0.0, h)]
        out.append(lathe(profile, at(*p) @ align(n) @ tilt, slot, "crystal", sides=6))
    return out


THINGS: dict[str, Callable[[Anchor, Rng, Slot], list[Part]]] = {
    "clockwork": clockwork,
    "feathers": feathers,
    "coral": coral,
    "crystal": crystal,
}
"""Materials that are things, and how they cover an object."""
