"""More of the device family's appliances, from 1257: houses and their parts: a front entrance,
a magic portal, a farmhouse with its barn, a boardinghouse, a parsonage by its church, an
oyster, a stone balustrade and a staircase's banister.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl
from ._kit import (
    ALONG_Z,
    cloth_sheet,
    ellipse,
    gable,
    grid_skin,
    lines,
    loft,
    rect_ring,
    skin_strip,
    square_bar,
    window,
)
from ._lettering import paint_strokes, paint_text
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZG"]

Rng = np.random.Generator


# Shared pieces: turned work, roofs, windows


def _turned(profile, m: np.ndarray, slot=0, sides: int = 10, tag: str = "") -> Part:
    """A lathe-turned piece (a baluster, a post) about +y under m through (radius, height)
    points, smoothed to twice as many rings and closed at both ends: a ring per point, so its
    cost is known (rings · sides · 2 triangles)."""
    ry = catmull_rom(profile, 2 * len(profile))
    n = len(ry)
    c = np.stack([np.zeros(n), ry[:, 1], np.zeros(n)], 1)
    u = np.stack([ry[:, 0], np.zeros(n), np.zeros(n)], 1)
    v = np.stack([np.zeros(n), np.zeros(n), ry[:, 0]], 1)
    return loft(c, u, v, ellipse(1.0, 1.0, sides), slot, tag).moved(m)


def _ridge_roof(w: float, d: float, y: float, rise: float, m: np.ndarray, slot) -> list[Part]:
    """A pitched roof over a box w wide (x) and d deep (z) whose walls stop at y, its ridge
    along x, and the triangular gable walls closing its two ends (in the first material)."""
    parts = gable(d, w, y, rise, m @ rot("y", 90), slot)
    tri = sharp([(-d / 2, 0.0), (d / 2, 0.0), (0.0, rise)])
    for s in (-1, 1):
        parts.append(slab(tri, 0.02, m @ at(s * (w / 2 - 0.01), y, 0) @ rot("y", 90), 0))
    return parts


def _shutters(m: np.ndarray, w: float, h: float, frame="snow", leaf="chalkboard") -> list[Part]:
    """A window facing +z under m (its sill's middle at 0) between two louvred shutters folded
    back flat to the wall."""
    parts = window(m, w, h, frame)
    for s in (-1, 1):
        sm = m @ at(s * (w / 2 + w * 0.28), 0, 0.004)
        parts.append(box(w * 0.5, h, 0.012, sm, leaf))
        rows = [(-w * 0.18, w * 0.18, h * (k + 0.5) / 7) for k in range(7)]
        parts.append(lines(sm @ at(0, 0, 0.006), rows, h * 0.04, 0.004, "marking"))
    return parts


def _siding(m: np.ndarray, w: float, y0: float, y1: float, step: float = 0.03) -> Part:
    """Clapboard lines on a wall's face z = 0 under m, w wide, from height y0 to y1."""
    n = int((y1 - y0) / step)
    rows = [(-w / 2, w / 2, y0 + step * (k + 0.5)) for k in range(n)]
    return lines(m, rows, 0.004, 0.004, "marking")


def _chimney(x: float, z: float, y0: float, y1: float, w: float, d: float, slot) -> list[Part]:
    """A chimney stack from y0 to y1 at (x, z), w × d, with a projecting cap."""
    parts = [box(w, y1 - y0, d, at(x, y0, z), slot)]
    parts.append(box(w + 0.02, 0.025, d + 0.02, at(x, y1 - 0.03, z), slot))
    return parts


def _stone_courses(m: np.ndarray, w: float, y0: float, y1: float, step: float) -> Part:
    """Faint joints between stone courses on a wall's face z = 0 under m."""
    n = int((y1 - y0) / step)
    rows = [(-w / 2, w / 2, y0 + step * k) for k in range(1, n)]
    return lines(m, rows, 0.004, 0.003, "marking")


def _quoins(m: np.ndarray, y0: float, y1: float, slot=0) -> list[Part]:
    """Dressed corner stones up a wall's corner at m's origin (the front face toward +z, the
    side toward +x), alternately long and short on each face."""
    parts = []
    n = int((y1 - y0) / 0.05)
    for k in range(n):
        long = 0.1 if k % 2 == 0 else 0.06
        short = 0.16 - long
        y = y0 + 0.05 * k + 0.003
        parts.append(box(long, 0.044, 0.01, m @ at(-long / 2, y, 0.004), slot))
        parts.append(box(0.01, 0.044, short, m @ at(0.004, y, -short / 2), slot))
    return parts


# 1257: an entrance


def _bricks(m: np.ndarray, rects, slot=1) -> list[Part]:
    """Brick courses in running bond standing proud of the face z = 0 under m, filling each
    rectangle (x0, x1, y0, y1) on a pale mortar skin; courses run on across the rectangles."""
    bw, bh, gap = 0.11, 0.044, 0.008
    pitch, course = bw + gap, bh + gap
    rows, parts = [], []
    for x0, x1, y0, y1 in rects:
        parts.append(box(x1 - x0, y1 - y0, 0.004, m @ at((x0 + x1) / 2, y0, 0.002), "plaster"))
        for j in range(int(np.ceil(y0 / course - 1e-6)), int(np.floor(y1 / course + 1e-6))):
            off = (j % 2) * pitch / 2
            for k in range(int(np.floor((x0 + off) / pitch)), int(np.ceil((x1 + off) / pitch))):
                a = max(k * pitch - off + gap / 2, x0)
                b = min((k + 1) * pitch - off - gap / 2, x1)
                if b - a > 0.015:
                    rows.append((a, b, j * course + gap / 2 + bh / 2))
    parts.append(lines(m, rows, bh, 0.012, slot))
    return parts


def _panel_door(m: np.ndarray, w: float, h: float, t: float, slot=0) -> list[Part]:
    """A six-panelled door leaf w × h × t under m, its hinge edge on m's origin and the leaf
    running along +x, its outer face toward +z: raised fields in moulded frames, a brass knob,
    a letter plate and a knocker."""
    parts = [box(w, h, t, m @ at(w / 2, 0, 0), slot)]
    for y0, y1 in ((0.07, 0.33), (0.4, 0.74), (0.8, 0.95)):
        for x0, x1 in ((0.065, w / 2 - 0.03), (w / 2 + 0.03, w - 0.065)):
            pw, ph = x1 - x0, (y1 - y0) * h
            pm = m @ at((x0 + x1) / 2, y0 * h, t / 2)
            parts.append(box(pw - 0.035, ph - 0.035, 0.016, pm @ at(0, 0.0175, 0), slot))
            parts.append(rect_ring(pw, ph, 0.012, 0.01, pm @ at(0, ph / 2, 0) @ ALONG_Z, slot))
    parts.append(sphere(0.022, m @ at(w - 0.06, 0.47 * h, t / 2 + 0.03) @ scl(1, 1, 0.7),
                        "copper"))  # fmt: skip
    parts.append(box(0.14, 0.035, 0.01, m @ at(w / 2, 0.36 * h, t / 2 + 0.005), "copper"))
    parts.append(cylinder(0.035, 0.035, 0.012, m @ at(w / 2, 0.77 * h, t / 2) @ ALONG_Z,
                          "copper"))  # the knocker # fmt: skip
    return parts


def _wall_lantern(x: float, y: float) -> list[Part]:
    """A black iron carriage lantern on a bracket from the wall at (x, y): a glazed box with
    a lit bulb inside, a pyramid cap and a finial."""
    z = 0.15
    parts = [stick((x, y, 0.0), (x, y, z), 0.012, "marking")]
    parts.append(stick((x, y - 0.09, 0.0), (x, y - 0.005, z - 0.03), 0.008, "marking"))
    parts.append(box(0.08, 0.025, 0.012, at(x, y - 0.1, 0.006), "marking"))
    parts.append(box(0.1, 0.018, 0.1, at(x, y, z), "marking"))
    parts.append(box(0.08, 0.15, 0.08, at(x, y + 0.018, z), "pane"))
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(box(0.012, 0.15, 0.012, at(x + sx * 0.042, y + 0.018, z + sz * 0.042),
                             "marking"))  # fmt: skip
    parts.append(cylinder(0.016, 0.016, 0.03, at(x, y + 0.018, z), "snow"))
    parts.append(sphere(0.028, at(x, y + 0.08, z) @ scl(1, 1.3, 1), "glow"))
    parts.append(lathe([(0.0, 0.0), (0.085, 0.0), (0.0, 0.06)], at(x, y + 0.168, z)
                       @ rot("y", 45), "marking", sides=4))  # fmt: skip
    parts.append(sphere(0.014, at(x, y + 0.235, z), "marking"))
    return parts


def _entrance(rng: Rng) -> list[Part]:
    """The front entrance of a brick house: a section of brick wall laid in running bond with
    a tall doorway in it, a panelled front door standing ajar on the dark hall inside, a white
    door case with a glazed fanlight, three stone steps up to it with a coir doormat on the top
    one, a little pitched canopy over the door on two carved brackets, a black carriage lantern
    beside the door."""
    W, H, T = 1.5, 1.768, 0.16
    ys, dw, dh = 0.208, 0.44, 1.092  # threshold, doorway width and height (door and fanlight)
    top = ys + dh
    parts = [box(W, ys, T, at(0, 0, -T / 2), 1, "body")]  # the wall's core round the doorway
    for s in (-1, 1):
        parts.append(box((W - dw) / 2, H - ys, T, at(s * (W + dw) / 4, ys, -T / 2), 1))
    parts.append(box(dw, H - top, T, at(0, top, -T / 2), 1))
    edge = dw / 2 + 0.07  # the bricks stop at the door case
    rects = [(-W / 2, W / 2, 0.0, ys), (-W / 2, -edge, ys, H), (edge, W / 2, ys, H),
             (-edge, edge, top + 0.07, H)]  # fmt: skip
    parts += _bricks(np.eye(4), rects)
    for s in (-1, 1):  # the door case: pilasters and a head round the doorway
        parts.append(box(0.07, dh + 0.07, 0.03, at(s * (dw / 2 + 0.035), ys, 0.01), "snow"))
    parts.append(box(dw + 0.18, 0.07, 0.04, at(0, top, 0.012), "snow"))
    parts.append(box(dw + 0.22, 0.025, 0.05, at(0, top + 0.07, 0.015), "snow"))
    door_h = 0.9
    parts.append(box(dw, 0.03, T, at(0, ys + door_h, -T / 2), "snow"))  # the transom
    parts.append(box(dw, dh - door_h - 0.03, 0.01, at(0, ys + door_h + 0.03, -T / 2), "window"))
    for k in range(1, 4):  # the fanlight's glazing bars
        bar = at(-dw / 2 + dw * k / 4, ys + door_h + 0.03, -T / 2)
        parts.append(box(0.012, dh - door_h - 0.03, 0.02, bar, "snow"))
    hall = [(dw + 0.2, 0.01, 0.5, (0, ys - 0.01, -T - 0.25)),  # the dark hall behind the door
            (dw + 0.2, 1.1, 0.02, (0, ys, -T - 0.5)),
            (0.02, 1.1, 0.5, (-dw / 2 - 0.1, ys, -T - 0.25)),
            (0.02, 1.1, 0.5, (dw / 2 + 0.1, ys, -T - 0.25)),
            (dw + 0.2, 0.02, 0.5, (0, ys + 1.1, -T - 0.25))]  # fmt: skip
    for w, h, d, p in hall:
        parts.append(box(w, h, d, at(*p), "marking"))
    swing = 25 + float(rng.uniform(-3, 3))  # the door, standing ajar into the hall
    hung = at(dw / 2 - 0.01, ys, -T + 0.03) @ rot("y", -swing) @ scl(-1, 1, 1)
    parts += _panel_door(hung, dw - 0.02, door_h - 0.005, 0.045)
    for k, (w, d) in enumerate(((0.84, 0.36), (0.96, 0.48), (1.08, 0.6))):  # the steps
        h = ys * (3 - k) / 3
        parts.append(box(w, h - 0.012, d, at(0, 0, d / 2 - 0.005), "stones"))
        parts.append(box(w + 0.02, 0.012, d + 0.015, at(0, h - 0.012, d / 2), "stones"))
    parts.append(box(0.46, 0.01, 0.27, at(0, ys, 0.17), "cloth-dark"))  # the doormat
    parts.append(box(0.42, 0.014, 0.23, at(0, ys, 0.17), "thatch"))
    yc, depth, rise = top + 0.17, 0.3, 0.15  # the canopy
    parts.append(box(0.76, 0.035, depth, at(0, yc - 0.035, depth / 2), "snow"))
    parts.append(box(0.8, 0.02, depth + 0.02, at(0, yc - 0.055, depth / 2 + 0.005), "snow"))
    parts += gable(0.72, depth, yc, rise, at(0, 0, depth / 2 + 0.01), 0)
    tri = sharp([(-0.36, 0.0), (0.36, 0.0), (0.0, rise)])
    parts.append(slab(tri, 0.025, at(0, yc, depth - 0.01), "snow"))
    bracket = [(0.0, 0.0), (0.26, 0.0), (0.26, -0.03), (0.18, -0.05), (0.1, -0.1),
               (0.06, -0.17), (0.045, -0.25), (0.0, -0.27)]  # fmt: skip
    for s in (-1, 1):
        bm = at(s * 0.31, yc - 0.055, 0.0) @ rot("y", -90)
        parts.append(slab(sharp(bracket), 0.045, bm, "snow"))
        parts.append(sphere(0.026, at(s * 0.31, yc - 0.33, 0.03), "snow"))
    parts += _wall_lantern(dw / 2 + 0.24, ys + 0.62)
    return parts


# 1258: a magic portal

_RUNES = (
    [[(0.0, 0.0), (0.0, 1.0)], [(0.0, 0.7), (0.45, 0.95)], [(0.0, 0.4), (0.45, 0.65)]],
    [[(0.0, 0.0), (0.0, 1.0), (0.45, 0.75), (0.0, 0.5), (0.45, 0.0)]],
    [[(0.25, 0.0), (0.25, 1.0)], [(0.0, 0.7), (0.25, 1.0), (0.5, 0.7)]],
    [[(0.25, 0.0), (0.25, 1.0)], [(0.0, 1.0), (0.25, 0.65), (0.5, 1.0)]],
    [[(0.0, 0.0), (0.45, 0.45), (0.0, 0.9)], [(0.45, 0.0), (0.0, 0.45), (0.45, 0.9)]],
    [[(0.0, 0.0), (0.0, 1.0), (0.5, 0.0), (0.5, 1.0)]],
    [[(0.0, 0.0), (0.0, 1.0)], [(0.0, 0.75), (0.4, 0.5), (0.0, 0.25)]],
    [[(0.0, 1.0), (0.5, 0.6), (0.0, 0.4), (0.5, 0.0)]],
)
"""Rune-like glyphs as polylines in letter heights (x from 0 to 0.5, y from 0 to 1)."""


def _arch_block(a0: float, a1: float, r0: float, r1: float, n: int = 4):
    """A wedge-shaped block of a ring (x, y) between angles a0 and a1 (radians), radii r0 and
    r1, as a sharp slab outline."""
    a = np.linspace(a0, a1, n)
    outer = np.stack([r1 * np.cos(a), r1 * np.sin(a)], 1)
    inner = np.stack([r0 * np.cos(a[::-1]), r0 * np.sin(a[::-1])], 1)
    return sharp(np.concatenate([outer, inner]))


def _spiral(r0: float, turns: float, phase: float, z: float, n: int = 22) -> np.ndarray:
    """Points of a spiral arm from radius r0 winding inward to the middle, ``turns`` times
    round, in the plane z."""
    t = np.linspace(0.0, 1.0, n)
    r = r0 * (1.0 - t) ** 1.15 + 0.02
    a = phase + 2 * np.pi * turns * t
    return np.stack([r * np.cos(a), r * np.sin(a), np.full(n, z)], 1)


def _magic_portal(rng: Rng) -> list[Part]:
    """A magic portal: a great upright ring of wedge-shaped carved stone blocks with a
    bigger keystone at the top, standing on a stepped stone base and filled with a deep blue
    disc across which glowing spiral ribbons swirl in to a bright core; runes are cut into the
    faces of the stones and a few sparks drift round the ring."""
    parts = []
    for k, (w, d) in enumerate(((1.5, 0.7), (1.24, 0.56), (1.0, 0.44))):  # the stepped base
        parts.append(box(w, 0.1, d, at(0, 0.1 * k, 0), 0, "body" if k == 0 else ""))
    r0, r1, dep = 0.45, 0.62, 0.24
    cy = 0.3 + r1 - 0.08
    n = 15
    step = 2 * np.pi / n
    rune_order = rng.permutation(len(_RUNES))
    for i in range(n):
        mid = np.pi / 2 + step * i
        key = i == 0
        ro = r1 + (0.07 if key else float(rng.uniform(-0.012, 0.012)))
        half = step / 2 * (1.08 if key else 0.94)
        d = dep + (0.05 if key else float(rng.uniform(-0.015, 0.015)))
        parts.append(slab(_arch_block(mid - half, mid + half, r0, ro), d, at(0, cy, 0), 0))
        face = _arch_block(mid - half * 0.82, mid + half * 0.82, r0 + 0.018, ro - 0.018)
        parts.append(slab(face, 0.02, at(0, cy, d / 2), 0))  # its dressed face
        if np.sin(mid) > -0.55:  # a rune on each stone clear of the base
            glyph = _RUNES[rune_order[i % len(_RUNES)]]
            rm = (r0 + ro) / 2
            gm = at(0, cy, d / 2 + 0.01) @ rot("z", np.degrees(mid) - 90) @ at(0, rm, 0)
            h = 0.085
            strokes = [[((x - 0.25) * h, (0.5 - y) * h) for x, y in line] for line in glyph]
            parts += paint_strokes(strokes, gm, 0.012, 1, 0.008)
    disc = at(0, cy, -0.015) @ ALONG_Z
    parts.append(cylinder(r0 + 0.01, r0 + 0.01, 0.03, disc, "plume"))
    arms = 5
    spin = float(rng.uniform(0, 2 * np.pi))
    for side in (1, -1):  # the swirl, on both faces
        for k in range(arms):
            pts = _spiral(r0 * 0.97, 1.1, spin + 2 * np.pi * k / arms, side * 0.017) * [side, 1, 1]
            pts[:, 1] += cy
            nrm = np.tile([0.0, 0.0, float(side)], (len(pts), 1))
            parts.append(skin_strip(pts, nrm, 0.034, 0.006, "glow"))
    parts.append(sphere(0.07, at(0, cy, 0) @ scl(1, 1, 0.4), "glow"))  # the bright core
    for _ in range(9):  # sparks
        a = float(rng.uniform(0, 2 * np.pi))
        r = r1 + float(rng.uniform(0.05, 0.16))
        p = (r * np.cos(a), cy + r * np.sin(a), float(rng.uniform(-0.1, 0.15)))
        if p[1] > 0.35:
            parts.append(sphere(0.012, at(*p), "glow"))
    return parts


# 1259: a farmhouse


def _veranda(cx: float, w: float, z0: float, depth: float, y0: float, y1: float) -> list[Part]:
    """A long front veranda along a wall at z0, w wide, ``depth`` deep: a plank deck at y0, a
    lean-to roof sloping down from y1 on the wall, white posts with a railing between them,
    steps up to the middle."""
    zp = z0 + depth - 0.02
    parts = [box(w, 0.03, depth, at(cx, y0 - 0.03, z0 + depth / 2), 0)]
    parts.append(box(w, y0 - 0.03, 0.02, at(cx, 0, z0 + depth - 0.01), 0))
    low = y1 - 0.06
    parts.append(square_bar((cx, y1, z0), (cx, low, zp + 0.05), w + 0.06, 0.018, "cloth-dark"))
    parts.append(box(w + 0.02, 0.03, 0.02, at(cx, low - 0.03, zp), "snow"))  # the beam
    n = 6
    for i in range(n):
        x = cx - w / 2 + 0.015 + (w - 0.03) * i / (n - 1)
        parts.append(box(0.02, low - y0, 0.02, at(x, y0, zp), "snow"))
    for s in (-1, 1):  # the railing, left open at the steps
        xa, xb = cx + s * 0.07, cx + s * (w / 2 - 0.015)
        parts.append(box(abs(xb - xa), 0.012, 0.016, at((xa + xb) / 2, y0 + 0.1, zp), "snow"))
        for k in range(int(abs(xb - xa) / 0.03)):
            x = xa + s * 0.03 * (k + 0.5)
            parts.append(box(0.006, 0.1, 0.006, at(x, y0, zp), "snow"))
    for k in range(2):  # the steps
        parts.append(box(0.13, y0 * (2 - k) / 2 - 0.004, 0.05, at(cx, 0, zp + 0.035 + 0.05 * k), 0))
    return parts


def _barn(bx: float, bz: float) -> list[Part]:
    """A red barn at (bx, bz), its gable end to the front: walls of upright boards, a gambrel
    roof, big X-braced double doors in white frames with a hayloft door above, a louvred
    cupola on the ridge."""
    W, D, h = 0.5, 0.66, 0.34
    prof = [(-W / 2, 0.0), (W / 2, 0.0), (0.17, 0.19), (0.0, 0.27), (-0.17, 0.19)]
    parts = [box(W, h, D, at(bx, 0, bz), 1)]
    for s in (-1, 1):  # the gambrel ends
        parts.append(slab(sharp(prof), 0.02, at(bx, h, bz + s * (D / 2 - 0.01)), 1))
    roof = [(-W / 2 - 0.03, -0.03), (-0.17, 0.19), (0.0, 0.28), (0.17, 0.19), (W / 2 + 0.03, -0.03)]
    for (xa, ya), (xb, yb) in pairwise(roof):
        parts.append(square_bar((bx + xa, h + ya, bz), (bx + xb, h + yb, bz), 0.022, D + 0.06,
                                "cloth-dark"))  # fmt: skip
    zf = bz + D / 2 + 0.002
    front = at(bx, 0, zf)
    parts.append(lines(front, [(x, x + 0.004, 0.17) for x in np.arange(-W / 2 + 0.03, W / 2, 0.04)],
                       0.34, 0.003, "marking"))  # fmt: skip
    for s in (-1, 1):  # the white trim up the gable
        for (xa, ya), (xb, yb) in ((prof[1], prof[2]), (prof[2], prof[3])):
            a = (bx + s * xa, h + ya + 0.01, zf + 0.012)
            b = (bx + s * xb, h + yb + 0.01, zf + 0.012)
            parts.append(square_bar(a, b, 0.018, 0.014, "snow"))
        parts.append(box(0.018, h, 0.016, at(bx + s * (W / 2 - 0.009), 0, zf + 0.004), "snow"))
    dw, dh = 0.3, 0.26
    for s in (-1, 1):  # the double doors
        dx = bx + s * dw / 4
        dm = at(dx, 0, zf + 0.008)
        parts.append(box(dw / 2, dh, 0.014, dm, 1))
        for y in (0.0, dh - 0.02):
            parts.append(box(dw / 2, 0.02, 0.02, dm @ at(0, y, 0.004), "snow"))
        for x in (-dw / 4 + 0.01, dw / 4 - 0.01):
            parts.append(box(0.02, dh, 0.02, dm @ at(x, 0, 0.004), "snow"))
        for sd in (-1, 1):
            a = (dx - dw / 4 + 0.01, 0.01 if sd > 0 else dh - 0.01, zf + 0.02)
            b = (dx + dw / 4 - 0.01, dh - 0.01 if sd > 0 else 0.01, zf + 0.02)
            parts.append(square_bar(a, b, 0.016, 0.012, "snow"))
    parts.append(box(0.02, dh + 0.03, 0.03, at(bx, 0, zf + 0.01), "snow"))
    parts.append(box(dw + 0.06, 0.025, 0.02, at(bx, dh + 0.005, zf + 0.006), "snow"))
    loft_m = at(bx, h + 0.04, zf + 0.008)  # the hayloft door
    parts.append(box(0.12, 0.12, 0.014, loft_m, 1))
    parts.append(rect_ring(0.14, 0.14, 0.018, 0.018, loft_m @ at(0, 0.06, 0) @ ALONG_Z, "snow"))
    parts.append(square_bar((bx - 0.06, h + 0.045, zf + 0.02), (bx + 0.06, h + 0.155, zf + 0.02),
                            0.014, 0.01, "snow"))  # fmt: skip
    top = h + 0.28  # the cupola
    parts.append(box(0.08, 0.09, 0.08, at(bx, top - 0.03, bz), "snow"))
    for s in (-1, 1):
        parts.append(lines(at(bx, 0, bz) @ rot("y", 90 * (s + 1)) @ at(0, 0, 0.041),
                           [(-0.025, 0.025, top + 0.015 + 0.012 * k) for k in range(4)],
                           0.005, 0.003, "marking"))  # fmt: skip
    parts.append(lathe([(0.0, 0.0), (0.075, 0.0), (0.0, 0.07)], at(bx, top + 0.06, bz)
                       @ rot("y", 45), "cloth-dark", sides=4))  # fmt: skip
    parts.append(stick((bx, top + 0.12, bz), (bx, top + 0.2, bz), 0.004, "marking"))
    parts.append(slab(sharp([(0.0, 0.0), (0.06, 0.01), (0.06, 0.02), (0.0, 0.03)]), 0.004,
                      at(bx - 0.02, top + 0.17, bz), "marking"))  # the weathervane # fmt: skip
    return parts


def _fence(x0: float, x1: float, z: float, n: int) -> list[Part]:
    """A post-and-rail fence along x from x0 to x1 at z: n posts and two rails."""
    parts = []
    for i in range(n):
        x = x0 + (x1 - x0) * i / (n - 1)
        parts.append(box(0.022, 0.15, 0.022, at(x, 0, z), 0))
    for y in (0.06, 0.12):
        parts.append(box(x1 - x0, 0.018, 0.01, at((x0 + x1) / 2, y, z + 0.016), 0))
    return parts


def _farmhouse(rng: Rng) -> list[Part]:
    """A farmhouse: a two-storey clapboard house with a pitched roof and a brick chimney, a
    long veranda on white posts across its front, white-framed windows with dark shutters;
    beside it and set back a red barn with a gambrel roof, big X-braced double doors and a
    cupola, and a length of post-and-rail fence before it."""
    hx, W, D = 0.3, 0.64, 0.4
    y0, yw, rise = 0.06, 0.64, 0.22
    parts = [box(W, yw - y0, D, at(hx, y0, 0), 0, "body")]
    parts.append(box(W + 0.02, y0, D + 0.02, at(hx, 0, 0), "stones"))
    parts += _ridge_roof(W, D, yw, rise, at(hx, 0, 0), "cloth-dark")
    parts.append(box(W + 0.1, 0.03, 0.03, at(hx, yw + rise - 0.01, 0), "cloth-dark"))
    parts += _chimney(hx + W / 2 - 0.1, -0.06, yw, yw + rise + 0.12, 0.08, 0.08, 1)
    front = at(hx, 0, D / 2 + 0.001)
    parts.append(_siding(front, W, y0, yw))
    side = at(hx + W / 2 + 0.001, 0, 0) @ rot("y", 90)
    parts.append(_siding(side, D, y0, yw))
    mid = y0 + (yw - y0) / 2
    for dx in (-0.2, 0.0, 0.2):  # upper windows
        parts += _shutters(at(hx + dx, mid + 0.06, D / 2 + 0.004), 0.085, 0.16)
    for dx in (-0.2, 0.2):  # lower windows
        parts += _shutters(at(hx + dx, y0 + 0.07, D / 2 + 0.004), 0.085, 0.17)
    for dz in (-0.09, 0.09):
        for y in (y0 + 0.07, mid + 0.06):
            parts += _shutters(side @ at(dz, y, 0.003), 0.085, 0.16)
    door = at(hx, y0, D / 2 + 0.004)
    parts.append(box(0.1, 0.22, 0.012, door, "chalkboard"))
    parts.append(rect_ring(0.12, 0.23, 0.014, 0.016, door @ at(0, 0.115, 0) @ ALONG_Z, "snow"))
    parts.append(sphere(0.008, door @ at(0.03, 0.11, 0.01), "copper"))
    parts += _veranda(hx, W, D / 2, 0.2, y0 + 0.04, mid + 0.02)
    parts += _barn(-0.52, -0.16)
    parts += _fence(-0.82, -0.2, 0.36, 6)
    del rng
    return parts


# 1260: a boardinghouse


def _boardinghouse(rng: Rng) -> list[Part]:
    """A boardinghouse: a tall narrow three-storey town house with a flat brick front, three
    sash windows in a row on every floor and more down its side, stone sills and lintels,
    string courses between the floors, a heavy dentilled cornice under a parapet, two
    chimney stacks crowded with pots; the front door up a flight of steps between iron
    railings, a fanlight over it and a sign board lettered ROOMS above."""
    W, D = 0.52, 0.46
    floors = (0.1, 0.4, 0.7, 1.0)
    top = 1.1
    parts = [box(W, top, D, None, 0, "body")]
    parts.append(box(W + 0.012, 0.1, D + 0.012, None, 1))  # the basement plinth
    for y in floors[1:3]:  # string courses
        parts.append(box(W + 0.014, 0.02, D + 0.014, at(0, y - 0.01, 0), 1))
    parts.append(box(W + 0.03, 0.02, D + 0.03, at(0, 0.995, 0), 1))  # the cornice
    parts.append(box(W + 0.07, 0.035, D + 0.07, at(0, 1.015, 0), 1))
    dent = [(x, 0.97 + 0.012, 0.0) for x in np.arange(-W / 2 + 0.015, W / 2, 0.03)]
    parts.append(lines(at(0, 0, D / 2 + 0.012), [(x - 0.008, x + 0.008, y) for x, y, _ in dent],
                       0.025, 0.018, 1))  # dentils # fmt: skip
    parts.append(box(W + 0.02, 0.02, D + 0.02, at(0, top - 0.01, 0), 1))  # the parapet's coping
    for s in (-1, 1):  # the chimney stacks, with their pots
        x = s * (W / 2 - 0.06)
        parts += _chimney(x, 0.0, top, top + 0.2, 0.1, 0.26, 0)
        for k in range(3):
            parts.append(cylinder(0.018, 0.014, 0.07, at(x, top + 0.2, -0.08 + 0.08 * k), "cork"))
    ww, wh = 0.095, 0.19
    front = at(0, 0, D / 2 + 0.004)
    for fl, y in enumerate(floors[:3]):
        xs = (-0.17, 0.17) if fl == 0 else (-0.17, 0.0, 0.17)
        for x in xs:
            parts += window(front @ at(x, y + 0.06, 0), ww, wh, "snow")
            parts.append(box(ww + 0.04, 0.03, 0.016, front @ at(x, y + 0.06 + wh + 0.01, 0), 1))
            parts.append(box(ww + 0.03, 0.016, 0.03, front @ at(x, y + 0.04, 0.006), 1))
        side = at(W / 2 + 0.004, 0, 0) @ rot("y", 90)
        for z in (-0.12, 0.1):
            parts += window(side @ at(z, y + 0.06, 0), ww, wh, "snow")
            parts.append(box(ww + 0.04, 0.03, 0.016, side @ at(z, y + 0.06 + wh + 0.01, 0), 1))
    door = front @ at(0, 0.1, 0)
    parts.append(box(0.11, 0.2, 0.012, door, "cloth-dark"))
    parts.append(box(0.11, 0.035, 0.008, door @ at(0, 0.205, 0), "window"))  # the fanlight
    for s in (-1, 1):  # its door case
        parts.append(box(0.022, 0.25, 0.02, door @ at(s * 0.066, 0, 0.004), 1))
    parts.append(box(0.16, 0.018, 0.03, door @ at(0, 0.242, 0.006), 1))
    parts.append(sphere(0.007, door @ at(0.03, 0.1, 0.01), "copper"))
    sign = front @ at(0, 0.3, 0.016)  # the sign board
    parts.append(box(0.2, 0.06, 0.012, sign, "snow"))
    parts.append(rect_ring(0.2, 0.06, 0.008, 0.008, sign @ at(0, 0.03, 0.006) @ ALONG_Z,
                           "marking"))  # fmt: skip
    parts += paint_text("ROOMS", sign @ at(0, 0.03, 0.006), 0.032, "marking", 0.16, 0.004)
    z0 = D / 2
    for k in range(3):  # the steps and their railings
        h = 0.1 * (3 - k) / 3
        parts.append(box(0.2, h, 0.05, at(0, 0, z0 + 0.025 + 0.05 * k), "stones"))
    for s in (-1, 1):
        x = s * 0.105
        parts.append(stick((x, 0.2, z0 + 0.005), (x, 0.1, z0 + 0.16), 0.006, "marking"))
        for k in range(4):
            z = z0 + 0.02 + 0.045 * k
            y = 0.1 * (1 - k / 3) if k < 3 else 0.0
            parts.append(stick((x, y, z), (x, 0.2 - 0.1 * (z - z0) / 0.155, z), 0.004, "marking"))
    del rng
    return parts


# 1261: a parsonage


def _lancet(m: np.ndarray, w: float, h: float) -> list[Part]:
    """A pointed lancet window facing +z under m (its foot's middle at 0): dark glass in a
    stone surround."""
    pts = [(-w / 2, 0.0), (w / 2, 0.0), (w / 2, h - w * 0.7), (w * 0.3, h - w * 0.2), (0.0, h),
           (-w * 0.3, h - w * 0.2), (-w / 2, h - w * 0.7)]  # fmt: skip
    big = [(x * 1.4, y * 1.06 - 0.006) for x, y in pts]
    return [slab(sharp(big), 0.012, m, 0), slab(sharp(pts), 0.014, m @ at(0, 0, 0.002), "window")]


def _church(cx: float, cz: float) -> list[Part]:
    """A small stone church at (cx, cz): a nave under a steep roof with lancet windows down its
    side, a square tower at its front with a pointed door, a tall pointed spire and a cross."""
    W, L, h, rise = 0.24, 0.44, 0.24, 0.17
    parts = [box(W, h, L, at(cx, 0, cz), 0)]
    parts += gable(W, L, h, rise, at(cx, 0, cz), 1)
    tri = sharp([(-W / 2, 0.0), (W / 2, 0.0), (0.0, rise)])
    parts.append(slab(tri, 0.02, at(cx, h, cz - L / 2 + 0.01), 0))
    side = at(cx + W / 2 + 0.001, 0, cz) @ rot("y", 90)
    for z in (-0.13, 0.0, 0.13):
        parts += _lancet(side @ at(z, 0.06, 0), 0.045, 0.14)
    t, th = 0.15, 0.4  # the tower
    tz = cz + L / 2 + t / 2 - 0.02
    parts.append(box(t, th, t, at(cx, 0, tz), 0))
    parts.append(box(t + 0.02, 0.02, t + 0.02, at(cx, th - 0.02, tz), 0))
    parts += _lancet(at(cx, 0.0, tz + t / 2 + 0.001), 0.06, 0.13)
    parts += _lancet(at(cx, 0.24, tz + t / 2 + 0.001), 0.035, 0.09)
    parts += _lancet(at(cx + t / 2 + 0.001, 0.24, tz) @ rot("y", 90), 0.035, 0.09)
    sp = 0.34
    parts.append(lathe([(0.0, 0.0), (t * 0.68, 0.0), (0.0, sp)], at(cx, th, tz) @ rot("y", 45), 1,
                       sides=4))  # the spire # fmt: skip
    parts.append(box(0.012, 0.1, 0.012, at(cx, th + sp - 0.01, tz), "copper"))
    parts.append(box(0.06, 0.012, 0.012, at(cx, th + sp + 0.055, tz), "copper"))
    return parts


def _parsonage(rng: Rng) -> list[Part]:
    """A parsonage: a solid two-storey stone house with dressed corner quoins, a slate roof
    between two end chimneys, white sash windows, a gabled porch on two columns over the
    front door; just behind it at one side a small stone church with a tall pointed spire and
    a cross; a low garden wall with gate piers and a path before the house, shrubs behind."""
    hx, W, D = 0.14, 0.66, 0.38
    yw, rise = 0.6, 0.22
    parts = [box(W, yw, D, at(hx, 0, 0), 0, "body")]
    parts.append(box(W + 0.016, 0.05, D + 0.016, at(hx, 0, 0), 0))  # the plinth
    parts += _ridge_roof(W, D, yw, rise, at(hx, 0, 0), 1)
    parts.append(box(W + 0.02, 0.025, D + 0.04, at(hx, yw - 0.025, 0), 0))  # the eaves course
    for s in (-1, 1):
        parts += _chimney(hx + s * (W / 2 - 0.06), 0.0, yw, yw + rise + 0.12, 0.1, 0.16, 0)
        for dz in (-0.035, 0.035):
            parts.append(cylinder(0.016, 0.013, 0.05, at(hx + s * (W / 2 - 0.06), yw + rise + 0.12,
                                                        dz), "cork"))  # fmt: skip
    front = at(hx, 0, D / 2 + 0.004)
    parts.append(_stone_courses(at(hx, 0, D / 2 + 0.001), W, 0.05, yw, 0.05))
    side = at(hx + W / 2 + 0.004, 0, 0) @ rot("y", 90)
    parts.append(_stone_courses(at(hx + W / 2 + 0.001, 0, 0) @ rot("y", 90), D, 0.05, yw, 0.05))
    for s in (-1, 1):
        parts += _quoins(at(hx + s * W / 2, 0.05, D / 2) @ rot("y", 0 if s > 0 else -90), 0.0,
                         yw - 0.08)  # fmt: skip
    ww, wh = 0.1, 0.17
    for dx in (-0.22, 0.0, 0.22):
        parts += window(front @ at(dx, 0.37, 0), ww, wh, "snow")
        parts.append(box(ww + 0.04, 0.03, 0.014, front @ at(dx, 0.37 + wh + 0.01, 0), 0))
    for dx in (-0.22, 0.22):
        parts += window(front @ at(dx, 0.1, 0), ww, wh + 0.02, "snow")
        parts.append(box(ww + 0.04, 0.03, 0.014, front @ at(dx, 0.1 + wh + 0.03, 0), 0))
    for dz in (-0.08, 0.08):
        for y in (0.1, 0.37):
            parts += window(side @ at(dz, y, 0), ww, wh, "snow")
    door = front @ at(0, 0.05, 0)  # the door and its porch
    parts.append(box(0.1, 0.21, 0.012, door, "chalkboard"))
    parts.append(box(0.1, 0.03, 0.01, door @ at(0, 0.215, 0), "window"))
    parts.append(sphere(0.008, door @ at(0.03, 0.1, 0.012), "copper"))
    pz, pw, ph = D / 2 + 0.14, 0.22, 0.28
    parts.append(box(pw + 0.04, 0.05, 0.18, at(hx, 0, D / 2 + 0.09), 0))  # the porch floor
    for s in (-1, 1):
        parts.append(cylinder(0.016, 0.014, ph - 0.05, at(hx + s * pw / 2, 0.05, pz), "snow"))
        parts.append(box(0.04, 0.02, 0.04, at(hx + s * pw / 2, 0.05, pz), "snow"))
    parts.append(box(pw + 0.05, 0.04, 0.17, at(hx, ph, D / 2 + 0.08), 0))
    parts += gable(pw + 0.05, 0.18, ph + 0.04, 0.1, at(hx, 0, D / 2 + 0.08), 1)
    tri = sharp([(-(pw + 0.05) / 2, 0.0), ((pw + 0.05) / 2, 0.0), (0.0, 0.1)])
    parts.append(slab(tri, 0.02, at(hx, ph + 0.04, D / 2 + 0.16), 0))
    parts += _church(-0.66, -0.3)
    zw = D / 2 + 0.34  # the garden wall and its gate
    for xa, xb in ((-0.28, hx - 0.1), (hx + 0.1, hx + W / 2 + 0.1)):
        parts.append(box(xb - xa, 0.11, 0.05, at((xa + xb) / 2, 0, zw), 0))
        parts.append(box(xb - xa + 0.01, 0.02, 0.07, at((xa + xb) / 2, 0.11, zw), "stones"))
    for s in (-1, 1):
        x = hx + s * 0.11
        parts.append(box(0.06, 0.16, 0.06, at(x, 0, zw), 0))
        parts.append(box(0.075, 0.02, 0.075, at(x, 0.16, zw), "stones"))
        parts.append(sphere(0.025, at(x, 0.205, zw), "stones"))
    parts.append(box(0.14, 0.006, zw - D / 2 - 0.18, at(hx, 0, (zw + D / 2 + 0.18) / 2), "stones"))
    for x, r in ((hx - 0.24, 0.07), (hx + 0.3, 0.06), (-0.2, 0.06)):
        r *= 1 + float(rng.uniform(-0.1, 0.1))
        parts.append(sphere(r, at(x, r * 0.8, zw - 0.1) @ scl(1.2, 1, 1), "vine"))
    return parts


# 1262: an oyster


def _oyster_rim(rng: Rng, L: float, W: float, n: int) -> np.ndarray:
    """An oyster's outline (x, z) round the hinge at the origin toward the lip at z ≈ L: a long
    irregular teardrop, narrow at the hinge, its edge wavering."""
    t = np.arange(n) * (2 * np.pi / n)
    s, c = np.sin(t), np.cos(t)
    wob = np.ones(n)
    for k in (2, 3, 5, 7):
        wob += float(rng.uniform(0.01, 0.035)) * np.cos(k * t + float(rng.uniform(0, 6.3)))
    x = 0.5 * W * c * (0.84 + 0.16 * s) * wob
    z = 0.5 * L + 0.5 * L * s * np.where(s < 0, 1.05, 1.0) * wob
    return np.stack([x, z], 1)


def _valve(rim: np.ndarray, depth: float, rng: Rng, rings: int = 12, tag: str = ""
           ) -> tuple[Part, Part, list[Part]]:  # fmt: skip
    """One valve of an oyster cupped upward from y = 0, its rim the outline ``rim`` (x, z): a
    rough outer face stepped with shingled growth layers and a frilled wavy lip; its smooth
    inside (a thin lining to carry the pearly stuff); and the flesh that would lie in it, a
    plump soft mound with a dark frilled mantle edge."""
    n = len(rim)
    cen = rim.mean(0)
    hinge = rim[np.argmin(rim[:, 1])]
    span = float(np.linalg.norm(rim - hinge, axis=1).max())
    t = np.arange(n) * (2 * np.pi / n)
    waves = int(rng.integers(9, 13))
    p0, p1 = rng.uniform(0, 6.3, 2)
    ruff = np.sin(waves * t + p0) + 0.4 * np.sin(2 * waves * t + p1)

    def at_s(s: float, lift: float, grow: float = 1.0, layers: bool = True) -> np.ndarray:
        p = cen + s * grow * (rim - cen)
        d = np.linalg.norm(p - hinge, axis=1) / span
        y = depth * s**1.8 + lift + 0.018 * s**5 * ruff
        if layers:
            y = y - 0.012 * ((d * 6.0) % 1.0) ** 2 + 0.004 * np.sin(31 * t) * s
        return np.stack([p[:, 0], y, p[:, 1]], 1)

    outer = [at_s(s, 0.0) for s in np.linspace(0.02, 1.0, rings)]
    lip = [at_s(1.0, 0.012, 0.99, False)]
    inner = [at_s(s, 0.014, 0.93, False) for s in np.linspace(0.96, 0.02, rings // 2 + 2)]
    shell = grid_skin(np.array(outer + lip + inner), 0, tag)
    sheet = np.array([at_s(s, 0.018, 0.9, False) for s in np.linspace(0.0, 0.93, 7)])
    sheet = np.concatenate([sheet, sheet[:, :1]], 1).transpose(1, 0, 2)
    edge = 0.7
    top = [at_s(s, 0.024 + 0.45 * depth * (1 - (s / edge) ** 2) ** 0.6, 0.9, False)
           for s in np.linspace(0.0, edge, 6)]  # fmt: skip
    under = [at_s(s, 0.016, 0.9, False) for s in np.linspace(edge, 0.0, 3)]
    flesh = [grid_skin(np.array(top + under), "stones")]
    k = np.arange(0, n + 2, 2) % n
    mantle = at_s(edge, 0.026, 0.9, False)[k]
    mantle[:, 1] += 0.007 * (-1.0) ** np.arange(len(k))
    flesh.append(tube(mantle, 0.011, None, "cloth-dark", "", ellipse(1.0, 1.0, 6)))
    return shell, cloth_sheet(sheet, 0.004, 1), flesh


def _frills(rim: np.ndarray, depth: float, m: np.ndarray, rng: Rng) -> list[Part]:
    """Ruffled flakes of old growth layers standing out round an oyster valve's outer face,
    following its growth lines."""
    cen = rim.mean(0)
    n = len(rim)
    t = np.arange(n + 1) * (2 * np.pi / n)
    parts = []
    for s in (0.62, 0.8):
        r = np.concatenate([rim, rim[:1]])
        p = cen + s * (r - cen)
        out = (r - cen) / np.linalg.norm(r - cen, axis=1, keepdims=True)
        y = depth * s**1.8
        wav = 0.012 * np.sin(int(rng.integers(10, 15)) * t + float(rng.uniform(0, 6.3)))
        base = np.stack([p[:, 0], np.full(n + 1, y), p[:, 1]], 1)
        tip = base + np.stack([out[:, 0] * 0.035, -0.012 + wav, out[:, 1] * 0.035], 1)
        grid = np.stack([base, tip], 1)
        grid = (grid @ m[:3, :3].T) + m[:3, 3]
        parts.append(cloth_sheet(grid, 0.005, 0))
    return parts


def _oyster_pair(rng: Rng, m: np.ndarray, L: float, W: float, gape: float, n: int,
                 body: bool = False) -> list[Part]:  # fmt: skip
    """One oyster under m, its hinge at the origin and its lip toward +z: the deep cupped
    lower valve and the flatter upper valve hinged on it, lifted ``gape`` degrees open; when
    open the pale flesh with its dark frilled mantle edge lies in the lower cup."""
    rim = _oyster_rim(rng, L, W, n)
    d0, d1 = 0.1 * L / 0.5, 0.035 * L / 0.5
    shell, lining, flesh = _valve(rim, d0, rng, 12, "body" if body else "")
    parts = [shell.moved(m)]
    parts += _frills(rim, d0, m, rng)
    lid_shell, lid_lining, _ = _valve(rim, d1, rng, 9)
    if gape > 5:
        parts.append(lining.moved(m))
        parts += [p.moved(m) for p in flesh]
    rim_y = d0 + 0.012
    hinge = rim[np.argmin(rim[:, 1])]
    lid = (m @ at(0, rim_y, hinge[1]) @ rot("x", -gape) @ at(0, d1 + 0.012, -hinge[1])
           @ scl(1, -1, 1))  # fmt: skip
    parts.append(lid_shell.moved(lid))
    if gape > 5:
        parts.append(lid_lining.moved(lid))
    return parts


def _oyster(rng: Rng) -> list[Part]:
    """An oyster: a rough, craggy, irregular grey shell with layered frilly ruffled edges
    lying half open, its flat upper valve lifted on the hinge to show the smooth pearly
    inside of both valves and the soft grey flesh with its dark frilled edge in the deep
    lower cup; two closed rough oysters lie beside it."""
    parts = _oyster_pair(rng, at(-0.05, 0, -0.2) @ rot("y", 8), 0.52, 0.38, 50, 44, True)
    parts += _oyster_pair(rng, at(0.42, 0, -0.15) @ rot("y", -35), 0.34, 0.25, 0, 32)
    parts += _oyster_pair(rng, at(-0.38, 0, 0.12) @ rot("y", 150), 0.3, 0.22, 0, 32)
    return parts


# 1263: a balustrade

_VASE = [(0.0, 0.0), (0.034, 0.0), (0.037, 0.012), (0.029, 0.03), (0.034, 0.05), (0.046, 0.1),
         (0.05, 0.145), (0.043, 0.195), (0.027, 0.25), (0.018, 0.29), (0.018, 0.305),
         (0.029, 0.322), (0.034, 0.35), (0.03, 0.372), (0.0, 0.372)]  # fmt: skip
"""A stone baluster's turned vase between its square foot and head: a collar, a full belly
low down, a slim neck and a ringed cap, 0.372 high."""


def _pedestal(x: float, y0: float, h: float) -> list[Part]:
    """A square pedestal post from y0, h tall, at x: a moulded base, a recessed panel on its
    face, a projecting cap and a ball finial on a neck."""
    s = 0.17
    parts = [box(s, h, s, at(x, y0, 0), 0)]
    parts.append(box(s + 0.03, 0.04, s + 0.03, at(x, y0, 0), 0))
    parts.append(rect_ring(s - 0.05, h - 0.14, 0.012, 0.008,
                           at(x, y0 + h / 2, s / 2) @ ALONG_Z, 0))  # fmt: skip
    parts.append(box(s + 0.04, 0.035, s + 0.04, at(x, y0 + h, 0), 0))
    parts.append(box(s + 0.02, 0.015, s + 0.02, at(x, y0 + h - 0.015, 0), 0))
    fin = [(0.0, 0.0), (0.05, 0.0), (0.05, 0.02), (0.028, 0.035), (0.022, 0.05), (0.04, 0.07),
           (0.062, 0.11), (0.058, 0.15), (0.035, 0.18), (0.0, 0.19)]  # fmt: skip
    parts.append(_turned(fin, at(x, y0 + h + 0.035, 0), 1, 14))
    return parts


def _balustrade(rng: Rng) -> list[Part]:
    """A straight stone balustrade: a long row of lathe-turned vase-shaped balusters, each
    bulging low and slim at the neck, standing between a flat moulded plinth and a heavy
    moulded handrail, with square panelled pedestal posts at both ends and in the middle, each
    capped and crowned by a ball finial."""
    L, d = 1.7, 0.2
    plinth, rail_y, rail_h = 0.1, 0.56, 0.08
    parts = [box(L, plinth - 0.03, d + 0.04, None, 0, "body")]
    base = [(-0.12, 0.0), (0.12, 0.0), (0.1, 0.03), (0.0, 0.035), (-0.1, 0.03)]
    parts.append(slab(sharp(base), L, at(0, plinth - 0.03, 0) @ rot("y", 90), 0))
    prof = [(-0.085, 0.0), (0.085, 0.0), (0.11, 0.02), (0.12, 0.045), (0.11, 0.07),
            (0.07, rail_h + 0.005), (-0.07, rail_h + 0.005), (-0.11, 0.07), (-0.12, 0.045),
            (-0.11, 0.02)]  # fmt: skip
    parts.append(slab(sharp(prof), L - 0.02, at(0, rail_y, 0) @ rot("y", 90), 0))
    h_post = rail_y + rail_h + 0.01 - plinth
    xs = (-L / 2 + 0.085, 0.0, L / 2 - 0.085)
    for x in xs:
        parts += _pedestal(x, plinth, h_post)
    per = 6
    lean = float(rng.uniform(-0.004, 0.004))
    for a, b in pairwise(xs):
        x0, x1 = a + 0.085, b - 0.085
        for i in range(per):
            x = x0 + (x1 - x0) * (i + 0.5) / per + lean
            parts.append(box(0.08, 0.04, 0.08, at(x, plinth, 0), 0))
            parts.append(_turned(_VASE, at(x, plinth + 0.04, 0), 0, 12))
            parts.append(box(0.075, rail_y - plinth - 0.04 - 0.372, 0.075,
                             at(x, plinth + 0.04 + 0.372, 0), 0))  # fmt: skip
    return parts


# 1264: a banister

_SPINDLE = [(0.0, 0.0), (0.02, 0.0), (0.02, 0.12), (0.014, 0.135), (0.017, 0.15),
            (0.011, 0.17), (0.011, 0.3), (0.016, 0.36), (0.011, 0.42), (0.011, 0.5),
            (0.017, 0.52), (0.014, 0.54), (0.018, 0.56)]  # fmt: skip
"""A slim turned baluster's profile from its foot: a square-ish foot, beads, a long slim shaft
swelling once, a collar; its straight top continues up to the rail."""


def _banister(rng: Rng) -> list[Part]:
    """A staircase's banister seen close: the bottom of a flight of stairs with wooden treads
    over white risers and a white cut string, a sloping moulded wooden handrail coming down
    and levelling off into a spiral volute over a big turned newel post on the rounded bottom
    step, supported all the way by slim turned balusters, two on each tread."""
    g, r, n = 0.27, 0.18, 5
    x0 = 0.45  # the bottom step's nosing
    zr, zi = -0.045, -0.7  # the balusters' line, the stair's inner side
    parts = []
    for i in range(n):  # risers and treads
        xa, xb = x0 - (i + 1) * g, x0 - i * g
        y = (i + 1) * r
        body = box(xb - xa, y - 0.025, -zi, at((xa + xb) / 2, 0, zi / 2), "snow",
                   "body" if i == 0 else "")  # fmt: skip
        parts.append(body)
        parts.append(box(xb - xa + 0.03, 0.025, -zi + 0.03, at((xa + xb) / 2 + 0.015, y - 0.025,
                                                            zi / 2 + 0.015), 1))  # fmt: skip
    xc = x0 - g * 0.55
    r0 = 0.17
    zc = zr + r0
    parts.append(cylinder(g * 0.62, g * 0.62, r - 0.025, at(xc, 0, zc - 0.03), "snow"))
    parts.append(cylinder(g * 0.62 + 0.015, g * 0.62 + 0.015, 0.025, at(xc, r - 0.025,
                                                                      zc - 0.03), 1))  # fmt: skip
    hr = 0.86  # the rail's height over the nosings
    yv = r + hr + 0.06

    def rail_y(x: float) -> float:
        return r * (1 + (x0 - x) / g) + hr

    pts = [(x0 - n * g + 0.05, rail_y(x0 - n * g + 0.05), zr)]
    for x in (x0 - 3 * g, x0 - 1.6 * g, x0 - 1.05 * g):
        pts.append((x, rail_y(x), zr))
    pts.append((xc - 0.12, yv + 0.02, zr))
    pts.append((xc - 0.03, yv, zr))
    turns = 1.35
    for k in range(1, 26):
        ph = 2 * np.pi * turns * k / 25
        rad = r0 * np.exp(-0.32 * ph)
        pts.append((xc + rad * np.sin(ph), yv, zc - rad * np.cos(ph)))
    shape = ellipse(1.0, 0.8, 12)
    parts.append(tube(pts, 0.034, None, 0, "", shape))
    end = pts[-1]
    parts.append(cylinder(0.034, 0.034, 0.05, at(end[0], yv - 0.03, end[2]), 0))
    newel = [(0.0, 0.0), (0.07, 0.0), (0.07, 0.22), (0.05, 0.24), (0.06, 0.265),
             (0.04, 0.3), (0.042, 0.4), (0.056, 0.5), (0.042, 0.6), (0.036, 0.66),
             (0.06, 0.69), (0.045, 0.72), (0.058, 0.75), (0.04, yv - r - 0.03),
             (0.0, yv - r - 0.03)]  # fmt: skip
    ex, ez = xc + 0.0, zc - 0.0
    parts.append(box(0.13, 0.22, 0.13, at(ex, r, ez), 0))
    parts.append(_turned(newel, at(ex, r, ez), 0, 16))
    spots = []
    for i in range(1, n):
        for f in (0.3, 0.75):
            spots.append((x0 - i * g - f * g, (i + 1) * r, zr))
    for k in (0.55, 0.8):  # two more round the volute's sweep
        ph = 2 * np.pi * turns * k * 0.55
        rad = r0 * np.exp(-0.32 * ph)
        spots.append((xc + rad * np.sin(ph), r, zc - rad * np.cos(ph)))
    spots.append((x0 - g * 0.95, r, zr))
    for x, y, z in spots:
        top = yv if x > x0 - g * 1.05 else rail_y(x)
        hgt = top - y - 0.025
        prof = [(rr, yy * hgt / 0.56) if yy > 0.2 else (rr, yy) for rr, yy in _SPINDLE]
        parts.append(_turned(prof, at(x, y, z), 0, 8))
    del rng
    return parts


MORE_APPLIANCES_ZZZZG = {
    1257: _entrance, 1258: _magic_portal, 1259: _farmhouse, 1260: _boardinghouse,
    1261: _parsonage, 1262: _oyster, 1263: _balustrade, 1264: _banister,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
