"""More of the device family's appliances, from 1008: a two-man crosscut saw, a sawmill, a
peavey, a water wheel, a chopping block, a logging sled, a lunch pail and a circular saw blade.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, align, at, mesh_part, rot, scl
from ._kit import (
    ALONG_X,
    ALONG_Z,
    band,
    blocks,
    ccw,
    crisp,
    disc,
    flat_solid,
    grid_skin,
    hoop,
    lines,
    lobed,
    square_bar,
    unit,
)
from ._primitives import box, cylinder, lathe, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZZY"]

Rng = np.random.Generator


# Shared pieces: logs, toothed discs, frames along a direction


def _frame(a, d, side) -> np.ndarray:
    """A placement at point a whose +y runs along d and whose +x lies toward ``side`` (made
    square to d)."""
    y = unit(d)
    x = np.asarray(side, float) - y * float(np.dot(side, y))
    x = unit(x)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = x, y, np.cross(x, y), a
    return m


def _log(a, b, r: float, rng: Rng, bark="soil", end="pencil-wood") -> list[Part]:
    """A sawn log from a to b, r round: a trunk in ridged bark, its two cut ends pale wood
    with dark growth rings."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    L = float(np.linalg.norm(b_ - a_))
    m = at(*a_) @ align(b_ - a_) @ rot("y", float(rng.uniform(0, 360)))
    ridges = lobed(20, 8, 0.07) * (1 + 0.025 * np.sin(np.arange(20) * 2.3))[:, None]
    prof = [(0.0, 0.0), (r * 0.93, 0.0), (r, 0.012), (r * 0.97, L - 0.012), (r * 0.9, L),
            (0.0, L)]  # fmt: skip
    parts = [lathe(prof, m, bark, shape=ridges)]
    for y, s in ((-0.003, -1), (L + 0.003, 1)):
        face = m @ at(0, y, 0)
        parts.append(cylinder(r * 0.88, r * 0.88, 0.004, face @ at(0, -0.002, 0), end))
        for f in (0.12, 0.42, 0.72):
            parts.append(hoop(r * f, 0.0035, face @ at(0, s * 0.002, 0), "marking", 16, 3))
    return parts


def _saw_disc(R: float, teeth: int, slots: int) -> list[np.ndarray]:
    """A circular saw blade's outline R round: hooked teeth all round (each a steep face
    leaning forward over a round gullet, a sloping back), an arbor hole, ``slots`` expansion
    slots cut in from the gullets each ending in a round hole (clockwise contours cut)."""
    pitch = 2 * np.pi / teeth
    g = min(0.15 * R, pitch * R * 0.8)  # the gullets' depth
    tooth = [(0.0, 0.0), (0.15, 0.012), (0.35, 0.03), (0.55, 0.06), (0.66, 0.2), (0.74, 0.62),
             (0.84, 0.95), (0.94, 1.0), (1.02, 0.75), (1.05, 0.45), (1.03, 0.2)]  # fmt: skip
    pts = []
    for k in range(teeth):
        for f, d in tooth:
            a = (k + f) * pitch
            pts.append((R * (1 - d * g / R) * np.cos(a), R * (1 - d * g / R) * np.sin(a)))
    out = [np.array(pts), disc((0.0, 0.0), 0.08 * R, 20, cut=True)]
    for j in range(slots):
        a = (j * teeth // slots + 0.86) * pitch
        c, s = np.cos(a), np.sin(a)
        r0, r1, w = R - 0.9 * g, R - 0.9 * g - 0.28 * R, 0.012 * R
        slot = np.array([(r0 + 0.05, -w), (r0 + 0.05, w), (r1, w), (r1, -w)])
        rotd = np.array([[c, -s], [s, c]])
        out.append(slot[::-1] @ rotd.T)
        out.append(disc((r1 * c, r1 * s), 0.03 * R, 12, cut=True))
    return out


# 1008 two-man crosscut saw

_RAKER = ((0.14, -0.014), (0.28, -0.022), (0.4, 0.0), (0.44, 0.024), (0.5, 0.016), (0.56, 0.024),
          (0.6, 0.0), (0.72, -0.022), (0.86, -0.014))  # fmt: skip
"""A raker between groups of teeth: (where across the gap, how far below the edge) for a
gullet down each side of a short two-pointed tooth."""


def _crosscut_blade(L: float) -> np.ndarray:
    """A crosscut saw blade's outline L long, its back along y = 0 a little hollowed, its
    lower edge bellied deep in the middle, cut into groups of four long lance teeth with a
    deep gullet and a short two-pointed raker between the groups."""
    half = L / 2

    def base(x):
        return -(0.07 + 0.1 * (1 - (x / half) ** 2))

    def slope(x):
        return 0.2 * x / half**2

    p, d, gap = 0.032, 0.045, 0.05
    span = L - 0.05
    group = 4 * p + gap
    n = int(span // group)
    x = -n * group / 2 + gap / 2
    edge = [(-half, base(-half))]

    def put(x0, depth):
        n_ = np.array([slope(x0), -1.0])
        n_ /= np.linalg.norm(n_)
        edge.append((x0 + n_[0] * depth, base(x0) + n_[1] * depth))

    put(x - gap / 2, 0.0)
    for _ in range(n):
        for t in range(4):
            x0 = x + t * p
            put(x0, 0.0)
            put(x0 + p / 2, d)
        put(x + 4 * p, 0.0)
        x1 = x + 4 * p
        for f, depth in _RAKER:
            put(x1 + f * gap, depth)
        x += group
    edge.append((half, base(half)))
    xs = np.linspace(half, -half, 15)
    back = [(v, -0.012 * (1 - (v / half) ** 2)) for v in xs]
    return np.array(edge + back)


def _crosscut_saw(rng: Rng) -> list[Part]:
    """A two-man crosscut saw standing on its teeth and leaning back against a log: a very long
    steel blade facing us, its back nearly straight and its toothed edge bellied deep in the
    middle, the teeth big lance points in groups of four with a raker between the groups; at
    each end an upright turned wooden handle in an iron clamp. The log lies behind it along
    its length, in dark bark with pale cut ends; a few chips of wood on the ground."""
    L, r, a = 1.5, 0.11, 14.0  # the blade's length, the log's radius, the lean
    sa, ca = np.sin(np.radians(a)), np.cos(np.radians(a))
    z0 = 0.05  # where the blade's middle tooth stands
    zl = z0 - r * (1 + sa) / ca
    blade = _crosscut_blade(L)
    tilt = float(rng.uniform(-1.5, 1.5))
    m = at(0.0, 0.0, z0) @ rot("x", -a) @ rot("z", tilt) @ at(0, 0.215, 0)
    parts = [flat_solid(lambda n: [blade], 0.006, m @ at(0, 0, -0.003), 0, "body")]
    for s in (-1, 1):  # the handles in their clamps
        x = s * (L / 2 - 0.012)
        lo = -0.085
        parts.append(box(0.05, 0.13, 0.022, m @ at(x - s * 0.012, lo, 0), 0))  # the clamp
        parts.append(cylinder(0.03, 0.03, 0.03, m @ at(x, 0.035, 0), 0))  # its ferrule
        grip = [(0.0, lo), (0.022, lo), (0.024, 0.06), (0.028, 0.2), (0.026, 0.3), (0.03, 0.33),
                (0.028, 0.35), (0.0, 0.355)]  # fmt: skip
        parts.append(lathe(grip, m @ at(x, 0, 0), 1))
        for y in (-0.02, -0.06):  # the clamp's bolts
            parts.append(cylinder(0.008, 0.008, 0.032, m @ at(x - s * 0.012, y, -0.016)
                                  @ ALONG_Z, 0))  # fmt: skip
    parts += _log((-0.6, r, zl), (0.62, r, zl), r, rng)
    for _ in range(6):  # chips
        c = at(float(rng.uniform(-0.6, 0.6)), 0.004, float(rng.uniform(0.12, 0.35)))
        parts.append(box(0.05, 0.008, 0.025, c @ rot("y", float(rng.uniform(0, 180))),
                         "pencil-wood"))  # fmt: skip
    return parts


# 1009 sawmill


def _sawmill(rng: Rng) -> list[Part]:
    """A small sawmill: a big circular saw blade standing upright, its hooked teeth all round,
    hung on its arbor from a heavy timber frame behind it (posts, beams and a table top);
    in front a track of two rails on sleepers with a log carriage on iron wheels running past
    the blade, a log held on it by iron head blocks, its end fed up to the teeth; a heap of
    sawdust by the blade and a stack of sawn planks beside the track."""
    zb, R, bx, by = -0.16, 0.48, 0.3, 0.5  # the blade's plane, radius and middle
    zr = (-0.02, 0.26)  # the rails
    parts = []
    # the frame behind the blade: four posts, beams, a table top; the arbor through it
    x0, x1, z0, z1, top = bx - 0.45, bx + 0.45, zb - 0.5, zb - 0.04, by - 0.04
    xm, zm = (x0 + x1) / 2, (z0 + z1) / 2
    parts.append(box(x1 - x0 + 0.06, 0.07, z1 - z0 + 0.04, at(xm, top - 0.07, zm), 0, "body"))
    for x in (x0 + 0.05, x1 - 0.05):
        for z in (z0 + 0.05, z1 - 0.05):
            parts.append(box(0.1, top - 0.07, 0.1, at(x, 0, z), 0))
        parts.append(box(0.08, 0.1, z1 - z0, at(x, 0.08, zm), 0))
    for z in (z0 + 0.05, z1 - 0.05):
        parts.append(box(x1 - x0, 0.1, 0.08, at(xm, 0.08, z), 0))
        parts.append(box(x1 - x0, 0.08, 0.08, at(xm, top - 0.2, z), 0))
    # the blade, its collar, the arbor and its pulley
    blade = _saw_disc(R, 30, 4)
    spin = float(rng.uniform(0, 12))
    bm = at(bx, by, zb) @ rot("z", spin)
    parts.append(flat_solid(lambda n: blade, 0.01, bm @ at(0, 0, -0.005), "steel"))
    parts.append(cylinder(0.08, 0.08, 0.025, at(bx, by, zb) @ ALONG_Z, 1))  # the collar
    parts.append(cylinder(0.03, 0.03, 0.03, at(bx, by, zb + 0.02) @ ALONG_Z, 1))  # the nut
    parts.append(cylinder(0.03, 0.03, 0.6, at(bx, by, zb - 0.55) @ ALONG_Z, 1))  # the arbor
    parts.append(cylinder(0.14, 0.14, 0.09, at(bx, by, z0 - 0.12) @ ALONG_Z, 1))  # the pulley
    # the track in front
    for z in zr:
        parts.append(box(2.2, 0.04, 0.03, at(-0.2, 0.04, z), "steel"))
    for k in range(11):
        parts.append(box(0.09, 0.04, 0.44, at(-1.2 + 0.22 * k, 0.0, sum(zr) / 2), 0))
    # the carriage: a timber frame on four iron wheels, bolsters, head blocks along its front
    cx0, cx1, cy = -1.1, -0.2, 0.2
    for z in zr:
        parts.append(box(cx1 - cx0, 0.07, 0.07, at((cx0 + cx1) / 2, cy - 0.07, z), 0))
        for x in (cx0 + 0.14, cx1 - 0.14):
            parts.append(cylinder(0.07, 0.07, 0.03, at(x, 0.15, z + 0.035) @ ALONG_Z, 1))
            parts.append(cylinder(0.08, 0.08, 0.01, at(x, 0.15, z + 0.055) @ ALONG_Z, 1))
    for x in (cx0 + 0.1, (cx0 + cx1) / 2, cx1 - 0.1):
        parts.append(box(0.09, 0.06, 0.44, at(x, cy, 0.12), 0))  # a bolster
        parts.append(box(0.08, 0.2, 0.07, at(x, cy + 0.06, 0.29), 1))  # a head block
        parts.append(box(0.05, 0.03, 0.12, at(x, cy + 0.2, 0.22), 1))  # its dog
    # the log on the carriage, fed up to the blade
    lr = 0.18
    ly = cy + 0.06 + lr
    parts += _log((cx0 - 0.05, ly, zb + 0.09), (bx - 0.49, ly, zb + 0.09), lr, rng, 0)
    # sawdust by the blade, sawn planks stacked beside the track
    dust = [(0.0, 0.0), (0.22, 0.0), (0.16, 0.05), (0.07, 0.12), (0.0, 0.14)]
    parts.append(lathe(dust, at(bx + 0.2, 0, zb - 0.02) @ scl(1.2, 1.0, 0.6), "pencil-wood",
                       shape=lobed(20, 7, 0.12)))  # fmt: skip
    for j in range(4):
        for i in range(3 - j // 2):
            c = at(0.88 + 0.08 * (j // 2) + 0.17 * i, 0.035 * j, 0.62)
            turn = float(rng.uniform(-3, 3))
            parts.append(box(0.155, 0.033, 0.75, c @ rot("y", turn), 0))
    return parts


# 1010 peavey


def _peavey(rng: Rng) -> list[Part]:
    """A peavey lying across a log, its butt on the ground and its iron end held up in the air
    past the log: a long tapering wooden handle, its thick end in a long iron cuff banded at its
    mouth and drawn out into a sharp spike, a clevis on the cuff holding a big curved hook on a
    bolt, hanging open from the handle with its point turned in toward it."""
    lr = 0.12
    butt = np.array([-0.78, 0.03, 0.12])
    crest = np.array([0.0, 2 * lr + 0.032, -0.02])
    arc = np.radians(np.linspace(115, -105, 10))
    hook = [(0.06 + 0.16 * np.cos(t), -0.15 + 0.16 * np.sin(t)) for t in arc]
    hook = [(x - hook[0][0], y - hook[0][1]) for x, y in hook]  # a crescent from its bolt
    px, py = 0.05, 1.34  # the hook's bolt, off the cuff's side
    swing = float(rng.uniform(30, 42))
    for lean in range(40, 91, 10):  # the hook hangs down and out toward us, clear of the ground
        t = np.radians(lean)
        m = _frame(butt, crest - butt, (0.0, -np.cos(t), np.sin(t)))  # x: the hook's side
        hm = m @ at(px, py, 0) @ rot("z", swing)
        if min((hm @ np.array([x, y, 0.0, 1.0]))[1] for x, y in hook) > 0.03:
            break
    handle = [(0.0, 0.0), (0.02, 0.0), (0.024, 0.02), (0.026, 0.4), (0.03, 0.8), (0.034, 1.1),
              (0.034, 1.15), (0.0, 1.15)]  # fmt: skip
    parts = [lathe(handle, m, 0, "body")]
    cuff = [(0.0, 1.08), (0.042, 1.08), (0.044, 1.1), (0.04, 1.13), (0.038, 1.3), (0.034, 1.38),
            (0.024, 1.44), (0.01, 1.53), (0.0, 1.58)]  # fmt: skip
    parts.append(lathe(cuff, m, 1))
    for y in (1.1, 1.145):  # the bands at its mouth
        parts.append(torus(0.043, 0.007, m @ at(0, y, 0), 1))
    # the clevis and the hook
    for z in (-0.02, 0.02):
        parts.append(box(0.07, 0.07, 0.012, m @ at(0.03, py - 0.035, z), 1))
    parts.append(cylinder(0.013, 0.013, 0.06, m @ at(px, py, -0.03) @ ALONG_Z, 1))
    flat = np.array([[0.0, 1.0], [0.55, 0.0], [0.0, -1.0], [-0.55, 0.0]])
    radii = [0.024, 0.028, 0.028, 0.026, 0.024, 0.021, 0.017, 0.013, 0.008, 0.0]
    parts.append(tube([(x, y, 0.0) for x, y in hook], radii, hm, 1, shape=flat))
    parts.append(sphere(1.0, hm @ scl(0.03, 0.03, 0.022), 1))  # the hook's eye
    parts += _log((0.0, lr, -0.5), (0.0, lr, 0.45), lr, rng)
    return parts


# 1011 water wheel


def _water_wheel(rng: Rng) -> list[Part]:
    """An overshot water wheel against a stone mill wall: a big wooden wheel on a hub and an
    iron axle running into the wall, eight spokes each side out to two broad rims, a ring of
    angled bucket boards between them sticking out round its edge; a wooden chute on a
    trestle brings water over the top and pours it onto the buckets, water spills from the
    buckets down into a stone-edged pool the wheel dips in."""
    cy, R, W = 0.52, 0.46, 0.26
    C = at(0.0, cy, 0.05)
    spin = float(rng.uniform(0, 15))
    wm = C @ rot("z", spin)
    ring = [(0.35, -0.016), (0.43, -0.016), (0.43, 0.016), (0.35, 0.016)]
    parts = []
    for s in (-1, 1):
        tag = "body" if s < 0 else ""
        parts.append(lathe(ring, wm @ at(0, 0, s * W / 2) @ ALONG_Z, 0, tag, sides=24,
                           closed=True))  # fmt: skip
        for k in range(8):
            a = np.radians(45 * k + 22.5)
            tip = (wm @ np.array([0.36 * np.cos(a), 0.36 * np.sin(a), s * (W / 2 - 0.02), 1]))[:3]
            hub = (wm @ np.array([0.07 * np.cos(a), 0.07 * np.sin(a), s * 0.1, 1]))[:3]
            parts.append(square_bar(hub, tip, 0.04, 0.035, 0))
    sole = [(0.33, -W / 2), (0.35, -W / 2), (0.35, W / 2), (0.33, W / 2)]
    parts.append(lathe(sole, wm @ ALONG_Z, 0, sides=24, closed=True))
    for k in range(24):  # the bucket boards
        bm = wm @ rot("z", 15 * k) @ at(0, 0.345, 0) @ rot("z", 24)
        parts.append(box(0.018, R - 0.33, W - 0.01, bm, 0))
    parts.append(cylinder(0.085, 0.085, 0.28, C @ at(0, 0, -0.14) @ ALONG_Z, 0))  # the hub
    parts.append(cylinder(0.03, 0.03, 0.72, C @ at(0, 0, -0.5) @ ALONG_Z, "steel"))  # the axle
    # the mill wall behind, in courses of stone, a bearing block on it
    wz, wh = -0.42, 0.9
    feet = []
    for j in range(7):
        off = 0.115 * (j % 2)
        for i in range(8):
            x = -0.86 + off + 0.23 * i
            if abs(x) < 0.9:
                feet.append((x, j * 0.13, 0.0))
    parts.append(blocks(feet, (0.215, 0.118, 0.16), at(0, 0, wz), "stones"))
    parts.append(box(1.72, wh, 0.12, at(0, 0, wz - 0.02), "plaster"))
    parts.append(box(1.8, 0.05, 0.2, at(0, wh, wz), "stones"))  # the coping
    parts.append(box(0.14, 0.12, 0.08, at(0, cy - 0.06, wz + 0.1), 1))
    # the pool, its stone edge
    parts.append(box(1.3, 0.07, 0.62, at(0, 0, 0.06), 1))
    for z in (-0.27, 0.4):
        parts.append(box(1.42, 0.11, 0.07, at(0, 0, z), "stones"))
    for x in (-0.68, 0.68):
        parts.append(box(0.07, 0.11, 0.72, at(x, 0, 0.065), "stones"))
    # the chute on its trestle, the water in it, pouring onto the buckets
    fy, fz, fx0, fx1 = cy + R + 0.05, 0.05, -1.0, 0.1
    fl = fx1 - fx0
    parts.append(box(fl, 0.025, W + 0.06, at((fx0 + fx1) / 2, fy, fz), 0))
    for s in (-1, 1):
        parts.append(box(fl, 0.11, 0.025, at((fx0 + fx1) / 2, fy, fz + s * (W / 2 + 0.02)), 0))
    parts.append(box(fl, 0.05, W, at((fx0 + fx1) / 2, fy + 0.025, fz), 1))  # its water
    for x in (-0.62, -0.92):
        for s in (-1, 1):
            parts.append(box(0.05, fy, 0.05, at(x, 0, fz + s * 0.14), 0))
        parts.append(box(0.05, 0.05, W + 0.08, at(x, fy - 0.08, fz), 0))
    fall = [(fx1 - 0.01, fy + 0.05, fz), (fx1 + 0.06, fy + 0.02, fz), (fx1 + 0.11, fy - 0.05, fz),
            (fx1 + 0.14, fy - 0.13, fz)]  # fmt: skip
    parts.append(band(fall, W - 0.04, 0.03, (0, 0, 1), 1))
    for k, z in enumerate((-0.08, 0.03, 0.12)):  # spilling from the buckets into the pool
        x = 0.47 + 0.02 * k
        spill = [(x - 0.02, cy - 0.05, z), (x + 0.01, cy - 0.25, z), (x + 0.01, 0.07, z)]
        parts.append(tube(spill, [0.012, 0.015, 0.02], None, 1))
    for _ in range(6):  # foam where it falls
        c = (0.47 + float(rng.uniform(-0.06, 0.06)), 0.07, float(rng.uniform(-0.1, 0.15)))
        parts.append(sphere(1.0, at(*c) @ scl(0.05, 0.015, 0.04), "snow"))
    return parts


# 1012 chopping block


def _chopping_block(rng: Rng) -> list[Part]:
    """A chopping block: a thick short round of a log standing on end, rough ridged bark round
    its sides, its flat top the pale end grain marked with growth rings, cracks and old axe
    cuts; an axe with its blade sunk in the top and its long handle slanting up; a few split
    quarters of firewood lying and standing beside it."""
    r, h = 0.27, 0.36
    bark = lobed(36, 17, 0.1) * (1 + 0.04 * np.sin(np.arange(36) * 1.7))[:, None]
    prof = [(0.0, 0.0), (r + 0.03, 0.0), (r + 0.01, 0.04), (r, 0.12), (r - 0.005, h - 0.02),
            (r - 0.02, h), (0.0, h)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body", shape=bark)]
    parts.append(cylinder(r - 0.025, r - 0.025, 0.008, at(0, h - 0.004, 0), "pencil-wood"))
    top = at(0, h + 0.004, 0)
    for f in (0.12, 0.3, 0.48, 0.66, 0.82):
        parts.append(hoop((r - 0.025) * f, 0.0025, top @ scl(1, 1, 0.95), "marking", 24, 3))
    for a in rng.uniform(0, 360, 3):  # cracks from the heart
        parts.append(box(0.15, 0.003, 0.004, top @ rot("y", float(a)) @ at(0.09, 0, 0),
                         "marking"))  # fmt: skip
    for _ in range(4):  # old cuts
        a = float(rng.uniform(0, 360))
        c = top @ rot("y", a) @ at(float(rng.uniform(0.06, 0.17)), 0, 0) @ rot("y", 60)
        parts.append(box(0.07, 0.003, 0.005, c, "marking"))
    # the axe: its bit sunk in the top, the handle slanting up from it
    am = at(0.02, h + 0.14, 0.03) @ rot("y", float(rng.uniform(20, 35))) @ rot("z", 22)
    head = [(-0.03, 0.045), (0.03, 0.045), (0.032, -0.03), (0.05, -0.11), (0.085, -0.18),
            (0.09, -0.2), (0.035, -0.21), (-0.035, -0.21), (-0.09, -0.2), (-0.085, -0.18),
            (-0.05, -0.11), (-0.032, -0.03)]  # fmt: skip
    parts.append(flat_solid(lambda n: [ccw(head)], 0.03, am @ at(0, 0, -0.015), 1))
    parts.append(box(0.06, 0.075, 0.042, am @ at(0, -0.035, 0), 1))  # the eye
    handle = [(0.0, -0.04), (0.02, -0.035), (0.021, 0.1), (0.018, 0.45), (0.02, 0.6),
              (0.028, 0.64), (0.0, 0.66)]  # fmt: skip
    parts.append(lathe(handle, am @ ALONG_X @ scl(1, 1, 0.75), 0))
    # split firewood: quarters of a log, two lying, one standing on end
    for x, z, lie in ((0.46, 0.2, 1), (-0.44, 0.24, 1), (0.36, -0.3, 0)):
        pm = at(x, 0, z) @ rot("y", float(rng.uniform(0, 360)))
        pm = pm @ at(0, 0, -0.17) if lie else pm @ rot("x", -90)
        parts.append(flat_solid(lambda n: [_quarter(0.13, n)], 0.34, pm, "soil"))
        parts.append(
            flat_solid(lambda n: [_quarter(0.116, n)], 0.344, pm @ at(-0.002, -0.002, -0.002), 0)
        )
    return parts


def _quarter(r: float, n: int) -> np.ndarray:
    """A quarter of a round r in the xy plane: the split faces along the axes, bark round."""
    t = np.linspace(0.0, np.pi / 2, max(n // 3, 5))
    return np.concatenate([[[0.0, 0.0]], np.stack([r * np.cos(t), r * np.sin(t)], 1)])


# 1013 logging sled


def _logging_sled(rng: Rng) -> list[Part]:
    """A heavy logging sled loaded with logs: two long thick wooden runners shod with iron, their
    fronts curving up, knees on them carrying two stout cross bunks with upright stakes at their
    ends, a pyramid of big logs on the bunks held by chains wrapped round the load; a short pole
    at the front with an iron ring."""
    hw = 0.34
    parts = []
    for s in (-1, 1):
        z = s * hw
        path = [(-0.72, 0.05, z), (-0.2, 0.05, z), (0.4, 0.05, z), (0.62, 0.07, z),
                (0.76, 0.15, z), (0.82, 0.27, z)]  # fmt: skip
        parts.append(band(path, 0.07, 0.1, (0, 0, 1), 0, "body" if s < 0 else ""))
        shoe = [(-0.72, 0.003, z), (0.4, 0.003, z), (0.62, 0.022, z), (0.76, 0.1, z)]
        parts.append(band(shoe, 0.074, 0.012, (0, 0, 1), 1))
        for x in (-0.38, 0.32):  # the knees
            parts.append(box(0.1, 0.12, 0.08, at(x, 0.1, z), 0))
    parts.append(square_bar((0.8, 0.24, -hw), (0.8, 0.24, hw), 0.06, 0.06, 0))  # the nose bar
    parts.append(tube([(0.8, 0.24, 0.0), (1.0, 0.16, 0.0), (1.12, 0.1, 0.0)], 0.03, None, 0))
    parts.append(torus(0.05, 0.01, at(1.17, 0.1, 0) @ rot("x", 90), 1))
    ybunk = 0.22
    for x in (-0.38, 0.32):  # the bunks and their stakes
        parts.append(box(0.14, 0.12, 1.0, at(x, ybunk, 0), 0))
        for s in (-1, 1):
            foot = (x, ybunk + 0.06, s * 0.46)
            parts.append(square_bar(foot, (x, ybunk + 0.6, s * 0.5), 0.06, 0.06, 0))
    # the load: three logs, two on them, one on top
    r = 0.135
    y0 = ybunk + 0.12 + r
    centres = [(-0.285, y0), (0.0, y0), (0.285, y0), (-0.1425, y0 + 0.247), (0.1425, y0 + 0.247),
               (0.0, y0 + 0.494)]  # fmt: skip
    for z, y in centres:
        dx = float(rng.uniform(-0.06, 0.06))
        rr = r * float(rng.uniform(0.92, 1.05))
        parts += _log((-0.78 + dx, y, z), (0.72 + dx, y, z), rr, rng)
    for x in (-0.38, 0.32):  # the binding chains
        wrap = [(0.0, 1.0), (0.5, 0.87), (0.8, 0.5), (0.97, 0.0), (1.0, -0.45)]
        for s in (-1, 1):
            pts = [(x + 0.1, y0 + 0.25 + 0.4 * v, s * 0.44 * u) for u, v in wrap]
            parts.append(_chain(pts))
    return parts


def _chain(points, slot=1) -> Part:
    """A chain along the polyline ``points``, one part: oval iron links end to end, each
    turned a quarter to the last (a ring of 8 by 4 points each)."""
    p = np.asarray(points, float)
    s = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))]
    n = max(2, int(s[-1] / 0.056))
    a = np.arange(8) * (2 * np.pi / 8)
    b = np.arange(4) * (np.pi / 2) + np.pi / 4
    ring = np.stack([np.cos(a) * 0.014, np.zeros(8), np.sin(a) * 0.028], 1)  # along local z
    off = np.stack([np.cos(a), np.zeros(8), np.sin(a) * 0.5], 1)
    off /= np.linalg.norm(off, axis=1, keepdims=True)
    local = ring[:, None] + 0.006 * (
        off[:, None] * np.cos(b)[None, :, None] + np.array([0, 1.0, 0]) * np.sin(b)[None, :, None]
    )
    local = local.reshape(-1, 3)
    i, j = np.meshgrid(np.arange(8), np.arange(4), indexing="ij")
    q0, q1 = i * 4 + j, ((i + 1) % 8) * 4 + j
    q2, q3 = ((i + 1) % 8) * 4 + (j + 1) % 4, i * 4 + (j + 1) % 4
    faces = np.concatenate([np.stack([q0, q1, q2], -1).reshape(-1, 3),
                            np.stack([q0, q2, q3], -1).reshape(-1, 3)])  # fmt: skip
    verts, tris = [], []
    for k in range(n):
        t = (k + 0.5) * s[-1] / n
        c = np.array([np.interp(t, s, p[:, i]) for i in range(3)])
        d = np.array([np.interp(t + 0.01, s, p[:, i]) for i in range(3)]) - c
        m = at(*c) @ align(d) @ rot("y", 90 * (k % 2)) @ rot("x", 90)
        verts.append(local @ m[:3, :3].T + m[:3, 3])
        tris.append(faces + 32 * k)
    return mesh_part(np.concatenate(verts), np.concatenate(tris), slot)


# 1014 lunch pail


def _dented(r0: float, r1: float, y0: float, y1: float, dents) -> np.ndarray:
    """A round pail's wall as a grid (rows up, columns round), radius r0 at y0 to r1 at y1,
    pushed in at each dent (angle, height, depth)."""
    th = np.arange(48) * (2 * np.pi / 48)
    y = np.linspace(y0, y1, 16)
    r = np.interp(y, [y0, y1], [r0, r1])[:, None] * np.ones((1, 48))
    for a, h, d in dents:
        da = np.angle(np.exp(1j * (th - a)))
        r = r - d * np.exp(-((da / 0.35) ** 2))[None] * np.exp(-(((y - h) / 0.05) ** 2))[:, None]
    p = np.empty((16, 48, 3))
    p[..., 0] = r * np.cos(th)[None]
    p[..., 1] = y[:, None]
    p[..., 2] = r * np.sin(th)[None]
    return p


def _lunch_pail(rng: Rng) -> list[Part]:
    """A workman's round enamelled lunch pail: a tin pail, dented, with rolled rims, a food tray
    nesting in its top as a second tier with its own rim, a tight flat lid with a lip, and a
    tin cup standing on the lid, its loop handle out to one side; a wire bail from
    ears on the sides arching up over it to a wooden grip; chips in the enamel at its rims."""
    r = 0.17
    dents = [(float(rng.uniform(0.5, 1.0)), 0.13, 0.022), (float(rng.uniform(2.2, 2.8)), 0.2,
             0.016), (float(rng.uniform(-0.4, 0.1)), 0.33, 0.012)]  # fmt: skip
    parts = [grid_skin(_dented(r - 0.008, r, 0.008, 0.27, dents), 0, "body")]
    parts.append(torus(r - 0.006, 0.011, at(0, 0.013, 0), 1))  # the foot rim
    parts.append(torus(r + 0.002, 0.009, at(0, 0.265, 0), 1))
    parts.append(grid_skin(_dented(r + 0.01, r + 0.012, 0.265, 0.37, dents[2:]), 0))  # the tray
    parts.append(torus(r + 0.014, 0.011, at(0, 0.37, 0), 1))
    lid = [(0.0, 0.37), (r + 0.02, 0.37), (r + 0.022, 0.385), (r + 0.012, 0.392), (r - 0.01, 0.4),
           (0.0, 0.405)]  # fmt: skip
    parts.append(lathe(lid, None, 0))
    cup = [(0.0, 0.402), (0.095, 0.402), (0.1, 0.41), (0.118, 0.5), (0.112, 0.502),
           (0.092, 0.415), (0.0, 0.415)]  # fmt: skip
    cm = rot("y", float(rng.uniform(20, 50)))
    parts.append(lathe(crisp(cup[:3]) + cup[3:], cm, 0))
    parts.append(torus(0.116, 0.006, cm @ at(0, 0.5, 0), 1))
    ear = [(0.1, 0.425), (0.145, 0.43), (0.165, 0.455), (0.15, 0.485), (0.114, 0.49)]
    parts.append(tube([(x, y, 0.0) for x, y in ear], 0.009, cm, 0))  # its handle
    # the bail: ears on the tray, a wire arching over, a wooden grip on its crown
    for s in (-1, 1):
        parts.append(box(0.014, 0.05, 0.04, at(s * (r + 0.016), 0.29, 0), 1))
        parts.append(cylinder(0.009, 0.009, 0.02, at(s * (r + 0.02), 0.315, 0) @ ALONG_X
                              @ at(0, -0.01, 0), 1))  # fmt: skip
    tip = float(rng.uniform(8, 18))
    bm = at(0, 0.315, 0) @ rot("x", -tip)
    wire = [(0.195 * np.cos(t), 0.3 * np.sin(t), 0.0) for t in np.linspace(0, np.pi, 11)]
    parts.append(tube(wire, 0.0055, bm, 1))
    grip = [(0.0, -0.055), (0.016, -0.055), (0.02, -0.04), (0.02, 0.04), (0.016, 0.055),
            (0.0, 0.055)]  # fmt: skip
    parts.append(lathe(grip, bm @ at(0, 0.3, 0) @ ALONG_X, "cork"))
    for k in range(3):  # chips in the enamel
        t = float(rng.uniform(0, 2 * np.pi))
        y, rr = ((0.025, r - 0.004), (0.255, r), (0.36, r + 0.012))[k]
        c = at(rr * np.cos(t), y, rr * np.sin(t)) @ rot("y", -np.degrees(t)) @ rot("z", -90)
        parts.append(cylinder(0.01, 0.008, 0.003, c @ scl(1, 1, 0.6), "marking"))
    return parts


# 1015 circular saw blade


def _saw_blade(rng: Rng) -> list[Part]:
    """A big circular saw blade standing on its edge, leaning back a little against a wooden
    block: a flat round steel disc with a ring of sharp hooked teeth all round its rim, deep
    round gullets between them, four expansion slots cut in from the gullets ending in round
    holes, the arbor hole in the middle; printed on its face an arrow showing which way it
    turns."""
    R = 0.5
    lean = 12.0
    spin = float(rng.uniform(0, 10))
    m = rot("x", -lean) @ at(0, R - 0.004, 0)
    outline = _saw_disc(R, 36, 4)
    parts = [flat_solid(lambda n: outline, 0.012, m @ rot("z", spin) @ at(0, 0, -0.006), 0,
                        "body")]  # fmt: skip
    face = m @ at(0, 0, 0.006)
    parts.append(torus(0.14, 0.004, face @ rot("x", 90), "marking"))
    arc_pts = [(0.2 * np.cos(a), 0.2 * np.sin(a), 0.002) for a in np.linspace(1.9, 1.1, 6)]
    parts.append(tube(arc_pts, 0.006, face, "card-red"))
    head = face @ at(*arc_pts[-1]) @ rot("z", np.degrees(1.1) - 180)
    arrow = np.array([(-0.025, 0.0), (0.025, 0.0), (0.0, 0.045)])
    parts.append(flat_solid(lambda n: [arrow], 0.003, head, "card-red"))
    parts.append(lines(face, [(-0.1, 0.1, -0.22), (-0.07, 0.07, -0.26)], 0.015, 0.002))
    # the block it leans on
    hy = 0.46
    back = -hy * np.tan(np.radians(lean))
    parts.append(box(0.42, hy, 0.14, at(0, 0, back - 0.07), 1))
    return parts


MORE_APPLIANCES_ZZY = {
    1008: _crosscut_saw, 1009: _sawmill, 1010: _peavey, 1011: _water_wheel,
    1012: _chopping_block, 1013: _logging_sled, 1014: _lunch_pail, 1015: _saw_blade,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
