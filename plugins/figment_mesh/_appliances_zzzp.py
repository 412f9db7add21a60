"""More of the device family's appliances, from 1131: things of Morocco and Australia: a tagine,
a mashrabiya screen, a horseshoe arch doorway, a pair of babouche slippers, a rolled carpet, a
zellige fountain, a didgeridoo and a galah.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material, its painted,
tiled and feathered colours in fixed slots.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, align, at, mesh_part, rot, scl
from ._kit import (
    FLAT_UP,
    HEX,
    band,
    blocks,
    ccw,
    cloth_sheet,
    colour_patch,
    crisp,
    flat_solid,
    folded_wings,
    lines,
    loft,
    rope,
    skin_field,
    solid,
    studs,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import Field, ellipsoid
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZP"]

Rng = np.random.Generator

_DIAMOND = sharp([(1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (0.0, -1.0)])
_ZELLIGE = ("plume", "chalkboard", "snow", "cloth-yellow", "marking", "card-red")


def _sleeve(r0: float, r1: float, y0: float, y1: float, slot) -> Part:
    """A painted band round a turned body standing on y = 0: a thin frustum from radius r0 at
    y0 to r1 at y1."""
    return cylinder(r0, r1, y1 - y0, at(0, y0, 0), slot)


def _shell(r0: float, r1: float, h: float, m: np.ndarray | None, slot) -> Part:
    """A thin ring r0 to r1 round and h long from y = 0 under ``m``: a painted band on a roll
    that leaves the roll's end open."""
    return lathe(_ring(r0, r1, 0.0, h), m, slot, sides=20, closed=True)


def _ring(r0: float, r1: float, y0: float, y1: float) -> list[tuple[float, float]]:
    """A ring's rectangular cross-section, r0 to r1 round and y0 to y1 high, as a closed lathe
    profile that keeps its corners and straight sides."""
    return crisp([(r0, y0), (r1, y0), (r1, y1), (r0, y1), (r0, y0)], 0.02)[:-1]


_CUBE = np.array([[x, y, z] for x in (-0.5, 0.5) for y in (-0.5, 0.5) for z in (-0.5, 0.5)])
_CUBE_FACES = np.array([[0, 1, 3], [0, 3, 2], [4, 6, 7], [4, 7, 5], [0, 4, 5], [0, 5, 1],
                        [2, 3, 7], [2, 7, 6], [0, 2, 6], [0, 6, 4], [1, 5, 7],
                        [1, 7, 3]])  # fmt: skip


def _tile_parts(tiles, depth: float) -> list[Part]:
    """Small square tiles, one flat-shaded mesh per colour: each (frame, slot, side) of
    ``tiles`` a tile ``side`` across (or (width, height)) centred on its frame's origin, lying
    in the frame's xy plane, half of ``depth`` standing proud of it."""
    by_slot: dict = {}
    for frame, slot, side in tiles:
        w, h = (side, side) if np.isscalar(side) else side
        by_slot.setdefault(slot, []).append(frame @ np.diag([w, h, depth, 1.0]))
    parts = []
    for slot, frames in by_slot.items():
        f = np.asarray(frames)
        v = np.einsum("nij,kj->nki", f[:, :3, :3], _CUBE) + f[:, None, :3, 3]
        faces = _CUBE_FACES[None] + 8 * np.arange(len(f))[:, None, None]
        parts.append(mesh_part(v.reshape(-1, 3), faces.reshape(-1, 3), slot, "", True))
    return parts


def _tiles(cells, size: float, gap: float, m: np.ndarray) -> list:
    """The tiles of (x, y, slot) ``cells`` on the face z = 0 under ``m``, ``size`` apart with
    ``gap`` between them: (frame, slot, side) for ``_tile_parts``."""
    return [(m @ at(x, y, 0.0), slot, size - gap) for x, y, slot in cells]


# 1131 tagine


def _tagine(rng: Rng) -> list[Part]:
    """A Moroccan tagine: a wide shallow round glazed dish with a flat rim, covered by a tall
    straight-sided cone of a lid many times its height, a small knob on its point, the lid
    painted with red and blue bands, rings of blue and red diamonds and white dots between
    them."""
    top, h = 0.11, 0.62
    lid = crisp([(0.0, top), (0.4, top), (0.4, top + 0.03), (0.06, top + h), (0.0, top + h)], 0.02)
    parts = [lathe(lid, None, 0, "body")]
    parts.append(cylinder(0.045, 0.06, 0.03, at(0, top + h - 0.005, 0), 0))  # the knob
    parts.append(sphere(1.0, at(0, top + h + 0.05, 0) @ scl(0.05, 0.035, 0.05), 0))
    dish = crisp([(0.0, 0.0), (0.3, 0.0), (0.4, 0.06), (0.41, 0.085), (0.5, 0.09),
                  (0.5, top), (0.0, top)], 0.05)  # fmt: skip
    parts.append(lathe(dish, None, 1))
    parts.append(_sleeve(0.492, 0.492, 0.094, 0.104, "card-red"))  # the rim's band

    def r(y: float) -> float:  # the lid's radius at height y
        return 0.4 + (0.06 - 0.4) * (y - top - 0.03) / (h - 0.03)

    e = 0.004
    for y0, y1, c in ((0.17, 0.2, "card-red"), (0.205, 0.215, "plume"), (0.32, 0.33, "plume"),
                      (0.335, 0.36, "card-red"), (0.5, 0.52, "card-red"),
                      (0.6, 0.612, "plume")):  # fmt: skip
        parts.append(_sleeve(r(y0) + e, r(y1) + e, y0, y1, c))
    slope = np.degrees(np.arctan2(0.34, h - 0.03))
    turn = float(rng.uniform(0, 20))
    for k in range(14):  # the diamonds and dots between the bands
        a = turn + 360 * k / 14
        y = 0.268
        face = rot("y", a) @ at(0, y, r(y) + 0.002) @ rot("x", -slope)
        parts.append(slab(_DIAMOND, 0.006, face @ scl(0.038, 0.04, 1.0), "plume"))
        y = 0.435
        face = rot("y", a + 180 / 14) @ at(0, y, r(y) + 0.002) @ rot("x", -slope)
        parts.append(slab(_DIAMOND, 0.006, face @ scl(0.028, 0.05, 1.0), "card-red"))
    pts, nrm = [], []
    for k in range(28):  # rows of white dots
        a = np.radians(turn + 360 * k / 28)
        for y in (0.232, 0.385):
            c, s = np.cos(np.radians(slope)), np.sin(np.radians(slope))
            n = np.array([c * np.sin(a), s, c * np.cos(a)])
            pts.append((r(y) * np.sin(a), y, r(y) * np.cos(a)))
            nrm.append(n)
    parts.append(studs(pts, nrm, 0.008, 0.008, "snow", 6))
    return parts


# 1132 mashrabiya


def _lattice(w: float, h: float, cols: int, rows: int, m: np.ndarray) -> list[Part]:
    """A turned-wood lattice w × h in the plane z = 0 under ``m`` (its foot's middle at 0):
    thin spindles along the grid lines, a bead at every crossing."""
    xs = np.linspace(-w / 2, w / 2, cols + 1)[1:-1]
    ys = np.linspace(0.0, h, rows + 1)[1:-1]
    t = 0.009
    parts = [blocks([(0.0, y - t / 2, 0.0) for y in ys], (w, t, t), m, 0)]
    up = m @ rot("z", 90)  # the upright spindles: boxes along the frame's y
    parts.append(blocks([(h / 2, -x - t / 2, 0.0) for x in xs], (h, t, t), up, 0))
    pts = [(m @ np.array([x, y, 0.0, 1.0]))[:3] for x in xs for y in ys]
    parts.append(studs(pts, [m[:3, 2]] * len(pts), 0.014, 0.024, 0, 6))
    return parts


def _mashrabiya(rng: Rng) -> list[Part]:
    """A mashrabiya: a carved wooden oriel window screen projecting from a plaster wall, its
    front and sides framed in posts and rails and filled with a fine lattice of short turned
    spindles meeting in a grid with a bead at every crossing, a low solid panelled apron below
    on a stepped corbel table and carved brackets, a deep stepped cornice with dentils above."""
    W, D, y0, y1 = 0.74, 0.32, 0.42, 1.38
    parts = [box(W + 0.08, 0.06, D + 0.04, at(0, y0 - 0.06, D / 2 + 0.02), 0, "body")]
    parts.append(box(1.2, 1.62, 0.06, at(0, 0, -0.03), "plaster"))  # the wall
    for s in (-1, 1):  # the corner posts
        for z in (0.0, D):
            parts.append(box(0.05, y1 - y0, 0.05, at(s * (W / 2 - 0.025), y0, z - 0.025), 0))
    ap, lo, hi = 0.14, y0 + 0.19, y1 - 0.07
    for y in (y0, y0 + ap, hi):  # the rails
        parts.append(box(W, 0.05, 0.05, at(0, y, D - 0.025), 0))
        for s in (-1, 1):
            parts.append(box(0.05, 0.05, D, at(s * (W / 2 - 0.025), y, D / 2), 0))
    front = at(0, y0 + 0.05, D - 0.025)  # the solid apron and its two panels
    parts.append(box(W - 0.05, ap - 0.05, 0.02, front @ at(0, 0, -0.01), 0))
    for x in (-W / 4 + 0.01, W / 4 - 0.01):
        parts.append(box(W / 2 - 0.1, ap - 0.1, 0.03, front @ at(x, 0.025, 0), 0))
    for s in (-1, 1):
        parts.append(box(0.02, ap - 0.05, D - 0.05, at(s * (W / 2 - 0.025), y0 + 0.05, D / 2), 0))
    rows = 17 + int(rng.integers(0, 2))
    parts += _lattice(W - 0.05, hi - lo, 15, rows, at(0, lo, D - 0.025))
    for s in (-1, 1):
        side = at(s * (W / 2 - 0.025), lo, D / 2) @ rot("y", s * 90)
        parts += _lattice(D - 0.05, hi - lo, 6, rows, side)
    parts.append(box(W - 0.1, hi - lo, 0.01, at(0, lo, 0.05), "marking"))  # the dark room
    y = y1 - 0.02
    for grow, t in ((0.03, 0.04), (0.07, 0.03), (0.11, 0.05), (0.13, 0.025)):  # the cornice
        parts.append(box(W + grow * 2, t, D + grow, at(0, y, (D + grow) / 2), 0))
        y += t
    for i in range(11):  # dentils under its lip
        x = -W / 2 - 0.04 + (W + 0.08) * i / 10
        parts.append(box(0.03, 0.025, 0.03, at(x, y1 + 0.02, D + 0.045), 0))
    for k in range(3):  # the stepped corbel table under the floor
        d = D - 0.06 * k
        parts.append(box(W + 0.04 - 0.08 * k, 0.04, d, at(0, y0 - 0.1 - 0.04 * k, d / 2), 0))
    for x in (-W / 2 + 0.08, 0.0, W / 2 - 0.08):  # the carved brackets
        prof = [(0.0, 0.0), (D - 0.14, 0.0), (D - 0.14, -0.04), (D - 0.18, -0.07), (0.1, -0.1),
                (0.04, -0.17), (0.0, -0.2)]  # fmt: skip
        parts.append(slab(prof, 0.05, at(x, y0 - 0.18, 0.0) @ rot("y", -90), 0))
    return parts


# 1133 horseshoe arch doorway


def _horseshoe(R: float, yc: float, foot: float, n: int, spring: float = 28.0) -> np.ndarray:
    """A horseshoe arch's opening from its right foot up over the top to its left foot: the
    arc of radius R round (0, yc) carried ``spring`` degrees below its middle on each side,
    the jambs dropping straight from there to y = foot."""
    a = np.radians(np.linspace(-spring, 180 + spring, n))
    arc = np.stack([R * np.cos(a), yc + R * np.sin(a)], 1)
    return np.concatenate([[[arc[0, 0], foot]], arc, [[arc[-1, 0], foot]]])


def _zellige_band(w: float, h: float, size: float, m: np.ndarray, phase: int, tiles: list):
    """A band of zellige w × h on the face z = 0 under ``m`` (its lower left corner at 0):
    small square tiles (added to ``tiles``) in nested diamonds of colour between two dark lines
    along its length (returned)."""
    long = max(w, h)
    across = min(w, h) - 0.02
    n, k = max(1, round(long / size)), max(1, round(across / size))
    step = min(long / n, across / k)
    c = (k - 1) / 2
    cells = []
    for i in range(n):
        for j in range(k):
            d = abs(j - c) + abs((i + phase) % (2 * k) - k + 0.5)
            a, b = (i + 0.5) * long / n, 0.01 + (j + 0.5) * across / k
            cells.append(((a, b) if w >= h else (b, a)) + (_ZELLIGE[int(d) % 4],))
    tiles += _tiles(cells, step, 0.004, m)
    parts = []
    for off in (0.0, min(w, h) - 0.008):  # the dark edge lines
        x, y = (w / 2, off) if w >= h else (off + 0.004, 0.0)
        size3 = (w, 0.008, 0.01) if w >= h else (0.008, h, 0.01)
        parts.append(box(*size3, m @ at(x, y, 0.0), "marking"))
    return parts


def _horseshoe_doorway(rng: Rng) -> list[Part]:
    """A Moorish doorway: a plaster wall panel pierced by a horseshoe arch (rounder than a
    semicircle, narrowing at its springing), framed by a rectangular band of zellige tiles
    round the arch and a tiled dado along the wall's foot, a raised moulding following the
    arch, a pair of studded wooden doors with ring knockers filling it, a stone step."""
    W, H, T = 1.3, 1.45, 0.12
    R, yc, spring = 0.3, 0.78, 28.0
    xj = R * np.cos(np.radians(spring))
    hole = _horseshoe(R, yc, 0.0, 29, spring)
    wall = np.concatenate([[[W / 2, 0.0], [W / 2, H], [-W / 2, H], [-W / 2, 0.0]], hole[::-1]])
    outline = ccw(np.concatenate([wall[4:], wall[:4]]))
    parts = []
    for s in (-1, 1):  # the doors: each half the opening
        door = ccw(np.concatenate([hole[hole[:, 0] * s >= -1e-9], [[0.0, 0.0]]]))
        parts.append(flat_solid(lambda n, d=door: [d], 0.04, at(0, 0, -T / 2), 0,
                                "body" if s < 0 else ""))  # fmt: skip
    parts.append(flat_solid(lambda n: [outline], T, at(0, 0, -T), "plaster"))
    pts = []
    for s in (-1, 1):  # the studs, in rows on each leaf
        for j in range(9):
            y = 0.1 + 0.09 * j
            for i in range(3):
                x = s * (0.06 + (xj - 0.1) * i / 2)
                if y < yc + np.sqrt(max(R * R - x * x, 0.0)) - 0.06:
                    pts.append((x, y, -T / 2 + 0.042))
    parts.append(studs(pts, [(0, 0, 1)] * len(pts), 0.015, 0.016, 1, 8))
    for s in (-1, 1):  # the ring knockers
        parts.append(torus(0.04, 0.007, at(s * 0.07, 0.62, -T / 2 + 0.05) @ rot("x", 90), 1))
        parts.append(sphere(0.014, at(s * 0.07, 0.66, -T / 2 + 0.045), 1))
    parts.append(box(0.006, yc + R - 0.02, 0.01, at(0, 0, -T / 2 + 0.04), "marking"))
    arch = [
        (r * np.cos(a), yc + r * np.sin(a), 0.012)
        for r, a in ((R + 0.035, t) for t in np.radians(np.linspace(-spring, 180 + spring, 13)))
    ]
    parts.append(tube(arch, 0.022, None, "plaster", shape=HEX))  # the moulding round the arch
    for s in (-1, 1):
        parts.append(box(0.07, 0.06, 0.05, at(s * (xj + 0.03), yc - R * 0.47, 0.0), "plaster"))
    bw, fx, ftop = 0.08, R + 0.14, yc + R + 0.16  # the zellige frame (alfiz)
    phase, tiles = int(rng.integers(0, 4)), []
    parts += _zellige_band(2 * fx + 2 * bw, bw, 0.02, at(-fx - bw, ftop, 0.0), phase, tiles)
    for s in (-1, 1):
        x = -fx - bw if s < 0 else fx
        parts += _zellige_band(bw, ftop - 0.36, 0.02, at(x, 0.36, 0.0), phase, tiles)
    for s in (-1, 1):  # the tiled dado
        x0 = -W / 2 if s < 0 else xj + 0.06
        parts += _zellige_band(W / 2 - xj - 0.06, 0.34, 0.025, at(x0, 0.02, 0.0), phase, tiles)
    parts += _tile_parts(tiles, 0.008)
    parts.append(box(2 * xj + 0.3, 0.07, 0.24, at(0, 0, 0.1), "stones"))  # the step
    parts.append(box(2 * xj, 0.02, T, at(0, 0, -T / 2), "stones"))  # the threshold
    return parts


# 1134 babouche slippers


def _sole_half(z: np.ndarray) -> np.ndarray:
    """A babouche's half width (of its greatest) along its length z: 0 at the heel, 1 at the
    sharp point of its toe; a rounded heel, a broad ball, a long straight taper to the point."""
    heel = 0.82 * np.sqrt(np.clip(z / 0.07, 0.0, 1.0))
    body = 0.82 + 0.18 * np.sin(np.pi * np.clip((z - 0.05) / 0.6, 0.0, 1.0))
    toe = np.clip((1.0 - z) / 0.45, 0.0, 1.0) ** 0.8
    return np.minimum(np.where(z < 0.07, heel, body), toe)


def _toe_lift(z: np.ndarray, L: float) -> np.ndarray:
    """How far the sole rises off the floor toward its upturned point."""
    return 0.07 * L * np.clip((z - 0.7) / 0.3, 0.0, 1.0) ** 2


def _babouche(m: np.ndarray, L: float, w: float, tag: str = "") -> list[Part]:
    """One babouche under ``m``, its heel at z = 0 and its pointed toe at z = L: a thin flat
    sole turning up a little at the point, a soft leather upper over the front half rising to
    the instep round a U-shaped opening and running out to the point, a bound edge round the
    opening, the heel's back folded down flat inside."""
    ts = 0.016
    zs = np.linspace(0.0, 1.0, 30)
    hw = np.maximum(_sole_half(zs) * w / 2, 0.002)
    lift = _toe_lift(zs, L)
    centres = np.stack([np.zeros(30), lift + ts / 2, zs * L], 1)
    u = np.stack([hw, np.zeros(30), np.zeros(30)], 1)
    v = np.stack([np.zeros(30), np.full(30, ts / 2), np.zeros(30)], 1)
    flat = np.array([[1.0, -1.0], [1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0]])
    parts = [loft(centres, u, v, flat, 1, tag).moved(m)]
    lining = [(x, z) for x, z in zip(hw * 0.9, zs * L, strict=True) if 0.02 < z <= 0.7 * L]
    inner = ccw(np.array([(x, -z) for x, z in lining] + [(-x, -z) for x, z in lining[::-1]]))
    parts.append(flat_solid(lambda k: [inner], 0.004, m @ at(0, ts, 0) @ FLAT_UP, "plaster"))
    throat, rows, cols = 0.46, 16, 15
    t = np.linspace(0.0, np.pi, cols)[None, :]
    f = np.linspace(0.0, 1.0, rows)[:, None]
    z0 = throat + 0.12 * np.sin(t) ** 2  # the opening's U, forward in the middle
    z = z0 + (0.997 - z0) * f
    half = np.maximum(_sole_half(z) * w / 2 * 1.04, 0.003)
    rise = (
        0.2 * L * (1 - ((z - throat) / (1 - throat)) ** 1.5) * (1 - 0.45 * np.sin(t) ** 2 * (1 - f))
    )
    y = ts + _toe_lift(z, L) + np.maximum(rise, 0.003) * np.sin(t) ** 0.7
    grid = np.stack([half * np.cos(t), y, z * L], -1)
    parts.append(cloth_sheet(grid, 0.01, 0).moved(m))
    parts.append(tube(grid[0], 0.008, m, 1))  # the bound edge of the opening
    back = [(x, z) for x, z in zip(hw * 0.96, zs * L, strict=True) if z <= 0.3 * L]
    fold = ccw(np.array([(x, -z) for x, z in back] + [(-x, -z) for x, z in back[::-1]]))
    parts.append(flat_solid(lambda k: [fold], 0.012, m @ at(0, ts, 0) @ FLAT_UP, 0))
    parts.append(box(w * 0.76, 0.006, 0.012, m @ at(0, ts + 0.01, 0.3 * L - 0.012), 1))
    return parts


def _babouches(rng: Rng) -> list[Part]:
    """A pair of Moroccan babouche slippers side by side, a little apart, one turned: flat soft
    leather slippers with long pointed upturned toes, no heel counter (the back folded down
    flat inside), a thin flat sole."""
    L, w = 0.56, 0.2
    turn = float(rng.uniform(10, 18))
    pair = rot("y", -60)
    parts = _babouche(pair @ at(-0.14, 0, -L / 2), L, w, "body")
    return parts + _babouche(pair @ at(0.15, 0, -L / 2 + 0.05) @ rot("y", turn), L, w)


# 1135 rolled carpet


def _carpet_spiral(R: float, r0: float, turns: float, flap: float, n: int) -> np.ndarray:
    """Points (y, z) along a rug's rolled layers: a spiral from radius r0 out to R round the
    roll's axis at height R, ending at the floor in front and running out flat along it."""
    a = np.linspace(0.0, 2 * np.pi * turns, n)
    r = r0 + (R - r0) * a / a[-1]
    # the last angle puts the outer end at the bottom moving toward +z
    phi = a - a[-1]
    y = R - r * np.cos(phi)
    pts = np.stack([y, r * np.sin(phi)], 1)
    tail = [(0.0, flap * k / 3) for k in (1, 2, 3)]
    return np.concatenate([pts, tail])


def _rolled_carpet(rng: Rng) -> list[Part]:
    """A Persian rug rolled up into a thick cylinder lying on the floor, its end unrolled a
    little onto the floor in front: the spiral of its layers showing at both ends, two cords
    tied round it, its outer face patterned with border bands and a field of diamonds, a
    fringe of tassels at both ends."""
    L, R, t = 1.0, 0.13, 0.014
    sp = _carpet_spiral(R, 0.03, 5.0, 0.16, 90) + np.array([t / 2, 0.0])
    path = [(0.0, y, z) for y, z in sp]
    parts = [band(path, L, t, (1.0, 0.0, 0.0), 0, "body")]
    e, axis = R + 0.004, at(0, R + t / 2, 0)
    along = lambda x: axis @ at(x, 0, 0) @ rot("z", -90)  # noqa: E731
    for s in (-1, 1):  # the border bands
        for x0, x1, c in ((0.44, 0.47, "card-red"), (0.38, 0.42, "cloth-dark"),
                          (0.34, 0.36, "plaster"), (0.31, 0.33, "card-red")):  # fmt: skip
            lo, hi = (x0, x1) if s > 0 else (-x1, -x0)
            if x1 > 0.45:  # open at the roll's end, so its layers show
                parts.append(_shell(R - 0.01, e, hi - lo, along(lo), c))
            else:
                parts.append(cylinder(e, e, hi - lo, along(lo), c))
    parts.append(cylinder(e, e, 0.54, along(-0.27), "card-red"))  # the field
    spin = float(rng.uniform(0, 30))
    for i in range(4):  # its diamonds
        x = -0.2 + 0.4 * i / 3
        for k in range(9):
            a = spin + 360 * k / 9 + (20 if i % 2 else 0)
            if np.cos(np.radians(a)) < -0.6:  # under the roll, out of sight
                continue
            face = axis @ at(x, 0, 0) @ rot("x", -a) @ at(0, e, 0) @ FLAT_UP
            parts.append(slab(_DIAMOND, 0.006, face @ scl(0.07, 0.045, 1.0), "cloth-dark"))
            parts.append(slab(_DIAMOND, 0.009, face @ scl(0.035, 0.022, 1.0), "plaster"))
    for x in (-0.29, 0.29):  # the cords
        parts.append(torus(e + 0.003, 0.006, axis @ at(x, 0.003, 0) @ rot("z", 90), 1))
        parts.append(sphere(1.0, axis @ at(x, 0.01, e + 0.01) @ scl(0.018, 0.02, 0.014), 1))
        parts.append(tube([(x, R + 0.01, e + 0.015), (x + 0.02, R - 0.04, e + 0.03),
                           (x + 0.03, R - 0.08, e + 0.025)], 0.006, None, 1))  # fmt: skip
    cum = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(sp, axis=0), axis=1))]
    at_s = np.arange(0.01, cum[-1], 0.04)  # a tassel every so far along the layers' edge
    ends = np.stack([np.interp(at_s, cum, sp[:, 0]), np.interp(at_s, cum, sp[:, 1])], 1)
    for s in (-1, 1):  # the fringes
        feet = [(s * (L / 2 + 0.018), y - 0.003, z) for y, z in ends]
        parts.append(blocks(feet, (0.036, 0.006, 0.006), None, "plaster"))
    flap = at(0, t, sp[-1, 1] - 0.035)  # the pattern on the loose end
    parts.append(box(L - 0.06, 0.002, 0.04, flap, "card-red"))
    for s in (-1, 1):
        parts.append(box(0.05, 0.002, 0.12, flap @ at(s * (L / 2 - 0.07), 0, -0.04), "card-red"))
    return parts


# 1136 zellige fountain


def _star_slot(u: float, v: float, s: float) -> str:
    """A tile's colour in an eight-pointed star of size s centred at (0, 0)."""
    a, b = max(abs(u), abs(v)), (abs(u) + abs(v)) / np.sqrt(2)
    if max(a, b) < s * 0.3:
        return "cloth-yellow"
    d = min(a, b)  # a square and a square turned through 45 degrees
    return "plume" if d < s * 0.55 else "marking" if d < s * 0.72 else "snow"


def _zellige_fountain(rng: Rng) -> list[Part]:
    """A Moroccan courtyard fountain: a low octagonal basin faced with mosaic tiles (an eight-
    pointed blue star on white on every face, green borders), full of water over a tiled
    floor, a turned central pedestal carrying a round shallow bowl, a jet of water rising from
    it and falling back into it in arcs."""
    Rb, hb, wall = 0.55, 0.26, 0.05
    turn, tan = rot("y", 22.5), np.tan(np.radians(22.5))
    ri = Rb * np.cos(np.radians(22.5))
    parts = []
    for k in range(8):  # the walls and the rim, face by face
        side = rot("y", 45 * k)
        parts.append(box(2 * ri * tan, hb, wall, side @ at(0, 0, ri - wall / 2), 0,
                         "" if k else "body"))  # fmt: skip
        parts.append(box(2 * (ri + 0.02) * tan, 0.03, wall + 0.03,
                         side @ at(0, hb, ri + 0.02 - (wall + 0.03) / 2), 0))  # fmt: skip
    parts.append(lathe(crisp([(0.0, 0.0), (Rb - wall, 0.0), (Rb - wall, 0.03), (0.0, 0.03)]),
                       turn, 0, sides=8))  # fmt: skip
    fw = 2 * Rb * np.sin(np.radians(22.5))
    size = 0.021
    cols, rows = int(fw / size) - 1, int((hb - 0.05) / size)
    half_w, half_h = cols * size / 2, rows * size / 2
    cells = []
    for i in range(cols):
        for j in range(rows):
            u, v = (i - (cols - 1) / 2) * size, (j - (rows - 1) / 2) * size
            slot = _star_slot(u, v, half_h)
            if slot != "snow":
                cells.append((u, 0.025 + half_h + v, slot))
    g = 2 * size  # the grout of the white ground, every other tile
    across = [(-half_w, half_w, 0.025 + j * g) for j in range(rows // 2 + 1)]
    down = [(0.025, 0.025 + 2 * half_h, -half_w + size + i * g) for i in range(cols // 2)]
    tiles = []
    for k in range(8):  # the faces: a white ground, its grout, the star, green borders
        face = rot("y", 45 * k) @ at(0, 0, ri)
        tiles.append((face @ at(0, hb / 2, -0.003), "snow", (fw - 0.03, hb - 0.05)))
        parts.append(lines(face @ at(0, 0, 0.002), across, 0.003, 0.003, "stones"))
        parts.append(lines(face @ at(0, 0, 0.002) @ rot("z", 90), down, 0.003, 0.003, "stones"))
        tiles += _tiles(cells, size, 0.003, face)
        for y in (0.016, hb - 0.017):
            tiles.append((face @ at(0, y, 0), "chalkboard", (fw - 0.02, 0.016)))
    parts += _tile_parts(tiles, 0.012)
    r_in = (Rb - wall) * np.cos(np.radians(22.5)) - 0.02
    step = 0.075
    floor = [(at(i * step, 0.032, j * step) @ FLAT_UP, "plume", step - 0.008)
             for i in range(-6, 7) for j in range(-6, 7)
             if (i + j) % 2 and abs(i) + abs(j) < 1.3 * r_in / step
             and max(abs(i), abs(j)) * step < r_in]  # fmt: skip
    parts.append(lathe(crisp([(0.0, 0.0), (r_in + 0.02, 0.0), (r_in + 0.02, 0.032),
                              (0.0, 0.032)]), turn, "snow", sides=8))  # fmt: skip
    parts += _tile_parts(floor, 0.006)
    water = crisp([(0.0, 0.02), (r_in + 0.02, 0.02), (r_in + 0.02, hb - 0.05), (0.0, hb - 0.05)])
    parts.append(lathe(water, turn, "rain", sides=8))
    ped = [*crisp([(0.0, 0.0), (0.13, 0.0), (0.13, 0.06)]), (0.09, 0.1), (0.06, 0.14),
           (0.05, 0.3), (0.06, 0.36), (0.09, 0.4), (0.05, 0.44), (0.05, 0.5),
           (0.0, 0.5)]  # fmt: skip
    parts.append(lathe(ped, None, 1, sides=14))
    bowl = [(0.0, 0.48), (0.08, 0.48), (0.2, 0.53), (0.27, 0.58), (0.28, 0.6), (0.26, 0.6),
            (0.0, 0.56)]  # fmt: skip
    parts.append(lathe(bowl, None, 1))
    parts.append(cylinder(0.262, 0.262, 0.012, at(0, 0.575, 0), "rain"))  # its water
    parts.append(cylinder(0.025, 0.015, 0.05, at(0, 0.57, 0), 1))  # the spout
    h = 0.86 + float(rng.uniform(-0.03, 0.03))
    parts.append(tube([(0, 0.6, 0), (0, h - 0.1, 0), (0, h, 0)], [0.014, 0.01, 0.006], None,
                      "rain"))  # fmt: skip
    for k in range(6):  # the water falling back in arcs
        a = np.radians(60 * k + 10)
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        pts = [(0, h - 0.02, 0)] + [tuple(d * r + np.array([0, y, 0])) for r, y in
                                     ((0.06, h + 0.01), (0.12, h - 0.03), (0.17, 0.7),
                                      (0.2, 0.59))]  # fmt: skip
        parts.append(tube(pts, [0.008, 0.008, 0.007, 0.006, 0.005], None, "rain", shape=HEX))
    return parts


# 1137 didgeridoo


def _didgeridoo(rng: Rng) -> list[Part]:
    """A didgeridoo lying on the floor aslant: a long straight wooden tube flaring a little at
    its bottom end, hollow, painted in black and red ochre bands crowded with white and yellow
    dots, a dotted snake winding down it and rings of dots round waterholes between, a dark
    beeswax mouthpiece ring at the top."""
    Lt = 1.3
    prof = [(0.075, 0.0), (0.062, 0.08), (0.055, 0.2), (0.05, 0.5), (0.046, 0.9), (0.042, Lt)]
    ys = np.array([y for _, y in prof])
    rs = np.array([r for r, _ in prof])

    def r(y: float) -> float:
        return float(np.interp(y, ys, rs))

    loop = prof + [(rr - 0.014, y) for rr, y in prof[::-1]]
    parts = [lathe(loop, None, 0, "body", closed=True)]
    parts.append(cylinder(0.06, 0.038, 0.01, at(0, 0.012, 0), "marking"))  # the dark bore
    parts.append(lathe([(0.028, Lt - 0.05), (0.05, Lt - 0.04), (0.05, Lt + 0.01),
                        (0.028, Lt + 0.012)], None, 1, closed=True))  # the beeswax # fmt: skip
    e = 0.003
    parts.append(_shell(r(0.0) - 0.016, r(0.0) + e, 0.05, None, "marking"))  # the rim's band
    for y0, y1, c in ((0.1, 0.2, "marking"), (0.52, 0.6, "fruit-orange"),
                      (0.62, 0.65, "marking"), (1.04, 1.16, "marking"),
                      (1.18, 1.21, "fruit-orange")):  # fmt: skip
        parts.append(_sleeve(r(y0) + e, r(y1) + e, y0, y1, c))
    dots: dict = {"snow": [], "cloth-yellow": [], "marking": []}

    def dot(y: float, a: float, c: str, lift: float = 0.0) -> None:
        rr = r(y) + e + lift
        dots[c].append(((rr * np.sin(a), y, rr * np.cos(a)), (np.sin(a), 0.0, np.cos(a))))

    for y, c in ((0.125, "snow"), (0.15, "cloth-yellow"), (0.175, "snow"), (1.07, "snow"),
                 (1.1, "cloth-yellow"), (1.13, "snow"), (0.56, "marking")):  # fmt: skip
        for k in range(22):
            dot(y, 2 * np.pi * (k + 0.5 * (c == "cloth-yellow")) / 22, c, 0.002)
    spin = float(rng.uniform(0, 2 * np.pi))
    for k in range(60):  # the snake winding down the middle
        y = 0.25 + 0.75 * k / 59
        if not 0.5 < y < 0.67:
            a = spin + 0.9 * np.sin(y * 14)
            dot(y, a, "snow")
            dot(y, a + 0.35, "cloth-yellow")
    holes = ((0.33, spin + 2.2), (0.8, spin + 2.5), (0.42, spin - 2.0), (0.9, spin - 1.8))
    hole = [(r(y) * np.sin(a), y, r(y) * np.cos(a)) for y, a in holes]  # the waterholes
    parts.append(studs(hole, [(np.sin(a), 0, np.cos(a)) for _, a in holes], 0.012, 0.01,
                       "fruit-orange", 8))  # fmt: skip
    for y, a in holes:  # the rings of dots round them
        for ring, c in ((0.024, "snow"), (0.038, "cloth-yellow")):
            for k in range(int(ring * 400)):
                b = 2 * np.pi * k / int(ring * 400)
                dot(y + ring * np.sin(b), a + ring * np.cos(b) / r(y), c)
    for c, ds in dots.items():
        if ds:
            parts.append(studs([p for p, _ in ds], [n for _, n in ds], 0.0055, 0.006, c, 6))
    tilt = np.degrees(np.arctan2(0.075 - 0.042, Lt))
    lay = at(0.5, 0.075, 0.35) @ rot("y", -35) @ rot("z", 90 - tilt)
    return [p.moved(lay) for p in parts]


# 1138 galah: the bird's pieces, after the town birds' (built head toward +x, side toward +z)


def _surface(field: Field, o, d, reach: float = 0.3, n: int = 96):
    """Where a ray from o (inside the skin) along d first leaves it, and the normal there."""
    o, d = np.asarray(o, float), np.asarray(d, float)
    d = d / np.linalg.norm(d)
    t = np.linspace(0.0, reach, n)
    v = field.at(o[None] + t[:, None] * d[None])
    i = int(np.clip(np.argmax(v >= 0), 1, n - 1))
    f = float(np.clip(-v[i - 1] / (v[i] - v[i - 1] or 1.0), 0.0, 1.0))
    p = o + (t[i - 1] + f * (t[i] - t[i - 1])) * d
    probe = p[None] + 0.004 * np.concatenate([np.eye(3), -np.eye(3)])
    g = field.at(probe)
    nrm = g[:3] - g[3:]
    return p, nrm / max(float(np.linalg.norm(nrm)), 1e-9)


def _galah(rng: Rng) -> list[Part]:
    """A galah cockatoo perched upright on a branch: a grey back, wings and long tail, a rose-
    pink face, neck, breast and belly, a pale pink crest cap raised a little at the back of its
    crown, a short hooked pale bone beak, dark eyes in bare red rings, grey feet gripping a
    branch lying on the ground."""
    head = (0.16, 0.74, 0.0)
    shapes = [ellipsoid((0.0, 0.47, 0.0), (0.24, 0.15, 0.15), rot("z", 62))]
    shapes.append(ellipsoid((0.07, 0.45, 0.0), (0.15, 0.16, 0.14), None, 0.08))  # the breast
    shapes += rope([(0.06, 0.6, 0.0), (0.13, 0.7, 0.0)], [0.1, 0.085], 0.06)  # the neck
    shapes.append(ellipsoid(head, (0.1, 0.095, 0.09), None, 0.05))
    field = skin_field(shapes)
    shapes.append(ellipsoid((0.08, 0.84, 0.0), (0.08, 0.035, 0.03), rot("z", 35), 0.03))  # crest
    parts = [solid(shapes, 0.018, 0, "body")]
    parts.append(
        colour_patch(shapes, (0.17, 0.5, 0.0), (0.22, 0.36, 0.3), "eraser", -20, cell=0.022)
    )
    parts.append(
        colour_patch(shapes, (0.12, 0.87, 0.0), (0.13, 0.065, 0.3), "sheet", -15, 0.009, cell=0.022)
    )
    beak = [(0.245, 0.74, 0.0), (0.275, 0.728, 0.0), (0.29, 0.705, 0.0), (0.283, 0.68, 0.0)]
    parts.append(tube(beak, [0.028, 0.022, 0.013, 0.003], None, "tooth", "beak"))
    parts.append(tube([(0.24, 0.705, 0.0), (0.262, 0.697, 0.0)], [0.02, 0.008], None, "tooth"))
    for s in (-1, 1):  # the eyes in their bare rings
        p, nrm = _surface(field, head, (0.45, 0.25, 0.85 * s))
        m = at(*p) @ align(nrm)
        parts.append(sphere(1.0, m @ scl(0.024, 0.008, 0.024), "comb"))
        parts.append(sphere(1.0, m @ at(0, 0.003, 0) @ scl(0.014, 0.009, 0.014), "pupil", "eyes"))
    wing = [(0.07, 0.63, 0.13, 0.1, 0.035), (0.0, 0.52, 0.15, 0.12, 0.04),
            (-0.08, 0.38, 0.13, 0.09, 0.035), (-0.13, 0.26, 0.08, 0.04, 0.02),
            (-0.15, 0.2, 0.04, 0.008, 0.006)]  # fmt: skip
    parts += folded_wings(wing, 18)
    sway = float(rng.uniform(-4, 4))
    tail = at(-0.1, 0.3, 0.0) @ rot("z", 250 + sway) @ rot("x", 90)
    parts.append(slab(_TAIL, 0.03, tail, 0, "tail"))
    parts += _grip(0.04, 0.3, 0.12, 0.06, 0.011)
    parts += _branch(0.04, 0.06, rng)
    yaw = 28.0 + float(rng.uniform(-5, 5))
    return [p.moved(rot("y", yaw)) for p in parts]


_TAIL = sharp([(0.0, -0.05), (0.12, -0.075), (0.27, -0.07), (0.3, 0.0), (0.27, 0.07),
               (0.12, 0.075), (0.0, 0.05)])  # fmt: skip


def _grip(x: float, hip: float, top: float, branch_r: float, r: float) -> list[Part]:
    """Two short grey legs from the hips down to a branch along z whose top is at (x, top),
    two toes curled over its front and two over its back."""
    parts = []
    cy, rr = top - branch_r, branch_r + r * 0.7
    for s in (-1, 1):
        z = s * 0.055
        parts.append(tube([(x - 0.01, hip, z * 0.8), (x, top + r, z)], [r * 1.4, r], None, 1,
                          "legs"))  # fmt: skip
        for a0, a1, dz in ((90, 10, -0.012), (90, 10, 0.012), (90, 170, -0.008), (90, 170, 0.008)):
            t = np.radians(np.linspace(a0, a1, 4))
            pts = [(x + rr * np.cos(a), cy + rr * np.sin(a), z + dz * (i / 3))
                   for i, a in enumerate(t)]  # fmt: skip
            parts.append(tube(pts, [r, r, r * 0.8, r * 0.5], None, 1, shape=HEX))
    return parts


def _branch(x: float, r: float, rng: Rng) -> list[Part]:
    """A branch lying on the ground under x, across the bird and aslant: a length of wood with a
    short side shoot."""
    bend = float(rng.uniform(-0.02, 0.02))
    pts = [(x - 0.04, r * 0.8, -0.4), (x, r, 0.0), (x + bend, r * 0.9, 0.4)]
    parts = [tube(pts, [r * 0.8, r, r * 0.85], None, "soil", "perch")]
    shoot = [(x + bend, r, 0.25), (x + 0.12, r * 1.2, 0.33), (x + 0.22, r, 0.36)]
    parts.append(tube(shoot, [r * 0.55, r * 0.4, r * 0.25], None, "soil"))
    out = at(x, 0, 0) @ rot("y", -40) @ at(-x, 0, 0)
    return [p.moved(out) for p in parts]


MORE_APPLIANCES_ZZZP = {
    1131: _tagine, 1132: _mashrabiya, 1133: _horseshoe_doorway, 1134: _babouches,
    1135: _rolled_carpet, 1136: _zellige_fountain, 1137: _didgeridoo, 1138: _galah,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
