"""More of the device family's appliances, from 1514: a wristwatch on display, a table fork, a
spoon, a balloon whisk and an artist's paintbrush.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, at, rot, scl
from ._kit import band, loft, rect_ring, superellipse
from ._primitives import HEXAGON, box, catmull_rom, cylinder, lathe, torus, tube

__all__ = ["MORE_APPLIANCES_ZZZZZN"]

Rng = np.random.Generator

_FLAT = superellipse(1.0, 1.0, 3.0, 16)
"""A flattened, softly squared cross-section for cutlery and straps (scaled per ring)."""


def _smooth(ctrl, xs: np.ndarray) -> np.ndarray:
    """The value at each x of a smooth curve through the control points (x, value)."""
    c = catmull_rom(ctrl, 96)
    return np.interp(xs, c[:, 0], c[:, 1])


def _flatware(spine, widths, thick, x0: float, x1: float, m: np.ndarray, z: float = 0.0,
              slot=0, tag: str = "", n: int = 24) -> Part:  # fmt: skip
    """A flat piece of cutlery from x0 to x1 along +x under ``m``: its middle rides the curve
    ``spine`` (x, y), its half width (across z) and half thickness follow the curves
    ``widths`` and ``thick`` (x, value); offset z across, ends capped flat."""
    xs = np.linspace(x0, x1, n)
    ys = _smooth(spine, xs)
    dy = np.gradient(ys, xs)
    t = np.stack([np.ones_like(xs), dy, np.zeros_like(xs)], 1)
    t /= np.linalg.norm(t, axis=1, keepdims=True)
    nrm = np.stack([-t[:, 1], t[:, 0], np.zeros_like(xs)], 1)
    hw = np.maximum(_smooth(widths, xs), 0.002)
    ht = np.maximum(_smooth(thick, xs), 0.002)
    c = np.stack([xs, ys, np.full_like(xs, z)], 1)
    u = np.zeros_like(c)
    u[:, 2] = hw
    return loft(c, u, nrm * ht[:, None], _FLAT, slot, tag).moved(m)


# 1514 wristwatch


def _dial(m: np.ndarray, r: float, rng: Rng) -> list[Part]:
    """A watch's white dial of radius r facing +z under ``m``: twelve hour marks (the quarters
    longer and bolder), an hour and a minute hand and a centre pin."""
    parts = [cylinder(r, r, 0.006, m @ rot("x", 90), "snow")]
    for k in range(12):
        long = k % 3 == 0
        h = r * (0.2 if long else 0.12)
        rr = r * 0.8
        w = r * (0.1 if long else 0.06)
        parts.append(box(w, h, 0.006, m @ rot("z", -30 * k) @ at(0, rr - h / 2, 0.005),
                         "marking"))  # fmt: skip
    hour = float(rng.uniform(280, 320))  # about ten past ten
    minute = float(rng.uniform(50, 70))
    for ang, length, w, dz in ((hour, 0.52, 0.11, 0.011), (minute, 0.76, 0.075, 0.015)):
        hand = [(-w * r / 2, -0.12 * r), (w * r / 2, -0.12 * r), (w * r * 0.35, length * r),
                (0.0, (length + 0.06) * r), (-w * r * 0.35, length * r)]  # fmt: skip
        parts.append(_plate(hand, 0.004, m @ at(0, 0, dz) @ rot("z", -ang)))
    parts.append(cylinder(r * 0.06, r * 0.06, 0.02, m @ rot("x", 90), "marking"))
    return parts


def _plate(outline, depth: float, m: np.ndarray, slot="marking") -> Part:
    """A thin flat plate of a straight-sided outline in xy, ``depth`` thick (from z = 0)."""
    p = np.asarray(outline, float)
    mid = p.mean(0)
    c = np.zeros((2, 3))
    c[:, :2] = mid
    c[:, 2] = (0.0, depth)
    u = np.tile([1.0, 0.0, 0.0], (2, 1))
    v = np.tile([0.0, 1.0, 0.0], (2, 1))
    return loft(c, u, v, p - mid, slot).moved(m)


def _buckle(m: np.ndarray) -> list[Part]:
    """A strap's buckle under ``m`` lying on the strap (its face local +y): a
    rectangular frame, the bar across it and the tongue."""
    parts = [rect_ring(0.2, 0.13, 0.018, 0.016, m, 0)]
    parts.append(box(0.2, 0.016, 0.016, m @ at(0, 0, -0.01), 0))  # the bar
    parts.append(box(0.014, 0.012, 0.075, m @ at(0, 0.01, 0.03) @ rot("x", -4), 0))  # the tongue
    return parts


def _wristwatch(rng: Rng) -> list[Part]:
    """A wristwatch standing upright as if on a shop's display, its face to the viewer: a round
    polished case with a ridged bezel, four lugs and a knurled crown at three o'clock, a white
    dial behind the bevelled rim of its glass, with hour marks and two hands at about ten past ten, the leather strap
    running from the lugs round behind it in a closed oval, its buckle at the bottom."""
    R, cy = 0.2, 0.38  # the case's radius and its centre's height
    face = at(0, cy, 0)
    side = [(0.0, -0.075), (R * 0.8, -0.075), (R * 0.92, -0.06), (R * 0.99, -0.045), (R, -0.02),
            (R, 0.012), (0.0, 0.012)]  # fmt: skip
    parts = [lathe(side, face @ rot("x", 90), 0, "body")]  # the case and its back
    parts.append(torus(R * 0.93, 0.02, face @ at(0, 0, 0.02) @ rot("x", 90), 0))  # the bezel
    parts += _dial(face @ at(0, 0, 0.012), R * 0.84, rng)
    glass = [(R * 0.78, 0.0), (R * 0.88, 0.0), (R * 0.87, 0.006), (R * 0.78, 0.003)]
    parts.append(lathe(glass, face @ at(0, 0, 0.02) @ rot("x", 90), "pane", closed=True))
    crown = face @ at(R - 0.01, 0, -0.02) @ rot("z", -90)  # the crown on its stem
    parts.append(cylinder(0.016, 0.016, 0.03, crown, 0))
    parts.append(lathe([(0.0, 0.025), (0.03, 0.025), (0.034, 0.035), (0.034, 0.06), (0.0, 0.062)],
                       crown, 0, sides=12))  # fmt: skip
    w, t = 0.17, 0.024  # the strap's width and thickness
    for sy in (-1, 1):  # the lugs, the strap's ends held between them
        for sx in (-1, 1):
            lug = [(0.0, 0.15, -0.02), (0.0, R + 0.02, -0.025), (0.0, R + 0.045, -0.045)]
            pts = [(sx * (w / 2 + 0.014), cy + sy * y, z) for _, y, z in lug]
            parts.append(tube(pts, [0.017, 0.016, 0.014], None, 0))
    # the strap: from the top lugs over and round behind down to the buckle at the bottom, and
    # from the bottom lugs down to the buckle
    loop = [(0.6, -0.035), (0.64, -0.09), (0.66, -0.22), (0.62, -0.35), (0.5, -0.45),
            (0.32, -0.49), (0.16, -0.45), (0.06, -0.36), (1.6 * t, -0.26), (1.5 * t, -0.14),
            (1.5 * t, -0.09)]  # fmt: skip
    parts.append(band([(0.0, y, z) for y, z in loop], w, t, (1, 0, 0), 1))
    down = [(0.16, -0.035), (0.11, -0.06), (0.04, -0.12), (t / 2, -0.18), (t / 2, -0.28)]
    parts.append(band([(0.0, y, z) for y, z in down], w, t, (1, 0, 0), 1))
    parts.append(box(w + 0.02, 0.035, 0.03, at(0, 0.0, -0.12), 1))  # the keeper
    parts += _buckle(at(0, t + 0.005, -0.28) @ rot("x", -4))
    return parts


# 1515 fork


def _fork(rng: Rng) -> list[Part]:
    """A large table fork lying alone on its back, diagonally: a flat handle widening to
    a rounded end that rests on the ground, arching a little to a narrow thick neck that bends
    down to the broad head, four long pointed tines curving up off the ground."""
    yaw = float(rng.uniform(-4, 4))
    m = rot("y", -12 + yaw) @ at(-0.5, 0, 0)
    spine = [(-0.05, 0.0), (0.0, 0.011), (0.2, 0.045), (0.4, 0.06), (0.56, 0.052), (0.66, 0.03),
             (0.74, 0.014), (0.82, 0.014), (0.92, 0.035), (1.0, 0.07), (1.05, 0.1)]  # fmt: skip
    widths = [(-0.05, 0.02), (0.0, 0.022), (0.02, 0.042), (0.07, 0.052), (0.2, 0.046),
              (0.4, 0.026), (0.58, 0.014), (0.64, 0.015), (0.7, 0.03), (0.76, 0.058),
              (0.79, 0.066), (0.82, 0.066)]  # fmt: skip
    thick = [(-0.05, 0.01), (0.0, 0.01), (0.4, 0.011), (0.6, 0.014), (0.7, 0.01), (0.8, 0.008),
             (0.85, 0.008)]  # fmt: skip
    parts = [_flatware(spine, widths, thick, 0.0, 0.79, m, 0.0, 0, "body", 40)]
    tine_w = [(0.76, 0.0125), (0.88, 0.0115), (0.96, 0.009), (0.99, 0.005), (1.01, 0.001)]
    tine_t = [(0.76, 0.008), (0.95, 0.007), (1.01, 0.004)]
    for k in range(4):  # the tines, with slots between them
        z = -0.05 + 0.1 * k / 3
        parts.append(_flatware(spine, tine_w, tine_t, 0.775, 1.0, m, z, 0, "", 16))
    return parts


# 1516 spoon


def _spoon(rng: Rng) -> list[Part]:
    """A large spoon lying alone, diagonally: a deep oval bowl resting on its back, its
    polished hollow open to the viewer, a thin neck rising from its back into a long flat
    handle that arches and widens to a rounded end resting on the ground."""
    yaw = float(rng.uniform(-4, 4))
    m = rot("y", -12 + yaw) @ at(-0.5, 0, 0)
    a, b = 0.16, 0.105  # the bowl's half length and half width
    bowl = [(0.0, 0.0), (0.45, 0.005), (0.75, 0.02), (0.93, 0.045), (1.0, 0.075), (0.985, 0.083),
            (0.9, 0.058), (0.72, 0.036), (0.42, 0.022), (0.0, 0.018)]  # fmt: skip
    t = np.arange(28) * (2 * np.pi / 28)
    egg = np.stack([np.cos(t), np.sin(t) * (0.92 + 0.1 * np.cos(t))], 1)
    place = m @ at(1.0 - a, 0.0, 0) @ scl(a, 1.0, b)
    parts = [lathe(bowl, place, 0, "body", shape=egg)]
    spine = [(-0.05, 0.0), (0.0, 0.009), (0.2, 0.05), (0.45, 0.08), (0.6, 0.086), (0.665, 0.078),
             (0.69, 0.062), (0.705, 0.04), (0.725, 0.022), (0.75, 0.012)]  # fmt: skip
    widths = [(-0.05, 0.02), (0.0, 0.024), (0.02, 0.042), (0.08, 0.05), (0.25, 0.038),
              (0.5, 0.016), (0.62, 0.011), (0.67, 0.016), (0.7, 0.03), (0.75, 0.04)]  # fmt: skip
    thick = [(-0.05, 0.009), (0.0, 0.009), (0.5, 0.01), (0.65, 0.012), (0.7, 0.009),
             (0.75, 0.007)]  # fmt: skip
    parts.append(_flatware(spine, widths, thick, 0.0, 0.745, m, 0.0, 0, "", 36))
    return parts


# 1517 whisk


def _whisk(rng: Rng) -> list[Part]:
    """A balloon whisk lying on its side, diagonally: a straight round handle with a
    rounded end and a metal collar, eight wire loops springing from the collar and bowing out
    into a bulbous teardrop cage, all the loops crossing at its far end."""
    L, rh, rc = 1.0, 0.032, 0.16  # its length, the handle's radius and the cage's
    tilt = float(np.degrees(np.arctan2(rc - rh, 0.8 * L)))
    yaw = float(rng.uniform(-4, 4))
    m = rot("y", -10 + yaw) @ at(-0.5, rh * 1.1, 0) @ rot("z", tilt) @ rot("z", -90)
    grip = [(0.0, 0.0), (0.02, 0.004), (0.03, 0.02), (rh, 0.08), (rh, 0.3), (0.027, 0.36),
            (0.025, 0.38), (0.0, 0.382)]  # fmt: skip
    parts = [lathe(grip, m, 1, "body")]
    parts.append(torus(0.012, 0.004, m @ at(0, 0.03, 0) @ rot("x", 90), 0))  # a hanging ring
    collar = [(0.0, 0.36), (0.028, 0.36), (0.03, 0.4), (0.024, 0.45), (0.018, 0.47),
              (0.0, 0.47)]  # fmt: skip
    parts.append(lathe(collar, m, 0))
    prof = [(0.44, 0.012), (0.5, 0.03), (0.58, 0.075), (0.7, 0.13), (0.82, rc), (0.92, 0.14),
            (0.975, 0.08), (0.998, 0.025)]  # fmt: skip
    for k in range(8):
        a = np.radians(180 * k / 8)
        ca, sa = np.cos(a), np.sin(a)
        tip = (0.0, L + 0.004 * k - 0.012, 0.0)
        side = [(r * ca, y, r * sa) for y, r in prof]
        other = [(-r * ca, y, -r * sa) for y, r in prof[::-1]]
        parts.append(tube([*side, tip, *other], 0.0055, m, 0, shape=HEXAGON))
    return parts


# 1518 paintbrush


def _paintbrush(rng: Rng) -> list[Part]:
    """An artist's paintbrush lying diagonally: a long slender lacquered wooden handle swelling
    near the ferrule and tapering to its far end, a crimped metal ferrule, a pointed tuft of
    bristles dipped in bright red paint, and a small drop of paint on the ground beside it."""
    yaw = float(rng.uniform(-4, 4))
    r = 0.022  # the handle's widest
    m = rot("y", -10 + yaw) @ at(-0.5, r, 0) @ rot("z", -90)
    handle = [(0.0, 0.0), (0.005, 0.002), (0.007, 0.01), (0.01, 0.1), (0.015, 0.3),
              (0.02, 0.46), (r, 0.54), (0.019, 0.6), (0.018, 0.62), (0.0, 0.622)]  # fmt: skip
    parts = [lathe(handle, m, 1, "body")]
    ferrule = [(0.0, 0.6), (0.019, 0.6), (0.019, 0.64), (0.0175, 0.65), (0.0178, 0.66),
               (0.016, 0.75), (0.0, 0.752)]  # fmt: skip
    parts.append(lathe(ferrule, m, "steel"))
    tuft = [(0.0, 0.74), (0.0155, 0.745), (0.0195, 0.8), (0.018, 0.86), (0.012, 0.93),
            (0.005, 0.985), (0.0, 1.0)]  # fmt: skip
    parts.append(lathe(tuft, m, 0))
    dab = [(0.0, 0.905), (0.0147, 0.91), (0.0118, 0.94), (0.006, 0.985), (0.0, 1.003)]
    parts.append(lathe(dab, m, "card-red"))
    drop = float(rng.uniform(-0.02, 0.02))
    tip = m @ at(0, 1.0, 0)
    x, z = tip[0, 3] + 0.02 + drop, tip[2, 3] + 0.08
    puddle = [(0.0, 0.0), (1.0, 0.0), (0.8, 0.5), (0.0, 0.7)]
    parts.append(lathe(puddle, at(x, 0.0, z) @ scl(0.045, 0.014, 0.038), "card-red"))
    parts.append(lathe(puddle, at(x + 0.06, 0.0, z - 0.03) @ scl(0.015, 0.01, 0.014), "card-red"))
    return parts


MORE_APPLIANCES_ZZZZZN = {
    1514: _wristwatch, 1515: _fork, 1516: _spoon, 1517: _whisk, 1518: _paintbrush,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
