"""More of the device family's appliances, from 1467: a drive-in movie screen, a popcorn bucket, a
napkin dispenser, a banana split, a basket of fries, a mustard bottle, a diner stool, a diner
counter.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, mesh_part, rot, scl, signed_volume
from ._kit import (
    FLAT_UP,
    balls,
    blocks,
    cloth_sheet,
    flat_things,
    grid_normals,
    hoop,
    lines,
    lobed,
    loft,
    rounded,
    rrect_outline,
    scaled,
    square_bar,
    strands,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZZZZZH"]

Rng = np.random.Generator


def _check_cells(p: np.ndarray, thick: float, slots) -> list[Part]:
    """A thin sheet through a grid of points (rows, cols, 3) cut into its cells, the cells
    coloured like a checkerboard in the two slots: checked paper, gingham."""
    n = grid_normals(p) * (thick / 2)
    top, bot = p + n, p - n
    quads = [(0, 0), (1, 0), (1, 1), (0, 1)]
    hexa = np.array([(0, 1, 2), (0, 2, 3), (4, 6, 5), (4, 7, 6), (0, 4, 5), (0, 5, 1),
                     (1, 5, 6), (1, 6, 2), (2, 6, 7), (2, 7, 3), (3, 7, 4), (3, 4, 0)])  # fmt: skip
    out = []
    for parity, slot in enumerate(slots):
        verts = []
        for i in range(p.shape[0] - 1):
            for j in range(p.shape[1] - 1):
                if (i + j) % 2 == parity:
                    verts.append([top[i + a, j + b] for a, b in quads]
                                 + [bot[i + a, j + b] for a, b in quads])  # fmt: skip
        v = np.asarray(verts).reshape(-1, 8, 3)
        f = hexa[None] + (np.arange(len(v)) * 8)[:, None, None]
        if signed_volume(v[0], hexa) < 0:
            f = f[..., ::-1]
        out.append(mesh_part(v.reshape(-1, 3), f.reshape(-1, 3), slot))
    return out


def _stripe_ring(n: int, phase: float, depth: float, per: int = 5) -> np.ndarray:
    """The cross-section of n raised stripes round a unit circle: an arc of radius 1 over half
    of each pitch (starting ``phase`` of a pitch round), a groove ``depth`` deep in the other
    half, where the other colour's stripes lie."""
    pitch = 2 * np.pi / n
    pts = []
    for i in range(n):
        a0 = (i + phase) * pitch
        pts += [(np.cos(a), np.sin(a)) for a in a0 + np.linspace(0.0, 0.5 * pitch, per)]
        for a in (a0 + 0.53 * pitch, a0 + 0.97 * pitch):
            pts.append(((1 - depth) * np.cos(a), (1 - depth) * np.sin(a)))
    return np.array(pts)


def _frustum(r0: float, r1: float, y0: float, y1: float, shape: np.ndarray, slot, tag="") -> Part:
    """A straight frustum from radius r0 at y0 to r1 at y1 whose section is ``shape`` (a unit
    outline), capped flat at both ends."""
    c = [(0.0, y0, 0.0), (0.0, y1, 0.0)]
    u = [(r0, 0.0, 0.0), (r1, 0.0, 0.0)]
    v = [(0.0, 0.0, -r0), (0.0, 0.0, -r1)]
    return loft(c, u, v, shape, slot, tag)


# ---- the diner's fittings, shared -------------------------------------------------------------


def _stool(metal, seat, sides: int = 0) -> list[Part]:
    """A soda-fountain stool 1 high: a round domed foot, a single column with a foot ring on
    four spokes, a swivel collar and a round padded seat in a chrome rim band (its turned parts
    ``sides`` sided, or smooth)."""
    foot = [(0.0, 0.0), (0.23, 0.0), (0.235, 0.012), (0.2, 0.03), (0.1, 0.06), (0.055, 0.085),
            (0.0, 0.09)]  # fmt: skip
    parts = [lathe(foot, None, metal, sides=sides)]
    parts.append(cylinder(0.04, 0.04, 0.72, at(0, 0.08, 0), metal))  # the column
    around, section = (2 * sides, 4) if sides else (28, 6)
    parts.append(hoop(0.17, 0.016, at(0, 0.34, 0), metal, around, section))  # the foot ring
    a = np.radians(45 + 90 * np.arange(4))
    spokes = [[(0.0, 0.34, 0.0), (0.17 * np.cos(t), 0.34, 0.17 * np.sin(t))] for t in a]
    parts.append(strands(spokes, 0.011, metal, 6, 2))
    parts.append(cylinder(0.06, 0.1, 0.05, at(0, 0.78, 0), metal))  # the swivel collar
    parts.append(cylinder(0.235, 0.235, 0.065, at(0, 0.82, 0), metal))  # the rim band
    cushion = [(0.0, 0.87), (0.222, 0.87), (0.238, 0.9), (0.235, 0.935), (0.21, 0.975),
               (0.14, 0.995), (0.0, 1.0)]  # fmt: skip
    parts.append(lathe(cushion, None, seat, sides=sides))
    parts.append(hoop(0.236, 0.008, at(0, 0.885, 0), metal, around, 5))  # the welt
    return parts


def _squeeze_bottle(body, cap, label, sides: int = 0) -> list[Part]:
    """A squeeze bottle 1 high: a tall round body with a rounded shoulder, a ribbed screw cap
    with a long pointed nozzle, a label band round its middle (``sides`` sided and the cap
    plain when small)."""
    prof = [(0.0, 0.0), (0.13, 0.0), (0.158, 0.02), (0.162, 0.08), (0.162, 0.6), (0.15, 0.67),
            (0.115, 0.715), (0.09, 0.73), (0.0, 0.735)]  # fmt: skip
    parts = [lathe(prof, None, body, sides=sides)]
    collar = [(0.0, 0.72), (0.094, 0.72), (0.1, 0.73), (0.1, 0.8), (0.092, 0.812), (0.0, 0.815)]
    ribs = None if sides else lobed(32, 16, 0.05)
    parts.append(lathe(collar, None, cap, sides=sides, shape=ribs))
    parts.append(cylinder(0.06, 0.014, 0.16, at(0, 0.812, 0), cap))  # the nozzle
    parts.append(cylinder(0.014, 0.008, 0.02, at(0, 0.97, 0), cap))
    parts.append(cylinder(0.166, 0.166, 0.28, at(0, 0.2, 0), label))  # the label band
    return parts


def _napkin_holder(metal, foot, rng: Rng) -> list[Part]:
    """A diner napkin dispenser 0.6 high: a chrome box with a rounded top and a low dark
    plinth, a framed window in its front showing the stack of paper napkins, one napkin pulled
    half out of it and flopping down the front."""
    w, d, h = 0.56, 0.3, 0.6
    corners = [(-d / 2, 0.03), (d / 2, 0.03), (d / 2, h), (-d / 2, h)]
    side = rounded(corners, [0.01, 0.01, 0.15, 0.15], 7)
    parts = [slab(lambda n: side, w, rot("y", 90), metal)]
    parts.append(box(w + 0.02, 0.035, d + 0.02, None, foot))  # the plinth
    parts.append(box(w - 0.05, h - 0.12, d - 0.04, at(0, 0.04, 0), "sheet"))  # the stack
    ww, wh, wy = 0.42, 0.34, 0.1
    for s in (-1, 1):  # the window, napkins behind it, its chrome frame; both faces alike
        face = rot("y", 90 - 90 * s) @ at(0, 0, d / 2)
        parts.append(box(ww, wh, 0.01, face @ at(0, wy, 0.0), "sheet"))
        for x in (-1, 1):
            parts.append(box(0.03, wh + 0.06, 0.02, face @ at(x * (ww / 2 + 0.015), wy - 0.03, 0),
                             metal))  # fmt: skip
        for y in (wy - 0.03, wy + wh):
            parts.append(box(ww + 0.06, 0.03, 0.02, face @ at(0, y, 0), metal))
    # the napkin pulled half out: out of the window's middle, over and down the front
    sway = float(rng.uniform(-0.015, 0.015))
    t = np.linspace(0.0, 1.0, 9)[:, None]
    u = np.linspace(-1.0, 1.0, 7)[None, :]
    x = u * 0.085 * (1 + 0.35 * t) + sway * t
    z = d / 2 + 0.006 + 0.075 * np.sin(t * np.pi / 2) ** 0.7 + 0.015 * u**2 * t
    y = wy + 0.21 - 0.29 * t**1.4 + 0.012 * np.cos(u * 3 + t * 4) * t
    grid = np.stack([x, y, np.broadcast_to(z, x.shape)], -1)
    parts.append(box(0.2, 0.012, 0.006, at(0, wy + 0.205, d / 2 + 0.004), "marking"))
    parts.append(cloth_sheet(grid, 0.006, "sheet"))
    return parts


# ---- 1467 drive-in movie screen --------------------------------------------------------------


def _drive_in_screen(rng: Rng) -> list[Part]:
    """A drive-in movie screen: a huge flat white screen, wide as a landscape, in a plain frame,
    held up high on a timber scaffold of posts with cross braces under it and raking props
    behind, on a patch of lawn with a row of little speaker posts before it."""
    W, H, y0 = 1.7, 0.86, 0.42
    parts = [box(W, H, 0.04, at(0, y0, 0), 0, "body")]  # the screen's backing
    parts.append(box(W - 0.06, H - 0.06, 0.01, at(0, y0 + 0.03, 0.02), "sheet"))
    for x in (-1, 1):  # its frame
        parts.append(box(0.05, H + 0.04, 0.06, at(x * (W / 2 + 0.005), y0 - 0.02, 0.01), 0))
    for y in (y0 - 0.03, y0 + H - 0.01):
        parts.append(box(W + 0.06, 0.045, 0.06, at(0, y, 0.01), 0))
    xs = np.linspace(-W / 2 + 0.06, W / 2 - 0.06, 5)
    zb = -0.06
    parts.append(blocks([(x, 0.0, zb) for x in xs], (0.06, y0 + H + 0.02, 0.06), None, 0))
    feet = [(x, 0.0, z) for x in xs for z in (zb, -0.75)]
    parts.append(blocks(feet, (0.11, 0.05, 0.11), None, "stones"))  # the footings
    for x in xs:  # the raking props behind
        parts.append(square_bar((x, y0 + 0.6 * H, zb - 0.03), (x, 0.03, -0.75), 0.05, 0.05, 0))
        parts.append(square_bar((x, 0.2, zb - 0.03), (x, 0.03, -0.45), 0.04, 0.04, 0))
    for y in (0.1, y0 - 0.05):  # the girts
        parts.append(box(W - 0.06, 0.04, 0.03, at(0, y, zb + 0.045), 0))
    parts.append(box(W - 0.06, 0.04, 0.03, at(0, y0 + 0.5 * H, zb - 0.045), 0))
    for a, b in pairwise(xs):  # the cross braces
        for ya, yb in ((0.12, y0 - 0.06), (y0 - 0.06, 0.12)):
            parts.append(square_bar((a, ya, zb + 0.05), (b, yb, zb + 0.05), 0.03, 0.02, 0))
    lawn = rrect_outline(2.3, 1.7, 0.3)
    parts.append(slab(lawn, 0.03, at(0, 0.015, 0.0) @ FLAT_UP, "land"))
    xs = [-0.75 + 0.5 * k + float(rng.uniform(-0.03, 0.03)) for k in range(4)]
    z = 0.62
    for x in xs:  # the speaker posts
        parts.append(stick((x, 0.0, z), (x, 0.26, z), 0.012, 1))
    parts.append(blocks([(x, 0.25, z) for x in xs], (0.1, 0.02, 0.03), None, 1))
    speakers = [(x + s * 0.045, 0.19, z) for x in xs for s in (-1, 1)]
    parts.append(blocks(speakers, (0.04, 0.06, 0.035), None, 1))
    return parts


# ---- 1468 popcorn bucket ----------------------------------------------------------------------


def _popcorn_bucket(rng: Rng) -> list[Part]:
    """A tall popcorn bucket: a tapering cardboard tub striped in red and white from foot to
    rim, a rolled white rim, heaped high above it with a dome of fluffy popcorn (clusters of
    white puffs with yellow hulls), a few kernels spilled by its foot."""
    r0, r1, h, n = 0.2, 0.31, 0.7, 8
    parts = [_frustum(r0, r1, 0.0, h, _stripe_ring(n, 0.5, 0.05), 0, "body")]
    parts.append(_frustum(r0, r1, 0.0, h, _stripe_ring(n, 0.0, 0.05), "sheet"))
    parts.append(torus(r1 + 0.004, 0.014, at(0, h - 0.006, 0), "sheet"))  # the rolled rim
    dome = [(0.0, h - 0.02), (r1 + 0.005, h - 0.02), (r1 + 0.01, h + 0.02), (r1 * 0.85, h + 0.15),
            (r1 * 0.5, h + 0.24), (0.0, h + 0.27)]  # fmt: skip
    parts.append(lathe(dome, None, "snow"))
    centres, sizes, dirs = [], [], []
    for k in range(120):  # kernels over the dome, spilling past the rim
        q = np.sqrt((k + 0.5) / 120) * 1.06
        a = k * 2.39996 + float(rng.uniform(-0.2, 0.2))
        rr = q * r1 * 1.02
        top = h + 0.27 * max(0.0, 1 - (q / 1.04) ** 2) ** 0.7 + 0.004
        centres.append((rr * np.cos(a), top, rr * np.sin(a)))
        sizes.append(float(rng.uniform(0.026, 0.036)))
        dirs.append((q * np.cos(a), 1.0, q * np.sin(a)))
    for x, z in ((0.36, 0.18), (0.3, 0.3), (-0.05, 0.36), (0.42, -0.02)):  # spilled kernels
        centres.append((x, 0.025, z))
        sizes.append(0.028)
        dirs.append((0.0, 1.0, 0.0))
    puffs, hulls, hull_r, puff_r = [], [], [], []
    for c, s, d in zip(centres, sizes, dirs, strict=True):
        c, d = np.asarray(c), np.asarray(d) / np.linalg.norm(d)
        for _ in range(3):
            off = rng.normal(0.0, 1.0, 3)
            off -= d * (off @ d) * 0.7
            off = off / np.linalg.norm(off) * s * 0.7
            puffs.append(c + off + d * s * 0.25)
            puff_r.append(s * float(rng.uniform(0.7, 0.95)))
        hulls.append(c + d * s * 0.25 + rng.normal(0.0, s * 0.3, 3))
        hull_r.append(s * 0.55)
    parts.append(balls(puffs, puff_r, "snow", 5, 3))
    parts.append(balls(hulls, hull_r, "cloth-yellow", 4, 2))
    return parts


# ---- 1469 napkin dispenser --------------------------------------------------------------------


def _napkin_dispenser(rng: Rng) -> list[Part]:
    """A chrome diner napkin dispenser: a boxy holder with a rounded top on a dark plinth, a
    framed window in its front filled with white paper napkins, one napkin pulled half out of
    the slot and hanging down the front."""
    parts = _napkin_holder(0, 1, rng)
    parts[0] = replace(parts[0], tag="body")
    return parts


# ---- 1470 banana split ------------------------------------------------------------------------


def _banana_half(s: int, rng: Rng) -> list[Part]:
    """One half of a banana split lengthwise, lying along one long side (s = -1 or 1) of the
    boat dish: its rounded back toward the dish's wall, its flat cut face toward the middle,
    curving up at the ends."""
    t = np.linspace(0.0, 1.0, 15)
    x = -0.5 + 1.0 * t
    e = (x / 0.5) ** 2
    c = np.stack([x, 0.13 + 0.1 * e, s * (0.125 - 0.025 * e)], 1)
    fat = np.sin(np.pi * np.clip(t * 1.04 - 0.02, 0.0, 1.0)) ** 0.3 + 0.12
    tilt = np.radians(40)
    out = np.array([0.0, -np.cos(tilt), s * np.sin(tilt)])  # toward the back, the dish wall
    tang = np.gradient(c, axis=0)
    tang /= np.linalg.norm(tang, axis=1, keepdims=True)
    v = out - tang * (tang @ out)[:, None]
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    u = np.cross(tang, v)
    w, th = (0.05 * fat)[:, None], (0.058 * fat)[:, None]
    a = np.linspace(0.0, np.pi, 9)
    half = np.stack([np.cos(a), np.sin(a) - 0.4], 1)
    flat = np.array([(0.92, -0.02), (0.92, 0.02), (-0.92, 0.02), (-0.92, -0.02)])
    return [loft(c, u * w, v * th, half, "fruit-yellow"),
            loft(c - v * th * 0.4, u * w, v * th, flat, "pages")]  # the cut face # fmt: skip


def _scoop(m: np.ndarray, r: float, slot) -> Part:
    """A round scoop of ice cream r across under m: a rough ball with a ragged skirt round its
    foot where the scoop cut it."""
    prof = [(0.0, 0.0), (0.8, 0.0), (1.08, 0.08), (0.98, 0.2), (1.02, 0.55), (0.9, 1.05),
            (0.55, 1.45), (0.0, 1.58)]  # fmt: skip
    return lathe([(a * r, b * r) for a, b in prof], m, slot, shape=lobed(30, 9, 0.05))


def _sauce(x: float, y: float, r: float, rng: Rng) -> list[Part]:
    """Chocolate sauce poured over a scoop of radius r standing at (x, y, 0): a cap over its
    crown and drips running down from the cap's edge, each ending in a bead."""
    top = 1.58 * r
    cap = [(0.0, top + 0.012), (0.5 * r, top - 0.04 * r), (0.8 * r, top - 0.32 * r),
           (0.72 * r, top - 0.36 * r), (0.0, top - 0.2 * r)]  # fmt: skip
    parts = [lathe(cap, at(x, y, 0), 1)]
    paths, radii = [], []
    for k in range(5):
        a = 2 * np.pi * (k + float(rng.uniform(-0.2, 0.2))) / 5 + 0.4
        run = float(rng.uniform(0.2, 0.55)) * r
        pts = [(0.76 * r, top - 0.3 * r), (0.94 * r, top - 0.55 * r), (1.03 * r, top - 0.8 * r),
               (1.04 * r, top - 0.8 * r - run)]  # fmt: skip
        paths.append([(x + rr * np.cos(a), y + yy, rr * np.sin(a)) for rr, yy in pts])
        radii.append([0.012, 0.01, 0.009, 0.012])
    parts.append(strands(paths, radii, 1, 6, 7))
    return parts


def _banana_split(rng: Rng) -> list[Part]:
    """A banana split: a long oval glass boat dish on a short foot, a banana cut lengthwise
    lying along both its sides, three round scoops of ice cream in a row between them (pink,
    white and chocolate), chocolate sauce drizzled over them, a swirl of whipped cream and a
    cherry on its stem on top of each."""
    boat = [(0.0, 0.0), (0.34, 0.0), (0.36, 0.012), (0.3, 0.025), (0.16, 0.045), (0.16, 0.06),
            (0.45, 0.075), (0.8, 0.1), (0.97, 0.17), (1.0, 0.19), (0.98, 0.2), (0.94, 0.182),
            (0.78, 0.115), (0.45, 0.092), (0.0, 0.09)]  # fmt: skip
    parts = [lathe(boat, scl(0.5, 1.0, 0.22), 0, "body")]
    for s in (-1, 1):
        parts += _banana_half(s, rng)
    r = 0.105
    for k, slot in enumerate(("eraser", "sheet", 1)):
        x = -0.27 + 0.27 * k + float(rng.uniform(-0.01, 0.01))
        parts.append(_scoop(at(x, 0.08, 0), r, slot))
        top = 0.08 + 1.58 * r
        cream = [(0.0, 0.0), (0.072, 0.0), (0.075, 0.025), (0.05, 0.05), (0.035, 0.075),
                 (0.012, 0.105), (0.0, 0.12)]  # fmt: skip
        parts.append(lathe(cream, at(x, top - 0.03, 0) @ rot("y", 20 * k), "snow",
                           shape=lobed(32, 8, 0.3)))  # fmt: skip
        cy = top + 0.1
        parts.append(sphere(0.034, at(x + 0.01, cy, 0.01), "fruit-red"))  # the cherry
        stem = [
            (x + 0.01, cy + 0.02, 0.01),
            (x + 0.02, cy + 0.06, 0.0),
            (x + 0.045, cy + 0.085, -0.01),
        ]
        parts.append(tube(stem, 0.004, None, "cork"))
        parts += _sauce(x, 0.08, r, rng)
    return parts


# ---- 1471 basket of fries ---------------------------------------------------------------------


def _liner(A: float, B: float, floor: float, rim: float) -> np.ndarray:
    """The grid of a square of checked paper pressed into an oval basket (half axes A, B at its
    rim): flat on the floor, up the walls, its four corners standing up out of it and flopping
    outward over the rim."""
    u, v = np.meshgrid(np.linspace(-1, 1, 17), np.linspace(-1, 1, 17), indexing="ij")
    s = np.hypot(u, v)
    phi = np.arctan2(v, u)
    s0, s1 = 0.6, 0.95
    rho = np.where(s <= s0, 0.76 * s / s0, 0.76 + 0.2 * np.clip((s - s1 + (s1 - s0)) / (s1 - s0),
                                                                 0.0, 1.0))  # fmt: skip
    y = np.where(s <= s0, floor, floor + (rim - floor) * np.clip((s - s0) / (s1 - s0), 0.0, 1.0))
    over = np.clip(s - s1, 0.0, None)
    rho = rho + 0.55 * over
    y = y + 0.45 * over - 0.35 * over**2
    return np.stack([A * rho * np.cos(phi), y, B * rho * np.sin(phi)], -1)


def _basket_of_fries(rng: Rng) -> list[Part]:
    """A basket of fries: an oval red plastic diner basket, its sides pierced with rows of
    slots like a weave under a rolled rim, lined with a sheet of red-and-white checked paper
    whose corners stand up out of it, heaped with golden french fries, a little pleated paper
    cup of ketchup beside it."""
    A, B, H = 0.5, 0.33, 0.2
    prof = [(0.0, 0.0), (0.72, 0.0), (0.77, 0.003), (0.79, 0.015), (0.97, 0.19), (1.0, 0.2),
            (1.03, 0.212), (1.0, 0.226), (0.96, 0.21), (0.77, 0.03), (0.0, 0.03)]  # fmt: skip
    parts = [lathe(prof, scl(A, 1.0, B), 0, "body")]
    feet, nrm, heads = [], [], []
    for row in range(3):  # the slots of the weave
        y = 0.045 + 0.05 * row
        f = 0.79 + 0.18 * (y - 0.012) / (H - 0.012)
        n = 34
        for i in range(n):
            a = 2 * np.pi * (i + 0.5 * (row % 2)) / n
            feet.append((A * f * 1.01 * np.cos(a), y, B * f * 1.01 * np.sin(a)))
            nrm.append((np.cos(a) / A, -0.3, np.sin(a) / B))
            heads.append((0.0, 1.0, 0.0))
    slit = np.array([(0.5, 0.0), (0.5, 0.8), (-0.5, 0.8), (-0.5, 0.0), (-0.5, -0.8), (0.5, -0.8)])
    parts.append(flat_things(feet, nrm, heads, 0.025, slit, 0.006, "marking"))
    parts += _check_cells(_liner(A * 0.985, B * 0.985, 0.036, H + 0.005), 0.004,
                          ("sheet", "card-red"))  # fmt: skip
    paths = []
    for k in range(90):  # the fries, heaped highest in the middle, kept inside the walls
        q = float(np.sqrt(rng.uniform(0.0, 1.0))) * 0.8
        a = float(rng.uniform(0, 2 * np.pi))
        y = 0.05 + (0.22 * (1 - q**2) + 0.04) * (k / 90) ** 0.6 + float(rng.uniform(0.0, 0.02))
        yaw = float(rng.uniform(0, np.pi))
        pitch = float(rng.uniform(-0.3, 0.7)) * (1.2 - q)
        half = float(rng.uniform(0.11, 0.17))
        d = np.array([np.cos(yaw) * np.cos(pitch), np.sin(pitch), np.sin(yaw) * np.cos(pitch)])
        c = np.array([A * q * np.cos(a), y, B * q * np.sin(a)])
        ends = []
        for e in (c - d * half, c + d * half):
            e[1] = max(e[1], 0.05)
            wall = 0.74 + 0.22 * min(1.0, (e[1] - 0.03) / (H - 0.03))
            e[[0, 2]] *= min(1.0, wall / float(np.hypot(e[0] / A, e[2] / B)))
            ends.append(e)
        paths.append(ends)
    parts.append(strands(paths, 0.018, "fruit-yellow", sides=4, n=2))
    cup = at(0.5, 0.0, 0.4)
    wall = [(0.0, 0.0), (0.05, 0.0), (0.057, 0.006), (0.075, 0.07), (0.079, 0.075), (0.072, 0.075),
            (0.052, 0.008), (0.0, 0.008)]  # fmt: skip
    parts.append(lathe(wall, cup, "sheet", shape=lobed(36, 18, 0.05)))
    parts.append(lathe([(0.0, 0.04), (0.068, 0.04), (0.07, 0.06), (0.05, 0.068), (0.0, 0.072)], cup,
                       "card-red"))  # the ketchup # fmt: skip
    return parts


# ---- 1472 mustard bottle ----------------------------------------------------------------------


def _mustard_bottle(rng: Rng) -> list[Part]:
    """A mustard squeeze bottle: a tall round yellow body (full of yellow mustard, should it be
    clear) with a rounded shoulder, a red ribbed screw cap with a long pointed nozzle, a white
    label band round its middle with a red ribbon and lines of print."""
    parts = _squeeze_bottle(0, "card-red", 1)
    parts[0] = replace(parts[0], tag="body")
    fill = [(0.0, 0.02), (0.14, 0.02), (0.152, 0.045), (0.152, 0.6), (0.13, 0.655), (0.0, 0.665)]
    parts.append(lathe(fill, None, "fruit-yellow"))  # the mustard, seen through a clear bottle
    parts.append(cylinder(0.169, 0.169, 0.07, at(0, 0.33, 0), "card-red"))  # the ribbon
    face = at(0, 0, 0.166)
    rows = [(-0.08, 0.08, 0.45), (-0.06, 0.06, 0.42), (-0.07, 0.07, 0.265), (-0.05, 0.05, 0.24)]
    parts.append(lines(face, rows, 0.014, 0.006))
    return parts


# ---- 1473 diner stool -------------------------------------------------------------------------


def _diner_stool(rng: Rng) -> list[Part]:
    """A classic soda-fountain stool: a round padded red seat in a chrome rim band on a swivel,
    a single chrome column with a foot ring on four spokes, a round domed chrome foot."""
    parts = _stool(0, 1)
    return [replace(parts[0], tag="body"), *parts[1:]]


# ---- 1474 diner counter -----------------------------------------------------------------------


def _diner_counter(rng: Rng) -> list[Part]:
    """A long diner counter: a panelled front with chrome bands and a dark toe kick, a laminated
    top overhanging it with a chrome edge strip, a chrome foot rail along its foot, a row of four
    pedestal stools with round red seats before it, a napkin holder, ketchup and mustard bottles
    and a cake under a glass dome on top."""
    L, h, d = 2.0, 0.62, 0.42
    parts = [box(L, h - 0.08, d, at(0, 0.05, 0), 0, "body")]
    parts.append(box(L - 0.04, 0.05, d - 0.06, at(0, 0.0, -0.03), "marking"))  # the toe kick
    for y in (0.07, h - 0.13):  # chrome bands on the front
        parts.append(box(L + 0.004, 0.025, d + 0.004, at(0, y, 0), "steel"))
    for x in np.linspace(-L / 2 + 0.4, L / 2 - 0.4, 4):  # the panel seams
        parts.append(box(0.02, h - 0.2, 0.01, at(float(x), 0.09, d / 2), "steel"))
    top = at(0, h - 0.03, 0.04)
    parts.append(box(L + 0.06, 0.03, d + 0.08, top, 1))  # the laminated top
    parts.append(box(L + 0.075, 0.045, 0.02, top @ at(0, -0.012, d / 2 + 0.045), "steel"))
    for s in (-1, 1):
        parts.append(box(0.02, 0.045, d + 0.09, top @ at(s * (L / 2 + 0.035), -0.012, 0), "steel"))
    rail_z = d / 2 + 0.09
    parts.append(stick((-L / 2 + 0.05, 0.1, rail_z), (L / 2 - 0.05, 0.1, rail_z), 0.014, "steel"))
    for x in (-0.8, 0.0, 0.8):
        parts.append(stick((x, 0.1, rail_z), (x, 0.1, d / 2), 0.01, "steel"))
    for k in range(4):  # the stools
        x = -0.72 + 0.48 * k
        turn = float(rng.uniform(0, 90))
        parts += scaled(_stool("steel", "fruit-red", 12),
                        at(x, 0.0, d / 2 + 0.3) @ rot("y", turn) @ scl(0.44))  # fmt: skip
    ty = h
    parts += scaled(_napkin_holder("steel", "marking", rng),
                    at(-0.35, ty, 0.02) @ rot("y", 10) @ scl(0.26))  # fmt: skip
    parts += scaled(_squeeze_bottle("card-red", "card-red", "sheet", 10),
                    at(-0.18, ty, 0.05) @ scl(0.2))  # fmt: skip
    parts += scaled(_squeeze_bottle("cloth-yellow", "card-red", "sheet", 10),
                    at(-0.1, ty, -0.02) @ scl(0.2))  # fmt: skip
    stand = at(0.62, ty, 0.0)  # a cake under a glass dome on a stand
    parts.append(lathe([(0.0, 0.0), (0.06, 0.0), (0.02, 0.02), (0.018, 0.07), (0.13, 0.075),
                        (0.13, 0.085), (0.0, 0.085)], stand, "steel", sides=16))  # fmt: skip
    parts.append(cylinder(0.09, 0.09, 0.07, stand @ at(0, 0.085, 0), "eraser"))
    parts.append(cylinder(0.092, 0.092, 0.012, stand @ at(0, 0.155, 0), "sheet"))
    dome = [(0.12, 0.0), (0.122, 0.08), (0.1, 0.15), (0.05, 0.185), (0.0, 0.19)]
    parts.append(lathe(dome, stand @ at(0, 0.085, 0), "pane", sides=16))
    parts.append(sphere(0.016, stand @ at(0, 0.28, 0), "steel"))
    return parts


MORE_APPLIANCES_ZZZZZH = {
    1467: _drive_in_screen, 1468: _popcorn_bucket, 1469: _napkin_dispenser, 1470: _banana_split,
    1471: _basket_of_fries, 1472: _mustard_bottle, 1473: _diner_stool, 1474: _diner_counter,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
