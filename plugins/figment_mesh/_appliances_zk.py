"""More of the device family's appliances, from 684: a rowing machine, a climbing wall, a
skipping rope, a yoga mat, a boxing ring, a scoreboard, a ping pong table, a pool table, a
bowling ball, a golf cart, a fire pit, a sundial.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import ZYX, flame, lines, loft, number, rect, rrect_outline, side_wheel, unit
from ._lettering import paint_strokes, paint_text
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZK"]

Rng = np.random.Generator

_X90 = rot("x", 90)
"""Turns a cylinder's or lathe's +y axis onto +z (a disc facing the viewer)."""

_Z90 = rot("z", -90)
"""Turns a cylinder's or lathe's +y axis onto +x (a rod lying along x)."""

_HOLDS = ("fruit-red", "fruit-yellow", "plume", "fruit-green", "fruit-orange", "eraser",
          "cloth-dark", "card-red")  # fmt: skip
"""The bright resin colours of climbing holds (and of billiard balls)."""


def _flat_disc(r: float, h: float, c, slot, tag: str = "") -> Part:
    """A disc of radius r and thickness h lying on the ground centred at (x, y, z) c."""
    return cylinder(r, r, h, at(*c), slot, tag)


# ---- 684 rowing machine -----------------------------------------------------------------------


def _rowing_machine(rng: Rng) -> list[Part]:
    """An indoor rowing machine seen side-on: a long monorail on a rear foot, a sliding seat on
    it, slanted foot plates with straps, a round flywheel fan housing at the front with a vented
    face, the handle on its cord and a small monitor on a curved arm."""
    y_rail, hx, hy, R = 0.3, -0.68, 0.36, 0.27
    parts = [box(1.6, 0.06, 0.1, at(0.27, y_rail - 0.03, 0), 0, "body")]  # the monorail
    parts.append(box(1.4, 0.008, 0.06, at(0.33, y_rail + 0.03, 0), "steel"))  # its track
    parts.append(box(0.05, y_rail - 0.03, 0.06, at(1.02, 0, 0), 0))  # the rear leg and its foot
    parts.append(box(0.1, 0.04, 0.5, at(1.02, 0, 0), 0))
    for s in (-1, 1):  # the front foot: a broad stand under the fan
        parts.append(stick((hx + 0.05, hy - 0.1, s * 0.06), (hx - 0.12, 0.03, s * 0.26), 0.025, 0))
    parts.append(box(0.12, 0.04, 0.6, at(hx - 0.12, 0, 0), 0))
    parts.append(stick((hx + 0.1, hy - 0.05, 0), (-0.35, y_rail, 0), 0.035, 0))  # the neck
    # the flywheel's housing: a drum across z, its faces dark and vented, a hub in the middle
    W = 0.22
    parts.append(cylinder(R, R, W, at(hx, hy, -W / 2) @ _X90, 0))
    parts.append(torus(R, 0.02, at(hx, hy, 0) @ _X90, 1))
    for s in (-1, 1):
        face = at(hx, hy, s * (W / 2 + 0.002))
        flip = _X90 if s > 0 else rot("x", -90)
        parts.append(cylinder(R * 0.86, R * 0.86, 0.006, face @ flip, "cloth-dark"))
        parts.append(torus(R * 0.6, 0.012, face @ flip, 0))
        for k in range(10):  # the vanes of the cage
            a = 36 * k + 12
            vane = face @ rot("z", a) @ at(0, R * 0.55, 0) @ rot("z", 25)
            parts.append(box(0.02, R * 0.65, 0.02, vane @ at(0, -R * 0.32, 0), 0))
        parts.append(cylinder(0.06, 0.05, 0.03, face @ flip, 1))
    # the foot plates: slanted back toward the fan, a strap over each, heel cups
    fx = -0.3
    parts.append(box(0.24, 0.05, 0.4, at(fx, y_rail - 0.02, 0), 0))
    for s in (-1, 1):
        plate = at(fx, y_rail + 0.02, s * 0.1) @ rot("z", 35)
        parts.append(box(0.03, 0.34, 0.17, plate, 0))
        parts.append(box(0.02, 0.3, 0.14, plate @ at(0.022, 0.02, 0), "cloth-dark"))
        parts.append(box(0.05, 0.06, 0.18, plate @ at(0.04, 0.18, 0), 1))  # the strap
        parts.append(box(0.07, 0.05, 0.16, plate @ at(0.035, 0.0, 0), 1))  # the heel cup
    # the seat on its carriage
    sx = 0.25 + float(rng.uniform(0.0, 0.3))
    parts.append(box(0.2, 0.05, 0.14, at(sx, y_rail + 0.03, 0), "steel"))
    parts.append(sphere(1.0, at(sx, y_rail + 0.1, 0) @ scl(0.17, 0.05, 0.16), 1))
    # the handle resting in its holder before the fan, its cord running into the housing
    handle = v3(hx + 0.3, hy + 0.2, 0)
    parts.append(tube([(hx + 0.05, hy + 0.02, 0), (hx + 0.2, hy + 0.12, 0), handle], 0.008,
                      slot="cloth-dark"))  # fmt: skip
    parts.append(stick(handle - v3(0, 0, 0.22), handle + v3(0, 0, 0.22), 0.016, 0))
    for s in (-1, 1):
        parts.append(tube([handle + v3(0, 0, s * 0.1), handle + v3(0, 0, s * 0.22)], 0.024,
                          slot=1))  # fmt: skip
    parts.append(stick((hx + 0.3, hy + 0.2, 0), (hx + 0.15, hy + 0.05, 0), 0.015, 0))  # holder
    # the monitor on its arm, turned toward the rower
    arm = [(hx + 0.04, hy + R - 0.02, 0), (hx + 0.04, 0.8, 0), (hx + 0.1, 0.98, 0),
           (hx + 0.2, 1.04, 0)]  # fmt: skip
    parts.append(tube(arm, 0.022, slot=0))
    mon = at(hx + 0.26, 0.94, 0) @ rot("y", 90) @ rot("x", -15)
    parts.append(box(0.32, 0.26, 0.05, mon, 0))
    parts.append(box(0.26, 0.19, 0.01, mon @ at(0, 0.035, 0.027), "window"))
    for k in range(3):
        parts.append(box(0.1 + 0.06 * (k % 2), 0.025, 0.006, mon @ at(0, 0.07 + 0.045 * k, 0.033),
                         "glow"))  # fmt: skip
    return parts


# ---- 685 climbing wall ------------------------------------------------------------------------


def _hold(rng: Rng, m: np.ndarray, slot) -> Part:
    """One resin hold bolted to a face (its outward normal +z under ``m``): a faceted lump of
    a random kind, a round jug, a flat crimp, a broad sloper or a tall triangular pinch."""
    kind = int(rng.integers(4))
    size = float(rng.uniform(0.045, 0.075))
    turn = rot("z", float(rng.uniform(0, 360))) @ _X90
    if kind == 0:  # a jug: a rounded lump, hollowed under its lip
        prof = [(0.0, 0.0), (size, 0.0), (size * 0.95, size * 0.45), (size * 0.5, size * 0.8),
                (0.0, size * 0.85)]  # fmt: skip
        return lathe(prof, m @ turn @ scl(1.0, 1.0, 0.7), slot, sides=7)
    if kind == 1:  # a crimp: a thin edge
        return box(size * 2.0, size * 0.5, size * 0.6, m @ rot("z", float(rng.uniform(-20, 20)))
                   @ _X90 @ rot("x", -90) @ at(0, 0, 0), slot)  # fmt: skip
    if kind == 2:  # a sloper: a low broad dome
        prof = [(0.0, 0.0), (size * 1.5, 0.0), (size * 1.1, size * 0.45), (0.0, size * 0.6)]
        return lathe(prof, m @ turn, slot, sides=8)
    prof = [(0.0, 0.0), (size * 1.3, 0.0), (0.0, size * 1.2)]  # a pinch: a pointed volume
    return lathe(prof, m @ turn, slot, sides=3)


def _climbing_wall(rng: Rng) -> list[Part]:
    """An indoor climbing wall: a tall board leaning out over the viewer on struts behind it,
    its face dotted with bolt holes and covered in colourful resin holds of every shape (jugs,
    crimps, slopers, pinches), a thick crash mat at its foot."""
    W, H, tilt = 1.2, 1.8, 14.0
    face = rot("x", tilt)  # leaning out toward the viewer
    parts = [box(W, H, 0.05, face @ at(0, 0, -0.05), 0, "body")]
    for s in (-1, 1):  # its side rails, and the struts propping it from behind
        parts.append(box(0.06, H, 0.1, face @ at(s * (W / 2 + 0.03), 0, -0.07), 1))
        top = face @ np.array([s * (W / 2 - 0.05), H - 0.05, -0.1, 1.0])
        parts.append(stick(tuple(top[:3]), (s * (W / 2 - 0.05), 0.0, -0.75), 0.03, 1))
        parts.append(stick((s * (W / 2 - 0.05), 0.02, -0.75), (s * (W / 2 - 0.05), 0.02, 0), 0.03,
                           1))  # fmt: skip
    holes = [(x - 0.008, x + 0.008, y) for x in np.linspace(-0.5, 0.5, 9)
             for y in np.linspace(0.1, H - 0.1, 15)]  # fmt: skip
    parts.append(lines(face, holes, 0.016, 0.004, "marking"))
    cols, rows = 5, 9
    for i in range(cols):
        for j in range(rows):
            if rng.uniform() < 0.15:
                continue
            x = -W / 2 + W * (i + 0.5) / cols + rng.uniform(-0.07, 0.07)
            y = 0.2 + (H - 0.3) * (j + 0.5) / rows + rng.uniform(-0.06, 0.06)
            slot = _HOLDS[int(rng.integers(len(_HOLDS)))]
            parts.append(_hold(rng, face @ at(x, y, 0.0), slot))
    parts.append(slab(rrect_outline(W + 0.3, 0.9, 0.08), 0.16,
                      at(0, 0.08, 0.48) @ rot("x", -90), "plume"))  # the crash mat  # fmt: skip
    for z in (0.22, 0.5, 0.78):  # its seams
        parts.append(box(W + 0.3, 0.012, 0.02, at(0, 0.155, z), "cloth-dark"))
    return parts


# ---- 686 skipping rope ------------------------------------------------------------------------


def _skip_handle(end, direction, slot=1) -> list[Part]:
    """A skipping rope's handle lying on the ground: the rope goes in at ``end``, the grip
    runs out from it along ``direction`` (x, z), a swivel cap where the rope enters."""
    d = unit((direction[0], 0.0, direction[1]))
    m = at(end[0], 0.05, end[1]) @ align(d)
    prof = [(0.0, 0.0), (0.028, 0.0), (0.038, 0.04), (0.045, 0.1), (0.05, 0.25), (0.047, 0.33),
            (0.036, 0.37), (0.0, 0.375)]  # fmt: skip
    parts = [lathe(prof, m, slot)]
    parts.append(cylinder(0.03, 0.03, 0.05, m @ at(0, -0.04, 0), 0))  # the swivel cap
    for y in (0.1, 0.18, 0.26):
        parts.append(torus(0.05, 0.005, m @ at(0, y, 0), "cloth-dark"))
    return parts


def _skipping_rope(rng: Rng) -> list[Part]:
    """A skipping rope (a jump rope) dropped on the floor: two turned handles lying apart, the
    long rope between them sprawled in loose loops."""
    j = rng.uniform(-0.03, 0.03, (14, 2))
    pts = np.array([(-0.62, 0.32), (-0.4, 0.38), (-0.12, 0.3), (0.02, 0.08), (-0.08, -0.2),
                    (-0.32, -0.22), (-0.36, 0.0), (-0.12, 0.1), (0.2, 0.02), (0.42, -0.2),
                    (0.3, -0.42), (0.08, -0.32), (0.2, 0.02), (0.6, 0.3)]) + j  # fmt: skip
    rise = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.025, 0.0, 0.0, 0.0, 0.0, 0.03, 0.0]
    path = np.stack([pts[:, 0], 0.02 + np.array(rise), pts[:, 1]], 1)
    parts = [tube(path, 0.02, slot=0, tag="body")]
    a, b_end = path[0], path[-1]
    parts += _skip_handle((a[0] - 0.01, a[2]), (-0.9, 0.45))
    parts += _skip_handle((b_end[0] + 0.01, b_end[2]), (0.85, 0.6))
    return parts


# ---- 687 yoga mat -----------------------------------------------------------------------------


def _yoga_mat(rng: Rng) -> list[Part]:
    """A yoga mat partly unrolled: a long flat rubber mat on the floor running into the roll
    still wound up at its far end, a strap with a buckle round the roll."""
    W, t = 0.62, 0.022
    x0 = -0.85
    turns = 2.6 + float(rng.uniform(0.0, 0.4))
    R = 0.13
    xc = 0.42  # the roll's centre over the floor
    # the mat's mid-surface: flat along the floor, then wound inward round (xc, R)
    flat = [(x, t / 2) for x in np.linspace(x0, xc, 6)]
    th = np.linspace(-np.pi / 2, -np.pi / 2 + 2 * np.pi * turns, int(36 * turns))[1:]
    r = R - t / 2 - (th + np.pi / 2) / (2 * np.pi) * t * 1.15
    spiral = [(xc + ri * np.cos(a), R + ri * np.sin(a)) for a, ri in zip(th, r, strict=True)]
    pts = np.array(flat + spiral)
    c = np.stack([pts[:, 0], pts[:, 1], np.zeros(len(pts))], 1)
    tan = np.gradient(c, axis=0)
    tan /= np.maximum(np.linalg.norm(tan, axis=1, keepdims=True), 1e-12)
    normal = np.cross(tan, [0.0, 0.0, 1.0])
    u = np.tile([0.0, 0.0, 1.0], (len(c), 1))
    parts = [loft(c, u, normal, rect(W, t), 0, "body")]
    for k in range(2):  # a pale line printed near each long edge of the flat part
        z = (W / 2 - 0.04) * (1 if k else -1)
        parts.append(box(xc - x0 - 0.15, 0.002, 0.012, at((x0 + xc) / 2 - 0.08, t, z), 1))
    for s in (-1, 1):  # the strap round the roll, its buckle on top
        z = s * 0.17
        parts.append(torus(R + 0.006, 0.012, at(xc, R, z) @ _X90, 1))
        parts.append(box(0.05, 0.016, 0.05, at(xc - 0.02, 2 * R + 0.004, z), "steel"))
    return parts


# ---- 688 boxing ring --------------------------------------------------------------------------


def _boxing_ring(rng: Rng) -> list[Part]:
    """A boxing ring: a square platform raised on a skirted apron, a pale canvas floor, a
    padded post at each corner (red, blue and two neutral white), three ropes along every
    side, and a short flight of steps up to one corner."""
    S, h = 1.5, 0.26
    half = S / 2
    parts = [box(S, h, S, None, 0, "body")]  # the apron round the platform
    parts.append(box(S + 0.02, 0.04, S + 0.02, at(0, h - 0.04, 0), 1))  # its top band
    parts.append(box(S - 0.04, 0.012, S - 0.04, at(0, h, 0), "sheet"))  # the canvas
    parts.append(box(S * 0.5, 0.002, S * 0.5, at(0, h + 0.012, 0), "pages"))  # the centre logo
    post = half - 0.06
    corners = [(-1, -1), (1, -1), (1, 1), (-1, 1)]
    pads = ("card-red", "snow", "plume", "snow")
    top = h + 0.5
    for (sx, sz), pad in zip(corners, pads, strict=True):
        x, z = sx * post, sz * post
        parts.append(stick((x, h, z), (x, top + 0.02, z), 0.025, "steel"))
        inward = at(x - sx * 0.035, h + 0.06, z - sz * 0.035) @ rot("y", 45 * sx * sz)
        parts.append(box(0.07, top - h - 0.04, 0.07, inward, pad))  # the corner pad
    for i in range(4):  # three ropes along each side
        (ax, az), (bx, bz) = corners[i], corners[(i + 1) % 4]
        for k in range(3):
            y = h + 0.16 + 0.15 * k
            a, b = (ax * post, y, az * post), (bx * post, y, bz * post)
            mid = ((a[0] + b[0]) / 2, y - 0.015, (a[2] + b[2]) / 2)
            parts.append(tube([a, mid, b], 0.014, slot=1))
    # the steps up to the front right corner
    for k in range(3):
        step = at(half + 0.1 - 0.0, 0, half + 0.1) @ rot("y", 45) @ at(0, 0, 0.16 - 0.08 * k)
        parts.append(box(0.28, h * (k + 1) / 3, 0.1, step, 0))
    del rng
    return parts


# ---- 689 scoreboard ---------------------------------------------------------------------------


def _scoreboard(rng: Rng) -> list[Part]:
    """A stadium scoreboard: a big black board high on two posts, HOME and GUEST in white over
    two glowing scores, a glowing game clock between them, a trim round its edge."""
    W, H, y0 = 1.7, 0.85, 0.75
    parts = []
    for s in (-1, 1):  # the posts
        parts.append(box(0.1, y0 + 0.3, 0.1, at(s * 0.55, 0, -0.08), 0, "body" if s < 0 else ""))
        parts.append(box(0.3, 0.06, 0.3, at(s * 0.55, 0, -0.08), 0))
    parts.append(box(W, H, 0.1, at(0, y0, -0.05), "cloth-dark"))  # the board
    parts.append(_frame_xy(W, H, 0.04, 0.12, at(0, y0 + H / 2, -0.03), 1))
    face = at(0, y0, 0.0)
    home, guest = (int(v) for v in rng.integers(0, 99, 2))
    for s, word, score in ((-1, "HOME", home), (1, "GUEST", guest)):
        x = s * 0.56
        parts += paint_text(word, face @ at(x, H - 0.15, 0.004), 0.1, "snow")
        parts.append(box(0.44, 0.3, 0.01, face @ at(x, 0.22, 0), "window"))
        parts += number(score, face @ at(x, 0.26, 0.01), 0.12, 0.22, "glow")
    # the clock between them
    parts.append(box(0.4, 0.2, 0.01, face @ at(0, 0.5, 0), "window"))
    mins, secs = int(rng.integers(0, 45)), int(rng.integers(0, 60))
    parts += number(mins // 10, face @ at(-0.14, 0.53, 0.01), 0.06, 0.13, "rainbow-red")
    parts += number(mins % 10, face @ at(-0.06, 0.53, 0.01), 0.06, 0.13, "rainbow-red")
    parts += number(secs // 10, face @ at(0.06, 0.53, 0.01), 0.06, 0.13, "rainbow-red")
    parts += number(secs % 10, face @ at(0.14, 0.53, 0.01), 0.06, 0.13, "rainbow-red")
    for y in (0.56, 0.62):
        parts.append(box(0.015, 0.015, 0.01, face @ at(0, y, 0.01), "rainbow-red"))
    parts.append(box(0.5, 0.04, 0.01, face @ at(0, 0.1, 0), 1))  # a sponsor strip
    return parts


def _frame_xy(w: float, h: float, line: float, d: float, m: np.ndarray, slot) -> Part:
    """A rectangular frame w × h outside, bars ``line`` wide and ``d`` deep, standing upright in
    the xy plane under ``m`` (centred on it)."""
    t = 2 * line / min(w, h)
    r1, r0 = np.sqrt(2.0), np.sqrt(2.0) * (1 - t)
    ring = [(r0, -d / 2), (r1, -d / 2), (r1, d / 2), (r0, d / 2)]
    return lathe(ring, m @ _X90 @ scl(w / 2, 1.0, h / 2) @ rot("y", 45), slot, sides=4,
                 closed=True)  # fmt: skip


# ---- 690 ping pong table ----------------------------------------------------------------------


def _paddle(m: np.ndarray, rubber) -> list[Part]:
    """A table tennis paddle lying flat under ``m``, its blade round the origin and its
    handle toward +x: red rubber on a wooden blade."""
    parts = [cylinder(0.085, 0.085, 0.012, m @ scl(1.0, 1.0, 0.92), 1)]
    parts.append(cylinder(0.082, 0.082, 0.006, m @ at(0, 0.012, 0) @ scl(1.0, 1.0, 0.92), rubber))
    parts.append(box(0.12, 0.026, 0.036, m @ at(0.13, 0.0, 0), 1))
    return parts


def _ping_pong_table(rng: Rng) -> list[Part]:
    """A table tennis table: a dark green (or blue) top with white edge lines and a white
    centre line, a net across its middle on clamps, folding legs on wheels, two paddles and a
    ball lying on it."""
    L, D, h = 1.6, 0.9, 0.44
    top = ("chalkboard", "glaze")[int(rng.integers(2))]
    parts = [box(L, 0.03, D, at(0, h - 0.03, 0), top, "body")]
    parts.append(box(L - 0.02, 0.04, D - 0.02, at(0, h - 0.07, 0), 0))  # the apron
    e = 0.02
    for s in (-1, 1):  # the white lines round its edges and down its middle
        parts.append(box(L, 0.003, e, at(0, h, s * (D / 2 - e / 2)), "snow"))
        parts.append(box(e, 0.003, D, at(s * (L / 2 - e / 2), h, 0), "snow"))
    parts.append(box(L, 0.003, 0.008, at(0, h, 0), "snow"))
    # the net: a dark mesh with a white tape along its top, clamped at each side
    parts.append(box(0.008, 0.1, D + 0.1, at(0, h, 0), "cloth-dark"))
    parts.append(box(0.012, 0.014, D + 0.1, at(0, h + 0.1, 0), "snow"))
    for s in (-1, 1):
        parts.append(stick((0, h - 0.04, s * (D / 2 + 0.05)), (0, h + 0.11, s * (D / 2 + 0.05)),
                           0.01, "steel"))  # fmt: skip
    for sx in (-1, 1):  # the folding legs: slanted pairs braced and on castors
        x = sx * (L / 2 - 0.25)
        for sz in (-1, 1):
            z = sz * (D / 2 - 0.1)
            parts.append(stick((x, h - 0.07, z), (x + sx * 0.05, 0.05, z), 0.018, 0))
            parts.append(sphere(0.035, at(x + sx * 0.05, 0.035, z), "cloth-dark"))
        parts.append(stick((x + sx * 0.03, 0.2, -D / 2 + 0.1), (x + sx * 0.03, 0.2, D / 2 - 0.1),
                           0.014, 0))  # fmt: skip
        parts.append(stick((x, h - 0.08, 0), (x + sx * 0.03, 0.2, 0), 0.012, 0))
    # two paddles and a ball on the top
    parts += _paddle(at(-0.45, h + 0.003, 0.15) @ rot("y", -30), "card-red")
    parts += _paddle(at(0.4, h + 0.003, -0.15) @ rot("y", 160), "cloth-dark")
    parts.append(sphere(0.028, at(0.2, h + 0.028, 0.22), "snow"))
    return parts


# ---- 691 pool table ---------------------------------------------------------------------------


def _pool_table(rng: Rng) -> list[Part]:
    """A billiards (pool) table: a heavy wooden table on six turned legs, green felt inside
    cushioned rails, six dark pockets (four corners and the middle of each long side), fifteen
    coloured balls racked in a triangle, the white cue ball and a cue lying across."""
    L, D, h = 1.6, 0.9, 0.5
    rail = 0.08
    parts = [box(L, 0.14, D, at(0, h - 0.14, 0), 0, "body")]  # the bed and apron
    parts.append(box(L - 2 * rail, 0.02, D - 2 * rail, at(0, h, 0), "land"))  # the felt
    for s in (-1, 1):  # the rails, with felt cushions on their inner edge
        parts.append(box(L, 0.05, rail, at(0, h, s * (D / 2 - rail / 2)), 0))
        parts.append(box(rail, 0.05, D, at(s * (L / 2 - rail / 2), h, 0), 0))
        parts.append(box(L - 2 * rail, 0.03, 0.02, at(0, h + 0.01, s * (D / 2 - rail - 0.01)),
                         "land"))  # fmt: skip
        parts.append(box(0.02, 0.03, D - 2 * rail, at(s * (L / 2 - rail - 0.01), h + 0.01, 0),
                         "land"))  # fmt: skip
    for sx in (-1, 0, 1):  # the pockets: dark holes ringed in the second material
        for sz in (-1, 1):
            x = sx * (L / 2 - rail * 0.7)
            z = sz * (D / 2 - rail * 0.7)
            parts.append(cylinder(0.055, 0.055, 0.056, at(x, h + 0.002, z), "pupil"))
            parts.append(torus(0.055, 0.014, at(x, h + 0.05, z), 1))
    leg = [(0.0, 0.0), (0.07, 0.0), (0.07, 0.04), (0.05, 0.08), (0.08, 0.18), (0.055, 0.3),
           (0.06, h - 0.14), (0.0, h - 0.14)]  # fmt: skip
    for sx in (-1, 0, 1):  # six thick turned legs
        for sz in (-1, 1):
            parts.append(lathe(leg, at(sx * (L / 2 - 0.12), 0, sz * (D / 2 - 0.12)), 0))
    # the racked balls: a triangle of fifteen, its apex toward the middle
    br = 0.03
    apex = 0.32
    order = ["fruit-yellow", "plume", "card-red", "eraser", "fruit-orange", "vine", "fur-cape",
             "pupil", "fruit-yellow", "plume", "card-red", "eraser", "fruit-orange", "vine",
             "fur-cape"]  # fmt: skip
    rng.shuffle(order)
    k = 0
    for row in range(5):
        for i in range(row + 1):
            x = apex + row * br * 1.75
            z = (i - row / 2) * br * 2.02
            parts.append(sphere(br, at(x, h + 0.02 + br, z), order[k]))
            k += 1
    tri = [(apex - 0.055, 0.0), (apex + 4 * br * 1.75 + 0.05, -0.2),
           (apex + 4 * br * 1.75 + 0.05, 0.2)]  # fmt: skip
    for (ax, az), (bx, bz) in zip(tri, tri[1:] + tri[:1], strict=True):  # the rack
        parts.append(stick((ax, h + 0.035, az), (bx, h + 0.035, bz), 0.012, 1))
    parts.append(sphere(br, at(-0.4, h + 0.02 + br, 0.05), "snow"))  # the cue ball
    # the cue lying across the table
    a, b = v3(-0.75, h + 0.07, 0.35), v3(0.55, h + 0.035, -0.05)
    parts.append(tube([a, b], [0.018, 0.009], slot=1))
    d = unit(b - a)
    parts.append(tube([a, a + d * 0.35], 0.02, slot="cloth-dark"))
    parts.append(tube([b, b + d * 0.03], 0.009, slot="snow"))
    return parts


# ---- 692 bowling ball -------------------------------------------------------------------------


def _pin(m: np.ndarray, tag: str = "") -> list[Part]:
    """A bowling pin standing on 0 under ``m``, 0.75 tall: a white turned body swelling low, a
    narrow neck and a round head, two red stripes round the neck."""
    prof = [(0.0, 0.0), (0.07, 0.0), (0.11, 0.1), (0.125, 0.2), (0.1, 0.38), (0.05, 0.52),
            (0.045, 0.57), (0.062, 0.65), (0.055, 0.72), (0.0, 0.75)]  # fmt: skip
    parts = [lathe(prof, m, "snow", tag)]
    for y in (0.5, 0.55):
        parts.append(torus(0.051, 0.009, m @ at(0, y, 0), "card-red"))
    return parts


def _bowling_ball(rng: Rng) -> list[Part]:
    """A shiny bowling ball with three finger holes (two close together, the thumb hole below
    them), a white bowling pin with red stripes standing behind it and another lying down."""
    R = 0.27
    c = v3(-0.05, R, 0.15)
    parts = [sphere(R, at(*c), 0, "body")]
    parts.append(sphere(1.0, at(*c) @ rot("z", 30) @ scl(R * 1.002, R * 0.2, R * 1.002), 1))
    # the holes face up and toward the viewer's side of the ball
    for (a, b), r in (((0.2, -0.2), 0.034), ((0.2, 0.2), 0.034), ((-0.25, 0.0), 0.042)):
        n = unit((rot("y", 35) @ rot("x", 40) @ np.array([a, 1.0, b, 0.0]))[:3])
        m = at(*(c + n * (R - 0.02))) @ align(n)
        parts.append(cylinder(r, r, 0.03, m, "pupil"))
        parts.append(torus(r + 0.004, 0.006, m @ at(0, 0.018, 0), 1))
    parts += _pin(at(0.38, 0, -0.25))
    lie = float(rng.uniform(-15, 15))
    parts += _pin(at(0.3, 0.125, 0.28) @ rot("y", -150 + lie) @ rot("z", -90) @ at(0, -0.6, 0))
    return parts


# ---- 693 golf cart ----------------------------------------------------------------------------


def _golf_cart(rng: Rng) -> list[Part]:
    """A small open golf cart (a buggy): a low body on four small wheels, a rounded nose, a
    bench seat with a back, a steering wheel on its column, a flat canopy roof on four thin
    posts, and a golf bag full of clubs strapped on the back."""
    W, L, y0 = 0.78, 1.3, 0.16
    parts = [box(W, 0.12, L, at(0, y0, 0), 0, "body")]  # the floor pan
    cowl = [(0.3, y0), (0.66, y0), (0.69, y0 + 0.2), (0.62, y0 + 0.3), (0.42, y0 + 0.36),
            (0.34, y0 + 0.52), (0.28, y0 + 0.52)]  # fmt: skip
    parts.append(slab(sharp(cowl), W, ZYX, 0))  # the front cowl, seen side-on in (z, y)
    for s in (-1, 1):  # headlights
        parts.append(cylinder(0.045, 0.045, 0.02, at(s * 0.24, y0 + 0.2, 0.675) @ _X90, "glow"))
    parts.append(box(W + 0.06, 0.07, 0.07, at(0, y0 - 0.02, L / 2 + 0.04), "cloth-dark"))
    parts.append(box(W + 0.06, 0.07, 0.07, at(0, y0 - 0.02, -L / 2 - 0.04), "cloth-dark"))
    for x in (-1, 1):  # the wheels
        for z in (-0.44, 0.44):
            parts += side_wheel(x * (W / 2 - 0.01), 0.15, z, 0.15, 0.1, hub="steel")
    # the seat: a box under a cushion, a back
    sz = -0.15
    parts.append(box(W - 0.04, 0.22, 0.4, at(0, y0 + 0.12, sz), 0))
    parts.append(box(W - 0.06, 0.08, 0.38, at(0, y0 + 0.34, sz + 0.01), 1))
    parts.append(box(W - 0.06, 0.3, 0.08, at(0, y0 + 0.38, sz - 0.17) @ rot("x", -10), 1))
    # the steering column and wheel
    parts.append(stick((-0.17, y0 + 0.48, 0.34), (-0.17, y0 + 0.6, 0.22), 0.016, "steel"))
    wheel = at(-0.17, y0 + 0.6, 0.22) @ rot("x", -40)
    parts.append(torus(0.1, 0.016, wheel, "cloth-dark"))
    parts.append(box(0.2, 0.014, 0.025, wheel, "cloth-dark"))
    # the canopy on four thin posts
    ytop = 1.25
    for sx in (-1, 1):
        parts.append(stick((sx * (W / 2 - 0.04), y0 + 0.5, 0.32), (sx * (W / 2 - 0.04), ytop, 0.3),
                           0.014, "steel"))  # fmt: skip
        parts.append(stick((sx * (W / 2 - 0.04), y0 + 0.12, -0.4),
                           (sx * (W / 2 - 0.04), ytop, -0.4), 0.014, "steel"))  # fmt: skip
    parts.append(slab(rrect_outline(W + 0.1, 1.0, 0.08), 0.04,
                      at(0, ytop + 0.02, -0.05) @ rot("x", -90), 0))  # fmt: skip
    # the golf bag on the back, clubs sticking out of it, its strap round the cart's frame
    bag = at(0.16, y0 + 0.12, -L / 2 + 0.02) @ rot("x", -12)
    bag_slot = ("card-red", "plume", "cloth-dark")[int(rng.integers(3))]
    parts.append(cylinder(0.12, 0.13, 0.7, bag, bag_slot))
    parts.append(torus(0.13, 0.022, bag @ at(0, 0.68, 0), 1))
    parts.append(torus(0.118, 0.018, bag @ at(0, 0.03, 0), 1))
    parts.append(box(0.08, 0.32, 0.04, bag @ rot("y", 70) @ at(0, 0.15, 0.12), 1))  # a pocket
    parts.append(box(W - 0.1, 0.05, 0.03, at(0, y0 + 0.35, -L / 2 + 0.2), "cloth-dark"))  # strap
    for k, (dx, dz) in enumerate(((-0.05, 0.03), (0.04, 0.04), (0.0, -0.05), (0.06, -0.03))):
        foot = bag @ np.array([dx, 0.6, dz, 1.0])
        tip = bag @ np.array([dx * 1.3, 0.92 + 0.05 * (k % 2), dz * 1.3, 1.0])
        parts.append(stick(tuple(foot[:3]), tuple(tip[:3]), 0.008, "steel"))
        parts.append(box(0.07, 0.04, 0.03, at(*tip[:3]) @ rot("y", 40 * k), "steel"))
    return parts


# ---- 694 fire pit -----------------------------------------------------------------------------


def _fire_pit(rng: Rng) -> list[Part]:
    """A fire pit: a round ring of stones two courses high, logs leaning together inside it
    burning with glowing embers and tall tongues of flame, a few loose stones round it."""
    R = 0.5
    parts = [_flat_disc(R, 0.02, (0, 0, 0), "soil")]
    for course in range(2):  # the ring of stones
        n = 13
        for k in range(n):
            a = 2 * np.pi * (k + 0.5 * course) / n + rng.uniform(-0.05, 0.05)
            y = 0.07 + 0.12 * course
            c = (R * np.cos(a), y, R * np.sin(a))
            size = (0.12 + rng.uniform(-0.01, 0.02), 0.075, 0.1)
            m = at(*c) @ rot("y", -np.degrees(a)) @ scl(size[2], size[1], size[0])
            parts.append(sphere(1.0, m, 0, "body" if k == course == 0 else ""))
    parts.append(_flat_disc(R - 0.08, 0.04, (0, 0.02, 0), "cloth-dark"))  # ash and coals
    for _ in range(7):  # embers glowing among the ashes
        a, d = rng.uniform(0, 2 * np.pi), rng.uniform(0.05, R - 0.14)
        parts.append(sphere(1.0, at(d * np.cos(a), 0.06, d * np.sin(a)) @ scl(0.035, 0.02, 0.03),
                            "glow"))  # fmt: skip
    for k in range(5):  # logs leaning together into a cone
        a = 2 * np.pi * k / 5 + rng.uniform(-0.2, 0.2)
        foot = v3(0.32 * np.cos(a), 0.06, 0.32 * np.sin(a))
        top = v3(0.04 * np.cos(a), 0.42, 0.04 * np.sin(a))
        parts.append(tube([foot, top], [0.045, 0.035], slot=1))
        parts.append(cylinder(0.04, 0.04, 0.01, at(*top) @ align(top - foot), "glow"))
    for k in range(7):  # the flames: tongues of fire round a tall one in the middle
        a = 2 * np.pi * k / 7 + rng.uniform(-0.3, 0.3)
        r = 0.0 if k == 0 else float(rng.uniform(0.08, 0.16))
        base = v3(r * np.cos(a), 0.05, r * np.sin(a))
        h = (0.78 if k == 0 else 0.3 + 0.25 * rng.uniform()) * (1.0 - 1.5 * r)
        w = 0.11 if k == 0 else 0.065
        tongue = [(0.0, 0.0), (w * 0.8, 0.04), (w, h * 0.25), (w * 0.55, h * 0.6), (0.0, h)]
        lean = at(*base) @ rot("z", -np.cos(a) * 25 * (r > 0)) @ rot("x", np.sin(a) * 25 * (r > 0))
        parts.append(lathe(tongue, lean, "flame"))
    parts += flame(v3(0.0, 0.08, 0.0), 0.5)
    for k in range(4):  # loose stones round it
        a = 2 * np.pi * (k + 0.3) / 4 + rng.uniform(-0.3, 0.3) + 0.4
        c = (0.8 * np.cos(a), 0.03, 0.8 * np.sin(a))
        parts.append(sphere(1.0, at(*c) @ rot("y", 40 * k) @ scl(0.08, 0.05, 0.06), "stones"))
    return parts


# ---- 695 sundial ------------------------------------------------------------------------------

_HOURS = ("VI", "VII", "VIII", "IX", "X", "XI", "XII", "I", "II", "III", "IIII", "V", "VI")


def _sundial(rng: Rng) -> list[Part]:
    """A garden sundial: a round bronze dial plate with hour lines fanning from its gnomon and
    Roman numerals round its rim, the triangular gnomon standing up on it, all on a turned stone
    pedestal on a square plinth."""
    y = 0.92
    parts = [box(0.5, 0.1, 0.5, None, 0, "body"), box(0.42, 0.06, 0.42, at(0, 0.1, 0), 0)]
    column = [(0.0, 0.0), (0.15, 0.0), (0.15, 0.04), (0.11, 0.1), (0.09, 0.3), (0.1, 0.5),
              (0.11, 0.62), (0.16, 0.66), (0.16, 0.7), (0.0, 0.7)]  # fmt: skip
    parts.append(lathe(column, at(0, 0.16, 0), 0))
    parts.append(box(0.4, 0.06, 0.4, at(0, y - 0.06, 0), 0))  # its cap
    R = 0.36
    turn = rot("y", 45 + float(rng.uniform(-5, 5)))  # the gnomon seen side-on from the 3/4 view
    parts.append(cylinder(R, R, 0.03, at(0, y, 0), 1))  # the dial plate
    parts.append(torus(R, 0.012, at(0, y + 0.03, 0), 1))
    plate = at(0, y + 0.03, 0) @ turn  # its top: local x along the gnomon (the noon line, +x)
    flat = plate @ rot("x", -90)  # drawing on the xy plane, lying face up, y toward -z
    parts.append(torus(R * 0.62, 0.004, plate, "marking"))
    parts.append(torus(R * 0.9, 0.004, plate, "marking"))
    foot = np.array([-0.2, 0.0])  # the hour lines fan from the gnomon's foot
    for k, numeral in enumerate(_HOURS):
        a = np.radians(-90 + 15 * k)  # 6 am to 6 pm round the far half, noon along +x
        u = np.array([np.cos(a), np.sin(a)])
        end = _ray_to_circle(foot, u, R * 0.62)
        parts += paint_strokes([[tuple(foot + u * 0.1), tuple(end)]], flat, 0.008, "marking")
        pos = _ray_to_circle(foot, u, R * 0.76)
        turn_k = np.degrees(np.arctan2(pos[1], pos[0])) - 90
        parts += paint_text(numeral, flat @ at(pos[0], pos[1], 0.0) @ rot("z", turn_k), 0.06,
                       "marking", stroke=0.16)  # fmt: skip
    # the gnomon: a right triangle standing on the noon line, rising to its far end
    x0, x1 = float(foot[0]), R * 0.78
    parts.append(slab(sharp([(x0, 0.0), (x1, 0.0), (x1, 0.26)]), 0.025, plate, 1))
    parts.append(box(x1 - x0, 0.012, 0.05, plate @ at((x0 + x1) / 2, 0, 0), 1))  # its foot
    return parts


def _ray_to_circle(p: np.ndarray, u: np.ndarray, r: float) -> np.ndarray:
    """Where the ray from p along unit u leaves the circle of radius r round the origin."""
    b = float(p @ u)
    t = -b + np.sqrt(max(b * b - float(p @ p) + r * r, 0.0))
    return p + u * t


MORE_APPLIANCES_ZK = {
    684: _rowing_machine, 685: _climbing_wall, 686: _skipping_rope, 687: _yoga_mat,
    688: _boxing_ring, 689: _scoreboard, 690: _ping_pong_table, 691: _pool_table,
    692: _bowling_ball, 693: _golf_cart, 694: _fire_pit, 695: _sundial,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
