"""More of the device family's appliances, from 1116: vegetables: a leek, a bunch of celery, a
cucumber with slices, a globe artichoke, a bunch of asparagus, an avocado cut open, a bunch of
curly kale and a brussels sprout stalk.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ._geometry import Part, align, at, mesh_part, rot, scl
from ._kit import (
    ALONG_X,
    HEX,
    ccw,
    cloth_sheet,
    disc,
    flat_solid,
    grid_mesh,
    grid_skin,
    hoop,
    lobed,
    studs,
    unit,
)
from ._primitives import catmull_rom, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZZZN"]

Rng = np.random.Generator

_UP = np.array([0.0, 1.0, 0.0])


def _rows(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise unit cross products of two (n, 3) arrays."""
    c = np.cross(a, b)
    return c / np.maximum(np.linalg.norm(c, axis=-1, keepdims=True), 1e-12)


def _ringed(c, u, v, shape: np.ndarray) -> np.ndarray:
    """The rings of a sweep as a grid (rows, S, 3): ``shape`` (S, 2) placed at each centre along
    that ring's axes u and v (their lengths scale it)."""
    return (np.asarray(c)[:, None] + shape[None, :, 0, None] * np.asarray(u)[:, None]
            + shape[None, :, 1, None] * np.asarray(v)[:, None])  # fmt: skip


def _merged(grids, slot) -> Part:
    """Many small closed skins (grids of rings, each capped at both ends) as one part."""
    verts, faces, base = [], [], 0
    for g in grids:
        v, f = grid_mesh(g)
        verts.append(v)
        faces.append(f + base)
        base += len(v)
    return mesh_part(np.concatenate(verts), np.concatenate(faces), slot)


def _path(points, n: int) -> tuple[np.ndarray, np.ndarray]:
    """n points on a smooth curve through 3D control points and their unit tangents."""
    p = catmull_rom(np.asarray(points, float), n)
    t = np.gradient(p, axis=0)
    return p, t / np.maximum(np.linalg.norm(t, axis=1, keepdims=True), 1e-12)


def _blade(path, width, across, lift, thick: float, slot, cols: int = 7) -> Part:
    """A thin leaf blade along ``path`` (n, 3): half-width ``width`` (n,) along the unit
    directions ``across`` (n, 3), each point of a row raised along the blade's normal by
    ``lift(i, u)`` (u from -1 to 1 across, i the row; given as broadcasting arrays): a fold, a
    ruffle, a cup."""
    p = np.asarray(path, float)
    nrm = _rows(np.gradient(p, axis=0), across)
    u = np.linspace(-1.0, 1.0, cols)[None, :]
    h = np.broadcast_to(lift(np.arange(len(p))[:, None], u), (len(p), cols))
    grid = (p[:, None] + across[:, None] * (u * np.asarray(width)[:, None])[..., None]
            + nrm[:, None] * h[..., None])  # fmt: skip
    return cloth_sheet(grid, thick, slot)


def _scales(base, tip, out, width: float, slot) -> Part:
    """Many small pointed scales in one part, each a flat three-sided pyramid from its base
    point to its tip, standing a little proud along ``out`` and ``width`` wide at the base."""
    b, t, o = (np.asarray(x, float).reshape(-1, 3) for x in (base, tip, out))
    side = _rows(t - b, o) * (width / 2)
    ridge = b + o * width * 0.35 + (t - b) * 0.2
    verts = np.stack([b - side, b + side, t, ridge], 1)  # (n, 4, 3)
    faces = np.array([(0, 3, 2), (3, 1, 2), (0, 1, 3), (0, 2, 1)])
    a, bb, c = verts[:, 0], verts[:, 1], verts[:, 2]
    vol = np.einsum("ij,ij->i", verts[:, 3] - a, np.cross(bb - a, c - a))
    f = np.where((vol > 0)[:, None, None], faces[None, :, ::-1], faces[None])
    f = f + (np.arange(len(b)) * 4)[:, None, None]
    return mesh_part(verts.reshape(-1, 3), f.reshape(-1, 3), slot, facets=True)


# ---- 1115 a leek -----------------------------------------------------------------------------


def _leek(rng: Rng) -> list[Part]:
    """A long leek lying on its side along x: a thick straight white shaft with a tuft of fine
    pale roots on a brown root plate at its end, turning pale green at its other end and there
    splitting into a fan of long flat dark green leaves, each folded along its keel, spreading
    out and drooping to the ground."""
    R, x0 = 0.062, -0.52
    shaft = [(0.0, 0.0), (R * 0.72, 0.0), (R * 0.94, 0.014), (R, 0.05), (R, 0.42), (R * 0.99, 0.5),
             (R * 0.975, 0.56)]  # fmt: skip
    parts = [lathe(shaft, at(x0, R, 0) @ ALONG_X, 1, "body")]
    neck = [(R * 0.985, 0.0), (R * 0.975, 0.07), (R * 0.94, 0.14), (R * 0.88, 0.19), (0.0, 0.2)]
    parts.append(lathe(neck, at(x0 + 0.52, R, 0) @ ALONG_X, "fruit-green"))
    parts.append(cylinder(R * 0.62, R * 0.55, 0.012, at(x0 + 0.004, R, 0) @ rot("z", 90), "cork"))
    for k in range(26):  # the tuft of roots
        a = k * 2.39996
        rho = R * 0.55 * np.sqrt((k + 0.5) / 26)
        y, z = R + rho * np.sin(a), rho * np.cos(a)
        spread = np.array([0.0, np.sin(a), np.cos(a)]) * float(rng.uniform(0.03, 0.06))
        reach = float(rng.uniform(0.07, 0.13))
        pts = [
            (x0 - 0.005, y, z),
            (x0 - reach * 0.5, y, z) + spread * 0.6,
            (x0 - reach, y - 0.02, z) + spread * 1.3 + (0.0, 0.0, 0.02 * np.sin(3 * a)),
        ]
        pts = [(px, max(py, 0.006), pz) for px, py, pz in pts]
        parts.append(tube(pts, [0.004, 0.003, 0.0015], None, "seed", shape=HEX))
    fan = (-40, -24, -9, 5, 19, 33)
    for k, ang in enumerate(fan):  # the leaves, alternately in two greens
        ang += float(rng.uniform(-4, 4))
        d = np.array([np.cos(np.radians(ang)), 0.0, np.sin(np.radians(ang))])
        L = float(rng.uniform(0.46, 0.56)) * (1.0 - 0.25 * abs(ang) / 40)
        base = np.array([x0 + 0.58 + 0.02 * k, R + 0.004 * k, 0.0])
        s = np.linspace(0.0, 1.0, 14)
        path = base + np.outer(L * s, d)
        path[:, 1] = np.maximum(base[1] + 0.07 * np.sin(np.pi * s * 0.7) - 0.12 * s**2, 0.012)
        across = np.tile(unit(np.cross(_UP, d)), (14, 1))
        width = R * (0.95 - 0.2 * s) * np.sqrt(np.clip(1 - s**3, 0, 1)) + 0.002
        twist = 0.3 * (k % 2 - 0.5)

        def lift(i, u, s=s, twist=twist):
            return R * 0.35 * np.abs(u) + twist * u * R * s[i]

        parts.append(_blade(path, width, across, lift, 0.008, (0, "vine")[k % 2]))
    return parts


# ---- 1116 a bunch of celery ------------------------------------------------------------------


def _channel(cols: int, ridges: int) -> tuple[np.ndarray, np.ndarray]:
    """A celery stalk's cross-section round its loop: (across, outward) points of a thick
    crescent, its back ribbed with ``ridges`` fine ridges and its inner face grooved."""
    a = np.linspace(0.0, 2 * np.pi, cols, endpoint=False)
    x = np.cos(a)
    back = np.sin(a) >= 0
    rib = 0.13 * np.abs(np.sin(a * ridges / 2)) ** 0.6
    y = np.where(back, 0.8 * np.sin(a) + rib, -0.3 * np.sin(a) + 0.1)
    return x, y


def _celery_stalk(root, out, height: float, width: float, lean: float, slot) -> Part:
    """One celery stalk from ``root`` on the ground rising ``height`` and leaning out along the
    horizontal unit ``out``: a crescent in section, ribbed on its back, its groove facing in."""
    n, cols = 12, 20
    s = np.linspace(0.0, 1.0, n)
    c = root + np.outer(height * s, _UP) + np.outer(lean * s**1.6, out)
    _, tng = _path(c, n)
    side = _rows(tng, np.tile(out, (n, 1)))
    back = _rows(side, tng)
    hw = width * (1.0 - 0.25 * s) * (1 + 0.25 * np.exp(-s * 14))
    x, y = _channel(cols, 8)
    grid = (c[:, None, :] + side[:, None, :] * (hw[:, None] * x)[:, :, None]
            + back[:, None, :] * (hw[:, None] * y * 0.7)[:, :, None])  # fmt: skip
    return grid_skin(grid, slot)


def _celery_leaf(m: np.ndarray, size: float) -> np.ndarray:
    """A celery leaflet on m's origin pointing along +y, as a grid of its two faces: three
    toothed lobes, flat, frilly."""
    t = np.linspace(0.0, 2 * np.pi, 28, endpoint=False)
    lobes = 0.55 + 0.45 * np.abs(np.cos(1.5 * t)) ** 1.5
    teeth = 1.0 + 0.12 * np.sign(np.sin(8 * t)) * np.abs(np.sin(8 * t)) ** 0.5
    r = size * lobes * teeth * (0.4 + 0.6 * np.clip(np.sin(t), 0, None) ** 0.3)
    pts = np.stack([r * np.cos(t), r * np.sin(t) + size * 0.15, np.zeros_like(t)], 1)
    half = np.array([0.0, 0.0, 0.004])
    faces = np.stack([pts - half, pts + half])
    return faces @ m[:3, :3].T + m[:3, 3]


def _celery(rng: Rng) -> list[Part]:
    """A bunch of celery standing upright: a pale root base gathering ten long ribbed stalks,
    each a crescent in section with fine lengthwise ridges on its back and a groove facing the
    heart, the outer ones leaning out a little; thin branching stems at their tops carry
    frilly toothed leaves."""
    parts = [lathe([(0.0, 0.0), (0.095, 0.0), (0.1, 0.02), (0.085, 0.05), (0.0, 0.06)], None, 1,
                   "body")]  # fmt: skip
    stalks = [(k * 360 / 7 + 10, 0.066, 0.72, 0.034, 0.06, 0) for k in range(7)]
    stalks += [(k * 120 + 40, 0.022, 0.8, 0.03, 0.03, 1) for k in range(3)]
    leaves = []
    for yaw, rho, h, w, lean, slot in stalks:
        a = np.radians(yaw + float(rng.uniform(-6, 6)))
        out = np.array([np.cos(a), 0.0, np.sin(a)])
        h *= float(rng.uniform(0.93, 1.05))
        parts.append(_celery_stalk(out * rho + (0, 0.01, 0), out, h, w, lean, slot))
        top = out * (rho + lean) + _UP * h
        for j in range(2):  # the leaf stems and their leaflets
            b = np.radians(yaw + (j - 0.5) * 60 + float(rng.uniform(-10, 10)))
            d = np.array([np.cos(b), 0.0, np.sin(b)])
            end = top + d * 0.1 + _UP * (0.12 + 0.04 * j)
            parts.append(tube([top - _UP * 0.03, top + d * 0.04 + _UP * 0.07, end],
                              [0.007, 0.005, 0.0035], None, slot, shape=HEX))  # fmt: skip
            for q in range(3):
                tilt = (q - 1) * 50 + float(rng.uniform(-8, 8))
                m = at(*end) @ rot("y", -np.degrees(b) + 90) @ rot("z", -tilt) @ rot("x", -20)
                leaves.append(_celery_leaf(m, 0.045))
    return [*parts, _merged(leaves, "vine")]


# ---- 1117 a cucumber ---------------------------------------------------------------------------


def _cucumber(rng: Rng) -> list[Part]:
    """A long dark green cucumber lying on its side, slightly curved, with rounded ends: its skin
    dotted with tiny bumps and striped with faint pale lines along its length, a dry stalk stub
    at one end; in front of it three round slices, each a thin green rim round pale flesh
    with a ring of seeds in its three-lobed middle."""
    L, R, n, cols = 0.78, 0.085, 26, 22
    s = np.linspace(0.0, 1.0, n)
    bend = float(rng.uniform(0.05, 0.07))
    c = np.stack([(s - 0.5) * L, np.full(n, R), -bend * np.sin(np.pi * s)], 1)
    r = R * np.clip(np.sin(np.pi * np.clip(s, 0.003, 0.997)), 0, 1) ** 0.4 * (0.9 + 0.1 * s)
    _, tng = _path(c, n)
    side = _rows(tng, np.tile(_UP, (n, 1)))
    up = _rows(side, tng)
    a = np.linspace(0.0, 2 * np.pi, cols, endpoint=False)
    ring = np.cos(a)[None, :, None] * side[:, None] + np.sin(a)[None, :, None] * up[:, None]
    ring = ring * (1 + 0.02 * np.cos(6 * a))[None, :, None]
    parts = [grid_skin(c[:, None] + r[:, None, None] * ring, 0, "body")]
    for k in range(7):  # the faint stripes, fading out toward the stalk end
        ang = np.radians(25 + 22 * k + float(rng.uniform(-4, 4)))
        i = slice(n // 3 + k % 3, n - 3)
        nrm = np.cos(ang) * side[i] + np.sin(ang) * up[i]
        fade = np.linspace(0.0, 1.0, len(nrm)) ** 0.7
        parts.append(_strip(c[i] + nrm * r[i, None], nrm, 0.007 * fade + 0.001, "vine"))
    bumps, normals = [], []
    for _ in range(90):  # the bumps
        i = int(rng.integers(3, n - 3))
        ang = float(rng.uniform(0.05, np.pi - 0.05))
        nrm = np.cos(ang) * side[i] + np.sin(ang) * up[i]
        bumps.append(c[i] + nrm * (r[i] + 0.002))
        normals.append(nrm)
    parts.append(studs(bumps, normals, 0.0065, 0.008, 0, 6))
    parts.append(tube([c[0] - tng[0] * 0.005, c[0] - tng[0] * 0.035 + (0, 0.01, 0)],
                      [0.012, 0.009], None, "cork"))  # fmt: skip
    parts.append(cylinder(0.012, 0.012, 0.004, at(*c[-1]) @ rot("z", -90), "seed"))
    for k, (x, z, tilt) in enumerate(((-0.22, 0.27, 0.0), (0.0, 0.3, 8.0), (0.22, 0.26, 70.0))):
        m = at(x, 0.0, z) @ rot("y", float(rng.uniform(-20, 20)))
        if tilt > 30:  # one slice stood on its edge, leaning back, its face to the viewer
            m = at(x, R * 0.8, z - 0.04) @ rot("x", tilt) @ at(0, -0.009, 0)
        parts += _cucumber_slice(m, R * 0.95, k)
    return parts


def _strip(points, normals, width, slot) -> Part:
    """A thin flat stripe lying on a surface along points with their outward normals, ``width``
    wide (or a width per point)."""
    p, nrm = np.asarray(points, float), np.asarray(normals, float)
    _, tng = _path(p, len(p))
    across = _rows(nrm, tng) * (np.asarray(width, float) / 2).reshape(-1, 1)
    grid = np.stack([p - across, p + across], 1) + nrm[:, None] * 0.0015
    return cloth_sheet(grid, 0.002, slot)


def _cucumber_slice(m: np.ndarray, r: float, k: int) -> list[Part]:
    """A round cucumber slice lying flat on m's origin: a thin dark rim of skin, pale flesh and
    a three-lobed middle ringed with pale seeds."""
    h = 0.018
    parts = [cylinder(r, r, h, m, 0)]
    parts.append(cylinder(r * 0.9, r * 0.9, h + 0.002, m, 1))
    t = np.linspace(0.0, 2 * np.pi, 30, endpoint=False) + k
    rr = r * 0.5 * (0.78 + 0.22 * np.cos(3 * t))
    lobes = np.stack([rr * np.cos(t), rr * np.sin(t)], 1)
    parts.append(
        slab(lambda n: lobes, 0.004, m @ at(0, h + 0.001, 0) @ rot("x", -90), "fruit-green")
    )
    seeds, up = [], []
    for j in range(12):
        a = 2 * np.pi * j / 12 + k
        rho = r * 0.34 * (0.8 + 0.2 * np.cos(3 * (a - k)))
        p = m @ np.array([rho * np.cos(a), h + 0.003, rho * np.sin(a), 1.0])
        seeds.append(p[:3])
        up.append(m[:3, 1])
    parts.append(studs(seeds, up, 0.008, 0.004, "seed", 6))
    return parts


# ---- 1118 a globe artichoke ------------------------------------------------------------------


_BRACT = np.stack(
    [np.cos(np.linspace(0, 2 * np.pi, 10, endpoint=False)),
     0.32 * np.sin(np.linspace(0, 2 * np.pi, 10, endpoint=False))
     + 0.3 * (1 - np.cos(np.linspace(0, 2 * np.pi, 10, endpoint=False)) ** 2) - 0.08], 1
)  # fmt: skip
"""A bract's cupped cross-section: a thick lens bowed outward in its middle."""


def _bract(base, along, out, length: float, width: float, grow: float = 1.0) -> np.ndarray:
    """One artichoke bract from ``base`` along the unit ``along``, its back facing ``out``: a
    thick cupped scale, broad and rounded, narrowing at the last to a sharp tip (grown a little
    and starting part way up it, the rim that shows round its edge)."""
    t0 = np.array([0.0, 0.35, 0.65, 0.86, 1.0])
    t = 0.4 + 0.6 * t0 if grow > 1 else t0
    w = np.interp(t, t0, [0.7, 1.0, 0.92, 0.62, 0.06]) * width * grow
    c = base + np.outer(t * length * grow, along) + np.outer(0.05 * length * t**2, out)
    side = unit(np.cross(along, out))
    thick = np.interp(t, t0, [0.07, 0.1, 0.1, 0.08, 0.03]) * width * grow
    return _ringed(c, np.outer(w, side), np.outer(thick * 2.5, out), _BRACT)


def _artichoke(rng: Rng) -> list[Part]:
    """A globe artichoke standing upright on a short thick ribbed stalk: a plump rounded cone of
    thick cupped bracts overlapping in a spiral and hugging it, each narrowing to a sharp tip,
    the lowest a little open and the top ones closed into a point, their edges and tips
    tinged with the second material."""
    stalk = [(0.0, 0.0), (0.07, 0.0), (0.065, 0.12), (0.07, 0.22), (0.0, 0.23)]
    parts = [lathe(stalk, None, 0, "body", shape=lobed(20, 8, 0.08))]
    core = [(0.0, 0.0), (0.08, 0.01), (0.17, 0.07), (0.225, 0.18), (0.225, 0.3), (0.19, 0.42),
            (0.11, 0.53), (0.0, 0.6)]  # fmt: skip
    y0 = 0.2
    parts.append(lathe(core, at(0, y0, 0), 0))
    prof = catmull_rom(np.array(core), 60)
    n, bracts, rims = 56, [], []
    for i in range(n):
        u = 0.14 + 0.78 * (i / (n - 1)) ** 0.85
        j = min(int(u * 59), 58)
        (r, y), (r1, y1) = prof[j], prof[j + 1]
        a = np.radians(i * 137.508 + float(rng.uniform(-3, 3)))
        out_h = np.array([np.cos(a), 0.0, np.sin(a)])
        tang = unit(out_h * (r1 - r) + _UP * (y1 - y))
        normal = unit(np.cross(tang, np.cross(out_h, tang)))
        open_ = np.radians(20 * (1 - u) ** 2 + 4)
        along = unit(tang * np.cos(open_) + normal * np.sin(open_))
        out = unit(np.cross(np.cross(along, out_h), along))
        base = out_h * r * 0.9 + _UP * (y0 + y)
        grow = min(1.0, 0.6 + (u - 0.1) * 4)
        length, width = (0.2 - 0.07 * u) * grow, (0.17 - 0.07 * u) * grow
        if u > 0.3:  # the tinged rims, where they show
            rims.append(_bract(base - out * 0.01, along, out, length, width, 1.035))
        bracts.append(_bract(base, along, out, length, width))
    return [*parts, _merged(bracts, 0), _merged(rims, 1)]


# ---- 1119 a bunch of asparagus ---------------------------------------------------------------


def _asparagus(rng: Rng) -> list[Part]:
    """A bundle of twelve straight green asparagus spears standing upright, fanning out a little
    above and below a band tied round their middle: each a slender stem with a few small
    pointed scales up it and a pointed head of tight overlapping scales, its cut foot pale."""
    band_y, H, r = 0.36, 0.86, 0.028
    spots = [(0.035 * np.cos(a + 0.5), 0.035 * np.sin(a + 0.5)) for a in np.arange(3) * 2.094]
    spots += [(0.092 * np.cos(a), 0.092 * np.sin(a)) for a in np.arange(9) * 0.6981]
    parts = [cylinder(0.122, 0.122, 0.05, at(0, band_y - 0.025, 0), 1, "body")]
    parts.append(torus(0.122, 0.008, at(0, band_y + 0.022, 0), 1))
    parts.append(torus(0.122, 0.008, at(0, band_y - 0.022, 0), 1))
    bases, tips, outs = [], [], []
    for k, (x, z) in enumerate(spots):
        c = np.array([x, 0.0, z])
        lo = c * 1.25 + (rng.uniform(-0.006, 0.006), 0.0, rng.uniform(-0.006, 0.006))
        h = H * float(rng.uniform(0.95, 1.03))
        hi = c * 2.1 + _UP * (h - 0.1)
        mid = c + _UP * band_y
        parts.append(cylinder(r, r, 0.03, at(*lo), "pages"))  # the pale cut foot
        stem = tube([lo + _UP * 0.02, mid, hi], [r, r * 0.95, r * 0.9], None, 0)
        parts.append(stem)
        d = unit(hi - mid)
        head = [(r * 0.9, 0.0), (r * 1.05, 0.03), (r * 0.95, 0.065), (r * 0.55, 0.095),
                (0.0, 0.11)]  # fmt: skip
        m = at(*hi) @ align(d)
        parts.append(lathe(head, m, 0, sides=10))
        side = unit(np.cross(d, _UP + d))
        for q in range(14):  # the head's scales
            a = q * 2.39996 + k
            ring = np.cos(a) * side + np.sin(a) * np.cross(d, side)
            t = 0.005 + 0.075 * (q / 13)
            rad = np.interp(t, [0.0, 0.03, 0.065, 0.095], [r * 0.9, r * 1.05, r * 0.95, r * 0.5])
            bases.append(hi + d * t + ring * rad * 0.95)
            tips.append(hi + d * (t + 0.035) + ring * rad * 0.75)
            outs.append(ring)
        for q in range(4):  # the scales up the stem
            y = 0.16 + 0.14 * q + float(rng.uniform(-0.02, 0.02))
            a = q * 2.2 + k
            f = (y - band_y) / (h - 0.1 - band_y)
            cen = (mid + (hi - mid) * f) if y > band_y else (lo + (mid - lo) * y / band_y)
            ring = np.array([np.cos(a), 0.0, np.sin(a)])
            bases.append(cen + ring * r * 0.98)
            tips.append(cen + ring * r * 0.9 + _UP * 0.04)
            outs.append(ring)
    parts.append(_scales(bases, tips, outs, 0.02, 0))
    return parts


# ---- 1120 an avocado ---------------------------------------------------------------------------


_AVOCADO = [(0.0, 0.0), (0.11, 0.008), (0.165, 0.05), (0.18, 0.12), (0.17, 0.19), (0.14, 0.26),
            (0.11, 0.32), (0.09, 0.38), (0.065, 0.44), (0.0, 0.475)]  # fmt: skip
"""An avocado's pear-shaped profile: (radius, height) from its round foot to its neck."""


def _outline(scale: float) -> np.ndarray:
    """The avocado's cut face: its profile mirrored, (x, y) round the outline."""
    prof = catmull_rom(np.array(_AVOCADO), 24)[1:-1] * scale
    top = np.array([[0.0, _AVOCADO[-1][1] * scale]])
    return np.concatenate([[[0.0, 0.0]], prof, top, prof[::-1] * [-1, 1]])


def _pebbles(m: np.ndarray, rng: Rng, count: int, a0: float, a1: float) -> Part:
    """The pebbly bumps on an avocado's skin under m, between the angles a0 and a1 round it."""
    prof = catmull_rom(np.array(_AVOCADO), 40)
    pts, nrm = [], []
    for _ in range(count):
        i = int(rng.integers(2, 37))
        a = float(rng.uniform(a0, a1))
        (r, y), (r0, y0), (r1, y1) = prof[i], prof[i - 1], prof[i + 1]
        radial = np.array([np.cos(a), 0.0, -np.sin(a)])
        n = unit(radial * (y1 - y0) - _UP * (r1 - r0))
        p = radial * r + _UP * y
        pts.append((m @ np.append(p + n * 0.002, 1.0))[:3])
        nrm.append(m[:3, :3] @ n)
    return studs(pts, nrm, 0.007, 0.008, 1, 6)


def _avocado_half(m: np.ndarray, rng: Rng, stone: bool) -> list[Part]:
    """Half an avocado lying skin down on m's origin, its cut face up and its neck toward -z:
    the dark pebbly skin, the pale flesh fading to green at its edge, and the big round stone
    or the round hollow it left."""
    a = np.linspace(0.0, np.pi, 11)
    half = np.concatenate([np.stack([np.cos(a), np.sin(a)], 1), [(-0.5, 0.0), (0.0, 0.0),
                                                                   (0.5, 0.0)]])  # fmt: skip
    lay = m @ at(0, 0.18, 0) @ rot("x", -90)
    parts = [lathe(_AVOCADO, lay, 1, shape=half)]
    parts.append(_pebbles(lay, rng, 40, 0.25, np.pi - 0.25))
    outer, inner = _outline(1.0), _outline(0.93) + np.array([0.0, 0.01])
    c, pit, T = np.array([0.0, 0.13]), 0.078, 0.04
    if stone:
        parts.append(slab(lambda n: outer, T, lay @ at(0, 0, T / 2), "fruit-green"))
        parts.append(slab(lambda n: inner, 0.008, lay @ at(0, 0, T), 0))
        parts.append(sphere(1.0, lay @ at(*c, T) @ scl(pit, pit * 1.08, pit), "cork"))
    else:
        hole = disc(tuple(c), pit, 24, cut=True)
        parts.append(flat_solid(lambda n: [ccw(outer), hole], T, lay, "fruit-green"))
        parts.append(flat_solid(lambda n: [ccw(inner), hole], 0.008, lay @ at(0, 0, T - 0.004), 0))
        d = T - 0.006
        cup = [(0.0, -d - 0.004), (pit * 0.85, -d * 0.6), (pit * 1.04, 0.0), (pit * 0.98, 0.0),
               (pit * 0.8, -d * 0.55), (0.0, -d)]  # fmt: skip
        parts.append(lathe(cup, lay @ at(*c, T + 0.003) @ rot("x", 90), 0))
    return parts


def _avocado(rng: Rng) -> list[Part]:
    """An avocado cut in half and lying open, both halves cut face up and tipped to the viewer:
    one holding the big round brown stone, the other with the round hollow; pale flesh fading
    to green at the edge, dark green pebbly skin; a whole pear-shaped avocado standing behind
    them, its short stalk at the top."""
    lay = rot("y", float(rng.uniform(-6, 6)))
    parts = _avocado_half(at(-0.2, 0.0, 0.12) @ lay @ rot("y", 25) @ rot("x", 12), rng, True)
    parts += _avocado_half(at(0.21, 0.0, 0.1) @ lay @ rot("y", -20) @ rot("x", 12), rng, False)
    parts[0] = replace(parts[0], tag="body")
    whole = at(0.02, 0.0, -0.28) @ rot("z", 8)
    parts.append(lathe(_AVOCADO, whole, 1))
    parts.append(_pebbles(whole, rng, 150, 0.0, 2 * np.pi))
    parts.append(tube([(0.0, 0.47, 0.0), (0.004, 0.5, 0.0)], [0.014, 0.011], whole, "cork"))
    return parts


# ---- 1121 a bunch of curly kale --------------------------------------------------------------


def _kale_leaf(base, out, height: float, lean: float, phase: float, slot_rib) -> list[Part]:
    """One curly kale leaf: a stem from ``base`` rising and arching out along the horizontal
    unit ``out``, carrying a tall blade whose margins are deeply frilled, curled and crinkled."""
    n = 90
    s = np.linspace(0.0, 1.0, n)
    ctrl = [
        base,
        base + _UP * height * 0.3 + out * lean * 0.1,
        base + _UP * height * 0.7 + out * lean * 0.5,
        base + _UP * height + out * lean,
    ]
    path, tng = _path(ctrl, n)
    across = _rows(tng, np.tile(out, (n, 1)))
    blade = np.clip((s - 0.25) / 0.75, 0.0, 1.0)
    shape = np.sin(np.pi * (0.06 + 0.94 * blade)) ** 0.5 * (blade > 0)
    lobes = 0.7 + 0.3 * np.sin(np.pi * 6 * blade + phase) ** 2
    width = height * 0.17 * shape * lobes + 0.004

    def lift(i, u):
        big = np.sin(2 * np.pi * 8 * s[i] + phase + 2.0 * u)
        curl = np.sin(2 * np.pi * 21 * s[i] + 4.0 * u)
        return width[i] * (0.3 * np.abs(u) + 0.6 * u * u * big + 0.35 * u**4 * curl)

    parts = [_blade(path, width, across, lift, 0.01, 0, 6)]
    rib = path[[0, n // 4, n // 2, 3 * n // 4, n - 2]]
    parts.append(tube(rib, [0.011, 0.01, 0.008, 0.005, 0.002], None, slot_rib, shape=HEX))
    return parts


def _kale(rng: Rng) -> list[Part]:
    """A bunch of curly kale standing up: six long pale stems gathered and tied with twine near
    their feet, each carrying a tall dark green leaf with deeply frilled, curled and crinkled
    margins, the leaves fanning out from the middle of the bunch."""
    parts = [hoop(0.04, 0.008, at(0, 0.12, 0), "cork", 16, 5)]
    parts.append(hoop(0.04, 0.008, at(0, 0.14, 0), "cork", 16, 5))
    parts[0] = replace(parts[0], tag="body")
    for k in range(5):
        a = np.radians(k * 72 + 15 + float(rng.uniform(-8, 8)))
        out = np.array([np.cos(a), 0.0, np.sin(a)])
        h = (0.95 if k % 2 else 0.84) * float(rng.uniform(0.94, 1.04))
        lean = 0.28 + 0.07 * (k % 3)
        parts += _kale_leaf(out * 0.04, out, h, lean, float(rng.uniform(0, 6)), 1)
    parts += _kale_leaf(np.zeros(3), np.array([0.3, 0.0, 0.95]), 1.0, 0.14, 1.0, 1)
    return parts


# ---- 1122 a brussels sprout stalk ------------------------------------------------------------


def _wrapped(leaves: int, per: int, step: float) -> np.ndarray:
    """A cabbage's cross-section: ``leaves`` overlapping leaves round it, each ``per`` points
    whose radius falls away by ``step`` from the edge that overlaps the next."""
    pts = []
    for k in range(leaves):
        for j in range(per):
            f = j / (per - 1)
            a = 2 * np.pi * (k + f * 0.97) / leaves
            r = 1.0 - step * f
            pts.append((r * np.cos(a), r * np.sin(a)))
    return np.array(pts)


_SPROUT = _wrapped(4, 3, 0.24)


def _sprout(c, d, r: float, turn: float) -> np.ndarray:
    """A brussels sprout at c facing the unit d, as a grid of rings: a tight ball of four leaves
    wrapped round each other, the edge of each a crease spiralling up to the heart at its tip."""
    side = unit(np.cross(d, _UP + 0.3 * d))
    up = np.cross(d, side)
    t = np.array([-0.95, -0.72, -0.3, 0.15, 0.55, 0.82, 0.97])
    rad = np.array([0.3, 0.74, 0.97, 1.0, 0.86, 0.55, 0.16]) * r
    twist = turn + np.radians(150) * (t + 1) / 2
    u = np.cos(twist)[:, None] * side + np.sin(twist)[:, None] * up
    v = -np.sin(twist)[:, None] * side + np.cos(twist)[:, None] * up
    return _ringed(c + np.outer(t * r, d), u * rad[:, None], v * rad[:, None], _SPROUT)


def _crown_leaf(base, out, length: float, rise: float, slot) -> Part:
    """A big round cupped leaf with a wavy margin on a stalk from ``base``, arching up and out
    along ``out``."""
    n = 14
    s = np.linspace(0.0, 1.0, n)
    ctrl = [
        base,
        base + _UP * 0.1 + out * 0.04,
        base + _UP * length * rise + out * length * 0.45,
        base + _UP * length * (rise + 0.05) + out * length * 0.95,
    ]
    path, tng = _path(ctrl, n)
    across = _rows(tng, np.tile(_UP, (n, 1)))
    blade = np.clip((s - 0.3) / 0.7, 0.0, 1.0)
    width = length * 0.36 * np.sin(np.pi * blade) ** 0.55 * (blade > 0) + 0.008

    def lift(i, u):
        return width[i] * (0.45 * u * u + 0.12 * u * u * np.sin(2 * np.pi * 4 * s[i] + 2 * u))

    return _blade(path, width, across, lift, 0.01, slot, 7)


def _sprout_stalk(rng: Rng) -> list[Part]:
    """A brussels sprout stalk standing upright: a thick pale stalk densely studded all round
    with small round green sprouts, tight little cabbage balls spiralling up it, smaller
    toward the top; at its top a crown of big cupped wavy leaves round a closed heart."""
    H = 1.0
    prof = [(0.0, 0.0), (0.058, 0.0), (0.055, 0.3), (0.048, 0.7), (0.04, H * 0.92), (0.0, H * 0.94)]
    parts = [lathe(prof, None, 1, "body")]
    n, sprouts = 56, []
    for i in range(n):
        u = i / (n - 1)
        y = 0.1 + 0.74 * u
        a = np.radians(i * 137.508 + float(rng.uniform(-4, 4)))
        out = np.array([np.cos(a), 0.0, np.sin(a)])
        r = (0.06 - 0.022 * u) * float(rng.uniform(0.92, 1.08))
        stalk_r = 0.056 - 0.015 * u
        d = unit(out + _UP * 0.35)
        sprouts.append(_sprout(out * (stalk_r + r * 0.6) + _UP * y, d, r, a * 3))
    parts.append(_merged(sprouts, 0))
    for k in range(8):  # the crown of leaves, the inner ones upright round a closed heart
        a = np.radians(k * 137.5 + float(rng.uniform(-10, 10)))
        out = np.array([np.cos(a), 0.0, np.sin(a)])
        size = (0.34 - 0.02 * k) * float(rng.uniform(0.9, 1.1))
        parts.append(_crown_leaf(_UP * H * 0.86, out, size, 0.6 + 0.12 * k, "vine"))
    parts.append(sphere(1.0, at(0, H * 0.93, 0) @ scl(0.06, 0.08, 0.06), "vine"))
    return parts


MORE_APPLIANCES_ZZZN = {
    1115: _leek, 1116: _celery, 1117: _cucumber, 1118: _artichoke, 1119: _asparagus,
    1120: _avocado, 1121: _kale, 1122: _sprout_stalk,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
