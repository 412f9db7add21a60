"""More of the device family's appliances, from 564: a pair of gloves, a whiteboard, bubble
wrap, a feather duster, a ball of yarn, a washing line, an umbrella stand, a bottle opener, a
high chair, a nappy, a dog bed, a garden shed.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material. The gloves,
the nappy and the duster's head are smooth solids (signed-distance fields meshed by marching
cubes, ``_sdf``).
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import (
    ALONG_X,
    band,
    castor,
    ccw,
    cone,
    disc,
    ellipse,
    flat_solid,
    hoop,
    rect_ring,
    rope,
    rounded,
    rrect,
    solid,
    window,
)
from ._lettering import paint_strokes
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import Shape, spine
from ._sdf import ellipsoid as blob
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZA"]

Rng = np.random.Generator


# ---- helpers ----------------------------------------------------------------------------------


def _facing(p, normal, up=(0.0, 1.0, 0.0)) -> np.ndarray:
    """A placement at point p whose +z looks along ``normal`` and whose +y is as near ``up``
    as that allows (a patch laid on a surface)."""
    z = np.asarray(normal, float)
    z = z / np.linalg.norm(z)
    y = np.asarray(up, float) - z * np.dot(up, z)
    y = y / max(np.linalg.norm(y), 1e-9)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = np.cross(y, z), y, z, p
    return m


# ---- 564 pair of gloves -----------------------------------------------------------------------


def _glove_shapes() -> list[Shape]:
    """A right glove lying palm down, its fingers toward -z and its cuff's open end toward
    +z: a flat hand, four fingers splayed a little, the thumb out to the -x side, and a cuff
    flaring to a hollow opening."""
    y = 0.07
    shapes = [blob((0.0, y, 0.0), (0.16, 0.062, 0.19))]  # the back of the hand
    for x, length, turn in ((-0.108, 0.25, -7), (-0.036, 0.29, -2), (0.036, 0.27, 3),
                            (0.104, 0.21, 10)):  # fmt: skip
        a = np.radians(turn)
        base = (x, 0.05, -0.12)
        tip = (x + length * np.sin(a), 0.036, -0.12 - length * np.cos(a))
        shapes.append(cone(base, tip, 0.034, 0.03, 0.025))
    thumb = [(-0.1, 0.055, 0.07), (-0.2, 0.045, -0.01), (-0.27, 0.037, -0.11)]
    shapes += rope(thumb, [0.043, 0.037, 0.032], 0.03, 0.01)
    shapes += spine([(0.0, y, 0.1), (0.0, y + 0.004, 0.36)], [0.125, 0.15], [0.062, 0.074], 0.05)
    shapes += spine([(0.0, y + 0.004, 0.24), (0.0, y + 0.006, 0.5)], [0.1, 0.118],
                    [0.036, 0.046], -0.01)  # fmt: skip  # the opening
    return shapes


def _glove(m: np.ndarray, tag: str = "") -> list[Part]:
    """A right glove under ``m`` (mirror it for a left one): the leather hand, three lines of
    stitching down its back and a seam round its cuff."""
    parts = [solid(_glove_shapes(), 0.02, 0, tag).moved(m)]
    for x in (-0.055, 0.0, 0.055):  # the stitched "points" down the back of the hand
        line = []
        for z in (0.1, 0.04, -0.02, -0.07):
            h = np.sqrt(max(1 - (x / 0.16) ** 2 - (z / 0.19) ** 2, 0.0))
            line.append((x, 0.072 + 0.062 * h, z))
        parts.append(tube(line, 0.005, m, 1))
    t = np.linspace(0.0, 2 * np.pi, 17)
    seam = [(0.146 * np.cos(a), 0.072 + 0.072 * np.sin(a), 0.3) for a in t]
    parts.append(tube([*seam, seam[1]], 0.008, m, 1))  # the seam round the cuff
    return parts


def _gloves(rng: Rng) -> list[Part]:
    """A pair of leather gloves lying side by side, palms down and thumbs inward: each empty
    and flat, five distinct fingers, stitching down its back and a short cuff with a seam."""
    turn = float(rng.uniform(6, 12))
    parts = _glove(at(0.23, 0, 0.02) @ rot("y", -turn), "body")
    parts += _glove(at(-0.23, 0, -0.02) @ rot("y", turn) @ scl(-1, 1, 1))
    return parts


# ---- 565 whiteboard ---------------------------------------------------------------------------


def _whiteboard(rng: Rng) -> list[Part]:
    """A whiteboard on a wheeled stand: a white board in a thin aluminium frame between two
    posts on castored feet, a marker tray along its bottom edge with two markers, and a few
    coloured scribbles on it (lines of writing, a boxed diagram, a rising chart)."""
    W, H, y0 = 1.3, 0.82, 0.8
    parts = [rect_ring(W + 0.05, H + 0.05, 0.03, 0.05, at(0, y0 + H / 2, -0.02) @ rot("x", 90),
                        0)]  # fmt: skip
    parts.append(box(W, H, 0.03, at(0, y0, -0.015), "snow"))  # the board
    face = at(-W / 2, y0, 0.016)
    writing = []
    for k, (x0, x1) in enumerate(((0.08, 0.62), (0.08, 0.5), (0.08, 0.56))):
        y = 0.7 - 0.09 * k
        xs = np.arange(x0, x1, 0.028)
        writing.append([(x, y + (0.022 if i % 2 else -0.012)) for i, x in enumerate(xs)])
    parts += paint_strokes(writing[:1], face, 0.012, "plume")
    parts += paint_strokes(writing[1:], face, 0.009, "marking")
    box_ = [(0.8, 0.5), (1.15, 0.5), (1.15, 0.72), (0.8, 0.72), (0.8, 0.5)]
    arrow = [[(0.65, 0.4), (0.82, 0.48)], [(0.75, 0.48), (0.82, 0.48), (0.78, 0.42)]]
    parts += paint_strokes([box_, *arrow], face, 0.012, "card-red")
    rise = [(0.15 + 0.09 * i, 0.1 + 0.05 * i + float(rng.uniform(0.0, 0.06))) for i in range(6)]
    parts += paint_strokes([[(0.12, 0.38), (0.12, 0.08), (0.7, 0.08)], rise], face, 0.011, "vine")
    parts.append(box(W * 0.9, 0.02, 0.08, at(0, y0 - 0.04, 0.03), 0))  # the marker tray
    parts.append(box(W * 0.9, 0.04, 0.012, at(0, y0 - 0.04, 0.07), 0))
    for x, cap in ((-0.2, "card-red"), (0.05, "plume")):  # the markers
        pen = at(x, y0 - 0.004, 0.035) @ ALONG_X
        parts.append(cylinder(0.015, 0.015, 0.12, pen, "snow"))
        parts.append(cylinder(0.016, 0.016, 0.045, pen @ at(0, 0.12, 0), cap))
    for s in (-1, 1):  # the stand: posts on castored feet, a crossbar, the board's pivots
        x = s * (W / 2 + 0.07)
        parts.append(box(0.045, 1.7, 0.045, at(x, 0.12, 0), 0, "body" if s < 0 else ""))
        parts.append(box(0.06, 0.05, 0.64, at(x, 0.1, 0), 0))
        for z in (-0.27, 0.27):
            parts += castor(x, z, 0.04, 0.0, 1)
        parts.append(cylinder(0.035, 0.035, 0.06, at(x - s * 0.03, y0 + H / 2, 0) @ ALONG_X, 1))
    parts.append(box(W + 0.14, 0.04, 0.04, at(0, 0.35, 0), 0))
    return parts


# ---- 566 bubble wrap --------------------------------------------------------------------------

_BUBBLE = [(0.0, -0.014), (0.05, 0.006), (0.0, 0.026)]
"""A bubble's profile: a round lens, its lower part sunk in the sheet."""


def _bubble_wrap(rng: Rng) -> list[Part]:
    """A sheet of bubble wrap lying flat, its far end rolled up into a loose roll, a grid of
    small round clear bubbles over its face and round the roll."""
    W, zf, zc, R0 = 1.2, 0.5, -0.25, 0.15
    t = 0.008
    parts = [box(W, t, zf - zc, at(0, 0, (zf + zc) / 2), 0, "body")]
    phi = np.linspace(0.0, 3.4 * np.pi, 30)
    R = R0 * (1 - 0.5 * phi / phi[-1])
    roll = [
        (0.0, R0 - r * np.cos(f) + t / 2, zc - r * np.sin(f)) for f, r in zip(phi, R, strict=True)
    ]
    flat = np.array([[-0.5, -1.0], [0.5, -1.0], [0.5, 1.0], [-0.5, 1.0]]) * [t, W / 2]
    parts.append(tube(roll, 1.0, slot=0, shape=flat))
    step = 0.115
    xs = np.arange(-W / 2 + 0.06, W / 2 - 0.04, step)
    for i, z in enumerate(np.arange(zf - 0.06, zc, -step)):
        for x in xs + (step / 2 if i % 2 else 0.0):
            if x < W / 2 - 0.04:
                parts.append(lathe(_BUBBLE, at(x, t, z), 1, sides=8))
    for i, f in enumerate(np.linspace(0.9 * np.pi, 1.75 * np.pi, 4)):  # round the roll
        r = R0 * (1 - 0.5 * f / phi[-1]) + t / 2
        n = v3(0, -np.cos(f), -np.sin(f))
        c = v3(0, R0 + t / 2, zc) + n * r
        for x in xs + (step / 2 if i % 2 else 0.0):
            if x < W / 2 - 0.04:
                parts.append(lathe(_BUBBLE, at(x, c[1], c[2]) @ align(n), 1, sides=8))
    del rng
    return parts


# ---- 567 feather duster -----------------------------------------------------------------------


def _feather_duster(rng: Rng) -> list[Part]:
    """A feather duster lying on the floor: a long turned wooden handle with a hanging cord,
    bound at its top, and a big fluffy round head of many soft feathers sticking out every
    way."""
    L, R = 1.05, 0.44  # the head's centre up the handle, and its feathers' reach
    parts = [lathe([(0.0, 0.0), (0.032, 0.0), (0.036, 0.03), (0.026, 0.4), (0.03, 0.6),
                    (0.042, 0.7), (0.0, 0.72)], None, 1)]  # fmt: skip
    parts.append(torus(0.03, 0.007, at(0, 0.62, 0), "cork"))  # the binding
    parts.append(torus(0.045, 0.006, at(0, -0.03, 0) @ rot("x", 90), "cork"))  # the cord
    c = v3(0, L, 0)
    shapes = [blob(c, (0.24, 0.26, 0.24)), blob((0, 0.8, 0), (0.08, 0.14, 0.08), blend=0.06)]
    n = 72
    golden = np.pi * (3 - np.sqrt(5))
    for i in range(n):  # the feathers, each a soft lobe out from the core
        y = 1 - 2 * (i + 0.5) / n
        if y < -0.8:
            continue
        r = np.sqrt(1 - y * y)
        d = v3(r * np.cos(golden * i), y, r * np.sin(golden * i)) + v3(*rng.normal(0, 0.07, 3))
        d /= np.linalg.norm(d)
        reach = R * float(rng.uniform(0.85, 1.0))
        half = 0.5 * (reach - 0.12)
        shapes.append(
            blob(
                c + d * (reach - half), (0.06, half, 0.025), align(d) @ rot("y", 70 * i), blend=0.03
            )
        )
    parts.append(solid(shapes, 0.024, 0, "body"))
    tilt = np.degrees(np.arcsin((R - 0.036) / L))
    lie = at(-0.4, 0.05, 0.3) @ rot("y", 37) @ rot("z", -(90 - tilt))
    return [p.moved(lie) for p in parts]


# ---- 568 ball of yarn -------------------------------------------------------------------------


def _yarn_ball(rng: Rng) -> list[Part]:
    """A ball of wool: a round ball wound in bands of strands crossing over it every way, a
    loose strand trailing off across the floor, two knitting needles stuck through it."""
    R = 0.32
    c = v3(0, R, 0)
    parts = [sphere(R, at(*c) @ scl(1, 0.96, 1), 0, "body")]
    normals = [(0.2, 1.0, 0.1), (1.0, 0.3, 0.2), (0.1, 0.3, 1.0), (0.8, -0.5, 0.6),
               (-0.7, 0.5, 0.7), (0.6, 0.7, -0.5), (-0.5, -0.2, -0.9)]  # fmt: skip
    for nx, ny, nz in normals:  # bands of parallel strands, each group its own way round
        n = v3(nx, ny, nz) + v3(*rng.normal(0, 0.1, 3))
        n /= np.linalg.norm(n)
        for j in range(-2, 3):
            d = 0.034 * j
            big = float(np.sqrt((R + 0.004) ** 2 - d * d))
            parts.append(hoop(big, 0.013, at(*(c + n * d)) @ align(n), 0))
    out = v3(0.45, -0.55, 0.7)
    out /= np.linalg.norm(out)
    p0 = c + out * R
    trail = [p0, (p0[0] + 0.08, 0.013, p0[2] + 0.1), (0.45, 0.013, 0.45), (0.62, 0.013, 0.38),
             (0.78, 0.013, 0.5), (0.9, 0.013, 0.44)]  # fmt: skip
    parts.append(tube(trail, 0.012, slot=0))
    for d, off in ((v3(0.6, -0.62, 0.15), v3(0.0, 0.0, -0.04)),
                   (v3(-0.55, -0.6, 0.3), v3(0.0, 0.0, 0.04))):  # fmt: skip  # the needles
        d /= np.linalg.norm(d)
        head, tip = c + off - d * 0.7, c + off + d * 0.38
        parts.append(tube([head, tip - d * 0.05, tip], [0.014, 0.014, 0.0], slot=1))
        parts.append(sphere(0.03, at(*(head - d * 0.01)), 1))
    return parts


# ---- 569 washing line -------------------------------------------------------------------------


def _peg(x: float, y: float, z: float = 0.0) -> list[Part]:
    """A clothes peg clipped over the line at (x, y): two wooden prongs and their spring."""
    parts = []
    for s in (-1, 1):
        parts.append(box(0.026, 0.1, 0.013, at(x, y - 0.075, z + s * 0.009), 0))
    parts.append(torus(0.009, 0.003, at(x, y - 0.04, z) @ rot("z", 90), "steel"))
    return parts


def _sock(x: float, y: float, slot, band) -> list[Part]:
    """A sock hanging by its top from the line at (x, y), its foot turned to +x."""
    leg = [(-0.045, 0.0), (0.045, 0.0), (0.045, -0.17), (0.07, -0.19), (0.15, -0.2),
           (0.18, -0.22), (0.17, -0.26), (0.12, -0.27), (0.02, -0.27), (-0.04, -0.245),
           (-0.045, -0.2)]  # fmt: skip
    shape = ccw(leg)
    parts = [flat_solid(lambda n: [shape], 0.03, at(x, y, -0.015), slot)]
    parts.append(box(0.094, 0.04, 0.034, at(x, y - 0.04, 0.0), band))  # the ribbed top
    for px, py in ((0.13, -0.235), (0.02, -0.25)):  # heel and toe
        parts.append(sphere(1.0, at(x + px - 0.02, y + py, 0.0) @ scl(0.05, 0.035, 0.018), band))
    return parts


def _washing_line(rng: Rng) -> list[Part]:
    """A washing line strung between two wooden posts, a shirt, a pair of socks and a
    striped towel hanging from it by clothes pegs."""
    X, top = 0.95, 1.3

    def line_y(x: float) -> float:
        return top - 0.06 * (1 - (x / X) ** 2)

    parts = []
    for s in (-1, 1):  # the posts, each with a short arm at its top, in a foot of earth
        parts.append(box(0.07, top + 0.06, 0.07, at(s * X, 0, 0), 0, "body" if s < 0 else ""))
        parts.append(box(0.06, 0.05, 0.3, at(s * X, top - 0.02, 0), 0))
        parts.append(stick((s * X, top - 0.1, 0.02), (s * X * 0.85, top - 0.02, 0.02), 0.012, 0))
        parts.append(lathe([(0.0, 0.0), (0.12, 0.0), (0.05, 0.04), (0.0, 0.045)],
                           at(s * X, 0, 0), "soil"))  # fmt: skip
    xs = np.linspace(-X, X, 9)
    parts.append(tube([(x, line_y(x), 0.0) for x in xs], 0.007, slot="snow"))
    # the shirt, hung by its shoulders
    xc = -0.5
    shirt = [(-0.11, 0.0), (0.0, -0.07), (0.11, 0.0), (0.25, -0.02), (0.37, -0.16),
             (0.3, -0.22), (0.21, -0.15), (0.21, -0.58), (-0.21, -0.58), (-0.21, -0.15),
             (-0.3, -0.22), (-0.37, -0.16), (-0.25, -0.02)]  # fmt: skip
    shirt_shape = ccw(shirt)
    y = line_y(xc) - 0.01
    parts.append(flat_solid(lambda n: [shirt_shape], 0.02, at(xc, y, -0.01), 1))
    parts.append(box(0.12, 0.1, 0.01, at(xc + 0.1, y - 0.2, 0.01), 1))  # its pocket
    parts.append(tube([(xc - 0.11, y + 0.005, 0.012), (xc, y - 0.07, 0.014),
                       (xc + 0.11, y + 0.005, 0.012)], 0.012, slot=1))  # fmt: skip  # its collar
    for dx in (-0.19, 0.19):
        parts += _peg(xc + dx, line_y(xc + dx) + 0.04, 0.0)
    # the socks
    for x in (0.02, 0.2):
        parts += _sock(x, line_y(x) - 0.01, "cloth-yellow", "snow")
        parts += _peg(x, line_y(x) + 0.04)
    # the towel, folded over the line, stripes across its end
    xt, w = 0.6, 0.4
    yt = line_y(xt)
    for z, h in ((0.016, 0.55), (-0.016, 0.45)):
        parts.append(box(w, h, 0.016, at(xt, yt - h, z) @ rot("z", 2), "card-red"))
    parts.append(cylinder(0.024, 0.024, w, at(xt - w / 2, yt - 0.01, 0) @ ALONG_X, "card-red"))
    for dy in (0.06, 0.1):
        parts.append(box(w + 0.004, 0.02, 0.018, at(xt + 0.01, yt - 0.55 + dy, 0.018) @ rot("z", 2),
                         "snow"))  # fmt: skip
    for dx in (-0.15, 0.15):
        parts += _peg(xt + dx, yt + 0.05, 0.0)
    del rng
    return parts


# ---- 570 umbrella stand -----------------------------------------------------------------------


def _pleats(n: int = 8) -> np.ndarray:
    """A furled canopy's cross-section: a circle folded into n pleats."""
    t = np.arange(2 * n) * (np.pi / n)
    r = np.where(np.arange(2 * n) % 2 == 0, 1.0, 0.72)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _furled(m: np.ndarray, cloth, handle) -> list[Part]:
    """A closed umbrella standing on its tip under ``m``: the furled canopy in pleats round
    its shaft, a strap round it, and a crook handle at the top turned toward +x."""
    canopy = [(0.0, 0.1), (0.016, 0.12), (0.04, 0.3), (0.062, 0.52), (0.052, 0.66),
              (0.022, 0.78), (0.0, 0.8)]  # fmt: skip
    parts = [lathe(canopy, m, cloth, shape=_pleats())]
    parts.append(tube([(0, 0.0, 0), (0, 0.12, 0)], [0.004, 0.008], m, "steel"))
    parts.append(tube([(0, 0.78, 0), (0, 0.88, 0)], 0.01, m, "steel"))
    parts.append(torus(0.052, 0.01, m @ at(0, 0.6, 0), cloth))  # the strap
    crook = [(0, 0.86, 0), (0, 0.96, 0), (0.02, 1.01, 0), (0.07, 1.025, 0), (0.105, 0.99, 0),
             (0.11, 0.94, 0)]  # fmt: skip
    parts.append(tube(crook, 0.018, m, handle))
    return parts


def _umbrella_stand(rng: Rng) -> list[Part]:
    """An umbrella stand: a tall round bucket with a rolled rim and bands round it, holding
    three furled umbrellas with crook handles and a walking stick."""
    H = 0.58
    wall = [(0.0, 0.0), (0.19, 0.0), (0.2, 0.04), (0.205, H - 0.02), (0.222, H), (0.205, H + 0.015),
            (0.188, H), (0.185, 0.05), (0.0, 0.05)]  # fmt: skip
    parts = [lathe(wall, None, 0, "body")]
    for y in (0.07, H - 0.09):
        parts.append(torus(0.206, 0.013, at(0, y, 0), 1))
    for k, (x, z, a, b, cloth, handle, turn) in enumerate((
        (-0.07, -0.05, 9, -6, "cloth-dark", "cork", 30),
        (0.08, -0.06, -8, -7, "card-red", "pupil", -60),
        (0.0, 0.08, 3, 9, "plume", "cork", 100),
    )):  # fmt: skip
        lean = at(x, 0.05, z) @ rot("z", a + rng.uniform(-2, 2)) @ rot("x", b) @ rot("y", turn)
        parts += _furled(lean @ scl(1.0, 1.0 + 0.05 * k, 1.0), cloth, handle)
    stick_m = at(0.09, 0.05, 0.06) @ rot("z", -12) @ rot("x", 6)
    parts.append(tube([(0, 0, 0), (0, 1.05, 0)], 0.016, stick_m, "cork"))
    grip = [(0, 1.03, 0), (0.0, 1.08, 0), (0.05, 1.1, 0), (0.13, 1.095, 0)]
    parts.append(tube(grip, 0.021, stick_m, "cork"))
    return parts


# ---- 571 bottle opener ------------------------------------------------------------------------


def _opener_outline(n: int) -> list[np.ndarray]:
    """A bottle opener's outline along x: a flat handle with a round end and a hanging hole,
    swelling to a round head round the lip hole (its lip a tooth into the hole's far side)."""
    per = max(3, n // 3)
    out = [(-0.58 + 0.09 * np.cos(a), 0.09 * np.sin(a)) for a in np.linspace(0.5, 1.5, per) * np.pi]
    out += [(0.0, -0.09), (0.15, -0.13)]
    out += [(0.4 + 0.24 * np.cos(a), 0.24 * np.sin(a))
            for a in np.radians(np.linspace(-125, 125, 2 * per))]  # fmt: skip
    out += [(0.15, 0.13), (0.0, 0.09)]
    hole = rrect(0.27, 0.2, 0.08, max(2, n // 6))[::-1] + np.array([0.39, 0.0])
    lip = rrect(0.08, 0.1, 0.03, 3) + np.array([0.53, 0.0])
    return [np.array(out), disc((-0.58, 0.0), 0.04, max(8, n // 2), cut=True), hole, lip]


def _bottle_opener(rng: Rng) -> list[Part]:
    """A flat metal bottle opener lying propped at a slant: a flat handle with a hanging hole
    and a groove down it, its round head round the lip hole that lifts a cap, and a crown cap
    just levered off lying by it."""
    m = at(0, 0.25, -0.15) @ rot("y", float(rng.uniform(-6, 6))) @ rot("x", -38)
    parts = [flat_solid(_opener_outline, 0.035, m @ at(0, 0, -0.0175), 0, "body")]
    for s in (-1, 1):  # the groove pressed down the handle, on both faces
        parts.append(box(0.4, 0.018, 0.004, m @ at(-0.27, -0.009, s * 0.018), "marking"))
    t = np.arange(42) * (np.pi / 21)  # the crown cap's crimped skirt
    crimp = np.stack([np.cos(t), np.sin(t)], 1)
    crimp *= np.where(np.arange(42) % 2 == 0, 1.0, 0.9)[:, None]
    crown = at(0.5, 0.02, 0.32) @ rot("x", 14) @ rot("z", -10)
    parts.append(lathe([(0.0, 0.0), (0.1, 0.0), (0.105, 0.02), (0.09, 0.045), (0.0, 0.05)],
                       crown, 1, shape=crimp))  # fmt: skip
    return parts


# ---- 572 high chair ---------------------------------------------------------------------------


def _high_chair(rng: Rng) -> list[Part]:
    """A baby's high chair: four tall legs splayed wide, a footrest and rails between them,
    a small padded seat with a high rounded back and arms, and a tray with a raised rim
    clipped across the front at chest height."""
    y = 0.72
    parts = [box(0.42, 0.05, 0.38, at(0, y, 0), 0, "body")]
    legs = {}
    for sx in (-1, 1):
        for sz in (-1, 1):
            top, foot = v3(sx * 0.18, y + 0.02, sz * 0.15), v3(sx * 0.33, 0.0, sz * 0.3)
            legs[sx, sz] = (top, foot)
            parts.append(tube([foot, top], [0.028, 0.022], slot=0))

    def on(leg, h: float) -> np.ndarray:
        top, foot = legs[leg]
        return foot + (top - foot) * (h / top[1])

    for sx in (-1, 1):  # side rails
        parts.append(stick(on((sx, -1), 0.22), on((sx, 1), 0.22), 0.015, 0))
    parts.append(stick(on((-1, -1), 0.22), on((1, -1), 0.22), 0.015, 0))
    a, b = on((-1, 1), 0.36), on((1, 1), 0.36)
    parts.append(box(float(b[0] - a[0]) + 0.04, 0.03, 0.1, at(0, 0.36, float(a[2]) - 0.02), 0))
    back = rounded([(-0.2, 0.0), (0.2, 0.0), (0.2, 0.48), (-0.2, 0.48)], [0, 0, 0.12, 0.12])
    tilt = at(0, y + 0.03, -0.17) @ rot("x", -8)
    parts.append(slab(sharp(back), 0.035, tilt, 0))
    parts.append(slab(sharp(back * 0.82 + [0.0, 0.04]), 0.03, tilt @ at(0, 0, 0.03), 1))
    parts.append(box(0.36, 0.04, 0.32, at(0, y + 0.05, 0.02), 1))  # the seat's cushion
    for sx in (-1, 1):  # the arms
        x = sx * 0.2
        parts.append(stick((x, y + 0.22, -0.16), (x, y + 0.22, 0.14), 0.02, 0))
        parts.append(stick((x, y + 0.04, 0.13), (x, y + 0.22, 0.13), 0.018, 0))
    tray = rrect(0.64, 0.32, 0.1, 5)
    tm = at(0, y + 0.25, 0.26) @ rot("x", -90)
    parts.append(slab(sharp(tray), 0.025, tm, 1))
    rim = [(px, y + 0.27, 0.26 - py) for px, py in [*tray, tray[0], tray[1]]]
    parts.append(tube(rim, 0.018, slot=1))
    parts.append(cylinder(0.045, 0.045, 0.012, at(0.2, y + 0.262, 0.3), "pupil"))  # a cup ring
    for sx in (-1, 1):  # the tray's clips on the arms
        parts.append(box(0.06, 0.05, 0.1, at(sx * 0.2, y + 0.2, 0.15), 1))
    del rng
    return parts


# ---- 573 nappy --------------------------------------------------------------------------------


_A, _B, _T = 0.44, 0.28, 0.06
"""A nappy's half width and half depth round its waist, and its padding's thickness."""


def _waist_top(x, z):
    """Its waist's height over (x, z): a little higher at the back."""
    return 0.56 - 0.035 * z / _B


def _leg_line(x, z, r):
    """The hip band's lower edge over (x, z) at ``r`` (1 on the band): high over the hips,
    dipping low at the front and the back where the crotch joins it."""
    c = x / (_A * np.maximum(r, 1e-6))
    return 0.2 + 0.24 * np.clip(c * c, 0.0, 1.0) ** 0.7


def _puff(y):
    """How far the padding bulges out at height y (1 at the waist and the leg line)."""
    return 1.0 + 0.05 * np.clip(1.0 - ((y - 0.4) / 0.2) ** 2, 0.0, 1.0)


def _hip_band() -> Shape:
    """The band of padding round the hips: an elliptic wall ``_T`` thick from its leg line up
    to the waist."""

    def dist(x, y, z):
        r = np.sqrt((x / _A) ** 2 + (z / _B) ** 2) / _puff(y)
        rho = np.sqrt(x * x + z * z) / np.maximum(r, 1e-6)  # the ellipse's radius this way
        wall = np.abs(r - 1.0) * rho - _T / 2
        span = np.maximum(_leg_line(x, z, r) - y, y - _waist_top(x, z))
        k = 0.02  # a smooth intersection: rounded edges
        h = np.clip(k - np.abs(wall - span), 0.0, None) / k
        return (np.maximum(wall, span) + h * h * k * 0.25).astype(np.float32)

    lo = np.array([-_A * 1.05 - _T, 0.15, -_B * 1.05 - _T], np.float32)
    hi = np.array([_A * 1.05 + _T, 0.65, _B * 1.05 + _T], np.float32)
    return Shape(dist, lo, hi, 0.0)


_CROTCH = [(0.0, 0.36, _B), (0.0, 0.14, _B - 0.02), (0.0, 0.035, 0.06), (0.0, 0.035, -0.06),
           (0.0, 0.14, -_B + 0.02), (0.0, 0.36, -_B)]  # fmt: skip
_CROTCH_W = [0.17, 0.12, 0.09, 0.09, 0.14, 0.2]
"""The padded crotch's centre line from the front down under and up the back, in the y-z
plane, and its half widths: an hourglass, broad at the front and broader at the back."""


def _nappy(rng: Rng) -> list[Part]:
    """A baby's nappy (a diaper) shaped as worn: a thick padded band round the hips, the
    padded crotch running under from front to back, an elastic waist, ruffled elastic gathers
    round both leg holes, the fastening tabs on its hips and a printed panel on its front."""
    shapes = [_hip_band()]
    shapes += spine(_CROTCH, _CROTCH_W, [_T / 2 + 0.005] * 6, 0.05)
    parts = [solid(shapes, 0.021, 0, "body")]
    ring = np.linspace(0.0, 2 * np.pi, 25)
    waist = [((_A + 0.01) * np.cos(t), _waist_top(0, (_B + 0.01) * np.sin(t)) - 0.02,
              (_B + 0.01) * np.sin(t)) for t in ring]  # fmt: skip
    parts.append(tube([*waist, waist[1]], 0.024, slot=0, shape=_pleats(6)))
    for sx in (-1, 1):  # the leg gathers: along the band's leg line, then the crotch's edge
        edge = []
        for t in np.linspace(np.radians(68), np.radians(-68), 9):
            x, z = sx * (_A + 0.02) * np.cos(t), (_B + 0.02) * np.sin(t)
            edge.append((x, _leg_line(x, z, 1.0) + 0.01, z))
        for (_, y, z), w in list(zip(_CROTCH, _CROTCH_W, strict=True))[-2:0:-1]:
            edge.append((sx * (w + 0.01), y, z * 1.04))
        parts.append(tube([*edge, edge[0], edge[1]], 0.022, slot=1, shape=_pleats(5)))
    for sx in (-1, 1):  # the tabs, fastened on the hips
        t, f = np.radians(28), _puff(0.45)
        p = v3(sx * (_A * f + _T / 2) * np.cos(t), 0.45, (_B * f + _T / 2) * np.sin(t))
        n = v3(sx * np.cos(t) / _A, 0.0, np.sin(t) / _B)
        m = _facing(p, n) @ rot("z", sx * 10)
        parts.append(slab(sharp(rrect(0.12, 0.1, 0.03, 4)), 0.014, m, 1))
    f = _puff(0.44)
    front = []
    for t in np.radians(np.linspace(68, 112, 7)):
        front.append(((_A * f + _T / 2) * np.cos(t), 0.44, (_B * f + _T / 2 + 0.003) * np.sin(t)))
    parts.append(band(front, 0.1, 0.008, (0, 1, 0), "plume"))
    for i, t in enumerate(np.radians([78, 90, 102])):  # spots printed on the panel
        p = v3((_A * f + _T / 2) * np.cos(t), 0.44, (_B * f + _T / 2 + 0.008) * np.sin(t))
        m = _facing(p, (np.cos(t) / _A, 0.0, np.sin(t) / _B)) @ scl(0.022, 0.022, 0.01)
        parts.append(sphere(1.0, m, "cloth-yellow" if i % 2 else "snow"))
    del rng
    return parts


# ---- 574 dog bed ------------------------------------------------------------------------------


def _dog_bed(rng: Rng) -> list[Part]:
    """A pet bed: an oval of thick round bolster all round, dipping low at the front where the
    dog steps in, piping along its seam, on a flat base with a soft cushion in the middle."""
    rx, rz = 0.62, 0.46
    th = np.linspace(-np.pi / 2, 1.5 * np.pi + 0.4, 26)
    front = np.exp(-(((th - np.pi / 2) / 0.6) ** 2))
    ys, rs = 0.2 - 0.08 * front, 0.16 - 0.07 * front
    path = [(rx * np.cos(t), y, rz * np.sin(t)) for t, y in zip(th, ys, strict=True)]
    parts = [tube(path, rs, slot=0, tag="body", shape=ellipse(0.9, 1.2, 14))]  # plump, upright
    parts.append(cylinder(1.0, 1.0, 0.06, scl(rx + 0.08, 1.0, rz + 0.08), 0))  # the base
    pipe = [(np.cos(t) * (rx + r * 0.62), y + r * 0.85, np.sin(t) * (rz + r * 0.62))
            for t, y, r in zip(th, ys, rs, strict=True)]  # fmt: skip
    parts.append(tube(pipe, 0.014, slot=1))
    cushion = [(0.0, 0.05), (0.42, 0.05), (0.48, 0.1), (0.44, 0.16), (0.2, 0.175), (0.0, 0.18)]
    parts.append(lathe(cushion, scl(1.0, 1.0, 0.7), 1))
    for x, z in ((-0.2, 0.0), (0.0, 0.0), (0.2, 0.0), (-0.1, 0.15), (0.1, 0.15), (-0.1, -0.15),
                 (0.1, -0.15)):  # fmt: skip  # its tufts
        parts.append(sphere(1.0, at(x, 0.174, z) @ scl(0.024, 0.014, 0.024), 1))
    del rng
    return parts


# ---- 575 garden shed --------------------------------------------------------------------------


def _garden_shed(rng: Rng) -> list[Part]:
    """A small wooden garden shed: walls of vertical planks on a low base, a pitched roof of
    dark felt overhanging all round, a ledged and braced door with strap hinges and a latch
    in its gable end, and a small window in its side."""
    W, D, Hw, rise, over, y0 = 1.1, 0.85, 0.95, 0.36, 0.12, 0.08
    yE = y0 + Hw
    parts = [box(W, Hw, D, at(0, y0, 0), 0, "body")]
    parts.append(box(W + 0.04, y0, D + 0.04, None, 0))  # the base
    for sz in (-1, 1):  # the gables
        tri = [(-W / 2, 0.0), (W / 2, 0.0), (0.0, rise)]
        parts.append(slab(sharp(tri), 0.03, at(0, yE, sz * (D / 2 - 0.015)), 0))
    for x in np.arange(-W / 2 + 0.1, W / 2 - 0.05, 0.1):  # the planks' joins, ends and sides
        h = Hw + rise * (1 - abs(x) / (W / 2)) - 0.02
        for sz in (-1, 1):
            parts.append(box(0.01, h, 0.006, at(x, y0, sz * (D / 2 + 0.002)), "marking"))
    for z in np.arange(-D / 2 + 0.1, D / 2 - 0.05, 0.1):
        for sx in (-1, 1):
            parts.append(box(0.006, Hw, 0.01, at(sx * (W / 2 + 0.002), y0, z), "marking"))
    for sx in (-1, 1):
        for sz in (-1, 1):  # corner boards
            parts.append(box(0.04, Hw, 0.04, at(sx * W / 2, y0, sz * D / 2), 0))
    # the roof: two slopes of felt past the walls, a ridge, barge boards, the felt's laps
    half = W / 2 + over
    slope = rise / (W / 2)
    length = float(np.hypot(half, half * slope))
    pitch = np.degrees(np.arctan(slope))
    for s in (-1, 1):
        m = at(0, yE + rise, 0) @ rot("z", -s * pitch) @ at(s * length / 2, 0, 0)
        parts.append(box(length, 0.04, D + 2 * over, m, 1))
        for u in (-length / 6, length / 6):
            parts.append(box(0.012, 0.05, D + 2 * over + 0.004, m @ at(s * u, 0, 0), "marking"))
        for sz in (-1, 1):
            parts.append(box(length, 0.1, 0.025, m @ at(0, -0.1, sz * (D / 2 + over - 0.012)), 0))
    parts.append(box(0.08, 0.05, D + 2 * over + 0.01, at(0, yE + rise + 0.01, 0), 1))
    # the door: planks, two ledges and a brace, strap hinges and a latch
    front = D / 2 + 0.01
    dw, dh = 0.46, 0.84
    parts.append(box(dw + 0.03, dh + 0.02, 0.01, at(0, y0, front - 0.002), "marking"))
    parts.append(box(dw, dh, 0.02, at(0, y0 + 0.01, front), 0))
    for x in (-0.115, 0.0, 0.115):
        parts.append(box(0.008, dh, 0.004, at(x, y0 + 0.01, front + 0.02), "marking"))
    for yy in (0.12, dh - 0.2):
        parts.append(box(dw - 0.04, 0.07, 0.02, at(0, y0 + yy, front + 0.02), 0))
    brace = float(np.degrees(np.arctan2(dh - 0.32 - 0.07, dw - 0.1)))
    parts.append(box(0.06, float(np.hypot(dh - 0.39, dw - 0.1)) + 0.04, 0.02,
                     at(dw / 2 - 0.06, y0 + 0.16, front + 0.02) @ rot("z", 90 - brace),
                     0))  # fmt: skip
    for yy in (0.15, dh - 0.17):
        parts.append(box(0.28, 0.025, 0.01, at(-dw / 2 + 0.12, y0 + yy, front + 0.04), "pupil"))
    parts.append(box(0.12, 0.022, 0.015, at(dw / 2 - 0.1, y0 + 0.46, front + 0.03), "steel"))
    parts.append(box(0.025, 0.06, 0.035, at(dw / 2 - 0.05, y0 + 0.44, front + 0.03), "steel"))
    parts.append(sphere(0.018, at(dw / 2 - 0.17, y0 + 0.47, front + 0.045), "steel"))
    parts += window(at(W / 2 + 0.012, y0 + 0.48, -0.05) @ rot("y", 90), 0.4, 0.3, 0)
    del rng
    return parts


MORE_APPLIANCES_ZA = {
    564: _gloves, 565: _whiteboard, 566: _bubble_wrap, 567: _feather_duster, 568: _yarn_ball,
    569: _washing_line, 570: _umbrella_stand, 571: _bottle_opener, 572: _high_chair, 573: _nappy,
    574: _dog_bed, 575: _garden_shed,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
