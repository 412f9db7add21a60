"""More of the device family's appliances, from 726: a hospital X-ray machine, a dentist chair,
an astrolabe, an orrery, a server rack, a theremin, a light-up dance floor, a popcorn machine, a
musical triangle, a gong.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl
from ._kit import gear_outline
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZO"]

Rng = np.random.Generator


def _moved(parts: list[Part], m: np.ndarray) -> list[Part]:
    """The parts, all placed by m after their own placement."""
    return [p.moved(m) for p in parts]


@cache
def _pad(w: float, t: float) -> np.ndarray:
    """A rounded-rectangle cross-section w wide (first axis) and t thick, for a padded tube."""
    a = np.linspace(0, 2 * np.pi, 20, endpoint=False)
    c, s = np.cos(a), np.sin(a)
    out = np.stack(
        [w / 2 * np.sign(c) * np.abs(c) ** 0.3, t / 2 * np.sign(s) * np.abs(s) ** 0.5], 1
    )
    out.flags.writeable = False
    return out


def _trefoil(m: np.ndarray, r: float) -> list[Part]:
    """A radiation warning sign at m facing +z: a yellow square with a black trefoil."""
    parts = [box(2.4 * r, 2.4 * r, 0.004, m @ at(0, -1.2 * r, 0), "cloth-yellow")]
    parts.append(cylinder(0.18 * r, 0.18 * r, 0.006, m @ rot("x", 90), "marking"))
    for k in range(3):
        a = np.radians(90 + 120 * k)
        sector = [(0.3 * r * np.cos(a + d), 0.3 * r * np.sin(a + d)) for d in (-0.5, 0.5)]
        sector += [(r * np.cos(a + d), r * np.sin(a + d)) for d in (0.5, 0.0, -0.5)]
        parts.append(slab(sector, 0.006, m @ at(0, 0, 0.003), "marking"))
    return parts


def _xray_machine(rng: Rng) -> list[Part]:
    """A hospital X-ray room: a long padded patient table on a central pedestal, a tall column
    behind it carrying an arm that reaches over the table to a boxy X-ray tube head pointing
    down, a control console with a screen standing at the table's foot."""
    parts = [box(0.7, 0.05, 0.5, None, 0, "body")]
    parts.append(box(0.34, 0.7, 0.34, at(0, 0.05, 0), 0))  # the pedestal
    parts.append(box(1.9, 0.08, 0.62, at(0, 0.72, 0), 0))  # the table top
    parts.append(box(1.8, 0.05, 0.56, at(0, 0.8, 0), "cloth-dark"))  # the pad
    parts.append(box(0.5, 0.03, 0.5, at(-0.1, 0.68, 0), 1))  # the detector drawer
    cx, cz = -0.15, -0.62
    parts.append(box(0.5, 0.04, 0.4, at(cx, 0, cz), 1))  # the tube stand
    parts.append(box(0.14, 2.0, 0.14, at(cx, 0, cz), 1))
    parts.append(box(0.22, 0.2, 0.2, at(cx, 1.6, cz), 1))  # the carriage
    parts.append(box(0.12, 0.1, 0.72, at(cx, 1.66, cz + 0.4), 1))  # the arm
    head = at(cx, 1.42, 0.0)
    parts.append(cylinder(0.06, 0.06, 0.2, head @ at(0, 0.1, 0), 1))  # the swivel
    parts.append(cylinder(0.11, 0.11, 0.5, head @ at(-0.25, 0.12, 0) @ rot("z", -90), 0))
    for s in (-1, 1):  # the tube's end caps
        parts.append(cylinder(0.125, 0.125, 0.04, head @ at(s * 0.25 - 0.02 * (s < 0), 0.12, 0)
                              @ rot("z", -90), 1))  # fmt: skip
    parts.append(box(0.24, 0.2, 0.24, head @ at(0, -0.2, 0), 0))  # the collimator
    parts.append(cylinder(0.09, 0.05, 0.06, head @ at(0, -0.2, 0) @ rot("x", 180), 1))
    parts.append(box(0.16, 0.05, 0.01, head @ at(0, -0.1, 0.12), "window"))  # its dial
    parts += _trefoil(head @ at(0, -0.13, 0.125), 0.035)
    for s in (-1, 1):  # the handles
        parts.append(box(0.02, 0.02, 0.16, head @ at(s * 0.14, -0.16, 0), 1))
    con = at(1.2, 0, -0.15) @ rot("y", float(rng.uniform(-5, 5)))
    parts.append(box(0.3, 0.04, 0.3, con, 1))  # the control box on its post
    parts.append(box(0.08, 0.95, 0.08, con, 1))
    head = con @ at(0, 0.95, 0) @ rot("x", -25)
    parts.append(box(0.46, 0.3, 0.12, head @ at(0, 0, -0.06), 0))
    parts.append(box(0.24, 0.16, 0.01, head @ at(-0.08, 0.1, 0.0), "window"))  # its screen
    for k in range(3):  # its buttons
        slot = ("rainbow-green", "rainbow-yellow", "card-red")[k]
        parts.append(cylinder(0.02, 0.02, 0.015, head @ at(0.15, 0.06 + 0.075 * k, 0)
                              @ rot("x", 90), slot))  # fmt: skip
    return parts


def _dentist_chair(rng: Rng) -> list[Part]:
    """A dentist chair: one long padded seat curving from a headrest down the reclined back and
    seat to a sloping leg rest, on a central hydraulic column over a round base; an arm over it
    with a round dental lamp, a tray of tools on a swing arm, a spittoon bowl at the side."""
    parts = [cylinder(0.26, 0.28, 0.05, scl(1, 1, 1.4), 1, "body")]
    parts.append(cylinder(0.1, 0.1, 0.45, at(0, 0.05, 0), 1))  # the column
    for y in (0.15, 0.25, 0.35):  # its bellows rings
        parts.append(torus(0.1, 0.012, at(0, y, 0), 1))
    parts.append(box(0.42, 0.06, 0.5, at(0, 0.48, 0.02), 1))  # the seat frame
    ctrl = [(0, 1.2, -0.9), (0, 0.98, -0.62), (0, 0.76, -0.3), (0, 0.64, -0.12), (0, 0.6, 0.05),
            (0, 0.62, 0.25), (0, 0.55, 0.38), (0, 0.36, 0.68)]  # fmt: skip
    parts.append(tube(ctrl, 1.0, None, 0, "", _pad(0.56, 0.16)))
    parts.append(tube([(0, 1.3, -1.04), (0, 1.23, -0.93), (0, 1.16, -0.84)], 1.0, None, 0, "",
                      _pad(0.32, 0.14)))  # the headrest # fmt: skip
    for s in (-1, 1):  # the armrests
        parts.append(stick((s * 0.32, 0.66, -0.3), (s * 0.32, 0.78, 0.12), 0.035, 1))
        parts.append(stick((s * 0.32, 0.78, 0.12), (s * 0.32, 0.6, 0.2), 0.025, 1))
    # the lamp's post and arm, the lamp over the chest
    px, pz = -0.5, -0.9
    parts.append(cylinder(0.04, 0.04, 1.9, at(px, 0.05, pz), 1))
    parts.append(box(0.14, 0.05, 0.14, at(px, 0, pz), 1))
    parts.append(tube([(px, 1.92, pz), (-0.42, 2.02, -0.75), (-0.15, 2.0, -0.45), (0, 1.96, -0.35)],
                      0.028, None, 1))  # fmt: skip
    lamp = at(0, 1.7, -0.3) @ rot("x", 12)
    parts.append(stick((0, 1.96, -0.35), (0, 1.8, -0.32), 0.025, 1))
    dish = [(0.0, 0.13), (0.12, 0.12), (0.19, 0.07), (0.21, 0.0)]
    parts.append(lathe(dish, lamp @ scl(1.4, 1, 0.8), 1))  # the lamp head
    parts.append(cylinder(0.17, 0.17, 0.01, lamp @ scl(1.4, 1, 0.8), "glow"))
    for s in (-1, 1):  # its handles
        parts.append(stick((s * 0.3, 0.05, 0.0), (s * 0.36, 0.05, 0.0), 0.014, 1).moved(lamp))
    # the tray on its swing arm
    tx, tz = 0.5, -0.1
    parts.append(cylinder(0.025, 0.025, 0.9, at(tx, 0.0, tz), 1))
    parts.append(stick((tx, 0.9, tz), (0.45, 0.9, 0.25), 0.02, 1))
    parts.append(box(0.36, 0.02, 0.24, at(0.45, 0.9, 0.3) @ rot("y", 20), 1))
    for k in range(4):  # the tools on the tray
        x = 0.36 + 0.05 * k
        parts.append(stick((x, 0.93, 0.22), (x + 0.03, 0.93, 0.38), 0.006, "steel"))
    # the spittoon on its unit
    sx, sz = 0.58, -0.5
    parts.append(box(0.18, 0.8, 0.18, at(sx, 0.05, sz), 1))
    bowl = [(0.03, 0.0), (0.1, 0.03), (0.14, 0.1), (0.13, 0.1), (0.08, 0.05), (0.0, 0.04)]
    parts.append(lathe(bowl, at(sx, 0.85, sz + 0.05), "snow"))
    parts.append(tube([(sx - 0.05, 0.85, sz - 0.08), (sx - 0.05, 1.0, sz - 0.06),
                       (sx - 0.03, 1.02, sz + 0.02)], 0.012, None, "steel"))  # fmt: skip
    parts.append(cylinder(0.025, 0.025, 0.06, at(sx + 0.1, 0.85, sz - 0.05), "snow"))  # a cup
    return _moved(parts, rot("y", float(rng.uniform(-18, -12))))


def _astrolabe(rng: Rng) -> list[Part]:
    """An astrolabe hung on a small stand: a round brass disc (the mater) with a raised rim, a
    scale of ticks round its edge and engraved circles inside, a pierced star map (the rete) of
    rings and curved flame-like pointers over it, a rule across the face, a throne and hanging
    ring at the top; turned a little from the viewer."""
    r, cy = 0.36, 0.52
    face = at(0, cy, 0)
    parts = [cylinder(r, r, 0.03, face @ at(0, 0, -0.03) @ rot("x", 90), 0, "body")]
    parts.append(torus(r - 0.015, 0.02, face @ rot("x", 90), 0))  # the rim
    n = 48
    for k in range(n):  # the scale ticks
        a = 360.0 * k / n
        long = 0.035 if k % 4 == 0 else 0.018
        parts.append(box(0.006, long, 0.008, face @ rot("z", a) @ at(0, r - 0.03 - long, 0),
                         "marking"))  # fmt: skip
    for rr in (r - 0.075, 0.2):  # engraved circles
        parts.append(torus(rr, 0.004, face @ rot("x", 90), "marking"))
    for k in range(4):  # almucantar lines of the plate
        rr = 0.06 + 0.035 * k
        parts.append(torus(rr, 0.003, face @ at(0, 0.04 + 0.02 * k, 0) @ rot("x", 90), "marking"))
    rete = face @ at(0, 0, 0.015)
    parts.append(torus(0.19, 0.012, rete @ at(0, 0.09, 0) @ rot("x", 90), 0))  # the ecliptic
    parts.append(torus(r - 0.08, 0.01, rete @ rot("x", 90), 0))  # the rete's rim
    for k in range(4):  # its cross bars
        a = np.radians(45 + 90 * k)
        parts.append(stick((0, 0, 0), ((r - 0.08) * np.cos(a), (r - 0.08) * np.sin(a), 0), 0.008,
                           0).moved(rete))  # fmt: skip
    for k in range(7):  # the curved star pointers
        a = np.radians(20 + 51 * k + float(rng.uniform(-6, 6)))
        pts = [(rr * np.cos(a + da), rr * np.sin(a + da), 0.0)
               for rr, da in ((0.15, 0.0), (0.2, 0.2), (0.25, 0.35))]  # fmt: skip
        parts.append(tube(pts, [0.012, 0.008, 0.0], rete, 0))
    rule = face @ at(0, 0, 0.03) @ rot("z", float(rng.uniform(20, 60)))
    parts.append(box(0.035, 2 * r - 0.04, 0.008, rule @ at(0, -(r - 0.02), 0), 1))  # the rule
    parts.append(cylinder(0.022, 0.022, 0.03, face @ at(0, 0, 0.02) @ rot("x", 90), 1))  # pin
    throne = [(-0.09, r - 0.03), (0.09, r - 0.03), (0.06, r + 0.04), (0.03, r + 0.08),
              (0.0, r + 0.1), (-0.03, r + 0.08), (-0.06, r + 0.04)]  # fmt: skip
    parts.append(slab(throne, 0.03, face @ at(0, 0, -0.015), 0))
    parts.append(torus(0.025, 0.008, face @ at(0, r + 0.12, 0) @ rot("z", 90), 0))  # shackle
    parts.append(torus(0.055, 0.01, face @ at(0, r + 0.19, 0) @ rot("x", 90), 0))  # the ring
    top = cy + r + 0.245
    stand = [box(0.36, 0.04, 0.26, at(0, 0, -0.1), 1)]
    stand.append(box(0.04, top + 0.04, 0.04, at(0, 0, -0.16), 1))
    stand.append(stick((0, top + 0.02, -0.16), (0, top + 0.02, 0.0), 0.015, 1))
    stand.append(stick((0, top + 0.02, 0.0), (0, top - 0.02, 0.0), 0.01, 1))
    turn = rot("y", float(rng.uniform(16, 24)))
    return _moved(parts + stand, turn)


def _orrery(rng: Rng) -> list[Part]:
    """An orrery: a brass sun sphere on a column over a round wooden pedestal with gear wheels on
    it, thin arms at different lengths and heights radiating out each holding a small planet up
    on a post, the planets of different sizes, one with a ring, the earth with its moon."""
    parts = [lathe([(0.0, 0.0), (0.34, 0.0), (0.34, 0.05), (0.3, 0.08), (0.26, 0.14),
                    (0.0, 0.14)], None, 1, "body")]  # fmt: skip
    parts.append(cylinder(0.2, 0.2, 0.06, at(0, 0.14, 0), 0))  # the gear box
    for y, gr, teeth in ((0.2, 0.17, 24), (0.23, 0.11, 16)):  # gears on top
        parts.append(slab(gear_outline(gr, teeth, 0.015), 0.015, at(0, y, 0) @ rot("x", 90), 0))
    for k in range(3):  # little gears meshing at the side
        a = np.radians(30 + 120 * k)
        m = at(0.22 * np.cos(a), 0.21, 0.22 * np.sin(a)) @ rot("x", 90)
        parts.append(slab(gear_outline(0.06, 10, 0.012), 0.015, m, 0))
    parts.append(cylinder(0.018, 0.018, 0.42, at(0, 0.2, 0), 0))  # the column
    parts.append(sphere(0.1, at(0, 0.7, 0), 0))  # the sun
    planets = [  # arm length, height, radius, slot
        (0.16, 0.56, 0.022, "steel"), (0.24, 0.52, 0.032, "cloth-yellow"),
        (0.33, 0.48, 0.036, "plume"), (0.42, 0.44, 0.03, "card-red"),
        (0.55, 0.4, 0.07, "fruit-orange"), (0.7, 0.36, 0.055, "cloth-yellow"),
    ]  # fmt: skip
    a0 = float(rng.uniform(0, 360))
    for k, (arm, y, pr, slot) in enumerate(planets):
        a = np.radians(a0 + 137.5 * k)
        x, z = arm * np.cos(a), arm * np.sin(a)
        parts.append(cylinder(0.025, 0.025, 0.02, at(0, y - 0.01, 0), 0))  # the arm's collar
        parts.append(stick((0, y, 0), (x, y, z), 0.006, 0))
        py = 0.62 + 0.02 * k
        parts.append(stick((x, y, z), (x, py - pr, z), 0.005, 0))
        parts.append(sphere(pr, at(x, py, z), slot))
        if k == 5:  # saturn's ring
            parts.append(torus(pr * 1.8, pr * 0.18, at(x, py, z) @ rot("x", 20) @ scl(1, 0.3, 1),
                               0))  # fmt: skip
        if k == 2:  # the moon on its little arm
            parts.append(stick((x, py, z), (x + 0.07, py, z), 0.004, 0))
            parts.append(sphere(0.012, at(x + 0.07, py, z), "snow"))
    return parts


def _server_rack(rng: Rng) -> list[Part]:
    """A server rack: a tall black metal cabinet open at the front, full of flat server units
    stacked one over another, each with a row of drive bays and small green and blue status
    lights, a network switch at the top with cables looping down the side."""
    w, h, d = 0.62, 2.0, 0.9
    parts = [box(w, 0.08, d, None, 0, "body")]  # the plinth
    for s in (-1, 1):
        parts.append(box(0.03, h, d, at(s * (w / 2 - 0.015), 0, 0), 0))  # the sides
        parts.append(box(0.04, h - 0.12, 0.03, at(s * (w / 2 - 0.05), 0.08, d / 2 - 0.04), 0))
    parts.append(box(w, 0.05, d, at(0, h - 0.05, 0), 0))  # the top
    parts.append(box(w - 0.06, h - 0.13, 0.02, at(0, 0.08, -d / 2 + 0.01), 0))  # the back
    fz = d / 2 - 0.04
    units = [2, 1, 2, 2, 1, 3, 2, 2, 1, 2, 4, 2, 2, 1, 2, 3, 2, 2]
    u, y = 0.0445, 0.12
    for k, n in enumerate(units):
        uh = n * u - 0.005
        if y + uh > h - 0.25:
            break
        uw = w - 0.14
        parts.append(box(uw, uh, 0.4, at(0, y, fz - 0.2), 1))  # the unit
        if n == 4:  # a blanking gap: just a dark panel
            parts.append(box(uw - 0.02, uh - 0.01, 0.005, at(0, y + 0.005, fz), "marking"))
        else:
            bays = 3
            bw = (uw * 0.62) / bays
            for b in range(bays):  # the drive bays
                bx = -uw / 2 + 0.03 + bw * (b + 0.5)
                parts.append(box(bw - 0.008, uh - 0.012, 0.006, at(bx, y + 0.006, fz), "marking"))
            slot = "rainbow-green" if k % 3 else "rainbow-blue"  # the status light
            parts.append(box(0.03, 0.014, 0.01, at(uw / 2 - 0.06, y + uh / 2 - 0.007, fz), slot))
        y += n * u
    # the switch at the top, with its cables
    sy = h - 0.2
    parts.append(box(w - 0.14, 0.07, 0.35, at(0, sy, fz - 0.175), 1))
    parts.append(box(w - 0.2, 0.03, 0.006, at(0, sy + 0.02, fz), "marking"))
    for j in range(6):
        slot = "rainbow-green" if j % 3 else "rainbow-orange"
        parts.append(box(0.012, 0.01, 0.008, at(-0.2 + 0.075 * j, sy + 0.055, fz), slot))
    colours = ("plume", "plume", "cloth-yellow", "card-red", "plume")
    for j, c in enumerate(colours):
        x0 = -0.18 + 0.07 * j
        drop = 0.4 + 0.12 * j + float(rng.uniform(0, 0.08))
        pts = [(x0, sy + 0.03, fz + 0.01), (x0 * 0.5 + 0.15, sy - 0.05, fz + 0.06),
               (0.25, sy - drop * 0.5, fz + 0.04), (0.255, sy - drop, fz + 0.01)]  # fmt: skip
        parts.append(tube(pts, 0.007, None, c))
    return parts


def _theremin(rng: Rng) -> list[Part]:
    """A theremin: a small wooden cabinet on four splayed legs with a few knobs on its front, a
    tall straight antenna rod rising from its right end and a horizontal loop antenna sticking
    out sideways from its left end."""
    w, bh, d, leg = 0.6, 0.2, 0.3, 0.72
    parts = [box(w, bh, d, at(0, leg, 0), 0, "body")]
    parts.append(box(w + 0.03, 0.02, d + 0.03, at(0, leg + bh, 0), 0))  # the lid
    parts.append(box(w + 0.02, 0.03, d + 0.02, at(0, leg - 0.01, 0), 0))
    for sx in (-1, 1):  # the legs
        for sz in (-1, 1):
            top = (sx * (w / 2 - 0.05), leg, sz * (d / 2 - 0.05))
            foot = (sx * (w / 2 + 0.02), 0.0, sz * (d / 2 + 0.04))
            parts.append(tube([top, foot], [0.02, 0.012], None, 0))
    parts.append(box(w - 0.1, bh - 0.08, 0.006, at(0, leg + 0.04, d / 2), 1))  # the panel
    for k in range(3):  # the knobs
        parts.append(cylinder(0.022, 0.02, 0.025, at(-0.15 + 0.15 * k, leg + 0.1, d / 2)
                              @ rot("x", 90), 1))  # fmt: skip
    ax = w / 2 - 0.07
    parts.append(cylinder(0.03, 0.02, 0.05, at(ax, leg + bh + 0.02, 0), 1))  # the pitch rod
    parts.append(cylinder(0.008, 0.006, 0.62, at(ax, leg + bh + 0.07, 0), "steel"))
    parts.append(sphere(0.01, at(ax, leg + bh + 0.69, 0), "steel"))
    ly = leg + bh * 0.6
    parts.append(cylinder(0.025, 0.025, 0.04, at(-w / 2, ly, 0) @ rot("z", 90), 1))  # its mount
    loop = [(-w / 2 - 0.04, ly, 0.0), (-w / 2 - 0.12, ly, 0.13), (-w / 2 - 0.34, ly, 0.15),
            (-w / 2 - 0.42, ly, 0.0), (-w / 2 - 0.34, ly, -0.15), (-w / 2 - 0.12, ly, -0.13),
            (-w / 2 - 0.04, ly, 0.0)]  # fmt: skip
    parts.append(tube(loop, 0.011, None, "steel"))  # the volume loop
    return parts


def _dance_floor(rng: Rng) -> list[Part]:
    """A light-up disco dance floor: a square of glowing square tiles in a grid, in rainbow
    colours with some tiles dark, set in a thin raised metal frame."""
    n, t, gap = 7, 0.14, 0.012
    size = n * t + (n + 1) * gap
    parts = [box(size, 0.06, size, None, 0, "body")]
    for s in (-1, 1):  # the frame
        parts.append(box(size + 0.06, 0.08, 0.03, at(0, 0, s * (size / 2 + 0.015)), 0))
        parts.append(box(0.03, 0.08, size, at(s * (size / 2 + 0.015), 0, 0), 0))
    colours = ("rainbow-red", "rainbow-orange", "rainbow-yellow", "rainbow-green",
               "rainbow-blue", "rainbow-violet")  # fmt: skip
    shift = int(rng.integers(0, 6))
    for i in range(n):
        for j in range(n):
            x = -size / 2 + gap + t / 2 + i * (t + gap)
            z = -size / 2 + gap + t / 2 + j * (t + gap)
            dim = rng.random() < 0.2
            slot = "window" if dim else colours[(i + j + shift) % 6]
            parts.append(box(t, 0.012, t, at(x, 0.06, z), slot))
    return parts


def _popcorn_machine(rng: Rng) -> list[Part]:
    """A popcorn machine: a cart-like cabinet on four small wheels, a glass box on top heaped
    with white and yellow popcorn, a steel kettle hanging inside from the roof, a striped sign
    over the roof."""
    w, d, ch, wy = 0.7, 0.45, 0.62, 0.1
    parts = [box(w, ch, d, at(0, wy, 0), 0, "body")]
    parts.append(box(w + 0.04, 0.03, d + 0.04, at(0, wy + ch, 0), 1))  # the counter
    parts.append(box(w + 0.02, 0.02, d + 0.02, at(0, wy, 0), 1))
    parts.append(box(w - 0.12, ch - 0.16, 0.01, at(0, wy + 0.08, d / 2), 1))  # a door
    parts.append(box(0.1, 0.02, 0.02, at(0.18, wy + 0.3, d / 2 + 0.01), "steel"))  # handle
    for sx in (-1, 1):  # the wheels
        for sz in (-1, 1):
            m = at(sx * (w / 2 - 0.08), 0.06, sz * (d / 2 - 0.08)) @ rot("z", 90)
            parts.append(cylinder(0.06, 0.06, 0.035, m @ at(0, -0.0175, 0), "cloth-dark"))
            parts.append(box(0.03, 0.06, 0.03, at(sx * (w / 2 - 0.08), wy - 0.04,
                                                   sz * (d / 2 - 0.08)), "steel"))  # fmt: skip
    gy, gh = wy + ch + 0.03, 0.5
    parts.append(box(w, gh, d, at(0, gy, 0), "pane"))  # the glass box
    for sx in (-1, 1):  # the corner posts
        for sz in (-1, 1):
            parts.append(box(0.03, gh, 0.03, at(sx * (w / 2 - 0.01), gy, sz * (d / 2 - 0.01)), 0))
    parts.append(box(w + 0.04, 0.05, d + 0.04, at(0, gy + gh, 0), 0))  # the roof
    # the popcorn heap
    parts.append(box(w - 0.04, 0.08, d - 0.04, at(0, gy, 0), "snow"))
    for k in range(24):
        x = float(rng.uniform(-w / 2 + 0.05, w / 2 - 0.05))
        z = float(rng.uniform(-d / 2 + 0.05, d / 2 - 0.05))
        y = gy + 0.08 + 0.06 * (1 - (x / (w / 2)) ** 2) * float(rng.uniform(0.3, 1))
        slot = "cloth-yellow" if k % 4 == 0 else "snow"
        r = float(rng.uniform(0.022, 0.032))
        parts.append(sphere(r, at(x, y, z) @ scl(1, 0.8, 1.1), slot))
    # the kettle hanging from the roof, popcorn spilling from it
    ky, kx = gy + 0.2, 0.06
    tilt = at(kx, ky, 0.03) @ rot("z", 15)
    pot = [(0.0, 0.0), (0.12, 0.0), (0.15, 0.04), (0.15, 0.13), (0.16, 0.14)]
    parts.append(lathe(pot, tilt, "steel"))
    parts.append(lathe([(0.16, 0.0), (0.08, 0.05), (0.0, 0.06)], tilt @ at(0.03, 0.16, 0),
                       "steel"))  # its lid # fmt: skip
    parts.append(stick((kx, ky + 0.2, 0.03), (kx, gy + gh, 0.03), 0.014, "steel"))
    parts.append(stick((kx - 0.13, ky + 0.06, 0.03), (kx - 0.22, ky + 0.02, 0.03), 0.012, "steel"))
    for k in range(5):
        parts.append(sphere(0.026, at(kx + 0.12 + 0.03 * k, ky - 0.01 - 0.015 * k * k, 0.03
                                      + 0.03 * (k % 2)), "snow"))  # fmt: skip
    # the striped sign on the roof
    sy = gy + gh + 0.05
    arch = [(-w / 2, 0.0), (w / 2, 0.0), (w / 2 - 0.04, 0.12), (0.0, 0.2),
            (-w / 2 + 0.04, 0.12)]  # fmt: skip
    parts.append(slab(arch, 0.03, at(0, sy, d / 2 - 0.02), 0))
    stripes = 9
    for k in range(1, stripes, 2):  # white stripes on it
        x = -w / 2 + (k + 0.5) * w / stripes
        hh = 0.19 - 0.5 * (x / w) ** 2
        parts.append(box(w / stripes, hh, 0.01, at(x, sy + 0.0, d / 2 - 0.003), "snow"))
    parts.append(box(w + 0.04, 0.03, 0.03, at(0, sy, d / 2 - 0.01), 1))
    return parts


def _triangle(rng: Rng) -> list[Part]:
    """A musical triangle: a steel rod bent into a triangle with one corner left open, hanging by
    a string loop from the arm of a small wooden stand, its thin beater lying on the stand."""
    s, top = 0.5, 0.98
    ht = s * np.sqrt(3) / 2
    apex = np.array([0.0, top - 0.12])
    left = apex + np.array([-s / 2, -ht])
    right = apex + np.array([s / 2, -ht])

    def near(a, b, f):
        return tuple(a + (b - a) * f)

    pts = [near(left, right, 0.08), near(left, right, 0.5), near(left, right, 0.96),
           tuple(right), near(right, apex, 0.04), near(right, apex, 0.96), tuple(apex),
           near(apex, left, 0.04), near(apex, left, 0.5), near(apex, left, 0.9)]  # fmt: skip
    path = [(x, y, 0.0) for x, y in pts]
    parts = [tube(path, 0.012, None, 0, "body")]
    # the stand
    parts.append(box(0.6, 0.03, 0.26, at(0.05, 0, -0.05), 1))
    parts.append(box(0.035, top + 0.08, 0.035, at(0.32, 0, -0.05), 1))
    parts.append(stick((0.33, top + 0.06, -0.05), (0.0, top + 0.06, -0.05), 0.014, 1))
    loop = [(0.0, top + 0.06, -0.04), (-0.015, top, -0.02), (-0.01, top - 0.1, 0.0),
            (0.0, apex[1] + 0.01, 0.0), (0.01, top - 0.1, 0.0), (0.015, top, -0.02),
            (0.0, top + 0.06, -0.04)]  # fmt: skip
    parts.append(tube(loop, 0.004, None, "cloth-dark"))  # the string loop
    lean = float(rng.uniform(-0.04, 0.04))
    parts.append(stick((-0.2, 0.04, 0.05 + lean), (0.25, 0.04, 0.02 - lean), 0.006, 0))  # beater
    parts.append(sphere(0.012, at(-0.2, 0.04, 0.05 + lean), 1))
    return parts


def _curl(x: float, y: float, s: int) -> list[tuple[float, float, float]]:
    """Points of a crossbar end curling up and back over itself at x, height y, side s."""
    return [(x, y, 0), (x + s * 0.06, y + 0.01, 0), (x + s * 0.1, y + 0.06, 0),
            (x + s * 0.07, y + 0.1, 0), (x + s * 0.03, y + 0.08, 0)]  # fmt: skip


def _gong(rng: Rng) -> list[Part]:
    """A gong: a large round bronze disc with a turned-back rim and a raised boss in the middle,
    hanging by two cords from the crossbar of a wooden frame of two posts on feet, the bar's
    ends curled up, a padded mallet leaning against a post."""
    r, cy, bar = 0.42, 0.78, 1.4
    disc = [(0.0, 0.0), (r - 0.04, 0.0), (r, 0.01), (r, 0.06), (r - 0.02, 0.06),
            (r - 0.03, 0.03), (0.1, 0.03), (0.08, 0.06), (0.0, 0.075)]  # fmt: skip
    face = at(0, cy, -0.03) @ rot("x", 90)
    parts = [lathe(disc, face, 0, "body")]
    parts.append(torus(0.16, 0.005, face @ at(0, 0.032, 0), 0))  # a ring round the boss
    px = 0.6
    for s in (-1, 1):  # the posts on their feet
        parts.append(box(0.07, bar, 0.07, at(s * px, 0.0, 0), 1))
        parts.append(box(0.1, 0.07, 0.5, at(s * px, 0.0, 0), 1))
        parts.append(stick((s * px, 0.3, 0.0), (s * px, 0.07, 0.2), 0.015, 1))  # braces
        parts.append(stick((s * px, 0.3, 0.0), (s * px, 0.07, -0.2), 0.015, 1))
    parts.append(box(2 * px + 0.08, 0.08, 0.08, at(0, bar - 0.02, 0), 1))  # the crossbar
    for s in (-1, 1):  # its curled ends
        parts.append(tube(_curl(s * (px + 0.04), bar + 0.02, s), 0.035, None, 1))
    for s in (-1, 1):  # the cords
        hx = s * 0.12
        parts.append(stick((hx, cy + np.sqrt(r * r - hx * hx) - 0.03, 0.0), (s * 0.3, bar, 0.0),
                           0.008, "cloth-dark"))  # fmt: skip
    lean = float(rng.uniform(-0.03, 0.03))
    foot = (px - 0.16, 0.0, 0.26 + lean)
    head = (px - 0.06, 0.55, 0.08)
    parts.append(stick(foot, head, 0.014, 1))  # the mallet
    parts.append(sphere(0.06, at(*head) @ scl(1, 0.9, 1), "cloth-dark"))
    return parts


MORE_APPLIANCES_ZO = {
    726: _xray_machine, 727: _dentist_chair, 728: _astrolabe, 729: _orrery, 730: _server_rack,
    731: _theremin, 732: _dance_floor, 733: _popcorn_machine, 734: _triangle, 735: _gong,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
