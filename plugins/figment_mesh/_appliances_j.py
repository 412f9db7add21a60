"""More of the device family's appliances, from 358: a battery, a light switch, an electric
plug, a wall socket, a bar of soap, money, a calendar, a postage stamp, a newspaper, a
sponge, a clothes iron and a hair dryer.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, at, rot, scl, v3
from ._kit import number, rect_ring, rrect, rrect_outline, steam_iron, superellipse
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import polygon, star

__all__ = ["MORE_APPLIANCES_J"]

Rng = np.random.Generator


def _wall(w: float, h: float) -> list[Part]:
    """A patch of plastered wall w × h standing on the ground, its face at z = 0."""
    return [box(w, h, 0.08, at(0, 0, -0.08), "plaster")]


def _cell(m: np.ndarray, tag: str = "") -> list[Part]:
    """One AA cell along +y from 0 to 1 under ``m``: its wrapper, a coloured band round its
    top (the second material) with a + on it, the flat - end and the + nub of bare metal."""
    R, L = 0.15, 1.0
    wrap = [(0.0, 0.02), (0.6 * R, 0.02), (R - 0.01, 0.022), (R, 0.04), (R, 0.3), (R, L - 0.3),
            (R, L - 0.1), (R - 0.02, L - 0.07), (0.6 * R, L - 0.07), (0.0, L - 0.07)]  # fmt: skip
    parts = [lathe(wrap, m, 0, tag)]
    parts.append(cylinder(R + 0.004, R + 0.004, 0.36, m @ at(0, L - 0.45, 0), 1))  # the band
    parts.append(cylinder(R * 0.85, R * 0.85, 0.025, m, "steel"))  # the - end
    parts.append(cylinder(R * 0.82, R * 0.78, 0.02, m @ at(0, L - 0.08, 0), "steel"))
    nub = [(0.0, L - 0.07), (0.055, L - 0.07), (0.055, L - 0.02), (0.045, L), (0.0, L)]
    parts.append(lathe(nub, m, "steel"))  # the + nub
    face = m @ at(0, L - 0.27, R + 0.004)
    parts.append(box(0.1, 0.026, 0.012, face @ at(0, -0.013, 0), "snow"))
    parts.append(box(0.026, 0.1, 0.012, face @ at(0, -0.05, 0), "snow"))
    for k in range(3):  # the maker's name down the wrapper
        parts.append(box(0.03, 0.09, 0.008, m @ at(0.0, 0.18 + 0.12 * k, R), "snow"))
    return parts


def _battery(rng: Rng) -> list[Part]:
    """A battery: a cylindrical AA cell standing on its - end, the + nub on top and a
    coloured band round its shoulder, a second one lying beside it."""
    parts = _cell(at(-0.25, 0, -0.05), "body")
    yaw = float(rng.uniform(-25, -10))
    parts += _cell(at(-0.05, 0.155, 0.28) @ rot("y", yaw) @ rot("z", -90))
    return parts


def _light_switch(rng: Rng) -> list[Part]:
    """A light switch on a patch of wall: a square plate with bevelled edges, a big rocker in
    its middle tipped one way (its top marked), a screw above and below it."""
    parts = _wall(1.0, 1.3)
    c = at(0, 0.68, 0)
    parts.append(slab(rrect_outline(0.6, 0.6, 0.06), 0.04, c @ at(0, 0, 0.02), 0, "body"))
    parts.append(slab(rrect_outline(0.54, 0.54, 0.04), 0.03, c @ at(0, 0, 0.04), 0))
    parts.append(slab(rrect_outline(0.24, 0.36, 0.03), 0.04, c @ at(0, 0, 0.06), 0))
    tip = float(rng.choice([-1.0, 1.0])) * 11
    rocker = c @ at(0, 0, 0.1) @ rot("x", tip)
    parts.append(slab(rrect_outline(0.2, 0.32, 0.025), 0.05, rocker, 1))
    parts.append(box(0.016, 0.06, 0.01, rocker @ at(0, 0.06, 0.025), "marking"))  # "I"
    parts.append(torus(0.025, 0.006, rocker @ at(0, -0.1, 0.027) @ rot("x", 90), "marking"))
    for y in (-0.23, 0.23):  # the screws
        head = c @ at(0, y, 0.055) @ rot("x", 90)
        parts.append(cylinder(0.026, 0.022, 0.012, head, "steel"))
        parts.append(box(0.04, 0.006, 0.008, c @ at(0, y - 0.003, 0.066), "marking"))
    return parts


def _plug_body(m: np.ndarray, pins: int, slot=0, tag: str = "") -> list[Part]:
    """A mains plug along +y under ``m``: its cable end at 0 (the strain relief hanging below
    it to -0.12), a rounded body to its flat face at 0.42 and the prongs standing out of it:
    two flat blades, and a round earth pin when ``pins`` is 3."""
    body = [(0.0, 0.0), (0.5, 0.0), (0.72, 0.08), (0.93, 0.2), (1.0, 0.3), (1.0, 0.4),
            (0.9, 0.42), (0.0, 0.42)]  # fmt: skip
    shape = rrect(0.34, 0.22, 0.07, 4)
    parts = [lathe(body, m, slot, tag, shape=shape)]
    parts.append(cylinder(0.035, 0.06, 0.14, m @ at(0, -0.12, 0), slot))  # the strain relief
    for k in range(3):  # its grip ribs
        parts.append(torus(0.055, 0.008, m @ at(0, -0.08 + 0.04 * k, 0) @ scl(1.0, 1.0, 0.8), slot))
    for x in (-0.075, 0.075):  # the two flat blades
        parts.append(box(0.022, 0.26, 0.1, m @ at(x, 0.4, 0.025), 1))
    if pins == 3:
        parts.append(cylinder(0.03, 0.03, 0.22, m @ at(0, 0.4, -0.07), 1))
        parts.append(sphere(0.03, m @ at(0, 0.62, -0.07), 1))
    return parts


def _plug(rng: Rng) -> list[Part]:
    """An electric plug lying on the ground, its brass prongs pointing out to the right and
    its thick cable trailing away behind it in an S-curve."""
    yaw = float(rng.uniform(8, 20))
    m = at(0.05, 0.115, 0.15) @ rot("y", -(90 + yaw)) @ rot("x", -90)
    parts = _plug_body(m, int(rng.choice([2, 3])), 0, "body")
    start = (m @ np.array([0.0, -0.12, 0.0, 1.0]))[:3]
    back = -(m[:3, 1])  # away from the face
    side = np.array([-back[2], 0.0, back[0]])
    pts = [start]
    for t, s, y in ((0.18, 0.0, 0.06), (0.42, 0.08, 0.03), (0.7, 0.14, 0.03), (0.98, 0.02, 0.03),
                    (1.22, -0.12, 0.03), (1.45, -0.16, 0.03)):  # fmt: skip
        p = start + t * back + s * side
        pts.append(np.array([p[0], y, p[2]]))
    parts.append(tube(pts, 0.03, slot=0))
    return parts


def _socket_face(c: np.ndarray) -> list[Part]:
    """One round socket on a plate at ``c`` (facing +z): a raised ring round a recessed well,
    two dark holes in its floor and the earth clips at its top and bottom."""
    ring = [(0.15, 0.0), (0.2, 0.0), (0.2, 0.045), (0.15, 0.045)]
    parts = [lathe(ring, c @ rot("x", 90), 0, closed=True)]
    parts.append(cylinder(0.152, 0.152, 0.012, c @ rot("x", 90), 0))  # the well's floor
    for x in (-0.08, 0.08):
        parts.append(cylinder(0.03, 0.03, 0.02, c @ at(x, 0, 0.0) @ rot("x", 90), "pupil"))
    for y in (-0.145, 0.125):
        parts.append(box(0.09, 0.02, 0.04, c @ at(0, y, 0.0), "steel"))
    return parts


def _wall_socket(rng: Rng) -> list[Part]:
    """A wall socket: a double power outlet on a patch of wall, a long plate with two round
    sockets, each with its two holes; a plug pushed half into one, its pins showing, its cable
    hanging down to the floor."""
    parts = _wall(1.4, 1.2)
    cy = 0.62
    plate = at(0, cy, 0.03)
    parts.append(slab(rrect_outline(1.0, 0.5, 0.08), 0.06, plate, 0, "body"))
    parts.append(slab(rrect_outline(0.94, 0.44, 0.06), 0.03, plate @ at(0, 0, 0.025), 0))
    xs = (-0.24, 0.24)
    for x in xs:
        parts += _socket_face(at(x, cy, 0.07))
    x = xs[int(rng.integers(2))]
    gap = 0.1
    face = at(x, cy, 0.07 + gap)
    plug = [(0.0, 0.0), (0.16, 0.0), (0.17, 0.05), (0.15, 0.16), (0.1, 0.26), (0.06, 0.3),
            (0.0, 0.3)]  # fmt: skip
    parts.append(lathe(plug, face @ rot("x", 90), 1))
    for px in (-0.08, 0.08):  # the pins, half out of the holes
        parts.append(cylinder(0.024, 0.024, gap + 0.02, at(x + px, cy, 0.06) @ rot("x", 90),
                              "steel"))  # fmt: skip
    top = np.array([x, cy, 0.07 + gap + 0.3])
    drop = [top, top + v3(0.0, -0.04, 0.05), top + v3(0.0, -0.2, 0.08), (x, 0.25, 0.56),
            (x - 0.02, 0.06, 0.58), (x - 0.12, 0.03, 0.66), (x - 0.4, 0.03, 0.7)]  # fmt: skip
    parts.append(tube(drop, 0.028, slot=1))
    return parts


def _soap(rng: Rng) -> list[Part]:
    """A bar of soap on its dish: a flat-topped bar with softly rounded edges, an oval mark
    and a name pressed into its top, a heap of white foam bubbles on one end of it and a few
    on the dish, the dish a shallow oval with ridges."""
    dish = [(0.0, 0.0), (0.42, 0.0), (0.5, 0.03), (0.58, 0.09), (0.6, 0.1), (0.56, 0.1),
            (0.47, 0.05), (0.0, 0.04)]  # fmt: skip
    parts = [lathe(dish, scl(1.0, 1.0, 0.72), 1)]
    for k in range(5):  # ridges the bar stands on
        parts.append(box(0.05, 0.03, 0.5, at(-0.3 + 0.15 * k, 0.04, 0), 1))
    bar = [(0.0, 0.0), (0.86, 0.0), (0.97, 0.02), (1.0, 0.07), (0.98, 0.14), (0.9, 0.19),
           (0.82, 0.2), (0.0, 0.2)]  # fmt: skip
    m = at(0, 0.07, 0) @ rot("y", float(rng.uniform(-12, 12)))
    parts.append(lathe(bar, m, 0, "body", shape=superellipse(0.4, 0.25, 3.2)))
    top = m @ at(0, 0.2, 0)
    parts.append(torus(1.0, 0.014, top @ scl(0.22, 0.8, 0.13), 0))  # the pressed mark
    for k in range(4):
        parts.append(box(0.045, 0.02, 0.09, top @ at(-0.09 + 0.06 * k, -0.012, 0.005), 0))
    for _ in range(9):  # foam heaped on one end
        x, z = rng.uniform(0.2, 0.34), rng.uniform(-0.14, 0.14)
        r = float(rng.uniform(0.025, 0.05))
        p = m @ np.array([x, 0.19 + r * 0.4, z, 1.0])
        parts.append(sphere(r, at(*p[:3]), "snow"))
    for k in range(3):  # a few bubbles beside it on the dish
        parts.append(sphere(0.03 + 0.012 * k, at(0.38 - 0.07 * k, 0.07, 0.2 + 0.03 * k), "snow"))
    return parts


_NOTE = (0.78, 0.36)  # a banknote's length and width


def _note_print(m: np.ndarray, value: int, numbered: bool = True) -> list[Part]:
    """The face of a banknote lying in the xz plane under ``m`` (its top at y = 0): a printed
    border, an emblem (a star in a ring) on its left, its value in a corner (when
    ``numbered``) and a round seal."""
    L, W = _NOTE
    ink = "land"
    parts = []
    parts.append(rect_ring(L - 0.06, W - 0.06, 0.01, 0.002, m @ at(0, -0.001, 0), ink))  # border
    mark = m @ at(-0.19, 0, 0)
    parts.append(torus(0.1, 0.009, mark, ink))  # the emblem: a star in a ring
    parts.append(slab(star(5, 0.42), 0.004, mark @ rot("x", -90) @ rot("z", 90) @ scl(0.075), ink))
    face = m @ rot("x", -90)  # numerals drawn in xy, lying face up
    if numbered:
        parts += number(value, face @ at(L / 2 - 0.12, W / 2 - 0.14, 0), 0.035, 0.07, ink)
    parts.append(torus(0.045, 0.006, m @ at(0.22, 0, 0.04), ink))  # the seal
    return parts


def _money(rng: Rng) -> list[Part]:
    """Money: a thick wad of banknotes held by a paper band round its middle, two loose notes
    fanned beside it and a few coins, one small stack and two lying."""
    L, W = _NOTE
    value = int(rng.choice([5, 10, 20, 50, 100]))
    parts = []
    n, t = 7, 0.018
    for k in range(n):  # the wad, each note a little askew
        yaw = float(rng.uniform(-2.5, 2.5))
        dx, dz = rng.uniform(-0.01, 0.01, 2)
        parts.append(box(L, t, W, at(dx - 0.1, t * k, dz - 0.1) @ rot("y", yaw), 0,
                         "body" if k == 0 else ""))  # fmt: skip
    H = n * t
    parts.append(box(0.16, H + 0.01, W + 0.016, at(-0.1, -0.003, -0.1), "cloth-yellow"))
    parts += _note_print(at(-0.1, H + 0.001, -0.1), value)
    for k, (x, z, yaw) in enumerate(((0.1, 0.28, -18.0), (0.22, 0.34, -34.0))):  # loose notes
        m = at(x, 0.006 + 0.008 * k, z) @ rot("y", yaw)
        parts.append(box(L, 0.006, W, m, 0))
        parts += _note_print(m @ at(0, 0.0065, 0), value, k == 0)
    coins = [(0.48, 0.0, -0.18), (0.48, 0.03, -0.18), (0.49, 0.06, -0.17), (0.62, 0.0, 0.05),
             (-0.45, 0.0, 0.3)]  # fmt: skip
    for x, y, z in coins:
        c = at(x, y, z)
        parts.append(cylinder(0.1, 0.1, 0.028, c, 1))
        parts.append(torus(0.08, 0.01, c @ at(0, 0.028, 0), 1))
    return parts


def _calendar(rng: Rng) -> list[Part]:
    """A desk calendar standing as a tent: a page of the month with its coloured header band
    (the month's name and number), a grid of days (Sundays in red, one day ringed), a wire
    coil through its top edge, the stand's back leaning on it."""
    W, H = 1.0, 0.82
    front = at(0, 0, 0.2) @ rot("x", -18)
    parts = [box(W * 0.97, H - 0.06, 0.02, front @ at(0, 0.0, 0.02), 0, "body")]  # the pages
    parts.append(box(W, H, 0.03, front, 1))  # the board under them
    parts.append(box(W, H, 0.03, at(0, 0, -0.32) @ rot("x", 22), 1))  # the stand's back
    page = front @ at(0, 0, 0.031)
    parts.append(box(W * 0.97, 0.15, 0.006, page @ at(0, H - 0.24, 0), 1))  # the header band
    parts += number(int(rng.integers(1, 13)), page @ at(0.3, H - 0.21, 0.004), 0.04, 0.09, "snow")
    for k in range(3):  # the month's name
        parts.append(box(0.1, 0.08, 0.004, page @ at(-0.33 + 0.13 * k, H - 0.205, 0.004), "snow"))
    x0, x1, y0, y1 = -0.44, 0.44, 0.05, H - 0.3
    cols, rows = 7, 5
    parts.append(box(x1 - x0, 0.04, 0.004, page @ at(0, y1 - 0.04, 0), "marking"))  # weekdays
    for i in range(cols + 1):
        x = x0 + (x1 - x0) * i / cols
        parts.append(box(0.006, y1 - y0, 0.004, page @ at(x, y0, 0), "marking"))
    for j in range(rows + 1):
        y = y0 + (y1 - 0.04 - y0) * j / rows
        parts.append(box(x1 - x0, 0.006, 0.004, page @ at(0, y - 0.003, 0), "marking"))
    cw, ch = (x1 - x0) / cols, (y1 - 0.04 - y0) / rows
    first = int(rng.integers(0, 7))
    for j in range(rows):
        for i in range(cols):
            day = j * cols + i - first + 1
            if day < 1 or day > 31:
                continue
            x = x0 + cw * (i + 0.3)
            y = y0 + ch * (rows - j - 0.4)
            ink = "card-red" if i == cols - 1 else "marking"
            parts.append(box(0.03 if day < 10 else 0.05, 0.035, 0.006, page @ at(x, y, 0), ink))
    ringed = int(rng.integers(0, rows * cols))
    i, j = ringed % cols, ringed // cols
    cx, cy = x0 + cw * (i + 0.5), y0 + ch * (rows - j - 0.5)
    parts.append(torus(1.0, 0.008, page @ at(cx, cy, 0.006) @ rot("x", 90) @ scl(0.055, 1, 0.05),
                       "card-red"))  # fmt: skip
    turns = 15  # the wire coil through the top edge
    t = np.linspace(0.0, turns * 2 * np.pi, turns * 6 + 1)
    x = -W / 2 + 0.05 + (W - 0.1) * t / t[-1]
    coil = np.stack([x, 0.045 * np.cos(t), -0.01 + 0.045 * np.sin(t)], 1)
    parts.append(tube(coil, 0.007, front @ at(0, H, 0), "steel", shape=polygon(5)(5)))
    return parts


def _teeth(a, b, n: int, r: float, T: float, m: np.ndarray) -> Part:
    """A row of ``n`` round teeth r high and T thick along the edge from (x, y) a to b of a
    sheet in the xy plane under ``m``: a stamp's perforated edge, as one beaded strip."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    pts, radii = [], []
    for k in range(n):
        for f, rr in ((-0.5, 0.25), (-0.3, 0.8), (0.0, 1.0), (0.3, 0.8)):
            pts.append([*(a + (b - a) * (k + 0.5 + f) / n), 0.0])
            radii.append(r * rr)
    pts.append([*b, 0.0])
    radii.append(r * 0.25)
    h = T / (2 * r)
    flat = np.array([[h, 1.0], [-h, 1.0], [-h, -1.0], [h, -1.0]])
    return tube(pts, radii, m, 0, shape=flat)


def _stamp(rng: Rng) -> list[Part]:
    """A big postage stamp standing up: white paper with a perforated, scalloped edge all
    round, a framed picture (a snowy mountain under the sun), its value in the top corner,
    the country's name along the foot and a wavy postmark across one corner."""
    W, H, T = 0.8, 1.0, 0.025
    m = at(0, 0.03, 0) @ rot("x", -10)
    c = m @ at(0, H / 2, 0)
    parts = [box(W, H, T, m, 0, "body")]
    for s in (-1, 1):  # the perforations' teeth round its four edges
        parts.append(_teeth((-W / 2, s * H / 2), (W / 2, s * H / 2), 11, 0.026, T, c))
        parts.append(_teeth((s * W / 2, -H / 2), (s * W / 2, H / 2), 14, 0.026, T, c))
    face = c @ at(0, 0, T / 2)
    pw, ph = W - 0.16, H - 0.26
    parts.append(box(pw + 0.04, ph + 0.04, 0.006, face @ at(0, -ph / 2 + 0.03, 0), "marking"))
    pic = face @ at(0, 0.05, 0.004)
    parts.append(box(pw, ph, 0.006, pic @ at(0, -ph / 2, 0), 1))  # the picture's sky
    hill = [(-pw / 2, -ph / 2), (pw / 2, -ph / 2), (pw / 2, -0.1), (0.1, 0.14), (-0.05, 0.02),
            (-0.2, 0.1), (-pw / 2, -0.12)]  # fmt: skip
    parts.append(slab(hill, 0.006, pic @ at(0, 0, 0.005), "land"))
    cap = [(0.02, 0.06), (0.1, 0.14), (0.17, 0.07), (0.13, 0.08), (0.1, 0.05)]
    parts.append(slab(cap, 0.006, pic @ at(0, 0, 0.009), "snow"))
    parts.append(cylinder(0.07, 0.07, 0.006, pic @ at(-0.17, 0.24, 0.005) @ rot("x", 90),
                          "cloth-yellow"))  # fmt: skip
    value = int(rng.choice([5, 10, 20, 50]))
    corner = pic @ at(pw / 2 - 0.11, ph / 2 - 0.16, 0.006)
    parts.append(box(0.2, 0.14, 0.006, corner @ at(0, -0.01, 0), "snow"))
    parts += number(value, corner @ at(0, 0.01, 0.004), 0.04, 0.09, "marking")
    for k in range(6):  # the country's name along the foot
        parts.append(box(0.06, 0.05, 0.004, face @ at(-0.2 + 0.08 * k, -H / 2 + 0.04, 0),
                         "marking"))  # fmt: skip
    mark = face @ at(0.2, -0.25, 0.016)
    parts.append(torus(0.13, 0.01, mark @ rot("x", 90), "marking"))
    for k in range(4):  # the postmark's wavy lines
        xs = np.linspace(0.0, 0.14 - 0.02 * abs(k - 1.5), 6)
        pts = [(x, 0.06 * (k - 1.5) + 0.02 * np.sin(14 * x), 0.0) for x in xs]
        parts.append(tube(pts, 0.008, mark @ at(0.05, 0.0, 0.0), "marking"))
    return parts


def _newspaper(rng: Rng) -> list[Part]:
    """A folded newspaper lying propped toward the viewer: its fold rounded along the foot,
    the masthead's big letters across the top, a headline, a photo and columns of text."""
    W, H, T = 1.0, 0.72, 0.05
    m = at(0, 0.028, 0.1) @ rot("x", -64)
    parts = [box(W, H, T, m @ at(0, 0, -T / 2), 0, "body")]
    parts.append(cylinder(T / 2, T / 2, W, m @ at(-W / 2, 0, 0) @ rot("z", -90), 0))  # the fold
    for k in range(2):  # the loose edges of the pages inside, showing at the top
        edge = m @ at(0, H - 0.005 + 0.008 * k, -0.01 - 0.015 * k)
        parts.append(box(W - 0.01, 0.02, T * 0.3, edge, 0))
    f = m @ at(0, 0, 0.002)
    ink = "marking"
    letters = [0.07, 0.08, 0.06, 0.08, 0.07, 0.08, 0.06, 0.07]
    x = -0.36
    for w in letters:  # the masthead
        parts.append(box(w, 0.1, 0.004, f @ at(x + w / 2, H - 0.15, 0), ink))
        x += w + 0.025
    for y in (H - 0.04, H - 0.18):  # the rules round it
        parts.append(box(W - 0.08, 0.008, 0.004, f @ at(0, y, 0), ink))
    parts.append(box(W - 0.08, 0.004, 0.004, f @ at(0, H - 0.2, 0), ink))
    x = -0.44
    for w in (0.14, 0.1, 0.18, 0.12, 0.16):  # the headline's words
        parts.append(box(w, 0.05, 0.004, f @ at(x + w / 2, H - 0.28, 0), ink))
        x += w + 0.03
    px, pw, ph = -0.22, 0.44, 0.3  # the photo
    parts.append(box(pw, ph, 0.006, f @ at(px, H - 0.62, 0), 1))
    parts.append(sphere(1.0, f @ at(px - 0.05, H - 0.5, 0.004) @ scl(0.06, 0.08, 0.004), ink))
    parts.append(box(0.2, 0.06, 0.006, f @ at(px - 0.05, H - 0.62, 0.003), ink))
    for k in range(3):  # its caption
        parts.append(box(pw, 0.012, 0.004, f @ at(px, H - 0.66 - 0.03 * k, 0), ink))
    for col in range(2):  # the columns beside it
        cx = 0.1 + 0.2 * col + 0.08
        for k in range(11):
            w = 0.16 if k % 5 != 4 else 0.09
            parts.append(box(w, 0.012, 0.004, f @ at(cx - (0.16 - w) / 2, H - 0.34 - 0.034 * k, 0),
                             ink))  # fmt: skip
    del rng
    return parts


def _sponge(rng: Rng) -> list[Part]:
    """A kitchen sponge: a rectangular block of porous foam, its holes dark all over its
    faces, a darker layer of scouring pad (the second material) on its top."""
    L, D, H, S = 0.95, 0.6, 0.3, 0.08
    shape = rrect(1.0, 1.0, 0.08, 4)
    foam = [(0.0, 0.0), (0.96, 0.0), (1.0, 0.03), (1.0, H - 0.02), (0.98, H), (0.0, H)]
    sc = scl(L, 1.0, D)
    parts = [lathe(foam, sc, 0, "body", shape=shape)]
    pad = [(0.0, 0.0), (1.0, 0.0), (1.0, S - 0.02), (0.97, S), (0.0, S)]
    parts.append(lathe(pad, at(0, H - 0.005, 0) @ scl(L * 1.005, 1.0, D * 1.005), 1, shape=shape))
    for _ in range(22):  # holes in its front
        x, y = rng.uniform(-L / 2 + 0.04, L / 2 - 0.04), rng.uniform(0.03, H - 0.04)
        r = float(rng.uniform(0.012, 0.03))
        hole = at(x, y, D / 2) @ scl(1.0, float(rng.uniform(0.6, 1.0)), 1.0)
        parts.append(slab(polygon(7, r), 0.01, hole, "marking"))
    for _ in range(12):  # and its side
        z, y = rng.uniform(-D / 2 + 0.04, D / 2 - 0.04), rng.uniform(0.03, H - 0.04)
        r = float(rng.uniform(0.012, 0.03))
        hole = at(L / 2, y, z) @ rot("y", 90) @ scl(1.0, float(rng.uniform(0.6, 1.0)), 1.0)
        parts.append(slab(polygon(7, r), 0.01, hole, "marking"))
    for _ in range(8):  # the pad's rough fibres
        x, z = rng.uniform(-L / 2 + 0.03, L / 2 - 0.03), rng.uniform(-D / 2 + 0.03, D / 2 - 0.03)
        knot = at(x, H + S - 0.01, z) @ rot("y", float(rng.uniform(0, 180)))
        parts.append(box(0.06, 0.015, 0.012, knot, 1))
    return parts


def _hair_dryer(rng: Rng) -> list[Part]:
    """A hair dryer standing on its handle: a round barrel lying across the top narrowing to
    a flattened nozzle, a dark grille with rings over its back, its switches on the handle and
    the cord curling away on the ground."""
    cy = 0.78
    axis = at(0.05, cy, 0) @ rot("z", 90)  # local +y toward the nozzle (-x)
    barrel = [(0.0, -0.38), (0.17, -0.38), (0.2, -0.34), (0.21, -0.2), (0.2, 0.0), (0.16, 0.18),
              (0.11, 0.3), (0.0, 0.3)]  # fmt: skip
    parts = [lathe(barrel, axis, 0, "body")]
    nozzle = [(0.0, 0.26), (1.0, 0.26), (0.95, 0.4), (1.0, 0.48), (0.0, 0.48)]
    parts.append(lathe(nozzle, axis, 1, shape=superellipse(0.1, 0.055, 4.0, 24)))
    mouth = axis @ at(0, 0.485, 0) @ rot("x", -90)
    parts.append(slab(rrect_outline(0.17, 0.07, 0.03), 0.01, mouth, "pupil"))
    back = axis @ at(0, -0.38, 0)
    parts.append(cylinder(0.165, 0.165, 0.01, back @ rot("x", 180), "marking"))  # the grille
    for r in (0.05, 0.1, 0.145):
        parts.append(torus(r, 0.011, back @ at(0, -0.012, 0), 1))
    for a in (0, 60, 120):
        parts.append(box(0.31, 0.014, 0.014, back @ at(0, -0.02, 0) @ rot("y", a), 1))
    lean = float(rng.uniform(10, 18))
    top = np.array([0.12, cy - 0.12, 0.0])
    foot = np.array([0.12 + np.tan(np.radians(lean)) * (cy - 0.2), 0.07, 0.0])
    grip = [top, (top + foot) / 2 + v3(-0.015, 0, 0), foot]
    parts.append(tube(grip, [0.085, 0.075, 0.08], slot=0, shape=superellipse(1.0, 0.8, 2.5, 16)))
    parts.append(sphere(1.0, at(*foot) @ scl(0.09, 0.07, 0.075), 0))
    parts.append(torus(0.04, 0.01, at(*(foot + v3(0.07, -0.02, 0))) @ rot("x", 90), 1))  # its loop
    for k in range(2):  # the switches on its side
        p = foot + (top - foot) * (0.5 + 0.22 * k) + v3(0, 0, 0.06)
        parts.append(box(0.05, 0.08, 0.03, at(*p) @ rot("z", lean), "card-red" if k else 1))
    x = foot[0]
    cord = [foot + v3(0.0, -0.02, 0.05), foot + v3(-0.05, -0.05, 0.2), (x - 0.25, 0.025, 0.35),
            (x - 0.55, 0.025, 0.25), (x - 0.75, 0.025, 0.4)]  # fmt: skip
    parts.append(tube(cord, 0.022, slot=0))
    return parts


MORE_APPLIANCES_J = {
    358: _battery, 359: _light_switch, 360: _plug, 361: _wall_socket, 362: _soap, 363: _money,
    364: _calendar, 365: _stamp, 366: _newspaper, 367: _sponge, 368: steam_iron, 369: _hair_dryer,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
