"""More of the device family's appliances, from 330: a parachute, a raft, a garden gate, a round
hut, a factory, a prison, a pier, a hedge maze, a winners' podium, a shower, a trampoline and a
dumpster.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import ZYX, coil_spring, gores, water_patch
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_G"]

Rng = np.random.Generator


def _about(pivot, axis: str, degrees: float) -> np.ndarray:
    """A rotation about an axis through ``pivot`` (a hinge)."""
    return at(*pivot) @ rot(axis, degrees) @ at(*(-np.asarray(pivot, dtype=float)))


# ---- 330 parachute ---------------------------------------------------------------------------


def _parachute(rng: Rng) -> list[Part]:
    """A parachute coming down: a domed canopy of gores in two colours bulging between their
    seams, a vent at its crown, suspension lines from its rim gathering to risers over a small
    crate hanging just above the ground."""
    n, top = 12, 1.72
    shell = [(0.0, top), (0.32, top - 0.05), (0.56, top - 0.17), (0.7, top - 0.34),
             (0.74, top - 0.5), (0.72, top - 0.52), (0.66, top - 0.38), (0.52, top - 0.22),
             (0.3, top - 0.1), (0.0, top - 0.06)]  # fmt: skip
    bulge = 0.07
    parts = [lathe(shell, None, 0, "body", shape=gores(n, bulge, lambda i: 1.0))]
    parts.append(lathe(shell, None, 1, shape=gores(n, bulge, lambda i: 1.02 if i % 2 else 0.97)))
    parts.append(cylinder(0.05, 0.05, 0.02, at(0, top - 0.002, 0), "marking"))  # the vent
    hub = v3(0, 0.55, 0)
    rim_r, rim_y = 0.74 * (1.0 - bulge), top - 0.5
    for k in range(n):
        a = 2 * np.pi * k / n
        rim = v3(rim_r * np.cos(a), rim_y, -rim_r * np.sin(a))
        parts.append(stick(rim, hub, 0.005, "seed"))
    crate_y, c = 0.12, 0.2
    for sx in (-1, 1):  # the risers to its corners
        for sz in (-1, 1):
            parts.append(stick(hub, (sx * c * 0.4, crate_y + c, sz * c * 0.4), 0.008, "seed"))
    parts.append(box(c, c, c, at(0, crate_y, 0) @ rot("y", float(rng.uniform(10, 30))), 1))
    for y in (crate_y + 0.05, crate_y + 0.15):  # straps round the crate
        parts.append(box(c + 0.01, 0.02, c + 0.01, at(0, y, 0) @ rot("y", 20), "marking"))
    return parts


# ---- 331 raft --------------------------------------------------------------------------------


def _raft(rng: Rng) -> list[Part]:
    """A raft on a patch of water: a row of logs lashed side by side with rope, their cut ends
    pale, a short mast with a square sail on a yard, and a paddle lying on the logs."""
    parts = water_patch(1.8, 1.7)
    n, r, L = 7, 0.075, 1.3
    y = 0.035 + r
    for i in range(n):
        x = (i - (n - 1) / 2) * 2 * r * 0.97
        rr = r * float(rng.uniform(0.9, 1.05))
        ln = L * float(rng.uniform(0.93, 1.04))
        z0 = -ln / 2 + float(rng.uniform(-0.04, 0.04))
        parts.append(cylinder(rr, rr, ln, at(x, y, z0) @ rot("x", 90), 0, "body" if i == 0 else ""))
        for z in (z0 - 0.004, z0 + ln - 0.008):  # the pale cut ends
            parts.append(cylinder(rr * 0.85, rr * 0.85, 0.012, at(x, y, z) @ rot("x", 90),
                                  "pencil-wood"))  # fmt: skip
    w = n * r * 0.97
    for z in (-0.42, 0.42):  # the lashings, over each log and down between them
        pts = []
        for i in range(2 * n + 1):
            x = -w + w * i / n
            pts.append((x, y + (r + 0.01 if i % 2 else r * 0.55), z))
        parts.append(tube(pts, 0.014, slot="seed"))
    mast = v3(0, y + r, -0.15)
    parts.append(stick(mast, mast + v3(0, 1.15, 0), 0.025, 0))
    turn = at(*mast) @ rot("y", float(rng.uniform(25, 40)))  # the yard braced round a little
    for yy, half in ((1.05, 0.44), (0.3, 0.42)):  # the yard and the boom
        parts.append(
            cylinder(0.015, 0.015, 2 * half, turn @ at(-half, yy, 0.03) @ rot("z", -90), 0)
        )
    sail = turn @ at(0, 0.31, 0.05)  # the square sail, bellied a little forward
    parts.append(box(0.8, 0.72, 0.015, sail, 1))
    parts.append(box(0.5, 0.68, 0.015, sail @ at(0, 0.02, 0.012), 1))
    for sx in (-1, 1):  # stays from the masthead to the corners
        parts.append(stick(mast + v3(0, 1.13, 0), (sx * w * 0.9, y + r, L * 0.45), 0.004, "seed"))
        parts.append(stick(mast + v3(0, 1.13, 0), (sx * w * 0.9, y + r, -L * 0.45), 0.004, "seed"))
    paddle = at(0.1, y + r + 0.01, 0.35) @ rot("y", 70) @ rot("z", 90)  # lying across the logs
    parts.append(cylinder(0.018, 0.018, 0.75, paddle @ at(0, -0.35, 0), "pencil-wood"))
    parts.append(sphere(1.0, paddle @ at(0, 0.52, 0) @ scl(0.08, 0.18, 0.018), "pencil-wood"))
    return parts


# ---- 332 gate --------------------------------------------------------------------------------


def _picket(x: float, z: float, h: float, m: np.ndarray, slot=0, w: float = 0.055) -> list[Part]:
    """One picket under ``m``: an upright board h tall ending in a point."""
    point = sharp([(-w / 2, 0.0), (w / 2, 0.0), (0.0, w * 0.8)])
    return [box(w, h, 0.02, m @ at(x, 0, z), slot), slab(point, 0.02, m @ at(x, h, z), slot)]


def _gate(rng: Rng) -> list[Part]:
    """A garden gate standing ajar between two square posts capped with balls: pickets rising
    in an arch on two rails and a diagonal brace, iron hinges and a ring latch; a short stretch
    of lower picket fence to each side and a path of stones through it."""
    half, post_h = 0.32, 1.0
    parts = []
    for s in (-1, 1):
        x = s * (half + 0.05)
        parts.append(box(0.1, post_h, 0.1, at(x, 0, 0), 0, "body" if s < 0 else ""))
        parts.append(box(0.13, 0.03, 0.13, at(x, post_h, 0), 0))
        parts.append(sphere(0.055, at(x, post_h + 0.08, 0), 1))
    hinge = v3(-half, 0, 0.0)
    swing = _about(hinge, "y", -float(rng.uniform(25, 35)))  # ajar, toward the viewer
    g0, g1 = 0.08, 0.62
    for y in (g0 + 0.06, g1 - 0.04):  # the rails
        parts.append(box(2 * half - 0.02, 0.06, 0.03, swing @ at(0, y, -0.025), 0))
    brace = (
        swing @ at(0, (g0 + g1) / 2 + 0.01, -0.025) @ rot("z", -np.degrees(np.arctan2(0.42, 0.56)))
    )
    parts.append(box(0.72, 0.05, 0.03, brace @ at(0, -0.025, 0), 0))
    n = 8
    for i in range(n):
        x = -half + 0.04 + (2 * half - 0.08) * i / (n - 1)
        arch = 0.14 * np.cos(np.pi * (x / (2 * half)))  # the tops rise to the middle
        parts += _picket(x, 0.0, g1 - g0 + 0.02 + arch, swing @ at(0, g0, 0), 0)
    for y in (g0 + 0.09, g1 - 0.07):  # iron strap hinges
        parts.append(box(0.16, 0.025, 0.01, swing @ at(-half + 0.09, y, 0.016), 1))
        parts.append(cylinder(0.014, 0.014, 0.05, at(-half, y - 0.02, 0.0), 1))
    parts.append(box(0.05, 0.08, 0.015, at(half + 0.0, 0.55, 0.056), 1))  # the latch on the post
    parts.append(torus(0.035, 0.008, swing @ at(half - 0.06, 0.5, 0.02) @ rot("x", 90), 1))
    parts.append(box(0.12, 0.02, 0.015, swing @ at(half - 0.04, 0.56, 0.016), 1))
    for s in (-1, 1):  # the fence to each side
        x0, x1 = s * (half + 0.1), s * 1.0
        for y in (0.12, 0.42):
            parts.append(stick((x0, y, -0.02), (x1, y, -0.02), 0.018, 0))
        for i in range(7):
            x = x0 + (x1 - x0) * (i + 0.5) / 7
            parts += _picket(x, 0.0, 0.5, at(0, 0.02, 0), 0)
        parts.append(box(0.07, 0.6, 0.07, at(x1, 0, -0.02), 0))
    for k in range(4):  # the path of stepping stones through it
        z = 0.25 + 0.22 * k
        parts.append(cylinder(0.11, 0.1, 0.025, at(0.04 * (-1) ** k, 0, z) @ scl(1.2, 1, 0.8),
                              "stones"))  # fmt: skip
    return parts


# ---- 333 hut ---------------------------------------------------------------------------------


def _hut(rng: Rng) -> list[Part]:
    """A round hut: a low wall of daub bound by wattle bands, a steep conical roof of thatch
    (the second material) in two overhanging layers, a dark doorway under a lintel in its
    front, a knot of thatch tied off at the roof's peak."""
    R, H = 0.5, 0.5
    parts = [cylinder(R, R * 0.97, H, None, 0, "body")]
    for y in (0.12, 0.26, 0.4):  # the wattle showing in bands
        parts.append(torus(R * 0.985, 0.012, at(0, y, 0), 0))
    eave, peak = 0.44, 1.3  # the thatch: a steep cone with a thick overhanging eave
    cone = [(0.0, 0.0), (0.7, 0.0), (0.76, 0.03), (0.76, 0.09), (0.4, 0.44), (0.0, peak - eave)]
    parts.append(lathe(cone, at(0, eave, 0), 1, "roof", sides=32))
    y1 = 0.8  # a second layer lapping over the first
    r1 = 0.76 * (peak - y1) / (peak - eave - 0.09) + 0.03
    upper = [(0.0, 0.0), (r1 - 0.03, 0.0), (r1, 0.03), (r1, 0.07), (0.0, peak - y1 + 0.05)]
    parts.append(lathe(upper, at(0, y1, 0), 1, sides=32))
    parts.append(lathe([(0.0, 0.0), (0.07, 0.0), (0.03, 0.12), (0.0, 0.2)], at(0, peak, 0), 1))
    parts.append(torus(0.055, 0.014, at(0, peak + 0.02, 0), "cork"))
    door = rot("y", 22)
    parts.append(box(0.22, 0.3, 0.1, door @ at(0, 0, R - 0.03), "pupil"))
    parts.append(cylinder(0.11, 0.11, 0.1, door @ at(0, 0.3, R - 0.08) @ rot("x", 90), "pupil"))
    parts.append(box(0.32, 0.04, 0.05, door @ at(0, 0.42, R), "cork"))  # the lintel
    for s in (-1, 1):
        parts.append(box(0.04, 0.42, 0.05, door @ at(s * 0.14, 0, R), "cork"))
    del rng
    return parts


# ---- 334 factory -----------------------------------------------------------------------------


def _factory(rng: Rng) -> list[Part]:
    """A factory: a long low brick hall under a sawtooth roof whose steep faces are glazed,
    rows of tall windows along its front, a big loading door, three tall smokestacks banded
    near their tops behind it, a puff of smoke from one."""
    L, D, H = 1.6, 0.7, 0.42
    parts = [box(L, H, D, None, 0, "body"), box(L + 0.02, 0.05, D + 0.02, None, 1)]
    n = 5
    pitch = L / n
    rise = 0.22
    for i in range(n):  # the sawtooth: a sloping roof and a glazed upright face per bay
        x0 = -L / 2 + pitch * i
        tooth = sharp([(0.0, 0.0), (pitch, 0.0), (pitch, rise)])
        parts.append(slab(tooth, D, at(x0, H, 0), 0))
        parts.append(box(0.012, rise * 0.8, D * 0.9, at(x0 + pitch + 0.004, H + 0.02, 0),
                         "window"))  # fmt: skip
        slope = np.degrees(np.arctan2(rise, pitch))
        cap = at(x0 + pitch / 2, H + rise / 2, 0) @ rot("z", slope)
        parts.append(box(np.hypot(pitch, rise) + 0.02, 0.02, D + 0.04, cap, 1))
    for row, (y, h) in enumerate(((0.07, 0.14), (0.25, 0.12))):  # rows of windows
        for i in range(10):
            x = -L / 2 + 0.1 + (L - 0.2) * i / 9
            if row == 0 and i in (6, 7):
                continue
            parts.append(box(0.09, h, 0.02, at(x, y, D / 2), "window"))
            parts.append(box(0.11, 0.02, 0.03, at(x, y - 0.02, D / 2), 1))
    parts.append(box(0.26, 0.22, 0.02, at(-L / 2 + 0.1 + (L - 0.2) * 6.5 / 9, 0, D / 2 + 0.005),
                     "marking"))  # the loading door # fmt: skip
    for i in range(4):
        y = 0.03 + 0.05 * i
        parts.append(box(0.26, 0.008, 0.01, at(-L / 2 + 0.1 + (L - 0.2) * 6.5 / 9, y,
                                                D / 2 + 0.016), 1))  # fmt: skip
    stacks = [(-0.55, -0.2, 1.55), (-0.15, -0.2, 1.35), (0.25, -0.2, 1.45)]
    for k, (x, z, h) in enumerate(stacks):
        parts.append(cylinder(0.075, 0.055, h, at(x, 0, z), 0))
        parts.append(cylinder(0.068, 0.068, 0.06, at(x, h - 0.01, z), 1))
        for y in (h - 0.15, h - 0.25):
            parts.append(torus(0.059, 0.01, at(x, y, z), 1))
        if k == 0:  # a drift of smoke
            for j in range(4):
                c = v3(x + 0.09 * j**1.3, h + 0.08 + 0.07 * j, z + 0.03 * j)
                r = 0.05 + 0.02 * j
                parts.append(sphere(1.0, at(*c) @ scl(r * 1.3, r, r), "plaster"))
    del rng
    return parts


# ---- 335 prison ------------------------------------------------------------------------------


def _barred(x: float, y: float, z: float, w: float, h: float) -> list[Part]:
    """A small window on a wall facing +z at (x, y, z): a dark opening, a bar down its
    middle."""
    return [
        box(w, h, 0.02, at(x, y, z), "pupil"),
        box(0.01, h, 0.012, at(x, y, z + 0.008), "steel"),
    ]


def _razor_wire(a, b, y: float) -> Part:
    """A coil of razor wire along a wall's top from (x, z) a to b at height y."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    length = float(np.linalg.norm(b - a))
    d = (b - a) / length
    side = np.array([-d[1], d[0]])
    turns = max(2, int(length / 0.075))
    t = np.linspace(0.0, turns * 2 * np.pi, turns * 4 + 1)
    u = t / t[-1]
    p = a[None, :] + u[:, None] * (b - a)[None, :] + 0.035 * np.sin(t)[:, None] * side[None, :]
    pts = np.stack([p[:, 0], y + 0.035 + 0.035 * np.cos(t), p[:, 1]], 1)
    tri = np.array([[1.0, 0.0], [-0.5, 0.87], [-0.5, -0.87]])
    return tube(pts, 0.005, slot="steel", shape=tri)


def _prison(rng: Rng) -> list[Part]:
    """A prison: a grim stone cell block with rows of small barred windows behind a high
    blank wall topped with razor wire, a barred gate in the wall, and a guard tower at its
    front corner with a lookout cabin and a searchlight."""
    W, D = 1.7, 1.3
    x0, x1, z0, z1 = -W / 2, W / 2, -D / 2 - 0.1, D / 2 - 0.1
    bw, bh, bd, bz = 1.1, 0.78, 0.5, -0.3
    parts = [box(bw, bh, bd, at(0, 0, bz), 0, "body")]
    parts.append(box(bw + 0.04, 0.05, bd + 0.04, at(0, bh, bz), 0))  # the parapet
    for row in range(4):  # the rows of barred windows
        for i in range(7):
            x = -bw / 2 + 0.11 + (bw - 0.22) * i / 6
            parts += _barred(x, 0.14 + 0.16 * row, bz + bd / 2, 0.06, 0.08)
    for i in range(2):  # and down its side
        for row in range(4):
            z = bz - bd / 2 + 0.14 + 0.22 * i
            m = at(bw / 2, 0, z) @ rot("y", 90)
            parts.append(box(0.05, 0.08, 0.02, m @ at(0, 0.14 + 0.16 * row, 0), "pupil"))
    wall_h, t = 0.38, 0.06
    walls = [((x0, z1), (x1, z1)), ((x1, z1), (x1, z0)), ((x1, z0), (x0, z0)), ((x0, z0), (x0, z1))]
    for (ax, az), (bx, bz_) in walls:
        length = float(np.hypot(bx - ax, bz_ - az)) + t
        m = at((ax + bx) / 2, 0, (az + bz_) / 2) @ rot(
            "y", np.degrees(np.arctan2(bx - ax, bz_ - az))
        )
        parts.append(box(t, wall_h, length, m, 0))
        parts.append(box(t + 0.02, 0.03, length, m @ at(0, wall_h, 0), 1))  # its coping
        parts.append(_razor_wire((ax, az), (bx, bz_), wall_h + 0.03))
    gate = at(0.25, 0, z1 + t / 2 + 0.002)  # the gate in the front wall, barred
    parts.append(box(0.3, 0.28, 0.01, gate, "pupil"))
    for i in range(5):
        parts.append(box(0.014, 0.28, 0.012, gate @ at(-0.12 + 0.06 * i, 0, 0.008), "steel"))
    parts.append(box(0.3, 0.02, 0.012, gate @ at(0, 0.13, 0.008), "steel"))
    tx, tz, th = x0, z1, 1.05  # the guard tower at the front corner
    parts.append(box(0.16, th, 0.16, at(tx, 0, tz), 0))
    parts.append(box(0.3, 0.03, 0.3, at(tx, th, tz), 1))
    parts.append(box(0.26, 0.18, 0.26, at(tx, th + 0.03, tz), 0))
    for a in range(4):  # the cabin's windows all round
        m = at(tx, th + 0.09, tz) @ rot("y", 90 * a)
        parts.append(box(0.2, 0.07, 0.01, m @ at(0, 0, 0.131), "window"))
    parts.append(lathe([(0.0, 0.0), (0.23, 0.0), (0.0, 0.14)], at(tx, th + 0.21, tz) @ rot("y", 45),
                       1, sides=4))  # fmt: skip
    lamp = at(tx + 0.12, th + 0.13, tz + 0.12) @ align(v3(1.0, -0.4, 0.3))
    parts.append(cylinder(0.035, 0.045, 0.06, lamp, 1))
    parts.append(cylinder(0.04, 0.04, 0.01, lamp @ at(0, 0.06, 0), "glow"))
    del rng
    return parts


# ---- 336 pier --------------------------------------------------------------------------------


def _pier(rng: Rng) -> list[Part]:
    """A wooden pier running out over a patch of water from a strip of sandy shore: a plank
    deck on pairs of round piles, a railing along each side, a life ring hung on it and a lamp
    post glowing at its far end."""
    parts = water_patch(1.4, 1.8, at(0, 0, 0.1))
    bank = sharp([(-1.1, 0.0), (-0.62, 0.0), (-0.82, 0.2), (-1.1, 0.22)])
    parts.append(slab(bank, 1.4, ZYX, "seed", "shore"))  # the sandy shore it starts from
    w, deck, z0, z1 = 0.36, 0.24, -1.0, 0.85
    n = int((z1 - z0) / 0.075)
    for i in range(n):  # the planks across it
        z = z0 + (i + 0.5) * (z1 - z0) / n
        parts.append(box(w * float(rng.uniform(0.97, 1.03)), 0.025, 0.066, at(0, deck, z), 0,
                         "body" if i == 0 else ""))  # fmt: skip
    for s in (-1, 1):  # stringers under the planks
        parts.append(
            box(0.04, 0.04, z1 - z0, at(s * (w / 2 - 0.04), deck - 0.04, (z0 + z1) / 2), 0)
        )
    for z in np.linspace(z0 + 0.3, z1 - 0.05, 5):  # pairs of piles
        for s in (-1, 1):
            parts.append(cylinder(0.028, 0.028, deck + 0.02, at(s * (w / 2 - 0.02), 0, z), 0))
        parts.append(box(w, 0.03, 0.03, at(0, deck - 0.07, z), 0))
    for s in (-1, 1):  # the railings
        x = s * (w / 2 - 0.015)
        for z in np.linspace(z0 + 0.05, z1 - 0.03, 7):
            parts.append(box(0.025, 0.26, 0.025, at(x, deck + 0.025, z), 1))
        for y in (deck + 0.28, deck + 0.16):
            parts.append(box(0.03, 0.025, z1 - z0 - 0.05, at(x, y, (z0 + z1) / 2 + 0.01), 1))
    ring = at(w / 2 + 0.015, deck + 0.16, 0.2) @ rot("z", 90)
    parts.append(torus(0.07, 0.022, ring, "card-red"))
    for k in range(4):  # its white bands, each wrapped round the ring's tube
        a = np.pi / 4 + np.pi / 2 * k
        band = at(0.07 * np.cos(a), 0, 0.07 * np.sin(a)) @ align(v3(-np.sin(a), 0, np.cos(a)))
        parts.append(torus(0.022, 0.008, ring @ band, "snow"))
    lx, lz = -w / 2 + 0.03, z1 - 0.04
    parts.append(cylinder(0.022, 0.016, 0.62, at(lx, deck + 0.02, lz), 1))  # the lamp post
    parts.append(cylinder(0.04, 0.04, 0.03, at(lx, deck + 0.02, lz), 1))
    parts.append(sphere(1.0, at(lx, deck + 0.7, lz) @ scl(0.055, 0.07, 0.055), "glow"))
    parts.append(cylinder(0.07, 0.0, 0.06, at(lx, deck + 0.75, lz), 1))
    parts.append(torus(0.045, 0.008, at(lx, deck + 0.64, lz), 1))
    return parts


# ---- 337 maze --------------------------------------------------------------------------------


def _labyrinth(n: int, rng: Rng) -> tuple[np.ndarray, np.ndarray]:
    """A perfect maze on an n by n grid, grown by a random depth-first walk from the centre:
    ``h[i, j]`` is the wall along row line i (z) over column j, ``v[i, j]`` the wall along
    column line j (x) beside row i; True where a wall stands."""
    h = np.ones((n + 1, n), bool)
    v = np.ones((n, n + 1), bool)
    seen = np.zeros((n, n), bool)
    stack = [(n // 2, n // 2)]
    seen[n // 2, n // 2] = True
    while stack:
        i, j = stack[-1]
        steps = [(di, dj) for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1))
                 if 0 <= i + di < n and 0 <= j + dj < n and not seen[i + di, j + dj]]  # fmt: skip
        if not steps:
            stack.pop()
            continue
        di, dj = steps[int(rng.integers(len(steps)))]
        if di:
            h[max(i, i + di), j] = False
        else:
            v[i, max(j, j + dj)] = False
        seen[i + di, j + dj] = True
        stack.append((i + di, j + dj))
    return h, v


def _runs(line: np.ndarray) -> list[tuple[int, int]]:
    """The (start, end) of each run of True in a row of walls."""
    out, start = [], None
    for k, on in enumerate([*line, False]):
        if on and start is None:
            start = k
        elif not on and start is not None:
            out.append((start, k))
            start = None
    return out


def _maze(rng: Rng) -> list[Part]:
    """A hedge maze: a square of low clipped hedges laid out in a true labyrinth (every path
    reaches its centre) on gravel, a way in at the middle of its front edge between two
    clipped balls, a path leading up to it, and a little white pavilion at its centre."""
    n, cell, hh, t = 9, 0.17, 0.1, 0.045
    size = n * cell
    parts = [box(size + 0.1, 0.03, size + 0.1, None, 1, "ground")]
    h, v = _labyrinth(n, rng)
    h[n, n // 2] = False  # the way in, at the front
    top = 0.03

    def coord(k: int) -> float:
        return -size / 2 + k * cell

    first = True
    for i in range(n + 1):  # the walls along x
        for a, b in _runs(h[i]):
            length = (b - a) * cell + t
            parts.append(box(length, hh, t, at((coord(a) + coord(b)) / 2, top, coord(i)), 0,
                             "body" if first else ""))  # fmt: skip
            first = False
    for j in range(n + 1):  # the walls along z
        for a, b in _runs(v[:, j]):
            length = (b - a) * cell + t
            parts.append(box(t, hh, length, at(coord(j), top, (coord(a) + coord(b)) / 2), 0))
    parts.append(cylinder(0.07, 0.07, 0.02, at(0, top, 0), "plaster"))  # its centre: a pavilion
    for k in range(6):
        a = 2 * np.pi * k / 6
        x, z = 0.055 * np.cos(a), 0.055 * np.sin(a)
        parts.append(cylinder(0.009, 0.009, 0.2, at(x, top + 0.02, z), "plaster"))
    parts.append(cylinder(0.075, 0.075, 0.02, at(0, top + 0.22, 0), "plaster"))
    parts.append(sphere(1.0, at(0, top + 0.24, 0) @ scl(0.07, 0.07, 0.07), "plaster"))
    parts.append(cylinder(0.01, 0.0, 0.06, at(0, top + 0.3, 0), "plaster"))
    for s in (-1, 1):  # clipped balls on posts flanking the way in
        parts.append(sphere(0.05, at(s * cell * 0.5, top + hh + 0.04, size / 2), 0))
    for k in range(3):  # a gravel path leading to it
        parts.append(box(cell - t, 0.005, 0.08, at(0, top, size / 2 + 0.06 + 0.1 * k), "seed"))
    return parts


# ---- 338 podium ------------------------------------------------------------------------------

_DIGITS = {
    1: [[(0.02, 0.0), (0.02, 1.0)], [(0.02, 1.0), (-0.2, 0.78)], [(-0.18, 0.0), (0.22, 0.0)]],
    2: [[(-0.24, 0.72), (-0.14, 0.94), (0.05, 1.0), (0.22, 0.9), (0.25, 0.7), (0.12, 0.48),
         (-0.08, 0.26), (-0.25, 0.02)], [(-0.27, 0.0), (0.28, 0.0)]],
    3: [[(-0.24, 0.86), (-0.05, 1.0), (0.18, 0.95), (0.24, 0.77), (0.12, 0.58), (-0.06, 0.54)],
        [(-0.06, 0.54), (0.16, 0.49), (0.27, 0.28), (0.18, 0.06), (-0.02, 0.0), (-0.26, 0.1)]],
}  # fmt: skip
"""Strokes of the digits 1 to 3, about 0.5 wide and 1 tall, from their baseline."""


def _digit(d: int, m: np.ndarray, r: float, slot=1) -> list[Part]:
    """The digit d drawn in tubes of radius r (in its own units) on the plane z = 0 of m."""
    return [tube([(x, y, 0.0) for x, y in s], r, m, slot) for s in _DIGITS[d]]


def _podium(rng: Rng) -> list[Part]:
    """A winners' podium: three blocks side by side, the middle one highest, each banded at its
    top and foot (the second material) and its place (1, 2, 3) raised large on its front."""
    w, d = 0.5, 0.5
    parts = []
    for place, x, h in ((1, 0.0, 0.62), (2, -w, 0.42), (3, w, 0.28)):
        parts.append(box(w - 0.01, h, d, at(x, 0, 0), 0, "body" if place == 1 else ""))
        parts.append(box(w, 0.03, d + 0.01, at(x, h - 0.03, 0), 1))
        parts.append(box(w, 0.03, d + 0.01, at(x, 0.0, 0), 1))
        size = min(0.3, h * 0.6)
        face = at(x, (h - size) / 2, d / 2 + 0.012) @ scl(size, size, size)
        parts += _digit(place, face, 0.07)
    del rng
    return parts


# ---- 339 shower ------------------------------------------------------------------------------


def _shower(rng: Rng) -> list[Part]:
    """A shower stall: two walls of square tiles in a corner over a square tray with a drain,
    a framed glass screen down its open side, a riser pipe and a long arm holding a big round
    shower head, a mixer knob, and streams and drops of water falling from the head."""
    S, H, th = 0.86, 1.6, 0.04
    parts = [
        box(S, 0.08, S, None, 1, "tray"),
        box(S - 0.08, 0.02, S - 0.08, at(0, 0.07, 0), "snow"),
    ]
    parts.append(cylinder(0.035, 0.035, 0.01, at(0.05, 0.085, 0.05), "steel"))  # the drain
    parts.append(box(S + th, H, th, at(-th / 2, 0, -S / 2 - th / 2), 0, "body"))  # back wall
    parts.append(box(th, H, S, at(-S / 2 - th / 2, 0, 0), 0))  # left wall
    tile = S / 6
    for k in range(1, int(H / tile) + 1):  # grout lines
        y = k * tile
        parts.append(box(S, 0.006, 0.004, at(0, y, -S / 2 + 0.001), "marking"))
        parts.append(box(0.004, 0.006, S, at(-S / 2 + 0.001, y, 0), "marking"))
    for k in range(1, 6):
        u = -S / 2 + k * tile
        parts.append(box(0.006, H, 0.004, at(u, 0, -S / 2 + 0.001), "marking"))
        parts.append(box(0.004, H, 0.006, at(-S / 2 + 0.001, 0, u), "marking"))
    gh = H - 0.2  # the glass screen down its right side, framed
    parts.append(box(0.012, gh, S, at(S / 2 - 0.01, 0.08, 0), "pane"))
    for y in (0.08, 0.08 + gh):
        parts.append(stick((S / 2, y, -S / 2), (S / 2, y, S / 2), 0.012, "steel"))
    for z in (-S / 2, S / 2):
        parts.append(stick((S / 2, 0.08, z), (S / 2, 0.08 + gh, z), 0.012, "steel"))
    wall = -S / 2
    parts.append(stick((0.0, 0.9, wall + 0.02), (0.0, 1.5, wall + 0.02), 0.018, 1))  # riser
    parts.append(cylinder(0.06, 0.06, 0.03, at(0, 0.9, wall) @ rot("x", 90), 1))  # the mixer
    parts.append(box(0.1, 0.025, 0.025, at(0, 0.89, wall + 0.05), 1))
    arm = [(0.0, 1.5, wall + 0.02), (0.0, 1.56, wall + 0.1), (0.0, 1.52, wall + 0.38)]
    parts.append(tube(arm, 0.016, slot=1))
    head = at(0.0, 1.52, wall + 0.42)
    parts.append(cylinder(0.02, 0.13, 0.06, head @ rot("x", 180), 1))
    parts.append(cylinder(0.125, 0.125, 0.01, head @ at(0, -0.07, 0), "steel"))
    hub = v3(0.0, 1.44, wall + 0.42)
    for k in range(18):  # streams of water spraying down from it
        a = 2 * np.pi * k / 18 + float(rng.uniform(-0.15, 0.15))
        r0 = 0.1 * (0.5 + 0.5 * (k % 2))
        p0 = hub + v3(r0 * np.cos(a), 0, r0 * np.sin(a))
        fall = float(rng.uniform(0.55, 1.2))
        p1 = p0 + v3(0.22 * fall * np.cos(a) * r0 / 0.1, -fall, 0.22 * fall * np.sin(a) * r0 / 0.1)
        parts.append(tube([p0, p1], [0.007, 0.004], slot="rain"))
    for _ in range(16):  # drops below them, falling and splashing
        a = float(rng.uniform(0, 2 * np.pi))
        rr = float(rng.uniform(0.05, 0.32))
        c = v3(rr * np.cos(a), float(rng.uniform(0.12, 0.8)), wall + 0.42 + rr * np.sin(a))
        parts.append(sphere(1.0, at(*c) @ scl(0.014, 0.026, 0.014), "rain"))
    return parts


# ---- 340 trampoline --------------------------------------------------------------------------


def _trampoline(rng: Rng) -> list[Part]:
    """A round trampoline: a black mat inside a ring of steel frame, joined by a ring of coil
    springs, on six splayed legs joined in W-shaped pairs; a padded cover folded back over
    one edge of the springs."""
    R, y, mat = 0.8, 0.45, 0.62
    parts = [torus(R, 0.028, at(0, y, 0), 0, "body")]
    parts.append(cylinder(mat, mat, 0.012, at(0, y - 0.006, 0), "cloth-dark"))
    parts.append(torus(mat, 0.012, at(0, y, 0), "cloth-dark"))  # its hem
    n = 28
    for k in range(n):
        a = 2 * np.pi * (k + 0.5) / n
        d = v3(np.cos(a), 0, np.sin(a))
        parts.append(
            coil_spring(v3(0, y, 0) + d * (mat + 0.005), v3(0, y, 0) + d * (R - 0.02), 0.016)
        )
    for k in range(3):  # the legs: three W-shaped pairs, each pair's feet joined on the ground
        a = 2 * np.pi * k / 3 + np.pi / 6
        for s in (-1, 1):
            b = a + s * 0.32
            top = v3(R * np.cos(b), y, R * np.sin(b))
            foot = v3((R + 0.06) * np.cos(b), 0.02, (R + 0.06) * np.sin(b))
            parts.append(tube([top, top + v3(0, -0.2, 0) + (foot - top) * 0.1, foot], 0.022,
                              slot=0))  # fmt: skip
        fa, fb = a - 0.32, a + 0.32
        foot_a = v3((R + 0.06) * np.cos(fa), 0.02, (R + 0.06) * np.sin(fa))
        foot_b = v3((R + 0.06) * np.cos(fb), 0.02, (R + 0.06) * np.sin(fb))
        mid = (foot_a + foot_b) / 2 * 1.02
        parts.append(tube([foot_a, mid, foot_b], 0.022, slot=0))
    del rng
    return parts


# ---- 341 dumpster ----------------------------------------------------------------------------


def _dumpster(rng: Rng) -> list[Part]:
    """A big steel dumpster: an open-topped bin whose front slants out toward the top, ribs
    and fork pockets on its sides, castors beneath; two lids hinged at its back, one shut and
    one flung open leaning back, bin bags and a carton heaped up inside."""
    L, H, d0, d1 = 1.4, 0.74, 0.5, 0.8  # length; height; depth at the bottom and at the top
    y0, t, zb = 0.1, 0.03, -0.4  # its floor's height; wall thickness; its upright back
    zf = zb + d0  # the front's foot
    side = sharp([(zb, 0.0), (zf, 0.0), (zb + d1, H), (zb, H)])
    parts = []
    for s in (-1, 1):  # the sides, each an outline in (z, y) laid across x
        m = at(s * (L / 2 - t / 2), y0, 0) @ ZYX
        parts.append(slab(side, t, m, 0, "body" if s < 0 else ""))
        for z in (zb + 0.12, zb + 0.3):  # upright ribs
            rib = sharp([(z - 0.025, 0.0), (z + 0.025, 0.0), (z + 0.025 + 0.1 * (d1 - d0)
                            * (z - zb) / d0, H), (z - 0.025, H)])  # fmt: skip
            parts.append(slab(rib, 0.02, at(s * (L / 2 + 0.01), y0, 0) @ ZYX, 0))
        pocket = at(s * (L / 2 + 0.04), y0 + 0.3, zb + 0.02)  # the fork pocket
        parts.append(box(0.07, 0.09, 0.5, pocket @ at(0, 0, 0.25), 0))
        parts.append(box(0.05, 0.06, 0.01, pocket @ at(0, 0.015, 0.5), "pupil"))
    parts.append(box(L, H, t, at(0, y0, zb - t / 2), 0))  # the back
    slant = np.degrees(np.arctan2(d1 - d0, H))
    front = at(0, y0, zf + t / 2) @ rot("x", slant)
    parts.append(box(L - 2 * t, float(np.hypot(H, d1 - d0)), t, front, 0))
    parts.append(box(L, t, d0, at(0, y0, zb + d0 / 2), 0))  # the floor
    rim = [(-L / 2, zb), (L / 2, zb), (L / 2, zb + d1), (-L / 2, zb + d1), (-L / 2, zb)]
    for (xa, za), (xb, zc) in pairwise(rim):  # the rolled rim
        parts.append(stick((xa, y0 + H, za), (xb, y0 + H, zc), 0.02, 0))
    for x in (-L / 2 + 0.12, L / 2 - 0.12):  # castors
        for z in (zb + 0.08, zf - 0.08):
            parts.append(box(0.05, 0.04, 0.05, at(x, y0 - 0.04, z), "steel"))
            parts.append(cylinder(0.035, 0.035, 0.03, at(x - 0.015, 0.035, z) @ rot("z", -90),
                                  "cloth-dark"))  # fmt: skip
    hinge = v3(0, y0 + H + 0.02, zb)
    for s, open_ in ((-1, False), (1, True)):  # the lids
        m = _about(hinge, "x", -125 if open_ else -4)
        parts.append(box(L / 2 - 0.02, 0.03, d1 + 0.05, m @ at(s * L / 4, y0 + H + 0.01,
                                                                  zb + d1 / 2 + 0.02), 1))  # fmt: skip
        for k in range(3):  # ribs across it
            z = zb + 0.15 + 0.25 * k
            parts.append(box(L / 2 - 0.06, 0.025, 0.04, m @ at(s * L / 4, y0 + H + 0.035, z), 1))
        parts.append(
            cylinder(
                0.02,
                0.02,
                L / 2 - 0.1,
                m @ at(s * L / 4 - (L / 4 - 0.05), hinge[1], hinge[2]) @ rot("z", -90),
                1,
            )
        )
    bags = [(0.22, 0.0, 0.15, "pupil"), (0.45, 0.2, 0.13, "pupil"), (0.2, 0.38, 0.12, "sheet"),
            (0.5, 0.5, 0.12, "pupil")]  # fmt: skip
    for k, (x, z, r, slot) in enumerate(bags):  # bin bags heaped in the open half, tied off
        c = v3(x, y0 + H - 0.04 + float(rng.uniform(0, 0.06)), zb + 0.12 + z)
        parts.append(sphere(1.0, at(*c) @ rot("y", 50 * k) @ scl(r * 1.25, r * 0.85, r), slot))
        knot = at(*(c + v3(0, r * 0.75, 0)))
        parts.append(cylinder(0.012, 0.045, 0.07, knot, slot))
    carton = at(-0.05, y0 + H - 0.15, zb + d1 * 0.55) @ rot("z", 25) @ rot("y", 30)
    parts.append(box(0.22, 0.2, 0.18, carton, "pencil-wood"))
    parts.append(stick((0.05, y0 + H - 0.1, zb + 0.2), (0.5, y0 + H + 0.25, zb + 0.35), 0.02,
                       "cork"))  # a broken plank # fmt: skip
    return parts


MORE_APPLIANCES_G = {
    330: _parachute, 331: _raft, 332: _gate, 333: _hut, 334: _factory, 335: _prison,
    336: _pier, 337: _maze, 338: _podium, 339: _shower, 340: _trampoline, 341: _dumpster,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
