"""More of the device family's appliances, from 1523: a rubber duck, a pair of scissors lying
open and a recurve bow with an arrow nocked on a stand.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import FLAT_UP, band, bird_beak, ccw, cut, ellipse, flat_solid, rope, solid
from ._primitives import box, cylinder, slab, sphere, tube
from ._sdf import ellipsoid as blob
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZZP"]

Rng = np.random.Generator


def _rubber_duck(rng: Rng) -> list[Part]:
    """A yellow rubber bath duck, side on with its head a little toward the viewer: a chunky
    round body wider than it is tall on a flat floating bottom, a small pointed tail turned up
    at the back, a faint raised wing on each side, a big round head sat on the front of the body
    with no neck, a short broad flat bill widening to its rounded tip, two small dark eyes."""
    hy = 0.56 + float(rng.uniform(-0.01, 0.01))
    shapes = [blob((-0.04, 0.2, 0.0), (0.37, 0.25, 0.28))]  # the body
    shapes.append(blob((0.14, 0.2, 0.0), (0.2, 0.17, 0.22), None, 0.08))  # the breast
    shapes += rope([(-0.26, 0.3, 0.0), (-0.46, 0.46, 0.0)], [0.13, 0.025], 0.1)  # the tail
    for s in (-1, 1):  # the wings
        shapes.append(blob((-0.08, 0.27, s * 0.24), (0.17, 0.09, 0.05), rot("z", -14), 0.03))
    shapes.append(blob((0.17, hy, 0.0), (0.19, 0.18, 0.18), None, 0.06))  # the head
    shapes.append(cut(1, 0.0, False, 0.02, (-0.6, -0.2, -0.4), (0.5, 0.02, 0.4)))
    parts = [solid(shapes, 0.025, 0, "body")]
    ctrl = [(0.28, hy - 0.045, 0.06, 0.085), (0.36, hy - 0.055, 0.047, 0.1),
            (0.42, hy - 0.048, 0.036, 0.105), (0.465, hy - 0.032, 0.022, 0.085)]  # fmt: skip
    parts.append(bird_beak(ctrl, 1))  # the bill
    for s in (-1, 1):  # the eyes
        d = np.array([0.5, 0.42, s * 0.75])
        d /= np.linalg.norm(d)
        p = np.array([0.17, hy, 0.0]) + d * 0.18
        parts.append(sphere(1.0, at(*p) @ align(d) @ scl(0.034, 0.018, 0.034), "pupil"))
    return [q.moved(rot("y", 20 + float(rng.uniform(-4, 4)))) for q in parts]


def _blade(length: float, side: int) -> np.ndarray:
    """A scissor blade's outline from a round boss on the pivot (0, 0) out along +x to its
    point: its straight cutting edge toward the other blade (on -y for ``side`` 1, +y for -1),
    its back curving in to meet it. Counter-clockwise (n, 2)."""
    t = np.linspace(0.0, 1.0, 12)
    x = 0.03 + (length - 0.03) * t
    edge = -0.03 + 0.022 * t
    back = edge + 0.075 * (1 - t**1.8) ** 0.6 + 0.004
    boss = [(0.05 * np.cos(a), 0.05 * np.sin(a)) for a in np.radians(np.linspace(110, 250, 7))]
    pts = np.concatenate([boss, np.stack([x, edge], 1), np.stack([x, back], 1)[::-1]])
    return ccw(pts * (1, side))


def _handle(reach: float, rx: float, ry: float, rim: float, off: float, side: int):
    """A scissor handle's outline from the pivot back along -x: a shank to a finger loop of
    outer half-sizes rx × ry centred ``reach`` back and ``off`` out to the ``side``, its hole
    ``rim`` in from the outside (the contours for ``flat_solid``)."""
    cx, cy = -reach, -side * off
    inner_x = cx + rx - rim
    shank = [(-0.04, 0.025), (-0.04, -0.025), (inner_x + 0.006, cy - 0.03),
             (inner_x + 0.006, cy + 0.03)]  # fmt: skip
    outer = ellipse(rx, ry, 28) + np.array([cx, cy])
    hole = ellipse(rx - rim, ry - rim, 28)[::-1] + np.array([cx, cy])
    return [ccw(np.array(shank)), outer, hole]


def _scissors(rng: Rng) -> list[Part]:
    """A pair of scissors lying open on a table, about 30 degrees apart: two long steel blades
    tapering to points and crossing at a pivot screw, each half running on past the pivot into a
    coloured handle ending in a finger loop, one loop round for the thumb and one a bigger oval
    for the fingers."""
    half = 15 + float(rng.uniform(-2, 2))
    parts: list[Part] = []
    for k, side in enumerate((1, -1)):
        m = rot("y", 12) @ rot("y", side * half) @ FLAT_UP
        big = k == 0
        rx, ry = (0.12, 0.085) if big else (0.085, 0.078)
        cont = _handle(0.27 + rx, rx, ry, 0.026, 0.045, side)
        parts.append(flat_solid(lambda n, c=cont: c, 0.032, m, 1, "body" if k == 0 else ""))
        y0 = 0.008 + 0.013 * k
        outline = _blade(0.58, side)
        parts.append(flat_solid(lambda n, c=outline: [c], 0.013, at(0, y0, 0) @ m, 0))
    parts.append(cylinder(0.024, 0.022, 0.01, at(0, 0.033, 0), "steel"))  # the pivot screw
    parts.append(box(0.036, 0.004, 0.005, at(0, 0.041, 0) @ rot("y", 40), "marking"))
    return parts


def _limb(top: int, yc: float) -> list[tuple]:
    """A recurve limb's path from the riser out: up (top 1) or down (-1), bending back toward
    the string and then curling forward again at its tip; (x, y, z) points."""
    pts = [(0.0, 0.14), (-0.03, 0.24), (-0.08, 0.34), (-0.115, 0.42), (-0.12, 0.47),
           (-0.1, 0.51), (-0.07, 0.535)]  # fmt: skip
    return [(x, yc + top * y, 0.0) for x, y in pts]


def _arrow(nock: np.ndarray, length: float) -> list[Part]:
    """An arrow along +x from its nock: a thin wooden shaft, a steel point, three fletching
    feathers (one a different colour) and a nock."""
    end = nock + v3(length, 0, 0)
    parts = [stick(nock, end, 0.0075, 0)]
    tip = at(*end) @ rot("z", -90)
    parts.append(cylinder(0.012, 0.012, 0.012, tip @ at(0, -0.006, 0), "steel"))
    parts.append(cylinder(0.02, 0.0, 0.07, tip, "steel"))
    parts.append(cylinder(0.009, 0.009, 0.02, at(*nock) @ rot("z", -90) @ at(0, -0.012, 0),
                          "card-red"))  # fmt: skip
    vane = sharp([(0.0, 0.0), (0.1, 0.0), (0.095, 0.012), (0.06, 0.026), (0.025, 0.03),
                  (0.0, 0.03)])  # fmt: skip
    for i, ang in enumerate((90, 210, 330)):
        m = at(*nock) @ at(0.025, 0, 0) @ rot("x", ang - 90) @ at(0, 0.006, 0)
        parts.append(slab(vane, 0.003, m, "snow" if i == 0 else "card-red"))
    return parts


def _bow_and_arrow(rng: Rng) -> list[Part]:
    """A wooden recurve bow standing upright in a small stand, seen side on: a shaped riser with
    a wrapped grip in the middle, two long flat limbs bending back toward the string and curling
    forward again at their tips, a taut thin string between the tips, and an arrow nocked on the
    string resting across the grip, its steel point beyond the bow and its fletching at the
    string."""
    yc = 0.6
    parts = [box(0.34, 0.03, 0.2, at(-0.04, 0.0, 0.0), 0, "body")]  # the stand's foot
    parts.append(cylinder(0.018, 0.018, yc - 0.17, at(0.02, 0.03, -0.06), 0))  # its post
    parts.append(stick((0.02, yc - 0.15, -0.07), (0.02, yc - 0.15, 0.04), 0.014, 0))  # its cradle
    for x in (-0.02, 0.055):
        parts.append(stick((x, yc - 0.16, 0.0), (x, yc - 0.11, 0.0), 0.008, 0))
    riser = [(0.012, yc - 0.16, 0.0), (0.0, yc - 0.07, 0.0), (-0.012, yc, -0.016),
             (0.0, yc + 0.07, -0.018), (0.012, yc + 0.16, 0.0)]  # fmt: skip
    parts.append(band(riser, 0.042, 0.05, (0, 0, 1), 0))
    grip = [(0.0, yc - 0.1, 0.0), (-0.008, yc - 0.05, 0.0), (-0.013, yc - 0.005, 0.0)]
    parts.append(band(grip, 0.05, 0.065, (0, 0, 1), 1))
    parts.append(box(0.04, 0.006, 0.012, at(-0.005, yc, 0.025), 1))  # the arrow rest
    ends = []
    for top in (1, -1):
        path = _limb(top, yc)
        parts.append(band(path, [0.044, 0.04, 0.034, 0.028, 0.022, 0.018, 0.016], 0.02,
                          (0, 0, 1), 0))  # fmt: skip
        parts.append(sphere(1.0, at(*path[-1]) @ scl(0.012, 0.012, 0.01), "cork"))  # the nock
        ends.append(path)
    sx = -0.13  # the string: round each curl, then straight between them
    for path in ends:
        curl = [(p[0] - 0.01, p[1], 0.0) for p in path[3:]]
        parts.append(tube(curl, 0.003, None, "snow"))
    parts.append(stick((sx, ends[0][3][1], 0.0), (sx, ends[1][3][1], 0.0), 0.003, "snow"))
    nock = np.array([sx, yc + 0.006, 0.008])
    parts += _arrow(nock, 0.58 + float(rng.uniform(-0.02, 0.02)))
    return [q.moved(rot("y", 24)) for q in parts]


MORE_APPLIANCES_ZZZZZP = {
    1523: _rubber_duck, 1524: _scissors, 1525: _bow_and_arrow,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
