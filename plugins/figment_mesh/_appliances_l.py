"""More of the device family's appliances, from 384: a shop, a train station, an airport, a
police station, a fire station, a petrol station, a dam, a zoo, a gym, a greenhouse, a tunnel
and a garage.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import (
    FLAT_SECTION,
    ZYX,
    barbell,
    cart_wheel,
    cut,
    dumbbell,
    gable,
    gas_pump,
    number,
    punching_bag,
    rails,
    scaled,
    solid,
    tree,
    window,
)
from ._lettering import paint_text
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import ellipsoid as blob
from ._shapes import polygon, sharp, star

__all__ = ["MORE_APPLIANCES_L"]

Rng = np.random.Generator


# ---- helpers: windows, a clock, a car ---------------------------------------------------------


def _clock_face(m: np.ndarray, r: float, slot=1) -> list[Part]:
    """A round clock facing +z under ``m``, centred at 0: a white dial in a thick rim, its
    twelve hour marks and two black hands."""
    face = rot("x", 90)  # a cylinder's +y toward +z
    parts = [cylinder(r, r, 0.03, m @ at(0, 0, -0.03) @ face, "snow")]
    parts.append(cylinder(r * 1.05, r * 1.05, 0.034, m @ at(0, 0, -0.04) @ face, slot))
    parts.append(torus(r, r * 0.1, m @ face, slot))
    for k in range(12):
        long = 0.22 if k % 3 == 0 else 0.12
        tick = m @ rot("z", 30 * k) @ at(0, r * (0.84 - long), 0.002)
        parts.append(box(r * 0.08, r * long, 0.006, tick, "marking"))
    parts.append(box(r * 0.1, r * 0.5, 0.008, m @ rot("z", -60) @ at(0, 0, 0.006), "marking"))
    parts.append(box(r * 0.07, r * 0.75, 0.008, m @ rot("z", 25) @ at(0, 0, 0.01), "marking"))
    return parts


def _car(m: np.ndarray, body, L: float = 0.9, W: float = 0.42) -> list[Part]:
    """A small car facing +z under ``m``, on y = 0: a boxy body, a glass cabin under its roof,
    a grille, round headlights, bumpers and four fat wheels."""
    r = 0.085
    parts = [box(W, 0.17, L, m @ at(0, 0.07, 0), body)]
    cabin = [(-0.3 * L / 0.9, 0.0), (0.14, 0.0), (0.02, 0.15), (-0.24 * L / 0.9, 0.15)]
    parts.append(slab(sharp(cabin), W - 0.05, m @ at(0, 0.24, -0.03) @ ZYX, "window"))
    roof = (0.02 - 0.24 * L / 0.9) / 2 - 0.03
    parts.append(box(W - 0.03, 0.025, 0.02 + 0.26 * L / 0.9, m @ at(0, 0.385, roof), body))
    for s in (-1, 1):  # the pillars between its windows
        parts.append(box(0.03, 0.15, 0.03, m @ at(s * (W / 2 - 0.035), 0.24, roof), body))
    parts.append(box(W * 0.45, 0.07, 0.012, m @ at(0, 0.11, L / 2), "marking"))  # the grille
    for s in (-1, 1):
        lamp = m @ at(s * (W / 2 - 0.07), 0.18, L / 2 - 0.01) @ rot("x", 90)
        parts.append(cylinder(0.035, 0.035, 0.02, lamp, "glow"))
        parts.append(box(0.07, 0.035, 0.012, m @ at(s * (W / 2 - 0.06), 0.17, -L / 2 - 0.002),
                         "card-red"))  # fmt: skip
        parts.append(box(W + 0.02, 0.045, 0.04, m @ at(0, 0.05, s * L / 2), "steel"))
        for z in (-1, 1):
            for p in cart_wheel((s * (W / 2 - 0.01), r, z * (L / 2 - 0.17)), r, False):
                parts.append(p.moved(m))
    return parts


def _rock(x: float, z: float, r: float, y: float = 0.0, turn: float = 0.0) -> Part:
    """A faceted grey rock sitting on y at (x, z), r high and a little wider."""
    prof = [(0.0, 0.0), (1.0, 0.0), (0.85, 0.55), (0.45, 0.9), (0.0, 1.0)]
    return lathe(prof, at(x, y, z) @ rot("y", turn) @ scl(r * 1.3, r, r), "stones", sides=7)


def _ground(w: float, d: float, slot="stones", m: np.ndarray | None = None) -> Part:
    """A thin flat patch of ground w by d (a pavement, an apron, a yard)."""
    return box(w, 0.03, d, np.eye(4) if m is None else m, slot)


# ---- 384 shop ---------------------------------------------------------------------------------


def _shop(rng: Rng) -> list[Part]:
    """A small shop (a store, a bakery, a grocer's): a shop front with a big display window of
    goods on shelves, a glazed door, a striped awning and a sign board over it."""
    W, H, D = 1.4, 1.15, 0.55
    z = D / 2
    parts = [box(W, H, D, None, 0, "body")]
    parts.append(box(W + 0.08, 0.07, D + 0.08, at(0, H, 0), 1))  # the cornice
    parts.append(box(W + 0.3, 0.03, 0.5, at(0, 0, z + 0.25), "stones"))  # the pavement
    # the display window on the left: a bay of glass, goods on two shelves behind it
    wx, ww, wy, wh = -0.22, 0.8, 0.2, 0.46
    parts.append(box(ww + 0.06, wy, 0.14, at(wx, 0, z + 0.07), 1))  # the stall riser
    parts.append(box(ww, wh, 0.02, at(wx, wy, z + 0.005), "plaster"))
    goods = ("fruit-red", "fruit-orange", "fruit-yellow", "seed", "card-red", "plume")
    for k, y in enumerate((wy, wy + 0.22)):
        parts.append(box(ww, 0.02, 0.12, at(wx, y, z + 0.07), 1))
        for i in range(7):
            x = wx - ww / 2 + 0.07 + (ww - 0.14) * i / 6
            colour = goods[int(rng.integers(len(goods)))]
            c = at(x, y + 0.02, z + 0.07)
            kind = (i + k) % 3
            if kind == 0:  # a loaf or a fruit
                parts.append(sphere(1.0, c @ at(0, 0.045, 0) @ scl(0.05, 0.045, 0.04), colour))
            elif kind == 1:  # a jar
                parts.append(cylinder(0.03, 0.03, 0.12, c, colour))
                parts.append(cylinder(0.032, 0.032, 0.02, c @ at(0, 0.12, 0), "steel"))
            else:  # a box
                parts.append(box(0.07, 0.15, 0.05, c, colour))
    parts.append(box(ww, wh, 0.01, at(wx, wy, z + 0.14), "pane"))  # the glass
    for x in (wx - ww / 2, wx + ww / 2):  # its frame
        parts.append(box(0.04, wh + 0.04, 0.05, at(x, wy, z + 0.12), 1))
    parts.append(box(ww + 0.06, 0.04, 0.16, at(wx, wy + wh, z + 0.07), 1))
    # the door on the right: glazed above, a handle, a step
    dx = 0.45
    parts.append(box(0.34, 0.7, 0.04, at(dx, 0.02, z), 1))  # its frame
    parts.append(box(0.28, 0.64, 0.04, at(dx, 0.04, z + 0.01), 0))
    parts.append(box(0.2, 0.3, 0.01, at(dx, 0.32, z + 0.032), "window"))
    parts.append(box(0.2, 0.16, 0.01, at(dx, 0.1, z + 0.032), 1))
    parts.append(stick((dx - 0.1, 0.3, z + 0.05), (dx - 0.1, 0.42, z + 0.05), 0.012, "steel"))
    parts.append(box(0.4, 0.03, 0.12, at(dx, 0, z + 0.06), "stones"))  # the step
    # the striped awning, sloping out over both, its scalloped edge hanging
    stripe = ("card-red", "fruit-green", "plume")[int(rng.integers(3))]
    y0, y1, out = 0.86, 0.7, 0.42
    slope = np.degrees(np.arctan2(y0 - y1, out))
    length = float(np.hypot(out, y0 - y1))
    n = 12
    for i in range(n):
        x = -W / 2 + W * (i + 0.5) / n
        colour = stripe if i % 2 == 0 else "snow"
        sheet = at(x, y0, z) @ rot("x", slope) @ at(0, -0.01, length / 2)
        parts.append(box(W / n + 0.001, 0.02, length, sheet, colour))
        flap = at(x, y1 - 0.09, z + out)
        scallop = [(-W / n / 2, 0.1), (W / n / 2, 0.1), (W / n / 2, 0.04), (0.0, 0.0),
                   (-W / n / 2, 0.04)]  # fmt: skip
        parts.append(slab(scallop, 0.015, flap, colour))
    for s in (-1, 1):  # its iron arms
        parts.append(stick((s * W / 2, 0.62, z), (s * W / 2, y1, z + out), 0.012, "marking"))
    # the sign board over it, lettered
    parts.append(box(W - 0.1, 0.2, 0.05, at(0, 0.9, z + 0.025), 1))
    parts.append(box(W - 0.16, 0.16, 0.01, at(0, 0.92, z + 0.05), "cloth-dark"))
    parts += paint_text(
        "SHOP", at(0, 1.0, z + 0.055), 0.091, "fruit-yellow", stroke=0.2, depth=0.012, gap=0.55
    )
    return parts


# ---- 385 train station ------------------------------------------------------------------------


def _train_station(rng: Rng) -> list[Part]:
    """A small railway station: the two-storey station house under its pitched roof, a canopy
    on iron columns along its front with a saw-toothed valance and a big clock hanging from
    it, a platform running on past it with a bench, and the track of two rails on sleepers
    in front."""
    hx, hz, H = -0.15, -0.62, 0.85
    parts = [box(1.2, H, 0.4, at(hx, 0, hz), 0, "body")]  # the station house
    parts += gable(0.4, 1.2, H, 0.22, at(hx, 0, hz) @ rot("y", 90))
    for x in (-0.45, 0.25):
        parts.append(box(0.1, 0.3, 0.1, at(hx + x, H, hz), 0))  # its chimneys
    front = hz + 0.2
    for x in (-0.45, -0.2, 0.05, 0.3):
        parts += window(at(hx + x, 0.62, front), 0.11, 0.16)
    parts.append(box(0.18, 0.34, 0.02, at(hx, 0.14, front), "marking"))  # its door
    for x in (-0.35, 0.35):
        parts += window(at(hx + x, 0.24, front), 0.12, 0.2)
    parts.append(box(1.9, 0.14, 0.62, at(0, 0, -0.11), "stones"))  # the platform
    parts.append(box(1.9, 0.006, 0.05, at(0, 0.14, 0.16), "cloth-yellow"))  # its edge line
    # the canopy: a roof sloping gently from the house, on iron columns, a saw-toothed valance
    yc, cw, zf = 0.56, 1.3, 0.2
    depth = zf - front
    parts.append(box(cw, 0.03, depth, at(hx, yc, front + depth / 2) @ rot("x", 4), 1))
    n = 18
    for i in range(n):
        x = hx - cw / 2 + cw * (i + 0.5) / n
        tooth = [(-cw / n / 2, 0.0), (cw / n / 2, 0.0), (0.0, -0.07)]
        parts.append(slab(sharp(tooth), 0.012, at(x, yc - 0.01, zf), 1))
    for x in (-0.55, -0.05, 0.45):
        parts.append(cylinder(0.022, 0.018, yc - 0.16, at(hx + x, 0.14, zf - 0.06), 1))
        parts.append(cylinder(0.035, 0.035, 0.04, at(hx + x, 0.14, zf - 0.06), 1))
        for s in (-1, 1):  # its brackets
            parts.append(stick((hx + x, yc - 0.12, zf - 0.06), (hx + x + s * 0.12, yc - 0.01,
                                                                 zf - 0.06), 0.009, 1))  # fmt: skip
    # the clock, hung from the canopy's edge
    cx = hx + 0.2
    parts.append(stick((cx, yc - 0.02, zf - 0.02), (cx, yc - 0.08, zf - 0.02), 0.012, 1))
    parts += _clock_face(at(cx, yc - 0.19, zf), 0.1)
    # a bench on the platform past the canopy
    bx = 0.72
    parts.append(box(0.34, 0.025, 0.1, at(bx, 0.26, -0.2), "pencil-wood"))
    parts.append(box(0.34, 0.1, 0.02, at(bx, 0.3, -0.25) @ rot("x", -10), "pencil-wood"))
    for s in (-1, 1):
        parts.append(box(0.02, 0.12, 0.1, at(bx + s * 0.15, 0.14, -0.2), "marking"))
    # the track in front
    parts.append(box(2.0, 0.03, 0.6, at(0, 0, 0.52), "stones"))  # the ballast
    parts += scaled(rails(2.0), at(0, 0.03, 0.52) @ rot("y", 90) @ scl(0.75))
    del rng
    return parts


# ---- 386 airport ------------------------------------------------------------------------------


def _airliner(m: np.ndarray, body="snow", tail=1) -> list[Part]:
    """A small airliner under ``m``, its nose toward +x: a long round fuselage with a row of
    windows, swept wings with an engine under each, a tall tail fin and tailplanes, its
    landing gear."""
    y = 0.17  # the fuselage's axis
    nose = m @ at(-0.45, y, 0) @ rot("z", -90)  # a lathe's +y toward +x
    hull = [(0.0, 0.0), (0.025, 0.02), (0.05, 0.1), (0.065, 0.25), (0.065, 0.72), (0.055, 0.82),
            (0.035, 0.88), (0.0, 0.91)]  # fmt: skip
    parts = [lathe(hull, nose, body)]
    for s in (-1, 1):
        for k in range(12):  # the cabin windows
            parts.append(box(0.018, 0.02, 0.004, m @ at(-0.27 + 0.048 * k, y + 0.015,
                                                           s * 0.064), "window"))  # fmt: skip
        wing = [(0.12, 0.0), (-0.06, 0.0), (-0.2, 0.46), (-0.12, 0.46)]
        flat = m @ at(0.02, y - 0.035, 0) @ rot("x", s * 90)
        parts.append(slab(sharp(wing), 0.016, flat, body))
        eng = m @ at(0.1, y - 0.075, s * 0.17) @ rot("z", -90)
        parts.append(cylinder(0.03, 0.026, 0.12, eng @ at(0, -0.06, 0), tail))
        parts.append(cylinder(0.022, 0.022, 0.005, eng @ at(0, 0.06, 0), "pupil"))
        parts.append(box(0.06, 0.03, 0.01, m @ at(0.08, y - 0.05, s * 0.17), body))  # its pylon
        plane = [(-0.31, 0.0), (-0.4, 0.0), (-0.47, 0.15), (-0.43, 0.15)]
        parts.append(slab(sharp(plane), 0.01, m @ at(0, y + 0.02, 0) @ rot("x", s * 90), body))
        parts.append(stick((0.0, 0.0, s * 0.07), (0.0, y - 0.04, s * 0.05), 0.008, "steel"))
        parts.append(cylinder(0.028, 0.028, 0.03, m @ at(0, 0.028, s * 0.07 - 0.015)
                              @ rot("x", 90), "pupil"))  # fmt: skip
    fin = [(-0.28, 0.0), (-0.42, 0.0), (-0.47, 0.24), (-0.4, 0.24)]
    parts.append(slab(sharp(fin), 0.014, m @ at(0, y + 0.04, 0), tail))
    parts.append(box(0.05, 0.025, 0.11, m @ at(0.39, y + 0.01, 0), "window"))  # the cockpit
    parts.append(stick((0.34, 0.0, 0.0), (0.34, y - 0.05, 0.0), 0.008, "steel"))
    parts.append(cylinder(0.022, 0.022, 0.02, m @ at(0.34, 0.022, -0.01) @ rot("x", 90), "pupil"))
    return parts


def _airport(rng: Rng) -> list[Part]:
    """An airport: a long low terminal with a great glass front under its curved roof, a
    control tower with its flared glazed cab and aerial, and an airliner parked at the gate
    on the apron by its jet bridge, yellow guide lines painted before it."""
    parts = [box(1.5, 0.32, 0.42, at(-0.25, 0, -0.62), 0, "body")]  # the terminal
    front = -0.41
    parts.append(box(1.4, 0.24, 0.02, at(-0.25, 0.03, front), "window"))  # its glass front
    for i in range(15):
        parts.append(box(0.012, 0.24, 0.02, at(-0.95 + 0.1 * i, 0.03, front + 0.008), 1))
    parts.append(box(1.4, 0.012, 0.02, at(-0.25, 0.15, front + 0.008), 1))
    roof = at(-1.03, 0.31, -0.6) @ rot("z", -90) @ scl(0.07, 1.0, 0.3)  # a low curved shell
    parts.append(cylinder(1.0, 1.0, 1.56, roof, 1))
    # the control tower
    tx, tz = 0.78, -0.6
    parts.append(cylinder(0.08, 0.055, 0.95, at(tx, 0, tz), 0))
    cab = [(0.0, 0.0), (0.08, 0.0), (0.15, 0.06), (0.17, 0.16), (0.15, 0.17), (0.0, 0.17)]
    parts.append(lathe(cab, at(tx, 0.93, tz), 0, sides=8))
    parts.append(lathe([(0.0, 0.0), (0.145, 0.0), (0.17, 0.12), (0.0, 0.12)],
                       at(tx, 1.01, tz), "window", sides=8))  # fmt: skip
    parts.append(cylinder(0.18, 0.17, 0.03, at(tx, 1.13, tz), 1))
    parts.append(stick((tx, 1.16, tz), (tx, 1.35, tz), 0.008, 1))
    parts.append(sphere(0.015, at(tx, 1.35, tz), "card-red"))
    parts.append(box(0.2, 0.2, 0.2, at(tx, 0, tz), 0))  # its base
    # the apron, its guide lines, the airliner at the gate and the jet bridge to its door
    parts.append(_ground(2.1, 1.35, "stones", at(0, 0, 0.05)))
    parts.append(box(1.6, 0.005, 0.02, at(-0.1, 0.03, 0.25), "cloth-yellow"))
    parts.append(box(0.02, 0.005, 0.5, at(0.3, 0.03, 0.3), "cloth-yellow"))
    parts += _airliner(at(-0.05, 0.03, 0.25))
    parts.append(box(0.08, 0.08, 0.46, at(0.25, 0.21, -0.2), 1))  # the jet bridge
    parts.append(box(0.1, 0.1, 0.08, at(0.25, 0.2, 0.17), 1))
    parts.append(stick((0.25, 0.03, 0.0), (0.25, 0.21, 0.0), 0.015, "steel"))
    del rng
    return parts


# ---- 387 police station -----------------------------------------------------------------------


def _police_station(rng: Rng) -> list[Part]:
    """A police station: a sturdy two-storey stone building with a blue-and-white chequered
    band and POLICE across it under a gold badge shield, a blue lamp over its door up the
    steps, barred windows down below, and a white police car with its light bar in front."""
    W, H, D = 1.5, 0.92, 0.6
    z = D / 2
    parts = [box(W, H, D, at(0, 0, -0.1), 0, "body")]
    z -= 0.1
    parts.append(box(W + 0.04, 0.1, D + 0.04, at(0, 0, -0.1), "stones"))  # its plinth
    parts.append(box(W + 0.08, 0.06, D + 0.08, at(0, H, -0.1), 1))  # the cornice
    parts.append(box(W + 0.02, 0.08, D + 0.02, at(0, H + 0.06, -0.1), 0))  # the parapet
    for x in (-0.6, -0.37, 0.37, 0.6):  # barred windows below
        parts += window(at(x, 0.14, z), 0.14, 0.2, 1, bars=3)
    for x in (-0.6, -0.37, -0.12, 0.12, 0.37, 0.6):  # and plain ones above
        parts += window(at(x, 0.62, z), 0.13, 0.18, 1)
    # the chequered blue band and its lettering
    n = 16
    for s in (-1, 1):  # either side of the door
        parts.append(box(W / 2 - 0.2, 0.09, 0.012, at(s * (W / 4 + 0.1), 0.44, z), "snow"))
    for i in range(n):
        for row in range(2):
            x = -W / 2 + W * (i + 0.5) / n
            if (i + row) % 2 or abs(x) < 0.2:
                continue
            parts.append(box(W / n, 0.045, 0.016, at(x, 0.44 + 0.045 * row, z), "plume"))
    parts.append(box(0.72, 0.13, 0.03, at(0, 0.9 - 0.04, z + 0.02), "plume"))
    parts += paint_text(
        "POLICE", at(0, 0.9225, z + 0.035), 0.062, "snow", stroke=0.2, depth=0.012, gap=0.55
    )
    # the badge shield on the parapet, a star on it
    shield = [(-0.11, 0.13), (0.11, 0.13), (0.11, 0.02), (0.0, -0.11), (-0.11, 0.02)]
    parts.append(slab(sharp(shield), 0.03, at(0, 1.12, z + 0.02), "fruit-yellow"))
    parts.append(slab(star(5, 0.45), 0.012, at(0, 1.135, z + 0.04) @ scl(0.07), "plume"))
    # the door up its steps, the blue lamp over it
    parts.append(box(0.3, 0.32, 0.04, at(0, 0.1, z + 0.01), 1))
    parts.append(box(0.24, 0.28, 0.04, at(0, 0.1, z + 0.02), "plume"))
    parts.append(box(0.01, 0.28, 0.012, at(0, 0.1, z + 0.04), 1))
    for k in range(2):
        parts.append(box(0.42, 0.05, 0.12 - 0.06 * k, at(0, 0.05 * k, z + 0.06 - 0.03 * k),
                         "stones"))  # fmt: skip
    lamp = at(0, 0.44, z + 0.13)  # the blue lamp on its bracket
    parts.append(stick((0.0, 0.58, z), (0.0, 0.58, z + 0.13), 0.01, "marking"))
    parts.append(box(0.11, 0.025, 0.11, lamp, "plume"))
    parts.append(box(0.09, 0.1, 0.09, lamp @ at(0, 0.025, 0), "spark"))
    parts.append(lathe([(0.0, 0.0), (0.085, 0.0), (0.0, 0.045)], lamp @ at(0, 0.125, 0)
                       @ rot("y", 45), "plume", sides=4))  # fmt: skip
    parts.append(sphere(0.015, lamp @ at(0, 0.175, 0), "plume"))
    # the police car in front
    car = at(0.4, 0.0, z + 0.5) @ rot("y", 90) @ scl(0.8)
    parts += _car(car, "snow")
    parts.append(box(0.435, 0.05, 0.7, car @ at(0, 0.13, 0), "plume"))  # its stripe
    parts.append(box(0.24, 0.04, 0.06, car @ at(0, 0.4, -0.12), "marking"))  # its light bar
    for s in (-1, 1):
        parts.append(box(0.1, 0.04, 0.06, car @ at(s * 0.065, 0.43, -0.12), "spark"))
    parts.append(_ground(2.0, 0.75, "stones", at(0, 0, z + 0.38)))
    del rng
    return parts


# ---- 388 fire station -------------------------------------------------------------------------


def _fire_engine_nose(m: np.ndarray) -> list[Part]:
    """The front of a red fire engine under ``m``, facing +z: a tall cab with a broad
    windscreen, a chrome grille and bumper, headlights, a light bar, its front wheels, a
    ladder on its roof running back."""
    W = 0.32
    parts = [box(W, 0.28, 0.34, m @ at(0, 0.05, 0), "card-red")]
    parts.append(box(W, 0.34, 0.3, m @ at(0, 0.05, -0.3), "card-red"))  # its body, inside
    parts.append(box(W + 0.005, 0.03, 0.34, m @ at(0, 0.2, 0), "snow"))  # a white band
    parts.append(box(W, 0.1, 0.2, m @ at(0, 0.33, -0.07), "card-red"))  # the cab's top
    parts.append(box(W - 0.04, 0.11, 0.01, m @ at(0, 0.32, 0.031) @ rot("x", -8), "window"))
    for s in (-1, 1):
        parts.append(box(0.01, 0.09, 0.12, m @ at(s * W / 2, 0.33, -0.02), "window"))
        parts.append(cylinder(0.025, 0.025, 0.02, m @ at(s * 0.11, 0.14, 0.17) @ rot("x", 90),
                              "glow"))  # fmt: skip
        for p in cart_wheel((s * (W / 2 - 0.01), 0.075, 0.06), 0.075, False):
            parts.append(p.moved(m))
    parts.append(box(0.15, 0.1, 0.012, m @ at(0, 0.09, 0.17), "steel"))  # the grille
    parts.append(box(W + 0.04, 0.05, 0.05, m @ at(0, 0.04, 0.17), "steel"))
    parts.append(box(0.22, 0.035, 0.05, m @ at(0, 0.43, 0.0), "glow"))  # the light bar
    for s in (-1, 1):
        parts.append(box(0.06, 0.036, 0.052, m @ at(s * 0.08, 0.43, 0.0), "card-red"))
        parts.append(stick(tuple((m @ [s * 0.08, 0.47, -0.05, 1])[:3]),
                           tuple((m @ [s * 0.08, 0.47, -0.45, 1])[:3]), 0.01, "steel"))  # fmt: skip
    for k in range(5):
        z = -0.08 - 0.08 * k
        parts.append(stick(tuple((m @ [-0.08, 0.47, z, 1])[:3]),
                           tuple((m @ [0.08, 0.47, z, 1])[:3]), 0.007, "steel"))  # fmt: skip
    return parts


def _fire_station(rng: Rng) -> list[Part]:
    """A fire station: a brick building with three tall red doors under a FIRE sign, one bay
    open with a red fire engine's nose showing, windows above, and a tall hose-drying tower
    at its side under a pointed cap."""
    W, H, D = 1.3, 0.95, 0.6
    z = D / 2
    parts = [box(W, H, D, at(0.1, 0, 0), 0, "body")]
    parts.append(box(W + 0.06, 0.06, D + 0.06, at(0.1, H, 0), 1))  # the cornice
    open_bay = int(rng.integers(3))
    for i, x in enumerate((-0.3, 0.1, 0.5)):
        parts.append(box(0.36, 0.6, 0.03, at(x, 0, z), 1))  # its surround
        parts.append(box(0.4, 0.05, 0.05, at(x, 0.6, z), 1))  # its lintel
        if i == open_bay:  # the open bay: dark inside, the engine's nose out of it
            parts.append(box(0.3, 0.56, 0.03, at(x, 0, z + 0.005), "pupil"))
            parts.append(box(0.3, 0.08, 0.04, at(x, 0.48, z + 0.01), "card-red"))
            parts += _fire_engine_nose(at(x, 0, z + 0.12))
            continue
        parts.append(box(0.3, 0.56, 0.03, at(x, 0, z + 0.01), "card-red"))
        for k in range(3):  # its windows and panels
            parts.append(box(0.07, 0.07, 0.01, at(x - 0.09 + 0.09 * k, 0.38, z + 0.026), "window"))
        for y in (0.12, 0.24):
            parts.append(box(0.26, 0.008, 0.01, at(x, y, z + 0.026), "marking"))
    parts.append(box(0.6, 0.11, 0.03, at(0.1, 0.66, z + 0.01), "card-red"))  # the sign
    parts += paint_text(
        "FIRE", at(0.1, 0.715, z + 0.025), 0.058, "snow", stroke=0.2, depth=0.012, gap=0.55
    )
    for x in (-0.35, -0.15, 0.35, 0.55):
        parts += window(at(x, 0.66, z), 0.1, 0.16)
    # the hose-drying tower at its side
    tx = -0.68
    parts.append(box(0.3, 1.55, 0.3, at(tx, 0, -0.05), 0))
    parts.append(box(0.34, 0.05, 0.34, at(tx, 1.55, -0.05), 1))
    parts.append(lathe([(0.0, 0.0), (0.25, 0.0), (0.0, 0.22)], at(tx, 1.6, -0.05)
                       @ rot("y", 45), 1, sides=4))  # fmt: skip
    for y in (0.3, 0.7, 1.1):
        parts.append(box(0.06, 0.18, 0.02, at(tx, y, 0.1), "window"))
    for k in range(3):  # louvres at its top
        parts.append(box(0.2, 0.02, 0.03, at(tx, 1.38 + 0.05 * k, 0.11) @ rot("x", 30), "marking"))
    parts.append(_ground(2.0, 0.7, "stones", at(0, 0, z + 0.3)))
    return parts


# ---- 389 petrol station -----------------------------------------------------------------------


def _petrol_station(rng: Rng) -> list[Part]:
    """A petrol station: a broad flat canopy with a coloured fascia and lights under it on two
    pillars, over an island with two pumps; the little shop behind, and a tall price sign
    with glowing numbers at the roadside."""
    brand = ("card-red", "plume", "fruit-green")[int(rng.integers(3))]
    parts = [_ground(2.1, 1.7, "stones", at(0, 0, -0.05))]
    # the island and its two pumps
    parts.append(box(1.0, 0.05, 0.26, at(0, 0.03, 0.25), "stones"))
    for x in (-0.22, 0.22):
        parts += scaled(gas_pump(rng), at(x, 0.05, 0.25) @ scl(0.34))
    # the canopy on its pillars
    yc = 0.85
    parts.append(box(1.5, 0.1, 0.85, at(0, yc, 0.2), 0, "body"))
    parts.append(box(1.52, 0.08, 0.87, at(0, yc + 0.01, 0.2), brand))  # its fascia
    parts.append(box(1.53, 0.02, 0.88, at(0, yc + 0.045, 0.2), "snow"))
    for x in (-0.45, 0.0, 0.45):
        for zz in (0.0, 0.4):
            parts.append(box(0.12, 0.01, 0.06, at(x, yc - 0.01, zz), "lampshade"))
    for x in (-0.42, 0.42):
        parts.append(box(0.08, yc - 0.08, 0.08, at(x, 0.08, 0.25), 0))
    # the shop behind
    parts.append(box(1.2, 0.45, 0.4, at(0.2, 0, -0.7), 0))
    parts.append(box(1.24, 0.07, 0.44, at(0.2, 0.45, -0.7), brand))
    parts.append(box(0.7, 0.28, 0.02, at(0.35, 0.05, -0.5), "window"))  # its glass front
    for i in range(6):
        parts.append(box(0.014, 0.28, 0.02, at(0.0 + 0.14 * i, 0.05, -0.49), 1))
    parts.append(box(0.18, 0.32, 0.02, at(-0.2, 0.0, -0.5), "window"))  # its door
    parts.append(box(0.2, 0.34, 0.015, at(-0.2, 0.0, -0.505), 1))
    # the price sign on its pylon
    sx, sz = -0.85, 0.5
    parts.append(box(0.06, 1.0, 0.06, at(sx, 0, sz), "steel"))
    parts.append(box(0.36, 0.6, 0.06, at(sx, 0.85, sz), brand))
    parts.append(cylinder(0.1, 0.1, 0.02, at(sx, 1.3, sz + 0.03) @ rot("x", 90), "snow"))
    parts.append(cylinder(0.07, 0.07, 0.024, at(sx, 1.3, sz + 0.03) @ rot("x", 90), brand))
    for k in range(3):
        y = 0.9 + 0.11 * k
        parts.append(box(0.3, 0.09, 0.01, at(sx, y, sz + 0.03), "marking"))
        price = int(rng.integers(150, 200))
        parts += number(price, at(sx + 0.02, y + 0.015, sz + 0.036), 0.045, 0.06, "glow")
        parts.append(box(0.04, 0.06, 0.004, at(sx - 0.11, y + 0.015, sz + 0.036),
                         ("fruit-green", "fruit-yellow", "snow")[k]))  # fmt: skip
    return parts


# ---- 390 dam ----------------------------------------------------------------------------------


def _basis(u, w, origin) -> np.ndarray:
    """A placement whose x runs along ``u``, y straight up and z along ``w``, at ``origin``."""
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = u, (0.0, 1.0, 0.0), w, origin
    return m


def _dam(rng: Rng) -> list[Part]:
    """A dam: a tall curved concrete wall bowing back against deep water between two rocky
    banks, a road and its railings along its crest, and a spillway in its middle where white
    water pours down its face and foams into the river below."""
    R, cz, H = 1.15, 0.6, 0.78  # the arch's radius and centre, the wall's height
    half = np.arcsin(0.78 / R)
    n = 14
    section = [(0.0, 0.0), (0.0, H), (-0.08, H), (-0.08, H - 0.04), (-0.22, 0.0)]
    parts = []
    for i in range(n):  # the wall, in curved segments
        a = -half + 2 * half * (i + 0.5) / n
        d = np.array([np.sin(a), 0.0, -np.cos(a)])  # outward, upstream
        t = np.array([np.cos(a), 0.0, np.sin(a)])
        m = _basis(d, t, (R * np.sin(a), 0.0, cz - R * np.cos(a)))
        parts.append(slab(sharp(section), R * 2 * half / n * 1.04, m, 0, "body"))
    arc = np.linspace(-half, half, 15)
    for r, dy in ((R + 0.005, 0.05), (R - 0.075, 0.05)):  # railings along the crest
        pts = [(r * np.sin(a), H + dy, cz - r * np.cos(a)) for a in arc]
        parts.append(tube(pts, 0.008, slot=1))
        for a in arc[::3]:
            p = (r * np.sin(a), H, cz - r * np.cos(a))
            parts.append(stick(p, (p[0], H + dy, p[2]), 0.007, 1))
    # the reservoir behind it, up near the crest
    edge = [((R - 0.02) * np.sin(a), cz - (R - 0.02) * np.cos(a)) for a in arc[::-1]]
    lake = [(-0.95, -1.05), (0.95, -1.05), *edge]  # (x, z): rot x 90 lays its y along z
    parts.append(slab(sharp(lake), 0.2, at(0, H - 0.16, 0) @ rot("x", 90), "glaze"))
    # the rocky banks it spans: two rounded hills of rock, fir trees on their tops
    for s in (-1, 1):
        bank = [
            blob((s * 0.98, -0.15, -0.55), (0.36, 1.08, 0.9)),
            blob((s * 0.98, -0.2, 0.05), (0.3, 0.5, 0.4), blend=0.25),
            cut(1, 0.0, False, 0.01, (-1.6, -1.5, -1.5), (1.6, 0.0, 1.0)),
        ]
        parts.append(solid(bank, 0.065, "stones"))
        for x, z, hh in ((s * 0.98, -0.75, 0.32), (s * 1.02, -0.4, 0.26)):
            top = -0.15 + 1.08 * np.sqrt(max(0.0, 1 - ((z + 0.55) / 0.9) ** 2))
            parts += tree(x, z, hh, rng, True, y=float(top) - 0.03)
        end = (s * R * np.sin(half), 0.0, cz - R * np.cos(half))  # the thrust block at its end
        parts.append(box(0.16, H + 0.04, 0.3, at(*end) @ rot("y", -s * np.degrees(half)), 0))
        for _ in range(3):
            x, z = s * float(rng.uniform(0.55, 0.7)), float(rng.uniform(0.3, 0.6))
            r = float(rng.uniform(0.07, 0.12))
            parts.append(_rock(x, z, r, 0.0, float(rng.uniform(0, 360))))
    # the spillway: white water over the crest and down the face, between two walls
    zc = cz - R
    fall = [(0.0, H - 0.09, zc - 0.05), (0.0, H + 0.02, zc - 0.0), (0.0, H - 0.03, zc + 0.1),
            (0.0, H * 0.55, zc + 0.18), (0.0, 0.1, zc + 0.25), (0.0, 0.03, zc + 0.4)]  # fmt: skip
    parts.append(tube(fall, 0.16, slot="snow", shape=FLAT_SECTION[:, ::-1]))
    for s in (-1, 1):
        wall = [(s * 0.18, H + 0.03, zc - 0.02), (s * 0.18, H * 0.55, zc + 0.2),
                (s * 0.18, 0.05, zc + 0.3)]  # fmt: skip
        parts.append(tube(wall, 0.05, slot=1, shape=FLAT_SECTION))
    # the river below, foaming at its foot
    parts.append(box(1.4, 0.02, 1.05 - zc, at(0, 0, (zc + 1.05) / 2), "glaze"))
    for _ in range(8):
        c = (float(rng.uniform(-0.2, 0.2)), 0.03, float(rng.uniform(zc + 0.3, zc + 0.6)))
        r = float(rng.uniform(0.04, 0.07))
        parts.append(sphere(r, at(c[0], 0.02 + 0.6 * r, c[2]) @ scl(1, 0.6, 1), "snow"))
    parts.append(box(2.3, 0.01, 2.0, at(0, 0, -0.2), "land"))
    return parts


# ---- 391 zoo ----------------------------------------------------------------------------------


def _giraffe(m: np.ndarray) -> list[Part]:
    """A giraffe under ``m``, side on and facing -x: a short sloping body on four long thin
    legs, its long neck up to a small head with ossicones and ears, brown patches on its
    body and neck, a dark mane and a tufted tail."""
    coat, patch = "cloth-yellow", "cork"
    parts = [sphere(1.0, m @ at(0, 0.56, 0) @ rot("z", -12) @ scl(0.2, 0.11, 0.1), coat)]
    for x in (-0.13, 0.13):
        for zz in (-0.05, 0.05):
            top, knee = (x, 0.55, zz), (x + 0.01, 0.26, zz)
            parts.append(tube([top, knee, (x, 0.03, zz)], [0.03, 0.018, 0.015], m, coat))
            parts.append(cylinder(0.02, 0.02, 0.04, m @ at(x, 0.0, zz), "marking"))
    neck = [(-0.14, 0.6, 0.0), (-0.22, 0.82, 0.0), (-0.3, 1.05, 0.0), (-0.33, 1.15, 0.0)]
    parts.append(tube(neck, [0.065, 0.05, 0.04, 0.035], m, coat))
    mane = [(-0.1, 0.68, 0.0), (-0.18, 0.88, 0.0), (-0.27, 1.1, 0.0)]
    parts.append(tube([(x + 0.035, y, zz) for x, y, zz in mane], 0.015, m, patch))
    head = m @ at(-0.38, 1.16, 0) @ rot("z", 25)
    parts.append(sphere(1.0, head @ scl(0.09, 0.045, 0.045), coat))
    parts.append(sphere(1.0, head @ at(-0.07, -0.005, 0) @ scl(0.04, 0.035, 0.035), coat))
    for zz in (-0.025, 0.025):
        horn = (m @ [-0.34, 1.2, zz, 1])[:3]
        parts.append(stick(tuple(horn), tuple(horn + v3(0.01, 0.06, 0)), 0.008, patch))
        parts.append(sphere(0.014, at(*(horn + v3(0.01, 0.06, 0))), "marking"))
        ear = (m @ [-0.31, 1.19, zz * 2, 1])[:3]
        parts.append(sphere(1.0, at(*ear) @ scl(0.03, 0.012, 0.015), coat))
    parts.append(tube([(0.19, 0.6, 0.0), (0.23, 0.45, 0.0), (0.24, 0.35, 0.0)], 0.008, m, coat))
    parts.append(sphere(1.0, m @ at(0.24, 0.33, 0) @ scl(0.018, 0.035, 0.018), "marking"))
    spots = [(-0.1, 0.6), (0.02, 0.62), (0.13, 0.58), (-0.03, 0.52), (0.08, 0.52)]
    for x, y in spots:  # flat six-sided patches lying on the body's sides
        for side in (-1, 1):
            p = v3(x, y - 0.56, 0.0)
            p[2] = side * 0.1 * np.sqrt(max(0.05, 1 - (p[0] / 0.2) ** 2 - (p[1] / 0.11) ** 2))
            normal = v3(p[0] / 0.04, p[1] / 0.0121, p[2] / 0.01)
            spot = at(*(p + v3(0, 0.56, 0))) @ align(normal) @ rot("x", -90) @ scl(0.035)
            parts.append(slab(polygon(6), 0.3, m @ spot, patch))
    for t in (0.25, 0.6):
        x, y = -0.14 - 0.19 * t, 0.6 + 0.5 * t
        r = 0.062 - 0.03 * t
        for side in (-1, 1):
            spot = at(x, y, side * r * 0.85) @ rot("x", -90 * side) @ scl(0.022)
            parts.append(slab(polygon(6), 0.3, m @ spot, patch))
    return parts


def _zoo(rng: Rng) -> list[Part]:
    """A zoo: a sandy yard fenced all round, a giraffe standing in it by a tree, a heap of
    rocks at the back, and an entrance gate in the fence under an arched ZOO sign board."""
    X, Z0, Z1 = 0.85, -0.6, 0.55
    parts = [box(2 * X + 0.1, 0.04, Z1 - Z0 + 0.1, at(0, 0, (Z0 + Z1) / 2), "seed", "body")]
    parts.append(box(2 * X + 0.3, 0.02, 0.5, at(0, 0, Z1 + 0.25), "vine"))  # grass outside
    corners = [(-X, Z1), (-X, Z0), (X, Z0), (X, Z1)]
    runs = [*pairwise(corners), ((X, Z1), (0.22, Z1)), ((-0.22, Z1), (-X, Z1))]
    for (ax, az), (bx, bz) in runs:  # the fence: posts and three rails
        length = float(np.hypot(bx - ax, bz - az))
        for y in (0.12, 0.24, 0.36):
            parts.append(stick((ax, y, az), (bx, y, bz), 0.012, 0))
        for t in np.linspace(0.0, 1.0, max(2, int(length / 0.22) + 1)):
            x, z = ax + (bx - ax) * t, az + (bz - az) * t
            parts.append(box(0.035, 0.42, 0.035, at(x, 0.02, z), 0))
    # the entrance: two posts, an arched sign board over the way in
    for s in (-1, 1):
        parts.append(box(0.07, 0.95, 0.07, at(s * 0.26, 0, Z1), 0))
        parts.append(sphere(0.05, at(s * 0.26, 0.97, Z1), 1))
    arch = [(-0.3, 0.0), (0.3, 0.0), (0.3, 0.12), (0.2, 0.19), (0.0, 0.22), (-0.2, 0.19),
            (-0.3, 0.12)]  # fmt: skip
    parts.append(slab(arch, 0.04, at(0, 0.72, Z1 + 0.04), 1))
    parts.append(slab([(x * 0.9, y * 0.85 + 0.015) for x, y in arch], 0.04,
                      at(0, 0.72, Z1 + 0.05), "cloth-yellow"))  # fmt: skip
    parts += paint_text(
        "ZOO", at(0, 0.82, Z1 + 0.07), 0.1, "marking", stroke=0.2, depth=0.012, gap=0.55
    )
    # the yard: a tree, rocks, a water trough and the giraffe
    parts += tree(-0.55, -0.35, 1.0, rng, y=0.04)
    for x, z, r in ((0.55, -0.4, 0.2), (0.72, -0.22, 0.13), (0.36, -0.5, 0.12)):
        parts.append(_rock(x, z, r, 0.04, 40 * x))
    parts.append(box(0.3, 0.08, 0.1, at(0.45, 0.04, 0.3), 1))
    parts.append(box(0.26, 0.01, 0.07, at(0.45, 0.11, 0.3), "glaze"))
    parts += _giraffe(at(0.05, 0.04, -0.05) @ scl(1.1))
    return parts


# ---- 392 gym ----------------------------------------------------------------------------------


def _gym(rng: Rng) -> list[Part]:
    """A gym corner on its black rubber floor tiles: a padded weight bench with a loaded
    barbell resting on the hooks of its uprights, a rack of dumbbells in pairs, and a heavy
    punching bag hanging from its stand."""

    parts = []
    for i in range(4):  # the rubber floor tiles
        for j in range(3):
            tile = at(-0.66 + 0.44 * i, 0, -0.44 + 0.44 * j)
            parts.append(box(0.435, 0.04, 0.435, tile, "cloth-dark"))
    y = 0.04
    # the bench: a padded top on a steel frame, its uprights and the barbell on their hooks
    parts.append(box(0.22, 0.07, 0.8, at(0, y + 0.3, 0.1), 1))
    parts.append(box(0.16, 0.04, 0.74, at(0, y + 0.26, 0.1), 0, "body"))
    for zz in (-0.2, 0.42):
        parts.append(box(0.05, 0.26, 0.05, at(0, y, zz), 0))
        parts.append(box(0.36, 0.04, 0.06, at(0, y, zz), 0))
    for s in (-1, 1):
        parts.append(box(0.05, 0.8, 0.05, at(s * 0.28, y, -0.32), 0))
        parts.append(box(0.05, 0.04, 0.4, at(s * 0.28, y, -0.3), 0))
        parts.append(box(0.05, 0.03, 0.08, at(s * 0.28, y + 0.68, -0.28), 0))  # its hook
        parts.append(box(0.05, 0.06, 0.02, at(s * 0.28, y + 0.68, -0.24), 0))
    parts.append(stick((-0.28, y + 0.78, -0.32), (0.28, y + 0.78, -0.32), 0.02, 0))
    parts += scaled(barbell(rng), at(0, y + 0.73 - 0.2 * 0.7, -0.28) @ scl(0.7))
    # the dumbbell rack at the right: two sloping shelves, a pair of dumbbells on each
    rx = 0.62
    for s in (-1, 1):
        parts.append(box(0.04, 0.55, 0.04, at(rx + s * 0.18, y, -0.45), 0))
        parts.append(box(0.04, 0.35, 0.04, at(rx + s * 0.18, y, 0.0), 0))
    for k, (h, zz) in enumerate(((0.33, -0.1), (0.5, -0.35))):
        shelf = at(rx, y + h, zz) @ rot("x", 15)
        parts.append(box(0.4, 0.025, 0.18, shelf, 0))
        for x in (-0.1, 0.1):
            size = 0.55 - 0.1 * k
            parts += scaled(dumbbell(rng), shelf @ at(x, 0.02, 0) @ rot("y", 90) @ scl(size))
    # the heavy bag at the back left, on its stand
    parts += scaled(punching_bag(rng), at(-0.55, y, -0.05) @ rot("y", -90) @ scl(0.6))
    return parts


# ---- 393 greenhouse ---------------------------------------------------------------------------


def _greenhouse(rng: Rng) -> list[Part]:
    """A greenhouse: a glass house of clear panes in white frames on a low wall, walls and a
    pitched glass roof, a glazed door in its gable end, and two long raised beds of green
    plants inside, tomatoes among them, a path down the middle."""
    W, L, h, rise = 0.9, 1.4, 0.6, 0.3
    parts = []
    for s in (-1, 1):  # the low wall it stands on
        parts.append(box(0.05, 0.12, L, at(s * W / 2, 0, 0), 0, "body"))
        parts.append(box(W + 0.05, 0.12, 0.05, at(0, 0, s * L / 2), 0, "body"))
    parts.append(box(W, 0.02, L, None, "soil"))
    y0 = 0.12
    pitch = np.degrees(np.arctan2(rise, W / 2))
    slope = float(np.hypot(W / 2, rise))
    # glass: side walls, gable ends and the two roof slopes
    for s in (-1, 1):
        parts.append(box(0.01, h - y0, L, at(s * W / 2, y0, 0), "pane"))
        parts.append(box(W, h - y0, 0.01, at(0, y0, s * L / 2), "pane"))
        tri = [(-W / 2, 0.0), (W / 2, 0.0), (0.0, rise)]
        parts.append(slab(sharp(tri), 0.01, at(0, h, s * L / 2), "pane"))
        roof = at(s * W / 4, h + rise / 2, 0) @ rot("z", -s * pitch)
        parts.append(box(slope, 0.01, L, roof, "pane"))
    # the white frames
    n = 6
    for i in range(n + 1):
        z = -L / 2 + L * i / n
        for s in (-1, 1):
            parts.append(box(0.025, h - y0, 0.025, at(s * W / 2, y0, z), "snow"))
            rafter = at(s * W / 4, h + rise / 2, z) @ rot("z", -s * pitch)
            parts.append(box(slope + 0.02, 0.025, 0.025, rafter @ at(0, -0.005, 0), "snow"))
    for s in (-1, 1):
        parts.append(box(0.03, 0.03, L + 0.04, at(s * W / 2, h - 0.01, 0), "snow"))  # eaves
        parts.append(box(0.03, 0.02, L, at(s * W / 2, 0.36, 0), "snow"))
        for x in (-0.3, 0.3):
            parts.append(box(0.025, h - y0, 0.025, at(x, y0, s * L / 2), "snow"))
        parts.append(box(W, 0.025, 0.03, at(0, h - 0.01, s * L / 2), "snow"))
    parts.append(box(0.035, 0.035, L + 0.06, at(0, h + rise - 0.01, 0), "snow"))  # the ridge
    # the door in the front gable
    zf = L / 2 + 0.01
    for x in (-0.13, 0.13):
        parts.append(box(0.03, 0.5, 0.03, at(x, 0.0, zf), "snow"))
    parts.append(box(0.29, 0.03, 0.03, at(0, 0.5, zf), "snow"))
    parts.append(box(0.23, 0.03, 0.02, at(0, 0.24, zf + 0.005), "snow"))
    parts.append(sphere(0.015, at(0.09, 0.25, zf + 0.025), "steel"))
    # the beds and plants inside
    for s in (-1, 1):
        x = s * 0.24
        parts.append(box(0.28, 0.14, L - 0.2, at(x, 0.0, 0.0), 1))
        parts.append(box(0.25, 0.01, L - 0.23, at(x, 0.14, 0.0), "soil"))
        for k in range(7):
            z = -L / 2 + 0.2 + (L - 0.4) * k / 6
            size = float(rng.uniform(0.05, 0.065))
            c = at(x, 0.15 + size * 0.7, z + float(rng.uniform(-0.02, 0.02)))
            parts.append(sphere(1.0, c @ scl(size * 2.0, size * 1.2, size), "vine"))
            if k % 2 == 1:  # a tomato plant on its cane
                parts.append(stick((x, 0.15, z), (x, 0.42, z), 0.005, "cork"))
                parts.append(sphere(1.0, at(x, 0.32, z) @ scl(0.05, 0.09, 0.05), "vine"))
                for j in range(2):
                    a = 2.5 * j + k
                    c = (x + 0.045 * np.cos(a), 0.28 + 0.06 * j, z + 0.045 * np.sin(a))
                    parts.append(sphere(0.02, at(*c), "fruit-red"))
    return parts


# ---- 394 tunnel -------------------------------------------------------------------------------


def _hill_height(x: float, z: float) -> float:
    """The tunnel's hill's height over (x, z): its main ellipsoid's top."""
    u = 1.0 - x * x - ((z + 0.45) / 0.85) ** 2
    return -0.15 + 1.1 * float(np.sqrt(max(u, 0.0)))


def _tunnel(rng: Rng) -> list[Part]:
    """A tunnel mouth: a stone portal with an arch of dressed voussoirs round a dark hole, cut
    into the foot of a smooth grassy hill with fir trees on it, wing walls either side, and a
    road (or a railway) running into the dark."""
    zf = 0.24  # the portal's face
    hill = [
        blob((0.0, -0.15, -0.45), (1.0, 1.1, 0.85)),
        blob((0.55, -0.25, -0.15), (0.45, 0.7, 0.55), blend=0.25),
        blob((-0.6, -0.2, -0.25), (0.4, 0.6, 0.5), blend=0.25),
        cut(1, 0.0, False, 0.01, (-1.2, -1.5, -1.5), (1.2, 0.0, 1.0)),  # the ground
        cut(2, zf - 0.14, True, 0.03, (-0.47, -0.1, zf - 0.3), (0.47, 0.7, 1.0)),  # the cutting
    ]
    parts = [box(2.1, 0.02, 1.8, at(0, 0, 0.0), "land")]
    parts.append(solid(hill, 0.055, "vine"))
    parts.append(box(0.95, 0.68, 0.16, at(0, 0, zf - 0.08), 0, "body"))  # the headwall
    parts.append(box(1.0, 0.05, 0.2, at(0, 0.68, zf - 0.09), 1))  # its coping
    for s in (-1, 1):  # pilasters and the wing walls, splaying out and stepping down
        parts.append(box(0.1, 0.7, 0.06, at(s * 0.42, 0, zf + 0.01), 0))
        wing = at(s * 0.45, 0, zf - 0.03) @ rot("y", -s * 35) @ at(s * 0.2, 0, 0)
        parts.append(box(0.4, 0.34, 0.08, wing, 0))
        parts.append(box(0.42, 0.04, 0.11, wing @ at(0, 0.34, 0), 1))
    # the dark hole and the arch of stones round it
    r, spring = 0.27, 0.3
    hole = [(-r, 0.0), (r, 0.0)]
    hole += [(r * np.cos(a), spring + r * np.sin(a)) for a in np.linspace(0.0, np.pi, 9)]
    parts.append(slab(sharp(hole), 0.02, at(0, 0.0, zf + 0.005), "pupil"))
    k = 11
    for i in range(k):
        a = np.pi * (i + 0.5) / k
        big = 1.25 if i == k // 2 else 1.0
        stone = at(0.31 * np.cos(a), spring + 0.31 * np.sin(a), zf + 0.015)
        parts.append(box(0.07 * big, 0.1 * big, 0.04, stone @ rot("z", np.degrees(a) - 90)
                         @ at(0, -0.03, 0), 1))  # fmt: skip
    for s in (-1, 1):
        for j in range(3):
            parts.append(box(0.08, 0.09, 0.04, at(s * 0.31, 0.02 + 0.1 * j, zf + 0.01), 1))
    # the way in: a road with its white dashes, or a railway on its sleepers
    if rng.random() < 0.5:
        parts.append(box(0.5, 0.02, 0.65, at(0, 0.01, zf + 0.33), "marking"))
        for j in range(3):
            parts.append(box(0.03, 0.005, 0.12, at(0, 0.03, zf + 0.08 + 0.2 * j), "snow"))
    else:
        parts.append(box(0.6, 0.025, 0.65, at(0, 0.01, zf + 0.33), "stones"))
        parts += scaled(rails(0.65), at(0, 0.035, zf + 0.33) @ scl(0.55, 0.55, 1.0))
    for x, z, hh in ((-0.45, -0.5, 0.45), (0.1, -0.6, 0.5), (0.45, -0.35, 0.4)):
        parts += tree(x, z, hh, rng, True, y=_hill_height(x, z) - 0.04)
    return parts


# ---- 395 garage -------------------------------------------------------------------------------


def _garage(rng: Rng) -> list[Part]:
    """A one-car garage: a low building, its wide roll-up door rolled half up, the front of a
    car showing in the dark inside under it, a driveway running up to it and a lamp over it."""
    W, H, D = 1.05, 0.62, 1.1
    t = 0.08
    parts = [box(t, H, D, at(s * (W / 2 - t / 2), 0, 0), 0, "body") for s in (-1, 1)]
    parts.append(box(W, H, t, at(0, 0, -D / 2 + t / 2), 0, "body"))  # the back wall
    parts.append(box(W, 0.18, t, at(0, H - 0.18, D / 2 - t / 2), 0))  # over the door
    parts.append(box(W + 0.1, 0.05, D + 0.12, at(0, H, 0.0), 1))  # the flat roof
    parts.append(box(W + 0.12, 0.04, 0.04, at(0, H + 0.01, D / 2 + 0.06), 1))
    # the dark inside
    parts.append(box(W - 2 * t, 0.01, D - t, at(0, 0, 0), "pupil"))
    parts.append(box(W - 2 * t, H - 0.05, 0.01, at(0, 0.0, -D / 2 + t + 0.006), "pupil"))
    for s in (-1, 1):
        parts.append(box(0.01, H, D - t, at(s * (W / 2 - t - 0.006), 0, 0), "pupil"))
    parts.append(box(W - 2 * t, 0.01, D - t, at(0, H - 0.02, 0), "pupil"))
    # the roll-up door, half up: its slats, its handle, the guide rails
    zd = D / 2 - t / 2
    y0 = 0.28
    top = H - 0.18
    for k in range(int(np.ceil((top - y0) / 0.045))):
        parts.append(box(W - 2 * t, 0.04, 0.025, at(0, y0 + 0.045 * k, zd), "plaster"))
    parts.append(box(W - 2 * t, 0.02, 0.035, at(0, y0 - 0.01, zd), "marking"))
    parts.append(box(0.1, 0.02, 0.02, at(0, y0 + 0.03, zd + 0.02), "steel"))
    for s in (-1, 1):
        parts.append(box(0.02, top, 0.035, at(s * (W / 2 - t - 0.01), 0, zd), "steel"))
    # the car inside, its nose near the door
    colour = ("card-red", "plume", "fruit-yellow")[int(rng.integers(3))]
    parts += _car(at(0, 0.01, D / 2 - 0.5), colour, 0.85, 0.5)
    # the driveway, the lamp, a side window
    parts.append(box(W - 0.1, 0.015, 0.8, at(0, 0, D / 2 + 0.4), "stones"))
    parts.append(box(W + 0.6, 0.01, 0.9, at(0, 0, D / 2 + 0.4), "vine"))
    parts.append(box(0.1, 0.06, 0.05, at(0, H - 0.12, D / 2 + 0.02), "marking"))
    parts.append(sphere(1.0, at(0, H - 0.13, D / 2 + 0.05) @ scl(0.04, 0.03, 0.03), "glow"))
    parts += window(at(0, 0, 0) @ rot("y", 90) @ at(0, 0.3, W / 2), 0.3, 0.15)
    return parts


MORE_APPLIANCES_L = {
    384: _shop, 385: _train_station, 386: _airport, 387: _police_station, 388: _fire_station,
    389: _petrol_station, 390: _dam, 391: _zoo, 392: _gym, 393: _greenhouse, 394: _tunnel,
    395: _garage,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
