"""More of the device family's appliances, from 1353: flowering plants and shrubs: a honeysuckle
on a post, a manzanita, a hollyhock, a myrtle, a columbine, a snapdragon, a gentian and a
frangipani.

Each stands on y = 0 facing +z (the viewer) on a patch of earth, its flowers in the first
material and its stems and leaves in the second (the manzanita's branches and the myrtle's
leaves in the first, their leaves and stems in the second).
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, align, at, mesh_part, rot, scl, v3
from ._kit import flat_things, grid_mesh, lobed, strands, unit, units
from ._primitives import box, catmull_rom, cylinder, lathe, sphere, tube

__all__ = ["MORE_APPLIANCES_ZZZZS"]

Rng = np.random.Generator

_UP = np.array([0.0, 1.0, 0.0])
_VIEW = np.array([0.53, 0.4, 0.71])
"""Toward the usual three-quarter view (front right, above): flowers turn a little to face it."""


# Many small things in one part: leaves, petals, tubes, blobs, copies of one template


def _placed(p: np.ndarray, m: np.ndarray) -> np.ndarray:
    """Points (..., 3) placed by ``m``."""
    return p @ m[:3, :3].T + m[:3, 3]


def _cross(a, b) -> np.ndarray:
    """The cross product of two 3-vectors (``np.cross`` is slow on single vectors)."""
    return np.array([a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2],
                     a[0] * b[1] - a[1] * b[0]])  # fmt: skip


def _ball(around: int, rings: int) -> tuple[np.ndarray, np.ndarray]:
    """A coarse unit ball's vertices and faces."""
    t = np.linspace(0.0, np.pi, rings + 1)[1:-1]
    a = np.arange(around) * (2 * np.pi / around)
    ring = np.stack([np.sin(t)[:, None] * np.cos(a), np.cos(t)[:, None] + 0 * a,
                     -np.sin(t)[:, None] * np.sin(a)], -1).reshape(-1, 3)  # fmt: skip
    verts = np.concatenate([[[0.0, 1.0, 0.0]], ring, [[0.0, -1.0, 0.0]]])
    q = np.arange(around)
    q1 = (q + 1) % around
    faces = [np.stack([np.zeros(around, int), 1 + q1, 1 + q], 1)]
    for row in range(rings - 2):
        a0, a1 = 1 + row * around + q, 1 + row * around + q1
        faces += [np.stack([a0, a1, a1 + around], 1), np.stack([a0, a1 + around, a0 + around], 1)]
    last = 1 + (rings - 2) * around
    faces.append(np.stack([np.full(around, len(verts) - 1), last + q, last + q1], 1))
    return verts, np.concatenate(faces)


def _copies(verts: np.ndarray, faces: np.ndarray, mats, slot) -> Part:
    """Copies of one small mesh (verts, faces) placed by each matrix, in one part."""
    ms = np.asarray(mats, float).reshape(-1, 4, 4)
    v = np.einsum("mij,nj->mni", ms[:, :3, :3], verts) + ms[:, None, :3, 3]
    f = faces[None] + (np.arange(len(ms)) * len(verts))[:, None, None]
    return mesh_part(v.reshape(-1, 3), f.reshape(-1, 3), slot)


def _blobs(mats, slot, around: int = 8, rings: int = 5) -> Part:
    """Many round lumps (buds, puffs, anthers) in one part: a coarse unit ball under each
    matrix."""
    return _copies(*_ball(around, rings), mats, slot)


def _template(part: Part, k: float) -> tuple[np.ndarray, np.ndarray]:
    """A primitive's mesh at detail k, placed by its matrix and facing outward (to copy)."""
    v, f = part.sweep(k).build()
    v = _placed(v, part.matrix)
    a, b, c = v[f[:, 0]], v[f[:, 1]], v[f[:, 2]]
    if (a * np.cross(b, c)).sum() < 0:
        f = f[:, ::-1]
    return v, f


def _sheets(grids: np.ndarray, thick: float, slot) -> Part:
    """Many thin curved sheets (petals, arching leaves) in one part: grids (count, rows, cols,
    3), each ``thick`` thick, its two faces joined round the edges into a closed skin."""
    du = np.gradient(grids, axis=1)
    dv = np.gradient(grids, axis=2)
    nrm = np.cross(du, dv)
    nrm *= (thick / 2) / np.maximum(np.linalg.norm(nrm, axis=-1, keepdims=True), 1e-12)
    ring = np.concatenate([grids + nrm, (grids - nrm)[:, :, ::-1]], axis=2)
    count, r, c, _ = ring.shape
    _, faces = grid_mesh(ring[0])
    verts = np.concatenate([ring.reshape(count, r * c, 3), ring[:, :1].mean(2),
                            ring[:, -1:].mean(2)], axis=1)  # fmt: skip
    offsets = (np.arange(count) * (r * c + 2))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), (faces[None] + offsets).reshape(-1, 3), slot)


def _frame(origin, axis, toward=None) -> np.ndarray:
    """A placement at origin whose +y runs along axis and whose +z leans toward ``toward``
    (the viewer when not given)."""
    y = unit(axis)
    z = np.asarray(_VIEW if toward is None else toward, float)
    z = z - y * float(np.dot(z, y))
    if np.linalg.norm(z) < 1e-6:
        z = _cross(y, [1.0, 0.0, 0.0])
    z = unit(z)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = _cross(y, z), y, z, origin
    return m


def _mirror(side) -> np.ndarray:
    """A leaf's closed outline from its right edge (x, y) points, base to tip, mirrored."""
    s = np.asarray(side, float)
    left = s[::-1][1:-1] * [-1.0, 1.0]
    return np.concatenate([s, left])


def _polar(radius, n: int) -> np.ndarray:
    """An outline of n points round 0 whose radius at angle t (radians from +x) is
    ``radius(t)``."""
    t = np.arange(n) * (2 * np.pi / n)
    r = radius(t)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _ground(r: float) -> list[Part]:
    """A low round patch of earth (tagged body)."""
    return [cylinder(r, r * 0.96, 0.03, None, "soil", "body")]


def _leaf_rows(nodes, tangents, away, size: float, rng: Rng, lean: float = 0.5):
    """Pairs of leaves at the nodes of a stem: two opposite leaves at each node, square to the
    stem's tangent there, leaning ``lean`` toward the direction ``away`` (from the stem's
    support) and a little up. Their centres, normals, heads and sizes."""
    cs, ns, hs, ss = [], [], [], []
    for p, t, o in zip(nodes, tangents, away, strict=True):
        side = _cross(t, o)
        if np.linalg.norm(side) < 1e-6:
            side = _cross(t, [1.0, 0.0, 0.0])
        side = unit(side)
        for s in (-1, 1):
            h = unit(s * side + lean * o + 0.35 * _UP + rng.normal(0, 0.12, 3))
            nrm = unit(_UP + 0.6 * o - h * float(np.dot(_UP + 0.6 * o, h)))
            sz = size * float(rng.uniform(0.85, 1.1))
            cs.append(p + h * sz * 0.95)
            ns.append(nrm)
            hs.append(h)
            ss.append(sz)
    return cs, ns, hs, ss


def _along(path: np.ndarray, spacing: float, start: float = 0.0):
    """Points every ``spacing`` along a polyline from ``start``, with the unit tangents there."""
    seg = np.linalg.norm(np.diff(path, axis=0), axis=1)
    s = np.r_[0.0, np.cumsum(seg)]
    at_s = np.arange(start, s[-1] - 1e-9, spacing)
    pts = np.stack([np.interp(at_s, s, path[:, i]) for i in range(3)], 1)
    tan = units(np.gradient(path, axis=0))
    tans = units(np.stack([np.interp(at_s, s, tan[:, i]) for i in range(3)], 1))
    return pts, tans


# ---- 1353 honeysuckle -------------------------------------------------------------------------

_OVAL = _mirror([(0.0, -1.0), (0.42, -0.4), (0.36, 0.5), (0.0, 1.0)])
"""A blunt oval leaf."""
_UPPER_LIP = _mirror([(0.0, -0.7), (0.5, -0.2), (0.75, 0.45), (0.55, 0.8), (0.38, 0.6),
                      (0.25, 1.0), (0.0, 0.75)])  # fmt: skip
"""A honeysuckle's broad upper lip: four round lobes."""
_LOWER_LIP = _mirror([(0.0, -1.0), (0.22, -0.6), (0.22, 0.6), (0.0, 1.0)])
"""A honeysuckle's narrow strap-like lower lip."""


def _trumpet_cluster(c, axis, rng: Rng, size: float, count: int, out: dict) -> None:
    """A crown of long slender two-lipped trumpets radiating from c about ``axis`` and curving
    up: their tubes, lips (a broad upper lip bent back and a narrow lower lip curled down),
    stamens and anthers, and two furled buds, gathered into ``out``'s lists."""
    axis = unit(axis)
    e1 = unit(_cross(axis, [0.3, 0.2, 0.93]))
    e2 = _cross(axis, e1)
    spin = float(rng.uniform(0, 2 * np.pi))
    for i in range(count):
        a = spin + 2 * np.pi * i / count
        o = np.cos(a) * e1 + np.sin(a) * e2
        d = unit(axis * 0.5 + o * float(rng.uniform(0.75, 1.05)))
        length = size * float(rng.uniform(0.85, 1.1))
        bend = unit(d + axis * 0.6)
        mouth = c + d * length * 0.6 + bend * length * 0.45
        out["tubes"].append([c, c + d * length * 0.35, c + d * length * 0.7 + bend * 0.1 * length,
                             mouth])  # fmt: skip
        side = unit(_cross(bend, o))
        for kind, h, reach in ((0, unit(bend + o * 1.3), 0.18), (1, unit(bend - o * 1.6), 0.22)):
            lips = out["lips"][kind]
            lips[0].append(mouth + h * size * reach)
            lips[1].append(_cross(h, side) * (1 if kind == 0 else -1))
            lips[2].append(h)
            lips[3].append(size * 0.26)
        tip = mouth + bend * size * 0.6 + o * size * 0.1
        out["stamens"].append([mouth - bend * size * 0.1, mouth + bend * size * 0.25, tip])
        out["anthers"].append(at(*tip) @ align(bend) @ scl(size * 0.022, size * 0.05,
                                                          size * 0.022))  # fmt: skip
    for k in range(2):  # closed buds in the middle
        d = unit(axis + (e1 * (k - 0.5) + e2 * 0.3) * 0.6)
        out["buds"].append([c, c + d * size * 0.4 + axis * 0.1 * size, c + d * size * 0.75])


def _helix(r: float, y0: float, y1: float, turns: float, phase: float, n: int) -> np.ndarray:
    """n points on a helix of radius r round the y axis from y0 to y1."""
    t = np.linspace(0.0, 1.0, n)
    a = phase + 2 * np.pi * turns * t
    return np.stack([r * np.cos(a), y0 + (y1 - y0) * t, r * np.sin(a)], 1)


def _honeysuckle(rng: Rng) -> list[Part]:
    """A honeysuckle climbing a wooden post: two woody stems twining round the square post up
    to its top, more stems spilling over the top and hanging down its sides, loose shoots
    waving out, oval leaves in opposite pairs all along them, and at the tips crowns of long
    slender trumpet flowers, each opening into a broad upper lip and a curled strap of a lower
    lip with long stamens reaching out."""
    H = 1.0
    parts = _ground(0.32)
    parts.append(box(0.08, H, 0.08, at(0, 0.02, 0), "pencil-wood"))  # the post
    parts.append(box(0.1, 0.025, 0.1, at(0, H + 0.02, 0), "pencil-wood"))
    stems = []
    tips = []
    for j in range(2):  # twining up the post
        ph = np.pi * j + float(rng.uniform(-0.4, 0.4))
        stems.append(_helix(0.062, 0.03, H - 0.02, 2.6, ph, 23))
    top = v3(0, H + 0.06, 0)
    for j, az in enumerate((35, 150, 250, 320)):  # spilling over the top
        a = np.radians(az + float(rng.uniform(-15, 15)))
        d = np.array([np.sin(a), 0.0, np.cos(a)])
        drop = 0.25 + 0.12 * (j % 2)
        path = [top - d * 0.03, top + d * 0.06 + v3(0, 0.02, 0), top + d * 0.14,
                top + d * 0.2 - v3(0, 0.1, 0), top + d * 0.24 - v3(0, drop, 0),
                top + d * 0.3 - v3(0, drop + 0.1, 0)]  # fmt: skip
        stems.append(np.array(path))
        tips.append((path[-1], d * 0.8 + _UP * 0.6))
    for y, az in ((0.32, 10), (0.55, 110), (0.72, 270)):  # loose shoots
        a = np.radians(az + float(rng.uniform(-10, 10)))
        d = np.array([np.sin(a), 0.0, np.cos(a)])
        p0 = d * 0.062 + v3(0, y, 0)
        path = [p0, p0 + d * 0.1 + v3(0, 0.05, 0), p0 + d * 0.2 + v3(0, 0.04, 0),
                p0 + d * 0.28 + v3(0, 0.1, 0)]  # fmt: skip
        stems.append(np.array(path))
        tips.append((path[-1], d + _UP * 0.8))
    tips.append((top + v3(0, 0.02, 0), _UP + _VIEW * 0.3))
    parts.append(strands(stems[:2], [0.009, 0.008, 0.006], 1, 6, 30))
    parts.append(strands(stems[2:], [0.008, 0.007, 0.005], 1, 6, 12))
    leaves = [[], [], [], []]
    for path in stems:
        pts = catmull_rom(path, 60)
        nodes, tans = _along(pts, 0.085, 0.05)
        away = units(nodes * [1.0, 0.0, 1.0] + v3(0, 1e-3, 0))
        for got, new in zip(leaves, _leaf_rows(nodes, tans, away, 0.042, rng, 0.7), strict=True):
            got += new
    parts.append(flat_things(*leaves, _OVAL, 0.004, 1, cup=-0.12))
    out = {"tubes": [], "lips": ([[], [], [], []], [[], [], [], []]), "stamens": [],
           "anthers": [], "buds": []}  # fmt: skip
    for p, axis in tips:
        _trumpet_cluster(p, axis, rng, 0.12, 7, out)
    parts.append(strands(out["tubes"], [0.004, 0.0045, 0.006, 0.01], 0, 5, 6))
    parts.append(strands(out["buds"], [0.003, 0.0045, 0.0065, 0.0], 0, 5, 5))
    for lips, outline in zip(out["lips"], (_UPPER_LIP, _LOWER_LIP), strict=True):
        parts.append(flat_things(*lips, outline, 0.003, 0, cup=0.6))
    parts.append(strands(out["stamens"], [0.0013, 0.0011], 0, 3, 3))
    parts.append(_blobs(out["anthers"], "plume-tip", 4, 3))
    return parts


# ---- 1354 manzanita --------------------------------------------------------------------------

_ROUND = _mirror([(0.0, -1.0), (0.6, -0.7), (0.78, 0.05), (0.55, 0.7), (0.0, 1.0)])
"""A small round leathery leaf, a little pointed at its tip."""


def _sinuous(base, d, length: float, n: int, rng: Rng, amp: float = 0.14) -> np.ndarray:
    """n points from base along d, bending from side to side (a twisting limb), leaning up a
    little as it goes."""
    d = unit(d)
    e1 = unit(_cross(d, [0.31, 0.17, 0.93]))
    e2 = _cross(d, e1)
    s = np.linspace(0.0, 1.0, n)
    f = float(rng.uniform(1.6, 2.6))
    p1, p2 = rng.uniform(0, 2 * np.pi, 2)
    wob = amp * length * np.sin(np.pi * s)[:, None] ** 0.5
    side = np.sin(f * np.pi * s + p1)[:, None] * e1 + np.cos(f * 0.8 * np.pi * s + p2)[:, None] * e2
    rise = 0.08 * length * s[:, None] ** 2 * _UP
    return base + length * s[:, None] * d + wob * side + rise


def _manzanita_limb(base, d, length: float, r: float, depth: int, rng: Rng, out: dict,
                    forks: int = 2) -> None:  # fmt: skip
    """A limb from base along d and the limbs it forks into (``forks`` of them, two from each
    of those): its path and radius into ``out`` (trunks, limbs, twigs and the tips where
    leaves and flowers grow)."""
    path = _sinuous(base, d, length, 6, rng, 0.12 if depth > 0 else 0.09)
    out[("twigs", "limbs", "trunks")[min(depth, 2)]].append((path, r))
    if depth == 0:
        out["tips"].append((path[-1], unit(path[-1] - path[-2])))
        return
    spin = float(rng.uniform(0, 2 * np.pi))
    for k in range(forks):
        a = spin + 2 * np.pi * k / forks
        e1 = unit(_cross(d, [0.31, 0.17, 0.93]))
        e2 = _cross(unit(d), e1)
        nd = unit(unit(d) + 0.75 * (np.cos(a) * e1 + np.sin(a) * e2) + 0.25 * _UP)
        _manzanita_limb(path[-1], nd, length * float(rng.uniform(0.62, 0.75)), r * 0.66,
                        depth - 1, rng, out)  # fmt: skip


def _manzanita(rng: Rng) -> list[Part]:
    """A manzanita: a small shrub-tree of smooth, glossy red-brown limbs rising from a knobbly
    burl, twisting and bending sinuously as they fork, ending in twigs with tufts of small
    round leathery grey-green leaves held upright, little clusters of white urn-shaped flowers
    hanging from some of the tips."""
    parts = _ground(0.36)
    parts.append(sphere(1.0, at(0, 0.03, 0) @ scl(0.1, 0.07, 0.09), 0))  # the burl
    out = {"trunks": [], "limbs": [], "twigs": [], "tips": []}
    spin = float(rng.uniform(0, 360))
    for k, (lean, length) in enumerate(((0.45, 0.42), (0.6, 0.36), (0.3, 0.46), (0.75, 0.3))):
        a = np.radians(spin + 97 * k)
        d = unit([lean * np.sin(a), 1.0, lean * np.cos(a)])
        base = v3(0.03 * np.sin(a), 0.04, 0.03 * np.cos(a))
        _manzanita_limb(base, d, length, 0.04 - 0.004 * k, 2, rng, out, 3 if k == 0 else 2)
    taper = np.array([1.0, 0.9, 0.82, 0.76, 0.7, 0.66])
    for path, r in out["trunks"]:
        parts.append(tube(path, r * taper, None, 0))
    limbs = out["limbs"]
    parts.append(strands([p for p, _ in limbs], [r * taper for _, r in limbs], 0, 8, 16))
    twigs = out["twigs"]
    parts.append(strands([p for p, _ in twigs], [[r, r * 0.5] for _, r in twigs], 0, 6, 10))
    cs, ns, hs, ss = [], [], [], []
    hang, stalks = [], []
    for i, (p, d) in enumerate(out["tips"]):
        up = unit(d + _UP)
        e1 = unit(_cross(up, [0.31, 0.17, 0.93]))
        e2 = _cross(up, e1)
        for k in range(9):
            a = 2 * np.pi * k / 9 + float(rng.uniform(-0.3, 0.3))
            o = np.cos(a) * e1 + np.sin(a) * e2
            h = unit(up * 1.2 + o * float(rng.uniform(0.5, 1.2)))
            back = float(rng.uniform(0.0, 0.07))
            sz = float(rng.uniform(0.024, 0.034))
            cs.append(p - d * back + h * sz)
            ns.append(unit(o - h * float(np.dot(o, h))))
            hs.append(h)
            ss.append(sz)
        if i % 3 == 1:  # a cluster of urn flowers hanging below the tuft on their stalks
            root = p - d * 0.02
            for k in range(5):
                a = 2 * np.pi * k / 5 + float(rng.uniform(-0.3, 0.3))
                off = v3(np.cos(a), 0, np.sin(a)) * float(rng.uniform(0.015, 0.03))
                q = root + off - v3(0, float(rng.uniform(0.02, 0.04)), 0)
                hang.append(q)
                stalks.append([root, root + off * 0.7 + v3(0, 0.004, 0), q])
    parts.append(flat_things(cs, ns, hs, ss, _ROUND, 0.004, 1, cup=-0.15))
    urn = [(0.0, -1.0), (0.2, -0.98), (0.26, -0.9), (0.2, -0.84), (0.46, -0.55), (0.5, -0.3),
           (0.36, -0.05), (0.12, 0.0), (0.0, 0.02)]  # fmt: skip
    mats = [at(*q) @ rot("z", float(rng.uniform(-15, 15))) @ scl(0.026) for q in hang]
    parts.append(_copies(*_template(lathe(urn), 0.3), mats, "snow"))
    parts.append(strands(stalks, 0.0015, "match-head", 3, 3))
    return parts


# ---- 1355 hollyhock --------------------------------------------------------------------------


def _mallow_leaf(n: int = 36) -> np.ndarray:
    """A big round mallow leaf: a circle with seven shallow round lobes and a deep notch where
    its stalk meets it (at -y)."""

    def radius(t):
        off = np.angle(np.exp(1j * (t + np.pi / 2)))
        return 1.0 + 0.07 * np.cos(7 * (t - np.pi / 2)) - 0.45 * np.exp(-((off / 0.28) ** 2))

    return _polar(radius, n)


_MALLOW = _mallow_leaf()
_SAUCER = [(0.0, 0.0), (0.2, 0.04), (0.55, 0.12), (0.9, 0.26), (1.0, 0.31), (0.9, 0.33),
           (0.5, 0.17), (0.15, 0.1), (0.0, 0.09)]  # fmt: skip
"""A shallow saucer of a flower (radius 1), its hollow facing +y."""


def _hollyhock(rng: Rng) -> list[Part]:
    """A hollyhock: one tall straight stalk, taller than a person, lined up most of its length
    with big flat saucer-shaped flowers of five broad overlapping petals, each with a dark eye
    and a pale column of stamens in the middle, sitting close against the stalk and facing
    out all round it, smaller toward the top, then a tapering spike of round green buds;
    big round shallow-lobed leaves on long stalks spread at its foot and a few smaller ones
    up the stalk."""
    parts = _ground(0.3)
    H = 1.9
    lean = v3(*rng.uniform(-0.03, 0.03, 3)) * [1, 0, 1]
    stalk = [v3(0, 0, 0), v3(0, 0.5, 0) + lean * 0.2, v3(0, 1.2, 0) + lean * 0.6,
             v3(0, H, 0) + lean]  # fmt: skip
    parts.append(tube(stalk, [0.022, 0.018, 0.012, 0.005], None, 1))
    path = catmull_rom(stalk, 80)

    def on_stalk(y: float) -> np.ndarray:
        return path[int(np.clip(y / H * 79, 0, 79))]

    view_az = np.degrees(np.arctan2(_VIEW[0], _VIEW[2]))
    flowers, eyes, columns = [], [], []
    count = 15
    for k in range(count):
        f = k / (count - 1)
        y = 0.55 + 0.95 * f
        az = np.radians(view_az + (((k * 137.5) % 360) - 180) * 0.5)
        o = np.array([np.sin(az), 0.0, np.cos(az)])
        r = 0.1 - 0.035 * f + float(rng.uniform(-0.005, 0.005))
        nrm = unit(o + v3(0, 0.25, 0))
        c = on_stalk(y) + o * (0.012 + 0.12 * r)
        m = _frame(c, nrm, _UP) @ rot("y", float(rng.uniform(0, 72)))
        flowers.append(m @ scl(r))
        eyes.append(m @ at(0, 0.1 * r, 0) @ scl(0.34 * r, 0.05 * r, 0.34 * r))
        columns.append(m @ at(0, 0.15 * r, 0) @ scl(0.07 * r, 0.22 * r, 0.07 * r))
    parts.append(_copies(*_template(lathe(_SAUCER, shape=lobed(25, 5, 0.14)), 0.4), flowers, 0))
    parts.append(_blobs(eyes, "marking", 10, 4))
    parts.append(_blobs(columns, "cloth-yellow", 6, 4))
    buds, tips = [], []
    for k in range(12):
        f = k / 11
        y = 1.52 + 0.36 * f
        az = np.radians(k * 137.5)
        o = np.array([np.sin(az), 0.0, np.cos(az)])
        r = 0.03 - 0.02 * f
        c = on_stalk(y) + o * (0.01 + 0.6 * r)
        buds.append(at(*c) @ scl(r, r * 1.1, r))
        if k < 4:  # opening buds show a twist of petal
            tips.append(at(*(c + o * r * 0.5 + v3(0, r * 0.5, 0))) @ align(o + _UP)
                        @ scl(0.55 * r, 0.8 * r, 0.55 * r))  # fmt: skip
    parts.append(_blobs(buds, 1, 8, 5))
    parts.append(_blobs(tips, 0, 6, 4))
    cs, ns, hs, ss, stalks = [], [], [], [], []
    spin = float(rng.uniform(0, 360))
    for k in range(11):
        base = k < 7
        az = np.radians(spin + (k * 360 / 7 if base else k * 137.5))
        o = np.array([np.sin(az), 0.0, np.cos(az)])
        y0 = 0.03 + 0.02 * k if base else 0.25 + 0.1 * (k - 7)
        reach = (0.2 + 0.04 * (k % 3)) if base else 0.08
        root = on_stalk(y0)
        size = (0.13 + 0.02 * (k % 2)) if base else 0.085 - 0.008 * (k - 7)
        tip = root + o * reach + v3(0, 0.12 if base else 0.05, 0)
        stalks.append([root, root + o * reach * 0.5 + v3(0, 0.1 if base else 0.04, 0), tip])
        h = unit(o + v3(0, 0.15, 0))
        cs.append(tip + h * size * 0.8)
        ns.append(unit(_UP - h * 0.3))
        hs.append(h)
        ss.append(size)
    parts.append(strands(stalks, [0.006, 0.004], 1, 5, 7))
    parts.append(flat_things(cs, ns, hs, ss, _MALLOW, 0.005, 1, cup=-0.12))
    return parts


# ---- 1356 myrtle -----------------------------------------------------------------------------

_POINTED = _mirror([(0.0, -1.0), (0.32, -0.3), (0.2, 0.5), (0.0, 1.0)])
"""A small glossy pointed leaf."""


def _needles(centres, ends, r: float, slot) -> Part:
    """Many fine needles in one part (a puff of stamens): a three-sided spike from each centre
    to its end, r thick at its foot."""
    p = np.asarray(centres, float).reshape(-1, 3)
    q = np.asarray(ends, float).reshape(-1, 3)
    d = units(q - p)
    e1 = units(np.cross(d, [0.31, 0.17, 0.93]))
    e2 = np.cross(d, e1)
    a = np.arange(3) * (2 * np.pi / 3)
    foot = p[:, None] + r * (np.cos(a)[None, :, None] * e1[:, None] + np.sin(a)[None, :, None] *
                             e2[:, None])  # fmt: skip
    verts = np.concatenate([foot, q[:, None]], 1)
    faces = np.array([[0, 2, 1], [0, 1, 3], [1, 2, 3], [2, 0, 3]])
    all_faces = faces[None] + (np.arange(len(p)) * 4)[:, None, None]
    return mesh_part(verts.reshape(-1, 3), all_faces.reshape(-1, 3), slot)


def _clump_skin(clumps, n: int, rng: Rng, low: float = -0.6):
    """n points spread over the outside of a bush made of overlapping round clumps ((centre,
    radius) pairs): on each clump's sphere, left out where another clump covers it and on the
    undersides (below ``low`` of the way down). The points and their outward directions."""
    area = np.array([r * r for _, r in clumps])
    pts, dirs = [], []
    for (c, r), share in zip(clumps, area / area.sum(), strict=True):
        d = units(rng.normal(0, 1, (int(n * share * 3) + 8, 3)))
        d = d[d[:, 1] > low]
        p = c + d * r
        keep = np.ones(len(p), bool)
        for c2, r2 in clumps:
            if c2 is not c:
                keep &= np.linalg.norm(p - c2, axis=1) > r2 * 0.97
        pts.append(p[keep])
        dirs.append(d[keep])
    p, d = np.concatenate(pts), np.concatenate(dirs)
    pick = rng.permutation(len(p))[:n]
    return p[pick], d[pick]


def _myrtle(rng: Rng) -> list[Part]:
    """A myrtle: a small dense rounded shrub on a few short woody stems, thick with small glossy
    pointed leaves all over, dotted with white flowers, each a small cup of five round petals
    with a fluffy puff of long fine stamens bursting from its middle, tipped with pale
    anthers."""
    parts = _ground(0.42)
    c0 = v3(0, 0.42, 0)
    for k in range(3):  # the woody stems
        a = np.radians(40 + 120 * k)
        d = np.array([np.sin(a), 0.0, np.cos(a)])
        parts.append(tube([d * 0.02, d * 0.06 + v3(0, 0.12, 0), d * 0.12 + v3(0, 0.24, 0)],
                          [0.022, 0.016, 0.012], None, 1))  # fmt: skip
    clumps = [(c0, 0.27)]
    spin = float(rng.uniform(0, 2 * np.pi))
    for k in range(6):
        a = spin + 2 * np.pi * k / 6
        y = 0.34 + 0.16 * (k % 2) + float(rng.uniform(-0.04, 0.04))
        d = np.array([np.cos(a), 0.0, np.sin(a)]) * float(rng.uniform(0.17, 0.22))
        clumps.append((c0 * [1, 0, 1] + d + v3(0, y, 0), float(rng.uniform(0.17, 0.22))))
    clumps.append((c0 + v3(*rng.uniform(-0.05, 0.05, 3)) + v3(0, 0.2, 0), 0.19))
    core = [at(*c) @ scl(r * 0.7) for c, r in clumps]
    lp, ld = _clump_skin(clumps, 48, rng, -0.5)
    sizes = rng.uniform(0.06, 0.08, len(lp))
    core += [at(*q) @ scl(r) for q, r in zip(lp - ld * 0.06, sizes, strict=True)]
    parts.append(_blobs(core, 2, 7, 4))  # the leafy mass in shadow under the outer leaves
    n = 260
    pts, d = _clump_skin(clumps, n, rng)
    pts = pts + d * rng.uniform(-0.01, 0.01, (len(d), 1))
    n = len(pts)
    tang = units(np.cross(d, rng.normal(0, 1, (n, 3))))
    heads = units(tang + d * 0.6 + [0, 0.3, 0])
    nrm = units(d + _VIEW * 0.5 + rng.normal(0, 0.25, (n, 3)))
    sizes = rng.uniform(0.028, 0.036, n)
    parts.append(flat_things(pts + heads * sizes[:, None] * 0.6, nrm, heads, sizes, _POINTED, 0.004, 0,
                        fold=0.12))  # fmt: skip
    m, k = 36, 16
    fp, fd = _clump_skin(clumps, m, rng, -0.2)
    fd = units(fd + _VIEW * 0.4)
    fp = fp + fd * 0.008
    m = len(fp)
    petals = _polar(lambda t: 0.55 + 0.45 * np.abs(np.cos(2.5 * t)) ** 0.5, 15)
    parts.append(flat_things(fp, fd, np.cross(fd, [0.3, 0.2, 0.9]), 0.02, petals, 0.003, "snow",
                        cup=0.4))  # fmt: skip
    v = units(units(rng.normal(0, 1, (m, k, 3))) + fd[:, None] * 1.0)
    lengths = rng.uniform(0.03, 0.045, (m, k, 1))
    feet = np.repeat(fp[:, None], k, 1)
    ends = feet + v * lengths
    parts.append(_needles(feet, ends, 0.0022, "snow"))
    tips = ends[:, ::4].reshape(-1, 3)
    parts.append(_blobs([at(*t) @ scl(0.0035) for t in tips], "plume-tip", 4, 2))
    return parts


# ---- 1357 columbine --------------------------------------------------------------------------

_FAN = _mirror([(0.0, -0.9), (0.3, -0.45), (0.62, 0.1), (0.74, 0.45), (0.58, 0.62), (0.4, 0.5),
                (0.36, 0.82), (0.18, 0.97), (0.0, 0.86)])  # fmt: skip
"""A columbine leaflet: a fan from its foot, its rim in three round lobes."""
_SEPAL = _mirror([(0.0, -1.0), (0.34, -0.55), (0.46, 0.0), (0.3, 0.6), (0.0, 1.0)])
"""A pointed oval sepal."""
_CUP = [(0.006, 0.0), (0.013, 0.012), (0.02, 0.03), (0.024, 0.037), (0.021, 0.039),
        (0.016, 0.031), (0.01, 0.014), (0.004, 0.005)]  # fmt: skip
"""The cross-section of a columbine's cup of petals (a thin funnel opening up +y)."""


def _columbine_flower(m: np.ndarray, rng: Rng, out: dict) -> None:
    """One columbine flower under ``m`` opening along +y: a funnel cup of five petals, each
    running back into a long hooked spur, five pointed sepals spreading in a star between
    them and a tuft of yellow stamens; its parts gathered into ``out``'s lists."""
    out["cups"].append(m)
    spin = float(rng.uniform(0, 72))
    for k in range(5):
        a = np.radians(spin + 72 * k)
        o = np.array([np.cos(a), 0.0, np.sin(a)])
        spur = [o * 0.013 + v3(0, 0.008, 0), o * 0.022 - v3(0, 0.02, 0), o * 0.026 - v3(0, 0.05, 0),
                o * 0.022 - v3(0, 0.075, 0), o * 0.014 - v3(0, 0.084, 0)]  # fmt: skip
        out["spurs"].append(_placed(np.array(spur), m))
        out["knobs"].append(m @ at(*(o * 0.014 - v3(0, 0.084, 0))) @ scl(0.0035))
        b = np.radians(spin + 72 * k + 36)
        q = np.array([np.cos(b), 0.0, np.sin(b)])
        h = unit(q + v3(0, 0.3, 0))
        out["sepals"][0].append(_placed(q * 0.014 + v3(0, 0.014, 0) + h * 0.032, m))
        out["sepals"][1].append(m[:3, :3] @ unit(v3(0, 1, 0) - q * 0.35))
        out["sepals"][2].append(m[:3, :3] @ h)
    for k in range(8):
        a = 2 * np.pi * k / 8
        o = np.array([np.cos(a), 0.0, np.sin(a)]) * 0.004
        out["stamens"].append(_placed(np.array([o, o * 1.5 + v3(0, 0.03, 0), o * 2.2 +
                                                v3(0, 0.052, 0)]), m))  # fmt: skip


def _ternate(root, tip, size: float, rng: Rng, leaves: list, stalks: list) -> None:
    """A columbine leaf: a stalk from root to tip and three fan-shaped leaflets spreading from
    its tip, facing up; gathered into ``leaves`` (centres, normals, heads, sizes) and
    ``stalks``."""
    stalks.append([root, (root + tip) / 2 + v3(0, 0.04, 0), tip])
    o = unit((tip - root) * [1, 0, 1])
    for a in (-65, 0, 65):
        t = np.radians(a + float(rng.uniform(-10, 10)))
        h = o * np.cos(t) + _cross(_UP, o) * np.sin(t)
        h = unit(h + v3(0, 0.12, 0))
        sz = size * (1.0 if a == 0 else 0.85)
        leaves[0].append(tip + h * sz * 0.85)
        leaves[1].append(unit(_UP - h * 0.2))
        leaves[2].append(h)
        leaves[3].append(sz)


def _columbine(rng: Rng) -> list[Part]:
    """A columbine: a clump of lobed fan-shaped leaves (each of three round-lobed leaflets on a
    stalk) at the foot of a slender branching stem, which carries a few nodding flowers on
    arching stalks, each a cup of petals opening downward and outward with five long hooked
    spurs sweeping back and up above it and five pointed sepals spreading in a star."""
    parts = _ground(0.26)
    leaves, stalks = [[], [], [], []], []
    spin = float(rng.uniform(0, 360))
    for k in range(7):
        a = np.radians(spin + k * 360 / 7 + float(rng.uniform(-12, 12)))
        o = np.array([np.sin(a), 0.0, np.cos(a)])
        reach = float(rng.uniform(0.13, 0.2))
        _ternate(v3(0, 0.02, 0), o * reach + v3(0, float(rng.uniform(0.1, 0.17)), 0), 0.055,
                 rng, leaves, stalks)  # fmt: skip
    top = v3(*rng.uniform(-0.03, 0.03, 3)) * [1, 0, 1] + v3(0, 0.6, 0)
    stem = [v3(0, 0.0, 0), v3(0, 0.25, 0), top * [0.5, 1, 0.5] + v3(0, -0.2, 0), top]
    stalks.append(stem)
    fork = catmull_rom(stem, 20)
    out = {"cups": [], "spurs": [], "knobs": [], "sepals": [[], [], []], "stamens": []}
    view_az = np.degrees(np.arctan2(_VIEW[0], _VIEW[2]))
    for k, (az, y, reach, drop) in enumerate(((view_az - 65, 0.6, 0.16, 0.1),
                                              (view_az + 60, 0.52, 0.17, 0.06),
                                              (view_az + 150, 0.66, 0.17, 0.1),
                                              (view_az - 10, 0.76, 0.1, 0.0))):  # fmt: skip
        a = np.radians(az + float(rng.uniform(-10, 10)))
        o = np.array([np.sin(a), 0.0, np.cos(a)])
        b = fork[int(np.clip(y / 0.6 * 19, 0, 19))] if y < 0.6 else top
        f = b + o * reach + v3(0, y - b[1] + 0.1 - drop, 0)
        axis = unit(o * (0.75 if k < 3 else 0.3) - _UP * 0.75 + _VIEW * 0.25)
        stalks.append([b, b + o * reach * 0.5 + v3(0, 0.1 + y - b[1], 0), f - axis * 0.04])
        _columbine_flower(_frame(f, axis, _UP) @ scl(1.25), rng, out)
    for y, az in ((0.32, view_az + 100), (0.45, view_az - 120)):  # small leaves on the stem
        a = np.radians(az)
        o = np.array([np.sin(a), 0.0, np.cos(a)])
        root = fork[int(y / 0.6 * 19)]
        _ternate(root, root + o * 0.06 + v3(0, 0.03, 0), 0.03, rng, leaves, stalks)
    parts.append(strands(stalks, [0.0045, 0.003], 1, 5, 9))
    parts.append(flat_things(*leaves, _FAN, 0.004, 1, cup=-0.1))
    cup = _template(lathe(_CUP, closed=True, shape=lobed(20, 5, 0.15)), 0.5)
    parts.append(_copies(*cup, out["cups"], "snow"))
    parts.append(strands(out["spurs"], [0.0075, 0.006, 0.004, 0.0028, 0.0022], 0, 6, 10))
    parts.append(_blobs(out["knobs"], 0, 6, 4))
    parts.append(flat_things(*out["sepals"], 0.034, _SEPAL, 0.003, 0, cup=0.1))
    parts.append(strands(out["stamens"], [0.0012, 0.0012], "plume-tip", 4, 4))
    return parts


# ---- 1358 snapdragon -------------------------------------------------------------------------

_NARROW = _mirror([(0.0, -1.0), (0.16, -0.5), (0.17, 0.2), (0.0, 1.0)])
"""A narrow pointed leaf."""
_SNAP = (
    ((0.0, 0.002, 0.016), (0.014, 0.016, 0.02), 12, 0),  # the tube
    ((-0.008, 0.014, 0.033), (0.011, 0.012, 0.009), -25, 0),  # the upper lip's two lobes
    ((0.008, 0.014, 0.033), (0.011, 0.012, 0.009), -25, 0),
    ((0.0, -0.005, 0.035), (0.018, 0.011, 0.013), 10, 0),  # the lower lip's three lobes
    ((-0.015, -0.003, 0.031), (0.009, 0.008, 0.01), 0, 0),
    ((0.015, -0.003, 0.031), (0.009, 0.008, 0.01), 0, 0),
    ((0.0, 0.004, 0.043), (0.008, 0.005, 0.005), 0, "cloth-yellow"),  # the palate
    ((0.0, 0.0, 0.001), (0.009, 0.009, 0.008), 0, 1),  # the calyx
)
"""A snapdragon flower's puffs: centre (x, y, z out from the stalk), radii, tilt up, slot."""


def _snapdragon(rng: Rng) -> list[Part]:
    """A snapdragon: a tall upright stalk with a dense spike of flowers up its top half, each
    a puffy two-lipped pouch on a short stalk: a swollen tube, a two-lobed upper lip and a
    broader three-lobed lower lip pressed shut against it by a yellow palate (the closed
    mouth); smaller flowers and green buds toward the tapering tip, narrow pointed leaves
    up the bare lower stalk."""
    parts = _ground(0.2)
    H = 1.0
    lean = v3(*rng.uniform(-0.03, 0.03, 3)) * [1, 0, 1]
    stalk = [v3(0, 0, 0), v3(0, 0.4, 0) + lean * 0.2, v3(0, 0.75, 0) + lean * 0.6,
             v3(0, H, 0) + lean]  # fmt: skip
    parts.append(tube(stalk, [0.011, 0.009, 0.007, 0.003], None, 1))
    path = catmull_rom(stalk, 60)
    view_az = np.degrees(np.arctan2(_VIEW[0], _VIEW[2]))
    by_slot: dict = {}
    count = 18
    for k in range(count):
        f = k / (count - 1)
        y = 0.38 + 0.46 * f
        p = path[int(y / H * 59)]
        az = np.radians(view_az + (((k * 137.5) % 360) - 180) * 0.7)
        o = np.array([np.sin(az), 0.0, np.cos(az)])
        z = unit(o + v3(0, 0.3, 0))
        yy = unit(_UP - z * z[1])
        m = np.eye(4)
        m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = _cross(yy, z), yy, z, p + o * 0.008
        m = m @ scl(1.7 - 0.7 * f)
        for c, r, tilt, slot in _SNAP:
            by_slot.setdefault(slot, []).append(m @ at(*c) @ rot("x", -tilt) @ scl(*r))
    buds = []
    for k in range(9):
        f = k / 8
        y = 0.86 + 0.12 * f
        p = path[int(y / H * 59)]
        az = np.radians(k * 137.5)
        o = np.array([np.sin(az), 0.0, np.cos(az)])
        r = 0.011 - 0.006 * f
        buds.append(at(*(p + o * r * 0.7)) @ align(o + _UP * 1.5) @ scl(r * 0.8, r * 1.4, r * 0.8))
    by_slot.setdefault(0, [])
    by_slot[0] += buds[:4]
    by_slot[1] += buds[4:]
    for slot, mats in by_slot.items():
        parts.append(_blobs(mats, slot, 8, 5))
    cs, ns, hs, ss = [], [], [], []
    for k in range(14):
        y = 0.04 + 0.025 * k
        p = path[int(y / H * 59)]
        az = np.radians(k * 137.5 + float(rng.uniform(-15, 15)))
        o = np.array([np.sin(az), 0.0, np.cos(az)])
        h = unit(o + _UP * (0.5 + 0.08 * k))
        sz = 0.065 - 0.002 * k
        cs.append(p + h * sz * 0.95)
        ns.append(unit(_UP - h * h[1] + o * 0.2))
        hs.append(h)
        ss.append(sz)
    parts.append(flat_things(cs, ns, hs, ss, _NARROW, 0.004, 1, fold=0.15))
    return parts


# ---- 1359 gentian ----------------------------------------------------------------------------

_ELLIPTIC = _mirror([(0.0, -1.0), (0.3, -0.6), (0.38, 0.0), (0.26, 0.6), (0.0, 1.0)])
"""A broad pointed elliptic leaf."""


def _trumpet_grid(h: float, r0: float, r1: float, lobe: float, wall: float, phase: float,
                  cols: int = 35) -> np.ndarray:  # fmt: skip
    """The rings of a thin-walled trumpet flower standing on the origin along +y, h tall: its
    outside from the narrow foot (radius r0) widening to the mouth (r1), its rim drawn up and
    out into five pointed lobes ``lobe`` long with shallow folds between, then its inside back
    down: (rows, cols, 3) for ``grid_mesh``."""
    t = np.arange(cols) * (2 * np.pi / cols)
    u = np.abs(np.sin(2.5 * (t - phase)))
    lobes = (1.0 - u) ** 1.2
    outer = np.linspace(0.0, 1.0, 10)
    inner = np.linspace(1.0, 0.12, 7)
    rows = []
    for s, side in [(x, 0) for x in outer] + [(x, 1) for x in inner]:
        tip = np.clip((s - 0.72) / 0.28, 0.0, 1.0) ** 2
        r = r0 + (r1 - r0) * s**1.3 + lobe * (0.5 + 1.1 * lobes) * tip
        r = r * (1.0 + 0.06 * s * np.cos(5 * (t - phase) + np.pi)) - wall * side
        y = h * s + lobe * 0.8 * lobes * tip - wall * side * 0.5
        rows.append(np.stack([r * np.cos(t), np.broadcast_to(y, t.shape), r * np.sin(t)], 1))
    return np.array(rows)


def _gentian(rng: Rng) -> list[Part]:
    """A trumpet gentian: a low clump of broad glossy pointed leaves in a rosette on the ground,
    from which a few short leafy stems each hold up one big deep upright trumpet flower,
    narrow at its green-calyxed foot and widening to a mouth of five pointed lobes spread
    open, with folds between them; one still a furled bud."""
    parts = _ground(0.2)
    cs, ns, hs, ss = [], [], [], []
    spin = float(rng.uniform(0, 360))
    for k in range(18):  # the rosette
        a = np.radians(spin + k * 137.5)
        o = np.array([np.sin(a), 0.0, np.cos(a)])
        ring = k % 3
        h = unit(o + v3(0, 0.15 + 0.3 * ring, 0))
        sz = 0.07 - 0.01 * ring
        cs.append(v3(0, 0.035, 0) + o * (0.03 - 0.01 * ring) + h * sz)
        ns.append(unit(_UP - h * h[1]))
        hs.append(h)
        ss.append(sz)
    view_az = np.degrees(np.arctan2(_VIEW[0], _VIEW[2]))
    flowers, calyces, stems = [], [], []
    for k, (az, reach, tall) in enumerate(((view_az - 70, 0.07, 0.09), (view_az + 35, 0.06, 0.06),
                                           (view_az + 150, 0.06, 0.1),
                                           (view_az - 150, 0.05, 0.07))):  # fmt: skip
        a = np.radians(az + float(rng.uniform(-12, 12)))
        o = np.array([np.sin(a), 0.0, np.cos(a)])
        foot = v3(0, 0.03, 0) + o * reach * 0.3
        top = v3(0, 0.03 + tall, 0) + o * reach
        stems.append([foot, foot + o * reach * 0.4 + v3(0, tall * 0.6, 0), top])
        axis = unit(_UP + o * 0.18)
        m = _frame(top, axis, _VIEW)
        flowers.append((m, k))
        calyces.append(m @ at(0, -0.006, 0))
        for s in (-1, 1):  # a pair of small leaves on the stem
            side = _cross(_UP, o) * s
            h = unit(side + _UP * 0.6)
            p = foot + o * reach * 0.5 + v3(0, tall * 0.5, 0)
            cs.append(p + h * 0.022)
            ns.append(unit(_UP - h * h[1] + o * 0.3))
            hs.append(h)
            ss.append(0.024)
    parts.append(strands(stems, [0.005, 0.004], 1, 6, 6))
    parts.append(flat_things(cs, ns, hs, ss, _ELLIPTIC, 0.005, 1, cup=-0.05, fold=0.12))
    grids = []
    for m, k in flowers:
        g = _trumpet_grid(0.13, 0.011, 0.036, 0.026, 0.003, float(rng.uniform(0, 1.3)))
        if k == 3:  # a bud: narrow, its lobes furled to a point
            g = _trumpet_grid(0.1, 0.01, 0.016, 0.006, 0.003, 0.0)
        grids.append(_placed(g, m))
    for g in grids:
        parts.append(mesh_part(*grid_mesh(g), 0))
    calyx = [(0.0, 0.0), (0.012, 0.004), (0.016, 0.02), (0.014, 0.032), (0.011, 0.036),
             (0.0, 0.03)]  # fmt: skip
    parts.append(_copies(*_template(lathe(calyx, shape=lobed(15, 5, 0.3)), 0.5), calyces, 1))
    return parts


# ---- 1360 frangipani --------------------------------------------------------------------------


def _paddle(base, out, length: float, width: float, droop: float) -> np.ndarray:
    """A long paddle leaf's grid (rows, cols, 3) from base along the direction ``out``: narrow
    at its stalk, widest two thirds along, round at its tip, arching up then drooping, folded a
    little along its midrib."""
    u = np.linspace(0.0, 1.0, 8)[:, None]
    v = np.linspace(-1.0, 1.0, 5)[None, :]
    w = width / 2 * np.sin(np.pi * np.clip(0.08 + u * 0.72, 0, 1) ** 1.3) ** 0.8 * (u > 0.02)
    w = w * np.where(u > 0.9, np.sqrt(np.clip(1 - ((u - 0.9) / 0.12) ** 2, 0.05, 1)), 1.0)
    o = unit(np.asarray(out, float) * [1, 0, 1])
    side = _cross(_UP, o)
    lift = length * (float(out[1]) * u - droop * u**2) + 0.18 * np.abs(w * v)
    p = (np.asarray(base, float) + (length * u)[..., None] * o + (w * v)[..., None] * side
         + lift[..., None] * _UP)  # fmt: skip
    return p


def _petal_grid(m: np.ndarray, length: float, width: float, twist: float, lean: float,
                rows: int = 7, cols: int = 5) -> np.ndarray:  # fmt: skip
    """A frangipani petal's grid under ``m`` from the flower's middle along +x: a narrow claw
    widening to a broad round end, one edge fuller than the other, its blade turned ``twist``
    degrees about its length and rising ``lean`` as it goes out."""
    u = np.linspace(0.0, 1.0, rows)[:, None]
    v = np.linspace(-1.0, 1.0, cols)[None, :]
    w = width / 2 * np.sqrt(np.clip(1 - ((u - 0.6) / 0.4) ** 2, 0.01, 1)) * (0.4 + 0.6 * u)
    x = length * u + 0 * v
    y = w * v + width * 0.18 * (v + 1) * u
    t = np.radians(twist) * u
    z = lean * length * u**1.5 - y * np.sin(t)
    y = y * np.cos(t)
    return _placed(np.stack([x, y, z], -1), m)


def _frangipani(rng: Rng) -> list[Part]:
    """A frangipani: a short, thick, blunt grey trunk forking into three stubby branches, each
    ending in a rounded blunt tip ringed with leaf scars and crowned by a rosette of long paddle
    leaves with pale midribs, arching out; from the middle of the front rosette a cluster of
    waxy flowers on short stalks, each a pinwheel of five broad overlapping petals twisted
    about their lengths round a yellow heart, with a few furled buds."""
    parts = _ground(0.3)
    parts.append(tube([v3(0, 0, 0), v3(0, 0.12, 0), v3(0.01, 0.24, 0)], [0.06, 0.052, 0.05],
                      None, "stones"))  # fmt: skip
    view_az = np.degrees(np.arctan2(_VIEW[0], _VIEW[2]))
    tips = []
    for k, (az, lean, length) in enumerate(((view_az, 0.35, 0.3), (view_az + 125, 0.7, 0.26),
                                            (view_az - 125, 0.6, 0.22))):  # fmt: skip
        a = np.radians(az + float(rng.uniform(-12, 12)))
        o = np.array([np.sin(a), 0.0, np.cos(a)])
        b = v3(0.01, 0.22, 0)
        end = b + o * lean * length + v3(0, length, 0)
        path = [b, b + o * lean * length * 0.6 + v3(0, length * 0.45, 0), end]
        parts.append(tube(path, [0.045, 0.038, 0.034], None, "stones"))
        up = unit(end - path[1])
        parts.append(sphere(1.0, at(*end) @ align(up) @ scl(0.034, 0.02, 0.034), "stones"))
        tips.append((end, up, k))
    leaves, ribs, scars = [], [], []
    for end, up, k in tips:
        for j in range(2):  # leaf scars ringing the tip
            ring = at(*(end - up * (0.025 + 0.03 * j))) @ align(up)
            scars.append(ring @ scl(0.036, 0.004, 0.036))
        spin = float(rng.uniform(0, 360))
        n = 7
        for j in range(n):
            a = np.radians(spin + 360 * j / n + float(rng.uniform(-10, 10)))
            o = np.array([np.sin(a), 0.0, np.cos(a)])
            rise = float(rng.uniform(0.8, 1.3))
            length = float(rng.uniform(0.26, 0.32)) * (0.85 if k else 1.0)
            g = _paddle(end + o * 0.02 - up * 0.01, o + v3(0, rise, 0), length, 0.09, 1.0)
            leaves.append(g)
            ribs.append(g[:, 2] + _UP * 0.004)
    parts.append(_sheets(np.array(leaves), 0.004, 1))
    parts.append(strands([r[::2] for r in ribs], [0.004, 0.0025, 0.001], "fruit-green", 4, 8))
    parts.append(_blobs(scars, "stones", 12, 3))
    end, up, _ = tips[0]
    hub = end + up * 0.1 + _VIEW * 0.03
    stalks = [[end, end + up * 0.05, hub]]
    petals, hearts, buds = [], [], []
    spots = units(rng.normal(0, 1, (10, 3)) * [1, 0.3, 1] + [0, 1.0, 0] + _VIEW * 0.5)
    for i, d in enumerate(spots):
        c = hub + d * 0.075
        stalks.append([hub, (hub + c) / 2 + v3(0, 0.01, 0), c])
        if i >= 7:  # furled buds
            buds.append(at(*c) @ align(d) @ scl(0.01, 0.035, 0.01))
            continue
        face = _frame(c + d * 0.006, d, _VIEW) @ rot("x", -90)
        spin = float(rng.uniform(0, 72))
        for k in range(5):
            m = face @ rot("z", spin + 72 * k) @ at(0.0, -0.007, 0.0006 * k) @ rot("z", 8)
            petals.append(_petal_grid(m, 0.06, 0.056, 30, 0.22))
            hearts.append(_petal_grid(m @ at(0.0, 0.002, 0.0024), 0.027, 0.028, 14, 0.3, 5, 3))
    parts.append(strands(stalks, [0.005, 0.004, 0.003], 1, 5, 6))
    parts.append(_sheets(np.array(petals), 0.003, 0))
    parts.append(_sheets(np.array(hearts), 0.003, "cloth-yellow"))
    parts.append(_blobs(buds, 0, 8, 5))
    return parts


MORE_APPLIANCES_ZZZZS = {
    1353: _honeysuckle, 1354: _manzanita, 1355: _hollyhock, 1356: _myrtle,
    1357: _columbine, 1358: _snapdragon, 1359: _gentian, 1360: _frangipani,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
