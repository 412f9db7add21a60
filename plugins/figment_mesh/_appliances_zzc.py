"""More of the device family's appliances, from 846: a bread peel, a sundae, a chocolate
fountain, a gingerbread house, an ice cream cart, a stand mixer, a macaron tower, a wedding
cake.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._appliances_u import whipped_cream
from ._families_a import stick
from ._geometry import Part, align, at, rot, scl
from ._kit import lobed, rrect_outline, spoked_wheel
from ._primitives import DIAMOND, HEXAGON, box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZC"]

Rng = np.random.Generator

_UP = rot("x", -90)
"""Lays a slab's outline (drawn in xy, extruded along z) flat: its x stays x, its y runs to
-z and its depth stands along +y."""


def _bead(r: float, m: np.ndarray, slot, sides: int = 6) -> Part:
    """A small round bead of radius r at m, in few triangles."""
    return lathe([(0.0, -r), (r, 0.0), (0.0, r)], m, slot, sides=sides)


# ---- 846 bread peel ----------------------------------------------------------------------------


def _bread_peel(rng: Rng) -> list[Part]:
    """A baker's peel lying flat at an angle: a wide thin paddle blade, square with a rounded
    front edge and shoulders tapering into a long straight round handle with a rounded end, a
    round crusty loaf with criss-cross score marks sitting on the blade."""
    yaw = float(rng.uniform(-36, -28))
    peel = rot("y", yaw) @ at(0.1, 0, 0)  # the peel runs along its x: blade at +x
    t = 0.014
    blade = [(-0.08, 0.03), (-0.01, 0.09), (0.04, 0.18), (0.1, 0.22), (0.25, 0.225), (0.38, 0.215),
             (0.44, 0.18), (0.475, 0.1), (0.485, 0.0), (0.475, -0.1), (0.44, -0.18),
             (0.38, -0.215), (0.25, -0.225), (0.1, -0.22), (0.04, -0.18), (-0.01, -0.09),
             (-0.08, -0.03)]  # fmt: skip
    parts = [slab(blade, t, peel @ at(0, t / 2, 0) @ _UP, 0, "body")]
    neck = [(0.04, t * 0.5, 0.0), (-0.05, 0.014, 0.0), (-0.11, 0.019, 0.0)]
    parts.append(tube(neck, [0.012, 0.02, 0.02], peel, 0))  # the shoulders thicken to the handle
    parts.append(tube([(-0.1, 0.02, 0), (-0.66, 0.02, 0)], 0.02, peel, 0))  # the handle
    parts.append(sphere(0.023, peel @ at(-0.66, 0.022, 0), 0))
    parts.append(torus(0.007, 0.003, peel @ at(-0.62, 0.041, 0), "marking"))  # its hang hole
    loaf = peel @ at(0.27, t, 0.0)
    R, H = 0.115, 0.095
    prof = [(0.0, 0.0), (R * 0.92, 0.0), (R, 0.022), (R * 0.93, 0.052), (R * 0.6, 0.086),
            (0.0, H)]  # fmt: skip
    parts.append(lathe(prof, loaf, 1))
    for k in range(2):  # score marks across its top, two each way
        for d in (-0.03, 0.03):
            m = loaf @ rot("y", 90 * k)
            pts = [(d, _dome(R, H, d, u), u) for u in np.linspace(-0.072, 0.072, 5)]
            parts.append(tube(pts, 0.006, m, "plaster"))
    return parts


def _dome(R: float, H: float, x: float, z: float) -> float:
    """The height of a loaf's domed top of radius R and height H over (x, z)."""
    q = min(1.0, (x * x + z * z) / (R * R))
    return H * np.sqrt(1.0 - q) ** 0.8 + 0.003


# ---- 847 sundae --------------------------------------------------------------------------------


def _scoop(m: np.ndarray, r: float, slot) -> list[Part]:
    """A scoop of ice cream centred at m: a ball with a ragged lip round its lower edge."""
    parts = [sphere(r, m, slot)]
    lip = [(0.0, -0.55 * r), (0.98 * r, -0.5 * r), (1.07 * r, -0.4 * r), (0.9 * r, -0.28 * r),
           (0.0, -0.28 * r)]  # fmt: skip
    parts.append(lathe(lip, m, slot, shape=lobed(30, 11, 0.08)))
    return parts


def _sauce(c: tuple[float, float, float], r: float, n: int, rng: Rng) -> list[Part]:
    """Chocolate sauce over a scoop of radius r at c: a cap over its top and drips running down
    its sides, each ending in a round drop."""
    m = at(*c)
    e = 0.012
    top = np.radians(np.linspace(90, 30, 5))
    cap = [(0.0, r + e)] + [((r + e) * np.cos(a), (r + e) * np.sin(a)) for a in top[1:]]
    cap.append((0.0, (r + e) * np.sin(top[-1])))
    parts = [lathe(cap, m, "soil")]
    for k in range(n):
        phi = 2 * np.pi * k / n + float(rng.uniform(-0.3, 0.3))
        low = np.radians(float(rng.uniform(-25, 5)))
        a = np.linspace(np.radians(32), low, 4)
        rr = r + 0.008
        pts = [(rr * np.cos(t) * np.cos(phi), rr * np.sin(t), rr * np.cos(t) * np.sin(phi))
               for t in a]  # fmt: skip
        parts.append(tube(pts, [0.016, 0.012, 0.011, 0.016], m, "soil"))
    return parts


def _sundae(rng: Rng) -> list[Part]:
    """An ice cream sundae: a tall footed glass tulip dish, three round scoops heaped in it (two
    side by side, one on top), chocolate sauce poured over them and dripping down, a swirl of
    whipped cream on top with a red cherry on its stem, a long spoon standing in it."""
    dish = [(0.0, 0.0), (0.15, 0.0), (0.155, 0.012), (0.1, 0.03), (0.035, 0.06), (0.024, 0.12),
            (0.04, 0.19), (0.024, 0.24), (0.03, 0.3), (0.1, 0.34), (0.16, 0.4), (0.195, 0.5),
            (0.205, 0.6), (0.2, 0.62), (0.19, 0.6), (0.18, 0.5), (0.145, 0.41), (0.09, 0.36),
            (0.0, 0.35)]  # fmt: skip
    parts = [lathe(dish, None, 0, "body")]
    r, r2 = 0.12, 0.115
    low = [(-0.085, 0.6, 0.0), (0.085, 0.6, 0.02)]
    flavours = [1, "eraser", "fruit-yellow"]
    k = int(rng.integers(0, 3))
    for c, slot in zip(low, (flavours[k], flavours[(k + 1) % 3]), strict=True):
        parts += _scoop(at(*c), r, slot)
    topc = (0.0, 0.76, 0.01)
    parts += _scoop(at(*topc), r2, flavours[(k + 2) % 3])
    parts += _sauce(topc, r2, 7, rng)
    for c in low:  # the sauce run down onto the lower scoops
        parts += _sauce(c, r, 4, rng)[1:]
    parts += whipped_cream(0.84, 0.13, "fruit-red")
    spoon = [(0.07, 0.68, -0.1), (0.2, 1.12, -0.16)]  # the long spoon, standing in it
    parts.append(tube(spoon, 0.009, None, "steel"))
    tip = at(0.2, 1.12, -0.16) @ align((0.13, 0.44, -0.06))
    parts.append(sphere(1.0, tip @ scl(0.022, 0.035, 0.008), "steel"))
    return parts


# ---- 848 chocolate fountain --------------------------------------------------------------------


def _tier(r: float, y: float, drop: float) -> list[Part]:
    """One tier of a chocolate fountain, its rim at height y: a domed steel dish of radius r
    coated with chocolate that rolls over its rim and falls ``drop`` as a smooth, faintly
    fluted curtain, flaring a little where it lands."""
    rise = 0.3 * r
    dish = [(0.0, y - 0.02), (r * 0.9, y - 0.02), (r + 0.012, y - 0.012), (r + 0.01, y + 0.004),
            (r * 0.5, y + rise * 0.6), (0.0, y + rise)]  # fmt: skip
    parts = [lathe(dish, None, 1)]
    e = 0.012
    coat = [(0.0, y - 0.01), (r * 0.9, y - 0.01), (r + 0.02, y - 0.004), (r + 0.02, y + 0.008),
            (r * 0.96, y + e + 0.004), (r * 0.5, y + rise * 0.6 + e), (0.0, y + rise + e)]  # fmt: skip
    parts.append(lathe(coat, None, 0))
    c, t, w = r + 0.018, 0.008, 0.78 * r
    curtain = [(c, y), (c + 0.006, y - 0.12 * drop), (0.5 * (c + w), y - 0.5 * drop),
               (w, y - 0.9 * drop), (w + 0.012, y - drop), (w - t, y - drop),
               (w - t, y - 0.9 * drop), (0.5 * (c + w) - t, y - 0.5 * drop),
               (c + 0.006 - t, y - 0.12 * drop), (c - t, y)]  # fmt: skip
    parts.append(lathe(curtain, None, 0, closed=True, shape=lobed(24, 12, 0.03)))
    return parts


def _chocolate_fountain(rng: Rng) -> list[Part]:
    """A chocolate fountain: a wide steel basin full of melted chocolate on a round footed base,
    a central steel column rising from it with four domed dishes stepped up it, each smaller
    than the one below, chocolate welling out of the crown at the top and falling from each
    dish's rim as a smooth curtain onto the next and into the basin."""
    foot = [(0.0, 0.0), (0.3, 0.0), (0.31, 0.015), (0.27, 0.04), (0.2, 0.07), (0.18, 0.1),
            (0.3, 0.14), (0.42, 0.19), (0.45, 0.225), (0.44, 0.235), (0.4, 0.21), (0.3, 0.17),
            (0.0, 0.15)]  # fmt: skip
    parts = [lathe(foot, None, 1, "body")]
    parts.append(cylinder(0.41, 0.41, 0.02, at(0, 0.185, 0), 0))  # the pool in the basin
    parts.append(cylinder(0.05, 0.04, 0.05, at(0, 0.2, 0), 1))  # the column's collar
    tiers = [(0.32, 0.46), (0.24, 0.69), (0.17, 0.89), (0.11, 1.06)]
    for k, (r, y) in enumerate(tiers):
        if k == 0:
            land = 0.205
        else:
            rb, yb = tiers[k - 1]  # onto the dome below, where it lands
            land = yb + 0.3 * rb * (1 - (0.78 * r / rb) ** 1.6)
        parts += _tier(r, y, y - land)
    top = tiers[-1][1] + 0.03
    crown = [(0.0, top), (0.045, top), (0.04, top + 0.04), (0.02, top + 0.065), (0.0, top + 0.07)]
    parts.append(lathe(crown, None, 0))  # chocolate welling out of the top
    parts.append(cylinder(0.018, 0.012, 0.06, at(0, top + 0.06, 0), 1))  # the crown's spire
    parts.append(sphere(0.018, at(0, top + 0.125, 0), 1))
    parts.append(cylinder(0.03, 0.03, 0.025, at(0, 0.06, 0.235) @ rot("x", 72), "marking"))
    del rng
    return parts


# ---- 849 gingerbread house ---------------------------------------------------------------------


def _cane(m: np.ndarray, h: float, r: float = 0.014) -> list[Part]:
    """A candy cane standing at m: a white stick h tall with a red stripe twisting up it,
    hooked over at its top."""
    parts = [tube([(0, 0, 0), (0, h, 0)], r, m, "snow", shape=HEXAGON)]
    t = np.linspace(0, 1, 13)
    a = t * 3.5 * 2 * np.pi
    helix = np.stack([r * np.cos(a), h * t, r * np.sin(a)], 1)
    parts.append(tube(helix, 0.006, m, "card-red", shape=DIAMOND))
    hook = [(0.0, h - 0.01, 0.0), (0.0, h + 0.03, 0.0), (0.025, h + 0.05, 0.0),
            (0.05, h + 0.03, 0.0), (0.052, h + 0.005, 0.0)]  # fmt: skip
    parts.append(tube(hook, r, m, "card-red", shape=HEXAGON))
    return parts


def _icicle(p: np.ndarray, r: float, ln: float, slot="snow") -> Part:
    """An icicle (or a drip) hanging from point p: a cone tapering down to a point."""
    return tube([p, p - np.array([0.0, ln, 0.0])], [r, 0.0], None, slot, shape=HEXAGON)


def _gumdrop(m: np.ndarray, r: float, slot) -> Part:
    """A gumdrop: a little sugared dome."""
    prof = [(0.0, 0.0), (r, 0.0), (r * 0.95, r * 0.6), (r * 0.6, r * 1.15), (0.0, r * 1.3)]
    return lathe(prof, m, slot, sides=10)


def _gingerbread_house(rng: Rng) -> list[Part]:
    """A gingerbread house on a board of snowy icing: gingerbread walls, a steep gingerbread
    roof with thick white icing piped along its eaves, gables and ridge, icicles hanging from
    the eaves and scalloped icing rows across it, gumdrops along the ridge and round sweets down
    the corners, a door framed by two candy-cane pillars and iced windows."""
    W, D, H, t = 0.62, 0.42, 0.3, 0.03
    y0 = 0.03
    parts = [box(W, H, t, at(0, y0, (D - t) / 2), 0, "body")]  # the front wall
    parts.append(box(W, H, t, at(0, y0, -(D - t) / 2), 0))  # the back wall
    parts.append(slab(sharp([(-0.45, -0.37), (0.45, -0.37), (0.45, 0.37), (-0.45, 0.37)]), y0,
                      at(0, y0 / 2, 0) @ _UP, "cork"))  # the board # fmt: skip
    parts.append(slab(sharp([(-0.44, -0.36), (0.44, -0.36), (0.44, 0.36), (-0.44, 0.36)]), 0.01,
                      at(0, y0 + 0.005, 0) @ _UP, "snow"))  # fmt: skip
    rise = D / 2 * np.tan(np.radians(58))
    gable = sharp([(-D / 2, 0.0), (D / 2, 0.0), (D / 2, H), (0.0, H + rise), (-D / 2, H)])
    for s in (-1, 1):  # the gable ends
        parts.append(slab(gable, t, at(s * (W - t) / 2, y0, 0) @ rot("y", 90), 0))
    top = y0 + H
    slope = np.degrees(np.arctan2(rise, D / 2))
    over = 0.07
    L = np.hypot(rise, D / 2) + over
    ridge = (0.0, top + rise + 0.02, 0.0)
    RW = W + 0.1
    for s in (-1, 1):  # the roof: gingerbread slabs with icing piped along their edges
        m = at(*ridge) @ rot("y", 90 - 90 * s) @ rot("x", slope) @ at(0, 0, 0.005)
        parts.append(box(RW, 0.035, L, m @ at(0, -0.01, L / 2), 0))
        parts.append(tube([(-RW / 2, 0.02, L), (RW / 2, 0.02, L)], 0.022, m, "snow"))  # eaves
        for e in (-1, 1):
            parts.append(tube([(e * RW / 2, 0.03, 0.0), (e * RW / 2, 0.03, L)], 0.02, m, "snow"))
        for f in (0.36, 0.68):  # scalloped rows of icing
            n = 5
            pts = [(-RW / 2 + RW * i / (2 * n), 0.026, L * f + (0.025 if i % 2 else 0.0))
                   for i in range(2 * n + 1)]  # fmt: skip
            parts.append(tube(pts, 0.01, m, "snow", shape=HEXAGON))
        for i in range(11):  # icicles from the eaves
            x = -RW / 2 + 0.04 + (RW - 0.08) * i / 10
            ln = 0.04 + 0.04 * float(rng.random())
            tip = m @ np.array([x, 0.0, L + 0.005, 1.0])
            parts.append(_icicle(tip[:3], 0.013, ln))
    parts.append(tube([(-RW / 2, ridge[1] + 0.015, 0), (RW / 2, ridge[1] + 0.015, 0)], 0.026, None,
                      "snow"))  # the ridge's icing # fmt: skip
    sweets = ["fruit-red", "fruit-green", "fruit-yellow", "plume", "eraser"]
    for i in range(6):  # gumdrops along the ridge
        x = -RW / 2 + 0.06 + (RW - 0.12) * i / 5
        parts.append(_gumdrop(at(x, ridge[1] + 0.03, 0), 0.03, sweets[i % 5]))
    z = D / 2 + 0.005
    for sx in (-1, 1):  # the corners: a line of icing studded with round sweets
        parts.append(stick((sx * W / 2, y0, z), (sx * W / 2, top, z), 0.014, "snow"))
        for j in range(3):
            y = y0 + 0.05 + j * 0.1
            slot = sweets[(j + (sx > 0)) % 5]
            parts.append(lathe([(0.0, 0.0), (0.024, 0.006), (0.0, 0.016)],
                               at(sx * W / 2, y, z) @ rot("x", 90), slot, sides=10))  # fmt: skip
    parts += _house_front(W, D, H, y0)
    return parts


def _house_front(W: float, D: float, H: float, y0: float) -> list[Part]:
    """The gingerbread house's front: an arched door with candy-cane pillars, two iced windows
    and a round window in each gable end."""
    z = D / 2
    parts = []
    door = [(-0.06, 0.0), (0.06, 0.0), (0.06, 0.12), (0.042, 0.165), (0.0, 0.18),
            (-0.042, 0.165), (-0.06, 0.12)]  # fmt: skip
    parts.append(slab(sharp(door), 0.012, at(0, y0, z + 0.004), 1))
    arch = [(-0.07, y0, z + 0.012), (-0.07, y0 + 0.13, z + 0.012), (-0.045, y0 + 0.18, z + 0.012),
            (0.0, y0 + 0.195, z + 0.012), (0.045, y0 + 0.18, z + 0.012), (0.07, y0 + 0.13, z + 0.012),
            (0.07, y0, z + 0.012)]  # fmt: skip
    parts.append(tube(arch, 0.011, None, "snow"))
    parts.append(sphere(0.012, at(0.035, y0 + 0.08, z + 0.014), "fruit-yellow"))  # the knob
    for s in (-1, 1):
        parts += _cane(at(s * 0.1, y0, z + 0.03) @ rot("y", 90 - 90 * s), 0.2)
        wx = s * 0.2  # the windows
        wy = y0 + 0.15
        parts.append(box(0.1, 0.1, 0.008, at(wx, wy - 0.05, z + 0.002), "glow"))
        frame = [(wx - 0.055, wy - 0.055), (wx + 0.055, wy - 0.055), (wx + 0.055, wy + 0.055),
                 (wx - 0.055, wy + 0.055), (wx - 0.055, wy - 0.055)]  # fmt: skip
        for a, b in pairwise(frame):
            parts.append(stick((*a, z + 0.012), (*b, z + 0.012), 0.01, "snow"))
        parts.append(stick((wx, wy - 0.05, z + 0.012), (wx, wy + 0.05, z + 0.012), 0.006, "snow"))
        parts.append(stick((wx - 0.05, wy, z + 0.012), (wx + 0.05, wy, z + 0.012), 0.006, "snow"))
        for i in range(5):  # the sill's icing drips
            parts.append(_bead(0.01, at(wx - 0.04 + 0.02 * i, wy - 0.068, z + 0.014), "snow"))
        g = at(s * (W / 2 + 0.004), y0 + H + 0.09, 0) @ rot("z", 90 * s)  # round gable windows
        parts.append(cylinder(0.045, 0.045, 0.006, g, "glow"))
        parts.append(torus(0.045, 0.01, g @ at(0, 0.006, 0), "snow"))
    return parts


# ---- 850 ice cream cart ------------------------------------------------------------------------


def _cone_sign(m: np.ndarray) -> list[Part]:
    """A giant ice cream cone at m, tip down: a waffle cone (the second material) crossed by
    diagonal lines, a big scoop on top with a ragged lip, a cherry."""
    h, r = 0.34, 0.1
    parts = [cylinder(0.0, r, h, m, 1)]
    for s in (-1, 1):  # the waffle lines
        for k in range(5):
            a0 = k * 2 * np.pi / 5
            pts = []
            for u in np.linspace(0.12, 0.97, 4):
                a = a0 + s * 1.6 * u
                pts.append(((r * u + 0.003) * np.cos(a), h * u, (r * u + 0.003) * np.sin(a)))
            parts.append(tube(pts, 0.004, m, "cork", shape=DIAMOND))
    parts.append(torus(r, 0.014, m @ at(0, h, 0), 1))  # its rolled rim
    parts += _scoop(m @ at(0, h + 0.07, 0), 0.115, "eraser")
    parts.append(sphere(0.03, m @ at(0, h + 0.2, 0.0), "fruit-red"))
    return parts


def _ice_cream_cart(rng: Rng) -> list[Part]:
    """An old-fashioned ice cream cart: a white box body with a coloured band on two big spoked
    wheels, a push handle and a leg at the back, a row of round steel lids over the tubs on its
    top, a big striped parasol on a pole above it, a giant ice cream cone sign on its front."""
    W, H, D, y0 = 0.76, 0.42, 0.44, 0.2
    parts = [box(W, H, D, at(0, y0, 0), 0, "body")]
    parts.append(box(W + 0.03, 0.03, D + 0.03, at(0, y0 + H, 0), 0))  # the top's lip
    parts.append(box(W + 0.012, 0.05, D + 0.012, at(0, y0 + 0.02, 0), "eraser"))  # bands
    parts.append(box(W + 0.012, 0.025, D + 0.012, at(0, y0 + H - 0.06, 0), "eraser"))
    R = 0.24
    for s in (-1, 1):
        parts += spoked_wheel(at(s * (W / 2 + 0.05), R, 0.0), R, 12, "steel")
    parts.append(stick((-W / 2 - 0.05, R, 0), (W / 2 + 0.05, R, 0), 0.014, "steel"))
    for s in (-1, 1):  # the push handle and the back leg
        parts.append(tube([(s * 0.22, y0 + H - 0.05, -D / 2), (s * 0.24, y0 + H + 0.02, -D / 2 - 0.22),
                           (s * 0.24, y0 + H + 0.08, -D / 2 - 0.3)], 0.014, None, "steel"))  # fmt: skip
        parts.append(stick((s * 0.2, y0 + 0.02, -D / 2 + 0.04), (s * 0.2, 0.0, -D / 2 - 0.02),
                           0.014, "steel"))  # fmt: skip
    parts.append(stick((-0.26, y0 + H + 0.08, -D / 2 - 0.3), (0.26, y0 + H + 0.08, -D / 2 - 0.3),
                       0.022, "marking"))  # the grip # fmt: skip
    top = y0 + H + 0.03
    for k in range(3):  # the tubs' lids
        x = -0.23 + 0.23 * k
        lid = [(0.0, 0.0), (0.1, 0.0), (0.1, 0.012), (0.07, 0.04), (0.0, 0.05)]
        parts.append(lathe(lid, at(x, top, 0.04), "steel"))
        parts.append(_bead(0.018, at(x, top + 0.055, 0.04), "steel", 8))
    parts.append(stick((0.0, top, -0.14), (0.0, 1.42, -0.14), 0.014, "steel"))  # the pole
    spin = float(rng.uniform(0, 45))
    canopy = [(0.0, 1.46), (0.25, 1.4), (0.5, 1.28), (0.55, 1.245), (0.53, 1.24), (0.25, 1.37),
              (0.0, 1.43)]  # fmt: skip
    n = 12
    for k in range(n):
        a = np.linspace(2 * np.pi * k / n, 2 * np.pi * (k + 1) / n, 5)
        wedge = np.concatenate([[[0.0, 0.0]], np.stack([np.cos(a), np.sin(a)], 1)])
        parts.append(lathe(canopy, at(0, 0, -0.14) @ rot("y", spin), "card-red" if k % 2 else "snow",
                           shape=wedge))  # fmt: skip
    parts.append(_bead(0.03, at(0, 1.47, -0.14), "steel", 8))
    parts += _cone_sign(at(0, y0 + 0.08, D / 2 + 0.06))
    return parts


# ---- 851 stand mixer ---------------------------------------------------------------------------


def _whisk(m: np.ndarray) -> list[Part]:
    """A balloon whisk hanging from m (in centimetres): wire loops bowed out under a short
    shaft."""
    parts = [tube([(0, 0, 0), (0, -3.0, 0)], 1.0, m, "steel")]
    prof = [(0.0, -2.5), (2.0, -4.0), (4.0, -7.0), (4.3, -10.0), (3.0, -12.2), (0.0, -12.8),
            (-3.0, -12.2), (-4.3, -10.0), (-4.0, -7.0), (-2.0, -4.0), (0.0, -2.5)]  # fmt: skip
    pts = [(x, y, 0.0) for x, y in prof]
    for k in range(4):
        parts.append(tube(pts, 0.22, m @ rot("y", 45 * k), "steel", shape=HEXAGON))
    return parts


def _stand_mixer(rng: Rng) -> list[Part]:
    """A retro kitchen stand mixer seen side on (built in centimetres): a heavy rounded base, a
    curved pillar at its back rising into the tilting motor head that arches forward over a big
    steel bowl clamped on the base, a chrome band round the head and a round hub on its nose, a
    balloon whisk hanging from it down into the bowl, a speed lever on its side."""
    parts = [slab(rrect_outline(34, 20, 6), 4.5, at(0, 2.5, 0) @ _UP, 0, "body")]
    parts.append(slab(rrect_outline(33, 19, 5.5), 0.5, at(0, 0.25, 0) @ _UP, "marking"))
    pillar = [(11.5, 4.0, 0.0), (12.0, 12.0, 0.0), (11.0, 19.0, 0.0), (9.5, 24.0, 0.0)]
    parts.append(tube(pillar, [7.0, 5.6, 5.3, 6.0], None, 0))
    hy = 28.5  # the head, from its round back to its nose over the bowl
    head = [(18.5, hy, 0.0), (17.0, hy, 0.0), (12.0, hy + 0.5, 0.0), (3.0, hy, 0.0),
            (-6.0, hy - 1.0, 0.0), (-13.0, hy - 1.8, 0.0), (-16.0, hy - 2.0, 0.0)]  # fmt: skip
    parts.append(tube(head, [1.0, 6.3, 7.0, 6.9, 6.1, 5.0, 2.0], None, 0))
    parts.append(torus(5.75, 0.55, at(-8.5, hy - 1.2, 0) @ rot("z", 90), 1))  # the band
    hub = at(-15.0, hy - 2.0, 0) @ rot("z", 90)
    parts.append(cylinder(3.4, 3.1, 1.6, hub, 1))  # the attachment hub on the nose
    parts.append(cylinder(1.6, 1.6, 2.4, hub @ at(0, 1.2, 0), 1))
    parts.append(tube([(12.5, 24.0, -6.3), (12.5, 24.0, 6.3)], 0.9, None, 1))  # the hinge pin
    parts.append(box(5.0, 0.8, 1.0, at(8.5, 25.8, 6.0) @ rot("x", 90) @ rot("y", 90), "marking"))
    ang = float(rng.uniform(-25, 25))  # the speed lever, set in its slot on the side
    tip = (8.5 + 2.0 * np.sin(np.radians(ang)), 25.5, 9.5)
    parts.append(tube([(8.5, 25.5, 6.2), tip], 0.45, None, 1))
    parts.append(sphere(0.9, at(*tip), 1))
    bx = -6.0  # the bowl on its clamp plate
    parts.append(cylinder(8.0, 8.0, 1.0, at(bx, 4.5, 0), 1))
    bowl = [(0.0, 0.0), (5.5, 0.0), (6.5, 1.0), (10.0, 5.0), (11.0, 10.0), (11.2, 15.2),
            (11.8, 16.0), (11.2, 16.3), (10.6, 15.2), (10.4, 10.0), (9.4, 5.5), (5.8, 1.6),
            (0.0, 1.4)]  # fmt: skip
    parts.append(lathe(bowl, at(bx, 5.5, 0), "steel"))
    loop = [(0.0, 19.5, 10.8), (0.0, 19.0, 14.0), (0.0, 14.0, 14.2), (0.0, 11.5, 11.0)]
    parts.append(tube(loop, 0.8, at(bx, 0, 0) @ rot("y", -35), "steel"))  # the bowl's handle
    parts.append(tube([(bx, 23.0, 0), (bx, 19.0, 0)], 0.7, None, "steel"))  # the beater shaft
    parts += _whisk(at(bx, 19.5, 0))
    return [p.moved(scl(0.028)) for p in parts]


# ---- 852 macaron tower -------------------------------------------------------------------------


def _disc(r: float, n: int = 8):
    """A regular n-gon's outline of radius r, whatever the count asked for (a coin, a filling)."""
    t = np.arange(n) * (2 * np.pi / n)
    pts = np.stack([r * np.cos(t), r * np.sin(t)], 1)
    return lambda k: pts


def _macaron(m: np.ndarray, r: float, slot) -> list[Part]:
    """One macaron along m's +y: two domed shells with a line of pale filling between."""
    h = 0.4 * r
    shell = [(0.0, 0.0), (r, 0.25 * h), (0.0, h)]
    f = 0.26 * r
    parts = [lathe(shell, m @ at(0, f / 2, 0), slot, sides=9)]
    parts.append(lathe(shell, m @ at(0, -f / 2, 0) @ rot("x", 180), slot, sides=9))
    parts.append(slab(_disc(0.9 * r, 9), f, m @ rot("x", 90), "sheet"))
    return parts


def _macaron_tower(rng: Rng) -> list[Part]:
    """A macaron tower: a tall cone tree covered in rings of small pastel macarons, each two
    domed shells with a line of filling, facing out round the cone and getting fewer toward
    its tip, one crowning it, on a round footed cake stand."""
    stand = [(0.0, 0.0), (0.16, 0.0), (0.165, 0.015), (0.1, 0.04), (0.05, 0.07), (0.045, 0.12),
             (0.1, 0.14), (0.34, 0.15), (0.35, 0.165), (0.33, 0.17), (0.0, 0.165)]  # fmt: skip
    parts = [lathe(stand, None, 1, "body")]
    y0, R0, Hc = 0.17, 0.25, 0.82
    parts.append(cylinder(R0, 0.02, Hc, at(0, y0, 0), "cork"))  # the cone underneath
    slots = [0, "eraser", "fruit-yellow", "fruit-green", "card-red", "plaster",
             "fruit-orange", "plume"]  # fmt: skip
    r = 0.066
    slope = R0 / Hc
    norm = np.hypot(1.0, slope)
    step = 2 * r * 0.86 / norm  # rows a macaron apart up the slant
    y, k = 0.055, 0
    while y < Hc - 0.08:
        rc = R0 * (1 - y / Hc)
        n = max(3, round(2 * np.pi * rc / (1.8 * r)))
        a0 = float(rng.uniform(0, 2 * np.pi))
        for j in range(n):
            a = a0 + 2 * np.pi * j / n
            d = np.array([np.cos(a), slope, np.sin(a)]) / norm
            c = np.array([rc * np.cos(a), y0 + y, rc * np.sin(a)]) + d * 0.02
            face = np.array([np.cos(a), -0.2, np.sin(a)])  # tipped forward, tops proud
            parts += _macaron(at(*c) @ align(face), r, slots[k % len(slots)])
            k += 1
        y += step
    parts += _macaron(at(0, y0 + Hc - 0.015, 0) @ rot("x", 90), r, slots[k % len(slots)])
    return parts


# ---- 853 wedding cake --------------------------------------------------------------------------


def _rose(m: np.ndarray, r: float, slot) -> list[Part]:
    """A sugar rose at m opening along +y: a cup of petals round a tight bud, two leaves."""
    cup = [(0.0, 0.0), (0.7 * r, 0.15 * r), (r, 0.6 * r), (0.6 * r, 0.7 * r), (0.0, 0.6 * r)]
    parts = [lathe(cup, m, slot, shape=lobed(15, 5, 0.3))]
    parts.append(lathe([(0.0, 0.3 * r), (0.55 * r, 0.7 * r), (0.0, 1.05 * r)], m, slot, sides=8))
    for s in (-1, 1):
        leaf = [(0.0, 0.0), (0.6 * r, 0.35 * r), (1.4 * r, 0.0), (0.6 * r, -0.35 * r)]
        parts.append(slab(sharp(leaf), 0.01, m @ at(0, 0.1 * r, 0) @ rot("y", 90 + 70 * s)
                          @ rot("x", -90) @ at(0.7 * r, 0, 0), "vine"))  # fmt: skip
    return parts


def _wedding_cake(rng: Rng) -> list[Part]:
    """A three-tier white wedding cake on a round cake board: round tiers stacked and getting
    smaller, a border of piped icing beads round the foot of each, swags of piped icing looped
    round their sides, sugar roses cascading down one side, and a bride and groom on top."""
    parts = [cylinder(0.36, 0.36, 0.22, at(0, 0.025, 0), 0, "body")]
    board = [(0.0, 0.0), (0.425, 0.0), (0.432, 0.012), (0.425, 0.025), (0.0, 0.025)]
    parts.append(lathe(board, None, 1, sides=36))
    tiers = [(0.36, 0.22), (0.26, 0.2), (0.17, 0.18)]
    y = 0.025
    for i, (r, h) in enumerate(tiers):
        if i:
            parts.append(cylinder(r, r, h, at(0, y, 0), 0))
        n = int(2 * np.pi * r / 0.054)
        for a in np.arange(n) * 2 * np.pi / n:  # the beads round its foot
            parts.append(_bead(0.023, at(r * np.cos(a), y + 0.018, r * np.sin(a)), 0, 5))
        sw = round(2 * np.pi * r / 0.2)
        for j in range(sw):  # the swags
            a0, a1 = 2 * np.pi * j / sw, 2 * np.pi * (j + 1) / sw
            pts = []
            for u in np.linspace(0, 1, 3):
                a = a0 + (a1 - a0) * u
                yy = y + h - 0.035 - 0.07 * np.sin(np.pi * u)
                rr = r + (0.004 if u in (0, 1) else 0.012)
                pts.append((rr * np.cos(a), yy, rr * np.sin(a)))
            parts.append(tube(pts, 0.009, None, 0, shape=HEXAGON))
        parts.append(torus(r - 0.006, 0.012, at(0, y + h, 0), 0))  # the piped top edge
        y += h
    # sugar roses cascading down the front right
    side = np.radians(float(rng.uniform(55, 70)))
    spots = [(0.14, 0.3), (0.25, 0.16), (0.26, -0.02), (0.35, -0.08), (0.36, -0.24)]
    ys = [y, 0.445, 0.43, 0.245, 0.235]
    for k, ((rr, da), yy) in enumerate(zip(spots, ys, strict=True)):
        a = side + da * 2.0
        p = np.array([rr * np.cos(a), yy - 0.005, rr * np.sin(a)])
        d = np.array([np.cos(a), 1.2, np.sin(a)])
        parts += _rose(at(*p) @ align(d), 0.05, ("fruit-red", "eraser")[k % 2])
    # the bride and groom on top
    parts.append(cylinder(0.045, 0.018, 0.1, at(-0.045, y, 0), "snow"))  # her gown
    for dx in (-0.012, 0.012):  # his trousers and coat
        parts.append(cylinder(0.01, 0.01, 0.06, at(0.045 + dx, y, 0), "cloth-dark"))
    parts.append(cylinder(0.024, 0.021, 0.052, at(0.045, y + 0.055, 0), "cloth-dark"))
    for x in (-0.045, 0.045):
        parts.append(_bead(0.017, at(x, y + 0.123, 0), "pencil-wood", 8))
    parts.append(sphere(1.0, at(-0.045, y + 0.135, -0.006) @ scl(0.021, 0.02, 0.02), "snow"))
    parts.append(cylinder(0.015, 0.015, 0.024, at(0.045, y + 0.138, 0), "cloth-dark"))  # top hat
    parts.append(cylinder(0.024, 0.024, 0.004, at(0.045, y + 0.137, 0), "cloth-dark"))
    return parts


MORE_APPLIANCES_ZZC = {
    846: _bread_peel, 847: _sundae, 848: _chocolate_fountain, 849: _gingerbread_house,
    850: _ice_cream_cart, 851: _stand_mixer, 852: _macaron_tower, 853: _wedding_cake,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
