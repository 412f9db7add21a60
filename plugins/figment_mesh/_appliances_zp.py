"""More of the device family's appliances, from 736: a Ferris wheel, juggling clubs, a helter
skelter, a teddy bear, a toffee apple, a roller coaster car, a high striker, a circus big top, a
carousel horse, a bumper car.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import ellipsoid, stick
from ._geometry import Part, align, at, rot, scl
from ._primitives import HEXAGON, box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZP"]

Rng = np.random.Generator


def _pt(m: np.ndarray, x: float, y: float, z: float) -> tuple[float, float, float]:
    """The point (x, y, z) placed by m."""
    p = m @ np.array([x, y, z, 1.0])
    return float(p[0]), float(p[1]), float(p[2])


def _panel(corners, depth: float, slot=0, tag: str = "") -> Part:
    """A flat plate ``depth`` thick through the 3D corners of a planar convex polygon."""
    p = np.asarray(corners, float)
    c = p.mean(0)
    n = np.sum(np.cross(p, np.roll(p, -1, 0)), 0)
    n /= np.linalg.norm(n)
    u = p[1] - p[0]
    u -= n * np.dot(u, n)
    u /= np.linalg.norm(u)
    v = np.cross(n, u)
    flat = np.stack([(p - c) @ u, (p - c) @ v], 1)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = u, v, n, c
    return slab(lambda _n: flat, depth, m, slot, tag)


def _rod(a, b, r: float, slot=0) -> Part:
    """A thin straight six-sided rod of radius r from a to b (a strut, a spoke, a wire)."""
    return tube([a, b], r, None, slot, shape=HEXAGON)


def _staves(r: float, h: float, n: int, y0: float = 0.0, slots=(0, 1)) -> list[Part]:
    """A round wall of n flat upright staves around the y axis (r its inner radius), their
    materials taking turns: vertical stripes."""
    w = 2 * r * np.tan(np.pi / n) + 0.004
    parts = []
    for k in range(n):
        a = 360.0 * k / n
        m = rot("y", a) @ at(0, y0, r + 0.006)
        parts.append(box(w, h, 0.012, m, slots[k % len(slots)]))
    return parts


# ---- 736 a Ferris wheel ---------------------------------------------------------------------


def _gondola(top: tuple[float, float, float], yaw: float, slot) -> list[Part]:
    """A small round cabin hanging upright below the pivot ``top``: a tub under a canopy roof,
    on its hanger."""
    m = at(*top) @ rot("y", yaw)
    tub = [(0.0, -0.13), (0.05, -0.12), (0.058, -0.08), (0.0, -0.07)]
    parts = [lathe(tub, m, slot, sides=8)]
    parts.append(cylinder(0.066, 0.0, 0.035, m @ at(0, -0.035, 0), slot))  # the roof
    parts.append(_rod(top, _pt(m, 0, -0.07, 0), 0.006, 0))  # the hanger, through the cabin
    return parts


def _ferris_wheel(rng: Rng) -> list[Part]:
    """A Ferris wheel: a big upright wheel of two thin metal rims joined by thin spokes to a hub,
    a dozen small gondola cabins hanging upright from its rim, held on an axle by an A-frame of
    two splayed legs each side standing on a base platform."""
    R, H, g = 0.44, 0.64, 0.07
    yaw = float(rng.uniform(-6, 6))
    w = rot("y", yaw)
    hub = w @ at(0, H, 0)
    parts = [torus(R, 0.012, hub @ at(0, 0, g) @ rot("x", 90), 0, "body")]
    parts.append(torus(R, 0.012, hub @ at(0, 0, -g) @ rot("x", 90), 0))
    for z in (-g, g):
        parts.append(torus(R * 0.45, 0.007, hub @ at(0, 0, z) @ rot("x", 90), 0))
        for k in range(12):  # the spokes
            a = 2 * np.pi * (k + 0.5 * (z > 0)) / 12
            c, s = np.cos(a), np.sin(a)
            parts.append(_rod(_pt(hub, 0.03 * c, 0.03 * s, z * 0.5), _pt(hub, R * c, R * s, z),
                              0.005, 0))  # fmt: skip
    parts.append(cylinder(0.045, 0.045, 2 * g + 0.04, hub @ at(0, 0, -g - 0.02) @ rot("x", 90),
                          0))  # the hub # fmt: skip
    for k in range(12):  # cross bars and cabins
        a = 2 * np.pi * k / 12 + np.pi / 12
        c, s = np.cos(a), np.sin(a)
        parts.append(_rod(_pt(hub, R * c, R * s, -g), _pt(hub, R * c, R * s, g), 0.007, 0))
        parts += _gondola(_pt(hub, R * c, R * s, 0), yaw, 1)
    parts.append(box(1.0, 0.05, 0.5, w, 0))  # the platform
    for z in (-1, 1):  # the A-frames
        zl, zf = z * (g + 0.17), z * (g + 0.05)
        top = _pt(hub, 0, 0, zf)
        for x in (-1, 1):
            parts.append(_rod(_pt(w, x * 0.36, 0.05, zl), top, 0.017, 0))
        parts.append(_rod(_pt(w, -0.25, 0.2, z * (g + 0.13)), _pt(w, 0.25, 0.2, z * (g + 0.13)),
                          0.01, 0))  # fmt: skip
    parts.append(stick(_pt(hub, 0, 0, -g - 0.08), _pt(hub, 0, 0, g + 0.08), 0.015, 0))
    return parts


# ---- 737 juggling clubs ---------------------------------------------------------------------

_CLUB = [(0.0, 0.0), (0.028, 0.003), (0.043, 0.02), (0.051, 0.07), (0.05, 0.12), (0.043, 0.18),
         (0.029, 0.24), (0.018, 0.3), (0.014, 0.36), (0.014, 0.44), (0.017, 0.47),
         (0.0, 0.475)]  # fmt: skip
"""A juggling club's profile (radius, height) from its fat end to its handle's tip."""


def _club_r(y: float) -> float:
    """The club's radius at y along it."""
    ys, rs = [b for _, b in _CLUB], [a for a, _ in _CLUB]
    return float(np.interp(y, ys, rs))


def _club(m: np.ndarray, tag: str = "") -> list[Part]:
    """A juggling club along +y from its fat end at the origin: a bulbous body tapering to a
    long thin handle with a knob, striped round the body."""
    parts = [lathe(_CLUB, m, 0, tag)]
    for y0, y1 in ((0.115, 0.135), (0.165, 0.185)):
        r0, r1 = _club_r(y0) + 0.0025, _club_r(y1) + 0.0025
        parts.append(cylinder(r0, r1, y1 - y0, m @ at(0, y0, 0), 1))
    parts.append(sphere(1.0, m @ at(0, 0.48, 0) @ scl(0.024, 0.02, 0.024), 1))  # the knob
    parts.append(cylinder(0.03, 0.03, 0.01, m @ at(0, -0.003, 0), 1))  # the end cap
    return parts


def _lying(x: float, z: float, yaw: float, y: float, pitch: float) -> np.ndarray:
    """Where a lying club goes: its fat end's axis at (x, y, z), pointing along yaw (degrees
    from +x toward -z), its handle end down by pitch degrees."""
    d = np.array([np.cos(np.radians(yaw)) * np.cos(np.radians(pitch)), -np.sin(np.radians(pitch)),
                  -np.sin(np.radians(yaw)) * np.cos(np.radians(pitch))])  # fmt: skip
    return at(x, y, z) @ align(d)


def _juggling_clubs(rng: Rng) -> list[Part]:
    """Three juggling clubs, bowling-pin-like with a long thin handle and a bulbous striped body:
    one standing on its fat end, two lying crossed in front of it."""
    parts = _club(at(0.04, 0.006, -0.1) @ rot("y", float(rng.uniform(0, 360))), "body")
    tilt = np.degrees(np.arctan2(0.051 - 0.02, 0.38))
    jiggle = float(rng.uniform(-6, 6))
    parts += _club(_lying(-0.4, 0.3, 35 + jiggle, 0.056, tilt))  # lying on the floor
    parts += _club(_lying(0.15, 0.36, 145 - jiggle, 0.058, 0.0))  # lying across it
    return parts


# ---- 738 a helter skelter -------------------------------------------------------------------


def _cone_facets(r: float, y0: float, y1: float, n: int, slots=(0, 1)) -> list[Part]:
    """A pointed n-sided roof from radius r at y0 to a tip at y1, its facets' materials
    taking turns."""
    parts = []
    for k in range(n):
        a0, a1 = 2 * np.pi * k / n, 2 * np.pi * (k + 1) / n
        corners = [(r * np.sin(a0), y0, r * np.cos(a0)), (r * np.sin(a1), y0, r * np.cos(a1)),
                   (0.0, y1, 0.0)]  # fmt: skip
        parts.append(_panel(corners, 0.01, slots[k % len(slots)]))
    return parts


def _helter_skelter(rng: Rng) -> list[Part]:
    """A helter skelter: a tall round tower painted in upright stripes under a pointed conical
    roof with a flag, a wide slide winding in a spiral round the outside from top to bottom
    and running out onto the ground, a small door at its base."""
    r, h = 0.2, 1.0
    parts = [cylinder(r, r, h, None, 0, "body")]
    parts += _staves(r, h, 14)
    parts.append(torus(r + 0.02, 0.02, at(0, h, 0), 1))
    parts.append(cylinder(r + 0.04, r + 0.04, 0.03, at(0, h, 0), 0))
    parts += _cone_facets(r + 0.07, h + 0.03, h + 0.45, 14)
    top = h + 0.45
    parts.append(stick((0, top - 0.02, 0), (0, top + 0.2, 0), 0.008, 1))
    flap = float(rng.uniform(-10, 10))
    flag = at(0, top + 0.2, 0) @ rot("y", flap)
    parts.append(_panel([_pt(flag, 0, 0, 0), _pt(flag, 0.14, -0.04, 0), _pt(flag, 0, -0.09, 0)],
                        0.006, "card-red"))  # fmt: skip
    # the slide: a helix down from the back, ending on the right and running out to the front
    rc, y_top, y_bot, turns = r + 0.1, h - 0.14, 0.05, 2.25
    n = 46
    pts, lip = [], []
    for i in range(n):
        s = i / (n - 1)
        a = np.radians(90 + 360 * turns * (1 - s))
        y = y_top - (y_top - y_bot) * s
        pts.append((rc * np.sin(a), y, rc * np.cos(a)))
        lip.append(((rc + 0.07) * np.sin(a), y + 0.02, (rc + 0.07) * np.cos(a)))
    for dz in (0.12, 0.3):
        pts.append((rc, y_bot - 0.02, dz))
        lip.append((rc + 0.07, y_bot, dz))
    ribbon = np.array([(-0.075, -0.01), (0.075, -0.01), (0.075, 0.01), (-0.075, 0.01)])
    parts.append(tube(pts, 1.0, None, 1, shape=ribbon))
    parts.append(tube(lip, 0.012, None, 1))
    for k in range(12):  # brackets under the slide
        i = 2 + k * 3
        x, y, z = pts[i]
        f = r / rc
        parts.append(_rod((x * f, y - 0.07, z * f), (x, y - 0.012, z), 0.008, 1))
    parts.append(box(0.12, 0.2, 0.02, at(0, 0, r + 0.012), "marking"))  # the door
    parts.append(cylinder(0.06, 0.06, 0.02, at(0, 0.2, r + 0.002) @ rot("x", 90), "marking"))
    parts.append(box(0.1, 0.1, 0.02, at(0, y_top + 0.01, -r - 0.01), "marking"))  # exit at top
    return parts


# ---- 739 a teddy bear -----------------------------------------------------------------------


def _teddy_bear(rng: Rng) -> list[Part]:
    """A plush teddy bear sitting: a round body, a big round head with two round ears, a short
    pale muzzle with a dark nose, black button eyes, stubby arms reaching forward, stubby legs
    stretched out in front with pale round foot pads, a ribbon bow tied at the neck."""
    tilt = float(rng.uniform(-6, 6))
    head = at(0, 0.7, 0.02) @ rot("z", tilt)
    parts = [ellipsoid((0, 0.3, 0), 0.25, 0.29, 0.22, 0, "body")]
    parts.append(ellipsoid((0, 0.3, 0.14), 0.16, 0.18, 0.09, 1))  # the tummy
    parts.append(sphere(0.2, head, 0))
    parts.append(sphere(1.0, head @ at(0, -0.06, 0.16) @ scl(0.09, 0.07, 0.075), 1))  # muzzle
    parts.append(sphere(1.0, head @ at(0, -0.025, 0.235) @ scl(0.035, 0.025, 0.02), "pupil"))
    parts.append(stick(_pt(head, 0, -0.045, 0.245), _pt(head, 0, -0.085, 0.235), 0.005, "marking"))
    for s in (-1, 1):
        parts.append(sphere(1.0, head @ at(s * 0.15, 0.14, -0.01) @ scl(0.075, 0.075, 0.045), 0))
        parts.append(sphere(1.0, head @ at(s * 0.15, 0.135, 0.02) @ scl(0.045, 0.045, 0.02), 1))
        eye = head @ at(s * 0.075, 0.04, 0.175) @ rot("y", s * 22) @ rot("x", 90)
        parts.append(cylinder(0.026, 0.024, 0.018, eye, "pupil", "eyes"))  # button eyes
        parts.append(tube([(s * 0.2, 0.44, 0.02), (s * 0.29, 0.32, 0.12), (s * 0.28, 0.23, 0.21)],
                          [0.075, 0.07, 0.065], None, 0))  # the arm # fmt: skip
        parts.append(tube([(s * 0.13, 0.12, 0.05), (s * 0.15, 0.09, 0.22), (s * 0.16, 0.09, 0.32)],
                          [0.09, 0.085, 0.085], None, 0))  # the leg # fmt: skip
        parts.append(sphere(1.0, at(s * 0.16, 0.09, 0.4) @ scl(0.075, 0.08, 0.025), 1))  # pad
    neck = at(0, 0.51, 0.0)
    parts.append(torus(0.165, 0.022, neck @ scl(1.0, 1.0, 0.85), "card-red"))  # the ribbon
    bow = neck @ at(0, 0.0, 0.15) @ rot("x", -15)
    for s in (-1, 1):
        parts.append(sphere(1.0, bow @ at(s * 0.065, 0.0, 0.01) @ rot("z", s * 12)
                            @ scl(0.065, 0.042, 0.022), "card-red"))  # fmt: skip
        parts.append(tube([_pt(bow, 0, 0, 0.02), _pt(bow, s * 0.035, -0.06, 0.03),
                           _pt(bow, s * 0.05, -0.11, 0.025)], 0.012, None, "card-red"))  # fmt: skip
    parts.append(sphere(0.026, bow @ at(0, 0, 0.025), "card-red"))  # the knot
    return parts


# ---- 740 a toffee apple ---------------------------------------------------------------------


def _toffee_apple(rng: Rng) -> list[Part]:
    """A toffee apple: a round, faintly lobed apple in a glossy toffee coating that flares into
    a pool round its base, a wooden stick pushed into its top, standing on a little square of
    paper."""
    y = 0.006
    coat = [(0.0, 0.0), (0.225, 0.0), (0.225, 0.01), (0.19, 0.022), (0.168, 0.045),
            (0.172, 0.08), (0.19, 0.15), (0.19, 0.21), (0.165, 0.27), (0.11, 0.312),
            (0.05, 0.302), (0.0, 0.285)]  # fmt: skip
    phase = float(rng.uniform(0, 2 * np.pi))
    t = np.linspace(0, 2 * np.pi, 24, endpoint=False)
    lobes = 1.0 + 0.025 * np.sin(5 * t + phase)
    shape = np.stack([lobes * np.cos(t), lobes * np.sin(t)], 1)
    parts = [lathe(coat, at(0, y, 0) @ rot("y", float(rng.uniform(0, 72))), 0, "body",
                   shape=shape)]  # fmt: skip
    lean = float(rng.uniform(-4, 4))
    parts.append(cylinder(0.016, 0.015, 0.4, at(0, y + 0.24, 0) @ rot("z", lean), 1))  # stick
    paper = rot("y", float(rng.uniform(10, 30)))
    parts.append(box(0.54, y, 0.54, paper, "pages"))
    return parts


# ---- 741 a roller coaster car ---------------------------------------------------------------


def _track_y(z: float) -> float:
    """Height of the coaster track's rails at z (rising toward +z)."""
    return 0.36 + 0.3 * z + 0.22 * z * z


def _coaster_car() -> list[Part]:
    """An open coaster car along +z in its own frame (the rails' top at y = 0): a rounded
    nose, low sides, two rows of seats with lap bars, four small wheels."""
    parts = [box(0.3, 0.06, 0.5, at(0, 0.07, -0.01), 0, "body")]  # the floor
    parts.append(box(0.22, 0.05, 0.42, at(0, 0.035, -0.02), "steel"))  # the chassis
    for x in (-0.11, 0.11):
        for z in (-0.16, 0.14):
            parts.append(cylinder(0.03, 0.03, 0.03, at(x - 0.015 * np.sign(x), 0.045, z)
                                  @ rot("z", 90) @ at(0, -0.015, 0), "marking"))  # fmt: skip
    side = [(-0.24, 0.07), (0.2, 0.07), (0.27, 0.1), (0.285, 0.16), (0.25, 0.22), (0.17, 0.24),
            (0.12, 0.2), (-0.24, 0.2)]  # fmt: skip
    for s in (-1, 1):
        parts.append(slab(side, 0.024, at(s * 0.14, 0, 0) @ rot("y", -90), 0))
    parts.append(sphere(1.0, at(0, 0.13, 0.2) @ scl(0.15, 0.09, 0.1), 0))  # the curved front
    parts.append(box(0.3, 0.2, 0.03, at(0, 0.07, -0.235), 0))  # the back
    for z in (-0.14, 0.05):  # two rows of seats with lap bars
        parts.append(box(0.25, 0.06, 0.12, at(0, 0.12, z), "cloth-dark"))
        parts.append(box(0.25, 0.16, 0.04, at(0, 0.13, z - 0.07) @ rot("x", -10), "cloth-dark"))
        bar = [(-0.1, 0.17, z + 0.05), (-0.09, 0.23, z + 0.09), (0.09, 0.23, z + 0.09),
               (0.1, 0.17, z + 0.05)]  # fmt: skip
        parts.append(tube(bar, 0.011, None, "steel"))
    return parts


def _roller_coaster_car(rng: Rng) -> list[Part]:
    """A roller coaster car: a short open car with two rows of seats and lap bars and a curved
    front on small wheels, climbing a short stretch of twin-rail track that rises to the right
    on trestle supports."""
    zs = np.linspace(-0.62, 0.62, 7)
    parts = []
    for x in (-0.11, 0.11):  # the rails
        parts.append(tube([(x, _track_y(z) - 0.015, z) for z in zs], 0.016, None, 1))
    parts.append(tube([(0, _track_y(z) - 0.09, z) for z in zs], 0.035, None, 1))  # the spine
    for z in np.linspace(-0.58, 0.58, 11):  # ties from the rails to the spine
        y = _track_y(z)
        for x in (-0.11, 0.11):
            parts.append(_rod((x, y - 0.02, z), (0, y - 0.09, z), 0.008, 1))
    for z in (-0.45, 0.0, 0.45):  # trestles
        y = _track_y(z) - 0.1
        for x in (-1, 1):
            parts.append(_rod((x * 0.2, 0, z), (x * 0.05, y, z), 0.016, 1))
        parts.append(_rod((-0.2, 0.03, z), (0.06, y - 0.05, z), 0.008, 1))
        parts.append(_rod((0.2, 0.03, z), (-0.06, y - 0.05, z), 0.008, 1))
        parts.append(box(0.5, 0.03, 0.08, at(0, 0, z), 1))
    z0 = float(rng.uniform(-0.08, 0.05))
    slope = np.degrees(np.arctan(0.3 + 0.44 * z0))
    car = at(0, _track_y(z0), z0) @ rot("x", -slope)
    turn = rot("y", 90.0)  # the track seen side-on, rising to the right
    return [p.moved(turn @ car) for p in _coaster_car()] + [p.moved(turn) for p in parts]


# ---- 742 a high striker ---------------------------------------------------------------------


def _high_striker(rng: Rng) -> list[Part]:
    """A high striker (test your strength): a tall narrow board with a scale of coloured bands
    and marks up its face, a bell at the top, a guide wire down its front with the puck at the
    bottom, a lever with its strike pad at the base, a big wooden mallet leaning against it."""
    h, w, d = 1.6, 0.24, 0.07
    parts = [box(w, h, d, at(0, 0.08, 0), 0, "body")]
    parts.append(box(0.6, 0.08, 0.56, at(0, 0, 0.08), 1))  # the base
    for s in (-1, 1):  # the side rails and the struts behind
        parts.append(box(0.03, h + 0.04, d + 0.03, at(s * (w / 2 + 0.015), 0.08, 0), 1))
        parts.append(_rod((s * 0.12, 0.08, -0.18), (s * 0.12, 0.75, -0.04), 0.016, 1))
    bands = ("fruit-green", "fruit-green", "fruit-yellow", "fruit-yellow", "fruit-orange",
             "fruit-orange", "card-red")  # fmt: skip
    y0, bh = 0.3, 0.16
    for k, band in enumerate(bands):  # the scale
        parts.append(box(0.16, bh - 0.014, 0.01, at(0, y0 + k * bh, d / 2), band))
        for j in (1, 2, 3):
            tw = 0.07 if j == 2 else 0.04
            parts.append(box(tw, 0.01, 0.014, at(-0.08 + tw / 2, y0 + k * bh + j * bh / 4 - 0.007,
                                                 d / 2), "snow"))  # fmt: skip
    top = 0.08 + h
    parts.append(slab([(-0.2, 0.0), (0.2, 0.0), (0.17, 0.12), (0.0, 0.2), (-0.17, 0.12)], 0.06,
                      at(0, top - 0.04, 0), 1))  # the crest # fmt: skip
    parts.append(sphere(0.045, at(0, top + 0.18, 0), 1))
    bell = [(0.0, 0.0), (0.12, 0.0), (0.115, 0.035), (0.085, 0.09), (0.0, 0.105)]
    parts.append(lathe(bell, at(0, top - 0.16, 0.12), "copper"))
    parts.append(box(0.04, 0.04, 0.12, at(0, top - 0.07, 0.06), 1))  # the bell's bracket
    wz = d / 2 + 0.07
    parts.append(_rod((0, 0.2, wz), (0, top - 0.16, wz), 0.005, "steel"))  # the guide wire
    parts.append(cylinder(0.04, 0.04, 0.06, at(0, 0.2, wz), "card-red"))  # the puck
    # the lever, its pivot block and its strike pad
    parts.append(box(0.08, 0.08, 0.08, at(0, 0.08, 0.26), 1))
    parts.append(box(0.07, 0.035, 0.36, at(0, 0.2, 0.28) @ rot("x", 12) @ at(0, -0.02, 0), 0))
    parts.append(cylinder(0.075, 0.075, 0.045, at(0, 0.11, 0.44), "marking"))
    # the mallet leaning on the board's right side, its head across
    lean = float(rng.uniform(-0.03, 0.03))
    foot, grip = np.array([0.56, 0.0, 0.3 + lean]), np.array([0.25, 0.74, 0.04])
    parts.append(stick(tuple(foot), tuple(grip), 0.02, 0))
    axis = (grip - foot) / np.linalg.norm(grip - foot)
    side = np.cross(axis, [0.0, 1.0, 0.0])
    side /= np.linalg.norm(side)
    c = grip + axis * 0.05
    parts.append(tube([c - side * 0.14, c + side * 0.14], 0.075, None, 0))  # its head
    for s in (-1, 1):
        parts.append(tube([c + s * side * 0.12, c + s * side * 0.135], 0.079, None, "steel"))
    return parts


# ---- 743 a circus big top -------------------------------------------------------------------


def _big_top(rng: Rng) -> list[Part]:
    """A circus big top: a large round tent, its red-and-white striped canvas roof sweeping up
    to two peaks on tall poles with little flags, a scalloped valance round the eaves, straight
    striped side walls and an entrance opening at the front with its flaps tied back."""
    p, R = 0.24, 0.5  # half the distance between the poles; the radius round each
    ye, ym, yp = 0.32, 0.55, 0.86  # heights of the eaves, the roof's knee and the peaks
    rm, rp = 0.24, 0.025
    parts = [cylinder(R + p - 0.06, R + p - 0.06, 0.02, scl(1.0, 1.0, 0.6), 1, "body")]
    # round the outline: each point a pole's centre x and a direction from it (the straight
    # runs' middles from x = 0): the right end, the front run, the left end, the back run
    pts = [(p, -90 + 36.0 * k) for k in range(6)] + [(0.0, 90.0)]
    pts += [(-p, 90 + 36.0 * k) for k in range(6)] + [(0.0, 270.0)]

    def at_r(i: int, r: float) -> tuple[float, float]:
        cx, a = pts[i % len(pts)]
        return cx + r * np.cos(np.radians(a)), r * np.sin(np.radians(a))

    n = len(pts)
    for i in range(n):
        slot = i % 2
        e0, e1 = at_r(i, R), at_r(i + 1, R)
        m0, m1 = at_r(i, rm), at_r(i + 1, rm)
        t0, t1 = at_r(i, rp), at_r(i + 1, rp)
        parts.append(_panel([(e0[0], ye, e0[1]), (e1[0], ye, e1[1]), (m1[0], ym, m1[1]),
                             (m0[0], ym, m0[1])], 0.012, slot))  # fmt: skip
        parts.append(_panel([(m0[0], ym, m0[1]), (m1[0], ym, m1[1]), (t1[0], yp, t1[1]),
                             (t0[0], yp, t0[1])], 0.012, slot))  # fmt: skip
        w0, w1 = at_r(i, R - 0.03), at_r(i + 1, R - 0.03)
        parts.append(_panel([(w0[0], 0.0, w0[1]), (w1[0], 0.0, w1[1]), (w1[0], ye, w1[1]),
                             (w0[0], ye, w0[1])], 0.012, 1 - slot))  # the wall # fmt: skip
        ex, ez = (e1[0] - e0[0]), (e1[1] - e0[1])
        ln = np.hypot(ex, ez)
        tx, tz = ex / ln, ez / ln
        nx, nz = tz, -tx  # outward for this winding
        for j in range(2):  # the valance's scallops
            cx = e0[0] + ex * (j + 0.5) / 2 + nx * 0.006
            cz = e0[1] + ez * (j + 0.5) / 2 + nz * 0.006
            rr = ln / 4
            arc = [(cx + rr * np.cos(a) * tx, ye + 0.01 - rr * np.sin(a), cz + rr * np.cos(a) * tz)
                   for a in np.linspace(0, np.pi, 6)]  # fmt: skip
            parts.append(_panel(arc, 0.008, slot))
    for x in (-p, p):  # the poles and their flags, flying in the wind
        parts.append(_rod((x, 0, 0), (x, yp + 0.16, 0), 0.012, 1))
        parts.append(sphere(0.018, at(x, yp + 0.16, 0), 1))
        fly = at(x, yp + 0.15, 0) @ rot("y", float(rng.uniform(-25, 10)))
        parts.append(_panel([_pt(fly, 0, 0, 0), _pt(fly, 0.1, -0.03, 0), _pt(fly, 0, -0.06, 0)],
                            0.006, 0))  # fmt: skip
    # the entrance: a dark doorway and its two flaps tied back
    zf = R - 0.015
    parts.append(box(0.16, 0.24, 0.01, at(0, 0, zf), "marking"))
    for s in (-1, 1):
        parts.append(_panel([(s * 0.08, 0.24, zf + 0.012), (s * 0.08, 0.0, zf + 0.012),
                             (s * 0.15, 0.0, zf + 0.012)], 0.01, 0))  # fmt: skip
    return parts


# ---- 744 a carousel horse -------------------------------------------------------------------


def _carousel_horse(rng: Rng) -> list[Part]:
    """A carousel horse: a painted wooden horse in a galloping pose, front legs raised and
    curled, hind legs stretched back, a carved flowing mane and tail, a saddle on a blanket,
    a bridle and reins, on a brass pole running through its back from a round base below to a
    knob above its head."""
    parts = [ellipsoid((0.0, 0.62, 0), 0.27, 0.13, 0.11, 0, "body")]
    parts.append(ellipsoid((-0.17, 0.64, 0), 0.15, 0.14, 0.115, 0))  # the hindquarters
    parts.append(ellipsoid((0.15, 0.63, 0), 0.14, 0.14, 0.11, 0))  # the chest
    parts.append(tube([(0.16, 0.64, 0), (0.28, 0.78, 0), (0.33, 0.9, 0)], [0.1, 0.08, 0.065],
                      None, 0))  # the neck # fmt: skip
    head = [(0.34, 0.93, 0), (0.42, 0.86, 0), (0.5, 0.78, 0)]
    parts.append(tube(head, [0.07, 0.055, 0.045], None, 0))
    parts.append(ellipsoid((0.36, 0.9, 0), 0.075, 0.07, 0.06, 0))
    parts.append(ellipsoid((0.5, 0.775, 0), 0.05, 0.048, 0.044, 0))  # the muzzle
    for s in (-1, 1):
        parts.append(cylinder(0.022, 0.0, 0.08, at(0.33, 0.97, s * 0.035) @ rot("z", 20), 0))
        parts.append(sphere(0.013, at(0.42, 0.9, s * 0.05), "pupil", "eyes"))
        parts.append(sphere(0.009, at(0.54, 0.79, s * 0.025), "marking"))  # a nostril
        parts.append(torus(0.05, 0.006, at(0.47, 0.8, 0) @ rot("z", 50) @ rot("x", 90)
                           @ scl(1, 1, 0.9), "card-red"))  # fmt: skip
        rein = [(0.47, 0.81, s * 0.045), (0.33, 0.74, s * 0.1), (0.12, 0.76, s * 0.08)]
        parts.append(tube(rein, 0.006, None, "card-red"))
    parts.append(torus(0.065, 0.006, at(0.37, 0.93, 0) @ rot("z", -30), "card-red"))
    for k in range(6):  # the carved mane along the neck's crest
        t = k / 5
        x, y = 0.16 + 0.19 * t, 0.76 + 0.2 * t
        lock = [(x, y, 0.0), (x - 0.06, y - 0.03, 0.05), (x - 0.07, y - 0.1, 0.07)]
        parts.append(tube(lock, [0.03, 0.025, 0.0], None, 1))
    parts.append(tube([(0.34, 0.97, 0.0), (0.38, 0.96, 0.03), (0.4, 0.92, 0.05)],
                      [0.02, 0.015, 0.0], None, 1))  # the forelock # fmt: skip
    tail = [(-0.3, 0.68, 0), (-0.42, 0.64, 0), (-0.5, 0.52, 0.02), (-0.5, 0.38, 0.04)]
    parts.append(tube(tail, [0.04, 0.05, 0.04, 0.0], None, 1))
    lift = float(rng.uniform(-0.03, 0.03))
    for s in (-1, 1):  # front legs raised and curled, hind legs stretched back
        z = s * 0.06
        knee = (0.33, 0.48 + lift * s + 0.03 * (s > 0), z)
        fore = [(0.17, 0.56, z), (0.27, 0.5, z), knee, (0.28, 0.38, z), (0.24, 0.34, z)]
        parts.append(tube(fore, [0.05, 0.04, 0.03, 0.025, 0.026], None, 0))
        parts.append(sphere(1.0, at(0.23, 0.33, z) @ rot("z", 60) @ scl(0.03, 0.02, 0.03), 1))
        hind = [(-0.2, 0.58, z), (-0.28, 0.46, z), (-0.36, 0.38, z), (-0.33, 0.28, z + s * 0.01)]
        parts.append(tube(hind, [0.07, 0.04, 0.028, 0.025], None, 0))
        parts.append(sphere(1.0, at(-0.33, 0.255, z + s * 0.01) @ scl(0.032, 0.025, 0.032), 1))
    # the saddle on its blanket, stirrups hanging
    saddle = [(-0.12, 0.74), (-0.07, 0.76), (0.04, 0.75), (0.1, 0.78), (0.11, 0.74),
              (0.06, 0.71), (-0.1, 0.71)]  # fmt: skip
    parts.append(slab(saddle, 0.15, None, "card-red"))
    for s in (-1, 1):
        blanket = [(-0.11, 0.73), (0.1, 0.73), (0.09, 0.6), (0.0, 0.575), (-0.1, 0.6)]
        parts.append(slab(blanket, 0.01, at(0, 0, s * 0.108), "plume"))
        parts.append(stick((0.0, 0.72, s * 0.115), (0.0, 0.52, s * 0.12), 0.004, 1))
        parts.append(torus(0.02, 0.005, at(0.0, 0.5, s * 0.12) @ rot("x", 90), 1))
    parts.append(cylinder(0.02, 0.02, 1.4, at(0.03, 0.0, 0), 1))  # the pole
    for y in (0.3, 0.95, 1.2):
        parts.append(torus(0.024, 0.008, at(0.03, y, 0), 1))
    parts.append(sphere(0.035, at(0.03, 1.42, 0), 1))
    parts.append(cylinder(0.2, 0.17, 0.04, at(0.0, 0, 0), 1))  # the base
    return parts


# ---- 745 a bumper car -----------------------------------------------------------------------


def _bumper_car(rng: Rng) -> list[Part]:
    """A bumper car (dodgem): a small rounded one-seat car in a thick black rubber bumper ring
    all round, a rounded bonnet in front, a steering wheel before the seat, a tall thin pole
    rising from its back to a contact brush at the top."""
    t = np.linspace(0, 2 * np.pi, 28, endpoint=False)
    c, s = np.cos(t), np.sin(t)
    sq = 1.0 / (np.abs(c) ** 4 + np.abs(s) ** 4) ** 0.25  # a rounded square
    shape = np.stack([0.36 * sq * c, 0.46 * sq * s], 1)
    tub = [(0.0, 0.04), (0.92, 0.04), (1.0, 0.1), (1.0, 0.2), (0.95, 0.26), (0.0, 0.26)]
    parts = [lathe(tub, None, 0, "body", shape=shape)]
    parts.append(torus(0.44, 0.075, at(0, 0.12, 0) @ scl(0.92, 1.0, 1.12), "marking"))  # bumper
    parts.append(sphere(1.0, at(0, 0.24, 0.2) @ scl(0.32, 0.14, 0.24), 0))  # the bonnet
    parts.append(sphere(1.0, at(0, 0.26, -0.32) @ scl(0.35, 0.22, 0.14), 0))  # the high back
    parts.append(box(0.36, 0.06, 0.22, at(0, 0.25, -0.1), 1))  # the seat
    parts.append(box(0.36, 0.26, 0.07, at(0, 0.27, -0.22) @ rot("x", -12), 1))
    parts.append(stick((0, 0.3, 0.16), (0, 0.45, 0.05), 0.013, "marking"))  # steering column
    parts.append(torus(0.075, 0.012, at(0, 0.46, 0.045) @ rot("x", 40), "marking"))
    sway = float(rng.uniform(-0.03, 0.03))
    foot, top = (0, 0.4, -0.38), (sway, 1.32, -0.42)
    parts.append(_rod(foot, top, 0.012, "steel"))
    parts.append(cylinder(0.03, 0.024, 0.1, at(*foot), "steel"))
    parts.append(box(0.04, 0.05, 0.04, at(*top), "steel"))
    parts.append(box(0.16, 0.025, 0.07, at(top[0], top[1] + 0.05, top[2]), "copper"))  # brush
    return parts


MORE_APPLIANCES_ZP = {
    736: _ferris_wheel, 737: _juggling_clubs, 738: _helter_skelter, 739: _teddy_bear,
    740: _toffee_apple, 741: _roller_coaster_car, 742: _high_striker, 743: _big_top,
    744: _carousel_horse, 745: _bumper_car,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
