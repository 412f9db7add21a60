"""More of the device family's appliances, from 1459: a giant squid, a hydrothermal vent, a sonar
console, an underwater drone, a dome habitat, a floodlight, a drive-in speaker post, a ketchup
bottle.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    annulus,
    arc,
    hoop,
    lines,
    pt,
    rod,
    rrect_outline,
    solid,
    square_bar,
    studs,
    unit,
)
from ._primitives import HEXAGON, box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import ellipsoid as blob
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZZG"]

Rng = np.random.Generator


def _toward(a, b) -> np.ndarray:
    """A placement at point a whose +y runs toward point b."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    return at(*a_) @ align(b_ - a_)


# 1459 a giant squid


def _squid_arm(root, tip, r0: float, r1: float, wave: float, phase: float) -> list:
    """The points of an arm from its root at the head to its tip on the ground, waving."""
    a, b = np.asarray(root, float), np.asarray(tip, float)
    pts = []
    for k in range(7):
        u = k / 6
        p = a + (b - a) * u
        p[1] = a[1] + (b[1] - a[1]) * min(1.0, u * 2.2)  # down to the ground early
        p[2] += wave * np.sin(phase + u * 5.0) * u
        pts.append(p)
    return pts


def _giant_squid(rng: Rng) -> list[Part]:
    """A giant squid lying along the ground as if swimming, its tail to +x: a long torpedo-shaped
    mantle ending in two triangular fins that make an arrowhead at its tip, a rounder head with
    a big dark round eye in a pale rim on each side, eight thick tapering arms trailing behind it
    and two much longer thin feeding tentacles ending in flat oval clubs studded with suckers."""
    y0 = 0.1
    prof = [(0.0, 0.0), (0.09, 0.0), (0.105, 0.06), (0.115, 0.2), (0.11, 0.4), (0.09, 0.56),
            (0.055, 0.68), (0.02, 0.76), (0.0, 0.78)]  # fmt: skip
    mantle = at(0.1, y0, 0) @ scl(1.0, 0.88, 1.0) @ ALONG_X
    parts = [lathe(prof, mantle, 0, "body")]
    parts.append(torus(0.093, 0.012, at(0.1, y0, 0) @ scl(1, 0.88, 1) @ rot("z", 90), 0))
    for s in (-1, 1):  # the fins: an arrowhead at the tip
        fin = [(0.9, 0.0), (0.58, 0.0), (0.7, -s * 0.17)]
        parts.append(slab(sharp(fin), 0.014, at(0, y0 - 0.007, 0) @ FLAT_UP, 0))
    parts.append(sphere(1.0, at(0.02, y0 - 0.005, 0) @ scl(0.11, 0.085, 0.095), 0))  # the head
    for s in (-1, 1):  # the eyes
        eye = at(0.03, y0 + 0.01, s * 0.082) @ rot("x", -s * 90)
        parts.append(cylinder(0.048, 0.044, 0.012, eye, 1))
        parts.append(cylinder(0.04, 0.037, 0.016, eye, "sclera"))
        parts.append(cylinder(0.03, 0.026, 0.02, eye, "pupil"))
    wave = float(rng.uniform(0.02, 0.045))
    for i in range(8):  # the arms, fanned and trailing
        a = 2 * np.pi * (i + 0.5) / 8
        root = (-0.06, y0 + 0.045 * np.sin(a), 0.05 * np.cos(a))
        tip = (-0.55 - 0.05 * np.sin(a), 0.02, 0.2 * np.cos(a) + 0.02 * np.sin(a))
        pts = _squid_arm(root, tip, 0.04, 0.008, wave, i * 1.3)
        parts.append(tube(pts, np.linspace(0.036, 0.007, 7) ** 1.0, None, 0))
    for s in (-1, 1):  # the feeding tentacles and their clubs
        root = (-0.06, y0 - 0.02, s * 0.025)
        end = np.array([-1.05, 0.014, s * (0.12 + float(rng.uniform(0, 0.05)))])
        pts = _squid_arm(root, end, 0.014, 0.012, 0.04, 2.0 + s)
        parts.append(tube(pts, [0.018, 0.014, 0.012, 0.011, 0.011, 0.011, 0.011], None, 0))
        club = at(end[0] - 0.09, 0.016, end[2] + s * 0.01)
        parts.append(sphere(1.0, club @ scl(0.12, 0.014, 0.04), 0))
        xs = np.linspace(-0.08, 0.07, 7)
        pts_ = [(float(end[0] - 0.09 + x), 0.029, float(end[2] + s * 0.01 + z))
                for x in xs for z in (-0.014, 0.014)]  # fmt: skip
        parts.append(studs(pts_, [(0, 1, 0)] * len(pts_), 0.008, 0.006, 1, 6))
    return [p.moved(rot("y", -10)) for p in parts]


# 1460 a hydrothermal vent


def _vent_shapes(rng: Rng) -> list:
    """A black smoker's chimney: irregular lumps stacked into a tall craggy spire, knobs on its
    flanks and a shorter side spire."""
    sh = []
    y = 0.0
    for k in range(7):
        r = 0.17 - 0.016 * k + float(rng.uniform(-0.01, 0.01))
        h = 0.1 + float(rng.uniform(0.0, 0.03))
        c = (float(rng.uniform(-0.025, 0.025)), y + h * 0.6, float(rng.uniform(-0.025, 0.025)))
        sh.append(blob(c, (r, h * 0.75, r * 0.9), rot("y", 40 * k), 0.04 if k else 0.0))
        for j in range(3):  # the knobs
            a = 2 * np.pi * (j / 3 + 0.17 * k) + float(rng.uniform(-0.4, 0.4))
            kr = r * float(rng.uniform(0.35, 0.5))
            kc = (c[0] + r * 0.9 * np.cos(a), c[1] + float(rng.uniform(-0.03, 0.03)),
                  c[2] + r * 0.8 * np.sin(a))  # fmt: skip
            sh.append(blob(kc, (kr, kr * 0.8, kr), None, 0.03))
        y += h
    for k in range(3):  # the side spire
        r = 0.08 - 0.015 * k
        sh.append(blob((-0.2 + 0.01 * k, 0.06 + 0.11 * k, 0.05), (r, 0.08, r), None, 0.04))
    return sh


def _hydrothermal_vent(rng: Rng) -> list[Part]:
    """A black smoker on the seabed: a tall craggy chimney of stacked knobbly mineral lumps with
    a shorter spire beside it on a low rocky mound, belching a billowing column of black smoke
    that swells and drifts as it rises, and a cluster of white tube worms with red plumes at its
    foot."""
    sh = _vent_shapes(rng)
    parts = [solid(sh, 0.022, 0, "body")]
    top = max(float(s.hi[1]) for s in sh) - 0.04
    mound = [(0.0, 0.0), (0.5, 0.0), (0.44, 0.03), (0.3, 0.06), (0.0, 0.08)]
    parts.append(lathe(mound, at(0, 0, 0) @ scl(1.0, 1.0, 0.8), 1))
    for k in range(6):  # rocks on the mound
        a = 2 * np.pi * k / 6 + float(rng.uniform(-0.3, 0.3))
        r = float(rng.uniform(0.035, 0.06))
        parts.append(sphere(1.0, at(0.36 * np.cos(a), 0.04, 0.3 * np.sin(a)) @ scl(r, r * 0.7, r),
                            1))  # fmt: skip
    parts.append(cylinder(0.045, 0.05, 0.03, at(0.0, top, 0.0), "marking"))  # the orifice
    drift = float(rng.uniform(0.1, 0.18))
    for k in range(11):  # the smoke, billowing up and drifting
        u = k / 10
        c = np.array([drift * u**1.5, top + 0.04 + 0.8 * u, -0.02 * u])
        r = 0.05 + 0.14 * u
        parts.append(sphere(r, at(*c), "marking"))
        for j in range(2):
            a = 2.4 * k + 2.6 * j
            d = np.array([np.cos(a), 0.3 * np.sin(2 * a), np.sin(a)]) * r * 0.75
            parts.append(sphere(r * 0.7, at(*(c + d)), "marking"))
    for k in range(7):  # the tube worms
        a = 0.4 + 1.1 * k / 6 + float(rng.uniform(-0.08, 0.08))
        base = np.array([0.24 * np.cos(a), 0.04, 0.22 * np.sin(a)])
        h = float(rng.uniform(0.13, 0.22))
        tip = base + np.array([0.03 * np.cos(a), h, 0.03 * np.sin(a)])
        mid = (base + tip) / 2 + np.array([0.0, 0.0, 0.01])
        parts.append(tube([base, mid, tip], [0.014, 0.012, 0.011], None, "snow"))
        parts.append(cylinder(0.006, 0.022, 0.04, at(*tip), "comb"))
    return parts


# 1461 a sonar console


def _ppi_screen(m: np.ndarray, r: float, rng: Rng) -> list[Part]:
    """A round sonar screen facing +z under m: a thick bezel, a dark green face with bright green
    range rings, a cross, a glowing sweep line and a few blips."""
    face = m @ ALONG_Z
    parts = [cylinder(r + 0.05, r + 0.04, 0.03, face, 1)]  # the bezel
    parts.append(torus(r + 0.012, 0.014, m @ at(0, 0, 0.03) @ rot("x", 90), 1))
    parts.append(cylinder(r, r, 0.032, face, "chalkboard"))
    for k in (1, 2, 3):  # the range rings
        parts.append(hoop(r * k / 3.3, 0.0035, m @ at(0, 0, 0.032) @ rot("x", 90), "fruit-green",
                          32, 4))  # fmt: skip
    for x, y in ((1, 0), (0, 1)):  # the cross
        parts.append(rod(pt(m, -x * r, -y * r, 0.033), pt(m, x * r, y * r, 0.033), 0.004,
                         "fruit-green"))  # fmt: skip
    sweep = float(rng.uniform(20, 70))
    c = pt(m, 0, 0, 0.036)
    for k in range(6):  # the sweep line and its fading trail
        a = np.radians(sweep + 4 * k)
        tip = pt(m, r * 0.96 * np.cos(a), r * 0.96 * np.sin(a), 0.036)
        parts.append(rod(c, tip, 0.008 if k == 0 else 0.004, "glow" if k == 0 else "fruit-green"))
    for k in range(4):  # the blips
        a = np.radians(float(rng.uniform(0, 360)))
        rr = r * float(rng.uniform(0.3, 0.85))
        p = m @ at(rr * np.cos(a), rr * np.sin(a), 0.036)
        parts.append(sphere(1.0, p @ scl(0.012, 0.012, 0.005), "glow"))
    return parts


def _headset(hook) -> list[Part]:
    """A pair of headphones hanging by their headband from a hook at point ``hook``: an arched
    band, two round ear cups with dark cushions, a curly cord dangling."""
    hx, hy, hz = hook
    parts = []
    band = arc((0.0, 0.0), 0.1, 10, 170, 9)
    pts = [(hx + 0.015, hy + y - 0.1, hz + x) for x, y, _ in band]
    parts.append(tube(pts, 0.011, None, 1))
    for s in (-1, 1):
        cup = at(hx + 0.02, hy - 0.1 - 0.04, hz + s * 0.1) @ rot("x", s * 90)
        parts.append(cylinder(0.045, 0.045, 0.035, cup @ at(0, -0.035, 0), 1))
        parts.append(cylinder(0.042, 0.038, 0.02, cup, "cloth-dark"))
        parts.append(stick((hx + 0.015, hy - 0.1 + 0.015, hz + s * 0.1),
                           (hx + 0.02, hy - 0.1 - 0.03, hz + s * 0.1), 0.007, "steel"))  # fmt: skip
    coil = []
    for k in range(40):
        u = k / 39
        coil.append((hx + 0.03 + 0.012 * np.cos(9 * np.pi * u), hy - 0.19 - 0.3 * u,
                     hz - 0.1 + 0.012 * np.sin(9 * np.pi * u)))  # fmt: skip
    parts.append(tube(coil, 0.004, None, "cloth-dark", shape=HEXAGON))
    return parts


def _sonar_console(rng: Rng) -> list[Part]:
    """A naval sonar station: a grey steel console desk with a deep cabinet, a slanting control
    shelf of knobs, toggle switches and coloured lamps, and above it an upright panel carrying a
    big round glowing green screen with range rings, a cross, a sweep line and blips; a headset
    hangs on a hook on its side."""
    w, d, h = 0.9, 0.6, 0.72
    parts = [box(w, h, d, at(0, 0, 0), 0, "body")]  # the desk cabinet
    parts.append(box(w + 0.04, 0.04, d + 0.08, at(0, h, 0.02), 0))  # the desk top
    parts.append(box(w - 0.1, 0.04, 0.01, at(0, 0.04, d / 2), "marking"))  # the kick plate
    for s in (-1, 1):  # the cabinet doors
        parts.append(box(w / 2 - 0.06, h - 0.16, 0.012, at(s * w / 4, 0.1, d / 2), 0))
        parts.append(box(0.02, 0.1, 0.02, at(s * 0.05, 0.35, d / 2 + 0.01), "steel"))
    shelf = at(0, h + 0.04, 0.08) @ rot("x", -25)  # the slanting control shelf
    parts.append(box(w, 0.02, 0.26, shelf @ at(0, 0, 0.0), 0))
    parts.append(box(w, 0.12, 0.26, shelf @ at(0, -0.12, 0.0), 0))
    for i in range(7):  # the knobs, the switches and the lamps
        x = -0.36 + 0.12 * i
        parts.append(cylinder(0.022, 0.02, 0.03, shelf @ at(x, 0.02, 0.06), 1))
        parts.append(box(0.006, 0.006, 0.02, shelf @ at(x, 0.05, 0.068), "snow"))
        parts.append(box(0.03, 0.012, 0.02, shelf @ at(x - 0.02, 0.02, -0.04), "steel"))
        parts.append(stick(pt(shelf, x - 0.02, 0.03, -0.04), pt(shelf, x - 0.02, 0.06, -0.03),
                           0.004, "steel"))  # fmt: skip
        lamp = ("card-red", "fruit-green", "glow", "cloth-yellow")[i % 4]
        parts.append(sphere(0.011, shelf @ at(x + 0.03, 0.025, -0.04), lamp))
    back = -0.12  # the upright screen panel
    parts.append(box(w, 0.68, 0.3, at(0, h + 0.04, back - 0.06), 0))
    panel = at(0, h + 0.4, back + 0.09) @ rot("x", -8)
    parts.append(box(w - 0.04, 0.64, 0.02, panel @ at(0, -0.33, 0), 0))
    parts += _ppi_screen(panel @ at(-0.08, 0.0, 0.01), 0.23, rng)
    for j in range(4):  # the side column of dials and buttons
        y = 0.2 - 0.13 * j
        parts.append(cylinder(0.03, 0.027, 0.025, panel @ at(0.33, y, 0.01) @ ALONG_Z, 1))
        parts.append(box(0.005, 0.026, 0.006, panel @ at(0.33, y - 0.003, 0.035), "snow"))
    parts.append(box(0.12, 0.05, 0.01, panel @ at(0.33, -0.3, 0.01), "glow"))
    parts.append(box(w + 0.02, 0.05, 0.34, at(0, h + 0.72, back - 0.04), 0))  # the top cap
    hook = (w / 2 + 0.05, h + 0.5, 0.0)  # the hook on the side and the headset
    parts.append(tube([(w / 2, hook[1], 0.0), (hook[0], hook[1], 0.0),
                       (hook[0] + 0.01, hook[1] + 0.03, 0.0)], 0.008, None, "steel"))  # fmt: skip
    parts += _headset(hook)
    return parts


MORE_APPLIANCES_ZZZZZG = {
    1459: _giant_squid, 1460: _hydrothermal_vent, 1461: _sonar_console,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
