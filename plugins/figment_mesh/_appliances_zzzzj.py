"""More of the device family's appliances, from 1281: a hoe, a garden trowel, a plough, a
crowbar, a candle snuffer, a conductor's baton, a clothes brush and a trip hammer.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl, v3
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    big_nail,
    blocks,
    cloth_sheet,
    crisp,
    ellipse,
    flame,
    flat_solid,
    lines,
    lobed,
    pt,
    reslot,
    rrect,
    scaled,
    spoked_wheel,
    square_bar,
    studs,
    superellipse,
    unit,
)
from ._primitives import HEXAGON, box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZJ"]

Rng = np.random.Generator

_SIDEWAYS = rot("y", 90)
"""Stands an outline drawn in xy across the x axis (its x along -z), extruded along x."""
_POT = "fruit-orange"
"""A terracotta flowerpot's colour."""


def _lay(parts: list[Part], m: np.ndarray) -> list[Part]:
    """Parts built in a local frame, placed by m."""
    return scaled(parts, m)


# ---- 1281 hoe ---------------------------------------------------------------------------------


def _hoe(rng: Rng) -> list[Part]:
    """A garden hoe lying on the ground: a long round wooden handle with a rounded end, its foot
    in a steel socket from which a swan neck bends down to a flat rectangular steel blade set
    square across the handle (an L seen side-on), the blade's edge resting on the ground and
    the handle sloping gently down from it to its far end."""
    L, r = 1.0, 0.014
    bw, bh, lean = 0.17, 0.12, 12.0
    top = v3(-0.1, -0.085, 0.0)  # the middle of the blade's top edge
    parts = [cylinder(r, r * 0.95, L, ALONG_X, 0, "body")]  # the handle along +x
    parts.append(sphere(1.0, at(L, 0, 0) @ scl(0.012, r * 0.95, r * 0.95), 0))
    parts.append(cylinder(r * 1.3, r * 1.08, 0.09, at(-0.015, 0, 0) @ ALONG_X, 1))  # the socket
    parts.append(sphere(r * 1.3, at(-0.015, 0, 0) @ scl(0.6, 1, 1), 1))
    parts.append(cylinder(0.004, 0.004, 0.04, at(0.05, 0, -0.02) @ ALONG_Z, 1))  # its rivet
    neck = [(-0.02, 0, 0), (-0.055, -0.006, 0), (-0.085, -0.03, 0), (-0.1, -0.065, 0), top]
    parts.append(tube(neck, [0.011, 0.009, 0.008, 0.007, 0.008], None, 1))
    blade = at(*top) @ rot("z", lean) @ _SIDEWAYS
    outline = [(-bw * 0.44, 0.0), (-bw / 2, -bh), (bw / 2, -bh), (bw * 0.44, 0.0)]
    parts.append(slab(sharp(outline), 0.007, blade, 1))
    parts.append(box(0.03, 0.016, 0.012, at(*top) @ rot("z", lean) @ at(0, -0.014, 0), 1))
    parts.append(slab(sharp([(-bw / 2, -bh), (bw / 2, -bh), (bw / 2, -bh + 0.012),
                             (-bw / 2, -bh + 0.012)]), 0.009, blade, "steel"))  # fmt: skip
    # tip it so that the blade's edge and the handle's end both rest on the ground
    a = np.radians(lean)
    back, drop = -top[0] - bh * np.sin(a), -top[1] + bh * np.cos(a)
    tilt = np.arccos(r / np.hypot(drop, L + back)) - np.arctan2(L + back, drop)
    lift = L * np.sin(tilt) + r
    yaw = 160.0 + float(rng.uniform(-6, 6))
    m = rot("y", yaw) @ at(-0.45, lift, 0) @ rot("z", -np.degrees(tilt))
    return _lay(parts, m)


# ---- 1282 garden trowel -----------------------------------------------------------------------


def _trowel_blade(x0: float, length: float, width: float, scoop: float) -> np.ndarray:
    """The grid of a trowel's pointed, scooped blade from its heel at x0 along +x, lying on its
    back: its middle line on the ground, its sides curling up ``scoop`` high."""
    us = np.linspace(0.0, 1.0, 11)
    half = np.interp(us, [0, 0.12, 0.35, 0.6, 0.8, 0.93, 1], [0.6, 0.9, 1, 0.9, 0.6, 0.3, 0.03])
    vs = np.linspace(-1.0, 1.0, 9)
    p = np.zeros((len(us), len(vs), 3))
    for i, (u, h) in enumerate(zip(us, half, strict=True)):
        p[i, :, 0] = x0 + u * length + 0.004 * (1 - vs**2) * (u > 0.95)
        p[i, :, 2] = vs * h * width / 2
        p[i, :, 1] = 0.0015 + scoop * h * vs**2 + 0.004 * u**3
    return p


def _flowerpot(m: np.ndarray, r: float) -> list[Part]:
    """A small terracotta flowerpot at m, r round at its rim, dark soil in it and a seedling."""
    prof = [(0.0, 0.0), (0.68 * r, 0.0), (0.7 * r, 0.03 * r), (0.9 * r, 1.35 * r),
            (1.0 * r, 1.38 * r), (1.0 * r, 1.7 * r), (0.9 * r, 1.72 * r), (0.86 * r, 1.5 * r),
            (0.0, 1.5 * r)]  # fmt: skip
    parts = [lathe(crisp(prof), m, _POT, sides=18)]
    parts.append(cylinder(0.86 * r, 0.88 * r, 0.06 * r, m @ at(0, 1.5 * r, 0), "soil"))
    parts.append(cylinder(0.05 * r, 0.04 * r, 0.9 * r, m @ at(0, 1.5 * r, 0), "vine"))
    for k in range(4):
        a = 90 * k + 20
        leaf = m @ at(0, (1.9 + 0.35 * (k % 2)) * r, 0) @ rot("y", a) @ rot("z", -55)
        parts.append(sphere(1.0, leaf @ at(0, 0.35 * r, 0) @ scl(0.16 * r, 0.4 * r, 0.07 * r),
                            "vine"))  # fmt: skip
    return parts


def _trowel(rng: Rng) -> list[Part]:
    """A garden trowel lying on the ground on its back: a short, fat, rounded wooden handle with
    a steel ferrule, a cranked steel neck and a pointed spoon-like blade, its sides curled up
    into a scoop with a few crumbs of earth in it; beside it a small heap of soil and a little
    terracotta flowerpot with a seedling, for scale."""
    x0, lb = 0.0, 0.155  # the blade's heel and length (metres; all scaled up at the end)
    hy = 0.021  # the handle's axis above the ground
    parts = [lathe([(0.0, 0.0), (0.011, 0.0), (0.014, 0.014), (0.019, 0.055), (0.02, 0.085),
                    (0.017, 0.106), (0.009, 0.115), (0.0, 0.116)],
                   at(x0 - 0.05, hy, 0) @ rot("z", 90), 0, "body")]  # fmt: skip
    parts.append(cylinder(0.0125, 0.011, 0.024, at(x0 - 0.05, hy, 0) @ ALONG_X, 1))  # ferrule
    neck = [(x0 - 0.03, hy, 0), (x0 - 0.012, hy - 0.002, 0), (x0 + 0.004, 0.01, 0),
            (x0 + 0.03, 0.006, 0)]  # fmt: skip
    parts.append(tube(neck, [0.006, 0.0055, 0.005, 0.004], None, 1))
    parts.append(cloth_sheet(_trowel_blade(x0, lb, 0.085, 0.022), 0.0025, 1))
    for _ in range(4):  # crumbs of earth in the scoop
        cr = float(rng.uniform(0.004, 0.007))
        c = v3(x0 + rng.uniform(0.04, 0.11), 0.002 + cr, rng.uniform(-0.015, 0.015))
        parts.append(sphere(cr, at(*c), "soil"))
    hx, hz = 0.2, -0.13
    heap = [(0.0, 0.0), (0.075, 0.0), (0.066, 0.02), (0.042, 0.045), (0.015, 0.058), (0.0, 0.06)]
    parts.append(lathe(heap, at(hx, 0.0015, hz), "soil", shape=lobed(20, 5, 0.1)))
    for k in range(7):  # clods on and round it
        a = 2 * np.pi * k / 7 + float(rng.uniform(0, 0.6))
        d = 0.03 + 0.045 * (k % 2)
        c = v3(hx + d * np.cos(a), 0.05 - 0.5 * d, hz + d * np.sin(a))
        parts.append(sphere(1.0, at(*c) @ scl(0.014, 0.011, 0.013), "soil"))
    parts += _flowerpot(at(-0.1, 0.0011, -0.16), 0.055)
    return _lay(parts, rot("y", 8) @ scl(2.4))


# ---- 1283 plough ------------------------------------------------------------------------------


def _mouldboard() -> np.ndarray:
    """The grid of a plough's mouldboard: from the share's back edge low at the front (+x) it
    rises and sweeps back, curving and twisting out to the right (+z) to turn the soil over."""
    us = np.linspace(0.0, 1.0, 9)
    vs = np.linspace(0.0, 1.0, 7)
    p = np.zeros((len(us), len(vs), 3))
    for i, u in enumerate(us):
        p[i, :, 0] = 0.2 - 0.46 * u - 0.1 * vs
        p[i, :, 1] = 0.022 + 0.27 * vs
        p[i, :, 2] = 0.012 + 0.1 * u + (0.06 + 0.16 * vs**1.5) * u**1.4 + 0.05 * vs**2 * (1 - u)
    return p


def _field(rng: Rng) -> np.ndarray:
    """The grid of the field the plough stands in, its edges sinking to the ground: unploughed
    land on its left (-z) and ahead of its share, the open furrow it leaves behind it, and to
    its right the ridges of soil turned over on the earlier rounds, the newest rising off its
    mouldboard."""
    xs = np.linspace(-1.0, 1.1, 43)
    zs = np.linspace(-0.5, 0.6, 31)
    x, z = np.meshgrid(xs, zs, indexing="ij")
    land = 0.045 + 0.004 * np.sin(17 * x + 5 * z)
    ridge = 0.03 + 0.045 * np.abs(np.sin(np.pi * (z - 0.13) / 0.15)) ** 0.6
    ridge = ridge * (1 + 0.15 * np.sin(23 * x + 3 * z))
    y = np.where(z < -0.04, land, np.where(z < 0.13, 0.012, ridge))
    ahead = 1 / (1 + np.exp(-(x - 0.42) * 60))  # the land not yet cut, ahead of the share
    y = np.where((z >= -0.04) & (z < 0.13), 0.012 + (land - 0.012) * ahead, y)
    y += 0.01 * rng.uniform(-1, 1, y.shape) * (z >= 0.13)
    edge = np.minimum(np.minimum(x - xs[0], xs[-1] - x), np.minimum(z - zs[0], zs[-1] - z))
    y = 0.006 + (y - 0.006) * np.clip(edge / 0.12, 0, 1) ** 0.5
    return np.stack([x, y, z], -1)


def _plough(rng: Rng) -> list[Part]:
    """A horse-drawn plough without its horse, standing in a furrow: a long wooden beam running
    forward from two long wooden handles that rise at the back with rungs between them, under
    the beam a curved, twisting iron mouldboard behind a pointed share, a knife-like coulter
    hanging from the beam in front of the share, a small iron wheel under the beam's nose and
    a hitch ring at its end; the turned soil lies in ridges beside the furrow behind it."""
    yb = 0.012  # the furrow's floor
    beam = [(-0.24, 0.43, 0.0), (0.98, 0.5, 0.0)]
    parts = [square_bar(beam[0], beam[1], 0.07, 0.055, 0, "body")]
    parts.append(square_bar((0.98, 0.5, 0), (1.04, 0.47, 0), 0.06, 0.05, 0))  # the nose
    parts.append(cloth_sheet(_mouldboard(), 0.012, 1))
    share = [(0.0, 0.0), (-0.26, -0.1), (-0.29, -0.07), (-0.29, 0.006), (-0.2, 0.012)]
    parts.append(slab(sharp(share), 0.014, at(0.43, yb + 0.007, 0) @ FLAT_UP @ scl(1, -1, 1),
                      1))  # the pointed share, its wing out to the right  # fmt: skip
    parts.append(box(0.42, 0.08, 0.012, at(0.0, yb, -0.004), 1))  # the landside
    parts.append(square_bar((0.12, yb + 0.02, 0.0), (0.05, 0.44, 0.0), 0.06, 0.035, 1))
    parts.append(square_bar((-0.16, yb + 0.05, 0.01), (-0.08, 0.44, 0.0), 0.035, 0.03, 1))
    coulter = [(0.0, 0.0), (0.05, 0.0), (0.04, -0.42), (0.0, -0.47), (-0.012, -0.42)]
    parts.append(slab(sharp(coulter), 0.01, at(0.5, 0.54, 0) @ rot("z", 14), 1))
    parts.append(box(0.08, 0.1, 0.075, at(0.52, 0.44, 0), 1))  # its clamp
    wc = v3(0.86, 0.16, 0.05)  # the wheel, on the land ahead, and its stem
    parts += spoked_wheel(at(*wc) @ rot("y", 90), 0.12, 8, 1)
    for s in (-1, 1):
        parts.append(stick(wc + v3(0, 0, s * 0.045), (0.86, 0.47, s * 0.035), 0.009, 1))
    parts.append(box(0.06, 0.035, 0.1, at(0.86, 0.455, 0.0), 1))
    parts.append(box(0.05, 0.06, 0.07, at(1.02, 0.45, 0), 1))  # the hitch
    parts.append(torus(0.03, 0.006, at(1.07, 0.47, 0) @ rot("x", 90), 1))
    for s in (-1, 1):  # the handles, the right one from the mouldboard, the left the landside
        z0 = 0.1 if s > 0 else -0.01
        pts = [(0.02, yb + 0.15, z0), (-0.22, 0.42, s * 0.07), (-0.52, 0.7, s * 0.19),
               (-0.74, 0.86, s * 0.25), (-0.82, 0.86, s * 0.255)]  # fmt: skip
        parts.append(tube(pts, [0.022, 0.022, 0.02, 0.018, 0.017], None, 0))
    for x, y, z in ((-0.36, 0.56, 0.13), (-0.6, 0.75, 0.215)):  # the rungs
        parts.append(stick((x, y, -z), (x, y, z), 0.012, 0))
    parts.append(stick((-0.22, 0.43, -0.08), (-0.22, 0.43, 0.08), 0.008, 1))  # the beam bolt
    return [*parts, cloth_sheet(_field(rng), 0.01, "soil")]


# ---- 1284 crowbar -----------------------------------------------------------------------------


def _claw(w: float, length: float):
    """A crowbar's split claw seen flat: two prongs either side of a V notch, along +x."""
    pts = [(-0.01, -0.9 * w), (0.5 * length, -w), (length, -0.75 * w), (length, -0.3 * w),
           (0.35 * length, 0.0), (length, 0.3 * w), (length, 0.75 * w), (0.5 * length, w),
           (-0.01, 0.9 * w)]  # fmt: skip
    return lambda n: [np.array(pts)]


def _crowbar(rng: Rng) -> list[Part]:
    """A crowbar lying across two planks: a long six-sided steel bar, one end bent up and over
    in a tight hook whose tip is forged flat and wide into a split claw pointing back down,
    the other end forged flat into a slightly bent chisel; in the planks a row of nail heads
    and one nail half pried up and bent."""
    r, L, R = 0.018, 0.74, 0.05
    hook = [(L + R * np.cos(a), R + R * np.sin(a), 0.0) for a in np.radians(range(-60, 106, 15))]
    path = [(0.03, 0, 0), (0.3, 0, 0), (0.6, 0, 0), (L - 0.04, 0, 0), *hook]
    local = [tube(path, r, None, 0, "body", shape=HEXAGON)]
    t = unit((-np.sin(np.radians(105)), np.cos(np.radians(105)), 0.0))
    end = np.asarray(hook[-1])
    n = np.cross(t, [0.0, 0.0, 1.0])
    th = 0.014  # the claw's thickness
    frame = np.eye(4)
    frame[:3, 0], frame[:3, 1], frame[:3, 2], frame[:3, 3] = t, (0, 0, 1), n, end - n * th / 2
    local.append(flat_solid(_claw(r * 1.5, 0.075), th, frame, 0))
    chisel = [(0.04, -0.87 * r), (0.04, 0.87 * r), (-0.07, -0.6 * r), (-0.07, -0.87 * r)]
    local.append(slab(sharp(chisel), 2.4 * r, rot("z", 8), 0))
    pk = 0.028  # the planks' top
    yaw = 14.0 + float(rng.uniform(-4, 4))
    parts = _lay(local, at(-0.4, pk + 0.87 * r, 0.02) @ rot("y", yaw))
    for s, ln, dx in ((-1, 0.98, 0.0), (1, 0.86, 0.05)):  # the planks, a gap between them
        parts.append(box(ln, pk, 0.13, at(dx + float(rng.uniform(-0.03, 0.03)), 0, s * 0.078), 1))
    heads = [(x, pk, s * 0.078 + dz) for x in (-0.36, 0.42) for s in (-1, 1)
             for dz in (-0.035, 0.035)]  # fmt: skip
    parts.append(studs(heads, [(0, 1, 0)] * len(heads), 0.008, 0.004, "steel"))
    nail = at(0.18, pk - 0.02, 0.1) @ rot("x", 12) @ rot("z", 30) @ scl(0.075)
    parts += reslot(big_nail(nail), {0: "steel"})
    return parts


# ---- 1285 candle snuffer ----------------------------------------------------------------------


def _candle_snuffer(rng: Rng) -> list[Part]:
    """A brass candle snuffer held over a lit candle: a small cone-shaped bell with a knob on top
    hovering just above the flame, on the end of a long slender handle rising away to a finger
    ring; the white candle burning in a turned brass candlestick with a wide foot, a knopped
    stem and a drip pan, wax running down its side."""
    prof = [(0.0, 0.0), (0.085, 0.0), (0.088, 0.012), (0.07, 0.022), (0.04, 0.036),
            (0.022, 0.052), (0.018, 0.08), (0.03, 0.1), (0.018, 0.12), (0.015, 0.19),
            (0.024, 0.205), (0.058, 0.22), (0.06, 0.228), (0.03, 0.232), (0.026, 0.262),
            (0.0, 0.262)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body")]
    ch = 0.2 + float(rng.uniform(-0.02, 0.01))
    parts.append(cylinder(0.019, 0.019, ch, at(0, 0.255, 0), 1))  # the candle
    top = 0.255 + ch
    parts.append(cylinder(0.019, 0.014, 0.006, at(0, top, 0), 1))
    for a, y, h in ((30, 0.03, 0.06), (160, 0.045, 0.09), (250, 0.02, 0.045)):  # drips
        c = at(0.019 * np.cos(np.radians(a)), top - y - h / 2, 0.019 * np.sin(np.radians(a)))
        parts.append(sphere(1.0, c @ scl(0.006, h / 2, 0.006), 1))
    parts.append(stick((0, top, 0), (0.002, top + 0.014, 0), 0.0016, "marking"))  # the wick
    parts += scaled(flame(v3(0, 0, 0), 0.19), at(0, top + 0.006, 0) @ scl(0.3))
    mouth = top + 0.085
    bell = at(0.0, mouth, 0.0) @ rot("z", 8)
    shell = [(0.0, 0.05), (0.017, 0.043), (0.026, 0.006), (0.029, 0.0), (0.032, 0.004),
             (0.025, 0.036), (0.013, 0.057), (0.005, 0.065), (0.0, 0.068)]  # fmt: skip
    parts.append(lathe(shell, bell, 0))
    parts.append(sphere(0.007, bell @ at(0, 0.072, 0), 0))
    a = pt(bell, 0.02, 0.035, 0.0)
    d = unit((1.0, 0.42, 0.35))
    b = a + d * 0.33
    parts.append(tube([a, a + d * 0.1, b], [0.0045, 0.0038, 0.0034], None, 0))
    ring = at(*(b + d * 0.022)) @ rot("y", -np.degrees(np.arctan2(d[2], d[0])))
    parts.append(torus(0.022, 0.0045, ring @ rot("z", np.degrees(np.arcsin(d[1]))), 0))
    return parts


# ---- 1286 conductor's baton -------------------------------------------------------------------


def _score_page(m: np.ndarray, w: float, h: float, rng: Rng) -> list[Part]:
    """A page of music facing +z under m (its foot's middle at 0): staves of five lines, note
    heads and their stems."""
    parts = [box(w, h, 0.003, m, "pages")]
    face = m @ at(0, 0, 0.0015)
    rows, heads, stems = [], [], []
    for k in range(6):
        y0 = h - 0.06 - k * (h - 0.08) / 6
        rows += [(-w / 2 + 0.02, w / 2 - 0.02, y0 - 0.007 * j) for j in range(5)]
        for i in range(7):
            x = -w / 2 + 0.04 + i * (w - 0.07) / 7
            y = y0 - 0.0035 * int(rng.integers(0, 9))
            heads.append((x, y - 0.0035, 0.002))
            stems.append((x + 0.005, y, 0.002))
    parts.append(lines(face, rows, 0.0012))
    parts.append(blocks(heads, (0.009, 0.007, 0.003), face, "marking"))
    parts.append(blocks(stems, (0.0016, 0.024, 0.003), face, "marking"))
    return parts


def _conductors_baton(rng: Rng) -> list[Part]:
    """A conductor's baton lying on an open score on the sloping desk of a black music stand:
    a very thin white stick tapering to a fine point from a pear-shaped cork handle whose fat
    end rests on the desk's ledge; the desk a wide dark board tilted back with a tray and a lip
    along its foot and a folding strut behind, the two open pages printed with staves."""
    W, H, slope = 0.62, 0.44, 52.0
    desk = at(0, 0.035, 0.05) @ rot("x", -(90 - slope))
    gx = float(rng.uniform(-0.03, 0.03))
    ang = 32.0 + float(rng.uniform(-3, 3))
    rest = desk @ at(-0.2 + gx, 0.03, 0.02) @ rot("z", -(90 - ang))
    baton = [(0.0, 0.0), (0.0045, 0.0), (0.0045, 0.004), (0.0017, 0.4), (0.0, 0.405)]
    parts = [lathe(baton, rest @ at(0, 0.062, -0.009) @ rot("x", 1.4), 0, "body", sides=8)]
    pear = [(0.0, 0.0), (0.009, 0.001), (0.0135, 0.008), (0.015, 0.02), (0.0135, 0.033),
            (0.01, 0.046), (0.0065, 0.058), (0.0055, 0.066), (0.0, 0.067)]  # fmt: skip
    parts.append(lathe(pear, rest @ at(0, 0, -0.0005), 1, sides=14))
    parts.append(box(W, H, 0.012, desk @ at(0, 0, -0.006), "marking"))  # the desk
    parts.append(box(W, 0.012, 0.07, desk @ at(0, -0.012, 0.029), "marking"))  # its tray
    parts.append(box(W, 0.035, 0.01, desk @ at(0, -0.012, 0.066), "marking"))  # and lip
    parts.append(box(W, 0.02, 0.012, desk @ at(0, H - 0.02, 0.004), "marking"))
    pw, ph = 0.29, 0.4
    for s in (-1, 1):
        page = desk @ at(s * (pw / 2 + 0.004), 0.012, 0.0015) @ rot("y", -s * 3)
        parts += _score_page(page, pw, ph, rng)
    hinge = pt(desk, 0, 0.6 * H, -0.012)  # the folding strut and its feet
    for s in (-1, 1):
        foot = v3(s * 0.2, 0.006, hinge[2] - 0.3)
        parts.append(stick(hinge + v3(s * 0.02, 0, 0), foot, 0.007, "marking"))
        parts.append(sphere(1.0, at(*foot) @ scl(0.018, 0.008, 0.018), "marking"))
    parts.append(box(0.07, 0.04, 0.02, at(*hinge) @ at(0, -0.02, 0), "marking"))
    return parts


# ---- 1287 clothes brush -----------------------------------------------------------------------


def _jacket(m: np.ndarray) -> list[Part]:
    """A grey suit jacket folded flat under m, its collar to the back: a soft oblong of cloth,
    two notched lapels folded back from a V of white shirt front with a red tie, two buttons
    below the V, a white pocket square, and one sleeve folded across it, three small buttons
    on its cuff."""
    W, D, h, cl = 0.46, 0.38, 0.06, "cloth-dark"
    soft = [(0.0, 0.0), (0.92, 0.0), (0.98, 0.01), (1.0, 0.03), (0.97, 0.045), (0.88, h - 0.004),
            (0.5, h + 0.002), (0.0, h + 0.006)]  # fmt: skip
    parts = [lathe(soft, m, cl, shape=rrect(W, D, 0.07, 4))]
    flat = m @ at(0, h, 0) @ FLAT_UP @ scl(1, -1, 1)  # outlines drawn in (x, z) on its top

    def lay(outline, y: float, t: float, slot) -> None:
        parts.append(slab(sharp(outline), t, flat @ at(0, 0, y), slot))

    lay([(-0.065, -0.18), (0.065, -0.18), (0.0, 0.06)], 0.001, 0.006, "sheet")  # the shirt
    lay([(-0.013, -0.17), (0.013, -0.17), (0.02, 0.0), (0.0, 0.03), (-0.02, 0.0)], 0.004, 0.006,
        "card-red")  # the tie  # fmt: skip
    collar = [pt(m, x, h + 0.004, -D / 2 + 0.045 + 0.12 * x * x) for x in (-0.16, 0, 0.16)]
    parts.append(tube(collar, 1.0, None, cl, shape=ellipse(0.026, 0.014, 10)))
    for s in (-1, 1):  # the lapels, folded back over the chest down to the V
        lay([(s * 0.06, -0.18), (s * 0.14, -0.17), (s * 0.16, -0.1), (s * 0.12, -0.085),
             (s * 0.012, 0.07)], 0.006, 0.012, cl)  # fmt: skip
        edge = [pt(flat, s * 0.06, -0.18, -0.013), pt(flat, s * 0.012, 0.07, -0.013)]
        parts.append(stick(edge[0], edge[1], 0.0035, "marking"))
    lay([(-0.15, -0.02), (-0.09, -0.02), (-0.09, 0.0), (-0.15, 0.0)], 0.004, 0.012, "sheet")
    parts.append(studs([pt(m, 0.0, h + 0.004, z) for z in (0.1, 0.15)], [(0, 1, 0)] * 2,
                       0.013, 0.008, "marking"))  # fmt: skip
    a, e, b = (pt(m, 0.24, h + 0.01, 0.06), pt(m, 0.05, h + 0.018, 0.14),
               pt(m, -0.17, h + 0.018, 0.12))  # the sleeve, bent at its elbow  # fmt: skip
    parts.append(tube([a, e, b], 1.0, None, cl, shape=ellipse(0.052, 0.018, 12)))
    d = unit(b - e)
    parts.append(
        tube([b - d * 0.06, b + d * 0.004], 1.0, None, cl, shape=ellipse(0.055, 0.021, 12))
    )
    side = unit(np.cross((0, 1, 0), d))
    pts = [b - d * (0.012 + 0.016 * k) - side * 0.027 + v3(0, 0.02, 0) for k in range(3)]
    parts.append(studs(pts, [(0, 1, 0)] * 3, 0.0065, 0.006, "marking"))
    return parts


def _clothes_brush(rng: Rng) -> list[Part]:
    """A clothes brush lying bristles-down beside a folded jacket: a hand-sized oval wooden
    back with domed edges and a short turned handle ending in a round knob, on a thick pad of
    short, dense bristles showing all round beneath it."""
    oval = superellipse(1.0, 0.34, 3.2, 28)
    bl = 0.024  # the bristles' length
    back = [(0.0, 0.0), (0.122, 0.0), (0.125, 0.012), (0.118, 0.022), (0.1, 0.028), (0.0, 0.03)]
    parts = [lathe(back, at(0, bl, 0), 0, "body", shape=oval)]
    parts.append(lathe([(0.0, 0.0), (0.112, 0.0), (0.112, bl + 0.002), (0.0, bl + 0.002)],
                       None, 1, shape=oval))  # the bristles' pad # fmt: skip
    t = np.linspace(0, 2 * np.pi, 36, endpoint=False)
    c, s = np.cos(t), np.sin(t)
    ring = np.stack([0.116 * np.sign(c) * np.abs(c) ** (2 / 3.2), np.full_like(t, bl / 2),
                     -0.116 * 0.34 * np.sign(s) * np.abs(s) ** (2 / 3.2)], 1)  # fmt: skip
    parts.append(studs(ring, [(0, 1, 0)] * len(ring), 0.0055, bl, 1, 6))
    hy = bl + 0.018
    parts.append(tube([(-0.115, hy, 0), (-0.14, hy + 0.004, 0), (-0.16, hy + 0.008, 0)],
                      [0.012, 0.009, 0.01], None, 0))  # fmt: skip
    parts.append(sphere(1.0, at(-0.172, hy + 0.01, 0) @ scl(0.02, 0.017, 0.017), 0))
    yaw = -28 + float(rng.uniform(-6, 6))
    parts = _lay(parts, at(0.2, 0, 0.14) @ rot("y", yaw))
    return parts + _jacket(at(-0.15, 0, -0.12) @ rot("y", 8))


# ---- 1288 trip hammer -------------------------------------------------------------------------


def _water_wheel(c, r: float, width: float) -> list[Part]:
    """A wooden undershot water wheel at c turning about z: two rims, spokes and paddles."""
    parts = []
    for dz in (-width / 2, width / 2):
        parts.append(torus(r, 0.014, at(c[0], c[1], c[2] + dz) @ ALONG_Z, 0))
        for k in range(6):
            a = np.radians(30 * k)
            d = v3(np.cos(a), np.sin(a), 0) * r
            parts.append(square_bar(v3(*c) + v3(0, 0, dz) - d, v3(*c) + v3(0, 0, dz) + d,
                                    0.025, 0.02, 0))  # fmt: skip
    for k in range(16):
        frame = at(*c) @ rot("z", 22.5 * k) @ at(r - 0.05, -0.006, 0)
        parts.append(box(0.11, 0.012, width + 0.03, frame, 0))
    return parts


def _trip_hammer(rng: Rng) -> list[Part]:
    """A water-powered trip hammer: a heavy iron hammer head through the end of a long wooden
    beam (the helve) pivoted on an iron pin between two stout posts of a timber frame, its
    head raised over an iron anvil block on a wooden stock; its short tail pressed down by one
    of four iron cams on a drum on a thick wooden shaft, turned by a paddled water wheel at the
    back under a wooden flume."""
    px, py, lift = -0.12, 0.46, 8.0 + float(rng.uniform(-1, 1))
    helve = at(px, py, 0) @ rot("z", lift)
    parts = [box(1.16, 0.085, 0.08, helve @ at(0.24, -0.0425, 0), 0, "body")]  # the helve
    parts.append(box(0.17, 0.25, 0.15, helve @ at(0.68, -0.2, 0), 1))  # the head
    parts.append(box(0.13, 0.05, 0.13, helve @ at(0.68, -0.25, 0), 1))  # its face
    for x in (0.53, 0.79):
        parts.append(box(0.03, 0.1, 0.096, helve @ at(x, -0.05, 0), 1))  # iron hoops
    parts.append(box(0.13, 0.13, 0.11, helve @ at(0, -0.065, 0), 1))  # the hurst at the pivot
    parts.append(cylinder(0.022, 0.022, 0.42, at(px, py, -0.21) @ ALONG_Z, 1))  # the pin
    for s in (-1, 1):  # the frame: sills, posts and their knee braces
        z = s * 0.16
        parts.append(box(1.36, 0.07, 0.1, at(0.03, 0, z), 0))
        parts.append(box(0.12, py + 0.04, 0.1, at(px, 0.07, z), 0))
        parts.append(box(0.14, 0.05, 0.11, at(px, py - 0.025, z), 1))
        for dx in (-1, 1):
            parts.append(square_bar((px + dx * 0.22, 0.07, z), (px + dx * 0.05, 0.28, z), 0.05,
                                    0.05, 0))  # fmt: skip
    for x in (-0.6, 0.66):
        parts.append(box(0.1, 0.06, 0.42, at(x, 0, 0), 0))
    face = pt(helve, 0.68, -0.25, 0)  # the anvil under the head, a gap below its face
    top = face[1] - 0.07 - float(rng.uniform(0, 0.03))
    parts.append(box(0.28, top - 0.1, 0.26, at(face[0], 0, 0), 0))
    parts.append(box(0.18, 0.1, 0.16, at(face[0], top - 0.1, 0), 1))
    corner = pt(helve, -0.34, 0.0425, 0)  # the tail's top corner, where a cam bears on it
    sx, sy = corner[0] - 0.11, corner[1] - 0.13  # the cam shaft and its drum
    ca = np.degrees(np.arctan2(corner[1] - sy, corner[0] - sx))
    cr = float(np.hypot(corner[1] - sy, corner[0] - sx))
    parts.append(cylinder(0.042, 0.042, 0.76, at(sx, sy, -0.66) @ ALONG_Z, 0))
    parts.append(cylinder(0.09, 0.09, 0.1, at(sx, sy, -0.05) @ ALONG_Z, 1))
    for k in range(4):
        cam = at(sx, sy, 0) @ rot("z", ca + 90 * k)
        parts.append(box(cr, 0.05, 0.075, cam @ at(cr / 2, -0.025, 0), 1))
    for z in (0.13, -0.22):  # the shaft's bearing posts
        parts.append(box(0.1, sy - 0.04, 0.1, at(sx, 0, z), 0))
        parts.append(box(0.13, 0.05, 0.12, at(sx, sy - 0.06, z), 1))
    wr = min(0.34, sy - 0.04)
    parts += _water_wheel((sx, sy, -0.52), wr, 0.14)
    fy = sy + wr + 0.05  # the flume bringing the water over the wheel
    parts.append(box(0.55, 0.07, 0.2, at(sx - 0.2, fy, -0.52), 0))
    parts.append(box(0.51, 0.01, 0.16, at(sx - 0.2, fy + 0.055, -0.52), "glaze"))
    for x in (sx - 0.4, sx - 0.1):
        parts.append(box(0.05, fy, 0.05, at(x - 0.05, 0, -0.64), 0))
    return parts


MORE_APPLIANCES_ZZZZJ = {
    1281: _hoe, 1282: _trowel, 1283: _plough, 1284: _crowbar,
    1285: _candle_snuffer, 1286: _conductors_baton, 1287: _clothes_brush, 1288: _trip_hammer,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
