"""More of the device family's appliances, from 927: a roulette wheel, a slot machine, stacks of
poker chips, a cocktail shaker, a champagne tower, a blackjack table, a revolving door, a dice
cup.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, mesh_part, rot, scl
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    PIPS,
    band,
    hoop,
    loft,
    rrect,
    rrect_outline,
    skin_strip,
    studs,
)
from ._lettering import paint_text
from ._primitives import box, cylinder, lathe, slab, sphere, strip, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZO"]

Rng = np.random.Generator

_CIRCLE = np.stack([np.cos(np.arange(14) * np.pi / 7), np.sin(np.arange(14) * np.pi / 7)], 1)


def _ring_pts(r: float, a0: float, a1: float, n: int, y: float, zc: float = 0.0) -> list:
    """n points on a level circle of radius r round (0, zc) at height y, from a0 to a1 degrees
    (0 toward +x, 90 toward the viewer)."""
    t = np.radians(np.linspace(a0, a1, n))
    return [(r * np.cos(a), y, zc + r * np.sin(a)) for a in t]


def _turned(profile, m: np.ndarray, slot, sides: int = 14, tag: str = "") -> Part:
    """A cheap solid of revolution about +y under ``m`` through (radius, height) rings exactly
    as given (no smoothing, ``sides`` round), each end closed flat."""
    p = np.asarray(profile, float)
    n = len(p)
    c = np.stack([np.zeros(n), p[:, 1], np.zeros(n)], 1)
    u = np.stack([p[:, 0], np.zeros(n), np.zeros(n)], 1)
    v = np.stack([np.zeros(n), np.zeros(n), -p[:, 0]], 1)
    t = np.arange(sides) * (2 * np.pi / sides)
    return loft(c, u, v, np.stack([np.cos(t), np.sin(t)], 1), slot, tag).moved(m)


_CUBE = np.array([[x, y, z] for x in (-0.5, 0.5) for y in (0.0, 1.0) for z in (-0.5, 0.5)])
_CUBE_FACES = np.array([[0, 1, 3], [0, 3, 2], [4, 6, 7], [4, 7, 5], [0, 4, 5], [0, 5, 1],
                        [2, 3, 7], [2, 7, 6], [0, 2, 6], [0, 6, 4], [1, 5, 7], [1, 7, 3]])  # fmt: skip


def _boxes(mats, size: tuple[float, float, float], slot) -> Part:
    """Many boxes of one size (w, h, d), each standing on its own placement of ``mats`` as
    ``box`` stands on its origin, as one flat-shaded part (a ring of pockets, of frets)."""
    unit = np.c_[_CUBE * size, np.ones(8)]
    verts = np.concatenate([(unit @ np.asarray(m).T)[:, :3] for m in mats])
    faces = np.concatenate([_CUBE_FACES + 8 * i for i in range(len(mats))])
    return mesh_part(verts, faces, slot, facets=True)


# 927: a roulette wheel


def _roulette_wheel(rng: Rng) -> list[Part]:
    """A casino roulette wheel set in a table top: a wide, low round wooden bowl whose sloped
    inner rim carries metal deflectors, the spinning head inside it ringed with thirty-seven
    small pockets alternating red and black with one green, split by metal frets, a wooden cone
    rising to a central turret with a cross handle, a small white ball lying in a pocket."""
    top = 0.07
    parts = [slab(rrect_outline(1.0, 0.9, 0.05), top, at(0, top / 2, 0) @ FLAT_UP, 0, "body")]
    parts.append(slab(rrect_outline(0.92, 0.82, 0.03), 0.01, at(0, top, 0) @ FLAT_UP,
                      "chalkboard"))  # the felt # fmt: skip
    y = top
    bowl = [(0.0, y), (0.44, y), (0.445, y + 0.05), (0.435, y + 0.085), (0.41, y + 0.092),
            (0.395, y + 0.08), (0.39, y + 0.06), (0.35, y + 0.045), (0.315, y + 0.035),
            (0.0, y + 0.035)]  # fmt: skip
    parts.append(lathe(bowl, None, 0))
    parts.append(hoop(0.44, 0.006, at(0, y + 0.072, 0), 1, 40))  # a brass trim round the lip
    rim = []
    for k in range(8):  # the deflectors on the sloped rim
        a = 22.5 + 45 * k
        m = at(0.355 * np.cos(np.radians(a)), y + 0.05, 0.355 * np.sin(np.radians(a)))
        rim.append(m @ rot("y", 90 - a) @ rot("x", 18) @ rot("y", 45))
    parts.append(_boxes(rim, (0.022, 0.012, 0.022), 1))
    n, ring = 37, y + 0.036
    spin = float(rng.uniform(0, 360))
    pockets: dict = {"vine": [], "card-red": [], "marking": []}
    frets = []
    for i in range(n):  # the number ring and the pockets, red and black with one green
        a = spin + 360 * i / n
        c = "vine" if i == 0 else ("card-red" if i % 2 else "marking")
        for r0, r1, dy, tilt in ((0.262, 0.312, 0.012, -16), (0.2, 0.258, 0.0, -4)):
            rm = (r0 + r1) / 2
            m = at(rm * np.cos(np.radians(a)), ring + dy, rm * np.sin(np.radians(a)))
            m = m @ rot("y", 90 - a) @ rot("x", tilt) @ scl(2 * np.pi * rm / n * 1.03, 1, r1 - r0)
            pockets[c].append(m)
        af = np.radians(a + 180 / n)  # the fret after the pocket
        frets.append(
            at(0.229 * np.cos(af), ring, 0.229 * np.sin(af)) @ rot("y", 90 - np.degrees(af))
        )
    for c, mats in pockets.items():
        parts.append(_boxes(mats, (1.0, 0.008, 1.0), c))
    parts.append(_boxes(frets, (0.005, 0.018, 0.06), 1))
    cone = [(0.0, ring), (0.2, ring), (0.195, ring + 0.02), (0.14, ring + 0.05),
            (0.07, ring + 0.07), (0.0, ring + 0.075)]  # fmt: skip
    parts.append(lathe(cone, None, 0))  # the head's wooden cone
    t0 = ring + 0.07  # the turret and its cross handle
    parts.append(cylinder(0.05, 0.03, 0.03, at(0, t0, 0), 1))
    parts.append(cylinder(0.016, 0.012, 0.11, at(0, t0, 0), 1))
    parts.append(sphere(0.022, at(0, t0 + 0.115, 0), 1))
    for k in range(4):
        a = np.radians(spin + 90 * k)
        tip = (0.1 * np.cos(a), t0 + 0.085, 0.1 * np.sin(a))
        parts.append(stick((0, t0 + 0.085, 0), tip, 0.008, 1))
        parts.append(sphere(0.016, at(*tip), 1))
    a = np.radians(spin + 360 * int(rng.integers(1, n)) / n)  # the ball in a pocket
    parts.append(sphere(0.015, at(0.229 * np.cos(a), ring + 0.022, 0.229 * np.sin(a)), "snow"))
    return parts


# 928: a slot machine


def _cherries(m: np.ndarray, s: float) -> list[Part]:
    """Two red cherries on green stalks joined at the top, s high, on the face z = 0 under m."""
    parts = []
    for x, y in ((-0.22, -0.22), (0.24, -0.3)):
        parts.append(sphere(0.2 * s, m @ at(x * s, y * s, 0.05 * s) @ scl(1, 1, 0.6), "card-red"))
        parts.append(stick((x * s, y * s, 0.03 * s), (0.05 * s, 0.38 * s, 0.0), 0.025 * s,
                           "vine").moved(m))  # fmt: skip
    parts.append(sphere(1.0, m @ at(0.2 * s, 0.38 * s, 0) @ scl(0.18 * s, 0.08 * s, 0.03 * s),
                        "vine"))  # the leaf # fmt: skip
    return parts


def _seven(m: np.ndarray, s: float) -> list[Part]:
    """A bold red figure seven, s high, on the face z = 0 under m."""
    z = (0.0, 0.0, 1.0)
    top, corner = (-0.3 * s, 0.4 * s, 0.0), (0.32 * s, 0.4 * s, 0.0)
    foot = (-0.08 * s, -0.45 * s, 0.0)
    return [strip(top, corner, z, 0.2 * s, 0.02 * s, "card-red", 0.08 * s, m=m),
            strip(corner, foot, z, 0.22 * s, 0.02 * s, "card-red", 0.04 * s, m=m)]  # fmt: skip


def _bar_symbol(m: np.ndarray, s: float) -> list[Part]:
    """A black bar with a white band through it, s high, on the face z = 0 under m."""
    parts = [box(0.8 * s, 0.36 * s, 0.03 * s, m @ at(0, -0.18 * s, 0), "marking")]
    parts.append(box(0.66 * s, 0.08 * s, 0.04 * s, m @ at(0, -0.04 * s, 0), "snow"))
    return parts


def _slot_machine(rng: Rng) -> list[Part]:
    """A casino slot machine, a one-armed bandit: a tall cabinet with a window of three reels
    side by side showing cherries, red sevens and black bars, a red pay-table panel above, a
    rounded top that glows with light, a ledge of buttons and a coin slot, a blue belly panel, a
    steel coin tray at the foot, and a big chrome lever on the right side with a red ball."""
    w, d, h = 0.52, 0.44, 1.0
    f = d / 2
    y0, y1 = 0.55, 0.84  # the reel window
    parts = [box(w, y0, d, None, 0, "body")]
    parts.append(box(w, h - y1, d, at(0, y1, 0), 0))
    for s in (-1, 1):
        parts.append(box(0.05, y1 - y0, d, at(s * (w / 2 - 0.025), y0, 0), 0))
    parts.append(box(w - 0.1, y1 - y0, 0.02, at(0, y0, -0.05), "marking"))
    arch = [(0.5 * w * np.cos(t), 0.17 * np.sin(t)) for t in np.linspace(0, np.pi, 13)]
    parts.append(slab(sharp(arch), d, at(0, h, 0), 0))  # the rounded top
    glow = [(0.44 * w * np.cos(t), 0.01 + 0.14 * np.sin(t)) for t in np.linspace(0, np.pi, 13)]
    parts.append(slab(sharp(glow), 0.02, at(0, h, f), "glow"))
    parts.append(box(w + 0.02, 0.07, d + 0.02, None, 1))  # the plinth
    for s in (-1, 1):  # the chrome window frame
        parts.append(box(w - 0.02, 0.035, 0.05, at(0, y1 - 0.02 if s > 0 else y0 - 0.015, f), 1))
        parts.append(box(0.035, y1 - y0 + 0.02, 0.05, at(s * (w / 2 - 0.035), y0 - 0.01, f), 1))
    parts.append(box(w - 0.1, 0.005, 0.01, at(0, (y0 + y1) / 2, f - 0.01), "card-red"))
    yc, rr, zc = (y0 + y1) / 2, 0.14, f - 0.155
    rows = [[_cherries, _bar_symbol, _cherries], [_seven] * 3,
            [_bar_symbol, _cherries, _bar_symbol]]  # fmt: skip
    if rng.uniform() < 0.5:
        rows[0], rows[2] = rows[2], rows[0]
    for i in range(3):  # the reels and their symbols
        x = (i - 1) * 0.14
        parts.append(cylinder(rr, rr, 0.125, at(x - 0.0625, yc, zc) @ ALONG_X, "snow"))
        for row, tilt in zip(rows, (-40, 0, 40), strict=True):
            parts += row[i](at(x, yc, zc) @ rot("x", tilt) @ at(0, 0, rr + 0.002), 0.09)
    panel = at(0, y1 + 0.025, f)  # the pay table
    parts.append(box(w - 0.08, h - y1 - 0.04, 0.01, panel, "card-red"))
    parts += paint_text("JACKPOT", panel @ at(0, 0.065, 0.005), 0.05, "plume-tip", stroke=0.2)
    for k in range(3):
        parts.append(box(w - 0.2, 0.008, 0.012, panel @ at(0, 0.015 + 0.012 * k, 0), "snow"))
    ledge = at(0, y0 - 0.1, f)  # the ledge, its buttons and coin slot
    parts.append(box(w, 0.05, 0.12, ledge @ at(0, 0, 0.03), 1))
    for k, c in enumerate(("card-red", "plume-tip", "fruit-green")):
        parts.append(cylinder(0.02, 0.02, 0.014, ledge @ at(-0.17 + 0.07 * k, 0.05, 0.05), c))
    parts.append(box(0.08, 0.05, 0.02, ledge @ at(0.15, 0.05, 0.04), "steel"))
    parts.append(box(0.05, 0.008, 0.022, ledge @ at(0.15, 0.08, 0.04), "marking"))
    parts.append(box(w - 0.1, 0.2, 0.01, at(0, 0.2, f), "plume"))  # the belly panel
    a = np.pi / 2 + np.arange(10) * np.pi / 5  # a gold star on it
    rad = np.where(np.arange(10) % 2 == 0, 0.07, 0.03)
    star = np.stack([rad * np.cos(a), rad * np.sin(a)], 1)
    parts.append(slab(sharp(star), 0.012, at(0, 0.3, f + 0.005), "plume-tip"))
    tray = at(0, 0.08, f)  # the coin tray
    parts.append(box(0.32, 0.09, 0.13, tray, "steel"))
    parts.append(box(0.28, 0.02, 0.1, tray @ at(0, 0.072, 0.005), "marking"))
    for k in range(5):
        cx, cz = float(rng.uniform(-0.11, 0.11)), float(rng.uniform(-0.03, 0.04))
        parts.append(cylinder(0.018, 0.018, 0.005, tray @ at(cx, 0.092 + 0.002 * k, cz)
                              @ rot("z", float(rng.uniform(-8, 8))), "plume-tip"))  # fmt: skip
    px, py = w / 2, 0.62  # the lever
    parts.append(cylinder(0.06, 0.06, 0.04, at(px, py, 0.0) @ ALONG_X, 1))
    parts.append(cylinder(0.035, 0.035, 0.03, at(px + 0.04, py, 0.0) @ ALONG_X, 1))
    tip = (px + 0.08, py + 0.42, -0.06)
    parts.append(stick((px + 0.06, py, 0.0), tip, 0.017, 1))
    parts.append(sphere(0.05, at(tip[0], tip[1] + 0.03, tip[2]), "card-red"))
    return parts


# 929: stacks of poker chips

_CHIP_STRIPE = {0: 1, "plume": 1, "sheet": "plume"}


def _chips(m: np.ndarray, r: float, t: float, colours: list, rng: Rng) -> list[Part]:
    """A stack of poker chips standing at m, one per colour of ``colours`` bottom up, each a
    thin disc with six blocks (white, the second material) round its edge, the top one printed
    with a ring and spots."""
    parts, marks = [], {}
    jog = m
    for i, c in enumerate(colours):
        dx, dz = rng.uniform(-0.004, 0.004, 2)
        jog = m @ at(dx, i * t, dz)
        parts.append(_turned([(r, 0.0), (r, t * 0.96)], jog, c))
        a = np.radians(rng.uniform(0, 60) + 60 * np.arange(6))
        pts, nrm = marks.setdefault(_CHIP_STRIPE[c], ([], []))
        pts += [(jog @ [r * np.cos(b), t * 0.48, r * np.sin(b), 1])[:3] for b in a]
        nrm += [m[:3, :3] @ [np.cos(b), 0, np.sin(b)] for b in a]
    for c, (pts, nrm) in marks.items():
        parts.append(studs(pts, nrm, t * 0.42, 0.006, c, 4))
    parts += _chip_face(jog @ at(0, t * 0.96, 0), r, colours[-1])
    return parts


def _chip_face(m: np.ndarray, r: float, colour) -> list[Part]:
    """The print on a chip's top face at m: a white ring inside the rim, spots at its edge."""
    c = _CHIP_STRIPE[colour]
    parts = [lathe([(0.58 * r, 0.0), (0.68 * r, 0.0), (0.68 * r, 0.004), (0.58 * r, 0.004)], m,
                   c, sides=20, closed=True)]  # fmt: skip
    a = np.radians(30 + 60 * np.arange(6))
    pts = [(m @ [0.86 * r * np.cos(b), 0.0, 0.86 * r * np.sin(b), 1])[:3] for b in a]
    parts.append(studs(pts, [m[:3, 1]] * 6, 0.1 * r, 0.004, c, 4))
    return parts


def _poker_chips(rng: Rng) -> list[Part]:
    """Stacks of poker chips on a table: four round stacks of thin chips of different heights,
    red (the first material), blue and white, each chip ringed with white blocks (the second
    material) on its edge; a few loose chips lying flat in front and one leaning against a
    stack."""
    r, t = 0.1, 0.018
    red, blue, white = 0, "plume", "sheet"  # the red ones in the first material
    stacks = [(-0.3, -0.08, [red] * 15), (-0.06, -0.16, [blue] * 20), (0.2, -0.06, [white] * 12),
              (-0.06, 0.08, [red, red, white, blue, blue, red, white])]  # fmt: skip
    parts: list[Part] = [_turned([(r, 0.0), (r, t * 0.96)], at(0.3, 0, 0.3), red, tag="body")]
    parts += _chip_face(at(0.3, t * 0.96, 0.3), r, red)
    for x, z, cols in stacks:
        parts += _chips(at(x, 0, z), r, t, cols, rng)
    for x, z, c, tilt in ((-0.33, 0.2, blue, 0.0), (-0.22, 0.3, white, 8.0)):  # loose chips
        m = at(x, 0.003 if tilt else 0.0, z) @ rot("z", tilt) @ rot("y", float(rng.uniform(0, 60)))
        parts.append(_turned([(r, 0.0), (r, t * 0.96)], m, c))
        parts += _chip_face(m @ at(0, t * 0.96, 0), r, c)
    lean, phi = 72.0, np.radians(70.0)  # one red chip leaning on the white stack's front
    sa, ca = np.sin(np.radians(lean)), np.cos(np.radians(lean))
    reach = r + ca * r + t * 0.6
    m = at(0.2 + reach * np.cos(phi), sa * r + 0.002, -0.06 + reach * np.sin(phi))
    m = m @ rot("y", 90 - np.degrees(phi)) @ rot("x", lean)
    parts.append(_turned([(r, -t / 2), (r, t / 2)], m, red))
    parts += _chip_face(m @ at(0, t / 2, 0), r, red)
    return parts


# 930: a cocktail shaker


def _cocktail_shaker(rng: Rng) -> list[Part]:
    """A steel cobbler cocktail shaker and a cocktail glass beside it: the shaker's tall tin
    widening up from its foot, a cap fitted over its top with a rounded shoulder narrowing to a
    strainer neck, a small domed cap on top; a V-shaped martini glass on a thin stem and round
    foot, filled with a pink drink, a cherry on a pick."""
    x0 = -0.14
    m = at(x0, 0, 0)
    tin = [(0.0, 0.0), (0.088, 0.0), (0.095, 0.008), (0.098, 0.03), (0.118, 0.42),
           (0.12, 0.44), (0.0, 0.44)]  # fmt: skip
    parts = [lathe(tin, m, 0, "body")]
    for y in (0.05, 0.38):  # the tin's pressed rings
        parts.append(hoop(0.1 + 0.02 * y / 0.44, 0.004, m @ at(0, y, 0), 0))
    cap = [(0.0, 0.4), (0.123, 0.4), (0.127, 0.42), (0.127, 0.5), (0.12, 0.53), (0.09, 0.58),
           (0.055, 0.615), (0.045, 0.64), (0.045, 0.66), (0.0, 0.66)]  # fmt: skip
    parts.append(lathe(cap, m, 0))
    parts.append(hoop(0.127, 0.005, m @ at(0, 0.44, 0), 0))
    parts.append(hoop(0.127, 0.005, m @ at(0, 0.49, 0), 0))
    top = [(0.0, 0.655), (0.052, 0.655), (0.055, 0.67), (0.055, 0.7), (0.045, 0.725),
           (0.02, 0.74), (0.0, 0.742)]  # fmt: skip
    parts.append(lathe(top, m, 0))
    g = at(0.17, 0, 0.12)  # the cocktail glass
    glass = [(0.0, 0.0), (0.075, 0.0), (0.076, 0.006), (0.02, 0.014), (0.008, 0.03),
             (0.007, 0.17), (0.014, 0.185), (0.13, 0.33), (0.128, 0.336), (0.02, 0.2),
             (0.0, 0.195)]  # fmt: skip
    parts.append(_turned(glass, g, 1, 24))
    lvl = 0.3
    parts.append(_turned([(0.0, 0.2), (0.018, 0.202), (0.105 * (lvl - 0.19) / 0.12, lvl),
                          (0.0, lvl)], g, "eraser", 24))  # the drink # fmt: skip
    lean = float(rng.uniform(-5, 5))
    pick = g @ at(0.03, 0.25, 0.0) @ rot("z", -35 + lean)
    parts.append(stick((0, 0, 0), (0, 0.16, 0), 0.003, "cork").moved(pick))
    parts.append(sphere(0.022, pick @ at(0, 0.03, 0), "fruit-red"))
    return parts


# 931: a champagne tower


def _coupe(m: np.ndarray, r: float, full: bool) -> list[Part]:
    """A champagne coupe standing at m, its wide shallow bowl r round: a round foot, a thin
    stem, the bowl (0.12 · r / 0.065 high in all), golden wine in it when ``full``."""
    k = r / 0.065
    prof = [(0.0, 0.0), (0.042, 0.0), (0.042, 0.005), (0.01, 0.012), (0.006, 0.022),
            (0.006, 0.07), (0.022, 0.076), (0.05, 0.088), (0.065, 0.108), (0.066, 0.12),
            (0.06, 0.12), (0.048, 0.1), (0.02, 0.088), (0.0, 0.086)]  # fmt: skip
    parts = [_turned([(a * k, b * k) for a, b in prof], m, 0, 12)]
    if full:
        wine = [(0.0, 0.088), (0.02, 0.09), (0.05, 0.104), (0.0, 0.104)]
        parts.append(_turned([(a * k, b * k) for a, b in wine], m, "plume-tip", 12))
    return parts


def _champagne_tower(rng: Rng) -> list[Part]:
    """A champagne tower: thirty coupe glasses stacked in a square pyramid of four tiers
    (16, 9, 4 and 1), each glass standing on the rims of four below, all brimming with golden
    wine, on a round table top on a pedestal; a dark green champagne bottle with a gold foil
    neck tipped over the top glass, pouring a golden stream into it."""
    ht, r = 0.45, 0.072
    gh = 0.12 * r / 0.065
    parts = [cylinder(0.4, 0.4, 0.04, at(0, ht - 0.04, 0), 1, "body")]  # the table top
    parts.append(cylinder(0.41, 0.4, 0.012, at(0, ht - 0.045, 0), 1))
    parts.append(cylinder(0.05, 0.06, ht - 0.04, at(0, 0.04, 0), 1))  # the pedestal
    parts.append(cylinder(0.22, 0.2, 0.04, None, 1))
    turn = float(rng.uniform(-10, 10))
    for tier, n in enumerate((4, 3, 2, 1)):
        y = ht + tier * (gh - 0.004)
        for i in range(n):
            for j in range(n):
                x, z = (i - (n - 1) / 2) * 2 * r, (j - (n - 1) / 2) * 2 * r
                parts += _coupe(rot("y", turn) @ at(x, y, z), r, True)
    ytop = ht + 3 * (gh - 0.004) + gh
    mouth = np.array([0.05, ytop + 0.06, 0.0])  # the bottle, tipped to pour
    bm = at(*mouth) @ rot("z", 115) @ at(0, -0.3, 0)
    parts.append(cylinder(0.045, 0.045, 0.19, bm, "chalkboard"))
    parts.append(cylinder(0.045, 0.015, 0.07, bm @ at(0, 0.19, 0), "chalkboard"))
    parts.append(cylinder(0.017, 0.016, 0.045, bm @ at(0, 0.255, 0), "chalkboard"))
    parts.append(cylinder(0.02, 0.017, 0.07, bm @ at(0, 0.23, 0), "plume-tip"))  # the foil
    parts.append(cylinder(0.046, 0.046, 0.08, bm @ at(0, 0.06, 0), "snow"))  # the label
    lip = mouth + np.array([-0.005, -0.005, 0.0])
    parts.append(tube([lip, lip + np.array([-0.03, -0.02, 0]), [-0.04, ytop - 0.015, 0.0]],
                      [0.006, 0.005, 0.004], None, "plume-tip"))  # the pour # fmt: skip
    return parts


# 932: a blackjack table


def _card(m: np.ndarray, red: bool) -> list[Part]:
    """A playing card lying face up at m, a red or black pip in its middle."""
    return [box(0.045, 0.002, 0.065, m, "snow"),
            box(0.014, 0.003, 0.018, m, "card-red" if red else "marking")]  # fmt: skip


def _chip_pile(x: float, y: float, z: float, n: int, colour) -> list[Part]:
    """A little pile of n casino chips standing at (x, y, z)."""
    return [cylinder(0.02, 0.02, 0.0055, at(x, y + 0.006 * i, z), colour) for i in range(n)]


def _blackjack_table(rng: Rng) -> list[Part]:
    """A half-round blackjack table: a green felt top with a padded leather rail round its
    curved edge, printed gold arcs and the word INSURANCE, a row of white betting circles with
    chips and pairs of cards at them, a card shoe, a chip tray and a discard holder along the
    straight dealer's side, on a wooden apron and four legs."""
    R, zc, ht = 0.55, -0.22, 0.42
    half = [(R * np.cos(a), -(zc + R * np.sin(a))) for a in np.linspace(0, np.pi, 25)]
    parts = [slab(sharp(half), 0.05, at(0, ht - 0.025, 0) @ FLAT_UP, 0, "body")]
    felt = [(0.96 * x, -zc + 0.96 * (y + zc)) for x, y in half]
    parts.append(slab(sharp(felt), 0.01, at(0, ht, 0) @ FLAT_UP, "chalkboard"))
    parts.append(tube(_ring_pts(R - 0.03, -2, 182, 25, ht + 0.02, zc), 0.04, None, 1))  # rail
    parts.append(box(2 * R, 0.04, 0.035, at(0, ht - 0.03, zc - 0.005), 0))  # the dealer's edge
    parts.append(band(_ring_pts(R - 0.06, 0, 180, 17, ht - 0.08, zc), 0.1, 0.02, (0, 1, 0), 0))
    for x, z in ((-0.45, zc + 0.05), (0.45, zc + 0.05), (-0.25, zc + 0.42), (0.25, zc + 0.42)):
        parts.append(box(0.045, ht - 0.09, 0.045, at(x, 0, z), 0))  # the legs
    y = ht + 0.006
    up = [(0.0, 1.0, 0.0)] * 25
    for rad, c in ((0.36, "plume-tip"), (0.26, "plume-tip"), (0.21, "plume-tip")):
        parts.append(skin_strip(_ring_pts(rad, 20, 160, 25, y, zc), up, 0.008, 0.003, c))
    word = "INSURANCE"
    for k, ch in enumerate(word):  # printed round the arc between the lines
        a = np.radians(130 - 80 * k / (len(word) - 1))
        m = at(0.235 * np.cos(a), y, zc + 0.235 * np.sin(a)) @ rot("y", 90 - np.degrees(a))
        parts += paint_text(ch, m @ rot("x", -90) @ rot("z", 180), 0.028, "snow", stroke=0.2,
                            depth=0.003)  # fmt: skip
    seats = 7
    for k in range(seats):  # the betting circles, with chips and cards at some
        a = np.radians(165 - 150 * k / (seats - 1))
        x, z = 0.42 * np.cos(a), zc + 0.42 * np.sin(a)
        parts.append(hoop(0.04, 0.003, at(x, y, z), "snow", 20, 4))
        if k % 2 == 0 or k == 3:
            parts += _chip_pile(x, y, z, int(rng.integers(2, 6)),
                                ("card-red", "plume", "cloth-dark")[k % 3])  # fmt: skip
            cx, cz = 0.31 * np.cos(a), zc + 0.31 * np.sin(a)
            for j in range(2):
                yaw = 90 - np.degrees(a) + 12 * (j - 0.5) + float(rng.uniform(-5, 5))
                parts += _card(at(cx + 0.015 * j, y + 0.002 * j, cz) @ rot("y", yaw), j == k % 2)
    tray = at(0, ht, zc + 0.07)  # the chip tray
    parts.append(box(0.34, 0.03, 0.11, tray @ at(0, -0.01, 0), 1))
    cols = ("plume-tip", "cloth-dark", "plume", "card-red", "sheet", "fruit-green")
    for i in range(9):
        parts.append(cylinder(0.017, 0.017, 0.09, tray @ at(-0.14 + 0.035 * i, 0.017, -0.045)
                              @ ALONG_Z, cols[i % len(cols)]))  # fmt: skip
    shoe = at(0.34, ht, zc + 0.08) @ rot("y", -20)  # the card shoe
    parts.append(box(0.09, 0.07, 0.16, shoe, "marking"))
    parts.append(box(0.07, 0.012, 0.13, shoe @ at(0, 0.07, -0.01), "snow"))  # the cards in it
    parts.append(box(0.09, 0.03, 0.05, shoe @ at(0, 0.0, 0.095), "marking"))
    parts.append(box(0.07, 0.07, 0.1, at(-0.34, ht, zc + 0.07) @ rot("y", 15), 1))  # discards
    parts.append(box(0.06, 0.05, 0.085, at(-0.34, ht + 0.025, zc + 0.07) @ rot("y", 15), "snow"))
    parts += _card(at(0.02, y, zc + 0.19) @ rot("y", 6), True)  # the dealer's cards
    parts += _card(at(0.07, y, zc + 0.19) @ rot("y", -4), False)
    return parts


# 933: a revolving door


def _wing(m: np.ndarray, reach: float, h: float) -> list[Part]:
    """One wing of a revolving door along local +x from the post at m: a glass panel in a
    metal frame with a kick plate and a steel push bar across each face."""
    L = reach - 0.05
    parts = [box(L - 0.04, h - 0.22, 0.01, m @ at(0.05 + L / 2, 0.18, 0), "pane")]
    for x in (0.05, 0.05 + L):
        parts.append(box(0.035, h, 0.04, m @ at(x - (0.0175 if x > 0.05 else -0.0175), 0, 0), 0))
    parts.append(box(L, 0.16, 0.035, m @ at(0.05 + L / 2, 0.02, 0), 0))  # the kick plate
    parts.append(box(L, 0.045, 0.04, m @ at(0.05 + L / 2, h - 0.045, 0), 0))
    for s in (-1, 1):
        a, b = (0.1, 0.5 * h, s * 0.05), (0.05 + L - 0.05, 0.5 * h, s * 0.05)
        parts.append(stick(a, b, 0.012, "steel").moved(m))
        for x in (a[0] + 0.02, b[0] - 0.02):
            parts.append(stick((x, 0.5 * h, 0), (x, 0.5 * h, s * 0.05), 0.008, "steel").moved(m))
    return parts


def _revolving_door(rng: Rng) -> list[Part]:
    """A revolving door: a round glass drum open at front and back, its two curved glass side
    walls held in metal posts and rails, a flat round canopy on top and a round floor plate,
    inside it four framed glass wings in an X round a central post, steel push bars on each."""
    R, H = 0.5, 1.0
    parts = [cylinder(R + 0.06, R + 0.06, 0.14, at(0, H, 0), 0, "body")]  # the canopy
    parts.append(cylinder(R + 0.075, R + 0.075, 0.03, at(0, H + 0.14, 0), 0))
    parts.append(cylinder(R + 0.062, R + 0.062, 0.05, at(0, H + 0.05, 0), "marking"))
    parts.append(cylinder(R + 0.06, R + 0.06, 0.025, None, 1))  # the floor plate
    for a0 in (-50, 130):  # the curved side walls
        arc = _ring_pts(R + 0.02, a0, a0 + 100, 11, H / 2)
        parts.append(band(arc, H - 0.04, 0.012, (0, 1, 0), "pane"))
        for y in (0.025, H - 0.04):
            parts.append(tube(_ring_pts(R + 0.02, a0, a0 + 100, 11, y + 0.02), 0.02, None, 0))
        for a in (a0, a0 + 100):
            c = np.radians(a)
            parts.append(cylinder(0.03, 0.03, H, at((R + 0.02) * np.cos(c), 0.0,
                                                    (R + 0.02) * np.sin(c)), 0))  # fmt: skip
    parts.append(cylinder(0.045, 0.045, H, None, 0))  # the central post
    turn = 15 + float(rng.uniform(-6, 6))
    for k in range(4):
        parts += _wing(rot("y", turn + 90 * k) @ at(0, 0.025, 0), R - 0.01, H - 0.03)
    return parts


# 934: a dice cup


def _die(m: np.ndarray, s: float, faces: tuple[int, int, int]) -> list[Part]:
    """A white die of side s standing at m, its edges rounded, dark pips in every face;
    ``faces`` its top, front (+z) and right (+x) values."""
    ys = [0.0, 0.03, 0.1, 0.9, 0.97, 1.0]
    ks = [0.8, 0.95, 1.0, 1.0, 0.95, 0.8]
    c = [(0.0, s * y, 0.0) for y in ys]
    u = [(s / 2 * k, 0.0, 0.0) for k in ks]
    v = [(0.0, 0.0, -s / 2 * k) for k in ks]
    parts = [loft(c, u, v, rrect(2.0, 2.0, 0.45, 3) / 1.0, "snow").moved(m)]
    top, front, right = faces
    values = {(0, 1, 0): top, (0, -1, 0): 7 - top, (0, 0, 1): front, (0, 0, -1): 7 - front,
              (1, 0, 0): right, (-1, 0, 0): 7 - right}  # fmt: skip
    pts, nrm = [], []
    g = s * 0.26
    for n, val in values.items():
        nv = np.array(n, float)
        a = np.array([0.0, 1.0, 0.0]) if abs(nv[1]) < 0.5 else np.array([1.0, 0.0, 0.0])
        b = np.cross(nv, a)
        for px, py in PIPS[val]:
            p = np.array([0.0, s / 2, 0.0]) + nv * s / 2 + a * py * g + b * px * g
            pts.append((m @ [*p, 1.0])[:3])
            nrm.append(m[:3, :3] @ nv)
    parts.append(studs(pts, nrm, s * 0.085, s * 0.03, "marking", 8))
    return parts


def _dice_cup(rng: Rng) -> list[Part]:
    """A leather dice cup lying tipped on its side, its open mouth toward the viewer: a tall,
    slightly tapered cup with a thick band round its rim and another round its foot, a dark
    felt floor inside; five white dice with dark pips spilled out in front of it."""
    L, rb, rm, t = 0.44, 0.118, 0.138, 0.01
    cup = [(0.0, 0.0), (rb - 0.01, 0.0), (rb, 0.012), (rm, L - 0.006), (rm - 0.003, L),
           (rm - t, L - 0.004), (rb - t + 0.002, t + 0.01), (rb - t - 0.01, t), (0.0, t)]  # fmt: skip
    tilt = np.degrees(np.arctan2(rm - rb, L))
    yaw = 80.0 + float(rng.uniform(-5, 5))
    m = at(-0.46, 0, -0.1) @ rot("y", yaw) @ at(0, rb + 0.01, 0) @ rot("x", 90 - tilt)
    parts = [lathe(cup, m, 0, "body")]
    lining = [(rb - t - 0.002, t + 0.004), (rm - t - 0.002, L - 0.008),
              (rm - t - 0.005, L - 0.008), (rb - t - 0.005, t + 0.004)]  # fmt: skip
    parts.append(lathe(lining, m, "pupil", closed=True))  # the dark felt lining
    parts.append(cylinder(rb - t - 0.004, rb - t - 0.004, 0.004, m @ at(0, t, 0), "pupil"))
    for y0, r0, hh in ((L - 0.06, rm - 0.002, 0.06), (0.0, rb - 0.002, 0.022)):
        r1 = r0 + 0.012
        band_ = [(r0, y0), (r1 - 0.002, y0), (r1, y0 + 0.004), (r1, y0 + hh - 0.004),
                 (r1 - 0.002, y0 + hh), (r0, y0 + hh)]  # fmt: skip
        parts.append(lathe(band_, m, 1, closed=True))
        a = np.linspace(0, 2 * np.pi, 28, endpoint=False)  # the band's stitches
        for yy in (y0 + 0.01, y0 + hh - 0.01):
            pts = [(m @ [r1 * np.cos(b), yy, r1 * np.sin(b), 1.0])[:3] for b in a]
            nrm = [m[:3, :3] @ [np.cos(b), 0.0, np.sin(b)] for b in a]
            parts.append(studs(pts, nrm, 0.0035, 0.003, "cloth-yellow", 4))
    s = 0.075
    triples = [(1, 2, 3), (5, 3, 1), (6, 4, 2), (3, 5, 6), (4, 1, 5), (2, 6, 4)]
    order = rng.permutation(len(triples))
    spots = [(0.14, 0.1, 10), (0.3, -0.04, -25), (0.3, 0.24, 40), (0.5, 0.1, 5), (0.12, 0.36, 60)]
    for k, (x, z, yaw_d) in enumerate(spots):
        jig = rng.uniform(-0.02, 0.02, 2)
        dm = at(x + jig[0], 0, z + jig[1]) @ rot("y", yaw_d + float(rng.uniform(-10, 10)))
        parts += _die(dm, s, triples[order[k]])
    return parts


MORE_APPLIANCES_ZZO = {
    927: _roulette_wheel, 928: _slot_machine, 929: _poker_chips, 930: _cocktail_shaker,
    931: _champagne_tower, 932: _blackjack_table, 933: _revolving_door, 934: _dice_cup,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
