"""More of the device family's appliances, from 1000: a dorje, a caber, a haggis, a curling
stone, a kilt, a sporran, a thistle and a tam o'shanter.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, mesh_part, rot, scl, v3
from ._kit import (
    ALONG_Z,
    HEX,
    annulus,
    chain,
    cloth_sheet,
    crisp,
    grid_skin,
    hoop,
    lobed,
    plate,
    scaled,
    studs,
    superellipse,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZX"]

Rng = np.random.Generator


# Skins from grids of points, and small shared pieces


def _normals(p: np.ndarray, wrap: bool = False) -> np.ndarray:
    """Unit normals of a surface grid (rows, cols, 3): the cross of its two directions (the
    columns taken as a closed loop when ``wrap``)."""
    du = np.gradient(p, axis=0)
    dv = np.roll(p, -1, 1) - np.roll(p, 1, 1) if wrap else np.gradient(p, axis=1)
    n = np.cross(du, dv)
    return n / np.maximum(np.linalg.norm(n, axis=-1, keepdims=True), 1e-12)


def _wall(p: np.ndarray, thick: float, slot, tag: str = "") -> Part:
    """A thin wall (a skirt's cloth) through a grid of points (rows, cols, 3) whose columns
    close round a loop: its outer and inner faces joined along the top and bottom edges."""
    n = _normals(p, True) * (thick / 2)
    loop = np.concatenate([p + n, (p - n)[::-1]], axis=0)
    r, c, _ = loop.shape
    idx = np.arange(r * c).reshape(r, c)
    b = np.roll(idx, -1, 1)
    d = np.roll(idx, -1, 0)
    e = np.roll(b, -1, 0)
    faces = np.concatenate([np.stack([idx, b, e], -1).reshape(-1, 3),
                            np.stack([idx, e, d], -1).reshape(-1, 3)])  # fmt: skip
    return mesh_part(loop.reshape(-1, 3), faces, slot, tag)


def _spikes(points, dirs, length, radius: float, slot) -> Part:
    """Many thin three-sided spines in one part: each from a base ``radius`` round at a point,
    tapering to a tip ``length`` out along its direction."""
    p = np.asarray(points, float).reshape(-1, 3)
    d = np.asarray(dirs, float).reshape(-1, 3)
    d = d / np.maximum(np.linalg.norm(d, axis=1, keepdims=True), 1e-12)
    ln = np.broadcast_to(np.asarray(length, float), (len(p),))[:, None]
    ref = np.where(np.abs(d[:, 1:2]) < 0.9, [[0.0, 1.0, 0.0]], [[1.0, 0.0, 0.0]])
    u = np.cross(d, ref)
    u /= np.linalg.norm(u, axis=1, keepdims=True)
    v = np.cross(d, u)
    t = np.arange(3) * (2 * np.pi / 3)
    base = [p + radius * (np.cos(a) * u + np.sin(a) * v) for a in t]
    verts = np.stack([*base, p + d * ln], 1).reshape(-1, 3)
    one = np.array([(0, 1, 3), (1, 2, 3), (2, 0, 3), (0, 2, 1)])
    faces = one[None] + (np.arange(len(p)) * 4)[:, None, None]
    return mesh_part(verts, faces.reshape(-1, 3), slot)


def _tassel(top, length: float, r: float, slot, cap) -> list[Part]:
    """A tassel hanging from ``top``: a cord, a domed metal cap over its knot and a skirt of
    strands flaring a little down to a ragged end ``length`` below."""
    x, y, z = top
    knot = y - 0.3 * length
    skirt = [(0.0, -length), (r * 1.45, -length + 0.006), (r * 0.95, -0.42 * length),
             (0.0, -0.4 * length)]  # fmt: skip
    dome = [(0.0, -0.42), (r * 1.05 / length, -0.42), (r * 0.8 / length, -0.33),
            (r * 0.4 / length, -0.29), (0.0, -0.28)]  # fmt: skip
    return [
        stick((x, y, z), (x, knot, z), r * 0.2, slot),
        lathe([(a, b + y) for a, b in skirt], at(x, 0, z), slot, shape=lobed(16, 8, 0.3)),
        lathe(dome, at(x, y, z) @ scl(length), cap, sides=10),
    ]


# 1000 dorje


def _dorje_half(m: np.ndarray, outer: int) -> list[Part]:
    """One end of a dorje along +y under ``m`` from its middle: rings, a cup of lotus petals
    opening outward, a disc, and from it ``outer`` prongs bowing out from little monster-head
    bulbs and curving back in to meet the straight middle prong at its point."""
    parts = [hoop(0.034, 0.009, m @ at(0, 0.052, 0), 0, 24, 6)]
    parts.append(hoop(0.04, 0.008, m @ at(0, 0.068, 0), 0, 24, 6))
    cup = [(0.0, 0.066), (0.05, 0.076), (0.08, 0.1), (0.092, 0.132), (0.0, 0.128)]
    parts.append(lathe(cup, m, 0, shape=lobed(40, 8, 0.3)))
    parts.append(cylinder(0.074, 0.074, 0.012, m @ at(0, 0.128, 0), 0))
    parts.append(hoop(0.072, 0.006, m @ at(0, 0.142, 0), 0, 28, 6))
    mid = [(0.0, 0.146), (0.03, 0.148), (0.026, 0.2), (0.018, 0.32), (0.013, 0.42), (0.0, 0.5)]
    parts.append(lathe(mid, m, 0, sides=8))
    for k in range(outer):
        a = 2 * np.pi * (k + 0.5) / outer
        c, s = np.cos(a), np.sin(a)
        path = [(0.06, 0.16), (0.125, 0.23), (0.13, 0.33), (0.07, 0.44), (0.006, 0.492)]
        pts = [(r * c, y, r * s) for r, y in path]
        parts.append(tube(pts, [0.016, 0.015, 0.013, 0.01, 0.005], m, 0))
        head = m @ at(0.062 * c, 0.17, 0.062 * s) @ align((c, 0.8, s))
        parts.append(sphere(1.0, head @ scl(0.022, 0.03, 0.022), 0))
    return parts


def _dorje(rng: Rng) -> list[Part]:
    """A dorje (vajra), the Tibetan ritual sceptre, lying on a small square cushion: a round
    knob in its middle, and at each end, mirrored, a cup of lotus petals from which four prongs
    bow out and curve back in to meet the straight middle prong at a point; the cushion plump,
    with gold tassels at its corners."""
    outer = 4
    lift = 0.095 + 0.145
    turn = float(rng.uniform(-12, -4))
    m = at(0, lift, 0) @ rot("y", turn) @ rot("z", 90)
    parts = [sphere(1.0, m @ scl(0.05, 0.046, 0.05), 0, "body")]
    parts += _dorje_half(m, outer)
    parts += _dorje_half(m @ rot("z", 180), outer)
    # the cushion: a plump square, tasselled at its corners
    prof = [(0.0, 0.0), (0.9, 0.0), (1.0, 0.045), (0.96, 0.08), (0.8, 0.1), (0.0, 0.105)]
    sq = superellipse(1.0, 1.0, 5.0, 32)
    parts.append(lathe(prof, rot("y", turn * 0.5) @ scl(0.5, 1.0, 0.38), 1, shape=sq))
    for sx in (-1, 1):
        for sz in (-1, 1):
            c = rot("y", turn * 0.5) @ np.array([sx * 0.44, 0.062, sz * 0.33, 1.0])
            parts += _tassel(c[:3], 0.05, 0.016, "plume-tip", "plume-tip")
    return parts


# 1001 caber


def _caber(rng: Rng) -> list[Part]:
    """A caber: a long heavy stripped tree trunk standing on its thick end on a round patch of
    turf, leaning a little, tapering slightly to its thin top, not quite straight; its pale
    bark-free wood marked with dark knots where branches were cut off, its sawn top showing its
    lighter end grain with growth rings; a few blades of grass round its foot."""
    h, r0, r1 = 1.0, 0.045, 0.028
    lean = float(rng.uniform(3.0, 6.0))
    bend = rng.uniform(-0.012, 0.012, 2)
    m = at(0, 0.03, 0) @ rot("z", -lean) @ rot("x", -2.0)
    ys = np.linspace(0.0, h, 6)
    pts = [(bend[0] * np.sin(np.pi * y / h), y, bend[1] * np.sin(2 * np.pi * y / h)) for y in ys]
    radii = [r0 + (r1 - r0) * (y / h) ** 0.8 for y in ys]
    parts = [tube(pts, radii, m, 0, "body", shape=lobed(18, 5, 0.06))]
    top = m @ at(*pts[-1]) @ align(np.subtract(pts[-1], pts[-2]))
    parts.append(cylinder(r1 * 0.96, r1 * 0.96, 0.003, top, 1))  # the sawn top
    for f in (0.35, 0.65):
        parts.append(hoop(r1 * f, 0.0012, top @ at(0, 0.003, 0), "cork", 16, 3))
    # knots where branches were trimmed off
    ks = rng.uniform(0.12, 0.92, 7)
    angs = rng.uniform(0, 2 * np.pi, 7)
    for y, a in zip(ks, angs, strict=True):
        rr = r0 + (r1 - r0) * y**0.8
        c = np.array([bend[0] * np.sin(np.pi * y) + rr * np.cos(a), y,
                      bend[1] * np.sin(2 * np.pi * y) + rr * np.sin(a)])  # fmt: skip
        k = m @ at(*c) @ align((np.cos(a), 0.25, np.sin(a)))
        parts.append(sphere(1.0, k @ scl(0.012, 0.006, 0.015), 0))
        parts.append(cylinder(0.008, 0.006, 0.0065, k, "soil"))
    # the turf it stands on
    parts.append(cylinder(0.17, 0.165, 0.03, None, "land"))
    parts.append(cylinder(0.165, 0.16, 0.012, None, "soil"))
    blades = rng.uniform(0, 2 * np.pi, 40)
    rad = 0.16 * np.sqrt(rng.uniform(0.15, 1.0, 40))
    feet = np.stack([rad * np.cos(blades), np.full(40, 0.028), rad * np.sin(blades)], 1)
    ups = np.stack([0.3 * np.cos(blades), np.ones(40), 0.3 * np.sin(blades)], 1)
    parts.append(_spikes(feet, ups, rng.uniform(0.02, 0.04, 40), 0.004, "vine"))
    return parts


# 1002 haggis


def _mash(c, r: float, h: float, rng: Rng, slot) -> Part:
    """A heap of mash at c: a soft rounded mound r wide and h high, rough all over with the
    lumps and dints the spoon left, a little lopsided."""
    th = np.arange(48) * (2 * np.pi / 48)
    t = np.linspace(0.0, 1.0, 16)[:, None]  # 0 at the foot, 1 at the top
    rr = r * np.cos(np.pi / 2 * t) ** 0.8 * (1 + 0.06 * (t < 0.08))
    x, z = rr * np.cos(th), rr * np.sin(th)
    y = h * np.sin(np.pi / 2 * t) ** 0.9
    k = rng.uniform(40, 80, (5, 2)) * rng.choice([-1, 1], (5, 2))
    ph = rng.uniform(0, 2 * np.pi, 5)
    bumps = sum(np.sin(k[i, 0] * x + k[i, 1] * z + ph[i] + 20 * y) for i in range(5)) / 5
    f = 1 + 0.14 * bumps * np.sin(np.pi * np.clip(t * 1.3, 0, 1))
    p = np.empty((16, 48, 3))
    p[..., 0] = c[0] + x * f + 0.12 * r * t**2
    p[..., 1] = c[1] + y * (1 + 0.2 * bumps * t)
    p[..., 2] = c[2] + z * f
    return grid_skin(p, slot)


def _haggis(rng: Rng) -> list[Part]:
    """A haggis served on a plate: a plump round pudding in a pale casing, a little long, tied
    off at each end with string and a small gathered tuft, slit open along its top where its
    dark brown crumbly filling bulges out between the casing's curled lips, a few crumbs of it
    on the plate; beside it a heap of mashed orange neeps and a heap of mashed white tatties
    flecked with chives."""
    base = 0.02
    hx, hy, hz = 0.2, 0.15, 0.17
    c = np.array([-0.04, base + hy * 0.92, -0.06])
    turn = float(rng.uniform(-15, 15))
    m = at(*c) @ rot("y", turn)
    parts = [sphere(1.0, m @ scl(hx, hy, hz), 0, "body")]
    for s in (-1, 1):  # the tied ends
        end = m @ rot("y", 90 if s > 0 else -90)
        neck = [(0.07, hx * 0.8), (0.04, hx + 0.01), (0.025, hx + 0.03), (0.0, hx + 0.035)]
        parts.append(lathe(neck, end @ ALONG_Z, 0))
        parts.append(torus(0.026, 0.007, end @ at(0, 0, hx + 0.028) @ rot("x", 90), "pages"))
        tuft = [(0.0, 0.0), (0.022, 0.004), (0.035, 0.03), (0.0, 0.026)]
        parts.append(lathe(tuft, end @ at(0, 0, hx + 0.032) @ ALONG_Z, 0,
                           shape=lobed(20, 8, 0.4)))  # fmt: skip
    # the slit: the filling bulging out between two curled lips of casing
    top = m @ at(0, hy * 0.86, 0)
    parts.append(sphere(1.0, top @ scl(hx * 0.75, 0.07, 0.085), "soil"))
    for s in (-1, 1):
        lip = [(-hx * 0.75, -0.025, s * 0.035), (-hx * 0.4, 0.0, s * 0.085),
               (0.0, 0.012, s * 0.1), (hx * 0.4, 0.0, s * 0.085),
               (hx * 0.75, -0.025, s * 0.035)]  # fmt: skip
        parts.append(tube(lip, [0.006, 0.014, 0.017, 0.014, 0.006], top, 0))
    n = 60
    u = rng.uniform(-1, 1, n)
    v = rng.uniform(-1, 1, n)
    keep = u**2 + v**2 < 0.9
    u, v = u[keep], v[keep]
    pts = np.stack([u * hx * 0.68, 0.064 * np.sqrt(np.clip(1 - u**2 - v**2, 0, 1)), v * 0.075], 1)
    pts = (top @ np.c_[pts, np.ones(len(pts))].T).T[:, :3]
    ups = rng.normal(0, 0.6, (len(pts), 3)) + v3(0.0, 1.0, 0.0)
    half = len(pts) // 2
    parts.append(studs(pts[:half], ups[:half], 0.014, 0.018, "soil", 5))
    parts.append(studs(pts[half:], ups[half:], 0.01, 0.014, "cork", 5))
    crumbs = rng.uniform(-1, 1, (8, 2))
    cp = np.c_[c[0] + 0.2 + 0.06 * crumbs[:, 0], np.full(8, base + 0.005),
               c[2] + 0.2 + 0.05 * crumbs[:, 1]]  # fmt: skip
    parts.append(studs(cp, np.tile([0.0, 1.0, 0.0], (8, 1)), 0.01, 0.012, "cork", 5))
    # the plate and the neeps and tatties
    parts.append(plate(np.eye(4), 0.5, 1))
    parts.append(_mash((0.24, base, 0.2), 0.13, 0.12, rng, "fruit-orange"))
    parts.append(_mash((-0.21, base, 0.22), 0.14, 0.13, rng, "pages"))
    chives = rng.uniform(-1, 1, (14, 2))
    cv = np.c_[-0.21 + 0.07 * chives[:, 0], base + 0.1 + 0.02 * chives[:, 1],
               0.22 + 0.07 * chives[:, 1]]  # fmt: skip
    parts.append(studs(cv, rng.normal(0, 0.5, (14, 3)) + v3(0, 1, 0), 0.006, 0.03, "vine", 4))
    return parts


# 1003 curling stone


def _curling_stone(rng: Rng) -> list[Part]:
    """A curling stone on a square of ice: a thick round polished granite stone with
    rounded edges, a band of another stone round its middle, a coloured cap on its top and the
    curling handle: rising from the cap's middle and reaching forward in a long curved grip; the
    ice painted under it with the rings of the house, blue and red round a white middle."""
    parts = []
    r = 0.145
    body = [(0.0, 0.004), (0.055, 0.002), (0.065, 0.0), (0.075, 0.002), (0.1, 0.012),
            (0.125, 0.026), (0.14, 0.043), (0.145, 0.057), (0.14, 0.072), (0.125, 0.088),
            (0.1, 0.102), (0.07, 0.111), (0.0, 0.114)]  # fmt: skip
    y0 = 0.025
    m = at(0.05, y0, 0.08)
    parts.append(lathe(body, m, 0, "body"))
    parts.append(lathe(annulus(0.14, r + 0.002, 0.024), m @ at(0, 0.057, 0), 1, closed=True))
    colour = "card-red" if rng.random() < 0.5 else "cloth-yellow"
    cap = [(0.0, 0.11), (0.06, 0.11), (0.062, 0.116), (0.058, 0.12), (0.0, 0.121)]
    parts.append(lathe(cap, m, colour))
    turn = float(rng.uniform(-30, 30))
    h = m @ rot("y", turn)
    grip = [(0.0, 0.12, -0.05), (0.0, 0.15, -0.045), (0.0, 0.17, -0.015), (0.0, 0.175, 0.05),
            (0.0, 0.17, 0.11), (0.0, 0.155, 0.135)]  # fmt: skip
    parts.append(tube(grip, [0.018, 0.016, 0.014, 0.013, 0.013, 0.012], h @ scl(1.3, 1, 1),
                      colour))  # fmt: skip
    parts.append(cylinder(0.03, 0.022, 0.012, h @ at(0, 0.118, -0.05), colour))
    parts.append(cylinder(0.008, 0.008, 0.012, h @ at(0, 0.116, 0.03), "steel"))  # the bolt
    # the ice and the house painted on it, running off its edges
    w, d, hx, hz = 0.6, 0.6, -0.1, -0.14
    parts.append(box(w, y0, d, None, "snow"))
    th = np.arange(72) * (2 * np.pi / 72)
    for r0, r1, slot in ((0.25, 0.34, "plume"), (0.08, 0.17, "card-red"), (0.0, 0.03, "snow")):
        p = np.empty((2, 72, 3))
        p[..., 0] = np.clip(hx + np.array([[r0], [r1]]) * np.cos(th), -w / 2, w / 2)
        p[..., 1] = y0 + 0.001
        p[..., 2] = np.clip(hz + np.array([[r0], [r1]]) * np.sin(th), -d / 2, d / 2)
        parts.append(_wall(p, 0.002, slot))
    parts.append(box(w, 0.002, 0.006, at(0, y0, hz), "marking"))  # the tee line
    parts.append(box(0.006, 0.002, d, at(hx, y0, 0), "marking"))  # the centre line
    return parts


# 1004 kilt and 1005 sporran


def _sporran(m: np.ndarray, leather, metal, tassels) -> list[Part]:
    """A sporran hanging under ``m`` (the middle of its top at 0, its front toward +z): a flat
    leather pouch with a rounded bottom, plumped out at the front, a metal cantle arched across
    its top, and three long tassels on cords hanging down its front in metal caps."""
    pouch = [(-0.088, 0.0), (-0.092, -0.1), (-0.08, -0.16), (-0.045, -0.195), (0.0, -0.205),
             (0.045, -0.195), (0.08, -0.16), (0.092, -0.1), (0.088, 0.0)]  # fmt: skip
    parts = [slab(pouch, 0.04, m, leather)]
    parts.append(sphere(1.0, m @ at(0, -0.1, 0.012) @ scl(0.082, 0.095, 0.02), leather))
    parts.append(tube([(x, y - 0.004, 0.0) for x, y in pouch], 0.006, m @ scl(1.02, 1.0, 3.5),
                      leather))  # fmt: skip
    arch = [(-0.097, -0.028), (0.097, -0.028), (0.097, 0.0), (0.06, 0.022), (0.0, 0.032),
            (-0.06, 0.022), (-0.097, 0.0)]  # fmt: skip
    parts.append(slab(sharp(arch), 0.05, m, metal))
    parts.append(slab(sharp([(x * 0.8, y * 0.6 - 0.004) for x, y in arch]), 0.056, m, metal))
    parts.append(sphere(1.0, m @ at(0, -0.006, 0.028) @ scl(0.016, 0.016, 0.008), metal))
    for x, ln in ((-0.045, 0.15), (0.0, 0.17), (0.045, 0.15)):
        parts += scaled(_tassel((x, -0.04, 0.034), ln, 0.013, tassels, metal), m)
    return parts


def _sporran_stand(rng: Rng) -> list[Part]:
    """A sporran hung on a stand: a flat leather pouch with a rounded bottom, a metal cantle
    arched across its top, three long dark tassels in metal caps hanging down its front; its
    chain belt looped up from the cantle's ends over a peg on a small wooden post."""
    top = np.array([0.0, 0.3, 0.0])
    m = at(*top) @ rot("y", float(rng.uniform(-8, 8)))
    parts = _sporran(m, 0, 1, "cloth-dark")
    parts[0] = replace(parts[0], tag="body")
    peg = top + v3(0.0, 0.16, -0.03)
    for s in (-1, 1):
        end = (m @ np.array([s * 0.1, 0.0, -0.005, 1.0]))[:3]
        mid = (end + peg) / 2 + v3(s * 0.02, -0.01, 0.0)
        parts += chain([end, mid, peg], 14, 1, 0.0065)
    belt = [peg + v3(x, y, z) for x, y, z in ((0, 0, 0), (0.06, -0.08, -0.06), (0.0, -0.17, -0.1),
                                              (-0.06, -0.08, -0.06), (0, 0, 0))]  # fmt: skip
    parts += chain(belt, 34, 1, 0.0065)
    parts.append(cylinder(0.11, 0.1, 0.025, at(0, 0, -0.08), "cork"))  # the stand
    parts.append(cylinder(0.014, 0.014, 0.47, at(0, 0.02, -0.08), "cork"))
    parts.append(stick((0, peg[1] + 0.01, -0.08), (0, peg[1] + 0.02, peg[2] + 0.02), 0.007, "cork"))
    return parts


_HEM, _WAIST = 0.36, 0.9
"""The kilt's hem and the top of its waistband."""
_PLEATS = 21
"""Pleats all the way round (those at the front are pressed flat under the apron)."""


def _kilt_at(th: np.ndarray, y: np.ndarray, out: float = 0.0, pleats: bool = True) -> np.ndarray:
    """Points on the kilt's cloth at angles th round it (0 at +x, a quarter turn at the front)
    and heights y (arrays of one shape): an oval skirt a little wider at the hem, flat across
    its front apron, deep knife pleats round its back opening toward the hem; ``out`` further
    out from its middle."""
    u = np.clip((y - _HEM) / (_WAIST - _HEM), 0.0, 1.0)  # 0 at the hem, 1 at the waist
    rx = 0.225 - 0.065 * u**1.2
    rz = 0.17 - 0.05 * u**1.2
    c, s = np.cos(th), np.sin(th)
    z = np.where(s > 0, np.abs(s) ** 0.45, s) * rz
    x = c * rx
    back = np.clip((0.45 - s) / 0.4, 0.0, 1.0) ** 2
    phase = (th / (2 * np.pi) * _PLEATS) % 1.0
    depth = (0.008 + 0.03 * (1 - u)) * back * pleats
    norm = np.hypot(x / rx**2, z / rz**2)
    nx, nz = x / rx**2 / norm, z / rz**2 / norm
    grow = out + depth * (phase - 0.5)
    return np.stack([x + nx * grow, y, z + nz * grow], -1)


def _kilt_cols() -> np.ndarray:
    """The angles round the kilt its cloth is built on: three to each of its pleats."""
    n = 3 * _PLEATS
    return np.arange(n) * (2 * np.pi / n) + 1e-4


def _kilt_ring(y0: float, y1: float, out: float, slot, rows: int = 2) -> Part:
    """A band of the kilt's cloth from height y0 to y1, ``out`` out from its middle (the
    body itself, or a stripe of the tartan lying on it)."""
    th = _kilt_cols()
    ys = np.linspace(y0, y1, rows)
    p = _kilt_at(th[None, :] + 0 * ys[:, None], ys[:, None] + 0 * th[None, :], out)
    return _wall(p, 0.004, slot)


def _kilt_stripe(th: float, width: float, slot) -> Part:
    """A stripe of the tartan running down the kilt at angle th, ``width`` wide."""
    r = 0.17
    ths = th + np.array([-0.5, 0.0, 0.5]) * width / r
    ys = np.linspace(_HEM + 0.002, _WAIST - 0.03, 5)
    p = _kilt_at(ths[None, :] + 0 * ys[:, None], ys[:, None] + 0 * ths[None, :], 0.006)
    return cloth_sheet(p, 0.003, slot)


def _kilt(rng: Rng) -> list[Part]:
    """A kilt displayed on a stand: a knee-length wrapped skirt of tartan (broad green bands
    and thin red and dark lines crossing its ground), deep knife pleats all round its back, a
    flat apron across its front, its fringed edge down one side and a kilt pin near its hem; a
    wide leather belt with a buckle at the waist, and a leather sporran with three tassels
    hanging at the front from a chain round the hips. The stand: a dark hip form on a pole on
    a round foot."""
    parts = [_kilt_ring(_HEM, _WAIST - 0.03, 0.0, 0, 4)]
    parts[0] = replace(parts[0], tag="body")
    sett = ((0.0, 0.045, "chalkboard"), (0.075, 0.01, "card-red"), (0.11, 0.007, "cloth-dark"))
    period = 0.17
    for k in range(3):
        for off, w, slot in sett:
            y0 = _HEM + 0.02 + k * period + off
            if y0 + w < _WAIST - 0.04:
                parts.append(_kilt_ring(y0, y0 + w, 0.004, slot))
    phase = float(rng.uniform(0, 0.2))
    for k in range(_PLEATS):  # down the pleats, a band on each
        th = 2 * np.pi * (k + 0.5) / _PLEATS + 1e-4
        if np.sin(th) < 0.45:
            parts.append(_kilt_stripe(th, 0.016, "chalkboard" if k % 2 else "card-red"))
    for k, a in enumerate(np.linspace(0.3, 2.85, 9)):  # across the apron
        slot = ("chalkboard", "card-red", "cloth-dark")[k % 3]
        parts.append(_kilt_stripe(a + phase, 0.045 if slot == "chalkboard" else 0.009, slot))
    # the apron's fringed edge and the kilt pin
    edge = 2.2
    ys = np.linspace(_HEM, _WAIST - 0.05, 16)
    pts = _kilt_at(np.full(16, edge), ys, 0.008)
    parts.append(tube(pts[::3], 0.005, None, 0, shape=HEX))
    dirs = np.tile([-1.0, -0.4, 0.3], (16, 1))
    parts.append(_spikes(pts, dirs, 0.022, 0.004, 0))
    pin = _kilt_at(np.array(edge + 0.25), np.array(_HEM + 0.1), 0.01)
    pm = at(*pin) @ rot("y", -25) @ rot("z", -10)
    parts.append(cylinder(0.003, 0.003, 0.075, pm @ at(0, -0.03, 0), "steel"))
    parts.append(box(0.022, 0.005, 0.005, pm @ at(0, 0.03, 0), "steel"))
    parts.append(sphere(1.0, pm @ at(0, 0.05, 0) @ scl(0.007), "steel"))
    # the belt and its buckle
    parts.append(_kilt_ring(_WAIST - 0.05, _WAIST, 0.012, 1))
    front = _kilt_at(np.array(np.pi / 2), np.array(_WAIST - 0.025), 0.018)
    parts.append(box(0.06, 0.05, 0.008, at(*front) @ at(0, -0.025, 0), "steel"))
    parts.append(box(0.04, 0.03, 0.01, at(*front) @ at(0, -0.015, 0), 1))
    # the chain round the hips and the sporran hanging from it
    th = np.linspace(0.2, np.pi - 0.2, 9)
    hips = _kilt_at(th, np.full(9, _WAIST - 0.085), 0.016, False)
    parts += chain(hips, 18, "steel", 0.0085)
    sm = at(*_kilt_at(np.array(np.pi / 2), np.array(_WAIST - 0.08), 0.045))
    parts += _sporran(sm @ scl(0.9) @ rot("x", -4), 1, "steel", "cloth-dark")
    # the stand: a hip form, a pole and a foot
    w = _WAIST
    form = [(0.0, w - 0.06), (0.15, w - 0.06), (0.15, w + 0.04), (0.16, w + 0.12), (0.12, w + 0.19),
            (0.04, w + 0.215), (0.0, w + 0.215)]  # fmt: skip
    parts.append(lathe(form, scl(1.1, 1.0, 0.85), "cloth-dark"))
    parts.append(cylinder(0.016, 0.016, 0.05, at(0, w + 0.21, 0), "steel"))
    parts.append(sphere(1.0, at(0, w + 0.265, 0) @ scl(0.024), "steel"))
    parts.append(cylinder(0.016, 0.016, _WAIST - 0.06, None, "steel"))
    parts.append(cylinder(0.17, 0.16, 0.025, None, "cloth-dark"))
    return parts


# 1006 thistle


def _thistle_leaf(base, a: float, length: float, width: float, rise: float, slot,
                  spines) -> list[Part]:  # fmt: skip
    """A thistle leaf from ``base`` reaching out at angle a (degrees round y): long and narrow,
    cut deep into five pointed lobes down each side, its lobes twisting up and down, arching
    up and drooping at its tip, a long spine at each lobe's point."""
    b = np.asarray(base, float)
    out = np.array([np.cos(np.radians(a)), 0.0, np.sin(np.radians(a))])
    side = np.array([-out[2], 0.0, out[0]])
    lobes = 5
    s = np.linspace(0.0, 1.0, 4 * lobes + 1)[:, None]
    tri = 1.0 - np.abs(2 * ((lobes * s + 0.25) % 1.0) - 1.0)  # 1 at each lobe's point
    w = width * np.sin(np.pi * np.clip(s, 0.0, 1.0) ** 0.7) * (0.35 + 0.65 * tri**1.5)
    across = np.array([-1.0, -0.5, 0.0, 0.5, 1.0])[None, :]
    wave = 0.35 * width * np.sin(2 * np.pi * lobes * s) * np.abs(across)
    up = rise * (1.8 * s - 2.2 * s**2) + wave - 0.1 * width * (1 - np.abs(across))
    pts = (b + out * (s * length)[..., None] + side * (across * w)[..., None]
           + np.array([0.0, 1.0, 0.0]) * up[..., None])  # fmt: skip
    parts = [cloth_sheet(pts, 0.006, slot)]
    tips = (tri[:, 0] > 0.99) & (s[:, 0] > 0.05)
    ends = np.concatenate([pts[tips, 0], pts[tips, -1]])
    dirs = np.concatenate([pts[tips, 0] - pts[tips, 1], pts[tips, -1] - pts[tips, -2]])
    parts.append(_spikes(ends, dirs + out * 0.01, 0.03, 0.0025, spines))
    parts.append(_spikes(pts[-1:, 2], pts[-1:, 2] - pts[-2:-1, 2], 0.03, 0.0025, spines))
    return parts


def _thistle_head(c, d, r: float, rng: Rng, slot, spines) -> list[Part]:
    """A thistle's flower head at c facing ``d``: a plump green bulb clad in scales whose
    spiny tips stick out all round, and bursting from its top a brush of purple florets."""
    m = at(*c) @ align(d)
    bulb = [(0.0, 0.0), (0.35 * r, 0.05 * r), (0.85 * r, 0.45 * r), (r, 0.95 * r),
            (0.8 * r, 1.45 * r), (0.6 * r, 1.6 * r), (0.0, 1.55 * r)]  # fmt: skip
    parts = [lathe(bulb, m, slot, shape=lobed(24, 12, 0.12))]
    n = 40
    k = np.arange(n)
    a = 2.39996 * k
    h = 0.2 + 1.3 * (k + 0.5) / n
    rr = np.interp(h, [b[1] for b in bulb[1:-1]], [b[0] for b in bulb[1:-1]])
    loc = np.stack([rr * np.cos(a), h * r, rr * np.sin(a), np.ones(n)], 1)
    out = np.stack([np.cos(a), 0.9 + 0.0 * a, np.sin(a), np.zeros(n)], 1)
    pts = (m @ loc.T).T[:, :3]
    dirs = (m @ out.T).T[:, :3]
    parts.append(_spikes(pts, dirs, 0.5 * r, 0.12 * r, spines))
    brush = [(0.0, 1.45 * r), (0.55 * r, 1.5 * r), (0.68 * r, 1.85 * r), (0.8 * r, 2.2 * r),
             (0.6 * r, 2.38 * r), (0.0, 2.35 * r)]  # fmt: skip
    parts.append(lathe(brush, m, "plume", shape=lobed(36, 18, 0.25)))
    n = 150  # the florets: fine strands bursting up and out all over it
    a = 2.39996 * np.arange(n) + float(rng.uniform(0, 6.3))
    f = np.sqrt((np.arange(n) + 0.5) / n)
    h = 2.35 * r - 0.75 * r * f**3
    rad = 0.8 * r * f
    loc = np.stack([rad * np.cos(a), h, rad * np.sin(a), np.ones(n)], 1)
    out = np.stack([1.6 * f * np.cos(a), np.ones(n), 1.6 * f * np.sin(a), np.zeros(n)], 1)
    pts = (m @ loc.T).T[:, :3]
    dirs = (m @ out.T).T[:, :3]
    ln = r * rng.uniform(0.45, 0.65, n)
    blue = np.arange(n) % 3 == 0
    parts.append(_spikes(pts[blue], dirs[blue], ln[blue], 0.06 * r, "plume"))
    parts.append(_spikes(pts[~blue], dirs[~blue], ln[~blue], 0.06 * r, "eraser"))
    return parts


def _thistle(rng: Rng) -> list[Part]:
    """A thistle: a stout prickly stem rising from a rosette of long jagged spiny leaves on a
    low mound of earth, smaller spiny leaves clasping it higher up, branching at the top into
    three flower heads, each a plump green bulb of spiny scales topped by a purple brush of
    florets."""
    top = (0.02, 0.86, 0.0)
    stem = [(0.0, 0.03, 0.0), (0.015, 0.3, 0.0), (0.0, 0.6, 0.01), top]
    parts = [tube(stem, [0.017, 0.015, 0.012, 0.01], None, 0, "body")]
    heads = [(top, (0.05, 1.0, 0.0))]
    for k, (end, d) in enumerate((((-0.17, 0.74, 0.06), (-0.5, 1.0, 0.2)),
                                  ((0.16, 0.68, -0.06), (0.5, 1.0, -0.2)))):  # fmt: skip
        start = (0.0, 0.56 - 0.06 * k, 0.01)
        mid = ((start[0] + end[0]) / 2 * 0.7, (start[1] + end[1]) / 2 + 0.03, end[2] * 0.5)
        parts.append(tube([start, mid, end], [0.01, 0.009, 0.008], None, 0))
        heads.append((end, d))
    for c, d in heads:
        parts += _thistle_head(c, d, 0.06 if c is top else 0.05, rng, 0, 1)
    # prickles up the stem
    n = 50
    y = rng.uniform(0.05, 0.82, n)
    a = rng.uniform(0, 2 * np.pi, n)
    xs = np.interp(y, [p[1] for p in stem], [p[0] for p in stem])
    zs = np.interp(y, [p[1] for p in stem], [p[2] for p in stem])
    pts = np.stack([xs + 0.012 * np.cos(a), y, zs + 0.012 * np.sin(a)], 1)
    dirs = np.stack([np.cos(a), 0.4 + 0 * a, np.sin(a)], 1)
    parts.append(_spikes(pts, dirs, 0.018, 0.0025, 1))
    # the leaves: a rosette at the foot, smaller ones up the stem
    turn = float(rng.uniform(0, 60))
    for k in range(6):
        a = turn + 60 * k + float(rng.uniform(-12, 12))
        parts += _thistle_leaf((0.0, 0.05, 0.0), a, 0.36, 0.085, 0.1, 0, 1)
    for y, a, ln in ((0.3, turn + 30, 0.22), (0.45, turn + 200, 0.18), (0.6, turn + 110, 0.13)):
        x = float(np.interp(y, [p[1] for p in stem], [p[0] for p in stem]))
        parts += _thistle_leaf((x, y, 0.0), a, ln, ln * 0.22, ln * 0.35, 0, 1)
    parts.append(sphere(1.0, at(0, 0.0, 0) @ scl(0.16, 0.05, 0.16), "soil"))
    return parts


# 1007 tam o'shanter


def _tam(rng: Rng) -> list[Part]:
    """A tam o'shanter on a hat stand: a wide flat round knitted bonnet, soft, its crown much
    wider than the head and slumped over to one side, eight seams of its knitting running in
    to the middle, on a tight headband of dicing (red and white checks on a dark band), a big
    fluffy red pompom (the toorie) on the top; the stand a dome on a post on a round foot."""
    parts = []
    yb = 0.52  # the foot of the headband
    tilt = float(rng.uniform(7, 12))
    m = at(0, yb + 0.04, 0) @ rot("z", tilt) @ rot("x", -0.5 * tilt) @ at(-0.02, -yb - 0.04, -0.01)
    crown = [(0.1, yb + 0.04), (0.17, yb + 0.05), (0.25, yb + 0.07), (0.285, yb + 0.095),
             (0.278, yb + 0.12), (0.22, yb + 0.14), (0.12, yb + 0.152),
             (0.0, yb + 0.155)]  # fmt: skip
    parts.append(lathe(crown, m, 0, "body", shape=lobed(64, 8, 0.035)))
    for k in range(8):  # the knitting's seams running in to the middle
        a = np.radians(45 * k + 22.5)
        pts = [(r * np.cos(a), np.interp(r, [0.0, 0.12, 0.22, 0.278],
                                         [yb + 0.157, yb + 0.154, yb + 0.142, yb + 0.122]),
                r * np.sin(a)) for r in (0.03, 0.12, 0.2, 0.25)]  # fmt: skip
        parts.append(tube(pts, 0.004, m, 0, shape=HEX))
    # the headband and its dicing
    band = annulus(0.092, 0.104, 0.045)
    parts.append(lathe(band, at(0, yb + 0.022, 0), "cloth-dark", closed=True))
    n = 24
    sq = sharp([(-0.0135, -0.0075), (0.0135, -0.0075), (0.0135, 0.0075), (-0.0135, 0.0075)])
    for row in range(3):
        for k in range(n):
            if row == 1 and k % 2:
                continue  # the dark band shows here
            slot = "card-red" if (k + row) % 2 == 0 else "snow"
            a = 2 * np.pi * k / n
            cm = at(0.105 * np.cos(a), yb + 0.0075 + 0.015 * row, 0.105 * np.sin(a))
            parts.append(slab(sq, 0.003, cm @ rot("y", 90 - np.degrees(a)), slot))
    # the toorie: a big fluffy red pompom on the top
    tc = (m @ np.array([0.0, yb + 0.19, 0.0, 1.0]))[:3]
    phi = np.linspace(-np.pi / 2, np.pi / 2, 13)
    r = 0.06 * (1 + 0.07 * np.cos(9 * phi))
    ball = [(a * np.cos(p), a * np.sin(p)) for a, p in zip(r[1:-1], phi[1:-1], strict=True)]
    ball = [(0.0, -0.06), *ball, (0.0, 0.062)]
    parts.append(lathe(ball, at(*tc), "card-red", shape=lobed(36, 13, 0.12)))
    k = np.arange(360)
    z = 1 - 2 * (k + 0.5) / 360
    a = 2.39996 * k
    dirs = np.stack([np.sqrt(1 - z**2) * np.cos(a), z, np.sqrt(1 - z**2) * np.sin(a)], 1)
    parts.append(_spikes(tc + dirs * 0.056, dirs, 0.01, 0.005, "card-red"))
    # the stand
    parts.append(sphere(1.0, at(0, yb - 0.02, 0) @ scl(0.095, 0.12, 0.1), 1))
    parts.append(cylinder(0.014, 0.014, yb - 0.1, at(0, 0.02, 0), 1))
    parts.append(lathe(crisp([(0.0, 0.0), (0.13, 0.0), (0.13, 0.02), (0.1, 0.035),
                              (0.0, 0.035)]), None, 1))  # fmt: skip
    return parts


MORE_APPLIANCES_ZZX = {
    1000: _dorje, 1001: _caber, 1002: _haggis, 1003: _curling_stone, 1004: _kilt, 1005: _sporran_stand,
    1006: _thistle, 1007: _tam,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
