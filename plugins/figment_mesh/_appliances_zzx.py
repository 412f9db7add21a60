"""More of the device family's appliances, from 1000: a dorje, a caber, a haggis, a curling
stone, a kilt, a sporran, a thistle and a tam o'shanter.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, mesh_part, rot, scl
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    HEX,
    annulus,
    crisp,
    hoop,
    lobed,
    plate,
    studs,
    superellipse,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZX"]

Rng = np.random.Generator


# Skins from grids of points, and small shared pieces


def _grid(p: np.ndarray, slot, tag: str = "", caps: tuple[bool, bool] = (True, True)) -> Part:
    """A closed skin through a grid of points (rows, cols, 3): each row a loop round the thing,
    quads between neighbouring rows, the first and last rows closed by a fan to their middles
    when capped."""
    r, c, _ = p.shape
    idx = np.arange(r * c).reshape(r, c)
    nxt = np.roll(idx, -1, axis=1)
    a, b, d, e = idx[:-1], nxt[:-1], idx[1:], nxt[1:]
    faces = [np.stack([a, b, e], -1).reshape(-1, 3), np.stack([a, e, d], -1).reshape(-1, 3)]
    verts = [p.reshape(-1, 3)]
    n = r * c
    for end, row in ((0, 0), (1, r - 1)):
        if caps[end]:
            verts.append(p[row].mean(0)[None])
            ring, ring_next = idx[row], nxt[row]
            hub = np.full(c, n)
            faces.append(np.stack([hub, ring_next, ring] if end == 0 else [hub, ring, ring_next],
                                  1))  # fmt: skip
            n += 1
    return mesh_part(np.concatenate(verts), np.concatenate(faces), slot, tag)


def _normals(p: np.ndarray, wrap: bool = False) -> np.ndarray:
    """Unit normals of a surface grid (rows, cols, 3): the cross of its two directions (the
    columns taken as a closed loop when ``wrap``)."""
    du = np.gradient(p, axis=0)
    dv = np.roll(p, -1, 1) - np.roll(p, 1, 1) if wrap else np.gradient(p, axis=1)
    n = np.cross(du, dv)
    return n / np.maximum(np.linalg.norm(n, axis=-1, keepdims=True), 1e-12)


def _sheet(p: np.ndarray, thick: float, slot, tag: str = "") -> Part:
    """A thin sheet (cloth, a leaf) through a grid of points (rows, cols, 3), ``thick`` thick:
    its two faces joined round the edges into one closed skin."""
    n = _normals(p) * (thick / 2)
    ring = np.concatenate([p + n, (p - n)[:, ::-1]], axis=1)
    return _grid(ring, slot, tag)


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


def _chain(path, links: int, slot=1, size: float = 0.012) -> list[Part]:
    """A chain along a curve through 3D points: ``links`` oval links, each turned a quarter to
    the last."""
    p = np.asarray(path, float)
    seg = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))]
    s = np.linspace(0.0, seg[-1], links + 1)
    pts = np.stack([np.interp(s, seg, p[:, i]) for i in range(3)], 1)
    parts = []
    for k in range(links):
        a, b = pts[k], pts[k + 1]
        m = at(*(a + b) / 2) @ align(b - a) @ rot("y", 90 * (k % 2)) @ rot("x", 90)
        parts.append(hoop(size, size * 0.3, m @ scl(1.0, 1.0, 1.9), slot, 8, 4))
    return parts


def _tassel(top, length: float, r: float, slot, cap) -> list[Part]:
    """A tassel hanging from ``top``: a short cord, a round knotted head in a metal cap and a
    skirt of strands flaring a little down to a ragged end ``length`` below."""
    x, y, z = top
    head = y - 0.3 * length
    skirt = [(0.0, -length), (r * 1.25, -length + 0.01), (r * 1.15, -0.55 * length),
             (r * 0.9, -0.36 * length), (0.0, -0.3 * length)]  # fmt: skip
    return [
        stick((x, y, z), (x, head, z), r * 0.18, slot),
        lathe([(a, b + y) for a, b in skirt], at(x, 0, z), slot, shape=lobed(20, 10, 0.25)),
        cylinder(r * 0.95, r * 0.7, 0.35 * length, at(x, head - 0.12 * length, z), cap),
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
    bark-free wood marked with dark knots where branches were cut off and the sawn ends showing
    their lighter end grain with growth rings."""
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
        parts.append(sphere(1.0, k @ scl(0.01, 0.005, 0.012), 0))
        parts.append(cylinder(0.006, 0.005, 0.006, k, "cork"))
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
    return _grid(p, slot)


def _haggis(rng: Rng) -> list[Part]:
    """A haggis served on a plate: a plump round pudding in a pale casing, a little long, tied
    off at each end with string and a small gathered tuft, slit open along its top where its
    dark brown crumbly filling bulges out between the casing's curled lips; beside it a heap of
    mashed orange neeps and a heap of mashed white tatties."""
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
               (0.0, 0.012, s * 0.1), (hx * 0.4, 0.0, s * 0.085), (hx * 0.75, -0.025, s * 0.035)]
        parts.append(tube(lip, [0.006, 0.014, 0.017, 0.014, 0.006], top, 0))
    n = 60
    u = rng.uniform(-1, 1, n)
    v = rng.uniform(-1, 1, n)
    keep = u**2 + v**2 < 0.9
    u, v = u[keep], v[keep]
    pts = np.stack([u * hx * 0.68, 0.064 * np.sqrt(np.clip(1 - u**2 - v**2, 0, 1)), v * 0.075], 1)
    pts = (top @ np.c_[pts, np.ones(len(pts))].T).T[:, :3]
    ups = rng.normal(0, 0.6, (len(pts), 3)) + [0.0, 1.0, 0.0]
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
    parts.append(studs(cv, rng.normal(0, 0.5, (14, 3)) + [0, 1, 0], 0.006, 0.03, "vine", 4))
    return parts


# 1003 curling stone


def _curling_stone(rng: Rng) -> list[Part]:
    """A curling stone on a strip of pebbled ice: a thick round polished granite stone with
    rounded edges, a band of another stone round its middle, a coloured cap on its top and the
    curling handle: rising from the cap's middle and reaching forward in a long curved grip; the
    ice painted under it with the rings of the house, blue and red round a white middle."""
    parts = []
    r = 0.145
    body = [(0.0, 0.004), (0.055, 0.002), (0.065, 0.0), (0.075, 0.002), (0.1, 0.012),
            (0.125, 0.026), (0.14, 0.043), (0.145, 0.057), (0.14, 0.072), (0.125, 0.088),
            (0.1, 0.102), (0.07, 0.111), (0.0, 0.114)]  # fmt: skip
    y0 = 0.025
    m = at(0.02, y0, 0.04)
    parts.append(lathe(body, m, 0, "body"))
    parts.append(lathe(annulus(0.14, r + 0.002, 0.024), m @ at(0, 0.057, 0), 1, closed=True))
    colour = "card-red" if rng.random() < 0.5 else "cloth-yellow"
    cap = [(0.0, 0.11), (0.06, 0.11), (0.062, 0.116), (0.058, 0.12), (0.0, 0.121)]
    parts.append(lathe(cap, m, colour))
    turn = float(rng.uniform(-30, 30))
    h = m @ rot("y", turn)
    grip = [(0.0, 0.12, -0.035), (0.0, 0.15, -0.03), (0.0, 0.168, 0.0), (0.0, 0.172, 0.06),
            (0.0, 0.165, 0.11), (0.0, 0.15, 0.125)]  # fmt: skip
    parts.append(tube(grip, [0.02, 0.019, 0.017, 0.016, 0.016, 0.015], h @ scl(1.25, 1, 1),
                      colour))  # fmt: skip
    parts.append(cylinder(0.028, 0.022, 0.014, h @ at(0, 0.118, -0.035), colour))
    parts.append(cylinder(0.008, 0.008, 0.012, h @ at(0, 0.116, 0.03), "steel"))  # the bolt
    # the ice and the house painted on it
    parts.append(box(1.0, y0, 0.62, at(0, 0, -0.02), "snow"))
    hc = at(-0.12, y0, -0.14)
    for r0, r1, slot in ((0.34, 0.46, "plume"), (0.12, 0.22, "card-red"), (0.0, 0.035, "snow")):
        ring = [(r0, 0.0), (r1, 0.0), (r1, 0.002), (r0, 0.002)]
        if r0 == 0.0:
            ring = [(0.0, 0.0), (r1, 0.0), (r1, 0.002), (0.0, 0.002)]
        parts.append(lathe(ring, hc, slot, closed=r0 > 0, sides=48))
    parts.append(box(1.0, 0.002, 0.008, hc @ at(0.12, 0.0, 0.0), "marking"))  # the tee line
    parts.append(box(0.008, 0.002, 0.62, at(-0.12, y0, -0.02), "marking"))  # the centre line
    return parts


MORE_APPLIANCES_ZZX = {
    1000: _dorje, 1001: _caber, 1002: _haggis, 1003: _curling_stone,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
