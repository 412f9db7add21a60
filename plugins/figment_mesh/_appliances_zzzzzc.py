"""More of the device family's appliances, from 1429: a holster, a micelle, an air vent, a
schoolhouse, a cutlass, a beech, a worksheet, a branch of blossom.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl, v3
from ._kit import (
    annulus,
    balls,
    band,
    cloth_sheet,
    ellipse,
    flat_solid,
    flat_things,
    gable,
    lines,
    lobed,
    loft,
    number,
    pencil,
    rrect,
    sphere_dirs,
    strands,
    unit,
    window,
)
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, strip, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZZC"]

Rng = np.random.Generator

_UP = np.array([0.0, 1.0, 0.0])
_VIEW = np.array([0.53, 0.4, 0.71])
"""Toward the usual three-quarter view (front right, above): leaves lean a little to face it."""


# Many small things in one part: balls, strands


def _plane_loft(path, half_w, half_d, z: float, shape, slot=0, tag: str = "",
                rounded: bool = True, n: int = 18) -> Part:  # fmt: skip
    """A solid along a smooth curve through (x, y) points in the plane at depth z: rings of
    ``shape`` across it, ``half_w`` (per point) wide in the plane and ``half_d`` (per point)
    deep along z; its far end rounded off (or closed flat)."""
    p = catmull_rom(np.asarray(path, float), n)
    s = np.linspace(0.0, 1.0, len(path))
    t_at = np.linspace(0.0, 1.0, n)
    hw = np.interp(t_at, s, np.broadcast_to(np.asarray(half_w, float), len(path)))
    hd = np.interp(t_at, s, np.broadcast_to(np.asarray(half_d, float), len(path)))
    t = np.gradient(p, axis=0)
    t /= np.linalg.norm(t, axis=1, keepdims=True)
    if rounded:
        end, dirn, w0, d0 = p[-1], t[-1], hw[-1], hd[-1]
        phi = np.radians([30.0, 55.0, 75.0, 88.0])
        p = np.concatenate([p, end + np.outer(np.sin(phi) * w0 * 0.8, dirn)])
        hw = np.concatenate([hw, w0 * np.cos(phi)])
        hd = np.concatenate([hd, d0 * np.cos(phi)])
        t = np.concatenate([t, np.repeat(dirn[None], len(phi), 0)])
    nrm = np.stack([-t[:, 1], t[:, 0]], 1)
    zero = np.zeros(len(p))
    centres = np.c_[p, np.full(len(p), z)]
    u = np.c_[nrm * hw[:, None], zero]
    v = np.c_[zero, zero, hd]
    return loft(centres, u, v, shape, slot, tag)


# 1429: a holster

_LENS = np.stack([np.cos(a := np.linspace(0, 2 * np.pi, 18, endpoint=False)),
                  np.sin(a) * (0.4 + 0.6 * np.abs(np.sin(a)) ** 0.5)], 1)  # fmt: skip
"""A cross-section flattened to a thin lip at its sides (two layers of leather sewn together)."""


def _belt_z(x: float) -> float:
    """The gun belt's line in z at x: curving back round the hip toward its ends."""
    return -0.085 - 0.3 * x * x


def _gun_belt(y0: float, y1: float, skip: tuple[float, float]) -> list[Part]:
    """A short length of gun belt along x between heights y0 and y1, curving back at its ends,
    a row of cartridges held in leather loops along its front (none over ``skip``)."""
    xs = np.linspace(-0.55, 0.55, 9)
    parts = [band([(x, (y0 + y1) / 2, _belt_z(x)) for x in xs], y1 - y0, 0.012, (0, 1, 0), 0)]
    cases, tips = [], []
    for x in np.arange(-0.5, 0.51, 0.046):
        if skip[0] < x < skip[1]:
            continue
        yaw = np.degrees(np.arctan(0.6 * x))
        m = at(x, 0.0, _belt_z(x)) @ rot("y", yaw)
        foot = (m @ np.array([0.0, y0 + 0.015, 0.017, 1.0]))[:3]
        cases.append([foot, foot + _UP * (y1 - y0)])
        tips.append(foot + _UP * (y1 - y0))
        parts.append(box(0.032, 0.06, 0.008, m @ at(0, y0 + 0.02, 0.03), 0))  # its loop
    parts.append(strands(cases, (0.0105, 0.0105), "copper", 10, 2))
    parts.append(balls(tips, [(0.0092, 0.022, 0.0092)], "steel", 10, 4))
    return parts


def _holster(rng: Rng) -> list[Part]:
    """A western leather gun holster hanging from a short length of gun belt: a pouch moulded
    to a revolver, wide at its top and narrowing down the barrel to a rounded tip, a stitched
    welt down its front edge and a loop of leather round it; the revolver's curved wooden grip
    leaning back out of its top, the steel frame and the hammer spur showing, a retaining strap
    over the frame fastened by a snap; a broad flat skirt behind the pouch whose top folds over
    the belt in a belt loop; the belt curving back round the hip at both ends, a row of brass
    cartridges in leather loops along it."""
    top = 0.6
    path = [(-0.025, top), (-0.02, 0.52), (0.0, 0.4), (0.018, 0.26), (0.028, 0.13), (0.034, 0.05)]
    hw = [0.115, 0.112, 0.08, 0.058, 0.05, 0.044]
    hd = [0.05, 0.052, 0.042, 0.035, 0.032, 0.03]
    parts = [_plane_loft(path, hw, hd, 0.0, _LENS, 0, "body", n=22)]
    welt = [(x + 0.004 + w * 0.97, y) for (x, y), w in zip(path, hw, strict=True)]
    welt = [*welt[:-1], (0.072, 0.04)]
    parts.append(band([(x, y, 0.0) for x, y in welt], 0.026, 0.014, (1, 0, 0), 0))
    for x, y in catmull_rom(np.asarray(welt), 18)[1:-1]:  # its stitches
        parts.append(box(0.0035, 0.011, 0.004, at(x + 0.003, y - 0.0055, 0.0075), "seed"))
    skirt = [(-0.13, 0.4), (0.1, 0.36), (0.15, 0.42), (0.15, 0.76), (-0.13, 0.76)]
    parts.append(slab(sharp(skirt), 0.012, at(0, 0, -0.062), 0))  # the skirt
    fold = [(0.01, 0.74, -0.062), (0.01, 0.775, -0.072), (0.01, 0.778, -0.1),
            (0.01, 0.74, -0.108), (0.01, 0.62, -0.106)]  # fmt: skip
    parts.append(band(fold, 0.28, 0.012, (1, 0, 0), 0))  # the belt loop over the belt
    loop = at(0.0, 0.44, -0.005) @ scl(0.096, 1.0, 0.055)  # the leather loop round the pouch
    parts.append(lathe(annulus(1.0, 1.13, 0.055), loop, 0, closed=True))
    parts.append(box(0.28, 0.055, 0.01, at(0.01, 0.4125, -0.052), 0))
    # the revolver
    frame = [(-0.06, 0.56), (0.055, 0.56), (0.06, 0.63), (0.035, 0.665), (-0.035, 0.665),
             (-0.065, 0.62)]  # fmt: skip
    parts.append(slab(sharp(frame), 0.05, None, "steel"))
    parts.append(tube([(0.03, 0.64, 0), (0.045, 0.69, 0), (0.075, 0.71, 0)], [0.012, 0.01, 0.008],
                      None, "steel", shape=ellipse(0.6, 1.0, 8)))  # the hammer # fmt: skip
    lean = float(rng.uniform(-0.01, 0.01))
    grip = [(-0.02, 0.6), (-0.055, 0.67), (-0.1, 0.73), (-0.15, 0.775 + lean), (-0.19, 0.79 + lean)]
    parts.append(_plane_loft(grip, [0.036, 0.037, 0.04, 0.044, 0.042], 0.028, 0.0,
                             ellipse(1.0, 1.0, 14), 1))  # fmt: skip
    parts.append(tube([(-0.01, 0.63, 0), (-0.07, 0.71, 0), (-0.14, 0.79, 0), (-0.2, 0.81, 0)],
                      0.009, None, "steel"))  # the back strap # fmt: skip
    parts.append(cylinder(0.008, 0.008, 0.062, at(-0.1, 0.73, -0.031) @ rot("x", 90), "steel"))
    strap = [(0.004, 0.56, -0.058), (0.004, 0.66, -0.045), (0.004, 0.69, 0.0),
             (0.004, 0.665, 0.038), (0.004, 0.61, 0.046)]  # fmt: skip
    parts.append(band(strap, 0.034, 0.007, (1, 0, 0), 0))  # the retaining strap
    parts.append(cylinder(0.016, 0.012, 0.01, at(0.004, 0.615, 0.048) @ rot("x", 90), "steel"))
    parts += _gun_belt(0.64, 0.74, (-0.14, 0.2))
    return parts


# 1430: a micelle


def _micelle(rng: Rng) -> list[Part]:
    """A micelle, cut open: a ball of many 'lollipop' molecules, their small round heads packed
    all over its surface, each with one or two thin wavy tails reaching in to meet at its
    middle; a quarter wedge toward the viewer cut away to show the tails packed inside."""
    R, r, n = 0.43, 0.062, 150
    c = v3(0.0, R + r, 0.0)
    i = np.arange(n) + 0.5
    y = 1 - 2 * i / n
    a = i * np.pi * (3 - np.sqrt(5)) + rng.uniform(0, 0.3)
    d = np.stack([np.sqrt(1 - y * y) * np.cos(a), y, np.sqrt(1 - y * y) * np.sin(a)], 1)
    keep = ~((d[:, 0] > 0.08) & (d[:, 2] > 0.08))
    d = d[keep]
    parts = [balls(c + d * R, r, 1, 7, 4, "body")]
    e1 = np.cross(d, [0.31, 0.83, 0.46])
    e1 /= np.linalg.norm(e1, axis=1, keepdims=True)
    e2 = np.cross(d, e1)
    k = np.linspace(0.0, 1.0, 6)
    two = rng.uniform(size=len(d)) < 0.6  # most have two tails, some one
    paths = []
    for s, pick in ((-1, two), (1, np.ones(len(d), bool))):
        dd, a1, a2 = d[pick], e1[pick], e2[pick]
        off = s * 0.02 * two[pick]
        phase = rng.uniform(0, 2 * np.pi, len(dd))[:, None]
        rad = R - 0.03 - (R - 0.06) * k  # from just under the head in toward the middle
        wave = 0.024 * np.sin(2.6 * np.pi * k[None] + phase) * k[None] ** 0.3
        side = off[:, None] * (1 - 0.6 * k)[None]
        pts = (c + dd[:, None] * rad[None, :, None] + a1[:, None] * side[..., None]
               + a2[:, None] * wave[..., None])  # fmt: skip
        paths.append(pts)
    parts.append(strands(np.concatenate(paths), (0.011, 0.008), 0, 3, 7))
    return parts


# 1431: an air vent


def _air_vent(rng: Rng) -> list[Part]:
    """A metal wall vent set in a square patch of plastered wall: a rectangular grille with a
    flat frame standing proud of the wall, rows of angled horizontal louvre slats across its
    dark opening (the dark duct showing between them), a screw in each corner of the frame."""
    w, h, cy = 0.62, 0.4, 0.45
    parts = []
    outer = rrect(w, h, 0.025, 3)
    inner = rrect(w - 0.1, h - 0.1, 0.008, 2)[::-1]
    parts.append(flat_solid(lambda n: [outer, inner], 0.018, at(0, cy, 0.0), 0, "body"))
    parts.append(box(0.9, 0.9, 0.08, at(0, 0, -0.04), "plaster"))  # the wall
    parts.append(box(w - 0.1, h - 0.1, 0.01, at(0, cy - h / 2 + 0.05, -0.045), "marking"))
    for s in (-1, 1):  # the duct's dark sides
        parts.append(box(0.01, h - 0.1, 0.05, at(s * (w / 2 - 0.055), cy - h / 2 + 0.05, -0.02),
                         "marking"))  # fmt: skip
        parts.append(box(w - 0.1, 0.01, 0.05, at(0, cy + s * (h / 2 - 0.055) - 0.005, -0.02),
                         "marking"))  # fmt: skip
    slats = 9
    for k in range(slats):
        y = cy - h / 2 + 0.06 + (h - 0.12) * (k + 0.5) / slats
        parts.append(box(w - 0.1, 0.007, 0.042, at(0, y, -0.004) @ rot("x", -32), 0))
    for sx in (-1, 1):
        for sy in (-1, 1):
            m = at(sx * (w / 2 - 0.025), cy + sy * (h / 2 - 0.025), 0.018)
            parts.append(sphere(1.0, m @ scl(0.012, 0.012, 0.006), 1))
            turn = float(rng.uniform(0, 180))
            parts.append(box(0.018, 0.003, 0.004, m @ rot("z", turn) @ at(0, -0.0015, 0.005),
                             "marking"))  # fmt: skip
    return parts


# 1432: a schoolhouse


def _siding(w: float, y0: float, y1: float, m: np.ndarray, rise: float = 0.0) -> Part:
    """Clapboard siding on a wall w wide facing +z under ``m`` from y0 to y1: rows of horizontal
    boards standing proud of it, a dark seam under each; with ``rise``, a gable's triangle
    above y1 too, the boards shortening up to its peak."""
    board = 0.024
    rows = []
    for y in np.arange(y0 + board / 2, y1 + rise - board * 0.6, board):
        f = max(0.0, (y + board / 2 - y1) / rise) if rise else 0.0
        if w * (1 - f) > 0.03:
            rows.append((-w * (1 - f) / 2, w * (1 - f) / 2, y))
    return lines(m, rows, board * 0.78, 0.008, 0)


def _schoolhouse(rng: Rng) -> list[Part]:
    """A one-room country schoolhouse: a small red building of horizontal clapboard siding with
    white corner boards on a low stone footing, a pitched roof with white trim along its gable,
    a white bell cupola on the ridge over the front (an open belfry on four posts with a bell
    hanging inside, a little pyramid roof), tall narrow white-framed windows down each side, a
    front door in the gable end under a small gabled porch with steps, a flagpole beside it
    flying a flag."""
    W, D, H, rise = 0.5, 0.75, 0.32, 0.2
    parts = [box(W - 0.01, H, D - 0.01, at(0, 0.03, 0), 0, "body")]
    parts.append(box(W + 0.02, 0.035, D + 0.02, None, "stones"))  # the footing
    for s in (-1, 1):  # the siding: front and back with the gables, then the sides
        m = at(0, 0, s * (D / 2 - 0.004)) @ rot("y", 0 if s > 0 else 180)
        parts.append(_siding(W, 0.035, H + 0.03, m, rise=rise))
        m = at(s * (W / 2 - 0.004), 0, 0) @ rot("y", s * 90)
        parts.append(_siding(D, 0.035, H + 0.03, m))
    for sx in (-1, 1):  # the corner boards
        for sz in (-1, 1):
            parts.append(box(0.03, H, 0.03, at(sx * W / 2, 0.035, sz * D / 2), "snow"))
    top = H + 0.03
    parts.append(box(W + 0.01, 0.03, D + 0.01, at(0, top - 0.03, 0), "snow"))  # the frieze
    parts += gable(W, D + 0.06, top, rise, at(0, 0, 0), 1)
    half = W / 2 + 0.04
    pitch = np.degrees(np.arctan2(rise, half))
    length = float(np.hypot(half, rise))
    for s in (-1, 1):  # the white rake boards along the gable ends
        for sz in (-1, 1):
            m = at(s * half / 2, top + rise / 2, sz * (D / 2 + 0.075)) @ rot("z", -s * pitch)
            parts.append(box(length + 0.03, 0.035, 0.02, m @ at(0, -0.04, 0), "snow"))
    parts.append(box(0.04, 0.03, D + 0.1, at(0, top + rise - 0.005, 0), 1))  # the ridge cap
    for s in (-1, 1):  # the tall windows down both sides
        for z in (-0.22, 0.0, 0.22):
            m = at(s * (W / 2 + 0.004), 0.1, z) @ rot("y", s * 90)
            parts += window(m, 0.075, 0.17, "snow")
            for x in (-1, 1):
                parts.append(box(0.015, 0.19, 0.01, m @ at(x * 0.045, -0.01, 0.006), "snow"))
    parts += window(at(0, top + 0.05, D / 2 + 0.008), 0.07, 0.07, "snow")  # the gable window
    # the front door under its porch
    fz = D / 2
    parts.append(box(0.13, 0.22, 0.01, at(0, 0.075, fz + 0.005), 1))
    parts.append(box(0.1, 0.19, 0.012, at(0, 0.075, fz + 0.008), "cork"))
    parts.append(sphere(0.008, at(0.035, 0.17, fz + 0.017), "steel"))
    parts.append(box(0.28, 0.06, 0.18, at(0, 0.0, fz + 0.09), "stones"))  # the porch deck
    parts.append(box(0.2, 0.03, 0.07, at(0, 0.0, fz + 0.21), "stones"))  # the step
    for x in (-0.12, 0.12):
        parts.append(box(0.022, 0.24, 0.022, at(x, 0.06, fz + 0.165), "snow"))
    parts += gable(0.26, 0.2, 0.3, 0.09, at(0, 0, fz + 0.09), 1)
    parts.append(box(0.28, 0.025, 0.02, at(0, 0.28, fz + 0.17), "snow"))
    # the cupola on the ridge
    cz = D / 2 - 0.16
    ry = top + rise
    parts.append(box(0.13, 0.12, 0.13, at(0, ry - 0.06, cz), "snow"))
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(box(0.016, 0.1, 0.016, at(sx * 0.055, ry + 0.06, cz + sz * 0.055), "snow"))
    parts.append(box(0.15, 0.025, 0.15, at(0, ry + 0.16, cz), "snow"))
    bell = [(0.0, 0.0), (0.04, 0.0), (0.036, 0.01), (0.026, 0.03), (0.022, 0.06), (0.012, 0.072),
            (0.0, 0.074)]  # fmt: skip
    parts.append(lathe(bell, at(0, ry + 0.075, cz), "copper"))
    parts.append(lathe([(0.0, 0.0), (0.12, 0.0), (0.0, 0.11)], at(0, ry + 0.185, cz)
                       @ rot("y", 45), 1, sides=4))  # the pyramid roof # fmt: skip
    parts.append(stick((0, ry + 0.29, cz), (0, ry + 0.36, cz), 0.005, "steel"))
    parts.append(sphere(0.012, at(0, ry + 0.3, cz), "steel"))
    # the flagpole
    fx, fzp = -0.42, D / 2 + 0.15
    parts.append(cylinder(0.04, 0.04, 0.03, at(fx, 0, fzp), "stones"))
    parts.append(cylinder(0.008, 0.006, 0.92, at(fx, 0.03, fzp), "snow"))
    parts.append(sphere(0.014, at(fx, 0.955, fzp), "copper"))
    flap = float(rng.uniform(-0.01, 0.01))
    wave = [(0.0, 0.0), (0.06, 0.012 + flap), (0.12, -0.006), (0.18, 0.008)]
    for k in range(7):  # the flag's stripes
        y = 0.8 + 0.015 * k + 0.0075
        pts = [(fx + 0.007 + x, y, fzp + z) for x, z in wave]
        parts.append(band(pts, 0.015, 0.004, (0, 1, 0), "card-red" if k % 2 == 0 else "snow"))
    parts.append(box(0.075, 0.06, 0.008, at(fx + 0.045, 0.845, fzp + 0.011), "plume"))
    return parts


# 1433: a cutlass


def _blade_rings(length: float, k: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The cutlass blade's rings along +x from the guard: their centres, half widths (toward
    the back, +y) and the unit across-vectors; the back curving up a little, the blade
    widening toward its end, where the edge sweeps up to a clipped point."""
    xs = np.concatenate([np.linspace(0.0, 0.82 * length, 12), length * np.array(
        [0.87, 0.91, 0.945, 0.97, 0.988, 1.0])])  # fmt: skip
    back = k * xs**2
    clip = np.clip((xs - 0.86 * length) / (0.14 * length), 0.0, 1.0)
    back = back - 0.02 * clip**1.6
    width = 0.05 + 0.018 * np.minimum(xs / (0.8 * length), 1.0)
    tip = np.clip((xs - 0.82 * length) / (0.18 * length), 0.0, 1.0)
    width = width * np.sqrt(np.maximum(1 - tip**2, 0.0)) + 0.002
    edge = back - width
    centre = np.stack([xs, (back + edge) / 2, np.zeros_like(xs)], 1)
    t = np.gradient(np.stack([xs, back], 1), axis=0)
    t /= np.linalg.norm(t, axis=1, keepdims=True)
    across = np.stack([-t[:, 1], t[:, 0], np.zeros_like(xs)], 1)
    return centre, width / 2, across


_WEDGE = np.array([[1.0, -1.0], [1.0, 1.0], [0.2, 0.85], [-1.0, 0.12], [-1.0, -0.12],
                   [0.2, -0.85]])  # fmt: skip
"""A single-edged blade's section: a flat back (+1) thinning to its edge (-1)."""


def _cutlass(rng: Rng) -> list[Part]:
    """A naval cutlass standing upright on its pommel, its flat toward the viewer: a short,
    broad, slightly curved single-edged steel blade, widening toward its end, where the edge
    sweeps up to a clipped point, a narrow groove along its back; a big enclosed bowl guard of
    solid sheet metal cupping round the hand from a plate at the blade's foot and closing over
    the knuckles to the pommel; a short grip wrapped in ridged cord; a round pommel cap."""
    L, hilt = 0.56, 0.155
    centre, hw, across = _blade_rings(L, 0.1)
    th = np.linspace(0.0045, 0.0025, len(hw))[:, None] * np.array([0.0, 0.0, 1.0])
    m = at(0.0, hilt, 0.0) @ rot("y", 215 + float(rng.uniform(-4, 4))) @ rot("z", 90)
    blade = loft(centre, across * hw[:, None], th, _WEDGE, 0, "body")
    parts = [blade.moved(m)]
    groove = centre[:12] + across[:12] * (hw[:12, None] * 0.55)
    for s in (-1, 1):
        g = groove + np.array([0.0, 0.0, s * 0.0038])
        parts.append(tube(g[1:-1], 0.0022, m, "marking"))
    edge = centre[1:-2] - across[1:-2] * (hw[1:-2, None] * 0.8)
    for s in (-1, 1):  # the bright bevel along the edge
        parts.append(band(edge + np.array([0.0, 0.0, s * 0.0018]), 0.4 * hw[1:-2] + 0.002, 0.0015,
                          (0, 1, 0), "steel").moved(m))  # fmt: skip
    gy = -0.022  # the grip's axis
    # the bowl guard: a plate at the blade's foot and a shell cupping round the hand from it to
    # the pommel, reaching far out over the knuckles (the edge's side) and bulging outward (+z)
    rows = []
    th2 = np.radians(np.linspace(-65, 170, 17))
    for s in np.linspace(0.0, 1.0, 11):
        reach = 0.022 + 0.075 * np.sqrt(max(1 - s**3, 0.0))
        bulge = 0.016 + 0.05 * np.sqrt(max(1 - s**2.5, 0.0))
        yc, ay = gy - reach / 2 + 0.008, reach / 2 + 0.024
        rows.append(np.stack([np.full_like(th2, -0.14 * s), yc - ay * np.cos(th2),
                              bulge * np.sin(th2)], 1))  # fmt: skip
    yc, ay, bulge = gy - 0.0485 + 0.008, 0.0725, 0.066  # the plate: the shell's first ring
    plate = m @ at(0.0, yc, 0.0) @ rot("y", 90)
    parts.append(slab(lambda n: ellipse(bulge, ay, max(n, 20)), 0.006, plate, 0))
    shell = np.einsum("ij,rcj->rci", m[:3, :3], np.asarray(rows)) + m[:3, 3]
    parts.append(cloth_sheet(shell, 0.005, 0))
    grip = [(0.0, 0.0), (0.014, 0.0)]
    for i in range(12):
        grip.append((0.0158 if i % 2 else 0.0175, 0.006 + 0.0095 * i))
    grip += [(0.014, 0.115), (0.0, 0.116)]
    gm = m @ at(-0.004, gy, 0.0) @ rot("z", 90)
    parts.append(lathe(grip, gm, 1))
    knob = [(0.0, 0.0), (0.018, 0.0), (0.026, 0.01), (0.024, 0.022), (0.013, 0.031), (0.0, 0.033)]
    parts.append(lathe(knob, gm @ at(0, 0.118, 0), 0))
    return parts


# 1434: a beech


_OVAL = np.array([[0.0, -1.0], [0.42, -0.5], [0.45, 0.1], [0.25, 0.65], [0.0, 1.0],
                  [-0.25, 0.65], [-0.45, 0.1], [-0.42, -0.5]])  # fmt: skip
"""A small pointed oval leaf."""
_LEAF = np.array([[0.0, -1.0], [0.45, -0.35], [0.35, 0.45], [0.0, 1.0], [-0.35, 0.45],
                  [-0.45, -0.35]])  # fmt: skip
"""A beech leaf in six points: a small pointed oval."""


def _beech(rng: Rng) -> list[Part]:
    """A big beech tree: a thick, smooth, pale silver-grey trunk flaring at its foot into
    surface roots snaking out over the ground, dividing into a few smooth grey limbs that
    spread up and out; a broad, dense, domed oval crown of small bright-green leaves, low and
    wide, much wider than tall, billowing in soft lumps over its top."""
    prof = [(0.0, 0.0), (0.17, 0.0), (0.12, 0.02), (0.092, 0.06), (0.078, 0.14), (0.074, 0.24),
            (0.082, 0.31), (0.0, 0.34)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body")]
    turn = float(rng.uniform(0, 60))
    roots, limbs = [], []
    for k in range(7):
        a = np.radians(turn + 360 * k / 7 + rng.uniform(-12, 12))
        out = v3(np.cos(a), 0, np.sin(a))
        side = v3(-np.sin(a), 0, np.cos(a))
        reach = rng.uniform(0.24, 0.34)
        wig = rng.uniform(-0.04, 0.04)
        roots.append(
            [
                out * 0.05 + _UP * 0.05,
                out * 0.13 + _UP * 0.02 + side * wig * 0.3,
                out * reach * 0.75 + _UP * 0.006 + side * wig,
                out * reach,
            ]
        )
    parts.append(strands(roots, (0.042, 0.006), 0, 8, 9))
    for k in range(6):
        a = np.radians(turn + 60 * k + 30 + rng.uniform(-10, 10))
        out = v3(np.cos(a), 0, np.sin(a))
        reach = rng.uniform(0.4, 0.48)
        limbs.append(
            [
                out * 0.03 + _UP * 0.27,
                out * 0.19 + _UP * 0.42,
                out * reach * 0.7 + _UP * 0.55,
                out * reach + _UP * 0.64,
            ]
        )
    parts.append(strands(limbs, (0.05, 0.012), 0, 8, 10))
    dome = [(0.0, 0.64), (0.25, 0.61), (0.44, 0.6), (0.57, 0.63), (0.63, 0.71), (0.61, 0.82),
            (0.52, 0.94), (0.32, 1.03), (0.0, 1.07)]  # fmt: skip
    parts.append(lathe(dome, rot("y", turn), 1, shape=lobed(28, 7, 0.09)))
    bumps = sphere_dirs(14, rng, 0.1)
    bumps = bumps[bumps[:, 1] > 0.05] * [0.44, 0.28, 0.44] + [0.0, 0.76, 0.0]
    bump_r = np.array([0.19, 0.11, 0.19])
    parts.append(balls(bumps, [bump_r], 1, 10, 5))
    prof = catmull_rom(dome, 48)
    dr = np.gradient(prof, axis=0)
    out = np.stack([dr[:, 1], -dr[:, 0]], 1)
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    rows = np.flatnonzero((prof[:, 1] > 0.6) & (prof[:, 0] > 0.05))
    pick = rng.choice(rows, 310, p=prof[rows, 0] / prof[rows, 0].sum())
    a = rng.uniform(0, 2 * np.pi, len(pick))
    ca, sa = np.cos(a), np.sin(a)
    r = prof[pick, 0] + 0.012
    spots = np.stack([r * ca, prof[pick, 1], r * sa], 1) + rng.normal(0, 0.008, (len(pick), 3))
    d = np.stack([out[pick, 0] * ca, out[pick, 1], out[pick, 0] * sa], 1)
    on = rng.integers(len(bumps), size=120)  # some over the bumps
    up = sphere_dirs(120, rng, 0.2)
    up[:, 1] = np.abs(up[:, 1])
    d = np.concatenate([d, up])
    spots = np.concatenate([spots, bumps[on] + up * bump_r * 1.04])
    nrm = d + _VIEW * 0.6 + rng.normal(0, 0.35, d.shape)
    heads = d + _UP * 0.2 + rng.normal(0, 0.5, d.shape)
    sizes = rng.uniform(0.026, 0.032, len(d))
    parts.append(flat_things(spots, nrm, heads, sizes, _LEAF, 0.004, 1, fold=0.15))
    return parts


# 1435: a worksheet


def _worksheet(rng: Rng) -> list[Part]:
    """A school worksheet lying a little askew on a wooden desk top: a sheet of white paper
    printed with a coloured title bar, name and date lines, numbered questions each with a
    line of print and ruled answer lines, a row of tick boxes (two ticked), and a small diagram
    of a triangle in a box; a yellow pencil lying across it."""
    sw, sh, y = 0.48, 0.66, 0.05
    sheet = at(0.0, y, 0.0) @ rot("y", 9 + float(rng.uniform(-3, 3)))
    parts = [box(sw, 0.003, sh, sheet, 0, "body"), box(0.84, y, 0.8, None, 1)]  # and the desk
    face = sheet @ at(0, 0.003, 0) @ rot("x", -90)  # the printed face: x across, y up the page
    x0, x1 = -0.2, 0.2
    parts.append(box(x1 - x0, 0.05, 0.002, face @ at(0, 0.255, 0), "plume"))  # the title bar
    parts.append(lines(face @ at(0, 0, 0.002), [(-0.12, 0.12, 0.28)], 0.014, 0.002, "snow"))
    rows = [(x0, -0.13, 0.225), (0.06, 0.1, 0.225)]  # name and date
    thin = [(-0.12, 0.04, 0.218), (0.11, x1, 0.218)]
    ys = (0.165, 0.085, 0.005)
    for k, yq in enumerate(ys):  # the questions with their answer lines
        parts += number(k + 1, face @ at(x0 + 0.008, yq - 0.008, 0.0), 0.012, 0.022, "marking")
        rows.append((x0 + 0.03, x0 + 0.03 + 0.3 - 0.06 * k, yq + 0.002))
        thin += [(x0 + 0.03, x1, yq - 0.035), (x0 + 0.03, x1, yq - 0.06)][: 2 - (k == 2)]
    yt = -0.06  # the tick boxes
    parts += number(4, face @ at(x0 + 0.008, yt - 0.008, 0.0), 0.012, 0.022, "marking")
    rows.append((x0 + 0.03, 0.08, yt + 0.002))
    for i in range(4):
        bx = x0 + 0.04 + 0.1 * i
        by = yt - 0.045
        for a, b in (((bx - 0.012, by - 0.012), (bx + 0.012, by - 0.012)),
                     ((bx - 0.012, by + 0.012), (bx + 0.012, by + 0.012)),
                     ((bx - 0.012, by - 0.012), (bx - 0.012, by + 0.012)),
                     ((bx + 0.012, by - 0.012), (bx + 0.012, by + 0.012))):  # fmt: skip
            parts.append(_ink(face, a, b, 0.003))
        rows.append((bx + 0.02, bx + 0.065, by))
        if i in (1, 2):
            parts.append(_ink(face, (bx - 0.008, by + 0.002), (bx - 0.001, by - 0.009), 0.005,
                              "card-red"))  # fmt: skip
            parts.append(_ink(face, (bx - 0.001, by - 0.009), (bx + 0.014, by + 0.016), 0.005,
                              "card-red"))  # fmt: skip
    yd = -0.15  # the diagram
    parts += number(5, face @ at(x0 + 0.008, yd - 0.008, 0.0), 0.012, 0.022, "marking")
    rows.append((x0 + 0.03, 0.05, yd + 0.002))
    bx0, bx1, by0, by1 = x0 + 0.03, 0.07, -0.3, -0.18
    for a, b in (((bx0, by0), (bx1, by0)), ((bx0, by1), (bx1, by1)), ((bx0, by0), (bx0, by1)),
                 ((bx1, by0), (bx1, by1))):  # fmt: skip
        parts.append(_ink(face, a, b, 0.003))
    tri = ((bx0 + 0.04, by0 + 0.02), (bx1 - 0.04, by0 + 0.02), (bx0 + 0.04, by1 - 0.02))
    for i in range(3):
        parts.append(_ink(face, tri[i], tri[(i + 1) % 3], 0.004))
    thin += [(0.1, x1, -0.2), (0.1, x1, -0.23), (0.1, x1, -0.26), (0.1, x1, -0.29)]
    parts.append(lines(face, rows, 0.012, 0.002, "marking"))
    parts.append(lines(face, thin, 0.003, 0.0015, "marking"))
    turn = float(rng.uniform(-8, 8))
    pm = at(0.22, y + 0.011, 0.2) @ rot("y", 120 + turn) @ rot("z", -90) @ scl(0.32)
    parts += pencil(pm, 1.2)
    return parts


def _ink(face: np.ndarray, a, b, w: float, slot="marking") -> Part:
    """A printed stroke w wide on the sheet's face from (x, y) a to b."""
    return strip((*a, 0.0), (*b, 0.0), (0, 0, 1), w, 0.002, slot, reach=w / 2, lift=0.001, m=face)


# 1436: a branch of blossom


def _five_petals() -> np.ndarray:
    """A cherry flower's outline: five round petals, each with a small notch at its tip."""
    pts = []
    for k in range(5):
        a = 72 * k + 90
        for da, r in ((-36, 0.3), (-25, 0.78), (-11, 0.99), (0, 0.86), (11, 0.99), (25, 0.78)):
            t = np.radians(a + da)
            pts.append((r * np.cos(t), r * np.sin(t)))
    return np.array(pts)


_FLOWER = _five_petals()


def _blossom(rng: Rng) -> list[Part]:
    """A cut branch of spring blossom lying on the ground: a dark twig with side twigs,
    clustered along them pink-white five-petalled cherry flowers, cupped, each with a tuft of
    yellow-tipped stamens in its heart; round pink buds among them on short stalks, and a few
    fresh young leaves."""
    main = [(-0.5, 0.03, 0.1), (-0.25, 0.045, 0.06), (0.0, 0.06, -0.02), (0.25, 0.075, -0.06),
            (0.48, 0.1, -0.14)]  # fmt: skip
    parts = [tube(main, [0.022, 0.018, 0.014, 0.01, 0.005], None, 1, "body")]
    path = catmull_rom(main, 40)
    twigs, spurs = [], []
    for k, (f, s, length) in enumerate(((0.22, 1, 0.26), (0.38, -1, 0.3), (0.55, 1, 0.24),
                                        (0.7, -1, 0.22), (0.85, 1, 0.16))):  # fmt: skip
        i = int(f * 39)
        base = path[i]
        t = unit(path[i + 1] - path[i - 1])
        side = unit(np.cross(_UP, t)) * s
        tip = base + unit(t * 0.8 + side) * length + _UP * (0.05 + 0.03 * (k % 2))
        mid = (base + tip) / 2 + side * 0.02 + _UP * 0.02
        twigs.append([base, mid, tip])
        spurs += [mid, tip, base + (tip - base) * 0.3]
    for i in (8, 16, 30, 37):
        spurs.append(path[i])
    parts.append(strands(twigs, (0.009, 0.004), 1, 6, 8))
    flowers, buds, leaves = [], [], []
    for sp in spurs:
        n = int(rng.integers(4, 6))
        for j in range(n):
            a = 2 * np.pi * j / n + rng.uniform(-0.4, 0.4)
            d = unit(v3(np.cos(a), 0.9 + rng.uniform(0, 0.6), np.sin(a)))
            p = sp + d * rng.uniform(0.03, 0.05)
            if rng.uniform() < 0.22:
                buds.append((sp, p))
            else:
                flowers.append((sp, p, d))
        if rng.uniform() < 0.5:
            a = rng.uniform(0, 2 * np.pi)
            leaves.append((sp, unit(v3(np.cos(a), 0.25, np.sin(a)))))
    cen = np.array([f[1] for f in flowers])
    nrm = np.array([f[2] for f in flowers]) + _VIEW * 0.4
    nrm /= np.linalg.norm(nrm, axis=1, keepdims=True)
    parts.append(flat_things(cen, nrm, rng.normal(0, 1, cen.shape), rng.uniform(0.03, 0.036,
                             len(cen)), _FLOWER, 0.003, 0, cup=0.25))  # fmt: skip
    parts.append(balls(cen + nrm * 0.006, 0.009, "plume-tip", 5, 2))
    stalks = [[f[0], (f[0] + f[1]) / 2 + _UP * 0.005, f[1] - f[2] * 0.004] for f in flowers]
    stalks += [[b[0], (b[0] + b[1]) / 2 + _UP * 0.004, b[1]] for b in buds]
    parts.append(strands(stalks, (0.0025, 0.002), "vine", 3, 4))
    bp = np.array([b[1] for b in buds])
    if len(bp):
        parts.append(balls(bp, [(0.012, 0.015, 0.012)], "eraser", 7, 4))
    lc = np.array([lf[0] + lf[1] * 0.05 for lf in leaves])
    if len(lc):
        parts.append(flat_things(lc, _UP + rng.normal(0, 0.3, lc.shape), np.array([lf[1] for lf in
                                 leaves]), 0.045, _OVAL, 0.003, "vine", fold=0.2))  # fmt: skip
    return parts


MORE_APPLIANCES_ZZZZZC = {
    1429: _holster, 1430: _micelle, 1431: _air_vent, 1432: _schoolhouse, 1433: _cutlass,
    1434: _beech, 1435: _worksheet, 1436: _blossom,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
