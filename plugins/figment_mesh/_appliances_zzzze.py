"""More of the device family's appliances, from 1241: trees: an elm, a sapling, a maple, a
ginkgo, a dogwood, an oak, a birch and an ash.

Each stands on y = 0 facing +z (the viewer), its wood in the first material and its leaves in
the second (the birch's leaves in the first).
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, at, mesh_part, rot, scl, v3
from ._kit import curves, flat_things, sphere_dirs, strands, unit
from ._primitives import box, catmull_rom, cylinder, lathe, torus, tube

__all__ = ["MORE_APPLIANCES_ZZZZE"]

Rng = np.random.Generator

_UP = np.array([0.0, 1.0, 0.0])
_VIEW = np.array([0.53, 0.4, 0.71])
"""Toward the usual three-quarter view (front right, above): leaves lean a little to face it."""


# Many small things in one part: leaves, blossoms, beads, twigs


def _beads(centres, radii, slot, around: int = 8, rings: int = 5) -> Part:
    """Many round lumps (clumps of foliage, acorns, seeds) in one part: a coarse ball round each
    centre, its radius one for all, one each ((n,)) or (x, y, z) for all ((1, 3)) or each."""
    c = np.asarray(centres, float).reshape(-1, 3)
    rr = np.asarray(radii, float)
    rr = np.broadcast_to(rr[..., None] if rr.ndim < 2 else rr, (len(c), 3))
    t = np.linspace(0.0, np.pi, rings + 1)[1:-1]
    a = np.arange(around) * (2 * np.pi / around)
    ring = np.stack([np.sin(t)[:, None] * np.cos(a), np.cos(t)[:, None] + 0 * a,
                     -np.sin(t)[:, None] * np.sin(a)], -1).reshape(-1, 3)  # fmt: skip
    ball = np.concatenate([[[0.0, 1.0, 0.0]], ring, [[0.0, -1.0, 0.0]]])
    n = len(ball)
    q = np.arange(around)
    q1 = (q + 1) % around
    faces = [np.stack([np.zeros(around, int), 1 + q1, 1 + q], 1)]
    for row in range(rings - 2):
        a0, a1 = 1 + row * around + q, 1 + row * around + q1
        faces += [np.stack([a0, a1, a1 + around], 1), np.stack([a0, a1 + around, a0 + around], 1)]
    last = 1 + (rings - 2) * around
    faces.append(np.stack([np.full(around, n - 1), last + q, last + q1], 1))
    f = np.concatenate(faces)
    verts = c[:, None, :] + ball[None] * rr[:, None, :]
    all_faces = f[None] + (np.arange(len(c)) * n)[:, None, None]
    return mesh_part(verts.reshape(-1, 3), all_faces.reshape(-1, 3), slot)


def _mirror(side) -> np.ndarray:
    """A leaf's closed outline from its right edge (x, y) points, base to tip, mirrored: base,
    up the right edge to the tip, back down the left, counter-clockwise."""
    s = np.asarray(side, float)
    left = s[::-1][1:-1] * [-1.0, 1.0]
    return np.concatenate([s, left])


def _polar(points) -> np.ndarray:
    """An outline through (degrees, radius) points round 0, counter-clockwise."""
    p = np.asarray(points, float)
    a = np.radians(p[:, 0])
    return np.stack([p[:, 1] * np.cos(a), p[:, 1] * np.sin(a)], 1)


def _ground_spots(n: int, r0: float, r1: float, rng: Rng) -> np.ndarray:
    """n points on the ground in a ring r0 to r1 round the foot, biased toward the viewer."""
    a = rng.uniform(-0.2, 1.2, n) * np.pi
    r = rng.uniform(r0, r1, n)
    return np.stack([r * np.cos(a), np.full(n, 0.004), r * np.sin(a)], 1)


def _flat_down(spots, rng: Rng) -> tuple[np.ndarray, np.ndarray]:
    """Normals and heads for leaves lying on the ground: face up, tips any way."""
    n = len(spots)
    nrm = np.c_[rng.normal(0, 0.08, n), np.ones(n), rng.normal(0, 0.08, n)]
    a = rng.uniform(0, 2 * np.pi, n)
    return nrm, np.stack([np.cos(a), np.zeros(n), np.sin(a)], 1)


def _lumpy(rng: Rng, n: int = 32) -> np.ndarray:
    """A lathe's cross-section of radius about 1 with a few soft random bumps (a clod)."""
    a = np.arange(n) * (2 * np.pi / n)
    k = rng.uniform(0, 2 * np.pi, 3)
    r = 1 + 0.05 * np.sin(3 * a + k[0]) + 0.03 * np.sin(5 * a + k[1]) + 0.02 * np.sin(7 * a + k[2])
    return np.stack([r * np.cos(a), r * np.sin(a)], 1)


def _flare(r: float, h: float, spread: float = 1.5) -> list[tuple[float, float]]:
    """A trunk's lathe profile from its flared foot (``spread`` times r) up to h."""
    return [(0.0, 0.0), (r * spread, 0.0), (r * 1.15, 0.17 * h), (r, 0.35 * h), (r * 0.92, h),
            (0.0, h)]  # fmt: skip


# Leaf outlines ((k, 2) points round 0): +y is the tip


def _maple_outline() -> np.ndarray:
    """A maple leaf: five pointed lobes (the top three long, the bottom two short), a point
    either side of each tip, deep notches between them and the stalk's notch at the bottom."""
    pts = [(-90, 0.22), (-58, 0.3)]
    for a, length, notch in ((-20, 0.62, 0.4), (35, 0.95, 0.42), (90, 1.0, 0.42),
                             (145, 0.95, 0.4), (200, 0.62, 0.3)):  # fmt: skip
        pts += [(a - 15, 0.6 * length), (a, length), (a + 15, 0.6 * length), (a + 27, notch)]
    return _polar(pts)


_MAPLE = _maple_outline()


def _fan_outline() -> np.ndarray:
    """A ginkgo leaf: a fan spreading from its stalk at (0, -0.5), its wavy rim split in the
    middle by a notch."""
    ang = np.linspace(22, 158, 17)
    r = 1.0 - 0.3 * np.exp(-(((ang - 90) / 6) ** 2)) + 0.03 * np.sin(np.radians(ang) * 9)
    t = np.radians(ang)
    rim = np.stack([r * np.cos(t), r * np.sin(t)], 1)
    pts = np.concatenate([[[0.05, 0.0]], rim, [[-0.05, 0.0]]])
    return pts - [0.0, 0.5]


_FAN = _fan_outline()


def _blossom_outline() -> np.ndarray:
    """A dogwood flower: four broad petals, each notched at its tip."""
    pts = []
    for k in range(4):
        a = 90 * k
        pts += [(a - 45, 0.45), (a - 15, 1.0), (a, 0.84), (a + 15, 1.0)]
    return _polar(pts)


_BLOSSOM = _blossom_outline()


def _oak_outline() -> np.ndarray:
    """An oak leaf: long, with four round lobes either side, widest about its middle."""
    t = np.linspace(0.0, 1.0, 19)[1:-1]
    env = 0.44 * np.sin(np.pi * t**0.8) ** 0.6
    lobe = 0.45 + 0.55 * np.abs(np.sin(4.5 * np.pi * t)) ** 0.7
    side = np.c_[env * lobe, -1.0 + 2.0 * t]
    return _mirror(np.concatenate([[[0.0, -1.0]], side, [[0.0, 1.0]]]))


_OAK = _oak_outline()
_LANCE = _mirror([(0.0, -1.0), (0.28, -0.1), (0.0, 1.0)])
"""A narrow pointed leaflet (an ash's)."""
_BIRCH = _mirror([(0.0, -0.7), (0.5, -0.35), (0.38, 0.2), (0.0, 1.0)])
"""A small triangular birch leaf, widest near its base."""
_OVAL = _mirror([(0.0, -1.0), (0.3, -0.65), (0.42, 0.0), (0.26, 0.6), (0.0, 1.0)])
"""A plain pointed oval leaf."""
_KEY = _mirror([(0.0, -1.0), (0.12, -0.8), (0.2, 0.0), (0.18, 0.7), (0.0, 1.0)])
"""An ash seed's narrow wing."""


# 1241: an elm


def _elm(rng: Rng) -> list[Part]:
    """An American elm: a short trunk dividing low into seven long limbs that sweep up and out
    in a vase, each forking again and arching over at its tips like a fountain; leafy clumps
    only along the arching tips make a broad umbrella of a crown, narrow at its foot and wide
    at its top, its rim drooping, the bare limbs showing beneath it."""
    parts = [lathe(_flare(0.058, 0.26), None, 0, "body")]
    arch = [(0.0, 0.2), (0.06, 0.36), (0.14, 0.56), (0.26, 0.74), (0.38, 0.85), (0.47, 0.86),
            (0.53, 0.79)]  # fmt: skip
    twig = [(0.14, 0.56), (0.17, 0.74), (0.22, 0.88), (0.3, 0.95), (0.37, 0.93)]
    turn = float(rng.uniform(0, 50))
    clumps, forks = [], []
    for k in range(7):
        az = np.radians(turn + 360 * k / 7 + rng.uniform(-10, 10))
        out = v3(np.cos(az), 0.0, np.sin(az))
        side = v3(-np.sin(az), 0.0, np.cos(az))
        f = rng.uniform(0.9, 1.08)
        pts = [out * r * f + _UP * y for r, y in arch]
        parts.append(tube(pts, [0.032, 0.026, 0.02, 0.015, 0.011, 0.008, 0.005], None, 0))
        s = 1 if k % 2 else -1
        fork = [out * r * f + side * s * (r - 0.14) * 0.6 + _UP * y for r, y in twig]
        forks.append(fork)
        clumps += [catmull_rom(pts, 12)[7:], catmull_rom(fork, 8)[4:]]
        a = az + np.pi / 7  # filling the top between the limbs
        clumps.append([v3(0.3 * np.cos(a), 0.92, 0.3 * np.sin(a)), v3(0.12 * np.cos(a), 0.96,
                       0.12 * np.sin(a))])  # fmt: skip
    parts.append(strands(forks, (0.013, 0.004), 0, 8, 10))
    spots = np.concatenate(clumps)
    spots = spots + rng.normal(0, 0.015, spots.shape) + _UP * 0.03
    r = rng.uniform(0.075, 0.095, len(spots))
    radii = np.stack([r, r * 0.75, r], 1)
    parts.append(_beads(spots, radii * 0.9, 1, 8, 5))
    pick = rng.integers(len(spots), size=130)  # small leaves all over the clumps
    d = rng.normal(0, 1, (130, 3)) + _UP * 0.6
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    leaves = spots[pick] + d * (radii[pick] * 0.9 + 0.022)
    parts.append(flat_things(leaves, d + _VIEW * 0.5, d + rng.normal(0, 0.5, d.shape), 0.045, _OVAL,
                        0.004, 1, fold=0.2))  # fmt: skip
    return parts


# 1242: a sapling


def _sapling(rng: Rng) -> list[Part]:
    """A young tree just planted: a pencil-thin single stem, gently crooked, with a few short
    side twigs carrying sparse small leaves and a tuft at its tip, tied by a dark rubber strap
    to a taller square wooden stake driven in beside it, standing in a small mound of earth."""
    h = 0.9
    mound = [(0.0, 0.0), (0.19, 0.0), (0.17, 0.016), (0.13, 0.042), (0.07, 0.062), (0.0, 0.07)]
    parts = [lathe(mound, scl(1.0, 1.0, 0.9), "soil", "body", shape=_lumpy(rng))]
    wob = rng.uniform(-0.012, 0.012, 4)
    stem = [v3(0, 0.03, 0), v3(wob[0], 0.3, wob[1]), v3(wob[2], 0.6, wob[3]), v3(0.004, h, 0)]
    parts.append(tube(stem, [0.009, 0.007, 0.005, 0.0025], None, 0))
    path = catmull_rom(stem, 40)
    spots, nrm, heads, sizes = [], [], [], []
    turn = float(rng.uniform(0, 360))
    twigs = []
    for k, y in enumerate((0.38, 0.5, 0.61, 0.72, 0.8)):
        base = path[np.argmin(np.abs(path[:, 1] - y))]
        az = np.radians(turn + 140 * k)
        out = v3(np.cos(az), 0.0, np.sin(az))
        tip = base + out * (0.13 - 0.015 * k) + _UP * 0.09
        twigs.append([base, (base + tip) / 2 + _UP * 0.01, tip])
        for f, s in ((0.55, 1), (1.0, -1)):
            p = base + (tip - base) * f
            side = np.cross(_UP, out) * s
            spots.append(p + side * 0.02 + _UP * 0.015)
            nrm.append(_UP + out * 0.3 + side * 0.3)
            heads.append(side + _UP * 0.4 + out * 0.4)
            sizes.append(0.034)
        spots.append(tip + out * 0.03)
        nrm.append(_UP - out * 0.3)
        heads.append(out + _UP * 0.3)
        sizes.append(0.036)
    top = path[-1]
    for k in range(4):
        a = np.radians(turn + 90 * k + 30)
        d = v3(np.cos(a), 1.2, np.sin(a))
        spots.append(top + unit(d) * 0.03)
        nrm.append(v3(np.cos(a), 0.3, np.sin(a)) * -0.3 + _UP)
        heads.append(d)
        sizes.append(0.03)
    parts.append(strands(twigs, (0.004, 0.0018), 0, 5, 5))
    parts.append(flat_things(spots, nrm, heads, sizes, _OVAL, 0.003, 1, fold=0.2))
    sx = 0.05  # the stake beside it, and the strap round both
    parts.append(box(0.024, 0.66, 0.024, at(sx, 0.0, -0.01), "cork"))
    parts.append(box(0.03, 0.02, 0.03, at(sx, 0.64, -0.01) @ rot("y", 45) @ scl(0.8, 1, 0.8),
                     "cork"))  # fmt: skip
    for y in (0.48, 0.2):
        ring = at(sx / 2 + 0.002, y, -0.005) @ scl(1.0, 2.2, 0.5)
        parts.append(torus(0.034, 0.005, ring, "cloth-dark"))
    return parts


# 1243: a maple


def _maple(rng: Rng) -> list[Part]:
    """A maple: a sturdy trunk and a few thick branches under a broad, dense, rounded crown
    clad all over in big five-pointed maple leaves standing out from it, their points clear
    against the sky; a few leaves fallen on the ground."""
    parts = [lathe(_flare(0.06, 0.4), None, 0, "body")]
    c = v3(0.0, 0.68, 0.0)
    ax = np.array([0.52, 0.34, 0.52])
    turn = float(rng.uniform(0, 90))
    for k in range(4):
        a = np.radians(turn + 90 * k + rng.uniform(-15, 15))
        out = v3(np.cos(a), 0, np.sin(a))
        parts.append(tube([v3(0, 0.34, 0), out * 0.12 + _UP * 0.5, out * 0.26 + _UP * 0.68],
                          [0.04, 0.028, 0.014], None, 0))  # fmt: skip
    lumps = [c + d * ax * 0.5 for d in sphere_dirs(10, rng, 0.1)]
    parts.append(_beads(lumps, [ax * 0.55], 1, 10, 6))
    d = sphere_dirs(84, rng, 0.05)
    d = d[d[:, 1] > -0.6]
    spots = c + d * ax * 1.0
    nrm = d + _VIEW * 0.8 + _UP * 0.3 + rng.normal(0, 0.25, d.shape)
    heads = d + _UP * 0.3 + rng.normal(0, 0.3, d.shape)
    sizes = rng.uniform(0.12, 0.14, len(d))
    parts.append(flat_things(spots, nrm, heads, sizes, _MAPLE, 0.005, 1, cup=0.12))
    fallen = _ground_spots(7, 0.15, 0.5, rng)
    nrm, heads = _flat_down(fallen, rng)
    parts.append(flat_things(fallen, nrm, heads, 0.085, _MAPLE, 0.005, 1))
    return parts


# 1244: a ginkgo


def _fan_cluster(spur, out, rng: Rng, fans: list, count: int = 5) -> None:
    """A spur's cluster of ginkgo fans on their stalks spreading round ``out`` from the point
    ``spur``: (centre, normal, head, size, stalk) of each onto ``fans``."""
    o = unit(out)
    side = unit(np.cross(_UP, o) + 1e-6)
    for k in range(count):
        a = np.radians(-80 + 160 * k / max(count - 1, 1) + rng.uniform(-12, 12))
        d = unit(o * np.cos(a) + side * np.sin(a) + _UP * rng.uniform(0.2, 0.7))
        n = unit(_UP * 0.6 + _VIEW * 0.7 + o * 0.3 + rng.normal(0, 0.25, 3))
        h = unit(d - np.dot(d, n) * n)
        size = rng.uniform(0.085, 0.1)
        fans.append((spur + h * size * 0.9, n, h, size, [spur, spur + h * size * 0.42]))


def _ginkgo(rng: Rng) -> list[Part]:
    """A ginkgo: a straight tapering leader with short branches stuck out at odd heights and
    angles up it, an upright, irregular, open tree; on each branch clusters of distinct
    fan-shaped leaves, each a little fan with a notch in the middle of its rim; a few fans
    fallen on the ground."""
    lean = rng.uniform(-0.02, 0.02, 2)
    trunk = [v3(0, 0, 0), v3(0.01, 0.3, 0), v3(lean[0], 0.62, lean[1]), v3(0, 0.98, 0)]
    parts = [tube(trunk, [0.04, 0.028, 0.018, 0.005], None, 0, "body")]
    parts.append(cylinder(0.06, 0.04, 0.04, None, 0))
    path = catmull_rom(trunk, 60)
    fans: list = []
    turn = float(rng.uniform(0, 360))
    heights = np.sort(rng.uniform(0.24, 0.86, 8))
    for k, y in enumerate(heights):
        base = path[np.argmin(np.abs(path[:, 1] - y))]
        az = np.radians(turn + 137.5 * k + rng.uniform(-20, 20))
        out = v3(np.cos(az), 0, np.sin(az))
        length = (0.4 - 0.3 * (y - 0.24) / 0.62) * rng.uniform(0.85, 1.15)
        rise = rng.uniform(0.35, 0.75)
        tip = base + unit(out + _UP * rise) * length
        mid = (base + tip) / 2 + v3(*rng.normal(0, 0.02, 3))
        parts.append(tube([base, mid, tip], [0.013, 0.009, 0.004], None, 0))
        for f in (0.5, 1.0):
            spur = base + (tip - base) * f
            _fan_cluster(spur, tip - base, rng, fans, 3 if f < 1 else 5)
    _fan_cluster(path[-1], _UP + v3(0.01, 0, 0.02), rng, fans, 5)
    spots, nrm, heads, sizes, stalks = zip(*fans, strict=True)
    parts.append(flat_things(spots, nrm, heads, sizes, _FAN, 0.004, 1, cup=0.12))
    parts.append(strands(stalks, (0.0022, 0.0016), 1, 3, 2))
    fallen = _ground_spots(6, 0.12, 0.42, rng)
    nrm, heads = _flat_down(fallen, rng)
    parts.append(flat_things(fallen, nrm, heads, 0.09, _FAN, 0.004, 1))
    return parts


# 1245: a dogwood


def _tier_outline(reach: np.ndarray, turn: float) -> np.ndarray:
    """A dogwood tier's outline round its branches (``reach`` of each, evenly round from
    ``turn`` degrees), as (x, z) points on the ground: a bulge over each branch's tip, a
    shallow dip between."""
    n = len(reach)
    a = np.radians(turn) + np.arange(4 * n) * (np.pi / (2 * n))
    tip = np.repeat(reach, 4)
    between = (tip + np.roll(tip, -4)) / 2
    r = np.where(np.arange(4 * n) % 4 < 2, tip, between) * np.tile([1.0, 0.9, 0.78, 0.9], n)
    return np.stack([r * np.cos(a), r * np.sin(a)], 1)


def _dogwood(rng: Rng) -> list[Part]:
    """A flowering dogwood: a small low tree whose short trunk holds flat tiers of branches
    spreading out level one above another, each tier a wide flat layer covered in white
    four-petalled blossoms with green centres, a few leaves among them."""
    parts = [lathe(_flare(0.035, 0.2), None, 0, "body")]
    lead = [v3(0, 0.15, 0), v3(0.015, 0.4, 0.0), v3(-0.01, 0.6, 0.01), v3(0.0, 0.76, 0.0)]
    parts.append(tube(lead, [0.03, 0.022, 0.014, 0.006], None, 0))
    limbs, twigs, bloom, leaf = [], [], [], []
    turn = float(rng.uniform(0, 60))
    for t, (y, reach, n) in enumerate(((0.24, 0.56, 6), (0.42, 0.54, 6), (0.58, 0.42, 5),
                                       (0.7, 0.2, 3))):  # fmt: skip
        r = reach * rng.uniform(0.85, 1.1, n)
        az = turn + 37 * t
        for k in range(n):
            a = np.radians(az + 360 * k / n)
            out = v3(np.cos(a), 0, np.sin(a))
            limbs.append([v3(0, y, 0), out * r[k] * 0.5 + _UP * (y + 0.006),
                          out * r[k] * 0.85 + _UP * (y + 0.012)])  # fmt: skip
            leaf += [out * r[k] * f + _UP * (y + 0.015) for f in (0.45, 0.7)]
        pad = _tier_outline(r * 0.95, az)
        bloom += [v3(x, y + 0.025, z) for x, z in pad]
        for _ in range(int(35 * reach)):  # strewn over the tier
            x, z = pad[rng.integers(len(pad))] * np.sqrt(rng.uniform(0.05, 0.8))
            bloom.append(v3(x, y + 0.025 + 0.02 * rng.uniform(), z))
        for k in range(0, 4 * n, 2):  # twigs out to the rim
            twigs.append([limbs[-n + k // 4][1], v3(pad[k][0], y + 0.02, pad[k][1])])
    parts.append(strands(limbs, (0.011, 0.005), 0, 6, 7))
    parts.append(strands(twigs, (0.004, 0.002), 0, 4, 3))
    bloom = np.asarray(bloom) + rng.normal(0, 0.006, (len(bloom), 3))
    m = len(bloom)
    up = _UP + rng.normal(0, 0.12, (m, 3))
    spin = rng.normal(0, 1, (m, 3))
    parts.append(flat_things(bloom, up, spin, rng.uniform(0.04, 0.048, m), _BLOSSOM, 0.004, "sheet",
                        cup=0.3))  # fmt: skip
    parts.append(_beads(bloom + up * 0.006, [(0.009, 0.007, 0.009)], "fruit-green", 4, 2))
    leaf = np.asarray(leaf) + rng.normal(0, 0.03, (len(leaf), 3)) * [1, 0.2, 1]
    turn = rng.normal(0, 0.6, (len(leaf), 3)) * [1, 0, 1]
    parts.append(flat_things(leaf, _UP + rng.normal(0, 0.2, (len(leaf), 3)), leaf * [1, 0, 1] + turn,
                        0.05, _OVAL, 0.003, 1, fold=0.2))  # fmt: skip
    return parts


# 1246: an oak


def _oak(rng: Rng) -> list[Part]:
    """An old oak: a massive, short, thick trunk flaring into roots at its foot and splitting
    into wide, crooked limbs that reach out nearly level, under a very broad crown of big
    lumpy clumps much wider than tall; lobed oak leaves standing out along the crown's edge, a
    scatter of acorns in their cups on the ground."""
    prof = [(0.0, 0.0), (0.2, 0.0), (0.14, 0.04), (0.11, 0.12), (0.1, 0.24), (0.12, 0.32),
            (0.0, 0.36)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body")]
    turn = float(rng.uniform(0, 72))
    clumps = []
    for k in range(5):
        az = np.radians(turn + 72 * k + rng.uniform(-12, 12))
        out = v3(np.cos(az), 0, np.sin(az))
        side = v3(-np.sin(az), 0, np.cos(az))
        reach = rng.uniform(0.5, 0.58)
        kink = rng.uniform(0.04, 0.08) * rng.choice([-1, 1])
        pts = [v3(0, 0.28, 0), out * 0.15 + _UP * 0.38 + side * kink * 0.3,
               out * reach * 0.45 + side * kink + _UP * 0.43,
               out * reach * 0.72 - side * kink * 0.5 + _UP * 0.46,
               out * reach + _UP * 0.55]  # fmt: skip
        parts.append(tube(pts, [0.08, 0.058, 0.042, 0.028, 0.014], None, 0))
        up = pts[2]
        parts.append(tube([up, up + out * 0.04 + _UP * 0.12 - side * kink, up + out * 0.1 +
                           _UP * 0.22], [0.028, 0.018, 0.008], None, 0))  # fmt: skip
        clumps += [pts[-1] + _UP * 0.1, pts[3] + _UP * 0.2, up + out * 0.1 + _UP * 0.28]
        root = [v3(0, 0.055, 0) + out * 0.08, out * 0.2 + _UP * 0.028, out * 0.27 + _UP * 0.012]
        parts.append(tube(root, [0.05, 0.03, 0.012], None, 0))
    for k in range(4):  # the top of the crown
        a = np.radians(turn + 90 * k + 36)
        clumps.append(v3(0.24 * np.cos(a), 0.82, 0.24 * np.sin(a)))
    clumps = np.asarray(clumps) + rng.normal(0, 0.03, (len(clumps), 3))
    r = rng.uniform(0.15, 0.19, len(clumps))
    parts.append(_beads(clumps, np.stack([r, r * 0.72, r], 1), 1, 10, 6))
    outer = np.hypot(clumps[:, 0], clumps[:, 2]) > 0.3  # leaves on the outer clumps
    edge = clumps[outer]
    pick = rng.integers(len(edge), size=48)
    d = edge[pick] * [1, 0, 1]
    d = d / np.linalg.norm(d, axis=1, keepdims=True) + rng.normal(0, 0.5, (48, 3)) * [1, 0.6, 1]
    d = d / np.linalg.norm(d, axis=1, keepdims=True)
    spots = edge[pick] + d * (r[outer][pick, None] * [1.0, 0.72, 1.0] + 0.03)
    nrm = d + _VIEW + rng.normal(0, 0.3, d.shape)
    heads = d * [1, 0.3, 1] + rng.normal(0, 0.3, d.shape)
    parts.append(flat_things(spots, nrm, heads, 0.075, _OAK, 0.004, 1, fold=0.15))
    nuts = _ground_spots(9, 0.25, 0.62, rng)
    parts.append(_beads(nuts + v3(0, 0.019, 0), [(0.017, 0.023, 0.017)], "cork", 6, 5))
    parts.append(_beads(nuts + v3(0, 0.026, 0), [(0.02, 0.012, 0.02)], 0, 6, 4))
    return parts


# 1247: a birch


def _birch(rng: Rng) -> list[Part]:
    """A clump of silver birches: three slender white trunks from one foot, leaning a little
    apart, their bark marked all over with black horizontal dashes, dark triangular knots under
    the branches and blackened at the foot; thin branches rising from their upper halves, fine
    twigs hanging from them in curtains hung with small leaves: a light, airy, weeping
    crown."""
    parts = []
    boughs, twigs, sides, outs, marks, knots = [], [], [], [], [], []
    turn = float(rng.uniform(0, 120))
    for t, (h, lean) in enumerate(((1.0, 0.08), (0.88, 0.17), (0.78, 0.2))):
        az = np.radians(turn + 120 * t + rng.uniform(-15, 15))
        out = v3(np.cos(az), 0, np.sin(az))
        foot = out * 0.03
        pts = [foot + out * lean * f * f + _UP * h * f for f in (0.0, 0.3, 0.65, 1.0)]
        r0 = 0.03 - 0.004 * t
        radii = [r0, r0 * 0.8, r0 * 0.55, 0.004]
        parts.append(tube(pts, radii, None, "snow", "" if t else "body"))
        parts.append(cylinder(r0 * 1.3, r0 * 1.1, 0.07, at(*foot), "marking"))
        path = catmull_rom(pts, 50)
        rad = np.interp(np.linspace(0, 1, 50), np.linspace(0, 1, 4), radii)
        for i in range(4, 40, 2):  # the dashes, each part way round
            for a in rng.uniform(0, 2 * np.pi, 2):
                marks.append((path[i] + v3(0, rng.uniform(-0.008, 0.008), 0), a, rad[i]))
        for k in range(6):
            i = int((0.45 + 0.09 * k) * 49)
            base = path[i]
            a2 = az + np.radians(150 * k + rng.uniform(-20, 20))
            o2 = v3(np.cos(a2), 0, np.sin(a2))
            knots.append((base - _UP * rad[i] * 1.2, a2, rad[i]))
            tip = base + unit(o2 + _UP * 1.1) * (0.22 - 0.02 * k) * rng.uniform(0.9, 1.1)
            boughs.append([base, (base + tip) / 2 + o2 * 0.02, tip])
            side = unit(np.cross(_UP, o2))
            for g in (0.55, 0.8, 1.0):  # the twigs hanging from it
                p = base + (tip - base) * g
                end = p + o2 * 0.06 - _UP * rng.uniform(0.15, 0.26) + rng.normal(0, 0.02, 3)
                bend = p + o2 * 0.06 + _UP * 0.02
                twigs.append([p, bend, (bend + end) / 2 + o2 * 0.01, end])
                sides.append(side)
                outs.append(o2)
    parts.append(strands(boughs, (0.008, 0.0025), "snow", 6, 6))
    parts.append(strands(twigs, (0.0025, 0.001), 1, 3, 7))
    alt = np.array([1.0, -1.0, 1.0, -1.0, 1.0])[None, :, None]  # leaves each side in turn
    side = np.asarray(sides)[:, None] * alt
    spots = (curves(twigs, 7)[:, 2:] + side * 0.012).reshape(-1, 3)
    nrm = (np.asarray(outs)[:, None] + side * 0.5).reshape(-1, 3)
    heads = (side * 0.5 - _UP).reshape(-1, 3)
    nrm = nrm + rng.normal(0, 0.3, nrm.shape)
    heads = heads + rng.normal(0, 0.3, heads.shape)
    parts.append(flat_things(spots, nrm, heads, 0.017, _BIRCH, 0.003, 0, fold=0.2))
    for spots, outline, f in ((marks, _DASH, 1.0), (knots, _KNOT, 1.1)):
        c, a, rr = (np.asarray(x) for x in zip(*spots, strict=True))
        out = np.stack([np.cos(a), np.zeros(len(a)), np.sin(a)], 1)
        up = _UP if outline is _KNOT else np.stack([-np.sin(a), np.zeros(len(a)), np.cos(a)], 1)
        parts.append(flat_things(c + out * rr[:, None] * 0.97, out, up, rr * f, outline, 0.004,
                            "marking"))  # fmt: skip
    return parts


_DASH = _mirror([(0.0, -1.0), (0.24, -0.6), (0.24, 0.6), (0.0, 1.0)])
"""A dash of dark bark, long across."""
_KNOT = _mirror([(0.0, -0.3), (0.9, 0.05), (0.3, 0.35), (0.0, 1.0)])
"""A birch's dark knot, a wide triangle under a branch."""


# 1248: an ash


def _compound_leaf(base, out, rng: Rng, lines, spots, nrm, heads) -> None:
    """An ash leaf from ``base`` along ``out``: a stalk arching out and down with four pairs of
    narrow leaflets along it and one at its tip."""
    o = unit(out)
    side = unit(np.cross(_UP, o) + 1e-6)
    end = base + o * 0.16 - _UP * 0.05
    mid = (base + end) / 2 + _UP * 0.03
    stalk = catmull_rom([base, mid, end], 9)
    lines.append(stalk)
    face = unit(_UP * 0.8 + _VIEW * 0.5 + o * 0.2)
    for k in range(4):
        p = stalk[2 + 2 * k]
        for s in (-1, 1):
            d = unit(side * s + o * 0.5)
            spots.append(p + d * 0.022)
            nrm.append(face)
            heads.append(d)
    spots.append(end + unit(end - stalk[-2]) * 0.022)
    nrm.append(face)
    heads.append(end - stalk[-2])


def _ash(rng: Rng) -> list[Part]:
    """An ash: a tall straight trunk of smooth grey bark dividing high into a few rising limbs
    whose branches reach up and out to an open, domed crown of feathery compound leaves
    (narrow leaflets in pairs along arching stalks) sprayed out from the branch tips, airy and
    fern-like, with bunches of winged seed keys hanging from it."""
    parts = [lathe(_flare(0.045, 0.47), None, 0, "body")]
    lines, spots, nrm, heads, twigs = [], [], [], [], []
    turn = float(rng.uniform(0, 90))
    forks = []
    for k in range(4):
        az = np.radians(turn + 90 * k + rng.uniform(-15, 15))
        out = v3(np.cos(az), 0, np.sin(az))
        a = v3(0, 0.44, 0)
        b = out * 0.1 + _UP * 0.62
        parts.append(tube([a, (a + b) / 2 + out * 0.01, b], [0.032, 0.024, 0.017], None, 0))
        side = v3(-np.sin(az), 0, np.cos(az))
        for s in (-1, 1):
            c = b + out * 0.1 + side * s * 0.08 + _UP * 0.12
            parts.append(tube([b, (b + c) / 2 + out * 0.01, c], [0.016, 0.012, 0.008], None, 0))
            forks.append(c)
        forks.append(b + _UP * 0.01)
    forks = np.asarray(forks)
    centre = v3(0, 0.74, 0)
    dome = sphere_dirs(24, rng, 0.08)
    dome = dome[dome[:, 1] > -0.2]
    tips = centre + dome * [0.4, 0.28, 0.4]
    keys, kn, kh = [], [], []
    for i, (tip, o) in enumerate(zip(tips, dome, strict=True)):
        b = forks[np.argmin(np.linalg.norm(forks - tip, axis=1))]
        twigs.append([b, (b + tip) / 2 + _UP * 0.03 + o * 0.02, tip])
        for _ in range(3 + i % 2):
            w = unit(o + rng.normal(0, 0.5, 3))
            _compound_leaf(tip, w + o + _UP * 0.3, rng, lines, spots, nrm, heads)
        if i % 4 == 0:  # a bunch of keys
            hang = tip - _UP * 0.06
            lines.append([tip, hang])
            for q in range(7):
                a = 2 * np.pi * q / 7
                w = v3(np.cos(a) * 0.4, -1.0, np.sin(a) * 0.4)
                keys.append(hang + unit(w) * 0.03)
                kn.append(v3(np.cos(a + 1.2), 0, np.sin(a + 1.2)))
                kh.append(w)
    parts.append(strands(twigs, (0.008, 0.003), 0, 5, 6))
    parts.append(strands(lines, (0.0025, 0.0012), 0, 3, 5))
    nrm = np.asarray(nrm) + rng.normal(0, 0.2, (len(nrm), 3))
    parts.append(flat_things(spots, nrm, heads, 0.026, _LANCE, 0.003, 1, fold=0.15))
    parts.append(flat_things(keys, kn, kh, 0.026, _KEY, 0.003, "cork"))
    return parts


MORE_APPLIANCES_ZZZZE = {
    1241: _elm, 1242: _sapling, 1243: _maple, 1244: _ginkgo,
    1245: _dogwood, 1246: _oak, 1247: _birch, 1248: _ash,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
