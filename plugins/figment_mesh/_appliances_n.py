"""More of the device family's appliances, from 408: a camera, a desktop computer, a
television, a revolver, a hunting rifle, a framed painting, a swimming pool, a pair of
curtains, a dinner fork, a table spoon, a microwave oven and a writing desk.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ._families_a import stick
from ._geometry import Part, Sweep, at, rot, scl, segs
from ._kit import (
    ALONG_X,
    ALONG_Z,
    blocks,
    chair,
    ellipse,
    landscape,
    readout,
    rect_ring,
    rrect_outline,
    swept,
)
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import gear, leaf, sharp

__all__ = ["MORE_APPLIANCES_N"]

Rng = np.random.Generator

_FLAT = rot("x", -90)
"""Lays an outline drawn in xy flat on the ground (its +y toward -z, its depth up)."""


# ---- 408 camera ------------------------------------------------------------------------------


def _camera(rng: Rng) -> list[Part]:
    """A classic camera: a body banded in black leatherette, a ribbed grip, a big lens barrel
    with a knurled focus ring and dark glass, the viewfinder's hump on top, the shutter button
    and dials, strap lugs with the strap lying behind."""
    W, H, D = 1.0, 0.56, 0.34
    parts = [slab(rrect_outline(W, H, 0.07), D, at(0, H / 2, 0), 0, "body")]
    parts.append(box(W + 0.012, 0.3, D + 0.012, at(0, 0.13, 0), "cloth-dark"))  # leatherette
    gx = -W / 2 + 0.13  # the grip, under the right hand (the viewer's left)
    parts.append(
        slab(rrect_outline(0.2, 0.46, 0.08), 0.1, at(gx, 0.27, D / 2 + 0.04), "cloth-dark")
    )
    for k in range(6):
        x = gx - 0.07 + 0.028 * k
        parts.append(cylinder(0.011, 0.011, 0.36, at(x, 0.09, D / 2 + 0.09), "cloth-dark"))
    lx, ly = 0.07, H / 2 - 0.01
    length = float(rng.uniform(0.34, 0.42))
    lens = at(lx, ly, D / 2) @ ALONG_Z
    parts.append(cylinder(0.235, 0.235, 0.05, lens, 1))  # the mount
    parts.append(cylinder(0.2, 0.21, length, lens @ at(0, 0.05, 0), 0))  # the barrel
    z = D / 2 + 0.05
    parts.append(slab(gear(22, 0.14), 0.11, at(lx, ly, z + 0.1) @ scl(0.225), "cloth-dark"))
    parts.append(cylinder(0.215, 0.215, 0.03, lens @ at(0, 0.05 + length * 0.3, 0), 1))
    front = at(lx, ly, z + length)
    parts.append(torus(0.2, 0.022, front @ ALONG_Z, 1))  # the front rim
    parts.append(lathe([(0.0, 0.0), (0.19, 0.0), (0.15, 0.035), (0.0, 0.05)], front @ ALONG_Z,
                       "window"))  # fmt: skip
    parts.append(torus(0.165, 0.01, front @ at(0, 0, 0.012) @ ALONG_Z, "marking"))
    hump = [(-0.21, 0.0), (0.21, 0.0), (0.12, 0.19), (-0.12, 0.19)]
    parts.append(slab(sharp(hump), 0.28, at(lx, H - 0.02, -0.02), 0))  # the viewfinder
    parts.append(box(0.14, 0.035, 0.01, at(lx, H + 0.08, 0.12) @ rot("x", 25), "snow"))  # logo
    parts.append(box(0.12, 0.1, 0.06, at(lx, H + 0.02, -D / 2 - 0.03), "cloth-dark"))  # eyepiece
    parts.append(cylinder(0.045, 0.045, 0.04, at(-0.37, H - 0.01, 0.06), 1))  # shutter button
    parts.append(cylinder(0.022, 0.022, 0.03, at(-0.37, H + 0.03, 0.06), 1))
    dial = at(-0.2, H + 0.015, 0.0) @ rot("x", -90) @ scl(0.075, 0.075, 1.0)
    parts.append(slab(gear(12, 0.15), 0.04, dial, 1))
    parts.append(cylinder(0.06, 0.06, 0.05, at(0.36, H - 0.01, 0.0), 1))  # the rewind knob
    parts.append(box(0.16, 0.015, 0.04, at(-0.26, H + 0.04, -0.08) @ rot("y", 20), 1))  # lever
    for s in (-1, 1):  # strap lugs and their rings
        parts.append(box(0.04, 0.05, 0.04, at(s * (W / 2 + 0.015), H - 0.14, 0), 1))
        parts.append(torus(0.04, 0.009, at(s * (W / 2 + 0.05), H - 0.14, 0) @ rot("z", 90), 1))
    x = W / 2  # the strap, from lug to lug, lying on the ground behind
    strap = [(-x - 0.05, H - 0.18, 0.0), (-x - 0.07, 0.2, -0.06), (-x - 0.06, 0.025, -0.25),
             (-0.2, 0.025, -0.5), (0.3, 0.025, -0.48), (x + 0.06, 0.025, -0.25),
             (x + 0.07, 0.2, -0.06), (x + 0.05, H - 0.18, 0.0)]  # fmt: skip
    parts.append(tube(strap, 0.022, slot="cloth-dark"))
    return parts


# ---- 409 desktop computer --------------------------------------------------------------------


def _desktop(rng: Rng) -> list[Part]:
    """A desktop computer: a monitor on its stand showing a lit desktop (windows, a taskbar),
    a keyboard and a mouse on its pad in front, the tower case standing beside it with its
    drive bays and glowing power button."""
    mz = -0.22
    parts = [slab(rrect_outline(0.4, 0.26, 0.06), 0.03, at(0, 0.015, mz) @ _FLAT, 0)]
    parts.append(box(0.08, 0.44, 0.04, at(0, 0.02, mz - 0.04), 0))  # the neck
    y0, SW, SH = 0.42, 1.0, 0.62
    parts.append(slab(rrect_outline(SW, SH, 0.03), 0.05, at(0, y0 + SH / 2, mz), 0, "body"))
    parts.append(box(0.6, 0.36, 0.06, at(0, y0 + 0.12, mz - 0.05), 0))  # its back
    scr = at(0, y0 + 0.06, mz + 0.026)
    parts.append(box(SW - 0.06, SH - 0.1, 0.004, scr, "rainbow-blue"))
    parts.append(box(SW - 0.06, 0.035, 0.003, scr @ at(0, 0.0, 0.003), "cloth-dark"))  # taskbar
    for k, (x, y, w, h) in enumerate(((-0.12, 0.14, 0.44, 0.3), (0.2, 0.08, 0.34, 0.24))):
        win = scr @ at(x, y, 0.004 + 0.002 * k)
        parts.append(box(w, h, 0.002, win, "sheet"))
        parts.append(box(w, 0.035, 0.003, win @ at(0, h - 0.035, 0), "plume"))  # title bar
    icons = [(-0.41, 0.36 - 0.09 * k, 0.004) for k in range(3)]  # icons down the left
    parts.append(blocks(icons, (0.05, 0.05, 0.003), scr, "fruit-yellow"))
    parts.append(sphere(0.008, at(0.44, y0 + 0.025, mz + 0.026), "glow"))
    kb = at(0, 0.01, 0.22) @ rot("x", 4)  # the keyboard
    parts.append(box(0.82, 0.03, 0.27, kb, 0))
    keys = [(-0.36 + 0.06 * k, 0.03, -0.09 + 0.055 * row) for row in range(4) for k in range(13)]
    parts.append(blocks(keys, (0.045, 0.018, 0.045), kb, 1))
    parts.append(box(0.36, 0.018, 0.045, kb @ at(0, 0.03, 0.11), 1))  # the space bar
    parts.append(box(0.28, 0.006, 0.24, at(0.62, 0, 0.24), "cloth-dark"))  # the mouse pad
    parts.append(sphere(1.0, at(0.62, 0.04, 0.24) @ scl(0.065, 0.035, 0.1), 0))  # the mouse
    parts.append(box(0.004, 0.01, 0.07, at(0.62, 0.066, 0.2), "marking"))
    cable = [(0.62, 0.03, 0.14), (0.6, 0.012, 0.0), (0.4, 0.012, -0.15), (0.15, 0.012, -0.3)]
    parts.append(tube(cable, 0.008, slot="cloth-dark"))
    tx, tz = -0.8, -0.12  # the tower
    parts.append(box(0.27, 0.68, 0.6, at(tx, 0.02, tz), 0))
    front = tz + 0.3
    for k in range(2):  # drive bays
        parts.append(box(0.2, 0.05, 0.01, at(tx, 0.56 - 0.07 * k, front), 1))
    parts.append(box(0.08, 0.008, 0.004, at(tx, 0.58, front + 0.008), "marking"))
    parts.append(cylinder(0.028, 0.028, 0.012, at(tx, 0.38, front) @ ALONG_Z, 1))
    parts.append(cylinder(0.016, 0.016, 0.016, at(tx, 0.38, front) @ ALONG_Z, "glow"))
    vents = [(tx, 0.1 + 0.035 * k, front) for k in range(6)]
    parts.append(blocks(vents, (0.18, 0.012, 0.006), None, "marking"))
    feet = [(tx + sx * 0.1, 0.0, tz + sz * 0.25) for sx in (-1, 1) for sz in (-1, 1)]
    parts.append(blocks(feet, (0.04, 0.02, 0.04), None, "cloth-dark"))
    del rng
    return parts


# ---- 410 television --------------------------------------------------------------------------


def _television(rng: Rng) -> list[Part]:
    """A flat-screen television on two feet: a thin bezel round a bright picture of a sunny
    landscape (sky, sun, a cloud, green hills, a tree), a little logo and a red standby
    light under it."""
    W, H, T, y0 = 1.6, 0.92, 0.06, 0.13
    parts = [slab(rrect_outline(W, H, 0.02), T, at(0, y0 + H / 2, 0), 0, "body")]
    parts.append(box(W * 0.6, H * 0.55, 0.07, at(0, y0 + 0.18, -T / 2 - 0.03), 0))  # its back
    sw, sh = W - 0.06, H - 0.08
    parts += landscape(at(0, y0 + 0.05, T / 2 + 0.001), sw, sh, True)
    parts.append(box(0.1, 0.018, 0.006, at(0, y0 + 0.016, T / 2), "steel"))  # the logo
    parts.append(sphere(0.008, at(W / 2 - 0.08, y0 + 0.025, T / 2), "card-red"))
    for s in (-1, 1):  # the feet
        foot = at(s * (W / 2 - 0.2), 0, 0) @ rot("y", 90)
        blade = [(-0.2, 0.0), (0.2, 0.0), (0.03, y0 + 0.03), (-0.03, y0 + 0.03)]
        parts.append(slab(sharp(blade), 0.035, foot, 0))
    del rng
    return parts


# ---- 411 revolver ----------------------------------------------------------------------------


def _fluted(chambers: int, n: int = 48) -> np.ndarray:
    """A revolver cylinder's cross-section: a circle grooved between its chambers."""
    t = np.arange(n) * (2 * np.pi / n)
    groove = np.clip(np.cos(chambers * (t - np.pi) + np.pi), 0.0, 1.0) ** 6
    r = 1.0 - 0.14 * groove
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _shrunk(points, k: float) -> np.ndarray:
    """Points drawn toward their centroid by the factor k."""
    p = np.asarray(points, dtype=float)
    c = p.mean(0)
    return c + (p - c) * k


def _revolver(rng: Rng) -> list[Part]:
    """A revolver held in profile on a small display stand: a long barrel with its sight and
    ejector rod, a fluted cylinder showing its six chambers, the frame, the cocking hammer's
    spur, the trigger in its guard and a wooden grip."""
    tilt = float(rng.uniform(-3.0, 5.0))
    g = at(0.0, 0.64, 0) @ rot("z", tilt)
    drum = [(0.0, 0.0), (0.125, 0.0), (0.14, 0.02), (0.14, 0.22), (0.125, 0.24), (0.0, 0.24)]
    parts = [lathe(drum, g @ at(-0.12, 0, 0) @ ALONG_X, 0, "body", shape=_fluted(6))]
    for k in range(6):  # the chambers' mouths
        a = np.radians(60 * k)
        c = g @ at(0.118, 0.085 * np.cos(a), 0.085 * np.sin(a)) @ ALONG_X
        parts.append(cylinder(0.03, 0.03, 0.012, c, "pupil"))
    parts.append(cylinder(0.045, 0.045, 0.6, g @ at(0.12, 0.085, 0) @ ALONG_X, 0))  # barrel
    parts.append(box(0.6, 0.03, 0.035, g @ at(0.42, 0.1, 0), 0))  # its rib
    parts.append(cylinder(0.022, 0.022, 0.012, g @ at(0.715, 0.085, 0) @ ALONG_X, "pupil"))
    parts.append(slab(sharp([(0.0, 0.0), (0.05, 0.0), (0.045, 0.04), (0.02, 0.045)]), 0.015,
                      g @ at(0.64, 0.125, 0), 0))  # the front sight # fmt: skip
    parts.append(cylinder(0.024, 0.024, 0.34, g @ at(0.12, 0.015, 0) @ ALONG_X, 0))  # rod
    parts.append(box(0.36, 0.045, 0.075, g @ at(-0.03, 0.135, 0), 0))  # the top strap
    parts.append(box(0.34, 0.07, 0.08, g @ at(-0.02, -0.2, 0), 0))  # below the cylinder
    parts.append(box(0.05, 0.3, 0.085, g @ at(0.15, -0.2, 0), 0))  # in front of it
    parts.append(slab(sharp([(-0.2, -0.2), (-0.12, -0.2), (-0.12, 0.16), (-0.2, 0.12)]),
                      0.09, g, 0))  # the recoil shield # fmt: skip
    hammer = [(-0.15, 0.06), (-0.15, 0.14), (-0.23, 0.21), (-0.32, 0.23), (-0.27, 0.12),
              (-0.21, 0.05)]  # fmt: skip
    parts.append(slab(sharp(hammer), 0.045, g, 0))
    grip = [(-0.14, -0.17), (-0.2, -0.34), (-0.26, -0.52), (-0.31, -0.57), (-0.4, -0.56),
            (-0.44, -0.49), (-0.38, -0.24), (-0.3, -0.04), (-0.22, 0.05),
            (-0.15, -0.02)]  # fmt: skip
    parts.append(slab(grip, 0.085, g, 0))  # the grip frame
    parts.append(slab([tuple(p) for p in _shrunk(grip, 0.88)], 0.12, g @ at(-0.012, -0.02, 0), 1))
    parts.append(cylinder(0.018, 0.018, 0.13, g @ at(-0.3, -0.28, -0.065) @ ALONG_Z, "steel"))
    guard = [(0.07, -0.23, 0.0), (0.05, -0.33, 0.0), (-0.03, -0.37, 0.0), (-0.11, -0.33, 0.0),
             (-0.16, -0.24, 0.0)]  # fmt: skip
    parts.append(tube(guard, 0.016, g, 0))
    trigger = [(-0.01, -0.22, 0.0), (-0.03, -0.28, 0.0), (-0.07, -0.31, 0.0)]
    parts.append(tube(trigger, [0.02, 0.015, 0.01], g, 0, shape=ellipse(1.0, 0.6)))
    parts.append(box(1.2, 0.06, 0.42, at(0.1, 0, 0), 1))  # the stand
    parts.append(box(1.24, 0.02, 0.46, at(0.1, 0, 0), 1))
    for x, y in ((0.45, 0.04), (-0.02, -0.235)):  # pegs up to the barrel and the frame
        p = (g @ np.array([x, y, 0.0, 1.0]))[:3]
        parts.append(stick((p[0], 0.06, 0.0), (p[0], p[1], 0.0), 0.018, "steel"))
    return parts


# ---- 412 rifle -------------------------------------------------------------------------------


def _rifle(rng: Rng) -> list[Part]:
    """A hunting rifle resting on two forked stands: a wooden stock with its butt pad and
    pistol grip, the long barrel, the bolt handle, the trigger in its guard, a telescopic
    sight on top and a leather sling hanging beneath."""
    tilt = float(rng.uniform(-2.0, 3.0))
    g = at(0.0, 0.56, 0) @ rot("z", tilt)
    butt = [(-1.0, -0.27), (-1.0, 0.0), (-0.92, 0.02), (-0.5, -0.01), (-0.42, -0.05),
            (-0.42, -0.13), (-0.55, -0.15), (-0.9, -0.27)]  # fmt: skip
    parts = [slab(butt, 0.085, g, 0, "body")]
    parts.append(slab(sharp([(-0.48, -0.02), (-0.3, -0.02), (-0.31, -0.1), (-0.36, -0.21),
                                (-0.43, -0.22), (-0.47, -0.11)]), 0.075, g, 0))  # fmt: skip
    parts.append(slab(rrect_outline(0.78, 0.085, 0.04), 0.075, g @ at(0.08, -0.045, 0), 0))
    parts.append(box(0.035, 0.28, 0.09, g @ at(-1.015, -0.275, 0), "cloth-dark"))  # butt pad
    parts.append(cylinder(0.038, 0.038, 0.48, g @ at(-0.46, 0, 0) @ ALONG_X, 1))  # receiver
    parts.append(cylinder(0.026, 0.019, 0.98, g @ at(0.02, 0, 0) @ ALONG_X, 1))  # barrel
    parts.append(cylinder(0.012, 0.012, 0.008, g @ at(0.998, 0, 0) @ ALONG_X, "pupil"))
    parts.append(box(0.01, 0.03, 0.012, g @ at(0.97, 0.015, 0), 1))  # the front sight
    bolt = [(-0.36, 0.01, 0.03), (-0.37, 0.0, 0.1), (-0.39, -0.05, 0.14)]
    parts.append(tube(bolt, 0.013, g, 1))  # the bolt handle
    parts.append(sphere(0.028, g @ at(-0.39, -0.06, 0.145), 1))
    guard = [(-0.14, -0.08, 0.0), (-0.16, -0.15, 0.0), (-0.23, -0.17, 0.0), (-0.3, -0.13, 0.0),
             (-0.31, -0.07, 0.0)]  # fmt: skip
    parts.append(tube(guard, 0.011, g, 1))
    parts.append(tube([(-0.2, -0.05, 0.0), (-0.21, -0.1, 0.0), (-0.24, -0.13, 0.0)],
                      [0.012, 0.01, 0.007], g, 1))  # the trigger # fmt: skip
    scope = [(0.0, 0.0), (0.046, 0.0), (0.048, 0.03), (0.044, 0.09), (0.027, 0.14),
             (0.027, 0.44), (0.04, 0.5), (0.054, 0.58), (0.054, 0.64), (0.0, 0.64)]  # fmt: skip
    sy = 0.115
    parts.append(lathe(scope, g @ at(-0.52, sy, 0) @ ALONG_X, 1))
    parts.append(cylinder(0.026, 0.026, 0.045, g @ at(-0.2, sy + 0.02, 0), 1))  # turrets
    parts.append(cylinder(0.024, 0.024, 0.045, g @ at(-0.2, sy, 0.02) @ ALONG_Z, 1))
    for x, r in ((-0.525, 0.04), (0.123, 0.049)):  # its lenses
        parts.append(cylinder(r, r, 0.006, g @ at(x, sy, 0) @ ALONG_X, "window"))
    for x in (-0.36, -0.02):  # its mounts
        parts.append(box(0.035, sy - 0.03, 0.04, g @ at(x, 0.02, 0), 1))
    sling = [(-0.78, -0.22, 0.05), (-0.55, -0.36, 0.06), (-0.2, -0.42, 0.06), (0.12, -0.34, 0.06),
             (0.36, -0.12, 0.05)]  # fmt: skip
    parts.append(tube(sling, 0.03, g, "cloth-dark", shape=ellipse(0.25, 1.0)))
    for x, y in ((-0.78, -0.21), (0.36, -0.1)):  # sling swivels
        parts.append(torus(0.022, 0.006, g @ at(x, y, 0.04) @ rot("x", 90), "steel"))
    for x, y in ((-0.66, -0.2), (0.3, -0.09)):  # the stands
        p = (g @ np.array([x, y, 0.0, 1.0]))[:3]
        parts.append(cylinder(0.12, 0.13, 0.04, at(p[0], 0, 0), 2))
        parts.append(stick((p[0], 0.04, 0.0), (p[0], p[1] - 0.06, 0.0), 0.022, 2))
        for s in (-1, 1):
            parts.append(stick((p[0], p[1] - 0.07, 0.0), (p[0], p[1] + 0.03, s * 0.09), 0.015, 2))
    return parts


# ---- 413 painting ----------------------------------------------------------------------------


def _painting(rng: Rng) -> list[Part]:
    """A framed painting on a small easel: a carved gilt frame (mouldings, a row of beads,
    leafy ornaments at its corners and a crest on top) round a canvas painted with a
    landscape: sky, sun, a cloud, hills and a tree."""
    parts = [
        stick((-0.42, 0.02, 0.16), (-0.06, 1.62, -0.06), 0.026, 1),
        stick((0.42, 0.02, 0.16), (0.06, 1.62, -0.06), 0.026, 1),
        stick((0.0, 1.45, -0.09), (0.0, 0.02, -0.62), 0.024, 1),
        box(0.92, 0.04, 0.12, at(0, 0.47, 0.1), 1),  # the ledge
        box(0.92, 0.06, 0.02, at(0, 0.47, 0.16), 1),
    ]
    W, H, bw, d = 1.0, 0.8, 0.1, 0.07
    pm = at(0, 0.51, 0.12) @ rot("x", -9)
    ring = pm @ at(0, H / 2, -d / 2) @ rot("x", 90)
    parts.append(replace(rect_ring(W, H, bw, d, ring, 0), tag="body"))  # three stepped mouldings
    parts.append(rect_ring(W - 0.03, H - 0.03, 0.05, d + 0.025, ring, 0))
    parts.append(rect_ring(W - 2 * bw + 0.03, H - 2 * bw + 0.03, 0.02, d + 0.02, ring, 2))
    iw, ih = W - 2 * bw, H - 2 * bw
    parts += landscape(pm @ at(0, bw, 0.005), iw + 0.01, ih + 0.01, False)
    beads = [((k + 0.5) / 11 - 0.5) * (W - 0.14) for k in range(11)]  # along the mouldings
    for y in (0.04, H - 0.04):
        feet = [(x, y - 0.014, d / 2 + 0.028) for x in beads]
        parts.append(blocks(feet, (0.024, 0.028, 0.024), pm, 0))
    beads = [H / 2 + ((k + 0.5) / 8 - 0.5) * (H - 0.14) for k in range(8)]
    for x in (-(W / 2 - 0.04), W / 2 - 0.04):
        feet = [(x, y - 0.014, d / 2 + 0.028) for y in beads]
        parts.append(blocks(feet, (0.024, 0.028, 0.024), pm, 0))
    for sx in (-1, 1):
        for sy in (0, 1):  # leafy ornaments at the corners
            c = pm @ at(sx * (W / 2 - 0.045), 0.045 + sy * (H - 0.09), d / 2 + 0.03)
            turn = {(-1, 0): 135, (1, 0): 225, (-1, 1): 45, (1, 1): -45}[(sx, sy)]
            parts.append(slab(leaf(0.5), 0.03, c @ rot("z", turn) @ scl(0.07), 0))
            parts.append(sphere(0.022, c, 0))
    crest = pm @ at(0, H + 0.04, 0.0)  # the crest on top: a fan of leaves
    for a in (-50, -25, 0, 25, 50):
        parts.append(slab(leaf(0.45), 0.03, crest @ rot("z", a) @ at(0, 0.06, 0) @ scl(0.06), 0))
    parts.append(sphere(0.03, crest, 0))
    parts.append(box(0.2, 0.05, 0.05, at(0, 1.36, -0.03), 1))  # the easel's top clamp
    del rng
    return parts


# ---- 414 swimming pool -----------------------------------------------------------------------


def _seams(x0: float, x1: float, z0: float, z1: float, y: float, step: float) -> list[Part]:
    """The joints of paving slabs over the rectangle x0..x1 by z0..z1 at height y: two parts,
    the joints across x and those across z."""
    xs = np.arange(x0 + step, x1 - 0.01, step)
    zs = np.arange(z0 + step, z1 - 0.01, step)
    parts = []
    if len(xs):
        feet = [(x, y, (z0 + z1) / 2) for x in xs]
        parts.append(blocks(feet, (0.008, 0.003, z1 - z0), None, "marking"))
    if len(zs):
        feet = [((x0 + x1) / 2, y, z) for z in zs]
        parts.append(blocks(feet, (x1 - x0, 0.003, 0.008), None, "marking"))
    return parts


def _pool(rng: Rng) -> list[Part]:
    """A swimming pool: a rectangle of blue water sunk in a paved surround with a coping
    round its edge, lane ropes of floats along it, a steel ladder with curved rails at one
    end and a diving board at the other."""
    X, Z, px, pz, Hd = 1.9, 1.24, 1.4, 0.78, 0.12
    bz, bx = (Z - pz) / 2, (X - px) / 2
    parts = [box(X, Hd, bz, at(0, 0, (Z - bz) / 2), 0, "body")]
    parts.append(box(X, Hd, bz, at(0, 0, -(Z - bz) / 2), 0))
    for s in (-1, 1):
        parts.append(box(bx, Hd, pz, at(s * (X - bx) / 2, 0, 0), 0))
    y = Hd + 0.001
    parts += _seams(-X / 2, X / 2, pz / 2, Z / 2, y, 0.22)
    parts += _seams(-X / 2, X / 2, -Z / 2, -pz / 2, y, 0.22)
    for a, b in ((-X / 2, -px / 2), (px / 2, X / 2)):
        parts += _seams(a, b, -pz / 2, pz / 2, y, 0.22)
    c, t = 0.08, 0.025  # the coping, overhanging the water a little
    for s in (-1, 1):
        parts.append(box(px + 2 * c, t, c, at(0, Hd, s * (pz / 2 + c / 2 - 0.015)), 3))
        parts.append(box(c, t, pz + 2 * c, at(s * (px / 2 + c / 2 - 0.015), Hd, 0), 3))
    water = Hd - 0.035
    parts.append(box(px, water, pz, None, "plume"))  # the water, deep blue
    for s in (-1, 1):  # a band of tiles round it at the waterline
        parts.append(box(px, 0.03, 0.01, at(0, water - 0.005, s * (pz / 2 - 0.005)), "sheet"))
        parts.append(box(0.01, 0.03, pz, at(s * (px / 2 - 0.005), water - 0.005, 0), "sheet"))
    for x, z, r in ((-0.35, 0.2, 0.1), (0.2, -0.22, 0.12), (0.4, 0.18, 0.07)):
        ripple = at(x, water, z) @ scl(1.0, 0.3, 0.6)  # ripples catching the light
        parts.append(torus(r, 0.005, ripple, "rain"))
    for z in (-pz / 6, pz / 6):  # the lane ropes
        parts.append(stick((-px / 2, water, z), (px / 2, water, z), 0.006, "snow"))
        for odd in (0, 1):  # its floats, red and white by turns
            floats = [(-px / 2 + 0.06 + (px - 0.12) * k / 12, water - 0.018, z)
                      for k in range(odd, 13, 2)]  # fmt: skip
            parts.append(blocks(floats, (0.05, 0.036, 0.036), None, "card-red" if odd else "snow"))
    lx = px / 2  # the ladder at the right-hand end
    for z in (-0.12, 0.12):
        rail = [(lx + 0.14, Hd, z), (lx + 0.13, Hd + 0.24, z), (lx + 0.06, Hd + 0.32, z),
                (lx - 0.01, Hd + 0.22, z), (lx - 0.03, Hd, z), (lx - 0.04, 0.03, z)]  # fmt: skip
        parts.append(tube(rail, 0.016, slot="steel"))
    for k in range(3):
        parts.append(box(0.05, 0.012, 0.24, at(lx - 0.055, Hd - 0.03 - 0.04 * k, 0), "steel"))
    x0 = -X / 2 + 0.1  # the diving board at the left-hand end
    parts.append(box(0.22, 0.1, 0.22, at(x0 + 0.1, Hd, 0), 1))
    board = at(x0 + 0.02, Hd + 0.1, 0) @ rot("z", 3)
    parts.append(box(0.8, 0.03, 0.18, board @ at(0.4, 0, 0), 1))
    parts.append(box(0.66, 0.004, 0.15, board @ at(0.44, 0.03, 0), "cloth-dark"))
    del rng
    return parts


# ---- 415 curtains ----------------------------------------------------------------------------


def _drape(rows, folds: int, slot=0, tag: str = "") -> Part:
    """A curtain hanging in ``folds`` deep folds through ``rows`` (y, centre x, half-width,
    fold depth, z), top to bottom: a sheet of cloth rippled across, smoothed between the rows
    (narrow rows gather it, as a tie-back does)."""
    ctrl = np.asarray(rows, dtype=float)

    def gen(k: float) -> Sweep:
        sx = np.linspace(-1.0, 1.0, segs(k, 8, 3) * folds + 1)
        wave = np.sin(np.pi * folds * (sx + 1.0))
        front = np.stack([sx, wave + 0.14], 1)
        back = np.stack([sx[::-1], wave[::-1] - 0.14], 1)
        shape = np.concatenate([front, back])
        n = segs(k, 22, 5)
        r = catmull_rom(ctrl, n)
        centres = np.stack([r[:, 1], r[:, 0], r[:, 4]], 1)
        centres = np.concatenate([centres[:1], centres, centres[-1:]])
        u = np.zeros((n + 2, 3))
        v = np.zeros((n + 2, 3))
        u[1:-1, 0] = r[:, 2]
        v[1:-1, 2] = r[:, 3]
        u[[0, -1]], v[[0, -1]] = u[[1, -2]], v[[1, -2]]
        radii = np.ones(n + 2)
        radii[[0, -1]] = 0.0
        return Sweep(centres, u, v, radii, shape)

    return swept(gen, slot, tag)


def _curtains(rng: Rng) -> list[Part]:
    """A pair of long curtains on a rod: rings along the rod, the left curtain hanging straight
    in deep folds to the floor, the right one drawn aside and gathered by a tie-back with a
    tassel, flaring out below to its hem on the floor."""
    top, rod = 1.8, 1.86
    tie = float(rng.uniform(0.72, 0.82))
    parts = [_drape([(top, -0.42, 0.3, 0.035, 0.0), (1.0, -0.42, 0.31, 0.04, 0.0),
                     (0.0, -0.42, 0.34, 0.045, 0.02)], 5, 0, "body")]  # fmt: skip
    parts.append(_drape([(top, 0.4, 0.3, 0.035, 0.0), (1.45, 0.48, 0.22, 0.04, 0.0),
                         (tie + 0.25, 0.58, 0.1, 0.05, 0.0), (tie, 0.6, 0.065, 0.055, 0.0),
                         (tie - 0.2, 0.58, 0.1, 0.055, 0.0), (0.3, 0.54, 0.17, 0.05, 0.0),
                         (0.0, 0.53, 0.2, 0.05, 0.03)], 5, 0))  # fmt: skip
    parts.append(tube([(-0.88, rod, 0.0), (0.88, rod, 0.0)], 0.022, slot=1))  # the rod
    for s in (-1, 1):
        parts.append(sphere(0.05, at(s * 0.92, rod, 0), 1))  # its finials
        parts.append(cylinder(0.03, 0.012, 0.05, at(s * 0.87, rod, 0) @ rot("z", s * 90), 1))
        parts.append(stick((s * 0.8, rod, 0.0), (s * 0.8, rod, -0.14), 0.012, 1))  # brackets
        parts.append(cylinder(0.04, 0.04, 0.015, at(s * 0.8, rod, -0.15) @ ALONG_Z, 1))
    for x in (*np.linspace(-0.7, -0.14, 5), *np.linspace(0.12, 0.68, 5)):  # the rings
        parts.append(torus(0.034, 0.007, at(x, rod, 0) @ rot("z", 90), 1))
    band = at(0.6, tie, 0.0) @ scl(0.08, 0.1, 0.075)  # the tie-back and its tassel
    parts.append(torus(1.0, 0.22, band, 1))
    parts.append(tube([(0.68, tie, 0.02), (0.7, tie - 0.08, 0.03)], 0.012, slot=1))
    parts.append(lathe([(0.0, 0.0), (0.035, 0.01), (0.02, 0.1), (0.0, 0.12)],
                       at(0.7, tie - 0.2, 0.03), 1))  # fmt: skip
    return parts


# ---- 416 fork, 417 spoon ---------------------------------------------------------------------


def _napkin(m: np.ndarray, w: float, d: float) -> list[Part]:
    """A folded cloth napkin w by d lying under m: two layers, the fold rolled along one side,
    a hem stitched near its edge."""
    parts = [box(w, 0.016, d, m, 1), box(w - 0.01, 0.016, d - 0.02, m @ at(0.005, 0.016, 0), 1)]
    parts.append(tube([(-w / 2, 0.016, -d / 2), (-w / 2, 0.016, d / 2)], 0.016, m, 1))
    for s in (-1, 1):
        parts.append(box(w - 0.1, 0.003, 0.008, m @ at(0.0, 0.032, s * (d / 2 - 0.05)), 2))
    parts.append(box(0.008, 0.003, d - 0.1, m @ at(w / 2 - 0.05, 0.032, 0), 2))
    return parts


def _fork(rng: Rng) -> list[Part]:
    """A dinner fork lying on a folded napkin by a dinner plate: a long flat handle widening to
    its rounded end, a narrow neck bent up a little and a broad head of four short pointed
    tines."""
    yaw = float(rng.uniform(-50, -40))
    base = rot("y", yaw + 90)
    parts = _napkin(base @ at(0.0, 0, 0.0), 0.52, 1.45)
    plate = [(0.0, 0.0), (0.24, 0.0), (0.26, 0.02), (0.29, 0.04), (0.38, 0.055), (0.4, 0.065),
             (0.38, 0.07), (0.28, 0.05), (0.24, 0.035), (0.0, 0.035)]  # fmt: skip
    parts.append(lathe(plate, base @ at(0.7, 0, 0.1), "snow"))  # the plate it is laid by
    t = 0.034
    lay = base @ at(0, 0.032 + 0.075, -0.62) @ rot("y", 180) @ _FLAT
    handle = lay @ at(0, 0.78, 0) @ rot("x", 5.5) @ at(0, -0.78, 0)
    outline = [(0.0, 0.0), (0.055, 0.02), (0.066, 0.1), (0.052, 0.3), (0.03, 0.6), (0.022, 0.8),
               (-0.022, 0.8), (-0.03, 0.6), (-0.052, 0.3), (-0.066, 0.1),
               (-0.055, 0.02)]  # fmt: skip
    parts.append(slab(outline, t, handle, 0, "body"))
    head = lay @ at(0, 0.78, 0) @ rot("x", -9) @ at(0, -0.78, 0)
    neck = [(-0.024, 0.77), (0.024, 0.77), (0.06, 0.86), (0.115, 0.95), (0.12, 1.0), (-0.12, 1.0),
            (-0.115, 0.95), (-0.06, 0.86)]  # fmt: skip
    parts.append(slab(neck, t, head, 0))
    for k in range(4):
        x = -0.099 + 0.066 * k
        tine = [(-0.021, 0.0), (0.021, 0.0), (0.016, 0.22), (0.008, 0.27), (-0.008, 0.27),
                (-0.016, 0.22)]  # fmt: skip
        parts.append(slab(sharp(tine), t, head @ at(x, 0.98, 0), 0))
    return parts


def _spoon(rng: Rng) -> list[Part]:
    """A table spoon lying on a folded napkin beside a small bowl of soup: an oval bowl, its
    slim handle arching up from it and widening to a rounded end."""
    yaw = float(rng.uniform(-35, -25))
    base = rot("y", yaw)
    parts = _napkin(base @ rot("y", 90), 0.5, 1.3)
    y0 = 0.032
    egg = np.stack([np.cos(t := np.arange(24) * (np.pi / 12)) * (1 + 0.1 * np.cos(t)),
                    np.sin(t) * (1 + 0.05 * np.cos(t))], 1)  # fmt: skip
    bowl = [(0.0, 0.0), (0.55, 0.008), (0.85, 0.03), (0.98, 0.062), (1.0, 0.08), (0.95, 0.083),
            (0.8, 0.055), (0.5, 0.03), (0.0, 0.022)]  # fmt: skip
    parts.append(lathe(bowl, base @ at(0.3, y0, 0) @ scl(0.21, 1.0, 0.14), 0, "body", shape=egg))
    path = [(0.11, y0 + 0.07, 0.0), (0.0, y0 + 0.08, 0.0), (-0.22, y0 + 0.07, 0.0),
            (-0.46, y0 + 0.045, 0.0), (-0.66, y0 + 0.02, 0.0)]  # fmt: skip
    flat = ellipse(1.0, 0.3)
    parts.append(tube(path, [0.02, 0.022, 0.027, 0.036, 0.042], base, 0, shape=flat))
    parts.append(sphere(1.0, base @ at(-0.665, y0 + 0.02, 0) @ scl(0.045, 0.0125, 0.044), 0))
    cup = [(0.0, 0.0), (0.1, 0.0), (0.17, 0.05), (0.22, 0.16), (0.2, 0.165), (0.15, 0.07),
           (0.0, 0.05)]  # fmt: skip
    bowl_at = base @ at(-0.1, 0, -0.5)
    parts.append(lathe(cup, bowl_at, "snow"))
    parts.append(cylinder(0.19, 0.19, 0.01, bowl_at @ at(0, 0.12, 0), "fruit-orange"))
    return parts


# ---- 418 microwave oven ----------------------------------------------------------------------


def _microwave(rng: Rng) -> list[Part]:
    """A microwave oven: a box whose door (on the left) has a dark-rimmed window showing the
    lit cavity and its round turntable plate, a bar handle, and a control panel at the right
    with a digital display, a keypad and a start button."""
    W, H, D, y0, t = 1.0, 0.56, 0.62, 0.03, 0.03
    pw = 0.27
    xd = W / 2 - pw  # where the cavity ends and the panel begins
    parts = [box(W, t, D, at(0, y0 + H - t, 0), 0, "body"), box(W, t, D, at(0, y0, 0), 0)]
    parts.append(box(t, H, D, at(-W / 2 + t / 2, y0, 0), 0))
    parts.append(box(W, H, t, at(0, y0, -D / 2 + t / 2), 0))
    parts.append(box(pw, H, D, at(xd + pw / 2, y0, 0), 0))
    cx, cw = (-W / 2 + t + xd) / 2, xd - (-W / 2 + t)
    inner = D - t
    lining = "steel"  # the cavity's
    parts.append(box(cw, 0.006, inner, at(cx, y0 + t, t / 2), lining))
    parts.append(box(cw, 0.006, inner, at(cx, y0 + H - t - 0.006, t / 2), lining))
    parts.append(box(cw, H - 2 * t, 0.006, at(cx, y0 + t, -D / 2 + t + 0.003), lining))
    parts.append(box(0.006, H - 2 * t, inner, at(-W / 2 + t + 0.003, y0 + t, t / 2), lining))
    parts.append(box(0.006, H - 2 * t, inner, at(xd - 0.003, y0 + t, t / 2), lining))
    parts.append(box(0.12, 0.006, 0.08, at(cx, y0 + H - t - 0.012, -0.1), "lampshade"))
    parts.append(cylinder(0.05, 0.05, 0.02, at(cx, y0 + t, 0.0), "steel"))  # the turntable
    parts.append(cylinder(0.21, 0.21, 0.014, at(cx, y0 + t + 0.02, 0.0), "sheet"))
    parts.append(torus(0.2, 0.008, at(cx, y0 + t + 0.034, 0.0), "sheet"))
    dz = D / 2 + 0.015  # the door
    dw = cw + t
    dcx = -W / 2 + dw / 2
    b = 0.07
    for y, h in ((y0, b), (y0 + H - b, b)):
        parts.append(box(dw, h, 0.03, at(dcx, y, dz), 0))
    for x in (-W / 2 + b / 2, xd - b / 2):
        parts.append(box(b, H, 0.03, at(x, y0, dz), 0))
    wx0, wx1, wy0, wy1 = -W / 2 + b, xd - b, y0 + b, y0 + H - b
    r = 0.035  # the window's dark rim
    for y in (wy0, wy1 - r):
        parts.append(box(wx1 - wx0, r, 0.02, at((wx0 + wx1) / 2, y, dz), "window"))
    for x in (wx0 + r / 2, wx1 - r / 2):
        parts.append(box(r, wy1 - wy0, 0.02, at(x, wy0, dz), "window"))
    parts.append(box(wx1 - wx0, wy1 - wy0, 0.006, at((wx0 + wx1) / 2, wy0, dz), "pane"))
    hx = xd - 0.035  # the handle
    parts.append(box(0.035, H - 0.14, 0.03, at(hx, y0 + 0.07, dz + 0.045), 1))
    for y in (y0 + 0.1, y0 + H - 0.1):
        parts.append(box(0.03, 0.03, 0.04, at(hx, y - 0.015, dz + 0.02), 1))
    px = xd + pw / 2  # the control panel
    parts.append(box(pw - 0.03, H - 0.04, 0.01, at(px, y0 + 0.02, D / 2), 2))
    parts.append(box(0.2, 0.08, 0.01, at(px, y0 + H - 0.13, D / 2 + 0.006), "window"))
    parts += readout("1230", at(px, y0 + H - 0.115, D / 2 + 0.012), 0.03, 0.05, "rainbow-green")
    keys = [(px - 0.07 + 0.07 * c, y0 + H - 0.22 - 0.055 * r, D / 2 + 0.006)
            for r in range(4) for c in range(3)]  # fmt: skip
    parts.append(blocks(keys, (0.05, 0.038, 0.014), None, 1))
    parts.append(box(0.19, 0.05, 0.016, at(px, y0 + 0.09, D / 2 + 0.006), "fruit-green"))
    parts.append(box(0.19, 0.035, 0.016, at(px, y0 + 0.03, D / 2 + 0.006), "card-red"))
    vents = [(W / 2, y0 + H - 0.12 - 0.03 * k, -0.05) for k in range(5)]  # in its right side
    parts.append(blocks(vents, (0.004, 0.012, 0.3), None, "marking"))
    feet = [(sx * 0.42, 0.0, sz * 0.24) for sx in (-1, 1) for sz in (-1, 1)]
    parts.append(blocks(feet, (0.06, y0, 0.06), None, "cloth-dark"))
    del rng
    return parts


# ---- 419 desk --------------------------------------------------------------------------------


def _desk(rng: Rng) -> list[Part]:
    """A writing desk: a top over a pedestal of three drawers with knobs on the right, a side
    panel on the left and a drawer over the kneehole, a desk lamp with a glowing shade, an open
    laptop, a few loose papers and a pen, a chair tucked in."""
    W, D, H, T = 1.6, 0.72, 0.76, 0.04
    parts = [box(W, T, D, at(0, H - T, 0), 0, "body")]
    pw = 0.46
    px = W / 2 - pw / 2 - 0.03
    parts.append(box(pw, H - T, D - 0.06, at(px, 0, -0.01), 0))  # the pedestal
    y = 0.03
    for h in (0.27, 0.2, 0.17):  # its drawers, deepest at the foot
        parts.append(box(pw - 0.04, h, 0.02, at(px, y, D / 2 - 0.03), 0))
        parts.append(sphere(0.025, at(px, y + h * 0.55, D / 2 - 0.005), 1))
        y += h + 0.015
    parts.append(box(pw - 0.02, 0.03, 0.02, at(px, 0, D / 2 - 0.04), 2))  # its plinth
    parts.append(box(0.04, H - T, D - 0.06, at(-W / 2 + 0.05, 0, -0.01), 0))  # the side
    kx = (-W / 2 + 0.07 + px - pw / 2) / 2
    parts.append(box(W - pw - 0.14, 0.36, 0.02, at(kx, H - T - 0.36, -D / 2 + 0.06), 0))
    parts.append(box(0.52, 0.08, 0.02, at(kx, H - T - 0.085, D / 2 - 0.03), 0))  # the drawer
    parts.append(sphere(0.02, at(kx, H - T - 0.045, D / 2 - 0.01), 1))
    lx, lz = -0.6, -0.2  # the lamp
    parts.append(cylinder(0.09, 0.1, 0.03, at(lx, H, lz), 1))
    elbow, head = (lx - 0.04, H + 0.45, lz - 0.1), (lx + 0.14, H + 0.52, lz + 0.08)
    parts.append(stick((lx, H + 0.03, lz), elbow, 0.014, 1))
    parts.append(stick(elbow, head, 0.014, 1))
    parts.append(sphere(0.025, at(*elbow), 1))
    shade = at(*head) @ rot("x", 35) @ rot("z", -35)
    parts.append(lathe([(0.0, 0.0), (0.12, 0.0), (0.06, 0.12), (0.035, 0.16), (0.0, 0.17)],
                       shade @ at(0, -0.15, 0), 1))  # fmt: skip
    parts.append(cylinder(0.105, 0.105, 0.006, shade @ at(0, -0.156, 0), "lampshade"))
    laptop = at(-0.08, H, -0.06) @ rot("y", 8)  # an open laptop
    parts.append(box(0.44, 0.02, 0.3, laptop, "steel"))
    keys = [(-0.18 + 0.036 * k, 0.02, -0.12 + 0.036 * row) for row in range(4) for k in range(11)]
    parts.append(blocks(keys, (0.028, 0.005, 0.028), laptop, "marking"))
    parts.append(box(0.12, 0.003, 0.07, laptop @ at(0, 0.02, 0.095), "sheet"))  # its touchpad
    lid = laptop @ at(0, 0.02, -0.15) @ rot("x", -14)
    parts.append(box(0.44, 0.29, 0.012, lid, "steel"))
    parts.append(box(0.39, 0.24, 0.004, lid @ at(0, 0.025, 0.007), "glow"))
    for k in range(3):  # loose papers
        a = float(rng.uniform(-25, 25))
        parts.append(box(0.26, 0.004, 0.34, at(0.46 + 0.02 * k, H + 0.004 * k, 0.04)
                         @ rot("y", a), "pages"))  # fmt: skip
    parts.append(stick((0.38, H + 0.02, 0.16), (0.56, H + 0.02, 0.06), 0.008, "marking"))
    for p in chair(0.0, 0.0, 180, 0):  # a chair tucked in
        parts.append(p.moved(at(kx, -0.08, 0.34) @ scl(2.0)))
    return parts


MORE_APPLIANCES_N = {
    408: _camera, 409: _desktop, 410: _television, 411: _revolver, 412: _rifle, 413: _painting,
    414: _pool, 415: _curtains, 416: _fork, 417: _spoon, 418: _microwave, 419: _desk,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
