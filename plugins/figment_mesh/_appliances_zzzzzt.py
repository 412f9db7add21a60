"""More of the device family's appliances, from 1535: an owl on a branch, a garden snail and a
crescent moon on a stand.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material; the snail
crawls toward +x with its shell's spiral on the viewer's side.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, align, at, rot, scl, v3
from ._kit import (
    cone,
    cut,
    disc,
    flat_solid,
    flat_things,
    rope,
    skin_field,
    skin_hits,
    solid,
    unit,
    units,
)
from ._primitives import HEXAGON, cylinder, lathe, sphere, torus, tube
from ._sdf import Field, Shape
from ._sdf import ellipsoid as blob

__all__ = ["MORE_APPLIANCES_ZZZZZT"]

Rng = np.random.Generator


# 1535 owl on a branch

_HEAD = v3(0.0, 0.68, 0.0)
_FACE = 0.1
"""How far in front of the head's middle its face is cut flat."""
_EYE = 0.072
"""How far either side of the middle the eyes are."""


def _owl_shapes(tuft: float) -> list[Shape]:
    """The owl's smooth body: an upright egg broadest low down, a big round head sat on it with
    no neck, its face cut flat, two ear tufts, short thick feathered legs."""
    shapes = [blob((0.0, 0.37, -0.03), (0.19, 0.25, 0.165))]  # the body
    shapes.append(blob((0.0, 0.27, -0.01), (0.2, 0.15, 0.17), None, 0.08))  # its broad belly
    shapes.append(blob(_HEAD, (0.215, 0.18, 0.17), None, 0.07))  # the head
    for s in (-1, 1):
        root = _HEAD + v3(s * 0.13, 0.1, -0.02)
        shapes.append(cone(root, root + v3(s * 0.06, tuft, -0.02), 0.045, 0.006, 0.04))
        shapes += rope([(s * 0.075, 0.2, 0.02), (s * 0.075, 0.115, 0.04)], [0.045, 0.035], 0.04)
    lo, hi = _HEAD + v3(-0.3, -0.16, _FACE), _HEAD + v3(0.3, 0.2, 0.3)
    shapes.append(cut(2, _HEAD[2] + _FACE, True, 0.03, lo, hi))  # the flat face
    return shapes


def _on(m: np.ndarray, x: float, y: float, z: float) -> np.ndarray:
    """The point (x, y, z) placed by m."""
    return (m @ np.array([x, y, z, 1.0]))[:3]


def _owl_face() -> list[Part]:
    """The pale facial disc round both eyes on the flat face with a ruff of feathers round its
    rim, the big round eyes (a pale ring, a yellow iris, a big black pupil), the brows rising
    to the ear tufts and the small hooked beak between the eyes."""
    z = _HEAD[2] + _FACE
    face = at(_HEAD[0], _HEAD[1] - 0.01, z - 0.01)
    r = 0.095
    lobes = [disc((s * _EYE, 0.0), r, 28) for s in (-1, 1)]
    parts = [flat_solid(lambda n: lobes, 0.02, face, 1)]
    half = np.degrees(np.arccos(_EYE / r))
    for s in (-1, 1):  # the ruff round each lobe, from the top middle out and round
        a = np.radians(np.linspace(half, 360 - half, 10) if s < 0 else
                       np.linspace(180 - half, -180 + half, 10))  # fmt: skip
        pts = [_on(face, s * _EYE + r * np.cos(t), r * np.sin(t), 0.016) for t in a]
        parts.append(tube(pts, 0.018, None, 0, shape=HEXAGON))
    for s in (-1, 1):
        eye = face @ at(s * _EYE, 0.0, 0.02) @ rot("x", 90)
        parts.append(cylinder(0.062, 0.058, 0.008, eye, "sclera"))
        parts.append(cylinder(0.05, 0.046, 0.014, eye, "plume-tip", "eyes"))
        dome = [(0.0, 0.0), (0.03, 0.0), (0.024, 0.006), (0.0, 0.009)]
        parts.append(lathe(dome, eye @ at(0, 0.014, 0), "pupil", sides=14))
        brow = [(0.0, 0.03, 0.025), (s * 0.05, 0.085, 0.02), (s * 0.12, 0.12, 0.0)]
        parts.append(tube([_on(face, *p) for p in brow], [0.012, 0.016, 0.01], None, 0))
    beak = [(0.0, 0.02, 0.015), (0.0, 0.0, 0.05), (0.0, -0.04, 0.055), (0.0, -0.065, 0.035)]
    parts.append(tube([_on(face, *p) for p in beak], [0.02, 0.018, 0.011, 0.0], None, "marking"))
    return parts


def _feather_outline(n: int = 8) -> np.ndarray:
    """A feather's tip seen flat: a long oval, round at its tip (+y)."""
    t = np.arange(n) * (2 * np.pi / n)
    return np.stack([0.45 * np.cos(t), np.sin(t) - 0.3 * np.sin(t) ** 2 * (np.sin(t) < 0)], 1)


def _owl_wings() -> list[Part]:
    """The wings folded against the sides from the shoulders to below the belly, rows of
    feather tips overlapping down them."""
    parts = []
    rx, ry, rz = 0.06, 0.25, 0.15
    for s in (-1, 1):
        c = v3(s * 0.175, 0.36, -0.06)
        turn = rot("z", s * 7) @ rot("x", -8)
        parts.append(sphere(1.0, at(*c) @ turn @ scl(rx, ry, rz), 0, "wings"))
        pts, nrm = [], []
        for i, v in enumerate(np.linspace(0.15, -0.75, 5)):
            for u in np.linspace(-0.65, 0.3, 4 + (i % 2)):
                w = np.sqrt(max(1 - u * u - v * v, 0.02))
                local = np.array([s * w, v, u])
                pts.append((at(*c) @ turn @ np.array([*(local * (rx, ry, rz)), 1.0]))[:3])
                nrm.append(turn[:3, :3] @ (local / np.array([rx, ry, rz]) ** 2))
        heads = np.tile((turn[:3, :3] @ v3(0, -1, -0.25)), (len(pts), 1))
        parts.append(flat_things(pts, nrm, heads, 0.05, _feather_outline(), 0.012, 0, -0.3))
    return parts


def _breast(field: Field) -> Part:
    """Rows of small round-tipped feathers over the breast and belly, each overlapping the row
    below."""
    c = v3(0.0, 0.33, -0.03)
    dirs = []
    for i, y in enumerate(np.linspace(0.3, -0.5, 6)):
        for a in np.linspace(-50, 50, 7 - (i % 2)):
            t = np.radians(a + 8 * (i % 2))
            dirs.append((np.sin(t), y, np.cos(t)))
    ps, ns = skin_hits(field, [c] * len(dirs), dirs, 0.35, 64, 0.01)
    tilt = units(ns + v3(0, 0.35, 0))
    return flat_things(ps + ns * 0.004, tilt, (0, -1, 0), 0.034, _feather_outline(), 0.01, 0, -0.3)


def _talons(x: float, spread: float, branch: np.ndarray, br: float) -> list[Part]:
    """One foot gripping the branch (along x at ``branch``, radius br) under the leg at x: three
    thick toes curled over its front and one behind, each ending in a dark hooked claw."""
    parts = []
    for dx, sign in ((-spread, 1), (0.0, 1), (spread, 1), (0.0, -1)):
        a = np.radians(np.array([-5, 35, 70, 100, 125]) * sign)
        rr = np.array([br + 0.012] * 4 + [br - 0.005])
        xs = x + dx * np.linspace(0.0, 1.0, 5)
        pts = [branch + v3(xx - branch[0], r * np.cos(t), r * np.sin(t))
               for xx, r, t in zip(xs, rr, a, strict=True)]  # fmt: skip
        parts.append(tube(pts[:3], [0.02, 0.017, 0.014], None, 0, shape=HEXAGON))
        parts.append(tube(pts[2:], [0.01, 0.007, 0.0], None, "marking", shape=HEXAGON))
    return parts


def _owl(rng: Rng) -> list[Part]:
    """An owl perched upright on a short branch lying on the ground: an egg-shaped body, a big
    round head with no neck, a flat pale facial disc of two round lobes (second material) with
    a ruff round its rim, two huge forward-looking eyes (a pale ring, a yellow iris, a black
    pupil), a small dark hooked beak between them, brows rising to two ear tufts, folded wings
    on its sides with rows of feather tips, rows of small feathers down its breast, a short tail
    down over the branch, short feathered legs whose toes and dark claws grip the branch (second
    material)."""
    tuft = 0.13 + float(rng.uniform(-0.015, 0.015))
    shapes = _owl_shapes(tuft)
    parts = [solid(shapes, 0.022, 0, "body"), _breast(skin_field(shapes[:-1]))]
    parts += _owl_face()
    parts += _owl_wings()
    parts.append(sphere(1.0, at(0.0, 0.14, -0.17) @ rot("x", 35) @ scl(0.09, 0.13, 0.03), 0))
    br = 0.05
    branch = v3(0.0, br, 0.02)
    bend = float(rng.uniform(-0.02, 0.02))
    pts = [(-0.42, br, 0.0), (-0.2, br + 0.005, 0.02 + bend), (0.15, br, 0.02),
           (0.42, br - 0.005, -0.01)]  # fmt: skip
    parts.append(tube(pts, [br * 0.9, br, br, br * 0.85], None, 1))
    parts.append(tube([(0.26, br + 0.02, 0.01), (0.32, 0.16, -0.02), (0.34, 0.22, -0.04)],
                      [0.018, 0.012, 0.006], None, 1))  # fmt: skip
    for s in (-1, 1):
        parts += _talons(s * 0.075, 0.03, branch, br)
    return parts


# 1536 garden snail

_TURN = 2.15
"""How much wider the shell's whorl grows in one turn."""


def _whorl(turns: float, r0: float, spire: float, n: int):
    """The shell's coiled tube from its mouth (turn 0) in to its tip: (n, 3) centres, the radial
    directions out from the coil's axis, the tube's radii. The coil turns in the xy plane round
    the origin, its last whorl running along the bottom and dipping a little to the mouth, which
    opens forward (+x) and down; its tip stands out toward +z."""
    tau = np.linspace(0.0, turns, n)
    shrink = _TURN**-tau
    phi = np.radians(-100.0 - 360.0 * tau)
    radial = np.stack([np.cos(phi), np.sin(phi), np.zeros(n)], 1)
    centres = radial * (r0 * shrink)[:, None]
    centres[:, 1] -= 0.3 * r0 * np.clip(1 - tau / 0.3, 0.0, 1.0) ** 2
    centres[:, 2] = spire * (1 - shrink)
    return centres, radial, 0.47 * r0 * shrink


def _shell(m: np.ndarray, r0: float, spire: float) -> list[Part]:
    """A snail's coiled shell under m: a tube swelling as it winds out from the tip to a wide
    round mouth, the whorls overlapping so the spiral shows from the side, a dark band winding
    round them, a flared lip round the mouth."""
    c, radial, rho = _whorl(3.3, r0, spire, 34)
    oval = np.stack([np.cos(t := np.linspace(0, 2 * np.pi, 12, endpoint=False)),
                     1.25 * np.sin(t)], 1)  # fmt: skip
    pts = [_on(m, *p) for p in c]
    parts = [tube(pts, [*rho[:-1], 0.0], None, 0, "body", oval)]
    side = units(radial * 0.55 + v3(0, 0, 1.0) * 0.95)
    band = c + side * (0.98 * rho)[:, None] * (1.0, 1.0, 1.25)
    parts.append(tube([_on(m, *p) for p in band[:-3]], 0.012 * rho[:-3] / rho[0] + 0.002, None,
                      "marking", shape=HEXAGON))  # fmt: skip
    t = unit(c[1] - c[0])
    mouth = m @ at(*c[0]) @ align(-t)
    parts.append(torus(rho[0] * 1.02, 0.016, mouth @ scl(1.0, 1.0, 1.25), 0))
    return parts


def _snail_shapes(mouth: np.ndarray, r: float) -> list[Shape]:
    """The snail's soft body, head toward +x: a long low foot flat on the ground tapering to a
    pointed tail, rising at the front into a rounded head, two long eye stalks and two short
    feelers, and a hump filling the shell's mouth (at ``mouth``, radius r)."""
    shapes = rope([(-0.5, 0.012, 0.0), (-0.3, 0.03, 0.0), (-0.05, 0.045, 0.0), (0.2, 0.05, 0.0)],
                  [0.006, 0.045, 0.08, 0.078])  # fmt: skip
    shapes += rope([(0.2, 0.05, 0.0), (0.32, 0.1, 0.0), (0.38, 0.14, 0.0)], [0.078, 0.068, 0.06],
                   0.03)  # fmt: skip
    for s in (-1, 1):
        shapes.append(cone((0.37, 0.18, s * 0.025), (0.45, 0.38, s * 0.085), 0.018, 0.009, 0.02))
        shapes.append(cone((0.42, 0.12, s * 0.03), (0.51, 0.085, s * 0.075), 0.014, 0.007, 0.02))
    shapes.append(blob(mouth - v3(0.03, 0.0, 0.0), (r * 1.1, r * 0.85, r * 1.15), None, 0.05))
    shapes.append(cut(1, 0.0, False, 0.015, (-0.6, -0.2, -0.2), (0.6, 0.003, 0.2)))
    return shapes


def _snail(rng: Rng) -> list[Part]:
    """A garden snail crawling toward +x, its side to the viewer: a big coiled shell (first
    material) on its back, the whorls winding in to a tip standing out toward the viewer, a dark
    band following the coil, the round mouth low at the front; under it a long soft slimy
    foot (second material) lying on the ground, running out in front into a rounded head with
    two long eye stalks ending in dark eyes and two short feelers below, and behind into a
    tapering tail."""
    r0 = 0.18 + float(rng.uniform(-0.01, 0.01))
    shell = at(-0.05, 0.325, -0.03) @ rot("z", float(rng.uniform(-4, 4)))
    parts = _shell(shell, r0, 0.1)
    c, _, rho = _whorl(0.0, r0, 0.1, 1)
    parts.append(solid(_snail_shapes(_on(shell, *c[0]), float(rho[0])), 0.016, 1))
    for s in (-1, 1):
        parts.append(sphere(0.019, at(0.452, 0.385, s * 0.087), "marking", "eyes"))
        parts.append(sphere(0.01, at(0.512, 0.084, s * 0.076), 1))
    return [p.moved(rot("y", 10)) for p in parts]


# 1537 crescent moon on a stand

_RA, _RB, _D = 0.5, 0.42, 0.24
"""The crescent: its outer circle's radius round 0, the inner circle's radius and how far it
sits toward +x."""
_PUFF = 0.03
"""How the crescent swells: its half thickness is sqrt(2 PUFF depth) at depth inside its edge."""
_NOSE = (-0.17, -0.03, 0.04)


def _smin(a, b, k: float):
    """A smooth minimum of radius k."""
    h = np.maximum(k - np.abs(a - b), 0.0) / k
    return np.minimum(a, b) - h * h * (k * 0.25)


def _crescent_2d(x, y):
    """The signed distance to the flat crescent (a nose on its inner curve) in its plane: the
    outer circle less the inner one, iq's moon."""
    a = (_RA**2 - _RB**2 + _D**2) / (2 * _D)
    b = np.sqrt(max(_RA**2 - a * a, 0.0))
    ay = np.abs(y)
    tip = np.sqrt((x - a) ** 2 + (ay - b) ** 2)
    body = np.maximum(np.sqrt(x * x + ay * ay) - _RA, _RB - np.sqrt((x - _D) ** 2 + ay * ay))
    d = np.where(_D * (x * b - ay * a) > _D * _D * np.maximum(b - ay, 0.0), tip, body)
    nose = np.sqrt((x - _NOSE[0]) ** 2 + (y - _NOSE[1]) ** 2) - _NOSE[2]
    return _smin(d, nose, 0.04)


def _half_thick(x, y):
    """The crescent's half thickness at (x, y) in its plane."""
    return np.sqrt(2 * _PUFF * np.maximum(-_crescent_2d(x, y), 0.0))


def _crescent(m: np.ndarray) -> Shape:
    """The puffy crescent under m (a rigid placement): thickest in the middle of its band,
    rounding to its edges, thinning to its two sharp tips."""
    inv = np.linalg.inv(m).astype(np.float32)

    def dist(x, y, z):
        lx = inv[0, 0] * x + inv[0, 1] * y + inv[0, 2] * z + inv[0, 3]
        ly = inv[1, 0] * x + inv[1, 1] * y + inv[1, 2] * z + inv[1, 3]
        lz = inv[2, 0] * x + inv[2, 1] * y + inv[2, 2] * z + inv[2, 3]
        d = _crescent_2d(lx, ly)
        return (d + lz * lz / (2 * _PUFF)) / np.sqrt(1 + (lz / _PUFF) ** 2)

    corners = np.array([[x, y, z, 1.0] for x in (-_RA, _RA) for y in (-_RA, _RA)
                        for z in (-0.15, 0.15)])  # fmt: skip
    w = (m @ corners.T).T[:, :3]
    return Shape(dist, w.min(0).astype(np.float32), w.max(0).astype(np.float32))


def _rim(c: np.ndarray, n: np.ndarray, big: float, small: float, blend: float) -> Shape:
    """A crater's raised rim: a ring of radius ``big`` round c, square to n, ``small`` thick."""
    c32, n32 = c.astype(np.float32), n.astype(np.float32)

    def dist(x, y, z):
        dx, dy, dz = x - c32[0], y - c32[1], z - c32[2]
        h = dx * n32[0] + dy * n32[1] + dz * n32[2]
        flat = np.sqrt(np.maximum(dx * dx + dy * dy + dz * dz - h * h, 0.0))
        return np.sqrt((flat - big) ** 2 + h * h) - small

    reach = big + small
    return Shape(dist, (c - reach).astype(np.float32), (c + reach).astype(np.float32), blend)


def _moon(rng: Rng) -> list[Part]:
    """A crescent moon standing upright on one tip on a small round stand: a thick crescent
    between two circular arcs (its inner hollow toward +x), puffed in the middle of its band and
    thinning to two sharp tips, a few shallow round craters in its face, a sleepy face in
    profile on its inner curve: a nose bump, a closed eye, a small smile. The stand, a round
    foot with a short post the tip rests in, is in the second material."""
    a = (_RA**2 - _RB**2 + _D**2) / (2 * _D)
    b = np.sqrt(_RA**2 - a * a)
    lean = np.degrees(np.arctan2(b, a)) - 90 + float(rng.uniform(-3, 3))
    m = rot("z", lean)
    tip = (m @ np.array([a, -b, 0.0, 1.0]))[:3]
    m = at(-tip[0], 0.085 - tip[1], 0.0) @ m
    shapes, bowls = [_crescent(m)], []
    craters = [(150, 0.8, 0.055), (207, 0.75, 0.042), (122, 0.87, 0.034), (236, 0.86, 0.032),
               (178, 0.89, 0.028), (99, 0.9, 0.026), (258, 0.9, 0.022)]  # fmt: skip
    for ang, k, r in craters:
        t = np.radians(ang + float(rng.uniform(-4, 4)))
        x, y = _RA * k * np.cos(t), _RA * k * np.sin(t)
        e = 0.004
        gx = (_half_thick(x + e, y) - _half_thick(x - e, y)) / (2 * e)
        gy = (_half_thick(x, y + e) - _half_thick(x, y - e)) / (2 * e)
        n = m[:3, :3] @ unit(v3(-gx, -gy, 1.0))
        p = _on(m, x, y, float(_half_thick(x, y)))
        shapes.append(_rim(p - n * 0.002, n, r, 0.013, 0.012))
        bowls.append(blob(p + n * 0.4 * r, (r, r, r), None, -0.01))
    shapes += bowls
    parts = [solid(shapes, 0.016, 0, "body")]
    eye = [(-0.255, 0.1), (-0.232, 0.082), (-0.205, 0.088)]
    smile = [(-0.235, -0.1), (-0.215, -0.112), (-0.195, -0.105)]
    for line in (eye, smile):
        parts.append(tube([_on(m, x, y, float(_half_thick(x, y)) - 0.001) for x, y in line],
                          0.0065, None, "marking"))  # fmt: skip
    parts.append(cylinder(0.15, 0.14, 0.04, None, 1))  # the stand
    parts.append(cylinder(0.14, 0.09, 0.02, at(0, 0.04, 0), 1))
    parts.append(cylinder(0.03, 0.02, 0.05, at(0, 0.06, 0), 1))
    return parts


MORE_APPLIANCES_ZZZZZT = {
    1535: _owl, 1536: _snail, 1537: _moon,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
