"""More of the device family's appliances, from 1032: a cricket bat, cricket stumps, a garden
roller, a tombola, a coconut shy, a maypole, a lych gate and a prize rosette.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    band,
    bead,
    ccw,
    cloth_sheet,
    flat_solid,
    grid_skin,
    lobed,
    number,
    rrect_outline,
    scaled,
    square_bar,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZB"]

Rng = np.random.Generator

_RIBBONS = ("card-red", "cloth-yellow", "plume", "vine", "eraser")
_SQ = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]]) @ np.array(
    [[0.7071, 0.7071], [-0.7071, 0.7071]]
)


def _grass(w: float, d: float, m=None) -> Part:
    """A flat patch of grass w by d with rounded corners, its top 0.02 up."""
    m = np.eye(4) if m is None else m
    return slab(rrect_outline(w, d, min(w, d) * 0.2), 0.02, m @ at(0, 0.01, 0) @ FLAT_UP, "vine")


# ---- 1032 cricket bat -------------------------------------------------------------------------


def _bat_blade(L: float, w: float) -> np.ndarray:
    """A cricket bat's blade as a grid of rings from the toe (y = 0) to the shoulders (y = L):
    its face flat on z = 0, its back swelling to a ridged spine, deepest a third of the way up;
    the toe rounded off, the shoulders square with a slight fall to the edges."""
    ys = np.concatenate([[0.0, 0.004, 0.012, 0.024, 0.04], np.linspace(0.07, L, 12)])
    spine = np.interp(ys, [0, 0.04, 0.17, 0.33, 0.48, L], [0.03, 0.05, 0.066, 0.06, 0.047, 0.04])
    edge = np.interp(ys, [0, 0.05, 0.3, L], [0.028, 0.037, 0.038, 0.033])
    toe = 0.3 + 0.7 * np.sqrt(1 - (1 - np.minimum(ys / 0.04, 1.0)) ** 2)
    u = np.concatenate([np.linspace(-0.92, 0.92, 9), [0.985, 1.0, 0.985],
                        np.linspace(0.92, -0.92, 13), [-0.985, -1.0, -0.985]])  # fmt: skip
    back = (1 - np.abs(u) ** 1.6).clip(0) ** 1.4
    front = np.arange(len(u)) < 9
    p = np.empty((len(ys), len(u), 3))
    for i, y in enumerate(ys):
        e, s = edge[i] * toe[i], spine[i] * toe[i]
        z = np.where(front, 0.0, -e - (s - e) * back)
        z[[9, 25]], z[[10, 26]], z[[11, 27]] = -0.15 * e, -0.5 * e, -0.85 * e
        x = u * w / 2 * (0.88 + 0.12 * toe[i])
        p[i, :, 0] = x
        p[i, :, 1] = y * (1 - 0.02 * np.abs(u)) if i == len(ys) - 1 else y
        p[i, :, 2] = z
    return p


def _cricket_bat(rng: Rng) -> list[Part]:
    """A cricket bat leaning upright on its toe: a long flat willow blade, flat-faced to the
    front with a raised spine down its back, square shoulders and a rounded toe, a maker's
    sticker on the face; a long round cane handle spliced into the shoulders, wrapped in a
    ribbed rubber grip with a rounded end."""
    L, w, hl = 0.56, 0.108, 0.3
    zc = -0.024  # the handle's axis, in the blade's thickness
    parts = [grid_skin(_bat_blade(L, w), 0, "body")]
    parts.append(cylinder(0.016, 0.017, hl + 0.06, at(0, L - 0.06, zc), 0))  # the cane
    prof = [(0.0, 0.0), (0.019, 0.0)]
    for k in range(14):  # the grip's ribs
        prof.append((0.0195 if k % 2 else 0.0205, 0.012 + 0.018 * k))
    prof += [(0.02, 0.25), (0.017, 0.262), (0.0, 0.268)]
    parts.append(lathe(prof, at(0, L + 0.035, zc), 1, shape=lobed(16, 8, 0.06)))
    for s in (-1, 1):  # the splice's V on the face
        a, b = (s * 0.014, L, 0.001), (s * 0.003, L - 0.09, 0.001)
        parts.append(square_bar(a, b, 0.004, 0.002, "marking"))
    parts.append(box(0.07, 0.1, 0.002, at(0, L - 0.17, 0.0), "card-red"))  # the sticker
    parts.append(box(0.05, 0.018, 0.003, at(0, L - 0.14, 0.0), "snow"))
    parts.append(box(0.05, 0.01, 0.003, at(0, L - 0.16, 0.0), "snow"))
    lean = float(rng.uniform(6, 10))
    m = at(0, w / 2 * np.sin(np.radians(lean)) * 0.9, 0) @ rot("y", 12) @ rot("z", lean)
    return scaled(parts, m)


# ---- 1033 cricket stumps ----------------------------------------------------------------------


def _bail(m: np.ndarray) -> Part:
    """A bail along +y from 0 to 0.11 under m: a turned barrel with a spigot at each end."""
    half = [(0.0, 0.0), (0.0045, 0.0), (0.0045, 0.013), (0.008, 0.02), (0.0065, 0.04),
            (0.007, 0.055)]  # fmt: skip
    prof = half + [(r, 0.11 - y) for r, y in half[-2::-1]]
    return lathe(prof, m, 0)


def _cricket_stumps(rng: Rng) -> list[Part]:
    """A cricket wicket standing in the grass: three tall round stumps in a row, domed on top,
    two small turned bails resting across their tops, a white crease line through their feet,
    a red leather cricket ball with its stitched seam lying on the grass before them."""
    h, r, gap = 0.71, 0.018, 0.096
    dome = [(r, 0.0), (r * 0.8, 0.009), (r * 0.4, 0.012), (0.0, 0.012)]
    parts = []
    for i, x in enumerate((-gap, 0.0, gap)):
        m = at(x, 0.0, 0.0) @ rot("z", float(rng.uniform(-1.2, 1.2)))
        parts.append(cylinder(r, r, h - 0.012, m, 0, "" if i else "body"))
        parts.append(lathe(dome, m @ at(0, h - 0.012, 0), 0))
    for s in (-1, 1):
        parts.append(_bail(at(s * gap / 2 - 0.055, h + 0.002, 0.0) @ ALONG_X))
    parts.append(_grass(0.8, 0.7, at(0, 0, 0.1)))
    parts.append(box(0.6, 0.003, 0.018, at(0, 0.02, 0.0), "snow"))  # the bowling crease
    ball = at(0.13, 0.056, 0.28) @ rot("y", float(rng.uniform(10, 50))) @ rot("z", 70)
    parts.append(sphere(0.036, ball, "card-red"))
    parts.append(torus(0.0355, 0.003, ball, "sheet"))  # the seam
    for s in (-1, 1):
        parts.append(torus(0.0345, 0.0015, ball @ at(0, s * 0.005, 0), "card-red"))
    return parts


# ---- 1034 garden roller -----------------------------------------------------------------------


def _garden_roller(rng: Rng) -> list[Part]:
    """A heavy cast-iron garden roller side on: a wide iron drum lying on its side with rolled
    rims and ribbed ends round a hub, a U-shaped iron handle frame from its axle ends rising
    and closing into a long handle that slopes up and back to a wooden cross-bar grip."""
    R, W = 0.205, 0.52  # the axle's height (the rims' radius), the drum's width
    prof = [(0.0, 0.0), (0.17, 0.0), (0.19, 0.004), (0.2, 0.014), (0.205, 0.026), (0.197, 0.04),
            (0.196, W / 2 - 0.01), (0.192, W / 2), (0.196, W / 2 + 0.01), (0.196, W - 0.04),
            (0.205, W - 0.026), (0.2, W - 0.014), (0.19, W - 0.004), (0.17, W),
            (0.0, W)]  # fmt: skip
    drum = at(0, R, -W / 2) @ ALONG_Z
    parts = [lathe(prof, drum, 0, "body")]
    for z in (-W / 2, W / 2):  # the ends: a hub and ribs
        s = np.sign(z)
        hub = at(0, R, z) @ rot("x", 90 * s)
        parts.append(cylinder(0.05, 0.04, 0.03, hub, 0))
        parts.append(torus(0.165, 0.008, at(0, R, z) @ rot("x", 90), 0))
        for k in range(6):
            a = 60 * k + 15
            rib = at(0, R, z) @ rot("z", a) @ at(0, 0.1, s * 0.006)
            parts.append(box(0.014, 0.13, 0.014, rib @ at(0, -0.065, 0), 0))
    za = W / 2 + 0.045
    parts.append(stick((0, R, -za - 0.02), (0, R, za + 0.02), 0.014, "steel"))  # the axle
    for z in (-za - 0.02, za + 0.02):
        parts.append(cylinder(0.02, 0.02, 0.012, at(0, R, z) @ rot("x", 90), "steel"))
    pitch = np.radians(38 + float(rng.uniform(-3, 3)))
    d = np.array([-np.cos(pitch), np.sin(pitch), 0.0])
    o = np.array([0.0, R, 0.0])

    def p(t, z):
        return tuple(o + d * t + np.array([0, 0, z]))

    frame = [p(0, -za), p(0.18, -za), p(0.34, -za * 0.8), p(0.44, -0.08), p(0.47, 0.0),
             p(0.44, 0.08), p(0.34, za * 0.8), p(0.18, za), p(0, za)]  # fmt: skip
    parts.append(tube(frame, 0.016, None, 0))
    parts.append(stick(p(0.46, 0), p(1.12, 0), 0.018, 0))  # the handle
    parts.append(cylinder(0.024, 0.022, 0.05, at(*p(1.1, 0)) @ rot("z", 90 - np.degrees(pitch)),
                          0))  # its socket # fmt: skip
    parts.append(stick(p(1.14, -0.2), p(1.14, 0.2), 0.024, 1))  # the grip
    for z in (-0.2, 0.2):
        parts.append(sphere(0.026, at(*p(1.14, z)) @ scl(1, 1, 0.6), 1))
    return parts


# ---- 1035 tombola -----------------------------------------------------------------------------


def _tombola(rng: Rng) -> list[Part]:
    """A raffle tombola: a six-sided drum of clear panels framed in wooden bars, lying on its
    axle between two A-shaped wooden legs, half full of folded paper tickets in pastel colours,
    a small hinged door with a brass knob in one panel, a brass crank handle at one end."""
    R, L, cy = 0.24, 0.5, 0.6
    roll = float(rng.uniform(-8, 8))
    ang = np.radians(30 + 60 * np.arange(6) + roll)
    vy, vz = cy + R * np.cos(ang), R * np.sin(ang)
    parts = [square_bar((-L / 2 - 0.015, vy[0], vz[0]), (L / 2 + 0.015, vy[0], vz[0]), 0.03, 0.03,
                        0, "body")]  # fmt: skip
    for k in range(1, 6):  # the frame's bars along the drum
        parts.append(square_bar((-L / 2 - 0.015, vy[k], vz[k]), (L / 2 + 0.015, vy[k], vz[k]),
                                0.03, 0.03, 0))  # fmt: skip
    for x in (-L / 2, L / 2):  # the end hexagons
        for k in range(6):
            j = (k + 1) % 6
            parts.append(square_bar((x, vy[k], vz[k]), (x, vy[j], vz[j]), 0.03, 0.03, 0))
        hexa = [(-R * np.sin(a), R * np.cos(a)) for a in ang]
        parts.append(slab(sharp(hexa), 0.006, at(x - 0.003, cy, 0) @ rot("y", 90), "pane"))
        parts.append(cylinder(0.04, 0.04, 0.03, at(x, cy, 0) @ rot("z", 90 * np.sign(x)), 1))
    apo = R * np.cos(np.radians(30))
    for k in range(6):  # the clear side panels
        mid = np.degrees(ang[k]) + 30
        face = at(0, cy, 0) @ rot("x", mid) @ at(0, apo - 0.004, 0)
        parts.append(box(L - 0.02, 0.004, R - 0.02, face, "pane"))
    door = at(0, cy, 0) @ rot("x", np.degrees(ang[0]) + 30) @ at(0, apo - 0.004, 0)
    parts.append(box(0.2, 0.008, 0.15, door @ at(0, 0.004, 0), 1))
    parts.append(box(0.17, 0.012, 0.12, door @ at(0, 0.004, 0), "pane"))
    parts.append(sphere(0.015, door @ at(0.07, 0.02, 0), 1))  # its knob
    for x in (-0.06, 0.06):
        parts.append(cylinder(0.008, 0.008, 0.03, door @ at(x, 0.008, -0.075) @ ALONG_X, 1))
    # the tickets, heaped in the bottom of the drum
    colours = ("snow", "eraser", "cloth-yellow", "pages", "fruit-green", "snow")
    n = 0
    for i in range(9):
        for j in range(7):
            x = -L / 2 + 0.05 + (L - 0.1) * i / 8 + float(rng.uniform(-0.02, 0.02))
            z = -0.15 + 0.3 * j / 6 + float(rng.uniform(-0.02, 0.02))
            y = cy - apo + 0.02 + 0.1 * (1 - (z / 0.2) ** 2) + float(rng.uniform(0, 0.05))
            t = at(x, y, z) @ rot("y", float(rng.uniform(0, 180))) @ rot("x", float(
                rng.uniform(-40, 40)))  # fmt: skip
            parts.append(box(0.045, 0.006, 0.03, t, colours[n % len(colours)]))
            n += 1
    # the stand: an A of two legs at each end, a stretcher between them
    xa = L / 2 + 0.06
    for x in (-xa, xa):
        for s in (-1, 1):
            parts.append(square_bar((x, cy + 0.03, 0), (x, 0, s * 0.3), 0.045, 0.035, 0))
        parts.append(square_bar((x, 0.2, -0.2), (x, 0.2, 0.2), 0.03, 0.03, 0))
        parts.append(box(0.06, 0.06, 0.06, at(x, cy - 0.03, 0), 0))
    parts.append(square_bar((-xa, 0.2, 0), (xa, 0.2, 0), 0.03, 0.03, 0))
    parts.append(stick((-xa - 0.04, cy, 0), (xa + 0.06, cy, 0), 0.012, "steel"))  # the axle
    ca = at(xa + 0.06, cy, 0) @ rot("x", -130)  # the crank
    parts.append(box(0.025, 0.15, 0.015, ca @ at(0, -0.01, 0), 1))
    parts.append(cylinder(0.014, 0.014, 0.09, ca @ at(0, 0.13, 0) @ ALONG_X, 0))
    return parts


# ---- 1036 coconut shy -------------------------------------------------------------------------


def _coconut(m: np.ndarray, rng: Rng) -> list[Part]:
    """A hairy brown coconut at m (its foot at 0): a fibrous husk, three dark eyes."""
    t = np.arange(16) * (2 * np.pi / 16)
    r = 1.0 + rng.uniform(-0.08, 0.08, 16)
    shape = np.stack([r * np.cos(t), r * np.sin(t)], 1)
    prof = [(0.0, 0.0), (0.06, 0.012), (0.092, 0.06), (0.088, 0.12), (0.053, 0.18), (0.0, 0.196)]
    parts = [lathe(prof, m, "fur-cape", shape=shape)]
    for k in range(3):
        a = np.radians(120 * k + 90)
        eye = m @ at(0.026 * np.cos(a), 0.182, 0.026 * np.sin(a) + 0.006)
        parts.append(bead(0.011, eye, "marking", 6))
    return parts


def _coconut_shy(rng: Rng) -> list[Part]:
    """A fairground coconut shy: a row of five tall wooden posts, each topped with a cup holding
    a brown hairy coconut, in front of a back cloth of red and white striped canvas on a wooden
    frame with a scalloped valance along its top, a basket of wooden throwing balls on the
    ground before them."""
    parts = []
    hp = 1.0
    for i in range(5):  # the posts, the cups, the coconuts
        x = -0.64 + 0.32 * i
        parts.append(box(0.055, hp, 0.055, at(x, 0, 0), 0, "" if i else "body"))
        parts.append(box(0.14, 0.03, 0.14, at(x, 0, 0), 0))  # its foot
        cup = [(0.0, 0.0), (0.035, 0.0), (0.085, 0.06), (0.077, 0.065), (0.0, 0.015)]
        parts.append(lathe(cup, at(x, hp, 0), 1, sides=14))
        parts += _coconut(at(x, hp + 0.01, 0) @ rot("y", float(rng.uniform(0, 360))), rng)
    zb, wb, hb = -0.45, 1.9, 1.75
    for s in (-1, 1):  # the back cloth's frame
        parts.append(box(0.06, hb, 0.06, at(s * wb / 2, 0, zb), 0))
    parts.append(box(wb + 0.1, 0.06, 0.07, at(0, hb, zb), 0))
    n = 11
    for k in range(n):  # its stripes
        x = -wb / 2 + wb * (k + 0.5) / n
        parts.append(box(wb / n, hb - 0.08, 0.012, at(x, 0.02, zb), ("card-red", "snow")[k % 2]))
    for k in range(n):  # the valance's scallops
        x = -wb / 2 + wb * (k + 0.5) / n
        parts.append(box(wb / n, 0.12, 0.014, at(x, hb - 0.12, zb + 0.03),
                         ("snow", "card-red")[k % 2]))  # fmt: skip
        parts.append(cylinder(wb / n / 2, wb / n / 2, 0.014, at(x, hb - 0.12, zb + 0.023)
                              @ rot("x", 90), ("snow", "card-red")[k % 2]))  # fmt: skip
    for k in range(12):  # a string of bunting along the top
        x = -wb / 2 + wb * (k + 0.5) / 12
        y = hb - 0.24 - 0.08 * (1 - (2 * x / wb) ** 2)
        flag = [(-0.06, 0.0), (0.06, 0.0), (0.0, -0.13)]
        parts.append(slab(sharp(flag), 0.006, at(x, y, zb + 0.12), _RIBBONS[k % 5]))
    parts.append(tube([(-wb / 2, hb - 0.22, zb + 0.12), (0, hb - 0.32, zb + 0.12),
                       (wb / 2, hb - 0.22, zb + 0.12)], 0.006, None, "snow"))  # fmt: skip
    for s in (-1, 1):
        parts.append(stick((s * wb / 2, hb - 0.22, zb + 0.03), (s * wb / 2, hb - 0.22, zb + 0.12),
                           0.008, "snow"))  # fmt: skip
    # the basket of balls
    bx, bz = 0.5, 0.5
    basket = [(0.0, 0.0), (0.15, 0.0), (0.19, 0.15), (0.2, 0.165), (0.18, 0.165), (0.14, 0.02),
              (0.0, 0.02)]  # fmt: skip
    parts.append(lathe(basket, at(bx, 0.011, bz), 1, shape=lobed(28, 14, 0.04)))
    for x, y, z in ((-0.07, 0.08, -0.05), (0.07, 0.08, -0.05), (0.0, 0.08, 0.07),
                    (0.0, 0.16, 0.0), (-0.08, 0.14, 0.06), (0.09, 0.15, 0.05)):  # fmt: skip
        parts.append(sphere(0.055, at(bx + x, y, bz + z), 0))
    parts.append(sphere(0.055, at(bx - 0.34, 0.055, bz + 0.12), 0))
    return parts


# ---- 1037 maypole -----------------------------------------------------------------------------


def _maypole(rng: Rng) -> list[Part]:
    """A maypole on a village green: a tall white pole on a round base, a crown of green garland
    hung with flowers at its top and a ball finial, a dozen long ribbons in bright colours
    streaming from the crown down to the grass in a wide cone, and below the crown the pole
    plaited round with criss-crossing ribbons."""
    H, top, spread = 1.3, 1.16, 0.62
    parts = [cylinder(0.024, 0.016, H, None, 0, "body")]  # the pole
    parts.append(sphere(0.035, at(0, H + 0.02, 0), 1))  # the finial
    parts.append(cylinder(0.012, 0.02, 0.02, at(0, H - 0.01, 0), 1))
    parts.append(cylinder(0.13, 0.11, 0.05, None, 1))  # the base
    parts.append(cylinder(0.08, 0.06, 0.05, at(0, 0.05, 0), 1))
    parts.append(cylinder(spread + 0.12, spread + 0.12, 0.01, None, "vine"))  # the green
    # the crown: a garland ring and two crossed hoops, with flowers
    parts.append(torus(0.09, 0.02, at(0, top, 0), "vine"))
    for a in (0, 90):
        hoop_m = at(0, top + 0.005, 0) @ rot("y", a) @ rot("x", 90)
        parts.append(torus(0.08, 0.012, hoop_m, "vine"))
    flowers = ("snow", "eraser", "cloth-yellow", "card-red")
    for k in range(12):
        a = 2 * np.pi * k / 12
        parts.append(sphere(0.018, at(0.09 * np.cos(a), top + 0.012, 0.09 * np.sin(a)),
                            flowers[k % 4]))  # fmt: skip
    # the ribbons streaming down
    turn = float(rng.uniform(0, 30))
    for k in range(12):
        a = np.radians(turn + 30 * k)
        c, s = np.cos(a), np.sin(a)
        out = np.array([c, 0.0, s])
        pts = [
            (0.08, top - 0.01),
            (0.2, top - 0.24),
            (0.36, 0.5),
            (spread * 0.93, 0.06),
            (spread, 0.012),
            (spread + 0.08, 0.012),
        ]
        p3 = [tuple(out * r + np.array([0, y, 0])) for r, y in pts]
        parts.append(band(p3, 0.038, 0.004, (-s, 0.0, c), _RIBBONS[k % 5]))
    # the plait round the pole below the crown
    for k in range(4):
        sense = 1 if k % 2 else -1
        ph = np.pi * (k // 2)
        ys = np.linspace(0.6, top - 0.05, 28)
        a = sense * (ys - 0.6) / 0.16 * 2 * np.pi + ph
        rr = 0.0205 + 0.003 * (k % 2)
        pts = np.stack([rr * np.cos(a), ys, rr * np.sin(a)], 1)
        parts.append(band(pts, 0.022, 0.003, (0.0, 1.0, 0.0), _RIBBONS[(k + 1) % 5]))
    return parts


# ---- 1038 lych gate ---------------------------------------------------------------------------


def _arch_brace(a, b, bow: float, t: float, slot=0) -> Part:
    """A curved timber brace from a to b bowed ``bow`` off the straight line in the plane of
    the two and the vertical: a square-sectioned tube through three points."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    mid = (a_ + b_) / 2
    d = b_ - a_
    side = np.cross(d, np.cross([0.0, 1.0, 0.0], d))
    if np.linalg.norm(side) < 1e-9:
        side = np.array([1.0, 0.0, 0.0])
    side = side / np.linalg.norm(side)
    return tube([a_, mid - side * bow, b_], t / 2, None, slot, shape=_SQ)


def _lych_gate(rng: Rng) -> list[Part]:
    """A churchyard lych gate: four stout oak posts, two each side of the path, carrying wall
    plates and tie beams under a steep pitched roof of tiles in overlapping courses with ridge
    tiles along its top; its gable ends open, showing the rafters, collar and king post, with
    big curved braces from the posts; a pair of low boarded wooden gates hung between the front
    posts; a short stone wall with coping running off to each side."""
    X, Z, hp, t = 0.56, 0.4, 1.12, 0.13
    parts = []
    for i, (x, z) in enumerate(((-X, Z), (X, Z), (-X, -Z), (X, -Z))):
        parts.append(box(t, hp, t, at(x, 0, z), 0, "" if i else "body"))
        parts.append(box(t + 0.06, 0.06, t + 0.06, at(x, 0, z), "stones"))  # its pad
    for s in (-1, 1):  # the wall plates along each side, the tie beams across
        parts.append(box(t + 0.02, 0.12, 2 * Z + 0.36, at(s * X, hp, 0), 0))
        parts.append(box(2 * X + 0.22, 0.12, t + 0.01, at(0, hp, s * Z), 0))
    for s in (-1, 1):  # the braces, front and back and along the sides
        for sx in (-1, 1):
            parts.append(_arch_brace((sx * X, hp - 0.4, s * Z), (sx * (X - 0.36), hp, s * Z),
                                     0.06, 0.07))  # fmt: skip
            parts.append(_arch_brace((sx * X, hp - 0.3, s * Z), (sx * X, hp, s * (Z - 0.26)),
                                     0.04, 0.06))  # fmt: skip
    rise, eave = 0.9, X + 0.2
    y0 = hp + 0.12
    pitch = np.degrees(np.arctan2(rise, X + 0.07))
    apex = y0 + rise
    depth = 2 * Z + 0.56
    for s in (-1, 1):  # the gable trusses: rafters, collar, king post, struts
        z = s * Z
        for sx in (-1, 1):
            parts.append(square_bar((sx * (X + 0.07), y0, z), (0, apex, z), 0.1, 0.1, 0))
            parts.append(square_bar((0, y0 + 0.06, z), (sx * 0.32, y0 + 0.5, z), 0.06, 0.06, 0))
        parts.append(box(0.75, 0.08, 0.08, at(0, y0 + 0.5, z), 0))  # the collar
        parts.append(box(0.09, rise, 0.09, at(0, y0, z), 0))  # the king post
        for sx in (-1, 1):  # the bargeboards at the open gable
            a = (sx * (eave + 0.02), y0 - 0.13 * rise / X, s * depth / 2)
            parts.append(square_bar(a, (0, apex + 0.05, s * depth / 2), 0.16, 0.04, 0))
    slope = np.hypot(eave, eave * rise / (X + 0.07))
    n = 10
    for sx in (-1, 1):  # the two slopes: boards and courses of tiles
        face = at(0, apex + 0.02, 0) @ rot("z", -sx * (90 - pitch))
        # (its +y out of the roof, its x down the slope toward sx)
        parts.append(box(slope, 0.03, depth, face @ at(sx * slope / 2, -0.03, 0), 1))
        for k in range(n):
            u = slope * (k + 0.5) / n
            course = face @ at(sx * (slope - u), 0.0, 0) @ rot("z", sx * 5)
            parts.append(box(slope / n * 1.25, 0.028, depth + 0.02, course, 1))
    parts.append(cylinder(0.05, 0.05, depth + 0.04, at(0, apex + 0.02, -depth / 2 - 0.02)
                          @ ALONG_Z, 1))  # the ridge tiles # fmt: skip
    for s in (-1, 1):  # the finials
        parts.append(box(0.06, 0.18, 0.06, at(0, apex, s * (depth / 2 + 0.01)), 0))
    # the gates
    gh, gw = 0.78, X - t / 2 - 0.01
    for sx in (-1, 1):
        g = at(sx * (X - t / 2), 0.08, Z)
        parts.append(box(0.05, gh, 0.04, g @ at(-sx * 0.025, 0, 0), 0))  # hanging stile
        parts.append(box(0.05, gh - 0.06, 0.04, g @ at(-sx * (gw - 0.03), 0, 0), 0))
        for y in (0.0, gh - 0.06):
            parts.append(box(gw, 0.06, 0.04, g @ at(-sx * gw / 2, y, 0), 0))
        for k in range(6):  # the pales
            x = -sx * (0.08 + (gw - 0.15) * k / 5)
            parts.append(box(0.04, gh - 0.06, 0.025, g @ at(x, 0.0, 0.015), 0))
        x0 = sx * (X - t / 2)  # the brace
        a, b = (x0 - sx * 0.05, 0.14, Z + 0.03), (x0 - sx * (gw - 0.05), gh, Z + 0.03)
        parts.append(square_bar(a, b, 0.05, 0.025, 0))
        for y in (0.12, gh - 0.05):  # the strap hinges
            parts.append(box(0.16, 0.02, 0.01, g @ at(-sx * 0.08, y, 0.04), "marking"))
    # the churchyard wall running off each side
    for sx in (-1, 1):
        x0, x1 = sx * (X + 0.08), sx * (X + 0.75)
        wm = at((x0 + x1) / 2, 0, -0.05)
        parts.append(box(0.67, 0.55, 0.26, wm, "stones"))
        parts.append(box(0.71, 0.07, 0.32, wm @ at(0, 0.55, 0), "stones"))  # the coping
        parts.append(box(0.71, 0.05, 0.12, wm @ at(0, 0.62, 0), "stones"))
    del rng
    return parts


# ---- 1039 rosette -----------------------------------------------------------------------------


def _pleats(r0: float, r1: float, n: int, amp: float, dish: float) -> np.ndarray:
    """A ring of gathered ribbon in the xy plane facing +z as a grid (rounds, radii, 3): folded
    into n pleats that fan out from r0, zigzagging deeper toward the frilled rim at r1."""
    th = np.linspace(0.0, 2 * np.pi, 2 * n + 1)
    zig = np.where(np.arange(2 * n + 1) % 2 == 0, 1.0, -1.0)
    f = np.linspace(0.0, 1.0, 5)
    r = r0 + (r1 - r0) * f[None, :] * (1 + 0.04 * zig[:, None])
    z = amp * zig[:, None] * f[None, :] ** 0.8 - dish * f[None, :]
    return np.stack([r * np.cos(th)[:, None], r * np.sin(th)[:, None], z], -1)


def _tail(w: float, L: float, notch: float):
    """A ribbon tail's outline hanging down from y = 0, L long and w wide, its end cut in a V
    ``notch`` deep."""
    pts = np.array([(-w / 2, 0.0), (w / 2, 0.0), (w / 2, -L), (0.0, -L + notch), (-w / 2, -L)])
    return lambda n: [ccw(pts)]


def _rosette(rng: Rng) -> list[Part]:
    """A prize ribbon rosette standing upright and facing the viewer: a round disc of pleated
    ribbon gathered into a frilled outer ring, a second smaller pleated ring in front of it, a
    flat round centre button with a raised rim and a big numeral 1, two ribbon tails with
    V-cut ends hanging below, splayed apart."""
    cy = 0.66
    c = at(0, cy, 0)
    parts = [cloth_sheet(_pleats(0.1, 0.27, 36, 0.018, 0.0), 0.006, 0, "body").moved(c)]
    parts.append(cloth_sheet(_pleats(0.07, 0.18, 26, 0.014, -0.01), 0.006, 1).moved(
        c @ at(0, 0, 0.025)))  # fmt: skip
    parts.append(cylinder(0.105, 0.105, 0.02, c @ at(0, 0, 0.03) @ rot("x", 90), 0))
    parts.append(torus(0.1, 0.01, c @ at(0, 0, 0.05) @ rot("x", 90), 1))  # the button's rim
    parts += number(1, c @ at(0.005, -0.055, 0.05), 0.05, 0.11, "marking")
    for s in (-1, 1):  # the tails
        splay = s * float(12 + rng.uniform(-2, 2))
        tail = c @ at(s * 0.05, -0.02, -0.03) @ rot("z", splay)
        parts.append(flat_solid(_tail(0.1, 0.62, 0.07), 0.006, tail, 0))
    return parts


MORE_APPLIANCES_ZZZB = {
    1032: _cricket_bat, 1033: _cricket_stumps, 1034: _garden_roller, 1035: _tombola,
    1036: _coconut_shy, 1037: _maypole, 1038: _lych_gate, 1039: _rosette,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
