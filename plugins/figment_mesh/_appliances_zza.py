"""More of the device family's appliances, from 830: a weight bench, bleachers, a pool ladder, a
diving board, swim goggles, a swim ring, a pool noodle, a stadium floodlight.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._geometry import Part, align, at, rot, scl
from ._primitives import HEXAGON, box, cylinder, lathe, slab, sphere, strip, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZA"]

Rng = np.random.Generator

_SQUARE = np.array([(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0)]) * 0.7071
"""A square cross-section for ``tube``: box-section steel tubing."""


def _bar(a, b, r: float, slot=1, shape=HEXAGON) -> Part:
    """A straight strut of radius r from a to b, in few triangles."""
    return tube([a, b], r, None, slot, shape=shape)


def _rrect(w: float, h: float, r: float, n: int = 4):
    """A rounded rectangle w × h centred on 0 with corners of radius r, kept as given."""
    pts = []
    corners = ((w / 2 - r, h / 2 - r), (r - w / 2, h / 2 - r), (r - w / 2, r - h / 2),
               (w / 2 - r, r - h / 2))  # fmt: skip
    for k, (cx, cy) in enumerate(corners):
        for a in np.radians(np.linspace(90 * k, 90 * k + 90, n)):
            pts.append((cx + r * np.cos(a), cy + r * np.sin(a)))
    return sharp(pts)


def _along_x(x0: float, x1: float, r: float, m: np.ndarray, slot) -> Part:
    """A round rod or disc along x from x0 to x1 under m."""
    return cylinder(r, r, x1 - x0, m @ at(x0, 0, 0) @ rot("z", -90), slot)


def _weight_bench(rng: Rng) -> list[Part]:
    """A gym's flat weight bench: a long black padded top on a box-steel frame with a T-foot at
    each end, and at its head two tall uprights with J-hooks holding a barbell with a big plate
    and a small one at each end."""
    top, length = 0.44, 1.1
    z0, z1 = -0.45, 0.65  # the head and the foot of the pad
    zm = (z0 + z1) / 2
    parts = [slab(_rrect(0.3, 0.08, 0.03), length, at(0, top + 0.04, zm), 0, "body")]  # the pad
    parts.append(box(0.27, 0.02, length - 0.02, at(0, top - 0.015, zm), "marking"))  # its board
    parts.append(box(0.07, 0.07, length - 0.15, at(0, top - 0.085, zm), 1))  # the spine beam
    for z in (z0 + 0.1, z1 - 0.1):  # the legs and T-feet
        parts.append(box(0.07, top - 0.1, 0.07, at(0, 0.04, z), 1))
        parts.append(box(0.5, 0.05, 0.08, at(0, 0, z), 1))
        for s in (-1, 1):
            parts.append(box(0.04, 0.052, 0.09, at(s * 0.25, 0, z), "marking"))
    zu = z0 - 0.1  # the uprights' own base behind the head
    parts.append(box(1.0, 0.05, 0.08, at(0, 0, zu), 1))
    for s in (-1, 1):
        x = s * 0.44
        parts.append(box(0.08, 0.05, 0.42, at(x, 0, zu + 0.05), 1))  # a foot
        parts.append(box(0.065, 1.12, 0.065, at(x, 0.04, zu), 1))  # the upright
        parts.append(_bar((x, 0.05, zu + 0.24), (x, 0.5, zu + 0.02), 0.016, 1, _SQUARE))  # brace
        for y in (0.9, 1.02):  # the J-hook and a lower one
            parts.append(box(0.05, 0.025, 0.1, at(x, y, zu + 0.07), "steel"))
            parts.append(box(0.05, 0.07, 0.02, at(x, y, zu + 0.115), "steel"))
    parts.append(box(0.88, 0.05, 0.05, at(0, 0.55, zu), 1))  # the cross bar between them
    yb, zb = 1.02 + 0.04, zu + 0.065
    bar = at(0, yb, zb)
    parts.append(_along_x(-0.6, 0.6, 0.014, bar, "steel"))  # the bar
    for s in (-1, 1):
        parts.append(_along_x(0.58 if s > 0 else -0.92, 0.92 if s > 0 else -0.58, 0.026, bar,
                              "steel"))  # the sleeve # fmt: skip
        parts.append(_along_x(-0.025, 0.025, 0.045, bar @ at(s * 0.58, 0, 0), "steel"))  # collar
        big = 0.2 + float(rng.uniform(-0.01, 0.01))
        for x, r, t in ((0.64, big, 0.05), (0.7, big * 0.72, 0.035)):  # the plates
            parts.append(_along_x(-t / 2, t / 2, r, bar @ at(s * x, 0, 0), "marking"))
            parts.append(torus(r - 0.012, 0.014, bar @ at(s * x, 0, 0) @ rot("z", 90), "marking"))
        parts.append(_along_x(-0.012, 0.012, 0.04, bar @ at(s * 0.745, 0, 0), "steel"))  # clip
    return parts


def _bleachers(rng: Rng) -> list[Part]:
    """Stadium bleachers: five long tiers rising like steps to the back, each a pair of low foot
    planks and a raised seat plank, on an open box-steel frame of stringers, uprights and
    diagonal braces, with sloping handrails at both ends and a guard rail along the top."""
    rows, w, rise, run, sit = 5, 3.2, 0.17, 0.48, 0.36
    zf = 1.2  # the front edge
    parts: list[Part] = []
    stations = np.linspace(-w / 2 + 0.12, w / 2 - 0.12, 5)
    for i in range(rows):
        z = zf - run * i
        foot = 0.06 + rise * i
        zs = z - run + 0.07  # the seat plank, at the back of its tier
        for dz in (-0.06, -0.17):  # the foot planks
            parts.append(box(w, 0.03, 0.1, at(0, foot, z + dz), 0, "" if parts else "body"))
        parts.append(box(w, 0.035, 0.13, at(0, foot + sit, zs), 0))
        for x in stations:
            parts.append(_bar((x, 0, z - 0.12), (x, foot, z - 0.12), 0.014, 1, _SQUARE))
            parts.append(_bar((x, 0, zs), (x, foot + sit, zs), 0.014, 1, _SQUARE))
            parts.append(box(0.03, 0.03, run, at(x, foot - 0.03, z - run / 2), 1))  # the joist
    back = zf - run * rows
    top = 0.06 + rise * (rows - 1) + sit
    for x in stations:  # the stringers and ground rails along each station
        parts.append(_bar((x, 0.02, zf - 0.05), (x, top - 0.05, back + 0.07), 0.018, 1, _SQUARE))
        parts.append(_bar((x, 0.015, zf - 0.05), (x, 0.015, back + 0.07), 0.015, 1, _SQUARE))
    for a, b in pairwise(stations):  # X braces at the back
        y0, y1 = 0.05, top - 0.1
        parts.append(_bar((a, y0, back + 0.07), (b, y1, back + 0.07), 0.01, 1))
        parts.append(_bar((b, y0, back + 0.07), (a, y1, back + 0.07), 0.01, 1))
    for s in (-1, 1):  # the end rails, sloping up with the tiers
        x = s * (w / 2 + 0.04)
        pts = []
        for i in range(rows):
            z = zf - run * i - 0.1
            y = 0.06 + rise * i
            parts.append(_bar((x, y - 0.06 if i == 0 else y - 0.02, z), (x, y + 0.8, z), 0.012))
            pts.append((x, y + 0.8, z))
        pts.append((x, top + 0.7, back + 0.05))
        parts.append(tube(pts, 0.016, None, 1))
        parts.append(tube([(p[0], p[1] - 0.4, p[2]) for p in pts], 0.01, None, 1))  # mid rail
    a, b = (-w / 2 - 0.04, top + 0.7, back + 0.05), (w / 2 + 0.04, top + 0.7, back + 0.05)
    parts.append(_bar(a, b, 0.016))  # the guard rail along the top
    parts.append(_bar((a[0], a[1] - 0.35, a[2]), (b[0], b[1] - 0.35, b[2]), 0.01))
    for x in np.linspace(-w / 2, w / 2, 7)[1:-1]:
        parts.append(_bar((x, top, back + 0.05), (x, top + 0.7, back + 0.05), 0.012))
    return parts


def _pool_ladder(rng: Rng) -> list[Part]:
    """A swimming-pool ladder hung on the pool's edge: two stainless tube handrails anchored in
    a slice of tiled deck, arching high over the coping and dropping down the pool wall, three
    flat ribbed treads between them below the arch, bumpers against the wall at the feet."""
    hd, half = 1.0, 0.26  # the deck's height, half the ladder's width
    parts = [box(1.1, 0.08, 0.6, at(0, hd - 0.08, -0.3), 1, "body")]  # the deck
    parts.append(_along_x(-0.55, 0.55, 0.045, at(0, hd - 0.045, 0.0), 1))  # the coping's nose
    parts.append(box(1.1, hd - 0.06, 0.07, at(0, 0, -0.035), 1))  # the pool wall
    parts.append(box(1.1, hd - 0.14, 0.004, at(0, 0, 0.0), "plume"))  # its blue tiles
    for y in np.arange(0.12, hd - 0.14, 0.12):  # the tiles' joints
        parts.append(box(1.1, 0.006, 0.006, at(0, y, 0.0), "snow"))
    for x in np.arange(-0.48, 0.5, 0.12):
        parts.append(box(0.006, hd - 0.14, 0.006, at(x, 0, 0.0), "snow"))
    for s in (-1, 1):
        x = s * half
        rail = [(x, hd - 0.05, -0.38), (x, hd + 0.4, -0.36), (x, hd + 0.66, -0.24),
                (x, hd + 0.68, -0.02), (x, hd + 0.45, 0.14), (x, hd - 0.05, 0.2),
                (x, 0.45, 0.2), (x, 0.18, 0.16), (x, 0.1, 0.06)]  # fmt: skip
        parts.append(tube(rail, 0.024, None, 0))
        parts.append(cylinder(0.05, 0.045, 0.015, at(x, hd, -0.38), "steel"))  # the escutcheon
        parts.append(cylinder(0.03, 0.03, 0.06, at(x, 0.1, 0.0) @ rot("x", 90), "marking"))
    for k in range(3):  # the treads
        y = hd - 0.3 - 0.26 * k
        parts.append(box(2 * half, 0.025, 0.11, at(0, y, 0.19), 0))
        for dz in (-0.03, 0.0, 0.03):  # their ribs
            parts.append(box(2 * half - 0.04, 0.006, 0.012, at(0, y + 0.025, 0.19 + dz), "steel"))
    turn = rot("y", -15)  # turned a little so the rails' arch shows in profile
    return [p.moved(turn) for p in parts]


def _diving_board(rng: Rng) -> list[Part]:
    """A springboard: a long narrow board with a rounded front end and a gritty ribbed non-slip top,
    reaching far out over nothing from a short concrete pedestal with a steel frame, its back
    end hinged, a fulcrum roller with a hand wheel under its middle, and a short ladder of three
    treads with handrails up to its back end."""
    L, w, yb = 2.0, 0.24, 0.46  # the board's length, width and underside height
    zb = -0.8  # its back end
    outline = [(-w / 2, 0.0), (w / 2, 0.0)]
    for a in np.radians(np.linspace(0, 180, 9)):
        outline.append((w / 2 * np.cos(a), L - w / 2 + w / 2 * 0.6 * np.sin(a)))
    board = at(0, yb + 0.02, zb) @ rot("x", 90)
    parts = [slab(sharp(outline), 0.04, board, 0, "body")]
    grit = [(x * 0.86, y * 0.97 + 0.03) for x, y in outline]
    parts.append(slab(sharp(grit), 0.006, at(0, yb + 0.042, zb) @ rot("x", 90), "stones"))
    for k in range(22):  # the non-slip top's ribs
        z = zb + 0.1 + k * (L - 0.3) / 22
        parts.append(strip((-w / 2 + 0.03, yb + 0.045, z), (w / 2 - 0.03, yb + 0.045, z), (0, 1, 0),
                           0.01, 0.006, "stones"))  # fmt: skip
    parts.append(box(0.5, 0.3, 0.95, at(0, 0, zb + 0.4), 1))  # the concrete pedestal
    parts.append(box(0.56, 0.04, 1.01, at(0, 0, zb + 0.4), 1))  # its footing
    for s in (-1, 1):  # the steel side frames
        x = s * 0.16
        parts.append(box(0.03, 0.08, 1.05, at(x, 0.3, zb + 0.5), "steel"))
        parts.append(box(0.03, yb - 0.3, 0.06, at(x, 0.3, zb + 0.05), "steel"))  # the hinge post
    parts.append(_along_x(-0.17, 0.17, 0.025, at(0, yb - 0.02, zb + 0.05), "steel"))  # the hinge
    zf = zb + 0.78 + float(rng.uniform(-0.04, 0.04))  # the fulcrum
    parts.append(_along_x(-0.2, 0.2, 0.04, at(0, 0.38 + 0.04, zf), "cloth-yellow"))
    wheel = at(0.26, 0.42, zf) @ rot("z", 90)
    parts.append(torus(0.09, 0.012, wheel, "steel"))  # the hand wheel
    for k in range(4):
        a = np.radians(45 + 90 * k)
        p = (0.26, 0.42 + 0.09 * np.sin(a), zf + 0.09 * np.cos(a))
        parts.append(_bar((0.26, 0.42, zf), p, 0.007, "steel"))
    parts.append(_along_x(0.17, 0.26, 0.012, at(0, 0.42, zf), "steel"))
    # the ladder up to the back end, its handrails running on along the board's sides
    foot, head = zb - 0.4, zb - 0.05
    for s in (-1, 1):
        x = s * 0.19
        parts.append(_bar((x, 0.015, foot), (x, yb + 0.04, head), 0.02, "steel", _SQUARE))
        rail = [(x, 0.02, foot - 0.04), (x, 0.62, foot + 0.25), (x, 0.98, zb - 0.06),
                (x, 1.0, zb + 0.02), (x, 1.0, zb + 0.45), (x, 0.96, zb + 0.52),
                (x, 0.6, zb + 0.54), (x, 0.33, zb + 0.54)]  # fmt: skip
        parts.append(tube(rail, 0.016, None, "steel"))
        parts.append(_bar((x, yb + 0.06, zb - 0.06), (x, 0.98, zb - 0.06), 0.01, "steel"))
    for k in range(3):
        t = (k + 1) / 4
        parts.append(box(0.36, 0.025, 0.1, at(0, t * (yb + 0.04), foot + t * (head - foot)), 1))
    turn = rot("y", -28)  # turned so the board's length shows side-on
    return [p.moved(turn) for p in parts]


def _swim_goggles(rng: Rng) -> list[Part]:
    """A pair of swim goggles lying flat, lenses up: two oval eye cups with tinted mirrored
    lenses in rubber rims, a small nose bridge between them, buckles at the outer sides and a
    flat rubber strap looping back from each buckle in a wide oval."""
    parts: list[Part] = []
    for s in (-1, 1):  # the eye cups, tilted slightly outward
        m = at(s * 0.16, 0, 0.05) @ rot("z", -s * 6) @ scl(1, 1, 0.66)
        cup = [(0.115, 0.0), (0.122, 0.025), (0.115, 0.055), (0.1, 0.07), (0.0, 0.072)]
        parts.append(lathe(cup, m, 0, "body" if s < 0 else ""))
        parts.append(torus(0.112, 0.018, m @ at(0, 0.019, 0), 1))  # the soft gasket
        parts.append(sphere(1.0, m @ at(0, 0.055, 0) @ scl(0.095, 0.035, 0.095), "mirror"))
        parts.append(torus(0.097, 0.011, m @ at(0, 0.066, 0), 0))  # the lens rim
        clip = at(s * 0.3, 0.028, 0.05) @ rot("y", -s * 10)
        parts.append(box(0.05, 0.035, 0.06, clip, 0))  # the buckle
    bridge = [(-0.065, 0.035, 0.05), (-0.03, 0.045, 0.07), (0.03, 0.045, 0.07),
              (0.065, 0.035, 0.05)]  # fmt: skip
    parts.append(tube(bridge, 0.016, None, 0))
    flat = np.array([(1.0, 0.18), (-1.0, 0.18), (-1.0, -0.18), (1.0, -0.18)])
    wide = float(rng.uniform(0.0, 0.04))
    strap = [(0.31, 0.012, 0.05), (0.37 + wide, 0.012, -0.06), (0.39 + wide, 0.012, -0.26),
             (0.29 + wide, 0.012, -0.45), (0.0, 0.012, -0.54), (-0.29 - wide, 0.012, -0.45),
             (-0.39 - wide, 0.012, -0.26), (-0.37 - wide, 0.012, -0.06),
             (-0.31, 0.012, 0.05)]  # fmt: skip
    parts.append(tube(strap, 0.035, None, 1, shape=flat))
    parts.append(box(0.06, 0.016, 0.04, at(0, 0.004, -0.54), 1))  # the split strap's clip
    return parts


def _swim_ring(rng: Rng) -> list[Part]:
    """An inflatable swim ring lying flat, tipped a little toward the viewer: a fat doughnut in
    eight alternating coloured and white stripes, a welded seam round its outside and a small
    valve stub on top."""
    R, r, tilt = 0.36, 0.14, 14.0
    m = at(0, r + R * np.sin(np.radians(tilt)), 0) @ rot("x", tilt)
    parts = []
    spin = float(rng.uniform(0, 45))
    for k in range(8):
        a = np.radians(np.linspace(45 * k, 45 * (k + 1), 5) + spin)
        arc = [(R * np.cos(t), 0.0, R * np.sin(t)) for t in a]
        parts.append(tube(arc, r, m, 0 if k % 2 == 0 else "snow", "body" if k == 0 else ""))
    parts.append(torus(R + r - 0.002, 0.006, m, 0))  # the outer seam
    parts.append(torus(R - r + 0.002, 0.006, m, 0))  # the inner seam
    v = m @ rot("y", -35 - spin / 3) @ at(R, r - 0.01, 0)
    parts.append(cylinder(0.03, 0.026, 0.03, v, "snow"))  # the valve
    parts.append(cylinder(0.016, 0.016, 0.05, v, "snow"))
    return parts


def _pool_noodle(rng: Rng) -> list[Part]:
    """A pool noodle lying on the ground bent in a gentle U: a long soft ridged foam tube with a
    hollow core, the hole showing dark at each end."""
    r = 0.065
    star = np.linspace(0, 2 * np.pi, 32, endpoint=False)
    ridges = 1 + 0.09 * np.cos(8 * star)
    shape = np.stack([ridges * np.cos(star), ridges * np.sin(star)], 1)
    y = r * 1.09
    bend = float(rng.uniform(-0.03, 0.03))
    path = [(-0.52 - bend, y, 0.5), (-0.48, y, 0.22), (-0.38, y, -0.02), (-0.21, y, -0.17),
            (0.0, y, -0.22), (0.21, y, -0.17), (0.38, y, -0.02), (0.48, y, 0.22),
            (0.52 + bend, y, 0.5)]  # fmt: skip
    turn = at(0, 0, 0) @ rot("y", 18)
    parts = [tube(path, r, turn, 0, "body", shape=shape)]
    for a, b in ((path[0], path[1]), (path[-1], path[-2])):  # the holes at the ends
        d = np.subtract(a, b)
        d /= np.linalg.norm(d)
        m = turn @ at(*a) @ align(d) @ at(0, -0.004, 0)
        parts.append(cylinder(r * 0.4, r * 0.4, 0.008, m, "marking"))
    return parts


def _floodlight(rng: Rng) -> list[Part]:
    """A stadium floodlight mast: a very tall tapering steel pole on a concrete footing with a
    caged ladder up its side to a small platform, topped by a big rectangular frame tilted
    forward and down holding a grid of four by four round lamp heads, their faces glowing."""
    h = 1.1  # the pole's height
    parts = [cylinder(0.024, 0.014, h, at(0, 0.03, 0), 0, "body")]
    parts.append(cylinder(0.07, 0.07, 0.03, None, 1))  # the footing
    parts.append(cylinder(0.04, 0.04, 0.01, at(0, 0.03, 0), 0))  # the base flange
    lx = 0.045  # the ladder's rails, on the pole's right
    for dz in (-0.014, 0.014):
        parts.append(_bar((lx, 0.05, dz), (lx, h + 0.01, dz), 0.003, "steel"))
    for y in np.arange(0.07, h, 0.028):
        parts.append(box(0.004, 0.004, 0.03, at(lx, y, 0), "steel"))
    for y in np.arange(0.3, h, 0.09):  # the safety cage's hoops
        parts.append(torus(0.03, 0.0025, at(lx + 0.018, y, 0) @ scl(1, 1, 0.9), "steel"))
    for a in (-60, 0, 60):
        cx, cz = lx + 0.018 + 0.03 * np.cos(np.radians(a)), 0.03 * np.sin(np.radians(a))
        parts.append(_bar((cx, 0.3, cz), (cx, h, cz), 0.002, "steel"))
    parts.append(box(0.34, 0.01, 0.12, at(0, h, -0.02), 1))  # the platform
    parts.append(_bar((-0.17, h + 0.08, -0.08), (0.17, h + 0.08, -0.08), 0.004, 1))  # its rail
    for x in (-0.17, 0.17):
        parts.append(_bar((x, h, -0.08), (x, h + 0.08, -0.08), 0.004, 1))
    tilt = 22 + float(rng.uniform(-3, 3))
    head = at(0, h + 0.17, 0.04) @ rot("x", tilt)
    W, H, pitch = 0.38, 0.34, 0.088
    for s in (-1, 1):  # the frame
        parts.append(box(W + 0.02, 0.016, 0.03, head @ at(0, s * H / 2 - 0.008, 0), 1))
        parts.append(box(0.016, H, 0.03, head @ at(s * W / 2, -H / 2, 0), 1))
    for j in range(4):  # a cross bar behind each row of lamps
        y = (j - 1.5) * pitch
        parts.append(box(W, 0.01, 0.016, head @ at(0, y - 0.005, -0.02), 1))
        for i in range(4):
            lamp = head @ at((i - 1.5) * pitch, y, -0.02) @ rot("x", 90)
            parts.append(cylinder(0.026, 0.036, 0.05, lamp, 1))
            parts.append(cylinder(0.031, 0.031, 0.006, lamp @ at(0, 0.047, 0), "glow"))
    parts.append(_bar((0, h - 0.05, 0.0), (0, h + 0.17, 0.02), 0.012, 0))  # the mount
    return parts


MORE_APPLIANCES_ZZA = {
    830: _weight_bench, 831: _bleachers, 832: _pool_ladder, 833: _diving_board,
    834: _swim_goggles, 835: _swim_ring, 836: _pool_noodle, 837: _floodlight,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
