"""More of the device family's appliances, from 468: a piggy bank, a lawn mower, pruning
shears, a birdbath, a garden rake, a sleeping bag, a lifeguard tower, a thermos flask, a
folding camp chair, a beach umbrella, a pair of flip-flops and a party hat.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material. The piggy
bank's body is a smooth solid (a signed-distance field meshed by marching cubes, ``_sdf``).
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    band,
    cone,
    cut,
    gores,
    rod,
    rrect,
    rrect_outline,
    scaled,
    skin_strip,
    solid,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import ellipsoid as blob
from ._shapes import gear, leaf

__all__ = ["MORE_APPLIANCES_S"]

Rng = np.random.Generator

_LENS = np.array([[-1.0, 0.0], [-0.5, -0.22], [0.5, -0.22], [1.0, 0.0], [0.5, 0.22], [-0.5, 0.22]])
"""A blade's cross-section for ``tube``: wide across, thin, sharp at both edges."""
_SLAT = np.array([[-1.0, -0.05], [1.0, -0.05], [1.0, 0.05], [-1.0, 0.05]])
"""A thin slat's cross-section for ``tube`` (a vent, a louvre), wide across x."""
_SQUARE = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
"""A square cross-section for thin rods (cheaper than a round tube's ten sides)."""


# ---- 468 piggy bank --------------------------------------------------------------------------


def _piggy_bank(rng: Rng) -> list[Part]:
    """A piggy bank: a fat round pink pig on four stubby legs, its flat snout with two nostrils,
    pointed ears, a curly tail, and a coin half-way into the slot in its back."""
    shapes = [blob((0.0, 0.42, 0.0), (0.36, 0.34, 0.44))]
    shapes.append(cone((0.0, 0.46, 0.34), (0.0, 0.45, 0.56), 0.13, 0.12, 0.07))  # the snout
    shapes.append(cut(2, 0.6, True, 0.015, (-0.2, 0.25, 0.5), (0.2, 0.7, 0.75)))
    for sx in (-1, 1):
        for sz in (-1, 1):
            a, b = (sx * 0.19, 0.28, sz * 0.22), (sx * 0.22, -0.02, sz * 0.25)
            shapes.append(cone(a, b, 0.1, 0.085, 0.06))
    shapes.append(cut(1, 0.0, False, 0.005, (-0.5, -0.2, -0.5), (0.5, 0.02, 0.5)))
    parts = [solid(shapes, 0.03, 0, "body")]
    for sx in (-1, 1):
        nostril = at(sx * 0.042, 0.455, 0.6) @ scl(0.022, 0.034, 0.012)
        parts.append(sphere(1.0, nostril, "pupil"))
        ear = at(sx * 0.18, 0.74, 0.22) @ rot("y", sx * 15) @ rot("z", -sx * 20) @ rot("x", 35)
        parts.append(slab(leaf(0.7), 0.045, ear @ scl(0.12, 0.12, 1), 0))
    a = np.linspace(0.0, 3.4 * np.pi, 14)  # the curly tail, coiling out of its rump
    r = 0.045 * np.minimum(1.0, a / 2.0 + 0.2)
    curl = np.stack([r * np.sin(a), 0.5 + r * np.cos(a) - 0.045, -0.42 - 0.1 * a / a[-1]], 1)
    parts.append(tube(curl, [0.022] * 13 + [0.016], slot=0))
    parts.append(box(0.22, 0.03, 0.04, at(0, 0.738, -0.06), "pupil"))  # the coin slot
    lean = float(rng.uniform(-8, 8))
    coin = at(0, 0.8, -0.06) @ rot("z", lean) @ at(0, 0, -0.009) @ rot("x", 90)
    parts.append(cylinder(0.085, 0.085, 0.018, coin, 1))
    parts.append(torus(0.07, 0.005, at(0, 0.8, -0.05) @ rot("z", lean) @ rot("x", 90), 1))
    parts.append(cylinder(0.085, 0.085, 0.018, at(0.3, 0, 0.38), 1))  # a coin on the floor
    return scaled(parts, rot("y", -22))


# ---- 469 lawn mower --------------------------------------------------------------------------


def _wheel(c, r: float, w: float, slot=1) -> list[Part]:
    """A treaded wheel of radius r and width w centred at c, its axle along z: a black tyre
    and a hub cap on its outer (+z when c is in front, -z behind) face."""
    side = 1.0 if c[2] >= 0 else -1.0
    tread = gear(16, 0.12)(64)
    m = at(c[0], c[1], c[2] - w / 2) @ ALONG_Z
    parts = [lathe([(0.0, 0.0), (r, 0.0), (r, w), (0.0, w)], m, "pupil", shape=tread)]
    hub = at(c[0], c[1], c[2] + side * (w / 2 - 0.005)) @ rot("x", side * 90)
    parts.append(cylinder(r * 0.55, r * 0.4, 0.02, hub, slot))
    return parts


def _lawn_mower(rng: Rng) -> list[Part]:
    """A push lawn mower: a low round deck housing on four treaded wheels, the engine and its
    cap on top, a grass box hanging at the back, a long handle rising behind to a grip bar with
    the bail lever, and the pull cord's grip on it."""
    deck = [(0.0, 0.06), (0.33, 0.06), (0.36, 0.09), (0.36, 0.15), (0.31, 0.2), (0.18, 0.22),
            (0.0, 0.225)]  # fmt: skip
    parts = [lathe(deck, scl(1.0, 1.0, 0.92), 0, "body")]
    parts.append(torus(0.36, 0.018, at(0, 0.08, 0) @ scl(1.0, 1.0, 0.92), 1))  # its skirt
    for x, r in ((0.22, 0.1), (-0.24, 0.12)):
        for s in (-1, 1):
            parts += _wheel((x, r, s * 0.37), r, 0.06)
    eng = [(0.0, 0.0), (0.15, 0.0), (0.15, 0.1), (0.13, 0.12), (0.0, 0.12)]
    parts.append(lathe(eng, at(0.02, 0.21, 0), 1))  # the engine
    for k in range(3):  # its cooling fins
        parts.append(torus(0.152, 0.008, at(0.02, 0.24 + 0.025 * k, 0), 1))
    cap = [(0.0, 0.0), (0.12, 0.0), (0.12, 0.03), (0.08, 0.07), (0.0, 0.075)]
    parts.append(lathe(cap, at(0.02, 0.33, 0), 0))  # the engine cap
    parts.append(cylinder(0.03, 0.03, 0.03, at(0.1, 0.33, 0.08), "pupil"))  # the fuel cap
    # the grass box behind, hanging under the handle
    parts.append(slab(rrect_outline(0.4, 0.34, 0.06), 0.36, at(-0.53, 0.22, 0) @ rot("z", -6), 1))
    for k in range(4):  # its vents
        vent = at(-0.54, 0.145 + 0.06 * k, 0) @ rot("z", -6)
        parts.append(tube([(0, 0, -0.185), (0, 0, 0.185)], 0.15, vent, "marking", shape=_SLAT))
    for s in (-1, 1):  # the handle's two bars
        bar = [(-0.26, 0.2, s * 0.24), (-0.6, 0.58, s * 0.25), (-0.92, 0.96, s * 0.25)]
        parts.append(tube(bar, 0.02, slot="steel"))
    grip = [(-0.92, 0.96, -0.25), (-0.96, 1.01, -0.2), (-0.97, 1.02, 0.0), (-0.96, 1.01, 0.2),
            (-0.92, 0.96, 0.25)]  # fmt: skip
    parts.append(tube(grip, 0.021, slot="steel"))
    parts.append(cylinder(0.03, 0.03, 0.36, at(-0.97, 1.02, -0.18) @ ALONG_Z, "pupil"))
    bail = [(-0.86, 0.9, -0.25), (-0.88, 0.97, -0.2), (-0.885, 0.98, 0.0), (-0.88, 0.97, 0.2),
            (-0.86, 0.9, 0.25)]  # fmt: skip
    parts.append(tube(bail, 0.012, slot=1))  # the bail lever
    parts.append(stick((-0.6, 0.58, -0.25), (-0.6, 0.58, 0.25), 0.014, "steel"))
    pull = at(-0.72, 0.72, 0.27) @ ALONG_Z  # the pull cord's grip and cord
    parts.append(cylinder(0.02, 0.02, 0.05, pull, "pupil"))
    parts.append(tube([(0.0, 0.28, 0.14), (-0.3, 0.5, 0.24), (-0.72, 0.72, 0.27)], 0.005,
                      slot="marking"))  # fmt: skip
    del rng
    return scaled(parts, rot("y", 28) @ at(0.3, 0, 0))


# ---- 470 pruning shears ----------------------------------------------------------------------


def _pruning_shears(rng: Rng) -> list[Part]:
    """Pruning shears (secateurs) lying propped up: a short curved steel blade closing past a
    hooked anvil jaw on their pivot bolt, long red handles spread apart with a coiled spring
    between them and a catch at the hinge."""
    gape = float(rng.uniform(16, 22))
    up = rot("y", -gape / 2)  # the cutting blade, and the lower handle it crosses to
    dn = rot("y", gape / 2)  # the hooked jaw, and the upper handle
    y = 0.03
    blade = [(-0.07, 0.05), (0.08, 0.06), (0.22, 0.045), (0.33, 0.005), (0.39, -0.05),
             (0.31, -0.03), (0.18, -0.035), (0.05, -0.03), (-0.07, -0.04)]  # fmt: skip
    parts = [slab(blade, 0.022, up @ at(0, y, 0) @ FLAT_UP @ scl(1, -1, 1), 0, "body")]
    edge = [(0.0, y, -0.03), (0.18, y, -0.035), (0.31, y, -0.03), (0.38, y, -0.045)]
    parts.append(tube(edge, 0.008, up, "steel", shape=_LENS))  # its bright ground edge
    hook = [(-0.04, y - 0.025, 0.0), (0.1, y - 0.025, -0.035), (0.22, y - 0.025, -0.035),
            (0.32, y - 0.025, 0.0), (0.37, y - 0.025, 0.05)]  # fmt: skip
    parts.append(tube(hook, [0.06, 0.06, 0.05, 0.035, 0.015], dn, 0, shape=_SQUARE * [1, 0.35]))
    parts.append(cylinder(0.04, 0.04, 0.07, at(0, -0.02, 0), "steel"))  # the pivot bolt
    parts.append(cylinder(0.022, 0.022, 0.075, at(0, -0.02, 0), "marking"))
    for m, s, sl in ((up, -1, y), (dn, 1, y - 0.025)):
        core = [(0.0, sl, 0.0), (-0.14, sl, s * 0.04), (-0.3, sl, s * 0.07)]
        parts.append(tube(core, 0.04, m, 0, shape=_SQUARE * [1, 0.35]))
        grip = [(-0.14, sl, s * 0.045), (-0.38, sl, s * 0.085), (-0.62, sl, s * 0.095),
                (-0.8, sl, s * 0.075), (-0.84, sl, s * 0.06)]  # fmt: skip
        parts.append(tube(grip, [0.048, 0.058, 0.062, 0.056, 0.0], m, 1))
    # the coiled spring between the handles, behind the pivot
    ends = [(dn @ np.array([-0.22, y - 0.025, 0.06, 1.0]))[:3],
            (up @ np.array([-0.22, y, -0.06, 1.0]))[:3]]  # fmt: skip
    axis = ends[1] - ends[0]
    a = np.linspace(0.0, 6 * 2 * np.pi, 50)
    coil = [ends[0] + axis * (t / a[-1]) + v3(0.032 * np.cos(t), 0.032 * np.sin(t), 0.0)
            for t in a]  # fmt: skip
    parts.append(tube(coil, 0.008, slot="steel", shape=_SQUARE))
    catch = up @ at(-0.08, y + 0.02, 0.03)  # the catch over the hinge
    parts.append(box(0.12, 0.02, 0.03, catch @ rot("y", -10), "steel"))
    parts.append(sphere(1.0, catch @ at(-0.06, 0.015, 0) @ scl(0.025, 0.018, 0.025), "steel"))
    return scaled(parts, at(0, 0.3, 0) @ rot("y", -20) @ rot("x", 42) @ scl(1.3))


# ---- 471 birdbath ----------------------------------------------------------------------------


def _small_bird(m: np.ndarray, body="plume", belly="snow") -> list[Part]:
    """A small perched bird facing +z under ``m``, its feet at the origin: a plump body, a
    pale breast, a round head with a short pointed beak, a tail cocked up behind and two thin
    legs."""
    parts = [sphere(1.0, m @ at(0, 0.07, 0) @ rot("x", -12) @ scl(0.055, 0.05, 0.1), body)]
    parts.append(sphere(1.0, m @ at(0, 0.06, 0.035) @ scl(0.045, 0.04, 0.06), belly))
    parts.append(sphere(0.04, m @ at(0, 0.125, 0.075), body))
    parts.append(cylinder(0.014, 0.0, 0.045, m @ at(0, 0.125, 0.105) @ ALONG_Z, "seed"))
    tail = m @ at(0, 0.08, -0.08) @ rot("x", -115)
    parts.append(slab(leaf(0.55), 0.012, tail @ at(0, 0.03, 0) @ scl(0.04, 0.038, 1), body))
    for s in (-1, 1):  # its folded wings
        wing = m @ at(s * 0.045, 0.085, -0.01) @ rot("y", s * 8) @ rot("x", -100)
        parts.append(slab(leaf(0.4), 0.012, wing @ scl(0.04, 0.075, 1), "cloth-dark"))
        foot = [(m @ np.array([s * 0.02, y, 0.0, 1]))[:3] for y in (0.0, 0.035)]
        parts.append(stick(foot[0], foot[1], 0.005, "seed"))
    return parts


def _birdbath(rng: Rng) -> list[Part]:
    """A stone birdbath: a wide shallow basin of water on a baluster pedestal rising from a
    square-ish plinth, a small bird perched on its rim."""
    ped = [(0.0, 0.0), (0.25, 0.0), (0.25, 0.06), (0.2, 0.08), (0.13, 0.12), (0.1, 0.2),
           (0.14, 0.36), (0.12, 0.48), (0.08, 0.58), (0.08, 0.64), (0.13, 0.68), (0.0, 0.7)]  # fmt: skip
    parts = [lathe(ped, None, 0, "body")]
    parts.append(lathe([(0.0, 0.0), (0.3, 0.0), (0.3, 0.05), (0.0, 0.05)], rot("y", 45), 1,
                       sides=8))  # the plinth  # fmt: skip
    R = 0.56
    basin = [(0.0, 0.66), (0.22, 0.67), (0.42, 0.72), (R, 0.8), (R + 0.02, 0.84), (R - 0.04, 0.85),
             (0.42, 0.8), (0.22, 0.775), (0.0, 0.77)]  # fmt: skip
    parts.append(lathe(basin, None, 0))
    parts.append(torus(R, 0.025, at(0, 0.84, 0), 1))  # its rolled rim
    parts.append(cylinder(R - 0.06, R - 0.04, 0.03, at(0, 0.79, 0), "rain"))  # the water
    for r in (0.12, 0.22):
        parts.append(torus(r, 0.006, at(0.1, 0.822, 0.05), "snow"))  # ripples
    a = np.radians(float(rng.uniform(-155, -130)))  # on the far rim, seen side-on
    foot = v3(R * np.sin(a), 0.86, R * np.cos(a))
    perch = at(*foot) @ rot("y", np.degrees(a) + 90) @ scl(1.6)
    parts += _small_bird(perch)
    return parts


# ---- 472 garden rake -------------------------------------------------------------------------


def _garden_rake(rng: Rng) -> list[Part]:
    """A garden rake lying on the ground: a long wooden handle, a wide straight steel head
    across its end with a row of short tines pointing down, on which it rests."""
    h = 0.17  # the head's height above the ground
    L, W = 1.55, 0.72
    parts = [stick((-L / 2, 0.035, 0.0), (L / 2 - 0.1, h + 0.01, 0.0), 0.035, 0, "body")]
    x = L / 2
    parts.append(cylinder(0.042, 0.04, 0.14, at(x - 0.16, h, 0) @ ALONG_X, 1))  # the ferrule
    parts.append(rod((x, h + 0.005, -W / 2), (x, h + 0.005, W / 2), 0.045, 1))  # the head
    for s in (-1, 1):  # its bow braces from the ferrule to the head
        parts.append(tube([(x - 0.1, h + 0.005, 0.0), (x - 0.03, h + 0.04, s * 0.14),
                           (x, h + 0.01, s * 0.24)], 0.012, slot=1))  # fmt: skip
    n = 14
    for k in range(n):  # the tines, curving forward a little at their points
        z = -W / 2 + 0.025 + (W - 0.05) * k / (n - 1)
        tine = [(x, h, z), (x + 0.005, 0.06, z), (x + 0.03, 0.0, z)]
        parts.append(tube(tine, [0.013, 0.012, 0.006], slot=1, shape=_SQUARE))
    parts.append(cylinder(0.038, 0.038, 0.025, at(-L / 2 - 0.02, 0.035, 0) @ ALONG_X, 1))
    turn = float(rng.uniform(-32, -26))
    return scaled(parts, rot("y", turn))


# ---- 473 sleeping bag ------------------------------------------------------------------------


def _sleeping_bag(rng: Rng) -> list[Part]:
    """A sleeping bag lying unrolled: a long padded bag quilted in fat channels across it, a
    raised hood at its head with a drawcord round the opening, its side zip undone near the top
    and that corner folded back to show the lining; its rolled stuff sack beside it."""
    L0, L1, W = -0.92, 0.8, 0.36  # the head end, the foot and the half width
    body = FLAT_UP @ scl(1, -1, 1)  # outlines drawn in (x, z)
    xs = np.linspace(L0 + 0.1, L1, 9)
    taper = 1.0 - 0.16 * (xs - L0) / (L1 - L0)  # narrowing to the foot, rounded off there
    taper[-2:] *= (0.93, 0.7)
    padded = rrect(2 * W, 0.13, 0.06)  # across (z) and up, as the tube along x sees it
    path = [(x, 0.065 * r, 0.0) for x, r in zip(xs, taper, strict=True)]
    parts = [tube(path, taper, slot=0, tag="body", shape=padded)]

    def half(x: float) -> float:  # the bag's half width at x
        return W * float(np.interp(x, xs, taper))

    # the fold: the top layer's corner (head end, zip side) turned back along A-B
    xh = L0 + 0.44
    A, B, C = np.array([xh + 0.55, half(xh + 0.55)]), np.array([xh, -0.02]), np.array([xh, W])
    d = (B - A) / np.linalg.norm(B - A)
    Cf = A + 2 * d * ((C - A) @ d) - (C - A)  # C reflected over A-B: where the corner lies
    n, ell = 9, np.array([[1.0, 0.0], [0.5, 0.5], [-0.5, 0.5], [-1.0, 0.0], [-0.5, -0.9],
                           [0.5, -0.9]])  # fmt: skip
    step = (L1 - xh) / n
    for i in range(n):  # the quilted channels, those the fold crosses cut short at it
        xc = L1 - step * (i + 0.5)
        r = half(xc) / W
        z1 = half(xc) - 0.03
        if xc < A[0]:
            z1 = float(np.interp(xc, [B[0], A[0]], [B[1], A[1]])) - 0.015
        zs = np.linspace(-half(xc) + 0.03, z1, 5)
        path = [(xc, 0.12 * r, z) for z in zs]
        rad = [step * 0.35, step * 0.55, step * 0.57, step * 0.55, step * 0.35]
        parts.append(tube(path, rad, slot=0, shape=ell * [1.0, 0.7]))
    parts.append(slab([tuple(A), tuple(B), tuple(C)], 0.02, body @ at(0, 0, 0.125), 1))
    inset = (A + B + Cf) / 3
    flap = [tuple(A), tuple(B), tuple(Cf)]
    parts.append(slab(flap, 0.03, body @ at(0, 0, 0.16), 0))  # the flap's outer side
    flap_in = [tuple(inset + 0.88 * (np.array(p) - inset)) for p in flap]
    parts.append(slab(flap_in, 0.012, body @ at(0, 0, 0.178), 1))  # and its lining, uppermost
    # the zip: its closed run along the side, and the slider where it stops
    run = np.linspace(L1 - 0.12, A[0], 5)
    zip_path = [(x, 0.07, half(x) + 0.004) for x in run]
    parts.append(tube(zip_path, 0.013, slot="marking", shape=_SQUARE))
    parts.append(box(0.06, 0.03, 0.035, at(A[0] - 0.02, 0.055, half(A[0]) + 0.01), "steel"))
    parts.append(box(0.05, 0.012, 0.03, at(A[0] - 0.02, 0.06, half(A[0]) + 0.04), "steel"))
    # the hood: a raised cowl across the head end, the opening in its top facing the foot
    parts.append(sphere(1.0, at(L0 + 0.24, 0.05, 0) @ scl(0.29, 0.22, W * 0.98), 0))
    mouth = at(L0 + 0.3, 0.225, 0) @ rot("z", -30)
    parts.append(sphere(1.0, mouth @ scl(0.12, 0.02, 0.21), "pupil"))
    parts.append(torus(1.0, 0.12, mouth @ scl(0.13, 0.15, 0.23), 1))  # the drawcord's hem
    parts.append(tube([(L0 + 0.34, 0.13, 0.2), (L0 + 0.38, 0.1, 0.26), (L0 + 0.43, 0.08, 0.3)],
                      0.008, slot="marking"))  # the drawcord  # fmt: skip
    parts.append(cylinder(0.02, 0.02, 0.04, at(L0 + 0.43, 0.07, 0.3), "steel"))
    # the stuff sack lying behind it, its mouth gathered
    sack = [(0.0, 0.0), (0.12, 0.0), (0.14, 0.04), (0.14, 0.3), (0.1, 0.36), (0.03, 0.38),
            (0.0, 0.38)]  # fmt: skip
    parts.append(lathe(sack, at(0.3, 0.13, -0.6) @ rot("y", 15) @ ALONG_X @ scl(0.9), 1))
    del rng
    return scaled(parts, rot("y", -14))


# ---- 474 lifeguard tower ---------------------------------------------------------------------


def _life_ring(m: np.ndarray, r: float, tube_r: float) -> list[Part]:
    """A life ring under ``m`` (in the xz plane): red with four white bands round it."""
    parts = [torus(r, tube_r, m, "card-red")]
    for k in range(4):
        band = m @ rot("y", 45 + 90 * k) @ at(r, 0, 0) @ ALONG_Z @ at(0, -0.03, 0)
        parts.append(cylinder(tube_r * 1.08, tube_r * 1.08, 0.06, band, "snow"))
    return parts


def _lifeguard_tower(rng: Rng) -> list[Part]:
    """A beach lifeguard tower: a small hut with windows under a slanted roof, on four tall
    braced stilts over a patch of sand, a porch with a railing in front, a ladder down from it,
    a red cross on the hut, a flag on a pole and a life ring hanging from the railing."""
    H, w, d = 0.8, 0.8, 0.7  # the deck's height, width and depth
    parts = [box(1.6, 0.03, 1.5, at(0, 0, 0.2), "seed")]
    for sx in (-1, 1):
        for sz in (-1, 1):
            x, z = sx * (w / 2 - 0.05), sz * (d / 2 - 0.05)
            parts.append(rod((x, 0.0, z), (x, H, z), 0.06, 0))
        x = sx * (w / 2 - 0.05)
        parts.append(stick((x, 0.05, -d / 2 + 0.05), (x, H - 0.05, d / 2 - 0.05), 0.018, 0))
        parts.append(stick((x, 0.05, d / 2 - 0.05), (x, H - 0.05, -d / 2 + 0.05), 0.018, 0))
    parts.append(stick((-w / 2 + 0.05, 0.1, -d / 2 + 0.05), (w / 2 - 0.05, H - 0.05, -d / 2 + 0.05),
                       0.018, 0))  # fmt: skip
    parts.append(box(w + 0.1, 0.05, d + 0.1, at(0, H, 0), 0, "body"))  # the deck
    hw, hd, hh = w - 0.1, d * 0.6, 0.5  # the hut at the back of the deck
    hz = -d / 2 + hd / 2
    y0 = H + 0.05
    parts.append(box(hw, hh, hd, at(0, y0, hz), 0))
    front = hz + hd / 2
    for sx in (-1, 1):
        parts.append(box(0.2, 0.18, 0.02, at(sx * 0.2, y0 + 0.24, front), "window"))
        parts.append(box(0.02, 0.18, 0.22, at(sx * hw / 2, y0 + 0.24, hz), "window"))
    parts.append(box(0.16, 0.16, 0.02, at(0, y0 + 0.05, front + 0.01), "snow"))  # the red cross
    parts.append(box(0.11, 0.035, 0.02, at(0, y0 + 0.112, front + 0.02), "card-red"))
    parts.append(box(0.035, 0.11, 0.02, at(0, y0 + 0.075, front + 0.02), "card-red"))
    slope = 14.0  # the roof, sloping down toward the back
    roof = at(0, y0 + hh + 0.06, hz + 0.04) @ rot("x", slope)
    parts.append(box(hw + 0.16, 0.04, hd + 0.3, roof, 1))
    for sx in (-1, 1):  # the porch rail's posts and rails
        for z in (front + 0.02, d / 2 + 0.02):
            parts.append(
                rod((sx * (w / 2 + 0.02), y0, z), (sx * (w / 2 + 0.02), y0 + 0.3, z), 0.03, 1)
            )
        parts.append(stick((sx * (w / 2 + 0.02), y0 + 0.3, front),
                           (sx * (w / 2 + 0.02), y0 + 0.3, d / 2 + 0.02), 0.015, 1))  # fmt: skip
    for sx in (-1, 1):
        a, b = sx * (w / 2 + 0.02), sx * 0.14
        parts.append(stick((a, y0 + 0.3, d / 2 + 0.02), (b, y0 + 0.3, d / 2 + 0.02), 0.015, 1))
        parts.append(stick((a, y0 + 0.15, d / 2 + 0.02), (b, y0 + 0.15, d / 2 + 0.02), 0.01, 1))
        parts.append(rod((b, y0, d / 2 + 0.02), (b, y0 + 0.3, d / 2 + 0.02), 0.03, 1))
    ring = at(-0.28, y0 + 0.14, d / 2 + 0.06) @ rot("x", 80)
    parts += _life_ring(ring, 0.1, 0.028)
    for sx in (-1, 1):  # the ladder from the porch's gap down to the sand
        parts.append(stick((sx * 0.12, H + 0.05, d / 2 + 0.02), (sx * 0.12, 0.0, d / 2 + 0.42),
                           0.02, 0))  # fmt: skip
    for k in range(5):
        t = (k + 0.6) / 6
        yy, zz = H * (1 - t), d / 2 + 0.02 + 0.4 * t
        parts.append(stick((-0.12, yy, zz), (0.12, yy, zz), 0.014, 0))
    top = y0 + hh + 0.1
    parts.append(stick((w / 2 - 0.06, top - 0.02, hz - 0.05), (w / 2 - 0.06, top + 0.45,
                                                              hz - 0.05), 0.012, "steel"))  # fmt: skip
    wave = float(rng.uniform(-10, 10))
    flag = at(w / 2 - 0.06, top + 0.32, hz - 0.05) @ rot("y", wave)
    parts.append(slab([(0.0, 0.0), (0.26, 0.05), (0.0, 0.12)], 0.01, flag, "card-red"))
    return parts


# ---- 475 thermos flask -----------------------------------------------------------------------


def _steam(base: np.ndarray, height: float, sway: float, phase: float) -> Part:
    """A thin wisp of steam rising from ``base``, swaying from side to side and fading out."""
    ks = np.linspace(0.0, 1.0, 9)
    pts = [base + v3(sway * np.sin(7.0 * k + phase) * k, height * k, 0.4 * sway * np.cos(5 * k))
           for k in ks]  # fmt: skip
    radii = [0.008 + 0.022 * k * (1 - k) * 2 for k in ks]
    radii[-1] = 0.0
    return tube(pts, radii, slot="membrane")


def _thermos(rng: Rng) -> list[Part]:
    """A vacuum flask: a tall steel cylinder with a rubber grip band round its waist and a
    carry handle down its side, its ribbed cup-lid screwed on top; a little cup beside it full
    of a hot drink, steam curling up from it."""
    R, H = 0.145, 0.92
    body = [(0.0, 0.0), (R - 0.02, 0.0), (R, 0.03), (R, H - 0.08), (R - 0.03, H - 0.02),
            (0.11, H), (0.0, H)]  # fmt: skip
    parts = [lathe(body, None, 0, "body")]
    parts.append(cylinder(R + 0.008, R + 0.008, 0.06, at(0, 0.02, 0), 1))  # its foot
    parts.append(cylinder(R + 0.01, R + 0.01, 0.16, at(0, 0.34, 0), 1))  # the grip band
    for k in range(4):
        parts.append(torus(R + 0.01, 0.006, at(0, 0.37 + 0.035 * k, 0), "marking"))
    lid = [(0.0, 0.0), (R + 0.012, 0.0), (R + 0.02, 0.02), (R + 0.02, 0.2), (R + 0.005, 0.23),
           (0.0, 0.235)]  # fmt: skip
    top = H - 0.04
    parts.append(lathe(lid, at(0, top, 0), 1, shape=gear(18, 0.05)(72)))  # the ribbed cup-lid
    parts.append(torus(R + 0.022, 0.008, at(0, top + 0.02, 0), 1))
    handle = [(R, H - 0.2, 0.0), (R + 0.08, H - 0.22, 0.0), (R + 0.1, H - 0.4, 0.0),
              (R + 0.08, 0.56, 0.0), (R, 0.54, 0.0)]  # fmt: skip
    parts.append(tube(handle, 0.022, rot("y", 20), 1, shape=_SQUARE * [1.0, 0.6]))
    c = v3(0.4, 0.0, 0.16)  # the cup beside it
    cup = [(0.0, 0.0), (0.075, 0.0), (0.1, 0.14), (0.1, 0.145), (0.09, 0.145), (0.068, 0.012),
           (0.0, 0.012)]  # fmt: skip
    parts.append(lathe(cup, at(*c), 1))
    parts.append(cylinder(0.085, 0.09, 0.01, at(*(c + v3(0, 0.11, 0))), "soil"))  # the drink
    sway = float(rng.uniform(0.04, 0.06))
    for k, (dx, dz) in enumerate(((-0.035, 0.0), (0.02, 0.03), (0.03, -0.03))):
        parts.append(_steam(c + v3(dx, 0.12, dz), 0.34 - 0.06 * k, sway, 2.0 * k))
    return parts


# ---- 476 folding camp chair ------------------------------------------------------------------


def _camp_chair(rng: Rng) -> list[Part]:
    """A folding camping chair: crossed metal legs on all four sides, a canvas seat sagging
    between the side rails and a canvas back between two posts, fabric armrests, a mesh cup
    holder on one of them."""
    w, d, hs = 0.56, 0.5, 0.46  # width, depth, seat height
    fx, fz = w / 2, d / 2
    r = 0.016
    parts = []
    for sx in (-1, 1):  # the side crosses
        parts.append(stick((sx * fx, 0.0, fz), (sx * fx, hs, -fz), r, 1))
        parts.append(stick((sx * fx, 0.0, -fz), (sx * fx, hs, fz), r, 1))
    for sz in (-1, 1):  # the front and back crosses, under the seat
        parts.append(stick((-fx, 0.0, sz * fz), (fx, hs - 0.06, sz * fz), r, 1))
        parts.append(stick((fx, 0.0, sz * fz), (-fx, hs - 0.06, sz * fz), r, 1))
    for sx in (-1, 1):
        for sz in (-1, 1):  # the feet
            parts.append(sphere(1.0, at(sx * fx, 0.01, sz * fz) @ scl(0.028, 0.015, 0.028),
                                "pupil"))  # fmt: skip
        parts.append(stick((sx * fx, hs, fz), (sx * fx, hs, -fz), r, 1))  # the seat's rails
        # the back posts, rising behind the seat and leaning back
        parts.append(stick((sx * fx, hs - 0.1, -fz), (sx * fx * 1.02, hs + 0.55, -fz - 0.14),
                           r, 1))  # fmt: skip
        # the armrests: a fabric strap from the back post to the front leg's top
        arm = [(sx * (fx + 0.02), hs + 0.2, -fz - 0.05), (sx * (fx + 0.03), hs + 0.19, 0.0),
               (sx * (fx + 0.02), hs + 0.17, fz + 0.02)]  # fmt: skip
        parts.append(band(arm, 0.08, 0.02, (1, 0, 0), 0))
        parts.append(stick((sx * fx, hs, fz), (sx * (fx + 0.02), hs + 0.17, fz + 0.02), r, 1))
    xs = np.linspace(-fx, fx, 7)
    seat = [(x, hs - 0.05 * (1 - (x / fx) ** 2), 0.0) for x in xs]  # sagging between rails
    parts.append(band(seat, d + 0.02, 0.02, (0, 0, 1), 0, "body"))
    back = [(x, hs + 0.3, -fz - 0.06 + 0.05 * (1 - (x / fx) ** 2)) for x in xs]
    parts.append(band(back, 0.42, 0.02, (0, 1, -0.25), 0))
    # the cup holder at the end of the right armrest: a ring and a mesh pocket under it
    c = v3(fx + 0.12, hs + 0.16, fz - 0.02)
    parts.append(torus(0.055, 0.01, at(*c), 1))
    pocket = [(0.055, 0.0), (0.05, -0.08), (0.04, -0.11), (0.0, -0.115)]
    parts.append(lathe(pocket, at(*c), 0))
    parts.append(stick(c + v3(-0.055, 0.0, 0.0), (fx + 0.02, hs + 0.17, fz - 0.02), 0.008, 1))
    del rng
    return scaled(parts, rot("y", -18))


# ---- 477 beach umbrella ----------------------------------------------------------------------


def _beach_umbrella(rng: Rng) -> list[Part]:
    """A beach parasol: a wide shallow canopy of alternating coloured panels with a scalloped
    flap valance round its rim, on a tall pole stuck a little aslant in a patch of sand."""
    n, top, R = 10, 1.5, 0.85
    tilt = at(0, 0.0, 0) @ rot("z", float(rng.uniform(5, 9))) @ rot("x", 4)
    shell = [(0.0, top + 0.02), (0.3, top - 0.03), (0.6, top - 0.13), (R, top - 0.27),
             (R - 0.02, top - 0.28), (0.58, top - 0.16), (0.3, top - 0.06), (0.0, top - 0.015)]  # fmt: skip
    parts = [lathe(shell, tilt, 0, "body", shape=gores(n, 0.05, lambda i: 1.0))]
    parts.append(lathe(shell, tilt, 1, shape=gores(n, 0.05, lambda i: 1.02 if i % 2 else 0.97)))
    for k in range(n):  # the valance: a scalloped flap under each panel's edge
        a = 360.0 * (k + 0.5) / n
        flap = tilt @ rot("y", -a) @ at(R * 0.95, top - 0.36, 0) @ rot("y", 90)
        outline = [(-0.16, 0.09), (0.16, 0.09), (0.12, 0.02), (0.0, -0.03), (-0.12, 0.02)]
        parts.append(slab(outline, 0.012, flap, 1 if k % 2 else 0))
    parts.append(sphere(0.04, tilt @ at(0, top + 0.03, 0), "steel"))  # the finial
    parts.append(tube([(0, -0.05, 0), (0, top, 0)], 0.022, tilt, "steel"))
    parts.append(cylinder(0.03, 0.03, 0.08, tilt @ at(0, 0.7, 0), "pupil"))  # the tilt joint
    for k in range(8):  # the ribs under the canopy
        a = 2 * np.pi * (k + 0.5) / 8
        rib = [(0.04 * np.cos(a), top - 0.55, 0.04 * np.sin(a)),
               (0.45 * np.cos(a), top - 0.12, 0.45 * np.sin(a))]  # fmt: skip
        parts.append(tube(rib, 0.006, tilt, "steel"))
    mound = [(0.0, 0.0), (0.5, 0.0), (0.36, 0.04), (0.15, 0.075), (0.0, 0.085)]
    parts.append(lathe(mound, scl(1.0, 1.0, 0.8), "seed"))  # the patch of sand
    return parts


# ---- 478 flip-flops --------------------------------------------------------------------------


_SOLE = [(0.0, -0.5), (0.15, -0.45), (0.17, -0.25), (0.14, -0.02), (0.18, 0.2), (0.19, 0.36),
         (0.13, 0.48), (0.0, 0.51), (-0.12, 0.46), (-0.16, 0.3), (-0.13, 0.05), (-0.12, -0.2),
         (-0.15, -0.42)]  # fmt: skip
"""A right foot's sole along +y (toe at +y), its big toe on the -x side."""


def _flip_flop(m: np.ndarray, side: int, tag: str = "") -> list[Part]:
    """One flip-flop under ``m`` (a right one for side 1, mirrored for -1), toe toward -z: a
    flat foam sole with its footbed, the Y-shaped strap from the toe post to either side."""
    s = float(side)
    outline = [(s * x, y) for x, y in _SOLE]
    if side < 0:
        outline = outline[::-1]
    flat = m @ FLAT_UP
    parts = [slab(outline, 0.06, flat @ at(0, 0, 0.03), 0, tag)]
    parts.append(slab(outline, 0.012, flat @ at(0, 0, 0.066) @ scl(0.93, 0.96, 1.0), 1))
    post = (m @ np.array([-s * 0.045, 0.072, -0.3, 1.0]))[:3]
    top = (m @ np.array([-s * 0.04, 0.13, -0.26, 1.0]))[:3]
    parts.append(tube([post, top], [0.022, 0.026], slot=1))  # the toe post
    for k in (-1, 1):  # the strap's two arms, arching over to the sole's sides
        edge = 0.16 if k * s > 0 else 0.13
        mid = (m @ np.array([k * edge * 0.6 - s * 0.01, 0.15, -0.12, 1.0]))[:3]
        end = (m @ np.array([k * edge * 0.95, 0.075, -0.02, 1.0]))[:3]
        parts.append(tube([top, mid, end], [0.03, 0.03, 0.026], slot=1,
                          shape=_SQUARE * [1.0, 0.6]))  # fmt: skip
        parts.append(cylinder(0.03, 0.03, 0.01, at(*end) @ at(0, -0.005, 0), 1))
    return parts


def _flip_flops(rng: Rng) -> list[Part]:
    """A pair of flip-flops side by side, toes away from the viewer: flat foam soles shaped to
    the foot, each with its contrasting footbed and Y-shaped strap from the toe post, the right
    one turned a little."""
    turn = float(rng.uniform(12, 20))
    parts = _flip_flop(at(-0.22, 0, 0) @ rot("y", -4) @ scl(1.0, 1.0, 1.0), -1, "body")
    parts += _flip_flop(at(0.24, 0, 0.05) @ rot("y", -turn), 1)
    return scaled(parts, rot("y", 180) @ scl(1.2))


# ---- 479 party hat ---------------------------------------------------------------------------


def _party_hat(rng: Rng) -> list[Part]:
    """A party hat: a tall straight cone with bright stripes winding round it and dots
    between them, a fluffy pompom on its tip and a thin elastic band looping from its rim."""
    R, H = 0.33, 0.95
    parts = [cylinder(R, 0.012, H, None, 0, "body")]
    slant = np.arctan2(R, H)  # the cone's side leans in by this

    def on_cone(t: float, a: float, out: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
        r = R * (1 - t) + out * np.cos(slant)
        p = v3(r * np.cos(a), H * t + out * np.sin(slant), r * np.sin(a))
        nrm = v3(np.cos(a) * np.cos(slant), np.sin(slant), np.sin(a) * np.cos(slant))
        return p, nrm

    phase = float(rng.uniform(0, 2 * np.pi))
    for k in range(3):  # stripes spiralling up to the tip
        ts = np.linspace(0.0, 0.9, 16)
        pts, nrms = zip(*[on_cone(t, phase + 2 * np.pi * k / 3 + 2.6 * t, 0.006) for t in ts],
                        strict=True)  # fmt: skip
        parts.append(skin_strip(pts, nrms, 0.07, 0.01, 1))
    for k in range(18):  # dots between the stripes
        t = 0.1 + 0.7 * (k % 6) / 6 + 0.03 * (k // 6)
        a = phase + 2 * np.pi * (k // 6) / 3 + 2.6 * t + np.pi / 3
        p, nrm = on_cone(t, a, 0.004)
        dot = at(*p) @ align(nrm) @ scl(0.025 * (1 - 0.5 * t), 1.0, 0.025 * (1 - 0.5 * t))
        parts.append(cylinder(1.0, 1.0, 0.008, dot, "snow"))
    tip = v3(0, H, 0)  # the pompom: a fluffy ball of strands
    parts.append(sphere(0.07, at(*tip + v3(0, 0.04, 0)), 1))
    for k in range(26):
        u = (k + 0.5) / 26
        y = 1 - 2 * u
        a = k * 2.39996
        d = v3(np.sqrt(1 - y * y) * np.cos(a), y * 0.9 + 0.1, np.sqrt(1 - y * y) * np.sin(a))
        c = tip + v3(0, 0.04, 0)
        parts.append(tube([c, c + d * 0.12], [0.018, 0.004], slot=1, shape=_SQUARE))
    loop = [(-R * 0.97, 0.01, 0.04), (-R * 0.6, 0.006, 0.35), (0.0, 0.006, 0.5),
            (R * 0.6, 0.006, 0.35), (R * 0.97, 0.01, 0.04)]  # fmt: skip
    parts.append(tube(loop, 0.006, slot="snow"))  # the elastic band
    return parts


MORE_APPLIANCES_S = {
    468: _piggy_bank, 469: _lawn_mower, 470: _pruning_shears, 471: _birdbath,
    472: _garden_rake, 473: _sleeping_bag, 474: _lifeguard_tower, 475: _thermos,
    476: _camp_chair, 477: _beach_umbrella, 478: _flip_flops, 479: _party_hat,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
