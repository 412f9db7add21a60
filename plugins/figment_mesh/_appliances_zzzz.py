"""More of the device family's appliances, from 1209: a carnival float, a grass skirt, an
overflowing burlap sack, a rolled carpet, a mob cap, a marquee, farming terraces and a pheasant.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._geometry import Part, Sweep, align, at, frames, rot, scl, v3
from ._kit import (
    FLAT_UP,
    HEX,
    ZYX,
    band,
    ccw,
    cloth_sheet,
    colour_patch,
    cone,
    crisp,
    cut,
    ellipse,
    flat_solid,
    flower,
    hoop,
    lobed,
    loft,
    rect_ring,
    rope,
    skin_field,
    skin_hits,
    solid,
    studs,
    swept,
)
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import ellipsoid
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZ"]

Rng = np.random.Generator

_OCT = ellipse(1.0, 1.0, 8)
_OVAL = ellipse(1.0, 1.0, 10)
_SQUARE = np.array([[1.0, -1.0], [1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0]])
_BALL = np.array([-1.0, -0.92, -0.62, 0.0, 0.62, 0.92, 1.0])
"""Where a cheap ball's rings sit along its axis (its poles at the ends)."""
_BEAD = np.array([-1.0, -0.8, 0.0, 0.8, 1.0])
"""A cheaper ball's rings, for small six-sided ones."""
_FESTIVE = ("card-red", "cloth-yellow", "snow", "eraser", "plume", "fruit-orange")


# Many small pieces in one part


def _bundle(centres, u, v, radii, shape: np.ndarray, slot=0, tag: str = "") -> Part:
    """Many separate sweeps in one part (strands, stones, beads): centres, u and v (N, R, 3)
    and radii (N, R) of N pieces of R rings each, a radius of 0 a pole; nothing joins one
    piece to the next when each starts and ends on a pole."""
    c = np.asarray(centres, float).reshape(-1, 3)
    uu = np.asarray(u, float).reshape(-1, 3)
    vv = np.asarray(v, float).reshape(-1, 3)
    sweep = Sweep(c, uu, vv, np.asarray(radii, float).ravel(), shape)
    return swept(lambda k: sweep, slot, tag)


def _strands(points, across, widths, thick: float, slot=0) -> Part:
    """Flat strands (fringe, grass) through rows of points (N, R, 3), each as wide as
    ``widths`` (R,) along its ``across`` (N, 3) and ``thick`` thick."""
    p = np.asarray(points, float)
    n, r = p.shape[:2]
    s = np.asarray(across, float)
    d = np.cross(s, p[:, -1] - p[:, 0])
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    c = np.concatenate([p[:, :1], p, p[:, -1:]], 1)
    w = np.asarray(widths, float) / 2
    w = np.concatenate([w[:1], w, w[-1:]])
    u = s[:, None, :] * w[None, :, None]
    v = np.repeat(d[:, None, :] * thick / 2, r + 2, 1)
    rad = np.tile(np.r_[0.0, np.ones(r), 0.0], (n, 1))
    return _bundle(c, u, v, rad, _SQUARE, slot)


def _cords(paths, radius, slot=0, n: int = 9) -> Part:
    """Many thin round cords (garlands, festoons, plumes) in one part, each smoothly through
    its row of points (N, P, 3), ``radius`` thick (or a radius per point), six-sided."""
    cen, us, vs = [], [], []
    for path in paths:
        p = np.asarray(path, float)
        c = catmull_rom(p, n)
        rr = np.broadcast_to(np.asarray(radius, float), (len(p),))
        r = np.interp(np.linspace(0, 1, n), np.linspace(0, 1, len(p)), rr)[:, None]
        u, v = frames(c)
        cen.append(np.concatenate([c[:1], c, c[-1:]]))
        us.append(np.concatenate([u[:1], u * r, u[-1:]]))
        vs.append(np.concatenate([v[:1], v * r, v[-1:]]))
    rad = np.tile(np.r_[0.0, np.ones(n), 0.0], (len(cen), 1))
    return _bundle(cen, us, vs, rad, HEX, slot)


def _balls(centres, size, axes=None, slot=0, sides: np.ndarray = _OCT, tag: str = "") -> Part:
    """Many cheap round lumps in one part (flowers, potatoes, beads): each at its centre, of
    half sizes ``size`` (N, 3) along the columns of its 3×3 ``axes`` (upright when None)."""
    c = np.asarray(centres, float)
    n = len(c)
    sz = np.broadcast_to(np.asarray(size, float), (n, 3))
    ax = np.broadcast_to(np.eye(3), (n, 3, 3)) if axes is None else np.asarray(axes, float)
    at_ = _BEAD if len(sides) <= 6 else _BALL
    ring = np.sqrt(np.maximum(1.0 - at_**2, 0.0))
    cen = c[:, None, :] + at_[None, :, None] * (ax[:, :, 1] * sz[:, 1:2])[:, None, :]
    u = (ax[:, :, 0] * sz[:, 0:1])[:, None, :] * ring[None, :, None]
    v = (ax[:, :, 2] * sz[:, 2:3])[:, None, :] * ring[None, :, None]
    r = np.tile((ring > 0).astype(float), (n, 1))
    return _bundle(cen, u, v, r, sides, slot, tag)


def _plates(mats, shape: np.ndarray, depth: float, slot=0) -> Part:
    """Many flat plates in one part: the outline ``shape`` (S, 2, star-shaped round 0) drawn
    in the xy plane of each of the 4×4 ``mats`` (its scale sizing it), ``depth`` thick along
    its z."""
    m = np.asarray(mats, float)
    o, u, v, w = m[:, :3, 3], m[:, :3, 0], m[:, :3, 1], m[:, :3, 2]
    w = w / np.linalg.norm(w, axis=1, keepdims=True) * depth / 2
    cen = np.stack([o - w, o - w, o + w, o + w], 1)
    us, vs = np.repeat(u[:, None], 4, 1), np.repeat(v[:, None], 4, 1)
    return _bundle(cen, us, vs, np.tile([0.0, 1.0, 1.0, 0.0], (len(m), 1)), shape, slot)


def _turned(rng: Rng, n: int) -> np.ndarray:
    """n random 3×3 rotations (a heap's lumps lying any way)."""
    q = rng.normal(size=(n, 4))
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    w, x, y, z = q.T
    return np.stack([
        np.stack([1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y)], -1),
        np.stack([2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x)], -1),
        np.stack([2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)], -1),
    ], 1)  # fmt: skip


# 1209 carnival float


def _perimeter(L: float, W: float, step: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Points every ``step`` round a rectangle L (x) by W (z) centred on 0: (x, z) points,
    their outward normals and the direction along the edge."""
    pts, out, along = [], [], []
    for axis, length, width in ((0, L, W), (1, W, L)):
        n = round(length / step)
        t = (np.arange(n) + 0.5) / n * length - length / 2
        for s in (-1, 1):
            for x in t:
                p = np.array([x, s * width / 2]) if axis == 0 else np.array([s * width / 2, x])
                o = np.array([0.0, s]) if axis == 0 else np.array([s, 0.0])
                pts.append(p)
                out.append(o)
                along.append(np.array([o[1], -o[0]]))
    return np.array(pts), np.array(out), np.array(along)


def _plumes(bases, leans, heights, slot) -> Part:
    """Tall curling ostrich plumes, each from its base leaning toward its lean (x, z): a thin
    stem swelling into a long soft feather that nods over at its tip."""
    paths = []
    for b, (dx, dz), h in zip(bases, leans, heights, strict=True):
        b = np.asarray(b, float)
        paths.append(
            [
                b,
                b + v3(dx * 0.1, h * 0.3, dz * 0.1),
                b + v3(dx * 0.35, h * 0.65, dz * 0.35),
                b + v3(dx * 0.75, h * 0.92, dz * 0.75),
                b + v3(dx * 1.2, h, dz * 1.2),
            ]
        )
    return _cords(paths, [0.006, 0.022, 0.03, 0.024, 0.004], slot, 7)


def _crown(c, r: float, slot="plume-tip") -> list[Part]:
    """A king's crown standing at c: a band of radius r with eight points round its top, a
    pearl on each point, a red velvet cap inside, jewels round the band, a ball and cross on
    top."""
    x, y, z = c
    h = r * 0.6
    parts = [cylinder(r, r * 1.06, h, at(x, y, z), slot)]
    parts.append(sphere(1.0, at(x, y + h * 0.7, z) @ scl(r * 0.95, r * 0.9, r * 0.95), "card-red"))
    cen, us, vs, tips = [], [], [], []
    for k in range(8):
        a = np.radians(k * 45.0)
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        side = np.array([-np.sin(a), 0.0, np.cos(a)])
        foot = np.array([x, y + h * 0.9, z]) + d * r * 1.02
        tip = foot + d * r * 0.12 + np.array([0.0, r * 0.75, 0.0])
        cen.append([foot, foot, tip])
        us.append([side * r * 0.2] * 3)
        vs.append([d * r * 0.05] * 3)
        tips.append(tip)
    parts.append(_bundle(cen, us, vs, np.tile([0.0, 1.0, 0.0], (8, 1)), _SQUARE, slot))
    parts.append(_balls(tips, r * 0.1, None, "snow", HEX))
    top = np.array([x, y + h * 0.7 + r * 0.9, z])
    parts.append(sphere(r * 0.16, at(*top), slot))
    parts.append(box(r * 0.08, r * 0.4, r * 0.08, at(*top), slot))
    parts.append(box(r * 0.28, r * 0.08, r * 0.08, at(*(top + v3(0, r * 0.22, 0))), slot))
    gems = [np.array([x + r * 1.05 * np.cos(a), y + h * 0.45, z + r * 1.05 * np.sin(a)])
            for a in np.radians(np.arange(0, 360, 45) + 22.5)]  # fmt: skip
    parts.append(_balls(gems, r * 0.09, None, "card-red", HEX))
    return parts


def _tier(y: float, r: float, h: float, swags: int, rng: Rng) -> list[Part]:
    """One tier of the float's cake-like tower: a drum of radius r and height h from y, gold
    piping round its top, pink festoons looped round its side and a flower where each is
    hung, a ring of flowers round its top."""
    parts = [cylinder(r, r, h, at(0, y, 0), 0)]
    parts.append(hoop(r, 0.012, at(0, y + h, 0), "plume-tip", 24, 5))
    paths, hangs, tops = [], [], []
    for k in range(swags):
        a0, a1 = 2 * np.pi * k / swags, 2 * np.pi * (k + 1) / swags
        t = np.linspace(a0, a1, 5)
        sag = h * np.array([0.0, 0.32, 0.42, 0.32, 0.0])
        paths.append([(r * 1.03 * np.cos(a), y + h * 0.85 - d, r * 1.03 * np.sin(a))
                      for a, d in zip(t, sag, strict=True)])  # fmt: skip
        hangs.append((r * 1.05 * np.cos(a0), y + h * 0.85, r * 1.05 * np.sin(a0)))
        a = a0 + np.pi / swags
        tops.append((r * 0.88 * np.cos(a), y + h + 0.01, r * 0.88 * np.sin(a)))
    parts.append(_cords(paths, 0.011, "eraser", 5))
    col = int(rng.integers(0, 3))
    parts.append(_balls(hangs, 0.022, None, _FESTIVE[col], HEX))
    parts.append(_balls(tops, (0.024, 0.017, 0.024), None, _FESTIVE[(col + 3) % 6], HEX))
    return parts


def _carnival_float(rng: Rng) -> list[Part]:
    """A parade float: a long flatbed platform on wheels skirted all round by a glittering
    fringe of strands hanging nearly to the ground, leafy garlands swagged along its edges, a
    border of flowers along the deck, a big three-tiered cake-like tower in its middle hung
    with festoons and ringed with flowers, a jewelled crown on top, and bunches of tall
    curling plumes rising from gold urns at its four corners."""
    L, W, top = 1.2, 0.56, 0.2
    parts = [box(L, 0.05, W, at(0, top - 0.05, 0), 0, "body")]  # the deck
    parts.append(box(L - 0.04, top - 0.08, W - 0.04, at(0, 0.03, 0), "marking"))  # its lining
    for x in (-0.4, 0.4):  # the wheels, their feet showing under the fringe
        for s in (-1, 1):
            wm = at(x, 0.07, s * 0.25) @ rot("x", 90)
            parts.append(cylinder(0.07, 0.07, 0.05, wm @ at(0, -0.025, 0), "marking"))
            parts.append(cylinder(0.035, 0.035, 0.054, wm @ at(0, -0.027, 0), "steel"))
    pts, out, along = _perimeter(L + 0.01, W + 0.01, 0.018)  # the fringe
    n = len(pts)
    tops = np.stack([pts[:, 0], np.full(n, top - 0.005), pts[:, 1]], 1)
    bots = tops + np.stack([out[:, 0], np.zeros(n), out[:, 1]], 1) * 0.008
    bots[:, 1] = 0.05 + rng.uniform(0.0, 0.012, n)
    across = np.stack([along[:, 0], np.zeros(n), along[:, 1]], 1)
    parts.append(_strands(np.stack([tops, bots], 1), across, [0.009, 0.008], 0.003, 1))
    parts.append(rect_ring(L + 0.03, W + 0.03, 0.025, 0.03, at(0, top - 0.027, 0), "plume-tip"))
    parts += _garlands(L, W, top, rng)
    edge, _, _ = _perimeter(L - 0.07, W - 0.07, 0.1)  # flowers along the deck's edge
    for c in range(3):
        sel = edge[c::3]
        cen = np.stack([sel[:, 0], np.full(len(sel), top + 0.012), sel[:, 1]], 1)
        parts.append(_balls(cen, (0.026, 0.018, 0.026), None, _FESTIVE[(c * 2) % 6], HEX))
    y = top
    for r, h, sw in ((0.24, 0.15, 9), (0.175, 0.13, 7), (0.115, 0.11, 5)):  # the tower
        parts += _tier(y, r, h, sw, rng)
        y += h
    parts += _crown((0.0, y, 0.0), 0.08)
    urn = [(0.0, 0.0), (0.035, 0.02), (0.042, 0.065), (0.0, 0.09)]
    bases, leans, heights = [], [], []
    for sx in (-1, 1):  # the plumes in their urns at the corners
        for sz in (-1, 1):
            x, z = sx * (L / 2 - 0.06), sz * (W / 2 - 0.06)
            parts.append(lathe(urn, at(x, top, z), "plume-tip", sides=8))
            for k, (lx, lz) in enumerate(((0.14, 0.02), (0.02, 0.14), (0.1, 0.1))):
                bases.append((x, top + 0.08, z))
                leans.append((sx * lx, sz * lz))
                heights.append(0.42 - 0.05 * k + float(rng.uniform(-0.02, 0.02)))
    for k, slot in enumerate(("plume", "eraser", "snow")):
        parts.append(_plumes(bases[k::3], leans[k::3], heights[k::3], slot))
    return parts


def _garlands(L: float, W: float, top: float, rng: Rng) -> list[Part]:
    """Leafy garlands swagged along the float's four sides over the fringe, a flower at each
    hanging point and one in each swag's dip."""
    paths, knots, dips = [], [], []
    for axis, length, width, n in ((0, L, W, 5), (1, W, L, 2)):
        for s in (-1, 1):
            edge = np.linspace(-length / 2, length / 2, n + 1)
            for a, b in pairwise(edge):
                t = np.linspace(a, b, 5)
                sag = np.array([0.0, 0.04, 0.055, 0.04, 0.0])
                off = s * (width / 2 + 0.022)
                pts = [(x, top - 0.025 - d, off) if axis == 0 else (off, top - 0.025 - d, x)
                       for x, d in zip(t, sag, strict=True)]  # fmt: skip
                paths.append(pts)
                knots.append(pts[0])
                dips.append(pts[2])
    parts = [_cords(paths, 0.015, "vine", 6)]
    parts.append(_balls(knots, 0.028, None, "card-red", HEX))
    parts.append(_balls(dips, 0.024, None, _FESTIVE[int(rng.integers(1, 3))], HEX))
    return parts


# 1210 grass skirt


def _grass_skirt(rng: Rng) -> list[Part]:
    """A hula skirt hung on a plain stand as if worn: a thick braided waistband with red and
    white hibiscus flowers at its hip and a tie hanging at the front, and hundreds of long
    straight strands of dried grass hanging from it in three layers, spreading over the hips
    and falling in a full ragged circle to below the knee; a slim pole on three splayed feet
    holds the band up on two arms."""
    yw, rx, rz = 0.95, 0.15, 0.125
    parts = [torus(1.0, 0.14, at(0, yw, 0) @ scl(rx, 0.13, rz), 0, "body")]
    for layer, (drop, n, flare) in enumerate(((0.6, 104, 6.0), (0.56, 96, 9.0), (0.5, 88, 12.0))):
        t = 2 * np.pi * (np.arange(n) + rng.uniform(-0.3, 0.3, n) + 0.33 * layer) / n
        c, s = np.cos(t), np.sin(t)
        grow = 0.008 * layer
        y0 = yw - 0.008 - 0.008 * layer
        top = np.stack([(rx + grow) * c, np.full(n, y0), (rz + grow) * s], 1)
        out = np.stack([c, np.zeros(n), s * rz / rx], 1)
        out /= np.linalg.norm(out, axis=1, keepdims=True)
        hip = top + out * (0.045 + 0.01 * layer) - (0, 0.13, 0)
        rest = drop + rng.uniform(-0.035, 0.035, n) - 0.13
        f = np.radians(flare + rng.uniform(-2.5, 2.5, n))
        bot = hip + out * (rest * np.sin(f))[:, None]
        bot[:, 1] -= rest * np.cos(f)
        across = np.stack([-s, np.zeros(n), c], 1)
        parts.append(_strands(np.stack([top, hip, bot], 1), across, [0.012, 0.011, 0.006],
                              0.0025, 0))  # fmt: skip
    parts.append(torus(1.0, 0.06, at(0, yw + 0.012, 0) @ scl(rx + 0.012, 0.12, rz + 0.012),
                       "card-red"))  # the braid  # fmt: skip
    for a, r, slot in ((np.radians(40), 0.055, "card-red"), (np.radians(62), 0.04, "snow")):
        p = np.array([(rx + 0.02) * np.cos(a), yw + 0.01, (rz + 0.02) * np.sin(a)])
        face = at(*p) @ align((np.cos(a), 0.5, np.sin(a))) @ rot("x", -90)
        parts.append(slab(flower(5, 0.35), 0.012, face @ scl(r, r, 1.0), slot))
        parts.append(tube([p, p + r * 0.9 * np.array([np.cos(a), 0.7, np.sin(a)])], 0.004, None,
                          "cloth-yellow"))  # fmt: skip
    knot = np.array([-0.04, yw, rz + 0.02])  # the tie at the front
    ends = [[knot, knot + v3(-0.01, -0.1, 0.02), knot + v3(-0.02, -0.2, 0.03)],
            [knot, knot + v3(0.015, -0.08, 0.02), knot + v3(0.02, -0.16, 0.035)]]  # fmt: skip
    parts.append(_cords(ends, 0.006, 0, 7))
    parts.append(_balls([knot, *(e[-1] for e in ends)], (0.014, 0.02, 0.014), None, 0, _OCT))
    parts.append(cylinder(0.012, 0.012, yw - 0.02, None, 1))  # the stand
    for k in range(3):
        a = np.radians(90 + 120 * k)
        foot = (0.22 * np.cos(a), 0.012, 0.22 * np.sin(a))
        parts.append(tube([(0, 0.14, 0), (foot[0] * 0.8, 0.04, foot[2] * 0.8), foot], 0.01, None,
                          1))  # fmt: skip
    parts.append(tube([(-rx, yw - 0.01, 0), (0, yw - 0.03, 0), (rx, yw - 0.01, 0)], 0.008, None,
                      1))  # fmt: skip
    return parts


# 1211 burlap sack


def _burlap_sack(rng: Rng) -> list[Part]:
    """A fat sack of coarse cloth slumped on the ground, bulging with lumps, its bottom
    corners poking out like ears and creases running down from its neck; the open neck
    rolled down into a thick uneven cuff, heaped full of potatoes above the brim, a few
    rolling down its front and more fallen on the ground before it."""
    lean = rot("z", float(rng.uniform(-4, 4)))
    shapes = [ellipsoid((0.0, 0.27, 0.0), (0.27, 0.27, 0.22), lean)]
    shapes.append(ellipsoid((0.0, 0.13, 0.0), (0.3, 0.14, 0.25), None, 0.08))  # the fat foot
    for sx in (-1, 1):  # the bottom corners
        shapes.append(ellipsoid((sx * 0.28, 0.06, 0.0), (0.07, 0.05, 0.06), None, 0.05))
    for _ in range(5):  # lumps pressing the cloth out
        a = rng.uniform(0, 2 * np.pi)
        c = (0.2 * np.cos(a), rng.uniform(0.15, 0.4), 0.16 * np.sin(a))
        shapes.append(ellipsoid(c, (0.1, 0.09, 0.09), None, 0.06))
    shapes.append(ellipsoid((0.0, 0.5, 0.0), (0.24, 0.1, 0.2), None, 0.06))  # the neck
    ring = []
    for k in range(13):
        a = 2 * np.pi * k / 12
        ring.append((0.255 * np.cos(a), 0.575 + 0.012 * np.sin(3 * a), 0.215 * np.sin(a)))
    shapes += rope(ring, [0.05 + 0.008 * np.sin(5 * 2 * np.pi * k / 12) for k in range(13)],
                   0.03, 0.02)  # the rolled-down cuff  # fmt: skip
    for k in range(7):  # creases running down from the neck
        a = 2 * np.pi * (k + rng.uniform(-0.2, 0.2)) / 7
        d = np.array([np.cos(a), 0.0, np.sin(a) * 0.82])
        top = d * 0.25 + (0, 0.5, 0)
        bot = d * 0.3 + (0, 0.3 - 0.1 * rng.uniform(), 0) + np.cross(d, (0, 1, 0)) * 0.06
        shapes.append(cone(top, bot, 0.01, 0.006, -0.012))
    shapes.append(cut(1, 0.0, False, 0.01, (-0.5, -0.5, -0.5), (0.5, 0.0, 0.5)))
    parts = [solid(shapes, 0.023, 0, "body")]
    heap = [(0.0, 0.55), (0.24, 0.55), (0.22, 0.61), (0.15, 0.67), (0.0, 0.7)]
    parts.append(lathe(heap, scl(1.0, 1.0, 0.85), 1))
    cen = []
    for r, y, n in ((0.225, 0.615, 13), (0.155, 0.665, 9), (0.08, 0.7, 5), (0.0, 0.72, 1)):
        for k in range(n):
            a = 2 * np.pi * (k + rng.uniform(-0.2, 0.2)) / n + r * 7
            cen.append((r * np.cos(a), y + rng.uniform(-0.01, 0.01), 0.85 * r * np.sin(a)))
    cen += [(0.05, 0.6, 0.27), (0.1, 0.5, 0.29), (-0.12, 0.57, 0.24), (0.02, 0.04, 0.4),
            (0.16, 0.035, 0.36), (-0.14, 0.035, 0.42), (0.3, 0.035, 0.52), (-0.02, 0.035, 0.55),
            (0.07, 0.1, 0.4)]  # the spilled ones  # fmt: skip
    n = len(cen)
    sizes = np.stack([rng.uniform(0.045, 0.058, n), rng.uniform(0.034, 0.042, n),
                      rng.uniform(0.03, 0.038, n)], 1)  # fmt: skip
    parts.append(_balls(cen, sizes, _turned(rng, n), 1, _OVAL))
    return parts


# 1212 rolled carpet


_PER_TURN = 44
"""Points on each turn of a rolled rug's spiral."""


def _rug_path(r0: float, pitch: float, turns: float, flat: float, t: float):
    """The middle line (z, y) of a rug rolled up from its far end: a spiral of ``turns``
    turns ``pitch`` apart from radius r0 out to the ground, then ``flat`` unrolled along +z;
    and the spiral's centre (z, y)."""
    R = r0 + pitch * turns
    cy = R + t / 2
    phi = -np.pi / 2 - np.linspace(2 * np.pi * turns, 0.0, int(_PER_TURN * turns))
    r = R - pitch * (-np.pi / 2 - phi) / (2 * np.pi)
    spiral = np.stack([r * np.cos(phi), cy + r * np.sin(phi)], 1)
    run = np.stack([np.linspace(0.0, flat, 6)[1:], np.full(5, t / 2)], 1)
    return np.concatenate([spiral, run]), (0.0, cy)


def _sheet_outline(path: np.ndarray, t: float) -> np.ndarray:
    """A thin sheet's outline t thick round its middle line (k, 2), counter-clockwise."""
    d = np.gradient(path, axis=0)
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    nrm = np.stack([-d[:, 1], d[:, 0]], 1)
    return ccw(np.concatenate([path + nrm * t / 2, (path - nrm * t / 2)[::-1]]))


def _rolled_carpet(rng: Rng) -> list[Part]:
    """A patterned rug rolled up into a long tube lying on the floor, its last stretch
    unrolled flat in front: a broad border with gold guard lines down both sides and across
    the end, a big stepped lozenge medallion, small lozenges and corner pieces in the field, a
    white fringe along its end; the ends of the roll show the rug wound in a spiral, the
    border bands running round the roll near each end."""
    L, t, pitch = 1.0, 0.011, 0.0165
    turns = 5.0 + float(rng.uniform(-0.3, 0.3))
    flat = 0.5
    path, (_, cy) = _rug_path(0.022, pitch, turns, flat, t)
    z0 = -0.22  # the roll's axis
    shape = _sheet_outline(path, t)
    along = at(-L / 2, 0, z0) @ ZYX
    parts = [flat_solid(lambda n: [shape], L, along, 0, "body")]
    last = path[-int(_PER_TURN * 1.05) - 5 :]  # the outermost turn and the flat run
    for x0, w, th, slot in ((0.012, 0.07, 0.004, 1), (0.09, 0.01, 0.005, "cloth-yellow"),
                            (0.0, 0.006, 0.005, "cloth-yellow")):  # fmt: skip
        ring = _sheet_outline(last, t + th)
        for s in (-1, 1):
            xa = s * (L / 2 - x0) - (w if s > 0 else 0.0)
            parts.append(flat_solid(lambda n, r=ring: [r], w, at(xa, 0, z0) @ ZYX, slot))
    zf = z0 + flat  # the rug's far end, toward the viewer
    inner = L / 2 - 0.012
    parts.append(box(2 * inner, t + 0.004, 0.07, at(0, 0, zf - 0.047), 1))
    parts.append(box(2 * inner - 0.16, t + 0.005, 0.01, at(0, 0, zf - 0.092), "cloth-yellow"))
    parts.append(box(2 * inner, t + 0.005, 0.006, at(0, 0, zf - 0.009), "cloth-yellow"))
    zm = (z0 + 0.09 + zf - 0.1) / 2 + 0.01  # the medallion
    lay = FLAT_UP
    for k, (w, h, slot) in enumerate(((0.5, 0.3, 1), (0.36, 0.215, "card-red"),
                                      (0.22, 0.13, "cloth-yellow"), (0.1, 0.06, 1))):  # fmt: skip
        step = [(w / 2, 0.0), (w / 4, h / 4), (w / 4 - 0.012, h / 4 + 0.012), (0.0, h / 2),
                (-w / 4 + 0.012, h / 4 + 0.012), (-w / 4, h / 4), (-w / 2, 0.0),
                (-w / 4, -h / 4), (-w / 4 + 0.012, -h / 4 - 0.012), (0.0, -h / 2),
                (w / 4 - 0.012, -h / 4 - 0.012), (w / 4, -h / 4)]  # fmt: skip
        parts.append(slab(sharp(step), 0.003, at(0, t + 0.0015 * k, zm) @ lay, slot))
    for sx in (-1, 1):  # the corner pieces
        tri = [(0.0, 0.0), (-sx * 0.13, 0.0), (0.0, 0.1)]
        m = at(sx * (inner - 0.085), t, zf - 0.085) @ lay
        parts.append(slab(sharp(ccw(np.asarray(tri))), 0.003, m, "card-red"))
    motifs = [at(sx * 0.33, t, z) @ lay @ scl(0.022, 0.032, 1.0) for sx in (-1, 1)
              for z in np.linspace(z0 + 0.12, zf - 0.2, 3)]  # fmt: skip
    parts.append(_plates(motifs, np.array([(1.0, 0), (0, 1.0), (-1.0, 0), (0, -1.0)]), 0.004,
                         "cloth-yellow"))  # fmt: skip
    spiral = path[:-5]  # a dark line down the gaps between the turns, at both ends
    out = spiral - (0.0, cy)
    gap = spiral - out / np.linalg.norm(out, axis=1, keepdims=True) * pitch / 2
    line = _sheet_outline(gap, 0.0025)
    for x in (L / 2 - 0.001, -L / 2 - 0.002):
        parts.append(flat_solid(lambda n: [line], 0.003, at(x, 0, z0) @ ZYX, "marking"))
    n = 70  # the fringe
    x = np.linspace(-inner + 0.01, inner - 0.01, n)
    wave = rng.uniform(-0.01, 0.01, n)
    tops = np.stack([x, np.full(n, 0.004), np.full(n, zf - 0.004)], 1)
    bots = np.stack([x + wave, np.full(n, 0.003), np.full(n, zf + 0.05 + wave)], 1)
    across = np.tile([1.0, 0.0, 0.0], (n, 1))
    parts.append(_strands(np.stack([tops, bots], 1), across, [0.005, 0.004], 0.004, "snow"))
    return parts


# 1213 mob cap


def _frill(r0: float, r1: float, drop: float, waves: int, amp: float, m: np.ndarray) -> Part:
    """A ruffled frill round a circle under ``m``: a thin ring of cloth from radius r0 out to
    r1, falling ``drop`` as it goes, gathered into ``waves`` soft flutes that swing up and
    down more the further out they reach."""
    a = np.linspace(0.0, 2 * np.pi, 8 * waves + 1)
    s = np.linspace(0.0, 1.0, 6)
    A, S = np.meshgrid(a, s, indexing="ij")
    r = r0 + (r1 - r0) * S
    y = -drop * S**1.4 + amp * S**1.1 * np.sin(waves * A)
    r = r + 0.5 * amp * S * np.cos(waves * A)
    p = np.stack([r * np.cos(A), y, r * np.sin(A)], -1)
    p = p @ m[:3, :3].T + m[:3, 3]
    return cloth_sheet(p, 0.005, 0)


def _mob_cap(rng: Rng) -> list[Part]:
    """An 18th-century mob cap on a milliner's stand: a big soft puffy crown of cloth gathered
    into a band like a shower cap, a deep ruffled frill fluted all round its edge, a ribbon
    round the gathers tied in a big bow with hanging tails at the front; the stand a round
    foot and a slim turned post."""
    y0 = 0.3
    cap = at(0, y0, 0) @ rot("x", -8 + float(rng.uniform(-3, 3)))
    crown = [(0.1, 0.0), (0.138, 0.018), (0.168, 0.06), (0.176, 0.11), (0.158, 0.158),
             (0.105, 0.196), (0.0, 0.208)]  # fmt: skip
    parts = [lathe(crown, cap, 0, "body", shape=lobed(72, 24, 0.045))]
    parts.append(_frill(0.098, 0.195, 0.06, 22, 0.013, cap @ at(0, -0.002, 0)))
    ribbon = [(0.1, -0.013), (0.111, -0.013), (0.114, 0.0), (0.111, 0.013), (0.1, 0.013)]
    parts.append(lathe(ribbon, cap @ at(0, 0.012, 0), 1, closed=True))
    a = np.radians(62.0)  # the bow, at the front a little to the right
    d = np.array([np.cos(a), 0.0, np.sin(a)])
    side = np.array([-np.sin(a), 0.0, np.cos(a)])
    knot = cap @ at(*(d * 0.118 + (0, 0.012, 0)))
    k0 = knot[:3, 3]
    parts.append(sphere(1.0, knot @ align(d) @ scl(0.02, 0.014, 0.018), 1))
    for s in (-1, 1):
        loop = knot @ at(*(side * s * 0.034 + d * 0.01)) @ align(d) @ rot("z", s * 20)
        parts.append(torus(0.03, 0.008, loop @ scl(1.0, 0.45, 0.6), 1))
        tail = [k0, k0 + d * 0.02 + side * s * 0.016 - (0, 0.05, 0),
                k0 + d * 0.04 + side * s * 0.034 - (0, 0.12, 0)]  # fmt: skip
        parts.append(band(tail, [0.02, 0.022, 0.026], 0.003, side, 1))
    dome = [(0.0, 0.0), (0.085, 0.0), (0.092, 0.05), (0.07, 0.12), (0.0, 0.15)]
    parts.append(lathe(dome, at(0, y0 - 0.05, 0), "cork"))  # the stand's dome
    foot = [(0.0, 0.0), (0.12, 0.0), (0.12, 0.018), (0.08, 0.032), (0.03, 0.05), (0.02, 0.08),
            (0.016, 0.2), (0.022, 0.24), (0.016, 0.27), (0.0, y0 - 0.04)]  # fmt: skip
    parts.append(lathe(foot, None, "cork"))
    return parts


# 1214 marquee


def _scallops(length: float, n: int, top: float, depth: float, cusp: float):
    """A valance's outline, ``length`` long (centred on x = 0) in the xy plane: a straight top
    at ``top`` and a lower edge of n scallops hanging ``depth`` below it, ``cusp`` deeper in
    each scallop's middle."""
    t = np.linspace(0.0, 1.0, 8 * n + 1)
    x = (t - 0.5) * length
    y = top - depth - cusp * np.abs(np.sin(np.pi * n * t)) ** 0.6
    edge = np.stack([x, y], 1)
    return ccw(np.concatenate([edge, [[length / 2, top], [-length / 2, top]]]))


_ARCH = np.array([(0.5, 0.0), (0.5, 0.7), (0.3, 0.88), (0.0, 1.0), (-0.3, 0.88),
                  (-0.5, 0.7), (-0.5, 0.0)]) - (0.0, 0.5)  # fmt: skip
"""A window's outline with a pointed arched top, 1 wide and 1 high round 0."""


def _windows(walls, w: float, h: float) -> list[Part]:
    """A marquee's clear window panels, one on each of the ``walls`` (4×4 frames facing +z,
    the window's foot at 0): tall panes with pointed arched tops, crossed by white glazing
    bars."""
    panes, bars = [], []
    for m in walls:
        panes.append(m @ at(0, h / 2, 0) @ scl(w, h, 1.0))
        bars.append(m @ at(0, h * 0.485, 0) @ scl(0.003, h * 0.485, 1.0))
        for y in (h * 0.35, h * 0.68):
            bars.append(m @ at(0, y, 0) @ scl(w / 2, 0.003, 1.0))
    return [_plates(panes, _ARCH, 0.012, "window"), _plates(bars, _SQUARE, 0.016, 0)]


def _drapes(feet, sides, top: float) -> Part:
    """Side curtains gathered and tied back to the poles at feet (x, z), each toward its side
    (+1 or -1 along x): bunched wide under the eaves, cinched at half height, flaring out
    again to the ground."""
    rows = ((1.0, 0.05, 0.05), (0.7, 0.022, 0.026), (0.45, 0.006, 0.011), (0.2, 0.02, 0.024),
            (0.0, 0.035, 0.042))  # fmt: skip
    cen, us, vs = [], [], []
    for (x, z), s in zip(feet, sides, strict=True):
        c = [(x + s * dx, top * f, z) for f, dx, _ in rows]
        cen.append([c[0], *c, c[-1]])
        w = [hw for _, _, hw in rows]
        us.append([(w[0], 0, 0)] + [(hw, 0.0, 0.0) for hw in w] + [(w[-1], 0, 0)])
        vs.append([(0, 0, 0.012)] * 7)
    rad = np.tile([0.0, 1, 1, 1, 1, 1, 0.0], (len(cen), 1))
    return _bundle(cen, us, vs, rad, _OCT, 0)


def _posts(feet, tops, r: float, slot) -> Part:
    """Many thin straight six-sided posts (poles, pegs) in one part, from each foot to its
    top."""
    a, b = np.asarray(feet, float), np.asarray(tops, float)
    d = b - a
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    ref = np.where(np.abs(d[:, 1:2]) < 0.9, [[0.0, 1.0, 0.0]], [[1.0, 0.0, 0.0]])
    u = np.cross(d, ref)
    u /= np.linalg.norm(u, axis=1, keepdims=True)
    v = np.cross(d, u)
    cen = np.stack([a, a, b, b], 1)
    rad = np.tile([0.0, 1.0, 1.0, 0.0], (len(a), 1))
    return _bundle(cen, np.repeat(u[:, None] * r, 4, 1), np.repeat(v[:, None] * r, 4, 1), rad,
                   HEX, slot)  # fmt: skip


def _rigging(L: float, W: float, eave: float, xs) -> list[Part]:
    """A marquee's rows of poles along both long sides at xs, guy ropes from their tops and the
    corners out to steel pegs in the ground, and the front curtains tied back to the poles."""
    parts = []
    feet = [(x, 0.0, s * W / 2) for x in xs for s in (-1, 1)]
    parts.append(_posts(feet, [(x, eave, z) for x, _, z in feet], 0.008, 1))  # the poles
    corners = [(sx, sz) for sx in (-1, 1) for sz in (-1, 1)]
    pegs = [(x, 0.0, z * (1 + 0.3 / W)) for x, _, z in feet]
    pegs += [(sx * (L / 2 + 0.15), 0.0, sz * W / 2) for sx, sz in corners]
    tops = [(x, eave, z) for x, _, z in feet] + [
        (sx * L / 2, eave, sz * W / 2) for sx, sz in corners
    ]
    parts.append(_cords([[t, np.add(p, (0, 0.012, 0))] for t, p in zip(tops, pegs, strict=True)],
                        0.0025, "cloth-dark", 2))  # the guy ropes  # fmt: skip
    parts.append(_posts(pegs, [np.add(p, (0, 0.025, 0)) for p in pegs], 0.005, "steel"))
    front = [(x, W / 2 + 0.006) for x in xs for _ in (0, 1)]
    sides = [s for _ in xs for s in (-1, 1)]
    keep = [i for i, ((x, _), s) in enumerate(zip(front, sides, strict=True))
            if -L / 2 < x + s * 0.01 < L / 2]  # fmt: skip
    parts.append(_drapes([front[i] for i in keep], [sides[i] for i in keep], eave - 0.008))
    return parts


def _marquee(rng: Rng) -> list[Part]:
    """A white wedding marquee: a long rectangular tent with a peaked ridge roof on rows of
    poles, a scalloped valance round its eaves, its back and ends walled with tall arched
    window panels, its front side open with the curtains tied back to each pole, guy ropes
    from the poles out to pegs in the ground, pennants flying from the two king poles, and
    round tables in white cloths and a string of lights inside."""
    L, W, eave, ridge = 1.2, 0.6, 0.23, 0.42
    half = W / 2 + 0.02
    pitch = np.degrees(np.arctan2(ridge - eave, half))
    slope = float(np.hypot(half, ridge - eave))
    parts = []
    for s in (-1, 1):  # the roof
        m = at(0, (eave + ridge) / 2, s * half / 2) @ rot("x", s * pitch)
        parts.append(box(L + 0.04, 0.008, slope, m @ at(0, -0.004, 0), 0, "body"))
    for x in (-L / 2 - 0.02, L / 2 + 0.02):  # the gable ends
        gab = [(-half, eave), (half, eave), (0.0, ridge)]
        parts.append(slab(sharp(gab), 0.008, at(x, 0, 0) @ rot("y", 90), 0))
        parts.append(box(0.008, eave, W, at(x * 0.985, 0, 0), 0))
    parts.append(box(L, eave, 0.008, at(0, 0, -W / 2), 0))  # the back wall
    xs = np.linspace(-L / 2, L / 2, 6)
    ends = [at(x * 0.985, 0.02, z) @ rot("y", 90 * np.sign(x))
            for x in (-L / 2 - 0.02, L / 2 + 0.02) for z in (-0.14, 0.0, 0.14)]  # fmt: skip
    parts += _windows(ends, 0.085, 0.17)
    parts += _windows([at(x, 0.02, -W / 2) for x in (xs[:-1] + xs[1:]) / 2], 0.1, 0.17)
    side = _scallops(L + 0.06, 10, 0.0, 0.025, 0.02)  # the valance
    for s in (-1, 1):
        m = at(0, eave + 0.004, s * (half + 0.002))
        parts.append(flat_solid(lambda n: [side], 0.005, m, 0))
    end = _scallops(W + 0.04, 5, 0.0, 0.025, 0.02)
    for x in (-L / 2 - 0.025, L / 2 + 0.025):
        parts.append(flat_solid(lambda n: [end], 0.005, at(x, eave + 0.004, 0) @ rot("y", 90), 0))
    parts += _rigging(L, W, eave, xs)
    for x in (-L / 4, L / 4):  # the king poles and their pennants
        parts.append(cylinder(0.01, 0.008, ridge + 0.09, at(x, 0, 0), 1))
        parts.append(sphere(0.014, at(x, ridge + 0.09, 0), "plume-tip"))
        flag = [(0.0, 0.0), (0.09, -0.018), (0.0, -0.036)]
        wave = float(rng.uniform(-10, 10))
        parts.append(slab(sharp(flag), 0.003, at(x, ridge + 0.085, 0) @ rot("y", wave),
                          "card-red"))  # fmt: skip
    tables = ((-0.3, 0.05), (0.02, -0.08), (0.3, 0.06))
    for x, z in tables:  # the tables
        parts.append(cylinder(0.075, 0.062, 0.07, at(x, 0, z), "sheet"))
        parts.append(cylinder(0.062, 0.062, 0.004, at(x, 0.07, z), "sheet"))
    parts.append(_balls([(x, 0.085, z) for x, z in tables], (0.02, 0.016, 0.02), None, "eraser"))
    lights = []  # a string of fairy lights under the ridge
    for x in np.linspace(-L / 2 + 0.05, L / 2 - 0.05, 24):
        lights.append((x, ridge - 0.025 - 0.02 * np.abs(np.sin(np.pi * x / 0.3)), 0.0))
    parts.append(_cords([lights], 0.002, "cloth-dark", 48))
    parts.append(_balls(lights, 0.008, None, "glow", HEX))
    return parts


# 1215 farming terraces


def _sector(r: float, a0: float, a1: float, n: int = 40) -> np.ndarray:
    """A pie slice of radius r from angle a0 to a1 (degrees; 90 toward +z) as an outline for
    laying flat with ``FLAT_UP`` (its y is -z)."""
    a = np.radians(np.linspace(a0, a1, n))
    arc = np.stack([r * np.cos(a), -r * np.sin(a)], 1)
    return ccw(np.concatenate([[[0.0, 0.0]], arc]))


def _stone_wall(c, r: float, a0: float, a1: float, y0: float, y1: float, courses: int,
                rng: Rng) -> Part:  # fmt: skip
    """A curved dry-stone wall round (x, z) c at radius r from angle a0 to a1 (degrees)
    between heights y0 and y1: ``courses`` courses of squared stones of uneven lengths, each
    course's joints staggered from the last, bulging a little proud of the wall."""
    hc = (y1 - y0) / courses
    arc = np.radians(a1 - a0) * r
    lo, hi, ys = [], [], []
    for k in range(courses):
        ends = np.cumsum(rng.uniform(0.04, 0.075, int(arc / 0.04) + 2)) - rng.uniform(0.01, 0.05)
        a_, b_ = np.clip(np.r_[0.0, ends[:-1]], 0.0, arc), np.clip(ends, 0.0, arc)
        keep = b_ - a_ > 0.012
        lo.append(a_[keep])
        hi.append(b_[keep])
        ys.append(np.full(keep.sum(), y0 + hc * (k + 0.5)))
    a_, b_, y = np.concatenate(lo), np.concatenate(hi), np.concatenate(ys)
    n = len(a_)
    phi = np.radians(a0) + (a_ + b_) / 2 / r
    zero = np.zeros(n)
    d = np.stack([np.cos(phi), zero, np.sin(phi)], 1)
    tan = np.stack([-np.sin(phi), zero, np.cos(phi)], 1)
    base = np.stack([np.full(n, c[0]), y, np.full(n, c[1])], 1)
    out = (r + 0.006 + rng.uniform(0.0, 0.006, n))[:, None]
    cen = np.stack([base + d * (r - 0.03), base + d * out, base + d * (out + 0.004),
                    base + d * (out + 0.004)], 1)  # fmt: skip
    hl = ((b_ - a_) / 2 - 0.0025)[:, None, None] * np.array([1.0, 1.0, 0.8, 0.8])[None, :, None]
    up = np.array([0.0, hc / 2 - 0.0025, 0.0]) * np.array([1.0, 1.0, 0.75, 0.75])[:, None]
    us = tan[:, None, :] * hl
    vs = np.broadcast_to(up, (n, 4, 3))
    return _bundle(cen, us, vs, np.tile([0.0, 1.0, 1.0, 0.0], (n, 1)), _SQUARE, 0)


def _hut(x: float, y: float, z: float, turn: float) -> list[Part]:
    """A small Inca stone house at (x, y, z): grey stone walls under a steep thatched gable
    roof, a dark trapezoid doorway."""
    m = at(x, y, z) @ rot("y", turn)
    parts = [box(0.09, 0.055, 0.065, m, 0)]
    for s in (-1, 1):
        gab = [(-0.045, 0.055), (0.045, 0.055), (0.0, 0.1)]
        parts.append(slab(sharp(gab), 0.008, m @ at(0, 0, s * 0.029), 0))
        board = m @ at(0, 0.078, 0) @ rot("z", s * 45) @ at(-s * 0.026, -0.005, 0)
        parts.append(box(0.075, 0.012, 0.085, board, "thatch"))
    door = [(-0.012, 0.0), (0.012, 0.0), (0.009, 0.035), (-0.009, 0.035)]
    parts.append(slab(sharp(door), 0.004, m @ at(0, 0, 0.033), "marking"))
    return parts


def _farming_terraces(rng: Rng) -> list[Part]:
    """A hillside cut into six stepped terraces like a giant staircase, Inca fashion: each
    step a curved dry-stone retaining wall of squared blocks following the round of the
    slope, a flat grassy top on each, a little stone house with a thatched roof on the
    highest; the unterraced hill rising behind to a steep green peak."""
    n, r0, dr, step = 6, 0.6, 0.082, 0.068
    a0, a1 = -40.0, 220.0
    cz = -0.1
    top = step * n
    hill = [(0.0, 0.0), (r0 + 0.01, 0.0), (dr * 0.5, top + 0.01), (0.0, top + 0.03)]
    parts = [lathe(crisp(hill, 0.08), at(0, 0, cz), 1, "body")]
    lay = at(0, 0, cz) @ FLAT_UP
    for k in range(n):
        r = r0 - dr * k
        h = step * (k + 1)
        out = _sector(r, a0, a1)
        parts.append(flat_solid(lambda m, o=out: [o], h - 0.01, lay, "soil"))
        grass = _sector(r - 0.004, a0, a1)
        parts.append(flat_solid(lambda m, o=grass: [o], 0.01, lay @ at(0, 0, h - 0.01), "land"))
        parts.append(_stone_wall((0.0, cz), r, a0, a1, h - step, h + 0.006, 2, rng))
    parts += _hut(0.02, top, cz + 0.02, float(rng.uniform(-20, 20)))
    peak = [ellipsoid((-0.12, 0.0, cz - 0.46), (0.3, 0.85, 0.24), rot("z", -6))]
    peak.append(ellipsoid((0.08, 0.0, cz - 0.42), (0.3, 0.55, 0.24), rot("z", 10), 0.12))
    peak.append(ellipsoid((-0.42, 0.0, cz - 0.32), (0.26, 0.36, 0.22), None, 0.12))
    peak.append(ellipsoid((0.42, 0.0, cz - 0.3), (0.24, 0.28, 0.2), None, 0.12))
    peak.append(cut(1, 0.0, False, 0.01, (-1.0, -1.0, -1.0), (1.0, 0.0, 0.5)))
    parts.append(solid(peak, 0.045, 1))
    return parts


# 1216 pheasant


def _feather(root, length: float, rise: float, z: float, width: float, roll: float,
             bars: int) -> tuple[Part, tuple]:  # fmt: skip
    """A long narrow pointed tail feather from ``root`` (x, y) back along -x for ``length``,
    rising ``rise`` over it, at z (spreading a little outward), its outer edge rolled down by
    ``roll`` degrees; and the rings (centres, u, v) of ``bars`` dark bars across it."""
    t = np.linspace(0.0, 1.0, 40)
    c = np.stack([root[0] - length * t, root[1] + rise * t**1.2, z * (1 + 0.8 * t)], 1)
    w = width * np.sqrt(np.maximum(1.0 - t**2.5, 0.0)) * np.minimum(1.0, 0.55 + 3 * t) + 0.0008
    a = np.radians(roll)
    zero = np.zeros(40)
    u = np.stack([zero, -np.sin(a) * w, np.cos(a) * w], 1)
    v = np.stack([zero, np.full(40, np.cos(a)), np.full(40, np.sin(a))], 1) * 0.004
    i = 6 + np.arange(bars) * 30 // max(bars, 1)
    j = np.stack([i, i, i + 1, i + 1], 1)
    return loft(c[::2], u[::2], v[::2], _OVAL, 0, "tail"), (c[j], u[j] * 1.06, v[j] * 1.5)


def _pheasant(rng: Rng) -> list[Part]:
    """A ring-necked pheasant cock walking: a plump chicken-sized coppery body dotted dark on
    its flanks, a very long narrow pointed tail barred in black held out straight behind, a
    dark glossy green head with ear tufts, a big red wattle patch round its eye, a white ring
    round its neck, a pale short beak, bare legs with spurs, one stepping forward."""
    head = (0.25, 0.55, 0.0)
    shapes = [ellipsoid((0.0, 0.33, 0.0), (0.17, 0.1, 0.095), rot("z", -6))]
    shapes.append(ellipsoid((0.1, 0.34, 0.0), (0.1, 0.095, 0.085), None, 0.06))  # the breast
    shapes.append(ellipsoid((-0.13, 0.36, 0.0), (0.09, 0.06, 0.07), None, 0.05))  # the rump
    shapes += rope([(0.13, 0.4, 0.0), (0.19, 0.47, 0.0), (0.23, 0.53, 0.0)],
                   [0.05, 0.034, 0.03], 0.05, 0.02)  # fmt: skip
    shapes.append(ellipsoid(head, (0.046, 0.036, 0.032), None, 0.02))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.018, 0, "body")]
    parts.append(colour_patch(shapes, (0.25, 0.56, 0.0), (0.075, 0.075, 0.2), "chalkboard", 30,
                              0.006, 0.012))  # fmt: skip
    parts.append(colour_patch(shapes, (0.185, 0.465, 0.0), (0.014, 0.08, 0.2), "snow", 40, 0.008,
                              0.01))  # the neck ring  # fmt: skip
    parts.append(colour_patch(shapes, (0.26, 0.55, 0.0), (0.028, 0.022, 0.2), "comb", 0, 0.011,
                              0.008))  # the wattles  # fmt: skip
    ps, ns = skin_hits(field, [head, head], [(0.35, 0.2, 0.9), (0.35, 0.2, -0.9)], start=0.002)
    for p, nn in zip(ps, ns, strict=True):  # the eyes
        parts.append(sphere(1.0, at(*(p + nn * 0.008)) @ align(nn) @ scl(0.007, 0.005, 0.007),
                            "pupil", "eyes"))  # fmt: skip
    for s in (-1, 1):  # the ear tufts
        parts.append(tube([(0.24, 0.58, s * 0.014), (0.205, 0.6, s * 0.024)], [0.009, 0.002],
                          None, "chalkboard"))  # fmt: skip
    beak = [(0.285, 0.548, 0.0), (0.31, 0.54, 0.0), (0.322, 0.528, 0.0)]
    parts.append(tube(beak, [0.012, 0.008, 0.002], None, "plaster"))
    parts += _pheasant_wings()
    parts += _spots(field, rng)
    lift = float(rng.uniform(-0.02, 0.02))
    cen, us, vs = [], [], []
    for length, z, dy, roll, bars in ((0.66, 0.011, 0.0, 6, 11), (0.48, 0.024, -0.006, 14, 8),
                                      (0.32, 0.034, -0.012, 22, 5)):  # fmt: skip
        for s in (-1, 1):
            tail, (c, u, v) = _feather((-0.15, 0.375 + dy), length, 0.1 * length / 0.66 + lift,
                                       s * z, 0.016, s * roll, bars)  # fmt: skip
            parts.append(tail)
            cen.append(c)
            us.append(u)
            vs.append(v)
    cen, us, vs = np.concatenate(cen), np.concatenate(us), np.concatenate(vs)
    parts.append(_bundle(cen, us, vs, np.tile([0.0, 1.0, 1.0, 0.0], (len(cen), 1)), _OVAL,
                         "marking"))  # the bars  # fmt: skip
    parts += _pheasant_legs()
    yaw = 22.0 + float(rng.uniform(-5, 5))
    return [p.moved(rot("y", yaw)) for p in parts]


def _pheasant_wings() -> list[Part]:
    """Both folded wings along the pheasant's sides, their tips reaching back over the rump."""
    rows = [(0.1, 0.38, 0.085, 0.06, 0.02), (0.0, 0.37, 0.097, 0.07, 0.024),
            (-0.1, 0.36, 0.09, 0.055, 0.02), (-0.18, 0.35, 0.06, 0.02, 0.01)]  # fmt: skip
    r = catmull_rom(rows, 12)
    a = np.radians(15.0)
    zero = np.zeros(12)
    parts = []
    for s in (-1, 1):
        c = r[:, :3] * (1, 1, s)
        u = np.stack([zero, r[:, 3] * np.cos(a), -s * r[:, 3] * np.sin(a)], 1)
        v = np.stack([zero, r[:, 4] * np.sin(a), s * r[:, 4] * np.cos(a)], 1)
        parts.append(loft(c, u, v, _OVAL, 0, "wings"))
    return parts


def _spots(field, rng: Rng) -> list[Part]:
    """Small dark spots scattered over the pheasant's flanks and breast."""
    n = 60
    a = rng.uniform(-1.0, 1.0, (n, 3)) * (1.0, 0.6, 1.0)
    a[:, 2] = np.where(a[:, 2] < 0, a[:, 2] - 0.6, a[:, 2] + 0.6)
    ps, ns = skin_hits(field, np.tile([[0.0, 0.33, 0.0]], (n, 1)), a, start=0.01)
    keep = (ps[:, 1] < 0.4) & (ps[:, 1] > 0.26) & (ps[:, 0] > -0.12)
    return [studs(ps[keep] + ns[keep] * 0.004, ns[keep], 0.008, 0.006, "marking", 6)]


def _pheasant_legs() -> list[Part]:
    """Legs in a walking step: feathered thighs, the near leg reaching forward to plant its
    foot, the far one pushing off behind on its toes; three toes forward, one back and a spur
    on each."""
    parts = []
    for s, hip, knee, foot in ((1, (0.02, 0.27), (0.06, 0.14), (0.09, 0.012)),
                               (-1, (-0.02, 0.27), (0.0, 0.15), (-0.07, 0.03))):  # fmt: skip
        z = s * 0.045
        a, k, b = (hip[0], hip[1], z), (knee[0], knee[1], z * 1.1), (foot[0], foot[1], z * 1.15)
        parts.append(tube([a, k], [0.026, 0.016], None, 0))  # the feathered thigh
        parts.append(tube([k, b], [0.01, 0.008], None, 1, "legs"))
        spur = np.asarray(k) * 0.35 + np.asarray(b) * 0.65
        parts.append(tube([spur, spur + v3(-0.018, 0.004, 0.0)], [0.004, 0.0005], None, 1))
        lift = 0.0 if s > 0 else 0.02
        for yaw in (-28, 0, 28):
            t = np.radians(yaw)
            tip = (b[0] + 0.05 * np.cos(t), max(b[1] - lift - 0.02, 0.006), b[2] + 0.05 * np.sin(t))
            parts.append(tube([b, tip], [0.006, 0.003], None, 1, shape=HEX))
        back = (b[0] - 0.025, max(b[1] - 0.01, 0.005), b[2])
        parts.append(tube([b, back], [0.005, 0.003], None, 1, shape=HEX))
    return parts


MORE_APPLIANCES_ZZZZ = {
    1209: _carnival_float, 1210: _grass_skirt, 1211: _burlap_sack, 1212: _rolled_carpet,
    1213: _mob_cap, 1214: _marquee, 1215: _farming_terraces, 1216: _pheasant,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
