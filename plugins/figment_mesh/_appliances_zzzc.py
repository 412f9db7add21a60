"""More of the device family's appliances, from 1040: a plague doctor's mask, a jester's hat, the
winged lion of Saint Mark, a Venetian palazzo, a bauta mask, a palanquin, a machete and a dugout
canoe.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import (
    ALONG_Z,
    FLAT_UP,
    band,
    bead,
    blocks,
    cloth_sheet,
    cut,
    flat_solid,
    flower,
    grid_skin,
    hoop,
    lines,
    lobed,
    reslot,
    rope,
    scaled,
    solid,
    studs,
    tricorn,
    window,
)
from ._primitives import HEXAGON, box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import ellipsoid
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZC"]

Rng = np.random.Generator


def _lifted(parts: list[Part], y: float, yaw: float = 0.0) -> list[Part]:
    """The parts raised by y and turned ``yaw`` degrees about the vertical."""
    return scaled(parts, rot("y", yaw) @ at(0, y, 0))


# ---- 1040 plague doctor mask --------------------------------------------------------------------


def _plague_mask(rng: Rng) -> list[Part]:
    """A plague doctor's mask on its own, turned a little: a leather shell over the brow and
    face, bound round its rim, a long beak growing from it that curves down to a point (twice
    the face's length), stitched seams along the beak's ridge, over the brow and round the
    beak's root, two big round glass eye lenses in thick brass rims, and two leather straps
    looping round the back where the head would be, buckled there."""
    c, r = (0.0, 0.01, -0.1), (0.12, 0.15, 0.12)
    shapes = [ellipsoid(c, r)]  # the face shell
    shapes.append(ellipsoid(c, (0.108, 0.138, 0.108), None, -0.01))  # hollowed out
    shapes.append(cut(2, -0.1, False, 0.005, (-0.2, -0.2, -0.3), (0.2, 0.25, -0.1)))
    parts = [solid(shapes, 0.012, 0, "body")]
    t = np.radians(np.linspace(0, 360, 25))
    rim = [(0.118 * np.cos(a), 0.01 + 0.148 * np.sin(a), -0.1) for a in t]
    parts.append(tube(rim, 0.008, None, 0))  # the binding round the rim
    droop = float(rng.uniform(-0.02, 0.02))
    path = [(0, -0.04, -0.01), (0, -0.045, 0.13), (0, -0.08, 0.27), (0, -0.15 + droop, 0.39),
            (0, -0.24 + droop, 0.45)]  # fmt: skip
    radii = [0.072, 0.06, 0.042, 0.022, 0.004]
    q = np.linspace(0, 2 * np.pi, 12, endpoint=False)
    oval = np.stack([np.cos(q), 1.15 * np.sin(q)], 1)
    parts.append(tube(path, radii, None, 0, shape=oval))
    ridge = [(x, y + r * 1.12, z) for (x, y, z), r in zip(path[:-1], radii[:-1], strict=True)]
    a = np.radians(np.linspace(38, 100, 6))  # the seam over the brow
    ridge = [(0, 0.01 + 0.153 * np.sin(b), -0.1 + 0.123 * np.cos(b)) for b in a[::-1]] + ridge
    parts.append(tube(ridge, 0.006, None, 0))
    pts = _along(ridge, 40)
    nrm = np.tile((0, 1.0, 0.3), (len(pts), 1))
    parts.append(studs(pts + nrm * 0.006, nrm, 0.0045, 0.004, "marking", 4))
    root = at(0, -0.04, -0.005)
    parts.append(torus(0.072, 0.008, root @ rot("x", 90) @ scl(1, 1, 1.15), 0))  # root seam
    for s in (-1, 1):  # the lenses in their brass rims
        m = at(s * 0.058, 0.065, -0.012) @ rot("y", s * 30) @ rot("x", -16) @ ALONG_Z
        parts.append(cylinder(0.042, 0.04, 0.03, m, 1))
        parts.append(torus(0.036, 0.01, m @ at(0, 0.03, 0), 1))
        parts.append(cylinder(0.031, 0.031, 0.034, m, "pane"))
    for y, tilt in ((0.08, 0.0), (-0.06, -18.0)):  # the straps round the back
        a = np.radians(np.linspace(-10, 190, 9))
        loop = [(0.12 * np.cos(b), y + 0.04 * np.sin(b) * tilt / 18, -0.1 - 0.13 * np.sin(b))
                for b in a]  # fmt: skip
        parts.append(band(loop, 0.024, 0.006, (0, 1, 0), 0))
        parts.append(box(0.04, 0.032, 0.008, at(0, y - 0.016 - 0.04 * tilt / 18, -0.232), 1))
    return _lifted(parts, 0.245, -12.0)


def _along(points, n: int) -> np.ndarray:
    """n points evenly spaced along the polyline through ``points``."""
    p = np.asarray(points, float)
    d = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))]
    s = np.linspace(0, d[-1], n)
    return np.stack([np.interp(s, d, p[:, i]) for i in range(3)], 1)


# ---- 1041 jester hat ----------------------------------------------------------------------------


def _half_round(n: int, side: int) -> np.ndarray:
    """Half of a round cross-section (its flat side through 0): side 1 or -1."""
    t = np.linspace(-np.pi / 2, np.pi / 2, n) + (0 if side > 0 else np.pi)
    return np.concatenate([np.stack([np.cos(t), np.sin(t)], 1), [[0.0, 0.0]]])


def _jester_hat(rng: Rng) -> list[Part]:
    """A jester's cap and bells standing on a table: a round cap on a broad band at the brow,
    three long floppy cloth points rising from its crown and flopping out and down to the left,
    right and back, each point split lengthwise into two colours (the main one and red or
    yellow, swapped from point to point), a round bell with a slit at the end of each, resting
    on the table; small bells round the band."""
    alt = "card-red" if rng.random() < 0.6 else "cloth-yellow"
    prof = [(0.0, 0.2), (0.08, 0.195), (0.14, 0.16), (0.165, 0.1), (0.165, 0.05)]
    parts = [lathe(prof, None, 0, "body")]
    band_prof = [(0.16, 0.0), (0.178, 0.0), (0.182, 0.03), (0.178, 0.062), (0.16, 0.062)]
    parts.append(lathe(band_prof, None, 1, closed=True))
    for k, yaw in enumerate((-90.0, 180.0, 90.0)):
        d = (np.sin(np.radians(yaw)), np.cos(np.radians(yaw)))
        jig = float(rng.uniform(-0.02, 0.02))
        ctrl = [(0.05, 0.17), (0.14, 0.3), (0.26, 0.36 + jig), (0.37, 0.27), (0.43, 0.12),
                (0.45, 0.06)]  # fmt: skip
        path = [(r * d[0], y, r * d[1]) for r, y in ctrl]
        radii = [0.085, 0.07, 0.05, 0.034, 0.02, 0.012]
        pair = (0, alt) if k % 2 == 0 else (alt, 0)  # its two halves' colours
        for side, slot in zip((1, -1), pair, strict=True):
            parts.append(tube(path, radii, None, slot, shape=_half_round(7, side)))
        tip = np.array(path[-1])
        parts.append(sphere(0.035, at(tip[0], 0.035, tip[2]), 1))  # the bell
        parts.append(box(0.05, 0.006, 0.006, at(tip[0], 0.02, tip[2]) @ rot("y", -yaw), "marking"))
        parts.append(torus(0.01, 0.004, at(tip[0], 0.072, tip[2]) @ rot("x", 90), 1))
    for k in range(8):  # small bells round the band
        a = np.radians(22.5 + 45 * k)
        parts.append(sphere(0.014, at(0.19 * np.sin(a), 0.03, 0.19 * np.cos(a)), 1))
    return parts


# ---- 1042 winged lion ---------------------------------------------------------------------------


def _feather(length: float, width: float):
    """A long feather's outline along +x from its quill at 0 to a pointed tip."""
    pts = [(0.0, -0.2 * width), (0.4 * length, -0.5 * width), (0.8 * length, -0.4 * width),
           (length, 0.0), (0.8 * length, 0.4 * width), (0.4 * length, 0.5 * width),
           (0.0, 0.2 * width)]  # fmt: skip
    return sharp(pts)


def _wing(m: np.ndarray, slot=0) -> list[Part]:
    """A raised feathered wing in the xy plane of m, from the shoulder at 0 out along +x and
    up: a tall fan of long pointed flight feathers, the longest pointing up, under two rows of
    shorter coverts, a rounded arm along its leading edge."""
    parts = []
    for i in range(9):  # the flight feathers, from the outermost to the topmost
        a = 40 + 7.5 * i
        length = 0.24 + 0.028 * i
        root = (0.1 - 0.008 * i, 0.1 + 0.012 * i)
        fm = m @ at(root[0], root[1], -0.003 * i) @ rot("z", a)
        parts.append(slab(_feather(length, 0.065), 0.01, fm, slot))
    for row, (n, length, z) in enumerate(((7, 0.17, 0.012), (5, 0.1, 0.024))):
        for i in range(n):  # the coverts
            a = 45 + 60 * i / (n - 1)
            fm = m @ at(0.06 - 0.01 * row, 0.08 + 0.012 * i, z) @ rot("z", a)
            parts.append(slab(_feather(length, 0.055), 0.01, fm, slot))
    arm = [(0.0, 0.0, 0.02), (0.1, 0.1, 0.025), (0.14, 0.22, 0.02), (0.13, 0.34, 0.015)]
    parts.append(tube(arm, [0.045, 0.035, 0.022, 0.01], m, slot))
    return parts


def _mane(m: np.ndarray, rng: Rng) -> list[Part]:
    """A lion's mane round a head facing +z at m: rings of broad flame-like locks framing the
    face, each flowing out, back and down, overlapping like petals, and more locks hanging over
    the chest."""
    parts = []
    for ring in range(3):
        rho, z, n = 0.088 + 0.038 * ring, 0.01 - 0.04 * ring, 12 + 3 * ring
        for k in range(n):
            a = 2 * np.pi * (k + 0.5 * ring) / n + float(rng.uniform(-0.08, 0.08))
            c, s = np.cos(a), np.sin(a)
            out = np.array([c, s - 0.35, -0.4])
            root = np.array([rho * c, rho * s, z])
            pts = [root, root + 0.045 * out + (0, 0, 0.01), root + 0.085 * out + (0, -0.02, 0)]
            across = (-s, c, 0.0)
            parts.append(band(_placed(pts, m), [0.05, 0.055, 0.0], 0.016, _turn(m, across), 0))
    for k in range(6):  # the locks over the chest
        x = -0.1 + 0.04 * k
        pts = [(x, -0.12, -0.02), (x * 1.1, -0.18, -0.02), (x * 1.2, -0.25, -0.05)]
        parts.append(band(_placed(pts, m), [0.05, 0.05, 0.0], 0.016, _turn(m, (1, 0, 0)), 0))
    return parts


def _placed(points, m: np.ndarray) -> np.ndarray:
    """Points placed by m."""
    p = np.asarray(points, float)
    return p @ m[:3, :3].T + m[:3, 3]


def _turn(m: np.ndarray, v) -> np.ndarray:
    """A direction turned by m."""
    return m[:3, :3] @ np.asarray(v, float)


def _open_book(m: np.ndarray) -> list[Part]:
    """An open book on the frame m (its spine along z at 0): a cover, two blocks of pages
    rising to the gutter, lines of text."""
    parts = [box(0.3, 0.01, 0.2, m, 1)]
    for s in (-1, 1):
        half = m @ at(0, 0.01, 0) @ rot("z", s * 6) @ at(s * 0.073, 0, 0)
        parts.append(box(0.14, 0.018, 0.19, half, "pages"))
        rows = [(-0.05, 0.05, -0.06 + 0.024 * j) for j in range(6)]
        parts.append(lines(half @ at(0, 0.018, 0) @ rot("x", -90), rows, 0.006))
    return parts


_LION_HEAD = (0.0, 0.56, 0.16)
"""Where the lion's head is over its plinth."""


def _lion_shapes(p: float) -> list:
    """A lion seated upright on a plinth whose top is at p, facing +z, as smooth shapes: its
    haunches, chest, forelegs (the right one reaching forward and down), a round ruff under its
    mane, its head with a broad muzzle, brows and ears."""
    head = _LION_HEAD
    body = [ellipsoid((0, p + 0.14, -0.12), (0.15, 0.14, 0.17))]  # the haunches
    body += rope([(0, p + 0.16, -0.1), (0, p + 0.3, 0.0), (0, p + 0.4, 0.06)], [0.13, 0.12, 0.11],
                 0.05)  # fmt: skip
    body.append(ellipsoid((0, p + 0.32, 0.07), (0.11, 0.15, 0.1), None, 0.05))  # the chest
    for s in (-1, 1):
        body.append(ellipsoid((s * 0.1, p + 0.12, -0.1), (0.07, 0.12, 0.15), None, 0.03))
        body.append(ellipsoid((s * 0.1, p + 0.03, 0.03), (0.045, 0.03, 0.08), None, 0.03))
    body += rope([(-0.07, p + 0.3, 0.1), (-0.07, p + 0.12, 0.13), (-0.07, p + 0.03, 0.15)],
                 [0.045, 0.037, 0.035], 0.03)  # the left foreleg # fmt: skip
    body.append(ellipsoid((-0.07, p + 0.025, 0.18), (0.04, 0.028, 0.055), None, 0.02))
    body += rope([(0.07, p + 0.3, 0.1), (0.09, p + 0.2, 0.2), (0.09, p + 0.16, 0.28)],
                 [0.045, 0.037, 0.034], 0.03)  # the right foreleg, on the book # fmt: skip
    body.append(ellipsoid((0.09, p + 0.155, 0.31), (0.04, 0.03, 0.055), None, 0.02))
    body.append(ellipsoid((0, p + 0.48, 0.04), (0.15, 0.17, 0.12), None, 0.05))  # the ruff
    hy, hz = p + head[1], head[2]
    body.append(ellipsoid((0, hy, hz), (0.085, 0.085, 0.08), None, 0.03))  # the head
    body.append(ellipsoid((0, hy - 0.035, hz + 0.075), (0.062, 0.048, 0.055), None, 0.03))
    body.append(ellipsoid((0, hy - 0.075, hz + 0.06), (0.04, 0.022, 0.04), None, 0.02))  # chin
    body.append(ellipsoid((0, hy - 0.01, hz + 0.12), (0.028, 0.02, 0.016), None, 0.012))  # nose
    for s in (-1, 1):  # the cheeks, brows and ears
        body.append(ellipsoid((s * 0.03, hy - 0.04, hz + 0.095), (0.03, 0.028, 0.03), None, 0.01))
        body.append(ellipsoid((s * 0.035, hy + 0.035, hz + 0.065), (0.032, 0.014, 0.02), None,
                              0.012))  # fmt: skip
        body.append(ellipsoid((s * 0.07, hy + 0.075, hz - 0.01), (0.026, 0.026, 0.014), None,
                              0.01))  # fmt: skip
    return body


def _winged_lion(rng: Rng) -> list[Part]:
    """The lion of Saint Mark as a statue: a lion seated upright on a moulded stone plinth, its
    haunches and hind paws on the plinth, its chest high, a big shaggy mane round its head,
    large feathered wings raised from its shoulders and swept back, its right forepaw resting
    on an open book that stands propped on the plinth, its tail curled round its side, a halo
    ring behind its head."""
    p = 0.16
    parts = [box(0.48, p - 0.03, 0.64, None, 0, "body")]  # the plinth
    parts.append(box(0.52, 0.03, 0.68, at(0, p - 0.03, 0), 0))
    parts.append(box(0.52, 0.03, 0.68, None, 0))
    body = _lion_shapes(p)
    parts.append(solid(body, 0.02, 0))
    parts += _mane(at(0, p + _LION_HEAD[1], _LION_HEAD[2]), rng)
    tail = [(-0.14, p + 0.03, -0.22), (-0.2, p + 0.02, -0.05), (-0.19, p + 0.02, 0.1),
            (-0.15, p + 0.05, 0.16)]  # fmt: skip
    parts.append(tube(tail, [0.03, 0.025, 0.02, 0.018], None, 0))
    parts.append(sphere(1.0, at(-0.15, p + 0.065, 0.17) @ scl(0.03, 0.04, 0.03), 0))
    book = at(0.09, p + 0.02, 0.27) @ rot("x", 28) @ rot("y", 90)
    parts += _open_book(book)
    parts.append(box(0.2, 0.13, 0.03, at(0.09, p, 0.2), 0))  # the block propping it
    for s in (-1, 1):
        m = at(s * 0.08, p + 0.42, -0.04) @ rot("y", s * 28 + (0 if s > 0 else 180))
        parts += _wing(m @ rot("x", -12), 0)
    hy, hz = p + _LION_HEAD[1], _LION_HEAD[2]
    parts.append(torus(0.21, 0.014, at(0, hy + 0.03, hz - 0.17) @ rot("x", 90), 1))  # the halo
    return parts


# ---- 1043 Venetian palazzo ----------------------------------------------------------------------


def _ogee(w: float, h: float, rise: float) -> np.ndarray:
    """An ogee arched opening w wide: straight sides from y = 0 to h, then an arch curving in and
    out again up to a point ``rise`` above."""
    s = np.array([0.0, 0.06, 0.16, 0.3, 0.45, 0.6, 0.75, 0.88, 1.0])
    g = np.array([0.0, 0.27, 0.45, 0.57, 0.62, 0.67, 0.76, 0.87, 1.0])
    right = [(w / 2 * (1 - a), h + rise * b) for a, b in zip(s, g, strict=True)]
    left = [(-x, y) for x, y in right[-2::-1]]
    return np.array([(w / 2, 0.0), *right, *left, (-w / 2, 0.0)])


def _arched(m: np.ndarray, w: float, h: float, rise: float, frame: float, slot=1) -> list[Part]:
    """An ogee-arched window in a wall facing +z under m (its sill's middle at 0): a stone frame
    round a dark opening."""
    outer = _ogee(w + 2 * frame, h, rise + 1.6 * frame)
    outer[:, 1] -= frame
    parts = [slab(sharp(outer), 0.02, m @ at(0, 0, 0.01), slot)]
    parts.append(slab(sharp(_ogee(w, h, rise)), 0.02, m @ at(0, 0, 0.016), "window"))
    parts.append(bead(frame * 0.9, m @ at(0, h + rise + 1.7 * frame, 0.02), slot, 6))  # finial
    return parts


def _loggia(m: np.ndarray, n: int, w: float, h: float, rise: float) -> list[Part]:
    """A row of n ogee arches on slim columns across a wall facing +z under m, w wide in all,
    with quatrefoils pierced above between the arches."""
    pitch = w / n
    parts = [box(w + 0.04, h + rise + 0.06, 0.02, m @ at(0, -0.02, 0.008), 1)]
    for i in range(n):
        x = -w / 2 + pitch * (i + 0.5)
        parts.append(slab(sharp(_ogee(pitch - 0.03, h, rise)), 0.02, m @ at(x, 0, 0.016),
                          "window"))  # fmt: skip
    for i in range(n + 1):
        x = -w / 2 + pitch * i
        parts.append(cylinder(0.008, 0.008, h, m @ at(x, 0, 0.035), 1))
        parts.append(box(0.03, 0.015, 0.03, m @ at(x, h, 0.035), 1))
    for i in range(1, n):
        x = -w / 2 + pitch * i
        parts.append(slab(flower(4, 0.5), 0.02, m @ at(x, h + rise + 0.005, 0.02)
                          @ scl(0.022), "window"))  # fmt: skip
    return parts


def _mooring_pole(x: float, z: float, h: float, lean: float) -> list[Part]:
    """A striped mooring pole standing in the water at (x, z): bands of white and red, a
    pointed cap."""
    m = at(x, 0.0, z) @ rot("z", lean)
    parts = []
    n = 8
    for k in range(n):
        band_ = [(0, h * k / n, 0), (0, h * (k + 1) / n, 0)]
        parts.append(tube(band_, 0.016, m, "card-red" if k % 2 else "snow", shape=HEXAGON))
    parts.append(cylinder(0.018, 0.0, 0.04, m @ at(0, h, 0), "card-red"))
    parts.append(hoop(0.04, 0.004, at(x, 0.03, z) @ scl(1, 0.4, 1), "rain", 16, 3))  # a ripple
    return parts


def _palazzo(rng: Rng) -> list[Part]:
    """A Venetian Gothic palazzo on a canal: a three-storey stone facade rising from the water, a
    round-arched water door in the middle of the ground floor with steps down into a strip of
    canal water, barred windows either side; a loggia of pointed ogee arches on slim columns
    across the piano nobile with a balcony in front, single ogee windows with little balconies
    either side; a smaller row of ogee windows above; stringcourses between the floors, a
    cornice along the flat roofline, two funnel chimneys, striped mooring poles in the water."""
    w, d, base = 1.0, 0.4, 0.03
    fl = (base, base + 0.3, base + 0.62, base + 0.88)  # the floors' levels and the roofline
    parts = [box(w, fl[3] - base, d, at(0, base, -d / 2), 0, "body")]
    parts.append(box(w + 0.02, base + 0.04, d + 0.02, at(0, 0, -d / 2), 1))  # the stone footing
    front = 0.0
    for y in fl[1:3]:  # the stringcourses
        parts.append(box(w + 0.02, 0.02, 0.03, at(0, y - 0.01, front), 1))
    parts.append(box(w + 0.06, 0.04, d + 0.06, at(0, fl[3], -d / 2), 1))  # the cornice
    parts.append(box(w + 0.03, 0.02, d + 0.03, at(0, fl[3] - 0.02, -d / 2), 1))
    dent = [(-w / 2 + 0.02 + 0.04 * i, fl[3] - 0.035, front + 0.01) for i in range(25)]
    parts.append(blocks(dent, (0.02, 0.015, 0.02), None, 1))
    # the water door and its steps
    door = at(0, fl[0] + 0.02, front)
    parts.append(box(0.22, 0.2, 0.02, door @ at(0, 0, 0.005), 1))
    parts.append(cylinder(0.11, 0.11, 0.02, door @ at(0, 0.2, 0.005) @ ALONG_Z, 1))
    parts.append(box(0.17, 0.17, 0.02, door @ at(0, 0, 0.012), "window"))
    parts.append(cylinder(0.085, 0.085, 0.02, door @ at(0, 0.17, 0.012) @ ALONG_Z, "window"))
    for k in range(3):
        parts.append(box(0.26, 0.03, 0.05, at(0, 0.035 - 0.015 * k, front + 0.03 + 0.05 * k), 1))
    for x in (-0.32, 0.32):
        parts += window(at(x, fl[0] + 0.1, front + 0.005), 0.1, 0.13, 1, bars=3)
    # the piano nobile
    parts += _loggia(at(0, fl[1] + 0.04, front), 5, 0.46, 0.15, 0.07)
    parts.append(box(0.52, 0.02, 0.09, at(0, fl[1] + 0.02, front + 0.045), 1))  # the balcony
    balusters = [(-0.25 + 0.5 * i / 13, fl[1] + 0.04, front + 0.08) for i in range(14)]
    parts.append(blocks(balusters, (0.012, 0.06, 0.012), None, 1))
    parts.append(box(0.52, 0.015, 0.02, at(0, fl[1] + 0.1, front + 0.08), 1))
    for x in (-0.38, 0.38):
        parts += _arched(at(x, fl[1] + 0.04, front), 0.1, 0.15, 0.07, 0.02)
        parts.append(box(0.16, 0.02, 0.06, at(x, fl[1] + 0.02, front + 0.03), 1))
        parts.append(box(0.16, 0.04, 0.01, at(x, fl[1] + 0.04, front + 0.055), 1))
    # the top floor
    for i in range(5):
        x = -0.2 + 0.1 * i
        parts += _arched(at(x, fl[2] + 0.05, front), 0.065, 0.1, 0.05, 0.014)
    for x in (-0.38, 0.38):
        parts += _arched(at(x, fl[2] + 0.05, front), 0.08, 0.1, 0.05, 0.016)
    for x in (-0.3, 0.34):  # the funnel chimneys
        parts.append(cylinder(0.025, 0.025, 0.12, at(x, fl[3] + 0.04, -0.25), 0))
        parts.append(cylinder(0.025, 0.06, 0.08, at(x, fl[3] + 0.16, -0.25), 0))
        parts.append(cylinder(0.06, 0.06, 0.02, at(x, fl[3] + 0.24, -0.25), 1))
    parts.append(box(w + 0.2, 0.03, 0.4, at(0, 0, 0.2), "glaze"))  # the canal
    lean = float(rng.uniform(-3, 3))
    for x, z, h in ((-0.22, 0.28, 0.42), (0.22, 0.27, 0.4), (0.42, 0.33, 0.36)):
        parts += _mooring_pole(x, z, h, lean)
    return parts


# ---- 1044 bauta mask ----------------------------------------------------------------------------


_BAUTA = (  # y, the face's forward reach, its half width, how far its sides wrap back, squareness
    (0.17, 0.0, 0.09, 0.06, 2), (0.15, 0.025, 0.11, 0.08, 2), (0.11, 0.045, 0.125, 0.1, 2),
    (0.07, 0.05, 0.13, 0.11, 2), (0.03, 0.05, 0.13, 0.11, 2), (-0.01, 0.055, 0.13, 0.11, 2),
    (-0.05, 0.07, 0.128, 0.1, 2.5), (-0.09, 0.1, 0.124, 0.09, 3), (-0.13, 0.13, 0.12, 0.08, 3.5),
    (-0.17, 0.16, 0.115, 0.07, 4), (-0.21, 0.19, 0.11, 0.06, 5), (-0.235, 0.205, 0.108, 0.06, 5),
    (-0.25, 0.175, 0.106, 0.06, 5), (-0.255, 0.1, 0.104, 0.05, 5), (-0.25, 0.01, 0.1, 0.04, 5),
)  # fmt: skip
"""The bauta's face row by row from the brow down over the jutting chin and back under it."""


def _bauta_face(cols: int = 15) -> np.ndarray:
    """The bauta's face as a grid of points (rows from the brow down, cols across): a broad
    face, cheeks and a long chin that juts forward into a square beak and turns back under."""
    u = np.linspace(-1, 1, cols)
    grid = np.empty((len(_BAUTA), cols, 3))
    for i, (y, z, hw, wrap, sq) in enumerate(_BAUTA):
        grid[i, :, 0] = hw * u
        grid[i, :, 1] = y
        grid[i, :, 2] = z - wrap * np.abs(u) ** sq
    return grid


def _bauta(rng: Rng) -> list[Part]:
    """A bauta, the Venetian carnival disguise: a white full-face mask with a broad brow, dark
    almond eye holes under heavy brows, a long straight nose and no mouth, its chin jutting far
    forward into a square beak; a black tricorn hat with a gold braid on top and a black cloth
    hood round the head behind the mask falling to a cape over the shoulders."""
    hy, hz = 0.45, 0.02  # the face's centre
    parts = [cloth_sheet(_bauta_face() + v3(0, hy, hz), 0.014, 0, "body")]
    for s in (-1, 1):
        eye = at(s * 0.05, hy + 0.045, hz + 0.048) @ rot("y", s * 18) @ rot("z", s * -8)
        parts.append(sphere(1.0, eye @ scl(0.034, 0.016, 0.012), "marking"))
        brow = [(s * 0.1, hy + 0.068, hz + 0.03), (s * 0.05, hy + 0.078, hz + 0.058),
                (s * 0.012, hy + 0.07, hz + 0.06)]  # fmt: skip
        parts.append(tube(brow, [0.008, 0.013, 0.01], None, 0))
    nose = [(0, hy + 0.075, hz + 0.05), (0, hy + 0.0, hz + 0.075), (0, hy - 0.06, hz + 0.1)]
    tri = np.array([(0.0, 1.0), (-1.1, -0.7), (1.1, -0.7)])
    parts.append(tube(nose, [0.014, 0.03, 0.042], None, 0, shape=tri))
    hood = [(0.0, 0.66), (0.1, 0.645), (0.15, 0.58), (0.165, 0.47), (0.155, 0.36), (0.13, 0.26),
            (0.0, 0.25)]  # fmt: skip
    parts.append(lathe(hood, at(0, 0, -0.12), "marking"))
    cape = [(0.0, 0.32), (0.13, 0.31), (0.17, 0.25), (0.24, 0.17), (0.3, 0.08), (0.32, 0.0),
            (0.0, 0.0)]  # fmt: skip
    parts.append(lathe(cape, at(0, 0, -0.1), "marking", shape=lobed(40, 14, 0.06)))
    face = _bauta_face() + v3(0, hy, hz)
    edge = np.concatenate([face[9::-1, 0], face[0, 1:-1], face[:10, -1]])
    out = np.sign(edge[:, 0:1]) * (0.014, 0, 0) + (0, 0.0, -0.03)
    out[10 : 10 + face.shape[1] - 2] = (0, 0.016, -0.025)
    parts.append(tube(edge + out, 0.02, None, "marking"))  # the hood's edge round the mask
    hat = reslot(tricorn(), {0: "marking"})
    tilt = float(rng.uniform(-4, 4))
    parts += scaled(hat, at(0, 0.6, -0.1) @ rot("x", -6) @ rot("z", tilt) @ scl(0.75))
    return _lifted(parts, 0.0, -15.0)


# ---- 1045 palanquin -----------------------------------------------------------------------------


def _curtain(x: float, z0: float, z1: float, y0: float, y1: float, tie: float) -> Part:
    """A curtain hanging in the plane x = x from y1 down to y0, across z0 to z1, in soft folds,
    gathered in at ``tie`` of its height toward z0 (drawn back and tied)."""
    rows, cols = 9, 13
    grid = np.empty((rows, cols, 3))
    for i in range(rows):
        v = i / (rows - 1)
        y = y1 - (y1 - y0) * v
        pinch = 1.0 - 0.7 * np.exp(-(((v - tie) / 0.25) ** 2))
        zs = z0 + (z1 - z0) * np.linspace(0, 1, cols) * pinch
        fold = 0.012 * np.sin(np.linspace(0, 6 * np.pi, cols)) * (0.6 + (1 - pinch))
        grid[i, :, 0] = x + fold * np.sign(x)
        grid[i, :, 1] = y
        grid[i, :, 2] = zs
    return cloth_sheet(grid, 0.008, "card-red")


def _palanquin(rng: Rng) -> list[Part]:
    """A palanquin: a small cabin raised on four short legs, its front and back closed by
    panels with a little window, its two long sides open with red curtains drawn back and tied
    at the corners, a cushioned seat inside, a curved pagoda roof with upswept eaves and a
    gilt finial, a scalloped valance under the eaves; two long carrying poles fixed along its
    sides running far out in front and behind, capped at their ends."""
    w, ln, f, top = 0.5, 0.6, 0.16, 0.72
    parts = [box(w, 0.05, ln, at(0, f, 0), 0, "body")]  # the floor
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(box(0.05, f, 0.05, at(sx * (w / 2 - 0.04), 0, sz * (ln / 2 - 0.04)), 0))
            parts.append(box(0.04, top - f, 0.04, at(sx * (w / 2 - 0.02), f, sz * (ln / 2 - 0.02)),
                             0))  # the corner posts # fmt: skip
    for sz in (-1, 1):  # the end panels, each with a window
        parts.append(box(w - 0.04, top - f - 0.05, 0.02, at(0, f + 0.05, sz * (ln / 2 - 0.02)), 0))
        parts.append(box(0.18, 0.14, 0.024, at(0, f + 0.3, sz * (ln / 2 - 0.02)), "marking"))
        for x in (-0.045, 0.0, 0.045):
            parts.append(box(0.01, 0.14, 0.028, at(x, f + 0.3, sz * (ln / 2 - 0.02)), 1))
        parts.append(box(0.2, 0.015, 0.03, at(0, f + 0.44, sz * (ln / 2 - 0.02)), 1))
    parts.append(box(w, 0.04, ln, at(0, top, 0), 0))  # the ceiling board
    for sx in (-1, 1):  # a rail along each open side
        parts.append(box(0.03, 0.08, ln - 0.04, at(sx * (w / 2 - 0.02), f + 0.05, 0), 0))
    prof = [(0.5, 0.0), (0.46, 0.03), (0.36, 0.07), (0.24, 0.13), (0.14, 0.2), (0.07, 0.27),
            (0.03, 0.32), (0.0, 0.33)]  # fmt: skip
    roof = at(0, top + 0.04, 0) @ scl(w / 0.6, 1, ln / 0.6) @ rot("y", 45)
    parts.append(lathe(prof, roof, 0, sides=4))
    fin = [(0.0, 0.0), (0.03, 0.0), (0.04, 0.03), (0.02, 0.06), (0.035, 0.09), (0.0, 0.15)]
    parts.append(lathe(fin, at(0, top + 0.36, 0), 1))
    for sx in (-1, 1):  # the valance
        for k in range(7):
            z = -ln / 2 + ln * (k + 0.5) / 7
            parts.append(sphere(1.0, at(sx * (w / 2 + 0.005), top - 0.005, z)
                                @ scl(0.008, 0.03, 0.04), 1))  # fmt: skip
    for sz in (-1, 1):
        for k in range(6):
            x = -w / 2 + w * (k + 0.5) / 6
            parts.append(sphere(1.0, at(x, top - 0.005, sz * (ln / 2 + 0.005))
                                @ scl(0.04, 0.03, 0.008), 1))  # fmt: skip
    tie = float(rng.uniform(0.45, 0.55))
    for sx in (-1, 1):  # the curtains, drawn back to the front and back posts
        x = sx * (w / 2 - 0.005)
        for z0, z1 in ((ln / 2 - 0.04, 0.02), (-ln / 2 + 0.04, -0.02)):
            parts.append(_curtain(x, z0, z1, f + 0.06, top, tie))
    parts.append(box(w - 0.1, 0.08, 0.3, at(0, f + 0.05, -0.1), 0))  # the seat
    parts.append(box(w - 0.12, 0.05, 0.28, at(0, f + 0.13, -0.1), "card-red"))  # its cushion
    parts.append(box(w - 0.12, 0.2, 0.06, at(0, f + 0.13, -0.24) @ rot("x", -8), "card-red"))
    for sx in (-1, 1):  # the carrying poles
        x = sx * (w / 2 + 0.03)
        parts.append(cylinder(0.022, 0.022, 2.0, at(x, f + 0.08, -1.0) @ ALONG_Z, 0))
        for z in (-1.0, 1.0):
            parts.append(sphere(0.03, at(x, f + 0.08, z), 1))
        for z in (-ln / 2 + 0.06, ln / 2 - 0.06):
            parts.append(box(0.06, 0.06, 0.04, at(sx * (w / 2 + 0.015), f + 0.05, z), 1))
    return parts


# ---- 1046 machete -------------------------------------------------------------------------------


def _machete(rng: Rng) -> list[Part]:
    """A machete lying on its side at a slight angle, tipped up a little toward the viewer: a
    long broad single-edged blade with a straight back, widening toward its end, where the edge
    sweeps up in a curve to meet the back in a point; a bright bevel along the edge; a grip of
    two wooden slabs riveted through the tang with three rivets, a swelling butt, no guard."""
    grip = 0.26
    tip = catmull_rom([(0.62, 0.0), (0.86, -0.004), (0.96, 0.006), (1.0, 0.016), (0.985, -0.035),
                       (0.94, -0.085), (0.86, -0.108), (0.7, -0.104)], 22)  # fmt: skip
    blade = [(grip, 0.0), *map(tuple, tip), (0.45, -0.08), (grip + 0.02, -0.062), (grip, -0.056)]
    t = 0.006
    m = at(-0.45, 0.02, -0.2) @ rot("y", 34 + float(rng.uniform(-4, 4))) @ rot("x", 22)
    flat = m @ at(0, 0.014, 0) @ FLAT_UP
    parts = [slab(sharp(blade), t, flat, 0, "body")]
    edge = np.array(blade[10:25])
    bevel = np.concatenate([edge, edge[::-1] + np.array([0.0, 0.014])])
    parts.append(flat_solid(lambda n: [bevel[::-1]], 0.002, flat @ at(0, 0, t / 2), "steel"))
    tang = [(0.02, 0.0), (grip + 0.01, 0.0), (grip + 0.01, -0.05), (0.02, -0.045)]
    parts.append(slab(sharp(tang), t, flat, 0))
    handle = [(0.0, 0.008), (0.05, 0.004), (0.2, 0.006), (grip, 0.008), (grip, -0.058),
              (0.2, -0.056), (0.05, -0.06), (0.0, -0.068), (-0.012, -0.03)]  # fmt: skip
    for s in (-1, 1):
        parts.append(slab(sharp(handle), 0.01, flat @ at(0, 0, s * (t / 2 + 0.005)), 1))
    rivets = [(0.05, -0.028), (0.13, -0.026), (0.21, -0.026)]
    pts = _placed([(x, 0.0275, -y) for x, y in rivets], m)
    parts.append(studs(pts, np.tile(_turn(m, (0, 1.0, 0)), (3, 1)), 0.008, 0.004, "steel"))
    return parts


# ---- 1047 dugout canoe --------------------------------------------------------------------------


def _hull(length: float, r0: float, n: int = 25):
    """The dugout log's stations along x: their x, radius, axis height, the height of the flat
    cut along its top and how deep the trough is carved there (0 at the solid ends)."""
    xs = np.linspace(-length / 2, length / 2, n)
    u = 2 * xs / length
    r = r0 * (1 - 0.5 * np.abs(u) ** 3)
    cy = r0 + 0.04 * u**4 - (r0 - r)  # the keel rises a little toward the ends
    yt = cy + 0.3 * r0 + 0.02 * u**4
    depth = np.clip((1 - np.abs(u)) / 0.16, 0, 1) ** 0.6
    return xs, r, cy, yt, depth


def _hull_grid(length: float, r0: float) -> np.ndarray:
    """The dugout's carved wood as a grid (stations along x, loops round the section): the log's
    round outside below the cut, a flat rim along the cut, the trough hollowed out inside,
    shallowing to solid ends."""
    xs, r, cy, yt, depth = _hull(length, r0)
    nout, nin = 15, 11
    grid = np.empty((len(xs), nout + nin, 3))
    for i in range(len(xs)):
        h = yt[i] - cy[i]
        a0 = np.arcsin(h / r[i])
        a = np.linspace(np.pi - a0, 2 * np.pi + a0, nout)
        grid[i, :nout] = np.stack([np.full(nout, xs[i]), cy[i] + r[i] * np.sin(a),
                                   r[i] * np.cos(a)], 1)  # fmt: skip
        ri = r[i] * 0.8
        b0 = np.arcsin(min(h / ri, 1.0))
        b = np.linspace(2 * np.pi + b0, np.pi - b0, nin)
        iy = cy[i] + ri * np.sin(b)
        grid[i, nout:, 0] = xs[i]
        grid[i, nout:, 1] = yt[i] - depth[i] * (yt[i] - iy)
        grid[i, nout:, 2] = ri * np.cos(b) * (0.35 + 0.65 * depth[i])
    return grid


def _bark_grid(rng: Rng, length: float, r0: float) -> np.ndarray:
    """The rough bark left on the dugout's outside: a skin over the log below its rim, ridged
    along its length in uneven furrows."""
    xs, r, cy, yt, _ = _hull(length, r0)
    phase = rng.uniform(0, 2 * np.pi, 2)
    cols = 25
    grid = np.empty((len(xs), cols, 3))
    for i in range(len(xs)):
        a0 = np.arcsin((yt[i] - cy[i] - 0.012) / r[i])
        a = np.linspace(np.pi - a0, 2 * np.pi + a0, cols)
        rough = 1.05 + 0.06 * np.abs(np.sin(7 * a + phase[0])) * (
            1 + 0.5 * np.sin(3 * a + phase[1] + 4 * xs[i])
        )
        grid[i] = np.stack([np.full(cols, xs[i]), cy[i] + r[i] * rough * np.sin(a),
                            r[i] * rough * np.cos(a)], 1)  # fmt: skip
    return grid


def _dugout_canoe(rng: Rng) -> list[Part]:
    """A dugout canoe: one long tree trunk with its rough furrowed bark left on the outside, its
    top cut flat and carved out into an open trough of bare wood that shallows to solid, bluntly
    pointed ends; a paddle laid across it at a slant, its shaft resting on both rims, its grip
    out past the near side and its blade past the far one."""
    length, r0 = 1.0, 0.115
    parts = [cloth_sheet(_bark_grid(rng, length, r0), 0.012, 0, "body")]
    parts.append(grid_skin(_hull_grid(length, r0), 1))
    xs, r, cy, yt, _ = _hull(length, r0)
    for x, a in ((-0.22, -12.0), (0.2, -20.0), (0.3, 190.0)):  # stubs of lopped branches
        i = int(np.argmin(np.abs(xs - x)))
        out = np.array([0, np.sin(np.radians(a)), np.cos(np.radians(a))])
        root = np.array([x, cy[i], 0.0]) + r[i] * 0.95 * out
        parts.append(cylinder(0.026, 0.02, 0.03, at(*root) @ align(out), 0))
        parts.append(cylinder(0.018, 0.018, 0.034, at(*root) @ align(out), 1))  # the cut face
    turn = np.radians(36 + float(rng.uniform(-4, 4)))
    d = np.array([np.cos(turn), 0.0, -np.sin(turn)])
    rim = yt[10] + 0.012
    grip = np.array([-0.22, rim, 0.13])  # past the near rim
    root = grip + 0.36 * d  # past the far rim
    parts.append(stick(tuple(grip), tuple(root), 0.01, 0))  # the paddle's shaft, across the rims
    parts.append(stick(tuple(grip - 0.02 * d + (0.02, 0, 0.03)), tuple(grip - 0.02 * d
                                                                       - (0.02, 0, 0.03)),
                       0.011, 0))  # its crosswise grip # fmt: skip
    up = np.array([0.0, 1.0, 0.0])
    f = np.eye(4)
    f[:3, 0], f[:3, 1], f[:3, 2], f[:3, 3] = d, np.cross(up, d), up, root
    leaf = [(0.0, 0.0), (0.04, 0.03), (0.14, 0.04), (0.2, 0.022), (0.22, 0.0), (0.2, -0.022),
            (0.14, -0.04), (0.04, -0.03)]  # fmt: skip
    parts.append(slab(leaf, 0.008, f, 0))  # its blade
    return parts


MORE_APPLIANCES_ZZZC = {
    1040: _plague_mask, 1041: _jester_hat, 1042: _winged_lion, 1043: _palazzo, 1044: _bauta,
    1045: _palanquin, 1046: _machete, 1047: _dugout_canoe,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
