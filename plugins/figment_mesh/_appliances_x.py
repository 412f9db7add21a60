"""More of the device family's appliances, from 528: a box grater, a corkscrew, a can opener, a
vegetable peeler, a fried egg, a boiled egg in an egg cup, a cocktail glass, a tea bag, a juice
box, a picture frame, a bottle of nail polish and a pair of salt and pepper shakers.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, Sweep, align, at, rot, scl, v3
from ._kit import (
    ALONG_Z,
    MOULD,
    band,
    blocks,
    crisp,
    ellipse,
    flower,
    landscape,
    pt,
    rect_ring,
    rrect_outline,
    shell,
    studs,
    superellipse,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import gear, leaf, sharp

__all__ = ["MORE_APPLIANCES_X"]

Rng = np.random.Generator

_SQUARE = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])


def _frustum(a0: float, b0: float, a1: float, b1: float, h: float, m=None, slot=0, tag=""):
    """A four-sided box 2·a0 by 2·b0 (in x and z) at y = 0 tapering straight to 2·a1 by 2·b1
    at y = h, its ends closed."""

    def gen(k: float) -> Sweep:
        c = np.array([[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, h, 0.0], [0.0, h, 0.0]])
        u = np.array([[a0, 0.0, 0.0], [a0, 0.0, 0.0], [a1, 0.0, 0.0], [a1, 0.0, 0.0]])
        v = np.array([[0.0, 0.0, -b0], [0.0, 0.0, -b0], [0.0, 0.0, -b1], [0.0, 0.0, -b1]])
        return Sweep(c, u, v, np.array([0.0, 1.0, 1.0, 0.0]), _SQUARE)

    return Part(gen, np.eye(4) if m is None else m, slot, tag)


# ---- 528 box grater ---------------------------------------------------------------------------


def _face(yaw: float, d0: float, d1: float, h: float) -> np.ndarray:
    """The frame of one sloping face of a ``_frustum`` whose half depth toward it runs from d0
    at its foot to d1 at y = h, the face turned ``yaw`` from +z: x across it, y up its slope,
    z out of it."""
    return rot("y", yaw) @ at(0, 0, d0) @ rot("x", -np.degrees(np.arctan2(d0 - d1, h)))


def _face_grid(w0: float, w1: float, length: float, rows: int, cols: int, margin: float):
    """(x, s) points in rows up a face ``length`` long whose half width runs from w0 to w1,
    alternate rows staggered by half a step."""
    out = []
    for r in range(rows):
        s = length * (0.1 + 0.8 * r / (rows - 1))
        half = w0 + (w1 - w0) * s / length - margin
        xs = np.linspace(-half, half, cols)
        if r % 2:
            xs = (xs[:-1] + xs[1:]) / 2
        out += [(float(x), s) for x in xs]
    return out


def _grater(rng: Rng) -> list[Part]:
    """A box grater: a tall four-sided metal box tapering to its top, a loop handle over it and
    a band round its foot; its front punched with rows of holes under raised cutting lips, one
    side with middling holes, the other with fine ones, its back a slicing slot."""
    H, a0, b0, a1, b1 = 1.05, 0.3, 0.22, 0.19, 0.14
    parts = [_frustum(a0, b0, a1, b1, H, None, 0, "body")]
    parts.append(_frustum(a0 + 0.012, b0 + 0.012, a0 + 0.002, b0 + 0.002, 0.07, None, 1))
    parts.append(
        _frustum(a1 + 0.015, b1 + 0.015, a1 + 0.015, b1 + 0.015, 0.04, at(0, H - 0.02, 0), 1)
    )
    handle = [(-a1 + 0.03, H + 0.02, 0), (-a1 + 0.01, H + 0.16, 0), (-0.08, H + 0.26, 0),
              (0.08, H + 0.26, 0), (a1 - 0.01, H + 0.16, 0), (a1 - 0.03, H + 0.02, 0)]  # fmt: skip
    parts.append(tube(handle, 0.04, slot=1, shape=ellipse(1.0, 0.55)))
    L = float(np.hypot(H, b0 - b1))
    # the front: rows of holes, a cutting lip raised over each
    front = _face(0, b0, b1, H)
    grid = _face_grid(a0, a1, L, 8, 4, 0.075)
    n = front[:3, 2]
    parts.append(studs([pt(front, x, s, 0.002) for x, s in grid], [n] * len(grid), 0.036, 0.008,
                        "pupil"))  # fmt: skip
    tilt = rot("x", 130)
    back = np.linalg.inv(tilt)[:3, :3]
    feet = [back @ np.array([x, s + 0.034, 0.0]) for x, s in grid]
    parts.append(blocks(feet, (0.08, 0.05, 0.01), front @ tilt, 0))
    # the sides: middling holes (+x), fine ones (-x)
    Ls = float(np.hypot(H, a0 - a1))
    for yaw, rows, cols, r in ((90, 13, 7, 0.021), (270, 16, 9, 0.012)):
        side = _face(yaw, a0, a1, H)
        grid = _face_grid(b0, b1, Ls, rows, cols, 0.035)
        n = side[:3, 2]
        parts.append(studs([pt(side, x, s, 0.002) for x, s in grid], [n] * len(grid), r, 0.008,
                            "pupil"))  # fmt: skip
    # the back: a slicing slot, its blade raised over it
    back_face = _face(180, b0, b1, H)
    parts.append(box(0.26, 0.05, 0.01, back_face @ at(0, 0.55, 0.0), "pupil"))
    parts.append(box(0.28, 0.06, 0.008, back_face @ at(0, 0.6, 0.004) @ rot("x", -30), 0))
    del rng
    return parts


# ---- 529 corkscrew ----------------------------------------------------------------------------


def _corkscrew(rng: Rng) -> list[Part]:
    """A T-handle corkscrew standing on its point: a turned wooden crossbar, a metal shank down
    from its middle into a long open spiral worm tapering to a sharp tip."""
    top = 1.2
    bar = [(0.0, -0.46), (0.04, -0.46), (0.07, -0.42), (0.078, -0.34), (0.058, -0.2),
           (0.046, -0.08), (0.05, 0.0), (0.046, 0.08), (0.058, 0.2), (0.078, 0.34),
           (0.07, 0.42), (0.04, 0.46), (0.0, 0.46)]  # fmt: skip
    parts = [lathe(bar, at(0, top, 0) @ rot("z", -90), 1)]
    parts.append(cylinder(0.06, 0.06, 0.03, at(0, top - 0.015, 0) @ ALONG_Z @ at(0, -0.015, 0),
                          0))  # fmt: skip
    parts.append(cylinder(0.035, 0.022, 0.12, at(0, top - 0.16, 0), 0, "body"))  # the shank
    R, turns, y0, y1 = 0.085, 5.5, top - 0.2, 0.004
    t = np.linspace(0.0, 1.0, int(turns * 8) + 1)
    phase = float(rng.uniform(0, 2 * np.pi))
    a = phase + 2 * np.pi * turns * t
    r = R * np.minimum(1.0, 0.3 + 4 * t)  # opening out from the shank
    worm = np.stack([r * np.cos(a), y0 - (y0 - y1) * t, r * np.sin(a)], 1)
    worm = np.concatenate([[[0.0, top - 0.16, 0.0]], worm])
    radii = np.full(len(worm), 0.019)
    radii[-4:] = [0.016, 0.012, 0.007, 0.001]
    parts.append(tube(worm, radii, slot=0))
    return parts


# ---- 530 can opener ---------------------------------------------------------------------------


def _butterfly(n: int) -> np.ndarray:
    """A butterfly key's outline: two oval wings above and below a narrow waist, along y."""
    t = np.arange(n) * (2 * np.pi / n)
    r = 0.3 + 0.7 * np.abs(np.sin(t)) ** 0.5
    return np.stack([0.55 * r * np.cos(t), r * np.sin(t)], 1)


def _can_opener(rng: Rng) -> list[Part]:
    """A hand-held can opener standing on its handles' ends: two long handles in a V with
    plastic grips, hinged at a round metal head; a big butterfly key sticking out of the
    head's front, the sharp cutting wheel and the toothed feed gear behind it."""
    spread = float(rng.uniform(11, 14))
    head = v3(0.0, 0.9, 0.0)
    parts = []
    for s, z in ((-1, 0.02), (1, -0.02)):  # the two handles, one in front of the other
        ang = np.radians(s * spread)
        d = np.array([np.sin(ang), -np.cos(ang), 0.0])
        arm = [head + v3(0, 0, z), head + d * 0.32 + v3(0, 0, z)]
        parts.append(band(arm, 0.075, 0.02, (1.0, 0.0, 0.0), 0))
        foot = head + d * ((head[1] - 0.015) / np.cos(ang)) + v3(0, 0, z)
        grip = [head + d * 0.28 + v3(0, 0, z), head + d * 0.6 + v3(0, 0, z), foot]
        parts.append(tube(grip, [0.04, 0.048, 0.045], slot=1, shape=ellipse(0.6, 1.0)))
    parts.append(cylinder(0.075, 0.075, 0.06, at(*head) @ ALONG_Z @ at(0, -0.03, 0), 0, "body"))
    # the butterfly key on the front, on a short shaft
    parts.append(cylinder(0.02, 0.02, 0.24, at(*head) @ ALONG_Z, "steel"))
    parts.append(cylinder(0.032, 0.032, 0.05, at(*head) @ at(0, 0, 0.23) @ ALONG_Z, 0))
    key = at(*head) @ at(0, 0, 0.29) @ rot("z", 60) @ rot("y", 90)
    parts.append(slab(lambda n: 0.17 * _butterfly(n), 0.03, key, 0))
    # the cutting wheel and the feed gear behind the head
    wheel = at(*head) @ at(0.045, -0.02, -0.05) @ ALONG_Z
    edge = [(0.0, -0.008), (0.06, -0.008), (0.075, 0.0), (0.06, 0.008), (0.0, 0.008)]
    parts.append(lathe(edge, wheel, "steel"))
    teeth = at(*head) @ at(-0.03, -0.07, -0.05)
    parts.append(slab(lambda n: 0.05 * gear(14, 0.25)(n), 0.02, teeth, "steel"))
    return parts


# ---- 531 vegetable peeler ---------------------------------------------------------------------


def _peeler(rng: Rng) -> list[Part]:
    """A Y-shaped vegetable peeler standing on its handle: a plump handle with a hanging hole
    ending in a metal fork, a slotted steel blade held across the fork's tips."""
    parts = []
    handle = [(0.0, 0.0, 0.0), (0.0, 0.1, 0.0), (0.0, 0.35, 0.0), (0.0, 0.56, 0.0)]
    parts.append(tube(handle, [0.055, 0.06, 0.055, 0.04], slot=0, tag="body",
                      shape=ellipse(0.55, 1.0)))  # fmt: skip
    parts.append(cylinder(0.022, 0.022, 0.08, at(0, 0.09, -0.04) @ ALONG_Z, "pupil"))
    span = float(rng.uniform(0.22, 0.25))
    for s in (-1, 1):
        arm = [(0.0, 0.5, 0.0), (s * 0.05, 0.62, 0.0), (s * span * 0.8, 0.74, 0.0),
               (s * span, 0.85, 0.0), (s * span, 0.93, 0.0)]  # fmt: skip
        parts.append(tube(arm, [0.03, 0.026, 0.022, 0.02, 0.02], slot=1))
        parts.append(cylinder(0.022, 0.022, 0.05, at(s * span, 0.9, -0.025) @ ALONG_Z, 1))
    blade = at(0, 0.9, 0.0) @ rot("x", -15)
    outline = sharp([(-span, -0.045), (span, -0.045), (span, 0.045), (-span, 0.045)])
    parts.append(slab(outline, 0.008, blade, "steel"))
    parts.append(box(2 * span - 0.1, 0.012, 0.01, blade @ at(0, -0.006, 0.0), "pupil"))
    return parts


# ---- 532 fried egg ----------------------------------------------------------------------------


def _wavy(rng: Rng, depth: float, n: int = 48) -> np.ndarray:
    """An irregular wavy round outline of radius about 1 (an egg's white spreading in the pan)."""
    t = np.arange(n) * (2 * np.pi / n)
    r = np.ones(n)
    for k, amp in ((2, 0.1), (3, 0.08), (5, 0.05), (8, 0.03)):
        r += depth * amp * np.sin(k * t + rng.uniform(0, 2 * np.pi)) / 0.1
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _fried_egg(rng: Rng) -> list[Part]:
    """A fried egg lying flat: a glossy white spreading in an irregular wavy disc, a lacy
    golden edge under it, a round yolk raised on a mound off its middle."""
    shape = _wavy(rng, 0.1)
    white = [(0.0, 0.0), (0.97, 0.0), (1.0, 0.025), (0.95, 0.05), (0.7, 0.065), (0.0, 0.07)]
    parts = [lathe(white, scl(0.62, 1.0, 0.56), 0, "body", shape=shape)]
    edge = [(0.0, 0.0), (1.02, 0.0), (1.03, 0.01), (0.9, 0.02), (0.0, 0.02)]
    parts.append(lathe(edge, scl(0.62, 1.0, 0.56), "seed", shape=shape))
    c = v3(0.1, 0.0, 0.05)
    mound = [(0.0, 0.0), (0.3, 0.0), (0.25, 0.08), (0.1, 0.11), (0.0, 0.11)]
    parts.append(lathe(mound, at(*c), 0))
    parts.append(sphere(1.0, at(*(c + v3(0, 0.1, 0))) @ scl(0.2, 0.1, 0.2), 1))
    return parts


# ---- 533 boiled egg in an egg cup ---------------------------------------------------------------


def _egg_profile(R: float, L: float, y0: float, y1: float, n: int = 15) -> list[tuple]:
    """(radius, height) up an egg R round and L tall standing on its broad end, from height y0
    to y1 (a cut end is a plain ring)."""
    t = np.linspace(0.0, np.pi, 61)
    y = L / 2 * (1 - np.cos(t))
    r = R * np.sin(t) * (1 + 0.12 * np.cos(t))
    ys = np.linspace(y0, y1, n)
    return [(float(np.interp(q, y, r)), float(q)) for q in ys]


def _egg_cup(rng: Rng) -> list[Part]:
    """A boiled egg in an egg cup: a cup on a short stem and round foot, the egg standing deep
    in it with its top sliced off to show the white and the round yolk, the cut-off cap lying
    upside down beside it."""
    cup = [(0.0, 0.0), (0.2, 0.0), (0.21, 0.02), (0.18, 0.045), (0.09, 0.075), (0.075, 0.11),
           (0.1, 0.15), (0.175, 0.24), (0.205, 0.34), (0.205, 0.44), (0.192, 0.45),
           (0.19, 0.36), (0.0, 0.16)]  # fmt: skip
    parts = [lathe(cup, None, 0, "body")]
    R, L, base, cut = 0.16, 0.5, 0.15, 0.4
    shell = [(0.0, 0.0), *_egg_profile(R, L, 0.01, cut), (0.0, cut)]
    parts.append(lathe(shell, at(0, base, 0), 1))
    rc = shell[-2][0]
    parts.append(cylinder(rc * 0.93, rc * 0.93, 0.012, at(0, base + cut - 0.008, 0), "snow"))
    parts.append(sphere(1.0, at(0, base + cut, 0) @ scl(rc * 0.6, 0.05, rc * 0.6), "fruit-yellow"))
    # the cap, upside down beside the cup: a little shell bowl, the white inside it
    cap = [(0.0, cut), *_egg_profile(R, L, cut, L - 0.001, 8)[:-1], (0.0, L)]
    m = at(0.36, L - cut - 0.01, 0.12) @ rot("x", 160) @ rot("z", 15) @ at(0, -cut, 0)
    parts.append(lathe(cap, m, 1))
    parts.append(cylinder(rc * 0.9, rc * 0.9, 0.01, m @ at(0, cut - 0.006, 0), "snow"))
    del rng
    return parts


# ---- 534 cocktail glass -----------------------------------------------------------------------


def _cocktail(rng: Rng) -> list[Part]:
    """A martini glass: a wide V-shaped cone of a bowl on a long thin stem and a round foot,
    the drink filling most of the cone, an olive on a pick leaning in it."""
    glass = crisp([(0.0, 0.0), (0.27, 0.0), (0.27, 0.012), (0.06, 0.03), (0.022, 0.07),
                    (0.02, 0.52), (0.035, 0.56), (0.46, 1.0), (0.445, 1.0), (0.02, 0.575),
                    (0.0, 0.575)])  # fmt: skip
    parts = [lathe(glass, None, 0, "body")]
    level = 0.9
    parts.append(lathe(crisp([(0.0, 0.58), (0.43 * (level - 0.58) / 0.42, level), (0.0, level)]),
                       None, 1))  # fmt: skip
    c = v3(0.06, level + 0.02, 0.05)
    olive = at(*c) @ rot("z", 35)
    parts.append(sphere(1.0, olive @ scl(0.075, 0.09, 0.075), "vine"))
    parts.append(sphere(1.0, olive @ at(0, 0.075, 0) @ scl(0.035, 0.025, 0.035), "card-red"))
    tip, end = pt(olive, 0, -0.14, 0), pt(olive, 0, 0.42, 0)
    parts.append(stick(tip, end, 0.009, "cork"))
    parts.append(sphere(0.024, at(*end), "card-red"))
    del rng
    return parts


# ---- 535 tea bag ------------------------------------------------------------------------------


def _tea_bag(rng: Rng) -> list[Part]:
    """A tea bag lying flat: a small square paper pillow puffed over the tea inside, its flat
    border stitched all round, a staple at its top and a string looping away to a paper tag."""
    W, D = 0.62, 0.66
    pillow = [(0.0, 0.0), (0.7, 0.0), (0.95, 0.02), (1.0, 0.05), (0.92, 0.09), (0.6, 0.12),
              (0.0, 0.13)]  # fmt: skip
    sq = superellipse(1.0, 1.0, 6.0, 40)
    parts = [lathe(pillow, at(0, 0.0, 0) @ scl((W - 0.1) / 2, 1.0, (D - 0.1) / 2), 0, "body",
                   shape=sq)]  # fmt: skip
    parts.append(rect_ring(W, D, 0.07, 0.012, np.eye(4), 0))
    stitches = []
    for k in range(13):  # stitches along each edge of the border
        t = -0.5 + (k + 0.5) / 13
        stitches += [
            (t * (W - 0.04), 0.012, (D / 2 - 0.03)),
            (t * (W - 0.04), 0.012, -(D / 2 - 0.03)),
        ]
    parts.append(blocks(stitches, (0.025, 0.004, 0.01), None, "cork"))
    stitches = []
    for k in range(13):
        t = -0.5 + (k + 0.5) / 13
        stitches += [
            ((W / 2 - 0.03), 0.012, t * (D - 0.04)),
            (-(W / 2 - 0.03), 0.012, t * (D - 0.04)),
        ]
    parts.append(blocks(stitches, (0.01, 0.004, 0.025), None, "cork"))
    specks = []
    for _ in range(170):  # the tea showing through the paper
        x, z = rng.uniform(-0.82, 0.82, 2)
        rho = (x**6 + z**6) ** (1 / 6)
        y = float(np.interp(rho, [0.0, 0.6, 0.92, 1.0], [0.13, 0.12, 0.09, 0.05]))
        specks.append(v3(x * (W - 0.1) / 2, y - 0.002, z * (D - 0.1) / 2))
    parts.append(studs(specks, [v3(0, 1, 0)] * len(specks), 0.012, 0.006, "soil", sides=5))
    parts.append(box(0.08, 0.01, 0.02, at(0.0, 0.012, -D / 2 + 0.02), "steel"))  # the staple
    string = [(0.0, 0.02, -D / 2 + 0.02), (0.05, 0.012, -D / 2 - 0.15), (0.3, 0.01, -D / 2 - 0.2),
              (0.45, 0.01, -0.1), (0.5, 0.01, 0.12)]  # fmt: skip
    parts.append(tube(string, 0.008, slot="seed"))
    tag = at(0.52, 0.0, 0.25) @ rot("y", -20)
    parts.append(box(0.22, 0.014, 0.18, tag, 1))
    parts.append(box(0.12, 0.004, 0.05, tag @ at(0, 0.014, 0.0), "marking"))
    return parts


# ---- 536 juice box ----------------------------------------------------------------------------


def _juice_box(rng: Rng) -> list[Part]:
    """A juice box: a small upright carton with folded-down ear flaps at its top, a bendy straw
    stuck into its top corner, and a picture panel on its front (an orange and its leaf)."""
    W, H, D = 0.5, 0.8, 0.3
    parts = [box(W, H, D, None, 0, "body")]
    parts.append(box(W, 0.03, 0.02, at(0, H, 0), 0))  # the sealed seam
    for s in (-1, 1):  # the ear flaps folded down the sides
        ear = [(-D / 2, 0.0), (D / 2, 0.0), (0.0, -0.12)]
        parts.append(slab(sharp(ear), 0.012, at(s * (W / 2 + 0.006), H, 0) @ rot("y", 90), 0))
    # the picture panel
    face = at(0, 0, D / 2)
    parts.append(slab(rrect_outline(W - 0.08, 0.42, 0.05), 0.01, face @ at(0, 0.37, 0), 1))
    parts.append(cylinder(0.12, 0.12, 0.016, face @ at(-0.02, 0.34, 0) @ ALONG_Z, "fruit-orange"))
    parts.append(
        slab(leaf(0.4), 0.012, face @ at(0.1, 0.48, 0.01) @ rot("z", -50) @ scl(0.07), "vine")
    )
    parts.append(box(W - 0.14, 0.05, 0.012, face @ at(0, 0.62, 0), "snow"))  # its name
    parts.append(box(W - 0.2, 0.03, 0.012, face @ at(0, 0.1, 0), "snow"))
    # the straw: in through the foil hole, up, then bent toward the viewer
    x, z = -W / 2 + 0.08, -D / 2 + 0.08
    parts.append(cylinder(0.035, 0.035, 0.006, at(x, H, z), "steel"))
    parts.append(stick((x, H - 0.1, z), (x, H + 0.28, z), 0.018, "snow"))
    a = np.radians(np.linspace(0.0, 65.0, 9))
    bend = [(x, H + 0.28 + 0.07 * np.sin(t), z + 0.07 * (1 - np.cos(t))) for t in a]
    ribs = [0.018 if k % 2 == 0 else 0.024 for k in range(len(bend))]
    parts.append(tube(bend, ribs, slot="snow"))  # its ribbed elbow
    tip = np.array(bend[-1]) + 0.16 * np.array([0.0, np.cos(a[-1]), np.sin(a[-1])])
    parts.append(stick(bend[-1], tip, 0.018, "snow"))
    del rng
    return parts


# ---- 537 picture frame ------------------------------------------------------------------------


def _moulding(w: float, h: float, prof, m: np.ndarray, slot=0, tag: str = "") -> Part:
    """A picture frame's moulding: the cross-section ``prof`` ((outward, toward the viewer)
    points round its centre line) swept round a w × h rectangle in the xy plane under m,
    mitred at its corners."""
    shape = np.asarray(prof, float)

    def gen(k: float) -> Sweep:
        sx, sy = np.array([1.0, -1.0, -1.0, 1.0]), np.array([1.0, 1.0, -1.0, -1.0])
        c = np.stack([sx * w / 2, sy * h / 2, np.zeros(4)], 1)
        u = np.stack([sx, sy, np.zeros(4)], 1)
        v = np.tile([0.0, 0.0, 1.0], (4, 1))
        return Sweep(c, u, v, np.ones(4), shape, closed=True)

    return Part(gen, m, slot, tag)


def _picture_frame(rng: Rng) -> list[Part]:
    """A standing photo frame: an ornate gilt moulding (a rounded edge, a ridge, a row of pearl
    beads round the picture, rosettes at its corners and a shell crest on top) round a simple
    landscape on a backing board, leaning back on a strut behind (the second material)."""
    w, h = 0.82, 1.02  # the moulding's centre line
    lean = 12.0
    M = rot("x", -lean) @ at(0, h / 2 + 0.07, 0)
    parts = [_moulding(w, h, MOULD, M, 0, "body")]
    iw, ih = w - 0.12, h - 0.12
    parts.append(box(iw + 0.04, ih + 0.04, 0.012, M @ at(0, -(ih + 0.04) / 2, 0.0), 1))
    parts += landscape(M @ at(0, -ih / 2, 0.014), iw, ih, False)
    # pearl beads round the picture
    pts, normals = [], []
    nz = M[:3, 2]
    for (xa, ya), (xb, yb), count in (((-1, -1), (1, -1), 14), ((1, -1), (1, 1), 17),
                                      ((1, 1), (-1, 1), 14), ((-1, 1), (-1, -1), 17)):  # fmt: skip
        for k in range(count):
            t = k / count
            x = (xa + (xb - xa) * t) * (w / 2 - 0.045)
            y = (ya + (yb - ya) * t) * (h / 2 - 0.045)
            pts.append(pt(M, x, y, 0.05))
            normals.append(nz)
    parts.append(studs(pts, normals, 0.011, 0.02, 0, sides=8))
    for sx in (-1, 1):  # rosettes at the corners
        for sy in (-1, 1):
            m = M @ at(sx * w / 2, sy * h / 2, 0.07)
            parts.append(slab(lambda n: 0.075 * flower(8)(n), 0.02, m, 0))
            parts.append(cylinder(0.03, 0.02, 0.025, m @ ALONG_Z, 0))
    crest = M @ at(0, h / 2 + 0.06, 0.04)
    parts.append(slab(lambda n: 0.14 * shell(n), 0.03, crest, 0))
    for s in (-1, 1):  # scrolls either side of the crest
        parts.append(slab(leaf(0.35), 0.025, crest @ at(s * 0.2, -0.02, 0) @ rot("z", s * 70)
                          @ scl(0.12), 0))  # fmt: skip
    # the strut behind
    top = pt(M, 0, 0.1, -0.01)
    foot = v3(0, 0.0, top[2] - 0.45)
    parts.append(
        box(0.09, float(np.linalg.norm(top - foot)), 0.015, at(*foot) @ align(top - foot), 1)
    )
    del rng
    return parts


# ---- 538 nail polish --------------------------------------------------------------------------


def _nail_polish(rng: Rng) -> list[Part]:
    """A bottle of nail polish: a small squat glass bottle, square with rounded corners, full of
    coloured varnish, a short neck and a tall glossy black cylindrical cap."""
    sq = superellipse(1.0, 1.0, 5.0, 32)
    body = [(0.0, 0.0), (0.92, 0.0), (1.0, 0.04), (1.0, 0.3), (0.9, 0.4), (0.5, 0.44),
            (0.3, 0.45), (0.0, 0.45)]  # fmt: skip
    parts = [lathe(body, scl(0.26, 1.0, 0.26), 0, "body", shape=sq)]
    fill = [(0.0, 0.06), (0.9, 0.06), (0.93, 0.08), (0.93, 0.3), (0.85, 0.37), (0.0, 0.38)]
    parts.append(lathe(fill, scl(0.26, 1.0, 0.26), 1, shape=sq))
    parts.append(cylinder(0.07, 0.07, 0.06, at(0, 0.43, 0), 0))  # the neck
    cap = [(0.0, 0.0), (0.1, 0.0), (0.105, 0.02), (0.105, 0.52), (0.095, 0.55), (0.0, 0.555)]
    parts.append(lathe(cap, at(0, 0.47, 0), "pupil"))
    del rng
    return parts


# ---- 539 salt and pepper shakers ----------------------------------------------------------------


def _shaker(c, fill, holes, tag: str = "") -> list[Part]:
    """A shaker standing at c: a faceted glass body filled to its shoulder, a screwed-on domed
    metal cap pierced with holes in rings (``holes``: (radius, count) pairs)."""
    m = at(*c)
    body = crisp([(0.0, 0.0), (0.15, 0.0), (0.16, 0.02), (0.17, 0.36), (0.14, 0.46),
                   (0.13, 0.5), (0.0, 0.5)], 0.06)  # fmt: skip
    parts = [lathe(body, m, 0, tag, sides=10)]
    parts.append(lathe(crisp([(0.0, 0.03), (0.14, 0.03), (0.15, 0.34), (0.0, 0.34)]), m, fill,
                       sides=10))  # fmt: skip
    dome_r, dome_y = [0.0, 0.06, 0.11, 0.14], [0.685, 0.675, 0.64, 0.58]
    cap = [(0.0, 0.47), (0.145, 0.47), (0.15, 0.54), *zip(dome_r[::-1], dome_y[::-1], strict=True)]
    parts.append(lathe(cap, m, 1))
    parts.append(torus(0.148, 0.008, m @ at(0, 0.5, 0), 1))
    pts, normals = [], []
    for rad, count in holes:
        for k in range(count):
            a = 2 * np.pi * k / count
            p = v3(rad * np.cos(a), float(np.interp(rad, dome_r, dome_y)), rad * np.sin(a))
            pts.append(np.asarray(c) + p)
            normals.append(
                p * v3(1 / 0.145**2, 0, 1 / 0.145**2) + v3(0, (p[1] - 0.52) / 0.165**2, 0)
            )
    parts.append(studs(pts, normals, 0.011, 0.012, "pupil"))
    return parts


def _salt_shaker(rng: Rng) -> list[Part]:
    """A pair of shakers side by side: salt (white inside, many holes in its cap) and pepper
    (dark inside, a few), faceted glass bodies with domed metal caps."""
    parts = _shaker(v3(-0.2, 0.0, 0.03), "snow", ((0.0, 1), (0.045, 6), (0.088, 9)), "body")
    parts += _shaker(v3(0.2, 0.0, -0.04), "marking", ((0.0, 1), (0.055, 4)))
    del rng
    return parts


MORE_APPLIANCES_X = {
    528: _grater, 529: _corkscrew, 530: _can_opener, 531: _peeler, 532: _fried_egg,
    533: _egg_cup, 534: _cocktail, 535: _tea_bag, 536: _juice_box, 537: _picture_frame,
    538: _nail_polish, 539: _salt_shaker,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
