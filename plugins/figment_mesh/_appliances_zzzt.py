"""More of the device family's appliances, from 1163: things of the Alps and the table: a Saint
Bernard dog, a cheese fondue pot, an alpine church, a glazed ham, an ox yoke, a pair of
cufflinks, a monastery and a canoe paddle.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material. The dog's
body is a smooth distance-field solid; each patch of colour on it is the same skin grown a
little and kept inside an ellipsoid, so its edge follows the body.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl
from ._kit import (
    ALONG_Z,
    blocks,
    ccw,
    colour_patch,
    ellipse,
    flame,
    flat_solid,
    gable,
    headstone,
    hoop,
    loft,
    rope,
    skin_field,
    skin_strip,
    solid,
    studs,
    tree,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import Field, Shape, ellipsoid

__all__ = ["MORE_APPLIANCES_ZZZT"]

Rng = np.random.Generator


# Skins and patches of colour on them


def _skin_at(field: Field, c, d) -> np.ndarray:
    """Where a ray from c (inside the skin) along d first leaves it."""
    v = np.asarray(d, float)
    v = v / np.linalg.norm(v)
    t = np.linspace(0.0, 0.4, 160)
    pts = np.asarray(c, float) + t[:, None] * v
    return pts[int(np.argmax(field.at(pts) >= 0))]


# 1163 Saint Bernard


def _dog_shapes() -> list[Shape]:
    """A Saint Bernard's body along +x: a deep barrel chest, heavy haunches, a thick neck, a
    big broad skull over a short square muzzle with hanging jowls, drooping ears, four thick
    straight legs on big paws and a thick tail hanging low."""
    shapes = [ellipsoid((-0.02, 0.57, 0.0), (0.37, 0.2, 0.19))]
    shapes.append(ellipsoid((0.24, 0.56, 0.0), (0.17, 0.22, 0.18), None, 0.1))  # the chest
    shapes.append(ellipsoid((-0.27, 0.59, 0.0), (0.15, 0.17, 0.17), None, 0.08))  # haunches
    shapes += rope([(0.28, 0.64, 0.0), (0.4, 0.78, 0.0), (0.47, 0.86, 0.0)], [0.16, 0.145, 0.13],
                   0.08)  # the neck # fmt: skip
    shapes.append(ellipsoid((0.5, 0.92, 0.0), (0.16, 0.14, 0.16), None, 0.05))  # the skull
    shapes.append(ellipsoid((0.66, 0.85, 0.0), (0.1, 0.09, 0.105), None, 0.05))  # the muzzle
    for s in (-1, 1):
        shapes.append(ellipsoid((0.68, 0.77, s * 0.06), (0.08, 0.07, 0.055), None, 0.03))
        ear = rot("x", -s * 14) @ rot("z", -14)
        shapes.append(ellipsoid((0.45, 0.82, s * 0.17), (0.085, 0.13, 0.03), ear, 0.008))
        shapes += rope([(0.26, 0.5, s * 0.1), (0.28, 0.25, s * 0.1), (0.29, 0.06, s * 0.1)],
                       [0.1, 0.085, 0.078], 0.06)  # a foreleg # fmt: skip
        shapes.append(ellipsoid((0.32, 0.045, s * 0.1), (0.095, 0.05, 0.075), None, 0.03))
        hind = [(-0.29, 0.56, s * 0.11), (-0.22, 0.3, s * 0.11), (-0.33, 0.14, s * 0.11),
                (-0.32, 0.06, s * 0.11)]  # fmt: skip
        shapes += rope(hind, [0.14, 0.09, 0.07, 0.065], 0.06)
        shapes.append(ellipsoid((-0.29, 0.045, s * 0.11), (0.09, 0.05, 0.07), None, 0.03))
    tail = [(-0.4, 0.64, 0.0), (-0.48, 0.48, 0.0), (-0.5, 0.3, 0.0), (-0.46, 0.2, 0.0)]
    shapes += rope(tail, [0.065, 0.06, 0.05, 0.035], 0.04)
    return shapes


def _saint_bernard(rng: Rng) -> list[Part]:
    """A Saint Bernard standing: a huge heavy dog, its massive body white with a big red-brown
    saddle over its back, a big broad brown head with a white blaze down the middle, a dark mask
    round the eyes, a short square white muzzle with a black nose and droopy jowls, drooping
    brown ears, thick straight white legs on big paws, a thick brown tail hanging low, and a
    small wooden brandy barrel hanging from a red collar under its chin."""
    shapes = _dog_shapes()
    field = skin_field(shapes)
    parts = [solid(shapes, 0.036, 0, "body")]
    brown = "soil"
    parts.append(
        colour_patch(shapes, (-0.06, 0.76, 0.0), (0.46, 0.22, 0.4), brown, g=0.008, cell=0.036)
    )  # the saddle
    parts.append(
        colour_patch(shapes, (-0.46, 0.52, 0.0), (0.1, 0.2, 0.12), brown, g=0.008, cell=0.036)
    )  # the tail
    parts.append(
        colour_patch(shapes, (0.45, 0.87, 0.0), (0.19, 0.23, 0.3), brown, g=0.008, cell=0.036)
    )  # head, ears
    parts.append(
        colour_patch(shapes, (0.59, 0.92, 0.0), (0.07, 0.06, 0.15), "marking", g=0.01, cell=0.036)
    )
    parts.append(
        colour_patch(shapes, (0.57, 0.97, 0.0), (0.22, 0.13, 0.035), 0, g=0.013, cell=0.036)
    )  # blaze
    for s in (-1, 1):  # the eyes
        eye = _skin_at(field, (0.5, 0.93, 0.0), (0.7, 0.05, s * 0.7))
        parts.append(sphere(0.015, at(*eye), "pupil"))
    parts.append(sphere(1.0, at(0.755, 0.88, 0.0) @ scl(0.028, 0.027, 0.045), "marking"))
    neck = np.array([0.12, 0.14, 0.0])  # the collar and the barrel
    parts.append(hoop(0.15, 0.018, at(0.37, 0.745, 0.0) @ align(neck), "card-red", 28, 6))
    sway = float(rng.uniform(-4, 4))
    keg = at(0.47, 0.57, 0.0) @ rot("z", sway)
    parts.append(stick((0.45, 0.67, 0.0), (0.47, 0.6, 0.0), 0.008, "card-red"))
    parts.append(cylinder(0.045, 0.045, 0.12, keg @ at(0, -0.045, -0.06) @ ALONG_Z, 1))
    parts.append(sphere(1.0, keg @ at(0, -0.045, 0) @ scl(0.05, 0.05, 0.05), 1))
    for z in (-0.045, 0.045):
        parts.append(hoop(0.047, 0.005, keg @ at(0, -0.045, z) @ ALONG_Z, "steel", 16, 4))
    turn = rot("y", 10 + float(rng.uniform(-4, 4)))
    return [p.moved(turn) for p in parts]


# 1164 fondue pot


def _fork(a, b, slot) -> list[Part]:
    """A long fondue fork from its prongs at a to its handle's end at b: a thin steel shaft,
    two prongs and a coloured knob of a handle."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    d = (b_ - a_) / np.linalg.norm(b_ - a_)
    parts = [stick(a_ + d * 0.03, b_ - d * 0.1, 0.005, "steel")]
    side = np.cross(d, [0.0, 1.0, 0.0])
    side = side / np.linalg.norm(side) * 0.008
    for s in (-1, 1):
        parts.append(stick(a_ + side * s, a_ + d * 0.035 + side * s * 0.3, 0.003, "steel"))
    parts.append(stick(b_ - d * 0.11, b_, 0.011, slot))
    return parts


def _fondue_pot(rng: Rng) -> list[Part]:
    """A cheese fondue set: a wide round earthenware caquelon with a thick rim and a stubby
    handle, brim-full of melted yellow cheese, on a small iron stand of a ring on three curved
    legs over a little burner with its flame, three long forks with coloured handles dipped
    in the cheese, bread cubes on their prongs, one lifted and dripping."""
    yb = 0.2
    pot = [(0.0, yb), (0.13, yb), (0.185, yb + 0.03), (0.205, yb + 0.09), (0.198, yb + 0.15),
           (0.2, yb + 0.17), (0.185, yb + 0.18), (0.175, yb + 0.14), (0.0, yb + 0.13)]  # fmt: skip
    parts = [lathe(pot, None, 0, "body")]
    parts.append(tube([(0.18, yb + 0.12, 0.0), (0.28, yb + 0.13, 0.0), (0.36, yb + 0.145, 0.0)],
                      [0.035, 0.03, 0.027], rot("y", -30), 0))  # the handle # fmt: skip
    parts.append(cylinder(0.176, 0.176, 0.02, at(0, yb + 0.14, 0), "cloth-yellow"))  # cheese
    for k in range(5):  # bubbles
        a = 2 * np.pi * k / 5 + float(rng.uniform(0, 1))
        r = 0.05 + 0.08 * (k % 2)
        parts.append(sphere(1.0, at(r * np.cos(a), yb + 0.16, r * np.sin(a))
                            @ scl(0.02, 0.008, 0.02), "cloth-yellow"))  # fmt: skip
    parts.append(torus(0.16, 0.012, at(0, yb - 0.005, 0), 1))  # the stand's ring
    for k in range(3):
        a = np.radians(90 + 120 * k)
        c, s = np.cos(a), np.sin(a)
        leg = [(0.16 * c, yb - 0.005, 0.16 * s), (0.2 * c, yb - 0.08, 0.2 * s),
               (0.19 * c, 0.08, 0.19 * s), (0.15 * c, 0.012, 0.15 * s)]  # fmt: skip
        parts.append(tube(leg, 0.011, None, 1))
        parts.append(stick((0.15 * c, 0.012, 0.15 * s), (0.0, 0.012, 0.0), 0.009, 1))
    parts.append(cylinder(0.06, 0.055, 0.06, at(0, 0.0, 0), 1))  # the burner
    parts.append(cylinder(0.05, 0.05, 0.005, at(0, 0.06, 0), "marking"))
    parts += flame(np.array([0.0, 0.065, 0.0]), 0.1)
    forks = [((0.06, yb + 0.15, 0.07), (0.22, 0.78, 0.32), "card-red"),
             ((-0.08, yb + 0.15, 0.02), (-0.38, 0.74, 0.18), "plume"),
             ((0.02, yb + 0.15, -0.08), (0.05, 0.76, -0.4), "fruit-green")]  # fmt: skip
    for a, b, c in forks:
        parts += _fork(a, b, c)
        parts.append(box(0.05, 0.045, 0.05, at(a[0], yb + 0.14, a[2]) @ rot("y", 25),
                         "pencil-wood"))  # fmt: skip
    lift = at(0.3, 0.52, 0.1)  # a fork lifted out, its bread dripping
    parts += _fork((0.3, 0.52, 0.1), (0.55, 0.82, 0.3), "cloth-yellow")
    parts.append(box(0.05, 0.05, 0.05, lift @ at(0, -0.035, 0) @ rot("y", 20), "pencil-wood"))
    parts.append(sphere(1.0, lift @ at(0, -0.03, 0) @ scl(0.033, 0.03, 0.033), "cloth-yellow"))
    parts.append(tube([(0.3, 0.49, 0.1), (0.3, 0.44, 0.1), (0.302, 0.42, 0.1)],
                      [0.012, 0.006, 0.0], None, "cloth-yellow"))  # fmt: skip
    return parts


# 1165 alpine church


def _arch_hole(w: float, h: float, m: np.ndarray, slot="window", depth: float = 0.02) -> Part:
    """A dark round-headed opening w wide and h high standing at m, facing +z."""
    return slab(headstone(w, h), depth, m, slot)


def _clock(m: np.ndarray, r: float) -> list[Part]:
    """A clock face of radius r facing +z at m: a white dial, a dark ring and two hands."""
    parts = [cylinder(r, r, 0.012, m @ ALONG_Z, "snow")]
    parts.append(torus(r, r * 0.08, m @ at(0, 0, 0.012) @ ALONG_Z, "marking"))
    parts.append(box(r * 0.09, r * 0.75, 0.006, m @ at(0, 0, 0.014) @ rot("z", -20), "marking"))
    parts.append(box(r * 0.11, r * 0.5, 0.006, m @ at(0, 0, 0.016) @ rot("z", 100), "marking"))
    return parts


def _alpine_church(rng: Rng) -> list[Part]:
    """A small white alpine village church: a long whitewashed nave under a steep roof, tall
    round-headed windows along its side, a small gabled porch over the door in its front
    gable, and a tall square bell tower at the back end with open arched bell openings on every
    side, a clock face below them, and a tall pointed spire topped by a cross."""
    w, d, h = 0.42, 0.75, 0.42  # the nave runs along z, its front gable toward the viewer
    parts = [box(w, h, d, None, 0, "body")]
    rise = 0.3
    parts += gable(w, d, h, rise, np.eye(4), 1)
    front = [(-w / 2, h), (w / 2, h), (0.0, h + rise)]
    for z in (d / 2 - 0.01, -d / 2 - 0.01):  # the gable ends
        parts.append(slab(front, 0.02, at(0, 0, z + 0.01), 0))
    parts.append(box(w + 0.02, 0.04, d + 0.02, None, "stones"))  # the plinth
    for z in (-0.2, 0.02, 0.24):  # the side windows
        for s in (-1, 1):
            m = at(s * (w / 2 + 0.005), 0.17, z) @ rot("y", s * 90)
            parts.append(_arch_hole(0.08, 0.18, m))
    parts.append(_arch_hole(0.07, 0.12, at(0, h + 0.05, d / 2 + 0.01)))  # the gable's window
    dm = at(0, 0.03, d / 2)  # the door and its porch
    parts.append(_arch_hole(0.1, 0.19, dm, 1, 0.03))
    parts.append(box(0.22, 0.02, 0.16, dm @ at(0, -0.01, 0.08), "stones"))
    for s in (-1, 1):
        parts.append(box(0.025, 0.2, 0.025, dm @ at(s * 0.09, 0, 0.14), 1))
    parts += gable(0.2, 0.16, 0.2, 0.09, dm @ at(0, 0, 0.08), 1)
    parts.append(slab([(-0.1, 0.2), (0.1, 0.2), (0.0, 0.29)], 0.015, dm @ at(0, 0, 0.155), 0))
    tw, th = 0.2, 1.05  # the tower
    tm = at(0, 0, -d / 2 - tw / 2 + 0.02)
    parts.append(box(tw, th, tw, tm, 0))
    parts.append(box(tw + 0.02, 0.03, tw + 0.02, tm @ at(0, th - 0.21, 0), 0))  # cornices
    parts.append(box(tw + 0.03, 0.03, tw + 0.03, tm @ at(0, th, 0), 0))
    for k in range(4):  # the bell openings and clocks on every side
        f = tm @ rot("y", 90 * k) @ at(0, 0, tw / 2)
        parts.append(_arch_hole(0.09, 0.15, f @ at(0, th - 0.17, 0)))
        parts += _clock(f @ at(0, th - 0.3, 0.003), 0.05)
    parts.append(sphere(0.03, tm @ at(0, th - 0.08, 0), "copper"))  # a bell inside
    spire = [(0.0, 0.0), (0.15, 0.0), (0.001, 0.5)]
    parts.append(lathe(spire, tm @ at(0, th + 0.03, 0) @ rot("y", 45), 1, sides=4))
    top = th + 0.53
    lean = float(rng.uniform(-2, 2))
    cross = tm @ at(0, top, 0) @ rot("z", lean)
    parts.append(sphere(0.018, cross, "copper"))
    parts.append(box(0.012, 0.12, 0.012, cross, "copper"))
    parts.append(box(0.07, 0.012, 0.012, cross @ at(0, 0.07, 0), "copper"))
    return [p.moved(rot("y", -15)) for p in parts]


# 1166 ham

_HAM = [(0.0, 0.0), (0.17, 0.0), (0.215, 0.06), (0.225, 0.15), (0.2, 0.27), (0.15, 0.38),
        (0.095, 0.47), (0.07, 0.54), (0.06, 0.58), (0.0, 0.585)]  # fmt: skip
"""A ham's profile (radius, length) from its cut face to its shank: a pear."""


def _ham_radius(t: float) -> float:
    """The ham's radius a length t from its cut face."""
    rs, ts = zip(*_HAM[1:-1], strict=True)
    return float(np.interp(t, ts, rs))


def _score_lines(m: np.ndarray, turns: float) -> list[Part]:
    """Score lines spiralling round the ham's glazed crust under m, ``turns`` of a turn along
    it, each way: together a diamond pattern."""
    parts = []
    ts = np.linspace(0.05, 0.44, 9)
    for k in range(10):
        for sgn in (-1, 1):
            a = 2 * np.pi * k / 10 + sgn * turns * 2 * np.pi * (ts - ts[0]) / (ts[-1] - ts[0])
            r = np.array([_ham_radius(t) for t in ts])
            pts = np.stack([r * np.cos(a), ts, r * np.sin(a)], 1)
            nrm = np.stack([np.cos(a), np.zeros_like(a), np.sin(a)], 1)
            pts = [(m @ np.r_[p, 1.0])[:3] for p in pts]
            nrm = [m[:3, :3] @ n for n in nrm]
            parts.append(skin_strip(pts, nrm, 0.008, 0.006, "soil"))
    return parts


def _frill_shape() -> np.ndarray:
    """A paper frill's zigzag cross-section."""
    t = np.arange(32) * (2 * np.pi / 32)
    r = np.where(np.arange(32) % 2 == 0, 1.0, 0.82)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _ham(rng: Rng) -> list[Part]:
    """A whole glazed ham on an oval platter: a big rounded pear-shaped joint lying on its
    side, its glossy brown glazed crust scored in a diamond pattern and studded with cloves, a
    white bone sticking out of its narrow end wrapped in a paper frill, its broad end cut flat
    to show the pink meat inside a rim of white fat, a pink slice leaning on it."""
    y = 0.03 + 0.205
    m = at(0.22, y, 0.0) @ rot("z", 90)  # the ham along -x, its cut face at x = 0.22
    parts = [lathe(_HAM, m, 0, "body")]
    parts += _score_lines(m, 0.35)
    pts, nrm = [], []
    for t in np.linspace(0.07, 0.42, 7):
        for k in range(10):
            a = 2 * np.pi * (k + 0.5 * (round(t * 100) % 2)) / 10
            r = _ham_radius(t)
            pts.append((m @ np.r_[r * np.cos(a), t, r * np.sin(a), 1.0])[:3])
            nrm.append(m[:3, :3] @ np.r_[np.cos(a), 0.0, np.sin(a)])
    parts.append(studs(pts, nrm, 0.009, 0.02, "marking", 6))  # cloves
    parts.append(cylinder(0.165, 0.165, 0.01, m @ at(0, -0.006, 0), "eraser"))  # the cut face
    parts.append(cylinder(0.03, 0.03, 0.012, m @ at(0.03, -0.008, 0.02), "tooth"))
    parts.append(torus(0.18, 0.012, m @ at(0, 0.0, 0), "sheet"))  # the fat
    parts.append(cylinder(0.028, 0.022, 0.2, m @ at(0, 0.57, 0), "tooth"))  # the bone
    parts.append(sphere(1.0, m @ at(0, 0.78, 0) @ scl(0.035, 0.03, 0.035), "tooth"))
    frill = [(0.05, 0.0), (0.07, 0.03), (0.05, 0.09), (0.065, 0.11), (0.03, 0.1), (0.0, 0.09)]
    parts.append(lathe(frill, m @ at(0, 0.56, 0), "sheet", shape=_frill_shape()))
    platter = [(0.0, 0.0), (0.3, 0.0), (0.34, 0.02), (0.45, 0.045), (0.46, 0.05), (0.44, 0.052),
               (0.33, 0.03), (0.0, 0.028)]  # fmt: skip
    parts.append(lathe(platter, scl(1.35, 1.0, 0.85), 1))
    slide = float(rng.uniform(-0.02, 0.02))
    sl = at(0.4, 0.03, 0.05 + slide) @ rot("y", 90) @ rot("x", -15)  # a slice leaning on it
    parts.append(slab(lambda n: ellipse(0.12, 0.095, n), 0.02, sl @ at(0, 0.095, 0), "eraser"))
    parts.append(slab(lambda n: ellipse(0.13, 0.105, n), 0.016, sl @ at(0, 0.095, -0.003),
                      "sheet"))  # fmt: skip
    return [p.moved(rot("y", -10)) for p in parts]


# 1167 ox yoke


def _yoke_outline(n: int) -> list[np.ndarray]:
    """The yoke's beam seen from the front: a heavy bar swept up at its ends, its underside
    carved into two deep round neck hollows with a rounded lump between them."""
    pts = [(-0.64, 0.12), (-0.56, 0.05), (-0.47, 0.01)]
    for cx in (-0.3, 0.3):
        t = np.linspace(np.pi, 0.0, 11)
        pts += [(cx + 0.15 * np.cos(a), 0.12 * np.sin(a)) for a in t]
        if cx < 0:
            pts += [(-0.1, -0.025), (0.0, -0.04), (0.1, -0.025)]
    pts += [(0.47, 0.01), (0.56, 0.05), (0.64, 0.12), (0.67, 0.2), (0.65, 0.28)]
    pts += [(x, 0.19 + 0.07 * (x / 0.64) ** 2) for x in np.linspace(0.6, -0.6, 13)]
    pts += [(-0.65, 0.28), (-0.67, 0.2)]
    return [ccw(np.array(pts, float))]


def _ox_yoke(rng: Rng) -> list[Part]:
    """A wooden double ox yoke: a heavy carved beam, arched along its top, with two round neck
    hollows carved in its underside; under each a U-shaped bent-wood bow hangs down to go round
    an ox's neck, its ends pegged above the beam; an iron ring on a staple in the middle of
    the beam's front for the chain, iron bands round the beam's ends."""
    t, y0 = 0.16, 0.45
    parts = [flat_solid(_yoke_outline, t, at(0, y0, -t / 2), 0, "body")]
    for cx in (-0.3, 0.3):  # the bows
        r = 0.13
        pts = [(cx + r, y0 + 0.28, 0.0), (cx + r, y0 - 0.1, 0.0)]
        pts += [(cx + r * np.cos(a), y0 - 0.1 + 0.3 * np.sin(a), 0.0)
                for a in np.linspace(-0.35, -np.pi + 0.35, 7)]  # fmt: skip
        pts += [(cx - r, y0 - 0.1, 0.0), (cx - r, y0 + 0.28, 0.0)]
        parts.append(tube(pts, 0.022, None, 0))
        for s in (-1, 1):  # the pegs through the bow's ends
            peg = (cx + s * r, y0 + 0.27, 0.0)
            parts.append(stick((peg[0] - 0.04, peg[1], 0), (peg[0] + 0.04, peg[1], 0), 0.009, 1))
    for x in (-0.55, 0.55):  # iron bands on the ends
        parts.append(box(0.03, 0.22, t + 0.012, at(x, y0 + 0.0, 0), 1))
    parts.append(box(0.06, 0.05, 0.03, at(0, y0 + 0.0, t / 2), 1))  # the staple and ring
    swing = float(rng.uniform(-10, 10))
    ring = at(0, y0 + 0.02, t / 2 + 0.02) @ rot("z", swing) @ at(0, -0.07, 0)
    parts.append(torus(0.065, 0.013, ring @ ALONG_Z, 1))
    return [p.moved(rot("y", 20)) for p in parts]


# 1168 cufflinks


def _cufflink(m: np.ndarray, tag: str = "") -> list[Part]:
    """One cufflink under m, its face up (+y): a flat oval face with a bevelled edge, a raised
    rim and a domed inset, a short post down from its back, a bullet-shaped swivel toggle bar
    hinged across the post's foot."""
    oval = ellipse(1.0, 0.8, 28)
    h = 0.2  # the face's underside above the toggle's foot
    f = m @ at(0, h, 0) @ scl(0.16, 0.16, 0.16)
    face = [(0.0, 0.0), (0.85, 0.0), (1.0, 0.06), (1.0, 0.2), (0.9, 0.26), (0.0, 0.26)]
    parts = [lathe(face, f, 0, tag, shape=oval)]
    rim = [(0.92, 0.18), (0.98, 0.24), (0.92, 0.33), (0.84, 0.25)]
    parts.append(lathe(rim, f, 0, closed=True, shape=oval))
    gem = [(0.0, 0.2), (0.8, 0.2), (0.76, 0.28), (0.5, 0.38), (0.0, 0.41)]
    parts.append(lathe(gem, f, 1, shape=oval))
    parts.append(cylinder(0.022, 0.026, h - 0.04, m @ at(0, 0.04, 0), 0))  # the post
    parts.append(box(0.03, 0.04, 0.05, m @ at(0, 0.02, 0), 0))  # the hinge
    bar = [(-0.15, 0.035, 0.0), (-0.12, 0.035, 0.0), (0.0, 0.035, 0.0), (0.12, 0.035, 0.0),
           (0.15, 0.035, 0.0)]  # fmt: skip
    parts.append(tube(bar, [0.01, 0.028, 0.033, 0.028, 0.01], m, 0))
    return parts


def _cufflinks(rng: Rng) -> list[Part]:
    """A pair of cufflinks: each a small flat oval face with a raised rim and a domed enamel
    inset, on a short post with a bullet-shaped swivel toggle bar at its back; one standing
    face up on its toggle, the other lying on its side to show its post and toggle."""
    parts = _cufflink(at(-0.22, 0.0, 0.0) @ rot("y", 20), "body")
    turn = float(rng.uniform(-10, 10))
    side = at(0.2, 0.16, 0.05) @ rot("y", -40 + turn) @ rot("z", 90) @ at(0, -0.12, 0)
    parts += _cufflink(side)
    return parts


# 1169 monastery


def _arcade(length: float, h: float, n: int, m: np.ndarray, slot=0) -> Part:
    """An arcade wall ``length`` long and h high along x under m (its foot's middle at 0):
    ``n`` round arches on piers, as one flat solid."""

    def contours(k: int) -> list[np.ndarray]:
        outer = np.array([(-length / 2, 0.0), (length / 2, 0.0), (length / 2, h),
                          (-length / 2, h)])  # fmt: skip
        out = [outer]
        bay = length / n
        w = bay * 0.7
        for i in range(n):
            cx = -length / 2 + bay * (i + 0.5)
            arch = headstone(w, h * 0.78)(12)
            out.append((arch + np.array([cx, 0.0]))[::-1])
        return out

    return flat_solid(contours, 0.03, m @ at(0, 0, -0.015), slot)


def _range(length: float, depth: float, h: float, m: np.ndarray, rows: int) -> list[Part]:
    """A two-storey range of buildings ``length`` long along x under m: plain walls, a tiled
    roof, two rows of small dark windows along both faces."""
    parts = [box(length, h, depth, m, 0)]
    parts += gable(depth, length, h, depth * 0.45, m @ rot("y", 90), 1)
    for s in (-1, 1):
        for j in range(2):
            feet = [(-length / 2 + 0.06 + (length - 0.12) * i / (rows - 1), 0.06 + j * h * 0.48,
                     s * depth / 2) for i in range(rows)]  # fmt: skip
            parts.append(blocks(feet, (0.035, 0.06, 0.012), m, "window"))
    return parts


def _monastery(rng: Rng) -> list[Part]:
    """A monastery seen from above and the side: a square cloister courtyard with a green
    garth, a well and paths, ringed by arcades of round arches; two-storey ranges with rows of
    small windows and tiled roofs on three sides, a tall church with a steep roof along the
    fourth and a square bell tower with a spire, a low wall round it all with a gate."""
    c = 0.6  # the cloister's side
    d, h = 0.18, 0.2
    parts = [box(1.3, 0.015, 1.3, None, "stones", "body")]  # the ground within the wall
    parts.append(box(c - 0.06, 0.02, c - 0.06, None, "vine"))  # the garth
    parts.append(box(0.05, 0.022, c - 0.06, None, "plaster"))
    parts.append(box(c - 0.06, 0.022, 0.05, None, "plaster"))
    parts.append(cylinder(0.035, 0.035, 0.05, None, "stones"))  # the well
    for k in range(4):  # the arcades and the ranges
        r = rot("y", 90 * k)
        parts.append(_arcade(c, 0.1, 5, r @ at(0, 0, c / 2 - 0.015)))
        if k == 2:
            continue
        parts += _range(c + 2 * d, d, h, r @ at(0, 0, c / 2 + d / 2), 7)
    cm = at(0, 0, -c / 2 - d / 2 - 0.02)  # the church along the back
    cl, cd, ch = c + 2 * d + 0.1, 0.26, 0.32
    parts.append(box(cl, ch, cd, cm, 0))
    parts += gable(cd, cl, ch, 0.16, cm @ rot("y", 90), 1)
    for i in range(5):
        x = -cl / 2 + 0.12 + (cl - 0.24) * i / 4
        parts.append(slab(headstone(0.05, 0.14), 0.01, cm @ at(x, 0.1, cd / 2 + 0.005), "window"))
    tm = cm @ at(cl / 2 - 0.08, 0, 0.0)  # the bell tower
    parts.append(box(0.14, 0.62, 0.14, tm, 0))
    for k in range(4):
        f = tm @ rot("y", 90 * k) @ at(0, 0.5, 0.07)
        parts.append(slab(headstone(0.06, 0.09), 0.01, f, "window"))
    parts.append(lathe([(0.0, 0.0), (0.11, 0.0), (0.001, 0.26)], tm @ at(0, 0.62, 0)
                       @ rot("y", 45), 1, sides=4))  # fmt: skip
    parts.append(box(0.01, 0.07, 0.01, tm @ at(0, 0.87, 0), "copper"))
    parts.append(box(0.04, 0.01, 0.01, tm @ at(0, 0.91, 0), "copper"))
    wall = 0.63  # the outer wall
    for k in range(4):
        r = rot("y", 90 * k)
        if k == 0:
            for s in (-1, 1):
                parts.append(box(wall - 0.06, 0.08, 0.03, r @ at(s * (wall + 0.06) / 2, 0, wall)))
            parts.append(_arcade(0.14, 0.12, 1, r @ at(0, 0, wall), 0))
        else:
            parts.append(box(2 * wall, 0.08, 0.03, r @ at(0, 0, wall), 0))
    parts += tree(float(rng.uniform(-0.15, 0.15)), 0.15, 0.35, rng, y=0.02)  # a tree in the garth
    return [p.moved(rot("y", -20)) for p in parts]


# 1170 canoe paddle


def _blade_shape(n: int) -> np.ndarray:
    """A paddle blade's thin lens-shaped cross-section: sharp edges, a thick middle."""
    t = np.arange(n) * (2 * np.pi / n)
    return np.stack([np.cos(t), np.sin(t) * np.abs(np.sin(t)) ** 0.3], 1)


def _blade(y0: float, y1: float, grow: float, slot, tag: str = "") -> Part:
    """The part of a paddle's blade between heights y0 and y1 (of its 0.62), grown by
    ``grow``: a long teardrop widest a third of the way up from its round tip, thin at its
    edges, thickening toward the throat."""
    L = 0.62
    ys = np.linspace(y0, y1, 14)
    t = ys / L
    half = 0.12 * np.sin(np.pi * t**0.75) ** 0.5 + 0.016 * t**4 + grow
    thick = 0.006 + 0.01 * t + grow
    zero = np.zeros_like(ys)
    c = np.stack([zero, ys, zero], 1)
    u, v = np.stack([half, zero, zero], 1), np.stack([zero, zero, thick], 1)
    return loft(c, u, v, _blade_shape(20), slot, tag)


def _canoe_paddle(rng: Rng) -> list[Part]:
    """A single-bladed canoe paddle standing on its tip, leaning a little: a long straight
    round shaft with a T-grip across its top, a long teardrop blade widest near its round tip
    and narrowing to the throat, a raised spine down its middle, a guard on its tip and a
    band round the shaft."""
    L = 1.5
    parts = [_blade(0.0, 0.62, 0.0, 0, "body")]
    parts.append(_blade(0.0, 0.05, 0.003, 1))  # the tip guard
    parts.append(tube([(0, 0.06, 0), (0, 0.5, 0), (0, 0.7, 0)], [0.008, 0.015, 0.017], None, 0))
    parts.append(cylinder(0.017, 0.017, L - 0.77, at(0, 0.68, 0), 0))  # the shaft
    parts.append(cylinder(0.019, 0.019, 0.05, at(0, 0.75, 0), 1))  # a band
    grip = at(0, L - 0.1, 0)
    parts.append(tube([(0, 0.0, 0), (0, 0.06, 0), (0, 0.085, 0)], [0.017, 0.022, 0.03], grip, 0))
    parts.append(tube([(-0.08, 0.09, 0), (-0.04, 0.1, 0), (0.04, 0.1, 0), (0.08, 0.09, 0)],
                      [0.02, 0.025, 0.025, 0.02], grip, 0))  # fmt: skip
    lean = float(rng.uniform(-2, 2))
    return [p.moved(rot("y", 30) @ rot("z", 8 + lean)) for p in parts]


MORE_APPLIANCES_ZZZT = {
    1163: _saint_bernard, 1164: _fondue_pot, 1165: _alpine_church, 1166: _ham, 1167: _ox_yoke,
    1168: _cufflinks, 1169: _monastery, 1170: _canoe_paddle,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
