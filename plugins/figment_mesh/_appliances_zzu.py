"""More of the device family's appliances, from 975: a thumbs-up, a floor hatch, a taxi, a
hospital heart monitor, a bowl of lentils, a bayonet, a turban, a railway wheelset, a bird
feeder.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import (
    ALONG_X,
    ALONG_Z,
    SEDAN_WIDTH,
    band,
    blocks,
    castor,
    crisp,
    loft,
    rod,
    rope,
    rrect_outline,
    sedan,
    skin_strip,
    solid,
    square_bar,
    studs,
)
from ._lettering import paint_strokes, paint_text
from ._primitives import DIAMOND, HEXAGON, box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import ellipsoid
from ._shapes import heart, sharp

__all__ = ["MORE_APPLIANCES_ZZU"]

Rng = np.random.Generator


# ---- 975 thumbs-up ----------------------------------------------------------------------------


def _thumbs_up(rng: Rng) -> list[Part]:
    """A thumbs-up: a right hand closed in a fist, its palm toward the viewer, the four fingers
    curled into it in a stack of rolls one above the other, the thumb standing straight up from
    the top of the fist with its nail at the tip; the wrist running down and back into a shirt
    cuff that stands on a low round plinth."""
    y0 = 0.3  # the pinky's height
    shapes = [ellipsoid((-0.01, y0 + 0.1, -0.01), (0.1, 0.135, 0.062))]  # the hand
    shapes.append(ellipsoid((-0.03, y0 + 0.19, 0.045), (0.06, 0.06, 0.045), None, 0.03))
    for i, (dy, r, x) in enumerate(((0.0, 0.031, 0.045), (0.062, 0.034, 0.058),
                                    (0.126, 0.036, 0.062), (0.19, 0.036, 0.058))):  # fmt: skip
        y = y0 + dy
        pts = [(x - 0.03, y, -0.02), (x + 0.045, y, 0.0), (x + 0.055, y, 0.075),
               (x - 0.015, y, 0.095), (x - 0.05, y, 0.06)]  # fmt: skip
        shapes += rope(pts, [r, r, r * 0.95, r * 0.9, r * 0.85], 0.012 if i else 0.02, 0.015)
    ty = y0 + 0.2
    thumb = [(-0.05, ty, 0.05), (-0.02, ty + 0.07, 0.06), (0.0, ty + 0.16, 0.05),
             (0.005, ty + 0.23, 0.045)]  # fmt: skip
    shapes += rope(thumb, [0.05, 0.043, 0.04, 0.035], 0.025, 0.012)
    wrist = [(-0.07, y0 + 0.1, -0.01), (-0.16, y0 - 0.02, -0.01), (-0.26, y0 - 0.17, -0.01)]
    shapes += rope(wrist, [0.075, 0.062, 0.066], 0.04, 0.02)
    parts = [solid(shapes, 0.011, 0, "body")]
    tip = at(-0.026, ty + 0.2, 0.052) @ rot("z", 10) @ rot("y", -62)
    parts.append(sphere(1.0, tip @ scl(0.026, 0.032, 0.012), 0))  # the thumbnail
    axis = (-0.1, -0.15, 0.0)
    cuff = at(-0.2, y0 - 0.09, -0.01) @ align(axis)
    parts.append(cylinder(0.085, 0.09, 0.2, cuff, 1))  # the sleeve
    parts.append(torus(0.086, 0.008, cuff, 1))
    for k in range(2):  # its buttons
        parts.append(sphere(0.012, cuff @ at(0.0, 0.05 + 0.06 * k, 0.087), "snow"))
    parts.append(cylinder(0.16, 0.14, 0.07, at(-0.3, 0.0, -0.01), 1))  # the plinth
    parts.append(cylinder(0.14, 0.13, 0.025, at(-0.3, 0.07, -0.01), 1))
    del rng
    return parts


# ---- 976 floor hatch --------------------------------------------------------------------------


def _floor_hatch(rng: Rng) -> list[Part]:
    """A hatchway in a floor: a square tile of floor boards with a square opening framed in
    wood, dark inside; its hinged lid of battened boards standing open upright on two iron
    hinges at the back edge with a ring pull, and the top rungs of a wooden ladder rising out
    of the dark hole."""
    s, t, hole = 1.0, 0.16, 0.46
    hz = 0.04  # the opening's centre
    parts = [box(s, 0.02, s, None, 0, "body")]
    x0, x1, z0, z1 = -hole / 2, hole / 2, hz - hole / 2, hz + hole / 2
    n = 9
    pitch = s / n
    for i in range(n):  # the boards, along x, cut round the opening
        z = -s / 2 + pitch * (i + 0.5)
        w = pitch - 0.006
        if z0 < z < z1:
            for a, b in ((-s / 2, x0), (x1, s / 2)):
                parts.append(box(b - a, t - 0.02, w, at((a + b) / 2, 0.02, z), 0))
        else:
            parts.append(box(s, t - 0.02, w, at(0, 0.02, z), 0))
    inside = at(0, 0.02, hz)
    parts.append(box(hole, 0.01, hole, inside, "window"))  # the dark well
    for sgn in (-1, 1):
        parts.append(box(0.01, t - 0.03, hole, inside @ at(sgn * hole / 2, 0, 0), "marking"))
        parts.append(box(hole, t - 0.03, 0.01, inside @ at(0, 0, sgn * hole / 2), "marking"))
    f = 0.05  # the frame round the opening
    for sgn in (-1, 1):
        parts.append(box(hole + 2 * f, 0.025, f, at(0, t, hz + sgn * (hole + f) / 2), 0))
        parts.append(box(f, 0.025, hole, at(sgn * (hole + f) / 2, t, hz), 0))
    lean = float(rng.uniform(-6, 2))
    lid = at(0, t + 0.02, z0 - f / 2) @ rot("x", lean)  # the lid, hinged at the back
    lw = hole + 0.04
    for k in range(5):  # its boards
        x = -lw / 2 + lw * (k + 0.5) / 5
        parts.append(box(lw / 5 - 0.006, lw, 0.035, lid @ at(x, 0.0, 0), 0))
    for y in (0.08, lw - 0.14):  # the battens across its underside, facing the viewer
        parts.append(box(lw - 0.06, 0.07, 0.03, lid @ at(0, y, 0.03), 0))
    brace = lid @ at(0, lw / 2 - 0.03, 0.03) @ rot("z", 52)
    parts.append(box(0.05, 0.4, 0.025, brace @ at(0, -0.2, 0), 0))
    parts.append(torus(0.04, 0.007, lid @ at(0, lw * 0.6, -0.03) @ ALONG_Z, 1))  # the pull
    for x in (-0.14, 0.14):  # the hinges
        parts.append(cylinder(0.014, 0.014, 0.08, at(x - 0.04, t + 0.02, z0 - f / 2) @ ALONG_X,
                              1))  # fmt: skip
        parts.append(box(0.05, 0.16, 0.006, lid @ at(x, 0.0, 0.02), 1))
        parts.append(box(0.05, 0.006, 0.14, at(x, t + 0.025, z0 - f / 2 - 0.07), 1))
    foot, head = np.array([0.0, 0.02, z1 - 0.05]), np.array([0.0, t + 0.24, hz - 0.1])
    for sgn in (-1, 1):  # the ladder: two stiles and the top rungs
        side = v3(sgn * 0.15, 0, 0)
        parts.append(square_bar(foot + side, head + side, 0.035, 0.05, "pencil-wood"))
    for u in (0.3, 0.62, 0.92):
        p = foot + (head - foot) * u
        parts.append(stick(p - v3(0.15, 0, 0), p + v3(0.15, 0, 0), 0.014, "pencil-wood"))
    return parts


# ---- 977 taxi ---------------------------------------------------------------------------------


def _taxi(rng: Rng) -> list[Part]:
    """A yellow taxi seen side-on: a four-door saloon with a long bonnet and boot, a glass
    cabin with its pillars, four dark tyres with steel hubs in dark arches, a chequered band of
    small dark squares along each side, a lit 'TAXI' sign box on the roof, glowing headlamps,
    red tail lamps and bright bumpers."""
    Wd = SEDAN_WIDTH
    parts = sedan("steel")
    check = 0.024
    for s in (-1, 1):
        squares = []  # the checker band
        for i in range(int(0.96 / check)):
            x = -0.48 + check * (i + 0.5)
            if abs(abs(x) - 0.31) < 0.12:
                continue
            squares.append((x, 0.188 + check * (i % 2), s * (Wd / 2 + 0.001)))
        parts.append(_tiles(squares, check))
        for x in (0.2, -0.07):  # the door handles
            parts.append(box(0.04, 0.01, 0.01, at(x - 0.06, 0.232, s * Wd / 2), "steel"))
    sign = at(-0.08, 0.42, 0)  # the roof sign
    parts.append(box(0.06, 0.015, 0.16, sign, "marking"))
    parts.append(box(0.07, 0.075, 0.24, sign @ at(0, 0.015, 0), "glow"))
    for s in (-1, 1):
        m = sign @ at(s * 0.036, 0.052, 0) @ rot("y", 90 * s)
        parts += paint_text("TAXI", m, 0.05, "marking", stroke=0.2, depth=0.004)
    del rng
    return parts


def _tiles(feet, size: float) -> Part:
    """Small square tiles (a checker band's dark squares) centred on ``feet`` on a face looking
    along z: one flat box each, all in one part."""
    pts = [(x, y - size / 2, z) for x, y, z in feet]
    return blocks(pts, (size, size, 0.006), None, "marking")


# ---- 978 heart monitor ------------------------------------------------------------------------


def _ecg(x0: float, x1: float, beats: int, amp: float) -> list[tuple[float, float]]:
    """A heartbeat trace from x0 to x1 at height 0: flat runs, a small bump, a sharp spike up
    and down, a wide hump, ``beats`` times."""
    shape = [(0.0, 0.0), (0.12, 0.0), (0.17, 0.12), (0.22, 0.0), (0.3, 0.0), (0.33, -0.15),
             (0.38, 1.0), (0.43, -0.35), (0.47, 0.0), (0.58, 0.0), (0.66, 0.25), (0.74, 0.0),
             (1.0, 0.0)]  # fmt: skip
    step = (x1 - x0) / beats
    pts = []
    for b in range(beats):
        pts += [(x0 + step * (b + u), amp * v) for u, v in shape[(1 if b else 0) :]]
    return pts


def _curly_cable(a, b, sag: float, r: float, turns: int, slot="snow") -> Part:
    """A coiled lead from a to b sagging ``sag`` below the straight line: a thin wire wound in a
    helix of radius r round the sagging curve."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    n = turns * 5
    t = np.linspace(0.0, 1.0, n)
    centre = a_ + (b_ - a_) * t[:, None]
    centre[:, 1] -= sag * 4 * t * (1 - t)
    d = np.gradient(centre, axis=0)
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    side = np.cross(d, [0.0, 0.0, 1.0])
    side /= np.maximum(np.linalg.norm(side, axis=1, keepdims=True), 1e-9)
    up = np.cross(d, side)
    ang = 2 * np.pi * turns * t
    pts = centre + r * (np.cos(ang)[:, None] * side + np.sin(ang)[:, None] * up)
    return tube(pts, 0.006, None, slot, shape=DIAMOND)


def _heart_monitor(rng: Rng) -> list[Part]:
    """A hospital heart monitor on its wheeled stand: a five-legged base on castors, a pole
    with a steel tray, the monitor box on top, its dark screen showing a bright heartbeat trace
    over a green pulse wave, green and yellow figures and a red heart, a row of knobs under the
    screen, a paper strip with a printed trace curling out of a slot in its side, and coiled
    leads hanging from it to round electrode pads."""
    parts = [cylinder(0.05, 0.05, 0.06, at(0, 0.07, 0), 1, "body")]  # the hub
    for k in range(5):
        a = np.radians(90 + 72 * k)
        c, s = np.cos(a), np.sin(a)
        parts.append(rod((0.0, 0.1, 0.0), (0.26 * c, 0.075, 0.26 * s), 0.035, 1))
        parts += castor(0.26 * c, 0.26 * s, 0.03, float(np.degrees(a)))
    parts.append(cylinder(0.018, 0.018, 0.95, at(0, 0.1, 0), "steel"))  # the pole
    parts.append(cylinder(0.03, 0.03, 0.08, at(0, 0.55, 0), 1))  # the basket's collar
    bk = at(0, 0.5, 0.1)
    parts.append(box(0.26, 0.01, 0.14, bk, "steel"))
    for s in (-1, 1):
        parts.append(box(0.26, 0.08, 0.008, bk @ at(0, 0, s * 0.07), "steel"))
        parts.append(box(0.008, 0.08, 0.14, bk @ at(s * 0.13, 0, 0), "steel"))
    W, H, D = 0.46, 0.34, 0.2
    mon = at(0, 1.05, 0.0)
    parts.append(box(0.2, 0.02, 0.16, at(0, 1.03, 0), 1))  # the mount
    parts.append(slab(rrect_outline(W, H, 0.03), D, mon @ at(0, H / 2, 0), 0))
    parts.append(slab(rrect_outline(W - 0.06, H - 0.1, 0.02), D - 0.06,
                      mon @ at(0, H / 2 + 0.02, -0.02), 0))  # the back hump # fmt: skip
    scr = mon @ at(-0.035, 0.075, D / 2)
    sw, sh = 0.33, 0.22
    parts.append(box(sw + 0.02, sh + 0.02, 0.006, scr @ at(0, -0.01, 0), "marking"))
    parts.append(box(sw, sh, 0.01, scr, "window"))
    face = scr @ at(0, 0, 0.012)
    lines = [[(x, y + 0.15) for x, y in _ecg(-sw / 2 + 0.015, sw / 2 - 0.09, 3, 0.05)]]
    parts += paint_strokes(lines, face, 0.006, "glow", 0.004)
    wave = [(-sw / 2 + 0.015 + 0.011 * k, 0.06 + 0.015 * np.sin(k * 0.9)) for k in range(22)]
    parts += paint_strokes([wave], face, 0.005, "fruit-green", 0.004)
    beat = int(rng.integers(64, 88))
    parts += paint_text(str(beat), face @ at(sw / 2 - 0.045, 0.16, 0), 0.05, "fruit-green",
                        depth=0.004)  # fmt: skip
    parts.append(slab(heart(), 0.004, face @ at(sw / 2 - 0.045, 0.09, 0) @ scl(0.018), "card-red"))
    parts += paint_text("98", face @ at(sw / 2 - 0.045, 0.045, 0), 0.035, "plume-tip",
                        depth=0.004)  # fmt: skip
    for k in range(4):  # the knobs and buttons
        kx = -0.16 + 0.07 * k
        parts.append(cylinder(0.018, 0.015, 0.02, mon @ at(kx, 0.035, D / 2) @ ALONG_Z, 1))
    parts.append(box(0.05, 0.03, 0.01, mon @ at(0.17, 0.025, D / 2), "card-red"))
    parts.append(cylinder(0.026, 0.024, 0.025, mon @ at(0.185, 0.2, D / 2) @ ALONG_Z, 1))
    parts.append(cylinder(0.026, 0.024, 0.025, mon @ at(0.185, 0.12, D / 2) @ ALONG_Z, 1))
    parts.append(box(0.015, 0.1, 0.012, mon @ at(0.183 + W / 2 - 0.185, 0.04, 0.03), "marking"))
    strip_pts = [(W / 2, 1.13, 0.03), (W / 2 + 0.08, 1.12, 0.03), (W / 2 + 0.13, 1.02, 0.03),
                 (W / 2 + 0.12, 0.88, 0.03), (W / 2 + 0.08, 0.8, 0.03)]  # fmt: skip
    parts.append(skin_strip(strip_pts, [(0, 1, 0), (0.1, 1, 0), (1, 0.3, 0), (1, -0.1, 0),
                                        (1, -0.4, 0)], 0.08, 0.004, "snow"))  # fmt: skip
    trace = [(W / 2 + 0.02 + 0.0075 * k, 1.132 + (0.004 if k % 4 == 2 else 0.0), 0.03 + 0.02 *
              ((k % 4 == 1) - (k % 4 == 3))) for k in range(9)]  # fmt: skip
    parts.append(tube(trace, 0.0025, None, "card-red", shape=DIAMOND))
    jack = mon @ at(-W / 2, 0.06, 0.05)
    parts.append(box(0.02, 0.06, 0.06, jack @ at(-0.01, 0, 0), "marking"))
    for k, (ex, ey, ez) in enumerate(((-0.32, 0.72, 0.14), (-0.26, 0.6, 0.2),
                                      (-0.36, 0.52, 0.06))):  # fmt: skip
        a = np.array([-W / 2 - 0.02, 1.13, 0.06 + 0.02 * k])
        parts.append(_curly_cable(a, (ex, ey + 0.03, ez), 0.06 + 0.03 * k, 0.016, 9 + 2 * k))
        pad = at(ex, ey, ez) @ rot("z", 80 + 10 * k)
        parts.append(cylinder(0.045, 0.045, 0.008, pad, "snow"))
        parts.append(cylinder(0.03, 0.03, 0.01, pad @ at(0, 0.002, 0), "eraser"))
        parts.append(cylinder(0.012, 0.01, 0.016, pad @ at(0, 0.008, 0), "steel"))
    return parts


# ---- 979 lentils ------------------------------------------------------------------------------


def _lentil_discs(points, normals, r: float, slot) -> Part:
    """Many small flat lentils, one at each point lying square to its normal."""
    return studs(points, normals, r, r * 0.6, slot, 6)


def _lentils(rng: Rng) -> list[Part]:
    """A bowl of lentils: a small round bowl heaped above its rim with hundreds of tiny flat
    lens-shaped seeds, a few dozen spilled on the ground beside it, a wooden spoon lying by it
    with lentils in its bowl."""
    R, h = 0.24, 0.14
    outer = [(0.0, 0.0), (0.1, 0.0), (0.11, 0.02), (0.2, 0.06), (R, h - 0.01), (R + 0.005, h),
             (R - 0.01, h + 0.004), (R - 0.03, h - 0.04)]  # fmt: skip
    parts = [lathe(outer, None, 1, "body", sides=36)]
    heap = [(0.0, h + 0.085), (0.1, h + 0.065), (0.18, h + 0.025), (R - 0.02, h - 0.005),
            (R - 0.04, h - 0.03), (0.0, h - 0.03)]  # fmt: skip
    parts.append(lathe(heap[::-1], None, 0, sides=30))
    pts, nrm = [], []
    for _ in range(430):
        u = np.sqrt(rng.uniform(0.0, 1.0)) * (R - 0.025)
        a = rng.uniform(0.0, 2 * np.pi)
        y = h + 0.085 * (1 - (u / (R - 0.02)) ** 2) - 0.004
        slope = 2 * 0.085 * u / (R - 0.02) ** 2
        n = np.array([slope * np.cos(a), 1.0, slope * np.sin(a)]) + rng.normal(0, 0.3, 3)
        pts.append((u * np.cos(a), y, u * np.sin(a)))
        nrm.append(n if n[1] > 0.2 else n + v3(0, 0.6, 0))
    parts.append(_lentil_discs(pts, nrm, 0.011, 0))
    spill, up = [], []
    for _ in range(40):
        a = rng.uniform(-1.2, 0.6)
        d = R + 0.015 + rng.exponential(0.05)
        spill.append((d * np.cos(a), 0.004, d * np.sin(a)))
        up.append((rng.normal(0, 0.15), 1.0, rng.normal(0, 0.15)))
    parts.append(_lentil_discs(spill, up, 0.011, 0))
    spoon = at(0.12, 0.0, R + 0.1) @ rot("y", -25)  # the wooden spoon beside the bowl
    flat = np.array([[1.0, 0], [0, 0.55], [-1, 0], [0, -0.55]])
    parts.append(tube([(0.05, 0.016, 0), (0.2, 0.014, 0), (0.4, 0.012, 0)], [0.016, 0.014,
                                                                           0.013], spoon,
                      "pencil-wood", shape=flat))  # fmt: skip
    parts.append(lathe([(0.0, 0.0), (0.04, 0.004), (0.07, 0.022), (0.06, 0.026), (0.0, 0.012)],
                       spoon @ scl(1.0, 1.0, 0.7), "pencil-wood"))  # its bowl # fmt: skip
    heaped = [(rng.uniform(-0.035, 0.035), 0.022, rng.uniform(-0.022, 0.022)) for _ in range(12)]
    parts.append(_lentil_discs([tuple((spoon @ np.array([*p, 1.0]))[:3]) for p in heaped],
                               [(0, 1, 0)] * 12, 0.011, 0))  # fmt: skip
    return parts


# ---- 980 bayonet ------------------------------------------------------------------------------


def _blade_section() -> np.ndarray:
    """A double-edged blade's cross-section (u across its width, v through its thickness): a
    sharp edge at each end of u, flat faces with a shallow fuller groove down the middle."""
    half = [(1.0, 0.0), (0.55, 0.85), (0.3, 0.95), (0.12, 0.45), (-0.12, 0.45), (-0.3, 0.95),
            (-0.55, 0.85), (-1.0, 0.0)]  # fmt: skip
    return np.array(half + [(x, -y) for x, y in half[-2:0:-1]])


def _bayonet(rng: Rng) -> list[Part]:
    """A bayonet fixed on the front of a short length of rifle, lying on a wooden stand: a long
    straight double-edged blade with a fuller down its middle and a spear point, a crossguard
    whose upper end is a ring round the muzzle and whose lower end hooks forward, a short grip
    with wooden scales and rivets under the barrel, a pommel locked onto the barrel's lug by a
    catch; the barrel with its front sight and band, the wooden fore-stock, two cradles."""
    H = 0.2  # the barrel's axis
    by = H - 0.055  # the blade's axis
    L = 0.52
    xs = np.linspace(0.0, L, 14)
    half = 0.024 * (1 - (xs / L) ** 6) ** 0.5 * (1 - 0.15 * xs / L) + 0.001
    thick = 0.007 * (1 - 0.6 * (xs / L) ** 4) + 0.0005
    centres = [(x, by, 0.0) for x in xs]
    u = [(0.0, h, 0.0) for h in half]
    v = [(0.0, 0.0, t) for t in thick]
    parts = [loft(centres, u, v, _blade_section(), 0, "body")]
    parts.append(box(0.06, 0.05, 0.022, at(-0.02, by - 0.025, 0), 0))  # the ricasso block
    guard = [(-0.012, H + 0.03), (0.012, H + 0.03), (0.012, by - 0.04), (0.05, by - 0.06),
             (0.05, by - 0.045), (0.02, by - 0.03), (-0.012, by - 0.03)]  # fmt: skip
    parts.append(slab(sharp(guard), 0.016, at(-0.055, 0, 0), 0))  # the crossguard
    parts.append(torus(0.024, 0.007, at(-0.055, H, 0) @ rot("z", 90), 0))  # the muzzle ring
    grip = at(-0.06, by - 0.02, 0)
    parts.append(box(0.15, 0.045, 0.016, grip @ at(-0.075, 0, 0), 0))
    for s in (-1, 1):  # the grip's scales and rivets
        parts.append(box(0.12, 0.04, 0.008, grip @ at(-0.07, 0.003, s * 0.011), 1))
        for x in (-0.035, -0.1):
            parts.append(cylinder(0.006, 0.006, 0.004, grip @ at(x, 0.023, s * 0.015)
                                  @ rot("x", 90 * s), "steel"))  # fmt: skip
    parts.append(box(0.035, 0.085, 0.02, at(-0.225, by - 0.02, 0), 0))  # the pommel
    parts.append(box(0.012, 0.02, 0.026, at(-0.215, by + 0.012, 0), "steel"))  # its catch
    parts.append(cylinder(0.005, 0.005, 0.008, at(-0.2, by + 0.02, 0.013) @ ALONG_Z, "steel"))
    bar = at(-0.62, H, 0) @ ALONG_X  # the rifle's front
    parts.append(cylinder(0.016, 0.016, 0.63, bar, "steel"))
    parts.append(box(0.02, 0.03, 0.008, at(-0.04, H + 0.012, 0), "steel"))  # the front sight
    parts.append(box(0.05, 0.035, 0.03, at(-0.23, H - 0.03, 0), "steel"))  # the bayonet lug
    stock = [(-0.62, H - 0.06), (-0.3, H - 0.045), (-0.26, H - 0.02), (-0.26, H + 0.01),
             (-0.62, H + 0.012)]  # fmt: skip
    parts.append(slab(sharp(stock), 0.045, None, 1))
    parts.append(box(0.025, 0.085, 0.052, at(-0.33, H - 0.06, 0), "steel"))  # the band
    for x in (-0.48, 0.2):  # the stand: a board and two cradles
        top = H - 0.05 if x < 0 else by - 0.01
        cradle = [(-0.03, 0.04), (0.03, 0.04), (0.03, top + 0.02), (0.012, top),
                  (-0.012, top), (-0.03, top + 0.02)]  # fmt: skip
        parts.append(slab(sharp(cradle), 0.08, at(x, 0, 0), 1))
    parts.append(box(0.95, 0.04, 0.16, at(-0.15, 0, 0), 1))
    del rng
    return parts


# ---- 981 turban -------------------------------------------------------------------------------


def _wrap(pts, nrm, hw: float, ht: float, slot=0) -> Part:
    """A wound band of cloth along the points, lying on a surface whose normals are ``nrm``:
    a rounded roll hw across and ht thick."""
    p, n = np.asarray(pts, float), np.asarray(nrm, float)
    t = np.gradient(p, axis=0)
    t /= np.linalg.norm(t, axis=1, keepdims=True)
    across = np.cross(n, t)
    across /= np.linalg.norm(across, axis=1, keepdims=True)
    a = np.linspace(0, 2 * np.pi, 10, endpoint=False)
    shape = np.stack([np.cos(a), np.sin(a)], 1)
    return loft(p + n * ht * 0.5, across * hw, n * ht, shape, slot)


def _turban(rng: Rng) -> list[Part]:
    """A turban on a low round stand: a compact rounded headdress of cloth wound round and round
    in overlapping diagonal bands that cross at the front and the back, each fold a rounded
    roll, a jewelled brooch pinned at the front with a white feather plume curling back from
    it."""
    y0 = 0.1
    prof = [(0.0, 0.0), (0.19, 0.0), (0.205, 0.04), (0.21, 0.1), (0.195, 0.16), (0.15, 0.21),
            (0.07, 0.235), (0.0, 0.24)]  # fmt: skip
    sz = 1.12
    parts = [lathe(prof, at(0, y0, 0) @ scl(1, 1, sz), 0, "body")]
    ys, rs = [q[1] for q in prof], [q[0] for q in prof]

    def surface(theta: float, y: float) -> tuple[np.ndarray, np.ndarray]:
        r = float(np.interp(y, ys, rs))
        dr = (np.interp(y + 0.005, ys, rs) - np.interp(y - 0.005, ys, rs)) / 0.01
        d = np.array([np.sin(theta), 0.0, np.cos(theta)])
        n = np.array([d[0], -dr, d[2] / sz])
        return np.array([r * d[0], y0 + y, r * d[2] * sz]), n / np.linalg.norm(n)

    twist = float(rng.uniform(-0.15, 0.15))
    bands = [(0.03, 0.012), (0.06, 0.035), (0.09, 0.05), (0.115, 0.06), (0.14, 0.06),
             (0.16, 0.05), (0.18, 0.04), (0.2, 0.025)]  # fmt: skip
    for k, (mid, tilt) in enumerate(bands):
        s = 1 if k % 2 else -1
        pts, nrm = [], []
        for th in np.linspace(0.0, 2 * np.pi + 0.6, 30):
            y = mid + s * tilt * np.sin(th + twist) + 0.012 * np.cos(th)
            p, n = surface(th, y)
            pts.append(p + n * 0.002 * k)
            nrm.append(n)
        parts.append(_wrap(pts, nrm, 0.036 - 0.001 * k, 0.022, 0))
    bz = 0.21 * sz + 0.03  # the brooch at the front
    bm = at(0, y0 + 0.125, bz) @ rot("x", -14)
    parts.append(cylinder(0.032, 0.03, 0.012, bm @ ALONG_Z, "plume-tip"))
    parts.append(sphere(1.0, bm @ at(0, 0, 0.013) @ scl(0.018, 0.022, 0.01), "card-red"))
    for k in range(10):  # its pearls
        a = 2 * np.pi * k / 10
        parts.append(sphere(0.006, bm @ at(0.031 * np.cos(a), 0.031 * np.sin(a), 0.008), "snow"))
    parts.append(sphere(1.0, bm @ at(0, -0.048, 0.004) @ scl(0.012, 0.016, 0.008), "plume"))
    quill = [(0, y0 + 0.15, bz - 0.005), (0, y0 + 0.24, bz - 0.025), (0, y0 + 0.32, bz - 0.07),
             (0, y0 + 0.37, bz - 0.14), (0, y0 + 0.385, bz - 0.2)]  # fmt: skip
    parts.append(band(quill, [0.004, 0.04, 0.045, 0.035, 0.004], 0.005, (1, 0, 0), "snow"))
    parts.append(tube(quill[:4], [0.004, 0.003, 0.0025, 0.002], None, "plume-tip"))
    stand = [(0.0, 0.0), (0.15, 0.0), (0.15, 0.025), (0.06, 0.04), (0.05, y0 - 0.01),
             (0.13, y0 - 0.005), (0.13, y0 + 0.01), (0.0, y0 + 0.01)]  # fmt: skip
    parts.append(lathe(crisp(stand), None, 1))
    return parts


# ---- 982 railway wheelset ---------------------------------------------------------------------


def _rail(x: float, length: float) -> Part:
    """A flat-bottomed rail along z at x on its sleepers (foot at y = 0.05): foot, web and a
    rounded head."""
    prof = [(-0.04, 0.0), (0.04, 0.0), (0.04, 0.01), (0.008, 0.022), (0.008, 0.058),
            (0.02, 0.062), (0.02, 0.085), (-0.02, 0.085), (-0.02, 0.062), (-0.008, 0.058),
            (-0.008, 0.022), (-0.04, 0.01)]  # fmt: skip
    return slab(sharp(prof), length, at(x, 0.05, 0), "steel")


def _railway_axle(rng: Rng) -> list[Part]:
    """A railway wheelset on a short length of track: a steel axle with a flanged wheel pressed
    on near each end (a coned tread, the flange on its inner side, a dished web and a hub boss),
    the axle's journals and end caps standing out beyond the wheels; resting on two rails that
    run on three wooden sleepers."""
    g = 0.31  # half the gauge
    r = 0.2  # the wheel at its tread
    y = 0.05 + 0.085 + r
    axle = at(-0.46, y, 0) @ ALONG_X
    parts = [cylinder(0.045, 0.045, 0.92, axle, 0, "body")]
    parts.append(cylinder(0.05, 0.05, 0.3, at(-0.15, y, 0) @ ALONG_X, 0))  # the middle
    prof = [(0.0, -0.09), (0.07, -0.09), (0.078, -0.08), (0.08, -0.03), (0.16, -0.025),
            (0.172, -0.045), (r + 0.026, -0.042), (r + 0.03, -0.03), (r + 0.006, -0.018), (r, 0.0),
            (r - 0.006, 0.05), (0.172, 0.054), (0.16, 0.02), (0.08, 0.025), (0.075, 0.068),
            (0.06, 0.07), (0.0, 0.07)]  # fmt: skip
    for s in (-1, 1):
        wheel = at(s * (g - 0.002), y, 0) @ rot("z", -90 * s)
        parts.append(lathe(prof, wheel, 0))
        for k in range(6):  # bolts round the hub
            a = 2 * np.pi * k / 6
            bolt = wheel @ at(0.05 * np.cos(a), 0.068, 0.05 * np.sin(a))
            parts.append(cylinder(0.008, 0.008, 0.012, bolt, "steel"))
        parts.append(cylinder(0.05, 0.05, 0.08, at(s * (g + 0.07), y, 0) @ rot("z", -90 * s), 0))
        parts.append(cylinder(0.058, 0.058, 0.025, at(s * (g + 0.15), y, 0) @ rot("z", -90 * s),
                              "steel"))  # the end cap # fmt: skip
        parts.append(lathe(crisp([(r + 0.003, -0.018), (r + 0.003, 0.0), (r - 0.003, 0.05),
                                  (r - 0.012, 0.05), (r - 0.012, -0.018)]), wheel, "steel",
                           closed=True))  # the bright tread # fmt: skip
    for s in (-1, 1):
        parts.append(_rail(s * g, 1.0))
    jig = float(rng.uniform(-0.02, 0.02))
    for z in (-0.36, 0.0, 0.36):
        parts.append(box(1.05, 0.05, 0.14, at(jig, 0.0, z), 1))
        for s in (-1, 1):  # the rail clips
            for d in (-1, 1):
                parts.append(box(0.03, 0.015, 0.05, at(s * g + d * 0.045, 0.05, z), "steel"))
    return parts


# ---- 983 bird feeder --------------------------------------------------------------------------


def _bird_feeder(rng: Rng) -> list[Part]:
    """A hopper bird feeder hanging from a shepherd's crook: a small wooden house with a peaked
    roof and clear sides full of seed, a tray round its foot with a lip, perches along both
    sides and a few seeds scattered on it; a wire bail from its roof ridge to the hook of a
    tall iron pole standing in a patch of lawn."""
    hx, hy = 0.3, 1.02  # the hook
    parts = [cylinder(0.011, 0.011, 1.0, at(0, 0.0, 0), 1, "body")]  # the pole
    hook = [(0.0, 0.98, 0.0), (0.02, 1.09, 0), (0.12, 1.14, 0), (0.24, 1.12, 0), (hx, 1.06, 0),
            (hx, hy, 0), (hx - 0.025, hy - 0.015, 0)]  # fmt: skip
    parts.append(tube(hook, 0.011, None, 1))
    parts.append(sphere(0.016, at(0, 1.0, 0), 1))
    parts.append(cylinder(0.13, 0.11, 0.02, None, "land"))  # the lawn
    for k in range(3):  # the foot bar
        a = np.radians(120 * k + 30)
        parts.append(stick((0, 0.06, 0), (0.09 * np.cos(a), 0.021, 0.09 * np.sin(a)), 0.007, 1))
    w, d, ht = 0.24, 0.17, 0.2  # the hopper: w along x, d along z
    fy = 0.46
    m = at(hx, fy, 0)
    parts.append(box(w + 0.1, 0.02, d + 0.1, m, 0))  # the tray
    for s in (-1, 1):  # its lip
        parts.append(box(w + 0.1, 0.03, 0.012, m @ at(0, 0.0, s * (d / 2 + 0.044)), 0))
        parts.append(box(0.012, 0.03, d + 0.1, m @ at(s * (w / 2 + 0.044), 0.0, 0), 0))
    end = [(-d / 2, 0.0), (d / 2, 0.0), (d / 2, ht), (0.0, ht + 0.07), (-d / 2, ht)]
    for s in (-1, 1):  # the wooden gable ends
        parts.append(slab(sharp(end), 0.02, m @ at(s * (w / 2 - 0.01), 0.02, 0) @ rot("y", 90), 0))
    parts.append(box(w - 0.02, ht * 0.7, d - 0.03, m @ at(0, 0.02, 0), "thatch"))  # the seed
    for s in (-1, 1):
        parts.append(box(w - 0.04, ht - 0.01, 0.006, m @ at(0, 0.03, s * (d / 2 - 0.01)), "pane"))
    seeds, nrm = [], []
    for _ in range(90):
        seeds.append((hx + rng.uniform(-w / 2 + 0.03, w / 2 - 0.03), fy + 0.03 + rng.uniform(0,
                      ht * 0.66), d / 2 - 0.018))  # fmt: skip
        nrm.append((rng.normal(0, 0.5), rng.normal(0, 0.5), 1.0))
    parts.append(studs(seeds, nrm, 0.008, 0.006, "cork", 6))
    pitch = np.degrees(np.arctan2(0.07, d / 2))
    slope = float(np.hypot(d / 2, 0.07))
    for s in (-1, 1):  # the roof
        panel = m @ at(0, ht + 0.055, s * d / 4) @ rot("x", s * pitch)
        parts.append(box(w + 0.08, 0.018, slope + 0.06, panel, 0))
    parts.append(cylinder(0.012, 0.012, w + 0.08, m @ at(-w / 2 - 0.04, ht + 0.09, 0) @ ALONG_X,
                          0))  # the ridge # fmt: skip
    for s in (-1, 1):  # the perches
        parts.append(stick((hx - w / 2 - 0.03, fy + 0.04, s * (d / 2 + 0.07)),
                           (hx + w / 2 + 0.03, fy + 0.04, s * (d / 2 + 0.07)), 0.007,
                           "pencil-wood"))  # fmt: skip
        for x in (-w / 2, w / 2):
            a, b = (hx + x, fy + 0.02, s * (d / 2 + 0.045)), (hx + x, fy + 0.04, s * (d / 2 + 0.07))
            parts.append(stick(a, b, 0.005, "steel"))
    tray_seeds = [(hx + rng.uniform(-w / 2 - 0.03, w / 2 + 0.03), fy + 0.022,
                   rng.choice([-1, 1]) * rng.uniform(d / 2 + 0.005, d / 2 + 0.04))
                  for _ in range(16)]  # fmt: skip
    parts.append(studs(tray_seeds, [(0, 1, 0)] * 16, 0.008, 0.005, "cork", 6))
    top = fy + ht + 0.1
    bail = [(hx - w / 2 + 0.02, top - 0.01, 0), (hx - 0.04, hy - 0.03, 0), (hx - 0.015, hy, 0),
            (hx, hy + 0.012, 0), (hx + 0.015, hy, 0), (hx + 0.04, hy - 0.03, 0),
            (hx + w / 2 - 0.02, top - 0.01, 0)]  # fmt: skip
    parts.append(tube(bail, 0.0035, None, "steel", shape=HEXAGON))
    return parts


MORE_APPLIANCES_ZZU = {
    975: _thumbs_up, 976: _floor_hatch, 977: _taxi, 978: _heart_monitor, 979: _lentils,
    980: _bayonet, 981: _turban, 982: _railway_axle, 983: _bird_feeder,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
