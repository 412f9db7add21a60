"""More of the device family's appliances, from 1139: things of the Australian bush: a corrugated
iron water tank, a swag, a ute with a bull bar, a branding iron, an outhouse, a windpump, a
billy can over a campfire and a kookaburra on a fence post.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl
from ._kit import (
    ALONG_X,
    FLAT_UP,
    HEX,
    annulus,
    band,
    bead,
    ccw,
    colour_patch,
    disc,
    ellipse,
    flame,
    flat_solid,
    hoop,
    loft,
    rect_ring,
    road_wheel,
    rod,
    scaled,
    skin_field,
    skin_strip,
    solid,
    square_bar,
)
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import Field, ellipsoid
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZQ"]

Rng = np.random.Generator

_OVAL = ellipse(1.0, 1.0, 12)


# 1139 corrugated iron water tank


def _tank_wall(m: np.ndarray, r: float, h: float, ripples: int, slot=0, tag: str = "",
               sides: int = 24) -> Part:  # fmt: skip
    """A corrugated iron tank's round wall and floor under ``m``, r round and h high: the sheet
    rippled in ``ripples`` corrugations stacked up its side, ``sides`` round."""
    a = 0.026 * r
    n = 2 * ripples
    prof = [(0.0, 0.0)] + [(r + a * (i % 2), h * i / n) for i in range(n + 1)]
    return lathe([*prof, (r * 0.9, h), (0.0, h)], m, slot, tag, sides=sides)


def _tank_roof(m: np.ndarray, r: float, rise: float, slot=0) -> list[Part]:
    """A tank's shallow conical roof of radially corrugated iron under ``m`` (its eave at 0,
    r round), with a rolled rim and a little vent cap at its peak."""
    n = int(min(40, max(16, r * 80)))
    prof = [(0.0, 0.0), (r * 1.05, 0.0), (r * 1.05, 0.012), (r * 0.12, rise), (0.0, rise + 0.004)]
    rim = r * (1.0 + 0.4 * 0.026)
    parts = [lathe(prof, m, slot, shape=_ripple_ring(2 * n, n, 0.03))]
    parts.append(torus(rim, 0.01 * max(r / 0.46, 0.5), m, slot))
    parts.append(cylinder(r * 0.07, r * 0.07, r * 0.07, m @ at(0, rise - 0.01, 0), slot))
    parts.append(cylinder(r * 0.12, 0.0, r * 0.06, m @ at(0, rise + r * 0.06, 0), slot))
    return parts


def _ripple_ring(points: int, ripples: int, depth: float) -> np.ndarray:
    """A circle of radius 1 rippled evenly like corrugated iron (a lathe's cross-section)."""
    t = np.arange(points) * (2 * np.pi / points)
    r = 1.0 - depth / 2 + depth / 2 * np.cos(t * ripples)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _tap(base: np.ndarray, d: np.ndarray, slot="copper") -> list[Part]:
    """A brass tap on a tank's wall at ``base``, its pipe out along ``d``: a short pipe, the
    tap's body, its spout turned down and a cross handle on top."""
    tip = base + d * 0.08
    parts = [stick(tuple(base - d * 0.02), tuple(tip), 0.013, slot)]
    parts.append(sphere(0.024, at(*tip), slot))
    parts.append(cylinder(0.011, 0.011, 0.05, at(*tip) @ at(0, -0.05, 0), slot))
    parts.append(cylinder(0.008, 0.008, 0.04, at(*tip), slot))
    side = np.cross(d, (0.0, 1.0, 0.0))
    top = tip + np.array([0.0, 0.04, 0.0])
    parts.append(stick(tuple(top - side * 0.03), tuple(top + side * 0.03), 0.007, "card-red"))
    parts.append(stick(tuple(top - d * 0.03), tuple(top + d * 0.03), 0.007, "card-red"))
    return parts


def _water_tank(rng: Rng) -> list[Part]:
    """A corrugated iron rainwater tank: a round squat tank whose wall is rippled all round
    in many corrugations stacked up its side, a rolled rim, a shallow conical roof of radially
    corrugated iron with a round mesh-topped inlet and a little vent at its peak, an overflow
    pipe at the top, a brass tap at its foot, standing on a low timber stand of planks on
    bearers and stumps."""
    R, H, S = 0.46, 0.6, 0.13
    parts = [_tank_wall(at(0, S, 0), R, H, 22, 0, "body")]
    parts += _tank_roof(at(0, S + H, 0), R, 0.13)
    a = np.radians(float(rng.uniform(-15, 15)) - 35)  # the inlet, on the roof toward the viewer
    ri = 0.27
    y = S + H + 0.012 + (0.13 - 0.012) * (1.05 * R - ri) / (1.05 * R - 0.12 * R)
    ip = at(ri * np.cos(a), y - 0.025, ri * np.sin(-a))
    parts.append(cylinder(0.075, 0.075, 0.06, ip, 0))
    parts.append(torus(0.075, 0.008, ip @ at(0, 0.06, 0), 0))
    parts.append(cylinder(0.068, 0.068, 0.062, ip, "marking"))  # the dark inside
    for k in range(-2, 3):  # its wire mesh
        parts.append(box(0.13, 0.004, 0.004, ip @ at(0, 0.062, 0.025 * k), "steel"))
        parts.append(box(0.004, 0.004, 0.13, ip @ at(0.025 * k, 0.062, 0), "steel"))
    d = np.array([1.0, 0.0, 0.0])  # the overflow pipe, out of the wall and turned down
    o = np.array([0.0, S + H - 0.06, 0.0]) + d * (R - 0.02)
    parts.append(stick(tuple(o), tuple(o + d * 0.08), 0.02, 0))
    parts.append(stick(tuple(o + d * 0.08), tuple(o + d * 0.08 - (0, 0.12, 0)), 0.02, 0))
    t = np.radians(30)  # the tap, turned a little toward the viewer's right
    dt = np.array([np.sin(t), 0.0, np.cos(t)])
    parts += _tap(np.array([0.0, S + 0.07, 0.0]) + dt * R, dt)
    for x in (-0.38, 0.0, 0.38):  # the stand: stumps, bearers, a deck of planks
        for z in (-0.38, 0.0, 0.38):
            parts.append(cylinder(0.035, 0.035, S - 0.07, at(x, 0, z), 1))
    for z in (-0.38, 0.0, 0.38):
        parts.append(box(0.96, 0.045, 0.07, at(0, S - 0.07, z), 1))
    for i in range(9):
        x = -0.44 + 0.11 * i
        parts.append(box(0.102, 0.025, 0.98, at(x, S - 0.025, 0), 1))
    return parts


# 1140 swag bedroll


def _spiral(x: float, y: float, r0: float, r1: float, turns: float, phase: float, sy: float):
    """Points on a flat spiral in the plane x = const round (y, 0), from r0 out to r1."""
    n = int(turns * 14) + 2
    t = np.linspace(0.0, 1.0, n)
    a = phase + t * turns * 2 * np.pi
    r = r0 + (r1 - r0) * t
    return np.stack([np.full(n, x), y + sy * r * np.sin(a), r * np.cos(a)], 1)


def _swag(rng: Rng) -> list[Part]:
    """A swag, the bushman's canvas bedroll, rolled up and lying on the ground: a fat canvas
    cylinder, its ends showing the spiral of canvas rolled round a red blanket, the outer
    flap's edge running along it, strapped round with two leather straps with steel buckles
    and their tails."""
    L, R, sy = 0.86, 0.17, 0.92
    y = R * sy
    roll = at(-L / 2, y, 0) @ scl(1.0, sy, 1.0) @ ALONG_X
    prof = [(0.0, 0.0), (R * 0.9, 0.0), (R * 0.985, 0.012), (R, 0.04), (R * 1.02, L / 2),
            (R, L - 0.04), (R * 0.985, L - 0.012), (R * 0.9, L), (0.0, L)]  # fmt: skip
    parts = [lathe(prof, roll, 0, "body", sides=28)]
    turns = 3.0 + float(rng.uniform(-0.2, 0.2))
    for s in (-1, 1):  # the rolled ends: canvas round a blanket
        xe = s * L / 2
        end = at(xe, y, 0) @ scl(1.0, sy, 1.0) @ rot("z", -90 * s)
        parts.append(cylinder(R * 0.93, R * 0.93, 0.008, end, "card-red"))
        pts = _spiral(xe + s * 0.006, y, 0.012, R * 0.93, turns, 0.0, sy)
        parts.append(band(pts, 0.018, 0.019, (1.0, 0.0, 0.0), 0))
        parts.append(cylinder(0.014, 0.014, 0.012, end, "marking"))
    a = np.radians(62)  # the outer flap's edge along the roll
    fy, fz = y + sy * (R + 0.004) * np.cos(a), (R + 0.004) * np.sin(a)
    parts.append(stick((-L / 2 + 0.03, fy, fz), (L / 2 - 0.03, fy, fz), 0.007, 0))
    for x in (-0.24, 0.24):  # the straps and their buckles
        x += float(rng.uniform(-0.02, 0.02))
        m = at(x, y, 0) @ scl(1.0, sy, 1.0) @ ALONG_X
        parts.append(lathe(annulus(R * 1.01, R * 1.01 + 0.012, 0.045), m, 1, closed=True))
        b = np.radians(48)
        n = np.array([0.0, np.cos(b), np.sin(b)])
        p = np.array([x, y + sy * (R + 0.018) * np.cos(b), (R + 0.018) * np.sin(b)])
        bm = at(*p) @ align(n)
        parts.append(rect_ring(0.06, 0.045, 0.008, 0.008, bm @ at(0, -0.004, 0), "steel"))
        parts.append(box(0.004, 0.006, 0.045, bm @ at(0, 0.0, 0), "steel"))  # its prong
        parts.append(box(0.045, 0.006, 0.09, bm @ at(0, -0.006, 0.06) @ rot("x", 8), 1))
    return [p.moved(rot("y", -15)) for p in parts]  # an end turned toward the viewer


# 1141 ute with a bull bar


def _arch(x: float, r: float, w: float) -> Part:
    """A dark wheel arch over a wheel at x of radius r, across a body w wide."""
    pts = [(x - r * 1.3, r * 1.2), (x + r * 1.3, r * 1.2), (x + r * 1.05, r * 1.95),
           (x, r * 2.3), (x - r * 1.05, r * 1.95)]  # fmt: skip
    return slab(pts, w, None, "marking")


def _bull_bar(x: float, w: float, slot=1) -> list[Part]:
    """A chunky steel bull bar across a vehicle's nose at x (its face toward +x), w wide: a
    heavy bumper plate, a tall centre hoop of tubes round the grille with uprights in it, and
    a wing each side looping up round the headlamps."""
    r = 0.012
    parts = [box(0.06, 0.05, w + 0.04, at(x + 0.01, 0.095, 0), slot)]
    parts.append(box(0.04, 0.03, w * 0.6, at(x - 0.01, 0.07, 0), "marking"))
    top = 0.305
    hoop = [
        (x + 0.02, 0.14, -0.09),
        (x + 0.025, top - 0.02, -0.09),
        (x + 0.02, top, -0.06),
        (x + 0.02, top, 0.06),
        (x + 0.025, top - 0.02, 0.09),
        (x + 0.02, 0.14, 0.09),
    ]
    parts.append(tube(hoop, r * 1.3, None, slot))
    for z in (-0.045, 0.0, 0.045):
        parts.append(stick((x + 0.022, 0.14, z), (x + 0.022, top, z), r, slot))
    parts.append(stick((x + 0.024, 0.225, -0.09), (x + 0.024, 0.225, 0.09), r, slot))
    for s in (-1, 1):
        wing = [
            (x + 0.015, 0.14, s * (w / 2 + 0.01)),
            (x + 0.02, 0.22, s * (w / 2 + 0.005)),
            (x + 0.022, 0.26, s * (w / 2 - 0.04)),
            (x + 0.024, 0.27, s * 0.09),
        ]
        parts.append(tube(wing, r * 1.1, None, slot))
        parts.append(stick((x + 0.022, 0.2, s * 0.09), (x + 0.018, 0.2, s * (w / 2 + 0.005)), r,
                           slot))  # fmt: skip
        parts.append(box(0.02, 0.05, 0.02, at(x + 0.025, 0.12, s * 0.09), slot))
    return parts


def _ute(rng: Rng) -> list[Part]:
    """An Australian ute with a bull bar, seen side on: a two-door single cab behind a short
    bonnet, an open steel tray at the back with low drop sides and a headboard with a guard,
    a spare tyre standing in the tray, a roof rack on the cab, a snorkel up the windscreen
    pillar, big chunky tyres under dark flared arches, and a heavy steel bull bar of tubes
    across the front."""
    W = 0.36
    body = [(-0.12, 0.11), (0.47, 0.11), (0.5, 0.14), (0.5, 0.22), (0.47, 0.255), (0.2, 0.27),
            (-0.12, 0.272)]  # fmt: skip
    parts = [slab(sharp(body), W, None, 0, "body")]
    cab = [(-0.115, 0.27), (0.19, 0.27), (0.07, 0.39), (-0.105, 0.39)]
    parts.append(slab(sharp(cab), W - 0.04, None, "window"))
    parts.append(box(0.18, 0.014, W - 0.035, at(-0.02, 0.383, 0), 0))  # the roof
    pillars = ([(0.19, 0.27), (0.155, 0.27), (0.045, 0.39), (0.075, 0.39)],
               [(-0.115, 0.27), (-0.07, 0.27), (-0.07, 0.39), (-0.105, 0.39)])  # fmt: skip
    for s in (-1, 1):
        side = at(0, 0, s * (W / 2 - 0.02))
        for p in pillars:
            parts.append(slab(sharp(p), 0.012, side, 0))
        for x in (0.155, -0.08):  # the door's seams and handle, the mirror
            parts.append(box(0.004, 0.16, 0.004, at(x, 0.11, s * W / 2), "marking"))
        parts.append(box(0.03, 0.01, 0.008, at(-0.05, 0.235, s * W / 2), 1))
        parts.append(box(0.035, 0.03, 0.02, at(0.16, 0.285, s * (W / 2 + 0.02)), "marking"))
    parts.append(box(0.012, 0.05, 0.18, at(0.5, 0.155, 0), "marking"))  # the grille
    for k in range(3):
        parts.append(box(0.014, 0.006, 0.18, at(0.5, 0.165 + 0.014 * k, 0), 1))
    for s in (-1, 1):
        parts.append(box(0.012, 0.035, 0.07, at(0.5, 0.19, s * 0.13), "glow"))
    # the tray
    x0, x1, deck = -0.5, -0.13, 0.25
    mid = (x0 + x1) / 2
    parts.append(box(x1 - x0, 0.1, W - 0.14, at(mid, 0.14, 0), "marking"))  # the chassis
    parts.append(box(x1 - x0, 0.02, W + 0.02, at(mid, deck - 0.02, 0), "steel"))
    for s in (-1, 1):
        parts.append(box(x1 - x0, 0.06, 0.012, at(mid, deck, s * (W / 2 + 0.004)), "steel"))
        parts.append(box(0.018, 0.065, 0.012, at(x0 + 0.01, deck, s * (W / 2 + 0.004)), 1))
        parts.append(box(0.01, 0.03, 0.06, at(x0 - 0.005, 0.19, s * 0.13), "card-red"))
    parts.append(box(0.012, 0.06, W + 0.02, at(x0 + 0.006, deck, 0), "steel"))
    parts.append(box(0.04, 0.03, W - 0.04, at(x0 + 0.02, 0.12, 0), "marking"))  # a tow bar
    hb = x1 - 0.006  # the headboard and its guard
    for s in (-1, 1):
        parts.append(box(0.014, 0.16, 0.014, at(hb, deck, s * (W / 2 + 0.004)), "steel"))
    parts.append(box(0.014, 0.014, W + 0.02, at(hb, deck + 0.15, 0), "steel"))
    for k in range(7):
        z = -W / 2 + W * (k + 0.5) / 7
        parts.append(box(0.006, 0.15, 0.006, at(hb, deck, z), "steel"))
    parts += road_wheel(at(-0.31, deck + 0.082, -0.03) @ rot("x", 90), 0.08, 0.05, 10)
    # the wheels
    r = 0.085
    for x in (-0.3, 0.3):
        for s in (-1, 1):
            parts += road_wheel(at(x, r, s * (W / 2 - 0.025)) @ rot("x", 90 * s), r, 0.06, 10)
    parts.append(_arch(0.3, r, W + 0.03))
    for s in (-1, 1):  # the rear guards under the tray
        parts.append(slab(sharp([(-0.43, 0.2), (-0.17, 0.2), (-0.19, 0.23), (-0.41, 0.23)]), 0.07,
                          at(0, 0, s * (W / 2 - 0.02)), "marking"))  # fmt: skip
    # the roof rack
    for s in (-1, 1):
        parts.append(box(0.2, 0.012, 0.012, at(-0.02, 0.41, s * 0.15), "marking"))
        for x in (-0.1, 0.06):
            parts.append(box(0.012, 0.02, 0.012, at(x, 0.39, s * 0.15), "marking"))
    for k in range(5):
        parts.append(box(0.008, 0.008, 0.3, at(-0.1 + 0.04 * k, 0.422, 0), "marking"))
    zs = W / 2 + 0.014  # the snorkel up the windscreen pillar
    snork = [(0.33, 0.24, zs), (0.22, 0.265, zs), (0.16, 0.3, zs), (0.1, 0.37, zs),
             (0.085, 0.42, zs)]  # fmt: skip
    parts.append(tube(snork, 0.011, None, "marking"))
    parts.append(box(0.05, 0.03, 0.03, at(0.095, 0.41, zs), "marking"))
    parts += _bull_bar(0.5, W)
    yaw = float(rng.uniform(-3, 3))
    return [p.moved(rot("y", yaw)) for p in parts]


# 1142 branding iron


_LETTERS = {
    "A": [[(-0.55, -0.7), (0.0, 0.72), (0.55, -0.7)], [(-0.3, -0.1), (0.3, -0.1)]],
    "H": [[(-0.5, -0.7), (-0.5, 0.7)], [(0.5, -0.7), (0.5, 0.7)], [(-0.5, 0.0), (0.5, 0.0)]],
    "T": [[(-0.6, 0.62), (0.6, 0.62)], [(0.0, 0.62), (0.0, -0.75)]],
    "M": [[(-0.55, -0.65), (-0.5, 0.6), (0.0, -0.2), (0.5, 0.6), (0.55, -0.65)]],
}
"""Brand letters as strokes of bent bar in a circle of radius 1 (x across, y up)."""


def _branding_iron(rng: Rng) -> list[Part]:
    """A cattle branding iron lying on the ground: a long iron rod with a T-handle of wooden
    grips across its end, at the other end a big circled letter bent from flat iron bar,
    glowing orange hot, resting in a little bed of glowing coals."""
    rc = 0.12
    xh, xb = -0.46, 0.4  # the handle's end and the brand's face
    hy, by = 0.03, rc + 0.012
    tip = np.array([xb - 0.07, by, 0.0])
    parts = [stick((xh, hy, 0.0), tuple(tip), 0.012, 0, "body")]
    parts.append(stick((xh, hy, -0.1), (xh, hy, 0.1), 0.013, 0))  # the T-handle
    for s in (-1, 1):
        grip = at(xh, hy, s * 0.018) @ rot("x", 90 * s)
        parts.append(cylinder(0.026, 0.026, 0.08, grip, 1))
        parts.append(torus(0.026, 0.005, grip @ at(0, 0.08, 0), 0))
    parts.append(cylinder(0.018, 0.014, 0.05, at(xh + 0.01, hy, 0) @ ALONG_X, 0))  # a collar
    f = 0.2  # the hot end of the rod
    hot = tip + (np.array([xh, hy, 0.0]) - tip) * f
    parts.append(stick(tuple(hot), tuple(tip), 0.0125, "flame"))
    face = at(xb, by, 0.0) @ rot("y", 90)  # the brand: x across (toward -z), y up
    parts.append(hoop(rc, 0.011, face @ rot("x", 90), "flame", 32, 6))
    letter = list(_LETTERS)[int(rng.integers(0, len(_LETTERS)))]
    for stroke in _LETTERS[letter]:
        pts = [tuple((face @ np.array([sx * rc * 0.76, sy * rc * 0.76, 0.0, 1.0]))[:3])
               for sx, sy in stroke]  # fmt: skip
        for a, b in pairwise(pts):
            parts.append(rod(a, b, 0.018, "flame"))
    for y in (-1, 1):  # the stays from the rod to the back of the ring
        ring = face @ np.array([0.0, y * rc, -0.006, 1.0])
        parts.append(stick(tuple(tip), tuple(ring[:3]), 0.007, 0))
    for k in range(16):  # the bed of coals under it
        a = float(rng.uniform(0, 2 * np.pi))
        d = float(rng.uniform(0.0, 0.11))
        r = float(rng.uniform(0.018, 0.03))
        m = at(xb - 0.02 + d * np.cos(a), r * 0.3, d * np.sin(a)) @ scl(r, r * 0.7, r * 1.1)
        parts.append(bead(1.0, m, "glow" if k % 3 == 0 else "marking", 6))
    return [p.moved(rot("y", -25)) for p in parts]


# 1143 outhouse


def _crescent(r: float):
    """A crescent moon's outline (radius r round 0, its horns to +x): a disc bitten by
    another."""
    return lambda n: [disc((0.0, 0.0), r, n), disc((r * 0.45, r * 0.12), r * 0.85, n, True)]


def _corrugated(w: float, t: float, amp: float, pitch: float):
    """A corrugated sheet's cross-section, w across (x) and t thick, rippled ``amp`` high
    every ``pitch``: a contour for ``flat_solid``."""
    x = np.linspace(-w / 2, w / 2, int(w / pitch * 8) + 1)
    y = amp * np.sin(2 * np.pi * x / pitch)
    lo = np.stack([x, y], 1)
    hi = np.stack([x[::-1], y[::-1] + t], 1)
    return lambda n: [np.concatenate([lo, hi])]


def _outhouse(rng: Rng) -> list[Part]:
    """An Australian outback dunny: a small narrow tall shed of weathered vertical planks, its
    single-pitch roof of corrugated iron sloping down to the back, a plank door with ledges and
    a brace, strap hinges, a wooden latch and a crescent moon cut out near its top, raised
    on a low floor on stumps with a block step in front."""
    w, d, f = 0.52, 0.56, 0.1
    yf, yb = 1.0, 0.86
    parts = [box(w + 0.06, 0.035, d + 0.06, at(0, f - 0.035, 0), 0, "body")]  # the floor
    for x in (-w / 2, w / 2):
        for z in (-d / 2, d / 2):
            parts.append(box(0.05, f - 0.035, 0.05, at(x, 0, z), 0))
    parts.append(box(0.36, 0.05, 0.16, at(0, 0, d / 2 + 0.12), 0))  # the step
    n = 8
    for s in (-1, 1):  # the side walls, their planks cut to the roof's slope
        for k in range(n):
            z = -d / 2 + d * (k + 0.5) / n
            top = yb + (yf - yb) * (z + d / 2) / d + float(rng.uniform(-0.006, 0.006))
            parts.append(box(0.02, top - f, d / n - 0.005, at(s * (w / 2 - 0.01), f, z), 0))
    for k in range(7):  # the back wall
        x = -w / 2 + w * (k + 0.5) / 7
        parts.append(box(w / 7 - 0.005, yb - f, 0.02, at(x, f, -d / 2 + 0.01), 0))
    zf = d / 2 - 0.01  # the front wall: a plank each side of the door and one over it
    dw = 0.36
    for s in (-1, 1):
        parts.append(box((w - dw) / 2, yf - f, 0.02, at(s * (w + dw) / 4, f, zf), 0))
    parts.append(box(dw, yf - f - 0.8, 0.02, at(0, f + 0.8, zf), 0))
    parts.append(box(dw - 0.01, 0.8, 0.012, at(0, f, zf - 0.01), "marking"))  # the dark gap
    door = at(0, f + 0.01, d / 2 + 0.005)
    for k in range(5):
        x = -dw / 2 + dw * (k + 0.5) / 5
        parts.append(box(dw / 5 - 0.01, 0.78, 0.018, door @ at(x, 0, 0), 0))
    for y in (0.1, 0.52):  # the ledges and the brace
        parts.append(box(dw - 0.04, 0.06, 0.016, door @ at(0, y, 0.016), 0))
    parts.append(square_bar(door[:3, 3] + (0.13, 0.16, 0.016), door[:3, 3] + (-0.13, 0.5, 0.016),
                            0.05, 0.016, 0))  # fmt: skip
    parts.append(flat_solid(_crescent(0.045), 0.012, door @ at(0.0, 0.67, 0.01) @ rot("z", 200),
                            "marking"))  # the moon # fmt: skip
    for y in (0.13, 0.55):  # the strap hinges
        parts.append(box(0.14, 0.018, 0.006, door @ at(-dw / 2 + 0.07, y, 0.026), "marking"))
    parts.append(box(0.02, 0.06, 0.02, door @ at(dw / 2 - 0.035, 0.38, 0.02), 1))  # the latch
    parts.append(box(0.05, 0.016, 0.012, door @ at(dw / 2 - 0.035, 0.4, 0.035), 1))
    slope = np.degrees(np.arctan2(yf - yb, d))
    length = d / np.cos(np.radians(slope)) + 0.16
    roof = at(0, yf + 0.02 + 0.08 * np.tan(np.radians(slope)), d / 2 + 0.08)
    roof = roof @ rot("x", -slope) @ rot("y", 180)
    parts.append(flat_solid(_corrugated(w + 0.14, 0.006, 0.011, 0.055), length, roof, 1))
    parts.append(box(w + 0.1, 0.03, 0.04, at(0, yf - 0.01, d / 2 + 0.01), 0))  # the rafters
    parts.append(box(w + 0.1, 0.03, 0.04, at(0, yb - 0.01, -d / 2 - 0.01), 0))
    return parts


# 1144 windpump


def _windpump(rng: Rng) -> list[Part]:
    """An Australian farm windmill: a tall narrow steel lattice tower of four splayed legs
    braced with crosses in every panel, at its top a small platform and the head: a wheel of
    many curved steel blades pitched like a fan between rings, on a hub at the front of the
    gearbox, a long boom back to a big flat tail vane; a pump rod down the middle of the tower
    to the pump at its foot, piped to a round corrugated tank and a long trough of water."""
    H, b0, b1 = 0.8, 0.15, 0.035
    ys = [0.0, 0.24, 0.44, 0.59, 0.71, H]

    def half(y: float) -> float:
        return b0 + (b1 - b0) * y / H

    parts = []
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(rod((sx * b0, 0, sz * b0), (sx * b1, H, sz * b1), 0.014, 0,
                             "" if parts else "body"))  # fmt: skip
            parts.append(box(0.06, 0.03, 0.06, at(sx * b0, 0, sz * b0), "stones"))
    for y0, y1 in pairwise(ys):  # the girts and crosses of each panel
        h0, h1 = half(y0), half(y1)
        for s in (-1, 1):
            parts.append(rod((-h1, y1, s * h1), (h1, y1, s * h1), 0.008, 0))
            parts.append(rod((s * h1, y1, -h1), (s * h1, y1, h1), 0.008, 0))
            parts.append(rod((-h0, y0, s * h0), (h1, y1, s * h1), 0.005, 0))
            parts.append(rod((h0, y0, s * h0), (-h1, y1, s * h1), 0.005, 0))
            parts.append(rod((s * h0, y0, -h0), (s * h1, y1, h1), 0.005, 0))
            parts.append(rod((s * h0, y0, h0), (s * h1, y1, -h1), 0.005, 0))
    parts.append(box(0.15, 0.008, 0.15, at(0, H - 0.05, 0), 0))  # the platform
    parts.append(stick((0, 0.05, 0), (0, H, 0), 0.004, "steel"))  # the pump rod
    yaw = float(rng.uniform(-6, 6)) + 5
    head = at(0, H, 0) @ rot("y", yaw)
    parts.append(cylinder(0.03, 0.03, 0.03, head, 0))  # the turntable and gearbox
    parts.append(box(0.055, 0.05, 0.1, head @ at(0, 0.03, 0.0), 0))
    parts.append(sphere(1.0, head @ at(0, 0.075, 0.0) @ scl(0.03, 0.02, 0.05), 0))
    hub = head @ at(0, 0.06, 0.075)
    parts.append(cylinder(0.025, 0.02, 0.035, hub @ rot("x", 90), 0))
    parts += _wheel(hub @ at(0, 0, 0.02), 0.22, 18)
    boom = [tuple((head @ np.array(p))[:3]) for p in ((0, 0.05, -0.04, 1), (0, 0.08, -0.36, 1))]
    parts.append(stick(boom[0], boom[1], 0.008, 0))
    vane = [(0.0, -0.02), (0.24, -0.06), (0.24, 0.08), (0.0, 0.03)]
    parts.append(slab(sharp(vane), 0.006, head @ at(0, 0.08, -0.24) @ rot("y", 90), 0))
    for y in (0.04, 0.12):
        a = tuple((head @ np.array((0, 0.055, -0.08, 1)))[:3])
        b = tuple((head @ np.array((0, y, -0.3, 1)))[:3])
        parts.append(stick(a, b, 0.003, 0))
    # the pump, the tank and the trough at its foot
    parts.append(cylinder(0.03, 0.03, 0.1, at(0, 0, 0), "steel"))
    parts.append(stick((0, 0.08, 0), (0.34, 0.08, -0.05), 0.008, "steel"))
    parts.append(_tank_wall(at(0.42, 0, -0.05), 0.14, 0.2, 8, 0, sides=18))
    parts += _tank_roof(at(0.42, 0.2, -0.05), 0.14, 0.05, 0)
    parts.append(stick((0.4, 0.03, 0.08), (0.3, 0.05, 0.27), 0.007, "steel"))
    tr = at(0.12, 0, 0.3)
    parts.append(box(0.5, 0.01, 0.1, tr @ at(0, 0.02, 0), 1))
    for s in (-1, 1):
        parts.append(box(0.5, 0.08, 0.008, tr @ at(0, 0.02, s * 0.05), 1))
        parts.append(box(0.008, 0.08, 0.1, tr @ at(s * 0.25, 0.02, 0), 1))
        parts.append(box(0.02, 0.02, 0.12, tr @ at(s * 0.2, 0, 0), 1))
    parts.append(box(0.49, 0.004, 0.092, tr @ at(0, 0.08, 0), "window"))  # the water
    return parts


def _wheel(m: np.ndarray, r: float, blades: int) -> list[Part]:
    """A windmill's wheel facing +z under ``m``: many curved blades pitched like a fan from an
    inner ring out to an outer one, with spokes to a hub."""
    parts = []
    turn = m[:3, :3]
    o = m[:3, 3]
    r0 = r * 0.36
    for k in range(blades):
        a = 2 * np.pi * k / blades
        e = np.array([np.cos(a), np.sin(a), 0.0])
        t = np.array([-np.sin(a), np.cos(a), 0.0])
        p = np.radians(35)
        pts = [o + turn @ (e * s + (0, 0, 0.012 * np.sin(np.pi * (s - r0) / (r - r0))))
               for s in np.linspace(r0, r, 4)]  # fmt: skip
        across = turn @ (np.cos(p) * t + np.sin(p) * np.array([0.0, 0.0, 1.0]))
        parts.append(band(pts, [0.035, 0.045, 0.055, 0.06], 0.003, across, 0))
    ring = m @ rot("x", 90)
    for rr in (r0, r * 0.7, r):
        parts.append(hoop(rr, 0.004, ring, 0))
    for k in range(6):
        a = 2 * np.pi * (k + 0.5) / 6
        tip = o + turn @ np.array([r * np.cos(a), r * np.sin(a), -0.02])
        parts.append(stick(tuple(o), tuple(tip), 0.003, 0))
    return parts


# 1145 billy can


def _billy_can(rng: Rng) -> list[Part]:
    """A billy can boiling over a campfire: a tall round tin can with a rolled rim and a lid,
    blackened with soot round its bottom, hung by its wire bail handle from a stick laid
    across two forked sticks over a little fire of crossed logs with flames and glowing
    coals in a ring of stones."""
    R, hc, bar = 0.075, 0.17, 0.56
    top = bar - 0.13
    bot = top - hc
    parts = [cylinder(R, R, hc, at(0, bot, 0), 0, "body")]
    parts.append(torus(R, 0.005, at(0, top, 0), 0))
    parts.append(torus(R, 0.004, at(0, bot + 0.002, 0), "marking"))
    parts.append(cylinder(R + 0.002, R + 0.002, 0.055, at(0, bot - 0.001, 0), "marking"))
    for k in range(9):  # the soot's ragged edge
        a = 2 * np.pi * k / 9 + float(rng.uniform(-0.2, 0.2))
        m = at(R * np.cos(a), bot + 0.055, R * np.sin(a)) @ rot("y", -np.degrees(a))
        parts.append(bead(1.0, m @ scl(0.006, float(rng.uniform(0.01, 0.025)), 0.022),
                          "marking", 6))  # fmt: skip
    lid = [(0.0, 0.0), (R + 0.006, 0.0), (R + 0.006, 0.012), (R * 0.8, 0.02), (0.0, 0.026)]
    parts.append(lathe(lid, at(0, top, 0), 0))
    parts.append(torus(0.014, 0.003, at(0, top + 0.03, 0) @ rot("x", 90), 0))  # its loop
    for s in (-1, 1):  # the ears and the wire bail
        parts.append(box(0.02, 0.022, 0.008, at(0, top - 0.04, s * (R + 0.003)), 0))
    bail = [(0.0, top - 0.028, -R - 0.008), (0.0, top + 0.03, -R - 0.004),
            (0.0, top + 0.09, -0.045), (0.0, bar - 0.012, 0.0), (0.0, top + 0.09, 0.045),
            (0.0, top + 0.03, R + 0.004), (0.0, top - 0.028, R + 0.008)]  # fmt: skip
    parts.append(tube(bail, 0.003, None, "steel", shape=HEX))
    sag = float(rng.uniform(-0.01, 0.01))  # the cross stick on its two forked sticks
    parts.append(tube([(-0.38, bar, 0.0), (0.0, bar - 0.008 + sag, 0.0), (0.38, bar + 0.004, 0.0)],
                      0.012, None, 1))  # fmt: skip
    for x in (-0.32, 0.32):
        parts.append(tube([(x, 0.0, 0.0), (x + 0.01, bar * 0.5, 0.0), (x, bar - 0.03, 0.0)],
                          [0.016, 0.014, 0.013], None, 1))  # fmt: skip
        for s in (-1, 1):
            parts.append(stick((x, bar - 0.035, 0.0), (x, bar + 0.04, s * 0.035), 0.009, 1))
    for k in range(5):  # the logs, their inner ends charred and glowing
        a = 2 * np.pi * k / 5 + float(rng.uniform(-0.2, 0.2))
        c, s = np.cos(a), np.sin(a)
        parts.append(stick((0.04 * c, 0.06, 0.04 * s), (0.24 * c, 0.022, 0.24 * s), 0.022, 1))
        parts.append(stick((0.035 * c, 0.062, 0.035 * s), (0.09 * c, 0.05, 0.09 * s), 0.024,
                           "marking"))  # fmt: skip
    for k in range(7):
        a = 2 * np.pi * k / 7
        parts.append(bead(1.0, at(0.05 * np.cos(a), 0.02, 0.05 * np.sin(a))
                          @ scl(0.03, 0.02, 0.03), "glow", 6))  # fmt: skip
    for k in range(11):  # the ring of stones
        a = 2 * np.pi * k / 11
        m = at(0.3 * np.cos(a), 0.03, 0.3 * np.sin(a)) @ scl(0.045, 0.035, 0.04)
        parts.append(bead(1.0, m, "stones", 7))
    for dx, dz, h in ((0.0, 0.0, 0.2), (0.045, 0.03, 0.14), (-0.04, -0.025, 0.15)):
        parts += scaled(flame(np.array([0.0, 0.0, 0.0]), h), at(dx, 0.04, dz) @ scl(1.1, 1, 1.1))
    return parts


# 1146 kookaburra: a bird's skin, its patches of colour, wings, tail and beak


def _eyes(field: Field, c, d, size: float, lift: float = 0.0) -> list[Part]:
    """Round dark eyes where rays from the head's middle c along d (mirrored in z) leave the
    skin, raised ``lift`` off it (over a patch of colour)."""
    parts = []
    for s in (-1, 1):
        v = np.asarray(d, float) * (1, 1, s)
        v = v / np.linalg.norm(v)
        t = np.linspace(0.0, 0.3, 120)
        pts = np.asarray(c, float) + t[:, None] * v
        i = int(np.argmax(field.at(pts) >= 0))
        m = at(*(pts[i] + v * lift)) @ align(v)
        parts.append(sphere(1.0, m @ scl(size, size * 0.6, size), "pupil", "eyes"))
    return parts


def _skin(field: Field, c, dirs) -> tuple[np.ndarray, np.ndarray]:
    """Where rays from c along dirs first leave the skin, and the skin's normals there."""
    d = np.asarray(dirs, float)
    d = d / np.linalg.norm(d, axis=1, keepdims=True)
    t = np.linspace(0.0, 0.3, 150)
    pts = np.asarray(c, float)[None, None, :] + t[None, :, None] * d[:, None, :]
    v = field.at(pts.reshape(-1, 3)).reshape(len(d), len(t))
    first = np.argmax(v >= 0, axis=1)
    p = pts[np.arange(len(d)), first]
    e = np.concatenate([np.eye(3), -np.eye(3)]) * 0.004
    g = field.at((p[:, None, :] + e[None]).reshape(-1, 3)).reshape(len(d), 6)
    n = g[:, :3] - g[:, 3:]
    return p, n / np.linalg.norm(n, axis=1, keepdims=True)


def _eye_stripes(field: Field, c, w: float, slot) -> list[Part]:
    """A dark stripe each side of the head (centre c) from just before the eye back to the
    nape, a little down toward its end, lying on the skin's patches of colour."""
    a = np.radians(np.linspace(45, 155, 9))
    parts = []
    for s in (-1, 1):
        dirs = np.stack([np.cos(a), 0.05 - 0.25 * (a - a[0]), s * np.sin(a)], 1)
        p, n = _skin(field, c, dirs)
        parts.append(skin_strip(p + n * 0.012, n, w, 0.008, slot))
    return parts


def _wing_rows(ctrl, n: int = 16) -> np.ndarray:
    """n rows smoothly through a wing's control rows (x, y, z, half height, half thickness)."""
    return catmull_rom([tuple(float(v) for v in row) for row in ctrl], n)


def _wings(ctrl, tilt: float = 20.0, slot=0) -> list[Part]:
    """Both folded wings: rows (x, y, z, half height, half thickness) from the shoulder to the
    tip of the right wing (z > 0, mirrored for the left), their tops leaning in by ``tilt``."""
    r = _wing_rows(ctrl)
    a = np.radians(tilt)
    zero = np.zeros(len(r))
    parts = []
    for s in (-1, 1):
        c = r[:, :3] * (1, 1, s)
        u = np.stack([zero, r[:, 3] * np.cos(a), -s * r[:, 3] * np.sin(a)], 1)
        v = np.stack([zero, r[:, 4] * np.sin(a), s * r[:, 4] * np.cos(a)], 1)
        parts.append(loft(c, u, v, _OVAL, slot, "wings"))
    return parts


def _wing_spot(ctrl, f: float, up: float, size, slot, tilt: float = 20.0) -> list[Part]:
    """A flat oval spot on both wings a fraction f along them and ``up`` of their half height
    (size: half length, half height, half thickness)."""
    r = _wing_rows(ctrl, 41)[round(f * 40)]
    a = np.radians(tilt)
    parts = []
    for s in (-1, 1):
        out = np.array([0.0, np.sin(a), s * np.cos(a)])
        p = r[:3] * (1, 1, s) + up * r[3] * np.array([0.0, np.cos(a), -s * np.sin(a)])
        p = p + r[4] * out * np.sqrt(max(1 - up * up, 0.0))
        m = at(*p) @ align(out) @ scl(size[0], 2 * size[2], size[1])
        parts.append(slab(lambda n: _OVAL, 1.0, m @ FLAT_UP, slot))
    return parts


def _beak(ctrl, slot) -> Part:
    """A beak through rows (x, y, half height, half width) from its root to its point."""
    r = catmull_rom([tuple(row) for row in ctrl], 10)
    zero = np.zeros(10)
    c = np.stack([r[:, 0], r[:, 1], zero], 1)
    u = np.stack([zero, r[:, 2], zero], 1)
    v = np.stack([zero, zero, r[:, 3]], 1)
    return loft(c, u, v, _OVAL, slot, "beak")


def _kookaburra(rng: Rng) -> list[Part]:
    """A laughing kookaburra perched on a weathered fence post: a stocky kingfisher with a big
    head, a long heavy straight beak dark above and pale below, a cream head with a dark
    brown crown and a dark stripe through the eye, brown back and wings with a patch of blue
    flecks on the shoulder, a cream breast and belly, a long rufous tail barred in black and
    tipped white hanging down behind, short legs gripping the post's top."""
    P = 0.46  # the post's top
    head = (0.12, 0.45 + P, 0.0)
    shapes = [ellipsoid((0.0, 0.25 + P, 0.0), (0.19, 0.14, 0.135), rot("z", 35))]
    shapes.append(ellipsoid(head, (0.13, 0.115, 0.11), None, 0.07))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.018, 0, "body")]
    parts.append(colour_patch(shapes, (0.1, 0.17 + P, 0.0), (0.2, 0.19, 0.2), "plaster", 35))
    parts.append(
        colour_patch(shapes, (0.15, 0.44 + P, 0.0), (0.15, 0.13, 0.2), "plaster", 0, 0.009)
    )
    parts.append(colour_patch(shapes, (0.08, 0.57 + P, 0.0), (0.14, 0.06, 0.08), 0, 0, 0.012))
    parts += _eye_stripes(field, head, 0.042, "soil")
    y = 0.44 + P
    parts.append(_beak([(0.22, y + 0.012, 0.03, 0.032), (0.33, y + 0.004, 0.022, 0.022),
                        (0.45, y - 0.008, 0.004, 0.004)], "marking"))  # fmt: skip
    parts.append(_beak([(0.22, y - 0.022, 0.022, 0.03), (0.33, y - 0.016, 0.014, 0.02),
                        (0.43, y - 0.012, 0.003, 0.003)], "plaster"))  # fmt: skip
    parts += _eyes(field, (0.12, 0.465 + P, 0.0), (0.45, 0.05, 0.85), 0.014, 0.02)
    wing = [(0.08, 0.36 + P, 0.11, 0.08, 0.026), (-0.02, 0.29 + P, 0.13, 0.1, 0.032),
            (-0.12, 0.21 + P, 0.115, 0.07, 0.027), (-0.19, 0.15 + P, 0.07, 0.03, 0.013),
            (-0.23, 0.12 + P, 0.035, 0.005, 0.004)]  # fmt: skip
    parts += _wings(wing, 20)
    for k in range(14):  # the blue flecks on the shoulder
        f, u = 0.04 + 0.24 * ((k * 0.618) % 1.0), 0.8 - 1.2 * k / 13 + float(rng.uniform(-0.1, 0.1))
        parts += _wing_spot(wing, f, u, (0.012, 0.005, 0.004), "plume")
    parts += _tail((-0.15, 0.17 + P), 48 + float(rng.uniform(-4, 4)), 40)
    parts += _feet(0.03, P)
    parts += _post(P, rng)
    return [p.moved(rot("y", 24 + float(rng.uniform(-5, 5)))) for p in parts]


def _tail(root, droop: float, roll: float) -> list[Part]:
    """A kookaburra's long tail from ``root`` (x, y) back and down by ``droop`` degrees, its
    face rolled ``roll`` degrees toward the viewer: rufous, barred across in black, its tip
    white."""
    length, t = 0.3, 0.022
    outline = [(0.0, -0.05), (length * 0.6, -0.062), (length, -0.058), (length + 0.012, 0.0),
               (length, 0.058), (length * 0.6, 0.062), (0.0, 0.05)]  # fmt: skip
    m = at(root[0], root[1], 0.0) @ rot("z", droop) @ rot("y", 180) @ rot("x", roll) @ FLAT_UP
    pts = ccw(np.asarray(outline, float))
    parts = [flat_solid(lambda n: [pts], t, m @ at(0, 0, -t / 2), "fruit-orange", "tail")]
    for k in range(7):
        x = 0.05 + 0.035 * k
        hw = 0.052 + 0.01 * min(x / (length * 0.6), 1.0)
        parts.append(box(0.012, 2 * hw + 0.004, t + 0.004, m @ at(x, -hw - 0.002, 0), "marking"))
    parts.append(box(0.018, 0.116, t + 0.004, m @ at(length - 0.004, -0.058, 0), "plaster"))
    return parts


def _feet(x: float, top: float) -> list[Part]:
    """Two short legs from the belly down to the post's top at height ``top``, three toes
    forward and one back on it."""
    parts = []
    for s in (-1, 1):
        a, b = (x - 0.01, top + 0.1, s * 0.045), (x, top + 0.008, s * 0.05)
        parts.append(tube([a, b], [0.014, 0.01], None, "marking", "legs"))
        for yaw in (-25, 0, 25, 180):
            t = np.radians(yaw)
            k = 0.6 if yaw == 180 else 1.0
            tip = (b[0] + 0.05 * k * np.cos(t), top + 0.005, b[2] + 0.05 * k * np.sin(t))
            parts.append(tube([b, tip], [0.008, 0.004], None, "marking", shape=HEX))
    return parts


def _post(top: float, rng: Rng) -> list[Part]:
    """A weathered square timber fence post up to ``top``, dark cracks running up its sides."""
    w = 0.14
    parts = [box(w, top, w, at(0.02, 0, 0), 1, "perch")]
    for k in range(3):
        x = 0.02 - 0.04 + 0.04 * k + float(rng.uniform(-0.01, 0.01))
        h = float(rng.uniform(0.12, 0.25))
        y = float(rng.uniform(0.05, top - h - 0.02))
        for s in (-1, 1):
            parts.append(box(0.005, h, 0.004, at(x, y, s * w / 2), "marking"))
    return parts


MORE_APPLIANCES_ZZZQ = {
    1139: _water_tank, 1140: _swag, 1141: _ute, 1142: _branding_iron, 1143: _outhouse,
    1144: _windpump, 1145: _billy_can, 1146: _kookaburra,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
