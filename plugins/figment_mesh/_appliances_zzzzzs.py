"""More of the device family's appliances, from 1532: a dragon, a Dutch windmill and a
submarine.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._geometry import Part, at, rot, scl
from ._kit import (
    ALONG_X,
    FLAT_UP,
    balls,
    blocks,
    bristles,
    cloth_sheet,
    crisp,
    cut,
    ellipse,
    facing_frame,
    pt,
    rope,
    solid,
    strands,
    window,
)
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import ellipsoid
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZZS"]

Rng = np.random.Generator


# 1532 dragon

_NECK = ((0.3, 0.56, 0.0), (0.45, 0.68, 0.0), (0.5, 0.82, 0.0), (0.47, 0.95, 0.0),
         (0.53, 1.05, 0.0), (0.61, 1.09, 0.0))  # fmt: skip
_NECK_R = (0.12, 0.09, 0.075, 0.065, 0.058, 0.055)
_TAIL = ((-0.3, 0.5, 0.0), (-0.55, 0.42, 0.0), (-0.8, 0.3, 0.06), (-1.0, 0.2, 0.16),
         (-1.15, 0.15, 0.3), (-1.24, 0.15, 0.44))  # fmt: skip
_TAIL_R = (0.13, 0.09, 0.065, 0.045, 0.028, 0.014)


def _dragon_body() -> list:
    """The dragon's body: a deep chest, a long barrel, heavy haunches, the stumps of its neck
    and tail, four muscular legs (the forelegs bent back at the elbow, the hind legs crouched
    on the hock) on broad splayed feet."""
    shapes = [ellipsoid((0.0, 0.47, 0.0), (0.3, 0.15, 0.14))]
    shapes.append(ellipsoid((0.2, 0.5, 0.0), (0.19, 0.18, 0.16), None, 0.08))  # the chest
    shapes.append(ellipsoid((-0.25, 0.49, 0.0), (0.17, 0.15, 0.14), None, 0.08))  # the haunch
    shapes += rope(_NECK[:3], _NECK_R[:3], 0.06, 0.03)
    shapes += rope(_TAIL[:3], _TAIL_R[:3], 0.06, 0.03)
    for s in (-1, 1):
        shapes.append(ellipsoid((0.22, 0.43, s * 0.12), (0.11, 0.14, 0.08), None, 0.05))
        shapes += rope([(0.22, 0.4, s * 0.14), (0.15, 0.24, s * 0.18), (0.25, 0.08, s * 0.18),
                        (0.29, 0.04, s * 0.18)], [0.085, 0.062, 0.045, 0.04], 0.04, 0.02)  # fmt: skip
        shapes.append(ellipsoid((0.16, 0.3, s * 0.17), (0.06, 0.08, 0.05), None, 0.03))
        shapes.append(ellipsoid((-0.25, 0.42, s * 0.12), (0.17, 0.17, 0.085), None, 0.05))
        shapes += rope([(-0.24, 0.38, s * 0.15), (-0.12, 0.24, s * 0.18), (-0.31, 0.13, s * 0.18),
                        (-0.26, 0.04, s * 0.18)], [0.1, 0.07, 0.048, 0.042], 0.04, 0.02)  # fmt: skip
        for x in (0.32, -0.21):
            shapes.append(ellipsoid((x, 0.03, s * 0.18), (0.075, 0.035, 0.06), None, 0.03))
    shapes.append(cut(1, 0.0, False, 0.005, (-0.5, -0.1, -0.4), (0.5, 0.0, 0.4)))  # the soles
    return shapes


def _dragon_head(m: np.ndarray, gape: float) -> list[Part]:
    """A horned, crocodile-like head under ``m`` (its snout along +z, the neck's end at 0): a
    broad skull with heavy brows, a long flat snout with nostrils at its tip, the lower jaw
    dropped open by ``gape`` degrees, rows of teeth, small yellow eyes, two long horns swept
    back and a pair of short spikes at the jaw's hinge."""
    oval = ellipse(1.0, 0.6, 12)
    parts = [sphere(1.0, m @ at(0, 0.01, 0.02) @ scl(0.065, 0.058, 0.08), 0)]
    parts.append(tube([(0, 0.02, 0.03), (0, 0.012, 0.13), (0, 0.0, 0.23)], [0.055, 0.042, 0.03],
                      m, 0, shape=oval))  # the upper jaw # fmt: skip
    parts.append(sphere(1.0, m @ at(0, 0.008, 0.225) @ scl(0.034, 0.022, 0.03), 0))
    jaw = m @ at(0, -0.025, 0.0) @ rot("x", gape)
    parts.append(tube([(0, -0.005, 0.0), (0, -0.012, 0.11), (0, -0.008, 0.2)],
                      [0.045, 0.032, 0.02], jaw, 0, shape=oval))  # the lower jaw # fmt: skip
    roots, tips = [], []
    for s in (-1, 1):
        for k in range(8):  # the teeth
            z = 0.215 - 0.022 * k
            x = s * (0.02 + 0.0022 * k)
            h = 0.026 if k == 0 else 0.016
            roots.append(pt(m, x, -0.012, z))
            tips.append(pt(m, x, -0.012 - h, z))
            if k < 7:
                roots.append(pt(jaw, x * 0.9, 0.004, z - 0.03))
                tips.append(pt(jaw, x * 0.9, 0.004 + h * 0.9, z - 0.03))
        parts.append(sphere(1.0, m @ at(s * 0.045, 0.05, 0.06) @ rot("z", -s * 20)
                            @ scl(0.03, 0.018, 0.05), 0))  # the brow # fmt: skip
    nostrils = [pt(m, s * 0.014, 0.03, 0.225) for s in (-1, 1)]
    parts.append(balls(nostrils, 0.01, "marking", 6, 4))
    parts.append(balls([pt(m, s * 0.052, 0.034, 0.07) for s in (-1, 1)], [(0.014, 0.013, 0.018)],
                       "fruit-yellow", 8, 5))  # the eyes # fmt: skip
    parts.append(balls([pt(m, s * 0.062, 0.034, 0.072) for s in (-1, 1)], [(0.005, 0.01, 0.004)],
                       "pupil", 6, 4))  # fmt: skip
    parts.append(bristles(roots, tips, 0.006, "tooth"))
    horns = [[pt(m, s * 0.035, 0.05, -0.01), pt(m, s * 0.06, 0.1, -0.08),
              pt(m, s * 0.07, 0.12, -0.18), pt(m, s * 0.075, 0.1, -0.27)]
             for s in (-1, 1)]  # fmt: skip
    horns += [[pt(m, s * 0.06, -0.02, -0.02), pt(m, s * 0.09, -0.03, -0.07),
               pt(m, s * 0.11, -0.05, -0.11)] for s in (-1, 1)]  # fmt: skip
    parts.append(strands(horns[:2], [0.024, 0.018, 0.01, 0.001], 1, 7, 9))
    parts.append(strands(horns[2:], [0.014, 0.008, 0.001], 1, 5, 6))
    return parts


def _spines(ctrl, radii, lift: float, size, n: int) -> Part:
    """A row of n spines (second material) standing on the top of a tube through ``ctrl``
    (radii ``radii``), raked back, shrinking from ``size[0]`` to ``size[1]``."""
    c = catmull_rom(ctrl, n + 2)[1:-1]
    r = np.interp(np.linspace(0, 1, n + 2), np.linspace(0, 1, len(radii)), radii)[1:-1]
    d = np.gradient(catmull_rom(ctrl, n + 2), axis=0)[1:-1]
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    up = np.array([0.0, 1.0, 0.0])
    roots = c + up * (r[:, None] * lift)
    h = np.linspace(size[0], size[1], n)[:, None]
    tips = roots + up * h - d * h * 0.7
    return bristles(roots, tips, float(size[0]) * 0.3, 1)


def _wing(s: int, sweep: float) -> list[Part]:
    """A bat wing raised and spread from the shoulder on side s, turned ``sweep`` degrees so
    its tips trail outward: a strong arm bent back at the elbow, four long finger bones fanning
    out from the wrist, a clawed thumb, and the membrane (second material) stretched between
    the fingers and back to the flank, scalloped between the finger tips."""
    root = np.array([0.12, 0.62, s * 0.1])
    a, b = np.radians(40), np.radians(sweep)
    e1 = np.array([np.cos(b), 0.0, s * np.sin(b)])
    e2 = np.array([0.0, np.cos(a), s * np.sin(a)])
    nrm = np.cross(e1, e2) * s

    def p3(uv, bulge=0.0):
        uv = np.asarray(uv, float)
        return root + uv[..., :1] * e1 + uv[..., 1:] * e2 - nrm * np.asarray(bulge)[..., None]

    sh, el, wr = (0.0, 0.0), (-0.12, 0.3), (0.1, 0.56)
    tips = [(0.4, 1.04), (0.02, 1.16), (-0.4, 1.0), (-0.7, 0.6)]
    parts = [tube(p3([sh, el, wr]), [0.04, 0.028, 0.022], None, 0)]
    parts.append(balls([p3(el)], 0.03, 0, 8, 5))
    bones = [p3([wr, t]) for t in tips]
    parts.append(strands(bones, [0.016, 0.009, 0.004], 0, 6, 3))
    thumb = p3([wr, (wr[0] + 0.06, wr[1] + 0.03), (wr[0] + 0.09, wr[1] + 0.0)])
    parts.append(strands([thumb], [0.012, 0.008, 0.001], "tooth", 5, 5))
    u = np.linspace(0, 1, 9)
    v = np.linspace(0.06, 1, 7)
    bulge = 0.03 * np.sin(np.pi * u)[None] * np.sin(np.pi * v)[:, None]
    w = np.array(wr)
    for t0, t1 in pairwise(tips):  # the panels between the fingers
        a0, a1 = np.array(t0), np.array(t1)
        edge = a0 + (a1 - a0) * u[:, None]
        edge += (w - edge) * (0.28 * np.sin(np.pi * u))[:, None]
        grid = w + (edge[None] - w) * v[:, None, None]
        parts.append(cloth_sheet(p3(grid, bulge), 0.006, 1))
    arm = p3(catmull_rom([sh, el, wr], len(u)))  # the panel from the arm back to the flank
    flank = np.array([-0.3, 0.58, s * 0.13])
    trail = flank + (p3(tips[-1]) - flank) * u[:, None]
    trail += (arm - trail) * (0.22 * np.sin(np.pi * u))[:, None]
    v = np.linspace(0, 1, 7)
    grid = arm[None] + (trail - arm)[None] * v[:, None, None] - nrm * bulge[..., None]
    parts.append(cloth_sheet(grid, 0.006, 1))
    return parts


def _dragon(rng: Rng) -> list[Part]:
    """A western dragon standing four-square, side on: a long muscular scaly body on four
    clawed legs, a long S-curved neck rising to a horned, crocodile-like head with its jaws a
    little open on rows of teeth, two long horns swept back, a row of spines down the neck,
    back and the long tapering tail that curls round to a spade-shaped tip, and two great bat
    wings raised and spread from the shoulders, their membranes stretched between long finger
    bones."""
    parts = [solid(_dragon_body(), 0.03, 0, "body")]
    parts.append(tube(_NECK[1:], _NECK_R[1:], None, 0))
    parts.append(tube(_TAIL[1:], _TAIL_R[1:], None, 0))
    head = facing_frame(np.array(_NECK[-1]), (1.0, -0.25, 0.0))
    parts += _dragon_head(head, 14 + float(rng.uniform(-4, 6)))
    parts.append(_spines(_NECK[1:], _NECK_R[1:], 0.8, (0.065, 0.045), 9))
    back = [(0.32, 0.66, 0.0), (0.05, 0.6, 0.0), (-0.2, 0.63, 0.0), (-0.4, 0.56, 0.0)]
    parts.append(_spines(back, [0.02], 0.0, (0.07, 0.06), 8))
    parts.append(_spines(_TAIL[1:], _TAIL_R[1:], 0.8, (0.06, 0.015), 14))
    tip = np.array(_TAIL[-1])
    spade = [(-0.02, 0.0), (0.0, 0.05), (0.05, 0.07), (0.15, 0.0), (0.05, -0.07), (0.0, -0.05)]
    m = facing_frame(tip, np.cross(tip - np.array(_TAIL[-2]), (0.0, 1.0, 0.0)))
    parts.append(slab(sharp(spade), 0.012, m, 1))
    claws = []
    for x in (0.38, -0.15):  # three on each foot
        for z in (-0.215, -0.18, -0.145, 0.145, 0.18, 0.215):
            claws.append([(x - 0.01, 0.035, z), (x + 0.02, 0.03, z * 1.05),
                          (x + 0.035, 0.004, z * 1.08)])  # fmt: skip
    parts.append(strands(claws, [0.012, 0.008, 0.001], "tooth", 5, 5))
    sweep = -25 + float(rng.uniform(-4, 4))
    for s in (-1, 1):
        parts += _wing(s, sweep)
    yaw = 24 + float(rng.uniform(-4, 4))
    return [q.moved(rot("y", yaw)) for q in parts]


# 1533 windmill


def _sail(m: np.ndarray, length: float) -> list[Part]:
    """One windmill sail along +y under ``m`` (the hub at 0): a long spar with a lattice of
    thin cross bars carried on rails along its trailing side and a narrow leading board."""
    parts = [box(0.028, length, 0.028, m, 1)]
    y0, w = 0.14, 0.17
    ys = np.linspace(y0, length - 0.01, 15)
    bars = [(w / 2 - 0.02, y, 0.018) for y in ys]
    parts.append(blocks(bars, (w + 0.05, 0.008, 0.01), m, 1))
    rails = [(x, y0, 0.026) for x in (-0.04, w / 2 - 0.02, w)]
    parts.append(blocks(rails, (0.01, length - y0, 0.012), m, 1))
    return parts


def _windmill(rng: Rng) -> list[Part]:
    """A Dutch windmill: a tall tapering octagonal tower on a low brick base, its corner posts
    standing out, a railed gallery round it partway up on struts, a door and small windows,
    a boat-shaped cap on top with a tail pole running down to the gallery, and four long
    lattice sails in an X on the windshaft in front of the cap, tilted a little back."""
    h, r0, r1, b = 1.42, 0.3, 0.17, 0.26
    face = rot("y", 22.5)
    t = np.radians(22.5 + 45 * np.arange(8))
    octagon = np.stack([np.cos(t), np.sin(t)], 1) * (r0 + 0.03)
    parts = [slab(sharp(octagon), b, at(0, b / 2, 0) @ FLAT_UP, 0, "body")]  # the base
    parts.append(lathe(crisp([(0.0, b - 0.01), (r0, b - 0.01), (r1, h), (0.0, h)]), face, 0,
                       sides=8))  # the tower # fmt: skip
    c, s = np.cos(t), np.sin(t)  # the corner posts
    posts = [[(r0 * c[k], b, r0 * s[k]), (r1 * c[k], h, r1 * s[k])] for k in range(8)]
    parts.append(strands(posts, 0.012, 1, 5, 2))
    parts.append(cylinder(r1 + 0.02, r1 + 0.02, 0.04, at(0, h - 0.02, 0), 1))  # the curb
    ap = np.cos(np.radians(22.5))  # a face's distance out per unit of radius
    lean = np.degrees(np.arctan((r0 - r1) * ap / (h - b)))

    def on_wall(y: float) -> np.ndarray:
        r = r0 + (r1 - r0) * (y - b) / (h - b)
        return at(0, y, r * ap + 0.004) @ rot("x", -lean)

    front = (r0 + 0.03) * ap
    parts.append(box(0.13, 0.21, 0.02, at(0, 0.0, front), 1))  # the door
    parts.append(box(0.16, 0.025, 0.03, at(0, 0.21, front), 1))
    parts += window(on_wall(0.78), 0.07, 0.1)
    parts += window(on_wall(1.06), 0.055, 0.08)
    g = 0.56  # the gallery
    parts.append(cylinder(0.46, 0.46, 0.025, at(0, g, 0) @ face, 1))
    a = np.radians(np.arange(16) * 22.5)
    c, s = np.cos(a), np.sin(a)
    parts.append(blocks(np.stack([0.44 * c, np.full(16, g), 0.44 * s], 1), (0.015, 0.12, 0.015),
                        None, 1))  # the railing's posts # fmt: skip
    struts = [[(r0 * c[k], b, r0 * s[k]), (0.4 * c[k], g, 0.4 * s[k])] for k in range(0, 16, 2)]
    parts.append(strands(struts, 0.01, 1, 5, 2))
    parts.append(torus(0.44, 0.008, at(0, g + 0.12, 0), 1))
    parts.append(torus(0.44, 0.006, at(0, g + 0.065, 0), 1))
    cap = [(0.0, 0.0), (r1 + 0.05, 0.0), (r1 + 0.05, 0.04), (r1 + 0.02, 0.12), (0.13, 0.2),
           (0.05, 0.245), (0.0, 0.25)]  # fmt: skip
    parts.append(lathe(cap, at(0, h + 0.02, 0) @ scl(1.0, 1.0, 1.35), 1))
    parts.append(tube([(0, h + 0.06, -0.26), (0, g + 0.35, -0.55), (0, g + 0.13, -0.6)], 0.014,
                      None, 1))  # the tail pole and its braces # fmt: skip
    braces = [[(x, h + 0.06, -0.2), (0.0, g + 0.35, -0.55)] for x in (-0.06, 0.06)]
    parts.append(strands(braces, 0.009, 1, 5, 2))
    hub = np.array([0.0, h + 0.13, 0.33])
    tilt = rot("x", -10)
    parts.append(cylinder(0.045, 0.05, 0.22, at(0, h + 0.1, 0.12) @ tilt @ rot("x", 90), 1))
    turn = float(rng.uniform(-8, 8))
    for k in range(4):
        m = at(*hub) @ tilt @ rot("z", 45 + 90 * k + turn)
        parts += _sail(m, 0.86)
    parts.append(sphere(0.05, at(*hub) @ tilt @ scl(1.0, 1.0, 0.7), 1))
    return parts


# 1534 submarine

_HULL = [(0.0, 0.0), (0.012, 0.008), (0.024, 0.05), (0.04, 0.13), (0.056, 0.24), (0.064, 0.35),
         (0.065, 0.45), (0.065, 0.82), (0.06, 0.9), (0.048, 0.955), (0.028, 0.988),
         (0.0, 1.0)]  # fmt: skip
"""The hull's profile: (radius, distance from the stern) for a hull 1 long."""


def _hull_r(t: float) -> float:
    """The hull's radius at distance t from the stern."""
    r, x = zip(*_HULL, strict=True)
    return float(np.interp(t, x, r))


def _fin(m: np.ndarray, span: float, chord: float, slot=0) -> Part:
    """A swept fin under ``m`` from its root at 0 out along +y, its chord along x (leading
    edge at +x): a thin tapering slab."""
    out = [(-chord, 0.0), (chord * 0.1, 0.0), (chord * 0.05, span), (-chord * 0.75, span)]
    return slab(sharp(out), 0.01, m, slot)


def _submarine(rng: Rng) -> list[Part]:
    """A submarine lying level, side on: a long cigar-shaped hull with a rounded bow and a long
    tapering stern, a flat deck casing along its top with two round hatches and rows of
    flood holes along its sides, a tall narrow sail (conning tower) forward of the middle with
    dive planes on its sides and a periscope and a mast rising from its top, a cross of four
    fins at the stern and a seven-bladed propeller at the tail."""
    R = 0.065
    parts = [lathe(_HULL, at(-0.5, R, 0) @ ALONG_X, 0, "body")]
    parts.append(box(0.68, 0.012, 0.05, at(0.05, 2 * R - 0.006, 0), 0))  # the deck casing
    for x in (-0.12, 0.36):  # the hatches
        parts.append(cylinder(0.016, 0.014, 0.01, at(x, 2 * R + 0.004, 0), 1))
    sx = 0.15  # the sail
    plan = [(0.085, 0.0), (0.075, 0.016), (0.04, 0.022), (-0.03, 0.021), (-0.075, 0.01),
            (-0.085, 0.0), (-0.075, -0.01), (-0.03, -0.021), (0.04, -0.022),
            (0.075, -0.016)]  # fmt: skip
    sh = 0.15
    parts.append(slab(plan, sh, at(sx, 2 * R + sh / 2 - 0.01, 0) @ FLAT_UP, 0))
    parts.append(slab([(x * 0.96, y * 0.96) for x, y in plan], 0.006,
                      at(sx, 2 * R + sh - 0.01, 0) @ FLAT_UP, 0))  # fmt: skip
    for s in (-1, 1):  # the sail's dive planes and the bow planes
        parts.append(_fin(at(sx + 0.045, 2 * R + 0.09, s * 0.018) @ rot("x", s * 90), 0.06,
                          0.04))  # fmt: skip
        parts.append(_fin(at(0.36, R + 0.01, s * 0.05) @ rot("x", s * 90), 0.045, 0.035))
    top = 2 * R + sh - 0.01
    parts.append(cylinder(0.005, 0.005, 0.08, at(sx + 0.04, top, 0), "steel"))  # the periscope
    parts.append(box(0.016, 0.012, 0.01, at(sx + 0.044, top + 0.078, 0), "steel"))
    parts.append(cylinder(0.004, 0.002, 0.06, at(sx, top, 0), "steel"))  # the mast
    parts.append(cylinder(0.007, 0.007, 0.03, at(sx - 0.04, top, 0), "steel"))  # the snorkel
    st = -0.5 + 0.15  # the stern fins, the lower one's tip level with the keel
    root = _hull_r(0.15) * 0.7
    for k in range(4):
        span = R - root + (0.025 if k % 2 else 0.0)
        parts.append(_fin(at(st, R, 0) @ rot("x", 90 * k) @ at(0, root, 0), span, 0.09))
    parts.append(cylinder(0.01, 0.006, 0.03, at(-0.49, R, 0) @ rot("z", 90), 1))  # the shaft
    hub = at(-0.515, R, 0)
    parts.append(sphere(1.0, hub @ scl(0.014, 0.012, 0.012), 1))
    spin = float(rng.uniform(0, 50))
    for k in range(7):  # the propeller
        m = hub @ rot("x", spin + 360 * k / 7) @ at(0, 0.026, 0) @ rot("y", 35)
        parts.append(sphere(1.0, m @ scl(0.01, 0.024, 0.003), 1))
    holes = []
    for i in range(22):  # the flood holes
        x = -0.22 + 0.028 * i
        for s in (-1, 1):
            holes.append((x, 2 * R - 0.018, s * 0.046))
    parts.append(balls(holes, [(0.009, 0.003, 0.004)], "marking", 4, 2))
    return [q.moved(rot("y", 8)) for q in parts]


MORE_APPLIANCES_ZZZZZS = {1532: _dragon, 1533: _windmill, 1534: _submarine}
"""These appliances by the device family's ``appliance``."""
