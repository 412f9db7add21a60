"""Things as material: an object made of clockwork, feathers, coral, crystal, leaves, needles,
wire, coins, buttons or berries is covered by instances of that thing, scattered over its surface along the normals, in that material's slot
(so they wear its texture). Each instance traces to ``materials[i].made_of`` and is tagged with
the material's name.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ._geometry import Part, Slot, align, at, rot, scl
from ._parts import Anchor
from ._primitives import lathe, slab, sphere, torus, tube
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


def _blades(a: Anchor, rng: Rng, slot: Slot, tag: str, count: int, up_bias: float,
            length: tuple[float, float], lift: float, width: float) -> list[Part]:  # fmt: skip
    """Flat pointed blades (vanes, leaves) lying on the surface, their tips lifted ``lift``°."""
    s, out = a.size, []
    for p, n in a.scatter(rng, count, up_bias=up_bias):
        size = s * rng.uniform(*length)
        # The blade lies on the surface (its face along the normal), lifted at the tip.
        lie = align(n) @ rot("y", rng.uniform(0, 360)) @ rot("x", lift - 90)
        place = at(*p) @ lie @ scl(size * 0.45, size * 0.5, 1.0) @ at(0, 0.9, 0)
        out.append(slab(leaf(width), 0.004 * s, place, slot, tag))
    return out


def feathers(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Vanes lying over the surface, pointing down and back like plumage."""
    return _blades(a, rng, slot, "feathers", 40, 0.3, (0.07, 0.12), 15, 0.32)


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


def _spikes(a: Anchor, rng: Rng, slot: Slot, tag: str, count: int, up_bias: float,
            height: tuple[float, float], radius: tuple[float, float], lean: float,
            shoulder: float, sides: int) -> list[Part]:  # fmt: skip
    """Pointed prisms growing out of the surface, leaning up to ``lean``° off the normal; the
    side narrows to ``shoulder`` of the base radius three quarters up, then to the point."""
    s, out = a.size, []
    for p, n in a.scatter(rng, count, up_bias=up_bias):
        h, r = s * rng.uniform(*height), s * rng.uniform(*radius)
        tilt = rot("x", rng.uniform(-lean, lean)) @ rot("z", rng.uniform(-lean, lean))
        profile = [(0.0, 0.0), (r, 0.0), (r * shoulder, h * 0.75), (0.0, h)]
        out.append(lathe(profile, at(*p) @ align(n) @ tilt, slot, tag, sides=sides))
    return out


def crystal(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Pointed hexagonal crystals growing out of the surface."""
    return _spikes(a, rng, slot, "crystal", 18, 0.5, (0.08, 0.16), (0.015, 0.025), 20, 1.0, 6)


def leaves(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Broad leaves lying over the surface every which way, their tips lifted a little."""
    return _blades(a, rng, slot, "leaves", 36, 0.2, (0.08, 0.13), 20, 0.45)


def needles(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Thin needles bristling out of the surface, leaning every way."""
    return _spikes(a, rng, slot, "needles", 60, 0.3, (0.07, 0.13), (0.006, 0.009), 35, 0.4, 5)


def wire(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Loops and coils of wire lying on the surface."""
    s, out = a.size, []
    for p, n in a.scatter(rng, 12, up_bias=0.2):
        place = at(*p) @ align(n) @ rot("y", rng.uniform(0, 360)) @ scl(s * rng.uniform(0.05, 0.09))
        out.append(tube(_spiral(rng.uniform(3.0, 5.0), 60), 0.035, place, slot, "wire"))
    for p, n in a.scatter(rng, 8):
        r = s * rng.uniform(0.04, 0.07)
        tilt = rot("x", rng.uniform(60, 90)) @ rot("z", rng.uniform(-30, 30))
        out.append(torus(r, s * 0.004, at(*p) @ align(n) @ tilt, slot, "wire"))
    return out


def _discs(a: Anchor, rng: Rng, slot: Slot, tag: str, count: int, size: tuple[float, float],
           bevel: float) -> list[Part]:  # fmt: skip
    """Flat round discs lying on the surface, a little tilted, slightly overlapping."""
    s, out = a.size, []
    for p, n in a.scatter(rng, count, up_bias=0.2):
        r = s * rng.uniform(*size)
        tilt = rot("x", rng.uniform(-15, 15)) @ rot("z", rng.uniform(-15, 15))
        profile = [
            (0.0, 0.0),
            (r, 0.0),
            (r, r * 0.12),
            (r * (1 - bevel), r * 0.18),
            (0.0, r * 0.16),
        ]
        out.append(lathe(profile, at(*p) @ align(n) @ tilt, slot, tag))
    return out


def coins(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Coins lying on the surface, overlapping like scales."""
    return _discs(a, rng, slot, "coins", 40, (0.035, 0.055), 0.08)


def buttons(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Buttons of several sizes sewn over the surface."""
    return _discs(a, rng, slot, "buttons", 30, (0.03, 0.06), 0.3)


def berries(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Round berries heaped over the surface, half sunk into it."""
    s, out = a.size, []
    for p, _ in a.scatter(rng, 40, up_bias=0.3):
        r = s * rng.uniform(0.03, 0.05)
        out.append(sphere(r, at(*p) @ scl(1.0, rng.uniform(0.9, 1.2), 1.0), slot, "berries"))
    return out


THINGS: dict[str, Callable[[Anchor, Rng, Slot], list[Part]]] = {
    "clockwork": clockwork,
    "feathers": feathers,
    "coral": coral,
    "crystal": crystal,
    "leaves": leaves,
    "needles": needles,
    "wire": wire,
    "coins": coins,
    "buttons": buttons,
    "berries": berries,
}
"""Materials that are things, and how they cover an object."""
