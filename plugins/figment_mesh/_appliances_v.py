"""More of the device family's appliances, from 504: a pair of ski poles, a cable car cabin, a
ski boot, a snow shovel, a cowbell, a snow globe, an ice axe, a hurdle, a basketball hoop, a
bunker, a watermelon slice and a pair of slippers.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material. The
bunker's earth and the ski boot's and slippers' shells are smooth solids (signed-distance
fields meshed by marching cubes, ``_sdf``).
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import ZYX, band, cut, gable, rope, rrect, solid, tree, unit
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import Shape, spine
from ._sdf import ellipsoid as blob
from ._shapes import leaf, sharp

__all__ = ["MORE_APPLIANCES_V"]

Rng = np.random.Generator

_UP = v3(0, 1, 0)


def _band_profile(r: float, y0: float, y1: float) -> list[tuple[float, float]]:
    """A lathe profile of a straight-sided band of radius r from y0 to y1, closed at both
    ends, with points close to its corners so the smoothing does not bulge its side."""
    e = 0.02 * (y1 - y0)
    return [(0.0, y0), (0.97 * r, y0), (r, y0 + e), (r, y1 - e), (0.97 * r, y1), (0.0, y1)]


def _frame(x_dir, y_dir) -> np.ndarray:
    """A rotation taking +x onto ``x_dir`` and +y onto ``y_dir`` (made square to it)."""
    x = unit(x_dir)
    y = unit(np.asarray(y_dir, float) - x * float(np.dot(y_dir, x)))
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2] = x, y, np.cross(x, y)
    return m


# ---- 504 ski poles ---------------------------------------------------------------------------


def _ski_pole(tip, top, lean: float, tag: str = "") -> list[Part]:
    """One ski pole from its point on the ground at ``tip`` up to the top of its grip at
    ``top``: a steel point, a round basket disc near it, a thin shaft, a fat grip with a knob
    and a wrist strap hanging in a loop from the grip's top, swung ``lean`` toward +z."""
    tip, top = np.asarray(tip, float), np.asarray(top, float)
    d = unit(top - tip)
    parts = [tube([tip, tip + d * 0.1], [0.0, 0.016], slot="steel")]
    parts.append(stick(tip + d * 0.08, top - d * 0.2, 0.017, 0, tag))
    basket = at(*(tip + d * 0.14)) @ align(d)
    parts.append(torus(0.085, 0.013, basket, 1))
    parts.append(cylinder(0.08, 0.08, 0.01, basket @ at(0, -0.005, 0), 1))
    parts.append(cylinder(0.03, 0.022, 0.05, basket @ at(0, -0.02, 0), 1))  # its hub
    grip = [top - d * 0.24, top - d * 0.17, top - d * 0.08, top - d * 0.01]
    parts.append(tube(grip, [0.03, 0.036, 0.034, 0.037], slot=1))
    parts.append(sphere(1.0, at(*top) @ align(d) @ scl(0.042, 0.03, 0.042), 1))
    side = unit(np.cross(d, _UP))  # level, square to the pole
    out = unit(side * (1.0 - lean) + v3(0, 0, 1) * lean)
    root = top - d * 0.04
    loop = [root, root + out * 0.06 - _UP * 0.05, root + out * 0.1 - _UP * 0.18,
            root + out * 0.07 - _UP * 0.3, root + out * 0.02 - _UP * 0.24,
            root + out * 0.005 - _UP * 0.1, root]  # fmt: skip
    parts.append(band(loop, 0.032, 0.008, np.cross(out, _UP), "marking"))
    return parts


def _ski_poles(rng: Rng) -> list[Part]:
    """A pair of ski poles standing crossed near their tops: each a thin straight shaft with a
    round basket disc just above its steel point and a fat grip with a hanging wrist strap."""
    spread = float(rng.uniform(0.3, 0.36))
    parts = _ski_pole((-spread, 0.0, 0.05), (0.2, 1.45, 0.05), 0.7, "body")
    parts += _ski_pole((spread, 0.0, -0.05), (-0.2, 1.45, -0.05), 0.2)
    return parts


# ---- 505 cable car cabin ---------------------------------------------------------------------


def _cable_car(rng: Rng) -> list[Part]:
    """A gondola lift's cabin: a rounded boxy cabin with big windows all round it between
    slim posts, a stripe under them and a domed roof, its hanger arm curving up from the roof
    to the grip clamped on a steel cable running across above it."""
    sx, sz = 0.4, 0.33  # the half width and half depth of its walls
    shape = rrect(2.0, 2.0 * sz / sx, 0.55, 5)
    body = [(0.0, 0.0), (0.8, 0.0), (0.94, 0.03), (1.0, 0.12), (1.0, 0.8), (0.96, 0.9),
            (0.82, 0.96), (0.45, 0.99), (0.0, 1.0)]  # fmt: skip
    cab = scl(sx, 1.0, sx)
    parts = [lathe(body, cab, 0, "body", shape=shape)]
    y0, y1 = 0.4, 0.84  # the windows all round
    parts.append(lathe(_band_profile(1.008, y0, y1), cab, "window", shape=shape))
    parts.append(lathe(_band_profile(1.006, 0.27, 0.33), cab, "snow", shape=shape))  # a stripe
    r = 0.55 * sx  # the corners' radius: posts there and across the middle of each side
    posts = [(cx * (sx - r + r * np.cos(np.pi / 4)), cz * (sz - r + r * np.sin(np.pi / 4)), cx, cz)
             for cx in (-1, 1) for cz in (-1, 1)]  # fmt: skip
    posts += [(0.0, s * sz, 0.0, s) for s in (-1, 1)] + [(s * sx, 0.0, s, 0.0) for s in (-1, 1)]
    for x, z, cx, cz in posts:
        turn = rot("y", np.degrees(np.arctan2(cx, cz)))
        parts.append(box(0.045, y1 - y0, 0.03, at(x * 1.006, y0, z * 1.006) @ turn, 0))
    parts.append(box(0.008, y0 - 0.04, 0.012, at(0.0, 0.04, sz * 1.006), "marking"))  # door
    top = 1.0
    parts.append(cylinder(0.11, 0.08, 0.05, at(0, top - 0.015, 0), 1))  # the hanger's foot
    cable_y = float(rng.uniform(1.5, 1.56))
    hanger = [(0.0, top + 0.02, 0.0), (0.0, top + 0.1, -0.03), (0.0, top + 0.24, -0.15),
              (0.0, cable_y - 0.18, -0.13), (0.0, cable_y - 0.06, -0.02)]  # fmt: skip
    parts.append(tube(hanger, 0.03, slot=1))
    parts.append(box(0.2, 0.09, 0.07, at(0, cable_y - 0.07, 0), 1))  # the grip's clamp
    for x in (-0.13, 0.13):  # its rollers riding the cable
        parts.append(cylinder(0.04, 0.04, 0.03, at(x, cable_y + 0.035, -0.045) @ rot("x", 90), 1))
    parts.append(box(0.34, 0.03, 0.05, at(0, cable_y + 0.06, -0.04), 1))
    slope = 0.08
    a, b = v3(-0.95, cable_y + slope, 0.0), v3(0.95, cable_y - slope, 0.0)
    parts.append(stick(a, b, 0.016, "steel"))
    return parts


# ---- 506 ski boot ----------------------------------------------------------------------------


def _ski_boot(rng: Rng) -> list[Part]:
    """A downhill ski boot standing turned to show its side: a thick flat sole with square lugs
    at toe and heel, a chunky hard shell rising into a high cuff leaning forward, the soft liner
    showing at its top, four big buckles across its front and a wide power strap round the top
    of the cuff."""
    lean = np.radians(12.0)
    ax = v3(0.0, np.cos(lean), np.sin(lean))  # the cuff's axis, leaning forward
    c0 = v3(0.0, 0.18, -0.17)
    cuff_r = 0.15

    def on_cuff(h: float) -> np.ndarray:
        return c0 + ax * h

    shapes = spine([(0, 0.15, -0.3), (0, 0.16, -0.08), (0, 0.14, 0.14), (0, 0.11, 0.33)],
                   [0.12, 0.135, 0.135, 0.11], [0.1, 0.12, 0.1, 0.065])  # the foot # fmt: skip
    shapes.append(blob((0.0, 0.11, 0.3), (0.11, 0.07, 0.09), None, 0.04))  # the toe box
    shapes += rope([on_cuff(0.0), on_cuff(0.58)], [cuff_r, cuff_r * 0.97], 0.08)  # the cuff
    shapes.append(blob(on_cuff(0.0) + v3(0, -0.03, -0.04), (0.13, 0.13, 0.14), None, 0.05))
    shapes.append(cut(1, 0.075, False, 0.01, (-1, -1, -1), (1, 0.075, 1)))  # on the sole
    shapes.append(cut(1, 0.74, True, 0.015, (-1, 0.74, -1), (1, 1.2, 1)))  # the cuff's top
    parts = [solid(shapes, 0.02, 0, "body")]
    sole = at(0, 0.04, 0.0) @ rot("x", 90)
    parts.append(slab(sharp(rrect(0.3, 0.8, 0.1, 4)), 0.08, sole, "marking"))
    for z, w in ((0.41, 0.2), (-0.41, 0.22)):  # the toe and heel lugs
        parts.append(box(w, 0.055, 0.07, at(0, 0.0, z), "marking"))
    liner = on_cuff(0.52)
    tilt = align(ax)
    parts.append(cylinder(0.13, 0.13, 0.07, at(*liner) @ tilt, 1))  # the liner
    parts.append(torus(0.11, 0.035, at(*(liner + ax * 0.08)) @ tilt, 1))  # its padded collar
    parts.append(cylinder(0.085, 0.085, 0.02, at(*(liner + ax * 0.07)) @ tilt, "pupil"))
    strap = at(*on_cuff(0.47)) @ tilt
    parts.append(torus(cuff_r + 0.012, 0.022, strap @ scl(1.0, 1.6, 1.0), "marking"))
    parts.append(box(0.08, 0.06, 0.03, strap @ at(0, -0.03, cuff_r + 0.03), "steel"))
    for foot_z, cuff_h in ((0.1, 0.0), (0.22, 0.0), (0.0, 0.2), (0.0, 0.36)):
        if not cuff_h:  # over the instep: round the foot's section at foot_z
            knots = [-0.08, 0.14, 0.33]
            w = float(np.interp(foot_z, knots, [0.135, 0.135, 0.11])) + 0.012
            h = float(np.interp(foot_z, knots, [0.12, 0.1, 0.065])) + 0.012
            c = v3(0.0, float(np.interp(foot_z, knots, [0.16, 0.14, 0.11])), foot_z)
            ts = np.radians(np.linspace(60, 160, 6))
            arc = [c + v3(w * np.cos(t), h * np.sin(t), 0.0) for t in ts]
            across = v3(0, 0, 1)
        else:  # round the cuff at cuff_h
            c = on_cuff(cuff_h)
            ts = np.radians(np.linspace(-25, 80, 6))
            arc = [c + (cuff_r + 0.012) * v3(-np.sin(t), 0, np.cos(t)) for t in ts]
            across = ax
        parts.append(band(arc, 0.035, 0.012, across, "steel"))
        end = arc[-2]
        along = unit(arc[-1] - arc[-3])
        parts.append(box(0.11, 0.03, 0.045, at(*end) @ _frame(along, end - c), 1))  # its lever
    del rng
    return [p.moved(rot("y", 70) @ scl(1.15)) for p in parts]


# ---- 507 snow shovel -------------------------------------------------------------------------


def _snow_shovel(rng: Rng) -> list[Part]:
    """A snow shovel resting on its blade: a wide, deep scoop curving up into a high back wall,
    low side walls, a steel wear strip along its front lip and ribs along it, and a long handle
    rising from the back to a D-shaped grip."""
    W = 0.8
    curve = [(0.32, 0.012), (0.1, 0.014), (-0.1, 0.03), (-0.2, 0.1), (-0.24, 0.22),
             (-0.25, 0.34)]  # (z, y) from the front lip to the top of the back # fmt: skip
    path = [(0.0, y, z) for z, y in curve]
    parts = [band(path, W, 0.02, (1, 0, 0), 0, "body")]
    smooth = catmull_rom([(z, y) for z, y in curve], 14)
    wall = [(z, y) for z, y in smooth] + [(0.3, 0.03)]
    for s in (-1, 1):  # the side walls
        parts.append(slab(sharp(wall), 0.022, at(s * W / 2, 0, 0) @ ZYX, 0))
    for x in (-0.24, 0.0, 0.24):  # ribs along the scoop
        rib = [(x, y + 0.014, z) for z, y in curve[1:]]
        parts.append(tube(rib, 0.014, slot=0))
    parts.append(box(W + 0.02, 0.02, 0.05, at(0, 0.0, 0.31), "steel"))  # the wear strip
    base = v3(0.0, 0.2, -0.24)
    a = unit(v3(0.0, 0.72, -0.5))
    L = float(rng.uniform(1.0, 1.08))
    parts.append(tube([base - a * 0.1, base + a * 0.22], [0.045, 0.03], slot=0))  # the socket
    parts.append(stick(base, base + a * L, 0.024, 1))
    P = base + a * L
    x = v3(1.0, 0.0, 0.0)
    grip = [P, P + a * 0.06 + x * 0.08, P + a * 0.2 + x * 0.09, P + a * 0.22,
            P + a * 0.2 - x * 0.09, P + a * 0.06 - x * 0.08, P]  # fmt: skip
    parts.append(tube(grip, 0.018, slot=0))
    parts.append(stick(P + a * 0.215 + x * 0.08, P + a * 0.215 - x * 0.08, 0.026, 0))
    return [p.moved(rot("y", -20)) for p in parts]


# ---- 508 cowbell -----------------------------------------------------------------------------


def _cowbell(rng: Rng) -> list[Part]:
    """A cowbell: a flattened, tapered four-sided bell of sheet metal, wider at its rolled
    mouth, a dark clapper inside it, a staple on its crown and a broad leather collar through
    it, looped up above it and fastened with a buckle."""
    shape = rrect(2.0, 1.3, 0.3, 4)
    R0, Rt, H, t = 0.27, 0.16, 0.55, 0.025
    prof = [(R0 - t, 0.0), (R0 + 0.012, 0.0), (R0 + 0.018, 0.025), (R0 + 0.002, 0.05),
            (Rt + 0.005, H - 0.03), (Rt - 0.02, H), (0.03, H + 0.01), (0.03, H - t),
            (Rt - t, H - t - 0.01), (R0 - t, 0.03)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body", closed=True, shape=shape)]
    parts.append(lathe([(0.0, 0.02), (R0 - t, 0.02), (Rt - t, H - t), (0.0, H - t)], None,
                       "pupil", shape=shape))  # its dark inside # fmt: skip
    parts.append(stick((0, H - 0.05, 0), (0, 0.12, 0.0), 0.012, "steel"))
    parts.append(sphere(1.0, at(0, 0.09, 0.02) @ scl(0.05, 0.06, 0.05), "steel"))  # clapper
    staple = [(-0.07, H - 0.01, 0.0), (-0.07, H + 0.06, 0.0), (0.0, H + 0.1, 0.0),
              (0.07, H + 0.06, 0.0), (0.07, H - 0.01, 0.0)]  # fmt: skip
    parts.append(tube(staple, 0.018, slot=0))
    R = float(rng.uniform(0.26, 0.29))
    c = v3(0.0, H + 0.06 + R * 0.85, 0.0)
    ring = [c + v3(R * np.sin(a), -R * 0.85 * np.cos(a), 0.0)
            for a in np.linspace(0.0, 2 * np.pi, 17)]  # fmt: skip
    parts.append(band(ring, 0.1, 0.016, (0, 0, 1), 1))  # the collar
    for k in range(7):  # its stitched edges
        a = 2 * np.pi * k / 7 + 0.4
        p = c + v3((R + 0.01) * np.sin(a), -(R * 0.85 + 0.01) * np.cos(a), 0.0)
        parts.append(sphere(0.012, at(*(p + v3(0, 0, 0.035))), "seed"))
    b = c + v3(R * 1.0, 0.05, 0.0)  # the buckle on its side
    frame = [(0.0, -0.09), (0.035, -0.09), (0.035, 0.09), (0.0, 0.09)]
    parts.append(tube([(b[0] + dx, b[1] + dy, 0.0) for dx, dy in frame + frame[:1]], 0.011,
                      slot="steel"))  # fmt: skip
    parts.append(box(0.02, 0.1, 0.13, at(b[0] + 0.02, b[1] - 0.05, 0.0), "steel"))
    return parts


# ---- 509 snow globe --------------------------------------------------------------------------


def _snow_globe(rng: Rng) -> list[Part]:
    """A snow globe: a clear glass sphere on a round turned wooden base, inside it a drift of
    snow with a tiny red house and a fir tree on it and white flecks of snow floating all
    round them."""
    base = [(0.0, 0.0), (0.4, 0.0), (0.42, 0.03), (0.4, 0.1), (0.33, 0.19), (0.3, 0.22),
            (0.0, 0.22)]  # fmt: skip
    parts = [lathe(base, None, 1)]
    parts.append(torus(0.3, 0.018, at(0, 0.21, 0), 1))
    parts.append(box(0.16, 0.06, 0.01, at(0, 0.07, 0.39) @ rot("x", -20), "glow"))  # a plaque
    R, cy = 0.42, 0.56
    parts.append(sphere(R, at(0, cy, 0), 0, "body"))
    ground = 0.31
    drift = [(0.0, 0.2), (0.36, 0.2), (0.37, 0.26), (0.3, ground), (0.12, ground + 0.025),
             (0.0, ground + 0.03)]  # fmt: skip
    parts.append(lathe(drift, None, "snow"))
    hx, hz = -0.1, 0.02  # the house
    w, d, h = 0.2, 0.16, 0.13
    y0 = ground + 0.02
    parts.append(box(w, h, d, at(hx, y0, hz), "card-red"))
    parts += gable(w, d, y0 + h, 0.09, at(hx, 0, hz), "snow")
    parts.append(slab(sharp([(-w / 2, 0.0), (w / 2, 0.0), (0.0, 0.09)]), d,
                      at(hx, y0 + h, hz), "card-red"))  # its gables # fmt: skip
    parts.append(box(0.045, 0.08, 0.01, at(hx - 0.04, y0, hz + d / 2), "cork"))  # the door
    parts.append(box(0.045, 0.04, 0.01, at(hx + 0.05, y0 + 0.06, hz + d / 2), "glow"))
    parts.append(box(0.03, 0.07, 0.03, at(hx + 0.05, y0 + h + 0.02, hz - 0.03), "card-red"))
    parts += tree(0.15, -0.06, 0.36, rng, conifer=True, y=ground)
    n = 0
    while n < 55:  # the flecks of snow, anywhere inside the glass above the drift
        p = rng.uniform(-1.0, 1.0, 3) * (R - 0.04)
        if np.linalg.norm(p) > R - 0.04 or p[1] + cy < ground + 0.06:
            continue
        s = float(rng.uniform(0.011, 0.018))
        turn = rot("y", float(rng.uniform(0, 90))) @ rot("x", float(rng.uniform(0, 90)))
        parts.append(box(s, s, s, at(p[0], p[1] + cy, p[2]) @ turn, "snow"))
        n += 1
    return parts


# ---- 510 ice axe -----------------------------------------------------------------------------


def _ice_axe(rng: Rng) -> list[Part]:
    """A mountaineer's ice axe standing on its spike: a straight oval shaft with a rubber grip
    low on it, and on top a steel head with a long pick curving down on one side, its
    underside toothed, and a broad flat adze on the other."""
    top = 1.2
    oval = scl(1.35, 1.0, 1.0)
    parts = [tube([(0, 0.0, 0), (0, 0.13, 0)], [0.0, 0.024], oval, 0)]  # the spike
    parts.append(tube([(0, 0.12, 0), (0, 0.16, 0)], 0.026, oval, 0))  # its ferrule
    parts.append(tube([(0, 0.15, 0), (0, top - 0.05, 0)], 0.023, oval, 1, "body"))  # the shaft
    parts.append(tube([(0, 0.2, 0), (0, 0.3, 0), (0, 0.46, 0)], [0.028, 0.029, 0.027], oval,
                      "marking"))  # the grip # fmt: skip
    for y in (0.24, 0.3, 0.36, 0.42):
        parts.append(torus(0.028, 0.006, oval @ at(0, y, 0), "marking"))
    parts.append(box(0.1, 0.11, 0.052, at(0, top - 0.08, 0), 0))  # the head's body
    parts.append(cylinder(0.02, 0.02, 0.06, at(0.0, top - 0.02, -0.03) @ rot("x", 90), "pupil"))
    droop = float(rng.uniform(0.19, 0.23))
    pick = [(0.04, top, 0.0), (0.2, top - 0.02, 0.0), (0.34, top - droop * 0.45, 0.0),
            (0.46, top - droop, 0.0)]  # fmt: skip
    radii = [0.04, 0.03, 0.022, 0.004]
    blade = np.array([[-0.32, -1.0], [0.32, -1.0], [0.32, 1.0], [-0.32, 1.0]])
    parts.append(tube(pick, radii, slot=0, shape=blade))
    path = catmull_rom(pick, 24)
    rad = np.interp(np.linspace(0, 1, 24), np.linspace(0, 1, len(pick)), radii)
    for i in range(9, 22, 2):  # teeth along its underside
        t = unit(path[i + 1] - path[i - 1])
        down = v3(t[1], -t[0], 0.0)  # square to the pick, below it
        foot = path[i] + down * rad[i] * 0.9
        tooth = [tuple(foot - t * 0.014), tuple(foot + t * 0.014), tuple(foot + down * 0.022)]
        parts.append(slab(sharp([q[:2] for q in tooth]), 0.012, None, 0))
    adze = [(-0.04, top - 0.02, 0.0), (-0.16, top - 0.05, 0.0), (-0.27, top - 0.13, 0.0)]
    wide = np.array([[-1.0, -0.16], [1.0, -0.16], [1.0, 0.16], [-1.0, 0.16]])
    parts.append(tube(adze, [0.03, 0.05, 0.068], slot=0, shape=wide))
    parts.append(box(0.06, 0.04, 0.04, at(0, top - 0.03, 0), 0))  # its cap
    return parts


# ---- 511 hurdle ------------------------------------------------------------------------------


def _hurdle(rng: Rng) -> list[Part]:
    """A track and field hurdle: two L-shaped steel frames, each a foot along the ground
    running back with a weight at its end and an upright rising at the front, a sleeve and
    clamp on each upright, and across their tops one board striped in bands."""
    W, H = 1.2, float(rng.uniform(0.86, 0.92))
    parts = []
    for s in (-1, 1):
        x = s * (W / 2 - 0.03)
        frame = [(x, H, 0.05), (x, 0.3, 0.05), (x, 0.06, 0.05), (x, 0.025, 0.02),
                 (x, 0.025, -0.05), (x, 0.025, -0.68)]  # fmt: skip
        parts.append(tube(frame, 0.026, slot=0, tag="body" if s < 0 else ""))
        parts.append(tube([(x, 0.35, 0.05), (x, 0.55, 0.05)], 0.034, slot=0))  # its sleeve
        parts.append(box(0.05, 0.05, 0.05, at(x + s * 0.03, 0.48, 0.05), "marking"))
        parts.append(box(0.1, 0.06, 0.16, at(x, 0.0, -0.62), "marking"))  # the weight
        parts.append(box(0.08, 0.03, 0.06, at(x, 0.0, 0.05), "marking"))  # a rubber foot
    board = at(0, H - 0.14, 0.08)
    n = 7
    for k in range(n):  # the board, in bands
        x = -W / 2 + W * (k + 0.5) / n
        slot = 1 if k % 2 == 0 else "snow"
        parts.append(box(W / n + 0.001, 0.15, 0.024, board @ at(x, 0, 0), slot))
    return parts


# ---- 512 basketball hoop ---------------------------------------------------------------------


def _net(r0: float, r1: float, y0: float, y1: float, c: np.ndarray, n: int = 12) -> list[Part]:
    """A basketball net hanging from a ring of radius r0 at height y0 round (x, z) of c: strands
    crossing in a diamond mesh, narrowing to radius r1 at y1."""
    sq = np.array([[-1.0, -1.0], [1.0, -1.0], [1.0, 1.0], [-1.0, 1.0]]) * 0.7
    levels = 5
    parts = []
    for k in range(n):
        for turn in (-1, 1):
            pts = []
            for L in range(levels):
                f = L / (levels - 1)
                a = 2 * np.pi * (k + turn * 0.5 * (L % 2)) / n
                r = r0 + (r1 - r0) * f**0.8
                pts.append(v3(c[0] + r * np.cos(a), y0 + (y1 - y0) * f, c[2] + r * np.sin(a)))
            parts.append(tube(pts, 0.005, slot="snow", shape=sq))
    parts.append(torus(r1 + 0.004, 0.006, at(c[0], y1, c[2]), "snow"))
    return parts


def _basketball_hoop(rng: Rng) -> list[Part]:
    """A basketball hoop: a pole on a heavy base, an arm out to a wide rectangular backboard
    with a border and a painted square on it, an orange ring under the square and a white net
    hanging from the ring."""
    bw, bh, by = 1.0, 0.6, 1.38  # the backboard's width, height and bottom edge
    bz = 0.0
    parts = [box(bw, bh, 0.03, at(0, by, bz), 0, "body")]
    face = at(0, by, bz + 0.016)
    line = 0.025
    for y, w in ((0.012, bw), (bh - 0.012, bw)):  # the border
        parts.append(box(w, line, 0.006, face @ at(0, y - line / 2, 0), 1))
    for x in (-bw / 2 + 0.012, bw / 2 - 0.012):
        parts.append(box(line, bh, 0.006, face @ at(x, 0, 0), 1))
    sw, sh, sy = 0.32, 0.24, 0.13  # the painted square over the ring
    for y in (sy, sy + sh):
        parts.append(box(sw, line, 0.006, face @ at(0, y - line / 2, 0), 1))
    for x in (-sw / 2, sw / 2):
        parts.append(box(line, sh, 0.006, face @ at(x, sy - line / 2, 0), 1))
    ring_r, ring_y = 0.13, by + 0.13
    c = v3(0.0, ring_y, bz + 0.05 + ring_r)
    parts.append(torus(ring_r, 0.012, at(*c), "fruit-orange"))
    parts.append(box(0.12, 0.03, 0.07, at(0, ring_y - 0.03, bz + 0.05), "fruit-orange"))
    parts += _net(ring_r, ring_r * 0.6, ring_y, ring_y - 0.26, c)
    pz = bz - 0.45
    parts.append(stick((0, 0.12, pz), (0, by + 0.3, pz), 0.045, 1))  # the pole
    for y in (by + 0.1, by + 0.4):  # the arm to the board's back
        parts.append(stick((0, y, pz), (0, y, bz - 0.015), 0.025, 1))
    parts.append(stick((0, by + 0.1, pz), (0, by + 0.4, bz - 0.015), 0.02, 1))
    parts.append(box(0.6, 0.14, 0.7, at(0, 0, pz - 0.05), 1))  # the base
    parts.append(box(0.5, 0.04, 0.6, at(0, 0.14, pz - 0.05), 1))
    del rng
    return parts


# ---- 513 bunker ------------------------------------------------------------------------------


def _berm(ax: float, az: float, rc: float, top: float, run: float) -> Shape:
    """A bank of earth heaped against a rounded rectangle of half sides ax and az (corners of
    radius rc) on the ground: ``top`` high at its walls, falling away over ``run`` in an S."""

    def dist(x, y, z):
        qx, qz = np.abs(x) - (ax - rc), np.abs(z) - (az - rc)
        out = np.hypot(np.maximum(qx, 0.0), np.maximum(qz, 0.0))
        out = out + np.minimum(np.maximum(qx, qz), 0.0) - rc
        t = np.clip(out / run, 0.0, 1.0)
        return ((y - top * (1.0 - t * t * (3.0 - 2.0 * t))) * 0.7).astype(np.float32)

    lo = np.array([-ax - run, -0.3, -az - run], np.float32)
    return Shape(dist, lo, np.array([ax + run, top + 0.05, az + run], np.float32))


def _bunker(rng: Rng) -> list[Part]:
    """A military bunker: a thick squat block of concrete with rounded edges under a heavy
    overhanging roof slab, half sunk in a grassy bank of earth, a long narrow firing slit
    across its front and a small dark doorway in its side reached down a cutting through the
    bank."""
    ax, az = 0.56, 0.38
    shape = rrect(2.0, 2.0 * az / ax, 0.35, 5)
    parts = [lathe(_band_profile(1.0, 0.0, 0.46), scl(ax, 1.0, ax), 0, "body", shape=shape)]
    roof = [(0.0, 0.42), (1.05, 0.42), (1.1, 0.45), (1.11, 0.52), (1.07, 0.57), (0.9, 0.59),
            (0.0, 0.6)]  # fmt: skip
    parts.append(lathe(roof, scl(ax, 1.0, ax), 0, shape=shape))
    slit_w = float(rng.uniform(0.7, 0.8))
    parts.append(box(slit_w, 0.06, 0.04, at(0, 0.3, az), "pupil"))  # the firing slit
    for s in (-1, 1):  # the splayed cheeks of its embrasure
        cheek = at(s * (slit_w / 2 + 0.03), 0.26, az + 0.015) @ rot("y", s * 35)
        parts.append(box(0.08, 0.14, 0.04, cheek, 0))
    parts.append(box(slit_w + 0.1, 0.04, 0.07, at(0, 0.255, az + 0.01), 0))  # its sill
    door = ax
    parts.append(box(0.04, 0.3, 0.2, at(door, 0.0, 0.02), "pupil"))  # the doorway
    parts.append(box(0.07, 0.05, 0.3, at(door + 0.01, 0.3, 0.02), 0))  # its lintel
    for dz in (-0.125, 0.165):
        parts.append(box(0.07, 0.3, 0.05, at(door + 0.01, 0.0, dz), 0))
    shapes = [_berm(ax, az, 0.35 * ax, 0.24, 0.5)]  # the bank of earth
    shapes.append(blob((ax + 0.35, 0.0, 0.02), (0.5, 0.34, 0.15), None, -0.04))  # the cutting
    shapes.append(cut(1, 0.0, False, 0.01, (-2, -1, -2), (2, 0.0, 2)))
    parts.append(solid(shapes, 0.05, 1))
    return parts


# ---- 514 watermelon slice --------------------------------------------------------------------


def _half_disc(r: float, n: int = 24) -> np.ndarray:
    """A half disc of radius r below the x axis (its straight edge on top), centred on 0."""
    t = np.linspace(np.pi, 2 * np.pi, n)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _watermelon(rng: Rng) -> list[Part]:
    """A half-moon slice of watermelon standing on its rind: a dark green rind round its
    curve, a thin pale band inside it and red flesh with black seeds on both faces."""
    R, D = 0.62, 0.17
    m = at(0, R, 0)
    parts = [slab(sharp(_half_disc(R)), D, m, 1)]  # the rind
    parts.append(slab(sharp(_half_disc(R - 0.045)), D + 0.008, m, "seed"))  # the pale band
    parts.append(slab(sharp(_half_disc(R - 0.075)), D + 0.016, m, 0, "body"))  # the flesh
    for s in (-1, 1):  # black seeds on either face, in two arcs, pointing to the centre
        for r, count in ((0.36, 9), (0.2, 5)):
            for k in range(count):
                a = np.pi + np.pi * (k + 0.5) / count + float(rng.uniform(-0.06, 0.06))
                x, y = r * np.cos(a), r * np.sin(a)
                seed = m @ at(x, y, s * (D / 2 + 0.008)) @ rot("z", np.degrees(a) - 90)
                parts.append(slab(leaf(0.55), 0.01, seed @ scl(0.022, 0.034, 1.0), "pupil"))
    for k in range(5):  # and a few in the flat cut on top
        x = -0.4 + 0.2 * k + float(rng.uniform(-0.04, 0.04))
        seed = m @ at(x, 0.009, float(rng.uniform(-0.04, 0.04))) @ rot("x", -90)
        parts.append(slab(leaf(0.55), 0.01, seed @ scl(0.02, 0.032, 1.0), "pupil"))
    return parts


# ---- 515 slippers ----------------------------------------------------------------------------


def _slipper(m: np.ndarray, tag: str = "") -> list[Part]:
    """One soft slipper under ``m``, its toe toward +z: a thick plush sole of the second
    material, a puffy closed toe cap and the opening behind it over a low back."""
    L, W = 0.34, 0.135  # the half length and half width
    sole = spine([(0, 0.045, -L + 0.07), (0, 0.045, 0.0), (0, 0.045, L - 0.08)],
                 [W * 0.88, W, W * 0.93], [0.045, 0.045, 0.045])  # fmt: skip
    sole.append(blob((0, 0.045, L - 0.08), (W * 0.93, 0.045, 0.08), None, 0.02))
    sole.append(blob((0, 0.045, -L + 0.07), (W * 0.88, 0.045, 0.07), None, 0.02))
    sole.append(cut(1, 0.0, False, 0.01, (-1, -1, -1), (1, 0.0, 1)))
    parts = [solid(sole, 0.02, 1).moved(m)]
    upper = [blob((0, 0.06, 0.0), (W - 0.004, 0.17, L - 0.01))]
    upper.append(blob((0, 0.07, 0.06), (W - 0.01, 0.15, L - 0.12), None, 0.04))  # the toe's puff
    upper.append(blob((0, 0.1, -0.05), (W - 0.035, 0.11, L - 0.07), None, -0.02))  # inside
    upper.append(blob((0, 0.26, -0.15), (W - 0.012, 0.15, 0.22), None, -0.03))  # the opening
    upper.append(cut(1, 0.07, False, 0.01, (-1, -1, -1), (1, 0.07, 1)))
    parts.append(solid(upper, 0.02, 0, tag).moved(m))
    return parts


def _slippers(rng: Rng) -> list[Part]:
    """A pair of soft, fluffy house slippers side by side, turned a little to show their
    profile: thick plush soles, rounded closed toes puffing up in front and low backs round
    the openings."""
    gap = float(rng.uniform(0.16, 0.18))
    turn = rot("y", -30) @ scl(1.4)
    parts = _slipper(turn @ at(-gap, 0, 0.02) @ rot("y", -4), "body")
    parts += _slipper(turn @ at(gap, 0, -0.02) @ rot("y", 5))
    return parts


MORE_APPLIANCES_V = {
    504: _ski_poles, 505: _cable_car, 506: _ski_boot, 507: _snow_shovel, 508: _cowbell,
    509: _snow_globe, 510: _ice_axe, 511: _hurdle, 512: _basketball_hoop, 513: _bunker,
    514: _watermelon, 515: _slippers,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
