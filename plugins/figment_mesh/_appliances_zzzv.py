"""More of the device family's appliances, from 1179: a llama, a quipu, a Moche stirrup spout
vessel, a pan flute, a tumi knife, a chullo hat, an Andean condor, a totora reed boat.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl
from ._kit import band, bead, flat_solid, hoop, rod, scaled
from ._primitives import box, catmull_rom, cylinder, lathe, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZZZV"]

Rng = np.random.Generator

_STRIPES = ("card-red", "cloth-yellow", "plume")


def _lump(m: np.ndarray, slot=0) -> Part:
    """A small round lump (a tuft of wool or feathers, a knuckle) under ``m``: a unit bead with
    few sides, cheaper than a sphere where there are dozens."""
    return bead(1.0, m, slot, 8)


def _knot(r: float, m: np.ndarray, slot) -> Part:
    """A knot on a cord: a tiny five-sided double cone of radius r at m's origin."""
    return lathe([(0.0, -r), (r, 0.0), (0.0, r)], m, slot, sides=5)


# ---- 1179 llama -------------------------------------------------------------------------------


def _llama(rng: Rng) -> list[Part]:
    """A llama standing side-on (head to +x): a woolly barrel body on four long slim legs, a tall
    upright neck with no hump, a small head with a blunt muzzle and long curved banana ears, a
    short fluffy tail held up, a woven saddle blanket in red, yellow and blue stripes."""
    bx, by = 0.0, 0.62
    parts = [sphere(1.0, at(bx, by, 0) @ scl(0.32, 0.16, 0.15), 0, "body")]
    for _ in range(14):  # the wool's lumps
        a = rng.uniform(0, 2 * np.pi)
        x = rng.uniform(-0.26, 0.26)
        f = np.sqrt(max(0.0, 1 - (x / 0.32) ** 2))
        c = (x, by + 0.14 * f * np.sin(a) * 0.9, 0.13 * f * np.cos(a) * 0.9)
        parts.append(_lump(at(*c) @ scl(0.065, 0.055, 0.055)))
    for sx in (-1, 1):  # the legs
        for sz in (-1, 1):
            x, z = sx * 0.2, sz * 0.075
            knee = 0.25 if sx > 0 else 0.27
            parts.append(sphere(1.0, at(x, 0.5, z) @ scl(0.06, 0.08, 0.05), 0))
            parts.append(tube([(x, 0.52, z), (x - 0.01 * sx, knee, z), (x, 0.04, z)],
                              [0.036, 0.024, 0.02], None, 0))  # fmt: skip
            parts.append(_lump(at(x, knee, z) @ scl(0.027, 0.03, 0.027)))
            parts.append(_lump(at(x + 0.015, 0.018, z) @ scl(0.03, 0.02, 0.024), "marking"))
    neck = [(0.24, 0.66, 0), (0.3, 0.8, 0), (0.32, 0.95, 0), (0.33, 1.02, 0)]
    parts.append(tube(neck, [0.09, 0.065, 0.055, 0.05], None, 0))
    parts.append(sphere(1.0, at(0.35, 1.04, 0) @ scl(0.075, 0.06, 0.055), 0))  # the head
    m = at(0.42, 1.02, 0) @ rot("z", -15)
    parts.append(sphere(1.0, m @ scl(0.065, 0.038, 0.04), 0))  # the muzzle
    parts.append(bead(0.009, at(0.475, 1.0, 0), "marking"))
    for sz in (-1, 1):
        ear = [(0.33, 1.08, sz * 0.03), (0.31, 1.14, sz * 0.05), (0.315, 1.2, sz * 0.045),
               (0.335, 1.23, sz * 0.025)]  # fmt: skip
        parts.append(tube(ear, [0.016, 0.02, 0.014, 0.004], None, 0))
        parts.append(bead(0.011, at(0.39, 1.06, sz * 0.047), "pupil"))
    parts.append(tube([(-0.3, 0.68, 0), (-0.36, 0.7, 0), (-0.38, 0.66, 0)], [0.04, 0.045, 0.03],
                      None, 0))  # the tail # fmt: skip
    for i, x in enumerate(np.linspace(-0.17, 0.15, 7)):  # the blanket's stripes
        pts = [(x, by + 0.165 * np.sin(a), 0.165 * np.cos(a)) for a in np.radians(
            np.linspace(-25, 205, 9))]  # fmt: skip
        parts.append(band(pts, 0.05, 0.022, (1, 0, 0), _STRIPES[i % 3]))
    for sz in (-1, 1):  # its fringe of tassels
        for x in np.linspace(-0.18, 0.16, 6):
            z = sz * 0.165 * np.cos(np.radians(-25))
            y = by + 0.165 * np.sin(np.radians(-25))
            parts.append(rod((x, y, z), (x, y - 0.05, z), 0.014, "snow"))
    return parts


# ---- 1180 quipu -------------------------------------------------------------------------------

_QUIPU = (0, "card-red", "cloth-yellow", "snow", "marking")
_PENTAGON = np.stack(
    [np.cos(np.arange(5) * 2 * np.pi / 5), np.sin(np.arange(5) * 2 * np.pi / 5)], 1
)


def _quipu(rng: Rng) -> list[Part]:
    """An Inca quipu on a display frame: a thick main cord slung horizontally between two wooden
    pegs on a base, dozens of thinner coloured cords hanging down from it in groups, each with
    clusters of knots at different heights."""
    w, top = 0.95, 0.88
    parts = [box(w + 0.2, 0.04, 0.22, None, 1, "body")]
    for sx in (-1, 1):  # the pegs
        parts.append(cylinder(0.025, 0.02, top + 0.05, at(sx * (w / 2 + 0.04), 0.04, 0), 1))
        parts.append(sphere(0.03, at(sx * (w / 2 + 0.04), top + 0.09, 0), 1))
    sag = lambda x: top - 0.04 * (1 - (2 * x / w) ** 2)  # noqa: E731
    xs = np.linspace(-w / 2 - 0.04, w / 2 + 0.04, 9)
    parts.append(tube([(x, sag(x) if abs(x) < w / 2 else top, 0) for x in xs], 0.016, None, 0))
    n = 24
    for i in range(n):
        g = i // 4  # cords hang in groups of four
        x = -w / 2 + 0.06 + (w - 0.12) * (i + 0.6 * g) / (n - 1 + 0.6 * 7)
        slot = _QUIPU[(g + i % 2 * (g % 2)) % len(_QUIPU)]
        y0 = sag(x) - 0.01
        ln = float(rng.uniform(0.45, 0.72))
        sway = float(rng.uniform(-0.03, 0.03))
        pts = [(x, y0, 0.012), (x + sway * 0.3, y0 - ln * 0.5, 0.01), (x + sway, y0 - ln, 0.0)]
        parts.append(tube(pts, 0.006, None, slot, shape=_PENTAGON))
        parts.append(_knot(0.012, at(x, y0 + 0.005, 0.012), slot))  # the loop on the main cord
        for band_y in (0.18, 0.42, 0.66):  # the knot clusters: units, tens, hundreds
            if band_y > ln - 0.04:
                continue
            for k in range(int(rng.integers(1, 4))):
                t = (band_y + k * 0.028) / ln
                m = at(x + sway * t**2, y0 - ln * t, 0.01 * (1 - t))
                parts.append(_knot(0.012, m, slot))
    return parts


# ---- 1181 stirrup spout vessel ----------------------------------------------------------------


def _stirrup_spout_vessel(rng: Rng) -> list[Part]:
    """A Moche stirrup spout vessel: a round flat-bottomed jug body in cream, painted with
    red-brown bands and a row of stepped figures, a thick hollow stirrup handle arching over the
    top like an upside-down U, a single short upright spout rising from its crown."""
    h = 0.5
    prof = [(0.0, 0.0), (0.14, 0.0), (0.23, 0.04), (0.29, 0.13), (0.3, 0.23), (0.27, 0.35),
            (0.2, 0.44), (0.1, 0.49), (0.0, h)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body")]
    band_ = [(0.238, 0.045), (0.286, 0.1), (0.303, 0.16), (0.304, 0.19), (0.292, 0.19),
             (0.29, 0.15), (0.272, 0.1), (0.226, 0.05)]  # fmt: skip
    parts.append(lathe(band_, None, 1, closed=True))  # the painted lower band
    for k in range(8):  # the stepped figures round the belly
        a = 2 * np.pi * k / 8
        m = at(0.3 * np.sin(a), 0.22, 0.3 * np.cos(a)) @ rot("y", np.degrees(a))
        for j, (bw, bh) in enumerate(((0.09, 0.03), (0.06, 0.03), (0.03, 0.03))):
            parts.append(box(bw, bh, 0.012, m @ at(0, j * 0.03, 0), 1))
    foot = 0.14
    arch = [(-foot, 0.44, 0), (-foot - 0.01, 0.56, 0), (-0.11, 0.67, 0), (-0.045, 0.72, 0),
            (0.0, 0.725, 0), (0.045, 0.72, 0), (0.11, 0.67, 0), (foot + 0.01, 0.56, 0),
            (foot, 0.44, 0)]  # fmt: skip
    parts.append(tube(arch, 0.034, None, 0))  # the stirrup
    for sx in (-1, 1):  # its red-brown rings where it meets the body
        parts.append(torus(0.036, 0.007, at(sx * (foot + 0.008), 0.5, 0), 1))
    spout = [(0.036, 0.0), (0.033, 0.1), (0.035, 0.15), (0.043, 0.16)]
    parts.append(lathe([(0.0, 0.0), *spout, (0.026, 0.162), (0.024, 0.12)],
                       at(0, 0.72, 0), 0))  # fmt: skip
    parts.append(torus(0.036, 0.007, at(0, 0.78, 0), 1))
    return parts


# ---- 1182 pan flute ---------------------------------------------------------------------------


def _pan_flute(rng: Rng) -> list[Part]:
    """A pan flute (siku) standing upright: a row of ten bamboo tubes side by side, graded from
    long to short, their open tops level and their bottoms stepping up in a slant line, each with
    a node ring, lashed together by two cord bands and a criss-cross binding."""
    n, r = 10, 0.042
    top = 0.85
    parts = []
    for i in range(n):
        x = (i - (n - 1) / 2) * 2 * r
        ln = top * (1 - 0.6 * i / (n - 1))
        y0 = top - ln
        tag = "body" if i == 0 else ""
        parts.append(cylinder(r, r, ln, at(x, y0, 0), 0, tag))
        parts.append(cylinder(r * 0.75, r * 0.75, 0.004, at(x, top - 0.002, 0), "marking"))
        node = y0 + ln * 0.35
        parts.append(hoop(r * 0.98, 0.006, at(x, node, 0), 0, 16, 4))
    xs = (-n * r - 0.008, n * r + 0.008)
    for y in (top - 0.08, top - 0.22):  # the cord bands
        for z in (-r * 0.98, r * 0.98):
            parts.append(stick((xs[0], y, z), (xs[1], y, z), 0.009, 1))
        for x in xs:
            parts.append(stick((x, y, -r), (x, y, r), 0.009, 1))
    for i in range(n - 1):  # the criss-cross lashing between the bands
        x = (i - (n - 1) / 2 + 0.5) * 2 * r
        parts.append(rod((x - r * 0.9, top - 0.09, r), (x + r * 0.9, top - 0.21, r), 0.008, 1))
    return parts


# ---- 1183 tumi knife --------------------------------------------------------------------------


def _crescent(n: int) -> list[np.ndarray]:
    """The tumi's half-moon blade in the xy plane: a wide convex cutting edge below from tip to
    tip, a shallow dip above between its horned tips, its middle 0.2 high."""
    t = np.linspace(0, np.pi, max(n, 16))
    low = np.stack([-0.24 * np.cos(t), 0.2 - 0.2 * np.sin(t) ** 0.8], 1)
    high = np.stack([0.2 * np.cos(t[1:-1]), 0.2 - 0.03 * np.sin(t[1:-1])], 1)
    return [np.concatenate([low, high])]


def _tumi_knife(rng: Rng) -> list[Part]:
    """An Inca tumi, a gold ceremonial knife standing on its edge: a wide half-moon blade at the
    bottom, joined at its middle to a straight flat handle, topped by a little god figure with a
    square face, round eyes, ear spools and a fanned semicircular headdress."""
    d = 0.03
    parts = [flat_solid(_crescent, d, at(0, 0, -d / 2), 0, "body")]
    parts.append(box(0.08, 0.04, 0.045, at(0, 0.16, 0), 0))  # the collar
    parts.append(box(0.05, 0.34, 0.035, at(0, 0.19, 0), 0))  # the handle
    for y in (0.25, 0.37):
        parts.append(box(0.062, 0.018, 0.045, at(0, y, 0), 0))
    parts.append(box(0.1, 0.03, 0.06, at(0, 0.52, 0), 0))  # the figure's shoulders
    parts.append(box(0.08, 0.05, 0.05, at(0, 0.55, 0), 0))  # its body
    for sx in (-1, 1):  # its arms held to the chest
        parts.append(box(0.02, 0.06, 0.02, at(sx * 0.03, 0.55, 0.03), 0))
    head = at(0, 0.6, 0)
    parts.append(box(0.13, 0.12, 0.07, head, 0))  # the face
    for sx in (-1, 1):
        parts.append(cylinder(0.016, 0.016, 0.012, head @ at(sx * 0.03, 0.075, 0.034)
                              @ rot("x", 90), 1))  # the eyes # fmt: skip
        parts.append(cylinder(0.026, 0.026, 0.016, head @ at(sx * 0.072, 0.055, 0)
                              @ rot("z", 90), 0))  # the ear spools # fmt: skip
    parts.append(box(0.06, 0.012, 0.012, head @ at(0, 0.022, 0.035), 1))  # the mouth
    parts.append(box(0.02, 0.035, 0.014, head @ at(0, 0.04, 0.037), 0))  # the nose
    parts.append(box(0.15, 0.03, 0.075, head @ at(0, 0.12, 0), 0))  # the headband
    y = 0.75
    for k in range(9):  # the fanned headdress of plumes
        a = np.radians(10 + 160 * k / 8)
        d_ = np.array([np.cos(a), np.sin(a), 0.0])
        p0 = np.array([0.0, y, -0.01]) + 0.03 * d_
        parts.append(tube([p0, p0 + 0.08 * d_, p0 + 0.15 * d_], [0.012, 0.024, 0.018], None, 0))
        parts.append(bead(0.02, at(*(p0 + 0.16 * d_)), 1))
    parts.append(cylinder(0.05, 0.05, 0.04, at(0, y, -0.03) @ rot("x", 90), 0))
    return scaled(parts, rot("y", 30))  # the blade turned to the viewer


# ---- 1184 chullo hat --------------------------------------------------------------------------


def _chullo_hat(rng: Rng) -> list[Part]:
    """An Andean chullo, a knitted hat resting on its earflaps: a rounded cap in bright
    horizontal stripes with zigzag bands, long earflaps falling down each side and ending in
    braided cords with tassels lying on the ground, a pompom on top."""
    y0, r = 0.24, 0.26
    prof = [(r + 0.004, 0.0), (r + 0.006, 0.12), (r - 0.01, 0.22), (r * 0.78, 0.3),
            (r * 0.45, 0.35), (0.0, 0.365)]  # fmt: skip
    parts = [lathe([(r - 0.02, 0.0), *prof], at(0, y0, 0), 0, "body")]
    bands = (("card-red", 0.0, 0.03), ("cloth-yellow", 0.085, 0.02), ("snow", 0.16, 0.02),
             ("plume", 0.225, 0.018))  # fmt: skip
    for slot, y, t in bands:
        rr = float(np.interp(y, [p[1] for p in prof], [p[0] for p in prof]))
        parts.append(torus(rr + 0.004, t / 2, at(0, y0 + y + t / 2, 0) @ scl(1, 1.2, 1), slot))
    for slot, y, amp in (("card-red", 0.05, 0.018), ("plume", 0.125, 0.016)):  # zigzags
        rr = float(np.interp(y, [p[1] for p in prof], [p[0] for p in prof])) + 0.006
        n = 28
        pts = [(rr * np.sin(2 * np.pi * k / n), y0 + y + amp * (k % 2 * 2 - 1),
                rr * np.cos(2 * np.pi * k / n)) for k in range(n + 1)]  # fmt: skip
        for a, b in pairwise(pts):
            parts.append(rod(a, b, 0.012, slot))
    parts.append(sphere(0.07, at(0, y0 + 0.4, 0), "card-red"))  # the pompom
    for k in range(10):
        a = 2 * np.pi * k / 10
        parts.append(
            _lump(at(0.06 * np.cos(a), y0 + 0.41, 0.06 * np.sin(a)) @ scl(0.03), "cloth-yellow")
        )
    for sx in (-1, 1):  # the earflaps, braids and tassels
        flap = [(sx * (r + 0.01), y0 + 0.05, 0.02), (sx * (r + 0.015), y0 - 0.05, 0.03),
                (sx * (r + 0.0), y0 - 0.16, 0.04), (sx * (r - 0.02), 0.03, 0.06)]  # fmt: skip
        parts.append(band(flap, [0.2, 0.18, 0.13, 0.05], 0.02, (0, 0, 1), 0))
        parts.append(band([(p[0] + sx * 0.012, p[1], p[2]) for p in flap[:3]], [0.03, 0.03, 0.03],
                          0.02, (0, 0, 1), "card-red"))  # fmt: skip
        end = np.array([sx * (r - 0.02), 0.03, 0.06])
        braid = end + np.array([(0, 0, 0), (sx * 0.02, -0.02, 0.06), (sx * 0.03, -0.02, 0.2),
                                (sx * 0.01, -0.02, 0.3)])  # fmt: skip
        path = catmull_rom(braid, 16)
        for k, p in enumerate(path):
            slot = ("cloth-yellow", "card-red", "plume")[k % 3]
            parts.append(bead(0.014, at(*p), slot, 5))
        tip = path[-1]
        for k in range(7):
            a = np.radians(-30 + 60 * k / 6)
            q = tip + np.array([0.09 * np.sin(a), 0.0, 0.09 * np.cos(a)])
            parts.append(rod(tip, q, 0.013, ("card-red", "cloth-yellow", "snow")[k % 3]))
    return parts


# ---- 1185 condor ------------------------------------------------------------------------------


def _condor(rng: Rng) -> list[Part]:
    """An Andean condor perched on a rock: a huge black body with big folded wings reaching past
    the tail, wide white patches on the wings, a fluffy white ruff collar round the neck's base,
    a bare wrinkled grey-red neck and head above it, a hooked pale beak, a fleshy comb on top."""
    rock = 0.3
    parts = [sphere(1.0, at(0, 0.55, 0) @ rot("x", 35) @ scl(0.17, 0.29, 0.19), 0, "body")]
    parts.append(sphere(1.0, at(0.02, rock - 0.14, -0.02) @ scl(0.38, 0.24, 0.32), 1))  # rock
    parts.append(sphere(1.0, at(-0.22, rock - 0.2, 0.12) @ scl(0.2, 0.16, 0.18), 1))
    for sx in (-1, 1):  # the folded wings
        w = at(sx * 0.13, 0.52, -0.06) @ rot("x", 38) @ rot("z", sx * -4)
        parts.append(sphere(1.0, w @ scl(0.075, 0.36, 0.2), 0))
        for k in range(3):  # the white bar of the secondaries along the folded wing
            parts.append(_lump(w @ at(sx * 0.04, 0.1 - 0.09 * k, -0.07 + 0.02 * k)
                                @ rot("x", -10) @ scl(0.045, 0.1, 0.07), "snow"))  # fmt: skip
        for k in range(5):  # the primaries fanning past the tail
            tip = w @ at(0, -0.32 - 0.02 * k, -0.1 + 0.04 * k)
            parts.append(_lump(tip @ scl(0.025, 0.12, 0.03)))
        parts.append(
            tube(
                [
                    (sx * 0.07, rock + 0.06, 0.06),
                    (sx * 0.07, rock, 0.1),
                    (sx * 0.07, rock - 0.005, 0.17),
                ],
                0.02,
                None,
                "marking",
            )
        )  # legs
    parts.append(sphere(1.0, at(0, 0.32, -0.28) @ rot("x", 60) @ scl(0.1, 0.16, 0.03), 0))  # tail
    ruff = at(0, 0.78, 0.09) @ rot("x", 25)
    parts.append(torus(0.1, 0.045, ruff, "snow"))
    for k in range(12):
        a = 2 * np.pi * k / 12
        parts.append(_lump(ruff @ at(0.11 * np.cos(a), 0.02, 0.11 * np.sin(a)) @ scl(0.04), "snow"))
    neck = [(0, 0.78, 0.09), (0, 0.88, 0.13), (0, 0.96, 0.17)]
    parts.append(tube(neck, [0.05, 0.04, 0.042], None, "match-head"))
    for k in range(4):  # the wrinkles
        parts.append(hoop(0.043, 0.008, at(0, 0.82 + k * 0.035, 0.1 + k * 0.02) @ rot("x", 25),
                           "match-head"))  # fmt: skip
    head = at(0, 0.98, 0.2)
    parts.append(sphere(1.0, head @ scl(0.05, 0.045, 0.07), "match-head"))
    beak = [(0, 0.985, 0.25), (0, 0.98, 0.3), (0, 0.96, 0.325), (0, 0.935, 0.32)]
    parts.append(tube(beak, [0.025, 0.018, 0.012, 0.004], None, "tooth"))
    parts.append(tube([(0, 1.02, 0.15), (0, 1.045, 0.2), (0, 1.02, 0.27)], [0.01, 0.022, 0.008],
                      None, "comb"))  # the comb # fmt: skip
    for sx in (-1, 1):
        parts.append(bead(0.008, head @ at(sx * 0.045, 0.01, 0.02), "pupil"))
    return parts


# ---- 1186 reed boat ---------------------------------------------------------------------------


def _bundle(pts, radii, slot=0, tag: str = "", ties: int = 0) -> list[Part]:
    """A cigar-shaped bundle of reeds along pts, bound by ``ties`` dark cords round it."""
    parts = [tube(pts, radii, None, slot, tag)]
    if ties:
        path = catmull_rom(pts, 60)
        rr = np.interp(np.linspace(0, 1, 60), np.linspace(0, 1, len(pts)), radii)
        for t in np.linspace(0.12, 0.88, ties):
            i = int(t * 59)
            d = path[min(i + 1, 59)] - path[max(i - 1, 0)]
            yaw = np.degrees(np.arctan2(d[1], d[0]))
            m = at(*path[i]) @ rot("z", yaw - 90)
            parts.append(hoop(rr[i] * 0.98, 0.008, m, "cloth-dark", 16, 4))
    return parts


def _reed_boat(rng: Rng) -> list[Part]:
    """A Lake Titicaca totora reed boat: two fat cigar-shaped bundles of reeds lashed side by side
    with smaller bundles along the gunwales, both ends sweeping up into high curled prow and stern
    posts, the prow ending in a puma's head, a mast with a reed sail of bound stalks."""
    parts = []
    for sz in (-1, 1):
        hull = [(-0.5, 0.3, 0), (-0.42, 0.16, sz * 0.05), (-0.25, 0.095, sz * 0.085),
                (0.0, 0.09, sz * 0.09), (0.25, 0.095, sz * 0.085), (0.42, 0.16, sz * 0.05),
                (0.5, 0.3, 0)]  # fmt: skip
        parts += _bundle(hull, [0.03, 0.06, 0.085, 0.09, 0.085, 0.06, 0.03],
                         0, "body" if sz < 0 else "", 7)  # fmt: skip
        rail = [(-0.44, 0.26, sz * 0.04), (-0.3, 0.19, sz * 0.12), (0.0, 0.18, sz * 0.13),
                (0.3, 0.19, sz * 0.12), (0.44, 0.26, sz * 0.04)]  # fmt: skip
        parts += _bundle(rail, [0.02, 0.04, 0.045, 0.04, 0.02], 0, "", 5)
    prow = [(0.46, 0.24, 0), (0.53, 0.36, 0), (0.56, 0.5, 0), (0.55, 0.6, 0), (0.6, 0.66, 0)]
    parts += _bundle(prow, [0.05, 0.04, 0.032, 0.03, 0.03], 0, "", 4)
    head = at(0.62, 0.67, 0)  # the puma's head
    parts.append(sphere(1.0, head @ scl(0.05, 0.045, 0.045), 0))
    parts.append(sphere(1.0, head @ at(0.05, -0.01, 0) @ scl(0.035, 0.028, 0.03), 0))
    for sz in (-1, 1):
        parts.append(sphere(1.0, head @ at(-0.015, 0.045, sz * 0.025) @ scl(0.015, 0.02, 0.012),
                            0))  # fmt: skip
        parts.append(bead(0.008, head @ at(0.03, 0.015, sz * 0.03), "marking"))
    stern = [(-0.46, 0.24, 0), (-0.53, 0.36, 0), (-0.58, 0.48, 0), (-0.54, 0.57, 0),
             (-0.49, 0.55, 0), (-0.5, 0.5, 0)]  # fmt: skip
    parts += _bundle(stern, [0.05, 0.04, 0.032, 0.028, 0.022, 0.015], 0, "", 4)
    parts.append(box(0.6, 0.03, 0.16, at(0, 0.17, 0), 0))  # the deck
    mast = (0.02, 0.19, 0)
    parts.append(stick(mast, (0.02, 0.95, 0), 0.014, 1))
    parts.append(stick((-0.16, 0.35, 0.02), (0.22, 0.35, 0.02), 0.01, 1))  # the boom
    parts.append(stick((-0.16, 0.9, 0.02), (0.22, 0.9, 0.02), 0.01, 1))  # the yard
    for k in range(14):  # the reed sail's stalks
        x = -0.15 + 0.36 * k / 13
        parts.append(rod((x, 0.355, 0.03), (x, 0.895, 0.03), 0.024, 0))
    for y in (0.5, 0.65, 0.8):  # the sail's bands
        parts.append(stick((-0.16, y, 0.045), (0.22, y, 0.045), 0.006, "cloth-dark"))
    parts.append(stick((0.02, 0.95, 0), (0.55, 0.55, 0), 0.004, "cloth-dark"))  # the stays
    parts.append(stick((0.02, 0.95, 0), (-0.54, 0.52, 0), 0.004, "cloth-dark"))
    return parts


MORE_APPLIANCES_ZZZV = {
    1179: _llama, 1180: _quipu, 1181: _stirrup_spout_vessel, 1182: _pan_flute,
    1183: _tumi_knife, 1184: _chullo_hat, 1185: _condor, 1186: _reed_boat,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
