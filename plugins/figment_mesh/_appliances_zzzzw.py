"""More of the device family's appliances, from 1381: animals of the farm, the house and the
wild: a pony, a foal, a puppy, a kitten, a panther, a hare, a toad and an opossum.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material; the animals
stand head toward +x, turned a little to the viewer.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, at, mesh_part, rot, scl, v3
from ._kit import (
    bristles,
    colour_patch,
    hair_locks,
    rope,
    skin_field,
    skin_hits,
    skin_strip,
    solid,
    unit,
)
from ._primitives import DIAMOND, HEXAGON, catmull_rom, cylinder, lathe, sphere, tube
from ._sdf import ellipsoid

__all__ = ["MORE_APPLIANCES_ZZZZW"]

Rng = np.random.Generator


# Hair, warts and markings


def _hair(paths, width: float, thick: float, slot) -> Part:
    """Flat tapering locks of hair (a mane, a forelock, a tail): ``_kit.hair_locks``, narrowing
    less."""
    return hair_locks(paths, width, thick, slot, narrow=0.85)


def _wart_mesh() -> tuple[np.ndarray, np.ndarray]:
    """A low unit dome closed underneath: six sides, a ring at its foot and one half way up
    (24 triangles)."""
    a = np.arange(6) * (np.pi / 3)
    foot = np.stack([np.cos(a), 0 * a, np.sin(a)], 1)
    mid = np.stack([0.8 * np.cos(a + 0.5), 0.6 + 0 * a, 0.8 * np.sin(a + 0.5)], 1)
    v = np.concatenate([[(0.0, -0.2, 0.0)], foot, mid, [(0.0, 1.0, 0.0)]])
    f = [(0, 1 + k, 1 + (k + 1) % 6) for k in range(6)]
    for k in range(6):
        a0, a1 = 1 + k, 1 + (k + 1) % 6
        f += [(a0, a1 + 6, a1), (a0, a0 + 6, a1 + 6)]
    f += [(13, 7 + (k + 1) % 6, 7 + k) for k in range(6)]
    return v, np.array(f)


def _warts(points, normals, sizes, slot) -> Part:
    """Many small round bumps standing on a skin at ``points`` along its ``normals`` as one
    part, each ``sizes`` across and half as high."""
    v0, f0 = _wart_mesh()
    p, n = np.asarray(points, float), np.asarray(normals, float)
    ref = np.where(np.abs(n[:, 1:2]) > 0.9, [[1.0, 0.0, 0.0]], [[0.0, 1.0, 0.0]])
    t1 = np.cross(n, ref)
    t1 /= np.linalg.norm(t1, axis=1, keepdims=True)
    t2 = np.cross(t1, n)
    s = np.asarray(sizes, float)[:, None, None]
    local = v0[None] * s * (1.0, 0.55, 1.0)  # (k, V, 3)
    v = (p[:, None] + local[..., :1] * t1[:, None] + local[..., 1:2] * n[:, None]
         + local[..., 2:] * t2[:, None])  # fmt: skip
    f = f0[None] + (np.arange(len(p)) * len(v0))[:, None, None]
    return mesh_part(v.reshape(-1, 3), f.reshape(-1, 3), slot)


def _fib(n: int) -> np.ndarray:
    """n directions spread evenly over the sphere."""
    i = np.arange(n) + 0.5
    y = 1 - 2 * i / n
    r = np.sqrt(1 - y * y)
    t = np.pi * (3 - np.sqrt(5)) * i
    return np.stack([r * np.cos(t), y, r * np.sin(t)], 1)


def _arc(c, u, v, angs, w: float, wave=None) -> tuple:
    """A stripe's rays for ``_stripes``: from c along the directions cos(a) u + sin(a) v (for a
    in ``angs``, degrees), bent to and fro along ``wave`` when given; the stripe w wide."""
    a = np.radians(np.asarray(angs, float))[:, None]
    dirs = np.cos(a) * np.asarray(u, float) + np.sin(a) * np.asarray(v, float)
    if wave is not None:
        dirs = dirs + np.sin(a * 3.0) * np.asarray(wave, float)
    return np.asarray(c, float), dirs, w


def _stripes(field, arcs, slot=1, lift: float = 0.004) -> list[Part]:
    """Raised stripes lying on a skin, one through the points where each arc's rays (see
    ``_arc``) leave it."""
    ins = np.concatenate([np.repeat(c[None], len(d), 0) for c, d, _ in arcs])
    ps, ns = skin_hits(field, ins, np.concatenate([d for _, d, _ in arcs]), 0.4, 64, 0.002)
    parts, i = [], 0
    for _, d, w in arcs:
        p, n = ps[i : i + len(d)], ns[i : i + len(d)]
        parts.append(skin_strip(p + n * lift, n, w, 0.008, slot))
        i += len(d)
    return parts


def _eye_frame(p, d, size) -> np.ndarray:
    """An eye's frame at p: its y axis out along d, its x axis as near upright as can be,
    semi-axes ``size`` (up, out, across)."""
    y = unit(d)
    x = np.array([0.0, 1.0, 0.0]) - y * y[1]
    x = unit(x)
    z = np.cross(x, y)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = x * size[0], y * size[1], z * size[2], p
    return m


def _eye(p, d, size: float, iris=None, slit: float = 1.0) -> list[Part]:
    """An eye centred on p looking along d: a dark glossy ball, or a coloured iris round a dark
    pupil ``slit`` times as tall as wide (a cat's upright slit above 1, a toad's level bar
    below)."""
    if not iris:
        return [sphere(1.0, _eye_frame(p, d, (size, size * 0.85, size)), "pupil")]
    n = unit(d)
    pupil = (size * 0.8 * min(slit, 1.0), size * 0.6, size * 0.8 * min(1 / slit, 1.0))
    return [sphere(1.0, _eye_frame(p, n, (size, size * 0.8, size)), iris),
            sphere(1.0, _eye_frame(p + n * size * 0.25, n, pupil), "pupil")]  # fmt: skip


def _eyes(field, c, d, size: float, iris=None, slit: float = 1.0, sink: float = 0.3) -> list[Part]:
    """A pair of eyes where rays from c along d (z > 0, mirrored) leave the skin, ``sink`` of
    their size sunk into it (see ``_eye``)."""
    parts = []
    dirs = [np.asarray(d, float) * (1, 1, s) for s in (-1, 1)]
    ps, ns = skin_hits(field, [c, c], dirs, 0.4, start=0.002)
    for p, n in zip(ps, ns, strict=True):
        parts += _eye(p - n * size * sink, n, size, iris, slit)
    return parts


def _ear(m: np.ndarray, length: float, width: float, slot=0) -> Part:
    """A pointed ear standing up along y from its root under ``m``: a flattened cone, cupped."""
    prof = [(0.0, 0.0), (width * 0.5, 0.0), (width * 0.5, length * 0.3), (width * 0.3,
            length * 0.75), (0.0, length)]  # fmt: skip
    return lathe(prof, m @ scl(1.0, 1.0, 0.45), slot, sides=10)


# 1381 pony and 1382 foal


def _leg(pts, radii) -> Part:
    """A lower leg as a smooth tapering tube through its joints."""
    return tube(pts, radii, None, 0)


def _hoof(x: float, z: float, r: float, h: float) -> Part:
    """A dark hoof standing on the ground at (x, z)."""
    return cylinder(r, r * 0.9, h, at(x, 0.0, z), "marking")


_PONY_FEET = ((0.2, 0.085), (0.16, -0.085), (-0.24, 0.085), (-0.2, -0.085))
"""The pony's feet (x, z): forelegs, then hind legs."""
_PONY_POLL = np.array([0.42, 0.78, 0.0])
_PONY_NOSE = np.array([0.55, 0.57, 0.0])


def _pony_shapes() -> list:
    """The pony's smooth body (head toward +x): a round barrel, a deep chest, a round rump, a
    short thick arched neck, a big head sloping down to a soft muzzle, stout upper legs."""
    shapes = [ellipsoid((0.0, 0.45, 0.0), (0.31, 0.17, 0.165))]  # the barrel
    shapes.append(ellipsoid((0.2, 0.45, 0.0), (0.15, 0.17, 0.14), None, 0.07))  # the chest
    shapes.append(ellipsoid((-0.22, 0.5, 0.0), (0.16, 0.15, 0.15), None, 0.07))  # the rump
    neck = [(0.22, 0.51, 0.0), (0.33, 0.67, 0.0), (0.4, 0.75, 0.0)]
    shapes += rope(neck, [0.13, 0.1, 0.08], 0.06, 0.03)
    shapes += rope([_PONY_POLL, _PONY_NOSE], [0.075, 0.052], 0.03)
    shapes.append(ellipsoid(_PONY_POLL + v3(-0.01, -0.07, 0), (0.07, 0.08, 0.065), None, 0.03))
    shapes.append(ellipsoid(_PONY_NOSE + v3(0.0, -0.01, 0), (0.055, 0.055, 0.055), None, 0.02))
    for k, (x, z) in enumerate(_PONY_FEET):
        if k < 2:
            shapes += rope([(x - 0.02, 0.45, z * 0.8), (x, 0.26, z)], [0.085, 0.055], 0.05)
        else:
            shapes += rope([(x + 0.02, 0.5, z * 0.8), (x + 0.04, 0.32, z), (x - 0.02, 0.21, z)],
                           [0.11, 0.075, 0.052], 0.05, 0.03)  # fmt: skip
    return shapes


def _pony_legs() -> list[Part]:
    """The pony's short sturdy lower legs on dark hooves."""
    parts = []
    for k, (x, z) in enumerate(_PONY_FEET):
        top = (x, 0.26, z) if k < 2 else (x - 0.02, 0.21, z)
        parts.append(_leg([top, (x, 0.13, z), (x + 0.01, 0.075, z), (x, 0.04, z)],
                          [0.055, 0.042, 0.048, 0.048]))  # fmt: skip
        parts.append(_hoof(x, z, 0.052, 0.05))
    return parts


def _pony_mane(field, rng: Rng) -> list[Part]:
    """A thick long mane falling from the crest down both sides of the neck, a forelock falling
    over the brow and the eyes."""
    axis = catmull_rom([(0.16, 0.55), (0.24, 0.61), (0.33, 0.69), (0.4, 0.77)], 16)
    t = np.gradient(axis, axis=0)
    ins, dirs, sides = [], [], []
    for (ax, ay), (tx, ty) in zip(axis, t, strict=True):
        up = unit((-ty, tx, 0.0))
        for s in (-1, 1):
            for a in (0.0, 45.0, 90.0, 120.0):
                r = np.radians(a)
                ins.append((ax, ay, 0.0))
                dirs.append(up * np.cos(r) + np.array([0.0, 0.0, s]) * np.sin(r))
            sides.append(s)
    ps, ns = skin_hits(field, ins, dirs, 0.35, 48)
    ps = ps + ns * np.array([0.012, 0.025, 0.03, 0.03])[np.arange(len(ps)) % 4, None]
    ps = ps.reshape(-1, 4, 3)
    paths = []
    for q, s in zip(ps, sides, strict=True):
        j = rng.uniform(-0.015, 0.015, 3)
        drop = float(rng.uniform(0.06, 0.11))
        paths.append([q[0], q[1], q[2] + v3(j[0], 0.0, 0.0),
                      q[3] + v3(j[1] - 0.02, -drop, s * (0.01 + j[2]))])  # fmt: skip
    parts = [_hair(paths, 0.06, 0.022, 1)]
    head = unit(_PONY_NOSE - _PONY_POLL)
    brow = unit((-head[1], head[0], 0.0))
    ins, dirs = [], []
    for k in range(9):
        f = (k / 8 - 0.5) * 2
        for u, spread in ((0.0, 0.2), (0.06, 0.45), (0.12, 0.8), (0.16, 1.0)):
            ins.append(_PONY_POLL + head * u)
            r = spread * f
            dirs.append(brow * np.cos(r) + np.array([0.0, 0.0, 1.0]) * np.sin(r))
    ps, ns = skin_hits(field, ins, dirs, 0.3, 48)
    ps = (ps + ns * 0.014).reshape(9, 4, 3)
    ps[:, 0] += v3(-0.02, 0.02, 0.0)
    ps[:, 3] += head * rng.uniform(0.0, 0.03, (9, 1))
    parts.append(_hair(ps, 0.045, 0.014, 1))
    return parts


def _pony_tail(rng: Rng) -> list[Part]:
    """A full tail falling from the top of the rump to the ground."""
    root = [(-0.36, 0.59, 0.0), (-0.41, 0.55, 0.0), (-0.44, 0.46, 0.0)]
    parts = [tube(root, [0.045, 0.04, 0.032], None, 1)]
    tail = []
    for k in range(48):
        f = (k % 12) / 11 - 0.5
        row = k // 12
        j = rng.uniform(-0.02, 0.02, 3)
        tail.append([root[0], root[1], (-0.46 + j[0] + 0.01 * row, 0.34, f * 0.07),
                     (-0.48 + j[1] - 0.02 * row, 0.16, f * 0.1 + j[2]),
                     (-0.47 + j[2] - 0.035 * row, 0.01, f * 0.14)])  # fmt: skip
    parts.append(_hair(tail, 0.075, 0.02, 1))
    return parts


def _pony(rng: Rng) -> list[Part]:
    """A pony standing, head toward +x turned a little to the viewer: a short stocky little
    horse, a round barrel body on short sturdy legs and dark hooves, a short thick neck, a big
    head with small pricked ears, a thick long mane falling down both sides of its neck and a
    bushy forelock falling over its eyes, a full tail reaching the ground (second material)."""
    shapes = _pony_shapes()
    field = skin_field(shapes)
    parts = [solid(shapes, 0.026, 0, "body")]
    parts += _pony_legs()
    parts += _pony_mane(field, rng)
    parts += _pony_tail(rng)
    head = unit(_PONY_NOSE - _PONY_POLL)
    parts += _eyes(field, _PONY_POLL + head * 0.08, (0.2, 0.25, 1.0), 0.016)
    for s in (-1, 1):
        ear = at(*(_PONY_POLL + v3(-0.02, 0.05, s * 0.04))) @ rot("x", s * 8) @ rot("z", 10)
        parts.append(_ear(ear, 0.07, 0.04))
        nostril = _PONY_NOSE + head * 0.03 + v3(0.035, 0.0, s * 0.025)
        parts.append(sphere(1.0, at(*nostril) @ scl(0.01, 0.014, 0.008), "marking"))
    turn = rot("y", 14 + float(rng.uniform(-4, 4)))
    return [p.moved(turn) for p in parts]


_FOAL_POLL = np.array([0.3, 0.95, 0.0])
_FOAL_NOSE = np.array([0.43, 0.76, 0.0])
_FOAL_FORE = ((0.13, 0.6, 0.045), (0.14, 0.33, 0.07), (0.17, 0.08, 0.09), (0.175, 0.03, 0.095))
"""The near foreleg's joints, splayed a little out: elbow, knee, fetlock, pastern."""
_FOAL_HIND = ((-0.16, 0.64, 0.05), (-0.11, 0.47, 0.065), (-0.2, 0.32, 0.075),
              (-0.19, 0.08, 0.09), (-0.185, 0.03, 0.095))  # fmt: skip
"""The near hind leg's joints: hip, stifle, hock, fetlock, pastern."""


def _foal_shapes() -> list:
    """The foal's smooth body (head toward +x): a short slim barrel, a narrow chest, a little
    rump, a thin neck, a big long head with a soft muzzle, thin upper legs."""
    shapes = [ellipsoid((0.0, 0.64, 0.0), (0.2, 0.1, 0.085))]  # the barrel
    shapes.append(ellipsoid((0.12, 0.64, 0.0), (0.09, 0.1, 0.08), None, 0.05))  # the chest
    shapes.append(ellipsoid((-0.15, 0.67, 0.0), (0.1, 0.1, 0.085), None, 0.05))  # the rump
    neck = [(0.12, 0.68, 0.0), (0.22, 0.82, 0.0), (0.28, 0.9, 0.0)]
    shapes += rope(neck, [0.075, 0.055, 0.05], 0.05, 0.02)
    shapes += rope([_FOAL_POLL, _FOAL_NOSE], [0.068, 0.045], 0.03)
    shapes.append(ellipsoid(_FOAL_POLL + v3(-0.005, -0.06, 0), (0.065, 0.075, 0.06), None, 0.03))
    shapes.append(ellipsoid(_FOAL_NOSE, (0.045, 0.045, 0.045), None, 0.02))
    for s in (-1, 1):
        f, h = np.array(_FOAL_FORE) * (1, 1, s), np.array(_FOAL_HIND) * (1, 1, s)
        shapes += rope([f[0] + v3(-0.01, 0.04, 0), f[0]], [0.055, 0.04], 0.04)
        shapes += rope([h[0], h[1]], [0.07, 0.045], 0.04)
    return shapes


def _foal_legs() -> list[Part]:
    """The foal's very long thin legs with knobbly knees, hocks and fetlocks, on small hooves."""
    parts = []
    for s in (-1, 1):
        f, h = np.array(_FOAL_FORE) * (1, 1, s), np.array(_FOAL_HIND) * (1, 1, s)
        parts.append(_leg(f, [0.04, 0.024, 0.022, 0.024]))
        parts.append(_leg(h[1:], [0.045, 0.026, 0.022, 0.024]))
        for c, r in ((f[1], 0.033), (f[2], 0.03), (h[2], 0.032), (h[3], 0.03)):  # the knobs
            parts.append(sphere(1.0, at(*c) @ scl(r, r * 1.15, r), 0))
        for p in (f[-1], h[-1]):
            parts.append(_hoof(p[0], p[2], 0.03, 0.035))
    return parts


def _foal(rng: Rng) -> list[Part]:
    """A newborn foal standing, head toward +x turned a little to the viewer: a big head with
    big ears and big eyes on a short slim body, very long thin legs with knobbly knees and
    fetlocks standing a little splayed on small hooves, a short fuzzy mane standing up along
    its neck and a short fluffy brush of a tail (second material)."""
    shapes = _foal_shapes()
    parts = [solid(shapes, 0.02, 0, "body")]
    parts += _foal_legs()
    crest = catmull_rom([(0.1, 0.74), (0.2, 0.83), (0.27, 0.94), (0.3, 1.0)], 22)
    field = skin_field(shapes)
    ins = [(x - 0.02, y - 0.06, 0.0) for x, y in crest]
    ps, ns = skin_hits(field, ins, [(-0.4, 1.0, 0.0)] * len(ins), 0.2)
    j = rng.uniform(-0.01, 0.01, (len(ps), 3))
    parts.append(bristles(ps - ns * 0.01, ps + ns * 0.055 + j, 0.018, 1))  # the mane
    root = np.array([-0.24, 0.7, 0.0])
    tips = [root + v3(-0.1 - 0.02 * np.cos(a), -0.12 + 0.06 * np.sin(a), 0.04 * np.sin(2 * a))
            for a in np.linspace(0, 2 * np.pi, 14)]  # fmt: skip
    parts.append(bristles([root] * len(tips), tips, 0.022, 1))  # the tail
    head = unit(_FOAL_NOSE - _FOAL_POLL)
    parts += _eyes(field, _FOAL_POLL + head * 0.07, (0.2, 0.25, 1.0), 0.019)
    for s in (-1, 1):
        ear = at(*(_FOAL_POLL + v3(-0.02, 0.045, s * 0.035))) @ rot("x", s * 12) @ rot("z", 8)
        parts.append(_ear(ear, 0.09, 0.042))
        nostril = _FOAL_NOSE + head * 0.025 + v3(0.025, 0.0, s * 0.02)
        parts.append(sphere(1.0, at(*nostril) @ scl(0.008, 0.011, 0.007), "marking"))
    turn = rot("y", 14 + float(rng.uniform(-4, 4)))
    return [p.moved(turn) for p in parts]


# 1383 puppy and 1384 kitten


def _puppy_shapes() -> list:
    """A sitting puppy's smooth body (facing +x): a round pot belly, haunches folded on the
    ground, stubby forelegs on big paws, a big round head with a short muzzle."""
    shapes = [ellipsoid((0.0, 0.2, 0.0), (0.14, 0.18, 0.13), rot("z", -25))]  # the body
    shapes.append(ellipsoid((0.03, 0.15, 0.0), (0.13, 0.12, 0.13), None, 0.06))  # the belly
    for s in (-1, 1):
        shapes.append(ellipsoid((-0.06, 0.1, s * 0.09), (0.12, 0.09, 0.065), None, 0.05))
        shapes.append(ellipsoid((0.07, 0.03, s * 0.12), (0.07, 0.035, 0.045), None, 0.03))
        shapes += rope([(0.08, 0.27, s * 0.06), (0.12, 0.06, s * 0.07)], [0.05, 0.042], 0.04)
        shapes.append(ellipsoid((0.15, 0.035, s * 0.07), (0.065, 0.038, 0.05), None, 0.025))
    shapes.append(ellipsoid((0.1, 0.5, 0.0), (0.15, 0.14, 0.14), None, 0.06))  # the head
    shapes.append(ellipsoid((0.24, 0.44, 0.0), (0.085, 0.06, 0.075), None, 0.04))  # the muzzle
    shapes.append(ellipsoid((0.27, 0.41, 0.0), (0.05, 0.03, 0.05), None, 0.03))  # the chin
    return shapes


def _puppy(rng: Rng) -> list[Part]:
    """A puppy sitting, facing +x turned toward the viewer: an oversized round head with a short
    muzzle and a black button nose, big soft floppy ears hanging down beside its cheeks (second
    material), big round eyes, a round pot belly, stubby forelegs on big paws, fat haunches
    with big hind paws in front, a short tail."""
    shapes = _puppy_shapes()
    field = skin_field(shapes)
    parts = [solid(shapes, 0.02, 0, "body")]
    parts.append(sphere(1.0, at(0.325, 0.46, 0.0) @ scl(0.028, 0.025, 0.038), "marking"))
    parts += _eyes(field, (0.1, 0.52, 0.0), (0.75, 0.12, 0.5), 0.024)
    lean = float(rng.uniform(-6, 6))
    for s in (-1, 1):
        root = at(0.07, 0.6, s * 0.105)
        parts.append(sphere(1.0, root @ rot("x", s * 55) @ scl(0.058, 0.045, 0.02), 1))
        ear = root @ rot("x", -s * (22 + lean)) @ rot("z", 6)
        parts.append(sphere(1.0, ear @ at(0, -0.125, s * 0.01) @ scl(0.068, 0.135, 0.022), 1))
        for k in range(3):  # the toes
            toe = at(0.205, 0.03, s * 0.07 + (k - 1) * 0.027)
            parts.append(sphere(1.0, toe @ scl(0.02, 0.022, 0.014), 0))
    tail = [(-0.15, 0.08, 0.0), (-0.22, 0.1, 0.0), (-0.26, 0.16, 0.0)]
    parts.append(tube(tail, [0.03, 0.024, 0.012], None, 0))
    turn = rot("y", -15 + float(rng.uniform(-4, 4)))
    return [p.moved(turn) for p in parts]


def _kitten_shapes() -> list:
    """A sitting kitten's smooth body (facing +x): a small pear of a body, thin straight
    forelegs on neat paws, folded haunches, a big round head with a small muzzle."""
    shapes = [ellipsoid((-0.01, 0.16, 0.0), (0.1, 0.15, 0.085), rot("z", -18))]  # the body
    shapes.append(ellipsoid((0.0, 0.1, 0.0), (0.1, 0.09, 0.095), None, 0.05))  # the belly
    for s in (-1, 1):
        shapes.append(ellipsoid((-0.05, 0.07, s * 0.065), (0.09, 0.07, 0.045), None, 0.04))
        shapes.append(ellipsoid((0.04, 0.018, s * 0.09), (0.055, 0.02, 0.03), None, 0.02))
        shapes += rope([(0.06, 0.2, s * 0.04), (0.08, 0.03, s * 0.045)], [0.032, 0.024], 0.03)
        shapes.append(ellipsoid((0.095, 0.02, s * 0.045), (0.035, 0.022, 0.028), None, 0.015))
    shapes.append(ellipsoid((0.06, 0.38, 0.0), (0.115, 0.11, 0.125), None, 0.05))  # the head
    shapes.append(ellipsoid((0.15, 0.35, 0.0), (0.04, 0.035, 0.055), None, 0.03))  # muzzle
    return shapes


def _kitten_stripes(shapes) -> list[Part]:
    """The tabby stripes: wavy bands over the back and down the flanks and haunches, an M on the
    forehead, bars back from the eyes, raised a little (second material)."""
    ax = unit((0.31, 0.95, 0.0))  # the body's lean
    back = unit((-0.95, 0.31, 0.0))
    arcs = []
    for k in range(7):
        c = v3(-0.01, 0.16, 0.0) + ax * (0.13 - 0.035 * k)
        arcs.append(_arc(c, back, (0, 0, 1), np.linspace(-125, 125, 15), 0.013, ax * 0.12))
    for s in (-1, 1):  # the haunches
        for k in range(3):
            d = unit((-0.6 + 0.45 * k, 1.0, 0.0))
            arcs.append(_arc((-0.05, 0.07, s * 0.05), d, (0, 0, s), np.linspace(15, 85, 6), 0.012))
        for k in range(2):  # from the eyes back over the cheeks
            d = unit((-0.3, 0.05 - 0.25 * k, s * 1.0))
            arcs.append(_arc((0.06, 0.38, 0.0), (0.9, -0.05 - 0.12 * k, 0.0), d,
                             np.linspace(58, 88, 4), 0.01))  # fmt: skip
    for k in range(4):  # the M over the brow
        d = unit((0.55, 0.75, (k - 1.5) * 0.3))
        arcs.append(_arc((0.05, 0.38, 0.0), d, unit((-0.6, 0.5, 0.0)), np.linspace(-10, 35, 5),
                         0.01))  # fmt: skip
    return _stripes(skin_field(shapes), arcs)


def _kitten(rng: Rng) -> list[Part]:
    """A kitten sitting, facing +x turned toward the viewer: a big round head with big pointed
    ears, big eyes, a small pink nose and whiskers, a small fluffy body on thin straight
    forelegs, a thin tail held straight up with a curl at its tip, raised tabby stripes over
    its back, flanks, forehead, legs and tail (second material)."""
    shapes = _kitten_shapes()
    parts = [solid(shapes, 0.016, 0, "body")]
    parts += _kitten_stripes(shapes)
    parts += _eyes(
        skin_field(shapes), (0.06, 0.39, 0.0), (0.8, 0.1, 0.5), 0.03, "fruit-green", 2.5, 0.5
    )
    parts.append(sphere(1.0, at(0.19, 0.365, 0.0) @ scl(0.012, 0.01, 0.016), "eraser"))
    for s in (-1, 1):
        ear = at(0.04, 0.46, s * 0.07) @ rot("x", s * 14) @ rot("y", s * 30)
        parts.append(_ear(ear, 0.1, 0.085))
        parts.append(_ear(ear @ at(0.012, 0.01, 0) @ scl(0.75, 0.8, 0.5), 0.1, 0.085, "eraser"))
        for k in range(3):
            a = v3(0.17, 0.35 - 0.006 * k, s * 0.03)
            parts.append(
                tube(
                    [a, a + v3(0.04, 0.01 - 0.012 * k, s * 0.1)],
                    0.0015,
                    None,
                    "snow",
                    shape=DIAMOND,
                )
            )
    sway = float(rng.uniform(-0.02, 0.02))
    tail = [(-0.1, 0.05, 0.0), (-0.16, 0.08, 0.0), (-0.2, 0.2, 0.0), (-0.2, 0.36, sway),
            (-0.16, 0.44, sway)]  # fmt: skip
    parts.append(tube(tail, [0.022, 0.02, 0.018, 0.016, 0.012], None, 0))
    for k in range(4):  # the tail's rings
        p = catmull_rom(tail, 9)[3 + k]
        parts.append(sphere(1.0, at(*p) @ scl(0.021, 0.012, 0.021), 1))
    turn = rot("y", -8 + float(rng.uniform(-4, 4)))
    return [p.moved(turn) for p in parts]


# 1385 panther and 1386 hare

_PANTHER_LEGS = (
    ((0.26, 0.44, 0.07), (0.25, 0.3, 0.075), (0.34, 0.1, 0.075), (0.37, 0.045, 0.075)),
    ((0.24, 0.44, -0.07), (0.2, 0.3, -0.075), (0.14, 0.1, -0.075), (0.15, 0.045, -0.075)),
    ((-0.3, 0.46, 0.075), (-0.28, 0.3, 0.085), (-0.44, 0.15, 0.085), (-0.43, 0.045, 0.08)),
    ((-0.3, 0.46, -0.075), (-0.22, 0.3, -0.085), (-0.32, 0.15, -0.085), (-0.24, 0.045, -0.08)),
)  # fmt: skip
"""The panther's legs mid-stride, joint by joint (shoulder or hip, elbow or stifle, wrist or
hock, paw): near fore reaching forward, far fore back, near hind back, far hind forward."""
_PANTHER_HEAD = np.array([0.56, 0.45, 0.0])


def _panther_shapes() -> list:
    """The panther's smooth body (head toward +x): a long low body, a deep chest under heavy
    shoulders, a lean waist, strong haunches, a short thick neck carrying the head low, a
    rounded head with a short broad muzzle, thick legs on big round paws."""
    shapes = [ellipsoid((0.0, 0.44, 0.0), (0.36, 0.125, 0.11))]  # the body
    shapes.append(ellipsoid((0.24, 0.42, 0.0), (0.16, 0.15, 0.115), None, 0.08))  # the chest
    shapes.append(ellipsoid((-0.29, 0.45, 0.0), (0.14, 0.13, 0.11), None, 0.07))  # haunches
    for s in (-1, 1):  # the heavy shoulders
        shapes.append(ellipsoid((0.24, 0.5, s * 0.05), (0.12, 0.08, 0.06), rot("z", -30), 0.05))
    shapes += rope([(0.3, 0.48, 0.0), (0.48, 0.46, 0.0)], [0.12, 0.095], 0.06)  # the neck
    shapes.append(ellipsoid(_PANTHER_HEAD, (0.105, 0.09, 0.1), None, 0.04))
    shapes.append(ellipsoid(_PANTHER_HEAD + v3(0.07, -0.025, 0), (0.055, 0.045, 0.055), None,
                            0.03))  # fmt: skip
    shapes.append(ellipsoid(_PANTHER_HEAD + v3(0.05, -0.06, 0), (0.05, 0.025, 0.04), None, 0.02))
    for k, leg in enumerate(_PANTHER_LEGS):
        r = (0.085, 0.06, 0.045, 0.045) if k < 2 else (0.105, 0.065, 0.042, 0.045)
        shapes += rope(leg, r, 0.05, 0.02)
        x, _, z = leg[-1]
        shapes.append(ellipsoid((x + 0.03, 0.04, z), (0.066, 0.036, 0.054), None, 0.02))
    return shapes


def _panther(rng: Rng) -> list[Part]:
    """A black panther walking, head toward +x carried low: a sleek long low body on thick legs
    mid-stride with big round paws, heavy shoulders rolling over its deep chest, a rounded head
    with a short broad muzzle and small rounded ears, yellow eyes, a long thick tail curving
    down and up again at its tip; all in one dark sleek coat, its nose leather in the second
    material."""
    shapes = _panther_shapes()
    field = skin_field(shapes)
    parts = [solid(shapes, 0.022, 0, "body")]
    swing = float(rng.uniform(-0.03, 0.03))
    tail = [(-0.4, 0.5, 0.0), (-0.52, 0.45, 0.0), (-0.64, 0.3, 0.02), (-0.78, 0.18, 0.04),
            (-0.93, 0.2, 0.05 + swing), (-1.02, 0.3, 0.04 + swing)]  # fmt: skip
    parts.append(tube(tail, [0.055, 0.046, 0.042, 0.038, 0.035, 0.03], None, 0))
    parts += _eyes(field, _PANTHER_HEAD + v3(0.02, 0.0, 0.0), (0.55, 0.35, 0.6), 0.015,
                   "fruit-yellow", 1.8)  # fmt: skip
    nose = at(*(_PANTHER_HEAD + v3(0.135, -0.015, 0))) @ scl(0.016, 0.015, 0.026)
    parts.append(sphere(1.0, nose, 1))
    for s in (-1, 1):
        ear = at(*(_PANTHER_HEAD + v3(-0.035, 0.07, s * 0.06))) @ rot("x", s * 30)
        parts.append(sphere(1.0, ear @ rot("z", 15) @ scl(0.036, 0.038, 0.014), 0))
    return [p.moved(rot("y", 12 + float(rng.uniform(-4, 4)))) for p in parts]


_HARE_HEAD = np.array([0.21, 0.53, 0.0])


def _hare_shapes() -> list:
    """The hare's smooth body (head toward +x): a lanky body sloping up from its haunches to its
    chest, big long hind legs folded with their long feet flat on the ground, long thin
    forelegs, a neck raising the head high, a long head with a blunt muzzle."""
    shapes = [ellipsoid((-0.02, 0.25, 0.0), (0.2, 0.11, 0.095), rot("z", 30))]  # the body
    shapes.append(ellipsoid((0.1, 0.32, 0.0), (0.09, 0.1, 0.08), None, 0.05))  # the chest
    for s in (-1, 1):
        shapes.append(ellipsoid((-0.12, 0.17, s * 0.06), (0.14, 0.11, 0.055), rot("z", 10),
                                0.05))  # fmt: skip
        shapes += rope([(-0.2, 0.05, s * 0.08), (0.02, 0.025, s * 0.09), (0.1, 0.018, s * 0.09)],
                       [0.035, 0.025, 0.02], 0.04, 0.02)  # fmt: skip
        shapes += rope([(0.12, 0.28, s * 0.045), (0.15, 0.1, s * 0.045), (0.17, 0.02, s * 0.05)],
                       [0.035, 0.02, 0.017], 0.03, 0.01)  # fmt: skip
        shapes.append(ellipsoid((0.19, 0.015, s * 0.05), (0.03, 0.015, 0.018), None, 0.01))
    shapes += rope([(0.1, 0.34, 0.0), (0.17, 0.48, 0.0)], [0.07, 0.05], 0.05)  # the neck
    shapes.append(ellipsoid(_HARE_HEAD, (0.085, 0.06, 0.055), rot("z", -20), 0.03))
    shapes.append(ellipsoid(_HARE_HEAD + v3(0.08, -0.035, 0), (0.04, 0.038, 0.038), None, 0.03))
    return shapes


def _hare_ear(m: np.ndarray, length: float, s: int) -> list[Part]:
    """A hare's very long ear standing up along y under ``m``: a long flattened spoon of a leaf,
    its tip black, its paler lining (second material) on its side s (along local z)."""
    prof = [(0.0, 0.0), (0.02, 0.0), (0.03, 0.2), (0.032, 0.45), (0.027, 0.7), (0.016, 0.9),
            (0.0, 1.0)]  # fmt: skip
    ear = [(r, y * length) for r, y in prof]
    tip = [(0.0, 0.76 * length), (0.025, 0.76 * length), (0.0175, 0.9 * length),
           (0.0, 1.005 * length)]  # fmt: skip
    lining = [(0.0, 0.1 * length), (0.016, 0.2 * length), (0.02, 0.45 * length),
              (0.015, 0.68 * length), (0.0, 0.78 * length)]  # fmt: skip
    flat = m @ scl(1.0, 1.0, 0.35)
    return [lathe(ear, flat, 0, sides=12),
            lathe(tip, flat @ scl(1.08, 1.0, 1.25), "marking", sides=12),
            lathe(lining, m @ at(0, 0, s * 0.006) @ scl(1.0, 1.0, 0.3), 1, sides=10)]  # fmt: skip


def _hare(rng: Rng) -> list[Part]:
    """A brown hare sitting up alert, head toward +x turned a little to the viewer: a lanky body
    sloping up from big haunches, long powerful hind legs folded with their long feet flat on
    the ground, long thin forelegs, its head held high with a big dark eye, very long ears
    standing up with black tips and paler linings (second material), a short tail white
    beneath and black above."""
    shapes = _hare_shapes()
    field = skin_field(shapes)
    parts = [solid(shapes, 0.018, 0, "body")]
    parts += _eyes(field, _HARE_HEAD, (0.35, 0.3, 1.0), 0.02, "cork")
    parts.append(sphere(1.0, at(*(_HARE_HEAD + v3(0.118, -0.03, 0))) @ scl(0.012, 0.012, 0.016),
                        "marking"))  # fmt: skip
    splay = float(rng.uniform(-4, 4))
    for s in (-1, 1):
        root = at(*(_HARE_HEAD + v3(-0.035, 0.045, s * 0.025)))
        ear = root @ rot("z", 16 + s * splay) @ rot("x", s * 16) @ rot("y", s * 25)
        parts += _hare_ear(ear, 0.3, s)
    parts.append(sphere(1.0, at(-0.22, 0.13, 0.0) @ scl(0.04, 0.045, 0.045), "snow"))
    parts.append(sphere(1.0, at(-0.215, 0.145, 0.0) @ scl(0.038, 0.036, 0.04), "marking"))
    return [p.moved(rot("y", 6 + float(rng.uniform(-4, 4)))) for p in parts]


# 1387 toad and 1388 opossum


def _toad_shapes() -> list:
    """The toad's smooth body (head toward +x): a squat fat body, a wide flat head, big bulging
    glands behind the eyes, lids bulging over the eyes, short front legs, folded hind legs."""
    shapes = [ellipsoid((-0.03, 0.12, 0.0), (0.2, 0.1, 0.17))]  # the body
    shapes.append(ellipsoid((-0.08, 0.15, 0.0), (0.14, 0.09, 0.13), None, 0.06))  # the back
    shapes.append(ellipsoid((0.15, 0.1, 0.0), (0.1, 0.06, 0.14), None, 0.06))  # the head
    for s in (-1, 1):
        shapes.append(ellipsoid((0.06, 0.19, s * 0.085), (0.075, 0.032, 0.042),
                                rot("y", s * 25), 0.02))  # fmt: skip
        shapes.append(ellipsoid((0.165, 0.185, s * 0.08), (0.04, 0.024, 0.038), None, 0.02))
        shapes += rope([(0.1, 0.08, s * 0.13), (0.16, 0.045, s * 0.17), (0.2, 0.026, s * 0.17)],
                       [0.04, 0.03, 0.025], 0.03, 0.02)  # fmt: skip
        shapes += rope([(-0.14, 0.09, s * 0.12), (-0.02, 0.06, s * 0.2), (-0.17, 0.035, s * 0.22)],
                       [0.06, 0.045, 0.03], 0.03, 0.02)  # fmt: skip
    return shapes


def _toad_warts(field, rng: Rng) -> Part:
    """The warts: many small round bumps spread over the back, the head and the legs."""
    dirs = _fib(380)
    dirs = dirs[dirs[:, 1] > -0.15]
    ps, ns = skin_hits(field, [(-0.02, 0.12, 0.0)] * len(dirs), dirs, 0.4, 48)
    keep = (ps[:, 1] > 0.05) & ~((ps[:, 0] > 0.12) & (np.abs(np.abs(ps[:, 2]) - 0.075) < 0.05))
    ps, ns = ps[keep], ns[keep]
    sizes = rng.uniform(0.01, 0.019, len(ps))
    return _warts(ps - ns * 0.004, ns, sizes, 1)


def _digit(base, yaw: float, s: int, length: float, r: float) -> Part:
    """A toad's finger or toe from base along the ground, turned ``yaw`` degrees from +x out to
    side s, ending in a round pad."""
    a = np.radians(yaw)
    d = v3(np.cos(a), 0.0, s * np.sin(a)) * length
    b = np.asarray(base, float)
    pts = [b, b + d * 0.6 + v3(0, 0.004, 0), b + d]
    return tube(pts, [r, r * 0.75, r * 1.15], None, 0, shape=HEXAGON)


def _toad(rng: Rng) -> list[Part]:
    """A common toad squatting, head toward +x turned to the viewer: a fat squat body, a wide
    flat head with a wide mouth line, big golden eyes bulging under heavy lids with level dark
    pupils, big kidney-shaped glands bulging behind them, bumpy warty skin (many small raised
    warts in the second material), short front legs turned in on splayed fingers, the hind
    legs folded against its sides with long spread toes."""
    shapes = _toad_shapes()
    field = skin_field(shapes)
    parts = [solid(shapes, 0.018, 0, "body")]
    parts.append(_toad_warts(field, rng))
    for s in (-1, 1):
        parts += _eye(v3(0.18, 0.165, s * 0.085), (0.75, 0.2, s * 0.6), 0.03, "plume-tip", 0.4)
    mouth = _arc((0.1, 0.095, 0.0), (1, 0, 0), (0, 0, 1), np.linspace(-60, 60, 9), 0.005)
    parts += _stripes(field, [mouth], "marking", 0.0)
    for s in (-1, 1):
        for k in range(4):  # the fingers and the toes, each with a round pad at its tip
            parts.append(_digit((0.2, 0.014, s * 0.17), -40 + 27 * k, s, 0.045, 0.01))
            parts.append(_digit((-0.15, 0.014, s * 0.225), -12 + 22 * k, s, 0.075, 0.012))
    return [p.moved(rot("y", -20 + float(rng.uniform(-4, 4)))) for p in parts]


_POSSUM_HEAD = np.array([0.29, 0.21, 0.0])
_POSSUM_NOSE = np.array([0.46, 0.14, 0.0])


def _possum_shapes() -> list:
    """The opossum's smooth body (head toward +x): a long hunched body higher at the rump, a
    narrow head drawn out into a long pointed snout."""
    shapes = [ellipsoid((0.0, 0.22, 0.0), (0.24, 0.11, 0.11))]  # the body
    shapes.append(ellipsoid((-0.13, 0.25, 0.0), (0.13, 0.12, 0.11), None, 0.06))  # the rump
    shapes.append(ellipsoid((0.13, 0.2, 0.0), (0.11, 0.1, 0.09), None, 0.06))  # the shoulders
    shapes.append(ellipsoid(_POSSUM_HEAD, (0.08, 0.065, 0.065), rot("z", -15), 0.05))
    shapes += rope([_POSSUM_HEAD + v3(0.04, -0.01, 0), _POSSUM_NOSE], [0.05, 0.017], 0.03)
    return shapes


_POSSUM_FEET = ((0.15, 0.07), (0.1, -0.07), (-0.13, 0.08), (-0.18, -0.08))


def _possum_coat(field, rng: Rng) -> Part:
    """The shaggy coat: long coarse guard hairs sticking out over the back and the flanks,
    raked back."""
    dirs = _fib(300)
    dirs = dirs[dirs[:, 1] > -0.3]
    axis = [(-0.12, 0.24, 0.0), (0.02, 0.22, 0.0), (0.14, 0.2, 0.0)]
    ins = np.repeat(axis, len(dirs), axis=0)
    ps, ns = skin_hits(field, ins, np.tile(dirs, (3, 1)), 0.35, 48)
    keep = (ps[:, 0] < 0.24) & (ps[:, 0] > -0.25) & (ps[:, 1] > 0.14)
    ps, ns = ps[keep][::3], ns[keep][::3]
    length = rng.uniform(0.05, 0.08, (len(ps), 1))
    tips = ps + (ns * 0.45 + v3(-0.9, -0.35, 0.0)) * length + rng.uniform(-0.01, 0.01, ps.shape)
    return bristles(ps - ns * 0.01, tips, 0.012, 0)


def _possum(rng: Rng) -> list[Part]:
    """A Virginia opossum walking, head toward +x turned a little to the viewer: a long hunched
    body in a shaggy grey coat of coarse guard hairs, a white pointed face on a long snout with
    a pink nose, small black eyes and whiskers, dark round naked ears, short dark legs
    (second material) on pale pink toes, a long bare pink tail trailing behind with a
    furred base."""
    shapes = _possum_shapes()
    field = skin_field(shapes)
    parts = [solid(shapes, 0.02, 0, "body")]
    parts.append(colour_patch(shapes, (0.4, 0.2, 0.0), (0.17, 0.11, 0.11), "snow", -15))
    parts.append(_possum_coat(field, rng))
    parts += _eyes(field, _POSSUM_HEAD + v3(0.03, 0.0, 0), (0.5, 0.4, 0.6), 0.012)
    parts.append(sphere(1.0, at(*_POSSUM_NOSE) @ scl(0.02, 0.016, 0.018), "eraser"))
    for s in (-1, 1):
        ear = at(*(_POSSUM_HEAD + v3(-0.03, 0.06, s * 0.045))) @ rot("x", -s * 25)
        parts.append(sphere(1.0, ear @ rot("z", 10) @ scl(0.035, 0.038, 0.008), "marking"))
        for k in range(3):
            a = _POSSUM_NOSE + v3(-0.04, 0.0, s * 0.012)
            parts.append(tube([a, a + v3(-0.01, 0.015 - 0.015 * k, s * 0.08)], 0.0012, None,
                              "marking", shape=DIAMOND))  # fmt: skip
    for x, z in _POSSUM_FEET:
        parts.append(tube([(x, 0.18, z * 0.8), (x + 0.01, 0.08, z), (x + 0.02, 0.025, z)],
                          [0.04, 0.028, 0.024], None, 1))  # fmt: skip
        parts.append(sphere(1.0, at(x + 0.035, 0.014, z) @ scl(0.035, 0.014, 0.026), "eraser"))
        for k in range(5):  # the pale toes spread like fingers
            a = np.radians(-60 + 30 * k)
            toe = np.array([x + 0.045, 0.009, z])
            parts.append(tube([toe, toe + v3(0.032 * np.cos(a), 0.0, 0.032 * np.sin(a))],
                              [0.007, 0.008], None, "eraser", shape=HEXAGON))  # fmt: skip
    sway = float(rng.uniform(-0.04, 0.04))
    tail = [(-0.24, 0.24, 0.0), (-0.36, 0.18, 0.02), (-0.48, 0.08, 0.05), (-0.62, 0.03, 0.07),
            (-0.76, 0.04, 0.05 + sway), (-0.84, 0.09, 0.02 + sway)]  # fmt: skip
    parts.append(tube(tail, [0.035, 0.025, 0.018, 0.013, 0.009, 0.006], None, "eraser"))
    parts.append(tube(tail[:2], [0.042, 0.03], None, 1))
    return [p.moved(rot("y", 10 + float(rng.uniform(-4, 4)))) for p in parts]


MORE_APPLIANCES_ZZZZW = {
    1381: _pony, 1382: _foal, 1383: _puppy, 1384: _kitten,
    1385: _panther, 1386: _hare, 1387: _toad, 1388: _possum,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
