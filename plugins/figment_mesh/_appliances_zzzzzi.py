"""More of the device family's appliances, from 1475: the Eiffel Tower, the Leaning Tower of
Pisa, the Statue of Liberty, the Taj Mahal, the Great Wall of China, Stonehenge, the Sydney
Opera House, the Golden Gate Bridge.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from ._geometry import Part, Sweep, align, at, mesh_part, rot, scl, v3
from ._kit import (
    balls,
    blocks,
    cloth_sheet,
    crisp,
    flat_solid,
    grid_skin,
    hoop,
    loft,
    rect_ring,
    rope,
    scaled,
    strands,
    units,
    water_patch,
)
from ._primitives import box, cylinder, lathe, slab, torus
from ._sdf import Field, Shape, sdf_part
from ._sdf import ellipsoid as blob
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZZI"]

Rng = np.random.Generator


def _bars(pairs, r: float, slot=0) -> Part:
    """Many thin straight bars (a lattice's braces, hanging cables) in one part: a three-sided
    rod r round from a to b for each (a, b) of ``pairs``."""
    ab = np.asarray(pairs, float).reshape(-1, 2, 3)
    a, b = ab[:, 0], ab[:, 1]
    t = units(b - a)
    ref = np.where(np.abs(t[:, 1:2]) < 0.9, [[0.0, 1.0, 0.0]], [[1.0, 0.0, 0.0]])
    e1 = units(np.cross(t, ref))
    e2 = np.cross(t, e1)
    ang = np.radians([90.0, 210.0, 330.0])
    off = r * (np.cos(ang)[None, :, None] * e1[:, None] + np.sin(ang)[None, :, None] * e2[:, None])
    verts = np.concatenate([a[:, None] + off, b[:, None] + off], 1)  # (n, 6, 3)
    one = np.array([(0, 2, 1), (3, 4, 5), (0, 1, 4), (0, 4, 3), (1, 2, 5), (1, 5, 4), (2, 0, 3),
                    (2, 3, 5)])  # fmt: skip
    faces = one[None] + 6 * np.arange(len(a))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), faces.reshape(-1, 3), slot)


def _post(r0: float, r1: float, h: float, m: np.ndarray | None = None, slot=0, sides: int = 12
          ) -> Part:  # fmt: skip
    """A plain round post, disc or cone from radius r0 at y = 0 to r1 at y = h under ``m`` in
    few triangles (a cylinder's rings up its height are wasted on dozens of small ones)."""
    a = np.arange(sides) * (2 * np.pi / sides)
    ring = np.stack([np.cos(a), np.sin(a)], 1)
    ys = [0.0, 0.0, h] + ([h] if r1 > 0 else [])
    radii = np.array([0.0, r0, r1] + ([0.0] if r1 > 0 else []))
    n = len(ys)
    c = np.array([(0.0, y, 0.0) for y in ys])
    sweep = Sweep(c, np.tile([1.0, 0.0, 0.0], (n, 1)), np.tile([0.0, 0.0, -1.0], (n, 1)), radii,
                  ring)  # fmt: skip
    return Part(lambda k: sweep, np.eye(4) if m is None else m, slot)


def _lattice(rings, chord: float, brace: float, slot=0) -> list[Part]:
    """A square lattice column through ``rings`` ((levels, 4, 3) corner points, bottom to top,
    each ring in order round): its four corner chords, a bar round each level and an X of
    braces across each face between levels."""
    r = np.asarray(rings, float)
    chords = strands([r[:, i] for i in range(4)], chord, slot, sides=4, n=2 * len(r))
    pairs = []
    for k in range(len(r)):
        for i in range(4):
            j = (i + 1) % 4
            pairs.append((r[k, i], r[k, j]))
            if k + 1 < len(r):
                pairs += [(r[k, i], r[k + 1, j]), (r[k, j], r[k + 1, i])]
    return [chords, _bars(pairs, brace, slot)]


# 1475 the Eiffel Tower

_EIFFEL_Y = (0.0, 0.06, 0.12, 0.17, 0.24, 0.3, 0.35, 0.42, 0.5, 0.6, 0.7, 0.84)
_EIFFEL_W = (0.17, 0.142, 0.119, 0.102, 0.082, 0.068, 0.058, 0.048, 0.04, 0.033, 0.027, 0.02)
"""The Eiffel Tower's half width at its outer corners, by height."""


def _eiffel_w(y):
    """The tower's half width at height y."""
    return np.interp(y, _EIFFEL_Y, _EIFFEL_W)


def _eiffel_leg(sx: int, sz: int) -> list[Part]:
    """One of the four curving lattice legs, from its foot on the ground to the second floor."""
    rings = []
    for y in np.linspace(0.002, 0.35, 9):
        w = float(_eiffel_w(y))
        leg = float(np.interp(y, (0.0, 0.17, 0.35), (0.062, 0.042, 0.03)))
        a, b = w, w - leg
        rings.append([(sx * a, y, sz * a), (sx * b, y, sz * a), (sx * b, y, sz * b),
                      (sx * a, y, sz * b)])  # fmt: skip
    return _lattice(rings, 0.0045, 0.0016)


def _eiffel_arch(face: int) -> list[Part]:
    """The great ornamental arch between two legs on one face, a lattice girder curving up
    from leg to leg under a straight girder below the first floor."""
    m = rot("y", 90 * face)

    def on_face(x, y, inset=0.006):
        return (m[:3, :3] @ np.array([x, y, float(_eiffel_w(y)) - inset])).tolist()

    t = np.linspace(0.0, np.pi, 13)
    inner = [on_face(-0.1 * np.cos(a), 0.012 + 0.122 * np.sin(a)) for a in t]
    outer = [on_face(-0.112 * np.cos(a), 0.012 + 0.14 * np.sin(a)) for a in t]
    parts = [strands([inner, outer], 0.0042, 0, sides=4, n=25)]
    pairs = list(zip(inner, outer, strict=True))
    pairs += list(zip(inner[:-1], outer[1:], strict=True))
    for y in (0.145, 0.168):  # the straight girder under the floor
        half = float(_eiffel_w(y)) - 0.04
        pairs.append((on_face(-half, y), on_face(half, y)))
    for k in range(10):
        x0 = -0.075 + 0.015 * k
        pairs.append((on_face(x0, 0.145), on_face(x0 + 0.015, 0.168)))
    parts.append(_bars(pairs, 0.0017))
    return parts


def _eiffel_tower(rng: Rng) -> list[Part]:
    """The Eiffel Tower: four splayed lattice legs curving up from the ground, joined on each
    side by a great arch under the first floor's square gallery, rising and closing to the
    second floor, then one tapering lattice shaft to the small top platform with its cabin,
    lantern and slim spire; every leg, girder and arch a criss-cross of thin iron bars."""
    floor = rect_ring(0.236, 0.236, 0.05, 0.024, at(0, 0.165, 0), 0)  # the first floor
    parts = [replace(floor, tag="body")]
    parts.append(rect_ring(0.212, 0.212, 0.012, 0.02, at(0, 0.189, 0), 1))  # its pavilions
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts += _eiffel_leg(sx, sz)
    for face in range(4):
        parts += _eiffel_arch(face)
    parts.append(rect_ring(0.14, 0.14, 0.035, 0.018, at(0, 0.345, 0), 0))  # second floor
    parts.append(rect_ring(0.126, 0.126, 0.01, 0.014, at(0, 0.363, 0), 1))
    rings = []
    for y in np.linspace(0.35, 0.84, 14):
        w = float(_eiffel_w(y))
        rings.append([(w, y, w), (-w, y, w), (-w, y, -w), (w, y, -w)])
    parts += _lattice(rings, 0.004, 0.0014)
    sway = float(rng.uniform(-0.002, 0.002))
    parts.append(rect_ring(0.054, 0.054, 0.012, 0.012, at(0, 0.835, 0), 0))  # the top floor
    parts.append(_post(0.021, 0.019, 0.04, at(0, 0.847, 0), 1))  # the cabin
    parts.append(_post(0.024, 0.006, 0.012, at(0, 0.887, 0), 0))
    parts.append(_post(0.009, 0.007, 0.028, at(0, 0.897, 0), 0))  # the lantern
    parts.append(balls([(0, 0.927, 0)], 0.009, 0, 8, 4))
    parts.append(_post(0.0035, 0.0015, 0.07, at(sway, 0.93, 0), 0, 6))  # the spire
    return parts


# 1476 the Leaning Tower of Pisa


def _arcade(r: float, t: float, y0: float, y1: float, n: int, rise: float) -> Part:
    """A ring of n round arches: a band of wall t thick inside radius r from the arches' feet at
    y0 to y1, its lower edge cut into n arches ``rise`` high."""
    u = np.array([-1.0, -0.8, -0.45, 0.0, 0.45, 0.8])
    rows = []
    for k in range(n + 1):
        for j, uu in enumerate(u):
            if k == n and j:
                break
            a = 2 * np.pi * (k + 0.5 + 0.5 * uu) / n
            c, s = np.cos(a), np.sin(a)
            yb = y0 + rise * np.sqrt(max(0.0, 1.0 - uu * uu))
            rows.append([(r * c, yb, r * s), (r * c, y1, r * s), ((r - t) * c, y1, (r - t) * s),
                         ((r - t) * c, yb, (r - t) * s)])  # fmt: skip
    return grid_skin(np.asarray(rows), 0)


def _colonnade(r: float, y0: float, y1: float, n: int, thick: float) -> Part:
    """n slim columns round a circle of radius r from y0 to y1, one under each pair of
    arches' feet."""
    paths = []
    for k in range(n):
        a = 2 * np.pi * k / n
        paths.append([(r * np.cos(a), y0, r * np.sin(a)), (r * np.cos(a), y1, r * np.sin(a))])
    return strands(paths, thick, 0, sides=6, n=2)


def _pisa_storey(y0: float, r: float, h: float, n: int) -> list[Part]:
    """One open gallery storey from y0: an inner wall behind a ring of n columns carrying round
    arches, a moulded cornice on top."""
    span = np.pi * r / n
    spring = y0 + h - 0.028 - span
    parts = [cylinder(r - 0.024, r - 0.024, h, at(0, y0, 0), 1)]  # the inner wall
    parts.append(_colonnade(r - 0.005, y0, spring, n, 0.0045))
    parts.append(_arcade(r, 0.01, spring, y0 + h - 0.01, n, span))
    parts.append(_post(r + 0.007, r + 0.007, 0.01, at(0, y0 + h - 0.01, 0), 0, 24))
    parts.append(_post(r - 0.003, r - 0.003, 0.006, at(0, y0, 0), 0, 24))  # the gallery floor
    return parts


def _leaning_tower(rng: Rng) -> list[Part]:
    """The Leaning Tower of Pisa on its lawn: a round white marble campanile of eight storeys,
    the ground storey walled with a blind arcade, six open galleries each ringed by columns
    carrying a row of small round arches under a cornice, the narrower belfry on top with its
    arched openings, the whole tower leaning about five degrees."""
    r = 0.13
    parts = [cylinder(r + 0.018, r + 0.018, 0.024, None, 0, "body")]  # the base step
    parts.append(cylinder(r - 0.005, r - 0.005, 0.2, at(0, 0.024, 0), 0))  # the ground storey
    parts.append(_colonnade(r, 0.024, 0.15, 15, 0.0065))
    parts.append(_arcade(r + 0.006, 0.012, 0.15, 0.2, 15, np.pi * r / 15))
    parts.append(cylinder(r + 0.008, r + 0.008, 0.012, at(0, 0.2, 0), 0))
    y = 0.212
    for _ in range(6):
        parts += _pisa_storey(y, r, 0.094, 20)
        y += 0.094
    rb = 0.088  # the belfry
    parts += _pisa_storey(y, rb, 0.085, 12)
    parts.append(cylinder(rb + 0.004, rb - 0.02, 0.014, at(0, y + 0.085, 0), 0))
    lean = 5.5 + float(rng.uniform(-0.4, 0.4))
    pivot = r + 0.018
    tip = at(pivot, 0.012, 0) @ rot("z", -lean) @ at(-pivot, 0, 0)
    parts = scaled(parts, rot("y", 45) @ tip)  # leaning to the right, across the view
    parts.insert(1, cylinder(0.3, 0.3, 0.012, None, "land"))  # the lawn
    return parts


# 1477 the Statue of Liberty


def _robe(ys, rxs, rzs, folds: int, depth: float, blend: float = 0.01) -> Shape:
    """Long draped robes falling to the ground: an oval section rx × rz at each height y
    (bottom to top), fluted with deep vertical folds, cut flat at its hem and its top."""
    y_at, rx_at, rz_at = (np.asarray(v, np.float32) for v in (ys, rxs, rzs))
    y0, y1 = float(y_at[0]), float(y_at[-1])

    def dist(x, y, z):
        rx = np.interp(y, y_at, rx_at).astype(np.float32)
        rz = np.interp(y, y_at, rz_at).astype(np.float32)
        zx = z * (rx / rz)
        fold = 1.0 + depth * np.cos(folds * np.arctan2(zx, x) + 9.0 * y) ** 3
        rho = np.sqrt(x * x + zx * zx)
        return np.maximum(np.maximum(rho - rx * fold, y0 - y), y - y1) * 0.8

    r = float(max(rx_at.max(), rz_at.max())) * (1 + depth)
    return Shape(dist, np.array([-r, y0, -r], np.float32), np.array([r, y1, r], np.float32),
                 blend)  # fmt: skip


def _liberty_shapes(y0: float) -> list[Shape]:
    """The statue's robed figure (feet at y0): a woman standing tall in long fluted robes, a
    mantle slung from her right shoulder across her breast, her right arm raised high, her
    left arm bent to hold the tablet against her side."""

    def p(x, y, z):
        return (x, y0 + y, z)

    sh = [_robe([y0, y0 + 0.1, y0 + 0.2, y0 + 0.27], [0.082, 0.068, 0.058, 0.06],
                [0.066, 0.055, 0.046, 0.043], 11, 0.14)]  # fmt: skip
    sh.append(blob(p(0, 0.245, 0.004), (0.056, 0.05, 0.04), None, 0.02))  # the chest
    sh.append(blob(p(0, 0.26, 0.018), (0.045, 0.026, 0.03), None, 0.015))  # the bust
    for s in (-1, 1):
        sh.append(blob(p(s * 0.052, 0.28, 0), (0.024, 0.02, 0.026), None, 0.015))
    sh += rope([p(0, 0.28, 0), p(0, 0.312, 0.004)], [0.015, 0.013], 0.01)  # the neck
    sh.append(blob(p(0, 0.332, 0.005), (0.02, 0.026, 0.023), None, 0.01))  # the head
    sh.append(blob(p(0, 0.33, -0.014), (0.019, 0.02, 0.016), None, 0.008))  # the hair
    sh.append(blob(p(0, 0.33, 0.028), (0.004, 0.009, 0.006), None, 0.004))  # the nose
    # the right arm raised high in its falling sleeve, the left bent to hold the tablet
    sh += rope([p(-0.055, 0.285, 0), p(-0.07, 0.37, 0.004), p(-0.074, 0.445, 0.008)],
               [0.016, 0.012, 0.01], 0.01, 0.006)  # fmt: skip
    sh += rope([p(-0.05, 0.28, 0.0), p(-0.072, 0.33, 0.0), p(-0.08, 0.36, -0.004)],
               [0.02, 0.022, 0.01], 0.01)  # fmt: skip
    sh.append(blob(p(-0.075, 0.448, 0.008), (0.012, 0.013, 0.012), None, 0.006))  # the hand
    sh += rope([p(0.055, 0.28, 0), p(0.078, 0.2, 0.012), p(0.07, 0.225, 0.055)],
               [0.016, 0.013, 0.011], 0.01, 0.006)  # fmt: skip
    # the mantle: slung from the right shoulder across the breast, hanging down the left side
    sh += rope([p(-0.055, 0.29, 0.012), p(-0.01, 0.26, 0.042), p(0.045, 0.215, 0.04),
                p(0.066, 0.17, 0.03)], 0.012, 0.012, 0.01)  # fmt: skip
    sh += rope([p(0.062, 0.25, 0.0), p(0.078, 0.16, 0.01), p(0.082, 0.06, 0.0)],
               [0.026, 0.032, 0.034], 0.02, 0.01)  # fmt: skip
    sh.append(blob(p(0.018, 0.008, 0.066), (0.016, 0.01, 0.026), None, 0.01))  # a foot
    return sh


def _liberty_crown(c) -> list[Part]:
    """The spiked crown on the head at c: a diadem band and seven rays fanning out round the
    front and sides."""
    parts = [hoop(0.023, 0.0045, at(*c) @ rot("x", -8), 0, 20, 5)]
    for k in range(7):
        a = np.radians(-84 + 28 * k)
        d = np.array([np.sin(a) * 0.9, 0.45, np.cos(a) * 0.9])
        base = np.asarray(c) + 0.021 * np.array([np.sin(a), 0.15, np.cos(a)])
        parts.append(_post(0.0072, 0.0, 0.06, at(*base) @ align(d), 0, 6))
    return parts


def _liberty_torch(hand) -> list[Part]:
    """The torch held up in the right hand: a handle, a flaring cup and its gilded flame."""
    h = np.asarray(hand)
    parts = [_post(0.0065, 0.007, 0.055, at(*(h - v3(0, 0.012, 0))), 0, 8)]
    parts.append(_post(0.008, 0.021, 0.022, at(*(h + v3(0, 0.043, 0))), 0))  # the cup
    parts.append(_post(0.022, 0.022, 0.004, at(*(h + v3(0, 0.063, 0))), 0))
    fire = [(0.0, 0.0), (0.016, 0.006), (0.019, 0.02), (0.012, 0.038), (0.0, 0.058)]
    parts.append(lathe(fire, at(*(h + v3(0, 0.063, 0))), "glow"))
    return parts


def _liberty_pedestal() -> list[Part]:
    """The tall square stone pedestal: a broad stepped base, a tapering shaft, a band of
    pillared loggias near its top and a heavy cornice."""
    prof = [(0.0, 0.0), (0.15, 0.0), (0.15, 0.05), (0.122, 0.05), (0.118, 0.075),
            (0.104, 0.075), (0.096, 0.235), (0.104, 0.235), (0.104, 0.252), (0.09, 0.252),
            (0.09, 0.3), (0.104, 0.3), (0.108, 0.318), (0.082, 0.322), (0.076, 0.34),
            (0.0, 0.34)]  # fmt: skip
    sq = rot("y", 45) @ scl(np.sqrt(2.0), 1.0, np.sqrt(2.0))
    parts = [lathe(crisp(prof, 0.02), sq, 1, "body", sides=4)]
    for face in range(4):  # the loggias: dark openings between pillars
        m = rot("y", 90 * face)
        parts.append(box(0.15, 0.04, 0.004, m @ at(0, 0.256, 0.089), "marking"))
        feet = [(-0.072 + 0.036 * k, 0.252, 0.091) for k in range(5)]
        parts.append(blocks(feet, (0.01, 0.048, 0.01), m, 1))
        parts.append(box(0.09, 0.1, 0.008, m @ at(0, 0.11, 0.098), 1))  # a raised panel
    return parts


def _statue_of_liberty(rng: Rng) -> list[Part]:
    """The Statue of Liberty on her pedestal: a robed woman in long fluted draperies standing
    on a tall square stone pedestal (its stepped base, tapering shaft, loggias and cornice),
    her right arm raised high holding a torch with a golden flame, a spiked crown of seven
    rays on her head, a tablet held in her left arm against her side."""
    y0 = 0.34
    parts = _liberty_pedestal()
    shapes = _liberty_shapes(y0)
    axis = np.array([[0.0, y0 + 0.25, -0.1], [0.0, y0 + 0.25, 0.1]])
    parts.append(sdf_part(Field(tuple(shapes), axis), 0.0072, 0))
    parts.append(box(0.11, 0.012, 0.1, at(0, y0 - 0.004, 0), 0))  # her plinth
    parts += _liberty_crown((0.0, y0 + 0.347, 0.004))
    parts += _liberty_torch((-0.075, y0 + 0.455, 0.008))
    tilt = float(rng.uniform(-3, 3))  # the tablet
    tab = at(0.085, y0 + 0.175, 0.045) @ rot("y", 35) @ rot("z", 8 + tilt) @ rot("x", -6)
    parts.append(box(0.05, 0.09, 0.012, tab, 0))
    return parts


# 1478 the Taj Mahal


def _pointed(w: float, h: float, n: int, x: float = 0.0, y: float = 0.0) -> np.ndarray:
    """A pointed (two-centred) arch's outline w wide and h high, its foot's middle at (x, y),
    counter-clockwise: straight sides, two arcs meeting at the point."""
    half = w / 2
    e = 0.5 * half
    rad = half + e
    rise = float(np.sqrt(rad * rad - e * e))
    ys = h - rise
    top = np.arccos(e / rad)
    k = max(3, n // 4)
    right = [(-e + rad * np.cos(a), ys + rad * np.sin(a)) for a in np.linspace(0, top, k)]
    left = [(e + rad * np.cos(a), ys + rad * np.sin(a)) for a in np.linspace(np.pi - top, np.pi, k)]
    pts = [(half, 0.0), *right, *left[1:], (-half, 0.0)]
    return np.asarray(pts) + np.array([x, y])


def _facade(w: float, h: float, iwan: tuple, bays: list) -> Callable[[int], list[np.ndarray]]:
    """The outline of a marble facade w wide and h high (a flat_solid's contours): its central
    pishtaq frame (iwan's (frame width, frame height, arch width, arch height)) standing above
    the wall, cut through by its great pointed arch and by the smaller arched niches ``bays``
    ((x, y, w, h) each)."""
    fw, fh, aw, ah = iwan

    def contours(n: int) -> list[np.ndarray]:
        outer = [(-w / 2, 0.0), (w / 2, 0.0), (w / 2, h)]
        if fw:
            outer += [(fw / 2, h), (fw / 2, fh), (-fw / 2, fh), (-fw / 2, h)]
        outer.append((-w / 2, h))
        holes = [_pointed(aw, ah, n, 0.0, 0.012)[::-1]] if aw else []
        holes += [_pointed(bw, bh, n, bx, by)[::-1] for bx, by, bw, bh in bays]
        return [np.asarray(outer), *holes]

    return contours


def _onion(r: float, h: float, m: np.ndarray, slot=0, sides: int = 0) -> list[Part]:
    """An onion dome r round at its neck and h high under ``m``: swelling out past its neck,
    curving in to a point, a finial on top."""
    prof = [(0.0, 0.0), (r, 0.0), (r * 1.14, h * 0.2), (r * 1.12, h * 0.4), (r * 0.8, h * 0.66),
            (r * 0.35, h * 0.86), (r * 0.1, h * 0.96), (0.0, h)]  # fmt: skip
    parts = [lathe(prof, m, slot, sides=sides)]
    parts.append(_post(r * 0.06, r * 0.02, h * 0.35, m @ at(0, h * 0.95, 0), "plume-tip", 6))
    parts.append(balls([(m @ at(0, h * 1.08, 0))[:3, 3]], r * 0.08, "plume-tip", 6, 3))
    return parts


def _chhatri(m: np.ndarray, r: float, h: float) -> list[Part]:
    """A chhatri (a small domed kiosk) under ``m``: a base, eight slim pillars, a broad eave
    and an onion dome."""
    parts = [_post(r * 1.1, r * 1.1, h * 0.12, m, 0)]
    paths = []
    for k in range(8):
        a = 2 * np.pi * (k + 0.5) / 8
        c = m @ np.array([r * 0.85 * np.cos(a), 0.0, r * 0.85 * np.sin(a), 1.0])
        paths.append([c[:3], c[:3] + v3(0, h * 0.5, 0)])
    parts.append(strands(paths, r * 0.09, 0, sides=5, n=2))
    parts.append(_post(r * 1.25, r * 1.0, h * 0.1, m @ at(0, h * 0.62, 0), 0))
    parts += _onion(r * 0.85, h * 0.85, m @ at(0, h * 0.72, 0), 0, 10)
    return parts


def _minaret(x: float, z: float, y0: float, h: float) -> list[Part]:
    """A tall slim minaret at (x, z) from y0: a tapering round shaft ringed by three balconies,
    a chhatri on top."""
    parts = [_post(0.036, 0.036, 0.02, at(x, y0, z), 0, 8)]
    parts.append(_post(0.03, 0.024, h, at(x, y0, z), 0, 16))
    for f in (0.33, 0.66, 1.0):
        parts.append(_post(0.032, 0.04, 0.012, at(x, y0 + h * f - 0.012, z), 0, 16))
        parts.append(_post(0.04, 0.04, 0.008, at(x, y0 + h * f, z), 0, 16))
    parts += _chhatri(at(x, y0 + h + 0.008, z), 0.03, 0.09)
    return parts


def _taj_mahal(rng: Rng) -> list[Part]:
    """The Taj Mahal: a white marble mausoleum on a broad square plinth over a sandstone
    terrace, its square, chamfered main building with a great pointed-arched iwan in a tall
    frame on each face and smaller arched niches stacked beside it, a large onion dome on a
    drum at its centre with a gilt finial, four small domed chhatris round it, pinnacles at
    its corners, and four tall slim minarets at the plinth's corners."""
    base, plinth = 0.025, 0.06
    y0 = base + plinth
    half, ch, hw = 0.29, 0.085, 0.27  # the building's half width, chamfer and wall height
    parts = [box(0.96, plinth, 0.96, at(0, base, 0), 0, "body")]
    parts.append(box(1.02, base, 1.02, None, 1))  # the terrace
    parts.append(box(0.97, 0.008, 0.97, at(0, y0 - 0.01, 0), 0))  # the plinth's lip
    inner = half - 0.02
    core = [(inner, -inner + ch), (inner, inner - ch), (inner - ch, inner), (-inner + ch, inner),
            (-inner, inner - ch), (-inner, -inner + ch), (-inner + ch, -inner),
            (inner - ch, -inner)]  # fmt: skip
    parts.append(slab(sharp(core), hw, at(0, y0 + hw / 2, 0) @ rot("x", -90), 0))
    fw = 2 * (half - ch)
    bays = [(s * 0.135, y, 0.06, 0.1) for s in (-1, 1) for y in (0.02, 0.14)]
    front = _facade(fw, hw, (0.21, hw + 0.035, 0.13, 0.225), bays)
    corner = _facade(ch * np.sqrt(2) - 0.004, hw, (0.0, hw, 0.0, 0.0),
                     [(0.0, 0.02, 0.07, 0.1), (0.0, 0.14, 0.07, 0.1)])  # fmt: skip
    iwan = sharp([tuple(q) for q in _pointed(0.13, 0.225, 16)])
    door = sharp([tuple(q) for q in _pointed(0.085, 0.15, 16)])
    niche = sharp([tuple(q) for q in _pointed(0.04, 0.07, 12)])
    for f in range(4):
        m = rot("y", 90 * f)
        parts.append(flat_solid(front, 0.032, m @ at(0, y0, inner), 0))
        parts.append(slab(iwan, 0.004, m @ at(0, y0 + 0.012, inner), 1))
        parts.append(slab(door, 0.004, m @ at(0, y0 + 0.012, inner + 0.003), "marking"))
        for bx, by, _, _ in bays:
            parts.append(slab(niche, 0.004, m @ at(bx, y0 + by + 0.012, inner), "marking"))
        d = (half - ch / 2) - 0.011
        cm = m @ at(d * np.sin(np.pi / 4), y0, d * np.cos(np.pi / 4)) @ rot("y", 45)
        parts.append(flat_solid(corner, 0.028, cm @ at(0, 0, -0.012), 0))
        for by in (0.02, 0.14):
            parts.append(slab(niche, 0.004, cm @ at(0, by + 0.012, -0.012), "marking"))
    for k in range(8):  # the pinnacles at the corners
        x, z = core[k]
        s = (half + 0.004) / inner
        parts.append(_post(0.011, 0.008, hw + 0.05, at(x * s, y0, z * s), 0, 8))
        parts.append(_post(0.011, 0.0, 0.03, at(x * s, y0 + hw + 0.05, z * s), 0, 8))
    roof = y0 + hw
    parts.append(cylinder(0.132, 0.132, 0.07, at(0, roof, 0), 0))  # the drum
    parts.append(cylinder(0.142, 0.142, 0.012, at(0, roof + 0.07, 0), 0))
    parts += _onion(0.142, 0.31, at(0, roof + 0.082, 0))
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts += _chhatri(at(sx * 0.19, roof, sz * 0.19), 0.042, 0.12)
    lean = float(rng.uniform(-0.3, 0.3))
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts += _minaret(sx * 0.435, sz * 0.435, y0, 0.4 + 0.002 * lean)
    return parts


# 1479 the Great Wall of China


def _ridge(x):
    """The height of the ridge's crest the Great Wall runs along, at x."""
    return (
        0.03 + 0.2 * np.exp(-(((x + 0.05) / 0.24) ** 2)) + 0.13 * np.exp(-(((x - 0.5) / 0.2) ** 2))
    )


def _wall_z(x):
    """Where the crest (and the wall on it) snakes to across z, at x."""
    return 0.13 * np.sin(3.4 * x + 0.2) + 0.01


def _ground(x, z):
    """The hillside's height at (x, z): the crest falling away on both sides."""
    return 0.015 + (_ridge(x) - 0.015) * np.exp(-(((z - _wall_z(x)) / 0.22) ** 2))


def _hill(w: float, d: float) -> Part:
    """The ridge as a block of land w by d: its hilly top over a flat foot."""
    xs = np.linspace(-w / 2, w / 2, 33)
    zs = np.linspace(-d / 2, d / 2, 17)
    rows = []
    for x in xs:
        top = [(x, float(_ground(x, z)), z) for z in zs]
        rows.append([*top, (x, 0.0, d / 2), (x, 0.0, -d / 2)])
    return grid_skin(np.asarray(rows), 1)


_WALK = 0.07
"""How high the wall's walkway stands over the crest."""


def _wall_path(n: int):
    """n points along the wall's walkway, evenly by length, and the horizontal unit normals
    across it."""
    x = np.linspace(-0.5, 0.5, 400)
    p = np.stack([x, _ridge(x) + _WALK, _wall_z(x)], 1)
    s = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))])
    t = np.interp(np.linspace(0, s[-1], n), s, x)
    pts = np.stack([t, _ridge(t) + _WALK, _wall_z(t)], 1)
    d = np.gradient(pts, axis=0)
    across = np.stack([-d[:, 2], np.zeros(n), d[:, 0]], 1)
    across /= np.linalg.norm(across, axis=1, keepdims=True)
    return pts, across


def _oriented_boxes(centres, xdirs, size) -> Part:
    """Many small boxes (w along x-dir, h up, d across) standing on their centres' feet, each
    turned to its horizontal direction: one part."""
    w, h, d = size
    verts, faces = [], []
    cube = np.array([(x, y, z) for x in (-0.5, 0.5) for y in (0.0, 1.0) for z in (-0.5, 0.5)])
    quads = ((0, 1, 3, 2), (4, 6, 7, 5), (0, 4, 5, 1), (2, 3, 7, 6), (0, 2, 6, 4), (1, 5, 7, 3))
    tri = np.array([(q[0], q[1], q[2]) for q in quads] + [(q[0], q[2], q[3]) for q in quads])
    for k, (c, xd) in enumerate(zip(centres, xdirs, strict=True)):
        xd = np.asarray(xd, float)
        zd = np.array([-xd[2], 0.0, xd[0]])
        frame = np.stack([xd * w, np.array([0.0, h, 0.0]), zd * d])
        verts.append(np.asarray(c) + cube @ frame)
        faces.append(tri + 8 * k)
    return mesh_part(np.concatenate(verts), np.concatenate(faces), 0, facets=True)


def _round_arch(w: float, h: float, n: int = 10) -> list[tuple[float, float]]:
    """A round-headed opening's outline w wide and h high, its foot's middle at 0."""
    t = np.linspace(0.0, np.pi, n)
    top = [(w / 2 * np.cos(a), h - w / 2 + w / 2 * np.sin(a)) for a in t]
    return sharp([(w / 2, 0.0), *top, (-w / 2, 0.0)])


def _watchtower(c, yaw: float, size: float, foot: float, tall: bool = True) -> list[Part]:
    """A square watchtower standing astride the wall at c (its walkway level), turned yaw
    degrees: a solid base from the hillside at ``foot``, two storeys (one if not ``tall``)
    pierced by round-arched openings, a cornice between them, battlements round its roof."""
    m = at(*c) @ rot("y", yaw)
    h1, h2 = 0.07, (0.065 if tall else -0.01)
    parts = [box(size, c[1] - foot + h1, size, m @ at(0, foot - c[1], 0), 0)]
    parts.append(box(size + 0.012, 0.01, size + 0.012, m @ at(0, h1, 0), 0))  # the cornice
    if tall:
        parts.append(box(size - 0.008, h2, size - 0.008, m @ at(0, h1 + 0.01, 0), 0))
    top = h1 + 0.01 + h2
    parts.append(box(size + 0.008, 0.008, size + 0.008, m @ at(0, top, 0), 0))
    hole = _round_arch(0.022, 0.04)
    feet, dirs = [], []
    for f in range(4):
        fm = m @ rot("y", 90 * f)
        for k in (-1, 0, 1):
            parts.append(slab(hole, 0.004, fm @ at(k * 0.036, 0.014, size / 2), "marking"))
        for k in (-1, 1) if tall else ():
            parts.append(slab(hole, 0.004, fm @ at(k * 0.026, h1 + 0.022, size / 2 - 0.004),
                              "marking"))  # fmt: skip
        for k in range(5):  # the merlons
            p = fm @ np.array([-size / 2 + 0.012 + (size - 0.024) * k / 4, top + 0.008,
                               size / 2, 1.0])  # fmt: skip
            feet.append(p[:3])
            dirs.append((fm @ np.array([1.0, 0, 0, 0]))[:3])
    parts.append(_oriented_boxes(feet, dirs, (0.014, 0.02, 0.01)))
    return parts


def _great_wall(rng: Rng) -> list[Part]:
    """A stretch of the Great Wall of China snaking over a ridge: a thick stone wall climbing up
    and down the hills along the crest, a walkway on top between parapets crenellated along
    both edges, a square two-storey watchtower with arched openings astride it on the high
    ground and a smaller one on the far hill."""
    n = 90
    pts, across = _wall_path(n)
    up = np.tile([0.0, 1.0, 0.0], (n, 1))
    body = [(0.036, -0.1), (0.029, 0.0), (-0.029, 0.0), (-0.036, -0.1)]
    parts = [loft(pts, across, up, np.asarray(body), 0, "body")]
    parts.append(_hill(1.04, 0.64))
    for s in (-1, 1):  # the parapets and their merlons
        rail = np.array([(0.029, 0.0), (0.029, 0.022), (0.022, 0.022), (0.022, 0.0)])
        parts.append(loft(pts, across * s, up, rail, 0))
    dirs = np.gradient(pts, axis=0) * (1, 0, 1)
    dirs /= np.linalg.norm(dirs, axis=1, keepdims=True)
    feet = [pts[k] + s * 0.0245 * across[k] + (0, 0.02, 0) for k in range(1, n - 1, 2)
            for s in (-1, 1)]  # fmt: skip
    fdirs = [dirs[k] for k in range(1, n - 1, 2) for _ in (-1, 1)]
    parts.append(_oriented_boxes(feet, fdirs, (0.012, 0.016, 0.0075)))
    jitter = float(rng.uniform(-0.02, 0.02))
    for x, size in ((-0.08 + jitter, 0.12), (0.43, 0.09)):
        k = int(np.argmin(np.abs(pts[:, 0] - x)))
        yaw = float(np.degrees(np.arctan2(-dirs[k, 2], dirs[k, 0])))
        foot = float(_ground(pts[k, 0], pts[k, 2])) - 0.04
        parts += _watchtower(pts[k], yaw, size, foot, size > 0.1)
    return parts


# 1480 Stonehenge

_STONE = np.array([(1.0, -0.72), (1.0, 0.72), (0.78, 1.0), (-0.78, 1.0), (-1.0, 0.72),
                   (-1.0, -0.72), (-0.78, -1.0), (0.78, -1.0)])  # fmt: skip
"""A rough stone's section: a square with its corners knocked off."""


def _rough_stone(m: np.ndarray, w: float, h: float, d: float, rng: Rng) -> Part:
    """A rough sarsen under ``m``: a lumpy block w wide, d thick and h high from its foot at
    0 up its local y, swelling a little at its middle, bevelled off at its top."""
    shape = _STONE * rng.uniform(0.9, 1.1, _STONE.shape)
    ys = (0.0, 0.45, 0.9, 1.0)
    grow = (1.0, 1.05, 0.95, 0.72)
    lean = rng.uniform(-0.06, 0.06, (4, 2)) * (w, d)
    lean[0] = 0.0
    c, u, v = [], [], []
    for y, g, (dx, dz) in zip(ys, grow, lean, strict=True):
        c.append((m @ np.array([dx, y * h, dz, 1.0]))[:3])
        u.append(m[:3, 0] * (w / 2) * g)
        v.append(m[:3, 2] * (d / 2) * g)
    return loft(c, u, v, shape, 0)


def _stone_at(x: float, z: float, face: float, size, rng: Rng, tilt=(0.0, 0.0), y=0.0) -> Part:
    """A rough stone standing at (x, z), its broad side turned to face ``face`` degrees about y,
    tipped by ``tilt`` (about its width, about its thickness) degrees."""
    w, h, d = size
    m = at(x, y, z) @ rot("y", face) @ rot("x", tilt[0]) @ rot("z", tilt[1])
    return _rough_stone(m, w, h, d, rng)


def _lintel(a, b, y: float, size, rng: Rng) -> Part:
    """A lintel stone lying on the uprights' tops at height y, from point a to point b (x, z)."""
    w, d = size
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    mid = (a_ + b_) / 2
    run = b_ - a_
    yaw = np.degrees(np.arctan2(-run[1], run[0]))
    length = float(np.hypot(*run))
    m = at(mid[0], y + w / 2, mid[1]) @ rot("y", yaw) @ rot("z", 90) @ at(0, -length / 2, 0)
    return _rough_stone(m, w, length, d, rng)


def _stonehenge(rng: Rng) -> list[Part]:
    """Stonehenge on its grass disc inside a low round bank: a ring of huge rough standing
    sarsens, a run of them still capped by a ring of horizontal lintels, others bare, some
    fallen flat and some missing; inside it a ring of smaller bluestones and the horseshoe of
    five much bigger trilithons (two uprights and a lintel each), tallest at its closed end;
    the altar stone at the centre and the leaning heel stone by the entrance."""
    parts = [cylinder(0.5, 0.5, 0.02, None, 1, "body")]
    parts.append(torus(0.46, 0.025, at(0, 0.02, 0) @ scl(1.0, 0.45, 1.0), 1))  # the bank
    r, n, h = 0.3, 30, 0.12
    back = np.radians(225.0)  # away from the viewer
    gone = {2, 5, 6, 9, 11, 14, 16, 18, 21, 24}  # missing
    fallen = {7, 12, 19}
    capped = {22, 23, 25, 26, 27, 28, 29, 0, 1}
    theta = [back - np.pi + 2 * np.pi * k / n for k in range(n)]
    for k in range(n):
        a = theta[k]
        x, z = r * np.cos(a), r * np.sin(a)
        face = -np.degrees(a) + 90  # broad side along the ring
        if k in fallen:
            m = at(x * 1.08, 0.02 + 0.014, z * 1.08) @ rot("y", face + 90) @ rot("x", 86)
            parts.append(_rough_stone(m, 0.056, h, 0.034, rng))
        elif k not in gone:
            tip = (float(rng.uniform(-2, 2)), float(rng.uniform(-2, 2)))
            parts.append(_stone_at(x, z, face, (0.056, h + 0.02, 0.034), rng, tip))
    for k in capped:
        a0, a1 = theta[k], theta[(k + 1) % n]
        parts.append(_lintel((r * np.cos(a0), r * np.sin(a0)), (r * np.cos(a1), r * np.sin(a1)),
                             h + 0.02, (0.024, 0.036), rng))  # fmt: skip
    for k, a in enumerate(np.linspace(0, 2 * np.pi, 16, endpoint=False)):  # bluestones
        if k % 5 != 3:
            ab = a + back + 0.1
            parts.append(_stone_at(0.245 * np.cos(ab), 0.245 * np.sin(ab), -np.degrees(ab) + 90,
                                   (0.024, 0.055, 0.018), rng))  # fmt: skip
    for k, (da, hh) in enumerate(((-105, 0.15), (-58, 0.17), (0, 0.21), (58, 0.17), (105, 0.15))):
        a = back + np.radians(da)  # the horseshoe of trilithons
        rr = 0.15 + 0.03 * abs(da) / 105
        cx, cz = rr * np.cos(a), rr * np.sin(a)
        tx, tz = -np.sin(a), np.cos(a)  # along the trilithon
        face = -np.degrees(a) + 90
        legs = [(cx + s * 0.034 * tx, cz + s * 0.034 * tz) for s in (-1, 1)]
        if k == 3:  # fallen: one leg down, the lintel lying in front
            parts.append(_stone_at(*legs[0], face, (0.056, hh, 0.036), rng, (0.0, 4.0)))
            m = at(legs[1][0] * 0.55, 0.02 + 0.018, legs[1][1] * 0.55) @ rot("y", face + 20)
            parts.append(_rough_stone(m @ rot("x", 88), 0.056, hh, 0.036, rng))
            continue
        for lx, lz in legs:
            parts.append(_stone_at(lx, lz, face, (0.056, hh, 0.036), rng))
        ends = [(cx + s * 0.068 * tx, cz + s * 0.068 * tz) for s in (-1, 1)]
        parts.append(_lintel(ends[0], ends[1], hh - 0.002, (0.028, 0.038), rng))
    for (x, z), (w, hh, d), tilt in ((((0.04, 0.02)), (0.09, 0.018, 0.03), (88, 0)),
                                     (((0.3, 0.3)), (0.045, 0.09, 0.04), (0, -14))):  # fmt: skip
        parts.append(_stone_at(x, z, 30.0, (w, hh, d), rng, tilt, 0.02))
    return parts


# 1481 the Sydney Opera House


def _arch_side(w: float, h: float, n: int) -> np.ndarray:
    """(z, y) points down one side of a pointed arch w half-wide and h high, from its point to
    its foot at (w, 0): an arc whose centre lies on the far side."""
    c = (h * h - w * w) / (2 * w)
    rad = w + c
    top = np.arcsin(min(1.0, h / rad))
    a = np.linspace(top, 0.0, n)
    return np.stack([-c + rad * np.cos(a), rad * np.sin(a)], 1)


def _sail_shell(m: np.ndarray, length: float, h: float, w: float, over: float,
                bulge: float = 0.24) -> list[Part]:  # fmt: skip
    """One sail-like shell roof under ``m``, opening toward +x: two curved spherical
    triangles meeting along a ridge that rises from its foot at the back (x = -length) to its
    point h high, overhanging the open front by ``over``; the front's pointed-arch mouth
    (w half-wide) glazed in dark glass."""
    side = _arch_side(w, h, 9)
    edge = np.concatenate([side[::-1, ::-1] * (1, -1), side[1:, ::-1]])  # (y, z) right to left
    foot = np.array([-length, 0.0, 0.0])
    e = np.stack([over * edge[:, 0] / h, edge[:, 0], edge[:, 1]], 1)
    chord = e - foot
    radial = e * v3(0.0, 1.0, 1.0)
    along = (radial * chord).sum(1, keepdims=True) / (chord * chord).sum(1, keepdims=True)
    out = units(radial - along * chord + v3(0.0, 1e-9, 0.0))
    q = (foot + e) / 2 + bulge * np.linalg.norm(chord, axis=1, keepdims=True) * out
    t = np.linspace(0.0, 1.0, 11)[:, None, None]
    p = (1 - t) ** 2 * foot + 2 * t * (1 - t) * q[None] + t * t * e[None]
    p = p @ m[:3, :3].T + m[:3, 3]
    parts = [cloth_sheet(p, 0.008, 0)]
    mouth = sharp([(z * 0.97, y * 0.97) for y, z in edge])
    shear = np.array([[0.0, over / h, 1.0, 0.0], [0.0, 1.0, 0.0, 0.0], [1.0, 0.0, 0.0, 0.0],
                      [0.0, 0.0, 0.0, 1.0]])  # fmt: skip
    parts.append(slab(mouth, 0.004, m @ at(-0.012, 0, 0) @ shear, "window"))
    return parts


def _shell_group(x: float, z: float, k: float, back: bool = True) -> list[Part]:
    """A hall's group of shells along x at z, scaled by k: three facing forward in rows rising
    toward the front, each tucked behind the one before, and a small one turned back."""
    parts = []
    for x0, length, h, w, over in ((0.25, 0.26, 0.33, 0.1, 0.07), (0.1, 0.21, 0.26, 0.092, 0.05),
                                   (-0.03, 0.17, 0.19, 0.082, 0.035)):  # fmt: skip
        parts += _sail_shell(at(x + k * x0, 0, z) @ scl(k), length, h, w, over)
    if back:
        parts += _sail_shell(at(x - k * 0.22, 0, z) @ rot("y", 180) @ scl(k), 0.1, 0.13, 0.075,
                             0.02)  # fmt: skip
    return parts


def _sydney_opera_house(rng: Rng) -> list[Part]:
    """The Sydney Opera House on its point by the water: a broad podium with the wide
    monumental steps at its landward end, carrying two groups of white sail-like shell roofs
    (pointed curved shells like upturned slices of a sphere) rising in overlapping rows, each
    nested behind the next, the tallest at the harbour end, their mouths glazed, and a small
    pair for the restaurant; cream tiles on the shells."""
    top = 0.07
    parts = [box(0.92, top, 0.5, at(-0.04, 0, 0), 1, "body")]  # the podium
    for k in range(5):  # the monumental steps
        parts.append(box(0.03, top * (k + 1) / 6, 0.34, at(-0.5 - 0.024 * (5 - k), 0, 0.02), 1))
    parts.append(box(0.93, 0.012, 0.51, at(-0.04, top - 0.012, 0), 1))  # the podium's edge
    parts += water_patch(1.2, 0.76, at(-0.04, 0, 0))
    lift = at(0, top, 0)
    k = float(rng.uniform(-0.02, 0.02))
    big = _shell_group(-0.02, -0.1, 1.12 + k)
    small = _shell_group(0.02, 0.13, 0.92 - k)
    rest = _sail_shell(at(-0.36, 0, 0.16) @ scl(0.5), 0.2, 0.22, 0.1, 0.04)
    rest += _sail_shell(at(-0.42, 0, 0.16) @ rot("y", 180) @ scl(0.5), 0.14, 0.16, 0.085, 0.02)
    parts += scaled(big + small + rest, lift)
    return parts


# 1482 the Golden Gate Bridge


def _bridge_tower(x: float, deck: float, h: float, half: float) -> list[Part]:
    """A suspension bridge's tower at x: two tall legs either side of the deck stepping in at
    each stage, joined above the deck by stepped portal struts and below it by an X brace, on
    a concrete pier in the water."""
    parts = [box(0.07, 0.035, 2 * half + 0.05, at(x, 0, 0), 1)]  # the pier
    stages = ((0.0, 0.35, 0.024, 0.017), (0.35, 0.6, 0.021, 0.015), (0.6, 0.82, 0.018, 0.013),
              (0.82, 1.0, 0.015, 0.011))  # fmt: skip
    for s in (-1, 1):
        for y0, y1, wx, wz in stages:
            parts.append(box(wx, h * (y1 - y0) + 0.002, wz, at(x, 0.03 + h * y0, s * half), 0))
            parts.append(box(wx + 0.004, 0.005, wz + 0.004, at(x, 0.03 + h * y1 - 0.004, s * half),
                             0))  # fmt: skip
        parts.append(box(0.006, h * 0.9, 0.004, at(x, 0.04, s * (half + 0.008)), 0))  # a groove
    for f, t in ((0.44, 0.02), (0.64, 0.018), (0.83, 0.016), (0.98, 0.02)):  # the portal struts
        y = 0.03 + h * f
        parts.append(box(0.013, t, 2 * half, at(x, y - t, 0), 0))
        parts.append(box(0.016, t * 0.4, 2 * half - 0.012, at(x, y - t - t * 0.4, 0), 0))
    lo, hi = 0.035, deck - 0.012
    parts.append(_bars([((x, lo, -half), (x, hi, half)), ((x, lo, half), (x, hi, -half)),
                        ((x, hi, -half), (x, hi, half))], 0.005, 0))  # fmt: skip
    return parts


def _cable_y(x: float, tower: float, top: float, low: float, end: float, anchor: float):
    """The main cable's height at x: a parabola sagging between the towers, sagging a little on
    its way down from each tower top to its anchorage."""
    ax = abs(x)
    if ax <= tower:
        return low + (top - low) * (ax / tower) ** 2
    t = (ax - tower) / (end - tower)
    return top + (anchor - top) * t - 0.018 * np.sin(np.pi * t)


def _golden_gate(rng: Rng) -> list[Part]:
    """The Golden Gate Bridge over its strait: a long road deck on a stiffening truss, two
    tall red-orange towers each of two stepped legs joined by portal struts, two great main
    cables swooping from tower to tower down almost to the deck and down again to concrete
    anchorages at the shores, and many thin vertical suspender cables hanging the deck."""
    tower, end, deck, half = 0.3, 0.49, 0.075, 0.024
    h = 0.24
    sag = float(rng.uniform(0.0, 0.006))
    top, low, anchor = 0.03 + h - 0.006, deck + 0.012 + sag, deck + 0.012
    parts = [box(2 * end, 0.008, 2 * half - 0.004, at(0, deck, 0), 0, "body")]  # the deck
    parts.append(box(2 * end, 0.003, 2 * half - 0.012, at(0, deck + 0.008, 0), "marking"))
    pairs = []
    n = 60
    for s in (-1, 1):  # the stiffening trusses
        z = s * (half - 0.003)
        xs = np.linspace(-end, end, n + 1)
        pairs.append(((-end, deck - 0.014, z), (end, deck - 0.014, z)))
        pairs.append(((-end, deck + 0.012, z), (end, deck + 0.012, z)))
        for i in range(n):
            yb, yt = (deck - 0.014, deck + 0.012) if i % 2 else (deck + 0.012, deck - 0.014)
            pairs.append(((xs[i], yb, z), (xs[i + 1], yt, z)))
    parts.append(_bars(pairs, 0.0022, 0))
    for x in (-tower, tower):
        parts += _bridge_tower(x, deck, h, half)
    xs = np.linspace(-end, end, 61)
    hangers = []
    cables = []
    for s in (-1, 1):
        z = s * half
        cables.append([(x, _cable_y(x, tower, top, low, end, anchor), z) for x in xs])
        for x in np.arange(-end + 0.02, end - 0.01, 0.022):
            if abs(abs(x) - tower) > 0.012:
                y = _cable_y(x, tower, top, low, end, anchor)
                hangers.append(((x, deck + 0.008, z), (x, y, z)))
    parts.append(strands(cables, 0.0035, 0, sides=6, n=120))
    parts.append(_bars(hangers, 0.0009, 0))
    for s in (-1, 1):  # the anchorages and the shores
        parts.append(box(0.06, deck + 0.02, 0.09, at(s * (end - 0.01), 0, 0), 1))
        parts.append(box(0.1, 0.03, 0.36, at(s * (end + 0.04), 0, 0), 1))
    parts += water_patch(1.02, 0.36)
    return parts


MORE_APPLIANCES_ZZZZZI = {
    1475: _eiffel_tower, 1476: _leaning_tower, 1477: _statue_of_liberty, 1478: _taj_mahal,
    1479: _great_wall, 1480: _stonehenge, 1481: _sydney_opera_house, 1482: _golden_gate,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
