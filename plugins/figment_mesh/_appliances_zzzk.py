"""More of the device family's appliances, from 1096: a long-stemmed rose, an open-top
convertible, a tri-fold pamphlet, a display pedestal, an animal hide, a wooden printing press.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl
from ._kit import (
    ALONG_X,
    FLAT_UP,
    band,
    cloth_sheet,
    crisp,
    grid_skin,
    landscape,
    lines,
    rect_ring,
    side_wheel,
    square_bar,
    unit,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZK"]

Rng = np.random.Generator


def _frame(o, d, up) -> np.ndarray:
    """A placement at o whose local y runs along d and whose local z leans toward ``up``."""
    y = unit(d)
    z = unit(np.asarray(up, float) - y * float(np.dot(up, y)))
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = np.cross(y, z), y, z, o
    return m


# ---- 1096 rose ----------------------------------------------------------------------------------


def _petal(i: int, n: int, turn: float, bh: float) -> np.ndarray:
    """The surface of petal i of n round the bloom's axis (rows up the petal, columns across
    it): the inner ones narrow round the centre and curled in at their tops, the outer ones
    wider and opening, their top edges rolled back into points."""
    t = i / (n - 1)
    u = np.linspace(0.0, 1.0, 8)[:, None]
    v = np.linspace(-1.0, 1.0, 11)[None, :]
    half = np.radians(150 - 85 * t) * (0.6 + 0.4 * np.sin(np.pi / 2 * np.minimum(u / 0.5, 1)))
    ang = turn + half * v
    top = bh * (1.0 - 0.3 * t**1.5) * (1.0 - 0.12 * v**2)
    y = u * top
    rb, rm = 0.007 + 0.009 * t, 0.014 + 0.058 * t**0.8
    rt = rm * (0.72 + 0.28 * t) + 0.03 * t**2
    r = rb + (rm - rb) * np.sin(np.pi / 2 * np.minimum(u / 0.55, 1.0))
    r = r + (rt - rm) * np.maximum(0.0, (u - 0.55) / 0.45) ** 2
    r = r * (1.0 + 0.22 * v * (1.0 - t))  # the spiral: each petal wraps outward round the next
    curl = t**1.5 * (0.35 + 0.65 * np.abs(v) ** 2) * u**4  # the outer petals' edges rolled back
    r = r + 0.022 * curl
    y = y - 0.016 * curl
    return np.stack([r * np.cos(ang), y, r * np.sin(ang)], -1)


def _serrated_leaflet(length: float, width: float, teeth: int = 9):
    """A rose leaflet's outline along +y from 0 to ``length``: a pointed oval whose edges are
    cut into small forward-leaning teeth."""
    pts = []
    for side in (1, -1):
        ks = range(2 * teeth + 1)
        for k in ks if side == 1 else reversed(ks):
            s = k / (2 * teeth)
            half = width / 2 * np.sin(np.pi * s) ** 0.8 * (1.0 - 0.25 * s)
            if k % 2 and 0 < k < 2 * teeth:
                half *= 1.12
                s += 0.5 / (2 * teeth)
            pts.append((side * half, length * (0.02 + 0.96 * s)))
    return sharp(pts)


def _leaf_set(o, d, size: float) -> list[Part]:
    """A rose's compound leaf from the stem at o along d: a stalk with two pairs of serrated
    leaflets and a larger one at its tip, tilted up to the light."""
    d = unit(d)
    up = np.array([0.0, 1.0, 0.0])
    end = o + d * size * 1.3
    parts = [tube([o, (o + end) / 2 + up * size * 0.08, end], [0.004, 0.0035, 0.003], None,
                  "vine")]  # fmt: skip
    side = unit(np.cross(up, d))
    for k, f in enumerate((0.35, 0.7)):
        p = o + (end - o) * f + up * size * 0.08 * np.sin(np.pi * f)
        for s in (-1, 1):
            dd = unit(d * 0.55 + side * s + up * 0.15)
            sz = size * (0.7 + 0.15 * k)
            parts.append(slab(_serrated_leaflet(sz, sz * 0.55), 0.004, _frame(p, dd, up), "vine"))
    parts.append(slab(_serrated_leaflet(size, size * 0.55), 0.004,
                      _frame(end, unit(d + up * 0.2), up), "vine"))  # fmt: skip
    return parts


def _rose(rng: Rng) -> list[Part]:
    """A single long-stemmed rose standing upright: a cupped, tight bloom of many petals wrapped
    in a spiral, the inner ones curled closed round the centre and the outer ones opening with
    their edges rolled back into points, a green calyx of five pointed sepals under it on a
    round hip, a long straight green stem set with sharp hooked thorns, and two compound
    leaves on stalks, each of five serrated leaflets."""
    H = 0.78
    bh = 0.15
    c = np.array([0.0, H, 0.0])
    parts = [tube([(0, 0, 0), (0, H * 0.5, 0), (0, H + 0.01, 0)], 0.0075, None, "vine")]
    n = 17
    turn0 = float(rng.uniform(0, 2 * np.pi))
    for i in range(n):
        p = _petal(i, n, turn0 + np.radians(137.5) * i, bh) + c
        parts.append(cloth_sheet(p, 0.0035, 0, "body" if i == n - 1 else ""))
    parts.insert(0, parts.pop())  # the outermost petal first: it carries the tag
    hip = [(0.0, -0.03), (0.012, -0.022), (0.02, -0.005), (0.016, 0.01), (0.0, 0.012)]
    parts.append(lathe(hip, at(*c), "vine"))
    for k in range(5):  # the sepals, curling down from under the bloom
        a = turn0 + 2 * np.pi * k / 5 + 0.3
        rad = np.array([np.cos(a), 0.0, np.sin(a)])
        pts = [c + rad * 0.012 - [0, 0.012, 0], c + rad * 0.03 + [0, 0.004, 0],
               c + rad * 0.05 + [0, 0.006, 0], c + rad * 0.062 - [0, 0.012, 0]]  # fmt: skip
        parts.append(
            band(pts, [0.01, 0.016, 0.011, 0.002], 0.003, np.cross(rad, [0, 1, 0]), "vine")
        )
    for k in range(7):  # the thorns
        y = 0.08 + 0.085 * k + float(rng.uniform(-0.015, 0.015))
        a = 2.4 * k + float(rng.uniform(-0.3, 0.3))
        out = np.array([np.cos(a), 0.0, np.sin(a)])
        base = np.array([0.0, y, 0.0]) + out * 0.006
        parts.append(
            cylinder(0.0045, 0.0, 0.018, at(*base) @ align(out + np.array([0.0, -0.45, 0.0])), 1)
        )
    parts += _leaf_set(np.array([0.0, 0.52, 0.0]), (0.8, 0.3, 0.6), 0.095)
    parts += _leaf_set(np.array([0.0, 0.34, 0.0]), (-0.7, 0.3, 0.45), 0.085)
    return parts


# ---- 1097 convertible -------------------------------------------------------------------------


_BODY = (  # x, bottom, top, half width, floor: the body's rings from the tail to the nose
    (-0.505, 0.11, 0.19, 0.15, 0.19), (-0.5, 0.09, 0.22, 0.18, 0.22),
    (-0.48, 0.075, 0.245, 0.2, 0.245), (-0.42, 0.07, 0.258, 0.21, 0.258),
    (-0.3, 0.07, 0.262, 0.215, 0.262), (-0.21, 0.07, 0.262, 0.212, 0.262),
    (-0.205, 0.07, 0.26, 0.21, 0.13), (0.03, 0.07, 0.26, 0.21, 0.13),
    (0.035, 0.07, 0.27, 0.21, 0.27), (0.15, 0.07, 0.266, 0.21, 0.266),
    (0.3, 0.07, 0.255, 0.215, 0.255), (0.4, 0.07, 0.238, 0.205, 0.238),
    (0.46, 0.075, 0.215, 0.19, 0.215), (0.495, 0.09, 0.185, 0.165, 0.185),
    (0.508, 0.11, 0.155, 0.13, 0.155),
)  # fmt: skip


def _section(x: float, b: float, t: float, w: float, f: float) -> np.ndarray:
    """One ring of the body at x: a rounded oblong from the sill b to the top t, w half wide,
    its middle sunk to the floor f between the doors where the cabin is open (a U), the same
    number of points either way."""
    rb, rz, ry, wall = 0.035, 0.03, min(0.06, (t - b) * 0.45), 0.035
    right = [(0.0, b)]
    right += [
        (w - rb + rb * np.sin(a), b + rb - rb * np.cos(a)) for a in np.linspace(0, np.pi / 2, 4)
    ]
    right += [
        (w - rz + rz * np.cos(a), t - ry + ry * np.sin(a)) for a in np.linspace(0, np.pi / 2, 5)
    ]
    right += [(w - wall, t - 0.003), (w - wall - 0.004, f), (0.0, f)]
    left = [(-z, y) for z, y in right[-2:0:-1]]
    zy = np.array(right + left)
    return np.stack([np.full(len(zy), x), zy[:, 1], zy[:, 0]], 1)


def _body(slot) -> Part:
    """The convertible's body: rounded rings from tail to nose, open between the doors down to
    the cabin's floor behind the scuttle."""
    return grid_skin(np.array([_section(*ring) for ring in _BODY]), slot, "body")


def _seat(x: float, z: float) -> list[Part]:
    """A bucket seat in the cabin at (x, z): a cushion, a reclined back and a headrest."""
    parts = [box(0.11, 0.05, 0.12, at(x, 0.14, z), "cork")]
    back = at(x - 0.06, 0.15, z) @ rot("z", 14)
    parts.append(box(0.035, 0.16, 0.12, back, "cork"))
    parts.append(box(0.03, 0.05, 0.08, back @ at(0.0, 0.175, 0.0), "cork"))
    return parts


def _convertible(rng: Rng) -> list[Part]:
    """An open-top sports car side on, its nose to +x: a long low rounded body with a long
    bonnet and a short rear deck, no roof, an open cabin with two tan bucket seats and a
    steering wheel showing over the doors, a raked windscreen in a chrome frame, the soft top
    folded down in a bundle behind the seats, four wheels in dark arches with chrome hubs,
    round headlamps, a grille, red tail lamps and chrome bumpers."""
    parts = [_body(0)]
    w = 0.21
    parts.append(box(0.23, 0.01, 2 * w - 0.03, at(-0.085, 0.135, 0), "cloth-dark"))  # the floor
    for s in (-1, 1):
        parts.append(box(0.004, 0.13, 0.004, at(0.02, 0.11, s * (w + 0.001)), "marking"))  # seams
        parts.append(box(0.004, 0.13, 0.004, at(-0.19, 0.11, s * (w + 0.001)), "marking"))
        parts.append(box(0.03, 0.008, 0.01, at(-0.14, 0.22, s * (w + 0.004)), 1))  # handles
    dash = at(0.03, 0.14, 0)
    parts.append(box(0.03, 0.12, 2 * w - 0.04, dash, 0))  # the dashboard
    parts.append(box(0.004, 0.06, 2 * w - 0.08, dash @ at(-0.016, 0.05, 0), "marking"))
    for z in (-0.1, 0.1):
        parts += _seat(-0.1, z)
    col = at(0.03, 0.22, 0.1) @ rot("z", 60)  # the steering wheel on its column
    parts.append(cylinder(0.008, 0.008, 0.06, col, "marking"))
    wheel = at(-0.01, 0.245, 0.1) @ rot("z", 60)
    parts.append(torus(0.048, 0.007, wheel, "marking"))
    parts.append(box(0.09, 0.008, 0.008, wheel, "marking"))
    parts.append(cylinder(0.014, 0.014, 0.01, wheel, 1))
    rake = 36  # the windscreen: a chrome frame raked back round the glass
    ws = at(0.06, 0.262, 0) @ rot("z", rake)
    parts.append(box(0.006, 0.13, 2 * w - 0.05, ws @ at(0, 0.005, 0), "pane"))
    for s in (-1, 1):
        parts.append(box(0.014, 0.145, 0.014, ws @ at(0, 0, s * (w - 0.022)), 1))
    parts.append(box(0.016, 0.014, 2 * w - 0.03, ws @ at(0, 0.135, 0), 1))
    for s in (-1, 1):  # the mirrors
        parts.append(sphere(1.0, at(0.05, 0.285, s * (w + 0.015)) @ scl(0.02, 0.014, 0.018), 1))
    fold = float(rng.uniform(-0.01, 0.01))  # the soft top folded down behind the seats
    sec = np.array([[1.0, 0.0], [0.7, 0.7], [0.0, 1.0], [-0.7, 0.7], [-1.0, 0.0], [-0.7, -0.7],
                    [0.0, -1.0], [0.7, -0.7]]) * [1.0, 0.75]  # fmt: skip
    for x, y, r in ((-0.25, 0.29, 0.05), (-0.3, 0.3, 0.04)):
        zs = (-0.19, -0.1, 0.0, 0.1, 0.19)
        pts = [(x + fold, y + (0.004 if i % 2 else 0.0), z) for i, z in enumerate(zs)]
        parts.append(tube(pts, [r * 0.8, r, r * 0.95, r, r * 0.8], None, "cloth-dark", shape=sec))
    for z in (-0.15, -0.05, 0.05, 0.15):  # its pleats
        parts.append(torus(0.048, 0.006, at(-0.25 + fold, 0.29, z) @ rot("x", 90) @ scl(1, 1, 0.75),
                           "cloth-dark"))  # fmt: skip
    for x in (-0.3, 0.3):  # the wheel arches and wheels
        arch = [(x - 0.115, 0.1), (x + 0.115, 0.1), (x + 0.1, 0.16), (x, 0.19), (x - 0.1, 0.16)]
        parts.append(slab(arch, 2 * w + 0.012, None, "marking"))
        for s in (-1, 1):
            parts += side_wheel(x, 0.0905, s * (w - 0.025), 0.09, 0.06)
    for s in (-1, 1):  # lamps
        lamp = at(0.43, 0.2, s * 0.12) @ rot("z", -70)
        parts.append(cylinder(0.032, 0.03, 0.03, lamp, 1))
        parts.append(sphere(1.0, lamp @ at(0, 0.03, 0) @ scl(0.028, 0.01, 0.028), "glow"))
        parts.append(box(0.01, 0.03, 0.05, at(-0.5, 0.18, s * 0.12), "card-red"))
    parts.append(sphere(1.0, at(0.5, 0.13, 0) @ scl(0.012, 0.028, 0.07), "marking"))  # grille
    for x, bz in ((0.51, 0.3), (-0.505, 0.36)):  # chrome bumpers
        parts.append(tube([(x - 0.04 * np.sign(x), 0.11, -bz / 2 - 0.03), (x, 0.11, -bz / 2),
                           (x, 0.11, bz / 2), (x - 0.04 * np.sign(x), 0.11, bz / 2 + 0.03)],
                          0.011, None, 1))  # fmt: skip
    return parts


# ---- 1098 pamphlet ------------------------------------------------------------------------------


def _print_face(m: np.ndarray, w: float, h: float, kind: int) -> list[Part]:
    """One printed face of a leaflet panel (w by h, its foot centred at m's origin, facing +z):
    a coloured title band with white lettering, a picture and lines of text, laid out by
    ``kind``."""
    parts = []
    x0, x1 = -w * 0.4, w * 0.4
    if kind == 0:  # the cover: a big title band, a big picture, a line of text
        parts.append(box(w * 0.86, h * 0.16, 0.002, m @ at(0, h * 0.76, 0), 1))
        parts.append(lines(m @ at(0, 0, 0.002), [(x0 + 0.02, x1 - 0.04, h * 0.86),
                                                 (x0 + 0.02, x1 * 0.3, h * 0.8)], h * 0.03,
                           0.002, "snow"))  # fmt: skip
        parts += landscape(m @ at(0, h * 0.3, 0) @ scl(1, 1, 0.15), w * 0.8, h * 0.4, False)
        parts.append(lines(m, [(x0, x1 * 0.6, h * 0.2), (x0, x1, h * 0.15)], h * 0.022))
    else:  # a heading band with its white lettering
        parts.append(box(w * 0.86, h * 0.07, 0.002, m @ at(0, h * 0.86, 0), 1))
        parts.append(lines(m @ at(0, 0, 0.002), [(x0 + 0.01, x1 * (0.5 - kind * 0.3), h * 0.895)],
                           h * 0.025, 0.002, "snow"))  # fmt: skip
    if kind == 1:  # text panel: a heading, a picture block, text
        parts.append(box(w * 0.8, h * 0.25, 0.002, m @ at(0, h * 0.55, 0), "fruit-orange"))
        parts.append(
            sphere(1.0, m @ at(-w * 0.15, h * 0.68, 0.002) @ scl(w * 0.12, h * 0.06, 0.001), "snow")
        )
        rows = [(x0, x1 if k % 4 != 3 else x1 * 0.2, h * (0.48 - 0.045 * k)) for k in range(9)]
        parts.append(lines(m, rows, h * 0.018))
    elif kind == 2:  # text panel: text, a small picture, more text
        rows = [(x0, x1 if k % 5 != 4 else x1 * 0.1, h * (0.8 - 0.045 * k)) for k in range(6)]
        parts.append(lines(m, rows, h * 0.018))
        parts += landscape(m @ at(0, h * 0.3, 0) @ scl(1, 1, 0.15), w * 0.8, h * 0.2, False)
        rows = [(x0, x1 if k != 3 else x1 * 0.3, h * (0.24 - 0.045 * k)) for k in range(4)]
        parts.append(lines(m, rows, h * 0.018))
    return parts


def _pamphlet(rng: Rng) -> list[Part]:
    """A tri-fold leaflet standing on its edge, partly open in a zig-zag: three tall thin
    panels of paper joined at the folds, each face printed with a coloured title band in
    white lettering, a picture (a landscape or a colour block) and lines of dark text."""
    w, h, t = 0.47, 1.0, 0.006
    spread = 62 + float(rng.uniform(-4, 4))  # each fold's half angle from flat
    dirs = [
        (np.cos(np.radians(a)), np.sin(np.radians(a)))
        for a in (spread - 90, 90 - spread, spread - 90)
    ]
    p = np.array([0.0, 0.0])
    pts = [p]
    for dx, dz in dirs:
        p = p + w * np.array([dx, dz])
        pts.append(p)
    mid = (pts[0] + pts[-1]) / 2
    parts = []
    for k, (dx, dz) in enumerate(dirs):
        c = (pts[k] + pts[k + 1]) / 2 - mid
        m = at(c[0], 0, c[1]) @ rot("y", np.degrees(np.arctan2(-dz, dx)))
        parts.append(box(w - 0.004, h, t, m, 0, "body" if k == 0 else ""))
        parts += _print_face(m @ at(0, 0, t / 2), w, h, (1, 2, 1)[k])
        parts += _print_face(m @ rot("y", 180) @ at(0, 0, t / 2), w, h, (2, 0, 2)[k])
    return parts


# ---- 1099 pedestal ------------------------------------------------------------------------------


def _pedestal(rng: Rng) -> list[Part]:
    """A short square display pedestal about waist high: a squat square column with a panel
    framed by a raised moulding on each face, a moulded cornice under a top slab, a wider
    stepped and moulded plinth, and a round-bellied vase standing on top to show what it is
    for."""
    r2 = np.sqrt(2.0)
    prof = [(0.0, 0.0), (0.26, 0.0), (0.26, 0.07), (0.235, 0.07), (0.235, 0.13), (0.215, 0.13),
            (0.215, 0.15), (0.2, 0.17), (0.185, 0.2), (0.17, 0.2), (0.17, 0.76), (0.18, 0.77),
            (0.19, 0.79), (0.215, 0.81), (0.235, 0.82), (0.235, 0.86), (0.0, 0.86)]  # fmt: skip
    prof = [(r * r2, y) for r, y in crisp(prof, 0.05)]
    parts = [lathe(prof, at(0, 0.003, 0) @ rot("y", 45), 0, "body", sides=4)]
    for k in range(4):  # the panels' raised frames on each face
        f = rot("y", 90 * k) @ at(0, 0, 0.17)
        for x in (-0.11, 0.11):
            parts.append(box(0.022, 0.46, 0.012, f @ at(x, 0.25, 0), 0))
        for y in (0.25, 0.69):
            parts.append(box(0.242, 0.022, 0.012, f @ at(0, y, 0), 0))
    vase = [(0.0, 0.0), (0.06, 0.0), (0.065, 0.02), (0.11, 0.1), (0.115, 0.15), (0.09, 0.22),
            (0.05, 0.27), (0.045, 0.31), (0.07, 0.34), (0.0, 0.335)]  # fmt: skip
    turn = float(rng.uniform(0, 90))
    parts.append(lathe(vase, at(0, 0.86, 0) @ rot("y", turn), 1))
    parts.append(torus(0.112, 0.007, at(0, 0.86 + 0.14, 0), 1))
    return parts


# ---- 1100 animal hide ---------------------------------------------------------------------------


def _animal_hide(rng: Rng) -> list[Part]:
    """A flayed animal skin lying flat on the floor, fur up: a broad pelt whose outline spreads
    into four leg flaps at its corners, splayed forward and back, a long tail flap at one end
    and the narrower neck at the other; gently wavy, its edges ragged, the bare skin side
    showing as a thin rim round them."""
    nu, nv = 52, 17
    u = np.linspace(0.0, 1.0, nu)[:, None]
    v = np.linspace(-1.0, 1.0, nv)[None, :]
    x = -0.56 + u * 1.06 + 0 * v
    body = 0.26 * np.clip(np.sin(np.pi * np.clip((u - 0.15) / 0.78, 0, 1)), 0, 1) ** 0.45
    tail = (0.003 + 0.03 * np.clip(u / 0.17, 0, 1) ** 0.7) * (u < 0.2)
    half = np.maximum(body, tail) + 0.008
    half = np.where(u > 0.9, half * (1.0 - 2.5 * (u - 0.9)) + 0.06, half)  # the neck
    legs = 0.0
    for ul, reach, sweep in ((0.31, 0.25, -0.14), (0.75, 0.23, 0.13)):
        d = (u - ul) / 0.05
        bump = 1.0 / (1.0 + d**6)
        legs = legs + reach * bump
        x = x + sweep * bump * np.abs(v) ** 3
    rag = 1.0 + 0.05 * np.sin(u * 83.0 + float(rng.uniform(0, 6))) * np.sin(u * 31.0)
    z = v * (half + legs) * rag
    wave = 0.008 + 0.008 * (1 + np.sin(x * 11.0 + 1.3) * np.cos(z * 9.0)) + 0.01 * np.abs(v) ** 4
    p = np.stack([x, wave, z], -1)
    parts = [cloth_sheet(p, 0.008, 0, "body")]
    skin = p * [1.0, 0.0, 1.0] + [0.0, 0.005, 0.0]  # the pale skin side showing round the edge
    skin[..., 2] *= 1.0 + 0.02 / np.maximum(np.abs(z), 0.02) * np.abs(v)
    parts.append(cloth_sheet(skin, 0.006, 1))
    return parts


# ---- 1101 printing press ------------------------------------------------------------------------


def _forme(m: np.ndarray) -> list[Part]:
    """The type forme locked in its iron chase on the bed, under m: a dark block of type in
    rows of lines."""
    parts = [rect_ring(0.32, 0.36, 0.025, 0.03, m, 1)]
    parts.append(box(0.27, 0.025, 0.31, m, "marking"))
    rows = [(-0.12, 0.12 if k % 5 != 4 else 0.0, -0.13 + 0.028 * k) for k in range(10)]
    parts.append(lines(m @ at(0, 0.025, 0) @ FLAT_UP, rows, 0.012, 0.004, "steel"))
    return parts


def _printing_press(rng: Rng) -> list[Part]:
    """An old wooden hand press (Gutenberg's kind): two tall upright posts on sills joined by a
    cap and a heavy head beam, a big threaded wooden screw coming down through the head to the
    flat platen, a long iron bar lever with a wooden grip sticking out from it, the bed slid
    out toward the viewer on its rails with the inked type forme on it, the tympan frame hinged
    open at the bed's end with a sheet of paper on it."""
    parts = [box(0.66, 0.1, 0.18, at(0, 0.88, 0), 0, "body")]  # the cap
    for s in (-1, 1):
        parts.append(box(0.1, 0.98, 0.14, at(s * 0.27, 0, 0), 0))  # the posts
        parts.append(box(0.13, 0.08, 0.62, at(s * 0.27, 0, 0), 0))  # the sills
        parts.append(square_bar((s * 0.27, 0.08, 0.24), (s * 0.27, 0.35, 0.06), 0.05, 0.05, 0))
    parts.append(box(0.6, 0.12, 0.2, at(0, 0.68, 0), 0))  # the head
    parts.append(box(0.44, 0.07, 0.16, at(0, 0.26, 0), 0))  # the winter under the bed
    screw = [(0.0, 0.0), (0.05, 0.0)]
    for k in range(11):
        screw.append((0.055 if k % 2 else 0.038, 0.02 + 0.24 * k / 10))
    screw += [(0.045, 0.28), (0.0, 0.28)]
    parts.append(lathe(screw, at(0, 0.52, 0), 0))  # the screw, threaded through the head
    parts.append(box(0.1, 0.07, 0.1, at(0, 0.8, 0), 0))  # the screw's head over the beam
    parts.append(box(0.12, 0.06, 0.12, at(0, 0.46, 0), 0))  # the hose on the screw's foot
    ang = float(rng.uniform(25, 40))  # the bar lever, through the spindle
    d = np.array([np.cos(np.radians(ang)), -0.06, np.sin(np.radians(ang))])
    a = np.array([0.0, 0.55, 0.0])
    b = a + d * 0.5
    parts.append(stick(tuple(a - d * 0.08), tuple(b), 0.013, 1))
    parts.append(stick(tuple(b), tuple(b + d * 0.14), 0.021, 0))
    parts.append(box(0.34, 0.05, 0.3, at(0, 0.41, 0), 0))  # the platen
    for s in (-1, 1):  # the rails, running out to the front on their legs
        parts.append(box(0.06, 0.06, 1.05, at(s * 0.14, 0.3, 0.28), 0))
        parts.append(box(0.05, 0.3, 0.05, at(s * 0.14, 0, 0.74), 0))
    parts.append(box(0.34, 0.04, 0.04, at(0, 0.16, 0.74), 0))
    bed = at(0, 0.36, 0.36)  # the bed (coffin) slid out, the forme on it
    parts.append(box(0.4, 0.04, 0.5, bed, 0))
    parts += _forme(bed @ at(0, 0.04, 0.0))
    hinge = at(0, 0.4, 0.62)  # the tympan, hinged open at the bed's end
    tym = hinge @ rot("x", 118)
    parts.append(rect_ring(0.38, 0.44, 0.03, 0.025, tym @ at(0, 0, -0.22), 0))
    parts.append(box(0.34, 0.006, 0.4, tym @ at(0, 0.01, -0.22), "pages"))
    sheet = tym @ at(0, 0.014, -0.22)
    parts.append(box(0.26, 0.004, 0.32, sheet, "snow"))
    parts.append(lines(sheet @ at(0, 0.004, 0) @ FLAT_UP,
                       [(-0.1, 0.1 if k % 4 != 3 else 0.0, 0.12 - 0.03 * k) for k in range(9)],
                       0.01, 0.002))  # fmt: skip
    parts.append(cylinder(0.012, 0.012, 0.4, hinge @ at(-0.2, 0, 0) @ ALONG_X, 1))
    return parts


MORE_APPLIANCES_ZZZK = {
    1096: _rose, 1097: _convertible, 1098: _pamphlet, 1099: _pedestal, 1100: _animal_hide,
    1101: _printing_press,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
