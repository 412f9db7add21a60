"""More of the device family's appliances, from 444: a fresh grave, a sarcophagus, a snowboard,
a frisbee, a slingshot, a pair of oars, a megaphone, a diving mask and snorkel, a baby's
pacifier, a slab of honeycomb, a silk cocoon and a clipboard.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, align, at, rot, scl, v3
from ._insects import insect_wing
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    HEX,
    STRIP,
    band,
    ccw,
    daisy,
    disc,
    flat_solid,
    headstone,
    leaf_blade,
    pt,
    rose,
    rrect,
    rrect_outline,
    superellipse,
)
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_Q"]

Rng = np.random.Generator

_THIN = np.array([[-0.05, -1.0], [0.05, -1.0], [0.05, 1.0], [-0.05, 1.0]])
"""A thin flat cross-section for a ``tube`` that runs up and down (a board, wide across x)."""
_STRAP = np.array([[-1.0, -0.3], [1.0, -0.3], [1.0, 0.3], [-1.0, 0.3]])
"""A strap's cross-section for a ``tube`` that runs level (wide along its frame's u)."""


def _hexagon(cx: float, cy: float, r: float, cut: bool = False) -> np.ndarray:
    """A hexagon of circumradius r round (cx, cy), a corner up (clockwise when it ``cut``s)."""
    t = np.pi / 2 + np.arange(6) * (np.pi / 3) * (-1.0 if cut else 1.0)
    return np.stack([cx + r * np.cos(t), cy + r * np.sin(t)], 1)


# ---- 444 grave --------------------------------------------------------------------------------


def _grave(rng: Rng) -> list[Part]:
    """A fresh grave: a long low mound of dark earth in a plot of grass, a stone headstone with
    a rounded top at its head, a cross and lines of an inscription cut in its face, a bunch of
    flowers laid on the mound."""
    parts = [box(1.0, 0.03, 1.7, at(0, 0, 0.05), "vine")]  # the plot of grass
    mound = [(0.0, 0.0), (0.66, 0.0), (0.64, 0.05), (0.5, 0.14), (0.25, 0.19), (0.0, 0.2)]
    shape = superellipse(0.55, 1.05, 3.0, 28)
    parts.append(lathe(mound, at(0, 0.02, 0.12), "soil", shape=shape))
    for _ in range(9):  # clods of fresh earth on it
        x, z = rng.uniform(-0.3, 0.3), rng.uniform(-0.4, 0.75)
        d = ((abs(x) / 0.55) ** 3 + (abs(z - 0.12) / 1.05) ** 3) ** (1 / 3)
        y = 0.02 + float(np.interp(d, [0.0, 0.25, 0.5, 0.64, 0.66], [0.2, 0.19, 0.14, 0.05, 0.0]))
        s = float(rng.uniform(0.03, 0.05))
        parts.append(sphere(1.0, at(x, y, z) @ scl(s, s * 0.7, s), "soil"))
    stone = at(0, 0.1, -0.62)
    parts.append(box(0.74, 0.1, 0.24, at(0, 0.0, -0.62), 0))  # its base
    parts.append(slab(headstone(0.6, 0.78), 0.12, stone, 0, "body"))
    face = stone @ at(0, 0, 0.062)
    parts.append(box(0.05, 0.28, 0.012, face @ at(0, 0.38, 0), 1))  # the cross
    parts.append(box(0.2, 0.05, 0.012, face @ at(0, 0.56, 0), 1))
    for k, w in enumerate((0.36, 0.28, 0.32)):  # the inscription
        parts.append(box(w, 0.025, 0.01, face @ at(0, 0.27 - 0.065 * k, 0), 1))
    # the flowers: stems gathered on the mound, their heads toward the stone
    tie = v3(0.08, 0.24, 0.45)
    heads = [v3(-0.14, 0.27, -0.08), v3(0.02, 0.29, -0.14), v3(0.17, 0.27, -0.08),
             v3(-0.07, 0.29, 0.06), v3(0.1, 0.29, 0.05), v3(0.24, 0.26, 0.1)]  # fmt: skip
    for k, h in enumerate(heads):
        parts.append(tube([tie + v3(0.02 * (k - 2), -0.01, 0.15), tie, h], 0.012, slot="vine"))
        up = v3(0.1 * (k - 2), 1.0, 0.35)
        if k % 2 == 0:
            parts.append(rose(h - v3(0, 0.05, 0), 0.085, "card-red"))
        else:
            parts += daisy(h, 0.1, up, "snow", "fruit-yellow")
    parts.append(torus(0.025, 0.012, at(*tie) @ align(heads[1] - tie), "plume"))
    return parts


# ---- 445 sarcophagus ---------------------------------------------------------------------------


def _effigy(m: np.ndarray, slot) -> list[Part]:
    """A figure lying on its back along +x under ``m`` (its head at x = 0, on y = 0): a head on
    a cushion, a robed body, hands folded on its breast, feet upturned."""
    parts = [box(0.22, 0.05, 0.34, m @ at(0.02, 0, 0), slot)]  # the cushion
    parts.append(sphere(0.085, m @ at(0.05, 0.12, 0), slot))  # the head
    parts.append(tube([(0.14, 0.1, 0), (0.2, 0.1, 0)], 0.045, m, slot))  # the neck
    robe = [(0.2, 0.08, 0.0), (0.45, 0.1, 0.0), (0.8, 0.08, 0.0), (1.1, 0.07, 0.0)]
    parts.append(tube(robe, [0.15, 0.15, 0.13, 0.1], m @ scl(1, 0.55, 1), slot))
    parts.append(sphere(1.0, m @ at(0.45, 0.15, 0) @ scl(0.06, 0.045, 0.07), slot))  # its hands
    for s in (-1, 1):  # its arms, folded
        arm = [(0.24, 0.1, s * 0.14), (0.36, 0.13, s * 0.13), (0.44, 0.15, s * 0.05)]
        parts.append(tube(arm, [0.04, 0.035, 0.03], m, slot))
    for s in (-1, 1):
        parts.append(sphere(1.0, m @ at(1.16, 0.1, s * 0.06) @ scl(0.04, 0.08, 0.05), slot))
    return parts


def _sarcophagus(rng: Rng) -> list[Part]:
    """A sarcophagus (a stone tomb): a long carved stone chest on a stepped plinth, panels
    framed on its sides and ends between corner pilasters, a heavy pitched lid and a robed
    figure lying on it."""
    L, W, H, y0 = 1.5, 0.62, 0.5, 0.16
    parts = [
        box(L + 0.24, 0.1, W + 0.24, None, 0, "body"),
        box(L + 0.12, 0.06, W + 0.12, at(0, 0.1, 0), 0),
    ]
    parts.append(box(L, H, W, at(0, y0, 0), 0))
    parts.append(box(L + 0.06, 0.05, W + 0.06, at(0, y0, 0), 0))  # a moulding at its foot
    for sx in (-1, 1):  # corner pilasters
        for sz in (-1, 1):
            parts.append(box(0.08, H, 0.08, at(sx * (L / 2 - 0.02), y0, sz * (W / 2 - 0.02)), 0))
    # framed panels, on the long sides three, on each end one
    for sz in (-1, 1):
        for k in range(3):
            x = (k - 1) * 0.44
            m = at(x, y0 + H / 2, sz * W / 2) @ rot("x", 90)
            parts.append(_frame_ring(0.36, 0.32, 0.03, 0.02, m))
            parts.append(_rosette(at(x, y0 + H / 2, sz * (W / 2 + 0.004)) @ rot("y", -90 * sz)))
    for sx in (-1, 1):
        m = at(sx * L / 2, y0 + H / 2, 0) @ rot("z", 90)
        parts.append(_frame_ring(0.32, 0.42, 0.03, 0.02, m))
        parts.append(_rosette(at(sx * (L / 2 + 0.004), y0 + H / 2, 0) @ rot("y", 90 - 90 * sx)))
    top = y0 + H
    parts.append(box(L + 0.12, 0.08, W + 0.12, at(0, top, 0), 0))  # the lid: its slab
    ridge = [(-(W + 0.12) / 2, 0.0), ((W + 0.12) / 2, 0.0), ((W - 0.1) / 2, 0.08),
             (-(W - 0.1) / 2, 0.08)]  # fmt: skip
    parts.append(slab(ridge, L + 0.1, at(0, top + 0.08, 0) @ rot("y", 90), 0))
    lid = at(-L / 2 + 0.12, top + 0.16, 0)
    parts += _effigy(lid, 1)
    del rng
    return parts


def _frame_ring(w: float, h: float, line: float, d: float, m: np.ndarray, slot=1) -> Part:
    """A rectangular frame w × h, ``line`` wide and d proud, in the xz plane under m."""
    t = 2 * line / min(w, h)
    r1, r0 = np.sqrt(2.0), np.sqrt(2.0) * (1 - t)
    ring = [(r0, -d), (r1, -d), (r1, d), (r0, d)]
    return lathe(ring, m @ scl(w / 2, 1.0, h / 2) @ rot("y", 45), slot, sides=4, closed=True)


def _rosette(m: np.ndarray) -> Part:
    """A carved round rosette on a panel (its face +x under m)."""
    return lathe([(0.0, 0.0), (0.07, 0.0), (0.06, 0.015), (0.03, 0.025), (0.0, 0.03)],
                 m @ rot("z", -90), 1, shape=_petals(8))  # fmt: skip


def _petals(n: int) -> np.ndarray:
    """A flower's cross-section for a lathe: n rounded petals."""
    t = np.arange(6 * n) * (2 * np.pi / (6 * n))
    r = 0.7 + 0.3 * np.abs(np.cos(n / 2 * t))
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


# ---- 446 snowboard -----------------------------------------------------------------------------


def _board_path(L: float, half: float, kick: float):
    """A snowboard along +y from 0 to L, its top toward +z: control points up its middle
    (tips curving toward +z) and its half width at each (rounded tips, a waisted middle)."""
    u = np.concatenate([[0.0, 0.01, 0.03, 0.06, 0.1, 0.15], np.linspace(0.22, 0.78, 5),
                        [0.85, 0.9, 0.94, 0.97, 0.99, 1.0]])  # fmt: skip
    tip = 0.16
    d = np.minimum(u, 1 - u) * L  # distance from the nearer end
    z = kick * np.clip(1 - d / (tip * L * 1.6), 0, 1) ** 2
    round_ = np.sqrt(np.clip(1 - (1 - np.clip(d / (0.11 * L), 0, 1)) ** 2, 0, 1)) ** 0.7
    waist = 1 - 0.07 * np.sin(np.pi * u) ** 2
    r = half * np.maximum(round_, 0.0) * waist
    r[0] = r[-1] = 0.0
    pts = np.stack([np.zeros_like(u), u * L, z], 1)
    return pts, r


def _binding(m: np.ndarray) -> list[Part]:
    """A snowboard binding under m (x across the board, y up off it): a base plate, a heel cup
    and high back, two padded straps over the foot with ratchet buckles."""
    parts = [box(0.28, 0.02, 0.13, m, "marking")]
    for s in (-1, 1):  # the side walls
        parts.append(box(0.24, 0.05, 0.015, m @ at(-0.01, 0.0, s * 0.065), "marking"))
    hb = m @ at(-0.14, 0.0, 0) @ rot("z", 12)
    hi = [(0.0, -0.075), (0.0, 0.075), (0.2, 0.06), (0.24, 0.0), (0.2, -0.06)]
    parts.append(slab(hi, 0.02, hb @ rot("y", 90) @ rot("z", 90), "marking"))
    for x, wide in ((0.09, 0.035), (-0.04, 0.05)):  # toe strap and ankle strap
        arch = [pt(m, x, 0.02, -0.07), pt(m, x, 0.075, -0.05), pt(m, x, 0.1, 0.0),
                pt(m, x, 0.075, 0.05), pt(m, x, 0.02, 0.07)]  # fmt: skip
        parts.append(tube(arch, wide, slot=1, shape=_STRAP))
        parts.append(box(0.03, 0.02, 0.03, m @ at(x, 0.08, 0.04) @ rot("x", 35), "steel"))
    return parts


def _snowboard(rng: Rng) -> list[Part]:
    """A snowboard standing on its tail, leaning back: a long board with rounded upturned tips,
    a bright graphic on its nose, tail and between the feet, two bindings across it with high
    backs and padded straps."""
    L, half = 1.55, 0.155
    m = rot("y", 24) @ at(0, -0.022, 0) @ rot("x", -14)
    pts, r = _board_path(L, half, 0.09)
    parts = [tube(pts, r, m, 0, "body", shape=_THIN)]
    top = 0.0085
    for lo, hi in ((0, 7), (10, 17)):  # the nose and tail, painted
        seg = pts[lo:hi] + v3(0, 0, top)
        rr = r[lo:hi] * 0.96
        parts.append(tube(seg, rr, m, 1, shape=_THIN * [0.3, 1.0]))
    mid = m @ at(0, L / 2, top)
    for k in range(4):  # stripes between the feet
        parts.append(box(0.25, 0.05, 0.004, mid @ at(0, -0.17 + 0.11 * k, 0) @ rot("z", 25), 1))
    for s, ang in ((-1, 12), (1, -9)):  # the bindings, each turned to its stance
        parts += _binding(m @ at(0, L / 2 + s * 0.28, top) @ rot("z", ang) @ rot("x", 90))
    del rng
    return parts


# ---- 447 frisbee -------------------------------------------------------------------------------


def _frisbee(rng: Rng) -> list[Part]:
    """A frisbee (a flying disc) tilted toward the viewer on the edge of its rim: a shallow
    dish, its rim rolled under and striped, raised flight rings round its top, a printed
    swoosh at its middle."""
    shell = [(0.0, 0.075), (0.25, 0.07), (0.42, 0.058), (0.5, 0.042), (0.54, 0.018),
             (0.545, -0.012), (0.525, -0.03), (0.5, -0.02), (0.49, 0.02), (0.4, 0.04),
             (0.2, 0.052), (0.0, 0.056)]  # fmt: skip
    tilt = float(rng.uniform(24, 30))  # toward the viewer
    m = at(0, 0.545 * np.sin(np.radians(tilt)) + 0.03, 0) @ rot("y", 20) @ rot("x", tilt)
    parts = [lathe(shell, m, 0, "body")]
    for rad, y in ((0.26, 0.069), (0.34, 0.064), (0.42, 0.058)):  # the flight rings
        parts.append(torus(rad, 0.011, m @ at(0, y, 0), 0))
    parts.append(torus(0.535, 0.012, m @ at(0, 0.012, 0), 1))  # a stripe round its rim
    t = np.linspace(-0.5, 0.5, 7)
    swoosh = [pt(m, 0.17 * np.sin(2.4 * u), 0.077 - 0.1 * u * u, 0.22 * u) for u in t]
    parts.append(tube(swoosh, [0.0, 0.03, 0.045, 0.045, 0.035, 0.02, 0.0], slot=1,
                      shape=_THIN[:, ::-1]))  # a printed swoosh  # fmt: skip
    return parts


# ---- 448 slingshot -----------------------------------------------------------------------------


def _slingshot(rng: Rng) -> list[Part]:
    """A slingshot (a catapult) standing on its handle: a forked wooden stick, a rubber band
    from each prong drawn back to a leather pouch holding a pebble, cord bound round the grip
    and the prongs' tips."""
    parts = [tube([(0, 0.0, 0), (0.01, 0.3, 0), (0, 0.56, 0)], [0.055, 0.05, 0.058], slot=0,
                  tag="body")]  # fmt: skip
    parts.append(sphere(1.0, at(0, 0.58, 0) @ scl(0.075, 0.08, 0.06), 0))  # the fork's crotch
    tips = []
    for s in (-1, 1):
        prong = [(0.0, 0.56, 0.0), (s * 0.12, 0.72, 0.0), (s * 0.21, 0.92, 0.0),
                 (s * 0.22, 1.08, 0.0)]  # fmt: skip
        parts.append(tube(prong, [0.05, 0.045, 0.04, 0.038], slot=0))
        tips.append(v3(s * 0.22, 1.04, 0.0))
        for k in range(3):  # the band bound round the tip
            parts.append(torus(0.042, 0.008, at(s * 0.22, 0.98 + 0.025 * k, 0), 1))
    for k in range(6):  # cord wrapped round the grip
        parts.append(torus(0.058, 0.01, at(0.005, 0.1 + 0.045 * k, 0) @ rot("z", 8), 1))
    pouch = v3(0.0, 0.95, 0.42)
    ends = [pouch + v3(s * 0.075, 0.0, -0.02) for s in (-1, 1)]
    for t, e in zip(tips, ends, strict=True):
        a = t + v3(0, 0, 0.03)
        parts.append(tube([a, (a + e) / 2 + v3(0, -0.02, 0), e], 0.016, slot="card-red"))
    cup = [ends[0], pouch + v3(-0.05, 0, 0.035), pouch + v3(0, 0, 0.05),
           pouch + v3(0.05, 0, 0.035), ends[1]]  # fmt: skip
    parts.append(tube(cup, 0.03, slot=1, shape=STRIP))  # the leather pouch round the pebble
    parts.append(sphere(1.0, at(*pouch) @ scl(0.066, 0.06, 0.058), "stones"))
    del rng
    return parts


# ---- 449 oars ----------------------------------------------------------------------------------


def _oar(m: np.ndarray, tag: str = "") -> list[Part]:
    """A rowing oar along +x under m, its handle at 0 and its blade's tip at 1.85, lying on
    y = 0: a round wooden shaft, a grip and a leather sleeve with its collar, and a broad flat
    blade with a painted tip."""
    r, y = 0.04, 0.062  # the shaft's radius, its axis's height (on its collar)
    parts = [tube([(0.17, y, 0), (0.8, y, 0), (1.32, 0.04, 0)], [r, r, r * 0.8], m, 0, tag)]
    parts.append(tube([(0.0, y, 0), (0.18, y, 0)], 0.033, m, "marking"))  # the grip
    parts.append(cylinder(r + 0.008, r + 0.008, 0.26, m @ at(0.35, y, 0) @ ALONG_X, 1))
    parts.append(cylinder(y, y, 0.03, m @ at(0.6, y, 0) @ ALONG_X, 1))  # the collar
    blade = [(0.0, -0.025), (0.2, -0.09), (0.42, -0.135), (0.54, -0.125), (0.58, 0.0),
             (0.54, 0.125), (0.42, 0.135), (0.2, 0.09), (0.0, 0.025)]  # fmt: skip
    lay = m @ at(1.28, 0.016, 0) @ FLAT_UP
    parts.append(slab(blade, 0.024, lay, 0))
    tip = [(0.36, -0.135), (0.48, -0.14), (0.56, -0.128), (0.595, 0.0), (0.56, 0.128),
           (0.48, 0.14), (0.36, 0.135)]  # fmt: skip
    parts.append(slab(tip, 0.028, lay, 1))
    spine = [(1.28, 0.04, 0), (1.55, 0.034, 0), (1.78, 0.024, 0)]
    parts.append(tube(spine, [r * 0.8, 0.02, 0.0], m, 0))  # the blade's spine
    return parts


def _oars(rng: Rng) -> list[Part]:
    """A pair of rowing oars lying crossed on the ground: long round shafts with leather
    sleeves and collars, grips at one end and broad flat blades with painted tips at the
    other, one oar resting across the other."""
    cross = 0.95  # where along each oar they cross
    a = rot("y", float(rng.uniform(6, 14))) @ at(-cross, 0, 0)
    parts = _oar(at(0.05, 0, 0.1) @ a, "body")
    lift = np.degrees(np.arctan2(0.08, 1.85 - cross))  # resting on the other at the cross
    b = at(0.05, 0, 0.1) @ rot("y", 252) @ at(-cross, 0, 0)
    parts += _oar(b @ at(1.85, 0, 0) @ rot("z", -lift) @ at(-1.85, 0, 0))
    return parts


# ---- 450 megaphone -----------------------------------------------------------------------------


def _megaphone(rng: Rng) -> list[Part]:
    """A megaphone (a loudhailer) held level on its pistol grip: a flared horn opening to the
    right, a grille across its throat, a round rear housing, a trigger before the grip and a
    bright band round the bell's rim."""
    yaw = 75.0
    axis = at(0, 0.42, 0) @ rot("y", yaw) @ ALONG_Z  # the horn's +y, level, toward the right
    horn = [(0.0, 0.0), (0.1, 0.0), (0.11, 0.15), (0.15, 0.32), (0.23, 0.48), (0.33, 0.58),
            (0.35, 0.6), (0.33, 0.6), (0.3, 0.565), (0.21, 0.47), (0.135, 0.32), (0.09, 0.15),
            (0.08, 0.05), (0.0, 0.05)]  # fmt: skip
    parts = [lathe(horn, axis, 0, "body")]
    parts.append(torus(0.34, 0.018, axis @ at(0, 0.595, 0), 1))  # the rim's band
    grille = axis @ at(0, 0.36, 0)
    parts.append(cylinder(0.15, 0.15, 0.012, grille, "marking"))
    for rad in (0.05, 0.1, 0.14):
        parts.append(torus(rad, 0.007, grille @ at(0, 0.012, 0), "steel"))
    parts.append(cylinder(0.03, 0.02, 0.03, grille @ at(0, 0.012, 0), "steel"))
    parts.append(cylinder(0.11, 0.12, 0.26, axis @ at(0, -0.26, 0), 0))  # the rear housing
    parts.append(cylinder(0.125, 0.125, 0.03, axis @ at(0, -0.28, 0), 1))
    back = pt(axis, 0, -0.14, 0)
    d = pt(axis, 0, 1, 0) - pt(axis, 0, 0, 0)
    grip = [back + v3(0, -0.06, 0), back + v3(0, -0.25, 0) - d * 0.05,
            back + v3(0, -0.41, 0) - d * 0.1]  # fmt: skip
    grip_shape = superellipse(0.7, 1.0, 4, 12)  # narrow across, long along the horn
    parts.append(tube(grip, 0.05, slot="marking", shape=grip_shape))
    parts.append(
        sphere(1.0, at(*grip[-1]) @ rot("y", yaw + 90) @ scl(0.07, 0.02, 0.045), "marking")
    )
    trig = [back + d * 0.08 + v3(0, -0.1, 0), back + d * 0.14 + v3(0, -0.15, 0),
            back + d * 0.11 + v3(0, -0.21, 0)]  # fmt: skip
    parts.append(tube(trig, 0.018, slot=1))
    del rng
    return parts


# ---- 451 snorkel -------------------------------------------------------------------------------


_MASK = [(-0.28, 0.12), (-0.16, 0.155), (0.0, 0.14), (0.16, 0.155), (0.28, 0.12), (0.31, 0.0),
         (0.27, -0.1), (0.15, -0.145), (0.07, -0.13), (0.045, -0.17), (-0.045, -0.17),
         (-0.07, -0.13), (-0.15, -0.145), (-0.27, -0.1), (-0.31, 0.0)]  # fmt: skip
"""A diving mask's outline, seen from the front: a broad lens, a nose pocket under it."""


def _mask_ring(scale_out: float, scale_in: float):
    """Contours of the mask's outline as a rim: scaled ``scale_out`` round a hole scaled
    ``scale_in``."""

    def contours(n: int) -> list[np.ndarray]:
        pts = catmull_rom([*_MASK, _MASK[0]], max(n, 40))[:-1]
        return [ccw(pts * scale_out), ccw(pts * scale_in)[::-1]]

    return contours


def _snorkel(rng: Rng) -> list[Part]:
    """A diving mask and snorkel: the mask standing on the ground, its broad glass window in a
    rim with a nose pocket, a dark silicone skirt behind it and its strap looping back, a
    J-shaped snorkel clipped to the strap beside it, a mouthpiece at its foot and a splash
    guard on its top, a pair of swim fins lying beside them."""
    c = at(0, 0.2, 0.05) @ rot("x", -8)
    parts = [flat_solid(_mask_ring(1.0, 0.84), 0.05, c, 0, "body")]  # the rim
    outline = [(x * 0.86, y * 0.86) for x, y in _MASK]
    parts.append(slab(outline, 0.012, c @ at(0, 0, 0.025), "window"))  # the glass
    parts.append(flat_solid(_mask_ring(0.98, 0.86), 0.12, c @ at(0, 0, -0.11), "marking"))
    strap = [pt(c, -0.3, 0.0, -0.08), pt(c, -0.36, 0.02, -0.3), pt(c, -0.2, 0.04, -0.5),
             pt(c, 0.0, 0.05, -0.55), pt(c, 0.2, 0.04, -0.5), pt(c, 0.36, 0.02, -0.3),
             pt(c, 0.3, 0.0, -0.08)]  # fmt: skip
    parts.append(band(strap, 0.05, 0.01, (0, 1, 0), "marking"))
    for s in (-1, 1):  # the buckles
        parts.append(box(0.03, 0.08, 0.05, c @ at(s * 0.31, -0.04, -0.08), 1))
    x = -0.42
    pipe = [(x + 0.12, 0.06, 0.12), (x, 0.05, 0.1), (x - 0.02, 0.12, 0.0), (x - 0.02, 0.5, -0.1),
            (x - 0.01, 0.82, -0.16), (x + 0.02, 0.92, -0.14)]  # fmt: skip
    parts.append(tube(pipe, 0.032, slot=0))
    parts.append(tube([(x + 0.1, 0.06, 0.12), (x + 0.2, 0.06, 0.14)], 0.04, slot="marking"))
    parts.append(sphere(1.0, at(x + 0.21, 0.06, 0.14) @ scl(0.02, 0.045, 0.06), "marking"))
    parts.append(cylinder(0.045, 0.05, 0.08, at(x + 0.02, 0.88, -0.15) @ rot("x", -10), 1))
    parts.append(box(0.05, 0.05, 0.06, at(x + 0.02, 0.4, -0.1), 1))  # the clip
    for k, (fx, fz) in enumerate(((0.5, 0.25), (0.8, 0.12))):  # the fins, lying side by side
        parts += _fin(at(fx, 0, fz) @ rot("y", -28 + 8 * k))
    del rng
    return parts


def _fin(m: np.ndarray) -> list[Part]:
    """A swim fin lying on the ground under m, its foot pocket at the origin and its long
    blade reaching back (-z): a rubber pocket, the blade (its edges ribbed) with a notched
    tip."""
    blade = [(-0.1, 0.0), (0.1, 0.0), (0.12, 0.25), (0.17, 0.6), (0.09, 0.7), (0.0, 0.66),
             (-0.09, 0.7), (-0.17, 0.6), (-0.12, 0.25)]  # fmt: skip
    parts = [slab(blade, 0.016, m @ at(0, 0.012, 0) @ FLAT_UP, 0)]
    for s in (-1, 1):  # its ribbed edges
        rail = [pt(m, s * 0.1, 0.03, 0.0), pt(m, s * 0.125, 0.03, -0.3),
                pt(m, s * 0.165, 0.025, -0.6)]  # fmt: skip
        parts.append(tube(rail, [0.022, 0.016, 0.008], slot=0))
    parts.append(sphere(1.0, m @ at(0, 0.05, 0.0) @ scl(0.11, 0.05, 0.2), "marking"))
    hole = m @ at(0, 0.065, 0.13) @ rot("x", 35) @ scl(1.3, 1, 0.8)
    parts.append(cylinder(0.055, 0.055, 0.012, hole, "pupil"))  # the pocket's mouth
    return parts


# ---- 452 pacifier ------------------------------------------------------------------------------


def _shield(n: int) -> list[np.ndarray]:
    """A pacifier's shield (a broad butterfly shape) with its two air holes."""
    t = np.arange(max(n, 32)) * (2 * np.pi / max(n, 32))
    r = 1.0 - 0.2 * np.cos(2 * t) ** 2 * (np.sin(t) ** 2) + 0.05 * np.cos(2 * t)
    outer = np.stack([0.32 * r * np.cos(t), 0.22 * r * np.sin(t)], 1)
    holes = [disc((s * 0.17, 0.02), 0.045, 12, cut=True) for s in (-1, 1)]
    return [ccw(outer), *holes]


def _pacifier(rng: Rng) -> list[Part]:
    """A pacifier (a baby's dummy) standing on its edge: a bulbous teat behind a broad curved
    shield with two air holes, a round button on its front and a ring handle."""
    m = at(0, 0.23, 0) @ rot("y", 108)  # its axis (+z) toward the right, a little back
    parts = [flat_solid(_shield, 0.04, m @ at(0, 0, -0.02), 0, "body")]
    teat = [(0.0, 0.0), (0.07, 0.0), (0.05, 0.08), (0.055, 0.15), (0.09, 0.27), (0.095, 0.34),
            (0.06, 0.4), (0.0, 0.42)]  # fmt: skip
    parts.append(lathe(teat, m @ at(0, 0, -0.02) @ rot("x", -90), "seed"))
    parts.append(cylinder(0.09, 0.08, 0.08, m @ at(0, 0, 0.02) @ ALONG_Z, 1))  # the button
    parts.append(torus(0.17, 0.028, m @ at(0, 0.0, 0.27) @ rot("z", 90), 1))  # the ring
    del rng
    return parts


# ---- 453 honeycomb -----------------------------------------------------------------------------


def _comb_cells(w: float, h: float, r: float, rng: Rng) -> tuple[np.ndarray, np.ndarray]:
    """Centres (n, 2) of hexagonal cells of circumradius r packed over w × h (centred on 0,
    the lowest row whole), and each one's fill: 0 empty, 1 honey, 2 capped with wax."""
    dx, dy = r * np.sqrt(3.0), r * 1.5
    j, i = np.mgrid[0 : int(h / dy) + 2, 0 : int(w / dx) + 2]
    x = -w / 2 + i * dx + np.where(j % 2, dx / 2, 0.0)
    y = -h / 2 + 1.1 * r + j * dy
    fill = rng.choice(3, size=x.size, p=[0.22, 0.58, 0.2])
    return np.stack([x.ravel(), y.ravel()], 1), fill


def _comb_outline(w: float, h: float, rng: Rng) -> np.ndarray:
    """A broken piece of comb: a rounded oblong with a wavy edge."""
    base = rrect(w, h, 0.12, 6)
    t = np.arange(len(base))
    wob = 1.0 + 0.025 * np.sin(t * 0.9 + rng.uniform(0, 6)) + 0.02 * np.sin(t * 2.3)
    return base * wob[:, None]


def _inside(p: np.ndarray, poly: np.ndarray) -> np.ndarray:
    """Which of the points (n, 2) lie inside the polygon (m, 2) (by crossings)."""
    x, y = p[:, :1], p[:, 1:]
    x0, y0 = poly[:, 0], poly[:, 1]
    x1, y1 = np.roll(x0, -1), np.roll(y0, -1)
    span = (y0 > y) != (y1 > y)
    with np.errstate(divide="ignore", invalid="ignore"):
        cut = x0 + (y - y0) * (x1 - x0) / (y1 - y0)
    return (np.sum(span & (x < cut), axis=1) % 2) == 1


def _bee(m: np.ndarray) -> list[Part]:
    """A honeybee crawling on a surface, under m: along +y (its head), its back toward +z: a
    striped abdomen, a fuzzy thorax, a dark head, two clear wings."""
    parts = [sphere(1.0, m @ at(0, -0.05, 0.035) @ scl(0.04, 0.06, 0.036), "fruit-yellow")]
    for y, rad in ((-0.07, 0.03), (-0.04, 0.038), (-0.01, 0.034)):
        parts.append(torus(rad, 0.007, m @ at(0, y, 0.035), "marking"))
    parts.append(sphere(0.034, m @ at(0, 0.03, 0.035), "cork"))
    parts.append(sphere(0.026, m @ at(0, 0.075, 0.03), "marking"))
    for s in (-1, 1):
        root, tip = pt(m, s * 0.015, 0.02, 0.07), pt(m, s * 0.07, -0.07, 0.075)
        parts.append(insect_wing(root, tip, 0.045))
    return parts


def _honeycomb(rng: Rng) -> list[Part]:
    """A slab of honeycomb standing on its edge: wax walls round hexagonal cells, most full of
    glossy honey, some capped with wax and some empty, two bees crawling on it, honey
    running down its face from the lowest cells into a pool at its foot."""
    W, H, D, r = 1.15, 0.85, 0.14, 0.078
    m = at(0, H / 2 + 0.015, 0) @ rot("x", -8)
    out = _comb_outline(W, H, rng)
    centres, fill = _comb_cells(W, H, r, rng)

    def walls(n: int) -> list[np.ndarray]:
        return [ccw(out), *(_hexagon(x, y, r - 0.011, cut=True) for x, y in centres)]

    parts = [flat_solid(walls, D * 0.5, m, 0, "body")]
    parts.append(flat_solid(lambda n: [ccw(out)], D * 0.5, m @ at(0, 0, -D * 0.5), 0))  # the midrib
    corners = (centres[:, None, :] + _hexagon(0, 0, r)[None]).reshape(-1, 2)
    whole = _inside(corners, out * 0.98).reshape(-1, 6).all(1)
    hon = centres[whole & (fill == 1)]
    cap = centres[whole & (fill == 2)]
    if len(hon):
        parts.append(
            flat_solid(lambda n: [_hexagon(x, y, r - 0.013) for x, y in hon], D * 0.43, m, 1)
        )
    if len(cap):
        parts.append(
            flat_solid(lambda n: [_hexagon(x, y, r - 0.013) for x, y in cap], D * 0.48, m, 0)
        )
    # honey running from the lowest full cells down its face into a pool on the ground
    low = hon[np.argsort(hon[:, 1])][:6]
    for k, (x, y) in enumerate(low[rng.permutation(len(low))[:3]]):
        a = pt(m, x, y, D * 0.43)
        b = pt(m, x, -H / 2 + 0.05, D * 0.5 + 0.015)
        if k == 2:  # a drop still hanging from its edge
            run = [a, pt(m, x, y - 0.05, D * 0.5 + 0.012), b, b + v3(0, -0.02, 0.01)]
            parts.append(tube(run, [0.035, 0.022, 0.02, 0.0], slot=1))
            parts.append(sphere(1.0, at(*(b + v3(0, -0.03, 0.012))) @ scl(0.026, 0.034, 0.026), 1))
            continue
        run = [a, pt(m, x, y - 0.05, D * 0.5 + 0.012), b, v3(b[0], 0.03, b[2] + 0.04)]
        parts.append(tube(run, [0.035, 0.024, 0.022, 0.03], slot=1))
    t = np.arange(24) * (2 * np.pi / 24)
    rad = 1 + 0.12 * np.sin(3 * t + rng.uniform(0, 6)) + 0.08 * np.sin(5 * t)
    pool = np.stack([0.42 * rad * np.cos(t), 0.13 * rad * np.sin(t)], 1)
    parts.append(slab(sharp(pool), 0.012, at(-0.05, 0.006, 0.14) @ FLAT_UP, 1))
    for x, y, turn in ((-0.2, 0.15, 30), (0.25, 0.0, -110)):
        parts += _bee(m @ at(x, y, D * 0.5) @ rot("z", turn))
    return parts


# ---- 454 cocoon --------------------------------------------------------------------------------


def _cocoon(rng: Rng) -> list[Part]:
    """A silk cocoon hanging from a twig: a spindle of silk, threads wound round it, a tuft of
    silk binding its top to a thin bare twig that rises from the ground and bends over, a
    leaf at the twig's tip."""
    twig = [(-0.45, 0.0, -0.05), (-0.42, 0.6, -0.04), (-0.32, 1.15, 0.0), (-0.1, 1.32, 0.02),
            (0.2, 1.34, 0.03), (0.45, 1.3, 0.05)]  # fmt: skip
    parts = [tube(twig, [0.035, 0.03, 0.025, 0.02, 0.017, 0.012], slot=1)]
    parts.append(tube([(-0.4, 0.85, -0.03), (-0.55, 1.0, -0.02), (-0.62, 1.08, 0.0)],
                      [0.014, 0.01, 0.005], slot=1))  # fmt: skip
    leaf = at(0.45, 1.3, 0.05) @ rot("z", -70) @ rot("y", 40) @ scl(0.16, 0.16, 0.16)
    parts += leaf_blade(leaf @ at(0, 1.3, 0), 0.5, "vine")
    top, bot = 1.28, 0.42
    c = v3(0.06, 0.0, 0.03)
    prof = [(0.0, 0.0), (0.035, 0.04), (0.12, 0.18), (0.17, 0.36), (0.16, 0.56), (0.1, 0.72),
            (0.04, 0.8), (0.0, 0.84)]  # fmt: skip
    span = top - bot
    scale = span / 0.84
    m = at(c[0], bot, c[2]) @ scl(scale, scale, scale)
    parts.append(lathe(prof, m, 0, "body"))
    # threads wound round it in criss-crossing spirals
    ys = np.linspace(0.06, 0.78, 26)
    rr = np.interp(ys, [p[1] for p in prof], [p[0] for p in prof]) + 0.006
    for k, turns in enumerate((2.5, -2.2, 3.0)):
        ph = 2 * np.pi * k / 3 + rng.uniform(0, 1)
        a = ph + turns * 2 * np.pi * (ys - ys[0]) / (ys[-1] - ys[0])
        pts = [
            pt(m, ri * np.cos(ai), yi, ri * np.sin(ai))
            for ri, yi, ai in zip(rr, ys, a, strict=True)
        ]
        parts.append(tube(pts, 0.005, slot=0, shape=HEX))
    for k in range(4):  # the tuft of silk binding it to the twig
        a = 2 * np.pi * k / 4
        base = pt(m, 0.03 * np.cos(a), 0.8, 0.03 * np.sin(a))
        parts.append(tube([base, base + v3(0.04 * np.cos(a), 0.06, 0.03 * np.sin(a))],
                          0.006, slot=0, shape=HEX))  # fmt: skip
    return parts


# ---- 455 clipboard -----------------------------------------------------------------------------


def _clipboard(rng: Rng) -> list[Part]:
    """A clipboard leaning back on the ground: a stiff board with rounded corners, a metal
    clip across its top holding a sheet of paper, a checklist on the sheet (boxes, lines of
    writing, red ticks), a pen lying beside it."""
    W, H = 0.72, 1.0
    m = at(-0.08, 0, 0.25) @ rot("y", 8) @ rot("x", -58)  # the board's plane: x across, y up it
    parts = [slab(rrect_outline(W, H, 0.05), 0.025, m @ at(0, H / 2, 0), 0, "body")]
    sheet = m @ at(0, 0.04, 0.0125)
    parts.append(box(W - 0.08, 0.82, 0.004, sheet, "sheet"))
    page = sheet @ at(0, 0, 0.004)
    parts.append(box(0.34, 0.03, 0.003, page @ at(-0.1, 0.7, 0), "marking"))  # the heading
    for k in range(7):  # the checklist
        y = 0.6 - 0.075 * k
        box_ = page @ at(-0.24, y, 0)
        parts.append(_frame_box(box_))
        width = float(rng.uniform(0.26, 0.4))
        parts.append(
            box(width, 0.014, 0.003, page @ at(-0.18 + width / 2, y + 0.015, 0), "marking")
        )
        if k < 5:
            parts.append(tube([pt(box_, -0.02, 0.03, 0.004), pt(box_, 0.0, 0.01, 0.006),
                               pt(box_, 0.04, 0.06, 0.006)], 0.007, slot="card-red"))  # fmt: skip
    clip = m @ at(0, H - 0.1, 0.0125)
    parts.append(box(0.3, 0.12, 0.02, clip, "steel"))
    parts.append(cylinder(0.025, 0.025, 0.3, clip @ at(-0.15, 0.13, 0.02) @ ALONG_X, "steel"))
    parts.append(tube([pt(clip, -0.09, 0.12, 0.03), pt(clip, -0.08, 0.2, 0.06),
                       pt(clip, 0.08, 0.2, 0.06), pt(clip, 0.09, 0.12, 0.03)], 0.012,
                      slot="steel"))  # fmt: skip
    # the pen
    pen = at(0.5, 0.03, 0.15) @ rot("y", -70) @ ALONG_X
    parts.append(cylinder(0.025, 0.025, 0.48, pen, 1))
    parts.append(cylinder(0.025, 0.0, 0.07, pen @ at(0, 0.48, 0), "steel"))
    parts.append(cylinder(0.026, 0.026, 0.12, pen @ at(0, -0.02, 0), "marking"))
    return parts


def _frame_box(m: np.ndarray) -> Part:
    """A small square tick box (0.045 across) drawn on a page under m."""
    return _frame_ring(0.045, 0.045, 0.006, 0.002, m @ at(0, 0.02, 0) @ rot("x", 90), "marking")


MORE_APPLIANCES_Q = {
    444: _grave, 445: _sarcophagus, 446: _snowboard, 447: _frisbee, 448: _slingshot,
    449: _oars, 450: _megaphone, 451: _snorkel, 452: _pacifier, 453: _honeycomb,
    454: _cocoon, 455: _clipboard,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
