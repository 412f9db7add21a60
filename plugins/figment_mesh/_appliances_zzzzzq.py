"""More of the device family's appliances, from 1526: a standing horse, a unicorn and a tortoise.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, at, mesh_part, rot, scl, v3
from ._kit import (
    balls,
    ellipse,
    hair_locks,
    hoofed_legs,
    lobed,
    loft,
    rope,
    skin_field,
    skin_hits,
    solid,
    superellipse,
    unit,
)
from ._primitives import cylinder, lathe, tube
from ._sdf import ellipsoid

__all__ = ["MORE_APPLIANCES_ZZZZZQ"]

Rng = np.random.Generator

_OVAL = ellipse(1.0, 1.0, 8)


# 1526 horse, 1527 unicorn

_FEET = ((0.3, 0.1), (0.26, -0.1), (-0.36, 0.1), (-0.4, -0.1))
_POLL = np.array([0.6, 1.36, 0.0])
_HEAD = unit((0.52, -0.85, 0.0))
"""The head's long axis from the poll down to the muzzle."""


def _horse_shapes() -> list:
    """A horse's body along +x: a long deep barrel, a broad chest, raised withers, a rounded
    croup over heavy quarters, sloping shoulders, a long arched neck rising from the front to
    the throat and poll, and the tail's dock."""
    shapes = [ellipsoid((0.0, 0.77, 0.0), (0.44, 0.2, 0.16))]  # the barrel
    shapes.append(ellipsoid((0.32, 0.78, 0.0), (0.17, 0.21, 0.14), None, 0.08))  # the chest
    shapes.append(ellipsoid((0.26, 0.92, 0.0), (0.16, 0.08, 0.07), rot("z", -12), 0.07))
    shapes.append(ellipsoid((-0.35, 0.82, 0.0), (0.2, 0.19, 0.16), None, 0.08))  # the croup
    for s in (-1, 1):
        shapes.append(ellipsoid((-0.35, 0.7, s * 0.085), (0.16, 0.21, 0.08), rot("z", 12),
                                0.06))  # the quarters # fmt: skip
        shapes.append(ellipsoid((0.3, 0.76, s * 0.075), (0.09, 0.2, 0.07), rot("z", -22), 0.05))
        shapes.append(ellipsoid((-0.385, 0.49, s * 0.095), (0.05, 0.13, 0.045), rot("z", -41),
                                0.05))  # the gaskins # fmt: skip
    for c, r, a in (((0.37, 0.97), (0.2, 0.16, 0.1), 55), ((0.47, 1.14), (0.18, 0.115, 0.075), 62),
                    ((0.55, 1.28), (0.1, 0.085, 0.06), 70), ((0.43, 1.18), (0.2, 0.05, 0.045),
                    50), ((0.53, 1.2), (0.07, 0.09, 0.055), 0)):  # the neck # fmt: skip
        shapes.append(ellipsoid((*c, 0.0), r, rot("z", a), 0.06))
    shapes += rope([(-0.52, 0.95, 0.0), (-0.6, 0.91, 0.0)], [0.045, 0.032], 0.03)  # the dock
    return shapes


_BROW = _POLL + v3(0.03, 0.0, 0.0)
_FRONT = unit((0.85, 0.52, 0.0))
"""The way the face looks: square to the head's long axis, forward and up."""
_HEAD_T = (0.0, 0.08, 0.22, 0.4, 0.6, 0.78, 0.9, 0.97, 1.0)
_HEAD_D = (0.12, 0.17, 0.18, 0.13, 0.105, 0.1, 0.1, 0.085, 0.05)
_HEAD_W = (0.05, 0.06, 0.062, 0.046, 0.04, 0.042, 0.044, 0.038, 0.024)
"""The head's stations from the brow to the tip of the muzzle: its depth back from the flat
face and its half width there (deep round cheeks, a lean face, a soft broad muzzle)."""
_HEAD_L = 0.4


def _head_at(t: float, d: float = 0.0, w: float = 0.0) -> np.ndarray:
    """A point on the head t along it from the brow, d of its depth back from the face and w
    of its half width out to the side."""
    depth = float(np.interp(t, _HEAD_T, _HEAD_D))
    half = float(np.interp(t, _HEAD_T, _HEAD_W))
    return _BROW + _HEAD * _HEAD_L * t - _FRONT * depth * d + np.array([0.0, 0.0, half * w])


def _head() -> Part:
    """A long narrow head: a flat face from the brow straight down to the nose, big round
    cheeks behind, a lean middle and a soft rounded muzzle."""
    t = np.array(_HEAD_T)
    d, w = np.array(_HEAD_D) / 2, np.array(_HEAD_W)
    centres = _BROW + np.outer(t, _HEAD) * _HEAD_L - np.outer(d, _FRONT)
    u = np.outer(w, (0.0, 0.0, 1.0))
    v = np.outer(d, _FRONT)
    return loft(centres, u, v, superellipse(1.0, 1.0, 2.6, 14), 0)


def _horse_legs() -> list[Part]:
    """Four long slender legs: a muscled forearm down to a flat knee and a thin cannon to the
    fetlock on each foreleg; a thigh, a gaskin sloping back to a sharp hock and a cannon on each
    hind leg; each on a dark hoof."""
    fore = ((0, 0.68, 0.85), (-0.015, 0.48, 1), (0, 0.3, 1), (0.005, 0.11, 1), (0.025, 0.045, 1))
    hind = ((0.06, 0.7, 0.85), (0.07, 0.56, 1), (-0.1, 0.37, 1), (-0.06, 0.11, 1),
            (-0.02, 0.045, 1))  # fmt: skip
    return hoofed_legs(
        _FEET,
        (fore, [0.075, 0.048, 0.032, 0.025, 0.026]),
        (hind, [0.1, 0.06, 0.033, 0.025, 0.026]),
        (0.036, 0.04, 0.033),
        (0.038, 0.03, 0.055),
        _OVAL,
    )


def _mane(field, rng: Rng, length: float, slot=1) -> Part:
    """The mane: locks of hair along the crest of the neck from the poll to the withers,
    falling over its near side, and a forelock between the ears onto the forehead."""
    n = 16
    t = np.linspace(0.0, 1.0, n)
    base = np.array([0.27, 0.96, 0.0])
    axis = np.stack([base + (_POLL + v3(-0.02, -0.03, 0) - base) * u for u in t])
    up = np.tile(unit((-0.75, 0.55, 0.0)), (n, 1))
    crest, nrm = skin_hits(field, axis, up, 0.3)
    paths = []
    for layer, side in ((0, 0.4), (1, 1.0)):
        for i in range(n):
            c = crest[i] - nrm[i] * 0.01
            drop = length * rng.uniform(0.65, 1.25) * (0.7 + 0.3 * np.sin(np.pi * t[i]))
            z = 0.05 + 0.035 * side
            w, back = rng.uniform(-0.015, 0.015), -0.03 - 0.25 * drop
            mid = c + v3(back * 0.4 + w, -drop * 0.45, z + 0.01 * layer)
            tip = c + v3(back - w, -drop, z + 0.01 + 0.012 * layer)
            paths.append([c, c + v3(-0.01, 0.0, z * 0.7), mid, tip])
    for dz in (-0.3, 0.0, 0.3):  # the forelock
        paths.append([_POLL + v3(-0.02, 0.0, dz * 0.1), _head_at(0.0, -0.06, dz),
                      _head_at(0.1, -0.05, dz * 1.2), _head_at(0.2, -0.04, dz * 1.3)])  # fmt: skip
    return hair_locks(paths, 0.055, 0.014, slot, 7, 0.75, 0.6)


def _tail(rng: Rng, length: float, slot=1) -> Part:
    """A long flowing tail: locks of hair from the dock arching out and back, then falling in a
    full sweep nearly to the hocks."""
    paths = []
    root = np.array([-0.58, 0.93, 0.0])
    for _ in range(22):
        z = float(rng.uniform(-0.04, 0.04))
        dx = float(rng.uniform(-0.03, 0.03))
        end = length * float(rng.uniform(0.8, 1.05))
        paths.append([root + v3(0.02, 0.0, z * 0.3), root + v3(-0.07, -0.01, z * 0.8),
                      root + v3(-0.13 + dx * 0.5, -end * 0.35, z * 1.3),
                      root + v3(-0.13 + dx * 1.5, -end * 0.7, z * 1.7),
                      root + v3(-0.1 + dx * 2.5, -end, z * 2.0)])  # fmt: skip
    return hair_locks(paths, 0.06, 0.016, slot, 9, 0.7, 0.6)


def _ears() -> list[Part]:
    """Two pointed upright ears at the poll, cupped toward the front."""
    out = [(0.0, 0.0), (0.024, 0.004), (0.026, 0.04), (0.012, 0.075), (0.0, 0.095)]
    parts = []
    for s in (-1, 1):
        m = at(*(_POLL + v3(-0.01, 0.0, s * 0.035))) @ rot("x", -s * 12) @ rot("z", -8)
        parts.append(lathe(out, m @ scl(1.0, 1.0, 0.55), 0, sides=8))
    return parts


def _face() -> list[Part]:
    """Dark eyes high on the sides of the head and nostrils on the front of the muzzle."""
    eyes = [_head_at(0.2, 0.3, z * 0.93) for z in (-1, 1)]
    nostrils = [_head_at(0.93, 0.2, z * 0.55) for z in (-1, 1)]
    return [balls(eyes, 0.017, "pupil", 8, 4), balls(nostrils, [(0.012, 0.016, 0.012)], "marking",
                                                     6, 3)]  # fmt: skip


def _horn() -> Part:
    """A unicorn's long spiral horn from the forehead, pointing forward and up: a slim cone
    whose ridged cross-section twists round it as it tapers to a sharp point."""
    root = _head_at(0.12, 0.3)
    d = unit((0.62, 0.78, 0.0))
    u0 = np.array([0.0, 0.0, 1.0])
    v0 = np.cross(d, u0)
    n = 26
    t = np.linspace(0.0, 1.0, n)
    centres = root + np.outer(t, d) * 0.34
    turn = t * 5.0 * 2 * np.pi
    r = 0.03 * (1.0 - t) ** 0.9 + 0.002
    u = (np.outer(np.cos(turn), u0) + np.outer(np.sin(turn), v0)) * r[:, None]
    v = (np.outer(-np.sin(turn), u0) + np.outer(np.cos(turn), v0)) * r[:, None]
    return loft(centres, u, v, lobed(12, 2, 0.35), "plume-tip")


def _fetlock_feathers() -> Part:
    """Feathered fetlocks: a skirt of long hair falling from each fetlock and spreading over
    the hoof, longest behind."""
    paths = []
    for k, (x, z) in enumerate(_FEET):
        c = np.array([x + (0.02 if k < 2 else -0.03), 0.15, z])
        for a in np.radians(np.arange(0, 360, 45) + 22.5):
            o = np.array([np.cos(a), 0.0, np.sin(a)])
            low = 0.13 - 0.02 * np.cos(a)
            paths.append([c + o * 0.022, c + o * 0.032 + v3(0, -low * 0.5, 0),
                          c + o * 0.045 + v3(0, -low, 0)])  # fmt: skip
    return hair_locks(paths, 0.04, 0.012, 1, 5, 0.45, 0.5)


def _beard() -> Part:
    """A small tuft of beard under the chin."""
    chin = _head_at(0.8, 0.95)
    paths = [[chin + v3(0.0, 0.0, dz), chin + v3(-0.02, -0.035, dz),
              chin + v3(-0.03, -0.07, dz / 2)] for dz in (-0.012, 0.0, 0.012)]  # fmt: skip
    return hair_locks(paths, 0.03, 0.01, 1, 5, 0.85, 0.6)


def _horse_parts(rng: Rng, unicorn: bool) -> list[Part]:
    """The horse both builds share: its body, legs, ears, eyes, mane and tail (longer and fuller
    on the unicorn, with its horn, a beard and feathered fetlocks), turned to show its side."""
    shapes = _horse_shapes()
    field = skin_field(shapes)
    parts = [solid(shapes, 0.028, 0, "body")]
    parts += _horse_legs()
    parts += _ears()
    parts.append(_head())
    parts += _face()
    parts.append(_mane(field, rng, 0.22 if unicorn else 0.15))
    parts.append(_tail(rng, 0.62 if unicorn else 0.55))
    if unicorn:
        parts.append(_horn())
        parts.append(_fetlock_feathers())
        parts.append(_beard())
    yaw = 12 + float(rng.uniform(-4, 4))
    return [p.moved(rot("y", yaw)) for p in parts]


def _horse(rng: Rng) -> list[Part]:
    """A horse standing square, head toward +x turned a little to the viewer: a long deep barrel
    body on four long slender legs with knees, hocks and dark hooves, a long arched neck rising
    from the chest, a long narrow head with a flat front, pointed upright ears and dark eyes, a
    mane along the crest and a forelock, and a long flowing tail (second material)."""
    return _horse_parts(rng, False)


def _unicorn(rng: Rng) -> list[Part]:
    """A unicorn: the standing horse with a long golden spiral horn from its forehead pointing
    forward and up, a long flowing mane, forelock and tail, a small beard under its chin and
    feathered fetlocks (second material)."""
    return _horse_parts(rng, True)


# 1528 tortoise

_A, _B, _H, _Y0 = 0.5, 0.4, 0.46, 0.13
"""The shell's half length, half width, height and the height of its rim."""
_RIM = 0.84
"""Where the marginal plates begin on the shell's map (0 the top, 1 the rim)."""
_SCUTES = np.array([(0.56, 0.0), (0.29, 0.0), (0.02, 0.0), (-0.25, 0.0), (-0.52, 0.0),
                    (0.42, 0.4), (0.16, 0.5), (-0.12, 0.5), (-0.4, 0.4),
                    (0.42, -0.4), (0.16, -0.5), (-0.12, -0.5), (-0.4, -0.4)])  # fmt: skip
"""The plates of the top on the shell's map (x forward, z to the side): five down the spine,
four on each side."""
_MARGINALS = 0.92 * np.stack([np.cos(np.arange(24) * np.pi / 12), np.sin(np.arange(24) * np.pi /
                                                                         12)], 1)  # fmt: skip
_TOP_RINGS = ((0.007, 0.025, 0.065, 0.075, 0.115, 0.125), (-0.002, 0.017, 0.02, 0.028, 0.03,
                                                           0.038), 0.04)  # fmt: skip
_RIM_RINGS = ((0.007, 0.022, 0.05), (-0.002, 0.014, 0.018), 0.019)
"""Each plate's rings: how far in from its cell's edge, how high off the shell, and its
middle's height: a groove, a bevelled edge, then terraces of growth rings."""


def _theta(rho):
    """How far down from the top a point of the shell's map lies, as an angle."""
    return np.clip(rho, 0.0, 1.0) * (np.pi / 2)


def _shell_at(p, q) -> np.ndarray:
    """The point of the shell at map (p, q): a high dome a little longer than wide whose rim
    flares out a little at the edge."""
    rho = np.hypot(p, q)
    th = _theta(rho)
    f = 1.0 + 0.06 * np.clip((rho - 0.8) / 0.2, 0.0, 1.0) ** 2
    k = np.sin(th) / np.maximum(rho, 1e-9) * f
    return np.stack([_A * k * p, _Y0 + _H * np.cos(th) ** 0.7, _B * k * q], -1)


def _shell_lifted(p, q, lift) -> np.ndarray:
    """The points of the shell at map (p, q), raised off it along its normal by lift."""
    e = 1e-3
    c = _shell_at(p, q)
    n = np.cross(
        _shell_at(p, q + e) - _shell_at(p, q - e), _shell_at(p + e, q) - _shell_at(p - e, q)
    )
    n /= np.maximum(np.linalg.norm(n, axis=-1, keepdims=True), 1e-12)
    return c + n * np.asarray(lift)[..., None]


def _cell_rings(seeds, i: int, k: int, insets, r_in: float) -> np.ndarray:
    """The outline of seed i's cell among the seeds (its Voronoi cell, cut to the ring from
    r_in to the rim of the top or the shell) shrunk by each inset: (len(insets), k, 2)."""
    s = seeds[i]
    a = np.arange(k) * (2 * np.pi / k)
    d = np.stack([np.cos(a), np.sin(a)], 1)
    e = np.delete(seeds, i, 0) - s
    gap = np.asarray(insets, float)[:, None, None]
    length = np.linalg.norm(e, axis=1)
    den = d @ e.T  # (k, m)
    t = (length**2 / 2 - gap * length) / np.where(den > 1e-9, den, -1.0)
    t = np.min(np.where(t > 0, t, np.inf), axis=2)
    r_out = 1.0 if r_in else _RIM
    b, c = d @ s, s @ s
    t = np.fmin(t, -b + np.sqrt(b * b - c + (r_out - gap[..., 0]) ** 2))
    if r_in:
        disc = b * b - c + (r_in + gap[..., 0]) ** 2
        hit = -b - np.sqrt(np.maximum(disc, 0.0))
        t = np.where((disc > 0) & (hit > 0), np.fmin(t, hit), t)
    return s + np.maximum(t, 0.004)[..., None] * d


def _plates(seeds, k: int, rings, r_in: float) -> tuple[np.ndarray, np.ndarray]:
    """The raised plates of one group of cells as vertices and faces: in each, rings from its
    groove to its top and a middle point."""
    insets, lifts, top = rings
    rn = len(insets)
    j = np.arange(k)
    j1 = (j + 1) % k
    faces = [np.stack([r * k + j, r * k + j1, (r + 1) * k + j1], 1) for r in range(rn - 1)]
    faces += [np.stack([r * k + j, (r + 1) * k + j1, (r + 1) * k + j], 1) for r in range(rn - 1)]
    faces.append(np.stack([(rn - 1) * k + j, (rn - 1) * k + j1, np.full(k, rn * k)], 1))
    one = np.concatenate(faces)
    verts, tris = [], []
    for i in range(len(seeds)):
        ring = _cell_rings(seeds, i, k, insets, r_in)
        pts = _shell_lifted(ring[..., 0], ring[..., 1], np.repeat(lifts, k).reshape(rn, k))
        mid = _shell_lifted(seeds[i, 0], seeds[i, 1], top)
        tris.append(one + len(verts) * (rn * k + 1))
        verts.append(np.concatenate([pts.reshape(-1, 3), mid[None]]))
    return np.concatenate(verts), np.concatenate(tris)


def _shell() -> list[Part]:
    """The shell: a high dome under raised plates, five down the spine and four on each side,
    each a bevelled plate terraced with growth rings and parted from its neighbours by a
    groove, a rim of marginal plates round its lower edge, and the flat plastron beneath."""
    parts = []
    for seeds, k, rings, r_in in ((_SCUTES, 24, _TOP_RINGS, 0.0),
                                  (_MARGINALS, 14, _RIM_RINGS, _RIM)):  # fmt: skip
        v, f = _plates(seeds, k, rings, r_in)
        parts.append(mesh_part(v, f, 0, "" if parts else "body"))
    rim = _shell_at(np.linspace(0.0, 1.0, 10)[::-1] ** 0.7, 0.0)
    prof = [(float(x), float(y)) for x, y, _ in rim[:-1]] + [(0.0, float(rim[-1, 1]))]
    flat = scl(1.0, 1.0, _B / _A)
    parts.append(lathe(prof, flat, "marking", sides=22))  # the grooves' floor
    parts.append(cylinder(_A * 1.05, _A * 1.03, 0.04, flat @ at(0, _Y0 - 0.035, 0), 0))
    return parts


def _tortoise_head() -> list[Part]:
    """A blunt scaly head on a short wrinkled neck poking out from under the front of the
    shell: the neck in loose folds, the head rounded with a beaked mouth, dark eyes and two
    small nostrils."""
    xs = np.linspace(0.45, 0.62, 6)
    neck = [(x, 0.2 + 0.3 * (x - 0.45), 0.0) for x in xs]
    shapes = rope(neck, [0.062, 0.052, 0.058, 0.049, 0.054, 0.048], 0.006, 0.006)
    shapes.append(ellipsoid((0.67, 0.27, 0.0), (0.075, 0.058, 0.056), rot("z", -8), 0.03))
    shapes.append(ellipsoid((0.73, 0.255, 0.0), (0.045, 0.042, 0.042), None, 0.03))  # the snout
    parts = [solid(shapes, 0.015, 1)]
    mouth = [(0.69, 0.244, -0.052), (0.745, 0.236, -0.036), (0.778, 0.243, 0.0),
             (0.745, 0.236, 0.036), (0.69, 0.244, 0.052)]  # fmt: skip
    parts.append(tube(mouth, 0.0045, None, "marking"))
    parts.append(balls([(0.705, 0.292, s * 0.043) for s in (-1, 1)], 0.014, "pupil", 8, 4))
    parts.append(balls([(0.772, 0.268, s * 0.011) for s in (-1, 1)], 0.005, "marking", 6, 3))
    return parts


_LEGS = (
    ([(0.28, 0.19, 0.2), (0.35, 0.15, 0.3), (0.37, 0.08, 0.33), (0.37, 0.03, 0.335)],
     [0.058, 0.06, 0.058, 0.062]),
    ([(-0.28, 0.19, 0.19), (-0.33, 0.13, 0.27), (-0.34, 0.07, 0.29), (-0.34, 0.03, 0.29)],
     [0.07, 0.075, 0.078, 0.08]),
)  # fmt: skip
"""A foreleg's and a hind leg's path down from under the shell to the foot (on the +z side)
and its radii: short thick columns, the forelegs bowed out at the elbow."""


def _tortoise_legs() -> list[Part]:
    """Four stumpy elephant-like legs at the shell's corners, thick columns covered with big
    round scales, each on a round flat foot with blunt dark nails at its front."""
    parts, scales, nails = [], [], []
    for k, (path, radii) in enumerate(_LEGS):
        for s in (-1, 1):
            pts = np.array(path) * (1, 1, s)
            parts.append(tube(pts, radii, None, 1))
            foot = pts[-1] * (1, 0, 1)
            parts.append(cylinder(radii[-1] * 1.15, radii[-1] * 1.05, 0.035, at(*foot), 1))
            for a in np.radians((-50, -17, 17, 50)):  # the nails
                d = np.array([np.cos(a) * (1 if k == 0 else 0.8), 0.0, np.sin(a)])
                c = foot + d * radii[-1] * 1.1 + (0, 0.015, 0)
                nails.append(c)
            for t in np.linspace(0.2, 0.9, 4):  # the scales down the front and outside
                c = pts[0] + (pts[-1] - pts[0]) * t
                r = float(np.interp(t, (0, 1), (radii[0], radii[-1])))
                for a in np.radians((-40, 0, 40, 80) if k == 0 else (-10, 30, 70)):
                    d = np.array([np.cos(a) * (1 if k == 0 else -1), 0.0, s * np.sin(a)])
                    scales.append(c + d * (r - 0.004) + (0, 0.01 * ((t * 10) % 2), 0))
    parts.append(balls(scales, 0.019, 1, 6, 2))
    parts.append(balls(nails, [(0.016, 0.012, 0.014)], "marking", 6, 2))
    tail = [(-0.44, 0.16, 0.0), (-0.53, 0.12, 0.0), (-0.58, 0.08, 0.0)]
    parts.append(tube(tail, [0.032, 0.018, 0.004], None, 1))
    return parts


def _tortoise(rng: Rng) -> list[Part]:
    """A tortoise standing, head toward +x turned to the viewer: a high domed shell (first
    material) a little longer than wide, covered in raised plates terraced with growth rings
    and parted by dark grooves, five down the spine and four on each side, a rim of marginal
    plates round its lower edge over a flat plastron; a blunt head on a short wrinkled neck
    poking out at the front, four stumpy scaly elephant-like legs at the corners with blunt
    nails and a short tail (second material)."""
    parts = _shell() + _tortoise_head() + _tortoise_legs()
    yaw = -25 + float(rng.uniform(-4, 4))
    return [p.moved(rot("y", yaw)) for p in parts]


MORE_APPLIANCES_ZZZZZQ = {
    1526: _horse, 1527: _unicorn, 1528: _tortoise,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
