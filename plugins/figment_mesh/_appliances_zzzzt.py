"""More of the device family's appliances, from 1361: a wallflower, a verbena, a periwinkle, a
tuft of grass, a flower's stamens round its pistil, a metal railing, a magic wand and a ramrod.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material (the plants'
flowers, their stems and leaves in the second).
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, align, at, mesh_part, rot, scl, v3
from ._kit import (
    ALONG_X,
    HEX,
    annulus,
    bead,
    crisp,
    grid_mesh,
    lobed,
    rect_ring,
    rrect_outline,
    unit,
)
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, tube

__all__ = ["MORE_APPLIANCES_ZZZZT"]

Rng = np.random.Generator

_UP = np.array([0.0, 1.0, 0.0])
_SQUARE = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])


# ---- shared pieces ---------------------------------------------------------------------------


def _cross(a, b) -> np.ndarray:
    """The cross product of two 3-vectors (np.cross is slow for one pair)."""
    a0, a1, a2 = (float(v) for v in a)
    b0, b1, b2 = (float(v) for v in b)
    return np.array([a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0])


def _frame(c, y_axis, z_hint) -> np.ndarray:
    """A placement at c whose local y runs along ``y_axis`` and whose local z (a flat piece's
    face) is as near ``z_hint`` as that allows."""
    y = unit(y_axis)
    z = np.asarray(z_hint, float) - y * float(np.dot(z_hint, y))
    z = unit(z if np.linalg.norm(z) > 1e-6 else _cross(y, (1.0, 0.0, 0.0)))
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = _cross(y, z), y, z, c
    return m


def _facing(points, normals, sizes, spins) -> np.ndarray:
    """Placements (n, 4, 4) of small flat pieces (flowers) at the points, each turning its local
    +z toward its normal, scaled by its size across and spun by its angle (radians) about it."""
    p = np.asarray(points, float).reshape(-1, 3)
    z = np.asarray(normals, float).reshape(-1, 3)
    z = z / np.linalg.norm(z, axis=1, keepdims=True)
    ref = np.where(np.abs(z[:, 1:2]) < 0.9, [[0.0, 1.0, 0.0]], [[1.0, 0.0, 0.0]])
    x = np.cross(ref, z)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    y = np.cross(z, x)
    c, s = np.cos(spins)[:, None], np.sin(spins)[:, None]
    size = np.asarray(sizes, float)[:, None]
    m = np.zeros((len(p), 4, 4))
    m[:, :3, 0], m[:, :3, 1] = (c * x + s * y) * size, (c * y - s * x) * size
    m[:, :3, 2], m[:, :3, 3], m[:, 3, 3] = z, p, 1.0
    return m


def _flats(ms, outline: np.ndarray, depth: float, slot, cup: float = 0.0, tag: str = "") -> Part:
    """Many small flat pieces of one outline (flowers, leaves) as one part: the outline (S, 2),
    counter-clockwise and star-shaped round 0, in the xy plane under each matrix of ``ms``,
    ``depth`` thick along z, its middle pushed ``cup`` along z (a shallow dish or a fold)."""
    s = len(outline)
    ring = np.c_[outline, np.zeros(s)]
    h = np.array([0.0, 0.0, depth / 2])
    mid = np.array([[0.0, 0.0, cup]])
    local = np.concatenate([mid + h, ring + h, mid - h, ring - h])
    i = np.arange(s)
    j = (i + 1) % s
    top, bot = 1 + i, s + 2 + i
    faces = np.concatenate([
        np.stack([np.zeros(s, int), top, 1 + j], 1),
        np.stack([np.full(s, s + 1), s + 2 + j, bot], 1),
        np.stack([top, bot, s + 2 + j], 1),
        np.stack([top, s + 2 + j, 1 + j], 1),
    ])  # fmt: skip
    mats = np.asarray(ms, float).reshape(-1, 4, 4)
    verts = np.einsum("nij,lj->nli", mats[:, :3, :3], local) + mats[:, None, :3, 3]
    offs = (np.arange(len(mats)) * len(local))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), (faces[None] + offs).reshape(-1, 3), slot, tag)


_PHI = (1 + 5**0.5) / 2
_ICO_V = np.array(
    [(-1, _PHI, 0), (1, _PHI, 0), (-1, -_PHI, 0), (1, -_PHI, 0), (0, -1, _PHI), (0, 1, _PHI),
     (0, -1, -_PHI), (0, 1, -_PHI), (_PHI, 0, -1), (_PHI, 0, 1), (-_PHI, 0, -1), (-_PHI, 0, 1)],
    float) / np.hypot(1, _PHI)  # fmt: skip
_ICO_F = np.array(
    [(0, 11, 5), (0, 5, 1), (0, 1, 7), (0, 7, 10), (0, 10, 11), (1, 5, 9), (5, 11, 4),
     (11, 10, 2), (10, 7, 6), (7, 1, 8), (3, 9, 4), (3, 4, 2), (3, 2, 6), (3, 6, 8), (3, 8, 9),
     (4, 9, 5), (2, 4, 11), (6, 2, 10), (8, 6, 7), (9, 8, 1)])  # fmt: skip


def _grains(points, r, slot, stretch=(1.0, 1.0, 1.0)) -> Part:
    """Many small round grains (pollen, buds, specks) of radius r (one, or one per point) at the
    points as one part: twenty-sided balls, stretched along x, y, z by ``stretch``."""
    p = np.asarray(points, float).reshape(-1, 3)
    rr = np.broadcast_to(np.asarray(r, float), (len(p),))
    verts = p[:, None, :] + rr[:, None, None] * (_ICO_V * stretch)[None]
    faces = _ICO_F[None] + (np.arange(len(p)) * 12)[:, None, None]
    return mesh_part(verts.reshape(-1, 3), faces.reshape(-1, 3), slot)


def _rosette(petals: int, inner: float, per: int = 4, power: float = 0.6) -> np.ndarray:
    """A flower's outline of radius 1: ``petals`` round petals, ``per`` points each, the notches
    between them ``inner`` out."""
    t = np.arange(petals * per) * (2 * np.pi / (petals * per))
    r = inner + (1 - inner) * np.abs(np.cos(petals / 2 * t)) ** power
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _leaf_outline(width: float, n: int = 12, point: float = 0.4) -> np.ndarray:
    """A pointed leaf's outline along y from -1 to 1, ``width`` across at most (relative to
    that length of 2), its ends sharpened by ``point``."""
    t = np.arange(n) * (2 * np.pi / n)
    s = np.sin(t)
    return np.stack([-width / 2 * s * np.abs(s) ** point, np.cos(t)], 1)


def _mound(rx: float, rz: float, h: float, slot="soil", tag: str = "body") -> Part:
    """A low rounded mound of earth rx by rz across and h high, standing on y = 0."""
    prof = [(0.0, 0.0), (1.0, 0.0), (0.9, 0.35), (0.6, 0.8), (0.25, 1.0), (0.0, 1.0)]
    return lathe(prof, scl(rx, h, rz), slot, tag, shape=lobed(18, 6, 0.06))


def _stem_path(points, n: int = 24) -> np.ndarray:
    """n points along a smooth stem through the control points."""
    return catmull_rom(np.asarray(points, float), n)


def _ring(a: float) -> np.ndarray:
    """The horizontal unit direction at angle a (radians) from +x toward +z."""
    return np.array([np.cos(a), 0.0, np.sin(a)])


# ---- 1361 wallflower -------------------------------------------------------------------------

_CROSS = _rosette(4, 0.2, 4, 0.45)


def _raceme(tip, d, k_open: int, size: float, rng: Rng):
    """A wallflower's dense head at the tip of a stem running along d: ``k_open`` broad
    four-petalled flowers spiralling round it, the lowest widest and facing out, smaller ones
    above facing up; the flowers' points, normals and sizes, and the centres of the round buds
    crowded on top."""
    d = unit(d)
    e1 = unit(_cross(d, (0.0, 0.0, 1.0)))
    e2 = _cross(d, e1)
    spin = float(rng.uniform(0, 2 * np.pi))
    k = np.arange(k_open)
    f = k / max(k_open - 1, 1)
    a = spin + np.radians(137.5) * k
    radial = np.cos(a)[:, None] * e1 + np.sin(a)[:, None] * e2
    rho = size * 1.5 * (1.0 - 0.6 * f)
    pts = np.asarray(tip) + d * (-2.0 * size + 2.2 * size * f)[:, None] + radial * rho[:, None]
    nrm = radial * (1.0 - 0.6 * f)[:, None] + d * (0.55 + 0.9 * f)[:, None]
    sizes = size * (1.0 - 0.25 * f) * rng.uniform(0.9, 1.1, k_open)
    buds = [np.asarray(tip) + d * size * 0.9]
    for b in range(3):
        ab = spin + 2 * np.pi * b / 3
        buds.append(np.asarray(tip) + d * size * 0.35 + (np.cos(ab) * e1 + np.sin(ab) * e2)
                    * size * 0.55)  # fmt: skip
    return pts, nrm, sizes, buds


def _wallflower(rng: Rng) -> list[Part]:
    """A wallflower in bloom: a bushy clump of leafy stems springing from a mound of earth,
    each ending in a dense rounded head of broad four-petalled flowers (a cross of round
    petals) with tight round buds crowded on top, narrow pointed leaves all along the stems and
    round their foot."""
    parts = [_mound(0.15, 0.14, 0.045)]
    pts, nrm, sizes, buds, leaves = [], [], [], [], []
    n = 14
    for i in range(n):
        a = 2 * np.pi * (i + float(rng.uniform(-0.25, 0.25))) / n + 0.3
        out = _ring(a)
        tier = (0, 2, 1, 2, 1, 2, 2)[i % 7]  # the middle, inner and outer stems
        reach = (0.04, 0.17, 0.3)[tier] + float(rng.uniform(-0.03, 0.03))
        h = (0.7, 0.62, 0.48)[tier] + float(rng.uniform(-0.04, 0.04))
        ctrl = [out * 0.02 + v3(0, 0.03, 0), out * reach * 0.45 + v3(0, h * 0.35, 0),
                out * reach * 0.85 + v3(0, h * 0.72, 0), out * reach + v3(0, h, 0)]  # fmt: skip
        parts.append(tube(ctrl, [0.01, 0.008, 0.007, 0.006], None, 1, shape=HEX))
        path = _stem_path(ctrl)
        p, nr, s, b = _raceme(path[-1], path[-1] - path[-4], 8, 0.034, rng)
        pts.append(p)
        nrm.append(nr)
        sizes.append(s)
        buds += b
        for j in range(5):  # the narrow leaves up the stem
            q = path[2 + 3 * j]
            side = _cross(_UP, out) * (1 if j % 2 else -1)
            along = unit(out * 0.8 + side * 0.7 + _UP * (0.8 - 0.07 * j))
            length = 0.075 - 0.005 * j
            leaves.append(_frame(q + along * length, along, _UP) @ scl(length, length, 1.0))
    for i in range(8):  # the leaves round the foot
        along = unit(_ring(2 * np.pi * i / 8 + float(rng.uniform(-0.2, 0.2))) + _UP * 0.4)
        leaves.append(_frame(v3(0, 0.04, 0) + along * 0.09, along, _UP) @ scl(0.09, 0.09, 1.0))
    pts, nrm, sizes = np.concatenate(pts), np.concatenate(nrm), np.concatenate(sizes)
    flowers = _facing(pts, nrm, sizes, rng.uniform(0, np.pi, len(pts)))
    parts.append(_flats(flowers, _CROSS, 0.006, 0, 0.006))
    parts.append(_flats(leaves, _leaf_outline(0.2, 10), 0.004, 1, 0.004))
    parts.append(_grains(buds, 0.011, 1, (1.0, 1.3, 1.0)))
    return parts


# ---- 1362 verbena ----------------------------------------------------------------------------

_FIVE = np.array([(r * np.cos(np.radians(72 * k + a)), r * np.sin(np.radians(72 * k + a)))
                  for k in range(5) for a, r in ((-14, 0.95), (14, 0.95), (36, 0.3))])  # fmt: skip


def _verbena_head(c, size: float, rng: Rng, k_all: int = 12):
    """A verbena's flat-topped round head at c: tiny five-petalled flowers packed over a low
    dome, facing up, and out round its edge; their placements and the dome under them."""
    k = np.arange(k_all)
    f = np.sqrt((k + 0.5) / k_all)
    a = float(rng.uniform(0, 2 * np.pi)) + np.radians(137.5) * k
    radial = np.stack([np.cos(a), np.zeros(k_all), np.sin(a)], 1)
    pts = np.asarray(c) + radial * (size * f)[:, None] - _UP * (0.45 * size * f**2.5)[:, None]
    nrm = _UP + radial * (1.1 * f**2)[:, None]
    sizes = size * 0.34 * rng.uniform(0.9, 1.1, k_all)
    florets = _facing(pts, nrm, sizes, rng.uniform(0, np.pi, k_all))
    dome = bead(1.0, at(*c) @ at(0, -0.3 * size, 0) @ scl(size * 0.9, 0.4 * size, size * 0.9),
                1, 8)  # fmt: skip
    return florets, dome


def _toothed_leaf(width: float, teeth: int = 6) -> np.ndarray:
    """A lance-shaped leaf along y from -1 to 1 with a saw-toothed edge, counter-clockwise."""
    t = np.linspace(0.0, np.pi, 2 * teeth + 1)
    y = -np.cos(t)
    x = width / 2 * np.sin(t) ** 0.9 * (1.0 + 0.25 * (np.arange(len(t)) % 2))
    right = np.stack([x, y], 1)
    left = np.stack([-x[1:-1], y[1:-1]], 1)[::-1]
    return np.concatenate([right, left])


def _verbena(rng: Rng) -> list[Part]:
    """A verbena in flower: tall wiry square stems forking again and again into a loose airy
    spray, each branch ending in a small flat-topped round head packed with tiny five-petalled
    flowers; a few pairs of narrow saw-toothed leaves low on the stems."""
    parts = [_mound(0.11, 0.1, 0.03)]
    florets, leaves = [], []

    def branch(p0, d, length: float, depth: int) -> None:
        p1 = p0 + d * length
        mid = (p0 + p1) / 2 + v3(*rng.uniform(-0.012, 0.012, 3))
        parts.append(tube([p0, mid, p1], 0.004 + 0.0012 * depth, None, 1, shape=_SQUARE))
        if depth == 0:
            f, dome = _verbena_head(p1 + v3(0, 0.012, 0), 0.05, rng)
            florets.append(f)
            parts.append(dome)
            return
        spread = np.radians(24 + 8 * (2 - depth))
        side = _ring(float(rng.uniform(0, np.pi)))
        for s in (-1, 1):
            if depth == 1 and s == 1 and rng.uniform() < 0.35:
                continue
            nd = unit(d * np.cos(spread) + side * s * np.sin(spread))
            branch(p1, nd, length * 0.62 * float(rng.uniform(0.9, 1.1)), depth - 1)

    for lean, yaw, length in ((0.1, 20, 0.42), (0.24, 150, 0.34), (0.2, 270, 0.37)):
        a = np.radians(yaw + float(rng.uniform(-15, 15)))
        d = unit(_UP + lean * _ring(a))
        base = 0.02 * _ring(a) + v3(0, 0.02, 0)
        branch(base, d, length, 2)
        for j, y in enumerate((0.1, 0.2)):  # a pair of toothed leaves, each pair crossed
            q = base + d * y / d[1]
            side = _ring(a + np.pi / 2 * (1 + j))
            for s in (-1, 1):
                along = unit(side * s + _UP * 0.45)
                size = 0.075 - 0.015 * j
                leaves.append(_frame(q + along * size, along, _UP) @ scl(size, size, 1.0))
    parts.append(_flats(np.concatenate(florets), _FIVE, 0.004, 0, 0.004))
    parts.append(_flats(leaves, _toothed_leaf(0.34), 0.004, 1, 0.004))
    return parts


# ---- 1363 periwinkle -------------------------------------------------------------------------


def _pinwheel() -> np.ndarray:
    """A periwinkle flower's outline of radius 1: five broad petals, each cut square across its
    tip on a slant, so that they turn like a propeller."""
    petal = [(0, 0.2), (5, 0.5), (10, 0.8), (16, 1.0), (46, 0.97), (54, 0.72), (63, 0.42)]
    pts = []
    for k in range(5):
        for a, r in petal:
            t = np.radians(72 * k + a)
            pts.append((r * np.cos(t), r * np.sin(t)))
    return np.array(pts)


_PINWHEEL = _pinwheel()
_STAR = _rosette(5, 0.4, 2, 1.0)


def _periwinkle(rng: Rng) -> list[Part]:
    """A periwinkle spreading over the ground: long creeping stems snaking out every way from a
    small crown, set all along with pairs of glossy oval leaves, and flat five-petalled flowers
    held up on short stalks, each petal cut square on a slant so the flower turns like a
    propeller round a pale star in its middle."""
    parts = [_mound(0.08, 0.08, 0.03)]
    leaves, fl_p, fl_n, stalks = [], [], [], []
    n = 8
    for i in range(n):
        a0 = 2 * np.pi * (i + float(rng.uniform(-0.2, 0.2))) / n
        reach = float(rng.uniform(0.36, 0.5)) * (0.75 if i % 2 else 1.0)
        bend, phase = float(rng.uniform(-0.5, 0.5)), float(rng.uniform(0, 2 * np.pi))
        ctrl = []
        for k in range(7):
            f = k / 6
            r = 0.03 + reach * f
            y = 0.025 + 0.02 * np.sin(np.pi * f) - 0.015 * f
            ctrl.append(_ring(a0 + bend * f + 0.25 * np.sin(3 * np.pi * f + phase)) * r
                        + v3(0, y, 0))  # fmt: skip
        parts.append(tube(ctrl, np.linspace(0.006, 0.003, 7), None, 1, shape=HEX))
        path = _stem_path(ctrl, 40)
        for j in range(3, 39, 4):  # the pairs of leaves, smaller toward the tip
            q, t = path[j], unit(path[j + 1] - path[j - 1])
            side = unit(_cross(_UP, t))
            size = 0.058 * (1.0 - 0.45 * j / 40) * float(rng.uniform(0.9, 1.1))
            for s in (-1, 1):
                along = unit(side * s + t * 0.55 + _UP * 0.3)
                leaves.append(_frame(q + along * size * 0.95, along, _UP + t * 0.2)
                              @ scl(size, size, 1.0))  # fmt: skip
            if j in (11, 23) and (i + j // 12) % 2 == 0:  # a flower on its stalk
                top = q + v3(0, 0.06, 0) + t * 0.02
                stalks.append([q, q + v3(0, 0.035, 0), top])
                fl_p.append(top)
                fl_n.append(_UP + v3(0, 0, 0.35) + t * 0.25)
    for st in stalks:
        parts.append(tube(st, 0.003, None, 1, shape=HEX))
    spins = rng.uniform(0, 2 * np.pi, len(fl_p))
    flowers = _facing(fl_p, fl_n, np.full(len(fl_p), 0.055), spins)
    eyes = flowers @ at(0, 0, 0.005) @ scl(0.3, 0.3, 1.0)
    parts.append(_flats(leaves, _leaf_outline(1.0, 14, 0.3), 0.004, 1, 0.005))
    parts.append(_flats(flowers, _PINWHEEL, 0.005, 0, 0.006))
    parts.append(_flats(eyes, _STAR, 0.004, "snow"))
    parts.append(_grains(fl_p, 0.005, "marking"))  # the throats
    return parts


# ---- 1364 tuft of grass ----------------------------------------------------------------------


def _seed_head(p, d, rng: Rng) -> Part:
    """A grass seed head from p along d: a nodding spike of plump seeds set alternately on
    either side up the top of its stalk (one part)."""
    d = unit(d)
    side = unit(_cross(d, (0.0, 0.0, 1.0)) + _cross(d, (1.0, 0.0, 0.0)) * 0.3)
    ms = []
    for k in range(10):
        q = np.asarray(p) + d * 0.015 * k
        tilt = unit(d + side * (1 if k % 2 else -1) * 0.6)
        size = 1.0 - 0.05 * k
        ms.append(_frame(q + tilt * 0.012 * size, tilt, _cross(tilt, side))
                  @ scl(0.007 * size, 0.016 * size, 0.007 * size))  # fmt: skip
    seed = _leaf_outline(1.0, 8, 0.2)
    return _flats(ms, seed, 0.8, 1)


def _blades(base, out, length, lean, width: float, thick: float, slot, n: int = 10) -> Part:
    """Many grass blades in one part: each from its base point (B, 3) climbing and bending
    over toward its horizontal direction ``out`` (B, 3), ``length`` long (B), bending further
    as it climbs, to ``lean`` (B) times about two right angles at its tip; ``width`` wide and
    ``thick`` thick, tapering to a point."""
    k = np.arange(1, n + 1) / n
    ang = lean[:, None] * k[None] ** 1.4 * 3.6
    step = out[:, None, :] * np.sin(ang)[..., None] + _UP * np.cos(ang)[..., None]
    path = np.cumsum(np.concatenate([base[:, None, :], step * (length / n)[:, None, None]], 1), 1)
    across = np.stack([out[:, 2], np.zeros(len(out)), -out[:, 0]], 1)[:, None, :]
    normal = np.cross(np.gradient(path, axis=1), across)
    normal *= (thick / 2) / np.linalg.norm(normal, axis=-1, keepdims=True)
    t = np.linspace(0.0, 1.0, n + 1)
    w = width / 2 * np.interp(t, [0, 0.2, 0.5, 0.75, 0.9, 1], [1, 1, 0.85, 0.6, 0.35, 0.06])
    side = across * w[None, :, None]
    grids = np.stack([path + side + normal, path - side + normal, path - side - normal,
                      path + side - normal], 2)  # fmt: skip
    count, r, c, _ = grids.shape
    _, faces = grid_mesh(grids[0])
    verts = np.concatenate([grids.reshape(count, r * c, 3), grids[:, :1].mean(2),
                            grids[:, -1:].mean(2)], axis=1)  # fmt: skip
    offs = (np.arange(count) * (r * c + 2))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), (faces[None] + offs).reshape(-1, 3), slot)


def _grass(rng: Rng) -> list[Part]:
    """A tuft of grass: a clump of many long thin tapering blades springing from one base on a
    little mound of earth, the inner ones standing tall and the outer ones arching out and over
    toward the ground, a few taller stalks carrying nodding spikes of seed."""
    parts = [_mound(0.08, 0.08, 0.03)]
    n = 66
    a = 2 * np.pi * np.arange(n) * 0.618 + rng.uniform(-0.2, 0.2, n)
    out = np.stack([np.cos(a), np.zeros(n), np.sin(a)], 1)
    f = (np.arange(n) % 6) / 5  # 0: upright, 1: arching right over
    length = rng.uniform(0.6, 0.85, n) * (1.0 - 0.2 * f)
    lean = 0.06 + 0.55 * f + rng.uniform(-0.05, 0.05, n)
    base = out * (0.012 + 0.02 * f[:, None]) + v3(0, 0.012, 0)
    parts.append(_blades(base, out, length, lean, 0.014, 0.002, 0))
    for i in range(5):  # the seed stalks
        a = 2 * np.pi * i / 5 + float(rng.uniform(-0.3, 0.3))
        out = _ring(a)
        h = float(rng.uniform(0.85, 1.0))
        ctrl = [v3(0, 0.01, 0), out * 0.06 * h + v3(0, 0.5 * h, 0), out * 0.2 * h + v3(0, h, 0)]
        parts.append(tube(ctrl, [0.0035, 0.003, 0.002], None, 0, shape=HEX))
        parts.append(_seed_head(ctrl[2] - (ctrl[2] - ctrl[1]) * 0.05, ctrl[2] - ctrl[1] + out
                                * 0.15 - _UP * 0.1, rng))  # fmt: skip
    return parts


# ---- 1365 stamen -----------------------------------------------------------------------------


def _basis(x, z_hint) -> np.ndarray:
    """A turn taking local x along ``x`` and local z as near ``z_hint`` as that allows."""
    xx = unit(x)
    zz = unit(np.asarray(z_hint, float) - xx * float(np.dot(z_hint, xx)))
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2] = xx, _cross(zz, xx), zz
    return m


def _anther(m: np.ndarray, rng: Rng) -> tuple[list[Part], np.ndarray]:
    """A two-lobed anther along local x under ``m``, fixed at its middle: two plump pollen sacs
    side by side along z with a groove between them; the points of the pollen grains dusted
    over its top."""
    lobe = [(0.0, -0.095), (0.013, -0.085), (0.019, -0.04), (0.019, 0.04), (0.013, 0.085),
            (0.0, 0.095)]  # fmt: skip
    parts, grains = [], []
    for s in (-1, 1):
        lm = m @ at(0, 0, s * 0.016) @ rot("z", -90)
        parts.append(lathe(lobe, lm, 0, sides=10))
        y = rng.uniform(-0.08, 0.08, 17)
        r = np.sqrt(np.clip(1 - (y / 0.095) ** 2, 0, 1)) * 0.019
        a = rng.uniform(-0.3, 1.9, 17) * s
        local = np.stack([-r * np.cos(a), y, r * np.sin(a), np.ones(17)], 1)
        grains.append((local @ lm.T)[:, :3])
    link = m @ at(0, -0.008, 0) @ rot("z", -90)  # the connective joining the sacs
    parts.append(lathe([(0.0, -0.07), (0.009, -0.06), (0.009, 0.06), (0.0, 0.07)], link, 0,
                       sides=8))  # fmt: skip
    return parts, np.concatenate(grains)


def _stamen(rng: Rng) -> list[Part]:
    """A flower's centre shown large: a small cushioned receptacle on a stalk stub, with pointed
    sepals spread round it; six slender filaments rising from it round a taller pistil and
    bowing out, each topped by a two-lobed anther fixed at its middle and dusted with pollen
    grains, more grains fallen on the receptacle; the pistil a swollen ovary, a long style and
    a three-lobed stigma."""
    rec = [(0.0, 0.0), (0.05, 0.0), (0.06, 0.05), (0.11, 0.1), (0.15, 0.13), (0.14, 0.155),
           (0.0, 0.16)]  # fmt: skip
    parts = [lathe(rec, None, 1, "body")]
    sepals = []
    for k in range(5):
        out = _ring(2 * np.pi * k / 5 + 0.3)
        along = unit(out - _UP * 0.12)
        sepals.append(_frame(v3(0, 0.06, 0) + out * 0.06 + along * 0.12, along, _UP)
                      @ scl(0.13, 0.13, 1.0))  # fmt: skip
    parts.append(_flats(sepals, _leaf_outline(0.5, 14, 0.5), 0.012, 1, 0.02))
    ovary = [(0.0, 0.15), (0.045, 0.16), (0.06, 0.21), (0.04, 0.27), (0.015, 0.3), (0.0, 0.31)]
    parts.append(lathe(ovary, None, 1, shape=lobed(18, 3, 0.15)))
    parts.append(tube([(0, 0.28, 0), (0.0, 0.6, 0.0), (0.01, 0.86, 0.0)], [0.014, 0.011, 0.01],
                      None, 1))  # fmt: skip
    stigma = [(0.0, 0.84), (0.02, 0.85), (0.045, 0.88), (0.04, 0.91), (0.0, 0.915)]
    parts.append(lathe(stigma, at(0.01, 0, 0), 1, shape=lobed(18, 3, 0.5)))
    grains = []
    spin = float(rng.uniform(0, 60))
    for k in range(6):
        a = np.radians(spin + 60 * k + float(rng.uniform(-8, 8)))
        out, tan = _ring(a), _ring(a + np.pi / 2)
        top = out * 0.22 + v3(0, 0.64 + float(rng.uniform(-0.04, 0.04)), 0)
        ctrl = [out * 0.07 + v3(0, 0.14, 0), out * 0.1 + v3(0, 0.35, 0),
                out * 0.17 + v3(0, 0.55, 0), top]  # fmt: skip
        parts.append(tube(ctrl, [0.011, 0.009, 0.008, 0.007], None, 0))
        tilt = np.radians(float(rng.uniform(20, 40)))
        axis = tan * np.cos(tilt) + _UP * np.sin(tilt)
        m = at(*(top + v3(0, 0.022, 0))) @ _basis(axis, -out)
        ap, g = _anther(m, rng)
        parts += ap
        grains.append(g)
    fallen = []
    for _ in range(24):  # grains fallen on the receptacle
        a, r = float(rng.uniform(0, 2 * np.pi)), float(rng.uniform(0.07, 0.14))
        fallen.append(_ring(a) * r + v3(0, 0.163 - 0.25 * (r - 0.07), 0))
    parts.append(_grains(np.concatenate([*grains, fallen]), 0.0085, "plume-tip"))
    return parts


# ---- 1366 railing ----------------------------------------------------------------------------


def _railing(rng: Rng) -> list[Part]:
    """A run of metal handrail on a low kerb: a round top rail bending down at each end into the
    end posts, slim round posts evenly spaced between, a lower rail through them, each post
    standing on a square bolted foot plate fixed to a long low base strip."""
    length, h = 1.8, 0.95
    half = length / 2
    parts = [box(length + 0.16, 0.07, 0.16, None, 1, "body")]  # the base strip
    parts.append(box(length + 0.12, 0.012, 0.12, at(0, 0.07, 0), 1))
    y0 = 0.082
    r_top, r_post = 0.024, 0.016
    bend = 0.06
    rail = [(-half, y0, 0), (-half, h - bend - 0.1, 0), (-half, h - bend, 0),
            (-half + 0.012, h - 0.012, 0), (-half + bend, h, 0), (half - bend, h, 0),
            (half - 0.012, h - 0.012, 0), (half, h - bend, 0), (half, h - bend - 0.1, 0),
            (half, y0, 0)]  # fmt: skip
    parts.append(tube(rail, r_top, None, 0))
    n = 6 + int(rng.integers(0, 2))
    xs = np.linspace(-half, half, n + 1)
    for x in xs[1:-1]:  # the posts
        parts.append(cylinder(r_post, r_post, h - y0, at(x, y0, 0), 0))
        parts.append(cylinder(r_post * 1.6, r_post * 1.2, 0.03, at(x, h - 0.035, 0), 0))
    y_low = 0.3
    parts.append(cylinder(0.014, 0.014, length, at(-half, y_low, 0) @ ALONG_X, 0))
    for x in xs:  # the foot plates and their bolts, the lower rail's knuckles
        parts.append(box(0.09, 0.01, 0.09, at(x, y0, 0), 0))
        parts.append(cylinder(r_post * 1.5, r_post * 1.1, 0.035, at(x, y0 + 0.01, 0), 0))
        for sx in (-1, 1):
            for sz in (-1, 1):
                parts.append(cylinder(0.007, 0.007, 0.008, at(x + sx * 0.03, y0 + 0.01,
                                                              sz * 0.03), 0))  # fmt: skip
        parts.append(sphere(1.0, at(x, y_low, 0) @ scl(0.022, 0.026, 0.022), 0))
    return parts


# ---- 1367 magic wand -------------------------------------------------------------------------


def _star4(waist: float = 0.22) -> np.ndarray:
    """A four-pointed twinkle of radius 1: long thin points on a small waist."""
    pts = []
    for k in range(8):
        t = np.radians(45 * k)
        r = 1.0 if k % 2 == 0 else waist
        pts.append((r * np.cos(t), r * np.sin(t)))
    return np.array(pts)


def _magic_wand(rng: Rng) -> list[Part]:
    """A magic wand rising on a slant from its pommel on the ground: a round knob of a pommel,
    a turned handle grip of beads and rings with a swelling grip between them, a long slender
    shaft tapering to its tip, the tip a glowing bead, and a few four-pointed sparkles and
    specks of light floating round it."""
    length = 1.0
    pro = crisp([(0.0, 0.0), (0.02, 0.004), (0.034, 0.03), (0.03, 0.058), (0.018, 0.07),
                 (0.024, 0.08), (0.03, 0.09), (0.024, 0.1), (0.022, 0.11), (0.027, 0.16),
                 (0.027, 0.23), (0.022, 0.28), (0.026, 0.29), (0.031, 0.3), (0.026, 0.31),
                 (0.02, 0.33), (0.016, 0.36), (0.012, 0.6), (0.0075, 0.93), (0.0, 0.945)],
                0.1)  # fmt: skip
    tilt = 52 + float(rng.uniform(-4, 4))
    turn = -25 + float(rng.uniform(-5, 5))
    foot = at(-0.3, 0.034 - 0.03 * np.sin(np.radians(tilt)), 0.0)  # the pommel on the ground
    m = foot @ rot("y", turn) @ rot("z", -(90 - tilt)) @ scl(length)
    parts = [lathe(pro, m, 0, "body")]
    for y in (0.16, 0.19, 0.22):  # the grooves wound with fine rings
        parts.append(lathe(annulus(0.026, 0.0285, 0.006), m @ at(0, y, 0), 1, closed=True))
    tip = (m @ np.array([0, 0.95, 0, 1.0]))[:3]
    parts.append(sphere(0.02, at(*tip), "glow"))
    rays = _star4(0.18)
    sparkles = []
    for k in range(6):
        a = 2 * np.pi * k / 6 + float(rng.uniform(-0.3, 0.3))
        r = float(rng.uniform(0.07, 0.16))
        dz = float(rng.uniform(-0.06, 0.06))
        c = tip + np.array([r * np.cos(a), r * np.sin(a) * 0.9 + 0.02, dz])
        s = float(rng.uniform(0.02, 0.045)) * (1.4 if k == 0 else 1.0)
        sparkles.append(at(*c) @ rot("y", 30) @ rot("z", float(rng.uniform(-15, 15)))
                        @ scl(s, s, 1.0))  # fmt: skip
    parts.append(_flats(sparkles, rays, 0.006, "glow"))
    specks = [tip + v3(*rng.uniform(-0.12, 0.12, 3)) for _ in range(7)]
    parts.append(_grains(specks, 0.006, "glow"))
    parts.append(_flats([at(*tip) @ rot("y", 30) @ scl(0.07, 0.07, 1.0)], rays, 0.004, "glow"))
    return parts


# ---- 1368 ramrod -----------------------------------------------------------------------------


def _ramrod(rng: Rng) -> list[Part]:
    """A musket's ramrod leaning on a length of musket barrel stood on its breech: a long thin
    rod, its foot (a small knob) on the ground, its top resting on the rim of the barrel's
    muzzle, where a flared brass head cupped at its end (to seat the ball) stands just clear;
    the steel barrel eight-sided at its breech and round up to its open muzzle, a blade sight
    and a bayonet lug by the muzzle, bedded in the wooden fore-end of its stock held by two
    brass bands, the rod's brass pipes under it, lead balls at its foot."""
    bx, bz = 0.12, -0.1  # the barrel, standing
    h, br = 0.68, 0.021
    octagon = np.array([(np.cos(t), np.sin(t)) for t in np.radians(22.5 + 45 * np.arange(8))])
    breech = at(bx, 0.12, bz) @ rot("x", 90) @ scl(br * 1.3, br * 1.3, 1.0)  # eight-sided
    parts = [slab(lambda n: octagon, 0.24, breech, "steel", "body")]
    parts.append(lathe(annulus(br * 1.12, br * 1.3, 0.014), at(bx, 0.24, bz), "steel",
                       closed=True))  # fmt: skip
    barrel = [(0.0085, h), (0.0085, 0.23), (br * 1.15, 0.23), (br * 0.95, h - 0.03),
              (br * 1.04, h - 0.02), (br * 1.04, h)]  # fmt: skip
    parts.append(lathe(crisp(barrel, 0.05), at(bx, 0, bz), "steel", closed=True))
    parts.append(cylinder(0.0086, 0.0086, 0.004, at(bx, h - 0.03, bz), "marking"))  # the bore
    phi = np.radians(45 + float(rng.uniform(-8, 8)))
    out = np.array([-np.cos(phi), 0.0, np.sin(phi)])
    face = at(bx, 0, bz) @ rot("y", 90 + np.degrees(phi))  # local +z: back, to the stock
    parts.append(box(0.003, 0.014, 0.012, face @ at(0, h - 0.04, -br), "steel"))  # the sight
    parts.append(box(0.01, 0.03, 0.01, face @ at(br, h - 0.06, 0), "steel"))  # the bayonet lug
    parts.append(sphere(0.0035, face @ at(br * 1.25, 0.14, 0), "marking"))  # the touch hole
    r_rod, length = 0.0065, 0.96
    hs = h - 0.1
    stock = rrect_outline(0.046, 0.05, 0.016)
    parts.append(slab(stock, hs, face @ at(0, hs / 2, 0.03) @ rot("x", 90), "cork"))
    parts.append(box(0.048, 0.02, 0.054, face @ at(0, hs - 0.01, 0.028), 1))  # the nose cap
    for y in (0.3, 0.5):  # the barrel bands and the ramrod pipes
        parts.append(rect_ring(0.054, 0.086, 0.005, 0.014, face @ at(0, y, 0.0135), 1))
        parts.append(cylinder(0.009, 0.009, 0.03, face @ at(0, y - 0.14, 0.06), 1))
    foot = np.array([bx, 0.0, bz]) + out * 0.5
    touch = np.array([bx, h + r_rod, bz]) + out * br
    d = unit(touch - foot)
    rm = at(*(foot + v3(0, 0.011, 0) - d * 0.002)) @ align(d)
    rod = crisp([(0.0, 0.0), (0.008, 0.002), (0.011, 0.012), (0.007, 0.024), (r_rod, 0.03),
                 (r_rod, length - 0.07), (0.0, length - 0.06)], 0.1)  # fmt: skip
    parts.append(lathe(rod, rm, 0))
    head = crisp([(0.0, length - 0.08), (r_rod, length - 0.08), (r_rod * 1.15, length - 0.06),
                  (0.0095, length - 0.02), (0.013, length - 0.002), (0.013, length),
                  (0.0095, length), (0.004, length - 0.009), (0.0, length - 0.01)],
                 0.08)  # the brass head, cupped # fmt: skip
    parts.append(lathe(head, rm, 1))
    for x, z in ((0.2, 0.0), (0.225, -0.02), (0.02, -0.02)):  # lead balls
        parts.append(sphere(0.0085, at(x, 0.0085, z), "steel"))
    return parts


MORE_APPLIANCES_ZZZZT = {
    1361: _wallflower, 1362: _verbena, 1363: _periwinkle, 1364: _grass,
    1365: _stamen, 1366: _railing, 1367: _magic_wand, 1368: _ramrod,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
