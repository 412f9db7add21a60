"""Things as material: an object made of clockwork, feathers, coral, crystal, leaves, needles,
wire, coins, buttons, berries, chains, keys, teeth, bones, shells, marbles, dice, playing cards,
books, soap bubbles, nails, pencils, matches, spoons, candles, bricks, pebbles, sugar cubes,
clouds, smoke, pasta, seaweed or toy bricks is
covered by instances of that thing, scattered over its surface along the normals, in that
material's slot (so they wear its texture; a match's head, a pencil's point, a book's pages, a
die's pips and a card's suit are specials of their own). Each instance traces to
``materials[i].made_of`` and is tagged with the material's name.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ._geometry import Part, Slot, align, at, rot, scl
from ._parts import Anchor
from ._patterns import PIPS
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import gear, heart, leaf, polygon

__all__ = ["THINGS", "UNDER_SHADE"]

Rng = np.random.Generator


def _spiral(turns: float, n: int = 40) -> np.ndarray:
    t = np.linspace(0.0, turns * 2 * np.pi, n)
    r = 0.2 + 0.8 * t / t[-1]
    return np.stack([r * np.cos(t), np.zeros(n), r * np.sin(t)], 1)


def clockwork(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Gear wheels lying on the surface, and a few coiled clock springs."""
    s, out = a.grain, []
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
    s, out = a.grain, []
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
    s, out = a.grain, []
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
    s, out = a.grain, []
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
    """Broad leaves lying flat over the surface every which way (lifted, they read as a
    dragon's spines along a fox's back)."""
    return _blades(a, rng, slot, "leaves", 44, 0.2, (0.07, 0.11), 6, 0.45)


def needles(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Thin needles bristling out of the surface, leaning every way."""
    return _spikes(a, rng, slot, "needles", 60, 0.3, (0.07, 0.13), (0.006, 0.009), 35, 0.4, 5)


def wire(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Loops and coils of wire lying on the surface."""
    s, out = a.grain, []
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
    s, out = a.grain, []
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
    s, out = a.grain, []
    for p, _ in a.scatter(rng, 40, up_bias=0.3):
        r = s * rng.uniform(0.03, 0.05)
        out.append(sphere(r, at(*p) @ scl(1.0, rng.uniform(0.9, 1.2), 1.0), slot, "berries"))
    return out


def _lying(a: Anchor, rng: Rng, count: int, up_bias: float = 0.2, tilt: float = 12.0):
    """Frames of ``count`` things lying on the surface: local y along the normal, x a seeded
    direction along the surface, each a little tilted."""
    for p, n in a.scatter(rng, count, up_bias=up_bias):
        lean = rot("z", rng.uniform(-tilt, tilt)) @ rot("x", rng.uniform(-tilt, tilt))
        yield at(*p) @ align(n) @ rot("y", rng.uniform(0, 360)) @ lean


def chains(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Runs of interlocked oval links draped over the surface, each link on the surface where
    it lies, every other one turned on its edge."""
    s, out = a.grain, []
    r = 0.022 * s
    for p, n in a.scatter(rng, 10, up_bias=0.2):
        side = np.cross(n, rng.normal(size=3))
        side /= max(float(np.linalg.norm(side)), 1e-9)
        for j in range(-3, 4):
            q, m = a.surface(a.mid, p + side * j * 1.7 * r - a.mid)
            edge = rot("x", 90) if j % 2 else np.eye(4)
            frame = at(*(q + m * 0.3 * r)) @ align(m) @ _facing(m, side)
            out.append(torus(r, 0.24 * r, frame @ edge @ scl(1.35, 1, 0.8), slot, "chains"))
    return out


def _facing(n: np.ndarray, side: np.ndarray) -> np.ndarray:
    """The turn about the normal that points local x along ``side``."""
    frame = align(n)[:3, :3]
    x = frame.T @ side
    return rot("y", float(np.degrees(np.arctan2(-x[2], x[0]))))


def keys(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Old keys lying every which way: a ring bow, a shaft and a toothed bit."""
    s, out = a.grain, []
    for f in _lying(a, rng, 22):
        k = s * rng.uniform(0.14, 0.19)
        out.append(torus(0.17 * k, 0.06 * k, f @ at(-0.33 * k, 0.06 * k, 0), slot, "keys"))
        out.append(box(0.62 * k, 0.1 * k, 0.1 * k, f @ at(0.12 * k, 0.01 * k, 0), slot, "keys"))
        bit = f @ at(0.34 * k, 0.01 * k, 0.1 * k)  # its bit (the teeth are in the texture)
        out.append(box(0.14 * k, 0.1 * k, 0.16 * k, bit, slot, "keys"))
    return out


def teeth(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Teeth set in the surface: blunt molars and pointed fangs, crowns out."""
    s, out = a.grain, []
    for p, n in a.scatter(rng, 50, up_bias=0.2):
        h, r = s * rng.uniform(0.06, 0.09), s * rng.uniform(0.022, 0.03)
        if rng.uniform() < 0.4:  # a fang
            profile = [
                (0.0, 0.0),
                (r, 0.0),
                (r * 0.9, h * 0.5),
                (r * 0.35, h * 1.1),
                (0.0, h * 1.3),
            ]
        else:  # a molar's rounded crown
            profile = [(0.0, 0.0), (r, 0.0), (r * 1.1, h * 0.6), (r * 0.85, h), (0.0, h * 0.95)]
        lean = rot("x", rng.uniform(-15, 15)) @ rot("z", rng.uniform(-15, 15))
        out.append(lathe(profile, at(*p) @ align(n) @ lean @ at(0, -0.2 * h, 0), slot, "teeth"))
    return out


def _long_bones(a: Anchor, rng: Rng, slot: Slot, tag: str, count: int,
                size: tuple[float, float], lift: float) -> list[Part]:  # fmt: skip
    """``count`` long bones lying on the surface, ``lift`` of their length out of it: a shaft
    with a knuckled end at each end."""
    s, out = a.grain, []
    for f in _lying(a, rng, count):
        k = s * rng.uniform(*size)
        out.append(tube([(-0.5 * k, 0, 0), (0, 0, 0), (0.5 * k, 0, 0)],
                        [0.07 * k, 0.055 * k, 0.07 * k], f @ at(0, lift * k, 0), slot, tag))  # fmt: skip
        for x in (-0.5, 0.5):  # the knuckles, a pair of them in one
            knuckle = f @ at(x * k, lift * k, 0) @ scl(0.09 * k, 0.09 * k, 0.16 * k)
            out.append(sphere(1.0, knuckle, slot, tag))
    return out


def bones(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Long bones lying over the surface: a shaft with a knuckled end at each end."""
    return _long_bones(a, rng, slot, "bones", 22, (0.13, 0.18), 0.05)


def shells(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Seashells over the surface: ribbed scallop domes and a few spiral spindles."""
    s, out = a.grain, []
    for k, f in enumerate(_lying(a, rng, 32, tilt=20)):
        size = s * rng.uniform(0.06, 0.09)
        if k % 3:  # a scallop: a low dome of ribs, its hinge on the surface
            dome = [(0.0, 0.0), (0.5, 0.02), (0.8, 0.08), (0.95, 0.18), (0.6, 0.3), (0.0, 0.34)]
            out.append(lathe(dome, f @ scl(size), slot, "shells", sides=int(rng.integers(11, 16))))
        else:
            spindle = [(0.0, 0.0), (0.25, 0.1), (0.5, 0.35), (0.42, 0.55), (0.25, 0.75),
                       (0.1, 0.95), (0.0, 1.1)]  # fmt: skip
            lie = f @ at(0, 0.3 * size, 0) @ rot("z", 90) @ scl(size * 1.3)
            out.append(lathe(spindle, lie, slot, "shells", sides=9))
    return out


def _balls(a: Anchor, rng: Rng, slot: Slot, tag: str, count: int,
           size: tuple[float, float], out_of: float) -> list[Part]:  # fmt: skip
    """Round balls over the surface, ``out_of`` of each showing above it."""
    s, parts = a.grain, []
    for p, n in a.scatter(rng, count, up_bias=0.3):
        r = s * rng.uniform(*size)
        parts.append(sphere(r, at(*(p + n * r * (2 * out_of - 1))), slot, tag))
    return parts


def marbles(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Glass marbles heaped over the surface."""
    return _balls(a, rng, slot, "marbles", 40, (0.025, 0.04), 0.7)


def bubbles(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Soap bubbles of many sizes clinging to the surface."""
    return _balls(a, rng, slot, "bubbles", 36, (0.025, 0.075), 0.75)


def _blocks(a: Anchor, rng: Rng, count: int, dims: tuple[float, float, float],
            vary: float) -> list[tuple[np.ndarray, tuple[float, float, float]]]:  # fmt: skip
    """Frames and sizes of blocks w × h × d (shares of the object's size) lying on the
    surface, a third sunk."""
    s, out = a.grain, []
    for f in _lying(a, rng, count, tilt=15):
        k = s * rng.uniform(1 - vary, 1 + vary)
        w, h, d = (k * x for x in dims)
        out.append((f @ at(0, -0.35 * h, 0), (w, h, d)))
    return out


def dice(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Dice tumbled over the surface, each with the pips of its number on top."""
    out = []
    for f, (w, h, d) in _blocks(a, rng, 24, (0.08, 0.08, 0.08), 0.15):
        out.append(box(w, h, d, f, slot, "dice"))
        for u, v in PIPS[int(rng.integers(1, 7))]:
            pip = (
                f
                @ at((u - 0.5) * w * 0.9, h, (v - 0.5) * d * 0.9)
                @ scl(w * 0.09, w * 0.02, w * 0.09)
            )
            out.append(sphere(1.0, pip, "marking", "dice"))
    return out


def cards(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Playing cards laid over the surface overlapping, each with a red or black suit on its
    face."""
    s, out = a.grain, []
    for f in _lying(a, rng, 30, tilt=25):
        k = s * rng.uniform(0.1, 0.13)
        card = f @ rot("x", -90) @ scl(0.36 * k, 0.5 * k, 0.01 * k)
        out.append(slab(polygon(4, 1.41), 1.0, card @ rot("z", 45), slot, "cards"))
        red = rng.uniform() < 0.5
        mark = (
            f
            @ at(0, 0.012 * k, 0)
            @ rot("x", -90)
            @ scl(0.12 * k, 0.12 * k * (1 if red else -1), 0.004 * k)
        )
        out.append(slab(heart(), 1.0, mark, "card-red" if red else "marking", "cards"))
    return out


def books(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Books lying over the surface, one to three to a stack: covers of its stuff round a block
    of cream pages."""
    s, out = a.grain, []
    for f in _lying(a, rng, 14, up_bias=0.4, tilt=10):
        y = 0.0
        for _ in range(int(rng.integers(1, 4))):
            k = s * rng.uniform(0.13, 0.18)
            w, h, d = 0.7 * k, 0.2 * k, k
            turn = f @ at(0, y, 0) @ rot("y", rng.uniform(-20, 20))
            out.append(box(w, h, d, turn, slot, "books"))
            out.append(
                box(w * 0.97, h * 0.8, d * 0.94, turn @ at(0.03 * w, 0.1 * h, 0), "pages", "books")
            )
            y += h
    return out


def nails(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Nails driven in every which way, their flat heads out."""
    s, out = a.grain, []
    for p, n in a.scatter(rng, 50, up_bias=0.2):
        h, r = s * rng.uniform(0.07, 0.1), s * rng.uniform(0.005, 0.007)
        profile = [(0.0, 0.0), (r, h * 0.1), (r, h * 0.9), (r * 3, h * 0.92), (r * 3, h), (0.0, h)]
        lean = rot("x", rng.uniform(-45, 45)) @ rot("z", rng.uniform(-45, 45))
        out.append(lathe(profile, at(*p) @ align(n) @ lean @ at(0, -0.4 * h, 0), slot, "nails"))
    return out


def pencils(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Pencils lying over the surface: a painted hexagonal body, a sharpened wooden point and
    its lead."""
    s, out = a.grain, []
    for f in _lying(a, rng, 24, tilt=8):
        k, r = s * rng.uniform(0.12, 0.17), s * 0.008
        lie = f @ at(0, r, 0) @ rot("z", -90) @ at(0, -0.5 * k, 0)
        out.append(lathe([(0.0, 0.0), (r, 0.0), (r, 0.85 * k), (0.0, 0.85 * k)], lie, slot,
                         "pencils", sides=6))  # fmt: skip
        point = lie @ at(0, 0.85 * k, 0)  # sharpened (its lead is in the texture)
        out.append(cylinder(r, 0.0, 0.15 * k, point, "pencil-wood", "pencils"))
    return out


def matches(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Matchsticks lying every which way, each with its red head."""
    s, out = a.grain, []
    for f in _lying(a, rng, 48, tilt=10):
        k = s * rng.uniform(0.1, 0.13)
        out.append(box(k, 0.05 * k, 0.05 * k, f, slot, "matches"))
        head = f @ at(0.5 * k, 0.025 * k, 0) @ scl(0.07 * k, 0.05 * k, 0.05 * k)
        out.append(sphere(1.0, head, "match-head", "matches"))
    return out


def spoons(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Spoons lying over the surface: a tapering handle and an oval bowl."""
    s, out = a.grain, []
    for f in _lying(a, rng, 28, tilt=10):
        k = s * rng.uniform(0.15, 0.2)
        out.append(tube([(-0.5 * k, 0.03 * k, 0), (0.0, 0.02 * k, 0), (0.2 * k, 0.03 * k, 0)],
                        [0.035 * k, 0.025 * k, 0.02 * k], f, slot, "spoons"))  # fmt: skip
        out.append(
            sphere(
                1.0,
                f @ at(0.34 * k, 0.03 * k, 0) @ scl(0.16 * k, 0.04 * k, 0.11 * k),
                slot,
                "spoons",
            )
        )
    return out


def candles(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Candles standing on whatever faces up, each with its wick and a small flame."""
    s, out = a.grain, []
    for p, n in a.scatter(rng, 18, up_bias=1.5):
        h, r = s * rng.uniform(0.07, 0.12), s * rng.uniform(0.014, 0.02)
        base = at(*p) @ align(0.3 * n + np.array([0.0, 1.0, 0.0]))
        out.append(cylinder(r, r, h, base @ at(0, -0.2 * h, 0), slot, "candles"))
        out.append(
            cylinder(0.12 * r, 0.1 * r, 0.15 * h, base @ at(0, 0.8 * h, 0), "marking", "candles")
        )
        flame = base @ at(0, 0.95 * h + 0.9 * r, 0) @ scl(0.55 * r, 1.1 * r, 0.55 * r)
        out.append(sphere(1.0, flame, "flame", "candles"))
    return out


def bricks(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Loose bricks laid over the surface."""
    return [box(w, h, d, f, slot, "bricks")
            for f, (w, h, d) in _blocks(a, rng, 26, (0.1, 0.035, 0.05), 0.1)]  # fmt: skip


def pebbles(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Smooth flat pebbles heaped over the surface."""
    s, out = a.grain, []
    for f in _lying(a, rng, 40, tilt=20):
        r = s * rng.uniform(0.025, 0.045)
        out.append(
            sphere(
                r, f @ scl(1.0, rng.uniform(0.35, 0.55), rng.uniform(0.7, 0.95)), slot, "pebbles"
            )
        )
    return out


def clouds(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Billows of cloud bulging out all over it, big and small, so its outline is soft and
    lumpy: a thing made of clouds, not a white thing."""
    s, out = a.grain, []
    thin = 1.2 * float(a.ext.min())  # (on a flat thing, a scarf, no puff thicker than it)
    for p, n in a.scatter(rng, 48, up_bias=0.3):
        r = min(s * rng.uniform(0.06, 0.12), thin * rng.uniform(0.7, 1.0))
        c = np.asarray(p) + np.asarray(n) * 0.35 * r
        out.append(sphere(r, at(*c) @ scl(1.0, rng.uniform(0.75, 0.95), 1.0), slot, "cloud"))
    return out


def bone(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """A thing carved from bone: a few knuckled bones set into it here and there, so its
    stuff reads as bone (ivory alone read as pale wood or sandstone)."""
    return _long_bones(a, rng, slot, "bone", 9, (0.12, 0.16), 0.02)


def smoke(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Wisps of smoke curling up off it all over, each a trail of soft puffs that swell and
    drift as they rise (a smooth grey see-through thing read as frosted glass)."""
    s, out = a.grain, []
    thin = 0.5 * float(np.sort(a.ext)[1])  # (a thin thing's wisps no thicker than it)
    for p, n in a.scatter(rng, 12, up_bias=1.0):
        c = np.asarray(p, dtype=float) + np.asarray(n) * 0.01 * s
        r = min(s * rng.uniform(0.012, 0.018), 0.15 * thin)
        drift = np.array([rng.normal(), 0.0, rng.normal()]) * 0.4
        for k in range(6):
            puff = at(*c) @ rot("y", rng.uniform(0, 360)) @ scl(1.0, 1.3, 1.0)
            out.append(sphere(r, puff, slot, "smoke"))
            c = c + (np.array([0.0, 1.0, 0.0]) + drift * (k + 1) * 0.3) * r * 1.3
            r *= 1.25
    return out


def pasta(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Strands of spaghetti lying over it in loose waves and loops, every which way."""
    s, out = a.grain, []
    t = np.linspace(0.0, 1.0, 24)
    for f in _lying(a, rng, 40, up_bias=0.2, tilt=6):
        waves, amp = rng.uniform(1.5, 3.0), rng.uniform(0.06, 0.14)
        path = np.stack([t - 0.5, 0.02 * np.sin(t * 7.0), amp * np.sin(t * waves * 2 * np.pi)], 1)
        out.append(tube(path, 0.018, f @ scl(s * rng.uniform(0.3, 0.45)), slot, "pasta"))
    return out


def seaweed(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Long ribbons of kelp hanging off it, lifting at their tips as if in water."""
    return _blades(a, rng, slot, "seaweed", 24, 0.4, (0.14, 0.22), 30, 0.25)


def toy_bricks(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Toy bricks clicked on all over it, each with its four round studs on top."""
    out = []
    for f, (w, h, d) in _blocks(a, rng, 30, (0.07, 0.045, 0.07), 0.0):
        out.append(box(w, h, d, f, slot, "toy bricks"))
        for u in (-0.25, 0.25):
            for v in (-0.25, 0.25):
                stud = f @ at(u * w, h, v * d)
                out.append(cylinder(0.15 * w, 0.15 * w, 0.3 * h, stud, slot, "toy bricks"))
    return out


def sugar_cubes(a: Anchor, rng: Rng, slot: Slot) -> list[Part]:
    """Sugar cubes tumbled over the surface."""
    return [box(w, h, d, f, slot, "sugar cubes")
            for f, (w, h, d) in _blocks(a, rng, 64, (0.06, 0.06, 0.06), 0.1)]  # fmt: skip


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
    "chains": chains,
    "keys": keys,
    "teeth": teeth,
    "bones": bones,
    "shells": shells,
    "marbles": marbles,
    "dice": dice,
    "cards": cards,
    "books": books,
    "bubbles": bubbles,
    "nails": nails,
    "pencils": pencils,
    "matches": matches,
    "spoons": spoons,
    "candles": candles,
    "bricks": bricks,
    "pebbles": pebbles,
    "sugar cubes": sugar_cubes,
    "cloud": clouds,
    "smoke": smoke,
    "bone": bone,
    "pasta": pasta,
    "seaweed": seaweed,
    "toy bricks": toy_bricks,
}
"""Materials that are things, and how they cover an object."""

UNDER_SHADE = frozenset({"dice", "spoons", "nails", "coins"})
"""Things whose object shows in a darker shade of their stuff under them (the gaps between
them), else they would melt into it: a bird of spoons is spoons on dark silver. (Keys, bones,
teeth, shells, pencils, matches, books, sugar cubes and chains need not: their texture is a
heap of them on a dark ground.)"""
