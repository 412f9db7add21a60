"""More of the device family's appliances, from 1405: rocks and landforms: a desert rock
formation of hoodoos and an arch, a rock ledge, a mountain range, a glacier, a falling meteor,
a heap of pebbles, an asteroid and a ridge.

Each stands on y = 0 facing +z (the viewer), its rock in the first material unless its docstring
says otherwise.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, at, mesh_part, rot, scl, v3
from ._kit import band, grid_mesh, loft, superellipse
from ._primitives import box, cylinder, lathe, sphere, tube

__all__ = ["MORE_APPLIANCES_ZZZZZ"]

Rng = np.random.Generator


# ---- shared pieces ------------------------------------------------------------------------------


def _block(top: np.ndarray, axis: int = 1, level: float = 0.0, slot=0, tag: str = "",
           facets: bool = True) -> Part:  # fmt: skip
    """A solid under a grid of surface points ``top`` (rows, cols, 3): the surface, its edges
    dropped straight along ``axis`` to ``level`` as walls, and a flat back (a block of ground
    whose top is a landscape, a rock face)."""
    r, c, _ = top.shape
    n = r * c
    idx = np.arange(n).reshape(r, c)
    a, b, d, e = idx[:-1, :-1], idx[1:, :-1], idx[:-1, 1:], idx[1:, 1:]
    faces = [np.stack([a, b, d], -1).reshape(-1, 3), np.stack([d, b, e], -1).reshape(-1, 3)]
    ring = np.concatenate([idx[0, :-1], idx[:-1, -1], idx[-1, :0:-1], idx[:0:-1, 0]])
    flat = top.reshape(-1, 3)
    low = flat[ring].copy()
    low[:, axis] = level
    m = len(ring)
    k = np.arange(m)
    p, q, pl, ql = ring, np.roll(ring, -1), n + k, n + np.roll(k, -1)
    faces += [np.stack([p, q, pl], 1), np.stack([q, ql, pl], 1)]
    faces.append(np.stack([np.full(m, n + m), pl, ql], 1))
    verts = np.concatenate([flat, low, low.mean(0)[None]])
    return mesh_part(verts, np.concatenate(faces), slot, tag, facets)


def _cover(top: np.ndarray, keep: np.ndarray, lift: float, slot, level: float,
           inset: float = 1.0) -> Part:  # fmt: skip
    """A skin of another stuff (grass, snow) over the grid ``top`` where ``keep``: the grid
    raised by ``lift`` there and sunk out of sight elsewhere (never below its floor, halfway
    between ``level`` and the grid's lowest point), drawn in by ``inset`` across to keep its
    walls inside the ground's."""
    keep = keep.copy()
    keep[[0, -1], :] = keep[:, [0, -1]] = False
    p = top.copy()
    floor = (level + float(top[..., 1].min())) / 2
    p[..., 1] = np.maximum(p[..., 1] + np.where(keep, lift, -0.04), floor + 0.002)
    p[..., [0, 2]] *= inset
    return _block(p, 1, floor, slot)


def _waves(x, z, rng: Rng, amp: float, f0: float, octaves: int = 4) -> np.ndarray:
    """A rumpled field over (x, z): sine waves in random directions, each octave twice as fine
    and half as high."""
    out = np.zeros(np.broadcast(x, z).shape)
    for o in range(octaves):
        for _ in range(2):
            t = rng.uniform(0, np.pi)
            f = f0 * 2**o * rng.uniform(0.8, 1.2)
            out += amp / 2**o * np.sin(f * (x * np.cos(t) + z * np.sin(t)) + rng.uniform(0, 6.3))
    return out


def _lump_mesh(rng: Rng, sides: int = 7, rings: int = 3, rough: float = 0.2):
    """A rough unit ball of few faces (a stone): rings of ``sides`` points with random radii,
    closed by a flat facet at each end."""
    lat = np.linspace(-np.pi / 2, np.pi / 2, rings + 2)[1:-1]
    a = np.arange(sides) * (2 * np.pi / sides) + rng.uniform(-0.25, 0.25, sides)
    r = 1 + rough * rng.uniform(-1, 1, (rings, sides))
    p = np.stack([np.cos(lat)[:, None] * np.cos(a), np.sin(lat)[:, None] + 0 * a,
                  np.cos(lat)[:, None] * np.sin(a)], -1) * r[..., None]  # fmt: skip
    return grid_mesh(p)


def _rocks(mats, rng: Rng, slot, sides: int = 7, rings: int = 3, rough: float = 0.2,
           tag: str = "", facets: bool = True) -> Part:  # fmt: skip
    """Many rough stones as one part: a unit lump (each its own) placed by each matrix."""
    verts, faces, base = [], [], 0
    for m in mats:
        v, f = _lump_mesh(rng, sides, rings, rough)
        verts.append(v @ m[:3, :3].T + m[:3, 3])
        faces.append(f + base)
        base += len(v)
    return mesh_part(np.concatenate(verts), np.concatenate(faces), slot, tag, facets)


def _stone(c, size, rng: Rng, tilt: float = 12.0) -> np.ndarray:
    """A stone's placing for ``_rocks``: at c, half sizes (x, y, z), turned any way about y and
    tipped a little."""
    m = at(*c) @ rot("y", float(rng.uniform(0, 360))) @ rot("z", float(rng.uniform(-tilt, tilt)))
    return m @ scl(*size)


def _wobble(rng: Rng, n: int = 24, rough: float = 0.08) -> np.ndarray:
    """A ragged round outline of radius about 1 (a pillar's cross-section), n points."""
    t = np.arange(n) * (2 * np.pi / n)
    r = 1 + rough * (np.sin(2 * t + rng.uniform(0, 6.3)) + 0.6 * np.sin(3 * t + rng.uniform(0, 6.3))
                     + 0.5 * rng.uniform(-1, 1, n))  # fmt: skip
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _stack(rings, shape: np.ndarray, m: np.ndarray, slot=0, tag: str = "") -> Part:
    """A solid through level rings of ``shape``, each scaled by r at height y (bottom to top),
    closed flat at both ends, placed by m: a crisp lathe of few triangles (a bed of rock)."""
    r = np.array([q[0] for q in rings], float)
    y = np.array([q[1] for q in rings], float)
    zero = np.zeros_like(r)
    part = loft(np.stack([zero, y, zero], 1), np.stack([r, zero, zero], 1),
                np.stack([zero, zero, -r], 1), shape, slot, tag)  # fmt: skip
    return part.moved(m)


# ---- 1405 rock formation ------------------------------------------------------------------------


_BEDS = (0.05, 0.035, 0.05, 0.03, 0.055, 0.04, 0.05, 0.03, 0.06, 0.035, 0.05, 0.04, 0.05, 0.04,
         0.055, 0.035, 0.05, 0.04, 0.05)  # fmt: skip
"""The thicknesses of the desert's beds of rock, bottom up: every pillar shows the same ones."""

_PALE = (5, 9, 14)
"""Which beds are pale."""


def _hoodoo(x: float, z: float, top: float, r: float, g: float, rng: Rng,
            tag: str = "") -> list[Part]:  # fmt: skip
    """A hoodoo at (x, z) standing on ground at g: a skirt of scree, then a pillar of the
    desert's beds, the hard ones standing out and the soft ones worn in, each a little off the
    last, narrowing to a neck under a wide flat capstone, its top at ``top``."""
    shape = _wobble(rng, 20, 0.08)
    m = at(x, 0, z) @ rot("y", float(rng.uniform(0, 360)))
    parts = [_stack([(r * 2.4, g - 0.005), (r * 1.9, g + 0.03), (r * 1.35, g + 0.08),
                     (r * 1.15, g + 0.1)], shape, m, 0, tag)]  # fmt: skip
    ys = g + np.concatenate([[0.0], np.cumsum(_BEDS)])
    cap = 0.5 * r + 0.025
    y_neck = top - 0.8 * cap
    k = 0
    while k < len(_BEDS) and ys[k] < y_neck:
        y0, y1 = ys[k], min(ys[k + 1], y_neck)
        last = ys[k + 1] >= y_neck
        u = (y0 - g) / (y_neck - g)
        rk = r * (1.0 - 0.15 * u) * (1.05 if k % 2 == 0 else 0.9) * float(rng.uniform(0.95, 1.05))
        if last:
            rk *= 0.7
        shift = at(*rng.uniform(-0.12, 0.12, 3) * r * [1, 0, 1])
        rings = [(rk * 0.93, y0), (rk, y0 + 0.3 * (y1 - y0)), (rk, y0 + 0.7 * (y1 - y0)),
                 (rk * 0.93, y1)]  # fmt: skip
        if y1 > g + 0.06:
            parts.append(_stack(rings, shape, m @ shift, "cork" if k in _PALE else 0))
        k += 1
    cap_m = _stone((x, y_neck + cap * 0.45, z), (r * 1.7, cap * 0.55, r * 1.45), rng, 7)
    parts.append(_rocks([cap_m], rng, "stones", 9, 3, 0.1))
    return parts


def _arch(x: float, z: float, yaw: float, g: float, rng: Rng) -> list[Part]:
    """A natural arch at (x, z) turned by ``yaw``: a thick rough span of rock, deeper than it
    is high, springing from two buttressed legs over an opening."""
    m = at(x, 0, z) @ rot("y", yaw)
    path = [(-0.21, g - 0.01, 0.0), (-0.21, g + 0.12, 0.0), (-0.18, g + 0.24, 0.0),
            (-0.09, g + 0.32, 0.0), (0.03, g + 0.33, 0.0), (0.14, g + 0.29, 0.0),
            (0.2, g + 0.18, 0.0), (0.21, g + 0.06, 0.0), (0.21, g - 0.01, 0.0)]  # fmt: skip
    radii = [0.085, 0.078, 0.062, 0.058, 0.058, 0.062, 0.07, 0.08, 0.085]
    shape = superellipse(1.0, 1.6, 3.0, 20) * (1 + 0.07 * rng.uniform(-1, 1, (20, 1)))
    parts = [tube(path, radii, m, 0, shape=shape)]
    for s in (-1, 1):  # the legs' buttresses
        leg = m @ at(s * 0.21, 0, 0)
        rings = [(0.15, g - 0.005), (0.12, g + 0.03), (0.095, g + 0.08), (0.08, g + 0.13)]
        parts.append(_stack(rings, _wobble(rng, 18, 0.1) * [1.0, 1.5], leg))
    return parts


def _rock_formation(rng: Rng) -> list[Part]:
    """A desert rock formation: on a patch of sand (the second material), a cluster of tall
    hoodoos of red rock, pillars of stacked beds, the hard ones standing out and the soft ones
    worn in, the same pale beds running across them all as horizontal bands, each narrowing
    to a neck under a wide flat capstone balanced on top; beside them a natural arch, a thick
    span of rock on two legs over an opening; fallen boulders and a few desert shrubs."""
    g = 0.035
    sand = [(0.0, 0.0), (0.56, 0.0), (0.54, 0.012), (0.48, 0.026), (0.3, g), (0.0, g)]
    pillars = ((0.08, -0.05, 0.78, 0.06), (0.27, 0.03, 0.58, 0.055), (-0.05, 0.14, 0.44, 0.05),
               (0.2, -0.2, 0.66, 0.05), (0.38, -0.12, 0.36, 0.045))  # fmt: skip
    parts = []
    for k, (x, z, h, r) in enumerate(pillars):
        h *= float(rng.uniform(0.93, 1.07))
        parts += _hoodoo(x, z, h, r, g, rng, "" if k else "body")
    parts.append(lathe(sand, scl(1.0, 1.0, 0.72), 1, shape=_wobble(rng, 40, 0.05)))
    parts += _arch(-0.3, -0.05, 25.0, g, rng)
    stones = []
    for _ in range(9):  # fallen boulders
        a, d = rng.uniform(0, 2 * np.pi), rng.uniform(0.15, 0.42)
        s = float(rng.uniform(0.02, 0.045))
        stones.append(_stone((d * np.cos(a), g + 0.3 * s, 0.65 * d * np.sin(a)),
                             (s, 0.7 * s, 0.85 * s), rng))  # fmt: skip
    parts.append(_rocks(stones, rng, 0))
    shrubs = []
    for x, z in ((-0.1, 0.28), (0.42, 0.16), (-0.45, 0.14), (0.15, 0.3)):  # desert shrubs
        for _ in range(3):
            dx, dz = rng.uniform(-0.018, 0.018, 2)
            shrubs.append(_stone((x + dx, g + 0.012, z + dz), (0.02, 0.017, 0.02), rng, 0))
    parts.append(_rocks(shrubs, rng, "vine", 8, 3, 0.25))
    return parts


# ---- 1406 rock ledge ----------------------------------------------------------------------------


def _rock_face(rng: Rng, w: float, h: float, back: float, tag: str = "") -> Part:
    """A sheer face of rock about w wide and h high facing +z, its front broken into blocky
    columns and set-back beds, its top and side edges ragged, ``back`` deep."""
    u = np.linspace(0.0, 1.0, 27)
    v = np.linspace(-0.5, 0.5, 25)
    top = h + 0.05 * _waves(v, 0 * v, rng, 1.0, 8.0, 2)
    sides = w * (1 - 0.12 * u + 0.03 * _waves(u, 0 * u, rng, 1.0, 9.0, 2))
    gx = v[None] * sides[:, None]
    gy = u[:, None] * top[None]
    cols = np.floor((gx + 0.5) / 0.09 + 0.5 * np.sin(gy * 6))
    gz = 0.018 * np.sin(cols * 2.7) + 0.014 * (np.floor(gy / 0.11) % 2)
    gz = gz + 0.012 * _waves(gx, gy, rng, 1.0, 20.0, 2) + rng.normal(0, 0.004, gx.shape)
    return _block(np.stack([gx, gy, gz], -1), 2, -back, 0, tag)


def _shelf(rng: Rng, w: float, y: float, reach: float, slot) -> Part:
    """A stone shelf jutting out from a face at z = 0, w wide with its top flat at y: reaching
    ``reach`` out in its middle and dying into the face at its ends, thick where it leaves the
    face and thin at its ragged edge, its underside broken."""
    xs = np.linspace(-w / 2, w / 2, 17)
    f = np.sqrt(np.clip(1 - np.abs(2 * xs / w) ** 3, 0.0, 1.0)) * 0.9 + 0.1
    tip = reach * f + rng.uniform(-0.03, 0.03, len(xs)) * f
    deep = 0.2 * f + 0.02
    rows = []
    for i, x in enumerate(xs):
        zs = np.linspace(-0.04, tip[i], 6)
        loop = [(x, y, z) for z in zs]
        loop.append((x, y - 0.05 * f[i] - 0.01, tip[i] + 0.005))
        for j, z in enumerate(zs[::-1][1:]):
            drop = 0.055 * f[i] + (deep[i] - 0.055 * f[i]) * (1 - z / tip[i]) ** 1.6
            loop.append((x, y - drop + rng.uniform(-0.025, 0.025) * f[i], z + 0.012 * (j % 2)))
        rows.append(loop)
    return mesh_part(*grid_mesh(np.array(rows)), slot, "", True)


def _rock_ledge(rng: Rng) -> list[Part]:
    """A rock ledge: a sheer rock face standing up off the ground, broken into blocky columns
    and beds, and partway up it a flat shelf of stone jutting well out toward the viewer, its
    top flat and level, its underside broken and jagged and thickening back into the face; a
    few loose stones (the second material) lying on the shelf and a spill of fallen rocks at
    the foot of the face."""
    y = 0.42 + float(rng.uniform(-0.02, 0.02))
    parts = [_rock_face(rng, 0.9, 0.85, 0.24, "body"), _shelf(rng, 0.8, y, 0.46, 0)]
    loose = []
    for x, z, s in ((-0.14, 0.3, 0.05), (0.02, 0.36, 0.035), (0.15, 0.2, 0.065),
                    (-0.02, 0.16, 0.03), (0.24, 0.3, 0.035), (-0.26, 0.16, 0.035)):  # fmt: skip
        loose.append(_stone((x, y + 0.35 * s, z), (s, 0.7 * s, 0.85 * s), rng))
    parts.append(_rocks(loose, rng, 1))
    scree = []
    for _ in range(12):  # fallen rocks at the foot
        x, d = rng.uniform(-0.4, 0.4), rng.uniform(0.03, 0.18)
        s = float(rng.uniform(0.025, 0.06)) * (1.2 - d * 2)
        scree.append(_stone((x, 0.55 * s, d), (s, 0.7 * s, 0.85 * s), rng))
    parts.append(_rocks(scree, rng, 0))
    return parts


# ---- 1407 mountain range ------------------------------------------------------------------------


def _range_heights(gx, gz, rng: Rng) -> tuple[np.ndarray, float]:
    """A chain of five rocky peaks across x over the grid (gx, gz): sharp-edged pyramids of
    different heights whose flanks meet in saddles, a few lower spurs, all rumpled; and the
    highest peak's height."""
    hs = np.array([0.3, 0.5, 0.62, 0.44, 0.34]) * rng.uniform(0.92, 1.08, 5)
    xs = np.array([-0.42, -0.2, 0.02, 0.23, 0.42]) + rng.uniform(-0.02, 0.02, 5)
    zs = rng.uniform(-0.05, 0.05, 5)
    h = np.zeros_like(gx)
    for x, z, H in zip(xs, zs, hs, strict=True):
        sx, sz = 0.14 + 0.12 * H, 0.17 + 0.1 * H
        d = (np.abs((gx - x) / sx) ** 1.2 + np.abs((gz - z) / sz) ** 1.2) ** (1 / 1.2)
        h = np.maximum(h, H * np.clip(1 - d, 0, 1))
    for _ in range(4):  # lower spurs off the chain
        x, z = rng.uniform(-0.4, 0.4), rng.choice([-1, 1]) * rng.uniform(0.12, 0.18)
        d = np.hypot((gx - x) / 0.12, (gz - z) / 0.1)
        h = np.maximum(h, 0.14 * np.clip(1 - d, 0, 1))
    h = h * (1 + 0.12 * _waves(gx, gz, rng, 1.0, 12.0, 3)) + 0.01 * _waves(gx, gz, rng, 1.0, 30.0)
    edge = np.clip((0.55 - np.abs(gx)) / 0.08, 0, 1) * np.clip((0.3 - np.abs(gz)) / 0.08, 0, 1)
    return np.maximum(h * edge, 0.0), float(hs.max())


def _mountain_range(rng: Rng) -> list[Part]:
    """A mountain range as a diorama: on a low square base, a chain of five rocky peaks of
    different heights in a row across the view, sharp-edged and rumpled, their flanks joined
    by saddles and ridges; white snow caps on the highest ones, green forest (the second
    material) over the lower slopes and the flat ground round them."""
    g = 0.05
    xs, zs = np.linspace(-0.55, 0.55, 57), np.linspace(-0.3, 0.3, 31)
    gx, gz = np.meshgrid(xs, zs)
    h, top = _range_heights(gx, gz, rng)
    y = g + 0.012 + h
    inset = np.stack([gx * 0.997, y, gz * 0.994], -1)
    parts = [_block(inset, 1, g - 0.004, 0, "body")]
    grid = np.stack([gx, y, gz], -1)
    line = 0.06 + 0.025 * _waves(gx, gz, rng, 1.0, 14.0, 2)
    parts.append(_cover(grid, h < line, 0.003, 1, g - 0.004))
    snow = top * 0.56 + 0.03 * _waves(gx, gz, rng, 1.0, 20.0, 2)
    parts.append(_cover(grid, h > snow, 0.004, "snow", g - 0.004, 0.99))
    parts.append(box(1.13, g, 0.63, None, "soil"))
    return parts


# ---- 1408 glacier -------------------------------------------------------------------------------


def _valley(gx, gz, rng: Rng) -> np.ndarray:
    """The rock of a glacier's valley over (gx, gz): a U-shaped trough falling toward the
    front, widening as it goes, between high rough walls with peaks along their tops."""
    vw = 0.17 + 0.07 * (gz + 0.5)
    floor = 0.03 + 0.3 * np.clip(0.45 - gz, 0, 1) ** 1.6
    s = np.clip((np.abs(gx) - 0.55 * vw) / (0.45 * vw + 0.1), 0, 1)
    wall = (0.3 + 0.05 * _waves(gx, gz, rng, 1.0, 9.0, 2)) * (3 * s**2 - 2 * s**3)
    rough = 0.02 * _waves(gx, gz, rng, 1.0, 25.0, 3) * s
    return floor + wall + rough


def _ice_rows(rng: Rng, front: float) -> tuple[np.ndarray, np.ndarray]:
    """The rows of z down the glacier from the back edge to its front, with three rows close
    together at each crevasse (its two lips and its floor), and which rows are crevasse
    floors."""
    zs = list(np.arange(-0.5, front - 0.01, 0.03))
    cracks = np.sort(rng.uniform(-0.015, 0.015, 6) + np.linspace(-0.32, front - 0.08, 6))
    for c in cracks:
        zs += [c - 0.01, c, c + 0.01]
    zs = np.array(sorted([*zs, front]))
    return zs, np.isin(zs, cracks)


def _glacier(rng: Rng) -> list[Part]:
    """A glacier as a diorama: a tongue of ice (the first material) flowing down a valley
    toward the viewer between two high walls of dark rock (the second material) with snow on
    their peaks, its surface bulging across and falling with the valley, cut across by curved
    blue crevasses, dark bands of rubble along its edges; it ends in a rounded snout, a
    cracked, jagged ice cliff standing over the bare valley floor, blocks of ice fallen from
    it into a small meltwater pool."""
    front = 0.2
    rows, cracks = _ice_rows(rng, front)
    u = np.linspace(-1.1, 1.1, 31)
    vw = 0.17 + 0.07 * (rows[:, None] + 0.5)
    gx = u[None] * vw
    near = np.clip((rows[:, None] - front + 0.25) / 0.25, 0, 1)
    bend = (0.04 + 0.06 * near) * (1 - np.clip(np.abs(u[None]), 0, 1) ** 2)
    jag = np.where(rows[:, None] >= front, 0.02 * np.sin(u[None] * 23 + 1.3) ** 3, 0.0)
    gz = np.where(rows[:, None] > -0.5, rows[:, None] + bend + jag, rows[:, None])
    floor = 0.03 + 0.3 * np.clip(0.45 - gz, 0, 1) ** 1.6
    thick = 0.13 - 0.05 * near
    y = floor + thick * (1 - 0.45 * u[None] ** 2) + 0.006 * _waves(gx, gz, rng, 1.0, 30.0, 2)
    span = np.clip(1 - (np.abs(u[None]) / (0.75 + 0.2 * np.sin(rows[:, None] * 40))) ** 4, 0, 1)
    y = y - np.where(cracks[:, None], 0.05 * span, 0.0)
    ice = np.stack([gx, y, gz], -1)
    parts = [_block(ice, 1, 0.0, 0, "body")]
    firn = gz < -0.15 + 0.05 * np.sin(u[None] * 5 + 1) + 0.03 * _waves(gx, gz, rng, 1, 20, 1)
    parts.append(_cover(ice, firn, 0.004, "snow", 0.0, 0.99))
    for i in np.flatnonzero(cracks):  # the blue depths of the crevasses
        j = np.flatnonzero(span[i] > 0.5)[::3]
        pts = np.stack([gx[i, j], y[i, j] + 0.025, gz[i, j]], 1)
        parts.append(band(pts, 0.04, 0.008, (0, 1, 0), "plume"))
    xs = np.linspace(-0.5, 0.5, 37)
    rx, rz = np.meshgrid(xs, xs)
    ground = np.stack([rx, _valley(rx, rz, rng), rz], -1)
    parts.append(_block(ground, 1, 0.0, 1))
    high = ground[..., 1] > 0.4 + 0.03 * _waves(rx, rz, rng, 1, 15, 2)
    parts.append(_cover(ground, high, 0.005, "snow", 0.0, 0.99))
    for s in (-1, 1):  # the rubble along the ice's edges
        zl = np.linspace(-0.45, front - 0.04, 12)
        x = s * 0.78 * (0.17 + 0.07 * (zl + 0.5))
        fl = 0.03 + 0.3 * np.clip(0.45 - zl - 0.05, 0, 1) ** 1.6
        yl = fl + (0.13 - 0.05 * np.clip((zl - front + 0.25) / 0.25, 0, 1)) * (1 - 0.45 * 0.78**2)
        parts.append(band(np.stack([x, yl + 0.003, zl + 0.04], 1), 0.03, 0.006, (1, 0, 0),
                          "stones"))  # fmt: skip
    parts.append(cylinder(1.0, 1.0, 0.012, at(0.0, 0.03, 0.4) @ scl(0.11, 1, 0.06), "plume"))
    fallen = ((-0.06, 0.38, 0.028), (0.05, 0.41, 0.02), (0.08, 0.36, 0.024), (-0.02, 0.34, 0.018))
    blocks = [_stone((x, 0.045, z), (s, s * 0.8, s), rng, 25) for x, z, s in fallen]
    parts.append(_rocks(blocks, rng, 0, 4, 2, 0.15))
    return parts


# ---- 1409 meteor --------------------------------------------------------------------------------


def _meteor(rng: Rng) -> list[Part]:
    """A meteor falling: a big rough rock high in the air streaking down at a slant toward the
    left, its leading face glowing molten between the dark lumps of rock, flame licking back
    off its rim into a long tapering fiery tail of twisting tongues of fire round a bright
    core, trailing into a long plume of smoke puffs (the second material) round and behind it;
    a few glowing sparks flying off; far below it a small patch of dark ground, so that it
    plainly hangs in the air."""
    d = np.array([-0.454, -0.541, 0.644])
    d /= np.linalg.norm(d)
    back = -d
    c = v3(-0.3, 0.42, 0.14)
    r = 0.12
    side = np.cross(back, [0.0, 1.0, 0.0])
    side /= np.linalg.norm(side)
    up = np.cross(side, back)
    frame = np.eye(4)
    frame[:3, 0], frame[:3, 1], frame[:3, 2], frame[:3, 3] = side, back, up, c
    parts = [_rocks([at(*c) @ scl(r, r * 0.9, r)], rng, 0, 10, 5, 0.16, "body")]
    cap = [(0.0, -r * 0.98), (r * 0.55, -r * 0.84), (r * 0.8, -r * 0.5), (r * 0.9, -r * 0.1),
           (r * 0.7, r * 0.1), (0.0, r * 0.1)]  # fmt: skip
    parts.append(lathe(cap, frame, "glow"))
    tail = [(r * 0.5, r * 0.3), (r * 0.85, r * 0.9), (r * 0.95, r * 2.0), (r * 0.75, r * 3.8),
            (r * 0.45, r * 5.8), (r * 0.15, r * 7.5), (0.0, r * 8.2)]  # fmt: skip
    parts.append(lathe(tail, frame, "flame"))
    core = [(r * 0.3, r * 0.5), (r * 0.55, r * 1.5), (r * 0.4, r * 3.5), (0.0, r * 5.0)]
    parts.append(lathe(core, frame, "glow"))
    for k in range(8):  # tongues of fire licking back off the rim
        a = 2 * np.pi * k / 8 + float(rng.uniform(-0.3, 0.3))
        off = side * np.cos(a) + up * np.sin(a)
        twist = side * np.cos(a + 0.8) + up * np.sin(a + 0.8)
        L = r * float(rng.uniform(4.0, 6.5))
        pts = [c + off * r * 0.85 - back * r * 0.1, c + off * r * 1.1 + back * r * 0.6,
               c + twist * r * 0.95 + back * L * 0.45, c + off * r * 0.3 + back * L]  # fmt: skip
        parts.append(tube(pts, [r * 0.2, r * 0.3, r * 0.18, 0.0], None, "flame"))
    for k in range(11):  # the smoke, round the tail and on behind it
        t = r * (3.5 + 1.0 * k)
        wob = side * 0.035 * np.sin(1.7 * k) + up * 0.035 * np.cos(2.3 * k)
        s = r * (0.75 + 0.06 * k - 0.004 * k * k) * float(rng.uniform(0.85, 1.1))
        parts.append(sphere(s, at(*(c + back * t + wob)) @ scl(1.0, 0.85, 1.0), 1))
    sparks = []
    for _ in range(7):
        p = c + back * rng.uniform(0.1, 0.6) + (side * rng.uniform(-1, 1)
                                                + up * rng.uniform(-1, 1)) * r * 1.8  # fmt: skip
        sparks.append(_stone(p, (0.012, 0.012, 0.012), rng))
    parts.append(_rocks(sparks, rng, "glow", 5, 2, 0.2))
    ground = [(0.0, 0.0), (0.26, 0.0), (0.24, 0.01), (0.16, 0.018), (0.0, 0.02)]
    parts.append(lathe(ground, at(c[0], 0, c[2]) @ scl(1.0, 1.0, 0.8), "soil",
                       shape=_wobble(rng, 24, 0.06)))  # fmt: skip
    pebbles = []
    for _ in range(6):
        a, e = rng.uniform(0, 2 * np.pi), rng.uniform(0.05, 0.2)
        q = (c[0] + e * np.cos(a), 0.015, c[2] + 0.8 * e * np.sin(a))
        pebbles.append(_stone(q, v3(0.02, 0.013, 0.017) * rng.uniform(0.6, 1.2), rng))
    parts.append(_rocks(pebbles, rng, "stones"))
    return parts


# ---- 1410 pebbles -------------------------------------------------------------------------------


def _pebble_mesh(rng: Rng, sides: int = 12, rings: int = 5):
    """A smooth unit pebble: a flattened round stone, its rim fuller than an ellipsoid's, its
    outline a little irregular."""
    lat = np.linspace(-np.pi / 2, np.pi / 2, rings + 2)[1:-1]
    a = np.arange(sides) * (2 * np.pi / sides)
    ph = rng.uniform(0, 6.3, 2)
    rim = 1 + 0.06 * np.sin(2 * a + ph[0]) + 0.04 * np.sin(3 * a + ph[1])
    c = np.sign(np.cos(lat)) * np.abs(np.cos(lat)) ** 0.7
    p = np.stack([c[:, None] * rim * np.cos(a), np.sin(lat)[:, None] + 0 * a,
                  c[:, None] * rim * np.sin(a)], -1)  # fmt: skip
    return grid_mesh(p)


def _pebble_part(mats, rng: Rng, slot, tag: str = "") -> Part:
    """Many smooth pebbles as one part, each placed (and sized) by a matrix."""
    verts, faces, base = [], [], 0
    for m in mats:
        v, f = _pebble_mesh(rng)
        verts.append(v @ m[:3, :3].T + m[:3, 3])
        faces.append(f + base)
        base += len(v)
    return mesh_part(np.concatenate(verts), np.concatenate(faces), slot, tag)


def _pebbles(rng: Rng) -> list[Part]:
    """A small heap of pebbles: smooth, rounded, flattened stones of different sizes in three
    shades (the first and second materials and a shade between), piled close into a low round
    mound, each lying flat on the slope under it, smaller ones filling the gaps between the
    big ones, dark gaps deeper in; a few strays rolled off to the side."""
    mats: list[list[np.ndarray]] = [[], [], []]
    R, H = 0.42, 0.17
    placed = np.zeros((0, 3))
    for lo, hi, gap, n in ((0.06, 0.095, 0.72, 400), (0.04, 0.06, 0.7, 400),
                           (0.025, 0.04, 0.7, 300)):  # fmt: skip
        d = R * np.sqrt(rng.uniform(0, 1, n))
        a = rng.uniform(0, 2 * np.pi, n)
        cand = np.stack([d * np.cos(a), d * np.sin(a), rng.uniform(lo, hi, n)], 1)
        for i, (x, z, w) in enumerate(cand):
            near = np.hypot(placed[:, 0] - x, placed[:, 1] - z) < gap * (placed[:, 2] + w)
            if near.any():
                continue
            placed = np.vstack([placed, cand[i]])
            h = w * float(rng.uniform(0.36, 0.5))
            tilt = np.arctan(2 * H * d[i] / R**2)
            y = max(H * (1 - (d[i] / R) ** 2) + h * 0.55, h * np.cos(tilt) + w * np.sin(tilt))
            m = at(x, y, z) @ rot("y", -np.degrees(a[i])) @ rot("z", -np.degrees(tilt))
            m = m @ rot("y", float(rng.uniform(0, 180)))
            m = m @ scl(w, h, w * float(rng.uniform(0.65, 0.85)))
            mats[int(np.searchsorted((0.45, 0.8), rng.uniform()))].append(m)
    for _ in range(5):  # strays
        a, d = rng.uniform(0, 2 * np.pi), rng.uniform(0.47, 0.56)
        w = float(rng.uniform(0.035, 0.06))
        m = at(d * np.cos(a), w * 0.42, d * np.sin(a)) @ rot("y", float(rng.uniform(0, 180)))
        mats[int(rng.integers(0, 3))].append(m @ scl(w, w * 0.45, w * 0.75))
    core = [(0.0, 0.0), (R * 0.88, 0.0), (R * 0.7, H * 0.33), (R * 0.45, H * 0.7), (0.0, H * 0.92)]
    parts = [_pebble_part(mats[k], rng, k, "" if k else "body") for k in range(3)]
    return [*parts, lathe(core, None, "marking")]


# ---- 1411 asteroid ------------------------------------------------------------------------------


def _cratered(rng: Rng, radii, lumps: float, craters: int, rows: int, cols: int,
              facing=(0.0, 0.0, 0.0)) -> np.ndarray:  # fmt: skip
    """The skin of a lumpy cratered rock as latitude rings (rows, cols, 3) round its middle:
    an ellipsoid of half sizes ``radii`` swollen and dented in broad lumps, pitted with
    ``craters`` bowls of many sizes, each with a raised rim, the big ones mostly on the side
    toward ``facing``."""
    facing = np.asarray(facing, float)
    lat = np.linspace(-np.pi / 2, np.pi / 2, rows + 2)[1:-1]
    lon = np.arange(cols) * (2 * np.pi / cols)
    la, lo = np.meshgrid(lat, lon, indexing="ij")
    n = np.stack([np.cos(la) * np.cos(lo), np.sin(la), np.cos(la) * np.sin(lo)], -1)
    r = 1 + lumps * _waves(n[..., 0], n[..., 1], rng, 0.5, 2.0, 2)
    r += lumps * 0.5 * _waves(n[..., 2], n[..., 0], rng, 0.5, 3.0, 2)
    sizes = 0.13 + 0.4 * rng.uniform(0, 1, craters) ** 2.5
    for s in sizes:
        c = rng.normal(size=3) + (facing if s > 0.25 else 0.0)
        c /= np.linalg.norm(c)
        ang = np.arccos(np.clip(n @ c, -1, 1)) / s
        bowl = np.where(ang < 1, ang**2 - 1, 0.0)
        rim = 0.35 * np.exp(-(((ang - 1) / 0.25) ** 2))
        r += 0.75 * s * (bowl + rim)
    return n * np.maximum(r, 0.5)[..., None] * np.asarray(radii)


def _asteroid(rng: Rng) -> list[Part]:
    """An asteroid floating in space: a lumpy potato-shaped rock tipped on a slant, pitted all
    over with craters of many sizes, each bowl inside a raised rim, held well up in the air on
    a thin steel display rod from a small dark round base; three small cratered rocks floating
    beside it."""
    body = _cratered(rng, (0.45, 0.27, 0.3), 0.14, 30, 50, 90, (0.9, 0.9, 1.4))
    m = at(0, 0.5, 0) @ rot("z", float(rng.uniform(18, 28))) @ rot("y", float(rng.uniform(-20, 20)))
    p = body @ m[:3, :3].T + m[:3, 3]
    parts = [mesh_part(*grid_mesh(p), 0, "body")]
    for k, (x, y, z, s) in enumerate(((0.55, 0.78, -0.1, 0.07), (-0.6, 0.3, 0.15, 0.05),
                                      (0.5, 0.25, 0.25, 0.04))):  # fmt: skip
        small = _cratered(rng, (s * 1.3, s, s), 0.2, 6, 12, 20)
        mm = at(x, y, z) @ rot("z", 40.0 * k) @ rot("x", 30.0 * k)
        parts.append(mesh_part(*grid_mesh(small @ mm[:3, :3].T + mm[:3, 3]), 0))
    parts.append(cylinder(0.008, 0.008, 0.45, None, "steel"))
    parts.append(lathe([(0.0, 0.0), (0.14, 0.0), (0.14, 0.02), (0.11, 0.04), (0.0, 0.04)], None,
                       "marking"))  # fmt: skip
    return parts


# ---- 1412 ridge ---------------------------------------------------------------------------------


def _ridge(rng: Rng) -> list[Part]:
    """A ridge as a diorama: a long narrow hill crest running right across the view on a low
    base, its sides steep and straight, meeting in a sharp spine along the top that rises and
    dips along its length; rocky outcrops of tilted slabs (the first material) breaking out
    along the spine, bare rock and scree on the upper slopes and grass (the second material)
    on the lower slopes and the flat ground at its foot."""
    g = 0.05
    xs = np.linspace(-0.55, 0.55, 61)
    u = np.concatenate([np.linspace(-1, 0, 14), np.linspace(0, 1, 14)[1:]])
    crest = 0.31 + 0.035 * np.sin(5.5 * xs + rng.uniform(0, 6.3)) + 0.02 * np.sin(13 * xs + 1)
    crest *= np.clip((0.55 - np.abs(xs)) / 0.12, 0.75, 1.0)
    zc = 0.03 * np.sin(3 * xs + rng.uniform(0, 6.3))
    gx = np.broadcast_to(xs, (len(u), len(xs)))
    half = 0.3
    gz = np.where(u[:, None] < 0, zc + u[:, None] * (half + zc), zc + u[:, None] * (half - zc))
    w = np.where(u[:, None] < 0, half + zc, half - zc) * 0.78
    d = np.clip(np.abs(gz - zc) / w, 0, 1)
    h = crest * (1 - d) ** 1.15 + 0.012 * _waves(gx, gz, rng, 1.0, 25.0, 2) * (1 - d)
    y = g + 0.012 + np.maximum(h, 0.0)
    grid = np.stack([gx, y, gz], -1)
    parts = [_block(grid * [0.997, 1.0, 0.994], 1, g - 0.004, 0, "body")]
    line = 0.5 * crest + 0.03 * _waves(gx, gz, rng, 1.0, 18.0, 2)
    parts.append(_cover(grid, h < line, 0.003, 1, g - 0.004))
    parts.append(box(1.13, g, 0.63, None, "soil"))
    crags = []
    for k in range(6):  # outcrops along the spine: tilted blades of rock breaking through
        x = -0.4 + 0.16 * k + float(rng.uniform(-0.04, 0.04))
        i = int(np.argmin(np.abs(xs - x)))
        top = g + 0.012 + crest[i]
        for j in range(int(rng.integers(1, 3))):
            s = float(rng.uniform(0.035, 0.05)) * (1.0 - 0.3 * j)
            p = (x + 0.04 * j, top - 0.1 * s - 0.03 * j, zc[i] + 0.015 * j)
            m = (
                at(*p)
                @ rot("y", float(rng.uniform(-10, 10)))
                @ rot("z", float(rng.uniform(-25, 25)))
            )
            crags.append(m @ scl(s * 1.4, s * 1.2, s * 0.4))
    parts.append(_rocks(crags, rng, 0, 5, 2, 0.15))
    return parts


# ---- the table ----------------------------------------------------------------------------------


MORE_APPLIANCES_ZZZZZ = {
    1405: _rock_formation, 1406: _rock_ledge, 1407: _mountain_range, 1408: _glacier,
    1409: _meteor, 1410: _pebbles, 1411: _asteroid, 1412: _ridge,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
