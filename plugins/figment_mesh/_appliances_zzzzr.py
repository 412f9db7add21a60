"""More of the device family's appliances, from 1345: shrubs in leaf and flower: a lilac bush, an
oleander, a sagebrush, a hydrangea, a clipped boxwood in its planter, an azalea, a bramble and a
clump of heather.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, at, cross, mesh_part, rot, scl
from ._kit import FLAT_UP, ball_mesh, grid_mesh
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, tube

__all__ = ["MORE_APPLIANCES_ZZZZR"]

Rng = np.random.Generator

_UP = np.array([0.0, 1.0, 0.0])


# ---- shared pieces: many small things (leaves, florets, berries) in one part -----------------


def _rows(v) -> np.ndarray:
    """Rows of vectors (k, 3) scaled to length 1."""
    v = np.asarray(v, float).reshape(-1, 3)
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def _frames(c, d, n=(0.0, 0.0, 1.0), s=1.0) -> np.ndarray:
    """Placements (k, 4, 4) at the points c whose local +y runs along d and whose local +z leans
    toward n, scaled by s (one scale or x, y, z scales per placement)."""
    y = _rows(d)
    cc = np.asarray(c, float).reshape(-1, 3)
    k = max(len(y), len(cc))
    y = np.broadcast_to(y, (k, 3))
    nn = np.broadcast_to(np.asarray(n, float), (k, 3))
    z = nn - (nn * y).sum(1, keepdims=True) * y
    alt = np.where(np.abs(y[:, :1]) < 0.9, [[1.0, 0.0, 0.0]], [[0.0, 0.0, 1.0]])
    z = np.where(np.linalg.norm(z, axis=1, keepdims=True) < 1e-6, cross(y, alt), z)
    z = _rows(z)
    sc = np.broadcast_to(np.asarray(s, float).reshape(-1, 1) if np.ndim(s) < 2 else s, (k, 3))
    m = np.zeros((k, 4, 4))
    m[:, :3, 0], m[:, :3, 1], m[:, :3, 2] = cross(y, z) * sc[:, :1], y * sc[:, 1:2], z * sc[:, 2:]
    m[:, :3, 3] = cc
    m[:, 3, 3] = 1.0
    return m


def _copies(mesh: tuple[np.ndarray, np.ndarray], mats, slot, tag: str = "") -> Part:
    """One small mesh (vertices, faces) placed by each 4x4 matrix of ``mats``, all one part."""
    v, f = mesh
    m = np.asarray(mats, float).reshape(-1, 4, 4)
    verts = np.einsum("vk,njk->nvj", v, m[:, :3, :3]) + m[:, None, :3, 3]
    faces = f[None] + (np.arange(len(m)) * len(v))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), faces.reshape(-1, 3), slot, tag)


def _strands(paths, radii, slot, sides: int = 4, tag: str = "") -> Part:
    """Many thin strands in one part (twigs, stems, thorns): paths (S, n, 3) of points smoothed
    to 2n - 1, radii (S, n) along them, each a ``sides``-sided tube capped at both ends."""
    p = np.asarray(paths, float)
    r = np.broadcast_to(np.asarray(radii, float), p.shape[:2])
    s, n = p.shape[:2]
    fine = 2 * n - 1 if n > 2 else n
    if fine != n:
        p = np.stack([catmull_rom(q, fine) for q in p])
        t = np.linspace(0, 1, fine)
        r = np.stack([np.interp(t, np.linspace(0, 1, n), q) for q in r])
        n = fine
    t = np.gradient(p, axis=1)
    t /= np.maximum(np.linalg.norm(t, axis=2, keepdims=True), 1e-12)
    ref = np.where(np.abs(t[:, :1, 1:2]) < 0.8, _UP, [1.0, 0.0, 0.0])
    u = ref - t * (t * ref).sum(2, keepdims=True)
    u /= np.maximum(np.linalg.norm(u, axis=2, keepdims=True), 1e-12)
    v = np.cross(t, u)
    a = np.arange(sides) * (2 * np.pi / sides)
    ring = p[:, :, None] + r[:, :, None, None] * (
        np.cos(a)[None, None, :, None] * u[:, :, None]
        + np.sin(a)[None, None, :, None] * v[:, :, None]
    )
    v0, f = grid_mesh(ring[0])
    verts = np.concatenate([ring.reshape(s, n * sides, 3), p[:, :1], p[:, -1:]], 1)
    faces = f[None] + (np.arange(s) * len(v0))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), faces.reshape(-1, 3), slot, tag)


_LEAVES = {  # half widths along a leaf (per unit length) from its stalk (0) to its tip (1)
    "heart": ((0.0, 0.1, 0.3, 0.55, 0.8, 1.0), (0.2, 0.42, 0.42, 0.3, 0.14, 0.0)),
    "lance": ((0.0, 0.15, 0.4, 0.7, 0.9, 1.0), (0.02, 0.07, 0.09, 0.07, 0.035, 0.0)),
    "oval": ((0.0, 0.12, 0.4, 0.7, 0.9, 1.0), (0.08, 0.26, 0.33, 0.27, 0.13, 0.0)),
}  # fmt: skip


def _leaf_mesh(kind: str, rows: int = 5, fold: float = 0.25, droop: float = 0.15,
               thick: float = 0.015) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """A leaf along local +y from its stalk at 0 to its tip at 1, its face toward +z: the two
    halves folded a little up from the midrib, the tip drooping back."""
    ts, ws = _LEAVES[kind]
    t = np.linspace(0.0, 1.0, rows)
    w = np.interp(t, ts, ws)
    z = -droop * t * t
    x = np.stack([-w, 0 * w, w, 0 * w], 1)
    y = np.broadcast_to(t[:, None], x.shape)
    lift = np.stack([fold * w, thick + 0 * w, fold * w, -thick + 0 * w], 1)
    return grid_mesh(np.stack([x, y, z[:, None] + lift], -1))


def _bloom_mesh(r: np.ndarray, cup: float, thick: float) -> tuple[np.ndarray, np.ndarray]:
    """A flat flower facing local +y: the outline of radii ``r`` (round from +x) cupped up by
    ``cup`` at its rim, a thin lens between two fans."""
    n = len(r)
    a = np.arange(n) * (2 * np.pi / n)
    ring = np.stack([r * np.cos(a), cup * r * r, r * np.sin(a)], 1)
    verts = np.concatenate([[[0.0, thick, 0.0], [0.0, -thick, 0.0]], ring])
    i = np.arange(n) + 2
    j = np.roll(i, -1)
    faces = np.concatenate([np.stack([np.zeros(n, int), j, i], 1),
                            np.stack([np.ones(n, int), i, j], 1)])  # fmt: skip
    return verts, faces


def _sliver_mesh(w: float) -> tuple[np.ndarray, np.ndarray]:
    """A tiny narrow leaf along local +y from 0 to 1, ``w`` wide across x: a flat diamond."""
    verts = np.array([(0, 0, 0), (w, 0.4, 0), (0, 0.4, w * 0.3), (-w, 0.4, 0), (0, 0.4, -w * 0.3),
                      (0, 1, 0)], float)  # fmt: skip
    faces = np.array([(0, 2, 1), (0, 3, 2), (0, 4, 3), (0, 1, 4),
                      (5, 1, 2), (5, 2, 3), (5, 3, 4), (5, 4, 1)])  # fmt: skip
    return verts, faces


def _petals(petals: int, n: int, inner: float, twist: float = 0.0) -> np.ndarray:
    """A flower's outline radii, n round from +x: ``petals`` round petals, ``inner`` deep at
    their notches; ``twist`` skews each petal (a pinwheel)."""
    f = (np.arange(n) * petals / n + 0.5) % 1.0
    f = f ** (1.0 + twist)
    return inner + (1 - inner) * np.sin(np.pi * f) ** 0.7


_SPIKES = {  # radii along a flower spike (per unit length) from its foot (0) to its tip (1)
    "lilac": ((0.0, 0.07, 0.25, 0.6, 0.88, 1.0), (0.1, 0.21, 0.22, 0.14, 0.06, 0.0)),
    "heather": ((0.0, 0.3, 0.65, 1.0), (0.05, 0.1, 0.07, 0.0)),
}  # fmt: skip


def _spike_mesh(kind: str, rows: int, cols: int) -> tuple[np.ndarray, np.ndarray]:
    """A flower spike along local +y from 0 to 1: a cone of knobbly clustered florets (a
    lilac's panicle, a heather's raceme of bells)."""
    ts, rs = _SPIKES[kind]
    t = np.linspace(0.0, 1.0, rows)
    r = np.interp(t, ts, rs)
    a = np.arange(cols) * (2 * np.pi / cols)
    knob = 1.0 + 0.25 * ((np.arange(rows)[:, None] + np.arange(cols)[None]) % 2)
    rr = r[:, None] * knob
    p = np.stack([rr * np.cos(a), np.broadcast_to(t[:, None], rr.shape), rr * np.sin(a)], -1)
    return grid_mesh(p)


def _shell(n: int, c, semi, y0: float, rng: Rng, y1: float = 1.0):
    """n points spread evenly over an ellipsoid at c with half axes ``semi``, between the heights
    y0 and y1 (in its half heights from the centre), and their outward normals."""
    i = np.arange(n) + 0.5
    y = y1 - (y1 - y0) * i / n
    r = np.sqrt(np.clip(1 - y * y, 0, 1))
    a = i * 2.39996 + float(rng.uniform(0, 6.28))
    u = np.stack([r * np.cos(a), y, r * np.sin(a)], 1)
    s = np.asarray(semi, float)
    nrm = u / s
    nrm /= np.linalg.norm(nrm, axis=1, keepdims=True)
    return np.asarray(c, float) + u * s, nrm


def _cover(p, nrm, size: float, rng: Rng, out: float = 0.5, sink: float = 0.3) -> np.ndarray:
    """Placements of leaves lying on a skin at the points p (outward normals nrm): each turned
    a random way across the skin, tipped ``out`` outward, its base sunk ``sink`` of its length."""
    side = _rows(cross(nrm, rng.normal(size=(len(p), 3))))
    d = _rows(side + out * nrm - 0.25 * _UP)
    s = size * rng.uniform(0.85, 1.15, len(p))
    return _frames(p - d * (s * sink)[:, None], d, nrm, s)


def _around(d) -> tuple[np.ndarray, np.ndarray]:
    """Two unit rows square to each row of d and to each other (a ring's axes round d)."""
    d = _rows(d)
    ref = np.where(np.abs(d[:, 1:2]) < 0.9, [[0.0, 1.0, 0.0]], [[1.0, 0.0, 0.0]])
    u = _rows(cross(d, ref))
    return u, cross(d, u)


# ---- 1345 lilac bush --------------------------------------------------------------------------


def _lilac(rng: Rng) -> list[Part]:
    """A lilac bush in flower: a few grey woody stems rising from the earth into a tall rounded
    crown of heart-shaped leaves, covered in upright cone-shaped spikes of tiny clustered florets
    standing out all over its top and sides."""
    parts = [cylinder(0.42, 0.4, 0.03, None, "soil", "body")]
    for k in range(5):  # the stems
        a = 2 * np.pi * k / 5 + float(rng.uniform(-0.2, 0.2))
        ca, sa = np.cos(a), np.sin(a)
        pts = [(0.05 * ca, 0.02, 0.05 * sa), (0.1 * ca, 0.2, 0.1 * sa), (0.2 * ca, 0.45, 0.2 * sa)]
        parts.append(tube(pts, [0.028, 0.022, 0.014], None, "cork"))
    c, semi = (0.0, 0.66, 0.0), (0.46, 0.38, 0.43)
    parts.append(sphere(1.0, at(*c) @ scl(*(np.array(semi) * 0.92)), 1))
    p, n = _shell(150, c, semi, -0.75, rng)
    parts.append(_copies(_leaf_mesh("heart"), _cover(p, n, 0.14, rng), 1))
    p, n = _shell(44, c, semi, -0.25, rng)
    d = _rows(n * 0.6 + _UP + rng.normal(size=(len(p), 3)) * 0.08)
    s = rng.uniform(0.22, 0.28, len(p))
    parts.append(_copies(_spike_mesh("lilac", 8, 8), _frames(p - d * 0.05, d, (0, 0, 1), s), 0))
    return parts


# ---- 1346 oleander ----------------------------------------------------------------------------


def _oleander_stem(k: int, n: int, rng: Rng) -> np.ndarray:
    """The control points of stem k of n: from the clump's foot up and out to a tip on the
    bush's domed top."""
    a = k * 2.39996 + float(rng.uniform(-0.15, 0.15))
    s = np.sqrt((k + 0.5) / n)
    out = np.array([np.cos(a), 0.0, np.sin(a)])
    tip = out * (0.44 * s) + _UP * (1.0 - 0.42 * s * s + float(rng.uniform(-0.04, 0.04)))
    base = out * 0.07
    return np.array([base, base + out * 0.05 * s + _UP * 0.3,
                     base + out * 0.25 * s + _UP * 0.65 * tip[1], tip])  # fmt: skip


def _oleander(rng: Rng) -> list[Part]:
    """An oleander in flower: a bushy shrub of many slender stems fanning up from the earth,
    long narrow pointed leaves in whorls of three up their upper halves, and at every tip a
    cluster of pink five-petalled pinwheel flowers and a few buds."""
    parts = [cylinder(0.3, 0.28, 0.03, None, "soil", "body")]
    n = 16
    stems = np.array([_oleander_stem(k, n, rng) for k in range(n)])
    path = np.stack([catmull_rom(q, 21) for q in stems])
    idx = np.array([10, 13, 16, 19])
    q = path[:, idx].reshape(-1, 3)  # the whorls of leaves
    d = _rows(path[:, idx + 1] - path[:, idx - 1])
    u, v = _around(d)
    b = np.radians(60 * np.arange(len(q)) + 30)[:, None] + np.radians([0, 120, 240])[None]
    r = np.cos(b)[..., None] * u[:, None] + np.sin(b)[..., None] * v[:, None]
    ld = _rows(d[:, None] * 0.9 + r)
    leaves = _frames(np.repeat(q, 3, 0), ld, np.repeat(d, 3, 0),
                     0.19 * rng.uniform(0.9, 1.1, len(ld)))  # fmt: skip
    tip, d = path[:, -1], _rows(path[:, -1] - path[:, -3])
    u, v = _around(d)
    b = np.arange(n)[:, None] + 2 * np.pi * np.arange(6)[None] / 6
    r = (np.cos(b)[..., None] * u[:, None] + np.sin(b)[..., None] * v[:, None]).reshape(-1, 3)
    dd, tt = np.repeat(d, 6, 0), np.repeat(tip, 6, 0)
    blooms = np.concatenate(
        [
            _frames(tip + d * 0.035, d, (0, 0, 1), 0.042),
            _frames(tt + dd * 0.015 + r * 0.05, dd + r * 0.8, (0, 0, 1), 0.04),
        ]
    )
    bud = _rows(dd[::3] + r[1::3] * 0.3)
    buds = _frames(tt[::3] + dd[::3] * 0.03 + r[1::3] * 0.02 + bud * 0.022, bud, (0, 0, 1),
                   np.tile([0.009, 0.022, 0.009], (len(bud), 1)))  # fmt: skip
    parts.append(_strands(stems, np.tile([0.014, 0.011, 0.008, 0.005], (n, 1)), 1, 5))
    parts.append(_copies(_leaf_mesh("lance", 5, 0.3, 0.2, 0.012), leaves, 1))
    parts.append(_copies(_bloom_mesh(_petals(5, 20, 0.35, 0.6), 0.25, 0.04), blooms, 0))
    parts.append(_copies(ball_mesh(6, 2), buds, 0))
    return parts


# ---- 1347 sagebrush ---------------------------------------------------------------------------


def _sage_limb(p, d, length: float, r: float, depth: int, phase: float, rng: Rng, out: list):
    """A gnarled limb from p along d and, unless ``depth`` is 0, the three limbs it splits into,
    each shorter, thinner and turned out and up; ``out`` gathers (points, radius, tip?) for
    each."""
    u, v = _around(d)
    u, v, d = u[0], v[0], _rows(d)[0]
    w = rng.uniform(-1.0, 1.0, 2) * 0.16 * length
    pts = np.array([p, p + d * length * 0.35 + u * w[0], p + d * length * 0.7 + v * w[1],
                    p + d * length])  # fmt: skip
    out.append((pts, r, depth == 0))
    if depth == 0:
        return
    for j in range(3):
        b = phase + 2 * np.pi * j / 3 + float(rng.uniform(-0.3, 0.3))
        nd = d + 0.8 * (np.cos(b) * u + np.sin(b) * v) + 0.3 * _UP
        _sage_limb(pts[-1], nd, length * 0.8, r * 0.6, depth - 1, phase + 1.3, rng, out)


def _sagebrush(rng: Rng) -> list[Part]:
    """A sagebrush on a patch of desert sand: a low, wide, gnarled bush whose few twisted woody
    trunks split again and again into many crooked branches, each ending in a fuzzy clump of
    fine feathery grey-green leaves, a few pebbles about its foot."""
    t = np.linspace(0, 2 * np.pi, 16)[:-1]
    rim = [(0.45 * np.cos(a) * (1 + 0.07 * np.sin(3 * a)), 0.4 * np.sin(a)) for a in t]
    parts = [slab(rim, 0.016, at(0, 0.008, 0) @ FLAT_UP, "cork", "body")]
    for k in range(5):  # pebbles
        a = 1.3 * k + 0.4
        m = at(0.38 * np.cos(a), 0.016, 0.33 * np.sin(a)) @ scl(0.03, 0.016, 0.024)
        parts.append(sphere(1.0, m, "stones"))
    limbs: list = []
    for k in range(4):  # the trunks
        a = 2 * np.pi * k / 4 + 0.4 + float(rng.uniform(-0.2, 0.2))
        out = np.array([np.cos(a), 0.0, np.sin(a)])
        _sage_limb(out * 0.03 + _UP * 0.03, out + _UP * 0.7, 0.15, 0.03, 2, a, rng, limbs)
    pts = np.array([q for q, _, _ in limbs])
    radii = np.array([[r, r * 0.85, r * 0.72, r * 0.62] for _, r, _ in limbs])
    parts.append(_strands(pts, radii, 1, 5))
    ends = np.concatenate([[q[-1], q[2]] for q, _, tip in limbs if tip])
    k = len(ends)
    centres = ends + _UP * 0.015
    size = rng.uniform(0.03, 0.04, k)[:, None] * [1.0, 0.7, 1.0]
    parts.append(_copies(ball_mesh(6, 2), _frames(centres, _UP, (0, 0, 1), size), 0))
    f = 12  # the fine leaves sprouting from each clump
    d = _rows(rng.normal(size=(k * f, 3)) * [1.0, 0.45, 1.0] + _UP * 0.75)
    s = rng.uniform(0.055, 0.08, k * f)
    leaves = _frames(np.repeat(centres, f, 0), d, rng.normal(size=(k * f, 3)), s)
    parts.append(_copies(_sliver_mesh(0.13), leaves, 0))
    return parts


# ---- 1348 hydrangea ---------------------------------------------------------------------------


def _hydrangea(rng: Rng) -> list[Part]:
    """A hydrangea bush in flower: a rounded mound of big broad pointed leaves carrying several
    big round mophead flower heads, each a globe covered in many small four-petalled florets."""
    parts = [cylinder(0.46, 0.44, 0.03, None, "soil", "body")]
    c, semi = (0.0, 0.36, 0.0), (0.5, 0.34, 0.46)
    parts.append(sphere(1.0, at(*c) @ scl(*(np.array(semi) * 0.92)), 1))
    p, n = _shell(110, c, semi, -0.75, rng)
    parts.append(_copies(_leaf_mesh("oval"), _cover(p, n, 0.17, rng, 0.35), 1))
    p, n = _shell(6, c, semi, 0.05, rng)
    heads = p + n * 0.05
    size = 0.13 * rng.uniform(0.92, 1.08, len(heads))
    parts.append(_copies(ball_mesh(10, 5), _frames(heads, _UP, (0, 0, 1), size * 0.92), 0))
    f = 40  # florets on each globe
    u, _ = _shell(f, (0, 0, 0), (1, 1, 1), -1.0, rng)
    pos = (heads[:, None] + u[None] * size[:, None, None] * 0.93).reshape(-1, 3)
    dirs = np.tile(u, (len(heads), 1))
    spin = rng.normal(size=(len(pos), 3))
    florets = _frames(pos, dirs, spin, 0.055)
    parts.append(_copies(_bloom_mesh(_petals(4, 16, 0.3), 0.15, 0.06), florets, 0))
    return parts


# ---- 1349 boxwood -----------------------------------------------------------------------------


def _planter(w: float, h: float) -> list[Part]:
    """A square wooden planter w wide and h high: corner posts with ball finials and panels
    between them framed by rails, a cap rail round the top, a skin of earth."""
    parts = []
    post, half = 0.065, w / 2 - 0.0325
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(box(post, h, post, at(sx * half, 0, sz * half), 1))
            parts.append(sphere(0.035, at(sx * half, h + 0.03, sz * half), 1))
    for k in range(4):
        m = rot("y", 90 * k) @ at(0, 0, half)
        parts.append(box(w - post, h - 0.08, 0.03, m @ at(0, 0.04, 0), 1))  # the panel
        for y in (0.04, h - 0.08):  # its rails and stiles
            parts.append(box(w - post, 0.04, 0.045, m @ at(0, y, 0.005), 1))
        parts.append(box(w + 0.02, 0.03, 0.09, m @ at(0, h - 0.03, 0), 1))  # the cap rail
        for x in (-0.1, 0.0, 0.1):  # the panel's boards
            parts.append(box(0.004, h - 0.16, 0.035, m @ at(x, 0.08, 0.004), 1))
    parts.append(box(w - 0.04, 0.02, w - 0.04, at(0, h - 0.05, 0), "soil"))
    return parts


def _box_shell(n: int, half, p: float) -> tuple[np.ndarray, np.ndarray]:
    """n points over a rounded box (a superellipsoid of half extents ``half``, squarer as p
    grows) and their outward normals."""
    u, _ = _shell(n, (0, 0, 0), (1, 1, 1), -1.0, np.random.default_rng(3))
    h = np.asarray(half, float)
    t = (np.abs(u / h) ** p).sum(1) ** (-1 / p)
    q = u * t[:, None]
    nrm = np.sign(q) * np.abs(q / h) ** (p - 1) / h
    return q, _rows(nrm)


def _boxwood(rng: Rng) -> list[Part]:
    """A clipped boxwood in a square wooden planter: a dense block of tiny leaves clipped into a
    cube with softly rounded edges and corners, on a short trunk above the planter's rim."""
    w, h = 0.5, 0.42
    parts = _planter(w, h)
    parts.insert(0, box(w - 0.04, 0.03, w - 0.04, None, 1, "body"))
    parts.append(cylinder(0.03, 0.025, 0.14, at(0, h - 0.04, 0), "cork"))
    half = np.array([0.3, 0.27, 0.3]) * rng.uniform(0.97, 1.03)
    c = np.array([0.0, h + 0.08 + half[1], 0.0])
    la, lo = np.meshgrid(np.linspace(-1.5, 1.5, 12), np.arange(28) * (np.pi / 14), indexing="ij")
    dirs = np.stack([np.cos(la) * np.cos(lo), np.sin(la), np.cos(la) * np.sin(lo)], -1)
    t = (np.abs(dirs / half) ** 5).sum(-1) ** (-1 / 5)
    parts.append(mesh_part(*grid_mesh(c + dirs * (t * 0.97)[..., None]), 0))  # the clipped skin
    q, nrm = _box_shell(960, half, 5)
    keep = nrm[:, 1] > -0.4
    q, nrm = q[keep], nrm[keep]
    d = _rows(nrm + rng.normal(size=q.shape) * 0.45)
    s = 0.032 * rng.uniform(0.8, 1.2, len(q))
    leaves = _frames(c + q, d, rng.normal(size=q.shape), np.stack([s * 0.5, s, s], 1))
    parts.append(_copies(_bloom_mesh(np.array([1.0, 0.45, 1.0, 0.45]), 0.1, 0.12), leaves, 0))
    return parts


# ---- 1350 azalea ------------------------------------------------------------------------------


def _funnel_mesh(lobes: int = 5) -> tuple[np.ndarray, np.ndarray]:
    """A funnel-shaped flower along local +y from its foot at 0 to its mouth at 1: a narrow
    throat flaring wide to ``lobes`` pointed lobes, open at the mouth (a thin wall)."""
    n = 2 * lobes
    a = np.arange(n + 1) * (2 * np.pi / n)
    tip = np.abs(np.cos(a * lobes / 2))
    rim = 0.55 * (0.72 + 0.28 * tip)
    y = 0.97 - 0.12 * tip
    one = np.ones(n + 1)
    prof = [(0.08 * one, 0.0 * one), (rim, y), (0.05 * one, 0.3 * one)]
    p = np.stack([np.stack([r * np.cos(a), h, r * np.sin(a)], 1) for r, h in prof], 1)
    return grid_mesh(p, (False, False))


def _azalea(rng: Rng) -> list[Part]:
    """An azalea in full flower: a low rounded shrub so covered in big domed trusses of wide
    funnel-shaped five-lobed flowers that little leaf shows, each truss set in a whorl of glossy
    oval leaves, more leaves peeping out round the shrub's lower edge."""
    parts = [cylinder(0.5, 0.48, 0.03, None, "soil", "body")]
    c, semi = np.array([0.0, 0.26, 0.0]), np.array([0.55, 0.28, 0.5])
    parts.append(sphere(1.0, at(*c) @ scl(*(semi * 0.92)), 1))
    p, n = _shell(24, c, semi, -0.4, rng, 0.1)
    rim = _cover(p, n, 0.13, rng, 0.9)
    p, n = _shell(26, c, semi, -0.15, rng)
    f = 6
    u, v = _around(n)
    b = rng.uniform(0, 6.28, len(p))[:, None] + 2 * np.pi * np.arange(f)[None] / f
    r = np.cos(b)[..., None] * u[:, None] + np.sin(b)[..., None] * v[:, None]
    r[:, 0] *= 0.15  # one flower in the middle of each truss
    r = r.reshape(-1, 3)
    nn, pp = np.repeat(n, f, 0), np.repeat(p, f, 0)
    blooms = _frames(pp + r * 0.04, nn + r * 1.1, (0, 0, 1), 0.105 * rng.uniform(0.9, 1.1, len(r)))
    parts.append(_copies(_funnel_mesh(), blooms, 0))
    b = b[:, :4] * 1.2 + 0.6
    r = (np.cos(b)[..., None] * u[:, None] + np.sin(b)[..., None] * v[:, None]).reshape(-1, 3)
    nn, pp = np.repeat(n, 4, 0), np.repeat(p, 4, 0)
    whorl = _frames(pp - nn * 0.02, r + nn * 0.15, nn, 0.11)
    parts.append(_copies(_leaf_mesh("oval", 4, 0.2, 0.1), np.concatenate([rim, whorl]), 1))
    return parts


# ---- 1351 bramble -----------------------------------------------------------------------------


def _trefoil_mesh() -> tuple[np.ndarray, np.ndarray]:
    """A bramble leaf along local +y, its face toward +z: three toothed oval leaflets, the end
    one straight on and two spread to the sides, on a short stalk."""
    v, f = _leaf_mesh("oval", 4, 0.2, 0.1)
    stalk_v, stalk_f = ball_mesh(4, 1)
    verts, faces = [stalk_v * [0.02, 0.2, 0.02] + [0, 0.15, 0]], [stalk_f]
    count = len(stalk_v)
    for m in (at(0, 0.3, 0) @ scl(0.7), at(0, 0.3, 0) @ rot("z", 70) @ scl(0.58),
              at(0, 0.3, 0) @ rot("z", -70) @ scl(0.58)):  # fmt: skip
        verts.append(v @ m[:3, :3].T + m[:3, 3])
        faces.append(f + count)
        count += len(v)
    return np.concatenate(verts), np.concatenate(faces)


def _cane(a: float, height: float, reach: float, sweep: float) -> np.ndarray:
    """A bramble cane's control points: up from the crown at azimuth a, arching over and down
    to the ground ``reach`` out, swept ``sweep`` aside on the way."""
    out = np.array([np.cos(a), 0.0, np.sin(a)])
    side = np.array([-np.sin(a), 0.0, np.cos(a)])
    prof = ((0.08, 0.06), (0.24, 0.5), (0.48, 0.92), (0.74, 0.8), (0.92, 0.38), (1.0, 0.04))
    return np.array([out * reach * x + side * sweep * np.sin(np.pi * x) + _UP * height * y
                     for x, y in prof])  # fmt: skip


def _berries(c, d, n: int) -> np.ndarray:
    """Blackberries' placements at the points c, each hanging along its d: a core and n
    drupelets packed round it."""
    m = _frames(c, d)
    i = np.arange(n) + 0.5
    y = 1 - 2 * i / n
    y, a = y[y > -0.8], i[y > -0.8] * 2.39996
    r = np.sqrt(1 - y * y)
    local = np.stack([0.026 * r * np.cos(a), 0.032 * y, 0.026 * r * np.sin(a), np.ones(len(y))], 1)
    pos = np.einsum("bjk,pk->bpj", m, local)[..., :3].reshape(-1, 3)
    dd = np.repeat(_rows(d), len(y), 0)
    return np.concatenate([_frames(c, d, (0, 0, 1), [[0.025, 0.031, 0.025]]),
                           _frames(pos, dd, (0, 0, 1), 0.0135)])  # fmt: skip


def _bramble(rng: Rng) -> list[Part]:
    """A bramble: long thorny canes arching up out of a low leafy crown and bowing back down to
    the ground, leaves of three toothed leaflets along them, and clusters of blackberries hanging
    from them, glossy black when ripe and red when not, each a knot of small round drupelets."""
    parts = [cylinder(0.12, 0.08, 0.04, None, "soil", "body")]
    canes, leaves, thorns, hang = [], [], [], []
    for k in range(9):
        a = 2 * np.pi * k / 9 + 0.3 + float(rng.uniform(-0.15, 0.15))
        q = _cane(a, 0.34 + 0.26 * ((k * 3) % 4) / 3, 0.6 + 0.3 * ((k * 5) % 3) / 2,
                  0.15 * (-1) ** k)  # fmt: skip
        canes.append(q)
        path = catmull_rom(q, 31)
        d = _rows(np.gradient(path, axis=0))
        u, v = _around(d)
        b = np.arange(31) * 2.2
        r = np.cos(b)[:, None] * u + np.sin(b)[:, None] * v
        sel = np.arange(3, 29, 3)
        thorns += [np.stack([path[sel], path[sel] + _rows(r[sel] - d[sel] * 0.6) * 0.045], 1)]
        side = _rows(cross(d, np.broadcast_to(_UP, d.shape)))
        idx = np.array([7, 11, 15, 19, 23, 27])
        flip = np.where((np.arange(6) + k) % 2, 1.0, -1.0)[:, None]
        leaves.append((path[idx], side[idx] * flip + _UP * 0.5 + d[idx] * 0.4))
        top = path[(15, 19)[k % 2]] - _UP * 0.01  # a cluster of berries
        g = 2 * np.pi * np.arange(4) / 4 + k
        c = top + np.stack([np.cos(g) * 0.045, -0.08 - 0.025 * (np.arange(4) % 2),
                            np.sin(g) * 0.045], 1)  # fmt: skip
        hang += [(top, q, (j + k) % 3 == 0) for j, q in enumerate(c)]
    parts.append(_strands(canes, [0.018, 0.016, 0.014, 0.012, 0.009, 0.006], 0, 6))
    parts.append(_strands(np.concatenate(thorns), [0.011, 0.0], 0, 4))
    parts.append(_strands([(t, c) for t, c, _ in hang], 0.003, 0, 3))
    a = np.arange(10) * 2.39996  # low shoots round the crown
    out = np.stack([np.cos(a), np.zeros(10), np.sin(a)], 1)
    h = 0.06 + 0.1 * (np.arange(10) % 3) / 2
    leaves.append((out * 0.1 + _UP[None] * h[:, None], out + _UP * 0.6))
    c = np.concatenate([q for q, _ in leaves])
    d = np.concatenate([q for _, q in leaves])
    parts.append(_copies(_trefoil_mesh(), _frames(c, d, _UP, 0.2), 1))
    for kind, red in (("pupil", False), ("comb", True)):
        top = np.array([t for t, _, r in hang if r == red])
        c = np.array([c for _, c, r in hang if r == red])
        parts.append(_copies(ball_mesh(5, 1), _berries(c, c - top, 12), kind))
    return parts


# ---- 1352 heather -----------------------------------------------------------------------------


def _heather(rng: Rng) -> list[Part]:
    """A clump of heather as on a moor: a low lumpy mound of dark wiry foliage bristling all
    over with short upright flower spikes, each a slender spire thick with tiny bells, so many
    that its top is a haze of them."""
    parts = [cylinder(0.46, 0.44, 0.025, None, "soil", "body")]
    lumps = ((0.0, 0.0, 0.34, 0.26), (-0.17, 0.08, 0.26, 0.2), (0.16, 0.1, 0.25, 0.19),
             (0.05, -0.18, 0.24, 0.18))  # fmt: skip
    spikes = []
    for x, z, r, h in lumps:
        c, semi = (x, 0.02, z), (r, h, r)
        dome = [(r, 0.0), (0.97 * r, 0.3 * h), (0.8 * r, 0.65 * h), (0.5 * r, 0.88 * h),
                (0.0, 0.95 * h)]  # fmt: skip
        parts.append(lathe(dome, at(*c), 1, sides=14))
        p, nrm = _shell(int(1250 * r * r), c, semi, 0.1, rng, 0.98)
        d = _rows(nrm * 0.3 + _UP + rng.normal(size=p.shape) * 0.15)
        spikes.append(_frames(p - d * 0.02, d, (0, 0, 1), rng.uniform(0.1, 0.16, len(p))))
    parts.append(_copies(_spike_mesh("heather", 4, 4), np.concatenate(spikes), 0))
    return parts


MORE_APPLIANCES_ZZZZR = {
    1345: _lilac, 1346: _oleander, 1347: _sagebrush, 1348: _hydrangea,
    1349: _boxwood, 1350: _azalea, 1351: _bramble, 1352: _heather,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
