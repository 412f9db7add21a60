"""More of the device family's appliances, from 492: a coffee grinder, a pepper mill, a
milkshake, a dish rack, a cake stand, a menu holder, a chef's hat, a ladle, a saucepan, a soup
tureen, a fondue pot and a cutting board with a knife.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl, v3
from ._kit import annulus, ellipse, flame, lobed, plate, rect_ring, rrect_outline
from ._lettering import paint_strokes
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_U"]

Rng = np.random.Generator

_UP = rot("x", -90)
"""Lays a slab's outline (drawn in xy, extruded along z) flat: its x stays x, its y runs to
-z and its depth stands along +y."""


def _pie(r: float, a0: float, a1: float, apex: float = 0.0, n: int = 28) -> np.ndarray:
    """A disc of radius r from angle a0 to a1 (degrees, counter-clockwise) closed through its
    centre, pulled ``apex`` out along the middle of its arc: a cake less its slice, or the
    slice."""
    t = np.radians(np.linspace(a0, a1, n))
    mid = np.radians((a0 + a1) / 2)
    arc = np.stack([r * np.cos(t), r * np.sin(t)], 1)
    return np.concatenate([arc, [[apex * np.cos(mid), apex * np.sin(mid)]]])


# ---- 492 coffee grinder ------------------------------------------------------------------------


def _coffee_grinder(rng: Rng) -> list[Part]:
    """A hand-crank coffee mill: a square wooden box with a little drawer and its knob in front,
    a metal hopper bowl on top and a crank arm over it ending in a round wooden knob."""
    W, H, y0 = 0.56, 0.46, 0.05
    parts = [box(W + 0.06, y0, W + 0.06, None, 0), box(W, H, W, at(0, y0, 0), 0, "body")]
    top = y0 + H
    parts.append(box(W + 0.05, 0.035, W + 0.05, at(0, top, 0), 0))
    for sx in (-1, 1):  # corner beads
        for sz in (-1, 1):
            parts.append(cylinder(0.022, 0.022, H, at(sx * W / 2, y0, sz * W / 2), 0))
    z = W / 2
    parts.append(box(0.44, 0.2, 0.03, at(0, y0 + 0.04, z), "marking"))  # the drawer's gap
    parts.append(box(0.4, 0.16, 0.07, at(0, y0 + 0.06, z), 0))  # the drawer front
    parts.append(cylinder(0.012, 0.012, 0.05, at(0, y0 + 0.14, z + 0.03) @ rot("x", 90), 1))
    parts.append(sphere(0.036, at(0, y0 + 0.14, z + 0.09), 1))
    y1 = top + 0.035
    parts.append(box(0.4, 0.02, 0.4, at(0, y1, 0), 1))  # the hopper's plate
    bowl = [(0.0, 0.0), (0.1, 0.0), (0.18, 0.04), (0.25, 0.12), (0.28, 0.18), (0.285, 0.2),
            (0.265, 0.2), (0.23, 0.13), (0.16, 0.07), (0.08, 0.045), (0.0, 0.045)]  # fmt: skip
    parts.append(lathe(bowl, at(0, y1 + 0.02, 0), 1))
    parts.append(torus(0.278, 0.012, at(0, y1 + 0.22, 0), 1))
    shaft = y1 + 0.36
    parts.append(cylinder(0.025, 0.025, shaft - y1, at(0, y1, 0), 1))
    parts.append(sphere(1.0, at(0, shaft + 0.02, 0) @ scl(0.05, 0.035, 0.05), 1))
    turn = rot("y", float(rng.uniform(-35, 15)))
    arm = [(0.0, shaft, 0.0), (0.14, shaft + 0.015, 0.05), (0.3, shaft + 0.03, 0.02),
           (0.44, shaft + 0.04, -0.04)]  # fmt: skip
    parts.append(tube(arm, [0.03, 0.022, 0.02, 0.026], turn, 1, shape=ellipse(1.0, 0.5)))
    end = turn @ at(0.44, shaft + 0.04, -0.04)
    parts.append(cylinder(0.01, 0.01, 0.05, end, 1))
    knob = [(0.0, 0.0), (0.03, 0.0), (0.05, 0.04), (0.055, 0.08), (0.045, 0.12), (0.0, 0.135)]
    parts.append(lathe(knob, end @ at(0, 0.04, 0), 0))
    return parts


# ---- 493 pepper mill ---------------------------------------------------------------------------


def _pepper_mill(rng: Rng) -> list[Part]:
    """A tall turned wooden pepper mill waisted like a chess piece: a flared foot, a slim neck,
    a swelling turned head with beads, and a small metal knob on top; peppercorns by it."""
    body = [(0.0, 0.0), (0.2, 0.0), (0.21, 0.03), (0.19, 0.07), (0.15, 0.15), (0.12, 0.3),
            (0.11, 0.44), (0.12, 0.52), (0.15, 0.58), (0.16, 0.62), (0.0, 0.62)]  # fmt: skip
    parts = [lathe(body, None, 0, "body")]
    parts.append(torus(0.115, 0.018, at(0, 0.36, 0), 0))  # a bead round the waist
    parts.append(cylinder(0.15, 0.15, 0.014, at(0, 0.62, 0), "marking"))  # the head's seam
    head = [(0.0, 0.0), (0.165, 0.0), (0.175, 0.05), (0.165, 0.13), (0.13, 0.22), (0.1, 0.28),
            (0.115, 0.31), (0.105, 0.35), (0.07, 0.38), (0.0, 0.39)]  # fmt: skip
    parts.append(lathe(head, at(0, 0.634, 0), 0))
    parts.append(torus(0.172, 0.012, at(0, 0.68, 0), 0))
    knob = [(0.0, 0.0), (0.022, 0.0), (0.02, 0.03), (0.05, 0.05), (0.052, 0.08), (0.035, 0.1),
            (0.0, 0.105)]  # fmt: skip
    parts.append(lathe(knob, at(0, 1.015, 0), 1))
    for _ in range(5):  # peppercorns on the table
        a, d = rng.uniform(0, 2 * np.pi), rng.uniform(0.28, 0.4)
        parts.append(sphere(0.022, at(d * np.cos(a), 0.022, d * np.sin(a)), "marking"))
    return parts


# ---- 494 milkshake -----------------------------------------------------------------------------


def whipped_cream(y: float, r: float, cherry: str) -> list[Part]:
    """A heap of whipped cream from height y, r wide, piped up in a swirl and topped with a
    cherry on its stalk (a milkshake's, a sundae's)."""
    cream = [
        (0.0, y),
        (r, y),
        (1.04 * r, y + 0.24 * r),
        (0.8 * r, y + 0.48 * r),
        (0.0, y + 0.52 * r),
    ]
    parts = [lathe(cream, None, "snow", shape=lobed(40, 8, 0.12))]
    t = np.linspace(0.0, 1.0, 14)
    a = t * 2.4 * 2 * np.pi
    swirl = np.stack([0.8 * r * (1 - t) * np.cos(a), y + 0.4 * r + 0.8 * r * t,
                      0.8 * r * (1 - t) * np.sin(a)], 1)  # fmt: skip
    parts.append(tube(swirl, np.linspace(0.26 * r, 0.12 * r, 14), None, "snow"))
    top = y + 1.4 * r
    parts.append(sphere(0.22 * r, at(0.04 * r, top, 0.0), cherry))
    stem = [(0.04 * r, top + 0.16 * r, 0.0), (0.12 * r, top + 0.44 * r, -0.04 * r),
            (0.28 * r, top + 0.64 * r, -0.08 * r)]  # fmt: skip
    parts.append(tube(stem, 0.028 * r, slot="vine"))
    return parts


def _milkshake(rng: Rng) -> list[Part]:
    """A milkshake: a tall flared soda glass on a short stem full of pink shake, a swirl of
    whipped cream heaped over its rim, a cherry on top and a striped straw stuck in aslant."""
    glass = [(0.0, 0.0), (0.17, 0.0), (0.18, 0.015), (0.16, 0.03), (0.06, 0.05), (0.04, 0.1),
             (0.06, 0.16), (0.12, 0.3), (0.17, 0.55), (0.22, 0.8), (0.25, 0.95), (0.245, 0.965),
             (0.235, 0.95), (0.205, 0.8), (0.155, 0.55), (0.105, 0.32), (0.05, 0.2),
             (0.0, 0.19)]  # fmt: skip
    parts = [lathe(glass, None, 0, "body")]
    shake = [(0.0, 0.195), (0.05, 0.205), (0.1, 0.32), (0.15, 0.55), (0.2, 0.8), (0.228, 0.93),
             (0.0, 0.93)]  # fmt: skip
    parts.append(lathe(shake, None, "eraser"))
    parts += whipped_cream(0.9, 0.25, "card-red")
    lean = float(rng.uniform(-22, -16))
    straw = at(-0.06, 0.3, -0.04) @ rot("z", -lean) @ rot("x", -8)
    bands = 10
    for k in range(bands):
        y = 0.4 + 0.09 * k
        parts.append(cylinder(0.026, 0.026, 0.09, straw @ at(0, y, 0), 1 if k % 2 else "snow"))
    return parts


# ---- 495 dish rack -----------------------------------------------------------------------------


def _mug(m: np.ndarray, slot) -> list[Part]:
    """A mug upside down at ``m`` (its rim on y = 0), its handle toward +x."""
    cup = [(0.0, 0.0), (0.09, 0.0), (0.095, 0.17), (0.085, 0.18), (0.0, 0.18)]
    parts = [lathe(cup, m, slot), torus(0.08, 0.006, m @ at(0, 0.005, 0), "marking")]
    loop = [(0.09, 0.04, 0.0), (0.15, 0.05, 0.0), (0.16, 0.11, 0.0), (0.09, 0.14, 0.0)]
    parts.append(tube(loop, 0.014, m, slot))
    return parts


def _dish_rack(rng: Rng) -> list[Part]:
    """A wire dish rack on its drip tray: a basket of wire rails, rows of upright tines with
    round plates standing in them, and two mugs upside down on its other end."""
    L, D = 1.3, 0.6
    parts = [box(L + 0.08, 0.015, D + 0.08, None, 1, "body")]  # the drip tray
    for s in (-1, 1):
        parts.append(box(L + 0.08, 0.05, 0.02, at(0, 0, s * (D / 2 + 0.03)), 1))
        parts.append(box(0.02, 0.05, D + 0.08, at(s * (L / 2 + 0.03), 0, 0), 1))
    parts.append(box(0.1, 0.02, 0.06, at(L / 2 + 0.07, 0.03, 0.1) @ rot("z", -10), 1))  # spout
    y0, h, r = 0.07, 0.26, 0.008
    for x in (-L / 2 + 0.02, L / 2 - 0.02):  # feet
        for z in (-D / 2 + 0.02, D / 2 - 0.02):
            parts.append(stick((x, 0.015, z), (x, y0, z), 0.012, 0))
    for z in np.linspace(-D / 2, D / 2, 6):  # the floor's rails along it
        parts.append(stick((-L / 2, y0, z), (L / 2, y0, z), r, 0))
    for x in np.linspace(-L / 2, L / 2, 8)[1:-1]:  # ... and across it, rising up its sides
        side = [(x, y0 + h, -D / 2), (x, y0, -D / 2), (x, y0, D / 2), (x, y0 + h, D / 2)]
        parts.append(tube(side, r, slot=0))
    for s in (-1, 1):  # the top rails round its rim
        parts.append(stick((-L / 2, y0 + h, s * D / 2), (L / 2, y0 + h, s * D / 2), r * 1.4, 0))
        mid = y0 + h * 0.5
        parts.append(stick((-L / 2, mid, s * D / 2), (L / 2, mid, s * D / 2), r, 0))
        x = s * L / 2
        end = [(x, y0, -D / 2), (x, y0 + h, -D / 2), (x, y0 + h, D / 2), (x, y0, D / 2)]
        parts.append(tube(end, r, slot=0))
    n = int(rng.integers(3, 5))
    step = 0.21
    x0 = -L / 2 + 0.06
    for k in range(2 * n + 1):  # the tines in two rows, two between each pair of plates
        x = x0 + step * k / 2
        for z in (-0.15, 0.15):
            parts.append(stick((x, y0, z), (x + 0.015, y0 + 0.25, z), r, 0))
    for k in range(n):  # the plates standing in them, faces across the rack
        m = at(x0 + step * (k + 0.5) - 0.03, y0 + 0.27, 0) @ rot("z", 90 - 10)
        parts.append(plate(m, 0.27))
    for k, z in enumerate((-0.12, 0.13)):  # the mugs, upside down at its other end
        parts += _mug(at(0.33 + 0.1 * k, y0 + r, z) @ rot("y", 20 - 60 * k), ("plume", "snow")[k])
    return parts


# ---- 496 cake stand ----------------------------------------------------------------------------


def _cake_stand(rng: Rng) -> list[Part]:
    """A cake stand: a round plate on a single turned pedestal foot, holding a layered cake of
    sponge and cream with a slice cut out and drawn a little way out of it, rosettes and
    cherries round its top."""
    foot = [(0.0, 0.0), (0.25, 0.0), (0.26, 0.02), (0.21, 0.05), (0.1, 0.09), (0.06, 0.14),
            (0.075, 0.19), (0.05, 0.24), (0.045, 0.3), (0.09, 0.34), (0.16, 0.36),
            (0.0, 0.36)]  # fmt: skip
    parts = [lathe(foot, None, 0)]
    plate = [(0.0, 0.0), (0.52, 0.0), (0.55, 0.025), (0.54, 0.04), (0.5, 0.03), (0.0, 0.03)]
    parts.append(lathe(plate, at(0, 0.35, 0), 0, "body"))
    y = 0.38
    R, gap = 0.34, 46.0
    mid = -float(np.degrees(np.arctan2(0.8, 0.6)))  # the cut toward the viewer's eye
    cake = sharp(_pie(R, mid + gap / 2, mid + 360 - gap / 2, 0.02))
    piece = sharp(_pie(R, mid - gap / 2 + 4, mid + gap / 2 - 4, -0.02, 8))
    out = np.radians(mid)
    pull = at(0.12 * np.cos(out), 0, -0.12 * np.sin(out))
    layers = [(1, 0.1), ("snow", 0.03), (1, 0.1), ("snow", 0.03), (1, 0.09), ("snow", 0.035)]
    for k, (slot, h) in enumerate(layers):
        parts.append(slab(cake, h, at(0, y + h / 2, 0) @ _UP, slot, "" if k else "cake"))
        parts.append(slab(piece, h, pull @ at(0, y + h / 2, 0) @ _UP, slot))
        y += h
    for k in range(12):  # rosettes round its top, and cherries on some
        a = np.radians(mid + gap / 2 + 12 + (360 - gap - 24) * k / 11)
        p = (0.28 * np.cos(a), y + 0.02, -0.28 * np.sin(a))
        parts.append(sphere(1.0, at(*p) @ scl(0.04, 0.03, 0.04), "snow"))
        if k % 3 == 1:
            parts.append(sphere(0.035, at(p[0], p[1] + 0.045, p[2]), "card-red"))
    del rng
    return parts


# ---- 497 menu holder ---------------------------------------------------------------------------


_MENU = [
    [(0.0, 0.0), (0.0, 1.0), (0.4, 0.45), (0.8, 1.0), (0.8, 0.0)],
    [(1.55, 1.0), (1.05, 1.0), (1.05, 0.0), (1.55, 0.0)], [(1.05, 0.5), (1.45, 0.5)],
    [(1.8, 0.0), (1.8, 1.0), (2.4, 0.0), (2.4, 1.0)],
    [(2.65, 1.0), (2.65, 0.15), (2.8, 0.0), (3.1, 0.0), (3.25, 0.15), (3.25, 1.0)],
]  # fmt: skip
"""MENU in block capitals as polylines, 1 high and 3.25 wide."""


def _menu_holder(rng: Rng) -> list[Part]:
    """A table menu holder: a wooden block base with a metal frame standing in it, holding an
    upright card headed MENU with lines of dishes (dark stripes) and their prices down it."""
    W, H = 0.5, 0.7
    parts = [slab(rrect_outline(0.62, 0.26, 0.05), 0.08, at(0, 0.04, 0) @ _UP, 0, "body")]
    parts.append(box(W + 0.06, 0.03, 0.05, at(0, 0.08, 0), 1))  # the clamp
    card = at(0, 0.1, 0) @ rot("x", -6)
    parts.append(box(W, H, 0.012, card, "sheet"))
    parts.append(rect_ring(W + 0.03, H + 0.03, 0.02, 0.022, card @ at(0, H / 2, -0.011)
                            @ rot("x", 90), 1))  # fmt: skip
    parts.append(rect_ring(W - 0.06, H - 0.06, 0.008, 0.004, card @ at(0, H / 2, 0.006)
                            @ rot("x", 90), 1))  # fmt: skip
    m = card @ at(0, H - 0.13, 0.007)
    s = 0.07
    lines = [[(s * (x - 1.625), s * y) for x, y in line] for line in _MENU]
    parts += paint_strokes(lines, m, 0.015, "marking")
    parts.append(box(0.22, 0.006, 0.004, card @ at(0, H - 0.175, 0.007), "marking"))
    for k in range(7):  # dishes: a line of text, dots and a price
        yk = H - 0.23 - 0.058 * k
        w = float(rng.uniform(0.16, 0.26))
        x0 = -W / 2 + 0.06
        parts.append(box(w, 0.018, 0.004, card @ at(x0 + w / 2, yk, 0.007), "marking"))
        parts.append(box(0.06, 0.018, 0.004, card @ at(W / 2 - 0.09, yk, 0.007), "marking"))
        if k % 3 == 2:
            parts.append(box(0.1, 0.01, 0.004, card @ at(x0 + 0.05, yk - 0.022, 0.007), 1))
    return parts


# ---- 498 chef's hat ----------------------------------------------------------------------------


def _chefs_hat(rng: Rng) -> list[Part]:
    """A chef's tall white toque: a smooth headband, a tall band of upright pleats above it and
    a big puffed crown overhanging it like a mushroom's cap, creased in soft lobes; no brim."""
    band = [(0.0, 0.0), (0.28, 0.0), (0.285, 0.02), (0.285, 0.1), (0.28, 0.12), (0.0, 0.12)]
    parts = [lathe(band, None, 0)]
    pleats = [(0.0, 0.1), (0.27, 0.1), (0.28, 0.3), (0.3, 0.5), (0.32, 0.62), (0.0, 0.62)]
    parts.append(lathe(pleats, None, 0, "body", shape=lobed(64, 24, 0.07)))
    lobes = int(rng.integers(7, 10))
    crown = [(0.0, 0.5), (0.3, 0.5), (0.4, 0.56), (0.46, 0.68), (0.46, 0.8), (0.4, 0.92),
             (0.26, 1.0), (0.1, 1.01), (0.0, 0.98)]  # fmt: skip
    parts.append(lathe(crown, rot("y", float(rng.uniform(0, 40))), 0,
                       shape=lobed(72, lobes, 0.1)))  # fmt: skip
    return parts


# ---- 499 ladle ---------------------------------------------------------------------------------


def _ladle(rng: Rng) -> list[Part]:
    """A soup ladle standing on its deep round bowl, a rolled rim round it, its long handle
    rising steeply from the rim to a curled hook at the top, a grip on its middle."""
    R = 0.24
    bowl = [(0.0, 0.0), (0.1, 0.004), (0.18, 0.035), (0.225, 0.09), (0.24, 0.16), (0.24, 0.2),
            (0.225, 0.2), (0.224, 0.16), (0.21, 0.1), (0.17, 0.05), (0.09, 0.025),
            (0.0, 0.02)]  # fmt: skip
    parts = [lathe(bowl, None, 0, "body"), torus(R - 0.006, 0.012, at(0, 0.2, 0), 0)]
    turn = rot("y", 40 + float(rng.uniform(-6, 6)))  # the handle rises at its right, behind
    path = [(R - 0.01, 0.19, 0.0), (R + 0.05, 0.32, 0.0), (R + 0.11, 0.6, 0.0),
            (R + 0.14, 0.95, 0.0), (R + 0.15, 1.22, 0.0), (R + 0.12, 1.36, 0.0),
            (R + 0.03, 1.42, 0.0), (R - 0.06, 1.37, 0.0), (R - 0.07, 1.27, 0.0),
            (R - 0.04, 1.22, 0.0)]  # fmt: skip
    radii = [0.022, 0.024, 0.026, 0.028, 0.03, 0.026, 0.022, 0.02, 0.019, 0.018]
    parts.append(tube(path, radii, turn, 0, shape=ellipse(0.7, 1.0)))
    parts.append(tube(path[2:5], [0.031, 0.034, 0.036], turn, 1, shape=ellipse(0.75, 1.0)))
    return parts


# ---- 500 saucepan ------------------------------------------------------------------------------


def _saucepan(rng: Rng) -> list[Part]:
    """A saucepan: a straight-sided cylindrical pot with a lid and its knob, a long straight
    handle riveted to its side sticking out almost level, a hanging hole at its end."""
    R, H = 0.38, 0.34
    pot = [(0.0, 0.0), (R - 0.03, 0.0), (R - 0.004, 0.006), (R, 0.03), (R, H),
           (R + 0.012, H + 0.01), (R - 0.012, H), (R - 0.015, 0.03), (0.0, 0.03)]  # fmt: skip
    parts = [lathe(pot, None, 0, "body"), cylinder(R + 0.003, R + 0.003, 0.01, at(0, 0.05, 0), 0)]
    lid = [(0.0, 0.0), (R + 0.02, 0.0), (R + 0.025, 0.012), (R - 0.01, 0.03), (0.2, 0.07),
           (0.0, 0.085)]  # fmt: skip
    parts.append(lathe(lid, at(0, H + 0.005, 0), 0))
    knob = [(0.0, 0.0), (0.03, 0.0), (0.028, 0.04), (0.07, 0.05), (0.075, 0.075), (0.06, 0.09),
            (0.0, 0.092)]  # fmt: skip
    parts.append(lathe(knob, at(0, H + 0.085, 0), 1))
    turn = rot("y", 35 + float(rng.uniform(-8, 8)))
    y = H - 0.1
    parts.append(box(0.12, 0.08, 0.06, turn @ at(R + 0.03, y - 0.04, 0), 0))  # the bracket
    for s in (-1, 1):
        parts.append(sphere(0.016, turn @ at(R + 0.004, y + 0.01, s * 0.018), 0))
    grip = [(R + 0.06, y, 0.0), (R + 0.4, y + 0.05, 0.0), (R + 0.85, y + 0.11, 0.0)]
    parts.append(tube(grip, [0.045, 0.042, 0.055], turn, 1, shape=ellipse(0.7, 1.0)))
    parts.append(torus(0.022, 0.008, turn @ at(R + 0.8, y + 0.1, 0) @ rot("x", 90), "marking"))
    return parts


# ---- 501 soup tureen ---------------------------------------------------------------------------


def _notched(n: int, at_deg: float, width: float, depth: float) -> np.ndarray:
    """A circle of radius 1 with a notch ``depth`` deep and ``width`` (radians) wide at
    ``at_deg`` degrees (a lathe's cross-section: a lid's cut for a ladle)."""
    t = np.arange(n) * (2 * np.pi / n)
    d = np.angle(np.exp(1j * (t - np.radians(at_deg))))
    r = 1.0 - depth * np.clip(1.5 - np.abs(d) / (width / 2), 0.0, 1.0)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _tureen(rng: Rng) -> list[Part]:
    """A soup tureen: a large oval bowl on a short foot with a handle at each end, its domed lid
    crowned by a knob, a ladle's handle sticking out of the notch in the lid's rim."""
    oval = scl(1.0, 1.0, 0.72)
    body = [(0.0, 0.0), (0.26, 0.0), (0.27, 0.02), (0.24, 0.05), (0.2, 0.08), (0.3, 0.12),
            (0.45, 0.2), (0.55, 0.32), (0.575, 0.42), (0.565, 0.48), (0.575, 0.5), (0.55, 0.5),
            (0.53, 0.45), (0.0, 0.43)]  # fmt: skip
    parts = [lathe(body, oval, 0, "body"), torus(0.27, 0.012, oval @ at(0, 0.015, 0), 1)]
    parts.append(torus(0.572, 0.012, oval @ at(0, 0.41, 0), 1))
    parts.append(cylinder(0.53, 0.53, 0.02, oval @ at(0, 0.44, 0), "fruit-orange"))  # the soup
    notch = 40.0  # toward the front right
    lid = [(0.0, 0.0), (0.585, 0.0), (0.585, 0.02), (0.52, 0.08), (0.38, 0.17), (0.17, 0.21),
           (0.0, 0.215)]  # fmt: skip
    parts.append(lathe(lid, oval @ at(0, 0.5, 0), 0, shape=_notched(48, -notch, 0.4, 0.22)))
    parts.append(torus(0.37, 0.01, oval @ at(0, 0.665, 0), 1))
    knob = [(0.0, 0.0), (0.05, 0.0), (0.03, 0.04), (0.03, 0.06), (0.07, 0.09), (0.06, 0.13),
            (0.0, 0.15)]  # fmt: skip
    parts.append(lathe(knob, at(0, 0.71, 0), 1))
    for s in (-1, 1):  # handles at its ends
        loop = [(s * 0.54, 0.4, -0.1), (s * 0.68, 0.43, -0.08), (s * 0.7, 0.44, 0.0),
                (s * 0.68, 0.43, 0.08), (s * 0.54, 0.4, 0.1)]  # fmt: skip
        parts.append(tube(loop, 0.022, slot=1))
    a = np.radians(notch)
    d = np.array([np.cos(a), 0.0, np.sin(a) * 0.72])
    ladle = [d * 0.2 + v3(0, 0.44, 0), d * 0.5 + v3(0, 0.53, 0), d * 0.62 + v3(0, 0.66, 0),
             d * 0.74 + v3(0, 0.8, 0)]  # fmt: skip
    parts.append(tube(ladle, [0.02, 0.022, 0.024, 0.028], slot=1))
    parts.append(sphere(0.035, at(*(d * 0.76 + v3(0, 0.83, 0))), 1))
    del rng
    return parts


# ---- 502 fondue pot ----------------------------------------------------------------------------


def _fondue(rng: Rng) -> list[Part]:
    """A fondue set: a small round pot of melted cheese with a handle, held up in a wrought
    stand of curled legs over a little burner's flame, three long thin forks with coloured
    handles stuck in it."""
    y0 = 0.4
    parts = [cylinder(0.34, 0.33, 0.02, None, 1)]  # the tray
    legs = 3
    for k in range(legs):  # the stand's legs: from the ring, curving out and down
        a = 2 * np.pi * (k + 0.5) / legs + 0.3
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        leg = [d * 0.24 + v3(0, y0, 0), d * 0.29 + v3(0, y0 - 0.12, 0),
               d * 0.26 + v3(0, 0.14, 0), d * 0.3 + v3(0, 0.04, 0), d * 0.35 + v3(0, 0.05, 0),
               d * 0.34 + v3(0, 0.09, 0)]  # fmt: skip
        parts.append(tube(leg, 0.014, slot=1))
    parts.append(torus(0.24, 0.016, at(0, y0, 0), 1))
    parts.append(torus(0.27, 0.012, at(0, 0.14, 0), 1))
    burner = [(0.0, 0.0), (0.09, 0.0), (0.095, 0.1), (0.08, 0.11), (0.0, 0.11)]
    parts.append(lathe(burner, at(0, 0.02, 0), "steel"))
    parts += flame(v3(0, 0.13, 0), 0.2)
    pot = [(0.0, 0.0), (0.16, 0.0), (0.23, 0.04), (0.27, 0.13), (0.27, 0.22), (0.25, 0.28),
           (0.27, 0.3), (0.25, 0.31), (0.23, 0.27), (0.0, 0.25)]  # fmt: skip
    parts.append(lathe(pot, at(0, y0 - 0.05, 0), 0, "body"))
    parts.append(cylinder(0.235, 0.235, 0.02, at(0, y0 + 0.18, 0), "fruit-yellow"))  # cheese
    handle = [(0.26, y0 + 0.15, 0.0), (0.45, y0 + 0.2, 0.0), (0.62, y0 + 0.24, 0.0)]
    parts.append(tube(handle, [0.03, 0.026, 0.03], rot("y", 150), 0, shape=ellipse(1, 0.5)))
    tips = ("card-red", "plume", "vine")
    for k in range(3):  # the forks
        a = np.radians(-20 + 65 * k + float(rng.uniform(-8, 8)))
        d = np.array([np.cos(a) * 0.55, 0.83, np.sin(a) * 0.55])
        base = v3(0.05 * np.cos(a), y0 + 0.15, 0.05 * np.sin(a))
        top = base + d * 0.75
        parts.append(stick(base, top, 0.006, "steel"))
        parts.append(stick(top - d * 0.16, top, 0.016, tips[k]))
    return parts


# ---- 503 cutting board -------------------------------------------------------------------------


def _cutting_board(rng: Rng) -> list[Part]:
    """A wooden chopping board with a hole through its handle end, a big chef's knife lying
    across it and a few chopped carrot and cucumber slices by a carrot's cut end."""
    W, D, t = 1.2, 0.7, 0.06
    parts = [slab(rrect_outline(W, D, 0.06), t, at(0, t / 2, 0) @ _UP, 0, "body")]
    parts.append(box(0.14, t, 0.22, at(-W / 2 - 0.04, 0, 0), 0))
    parts.append(lathe(annulus(0.055, 0.14, t), at(-W / 2 - 0.15, t / 2, 0), 0, closed=True))
    yaw = float(rng.uniform(-14, -6))
    knife = at(0.0, t + 0.006, 0.05) @ rot("y", yaw) @ _UP
    blade = [(-0.05, 0.0), (0.3, 0.0), (0.45, 0.02), (0.56, 0.06), (0.62, 0.115), (0.4, 0.14),
             (-0.05, 0.14)]  # fmt: skip
    parts.append(slab(sharp(blade), 0.01, knife @ at(0, -0.07, 0), "steel"))
    parts.append(box(0.03, 0.15, 0.024, knife @ at(-0.06, -0.075, -0.012), "steel"))
    grip = [(-0.08, 0.0, 0.0), (-0.2, 0.0, 0.0), (-0.33, 0.0, 0.0), (-0.38, 0.0, 0.0)]
    parts.append(tube(grip, [0.03, 0.028, 0.03, 0.032], knife, 1, shape=ellipse(1.0, 0.6)))
    for x in (-0.14, -0.24, -0.32):
        parts.append(
            cylinder(0.009, 0.009, 0.04, knife @ at(x, 0.0, -0.02) @ rot("x", 90), "steel")
        )
    y = t
    for k in range(5):  # carrot coins, shingled
        p = at(-0.3 + 0.075 * k, y, -0.2 + 0.01 * k) @ rot("z", -12)
        parts.append(cylinder(0.048, 0.045, 0.022, p, "fruit-orange"))
        parts.append(cylinder(0.018, 0.018, 0.024, p, "fruit-yellow"))
    carrot = [(0.12, y + 0.05, -0.2), (0.3, y + 0.05, -0.22), (0.42, y + 0.045, -0.23)]
    parts.append(tube(carrot, [0.05, 0.047, 0.042], slot="fruit-orange"))
    parts.append(
        tube([(0.42, y + 0.05, -0.23), (0.52, y + 0.08, -0.24)], [0.02, 0.01], slot="vine")
    )
    for k in range(4):  # cucumber rounds
        p = at(0.28 + 0.08 * (k % 2), y, 0.2 + 0.09 * (k // 2) - 0.02 * k)
        parts.append(cylinder(0.055, 0.055, 0.02, p, "vine"))
        parts.append(cylinder(0.047, 0.047, 0.022, p, "fruit-green"))
    return parts


MORE_APPLIANCES_U = {
    492: _coffee_grinder, 493: _pepper_mill, 494: _milkshake, 495: _dish_rack,
    496: _cake_stand, 497: _menu_holder, 498: _chefs_hat, 499: _ladle, 500: _saucepan,
    501: _tureen, 502: _fondue, 503: _cutting_board,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
