"""More of the device family's appliances, from 1445: a motor scooter, a clock tower, a kettle, a
watering can, a fox, a pair of sneakers.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, mesh_part, rot, scl
from ._kit import (
    ALONG_X,
    band,
    blocks,
    cloth_sheet,
    colour_patch,
    crisp,
    cut,
    flat_solid,
    hoop,
    loft,
    pt,
    road_wheel,
    rope,
    skin_field,
    skin_hits,
    solid,
    studs,
    superellipse,
    window,
)
from ._primitives import HEXAGON, box, cylinder, lathe, sphere, torus, tube
from ._sdf import ellipsoid as blob

__all__ = ["MORE_APPLIANCES_ZZZZZE"]

Rng = np.random.Generator


def _along(a, b) -> np.ndarray:
    """A placement at a whose +y runs toward b (a cylinder from a to b)."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    return at(*a_) @ align(b_ - a_)


def _rail_loft(xs, ys, hs, ws, p: float = 3.0, slot=0, sides: int = 20) -> Part:
    """A rounded bar along x through stations x (centre height y, half height h, half width w):
    a loft of rounded oblong sections of ``sides`` points, squarer as ``p`` grows."""
    shape = superellipse(1.0, 1.0, p, sides)
    n = len(xs)
    c = np.stack([xs, ys, np.zeros(n)], 1)
    u = np.stack([np.zeros(n), np.zeros(n), ws], 1)
    v = np.stack([np.zeros(n), hs, np.zeros(n)], 1)
    return loft(c, u, v, shape, slot)


# 1445 a motor scooter


def _scooter_shield(x0: float) -> tuple[np.ndarray, np.ndarray]:
    """A scooter's leg shield standing at x0: a grid of points (rows up, columns across) of a
    tall curved plate leaning back, wide at the floor, narrowing and rounding at the top, its
    sides curling back toward the rider; and the outline round its edge."""
    t = np.linspace(0.0, 1.0, 9)[:, None]
    s = np.linspace(-1.0, 1.0, 11)[None, :]
    hw = 0.25 - 0.05 * t - 0.12 * np.clip((t - 0.7) / 0.3, 0, 1) ** 2
    x = x0 - 0.1 * t - 0.09 * s**2
    y = np.broadcast_to(0.28 + 0.66 * t, x.shape)
    p = np.stack([x, y, hw * s], -1)
    edge = np.concatenate([p[::-2, 0], p[0, 2:-1:2], p[::2, -1]])
    return p, edge


def _mudguard(x: float, y: float, r: float, w: float, slot) -> Part:
    """A deep rounded mudguard over a wheel turning about z at (x, y): a shell of arched
    section r out from the axle and w wide each side, from behind the top round to the front."""
    a = np.radians(np.linspace(5, 170, 12))
    c = np.stack([x + r * np.cos(a), y + r * np.sin(a), np.zeros(12)], 1)
    out = np.stack([np.cos(a), np.sin(a), np.zeros(12)], 1)
    t = np.linspace(0, np.pi, 9)
    shell = [(np.cos(q), 0.9 * np.sin(q)) for q in t] + [(0.85 * np.cos(q), 0.65 * np.sin(q))
                                                          for q in t[::-1]]  # fmt: skip
    shape = np.array(shell) - (0.0, 0.45)
    return loft(c, np.tile([0.0, 0.0, w], (12, 1)), out * 0.06, shape, slot)


def _motor_scooter(rng: Rng) -> list[Part]:
    """A classic Vespa-style motor scooter side on, nose to +x: small fat-tyred wheels, a
    rounded step-through body with a flat ribbed floorboard, a tall curved leg shield in front
    of it with a centre ridge and a horn grille, bulbous side panels swelling over the engine at
    the back, a long padded seat on top, a round tail light, a deep rounded front mudguard
    over the front wheel on its single fork, and the enclosed handlebar above the shield with
    the round headlight in its nose, grips and levers and two round mirrors on stalks."""
    rr, xr, xf = 0.2, -0.56, 0.66
    shapes = [blob((-0.42, 0.55, 0.0), (0.42, 0.21, 0.14))]  # the rear body
    for s in (-1, 1):  # the bulbous side panels
        shapes.append(blob((-0.47, 0.47, s * 0.1), (0.32, 0.2, 0.15), None, 0.08))
    shapes.append(blob((-0.12, 0.4, 0.0), (0.16, 0.14, 0.12), None, 0.08))  # into the floor
    shapes.append(cut(1, 0.32, False, 0.02, (-1, 0, -1), (0.5, 0.32, 1)))
    parts = [solid(shapes, 0.025, 0, "body")]
    for s in (-1, 1):  # the panels' trim strips
        parts.append(band([(-0.74, 0.44, s * 0.2), (-0.5, 0.36, s * 0.25), (-0.25, 0.37,
                           s * 0.23)], 0.018, 0.01, (0, 1, 0), "steel"))  # fmt: skip
    parts.append(box(0.66, 0.1, 0.34, at(0.17, 0.2, 0), 0))  # the floor
    for k in range(5):  # its rubber runners
        z = -0.12 + 0.06 * k
        parts.append(box(0.5, 0.012, 0.02, at(0.16, 0.3, z), "marking"))
    grid, edge = _scooter_shield(0.56)
    parts.append(cloth_sheet(grid, 0.02, 0))  # the leg shield
    parts.append(tube(edge, 0.012, None, "steel"))  # its beaded edge
    ridge = [(0.575 - 0.1 * t, 0.3 + 0.6 * t, 0.0) for t in (0.0, 0.5, 1.0)]
    parts.append(tube(ridge, [0.03, 0.025, 0.02], None, 0))  # its centre ridge
    parts.append(box(0.02, 0.1, 0.08, at(0.54, 0.72, 0) @ rot("z", 8), "steel"))  # horn grille
    for k in range(4):
        parts.append(box(0.012, 0.008, 0.07, at(0.55, 0.735 + 0.02 * k, 0), "marking"))
    # the wheels, the fork and the mudguard
    for x in (xr, xf):
        parts += road_wheel(at(x, rr, 0) @ rot("x", 90), rr, 0.1, hub="steel")
    parts.append(stick((0.56, 0.55, -0.07), (xf, rr, -0.07), 0.025, 0))
    parts.append(_mudguard(xf, rr, 0.245, 0.1, 0))
    parts.append(tube([(xf + 0.08, rr + 0.25, 0), (0.6, 0.5, 0)], 0.04, None, 0))
    # the steering column and the handlebar with its headlight
    parts.append(stick((0.47, 0.9, 0), (0.43, 1.08, 0), 0.045, 0))
    bar = at(0.43, 1.08, 0)
    parts.append(sphere(1.0, bar @ scl(0.13, 0.075, 0.12), 0))
    parts.append(tube([(0.43, 1.09, -0.24), (0.44, 1.1, 0), (0.43, 1.09, 0.24)],
                      [0.025, 0.05, 0.025], None, 0))  # fmt: skip
    parts.append(cylinder(0.07, 0.075, 0.05, bar @ at(0.09, 0.01, 0) @ ALONG_X, 0))
    parts.append(torus(0.065, 0.01, bar @ at(0.14, 0.01, 0) @ rot("z", 90), "steel"))
    parts.append(cylinder(0.06, 0.06, 0.01, bar @ at(0.135, 0.01, 0) @ ALONG_X, "glow"))
    for s in (-1, 1):
        parts.append(stick((0.43, 1.09, s * 0.23), (0.43, 1.09, s * 0.35), 0.02, "marking"))
        parts.append(stick((0.44, 1.1, s * 0.2), (0.48, 1.08, s * 0.33), 0.007, "steel"))
        top = (0.4, 1.3, s * 0.3)
        parts.append(stick((0.43, 1.1, s * 0.2), top, 0.008, "steel"))  # the mirrors
        m = at(*top) @ rot("y", -s * 10) @ ALONG_X
        parts.append(cylinder(0.055, 0.055, 0.02, m @ at(0, -0.01, 0), "steel"))
        parts.append(cylinder(0.048, 0.048, 0.004, m @ at(0, -0.013, 0), "mirror"))
    # the seat, the tail light, the silencer
    xs = np.array([-0.8, -0.78, -0.7, -0.5, -0.36, -0.3, -0.14, -0.1])
    ys = np.array([0.8, 0.8, 0.81, 0.81, 0.81, 0.79, 0.79, 0.79])
    hs = np.array([0.02, 0.035, 0.045, 0.045, 0.045, 0.035, 0.035, 0.02])
    ws = np.array([0.05, 0.1, 0.13, 0.13, 0.13, 0.12, 0.1, 0.06])
    parts.append(_rail_loft(xs, ys + float(rng.uniform(0, 0.01)), hs, ws, 4.0, 1))
    parts.append(sphere(1.0, at(-0.83, 0.58, 0) @ scl(0.03, 0.04, 0.06), "card-red"))
    parts.append(cylinder(0.05, 0.05, 0.3, at(-0.35, 0.2, 0.13) @ rot("z", 95), "steel"))
    return parts


# 1446 a clock tower


def _clock_face(m: np.ndarray, r: float, hour: float, minute: float) -> list[Part]:
    """A big round clock face facing +z under ``m`` (its centre at 0): a white dial in a
    raised ring, twelve dark hour marks, hour and minute hands and a centre boss."""
    parts = [cylinder(r, r, 0.12, m @ rot("x", 90), "snow")]
    parts.append(hoop(r + 0.06, 0.16, m @ at(0, 0, 0.08) @ rot("x", 90), 1, 32, 6))
    dots, nrm = [], []
    for k in range(12):  # bars at the quarters, round marks between
        a = np.radians(90 - 30 * k)
        if k % 3:
            dots.append(pt(m, (r - 0.3) * np.cos(a), (r - 0.3) * np.sin(a), 0.12))
            nrm.append(m[:3, 2])
            continue
        c = r - 0.395
        mk = m @ at(c * np.cos(a), c * np.sin(a), 0.12) @ rot("z", np.degrees(a) - 90)
        parts.append(box(0.22, 0.55, 0.04, mk @ at(0, -0.275, 0), "marking"))
    parts.append(studs(dots, nrm, 0.12, 0.05, "marking", 8))
    for turn, length, w in ((hour * 30 + minute / 2, r * 0.55, 0.2), (minute * 6, r * 0.85, 0.13)):
        mh = m @ at(0, 0, 0.18) @ rot("z", -turn)
        parts.append(box(w, length, 0.04, mh @ at(0, -0.25, 0), "marking"))
    parts.append(cylinder(0.18, 0.18, 0.1, m @ at(0, 0, 0.16) @ rot("x", 90), "marking"))
    return parts


def _arched_wall(w: float, h: float, ow: float, oh: float, n: int) -> Callable:
    """The contours of a wall w wide and h high (its foot centred on 0) pierced by n tall
    round-headed openings ow wide and oh high (feet 0.4 up): for ``flat_solid``."""

    def contours(k: int) -> list[np.ndarray]:
        out = [np.array([(-w / 2, 0.0), (w / 2, 0.0), (w / 2, h), (-w / 2, h)])]
        for i in range(n):
            cx = -w / 2 + w * (i + 0.5) / n
            top = [(cx + ow / 2 * np.cos(a), 0.4 + oh - ow / 2 + ow / 2 * np.sin(a))
                   for a in np.linspace(0, np.pi, max(4, k // 2))]  # fmt: skip
            hole = [(cx + ow / 2, 0.4), *top, (cx - ow / 2, 0.4)]
            out.append(np.array(hole[::-1]))
        return out

    return contours


def _spire(w: float, h: float, courses: int, m: np.ndarray, slot) -> list[Part]:
    """A square pyramid roof w wide at its foot and h high under ``m``, laid in ``courses``
    courses of slates, each course's foot standing a little proud of the one above (a
    four-sided lathe with a stepped profile), its last quarter a plain flat-faced point."""
    half = w / 2 * np.sqrt(2.0)
    lip, top = 0.025 * w, 0.75 * h

    def r(y: float) -> float:
        return half * (1 - y / h)

    pts = [(0.0, 0.0)]
    for i in range(courses):
        y0, y1 = top * i / courses, top * (i + 1) / courses
        pts += [(r(y0) + lip, y0), (r(y1), y1)]
    pts.append((0.0, top))
    c = r(top) / np.sqrt(2.0)
    v = [(-c, top, -c), (c, top, -c), (c, top, c), (-c, top, c), (0, h, 0)]
    f = [(0, 1, 2), (0, 2, 3), (0, 4, 1), (1, 4, 2), (2, 4, 3), (3, 4, 0)]
    point = mesh_part(v, f, slot, facets=True).moved(m)
    return [lathe(crisp(pts, 0.02), m @ rot("y", 45), slot, sides=4), point]


def _clock_tower(rng: Rng) -> list[Part]:
    """A tall square stone clock tower: a plinth, a plain shaft with corner quoins, string
    courses, a round-headed door and a few narrow windows, near its top a broader clock stage
    with a big round white clock face on each side (hour marks, two hands), a cornice, an open
    belfry of round-headed arches with a bell hanging inside, and a tall pointed pyramid roof
    laid in courses with a ball and spike finial."""
    w, hs = 6.0, 27.0
    parts = [box(w + 1.2, 1.2, w + 1.2, None, 0, "body")]  # the plinth
    parts.append(box(w, hs, w, None, 0))  # the shaft
    for q, k0 in ((0.9, 0), (0.62, 1)):  # the corner quoins, big and small by turns
        feet = [(sx * (w / 2 - q / 2 + 0.08), 1.2 + k * 1.6, sz * (w / 2 - q / 2 + 0.08))
                for sx in (-1, 1) for sz in (-1, 1) for k in range(k0, 16, 2)]  # fmt: skip
        parts.append(blocks(feet, (q, 1.5, q), None, 0))
    for y in (9.0, 18.0):  # string courses
        parts.append(box(w + 0.4, 0.45, w + 0.4, at(0, y, 0), 0))
    for turn in (0, 90, 180, 270):
        face = rot("y", turn) @ at(0, 0, w / 2 + 0.02)
        for y in (4.0, 12.0, 20.5)[1 if turn == 0 else 0 :]:
            parts += window(face @ at(0, y, 0), 0.9, 2.6, 0)
    door = at(0, 1.2, w / 2)  # the door
    parts.append(box(1.8, 2.6, 0.1, door, "marking"))
    parts.append(cylinder(0.9, 0.9, 0.1, door @ at(0, 2.6, 0) @ rot("x", 90), "marking"))
    parts.append(box(2.5, 0.35, 0.3, door @ at(0, 3.8, 0), 0))
    # the clock stage
    y0, hc, wc = hs, 7.6, w + 0.8
    parts.append(box(wc + 0.3, 0.5, wc + 0.3, at(0, y0, 0), 0))
    parts.append(box(wc, hc, wc, at(0, y0, 0), 0))
    parts.append(box(wc + 0.5, 0.6, wc + 0.5, at(0, y0 + hc, 0), 0))  # the cornice
    hour = int(rng.integers(1, 13))
    minute = float((hour * 5 + rng.choice([20, 25, 30, 35, 40])) % 60)
    for turn in (0, 90, 180, 270):
        face = rot("y", turn) @ at(0, y0 + hc / 2 + 0.2, wc / 2)
        parts += _clock_face(face, 2.7, hour, minute)
    # the open belfry
    yb, hb = y0 + hc + 0.6, 5.6
    for turn in (0, 90, 180, 270):
        m = rot("y", turn) @ at(0, yb, w / 2 - 0.6)
        parts.append(flat_solid(_arched_wall(w, hb, 2.0, 4.5, 2), 0.6, m, 0))
    parts.append(box(w - 1.2, 0.3, w - 1.2, at(0, yb, 0), 0))  # the belfry floor
    bell = [(0.0, 0.0), (1.1, 0.0), (1.05, 0.2), (0.8, 0.6), (0.65, 1.3), (0.55, 1.7),
            (0.3, 1.9), (0.0, 1.92)]  # fmt: skip
    parts.append(lathe(bell, at(0, yb + 2.2, 0), 1))
    parts.append(box(w - 1.2, 0.4, 0.4, at(0, yb + 4.1, 0), 0))  # its beam
    parts.append(box(w + 0.6, 0.7, w + 0.6, at(0, yb + hb, 0), 0))  # the top cornice
    # the pyramid roof and its finial
    yr, hr = yb + hb + 0.7, 10.0
    parts += _spire(w + 0.4, hr, 7, at(0, yr, 0), 1)
    parts.append(cylinder(0.12, 0.1, 2.4, at(0, yr + hr - 0.4, 0), 1))
    parts.append(sphere(0.4, at(0, yr + hr + 0.6, 0), 1))
    parts.append(cylinder(0.1, 0.0, 1.4, at(0, yr + hr + 1.0, 0), 1))
    return parts


# 1447 a kettle


def _kettle(rng: Rng) -> list[Part]:
    """A stovetop whistling kettle: a wide flat-bottomed body swelling out to a broad base and
    curving in to a round opening, a bead round its foot, a domed lid with a rim and a
    round knob, a curved swan-neck spout rising from low on the front with a hinged whistle cap
    on its tip, and a big arched handle standing right over the top from front to back, its
    thick grip on two metal posts."""
    body = [(0.0, 0.0), (0.4, 0.0), (0.435, 0.015), (0.45, 0.05), (0.44, 0.1), (0.4, 0.2),
            (0.32, 0.31), (0.23, 0.39), (0.19, 0.425), (0.18, 0.44), (0.0, 0.44)]  # fmt: skip
    parts = [lathe(body, None, 0, "body")]
    parts.append(torus(0.44, 0.012, at(0, 0.06, 0), 0))  # a bead round the foot
    lid = [(0.0, 0.0), (0.2, 0.0), (0.2, 0.02), (0.17, 0.06), (0.1, 0.09), (0.0, 0.1)]
    parts.append(lathe(lid, at(0, 0.43, 0), 0))
    parts.append(torus(0.195, 0.012, at(0, 0.445, 0), 0))  # the lid's rim
    knob = [(0.0, 0.0), (0.025, 0.0), (0.02, 0.03), (0.05, 0.05), (0.055, 0.075), (0.0, 0.09)]
    parts.append(lathe(knob, at(0, 0.52, 0), 1))
    lean = float(rng.uniform(-0.01, 0.01))
    spout = [(0.33, 0.12, 0.0), (0.48, 0.17, 0.0), (0.56, 0.28, 0.0), (0.6, 0.42 + lean, 0.0),
             (0.66, 0.52 + lean, 0.0), (0.74, 0.57 + lean, 0.0)]  # fmt: skip
    parts.append(tube(spout, [0.09, 0.065, 0.048, 0.038, 0.032, 0.03], None, 0))
    tip = np.array(spout[-1])
    d = tip - np.array(spout[-2])
    d /= np.linalg.norm(d)
    up = np.array([-d[1], d[0], 0.0])
    cap = _along(tip - d * 0.02, tip + d)
    parts.append(cylinder(0.042, 0.04, 0.07, cap, 0))  # the whistle cap
    parts.append(cylinder(0.04, 0.0, 0.015, cap @ at(0, 0.07, 0), 0))
    parts.append(sphere(0.012, cap @ at(0, 0.082, 0), "marking"))
    lever = [tip + up * 0.04, tip + up * 0.06 - d * 0.06, tip + up * 0.075 - d * 0.13]
    parts.append(tube(lever, [0.012, 0.012, 0.016], None, 1))  # its lever
    for x in (-0.24, 0.22):  # the handle's posts
        parts.append(stick((x, 0.36, 0), (x * 1.15, 0.62, 0), 0.022, 0))
    arch = [(-0.28, 0.6, 0.0), (-0.27, 0.75, 0.0), (-0.15, 0.86, 0.0), (0.0, 0.88, 0.0),
            (0.14, 0.86, 0.0), (0.25, 0.75, 0.0), (0.255, 0.6, 0.0)]  # fmt: skip
    parts.append(tube(arch, [0.035, 0.04, 0.042, 0.042, 0.042, 0.04, 0.035], None, 1))
    return parts


# 1448 a watering can


def _watering_can(rng: Rng) -> list[Part]:
    """A garden watering can: an upright oval drum with rolled beads round its foot and top, a
    flat top with a round filling opening ringed by a collar, a long straight spout rising at a
    slant from low on the front with a stay back to the body and a round rose on its tip, its
    face pierced with rings of holes, and a big loop handle arching over the top from the front
    of the opening down to the back of the drum."""
    sq = scl(1.0, 1.0, 0.62)
    drum = [(0.0, 0.0), (0.26, 0.0), (0.27, 0.02), (0.27, 0.41), (0.26, 0.42), (0.0, 0.42)]
    parts = [lathe(drum, sq, 0, "body")]
    for y in (0.025, 0.41):
        parts.append(torus(0.272, 0.012, sq @ at(0, y, 0), 0))  # the beads
    parts.append(torus(0.275, 0.008, sq @ at(0, 0.21, 0), 0))
    mouth = at(-0.02, 0.42, 0)  # the filling opening
    parts.append(torus(0.085, 0.014, mouth @ at(0, 0.03, 0), 0))
    parts.append(cylinder(0.085, 0.085, 0.03, mouth, 0))
    parts.append(cylinder(0.072, 0.072, 0.036, mouth, "marking"))
    # the spout, its stay and its rose
    a, b = np.array([0.22, 0.07, 0.0]), np.array([0.72, 0.55, 0.0])
    d = (b - a) / np.linalg.norm(b - a)
    parts.append(cylinder(0.045, 0.025, float(np.linalg.norm(b - a)), _along(a, b), 0))
    parts.append(stick((0.45, 0.29, 0.0), (0.25, 0.36, 0.0), 0.012, 0))
    rose = _along(b - d * 0.01, b + d)
    parts.append(cylinder(0.026, 0.08, 0.07, rose, 0))
    parts.append(cylinder(0.084, 0.084, 0.012, rose @ at(0, 0.07, 0), 1))
    holes, nrm = [], []
    for ring, count in ((0.0, 1), (0.025, 6), (0.05, 12), (0.07, 16)):
        for k in range(count):
            t = 2 * np.pi * (k + 0.5 * (ring > 0.04)) / count
            p = rose @ np.array([ring * np.cos(t), 0.082, ring * np.sin(t), 1.0])
            holes.append(p[:3])
            nrm.append(d)
    parts.append(studs(holes, nrm, 0.006, 0.006, "marking", 6))
    # the loop handle over the top, down to the back
    handle = [
        (0.16, 0.41, 0.0),
        (0.14, 0.55, 0.0),
        (0.02, 0.66, 0.0),
        (-0.16, 0.66, 0.0),
        (-0.3, 0.56, 0.0),
        (-0.34, 0.38, 0.0),
        (-0.29, 0.2, 0.0),
        (-0.26, 0.14, 0.0),
    ]
    parts.append(tube(handle, 0.022, None, 0))
    tilt = float(rng.uniform(-3, 3))
    return [p.moved(rot("y", tilt)) for p in parts]


# 1449 a fox


def _fox_shapes() -> list:
    """The distance-field shapes of a fox's body, head to +x: a slim deep-chested trunk, the
    neck, a wedge head with wide cheeks, a long narrow pointed muzzle, the upper legs."""
    sh = [blob((0.0, 0.43, 0.0), (0.26, 0.1, 0.085))]  # the trunk
    sh.append(blob((0.15, 0.43, 0.0), (0.13, 0.12, 0.09), None, 0.06))  # the chest
    sh.append(blob((-0.17, 0.44, 0.0), (0.12, 0.11, 0.085), None, 0.06))  # the haunch
    sh += rope([(0.2, 0.47, 0.0), (0.3, 0.56, 0.0), (0.34, 0.6, 0.0)], [0.075, 0.06, 0.055],
               0.05, 0.03)  # the neck # fmt: skip
    sh.append(blob((0.37, 0.63, 0.0), (0.075, 0.065, 0.07), None, 0.04))  # the head
    sh.append(blob((0.39, 0.6, 0.0), (0.06, 0.045, 0.075), None, 0.03))  # the cheeks
    sh.append(rope([(0.42, 0.615, 0.0), (0.53, 0.585, 0.0)], [0.04, 0.014], 0.03)[0])  # muzzle
    for s in (-1, 1):  # the upper legs
        sh += rope([(0.17, 0.43, s * 0.05), (0.18, 0.26, s * 0.045), (0.19, 0.16, s * 0.045)],
                   [0.055, 0.032, 0.024], 0.05, 0.02)  # fmt: skip
        sh += rope([(-0.18, 0.44, s * 0.05), (-0.14, 0.3, s * 0.05), (-0.22, 0.18, s * 0.045)],
                   [0.07, 0.04, 0.024], 0.05, 0.02)  # fmt: skip
    return sh


def _fox(rng: Rng) -> list[Part]:
    """A red fox standing side on, head to +x: a slim body on long slender legs ending in dark
    socks and paws, a narrow wedge head with a long pointed muzzle and a black nose, big
    upright triangular ears with dark backs and tips and pale insides, dark eyes, a white chin,
    throat and chest, and a very big bushy tail sweeping down and out behind with a white tip."""
    sh = _fox_shapes()
    parts = [solid(sh, 0.017, 0, "body")]
    parts.append(colour_patch(sh, (0.33, 0.47, 0.0), (0.075, 0.15, 0.11), "snow", -35, 0.006))
    parts.append(colour_patch(sh, (0.45, 0.56, 0.0), (0.1, 0.032, 0.09), "snow", -14, 0.005))
    for s in (-1, 1):  # the socks and paws
        for a, b in (((0.19, 0.2, s * 0.045), (0.2, 0.03, s * 0.045)),
                     ((-0.22, 0.22, s * 0.045), (-0.2, 0.03, s * 0.045))):  # fmt: skip
            parts.append(tube([a, b], [0.026, 0.02], None, "marking"))
            parts.append(sphere(1.0, at(b[0] + 0.02, 0.018, b[2]) @ scl(0.035, 0.02, 0.025),
                                "marking"))  # fmt: skip
    for s in (-1, 1):  # the ears: orange fronts, dark backs and tips, white insides
        m = at(0.35, 0.665, s * 0.045) @ rot("x", -s * 16) @ rot("z", 8)
        flat = m @ scl(0.4, 1.0, 1.0)
        parts.append(cylinder(0.052, 0.004, 0.125, flat, 0))
        parts.append(cylinder(0.05, 0.003, 0.12, m @ at(-0.005, 0, 0) @ scl(0.4, 1, 1),
                              "marking"))  # fmt: skip
        parts.append(cylinder(0.03, 0.0, 0.05, flat @ at(0.004, 0.078, 0), "marking"))
        parts.append(cylinder(0.032, 0.002, 0.085, m @ at(0.012, 0.01, 0) @ scl(0.25, 1, 1),
                              "snow"))  # fmt: skip
        parts.append(sphere(0.011, at(0.425, 0.64, s * 0.045), "pupil"))  # the eyes
    parts.append(sphere(1.0, at(0.535, 0.588, 0.0) @ scl(0.018, 0.015, 0.016), "marking"))
    sway = float(rng.uniform(-0.03, 0.03))
    tail = [(-0.26, 0.47, 0.0), (-0.4, 0.41, 0.0), (-0.54, 0.31, 0.03 + sway),
            (-0.66, 0.22, 0.06 + sway), (-0.75, 0.18, 0.08 + sway)]  # fmt: skip
    tsh = rope(tail, [0.035, 0.085, 0.105, 0.09, 0.045], 0.0, 0.06)
    parts.append(solid(tsh, 0.022, 0))
    tip = np.array(tail[-1])
    d = tip - np.array(tail[-2])
    parts.append(sphere(1.0, _along(tip - d * 0.6, tip) @ scl(0.075, 0.12, 0.075), "snow"))
    return [p.moved(rot("y", -12)) for p in parts]


# 1450 a pair of sneakers


def _upper_shapes() -> list:
    """The shapes of a trainer's upper on its sole, toe to +x: a rounded heel, the instep
    sloping down to a low rounded toe box, the collar's opening carved deep into it, its foot
    cut flat where it sits in the sole."""
    sh = [blob((-0.27, 0.18, 0.0), (0.17, 0.13, 0.12))]  # the heel
    sh.append(blob((-0.02, 0.15, 0.0), (0.24, 0.11, 0.13), None, 0.06))  # the instep
    sh.append(blob((0.24, 0.11, 0.0), (0.2, 0.07, 0.135), None, 0.06))  # the toe box
    sh.append(blob((-0.25, 0.33, 0.0), (0.13, 0.15, 0.088), rot("z", -8), -0.025))  # opening
    sh.append(cut(1, 0.09, False, 0.005, (-1, -1, -1), (1, 0.09, 1)))
    return sh


def _sneaker(m: np.ndarray, slot) -> list[Part]:
    """One trainer under m, toe to +x, about 0.9 long: a thick white rubber sole with a dark
    tread under it and a toe rising off the ground, the upper with a toe cap and a heel counter,
    a swoosh-like stripe down each side in ``slot``, laces criss-crossing through two rows of
    eyelets, a tongue standing up out of the throat, a padded collar and a pull tab."""
    xs = np.array([-0.47, -0.46, -0.42, -0.3, -0.1, 0.1, 0.28, 0.38, 0.43, 0.45])
    hw = np.array([0.05, 0.09, 0.12, 0.13, 0.115, 0.15, 0.15, 0.13, 0.08, 0.04])
    yb = np.array([0.03, 0.01, 0.0, 0.0, 0.0, 0.0, 0.005, 0.02, 0.04, 0.055])
    yt = np.array([0.13, 0.14, 0.14, 0.135, 0.12, 0.1, 0.095, 0.1, 0.1, 0.095])
    parts = [_rail_loft(xs, (yb + yt) / 2, (yt - yb) / 2, hw, 4.0, "sheet")]
    parts.append(_rail_loft(xs * 1.008, yb + 0.01, np.full(10, 0.012), hw + 0.005, 4.0,
                            "cloth-dark", 12))  # the tread # fmt: skip
    sh = _upper_shapes()
    parts.append(solid(sh, 0.026, 0))
    field = skin_field(sh)
    # the toe cap, a patch of the skin, and the heel counter round the back
    parts.append(colour_patch(sh, (0.36, 0.08, 0.0), (0.14, 0.09, 0.2), slot, 0.0, 0.006, 0.035))
    a = np.radians(np.linspace(-100, 100, 11))
    d = np.stack([-np.cos(a), np.zeros(11), np.sin(a)], 1)
    p, n = skin_hits(field, np.tile([-0.24, 0.16, 0.0], (11, 1)), d, 0.4)
    wide = 0.03 + 0.08 * np.cos(a / 2) ** 4
    parts.append(band(p + n * 0.006, wide, 0.012, (0, 1, 0), slot))  # the heel counter
    parts.append(cylinder(1.0, 1.0, 0.01, at(-0.25, 0.16, 0) @ scl(0.12, 1.0, 0.075),
                          "cloth-dark"))  # the insole # fmt: skip
    # the stripe on each side
    sx = np.array([-0.32, -0.2, -0.06, 0.07, 0.15])
    syy = np.array([0.24, 0.17, 0.13, 0.16, 0.22])
    for s in (-1, 1):
        o = np.stack([sx, syy, np.zeros(5)], 1)
        p, n = skin_hits(field, o, np.tile([0.0, 0.0, s], (5, 1)), 0.3)
        parts.append(band(p + n * 0.006, [0.02, 0.055, 0.06, 0.04, 0.012], 0.01, (0, 1, 0),
                          slot))  # fmt: skip
    # the eyelets and laces over the instep
    k = np.arange(5)
    ox = 0.1 - 0.065 * k
    rays_o = np.concatenate([np.stack([ox, np.full(5, 0.15), s * np.full(5, 0.02)], 1)
                             for s in (-1, 1)])  # fmt: skip
    rays_d = np.concatenate([np.stack([np.zeros(5), np.ones(5), s * (0.45 + 0.05 * k)], 1)
                             for s in (-1, 1)])  # fmt: skip
    hit, nrm = skin_hits(field, rays_o, rays_d, 0.3)
    hit = hit + nrm * 0.006
    parts.append(studs(hit, nrm, 0.012, 0.012, "steel", 6))
    left, right = hit[:5], hit[5:]
    up = np.array([0.0, 0.022, 0.0])
    for row in (left, right):  # two laces zigzagging across from eyelet to eyelet
        other = right if row is left else left
        zig = [row[i] if i % 2 == 0 else other[i] for i in range(5)]
        pts = [zig[0]]
        for a, b in pairwise(zig):
            pts += [(a + b) / 2 + up, b]
        parts.append(tube(pts, 0.01, None, "snow", shape=HEXAGON))
    parts.append(tube([left[0], (left[0] + right[0]) / 2 + up, right[0]], 0.01, None, "snow",
                      shape=HEXAGON))  # fmt: skip
    tongue = [(0.0, 0.25, 0.0), (-0.1, 0.3, 0.0), (-0.14, 0.36, 0.0), (-0.15, 0.38, 0.0)]
    parts.append(band(tongue, 0.11, 0.025, (0, 0, 1), 0))
    collar = at(-0.25, 0.285, 0) @ rot("z", -8) @ scl(0.135, 1.0, 0.095)
    parts.append(hoop(1.0, 0.03, collar, 0, 20, 6))  # the padded collar
    parts.append(band([(-0.42, 0.26, 0), (-0.43, 0.32, 0), (-0.415, 0.36, 0)], 0.035, 0.012,
                      (0, 0, 1), slot))  # the pull tab # fmt: skip
    return [p.moved(m) for p in parts]


def _sneakers(rng: Rng) -> list[Part]:
    """A pair of trainers side by side, one turned a little out: each with a thick white rubber
    sole, an upper with a toe cap and a heel counter, a swoosh-like stripe down its side, laces
    through eyelets, a tongue, a padded collar and a pull tab."""
    turn = float(rng.uniform(14, 22))
    parts = _sneaker(at(0.0, 0, 0.2), 1)
    parts += _sneaker(at(-0.08, 0, -0.18) @ rot("y", turn), 1)
    parts[0] = replace(parts[0], tag="body")
    return parts


MORE_APPLIANCES_ZZZZZE = {
    1445: _motor_scooter, 1446: _clock_tower, 1447: _kettle, 1448: _watering_can, 1449: _fox,
    1450: _sneakers,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
