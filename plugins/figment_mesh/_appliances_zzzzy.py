"""More of the device family's appliances, from 1397: a bull, an ox in its yoke, a water buffalo,
a calf, a lamb, a knight's warhorse, an old nag and a piglet.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, align, at, mesh_part, rot, scl, v3
from ._kit import (
    bead,
    cloth_sheet,
    colour_patch,
    ellipse,
    hair_locks,
    hoop,
    loft,
    rope,
    skin_field,
    skin_hits,
    solid,
    strand_faces,
    unit,
)
from ._primitives import box, catmull_rom, cylinder, lathe, sphere, torus, tube
from ._sdf import ellipsoid

__all__ = ["MORE_APPLIANCES_ZZZZY"]

Rng = np.random.Generator

_HEX = ellipse(1.0, 1.0, 6)
"""A six-sided cross-section for thin tubes."""


# Legs, hair and other pieces of a four-legged beast (head toward +x)


def _leg_line(x: float, z: float, top: float, r: float, fore: bool):
    """The points and radii of a leg from inside the body at height ``top`` down to its hoof at
    (x, 0, z), ``r`` thick at the top: a foreleg's forearm, knee, cannon and fetlock, or a hind
    leg's gaskin bent back to the hock."""
    h = top
    if fore:
        pts = [(x - 0.03 * h, h, z * 0.8), (x - 0.02 * h, 0.6 * h, z), (x - 0.01 * h, 0.3 * h, z),
               (x - 0.025 * h, 0.1 * h, z), (x, 0.03, z)]  # fmt: skip
        return pts, [r, 0.6 * r, 0.47 * r, 0.42 * r, 0.42 * r]
    pts = [(x + 0.08 * h, h, z * 0.8), (x + 0.04 * h, 0.68 * h, z), (x - 0.07 * h, 0.42 * h, z),
           (x - 0.04 * h, 0.1 * h, z), (x, 0.03, z)]  # fmt: skip
    return pts, [1.15 * r, 0.62 * r, 0.45 * r, 0.42 * r, 0.42 * r]


def _leg(x: float, z: float, top: float, r: float, fore: bool, knob: float = 0.0) -> list:
    """One leg's distance-field shapes (``_leg_line``); ``knob`` swells the knee (or hock) and
    the fetlock (a calf's knobbly legs)."""
    pts, rr = _leg_line(x, z, top, r, fore)
    shapes = rope(pts, rr, 0.05, 0.02)
    if knob:
        for j in (2, 3):
            k = rr[j] * (1.0 + knob)
            shapes.append(ellipsoid(pts[j], (k, k * 1.2, k), None, 0.02))
    return shapes


def _thin_legs(feet, top: float, r: float, knob: float, slot) -> list[Part]:
    """Four legs as tubes (``_leg_line``; feet (x, z), the forelegs first), cheaper than
    shapes where a body's skin need not run into them, their knees and fetlocks swollen by
    ``knob``."""
    parts = []
    for k, (x, z) in enumerate(feet):
        pts, rr = _leg_line(x, z, top, r, k < 2)
        rr = [q * (1.0 + knob * (j in (2, 3))) for j, q in enumerate(rr)]
        parts.append(tube(pts, rr, None, slot, shape=ellipse(1.0, 1.0, 8)))
    return parts


def _hooves(feet, r: float, h: float = 0.05, slot="marking") -> list[Part]:
    """A dark hoof under each foot (x, z): a short cone, a little wider at the ground."""
    return [cylinder(r * 1.1, r * 0.92, h, at(x, 0.0, z), slot) for x, z in feet]


def _legs(feet, top: float, r: float, knob: float = 0.0) -> list:
    """The four legs' shapes: feet (x, z), the forelegs first."""
    shapes = []
    for k, (x, z) in enumerate(feet):
        shapes += _leg(x, z, top, r, k < 2, knob)
    return shapes


def _strands(paths, r: float, slot) -> Part:
    """Many thin strands (a tail's switch, a fringe, a wisp of mane) as one part: a four-sided
    tube of radius r along each polyline (all of one length), its ends capped."""
    p = np.asarray(paths, float)  # (m, n, 3)
    n = p.shape[1]
    t = np.gradient(p, axis=1)
    t /= np.maximum(np.linalg.norm(t, axis=2, keepdims=True), 1e-12)
    steep = np.abs(t[:, :1, 1:2]) > 0.9
    ref = np.where(steep, [[[1.0, 0.0, 0.0]]], [[[0.0, 1.0, 0.0]]])
    u = np.cross(t, ref)
    u /= np.maximum(np.linalg.norm(u, axis=2, keepdims=True), 1e-12)
    v = np.cross(t, u)
    ring = np.stack([u, v, -u, -v], 2) * r
    verts = (p[:, :, None, :] + ring).reshape(-1, 3)
    f = strand_faces(n)
    faces = (f[None] + 4 * n * np.arange(len(p))[:, None, None]).reshape(-1, 3)
    return mesh_part(verts, faces, slot)


def _locks(paths, width: float, thick: float, slot, n: int = 6) -> Part:
    """Flat tapering locks of hair (a mane, a tail): ``_kit.hair_locks``, narrowing less."""
    return hair_locks(paths, width, thick, slot, n, narrow=0.9)


def _switch(end, rng: Rng, length: float, spread: float, slot="marking", n: int = 10) -> Part:
    """A tuft of hair hanging from a tail's end: n strands fanning a little as they fall."""
    e = np.asarray(end, float)
    paths = []
    for dx, dz in rng.uniform(-spread, spread, (n, 2)):
        paths.append([e + v3(dx * 0.2, 0.02, dz * 0.2), e + v3(dx * 0.6, -length * 0.5, dz * 0.6),
                      e + v3(dx, -length, dz)])  # fmt: skip
    return _strands(paths, 0.007, slot)


def _horn(pts, radii, slot, sides: int = 10) -> Part:
    """A horn along a smooth curve through pts, tapering by radii to its point."""
    return tube(pts, radii, None, slot, shape=ellipse(1.0, 1.0, sides))


def _ear(base, out, droop: float, size, slot=0) -> Part:
    """A flat oval ear from its root at ``base`` sticking out along ``out`` (in the xz plane),
    tipped down by ``droop`` degrees; size (length, width, thickness)."""
    d = unit(np.asarray(out, float))
    yaw = np.degrees(np.arctan2(-d[2], d[0]))
    m = at(*base) @ rot("y", yaw) @ rot("z", -droop) @ at(size[0], 0.0, 0.0)
    return sphere(1.0, m @ scl(size[0], size[2], size[1]) @ rot("x", 90), slot)


def _eyes(c, spread: float, r: float) -> list[Part]:
    """A pair of small dark eyes either side of the head at c."""
    return [bead(r, at(c[0], c[1], s * spread), "pupil") for s in (-1, 1)]


def _ear_flap(ctrl, across, half: float, slot=0) -> Part:
    """A soft ear bent along a curve through three points (its root, its bend, its tip): a thin
    leaf ``half`` wide either side of the curve along ``across`` at its root, rounding to a
    point at its tip."""
    a, b, c = (np.asarray(p, float) for p in ctrl)
    u = np.linspace(0.0, 1.0, 8)[:, None]
    path = (1 - u) ** 2 * a + 2 * u * (1 - u) * b + u**2 * c  # a quadratic Bezier
    side = unit(np.asarray(across, float))
    w = half * np.sqrt(np.clip(1 - u**2, 0.0, 1.0)) * (0.75 + 0.5 * u * (1 - u))
    v = np.linspace(-1.0, 1.0, 5)[None, :, None]
    grid = path[:, None, :] + v * w[:, :, None] * side
    return cloth_sheet(grid, 0.01, slot)


def _turned(parts: list[Part], yaw: float) -> list[Part]:
    """The beast turned about y by yaw degrees to show its side and its face."""
    return [p.moved(rot("y", yaw)) for p in parts]


# 1397 bull

_BULL_FEET = ((0.24, 0.12), (0.22, -0.12), (-0.42, 0.12), (-0.44, -0.12))


def _bull_shapes() -> list:
    """A bull's body along +x: a deep barrel, massive forequarters under a great hump of muscle
    over the shoulders and a thick crested neck, a deep brisket, heavy haunches, a short broad
    head carried low, short thick legs, a tail."""
    shapes = [ellipsoid((-0.1, 0.56, 0.0), (0.46, 0.23, 0.23))]  # the barrel
    shapes.append(ellipsoid((0.2, 0.58, 0.0), (0.25, 0.29, 0.25), None, 0.08))  # forequarters
    shapes.append(ellipsoid((0.14, 0.84, 0.0), (0.28, 0.17, 0.17), rot("z", 12), 0.1))  # hump
    shapes.append(ellipsoid((0.34, 0.4, 0.0), (0.12, 0.1, 0.1), rot("z", -30), 0.06))  # brisket
    shapes.append(ellipsoid((-0.42, 0.6, 0.0), (0.17, 0.2, 0.2), None, 0.08))  # the rump
    for s in (-1, 1):  # the muscles of the shoulders and the thighs
        shapes.append(ellipsoid((0.2, 0.56, s * 0.13), (0.17, 0.21, 0.12), rot("z", -15), 0.06))
        shapes.append(ellipsoid((-0.4, 0.48, s * 0.12), (0.16, 0.2, 0.1), rot("z", 10), 0.06))
    shapes += rope([(0.3, 0.74, 0.0), (0.5, 0.62, 0.0)], [0.21, 0.16], 0.08)  # the neck
    shapes.append(ellipsoid((0.58, 0.61, 0.0), (0.09, 0.1, 0.105), None, 0.05))  # the brow
    shapes += rope([(0.6, 0.6, 0.0), (0.72, 0.43, 0.0)], [0.085, 0.068], 0.04)  # the face
    shapes.append(ellipsoid((0.735, 0.4, 0.0), (0.055, 0.055, 0.075), None, 0.03))  # muzzle
    shapes += _legs(_BULL_FEET, 0.44, 0.14)
    tail = [(-0.58, 0.74, 0.0), (-0.62, 0.58, 0.0), (-0.63, 0.32, 0.01)]
    shapes += rope(tail, [0.03, 0.02, 0.015], 0.03)
    return shapes


def _bull(rng: Rng) -> list[Part]:
    """A bull standing, head toward +x turned a little to the viewer: a dark, massive, muscular
    beast with a great hump of muscle over its shoulders, a thick crested neck, a deep chest and
    heavy haunches on short thick legs, a short broad head carried low with small ears, wide
    pale horns (second material) sweeping out sideways and curving forward and up, a brass ring
    through its nose, a thin tail ending in a dark tuft."""
    parts = [solid(_bull_shapes(), 0.03, 0, "body")]
    parts += _hooves(_BULL_FEET, 0.055)
    parts.append(sphere(1.0, at(0.775, 0.4, 0.0) @ scl(0.03, 0.045, 0.062), "marking"))
    parts.append(torus(0.032, 0.0065, at(0.79, 0.355, 0.0) @ rot("x", 90), "copper"))
    parts += _eyes((0.64, 0.61), 0.092, 0.014)
    for s in (-1, 1):
        root = np.array([0.57, 0.68, s * 0.07])
        horn = [root, root + v3(0.0, 0.0, s * 0.1), root + v3(0.05, 0.04, s * 0.2),
                root + v3(0.13, 0.1, s * 0.22), root + v3(0.18, 0.17, s * 0.18)]  # fmt: skip
        parts.append(_horn(horn, [0.038, 0.033, 0.025, 0.015, 0.004], 1))
        parts.append(_ear((0.55, 0.62, s * 0.1), (-0.6, 0.0, s), 15, (0.055, 0.035, 0.012)))
    curls = [((0.61, 0.7, dz), (0.025, 0.02, 0.025)) for dz in (-0.035, 0.0, 0.035)]
    parts += [sphere(1.0, at(*c) @ scl(*r), 0) for c, r in curls]  # the curly poll
    parts.append(_switch((-0.63, 0.32, 0.01), rng, 0.12, 0.04))
    return _turned(parts, 16 + float(rng.uniform(-4, 4)))


# 1398 ox


_OX_FEET = ((0.3, 0.12), (0.28, -0.12), (-0.46, 0.12), (-0.48, -0.12))


def _ox_shapes() -> list:
    """A draught ox's body along +x: a long heavy barrel, a deep chest, broad hips, a thick
    neck carried level with a dewlap under it, a long head, long legs, a tail."""
    shapes = [ellipsoid((-0.08, 0.68, 0.0), (0.52, 0.22, 0.22))]  # the barrel
    shapes.append(ellipsoid((0.25, 0.68, 0.0), (0.2, 0.25, 0.21), None, 0.08))  # the chest
    shapes.append(ellipsoid((-0.46, 0.72, 0.0), (0.18, 0.18, 0.2), None, 0.08))  # the hips
    shapes.append(ellipsoid((0.2, 0.86, 0.0), (0.16, 0.07, 0.1), rot("z", 8), 0.08))  # withers
    shapes += rope([(0.32, 0.8, 0.0), (0.56, 0.78, 0.0)], [0.17, 0.13], 0.08)  # the neck
    shapes.append(ellipsoid((0.42, 0.56, 0.0), (0.18, 0.1, 0.04), rot("z", -20), 0.06))  # dewlap
    shapes.append(ellipsoid((0.64, 0.79, 0.0), (0.08, 0.085, 0.09), None, 0.04))  # the poll
    shapes += rope([(0.66, 0.78, 0.0), (0.82, 0.6, 0.0)], [0.075, 0.058], 0.04)  # the face
    shapes.append(ellipsoid((0.835, 0.575, 0.0), (0.05, 0.05, 0.065), None, 0.03))  # muzzle
    shapes += _legs(_OX_FEET, 0.6, 0.12)
    tail = [(-0.63, 0.84, 0.0), (-0.67, 0.66, 0.0), (-0.68, 0.32, 0.01)]
    shapes += rope(tail, [0.03, 0.02, 0.014], 0.03)
    return shapes


def _yoke() -> list[Part]:
    """A wooden neck yoke on the ox (second material): a heavy beam across the top of its neck
    in front of the withers, carved thicker over the neck and ending in knobs, a bent bow of
    wood round under the neck up through the beam, its ends pegged, and an iron ring on the
    beam's middle."""
    x, y = 0.42, 0.99
    half = 0.46
    zs = np.linspace(-half, half, 9)
    lift = 0.02 * np.cos(zs / half * np.pi / 2)
    parts = []
    beam = [(x, y - lift[k] * 0.3, z) for k, z in enumerate(zs)]
    parts.append(tube(beam, 0.05 + lift * 1.2, None, 1, shape=ellipse(1.0, 0.8, 10)))
    for s in (-1, 1):
        parts.append(sphere(1.0, at(x, y, s * (half + 0.01)) @ scl(0.05, 0.05, 0.03), 1))
    bow = [(x, y + 0.07, 0.15), (x, y - 0.1, 0.18), (x + 0.02, y - 0.32, 0.14),
           (x + 0.03, y - 0.42, 0.0), (x + 0.02, y - 0.32, -0.14), (x, y - 0.1, -0.18),
           (x, y + 0.07, -0.15)]  # fmt: skip
    parts.append(tube(bow, 0.02, None, 1))
    for s in (-1, 1):
        parts.append(_peg((x, y + 0.05, s * 0.15)))
    parts.append(torus(0.035, 0.007, at(x - 0.05, y + 0.015, 0.0) @ rot("z", 90), "steel"))
    return parts


def _peg(c) -> Part:
    """A wooden peg through a bow's end above the beam, along x."""
    return cylinder(0.007, 0.007, 0.06, at(c[0] - 0.03, c[1], c[2]) @ rot("z", -90), 1)


def _ox(rng: Rng) -> list[Part]:
    """A draught ox standing in a wooden yoke, head toward +x turned toward the viewer: a
    big, heavy, long-bodied brown beast on long sturdy legs, a thick neck with a dewlap, a long
    head with long pale horns curving out, up and forward; across the top of its neck a heavy
    wooden yoke beam with a bent wooden bow round under its neck (second material); a tail
    with a dark tuft."""
    parts = [solid(_ox_shapes(), 0.03, 0, "body")]
    parts += _hooves(_OX_FEET, 0.05)
    parts += _yoke()
    parts.append(sphere(1.0, at(0.875, 0.575, 0.0) @ scl(0.025, 0.04, 0.055), "marking"))
    parts += _eyes((0.71, 0.75), 0.075, 0.013)
    for s in (-1, 1):
        root = np.array([0.64, 0.86, s * 0.06])
        horn = [root, root + v3(-0.01, 0.01, s * 0.12), root + v3(0.02, 0.07, s * 0.24),
                root + v3(0.06, 0.2, s * 0.28), root + v3(0.06, 0.3, s * 0.22)]  # fmt: skip
        parts.append(_horn(horn, [0.034, 0.03, 0.023, 0.014, 0.004], "tooth"))
        parts.append(_ear((0.63, 0.8, s * 0.085), (-0.5, 0.0, s), 20, (0.06, 0.035, 0.012)))
    parts.append(_switch((-0.68, 0.32, 0.01), rng, 0.12, 0.035))
    return _turned(parts, -22 + float(rng.uniform(-4, 4)))


# 1399 water buffalo


_BUFFALO_FEET = ((0.26, 0.12), (0.24, -0.12), (-0.42, 0.12), (-0.44, -0.12))


def _buffalo_shapes() -> list:
    """A water buffalo's body along +x: a heavy barrel slung low, a broad chest, a straight
    back, a short thick neck carrying the long head low and forward, short thick legs."""
    shapes = [ellipsoid((-0.08, 0.56, 0.0), (0.48, 0.22, 0.23))]  # the barrel
    shapes.append(ellipsoid((0.22, 0.58, 0.0), (0.2, 0.23, 0.22), None, 0.08))  # the chest
    shapes.append(ellipsoid((-0.42, 0.6, 0.0), (0.17, 0.18, 0.19), None, 0.08))  # the hips
    shapes.append(ellipsoid((0.12, 0.74, 0.0), (0.22, 0.08, 0.13), None, 0.08))  # the back
    shapes += rope([(0.3, 0.66, 0.0), (0.5, 0.58, 0.0)], [0.16, 0.12], 0.08)  # the neck
    shapes.append(ellipsoid((0.56, 0.58, 0.0), (0.09, 0.085, 0.095), None, 0.04))  # the poll
    shapes += rope([(0.58, 0.57, 0.0), (0.78, 0.46, 0.0)], [0.075, 0.06], 0.04)  # the face
    shapes.append(ellipsoid((0.8, 0.45, 0.0), (0.05, 0.05, 0.068), None, 0.03))  # muzzle
    shapes += _legs(_BUFFALO_FEET, 0.48, 0.125)
    tail = [(-0.58, 0.72, 0.0), (-0.62, 0.56, 0.0), (-0.63, 0.3, 0.01)]
    shapes += rope(tail, [0.028, 0.018, 0.013], 0.03)
    return shapes


def _buffalo_horn(s: int) -> Part:
    """One of a water buffalo's huge flat horns: from the top of its head sweeping out sideways
    and back in a great crescent, curving up and in at its point; broad and flat (its flat face
    forward and up), ridged across."""
    ctrl = [(0.57, 0.64, s * 0.05), (0.57, 0.67, s * 0.18), (0.51, 0.7, s * 0.32),
            (0.39, 0.74, s * 0.41), (0.25, 0.79, s * 0.41), (0.15, 0.86, s * 0.33)]  # fmt: skip
    n = 26
    c = catmull_rom(ctrl, n)
    t = np.gradient(c, axis=0)
    t /= np.linalg.norm(t, axis=1, keepdims=True)
    face = np.array([0.8, 0.6, 0.0])
    u = np.cross(t, face)
    u /= np.linalg.norm(u, axis=1, keepdims=True)
    v = np.cross(u, t)
    f = np.linspace(0.0, 1.0, n)
    ridge = 1.0 + 0.07 * np.cos(np.arange(n) * np.pi)
    w = (0.09 * (1 - f) ** 0.45 + 0.004) * ridge
    h = 0.038 * (1 - f) ** 0.6 + 0.004
    return loft(c, u * w[:, None], v * h[:, None], ellipse(1.0, 1.0, 10), 1)


def _buffalo(rng: Rng) -> list[Part]:
    """A water buffalo standing, head toward +x turned a little to the viewer: a heavy slate
    grey beast with a broad barrel slung low on short thick legs, a straight back, the long
    head carried low and forward; from the top of its head two huge flat crescent horns
    (second material), ridged across, sweep out sideways and back and curve up at their
    points; big ears sticking out sideways under them; a few sparse hairs, a thin tail with a
    tuft."""
    shapes = _buffalo_shapes()
    parts = [solid(shapes, 0.028, 0, "body")]
    parts += _hooves(_BUFFALO_FEET, 0.052)
    parts.append(sphere(1.0, at(0.84, 0.45, 0.0) @ scl(0.025, 0.045, 0.062), "marking"))
    parts += _eyes((0.64, 0.58), 0.082, 0.013)
    for s in (-1, 1):
        parts.append(_buffalo_horn(s))
        parts.append(_ear((0.58, 0.56, s * 0.08), (-0.5, 0.0, s), 8, (0.075, 0.04, 0.012)))
    field = skin_field(shapes)
    dirs = rng.normal(0.0, 1.0, (70, 3)) * (0.6, 1.0, 1.0)
    dirs[:, 1] = np.abs(dirs[:, 1])
    mids = np.repeat([(-0.3, 0.6, 0.0), (0.0, 0.6, 0.0), (0.25, 0.62, 0.0)], len(dirs) // 3 + 1, 0)
    ps, ns = skin_hits(field, mids[: len(dirs)], dirs, 0.4)
    hairs = [[p - n * 0.005, p + n * 0.02 + v3(-0.01, 0, 0), p + n * 0.04 + v3(-0.03, -0.01, 0)]
             for p, n in zip(ps, ns, strict=True)]  # fmt: skip
    parts.append(_strands(hairs, 0.0025, "marking"))
    parts.append(_switch((-0.63, 0.3, 0.01), rng, 0.1, 0.03))
    return _turned(parts, 4 + float(rng.uniform(-4, 4)))


# 1400 calf


_CALF_FEET = ((0.17, 0.085), (0.16, -0.085), (-0.24, 0.085), (-0.25, -0.085))


def _calf_shapes() -> list:
    """A young calf's body along +x: a short slight barrel high on long legs, a slender neck
    raised to a big head with a broad brow and a short muzzle."""
    shapes = [ellipsoid((-0.04, 0.56, 0.0), (0.27, 0.13, 0.12))]  # the barrel
    shapes.append(ellipsoid((0.13, 0.55, 0.0), (0.12, 0.15, 0.115), None, 0.06))  # the chest
    shapes.append(ellipsoid((-0.24, 0.59, 0.0), (0.1, 0.12, 0.11), None, 0.06))  # the hips
    shapes += rope([(0.17, 0.62, 0.0), (0.3, 0.74, 0.0)], [0.09, 0.07], 0.06)  # the neck
    shapes.append(ellipsoid((0.33, 0.8, 0.0), (0.085, 0.085, 0.085), None, 0.04))  # the brow
    shapes += rope([(0.36, 0.79, 0.0), (0.46, 0.66, 0.0)], [0.07, 0.052], 0.04)  # the face
    shapes.append(ellipsoid((0.47, 0.64, 0.0), (0.05, 0.05, 0.065), None, 0.03))  # muzzle
    shapes += _legs(_CALF_FEET, 0.5, 0.075, 0.35)
    tail = [(-0.33, 0.66, 0.0), (-0.36, 0.54, 0.0), (-0.37, 0.38, 0.01)]
    shapes += rope(tail, [0.018, 0.012, 0.009], 0.02)
    return shapes


def _calf(rng: Rng) -> list[Part]:
    """A young calf standing, head toward +x turned a little to the viewer: a short slight body
    high on long knobbly legs, a big head on a slender neck with big ears sticking out sideways
    and no horns, a pink muzzle, a thin tail; black-and-white: big raised patches (second
    material) on its back, its rump, its neck and round one eye."""
    shapes = _calf_shapes()
    parts = [solid(shapes, 0.022, 0, "body")]
    patches = (((-0.08, 0.66, 0.07), (0.16, 0.14, 0.14), -10), ((-0.28, 0.62, -0.04),
               (0.09, 0.12, 0.16), 20), ((0.23, 0.7, 0.05), (0.08, 0.09, 0.1), 40),
               ((0.38, 0.8, 0.06), (0.06, 0.07, 0.06), 0), ((0.05, 0.52, -0.1),
               (0.12, 0.1, 0.08), 0))  # fmt: skip
    for c, r, turn in patches:
        parts.append(colour_patch(shapes, c, r, 1, turn, 0.006, 0.026))
    parts += _hooves(_CALF_FEET, 0.034, 0.04)
    parts.append(sphere(1.0, at(0.5, 0.635, 0.0) @ scl(0.03, 0.042, 0.06), "eraser"))
    parts += _eyes((0.385, 0.81), 0.066, 0.013)
    for s in (-1, 1):
        parts.append(_ear((0.33, 0.83, s * 0.06), (-0.6, 0.0, s), 8, (0.075, 0.045, 0.012)))
    parts.append(_switch((-0.37, 0.38, 0.01), rng, 0.07, 0.02, 1, 7))
    return _turned(parts, 16 + float(rng.uniform(-4, 4)))


# 1401 lamb


def _fib(n: int) -> np.ndarray:
    """n directions spread evenly over the sphere."""
    i = np.arange(n) + 0.5
    y = 1 - 2 * i / n
    r = np.sqrt(1 - y * y)
    t = np.pi * (3 - np.sqrt(5)) * i
    return np.stack([r * np.cos(t), y, r * np.sin(t)], 1)


def _fleece(rng: Rng) -> list:
    """A lamb's fleece as distance-field shapes: a small round woolly body and a short neck,
    covered all over in small curls, a short tail and a tuft on the crown of its head."""
    body = [ellipsoid((0.0, 0.47, 0.0), (0.2, 0.13, 0.125))]
    body += rope([(0.12, 0.5, 0.0), (0.21, 0.58, 0.0)], [0.09, 0.065], 0.06)
    body.append(ellipsoid((-0.21, 0.5, 0.0), (0.045, 0.045, 0.04), None, 0.03))  # the tail
    field = skin_field(body)
    dirs = _fib(150)
    ps, ns = skin_hits(field, np.tile([[0.0, 0.47, 0.0]], (len(dirs), 1)), dirs * (1.7, 1, 1),
                       0.4)  # fmt: skip
    shapes = list(body)
    for p, n in zip(ps, ns, strict=True):
        if p[1] < 0.37 and abs(p[0]) < 0.1:
            continue
        r = float(rng.uniform(0.024, 0.034))
        shapes.append(ellipsoid(p + n * 0.01, (r, r, r), None, 0.008))
    for k in range(6):  # the topknot
        a = k * np.pi / 3
        c = (0.25 + 0.025 * np.cos(a), 0.69, 0.025 * np.sin(a))
        shapes.append(ellipsoid(c, (0.024, 0.02, 0.024), None, 0.008))
    return shapes


def _lamb(rng: Rng) -> list[Part]:
    """A young lamb standing, head toward +x turned a little to the viewer: a small round body
    in a thick curly white fleece of many small curls, a short woolly tail; a big head for its
    body, bare and darker (second material) with a woolly topknot, small floppy ears sticking
    out sideways, dark eyes and nose; long thin bare legs (second material) with knobbly knees
    and small dark hooves."""
    parts = [solid(_fleece(rng), 0.015, 0, "body")]
    feet = ((0.11, 0.065), (0.1, -0.065), (-0.12, 0.065), (-0.13, -0.065))
    parts += _thin_legs(feet, 0.38, 0.048, 0.3, 1)
    parts += _hooves(feet, 0.018, 0.025)
    head = [ellipsoid((0.25, 0.64, 0.0), (0.075, 0.072, 0.068))]
    head += rope([(0.27, 0.63, 0.0), (0.36, 0.55, 0.0)], [0.06, 0.04], 0.04)
    parts.append(solid(head, 0.015, 1))
    parts.append(sphere(1.0, at(0.385, 0.55, 0.0) @ scl(0.014, 0.018, 0.024), "marking"))
    parts += _eyes((0.3, 0.645), 0.052, 0.011)
    for s in (-1, 1):
        parts.append(_ear((0.25, 0.665, s * 0.05), (-0.6, 0.0, s), 30, (0.058, 0.026, 0.01), 1))
    return _turned(parts, 14 + float(rng.uniform(-4, 4)))


# Horses

_HORSE_FEET = ((0.26, 0.09), (0.24, -0.09), (-0.3, 0.09), (-0.32, -0.09))


def _horse_body(neck, poll, muzzle, thin: float = 0.0, neck_r=(0.11, 0.065)) -> list:
    """A horse's body along +x: a barrel, a deep chest, a rounded rump, a neck through the
    points ``neck`` (``neck_r`` thick at its root and at the head) to the head from ``poll`` to
    ``muzzle``; ``thin`` pares it all down."""
    k = 1.0 - thin
    shapes = [ellipsoid((-0.02, 0.68, 0.0), (0.34, 0.16 * k, 0.15 * k))]  # the barrel
    shapes.append(ellipsoid((0.22, 0.68, 0.0), (0.14, 0.16 * k, 0.13 * k), None, 0.06))  # chest
    shapes.append(ellipsoid((-0.3, 0.73, 0.0), (0.15, 0.15 * k, 0.14 * k), None, 0.06))  # rump
    shapes += rope(neck, np.linspace(*neck_r, len(neck)) * k, 0.06, 0.03)
    poll, muzzle = np.asarray(poll, float), np.asarray(muzzle, float)
    shapes.append(ellipsoid(poll + (muzzle - poll) * 0.18, (0.07, 0.075, 0.06), None, 0.03))
    shapes += rope([poll + (muzzle - poll) * 0.2, muzzle], [0.06, 0.044], 0.03)
    shapes.append(ellipsoid(muzzle, (0.046, 0.046, 0.046), None, 0.02))
    return shapes


def _horse_head(poll, muzzle, ear_tilt: float = 0.0) -> list[Part]:
    """A horse's eyes, pricked ears and nostrils on the head from poll to muzzle."""
    poll, muzzle = np.asarray(poll, float), np.asarray(muzzle, float)
    d = unit(muzzle - poll)
    up = unit(np.cross((0.0, 0.0, 1.0), d))
    parts = []
    for s in (-1, 1):
        eye = poll + d * 0.075 + up * 0.02 + v3(0, 0, s * 0.06)
        parts.append(bead(0.012, at(*eye), "pupil"))
        base = poll + up * 0.03 - d * 0.01 + v3(0, 0, s * 0.03)
        ear = at(*base) @ align(up + v3(0, 0, s * 0.25) - d * (0.3 + ear_tilt))
        parts.append(lathe([(0.0, 0.0), (0.019, 0.01), (0.015, 0.05), (0.0, 0.075)], ear, 0,
                           sides=8))  # fmt: skip
        nose = muzzle + d * 0.035 + v3(0, 0, s * 0.024)
        parts.append(bead(1.0, at(*nose) @ scl(0.01, 0.012, 0.008), "marking"))
    return parts


def _crest_locks(crest, rng: Rng, length: float, ragged: float, side: float = 1.0):
    """Paths of a mane's locks falling from the neck's crest (points (x, y)) to one side."""
    paths = []
    for k, (cx, cy) in enumerate(crest):
        ln = length * (1.0 - ragged * rng.uniform(0.0, 1.0))
        w = rng.uniform(-0.01, 0.01, 2)
        z = side * 0.02 * (k % 2)
        paths.append([(cx, cy + 0.01, z), (cx - 0.01, cy - ln * 0.3, side * 0.05 + z),
                      (cx - 0.02 + w[0], cy - ln * 0.7, side * 0.07 + w[1]),
                      (cx - 0.02 + w[0], cy - ln, side * 0.075 + w[1])])  # fmt: skip
    return paths


# 1402 warhorse


_CHARGER_NECK = [(0.2, 0.78, 0.0), (0.32, 0.96, 0.0), (0.39, 1.13, 0.0), (0.42, 1.24, 0.0)]
_CHARGER_POLL = np.array([0.45, 1.29, 0.0])
_CHARGER_MUZZLE = np.array([0.64, 1.04, 0.0])
_SADDLE_Y = 0.89
"""The height of the saddle's seat."""


def _caparison_grid(rng: Rng) -> np.ndarray:
    """The caparison as a grid of points: rows round the body from the chest to the rump, each
    a column of cloth from the hem on one side up over the back and down to the hem on the
    other, hanging in folds, flaring a little at the hem."""
    rows, half = 24, 9
    a = np.linspace(0.0, np.pi, rows)
    x = -0.03 + 0.46 * np.cos(a)
    w = 0.2 * np.abs(np.sin(a)) ** (2 / 3) + 0.002
    top = np.interp(x, [-0.49, -0.3, 0.0, 0.22, 0.43], [0.74, 0.88, 0.86, 0.9, 0.8])
    hem = 0.3 + 0.015 * np.cos(a * 2)
    phase = float(rng.uniform(0, np.pi))
    grid = np.zeros((rows, 2 * half + 1, 3))
    for j in range(-half, half + 1):
        f = abs(j) / half  # 1 at the hems, 0 on the spine
        s = 1.0 if j >= 0 else -1.0
        if f > 0.45:  # hanging down the side
            g = (f - 0.45) / 0.55
            y = top - 0.15 - g * (top - 0.15 - hem)
            fold = 1.0 + 0.1 * g * np.sin(10 * a + phase)
            z = w * (1.0 + 0.12 * g) * fold
        else:  # rounded over the back
            th = f / 0.45 * np.pi / 2
            y = top - 0.15 * (1 - np.cos(th))
            z = w * np.sin(th)
        grid[:, j + half] = np.stack([x, y, s * z], 1)
    return grid


def _caparison(rng: Rng) -> list[Part]:
    """A knight's caparison draped over the horse to its knees (second material): cloth
    hanging in folds from over its back all round its chest, sides and rump, a golden border
    and fringe round the hem and a white cross on each side."""
    g = _caparison_grid(rng)
    parts = [cloth_sheet(g, 0.008, 1)]
    for j in (0, -1):
        hem = g[:, j]
        parts.append(_strands([hem + v3(0, 0.012, 0)], 0.011, "plume-tip"))
        pts = catmull_rom(hem, 32)
        drop = np.stack([pts + v3(0, 0.005, 0), pts - v3(0, 0.02, 0), pts - v3(0, 0.045, 0)], 1)
        parts.append(_strands(drop, 0.003, "plume-tip"))
    for s in (-1, 1):
        c = g[15, 14 if s > 0 else 4]
        m = at(c[0], c[1], c[2] + s * 0.012)
        parts.append(box(0.035, 0.2, 0.006, m @ at(0, -0.1, 0), "snow"))
        parts.append(box(0.15, 0.035, 0.006, m @ at(0, 0.02, 0), "snow"))
    return parts


def _war_saddle() -> list[Part]:
    """A knight's saddle over the caparison: a padded seat between a high curved cantle behind
    and a high pommel in front, flaps down its sides, stirrup leathers and steel stirrups."""
    y = _SADDLE_Y
    parts = [sphere(1.0, at(-0.03, y, 0.0) @ scl(0.15, 0.03, 0.12), "soil")]
    arch = [(-0.15, y - 0.01, -0.11), (-0.17, y + 0.1, -0.07), (-0.175, y + 0.13, 0.0),
            (-0.17, y + 0.1, 0.07), (-0.15, y - 0.01, 0.11)]  # fmt: skip
    parts.append(tube(arch, 0.022, None, "soil"))
    parts.append(box(0.03, 0.11, 0.12, at(-0.16, y - 0.01, 0.0) @ rot("z", 12), "soil"))
    parts.append(box(0.04, 0.09, 0.11, at(0.1, y - 0.01, 0.0) @ rot("z", -14), "soil"))
    parts.append(sphere(1.0, at(0.12, y + 0.085, 0.0) @ scl(0.03, 0.022, 0.06), "soil"))
    for s in (-1, 1):
        flap = at(-0.03, y - 0.03, s * 0.16) @ rot("x", s * 70)
        parts.append(box(0.17, 0.012, 0.15, flap, "soil"))
        top, foot = (-0.01, y - 0.05, s * 0.225), (-0.01, 0.46, s * 0.24)
        parts.append(box(0.025, top[1] - foot[1], 0.005, at(*foot), "marking"))
        iron = at(-0.01, 0.43, s * 0.24) @ scl(1.0, 1.2, 1.0) @ rot("x", 90)
        parts.append(hoop(0.03, 0.0055, iron, "steel", 16, 5))
        parts.append(box(0.06, 0.008, 0.03, at(-0.01, 0.4, s * 0.24), "steel"))
    return parts


def _bridle() -> list[Part]:
    """A bridle on the charger's head: a headpiece behind the ears, a browband, a noseband, the
    cheekpieces down to the bit's rings, and the reins from the bit back to the pommel."""
    poll, muzzle = _CHARGER_POLL, _CHARGER_MUZZLE
    d = unit(muzzle - poll)
    parts = []
    for f, r in ((0.03, 0.074), (0.7, 0.056)):
        c = poll + (muzzle - poll) * f
        parts.append(hoop(r, 0.006, at(*c) @ align(d) @ scl(1.0, 1.0, 1.1), "marking", 20, 4))
    for s in (-1, 1):
        a = poll + (muzzle - poll) * 0.03 + v3(0, 0, s * 0.072)
        b = poll + (muzzle - poll) * 0.88 + v3(0, -0.01, s * 0.05)
        parts.append(tube([a, b], 0.006, None, "marking"))
        parts.append(hoop(0.014, 0.0035, at(*b) @ rot("x", 90), "steel", 12, 4))
        rein = [b, b + v3(-0.08, -0.1, s * 0.03), (0.26, 0.9, s * 0.11),
                (0.12, _SADDLE_Y + 0.06, s * 0.05)]  # fmt: skip
        parts.append(tube(rein, 0.0055, None, "marking"))
    return parts


def _warhorse(rng: Rng) -> list[Part]:
    """A knight's warhorse standing proud, head toward +x turned a little to the viewer, its
    neck arched and its head held high: a bridle and reins, a high-backed saddle with stirrups
    hanging on their leathers, and a long caparison (second material) draped over its body to
    its knees, falling in folds, with a golden border and fringe and a white cross on its side;
    only the lower legs and dark hooves show under it; a dark mane and a long flowing tail."""
    shapes = _horse_body(_CHARGER_NECK, _CHARGER_POLL, _CHARGER_MUZZLE, 0.0, (0.13, 0.07))
    parts = [solid(shapes[3:], 0.022, 0, "body")]  # the neck and the head, out of the cloth
    parts += _thin_legs(_HORSE_FEET, 0.6, 0.09, 0.12, 0)  # (the body is all hidden)
    parts += _hooves(_HORSE_FEET, 0.042)
    parts += _horse_head(_CHARGER_POLL, _CHARGER_MUZZLE)
    parts += _caparison(rng)
    parts += _war_saddle()
    parts += _bridle()
    top = _CHARGER_POLL + v3(-0.01, 0.06, 0.0)  # a plume on the headpiece
    plume = [[top, top + v3(-0.02 + 0.015 * k, 0.08, 0.012 * k), top + v3(-0.1 + 0.02 * k, 0.13,
              0.02 * k)] for k in (-2, -1, 0, 1, 2)]  # fmt: skip
    parts.append(_locks(plume, 0.035, 0.01, "card-red", 5))
    crest = catmull_rom([(0.2, 0.9), (0.3, 1.04), (0.36, 1.17), (0.4, 1.28)], 16)
    parts.append(_locks(_crest_locks(crest, rng, 0.1, 0.2), 0.03, 0.01, "marking"))
    tail = []
    for k in range(14):
        f = k / 13 - 0.5
        w = rng.uniform(-0.015, 0.015, 2)
        tail.append([(-0.47, 0.84, 0.0), (-0.54, 0.8, 0.03 * f), (-0.6, 0.6, 0.06 * f + w[0]),
                     (-0.59 + w[1], 0.36, 0.08 * f)])  # fmt: skip
    parts.append(_locks(tail, 0.04, 0.012, "marking"))
    return _turned(parts, 14 + float(rng.uniform(-4, 4)))


# 1403 nag

_NAG_NECK = [(0.2, 0.72, 0.0), (0.32, 0.66, 0.0), (0.42, 0.57, 0.0), (0.47, 0.51, 0.0)]
_NAG_POLL = np.array([0.49, 0.5, 0.0])
_NAG_MUZZLE = np.array([0.63, 0.24, 0.0])


def _nag_shapes(field_shapes: list) -> list:
    """A starved old horse's bony extras on its thin body: a sway back sunk between sharp
    withers and a high bony croup, jutting hip bones, a ridge of spine, sunken flanks."""
    shapes = list(field_shapes)
    shapes.append(ellipsoid((0.18, 0.77, 0.0), (0.09, 0.06, 0.035), rot("z", 20), 0.04))
    shapes.append(ellipsoid((-0.32, 0.8, 0.0), (0.13, 0.05, 0.07), None, 0.04))
    for s in (-1, 1):
        shapes.append(ellipsoid((-0.21, 0.71, s * 0.1), (0.05, 0.03, 0.03), None, 0.04))
        shapes.append(ellipsoid((-0.13, 0.6, s * 0.14), (0.06, 0.08, 0.04), None, -0.03))
    for x in np.linspace(-0.3, 0.12, 9):  # the knobs of the spine
        shapes.append(ellipsoid((x, 0.77 - 0.05 * np.cos(x * 7 + 0.6), 0.0), (0.02, 0.02, 0.015),
                                None, 0.015))  # fmt: skip
    return shapes


def _ribs(shapes: list) -> list[Part]:
    """The ribs showing through the skin of the barrel: half-sunk ridges curving down and a
    little forward, seven a side."""
    angs = np.radians([25, 50, 75, 100, 122])
    lines = [(x, s) for x in np.linspace(0.13, -0.19, 7) for s in (-1, 1)]
    dirs = [np.stack([np.zeros(5), np.cos(angs), s * np.sin(angs)], 1) for _, s in lines]
    mids = [np.stack([x + 0.06 * np.linspace(0, 1, 5), np.full(5, 0.64), np.zeros(5)], 1)
            for x, _ in lines]  # fmt: skip
    ps, ns = skin_hits(skin_field(shapes), np.concatenate(mids), np.concatenate(dirs), 0.3, 64)
    ps, ns = ps.reshape(-1, 5, 3), ns.reshape(-1, 5, 3)
    radii = [0.006, 0.018, 0.02, 0.018, 0.006]
    return [tube(p + n * 0.002, radii, None, 0, shape=_HEX) for p, n in zip(ps, ns, strict=True)]


def _nag(rng: Rng) -> list[Part]:
    """A skinny old horse standing with its head hanging low, head toward +x turned a little to
    the viewer: a thin body whose ribs show as ridges along its sides, a sway back sunk between
    bony withers and a high bony croup, hip bones jutting, sunken flanks; a thin neck sloping
    down to a long bony head hanging at its knees, ears drooping; thin knobbly legs; a ragged
    short mane sticking up in tufts and a thin straggly tail (second material)."""
    body = _horse_body(_NAG_NECK, _NAG_POLL, _NAG_MUZZLE, 0.22)
    body[0] = ellipsoid((-0.03, 0.64, 0.0), (0.35, 0.13, 0.1))  # the barrel, sagging
    shapes = _nag_shapes(body)
    parts = [solid(shapes + _legs(_HORSE_FEET, 0.6, 0.075, 0.3), 0.023, 0, "body")]
    parts += _ribs(shapes)
    parts += _hooves(_HORSE_FEET, 0.034)
    parts += _horse_head(_NAG_POLL, _NAG_MUZZLE, 0.8)
    line = catmull_rom([*_NAG_NECK, tuple(_NAG_POLL)], 16)[2:]  # along the neck: the mane
    crest, _ = skin_hits(skin_field(shapes), line, np.tile([-0.3, 1.0, 0.0], (len(line), 1)), 0.2)
    tufts = []
    for cx, cy, _ in crest:
        ln = float(rng.uniform(0.04, 0.09))
        w = rng.uniform(-0.03, 0.03, 2)
        tufts.append([(cx + 0.01, cy - 0.015, 0.0), (cx - ln * 0.3, cy + ln * 0.5, w[0] * 0.5),
                      (cx - ln * 0.8 + w[1], cy + ln * 0.8, w[0])])  # fmt: skip
    parts.append(_locks(tufts, 0.035, 0.012, 1, 4))
    tail = []
    for k in range(7):
        f = k / 6 - 0.5
        w = rng.uniform(-0.02, 0.02, 2)
        ln = float(rng.uniform(0.3, 0.42))
        tail.append([(-0.45, 0.78, 0.0), (-0.5, 0.7, 0.02 * f), (-0.51, 0.78 - ln * 0.6, 0.03 * f
                     + w[0]), (-0.5 + w[1], 0.78 - ln, 0.04 * f)])  # fmt: skip
    parts.append(_locks(tail, 0.018, 0.008, 1))
    return _turned(parts, 12 + float(rng.uniform(-4, 4)))


# 1404 piglet


_PIG_FEET = ((0.1, 0.07), (0.09, -0.07), (-0.12, 0.07), (-0.13, -0.07))


def _piglet(rng: Rng) -> list[Part]:
    """A piglet standing, head toward +x turned a little to the viewer: a small round pink body
    on short legs with little dark trotters, a big round head running into a short snout
    ending in a flat round disc with two nostrils (second material), big floppy ears flopping
    forward over its eyes, and a curly tail."""
    shapes = [ellipsoid((-0.04, 0.24, 0.0), (0.19, 0.145, 0.14))]
    shapes.append(ellipsoid((0.15, 0.26, 0.0), (0.11, 0.11, 0.11), None, 0.07))  # the head
    shapes.append(ellipsoid((0.15, 0.2, 0.0), (0.08, 0.06, 0.09), None, 0.05))  # the jowls
    shapes += rope([(0.2, 0.25, 0.0), (0.28, 0.232, 0.0)], [0.065, 0.05], 0.04)  # the snout
    for x, z in _PIG_FEET:
        shapes += rope([(x, 0.2, z * 0.9), (x, 0.06, z), (x + 0.005, 0.02, z)],
                       [0.05, 0.03, 0.026], 0.04)  # fmt: skip
    parts = [solid(shapes, 0.014, 0, "body")]
    parts.append(cylinder(0.052, 0.05, 0.03, at(0.305, 0.232, 0.0) @ rot("z", -90), 1))
    for s in (-1, 1):
        parts.append(bead(1.0, at(0.335, 0.234, s * 0.018) @ scl(0.005, 0.014, 0.009), "marking"))
        parts.append(bead(0.011, at(0.225, 0.3, s * 0.07), "pupil"))
        root = np.array([0.11, 0.35, s * 0.065])
        bend = [root, root + v3(0.03, 0.075, s * 0.04), root + v3(0.125, -0.05, s * 0.085)]
        parts.append(_ear_flap(bend, (-0.35, 0.0, s), 0.06, 0))
    for x, z in _PIG_FEET:
        parts.append(cylinder(0.028, 0.025, 0.025, at(x + 0.005, 0.0, z), "marking"))
        parts.append(box(0.004, 0.024, 0.045, at(x + 0.028, 0.0, z), "pupil"))
    t = np.linspace(0.0, 1.0, 14)  # the tail, curling round twice as it grows thinner
    a = t * 4 * np.pi
    x = -0.22 - 0.04 * t - 0.03 * np.sin(a) * t
    y = 0.29 + 0.03 * t + 0.03 * np.cos(a) * t
    curl = np.stack([x, y, 0.025 * np.sin(a) * t], 1)
    parts.append(tube(curl, np.linspace(0.013, 0.006, 14), None, 0))
    return _turned(parts, -8 + float(rng.uniform(-4, 4)))


MORE_APPLIANCES_ZZZZY = {
    1397: _bull, 1398: _ox, 1399: _buffalo, 1400: _calf, 1401: _lamb, 1402: _warhorse,
    1403: _nag, 1404: _piglet,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
