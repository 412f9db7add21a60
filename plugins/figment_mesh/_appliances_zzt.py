"""More of the device family's appliances, from 967: a snake charmer's basket, a spice market
display, a chhatri pavilion, a wingback armchair, a cigar box, a jharokha balcony, a potted palm,
a pair of stilts.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, cross, mesh_part, rot, scl
from ._kit import (
    ALONG_X,
    HEX,
    ZYX,
    ccw,
    crisp,
    disc,
    flat_solid,
    hoop,
    lobed,
    loft,
    square_bar,
    studs,
    superellipse,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZZT"]

Rng = np.random.Generator

_SQ2 = float(np.sqrt(2.0))


# ---- shared shapes ----------------------------------------------------------------------------


def _square_lathe(profile, m: np.ndarray, slot=0, tag: str = "") -> Part:
    """A square-sectioned solid of revolution under m: (half width, height) points bottom to top
    (a stepped plinth, a cornice, a square pier), its corners kept crisp, closed across its
    foot and its top."""
    ends = [(0.0, profile[0][1])], [(0.0, profile[-1][1])]
    prof = crisp(ends[0] + [(s * _SQ2, y) for s, y in profile] + ends[1])
    return lathe(prof, m @ rot("y", 45), slot, tag, sides=4)


def _cusped(a: float, lobes: int, rise: float = 1.0) -> np.ndarray:
    """The inner edge of a cusped (many-lobed) arch of half-span a springing at y = 0: from the
    left over the crown to the right, each lobe a round scallop between sharp cusps pointing
    into the opening; ``rise`` stretches it taller."""
    t = np.linspace(np.pi, 0.0, lobes * 8 + 1)
    f = ((np.pi - t) * lobes / np.pi) % 1.0
    r = a * (0.8 + 0.2 * np.sin(np.pi * f))
    return np.stack([r * np.cos(t), rise * r * np.sin(t)], 1)


def _arch_panel(w: float, h: float, a: float, lobes: int, t: float, m: np.ndarray, slot=0,
                rise: float = 1.0) -> Part:  # fmt: skip
    """A flat panel w wide and h high in the xy plane under m (t thick, centred on z = 0), its
    foot at y = 0 cut up into a cusped arch of half-span a: an arcade's spandrels."""
    arch = _cusped(a, lobes, rise)
    pts = np.concatenate([[(-w / 2, 0.0), (-a, 0.0)], arch, [(a, 0.0), (w / 2, 0.0), (w / 2, h),
                                                            (-w / 2, h)]])  # fmt: skip
    return flat_solid(lambda n: [ccw(pts)], t, m @ at(0, 0, -t / 2), slot)


def _jali(w: float, h: float, cols: int, rows: int, t: float, m: np.ndarray, slot=0) -> Part:
    """A pierced stone lattice screen w by h in the xy plane under m (its foot at y = 0, t
    thick): a panel cut through with rows of small eight-sided holes."""
    cw, ch = w / cols, h / rows
    r = 0.36 * min(cw, ch)

    def contours(n: int) -> list[np.ndarray]:
        out = [ccw(np.array([(-w / 2, 0.0), (w / 2, 0.0), (w / 2, h), (-w / 2, h)]))]
        for i in range(cols):
            for j in range(rows):
                c = (-w / 2 + cw * (i + 0.5), ch * (j + 0.5))
                out.append(disc(c, r, 8, cut=True))
        return out

    return flat_solid(contours, t, m @ at(0, 0, -t / 2), slot)


def _kalash(m: np.ndarray, s: float, slot=0) -> list[Part]:
    """A finial under m, s tall: a ribbed lotus bud on a disc, a pot-shaped knob and a spike."""
    prof = [(0.0, 0.0), (0.22, 0.03), (0.12, 0.1), (0.22, 0.22), (0.2, 0.36), (0.06, 0.44),
            (0.12, 0.56), (0.05, 0.68), (0.02, 1.0), (0.0, 1.0)]  # fmt: skip
    return [lathe([(x * s, y * s) for x, y in prof], m, slot, shape=lobed(16, 8, 0.1))]


# ---- 967 snake charmer's basket ---------------------------------------------------------------


def _hood() -> np.ndarray:
    """A cobra's spread hood seen from the front: a broad oval, widest above its middle, drawn
    in to the neck below and the head above (x across, y up, centred on the neck's middle)."""
    return np.array([(0.0, -0.18), (0.05, -0.15), (0.12, -0.06), (0.15, 0.03), (0.13, 0.11),
                     (0.06, 0.155), (0.0, 0.16), (-0.06, 0.155), (-0.13, 0.11), (-0.15, 0.03),
                     (-0.12, -0.06), (-0.05, -0.15)])  # fmt: skip


def _cobra_up(rng: Rng, top: float) -> list[Part]:
    """A cobra rearing out of a basket's mouth: a loop of its body lying round inside the rim,
    its front rising in a gentle S to a wide spread hood facing the viewer (a pale throat banded
    dark in front), the head on top bent forward with a flicking forked tongue."""
    r = 0.032
    sway = float(rng.uniform(-0.02, 0.02))
    loop = [(0.17 * np.cos(a), top - 0.03, 0.17 * np.sin(a)) for a in np.linspace(2.6, 7.4, 9)]
    rise = [(0.06, top + 0.02, -0.04), (0.03 + sway, top + 0.14, -0.02),
            (-0.01 - sway, top + 0.24, 0.01), (0.0, top + 0.32, 0.02)]  # fmt: skip
    path = [(0.05, 0.1, -0.1), *loop, *rise]
    radii = [0.02] + [r] * (len(path) - 2) + [0.028]
    parts = [tube(path, radii, None, "cloth-dark")]
    hm = at(0.0, top + 0.44, 0.02) @ rot("x", -6)  # the hood round the neck
    parts.append(slab(_hood(), 0.026, hm, "cloth-dark"))
    parts.append(sphere(1.0, hm @ at(0, -0.03, 0) @ scl(0.045, 0.17, 0.024), "cloth-dark"))
    parts.append(slab(_hood() * [0.6, 0.86], 0.01, hm @ at(0, -0.01, 0.022), "plaster"))
    for k in range(3):  # dark bands across the throat
        y = -0.12 + 0.045 * k
        parts.append(box(0.1 - 0.01 * k, 0.014, 0.008, hm @ at(0, y, 0.027), "cloth-dark"))
    head = at(0.0, top + 0.62, 0.05) @ rot("x", 22)
    parts.append(tube([(0, -0.06, -0.01), (0, 0.0, 0.0)], [0.028, 0.034], head, "cloth-dark"))
    parts.append(sphere(1.0, head @ at(0, 0.01, 0.03) @ scl(0.045, 0.03, 0.065), "cloth-dark"))
    for s in (-1, 1):
        parts.append(sphere(0.009, head @ at(s * 0.036, 0.02, 0.045), "plume-tip"))
        parts.append(sphere(0.006, head @ at(s * 0.041, 0.022, 0.048), "pupil"))
    tongue = [(0, 0.0, 0.09), (0, -0.01, 0.12), (0.01, -0.02, 0.14)]
    parts.append(tube(tongue, 0.003, head, "card-red"))
    parts.append(tube([(0, -0.01, 0.12), (-0.01, -0.022, 0.14)], 0.003, head, "card-red"))
    return parts


def _pungi(m: np.ndarray) -> list[Part]:
    """A snake charmer's pungi along +x under m: a mouthpiece on a dried gourd's neck, the round
    gourd, and two reed pipes side by side coming out of its far end, the pipes banded and
    pierced with finger holes."""
    gourd = [(0.0, 0.0), (0.012, 0.0), (0.014, 0.05), (0.02, 0.1), (0.045, 0.15), (0.062, 0.2),
             (0.06, 0.25), (0.04, 0.285), (0.0, 0.295)]  # fmt: skip
    parts = [lathe(gourd, m @ ALONG_X, 1)]
    parts.append(cylinder(0.016, 0.016, 0.015, m @ at(0.08, 0, 0) @ ALONG_X, "copper"))
    for s in (-1, 1):
        a = m @ at(0.27, 0, s * 0.014)
        parts.append(cylinder(0.011, 0.01, 0.22, a @ ALONG_X, "pencil-wood"))
        for x in (0.04, 0.2):
            parts.append(cylinder(0.013, 0.013, 0.012, a @ at(x, 0, 0) @ ALONG_X, "copper"))
        pts = [(0.08 + 0.025 * k, 0.01, 0.0) for k in range(4)]
        parts.append(studs([(a @ np.array([*p, 1.0]))[:3] for p in pts],
                           [(m[:3, 1])] * 4, 0.004, 0.006, "marking"))  # fmt: skip
    return parts


def _snake_charmer_basket(rng: Rng) -> list[Part]:
    """A snake charmer's basket: a round, low, bellied wicker basket (coiled in rings, woven
    over upright stakes, a thick rolled rim), its domed lid off and leaning against its side, a
    dark cobra rearing up out of it with its hood spread, and a pungi (a gourd with two pipes)
    lying on the ground beside it."""
    top = 0.33
    wall = [(0.23, 0.0), (0.26, 0.03)]
    for i in range(14):  # the coils of the wall
        y = 0.04 + (top - 0.07) * i / 13
        r = 0.27 + 0.035 * np.sin(np.pi * y / top) - 0.02 * y / top
        wall.append((r + (0.006 if i % 2 else 0.0), y))
    rim = [(0.275, top - 0.01), (0.285, top + 0.01), (0.27, top + 0.028), (0.25, top + 0.02),
           (0.245, top - 0.01), (0.24, 0.06), (0.0, 0.05)]  # fmt: skip
    prof = [(0.0, 0.0), *wall, *rim]
    parts = [lathe(prof, None, 0, "body", shape=lobed(32, 16, 0.025))]
    parts.append(torus(0.266, 0.018, at(0, top + 0.01, 0), 1))  # the rolled rim's binding
    parts.append(torus(0.25, 0.012, at(0, 0.015, 0), 1))
    parts += _cobra_up(rng, top)
    lid = [(0.0, 0.075), (0.12, 0.07), (0.22, 0.045), (0.26, 0.01), (0.29, 0.0), (0.295, 0.03),
           (0.26, 0.065), (0.16, 0.092), (0.0, 0.1)]  # fmt: skip
    turn = 5.0 + float(rng.uniform(-5, 5))  # the lid leaning on the basket's right side
    lm = rot("y", turn) @ at(0.35, 0.285, 0) @ rot("z", -72)
    parts.append(lathe(lid, lm, 0, shape=lobed(32, 16, 0.025)))
    parts.append(torus(0.29, 0.014, lm @ at(0, 0.012, 0), 1))
    parts.append(sphere(1.0, lm @ at(0, 0.105, 0) @ scl(0.04, 0.03, 0.04), 1))
    tilt = float(rng.uniform(-8, 8))
    parts += _pungi(at(-0.3, 0.098, 0.42) @ rot("y", 10 + tilt) @ rot("z", -9.9))
    return parts


# ---- 968 spice market display -----------------------------------------------------------------

_SPICES = ("card-red", "cloth-yellow", "fruit-orange", "pencil-wood", "fruit-green", "match-head",
           "plume-tip")  # fmt: skip


def _heap(m: np.ndarray, r: float, h: float, slot) -> Part:
    """A steep cone of loose powder r round and h high under m, its flanks a little hollow and
    its tip rounded off."""
    prof = [(0.0, 0.0), (r, 0.0), (r * 0.6, h * 0.36), (r * 0.28, h * 0.72), (r * 0.08, h * 0.95),
            (0.0, h)]  # fmt: skip
    return lathe(prof, m, slot)


def _spice_bowl(m: np.ndarray, r: float, h: float, slot) -> list[Part]:
    """A shallow brass bowl of radius r under m heaped with a cone of spice h high."""
    bowl = [(0.0, 0.0), (r * 0.55, 0.0), (r * 0.9, 0.06), (r * 1.04, 0.105), (r * 0.97, 0.1),
            (0.0, 0.06)]  # fmt: skip
    return [lathe(bowl, m, 1), _heap(m @ at(0, 0.06, 0), r * 0.98, h, slot)]


def _spice_sack(m: np.ndarray, r: float, h: float, slot) -> list[Part]:
    """A jute sack of radius r standing under m, its top rolled down into a thick ring round a
    cone of spice heaped h above it."""
    sack = [(0.0, 0.0), (r * 0.85, 0.0), (r * 1.02, 0.05), (r * 1.08, 0.12), (r, 0.19),
            (r * 0.96, 0.22), (0.0, 0.22)]  # fmt: skip
    parts = [lathe(sack, m, "cork", shape=lobed(24, 7, 0.06))]
    parts.append(torus(r * 1.0, 0.035, m @ at(0, 0.225, 0) @ scl(1, 0.8, 1), "cork"))
    parts.append(_heap(m @ at(0, 0.2, 0), r * 0.96, h, slot))
    return parts


def _spice_display(rng: Rng) -> list[Part]:
    """A spice seller's display: a low two-tiered wooden stand with a raised lip round each
    tier, brass bowls along the back tier and jute sacks along the front, each heaped high with
    a steep cone of coloured powder (chilli red, turmeric yellow, orange, ginger tan, green,
    deep red, saffron gold), a brass scoop stuck in one and little price cards on sticks."""
    w, d = 1.1, 0.64
    parts = [box(w, 0.12, d, at(0, 0.06, 0), 0, "body")]  # the low stand
    for x in (-w / 2 + 0.04, w / 2 - 0.04):
        for z in (-d / 2 + 0.04, d / 2 - 0.04):
            parts.append(box(0.07, 0.07, 0.07, at(x, 0, z), 0))  # its feet
    yb = 0.4  # the back tier's top
    parts.append(box(w, yb - 0.18, d / 2, at(0, 0.18, -d / 4), 0))  # the back tier
    for y, z0, z1 in ((0.18, 0.0, d / 2), (yb, -d / 2, 0.0)):  # the lips round each tier
        zc, dz = (z0 + z1) / 2, z1 - z0
        for s in (-1, 1):
            parts.append(box(0.025, 0.04, dz, at(s * (w / 2 - 0.0125), y, zc), 0))
        parts.append(box(w, 0.04, 0.025, at(0, y, z1 - 0.0125), 0))
    parts.append(box(w, 0.04, 0.025, at(0, yb, -d / 2 + 0.0125), 0))
    off = int(rng.integers(0, len(_SPICES)))
    n = 4
    for i in range(n):  # the bowls on the back tier
        x = -w / 2 + w * (i + 0.5) / n
        c = _SPICES[(off + i) % len(_SPICES)]
        parts += _spice_bowl(at(x, yb, -d / 4), 0.12, 0.24, c)
    for i in range(3):  # the sacks in front
        x = -w / 2 + w * (i + 0.5) / 3
        c = _SPICES[(off + n + i) % len(_SPICES)]
        parts += _spice_sack(at(x, 0.18, d / 4 - 0.01), 0.13, 0.2, c)
    scoop = at(-w / 2 + w / 6 + 0.05, 0.5, d / 4 + 0.02) @ rot("z", -30) @ rot("x", 20)
    parts.append(lathe([(0.0, 0.0), (0.04, 0.0), (0.045, 0.07), (0.0, 0.07)], scoop, 1))
    parts.append(stick((0.0, 0.07, 0.0), (0.0, 0.2, 0.0), 0.007, 1).moved(scoop))
    for i in (1, 2):  # the price cards
        x = -w / 2 + w * (i + 0.5) / 3 + 0.08
        parts.append(stick((x, 0.36, d / 4 + 0.08), (x, 0.5, d / 4 + 0.09), 0.003, "cork"))
        parts.append(box(0.07, 0.05, 0.005, at(x, 0.47, d / 4 + 0.095) @ rot("y", -15), "sheet"))
    return parts


# ---- 969 chhatri ------------------------------------------------------------------------------


def _chhatri(rng: Rng) -> list[Part]:
    """A chhatri: a small domed pavilion of white marble on a raised square platform reached by
    a flight of steps; four slender columns on square bases carry cusped arches on every side,
    a deep sloping eave (chhajja) round the top with little pinnacles on its corners, a drum,
    and a round dome on a ring of lotus petals with a lotus crown and a finial."""
    s0 = 0.5  # the platform's half width
    base = [(s0 + 0.03, 0.0), (s0 + 0.03, 0.04), (s0, 0.05), (s0, 0.2), (s0 + 0.03, 0.21),
            (s0 + 0.03, 0.25)]  # fmt: skip
    parts = [_square_lathe(base, np.eye(4), 1, "body")]
    for k in range(4):  # the flight of steps
        parts.append(box(0.34, 0.25 - 0.0625 * k, 0.08, at(0, 0, s0 + 0.07 + 0.08 * k), 1))
    y0 = 0.25
    c = 0.34  # the columns' half spacing
    h = 0.62  # their height
    for x in (-c, c):
        for z in (-c, c):
            parts.append(_square_lathe([(0.05, 0.0), (0.05, 0.06), (0.035, 0.08)],
                                       at(x, y0, z), 0))  # fmt: skip
            parts.append(lathe([(0.03, 0.0), (0.026, h - 0.12), (0.034, h - 0.08),
                                (0.045, h - 0.04), (0.045, h - 0.0)], at(x, y0 + 0.06, z), 0,
                               shape=lobed(16, 8, 0.08)))  # fmt: skip
    spring = y0 + 0.3
    for k in range(4):  # the cusped arches
        m = rot("y", 90 * k) @ at(0, spring, c)
        parts.append(_arch_panel(2 * c + 0.08, 0.46, c - 0.045, 5, 0.06, m, 0, 0.95))
    yt = spring + 0.46
    parts.append(_square_lathe([(c + 0.06, 0.0), (c + 0.06, 0.04)], at(0, yt, 0), 0))
    eave = [(c + 0.06, -0.01), (c + 0.2, -0.06), (c + 0.2, -0.04), (c + 0.06, 0.04),
            (c + 0.06, 0.1)]  # fmt: skip
    parts.append(_square_lathe(eave, at(0, yt + 0.04, 0), 0))
    yd = yt + 0.14
    drum = [(0.0, 0.0), (0.33, 0.0), (0.33, 0.04), (0.3, 0.05), (0.3, 0.1), (0.32, 0.12),
            (0.0, 0.12)]  # fmt: skip
    parts.append(lathe(crisp(drum), at(0, yd, 0), 0))
    dome = [(0.0, 0.0), (0.3, 0.0), (0.32, 0.06), (0.33, 0.14), (0.31, 0.24), (0.25, 0.33),
            (0.15, 0.4), (0.05, 0.43), (0.0, 0.435)]  # fmt: skip
    parts.append(lathe(dome, at(0, yd + 0.12, 0), 0))
    petals = [(0.0, 0.0), (0.33, 0.0), (0.345, 0.05), (0.31, 0.075), (0.0, 0.075)]
    parts.append(lathe(petals, at(0, yd + 0.1, 0), 0, shape=lobed(40, 20, 0.1)))
    for x in (-c, c):  # the pinnacles on the roof's corners
        for z in (-c, c):
            parts += _kalash(at(x, yd, z), 0.12, 0)
    lotus = [(0.0, 0.0), (0.12, 0.0), (0.1, 0.035), (0.0, 0.04)]
    parts.append(lathe(lotus, at(0, yd + 0.53, 0), 0, shape=lobed(32, 16, 0.15)))
    parts += _kalash(at(0, yd + 0.56, 0), 0.2 + float(rng.uniform(-0.01, 0.01)), 0)
    return parts


# ---- 970 wingback armchair --------------------------------------------------------------------


def _cushion(w: float, d: float, h: float, m: np.ndarray, slot=0, tag: str = "") -> Part:
    """A plump cushion w wide, d deep and h thick standing on y = 0 under m: a rounded oblong in
    plan whose edges roll over top and bottom."""
    ts = np.array([0.0, 0.08, 0.3, 0.7, 0.92, 1.0])
    sc = np.array([0.9, 0.97, 1.0, 1.0, 0.97, 0.9])
    centres = np.stack([np.zeros(6), h * ts, np.zeros(6)], 1)
    u = np.stack([sc, np.zeros(6), np.zeros(6)], 1)
    v = np.stack([np.zeros(6), np.zeros(6), sc], 1)
    return loft(centres, u, v, superellipse(w / 2, d / 2, 5.0, 32), slot, tag).moved(m)


def _wingback_armchair(rng: Rng) -> list[Part]:
    """A wingback armchair: an upholstered chair with a tall back, its top edge gently humped,
    tufted with rows of buttons; side wings standing forward from the back at head height and
    sweeping down into thick rolled arms with scrolled fronts; a plump seat cushion over a
    deep upholstered base; four short turned wooden legs."""
    W, D = 0.84, 0.82
    ys = 0.4  # the seat deck
    parts = [_cushion(W - 0.02, D - 0.04, ys - 0.14, at(0, 0.14, 0.0), 0, "body")]
    for x in (-W / 2 + 0.06, W / 2 - 0.06):  # the legs
        for z in (-D / 2 + 0.06, D / 2 - 0.07):
            leg = [(0.02, 0.0), (0.025, 0.04), (0.03, 0.1), (0.036, 0.13), (0.0, 0.15)]
            parts.append(lathe([(0.0, 0.0), *leg], at(x, 0, z), 1))
    back = [(-0.4, 0.0), (0.4, 0.0), (0.42, 0.55), (0.36, 0.66), (0.2, 0.7), (0.0, 0.73),
            (-0.2, 0.7), (-0.36, 0.66), (-0.42, 0.55)]  # fmt: skip
    bm = at(0, ys - 0.02, -D / 2 + 0.1) @ rot("x", -8 + float(rng.uniform(-2, 2)))
    parts.append(slab(back, 0.16, bm, 0))
    pts, nrm = [], []
    for j in range(3):  # the buttons, in a diamond pattern
        for i in range(4 - j % 2):
            x = -0.27 + 0.18 * i + 0.09 * (j % 2)
            p = bm @ np.array([x, 0.3 + 0.13 * j, 0.085, 1.0])
            pts.append(p[:3])
            nrm.append(bm[:3, 2])
    parts.append(studs(pts, nrm, 0.012, 0.02, "cloth-dark"))
    wing = [(-0.42, 0.18), (-0.3, 0.2), (-0.12, 0.26), (0.0, 0.4), (0.06, 0.55), (0.02, 0.66),
            (-0.12, 0.72), (-0.32, 0.76), (-0.42, 0.74)]  # fmt: skip
    for s in (-1, 1):  # the wings
        wm = at(s * (W / 2 - 0.05), ys - 0.02, 0.0) @ rot("y", s * 6) @ ZYX
        parts.append(slab(wing, 0.08, wm, 0))
    arm = [(-0.36, 0.0), (0.36, 0.0), (0.38, 0.2), (0.3, 0.24), (-0.36, 0.24)]
    for s in (-1, 1):  # the arms: a side panel and a roll along its top
        x = s * (W / 2 - 0.05)
        parts.append(slab(arm, 0.1, at(x, ys - 0.02, 0.0) @ ZYX, 0))
        roll = at(x + s * 0.02, ys + 0.2, -D / 2 + 0.06)
        parts.append(cylinder(0.065, 0.07, D - 0.06, roll @ rot("x", 90), 0))
        parts.append(cylinder(0.075, 0.075, 0.03, roll @ at(0, 0, D - 0.08) @ rot("x", 90), 0))
        parts.append(torus(0.05, 0.012, roll @ at(0, 0, D - 0.05) @ rot("x", 90), 0))
    parts.append(_cushion(W - 0.22, D - 0.16, 0.13, at(0, ys, 0.06), 0))  # the seat cushion
    return parts


# ---- 971 cigar box ----------------------------------------------------------------------------


def _cigar(m: np.ndarray, length: float, r: float) -> list[Part]:
    """A cigar along +x under m, from its cut foot at 0 to its rounded head: a brown leaf roll
    with a red and gold band near the head."""
    prof = [(0.0, 0.0), (r * 0.95, 0.0), (r, 0.01), (r, length * 0.85), (r * 0.85, length * 0.96),
            (r * 0.4, length), (0.0, length)]  # fmt: skip
    parts = [lathe(prof, m @ ALONG_X, "soil", sides=12)]
    band = m @ at(length * 0.78, 0, 0) @ ALONG_X
    parts.append(cylinder(r * 1.08, r * 1.08, length * 0.06, band, "card-red"))
    parts.append(cylinder(r * 1.1, r * 1.1, length * 0.015, band @ at(0, length * 0.022, 0),
                          "plume-tip"))  # fmt: skip
    return parts


def _cigar_box(rng: Rng) -> list[Part]:
    """An open cigar box: a flat cedar box with its lid hinged open at the back and standing up,
    a row of brown cigars with red and gold bands lying side by side inside, a printed label in
    gold, red and cream on the inside of the lid, brass hinges and a clasp, and one cigar lying
    on the table in front of it."""
    w, d, h, t = 0.46, 0.28, 0.08, 0.012
    parts = [box(w, t, d, None, 0, "body")]
    for s in (-1, 1):
        parts.append(box(w, h, t, at(0, 0, s * (d - t) / 2), 0))
        parts.append(box(t, h, d, at(s * (w - t) / 2, 0, 0), 0))
    parts.append(box(w - 2 * t, 0.006, 0.01, at(0, h - 0.006, d / 2 - t - 0.005), "plume-tip"))
    n, r, L = 8, 0.0155, 0.4
    for i in range(n):  # the cigars
        z = -d / 2 + t + (d - 2 * t) * (i + 0.5) / n
        parts += _cigar(at(-L / 2, t + r, z), L, r)
    lid = at(0, h, -d / 2) @ rot("x", -12 + float(rng.uniform(-4, 4)))  # hinged open
    parts.append(box(w + 0.006, d + 0.006, t, lid @ at(0, 0, -t / 2), 0))
    label = lid @ at(0, 0.02, t / 2 + 0.001)
    parts.append(box(w - 0.04, d - 0.05, 0.003, label, "pages"))
    parts.append(box(w - 0.06, d - 0.07, 0.004, label @ at(0, 0.01, 0), "plume-tip"))
    parts.append(box(w - 0.08, d - 0.09, 0.005, label @ at(0, 0.02, 0), "card-red"))
    parts.append(cylinder(0.075, 0.075, 0.008, label @ at(0, 0.115, 0.0) @ rot("x", 90)
                          @ scl(1.3, 1, 1), "pages"))  # the medallion # fmt: skip
    parts.append(cylinder(0.055, 0.055, 0.01, label @ at(0, 0.115, 0.0) @ rot("x", 90)
                          @ scl(1.3, 1, 1), "plume-tip"))  # fmt: skip
    for x in (-w / 2 + 0.08, w / 2 - 0.08):  # the hinges
        parts.append(cylinder(0.008, 0.008, 0.05, at(x - 0.025, h, -d / 2 - 0.002) @ ALONG_X, 1))
    parts.append(box(0.04, 0.03, 0.006, at(0, h - 0.03, d / 2 + 0.003), 1))  # the clasp
    parts += _cigar(at(0.05, r, d / 2 + 0.08) @ rot("y", -12), L, r)
    return parts


# ---- 972 jharokha -----------------------------------------------------------------------------


def _bracket(m: np.ndarray, reach: float, drop: float, t: float, slot=0) -> Part:
    """A carved corbel under m in the zy plane (t thick across x): its back against the wall at
    z = 0, its top at y = 0 reaching out ``reach``, its underside curving down in an S to a
    point ``drop`` below at the wall."""
    out = [(0.0, 0.0), (reach, 0.0), (reach, -0.03), (reach * 0.8, -0.05), (reach * 0.7, -0.1),
           (reach * 0.45, -drop * 0.55), (reach * 0.2, -drop * 0.75), (reach * 0.1, -drop),
           (0.0, -drop)]  # fmt: skip
    return slab(out, t, m @ ZYX, slot)


def _bangaldar(w: float, d: float, h: float, m: np.ndarray, slot=0) -> Part:
    """A Bengal roof w wide and d deep under m: a curved vault whose ridge also arches down to
    both ends, like an upturned boat, its foot at y = 0."""
    xs = np.linspace(-w / 2, w / 2, 13)
    rise = h * (0.45 + 0.55 * np.sqrt(np.clip(1 - (2 * xs / w) ** 2, 0, 1)))
    t = np.linspace(0.0, np.pi, 14)
    shape = np.stack([np.cos(t), np.sin(t) - 0.3], 1)
    centres = np.stack([xs, 0.3 * rise, np.zeros_like(xs)], 1)
    u = np.tile([0.0, 0.0, d / 2], (len(xs), 1))
    v = np.stack([np.zeros_like(xs), rise, np.zeros_like(xs)], 1)
    return loft(centres, u, v, shape, slot).moved(m)


def _jharokha(rng: Rng) -> list[Part]:
    """A jharokha: an enclosed overhanging window balcony on a piece of sandstone wall; it
    stands on a moulded ledge carried by three carved S-curved brackets with a lotus pendant
    between them, a low parapet of pierced lattice screens, slender columns framing cusped
    arched windows (three in front, one each side) open to the dark inside, a sloping eave, and
    a curved Bengal roof with finials on its ridge."""
    W, H = 1.1, 1.5  # the wall
    bw, bd = 0.62, 0.32  # the balcony
    y0 = 0.5  # its floor
    parts = [box(bw, 0.06, bd, at(0, y0 - 0.06, bd / 2), 0, "body")]  # the floor ledge
    parts.append(box(W, H, 0.12, at(0, 0, -0.06), 1))  # the wall
    parts.append(box(W + 0.02, 0.05, 0.14, at(0, 0, -0.06), 1))  # its plinth
    parts.append(box(W + 0.02, 0.04, 0.14, at(0, H - 0.04, -0.06), 1))  # its coping
    parts.append(box(bw + 0.04, 0.03, bd + 0.02, at(0, y0 - 0.09, bd / 2 + 0.01), 0))
    parts.append(box(bw - 0.04, 0.04, bd - 0.04, at(0, y0 - 0.13, bd / 2 - 0.02), 0))
    for x in (-0.24, 0.0, 0.24):  # the brackets
        parts.append(_bracket(at(x, y0 - 0.13, 0.0), bd - 0.04, 0.3, 0.07, 0))
    parts += _kalash(at(0, y0 - 0.3, bd / 2) @ rot("x", 180) @ at(0, -0.14, 0), 0.14, 0)
    yp = y0 + 0.16  # the parapet's top
    for s in (-1, 1):  # the parapet: lattice screens on the front and sides
        parts.append(_jali(bd - 0.04, 0.12, 4, 2, 0.02, at(s * (bw / 2 - 0.02), y0, bd / 2)
                           @ rot("y", 90), 0))  # fmt: skip
    parts.append(_jali(bw - 0.04, 0.12, 8, 2, 0.02, at(0, y0, bd - 0.02), 0))
    parts.append(box(bw + 0.02, 0.03, bd + 0.01, at(0, yp - 0.04, bd / 2 + 0.005), 0))
    parts.append(box(bw - 0.08, 0.5, bd - 0.08, at(0, y0, bd / 2 - 0.04), "cloth-dark"))
    hc = 0.3  # the columns' height above the parapet
    for x, z in ((-bw / 2 + 0.02, bd - 0.02), (bw / 2 - 0.02, bd - 0.02),
                 (-bw / 6, bd - 0.02), (bw / 6, bd - 0.02),
                 (-bw / 2 + 0.02, 0.04), (bw / 2 - 0.02, 0.04)):  # fmt: skip
        parts.append(lathe([(0.018, 0.0), (0.016, hc - 0.05), (0.024, hc - 0.02), (0.026, hc)],
                           at(x, yp - 0.01, z), 0, shape=lobed(16, 8, 0.1)))  # fmt: skip
    spring = yp - 0.01 + hc - 0.12
    for i in range(3):  # the front arches
        x = -bw / 3 + bw / 3 * i
        parts.append(_arch_panel(bw / 3, 0.16, bw / 6 - 0.03, 5, 0.03,
                                 at(x, spring, bd - 0.02), 0, 0.9))  # fmt: skip
    for s in (-1, 1):
        parts.append(_arch_panel(bd - 0.06, 0.16, bd / 2 - 0.06, 5, 0.03,
                                 at(s * (bw / 2 - 0.02), spring, bd / 2 + 0.01) @ rot("y", 90),
                                 0, 0.9))  # fmt: skip
    ye = spring + 0.16
    parts.append(box(bw + 0.2, 0.015, bd + 0.12, at(0, ye, bd / 2 + 0.04), 0))
    parts.append(box(bw + 0.02, 0.06, bd + 0.01, at(0, ye + 0.015, bd / 2 + 0.005), 0))
    rise = 0.2 + float(rng.uniform(-0.015, 0.015))  # the Bengal roof and its ridge finials
    parts.append(_bangaldar(bw + 0.12, bd + 0.1, rise, at(0, ye + 0.075, bd / 2 + 0.02), 0))
    for x in (-0.2, 0.0, 0.2):
        yk = ye + 0.075 + rise * (0.45 + 0.55 * np.sqrt(1 - (2 * x / (bw + 0.12)) ** 2)) * 0.98
        parts += _kalash(at(x, yk - 0.02, bd / 2 + 0.02), 0.09 if x else 0.12, 0)
    return parts


# ---- 973 potted palm --------------------------------------------------------------------------


def _leaflets(base: np.ndarray, tip: np.ndarray, width: float) -> Part:
    """Many thin pointed leaflets as one solid: from each base (n, 3) to its tip a flat diamond
    ``width`` wide a third of the way along, lying flat (its faces up and down)."""
    d = tip - base
    side = cross(d, np.tile([0.0, 1.0, 0.0], (len(d), 1)))
    side *= width / 2 / np.linalg.norm(side, axis=1, keepdims=True)
    n = cross(side, d)
    n *= 0.003 / np.linalg.norm(n, axis=1, keepdims=True)
    ring = np.stack([base, base + 0.35 * d + side, tip, base + 0.35 * d - side], 1)  # (n, 4, 3)
    verts = np.concatenate([ring + n[:, None], ring - n[:, None]], 1)  # (n, 8, 3)
    one = [(0, 1, 2), (0, 2, 3), (4, 6, 5), (4, 7, 6)]
    for i in range(4):
        j = (i + 1) % 4
        one += [(4 + i, 4 + j, j), (4 + i, j, i)]
    faces = np.array(one)[None] + 8 * np.arange(len(d))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), faces.reshape(-1, 3), "vine")


def _frond(
    c: np.ndarray, yaw: float, length: float, lift: float
) -> tuple[Part, np.ndarray, np.ndarray]:
    """A palm frond from the crown's top c, heading out at ``yaw`` degrees: a stalk arching up
    ``lift`` (of its length) and drooping over, and the bases and tips of the pairs of long
    leaflets hanging from it (to be made by ``_leaflets``)."""
    out = np.array([np.cos(np.radians(yaw)), 0.0, -np.sin(np.radians(yaw))])
    up = np.array([0.0, 1.0, 0.0])

    def at_u(u):
        u = np.asarray(u, float)[:, None]
        return c + out * length * u + up * length * (lift * u - (lift + 0.3) * u * u)

    stalk = tube(at_u(np.linspace(0.0, 1.0, 5)), [0.014, 0.011, 0.008, 0.005, 0.003], None,
                 "vine", shape=HEX)  # fmt: skip
    u = np.linspace(0.1, 0.98, 16)
    p = at_u(u)
    tang = out * length + up * (length * (lift - 2 * (lift + 0.3) * u))[:, None]
    tang /= np.linalg.norm(tang, axis=1, keepdims=True)
    ln = length * 0.32 * np.sin(np.pi * (0.12 + 0.8 * u)) ** 0.6
    side = np.cross(out, up)
    bases, tips = [], []
    for sd in (-1, 1):
        d = sd * side * 0.85 + tang * 0.5 - up * 0.45
        d /= np.linalg.norm(d, axis=1, keepdims=True)
        bases.append(p)
        tips.append(p + ln[:, None] * d)
    return stalk, np.concatenate(bases), np.concatenate(tips)


def _potted_palm(rng: Rng) -> list[Part]:
    """A potted palm: a big round-bellied planter pot with a rolled rim, full of dark soil, and
    growing from it a slender ringed trunk curving gently up to a crown of long arching fronds,
    each a drooping stalk hung with pairs of narrow leaflets, a new spear leaf in the middle."""
    pot = [(0.0, 0.0), (0.16, 0.0), (0.18, 0.02), (0.23, 0.1), (0.25, 0.2), (0.245, 0.28),
           (0.225, 0.34), (0.23, 0.36), (0.25, 0.375), (0.245, 0.395), (0.22, 0.395),
           (0.205, 0.36), (0.0, 0.34)]  # fmt: skip
    parts = [lathe(pot, None, 0, "body")]
    parts.append(cylinder(0.2, 0.19, 0.035, at(0, 0.34, 0), "soil"))
    lean = float(rng.uniform(-0.04, 0.04))
    trunk = [(0.0, 0.36, 0.0), (0.02, 0.6, 0.0), (0.07 + lean, 0.9, 0.02),
             (0.1 + lean, 1.2, 0.03)]  # fmt: skip
    parts.append(tube(trunk, [0.05, 0.038, 0.032, 0.028], None, 1))
    for k in range(10):  # the rings of old leaf scars
        u = (k + 0.5) / 10
        y = 0.4 + 0.78 * u
        x = float(np.interp(y, [0.36, 0.6, 0.9, 1.2], [0.0, 0.02, 0.07 + lean, 0.1 + lean]))
        r = float(np.interp(y, [0.36, 0.6, 0.9, 1.2], [0.05, 0.038, 0.032, 0.028]))
        parts.append(hoop(r, 0.008, at(x, y, 0.01 + 0.02 * u), 1, 16, 4))
    c = np.array([0.1 + lean, 1.2, 0.03])
    parts.append(sphere(1.0, at(*c) @ scl(0.04, 0.07, 0.04), 1))
    n = 9
    bases, tips = [], []
    for k in range(n):
        yaw = 360 * k / n + float(rng.uniform(-10, 10))
        lift = 0.55 if k % 2 else 0.85
        stalk, b, t = _frond(c + np.array([0, 0.03, 0]), yaw, 0.62 if k % 2 else 0.55, lift)
        parts.append(stalk)
        bases.append(b)
        tips.append(t)
    parts.append(_leaflets(np.concatenate(bases), np.concatenate(tips), 0.03))
    parts.append(tube([c, c + np.array([0.0, 0.22, 0.0])], [0.018, 0.004], None, "vine"))
    return parts


# ---- 974 pair of stilts -----------------------------------------------------------------------


def _stilt(foot, top, turn: float, tag: str = "") -> list[Part]:
    """One wooden stilt from its foot to its top: a long square pole with a rubber tip, a foot
    block a third of the way up turned ``turn`` degrees round from the front (a flat tread on a
    wedge brace, bolted on, a leather strap over it), a handle bar through its top running front
    to back with a leather grip each side."""
    foot, top = np.asarray(foot, float), np.asarray(top, float)
    L = float(np.linalg.norm(top - foot))
    parts = [square_bar(foot, top, 0.055, 0.045, 0, tag)]
    m = at(*foot) @ align(top - foot)
    parts.append(cylinder(0.034, 0.032, 0.05, m, "cloth-dark"))  # the rubber tip
    fy = L * 0.33
    f = m @ at(0, fy, 0) @ rot("y", turn)  # the foot block
    parts.append(box(0.1, 0.045, 0.16, f @ at(0, 0, 0.1), 0))
    parts.append(slab([(0.0, 0.0), (0.16, 0.0), (0.0, -0.18)], 0.06, f @ at(0, 0, 0.02) @ ZYX, 0))
    for y in (-0.12, -0.05):  # its bolts
        parts.append(cylinder(0.011, 0.011, 0.09, f @ at(0, y, -0.04) @ rot("x", 90), "steel"))
    strap = [(-0.05, 0.045, 0.12), (-0.056, 0.11, 0.12), (0.056, 0.11, 0.12), (0.05, 0.045, 0.12)]
    parts.append(tube([(f @ np.array([*p, 1.0]))[:3] for p in strap], 0.009, None, 1))
    hand = m @ at(0, L - 0.1, 0)  # the handle bar through its top, grips each side
    parts.append(cylinder(0.018, 0.018, 0.28, hand @ at(0, 0, -0.14) @ rot("x", 90), 0))
    for z in (-0.13, 0.05):
        parts.append(cylinder(0.025, 0.025, 0.08, hand @ at(0, 0, z) @ rot("x", 90), 1))
    parts.append(sphere(1.0, m @ at(0, L, 0) @ scl(0.032, 0.018, 0.027), 0))
    return parts


def _stilts(rng: Rng) -> list[Part]:
    """A pair of wooden stilts standing on their feet and leaning together so they cross near
    the top: each a long square pole with a foot block a third of the way up pointing in toward
    the other (a flat tread on a wedge brace with a leather strap), a handle bar with leather
    grips through its top."""
    lean = float(rng.uniform(-0.02, 0.02))
    parts = _stilt((-0.44, 0.0, -0.03), (0.08 + lean, 2.05, -0.03), 90, "body")
    parts += _stilt((0.44, 0.0, 0.03), (-0.08, 2.0, 0.03), -90)
    return parts


MORE_APPLIANCES_ZZT = {
    967: _snake_charmer_basket, 968: _spice_display, 969: _chhatri, 970: _wingback_armchair,
    971: _cigar_box, 972: _jharokha, 973: _potted_palm, 974: _stilts,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
