"""More of the device family's appliances, from 1459: a giant squid, a hydrothermal vent, a sonar
console, an underwater drone, a dome habitat, a floodlight, a drive-in speaker post, a ketchup
bottle.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    arc,
    bead,
    cut,
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


def _squid_arm(root, tip, wave: float, phase: float) -> list:
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
    """A giant squid lying along the ground as if swimming, turned to show its side: a long torpedo
    mantle ending in two triangular fins that make an arrowhead at its tip, a rounder head with
    a big dark round eye in a pale rim on each side, eight thick tapering arms trailing behind it
    and two much longer thin feeding tentacles ending in flat oval clubs studded with suckers."""
    y0 = 0.106
    prof = [(0.0, 0.0), (0.09, 0.0), (0.105, 0.06), (0.115, 0.2), (0.11, 0.4), (0.09, 0.56),
            (0.055, 0.68), (0.02, 0.76), (0.0, 0.78)]  # fmt: skip
    mantle = at(0.1, y0, 0) @ scl(1.0, 0.88, 1.0) @ ALONG_X
    parts = [lathe(prof, mantle, 0, "body")]
    parts.append(torus(0.093, 0.012, at(0.1, y0, 0) @ scl(1, 0.88, 1) @ rot("z", 90), 0))
    for s in (-1, 1):  # the fins: an arrowhead at the tip
        fin = [(0.92, 0.0), (0.52, 0.0), (0.66, -s * 0.2)]
        parts.append(slab(sharp(fin), 0.014, at(0, y0 - 0.007, 0) @ FLAT_UP, 0))
    parts.append(sphere(1.0, at(0.02, y0 - 0.005, 0) @ scl(0.11, 0.085, 0.095), 0))  # the head
    for s in (-1, 1):  # the eyes
        eye = at(0.03, y0 + 0.01, s * 0.075) @ rot("x", s * 90)
        parts.append(cylinder(0.06, 0.055, 0.02, eye, 1))
        parts.append(cylinder(0.05, 0.046, 0.026, eye, "sclera"))
        parts.append(cylinder(0.04, 0.034, 0.032, eye, "pupil"))
    wave = float(rng.uniform(0.02, 0.045))
    for i in range(8):  # the arms, fanned and trailing
        a = 2 * np.pi * (i + 0.5) / 8
        root = (-0.06, y0 + 0.045 * np.sin(a), 0.05 * np.cos(a))
        tip = (-0.55 - 0.05 * np.sin(a), 0.028, 0.2 * np.cos(a) + 0.02 * np.sin(a))
        pts = _squid_arm(root, tip, wave, i * 1.3)
        parts.append(tube(pts, np.linspace(0.045, 0.008, 7), None, 0))
    for s in (-1, 1):  # the feeding tentacles and their clubs
        root = (-0.06, y0 - 0.02, s * 0.025)
        end = np.array([-1.05, 0.014, s * (0.12 + float(rng.uniform(0, 0.05)))])
        pts = _squid_arm(root, end, 0.04, 2.0 + s)
        parts.append(tube(pts, [0.018, 0.014, 0.012, 0.011, 0.011, 0.011, 0.011], None, 0))
        club = at(end[0] - 0.09, 0.016, end[2] + s * 0.01)
        parts.append(sphere(1.0, club @ scl(0.12, 0.014, 0.04), 0))
        xs = np.linspace(-0.08, 0.07, 7)
        pts_ = [(float(end[0] - 0.09 + x), 0.029, float(end[2] + s * 0.01 + z))
                for x in xs for z in (-0.014, 0.014)]  # fmt: skip
        parts.append(studs(pts_, [(0, 1, 0)] * len(pts_), 0.008, 0.006, 1, 6))
    return [p.moved(rot("y", 35)) for p in parts]


# 1460 a hydrothermal vent


def _vent_shapes(rng: Rng) -> list:
    """A black smoker's chimney: irregular lumps stacked into a tall craggy spire, knobs on its
    flanks and a shorter side spire."""
    sh = []
    y = 0.0
    for k in range(9):
        r = 0.2 - 0.015 * k + float(rng.uniform(-0.012, 0.012))
        h = 0.1 + float(rng.uniform(0.0, 0.03))
        c = (float(rng.uniform(-0.03, 0.03)), y + h * 0.6, float(rng.uniform(-0.03, 0.03)))
        sh.append(blob(c, (r, h * 0.75, r * 0.9), rot("y", 40 * k), 0.04 if k else 0.0))
        for j in range(3):  # the knobs
            a = 2 * np.pi * (j / 3 + 0.17 * k) + float(rng.uniform(-0.4, 0.4))
            kr = r * float(rng.uniform(0.35, 0.55))
            kc = (c[0] + r * 0.9 * np.cos(a), c[1] + float(rng.uniform(-0.03, 0.03)),
                  c[2] + r * 0.8 * np.sin(a))  # fmt: skip
            sh.append(blob(kc, (kr, kr * 0.8, kr), None, 0.03))
        y += h
    for k in range(4):  # the side spire
        r = 0.09 - 0.014 * k
        sh.append(blob((-0.24 + 0.015 * k, 0.06 + 0.11 * k, -0.04), (r, 0.08, r), None, 0.04))
    sh.append(cut(1, 0.02, False, 0.005, (-0.5, -0.2, -0.5), (0.5, 0.02, 0.5)))  # its foot
    return sh


def _tube_worms(c, n: int, rng: Rng) -> list[Part]:
    """A clump of giant tube worms at (x, z) c: white tubes splaying up and out, each topped by a
    flared red plume."""
    parts = []
    for k in range(n):
        a = 2 * np.pi * k / n + float(rng.uniform(-0.3, 0.3))
        out = np.array([np.cos(a), 0.0, np.sin(a)])
        base = np.array([c[0], 0.05, c[1]]) + out * 0.02
        h = float(rng.uniform(0.16, 0.3))
        tip = base + out * h * 0.35 + np.array([0.0, h, 0.0])
        mid = base + out * h * 0.08 + np.array([0.0, h * 0.5, 0.0])
        parts.append(tube([base, mid, tip], [0.013, 0.011, 0.01], None, "snow", shape=HEXAGON))
        m = _toward(tip - (tip - mid) * 0.1, tip + (tip - mid))
        plume = [(0.0, 0.0), (0.008, 0.0), (0.026, 0.045), (0.02, 0.062), (0.0, 0.064)]
        parts.append(lathe(plume, m, "comb", sides=8))
    return parts


def _hydrothermal_vent(rng: Rng) -> list[Part]:
    """A black smoker on the seabed: a tall craggy chimney of stacked knobbly mineral lumps with
    a shorter spire beside it on a low rocky mound, belching a billowing column of black smoke
    that swells and drifts as it rises, and clumps of white tube worms with red plumes at its
    foot."""
    sh = _vent_shapes(rng)
    parts = [solid(sh, 0.03, 0, "body")]
    top = max(float(s.hi[1]) for s in sh[:-1]) - 0.04
    mound = [(0.0, 0.0), (0.5, 0.0), (0.44, 0.03), (0.3, 0.06), (0.0, 0.08)]
    parts.append(lathe(mound, scl(1.0, 1.0, 0.8), 1))
    for k in range(5):  # rocks on the mound
        a = 2 * np.pi * k / 5 + float(rng.uniform(-0.3, 0.3))
        r = float(rng.uniform(0.035, 0.06))
        parts.append(bead(r, at(0.38 * np.cos(a), 0.04, 0.3 * np.sin(a)) @ scl(1, 0.7, 1), 1, 7))
    parts.append(cylinder(0.05, 0.055, 0.03, at(0.0, top, 0.0), "marking"))  # the orifice
    drift = float(rng.uniform(0.1, 0.18))
    for k in range(8):  # the smoke, billowing up and drifting
        u = k / 7
        c = np.array([drift * u**1.5, top + 0.05 + 0.68 * u, -0.02 * u])
        r = 0.055 + 0.15 * u
        parts.append(sphere(r, at(*c), "marking"))
        a = 2.4 * k
        d = np.array([np.cos(a), 0.3 * np.sin(2 * a), np.sin(a)]) * r * 0.8
        parts.append(sphere(r * 0.75, at(*(c + d)), "marking"))
    parts += _tube_worms((0.2, 0.2), 5, rng)
    parts += _tube_worms((-0.17, 0.24), 3, rng)
    parts += _tube_worms((0.3, -0.05), 3, rng)
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
    for _ in range(4):  # the blips
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
    """A naval sonar station: a steel console desk with a deep cabinet, a slanting control
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


# 1462 an underwater drone


def _thruster(m: np.ndarray, r: float, length: float) -> list[Part]:
    """A ducted thruster along m's +y: a round duct (a short thick ring), a hub on struts and a
    three-bladed propeller inside, a motor pod behind."""
    duct = m @ at(0, length / 2, 0) @ scl(1.0, length / 0.026, 1.0)
    parts = [hoop(r + 0.01, 0.013, duct, 1, 18, 6)]
    parts.append(cylinder(r * 0.32, r * 0.28, length * 1.6, m @ at(0, -length * 0.5, 0), 0))
    for k in range(3):
        a = 120 * k + 30
        blade = m @ at(0, length * 0.5, 0) @ rot("y", a) @ rot("z", 25)
        parts.append(box(r * 0.95, 0.006, r * 0.35, blade @ at(r * 0.5, 0, 0), "marking"))
    for k in range(4):  # the struts
        a = np.radians(90 * k + 45)
        parts.append(rod(pt(m, 0, length * 0.1, 0), pt(m, r * np.cos(a), length * 0.1,
                                                          r * np.sin(a)), 0.008, 1))  # fmt: skip
    return parts


def _rov_frame(w: float, d: float, h: float, y0: float) -> list[Part]:
    """An ROV's open metal frame w wide, d deep and h high from y0: skids, corner posts, top and
    bottom rails and cross braces."""
    parts = []
    t = 0.03
    for s in (-1, 1):
        x = s * w / 2
        parts.append(square_bar((x, y0, -d / 2), (x, y0, d / 2), t, t, 0))  # the skids
        parts.append(square_bar((x, y0 + h, -d / 2), (x, y0 + h, d / 2), t, t, 0))
        for z in (-d / 2, d / 2):
            parts.append(square_bar((x, y0, z), (x, y0 + h, z), t, t, 0))
        parts.append(rod((x, y0, -d / 2), (x, y0 + h, d / 2), 0.018, 0))  # a brace
        for z in (-d / 2, d / 2):
            parts.append(square_bar((-w / 2, y0 + (0 if s < 0 else h), z),
                                    (w / 2, y0 + (0 if s < 0 else h), z), t, t, 0))  # fmt: skip
    return parts


def _underwater_drone(rng: Rng) -> list[Part]:
    """A work-class underwater robot (an ROV) nose to +z: a boxy open metal frame on skids, a
    thick yellow float block on top with a dark stripe, four ducted thrusters angled at its
    corners and two more upright through the float, two glass camera domes and a row of lamps
    at the front, a jointed manipulator arm with a claw folded forward under the nose, and a
    thick orange tether cable rising from the top."""
    w, d, h, y0 = 0.66, 0.9, 0.36, 0.015
    parts = [box(w - 0.04, 0.02, d - 0.04, at(0, y0 + 0.05, 0), 0, "body")]  # the deck plate
    parts += _rov_frame(w, d, h, y0)
    top = y0 + h
    float_ = at(0, top + 0.12, 0)  # the float, its edges rounded
    parts.append(slab(rrect_outline(w + 0.04, 0.24, 0.05), d + 0.02, float_, "cloth-yellow"))
    parts.append(box(w + 0.05, 0.035, d + 0.03, at(0, top + 0.05, 0), "marking"))
    for z in (-0.22, 0.2):  # the upright thrusters through the float
        parts += _thruster(at(0.2 if z > 0 else -0.2, top + 0.2, z), 0.07, 0.07)
    for sx in (-1, 1):  # the corner thrusters, angled
        for sz in (-1, 1):
            yaw = np.degrees(np.arctan2(sx, sz))
            m = at(sx * (w / 2 - 0.03), y0 + 0.2, sz * (d / 2 - 0.05)) @ rot("y", yaw) @ ALONG_Z
            parts += _thruster(m, 0.085, 0.09)
    nose = d / 2
    for s in (-1, 1):  # the camera domes and the lamps
        cam = at(s * 0.12, y0 + 0.25, nose - 0.04)
        parts.append(cylinder(0.06, 0.06, 0.08, cam @ ALONG_Z, "steel"))
        parts.append(sphere(1.0, cam @ at(0, 0, 0.08) @ scl(0.055, 0.055, 0.045), "pane"))
        parts.append(cylinder(0.028, 0.02, 0.02, cam @ at(0, 0, 0.07) @ ALONG_Z, "pupil"))
        for lx in (0.21, 0.3):
            lamp = at(s * lx, top - 0.06, nose) @ ALONG_Z
            parts.append(cylinder(0.035, 0.035, 0.05, lamp, 1))
            parts.append(cylinder(0.03, 0.03, 0.056, lamp, "glow"))
    arm = [(0.14, y0 + 0.08, nose - 0.1), (0.15, y0 + 0.1, nose + 0.06),
           (0.05, y0 + 0.05, nose + 0.18)]  # fmt: skip
    for a, b in pairwise(arm):  # the manipulator arm
        parts.append(stick(a, b, 0.022, "steel"))
        parts.append(sphere(0.03, at(*b), 1))
    parts.append(cylinder(0.03, 0.03, 0.1, at(*arm[0]) @ ALONG_Z @ at(0, -0.05, 0), 1))
    jaw = np.array(arm[-1])
    for s in (-1, 1):  # the claw
        bend, tip = jaw + np.array([s * 0.03, 0, 0.04]), jaw + np.array([s * 0.01, 0, 0.08])
        parts.append(tube([jaw, bend, tip], [0.012, 0.01, 0.006], None, "steel"))
    sway = float(rng.uniform(-0.08, 0.08))
    tether = [(0.0, top + 0.25, -0.2), (0.0, top + 0.34, -0.24), (0.05 + sway, top + 0.49, -0.4),
              (0.1 + sway, top + 0.62, -0.62)]  # fmt: skip
    parts.append(cylinder(0.04, 0.03, 0.06, at(0, top + 0.23, -0.2), 1))
    parts.append(tube(tether, 0.022, None, "fruit-orange"))
    return parts


# 1463 a dome habitat


def _dome_habitat(rng: Rng) -> list[Part]:
    """An underwater habitat on the seabed: a big hemispherical dome with ribs running up it and
    rows of round portholes in thick rims, on a deep ring base standing on short splayed legs
    with foot pads, a cylindrical airlock tube out of one side ending in a round hatch with a
    hand wheel, and a lamp on a short mast on top."""
    R, base, y1 = 0.46, 0.2, 0.34
    dome = [(R, 0.0)] + [(R * np.cos(t), R * np.sin(t)) for t in np.radians([25, 50, 70, 85])]
    parts = [lathe([*dome, (0.0, R)], at(0, y1, 0), 0, "body")]
    parts.append(cylinder(R + 0.03, R + 0.03, y1 - base, at(0, base, 0), 1))  # the ring base
    parts.append(torus(R + 0.03, 0.025, at(0, y1, 0), 1))
    parts.append(torus(R + 0.03, 0.02, at(0, base, 0), 1))
    for k in range(6):  # the legs
        a = 2 * np.pi * (k + 0.5) / 6
        c, s = np.cos(a), np.sin(a)
        foot = (R * 1.02 * c, 0.04, R * 1.02 * s)
        parts.append(stick((R * 0.8 * c, base + 0.02, R * 0.8 * s), foot, 0.03, 1))
        parts.append(cylinder(0.06, 0.05, 0.025, at(R * 1.02 * c, 0, R * 1.02 * s), 1))
    for k in range(8):  # the ribs
        a = np.radians(45 * k + 22.5)
        rib = [(R * np.cos(t) * np.cos(a), y1 + R * np.sin(t), R * np.cos(t) * np.sin(a))
               for t in np.radians([0, 25, 50, 72])]  # fmt: skip
        parts.append(tube(rib, 0.013, None, 1, shape=HEXAGON))
    pts, nrm = [], []
    for row, (el, n) in enumerate(((18, 8), (44, 8))):
        for k in range(n):
            a = np.radians(45 * k + (0 if row == 0 else 22.5) + 22.5 * (row == 0))
            e = np.radians(el)
            v = np.array([np.cos(e) * np.cos(a), np.sin(e), np.cos(e) * np.sin(a)])
            if abs(a % (2 * np.pi) - np.radians(22.5 * 0)) < 0.05 and row == 0:
                continue  # the airlock's side
            pts.append(v * R + (0, y1, 0))
            nrm.append(v)
            parts.append(hoop(0.055, 0.012, at(*(v * (R + 0.004) + (0, y1, 0))) @ align(v), 1,
                              16, 4))  # fmt: skip
    pts = np.array(pts)
    parts.append(studs(pts, nrm, 0.047, 0.008, "glow", 12))  # the lit rooms behind
    parts.append(studs(pts + np.array(nrm) * 0.008, nrm, 0.05, 0.01, "pane", 12))
    yaw = float(rng.uniform(-8, 8))
    lock = at(0, y1 + 0.1, 0) @ rot("y", yaw) @ ALONG_X  # the airlock along +x
    parts.append(cylinder(0.13, 0.13, R + 0.3, lock, 0))
    for y in (R + 0.06, R + 0.28):
        parts.append(torus(0.135, 0.018, lock @ at(0, y, 0), 1))
    hatch = lock @ at(0, R + 0.3, 0)
    parts.append(cylinder(0.11, 0.1, 0.03, hatch, 1))
    parts.append(torus(0.06, 0.008, hatch @ at(0, 0.06, 0), "steel"))
    for k in range(3):
        parts.append(box(0.12, 0.008, 0.008, hatch @ at(0, 0.058, 0) @ rot("y", 60 * k), "steel"))
    parts.append(stick(pt(hatch, 0, 0.03, 0), pt(hatch, 0, 0.06, 0), 0.012, "steel"))
    prop = pt(rot("y", yaw), R + 0.14, 0.03, 0)  # the airlock's prop
    parts.append(stick(pt(lock, 0, R + 0.14, -0.1), prop, 0.025, 1))
    parts.append(cylinder(0.05, 0.04, 0.025, at(prop[0], 0, prop[2]), 1))
    parts.append(stick((0, y1 + R - 0.01, 0), (0, y1 + R + 0.1, 0), 0.015, "steel"))  # the lamp
    parts.append(cylinder(0.03, 0.03, 0.03, at(0, y1 + R + 0.1, 0), 1))
    parts.append(sphere(0.035, at(0, y1 + R + 0.15, 0), "glow"))
    parts.append(cylinder(0.03, 0.0, 0.03, at(0, y1 + R + 0.18, 0), 1))
    return [p.moved(rot("y", 35)) for p in parts]


# 1464 a floodlight


def _floodlight(rng: Rng) -> list[Part]:
    """A rectangular floodlight: a flat box lamp with a big glowing glass front in a rounded
    bezel, deep cooling fins across its back, hung between the arms of a U-shaped yoke by two
    big pivot knobs and tilted a little down, the yoke on a short post on a round foot."""
    W, H, D = 0.62, 0.46, 0.12
    py = 0.62
    tilt = float(rng.uniform(8, 16))
    lamp = at(0, py, 0) @ rot("x", tilt)
    parts = [slab(rrect_outline(W, H, 0.04), D, lamp, 0, "body")]
    gw, gh = W - 0.1, H - 0.1  # the glass and its bezel
    parts.append(box(gw, gh, 0.03, lamp @ at(0, -gh / 2, D / 2 - 0.01), "glow"))
    for s in (-1, 1):
        parts.append(box(W - 0.04, 0.03, 0.03, lamp @ at(0, s * (gh + 0.03) / 2 - 0.015, D / 2), 1))
        parts.append(box(0.03, gh + 0.06, 0.03, lamp @ at(s * (gw + 0.03) / 2, -gh / 2 - 0.03,
                                                           D / 2), 1))  # fmt: skip
    for i in range(11):  # the cooling fins
        x = -W / 2 + 0.04 + (W - 0.08) * i / 10
        parts.append(box(0.012, H - 0.04, 0.09, lamp @ at(x, -(H - 0.04) / 2, -D / 2 - 0.04), 0))
    parts.append(
        cylinder(0.025, 0.02, 0.05, lamp @ at(0.15, -H / 2 + 0.02, -D / 2) @ rot("x", 180), 1)
    )
    for s in (-1, 1):  # the yoke's arms and the pivot knobs
        x = s * (W / 2 + 0.035)
        parts.append(box(0.03, py - 0.25, 0.06, at(x, 0.25, 0), 1))
        knob = at(x + s * 0.015, py, 0) @ rot("z", -s * 90)
        parts.append(cylinder(0.045, 0.04, 0.03, knob, 1))
        parts.append(cylinder(0.02, 0.02, 0.02, knob @ at(0, 0.03, 0), "steel"))
    parts.append(box(W + 0.1, 0.04, 0.06, at(0, 0.22, 0), 1))  # the yoke's foot
    parts.append(cylinder(0.03, 0.03, 0.2, at(0, 0.03, 0), 1))  # the post
    parts.append(cylinder(0.16, 0.17, 0.03, at(0, 0, 0), 1))  # the round foot
    parts.append(cylinder(0.05, 0.04, 0.04, at(0, 0.03, 0), 1))
    return [p.moved(rot("y", -12)) for p in parts]


# 1465 a drive-in speaker post


def _coiled_cable(a, b, r: float, turns: int, sag: float) -> Part:
    """A coiled telephone-style cable from point a to point b, sagging in the middle."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    n = turns * 6
    axis = unit(b_ - a_)
    side = unit(np.cross(axis, (0.0, 0.0, 1.0))) if abs(axis[2]) < 0.9 else np.array([1.0, 0, 0])
    up = np.cross(axis, side)
    pts = []
    for k in range(n + 1):
        u = k / n
        c = a_ + (b_ - a_) * u - np.array([0.0, sag * 4 * u * (1 - u), 0.0])
        t = 2 * np.pi * turns * u
        ramp = min(1.0, u * 8, (1 - u) * 8)
        pts.append(c + (side * np.cos(t) + up * np.sin(t)) * r * ramp)
    return tube(pts, 0.006, None, "cloth-dark", shape=HEXAGON)


def _car_speaker(m: np.ndarray) -> list[Part]:
    """A drive-in movie speaker under m, hanging from its hook at the origin: a boxy rounded
    metal case, a grille of horizontal slots on its face (+z), a volume knob, the hook on top."""
    w, h, d = 0.2, 0.24, 0.09
    c = m @ at(0, -0.05 - h / 2, 0)
    parts = [slab(rrect_outline(w, h, 0.03), d, c, 0)]
    parts.append(slab(rrect_outline(w - 0.04, h - 0.06, 0.02), 0.012, c @ at(0, 0.01, d / 2), 1))
    rows = [(-0.07, 0.07, -0.07 + 0.022 * k + 0.01) for k in range(7)]
    parts.append(lines(c @ at(0, 0, d / 2 + 0.006), rows, 0.009, 0.004, "marking"))
    parts.append(cylinder(0.022, 0.02, 0.02, c @ at(w / 2 - 0.01, -h / 2 + 0.04, 0)
                          @ rot("z", -90), 1))  # fmt: skip
    parts.append(tube([pt(m, 0, -0.05, -0.01), pt(m, 0, 0.03, -0.01), pt(m, 0, 0.04, -0.06),
                       pt(m, 0, 0.0, -0.07)], 0.008, None, "steel"))  # fmt: skip
    return parts


def _drive_in_speaker(rng: Rng) -> list[Part]:
    """A drive-in cinema speaker post: a short metal pipe post on a flanged foot, a junction box
    with a sloping lid on top with an arm out to each side, and on each arm a boxy metal speaker
    hung by its hook, a slotted grille on its face and a knob on its side, a coiled black cable
    from each speaker down into the post."""
    ph = 0.82
    parts = [cylinder(0.035, 0.035, ph, at(0, 0, 0), 0, "body")]
    parts.append(cylinder(0.09, 0.1, 0.03, at(0, 0, 0), 0))
    parts.append(cylinder(0.05, 0.04, 0.06, at(0, 0.03, 0), 0))
    jb = at(0, ph, 0)  # the junction box
    parts.append(box(0.2, 0.16, 0.14, jb, 0))
    parts.append(box(0.22, 0.025, 0.16, jb @ at(0, 0.16, 0), 1))
    parts.append(box(0.16, 0.1, 0.005, jb @ at(0, 0.03, 0.07), 1))
    for s in (-1, 1):  # the arms, the speakers and their cables
        parts.append(stick((s * 0.1, ph + 0.12, 0.0), (s * 0.24, ph + 0.12, 0.0), 0.014, "steel"))
        parts.append(sphere(0.02, at(s * 0.245, ph + 0.12, 0.0), "steel"))
        hang = at(s * 0.2, ph + 0.12, 0.015 - 0.03) @ rot("y", s * float(rng.uniform(-6, 6)))
        parts += _car_speaker(hang @ at(0, 0, 0.07))
        parts.append(_coiled_cable((s * 0.2, ph - 0.2, 0.05), (s * 0.04, ph - 0.2, 0.0), 0.018,
                                   9, 0.14))  # fmt: skip
    return parts


# 1466 a ketchup bottle


def _ketchup_bottle(rng: Rng) -> list[Part]:
    """A red plastic ketchup squeeze bottle: a round body with a rounded foot and shoulders, a
    white label band round its middle printed with a red tomato and lines of dark lettering, a
    ridged collar, and a tall pointed cone nozzle cap ending in a narrow tip."""
    r = 0.14
    body = [(0.0, 0.0), (0.11, 0.0), (0.135, 0.015), (r, 0.05), (r, 0.46), (0.135, 0.52),
            (0.11, 0.57), (0.075, 0.6), (0.07, 0.62)]  # fmt: skip
    parts = [lathe(body, None, 0, "body")]
    parts.append(cylinder(r + 0.004, r + 0.004, 0.22, at(0, 0.16, 0), "sheet"))  # the label
    tom = at(0, 0.3, r + 0.004)
    parts.append(sphere(1.0, tom @ scl(0.055, 0.05, 0.012), "card-red"))
    parts.append(sphere(1.0, tom @ at(0, 0.045, 0.004) @ scl(0.025, 0.01, 0.008), "vine"))
    parts.append(lines(at(0, 0, r + 0.005), [(-0.06, 0.06, 0.215), (-0.045, 0.045, 0.195)],
                       0.01, 0.003))  # fmt: skip
    parts.append(cylinder(0.082, 0.082, 0.05, at(0, 0.6, 0), 1))  # the collar
    for k in range(16):
        a = 2 * np.pi * k / 16
        parts.append(box(0.008, 0.04, 0.006, at(0.083 * np.cos(a), 0.605, 0.083 * np.sin(a))
                         @ rot("y", -np.degrees(a) + 90), 1))  # fmt: skip
    cone = [(0.075, 0.0), (0.07, 0.02), (0.045, 0.1), (0.022, 0.2), (0.012, 0.26), (0.0, 0.27)]
    parts.append(lathe(cone, at(0, 0.65, 0), 0))
    parts.append(cylinder(0.009, 0.004, 0.03, at(0, 0.905, 0), 1))  # the tip
    turn = 20 + float(rng.uniform(-8, 8))
    return [p.moved(rot("y", turn)) for p in parts]


MORE_APPLIANCES_ZZZZZG = {
    1459: _giant_squid, 1460: _hydrothermal_vent, 1461: _sonar_console, 1462: _underwater_drone,
    1463: _dome_habitat, 1464: _floodlight, 1465: _drive_in_speaker, 1466: _ketchup_bottle,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
