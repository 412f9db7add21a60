"""Shape families, second part: plants (tree, shrub, flower, cactus, fruit), turned vessels,
furniture, seats, cabinets, containers and vehicles (wheeled, boat, aircraft, rocket)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ._appliances_b import VEHICLES
from ._families_a import FamilyBuilder, Params, ellipsoid, rockers, stick
from ._food import dish
from ._geometry import Part, Slot, Sweep, align, at, build_part, rot, scl, segs, v3
from ._kit import cart_wheel
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import leaf, star

__all__ = ["BUILDERS_FB"]

Rng = np.random.Generator

_HALF_DISC = [(float(np.cos(t)), float(np.sin(t))) for t in np.linspace(0, np.pi, 11)]
"""A half-disc outline, flat side down, for slabs: a chest's lid, a wagon's canvas."""


def _loaf() -> list[Part]:
    """A loaf of bread: a domed oblong on a flat bottom with rounded ends, its crust scored
    across with pale slashes."""
    section = [(-0.17, 0.0), (0.17, 0.0), (0.19, 0.05), (0.18, 0.12), (0.13, 0.19), (0.0, 0.215),
               (-0.13, 0.19), (-0.18, 0.12), (-0.19, 0.05)]  # fmt: skip
    parts = [slab(section, 0.6, None, 0, "body")]
    for s in (-1, 1):  # the rounded ends
        parts.append(ellipsoid((0, 0.1, s * 0.3), 0.18, 0.105, 0.12, 0))
    for z in (-0.17, 0.0, 0.17):
        parts.append(box(0.2, 0.012, 0.035, at(0, 0.207, z) @ rot("y", 35), 2))
    return parts


def _bonsai(rng: Rng) -> list[Part]:
    """A bonsai: a little gnarled trunk twisting up out of a shallow glazed pot, its branches
    reaching out sideways to flat pads of foliage, moss on the soil."""
    parts = [
        box(0.8, 0.16, 0.5, None, "glaze", "body"),  # the pot
        box(0.74, 0.02, 0.44, at(0, 0.155, 0), "soil"),
    ]
    for x in (-0.3, 0.3):
        for z in (-0.16, 0.16):
            parts.append(box(0.08, 0.04, 0.08, at(x, -0.03, z), "glaze"))  # its feet
    trunk = [(0.05, 0.16, 0.0), (-0.08, 0.35, 0.03), (0.06, 0.55, -0.02), (-0.04, 0.72, 0.02)]
    parts.append(tube(trunk, [0.07, 0.055, 0.04, 0.025], slot=1))
    pads = [
        (-0.32, 0.5, 0.05, 0.2),
        (0.3, 0.62, -0.05, 0.18),
        (-0.05, 0.82, 0.0, 0.2),
        (0.18, 0.4, 0.12, 0.14),
    ]
    for x, y, z, r in pads:
        start = trunk[1] if y < 0.6 else trunk[2]
        parts.append(
            tube(
                [start, ((start[0] + x) / 2, y - 0.04, (start[2] + z) / 2), (x, y - 0.02, z)],
                [0.025, 0.02, 0.015],
                slot=1,
            )
        )
        parts.append(ellipsoid((x, y, z), r, 0.07, r * 0.8, 0))
        parts.append(ellipsoid((x + 0.05, y + 0.04, z - 0.03), r * 0.6, 0.05, r * 0.5, 0))
    del rng
    return parts


def _bare_tree(rng: Rng) -> list[Part]:
    """A dead or leafless tree: a gnarled trunk forking into crooked boughs that fork again
    into bare twigs, no leaves at all, its roots gripping the ground."""
    parts: list[Part] = []

    def grow(base: np.ndarray, d: np.ndarray, length: float, r: float, depth: int) -> None:
        bend = d + rng.normal(size=3) * 0.25
        bend[1] = abs(bend[1]) + 0.2
        bend /= np.linalg.norm(bend)
        mid = base + d * length * 0.5 + rng.normal(size=3) * length * 0.08
        end = base + bend * length
        parts.append(tube([base, mid, end], [r, r * 0.8, r * 0.6], slot=0,
                          tag="body" if depth == 0 else ""))  # fmt: skip
        if depth >= 3:
            return
        for k in range(2 if depth else 3):
            a = rng.uniform(0, 2 * np.pi) if depth else 2 * np.pi * k / 3 + rng.uniform(-0.3, 0.3)
            side = np.array([np.cos(a), 0.0, np.sin(a)])
            child = bend * 0.55 + side * 0.6
            grow(end, child / np.linalg.norm(child), length * 0.62, r * 0.55, depth + 1)

    grow(np.zeros(3), np.array([0.0, 1.0, 0.0]), 0.75, 0.09, 0)
    for k in range(4):  # roots
        a = 2 * np.pi * k / 4 + 0.4
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        parts.append(tube([(0, 0.12, 0), tuple(d * 0.15 + (0, 0.02, 0)), tuple(d * 0.3)],
                          [0.05, 0.03, 0.0], slot=0))  # fmt: skip
    return parts


def tree(p: Params, rng: Rng) -> list[Part]:
    """Trunk and branches under a round or conical crown; no branches: a palm's fronds;
    conical with ``pattern``, a Christmas tree hung with baubles under a star; round with a
    ``pattern``, a fruit tree (the pattern is the fruit's colour); cut down to its growth
    ``rings``, a stump; in a pot (``handles``: its rim), a bonsai; round with a ``flare``, a
    weeping willow's strands falling round it; round and wide (``width``), an oak's broad dome
    on long level boughs; bare (``spines``), a dead tree's crooked leafless boughs; tapering
    (``taper``), a tall narrow column of leaves (pointed if a ``conifer``: a cypress; blunt: a
    Lombardy poplar)."""
    if p("rings", 0.0) >= 0.5:
        return _stump(rng)
    if p.count("handles", 0) >= 1:
        return _bonsai(rng)
    if p("spines", 0.0) >= 0.5:
        return _bare_tree(rng)
    parts = _tree(p, rng)
    if p("conifer", 0.0) >= 0.5 and p("pattern", 0.0) >= 0.5:
        parts += _decorations(p, rng)
    elif p("pattern", 0.0) >= 0.5 and p.count("branches", 5) > 0:
        parts += _fruit(parts, p("pattern", 0.0), rng)
    return parts


def _fruit(crown: list[Part], pattern: float, rng: Rng) -> list[Part]:
    """Fruit hanging over a round crown, in the colour ``pattern`` gives (red, orange, yellow,
    green), just proud of the leaves."""
    slot = "fruit-" + ("red" if pattern < 0.65 else "orange" if pattern < 0.8 else
                       "yellow" if pattern < 0.95 else "green")  # fmt: skip
    v = np.concatenate([build_part(p, 0.3).verts for p in crown if p.slot == 0])
    mid = v.mean(0)
    reach = np.linalg.norm((v - mid) * (1, 0.6, 1), axis=1)  # the outside, round its middle
    outside = v[(reach > 0.8 * reach.max()) & (v[:, 1] < mid[1] + 0.1)]
    picks = outside[rng.choice(len(outside), size=min(26, len(outside)), replace=False)]
    return [sphere(0.055, at(*c), slot) for c in picks]


def _stump(rng: Rng) -> list[Part]:
    """A tree stump: a short trunk flaring into roots, its cut top showing the pale wood and
    its growth rings, a shoot of leaves at its side."""
    parts = [
        lathe([(0.0, 0.0), (0.42, 0.0), (0.33, 0.08), (0.3, 0.3), (0.0, 0.3)], None, 1, "body")
    ]
    parts.append(cylinder(0.285, 0.285, 0.02, at(0, 0.3, 0), 0))  # the cut face
    for k in range(3):
        parts.append(torus(0.07 + 0.07 * k, 0.006, at(0, 0.32, 0), "marking"))
    for k in range(5):
        a = 2 * np.pi * k / 5 + rng.uniform(-0.3, 0.3)
        parts.append(tube([(0.25 * np.cos(a), 0.08, 0.25 * np.sin(a)), (0.5 * np.cos(a), 0.0, 0.5 * np.sin(a))],
                          [0.07, 0.02], slot=1))  # fmt: skip
    return parts


def _decorations(p: Params, rng: Rng) -> list[Part]:
    """Baubles in three colours over a conical crown, a garland of lights, a star on top."""
    h = 0.8 + 0.6 * p("height", 0.5)
    out: list[Part] = []
    colours = ("rainbow-red", "rainbow-yellow", "rainbow-blue")
    for k in range(24):  # on the skirts of the crown's four cones (as ``_tree`` stacks them)
        tier = k % 4
        t = rng.uniform(0.05, 0.6)
        r = 0.42 * (1 - tier / 4.5) * (1 - t) + 0.02
        a = rng.uniform(0, 2 * np.pi)
        y = h * 0.25 + tier * h * 0.22 + t * h * 0.4
        out.append(sphere(0.035, at(r * np.cos(a), y, r * np.sin(a)), colours[k % 3]))
    top = h * 0.25 + 3 * h * 0.22 + h * 0.4
    out.append(slab(star(5, 0.45), 0.03, at(0, top + 0.07, 0) @ scl(0.1), "glow"))
    return out


def _tree(p: Params, rng: Rng) -> list[Part]:
    height, conifer, branches = p("height", 0.5), p("conifer", 0.0), p.count("branches", 5)
    h = 0.8 + 0.6 * height
    lean = rng.uniform(-0.05, 0.05)
    parts = [
        tube([(0, 0, 0), (lean, h * 0.5, 0), (0, h, 0)], [0.09, 0.06, 0.035], slot=1, tag="body")
    ]
    if p("taper", 0.0) >= 0.5:  # a column of leaves (a cypress, a Lombardy poplar)
        return [parts[0], *_column_crown(h, conifer > 0.5)]
    if branches == 0:  # a palm
        for i in range(9):
            a = np.radians(i * 40 + rng.uniform(-10, 10))
            d = np.array([np.cos(a), 0, np.sin(a)])
            pts = [(0, h, 0), d * 0.25 + (0, h + 0.08, 0), d * 0.5 + (0, h - 0.05, 0)]
            parts.append(tube(pts, [0.025, 0.018, 0.0], slot=0))
            m = (
                at(*(d * 0.3 + (0, h + 0.02, 0)))
                @ rot("y", -np.degrees(a) + 90)
                @ rot("x", 80)
                @ scl(0.12, 0.3, 0.3)
            )
            parts.append(slab(leaf(0.3), 0.05, m, 0))
        return parts
    for i in range(branches if conifer <= 0.5 else 0):  # (a conifer's are in its cones: they
        # stuck out of them as bare sticks)
        a = np.radians(i * 360 / branches + rng.uniform(-15, 15))
        y0 = h * rng.uniform(0.45, 0.75)
        tip = (0.3 * np.cos(a), y0 + 0.25, 0.3 * np.sin(a))
        parts.append(tube([(lean * 0.5, y0, 0), tip], [0.035, 0.012], slot=1))
    if conifer > 0.5:
        for k in range(4):
            y = h * 0.25 + k * h * 0.22
            r = 0.42 * (1 - k / 4.5)
            parts.append(cylinder(r, 0.0, h * 0.4, at(0, y, 0), 0, "body" if k == 0 else ""))
    elif p("width", 0.0) >= 0.7:  # broad and spreading (an oak, a chestnut): a low dome of
        # leafy clumps far wider than tall over a stout trunk and long level boughs
        parts[0] = tube([(0, 0, 0), (lean, h * 0.4, 0), (0, h * 0.75, 0)], [0.15, 0.11, 0.08],
                        slot=1, tag="body")  # fmt: skip
        for i in range(5):
            a = np.radians(i * 72 + rng.uniform(-10, 10))
            d = np.array([np.cos(a), 0.0, np.sin(a)])
            parts.append(tube([(0, h * 0.55, 0), d * 0.35 + (0, h * 0.75, 0), d * 0.62 + (0, h * 0.85, 0)],
                              [0.06, 0.04, 0.015], slot=1))  # fmt: skip
        for i in range(13):
            a = np.radians(i * 360 / 12 + rng.uniform(0, 20))
            rr = 0.0 if i == 12 else rng.uniform(0.35, 0.62)
            c = (
                rr * np.cos(a),
                h * 0.88 + rng.uniform(-0.03, 0.12) + 0.12 * (i == 12),
                rr * np.sin(a),
            )
            r = 0.4 if i == 12 else rng.uniform(0.22, 0.3)
            parts.append(sphere(r, at(*c) @ scl(1, 0.75, 1), 0))
    else:
        for i in range(8):
            a = np.radians(i * 45 + rng.uniform(0, 30))
            rr = 0.0 if i == 0 else rng.uniform(0.2, 0.32)
            c = (rr * np.cos(a), h + 0.05 + rng.uniform(-0.08, 0.15), rr * np.sin(a))
            parts.append(sphere(0.38 if i == 0 else rng.uniform(0.2, 0.28), at(*c), 0))
        if p("flare", 0.0) >= 0.5:  # weeping: curtains of leafy strands falling from the crown
            for i in range(26):
                a = np.radians(i * 360 / 26 + rng.uniform(-5, 5))
                d = np.array([np.cos(a), 0.0, np.sin(a)])
                r = rng.uniform(0.3, 0.42)
                fall = [d * r + (0, h + 0.2, 0), d * (r + 0.16) + (0, h - 0.05, 0),
                        d * (r + 0.2) + (0, h * rng.uniform(0.15, 0.35), 0)]  # fmt: skip
                parts.append(tube(fall, [0.045, 0.035, 0.012], slot=0))
    return parts


def _column_crown(h: float, pointed: bool) -> list[Part]:
    """A tall narrow crown from near the ground, rounded at its foot, widest a third of the
    way up and drawn to a point (a cypress's flame) or a blunt top (a poplar's), in lobes."""
    top = 2.4 * h
    prof = [(0.0, 0.12 * h), (0.12, 0.16 * h), (0.2, 0.45 * h), (0.21, 0.8 * h),
            (0.17, 1.4 * h), (0.09 if pointed else 0.13, 2.0 * h),
            (0.0, top if pointed else 2.2 * h)]  # fmt: skip
    t = np.linspace(0.0, 2 * np.pi, 72, endpoint=False)
    r = 1.0 + 0.08 * np.cos(7 * t) + 0.04 * np.cos(13 * t + 1.0)
    lobes = np.stack([r * np.cos(t), r * np.sin(t)], 1)
    return [lathe(prof, None, 0, "crown", shape=lobes)]


def _tumbleweed(rng: Rng) -> list[Part]:
    """A tumbleweed: a loose ball of dry, tangled twigs curving round and through it."""
    parts = [sphere(0.12, at(0, 0.36, 0), 0, "body")]
    for _ in range(28):
        a = rng.normal(size=(4, 3))
        a /= np.linalg.norm(a, axis=1, keepdims=True)
        pts = 0.34 * a * rng.uniform(0.75, 1.05, (4, 1)) + v3(0, 0.36, 0)
        parts.append(tube(pts, 0.008, slot=0))
    return parts


def shrub(p: Params, rng: Rng) -> list[Part]:
    """A low mound of leafy clumps on a few stems (taller: a grass tuft or a vine); in a pot
    (``handles``: its rim), a potted plant; feathery (``fur``), a fern's arching fronds; all
    dry twigs (``spines``), a tumbleweed."""
    height, width = p("height", 0.4), p("width", 0.7)
    parts = []
    if p("fur", 0.0) >= 0.5:
        return _fern(rng)
    if p("spines", 0.0) >= 0.5:
        return _tumbleweed(rng)
    if p.count("handles", 0) >= 1:  # a pot under it, the clumps rising out of its soil
        pot = [(0.0, 0.0), (0.2, 0.0), (0.27, 0.3), (0.3, 0.3), (0.3, 0.34), (0.0, 0.34)]
        parts.append(lathe(pot, None, 1, "body"))
        parts.append(cylinder(0.26, 0.26, 0.02, at(0, 0.32, 0), "marking"))  # the soil
        for _ in range(7):
            a = rng.uniform(0, 2 * np.pi)
            c = (0.12 * np.cos(a), 0.55 + rng.uniform(0, 0.25), 0.12 * np.sin(a))
            parts.append(stick((0, 0.3, 0), c, 0.012, 0))
            parts.append(ellipsoid(c, 0.13, 0.1, 0.13, 0))
        return parts
    # a bush: a dense irregular dome of many small leafy clumps packed together over a few
    # woody stems, leaves standing out all over its surface
    rx, ry = 0.3 + 0.25 * width, 0.25 + 0.35 * height
    for k in range(5):
        a = 2 * np.pi * k / 5 + rng.uniform(-0.3, 0.3)
        top = (0.5 * rx * np.cos(a), ry * 0.6, 0.5 * rx * np.sin(a))
        parts.append(tube([(0.0, 0.0, 0.0), (0.2 * top[0], 0.15, 0.2 * top[2]), top],
                          [0.022, 0.016, 0.01], slot=1))  # fmt: skip
    n = 16 + int(8 * width)
    for i in range(n):
        # points over a dome, the lower ones out at its rim
        u, a = rng.uniform(0.0, 1.0), rng.uniform(0, 2 * np.pi)
        e = np.arcsin(u)
        c = v3(
            rx * 0.75 * np.cos(e) * np.cos(a),
            0.12 + ry * np.sin(e),
            rx * 0.75 * np.cos(e) * np.sin(a),
        )
        r = float(rng.uniform(0.11, 0.16))
        parts.append(ellipsoid(tuple(c), r, r * 0.85, r, 0, "body" if i == 0 else ""))
    for _ in range(34):  # leaves standing out over it
        u, a = rng.uniform(0.05, 1.0), rng.uniform(0, 2 * np.pi)
        e = np.arcsin(u)
        d = v3(np.cos(e) * np.cos(a), np.sin(e), np.cos(e) * np.sin(a))
        c = v3(0.0, 0.12, 0.0) + d * v3(rx * 0.75 + 0.12, ry + 0.1, rx * 0.75 + 0.12)
        m = at(*c) @ align(d) @ rot("y", rng.uniform(0, 360)) @ rot("x", -35) @ scl(0.035, 0.06, 1)
        parts.append(slab(leaf(0.5), 0.01, m @ at(0, 0.6, 0), 0))
    return parts


def _fern(rng: Rng) -> list[Part]:
    """A fern: fronds arching up and out from its heart and down again, pairs of leaflets along
    each, smaller towards the tip."""
    parts: list[Part] = []
    up = np.array([0.0, 1.0, 0.0])
    for k in range(11):
        a = 2 * np.pi * k / 11 + rng.uniform(-0.2, 0.2)
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        length = rng.uniform(0.45, 0.6)

        def along(t: float, d=d, length=length) -> np.ndarray:
            return d * length * t + up * (0.5 * length * np.sin(np.pi * 0.8 * t) + 0.02)

        spine = [tuple(along(t)) for t in np.linspace(0.0, 1.0, 6)]
        parts.append(tube(spine, [0.008, 0.007, 0.006, 0.005, 0.004, 0.002], slot=0,
                          tag="body" if k == 0 else ""))  # fmt: skip
        side = np.cross(up, d)
        for t in np.linspace(0.12, 0.95, 12):
            size = 0.15 * (1.1 - t)
            for s in (-1, 1):
                frame = np.eye(4)
                frame[:3, 0], frame[:3, 1], frame[:3, 2] = d, s * side, up
                m = at(*along(t)) @ frame @ rot("z", s * 25) @ scl(size * 0.5, size, 1)
                parts.append(slab(leaf(0.5), 0.004, m, 0))
    return parts


def flower(p: Params, rng: Rng) -> list[Part]:
    """A stem with two leaves and a ring of petals (the more, the narrower) around a golden
    centre; with a ``shell``, a rose's
    cupped rings of petals round a bud; with a ``flare``, broad petals in a cup round a dark
    heart (a poppy); with a ``taper``, a daffodil's trumpet."""
    if p.count("tiers", 1) >= 3:  # a spike of florets up a tall stem (a larkspur, a lupin)
        return _spike(p.count("tiers", 1), rng)
    petals = max(3, p.count("petals", 8))
    h = 0.6 + 0.4 * p("height", 0.5)
    bend = rng.uniform(-0.06, 0.06)
    head = np.array([bend, h, 0.05])
    parts = [tube([(0, 0, 0), (bend * 0.5, h * 0.5, 0), head], 0.02, slot=1)]
    for s in (-1, 1):
        m = (
            at(0, h * (0.3 + 0.1 * s), 0)
            @ rot("y", 90 * s)
            @ rot("z", 50)
            @ at(0, 0.12, 0)
            @ scl(0.05, 0.12, 0.12)
        )
        parts.append(slab(leaf(0.5), 0.2, m, 1))
    if p("shell", 0.0) >= 0.5:  # a rose: rings of cupped petals closing round a bud
        layers = ((62, 6, 0.12), (45, 5, 0.105), (30, 5, 0.09), (16, 4, 0.075))
        for k, (tilt, n, pl) in enumerate(layers):
            for i in range(n):
                m = (
                    at(*head)
                    @ rot("x", 20)
                    @ rot("y", i * 360 / n + 33 * k)
                    @ at(0, 0.0, 0.012 * (3 - k))
                    @ rot("x", tilt)
                    @ at(0, pl * 0.8, 0)
                    @ scl(pl * 0.85, pl, pl)
                )
                parts.append(slab(leaf(0.95), 0.05, m, 0, "body" if k == i == 0 else ""))
        parts.append(ellipsoid(head + v3(0, 0.06, 0.02), 0.04, 0.06, 0.04, 0))
        return parts
    pl = 0.12 + 0.05 * (8 / petals) + 0.08 * (p("width", 0.0) > 0.5)
    cup = p("flare", 0.0) >= 0.5  # broad round petals rising in a cup (a poppy, a pansy)
    for i in range(petals):
        m = (
            at(*head)
            @ rot("x", 25)
            @ rot("y", i * 360 / petals)
            @ rot("x", 58 if cup else 70)
            @ at(0, pl * (0.8 if cup else 1.0), 0)
            @ scl(
                pl * (0.85 if cup else 0.5 * min(1.0, 10 / petals)), pl * (0.85 if cup else 1.0), pl
            )
        )
        parts.append(slab(leaf(0.95 if cup else 0.6), 0.06, m, 0, "body" if i == 0 else ""))
    if cup:  # its dark heart
        parts.append(
            sphere(0.055, at(*head) @ rot("x", 25) @ at(0, 0.035, 0) @ scl(1, 0.8, 1), "marking")
        )
        return parts
    if p("taper", 0.0) >= 0.5:  # a daffodil's trumpet standing out of its star of petals
        trumpet = [
            (0.0, 0.0),
            (0.05, 0.0),
            (0.055, 0.08),
            (0.08, 0.12),
            (0.07, 0.125),
            (0.045, 0.085),
            (0.0, 0.01),
        ]
        parts.append(lathe(trumpet, at(*head) @ rot("x", 25), 2))
        return parts
    wide = p("width", 0.0)
    if wide > 0.5:  # a sunflower's broad dark seed head
        parts.append(
            sphere(0.05 + 0.09 * wide, at(*head) @ rot("x", 25) @ scl(1, 0.35, 1), "marking")
        )
    else:
        parts.append(sphere(0.05, at(*head) @ rot("x", 25) @ scl(1, 0.6, 1), "plume-tip"))
    return parts


def _spike(tiers: int, rng: Rng) -> list[Part]:
    """A flower spike (a larkspur, a lupin, a foxglove, a hyacinth): a tall stem with leaves
    at its foot and, up its upper half, rings of small five-petalled florets, open and large
    below and closing into buds toward the tip."""
    h = 1.1 + 0.08 * tiers
    parts = [tube([(0, 0, 0), (0.02, h * 0.5, 0), (0.0, h, 0.01)], [0.02, 0.016, 0.006], slot=1)]
    for i in range(5):  # leaves at its foot
        m = rot("y", i * 72 + 20) @ rot("z", 55) @ at(0, 0.16, 0) @ scl(0.05, 0.18, 0.18)
        parts.append(slab(leaf(0.45), 0.2, m, 1))
    rows = 5 + 2 * tiers
    for k in range(rows):
        t = k / (rows - 1)
        y = h * (0.45 + 0.52 * t)
        size = 0.075 * (1.0 - 0.65 * t)
        for i in range(3):
            a = np.radians(i * 120 + 47 * k + rng.uniform(-10, 10))
            c = v3(0.05 * (1 - t) * np.cos(a), y, 0.05 * (1 - t) * np.sin(a))
            face = align(v3(np.cos(a), 0.35, np.sin(a)))
            if t > 0.75:  # buds
                parts.append(
                    sphere(1.0, at(*c) @ face @ scl(size * 0.5, size * 0.8, size * 0.5), 0)
                )
                continue
            for j in range(5):
                m = at(*c) @ face @ rot("y", j * 72) @ rot("x", 75) @ at(0, size * 0.5, 0)
                parts.append(
                    slab(
                        leaf(0.9), 0.02, m @ scl(size * 0.5), 0, "body" if k == i == j == 0 else ""
                    )
                )
            parts.append(sphere(size * 0.2, at(*c) @ face @ at(0, size * 0.1, 0), "marking"))
    return parts


def _yucca(rng: Rng) -> list[Part]:
    """A yucca (a Joshua tree, a dragon tree): a rough trunk with a short fork, each topped by
    a ball of stiff sword-shaped leaves."""
    parts = [tube([(0, 0, 0), (0.02, 0.5, 0), (0.0, 0.8, 0.02)], [0.07, 0.06, 0.05], slot="soil")]
    tops = [v3(0.0, 0.8, 0.02)]
    fork = [v3(0.0, 0.55, 0.0), v3(0.18, 0.72, 0.05), v3(0.3, 0.95, 0.04)]
    parts.append(tube(fork, [0.045, 0.04, 0.035], slot="soil"))
    tops.append(fork[-1])
    for c in tops:
        for k in range(34):
            # leaves spread round the top, more of them upward (a golden-angle spiral)
            z = 1.0 - 1.6 * (k + 0.5) / 34
            r = np.sqrt(max(0.0, 1 - z * z))
            a = k * 2.4 + rng.uniform(-0.1, 0.1)
            d = v3(r * np.cos(a), z, r * np.sin(a))
            parts.append(tube([c, c + d * 0.3], [0.018, 0.0], slot=0, tag="body" if k == 0 else "",
                              shape=np.array([[-1.0, -0.25], [1.0, -0.25], [0.0, 0.3]])))  # fmt: skip
    return parts


def _rosette(rng: Rng) -> list[Part]:
    """A succulent (an aloe, an agave): a rosette of thick pointed leaves in rings,
    the outer ones spreading, the inner ones rising, in a pot."""
    parts = [cylinder(0.2, 0.24, 0.18, None, 1)]
    parts.append(cylinder(0.2, 0.2, 0.01, at(0, 0.17, 0), "soil"))
    for ring, (n, lean, length) in enumerate(((9, 62, 0.42), (7, 40, 0.38), (5, 18, 0.3))):
        for i in range(n):
            a = np.radians(i * 360 / n + 20 * ring + rng.uniform(-8, 8))
            d = np.array([np.cos(a), 0.0, np.sin(a)])
            up = np.radians(90 - lean)
            tip = d * length * np.cos(up) + np.array([0.0, length * np.sin(up), 0.0])
            root = d * 0.03 + (0, 0.17, 0)
            mid = root + tip * 0.5 + (0, 0.03, 0)
            parts.append(tube([root, mid, root + tip], [0.045, 0.035, 0.0], slot=0,
                              tag="body" if ring == i == 0 else "",
                              shape=np.array([[-1.0, -0.35], [1.0, -0.35], [0.0, 0.6]])))  # fmt: skip
    return parts


def cactus(p: Params, rng: Rng) -> list[Part]:
    """A ribbed column with arms that turn upward, in a pot; low and armless, a succulent's
    rosette of thick pointed leaves."""
    arms, height = p.count("arms", 2), p("height", 0.7)
    if arms == 0 and p("trunk", 0.0) >= 0.5:
        return _yucca(rng)
    if arms == 0 and height <= 0.3:
        return _rosette(rng)
    h = 0.3 + 0.7 * height
    rib = [(0, 0), (0.14, 0.0), (0.15, h * 0.5), (0.13, h * 0.9), (0.07, h), (0, h + 0.01)]
    parts = [lathe(rib, at(0, 0.15, 0), 0, "body", sides=14)]
    parts.append(cylinder(0.2, 0.24, 0.18, None, 1))
    for i in range(arms):
        a = np.radians(i * 360 / max(arms, 1) + rng.uniform(-20, 20))
        d = np.array([np.cos(a), 0, np.sin(a)])
        y0 = 0.15 + h * rng.uniform(0.3, 0.55)
        pts = [d * 0.05 + (0, y0, 0), d * 0.25 + (0, y0 + 0.02, 0), d * 0.28 + (0, y0 + 0.25, 0)]
        parts.append(tube(pts, [0.08, 0.08, 0.07], slot=0))
        parts.append(sphere(0.07, at(*(d * 0.28 + (0, y0 + 0.25, 0))), 0))
    return parts


def fruit(p: Params, rng: Rng) -> list[Part]:
    """A round fruit with a stem and leaf; long and tapering (a carrot) or wide and ribbed (a
    pumpkin) by its parameters (with a ``screen``, a jack-o'-lantern's carved, lit face); with
    ``pattern``, a pineapple's studded oval under its crown;
    curved as a horn (``horns``), a banana; tapering to a point, a strawberry; wrapped in
    ``petals`` (leaves), a cabbage; drawn up into a ``neck``, a pear; with a ``tail``, a round
    root (a turnip, a beetroot); with ``dish``, a prepared food (see ``_food``)."""
    length, width, taper = p("length", 0.2), p("width", 0.3), p("taper", 0.1)
    if kind := p.count("dish", 0):
        return dish(kind, rng)
    if p("pattern", 0.0) >= 0.5:
        return _pineapple(rng)
    if p("horns", 0.0) >= 0.5:
        return _banana()
    if taper >= 0.6 and length <= 0.4:
        return _strawberry(rng)
    if p("tail", 0.0) >= 0.5:
        return _root(rng)
    if p.count("petals", 0) >= 5:
        return _cabbage(p.count("petals", 8), rng)
    if length > 0.7:  # lying long: a carrot, a loaf, a root
        prof = [
            (0, 0),
            (0.09, 0.05),
            (0.1, 0.2),
            (0.09 * (1 - 0.6 * taper), 0.7),
            (0.04 * (1 - taper), 1.0),
            (0, 1.02),
        ]
        if taper < 0.5:
            return _loaf()
        parts = [lathe(prof, at(0, 0.1, -0.5) @ rot("x", 90), 0, "body")]
        for i in range(3):
            parts.append(
                slab(
                    leaf(0.25),
                    0.03,
                    at(0, 0.1, -0.5)
                    @ rot("x", -60 - 20 * i)
                    @ rot("y", i * 60)
                    @ at(0, 0.12, 0)
                    @ scl(0.05, 0.12, 0.12),
                    1,
                )
            )
        return parts
    if length > 0.4:  # a lemon or lime: a lying oval drawn to a nub at each end (striped: a melon)
        prof = [(0, 0), (0.05, 0.04), (0.17, 0.14), (0.26, 0.35), (0.27, 0.5), (0.26, 0.65),
                (0.17, 0.86), (0.05, 0.96), (0, 1.0)]  # fmt: skip
        tilt = at(0, 0.27, -0.5) @ rot("x", 90) @ rot("y", rng.uniform(0, 360))
        parts = [lathe(prof, tilt, 0, "body")]
        if p("pattern", 0.0) > 0.2:  # a watermelon's dark stripes, nearly flush with its rind
            for k in range(12):
                a = 2 * np.pi * k / 12
                d = [max(r - 0.026, 0.0) for r, _ in prof[1:-1]]  # just proud of the rind
                pts = [
                    (q * np.cos(a), y, q * np.sin(a))
                    for q, (_, y) in zip(d, prof[1:-1], strict=True)
                ]
                parts.append(tube(pts, 0.03, tilt, slot="chalkboard"))
        parts.append(tube([(0, 0.27, 0.5), (0, 0.29, 0.56)], 0.012, slot=1))
        return parts
    lobes = 8 if width > 0.7 else 0
    prof = [(0, 0.04), (0.3, 0.0), (0.48, 0.2), (0.5, 0.45), (0.38, 0.72), (0.1, 0.78), (0, 0.72)]
    if p("neck", 0.0) >= 0.5:  # a pear: a round belly drawn up into a narrow neck
        lobes, width = 0, 0.0
        prof = [(0, 0.03), (0.28, 0.0), (0.45, 0.14), (0.47, 0.32), (0.36, 0.52), (0.22, 0.7),
                (0.18, 0.86), (0.1, 0.97), (0, 0.95)]  # fmt: skip
    if lobes:  # a pumpkin: one ribbed body (ribs, not overlapping balls: glass shows inside)
        t = np.linspace(0.0, 2 * np.pi, 96, endpoint=False)
        r = 0.86 + 0.14 * np.abs(np.cos(lobes / 2 * t)) ** 0.7
        ribs = np.stack([r * np.cos(t), r * np.sin(t)], 1)
        parts = [lathe(prof, scl(1.55, 0.85, 1.55), 0, "body", shape=ribs)]
    else:
        parts = [
            lathe(prof, scl(1 + 0.3 * width, 0.8 + 0.2 * (1 - width), 1 + 0.3 * width), 0, "body")
        ]
    top = 0.62 + 0.16 * (1 - width)
    if p("neck", 0.0) >= 0.5:  # the pear's stalk at the tip of its neck
        top = 0.86
        parts.append(stick((0, 0.93, 0), (0.03, 1.06, 0), 0.015, 1))
    if p("screen", 0.0) >= 0.5:  # a jack-o'-lantern: a face carved in the front, lit inside
        front = 0.74 if lobes else 0.5 * (1 + 0.3 * width) + 0.02  # before the front lobe
        for s in (-1, 1):  # triangle eyes
            eye = at(s * 0.17, 0.44, front - 0.02) @ rot("z", 180) @ scl(0.11)
            parts.append(slab([(0.0, 0.6), (-0.55, -0.4), (0.55, -0.4)], 0.3, eye, "glow"))
        parts.append(slab([(0.0, 0.35), (-0.28, -0.15), (0.28, -0.15)], 0.03,
                          at(0, 0.33, front) @ scl(0.09), "glow"))  # the nose # fmt: skip
        grin = [(-0.9, 0.3), (-0.5, -0.1), (-0.25, 0.05), (0.0, -0.15), (0.25, 0.05),
                (0.5, -0.1), (0.9, 0.3), (0.5, -0.45), (0.0, -0.6), (-0.5, -0.45)]  # fmt: skip
        parts.append(slab(grin, 0.3, at(0, 0.22, front - 0.03) @ scl(0.26, 0.18, 0.1), "glow"))
    parts.append(
        slab(
            leaf(0.45),
            0.04,
            at(0.03, top + 0.1, 0) @ rot("z", -60) @ at(0, 0.12, 0) @ scl(0.09, 0.12, 0.12),
            1,
        )
    )
    return parts


def _root(rng: Rng) -> list[Part]:
    """A round root (a turnip, a swede, a beetroot): a bulb swelling from a long thin taproot
    curling at its tip, ringed with fine lines, flat-shouldered under a tuft of long leaves on
    stalks springing up and out; the bulb's crown in the second material."""
    prof = [(0.0, 0.0), (0.03, 0.12), (0.1, 0.2), (0.21, 0.3), (0.25, 0.4), (0.23, 0.5),
            (0.15, 0.56), (0.0, 0.58)]  # fmt: skip
    parts = [lathe(prof, at(0, 0.05, 0), 0, "body")]
    parts.append(lathe([(0.0, 0.0), (0.2, 0.0), (0.16, 0.08), (0.06, 0.12), (0.0, 0.125)],
                       at(0, 0.5, 0), 1))  # fmt: skip
    tip = [(0.0, 0.08, 0.0), (0.01, 0.0, 0.0), (0.05, -0.02, 0.02), (0.09, 0.0, 0.02)]
    parts.append(tube(tip, [0.03, 0.015, 0.008, 0.0], slot=0))
    for y in (0.27, 0.35, 0.43):  # faint rings round the bulb
        r = float(np.interp(y - 0.05, [q[1] for q in prof], [q[0] for q in prof]))
        parts.append(torus(r, 0.005, at(0, y, 0), 0))
    for k in range(7):  # the leaves on their stalks
        yaw, lean = 360 * k / 7 + rng.uniform(-15, 15), rng.uniform(28, 50)
        m = at(0, 0.66, 0) @ rot("y", yaw) @ rot("x", lean)
        parts.append(tube([(0, -0.04, 0), (0, 0.12, 0), (0, 0.24, 0.02)], 0.012, m, "vine"))
        blade = m @ at(0, 0.22, 0.02) @ rot("x", -10) @ scl(0.14, 0.42, 1.0)
        parts.append(slab(leaf(0.6), 0.01, blade, "vine"))
    return parts


def _strawberry(rng: Rng) -> list[Part]:
    """A strawberry: a rounded cone tipped down, dotted with seeds, under a star of green
    leaves and a stalk (second material)."""
    prof = [(0.0, 0.0), (0.12, 0.06), (0.26, 0.3), (0.3, 0.5), (0.26, 0.62), (0.12, 0.68),
            (0.0, 0.68)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body")]
    for _ in range(40):  # seeds dotted round it
        t = rng.uniform(0.12, 0.58)
        r = float(np.interp(t, [y for _, y in prof], [x for x, _ in prof])) + 0.005
        a = rng.uniform(0, 2 * np.pi)
        parts.append(ellipsoid((r * np.cos(a), t, r * np.sin(a)), 0.012, 0.018, 0.012, "seed"))
    for k in range(6):
        a = 2 * np.pi * k / 6
        m = at(0, 0.67, 0) @ rot("y", np.degrees(a)) @ rot("x", 75) @ at(0, 0.1, 0)
        parts.append(slab(leaf(0.4), 0.02, m @ scl(0.08, 0.12, 0.1), 1))
    parts.append(tube([(0, 0.66, 0), (0.01, 0.78, 0), (0.04, 0.84, 0)], 0.015, slot=1))
    return parts


def _cabbage(layers: int, rng: Rng) -> list[Part]:
    """A cabbage: a round heart wrapped in broad curled leaves, the outer ones opening out."""
    parts = [sphere(0.3, at(0, 0.32, 0), 0, "body")]
    for k in range(layers):
        a = 2 * np.pi * k / layers + rng.uniform(-0.2, 0.2)
        open_ = 20 + 35 * (k % 2) + rng.uniform(-5, 5)
        m = at(0, 0.05, 0) @ rot("y", np.degrees(a)) @ rot("x", -open_) @ at(0, 0.28, 0.26)
        parts.append(sphere(1.0, m @ scl(0.3, 0.3, 0.06), 0))
    return parts


def _banana() -> list[Part]:
    """A banana lying on its side: a curved, faceted, tapering body, a dark stalk at one end and
    a dark tip at the other."""
    a = np.linspace(-0.9, 0.9, 7)
    pts = np.stack([np.zeros_like(a), 0.09 + 0.35 * (1 - np.cos(a)), 0.5 * np.sin(a)], 1)
    radii = [0.02, 0.06, 0.085, 0.09, 0.085, 0.06, 0.025]
    t = np.arange(5) * (2 * np.pi / 5) + np.pi / 2
    facets = np.stack([np.cos(t), np.sin(t)], 1)
    parts = [tube(pts, radii, slot=0, tag="body", shape=facets)]
    stalk = [pts[0], pts[0] + v3(0, 0.04, -0.07)]
    parts.append(tube(stalk, [0.022, 0.018], slot="marking"))
    parts.append(sphere(0.02, at(*pts[-1]) @ scl(1, 1, 1.4), "marking"))
    return parts


def _pineapple(rng: Rng) -> list[Part]:
    """An upright oval covered in staggered diamond scales of its own skin, each with a dark
    eye, and a crown of long, stiff, spiky leaves (the second material)."""
    prof = [(0, 0), (0.2, 0.02), (0.28, 0.2), (0.29, 0.4), (0.24, 0.62), (0.12, 0.72), (0, 0.73)]
    parts = [lathe(prof, None, 0, "body")]
    scale = [(0.0, 0.0), (0.065, 0.0), (0.0, 0.028)]  # a low four-sided pyramid
    for row in range(8):
        y = 0.07 + 0.083 * row
        r = float(np.interp(y, [q[1] for q in prof], [q[0] for q in prof]))
        for k in range(10):
            a = 2 * np.pi * (k + 0.5 * (row % 2)) / 10
            out = (np.cos(a), 0.2, np.sin(a))  # each scale faces out and a little up
            m = at(r * 0.96 * np.cos(a), y, r * 0.96 * np.sin(a)) @ align(out) @ rot("y", 45)
            parts.append(lathe(scale, m, 0, sides=4))
            parts.append(sphere(0.009, m @ at(0, 0.026, 0), "marking"))
    for k in range(9):
        a = 2 * np.pi * k / 9 + rng.uniform(-0.1, 0.1)
        lean = 15 + 25 * (k % 3)
        m = at(0, 0.7, 0) @ rot("y", np.degrees(a)) @ rot("x", lean) @ scl(0.05, 0.38, 0.05)
        parts.append(slab(leaf(0.2), 0.3, m @ at(0, 0.5, 0), 1))
    return parts


def _nest(rng: Rng) -> list[Part]:
    """A bird's nest: a shallow bowl woven of twigs going round and round, loose ends sticking
    out, three speckled eggs in the hollow (second material)."""
    parts = [lathe([(0.0, 0.05), (0.3, 0.07), (0.42, 0.2), (0.36, 0.22), (0.24, 0.1),
                    (0.0, 0.09)], None, 0, "body")]  # fmt: skip
    for _ in range(34):  # twigs wound round its outside, loose ends sticking out
        r = rng.uniform(0.3, 0.42)
        y = 0.07 + 0.13 * (r - 0.3) / 0.12
        a0 = rng.uniform(0, 2 * np.pi)
        span = rng.uniform(0.8, 1.6)
        pts = [((r + 0.025) * np.cos(a0 + t * span) * rng.uniform(0.97, 1.08),
                y + rng.uniform(-0.015, 0.015),
                (r + 0.025) * np.sin(a0 + t * span) * rng.uniform(0.97, 1.08))
               for t in np.linspace(0, 1, 4)]  # fmt: skip
        parts.append(tube(pts, 0.016, slot=0))
    for k in range(3):
        a = 2 * np.pi * k / 3 + rng.uniform(-0.3, 0.3)
        c = (0.09 * np.cos(a), 0.15, 0.09 * np.sin(a))
        parts.append(ellipsoid(c, 0.07, 0.055, 0.055, 1))
    return parts


def _watering_can() -> list[Part]:
    """A watering can: an oval drum with a handle arching over its top, a long spout rising
    from its foot to a perforated rose."""
    drum = [(0.0, 0.0), (0.26, 0.0), (0.28, 0.05), (0.28, 0.42), (0.22, 0.5), (0.0, 0.5)]
    parts = [lathe(drum, scl(1.0, 1.0, 0.8), 0, "body")]
    parts.append(tube([(0.0, 0.5, -0.18), (0.0, 0.68, -0.05), (0.0, 0.68, 0.08),
                       (0.0, 0.5, 0.12)], 0.025, slot=0))  # fmt: skip
    parts.append(tube([(0.0, 0.12, 0.2), (0.0, 0.4, 0.45), (0.0, 0.6, 0.62)], [0.05, 0.035, 0.03],
                      slot=0))  # the spout # fmt: skip
    rose = at(0.0, 0.6, 0.62) @ align((0.0, 0.6, 0.8))
    parts.append(cylinder(0.035, 0.08, 0.06, rose, 1))
    return parts


def _bucket() -> list[Part]:
    """A bucket: straight sides widening to the open top, two hoops (second material), and a
    wire bail arching over it from ears at the rim."""
    wall = [(0.0, 0.0), (0.3, 0.0), (0.38, 0.62), (0.36, 0.62), (0.28, 0.04), (0.0, 0.04)]
    parts = [lathe(wall, None, 0, "body")]
    for y, r in ((0.12, 0.318), (0.5, 0.37)):
        parts.append(torus(r, 0.015, at(0, y, 0), 1))
    arc = [(0.38 * np.cos(a), 0.58 + 0.4 * np.sin(a), 0.0) for a in np.linspace(0, np.pi, 9)]
    parts.append(tube(arc, 0.012, slot=1))
    for s in (-1, 1):
        parts.append(sphere(0.03, at(s * 0.38, 0.58, 0), 1))
    return parts


def _well() -> list[Part]:
    """A wishing well: a round wall of stone with a dark shaft inside, two posts holding a
    pitched roof, a crank across with a rope down to a bucket."""
    wall = [(0.3, 0.0), (0.42, 0.0), (0.42, 0.42), (0.44, 0.45), (0.44, 0.5), (0.3, 0.5)]
    parts = [lathe(wall, None, 0, "body")]
    parts.append(cylinder(0.3, 0.3, 0.02, at(0, 0.4, 0), "pupil"))  # the water far down
    for s in (-1, 1):
        parts.append(box(0.06, 0.75, 0.06, at(s * 0.38, 0.45, 0), 1))  # a post
        roof = at(0, 1.28, 0) @ rot("z", -s * 35) @ at(s * 0.3, 0, 0)
        parts.append(box(0.66, 0.03, 0.8, roof, 1))  # a side of the roof
    parts.append(tube([(-0.42, 0.95, 0.0), (0.42, 0.95, 0.0)], 0.025, slot=1))  # the crank
    parts.append(tube([(0.42, 0.95, 0.0), (0.5, 0.95, 0.0), (0.5, 0.87, 0.0)], 0.012, slot=1))
    parts.append(tube([(0.0, 0.95, 0.0), (0.0, 0.7, 0.0)], 0.006, slot=1))  # the rope
    parts.append(cylinder(0.07, 0.09, 0.12, at(0, 0.58, 0), 1))  # the bucket
    return parts


def vessel(p: Params, rng: Rng) -> list[Part]:
    """A turned vessel: foot, belly, shoulder, neck and lip from its parameters; handles; a
    barrel when it has hoops (``tiers``); a goblet or wine glass on a stem (``pole``); flat
    with one handle, a frying pan; under a ``roof``, a wishing well; woven of twigs (``fur``),
    a bird's nest with eggs in it; with a long spout (``trunk``), a watering can; on three
    ``legs``, a cauldron; straight-sided with one handle and no neck, a mug (with none, a
    tumbler); on a stem with two handles, a trophy cup; in tiered ``rings`` of basins, a
    fountain; with one handle arched over a ``frame``, a bucket; tapered all the way, a
    flowerpot; with a lid (``head``), a jar; a thick ``shell`` of a bowl with its pestle, a
    mortar; with one handle, a pouring lip across from it."""
    height, width, neck, taper, flare = (
        p("height", 0.6),
        p("width", 0.5),
        p("neck", 0.3),
        p("taper", 0.4),
        p("flare", 0.3),
    )
    if p("pole", 0.0) > 0.5 and p.count("handles", 0) >= 2:
        return _trophy()
    if p("pole", 0.0) > 0.5:
        return _goblet(width)
    if p("roof", 0.0) > 0.5:
        return _well()
    if p("trunk", 0.0) > 0.5:
        return _watering_can()
    if p("fur", 0.0) > 0.5:
        return _nest(rng)
    if p.count("handles", 0) == 1 and height <= 0.1:
        return _pan()
    if p.count("handles", 0) == 1 and p("frame", 0.0) >= 0.5:
        return _bucket()
    if taper >= 0.95 and not p.count("handles", 0):  # widening to its rim: a flowerpot
        return _flowerpot()
    if p("shell", 0.0) >= 0.5:
        return _mortar()
    if p.count("legs", 0) >= 3:
        return _cauldron(p.count("legs", 3))
    if p("rings", 0.0) >= 0.5:
        return _fountain()
    if p.count("handles", 0) == 1 and neck <= 0.05 and taper <= 0.05:
        return _mug(height)
    if not p.count("handles", 0) and max(neck, taper, flare) <= 0.05:
        return _tumbler(height)
    if p("head", 0.0) >= 0.5:
        return _jar()
    h = 0.25 + 0.75 * height
    belly = 0.25 + 0.25 * width
    hoops = p.count("tiers", 0)
    if hoops >= 2:  # a barrel: bulging staves between flat heads, bound by hoops

        def r(t: float) -> float:
            return belly * (0.8 + 0.2 * np.sin(np.pi * t))

        ts = np.linspace(0, 1, 9)
        prof = (
            [(0.0, 0.0)] + [(r(t), h * t) for t in ts] + [(r(1) * 0.93, h * 0.99), (0.0, h * 0.97)]
        )
        parts = [lathe(prof, None, 0, "body")]
        for k in range(hoops):
            t = 0.1 + 0.8 * k / (hoops - 1)
            parts.append(torus(r(t) + 0.004, 0.012, at(0, h * t, 0), 1))
        return parts
    mouth = belly * (1 - 0.75 * taper) * (1 + flare * 0.8)
    if h < 0.45:  # a bowl or plate: wide and open
        prof = [
            (0, 0),
            (belly * 0.45, 0),
            (belly * 0.5, 0.03),
            (belly * (0.9 + 0.4 * flare), h * 0.85),
            (belly * (1 + 0.45 * flare), h),
            (belly * (0.95 + 0.4 * flare), h * 1.02),
            (belly * (0.84 + 0.4 * flare), h * 0.9),
            (0, h * 0.2),
        ]
        return [lathe(prof, None, 0, "body")]
    throat = belly * (1 - 0.75 * taper) * 0.8
    nh = 0.05 + 0.3 * neck
    prof = [
        (0, 0), (belly * 0.55, 0), (belly * 0.6, 0.04), (belly, (h - nh) * 0.45),
        (belly * 0.9, (h - nh) * 0.75), (throat, h - nh), (throat * 0.95, h - nh * 0.3),
        (mouth, h), (mouth * 0.92, h * 1.01), (throat * 0.85, h - nh * 0.3), (0, h * 0.6),
    ]  # fmt: skip
    parts = [lathe(prof, None, 0, "body")]
    for i in range(p.count("handles", 0)):
        s = 1 if i == 0 else -1
        pts = [
            (s * throat * 0.9, h - nh * 0.5, 0),
            (s * (belly + 0.12), h - nh * 0.3, 0),
            (s * (belly + 0.14), (h - nh) * 0.55, 0),
            (s * belly * 0.95, (h - nh) * 0.45, 0),
        ]
        parts.append(tube(pts, 0.025, slot=1))
    if p.count("handles", 0) == 1:  # a jug or pitcher: a pouring lip across from its handle
        lip = [(-mouth * 0.6, 0.0, 0), (-mouth * 1.0, 0.03, 0), (-mouth * 1.45, 0.2, 0)]
        parts.append(tube(lip, [0.13, 0.1, 0.02], at(0, h - 0.02, 0) @ scl(1, 0.35, 1), 0))
    return parts


def _fountain() -> list[Part]:
    """A fountain: a wide round basin of water, a column rising from it to a smaller bowl, a
    spout on top and streams falling from the bowl's rim into the basin."""
    basin = [(0.0, 0.0), (0.62, 0.0), (0.62, 0.2), (0.56, 0.2), (0.56, 0.06), (0.0, 0.06)]
    parts = [lathe(basin, None, 0, "body"), cylinder(0.56, 0.56, 0.02, at(0, 0.14, 0), 1)]
    parts.append(lathe([(0.0, 0.0), (0.1, 0.0), (0.07, 0.4), (0.0, 0.42)], at(0, 0.06, 0), 0))
    bowl = [(0.0, 0.0), (0.08, 0.0), (0.3, 0.1), (0.3, 0.14), (0.26, 0.14), (0.0, 0.05)]
    parts.append(lathe(bowl, at(0, 0.46, 0), 0))
    parts.append(cylinder(0.26, 0.26, 0.02, at(0, 0.56, 0), 1))
    parts.append(tube([(0, 0.56, 0), (0, 0.72, 0), (0, 0.8, 0)], [0.03, 0.02, 0.0], slot=1))
    for k in range(6):
        a = 2 * np.pi * k / 6
        c, s = np.cos(a), np.sin(a)
        parts.append(tube([(0.3 * c, 0.59, 0.3 * s), (0.38 * c, 0.45, 0.38 * s), (0.42 * c, 0.15, 0.42 * s)],
                          0.012, slot=1))  # fmt: skip
    return parts


def _trophy() -> list[Part]:
    """A trophy cup: a deep bowl on a stem and a stepped base, two big looping handles."""
    bowl = [(0.03, 0), (0.2, 0.05), (0.27, 0.22), (0.3, 0.4), (0.28, 0.42), (0.24, 0.22),
            (0.0, 0.08)]  # fmt: skip
    parts = [box(0.42, 0.1, 0.42, None, 0), box(0.32, 0.08, 0.32, at(0, 0.1, 0), 0),
             tube([(0, 0.18, 0), (0, 0.42, 0)], [0.07, 0.035], slot=0), sphere(0.05, at(0, 0.34, 0), 0),
             lathe(bowl, at(0, 0.42, 0), 0, "body")]  # fmt: skip
    for s in (-1, 1):
        parts.append(tube([(s * 0.26, 0.78, 0), (s * 0.45, 0.78, 0), (s * 0.42, 0.55, 0), (s * 0.22, 0.52, 0)],
                          0.02, slot=0))  # fmt: skip
    return parts


def _cauldron(legs: int) -> list[Part]:
    """A cauldron: a round iron belly with a thick rolled rim and a wide mouth, on stubby legs,
    a bail handle arched over it, something bubbling in it."""
    prof = [(0.0, 0.08), (0.2, 0.08), (0.36, 0.2), (0.42, 0.38), (0.38, 0.56), (0.33, 0.62),
            (0.36, 0.66), (0.33, 0.68), (0.3, 0.62), (0.0, 0.5)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body")]
    parts.append(cylinder(0.31, 0.31, 0.02, at(0, 0.58, 0), 1))  # what it brews
    for k in range(legs):
        a = 2 * np.pi * k / legs
        parts.append(tube([(0.22 * np.cos(a), 0.14, 0.22 * np.sin(a)), (0.27 * np.cos(a), 0.0, 0.27 * np.sin(a))],
                          [0.045, 0.035], slot=0))  # fmt: skip
    parts.append(tube([(-0.37, 0.62, 0), (-0.3, 0.85, 0), (0.0, 0.95, 0), (0.3, 0.85, 0), (0.37, 0.62, 0)],
                      0.015, slot=0))  # the bail # fmt: skip
    for k in range(4):  # bubbles on what it brews
        a = 2 * np.pi * k / 4 + 0.4
        parts.append(sphere(0.035 + 0.01 * (k % 2), at(0.16 * np.cos(a), 0.6, 0.16 * np.sin(a)), 1))
    return parts


def _flowerpot() -> list[Part]:
    """A flowerpot: a plain pot wider at its rolled rim than at its foot, dark soil inside."""
    prof = [(0.0, 0.0), (0.17, 0.0), (0.24, 0.36), (0.27, 0.37), (0.27, 0.45), (0.23, 0.45),
            (0.22, 0.38), (0.16, 0.04), (0.0, 0.04)]  # fmt: skip
    return [
        lathe(prof, None, 0, "body"),
        cylinder(0.225, 0.225, 0.01, at(0, 0.39, 0), "soil"),
    ]


def _mortar() -> list[Part]:
    """A mortar and pestle: a thick round bowl on a low foot, the pestle resting in it."""
    prof = [(0.0, 0.0), (0.2, 0.0), (0.22, 0.03), (0.28, 0.15), (0.28, 0.26), (0.22, 0.27),
            (0.2, 0.16), (0.0, 0.1)]  # fmt: skip
    pestle = [(0.05, 0.12, 0.02), (0.18, 0.42, 0.05), (0.23, 0.52, 0.06)]
    return [
        lathe(prof, None, 0, "body"),
        tube(pestle, [0.05, 0.035, 0.03], slot=0),
        sphere(0.05, at(0.05, 0.12, 0.02), 0),
    ]


def _jar() -> list[Part]:
    """A jar (``head``: its lid): straight sides, a round shoulder, a short straight neck and a
    screwed-on lid in the second material."""
    prof = [(0.0, 0.0), (0.19, 0.0), (0.21, 0.03), (0.21, 0.36), (0.17, 0.43), (0.15, 0.44),
            (0.15, 0.5), (0.135, 0.5), (0.135, 0.45), (0.19, 0.37), (0.19, 0.04), (0.0, 0.04)]  # fmt: skip
    return [
        lathe(prof, None, 0, "body"),
        cylinder(0.162, 0.162, 0.06, at(0, 0.475, 0), 1),
        cylinder(0.15, 0.14, 0.015, at(0, 0.535, 0), 1),
    ]


def _mug(height: float) -> list[Part]:
    """A mug: a straight, thick-walled cylinder with a rounded base and one big loop handle."""
    h = 0.35 + 0.3 * height
    prof = [
        (0.0, 0.0),
        (0.16, 0.0),
        (0.18, 0.02),
        (0.18, h),
        (0.155, h),
        (0.155, 0.04),
        (0.0, 0.04),
    ]
    parts = [lathe(prof, None, 0, "body")]
    pts = [(0.17, h * 0.8, 0), (0.29, h * 0.75, 0), (0.3, h * 0.3, 0), (0.17, h * 0.22, 0)]
    parts.append(tube(pts, 0.028, slot=0))
    return parts


def _tumbler(height: float) -> list[Part]:
    """A drinking glass: straight thin walls widening a little to the rim, a thick base."""
    h = 0.3 + 0.4 * height
    prof = [(0.0, 0.0), (0.13, 0.0), (0.16, h), (0.148, h), (0.12, 0.06), (0.0, 0.06)]
    return [lathe(prof, None, 0, "body")]


def _pan() -> list[Part]:
    """A frying pan: a wide, shallow round pan with a rolled rim and a long straight handle
    (second material) ending in a hanging hole."""
    prof = [(0, 0), (0.34, 0), (0.4, 0.07), (0.42, 0.09), (0.39, 0.09), (0.33, 0.02), (0, 0.02)]
    return [
        lathe(prof, None, 0, "body"),
        tube([(0, 0.07, 0.4), (0, 0.1, 0.75), (0, 0.12, 0.95)], [0.03, 0.028, 0.03], slot=1),
        torus(0.03, 0.008, at(0, 0.12, 0.93), "pupil"),
    ]


def _goblet(width: float) -> list[Part]:
    """A goblet or wine glass: a round foot, a slender stem with a knop, and a bowl open at the
    top (its inside hollowed), wide for a chalice (``width``)."""
    w = 0.22 + 0.12 * width
    bowl = [(0.03, 0), (w * 0.7, 0.06), (w, 0.2), (w * 0.95, 0.36), (w * 0.92, 0.38),
            (w * 0.86, 0.36), (w * 0.88, 0.2), (w * 0.6, 0.08), (0, 0.06)]  # fmt: skip
    return [
        cylinder(0.2, 0.16, 0.03, None, 0),
        tube([(0, 0.02, 0), (0, 0.45, 0)], [0.05, 0.025], slot=0),
        sphere(0.045, at(0, 0.25, 0), 0),
        lathe(bowl, at(0, 0.44, 0), 0, "body"),
    ]


def _stall(rng: Rng) -> list[Part]:
    """A market stall: a counter on a front board, four posts holding a striped awning that
    slopes forward, crates of produce on the counter."""
    parts = [box(1.2, 0.5, 0.5, None, 0, "body"), box(1.26, 0.04, 0.56, at(0, 0.5, 0), 0)]
    for x in (-0.6, 0.6):
        for z in (-0.25, 0.25):
            parts.append(box(0.05, 1.25 if z < 0 else 1.1, 0.05, at(x, 0, z), 0))
    for k in range(6):  # the awning's stripes, sloping down to the front
        m = at(-0.65 + 0.2167 * (k + 0.5), 1.18, 0.0) @ rot("x", 14)
        parts.append(box(0.2167, 0.025, 0.8, m, 1 if k % 2 else "snow"))
    colours = ("rainbow-red", "rainbow-orange", "rainbow-green")
    for c in range(3):  # crates of fruit
        cx = -0.38 + 0.38 * c
        parts.append(box(0.3, 0.1, 0.3, at(cx, 0.54, 0.02), 0))
        for _ in range(5):
            dx, dz = rng.uniform(-0.09, 0.09, 2)
            parts.append(sphere(0.045, at(cx + dx, 0.67, 0.02 + dz), colours[c]))
    return parts


def _altar() -> list[Part]:
    """An altar: a solid block on a step, its top slab overhanging, a carved band round its
    face, two candles and a bowl of offering on top."""
    parts = [
        box(1.3, 0.12, 0.8, None, 0),  # the step
        box(1.0, 0.62, 0.55, at(0, 0.12, 0), 0, "body"),
        box(1.16, 0.08, 0.68, at(0, 0.74, 0), 0),  # the top slab
        box(0.84, 0.06, 0.02, at(0, 0.52, 0.28), 1),  # a carved band
        box(0.84, 0.06, 0.02, at(0, 0.26, 0.28), 1),
    ]
    for x in (-0.42, 0.42):
        parts.append(cylinder(0.04, 0.04, 0.18, at(x, 0.82, 0.0), "pages"))
        parts.append(
            lathe([(0, 0), (0.017, 0.01), (0.015, 0.03), (0, 0.05)], at(x, 1.0, 0), "flame")
        )
    parts.append(
        lathe([(0.0, 0.0), (0.12, 0.0), (0.16, 0.07), (0.14, 0.08), (0.0, 0.03)], at(0, 0.82, 0), 1)
    )
    return parts


def furniture(p: Params, rng: Rng) -> list[Part]:
    """A top on legs (table, desk, stool, bed with a headboard; with a ``pole`` at each
    corner, a four-poster), or with ``keys`` a piano; under a ``roof``, a market stall; solid
    (``shell``), an altar."""
    legs, height, length, width, frame = (
        p.count("legs", 4),
        p("height", 0.5),
        p("length", 0.6),
        p("width", 0.5),
        p("frame", 0.0),
    )
    if p("keys", 0.0) > 0.5:
        return _piano(p, rng)
    if p("shell", 0.0) >= 0.5:
        return _altar()
    if p("roof", 0.0) >= 0.5:
        return _stall(rng)
    L, W, H = 0.5 + 0.8 * length, 0.35 + 0.5 * width, 0.25 + 0.6 * height
    parts = [box(L, 0.05, W, at(0, H, 0), 0, "body")]
    if legs <= 3 and L < 0.8:  # a stool: a round top on splayed legs
        parts = [cylinder(W * 0.6, W * 0.6, 0.05, at(0, H, 0), 0, "body")]
        for i in range(max(legs, 3)):
            a = np.radians(i * 360 / max(legs, 3))
            parts.append(
                stick(
                    (0.4 * W * np.cos(a), H, 0.4 * W * np.sin(a)),
                    (0.55 * W * np.cos(a), 0, 0.55 * W * np.sin(a)),
                    0.025,
                    1,
                )
            )
        return parts
    corners = [(sx * (L / 2 - 0.05), sz * (W / 2 - 0.05)) for sx in (-1, 1) for sz in (-1, 1)]
    extra = [(0.0, sz * (W / 2 - 0.05)) for sz in (-1, 1)][: max(0, legs - 4)]
    for x, z in (corners + extra)[: max(legs, 3)]:
        parts.append(box(0.05, H, 0.05, at(x, 0, z), 1))
    if frame > 0.7:  # a bed: mattress, pillow, headboard
        parts.append(box(L * 0.96, 0.14, W * 0.96, at(0, H + 0.04, 0), 2))
        parts.append(ellipsoid((-L / 2 + 0.14, H + 0.22, 0), 0.09, 0.05, W * 0.3, 2))
        parts.append(box(0.05, H * 1.2, W, at(-L / 2, H * 0.5, 0), 0))
        if p("pole", 0.0) >= 0.5:  # a four-poster: tall posts, a canopy, curtains tied back
            top = H + 1.0
            for x, z in corners:
                parts.append(cylinder(0.035, 0.03, top, at(x, 0, z), 0))
            parts.append(box(L, 0.04, W, at(0, top, 0), 0))
            parts.append(box(L * 1.02, 0.12, W * 1.02, at(0, top - 0.1, 0), 2))  # the valance
            for x, z in corners:
                drape = [(x, top - 0.1, z), (x * 0.93, H + 0.5, z * 0.85), (x, H + 0.05, z)]
                parts.append(tube(drape, [0.09, 0.04, 0.1], slot=2))
    elif frame > 0.2:  # a desk: a drawer block
        parts.append(box(L * 0.3, H * 0.9, W * 0.9, at(L * 0.3, H * 0.05, 0), 0))
    return parts


def _piano(p: Params, rng: Rng) -> list[Part]:
    """An upright piano (organ: pipes above it) with its keyboard; long, a grand piano."""
    if p("length", 0.6) > 0.8:
        return _grand_piano()
    tiers = p.count("tiers", 1)
    parts = [
        box(1.2, 1.0, 0.45, at(0, 0.05, -0.1), 0, "body"),
        box(1.2, 0.05, 0.25, at(0, 0.62, 0.2), 0),
    ]
    parts += _keyboard(1.1, 0.67, 0.22, 20, -0.52)
    for s in (-1, 1):
        parts.append(box(0.06, 0.62, 0.08, at(s * 0.55, 0, 0.25), 0))
    for i in range(3 * tiers if tiers > 1 else 0):
        x = -0.55 + 1.1 * i / max(1, 3 * tiers - 1)
        parts.append(
            cylinder(
                0.03,
                0.03,
                0.4 + 0.4 * np.sin(np.pi * i / max(1, 3 * tiers - 1)),
                at(x, 1.05, -0.2),
                1,
            )
        )
    return parts


def _keyboard(width: float, y: float, z: float, keys: int, x0: float) -> list[Part]:
    """A piano's white key bed ``width`` wide at height y, and ``keys`` black keys from x0 in
    twos and threes."""
    parts = [box(width, 0.03, 0.16, at(0, y, z), "sclera")]
    for i in range(keys):
        if i % 7 not in (2, 6):
            parts.append(box(0.025, 0.03, 0.09, at(x0 + i * 0.055, y + 0.02, z - 0.04), "pupil"))
    return parts


def _grand_piano() -> list[Part]:
    """A grand piano: a harp-shaped case on three legs, its lid propped open on the long curved
    side, the keyboard across the straight front."""
    wing = [(-0.5, -0.45), (0.5, -0.45), (0.5, 0.0), (0.38, 0.4), (0.18, 0.8), (-0.08, 1.1),
            (-0.33, 1.17), (-0.5, 1.02)]  # fmt: skip
    flat = rot("x", -90)  # the outline's y runs back (-z)
    parts = [slab(wing, 0.28, at(0, 0.74, 0) @ flat, 0, "body")]
    lid = at(-0.5, 0.89, 0) @ rot("z", 32) @ at(0.5, 0, 0) @ flat
    parts.append(slab(wing, 0.025, lid, 0))
    parts.append(stick((0.45, 0.88, -0.3), (0.42, 1.42, -0.3), 0.012, 1))
    for x, z in ((-0.42, 0.35), (0.42, 0.35), (-0.25, -0.95)):
        parts.append(cylinder(0.045, 0.035, 0.62, at(x, 0, z), 0))
    parts.append(box(1.0, 0.05, 0.22, at(0, 0.66, 0.55), 0))
    parts += _keyboard(0.96, 0.71, 0.56, 17, -0.44)
    parts.append(slab([(-0.3, 0.0), (0.3, 0.0), (0.3, 0.18), (-0.3, 0.18)], 0.02,
                      at(0, 0.88, 0.38) @ rot("x", -15), 0))  # fmt: skip
    return parts


def seat(p: Params, rng: Rng) -> list[Part]:
    """A cushioned seat with a back and arms (a sofa) or without (a bench); the tallest back,
    upright and crowned with finials, is a throne's; with ``wheels``, a wheelchair; with
    ``rock``, a rocking chair; with ``horns`` (the horn at its front), a saddle."""
    width, height, arms = p("width", 0.5), p("height", 0.6), p.count("arms", 2)
    if p.count("wheels", 0) > 0:
        return _wheelchair()
    if p("rock", 0.0) > 0.5:
        return _rocking_chair()
    if p("horns", 0.0) > 0.5:
        return _saddle()
    L = 0.6 + 1.0 * width
    parts = [box(L, 0.12, 0.5, at(0, 0.3, 0), 0, "body")]
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(box(0.05, 0.3, 0.05, at(sx * (L / 2 - 0.06), 0, sz * 0.2), 1))
    if height > 0.9:  # a throne: a tall upright back between two posts with finials
        back = 0.45 * height + 0.75
        parts.append(box(L * 0.9, back, 0.1, at(0, 0.42, -0.22), 0))
        parts.append(cylinder(L * 0.3, L * 0.3, 0.1, at(0, 0.42 + back, -0.22) @ rot("x", 90), 0))
        for sx in (-1, 1):
            x = sx * (L * 0.45 + 0.03)
            parts.append(box(0.07, back + 0.12, 0.1, at(x, 0.3, -0.22), 1))
            parts.append(sphere(0.05, at(x, 0.47 + back, -0.22), 1))
    elif height > 0.1:
        parts.append(box(L, 0.45 * height + 0.1, 0.12, at(0, 0.42, -0.2) @ rot("x", -8), 0))
    for i in range(min(arms, 2)):
        s = -1 if i == 0 else 1
        parts.append(box(0.12, 0.25, 0.5, at(s * (L / 2 - 0.04), 0.3, 0), 0))
    cushions = max(1, round(L / 0.55))
    for i in range(cushions):
        x = -L / 2 + L * (i + 0.5) / cushions
        parts.append(box(L / cushions - 0.03, 0.07, 0.42, at(x, 0.42, 0.03), 2))
    return parts


def _saddle() -> list[Part]:
    """A riding saddle: a dipped seat between a horned pommel and a raised cantle, flaps down
    both sides and stirrups of the second material hanging on straps."""
    y = 0.5
    parts = [ellipsoid((0, y, 0), 0.2, 0.05, 0.28, 0, "body")]
    parts.append(ellipsoid((0, y + 0.05, 0.2), 0.12, 0.06, 0.08, 0))  # pommel
    parts.append(tube([(0, y + 0.08, 0.24), (0, y + 0.15, 0.27)], [0.025, 0.02], slot=0))
    parts.append(ellipsoid((0, y + 0.18, 0.275), 0.04, 0.018, 0.04, 0))  # the horn's cap
    back = [(0, y + 0.02, -0.22), (0, y + 0.1, -0.27), (0, y + 0.16, -0.28)]
    parts.append(tube(back, [0.03, 0.03, 0.025], m=at(0, 0, 0) @ scl(4.5, 1, 1), slot=0))
    for s in (-1, 1):
        m = at(s * 0.2, y - 0.02, 0) @ rot("z", s * 8) @ rot("y", 90)
        flap = [(-0.22, 0.0), (0.22, 0.0), (0.2, -0.3), (0.0, -0.36), (-0.2, -0.3)]
        parts.append(slab(flap, 0.025, m, 0))
        parts.append(box(0.012, y - 0.12, 0.04, at(s * 0.235, 0.12, 0.02), 0))  # the strap
        ring = at(s * 0.24, 0.07, 0.02) @ rot("z", 90) @ rot("x", 90)
        parts.append(torus(0.06, 0.01, ring @ scl(1, 1, 1.2), 1))
        parts.append(box(0.03, 0.012, 0.1, at(s * 0.24, 0.0, 0.02), 1))  # the tread
    return parts


def _rocking_chair() -> list[Part]:
    """A rocking chair: a seat on four legs standing on two long curved rockers, a tall back of
    spindles under a top rail, and arms."""
    parts = [box(0.5, 0.05, 0.48, at(0, 0.42, 0), 0, "body")]
    parts += rockers(0.22, 0.5, 0)
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(stick((sx * 0.22, 0.06, sz * 0.2), (sx * 0.22, 0.45, sz * 0.2), 0.022, 0))
        back = (sx * 0.23, 0.42, -0.22)
        parts.append(stick(back, (sx * 0.24, 1.15, -0.33), 0.025, 0))
        parts.append(stick((sx * 0.24, 0.65, -0.24), (sx * 0.26, 0.66, 0.22), 0.022, 0))
        parts.append(stick((sx * 0.26, 0.45, 0.2), (sx * 0.26, 0.66, 0.22), 0.02, 0))
    parts.append(box(0.56, 0.1, 0.05, at(0, 1.1, -0.33) @ rot("x", -8), 0))
    for i in range(5):
        x = -0.16 + 0.08 * i
        parts.append(stick((x, 0.46, -0.23), (x, 1.1, -0.325), 0.012, 0))
    parts.append(box(0.46, 0.06, 0.42, at(0, 0.46, 0.01), 1))  # a cushion
    return parts


def _wheelchair() -> list[Part]:
    """A wheelchair: a slung seat and back between two big push wheels, small castors in front,
    footrests and push handles."""
    parts = [box(0.45, 0.06, 0.42, at(0, 0.45, 0), 0, "body")]
    parts.append(box(0.45, 0.45, 0.05, at(0, 0.5, -0.22) @ rot("x", -10), 0))
    for s in (-1, 1):
        parts += cart_wheel((s * 0.3, 0.3, -0.08), 0.3, True)
        parts.append(sphere(0.05, at(s * 0.18, 0.05, 0.3), "pupil"))
        parts.append(stick((s * 0.2, 0.45, 0.2), (s * 0.18, 0.1, 0.3), 0.015, 1))
        parts.append(box(0.14, 0.02, 0.1, at(s * 0.12, 0.12, 0.33), 1))
        parts.append(stick((s * 0.22, 0.45, -0.22), (s * 0.22, 0.98, -0.3), 0.015, 1))
        parts.append(stick((s * 0.22, 0.98, -0.3), (s * 0.22, 0.98, -0.4), 0.02, "pupil"))
        parts.append(stick((s * 0.24, 0.62, -0.2), (s * 0.24, 0.62, 0.15), 0.015, 1))
    return parts


def cabinet(p: Params, rng: Rng) -> list[Part]:
    """A tall case on feet: doors, or rows of drawers (``tiers``), or open shelves of books;
    wide (``width``), a long low sideboard."""
    if p("width", 0.0) >= 0.8:  # a sideboard (a buffet): the same case, twice as long
        narrow = cabinet(Params({k: v for k, v in p.values.items() if k != "width"}), rng)
        return [replace(q, matrix=scl(2.0, 1.0, 1.0) @ q.matrix) for q in narrow]
    height, tiers, frame = p("height", 0.8), p.count("tiers", 1), p("frame", 0.5)
    H = 0.5 + 0.9 * height
    open_front = frame < 0.2 and tiers > 1
    if open_front:  # a back and two sides around the shelves
        parts = [box(0.7, H, 0.03, at(0, 0.05, -0.16), 0, "body")]
        parts += [box(0.03, H, 0.35, at(sx * 0.335, 0.05, 0), 0) for sx in (-1, 1)]
    else:
        parts = [box(0.7, H, 0.35, at(0, 0.05, 0), 0, "body")]
    parts.append(box(0.76, 0.04, 0.39, at(0, H + 0.05, 0), 1))
    for sx in (-1, 1):
        parts.append(sphere(0.03, at(sx * 0.3, 0.02, 0.13), 1))
    if open_front:  # shelves with books
        for k in range(tiers):
            y = 0.1 + H * k / tiers
            parts.append(box(0.64, 0.03, 0.3, at(0, y, 0.03), 1))
            x = -0.28
            while x < 0.26:
                w = rng.uniform(0.03, 0.06)
                parts.append(
                    box(
                        w,
                        H / tiers * rng.uniform(0.6, 0.85),
                        0.22,
                        at(x + w / 2, y + 0.03, 0.03),
                        2 + int(rng.integers(0, 2)),
                    )
                )
                x += w + 0.005
        return parts
    if tiers > 1:
        for k in range(tiers):
            y = 0.1 + (H - 0.05) * (k + 0.5) / tiers
            parts.append(
                box(
                    0.64,
                    (H - 0.05) / tiers - 0.03,
                    0.02,
                    at(0, y - (H - 0.05) / tiers / 2 + 0.015, 0.18),
                    2,
                )
            )
            parts.append(sphere(0.02, at(0, y, 0.2), 1))
    else:
        for sx in (-1, 1):
            parts.append(box(0.32, H - 0.08, 0.02, at(sx * 0.17, 0.09, 0.18), 2))
            parts.append(
                stick((sx * 0.03, 0.1 + H * 0.45, 0.2), (sx * 0.03, 0.1 + H * 0.6, 0.2), 0.01, 1)
            )
    return parts


_COFFIN = [(0.0, 1.0), (0.22, 0.92), (0.3, 0.55), (0.18, -1.0), (-0.18, -1.0), (-0.3, 0.55),
           (-0.22, 0.92)]  # fmt: skip
"""A coffin's outline from above: narrow at the head, widest at the shoulders, tapering to the
feet."""


def _mailbox() -> list[Part]:
    """A mailbox on its post: a box with a rounded top and a door at the front, a red flag
    raised at its side (second material)."""
    parts = [box(0.08, 0.9, 0.08, None, 2)]  # the post
    parts.append(box(0.24, 0.18, 0.5, at(0, 0.9, 0), 0, "body"))
    parts.append(cylinder(0.12, 0.12, 0.5, at(0, 1.08, -0.25) @ rot("x", 90), 0))  # its round top
    parts.append(box(0.22, 0.26, 0.015, at(0, 0.92, 0.255), 0))  # the door
    parts.append(box(0.05, 0.02, 0.03, at(0, 1.1, 0.27), 1))  # its handle
    parts.append(box(0.015, 0.2, 0.02, at(0.13, 0.95, -0.05), 1))  # the flag's arm
    parts.append(box(0.015, 0.08, 0.12, at(0.13, 1.1, -0.0), 1))  # the flag
    return parts


def _coffin() -> list[Part]:
    """A coffin lying down: its six-sided box, a lid stepped in on top and a cross on the lid."""
    lay = rot("x", 90)  # the outline, drawn in xy, lying in the xz plane
    parts = [slab(_COFFIN, 0.28, at(0, 0.14, 0) @ lay @ scl(1.0, 0.9, 1.0), 0, "body")]
    parts.append(slab(_COFFIN, 0.06, at(0, 0.3, 0) @ lay @ scl(0.9, 0.82, 1.0), 0))
    parts.append(box(0.05, 0.015, 0.4, at(0, 0.33, 0.2), 1))
    parts.append(box(0.22, 0.015, 0.05, at(0, 0.33, 0.3), 1))
    return parts


def _backpack() -> list[Part]:
    """A backpack standing up: a squared, padded body, a flap over its top held by two straps
    buckled down its front, a zipped pocket below them, side pockets, a carry loop and two
    padded shoulder straps down its back."""
    pill = [(0.0, 0.0), (0.8, 0.0), (0.95, 0.05), (1.0, 0.2), (1.0, 0.75), (0.9, 0.95),
            (0.6, 1.02), (0.0, 1.04)]  # fmt: skip
    parts = [lathe(pill, scl(0.3, 0.72, 0.17), 0, "body", sides=24)]
    parts.append(lathe(pill, at(0, 0.06, 0.13) @ scl(0.22, 0.26, 0.07), 0))  # the front pocket
    parts.append(box(0.34, 0.012, 0.012, at(0, 0.33, 0.2), 2))  # its zip
    flap = [(-0.28, 0.0), (0.28, 0.0), (0.27, -0.2), (0.18, -0.27), (-0.18, -0.27), (-0.27, -0.2)]
    parts.append(slab(flap, 0.04, at(0, 0.74, 0.15) @ rot("x", 12), 0))
    for x in (-0.12, 0.12):  # the straps holding the flap down, and their buckles
        parts.append(box(0.04, 0.3, 0.015, at(x, 0.36, 0.19) @ rot("x", 8), 1))
        parts.append(box(0.06, 0.05, 0.02, at(x, 0.42, 0.2), 2))
    for s in (-1, 1):
        parts.append(lathe(pill, at(s * 0.3, 0.04, 0) @ scl(0.06, 0.3, 0.11), 0))  # side pockets
        strap = [(s * 0.13, 0.68, -0.15), (s * 0.18, 0.45, -0.24), (s * 0.17, 0.12, -0.18)]
        parts.append(tube(strap, [0.035, 0.045, 0.03], slot=1))
    parts.append(torus(0.06, 0.015, at(0, 0.78, -0.04) @ rot("x", 90), 1))
    return parts


def _satchel() -> list[Part]:
    """A satchel: a flat case with a rounded flap over its front held by two buckled straps,
    and a long strap over it to carry it by."""
    parts = [box(0.7, 0.48, 0.18, None, 0, "body")]
    flap = [(-0.35, 0.0), (0.35, 0.0), (0.35, -0.22), (0.3, -0.3), (-0.3, -0.3), (-0.35, -0.22)]
    parts.append(slab(flap, 0.02, at(0, 0.48, 0.1), 0))
    for x in (-0.18, 0.18):
        parts.append(box(0.05, 0.24, 0.012, at(x, 0.1, 0.1), 1))
        parts.append(box(0.08, 0.06, 0.02, at(x, 0.2, 0.105), 2))  # the buckles
    strap = [
        (-0.33, 0.4, 0.0),
        (-0.3, 0.85, 0.0),
        (0.0, 1.0, 0.0),
        (0.3, 0.85, 0.0),
        (0.33, 0.4, 0.0),
    ]
    parts.append(tube(strap, [0.025] * 5, m=scl(1, 1, 0.4), slot=1))
    return parts


def _skep() -> list[Part]:
    """A beehive: a dome of coiled straw, each coil a ring a little smaller than the one below,
    on a round board, with a dark entrance at the front of its foot."""
    parts = [cylinder(0.5, 0.5, 0.04, None, 1)]
    coils = 9
    for k in range(coils):
        t = (k + 0.5) / coils
        r = 0.42 * np.cos(t * np.pi / 2) ** 0.8 + 0.03
        parts.append(torus(r, 0.055, at(0, 0.07 + 0.68 * np.sin(t * np.pi / 2) ** 1.2, 0), 0))
    dome = [(0.0, 0.04), (0.4, 0.04), (0.38, 0.35), (0.26, 0.6), (0.1, 0.74), (0.0, 0.77)]
    parts.append(lathe(dome, None, 0, "body"))
    parts.append(ellipsoid((0, 0.1, 0.43), 0.07, 0.05, 0.03, "pupil"))  # the entrance
    return parts


def container(p: Params, rng: Rng) -> list[Part]:
    """A box with a lid (domed, with bands: a chest), a flared basket, a soft bag, on ``legs``
    an open tub (a bathtub on its feet), with no ``height`` a tray, coiled in ``rings`` a
    beehive (a straw skep), the longest, a coffin, or on a ``pole``, a mailbox; with a
    ``pattern``, the red cross of a first-aid kit; with ``flare``, a present's ribbon and bow; a
    stiff flat ``shell`` with a flap and a long strap, a satchel."""
    frame, handles, taper, width = (
        p("frame", 0.0),
        p.count("handles", 0),
        p("taper", 0.0),
        p("width", 0.6),
    )
    if p.count("legs", 0) > 0:
        return _tub(p.count("legs", 4))
    if p("rings", 0.0) >= 0.5:
        return _skep()
    if p("length", 0.0) >= 0.9:
        return _coffin()
    if p("pole", 0.0) > 0.5:
        return _mailbox()
    if p("height", 0.5) <= 0.15:  # a tray: a flat board with a low rim and hand holes
        W = 0.7 + 0.5 * width
        parts = [box(W, 0.03, 0.6, None, 0, "body")]
        for x, z, w, d in ((0, 0.29, W, 0.02), (0, -0.29, W, 0.02), (W / 2 - 0.01, 0, 0.02, 0.6),
                           (-W / 2 + 0.01, 0, 0.02, 0.6)):  # fmt: skip
            parts.append(box(w, 0.07, d, at(x, 0.0, z), 0))
        for s in (-1, 1)[: 2 if handles else 0]:
            hold = at(s * (W / 2 + 0.04), 0.05, 0) @ scl(0.6, 1, 1)
            parts.append(torus(0.07, 0.015, hold, 1))
        return parts
    if taper > 0.5 and handles >= 2:
        return _backpack()
    if p("shell", 0.0) >= 0.5:
        return _satchel()
    if taper > 0.5 and not handles:  # a pouch: a round sack drawn shut, its neck tied
        prof = [(0, 0), (0.24, 0.0), (0.32, 0.16), (0.28, 0.36), (0.1, 0.5), (0.08, 0.56),
                (0.16, 0.7), (0.0, 0.66)]  # fmt: skip
        parts = [lathe(prof, None, 0, "body")]
        parts.append(torus(0.095, 0.018, at(0, 0.52, 0), 1))  # the drawstring
        for sx in (-1, 1):
            parts.append(tube([(sx * 0.09, 0.52, 0.02), (sx * 0.16, 0.4, 0.08), (sx * 0.17, 0.3, 0.1)],
                              0.012, slot=1))  # fmt: skip
        return parts
    if taper > 0.5:  # a bag: soft body, gathered top, strap
        prof = [(0, 0), (0.3, 0.0), (0.36, 0.25), (0.3, 0.5), (0.15, 0.62), (0, 0.64)]
        parts = [lathe(prof, scl(1, 1, 0.6), 0, "body")]
        if handles:
            parts.append(
                tube(
                    [(-0.18, 0.5, 0), (-0.1, 0.85, 0), (0.1, 0.85, 0), (0.18, 0.5, 0)],
                    0.025,
                    slot=1,
                )
            )
        return parts
    if taper > 0.2:  # a basket
        prof = [(0, 0), (0.25, 0), (0.4, 0.4), (0.42, 0.42), (0.38, 0.42), (0.23, 0.05), (0, 0.05)]
        parts = [lathe(prof, None, 0, "body", sides=16)]
        if handles:
            parts.append(
                tube(
                    [(-0.38, 0.4, 0), (-0.25, 0.75, 0), (0.25, 0.75, 0), (0.38, 0.4, 0)],
                    0.025,
                    slot=0,
                )
            )
        return parts
    W = 0.6 + 0.6 * width
    if p("height", 0.5) <= 0.3:  # a flat box with its lid (a pizza box)
        return [
            box(W, 0.12, W * 0.95, None, 0, "body"),
            box(W + 0.02, 0.02, W * 0.97, at(0, 0.12, 0), 1),
            cylinder(W * 0.22, W * 0.22, 0.006, at(0, 0.14, 0), "rainbow-red"),  # a printed logo
        ]
    parts = [  # an open box (walls round a floor) under its lid: full of something, the lid
        # comes off and what it holds shows inside
        box(W, 0.45, 0.04, at(0, 0, 0.255), 0, "body"),
        box(W, 0.45, 0.04, at(0, 0, -0.255), 0),
        box(0.04, 0.45, 0.55, at(W / 2 - 0.02, 0, 0), 0),
        box(0.04, 0.45, 0.55, at(-W / 2 + 0.02, 0, 0), 0),
        box(W, 0.05, 0.55, None, 0),
    ]
    if frame > 0.5:  # a chest: domed lid and metal bands
        parts.append(
            slab(_HALF_DISC, W, at(0, 0.45, 0) @ rot("y", 90) @ scl(0.28, 0.17, 1), 0, "lid")
        )
        for x in (-W / 3, W / 3):
            parts.append(box(0.05, 0.47, 0.57, at(x, 0, 0), 1))
        parts.append(box(0.1, 0.12, 0.03, at(0, 0.35, 0.28), 1))
    else:
        parts.append(box(W + 0.04, 0.05, 0.59, at(0, 0.45, 0), 1, "lid"))
    if handles == 1:  # a suitcase's or a toolbox's: one handle on top
        parts.append(torus(0.12, 0.022, at(0, 0.5, 0) @ rot("x", 90), 1))
    for i in range(handles if handles > 1 else 0):
        s = -1 if i == 0 else 1
        parts.append(torus(0.06, 0.012, at(s * (W / 2 + 0.01), 0.3, 0) @ rot("z", 90), 1))
    if p("flare", 0.0) >= 0.5:  # a present: ribbons round it both ways, a bow on top
        for w_, d_ in ((W + 0.02, 0.08), (0.08, 0.57)):
            parts.append(box(w_, 0.5, d_, at(0, -0.005, 0), 1))
        for s in (-1, 1):
            loop = at(s * 0.09, 0.56, 0) @ rot("z", s * 35) @ rot("x", 90) @ scl(1, 1, 0.6)
            parts.append(torus(0.08, 0.025, loop, 1))
    if p("pattern", 0.0) >= 0.5:  # a first-aid kit's red cross on its front and its lid
        for m in (at(0, 0.225, 0.28), at(0, 0.48, 0) @ rot("x", -90) @ at(0, 0, 0)):
            parts.append(box(0.08, 0.26, 0.012, m @ at(0, -0.13, 0), "rainbow-red"))
            parts.append(box(0.26, 0.08, 0.012, m @ at(0, -0.04, 0), "rainbow-red"))
    return parts


def _tub(legs: int) -> list[Part]:
    """An open tub, long and deep, with a rolled rim, on short curved feet and with a tap."""
    wall = [(0, 0.12), (0.3, 0.12), (0.44, 0.22), (0.5, 0.5), (0.52, 0.53), (0.48, 0.53)]
    wall += [(0.45, 0.24), (0.3, 0.17), (0, 0.17)]
    parts = [lathe(wall, scl(1.7, 1, 0.85), 0, "body", sides=24)]
    feet = max(2, legs // 2 * 2)
    for i in range(feet // 2):
        x = 0.55 * (1 - 2 * i / max(1, feet // 2 - 1)) if feet > 2 else 0.0
        for z in (-0.22, 0.22):
            top, toe = (x, 0.16, z), (x * 1.1, 0.0, z * 1.25)
            parts.append(
                tube([top, ((x + toe[0]) / 2, 0.06, z * 1.2), toe], [0.04, 0.03, 0.035], slot=1)
            )
    parts.append(tube([(-0.8, 0.5, 0), (-0.85, 0.66, 0), (-0.72, 0.7, 0)], 0.02, slot=1))
    return parts


def _sled() -> list[Part]:
    """A sled: slats across two rails on short posts over runners that curl up at the front,
    a rope from the front."""
    parts: list[Part] = []
    for s in (-1, 1):
        x = s * 0.22
        run = [(x, 0.02, -0.5), (x, 0.02, 0.3), (x, 0.06, 0.48), (x, 0.16, 0.55), (x, 0.22, 0.48)]
        parts.append(tube(run, 0.018, slot=1))
        parts.append(tube([(x, 0.17, -0.48), (x, 0.17, 0.42)], 0.02, slot=0))
        for z in (-0.35, 0.0, 0.3):
            parts.append(stick((x, 0.03, z), (x, 0.17, z), 0.014, 1))
    for k in range(7):  # the slats
        slat = at(0, 0.18, -0.45 + 0.14 * k)
        parts.append(box(0.52, 0.025, 0.1, slat, 0, "body" if k == 3 else ""))
    parts.append(tube([(-0.22, 0.2, 0.5), (0, 0.12, 0.7), (0.22, 0.2, 0.5)], 0.008, slot=1))
    return parts


def _skateboard() -> list[Part]:
    """A skateboard: a thin deck kicked up at both ends on two trucks, four small wheels."""
    z = np.linspace(-0.5, 0.5, 11)
    deck = [(0.0, 0.1 + 0.06 * max(0.0, abs(zi) - 0.36) / 0.14, zi) for zi in z]
    flat = np.array([[-1.0, 0.0], [-0.95, 0.07], [0.0, 0.08], [0.95, 0.07], [1.0, 0.0],
                     [0.95, -0.07], [0.0, -0.08], [-0.95, -0.07]])  # fmt: skip
    parts = [tube(deck, 0.12, slot=0, tag="body", shape=flat)]
    for zt in (-0.3, 0.3):
        parts.append(box(0.18, 0.03, 0.05, at(0, 0.055, zt), 1))  # the truck
        for s in (-1, 1):
            wheel = at(s * 0.1, 0.035, zt) @ rot("z", 90) @ at(0, -0.02, 0)
            parts.append(cylinder(0.035, 0.035, 0.04, wheel, 1))
    return parts


def wheeled(p: Params, rng: Rng) -> list[Part]:
    """A chassis on wheels with a cabin (car, bus, truck, wagon, tank) or an open frame
    (bicycle); with handles and one wheel, a wheelbarrow; with no height at all, a skateboard; low with no wheels, a sled on runners;
    low on four, a sports car; with a ``flare``d smokestack, a steam locomotive; a special
    ``vehicle`` by its number (a bulldozer, a railway carriage ...)."""
    if (kind := p.count("vehicle", 0)) in VEHICLES:
        return VEHICLES[kind](rng)
    wheels, height, length, frame = (
        p.count("wheels", 4),
        p("height", 0.4),
        p("length", 0.4),
        p("frame", 0.0),
    )
    if height < 0.05 and wheels >= 4:
        return _skateboard()
    if height <= 0.2 and wheels == 0:
        return _sled()
    if frame > 0.5 and wheels <= 3:
        return _motorcycle() if p("width", 0.0) > 0.3 and wheels == 2 else _cycle(p, wheels)
    if p("flare", 0.0) >= 0.5:
        return _locomotive()
    if p("cab", 0.0) > 0.5:
        if height < 0.4:
            return _tractor()
        return _lorry(1.0 + 0.8 * length, max(3, (wheels + 1) // 2), ladder=frame > 0.5)
    L = 1.0 + 0.8 * length
    r = 0.16
    cart = p.count("handles", 0) > 0 and height <= 0.3  # an open tray between shafts
    if cart:
        return _barrow() if wheels == 1 else _cart(L, r, wheels)
    low = height < 0.25 and wheels == 4  # a sports car: a long low body, a spoiler
    deck = 0.15 if low else 0.22
    parts = [box(0.55, deck, L, at(0, r * 0.9, 0), 0, "body")]
    cab_h = 0.1 + 0.5 * height
    if low:
        parts.append(box(0.56, 0.025, 0.12, at(0, r * 0.9 + deck + 0.08, -L * 0.46), 1))
        for s in (-1, 1):
            parts.append(box(0.03, 0.08, 0.05, at(s * 0.22, r * 0.9 + deck, -L * 0.46), 1))
    if p("trunk", 0.0) > 0.5:  # a tank: turret and gun, tracks instead of a cabin
        parts.append(ellipsoid((0, r * 0.9 + 0.3, -0.05), 0.25, 0.1, 0.3, 0))
        parts.append(stick((0, r * 0.9 + 0.32, 0.2), (0, r * 0.9 + 0.36, 0.2 + L * 0.6), 0.03, 1))
    elif p("roof", 0.0) > 0.5 and height >= 0.6:  # a horse-drawn coach
        return _coach()
    elif p("roof", 0.0) > 0.5:  # a covered wagon
        parts.append(
            slab(_HALF_DISC, L * 0.75, at(0, r * 0.9 + 0.22, -L * 0.08) @ scl(0.3, 0.35, 1), 2)
        )
    elif height > 0.6:  # a bus or lorry: one tall box, windows
        parts.append(
            box(
                0.55,
                cab_h,
                L * (0.95 if length > 0.7 else 0.35),
                at(0, r * 0.9 + 0.22, L * (0.0 if length > 0.7 else 0.3)),
                0,
            )
        )
        for i in range(6 if length > 0.7 else 1):
            z = -L * 0.4 + L * 0.8 * (i + 0.5) / 6 if length > 0.7 else L * 0.35
            for s in (-1, 1):
                parts.append(
                    box(
                        0.02,
                        cab_h * 0.35,
                        L * 0.09,
                        at(s * 0.28, r * 0.9 + deck + cab_h * 0.5, z),
                        "window",
                        "windows",
                    )
                )
        if length > 0.7 and p.count("tiers", 1) > 1:  # a locomotive's chimney
            parts.append(cylinder(0.06, 0.09, 0.2, at(0, r * 0.9 + 0.22 + cab_h, L * 0.35), 1))
    else:  # a car: a rounded cabin with windows
        cabin = [(0, 0), (0.38, 0), (0.27, cab_h), (0, cab_h)]
        parts.append(
            lathe(
                cabin,
                at(0, r * 0.9 + deck, -0.03) @ scl(0.75, 1, L * 0.8) @ rot("y", 45),
                0,
                sides=4,
            )
        )
        for s in (-1, 1):  # dark glass windows (they glowed yellow, like lit panels)
            window = at(s * 0.26, r * 0.9 + deck + 0.05, -0.02)
            parts.append(box(0.02, cab_h * 0.45, L * 0.35, window, "window", "windows"))
    axles = max(1, (wheels + 1) // 2)
    for i in range(axles):
        z = L * (0.35 - 0.7 * i / max(1, axles - 1)) if axles > 1 else 0.0
        for s in (-1, 1):
            parts += cart_wheel((s * 0.3, r, z), r, False)
    if p.count("handles", 0) > 0:  # a cart's shafts
        for s in (-1, 1):
            parts.append(
                stick((s * 0.2, r + 0.1, L / 2), (s * 0.25, r + 0.05, L / 2 + 0.6), 0.02, 1)
            )
    return parts


def _barrow() -> list[Part]:
    """A wheelbarrow: a deep tub longer than wide, one wheel under its nose on a fork, two
    handles running back to the grips and two legs under them."""
    tub = [(0.0, 0.0), (0.2, 0.0), (0.3, 0.22), (0.32, 0.24), (0.29, 0.24), (0.18, 0.025),
           (0.0, 0.025)]  # fmt: skip
    parts = [lathe(tub, at(0, 0.3, 0.05) @ scl(1.0, 1.0, 1.45), 0, "body")]
    r = 0.15
    parts += cart_wheel((0, r, 0.55), r, True)
    for s in (-1, 1):
        parts.append(stick((s * 0.04, r, 0.55), (s * 0.16, 0.27, 0.3), 0.015, 1))  # the fork
        parts.append(stick((s * 0.16, 0.27, 0.3), (s * 0.24, 0.47, -0.8), 0.02, 1))  # a handle
        parts.append(stick((s * 0.18, 0.34, -0.3), (s * 0.2, 0.0, -0.34), 0.017, 1))  # a leg
    return parts


def _cart(L: float, r: float, wheels: int) -> list[Part]:
    """A cart: an open tray of planks with low sides on big spoked wheels, two shafts in
    front."""
    deck = r * 1.4
    parts = [box(0.6, 0.04, L * 0.8, at(0, deck, 0), 0, "body")]
    for s in (-1, 1):
        parts.append(box(0.03, 0.16, L * 0.8, at(s * 0.3, deck + 0.04, 0), 0))
        parts.append(box(0.6, 0.16, 0.03, at(0, deck + 0.04, s * L * 0.4), 0))
    axles = max(1, (wheels + 1) // 2)
    for i in range(axles):
        z = L * (0.25 - 0.5 * i / max(1, axles - 1)) if axles > 1 else 0.0
        for s in (-1, 1):
            parts += cart_wheel((s * 0.34, r * 1.3, z), r * 1.3, True)
    for s in (-1, 1):  # the shafts
        parts.append(
            stick((s * 0.22, deck, L * 0.4), (s * 0.26, deck - 0.05, L * 0.4 + 0.7), 0.02, 1)
        )
    return parts


def _locomotive() -> list[Part]:
    """A steam locomotive: a long round boiler on a frame, a flared smokestack and a dome on
    top, a headlamp and a cowcatcher at the front, a cab with a roof at the back, three pairs
    of big driving wheels joined by rods, two small leading wheels."""
    parts = [box(0.5, 0.12, 1.6, at(0, 0.22, 0), 1)]
    parts.append(cylinder(0.24, 0.24, 1.05, at(0, 0.58, -0.3) @ rot("x", 90), 0, "body"))
    parts.append(cylinder(0.22, 0.22, 0.04, at(0, 0.58, 0.77) @ rot("x", 90), "marking"))
    parts.append(
        lathe(
            [(0.0, 0.0), (0.07, 0.0), (0.06, 0.15), (0.12, 0.3), (0.0, 0.3)], at(0, 0.78, 0.55), 1
        )
    )
    parts.append(sphere(1.0, at(0, 0.82, 0.1) @ scl(0.09, 0.07, 0.09), 1))  # the steam dome
    parts.append(cylinder(0.06, 0.06, 0.08, at(0, 0.68, 0.8) @ rot("x", 90), "glow"))  # headlamp
    parts.append(
        slab(
            [(-0.28, 0.0), (0.28, 0.0), (0.0, 0.25)],
            0.2,
            at(0, 0.05, 0.9) @ rot("x", -90) @ rot("x", 55),
            1,
        )
    )
    parts.append(box(0.52, 0.5, 0.45, at(0, 0.34, -0.6), 0))  # the cab
    parts.append(box(0.6, 0.04, 0.55, at(0, 0.84, -0.6), 1))
    for s in (-1, 1):
        parts.append(box(0.02, 0.16, 0.22, at(s * 0.265, 0.58, -0.6), "glow"))
        for z in (-0.3, 0.05, 0.4):
            parts += cart_wheel((s * 0.27, 0.2, z), 0.2, False)
        parts += cart_wheel((s * 0.25, 0.1, 0.75), 0.1, False)
        parts.append(box(0.02, 0.03, 0.75, at(s * 0.31, 0.17, 0.05), "steel"))  # the rods
    return parts


def _cycle(p: Params, wheels: int) -> list[Part]:
    r = 0.33
    back, front = (0, r, -0.5), (0, r, 0.5)
    parts = cart_wheel(front, r, True) + cart_wheel(back, r, True)
    if wheels == 3:
        parts = (
            cart_wheel(front, r, True)
            + cart_wheel((-0.25, r * 0.6, -0.4), r * 0.6, True)
            + cart_wheel((0.25, r * 0.6, -0.4), r * 0.6, True)
        )
    seat, head = (0, r + 0.45, -0.15), (0, r + 0.55, 0.38)
    crank = (0, r, 0.0)
    for a, b in (
        (back, seat),
        (back, crank),
        (crank, seat),
        (seat, head),
        (crank, head),
        (head, front),
    ):
        parts.append(stick(a, b, 0.022, 0, "body"))
    parts.append(ellipsoid((0, r + 0.48, -0.17), 0.06, 0.025, 0.12, 1))
    parts.append(stick((-0.22, r + 0.6, 0.36), (0.22, r + 0.6, 0.36), 0.018, 1))
    return parts


def _coach() -> list[Part]:
    """A horse-drawn coach: a rounded cabin with a door, windows and a crowned roof, slung
    between big spoked wheels (larger behind), a driver's bench in front and two lamps."""
    cabin = [(0, 0), (0.33, 0.02), (0.4, 0.25), (0.36, 0.5), (0.22, 0.62), (0, 0.64)]
    parts = [lathe(cabin, at(0, 0.42, 0) @ scl(1, 1, 1.3), 0, "body")]
    parts.append(sphere(0.06, at(0, 1.1, 0), 1))
    for s in (-1, 1):
        parts.append(box(0.02, 0.24, 0.2, at(s * 0.4, 0.55, 0.0), "glow"))
        parts.append(box(0.02, 0.42, 0.16, at(s * 0.41, 0.44, -0.22), 1))
        parts += cart_wheel((s * 0.42, 0.34, -0.42), 0.34, True)
        parts += cart_wheel((s * 0.42, 0.26, 0.5), 0.26, True)
        parts.append(stick((s * 0.2, 0.95, 0.58), (s * 0.2, 0.75, 0.58), 0.015, 1))
        parts.append(sphere(0.045, at(s * 0.2, 0.98, 0.58), "glow"))
    parts.append(stick((0, 0.34, -0.42), (0, 0.34, 0.5), 0.03, 1))
    parts.append(box(0.5, 0.05, 0.2, at(0, 0.75, 0.55), 1))
    parts.append(box(0.5, 0.2, 0.04, at(0, 0.75, 0.45), 1))
    return parts


def _motorcycle() -> list[Part]:
    """Fat tyres, an engine block and exhaust in the second material, a tank and a dark seat
    over them, a raked fork up to the handlebars and a headlamp."""
    r = 0.3
    front, back = (0, r, 0.62), (0, r, -0.58)
    parts = cart_wheel(front, r, False) + cart_wheel(back, r, False)
    parts += [
        ellipsoid((0, 0.82, 0.16), 0.15, 0.1, 0.24, 0, "body"),
        box(0.26, 0.3, 0.42, at(0, 0.3, -0.02), 1),
        ellipsoid((0, 0.76, -0.26), 0.14, 0.05, 0.25, "pupil"),
        tube([(0, 0.62, -0.35), (0, 0.7, -0.5), (0, 0.62, -0.72)], 0.05, slot=0),
        tube([(0.12, 0.25, 0.1), (0.16, 0.2, -0.3), (0.16, 0.3, -0.75)], 0.04, slot=1),
        sphere(0.08, at(0, 0.95, 0.5) @ scl(1, 1, 0.7), "glow"),
        stick((-0.32, 1.06, 0.36), (0.32, 1.06, 0.36), 0.02, 1),
    ]
    for s in (-1, 1):
        parts.append(stick((s * 0.07, r, front[2]), (s * 0.07, 1.02, 0.4), 0.028, 1))
        parts.append(stick((s * 0.08, r, back[2]), (s * 0.06, 0.66, -0.2), 0.025, 0))
    return parts


def _lorry(L: float, axles: int, ladder: bool = False) -> list[Part]:
    """A lorry: a tall cab with a windscreen in front of a bigger box on a long chassis, on
    ``axles`` pairs of wheels; with a ``ladder``, a fire engine: a long ladder on the roof and
    a light bar on the cab."""
    r = 0.17
    parts = [
        box(0.5, 0.12, L, at(0, r, 0), 1),
        box(0.58, 0.5, 0.36, at(0, r + 0.12, L / 2 - 0.18), 0, "body"),
        box(0.52, 0.2, 0.02, at(0, r + 0.36, L / 2 + 0.005), "glow"),
        box(0.6, 0.62, L - 0.46, at(0, r + 0.12, -0.2), 2),
    ]
    for s in (-1, 1):
        parts.append(box(0.02, 0.16, 0.2, at(s * 0.29, r + 0.36, L / 2 - 0.16), "glow"))
    for i in range(axles):
        z = L / 2 - 0.22 - (L - 0.5) * i / (axles - 1)
        for s in (-1, 1):
            parts += cart_wheel((s * 0.3, r, z), r, False)
    if ladder:
        top, z0, z1 = r + 0.76, L / 2 - 0.1, -L / 2 + 0.05
        for s in (-1, 1):
            parts.append(stick((s * 0.14, top + 0.05, z0), (s * 0.14, top + 0.09, z1), 0.018, 1))
        for k in range(int((z0 - z1) / 0.09)):
            z = z0 - 0.05 - 0.09 * k
            y = top + 0.05 + 0.04 * (z0 - z) / (z0 - z1)
            parts.append(stick((-0.14, y, z), (0.14, y, z), 0.01, 1))
        parts.append(box(0.4, 0.06, 0.08, at(0, r + 0.62, L / 2 - 0.18), "glow"))
    return parts


def _tractor() -> list[Part]:
    """A farm tractor: big treaded back wheels, small front ones, a long bonnet with an exhaust
    stack and a cab of four posts under a roof."""
    parts = [
        box(0.34, 0.3, 0.75, at(0, 0.28, 0.3), 0, "body"),
        box(0.44, 0.2, 0.45, at(0, 0.35, -0.25), 0),
        stick((0.1, 0.58, 0.45), (0.1, 0.95, 0.45), 0.025, "pupil"),
        box(0.62, 0.03, 0.55, at(0, 1.15, -0.25), 0),
        box(0.2, 0.12, 0.2, at(0, 0.55, -0.35), "pupil"),
    ]
    for s in (-1, 1):
        parts += cart_wheel((s * 0.36, 0.4, -0.3), 0.4, False)
        parts += cart_wheel((s * 0.26, 0.2, 0.55), 0.2, False)
        for z in (-0.02, -0.48):
            parts.append(stick((s * 0.28, 0.55, z), (s * 0.28, 1.15, z), 0.02, 1))
    for k in range(14):  # the back tyres' treads
        a = 2 * np.pi * k / 14
        for s in (-1, 1):
            c = (s * 0.36, 0.4 + 0.42 * np.sin(a), -0.3 + 0.42 * np.cos(a))
            parts.append(box(0.2, 0.05, 0.06, at(*c) @ rot("x", -np.degrees(a)), "pupil"))
    return parts


def _saucer() -> list[Part]:
    """A flying saucer: a wide disc with a rim of lights, a glass dome (second material) on top,
    three landing legs and a glowing underside."""
    parts = [
        lathe([(0, 0.0), (0.3, 0.02), (0.62, 0.12), (0.3, 0.22), (0, 0.24)], at(0, 0.16, 0), 0,
              "body"),
        lathe([(0.24, 0), (0.22, 0.1), (0.12, 0.19), (0, 0.21)], at(0, 0.38, 0), 1),
        cylinder(0.16, 0.16, 0.02, at(0, 0.15, 0), "glow"),
    ]  # fmt: skip
    for k in range(12):
        a = 2 * np.pi * k / 12
        parts.append(sphere(0.035, at(0.6 * np.cos(a), 0.28, 0.6 * np.sin(a)), "glow"))
    for k in range(3):
        a = 2 * np.pi * k / 3 + 0.5
        foot = (0.42 * np.cos(a), 0.0, 0.42 * np.sin(a))
        parts.append(stick((0.25 * np.cos(a), 0.2, 0.25 * np.sin(a)), foot, 0.015, 1))
        parts.append(cylinder(0.05, 0.05, 0.015, at(*foot), 1))
    return parts


def _pod() -> list[Part]:
    """An escape or sleep pod: a lying capsule on a low plinth, a clear canopy over its top,
    a band of lights along its sides."""
    body = [(0, 0), (0.12, 0.02), (0.2, 0.1), (0.22, 0.3), (0.22, 0.7), (0.2, 0.9), (0.12, 0.98),
            (0, 1.0)]  # fmt: skip
    parts = [
        lathe(body, at(0, 0.26, -0.5) @ rot("x", 90) @ scl(1.25, 1, 1), 0, "body"),
        box(0.36, 0.08, 0.8, at(0, 0.04, 0), 1),
        sphere(1.0, at(0, 0.38, 0.02) @ scl(0.19, 0.13, 0.38), "pane"),
    ]
    for side in (-1, 1):
        parts.append(box(0.012, 0.025, 0.6, at(side * 0.272, 0.26, 0), "glow"))
    return parts


def _barge(rng: Rng) -> list[Part]:
    """A river barge: a long, low, flat-sided steel hull with square raked ends, its open hold
    heaped with cargo, a small wheelhouse at the stern and black tyres hung along its sides."""
    L, W, H = 2.6, 0.62, 0.26
    parts = [box(W, H, L - 0.5, None, 0, "body")]
    for s in (-1, 1):  # the raked ends: the bottom sloping up to the deck
        end = at(0, H, s * (L / 2 - 0.27)) @ rot("x", -s * 28) @ at(0, -H * 0.75, s * 0.1)
        parts.append(box(W, H * 0.75, 0.34, end, 0))
    parts.append(box(W + 0.02, 0.04, L - 0.3, at(0, H - 0.02, 0), "marking"))  # the rubbing strake
    hold = (-0.95, 0.55)
    parts.append(box(W - 0.1, 0.02, hold[1] - hold[0], at(0, H, sum(hold) / 2), "pupil"))
    for k in range(3):  # heaps of cargo (sand, coal) in the hold
        z = hold[0] + 0.25 + 0.5 * k
        parts.append(sphere(1.0, at(0, H, z) @ scl(W * 0.42, 0.16, 0.3), 1))
    for x in (-W / 2 + 0.03, W / 2 - 0.03):  # the hold's coamings
        parts.append(box(0.03, 0.08, hold[1] - hold[0], at(x, H, sum(hold) / 2), 0))
    zc = -L / 2 + 0.45  # the wheelhouse at the stern
    parts.append(box(0.4, 0.32, 0.36, at(0, H, zc), 2))
    parts.append(box(0.46, 0.04, 0.42, at(0, H + 0.32, zc), 0))
    parts.append(box(0.34, 0.1, 0.01, at(0, H + 0.18, zc + 0.18), "window"))
    for s in (-1, 1):
        parts.append(box(0.01, 0.1, 0.26, at(s * 0.2, H + 0.18, zc), "window"))
        for z in (-0.6, 0.1, 0.8):  # tyres as fenders
            parts.append(
                torus(0.06, 0.025, at(s * (W / 2 + 0.02), H * 0.55, z) @ rot("z", 90), "pupil")
            )
    del rng
    return parts


def boat(p: Params, rng: Rng) -> list[Part]:
    """A pointed open hull with cabins on deck (``tiers``): no mast, a rowing boat with oars
    (with cabins, a paddle steamer); one mast, a sloop's mainsail and jib; two to four masts, a
    tall ship (a galleon, a man-of-war, a pirate ship: see ``_tall_ship``). With ``horns`` (a
    carved prow and stern curling up), a Viking longship; with no masts and four or more tiers,
    a motor ship (a freighter, a tanker, a liner); with no masts and the full ``width``, a
    barge."""
    masts, width, tiers = p.count("masts", 1), p("width", 0.4), p.count("tiers", 1)
    if p("horns", 0.0) >= 0.5:
        return _longship(rng)
    if masts == 0 and tiers >= 4 and p.count("arms", 0) >= 1:
        return _warship(p.count("arms", 0))
    if masts == 0 and tiers >= 4:
        return _motor_ship(tiers, width)
    if masts == 0 and width >= 0.9:
        return _barge(rng)
    w = 0.15 + 0.3 * width
    if masts >= 2:
        return _tall_ship(masts, tiers, w)
    # an open hull: planked sides curving up from the keel to the rail, hollow inside, pointed
    # at both ends (a turned profile stretched along its length)
    hull = [(0.0, 0.0), (0.2, 0.02), (0.32, 0.1), (0.36, 0.24), (0.33, 0.26), (0.0, 0.14)]
    parts = [lathe(hull, at(0, 0.07, 0) @ scl(w / 0.36, 1, 2.8), 0, "body")]
    parts.append(torus(0.355, 0.012, at(0, 0.3, 0) @ scl(w / 0.36, 1, 2.8), "marking"))
    for k in range(tiers - 1):
        parts.append(box(w * 1.2, 0.12, 0.6 - 0.2 * k, at(0, 0.33 + 0.12 * k, -0.3), 2))
    if masts == 0 and tiers == 1:
        parts += _rowing(w)
    elif masts == 0:  # a steamer: a funnel over its cabins, a paddle wheel at each side
        top = 0.33 + 0.12 * (tiers - 1)
        parts.append(cylinder(0.07, 0.08, 0.35, at(0, top, -0.25), 1))
        parts.append(cylinder(0.085, 0.085, 0.05, at(0, top + 0.35, -0.25), "pupil"))
        for s in (-1, 1):
            parts.append(
                cylinder(0.18, 0.18, 0.06, at(s * (w + 0.02), 0.33, 0.0) @ rot("z", 90), 2)
            )
    if masts == 1 and tiers == 1:  # a sloop: one mast, a triangular mainsail and a jib
        z, mh = 0.05, 1.2
        parts.append(stick((0, 0.3, z), (0, 0.3 + mh, z), 0.02, 1))
        parts.append(stick((0, 0.42, z), (0, 0.42, z - 0.62), 0.015, 1))  # the boom
        main = [(0.0, 0.0), (-0.6, 0.0), (0.0, mh * 0.95)]
        parts.append(slab(main, 0.01, at(0, 0.44, z - 0.01) @ rot("y", -90), "sclera"))
        jib = [(0.0, 0.0), (0.55, 0.0), (0.0, mh * 0.8)]
        parts.append(slab(jib, 0.01, at(0, 0.34, z + 0.04) @ rot("y", -90), "sclera"))
        return parts
    for i in range(masts):
        z = 0.5 - 1.1 * (i + 0.5) / masts + 0.05
        mh = 1.2 - 0.2 * abs(i - (masts - 1) / 2)
        parts.append(stick((0, 0.3, z), (0, 0.3 + mh, z), 0.02, 1))
        for k in range(2):
            y0 = 0.45 + k * mh * 0.45
            parts.append(
                slab(
                    [(-0.28, 0), (0.28, 0), (0.24, mh * 0.4), (-0.24, mh * 0.4)],
                    0.01,
                    at(0, y0, z + 0.03),
                    "sclera",
                )
            )
    return parts


_HULL_SIDE = [(0.0, -1.0), (0.3, -0.96), (0.6, -0.82), (0.82, -0.58), (0.95, -0.25), (1.0, 0.1),
              (0.98, 0.45), (0.93, 0.8), (0.9, 1.0)]  # fmt: skip
"""Half a tall ship's hull section, keel (y = -1) to deck (y = 1): a round bilge, widest just
above the waterline, its sides falling in a little toward the deck (tumblehome)."""


def _section(side: list[tuple[float, float]], deck: int = 3) -> np.ndarray:
    """A closed section from half of it (keel to deck edge, +x side): mirrored, the deck
    across it flat."""
    right = side[1:]
    top = [(side[-1][0] * (1 - 2 * (i + 1) / (deck + 1)), 1.0) for i in range(deck)]
    left = [(-x, y) for x, y in reversed(right)]
    return np.array([side[0], *right, *top, *left])


class _Hull:
    """A tall ship's hull along z, from its transom (z = -0.95) to its stem (z = 0.85), at most
    ``w`` half-broad: its breadth, keel and deck at any z, and points on its starboard side."""

    z0, z1 = -0.95, 0.85

    def __init__(self, w: float) -> None:
        self.w = w

    def half(self, z):
        z = np.asarray(z, dtype=float)
        aft = 1 - 0.3 * (np.clip(-0.1 - z, 0, None) / 0.85) ** 2
        fore = np.clip(1 - np.clip((z + 0.1) / 0.95, 0, 1) ** 2.2, 0, None) ** 0.6
        return self.w * np.maximum(np.where(z < -0.1, aft, fore), 0.03)

    def deck(self, z):
        z = np.asarray(z, dtype=float)
        return 0.42 + np.where(z < 0, 0.12 * (z / 0.95) ** 2, 0.2 * (z / 0.85) ** 2)

    def keel(self, z):
        z = np.asarray(z, dtype=float)
        aft = 0.14 * (np.clip(-0.6 - z, 0, None) / 0.35) ** 2
        return aft + 0.22 * (np.clip(z - 0.45, 0, None) / 0.4) ** 2

    def side(self, z: float, y: float) -> float:
        """How far out its side is at (z, y)."""
        yb, yt = float(self.keel(z)), float(self.deck(z))
        sy = (y - (yb + yt) / 2) / ((yt - yb) / 2)
        xs = np.interp(sy, [p[1] for p in _HULL_SIDE], [p[0] for p in _HULL_SIDE])
        return float(self.half(z)) * float(xs)

    def yaw(self, z: float) -> float:
        """The side's angle to the ship's length at z (degrees; its bow narrowing)."""
        return float(np.degrees(np.arctan((self.half(z + 0.01) - self.half(z - 0.01)) / 0.02)))


def _along(
    z0, z1, half, bottom, top, shape: np.ndarray, slot: Slot, tag: str = "", rings: int = 24
) -> Part:
    """A solid along z from z0 to z1, flat at both ends: ``shape`` (a section spanning -1..1
    each way) scaled at each z to ``half`` its breadth and from ``bottom`` up to ``top``."""

    def gen(k: float) -> Sweep:
        s = np.linspace(0, 1, segs(k, rings, 6))
        z = z0 + (z1 - z0) * (1 - np.cos(np.pi * s)) / 2
        yb, yt = bottom(z), top(z)
        n = len(z)
        centres = np.stack([np.zeros(n), (yb + yt) / 2, z], 1)
        u, v = np.zeros((n, 3)), np.zeros((n, 3))
        u[:, 0], v[:, 1] = half(z), (yt - yb) / 2
        i = np.r_[0, 0:n, n - 1]
        radii = np.ones(n + 2)
        radii[[0, -1]] = 0.0
        return Sweep(centres[i], u[i], v[i], radii, shape)

    return Part(gen, np.eye(4), slot, tag)


_SQUARE = np.array([(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0)])
_BAND = np.array([(0.5, 1.0), (-0.5, 1.0), (-0.5, -1.0), (0.5, -1.0)])
"""A flat band's section (a painted strake along a hull), twice as tall as thick."""


def _rope(a, b, r: float, slot: Slot = "marking", sides: np.ndarray = _SQUARE) -> Part:
    """A thin straight line of radius r from a to b (a rope, a gun's muzzle), few faces."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    d = (b - a) / max(float(np.linalg.norm(b - a)), 1e-9)
    ref = np.array([1.0, 0.0, 0.0]) if abs(d[0]) < 0.9 else np.array([0.0, 1.0, 0.0])
    u = np.cross(d, ref)
    u /= np.linalg.norm(u)
    v = np.cross(d, u)

    def gen(k: float) -> Sweep:
        del k
        return Sweep(
            np.stack([a, a, b, b]),
            np.tile(u, (4, 1)),
            np.tile(v, (4, 1)),
            np.array([0.0, r, r, 0.0]),
            sides,
        )

    return Part(gen, np.eye(4), slot, "", lambda k: 4 * len(sides))


def _square_sail(
    x: float, y: float, z: float, foot: float, head: float, h: float, slot: Slot = 1
) -> Part:
    """A square sail hanging from its yard (the middle of its head at x, y, z) down h, ``head``
    half-wide there and ``foot`` at its foot, bellied forward (+z) in both directions."""

    def gen(k: float) -> Sweep:
        m = segs(k, 8, 4)
        xs = np.linspace(-1, 1, m + 1)
        bow = 0.035 * (1 - xs**2)
        shape = np.concatenate([np.stack([xs, bow], 1), np.stack([xs[::-1], bow - 0.012], 1)])
        shape[:, 1] -= 0.026  # (its middle inside it: the caps fan from there)
        t = np.linspace(0, 1, segs(k, 7, 3))
        n = len(t)
        centres = np.stack([np.full(n, x), y - h + h * t, z + 0.02 + 0.06 * np.sin(np.pi * t)], 1)
        u, v = np.zeros((n, 3)), np.zeros((n, 3))
        u[:, 0], v[:, 2] = foot + (head - foot) * t, 1.0
        i = np.r_[0, 0:n, n - 1]
        radii = np.ones(n + 2)
        radii[[0, -1]] = 0.0
        return Sweep(centres[i], u[i], v[i], radii, shape)

    return Part(gen, np.eye(4), slot)


def _tall_ship(masts: int, tiers: int, w: float) -> list[Part]:
    """A tall ship (a galleon, a man-of-war, a pirate ship): a deep wooden hull with a curved
    sheer, a high stern castle with a gallery of windows across its stern, a smaller
    forecastle, a dark wale and square gunports with cannon along each side (two rows with
    two or more ``tiers``), a pointed stem with a figurehead under a long bowsprit, a rudder;
    ``masts`` masts, each crossing two or three yards of bellied square sails (smaller higher
    up), jibs from the bowsprit, a spanker on the aftmost of three or more, a crow's nest on
    the mainmast, shrouds from the mast tops down to the sides and stays between them, a flag
    at the main top: black with a white skull on a two-master with gun decks (a pirate)."""
    hull = _Hull(w)
    spar: Slot = 0
    section = _section(_HULL_SIDE)
    parts = [_along(hull.z0, hull.z1, hull.half, hull.keel, hull.deck, section, 0, "body", 36)]
    castle = np.array([(0.9, 1.0), (-0.9, 1.0), (-1.0, -1.0), (1.0, -1.0)])

    def inset(f: float):
        return lambda z: hull.half(z) * f

    def flat(y: float):
        return lambda z: np.full_like(z, y)

    # the stern castle (a quarterdeck, on three or more masts a poop deck over it), forecastle
    q0, q1, qt = -0.99, -0.42, 0.8
    parts.append(
        _along(q0, q1, inset(0.9), lambda z: hull.deck(z) - 0.04, flat(qt), castle, 0, rings=8)
    )
    top = qt
    if masts >= 3:
        top = qt + 0.12
        parts.append(_along(q0, -0.72, inset(0.82), flat(qt - 0.02), flat(top), castle, 0, rings=6))
    f0, f1 = 0.42, 0.8
    parts.append(
        _along(
            f0,
            f1,
            inset(0.86),
            lambda z: hull.deck(z) - 0.04,
            lambda z: hull.deck(z) + 0.13,
            castle,
            0,
            rings=8,
        )
    )
    # bulwarks: along the waist, round the castles' tops
    wall = _BAND * (0.02, 0.03)
    tops = [(qt, q0, q1, 0.88)] + ([(top, q0, -0.72, 0.8)] if masts >= 3 else [])
    for s in (-1, 1):
        pts = [
            (s * float(hull.half(z)) * 0.87, float(hull.deck(z)) + 0.015, z)
            for z in np.linspace(q1, f0, 7)
        ]
        parts.append(tube(pts, 1.0, slot=0, shape=wall))
        pts = [
            (s * float(hull.half(z)) * 0.83, float(hull.deck(z)) + 0.145, z)
            for z in np.linspace(f0, f1, 4)
        ]
        parts.append(tube(pts, 1.0, slot=0, shape=wall))
        for y, z0, z1, f in tops:
            pts = [(s * float(hull.half(z)) * f, y + 0.015, z) for z in np.linspace(z0, z1, 4)]
            parts.append(tube(pts, 1.0, slot=0, shape=wall))
    # the wale and the gunports along each side, cannon muzzles out of them
    rows = [0.1, 0.21] if tiers >= 2 else [0.12]
    wale = max(rows) + 0.06
    zs = np.linspace(hull.z0 + 0.08, hull.z1 - 0.08, 12)
    for s in (-1, 1):
        pts = [
            (s * (hull.side(z, hull.deck(z) - wale) + 0.004), float(hull.deck(z)) - wale, z)
            for z in zs
        ]
        parts.append(tube(pts, 1.0, slot="marking", shape=_BAND * 0.016))
        pts = [
            (s * (hull.side(z, hull.deck(z) - 0.03) + 0.002), float(hull.deck(z)) - 0.03, z)
            for z in zs
        ]
        parts.append(tube(pts, 1.0, slot="marking", shape=_BAND * 0.008))  # under the rail
        for d in rows:
            for z in np.linspace(-0.36, 0.4, 7):
                y = float(hull.deck(z)) - d
                x = hull.side(z, y)
                turn = at(s * x, y - 0.028, z) @ rot("y", s * hull.yaw(z))
                parts.append(box(0.03, 0.056, 0.06, turn, "marking"))
                mouth = turn @ at(s * 0.02, 0.028, 0)
                parts.append(
                    _rope(mouth[:3, 3], (turn @ at(s * 0.06, 0.028, 0))[:3, 3], 0.011, "steel")
                )
    # the stern: a gallery of windows across it, a lantern over it; the rudder below
    back = q0 - 0.005
    hb = float(hull.half(q0)) * 0.9
    for k in range(4):
        x = hb * (-0.72 + 0.48 * k)
        parts.append(box(0.055, 0.075, 0.02, at(x, qt - 0.13, back), "window"))
    parts.append(box(hb * 2.0, 0.018, 0.06, at(0, qt - 0.155, back - 0.02), 0))  # gallery
    parts.append(box(hb * 2.0, 0.012, 0.012, at(0, qt - 0.07, back - 0.045), 0))
    if masts >= 3:
        for k in range(3):
            x = hb * 0.82 * (-0.6 + 0.6 * k)
            parts.append(box(0.05, 0.06, 0.02, at(x, top - 0.09, back), "window"))
    for s in (-1, 1):  # the quarter galleries' windows
        x = hull.side(-0.85, qt - 0.1) * 0.9 + 0.01
        parts.append(box(0.02, 0.07, 0.14, at(s * x, qt - 0.14, -0.84), "window"))
    parts.append(stick((0, top + 0.02, back + 0.02), (0, top + 0.14, back - 0.03), 0.008, spar))
    parts.append(box(0.05, 0.07, 0.05, at(0, top + 0.12, back - 0.04), "window"))
    parts.append(cylinder(0.035, 0.0, 0.04, at(0, top + 0.19, back - 0.04), spar))
    rudder = [(0.0, 0.0), (0.06, 0.0), (0.07, 0.25), (0.05, 0.5), (0.0, 0.52)]
    parts.append(slab(rudder, 0.03, at(0, 0.02, hull.z0 + 0.02) @ rot("y", 90), 0))
    dead = [(0.0, 0.0), (0.34, 0.0), (0.0, 0.12)]  # deadwood: the keel up to the stern
    parts.append(slab(dead, 0.04, at(0, 0.01, hull.z0 + 0.02) @ rot("y", -90), 0))
    # the stem: a cutwater curving up to a figurehead under the bowsprit
    stem = [(z, float(hull.keel(z)) + 0.02 - 0.015 * (z > 0.5)) for z in (0.45, 0.6, 0.72, 0.8)]
    stem += [(0.88, 0.3), (0.95, 0.42), (0.99, 0.5)]
    parts.append(tube([(0, y, z) for z, y in stem], 0.02, slot=0))
    knee = [(0.8, 0.2), (0.88, 0.3), (0.95, 0.42), (0.99, 0.5), (0.84, 0.6)]  # the head
    parts.append(slab([(-z, y) for z, y in knee], 0.035, rot("y", 90), 0))
    parts.append(ellipsoid((0, 0.54, 1.0), 0.026, 0.05, 0.032, 0))  # the figurehead
    parts.append(sphere(0.024, at(0, 0.6, 1.02), 0))
    bow = (0, float(hull.deck(0.8)) + 0.1, 0.78)
    tip = (0, bow[1] + 0.22, 1.35)
    parts.append(tube([bow, tip], [0.024, 0.012], slot=spar))
    # masts: (where, how tall); the mainmast is the tallest
    plan = {
        2: [(0.28, 1.55), (-0.2, 1.68)],
        3: [(0.47, 1.52), (-0.02, 1.68), (-0.58, 1.32)],
        4: [(0.46, 1.48), (0.06, 1.66), (-0.4, 1.38), (-0.74, 1.18)],
    }[min(max(masts, 2), 4)]
    main = max(range(len(plan)), key=lambda i: plan[i][1])
    heads: list[tuple[float, float]] = []
    for i, (z, h) in enumerate(plan):
        base, inset_at = float(hull.deck(z)), 1.0  # its foot: the deck or a castle's
        if z <= q1:
            base, inset_at = (top, 0.82) if z < -0.72 and masts >= 3 else (qt, 0.9)
        elif z >= f0:
            base, inset_at = float(hull.deck(z)) + 0.13, 0.86
        parts.append(tube([(0, base - 0.05, z), (0, h, z)], [0.026, 0.013], slot=spar))
        heads.append((z, h))
        aft = i == len(plan) - 1 and masts >= 3
        small = 1.0 if h > 1.45 else 0.82
        levels = [0.4, 0.34, 0.26] if h > 1.45 else [0.55, 0.45]
        y0 = max(base, 0.5) + 0.1
        span = h - 0.14 - y0
        y = y0
        for k, share in enumerate(levels):
            hk = span * share
            head = (0.36 - 0.08 * k) * small
            yard = y + hk
            parts.append(
                stick((-head * 1.15, yard, z + 0.03), (head * 1.15, yard, z + 0.03), 0.011, spar)
            )
            if not (aft and k == 0):
                parts.append(_square_sail(0, yard - 0.01, z + 0.03, head * 1.1, head, hk * 0.92))
            if k == 0:  # the top: a platform over the lower mast
                parts.append(cylinder(0.07, 0.07, 0.015, at(0, yard + 0.015, z), spar))
                for s in (-1, 1):  # the shrouds, from the top down to the channels
                    zc = z - 0.02
                    if inset_at < 1.0:
                        xc, yc = float(hull.half(zc)) * inset_at + 0.03, base - 0.03
                    else:
                        xc = hull.side(zc, base - 0.04) + 0.03
                        yc = base - 0.03
                    parts.append(box(0.035, 0.014, 0.22, at(s * (xc - 0.015), yc, zc - 0.04), 0))
                    for dz in (-0.12, -0.05, 0.02):
                        parts.append(
                            _rope((s * 0.05, yard + 0.01, z), (s * xc, yc, zc + dz), 0.004)
                        )
                    for dz in (-0.03, 0.03):  # the topmast's, from its head to the top
                        parts.append(
                            _rope((0, h - 0.06, z), (s * 0.065, yard + 0.02, z + dz), 0.003)
                        )
            y = yard
        if aft:  # the spanker: a gaff sail aft of the aftmost mast
            lo, hi = y0 + 0.03, y0 + span * levels[0] - 0.04
            spanker = [(0.0, 0.0), (0.36, 0.0), (0.3, (hi - lo) * 0.7), (0.0, hi - lo)]
            parts.append(slab(spanker, 0.01, at(0, lo, z - 0.03) @ rot("y", 90), 1))
            parts.append(stick((0, lo, z), (0, lo, z - 0.38), 0.01, spar))
        if i == main:  # the crow's nest at the main masthead, the flag over it
            parts.append(cylinder(0.04, 0.048, 0.06, at(0, h - 0.1, z), spar))
    # stays: from each masthead forward, the foremost's to the bowsprit
    for (za, ha), (zb, hb2) in zip(heads[::-1], heads[::-1][1:], strict=False):
        parts.append(_rope((0, ha - 0.05, za), (0, hb2 * 0.55, zb), 0.004))
    fz, fh = heads[0]
    parts.append(_rope((0, fh - 0.05, fz), tip, 0.004))
    parts.append(_rope((0, fh * 0.62, fz), (0, bow[1] + 0.12, 1.12), 0.004))
    # jibs from the bowsprit up the forestays, their clews sheeted aft
    stays = [
        (np.array(tip[1:]), np.array((fh - 0.05, fz))),
        (np.array((bow[1] + 0.12, 1.12)), np.array((fh * 0.62, fz))),
    ]
    for (y_lo, z_lo), (y_hi, z_hi) in stays:
        a = np.array((z_lo, y_lo)) + 0.06 * np.array((z_hi - z_lo, y_hi - y_lo))
        b = np.array((z_lo, y_lo)) + 0.7 * np.array((z_hi - z_lo, y_hi - y_lo))
        c = np.array((a[0] - 0.5 * (a[0] - z_hi), a[1] - 0.02))
        jib = [a, (a + b) / 2, b, (b + c) / 2 + (-0.02, -0.02), c, (c + a) / 2 + (0.0, -0.015)]
        parts.append(slab([(float(p[0]), float(p[1])) for p in jib], 0.01, rot("y", -90), 1))
    mz, mh = heads[main]
    flag_at = at(0, mh, mz)
    pirate = masts == 2 and tiers >= 2
    parts.append(stick((0, mh - 0.02, mz), (0, mh + 0.2, mz), 0.006, spar))
    flag = (
        [(0.0, 0.0), (-0.12, 0.01), (-0.24, -0.01), (-0.24, -0.15), (-0.12, -0.14), (0.0, -0.15)]
        if pirate
        else [(0.0, 0.0), (-0.3, -0.04), (0.0, -0.08)]
    )
    parts.append(
        slab(
            flag,
            0.006,
            flag_at @ at(0, 0.19, 0) @ rot("y", -90),
            "marking" if pirate else "card-red",
        )
    )
    if pirate:
        skull = flag_at @ at(0, 0.125, -0.12)
        parts.append(sphere(0.025, skull @ scl(0.5, 1, 1), "snow"))
        for s in (-1, 1):
            parts.append(
                _rope(
                    (skull @ at(0, -0.05, s * 0.04))[:3, 3],
                    (skull @ at(0, -0.015, -s * 0.04))[:3, 3],
                    0.006,
                    "snow",
                )
            )
    return parts


def _motor_ship(tiers: int, width: float) -> list[Part]:
    """A steel motor ship: a long hull with a raked bow and a flat deck, its bridge stacked in
    decks at the stern, a row of windows on each, a funnel behind, and cargo on the foredeck;
    broad (``width``), a short tug with its bridge amidships; with six or more tiers, a liner,
    its decks running most of its length under two funnels."""
    tug, liner = width >= 0.5, tiers >= 6
    length = 3.2 if tug else 6.0
    hull = [(0.0, 0.0), (0.16, 0.0), (0.2, 0.08), (0.2, 0.3), (0.0, 0.3)]
    parts = [lathe(hull, scl(1, 1, length), 0, "body", sides=12)]
    deck = [(0.0, 0.3), (0.195, 0.3), (0.195, 0.315), (0.0, 0.315)]
    parts.append(lathe(deck, scl(1, 1, length), 2, sides=12))
    decks = min(tiers, 6) - 2
    centre, span = (0.0, 0.45) if tug else ((-0.2, 1.4) if liner else (-0.75, 0.45))
    for k in range(decks):  # the bridge, deck on deck
        y, d = 0.31 + 0.11 * k, span - 0.06 * k
        parts.append(box(0.34 - 0.02 * k, 0.11, d, at(0, y, centre + 0.03 * k), "sclera"))
        for x in (-1, 1):
            side = at(x * (0.17 - 0.01 * k), y + 0.05, centre)
            parts.append(box(0.01, 0.035, d * 0.85, side, "window"))
    top = 0.31 + 0.11 * decks
    for z in (centre - 0.3, centre + 0.1) if liner else (centre - 0.13,):  # the funnels
        parts.append(cylinder(0.06, 0.06, 0.22, at(0, top, z), 1))
        parts.append(cylinder(0.062, 0.062, 0.05, at(0, top + 0.12, z), "marking"))
    if not (tug or liner):
        for i in range(4):  # cargo on the foredeck
            parts.append(box(0.3, 0.12, 0.24, at(0, 0.31, 0.75 - 0.28 * i), 1 + (i % 2)))
    return parts


def _warship(guns: int) -> list[Part]:
    """A grey steel warship (a destroyer, a cruiser, a battleship): a long narrow hull with a
    sharp raked bow, gun turrets fore and aft (``arms`` of them) with their barrels, a
    stepped superstructure amidships under a lattice mast with a radar, and a funnel."""
    hull = [(0.0, 0.0), (0.12, 0.0), (0.16, 0.08), (0.16, 0.26), (0.0, 0.26)]
    parts = [lathe(hull, scl(1, 1, 6.5), 0, "body", sides=12)]
    deck = [(0.0, 0.26), (0.155, 0.26), (0.155, 0.275), (0.0, 0.275)]
    parts.append(lathe(deck, scl(1, 1, 6.5), 0, sides=12))
    parts.append(torus(0.16, 0.008, at(0, 0.06, 0) @ scl(1, 1, 6.5), "marking"))  # waterline
    for k, (d, h) in enumerate(((1.0, 0.1), (0.7, 0.09), (0.4, 0.08))):  # the superstructure
        y = 0.27 + sum(hh for _, hh in ((1.0, 0.1), (0.7, 0.09), (0.4, 0.08))[:k])
        parts.append(box(0.24 - 0.04 * k, h, d, at(0, y, 0.1), 0))
        for x in (-1, 1):
            parts.append(
                box(0.005, 0.02, d * 0.8, at(x * (0.12 - 0.02 * k), y + h * 0.5, 0.1), "window")
            )
    top = 0.27 + 0.27
    parts.append(stick((0, top, 0.15), (0, top + 0.4, 0.15), 0.014, 0))  # the mast
    parts.append(stick((-0.1, top + 0.3, 0.15), (0.1, top + 0.3, 0.15), 0.008, 0))
    parts.append(box(0.14, 0.06, 0.02, at(0, top + 0.4, 0.15), 0))  # the radar
    parts.append(cylinder(0.05, 0.045, 0.2, at(0, 0.37, -0.35) @ scl(1, 1, 1.5), 0))  # funnel
    parts.append(cylinder(0.052, 0.052, 0.03, at(0, 0.56, -0.35) @ scl(1, 1, 1.5), "marking"))
    spots = [(0.85, 1), (-0.8, -1), (0.55, 1), (-0.55, -1)][: max(1, min(guns, 4))]
    for z, facing in spots:  # turrets fore and aft, their barrels out over the bow or stern
        y = 0.275 + (0.04 if abs(z) < 0.7 else 0.0)
        if y > 0.275:  # a raised turret stands on its barbette
            parts.append(cylinder(0.07, 0.07, 0.04, at(0, 0.275, z), 0))
        parts.append(cylinder(0.09, 0.075, 0.07, at(0, y, z), 0))
        for x in (-0.025, 0.025):
            parts.append(
                stick((x, y + 0.04, z + facing * 0.06), (x, y + 0.05, z + facing * 0.32), 0.01, 0)
            )
    return parts


def _longship(rng: Rng) -> list[Part]:
    """A Viking longship: a long low open hull of overlapping planks rising at both ends into
    a carved dragon's head and a curled tail, round shields along its sides, oars out, and a
    square striped sail on its mast."""
    hull = [(0.0, 0.0), (0.2, 0.02), (0.32, 0.1), (0.36, 0.22), (0.34, 0.25), (0.0, 0.12)]
    parts = [lathe(hull, at(0, 0.02, 0) @ scl(1, 1, 4.2), 0, "body")]
    for k in range(3):  # the strakes' lines
        parts.append(
            torus(0.34 - 0.04 * k, 0.008, at(0, 0.2 - 0.05 * k, 0) @ scl(1, 1, 4.2), "marking")
        )
    for s in (-1, 1):  # the stem and stern rising and curling
        neck = [(0, 0.22, s * 1.3), (0, 0.5, s * 1.5), (0, 0.78, s * 1.5), (0, 0.85, s * 1.38)]
        parts.append(tube(neck, [0.06, 0.05, 0.045, 0.04], slot=0))
    parts.append(sphere(1.0, at(0, 0.85, 1.36) @ scl(0.06, 0.06, 0.1), 0))  # the dragon's head
    parts.append(cylinder(0.03, 0.0, 0.1, at(0, 0.86, 1.44) @ rot("x", 90), 0))
    parts += [sphere(0.015, at(s * 0.05, 0.88, 1.38), "glow") for s in (-1, 1)]
    for s in (-1, 1):
        for k in range(7):  # shields along the rail
            z = -0.9 + 0.3 * k
            r = 0.33 * np.sqrt(max(0.05, 1 - (z / 1.35) ** 2))
            shield = at(s * (r + 0.01), 0.2, z) @ rot("z", -90 * s)
            parts.append(cylinder(0.08, 0.08, 0.015, shield, "card-red" if k % 2 else "snow"))
            parts.append(sphere(0.02, shield @ at(0, 0.015, 0), "steel"))
        for k in range(5):  # oars
            z = -0.75 + 0.38 * k
            r = 0.33 * np.sqrt(max(0.05, 1 - (z / 1.35) ** 2))
            parts.append(stick((s * r, 0.16, z), (s * (r + 0.5), -0.02, z - 0.05), 0.012, 1))
    parts.append(stick((0, 0.1, 0), (0, 1.45, 0), 0.025, 1))  # the mast
    parts.append(stick((-0.5, 1.35, 0.03), (0.5, 1.35, 0.03), 0.018, 1))  # the yard
    for k in range(5):  # the sail's stripes
        parts.append(
            box(0.19, 0.8, 0.01, at(-0.4 + 0.2 * k, 0.55, 0.04), "card-red" if k % 2 else "snow")
        )
    del rng
    return parts


def _rowing(w: float) -> list[Part]:
    """An open boat's gunwale all round, two thwarts across and a pair of oars at rest."""
    z = np.linspace(-1.0, 1.0, 13)
    half = 0.9 * np.interp(z, [-1.0, 0.0, 1.0], [w * 0.5, w, 0.02])
    y = np.interp(z, [-1.0, 0.0, 1.0], [0.3, 0.3, 0.33]) + 0.04
    parts = [
        tube([(s * h, yy, zz) for h, yy, zz in zip(half, y, z, strict=True)], 0.025, slot=1)
        for s in (-1, 1)
    ]
    for zt in (-0.35, 0.2):
        hw = 0.9 * float(np.interp(zt, [-1.0, 0.0, 1.0], [w * 0.5, w, 0.02]))
        parts.append(box(hw * 2, 0.03, 0.1, at(0, 0.33, zt), 1))
    for s in (-1, 1):  # from the thwart over the gunwale, blade down by the hull
        tip = (s * (0.9 * w + 0.7), 0.08, 0.25)
        parts.append(stick((s * w * 0.3, 0.38, -0.05), tip, 0.015, 1))
        parts.append(box(0.05, 0.01, 0.22, at(*tip) @ rot("y", s * 20), 1))
    return parts


def _drone(arms: int) -> list[Part]:
    """A drone: a flat body with a camera under it, arms reaching out to rotors in guards,
    standing on two skids."""
    parts = [ellipsoid((0, 0.2, 0), 0.16, 0.06, 0.2, 0, "body")]
    parts.append(sphere(0.05, at(0, 0.13, 0.12), "pupil"))  # the camera
    for k in range(arms):
        a = 2 * np.pi * (k + 0.5) / arms
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        tip = d * 0.42 + (0, 0.22, 0)
        parts.append(stick((0, 0.21, 0), tip, 0.018, 0))
        parts.append(cylinder(0.03, 0.03, 0.05, at(*tip), 1))  # the motor
        parts.append(torus(0.15, 0.01, at(*(tip + np.array([0, 0.05, 0]))), 1))  # the guard
        for b in (0, 90):  # the two blades
            parts.append(
                box(0.26, 0.006, 0.03, at(*(tip + np.array([0, 0.055, 0]))) @ rot("y", b + 20), 1)
            )
    for s in (-1, 1):  # skids
        parts.append(tube([(s * 0.1, 0.16, -0.1), (s * 0.14, 0.0, -0.12), (s * 0.14, 0.0, 0.12),
                           (s * 0.1, 0.16, 0.1)], 0.01, slot=1))  # fmt: skip
    return parts


def _jet_fighter() -> list[Part]:
    """A jet fighter: a slim fuselage drawn to a needle nose, a bubble canopy, swept delta
    wings, twin tail fins canted out, intakes at its sides and a glowing exhaust."""
    body = [
        (0.0, 0.0),
        (0.06, 0.04),
        (0.1, 0.2),
        (0.11, 0.6),
        (0.09, 0.85),
        (0.04, 0.97),
        (0.0, 1.0),
    ]
    L = 1.8
    parts = [lathe(body, at(0, 0.3, -L / 2) @ scl(1.1, 0.9, L) @ rot("x", 90), 0, "body")]
    parts.append(sphere(1.0, at(0, 0.39, 0.35) @ scl(0.07, 0.06, 0.2), "window"))  # the canopy
    delta = [(0.0, 0.35), (0.75, -0.25), (0.75, -0.33), (0.0, -0.4)]
    tail = [(0.0, 0.12), (0.25, -0.1), (0.25, -0.16), (0.0, -0.16)]
    for s in (-1, 1):
        parts.append(slab(delta, 0.025, at(0, 0.28, -0.2) @ scl(s, 1, 1) @ rot("x", 90), 0))
        parts.append(slab(tail, 0.02, at(0, 0.3, -0.72) @ scl(s, 1, 1) @ rot("x", 90), 0))
        fin = at(s * 0.08, 0.36, -0.74) @ rot("z", -s * 20) @ rot("y", 90)
        parts.append(slab([(0.2, 0.0), (0.0, 0.0), (-0.1, 0.3), (0.02, 0.3)], 0.015, fin, 0))
        parts.append(box(0.08, 0.1, 0.3, at(s * 0.12, 0.22, 0.0), 1))  # the intakes
        parts.append(box(0.06, 0.07, 0.01, at(s * 0.12, 0.235, 0.15), "pupil"))
    parts.append(cylinder(0.07, 0.07, 0.02, at(0, 0.3, -L / 2 + 0.005) @ rot("x", -90), "glow"))
    return parts


def aircraft(p: Params, rng: Rng) -> list[Part]:
    """A fuselage with swept wings, tailplane and fin (``taper``: a jet fighter's needle nose
    and delta wings); no wings but arms: a helicopter's rotor,
    or on a ``frame`` a drone's rotors at the ends of its arms; neither: a hot-air balloon, or
    (long) an airship."""
    wings, arms = p("wings", 0.8), p.count("arms", 0)
    if wings > 0.1 and p("taper", 0.0) >= 0.5:
        return _jet_fighter()
    if wings <= 0.1 and arms >= 3 and p("frame", 0.0) > 0.5:
        return _drone(arms)
    if wings <= 0.1 and arms == 0:
        return _airship() if p("length", 0.0) >= 0.5 else _balloon(rng)
    prof = [(0, 0), (0.05, 0.03), (0.09, 0.15), (0.1, 0.5), (0.08, 0.85), (0.05, 0.97), (0, 1.0)]
    L = 1.6 if wings > 0.1 else 1.0
    parts = [lathe(prof, at(0, 0.3, -L / 2) @ scl(1.4, 1.4, L) @ rot("x", 90), 0, "body")]
    if wings > 0.1:
        span = 0.5 + 0.9 * wings
        wing_outline = [(0, 0.12), (span, -0.08), (span, -0.16), (0, -0.22)]
        for s in (-1, 1):
            parts.append(
                slab(wing_outline, 0.03, at(0, 0.28, 0.1) @ scl(s, 1, 1) @ rot("x", 90), 1)
            )
            parts.append(
                slab(
                    [(0, 0.05), (0.3, -0.05), (0.3, -0.1), (0, -0.12)],
                    0.02,
                    at(0, 0.32, -L / 2 + 0.1) @ scl(s, 1, 1) @ rot("x", 90),
                    1,
                )
            )
            parts.append(
                cylinder(
                    0.05,
                    0.05,
                    0.25,
                    at(s * span * 0.4, 0.24, 0.12) @ rot("x", 90) @ at(0, -0.12, 0),
                    1,
                )
            )
        parts.append(
            slab(
                [(0, 0), (0.25, 0), (0.05, 0.3), (-0.05, 0.3)],
                0.02,
                at(0, 0.38, -L / 2 + 0.12) @ rot("y", 90),
                1,
            )
        )
        return parts
    # a helicopter: cabin, tail boom, rotor blades, skids
    parts.append(stick((0, 0.35, -0.3), (0, 0.4, -1.0), 0.04, 0))
    parts.append(stick((0, 0.48, 0), (0, 0.58, 0), 0.03, 1))
    for i in range(max(arms, 2)):
        a = np.radians(i * 360 / max(arms, 2) + 10)
        parts.append(
            box(0.06, 0.015, 0.8, at(0, 0.58, 0) @ rot("y", np.degrees(a)) @ at(0, 0, 0.4), 1)
        )
    for s in (-1, 1):
        parts.append(stick((s * 0.15, 0.06, -0.3), (s * 0.15, 0.06, 0.35), 0.015, 1))
    parts.append(slab([(0, 0), (0.15, 0), (0.0, 0.2)], 0.02, at(0, 0.4, -1.0) @ rot("y", 90), 1))
    return parts


def _balloon(rng: Rng) -> list[Part]:
    """A hot-air balloon: a tall envelope narrowing to its mouth, ropes down to a basket."""
    env = [(0, 0.55), (0.12, 0.56), (0.3, 0.75), (0.47, 1.05), (0.5, 1.3), (0.42, 1.55)]
    env += [(0.22, 1.72), (0, 1.76)]
    parts = [lathe(env, None, 0, "body", sides=16)]
    for k in range(8):  # the seams between its gores, in the second material
        a = np.radians(22.5 * k)
        pts = [(r * np.cos(a) * 1.01, y, r * np.sin(a) * 1.01) for r, y in env[1:-1]]
        parts.append(tube(pts, 0.008, slot=1))
    for k in range(4):  # ropes from the mouth to the basket's corners
        a = np.radians(45 + 90 * k)
        parts.append(
            stick(
                (0.12 * np.cos(a), 0.56, 0.12 * np.sin(a)),
                (0.1 * np.cos(a), 0.24, 0.1 * np.sin(a)),
                0.006,
                1,
            )
        )
    parts.append(box(0.2, 0.16, 0.2, at(0, 0.08, 0), 1))
    parts.append(lathe([(0, 0), (0.03, 0.0), (0.02, 0.06), (0, 0.08)], at(0, 0.42, 0), "flame"))
    return parts


def _airship() -> list[Part]:
    """An airship: a long envelope lying along z, four tail fins, a gondola under it."""
    prof = [(0, 0), (0.12, 0.04), (0.2, 0.2), (0.22, 0.5), (0.19, 0.8), (0.1, 0.96), (0, 1.0)]
    parts = [lathe(prof, at(0, 0.45, -0.7) @ scl(1.2, 1.2, 1.4) @ rot("x", 90), 0, "body")]
    fin = [(0, 0), (0.3, 0), (0.12, 0.2), (0.0, 0.2)]
    for k in range(4):
        m = at(0, 0.45, -0.62) @ rot("z", 90 * k) @ at(0, 0.12, 0) @ rot("y", 90)
        parts.append(slab(fin, 0.02, m, 1))
    parts.append(box(0.12, 0.08, 0.35, at(0, 0.12, 0.05), 1))
    for z in (-0.1, 0.2):
        parts.append(stick((0, 0.16, z), (0, 0.22, z), 0.01, 1))
    return parts


def rocket(p: Params, rng: Rng) -> list[Part]:
    """A tall body with a nose cone, fins and a nozzle; long and lying down: a submarine; with
    ``rings``, a flying saucer; with ``shell``, an escape or sleep pod."""
    if p("rings", 0.0) > 0.5:
        return _saucer()
    if p("shell", 0.0) > 0.5:
        return _pod()
    wings, length = p("wings", 0.5), p("length", 0.3)
    prof = [(0, 0), (0.12, 0.02), (0.13, 0.1), (0.13, 0.7), (0.09, 0.88), (0.03, 0.98), (0, 1.0)]
    if length > 0.8:  # a submarine: lying down, with a sail
        parts = [
            lathe(
                [(0, 0), (0.08, 0.03), (0.12, 0.2), (0.12, 0.8), (0.08, 0.96), (0, 1.0)],
                at(0, 0.15, -0.5) @ rot("x", 90),
                0,
                "body",
            )
        ]
        parts.append(box(0.06, 0.12, 0.18, at(0, 0.25, 0.1), 0))
        parts.append(
            slab([(0, 0), (0.08, -0.1), (-0.08, -0.1)], 0.01, at(0, 0.15, -0.48) @ rot("y", 90), 1)
        )
        return parts
    parts = [lathe(prof, scl(1, 1.2, 1), 0, "body"), cylinder(0.06, 0.09, 0.08, at(0, -0.06, 0), 1)]
    fin = [(0, 0), (0.1 + 0.15 * wings, -0.05), (0.1 + 0.15 * wings, 0.05), (0, 0.3)]
    for i in range(4):
        parts.append(slab(fin, 0.015, rot("y", i * 90) @ at(0.12, 0.05, 0), 1))
    parts.append(sphere(0.035, at(0, 0.75, 0.12), "glow"))
    return parts


BUILDERS_FB: dict[str, FamilyBuilder] = {
    f.__name__: f
    for f in (tree, shrub, flower, cactus, fruit, vessel, furniture, seat, cabinet, container,
              wheeled, boat, aircraft, rocket)
}  # fmt: skip
"""Plant, vessel, furniture and vehicle family builders by family name."""
