"""More of the device family's appliances, from 895: a Roman dining couch, an abacus, an
aqueduct, a gladiator's helmet, a legionary's shield, a mosaic floor, the Colosseum, an arena
gate.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import FixedMesh, Part, at, rot, scl
from ._kit import flat_solid
from ._primitives import box, cylinder, lathe, slab, sphere, strip, torus, tube
from ._shapes import leaf, polygon, sharp

__all__ = ["MORE_APPLIANCES_ZZK"]

Rng = np.random.Generator

_UP = np.array([0.0, 1.0, 0.0])


def _rect(w: float, h: float, x: float = 0.0, y: float = 0.0):
    """A sharp w × h rectangle outline for ``slab``, centred on x, from y up."""
    return sharp([(x - w / 2, y), (x + w / 2, y), (x + w / 2, y + h), (x - w / 2, y + h)])


def _section(a: float, b: float) -> np.ndarray:
    """A rectangular cross-section for ``tube``, 2a by 2b."""
    return np.array([(a, b), (-a, b), (-a, -b), (a, -b)])


def _pillow(a: float, b: float, n: int = 16) -> np.ndarray:
    """A soft rounded-rectangle cross-section for ``tube``, 2a by 2b (a mattress, a cushion)."""
    t = np.arange(n) * (2 * np.pi / n)
    c, s = np.cos(t), np.sin(t)
    return np.stack([a * np.sign(c) * np.abs(c) ** 0.45, b * np.sign(s) * np.abs(s) ** 0.45], 1)


def _facing(origin, normal) -> np.ndarray:
    """A placement at origin whose z axis is the horizontal ``normal`` and whose y axis is up."""
    z = np.asarray(normal, float)
    z = z / np.linalg.norm(z)
    x = np.cross(_UP, z)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = x, _UP, z, origin
    return m


def _copies(template: Part, frames, slot=None, tag: str = "") -> Part:
    """Copies of a template part as one part, one under each frame (which may stretch it, never
    mirror it): the tiles of a floor, the beads of an abacus, the openings of an arcade, built and
    counted at once. Texture falls to the box projection."""
    fs = np.asarray(frames, float).reshape(-1, 4, 4) @ template.matrix

    def gen(k: float) -> FixedMesh:
        v, f = template.sweep(k).build()
        hv = np.c_[v, np.ones(len(v))]
        verts = np.einsum("nij,lj->nli", fs[:, :3, :], hv).reshape(-1, 3)
        offsets = (np.arange(len(fs)) * len(v))[:, None, None]
        return FixedMesh(verts, (f[None] + offsets).reshape(-1, 3).astype(np.int64))

    def count(k: float) -> int:
        return len(fs) * template.count(k)

    slot = template.slot if slot is None else slot
    return Part(gen, np.eye(4), slot, tag, count)  # type: ignore[arg-type]


def _board(pts, z: float, width: float, thick: float, slot) -> list[Part]:
    """A flat board bent along a curve of (x, y) points at depth z: straight slats end to end,
    ``width`` across along z and ``thick`` through."""
    parts = []
    for p, q in pairwise(pts):
        a, b = np.array([p[0], p[1], z]), np.array([q[0], q[1], z])
        nrm = (-(q[1] - p[1]), q[0] - p[0], 0.0)
        parts.append(strip(a, b, nrm, width, thick, slot, reach=thick / 2))
    return parts


def _voussoirs(cx: float, ys: float, r: float, t: float, depth: float, slot, n: int = 9,
               proud: float = 0.007, joints=None) -> list[Part]:  # fmt: skip
    """The wedge stones of a round arch of radius r centred at (cx, ys), each t deep radially and
    ``proud`` of the wall on both faces, a bigger keystone at the crown; ``joints`` a slot for a
    ring behind them that shows between the stones."""

    def wedge(half: float) -> Part:
        c, s = np.cos(half), np.sin(half)
        return slab(sharp([(r * c, -r * s), ((r + t) * c, -(r + t) * s),
                           ((r + t) * c, (r + t) * s), (r * c, r * s)]), 1.0)  # fmt: skip

    stone = wedge(np.pi / n / 2 - 0.012 / r)
    turns = [at(cx, ys, 0) @ rot("z", 180 * (i + 0.5) / n) for i in range(n)]
    frames = [m @ scl(1, 1, depth + 2 * proud) for i, m in enumerate(turns) if i != n // 2]
    key = turns[n // 2] @ at(r, 0, 0) @ scl(1.5, 1.3, depth + 2 * proud + 0.03) @ at(-r, 0, 0)
    parts = [_copies(stone, frames, slot), _copies(stone, [key], slot)]
    if joints is not None:
        back = [m @ scl(1, 1, depth + proud) for m in turns]
        parts.append(_copies(wedge(np.pi / n / 2 + 0.002), back, joints))
    return parts


def _arch_holes(x0: float, bays: int, bay: float, r: float, y0: float, spring: float, n: int):
    """Clockwise outlines (bites, for ``flat_solid``) of a row of round-headed openings r in radius,
    one in each bay from x0, their heads springing ``spring`` above y0."""
    t = np.linspace(0.0, np.pi, max(n // 2, 7))
    out = []
    for i in range(bays):
        cx = x0 + (i + 0.5) * bay
        head = np.stack([cx + r * np.cos(t), y0 + spring + r * np.sin(t)], 1)
        hole = np.concatenate([[(cx - r, y0 - 0.01), (cx + r, y0 - 0.01)], head])
        out.append(hole[::-1])
    return out


# ---- 895 triclinium couch -------------------------------------------------------------------


def _turned_leg(x: float, z: float, h: float, slot=0) -> Part:
    """A lathe-turned couch leg h tall: a small foot, a bell, reels and bulbs, a capital."""
    prof = [(0.0, 0.0), (0.018, 0.0), (0.022, 0.02), (0.012, 0.05), (0.024, 0.08),
            (0.012, 0.11), (0.028, 0.14), (0.016, 0.17), (0.02, h - 0.03), (0.032, h - 0.01),
            (0.0, h)]  # fmt: skip
    return lathe(prof, at(x, 0, z), slot, sides=10)


def _fruit_bowl(m: np.ndarray, rng: Rng) -> list[Part]:
    """A shallow footed bowl heaped with apples, oranges, a pear and a bunch of grapes."""
    parts = [lathe([(0.0, 0.0), (0.03, 0.0), (0.02, 0.015), (0.08, 0.04), (0.1, 0.06),
                    (0.0, 0.035)], m, "steel")]  # fmt: skip
    fruit = [(-0.035, 0.075, 0.02, 0.032, "fruit-red"), (0.035, 0.075, 0.025, 0.03, "fruit-orange"),
             (0.0, 0.075, -0.04, 0.03, "fruit-red"), (0.01, 0.11, 0.0, 0.028, "fruit-orange"),
             (0.05, 0.075, -0.03, 0.026, "fruit-yellow")]  # fmt: skip
    for x, y, z, r, c in fruit:
        parts.append(sphere(r, m @ at(x, y, z), c))
    grapes = []
    for k in range(7):  # a bunch of grapes spilling over the rim
        a = float(rng.uniform(-0.002, 0.002))
        grapes.append(
            m @ at(-0.07 + 0.012 * (k % 3) + a, 0.07 - 0.016 * (k // 2), 0.05 + 0.01 * (k % 2))
        )
    parts.append(_copies(sphere(0.014), grapes, "fruit-green"))
    stem = [(m @ np.array([x, y, z, 1.0]))[:3] for x, y, z in ((-0.058, 0.088, 0.055),
                                                                (-0.05, 0.105, 0.05))]  # fmt: skip
    parts.append(stick(stem[0], stem[1], 0.003, "vine"))
    return parts


def _triclinium(rng: Rng) -> list[Part]:
    """A Roman dining couch: a long low wooden couch on four lathe-turned legs with a deep frame,
    a thick soft mattress, at its left end the raised headrest (the fulcrum) sweeping up and
    curling outward with a round medallion on its side and a round bolster against it, a cushion
    along its back; beside it a small round table on three curved animal legs with a bowl of
    fruit and grapes."""
    L, D, hl = 1.0, 0.42, 0.24
    parts = [box(L, 0.07, D, at(0, hl, 0), 0, "body")]  # the frame
    parts.append(box(L + 0.02, 0.02, D + 0.02, at(0, hl + 0.06, 0), 0))  # its moulded lip
    parts.append(box(L - 0.06, 0.03, 0.01, at(0, hl + 0.02, D / 2 + 0.003), 1))  # an inlaid band
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(_turned_leg(sx * (L / 2 - 0.05), sz * (D / 2 - 0.05), hl + 0.01))
    top = hl + 0.08
    parts.append(tube([(-L / 2 + 0.03, top + 0.045, 0), (L / 2 - 0.01, top + 0.045, 0)], 1.0, None,
                      1, shape=_pillow(D / 2 - 0.005, 0.05)))  # the mattress # fmt: skip
    # the fulcrum: a headboard sweeping up from the left end of the mattress and curling outward
    x0 = -L / 2
    curve = [(x0 + 0.09, top + 0.07), (x0 + 0.03, top + 0.11), (x0 - 0.005, top + 0.18),
             (x0 - 0.03, top + 0.26), (x0 - 0.07, top + 0.31),
             (x0 - 0.12, top + 0.315)]  # fmt: skip
    parts += _board(curve, 0.0, D - 0.02, 0.025, 0)
    pad = [(x + 0.03, y - 0.005) for x, y in curve[:5]]
    parts += _board(pad, 0.0, D - 0.07, 0.05, 1)  # its padding
    for z in (-D / 2 + 0.012, D / 2 - 0.012):  # its rounded side rails
        parts.append(tube([(x, y, z) for x, y in curve], 0.02, None, 0))
    end = curve[-1]
    parts.append(cylinder(0.028, 0.028, D - 0.01, at(end[0], end[1] - 0.02, -D / 2 + 0.005)
                          @ rot("x", 90), 0))  # the curl at its top # fmt: skip
    parts.append(cylinder(0.048, 0.048, 0.014, at(x0 + 0.015, top + 0.14, D / 2 - 0.008)
                          @ rot("x", 90), "copper"))  # the medallion # fmt: skip
    parts.append(sphere(0.03, at(x0 + 0.015, top + 0.14, D / 2 + 0.006) @ scl(1, 1, 0.5), "copper"))
    bz = -D / 2 + 0.035
    parts.append(cylinder(0.055, 0.055, D - 0.07, at(x0 + 0.13, top + 0.135, bz) @ rot("x", 90),
                          1))  # the bolster # fmt: skip
    for z in (bz, -bz):
        parts.append(sphere(1.0, at(x0 + 0.13, top + 0.135, z) @ scl(0.056, 0.056, 0.018), 1))
    lean = float(rng.uniform(-4, 4))
    parts.append(tube([(-0.2, top + 0.12, -D / 2 + 0.08), (0.32, top + 0.12, -D / 2 + 0.08)], 1.0,
                      rot("y", lean), 1, shape=_pillow(0.06, 0.06)))  # a cushion # fmt: skip
    # the three-legged table beside it
    tx, tz, th = 0.22, D / 2 + 0.24, 0.34
    parts.append(cylinder(0.16, 0.16, 0.025, at(tx, th, tz), 0))
    parts.append(torus(0.16, 0.012, at(tx, th + 0.012, tz), 0))
    for k in range(3):
        a = np.radians(90 + 120 * k)
        c, s = np.cos(a), np.sin(a)
        pts = [
            (tx + 0.08 * c, th, tz + 0.08 * s),
            (tx + 0.12 * c, th - 0.1, tz + 0.12 * s),
            (tx + 0.07 * c, th - 0.25, tz + 0.07 * s),
            (tx + 0.11 * c, 0.03, tz + 0.11 * s),
        ]
        parts.append(tube(pts, [0.018, 0.016, 0.01, 0.014], None, 0))  # an animal leg
        parts.append(sphere(1.0, at(tx + 0.115 * c, 0.02, tz + 0.115 * s) @ scl(0.025, 0.02,
                            0.025), 0))  # its paw # fmt: skip
    parts += _fruit_bowl(at(tx, th + 0.025, tz), rng)
    return parts


# ---- 896 abacus -----------------------------------------------------------------------------


def _abacus(rng: Rng) -> list[Part]:
    """A school abacus: an upright rectangular wooden frame on two feet, ten steel rods across it
    each threaded with ten round beads (five of one colour and five red), some rows pushed to the
    left and some to the right."""
    W, H, t, d = 1.0, 0.66, 0.05, 0.06
    y0 = 0.05
    parts = [box(W - 2 * t, t, d, at(0, y0, 0), 0, "body")]  # the bottom rail
    parts.append(box(W - 2 * t, t, d, at(0, y0 + H - t, 0), 0))  # the top rail
    for s in (-1, 1):
        x = s * (W - t) / 2
        parts.append(box(t, H + 0.02, d, at(x, y0 - 0.01, 0), 0))  # the side posts
        parts.append(sphere(1.0, at(x, y0 + H + 0.02, 0) @ scl(0.03, 0.025, 0.03), 0))  # finials
        foot = [(-0.16, 0.0), (0.16, 0.0), (0.12, 0.06), (-0.12, 0.06)]
        parts.append(slab(sharp(foot), t + 0.01, at(x, 0, 0) @ rot("y", 90), 0))  # the feet
    inner = W - 2 * t
    bw, br = 0.042, 0.027
    bead = lathe([(0.0, -bw / 2 + 0.001), (br, 0.0), (0.0, bw / 2 - 0.001)], rot("z", 90),
                 sides=8)  # fmt: skip
    rows: dict = {1: [], "card-red": []}
    for i in range(10):
        y = y0 + t + 0.03 + i * (H - 2 * t - 0.06) / 9
        parts.append(stick((-inner / 2, y, 0), (inner / 2, y, 0), 0.005, "steel"))
        left = int(rng.integers(0, 11)) if i % 3 else (10 if i % 2 else 0)
        for j in range(10):
            x = -inner / 2 + bw * (j + 0.5) if j < left else inner / 2 - bw * (9.5 - j)
            rows[1 if j < 5 else "card-red"].append(at(x, y, 0))
    for slot, frames in rows.items():
        parts.append(_copies(bead, frames, slot))
    return parts


# ---- 897 aqueduct ---------------------------------------------------------------------------


def _arcade(x0: float, bays: int, bay: float, r: float, y0: float, spring: float, h: float,
            depth: float, slot=0) -> list[Part]:  # fmt: skip
    """One tier of round arches: a wall h high and depth thick from x0 pierced by ``bays``
    openings of radius r springing ``spring`` above y0, their wedge stones round each head and
    a moulded impost at each springing."""
    L = bays * bay

    def contours(n: int) -> list[np.ndarray]:
        wall = np.array([(x0, y0), (x0 + L, y0), (x0 + L, y0 + h), (x0, y0 + h)])
        return [wall, *_arch_holes(x0, bays, bay, r, y0, spring, n)]

    parts = [flat_solid(contours, depth, at(0, 0, -depth / 2), slot)]
    imposts = []
    for i in range(bays + 1):
        w = bay - 2 * r + 0.016
        imposts.append(at(x0 + i * bay, y0 + spring - 0.012, 0) @ scl(w, 0.012, depth + 0.016))
    parts.append(_copies(box(1.0, 1.0, 1.0), imposts, slot))
    for i in range(bays):
        parts += _voussoirs(x0 + (i + 0.5) * bay, y0 + spring, r, 0.2 * r, depth, slot)
    return parts


def _aqueduct(rng: Rng) -> list[Part]:
    """A Roman aqueduct bridge of stone: a long straight wall of two tiers of round arches, five
    tall arches on stout piers below and ten smaller ones above, cornices between the tiers, and
    along the top the open water channel with a strip of blue water in it."""
    n, bay = 5, 0.32
    L = n * bay
    x0 = -L / 2
    parts = [box(L + 0.04, 0.03, 0.24, None, 0, "body")]  # the footing
    bases = [at(x0 + i * bay, 0.03, 0) @ scl(0.11 if 0 < i < n else 0.07, 0.07, 0.22)
             for i in range(n + 1)]  # fmt: skip
    parts.append(_copies(box(1.0, 1.0, 1.0), bases, 0))  # the piers' plinths
    parts += _arcade(x0, n, bay, 0.12, 0.03, 0.28, 0.44, 0.18)
    y1 = 0.47
    parts.append(box(L + 0.03, 0.022, 0.21, at(0, y1, 0), 0))  # the cornice
    parts += _arcade(x0, 2 * n, bay / 2, 0.062, y1 + 0.022, 0.09, 0.19, 0.14)
    y2 = y1 + 0.022 + 0.19
    parts.append(box(L + 0.03, 0.02, 0.17, at(0, y2, 0), 0))
    y3 = y2 + 0.02
    parts.append(box(L, 0.02, 0.15, at(0, y3, 0), 0))  # the channel: its floor and walls
    for s in (-1, 1):
        parts.append(box(L, 0.075, 0.035, at(0, y3, s * 0.0575), 0))
    level = y3 + 0.04 + float(rng.uniform(0.0, 0.01))
    parts.append(box(L - 0.004, 0.012, 0.082, at(0, level, 0), "plume"))  # the water
    return parts


# ---- 898 gladiator helmet -------------------------------------------------------------------


def _helmet(rng: Rng) -> list[Part]:
    """A gladiator's bronze helmet (a murmillo's): a rounded skull over a deep face and neck guard
    narrowing a little to the chin, a wide flat brim all round tipped up a little at the front, a
    visor framed by a raised rim over the face with a grille of small round holes across its
    upper part and a ridge down its middle, a tall fin-shaped crest running over the top from
    front to back with a brush of red plume along it."""
    ez = 1.12  # the head is longer front to back
    hy = 0.36  # where the brim is
    ys, rs = (0.0, 0.1, 0.2, 0.3, hy + 0.01), (0.215, 0.232, 0.246, 0.255, 0.258)
    parts = [lathe(list(zip(rs, ys, strict=True)), scl(1, 1, ez), 0, "body")]  # the face guard

    def on_face(a: float, y: float, lift: float) -> np.ndarray:
        """The point on the face guard at angle a round from the front and height y, lifted."""
        r = float(np.interp(y, ys, rs)) + lift
        return np.array([r * np.sin(a), y, ez * r * np.cos(a)])

    parts.append(torus(0.215, 0.012, at(0, 0.012, 0) @ scl(1, 1, ez), 1))  # the bottom's roll
    tip = at(0, hy, 0) @ rot("x", -7) @ at(0, -hy, 0)
    brim = [(0.25, hy - 0.01), (0.34, hy - 0.005), (0.4, hy - 0.012), (0.41, hy + 0.004),
            (0.34, hy + 0.018), (0.25, hy + 0.025)]  # fmt: skip
    parts.append(lathe(brim, tip @ scl(1, 1, ez), 0, closed=True))  # the brim
    parts.append(torus(0.405, 0.011, tip @ at(0, hy - 0.004, 0) @ scl(1, 1, ez), 1))  # its roll
    dome = [(0.255, hy), (0.25, hy + 0.1), (0.21, hy + 0.19), (0.12, hy + 0.245), (0.0, hy + 0.26)]
    parts.append(lathe(dome, scl(1, 1, ez), 0))
    # the visor: a raised rim round the face, a ridge down its middle, a grille of holes above
    side, y0, y1 = np.radians(56), 0.035, 0.335
    arc = np.linspace(-side, side, 11)
    for y in (y0, y1, 0.15):
        parts.append(tube([on_face(a, y, 0.004) for a in arc], 0.011, None, 1))
    for a in (-side, side):
        parts.append(tube([on_face(a, y, 0.004) for y in (y0, 0.2, y1)], 0.011, None, 1))
    parts.append(tube([on_face(0.0, y, 0.006) for y in (y0, 0.09, y1)], 0.013, None, 0))
    holes = []
    for row in range(6):
        y = 0.175 + row * 0.03
        for col in range(-4, 5):
            a = np.radians(col * 11.5 + (5.75 if row % 2 else 0.0))
            if abs(a) > np.radians(50) or abs(a) < np.radians(4):
                continue
            nrm = np.array([np.sin(a), 0.0, np.cos(a) / ez])
            holes.append(_facing(on_face(a, y, 0.001), nrm))
    parts.append(_copies(slab(polygon(8, 0.012), 0.006), holes, "marking"))
    # the crest: a tall fin like a fish's over the top, front to back, a red plume along it
    fin = [(0.235, 0.45), (0.25, 0.6), (0.21, 0.76), (0.1, 0.85), (-0.05, 0.875), (-0.2, 0.84),
           (-0.33, 0.75), (-0.41, 0.62), (-0.38, 0.52), (-0.27, 0.45)]  # fmt: skip
    parts.append(slab(sharp(fin), 0.03, rot("y", -90), 0))
    parts.append(tube([(0.0, y, z) for z, y in fin[:-1]], 0.018, None, 1))  # its rolled edge
    sway = float(rng.uniform(-0.015, 0.015))
    ridge, tufts = [], []
    for k in range(25):  # the plume: a brush of red horsehair along the fin's top
        f = k / 24
        i = 1.2 + f * 6.0
        j = int(i)
        (z0, yy0), (z1, yy1) = fin[j], fin[min(j + 1, len(fin) - 1)]
        z, y = z0 + (z1 - z0) * (i - j), yy0 + (yy1 - yy0) * (i - j)
        out = np.array([z + 0.05, y - 0.5])
        out /= np.linalg.norm(out)
        if k % 4 == 0:
            ridge.append((sway * f, y + 0.025 * out[1], z + 0.025 * out[0]))
        c = (sway * f, y + 0.05 * out[1], z + 0.05 * out[0])
        ang = np.degrees(np.arctan2(out[0], out[1])) + float(rng.uniform(-6, 6))
        lean = (-1) ** k * 14 + float(rng.uniform(-5, 5))
        tufts.append(at(*c) @ rot("x", ang) @ rot("z", lean) @ scl(0.018, 0.06, 0.022))
    parts.append(tube(ridge, 0.04, None, "card-red"))
    spindle = lathe([(0.0, -1.0), (1.0, 0.0), (0.0, 1.0)], sides=6)
    parts.append(_copies(spindle, tufts, "card-red"))
    return parts


# ---- 899 legionary shield -------------------------------------------------------------------


def _scutum(rng: Rng) -> list[Part]:
    """A Roman legionary's scutum: a tall rectangular shield curved round like half a cylinder,
    standing upright, painted red with a gold border, a big round metal boss on a square plate in
    the centre, golden eagle wings spreading from it and zigzag lightning bolts toward the
    corners, a metal rim all round."""
    H, r, half = 1.0, 0.34, np.radians(62)
    zc = -r * (1 + np.cos(half)) / 2  # the curve's axis, so the shield is centred in depth
    y0 = 0.02
    face_r = r + 0.02  # the painted face

    def on(u: float, y: float, lift: float = 0.0) -> np.ndarray:
        """A placement on the painted face at arc angle u (radians) and height y."""
        rr = face_r + lift
        return _facing((rr * np.sin(u), y, zc + rr * np.cos(u)), (np.sin(u), 0.0, np.cos(u)))

    def pt(u: float, y: float) -> np.ndarray:
        return np.array([face_r * np.sin(u), y, zc + face_r * np.cos(u)])

    def paint(p, q, w: float) -> Part:
        """A gold stroke w wide on the face from p to q."""
        mid = (p + q) / 2
        nrm = (mid[0], 0.0, mid[2] - zc)
        sag = float(np.hypot(q[0] - p[0], q[2] - p[2])) ** 2 / (8 * face_r)  # the chord's dip
        return strip(p, q, nrm, w, 0.004, "cloth-yellow", reach=w / 3, lift=sag + 0.001)

    arc = np.linspace(-half, half, 11)
    path = [(r * np.sin(a), y0 + H / 2, zc + r * np.cos(a)) for a in arc]
    parts = [tube(path, 1.0, None, 0, "body", shape=_section(0.015, H / 2))]  # the board
    skin = [(p[0] * 1.05, p[1], zc + (p[2] - zc) * 1.05) for p in path]
    parts.append(tube(skin, 1.0, None, "card-red", shape=_section(0.004, H / 2 - 0.005)))
    for y in (y0, y0 + H):  # the metal rim
        parts.append(tube([(p[0], y, p[2]) for p in path], 0.02, None, 1))
    for a in (-half, half):
        parts.append(stick((r * np.sin(a), y0, zc + r * np.cos(a)),
                           (r * np.sin(a), y0 + H, zc + r * np.cos(a)), 0.02, 1))  # fmt: skip
    mid = y0 + H / 2
    inset, du = 0.05, half - 0.14
    for y in (y0 + inset, y0 + H - inset):  # the painted border
        for a, b in pairwise(np.linspace(-du, du, 13)):
            parts.append(paint(pt(a, y), pt(b, y), 0.018))
    for u in (-du, du):
        parts.append(paint(pt(u, y0 + inset), pt(u, y0 + H - inset), 0.018))
    # the boss on its square plate
    parts.append(slab(_rect(0.2, 0.22, 0, -0.11), 0.016, on(0, mid), 1))
    parts.append(lathe([(0.095, 0.0), (0.09, 0.025), (0.065, 0.06), (0.0, 0.075)],
                       on(0, mid, 0.008) @ rot("x", 90), 1))  # fmt: skip
    # eagle wings spreading from the boss to either side, raised above and lowered below: each a
    # fan of long feathers, each feather laid on the curved face at its own middle
    feather = slab(leaf(0.22), 0.004)
    plumes = []
    for s in (-1, 1):
        for sy in (-1, 1):
            for k in range(5):
                phi = np.radians(8 + 15 * k)
                ln = 0.2 - 0.022 * k
                dx, dy = np.cos(phi), sy * np.sin(phi)
                u = 0.1 + ln / 2 * dx  # along the face from the centre
                m = on(s * u / face_r, mid + sy * 0.03 + ln / 2 * dy, 0.002)
                plumes.append(
                    m @ rot("z", np.degrees(np.arctan2(-s * dx, dy))) @ scl(ln / 2, ln / 2, 1)
                )
    parts.append(_copies(feather, plumes, "cloth-yellow"))
    # zigzag lightning bolts toward the four corners
    wob = float(rng.uniform(-0.01, 0.01))
    for sx in (-1, 1):
        for sy in (-1, 1):
            zz = [(0.11, 0.13), (0.3, 0.2), (0.22, 0.25), (0.5, 0.38 + wob)]
            pts = [pt(sx * du * 0.93 * a / 0.5, mid + sy * b) for a, b in zz]
            for p, q in pairwise(pts):
                parts.append(paint(p, q, 0.024))
            tip = pts[-1]
            parts.append(sphere(1.0, on(sx * du * 0.93, tip[1], 0.002) @ scl(0.02, 0.02, 0.004),
                                "cloth-yellow"))  # fmt: skip
    return parts


# ---- 900 mosaic floor -----------------------------------------------------------------------

_FISH = (
    "................",
    "................",
    "......yyy.......",
    ".....yyyy.......",
    "....kkkkkkk...yy",
    "...kbbbbbbbk.yyy",
    "..kbkbbbbbbbkyy.",
    ".kbbbbbbbbbbbky.",
    ".rbbbbbbbbbbbky.",
    "..kyyyyyyyyykyy.",
    "...kyyyyyyyk.yyy",
    "....kkkkkkk...yy",
    "......yy........",
    "................",
    "..bb..bb..bb..bb",
    ".b..bb..bb..bb..",
)  # fmt: skip
"""The mosaic's centre picture: a fish over waves (b blue, y yellow, k dark, r its mouth)."""

_TESSERA = {".": "snow", "b": "plume", "y": "fruit-yellow", "k": "cloth-dark", "r": "card-red"}


def _mosaic_colour(r: int, c: int, n: int):
    """The colour of tile (r, c) of an n × n mosaic: a band of dark key fret on light, a red
    line, the fish in the middle."""
    ring = min(r, c, n - 1 - r, n - 1 - c)
    if ring == 0:
        return 1
    if ring == 4:
        return "card-red"
    if ring >= 5:
        return _TESSERA[_FISH[r - 5][c - 5]]
    j = ring - 1  # depth into the fret band
    side = min(r, n - 1 - r) == ring  # on the top or bottom side
    i = c if side else r
    if min(i, n - 1 - i) <= 3:  # a corner square with a dot in it
        return "cloth-dark" if (r in (2, n - 3) and c in (2, n - 3)) else 1
    on = (i % 4 in (0, 1, 2), i % 4 in (0, 2), i % 4 in (0, 2, 3))[j]
    return "cloth-dark" if on else 1


def _mosaic(rng: Rng) -> list[Part]:
    """A Roman mosaic floor panel, tilted up toward the viewer: a square stone slab covered in
    hundreds of small square tiles, each a little raised square, that make a border of dark key
    fret, a red line and in the middle a blue and yellow fish over waves on white."""
    n, pitch, tilt_deg = 26, 0.038, 18
    S = n * pitch + 0.04
    # the slab's own frame: its top face at y = 0, front edge at z = 0, back edge at z = -S
    tilt = at(0, 0.05 * np.cos(np.radians(tilt_deg)), S / 2) @ rot("x", tilt_deg)
    parts = [box(S, 0.05, S, tilt @ at(0, -0.05, -S / 2), 0, "body")]
    back = S * np.sin(np.radians(tilt_deg))
    parts.append(box(S + 0.02, back, 0.12, at(0, 0, -S / 2 + 0.08), 0))  # the block it rests on
    t = pitch - 0.007
    tile = slab(_rect(t, t, 0, -t / 2), 0.014, rot("x", -90) @ at(0, 0, 0.007))
    groups: dict = {}
    for r in range(n):
        for c in range(n):
            x = (c - (n - 1) / 2) * pitch + float(rng.uniform(-0.0015, 0.0015))
            z = -0.02 - (r + 0.5) * pitch + float(rng.uniform(-0.0015, 0.0015))
            m = tilt @ at(x, -0.004, z) @ rot("y", float(rng.uniform(-6, 6)))
            groups.setdefault(_mosaic_colour(n - 1 - r, c, n), []).append(m)
    for slot, frames in groups.items():
        parts.append(_copies(tile, frames, slot))
    return parts


# ---- 901 Colosseum --------------------------------------------------------------------------


def _arch_outline(w: float, h: float, y: float):
    """A round-headed opening w wide and h high from y (sharp: a few points on its head)."""
    t = np.linspace(0.0, np.pi, 6)
    head = [(w / 2 * np.cos(a), y + h - w / 2 + w / 2 * np.sin(a)) for a in t]
    return sharp([(w / 2, y), *head, (-w / 2, y)])


def _even_ellipse(a: float, c: float, n: int, y: float = 0.0) -> np.ndarray:
    """n + 1 points round an ellipse (semi-axes a along x, c along z) evenly spaced along it."""
    t = np.linspace(0.0, 2 * np.pi, 16 * n + 1)
    p = np.stack([a * np.cos(t), c * np.sin(t)], 1)
    s = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(p, axis=0).T))])
    tk = np.interp(np.linspace(0.0, s[-1], n + 1), s, t)
    return np.stack([a * np.cos(tk), np.full(n + 1, y), c * np.sin(tk)], 1)


def _arcade_bays(pts: np.ndarray, tiers, keep, out: dict, attic: bool) -> None:
    """The bays of a curved arcaded wall between successive points: each storey a stone panel
    with a dark round-headed opening (the attic a small window) under a cornice, a pilaster at
    each bay's side. ``keep(k)`` gives bay k's storeys kept and the height left of the last;
    the pieces' frames go into ``out`` by kind."""
    for k, (p0, p1) in enumerate(pairwise(pts)):
        w = float(np.linalg.norm(p1 - p0))
        mid = (p0 + p1) / 2
        nrm = np.array([p1[2] - p0[2], 0.0, p0[0] - p1[0]]) / w
        f = _facing(mid, nrm if nrm @ mid > 0 else -nrm)
        kept, broken = keep(k)
        y = mid[1]
        for j, h in enumerate(tiers[:kept]):
            last = j == kept - 1 and broken < 1.0
            if last:  # a broken storey: two ragged stumps
                for s, hb in ((-1, broken), (1, broken * 0.6)):
                    out["panel"].append(
                        f @ at(s * w / 4, y, -0.015) @ scl(w / 2 + 0.003, h * hb, 0.03)
                    )
                y += h * broken
                break
            out["panel"].append(f @ at(0, y, -0.015) @ scl(w + 0.004, h, 0.03))
            if attic and j == len(tiers) - 1:
                if k % 2 == 0:
                    out["window"].append(
                        f @ at(0, y + 0.35 * h, 0.001) @ scl(0.2 * w, 0.25 * h, 0.004)
                    )
            else:
                aw = min(0.56 * h, 0.5 * w)
                out["arch"].append(f @ at(0, y + 0.1 * h, 0.001) @ scl(aw, aw, 0.004))
            out["cornice"].append(f @ at(0, y + h - 0.009, 0) @ scl(w + 0.006, 0.009, 0.02))
            y += h
        out["pilaster"].append(f @ at(-w / 2, mid[1], 0) @ scl(0.014, y - mid[1] - 0.009, 0.022))


def _colosseum(rng: Rng) -> list[Part]:
    """The Colosseum: a huge elliptical amphitheatre of stone, its outer wall three storeys of
    round arches between half-columns under cornices and a solid attic storey with small windows;
    on the near side the outer wall has fallen to ragged stumps and broken cross walls, showing
    the lower inner ring of arches and the tiers of stepped seating inside sloping down to the
    sand of the arena floor in the middle."""
    a, c, nb = 0.62, 0.5, 36
    tiers = [0.08, 0.08, 0.08, 0.07]
    ai, ci = 0.28, 0.17  # the arena
    centre, span = np.radians(55 + float(rng.uniform(-5, 5))), np.radians(40)  # the broken side

    def param(phi: float) -> float:
        """The ellipse parameter of the point at polar angle phi."""
        return float(np.arctan2(a * np.sin(phi), c * np.cos(phi)))

    def off(p0, p1) -> float:
        """How far (radians) the bay from p0 to p1 is round from the middle of the broken side."""
        phi = np.arctan2(p0[2] + p1[2], p0[0] + p1[0])
        return abs((phi - centre + np.pi) % (2 * np.pi) - np.pi)

    parts = [cylinder(1.0, 1.0, 0.02, scl(ai, 1, ci), 1, "body")]  # the arena floor of sand
    podium = [(ai * np.cos(t), 0.025, ci * np.sin(t)) for t in np.linspace(0, 2 * np.pi, 17)]
    parts.append(tube(podium, 1.0, None, 0, shape=_section(0.008, 0.025)))
    steps, low = 6, 4  # the top two rings of seats are gone on the broken side
    t0, t1 = param(centre + span), param(centre - span) + 2 * np.pi
    rings = []
    for i in range(steps):  # the seating, rings of steps rising outward
        f = (i + 0.5) / steps
        ra, rc = ai + 0.01 + f * (a - ai - 0.03), ci + 0.01 + f * (c - ci - 0.03)
        h = 0.06 + 0.17 * (i + 1) / steps
        ts = np.linspace(t0, t1, 17) if i >= low else np.linspace(0, 2 * np.pi, 19)
        ring = [(ra * np.cos(t), h / 2, rc * np.sin(t)) for t in ts]
        hw = (a - ai) / steps / 2 + 0.004
        parts.append(tube(ring, 1.0, None, 0, shape=_section(hw, h / 2)))
        rings.append((ra + hw + 0.004, rc + hw + 0.004, h))
    pts = _even_ellipse(a, c, nb)
    cuts = [float(rng.uniform(0.3, 0.9)) for _ in range(nb)]

    def outer(k: int):
        o = off(pts[k], pts[k + 1])
        if o > span + 0.2:
            return 4, 1.0
        return (3, cuts[k]) if o > span else (1 + int(o > span * 0.6), cuts[k])

    out: dict = {key: [] for key in ("panel", "arch", "window", "cornice", "pilaster")}
    _arcade_bays(pts, tiers, outer, out, True)
    # where the outer wall has fallen: the inner ring of arches and broken cross walls
    ra, rc, h = rings[low - 1]
    ring = _even_ellipse(ra, rc, 30)
    inner = [k for k in range(30) if off(ring[k], ring[k + 1]) < span]
    _arcade_bays(ring[inner[0] : inner[-1] + 2], [h / 2, h / 2], lambda k: (2, 1.0), out, False)
    for k in range(nb):
        p0, p1 = pts[k], pts[k + 1]
        if off(p0, p0) < span:
            gap = float(np.hypot(p0[0] * (1 - ra / a), p0[2] * (1 - rc / c)))
            inward = -p0 / np.linalg.norm(p0)
            wall = _facing(p0 + inward * gap / 2, p1 - p0) @ scl(gap, 0.05 + 0.1 * cuts[k], 0.02)
            out["panel"].append(wall)
    unit, arch = slab(_rect(1.0, 1.0), 1.0), slab(_arch_outline(1.0, 1.4, 0.0), 1.0)
    looks = {"panel": (unit, 0), "arch": (arch, "marking"), "window": (unit, "marking"),
             "cornice": (unit, 0), "pilaster": (unit, 0)}  # fmt: skip
    for kind, (template, slot) in looks.items():
        parts.append(_copies(template, out[kind], slot))
    return parts


# ---- 902 arena gate -------------------------------------------------------------------------


def _plank(x0: float, x1: float, xc: float, r: float, h0: float):
    """A door plank from x0 to x1 under a round head of radius r centred at x = xc, y = h0."""

    def y(x: float) -> float:
        return h0 + float(np.sqrt(max(r * r - (x - xc) ** 2, 0.0)))

    xs = np.linspace(x1, x0, 4)
    return sharp([(x0, 0.0), (x1, 0.0), *[(x, y(x)) for x in xs]])


def _leaf(s: int, r: float, h0: float, m: np.ndarray, rng: Rng) -> list[Part]:
    """One leaf of the gate, hinged at x = 0 under m, running to x = s·r: upright planks on a
    dark backing, iron straps studded with rivets, a ring handle near its meeting edge."""
    parts = []
    back = [(0.0, 0.0), (s * r, 0.0), *[(s * r - s * r * np.cos(a), h0 + r * np.sin(a))
            for a in np.linspace(np.pi / 2, 0.02, 6)], (0.0, h0)]  # fmt: skip
    parts.append(slab(sharp(back), 0.03, m @ at(0, 0, -0.02), "marking"))
    xs = np.linspace(0.0, s * r, 6)
    for xa, xb in pairwise(xs):
        lo, hi = min(xa, xb) + 0.003, max(xa, xb) - 0.003
        parts.append(slab(_plank(lo, hi, s * r, r, h0), 0.05, m, 0))
    studs = []
    for y in (0.1, 0.4, 0.7):  # iron straps with rivets
        parts.append(slab(_rect(r - 0.02, 0.06, s * r / 2, y), 0.012, m @ at(0, 0, 0.03), 1))
        for k in range(5):
            studs.append(m @ at(s * (0.035 + k * (r - 0.07) / 4), y + 0.03, 0.036))
    parts.append(_copies(lathe([(0.016, 0.0), (0.013, 0.008), (0.0, 0.014)], rot("x", 90),
                               sides=8), studs, 1))  # fmt: skip
    hx = s * (r - 0.075)  # the ring handle on its boss
    parts.append(cylinder(0.03, 0.024, 0.022, m @ at(hx, 0.56, 0.025) @ rot("x", 90), 1))
    swing = float(rng.uniform(-8, 8))
    parts.append(torus(0.06, 0.01, m @ at(hx, 0.5, 0.055) @ rot("x", 90 + swing), 1))
    return parts


def _arena_gate(rng: Rng) -> list[Part]:
    """A heavy arena gate: tall double doors of thick upright planks banded with iron straps
    studded with rivets, each with a big iron ring handle, set in a round-headed arch of wedge
    stones with a projecting keystone and imposts in a stone wall; the right door stands ajar,
    pushed a little way in, showing the dark passage behind."""
    W, Ht, D = 1.3, 1.3, 0.3
    r, h0, yb = 0.38, 0.66, 0.04  # the opening's half width, where its head springs, the sill

    def contours(n: int) -> list[np.ndarray]:
        wall = np.array([(-W / 2, yb), (W / 2, yb), (W / 2, yb + Ht), (-W / 2, yb + Ht)])
        return [wall, *_arch_holes(-r, 1, 2 * r, r, yb, h0, n)]

    parts = [box(W + 0.04, yb, D + 0.06, None, "stones", "body")]  # the sill and footing
    parts.append(flat_solid(contours, D, at(0, 0, -D / 2), "stones"))
    parts += _voussoirs(0.0, yb + h0, r, 0.14, D, "plaster", 11, 0.03, "marking")
    for s in (-1, 1):  # the imposts
        parts.append(box(0.12, 0.045, D + 0.04, at(s * (r + 0.04), yb + h0 - 0.045, 0), "stones"))
    parts.append(box(W + 0.05, 0.05, D + 0.05, at(0, yb + Ht, 0), "stones"))  # the coping
    parts.append(slab(_arch_outline(2 * r, h0 + r, yb), 0.02, at(0, 0, -D / 2 + 0.012),
                      "marking"))  # the dark passage behind # fmt: skip
    zd = 0.03
    parts += _leaf(1, r, h0, at(-r, yb, zd), rng)
    ajar = 20 + float(rng.uniform(-4, 4))  # pushed a little way in
    parts += _leaf(-1, r, h0, at(r, yb, zd) @ rot("y", -ajar), rng)
    for s in (-1, 1):  # the hinge pins
        for y in (0.13, 0.73):
            parts.append(cylinder(0.018, 0.018, 0.1, at(s * (r - 0.01), yb + y, zd + 0.035), 1))
    return parts


MORE_APPLIANCES_ZZK = {
    895: _triclinium, 896: _abacus, 897: _aqueduct, 898: _helmet, 899: _scutum, 900: _mosaic,
    901: _colosseum, 902: _arena_gate,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
