"""More of the device family's appliances, from 1265: birds of prey and birds kept or admired:
a bald eagle, a falcon, a vulture, a cockatoo, a budgerigar, a loon, a gamecock and a
nightingale.

Each stands on y = 0, built head toward +x and turned to show its side, its head a little
toward the viewer (+z): its plumage in the first material, the second material where each
build says, its markings, beak, feet and perch in fixed colours. The bodies are smooth
distance-field solids; each patch of colour on them is the same skin grown a little and kept
inside an ellipsoid, so its edge follows the body.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, align, at, rot, scl
from ._kit import (
    FLAT_UP,
    HEX,
    bird_beak,
    bird_eyes,
    bird_rows,
    colour_patch,
    cut,
    ellipse,
    flat_tail,
    folded_wings,
    hoop,
    loft,
    rope,
    skin_field,
    skin_hits,
    skin_streak,
    skin_strip,
    solid,
    studs,
    turned,
)
from ._primitives import catmull_rom, cylinder, slab, sphere, tube
from ._sdf import Field, ellipsoid

__all__ = ["MORE_APPLIANCES_ZZZZH"]

Rng = np.random.Generator

_FLAT = ellipse(1.0, 1.0, 8)


# Skins and patches of colour on them


def _spots(field: Field, c, dirs, r: float, slot, lift: float = 0.006) -> Part:
    """Small round spots of colour on a skin, one where each ray from c along dirs leaves it."""
    d = np.asarray(dirs, float)
    ps, ns = skin_hits(field, np.tile(np.asarray(c, float), (len(d), 1)), d, start=0.002)
    return studs(ps + ns * lift, ns, r, 0.006, slot, 6)


# Pieces of a bird of its own (the shared ones are _kit's), head toward +x, right side toward +z


def _wing_bars(ctrl, at_rows, tilt: float, slot="marking", r: float = 0.003) -> list[Part]:
    """Thin dark crescents across the outer face of both folded wings (as ``_wings`` builds
    them) at the fractions ``at_rows`` of the way from shoulder to tip."""
    w = bird_rows(ctrl, 40)
    a = np.radians(tilt)
    parts = []
    for f in at_rows:
        x, y, z, h, t = w[min(int(f * 39), 39)]
        th = np.radians(np.linspace(-75, 75, 4))
        for s in (-1, 1):
            pts = [(x, y + h * np.sin(q) * np.cos(a) + t * 1.08 * np.cos(q) * np.sin(a),
                    s * (z - h * np.sin(q) * np.sin(a) + t * 1.08 * np.cos(q) * np.cos(a)))
                   for q in th]  # fmt: skip
            parts.append(tube(pts, r, None, slot, shape=HEX))
    return parts


def _quill(pts, width, thick: float, slot=0, z=0.0) -> Part:
    """A flat feather (a crest's, a tail's plume) along a curve through (x, y) points at z (or
    a z per point), its flat face toward z, ``width`` (per point) wide across the curve within
    the xy plane."""
    p = catmull_rom(np.asarray(pts, float), 14)
    f, at_pts = np.linspace(0, 1, 14), np.linspace(0, 1, len(pts))
    w = np.interp(f, at_pts, np.broadcast_to(np.asarray(width, float), len(pts)))
    zz = np.interp(f, at_pts, np.broadcast_to(np.asarray(z, float), len(pts)))
    t = np.gradient(p, axis=0)
    t /= np.linalg.norm(t, axis=1, keepdims=True)
    zero = np.zeros(14)
    c = np.stack([p[:, 0], p[:, 1], zz], 1)
    u = np.stack([-t[:, 1] * w, t[:, 0] * w, zero], 1)
    v = np.stack([zero, zero, zero + thick / 2], 1)
    return loft(c, u, v, _FLAT, slot)


def _grip(x: float, hip: float, top: float, twig_r: float, r: float, slot=1,
          spread: float = 0.05, talon=None, back: int = 1) -> list[Part]:  # fmt: skip
    """Two short legs from the hips (at height ``hip``) down to a branch along z whose top is
    at (x, top), two toes curled over its front and ``back`` over its back, each ending in a
    hooked ``talon`` when given."""
    parts = []
    cy, rr = top - twig_r, twig_r + r * 0.7
    toes = [(90, 15, -0.012), (90, 15, 0.012)]
    toes += [(90, 165, 0.0)] if back == 1 else [(90, 165, -0.01), (90, 165, 0.01)]
    for s in (-1, 1):
        z = s * spread
        parts.append(tube([(x - 0.01, hip, z * 0.8), (x, top + r, z)], [r * 1.3, r], None, slot,
                          "legs"))  # fmt: skip
        for a0, a1, dz in toes:
            t = np.radians(np.linspace(a0, a1, 4))
            pts = [(x + rr * np.cos(a), cy + rr * np.sin(a), z + dz * (i / 3))
                   for i, a in enumerate(t)]  # fmt: skip
            parts.append(tube(pts, [r, r, r * 0.8, r * 0.6], None, slot, shape=HEX))
            if talon:
                sweep = 45 if a1 < a0 else -45
                t2 = np.radians(np.linspace(a1, a1 - sweep, 3))
                k = (1.0, 0.9, 0.78)
                tip = [(x + rr * f * np.cos(a), cy + rr * f * np.sin(a), z + dz)
                       for f, a in zip(k, t2, strict=True)]  # fmt: skip
                parts.append(tube(tip, [r * 0.6, r * 0.4, r * 0.08], None, talon, shape=HEX))
    return parts


def _branch(top: float, r: float, rng: Rng, slot=1, rise: float = 0.14) -> list[Part]:
    """A thick bare branch across the bird's feet (along z, its top at ``top``), growing out of
    a stump standing behind to the bird's left (broken off ``rise`` above the branch), a
    snapped side shoot at its free end."""
    y = top - r
    sway = float(rng.uniform(-0.02, 0.02))
    parts = [tube([(0.03, y - 0.04, -0.4), (0.0, y, 0.0), (sway, y + 0.02, 0.32)],
                  [r * 1.25, r, r * 0.75], None, slot, "perch")]  # fmt: skip
    parts.append(tube([(0.05, 0.0, -0.43), (0.03, y, -0.42), (0.04, y + rise, -0.44)],
                      [r * 2.0, r * 1.6, r * 1.4], None, slot))  # the stump # fmt: skip
    parts.append(cylinder(r * 1.4, r * 0.9, 0.05, at(0.04, y + rise, -0.44), slot))
    parts.append(tube([(sway, y + 0.02, 0.24), (sway + 0.05, y + 0.12, 0.3),
                       (sway + 0.06, y + 0.16, 0.31)], [r * 0.55, r * 0.4, r * 0.3], None,
                      slot))  # fmt: skip
    return parts


def _across(parts: list[Part], x: float, yaw: float = -35.0) -> list[Part]:
    """A perch and the feet gripping it (built along z) swung about the upright through
    (x, 0, 0), so that it crosses the bird's path aslant rather than pointing at the viewer."""
    m = at(x, 0.0, 0.0) @ rot("y", yaw) @ at(-x, 0.0, 0.0)
    return [p.moved(m) for p in parts]


# 1265 bald eagle


def _bald_eagle(rng: Rng) -> list[Part]:
    """A bald eagle perched upright on a thick branch out of a stump: a big heavy dark brown
    body and folded wings, dark feathered thighs, a white head and neck with a jutting brow
    over its pale yellow eyes, a big deep yellow beak hooked down at its tip, a broad white
    tail fanned below the branch, yellow feet gripping it with long black talons."""
    top = 0.34
    head = (0.14, 0.95, 0.0)
    shapes = [ellipsoid((0.0, 0.62, 0.0), (0.28, 0.17, 0.17), rot("z", 70))]
    shapes.append(ellipsoid((0.06, 0.64, 0.0), (0.14, 0.2, 0.16), None, 0.07))  # the breast
    shapes += rope([(0.06, 0.78, 0.0), (0.11, 0.89, 0.0)], [0.12, 0.09], 0.06)  # the neck
    shapes.append(ellipsoid(head, (0.115, 0.078, 0.08), rot("z", -5), 0.05))
    for s in (-1, 1):  # the brows and the feathered thighs
        shapes.append(ellipsoid((0.19, 0.975, s * 0.042), (0.055, 0.018, 0.03), rot("z", -14),
                                0.025))  # fmt: skip
        shapes.append(ellipsoid((0.03, 0.44, s * 0.065), (0.075, 0.09, 0.055), None, 0.04))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.02, 0, "body")]
    parts.append(colour_patch(shapes, (0.15, 0.96, 0.0), (0.18, 0.17, 0.3), "snow", 15, 0.007))
    y0 = 0.93
    beak = [(0.2, y0, 0.046, 0.034), (0.245, y0 + 0.005, 0.043, 0.028),
            (0.29, y0 - 0.004, 0.034, 0.022), (0.318, y0 - 0.028, 0.021, 0.014),
            (0.318, y0 - 0.056, 0.01, 0.008), (0.304, y0 - 0.074, 0.002, 0.002)]  # fmt: skip
    parts.append(bird_beak(beak, "plume-tip"))
    parts.append(bird_beak([(0.2, y0 - 0.033, 0.02, 0.028), (0.26, y0 - 0.04, 0.012, 0.017),
                        (0.29, y0 - 0.042, 0.003, 0.006)], "plume-tip"))  # fmt: skip
    parts.append(bird_beak([(0.21, y0 - 0.026, 0.003, 0.032), (0.29, y0 - 0.033, 0.002, 0.02)],
                       "marking"))  # the gape # fmt: skip
    parts += bird_eyes(field, head, (0.6, 0.05, 0.8), 0.013, "plume-tip", 1.6, 0.006)
    wing = [(0.09, 0.82, 0.12, 0.1, 0.035), (0.02, 0.66, 0.15, 0.13, 0.042),
            (-0.05, 0.5, 0.135, 0.1, 0.036), (-0.11, 0.37, 0.095, 0.05, 0.02),
            (-0.13, 0.3, 0.055, 0.01, 0.006)]  # fmt: skip
    parts += folded_wings(wing, 18)
    fan = [(0.0, -0.075), (0.26, -0.125), (0.28, -0.04), (0.285, 0.0), (0.28, 0.04),
           (0.26, 0.125), (0.0, 0.075)]  # fmt: skip
    parts.append(flat_tail(fan, (-0.1, 0.44), 66 + float(rng.uniform(-3, 3)), 0.03, "snow"))
    perch = _grip(0.03, 0.42, top, 0.05, 0.017, "plume-tip", 0.065, "marking")
    parts += _across(perch + _branch(top, 0.05, rng), 0.03)
    return turned(parts, rng, 16.0)


# 1266 falcon


def _falcon(rng: Rng) -> list[Part]:
    """A peregrine falcon perched upright on a wooden block post, leather jesses hanging from
    its legs: a slim slate body, a small round head under a black hood that runs down below
    each eye in a thick moustache stripe, a pale throat and chest barred across in the second
    material, a short sharply hooked dark beak on a yellow cere, big dark eyes ringed yellow,
    long pointed wings folded to the tip of its tail, yellow feet."""
    top = 0.42
    head = (0.07, top + 0.42, 0.0)
    shapes = [ellipsoid((0.0, top + 0.2, 0.0), (0.21, 0.1, 0.1), rot("z", 74))]
    shapes.append(ellipsoid((0.04, top + 0.22, 0.0), (0.09, 0.13, 0.095), None, 0.05))
    shapes += rope([(0.04, top + 0.32, 0.0), (0.06, top + 0.38, 0.0)], [0.07, 0.06], 0.04)
    shapes.append(ellipsoid(head, (0.072, 0.064, 0.062), None, 0.03))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.016, 0, "body")]
    parts.append(colour_patch(shapes, (0.1, top + 0.24, 0.0), (0.095, 0.2, 0.3), "plaster", 8,
                              0.006, 0.014))  # fmt: skip
    parts.append(colour_patch(shapes, (0.03, top + 0.46, 0.0), (0.1, 0.065, 0.3), "marking", 20,
                              0.009, 0.012))  # the hood # fmt: skip
    parts += skin_streak(field, head, [(0.45, 0.05, 1.0), (0.4, -0.35, 1.0), (0.45, -0.7, 0.8)],
                     0.028, "marking", 0.01)  # the moustache # fmt: skip
    for k in range(6):  # the bars across the chest
        c = (0.0, top + 0.12 + 0.034 * k, 0.0)
        parts += skin_streak(field, c, [(1.0, 0.0, 0.12), (0.75, 0.0, 0.66)], 0.009, 1, 0.01)
    y0 = head[1] - 0.01
    parts.append(bird_beak([(0.12, y0, 0.022, 0.018), (0.147, y0 + 0.002, 0.019, 0.013),
                        (0.165, y0 - 0.012, 0.011, 0.008), (0.164, y0 - 0.028, 0.003, 0.003)],
                       "glaze"))  # fmt: skip
    parts.append(bird_beak([(0.115, y0 + 0.002, 0.025, 0.021), (0.128, y0 + 0.002, 0.024, 0.02)],
                       "plume-tip"))  # the cere # fmt: skip
    parts += bird_eyes(field, head, (0.55, 0.15, 0.82), 0.012, "plume-tip", 1.35)
    wing = [(0.04, top + 0.34, 0.075, 0.07, 0.025), (0.0, top + 0.22, 0.095, 0.085, 0.03),
            (-0.05, top + 0.07, 0.085, 0.06, 0.024), (-0.09, top - 0.07, 0.05, 0.025, 0.012),
            (-0.11, top - 0.15, 0.025, 0.004, 0.004)]  # fmt: skip
    parts += folded_wings(wing, 16)
    narrow = [(0.0, -0.04), (0.25, -0.05), (0.26, 0.0), (0.25, 0.05), (0.0, 0.04)]
    parts.append(flat_tail(narrow, (-0.06, top + 0.08), 72 + float(rng.uniform(-3, 3)), 0.02))
    parts += _grip(0.04, top + 0.08, top, 0.0, 0.011, "plume-tip", 0.04, "marking")
    post = 0.075
    parts.append(cylinder(post, post, top - 0.02, None, 1, "perch"))
    parts.append(cylinder(post, post * 0.8, 0.02, at(0, top - 0.02, 0), 1))
    sway = float(rng.uniform(-0.01, 0.01))
    for s in (-1, 1):  # the jesses
        z = s * 0.04
        parts.append(tube([(0.05, top + 0.03, z), (0.09, top - 0.01, z * 1.2),
                           (0.1 + sway, top - 0.09, z * 1.3)], [0.005, 0.005, 0.004], None, 1,
                          shape=ellipse(1.0, 0.35, 6)))  # fmt: skip
    return turned(parts, rng)


# 1267 vulture


def _vulture(rng: Rng) -> list[Part]:
    """A griffon vulture hunched on a dead branch: a big heavy dark body, its shoulders and
    folded wings hunched up above its back, the flight feathers reaching past a short tail, a
    fluffy white ruff round the base of its neck, a long bare wrinkled neck (the second
    material) craning forward and down to a small bare head, a heavy hooked pale beak with a
    dark tip, dark eyes, thick pale legs gripping the branch."""
    top = 0.3
    head = (0.44, 0.6, 0.0)
    shapes = [ellipsoid((0.0, 0.56, 0.0), (0.27, 0.18, 0.18), rot("z", 28))]
    shapes.append(ellipsoid((0.1, 0.52, 0.0), (0.14, 0.17, 0.16), None, 0.07))  # the crop
    for s in (-1, 1):  # the hunched shoulders and the thighs
        shapes.append(ellipsoid((0.05, 0.76, s * 0.11), (0.13, 0.09, 0.09), rot("z", 25), 0.06))
        shapes.append(ellipsoid((0.03, 0.4, s * 0.07), (0.07, 0.08, 0.06), None, 0.04))
    parts = [solid(shapes, 0.022, 0, "body")]
    base = np.array([0.2, 0.7, 0.0])
    neck = [tuple(base), (0.29, 0.76, 0.0), (0.37, 0.74, 0.0), (0.41, 0.67, 0.0)]
    parts.append(tube(neck, [0.036, 0.032, 0.03, 0.03], None, 1, "neck"))
    skull = ellipsoid(head, (0.07, 0.052, 0.05), rot("z", -30))
    parts.append(sphere(1.0, at(*head) @ rot("z", -30) @ scl(0.07, 0.052, 0.05), 1, "head"))
    parts.append(sphere(1.0, at(0.48, 0.59, 0.0) @ rot("z", -20) @ scl(0.04, 0.034, 0.034), 1))
    face = skin_field([skull])
    path = catmull_rom(np.asarray(neck, float), 10)
    for k in range(2, 9):  # the wrinkles round the neck
        d = path[k + 1] - path[k - 1]
        parts.append(hoop(0.031, 0.005, at(*path[k]) @ align(d), 1, 14, 4))
    wob = rng.uniform(-0.008, 0.008, (16, 3))
    lumps = []
    e1, e2 = np.array([0.0, 0.0, 1.0]), np.array([-0.55, 0.83, 0.0])
    for k in range(16):  # the ruff: a ring of fluffy lumps round the neck's base
        a = 2 * np.pi * k / 16
        c = base + (0.015, -0.01, 0.0) + 0.07 * (np.cos(a) * e1 + np.sin(a) * e2)
        lumps.append(ellipsoid(c + wob[k], (0.042, 0.042, 0.042), None, 0.03))
    parts.append(solid(lumps, 0.016, "sheet", "ruff"))
    y0 = 0.595
    beak = [(0.5, y0, 0.036, 0.028), (0.55, y0 + 0.004, 0.034, 0.024),
            (0.59, y0 - 0.01, 0.026, 0.018), (0.607, y0 - 0.036, 0.014, 0.012),
            (0.6, y0 - 0.06, 0.003, 0.003)]  # fmt: skip
    parts.append(bird_beak(beak, "plaster"))
    tip = [(x, y, h * 1.08 + 0.002, w * 1.08 + 0.002) for x, y, h, w in beak[2:]]
    parts.append(bird_beak([(0.575, y0 - 0.002, 0.031, 0.021), *tip], "marking"))
    parts.append(bird_beak([(0.5, y0 - 0.028, 0.016, 0.024), (0.56, y0 - 0.033, 0.009, 0.014)],
                       "plaster"))  # fmt: skip
    parts += bird_eyes(face, head, (0.4, 0.45, 0.8), 0.009)
    wing = [(0.16, 0.78, 0.15, 0.1, 0.04), (0.02, 0.76, 0.18, 0.14, 0.05),
            (-0.15, 0.63, 0.165, 0.11, 0.045), (-0.3, 0.47, 0.1, 0.05, 0.025),
            (-0.38, 0.4, 0.05, 0.01, 0.008)]  # fmt: skip
    parts += folded_wings(wing, 8)
    parts += folded_wings([(x, y, z * 1.03, h * 1.05, t * 1.2) for x, y, z, h, t in wing[2:]], 8,
                    "marking", 10)  # fmt: skip
    short = [(0.0, -0.07), (0.16, -0.08), (0.17, 0.0), (0.16, 0.08), (0.0, 0.07)]
    parts.append(flat_tail(short, (-0.2, 0.43), 50, 0.03, "marking"))
    perch = _grip(0.04, 0.4, top, 0.045, 0.018, "plaster", 0.07, "marking")
    parts += _across(perch + _branch(top, 0.045, rng, "soil", 0.0), 0.04)
    return turned(parts, rng, 20.0)


# 1268 cockatoo


def _crest(c, n: int, length: float, rng: Rng, slot="plume-tip") -> list[Part]:
    """A raised crest of ``n`` long narrow feathers fanned up from the crown at c, the back
    ones leaning back, the front ones curling forward at their tips."""
    parts = []
    for k in range(n):
        f = k / (n - 1)
        a = np.radians(150 - 95 * f + float(rng.uniform(-4, 4)))
        ln = length * (0.6 + 0.55 * np.sin(np.pi * (0.25 + 0.6 * f)))
        d = np.array([np.cos(a), np.sin(a)])
        side = np.array([-d[1], d[0]])
        p0 = np.asarray(c[:2], float) + d * 0.01
        p1 = p0 + d * ln * 0.55
        p2 = p0 + d * ln - side * ln * 0.22
        z = (0.012 if k % 2 else -0.012) * (1 - f)
        parts.append(_quill([p0, p1, p2], [0.012, 0.016, 0.002], 0.008, slot, z))
    return parts


def _cockatoo(rng: Rng) -> list[Part]:
    """A sulphur-crested cockatoo on a wooden T-stand: an all-white parrot sitting upright, a
    tall fan of narrow yellow crest feathers raised from its crown and curling forward, a big
    curved dark grey hooked beak, dark eyes, a long tail hanging below the perch, grey feet
    with two toes in front and two behind gripping the bar."""
    top = 0.42
    head = (0.08, top + 0.41, 0.0)
    shapes = [ellipsoid((0.0, top + 0.18, 0.0), (0.2, 0.135, 0.13), rot("z", 76))]
    shapes.append(ellipsoid((0.045, top + 0.22, 0.0), (0.11, 0.14, 0.125), None, 0.06))
    shapes.append(ellipsoid(head, (0.095, 0.09, 0.085), None, 0.06))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.018, 0, "body")]
    parts += _crest((head[0] - 0.015, head[1] + 0.055), 8, 0.21, rng)
    y0 = head[1] - 0.01
    beak = [(0.15, y0 + 0.01, 0.04, 0.032), (0.185, y0 + 0.006, 0.038, 0.027),
            (0.212, y0 - 0.02, 0.029, 0.021), (0.218, y0 - 0.048, 0.015, 0.012),
            (0.207, y0 - 0.07, 0.003, 0.004)]  # fmt: skip
    parts.append(bird_beak(beak, "marking"))
    parts.append(sphere(1.0, at(0.165, y0 - 0.036, 0.0) @ scl(0.032, 0.026, 0.028), "marking"))
    parts += bird_eyes(field, head, (0.5, 0.25, 0.85), 0.012, "plaster", 1.5)
    wing = [(0.05, top + 0.33, 0.11, 0.08, 0.028), (0.0, top + 0.2, 0.13, 0.1, 0.034),
            (-0.05, top + 0.06, 0.12, 0.07, 0.028), (-0.08, top - 0.04, 0.075, 0.03, 0.014),
            (-0.09, top - 0.08, 0.035, 0.005, 0.004)]  # fmt: skip
    parts += folded_wings(wing, 16)
    long = [(0.0, -0.065), (0.28, -0.075), (0.3, 0.0), (0.28, 0.075), (0.0, 0.065)]
    parts.append(flat_tail(long, (-0.07, top + 0.06), 78 + float(rng.uniform(-3, 3)), 0.025))
    r = 0.025
    perch = _grip(0.015, top + 0.07, top, r, 0.013, "stones", 0.05, "marking", 2)
    perch.append(tube([(0.0, top - r, -0.3), (0.0, top - r, 0.3)], r, None, 1, "perch"))
    for s in (-1, 1):
        perch.append(sphere(1.0, at(0.0, top - r, s * 0.3) @ scl(r * 1.3), 1))
    parts += _across(perch, 0.0)
    parts.append(cylinder(0.02, 0.02, top - 2 * r, at(0.0, 0.02, 0.0), 1))
    parts.append(cylinder(0.2, 0.19, 0.025, None, 1))
    return turned(parts, rng)


# 1269 budgerigar


def _budgerigar(rng: Rng) -> list[Part]:
    """A budgerigar on a wooden perch: a small slim green parakeet, a yellow face and forehead
    with a few black spots across the throat and small blue cheek patches, fine black wavy
    bars over the back of its head and nape and scalloping across its folded wings, a small
    hooked pale beak under a blue cere, and a long thin pointed dark blue tail."""
    top = 0.3
    head = (0.06, top + 0.36, 0.0)
    shapes = [ellipsoid((0.0, top + 0.16, 0.0), (0.17, 0.085, 0.085), rot("z", 70))]
    shapes.append(ellipsoid((0.035, top + 0.17, 0.0), (0.08, 0.11, 0.085), None, 0.05))
    shapes.append(ellipsoid(head, (0.075, 0.07, 0.066), None, 0.05))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.014, 0, "body")]
    parts.append(colour_patch(shapes, (0.13, top + 0.35, 0.0), (0.1, 0.09, 0.3), "plume-tip",
                              -25, 0.006, 0.012))  # the face # fmt: skip
    for k in range(5):  # the bars over the back of the head and the nape
        c = (head[0], head[1] - 0.005, 0.0)
        e = -0.2 - 0.3 * k
        parts += skin_streak(field, c, [(0.05, 1.0, 0.2), (e * 0.3 - 0.2, 0.9 + e * 0.2, 0.5),
                                    (e * 0.6 - 0.3, 0.6 + e * 0.4, 0.75)], 0.006, "marking",
                         0.005)  # fmt: skip
    throat = [(0.9, -0.45, 0.3), (0.8, -0.5, 0.5), (0.95, -0.45, 0.1)]
    parts.append(_spots(field, head, throat + [(x, y, -z) for x, y, z in throat], 0.008,
                        "marking", 0.008))  # fmt: skip
    parts.append(_spots(field, head, [(0.55, -0.55, 0.75), (0.55, -0.55, -0.75)], 0.014,
                        "plume", 0.008))  # the cheek patches # fmt: skip
    y0 = head[1] - 0.015
    parts.append(bird_beak([(0.12, y0, 0.02, 0.016), (0.14, y0 - 0.004, 0.017, 0.013),
                        (0.148, y0 - 0.02, 0.008, 0.007), (0.142, y0 - 0.03, 0.002, 0.002)],
                       "plaster"))  # fmt: skip
    parts.append(bird_beak([(0.112, y0 + 0.012, 0.012, 0.017), (0.126, y0 + 0.011, 0.011, 0.015)],
                       "plume"))  # the cere # fmt: skip
    parts += bird_eyes(field, head, (0.45, 0.3, 0.85), 0.01, "snow", 1.4)
    wing = [(0.04, top + 0.28, 0.07, 0.06, 0.022), (0.0, top + 0.18, 0.085, 0.07, 0.026),
            (-0.04, top + 0.06, 0.075, 0.05, 0.02), (-0.07, top - 0.03, 0.045, 0.02, 0.01),
            (-0.08, top - 0.07, 0.02, 0.004, 0.003)]  # fmt: skip
    parts += folded_wings(wing, 16)
    parts += _wing_bars(wing, np.linspace(0.1, 0.75, 8), 16)
    thin = [(0.0, -0.03), (0.16, -0.022), (0.29, -0.005), (0.31, 0.0), (0.29, 0.005),
            (0.16, 0.022), (0.0, 0.03)]  # fmt: skip
    parts.append(flat_tail(thin, (-0.05, top + 0.04), 76 + float(rng.uniform(-3, 3)), 0.014,
                       "plume"))  # fmt: skip
    perch = _grip(0.01, top + 0.05, top, 0.016, 0.007, "eraser", 0.03, None, 2)
    parts += _across(perch + _branch(top, 0.016, rng, 1, 0.12), 0.01)
    return turned(parts, rng)


# 1270 loon


def _loon(rng: Rng) -> list[Part]:
    """A common loon floating on a flat oval of water (the second material): a long low black
    body riding deep, its back checkered with rows of small white squares, a thick black neck
    and head with a straight dagger of a bill, a collar of white stripes round the neck and a
    smaller barred patch under its throat, red eyes, ripples round it."""
    water = 0.04
    head = (0.36, 0.3, 0.0)
    shapes = [ellipsoid((0.0, 0.1, 0.0), (0.33, 0.1, 0.13), rot("z", -3))]
    shapes.append(ellipsoid((0.13, 0.12, 0.0), (0.15, 0.1, 0.12), None, 0.06))  # the breast
    shapes += rope([(0.18, 0.15, 0.0), (0.28, 0.24, 0.0), (0.33, 0.29, 0.0)],
                   [0.075, 0.05, 0.05], 0.05, 0.02)  # fmt: skip
    shapes.append(ellipsoid(head, (0.075, 0.055, 0.052), rot("z", -5), 0.03))
    shapes.append(cut(1, water - 0.02, False, 0.01, (-0.5, -0.2, -0.3), (0.6, water, 0.3)))
    field = skin_field(shapes[:-1])
    parts = [solid(shapes, 0.016, 0, "body")]
    y0 = 0.295
    parts.append(bird_beak([(0.415, y0, 0.022, 0.018), (0.48, y0 - 0.006, 0.014, 0.012),
                        (0.54, y0 - 0.012, 0.006, 0.006), (0.56, y0 - 0.015, 0.001, 0.001)],
                       "marking"))  # fmt: skip
    parts += bird_eyes(field, head, (0.45, 0.3, 0.85), 0.009, "card-red", 1.5)
    a = np.radians(np.linspace(-50, 50, 11))
    collar = np.stack([np.sin(a) * 0.5, np.full(11, 0.15), np.cos(a)], 1)
    collar = np.concatenate([collar, collar * (1, 1, -1)])
    b = np.linspace(0.3, -0.3, 5)
    throat = np.stack([np.ones(5), np.full(5, -0.5), b], 1)
    starts = [(0.262, 0.222, 0.0)] * len(collar) + [(0.315, 0.27, 0.0)] * len(throat)
    ps, ns = skin_hits(field, starts, np.concatenate([collar, throat]), start=0.002)
    up = np.array([0.55, 0.83, 0.0])
    for k, (p, n) in enumerate(zip(ps, ns, strict=True)):  # the collar and the barred throat
        h, w = (0.02, 0.006) if k < len(collar) else (0.012, 0.005)
        parts.append(skin_strip([p - up * h + n * 0.004, p + up * h + n * 0.004], [n, n], w,
                                0.005, "snow"))  # fmt: skip
    dirs = []
    for row in range(5):  # the white checks along the back, in rows down each side
        ang = np.radians(20 + 15 * row)
        for i in range(9 - row):
            x = -0.22 + 0.05 * i + 0.025 * (row % 2)
            dirs.append((x, np.cos(ang), np.sin(ang)))
            dirs.append((x, np.cos(ang), -np.sin(ang)))
    d = np.asarray(dirs, float)
    ps, ns = skin_hits(field, np.stack([d[:, 0], np.full(len(d), 0.08), np.zeros(len(d))], 1),
                       d * (0, 1, 1), start=0.002)  # fmt: skip
    keep = ps[:, 1] > water + 0.02
    parts.append(studs(ps[keep] + ns[keep] * 0.002, ns[keep], 0.011, 0.006, "snow", 4))
    pond = ellipse(0.62, 0.42, 32)
    parts.append(slab(lambda n: pond, water, at(0.05, water / 2, 0.0) @ FLAT_UP, 1, "water"))
    for k, r in enumerate((0.42, 0.5)):  # the ripples
        parts.append(hoop(1.0, 0.003 / r, at(0.03 - 0.04 * k, water, 0.0) @ scl(r, 0.6, r * 0.55),
                          "pane", 36, 4))  # fmt: skip
    return turned(parts, rng, 18.0)


# 1271 gamecock


def _hackles(field: Field, c, n: int, length: float, slot, rng: Rng) -> list[Part]:
    """A cape of long narrow pointed hackle feathers lying over the skin of ``field``: from
    round the neck at c (front sides, sides and back) down over the shoulders and breast."""
    a = np.radians(np.linspace(-150, 150, n) + rng.uniform(-5, 5, n))
    d = np.stack([np.cos(a) * 0.8 - 0.2, np.zeros(n), np.sin(a)], 1)
    starts = np.array([(c[0], c[1] - length * f, c[2]) for f in (0.0, 0.5, 1.0)])
    dirs = d[:, None, :] + np.array([[0.0, 0.5, 0.0], [0.0, 0.1, 0.0], [0.0, -0.3, 0.0]])
    ps, ns = skin_hits(field, np.tile(starts, (n, 1)), dirs.reshape(-1, 3), 0.3, 64, 0.002)
    pts = (ps + ns * np.tile([0.004, 0.01, 0.012], n)[:, None]).reshape(n, 3, 3)
    return [tube(q, [0.016, 0.012, 0.002], None, slot, shape=ellipse(1.0, 0.35, 6)) for q in pts]


def _sickles(root, rng: Rng, slot=0) -> list[Part]:
    """A tall tail of long sickle feathers arching up from the rump and falling back behind in
    curves, fanned a little apart, shorter ones beneath them."""
    parts = []
    x0, y0 = root
    for k in range(7):
        h = 0.4 - 0.045 * k + float(rng.uniform(-0.02, 0.02))
        reach = 0.34 - 0.025 * k
        z = (k - 3) * 0.014
        pts = [(x0, y0), (x0 - reach * 0.2, y0 + h * 0.75), (x0 - reach * 0.5, y0 + h),
               (x0 - reach * 0.85, y0 + h * 0.85), (x0 - reach, y0 + h * 0.5)]  # fmt: skip
        parts.append(_quill(pts, [0.016, 0.02, 0.02, 0.014, 0.003], 0.008, slot,
                            [z * 0.5, z, z * 1.6, z * 2.0, z * 2.2]))  # fmt: skip
    for k in range(4):
        z = (k - 1.5) * 0.025
        pts = [(x0, y0 - 0.02), (x0 - 0.1, y0 + 0.1 - 0.025 * k), (x0 - 0.2, y0 + 0.02 - 0.04 * k)]
        parts.append(_quill(pts, [0.022, 0.025, 0.003], 0.01, slot, [z, z * 1.5, z * 2.0]))
    return parts


def _comb(c, slot="comb") -> list[Part]:
    """A big single comb standing along the top of the head at c: a blade rising in a row of
    five upright points."""
    parts = [_quill([(c[0] + 0.05, c[1] - 0.01), (c[0], c[1] + 0.01), (c[0] - 0.05, c[1])],
                    [0.022, 0.026, 0.02], 0.012, slot)]  # fmt: skip
    for k in range(5):
        x = c[0] + 0.045 - 0.022 * k
        h = 0.05 - 0.006 * abs(k - 1.5)
        parts.append(tube([(x, c[1], 0.0), (x - 0.004, c[1] + h, 0.0)], [0.011, 0.002], None,
                          slot, shape=ellipse(1.0, 0.55, 8)))  # fmt: skip
    return parts


def _gamecock(rng: Rng) -> list[Part]:
    """A fighting gamecock standing tall on long strong legs: a lean hard body held very
    upright, a long arched neck cloaked in flowing pointed hackle feathers (the second
    material), a small head thrust forward with a big red serrated comb, red wattles and face,
    a stout pale beak, a tall tail of long curved sickle plumes arching up and back, thick
    yellow legs with sharp spurs, one foot stepping forward."""
    hip = 0.42
    head = (0.2, 0.95, 0.0)
    shapes = [ellipsoid((0.0, 0.58, 0.0), (0.2, 0.11, 0.1), rot("z", 42))]
    shapes.append(ellipsoid((0.08, 0.62, 0.0), (0.1, 0.12, 0.1), None, 0.05))  # the breast
    neck = [(0.1, 0.7, 0.0), (0.11, 0.8, 0.0), (0.15, 0.89, 0.0), (0.19, 0.94, 0.0)]
    shapes += rope(neck, [0.065, 0.05, 0.04, 0.035], 0.05, 0.02)
    shapes.append(ellipsoid(head, (0.05, 0.038, 0.034), None, 0.02))
    for s in (-1, 1):  # the thighs
        shapes.append(ellipsoid((0.0, hip + 0.06, s * 0.06), (0.06, 0.08, 0.045), None, 0.04))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.017, 0, "body")]
    parts.append(colour_patch(shapes, (0.2, 0.93, 0.0), (0.055, 0.035, 0.3), "comb", 0, 0.006,
                              0.012))  # the bare face # fmt: skip
    parts.append(colour_patch(shapes, (0.12, 0.8, 0.0), (0.1, 0.15, 0.3), 1, 20, 0.007, 0.016))
    parts += _hackles(field, (0.11, 0.8, 0.0), 11, 0.1, 1, rng)
    parts += _comb((head[0] - 0.005, head[1] + 0.03))
    y0 = head[1] - 0.008
    parts.append(bird_beak([(0.24, y0, 0.016, 0.014), (0.265, y0 - 0.004, 0.011, 0.01),
                        (0.28, y0 - 0.016, 0.003, 0.003)], "plaster"))  # fmt: skip
    for s in (-1, 1):  # the wattles
        parts.append(sphere(1.0, at(0.23, y0 - 0.05, s * 0.01) @ rot("z", -10)
                            @ scl(0.016, 0.03, 0.008), "comb"))  # fmt: skip
    parts += bird_eyes(field, head, (0.5, 0.3, 0.8), 0.008, "fruit-orange", 1.5)
    wing = [(0.08, 0.68, 0.09, 0.07, 0.025), (-0.01, 0.6, 0.105, 0.08, 0.03),
            (-0.1, 0.52, 0.095, 0.06, 0.025), (-0.17, 0.47, 0.06, 0.025, 0.012),
            (-0.2, 0.45, 0.03, 0.005, 0.004)]  # fmt: skip
    parts += folded_wings(wing, 18)
    parts += _sickles((-0.13, 0.5), rng)
    step = float(rng.uniform(0.06, 0.09))
    for s in (-1, 1):
        z = s * 0.06
        dx = step if s > 0 else -step * 0.5
        knee = (0.0, hip + 0.02, z)
        foot = (0.02 + dx, 0.015, z * 1.1)
        parts.append(tube([knee, foot], [0.02, 0.016], None, "plume-tip", "legs"))
        spur = np.asarray(knee) * 0.25 + np.asarray(foot) * 0.75
        parts.append(
            tube([spur, spur + np.array((-0.04, -0.005, 0.0))], [0.007, 0.001], None, "plaster")
        )
        for yaw in (-30, 0, 30, 180):
            t = np.radians(yaw + s * 8)
            k = 0.45 if yaw == 180 else 1.0
            tip = (foot[0] + 0.07 * k * np.cos(t), 0.008, foot[2] + 0.07 * k * np.sin(t))
            parts.append(tube([foot, tip], [0.009, 0.004], None, "plume-tip", shape=HEX))
    return turned(parts, rng, 26.0)


# 1272 nightingale


def _leaf(base, d, length: float, slot="vine") -> Part:
    """A thin pointed leaf from ``base`` out along d, its face turned up as far as it goes."""
    y = np.asarray(d, float) / np.linalg.norm(d)
    z = np.array([0.0, 1.0, 0.0]) - y * y[1]
    z /= max(np.linalg.norm(z), 1e-9)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = np.cross(y, z), y, z, base
    w = length * 0.2
    outline = [(0.0, 0.0), (w, length * 0.35), (w * 0.6, length * 0.75), (0.0, length),
               (-w * 0.6, length * 0.75), (-w, length * 0.35)]  # fmt: skip
    return slab(outline, 0.004, m, slot, "leaves")


def _twig(top: float, rng: Rng) -> list[Part]:
    """A thin leafy twig along z (its top at ``top`` under the bird's feet), forking off a
    slender stem that leans up out of the ground behind, leaves along both."""
    r = 0.011
    y = top - r
    sway = float(rng.uniform(-0.015, 0.015))
    parts = [tube([(0.01, y - 0.05, -0.26), (0.0, y, 0.0), (sway, y + 0.03, 0.24)],
                  [r * 1.4, r, r * 0.5], None, "soil", "perch")]  # fmt: skip
    parts.append(tube([(0.03, 0.0, -0.42), (0.02, y * 0.45, -0.36), (0.01, y - 0.05, -0.26),
                       (0.0, y + 0.12, -0.3)], [r * 2.0, r * 1.7, r * 1.4, r * 0.5], None,
                      "soil"))  # fmt: skip
    leaves = ((0.23, 20), (0.16, 150), (0.08, -25), (-0.12, 165), (-0.2, -15), (0.2, 70))
    for z, yaw in leaves:
        a = np.radians(yaw + float(rng.uniform(-15, 15)))
        base = (sway * (z > 0), y + 0.004, z)
        parts.append(_leaf(base, (np.cos(a), 0.35, -np.sin(a)), 0.11))
    for base, d in (((0.0, y + 0.12, -0.3), (0.3, 1.0, 0.4)), ((0.0, y + 0.07, -0.29),
                                                              (-1.0, 0.4, 0.3))):  # fmt: skip
        parts.append(_leaf(base, d, 0.1))
    return parts


def _nightingale(rng: Rng) -> list[Part]:
    """A nightingale singing on a thin leafy twig: a small slim plain songbird, a russet-brown
    back, wings and crown and a longer rich reddish rounded tail, a pale buff throat, breast
    and belly (the second material), a big dark eye in a pale ring, its head raised and its
    thin pointed dark beak open in song, thin pinkish-brown legs gripping the twig."""
    top = 0.3
    head = (0.09, top + 0.3, 0.0)
    shapes = [ellipsoid((0.0, top + 0.13, 0.0), (0.17, 0.085, 0.085), rot("z", 38))]
    shapes.append(ellipsoid((0.05, top + 0.14, 0.0), (0.09, 0.09, 0.08), None, 0.05))
    shapes += rope([(0.06, top + 0.22, 0.0), (0.08, top + 0.27, 0.0)], [0.06, 0.055], 0.04)
    shapes.append(ellipsoid(head, (0.07, 0.06, 0.058), rot("z", 15), 0.04))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.014, 0, "body")]
    parts.append(colour_patch(shapes, (0.1, top + 0.12, 0.0), (0.11, 0.17, 0.3), 1, -20, 0.006,
                              0.012))  # fmt: skip
    parts.append(colour_patch(shapes, (0.15, top + 0.26, 0.0), (0.06, 0.05, 0.3), 1, -30, 0.006,
                              0.012))  # the throat # fmt: skip
    y0 = head[1] + 0.005
    gape = 20.0 + float(rng.uniform(-3, 3))
    for sgn, hh in ((1, 0.009), (-1, 0.007)):
        m = at(0.145, y0, 0.0) @ rot("z", 22 + sgn * gape / 2) @ at(-0.145, -y0, 0.0)
        parts.append(bird_beak([(0.145, y0 + sgn * 0.004, hh, 0.011), (0.18, y0 + sgn * 0.002,
                            hh * 0.6, 0.007), (0.205, y0, 0.001, 0.0015)], "marking")
                     .moved(m))  # fmt: skip
    parts += bird_eyes(field, head, (0.4, 0.2, 0.9), 0.012, "plaster", 1.35)
    wing = [(0.06, top + 0.2, 0.075, 0.06, 0.022), (0.0, top + 0.15, 0.085, 0.07, 0.026),
            (-0.07, top + 0.08, 0.075, 0.05, 0.022), (-0.13, top + 0.03, 0.045, 0.02, 0.01),
            (-0.15, top + 0.015, 0.02, 0.004, 0.004)]  # fmt: skip
    parts += folded_wings(wing, 18)
    rounded = [(0.0, -0.04), (0.19, -0.06), (0.23, -0.04), (0.245, 0.0), (0.23, 0.04),
               (0.19, 0.06), (0.0, 0.04)]  # fmt: skip
    parts.append(flat_tail(rounded, (-0.1, top + 0.07), 34 + float(rng.uniform(-5, 5)), 0.024))
    perch = _grip(0.02, top + 0.06, top, 0.011, 0.006, "cork", 0.035)
    parts += _across(perch + _twig(top, rng), 0.02)
    return turned(parts, rng)


MORE_APPLIANCES_ZZZZH = {
    1265: _bald_eagle, 1266: _falcon, 1267: _vulture, 1268: _cockatoo, 1269: _budgerigar,
    1270: _loon, 1271: _gamecock, 1272: _nightingale,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
