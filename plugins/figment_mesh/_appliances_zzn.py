"""More of the device family's appliances, from 919: a shopping basket, a drinks fridge, a bunch
of bananas, a milk bottle, supermarket shelves, a paper grocery bag, a full shopping trolley, a
checkout counter.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl
from ._primitives import box, cylinder, lathe, slab, sphere, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZN"]

Rng = np.random.Generator

_BRIGHT = ("card-red", "plume", "fruit-green", "cloth-yellow", "snow", "eraser", "fruit-orange")


def _bar(a, b, t: float, slot=0) -> Part:
    """A square bar t thick from a to b (a wire, a rail, a slat): a box along a to b."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    d = b_ - a_
    return box(t, float(np.linalg.norm(d)), t, at(*a_) @ align(d), slot)


def _bottle(m: np.ndarray, r: float, h: float, slot, cap="snow") -> list[Part]:
    """A drinks bottle at m: its body, a tapering shoulder and neck, a cap."""
    parts = [cylinder(r, r, h * 0.58, m, slot)]
    parts.append(cylinder(r, r * 0.36, h * 0.24, m @ at(0, h * 0.58, 0), slot))
    parts.append(cylinder(r * 0.36, r * 0.36, h * 0.18, m @ at(0, h * 0.8, 0), slot))
    if cap:
        parts.append(cylinder(r * 0.42, r * 0.42, h * 0.05, m @ at(0, h * 0.96, 0), cap))
    return parts


def _can(m: np.ndarray, r: float, h: float, slot) -> list[Part]:
    """A drinks can at m: its printed body and a steel top."""
    return [cylinder(r, r, h * 0.92, m, slot), cylinder(r, r * 0.85, h * 0.08, m @ at(0, h * 0.92, 0),
                                                        "steel")]  # fmt: skip


def _grid_wall(a, b, y0: float, y1: float, cols: int, rows: int, t: float, slot=0) -> list[Part]:
    """A slotted plastic wall in the vertical plane from a to b (x, z) between heights y0 and y1:
    a solid foot band, posts and rails leaving rows of rectangular holes."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    d = b_ - a_
    length = float(np.linalg.norm(d))
    yaw = np.degrees(np.arctan2(-d[1], d[0]))
    m = at(a_[0], 0, a_[1]) @ rot("y", yaw) @ at(length / 2, 0, 0)
    foot = 0.07
    parts = [box(length, foot, t, m @ at(0, y0, 0), slot)]
    for i in range(cols + 1):
        x = -length / 2 + length * i / cols
        parts.append(box(0.022, y1 - y0 - foot, t, m @ at(x, y0 + foot, 0), slot))
    for j in range(1, rows):
        y = y0 + foot + (y1 - y0 - foot) * j / rows
        parts.append(box(length, 0.022, t, m @ at(0, y - 0.011, 0), slot))
    return parts


def _shopping_basket(rng: Rng) -> list[Part]:
    """A supermarket shopping basket: an open rectangular plastic basket with a solid floor, its
    sides slotted with rows of rectangular holes under a thick rolled rim, two U-shaped handles
    hinged on its ends and folded up to meet over the middle, a cereal box, a bottle, a can and
    an apple inside."""
    w, d, h = 0.9, 0.55, 0.42
    parts = [box(w, 0.035, d, None, 0, "body")]
    for s in (-1, 1):  # the long sides and the ends
        parts += _grid_wall((-w / 2, s * d / 2), (w / 2, s * d / 2), 0.0, h, 9, 3, 0.02)
        parts += _grid_wall((s * w / 2, -d / 2), (s * w / 2, d / 2), 0.0, h, 5, 3, 0.02)
    for s in (-1, 1):  # the rolled rim
        parts.append(box(w + 0.03, 0.05, 0.035, at(0, h - 0.03, s * d / 2), 0))
        parts.append(box(0.035, 0.05, d + 0.03, at(s * w / 2, h - 0.03, 0), 0))
    for s in (-1, 1):  # the handles: pivots on the ends, grips meeting overhead
        zp, zg, top = s * 0.16, s * 0.035, h + 0.3
        hx = w / 2 + 0.03
        pts = [(-hx, h - 0.06, zp), (-hx, h + 0.12, s * 0.1), (-hx + 0.07, top, zg),
               (hx - 0.07, top, zg), (hx, h + 0.12, s * 0.1), (hx, h - 0.06, zp)]  # fmt: skip
        parts.append(tube(pts, 0.016, None, 1))
        parts.append(stick((-0.18, top + 0.003, zg), (0.18, top + 0.003, zg), 0.028, 1))
        for x in (-hx, hx):  # the hinge bosses
            parts.append(cylinder(0.03, 0.03, 0.02, at(x, h - 0.06, zp) @ rot("z", 90), 1))
    lean = float(rng.uniform(-6, 6))  # the groceries
    cereal = at(-0.2, 0.035, -0.08) @ rot("z", 8 + lean) @ rot("y", 10)
    parts.append(box(0.22, 0.42, 0.08, cereal, "cloth-yellow"))
    parts.append(box(0.16, 0.16, 0.084, cereal @ at(0, 0.17, 0), "card-red"))
    parts += _bottle(at(0.12, 0.035, -0.1) @ rot("z", -14), 0.05, 0.48, "plume", "card-red")
    parts += _can(at(0.3, 0.035, 0.1), 0.05, 0.17, "fruit-green")
    parts.append(sphere(0.075, at(0.05, 0.11, 0.14), "fruit-red"))
    parts.append(stick((0.05, 0.18, 0.14), (0.06, 0.21, 0.14), 0.006, "cork"))
    return parts


def _drinks_rows(rng: Rng, x0: float, x1: float, z: float, ys: list[float]) -> list[Part]:
    """Rows of bottles and cans standing on a cooler's shelves at heights ys, grouped in bright
    brand colours."""
    colours = ("card-red", "fruit-green", "plume", "cloth-yellow", "fruit-orange")
    off = int(rng.integers(0, 5))
    parts = []
    for k, y in enumerate(ys):
        kind = k % 4
        n = (5, 7, 6, 8)[kind]
        for i in range(n):
            x = x0 + (x1 - x0) * (i + 0.5) / n
            c = colours[(off + k * 2 + (i * 2) // n) % len(colours)]
            if kind == 0:  # big bottles
                parts += _bottle(at(x, y, z), 0.045, 0.31, c)
            elif kind == 1:  # cans stacked two high
                parts += _can(at(x, y, z), 0.033, 0.12, c)
                parts.append(cylinder(0.033, 0.033, 0.11, at(x, y + 0.12, z), c))
            elif kind == 2:  # small bottles
                parts += _bottle(at(x, y, z), 0.034, 0.25, c, None)
            else:  # tall cans
                parts += _can(at(x, y, z), 0.027, 0.17, c)
    return parts


def _drinks_fridge(rng: Rng) -> list[Part]:
    """A shop's upright drinks cooler: a tall cabinet with a full-height glass door in a frame,
    a long vertical handle, four shelves behind the glass lined with bottles and cans in bright
    colours, a white lit interior, a glowing header panel at the top with a red logo strip, a
    dark vent grille at the foot."""
    w, h, d = 0.7, 1.95, 0.66
    base, head = 0.16, 0.28
    parts = [box(w, h, 0.04, at(0, 0, -d / 2 + 0.02), 0, "body")]  # the back
    for s in (-1, 1):
        parts.append(box(0.05, h, d, at(s * (w / 2 - 0.025), 0, 0), 0))  # the sides
    parts.append(box(w, base, d, None, 0))  # the plinth
    parts.append(box(w, head, d, at(0, h - head, 0), 0))  # the header housing
    parts.append(box(w - 0.1, 0.005, d - 0.1, at(0, h - head - 0.005, 0), "glow"))  # its lamp
    parts.append(box(w - 0.1, h - base - head, 0.01, at(0, base, -d / 2 + 0.045), "snow"))
    parts.append(box(w - 0.12, 0.19, 0.012, at(0, h - head + 0.045, d / 2), "glow"))  # header
    parts.append(box(w - 0.12, 0.07, 0.016, at(0, h - head + 0.105, d / 2), "card-red"))  # logo
    parts.append(box(0.18, 0.03, 0.02, at(0, h - head + 0.125, d / 2), "snow"))
    parts.append(box(w - 0.12, 0.09, 0.012, at(0, 0.035, d / 2), "marking"))  # the vent grille
    for k in range(2):
        parts.append(box(w - 0.14, 0.01, 0.016, at(0, 0.06 + 0.03 * k, d / 2), 0))
    ys = [base + 0.02 + 0.37 * k for k in range(4)]
    for y in ys[1:]:  # the wire shelves
        parts.append(box(w - 0.1, 0.015, d - 0.12, at(0, y - 0.015, -0.01), "steel"))
        parts.append(box(w - 0.1, 0.035, 0.01, at(0, y - 0.035, d / 2 - 0.07), "snow"))
    parts += _drinks_rows(rng, -w / 2 + 0.05, w / 2 - 0.05, 0.12, ys)
    dh = h - base - head  # the glass door and its frame
    door = at(0, base, d / 2 + 0.02)
    for s in (-1, 1):
        parts.append(box(0.055, dh, 0.04, door @ at(s * (w / 2 - 0.0275), 0, 0), 0))
    for y in (0.0, dh - 0.055):
        parts.append(box(w, 0.055, 0.04, door @ at(0, y, 0), 0))
    parts.append(box(w - 0.1, dh - 0.1, 0.012, door @ at(0, 0.05, 0), "pane"))
    hx = w / 2 - 0.08
    parts.append(stick((hx, base + 0.55, d / 2 + 0.09), (hx, base + 1.15, d / 2 + 0.09), 0.014,
                       "steel"))  # the handle # fmt: skip
    for y in (base + 0.6, base + 1.1):
        parts.append(stick((hx, y, d / 2 + 0.04), (hx, y, d / 2 + 0.09), 0.01, "steel"))
    return parts


def _banana(m: np.ndarray, bend: float) -> list[Part]:
    """One banana at m from its stalk at the origin along +x, dipping to rest on the ground and
    curving up to a dark tip; ridged in section."""
    u = (0.0, 0.08, 0.2, 0.38, 0.55, 0.68, 0.77)
    dy = (0.0, -0.025, -0.065, -0.085, -0.075, -0.04, 0.0)
    side = (0.0, 0.0, 0.01, 0.02, 0.02, 0.01, -0.01)
    pts = [(x, y, bend * s) for x, y, s in zip(u, dy, side, strict=True)]
    radii = (0.016, 0.019, 0.042, 0.053, 0.05, 0.034, 0.014)
    t = np.linspace(0, 2 * np.pi, 10, endpoint=False)
    ridge = np.where(np.arange(10) % 2 == 0, 1.0, 0.9)
    shape = np.stack([ridge * np.cos(t), ridge * np.sin(t)], 1)
    parts = [tube(pts, radii, m, 0, shape=shape)]
    parts.append(
        sphere(1.0, m @ at(0.775, 0.0, -0.01 * bend) @ scl(0.022, 0.015, 0.015), "marking")
    )
    return parts


def _bunch_of_bananas(rng: Rng) -> list[Part]:
    """A hand of six curved yellow bananas lying on its side: their stalks gathered into one dark
    woody crown, the fruit fanning out from it, each dipping to rest on the ground and curving
    up to a small dark tip."""
    n = 6
    cx, cy = -0.38, 0.13
    parts = [tube([(cx - 0.1, cy + 0.04, 0), (cx - 0.02, cy + 0.01, 0), (cx + 0.02, cy, 0)],
                  [0.035, 0.042, 0.045], None, 1, "body")]  # the crown # fmt: skip
    parts.append(cylinder(0.033, 0.033, 0.01, at(cx - 0.1, cy + 0.04, 0) @ rot("z", 80),
                          "marking"))  # its cut end # fmt: skip
    for i in range(n):
        yaw = -32 + 64 * i / (n - 1) + float(rng.uniform(-3, 3))
        lift = 0.012 * (1 - abs(i - (n - 1) / 2) / ((n - 1) / 2))
        m = at(cx, cy + lift, 0) @ rot("y", -yaw)
        parts += _banana(m, float(np.sign(yaw)) if abs(yaw) > 8 else 0.0)
    return parts


def _milk_bottle(rng: Rng) -> list[Part]:
    """An old-fashioned glass milk bottle: a thick clear bottle with a wide rounded shoulder and a
    short wide neck with a rolled lip, full of white milk up to the neck, a crimped foil cap."""
    outer = [(0.0, 0.0), (0.15, 0.0), (0.165, 0.025), (0.17, 0.1), (0.17, 0.42), (0.163, 0.52),
             (0.135, 0.62), (0.105, 0.7), (0.095, 0.76), (0.095, 0.82), (0.108, 0.845),
             (0.108, 0.875), (0.0, 0.878)]  # fmt: skip
    parts = [lathe(outer, None, 0, "body")]
    level = 0.72 + float(rng.uniform(-0.02, 0.01))
    milk = [(0.0, 0.02), (0.15, 0.02), (0.156, 0.1), (0.156, 0.42), (0.149, 0.52),
            (0.121, 0.62), (0.09, level - 0.01), (0.0, level)]  # fmt: skip
    parts.append(lathe(milk, None, "snow"))
    parts.append(cylinder(0.118, 0.116, 0.045, at(0, 0.84, 0), "steel"))  # the foil cap
    parts.append(cylinder(0.112, 0.1, 0.01, at(0, 0.885, 0), "steel"))
    for k in range(12):  # its crimps
        a = 2 * np.pi * k / 12
        parts.append(box(0.01, 0.04, 0.006, at(0.119 * np.cos(a), 0.843, 0.119 * np.sin(a))
                         @ rot("y", -np.degrees(a) + 90), "steel"))  # fmt: skip
    return parts


def _shelf_goods(rng: Rng, level: int, y: float, w: float, z0: float) -> list[Part]:
    """One shelf's stock along x at height y: rows of boxes, cans or bottles, facing front in
    groups of one bright colour each."""
    off = int(rng.integers(0, 7))
    parts = []
    kind = level % 5
    n = (5, 6, 9, 7, 7)[kind]
    for i in range(n):
        x = -w / 2 + w * (i + 0.5) / n
        c = _BRIGHT[(off + level * 3 + (i * 3) // n) % len(_BRIGHT)]
        if kind in (0, 1, 4):  # boxes two deep
            bw = w / n - 0.015
            bh = (0.3, 0.28, 0.16)[(0, 1, 4).index(kind)]
            for j, dz in enumerate((0.0, -0.17)):
                parts.append(box(bw, bh, 0.14 if kind < 4 else 0.12, at(x, y, z0 + dz), c))
                if j == 0:  # the label panel
                    parts.append(box(bw * 0.6, bh * 0.35, 0.004, at(x, y + bh * 0.4, z0 + 0.07),
                                     "snow" if c != "snow" else "card-red"))  # fmt: skip
        elif kind == 2:  # cans stacked two high
            r = w / n / 2 - 0.006
            parts += _can(at(x, y, z0), r, 0.13, c)
            parts.append(cylinder(r, r, 0.12, at(x, y + 0.13, z0), c))
        else:  # bottles
            parts += _bottle(at(x, y, z0), w / n / 2 - 0.012, 0.3, c, None)
    return parts


def _shop_shelves(rng: Rng) -> list[Part]:
    """A supermarket shelving unit (gondola): a tall metal back panel between two uprights on a
    deep base, four shelves above the base deck, every level stocked with rows of boxes, cans
    and bottles in bright colours, white price strips with red tags along the shelf edges, a
    header sign on top."""
    w, h, d = 1.2, 1.85, 0.55
    back = -0.2
    parts = [box(w, 0.12, d, at(0, 0, back + d / 2 - 0.02), 0, "body")]  # the base deck
    parts.append(box(w, h, 0.03, at(0, 0, back), 0))  # the back panel
    for s in (-1, 1):
        parts.append(box(0.05, h + 0.05, 0.06, at(s * (w / 2 + 0.025), 0, back), 0))
    for i in range(7):  # the back panel's slotted pegboard columns
        x = -w / 2 + 0.05 + (w - 0.1) * i / 6
        parts.append(box(0.012, h - 0.25, 0.004, at(x, 0.15, back + 0.016), "marking"))
    parts.append(box(w + 0.1, 0.18, 0.04, at(0, h + 0.05, back), "card-red"))  # the header
    parts.append(box(w * 0.6, 0.06, 0.045, at(0, h + 0.11, back), "snow"))
    levels = [0.12, 0.5, 0.86, 1.2, 1.52]
    for k, y in enumerate(levels):
        z0 = back + 0.1 + (0.2 if k == 0 else 0.14)
        if k:  # the shelf on its brackets
            parts.append(box(w - 0.02, 0.025, 0.4, at(0, y - 0.025, back + 0.215), 0))
            for s in (-1, 1):
                parts.append(box(0.02, 0.06, 0.38, at(s * (w / 2 - 0.03), y - 0.08, back + 0.2),
                                 0))  # fmt: skip
        edge = back + (0.43 if k else d - 0.02)
        parts.append(box(w - 0.02, 0.045, 0.012, at(0, y - 0.04, edge), "snow"))  # price strip
        for i in range(5):
            x = -w / 2 + 0.12 + (w - 0.24) * i / 4
            parts.append(box(0.07, 0.03, 0.016, at(x, y - 0.033, edge), "card-red"))
        parts += _shelf_goods(rng, k, y, w - 0.06, z0)
    return parts


def _grocery_bag(rng: Rng) -> list[Part]:
    """A brown paper grocery bag standing upright: a square-bottomed bag with its top edge
    folded over into a cuff, the side gussets creased inward, a baguette, a leek with green
    leaves, a wine bottle and a red apple sticking out of the top."""
    w, d, h, t = 0.5, 0.3, 0.62, 0.012
    parts = [box(w, 0.02, d, None, 0, "body")]
    for s in (-1, 1):
        parts.append(box(w, h, t, at(0, 0, s * (d - t) / 2), 0))  # front and back
        for zs in (-1, 1):  # the side gussets folded in
            a = (s * w / 2, zs * d / 2)
            b = (s * (w / 2 - 0.035), 0.0)
            mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
            length = float(np.hypot(b[0] - a[0], b[1] - a[1]))
            yaw = np.degrees(np.arctan2(-(b[1] - a[1]), b[0] - a[0]))
            parts.append(box(length + 0.01, h - 0.1, t, at(mid[0], 0, mid[1]) @ rot("y", yaw), 0))
        parts.append(box(t, 0.1, d, at(s * (w - t) / 2, h - 0.1, 0), 0))
    for s in (-1, 1):  # the folded cuff round the top
        parts.append(box(w + 0.02, 0.07, 0.012, at(0, h - 0.07, s * (d / 2 + 0.006)), 0))
        parts.append(box(0.012, 0.07, d + 0.03, at(s * (w / 2 + 0.006), h - 0.07, 0), 0))
        parts.append(box(w + 0.024, 0.006, 0.016, at(0, h - 0.075, s * (d / 2 + 0.007)), 0))
    tilt = float(rng.uniform(-4, 4))
    loaf = at(-0.14, 0.03, -0.04) @ rot("z", 14 + tilt) @ rot("x", -6)  # the baguette
    parts.append(tube([(0, 0, 0), (0, 0.45, 0), (0, 0.9, 0)], [0.035, 0.045, 0.035], loaf,
                      "cork"))  # fmt: skip
    for k in range(4):  # its slashes
        parts.append(sphere(1.0, loaf @ at(0.03, 0.58 + 0.08 * k, 0.025) @ rot("z", 30)
                            @ scl(0.012, 0.035, 0.012), "pencil-wood"))  # fmt: skip
    leek = at(0.1, 0.03, -0.06) @ rot("z", -8)  # the leek and its leaves
    parts.append(cylinder(0.03, 0.032, 0.7, leek, "snow"))
    for k, (lx, lz) in enumerate(((-0.12, 0.03), (0.1, -0.02), (0.16, 0.06), (-0.02, -0.1))):
        pts = [(0, 0.66, 0), (lx * 0.4, 0.8, lz * 0.4), (lx, 0.9 + 0.02 * k, lz),
               (lx * 1.5, 0.86, lz * 1.5)]  # fmt: skip
        parts.append(tube(pts, [0.028, 0.026, 0.02, 0.006], leek, "vine"))
    parts += _bottle(at(0.0, 0.03, 0.04) @ rot("x", -4), 0.045, 0.78, "fruit-green", "card-red")
    parts.append(sphere(0.07, at(0.16, h + 0.015, 0.07), "fruit-red"))  # the apple
    parts.append(stick((0.16, h + 0.08, 0.07), (0.165, h + 0.11, 0.07), 0.006, "cork"))
    return parts


def _cart_basket(x0: float, x1: float, xf: float, yb: float, yt: float) -> list[Part]:
    """A shopping trolley's wire basket from the back x0 to the nose x1 at its rim, its floor
    ending at xf, between heights yb and yt; narrower at the floor than the rim."""
    zt, zb, t = 0.27, 0.21, 0.012
    rim = [(x0, yt, -zt), (x1, yt, -zt), (x1, yt, zt), (x0, yt, zt)]
    foot = [(x0 + 0.03, yb, -zb), (xf, yb, -zb), (xf, yb, zb), (x0 + 0.03, yb, zb)]
    parts = []
    for i in range(4):
        parts.append(_bar(rim[i], rim[(i + 1) % 4], 0.022, 0))
        parts.append(_bar(foot[i], foot[(i + 1) % 4], 0.016, 0))
    for s in (-1, 1):  # the sides: uprights and rails
        for i in range(13):
            u = i / 12
            a = (x0 + 0.03 + (xf - x0 - 0.03) * u, yb, s * zb)
            b = (x0 + (x1 - x0) * u, yt, s * zt)
            parts.append(_bar(a, b, t))
        for j in (1, 2, 3):
            v = j / 4
            y = yb + (yt - yb) * v
            z = s * (zb + (zt - zb) * v)
            parts.append(_bar((x0 + 0.03 - 0.03 * v, y, z), (xf + (x1 - xf) * v, y, z), t))
    for i in range(1, 8):  # the front, the back gate and the floor
        zr, zf = -zt + 2 * zt * i / 8, -zb + 2 * zb * i / 8
        parts.append(_bar((xf, yb, zf), (x1, yt, zr), t))
        parts.append(_bar((x0 + 0.03, yb, zf), (x0, yt, zr), t))
        parts.append(_bar((x0 + 0.03, yb, zf), (xf, yb, zf), t))
    for j in (1, 2, 3):
        v = j / 4
        y, z = yb + (yt - yb) * v, zb + (zt - zb) * v
        parts.append(_bar((xf + (x1 - xf) * v, y, -z), (xf + (x1 - xf) * v, y, z), t))
        parts.append(_bar((x0 + 0.03 - 0.03 * v, y, -z), (x0 + 0.03 - 0.03 * v, y, z), t))
    return parts


def _castor(x: float, z: float) -> list[Part]:
    """A swivel castor under a trolley's chassis at (x, z): a fork and a dark wheel."""
    parts = [box(0.05, 0.07, 0.04, at(x, 0.06, z), "steel")]
    parts.append(cylinder(0.055, 0.055, 0.03, at(x, 0.055, z - 0.015) @ rot("x", 90), "marking"))
    parts.append(cylinder(0.02, 0.02, 0.036, at(x, 0.055, z - 0.018) @ rot("x", 90), "steel"))
    return parts


def _shopping_cart_full(rng: Rng) -> list[Part]:
    """A supermarket trolley full of groceries, side on: a tapering wire basket with a sloping
    nose and a back gate, on a low wire chassis with a bottom tray and four castors, a red
    plastic handle bar across the back, loaded above the rim with paper bags, boxes, bottles
    and a bunch of leeks in bright colours."""
    x0, x1, xf, yb, yt = -0.45, 0.5, 0.36, 0.56, 0.98
    parts = [box(0.8, 0.012, 0.4, at(-0.04, yb - 0.012, 0), 0, "body")]  # the basket's floor
    parts += _cart_basket(x0, x1, xf, yb, yt)
    for s in (-1, 1):  # the chassis: a back leg and a low rail each side
        parts.append(_bar((x0 + 0.03, yb, s * 0.2), (x0 + 0.02, 0.12, s * 0.24), 0.03, 0))
        parts.append(_bar((x0 + 0.02, 0.12, s * 0.24), (0.45, 0.12, s * 0.14), 0.03, 0))
        parts.append(_bar((0.3, 0.12, s * 0.16), (0.3, yb, s * 0.19), 0.022, 0))
    for i in range(6):  # the bottom tray
        z = -0.18 + 0.36 * i / 5
        parts.append(_bar((x0 + 0.05, 0.16, z), (0.3, 0.16, z * 0.8), 0.01, 0))
    for x, z in ((x0 + 0.02, 0.24), (x0 + 0.02, -0.24), (0.43, 0.14), (0.43, -0.14)):
        parts += _castor(x, z)
    for s in (-1, 1):  # the handle
        parts.append(_bar((x0, yt, s * 0.26), (x0 - 0.12, yt + 0.08, s * 0.26), 0.022, 0))
    parts.append(stick((x0 - 0.12, yt + 0.08, -0.31), (x0 - 0.12, yt + 0.08, 0.31), 0.028, 1))
    # the load
    shift = float(rng.uniform(-0.02, 0.02))
    for k, (x, z, bw, bh, bd, c, yaw) in enumerate(
        (
            (-0.28, -0.1, 0.3, 0.5, 0.2, "cork", 8),
            (0.0, 0.1, 0.28, 0.46, 0.18, "snow", -6),
            (0.22, -0.08, 0.2, 0.3, 0.14, "card-red", 14),
            (-0.1, 0.12, 0.16, 0.4, 0.1, "cloth-yellow", -20),
            (0.3, 0.12, 0.18, 0.22, 0.18, "plume", 5),
            (-0.3, 0.13, 0.16, 0.32, 0.14, "fruit-orange", -4),
        )
    ):
        parts.append(box(bw, bh, bd, at(x + shift, yb, z) @ rot("y", yaw), c))
        if k < 2:  # the paper bags' folded tops
            parts.append(box(bw + 0.02, 0.04, bd + 0.02, at(x + shift, yb + bh - 0.04, z)
                             @ rot("y", yaw), c))  # fmt: skip
    parts += _bottle(at(0.1, yb, -0.12) @ rot("x", -8), 0.045, 0.6, "fruit-green", "card-red")
    for k in range(3):  # leeks leaning out of the first bag
        m = at(-0.3 + 0.03 * k, yb + 0.2, -0.12 + 0.03 * k) @ rot("z", 12 - 10 * k)
        parts.append(cylinder(0.022, 0.022, 0.45, m, "snow"))
        parts.append(tube([(0, 0.43, 0), (0.04, 0.6, 0), (0.1, 0.66, 0)], [0.022, 0.02, 0.005],
                          m, "vine"))  # fmt: skip
    parts.append(sphere(0.06, at(0.38, yb + 0.28, 0.12), "fruit-red"))
    return parts


def _checkout_counter(rng: Rng) -> list[Part]:
    """A supermarket checkout counter: a long counter carrying a black conveyor belt between
    steel guard rails with rollers at its ends, a divider bar and a few groceries on the belt,
    a flush scanner window, a cash register with a keyboard and a screen and a card reader on a
    post at the end, a lower bagging well with a bag rack, a lane lamp on a pole."""
    h, d = 0.82, 0.55
    parts = [box(1.2, h, d, at(-0.4, 0, 0), 0, "body")]  # the belt counter
    parts.append(box(0.45, h, d, at(0.425, 0, 0), 0))  # the till counter
    parts.append(box(1.25, 0.07, d - 0.04, at(-0.39, 0, 0), "marking"))  # the kick plinth
    belt = at(-0.42, h, 0)  # the conveyor belt
    parts.append(box(1.05, 0.03, 0.38, belt, "marking"))
    for x in (-0.525, 0.525):
        parts.append(cylinder(0.018, 0.018, 0.38, belt @ at(x, 0.015, -0.19) @ rot("x", 90),
                              "steel"))  # fmt: skip
    for s in (-1, 1):  # the guard rails
        parts.append(box(1.18, 0.05, 0.05, at(-0.4, h, s * 0.22), "steel"))
    parts.append(box(0.45, 0.02, d, at(0.425, h, 0), "steel"))  # the till's steel top
    parts.append(box(0.22, 0.006, 0.22, at(0.32, h + 0.02, 0.05), "pane"))  # the scanner window
    parts.append(box(0.24, 0.2, 0.06, at(0.32, h + 0.02, -0.11), 1))  # the scanner tower
    parts.append(box(0.18, 0.12, 0.01, at(0.32, h + 0.06, -0.08), "glow"))
    slide = float(rng.uniform(-0.1, 0.1))
    div = [(-0.03, 0.0), (0.03, 0.0), (0.0, 0.05)]  # the divider bar
    parts.append(slab(sharp(div), 0.36, at(-0.55 + slide, h + 0.03, 0), "card-red"))
    parts.append(box(0.14, 0.24, 0.06, at(-0.2, h + 0.03, 0.02) @ rot("y", 20), "cloth-yellow"))
    parts += _bottle(at(-0.05, h + 0.03, -0.05), 0.04, 0.3, "plume", "card-red")
    parts += _can(at(-0.75 + slide, h + 0.03, 0.06), 0.04, 0.13, "fruit-green")
    parts.append(box(0.16, 0.08, 0.12, at(-0.9 + slide, h + 0.03, -0.05), "eraser"))
    reg = at(0.55, h + 0.02, 0.08)  # the cash register
    parts.append(box(0.26, 0.06, 0.22, reg, 1))
    parts.append(box(0.22, 0.012, 0.1, reg @ at(0, 0.06, 0.04) @ rot("x", 10), "marking"))
    for i in range(5):  # its keys
        for j in range(3):
            parts.append(box(0.03, 0.01, 0.02, reg @ at(-0.08 + 0.04 * i, 0.07 + 0.006 * j,
                                                           0.07 - 0.03 * j), "snow"))  # fmt: skip
    parts.append(stick((0.55, h + 0.08, 0.02), (0.55, h + 0.2, 0.0), 0.018, 1))
    scr = at(0.55, h + 0.2, 0.0) @ rot("x", -15)
    parts.append(box(0.28, 0.2, 0.03, scr, 1))
    parts.append(box(0.24, 0.16, 0.006, scr @ at(0, 0.02, 0.015), "glow"))
    rd = at(0.25, h, 0.22)  # the card reader on its post
    parts.append(stick((0.25, h, 0.22), (0.25, h + 0.22, 0.22), 0.012, "steel"))
    parts.append(box(0.09, 0.15, 0.03, rd @ at(0, 0.22, 0) @ rot("x", -30), 1))
    parts.append(box(0.06, 0.04, 0.006, rd @ at(0, 0.22, 0) @ rot("x", -30) @ at(0, 0.09, 0.015),
                     "glow"))  # fmt: skip
    bag = at(0.9, 0, 0)  # the bagging well
    parts.append(box(0.3, h - 0.14, d, bag, 0))
    parts.append(box(0.3, 0.02, d, bag @ at(0, h - 0.14, 0), "steel"))
    for s in (-1, 1):
        parts.append(stick((1.03, h - 0.12, s * 0.24), (1.03, h + 0.22, s * 0.24), 0.012, "steel"))
    parts.append(stick((1.03, h + 0.22, -0.24), (1.03, h + 0.22, 0.24), 0.012, "steel"))
    parts.append(box(0.06, 0.3, 0.3, at(1.0, h - 0.12, 0.0), "snow"))  # a hanging carrier bag
    parts.append(stick((0.62, h, -0.23), (0.62, 1.75, -0.23), 0.02, "steel"))  # the lane lamp
    parts.append(cylinder(0.09, 0.09, 0.1, at(0.62, 1.75, -0.23), 1))
    parts.append(cylinder(0.093, 0.093, 0.06, at(0.62, 1.77, -0.23), "glow"))
    return parts


MORE_APPLIANCES_ZZN = {
    919: _shopping_basket, 920: _drinks_fridge, 921: _bunch_of_bananas, 922: _milk_bottle,
    923: _shop_shelves, 924: _grocery_bag, 925: _shopping_cart_full, 926: _checkout_counter,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
