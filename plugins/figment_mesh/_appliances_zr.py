"""More of the device family's appliances, from 756: a chemistry lab bench, a celestial globe, an
observatory, a meteorite in its crater, an alembic, a sextant, a stack of vinyl records, a circus
hoop, a balloon seller's cart, a carousel.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl
from ._primitives import (
    DIAMOND,
    HEXAGON,
    box,
    cylinder,
    lathe,
    slab,
    sphere,
    strip,
    torus,
    tube,
)
from ._sdf import Field, Shape, sdf_part
from ._sdf import ellipsoid as blob
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZR"]

Rng = np.random.Generator


def _star(r: float, inner: float = 0.45) -> list[tuple[float, float]]:
    """A five-pointed star's outline of radius r."""
    radii = [r if k % 2 == 0 else r * inner for k in range(10)]
    return [(q * np.sin(k * np.pi / 5), q * np.cos(k * np.pi / 5)) for k, q in enumerate(radii)]


def _tri(a, b, c, t: float, slot=0) -> Part:
    """A flat triangular plate t thick through the points a, b and c."""
    a, b, c = (np.asarray(p, dtype=float) for p in (a, b, c))
    ex = (b - a) / np.linalg.norm(b - a)
    n = np.cross(b - a, c - a)
    n /= np.linalg.norm(n)
    ey = np.cross(n, ex)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = ex, ey, n, a
    pts = [(0.0, 0.0), (float(np.dot(b - a, ex)), 0.0), (float(np.dot(c - a, ex)),
           float(np.dot(c - a, ey)))]  # fmt: skip
    return slab(sharp(pts), t, m, slot)


def _on(p, n) -> np.ndarray:
    """A placement at p whose +z points along n (a slab lying on a surface of normal n)."""
    return at(*p) @ align(n) @ rot("x", -90)


def _line(a, b, r: float, slot, m: np.ndarray | None = None) -> Part:
    """A thin straight line (a string, a wire) of few triangles."""
    return tube([a, b], r, m, slot, shape=DIAMOND)


def _plate(w: float, h: float, t: float, m: np.ndarray, slot=0) -> Part:
    """A thin rectangular plate w × h in xy (centred), t thick along z: a mark, a label."""
    return slab(sharp([(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]),
                t, m, slot)  # fmt: skip


def _bar(a, b, w: float, n, slot=0, m: np.ndarray | None = None) -> Part:
    """A thin flat strip w wide from a to b lying on a surface of normal n (an engraved line)."""
    return strip(a, b, n, w, w * 0.5, slot, m=m)


# ---- 756 chemistry lab bench ------------------------------------------------------------------


def _flask(x: float, y: float, z: float, h: float, liquid) -> list[Part]:
    """A conical (Erlenmeyer) glass flask h tall, coloured liquid in its lower part."""
    glass = [(0.0, 0.0), (0.42 * h, 0.0), (0.44 * h, 0.04 * h), (0.14 * h, 0.62 * h),
             (0.1 * h, 0.7 * h), (0.1 * h, h), (0.0, h)]  # fmt: skip
    fill = [(0.0, 0.01 * h), (0.39 * h, 0.01 * h), (0.4 * h, 0.05 * h), (0.27 * h, 0.35 * h),
            (0.0, 0.35 * h)]  # fmt: skip
    return [lathe(glass, at(x, y, z), "pane", sides=14), lathe(fill, at(x, y, z), liquid, sides=14)]


def _beaker(x: float, y: float, z: float, r: float, h: float, liquid) -> list[Part]:
    """A glass beaker, liquid half up it and white graduation marks."""
    parts = [cylinder(r, r, h, at(x, y, z), "pane")]
    parts.append(cylinder(r * 0.93, r * 0.93, h * 0.5, at(x, y + 0.003, z), liquid))
    for k in range(3):  # graduations facing the viewer
        parts.append(_plate(0.03, 0.004, 0.004, at(x, y + h * (0.35 + 0.18 * k), z + r), "snow"))
    return parts


def _bottle(x: float, y: float, z: float, h: float, slot) -> list[Part]:
    """A reagent bottle: a square-shouldered bottle with a stopper and a white label."""
    r = 0.28 * h
    prof = [(0.0, 0.0), (r, 0.0), (r, 0.65 * h), (0.9 * r, 0.78 * h), (0.4 * r, 0.85 * h),
            (0.35 * r, 0.95 * h), (0.0, 0.95 * h)]  # fmt: skip
    return [lathe(prof, at(x, y, z), slot, sides=8), box(0.8 * r, 0.14 * h, 0.8 * r,
            at(x, y + 0.93 * h, z), "marking"), box(1.3 * r, 0.3 * h, 0.004,
            at(x, y + 0.22 * h, z + r), "pages")]  # fmt: skip


def _lab_bench(rng: Rng) -> list[Part]:
    """A chemistry lab bench: a long cabinet run with doors and drawers under a thick black top,
    a steel sink with a tall gooseneck tap, a raised shelf of reagent bottles along the back,
    flasks and beakers of coloured liquids and a wooden rack of test tubes on the top."""
    L, H, D = 1.8, 0.86, 0.7
    parts = [box(L - 0.04, H - 0.14, D - 0.08, at(0, 0.1, -0.02), 0, "body")]
    parts.append(box(L - 0.12, 0.1, D - 0.16, at(0, 0, -0.04), "marking"))  # the toe kick
    for k in range(6):  # doors and drawers
        x = -L / 2 + 0.02 + (L - 0.04) * (k + 0.5) / 6
        parts.append(box(0.27, 0.5, 0.016, at(x, 0.13, D / 2 - 0.06), 0))
        parts.append(box(0.27, 0.14, 0.016, at(x, 0.66, D / 2 - 0.06), 0))
        parts.append(box(0.016, 0.1, 0.02, at(x + (0.1 if k % 2 else -0.1), 0.5, D / 2 - 0.045),
                         "steel"))  # fmt: skip
    parts.append(box(L + 0.04, 0.05, D + 0.02, at(0, H - 0.05, 0), "marking"))  # the top
    # the sink: a steel basin with a raised rim, and its gooseneck tap
    sx, sz = 0.55, 0.06
    parts.append(box(0.36, 0.004, 0.3, at(sx, H, sz), "steel"))
    for s in (-1, 1):
        parts.append(box(0.36, 0.03, 0.02, at(sx, H, sz + s * 0.14), "steel"))
        parts.append(box(0.02, 0.03, 0.3, at(sx + s * 0.17, H, sz), "steel"))
    parts.append(cylinder(0.025, 0.025, 0.006, at(sx, H + 0.004, sz), "marking"))
    tz = sz - 0.2
    parts.append(tube([(sx, H, tz), (sx, H + 0.3, tz), (sx, H + 0.42, tz + 0.07),
                       (sx, H + 0.36, tz + 0.15), (sx, H + 0.26, tz + 0.17)], 0.013, None,
                      "steel"))  # fmt: skip
    for s in (-1, 1):  # the valve handles
        parts.append(stick((sx + s * 0.02, H + 0.1, tz), (sx + s * 0.08, H + 0.1, tz), 0.01,
                           "steel"))  # fmt: skip
    # the raised reagent shelf along the back
    bz, sy = -D / 2 + 0.1, H + 0.36
    for x in (-L / 2 + 0.04, 0.0, L / 2 - 0.04):
        parts.append(box(0.03, 0.42, 0.16, at(x, H, bz), 1))
    parts.append(box(L, 0.025, 0.18, at(0, sy, bz), 1))
    parts.append(box(L, 0.025, 0.18, at(0, H + 0.12, bz), 1))
    slots = ["cork", "pane", "cork", "glaze", "pane", "cork"]
    for k in range(10):
        x = -0.78 + k * 0.173 + float(rng.uniform(-0.015, 0.015))
        h = 0.13 + 0.03 * ((k * 7) % 3)
        parts += _bottle(x, sy + 0.025, bz, h, slots[k % len(slots)])
    for k in range(5):  # bottles on the lower shelf
        x = -0.7 + k * 0.3 + float(rng.uniform(-0.01, 0.01))
        parts += _bottle(x, H + 0.145, bz, 0.09, slots[(k + 2) % len(slots)])
    # glassware on the top
    parts += _flask(-0.05, H, 0.12, 0.26, "rainbow-green")
    parts += _flask(0.2, H, 0.2, 0.18, "rainbow-violet")
    parts += _beaker(-0.3, H, 0.18, 0.06, 0.14, "rainbow-blue")
    parts += _beaker(0.22, H, -0.05, 0.045, 0.1, "rainbow-orange")
    # a round-bottomed flask on a ring stand over a burner
    fx, fz = -0.62, -0.02
    parts.append(box(0.2, 0.015, 0.14, at(fx, H, fz), "steel"))
    parts.append(stick((fx - 0.08, H, fz - 0.04), (fx - 0.08, H + 0.4, fz - 0.04), 0.008, "steel"))
    parts.append(torus(0.06, 0.006, at(fx, H + 0.2, fz), "steel"))
    parts.append(stick((fx - 0.08, H + 0.2, fz - 0.04), (fx - 0.06, H + 0.2, fz), 0.006, "steel"))
    parts.append(sphere(0.075, at(fx, H + 0.27, fz), "pane"))
    parts.append(sphere(0.065, at(fx, H + 0.255, fz) @ scl(1, 0.7, 1), "rainbow-red"))
    parts.append(cylinder(0.022, 0.022, 0.12, at(fx, H + 0.33, fz), "pane"))
    parts.append(cylinder(0.03, 0.02, 0.08, at(fx, H, fz), "steel"))  # the burner
    parts.append(cylinder(0.018, 0.0, 0.06, at(fx, H + 0.08, fz), "flame"))
    # the test-tube rack
    rx, rz = -0.3, -0.1
    parts.append(box(0.3, 0.015, 0.08, at(rx, H, rz), 0))
    parts.append(box(0.3, 0.015, 0.08, at(rx, H + 0.1, rz), 0))
    for s in (-1, 1):
        parts.append(box(0.015, 0.115, 0.08, at(rx + s * 0.14, H, rz), 0))
    tints = ["rainbow-red", "rainbow-yellow", "rainbow-blue", "rainbow-green", "rainbow-orange"]
    for k in range(5):
        x = rx - 0.1 + k * 0.05
        parts.append(cylinder(0.014, 0.014, 0.17, at(x, H + 0.02, rz), "pane"))
        parts.append(cylinder(0.011, 0.011, 0.07, at(x, H + 0.022, rz), tints[k]))
    return parts


# ---- 757 celestial globe ----------------------------------------------------------------------


def _sphere_point(lat: float, lon: float) -> np.ndarray:
    """A unit vector at latitude and longitude (degrees)."""
    la, lo = np.radians(lat), np.radians(lon)
    return np.array([np.cos(la) * np.sin(lo), np.sin(la), np.cos(la) * np.cos(lo)])


def _sky(m: np.ndarray, r: float, rng: Rng) -> list[Part]:
    """Gold stars joined by thin constellation lines on a sphere of radius r placed by m."""
    fixed = np.random.default_rng(757)
    parts = []
    for c in range(14):  # constellations: short chains of stars
        lat = float(fixed.uniform(-50, 55))
        lon = c * 360 / 14 + float(fixed.uniform(-6, 6))
        pts = []
        for _ in range(int(fixed.integers(4, 7))):
            pts.append(_sphere_point(lat, lon))
            lat += float(fixed.uniform(-16, 16))
            lon += float(fixed.uniform(7, 14)) * (1 if c % 2 else -1)
        for p in pts:
            size = r * float(fixed.uniform(0.05, 0.075) + rng.uniform(0, 0.01))
            parts.append(slab(sharp(_star(size)), r * 0.02, m @ _on(p * r * 1.005, p), "glow"))
        for a, b in pairwise(pts):
            parts.append(_bar(a * r * 1.006, b * r * 1.006, r * 0.014, a + b, "plume-tip", m))
    for _ in range(40):  # lone stars
        p = _sphere_point(fixed.uniform(-70, 80), fixed.uniform(0, 360))
        size = r * float(fixed.uniform(0.025, 0.04))
        parts.append(slab(sharp(_star(size)), r * 0.02, m @ _on(p * r * 1.005, p), "glow"))
    return parts


def _flat_ring(r0: float, r1: float, t: float, m: np.ndarray, slot=0) -> Part:
    """A flat ring (a washer) from radius r0 to r1, t thick, lying in xz."""
    prof = [(r0, -t / 2), (r1, -t / 2), (r1, t / 2), (r0, t / 2)]
    return lathe(prof, m, slot, closed=True, sides=36)


def _celestial_globe(rng: Rng) -> list[Part]:
    """A celestial globe: a dark blue sphere of the sky dotted with gold stars joined by thin
    constellation lines, its axis tilted in a brass meridian ring, set in a wide flat wooden
    horizon ring on four curved legs over a round wooden foot."""
    R, cy = 0.3, 0.62
    tilt = 35.0 + float(rng.uniform(-3, 3))
    parts = [lathe([(0.0, 0.0), (0.3, 0.0), (0.31, 0.03), (0.22, 0.06), (0.08, 0.09),
                    (0.0, 0.1)], None, 0, "body")]  # fmt: skip
    hr = 0.37  # the horizon ring, flat, with a paper face
    parts.append(_flat_ring(hr, hr + 0.09, 0.03, at(0, cy, 0), 0))
    parts.append(_flat_ring(hr + 0.01, hr + 0.08, 0.004, at(0, cy + 0.016, 0), "pages"))
    for k in range(24):  # the ticks on its face
        a = 2 * np.pi * k / 24
        parts.append(_plate(0.004, 0.03, 0.003, at((hr + 0.045) * np.sin(a), cy + 0.018,
                     (hr + 0.045) * np.cos(a)) @ rot("y", np.degrees(a)) @ rot("x", 90),
                     "marking"))  # fmt: skip
    for k in range(4):  # the curved legs
        a = np.pi / 4 + k * np.pi / 2
        d = np.array([np.cos(a), 0, np.sin(a)])
        pts = [d * 0.24 + (0, 0.08, 0), d * 0.36 + (0, 0.3, 0), d * 0.41 + (0, cy - 0.01, 0)]
        parts.append(tube(pts, [0.025, 0.018, 0.02], None, 0))
    parts.append(lathe([(0.0, 0.09), (0.05, 0.09), (0.03, 0.15), (0.025, cy - R - 0.08),
                        (0.045, cy - R - 0.05), (0.0, cy - R - 0.04)], None, 0))  # fmt: skip
    # the brass meridian ring, upright in the plane facing the viewer, turned a little
    turn = at(0, cy, 0) @ rot("y", 20.0)
    parts.append(_flat_ring(R + 0.025, R + 0.055, 0.018, turn @ rot("x", 90), 1))
    for k in range(12):  # its degree marks
        a = np.radians(k * 15)
        parts.append(_plate(0.003, 0.012, 0.004, turn @ at((R + 0.045) * np.cos(a),
                     (R + 0.045) * np.sin(a), 0.0095) @ rot("z", np.degrees(a) - 90),
                     "marking"))  # fmt: skip
    axis = turn @ rot("z", tilt)
    parts.append(lathe([(0.0, -R)] + [(R * np.cos(t), R * np.sin(t))
                       for t in np.linspace(-np.pi / 2, np.pi / 2, 11)[1:-1]] + [(0.0, R)],
                       axis, "window", sides=36))  # fmt: skip
    parts.append(stick((0, -R - 0.04, 0), (0, R + 0.04, 0), 0.008, 1).moved(axis))
    parts.append(cylinder(0.05, 0.05, 0.006, axis @ at(0, R + 0.01, 0), 1))  # the hour circle
    parts.append(torus(R + 0.002, 0.003, axis @ rot("x", 23.4), "plume-tip"))  # the ecliptic
    parts += _sky(axis, R, rng)
    return parts


# ---- 758 observatory --------------------------------------------------------------------------


def _observatory(rng: Rng) -> list[Part]:
    """An astronomical observatory: a round white drum of a building on a low plinth with an arched
    door and small windows, crowned by a big hemispherical dome cut by a dark vertical slit running
    from its foot over the top, shutters either side, a telescope tube poking out of the slit
    toward the sky."""
    R, H = 0.5, 0.5
    parts = [cylinder(R, R, H, None, 0, "body")]
    parts.append(cylinder(R + 0.04, R + 0.04, 0.06, None, 1))  # the plinth
    parts.append(torus(R + 0.01, 0.025, at(0, H - 0.01, 0), 1))  # the cornice
    dr = R + 0.02
    arc = [(dr * np.cos(t), dr * np.sin(t)) for t in np.linspace(0, np.pi / 2, 9)]
    parts.append(lathe([(0.0, 0.0), *arc[:-1], (0.0, dr)], at(0, H, 0), 1, sides=40))
    # the slit, in the plane of a turn toward the viewer, from the dome's foot past the top
    yaw = 28.0 + float(rng.uniform(-4, 4))
    turn = at(0, H, 0) @ rot("y", yaw)
    sl = [(0.0, dr * np.sin(t), dr * np.cos(t)) for t in np.linspace(0.02, 1.8, 12)]
    slit = np.array([(-0.006, -0.11), (-0.006, 0.11), (0.016, 0.11), (0.016, -0.11)])
    parts.append(tube(sl, 1.0, turn, "marking", shape=slit))
    for s in (-1, 1):  # the shutter edges
        edge = [(s * 0.125, y, z) for _, y, z in sl]
        parts.append(tube(edge, 0.022, turn, 1))
    # the telescope, from inside the dome out through the slit
    elev = np.radians(48.0)
    d = np.array([0.0, np.sin(elev), np.cos(elev)])
    base = np.array([0.0, 0.1, 0.0])
    scope = turn @ at(*base) @ align(d)
    parts.append(cylinder(0.075, 0.075, 0.62, scope, "snow"))
    parts.append(cylinder(0.085, 0.085, 0.12, scope @ at(0, 0.62, 0), "snow"))
    parts.append(cylinder(0.07, 0.07, 0.005, scope @ at(0, 0.74, 0), "window"))
    # the door: an arched panel with a frame, and a step
    door = [(-0.09, 0.0), (0.09, 0.0)] + [(0.09 * np.cos(a), 0.24 + 0.09 * np.sin(a))
                                          for a in np.linspace(0, np.pi, 9)]  # fmt: skip
    parts.append(slab(sharp(door), 0.04, at(0, 0.06, R), "cork"))
    parts.append(box(0.012, 0.012, 0.01, at(0.055, 0.2, R + 0.02), "steel"))
    parts.append(box(0.3, 0.04, 0.12, at(0, 0.0, R + 0.06), 1))
    for a in (-55, 55, 140, -140):  # small square windows round the drum
        m = rot("y", a) @ at(0, 0.28, R - 0.005)
        parts.append(box(0.09, 0.12, 0.02, m, "window"))
        parts.append(box(0.11, 0.02, 0.03, m @ at(0, -0.015, 0), 1))
    return parts


# ---- 759 meteorite ----------------------------------------------------------------------------


def _meteorite(rng: Rng) -> list[Part]:
    """A meteorite: a big dark rounded rock with a glossy black fusion crust, its surface dimpled
    all over with broad shallow thumbprint pits, half sunk in a small crater of cracked earth with
    a raised rim, a few chips of rock thrown about."""
    fixed = np.random.default_rng(759)
    c = np.array([0.0, 0.2, 0.0])
    r = np.array([0.42, 0.3, 0.34])
    shapes: list[Shape] = [blob(c, r)]
    for p, q in (((0.22, 0.3, 0.1), (0.22, 0.17, 0.2)), ((-0.25, 0.25, -0.05), (0.2, 0.16, 0.22)),
                 ((0.02, 0.38, -0.08), (0.24, 0.13, 0.2))):  # fmt: skip
        shapes.append(blob(p, q, blend=0.14))
    n = 28
    for k in range(n):  # the thumbprints: broad shallow pits pressed into the crust
        z = 1 - (k + 0.5) / n * 1.3
        phi = k * 2.39996 + float(fixed.uniform(-0.2, 0.2))
        d = np.array([np.sqrt(1 - z * z) * np.cos(phi), z, np.sqrt(1 - z * z) * np.sin(phi)])
        p = c + d * r * 1.02
        nrm = d / r
        nrm /= np.linalg.norm(nrm)
        s = 0.09 + float(fixed.uniform(0, 0.04) + rng.uniform(0, 0.01))
        m = align(nrm)[:3, :3]
        shapes.append(blob(p + nrm * s * 0.25, (s, s * 0.4, s * 0.85), m, blend=-0.05))
    rock = Field(tuple(shapes), np.array([[0, 0.2, -0.4], [0, 0.2, 0.4]]))
    parts = [sdf_part(rock, 0.022, 0, "body")]
    # the crater: a shallow bowl of cracked earth with a raised rim
    prof = [(0.0, 0.04), (0.3, 0.05), (0.5, 0.1), (0.66, 0.19), (0.76, 0.2), (0.9, 0.1),
            (1.05, 0.0)]  # fmt: skip
    parts.append(lathe(prof, None, 1))
    parts.append(lathe([(0.0, 0.045), (0.3, 0.055), (0.45, 0.088), (0.0, 0.09)], None, "soil"))
    heights = np.array(prof)

    def ground(rr: float) -> float:
        return float(np.interp(rr, heights[:, 0], heights[:, 1]))

    for k in range(14):  # cracks radiating across the earth: zigzags of dark strips
        a = 2 * np.pi * k / 14 + float(fixed.uniform(-0.15, 0.15))
        pts = []
        for j, rr in enumerate(np.linspace(0.38, 1.0, 6)):
            aa = a + 0.07 * (-1) ** j
            pts.append(np.array((rr * np.cos(aa), ground(rr) + 0.006, rr * np.sin(aa))))
        for j in range(len(pts) - 1):
            parts.append(_bar(pts[j], pts[j + 1], 0.018 - 0.003 * j, (0, 1, 0), "marking"))
    for k in range(6):  # chips of rock
        a = 2 * np.pi * k / 6 + float(fixed.uniform(0, 0.6))
        rr = float(fixed.uniform(0.5, 0.95))
        s = float(fixed.uniform(0.03, 0.055))
        chip = [(0.0, 0.0), (s * 1.3, 0.0), (s, s * 0.7), (0.0, s)]
        parts.append(lathe(chip, at(rr * np.cos(a), ground(rr) - 0.01, rr * np.sin(a))
                           @ rot("y", float(a * 50)), 0, sides=5))  # fmt: skip
    return parts


# ---- 760 alembic ------------------------------------------------------------------------------


def _alembic(rng: Rng) -> list[Part]:
    """A copper pot still (an alembic): a round copper pot on a brick hearth with a fire glowing
    in its arched mouth, a domed head on the pot, a long swan-neck pipe sloping down from it into
    a hooped wooden barrel condenser ringed by a copper coil, a little tap at the barrel's foot
    dripping into a glass flask."""
    hx, hh = -0.35, 0.34
    parts = [box(0.62, hh, 0.56, at(hx, 0, 0), "stones", "body")]
    for k in range(1, 5):  # brick courses
        parts.append(box(0.625, 0.008, 0.565, at(hx, k * hh / 5, 0), "marking"))
    parts.append(box(0.66, 0.03, 0.6, at(hx, hh, 0), "stones"))
    mouth = [(-0.12, 0.0), (0.12, 0.0)] + [(0.12 * np.cos(a), 0.1 + 0.12 * np.sin(a))
                                           for a in np.linspace(0, np.pi, 9)]  # fmt: skip
    parts.append(slab(sharp(mouth), 0.02, at(hx, 0.02, 0.28), "pupil"))
    for dx, h in ((-0.05, 0.12), (0.03, 0.16), (0.08, 0.1)):
        parts.append(cylinder(0.035, 0.0, h, at(hx + dx, 0.02, 0.29), "flame"))
    y0 = hh + 0.03
    pot = [(0.0, 0.0), (0.14, 0.0), (0.25, 0.07), (0.28, 0.18), (0.24, 0.3), (0.12, 0.36),
           (0.1, 0.4), (0.0, 0.4)]  # fmt: skip
    parts.append(lathe(pot, at(hx, y0, 0), 0))
    parts.append(torus(0.281, 0.012, at(hx, y0 + 0.18, 0), 0))
    head = [(0.0, 0.0), (0.11, 0.0), (0.17, 0.07), (0.16, 0.15), (0.09, 0.22), (0.05, 0.26),
            (0.0, 0.27)]  # fmt: skip
    hy = y0 + 0.39
    parts.append(lathe(head, at(hx, hy, 0), 0))
    parts.append(torus(0.11, 0.014, at(hx, hy + 0.01, 0), 0))
    # the barrel condenser on a low stand, and its coil
    bx, by = 0.45, 0.14
    barrel = [(0.0, 0.0), (0.18, 0.0), (0.21, 0.15), (0.22, 0.25), (0.21, 0.35), (0.18, 0.5),
              (0.0, 0.5)]  # fmt: skip
    for s in (-1, 1):
        parts.append(box(0.05, by, 0.36, at(bx + s * 0.12, 0, 0), 1))
    parts.append(lathe(barrel, at(bx, by, 0), 1))
    for y in (0.06, 0.44):  # the hoops
        parts.append(torus(0.203, 0.012, at(bx, by + y, 0), "steel"))
    turns, y_top, y_bot = 3.5, by + 0.46, by + 0.08
    coil = []
    for t in np.linspace(0, 1, 43):
        a = np.pi * 0.5 + 2 * np.pi * turns * t
        rr = 0.215 + 0.012 * np.sin(np.pi * t) + 0.005
        coil.append((bx + rr * np.cos(a), y_top + (y_bot - y_top) * t, rr * np.sin(a)))
    parts.append(tube(coil, 0.014, None, 0))
    # the swan neck: up off the head, then a long straight slope down to the coil's top
    top = (hx, hy + 0.26, 0.0)
    neck = [top, (hx + 0.08, hy + 0.32, 0.0), (hx + 0.2, hy + 0.3, 0.0), coil[0]]
    neck[-1] = (coil[0][0], coil[0][1] + 0.02, coil[0][2])
    parts.append(tube(neck, [0.035, 0.028, 0.02, 0.015], None, 0))
    # the tap, and the flask under it
    ty = by + 0.07
    parts.append(stick((bx, ty, 0.2), (bx, ty, 0.3), 0.015, 0))
    parts.append(stick((bx, ty, 0.29), (bx, ty - 0.04, 0.29), 0.012, 0))
    parts.append(stick((bx - 0.03, ty + 0.03, 0.27), (bx + 0.03, ty + 0.03, 0.27), 0.008, 0))
    fl = [(0.0, 0.0), (0.06, 0.0), (0.075, 0.04), (0.06, 0.08), (0.02, 0.1), (0.018, 0.15),
          (0.0, 0.15)]  # fmt: skip
    parts.append(lathe(fl, at(bx, 0, 0.31), "pane"))
    fill = float(rng.uniform(0.03, 0.05))
    parts.append(lathe([(0.0, 0.003), (0.058, 0.003), (0.07, 0.035), (0.066, fill), (0.0, fill)],
                       at(bx, 0, 0.31), "cloth-yellow"))  # the spirit in the flask # fmt: skip
    return parts


# ---- 761 sextant ------------------------------------------------------------------------------


def _sextant(rng: Rng) -> list[Part]:
    """A brass sextant standing upright: a frame shaped like a sixth of a circle, apex up, its
    curved limb at the bottom engraved with a scale, bars and pierced rings inside it, a swinging
    index arm from the apex down to the scale, a big index mirror at the apex, a small horizon
    mirror, coloured shade glasses between them, a small telescope across the frame and a wooden
    handle behind."""
    Rr, ay = 0.85, 0.98
    apex = np.array([0.0, ay, 0.0])

    def on_arc(rr: float, deg: float, z: float = 0.0) -> tuple[float, float, float]:
        a = np.radians(-90 + deg)
        return (rr * np.cos(a), ay + rr * np.sin(a), z)

    parts = []
    limb = [on_arc(Rr, d) for d in np.linspace(-33, 33, 15)]
    band = np.array([(-0.012, -0.035), (0.012, -0.035), (0.012, 0.035), (-0.012, 0.035)])
    parts.append(tube(limb, 1.0, None, 0, "body", shape=band))
    inner = [on_arc(Rr * 0.55, d) for d in np.linspace(-30, 30, 9)]
    parts.append(tube(inner, 0.014, None, 0))
    for s in (-1, 1):  # the two radial bars
        parts.append(stick(tuple(apex), on_arc(Rr, s * 30), 0.018, 0))
        for f in (0.45, 0.75):  # pierced rings between the bars
            c = on_arc(Rr * f, s * 15)
            parts.append(torus(0.06 * f + 0.02, 0.01, at(*c) @ rot("x", 90), 0))
    parts.append(stick(on_arc(Rr * 0.55, 0), on_arc(Rr * 0.95, 0), 0.012, 0))
    for k in range(61):  # the scale
        d = -30 + k
        long = k % 5 == 0
        a, b = on_arc(Rr - 0.03, d, 0.013), on_arc(Rr - (0.0 if long else 0.015), d, 0.013)
        parts.append(_bar(a, b, 0.004 if long else 0.0025, (0, 0, 1), "marking"))
    parts.append(tube([on_arc(Rr - 0.032, d, 0.013) for d in np.linspace(-31, 31, 9)], 0.0015,
                      None, "marking", shape=DIAMOND))  # fmt: skip
    # the index arm, swung a little, and its vernier at the limb
    swing = float(rng.uniform(-14, 6))
    arm = at(*apex) @ rot("z", swing)
    parts.append(box(0.035, Rr + 0.03, 0.012, arm @ rot("z", 180) @ at(0, 0, 0.026), 2))
    parts.append(box(0.11, 0.05, 0.014, arm @ at(0, -Rr - 0.03, 0.027), 2))
    parts.append(cylinder(0.025, 0.025, 0.05, arm @ at(0.045, -Rr + 0.06, 0.055)
                          @ rot("x", 90), "pane"))  # the reading glass # fmt: skip
    parts.append(cylinder(0.04, 0.04, 0.03, at(*apex) @ rot("x", 90) @ at(0, -0.03, 0), 2))
    # the index mirror, standing out at the apex
    parts.append(box(0.1, 0.14, 0.012, arm @ at(0, 0.01, 0.07) @ rot("y", 90), "mirror"))
    parts.append(box(0.11, 0.15, 0.02, arm @ at(-0.012, 0.005, 0.07) @ rot("y", 90), 0))
    # the horizon mirror on the left bar, facing it
    hp = on_arc(Rr * 0.62, -30, 0.075)
    hm = at(*hp) @ rot("y", 70)
    parts.append(box(0.012, 0.1, 0.08, hm, "mirror"))
    parts.append(box(0.02, 0.11, 0.09, hm @ at(-0.01, -0.005, 0), 0))
    # the coloured shade glasses between the mirrors
    for k, slot in enumerate(("card-red", "vine", "plume")):
        sp = on_arc(Rr * (0.3 + 0.06 * k), -18, 0.05)
        parts.append(box(0.07, 0.07, 0.008, at(*sp) @ rot("y", 60) @ rot("z", 8 * k), slot))
        parts.append(stick((sp[0], sp[1] + 0.035, 0.03), (sp[0], sp[1] + 0.035, 0.06), 0.005, 0))
    # the telescope, across the frame in front, held by a ring on the right bar
    tp = on_arc(Rr * 0.62, 30, 0.09)
    aim = np.array(hp) - np.array(tp)
    aim /= np.linalg.norm(aim)
    scope = at(*tp) @ align(aim) @ at(0, -0.08, 0)
    parts.append(cylinder(0.035, 0.035, 0.26, scope, 0))
    parts.append(cylinder(0.043, 0.043, 0.06, scope @ at(0, 0.24, 0), 0))
    parts.append(cylinder(0.025, 0.025, 0.06, scope @ at(0, -0.05, 0), 0))
    parts.append(cylinder(0.037, 0.037, 0.004, scope @ at(0, 0.3, 0), "window"))
    parts.append(stick(on_arc(Rr * 0.62, 30), tp, 0.012, 0))
    # the wooden handle behind the frame
    h0, h1 = on_arc(Rr * 0.35, 8, -0.05), on_arc(Rr * 0.8, 8, -0.05)
    parts.append(tube([h0, ((h0[0] + h1[0]) / 2 + 0.02, (h0[1] + h1[1]) / 2, -0.065), h1],
                      [0.028, 0.035, 0.028], None, 1))  # fmt: skip
    for p in (h0, h1):
        parts.append(stick(p, (p[0], p[1], 0.0), 0.01, 0))
    for d in (-26, 26):  # little legs it stands on, behind the limb
        p = on_arc(Rr, d)
        parts.append(stick((p[0], p[1], 0.0), (p[0] * 1.05, 0.0, -0.08), 0.01, 0))
    face = rot("y", 25.0)  # its face turned a little toward the viewer
    return [q.moved(face) for q in parts]


# ---- 762 stack of vinyl records ---------------------------------------------------------------


_SLEEVES = ["card-red", "cloth-yellow", "plume", "snow", "vine", "eraser", "fruit-orange",
            "chalkboard", "glaze", "rainbow-violet", "pages", "match-head"]  # fmt: skip
_ART = ["snow", "card-red", "cloth-yellow", "marking", "plume-tip", "plume"]


def _record(m: np.ndarray, r: float, label) -> list[Part]:
    """A bare black record of radius r lying flat: its grooves, a coloured centre label and the
    spindle hole."""
    parts = [cylinder(r, r, 0.008, m, 0)]
    for f in (0.5, 0.68, 0.86):
        parts.append(torus(r * f, 0.0016, m @ at(0, 0.0075, 0) @ scl(1, 0.4, 1), "marking"))
    parts.append(cylinder(r * 0.33, r * 0.33, 0.0015, m @ at(0, 0.0075, 0), label))
    parts.append(cylinder(r * 0.025, r * 0.025, 0.002, m @ at(0, 0.0085, 0), "marking"))
    return parts


def _records(rng: Rng) -> list[Part]:
    """A stack of a dozen vinyl records in square card sleeves of many colours, slightly askew,
    a few records peeking out of their sleeves, one bare glossy black record with a coloured
    centre label lying on top."""
    S, t = 0.9, 0.013
    parts = []
    y = 0.0
    for k in range(12):
        yaw = float(rng.uniform(-7, 7))
        dx, dz = float(rng.uniform(-0.025, 0.025)), float(rng.uniform(-0.025, 0.025))
        m = at(dx, y, dz) @ rot("y", yaw)
        slot = _SLEEVES[(k * 5) % len(_SLEEVES)]
        parts.append(box(S, t, S, m, slot, "body" if k == 0 else ""))
        if k % 4 == 1:  # a record slid part way out of its sleeve
            out = m @ at(0.12 + 0.04 * (k % 3), t * 0.25, 0.0)
            parts.append(cylinder(S * 0.46, S * 0.46, t * 0.5, out, 0))
        y += t
    art = _ART[int(rng.integers(0, len(_ART)))]  # a band of cover art on the top sleeve
    parts.append(box(S * 0.8, 0.002, S * 0.1, m @ at(0, t, -S * 0.39), art))
    parts += _record(at(0.09, y, 0.06) @ rot("y", float(rng.uniform(0, 360))), S * 0.46,
                     "card-red" if rng.uniform() < 0.5 else "cloth-yellow")  # fmt: skip
    return parts


# ---- 763 circus hoop --------------------------------------------------------------------------


def _hoop(rng: Rng) -> list[Part]:
    """A circus hoop for animals to jump through: a big upright ring, wound round with a spiral
    of red ribbon, clamped on a short post that stands on a round drum-shaped base."""
    R, r, cy = 0.5, 0.03, 0.82
    ring = at(0, cy, 0) @ rot("x", 90)
    parts = [torus(R, r, ring, 0, "body")]
    turns = 18
    for j, slot in enumerate(("card-red", "snow")):
        pts = []
        for t in np.linspace(0, 2 * np.pi, turns * 6 + 1):
            w = turns * t + j * np.pi
            n = np.array([np.cos(t), 0.0, np.sin(t)])
            c = n * R + (np.cos(w) * n + np.array([0, np.sin(w), 0])) * r * 0.9
            pts.append(c)
        tape = np.array([(-1.0, -0.35), (1.0, -0.35), (1.0, 0.35), (-1.0, 0.35)]) * 0.012
        parts.append(tube(pts, 1.0, ring, slot, shape=tape))
    parts.append(cylinder(0.3, 0.3, 0.12, None, 1))  # the base
    parts.append(cylinder(0.32, 0.32, 0.03, None, 1))
    parts.append(torus(0.3, 0.015, at(0, 0.12, 0), "cloth-yellow"))
    for k in range(8):  # a painted star ring round the base
        a = 2 * np.pi * k / 8
        m = at(0.301 * np.sin(a), 0.065, 0.301 * np.cos(a)) @ rot("y", np.degrees(a))
        parts.append(slab(sharp(_star(0.035)), 0.006, m, "cloth-yellow"))
    parts.append(cylinder(0.04, 0.035, cy - R - 0.12, at(0, 0.12, 0), 1))  # the post
    parts.append(box(0.1, 0.08, 0.09, at(0, cy - R - 0.07, 0), 1))  # the clamp
    return parts


# ---- 764 balloon seller's cart ----------------------------------------------------------------


def _wheel(c, r: float, slot=1) -> list[Part]:
    """A spoked cart wheel of radius r centred at c, its axle along x."""
    m = at(*c) @ rot("z", 90)
    parts = [torus(r, 0.02, m, slot), cylinder(0.04, 0.04, 0.06, m @ at(0, -0.03, 0), slot)]
    for k in range(8):
        a = np.pi * k / 4
        parts.append(stick(c, (c[0], c[1] + r * np.sin(a), c[2] + r * np.cos(a)), 0.01, slot))
    return parts


_BALLOONS = ["rainbow-red", "rainbow-orange", "rainbow-yellow", "rainbow-green", "rainbow-blue",
             "rainbow-violet"]  # fmt: skip


def _balloon_cart(rng: Rng) -> list[Part]:
    """A balloon seller's cart: a small wooden box cart on two big spoked wheels with a push
    handle and a prop leg, a tall pole on it, and a big bunch of a dozen balloons of every colour
    of the rainbow on long strings tied to the pole, floating high above it."""
    w, d, y0 = 0.5, 0.8, 0.32
    parts = [box(w, 0.14, d, at(0, y0, 0), 0, "body")]
    for s in (-1, 1):  # the walls of the open tray, capped with a rim
        parts.append(box(w, 0.12, 0.025, at(0, y0 + 0.14, s * (d / 2 - 0.0125)), 0))
        parts.append(box(0.025, 0.12, d, at(s * (w / 2 - 0.0125), y0 + 0.14, 0), 0))
        parts.append(box(w + 0.03, 0.025, 0.04, at(0, y0 + 0.26, s * d / 2), 1))
        parts.append(box(0.04, 0.025, d + 0.03, at(s * w / 2, y0 + 0.26, 0), 1))
    for s in (-1, 1):
        parts += _wheel((s * (w / 2 + 0.05), 0.3, 0.05), 0.3)
    parts.append(stick((-w / 2 - 0.08, 0.3, 0.05), (w / 2 + 0.08, 0.3, 0.05), 0.015, 1))
    for s in (-1, 1):  # the handle bars and the grip
        parts.append(stick((s * 0.18, y0 + 0.15, -d / 2), (s * 0.18, 0.75, -d / 2 - 0.35), 0.018,
                           1))  # fmt: skip
    parts.append(stick((-0.2, 0.75, -d / 2 - 0.35), (0.2, 0.75, -d / 2 - 0.35), 0.022, 1))
    parts.append(stick((0, y0, d / 2 - 0.08), (0, 0.0, d / 2 - 0.05), 0.02, 1))  # the prop leg
    tie = np.array([0.0, 1.15, 0.05])
    parts.append(stick((0, y0 + 0.14, 0.05), tuple(tie), 0.018, 1))  # the pole
    parts.append(sphere(0.03, at(*tie), 1))
    fixed = np.random.default_rng(764)
    pos = []
    for k in range(12):  # a rounded bunch
        layer = 0 if k < 7 else 1
        a = 2 * np.pi * (k if layer == 0 else k - 7) / (7 if layer == 0 else 5) + layer * 0.4
        rr = 0.32 if layer == 0 else 0.17
        p = np.array([rr * np.cos(a), 1.62 + 0.22 * layer + float(fixed.uniform(-0.06, 0.06)),
                      0.05 + rr * np.sin(a)])  # fmt: skip
        p += rng.uniform(-0.02, 0.02, 3)
        pos.append(p)
    prof = [(0.0, 0.0), (0.035, 0.015), (0.1, 0.07), (0.125, 0.15), (0.11, 0.23), (0.0, 0.27)]
    for k, p in enumerate(pos):
        lean = p - tie
        lean[1] = max(lean[1], 0.3)
        m = at(*p) @ align(lean)
        parts.append(lathe(prof, m, _BALLOONS[k % 6], sides=14))
        parts.append(cylinder(0.012, 0.018, 0.02, m @ at(0, -0.015, 0), _BALLOONS[k % 6]))
        parts.append(
            tube([p, (tie + p) / 2 + (0, 0.05, 0), tie], 0.003, None, "snow", shape=DIAMOND)
        )
    return parts


# ---- 765 carousel -----------------------------------------------------------------------------


def _horse(m: np.ndarray, slot=0) -> list[Part]:
    """A prancing carousel horse facing +x, hooves near y = 0, the body about 0.3 long."""
    parts = [sphere(1.0, m @ at(0, 0.26, 0) @ scl(0.16, 0.08, 0.068), slot)]
    parts.append(tube([(0.09, 0.28, 0), (0.16, 0.36, 0), (0.2, 0.43, 0)], [0.06, 0.045, 0.038], m,
                      slot))  # fmt: skip
    parts.append(sphere(1.0, m @ at(0.25, 0.41, 0) @ rot("z", -50) @ scl(0.085, 0.04, 0.036),
                        slot))  # the head # fmt: skip
    for s in (-1, 1):
        parts.append(lathe([(0.012, 0.0), (0.0, 0.05)], m @ at(0.19, 0.44, s * 0.015)
                           @ rot("z", 20), slot, sides=4))  # an ear # fmt: skip
        z = s * 0.03
        parts.append(tube([(0.1, 0.23, z), (0.18, 0.2, z), (0.17, 0.1, z)], [0.024, 0.02, 0.016],
                          m, slot, shape=HEXAGON))  # the raised forelegs # fmt: skip
        parts.append(tube([(-0.1, 0.23, z), (-0.17, 0.13, z), (-0.25, 0.05, z)],
                          [0.028, 0.02, 0.016], m, slot, shape=HEXAGON))  # fmt: skip
    parts.append(tube([(0.1, 0.34, 0), (0.16, 0.43, 0), (0.2, 0.47, 0)], 0.022, m,
                      "cloth-yellow", shape=HEXAGON))  # the mane # fmt: skip
    parts.append(tube([(-0.14, 0.27, 0), (-0.22, 0.23, 0), (-0.25, 0.12, 0)], [0.02, 0.03, 0.015],
                      m, "cloth-yellow", shape=HEXAGON))  # the tail # fmt: skip
    parts.append(box(0.1, 0.03, 0.14, m @ at(-0.01, 0.31, 0), "card-red"))  # the saddle
    return parts


_SCALLOP = sharp([(0.09 * np.cos(t), -0.07 * np.sin(t)) for t in np.linspace(0, np.pi, 9)])
"""The outline of one hanging scallop of a canopy's valance."""


def _carousel(rng: Rng) -> list[Part]:
    """A carousel (a merry-go-round): a round wooden platform on a low base, a central column, six
    prancing wooden horses on brass poles around it (alternately up and down), and a big conical
    canopy of red and white stripes on top with a scalloped valance and a ring of small lights
    round its rim, a pennant on the peak."""
    R, py = 0.95, 0.12
    parts = [cylinder(R, R, 0.08, at(0, 0.04, 0), 0, "body")]
    parts.append(cylinder(R - 0.05, R - 0.05, 0.04, None, 1))
    parts.append(torus(R, 0.02, at(0, py, 0), 1))
    top = 1.32
    parts.append(cylinder(0.12, 0.12, top - py, at(0, py, 0), 1))  # the centre column
    parts.append(cylinder(0.15, 0.15, 0.05, at(0, 0.58, 0), 0))  # a collar on the column
    # the canopy: a low cone of red and white panels, a band with lights, scallops
    n, rr, peak = 16, R + 0.05, top + 0.42
    band = 0.1
    parts.append(cylinder(rr, rr, band, at(0, top, 0), "snow"))
    for k in range(n):
        a0, a1 = 2 * np.pi * k / n, 2 * np.pi * (k + 1) / n
        p0 = (rr * np.cos(a0), top + band, rr * np.sin(a0))
        p1 = (rr * np.cos(a1), top + band, rr * np.sin(a1))
        slot = "card-red" if k % 2 == 0 else "snow"
        parts.append(_tri((0.0, peak, 0.0), p1, p0, 0.015, slot))
        am = (a0 + a1) / 2
        sc = at(rr * np.cos(am), top + 0.02, rr * np.sin(am)) @ rot("y", 90 - np.degrees(am))
        parts.append(slab(_SCALLOP, 0.01, sc, "card-red" if k % 2 else "snow"))
        for a in (a0,):  # the lights on the band
            bulb = at((rr + 0.004) * np.cos(a), top + band / 2 - 0.016, (rr + 0.004) * np.sin(a))
            parts.append(lathe([(0.0, 0.0), (0.018, 0.016), (0.0, 0.032)], bulb, "glow", sides=6))
    parts.append(torus(rr, 0.015, at(0, top + band, 0), 1))
    parts.append(cylinder(0.04, 0.0, 0.16, at(0, peak - 0.02, 0), 1))
    parts.append(_tri((0.0, peak + 0.12, 0.0), (0.0, peak + 0.04, 0.0), (0.14, peak + 0.08, 0.0),
                      0.005, "cloth-yellow"))  # the pennant # fmt: skip
    # the horses on their poles, running round counter-clockwise seen from above
    hr = 0.66
    for k in range(6):
        a = 2 * np.pi * (k + 0.5) / 6
        x, z = hr * np.cos(a), hr * np.sin(a)
        lift = 0.12 if k % 2 == 0 else 0.0
        lift += float(rng.uniform(-0.02, 0.02))
        m = at(x, py + 0.16 + lift, z) @ rot("y", -np.degrees(a) - 90)
        parts += _horse(m @ scl(1.4) @ at(0.02, 0, 0), "snow")
        parts.append(tube([(x, py, z), (x, top, z)], 0.014, None, 1, shape=HEXAGON))
    return parts


MORE_APPLIANCES_ZR = {
    756: _lab_bench, 757: _celestial_globe, 758: _observatory, 759: _meteorite, 760: _alembic,
    761: _sextant, 762: _records, 763: _hoop, 764: _balloon_cart, 765: _carousel,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
