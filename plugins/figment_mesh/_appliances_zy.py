"""More of the device family's appliances, from 818: a garage door, a mechanic's oil can, a
motor oil bottle, a mechanic's coveralls, a hot dog roller grill, a petrol price sign.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, at, rot, scl
from ._kit import SEGMENTS
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZY"]

Rng = np.random.Generator


def _rounded_rect(w: float, d: float, r: float) -> list[tuple[float, float]]:
    """Control points of a rectangle w × d with corners rounded by about r."""
    hw, hd = w / 2, d / 2
    return [(-hw + r, -hd), (hw - r, -hd), (hw, -hd + r), (hw, hd - r), (hw - r, hd),
            (-hw + r, hd), (-hw, hd - r), (-hw, -hd + r)]  # fmt: skip


def _garage_door(rng: Rng) -> list[Part]:
    """A sectional garage door of wide horizontal ribbed panels set in a brick wall, a trim frame
    round it, a row of small windows across the top panel, a handle at the bottom."""
    dw, dh, ww, wh, t = 1.3, 1.0, 1.8, 1.3, 0.2
    side = (ww - dw) / 2
    parts = [box(dw, dh, 0.04, at(0, 0, -0.04), 0, "body")]
    for s in (-1, 1):  # the wall beside and above the door
        parts.append(box(side, wh, t, at(s * (dw + side) / 2, 0, -0.08), 1))
    parts.append(box(dw, wh - dh, t, at(0, dh, -0.08), 1))
    for k in range(int(wh / 0.075)):  # brick courses: mortar lines
        y = 0.06 + k * 0.075
        for s in (-1, 1):
            parts.append(box(side - 0.01, 0.008, 0.01, at(s * (dw + side) / 2, y, 0.02), "plaster"))
        if y > dh:
            parts.append(box(dw, 0.008, 0.01, at(0, y, 0.02), "plaster"))
    for s in (-1, 1):  # the trim frame
        parts.append(box(0.06, dh + 0.06, 0.05, at(s * (dw / 2 + 0.03), 0, 0.0), "snow"))
    parts.append(box(dw + 0.12, 0.06, 0.05, at(0, dh, 0.0), "snow"))
    n = 4
    ph = dh / n
    for k in range(n):  # the sections, each with two ribs
        y = k * ph
        parts.append(box(dw - 0.01, ph - 0.014, 0.03, at(0, y + 0.007, -0.01), 0))
        for j in (1, 2):
            parts.append(box(dw - 0.04, 0.012, 0.02, at(0, y + ph * j / 3, 0.005), 0))
    nw = 5 + int(rng.integers(0, 2))
    for k in range(nw):  # the windows across the top section
        x = -dw / 2 + dw * (k + 0.5) / nw
        parts.append(box(dw / nw - 0.07, ph * 0.5, 0.03, at(x, dh - ph * 0.78, 0.0), "pane"))
    parts.append(box(0.2, 0.03, 0.04, at(0, 0.12, 0.02), "steel"))  # the handle
    for s in (-1, 1):
        parts.append(box(0.03, 0.05, 0.03, at(s * 0.09, 0.1, 0.015), "steel"))
    parts.append(box(ww, 0.02, 0.5, at(0, 0, 0.25), "stones"))  # the driveway's edge
    return parts


def _oil_can(rng: Rng) -> list[Part]:
    """A mechanic's oil can: a squat round can with a cone top, a long thin straight spout
    rising at an angle from its peak, a thumb pump lever on top and a loop handle on the side."""
    prof = [(0.0, 0.0), (0.3, 0.0), (0.31, 0.02), (0.31, 0.14), (0.29, 0.17), (0.12, 0.33),
            (0.06, 0.36), (0.0, 0.37)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body")]
    parts.append(torus(0.305, 0.012, at(0, 0.155, 0), 0))  # the seam
    parts.append(torus(0.3, 0.012, at(0, 0.01, 0), 0))
    parts.append(cylinder(0.06, 0.045, 0.06, at(0, 0.33, 0), 1))  # the collar
    lean = 38 + float(rng.uniform(-4, 4))
    d = np.array([np.sin(np.radians(lean)), np.cos(np.radians(lean)), 0.0])
    base = np.array([0.0, 0.38, 0.0])
    tip = base + 0.85 * d
    parts.append(tube([base, base + 0.3 * d, tip], [0.035, 0.018, 0.008], None, 1))  # spout
    parts.append(cylinder(0.045, 0.03, 0.05, at(0, 0.36, 0), 1))
    # the thumb lever: a strip from the collar back over the handle
    lever = [(-0.03, 0.4, 0.0), (-0.15, 0.43, 0.0), (-0.28, 0.4, 0.0)]
    parts.append(tube(lever, 0.018, None, 1, shape=np.array([[-1, -0.4], [1, -0.4], [1, 0.4],
                                                             [-1, 0.4]]) * 1.4))  # fmt: skip
    parts.append(sphere(0.03, at(-0.29, 0.4, 0.0), 1))
    loop = [(-0.2, 0.27, 0.0), (-0.38, 0.3, 0.0), (-0.44, 0.18, 0.0), (-0.31, 0.08, 0.0)]
    parts.append(tube(loop, 0.022, None, 1))  # the handle
    return parts


def _oil_bottle(rng: Rng) -> list[Part]:
    """A motor oil bottle: a flat-sided plastic jug, its screw cap on a neck at one top corner,
    a hollow carry handle moulded across the other, a big label with a stripe on the front."""
    w, d = 0.6, 0.2
    parts = [slab(_rounded_rect(w, 0.72, 0.07), d, at(0, 0.36, 0), 0, "body")]
    nx = -0.2
    shoulder = [(-0.29, 0.6), (0.02, 0.6), (0.0, 0.68), (-0.12, 0.78), (-0.27, 0.79)]
    parts.append(slab(shoulder, d - 0.03, None, 0))
    parts.append(cylinder(0.055, 0.05, 0.1, at(nx, 0.76, 0), 0))  # the neck
    parts.append(torus(0.056, 0.01, at(nx, 0.82, 0), 0))
    cap = cylinder(0.068, 0.068, 0.08, at(nx, 0.84, 0), 1)
    parts.append(cap)
    for k in range(16):  # the cap's ribs
        a = 2 * np.pi * k / 16
        parts.append(box(0.01, 0.07, 0.01, at(nx + 0.068 * np.cos(a), 0.845, 0.068 * np.sin(a)), 1))
    grip = [(-0.02, 0.66, 0.0), (0.03, 0.84, 0.0), (0.18, 0.88, 0.0), (0.29, 0.8, 0.0),
            (0.29, 0.66, 0.0)]  # fmt: skip
    parts.append(tube(grip, 0.04, scl(1, 1, 1.3), 0))  # the handle
    parts.append(box(0.5, 0.44, 0.01, at(0, 0.08, d / 2), 1))  # the label
    parts.append(box(0.5, 0.07, 0.012, at(0, 0.36, d / 2 + 0.002), "card-red"))  # its stripe
    parts.append(box(0.5, 0.02, 0.012, at(0, 0.33, d / 2 + 0.002), "cloth-yellow"))
    parts.append(box(0.3, 0.08, 0.012, at(-0.04, 0.2, d / 2 + 0.002), "marking"))  # brand
    for k in range(3):  # fine print
        parts.append(box(0.36 - 0.08 * k, 0.015, 0.012, at(-0.04, 0.1 + 0.03 * k, d / 2 + 0.002),
                         "marking"))  # fmt: skip
    parts.append(box(0.016, 0.55, 0.005, at(w / 2 - 0.08, 0.06, d / 2 - 0.004), "pane"))  # level
    return parts


def _coveralls(rng: Rng) -> list[Part]:
    """A mechanic's one-piece coveralls standing as if worn by an invisible body: long sleeves
    and legs joined to the body, a zip down the front, two chest pockets with flaps, a collar,
    a name patch and a belt, the cuffs and neck open and empty."""
    flat = scl(1, 1, 0.62)
    torso = [(0.0, 0.78), (0.2, 0.8), (0.21, 0.9), (0.19, 1.02), (0.2, 1.2), (0.23, 1.36),
             (0.2, 1.43), (0.1, 1.46), (0.0, 1.46)]  # fmt: skip
    parts = [lathe(torso, flat, 0, "body")]
    parts.append(torus(0.2, 0.025, at(0, 0.96, 0) @ flat, 1))  # the belt
    parts.append(box(0.08, 0.06, 0.03, at(0, 0.93, 0.125), "steel"))  # its buckle
    spread = float(rng.uniform(-0.01, 0.01))
    for s in (-1, 1):
        hip = (s * 0.1, 0.84, 0.0)
        knee = (s * (0.115 + spread), 0.45, 0.01)
        ankle = (s * (0.13 + spread), 0.05, 0.0)
        parts.append(tube([hip, knee, ankle], [0.105, 0.085, 0.08], None, 0))  # a leg
        parts.append(cylinder(0.07, 0.07, 0.005, at(s * (0.13 + spread), 0.0, 0.0), "cloth-dark"))
        sh = (s * 0.2, 1.36, 0.0)
        elbow = (s * 0.28, 1.08, -0.01)
        wrist = (s * 0.29, 0.8, 0.03)
        parts.append(tube([sh, elbow, wrist], [0.075, 0.06, 0.055], None, 0))  # a sleeve
        parts.append(sphere(1.0, at(s * 0.29, 0.79, 0.03) @ scl(0.045, 0.005, 0.045),
                            "cloth-dark"))  # the empty cuff # fmt: skip
        parts.append(torus(0.055, 0.01, at(s * 0.29, 0.8, 0.03), 0))
        parts.append(box(0.1, 0.11, 0.02, at(s * 0.09, 1.16, 0.115), 0))  # chest pockets
        parts.append(box(0.11, 0.035, 0.025, at(s * 0.09, 1.26, 0.117), 0))
        parts.append(box(0.012, 0.012, 0.01, at(s * 0.09, 1.27, 0.13), "steel"))
        collar = [(s * 0.02, 1.36, 0.14), (s * 0.08, 1.46, 0.1), (s * 0.13, 1.47, 0.0)]
        parts.append(tube(collar, 0.02, None, 0, shape=np.array([[-1, -0.25], [1, -0.25],
                                                                [1, 0.25], [-1, 0.25]]) * 1.8))  # fmt: skip
    parts.append(torus(0.09, 0.022, at(0, 1.46, 0) @ scl(1, 1, 0.75), 0))  # the collar band
    parts.append(sphere(1.0, at(0, 1.465, 0) @ scl(0.08, 0.005, 0.05), "cloth-dark"))
    parts.append(box(0.012, 0.5, 0.01, at(0, 0.86, 0.125) @ rot("x", -2), "steel"))  # the zip
    parts.append(box(0.022, 0.03, 0.012, at(0, 1.38, 0.132), "steel"))
    parts.append(slab(_rounded_rect(0.12, 0.05, 0.024), 0.012, at(0.12, 1.08, 0.12), 1))
    parts.append(box(0.08, 0.012, 0.006, at(0.12, 1.075, 0.13), "marking"))
    return parts


def _roller_grill(rng: Rng) -> list[Part]:
    """A hot dog roller grill: a stainless counter unit with eight parallel steel rollers side by
    side, hot dogs lying in the grooves between them, a sneeze-guard glass hood on a frame
    over the top, a sloping control panel of knobs at the front."""
    w, d, h = 0.9, 0.6, 0.16
    parts = [box(w, h, d, None, 0, "body")]
    for s in (-1, 1):
        parts.append(box(0.04, 0.12, d, at(s * (w / 2 - 0.02), h, 0), 0))  # side cheeks
        for z in (-0.23, 0.23):
            parts.append(cylinder(0.025, 0.025, 0.02, at(s * 0.4, 0.0, z), "cloth-dark"))
    n, r = 8, 0.03
    gap = 0.092
    y = h + 0.06
    xs = [(k - (n - 1) / 2) * gap for k in range(n)]
    for x in xs:  # the rollers, front to back
        m = at(x, y, -d / 2 + 0.02) @ rot("x", 90)
        parts.append(cylinder(r, r, d - 0.1, m, "steel"))
    parts.append(box(w - 0.08, 0.01, d - 0.08, at(0, h, 0), "marking"))  # the drip tray
    fill = rng.permutation(n - 1)[:5]
    for g in fill:  # hot dogs in the grooves
        x = (xs[g] + xs[g + 1]) / 2
        z0 = float(rng.uniform(-0.03, 0.03))
        dog = [(x, y + 0.035, -0.2 + z0), (x, y + 0.035, 0.14 + z0)]
        parts.append(tube(dog, 0.026, None, "match-head"))
        for z in (-0.2, 0.14):
            parts.append(sphere(0.026, at(x, y + 0.035, z + z0), "match-head"))
    panel = at(0, 0.0, d / 2) @ rot("x", -18)
    parts.append(box(w, 0.2, 0.05, panel, 0))  # the control panel
    for k in range(3):
        kx = -0.2 + 0.2 * k
        parts.append(cylinder(0.03, 0.026, 0.035, panel @ at(kx, 0.1, 0.025) @ rot("x", 90),
                              "cloth-dark"))  # fmt: skip
        parts.append(box(0.006, 0.02, 0.01, panel @ at(kx, 0.1, 0.062), "snow"))
    parts.append(sphere(0.012, panel @ at(0.36, 0.1, 0.027), "glow"))  # pilot light
    # the sneeze guard: a glass hood on posts
    top = h + 0.4
    for s in (-1, 1):
        for z in (-d / 2 + 0.03, d / 2 - 0.05):
            parts.append(box(0.025, top - h, 0.025, at(s * (w / 2 - 0.02), h, z), 1))
        parts.append(box(0.025, 0.025, d, at(s * (w / 2 - 0.02), top, 0), 1))
        parts.append(box(0.01, top - h - 0.12, d - 0.08, at(s * (w / 2 - 0.01), h + 0.12, 0),
                         "pane"))  # fmt: skip
    parts.append(box(w - 0.03, 0.01, d - 0.04, at(0, top + 0.01, -0.02), "pane"))
    front = at(0, top, d / 2 - 0.04) @ rot("x", -35)
    parts.append(box(w - 0.03, 0.01, 0.22, front @ at(0, 0, 0.11), "pane"))
    parts.append(box(w, 0.025, 0.025, at(0, top, d / 2 - 0.04), 1))
    return parts


def _digit(n: int, m: np.ndarray, s: float) -> list[Part]:
    """A glowing seven-segment digit about s wide and 2s tall, its foot at m's origin, in xy."""
    t = s * 0.18
    spots = {"a": (0, 2 * s, True), "g": (0, s, True), "d": (0, 0, True),
             "f": (-s / 2, 1.5 * s, False), "b": (s / 2, 1.5 * s, False),
             "e": (-s / 2, 0.5 * s, False), "c": (s / 2, 0.5 * s, False)}  # fmt: skip
    out = []
    for c in SEGMENTS[n]:
        x, y, flat = spots[c]
        if flat:
            out.append(box(s - t, t, 0.01, m @ at(x, y - t / 2, 0), "glow"))
        else:
            out.append(box(t, s - t, 0.01, m @ at(x, y - (s - t) / 2, 0), "glow"))
    return out


def _price_sign(rng: Rng) -> list[Part]:
    """A petrol station's price sign: a tall pylon on two posts, a lit brand panel with a round
    logo at the top and under it rows of fuel prices, each a grade tab beside a dark panel of
    glowing digits."""
    w, top = 0.8, 2.6
    parts = [box(w + 0.08, 0.5, 0.16, at(0, top - 0.5, 0), 0, "body")]  # the brand panel's case
    parts.append(box(w - 0.02, 0.42, 0.01, at(0, top - 0.46, 0.08), "glow"))
    parts.append(cylinder(0.16, 0.16, 0.02, at(0, top - 0.25, 0.085) @ rot("x", 90), 1))  # logo
    parts.append(box(0.5, 0.06, 0.015, at(0, top - 0.28, 0.1), "card-red"))
    parts.append(box(w + 0.08, 0.06, 0.18, at(0, top, 0), 1))  # the cap
    rows = 3
    rh = 0.3
    y0 = top - 0.55 - rows * rh
    parts.append(box(w + 0.08, rows * rh + 0.05, 0.14, at(0, y0, 0), 0))  # the price cabinet
    tabs = ("card-red", "vine", "cloth-yellow")
    for k in range(rows):
        y = y0 + 0.04 + (rows - 1 - k) * rh
        parts.append(box(0.2, rh - 0.06, 0.01, at(-w / 2 + 0.12, y, 0.07), tabs[k]))  # grade
        parts.append(box(0.52, rh - 0.06, 0.012, at(0.13, y, 0.07), "marking"))  # digit panel
        price = [1, int(rng.integers(4, 9)), int(rng.integers(0, 10)), 9]
        s = 0.085
        for j, n in enumerate(price):
            x = -0.05 + j * 0.12 + (0.02 if j > 0 else 0)
            parts += _digit(n, at(x, y + 0.03, 0.077), s)
        parts.append(box(0.02, 0.02, 0.01, at(0.0, y + 0.03, 0.077), "glow"))  # the point
    for s in (-1, 1):  # the posts
        parts.append(box(0.1, y0, 0.1, at(s * 0.25, 0, 0), 1))
    parts.append(box(0.7, 0.12, 0.3, at(0, 0, 0), "stones"))  # a kerb base
    return parts


MORE_APPLIANCES_ZY = {
    818: _garage_door, 819: _oil_can, 820: _oil_bottle, 821: _coveralls, 822: _roller_grill,
    823: _price_sign,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
