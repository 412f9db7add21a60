"""More of the device family's appliances, from 1421: a barracks, a jousting lance, a
clodhopper, a heap of down, a pair of sandals, a warehouse, a crate of produce, a bicycle
handlebar.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl
from ._kit import band, bristles, lobed, loft, rect_ring, scaled, skin_strip, window
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZZZZZB"]

Rng = np.random.Generator


def _flat(outline, thick: float, m: np.ndarray, slot=0, tag: str = "") -> Part:
    """An outline drawn in the ground plane ((x, z) points) as a flat plate ``thick`` thick
    lying on y = 0 under ``m``."""
    pts = [(x, -z) for x, z in outline]
    return slab(pts, thick, m @ rot("x", -90) @ at(0, 0, thick / 2), slot, tag)


# 1421 a barracks


def _barracks(rng: Rng) -> list[Part]:
    """A long, low, plain two-storey military barracks block: flat-roofed with a plain parapet,
    a long row of identical windows on both floors front and back, three identical doors with
    small flat canopies and steps, a string course between the floors, and a tall flagpole with
    a flag standing on a little plinth in front."""
    L, D, H = 40.0, 10.0, 7.0
    parts = [box(L, H, D, None, 0, "body")]
    parts.append(box(L + 0.4, 0.5, D + 0.4, None, 1))  # the plinth
    parts.append(box(L + 0.2, 0.25, D + 0.2, at(0, 3.4, 0), 1))  # the string course
    parts.append(box(L + 0.3, 0.7, D + 0.3, at(0, H, 0), 1))  # the parapet and roof
    parts.append(box(L - 1.0, 0.1, D - 1.0, at(0, H + 0.62, 0), "marking"))
    doors = (-13.5, 0.0, 13.5)
    n = 17
    for i in range(n):
        x = -L / 2 + 1.6 + (L - 3.2) * i / (n - 1)
        for face in (1, -1):
            m = at(0, 0, face * D / 2) @ rot("y", 0 if face > 0 else 180)
            xx = x * face
            parts += window(m @ at(xx, 4.3, 0.0), 1.3, 1.7, 1)
            if face < 0 or min(abs(x - d) for d in doors) > 1.5:
                parts += window(m @ at(xx, 1.0, 0.0), 1.3, 1.7, 1)
    for x in doors:
        parts.append(box(1.5, 2.5, 0.1, at(x, 0.5, D / 2), 1))
        parts.append(box(1.2, 2.3, 0.06, at(x, 0.5, D / 2 + 0.05), "marking"))
        parts.append(box(2.4, 0.18, 1.2, at(x, 3.05, D / 2 + 0.6), 1))  # the canopy
        parts.append(box(2.2, 0.25, 1.0, at(x, 0.0, D / 2 + 0.5), 1))  # the steps
        parts.append(box(2.2, 0.25, 0.6, at(x, 0.25, D / 2 + 0.3), 1))
    fx, fz = -6.0 + float(rng.uniform(-0.5, 0.5)), D / 2 + 7.0
    parts.append(box(1.6, 0.4, 1.6, at(fx, 0, fz), 1))
    parts.append(stick((fx, 0.4, fz), (fx, 13.0, fz), 0.1, "steel"))
    parts.append(sphere(0.22, at(fx, 13.1, fz), "plume-tip"))
    wave = [(fx + 0.1 + 0.7 * k, 12.6 - 0.05 * k * k, 0.18 * np.sin(k * 1.4)) for k in range(6)]
    parts.append(band(wave, 1.9, 0.04, (0, 1, 0), "card-red"))
    return scaled(parts, scl(1 / L))


# 1422 a jousting lance


def _lance_radius(y: float) -> float:
    """The lance's radius at y along it: a butt, a narrow grip, a thick swell behind the hand
    guard, tapering to the blunt tip at y = 1."""
    ys = (0.0, 0.02, 0.05, 0.14, 0.18, 0.24, 0.6, 0.97, 1.0)
    rs = (0.024, 0.026, 0.02, 0.02, 0.03, 0.033, 0.022, 0.011, 0.011)
    return float(np.interp(y, ys, rs))


def _jousting_lance(rng: Rng) -> list[Part]:
    """A long tournament lance lying at a slant, its butt on the ground and its shaft resting in
    the fork of a small wooden stand: a thick grip tapering along a very long shaft to a blunt
    crown tip, painted in broad spiral stripes of its two colours, and a big round cone-shaped
    hand guard (vamplate) flaring over the grip."""
    slant = 17.0 + float(rng.uniform(-2, 2))
    m = at(-0.46, 0.028, 0.0) @ rot("z", -(90 - slant))
    ys = np.linspace(0.0, 1.0, 16)
    prof = [(_lance_radius(y), y) for y in ys]
    prof = [(0.0, 0.0), *prof, (0.0, 1.0)]
    parts = [lathe(prof, m, 0, "body")]
    turns, y0, y1 = 7, 0.22, 0.96
    t = np.linspace(0, 1, turns * 14)
    pts, nrm = [], []
    for s in t:
        y = y0 + (y1 - y0) * s
        a = 2 * np.pi * turns * s
        r = _lance_radius(y) + 0.0015
        pts.append((r * np.cos(a), y, r * np.sin(a)))
        nrm.append((np.cos(a), 0.0, np.sin(a)))
    parts.append(skin_strip(pts, nrm, 0.05, 0.003, 1).moved(m))
    guard = [(0.02, 0.0), (0.06, 0.03), (0.13, 0.1), (0.15, 0.135), (0.13, 0.145), (0.03, 0.15)]
    parts.append(lathe(guard, m @ at(0, 0.1, 0), 1))
    parts.append(torus(0.147, 0.008, m @ at(0, 0.238, 0), 1))
    crown = [(0.0, 0.0), (0.016, 0.0), (0.018, 0.02), (0.0, 0.035)]
    parts.append(lathe(crown, m @ at(0, 0.985, 0), 1, sides=4))
    parts.append(cylinder(0.027, 0.027, 0.012, m @ at(0, 0.0, 0), 1))  # the butt cap
    tip = m @ np.array([0.0, 0.62, 0.0, 1.0])  # the stand under the shaft
    sx, sy = float(tip[0]), float(tip[1]) - 0.02
    parts.append(box(0.2, 0.03, 0.26, at(sx, 0, 0), 0))
    for s in (-1, 1):
        parts.append(stick((sx, 0.03, s * 0.09), (sx, sy - 0.02, s * 0.02), 0.012, 0))
        parts.append(stick((sx, sy - 0.02, s * 0.02), (sx + 0.01, sy + 0.04, s * 0.05), 0.01, 0))
    return parts


# 1423 a clodhopper


def _sole_outline(length: float, width: float, n: int = 22) -> list[tuple[float, float]]:
    """A foot-shaped outline along +x (heel at -length/2, toe at +length/2) in (x, z): a round
    heel, a waist pinched at the arch, a broad ball and a rounded toe."""
    xs = np.linspace(-0.5, 0.5, n // 2 + 1)
    half = np.interp(xs, (-0.5, -0.45, -0.3, -0.08, 0.18, 0.35, 0.46, 0.5),
                     (0.0, 0.3, 0.37, 0.33, 0.5, 0.47, 0.3, 0.0))  # fmt: skip
    half = np.sqrt(np.maximum(half, 0)) * 0.7 + half * 0.3
    top = [(x * length, h * width) for x, h in zip(xs, half, strict=True)]
    bot = [(x, -h - 0.02 * width * (x > 0)) for x, h in top[::-1]]
    return [p for p in top[1:-1]] + [(0.5 * length, 0.0)] + bot[1:-1] + [(-0.5 * length, 0.0)]


def _clodhopper(rng: Rng) -> list[Part]:
    """A big heavy clumsy work boot seen from the side and a little in front: ankle-high with a
    padded collar, a bulbous round toe cap stitched on, a thick chunky rubber sole with deep
    tread lugs round its edge and a raised heel block, a tongue, laces criss-crossing through
    eyelets and up round hooks, a pull tab at the back, and a few dark scuffs."""
    parts = [_flat(_sole_outline(1.0, 0.42), 0.1, at(0, 0.0, 0), 1, "body")]
    sole = np.array(_sole_outline(1.0, 0.42))
    top = sole[sole[:, 1] > 0]
    for i in range(13):  # the tread lugs round the sole's edge
        x = -0.42 + 0.07 * i
        hw = float(np.interp(x, top[::-1, 0], top[::-1, 1])) - 0.01
        for s in (-1, 1):
            parts.append(box(0.04, 0.07, 0.05, at(x, 0.0, s * hw), "marking"))
    parts.append(box(0.05, 0.04, 0.44, at(-0.2, 0.0, 0.0), 1))  # the heel's front edge
    # the upper: a loft of squarish rounded sections from heel to toe
    xs = (-0.48, -0.42, -0.28, -0.1, 0.08, 0.22, 0.36, 0.46, 0.5)
    hs = (0.16, 0.19, 0.2, 0.2, 0.16, 0.12, 0.1, 0.07, 0.02)
    ws = (0.12, 0.16, 0.17, 0.16, 0.19, 0.2, 0.18, 0.12, 0.03)
    centres = [(x, 0.1 + h * 0.8, 0.0) for x, h in zip(xs, hs, strict=True)]
    u = [(0.0, h, 0.0) for h in hs]
    v = [(0.0, 0.0, w) for w in ws]
    t = np.linspace(0, 2 * np.pi, 16, endpoint=False)
    sq = np.stack([np.cos(t), np.sin(t)], 1)
    parts.append(loft(centres, u, v, np.sign(sq) * np.abs(sq) ** 0.6, 0))
    toe = at(0.3, 0.1, 0) @ scl(0.21, 0.13, 0.2)
    parts.append(sphere(1.0, toe, 0))  # the bulbous toe cap
    parts.append(torus(1.0, 0.03, toe @ rot("z", 70), "marking"))  # its stitched edge
    shaft = [(0.0, 0.0), (0.21, 0.0), (0.21, 0.2), (0.19, 0.4), (0.2, 0.52), (0.0, 0.52)]
    parts.append(lathe(shaft, at(-0.24, 0.1, 0) @ scl(1.0, 1.0, 0.82), 0))
    parts.append(torus(0.2, 0.04, at(-0.24, 0.61, 0) @ scl(1.0, 1.0, 0.82), 0))  # the collar
    parts.append(box(0.06, 0.12, 0.02, at(-0.45, 0.56, 0) @ rot("z", -5), 1))  # the pull tab
    parts.append(box(0.16, 0.04, 0.15, at(-0.09, 0.6, 0) @ rot("z", 25), 0))  # the tongue
    parts.append(box(0.2, 0.3, 0.14, at(-0.02, 0.22, 0) @ rot("z", 35), 0))
    for i in range(6):  # eyelets on the vamp, hooks up the shaft, laces criss-crossing
        f = i / 5
        x, y = 0.14 - 0.22 * f, 0.27 + 0.33 * f
        hw = 0.12 - 0.03 * f
        for s in (-1, 1):
            p = (x, y, s * hw)
            if i < 3:
                parts.append(torus(0.015, 0.006, at(*p) @ rot("x", 90), "steel"))
            else:
                parts.append(stick(p, (x, y + 0.02, s * (hw + 0.02)), 0.008, "steel"))
        if i < 5:
            g = (i + 1) / 5
            x2, y2, hw2 = 0.14 - 0.22 * g, 0.27 + 0.33 * g, 0.12 - 0.03 * g
            for s in (-1, 1):
                parts.append(stick((x, y + 0.01, s * hw), (x2, y2 + 0.01, -s * hw2), 0.007,
                                   "cloth-dark"))  # fmt: skip
    parts.append(tube([(-0.08, 0.62, 0.09), (-0.03, 0.68, 0.14), (0.04, 0.58, 0.17)], 0.007, None,
                      "cloth-dark"))  # a loose lace end # fmt: skip
    for _ in range(3):  # scuffs
        x = float(rng.uniform(-0.35, 0.2))
        parts.append(sphere(1.0, at(x, 0.2 + float(rng.uniform(0, 0.1)), 0.17 - 0.02 * (x > 0))
                            @ scl(0.04, 0.025, 0.012), "marking"))  # fmt: skip
    return [p.moved(rot("y", 12)) for p in parts]


# 1424 down


def _plume(c, r: float, rng: Rng) -> list[Part]:
    """One down plume round c: a tiny quill centre, a small fluffy core and many fine wispy
    filaments radiating from it, each curling softly in two bends, with a finer side wisp."""
    n = 48
    d = rng.normal(size=(n, 3))
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    d[:, 1] = np.abs(d[:, 1]) * 0.7 + 0.1
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    c = np.asarray(c, float)
    lens = r * rng.uniform(0.6, 1.0, n)[:, None]
    curl = rng.normal(size=(n, 3)) * 0.5 - np.array([0.0, 0.3, 0.0])
    mid = c + (d + curl * 0.2) * lens * 0.5
    tip = c + (d + curl) / 1.2 * lens
    side = mid + (d + rng.normal(size=(n, 3)) * 0.9) * lens * 0.3
    roots = np.concatenate([np.repeat(c[None], n, 0), mid, mid])
    tips = np.concatenate([mid, tip, side])
    core = sphere(1.0, at(*c) @ scl(r * 0.22, r * 0.18, r * 0.22), 0)
    return [bristles(roots, tips, r * 0.01, 0), core, sphere(r * 0.05, at(*c), 1)]


def _down(rng: Rng) -> list[Part]:
    """A little heap of soft fluffy down feathers: seven small round puffs, each a tiny quill
    centre with dozens of fine wispy filaments radiating in all directions and softly bending,
    no stiff shaft, the puffs piled loosely together."""
    spots = [(0.0, 0.17, 0.0), (-0.26, 0.13, 0.08), (0.25, 0.13, 0.05), (0.05, 0.13, 0.27),
             (-0.12, 0.12, -0.22), (0.16, 0.14, -0.2), (0.02, 0.36, -0.02)]  # fmt: skip
    parts = [sphere(0.03, at(0, 0.02, 0), 1, "body")]
    for i, (x, y, z) in enumerate(spots):
        r = 0.22 * float(rng.uniform(0.85, 1.1)) * (0.8 if i == 6 else 1.0)
        parts += _plume((x, y, z), r, rng)
    return parts


# 1425 a sandal


def _sandal(m: np.ndarray, side: int) -> list[Part]:
    """One sandal under m (toe toward +x; side 1 for a right foot, -1 for a left): a contoured
    foot-shaped sole with a raised heel and a bump under the toes, a toe-post thong with two
    straps to the sides, and a heel strap with a small buckle."""
    out = [(x, z * side) for x, z in _sole_outline(1.0, 0.36)]
    if side < 0:
        out = out[::-1]
    one = np.eye(4)
    parts = [_flat(out, 0.035, one, 1)]  # the outsole
    parts.append(_flat([(x * 0.97, z * 0.93) for x, z in out], 0.025, at(0.0, 0.035, 0), 0))
    parts.append(sphere(1.0, at(-0.33, 0.055, 0.0) @ scl(0.16, 0.018, 0.12), 0))  # heel cup
    parts.append(sphere(1.0, at(0.36, 0.055, 0.03 * side) @ scl(0.07, 0.016, 0.13), 0))  # toes
    post = (0.3, 0.06, 0.06 * side)
    parts.append(stick(post, (0.3, 0.1, 0.06 * side), 0.012, 1))
    for s in (-1, 1):  # the thong's two straps
        hw = 0.17 if s * side > 0 else 0.15
        pts = [(0.3, 0.1, 0.06 * side), (0.18, 0.14, 0.06 * side + s * 0.08), (0.05, 0.1,
               s * hw * 0.9), (0.02, 0.06, s * hw)]  # fmt: skip
        parts.append(band(pts, 0.045, 0.012, (1, 0, 0), 1))
    heel = [(0.0, 0.06, -0.15), (-0.2, 0.14, -0.15), (-0.44, 0.15, -0.07), (-0.47, 0.15, 0.0),
            (-0.44, 0.15, 0.07), (-0.2, 0.14, 0.15), (0.0, 0.06, 0.15)]  # fmt: skip
    parts.append(band(heel, 0.04, 0.012, (0, 1, 0), 1))
    bx, bz = -0.2, 0.152 * side
    parts.append(rect_ring(0.05, 0.05, 0.008, 0.012, at(bx, 0.14, bz) @ rot("x", 90), "steel"))
    parts.append(stick((bx, 0.115, bz * 1.04), (bx, 0.165, bz * 1.04), 0.003, "steel"))
    return scaled(parts, m)


def _sandal_pair(rng: Rng) -> list[Part]:
    """A pair of sandals side by side, a little splayed: each a foot-shaped flat sole contoured
    with a raised heel and a bump under the toes, a toe-post thong splitting into two straps
    over the top, and a heel strap with a small square buckle."""
    parts = []
    for s in (1, -1):
        yaw = 80 - s * 6 + float(rng.uniform(-3, 3))
        parts += _sandal(at(s * 0.2, 0, 0.02 * s) @ rot("y", yaw), s)
    parts[0] = replace(parts[0], tag="body")
    return parts


# 1426 a warehouse


def _corrugated(w: float, d: float, pitch: float) -> np.ndarray:
    """A rectangle w x d round 0 with its edges rippled like corrugated sheet: (S, 2) points
    counter-clockwise, a lathe's cross-section."""
    pts = []
    for (x0, z0), (x1, z1), (nx, nz) in (((w / 2, -d / 2), (w / 2, d / 2), (1, 0)),
                                         ((w / 2, d / 2), (-w / 2, d / 2), (0, 1)),
                                         ((-w / 2, d / 2), (-w / 2, -d / 2), (-1, 0)),
                                         ((-w / 2, -d / 2), (w / 2, -d / 2), (0, -1))):  # fmt: skip
        n = max(2, int(np.hypot(x1 - x0, z1 - z0) / pitch))
        for i in range(n * 4):
            f = i / (n * 4)
            bump = (0.0, 1.0, 1.0, 0.0)[i % 4] * 0.2
            pts.append((x0 + (x1 - x0) * f + nx * bump, z0 + (z1 - z0) * f + nz * bump))
    return np.array(pts)


def _pallet_stack(x: float, z: float, n: int, yaw: float, load: bool) -> list[Part]:
    """n wooden pallets stacked at (x, z), each a deck of slats on three runners, a wrapped
    box load on top if ``load``."""
    m = at(x, 0, z) @ rot("y", yaw)
    parts = []
    for k in range(n):
        y = k * 0.15
        for i in range(3):
            parts.append(box(1.2, 0.1, 0.12, m @ at(0, y, -0.44 + 0.44 * i), 0))
        for i in range(5):
            parts.append(box(0.16, 0.03, 1.0, m @ at(-0.52 + 0.26 * i, y + 0.1, 0), 0))
    if load:
        parts.append(box(1.1, 0.9, 0.95, m @ at(0, n * 0.15 - 0.02, 0), "cork"))
        parts.append(box(1.12, 0.08, 0.97, m @ at(0, n * 0.15 + 0.4, 0), "snow"))
    return parts


def _warehouse(rng: Rng) -> list[Part]:
    """A long low industrial warehouse shed: walls of corrugated sheet with close vertical
    ridges, a shallow pitched roof with overhanging eaves and gable ends, two big roll-up
    loading doors of horizontal slats over a raised concrete loading dock with black bumpers
    and steps, a small office door with a window and a lamp, and stacks of wooden pallets
    outside."""
    L, D, H, rise = 40.0, 20.0, 8.0, 1.6
    walls = lathe([(1.0, 0.0), (1.0, H)], None, 0, "body", shape=_corrugated(L, D, 1.1))
    parts = [walls, box(L - 0.2, H, D - 0.2, None, 0)]
    half = D / 2 + 0.6
    pitch = np.degrees(np.arctan2(rise, half))
    for s in (-1, 1):  # the roof and its gable ends
        parts.append(box(L + 1.0, 0.3, np.hypot(half, rise), at(0, H + rise / 2, s * half / 2)
                         @ rot("x", s * pitch) @ at(0, -0.15, 0), 1))  # fmt: skip
        gab = [(-D / 2, 0.0), (D / 2, 0.0), (0.0, rise)]
        parts.append(slab(gab, 0.3, at(s * (L / 2 - 0.1), H, 0) @ rot("y", 90), 0))
    parts.append(box(L - 0.4, 0.4, 0.4, at(0, H - 0.2, D / 2 + 0.05), 1))  # the eaves gutter
    dock = 1.2
    parts.append(box(16.0, dock, 3.5, at(-6.0, 0, D / 2 + 1.75), "stones"))
    parts.append(box(1.5, 0.3, 1.2, at(3.0, 0, D / 2 + 0.6), "stones"))  # the dock's steps
    parts.append(box(1.5, 0.3, 0.8, at(3.0, 0.3, D / 2 + 0.4), "stones"))
    for x in (-10.0, -2.0):  # the roll-up doors
        parts.append(box(5.6, 5.4, 0.3, at(x, dock - 0.1, D / 2), 1))
        for j in range(12):
            parts.append(box(5.0, 0.06, 0.1, at(x, dock + 0.35 * j + 0.2, D / 2 + 0.3), 0))
        parts.append(box(5.0, 4.6, 0.15, at(x, dock, D / 2 + 0.2), "steel"))
        parts.append(box(5.8, 0.6, 0.7, at(x, dock + 4.7, D / 2 + 0.3), 1))  # the roll housing
        for s in (-1, 1):
            parts.append(box(0.4, 0.5, 0.3, at(x + s * 2.0, 0.5, D / 2 + 3.55), "marking"))
    ox = 9.0  # the office door, its window and lamp
    parts.append(box(1.4, 2.4, 0.2, at(ox, 0.2, D / 2 + 0.1), 1))
    parts.append(box(0.5, 0.7, 0.1, at(ox, 1.4, D / 2 + 0.22), "pane"))
    parts.append(box(2.2, 0.2, 1.4, at(ox, 0, D / 2 + 0.7), "stones"))
    parts.append(box(0.4, 0.3, 0.4, at(ox, 2.9, D / 2 + 0.2), "glow"))
    parts += window(at(ox + 4.0, 1.2, D / 2 + 0.1), 3.0, 1.2, 1)
    jig = float(rng.uniform(-8, 8))
    parts += _pallet_stack(14.0, D / 2 + 2.2, 5, 5 + jig, False)
    parts += _pallet_stack(16.0, D / 2 + 4.0, 3, -10 + jig, False)
    parts += _pallet_stack(12.5, D / 2 + 4.5, 1, 20, True)
    parts += _pallet_stack(-4.0, D / 2 + 1.6, 1, 0, True)
    return scaled(parts, scl(1 / L))


# 1427 a crate of produce


def _fruit(c, r: float, slot, stalk: bool = True) -> list[Part]:
    """A round fruit (an apple, an orange) at c with a little stalk."""
    x, y, z = c
    parts = [sphere(1.0, at(x, y, z) @ scl(r, r * 0.92, r), slot)]
    if stalk:
        parts.append(stick((x, y + r * 0.8, z), (x + r * 0.1, y + r * 1.2, z), r * 0.08, "cork"))
    return parts


def _carrots(m: np.ndarray, n: int) -> list[Part]:
    """A bunch of n carrots under m: tapering orange roots along +x gathered at their tops,
    with feathery green leaves."""
    parts = []
    for i in range(n):
        a = (i - (n - 1) / 2) * 9.0
        mm = m @ rot("y", a) @ rot("z", -90)
        parts.append(lathe([(0.0, 0.0), (0.02, 0.02), (0.032, 0.12), (0.03, 0.22), (0.0, 0.3)],
                           mm @ rot("x", 180) @ at(0, -0.3, 0), "fruit-orange"))  # fmt: skip
        for j in range(3):
            b = (j - 1) * 25
            top = m @ rot("y", a + b * 0.4) @ np.array([-0.18, 0.08 + 0.03 * j, 0.0, 1.0])
            parts.append(tube([(m @ rot("y", a) @ np.array([-0.02, 0.0, 0.0, 1.0]))[:3],
                               (m @ rot("y", a + b * 0.2) @ np.array([-0.1, 0.06, 0, 1]))[:3],
                               top[:3]], 0.008, None, "vine"))  # fmt: skip
            parts.append(sphere(1.0, at(*top[:3]) @ scl(0.05, 0.02, 0.04), "vine"))
    return parts


def _pepper(c, r: float, slot) -> list[Part]:
    """A bell pepper at c: a lobed blocky fruit with a green stalk."""
    x, y, z = c
    prof = [(0.0, 0.0), (0.6, 0.05), (0.9, 0.4), (1.0, 0.8), (0.7, 1.05), (0.0, 1.0)]
    prof = [(a * r, b * r * 1.1) for a, b in prof]
    parts = [lathe(prof, at(x, y - r * 0.5, z), slot, shape=lobed(16, 4, 0.18))]
    parts.append(stick((x, y + r * 0.55, z), (x + r * 0.15, y + r * 0.9, z), r * 0.12, "vine"))
    return parts


def _banana_bunch(m: np.ndarray) -> list[Part]:
    """Three curved bananas under m joined at a stalk, curving along +x."""
    parts = []
    for i in range(3):
        z = (i - 1) * 0.05
        pts = [(0.0, 0.0, z * 0.3), (0.08, -0.03, z), (0.2, -0.03, z * 1.3), (0.3, 0.03, z * 1.4)]
        parts.append(tube(pts, [0.012, 0.03, 0.03, 0.01], m, "fruit-yellow"))
        parts.append(sphere(0.012, m @ at(0.3, 0.035, z * 1.4), "marking"))
    parts.append(stick((-0.04, 0.02, 0.0), (0.01, 0.0, 0.0), 0.015, "vine").moved(m))
    return parts


def _crate_of_produce(rng: Rng) -> list[Part]:
    """A slatted wooden market crate heaped with mixed produce: red apples and oranges, a green
    cabbage with its leaves folded round, a bunch of carrots with feathery green tops spilling
    over the rim, bell peppers in red, yellow and green, and a hand of yellow bananas."""
    w, d, h = 0.9, 0.55, 0.32
    parts = [box(w, 0.03, d, None, 0, "body"), box(w - 0.04, 0.02, d - 0.04, at(0, h - 0.08, 0),
                                                    0)]  # fmt: skip
    for s in (-1, 1):  # the slatted sides and ends, corner posts, hand holes
        for j in range(3):
            y = 0.03 + j * 0.1
            parts.append(box(w, 0.075, 0.02, at(0, y, s * d / 2), 0))
            if j != 2:
                parts.append(box(0.02, 0.075, d, at(s * w / 2, y, 0), 0))
        parts.append(box(0.02, 0.04, d, at(s * w / 2, 0.23, 0), 0))
        parts.append(box(0.02, 0.03, d, at(s * w / 2, h - 0.03, 0), 0))
        for t in (-1, 1):
            parts.append(box(0.04, h, 0.04, at(s * (w / 2 - 0.01), 0, t * (d / 2 - 0.01)), 1))
    heap = [(-0.3, 0.3, -0.12, "fruit-red"), (-0.18, 0.3, 0.14, "fruit-red"),
            (-0.34, 0.3, 0.12, "fruit-orange"), (-0.22, 0.35, -0.02, "fruit-orange"),
            (0.32, 0.3, -0.15, "fruit-orange"), (0.34, 0.3, 0.13, "fruit-red"),
            (0.2, 0.3, 0.17, "fruit-red"), (-0.1, 0.3, -0.17, "fruit-orange")]  # fmt: skip
    for x, y, z, c in heap:
        r = 0.065 * float(rng.uniform(0.92, 1.08))
        parts += _fruit((x, y + r * 0.4, z), r, c, c == "fruit-red")
    cab = at(0.07, 0.33, -0.06)  # the cabbage
    parts.append(sphere(0.14, cab, "vine"))
    for i in range(6):
        a = i * 60 + float(rng.uniform(-10, 10))
        leaf = cab @ rot("y", a) @ at(0.05, -0.02, 0) @ rot("z", -35)
        parts.append(sphere(1.0, leaf @ at(0.05, 0.04, 0) @ scl(0.13, 0.1, 0.13), "fruit-green"))
    parts += _carrots(at(0.05, 0.36, 0.2) @ rot("y", -15) @ rot("z", 12), 4)
    parts += _pepper((0.28, 0.36, -0.02), 0.06, "fruit-red")
    parts += _pepper((-0.05, 0.34, 0.14), 0.055, "fruit-yellow")
    parts += _pepper((-0.36, 0.4, -0.0), 0.05, "fruit-green")
    parts += _banana_bunch(at(-0.2, 0.44, -0.08) @ rot("y", 25) @ rot("x", -15))
    return parts


# 1428 a handlebar


def _handlebar(rng: Rng) -> list[Part]:
    """A bicycle handlebar on its own: a bent chrome bar rising from its central clamp and
    sweeping back at both ends to rubber grips with end plugs, two brake levers curving in
    front of the grips with cables looping down, a round bell on the bar, and the stem running
    forward from a short headset tube with a stub of the fork crown and legs, on a round stand."""
    parts = [cylinder(0.16, 0.17, 0.025, None, 1, "body")]  # the stand's foot
    parts.append(stick((0, 0.025, 0), (0, 0.2, 0), 0.014, 1))
    parts.append(box(0.16, 0.04, 0.05, at(0, 0.2, 0), 0))  # the fork crown
    for s in (-1, 1):
        parts.append(stick((s * 0.06, 0.21, 0.0), (s * 0.065, 0.09, 0.02), 0.016, 0))
    parts.append(cylinder(0.022, 0.022, 0.16, at(0, 0.24, 0), 0))  # the head tube
    parts.append(cylinder(0.027, 0.027, 0.015, at(0, 0.24, 0), 1))  # the headset cups
    parts.append(cylinder(0.027, 0.027, 0.015, at(0, 0.385, 0), 1))
    parts.append(stick((0, 0.4, 0), (0, 0.47, 0), 0.016, 0))  # the steerer and the stem
    parts.append(stick((0, 0.46, 0), (0, 0.5, 0.1), 0.017, 0))
    parts.append(cylinder(0.022, 0.022, 0.05, at(-0.025, 0.5, 0.1) @ rot("z", -90), 0))
    bar = [(-0.34, 0.54, -0.16), (-0.3, 0.535, -0.05), (-0.2, 0.52, 0.06), (-0.06, 0.5, 0.1),
           (0.06, 0.5, 0.1), (0.2, 0.52, 0.06), (0.3, 0.535, -0.05), (0.34, 0.54, -0.16)]  # fmt: skip
    parts.append(tube(bar, 0.012, None, 0))
    for s in (-1, 1):
        a, b = (s * 0.305, 0.536, -0.07), (s * 0.345, 0.54, -0.2)
        parts.append(tube([a, b], 0.019, None, 1, shape=lobed(12, 6, 0.15)))  # the grip
        parts.append(stick(b, (s * 0.347, 0.54, -0.21), 0.02, "marking"))
        lv = (s * 0.27, 0.53, -0.01)  # the brake lever's clamp and blade
        parts.append(cylinder(0.018, 0.018, 0.03, at(*lv) @ rot("z", 90 * s), "steel"))
        parts.append(tube([(s * 0.26, 0.53, 0.01), (s * 0.29, 0.51, 0.04), (s * 0.33, 0.505,
                           -0.03), (s * 0.35, 0.51, -0.1)], 0.008, None, "steel"))  # fmt: skip
        parts.append(tube([(s * 0.25, 0.545, 0.0), (s * 0.2, 0.57, 0.06), (s * 0.06, 0.44, 0.08),
                           (s * 0.03, 0.33, 0.04)], 0.005, None, "marking"))  # fmt: skip
    bell = at(-0.17, 0.53, 0.07)
    parts.append(lathe([(0.0, 0.0), (0.035, 0.0), (0.033, 0.02), (0.022, 0.035), (0.0, 0.04)],
                       bell @ at(0, 0.01, 0), "steel"))  # fmt: skip
    parts.append(cylinder(0.015, 0.015, 0.02, bell @ at(0, -0.01, 0), 1))
    parts.append(box(0.03, 0.008, 0.012, bell @ at(0.035, 0.0, 0.01) @ rot("y", -30), 1))
    return parts


MORE_APPLIANCES_ZZZZZB = {
    1421: _barracks, 1422: _jousting_lance, 1423: _clodhopper, 1424: _down,
    1425: _sandal_pair, 1426: _warehouse, 1427: _crate_of_produce, 1428: _handlebar,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
