"""More of the device family's appliances, from 306: a padlock, a wood screw, nails, a kitchen
sink, a tap, an electric fan, a comb, a tyre, bricks, a pair of dice, a sewing button and a
crane hook.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl
from ._kit import arc, big_nail, block_ring, die, rrect, rrect_outline
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_E"]

Rng = np.random.Generator


def _padlock(rng: Rng) -> list[Part]:
    """A padlock: a squat rounded body, its thick U-shaped shackle rising from its top, a
    keyhole on a round plate in its face."""
    W, H, D = 0.8, 0.62, 0.3
    parts = [slab(rrect_outline(W, H, 0.12), D, at(0, H / 2, 0), 0, "body")]
    for y in (0.05, H - 0.05):  # the bands of its top and bottom plates
        parts.append(slab(rrect_outline(W + 0.02, 0.035, 0.015), D + 0.02, at(0, y, 0), 0))
    span, lift = 0.25, float(rng.uniform(0.0, 0.06))
    path = [(-span, H - 0.1, 0.0), (-span, H + 0.22, 0.0)]
    path += arc((0, H + 0.22), span, 180, 0, 9)[1:-1]
    path += [(span, H + 0.22, 0.0), (span, H - 0.1 + lift, 0.0)]
    parts.append(tube(path, 0.065, slot=1))  # the shackle
    face = at(0, 0.27, D / 2)
    parts.append(cylinder(0.1, 0.1, 0.02, face @ rot("x", 90), 1))  # the keyhole's plate
    parts.append(cylinder(0.035, 0.035, 0.03, face @ at(0, 0.03, 0) @ rot("x", 90), "pupil"))
    keyway = [(-0.018, 0.03), (0.018, 0.03), (0.03, -0.07), (-0.03, -0.07)]
    parts.append(slab(keyway, 0.03, face @ at(0, 0, 0.012), "pupil"))
    return parts


def _thread(r_core, y0: float, y1: float, pitch: float, size: float, m) -> Part:
    """A screw's thread: a sharp ridge winding round a core of radius ``r_core(y)`` from y0 to
    y1, ``pitch`` apart, standing ``size`` proud of it (fading in at y0)."""
    turns = (y1 - y0) / pitch
    n = max(8, round(turns * 12))
    t = np.linspace(0.0, turns * 2 * np.pi, n)
    y = y0 + (y1 - y0) * t / t[-1]
    r = np.array([r_core(v) for v in y])
    pts = np.stack([r * np.cos(t), y, r * np.sin(t)], 1)
    fade = np.clip((y - y0) / (0.6 * pitch), 0.0, 1.0) * np.clip((y1 - y) / (0.3 * pitch), 0.0, 1.0)
    ridge = np.array([[1.0, 0.0], [0.0, 0.45], [-1.0, 0.0], [0.0, -0.45]])
    return tube(pts, size * np.maximum(fade, 0.05), m, 0, shape=ridge)


def _screw(rng: Rng) -> list[Part]:
    """A wood screw standing on its point, leaning a little: a countersunk head with a slot or a
    cross cut in it, a deep thread winding down the shank and narrowing to the point."""
    L, r = 1.3, 0.11

    def core(y: float) -> float:
        return r * min(1.0, 0.15 + 0.85 * y / 0.35)

    m = rot("x", 16) @ rot("z", 8)
    prof = [(0.0, 0.0), (0.3 * r, 0.05), (r, 0.35), (r, L - 0.18), (0.26, L - 0.02), (0.26, L),
            (0.0, L + 0.01)]  # fmt: skip
    parts = [lathe(prof, m, 0, "body")]
    parts.append(_thread(core, 0.03, L - 0.4, 0.16, 0.08, m))
    top = m @ at(0, L - 0.01, 0)
    if rng.uniform() < 0.5:  # a cross head, or a slot
        for a in (0, 90):
            parts.append(box(0.3, 0.03, 0.055, top @ rot("y", a + 20), "pupil"))
    else:
        parts.append(box(0.44, 0.03, 0.06, top @ rot("y", 20), "pupil"))
    return parts


def _nails(rng: Rng) -> list[Part]:
    """Three big steel nails lying crossed in a heap: flat round heads, long square shanks
    tapering to their points."""
    parts = []
    lie = rot("z", -90) @ at(0, -0.7, 0)  # +y along +x, centred
    poses = [(0.0, 0.13, 0.25, 8, 4), (-0.05, 0.24, -0.05, 142, -7), (0.12, 0.32, -0.1, 40, 6)]
    for k, (x, y, z, yaw, tilt) in enumerate(poses):
        yaw += float(rng.uniform(-6, 6))
        parts += big_nail(
            at(x, y, z) @ rot("y", yaw) @ rot("z", tilt) @ lie, "body" if k == 0 else ""
        )
    return parts


def _sink(rng: Rng) -> list[Part]:
    """A kitchen sink: a deep steel basin with a rim set in a short counter top over its
    cupboard, a ribbed draining board beside it, a swan-neck tap arching over it with its
    lever, a dark plughole in its floor."""
    W, D, H = 1.5, 0.72, 0.8  # the counter
    bw, bd, depth, cx = 0.8, 0.5, 0.28, -0.2  # the basin, and where along the counter
    top, t = H - 0.04, 0.05
    hb = top + t - depth - 0.02  # the cupboard, hollow round the basin
    cw, cd = W - 0.04, D - 0.06
    parts = [box(cw, hb, cd, None, 1, "body")]
    for s in (-1, 1):
        parts.append(box(cw, top - hb, cd / 2 - bd / 2, at(0, hb, s * (cd + bd) / 4), 1))
        x0, x1 = (-cw / 2, cx - bw / 2) if s < 0 else (cx + bw / 2, cw / 2)
        parts.append(box(x1 - x0, top - hb, bd, at((x0 + x1) / 2, hb, 0), 1))
    for x in (-W / 4, W / 4):  # the cupboard's doors and their knobs
        parts.append(box(W / 2 - 0.06, H - 0.16, 0.01, at(x, 0.06, D / 2 - 0.03), 1))
        parts.append(sphere(0.022, at(x + (0.25 if x < 0 else -0.25), H - 0.3, D / 2 - 0.01), 0))
    for s in (-1, 1):  # the counter top round the basin's hole
        parts.append(box(W, t, (D - bd) / 2, at(0, top, s * (D + bd) / 4), 1))
        x0, x1 = (-W / 2, cx - bw / 2) if s < 0 else (cx + bw / 2, W / 2)
        parts.append(box(x1 - x0, t, bd, at((x0 + x1) / 2, top, 0), 1))
    y1 = top + t
    basin = [(0.0, -depth), (0.44, -depth), (0.49, -depth + 0.03), (0.5, -0.02), (0.5, 0.0),
             (0.535, 0.0), (0.535, 0.012), (0.48, 0.012), (0.47, -0.02), (0.46, -depth + 0.04),
             (0.42, -depth + 0.012), (0.0, -depth + 0.012)]  # fmt: skip
    parts.append(lathe(basin, at(cx, y1, 0) @ scl(bw, 1.0, bd), 0, shape=rrect(2.0, 2.0, 0.3, 4)))
    drain = at(cx, y1 - depth + 0.013, 0.0)
    parts.append(cylinder(0.05, 0.05, 0.004, drain, 0))
    parts.append(cylinder(0.035, 0.035, 0.006, drain, "pupil"))  # the plughole
    for a in (0, 60, 120):
        parts.append(box(0.07, 0.008, 0.008, drain @ rot("y", a), 0))
    dx0, dx1 = cx + bw / 2 + 0.02, W / 2 - 0.05  # the draining board, its ribs
    parts.append(box(dx1 - dx0, 0.008, bd, at((dx0 + dx1) / 2, y1, 0), 0))
    for k in range(6):
        z = -bd / 2 + 0.06 + (bd - 0.12) * k / 5
        parts.append(box(dx1 - dx0 - 0.06, 0.014, 0.018, at((dx0 + dx1) / 2 + 0.02, y1, z), 0))
    # the swan-neck tap behind the basin
    bx, bz = cx, -bd / 2 - 0.07
    parts.append(cylinder(0.04, 0.035, 0.08, at(bx, y1, bz), 0))
    neck = [(bx, y1 + 0.05, bz), (bx, y1 + 0.45, bz), (bx, y1 + 0.57, bz + 0.07),
            (bx, y1 + 0.55, bz + 0.22), (bx, y1 + 0.42, bz + 0.29)]  # fmt: skip
    parts.append(tube(neck, 0.03, slot=0))
    parts.append(cylinder(0.032, 0.028, 0.035, at(bx, y1 + 0.41, bz + 0.295) @ rot("x", 180), 0))
    lever = at(bx + 0.04, y1 + 0.14, bz) @ rot("z", -70)
    parts.append(cylinder(0.025, 0.015, 0.16, lever, 0))
    del rng
    return parts


def _tap(rng: Rng) -> list[Part]:
    """A tap (a faucet) on its round foot: a stout upright body, a spout curving out and down
    to its mouth, a cross handle with a red cap on top, a drip falling from the spout."""
    parts = [lathe([(0.0, 0.0), (0.22, 0.0), (0.2, 0.05), (0.09, 0.08), (0.0, 0.08)], None, 0,
                   "body")]  # fmt: skip
    parts.append(lathe([(0.09, 0.05), (0.1, 0.2), (0.11, 0.45), (0.09, 0.55), (0.0, 0.56)],
                       None, 0))  # fmt: skip
    spout = [(0.0, 0.4, 0.05), (0.0, 0.42, 0.3), (0.0, 0.37, 0.48), (0.0, 0.25, 0.55)]
    parts.append(tube(spout, [0.06, 0.055, 0.05, 0.05], slot=0))
    parts.append(cylinder(0.055, 0.06, 0.04, at(0, 0.21, 0.555), 0))  # its mouth
    parts.append(cylinder(0.05, 0.05, 0.01, at(0, 0.205, 0.555), "pupil"))
    parts.append(cylinder(0.04, 0.05, 0.12, at(0, 0.55, 0), 0))  # the handle's stem
    hub = at(0, 0.7, 0)
    for k in range(4):  # the cross handle
        a = 45 + 90 * k
        arm = hub @ rot("y", a)
        parts.append(tube([(0, 0, 0), (0.16, 0.015, 0), (0.2, 0.03, 0)], [0.03, 0.025, 0.025],
                          arm, 0))  # fmt: skip
        parts.append(sphere(0.04, arm @ at(0.21, 0.03, 0), 0))
    parts.append(cylinder(0.06, 0.055, 0.05, hub @ at(0, -0.02, 0), 0))
    parts.append(cylinder(0.045, 0.04, 0.02, hub @ at(0, 0.03, 0), "card-red"))
    drop = [(0.0, 0.0), (0.035, 0.03), (0.02, 0.07), (0.0, 0.1)]
    y = float(rng.uniform(0.06, 0.1))
    parts.append(lathe(drop, at(0, y, 0.555), "rain"))
    return parts


_WIRE = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
"""A thin wire's cross-section: four sides are round enough."""


def _fan(rng: Rng) -> list[Part]:
    """An electric desk fan: four broad blades round a hub inside a round wire cage, on the
    motor behind it, an upright neck and a round heavy base with its speed buttons."""
    R, cy = 0.44, 1.0
    tilt = float(rng.uniform(-4, 8))
    head = at(0, cy, 0.0) @ rot("x", -tilt)
    parts = [lathe([(0.0, 0.0), (0.38, 0.0), (0.38, 0.05), (0.32, 0.09), (0.0, 0.1)], None, 0,
                   "body")]  # fmt: skip
    for k in range(3):  # the speed buttons
        parts.append(box(0.06, 0.03, 0.05, at(-0.08 + 0.08 * k, 0.07, 0.26), 1 if k else "glow"))
    parts.append(stick((0, 0.08, -0.05), (0, cy - 0.15, -0.12), 0.035, 0))  # the neck
    parts.append(sphere(1.0, at(0, cy - 0.15, -0.12) @ scl(0.06), 0))  # its joint
    motor = [(0.0, -0.36), (0.1, -0.35), (0.14, -0.28), (0.14, -0.1), (0.1, -0.04), (0.0, -0.03)]
    parts.append(lathe(motor, head @ rot("x", 90), 0))
    parts.append(cylinder(0.05, 0.05, 0.05, head @ rot("x", 90) @ at(0, -0.05, 0), 0))
    # the blades round the hub
    blade = [(0.0, 0.04), (0.12, 0.14), (0.2, 0.34), (0.12, 0.4), (-0.06, 0.36), (-0.08, 0.2),
             (-0.04, 0.06)]  # fmt: skip
    spin = float(rng.uniform(0, 90))
    for k in range(4):
        m = head @ at(0, 0, 0.05) @ rot("z", spin + 90 * k) @ rot("y", 18)
        parts.append(slab(blade, 0.012, m, 1))
    parts.append(lathe([(0.0, 0.0), (0.08, 0.0), (0.07, 0.04), (0.0, 0.06)],
                       head @ at(0, 0, 0.03) @ rot("x", 90), 1))  # fmt: skip
    # the cage: a rim, wires bowing out over the front and the back, rings on its face
    face = head @ rot("x", 90)  # local y along the fan's axis, toward the viewer
    parts.append(torus(R, 0.014, face @ at(0, 0.05, 0), 0))
    for k in range(16):
        a = np.radians(360 * k / 16)
        c, s = np.cos(a), np.sin(a)
        bow = [(0.05 * c, 0.2, 0.05 * s), (0.3 * c, 0.18, 0.3 * s), (0.42 * c, 0.11, 0.42 * s),
               (R * c, 0.05, R * s)]  # fmt: skip
        parts.append(tube(bow, 0.006, face, 0, shape=_WIRE))
        if k % 2 == 0:
            back = [(R * c, 0.05, R * s), (0.42 * c, -0.02, 0.42 * s), (0.2 * c, -0.06, 0.2 * s)]
            parts.append(tube(back, 0.006, face, 0, shape=_WIRE))
    for rr, y in ((0.3, 0.18), (0.16, 0.2)):
        parts.append(torus(rr, 0.007, face @ at(0, y, 0), 0))
    parts.append(cylinder(0.07, 0.07, 0.02, face @ at(0, 0.2, 0), 1))  # the badge
    return parts


def _comb(rng: Rng) -> list[Part]:
    """A hair comb standing on edge: a long solid spine along its top, a row of long teeth
    hanging from it, fine at one end and coarse at the other."""
    L, h, teeth_l = 1.5, 0.12, 0.38
    d = 0.04
    y0 = teeth_l + 0.01
    parts = [slab(rrect_outline(L, h, 0.04), d, at(0, y0 + h / 2, 0), 0, "body")]
    n = 36
    split = int(n * 0.45)
    for k in range(n):
        x = -L / 2 + 0.04 + (L - 0.08) * k / (n - 1)
        w = 0.014 if k < split else 0.022
        tip = teeth_l * (0.92 if k < split else 1.0) + float(rng.uniform(-0.005, 0.005))
        tooth = [(-w, 0.0), (w, 0.0), (0.7 * w, -tip + w), (0.0, -tip), (-0.7 * w, -tip + w)]
        parts.append(slab(tooth, d * 0.85, at(x, y0 + 0.01, 0), 0))
    parts.append(box(L * 0.5, 0.01, 0.004, at(0.2, y0 + h * 0.45, d / 2), 1))  # an inlay line
    return parts


def _tyre(rng: Rng) -> list[Part]:
    """A car tyre standing on its edge: a fat rubber ring with chunky tread blocks all round
    its face, a steel wheel rim inside with its hub and wheel nuts."""
    R, r_in, half = 0.62, 0.38, 0.2  # outer and inner radius, half the width
    turn = -25 + float(rng.uniform(-6, 6))  # its axle along z, turned to show the tread
    stand = at(0, R + 0.058, 0) @ rot("y", turn) @ rot("x", 90)
    mid = (R + r_in) / 2
    wall = [(r_in, -half + 0.02), (mid, -half), (R - 0.05, -half + 0.01), (R - 0.01, -half + 0.07),
            (R, 0.0), (R - 0.01, half - 0.07), (R - 0.05, half - 0.01), (mid, half),
            (r_in, half - 0.02), (r_in - 0.02, 0.0)]  # fmt: skip
    parts = [lathe(wall, stand, 0, "body", closed=True)]
    for side in (-1, 1):  # the tread: two bands of blocks, staggered, each over its shoulder
        band = [(0.56, 0.015), (0.53, 0.16), (0.58, 0.205), (0.635, 0.16), (R + 0.045, 0.09),
                (R + 0.045, 0.015)]  # fmt: skip
        band = [(r, side * y) for r, y in band]
        blocks = block_ring(24, 0.13, 0.25 + 0.5 * (side > 0))
        parts.append(lathe(band, stand, 0, closed=True, shape=blocks))
    rim = [(0.0, -0.06), (0.12, -0.06), (0.14, -0.1), (0.33, -0.12), (0.37, -0.15), (0.4, -0.17),
           (0.39, 0.15), (0.35, 0.14), (0.3, 0.1), (0.0, 0.1)]  # fmt: skip
    parts.append(lathe(rim, stand @ rot("x", 180), 1))
    face = stand @ rot("x", 180) @ at(0, 0.1, 0)
    parts.append(cylinder(0.09, 0.07, 0.05, face, 1))  # the hub
    for k in range(5):  # wheel nuts and holes in the disc
        a = np.radians(72 * k + 18)
        parts.append(cylinder(0.022, 0.02, 0.04, face @ at(0.14 * np.cos(a), 0, 0.14 * np.sin(a)),
                              1))  # fmt: skip
        b = a + np.radians(36)
        hole = face @ at(0.24 * np.cos(b), -0.005, 0.24 * np.sin(b))
        parts.append(cylinder(0.045, 0.045, 0.01, hole, "pupil"))
    return parts


def _brick(m, L: float, H: float, W: float, frog: bool, tag: str = "") -> list[Part]:
    """One brick L × H × W under ``m`` standing on 0, its frog (a shallow trough) in its top."""
    if not frog:
        return [box(L, H, W, m, 0, tag)]
    d, rim = 0.05, 0.07
    parts = [box(L, H - d, W, m, 0, tag)]
    for s in (-1, 1):
        parts.append(box(L, d, rim, m @ at(0, H - d, s * (W - rim) / 2), 0))
        parts.append(box(rim, d, W - 2 * rim, m @ at(s * (L - rim) / 2, H - d, 0), 0))
    return parts


def _bricks(rng: Rng) -> list[Part]:
    """Three clay house bricks stacked in a little bond with mortar between them: two side by
    side, one laid across their joint with its frog (the trough in its top) showing."""
    L, H, W, j = 0.66, 0.2, 0.32, 0.03
    parts = []
    for s in (-1, 1):
        parts += _brick(at(s * (L + j) / 2, 0, 0), L, H, W, False, "body" if s < 0 else "")
    parts.append(box(j * 0.9, H * 0.95, W * 0.9, at(0, 0, 0), 1))  # the mortar
    parts.append(box(2 * L * 0.97, j, W * 0.92, at(0, H, 0), 1))
    shift = float(rng.uniform(-0.05, 0.05))
    parts += _brick(at(shift, H + j, 0.0) @ rot("y", 3), L, H, W, True)
    ooze = rng.uniform(0.01, 0.02, 4)
    for k, x in enumerate((-0.5, -0.15, 0.2, 0.45)):  # mortar squeezed out of the bed joint
        parts.append(sphere(1.0, at(x, H + j / 2, W * 0.46) @ scl(0.08, 0.018, ooze[k]), 1))
    return parts


def _dice(rng: Rng) -> list[Part]:
    """A pair of dice side by side, each turned its own way: rounded cubes with their dished
    pips in the second material, opposite faces making seven."""
    s = 0.5
    a = float(rng.uniform(-10, 10))
    parts = die(at(-0.33, 0.005, 0.05) @ rot("y", 12 + a), s, (5, 3, 1), "body")
    parts += die(at(0.34, 0.005, -0.05) @ rot("y", -28 - a), s, (6, 2, 4))
    return parts


def _button(rng: Rng) -> list[Part]:
    """A big sewing button standing on its edge, leaning back a little: a round disc with a
    raised rim round a dished middle, four holes, thread crossing through them."""
    R = 0.5
    lean = at(0, R * 0.98 + 0.02, 0) @ rot("x", -18) @ rot("x", 90)  # its face: local +y
    prof = [(0.0, -0.05), (R * 0.9, -0.05), (R, -0.03), (R, 0.04), (R * 0.9, 0.07),
            (R * 0.78, 0.05), (R * 0.72, 0.02), (0.0, 0.0)]  # fmt: skip
    parts = [lathe(prof, lean, 0, "body")]
    g = 0.11
    holes = [(g, g), (-g, g), (-g, -g), (g, -g)]
    for x, z in holes:
        parts.append(cylinder(0.045, 0.045, 0.012, lean @ at(x, -0.004, z), "pupil"))
    # the thread: two stitches crossing over its face, and a loose end trailing away
    for (x0, z0), (x1, z1) in ((holes[0], holes[2]), (holes[1], holes[3])):
        path = [(x0, -0.01, z0), (x0 * 0.9, 0.035, z0 * 0.9), (0.0, 0.05, 0.0),
                (x1 * 0.9, 0.035, z1 * 0.9), (x1, -0.01, z1)]  # fmt: skip
        parts.append(tube(path, 0.02, lean, 1))
    tail = [(0.11, 0.62, -0.06), (0.35, 0.66, -0.12), (0.56, 0.5, -0.1), (0.62, 0.2, -0.02),
            (0.6, 0.02, 0.12), (0.45, 0.015, 0.3), (0.5, 0.015, 0.42)]  # fmt: skip
    parts.append(tube(tail, 0.014, slot=1))
    del rng
    return parts


def _chain_link(c, up: float, turn: float, slot=0) -> Part:
    """One oval chain link standing upright at c, turned ``turn`` degrees about y."""
    m = at(*c) @ rot("y", turn) @ rot("x", 90) @ scl(1.0, 1.0, up)
    return torus(0.1, 0.032, m, slot)


def _hook(rng: Rng) -> list[Part]:
    """A big steel crane hook hanging from a few chain links: a thick curved hook tapering to
    its point, a sprung safety latch across its mouth, a swivel collar on its shank."""
    c, r = (0.24, 0.44), 0.3  # the bowl's centre and radius
    path = [(0.0, 1.05, 0.0), (0.0, 0.82, 0.0), (-0.035, 0.62, 0.0)]
    path += arc(c, r, 195, 360, 7)[1:]
    path += [(0.55, 0.58, 0.0), (0.5, 0.7, 0.0)]
    radii = [0.08, 0.08, 0.09, 0.11, 0.13, 0.14, 0.13, 0.11, 0.085, 0.06, 0.025]
    parts = [tube(path, radii, None, 0, "body", shape=rrect(2.0, 1.5, 0.6, 4))]
    parts.append(cylinder(0.12, 0.12, 0.16, at(0, 0.9, 0), 1))  # the swivel collar
    parts.append(cylinder(0.1, 0.07, 0.07, at(0, 1.06, 0), 0))
    latch = [(0.06, 0.8, 0.0), (0.25, 0.74, 0.0), (0.46, 0.68, 0.0)]
    flat = np.array([[1.0, 0.0], [0.0, 2.5], [-1.0, 0.0], [0.0, -2.5]])
    parts.append(tube(latch, 0.022, slot=1, shape=flat))
    parts.append(torus(0.03, 0.012, at(0.07, 0.8, 0) @ rot("x", 90), 1))  # its spring
    parts.append(torus(0.09, 0.028, at(0, 1.2, 0) @ rot("x", 90) @ scl(1.0, 1.0, 1.3), 0))
    sway = float(rng.uniform(-3, 3))
    for k in range(3):
        parts.append(_chain_link((0.0, 1.42 + 0.26 * k, 0.0), 1.5, 90 * (k % 2 == 0) + sway))
    return parts


MORE_APPLIANCES_E = {
    306: _padlock, 307: _screw, 308: _nails, 309: _sink, 310: _tap, 311: _fan, 312: _comb,
    313: _tyre, 314: _bricks, 315: _dice, 316: _button, 317: _hook,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
