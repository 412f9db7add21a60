"""More of the device family's appliances, from 420: a dustpan and brush, a bathroom scale, a
paint roller in its tray, a colander, an ironing board, a stepladder, a laundry basket, a
toolbox, a bicycle helmet, a stethoscope, a water cooler and a pencil sharpener.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, Sweep, align, at, rot, scl, v3
from ._kit import (
    ALONG_X,
    ALONG_Z,
    ZYX,
    flat_solid,
    pencil,
    reslot,
    rrect_outline,
    screwdriver,
    square_bar,
    steam_iron,
    studs,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_O"]

Rng = np.random.Generator

_FLAT = rot("x", -90)
"""Lays a slab (an outline in xy extruded along z) flat: outline x along x, outline y along -z,
its depth along +y."""


def _stadium(cx: float, cy: float, w: float, h: float, n: int) -> np.ndarray:
    """A stadium (a slot with round ends) w × h round (cx, cy), clockwise: a hole for ``flat_solid``."""
    r = min(w, h) / 2
    k = max(3, n // 4)
    out = []
    if w >= h:
        for s, a0 in ((1, -90), (-1, 90)):
            t = np.radians(a0 + np.linspace(0.0, 180.0, k))
            out += [(cx + s * (w / 2 - r) + r * np.cos(a), cy + r * np.sin(a)) for a in t]
    else:
        for s, a0 in ((1, 0), (-1, 180)):
            t = np.radians(a0 + np.linspace(0.0, 180.0, k))
            out += [(cx + r * np.cos(a), cy + s * (h / 2 - r) + r * np.sin(a)) for a in t]
    return np.array(out[::-1])


# ---- 420 dustpan ------------------------------------------------------------------------------


def _dustpan(rng: Rng) -> list[Part]:
    """A dustpan and brush: a broad flat pan with a rubber lip at the front, low sides rising
    to a hooded back and a short handle sticking out behind; the hand brush lies in it, its
    handle over the side, and a little heap of dust waits before the lip."""
    W, zf, zb, H = 0.62, 0.26, -0.2, 0.2
    pan = [(-W / 2, -zf), (W / 2, -zf), (W / 2 - 0.04, -zb), (-W / 2 + 0.04, -zb)]
    parts = [slab(sharp(pan), 0.016, at(0, 0.008, 0) @ _FLAT, 0, "body")]
    parts.append(box(W + 0.01, 0.012, 0.04, at(0, 0.0, zf - 0.005), "cloth-dark"))  # the lip
    for s in (-1, 1):  # the sides, rising from the lip to the back
        side = [(zf, 0.0), (zf - 0.05, 0.02), (0.0, 0.08), (zb + 0.06, H * 0.85), (zb, H),
                (zb, 0.0)]  # fmt: skip
        parts.append(slab(sharp(side), 0.016, at(s * (W / 2 - 0.04), 0, 0) @ ZYX, 0))
    parts.append(box(W - 0.06, H, 0.016, at(0, 0, zb), 0))  # the back
    hood = at(0, H, zb) @ rot("x", 18)
    parts.append(box(W - 0.06, 0.016, 0.13, hood @ at(0, -0.016, 0.065), 0))
    handle = at(0, 0.13, zb) @ rot("x", -62)
    parts.append(box(0.08, 0.34, 0.03, handle, 0, "handle"))
    parts.append(cylinder(0.018, 0.018, 0.034, handle @ at(0, 0.29, -0.017) @ ALONG_Z, "pupil"))
    # the hand brush lying across the pan, bristles down, its handle out over the right side
    yaw = float(rng.uniform(-28, -18))
    brush = at(0.08, 0.028, 0.02) @ rot("y", yaw)
    parts.append(box(0.36, 0.045, 0.085, brush @ at(0, 0.035, 0), 1))  # its stock
    for k in range(11):  # tufts of bristle under it
        x = -0.16 + 0.032 * k
        parts.append(box(0.028, 0.04, 0.075, brush @ at(x, 0.0, 0), "seed"))
    grip = [(0.17, 0.06, 0.0), (0.3, 0.08, 0.0), (0.42, 0.1, 0.0)]
    parts.append(tube(grip, [0.03, 0.024, 0.026], brush, 1))
    parts.append(torus(0.018, 0.006, brush @ at(0.4, 0.1, 0) @ rot("z", 90), "marking"))
    # the dust: a little grey heap before the lip and a trail of crumbs into the pan
    t = np.arange(24) * (2 * np.pi / 24)  # the heap: a low mound with a ragged edge
    edge = 1.0 + 0.25 * np.sin(3 * t + rng.uniform(0, 6)) * np.cos(5 * t) + 0.1 * np.sin(7 * t)
    heap = [(0.0, 0.0), (0.15, 0.0), (0.12, 0.02), (0.07, 0.06), (0.02, 0.08), (0.0, 0.08)]
    parts.append(lathe(heap, at(-0.08, 0, zf + 0.13) @ scl(1.0, 1.0, 0.75), "cloth-dark",
                       shape=np.stack([edge * np.cos(t), edge * np.sin(t)], 1)))  # fmt: skip
    for k in range(9):  # grit in it
        a = 2 * np.pi * k / 9
        c = v3(-0.08 + 0.07 * np.cos(a), 0.04 - 0.01 * (k % 2), zf + 0.13 + 0.045 * np.sin(a))
        parts.append(sphere(0.012, at(*c), ("stones", "plaster")[k % 2]))
    for k in range(12):  # crumbs strewn into the pan
        x, z = rng.uniform(-0.25, 0.15), rng.uniform(zf - 0.15, zf + 0.22)
        y = 0.016 if z < zf else 0.0
        r = float(rng.uniform(0.008, 0.016))
        parts.append(sphere(r, at(x, y + r * 0.5, z), ("cork", "plaster", "cloth-dark")[k % 3]))
    return parts


# ---- 421 bathroom scale -----------------------------------------------------------------------


def _foot_outline(n: int) -> np.ndarray:
    """A footprint seen from above, its toes toward +y: broad at the ball, narrow at the heel."""
    t = np.arange(n) * (2 * np.pi / n)
    y = -np.cos(t)
    x = np.sign(np.sin(t)) * np.abs(np.sin(t)) ** 0.6 * (0.5 + 0.4 * (y + 1) / 2)
    return np.stack([x, y], 1)


def _scale(rng: Rng) -> list[Part]:
    """A bathroom scale: a low square platform with rounded corners, a round dial window at
    its front (its ticks and a red needle), two rubber pads shaped as footprints behind it,
    toes to the dial, and little feet under it."""
    S = 0.72
    parts = [slab(rrect_outline(S, S, 0.12), 0.08, at(0, 0.065, 0) @ _FLAT, 0, "body")]
    parts.append(slab(rrect_outline(S - 0.05, S - 0.05, 0.1), 0.03, at(0, 0.025, 0) @ _FLAT, 1))
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(cylinder(0.03, 0.03, 0.012, at(sx * 0.26, 0, sz * 0.26), 1))
    top = 0.105
    dial = at(0, top, 0.2)  # the dial window near the front
    parts.append(torus(0.115, 0.014, dial, 1))
    parts.append(cylinder(0.112, 0.112, 0.006, dial @ at(0, -0.004, 0), "snow"))
    for k in range(13):  # its ticks round the far half
        a = np.radians(180 + 15 * k)
        long = 0.03 if k % 3 == 0 else 0.018
        tick = dial @ at(0.09 * np.cos(a), 0.002, 0.09 * np.sin(a)) @ rot("y", -np.degrees(a))
        parts.append(box(long, 0.003, 0.006, tick @ at(-long / 2 + 0.012, 0, 0), "marking"))
    turn = float(rng.uniform(-40, 40))
    parts.append(box(0.008, 0.004, 0.09, dial @ rot("y", turn) @ at(0, 0.003, -0.04), "card-red"))
    parts.append(cylinder(0.012, 0.012, 0.006, dial @ at(0, 0.002, 0), "marking"))
    parts.append(cylinder(0.117, 0.117, 0.008, dial @ at(0, 0.004, 0), "pane"))
    for s in (-1, 1):  # the foot pads: a sole and five toes each, toes to the dial
        pad = at(s * 0.15, top, -0.1) @ rot("y", 180 + s * 6)
        parts.append(slab(_foot_outline, 0.012, pad @ _FLAT @ scl(0.1, 0.15, 1.0), 1))
        for k in range(5):  # the big toe inward
            x = s * (0.05 - 0.03 * k)
            z = -0.185 + 0.003 * k + 0.0025 * k * k
            r = 0.03 if k == 0 else 0.022 - 0.0018 * k
            parts.append(sphere(1.0, pad @ at(x, 0.0, z) @ scl(r * 0.85, 0.009, r), 1))
    return parts


# ---- 422 paint roller -------------------------------------------------------------------------


def _fluffy(n: int = 26) -> np.ndarray:
    """A roller sleeve's cross-section: a circle roughened by tufts of pile."""
    t = np.arange(n) * (2 * np.pi / n)
    r = 1.0 + 0.06 * np.where(np.arange(n) % 2 == 0, 1.0, -1.0)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _paint_roller(rng: Rng) -> list[Part]:
    """A paint roller resting in its tray: the tray's deep well of paint and its ribbed ramp,
    the roller's fluffy sleeve soaked in paint on the ramp, its bent wire frame rising to a
    handle out to the side."""
    L, D, H = 1.0, 0.5, 0.13
    x0, x1 = -L / 2, L / 2  # the well's end, the ramp's top end
    xw = x0 + 0.32  # where the well ends and the ramp begins
    parts = [box(xw - x0, 0.012, D, at((x0 + xw) / 2, 0, 0), 0, "body")]  # the well's floor
    rise = np.degrees(np.arctan2(H - 0.03, x1 - xw))
    ramp_len = float(np.hypot(x1 - xw, H - 0.03))
    ramp = at(xw, 0.006, 0) @ rot("z", rise)
    parts.append(box(ramp_len, 0.012, D, ramp @ at(ramp_len / 2, 0, 0), 0))
    for k in range(9):  # ribs across the ramp
        parts.append(box(0.012, 0.012, D - 0.02, ramp @ at(0.1 + 0.045 * k, 0.01, 0), 0))
    for s in (-1, 1):  # its long sides, its ends, the rim round its top
        parts.append(box(L, H, 0.012, at(0, 0, s * D / 2), 0))
        parts.append(box(L + 0.05, 0.012, 0.035, at(0, H, s * (D / 2 + 0.01)), 0))
        parts.append(box(0.012, H, D, at(s * L / 2, 0, 0), 0))
        parts.append(box(0.035, 0.012, D + 0.05, at(s * (L / 2 + 0.01), H, 0), 0))
    for s in (-1, 1):  # feet under the ramp's end
        parts.append(box(0.04, 0.03, 0.04, at(x1 - 0.05, 0, s * (D / 2 - 0.05)), 0))
    # the paint: a pool in the well, a smear up the ramp
    parts.append(box(xw - x0 - 0.02, 0.06, D - 0.02, at((x0 + xw) / 2 + 0.01, 0.0, 0), 1))
    parts.append(box(0.18, 0.012, D - 0.03, ramp @ at(0.09, 0.008, 0), 1))
    # the roller on the ramp, across the tray
    R, S = 0.075, 0.4
    xr = xw + 0.24
    c = v3(xr, 0.006 + (xr - xw) * np.tan(np.radians(rise)) + R + 0.02, 0.0)
    spin = float(rng.uniform(0, 30))
    sleeve = at(*c) @ ALONG_Z @ at(0, -S / 2, 0) @ rot("y", spin)
    parts.append(lathe([(0.0, 0.0), (R * 0.95, 0.0), (R, 0.015), (R, S - 0.015), (R * 0.95, S),
                        (0.0, S)], sleeve, 1, shape=_fluffy()))  # fmt: skip
    # the frame: from the sleeve's near end, a crank up and out to the handle
    e = c + v3(0, 0, S / 2)
    wire = [e, e + v3(0, 0, 0.05), e + v3(0.06, 0.1, 0.07), e + v3(0.16, 0.2, 0.06),
            e + v3(0.3, 0.27, 0.0)]  # fmt: skip
    parts.append(tube(wire, 0.011, slot="steel"))
    parts.append(cylinder(0.03, 0.03, 0.01, at(*e) @ ALONG_Z, "steel"))
    grip_dir = v3(0.85, 0.35, -0.3)
    grip_dir /= np.linalg.norm(grip_dir)
    g0 = wire[-1]
    grip = [(0.0, 0.0), (0.022, 0.0), (0.03, 0.03), (0.03, 0.12), (0.036, 0.24), (0.03, 0.3),
            (0.0, 0.31)]  # fmt: skip
    parts.append(lathe(grip, at(*g0) @ align(grip_dir), 0, "handle"))
    parts.append(torus(0.012, 0.005, at(*(g0 + grip_dir * 0.31)) @ align(grip_dir), "marking"))
    return parts


# ---- 423 colander -----------------------------------------------------------------------------


def _colander(rng: Rng) -> list[Part]:
    """A metal colander: a deep bowl on a ring foot, pierced all over with rows of small holes
    (a star of them in its floor), a rolled rim and a looped handle on each side."""
    outer = [(0.0, 0.07), (0.16, 0.075), (0.3, 0.12), (0.4, 0.22), (0.45, 0.34), (0.47, 0.44)]
    inner = [(0.45, 0.44), (0.43, 0.34), (0.38, 0.23), (0.285, 0.135), (0.15, 0.093), (0.0, 0.09)]
    parts = [lathe(outer + inner, None, 0, "body")]
    parts.append(torus(0.46, 0.018, at(0, 0.445, 0), 0))  # the rolled rim
    foot = [(0.2, 0.0), (0.24, 0.0), (0.25, 0.02), (0.2, 0.085), (0.17, 0.085), (0.19, 0.02)]
    parts.append(lathe(foot, None, 0, closed=True))
    mid = np.array([(o[0] + i[0]) / 2 for o, i in zip(outer, inner[::-1], strict=True)])
    mid_y = np.array([(o[1] + i[1]) / 2 for o, i in zip(outer, inner[::-1], strict=True)])
    pts, nrms = [], []
    for y in (0.14, 0.19, 0.245, 0.3, 0.355):  # rows of holes up its sides
        r = float(np.interp(y, mid_y, mid))
        slope = (np.interp(y + 0.01, mid_y, mid) - np.interp(y - 0.01, mid_y, mid)) / 0.02
        n = int(2 * np.pi * r / 0.075)
        off = float(rng.uniform(0, 1)) if y > 0.3 else 0.5 * (round(y * 100) % 2)
        a = 2 * np.pi * (np.arange(n) + off) / n
        pts += [(r * np.cos(t), y, r * np.sin(t)) for t in a]
        nrms += [(np.cos(t), -slope, np.sin(t)) for t in a]
    for k in range(11):  # a star of holes in its floor
        a, rr = 2 * np.pi * (k % 5) / 5, (0.0, 0.06, 0.12)[(k + 4) // 5]
        pts.append((rr * np.cos(a), 0.08, rr * np.sin(a)))
        nrms.append((0.0, 1.0, 0.0))
    parts.append(studs(pts, nrms, 0.017, 0.05, "pupil"))
    for s in (-1, 1):  # the side handles, looped out from under the rim
        loop = [(s * 0.44, 0.38, -0.09), (s * 0.54, 0.42, -0.07), (s * 0.57, 0.43, 0.0),
                (s * 0.54, 0.42, 0.07), (s * 0.44, 0.38, 0.09)]  # fmt: skip
        parts.append(tube(loop, 0.018, slot=1, tag="handle"))
    return parts


# ---- 424 ironing board ------------------------------------------------------------------------


def _board_outline(L: float, W: float, n: int = 40) -> np.ndarray:
    """An ironing board seen from above, L long and W wide along x: a square end at -x with
    rounded corners, the other end tapering to a rounded point. (n, 2), round the origin."""
    s = np.linspace(0.0, 1.0, n // 2)
    x = -L / 2 + L * s
    tip = np.clip((x - (-L / 2 + 0.45 * L)) / (0.55 * L), 0.0, 1.0)
    half = W / 2 * (1 - tip**2.2) ** 0.55
    corner = np.clip((x + L / 2) / 0.05, 0.0, 1.0)
    half *= 0.75 + 0.25 * np.sqrt(corner)
    upper = np.stack([x, half + 1e-3], 1)
    lower = np.stack([x[::-1], -half[::-1] - 1e-3], 1)
    return np.concatenate([upper, lower])


def _ironing_board(rng: Rng) -> list[Part]:
    """An ironing board: a long padded board, square at one end and pointed at the other, on
    crossed folding legs with rubber-capped feet, an iron standing on the wire rest at its
    square end, its cord hanging down."""
    L, W, Y = 1.5, 0.42, 0.86
    shape = _board_outline(L, W)
    parts = [slab(sharp(shape * 0.98), 0.02, at(0, Y - 0.03, 0) @ _FLAT, 1)]  # the plate
    pad = [(0.0, Y - 0.02), (0.97, Y - 0.02), (1.0, Y + 0.0), (0.985, Y + 0.022), (0.95, Y + 0.03),
           (0.0, Y + 0.032)]  # fmt: skip
    parts.append(lathe(pad, None, 0, "body", shape=np.c_[shape[:, 0], -shape[:, 1]]))  # the pad
    # the legs: two frames crossing under it, each two rails and a foot bar
    for xa, xb, zr in ((-0.55, 0.3, 0.16), (0.5, -0.4, 0.12)):
        for s in (-1, 1):
            parts.append(stick((xa, 0.03, s * zr), (xb, Y - 0.04, s * zr), 0.014, 1))
        parts.append(stick((xa, 0.03, -zr - 0.06), (xa, 0.03, zr + 0.06), 0.016, 1))
        for s in (-1, 1):
            cap = at(xa, 0.03, s * (zr + 0.07)) @ ALONG_Z @ at(0, -0.03, 0)
            parts.append(cylinder(0.025, 0.025, 0.06, cap, "cloth-dark"))
        parts.append(stick((xb, Y - 0.04, -zr), (xb, Y - 0.04, zr), 0.012, 1))
    parts.append(stick((-0.12, Y * 0.5, -0.2), (-0.12, Y * 0.5, 0.2), 0.012, 1))  # the pivot
    # the iron's rest past the square end, the iron standing on it
    xr = -L / 2 - 0.12
    rest = [(-0.12, -0.1), (0.1, -0.12), (0.1, 0.12), (-0.12, 0.1)]
    parts.append(slab(sharp(rest), 0.015, at(xr + 0.01, Y - 0.01, 0) @ _FLAT, 1))
    iron = at(xr + 0.02, Y, 0.0) @ rot("y", float(rng.uniform(-15, 15))) @ scl(0.3)
    for p in reslot(steam_iron(rng), {0: 1, 1: "marking"}):
        if p.slot != "cloth-dark":
            parts.append(p.moved(iron @ rot("y", -20)))
    cord = [(xr - 0.06, Y + 0.09, 0.0), (xr - 0.14, Y + 0.06, 0.02), (xr - 0.18, Y - 0.2, 0.04),
            (xr - 0.14, 0.3, 0.08), (xr - 0.1, 0.06, 0.16), (xr - 0.02, 0.012, 0.24),
            (xr + 0.25, 0.012, 0.3)]  # fmt: skip
    parts.append(tube(cord, 0.01, slot="cloth-dark"))
    return parts


# ---- 425 stepladder ---------------------------------------------------------------------------


def _stepladder(rng: Rng) -> list[Part]:
    """An A-frame stepladder: two splayed frames hinged under a top cap, flat ribbed treads
    up the front, cross braces on the back legs, a spreader brace on each side and the
    paint-can shelf folded out from the back with a can on it."""
    H = 1.5
    top_f, top_b = v3(0, H - 0.04, 0.05), v3(0, H - 0.04, -0.07)
    foot_f, foot_b = v3(0, 0, 0.42), v3(0, 0, -0.5)
    wb, wt = 0.29, 0.23  # half widths at the feet and the top

    def front(t: float, s: int) -> np.ndarray:  # a point up the front rails (t: 0 feet, 1 top)
        return foot_f + (top_f - foot_f) * t + v3(s * (wb + (wt - wb) * t), 0, 0)

    def back(t: float, s: int) -> np.ndarray:
        return foot_b + (top_b - foot_b) * t + v3(s * (wb + (wt - wb) * t), 0, 0)

    parts = []
    for s in (-1, 1):
        parts.append(square_bar(front(0, s), front(1, s), 0.035, 0.085, 0, "body" if s < 0 else ""))
        parts.append(square_bar(back(0, s), back(1, s), 0.035, 0.06, 0))
        for p in (front(0, s), back(0, s)):
            parts.append(box(0.05, 0.04, 0.09, at(*p), "cloth-dark"))
    steps = 4
    for k in range(steps):  # the treads, flat however the rails lean
        t = (k + 1) / (steps + 1.1)
        a, b = front(t, -1), front(t, 1)
        c = (a + b) / 2
        w = float(b[0] - a[0]) - 0.03
        parts.append(box(w, 0.03, 0.13, at(c[0], c[1] - 0.03, c[2] - 0.01), 0))
        for j in range(4):
            parts.append(box(w, 0.008, 0.012, at(c[0], c[1], c[2] - 0.055 + 0.03 * j), 0))
    cap = at(0, H - 0.06, -0.01)  # the top cap
    parts.append(box(2 * wt + 0.1, 0.07, 0.3, cap, 1))
    parts.append(box(2 * wt - 0.05, 0.012, 0.2, cap @ at(0, 0.064, 0), "cloth-dark"))
    for t in (0.25, 0.55):  # cross braces on the back legs
        parts.append(square_bar(back(t, -1), back(t, 1), 0.03, 0.015, 0))
    parts.append(square_bar(back(0.25, -1), back(0.55, 1), 0.025, 0.012, 0))
    for s in (-1, 1):  # the spreader braces, kinked at their hinges
        a, b = front(0.48, s) + v3(s * 0.025, 0, 0), back(0.48, s) + v3(s * 0.025, 0, 0)
        mid = (a + b) / 2 - v3(0, 0.04, 0)
        parts.append(square_bar(a, mid, 0.008, 0.025, "steel"))
        parts.append(square_bar(mid, b, 0.008, 0.025, "steel"))
        parts.append(cylinder(0.012, 0.012, 0.02, at(*mid) @ ALONG_X @ at(0, -0.01, 0), "steel"))
    # the paint-can shelf from the back legs, level, and a can on it
    ys = 0.68 * H
    tb = (ys - foot_b[1]) / (top_b[1] - foot_b[1])
    z0 = float(back(tb, 1)[2])
    parts.append(box(2 * wt + 0.02, 0.025, 0.3, at(0, ys, z0 + 0.12), 1))
    parts.append(box(2 * wt + 0.02, 0.04, 0.02, at(0, ys, z0 + 0.27), 1))
    can = at(float(rng.uniform(-0.1, 0.1)), ys + 0.025, z0 + 0.12)
    parts.append(cylinder(0.085, 0.085, 0.16, can, "snow"))
    parts.append(cylinder(0.088, 0.088, 0.07, can @ at(0, 0.045, 0), "plume"))
    parts.append(torus(0.08, 0.008, can @ at(0, 0.16, 0), "steel"))
    parts.append(tube([(-0.085, 0.12, 0), (-0.06, 0.26, 0), (0.06, 0.26, 0), (0.085, 0.12, 0)],
                      0.004, can, "steel"))  # fmt: skip
    return parts


# ---- 426 laundry basket -----------------------------------------------------------------------


def _basket_wall(wb: float, wt: float, h: float, cols: int, grip: bool):
    """A basket's side as ``flat_solid`` contours: a trapezoid wb wide at its foot and wt at its top,
    h high, pierced by three rows of oval holes (``cols`` across) and, with ``grip``, a
    handle slot near its top."""

    def contours(n: int) -> list[np.ndarray]:
        out = [np.array([(-wb / 2, 0.0), (wb / 2, 0.0), (wt / 2, h), (-wt / 2, h)])]
        rows = (0.2, 0.42, 0.64) if grip else (0.2, 0.42, 0.64, 0.84)
        for fy in rows:
            w = wb + (wt - wb) * fy - 0.08
            for k in range(cols):
                cx = -w / 2 + w * (k + 0.5) / cols
                out.append(_stadium(cx, fy * h, w / cols * 0.62, 0.07, n))
        if grip:
            out.append(_stadium(0.0, 0.84 * h, 0.18, 0.06, n))
        return out

    return contours


def _laundry_basket(rng: Rng) -> list[Part]:
    """A plastic laundry basket flaring to its rim: sides pierced with rows of oval holes, a
    handle slot cut in each end, a rolled rim, and a heap of clothes piled above it, a sleeve
    and a trouser leg hanging over its sides."""
    Lb, Db, Lt, Dt, H = 0.62, 0.4, 0.78, 0.52, 0.45
    slant_l = float(np.hypot(H, (Dt - Db) / 2))
    slant_d = float(np.hypot(H, (Lt - Lb) / 2))
    tilt_l = np.degrees(np.arctan2((Dt - Db) / 2, H))
    tilt_d = np.degrees(np.arctan2((Lt - Lb) / 2, H))
    parts = [box(Lb, 0.02, Db, None, 0, "body")]
    t = 0.016
    for s in (-1, 1):  # long sides (front and back) and the ends
        m = at(0, 0, s * Db / 2) @ rot("x", s * tilt_l) @ at(0, 0, -t / 2)
        parts.append(flat_solid(_basket_wall(Lb, Lt, slant_l, 7, False), t, m, 0))
        m = at(s * Lb / 2, 0, 0) @ rot("z", -s * tilt_d) @ rot("y", 90) @ at(0, 0, -t / 2)
        parts.append(flat_solid(_basket_wall(Db, Dt, slant_d, 4, True), t, m, 0))
    for sx in (-1, 1):  # round corner posts
        for sz in (-1, 1):
            a = v3(sx * Lb / 2, 0, sz * Db / 2)
            b = v3(sx * Lt / 2, H, sz * Dt / 2)
            parts.append(stick(a, b, 0.022, 0))
    ring = []
    for k in range(4):  # the rim: a loop round the top corners, rounded
        sx, sz = ((1, 1), (-1, 1), (-1, -1), (1, -1))[k]
        x, z = sx * Lt / 2, sz * Dt / 2
        bend = [(x, H, z - sz * 0.06), (x - sx * 0.015, H, z - sz * 0.015), (x - sx * 0.06, H, z)]
        ring += bend[:: 1 if sx * sz > 0 else -1]
    parts.append(tube([*ring, ring[0], ring[1]], 0.024, slot=0))
    # the clothes heaped in it: crumpled flat garments, a sleeve and a trouser leg hanging out
    hues = [1, "snow", "plume", "cloth-yellow", "card-red", 1, "cloth-dark", "snow", "plume"]
    order = rng.permutation(len(hues))
    heap = [(-0.2, -0.02, -0.1, 0.22, 0.2, 15, 10), (0.18, 0.0, -0.08, 0.24, 0.2, -30, -8),
            (0.02, 0.05, 0.08, 0.24, 0.17, 60, 14), (-0.14, 0.09, 0.02, 0.18, 0.15, -10, -18),
            (0.2, 0.06, 0.12, 0.16, 0.14, 40, 20), (0.06, 0.13, -0.07, 0.17, 0.12, 5, -10),
            (-0.25, 0.04, 0.14, 0.14, 0.12, 70, 25), (0.0, 0.0, 0.15, 0.24, 0.1, 0, 6),
            (-0.05, 0.16, 0.04, 0.12, 0.1, 110, 8)]  # fmt: skip
    for i, (x, y, z, rx, rz, yaw, roll) in enumerate(heap):
        roll += float(rng.uniform(-8, 8))
        m = at(x, H + y, z) @ rot("y", yaw) @ rot("z", roll) @ scl(rx, 0.05, rz)
        parts.append(sphere(1.0, m, hues[order[i]]))
        fold = at(x, H + y + 0.03, z) @ rot("y", yaw + 40) @ rot("z", roll)
        parts.append(sphere(1.0, fold @ scl(rx * 0.7, 0.04, rz * 0.45), hues[order[i]]))
    bright = [hues[i] for i in order if hues[i] not in ("cloth-dark", "snow")]
    flat = np.stack([np.cos(np.arange(12) * np.pi / 6), 0.5 * np.sin(np.arange(12) * np.pi / 6)], 1)
    sleeve = [(0.06, H + 0.06, Dt / 2 - 0.14), (0.1, H + 0.06, Dt / 2 + 0.02),
              (0.12, H - 0.08, Dt / 2 + 0.05), (0.11, H - 0.24, Dt / 2 + 0.03)]  # fmt: skip
    parts.append(tube(sleeve, [0.055, 0.05, 0.048, 0.05], slot=bright[0], shape=flat))
    cuff = at(0.11, H - 0.26, Dt / 2 + 0.03) @ scl(1.0, 1.0, 0.5)
    parts.append(cylinder(0.052, 0.052, 0.04, cuff, "snow"))
    leg = [(Lt / 2 - 0.16, H + 0.05, -0.02), (Lt / 2 + 0.03, H + 0.05, 0.0),
           (Lt / 2 + 0.06, H - 0.1, 0.02), (Lt / 2 + 0.04, H - 0.3, 0.03)]  # fmt: skip
    parts.append(tube(leg, [0.07, 0.065, 0.065, 0.07], slot=bright[1], shape=flat))
    return parts


# ---- 427 toolbox ------------------------------------------------------------------------------


def _tray(w: float, h: float, d: float, m: np.ndarray, slot=0) -> list[Part]:
    """An open tray w × h × d under ``m``: a floor and four low walls."""
    t = 0.014
    parts = [box(w, t, d, m, slot)]
    for s in (-1, 1):
        parts.append(box(w, h, t, m @ at(0, 0, s * (d - t) / 2), slot))
        parts.append(box(t, h, d, m @ at(s * (w - t) / 2, 0, 0), slot))
    return parts


def _wrench(m: np.ndarray, slot="steel") -> list[Part]:
    """A combination wrench lying flat under ``m``, along x: a flat shank, an open jaw at +x
    and a ring at -x."""
    jaw = [(-0.05, 0.0), (-0.06, 0.05), (-0.03, 0.08), (-0.018, 0.035), (0.018, 0.035),
           (0.03, 0.08), (0.06, 0.05), (0.05, 0.0), (0.02, -0.03), (-0.02, -0.03)]  # fmt: skip
    parts = [box(0.3, 0.014, 0.035, m, slot)]
    parts.append(slab(sharp(jaw), 0.014, m @ at(0.17, 0.007, 0) @ rot("y", 90) @ _FLAT, slot))
    parts.append(torus(0.028, 0.01, m @ at(-0.17, 0.007, 0), slot))
    return parts


def _toolbox(rng: Rng) -> list[Part]:
    """A red metal toolbox opened out: its two cantilever trays lifted up and out to front and
    back on their link arms, a carrying handle arched over the open top, and a screwdriver, a
    wrench and a hammer standing in it, handles up."""
    W, H, D = 0.8, 0.3, 0.36
    parts = [box(W, H, D, None, 0, "body")]
    parts.append(box(W + 0.012, 0.03, D + 0.012, at(0, H - 0.03, 0), 0))  # its rolled top edge
    parts.append(box(W + 0.012, 0.025, D + 0.012, at(0, 0.0, 0), 0))
    parts.append(box(0.09, 0.05, 0.02, at(0, H - 0.08, D / 2), "steel"))  # the latch
    tw, th, td = W - 0.02, 0.08, D / 2 - 0.01
    lift = float(rng.uniform(0.1, 0.13))
    for s in (-1, 1):  # the trays, out to the front (+1) and the back (-1)
        zc = s * (D / 2 + td / 2 - 0.06)
        parts += _tray(tw, th, td, at(0, H + lift, zc), 0)
        for sx in (-1, 1):  # two link arms at each end
            for dz in (-0.05, 0.05):
                a = v3(sx * (W / 2 + 0.012), H - 0.05, s * 0.02 + dz)
                b = v3(sx * (W / 2 + 0.012), H + lift + 0.04, zc - s * 0.02 + dz)
                parts.append(square_bar(a, b, 0.008, 0.025, "steel"))
    handle = [(s * (W / 2 + 0.02), H - 0.08, 0.0) for s in (-1, 1)]
    handle[1:1] = [(s * (W / 2 + 0.02 - d), H + h, 0.0) for s, d, h in
                   ((-1, 0, 0.25), (-1, 0.12, 0.34), (1, 0.12, 0.34), (1, 0, 0.25))]  # fmt: skip
    parts.append(tube(handle, 0.014, slot="steel", tag="handle"))
    parts.append(cylinder(0.026, 0.026, 0.36, at(-0.18, H + 0.34, 0) @ ALONG_X, "cloth-dark"))
    parts.append(box(W - 0.03, 0.006, D - 0.03, at(0, H - 0.003, 0), "pupil"))  # its open top
    # the tools standing in it: a screwdriver, a wrench and a hammer, handles up
    lean = float(rng.uniform(8, 16))
    sd = reslot(screwdriver(rng), {0: "cloth-yellow"})
    up = at(-0.2, H + 0.04, 0.02) @ rot("z", lean) @ rot("x", 80) @ scl(0.8)
    parts += [p.moved(up) for p in sd]
    parts += _wrench(at(0.02, H + 0.02, -0.03) @ rot("y", -20) @ rot("z", 70 + lean) @ scl(1.3))
    parts.append(stick((0.25, H * 0.5, -0.05), (0.3, H + 0.2, -0.02), 0.022, "cork"))
    parts.append(box(0.16, 0.05, 0.05, at(0.3, H + 0.18, -0.02) @ rot("z", -10), "steel"))
    return parts


# ---- 428 bicycle helmet -----------------------------------------------------------------------


def _helmet_radius(alpha):
    """The helmet's outline from above at angle alpha round +x (toward +z first): an oval,
    longer behind than before, drawn out to a tail at the back (-z)."""
    alpha = np.asarray(alpha, float)
    az = np.where(np.sin(alpha) > 0, 0.36, 0.46)
    r = 1.0 / np.sqrt((np.cos(alpha) / 0.31) ** 2 + (np.sin(alpha) / az) ** 2)
    return r + 0.07 * np.clip(-np.sin(alpha), 0.0, None) ** 12


_HELMET_H, _HELMET_LEAN = 0.44, 0.06
"""The helmet's height, and how far its crown sits forward of the middle of its rim."""


def _helmet_at(u, alpha) -> np.ndarray:
    """A point of the helmet's shell: u from its rim (0) to its crown (1), alpha round it."""
    u, alpha = np.broadcast_arrays(np.asarray(u, float), np.asarray(alpha, float))
    rho = np.sqrt(np.clip(1.0 - u**2, 0.0, None)) * _helmet_radius(alpha)
    return np.stack(
        [rho * np.cos(alpha), _HELMET_H * u, _HELMET_LEAN * u**2 + rho * np.sin(alpha)], -1
    )


def _helmet_height(x: np.ndarray, z: np.ndarray) -> np.ndarray:
    """The height of the helmet's shell over each (x, z) (0 off it)."""
    u = np.linspace(0.0, 1.0, 81)[:, None]
    dz = z[None, :] - _HELMET_LEAN * u**2
    rho = np.sqrt(np.clip(1.0 - u**2, 0.0, None)) * _helmet_radius(np.arctan2(dz, x[None, :]))
    inside = np.hypot(x[None, :], dz) <= rho
    top = np.where(inside, u, 0.0).max(0)
    return _HELMET_H * top * inside.any(0)


def _vent(x: np.ndarray, z: np.ndarray, width: float) -> Part:
    """A dark vent slot lying in the helmet's shell along the points (x, z): a flat pill,
    its flat side along the shell, tapering to round ends."""
    e = 0.01
    xs = np.concatenate([x, x + e, x - e, x, x])
    hs = _helmet_height(xs, np.concatenate([z, z, z, z + e, z - e])).reshape(5, -1)
    y, gx, gz = hs[0], (hs[1] - hs[2]) / (2 * e), (hs[3] - hs[4]) / (2 * e)
    nrm = np.stack([-gx, np.ones_like(gx), -gz], 1)
    nrm /= np.linalg.norm(nrm, axis=1, keepdims=True)
    c = np.stack([x, y, z], 1) - nrm * 0.002
    tan = np.gradient(c, axis=0)
    side = np.cross(tan, nrm)
    side /= np.linalg.norm(side, axis=1, keepdims=True)
    k = np.linspace(-1.0, 1.0, len(c))
    radii = width / 2 * np.sqrt(np.clip(1.0 - k**6, 0.0, None))
    radii[0] = radii[-1] = 0.0
    t = np.arange(12) * (np.pi / 6)
    shape = np.stack([np.cos(t), 0.35 * np.sin(t)], 1)
    sweep = Sweep(c, side, nrm, radii, shape)
    return Part(lambda k: sweep, np.eye(4), "pupil")


def _helmet_shell(slot, tag: str) -> Part:
    """The helmet's shell: rings of its outline shrinking up to a crown set forward of the
    middle, so its back slopes long and low to the tail and its front rises steeply."""
    al = np.arange(48) * (2 * np.pi / 48)
    rr = _helmet_radius(al)
    shape = np.stack([rr * np.cos(al), -rr * np.sin(al)], 1)  # (x, -z): the lathe's frame
    u = np.sin(np.linspace(0.0, np.pi / 2, 12))
    rho = np.concatenate([[0.0], np.sqrt(1.0 - u**2)])
    c = np.zeros((13, 3))
    c[1:, 1] = _HELMET_H * u
    c[1:, 2] = _HELMET_LEAN * u**2
    sweep = Sweep(c, np.tile([1.0, 0, 0], (13, 1)), np.tile([0, 0, -1.0], (13, 1)), rho, shape)
    return Part(lambda k: sweep, np.eye(4), slot, tag)


def _helmet(rng: Rng) -> list[Part]:
    """A cycling helmet resting on its rim: an elongated aerodynamic shell sloping back to a
    tail, long dark vent slots running front to back, a small visor over the brow, and its
    straps hanging down to a buckle lying before it."""
    parts = [_helmet_shell(0, "body")]
    al = np.arange(48) * (2 * np.pi / 48)
    rr = _helmet_radius(al)
    shape = np.stack([rr * np.cos(al), -rr * np.sin(al)], 1)  # (x, -z): the lathe's frame
    c = np.array([[0.0, 0.0, 0.0], [0, 0, 0], [0, 0.045, 0], [0, 0.045, 0]])
    band = Sweep(c, np.tile([1.0, 0, 0], (4, 1)), np.tile([0, 0, -1.0], (4, 1)),
                 np.array([0.0, 1.01, 1.01, 0.0]), shape)  # fmt: skip
    parts.append(Part(lambda k: band, np.eye(4), "cloth-dark"))  # the liner round its rim
    for x in (-0.2, -0.12, -0.04, 0.04, 0.12, 0.2):  # the vents: long slots front to back
        w = 0.05 - 0.012 * abs(x) / 0.2
        for z0, z1 in ((0.36, 0.02), (-0.06, -0.5)):
            zs = np.linspace(z0, z1, 9)
            ys = _helmet_height(np.full_like(zs, x), zs)
            if (ys > 0.3 * _HELMET_H).sum() >= 4:
                zs = zs[ys > 0.3 * _HELMET_H]
                parts.append(_vent(np.full_like(zs, x), zs, w))
    for s in (-1, 1):  # short vents low on each side
        pts = [_helmet_at(0.38, np.pi / 2 - s * (np.pi / 2 - a)) for a in (0.25, 0.05, -0.2)]
        parts.append(tube(np.array(pts) * [0.99, 1, 1], [0.005, 0.02, 0.005], slot="pupil"))
    brow = [(0.0, -0.2)]  # the visor, its inner edge hidden in the shell
    for a in np.radians(np.linspace(55, 125, 9)):
        r = float(_helmet_radius(a)) * 0.96 + 0.07
        brow.append((r * np.cos(a), -r * np.sin(a)))
    visor = at(0, 0.14, 0) @ rot("x", -8) @ _FLAT
    parts.append(slab(sharp(np.array(brow)), 0.014, visor, 1))
    # the straps: from each side down to the ground and forward to the buckle
    tilt = float(rng.uniform(-0.04, 0.04))
    for s in (-1, 1):
        for z in (0.1, -0.2):
            pts = [(s * 0.29, 0.06, z), (s * 0.33, 0.03, (z - 0.02) / 2), (s * 0.33, 0.01, -0.02)]
            parts.append(tube(pts, 0.01, slot="cloth-dark"))
        strap = [(s * 0.33, 0.01, -0.02), (s * 0.3, 0.01, 0.3), (s * 0.13, 0.01, 0.5 + tilt * s),
                 (s * 0.035, 0.01, 0.55)]  # fmt: skip
        parts.append(tube(strap, 0.011, slot="cloth-dark"))
    parts.append(box(0.05, 0.022, 0.045, at(-0.03, 0.0, 0.55), "pupil"))  # the buckle's halves
    parts.append(box(0.05, 0.018, 0.04, at(0.025, 0.0, 0.55), 1))
    turn = rot("y", float(rng.uniform(-20, -10)))  # its nose a little to the left
    return [p.moved(turn) for p in parts]


# ---- 429 stethoscope --------------------------------------------------------------------------


def _stethoscope(rng: Rng) -> list[Part]:
    """A stethoscope lying in a loose loop: its round chest piece (a bright rim round a dark
    diaphragm) on a long tube that curls round and up to a Y, the two metal ear tubes from
    it held by a spring bar, curving in to their black ear tips."""
    y = 0.035
    R = 0.032
    cp = v3(0.32, 0.0, 0.36)  # the chest piece
    parts = [cylinder(0.15, 0.14, 0.05, at(*cp), 1)]
    parts.append(torus(0.14, 0.014, at(*cp) @ at(0, 0.05, 0), 1))
    parts.append(cylinder(0.13, 0.13, 0.056, at(*cp), "cloth-dark"))  # the diaphragm
    stem = cp + v3(-0.15, y, -0.05)
    parts.append(stick(cp + v3(-0.1, y, -0.03), stem + v3(-0.06, 0, -0.02), 0.018, 1))
    wob = float(rng.uniform(-0.04, 0.04))
    loop = [stem + v3(-0.05, 0, -0.02), (-0.05, y, 0.28), (-0.38, y, 0.2 + wob), (-0.48, y, -0.05),
            (-0.3, y, -0.3), (0.05, y, -0.32), (0.3, y, -0.18 + wob), (0.32, y, 0.02),
            (0.1, y, 0.08), (-0.1, y, -0.02), (-0.15, y, -0.12)]  # fmt: skip
    parts.append(tube(loop, R, slot=0, tag="body"))
    yj = v3(-0.15, y, -0.14)  # the Y, where the tube parts into the two ear tubes
    parts.append(sphere(1.0, at(*yj) @ scl(0.04, 0.03, 0.05), 1))
    for s in (-1, 1):
        ear = [yj, yj + v3(s * 0.08, 0, -0.15), yj + v3(s * 0.14, 0.01, -0.32),
               yj + v3(s * 0.14, 0.03, -0.48), yj + v3(s * 0.09, 0.05, -0.56)]  # fmt: skip
        parts.append(tube(ear[:2], R * 0.9, slot=0))
        parts.append(tube(ear[1:], 0.013, slot=1))
        tip = ear[-1] + v3(-s * 0.035, 0.005, -0.01)
        parts.append(sphere(1.0, at(*tip) @ scl(0.04, 0.035, 0.035), "pupil"))
    bar = [yj + v3(-0.12, 0.012, -0.27), yj + v3(0, 0.03, -0.24), yj + v3(0.12, 0.012, -0.27)]
    parts.append(tube(bar, 0.012, slot=1, shape=np.array([[-1, -0.4], [1, -0.4], [1, 0.4],
                                                          [-1, 0.4]])))  # fmt: skip
    return parts


# ---- 430 water cooler -------------------------------------------------------------------------


def _water_cooler(rng: Rng) -> list[Part]:
    """An office water cooler: a tall cabinet with a big blue water bottle upside down on its
    top, ribbed and necked into it; a dark recess in its front with a red and a blue tap over
    a grilled drip tray, and a tube of paper cups on its side."""
    W, H, D = 0.42, 1.0, 0.4
    parts = [slab(rrect_outline(W, H, 0.04), D, at(0, H / 2, 0), 0, "body")]
    parts.append(box(W + 0.02, 0.05, D + 0.02, at(0, 0, 0), "cloth-dark"))  # its plinth
    parts.append(slab(rrect_outline(W + 0.03, 0.04, 0.015), D + 0.03, at(0, H, 0), 0))
    parts.append(cylinder(0.09, 0.1, 0.04, at(0, H + 0.02, 0), 1))  # the collar
    bottle = [(0.0, H + 0.02), (0.05, H + 0.02), (0.05, H + 0.1), (0.09, H + 0.12),
              (0.16, H + 0.17), (0.18, H + 0.24), (0.18, H + 0.56), (0.16, H + 0.62),
              (0.1, H + 0.645), (0.0, H + 0.65)]  # fmt: skip
    parts.append(lathe(bottle, None, 1, "bottle"))
    for y in (0.33, 0.45):  # its ribs
        parts.append(torus(0.181, 0.01, at(0, H + y, 0), 1))
    # the recess in its front, the taps and the drip tray
    ry0, ry1 = 0.5, 0.82
    rec = at(0, (ry0 + ry1) / 2, D / 2 - 0.01)
    parts.append(slab(rrect_outline(W - 0.1, ry1 - ry0, 0.03), 0.03, rec, "marking"))
    for s, hue in ((-1, "card-red"), (1, "plume")):
        tap = at(s * 0.08, ry1 - 0.09, D / 2)
        parts.append(cylinder(0.03, 0.03, 0.06, tap @ ALONG_Z, "snow"))  # its body
        parts.append(cylinder(0.014, 0.012, 0.05, tap @ at(0, 0, 0.045) @ rot("x", 180), "snow"))
        parts.append(box(0.045, 0.07, 0.03, tap @ at(0, 0.01, 0.04) @ rot("x", -10), hue))
    tray = at(0, ry0 - 0.01, D / 2 + 0.03)
    parts.append(box(W - 0.12, 0.035, 0.1, tray, "cloth-dark"))
    for k in range(6):
        parts.append(box(0.008, 0.006, 0.09, tray @ at(-0.1 + 0.04 * k, 0.035, 0), "steel"))
    for k in range(6):  # the vents low on its front, and a line round its door
        parts.append(box(W - 0.16, 0.008, 0.006, at(0, 0.12 + 0.025 * k, D / 2 + 0.002), "marking"))
    parts.append(box(W - 0.08, 0.006, 0.006, at(0, 0.4, D / 2 + 0.002), "marking"))
    cups = at(W / 2 + 0.04, 0.55, 0.05)  # the cups' tube, on its side
    parts.append(cylinder(0.038, 0.038, 0.3, cups, "pane"))
    for k in range(6):
        parts.append(cylinder(0.034, 0.03, 0.04, cups @ at(0, 0.02 + 0.045 * k, 0), "snow"))
    parts.append(box(0.02, 0.34, 0.04, at(W / 2 + 0.005, 0.53, 0.05), "steel"))
    del rng
    return parts


# ---- 431 pencil sharpener ---------------------------------------------------------------------


def _ruffle(n: int) -> np.ndarray:
    """A pencil shaving's frilled rim: a circle rippling in and out."""
    t = np.arange(n) * (2 * np.pi / n)
    r = 1.0 + 0.12 * np.sin(5 * t)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _pencil_sharpener(rng: Rng) -> list[Part]:
    """A desk pencil sharpener: a rounded box on a broad foot, a pencil pushed into the hole of
    the guide dial on its front, a crank handle on its side with a wooden knob, the shavings
    drawer below and curly shavings lying on the desk."""
    W, H, D = 0.36, 0.34, 0.32
    parts = [slab(rrect_outline(W, H, 0.08), D, at(0, 0.04 + H / 2, 0), 0, "body")]
    parts.append(slab(rrect_outline(W + 0.14, D + 0.1, 0.04), 0.04, at(0, 0.02, 0) @ _FLAT, 0))
    drawer = at(0, 0.12, D / 2 + 0.005)  # the shavings drawer
    parts.append(slab(rrect_outline(W - 0.06, 0.13, 0.02), 0.02, drawer, 1))
    parts.append(box(0.1, 0.012, 0.03, drawer @ at(0, 0.02, 0.015), "marking"))
    guide = at(-0.02, 0.3, D / 2)  # the guide dial round the pencil hole
    parts.append(cylinder(0.09, 0.085, 0.03, guide @ ALONG_Z, 1))
    for k in range(8):
        a = 2 * np.pi * k / 8
        spot = guide @ at(0.065 * np.cos(a), 0.065 * np.sin(a), 0.03) @ ALONG_Z
        parts.append(cylinder(0.01, 0.01, 0.006, spot, "marking"))
    parts.append(cylinder(0.042, 0.042, 0.035, guide @ ALONG_Z, "pupil"))
    yaw = float(rng.uniform(-8, 8))
    parts += pencil(guide @ rot("y", yaw) @ ALONG_Z @ at(0, -0.06, 0), 0.5)
    # the crank on its right side: an axle, a bent arm round to a wooden knob
    ax = v3(W / 2, 0.26, 0.0)
    parts.append(cylinder(0.05, 0.045, 0.03, at(*ax) @ ALONG_X, 1))
    turn = np.radians(float(rng.uniform(200, 250)))
    tip = ax + v3(0.05, 0.17 * np.sin(turn), 0.17 * np.cos(turn))
    arm = [ax + v3(0.03, 0, 0), ax + v3(0.05, 0, 0), tip]
    parts.append(tube(arm, 0.016, slot="steel", tag="handle"))
    parts.append(sphere(0.028, at(*(ax + v3(0.04, 0, 0))), "steel"))
    parts.append(lathe([(0.0, 0.0), (0.03, 0.0), (0.038, 0.05), (0.032, 0.1), (0.036, 0.13),
                        (0.0, 0.14)], at(*tip) @ ALONG_X, 1))  # fmt: skip
    # curly shavings on the desk before it, their painted edges frilled
    ruffle = _ruffle(20)
    cone = [(0.25, 0.0), (1.0, 0.3), (1.04, 0.36), (0.3, 0.1)]
    for _ in range(7):
        x = float(rng.uniform(-0.45, 0.05))
        z = float(rng.uniform(0.28, 0.52))
        size = float(rng.uniform(0.04, 0.06))
        tilt = rot("x", float(rng.uniform(-60, 60))) @ rot("z", float(rng.uniform(-30, 30)))
        m = at(x, 0.045, z) @ rot("y", float(rng.uniform(0, 360))) @ tilt @ scl(size)
        parts.append(lathe(cone, m, "pencil-wood", closed=True, shape=ruffle))
        parts.append(lathe([(0.98, 0.28), (1.05, 0.3), (1.06, 0.38), (0.99, 0.36)], m,
                           "cloth-yellow", closed=True, shape=ruffle))  # fmt: skip
    return parts


MORE_APPLIANCES_O = {
    420: _dustpan, 421: _scale, 422: _paint_roller, 423: _colander, 424: _ironing_board,
    425: _stepladder, 426: _laundry_basket, 427: _toolbox, 428: _helmet, 429: _stethoscope,
    430: _water_cooler, 431: _pencil_sharpener,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
