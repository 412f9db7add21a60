"""More of the device family's appliances, from 660: a control panel, a solar panel, a torch
sconce, a mixing desk, a quiver of arrows, a price tag, a cereal box, a milk carton, a display
case, a walkie-talkie, dog tags, a dinosaur skeleton.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ._families_a import bare_skull, stick
from ._geometry import Part, Sweep, align, at, rot, scl, v3
from ._kit import (
    ZYX,
    band,
    block_ring,
    blocks,
    cut,
    disc,
    flame,
    flat_solid,
    hoop,
    lines,
    pt,
    rect_ring,
    reslot,
    rrect,
    rrect_outline,
    solid,
    studs,
)
from ._lettering import paint_strokes, paint_text
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import ellipsoid as blob
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZI"]

Rng = np.random.Generator


# ---- helpers ----------------------------------------------------------------------------------


def _face(y: float, z: float, tilt: float, x: float = 0.0) -> np.ndarray:
    """A face through (x, y, z) tilted ``tilt`` degrees up from lying flat (90: upright): its
    local x across, y up the slope, z its outward normal."""
    return at(x, y, z) @ rot("x", tilt - 90)


_OUT = rot("x", 90)
"""Stands a part built along +y (a cylinder, a button) out of a face along its +z."""


def _side(profile, width: float, m: np.ndarray, slot=0, tag: str = "") -> Part:
    """A solid of a side profile: (z, y) corners extruded ``width`` across x, centred on x = 0
    under ``m`` (a desk's wedge, a carton's gable)."""
    return slab(sharp(profile), width, m @ ZYX, slot, tag)


# ---- 660 control panel ------------------------------------------------------------------------

_LAMPS = ("rainbow-red", "rainbow-yellow", "rainbow-green", "rainbow-blue", "rainbow-orange")


def _gauge(m: np.ndarray, r: float, reading: float) -> list[Part]:
    """A round gauge on the face z = 0 under ``m``: a white dial in a bezel, ticks round its
    upper arc and a red needle at ``reading`` (0 to 1)."""
    parts = [cylinder(r, r, 0.012, m @ _OUT, "snow")]
    parts.append(torus(r, r * 0.14, m @ at(0, 0, 0.012) @ _OUT, 1))
    a = np.radians(210 - 240 * np.arange(7) / 6)
    ticks = [pt(m, 0.8 * r * np.cos(t), 0.8 * r * np.sin(t), 0.013) for t in a]
    parts.append(studs(ticks, np.tile(m[:3, 2], (7, 1)), r * 0.06, 0.004, "marking", 4))
    a = np.radians(210 - 240 * reading)
    tip = pt(m, 0.8 * r * np.cos(a), 0.8 * r * np.sin(a), 0.016)
    parts.append(stick(pt(m, 0.0, 0.0, 0.016), tip, r * 0.05, "card-red"))
    return parts


def _control_panel(rng: Rng) -> list[Part]:
    """A control console (of a machine, a spaceship's bridge): a desk on a pedestal, its slanted
    top full of rows of coloured lit buttons, toggle switches and two big dials, a lever, and an
    upright panel behind with a glowing screen between round gauges."""
    W = 1.3
    parts = [box(0.95, 0.07, 0.6, at(0, 0, -0.02), 1)]  # the foot
    parts.append(box(0.8, 0.6, 0.45, at(0, 0.07, -0.04), 0, "body"))  # the pedestal
    front, back = (0.42, 0.62), (-0.3, 1.06)  # the slanted top's edges, (z, y)
    parts.append(_side([(0.44, 0.55), front, back, (-0.3, 0.55)], W, np.eye(4), 0))
    tilt = float(np.degrees(np.arctan2(back[1] - front[1], front[0] - back[0])))
    L = float(np.hypot(back[1] - front[1], front[0] - back[0]))
    top = _face(front[1], front[0], tilt)
    parts.append(box(W - 0.06, L - 0.04, 0.012, top @ at(0, 0.02, 0.0), 1))  # its plate
    top = top @ at(0, 0, 0.012)
    xs = np.linspace(-0.5, 0.5, 8)
    parts.append(blocks([(x, 0.07, 0.0) for x in xs], (0.05, 0.03, 0.01), top, "steel"))
    for x in xs:  # a row of toggle switches along the front, flicked up or down
        up = 1 if rng.random() < 0.6 else -1
        a = pt(top, x, 0.085, 0.005)
        b = pt(top, x, 0.085 + up * 0.03, 0.06)
        parts.append(stick(a, b, 0.008, "steel"))
    lamps: dict[str, list] = {}
    for row in range(2):  # two rows of coloured buttons, lit
        for k in range(7):
            p = pt(top, -0.52 + k * 0.105 + row * 0.05, 0.2 + 0.1 * row, 0.0)
            lamp = _LAMPS[(k + 2 * row + int(rng.integers(0, 2))) % len(_LAMPS)]
            lamps.setdefault(lamp, []).append(p)
    rims = [p for ps in lamps.values() for p in ps]
    parts.append(studs(rims, np.tile(top[:3, 2], (len(rims), 1)), 0.036, 0.02, "steel", 10))
    for lamp, ps in lamps.items():
        ps = [p + top[:3, 2] * 0.014 for p in ps]
        parts.append(studs(ps, np.tile(top[:3, 2], (len(ps), 1)), 0.028, 0.03, lamp, 10))
    for x in (0.32, 0.5):  # two big dials, their pointers white
        m = top @ at(x, 0.24, 0)
        parts.append(cylinder(0.075, 0.065, 0.05, m @ _OUT, 1))
        parts.append(box(0.012, 0.06, 0.006, m @ at(0, 0.0, 0.05) @ rot("z", rng.uniform(-60, 60)),
                         "snow"))  # fmt: skip
    parts.append(box(0.16, 0.09, 0.012, top @ at(0.41, 0.42, 0.0), "window"))  # a small readout
    parts += paint_text("88", top @ at(0.41, 0.465, 0.013), 0.05, "rainbow-orange", 0.2)
    lever = top @ at(-0.35, 0.48, 0)  # a throttle lever in its slot
    parts.append(box(0.05, 0.18, 0.012, lever @ at(0, -0.09, 0), "marking"))
    parts.append(stick(pt(lever, 0, 0.02, 0),
                       pt(lever, 0, 0.02, 0.14), 0.012, "steel"))  # fmt: skip
    parts.append(sphere(0.035, lever @ at(0, 0.02, 0.15), "card-red"))
    # the upright panel behind: a screen between two gauges
    up = at(0, back[1] - 0.02, back[0] + 0.02) @ rot("x", -12)
    parts.append(box(W, 0.46, 0.06, up @ at(0, 0, -0.03), 0))
    face = up @ at(0, 0, 0.0)
    parts.append(box(0.5, 0.32, 0.012, face @ at(0, 0.07, 0), 1))
    parts.append(box(0.44, 0.27, 0.014, face @ at(0, 0.095, 0), "window"))
    xs = np.linspace(-0.2, 0.2, 9)
    wave = [[(x, 0.23 + 0.06 * np.sin(11 * x + rng.uniform(0, 0.5))) for x in xs]]
    parts += paint_strokes(wave, face @ at(0, 0, 0.016), 0.012, "rainbow-green")
    for k in range(5):  # bars on the screen
        h = 0.03 + 0.07 * rng.random()
        parts.append(box(0.03, h, 0.004, face @ at(-0.16 + 0.08 * k, 0.12, 0.014),
                         "rainbow-green"))  # fmt: skip
    for s in (-1, 1):
        parts += _gauge(face @ at(s * 0.44, 0.24, 0), 0.1, float(rng.uniform(0.2, 0.8)))
        for k in range(3):  # little indicator lamps under each gauge
            m = face @ at(s * 0.44 + (k - 1) * 0.06, 0.07, 0) @ _OUT
            parts.append(sphere(0.018, m, _LAMPS[(k + (s > 0)) % 4]))
    return parts


# ---- 661 solar panel --------------------------------------------------------------------------


def _solar_panel(rng: Rng) -> list[Part]:
    """A solar panel: a wide rectangle of dark blue photovoltaic cells in a grid, thin silver
    lines between and across them, in a metal frame, tilted toward the sky on an A-framed metal
    stand."""
    W, D, tilt = 1.7, 1.02, 32.0
    y0, z0 = 0.32, 0.42  # the panel's lower (front) edge
    m = at(0, y0, z0) @ rot("x", tilt) @ at(0, 0, -D / 2)  # its centre, lying in its own xz
    parts = [box(W, 0.03, D, m @ at(0, -0.03, 0), 0, "body")]  # its silver back sheet
    parts.append(rect_ring(W + 0.04, D + 0.04, 0.035, 0.05, m @ at(0, -0.035, 0), 0))
    cols, rows = 10, 6
    cw, cd = (W - 0.04) / cols, (D - 0.04) / rows
    feet = [(-W / 2 + 0.02 + cw * (i + 0.5), 0.0, -D / 2 + 0.02 + cd * (j + 0.5))
            for i in range(cols) for j in range(rows)]  # fmt: skip
    parts.append(blocks(feet, (cw - 0.014, 0.012, cd - 0.014), m, "plume"))
    bus = [
        (0.0, 0.011, -D / 2 + 0.02 + cd * (j + 0.5 + f)) for j in range(rows) for f in (-0.22, 0.22)
    ]
    parts.append(blocks(bus, (W - 0.05, 0.004, 0.005), m, "steel"))  # fine silver bus lines
    # the stand: two A-frames of angle iron under its ends, braced across
    for sx in (-1, 1):
        x = sx * (W / 2 - 0.2)
        lo = pt(m, x, -0.035, D / 2 - 0.08)
        hi = pt(m, x, -0.035, -D / 2 + 0.1)
        parts.append(box(0.05, 0.04, 1.0, at(x, 0, 0.0), 1))  # the ground rail
        parts.append(stick((x, 0.04, lo[2]), lo, 0.022, 1))
        parts.append(stick((x, 0.04, hi[2]), hi, 0.022, 1))
        parts.append(stick((x, 0.04, lo[2]), (x, hi[1] * 0.55, hi[2]), 0.014, 1))
        parts.append(stick(lo, hi, 0.02, 1))
    back = pt(m, 0, -0.035, -D / 2 + 0.1)
    parts.append(stick((-W / 2 + 0.2, back[1] * 0.5, back[2]), (W / 2 - 0.2, back[1] * 0.5,
                                                                   back[2]), 0.016, 1))  # fmt: skip
    parts.append(box(0.16, 0.1, 0.04, m @ at(0.3, -0.14, -0.1), "marking"))  # its junction box
    del rng
    return parts


# ---- 662 torch sconce -------------------------------------------------------------------------


def _wall_stones(w: float, h: float, z: float, rng: Rng) -> list[Part]:
    """A patch of stone wall w wide and about h high whose face is at z: dark mortar behind,
    courses of rough-cut stone blocks standing proud of it, staggered, the top course
    broken."""
    rows = 7
    ch = h / rows
    parts = [box(w - 0.04, h - ch - 0.02, 0.08, at(0, 0, z - 0.09), "soil")]
    for r in range(rows):
        x, n = -w / 2, 0
        while x < w / 2 - 0.06:
            bw = (0.2 if (r + n) % 2 else 0.28) * float(rng.uniform(0.85, 1.15))
            if r % 2 and n == 0:
                bw *= 0.55
            bw = min(bw, w / 2 - x)
            tall = ch * (float(rng.uniform(0.45, 1.0)) if r == rows - 1 else 1.0)
            depth = float(rng.uniform(0.05, 0.08))
            if r < rows - 1 or rng.random() < 0.7:
                m = at(x + bw / 2, r * ch + 0.01, z - depth / 2)
                parts.append(box(bw - 0.02, tall - 0.02, depth, m, "stones"))
            x += bw
            n += 1
    return parts


def _torch_sconce(rng: Rng) -> list[Part]:
    """A medieval wall torch: a patch of stone wall, a wrought-iron bracket bolted to it (a
    plate, an arm out from it braced from below, a cage of straps at its end) holding a wooden
    torch, its head wrapped in pitch-soaked rags and burning with a tall flame."""
    wz = -0.3
    parts = _wall_stones(0.9, 1.45, wz, rng)
    plate = at(0, 0.3, wz)  # the bracket's back plate, on the wall
    parts.append(slab(sharp([(-0.07, 0.0), (0.07, 0.0), (0.07, 0.42), (0.0, 0.5),
                                (-0.07, 0.42)]), 0.025, plate @ at(0, 0, 0.012), 0,
                      "body"))  # fmt: skip
    for y in (0.08, 0.36):
        parts.append(sphere(0.022, plate @ at(0, y, 0.025), 0))
    cage = v3(0, 0.62, wz + 0.3)  # the cage's ring, where the torch sits
    parts.append(tube([(0, 0.66, wz + 0.01), (0, 0.68, wz + 0.15), (0, 0.66, cage[2] - 0.08)],
                      0.018, slot=0))  # the arm  # fmt: skip
    parts.append(tube([(0, 0.36, wz + 0.01), (0, 0.42, wz + 0.12), (0, 0.54, cage[2] - 0.06),
                       (0, 0.58, cage[2] - 0.08)], 0.014, slot=0))  # its brace  # fmt: skip
    parts.append(tube([(0, 0.5, wz + 0.22), (0, 0.42, wz + 0.2), (0, 0.4, wz + 0.15),
                       (0, 0.44, wz + 0.12)], 0.01, slot=0))  # a curl under it  # fmt: skip
    lean = 10.0
    tm = at(*cage) @ rot("x", lean)
    parts.append(torus(0.075, 0.014, tm, 0))
    parts.append(torus(0.05, 0.012, tm @ at(0, -0.14, 0), 0))
    for k in range(4):  # the cage's straps
        a = np.radians(45 + 90 * k)
        c, s = np.cos(a), np.sin(a)
        parts.append(tube([pt(tm, 0.075 * c, 0.0, 0.075 * s), pt(tm, 0.05 * c, -0.14, 0.05 * s),
                           pt(tm, 0.0, -0.2, 0.0)], 0.009, slot=0))  # fmt: skip
    # the torch, standing in the cage
    parts.append(cylinder(0.03, 0.045, 0.62, tm @ at(0, -0.18, 0), 1))
    head = [(0.0, 0.0), (0.05, 0.0), (0.075, 0.05), (0.08, 0.13), (0.065, 0.18), (0.0, 0.19)]
    parts.append(lathe(head, tm @ at(0, 0.4, 0), "cork"))
    for k in range(3):  # the rag's wrappings
        parts.append(torus(0.075, 0.012, tm @ at(0, 0.44 + 0.045 * k, 0) @ rot("z", 8 - 8 * k),
                           "marking"))  # fmt: skip
    tip = pt(tm, 0, 0.55, 0)
    parts += flame(tip, 0.2)
    fl = [(0.0, 0.0), (0.11, 0.04), (0.12, 0.13), (0.08, 0.27), (0.035, 0.38), (0.0, 0.46)]
    parts.append(lathe(fl, at(*tip) @ at(0, -0.02, 0), "flame"))
    for k in range(3):  # licking tongues of flame
        a = np.radians(120 * k + rng.uniform(-20, 20))
        c = tip + v3(0.06 * np.cos(a), 0.12, 0.06 * np.sin(a))
        parts.append(tube([c, c + v3(0.02 * np.cos(a), 0.12, 0.02 * np.sin(a)),
                           c + v3(0.0, 0.22 + 0.06 * k, 0.0)], [0.035, 0.02, 0.0],
                          slot="flame"))  # fmt: skip
    parts.append(sphere(1.0, at(*(tip + v3(0, 0.1, 0))) @ scl(0.06, 0.12, 0.06), "glow"))
    return parts


# ---- 663 mixing desk --------------------------------------------------------------------------


def _mixing_desk(rng: Rng) -> list[Part]:
    """An audio mixing console: a wide desk sloping up toward the back between wooden end
    cheeks, a channel strip after another across it (a long fader slot at the front with its
    cap, a column of coloured knobs above, a lit button) and a bridge of glowing level meters
    along its back."""
    W, n = 1.7, 12
    front, back = (0.45, 0.16), (-0.3, 0.32)
    parts = [_side([(0.45, 0.0), front, back, (-0.45, 0.36), (-0.45, 0.0)], W, np.eye(4), 0,
                   "body")]  # fmt: skip
    for sx in (-1, 1):  # wooden end cheeks
        parts.append(_side([(0.47, 0.0), (0.47, 0.2), (-0.47, 0.5), (-0.47, 0.0)], 0.05,
                           at(sx * (W / 2 + 0.025), 0, 0), 1))  # fmt: skip
    tilt = float(np.degrees(np.arctan2(back[1] - front[1], front[0] - back[0])))
    top = _face(front[1], front[0], tilt) @ at(0, 0, 0.004)
    nrm = top[:3, 2]
    pitch = (W - 0.3) / n
    xs = [-W / 2 + 0.08 + pitch * (i + 0.5) for i in range(n)]
    caps = [(x, 0.06 + 0.2 * float(rng.random()), 0.0) for x in xs]
    parts.append(blocks([(x, 0.04, 0.0) for x in xs], (0.014, 0.28, 0.006), top, "marking"))
    parts.append(blocks(caps, (0.05, 0.035, 0.05), top, 1))  # the fader caps
    parts.append(blocks([(x, y + 0.014, 0.0) for x, y, _ in caps], (0.052, 0.007, 0.052), top,
                         "snow"))  # fmt: skip
    knob_rows = ("rainbow-red", "snow", "rainbow-yellow", "rainbow-blue", "rainbow-green")
    for j, slot in enumerate(knob_rows):  # columns of knobs, each row its colour
        pts = [pt(top, x, 0.4 + 0.068 * j, 0.015) for x in xs]
        parts.append(studs(pts, np.tile(nrm, (n, 1)), 0.022, 0.03, "marking", 8))
        pts = [p + nrm * 0.017 for p in pts]
        parts.append(studs(pts, np.tile(nrm, (n, 1)), 0.015, 0.006, slot, 8))
    lit = [pt(top, x, 0.34, 0.006) for x in xs]  # a lit button per channel
    parts.append(studs(lit, np.tile(nrm, (n, 1)), 0.018, 0.014, "glow", 4))
    # the master section at the right: two bigger faders
    for x in (W / 2 - 0.14, W / 2 - 0.07):
        parts.append(box(0.014, 0.34, 0.006, top @ at(x, 0.04, 0), "marking"))
        parts.append(box(0.05, 0.04, 0.05, top @ at(x, 0.26, 0), "card-red"))
    # the meter bridge: a column of lamps per channel, lit to its level
    bridge = at(0, 0.34, -0.4) @ rot("x", -8)
    parts.append(box(W, 0.18, 0.1, bridge @ at(0, 0, -0.03), 0))
    parts.append(box(W - 0.1, 0.15, 0.01, bridge @ at(0, 0.015, 0.02), "window"))
    leds: dict[str, list] = {}
    for x in xs:
        for k in range(int(rng.integers(3, 9))):
            slot = "rainbow-green" if k < 5 else "rainbow-yellow" if k < 7 else "rainbow-red"
            leds.setdefault(slot, []).append((x, 0.025 + 0.016 * k, 0.026))
    for slot, feet in leds.items():
        parts.append(blocks(feet, (0.05, 0.011, 0.006), bridge, slot))
    return parts


# ---- 664 quiver of arrows ---------------------------------------------------------------------


def _arrow_tail(a: np.ndarray, b: np.ndarray, turn: float, slot) -> list[Part]:
    """An arrow's shaft from a (in the quiver) out to its nock at b, three feathers fletched
    round it just short of the nock."""
    d = (b - a) / np.linalg.norm(b - a)
    parts = [stick(a, b, 0.012, 1)]
    parts.append(cylinder(0.014, 0.01, 0.03, at(*b) @ align(d), "marking"))
    feather = [(0.0, 0.0), (0.0, 0.2), (0.05, 0.17), (0.06, 0.06), (0.03, 0.0)]
    for k in range(3):
        m = at(*(b - d * 0.24)) @ align(d) @ rot("y", turn + 120 * k) @ at(0.008, 0, 0)
        parts.append(slab(feather, 0.006, m, slot))
    return parts


def _quiver(rng: Rng) -> list[Part]:
    """A quiver of arrows: a tall leather tube open at the top, banded top and bottom, a
    shoulder strap running down its side, a bundle of arrows standing in it with their
    fletched feathers and nocks fanning out above its mouth."""
    H, R = 0.95, 0.14
    lean = at(0, 0.015, 0) @ rot("z", 6)
    shell = [(0.0, 0.0), (R * 0.8, 0.0), (R * 0.95, 0.04), (R, 0.3), (R * 1.08, H),
             (R * 0.98, H), (R * 0.9, 0.3), (R * 0.75, 0.06), (0.0, 0.06)]  # fmt: skip
    parts = [lathe(shell, lean, 0, "body")]
    for y, r in ((0.08, R * 0.98), (H - 0.07, R * 1.07), (0.55, R * 1.03)):  # bands
        parts.append(lathe([(r, 0.0), (r + 0.012, 0.005), (r + 0.012, 0.045), (r, 0.05)],
                           lean @ at(0, y, 0), 1, closed=True))  # fmt: skip
    for k in range(4):  # a laced seam up its front
        parts.append(box(0.05, 0.01, 0.01, lean @ at(0, 0.2 + 0.1 * k, R * 1.02), "marking"))
    strap = [(-R * 1.05, H - 0.1, 0.0), (-R - 0.1, H * 0.75, 0.06), (-R - 0.12, H * 0.4, 0.05),
             (-R * 1.02, 0.15, 0.0)]  # fmt: skip
    strap = [tuple(pt(lean, *p)) for p in strap]
    parts.append(band(strap, 0.06, 0.012, (0.0, 0.0, 1.0), 0))
    parts.append(box(0.07, 0.06, 0.02, at(*strap[1]) @ rot("z", 10), "steel"))  # its buckle
    mouth = pt(lean, 0, H, 0)
    n = 7
    for i in range(n):
        a = 2 * np.pi * i / n + rng.uniform(-0.2, 0.2)
        r = 0.06 if i else 0.0
        foot = mouth + v3(r * np.cos(a), -0.6, r * np.sin(a))
        tip = mouth + v3(0.16 * np.cos(a) * (i > 0), 0.5 + 0.05 * rng.random(),
                         0.12 * np.sin(a) * (i > 0))  # fmt: skip
        slot = ("card-red", "snow", "cloth-dark")[i % 3]
        parts += _arrow_tail(foot, tip, float(rng.uniform(0, 120)), slot)
    return parts


# ---- 665 price tag ----------------------------------------------------------------------------


def _price_tag(rng: Rng) -> list[Part]:
    """A paper price tag lying tilted toward the viewer: the classic shape, its left end cut to
    a blunt point round a reinforced hole, a loop of string tied through it, a bold price
    printed big with a line of print and a bar code under it."""
    L, H = 1.0, 0.52
    outline = [(-L / 2, 0.0), (-L / 2 + 0.16, H / 2), (L / 2, H / 2), (L / 2, -H / 2),
               (-L / 2 + 0.16, -H / 2)]  # fmt: skip
    hole = (-L / 2 + 0.14, 0.0)

    def contours(n: int):
        return [np.array(outline[::-1]), disc(hole, 0.04, max(8, n // 2), cut=True)]

    m = rot("x", -64) @ rot("z", 12)
    m = at(0.05, 0.005 - min(pt(m, x, y, 0.0)[1] for x, y in outline), 0.05) @ m  # on the ground
    parts = [flat_solid(contours, 0.012, m, 0, "body")]
    parts.append(lathe([(0.045, 0.0), (0.07, 0.0), (0.07, 0.006), (0.045, 0.006)],
                       m @ at(*hole, 0.012) @ _OUT, 1, closed=True))  # fmt: skip
    face = m @ at(0.08, 0.0, 0.012)
    parts += paint_text(f"${int(rng.integers(1, 10))}.99", face @ at(0, 0.07, 0), 0.2, "marking")
    parts.append(lines(face, [(-0.28, 0.28, -0.1)], 0.028, 0.004, "marking"))
    bars = [
        (x, x + w, -0.18)
        for x, w in zip(np.linspace(-0.26, 0.24, 18), rng.choice([0.008, 0.016], 18), strict=True)
    ]
    parts.append(lines(face, bars, 0.07, 0.004, "marking"))
    # the string: through the hole, a loop lying on the ground beside it
    h = pt(m, *hole, 0.006)
    loop = [h + v3(0, 0.0, 0.0), h + v3(-0.05, 0.04, -0.02), h + v3(-0.16, 0.06, 0.02),
            v3(h[0] - 0.32, 0.02, h[2] + 0.12), v3(h[0] - 0.4, 0.01, h[2] + 0.32),
            v3(h[0] - 0.2, 0.01, h[2] + 0.42), v3(h[0] - 0.05, 0.01, h[2] + 0.25),
            h + v3(0.0, -0.02, 0.04), h]  # fmt: skip
    parts.append(tube(loop, 0.01, slot=1))
    return parts


# ---- 666 cereal box ---------------------------------------------------------------------------


def _flakes(c: np.ndarray, r: float, n: int, rng: Rng, slots) -> list[Part]:
    """A heap of cereal (rings and flakes) over a disc of radius r at c, as cheap hoops."""
    parts = []
    for i in range(n):
        a, d = rng.uniform(0, 2 * np.pi), r * np.sqrt(rng.uniform(0, 1))
        y = 0.02 * (1 - d / r) + rng.uniform(0, 0.02)
        p = c + v3(d * np.cos(a), y, d * np.sin(a))
        m = at(*p) @ rot("x", rng.uniform(-40, 40)) @ rot("z", rng.uniform(-40, 40))
        parts.append(hoop(0.022, 0.011, m, slots[i % len(slots)], 8, 4))
    return parts


def _bowl(c: np.ndarray, r: float, slot, rng: Rng, n: int = 18) -> list[Part]:
    """A bowl of cereal in milk at c: a round bowl on a foot, milk inside, rings heaped on it."""
    prof = [(0.0, 0.0), (r * 0.45, 0.0), (r * 0.5, 0.03), (r * 0.85, 0.1), (r, r * 0.62),
            (r * 0.93, r * 0.62), (r * 0.78, 0.12), (0.0, 0.09)]  # fmt: skip
    parts = [lathe(prof, at(*c), slot)]
    parts.append(cylinder(r * 0.92, r * 0.92, 0.01, at(*(c + v3(0, r * 0.5, 0))), "snow"))
    parts += _flakes(c + v3(0, r * 0.52, 0), r * 0.8, n, rng, ("cloth-yellow", "fruit-orange"))
    return parts


def _cereal_box(rng: Rng) -> list[Part]:
    """A tall cereal box: a cardboard box printed all over its front in bright colours, a big
    red title band across its top with the name in white, a picture of a bowl of cereal under
    it, and a real bowl of cereal in milk beside it with a spoon."""
    W, H, D = 0.62, 1.0, 0.22
    bx = -0.2
    parts = [box(W, H, D, at(bx, 0, -0.05), 0, "body")]
    zf = -0.05 + D / 2
    parts.append(box(W - 0.02, H - 0.02, 0.008, at(bx, 0.01, zf), "cloth-yellow"))  # its print
    parts.append(box(W - 0.02, 0.24, 0.012, at(bx, H - 0.3, zf), "card-red"))  # the title band
    parts += paint_text("OATS", at(bx, H - 0.18, zf + 0.012), 0.15, "snow", 0.2)
    parts.append(box(W * 0.7, 0.035, 0.012, at(bx, H - 0.08, zf), "plume"))
    # the picture of a bowl, flattened onto the front
    pic = at(bx, 0.2, zf + 0.006) @ scl(1.0, 1.0, 0.08)
    prof = [(0.0, 0.0), (0.09, 0.0), (0.2, 0.06), (0.24, 0.2), (0.0, 0.2)]
    parts.append(lathe(prof, pic, "plume"))
    parts.append(cylinder(0.235, 0.235, 0.01, pic @ at(0, 0.2, 0) @ scl(1.0, 1.0, 0.1), "snow"))
    for k in range(12):
        x = rng.uniform(-0.19, 0.19)
        y = 0.21 + rng.uniform(0, 0.07) * (1 - abs(x) / 0.2)
        parts.append(torus(0.028, 0.012, at(bx + x, 0.2 + y, zf + 0.025) @ _OUT,
                           ("fruit-orange", "seed")[k % 2]))  # fmt: skip
    parts.append(tube([(bx + 0.12, 0.38, zf + 0.02), (bx + 0.25, 0.6, zf + 0.02)], 0.015,
                      slot="steel"))  # fmt: skip
    parts.append(box(W + 0.004, 0.012, D + 0.004, at(bx, H - 0.05, -0.05), 0))  # the lid's flap
    parts += _bowl(v3(0.38, 0, 0.22), 0.22, 1, rng)
    spoon = [(0.3, 0.2, 0.2), (0.45, 0.26, 0.2), (0.62, 0.34, 0.24)]
    parts.append(tube(spoon, 0.012, slot="steel"))
    return parts


# ---- 667 milk carton --------------------------------------------------------------------------


def _milk_carton(rng: Rng) -> list[Part]:
    """A gable-top milk carton: a square carton with its folded peaked top and the sealed fin
    along its ridge, the spout pulled open at one end, a blue band round it with a white milk
    drop and MILK printed on its front, a glass of milk beside it."""
    S, H, rise = 0.42, 0.78, 0.2
    cx = -0.12
    parts = [box(S, H, S, at(cx, 0, 0), 0, "body")]
    gable = [(S / 2, H), (0.0, H + rise), (-S / 2, H)]
    parts.append(_side(gable, S, at(cx, 0, 0), 0))
    parts.append(box(S + 0.01, 0.07, 0.018, at(cx, H + rise - 0.01, 0), 0))  # the sealed fin
    for s in (-1, 1):  # the gable ends' folds, creased in
        end = at(cx + s * (S / 2 + 0.002), 0, 0) @ rot("y", 90)
        parts.append(slab(sharp([(-S / 2, H), (S / 2, H), (0.0, H + rise)]), 0.004, end, 2))
        ex = cx + s * (S / 2 + 0.005)
        for sz in (-1, 1):
            parts.append(stick((ex, H, sz * (S / 2 - 0.01)), (ex, H + rise * 0.6, 0), 0.004,
                               "marking"))  # fmt: skip
    spout = [(0.0, -0.07), (0.09, 0.0), (0.0, 0.07)]  # the opened spout, poking out at +x
    parts.append(slab(sharp(spout), 0.006, at(cx + S / 2, H + 0.06, 0) @ rot("x", 90), 0))
    parts.append(slab(sharp([(0.0, 0.0), (0.08, 0.0), (0.0, 0.1)]), 0.006,
                      at(cx + S / 2, H + 0.06, 0.0), 0))  # fmt: skip
    # the blue band round it, a milk drop and MILK on its front
    parts.append(box(S + 0.012, 0.32, S + 0.012, at(cx, 0.1, 0), "plume"))
    parts.append(slab([(0.0, 0.12), (0.05, 0.02), (0.055, -0.04), (0.0, -0.08), (-0.055, -0.04),
                       (-0.05, 0.02)], 0.01, at(cx, 0.27, S / 2 + 0.008), "snow"))  # fmt: skip
    parts += paint_text("MILK", at(cx, 0.58, S / 2 + 0.002), 0.11, "plume", 0.2)
    # a glass of milk beside it
    g = at(0.3, 0, 0.22)
    glass = [(0.0, 0.0), (0.085, 0.0), (0.09, 0.01), (0.095, 0.18), (0.1, 0.35), (0.1, 0.36),
             (0.09, 0.36), (0.085, 0.2), (0.08, 0.06), (0.075, 0.035), (0.0, 0.035)]  # fmt: skip
    parts.append(lathe(glass, g, "pane"))
    parts.append(cylinder(0.08, 0.088, 0.28, g @ at(0, 0.02, 0), "snow"))
    del rng
    return parts


# ---- 668 display case -------------------------------------------------------------------------


def _display_case(rng: Rng) -> list[Part]:
    """A museum display case: a tall plinth with moulded base and top, a glass cube vitrine on
    it with slim metal edges, a lit plate inside its top, and on a little stand inside a
    treasure (a vase or a skull), a brass label on the plinth's front."""
    P, Ph, G = 0.6, 0.95, 0.58
    parts = [box(P + 0.08, 0.08, P + 0.08, None, 0), box(P, Ph, P, None, 0, "body")]
    parts.append(box(P + 0.06, 0.05, P + 0.06, at(0, Ph - 0.05, 0), 0))
    parts.append(box(0.22, 0.07, 0.01, at(0, Ph - 0.25, P / 2), 1))  # the label
    rows = [(-0.08, 0.08, 0.045), (-0.08, 0.04, 0.022)]
    parts.append(lines(at(0, Ph - 0.25, P / 2 + 0.01), rows, 0.01))
    y0 = Ph
    e = 0.02
    for sx in (-1, 1):  # the vitrine's metal edges
        for sz in (-1, 1):
            parts.append(box(e, G, e, at(sx * (G - e) / 2, y0, sz * (G - e) / 2), 1))
        parts.append(box(e, e, G, at(sx * (G - e) / 2, y0 + G - e, 0), 1))
        parts.append(box(G, e, e, at(0, y0 + G - e, sx * (G - e) / 2), 1))
        parts.append(box(e, e, G, at(sx * (G - e) / 2, y0, 0), 1))
        parts.append(box(G, e, e, at(0, y0, sx * (G - e) / 2), 1))
    parts.append(box(G - 0.01, 0.01, G - 0.01, at(0, y0 + G - 0.01, 0), "pane"))
    for sx in (-1, 1):  # the glass
        parts.append(box(0.006, G - 0.02, G - 0.02, at(sx * (G / 2 - 0.01), y0 + 0.01, 0), "pane"))
        parts.append(box(G - 0.02, G - 0.02, 0.006, at(0, y0 + 0.01, sx * (G / 2 - 0.01)), "pane"))
    parts.append(box(G * 0.5, 0.008, G * 0.5, at(0, y0 + G - 0.02, 0), "glow"))  # its light
    parts.append(cylinder(0.1, 0.1, 0.06, at(0, y0, 0), "sclera"))  # the stand
    parts.append(cylinder(0.06, 0.06, 0.02, at(0, y0 + 0.06, 0), "sclera"))
    c = y0 + 0.08
    treasure: list[Part] = []  # (what the wish puts in it takes its place)
    if rng.random() < 0.5:
        vase = [(0.0, 0.0), (0.07, 0.0), (0.065, 0.03), (0.12, 0.12), (0.15, 0.24), (0.13, 0.32),
                (0.07, 0.38), (0.055, 0.44), (0.075, 0.47), (0.06, 0.48), (0.0, 0.46)]  # fmt: skip
        treasure.append(lathe(vase, at(0, c, 0), "snow"))  # a blue-and-white porcelain vase
        for y, r in ((0.06, 0.093), (0.3, 0.139), (0.4, 0.062)):
            treasure.append(torus(r, 0.009, at(0, c + y, 0), "plume"))
        band = [(0.14, 0.0), (0.153, 0.0), (0.153, 0.1), (0.14, 0.1)]  # its painted band
        treasure.append(lathe(band, at(0, c + 0.15, 0), "plume", closed=True))
    else:
        skull = reslot(bare_skull(), {0: "tooth"})
        treasure += [p.moved(at(0, c, 0) @ scl(0.42)) for p in skull]
    return parts + [replace(p, tag="contents") for p in treasure]


# ---- 669 walkie-talkie ------------------------------------------------------------------------


def _walkie_talkie(rng: Rng) -> list[Part]:
    """A walkie-talkie standing upright: a chunky rounded body, a big speaker grille of slots on
    its front under a small lit screen, a row of buttons, a long push-to-talk button on its
    side, a stubby rubber antenna and a ridged channel knob on top, a belt clip on its back."""
    W, H, D = 0.44, 0.9, 0.22
    parts = [slab(rrect_outline(W, H, 0.07), D, at(0, H / 2, 0), 0, "body")]
    for y, h in ((0.1, 0.2), (H - 0.06, 0.12)):  # rubber bumpers round its foot and top
        parts.append(slab(rrect_outline(W + 0.03, h, 0.04), D + 0.03, at(0, y, 0), "cloth-dark"))
    f = D / 2
    grille = at(0, 0.4, f)
    parts.append(slab(rrect_outline(0.34, 0.34, 0.05), 0.01, grille, "cloth-dark"))
    slots = [(0.0, -0.15 + 0.041 * k, 0.006) for k in range(8)]  # its slots
    parts.append(blocks(slots, (0.26, 0.014, 0.008), grille, "marking"))
    parts.append(box(0.26, 0.11, 0.012, at(0, 0.64, f), "cloth-dark"))  # the screen's bezel
    parts.append(box(0.22, 0.08, 0.014, at(0, 0.655, f), "rainbow-green"))
    parts += paint_text("16", at(0.05, 0.695, f + 0.008), 0.05, "marking", 0.2)
    for i in range(3):  # a row of buttons under the grille
        parts.append(box(0.07, 0.03, 0.02, at(-0.1 + 0.1 * i, 0.17, f), "cloth-dark"))
    side = at(W / 2, 0.55, 0) @ ZYX  # the push-to-talk button, long, on its side
    parts.append(slab(rrect_outline(0.1, 0.22, 0.04), 0.04, side, "cloth-dark"))
    parts.append(slab(rrect_outline(0.07, 0.18, 0.03), 0.05, side, 1))
    parts.append(box(0.03, 0.05, 0.08, at(W / 2, 0.32, 0), 1))
    # on top: the antenna at one corner, the knob and a lamp beside it
    parts.append(cylinder(0.05, 0.045, 0.08, at(0.1, H, 0), "cloth-dark"))
    parts.append(lathe([(0.045, 0.0), (0.03, 0.1), (0.026, 0.36), (0.03, 0.4), (0.0, 0.42)],
                       at(0.1, H + 0.08, 0), "cloth-dark"))  # fmt: skip
    knob = [(0.0, 0.0), (0.05, 0.0), (0.05, 0.08), (0.04, 0.09), (0.0, 0.09)]
    parts.append(lathe(knob, at(-0.1, H, 0), 1, shape=block_ring(14, 0.15, 0.0)))
    parts.append(sphere(0.018, at(-0.02, H + 0.005, 0.04), "rainbow-red"))
    parts.append(box(0.12, 0.42, 0.02, at(0, H * 0.42, -f - 0.04), 1))  # the belt clip
    parts.append(box(0.12, 0.05, 0.05, at(0, H * 0.82, -f - 0.03), 1))
    del rng
    return parts


# ---- 670 dog tags -----------------------------------------------------------------------------


def _beads(points, r: float, n: int, slot=0) -> Part:
    """A ball chain along a smooth curve through 3D points: n little balls on it joined by a
    thin wire, one sweep whose rings swell into each ball."""
    per = 4
    path = catmull_rom([tuple(p) for p in points], n * per + 1)
    t = np.arange(len(path)) % per
    prof = np.array([0.35, 0.8, 1.0, 0.8])[t] * r
    prof[[0, -1]] = 0.0
    shape = np.stack([np.cos(np.arange(6) * np.pi / 3), np.sin(np.arange(6) * np.pi / 3)], 1)
    sweep = Sweep(path, None, None, prof, shape, caps=(1, 1))
    return Part(lambda k: sweep, np.eye(4), slot)


def _dog_tag(m: np.ndarray, silencer: bool, rng: Rng, tag: str = "") -> list[Part]:
    """One dog tag lying in the xz plane under ``m``: a rounded rectangle of thin metal with a
    rolled rim and a hole at its left end, five lines of embossed print, maybe a black rubber
    silencer round its edge."""
    W, D = 0.56, 0.34

    def contours(n: int):
        return [rrect(W, D, 0.07, 5), disc((-W / 2 + 0.055, 0.0), 0.022, 8, cut=True)]

    flat = m @ rot("x", -90)  # the tag's outline in xz, its face up
    parts = [flat_solid(contours, 0.012, flat, 0, tag)]
    rim = [(0.93, 0.0), (1.0, 0.0), (1.0, 0.022), (0.93, 0.022)]
    if silencer:
        rim = [(0.96, -0.004), (1.04, -0.004), (1.04, 0.026), (0.96, 0.026)]
    parts.append(lathe(rim, m, "cloth-dark" if silencer else 0, closed=True,
                       shape=rrect(W, D, 0.07, 4)))  # fmt: skip
    rows = []
    for k in range(5):  # the embossed lines: words of capitals as raised bars
        x, end = -W / 2 + 0.12, W / 2 - 0.06 - 0.08 * rng.random()
        while x < end - 0.03:
            w = min(float(rng.uniform(0.05, 0.16)), end - x)
            rows.append((x, x + w, 0.11 - 0.055 * k))
            x += w + 0.025
    parts.append(lines(flat @ at(0, 0, 0.012), rows, 0.028, 0.006, 1))
    return parts


def _dog_tags(rng: Rng) -> list[Part]:
    """Military dog tags: two rounded-rectangle metal tags with embossed lines of name and
    number, one in a black rubber silencer, lying tangled on a long ball chain looped round
    them, a short chain joining one tag to it."""
    a = at(-0.14, 0.0, 0.12) @ rot("y", 16)
    b = at(0.2, 0.03, -0.1) @ rot("y", -12) @ rot("z", -5)
    parts = _dog_tag(a, False, rng, "body") + _dog_tag(b, True, rng)
    ha = pt(a, -0.225, 0.012, 0.0)
    hb = pt(b, -0.225, 0.02, 0.0)
    loop = [ha, ha + v3(-0.1, 0.01, 0.05), v3(-0.5, 0.012, 0.25), v3(-0.65, 0.012, -0.02),
            v3(-0.45, 0.012, -0.32), v3(0.0, 0.012, -0.38), v3(0.45, 0.012, -0.34),
            v3(0.62, 0.012, 0.0), v3(0.5, 0.012, 0.3), v3(0.1, 0.012, 0.4),
            ha + v3(0.05, 0.008, 0.12), ha]  # fmt: skip
    parts.append(_beads(loop, 0.015, 100, 0))
    short = [hb, hb + v3(-0.08, 0.0, 0.04), (hb + ha) / 2 + v3(0, 0.03, 0.05),
             ha + v3(0.06, 0.01, 0.01), ha]  # fmt: skip
    parts.append(_beads(short, 0.012, 20, 0))
    parts.append(cylinder(0.02, 0.02, 0.07, at(0.62, 0.02, -0.035) @ rot("x", 90), "steel"))
    return parts


# ---- 671 dinosaur skeleton --------------------------------------------------------------------


def _trex_skull(m: np.ndarray) -> list[Part]:
    """A tyrannosaur's skull side-on under ``m`` (snout toward +x, the back of its head at 0): a
    deep, narrow-snouted head with its openings right through it, a lower jaw hanging open,
    rows of big teeth."""
    big = 0.3  # a hole reaching right through the head
    head = [
        blob((0.1, 0.06, 0.0), (0.12, 0.11, 0.1)),  # the broad back of the head
        blob((0.3, 0.04, 0.0), (0.21, 0.08, 0.06), None, 0.06),  # the deep snout
        blob((0.06, -0.02, 0.0), (0.07, 0.06, 0.09), None, 0.03),  # the cheeks
        blob((0.14, 0.1, 0.0), (0.03, 0.036, big), None, -0.01),  # the eye socket
        blob((0.27, 0.05, 0.0), (0.07, 0.032, big), None, -0.01),  # the big opening before it
        blob((0.04, 0.07, 0.0), (0.026, 0.05, big), None, -0.01),  # the one behind it
        blob((0.44, 0.045, 0.0), (0.022, 0.014, big), None, -0.005),  # the nostril
        cut(1, -0.035, False, 0.01, (-0.1, -0.2, -0.2), (0.6, -0.035, 0.2)),
    ]
    parts = [solid(head, 0.019, 0).moved(m)]
    jaw_m = m @ at(0.03, -0.035, 0) @ rot("z", -16)
    jaw = [
        blob((0.2, -0.04, 0.0), (0.22, 0.04, 0.065)),
        blob((0.05, -0.04, 0.0), (0.06, 0.05, 0.075), None, 0.03),
        blob((0.1, -0.04, 0.0), (0.04, 0.018, big), None, -0.005),  # its opening
    ]
    parts.append(solid(jaw, 0.019, 0).moved(jaw_m))
    upper, lower = [], []
    for s in (-1, 1):
        for k in range(7):  # the upper teeth, pointing down
            x = 0.15 + 0.045 * k
            upper.append(m @ at(x, -0.03, s * (0.05 - 0.004 * k)) @ rot("x", 180))
        for k in range(6):  # the lower teeth, pointing up
            lower.append(jaw_m @ at(0.17 + 0.045 * k, -0.01, s * (0.045 - 0.004 * k)))
    teeth = [(pt(t, 0, 0, 0), pt(t, 0, 0.06, 0), 0.015, 0.0) for t in upper]
    teeth += [(pt(t, 0, 0, 0), pt(t, 0, 0.05, 0), 0.013, 0.0) for t in lower]
    parts.append(_pegs(teeth, "tooth", 4))
    return parts


def _pegs(segments, slot=0, sides: int = 4) -> Part:
    """Many straight pegs in one part (bones' spines, claws, teeth): for each (a, b, r0, r1) a
    ``sides``-sided prism from a (radius r0) to b (radius r1, 0 for a point), a pole closing
    each end, no faces joining one to the next."""
    t = np.arange(sides) * (2 * np.pi / sides) + np.pi / sides
    shape = np.stack([np.cos(t), np.sin(t)], 1)
    centres, us, vs, radii = [], [], [], []
    for a, b, r0, r1 in segments:
        a, b = np.asarray(a, float), np.asarray(b, float)
        d = (b - a) / max(float(np.linalg.norm(b - a)), 1e-9)
        ref = np.array([0.0, 0.0, 1.0]) if abs(d[2]) < 0.9 else np.array([1.0, 0.0, 0.0])
        u = np.cross(d, ref)
        u /= np.linalg.norm(u)
        v = np.cross(d, u)
        rings = [(a, 0.0), (a, r0), (b, r1)] + ([(b, 0.0)] if r1 > 0 else [])
        for c, r in rings:
            centres.append(c)
            us.append(u)
            vs.append(v)
            radii.append(r)
    sweep = Sweep(np.array(centres), np.array(us), np.array(vs), np.array(radii), shape)
    return Part(lambda k: sweep, np.eye(4), slot)


def _tubes(paths, radii, slot=0, shape: np.ndarray | None = None) -> Part:
    """Many curved tubes in one part (a rib cage): each a smooth curve through its 3D points,
    its radii tapering along it, a pole closing each end, all one sweep."""
    section = shape if shape is not None else disc((0.0, 0.0), 1.0, 6)
    centres, rr = [], []
    for pts, r in zip(paths, radii, strict=True):
        ctrl = np.asarray(pts, float)
        n = 4 * len(ctrl)
        path = catmull_rom([tuple(p) for p in ctrl], n)
        r = np.interp(np.linspace(0, 1, n), np.linspace(0, 1, len(ctrl)),
                      np.broadcast_to(np.asarray(r, float), (len(ctrl),)))  # fmt: skip
        centres += [path[:1], path, path[-1:]]
        rr += [[0.0], r, [0.0]]
    sweep = Sweep(np.concatenate(centres), None, None, np.concatenate(rr), section, caps=(1, 1))
    return Part(lambda k: sweep, np.eye(4), slot)


def _dinosaur_skeleton(rng: Rng) -> list[Part]:
    """A museum's tyrannosaur skeleton on a plinth: a huge skull with its jaw open on teeth, a
    long spine of vertebrae with their spines from the neck to the tip of the long tail, ribs
    hanging under its back, tiny arms, a big pelvis and two great walking legs with clawed
    feet, held up on black metal rods."""
    parts = [box(2.0, 0.12, 0.62, None, 1), box(2.06, 0.03, 0.68, None, 1)]
    y0 = 0.12
    spine = [(0.62, 1.0), (0.52, 0.92), (0.4, 0.94), (0.2, 1.0), (0.0, 1.04), (-0.2, 1.02),
             (-0.45, 0.94), (-0.7, 0.8), (-0.9, 0.62), (-1.05, 0.45)]  # fmt: skip
    path = catmull_rom(spine, 52)
    pts = np.stack([path[:, 0], path[:, 1] + y0, np.zeros(len(path))], 1)
    tang = np.gradient(pts, axis=0)
    tang /= np.linalg.norm(tang, axis=1, keepdims=True)
    up = np.stack([-tang[:, 1], tang[:, 0], np.zeros(len(pts))], 1)
    size = np.interp(np.arange(len(pts)), [0, 12, 25, 51], [0.035, 0.045, 0.045, 0.012])
    parts.append(tube([tuple(p) for p in pts[::4]], 0.014, slot=0, tag="body"))  # the cord
    for big in (True, False):  # the vertebrae: discs along it, big ones first
        sel = [i for i in range(len(pts)) if (size[i] > 0.03) == big]
        parts.append(studs(pts[sel], tang[sel], 0.045 if big else 0.026, 0.03, 0, 8))
    bits = []  # the spines on top, shorter down the tail, and chevrons under the tail
    for i in range(3, 48, 2):
        bits.append((pts[i], pts[i] + up[i] * float(size[i]) * 2.4 + v3(-0.02, 0, 0), 0.012,
                     0.006))  # fmt: skip
    for i in range(30, 50, 2):
        bits.append((pts[i], pts[i] - up[i] * float(size[i]) * 1.8, 0.008, 0.004))
    parts.append(_pegs(bits, 0, 4))
    # the ribs, curving down and round from the back
    five = np.stack([np.cos(np.arange(5) * 2 * np.pi / 5), np.sin(np.arange(5) * 2 * np.pi / 5)],
                    1)  # fmt: skip
    ribs = []
    for i in range(13, 24):
        p = pts[i]
        depth = 0.44 - 0.02 * abs(i - 17)
        for s in (-1, 1):
            ribs.append([p, p + v3(0.0, -0.02, s * 0.13), p + v3(0.04, -depth * 0.5, s * 0.17),
                         p + v3(0.09, -depth, s * 0.03)])  # fmt: skip
    parts.append(_tubes(ribs, [[0.012, 0.013, 0.011, 0.006]] * len(ribs), 0, five))
    parts += _trex_skull(at(0.55, 1.04 + y0, 0) @ rot("z", -8))
    # the pelvis: a long blade over the hips, the pubis reaching down to its boot
    hip = v3(-0.08, 0.98 + y0, 0)
    claws, bones = [], []
    for s in (-1, 1):
        blade = [(-0.22, 0.0), (-0.1, 0.08), (0.12, 0.09), (0.22, 0.0), (0.1, -0.06),
                 (-0.12, -0.06)]  # fmt: skip
        parts.append(slab(blade, 0.035, at(*(hip + v3(0, -0.04, s * 0.09))), 0))
        bones.append(([hip + v3(0.02, -0.08, s * 0.07), hip + v3(0.12, -0.3, s * 0.05),
                       hip + v3(0.17, -0.42, s * 0.03)], 0.024))  # the pubis  # fmt: skip
        claws.append((hip + v3(0.08, -0.45, s * 0.03), hip + v3(0.3, -0.44, s * 0.03), 0.03, 0.02))
        claws.append((hip + v3(-0.05, -0.1, s * 0.07), hip + v3(-0.18, -0.36, s * 0.04), 0.02,
                      0.008))  # the ischium  # fmt: skip
    # the legs, one striding ahead, clawed toes on each foot
    for s, stride in ((1, 0.12), (-1, -0.1)):
        z = s * 0.15
        top = hip + v3(0.0, -0.08, z)
        knee = v3(hip[0] + 0.12 + stride, y0 + 0.52, z)
        ankle = v3(hip[0] - 0.04 + stride * 1.4, y0 + 0.18, z)
        foot = v3(ankle[0] + 0.08, y0 + 0.035, z)
        bones.append(([top, (top + knee) / 2 + v3(0.03, 0, 0), knee], [0.07, 0.045, 0.06]))
        bones.append(([knee, (knee + ankle) / 2, ankle], [0.05, 0.032, 0.038]))
        claws.append((ankle, foot, 0.034, 0.028))
        for k in (-1, 0, 1):
            toe = foot + v3(0.15 - 0.03 * abs(k), -0.01, k * 0.055)
            claws.append((foot, toe, 0.024, 0.016))
            claws.append((toe, toe + v3(0.05, -0.02, 0.0), 0.016, 0.0))
    # the tiny arms, two claws each
    for s in (-1, 1):
        sh = pts[14] + v3(0.05, -0.2, s * 0.13)
        el = sh + v3(0.05, -0.11, s * 0.02)
        wr = el + v3(0.09, 0.01, 0.0)
        claws += [(sh, el, 0.016, 0.013), (el, wr, 0.013, 0.011)]
        claws += [(wr, wr + v3(0.05, -0.03, k * 0.015), 0.008, 0.0) for k in (-1, 1)]
    parts.append(_pegs(claws, 0, 6))
    parts.append(_tubes([b for b, _ in bones], [r for _, r in bones], 0, disc((0, 0), 1.0, 8)))
    # the rods holding it up
    rods = [((x, y0, 0.0), (x, float(pts[i][1]) - 0.03, 0.0), 0.012, 0.012)
            for x, i in ((0.5, 3), (0.12, 15), (-0.55, 32))]  # fmt: skip
    parts.append(_pegs(rods, "cloth-dark", 8))
    del rng
    return parts


MORE_APPLIANCES_ZI = {
    660: _control_panel, 661: _solar_panel, 662: _torch_sconce, 663: _mixing_desk,
    664: _quiver, 665: _price_tag, 666: _cereal_box, 667: _milk_carton, 668: _display_case,
    669: _walkie_talkie, 670: _dog_tags, 671: _dinosaur_skeleton,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
