"""More of the device family's appliances, from 1499: a snowflake on a stand, a breaking ocean
wave, a phoenix rising from its fire, an acorn, a wind chime on its stand, a hydra, a cyclops
and a koi carp.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, align, at, rot, scl, v3
from ._kit import (
    arc,
    balls,
    bead,
    bird_beak,
    bristles,
    ccw,
    cloth_sheet,
    cut,
    ellipse,
    facing_frame,
    flat_solid,
    flat_things,
    grid_skin,
    hair_locks,
    lobed,
    rope,
    solid,
    strands,
    unit,
)
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import ellipsoid

__all__ = ["MORE_APPLIANCES_ZZZZZL"]

Rng = np.random.Generator


# 1499 snowflake


def _blade(a, b, w: float, point: float = 0.25) -> np.ndarray:
    """A flat ice blade's outline in xy from a to b, w wide: square at a, sharpened to a point at
    b over the last ``point`` of its length."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = b - a
    n = np.array([-d[1], d[0]]) / np.linalg.norm(d) * w / 2
    k = a + d * (1 - point)
    return ccw(np.array([a - n, k - n, b, k + n, a + n]))


def _hexagon(r: float, cut: bool = False) -> np.ndarray:
    """A hexagon of radius r with corners on the arms (clockwise when it ``cut``s)."""
    t = np.radians(90 + 60 * np.arange(6))
    p = np.stack([r * np.cos(t), r * np.sin(t)], 1)
    return p[::-1] if cut else p


def _turn2(v: np.ndarray, deg: float) -> np.ndarray:
    """A 2D vector turned by deg degrees."""
    c, s = np.cos(np.radians(deg)), np.sin(np.radians(deg))
    return np.array([c * v[0] - s * v[1], s * v[0] + c * v[1]])


def _flake_outlines(R: float, branches) -> tuple[list, list]:
    """The snowflake's plate (six arms, each with pairs of side branches and twigs, round a
    hexagonal heart) and its raised ribs (a spine along each arm, a hexagonal ring round the
    heart), as contours in xy."""
    plate, ribs = [_hexagon(0.11 * R / 0.45)], [_hexagon(0.085), _hexagon(0.06, True)]
    for i in range(6):
        u = _turn2(np.array([0.0, 1.0]), 60 * i)
        plate.append(_blade(u * 0.02, u * R, 0.05, 0.1))
        ribs.append(_blade(u * 0.1, u * R * 0.88, 0.014, 0.15))
        for t, length, w in branches:
            root = u * R * t
            for s in (-1, 1):
                d = _turn2(u, s * 60)
                plate.append(_blade(root - d * 0.01, root + d * length, w, 0.3))
                if length > 0.1:  # twigs on the long branches, parallel to the arm
                    mid = root + d * length * 0.5
                    plate.append(_blade(mid - u * 0.005, mid + u * length * 0.38, w * 0.7, 0.35))
                    plate.append(_blade(mid - d * 0.005, mid + _turn2(d, s * 60) * length * 0.3,
                                        w * 0.7, 0.35))  # fmt: skip
    return plate, ribs


def _snowflake(rng: Rng) -> list[Part]:
    """A single flat six-armed snowflake crystal standing on edge in a small round stand, its
    face to the viewer: a thin plate of ice with a hexagonal heart and six identical arms, each
    with pairs of side branches at sixty degrees (shorter toward the tip, the longest twigged
    again), all ending in sharp points; raised ribs along the arms and round the heart."""
    R = 0.45
    j = rng.uniform(-0.015, 0.015, 3)
    branches = [(0.3, 0.17 + j[0], 0.032), (0.52, 0.13 + j[1], 0.028), (0.72, 0.08 + j[2], 0.024),
                (0.86, 0.04, 0.018)]  # fmt: skip
    plate, ribs = _flake_outlines(R, branches)
    m = at(0, 0.07 + R, 0) @ rot("y", 18)
    parts = [flat_solid(lambda n: plate, 0.022, m @ at(0, 0, -0.011), 0, "body")]
    parts.append(flat_solid(lambda n: ribs, 0.036, m @ at(0, 0, -0.018), 0))
    base = [(0.0, 0.0), (0.16, 0.0), (0.17, 0.012), (0.165, 0.03), (0.13, 0.045), (0.0, 0.05)]
    parts.append(lathe(base, None, 1))
    parts.append(cylinder(0.05, 0.045, 0.055, at(0, 0.04, 0), 1))  # the holder
    return parts


# 1500 ocean wave

_CURL = np.array([
    (-0.6, 0.0), (0.0, -0.01), (0.7, 0.0), (0.66, 0.025), (0.5, 0.05), (0.35, 0.1),
    (0.24, 0.22), (0.17, 0.38), (0.16, 0.52), (0.2, 0.64), (0.3, 0.72), (0.42, 0.72),
    (0.5, 0.64), (0.52, 0.54), (0.47, 0.46), (0.55, 0.5), (0.62, 0.6), (0.62, 0.74),
    (0.54, 0.86), (0.4, 0.94), (0.22, 0.95), (0.05, 0.86), (-0.1, 0.68), (-0.25, 0.45),
    (-0.42, 0.2), (-0.55, 0.05),
])  # fmt: skip
"""The cross-section of the wave at its tallest, counter-clockwise from the back of its foot:
the sea floor line, the trough in front, the face rising into the hollow of the barrel, its
roof, the lip pitching down to its tip, the lip's outer face, the crest and the long back."""
_TIP = 14
_YAW = 30


def _swell() -> np.ndarray:
    """The same points on a low smooth swell (the wave before it stands up)."""
    out = _CURL.copy()
    k = len(out) - 3
    x = np.linspace(0.6, -0.62, k)
    out[3:, 0] = x
    out[3:, 1] = 0.5 * np.cos(np.pi / 2 * np.clip(np.abs(x + 0.05) / 0.66, 0, 1)) ** 2
    return out


def _wave_ctrl(amp: np.ndarray, curl: np.ndarray) -> np.ndarray:
    """The wave's cross-section's points for each row: the swell curled over by ``curl`` and
    raised by ``amp`` (rows, points, 2)."""
    swell = _swell()
    c = curl[:, None, None]
    ctrl = (1 - c) * swell + c * _CURL
    return ctrl * np.stack([0.55 + 0.45 * amp, amp], 1)[:, None, :]


def _wave_rows(zs: np.ndarray, ctrl: np.ndarray, n: int) -> np.ndarray:
    """The wave's skin: for each z a loop of n points round its cross-section."""
    rows = []
    for z, c in zip(zs, ctrl, strict=True):
        loop = catmull_rom(np.concatenate([c, c[:1]]), n + 1)[:-1]
        rows.append(np.c_[loop, np.full(n, z)])
    return np.array(rows)


def _foam(p: np.ndarray, zs: np.ndarray, ctrl: np.ndarray, curl: np.ndarray,
          rng: Rng) -> list[Part]:  # fmt: skip
    """The white water on the wave: a cap of foam lying over the lip from under its tip up its
    outer face, claws of foam hanging from the tip and spray flying off the crest."""
    on = curl > 0.3
    per = p.shape[1] / len(_CURL)
    cap = p[on, int((_TIP - 1.4) * per) : int((_TIP + 5.5) * per)]
    t = np.gradient(cap, axis=1)
    out = np.stack([t[..., 1], -t[..., 0], np.zeros(t.shape[:2])], -1)
    out /= np.maximum(np.linalg.norm(out, axis=-1, keepdims=True), 1e-9)
    lift = 0.012 * curl[on][:, None, None] ** 2
    parts = [cloth_sheet(cap + out * lift, 0.02, "snow")]
    paths = []
    for k in np.flatnonzero(on)[::2]:
        r = np.array([*ctrl[k, _TIP], zs[k]])
        hook = [(0, 0, 0), (0.05, -0.02, 0), (0.07, -0.08, 0), (0.045, -0.12, 0)]
        paths.append([r + np.array(q) * curl[k] for q in hook])
    parts.append(strands(paths, [0.02, 0.015, 0.01, 0.002], "snow", 5, 8))
    ks = np.flatnonzero(curl > 0.5)
    crest = np.concatenate([np.c_[ctrl[ks, i], zs[ks]] for i in range(_TIP + 1, _TIP + 6)])
    lumps = crest + rng.uniform(-0.015, 0.015, crest.shape)
    parts.append(balls(lumps, rng.uniform(0.02, 0.034, len(crest)), "snow", 7, 4))
    n = 30
    k = rng.integers(0, len(crest), n)
    spray = crest[k] + np.c_[rng.uniform(0.0, 0.14, n), rng.uniform(0.03, 0.14, n),
                             rng.uniform(-0.03, 0.03, n)]  # fmt: skip
    parts.append(balls(spray, rng.uniform(0.006, 0.014, n), "snow", 6, 4))
    return parts


def _ocean_wave(rng: Rng) -> list[Part]:
    """One big breaking wave on a strip of sea, seen from the side and front: a tall wall of
    water rising from the flat sea and curling over at the top into a hollow tube (open toward
    the viewer), its lip pitching forward and down, tapering away behind to a low swell; a
    white crest of foam along the lip with claws of foam and spray flying off it, small ripples
    on the sea in front."""
    zs = np.linspace(-0.6, 0.3, 26)
    zc = -0.02 + float(rng.uniform(-0.03, 0.03))
    amp = np.where(zs < zc, 0.1 + 0.9 * np.exp(-(((zs - zc) / 0.3) ** 2)), 1.0 - 0.5 * (zs - zc))
    curl = np.clip((amp - 0.25) / 0.6, 0, 1) ** 0.8
    ctrl = _wave_ctrl(amp, curl)
    p = _wave_rows(zs, ctrl, 56)
    parts = [grid_skin(p, 0, "body", (True, False))]
    end = p[-1]
    parts.append(flat_solid(lambda n: [ccw(end[:, :2])], 0.01, at(0, 0, end[0, 2] - 0.01), 0))
    parts += _foam(p, zs, ctrl, curl, rng)
    for x in (0.78, 0.9, 1.0):  # ripples on the sea in front
        zr = np.linspace(-0.5, 0.28, 7)
        pts = np.c_[x + 0.02 * np.sin(zr * 9 + x * 7), np.full(7, 0.012), zr]
        parts.append(tube(pts, 0.022, scl(1, 0.6, 1), 0, shape=ellipse(1.0, 1.0, 8)))
    parts = [q.moved(at(0, 0.055, 0)) for q in parts]
    parts.append(box(1.72, 0.03, 0.96, at(0.18, 0.03, -0.15), 0))  # the sea
    parts.append(box(1.72, 0.03, 0.96, at(0.18, 0.0, -0.15), 1))  # its bed
    return [q.moved(rot("y", _YAW)) for q in parts]


# 1501 phoenix


def _plume_outline(k: int = 14) -> np.ndarray:
    """A long feather's outline along +y from its root just below 0 to its point at 1."""
    t = np.linspace(0.0, np.pi, k // 2 + 1)[1:-1]
    y = 0.45 - 0.5 * np.cos(t)
    x = 0.11 * np.sin(t) ** 0.7 * (1 - 0.3 * (y > 0.6) * (y - 0.6))
    right = np.stack([x, y], 1)
    left = np.stack([-x[::-1], y[::-1]], 1)
    return np.concatenate([[[0.0, -0.05]], right, [[0.0, 0.95]], left])


def _flame_outline(k: int = 16) -> np.ndarray:
    """A tongue of flame's outline along +y: a round foot below 0 flickering up to a point at 1
    that bends aside."""
    t = np.linspace(0.0, 1.0, k // 2 + 1)
    y = -0.3 + 1.3 * t
    w = 0.34 * np.sin(np.pi * np.clip(t * 1.15, 0, 1) ** 0.55) * (1 - t) ** 0.4
    bend = 0.16 * t**2 + 0.05 * np.sin(3 * np.pi * t) * t
    right = np.stack([bend + w, y], 1)[:-1]
    left = np.stack([bend - w, y], 1)[::-1][:-1]
    return np.concatenate([right, [[bend[-1], y[-1]]], left[1:]])


def _wing(s: int, rng: Rng) -> list[Part]:
    """One spread raised wing (s = 1 the right, to +x): the arm swept up and out, long flight
    feathers fanned below and beyond it, the outer ones reaching up and out, a row of coverts
    over their roots, each flight feather tipped with a tongue of flame."""
    arm = np.array([(0.05, 0.66, -0.02), (0.17, 0.76, -0.05), (0.3, 0.9, -0.06),
                    (0.4, 1.02, -0.05)]) * (s, 1, 1)  # fmt: skip
    parts = [tube(arm, [0.035, 0.028, 0.02, 0.012], None, 1, shape=ellipse(1.0, 0.7, 8))]
    n = 12
    u = np.linspace(0.06, 1.0, n)
    seg = np.linspace(0, 1, len(arm))
    roots = np.stack([np.interp(u, seg, arm[:, i]) for i in range(3)], 1)
    ang = np.radians(np.linspace(-98, 42, n) + rng.uniform(-3, 3, n))
    dirs = np.stack([s * np.cos(ang), np.sin(ang), np.zeros(n)], 1)
    length = np.linspace(0.26, 0.42, n)
    z = np.linspace(0.0, -0.02, n)[:, None] * (0, 0, 1)
    normal = np.tile([0.0, 0.0, 1.0], (n, 1))
    parts.append(flat_things(roots + z, normal, dirs, length, _plume_outline(), 0.008, 1))
    tips = roots + z + dirs * length[:, None] * 0.86 + (0, 0, 0.006)
    parts.append(flat_things(tips, normal, dirs, length * 0.42, _flame_outline(), 0.006, "flame"))
    cov = roots + dirs * 0.02 + (0, 0, 0.012)
    parts.append(flat_things(cov, normal, dirs, length * 0.45, _plume_outline(), 0.008, 1))
    return parts


def _spiral(start, d, steps, turn: float) -> list[np.ndarray]:
    """Points from start along direction d, each step (its length from ``steps``) turning the
    way on by ``turn`` degrees: a path that curls up into a spiral."""
    pts, p, d = [np.asarray(start, float)], np.asarray(start, float), np.asarray(d, float)
    for k, step in enumerate(steps):
        a = np.radians(turn * k)
        c, s = np.cos(a), np.sin(a)
        p = p + step * np.array([c * d[0] - s * d[1], s * d[0] + c * d[1], d[2]])
        pts.append(p)
    return pts


def _tail(rng: Rng) -> list[Part]:
    """The very long tail: seven streaming plumes from the rump, falling and sweeping out to
    either side in long curves and curling over at their ends, each ending in a tongue of
    flame."""
    root = np.array([0.0, 0.5, -0.03])
    paths, ends, heads = [], [], []
    for k in range(-3, 4):
        side = np.sign(k) or (1 if rng.uniform() < 0.5 else -1)
        d = np.array([0.12 * k, -1.0, -0.05 * abs(k)])
        d /= np.linalg.norm(d)
        steps = [0.12, 0.12, 0.1, 0.09 + 0.01 * abs(k), 0.07, 0.055, 0.045, 0.035]
        turn = side * (7 + 3.5 * abs(k)) + float(rng.uniform(-1.5, 1.5))
        pts = _spiral(root, d, steps, turn)
        low = min(q[1] for q in pts)
        if low < 0.1:  # kept clear of the ground: shortened to end in the fire
            pts = _spiral(root, d, np.array(steps) * (root[1] - 0.1) / (root[1] - low), turn)
        paths.append(pts)
        ends.append(pts[-1])
        heads.append(pts[-1] - pts[-2])
    parts = [hair_locks(paths, 0.04, 0.012, 1, 16, -0.8, 0.3)]
    ends, heads = np.array(ends), np.array(heads)
    normal = np.tile([0.0, 0.0, 1.0], (len(ends), 1))
    parts.append(flat_things(ends - heads * 0.3, normal, heads, 0.1, _flame_outline(), 0.008,
                             "flame"))  # fmt: skip
    return parts


def _fire(base, h: float) -> list[Part]:
    """A tongue of fire standing up from ``base``: a flickering ribbed teardrop round a bright
    core."""
    outer = [(0.0, 0.0), (0.045, 0.03), (0.055, h * 0.3), (0.035, h * 0.62), (0.0, h)]
    core = [(0.0, 0.0), (0.025, 0.02), (0.026, h * 0.25), (0.0, h * 0.5)]
    m = at(*base)
    return [lathe(outer, m, "flame", shape=lobed(10, 5, 0.3)),
            lathe(core, m @ at(0, 0.01, 0), "glow", sides=6)]  # fmt: skip


def _phoenix_body() -> list:
    """The fire bird's slender body rising upright: a narrow breast, a tapering rump, a long
    neck arching forward to a small head turned to the right."""
    shapes = [ellipsoid((0.0, 0.63, 0.0), (0.062, 0.12, 0.058), rot("x", -12))]
    shapes.append(ellipsoid((0.0, 0.71, 0.025), (0.066, 0.07, 0.062), None, 0.04))  # breast
    shapes.append(ellipsoid((0.0, 0.52, -0.02), (0.04, 0.055, 0.038), None, 0.03))  # rump
    shapes += rope([(0.0, 0.75, 0.02), (0.0, 0.83, 0.05), (0.025, 0.9, 0.05)],
                   [0.038, 0.028, 0.025], 0.03, 0.01)  # the neck # fmt: skip
    shapes.append(ellipsoid((0.045, 0.915, 0.05), (0.046, 0.034, 0.032), rot("z", -8), 0.02))
    return shapes


def _phoenix(rng: Rng) -> list[Part]:
    """A phoenix rising from its fire: a slender bird upright with both wings spread wide and
    raised, their long flight feathers tipped with flame, a long neck arching forward to a
    small head in profile with a hooked golden beak and a crest of flame feathers swept back,
    and a very long tail of plumes streaming down and curling, each ending in a tongue of
    flame, over a nest of embers and flames."""
    parts = [solid(_phoenix_body(), 0.011, 0, "body")]
    beak = [(0.085, 0.918, 0.017, 0.013), (0.11, 0.912, 0.011, 0.009),
            (0.128, 0.898, 0.006, 0.005), (0.131, 0.882, 0.002, 0.002)]  # fmt: skip
    parts.append(bird_beak(beak, "plume-tip", 0.05))
    for s in (-1, 1):
        parts.append(bead(0.008, at(0.062, 0.925, 0.05 + s * 0.029), "pupil"))
    crest = []
    for k in range(4):
        r = np.array([0.03 - 0.012 * k, 0.945 - 0.004 * k, 0.05])
        crest.append([r, r + v3(-0.05, 0.05 + 0.01 * (k % 2), 0),
                      r + v3(-0.11 - 0.02 * k, 0.08 - 0.02 * k, 0)])  # fmt: skip
    parts.append(hair_locks(crest, 0.03, 0.01, "flame", 7, 0.9, 0.5))
    for s in (-1, 1):
        parts += _wing(s, rng)
    parts += _tail(rng)
    parts.append(cylinder(0.2, 0.17, 0.05, None, "soil"))  # the nest of embers
    for k in range(9):
        a = 2 * np.pi * k / 9 + float(rng.uniform(-0.2, 0.2))
        r = 0.12 * (k % 2) + 0.03
        parts += _fire((r * np.cos(a), 0.04, r * np.sin(a)), 0.16 + 0.1 * (k % 3 == 0))
    return parts


# 1502 acorn

_NUT = [(0.0, -0.035), (0.008, -0.03), (0.012, -0.012), (0.03, 0.01), (0.08, 0.06),
        (0.14, 0.14), (0.185, 0.24), (0.205, 0.34), (0.21, 0.43), (0.2, 0.5), (0.17, 0.56),
        (0.0, 0.6)]  # fmt: skip
"""The nut's profile from its pointed tip (y = 0) up to its top, hidden in the cup."""
_CUP = [(0.0, 0.6), (0.1, 0.585), (0.175, 0.54), (0.205, 0.47), (0.215, 0.42), (0.235, 0.405),
        (0.252, 0.43), (0.255, 0.5), (0.23, 0.58), (0.17, 0.645), (0.08, 0.68),
        (0.0, 0.685)]  # fmt: skip
"""The cup's profile: its inner face from the middle down to the rim, then its outer face
back up over the top."""


def _cup_scales(m: np.ndarray, rng: Rng) -> Part:
    """The cup's rows of small pointed overlapping scales, each lying on its outer face with its
    point toward the rim, every row turned half a scale to the last."""
    prof = np.array(_CUP[6:11])
    rows = 5
    cs, ns, hs, ss = [], [], [], []
    for i in range(rows):
        f = (i + 0.3) / rows
        k = f * (len(prof) - 1)
        j = min(int(k), len(prof) - 2)
        r0, y0 = prof[j] + (prof[j + 1] - prof[j]) * (k - j)
        dr, dy = prof[j + 1] - prof[j]
        count = max(8, int(22 * r0 / 0.25))
        a = 2 * np.pi * (np.arange(count) + 0.5 * (i % 2)) / count + rng.uniform(-0.06, 0.06, count)
        rad = np.stack([np.cos(a), np.zeros(count), np.sin(a)], 1)
        cs.append(rad * (r0 + 0.004) + (0, y0, 0))
        nrm = rad * dy - np.array([0.0, dr, 0.0]) * 1.0
        ns.append(nrm)
        hs.append(-(rad * dr + np.array([0.0, dy, 0.0])))
        ss.append(np.full(count, 0.05 + 0.012 * (rows - i) / rows))
    t = np.linspace(0, 2 * np.pi, 9)[:-1]
    outline = np.stack([0.55 * np.sin(t), -0.35 + 0.9 * (1 - np.cos(t)) / 2], 1)
    outline[0] = (0.0, -0.4)
    outline[4] = (0.0, 0.75)
    c = np.concatenate(cs)
    pts = (m @ np.c_[c, np.ones(len(c))].T).T[:, :3]
    rot3 = m[:3, :3]
    return flat_things(pts, np.concatenate(ns) @ rot3.T, np.concatenate(hs) @ rot3.T,
                       np.concatenate(ss), outline, 0.012, 1, 0.0, 0.25)  # fmt: skip


def _oak_leaf(n: int) -> list[np.ndarray]:
    """An oak leaf's outline along +y from its stalk at 0 to its tip at 1: deep round lobes,
    five a side."""
    t = np.linspace(0.0, 1.0, 80)
    half = 0.3 * np.sin(np.pi * t**0.8) ** 0.8
    lobes = 0.45 + 0.55 * np.abs(np.cos(5.0 * np.pi * (t - 0.02))) ** 0.5
    x = half * lobes
    right = np.stack([x, t], 1)
    left = np.stack([-x[::-1], t[::-1]], 1)
    return [ccw(np.concatenate([right, left[1:-1]]))]


def _leaf_veins(m: np.ndarray, slot) -> list[Part]:
    """An oak leaf's raised midrib and stalk, and its side veins out to each lobe."""
    paths = [[(0, -0.12, 0.0), (0, 0.0, 0.0), (0, 0.9, 0.0)]]
    for k in range(5):
        y = 0.12 + 0.17 * k
        reach = 0.2 * np.sin(np.pi * min(y + 0.1, 0.97) ** 0.8) ** 0.8
        for s in (-1, 1):
            paths.append([(0, y, 0), (s * reach * 0.5, y + 0.05, 0), (s * reach, y + 0.1, 0)])
    paths = [[(m @ np.array([*q, 1.0]))[:3] for q in path] for path in paths]
    return [
        strands(paths[:1], [0.008, 0.007, 0.002], slot, 5, 9),
        strands(paths[1:], [0.0045, 0.0035, 0.0015], slot, 4, 5),
    ]


def _lowest(profile, m: np.ndarray) -> float:
    """The lowest height a lathe of this profile reaches under ``m``."""
    a = np.linspace(0, 2 * np.pi, 24, endpoint=False)
    pts = [(r * np.cos(t), y, r * np.sin(t), 1.0) for r, y in profile for t in a]
    return float((m @ np.array(pts).T)[1].min())


def _acorn(rng: Rng) -> list[Part]:
    """A big acorn lying on its side, its cup end a little raised: a smooth glossy oval nut
    tapering to a small point, its top sitting in a rough cup of overlapping pointed scales
    with a short stalk; an oak leaf with round lobes lies beside it."""
    tilt = 71 + float(rng.uniform(-1, 1))  # resting on both the nut and the cup
    m = rot("y", 45 + float(rng.uniform(-5, 5))) @ rot("z", tilt) @ scl(1, 1.1, 1)
    scales = [(r + 0.012, y) for r, y in _CUP[5:11]]
    low = min(_lowest(_NUT, m), _lowest(_CUP, m), _lowest(scales, m))
    m = at(0.25, -low, -0.2) @ m
    parts = [lathe(_NUT, m, 0, "body"), lathe(_CUP, m, 1)]
    parts.append(_cup_scales(m, rng))
    parts.append(tube([(0, 0.67, 0), (0.005, 0.72, 0), (0.02, 0.77, 0)], [0.022, 0.018, 0.016],
                      m, 1))  # the stalk # fmt: skip
    parts.append(cylinder(0.015, 0.012, 0.004, m @ at(0.02, 0.77, 0) @ rot("z", -15), "cork"))
    leaf = at(0.08, 0.0, 0.2) @ rot("y", 230) @ rot("x", -90) @ scl(0.55)
    parts.append(flat_solid(_oak_leaf, 0.012, leaf, "land"))
    parts += _leaf_veins(leaf @ at(0, 0, 0.014), "land")
    return parts


# 1503 wind chime


def _wind_chime(rng: Rng) -> list[Part]:
    """A wind chime hanging from its stand: a post on a plank foot, bent over at the top into a
    hook; from the hook a ring and three strings to a round wooden top disc, six metal tubes of
    graded lengths hanging on strings in a ring below it, a round wooden clapper in their
    middle and a flat wooden sail hanging below the clapper on the centre string."""
    hx, top = 0.06, 1.04
    y0 = 0.8  # the top disc's underside
    parts = []
    for i in range(6):
        a = 2 * np.pi * i / 6 + 0.3
        length = 0.5 - 0.045 * i + float(rng.uniform(-0.01, 0.01))
        x, z = hx + 0.075 * np.cos(a), 0.075 * np.sin(a)
        t0 = y0 - 0.06
        parts.append(cylinder(0.013, 0.013, length, at(x, t0 - length, z), 0,
                              "body" if i == 0 else ""))  # fmt: skip
        parts.append(cylinder(0.008, 0.008, 0.002, at(x, t0 - length - 0.001, z), "marking"))
        parts.append(tube([(x, y0, z), (x, t0 - 0.01, z)], 0.0025, None, "marking"))
        parts.append(tube([(x - 0.015, t0 - 0.012, z), (x + 0.015, t0 - 0.012, z)], 0.003, None,
                          "marking"))  # the pin through the tube # fmt: skip
    parts.append(cylinder(0.105, 0.1, 0.025, at(hx, y0, 0), 1))  # the top disc
    parts.append(lathe([(0.0, 0.0), (0.11, 0.0), (0.115, 0.012), (0.0, 0.014)],
                       at(hx, y0 + 0.012, 0), 1))  # fmt: skip
    clap = y0 - 0.28
    parts.append(cylinder(0.045, 0.045, 0.02, at(hx, clap, 0), 1))  # the clapper
    parts.append(tube([(hx, y0, 0), (hx, 0.3, 0)], 0.0025, None, "marking"))
    sail = [(0.0, 0.0), (0.05, 0.02), (0.06, 0.09), (0.04, 0.15), (0.0, 0.17), (-0.04, 0.15),
            (-0.06, 0.09), (-0.05, 0.02)]  # fmt: skip
    parts.append(slab(sail, 0.012, at(hx, 0.14, 0) @ rot("y", 20), 1))
    ring = at(hx, 0.93, 0)
    parts.append(torus(0.016, 0.003, ring @ rot("x", 90), "steel"))
    for k in range(3):  # the hanging strings
        a = 2 * np.pi * k / 3 + 0.6
        parts.append(tube([(hx, 0.92, 0), (hx + 0.09 * np.cos(a), y0 + 0.026, 0.09 * np.sin(a))],
                          0.002, None, "marking"))  # fmt: skip
    # the stand: a plank foot, a post and the hook over the top
    px = -0.27
    parts.append(box(0.6, 0.04, 0.26, at(-0.06, 0, 0), 1))
    parts.append(box(0.06, 0.03, 0.06, at(px, 0.04, 0), 1))
    parts.append(cylinder(0.016, 0.014, top - 0.12, at(px, 0.06, 0), "marking"))
    r = (hx - px) / 2
    hook = [(px, top - 0.07, 0), *arc((px + r, top - 0.03), r, 180, 15, 8)]
    hook += [(hx + 0.005, 0.96, 0.0), (hx - 0.012, 0.95, 0.0)]
    parts.append(tube(hook, 0.012, None, "marking"))
    parts.append(sphere(0.02, at(px, 0.06, 0), "marking"))
    return parts


# 1504 hydra


def _pt(m: np.ndarray, x: float, y: float, z: float) -> np.ndarray:
    """The point (x, y, z) under ``m``."""
    return (m @ np.array([x, y, z, 1.0]))[:3]


def _serpent_head(m: np.ndarray, gape: float, bits: dict) -> list[Part]:
    """A dragon-like snake head under ``m`` (its snout along +z, the neck's end at 0): a broad
    skull, a long tapering upper jaw, the lower jaw dropped open by ``gape`` degrees and brow
    ridges; its fangs and teeth, forked tongue, eyes and two small horns swept back go into
    ``bits`` (drawn for all the heads at once)."""
    oval = ellipse(1.0, 0.62, 10)
    parts = [sphere(1.0, m @ at(0, 0.01, 0.01) @ scl(0.052, 0.042, 0.062), 0)]
    parts.append(tube([(0, 0.012, 0.03), (0, 0.008, 0.09), (0, -0.002, 0.145)],
                      [0.042, 0.032, 0.02], m, 0, shape=oval))  # the upper jaw # fmt: skip
    jaw = m @ at(0, -0.018, 0.0) @ rot("x", gape)
    parts.append(tube([(0, -0.006, 0.0), (0, -0.012, 0.08), (0, -0.01, 0.13)],
                      [0.034, 0.026, 0.014], jaw, 0, shape=oval))  # the lower jaw # fmt: skip
    bits["tongue"].append([_pt(jaw, 0, 0.0, 0.02), _pt(jaw, 0, -0.004, 0.1),
                           _pt(jaw, 0.01, -0.006, 0.15), _pt(jaw, 0.016, -0.01, 0.17)])  # fmt: skip
    for s in (-1, 1):
        for k, (z, h) in enumerate(((0.13, 0.032), (0.1, 0.016), (0.075, 0.014), (0.05, 0.012))):
            x = s * (0.012 if k == 0 else 0.024 - 0.002 * k)
            y = -0.008 - 0.003 * k
            bits["teeth"].append((_pt(m, x, y, z), _pt(m, x, y - h, z)))
        bits["teeth"].append(
            (_pt(jaw, s * 0.012, -0.004, 0.115), _pt(jaw, s * 0.012, 0.012, 0.115))
        )
        parts.append(bead(1.0, m @ at(s * 0.036, 0.035, 0.045) @ scl(0.02, 0.014, 0.035), 0, 6))
        bits["eyes"].append(_pt(m, s * 0.043, 0.026, 0.055))
        bits["pupils"].append(_pt(m, s * 0.053, 0.027, 0.058))
        horn = [(s * 0.028, 0.04, 0.0), (s * 0.04, 0.07, -0.04), (s * 0.048, 0.08, -0.085)]
        bits["horns"].append([_pt(m, *q) for q in horn])
    return parts


_NECKS = ((-52, 0.56), (-26, 0.62), (0, 0.66), (26, 0.62), (52, 0.56))
"""The five necks: how far each leans out from upright (degrees) and how long it is."""


def _hydra_body() -> list:
    """The hydra's heavy crouching body: a deep barrel, a broad chest and shoulders, haunches,
    four short thick bent legs on broad feet, a thick tail sweeping round behind, and five
    stumps rising from the shoulders for the necks."""
    shapes = [ellipsoid((0.0, 0.27, -0.06), (0.22, 0.16, 0.3))]
    shapes.append(ellipsoid((0.0, 0.33, 0.13), (0.24, 0.18, 0.17), None, 0.08))
    shapes.append(ellipsoid((0.0, 0.28, -0.27), (0.18, 0.14, 0.14), None, 0.06))
    for s in (-1, 1):
        shapes += rope([(s * 0.17, 0.27, 0.16), (s * 0.27, 0.15, 0.2), (s * 0.26, 0.05, 0.24)],
                       [0.09, 0.065, 0.05], 0.05, 0.02)  # fmt: skip
        shapes += rope([(s * 0.15, 0.27, -0.27), (s * 0.26, 0.17, -0.17), (s * 0.25, 0.05, -0.24)],
                       [0.1, 0.07, 0.05], 0.05, 0.02)  # fmt: skip
        for z in (0.27, -0.2):
            shapes.append(ellipsoid((s * 0.265, 0.03, z), (0.06, 0.03, 0.075), None, 0.03))
    shapes += rope([(0.0, 0.27, -0.36), (0.0, 0.18, -0.52), (0.08, 0.1, -0.66), (0.25, 0.06, -0.72),
                    (0.42, 0.05, -0.64)], [0.12, 0.09, 0.065, 0.04, 0.012], 0.06, 0.02)  # fmt: skip
    for ang, _ in _NECKS:
        a = np.radians(ang)
        base = np.array([0.17 * np.sin(a), 0.39, 0.17 - 0.04 * abs(np.sin(a))])
        shapes += rope([base - (0, 0.08, 0.03), base + v3(0.06 * np.sin(a), 0.06, 0.02)],
                       [0.09, 0.065], 0.06)  # fmt: skip
    shapes.append(cut(1, 0.0, False, 0.005, (-0.4, -0.1, -0.4), (0.4, 0.0, 0.4)))  # the soles
    return shapes


def _neck(ang: float, length: float, rng: Rng) -> tuple[list, np.ndarray, np.ndarray]:
    """One neck's centre line from its stump on the shoulders, rising and leaning out in an
    S-curve, and where its head sits and faces."""
    a = np.radians(ang + rng.uniform(-4, 4))
    out = np.array([np.sin(a), np.cos(a), 0.0])
    base = np.array([0.17 * np.sin(a), 0.41, 0.17 - 0.04 * abs(np.sin(a))]) + out * 0.04
    pts = [base, base + out * 0.2 * length + (0, 0.02, -0.02)]
    pts.append(base + out * 0.55 * length + (0, 0.0, 0.02))
    pts.append(base + out * 0.85 * length + (0, 0.03, 0.08))
    tip = base + out * length + (0, 0.06, 0.14)
    pts.append(tip)
    fwd = np.array([0.55 * np.sin(a), -0.15, 1.0])
    return pts, tip, fwd


def _hydra(rng: Rng) -> list[Part]:
    """A hydra, the many-headed serpent, crouching: a heavy scaly body on four short bent legs
    with clawed feet, a thick tail sweeping round behind, a row of spines along its back, and
    five long snake necks rising from its shoulders and fanning out, each ending in a dragon-
    like snake head with its jaws open, fangs, a forked tongue and two small horns."""
    shapes = _hydra_body()
    parts = [solid(shapes, 0.034, 0, "body")]
    bits: dict = {"teeth": [], "tongue": [], "eyes": [], "pupils": [], "horns": []}
    for ang, length in _NECKS:
        pts, tip, fwd = _neck(ang, length, rng)
        parts.append(tube(pts, [0.06, 0.05, 0.043, 0.038, 0.034], None, 0))
        ridge = [p + v3(0, 0.035, -0.02) for p in pts[1:]]
        parts.append(strands([ridge], [0.012, 0.01, 0.008, 0.0], 1, 4, 8))
        parts += _serpent_head(facing_frame(tip, fwd), 32 + float(rng.uniform(-6, 6)), bits)
    teeth = np.array(bits["teeth"])
    parts.append(bristles(teeth[:, 0], teeth[:, 1], 0.005, "tooth"))
    parts.append(strands(bits["tongue"], [0.009, 0.007, 0.004, 0.001], "card-red", 4, 8))
    parts.append(strands(bits["horns"], [0.014, 0.008, 0.001], 1, 5, 7))
    parts.append(balls(bits["eyes"], 0.012, "fruit-yellow", 8, 4))
    parts.append(balls(bits["pupils"], [(0.003, 0.009, 0.004)], "pupil", 5, 3))
    spine = [(0.0, 0.47, 0.08), (0.0, 0.44, -0.1), (0.0, 0.41, -0.28), (0.0, 0.33, -0.44),
             (0.0, 0.2, -0.58), (0.1, 0.12, -0.7)]  # fmt: skip
    c = catmull_rom(spine, 14)
    d = np.gradient(c, axis=0)
    roots, tips = c - v3(0, 0.03, 0), c + v3(0, 0.05, 0) - d * 0.8
    size = np.linspace(1.0, 0.45, 14)[:, None]
    parts.append(bristles(roots, roots + (tips - roots) * size, 0.022, 1))
    claws = [[(x + dx, 0.03, z - 0.03), (x + dx, 0.025, z), (x + dx, 0.005, z + 0.015)]
             for x in (-0.265, 0.265) for z in (0.35, -0.12)
             for dx in (-0.03, 0.0, 0.03)]  # fmt: skip
    parts.append(strands(claws, [0.011, 0.007, 0.001], "tooth", 5, 5))
    yaw = 20 + float(rng.uniform(-4, 4))
    return [q.moved(rot("y", yaw)) for q in parts]


# 1505 cyclops


def _giant_shapes() -> list:
    """A one-eyed giant's body: thick legs on broad feet, heavy hips, a pot belly, a deep chest
    with slabs of muscle, huge shoulders, the right arm bent up to the shoulder, the left hanging
    to a fist, a short thick neck and a head thrust forward with a heavy jaw and brow."""
    shapes = [ellipsoid((0.0, 0.5, 0.0), (0.16, 0.1, 0.11))]  # the hips
    shapes.append(ellipsoid((0.0, 0.61, 0.03), (0.165, 0.12, 0.13), None, 0.06))  # the belly
    shapes.append(ellipsoid((0.0, 0.74, 0.0), (0.2, 0.11, 0.125), None, 0.06))  # the chest
    shapes.append(ellipsoid((0.0, 0.8, -0.03), (0.17, 0.07, 0.1), None, 0.05))  # the back
    for s in (-1, 1):
        shapes.append(ellipsoid((s * 0.08, 0.745, 0.08), (0.085, 0.06, 0.05), None, 0.03))
        shapes.append(ellipsoid((s * 0.22, 0.775, 0.0), (0.08, 0.075, 0.08), None, 0.04))
        shapes += rope([(s * 0.1, 0.47, 0.0), (s * 0.115, 0.26, 0.025), (s * 0.12, 0.06, 0.0)],
                       [0.08, 0.055, 0.042], 0.05, 0.02)  # the legs # fmt: skip
        shapes.append(ellipsoid((s * 0.118, 0.17, -0.015), (0.055, 0.075, 0.055), None, 0.03))
        shapes.append(ellipsoid((s * 0.125, 0.032, 0.045), (0.058, 0.035, 0.095), None, 0.03))
    shapes += rope([(0.23, 0.77, 0.0), (0.31, 0.62, 0.06), (0.27, 0.76, 0.15)],
                   [0.065, 0.055, 0.042], 0.04, 0.02)  # the right arm # fmt: skip
    shapes.append(ellipsoid((0.275, 0.7, 0.03), (0.06, 0.07, 0.06), None, 0.03))  # its biceps
    shapes.append(ellipsoid((0.265, 0.795, 0.16), (0.05, 0.052, 0.055), None, 0.02))  # its fist
    shapes += rope([(-0.23, 0.77, 0.0), (-0.3, 0.58, -0.02), (-0.3, 0.43, 0.03)],
                   [0.065, 0.055, 0.042], 0.04, 0.02)  # the left arm # fmt: skip
    shapes.append(ellipsoid((-0.285, 0.66, 0.0), (0.06, 0.075, 0.06), None, 0.03))
    shapes.append(ellipsoid((-0.3, 0.39, 0.035), (0.05, 0.058, 0.052), None, 0.02))
    shapes += rope([(0.0, 0.8, 0.0), (0.0, 0.87, 0.04)], [0.07, 0.06], 0.04)  # the neck
    shapes.append(ellipsoid((0.0, 0.925, 0.055), (0.075, 0.085, 0.075), None, 0.04))  # the head
    shapes.append(ellipsoid((0.0, 0.875, 0.085), (0.07, 0.05, 0.06), None, 0.03))  # the jaw
    shapes.append(ellipsoid((0.0, 0.975, 0.1), (0.072, 0.024, 0.04), rot("x", -10), 0.015))
    shapes.append(ellipsoid((0.0, 0.905, 0.14), (0.022, 0.02, 0.02), None, 0.015))  # the nose
    for s in (-1, 1):
        shapes.append(ellipsoid((s * 0.078, 0.925, 0.045), (0.015, 0.03, 0.022), None, 0.01))
    shapes.append(cut(1, 0.0, False, 0.005, (-0.3, -0.1, -0.2), (0.3, 0.0, 0.2)))  # the soles
    return shapes


def _fur_skirt(rng: Rng) -> list[Part]:
    """A shaggy loincloth of fur: tattered strips hanging all round the hips from a belt,
    longer at the front and back."""
    paths = []
    n = 15
    for k in range(n):
        a = 2 * np.pi * k / n + float(rng.uniform(-0.08, 0.08))
        c, s = np.cos(a), np.sin(a)
        drop = 0.17 + 0.05 * abs(s) + float(rng.uniform(-0.02, 0.02))
        r0 = np.array([0.165 * c, 0.55, 0.12 * s + 0.01])
        paths.append([r0, r0 + v3(0.02 * c, -drop * 0.5, 0.025 * s),
                      r0 + v3(0.045 * c, -drop, 0.05 * s)])  # fmt: skip
    parts = [hair_locks(paths, 0.1, 0.018, "fur-cape", 6, 0.55, 0.5)]
    belt = at(0, 0.54, 0.01) @ scl(1.0, 1.0, 0.75)
    parts.append(torus(0.168, 0.018, belt, "cork"))
    return parts


def _club(a, b) -> list[Part]:
    """A big wooden club from its grip end a to its head b: a rough tapering log swelling to a
    knobbly head."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    length = float(np.linalg.norm(b - a))
    prof = [(0.0, 0.0), (0.026, 0.005), (0.024, 0.2 * length), (0.034, 0.5 * length),
            (0.06, 0.8 * length), (0.07, 0.93 * length), (0.05, length),
            (0.0, length + 0.01)]  # fmt: skip
    m = at(*a) @ align(b - a)
    parts = [lathe(prof, m, 1, shape=lobed(12, 5, 0.08))]
    knots = []
    for k, t in enumerate(np.linspace(0, 2 * np.pi, 10)[:-1]):
        f = 0.62 + 0.14 * (k % 3)
        r = np.interp(f, [0.5, 0.8, 0.93], [0.034, 0.06, 0.07]) - 0.004
        knots.append((r * np.cos(t), f * length, r * np.sin(t)))
    pts = [(m @ np.array([*q, 1.0]))[:3] for q in knots]
    parts.append(balls(pts, 0.016, 1, 6, 4))
    return parts


def _cyclops(rng: Rng) -> list[Part]:
    """A cyclops: a huge muscular one-eyed giant standing with his feet apart, a pot belly and
    slabs of muscle, a big wooden club over his right shoulder and his left fist hanging; his
    head thrust forward under a heavy brow, one huge eye in the middle of his forehead (white,
    with a big dark pupil), a broad nose, a wide mouth with two tusks, small ears and one small
    horn on his crown; a shaggy fur loincloth on a belt."""
    parts = [solid(_giant_shapes(), 0.022, 0, "body")]
    eye = at(0.0, 0.93, 0.108)
    parts.append(sphere(0.042, eye, "sclera"))
    look = float(rng.uniform(-6, 6))
    parts.append(sphere(1.0, eye @ rot("y", look) @ at(0, 0, 0.036) @ scl(0.021, 0.021, 0.01),
                        "pupil"))  # fmt: skip
    parts.append(tube([(-0.04, 0.862, 0.125), (0.0, 0.856, 0.132), (0.04, 0.862, 0.125)], 0.006,
                      None, "marking"))  # the mouth # fmt: skip
    for s in (-1, 1):
        parts.append(cylinder(0.008, 0.0, 0.028, at(s * 0.03, 0.852, 0.13) @ rot("z", -s * 8),
                              "tooth"))  # fmt: skip
    parts.append(tube([(0.0, 1.0, 0.05), (0.0, 1.04, 0.04), (-0.005, 1.065, 0.025)],
                      [0.018, 0.011, 0.0], None, "tooth"))  # the horn # fmt: skip
    parts += _fur_skirt(rng)
    parts += _club((0.275, 0.72, 0.19), (0.19, 1.13, -0.12))
    return [q.moved(rot("y", 15)) for q in parts]


# 1506 koi

_KOI = np.array([
    (0.0, 0.03, 0.017), (0.1, 0.036, 0.022), (0.25, 0.07, 0.047), (0.42, 0.105, 0.075),
    (0.6, 0.12, 0.088), (0.75, 0.115, 0.085), (0.87, 0.094, 0.072), (0.95, 0.07, 0.055),
    (0.985, 0.044, 0.036), (1.0, 0.006, 0.006),
])  # fmt: skip
"""The koi's body from its tail (s = 0) to its snout (s = 1): half its height and half its
width at each s."""


class _Koi:
    """The koi's body: a curved spine along +x (head to +x) swaying in the horizontal plane,
    and its skin as a function of s along the spine and the angle round it (0 the right side,
    a quarter turn its back)."""

    def __init__(self, sway: float, y: float) -> None:
        s = np.linspace(0.0, 1.0, 60)
        self.s = s
        x = -0.42 + 0.82 * s
        z = sway * ((1 - s) ** 2 - 0.3) + 0.015 * np.sin(3 * s)
        self.c = np.stack([x, np.full_like(s, y), z], 1)
        t = np.gradient(self.c, axis=0)
        self.t = t / np.linalg.norm(t, axis=1, keepdims=True)
        self.n = np.stack([-self.t[:, 2], np.zeros_like(s), self.t[:, 0]], 1)  # to its right
        self.h = np.interp(s, _KOI[:, 0], _KOI[:, 1])
        self.w = np.interp(s, _KOI[:, 0], _KOI[:, 2])

    def at(self, s, a, lift: float = 0.0):
        """Points on the skin at s along and a round (arrays broadcast), ``lift`` off it."""
        s, a = np.broadcast_arrays(np.asarray(s, float), np.asarray(a, float))
        c = np.stack([np.interp(s, self.s, self.c[:, i]) for i in range(3)], -1)
        n = np.stack([np.interp(s, self.s, self.n[:, i]) for i in range(3)], -1)
        h = np.interp(s, self.s, self.h)[..., None]
        w = np.interp(s, self.s, self.w)[..., None]
        flat = np.where(np.sin(a) < 0, 0.85, 1.0)[..., None]
        ca, sa = np.cos(a)[..., None], np.sin(a)[..., None]
        up = np.array([0.0, 1.0, 0.0])
        out = n * (w + lift) * ca + up * (h * flat + lift) * sa
        return c + out

    def frame(self, s: float):
        """The spine's point, its direction and its right at s."""
        i = round(s * (len(self.s) - 1))
        return self.c[i], self.t[i], self.n[i]


def _patch(koi: _Koi, s0: float, a0: float, ds: float, da: float, rng: Rng, slot) -> Part:
    """A blotch of colour lying on the koi's skin round (s0, a0), ds along and da round."""
    rows, cols = 12, 10
    u = np.linspace(-1.0, 1.0, rows)
    wob = 1 + 0.18 * np.sin(3 * u + rng.uniform(0, 6)) + 0.1 * np.sin(7 * u + rng.uniform(0, 6))
    half = da * np.sqrt(np.clip(1 - u**2, 0.02, 1)) * wob
    s = (s0 + ds * u)[:, None] * np.ones(cols)
    a = a0 + half[:, None] * np.linspace(-1.0, 1.0, cols)
    return cloth_sheet(koi.at(s, a, 0.004), 0.005, slot)


def _fin(root, along, across, length: float, half, sway, rows: int = 8, cols: int = 7) -> Part:
    """A thin flowing fin from its root along ``along``: at u of its length it is ``half(u)``
    wide each side along ``across``, and its far part bends along ``sway``."""
    u = np.linspace(0.0, 1.0, rows)[:, None, None]
    v = np.linspace(-1.0, 1.0, cols)[None, :, None]
    hw = np.array([half(q) for q in u[:, 0, 0]])[:, None, None]
    ripple = 1 + 0.25 * np.sin(3.5 * v + 2.0 * u)
    p = (np.asarray(root) + np.asarray(along) * length * u + np.asarray(across) * hw * v
         + np.asarray(sway) * u**2 * ripple)  # fmt: skip
    return cloth_sheet(p, 0.006, 1)


def _koi_fins(koi: _Koi, rng: Rng) -> list[Part]:
    """The koi's big flowing fins: a long fan tail, a long dorsal fin raked back, a big rounded
    pectoral fin low behind each gill, smaller pelvic fins and an anal fin."""
    c, t, n = koi.frame(0.0)
    up = np.array([0.0, 1.0, 0.0])
    parts = [_fin(c + t * 0.01, -t, up, 0.34,
                  lambda q: 0.028 + 0.22 * q**0.8 * (1 - 0.55 * max(q - 0.75, 0) / 0.25),
                  n * float(rng.uniform(0.08, 0.12)))]  # the tail # fmt: skip
    s = np.linspace(0.32, 0.7, 10)
    base = koi.at(s, np.pi / 2, -0.006)
    hd = 0.085 * np.sin(np.pi * (s - 0.32) / 0.38) ** 0.5 + 0.01
    top = base + up * hd[:, None] - koi.t[(s * 59).astype(int)] * 0.035
    grid = base[:, None] + (top - base)[:, None] * np.linspace(0, 1, 5)[None, :, None]
    grid[:, :, 2] += (
        0.01 * np.sin(np.linspace(0, 1, 5) * 3)[None, :] * np.linspace(0, 1, 10)[:, None]
    )
    parts.append(cloth_sheet(grid, 0.006, 1))  # the dorsal fin
    for side in (-1, 1):
        c, t, n = koi.frame(0.78)
        root = koi.at(0.78, -0.6 if side > 0 else np.pi + 0.6, 0)
        out = n * side
        along = 0.75 * out - 0.55 * t - 0.3 * up
        parts.append(_fin(root, along / np.linalg.norm(along), t, 0.22,
                          lambda q: 0.02 + 0.085 * np.sin(np.pi * min(q * 0.95, 1)) ** 0.6,
                          -up * 0.04 - t * 0.03))  # the pectoral fins # fmt: skip
        c, t, n = koi.frame(0.5)
        root = koi.at(0.5, -1.1 if side > 0 else np.pi + 1.1, 0)
        along = 0.45 * n * side - 0.6 * t - 0.6 * up
        parts.append(_fin(root, along / np.linalg.norm(along), t, 0.09,
                          lambda q: 0.012 + 0.035 * np.sin(np.pi * min(q * 0.95, 1)) ** 0.6,
                          -t * 0.02))  # the pelvic fins # fmt: skip
    c, t, n = koi.frame(0.22)
    root = koi.at(0.22, -np.pi / 2, -0.004)
    parts.append(_fin(root, unit(-0.5 * t - up), t, 0.06,
                      lambda q: 0.015 + 0.02 * np.sin(np.pi * min(q, 1)) ** 0.6,
                      -t * 0.02))  # the anal fin # fmt: skip
    return parts


def _koi(rng: Rng) -> list[Part]:
    """An ornamental koi carp swimming just over a small round pool of water with rings of
    ripples: a plump long white body curving as it swims, a rounded head with a small mouth, two
    barbels and small eyes, big bright orange and red blotches over its back and head, long
    flowing fins and a long fan tail."""
    koi = _Koi(0.15 + float(rng.uniform(-0.02, 0.02)), 0.25)
    a = np.linspace(0.0, 2 * np.pi, 24, endpoint=False)
    grid = koi.at(np.linspace(0.0, 1.0, 40)[:, None], a[None, :])
    parts = [grid_skin(grid, 0, "body")]
    j = rng.uniform(-0.03, 0.03, 3)
    parts.append(_patch(koi, 0.86 + j[0], np.pi / 2 + 0.2, 0.075, 0.9, rng, "card-red"))
    parts.append(_patch(koi, 0.55 + j[1], np.pi / 2 - 0.25, 0.15, 1.15, rng, "fruit-orange"))
    parts.append(_patch(koi, 0.25 + j[2], np.pi / 2 + 0.35, 0.08, 1.0, rng, "card-red"))
    parts += _koi_fins(koi, rng)
    for side in (1, -1):
        ae = 0.4 if side > 0 else np.pi - 0.4
        eye = koi.at(0.915, ae, 0.0)
        parts.append(bead(0.011, at(*eye), "fruit-yellow", 8))
        parts.append(bead(0.007, at(*koi.at(0.917, ae, 0.006)), "pupil", 6))
        ab = -0.7 if side > 0 else np.pi + 0.7
        b0 = koi.at(0.975, ab, -0.003)
        c, t, n = koi.frame(0.99)
        barbel = [b0, b0 + t * 0.02 + n * side * 0.01 - (0, 0.012, 0),
                  b0 + t * 0.03 + n * side * 0.022 - (0, 0.035, 0)]  # fmt: skip
        parts.append(tube(barbel, [0.0045, 0.003, 0.0012], None, 0))
    c, t, n = koi.frame(1.0)
    parts.append(torus(0.014, 0.005, at(*(c + t * 0.003 - (0, 0.008, 0))) @ align(t), "eraser"))
    parts.append(cylinder(0.3, 0.3, 0.02, None, "rain"))  # the pool
    for r in (0.12, 0.2, 0.27):
        parts.append(torus(r, 0.005, at(0.05, 0.02, -0.02) @ scl(1, 0.6, 0.85), "rain"))
    yaw = -25 + float(rng.uniform(-5, 5))
    return [q.moved(rot("y", yaw)) for q in parts]


MORE_APPLIANCES_ZZZZZL = {
    1499: _snowflake, 1500: _ocean_wave, 1501: _phoenix, 1502: _acorn, 1503: _wind_chime,
    1504: _hydra, 1505: _cyclops, 1506: _koi,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
