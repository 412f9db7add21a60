"""More of the device family's appliances, from 838: a triceratops skull, a card catalogue, a
banker's lamp, a ship in a bottle, a library book cart, an ammonite, a lectern, a tapestry.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl
from ._primitives import DIAMOND, box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZB"]

Rng = np.random.Generator

_SIDE = rot("y", -90)
"""Lays a slab's outline in the zy plane (its x along +z), extruded along x."""
_FLAT = rot("x", -90)
"""Lays a slab's outline in the xz plane (its y along -z), extruded along y."""


def _arc(cx: float, cy: float, rx: float, ry: float, a0: float, a1: float, n: int):
    """n points on an ellipse round (cx, cy) from angle a0 to a1 (degrees)."""
    t = np.radians(np.linspace(a0, a1, n))
    return [(cx + rx * np.cos(a), cy + ry * np.sin(a)) for a in t]


# ---- 838 triceratops skull ----------------------------------------------------------------------


def _horn(base, tip, r: float, slot=0, bend: float = 0.0) -> Part:
    """A tapering horn from base to tip, its middle bowed up by ``bend``."""
    b, t = np.asarray(base, float), np.asarray(tip, float)
    mid = (b + t) / 2 + (0.0, bend, 0.0)
    return tube([b, mid, t], [r, r * 0.6, 0.002], None, slot)


def _triceratops_skull(rng: Rng) -> list[Part]:
    """A mounted triceratops skull on a low plinth: a long deep bony skull, a parrot-like hooked
    beak, a short nose horn over the nostrils, two long brow horns sweeping forward and up over
    dark eye sockets, pointed cheek horns, a lower jaw, and a huge rounded frill fanning up
    behind with a row of knobs round its edge."""
    side = [(0.58, 0.13), (0.5, 0.26), (0.36, 0.33), (0.2, 0.4), (0.04, 0.46), (-0.1, 0.46),
            (-0.17, 0.36), (-0.14, 0.2), (0.0, 0.12), (0.2, 0.1), (0.45, 0.1)]  # fmt: skip
    parts = [slab(side, 0.15, _SIDE, 0, "body")]
    parts.append(sphere(1.0, at(0, 0.3, 0.0) @ scl(0.16, 0.17, 0.2), 0))  # the cranium
    parts.append(sphere(1.0, at(0, 0.24, 0.3) @ scl(0.1, 0.12, 0.25), 0))  # the snout
    beak = [(0, 0.3, 0.47), (0, 0.25, 0.58), (0, 0.16, 0.62), (0, 0.1, 0.6)]
    parts.append(tube(beak, [0.06, 0.05, 0.03, 0.005], None, 0))  # the hooked beak
    jaw = [(0.5, 0.12), (0.3, 0.13), (0.0, 0.16), (-0.12, 0.18), (-0.1, 0.06), (0.0, 0.02),
           (0.3, 0.05), (0.5, 0.08)]  # fmt: skip
    parts.append(slab(jaw, 0.17, _SIDE, 0))
    parts.append(box(0.12, 0.012, 0.42, at(0, 0.115, 0.2), "marking"))  # the mouth line
    parts.append(_horn((0, 0.33, 0.36), (0, 0.47, 0.44), 0.045, 0))  # the nose horn
    rise = float(rng.uniform(-0.02, 0.02))
    for s in (-1, 1):
        parts.append(_horn((s * 0.08, 0.43, 0.04), (s * 0.17, 0.8 + rise, 0.56), 0.065, 0, 0.04))
        eye = at(s * 0.135, 0.36, 0.06) @ rot("y", s * 20) @ scl(0.035, 0.045, 0.06)
        parts.append(sphere(1.0, eye, "marking"))  # the eye socket
        nostril = at(s * 0.07, 0.26, 0.44) @ scl(0.02, 0.025, 0.04)
        parts.append(sphere(1.0, nostril, "marking"))
        parts.append(_horn((s * 0.14, 0.2, -0.06), (s * 0.22, 0.08, -0.04), 0.04, 0))  # cheek
    # the frill: a rounded fan rising up and back from the back of the skull, a shallow dish
    fan = [(0.14, 0.0), *_arc(0.0, 0.24, 0.45, 0.4, -22.0, 90.0, 9), (0.0, 0.0)]
    for s in (-1, 1):
        half = at(0, 0.38, -0.14) @ rot("x", -42) @ rot("y", s * 12) @ scl(s, 1, 1)
        parts.append(slab(sharp(fan), 0.045, half, 0))
        for a in np.linspace(-16, 84, 7):
            x, y = 0.45 * np.cos(np.radians(a)), 0.24 + 0.4 * np.sin(np.radians(a))
            knob = half @ at(x, y, 0) @ rot("z", a - 90) @ scl(1, 1, 0.5)
            parts.append(cylinder(0.045, 0.0, 0.07, knob @ at(0, -0.02, 0), 0))  # the knobs
    lift = at(0, 0.06, 0)
    parts = [p.moved(lift) for p in parts]
    parts.append(box(0.5, 0.06, 0.9, at(0, 0, 0.02), 1))  # the plinth
    turn = rot("y", -18)  # turned a little so the 3/4 view shows its profile
    return [p.moved(turn) for p in parts]


# ---- 839 card catalogue -------------------------------------------------------------------------


def _drawer_front(x: float, y: float, z: float, h: float, panel: bool = False) -> list[Part]:
    """One small drawer's front, its bottom middle at (x, y, z) on the cabinet's face: a brass
    plate with a label holder holding a white card over a cup pull (on a panel of its own when
    the drawer is pulled out)."""
    parts = [box(0.108, h - 0.01, 0.02, at(x, y + 0.005, z - 0.01), 0)] if panel else []
    plate = [(0.028, 0.032), (-0.028, 0.032), (-0.028, 0.0),
             *_arc(0.0, 0.0, 0.024, 0.022, 180.0, 360.0, 7), (0.028, 0.0)]  # fmt: skip
    parts.append(slab(sharp(plate), 0.01, at(x, y + 0.36 * h, z + 0.004), 1))
    parts.append(box(0.044, 0.02, 0.006, at(x, y + 0.36 * h + 0.007, z + 0.008), "pages"))
    return parts


def _card_catalogue(rng: Rng) -> list[Part]:
    """A library card catalogue: a wooden cabinet on short legs whose front is a grid of six by
    six small drawers, each with a brass cup pull and a brass label holder with a white card in
    it; one drawer pulled half out, showing the index cards standing in it."""
    W, H, D, leg = 0.8, 0.66, 0.5, 0.13
    rows, cols, edge = 6, 6, 0.03
    parts = [box(W, H, D, at(0, leg, 0), 0, "body")]
    parts.append(box(W + 0.05, 0.035, D + 0.04, at(0, leg + H, 0), 0))  # the top
    parts.append(box(W + 0.03, 0.04, D + 0.02, at(0, leg - 0.02, 0), 0))  # the plinth rail
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(cylinder(0.022, 0.03, leg, at(sx * (W / 2 - 0.04), 0, sz * (D / 2 - 0.04)),
                                  0))  # fmt: skip
    pw, ph = (W - 2 * edge) / cols, (H - 2 * edge) / rows
    for k in range(cols + 1):  # the dark gaps between the drawers
        x = -W / 2 + edge + k * pw
        parts.append(box(0.006, H - 2 * edge, 0.004, at(x, leg + edge, D / 2), "marking"))
    for k in range(rows + 1):
        y = leg + edge + k * ph - 0.004
        parts.append(box(W - 2 * edge, 0.006, 0.004, at(0, y, D / 2), "marking"))
    out = (int(rng.integers(2, 4)), int(rng.integers(2, 5)))  # (row, column) of the open one
    pull = float(rng.uniform(0.17, 0.22))
    for r in range(rows):
        for c in range(cols):
            x, y = -W / 2 + edge + (c + 0.5) * pw, leg + edge + r * ph
            shut = (r, c) != out
            parts += _drawer_front(x, y, D / 2 + (0.0 if shut else pull + 0.02), ph, not shut)
    x, y = -W / 2 + edge + (out[1] + 0.5) * pw, leg + edge + out[0] * ph
    parts.append(box(pw - 0.012, ph - 0.012, 0.004, at(x, y + 0.006, D / 2), "marking"))  # hole
    inner = pw - 0.03
    mid = D / 2 + pull / 2
    parts.append(box(pw - 0.016, 0.01, pull, at(x, y + 0.008, mid), 0))  # the drawer's bottom
    for s in (-1, 1):
        parts.append(box(0.008, ph * 0.55, pull, at(x + s * (pw - 0.024) / 2, y + 0.008, mid), 0))
    for k in range(11):  # the index cards, a taller tabbed guide card every few
        z = D / 2 + 0.012 + k * (pull - 0.035) / 10
        tall = k % 4 == 1
        parts.append(box(inner, ph * (0.8 if tall else 0.7), 0.003, at(x, y + 0.018, z),
                         "pages" if not tall else "cloth-yellow"))  # fmt: skip
    return parts


# ---- 840 banker's lamp --------------------------------------------------------------------------


def _bankers_lamp(rng: Rng) -> list[Part]:
    """A banker's desk lamp: a long half-round shade of green glass lying across the top, tipped
    a little toward the viewer, its underside glowing, held at its crown by a brass clip on a
    brass stem that rises from the back of a heavy stepped oval brass base and curves over; a
    bead pull chain hanging under the shade."""
    R, L = 0.1, 0.54
    shade = at(0, 0.45, 0.05) @ rot("x", 12)
    half = _arc(0.0, 0.0, R, R, -12.0, 192.0, 15)
    parts = [slab(sharp(half), L, shade @ _SIDE, 0, "body")]
    lining = shade @ at(0, 0.006, 0) @ _SIDE @ scl(0.9)
    parts.append(slab(sharp(half), L - 0.02, lining, "land"))  # the green of the glass
    parts.append(box(L - 0.03, 0.006, 2 * R * 0.9, shade @ at(0, -0.024, 0), "glow"))
    for s in (-1, 1):  # the rolled ends' rims
        parts.append(slab(sharp(half), 0.01, shade @ at(s * L / 2, 0, 0) @ _SIDE @ scl(1.03), 0))
    base = [(0.0, 0.0), (0.25, 0.0), (0.25, 0.02), (0.23, 0.035), (0.2, 0.05), (0.13, 0.065),
            (0.0, 0.07)]  # fmt: skip
    parts.append(lathe(base, scl(1.0, 1.0, 0.55), 1))
    top = shade @ np.array([0.0, R, 0.0, 1.0])
    stem = [
        (0, 0.06, -0.1),
        (0, 0.35, -0.1),
        (0, top[1] + 0.03, -0.08),
        (0, top[1] + 0.025, top[2]),
    ]
    parts.append(tube(stem, 0.016, None, 1))
    parts.append(cylinder(0.03, 0.024, 0.04, at(0, 0.06, -0.1), 1))  # the stem's collar
    parts.append(sphere(0.025, at(0, 0.4, -0.1), 1))  # a knuckle
    clip = at(*top[:3]) @ rot("x", 12)
    parts.append(box(0.08, 0.02, 0.05, clip @ at(0, -0.004, 0), 1))  # the clip on its crown
    x, y0 = 0.08 + float(rng.uniform(-0.02, 0.02)), 0.42
    parts.append(tube([(x, y0, 0.06), (x, y0 - 0.13, 0.065)], 0.002, None, 1, shape=DIAMOND))
    for k in range(7):  # the beads
        parts.append(sphere(0.0055, at(x, y0 - 0.02 - 0.018 * k, 0.062), 1))
    parts.append(cylinder(0.01, 0.004, 0.03, at(x, y0 - 0.17, 0.065), 1))  # the pull's tassel
    return parts


# ---- 841 ship in a bottle -----------------------------------------------------------------------


def _little_ship(m: np.ndarray, rng: Rng) -> list[Part]:
    """A model sailing ship along +x at m (its waterline middle): a dark hull with a gold stripe,
    three masts with white square sails, a jib from the bowsprit, a red pennant."""
    hull = [(0.2, 0.05), (0.16, 0.0), (0.1, -0.025), (-0.14, -0.025), (-0.19, 0.01), (-0.2, 0.06),
            (-0.14, 0.04), (0.0, 0.035), (0.14, 0.04)]  # fmt: skip
    parts = [slab(hull, 0.06, m, "cloth-dark")]
    parts.append(box(0.34, 0.008, 0.062, m @ at(-0.01, 0.018, 0), "cloth-yellow"))  # the stripe
    parts.append(stick(tuple((m @ [0.15, 0.04, 0, 1])[:3]), tuple((m @ [0.28, 0.08, 0, 1])[:3]),
                       0.004, "cloth-dark"))  # the bowsprit # fmt: skip
    for x, h in ((-0.1, 0.14), (0.0, 0.17), (0.1, 0.145)):
        foot = m @ at(x, 0.03, 0)
        parts.append(cylinder(0.005, 0.004, h, foot, "cloth-dark"))  # the mast
        for y, w, t in ((0.045, 0.13, 0.05), (0.1, 0.1, 0.04)):  # its sails, smaller higher up
            sail = foot @ at(0, y, 0.0)
            bulge = float(rng.uniform(0.006, 0.012))
            parts.append(box(0.006, t, w, sail @ at(bulge, 0, 0), "snow"))
            parts.append(box(0.004, 0.004, w + 0.02, sail @ at(0, t, 0), "cloth-dark"))  # the yard
    jib = [(0.28, 0.08), (0.11, 0.17), (0.12, 0.06)]
    parts.append(slab(sharp(jib), 0.004, m, "snow"))
    flag = [(0.0, 0.0), (0.05, -0.008), (0.0, -0.016)]
    parts.append(slab(sharp(flag), 0.003, m @ at(0.0, 0.2, 0), "card-red"))
    return parts


def _ship_in_bottle(rng: Rng) -> list[Part]:
    """A ship in a bottle: a clear glass wine bottle lying on its side on a small wooden cradle,
    a cork in its neck; inside it a blue sea and on it a little three-masted sailing ship with
    white square sails, a jib and a red pennant."""
    R, cy, x0 = 0.16, 0.235, -0.5
    m = at(x0, cy, 0) @ rot("z", -90)  # the bottle's axis along +x, its base at x0
    body = [(0.0, 0.0), (R - 0.02, 0.0), (R, 0.03), (R, 0.6), (R - 0.025, 0.67), (0.075, 0.76),
            (0.052, 0.83), (0.05, 0.93), (0.058, 0.935), (0.058, 0.96), (0.045, 0.97),
            (0.0, 0.97)]  # fmt: skip
    parts = [lathe(body, m, 0, "body")]
    parts.append(cylinder(0.044, 0.05, 0.09, m @ at(0, 0.9, 0), "cork"))  # the cork
    inner = R - 0.012
    sea_y = -0.055
    a = float(np.degrees(np.arcsin(sea_y / inner)))
    sea = _arc(0.0, 0.0, inner, inner, a, -180.0 - a, 11)
    parts.append(slab(sharp(sea), 0.56, at(x0 + 0.32, cy, 0) @ _SIDE, "plume"))
    for k in range(5):  # little waves
        wx = x0 + 0.1 + 0.1 * k
        wz = float(rng.uniform(-0.05, 0.05))
        parts.append(sphere(1.0, at(wx, cy + sea_y, wz) @ scl(0.05, 0.008, 0.03), "plume"))
    parts += _little_ship(at(x0 + 0.33, cy + sea_y + 0.01, 0), rng)
    parts.append(box(0.62, 0.025, 0.26, at(x0 + 0.33, 0, 0), 1))  # the cradle's board
    notch = [(-0.13, 0.0), (0.13, 0.0), (0.13, 0.13), (0.1, 0.13), (0.0, cy - R - 0.025),
             (-0.1, 0.13), (-0.13, 0.13)]  # fmt: skip
    for x in (x0 + 0.14, x0 + 0.5):
        parts.append(slab(sharp(notch), 0.04, at(x, 0.02, 0) @ _SIDE, 1))  # the saddles
    return parts


# ---- 842 book cart ------------------------------------------------------------------------------

_BOOKS = ("card-red", "plume", "cloth-dark", "vine", "cloth-yellow", "fruit-red",
          "eraser", "cloth-dark", "fruit-orange")  # fmt: skip


def _book_row(m: np.ndarray, length: float, rng: Rng, gap: bool = True) -> list[Part]:
    """A row of upright books along x on the shelf frame m (books stand on y = 0 there, their
    spines toward +z), in many colours and heights, a few with a gold band on the spine, a gap
    with one book leaning over."""
    parts = []
    x = -length / 2
    hole = float(rng.uniform(-0.2, 0.2)) if gap else 9.0
    while x < length / 2 - 0.05:
        t = float(rng.uniform(0.028, 0.052))
        h = float(rng.uniform(0.17, 0.24))
        slot = _BOOKS[int(rng.integers(0, len(_BOOKS)))]
        if abs(x - hole) < 0.03:  # one leaning into a gap
            lean = m @ at(x + 0.012, 0, 0) @ rot("z", -22)
            parts.append(box(t, h, 0.15, lean @ at(t / 2, 0, 0), slot))
            x += 0.09
            continue
        parts.append(box(t, h, 0.15, m @ at(x + t / 2, 0, 0), slot))
        if rng.random() < 0.25:
            parts.append(box(t + 0.002, 0.012, 0.004, m @ at(x + t / 2, h * 0.8, 0.075),
                             "cloth-yellow"))  # fmt: skip
        x += t + 0.002
    return parts


def _castor(x: float, z: float) -> list[Part]:
    """A castor under the cart at (x, z): a dark rubber wheel in a metal fork on a swivel."""
    parts = [cylinder(0.05, 0.05, 0.03, at(x - 0.015, 0.05, z) @ rot("z", -90), "marking")]
    parts.append(box(0.05, 0.04, 0.06, at(x, 0.08, z + 0.008), 1))  # the fork
    parts.append(cylinder(0.035, 0.035, 0.012, at(x, 0.127, z + 0.01), 1))  # the swivel plate
    return parts


def _book_cart(rng: Rng) -> list[Part]:
    """A library book cart: a wooden trolley on four castors with solid end panels, a flat lower
    shelf and a double-sided top shelf sloping down to a middle divider in a V, each side lined
    with a row of upright books of many colours and heights, a metal push handle at one end."""
    L, D, y0, v = 0.9, 0.42, 0.14, 0.52
    slope = 14.0
    parts = [box(L, 0.025, D, at(0, y0, 0), 0, "body")]  # the lower shelf
    rim = v + 0.02 + D / 2 * np.tan(np.radians(slope))
    end = [(-D / 2, y0 - 0.02), (D / 2, y0 - 0.02), (D / 2, rim), (0.0, v + 0.02), (-D / 2, rim)]
    for s in (-1, 1):
        parts.append(slab(sharp(end), 0.03, at(s * (L / 2 + 0.015), 0, 0) @ _SIDE, 0))  # the ends
        parts.append(box(L, 0.05, 0.02, at(0, y0 - 0.02, s * (D / 2 - 0.01)), 0))  # the apron
    parts.append(box(L + 0.06, 0.27, 0.02, at(0, v, 0), 0))  # the middle divider
    for s in (-1, 1):  # the V: two shelves sloping down to the divider
        board = at(0, v, 0) @ rot("y", 90 - 90 * s) @ rot("x", -slope)
        parts.append(box(L, 0.02, 0.2, board @ at(0, 0, 0.105), 0))
        parts.append(box(L, 0.05, 0.015, board @ at(0, 0, 0.2), 0))  # its front lip
        parts += _book_row(board @ at(0, 0.02, 0.09), L - 0.03, rng)
        flat = at(0, y0 + 0.025, 0) @ rot("y", 90 - 90 * s)
        parts += _book_row(flat @ at(0, 0, 0.1), L - 0.03, rng, False)
    hx, hy = L / 2 + 0.035, 0.92
    for s in (-1, 1):  # the push handle at the right end
        post = [(hx, 0.3, s * 0.15), (hx, rim, s * 0.15), (hx + 0.05, hy, s * 0.15)]
        parts.append(tube(post, 0.014, None, 1))
    parts.append(stick((hx + 0.05, hy, -0.17), (hx + 0.05, hy, 0.17), 0.02, 1))
    parts.append(stick((hx + 0.05, hy, -0.12), (hx + 0.05, hy, 0.12), 0.026, "marking"))  # grip
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts += _castor(sx * (L / 2 - 0.06), sz * (D / 2 - 0.06))
    return parts


# ---- 843 ammonite -------------------------------------------------------------------------------


def _ammonite(rng: Rng) -> list[Part]:
    """An ammonite fossil: a flat coiled shell, a tube winding in a tight logarithmic spiral
    from a tiny centre, its whorls each wrapping the last, with strong ribs across all along,
    lying on its side, bedded in the top of a rough stone slab that is tipped up toward the
    viewer on a rock under it."""
    turns, per, grow = 3.4, 36, 2.2
    b = np.log(grow) / (2 * np.pi)
    k = (grow - 1) / (grow + 1) * 1.05  # the tube's radius over the spiral's: whorls touch
    r_end = 0.36 / (1 + k)
    t = np.linspace(-turns * 2 * np.pi, 0.0, int(turns * per))
    r = r_end * np.exp(b * t)
    spin = float(rng.uniform(0, 360))
    pts = np.stack([r * np.cos(t), np.zeros_like(t), r * np.sin(t)], 1)
    radii = k * r * np.where(np.arange(len(t)) % 2, 0.86, 1.06)  # the ribs
    oval = np.array([(np.cos(a), 0.75 * np.sin(a)) for a in np.linspace(0, 2 * np.pi, 11)[:-1]])
    tilt = at(0, 0.29, 0.0) @ rot("x", 34)
    shell = tilt @ at(0.0, 0.075, 0.01) @ rot("y", spin)  # more than half of it proud
    parts = [tube(pts, radii, shell, 0, "body", shape=oval)]
    bed = [(0.0, -0.12), (0.3, -0.12), (0.3, -0.045), (0.15, -0.022), (0.0, -0.005)]
    parts.append(lathe(bed, shell, 1))  # the stone it is bedded in, up between its whorls
    g = np.random.default_rng(int(rng.integers(0, 1 << 30)))
    a = np.linspace(0, 2 * np.pi, 15)[:-1]
    rough = np.stack([0.47 * np.cos(a), 0.42 * np.sin(a)], 1) * g.uniform(0.9, 1.06, (14, 1))
    parts.append(slab(sharp(rough), 0.1, tilt @ _FLAT, 1))  # the slab it lies set into
    drop = np.tan(np.radians(34))  # the rock under it, up to the slab's underside
    under = [(0.25, 0.0), (0.25, 0.22 - 0.25 * drop), (-0.36, 0.22 + 0.36 * drop), (-0.4, 0.2),
             (-0.36, 0.0)]  # fmt: skip
    parts.append(slab(sharp(under), 0.5, _SIDE, 1))
    return parts


# ---- 844 lectern --------------------------------------------------------------------------------


def _open_book(m: np.ndarray, rng: Rng) -> list[Part]:
    """An open book lying on the frame m (its spine along z at the origin): a cover, two blocks
    of pages rising from the gutter, lines of text, a red ribbon hanging over the front."""
    parts = [box(0.56, 0.012, 0.38, m, 1)]  # the cover
    for s in (-1, 1):
        half = m @ at(0, 0.012, 0) @ rot("z", s * 5) @ at(s * 0.135, 0, 0)
        parts.append(box(0.26, 0.028, 0.35, half, "pages"))
        for j in range(9):  # lines of text
            w = 0.2 if j != 8 else 0.12
            parts.append(box(w, 0.002, 0.008, half @ at(-s * (0.2 - w) / 2, 0.028, -0.14 + j * 0.03),
                             "marking"))  # fmt: skip
    drop = float(rng.uniform(0.08, 0.12))
    ribbon = [(0.01, 0.04, 0.1), (0.012, 0.04, 0.19), (0.014, -0.02, 0.2), (0.016, -drop, 0.2)]
    tape = np.array([(1.0, 0.2), (-1.0, 0.2), (-1.0, -0.2), (1.0, -0.2)])
    parts.append(tube(ribbon, 0.006, m, "card-red", shape=tape))
    return parts


def _lectern(rng: Rng) -> list[Part]:
    """A reading lectern: a wide round stepped base, a single turned and carved column with
    rings and a swelling, a capital, and on it a slanted book rest tipped toward the reader
    with a lip along its lower edge; an open book lying on the slant."""
    foot = [(0.0, 0.0), (0.28, 0.0), (0.28, 0.04), (0.25, 0.055), (0.2, 0.09), (0.12, 0.11),
            (0.0, 0.115)]  # fmt: skip
    col = [(0.075, 0.1), (0.08, 0.14), (0.05, 0.19), (0.045, 0.26), (0.08, 0.38), (0.085, 0.42),
           (0.05, 0.52), (0.04, 0.64), (0.045, 0.7), (0.07, 0.74), (0.07, 0.78)]  # fmt: skip
    parts = [lathe(col, None, 0, "body"), lathe(foot, None, 0)]
    for y, r in ((0.15, 0.082), (0.32, 0.07), (0.48, 0.07), (0.72, 0.058)):
        parts.append(torus(r, 0.012, at(0, y, 0), 0))  # carved rings
    parts.append(box(0.22, 0.05, 0.22, at(0, 0.77, 0), 0))  # the capital
    top = at(0, 0.93, 0) @ rot("x", 30)
    wedge = [(0.17, -0.09), (-0.17, 0.1), (-0.17, -0.09)]
    parts.append(slab(sharp(wedge), 0.2, at(0, 0.9, 0) @ _SIDE, 0))  # the bracket under the slant
    parts.append(box(0.66, 0.03, 0.46, top @ at(0, -0.03, 0), 0))  # the book rest
    parts.append(box(0.66, 0.05, 0.025, top @ at(0, -0.03, 0.23), 0))  # its lip
    parts += _open_book(top @ at(0, 0.0, -0.01), rng)
    return parts


# ---- 845 tapestry -------------------------------------------------------------------------------


def _folds(x):
    """How far the tapestry's cloth stands forward at x: gentle vertical folds."""
    return 0.016 * np.sin(2 * np.pi * (np.asarray(x) + 0.05) / 0.21)


def _on(x: float, y: float, lift: float = 0.0) -> np.ndarray:
    """A frame on the tapestry's front at (x, y), its z along the cloth's normal there."""
    d = 0.016 * 2 * np.pi / 0.21 * np.cos(2 * np.pi * (x + 0.05) / 0.21)
    return at(x, y, float(_folds(x)) + 0.006 + lift) @ rot("y", float(np.degrees(np.arctan(-d))))


def _patch(x: float, y: float, rx: float, ry: float, slot, turn: float = 0.0, lift=0.0) -> Part:
    """An oval appliqued patch of the picture at (x, y) on the cloth: a small or turned one flat
    (turned ``turn`` degrees), a bigger one swept across the cloth so that it follows the
    folds."""
    if turn or rx < 0.03:
        return slab(_arc(0, 0, rx, ry, 0, 345, 24), 0.006, _on(x, y, lift) @ rot("z", turn), slot)
    return _swept(x, y, rx, ry, slot, lift, 1.0)


def _swept(x: float, y: float, rx: float, ry: float, slot, lift: float, low: float) -> Part:
    """An oval patch rx by ry at (x, y) swept across the cloth's folds; ``low`` 0 cuts it off
    flat along y (a half oval, a hill)."""
    xs = x - rx * np.cos(np.linspace(0, np.pi, 9 if rx > 0.1 else 7))
    pts = [(px, y, float(_folds(px)) + 0.009 + lift) for px in xs]
    radii = ry * np.sqrt(np.clip(1 - ((xs - x) / rx) ** 2, 0, 1))
    t, lo = 0.003 / ry, max(low, 0.05)
    return tube(pts, radii, None, slot, shape=np.array([(t, lo), (-t, lo), (-t, -1.0), (t, -1.0)]))


def _beast(x: float, y: float, face: int, slot, unicorn: bool) -> list[Part]:
    """A beast in the picture standing at (x, y) (its feet), facing ``face`` (+1 right) with a
    forefoot raised: a unicorn (a white horse with a long horn and a flowing tail) or a lion
    with a big round mane and a tufted tail curled up."""
    c = 1.3  # its size

    def p(dx, dy, rx, ry, turn, lift=0.0, sl=slot):
        return _patch(x + face * dx * c, y + dy * c, rx * c, ry * c, sl, face * turn, lift)

    parts = [p(0, 0.09, 0.075, 0.036, 0)]  # the body
    legs = ((-0.055, 0.045, 5), (-0.03, 0.045, -5), (0.04, 0.045, 0), (0.075, 0.07, -60))
    for dx, dy, turn in legs:
        parts.append(p(dx, dy, 0.011, 0.045, turn, 0.002))
    if unicorn:
        parts.append(p(0.07, 0.14, 0.02, 0.05, -30, 0.001))  # the neck
        parts.append(p(0.1, 0.18, 0.036, 0.016, -35, 0.003))  # the long head
        horn = [(0.0, -0.01), (0.1, 0.0), (0.0, 0.01)]
        m = _on(x + face * 0.1 * c, y + 0.2 * c, 0.005) @ rot("z", 90 - face * 35)
        parts.append(slab(sharp(horn), 0.006, m, "cloth-yellow"))
        tail = [(-0.07, 0.1), (-0.1, 0.08), (-0.11, 0.03)]
    else:
        parts.append(p(0.075, 0.14, 0.055, 0.055, 0, 0.001, "cork"))  # the mane
        parts.append(p(0.085, 0.14, 0.03, 0.028, 0, 0.004))  # the face
        tail = [(-0.07, 0.1), (-0.11, 0.13), (-0.1, 0.19)]
    tail = [(x + face * tx * c, y + ty * c) for tx, ty in tail]
    parts.append(tube([(tx, ty, float(_folds(tx)) + 0.009) for tx, ty in tail], 0.007, None, slot))
    parts.append(_patch(*tail[-1], 0.016, 0.016, "cork" if not unicorn else slot, 0, 0.004))
    return parts


def _tapestry(rng: Rng) -> list[Part]:
    """A medieval tapestry hanging from a wooden pole: a tall woven cloth in gentle vertical folds
    with a dark border band edged in gold, a picture on it of a fruit tree on a green mound
    between a white unicorn and a golden lion facing it, a few flowers strewn about, a fringe of
    tassels along its bottom; the pole's ends with round finials, a hanging cord from them to a
    hook above."""
    W, H, y0, th = 0.74, 0.94, 0.06, 0.012
    xs = np.linspace(-W / 2, W / 2, 33)
    front = [(x, -float(_folds(x)) - th / 2) for x in xs]
    back = [(x, -float(_folds(x)) + th / 2) for x in xs[::-1]]
    parts = [slab(sharp(front + back), H, at(0, y0 + H / 2, 0) @ _FLAT, 0, "body")]
    band = np.array([(0.004, 0.032), (-0.004, 0.032), (-0.004, -0.032), (0.004, -0.032)])
    for y in (y0 + 0.04, y0 + H - 0.04):  # the border band along the top and bottom
        row = [(x, y, float(_folds(x)) + 0.006) for x in xs[1:-1]]
        parts.append(tube(row, 1.0, None, "cloth-dark", shape=band))
    for s in (-1, 1):  # and down the sides
        x = s * (W / 2 - 0.035)
        side = [
            (x, y0 + 0.01, float(_folds(x)) + 0.006),
            (x, y0 + H - 0.01, float(_folds(x)) + 0.006),
        ]
        parts.append(tube(side, 1.0, None, "cloth-dark", shape=band * (1, 1.05)))
    cord = np.array([(0.004, 0.006), (-0.004, 0.006), (-0.004, -0.006), (0.004, -0.006)])
    lo, hi, xe = y0 + 0.075, y0 + H - 0.075, W / 2 - 0.07
    ring = [(-xe, lo), (xe, lo), (xe, hi), (-xe, hi), (-xe, lo)]
    for (xa, ya), (xb, yb) in pairwise(ring):  # the band's inner gold edge
        pts = [(x, ya + (yb - ya) * f, float(_folds(x)) + 0.009)
               for f, x in zip(np.linspace(0, 1, 9), np.linspace(xa, xb, 9), strict=True)]  # fmt: skip
        parts.append(tube(pts, 1.0, None, "cloth-yellow", shape=cord))
    parts.append(_swept(0.0, y0 + 0.08, 0.31, 0.14, "land", 0.0, 0.0))  # the green mound
    parts.append(tube([(0, y0 + 0.16, float(_folds(0)) + 0.01), (0.005, y0 + 0.58,
                        float(_folds(0.005)) + 0.01)], [0.028, 0.018], None, "cork"))  # fmt: skip
    for k in range(10):  # the tree's crown of leaves, its fruit
        a = k * 2.4
        rr = 0.11 * np.sqrt((k + 0.5) / 10)
        x, y = rr * np.cos(a), y0 + 0.67 + 0.9 * rr * np.sin(a)
        parts.append(_patch(x, y, 0.06, 0.05, "vine", 0, 0.002 * (k % 3)))
    for k in range(6):
        a = 1 + k * 2.4
        x, y = 0.1 * np.cos(a), y0 + 0.67 + 0.1 * np.sin(a)
        parts.append(_patch(x, y, 0.014, 0.014, "fruit-red", 0, 0.01))
    parts += _beast(-0.2, y0 + 0.15, 1, "snow", True)
    parts += _beast(0.2, y0 + 0.15, -1, "cloth-yellow", False)
    for k in range(8):  # flowers strewn on the field
        x = float(rng.uniform(-0.3, 0.3))
        y = y0 + float(rng.choice([rng.uniform(0.1, 0.2), rng.uniform(0.8, 0.86)]))
        parts.append(_patch(x, y, 0.008, 0.008, ("fruit-red", "snow", "cloth-yellow")[k % 3], 0,
                            0.003))  # fmt: skip
    fx = np.linspace(-W / 2 + 0.005, W / 2 - 0.005, 49)  # the fringe: tassels along the foot
    comb = np.array([(0.05, -0.1), (-0.05, -0.1), (-0.05, 1.0), (0.05, 1.0)])
    tassels = np.where(np.arange(49) % 2, y0 + 0.01, 0.02)
    fringe = [(x, y0 + 0.01, float(_folds(x))) for x in fx]
    parts.append(tube(fringe, tassels, None, "cloth-yellow", shape=comb))
    ty = y0 + H + 0.005
    parts.append(cylinder(0.02, 0.02, W + 0.12, at(-(W + 0.12) / 2, ty, 0) @ rot("z", -90), 1))
    for s in (-1, 1):
        parts.append(sphere(0.04, at(s * (W / 2 + 0.08), ty, 0), 1))  # the finials
        parts.append(tube([(s * (W / 2 + 0.03), ty, 0), (s * 0.15, ty + 0.13, 0.0),
                           (0, ty + 0.2, 0)], 0.006, None, "cloth-yellow"))  # the cord # fmt: skip
    parts.append(cylinder(0.012, 0.012, 0.03, at(0, ty + 0.19, -0.02) @ rot("x", 90), "steel"))
    turn = rot("y", 20)  # turned a little toward the 3/4 view, so its picture shows
    return [p.moved(turn) for p in parts]


MORE_APPLIANCES_ZZB = {
    838: _triceratops_skull, 839: _card_catalogue, 840: _bankers_lamp, 841: _ship_in_bottle,
    842: _book_cart, 843: _ammonite, 844: _lectern, 845: _tapestry,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
