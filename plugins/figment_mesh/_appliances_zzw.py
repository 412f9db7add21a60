"""More of the device family's appliances, from 992: a Tibetan long horn, a singing bowl, a
butter churn, butter lamps on a tray, a thangka, a rope bridge over a gorge, a seated Buddha
statue and a stone cairn.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ._geometry import Part, align, at, rot, scl
from ._kit import (
    ALONG_X,
    ALONG_Z,
    HEX,
    band,
    blob,
    cone,
    ellipse,
    flame,
    hoop,
    lobed,
    scaled,
    solid,
    studs,
    unit,
)
from ._primitives import box, cylinder, lathe, slab, sphere, strip, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZW"]

Rng = np.random.Generator


def _rough(n: int, amount: float, rng: Rng) -> np.ndarray:
    """A lathe's cross-section for a stone: a circle of radius about 1 whose edge wanders by
    ``amount`` in a few soft bumps (n points)."""
    t = np.arange(n) * (2 * np.pi / n)
    r = np.ones(n)
    for k in (2, 3, 5):
        r += amount / k * np.cos(k * t + rng.uniform(0, 2 * np.pi))
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


# 992 Tibetan long horn


def _dungchen(rng: Rng) -> list[Part]:
    """A Tibetan long horn (dungchen): a very long straight brass horn of three telescoping
    sections, each a little wider than the last and ribbed with raised rings, silver collars
    where they slide into each other, a silver mouthpiece with a broad lip resting near the
    ground, the far end widening into a big flared bell with a silver rim, held up just short of
    it on a small wooden cradle."""
    d = unit((2.9, 0.27, -0.45))
    a = np.array([-1.42, 0.05, 0.22])
    axis = at(*a) @ align(d)  # local +y runs along the horn from the mouthpiece

    def on(s: float) -> np.ndarray:
        return axis @ at(0, s, 0)

    runs = [(0.1, 1.06, 0.019, 0.026), (1.0, 1.96, 0.03, 0.038), (1.9, 2.62, 0.042, 0.055)]
    parts = [cylinder(runs[0][2], runs[0][3], runs[0][1] - runs[0][0], on(runs[0][0]), 0, "body")]
    for s0, s1, r0, r1 in runs[1:]:
        parts.append(cylinder(r0, r1, s1 - s0, on(s0), 0))
    for s0, s1, r0, r1 in runs:  # the raised rings along each section
        n = int((s1 - s0) / 0.14)
        for k in range(1, n):
            s = s0 + (s1 - s0) * k / n
            parts.append(hoop(r0 + (r1 - r0) * k / n + 0.002, 0.005, on(s), 0, 16, 4))
    for s0, _, r0, _ in runs[1:]:  # the silver collars at the joints
        parts.append(cylinder(r0 + 0.008, r0 + 0.008, 0.1, on(s0 - 0.02), 1))
        for ds in (-0.02, 0.08):
            parts.append(hoop(r0 + 0.01, 0.007, on(s0 + ds), 1, 20, 5))
    parts.append(cylinder(0.06, 0.066, 0.16, on(2.44), 1))  # the broad silver band
    for ds in (0.0, 0.16):
        parts.append(hoop(0.064 + 0.006 * ds / 0.16, 0.008, on(2.44 + ds), 1, 20, 5))
    mouth = [(0.0, 0.0), (0.05, 0.0), (0.052, 0.012), (0.03, 0.022), (0.018, 0.05), (0.02, 0.11),
             (0.026, 0.13), (0.0, 0.14)]  # fmt: skip
    parts.append(lathe(mouth, axis, 1))
    bell = [(0.0, 2.6), (0.056, 2.6), (0.062, 2.7), (0.078, 2.8), (0.105, 2.88), (0.145, 2.94),
            (0.185, 2.98), (0.2, 3.0), (0.185, 3.0), (0.13, 2.96), (0.07, 2.87), (0.0, 2.82)]  # fmt: skip
    parts.append(lathe(bell, axis, 0))
    parts.append(torus(0.195, 0.009, on(2.995), 1))
    # the wooden cradle under the last section
    p = a + d * 2.3
    top = p[1] - 0.052
    yaw = np.degrees(np.arctan2(-d[2], d[0]))
    m = at(p[0], 0, p[2]) @ rot("y", yaw)
    parts.append(box(0.14, 0.03, 0.34, m, "cork"))
    for s in (-1, 1):
        parts.append(box(0.05, top - 0.03, 0.04, m @ at(0, 0.03, s * 0.12), "cork"))
        parts.append(box(0.05, 0.05, 0.06, m @ at(0, top - 0.03, s * 0.09) @ rot("x", s * 40),
                         "cork"))  # fmt: skip
    parts.append(box(0.06, 0.03, 0.28, m @ at(0, top - 0.03, 0), "cork"))
    del rng
    return parts


# 993 singing bowl


def _singing_bowl(rng: Rng) -> list[Part]:
    """A singing bowl on its cushion: a wide bronze bowl with a flat foot, round sides and a
    slightly incurved thick rim, rings engraved round its outside under the rim and round its
    foot, sitting in the hollow of a round, plump, pleated red cushion piped in yellow; a short
    turned wooden striker with a suede-wrapped end leans against it."""
    y0 = 0.1
    out = [(0.0, 0.0), (0.2, 0.0), (0.3, 0.03), (0.38, 0.1), (0.41, 0.18), (0.4, 0.25),
           (0.375, 0.3), (0.36, 0.31)]  # fmt: skip
    inner = [(0.345, 0.305), (0.36, 0.25), (0.37, 0.18), (0.34, 0.1), (0.26, 0.055), (0.0, 0.045)]
    parts = [lathe(out + inner, at(0, y0, 0), 0, "body")]
    for y, r in ((0.275, 0.392), (0.262, 0.395), (0.225, 0.407), (0.05, 0.33)):
        parts.append(hoop(r, 0.0035, at(0, y0 + y, 0), 0, 48, 4))
    parts.append(hoop(0.388, 0.0045, at(0, y0 + 0.25, 0), "marking", 48, 4))
    cushion = [(0.0, 0.0), (0.36, 0.0), (0.45, 0.025), (0.48, 0.07), (0.46, 0.115), (0.38, 0.14),
               (0.27, 0.125), (0.2, 0.105), (0.0, 0.1)]  # fmt: skip
    parts.append(lathe(cushion, None, "card-red", shape=lobed(48, 12, 0.06)))
    parts.append(torus(0.475, 0.012, at(0, 0.07, 0), "cloth-yellow"))
    parts.append(torus(0.3, 0.008, at(0, 0.118, 0), "cloth-yellow"))
    ang = np.radians(-60 + float(rng.uniform(-6, 6)))
    dirn = np.array([np.sin(ang), 0.0, np.cos(ang)])
    foot = dirn * 0.82 + np.array([0.0, 0.028, 0.0])
    rest = dirn * 0.41 + np.array([0.0, y0 + 0.29, 0.0])
    m = at(*foot) @ align(rest - foot)
    length = float(np.linalg.norm(rest - foot)) + 0.06
    stk = [(0.0, 0.0), (0.027, 0.0), (0.028, 0.02), (0.026, length - 0.03), (0.02, length),
           (0.0, length)]  # fmt: skip
    parts.append(lathe(stk, m, 1))
    parts.append(cylinder(0.031, 0.031, 0.13, m @ at(0, 0.02, 0), "cloth-dark"))
    parts.append(hoop(0.027, 0.004, m @ at(0, length - 0.12, 0), "marking", 16, 4))
    return parts


# 994 butter churn


def _staves(n: int, groove: float, per: int = 4) -> np.ndarray:
    """A barrel's cross-section of n staves: radius 1 across each stave's face, a narrow
    ``groove`` deep notch between neighbours."""
    pts = []
    for k in range(n):
        a0 = 2 * np.pi * k / n
        for j in range(per):
            a = a0 + 2 * np.pi / n * (0.08 + 0.84 * j / (per - 1))
            pts.append((np.cos(a), np.sin(a)))
        a = a0 + 2 * np.pi / n
        pts.append(((1 - groove) * np.cos(a), (1 - groove) * np.sin(a)))
    return np.array(pts)


def _butter_churn(rng: Rng) -> list[Part]:
    """A tall butter churn: a narrow wooden cylinder of staves, tapering a little from its foot
    to its top, bound by four metal hoops, its staves standing a little proud of a fitted lid
    with a raised collar, and the long round handle of the dasher sticking straight up out of
    the lid with a knob on its end."""
    r0, r1, h = 0.16, 0.12, 1.0
    prof = [(0.0, 0.0), (r0 - 0.006, 0.0), (r0, 0.012), (r1, h - 0.01), (r1 - 0.006, h),
            (r1 - 0.016, h), (r1 - 0.018, h - 0.04), (0.0, h - 0.04)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body", shape=_staves(16, 0.06, 3))]
    for y in (0.06, 0.3, 0.7, 0.93):
        r = r0 + (r1 - r0) * y / h
        ring = [(r - 0.004, -0.022), (r + 0.008, -0.022), (r + 0.01, 0.0), (r + 0.008, 0.022),
                (r - 0.004, 0.022)]  # fmt: skip
        parts.append(lathe(ring, at(0, y, 0), 1, closed=True))
        parts.append(studs([(r + 0.009, y, 0.0)], [(1.0, 0.0, 0.0)], 0.007, 0.006, 1, 6))
    lid = [(0.0, h - 0.04), (r1 - 0.02, h - 0.04), (r1 - 0.022, h - 0.02), (0.07, h - 0.005),
           (0.04, h + 0.01), (0.03, h + 0.05), (0.034, h + 0.06), (0.0, h + 0.06)]  # fmt: skip
    parts.append(lathe(lid, None, 0))
    lean = float(rng.uniform(-3, 3))
    pole = rot("z", lean) @ at(0, h, 0)
    parts.append(cylinder(0.019, 0.019, 0.5, pole, 0))
    parts.append(lathe([(0.0, 0.48), (0.024, 0.49), (0.034, 0.53), (0.026, 0.57), (0.0, 0.575)],
                       pole, 0))  # fmt: skip
    parts.append(hoop(0.021, 0.004, pole @ at(0, 0.44, 0), 1, 12, 4))
    return parts


# 995 butter lamps


def _butter_lamp(m: np.ndarray) -> list[Part]:
    """One butter lamp under m: a brass cup on a stem with a knop on a round domed foot,
    brimming with pale butter, a wick standing in it with a bright flame."""
    cup = [(0.0, 0.0), (0.07, 0.0), (0.06, 0.018), (0.03, 0.04), (0.017, 0.065), (0.027, 0.08),
           (0.018, 0.098), (0.05, 0.115), (0.08, 0.14), (0.089, 0.18), (0.08, 0.178),
           (0.0, 0.16)]  # fmt: skip
    parts = [lathe(cup, m, 0)]
    parts.append(cylinder(0.079, 0.079, 0.018, m @ at(0, 0.155, 0), "tooth"))
    parts.append(cylinder(0.005, 0.004, 0.025, m @ at(0, 0.17, 0), "marking"))
    parts += scaled(flame(np.zeros(3), 0.2), m @ at(0, 0.188, 0) @ scl(0.42))
    return parts


def _butter_lamps(rng: Rng) -> list[Part]:
    """Five butter lamps in a row on a long tray: small brass goblets, each a cup on a stemmed
    foot filled with pale butter, a wick in its middle burning with a bright flame."""
    n, step = 5, 0.21
    L = n * step + 0.06
    parts = [box(L, 0.025, 0.26, None, 1, "body")]
    for s in (-1, 1):  # the tray's rim
        parts.append(box(L, 0.045, 0.015, at(0, 0.0, s * 0.1225), 1))
        parts.append(box(0.015, 0.045, 0.26, at(s * (L / 2 - 0.0075), 0.0, 0), 1))
    for k in range(n):
        x = (k - (n - 1) / 2) * step + float(rng.uniform(-0.008, 0.008))
        parts += _butter_lamp(at(x, 0.025, float(rng.uniform(-0.01, 0.01))))
    return parts


# 996 thangka


def _panel(x: float, y: float, w: float, h: float, z: float, slot, d: float = 0.006) -> Part:
    """A flat rectangle w by h centred on (x, y), its face at z (a patch of cloth or paint)."""
    return box(w, h, d, at(x, y - h / 2, z - d / 2), slot)


def _oval(x: float, y: float, rx: float, ry: float, z: float, slot, d: float = 0.004) -> Part:
    """A flat oval of half widths rx, ry centred on (x, y), its face at z (a painted shape)."""
    return slab(ellipse(rx, ry, 24), d, at(x, y, z - d / 2), slot)


def _painting(cx: float, cy: float, w: float, h: float, z: float) -> list[Part]:
    """A thangka's painting, w by h round (cx, cy) with its face at z: a deep blue sky over
    green hills, a sun and a moon, white clouds, and in the middle a buddha seated on a pink
    lotus within a green body halo and an orange head halo, both ringed in gold, in a red robe
    with golden skin and blue hair."""
    parts = [_panel(cx, cy, w, h, z, "plume")]
    bot = cy - h / 2
    hills = [(-0.5, 0.0), (0.5, 0.0), (0.5, 0.3), (0.3, 0.24), (0.12, 0.3), (-0.1, 0.22),
             (-0.3, 0.3), (-0.5, 0.25)]  # fmt: skip
    parts.append(slab(sharp([(cx + px * w, bot + py * h * 0.6) for px, py in hills]), 0.004,
                      at(0, 0, z + 0.002), "land"))  # fmt: skip
    z1, z2, z3 = z + 0.005, z + 0.009, z + 0.013
    fy = bot + 0.2 * h  # the seat's top
    parts.append(_oval(cx, fy + 0.28 * h, 0.36 * w, 0.3 * h, z1, "plume-tip"))
    parts.append(_oval(cx, fy + 0.28 * h, 0.33 * w, 0.28 * h, z1 + 0.002, "land"))
    hy = fy + 0.47 * h
    parts.append(_oval(cx, hy, 0.17 * w, 0.17 * w, z2, "plume-tip"))
    parts.append(_oval(cx, hy, 0.145 * w, 0.145 * w, z2 + 0.002, "fruit-orange"))
    # the lotus seat: a row of pink petals
    for k in range(7):
        px = cx + (k - 3) * 0.09 * w
        parts.append(_oval(px, fy - 0.03 * h, 0.055 * w, 0.05 * h, z2 + 0.001 * (k % 2), "eraser"))
    parts.append(_oval(cx, fy - 0.005 * h, 0.3 * w, 0.02 * h, z3, "plume-tip"))
    # the figure: crossed legs, a robed body, the right shoulder and arm bare, head, hair

    def shape(pts, dz, slot):
        return slab(sharp([(cx + px * w, fy + py * h) for px, py in pts]), 0.004,
                    at(0, 0, z3 + dz), slot)  # fmt: skip

    def limb(a, b, dz, slot):
        return strip((cx + a[0] * w, fy + a[1] * h, z3 + dz), (cx + b[0] * w, fy + b[1] * h,
                     z3 + dz), (0.0, 0.0, 1.0), 0.055 * w, 0.004, slot, 0.012)  # fmt: skip

    parts.append(_oval(cx, fy + 0.06 * h, 0.27 * w, 0.07 * h, z3 + 0.002, "card-red"))
    body = [(-0.15, 0.06), (0.15, 0.06), (0.155, 0.2), (0.15, 0.3), (0.12, 0.35), (0.05, 0.37),
            (-0.05, 0.37), (-0.12, 0.35), (-0.15, 0.3), (-0.155, 0.2)]  # fmt: skip
    parts.append(shape(body, 0.0, "card-red"))
    parts.append(shape([(-0.155, 0.19), (0.06, 0.37), (-0.05, 0.37), (-0.12, 0.35), (-0.15, 0.3)],
                       0.002, "plume-tip"))  # fmt: skip
    for s, slot in ((-1, "plume-tip"), (1, "card-red")):
        parts.append(limb((s * 0.15, 0.32), (s * 0.2, 0.17), 0.004, slot))
        parts.append(limb((s * 0.2, 0.17), (s * 0.04, 0.11), 0.004, slot))
    parts.append(_oval(cx, fy + 0.11 * h, 0.07 * w, 0.025 * h, z3 + 0.008, "plume-tip"))  # hands
    parts.append(_oval(cx, fy + 0.39 * h, 0.035 * w, 0.03 * h, z3, "plume-tip"))  # the neck
    for s in (-1, 1):  # the long ears
        parts.append(_oval(cx + s * 0.075 * w, hy - 0.015 * h, 0.018 * w, 0.045 * h, z3,
                           "plume-tip"))  # fmt: skip
    parts.append(_oval(cx, hy, 0.075 * w, 0.065 * h, z3 + 0.002, "plume-tip"))  # the face
    parts.append(_oval(cx, hy + 0.04 * h, 0.078 * w, 0.032 * h, z3 + 0.003, "plume"))
    parts.append(_oval(cx, hy + 0.08 * h, 0.035 * w, 0.025 * h, z3 + 0.003, "plume"))
    for s in (-1, 1):  # closed eyes
        parts.append(_panel(cx + s * 0.03 * w, hy - 0.005 * h, 0.028 * w, 0.005, z3 + 0.005,
                            "marking"))  # fmt: skip
    # the sun, the moon and clouds in the sky
    parts.append(_oval(cx - 0.36 * w, cy + 0.4 * h, 0.06 * w, 0.06 * w, z1, "fruit-red"))
    parts.append(_oval(cx + 0.36 * w, cy + 0.4 * h, 0.06 * w, 0.06 * w, z1, "snow"))
    parts.append(_oval(cx + 0.38 * w, cy + 0.4 * h, 0.05 * w, 0.05 * w, z1 + 0.002, "plume"))
    for sx, sy in ((-0.33, 0.22), (0.33, 0.2), (-0.3, -0.05), (0.32, -0.08)):
        for dx, rr in ((-0.05, 0.045), (0.0, 0.06), (0.05, 0.04)):
            parts.append(_oval(cx + (sx + dx) * w, cy + sy * h, rr * w, rr * w * 0.7, z1, "snow"))
    return parts


def _knob_rod(x0: float, x1: float, y: float, r: float, slot) -> list[Part]:
    """A round rod from x0 to x1 at height y with a turned knob on each end."""
    parts = [cylinder(r, r, x1 - x0, at(x0, y, 0) @ ALONG_X, slot)]
    knob = [(0.0, 0.0), (r * 1.5, 0.0), (r * 1.7, r * 0.8), (r * 1.9, r * 2.0), (r * 1.3, r * 2.8),
            (0.0, r * 3.0)]  # fmt: skip
    parts.append(lathe(knob, at(x1, y, 0) @ ALONG_X, slot))
    parts.append(lathe(knob, at(x0, y, 0) @ rot("z", 90), slot))
    return parts


def _thangka(rng: Rng) -> list[Part]:
    """A thangka hanging from a cord: a tall Buddhist scroll painting, its painted panel of a
    buddha seated on a lotus within haloes framed by thin red and yellow silk borders, mounted
    on a broad brocade surround deeper at the foot with a square 'door' patch in it; a rolled-up
    silk veil along its top with two long red ribbons hanging down over the painting; a wooden
    rod at top and bottom with knobbed ends, the cord from the top rod's ends up to a peg."""
    pw, ph = 0.46, 0.64
    side, top, foot = 0.1, 0.14, 0.28
    W, H = pw + 0.08 + 2 * side, ph + 0.08 + top + foot
    y0, t = 0.1, 0.012
    parts = [_panel(0, y0 + H / 2, W, H, 0.0, 0, t)]
    parts[0] = replace(parts[0], tag="body")
    cy = y0 + foot + 0.04 + ph / 2
    parts.append(_panel(0, cy, pw + 0.08, ph + 0.08, 0.004, "card-red"))
    parts.append(_panel(0, cy, pw + 0.04, ph + 0.04, 0.008, "cloth-yellow"))
    parts += _painting(0.0, cy, pw, ph, 0.012)
    dy = y0 + foot * 0.45
    parts.append(_panel(0, dy, 0.2, 0.14, 0.004, "cloth-yellow"))
    parts.append(_panel(0, dy, 0.16, 0.1, 0.008, "card-red"))
    # the rods
    parts += _knob_rod(-W / 2 - 0.01, W / 2 + 0.01, y0, 0.022, 1)
    parts += _knob_rod(-W / 2 - 0.01, W / 2 + 0.01, y0 + H, 0.016, 1)
    # the rolled veil and its ribbons
    vy = y0 + H - 0.05
    veil = [(x, vy + 0.006 * np.sin(x * 60), 0.03) for x in np.linspace(-W / 2 + 0.02, W / 2 - 0.02,
                                                                       9)]  # fmt: skip
    parts.append(tube(veil, 0.028, None, "cloth-yellow", shape=lobed(12, 4, 0.25)))
    for s in (-1, 1):
        x = s * pw * 0.28
        sway = float(rng.uniform(-0.01, 0.01))
        ribbon = [(x, vy, 0.06), (x + 0.005, vy - 0.25, 0.05), (x + sway, vy - 0.55, 0.045),
                  (x - sway, cy - ph / 2 - 0.02, 0.04)]  # fmt: skip
        parts.append(band(ribbon, 0.035, 0.004, (1.0, 0.0, 0.0), "card-red"))
    # the cord and its peg
    py = y0 + H + 0.22
    for s in (-1, 1):
        parts.append(tube([(s * (W / 2 - 0.04), y0 + H, 0.0), (s * 0.02, py, 0.0)], 0.005, None,
                          "cloth-yellow", shape=HEX))  # fmt: skip
    parts.append(cylinder(0.014, 0.014, 0.06, at(0, py, -0.04) @ ALONG_Z, "steel"))
    turn = rot("y", 18)
    return [p.moved(turn) for p in parts]


# 997 rope bridge


def _cliff(s: int, top: float, edge: float, rng: Rng) -> list[Part]:
    """One side of the gorge (s = -1 left, 1 right): an outcrop of rock in three ragged
    buttresses side by side, each with its own broken face dropping from the edge at x = s ·
    edge to the gorge's floor and a rougher slope down its far side, grassy on top, boulders
    fallen against its foot."""
    parts = []
    for j in range(3):
        h = top - (0.0 if j == 1 else float(rng.uniform(0.02, 0.07)))
        e = edge + float(rng.uniform(-0.03, 0.02))
        face = [(s * e, h)]
        for k in range(1, 6):
            f = k / 6
            x = e - 0.28 * f + float(rng.uniform(-0.05, 0.05)) - 0.04 * (j == 1)
            face.append((s * x, h * (1 - f) + float(rng.uniform(-0.03, 0.03))))
        face.append((s * (e - 0.34 + float(rng.uniform(-0.05, 0.03))), 0.0))
        back = float(rng.uniform(0.38, 0.46))
        outer = [(s * (edge + back + 0.3), 0.0), (s * (edge + back + 0.12), h * 0.5),
                 (s * (edge + back), h)]  # fmt: skip
        pts = outer + face
        pts = pts if s > 0 else pts[::-1]
        z = -0.34 + 0.34 * j
        parts.append(slab(sharp(pts), 0.36, at(0, 0, z + float(rng.uniform(-0.02, 0.02))),
                          "stones"))  # fmt: skip
        w = back - 0.02
        parts.append(box(w, 0.02, 0.36, at(s * (e + w / 2 - 0.01), h, z), "land"))
    for k in range(4):
        z = -0.4 + 0.25 * k + float(rng.uniform(-0.04, 0.04))
        y = float(rng.uniform(0.03, 0.25))
        x = s * (edge - 0.3 * (1 - y / top) + 0.01)
        r = float(rng.uniform(0.06, 0.1))
        parts.append(sphere(1.0, at(x, y, z) @ scl(r * 1.2, r * 0.8, r), "stones"))
    return parts


def _rope_bridge(rng: Rng) -> list[Part]:
    """A rope bridge across a gorge: a narrow footbridge of wooden planks laid across two foot
    ropes, sagging in a deep curve between the rocky edges of two cliffs; two rope hand-rails
    above it sag with it, tied down to the foot ropes by vertical ropes; stout wooden posts at
    each end carry the ropes; a few boulders lie in the gorge below."""
    edge, top, sag = 0.62, 0.7, 0.16
    xs = np.linspace(-edge - 0.12, edge + 0.12, 33)

    def deck(x):
        u = np.clip(np.abs(x) / edge, 0.0, 1.0)
        return top + 0.01 - sag * (1 - u**2)

    parts = []
    for k, x in enumerate(xs):
        if k in (9, 22) and rng.uniform() < 0.7:
            continue  # a plank gone
        slope = np.degrees(np.arctan(2 * sag * x / edge**2)) if abs(x) < edge else 0.0
        m = at(x, float(deck(x)), float(rng.uniform(-0.01, 0.01))) @ rot("z", slope)
        parts.append(box(0.036, 0.012, 0.3 + float(rng.uniform(-0.02, 0.02)), m, 0))
    parts[0] = replace(parts[0], tag="body")
    px = edge + 0.16
    foot = [(x, float(deck(x)) - 0.008) for x in np.linspace(-px, px, 11)]
    rail = [(x, float(deck(x)) + 0.3 + 0.06 * (abs(x) / px) ** 2) for x in np.linspace(-px, px, 11)]
    for z in (-0.155, 0.155):
        parts.append(tube([(x, y, z) for x, y in foot], 0.011, None, 1))
        parts.append(tube([(x, y, z * 1.05) for x, y in rail], 0.011, None, 1))
        for x in np.linspace(-edge, edge, 13)[1:-1]:  # the ties
            y0 = float(deck(x)) - 0.008
            y1 = float(np.interp(x, [p[0] for p in rail], [p[1] for p in rail]))
            parts.append(tube([(x, y0, z), (x, y1, z * 1.05)], 0.004, None, 1, shape=HEX))
        for s in (-1, 1):  # the posts and the ropes' ends tied round them
            parts.append(cylinder(0.03, 0.026, 0.42, at(s * px, top, z * 1.1), 0))
            parts.append(sphere(1.0, at(s * px, top + 0.42, z * 1.1) @ scl(0.03, 0.02, 0.03), 0))
            for y in (top + 0.005, top + 0.3 + 0.06):
                parts.append(hoop(0.033, 0.008, at(s * px, y, z * 1.1), 1, 16, 4))
    for s in (-1, 1):
        parts += _cliff(s, top, edge, rng)
    for k in range(3):  # boulders on the gorge's floor
        x = float(rng.uniform(-0.2, 0.2))
        r = float(rng.uniform(0.05, 0.09))
        parts.append(sphere(1.0, at(x, r * 0.5, -0.3 + 0.3 * k) @ scl(r * 1.3, r, r), "stones"))
    return parts


# 998 seated Buddha


def _buddha_body(y0: float) -> list:
    """The shapes of a seated buddha's body whose seat is at height y0: legs crossed in the
    lotus seat, the feet soles up on the thighs, belly, broad chest and round shoulders, the
    arms hanging close to the sides down to the hands resting one in the other in the lap, and
    the neck."""
    sh = [blob((0.0, y0 + 0.075, 0.03), (0.31, 0.075, 0.18))]  # the lap of crossed legs
    for s in (-1, 1):
        sh.append(blob((s * 0.29, y0 + 0.06, 0.1), (0.09, 0.06, 0.09), None, 0.06))  # the knees
        sh.append(cone((s * 0.28, y0 + 0.08, 0.15), (-s * 0.05, y0 + 0.12, 0.2), 0.06, 0.045,
                       0.04))  # the shins, crossing # fmt: skip
        sh.append(blob((-s * 0.14, y0 + 0.15, 0.13), (0.085, 0.026, 0.042), rot("y", s * 20),
                       0.03))  # the feet, soles up # fmt: skip
    sh.append(blob((0.0, y0 + 0.18, -0.03), (0.16, 0.12, 0.115), None, 0.06))  # the belly
    sh.append(blob((0.0, y0 + 0.35, -0.03), (0.175, 0.12, 0.11), None, 0.08))  # the chest
    for s in (-1, 1):
        sh.append(blob((s * 0.15, y0 + 0.43, -0.04), (0.08, 0.05, 0.065), None, 0.05))
        sh.append(cone((s * 0.19, y0 + 0.42, -0.04), (s * 0.21, y0 + 0.23, -0.01), 0.052, 0.045,
                       0.02))  # the upper arms # fmt: skip
        sh.append(cone((s * 0.21, y0 + 0.23, -0.01), (s * 0.07, y0 + 0.155, 0.13), 0.045, 0.034,
                       0.02))  # the forearms # fmt: skip
    sh.append(blob((0.0, y0 + 0.155, 0.14), (0.1, 0.028, 0.06), None, 0.025))  # the hands
    sh.append(cone((0.0, y0 + 0.44, -0.03), (0.0, y0 + 0.54, -0.01), 0.052, 0.044, 0.03))
    return sh


def _curls(m: np.ndarray, a: float, b: float, n: int, low: float) -> tuple[list, list]:
    """n points spread evenly over a dome of half width a and height b under ``m`` (from
    ``low`` of the way up), and the directions out of it there: where a buddha's curls sit."""
    pts, nrm = [], []
    for k in range(n):
        az = k * 2.39996
        el = np.arcsin(low + (0.97 - low) * (k + 0.5) / n)
        u = np.array([np.cos(el) * np.sin(az), np.sin(el), np.cos(el) * np.cos(az)])
        q = m @ np.array([a * u[0], b * u[1], a * u[2], 1.0])
        pts.append(q[:3])
        nrm.append(m[:3, :3] @ (u / np.array([a, b, a])))
    return pts, nrm


def _buddha_head(y0: float) -> list[Part]:
    """The seated buddha's head: a round face with a straight nose, arched brows, downcast
    eyes and a small mouth, long earlobes, a cap of curled hair and the topknot over it."""
    y = y0 + 0.51
    egg = [(0.0, 0.0), (0.045, 0.008), (0.072, 0.045), (0.082, 0.11), (0.072, 0.162),
           (0.045, 0.188), (0.0, 0.196)]  # fmt: skip
    parts = [lathe(egg, at(0, y, 0) @ scl(1.0, 1.0, 1.05), 0)]

    def face(x: float, h: float, out: float = 0.0) -> tuple[float, float, float]:
        r = float(np.interp(h, [e[1] for e in egg], [e[0] for e in egg])) * 1.05
        return (x, y + h, float(np.sqrt(max(r * r - x * x, 0.0))) + out)

    for s in (-1, 1):
        parts.append(sphere(1.0, at(s * 0.079, y + 0.07, -0.012) @ rot("z", s * 5)
                            @ scl(0.019, 0.064, 0.03), 0))  # the long earlobes # fmt: skip
        brow = [face(s * (0.01 + 0.05 * f), 0.128 + 0.01 * np.sin(np.pi * f), 0.001)
                for f in (0.0, 0.5, 1.0)]  # fmt: skip
        parts.append(tube(brow, 0.0055, None, 0, shape=HEX))
        lid = [face(s * (0.014 + 0.036 * f), 0.102 - 0.008 * np.sin(np.pi * f), 0.001)
               for f in (0.0, 0.5, 1.0)]  # fmt: skip
        parts.append(tube(lid, 0.004, None, "marking", shape=HEX))
    nose = [(0.0, 0.0), (0.013, 0.003), (0.008, 0.045), (0.0, 0.05)]
    tip = face(0.0, 0.07, -0.006)
    parts.append(lathe(nose, at(*tip) @ rot("x", 14) @ scl(1.0, 1.0, 1.4), 0, sides=8))
    lips = [face(-0.018, 0.05, -0.001), face(0.0, 0.047, 0.004), face(0.018, 0.05, -0.001)]
    parts.append(tube(lips, 0.0055, None, 0, shape=HEX))
    dot = [(0.0, -0.006), (0.008, -0.003), (0.006, 0.004), (0.0, 0.006)]
    parts.append(lathe(dot, at(*face(0.0, 0.142, 0.0)) @ ALONG_Z, 0, sides=8))  # the dot
    # the hair: a cap tipped back off the brow, the topknot, both set with curls
    cap = at(0, y + 0.128, -0.004) @ rot("x", -22) @ scl(1.0, 1.0, 1.05)
    dome = [(0.087, 0.0), (0.086, 0.03), (0.07, 0.07), (0.04, 0.093), (0.0, 0.1)]
    parts.append(lathe(dome, cap, 0))
    knot = at(0, y + 0.215, -0.025)
    parts.append(sphere(1.0, knot @ scl(0.052, 0.05, 0.052), 0))
    pts, nrm = _curls(cap, 0.087, 0.1, 38, 0.1)
    more = _curls(knot, 0.052, 0.05, 14, 0.0)
    parts.append(studs(pts + more[0], nrm + more[1], 0.011, 0.01, 0, 6))
    jewel = [(0.0, 0.0), (0.018, 0.012), (0.012, 0.035), (0.0, 0.045)]
    parts.append(lathe(jewel, knot @ at(0, 0.04, 0), 0, sides=8))
    return parts


def _robe(y0: float) -> list[Part]:
    """The robe's edges on the seated buddha: a hem slung from the left shoulder across the
    chest to under the right arm (the right shoulder bare), a fold of it down the left upper
    arm, and its hem along the front of the crossed legs."""
    edge = [(0.2, y0 + 0.47, -0.05), (0.13, y0 + 0.45, 0.06), (0.05, y0 + 0.37, 0.085),
            (-0.04, y0 + 0.29, 0.085), (-0.12, y0 + 0.23, 0.07), (-0.17, y0 + 0.21, 0.04)]  # fmt: skip
    parts = [tube(edge, 0.014, None, 0, shape=ellipse(1.0, 0.5, 8))]
    fold = [(0.25, y0 + 0.38, -0.01), (0.265, y0 + 0.3, 0.0), (0.26, y0 + 0.22, 0.02)]
    parts.append(tube(fold, 0.01, None, 0, shape=HEX))
    hem = [(-0.37, y0 + 0.04, 0.12), (-0.2, y0 + 0.06, 0.22), (0.0, y0 + 0.06, 0.25),
           (0.2, y0 + 0.06, 0.22), (0.37, y0 + 0.04, 0.12)]  # fmt: skip
    parts.append(tube(hem, 0.012, None, 0, shape=HEX))
    return parts


_OVAL = 0.72
"""How deep the buddha's pedestal is across its width."""


def _lotus_seat(y1: float) -> list[Part]:
    """A double lotus pedestal y1 high, oval: a plinth, a ring of fat petals turned down, a
    beaded waist, and a ring of broad pointed petals standing round the seat, their tips curled
    in a little above its rim."""
    oval = scl(1.0, 1.0, _OVAL)
    parts = [lathe([(0.0, 0.0), (0.42, 0.0), (0.42, 0.03), (0.0, 0.032)], oval, 1)]
    low = [(0.0, 0.03), (0.39, 0.032), (0.385, 0.07), (0.3, 0.1), (0.0, 0.1)]
    parts.append(lathe(low, oval, 1, shape=lobed(32, 16, 0.14)))
    parts.append(hoop(0.3, 0.012, oval @ at(0, 0.105, 0), 1, 32, 6))
    drum = [(0.0, 0.1), (0.3, 0.1), (0.35, 0.15), (0.36, y1 - 0.02), (0.34, y1), (0.0, y1)]
    parts.append(lathe(drum, oval, 1))
    for k in range(16):  # the upper petals
        a = 2 * np.pi * (k + 0.5) / 16
        out = unit((np.sin(a), 0.0, np.cos(a) / _OVAL))
        side = unit((np.cos(a), 0.0, -np.sin(a) * _OVAL))
        rim = np.array([np.sin(a), 0.0, np.cos(a) * _OVAL])

        def p(r, y, rim=rim, out=out):
            return rim * 0.3 + out * (r - 0.3) + np.array([0.0, y, 0.0])

        curve = [p(0.31, 0.1), p(0.37, 0.14), p(0.385, y1 - 0.025), p(0.38, y1 + 0.01),
                 p(0.36, y1 + 0.045)]  # fmt: skip
        parts.append(band(curve, [0.06, 0.12, 0.13, 0.09, 0.0], 0.016, side, 1))
    return parts


def _seated_buddha(rng: Rng) -> list[Part]:
    """A seated buddha statue: a serene figure sitting cross-legged in the lotus seat, soles
    up, hands resting one in the other in its lap, a robe slung over its left shoulder leaving
    the right bare, its hem across the legs; a round head with downcast eyes, arched brows,
    long earlobes, curled hair and a topknot, on an oval pedestal of two rings of lotus
    petals."""
    y0 = 0.2
    parts = [solid(_buddha_body(y0), 0.022, 0, "body")]
    parts += _buddha_head(y0)
    parts += _robe(y0)
    parts += _lotus_seat(y0 + 0.01)
    del rng
    return parts


# 999 stone cairn


def _stone_cairn(rng: Rng) -> list[Part]:
    """A cairn: seven flat rounded stones balanced one on another, the biggest at the bottom,
    each a little different in shape and set a little askew, on a rough patch of ground with
    a few loose pebbles round it."""
    ground = [(0.0, 0.0), (0.5, 0.0), (0.56, 0.012), (0.5, 0.03), (0.2, 0.04), (0.0, 0.04)]
    parts = [lathe(ground, None, 1, shape=_rough(28, 0.35, rng))]
    y = 0.035
    x, z = 0.0, 0.0
    for k, (r, h) in enumerate([(0.34, 0.13), (0.29, 0.12), (0.24, 0.11), (0.2, 0.1),
                                (0.16, 0.09), (0.12, 0.08), (0.085, 0.07)]):  # fmt: skip
        r *= float(rng.uniform(0.92, 1.08))
        h *= float(rng.uniform(0.85, 1.15))
        prof = [(0.0, 0.0), (0.55 * r, 0.0), (0.86 * r, 0.12 * h), (r, 0.45 * h),
                (0.9 * r, 0.8 * h), (0.55 * r, 0.98 * h), (0.0, h)]  # fmt: skip
        m = at(x, y, z) @ rot("y", float(rng.uniform(0, 180))) @ rot("z", float(rng.uniform(-4, 4)))
        stretch = float(rng.uniform(1.0, 1.25))
        parts.append(lathe(prof, m @ scl(stretch, 1.0, 1.0 / stretch), 0, "body" if k == 0 else "",
                           shape=_rough(20, 0.16, rng)))  # fmt: skip
        y += h * 0.93
        x += float(rng.uniform(-0.02, 0.02))
        z += float(rng.uniform(-0.02, 0.02))
    parts.insert(0, parts.pop(1))
    for k in range(7):  # loose pebbles
        a = 2 * np.pi * k / 7 + float(rng.uniform(-0.3, 0.3))
        rr = float(rng.uniform(0.38, 0.5))
        s = float(rng.uniform(0.03, 0.06))
        parts.append(sphere(1.0, at(rr * np.cos(a), 0.035, rr * np.sin(a)) @ scl(s * 1.3, s * 0.6,
                                                                                 s), 0))  # fmt: skip
    return parts


MORE_APPLIANCES_ZZW = {
    992: _dungchen, 993: _singing_bowl, 994: _butter_churn, 995: _butter_lamps, 996: _thangka,
    997: _rope_bridge, 998: _seated_buddha, 999: _stone_cairn,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
