"""More of the device family's appliances, from 540: a swimsuit, a pair of underpants, a game
controller, a pencil case, a water trough, a clothes horse, a hamster wheel, a licence plate, a
hubcap, a windscreen wiper, a baby rattle and a leaf blower.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material. The
swimsuit's form, the underpants and the game controller's body are smooth solids (signed-distance
fields meshed by marching cubes, ``_sdf``).
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    coil_spring,
    cone,
    cut,
    pencil,
    pt,
    rect_ring,
    rrect_outline,
    scaled,
    solid,
    torso,
)
from ._lettering import paint_text
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import Field, Shape, spine, surface_point
from ._sdf import ellipsoid as blob
from ._shapes import leaf, star

__all__ = ["MORE_APPLIANCES_Y"]

Rng = np.random.Generator


def _half(c, n, blend: float, lo, hi) -> Shape:
    """Carves away the half-space beyond the plane through c (the side its normal n points
    to), within the box lo..hi, with a smooth edge of radius ``blend`` (> 0)."""
    c = np.asarray(c, np.float32)
    n = np.asarray(n, np.float32)
    n = n / np.float32(np.linalg.norm(n))

    def dist(x, y, z):
        return -((x - c[0]) * n[0] + (y - c[1]) * n[1] + (z - c[2]) * n[2])

    return Shape(dist, np.asarray(lo, np.float32), np.asarray(hi, np.float32), -blend)


# ---- 540 swimsuit ----------------------------------------------------------------------------


def _suit(d: float, leg: float) -> list[Shape]:
    """A one-piece swimsuit's shapes, d over the dress form: the torso with its top cut across
    above the bust, a scoop neck in front, a scooped back, and leg openings rising ``leg`` over
    each hip from the crotch."""
    low, high = (-0.4, -0.1, -0.3), (0.4, 1.5, 0.3)
    suit = torso(d)
    suit.append(cut(1, 0.6, False, 0.004, low, (0.4, 0.6, 0.3)))
    suit.append(cut(1, 1.19, True, 0.006, (-0.4, 1.19, -0.3), high))
    suit.append(blob((0.0, 1.23, 0.16), (0.1, 0.085, 0.12), None, -0.01))  # the scoop neck
    suit.append(blob((0.0, 1.18, -0.16), (0.12, 0.16, 0.1), None, -0.01))  # the scooped back
    for s in (-1, 1):  # the high-cut leg openings
        lo, hi = (min(0, s * 0.5), 0.4, -0.3), (max(0, s * 0.5), 1.0, 0.3)
        suit.append(_half((s * 0.045, 0.665, 0.0), (s * leg, -0.2, 0.0), 0.01, lo, hi))
    return suit


def _swimsuit(rng: Rng) -> list[Part]:
    """A one-piece swimsuit on a dress form: a scoop neck, thin shoulder straps over the
    form's shoulders, leg openings cut high over the hips and contrasting side panels, the
    form on a pole and base."""
    low = (-0.4, -0.1, -0.3)
    form = torso(0.0)
    form.append(cone((0.0, 1.24, 0.0), (0.0, 1.4, 0.0), 0.065, 0.055, 0.05))  # the neck
    form.append(cut(1, 0.6, False, 0.004, low, (0.4, 0.6, 0.3)))
    form.append(cut(1, 1.38, True, 0.01, (-0.1, 1.38, -0.1), (0.1, 1.6, 0.1)))
    parts = [solid(form, 0.025, "plaster")]
    parts.append(sphere(1.0, at(0, 1.39, 0) @ scl(0.05, 0.03, 0.05), "cork"))  # its knob
    leg = 0.21 + float(rng.uniform(0.0, 0.02))  # how high its legs are cut
    parts.append(solid(_suit(0.014, leg), 0.02, 0, "body"))
    sides = _suit(0.024, leg)  # its contrasting side panels, narrowing to the waist
    sides.append(Shape(lambda x, y, z: np.abs(x) - (0.085 + 1.6 * (y - 0.95) ** 2),
                       np.array([-0.3, 0.5, -0.3], np.float32),
                       np.array([0.3, 1.3, 0.3], np.float32), -0.02))  # fmt: skip
    parts.append(solid(sides, 0.022, 1))
    field = Field(tuple(torso(0.0)), np.array([[0, 1, -1], [0, 1, 1.0]]))
    for s in (-1, 1):  # the straps, over the shoulders
        x = s * 0.1
        front = surface_point(field, (x, 1.19, 0.0), (0, 0, 1))
        top = surface_point(field, (s * 0.11, 1.2, 0.0), (0, 1, 0))
        back = surface_point(field, (x, 1.19, 0.0), (0, 0, -1))
        strap = [front + v3(0, -0.01, 0.012), top + v3(0, 0.012, 0.03), top + v3(0, 0.014, -0.03),
                 back + v3(0, -0.01, -0.012)]  # fmt: skip
        parts.append(tube(strap, 0.014, slot=1))
    parts = scaled(parts, at(0, -0.2, 0))  # lowered onto its stand
    parts.append(stick((0, 0.03, 0), (0, 0.42, 0), 0.022, "steel"))  # the pole
    parts.append(cylinder(0.2, 0.18, 0.04, None, "cloth-dark"))
    return parts


# ---- 541 underpants --------------------------------------------------------------------------


def _underpants(rng: Rng) -> list[Part]:
    """A pair of boxer briefs standing as if worn: a broad seat under a thick elastic
    waistband with a stripe round it, two short fitted legs with hemmed openings, a curved fly
    seam down the front."""
    top, wx, wz = 0.62, 0.31, 0.2
    shapes = spine([(0.0, 0.5, 0.0), (0.0, top + 0.1, 0.0)], [wx - 0.01, wx], [wz - 0.01, wz])
    legs = []
    for s in (-1, 1):
        a, b = v3(s * 0.15, 0.44, 0.0), v3(s * 0.22, 0.0, 0.015)
        legs.append((a, b))
        shapes.append(cone(a, b, 0.145, 0.12, 0.05))
    shapes.append(cut(1, top, True, 0.005, (-0.5, top, -0.4), (0.5, 1.0, 0.4)))
    foot = 0.1  # the legs' openings, cut short
    shapes.append(cut(1, foot, False, 0.005, (-0.5, -0.2, -0.4), (0.5, foot, 0.4)))
    parts = [solid(shapes, 0.02, 0, "body")]
    band = [(1.0, 0.0), (1.06, 0.0), (1.06, 0.12), (1.0, 0.12)]
    bm = at(0, top - 0.11, 0) @ scl(wx, 1.0, wz)
    parts.append(lathe(band, bm, 1, closed=True))  # the waistband
    for y in (0.04, 0.075):  # its stripes
        parts.append(lathe([(1.055, 0.0), (1.07, 0.0), (1.07, 0.016), (1.055, 0.016)],
                           bm @ at(0, y, 0), "marking", closed=True))  # fmt: skip
    parts.append(cylinder(0.98, 0.98, 0.006, at(0, top - 0.002, 0) @ scl(wx, 1, wz), "pupil"))
    for a, b in legs:  # the hems round the leg openings
        t = (a[1] - foot) / (a[1] - b[1])
        r = 0.145 - 0.025 * t + 0.012
        parts.append(lathe([(r - 0.02, 0.0), (r, 0.0), (r, 0.05), (r - 0.02, 0.05)],
                           at(*(a + (b - a) * t)) @ align(a - b), 1, closed=True))  # fmt: skip
    fly = [(0.0, top - 0.12, wz + 0.012), (0.0, 0.42, wz + 0.014), (0.03, 0.33, wz - 0.005),
           (0.07, 0.3, wz - 0.03)]  # fmt: skip
    parts.append(tube(fly, 0.009, slot=1))
    parts.append(tube([(0.05, top - 0.12, wz + 0.006), (0.05, 0.43, wz + 0.006),
                       (0.08, 0.36, wz - 0.01)], 0.007, slot=1))  # fmt: skip
    del rng
    return scaled(parts, at(0, 0.02 - foot, 0))


# ---- 542 game controller ---------------------------------------------------------------------


def _game_controller(rng: Rng) -> list[Part]:
    """A gamepad resting on its grips: a wide rounded body flowing into two handles, a cross
    D-pad on the left, four coloured round buttons on the right, two thumbsticks between, the
    shoulder buttons along its back edge and a lit home button."""
    y0 = 0.15
    shapes = [blob((0.0, y0, -0.05), (0.3, 0.07, 0.19))]
    for s in (-1, 1):
        shapes.append(blob((s * 0.26, y0, -0.04), (0.2, 0.08, 0.19), None, 0.08))
        shapes.append(cone((s * 0.26, y0 - 0.01, 0.02), (s * 0.36, y0 - 0.04, 0.3), 0.1, 0.085,
                            0.1))  # fmt: skip
    field = Field(tuple(shapes), np.array([[0, y0, -1], [0, y0, 1.0]]))
    parts = [solid(shapes, 0.02, 0, "body")]

    def on_top(x: float, z: float) -> np.ndarray:
        return surface_point(field, (x, y0, z), (0, 1, 0))

    dpad = on_top(-0.27, -0.05)
    for a in (0, 90):  # the D-pad
        parts.append(box(0.15, 0.03, 0.048, at(*dpad) @ at(0, -0.01, 0) @ rot("y", a), 1))
    parts.append(cylinder(0.085, 0.085, 0.012, at(*dpad) @ at(0, -0.012, 0), 2))
    colours = ("vine", "card-red", "plume", "cloth-yellow")
    for k, (dx, dz) in enumerate(((0, 0.055), (0.055, 0), (-0.055, 0), (0, -0.055))):
        p = on_top(0.27 + dx, -0.05 + dz)
        parts.append(cylinder(0.027, 0.025, 0.035, at(*p) @ at(0, -0.01, 0), colours[k]))
    for s in (-1, 1):  # the thumbsticks: a stem and a dished cap
        p = on_top(s * 0.13, 0.08)
        parts.append(cylinder(0.06, 0.055, 0.015, at(*p) @ at(0, -0.01, 0), 2))
        parts.append(cylinder(0.018, 0.018, 0.04, at(*p), "pupil"))
        cap = [(0.0, 0.0), (0.048, 0.0), (0.05, 0.02), (0.044, 0.028), (0.0, 0.018)]
        parts.append(lathe(cap, at(*p) @ at(0, 0.04, 0), 1))
    for s in (-1, 1):  # the shoulder buttons and triggers along its back edge
        c = on_top(s * 0.27, -0.2)
        parts.append(tube([c + v3(-0.08, -0.02, -0.02), c + v3(0.08, -0.02, -0.02)], 0.026,
                          slot=1))  # fmt: skip
        parts.append(box(0.11, 0.06, 0.05, at(*(c + v3(0, -0.09, -0.04))) @ rot("x", -20), 1))
    for s in (-1, 1):  # select and start
        p = on_top(s * 0.075, -0.1)
        parts.append(box(0.04, 0.02, 0.018, at(*p) @ at(0, -0.008, 0), "pupil"))
    p = on_top(0.0, -0.0)
    parts.append(cylinder(0.035, 0.035, 0.02, at(*p) @ at(0, -0.01, 0), "glow"))
    del rng
    return scaled(parts, at(0, 0.086, 0.0) @ rot("x", 16) @ scl(1.4))


# ---- 543 pencil case -------------------------------------------------------------------------

_POUCH = np.array(
    [(-max(-0.62, 0.8 * np.sin(t)), np.cos(t)) for t in np.linspace(0, 2 * np.pi, 20)[:-1]]
)
"""A soft pouch's cross-section for a ``lathe`` laid along x (down, across): round above, a
flat bottom."""


def _pencil_case(rng: Rng) -> list[Part]:
    """A zipped fabric pencil case lying on its side: a long soft rounded pouch, a zip along
    its top with a metal slider and a dangling pull tab, the zip open at one end with pencils
    sticking out of it."""
    R, half = 0.16, 0.56
    xs = np.linspace(-half, half, 15)
    rs = R * np.clip(1 - (np.abs(xs) / half) ** 4, 0.0, 1.0) ** 0.25
    yc = 0.62 * R
    prof = [(float(r), float(x + half)) for x, r in zip(xs, rs, strict=True)]
    parts = [lathe(prof, at(-half, yc, 0) @ ALONG_X, 0, "body", shape=_POUCH)]
    t0 = np.radians(65)  # the zip runs along its top, rolled a little toward the viewer
    tilt = float(np.degrees(np.arctan2(np.cos(t0), np.sin(t0) / 0.8)))
    zm = at(0, yc + 0.8 * R * np.sin(t0), R * np.cos(t0)) @ rot("x", tilt)  # +y out of it
    slide = float(rng.uniform(0.12, 0.22))
    end = 0.44
    parts.append(box(2 * end, 0.012, 0.1, zm @ at(0, -0.008, 0), 1))  # the zip's tape
    for k in range(int((slide + end) / 0.026)):  # its closed teeth
        parts.append(box(0.014, 0.016, 0.05, zm @ at(-end + 0.026 * k, 0, 0), "steel"))
    parts.append(box(end - slide, 0.008, 0.05, zm @ at((slide + end) / 2, 0, 0), "pupil"))
    sm = zm @ at(slide, 0.0, 0)  # the slider and its pull tab
    parts.append(slab(rrect_outline(0.1, 0.07, 0.02), 0.045, sm @ FLAT_UP @ at(0, 0, -0.02),
                      "steel"))  # fmt: skip
    tab = sm @ at(-0.03, 0.035, 0.025) @ rot("x", -75)
    parts.append(slab(rrect_outline(0.055, 0.17, 0.025), 0.014, tab @ at(0, -0.085, 0), "steel"))
    parts.append(slab(rrect_outline(0.025, 0.06, 0.01), 0.016, tab @ at(0, -0.11, 0), "pupil"))
    for k, (dx, lean, length) in enumerate(((0.26, 35, 0.42), (0.33, 22, 0.38), (0.39, 48, 0.4))):
        if slide + 0.04 > dx:
            continue
        root = pt(zm, dx, 0, 0.01 * (k - 1))
        out = v3(np.sin(np.radians(lean)), np.cos(np.radians(lean)), 0.15 + 0.1 * (k - 1))
        tip = root + out / np.linalg.norm(out) * 0.2
        parts += scaled(pencil(np.eye(4), length), at(*tip) @ align(-out) @ scl(0.8))
    return parts


# ---- 544 water trough ------------------------------------------------------------------------


def _water_trough(rng: Rng) -> list[Part]:
    """A livestock water trough: a long galvanized tank with sloping sides and ends on four
    angle-iron legs, a rolled rim round its top, ribs round its sides, full to the brim of
    water with a float valve in one corner."""
    L, W, H, y0 = 1.6, 0.56, 0.36, 0.2
    flare = 0.86  # the bottom's size against the top's
    sq = rot("y", 45)
    r2 = np.sqrt(2.0)
    shell = [(0.0, 0.0), (flare * r2, 0.0), (r2, H), (0.96 * r2, H), (0.955 * r2, H - 0.07),
             (0.0, H - 0.07)]  # fmt: skip
    parts = [lathe(shell, at(0, y0, 0) @ scl(L / 2, 1.0, W / 2) @ sq, 0, "body", sides=4)]
    parts.append(box(L * 0.95, 0.03, W * 0.94, at(0, y0 + H - 0.075, 0), "glaze"))  # the water

    def corners(t: float, out: float = 0.0) -> list[np.ndarray]:
        """The four corners at height fraction t, pushed out by ``out``."""
        f = flare + (1 - flare) * t
        hx, hz = f * L / 2 + out, f * W / 2 + out
        return [v3(x, y0 + H * t, z) for x, z in ((-hx, -hz), (hx, -hz), (hx, hz), (-hx, hz))]

    for t, r in ((1.0, 0.022), (0.62, 0.01), (0.3, 0.01)):  # the rim and the ribs
        cs = corners(t, 0.004)
        for a, b in pairwise([*cs, cs[0]]):
            parts.append(stick(a, b, r, 0))
        if t == 1.0:
            parts += [sphere(r, at(*c), 0) for c in cs]
    for c in corners(0.0):  # the legs: angle iron, splayed a little, and braces
        foot = c * v3(1.06, 0, 1.12) + v3(0, 0.0, 0)
        for dx, dz in ((0.02, 0.0), (0.0, 0.02)):
            parts.append(stick(c + v3(dx * np.sign(c[0]), 0.02, dz * np.sign(c[2])),
                               foot + v3(dx * np.sign(c[0]), 0.0, dz * np.sign(c[2])), 0.018,
                               1))  # fmt: skip
    for sz in (-1, 1):
        z = sz * (W / 2 * flare) * 1.06
        parts.append(stick((-L / 2 * flare * 1.03, 0.07, z), (L / 2 * flare * 1.03, 0.07, z),
                           0.01, 1))  # fmt: skip
    # the float valve in the corner: a box on the rim, an arm and a ball in the water
    fx, fz = -L / 2 + 0.12, -W / 2 + 0.1
    parts.append(box(0.12, 0.08, 0.1, at(fx, y0 + H - 0.02, fz), 1))
    parts.append(stick((fx + 0.04, y0 + H + 0.0, fz), (fx + 0.2, y0 + H - 0.045, fz + 0.06),
                       0.008, 1))  # fmt: skip
    parts.append(sphere(1.0, at(fx + 0.24, y0 + H - 0.05, fz + 0.07) @ scl(0.06, 0.035, 0.06), 1))
    for k in range(3):  # ripples
        r = 0.05 + 0.05 * k
        parts.append(torus(r, 0.003, at(0.25, y0 + H - 0.044, 0.05) @ scl(1.6, 1, 1), "rain"))
    del rng
    return parts


# ---- 545 clothes horse -----------------------------------------------------------------------


def _clothes_horse(rng: Rng) -> list[Part]:
    """A folding clothes horse standing open: two frames of thin wooden rails hinged at the top
    in an A, a striped towel hung over its ridge, a T-shirt and a pair of socks hung on the
    rails before it."""
    W, H, Z = 1.2, 1.15, 0.36
    lean = float(np.degrees(np.arctan2(Z, H)))
    side = float(np.hypot(H, Z))
    front = at(0, H, 0) @ rot("x", -lean)  # down its face is -y, out of it +z
    back = at(0, H, 0) @ rot("y", 180) @ rot("x", -lean)
    parts = []
    for k, m in enumerate((front, back)):
        for x in (-W / 2, W / 2):
            parts.append(stick(pt(m, x, 0, 0), pt(m, x, -side, 0), 0.02, 0,
                               "body" if k == 0 and x < 0 else ""))  # fmt: skip
            parts.append(
                sphere(1.0, at(*pt(m, x, -side, 0) + v3(0, 0.015, 0)) @ scl(0.03, 0.015, 0.03), 1)
            )
        for t in (0.03, 0.27, 0.5, 0.73, 0.93):
            parts.append(stick(pt(m, -W / 2, -t * side, 0), pt(m, W / 2, -t * side, 0), 0.011, 0))
    parts.append(stick((-W / 2 - 0.03, H, 0), (W / 2 + 0.03, H, 0), 0.016, 1))  # the hinge
    # the towel over the ridge, down both faces, stripes across its ends
    tx, tw, drop = -0.3, 0.44, 0.5
    for m, x in ((front, tx), (back, -tx)):  # (the back face is turned round: x runs back)
        parts.append(box(tw, drop, 0.014, m @ at(x, -drop - 0.02, 0.024), 1))
        for y in (0.06, 0.1):
            parts.append(box(tw + 0.004, 0.018, 0.018, m @ at(x, -drop + y, 0.024), "snow"))
    parts.append(cylinder(0.035, 0.035, tw, at(tx - tw / 2, H + 0.005, 0) @ ALONG_X, 1))
    # the T-shirt, hung by its shoulders from the second rail
    y = -0.27 * side + 0.01
    sm = front @ at(0.27, y, 0.03)
    parts.append(box(0.34, 0.46, 0.016, sm @ at(0, -0.46, 0), "plume"))
    for s in (-1, 1):
        sleeve = sm @ at(s * 0.15, -0.04, 0) @ rot("z", s * 55)
        parts.append(box(0.14, 0.2, 0.016, sleeve @ at(0, -0.2, 0), "plume"))
    parts.append(torus(0.06, 0.012, sm @ at(0, -0.02, 0.008) @ ALONG_Z @ scl(1, 1, 0.6),
                       "snow"))  # fmt: skip
    # a pair of socks over the fourth rail
    y = -0.73 * side
    for x in (-0.45, -0.3):
        sock = [(x, y + 0.03, 0.0), (x, y + 0.02, 0.03), (x, y - 0.12, 0.035),
                (x + 0.02, y - 0.2, 0.04), (x + 0.09, y - 0.23, 0.045)]  # fmt: skip
        parts.append(tube([pt(front, *p) for p in sock], 0.032, slot="card-red"))
        parts.append(tube([pt(front, *p) for p in sock[:2]], 0.036, slot="snow"))
    del rng
    return parts


# ---- 546 hamster wheel -----------------------------------------------------------------------


def _hamster_wheel(rng: Rng) -> list[Part]:
    """A pet's running wheel: a drum of wire rungs between two rings, the back ring spoked to
    a hub on an axle, held up on a stand at its back."""
    R, w, cy = 0.42, 0.24, 0.5
    face = rot("y", -15)
    c = v3(0, cy, 0)
    parts = []
    for z, tag in ((w / 2, "body"), (-w / 2, "")):
        parts.append(torus(R, 0.016, at(0, cy, z) @ ALONG_Z, 0, tag))
    n = 30
    for k in range(n):  # the rungs
        a = 2 * np.pi * k / n
        x, y = R * np.cos(a), cy + R * np.sin(a)
        parts.append(stick((x, y, -w / 2), (x, y, w / 2), 0.007, 0))
    for k in range(6):  # the back spokes
        a = 2 * np.pi * k / 6 + 0.3
        parts.append(stick(c + v3(0, 0, -w / 2), c + v3(R * np.cos(a), R * np.sin(a), -w / 2),
                           0.009, 0))  # fmt: skip
    parts.append(cylinder(0.04, 0.04, 0.06, at(0, cy, -w / 2 - 0.04) @ ALONG_Z, 1))  # the hub
    zs = -w / 2 - 0.1  # the stand behind
    parts.append(stick((0, cy, -w / 2), (0, cy, zs), 0.012, "steel"))
    for s in (-1, 1):
        parts.append(stick((0, cy + 0.02, zs), (s * 0.3, 0.02, zs - 0.02), 0.02, 1))
        parts.append(stick((s * 0.3, 0.02, zs - 0.14), (s * 0.3, 0.02, zs + 0.3), 0.02, 1))
    parts.append(sphere(0.035, at(0, cy + 0.01, zs), 1))
    del rng
    return scaled(parts, face)


# ---- 547 licence plate -----------------------------------------------------------------------


def _licence_plate(rng: Rng) -> list[Part]:
    """A car's licence plate standing on edge: a long white plate with a raised dark border,
    a blue band with a ring of stars at its left end, screws in holes at its corners and a row
    of raised dark letters and numerals."""
    W, H, t = 1.3, 0.3, 0.02
    pm = at(0, 0.01 + H / 2, 0) @ rot("x", -8)  # its face, leaning back a little
    parts = [slab(rrect_outline(W, H, 0.035), t, pm, 0, "body")]
    parts.append(rect_ring(W - 0.03, H - 0.03, 0.016, 0.012, pm @ at(0, 0, t / 2) @ ALONG_Z, 1))
    band = pm @ at(-W / 2 + 0.08, 0, t / 2)
    parts.append(box(0.11, H - 0.07, 0.006, band @ at(0, -(H - 0.07) / 2, 0), "plume"))
    for k in range(12):
        a = 2 * np.pi * k / 12
        spot = band @ at(0.03 * np.cos(a), 0.045 + 0.03 * np.sin(a), 0.004)
        parts.append(slab(star(5, 0.45), 0.004, spot @ scl(0.008), "cloth-yellow"))
    parts += paint_text("E", band @ at(0, -0.055, 0.004), 0.05, "snow", 0.24)
    for sx in (-1, 1):
        for sy in (-1, 1):
            if sy < 0 and rng.uniform() < 0.3:
                continue
            hole = pm @ at(sx * (W / 2 - 0.07 if sx > 0 else W / 2 - 0.18), sy * 0.1, t / 2)
            parts.append(cylinder(0.018, 0.018, 0.004, hole @ ALONG_Z, "pupil"))
            parts.append(lathe([(0.0, 0.0), (0.013, 0.0), (0.011, 0.008), (0.0, 0.01)],
                               hole @ ALONG_Z, "steel"))  # fmt: skip
    text = ("CM 734", "LE 215", "WM 457", "EL 371")[int(rng.integers(0, 4))]
    parts += paint_text(text, pm @ at(0.06, 0, t / 2), 0.2, "marking", 0.175)
    return parts


# ---- 548 hubcap ------------------------------------------------------------------------------


def _hubcap(rng: Rng) -> list[Part]:
    """A car's hubcap standing on its edge, leaning back a little: a domed wheel cover with a
    rolled rim, dark slots between radiating spokes and a badge in its centre."""
    R, tilt = 0.5, 12.0
    m = at(0, R * np.cos(np.radians(tilt)) + 0.036, 0) @ rot("x", 90 - tilt)  # +y out of its face
    prof = [(0.0, 0.0), (R, 0.0), (R + 0.012, 0.025), (R - 0.005, 0.055), (R - 0.04, 0.06),
            (0.42, 0.065), (0.34, 0.09), (0.26, 0.115), (0.18, 0.14), (0.14, 0.15),
            (0.0, 0.155)]  # fmt: skip
    parts = [lathe(prof, m, 0, "body")]
    parts.append(torus(R - 0.055, 0.012, m @ at(0, 0.064, 0), 0))
    n = int(rng.choice([8, 10, 12]))
    slope = float(np.degrees(np.arctan2(0.09 - 0.14, 0.18 - 0.34)))  # the cone's fall outward
    for k in range(n):  # the slots between the spokes
        a = 2 * np.pi * (k + 0.5) / n
        rm, hm = 0.28, 0.11
        place = m @ at(rm * np.cos(a), hm + 0.004, rm * np.sin(a))
        place = place @ rot("y", 90 - np.degrees(a)) @ rot("x", -slope) @ rot("x", 90)
        outline = [(-0.02, -0.1), (0.02, -0.1), (0.07, 0.11), (-0.07, 0.11)]
        parts.append(slab(outline, 0.012, place @ scl(0.9), "pupil"))
    parts.append(cylinder(0.1, 0.095, 0.03, m @ at(0, 0.145, 0), 1))  # the badge
    parts.append(slab(star(5, 0.45), 0.01, m @ at(0, 0.18, 0) @ rot("x", -90) @ scl(0.07), 0))
    return parts


# ---- 549 windscreen wiper --------------------------------------------------------------------

_STRIP = np.array([[-1.0, -0.35], [1.0, -0.35], [1.0, 0.35], [-1.0, 0.35]])
"""A pressed-metal strip's cross-section for ``tube``: deep across, thin along its bend."""


def _windscreen_wiper(rng: Rng) -> list[Part]:
    """A windscreen wiper seen side on: a long rubber blade under its frame of arched yokes,
    the thin arm above it hooked to the blade's middle and bending down at its far end to the
    pivot, its spring along it and a cap over the pivot nut."""
    L = 1.5
    parts = [box(L, 0.025, 0.016, at(0, 0.0, 0), "pupil", "body")]  # the rubber's lip
    parts.append(box(L, 0.03, 0.04, at(0, 0.025, 0), "pupil"))  # the rubber
    parts.append(box(L - 0.02, 0.016, 0.046, at(0, 0.055, 0), 0))  # its steel backing
    for s in (-1, 1):  # the two small yokes, claws at their ends
        xa, xb = s * 0.06, s * 0.7
        xm = (xa + xb) / 2
        arch = [(xa, 0.065, 0), (xa + (xm - xa) * 0.5, 0.11, 0), (xm, 0.125, 0),
                (xb - (xb - xm) * 0.5, 0.11, 0), (xb, 0.065, 0)]  # fmt: skip
        parts.append(tube(arch, 0.024, slot=0, shape=_STRIP))
        for x in (xa, xb, xa + (xb - xa) * 0.3, xa + (xb - xa) * 0.7):
            parts.append(box(0.025, 0.03, 0.052, at(x, 0.05, 0), 0))
    main = [(-0.38, 0.12, 0), (-0.2, 0.19, 0), (0.0, 0.21, 0), (0.2, 0.19, 0), (0.38, 0.12, 0)]
    parts.append(tube(main, 0.026, slot=0, shape=_STRIP))  # the main yoke
    parts.append(box(0.1, 0.05, 0.06, at(0, 0.18, 0), 1))  # the clip
    # the arm: hooked over the clip, straight to the spring, bent down to the pivot
    hook = [(0.07, 0.21, 0), (0.04, 0.26, 0), (-0.06, 0.27, 0)]
    parts.append(tube(hook, 0.02, slot=0, shape=_STRIP))
    parts.append(tube([(-0.05, 0.27, 0), (-0.68, 0.33, 0)], 0.018, slot=0))
    channel = [(-0.66, 0.33, 0), (-0.84, 0.35, 0), (-0.98, 0.32, 0), (-1.07, 0.16, 0)]
    parts.append(tube(channel, 0.04, slot=0, shape=_STRIP))
    parts.append(coil_spring((-0.68, 0.3, 0.0), (-0.94, 0.29, 0.0), 0.022, 8, "steel"))
    pivot = at(-1.08, 0.1, 0)
    parts.append(cylinder(0.095, 0.095, 0.08, pivot @ at(0, 0, -0.04) @ ALONG_Z, 0))
    parts.append(lathe([(0.0, 0.0), (0.08, 0.0), (0.075, 0.03), (0.04, 0.06), (0.0, 0.065)],
                       pivot @ at(0, 0, 0.04) @ ALONG_Z, 1))  # its cap # fmt: skip
    del rng
    return scaled(parts, rot("y", 40) @ at(0.12, 0.0, 0) @ scl(1.0, 1.3, 1.4))


# ---- 550 baby rattle -------------------------------------------------------------------------


def _baby_rattle(rng: Rng) -> list[Part]:
    """A baby's rattle lying on the floor: a clear ball with bright beads inside it, banded
    round its middle, on a chunky handle with rings round it ending in a ring to hold."""
    Rb = 0.2
    parts = []
    handle = [(0.0, 0.0), (0.045, 0.0), (0.055, 0.03), (0.04, 0.1), (0.036, 0.3), (0.045, 0.44),
              (0.08, 0.5), (0.06, 0.53), (0.0, 0.54)]  # fmt: skip
    parts.append(lathe(handle, None, 0, "body"))
    for y in (0.12, 0.2, 0.28):
        parts.append(torus(0.042, 0.012, at(0, y, 0), 1))
    parts.append(torus(0.1, 0.028, at(0, -0.1, 0) @ ALONG_Z, 1))  # the ring
    c = v3(0, 0.53 + Rb * 0.95, 0)
    parts.append(sphere(Rb, at(*c), "pane"))  # the ball
    parts.append(torus(Rb, 0.022, at(*c), 0))
    parts.append(sphere(1.0, at(*(c + v3(0, Rb, 0))) @ scl(0.05, 0.03, 0.05), 0))
    colours = ("card-red", "cloth-yellow", "plume", "vine", "snow", "card-red")
    for k in range(6):  # the beads inside
        a = 2 * np.pi * k / 6 + float(rng.uniform(-0.3, 0.3))
        p = c + v3(0.1 * np.cos(a), -0.05 + 0.06 * (k % 2), 0.1 * np.sin(a))
        parts.append(sphere(0.045, at(*p), colours[k]))
    # laid down: the ball and the ring's rim on the floor, the handle sloping between them
    slope = float(np.degrees(np.arcsin((Rb - 0.03) / (c[1] + 0.1))))
    lay = at(0, Rb + 0.02, 0) @ rot("y", 115) @ rot("x", 90 - slope) @ at(*-c)
    return scaled(parts, lay)


# ---- 551 leaf blower -------------------------------------------------------------------------


def _leaf_blower(rng: Rng) -> list[Part]:
    """A cordless leaf blower: a rounded motor body with a loop handle over it and a trigger,
    the round intake grille on its side, a battery at its back and a long straight nozzle
    tube pointing forward and down, a few leaves before its mouth."""
    yc = 0.27
    parts = [sphere(1.0, at(-0.22, yc, 0) @ scl(0.34, 0.22, 0.19), 0, "body")]
    parts.append(cylinder(0.17, 0.14, 0.24, at(-0.08, yc, 0) @ ALONG_X, 0))  # the fan's drum
    noz = at(0.14, yc, 0) @ rot("z", -7)
    parts.append(cylinder(0.14, 0.09, 0.16, noz @ ALONG_X, 0))
    parts.append(cylinder(0.092, 0.07, 0.72, noz @ at(0.14, 0, 0) @ ALONG_X, 1))  # the tube
    parts.append(torus(0.094, 0.014, noz @ at(0.18, 0, 0) @ rot("z", 90), 0))
    parts.append(cylinder(0.074, 0.08, 0.08, noz @ at(0.84, 0, 0) @ ALONG_X, 0))  # its mouth
    grip = [(-0.44, yc + 0.14, 0), (-0.4, yc + 0.3, 0), (-0.22, yc + 0.34, 0),
            (-0.02, yc + 0.3, 0), (0.02, yc + 0.15, 0)]  # fmt: skip
    parts.append(tube(grip, 0.036, slot=1))  # the handle
    parts.append(box(0.035, 0.07, 0.03, at(-0.1, yc + 0.2, 0) @ rot("z", 20), "pupil"))
    gm = at(-0.26, yc, 0.16)  # the intake grille on its side
    parts.append(cylinder(0.12, 0.12, 0.035, gm @ ALONG_Z, "pupil"))
    for r in (0.035, 0.065, 0.095):
        parts.append(torus(r, 0.009, gm @ at(0, 0, 0.035) @ ALONG_Z, 0))
    parts.append(box(0.18, 0.16, 0.18, at(-0.58, 0.02, 0), 1))  # the battery
    parts.append(box(0.02, 0.03, 0.09, at(-0.67, 0.12, 0), "glow"))
    for k, (x, z, a) in enumerate(((1.15, 0.12, 20), (1.3, -0.12, 80), (1.12, 0.3, 140))):
        lm = at(x, 0.01 + 0.005 * k, z) @ rot("y", a + float(rng.uniform(-20, 20)))
        parts.append(slab(leaf(0.45), 0.012, lm @ FLAT_UP @ scl(0.12), ("cork", "vine")[k % 2]))
    return scaled(parts, rot("y", 32) @ at(-0.3, 0, 0))


MORE_APPLIANCES_Y = {
    540: _swimsuit, 541: _underpants, 542: _game_controller, 543: _pencil_case,
    544: _water_trough, 545: _clothes_horse, 546: _hamster_wheel, 547: _licence_plate,
    548: _hubcap, 549: _windscreen_wiper, 550: _baby_rattle, 551: _leaf_blower,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
