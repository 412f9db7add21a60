"""More of the device family's appliances, from 1108: a cabbage, a lettuce, a cauliflower, a
head of broccoli, an onion, a bulb of garlic, an aubergine, an ear of corn.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, align, at, cross, mesh_part, rot, scl
from ._kit import HEX, cloth_sheet, ellipse, grid_normals, loft, skin_strip
from ._primitives import catmull_rom, cylinder, lathe, slab, sphere, tube

__all__ = ["MORE_APPLIANCES_ZZZM"]

Rng = np.random.Generator

_UP = np.array([0.0, 1.0, 0.0])


def _unit(v: np.ndarray) -> np.ndarray:
    """Rows of v scaled to length 1."""
    return v / np.maximum(np.linalg.norm(v, axis=-1, keepdims=True), 1e-12)


def _yaw(deg: float) -> np.ndarray:
    """The horizontal unit vector at ``deg`` degrees round y from +x (toward -z)."""
    a = np.radians(deg)
    return np.array([np.cos(a), 0.0, -np.sin(a)])


def _lumps(centres, radii, slot, ups=None, flat: float = 1.0, around: int = 8,
           rings: int = 6) -> Part:  # fmt: skip
    """Many small round lumps in one part (florets, kernels, beads of curd): a low ball of radius
    r round each centre, squashed to ``flat`` of it along its ``ups``."""
    c = np.asarray(centres, float).reshape(-1, 3)
    n = len(c)
    r = np.broadcast_to(np.asarray(radii, float), (n,))[:, None]
    up = np.tile(_UP, (n, 1)) if ups is None else _unit(np.asarray(ups, float).reshape(-1, 3))
    ref = np.where(np.abs(up[:, 1:2]) < 0.9, _UP, np.array([1.0, 0.0, 0.0]))
    x = _unit(cross(up, ref))
    z = cross(x, up)
    th = np.linspace(-np.pi / 2, np.pi / 2, rings)[1:-1]
    ph = np.arange(around) * (2 * np.pi / around)
    ring = np.stack([np.cos(th)[:, None] * np.cos(ph), np.sin(th)[:, None] + 0 * ph,
                     np.cos(th)[:, None] * np.sin(ph)], -1).reshape(-1, 3)  # fmt: skip
    ball = np.concatenate([[[0.0, -1.0, 0.0]], ring, [[0.0, 1.0, 0.0]]])
    idx = np.arange(len(ring)).reshape(rings - 2, around) + 1
    nxt = np.roll(idx, -1, axis=1)
    top = len(ball) - 1
    faces = [np.stack([np.zeros(around, int), idx[0], nxt[0]], 1),
             np.stack([idx[:-1], idx[1:], nxt[1:]], -1).reshape(-1, 3),
             np.stack([idx[:-1], nxt[1:], nxt[:-1]], -1).reshape(-1, 3),
             np.stack([np.full(around, top), nxt[-1], idx[-1]], 1)]  # fmt: skip
    f = np.concatenate(faces)
    verts = c[:, None, :] + r[:, None] * (
        ball[None, :, 0, None] * x[:, None]
        + ball[None, :, 1, None] * flat * up[:, None]
        + ball[None, :, 2, None] * z[:, None]
    )
    all_f = f[None] + (np.arange(n) * len(ball))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), all_f.reshape(-1, 3), slot)


def _leaf_grid(spine, across, width, rows: int, cols: int, cup: float = 0.0,
               frill: float = 0.0, waves: float = 0.0,
               phase: float = 0.0) -> np.ndarray:  # fmt: skip
    """A leaf's surface as a grid of points (rows along it, cols across): its midline along the
    spine's points, ``width`` (per spine point) wide along ``across``, its edges raised by ``cup``
    toward its upper face and rippled ``frill`` deep in ``waves`` ripples along each side and
    round its tip."""
    path = catmull_rom(np.asarray(spine, float), rows)
    s = np.linspace(0.0, 1.0, rows)
    w = np.interp(s, np.linspace(0.0, 1.0, len(width)), np.asarray(width, float))
    t = _unit(np.gradient(path, axis=0))
    a = np.broadcast_to(np.asarray(across, float), path.shape)
    a = _unit(a - t * (t * a).sum(1, keepdims=True))
    nrm = cross(t, a)
    nrm *= np.where(nrm[:, 1:2] < 0, -1.0, 1.0)  # the upper face
    tau = np.linspace(-1.0, 1.0, cols)
    side = np.where(tau < 0, 0.0, 2.1)
    ripple = np.sin(2 * np.pi * waves * s[:, None] + phase + side) * np.abs(tau) ** 2.2
    tip = np.sin(np.pi * 2.5 * tau + phase) * s[:, None] ** 6
    lift = w[:, None] * (cup * tau**2 + frill * (ripple + tip))
    p = path[:, None] + a[:, None] * (tau * w[:, None])[..., None] + nrm[:, None] * lift[..., None]
    p[..., 1] = np.maximum(p[..., 1], 0.012)  # resting on the ground
    return p


def _on_leaf(grid: np.ndarray, nrm: np.ndarray, s, tau) -> tuple[np.ndarray, np.ndarray]:
    """Points on a leaf's grid at s along it (0 to 1) and tau across it (-1 to 1), with the
    leaf's normals ``nrm`` (per grid point) there."""
    rows, cols = grid.shape[:2]
    fi = np.clip(np.asarray(s, float), 0, 1) * (rows - 1)
    fj = (np.clip(np.asarray(tau, float), -1, 1) + 1) / 2 * (cols - 1)
    i0 = np.minimum(fi.astype(int), rows - 2)
    j0 = np.minimum(fj.astype(int), cols - 2)
    di, dj = (fi - i0)[:, None], (fj - j0)[:, None]

    def mix(g):
        return ((1 - di) * (1 - dj) * g[i0, j0] + di * (1 - dj) * g[i0 + 1, j0]
                + (1 - di) * dj * g[i0, j0 + 1] + di * dj * g[i0 + 1, j0 + 1])  # fmt: skip

    return mix(grid), _unit(mix(nrm))


def _veins(grid: np.ndarray, slot, rib: float, pairs: int, vein: float,
           thick: float = 0.01) -> list[Part]:  # fmt: skip
    """A leaf's raised midrib down the middle of its grid and ``pairs`` pairs of side veins
    curving from it toward its edges and tip, standing proud of both faces of a leaf ``thick``
    thick."""
    u = np.linspace(0.0, 1.0, 5)
    nrm = grid_normals(grid)
    mid, _ = _on_leaf(grid, nrm, u * 0.9, 0 * u)
    parts = [tube(mid, [rib, rib * 0.85, rib * 0.6, rib * 0.4, rib * 0.2], None, slot,
                  shape=HEX)]  # fmt: skip
    for k in range(pairs):
        s0 = 0.12 + 0.4 * k / max(pairs - 1, 1)
        for side in (-1, 1):
            pts, up = _on_leaf(grid, nrm, s0 + 0.32 * u**1.3, side * 0.75 * u**0.8)
            parts.append(skin_strip(pts, up, vein, thick + 0.008, slot))
    return parts


# ---- 1108 cabbage ----------------------------------------------------------------------------


def _leaf_width(s: np.ndarray) -> np.ndarray:
    """A round leaf's outline along its length (0 stalk, 1 tip): narrow at the stalk, widest past
    its middle, a broad rounded tip."""
    lower = 0.3 + 0.7 * np.sin(np.pi / 2 * np.clip(s / 0.6, 0, 1))
    upper = np.sqrt(np.clip(1 - ((s - 0.6) / 0.4) ** 2, 0.0, 1.0))
    return np.where(s < 0.6, lower, np.maximum(upper, 0.04))


def _wrapped_leaf(c: np.ndarray, r: float, sq: float, yaw: float, reach: float,
                  half: float, rows: int = 14, cols: int = 11) -> np.ndarray:  # fmt: skip
    """A leaf wrapped tight round a head of radius r (squashed to sq high) at c: from under the
    head up its side at ``yaw`` and over toward the top to ``reach`` radians from the bottom,
    ``half`` radians wide either side at its broadest."""
    s = np.linspace(0.0, 1.0, rows)[:, None]
    tau = np.linspace(-1.0, 1.0, cols)[None]
    alpha = 0.35 + (reach - 0.35) * s
    beta = tau * half * _leaf_width(s)
    m = np.stack([np.sin(alpha) * np.cos(beta), -np.cos(alpha) * np.cos(beta),
                  np.sin(beta) + 0 * alpha], -1)  # fmt: skip
    m *= (r * (1 + 0.04 * (1 - tau**2) * np.sin(np.pi * s) ** 0.5))[..., None]
    m[..., 1] *= sq
    a = np.radians(yaw)
    turn = np.array([[np.cos(a), 0, np.sin(a)], [0, 1, 0], [-np.sin(a), 0, np.cos(a)]])
    return c + m @ turn.T


def _cabbage(rng: Rng) -> list[Part]:
    """A round head of cabbage: a firm ball of smooth leaves wrapped tight over each other, their
    edges and pale ribs crossing the ball, four big loose outer leaves cupping it from below and
    curling back and out round its base, each with a thick pale midrib and branching raised
    veins and gently waved edges."""
    R, sq = 0.25, 0.92
    c = np.array([0.0, (R + 0.12) * sq + 0.03, 0.0])
    parts = [sphere(R, at(*c) @ scl(1, sq, 1), 0, "body")]
    for k in range(6):  # the wrapped leaves, inner to outer
        yaw = 40 + 137.5 * k + float(rng.uniform(-12, 12))
        reach = np.radians(205 - 14 * k + float(rng.uniform(-8, 8)))
        grid = _wrapped_leaf(c, R + 0.02 * k, sq, yaw, reach, np.radians(72))
        parts.append(cloth_sheet(grid, 0.006, 0))
        parts += _veins(grid, 1, 0.011, 1, 0.009, 0.012)
    for k in range(4):  # the loose outer leaves
        d = _yaw(45 + 90 * k + float(rng.uniform(-12, 12)))
        prof = [(0.04, 0.02), (0.15, 0.035), (0.25, 0.08), (0.31, 0.16), (0.38, 0.24),
                (0.47, 0.26), (0.56, 0.2)]  # fmt: skip
        spine = [d * rho + _UP * y for rho, y in prof]
        width = 0.5 * _leaf_width(np.linspace(0, 1, 7)) + 0.04
        grid = _leaf_grid(spine, np.cross(_UP, d), width, 16, 13, cup=0.32, frill=0.035,
                          waves=3.5, phase=float(rng.uniform(0, 6)))  # fmt: skip
        parts.append(cloth_sheet(grid, 0.01, 0))
        parts += _veins(grid, 1, 0.024, 2, 0.011, 0.024)
    return parts


# ---- 1109 lettuce ----------------------------------------------------------------------------


def _fan_leaf(spine, across, spread: float, rows: int, cols: int, cup: float, frill: float,
              ruffles: float, phase: float) -> np.ndarray:  # fmt: skip
    """A broad fan-shaped leaf's grid (rows out from its stalk, cols round its rim): a sector
    ``spread`` radians either side of the curving spine, as long as it, cupped by ``cup``, its
    round rim ruffled ``frill`` deep in ``ruffles`` waves."""
    path = catmull_rom(np.asarray(spine, float), 40)
    arc = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(path, axis=0), axis=1))])
    length = arc[-1]
    t = _unit(np.gradient(path, axis=0))
    a = np.broadcast_to(np.asarray(across, float), path.shape)
    a = _unit(a - t * (t * a).sum(1, keepdims=True))
    nrm = cross(t, a)
    nrm *= np.where(nrm[:, 1:2] < 0, -1.0, 1.0)
    th = np.linspace(-spread, spread, cols)[None]
    rho = np.linspace(0.0, 1.0, rows)[:, None] * (1 - 0.45 * (th / spread) ** 2)  # round rim
    along = (rho * np.cos(th) * length).ravel()
    side = rho * np.sin(th) * length * (0.5 + 0.8 * rho)
    rim = np.clip((rho - 0.5) / 0.5, 0.0, 1.0) ** 2
    lift = cup * side**2 / length + frill * length * rim * np.sin(
        np.pi * ruffles * th / spread + phase + 2 * rho
    )

    def at_arc(v):
        return np.stack([np.interp(along, arc, v[:, i]) for i in range(3)], -1).reshape(
            rows, cols, 3
        )

    return at_arc(path) + at_arc(a) * side[..., None] + at_arc(nrm) * lift[..., None]


def _lettuce_leaf(d: np.ndarray, base: float, length: float, tilt: float, curl: float,
                  spread: float, frill: float, rng: Rng, rows: int = 6,
                  cols: int = 25) -> np.ndarray:  # fmt: skip
    """A frilly lettuce leaf's grid rising from the heart along the horizontal direction d:
    ``tilt`` degrees from upright at its foot, bending ``curl`` degrees further out toward its
    broad, round, ruffled rim."""
    pts, p = [], d * base + _UP * 0.03
    for k in range(5):
        pts.append(p)
        a = np.radians(tilt + curl * k / 4)
        p = p + (d * np.sin(a) + _UP * np.cos(a)) * length / 4
        p[1] = max(p[1], 0.03)
    grid = _fan_leaf(pts, np.cross(_UP, d), spread, rows, cols, 0.5, frill, (cols - 1) / 6,
                     float(rng.uniform(0, 6)))  # fmt: skip
    grid[..., 1] = np.maximum(grid[..., 1], 0.012)
    return grid


def _lettuce(rng: Rng) -> list[Part]:
    """A loose head of lettuce: a rosette of many frilly, ruffled leaves opening out from a
    pale heart in rings like a big open flower, the inner ones small, pale and upright, the
    outer ones broad and spread wide, each crinkled round its rim with a pale midrib."""
    parts: list[Part] = [sphere(0.05, at(0, 0.08, 0) @ scl(1, 1.6, 1), 1, "body")]
    rings = ((7, 0.06, 0.48, 48, 40, 0.55), (6, 0.04, 0.4, 18, 40, 0.5),
             (5, 0.02, 0.3, 6, 26, 0.5))  # fmt: skip
    for j, (n, base, length, tilt, curl, spread) in enumerate(rings):
        for i in range(n):
            d = _yaw(360 * i / n + 30 * j + float(rng.uniform(-6, 6)))
            grid = _lettuce_leaf(d, base, length * float(rng.uniform(0.92, 1.08)), tilt, curl,
                                 spread, 0.07, rng)  # fmt: skip
            parts.append(cloth_sheet(grid, 0.008, 0))
            rib = np.arange(0, 5)
            parts.append(skin_strip(grid[rib, 12], grid_normals(grid)[rib, 12],
                                    0.018 - 0.003 * j, 0.016, 1))  # fmt: skip
    for k in range(4):  # the pale heart
        d = _yaw(90 * k + 10)
        grid = _lettuce_leaf(d, 0.01, 0.17, 0, 16, 0.7, 0.05, rng, 6, 15)
        parts.append(cloth_sheet(grid, 0.008, 1))
    return parts


# ---- 1110 cauliflower ------------------------------------------------------------------------


def _cauliflower(rng: Rng) -> list[Part]:
    """A cauliflower: a dome of creamy white curd packed with many small rounded lumps, cupped
    by big green leaves rising round its sides, their tips curling out, each with a pale
    midrib."""
    c, rad = np.array([0.0, 0.25, 0.0]), np.array([0.34, 0.25, 0.34])
    parts = [sphere(1.0, at(*c) @ scl(*rad), 0, "body")]
    n = 96
    i = np.arange(n) + 0.5
    g = np.arccos(1 - 1.2 * i / n)  # from the top down past the curd's equator
    ph = i * np.pi * (3 - np.sqrt(5)) + float(rng.uniform(0, 6))
    dirs = np.stack([np.sin(g) * np.cos(ph), np.cos(g), np.sin(g) * np.sin(ph)], 1)
    pts = c + dirs * rad
    ups = _unit(dirs / rad)
    size = 0.06 + 0.016 * rng.random(n)
    parts.append(_lumps(pts - ups * size[:, None] * 0.35, size, 0, ups, 0.75))
    for k in range(7):  # the leaves
        d = _yaw(25 + 360 * k / 7 + float(rng.uniform(-8, 8)))
        tall = float(rng.uniform(0.9, 1.1))
        prof = [(0.1, 0.012), (0.26, 0.04), (0.37, 0.12), (0.42, 0.22 * tall),
                (0.47, 0.3 * tall), (0.56, 0.33 * tall)]  # fmt: skip
        spine = [d * rho + _UP * y for rho, y in prof]
        width = [0.1, 0.26, 0.32, 0.3, 0.22, 0.08]
        grid = _leaf_grid(spine, np.cross(_UP, d), width, 14, 11, cup=0.3, frill=0.05,
                          waves=3, phase=float(rng.uniform(0, 6)))  # fmt: skip
        parts.append(cloth_sheet(grid, 0.01, 1))
        parts += _veins(grid, 0, 0.018, 1, 0.009)
    return parts


# ---- 1111 broccoli ---------------------------------------------------------------------------


def _floret_cluster(c: np.ndarray, r: float, rng: Rng) -> tuple[Part, Part]:
    """One broccoli floret at c: a domed core of radius r and the tight beads of bud packed over
    its top."""
    core = sphere(r, at(*c) @ scl(1, 0.8, 1), 0)
    n = 22
    i = np.arange(n) + 0.5
    g = np.arccos(1 - 1.3 * i / n)
    ph = i * np.pi * (3 - np.sqrt(5)) + float(rng.uniform(0, 6))
    dirs = np.stack([np.sin(g) * np.cos(ph), 0.8 * np.cos(g), np.sin(g) * np.sin(ph)], 1)
    size = r * (0.34 + 0.08 * rng.random(n))
    return core, _lumps(c + dirs * r * 0.92, size, 0, dirs, 0.85)


def _broccoli(rng: Rng) -> list[Part]:
    """A broccoli crown standing on its cut stalk: a thick pale stalk branching into several
    stems, each topped with a tight cluster of dark green bumpy florets, the clusters packed
    together into one domed, tree-like head."""
    top = np.array([0.0, 0.3, 0.0])
    parts = [tube([(0, 0, 0), (0, 0.15, 0), top], [0.075, 0.07, 0.08], None, 1, "body")]
    heads = [(0.0, 0.0, 0.62, 0.13)]
    for k in range(6):
        a = 60 * k + float(rng.uniform(-12, 12))
        heads.append((a, 0.2 + float(rng.uniform(-0.02, 0.02)),
                      0.5 + float(rng.uniform(-0.03, 0.03)), 0.12))  # fmt: skip
    for a, rho, y, r in heads:
        end = _yaw(a) * rho + _UP * y
        knee = top + _yaw(a) * rho * 0.35 + _UP * 0.1
        parts.append(tube([top - _UP * 0.04, knee, end], [0.05, 0.035, 0.03], None, 1))
        parts += _floret_cluster(end + _UP * r * 0.4, r, rng)
    parts.append(cylinder(0.074, 0.074, 0.004, None, 1))  # the cut end
    return parts


# ---- 1112 onion ------------------------------------------------------------------------------

_ONION = [(0.0, 0.0), (0.05, 0.004), (0.13, 0.03), (0.19, 0.1), (0.2, 0.16), (0.18, 0.23),
          (0.12, 0.3), (0.055, 0.345), (0.025, 0.38), (0.014, 0.42), (0.0, 0.425)]  # fmt: skip


def _onion_half(m: np.ndarray) -> list[Part]:
    """An onion cut in half lengthwise under m, its cut face up z = 0 facing +z: the brown skin
    round the back, the white flesh of the face with its nested rings."""
    t = np.linspace(0.0, np.pi, 13)
    across = np.linspace(0.92, -0.92, 7)
    half = np.concatenate([np.stack([np.cos(t), np.sin(t)], 1), np.stack([across, 0 * across], 1)])
    parts = [lathe(_ONION, m, 0, shape=half)]  # the back, its flat side on z = 0
    prof = catmull_rom(_ONION, 24)
    outline = np.concatenate([prof, (prof * [-1, 1])[::-1][1:-1]])
    parts.append(slab(list(map(tuple, outline * 0.985)), 0.004, m, 1))
    for f in (0.82, 0.64, 0.47, 0.3, 0.14):
        ring = prof[::2] * [f, 1]
        ring[:, 1] = 0.02 + (ring[:, 1] - 0.02) * (0.35 + 0.65 * f)
        loop = np.concatenate([ring, (ring * [-1, 1])[::-1][1:]])
        pts = np.c_[loop, np.full(len(loop), 0.004)]
        parts.append(tube(pts, 0.004, m, 0, shape=HEX))
    return parts


def _onion(rng: Rng) -> list[Part]:
    """A brown onion standing on its roots: a round bulb a little wider than tall, drawn up into
    a pointed papery neck ending in a dry twisted wisp, a tuft of little roots splayed from its
    foot, fine lines running up its papery skin; beside it an onion cut in half lying on its
    back, showing the concentric white rings of its flesh."""
    n = 48
    a = np.arange(n) * 2 * np.pi / n
    lined = np.stack([np.cos(a), np.sin(a)], 1) * (1 + 0.014 * (np.arange(n) % 3 == 0))[:, None]
    foot = at(-0.2, 0.02, -0.12)
    parts = [lathe(_ONION, foot, 0, "body", shape=lined)]
    wisp = [(0, 0.41, 0), (0.004, 0.45, 0.002), (0.014, 0.48, 0.0), (0.03, 0.5, -0.004)]
    parts.append(tube(wisp, [0.012, 0.008, 0.005, 0.002], foot, 0))
    for k in range(20):  # the roots
        d = _yaw(k * 360 / 20 + float(rng.uniform(-10, 10)))
        reach = float(rng.uniform(0.03, 0.06))
        pts = [d * 0.02 + _UP * 0.008, d * (0.025 + reach * 0.5) - _UP * 0.012,
               d * (0.025 + reach) - _UP * 0.017 + _yaw(k * 40) * 0.012]  # fmt: skip
        parts.append(tube(pts, [0.004, 0.003, 0.0015], foot, 1, shape=HEX))
    tilt = 72 + float(rng.uniform(-5, 5))
    m = at(0.2, 0.0, 0.2) @ rot("y", -25) @ rot("x", -tilt) @ rot("z", 90)
    prof = np.array(_ONION)
    t = np.linspace(0, np.pi, 9)[:, None]
    back = np.stack([prof[:, 0] * np.cos(t), prof[:, 1] + 0 * t, -prof[:, 0] * np.sin(t)], -1)
    low = float((back.reshape(-1, 3) @ m[:3, :3].T)[:, 1].min())
    parts += _onion_half(at(0, -low, 0) @ m)
    return parts


# ---- 1113 garlic -----------------------------------------------------------------------------


def _clove_shape(n: int = 14) -> np.ndarray:
    """A garlic clove's cross-section: a rounded back (+x) narrowing to a blunt inner edge."""
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    x = np.cos(t)
    return np.stack([np.where(x > 0, x, x * 0.7), np.sin(t) * (1 - 0.25 * np.clip(-x, 0, 1))], 1)


def _clove_fat(s: np.ndarray) -> np.ndarray:
    """How fat a clove is along its length s (0 its foot, 1 its pointed top)."""
    fat = np.sin(np.pi * np.clip(s * 0.92 + 0.06, 0, 1)) ** 0.75
    fat[-1] = 0.05
    return fat


def _clove(c, up, out, side, height: float, belly: float, thick: float, wide: float):
    """One clove standing on c along ``up``: its back bowed ``belly`` toward ``out``, ``thick``
    deep toward it and ``wide`` across along ``side``, narrowing to a point at its top; with the
    centres of its rings and how fat it is at each."""
    s = np.linspace(0.0, 1.0, 10)
    bow = np.sin(np.pi * s**0.85)
    centres = c + out * (belly * bow)[:, None] + up * (height * s)[:, None]
    fat = _clove_fat(s)
    u = np.tile(out, (10, 1)) * (thick * fat)[:, None]
    v = np.tile(side, (10, 1)) * (wide * fat)[:, None]
    return loft(centres, u, v, _clove_shape(), 0), centres, fat


def _garlic(rng: Rng) -> list[Part]:
    """A plump white bulb of garlic: curved cloves bulging round its centre like a tangerine's
    segments, meeting in a point at the top under a short dry stem, a flat root plate under it,
    papery white with faint purple streaks; a few loose cloves lying beside it."""
    parts = [lathe([(0.0, 0.02), (0.12, 0.04), (0.15, 0.14), (0.1, 0.28), (0.0, 0.36)], None, 0,
                   "body")]  # fmt: skip
    n = 9
    off = float(rng.uniform(0, 40))
    for k in range(n):
        out = _yaw(off + 360 * k / n)
        side = np.cross(_UP, out)
        h = 0.38 + float(rng.uniform(-0.02, 0.02))
        clove, centres, fat = _clove(out * 0.04 + _UP * 0.02, _UP, out, side, h, 0.12, 0.07,
                                     0.072)  # fmt: skip
        parts.append(clove)
        if k % 3 == 1:  # a faint purple streak up its back
            sel = slice(1, 6)
            pts = centres[sel] + out * (0.07 * fat[sel] + 0.001)[:, None]
            parts.append(skin_strip(pts, np.tile(out, (5, 1)), 0.012, 0.004, 1))
    parts.append(tube([(0, 0.33, 0), (0.005, 0.42, 0.0), (0.012, 0.49, 0.004)],
                      [0.028, 0.022, 0.02], None, 0))  # the stem # fmt: skip
    parts.append(cylinder(0.05, 0.055, 0.02, None, "cork"))  # the root plate
    for x, z, yaw in ((0.34, 0.16, 30.0), (0.4, -0.06, -70.0), (0.22, 0.3, 110.0)):  # loose
        along = _yaw(yaw + float(rng.uniform(-10, 10)))
        foot = np.array([x, 0.045, z]) - along * 0.11
        clove = _clove(foot, along, _UP, np.cross(_UP, along), 0.22, 0.03, 0.045, 0.05)[0]
        parts.append(clove)
    return parts


# ---- 1114 eggplant ---------------------------------------------------------------------------


def _eggplant_axis(s: np.ndarray, bend: float) -> tuple[np.ndarray, np.ndarray]:
    """The aubergine's midline and radius at s (0 the stem end, 1 the round end)."""
    r = 0.2 * (0.36 + 0.64 * np.sin(np.pi / 2 * np.clip(s / 0.72, 0, 1)) ** 1.6)
    r = r * np.sqrt(np.clip(1 - ((s - 0.72) / 0.28) ** 2, 0, 1) * (s > 0.72) + (s <= 0.72))
    x = -0.5 + s
    y = 0.2 + 0.06 * (1 - s) ** 2
    z = bend * (s - 0.6) ** 2
    return np.stack([x, y, z], 1), r


def _eggplant(rng: Rng) -> list[Part]:
    """An aubergine lying on its side: a long glossy deep purple fruit, swollen and pear-shaped,
    narrow at the stem end and fat at the other, a little curved, a green star-shaped calyx cap
    of pointed sepals clasping its narrow end, a short thick stalk."""
    bend = float(rng.uniform(0.12, 0.2))
    turn = rot("y", float(rng.uniform(16, 26)))
    s = np.linspace(0.0, 1.0, 26) ** 1.1
    c, r = _eggplant_axis(s, bend)
    t = _unit(np.gradient(c, axis=0))
    side = _unit(np.cross(t, _UP))
    up = np.cross(side, t)
    r[[0, -1]] = [0.06, 0.01]
    parts = [loft(c, side * r[:, None], up * r[:, None], ellipse(1.0, 1.0, 22), 0, "body")]
    c0, t0, u0 = c[0], t[0], up[0]
    parts.append(cylinder(0.075, 0.04, 0.05, at(*(c0 + t0 * 0.02)) @ align(-t0), 1))  # the cap
    stalk = [c0 - t0 * 0.03, c0 - t0 * 0.1 + u0 * 0.01, c0 - t0 * 0.16 + u0 * 0.04]
    parts.append(tube(stalk, [0.026, 0.022, 0.024], None, 1))
    for k in range(5):  # the sepals
        a = 2 * np.pi * k / 5 + float(rng.uniform(-0.15, 0.15))
        length = float(rng.uniform(0.28, 0.36))
        parts.append(cloth_sheet(_sepal(bend, a, length), 0.014, 1))
    return [p.moved(turn) for p in parts]


def _sepal(bend: float, a: float, length: float) -> np.ndarray:
    """A pointed sepal's grid lying on the aubergine's shoulder at angle a round its axis, from
    the stem end ``length`` along the fruit, its tip lifting a little off the skin."""
    rows, cols = 11, 9
    s = np.linspace(0.0, length, rows)
    c, r = _eggplant_axis(s, bend)
    t = _unit(np.gradient(c, axis=0))
    side = _unit(np.cross(t, _UP))
    up = np.cross(side, t)
    f = s / length
    half = 0.64 * (1 - f) ** 1.3 + 0.015
    tau = np.linspace(-1, 1, cols)
    ang = a + tau[None] * half[:, None]
    rad = r[:, None] + 0.008 + 0.04 * f[:, None] ** 3
    return (c[:, None] + rad[..., None] * (np.cos(ang)[..., None] * side[:, None]
                                          + np.sin(ang)[..., None] * up[:, None]))  # fmt: skip


MORE_APPLIANCES_ZZZM = {
    1108: _cabbage, 1109: _lettuce, 1110: _cauliflower, 1111: _broccoli, 1112: _onion,
    1113: _garlic, 1114: _eggplant,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
