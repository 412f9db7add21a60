"""More of the device family's appliances, from 1217: a Russian Orthodox church, a samovar, a
matryoshka doll, a balalaika, an ushanka, a Russian stove, a horse collar under its painted arch
and an Orthodox icon.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, Sweep, at, rot, scl, v3
from ._kit import (
    ALONG_X,
    ALONG_Z,
    blocks,
    cloth_sheet,
    ellipse,
    flat_solid,
    flower,
    grid_skin,
    hoop,
    lobed,
    loft,
    pt,
    rect,
    rounded,
    scaled,
    skin_strip,
    studs,
    swept,
)
from ._primitives import DIAMOND, box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import leaf, sharp

__all__ = ["MORE_APPLIANCES_ZZZZB"]

Rng = np.random.Generator


# Shared pieces


def _arch_points(w: float, h: float, n: int) -> np.ndarray:
    """An arched opening's outline w wide and h high (h >= w / 2): straight sides from y = 0 up
    to a round top, counter-clockwise from its foot's right corner."""
    t = np.linspace(0.0, np.pi, max(n // 2, 7))
    top = np.stack([w / 2 * np.cos(t), h - w / 2 + w / 2 * np.sin(t)], 1)
    return np.concatenate([[[w / 2, 0.0]], top, [[-w / 2, 0.0]]])


def _arch(w: float, h: float):
    """``_arch_points`` as a slab outline (a function of a point count)."""
    return lambda n: _arch_points(w, h, n)


def _arch_ring(w: float, h: float, line: float, depth: float, m: np.ndarray, slot) -> Part:
    """An arched frame under m: the outline of ``_arch(w, h)`` less the arch ``line`` inside it,
    from z = 0 to ``depth``."""

    def contours(n: int) -> list[np.ndarray]:
        outer = _arch_points(w, h, n)
        inner = _arch_points(w - 2 * line, h - line, n)
        inner[[0, -1], 1] = -0.01  # open at the foot: the frame stands on two legs
        return [outer, inner[::-1]]

    return flat_solid(contours, depth, m, slot)


def _arch_line(w: float, h: float, line: float, depth: float, m: np.ndarray, slot) -> Part:
    """A moulding ``line`` wide and ``depth`` deep round an arched opening w wide and h high
    under m (its feet on y = 0, facing +z): a square bar along the arch, cheaper than a frame
    cut from a slab."""
    w, h = w - line, h - line / 2
    t = np.linspace(0.0, np.pi, 5)
    top = [(w / 2 * np.cos(a), h - w / 2 + w / 2 * np.sin(a), depth / 2) for a in t]
    pts = [(w / 2, 0.0, depth / 2), *top, (-w / 2, 0.0, depth / 2)]
    return tube(pts, 1.0, m, slot, shape=rect(line, depth))


def _ring_tube(path, radii, slot, n: int = 40) -> Part:
    """A closed padded roll round a loop through 3D points (a collar), its radius at each."""
    ctrl = np.c_[np.asarray(path, float), np.broadcast_to(radii, (len(path),))]
    c = catmull_rom(np.concatenate([ctrl, ctrl[:1]]), n + 1)[:-1]
    circle = ellipse(1.0, 1.0, 10)
    sweep = Sweep(c[:, :3], None, None, c[:, 3], circle, closed=True)
    return swept(lambda k: sweep, slot)


def _dots(points, normals, r: float, slot) -> Part:
    """Little painted dots (studs) on a face at the points."""
    return studs(points, normals, r, 0.004, slot, 6)


# 1217 Russian Orthodox church

_ONION = [(0.0, 0.0), (0.7, 0.0), (0.92, 0.2), (1.0, 0.48), (0.9, 0.82), (0.58, 1.12),
          (0.24, 1.4), (0.08, 1.64), (0.0, 1.8)]  # fmt: skip
"""An onion dome's profile for a radius of 1: a bulb swelling past its foot, drawn to a point."""


def _orthodox_cross(m: np.ndarray, h: float, slot) -> list[Part]:
    """An Orthodox cross h tall standing on m's origin, facing +z: its upright, a short bar near
    the top, the long crossbar under it and a slanted footrest bar near the foot."""
    t = h * 0.075
    parts = [box(t, h, t, m, slot)]
    parts.append(box(h * 0.3, t, t, m @ at(0, h * 0.84, 0), slot))
    parts.append(box(h * 0.62, t, t, m @ at(0, h * 0.64, 0), slot))
    parts.append(box(h * 0.4, t, t, m @ at(0, h * 0.26, 0) @ rot("z", -24), slot))
    return parts


def _dome(x: float, y: float, z: float, r: float, slot=1, sides: int = 0) -> list[Part]:
    """An onion dome of radius r whose foot stands at (x, y, z): the bulb, a collar round its
    foot, a ball at its tip and an Orthodox cross on top."""
    parts = [lathe([(a * r, b * r) for a, b in _ONION], at(x, y, z), slot, sides=sides)]
    parts.append(cylinder(0.76 * r, 0.76 * r, 0.1 * r, at(x, y - 0.02 * r, z), slot))
    tip = y + 1.72 * r
    parts.append(lathe([(0.0, -0.1 * r), (0.1 * r, 0.0), (0.0, 0.1 * r)], at(x, tip, z), slot,
                       sides=8))  # fmt: skip
    parts += _orthodox_cross(at(x, tip + 0.05 * r, z), 1.25 * r, slot)
    return parts


def _drum(x: float, z: float, y0: float, r: float, h: float, windows: int) -> list[Part]:
    """A round drum tower from y0 to y0 + h at (x, z), narrow arched windows round it, a
    cornice ring round its top."""
    parts = [cylinder(r, r, h, at(x, y0, z), 0)]
    parts.append(cylinder(r * 1.1, r * 1.1, h * 0.08, at(x, y0 + h * 0.92, z), 0))
    for k in range(windows):
        a = 2 * np.pi * (k + 0.5) / windows
        turn = rot("y", 90 - np.degrees(a))
        face = at(x + r * np.cos(a), y0 + h * 0.25, z + r * np.sin(a)) @ turn
        parts.append(slab(_arch(r * 0.42, h * 0.5), 0.02, face, "window"))
    return parts


def _arched_window(m: np.ndarray, w: float, h: float) -> list[Part]:
    """An arched window on a wall facing +z under m: dark glass in a raised surround."""
    parts = [slab(_arch(w, h), 0.02, m, "window")]
    parts.append(_arch_line(w + 0.035, h + 0.02, 0.018, 0.014, m @ at(0, -0.01, 0), 0))
    return parts


def _church(rng: Rng) -> list[Part]:
    """A white Russian Orthodox church: a square whitewashed block on a plinth, each wall parted
    into three bays by pilasters under a row of round gables (zakomary), an arched window in
    each bay, an arched portal with a wooden door and a little icon over it at the front, a
    rounded apse at the back, a low green roof; on the roof a tall drum tower ringed with arched
    windows under a big onion dome and four smaller drums and domes at the corners, every dome
    topped by an Orthodox cross with its three bars."""
    W, H, p = 0.56, 0.42, 0.05
    top = p + H
    parts = [box(W + 0.05, p, W + 0.05, None, 0, "body")]  # the plinth
    parts.append(box(W, H, W, at(0, p, 0), 0))
    parts.append(box(W + 0.03, 0.025, W + 0.03, at(0, top - 0.03, 0), 0))  # the cornice
    bay = W / 3
    for yaw in (0, 90, 180, 270):
        f = rot("y", yaw) @ at(0, 0, W / 2)
        feet = [(-W / 2 + 0.015 + i * (W - 0.03) / 3, p, 0.007) for i in range(4)]
        parts.append(blocks(feet, (0.03, H - 0.03, 0.014), f, 0))  # the pilasters
        for i in (-1, 0, 1):  # the round gables and the windows
            gable = f @ at(i * bay, top - 0.005, -0.01)
            parts.append(slab(_arch(bay - 0.012, (bay - 0.012) / 2), 0.03, gable, 0))
            if yaw == 0 and i == 0:
                continue
            parts += _arched_window(f @ at(i * bay, p + 0.17, 0.0), 0.06, 0.14)
    # the portal
    front = at(0, p, W / 2)
    parts.append(box(0.2, 0.27, 0.05, front, 0))
    parts.append(slab(_arch(0.2, 0.32), 0.05, front @ at(0, 0, 0.025), 0))
    parts.append(slab(_arch(0.12, 0.22), 0.02, front @ at(0, 0, 0.045), "cork"))
    parts.append(_arch_line(0.15, 0.25, 0.02, 0.02, front @ at(0, 0, 0.048), 0))
    parts.append(box(0.004, 0.2, 0.01, front @ at(0, 0, 0.055), "marking"))
    parts.append(slab(_arch(0.06, 0.07), 0.01, front @ at(0, 0.235, 0.05), 1))  # the icon
    parts.append(box(0.26, 0.02, 0.1, at(0, p - 0.02, W / 2 + 0.05), 0))  # the step
    parts.append(box(0.3, 0.03, 0.12, at(0, 0, W / 2 + 0.06), 0))
    # the apse
    parts.append(cylinder(0.17, 0.17, H - 0.08, at(0, p, -W / 2), 0))
    parts.append(lathe([(0.0, 0.0), (0.19, 0.0), (0.16, 0.05), (0.09, 0.1), (0.0, 0.12)],
                       at(0, top - 0.08, -W / 2), "chalkboard"))  # fmt: skip
    for a in (-40, 0, 40):
        ang = np.radians(a - 90)
        face = at(0.17 * np.cos(ang), p + 0.12, -W / 2 + 0.17 * np.sin(ang)) @ rot("y", 180 + a)
        parts.append(slab(_arch(0.05, 0.12), 0.02, face, "window"))
    # the roof
    r = (W / 2 + 0.02) * np.sqrt(2.0)
    roof = [(0.0, 0.0), (r, 0.0), (r * 0.97, 0.01), (0.0, 0.12)]
    parts.append(lathe(roof, at(0, top - 0.005, 0) @ rot("y", 45), "chalkboard", sides=4))
    # the drums and domes
    jit = float(rng.uniform(-0.01, 0.01))
    parts += _drum(0, 0, top, 0.105, 0.24 + jit, 8)
    parts += _dome(0, top + 0.24 + jit, 0, 0.15)
    for sx in (-1, 1):
        for sz in (-1, 1):
            x, z = sx * 0.19, sz * 0.19
            parts.append(box(0.13, 0.06, 0.13, at(x, top, z), 0))
            parts += _drum(x, z, top + 0.05, 0.055, 0.13, 4)
            parts += _dome(x, top + 0.18, z, 0.08, 1, 12)
    return parts


# 1218 samovar


def _teapot(c) -> list[Part]:
    """A small round porcelain teapot standing at c: a squat body with blue bands and dots, a
    lid with a knob, a spout to the side and a loop handle opposite."""
    x, y, z = c
    m = at(x, y, z)
    body = [(0.0, 0.0), (0.05, 0.0), (0.072, 0.025), (0.078, 0.055), (0.068, 0.085),
            (0.045, 0.1), (0.0, 0.1)]  # fmt: skip
    parts = [lathe(body, m, "snow")]
    parts.append(cylinder(0.046, 0.03, 0.018, m @ at(0, 0.097, 0), "snow"))  # the lid
    parts.append(sphere(0.012, m @ at(0, 0.122, 0), "plume"))
    parts.append(torus(0.0775, 0.004, m @ at(0, 0.055, 0), "plume"))
    parts.append(torus(0.05, 0.003, m @ at(0, 0.1, 0), "plume"))
    spout = [(0.06, 0.035, 0.02), (0.1, 0.05, 0.03), (0.12, 0.085, 0.035), (0.135, 0.1, 0.037)]
    parts.append(tube([(x + a, y + b, z + d) for a, b, d in spout], [0.016, 0.012, 0.009, 0.008],
                      None, "snow"))  # fmt: skip
    grip = [(-0.065, 0.08, -0.02), (-0.1, 0.08, -0.025), (-0.11, 0.05, -0.025),
            (-0.09, 0.025, -0.02), (-0.07, 0.022, -0.018)]  # fmt: skip
    parts.append(tube([(x + a, y + b, z + d) for a, b, d in grip], 0.007, None, "snow"))
    pts, nrm = [], []
    for k in range(8):  # painted dots round the belly
        a = 2 * np.pi * (k + 0.5) / 8
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        pts.append(np.array([x, y + 0.035, z]) + d * 0.075)
        nrm.append(d)
    parts.append(_dots(pts, nrm, 0.008, "plume"))
    return parts


def _samovar(rng: Rng) -> list[Part]:
    """A samovar: a tall metal urn on a square footed base with ball feet, a short stem flaring
    into a rounded vase-shaped body with fine ribs and a row of stamped medals round its
    shoulder, two curved side handles with wooden grips, a tap at the front near the bottom with
    a turned key and a spout bent down; from its top a crown and a short chimney pipe rise to a
    pierced seat on which a small blue-and-white teapot sits."""
    parts = [box(0.25, 0.022, 0.25, at(0, 0.035, 0), 0, "body")]  # the foot plate
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(sphere(0.02, at(sx * 0.1, 0.02, sz * 0.1), 0))
    parts.append(cylinder(0.1, 0.085, 0.012, at(0, 0.057, 0), 0))
    prof = [(0.0, 0.069), (0.085, 0.069), (0.062, 0.09), (0.055, 0.12), (0.07, 0.145),
            (0.11, 0.16), (0.155, 0.2), (0.183, 0.27), (0.195, 0.36), (0.19, 0.44),
            (0.168, 0.5), (0.13, 0.54), (0.1, 0.555), (0.0, 0.56)]  # fmt: skip
    parts.append(lathe(prof, None, 0, shape=lobed(32, 16, 0.03)))
    for y, r in ((0.15, 0.09), (0.505, 0.165)):
        parts.append(torus(r, 0.008, at(0, y, 0), 0))
    pts, nrm = [], []
    for k in range(5):  # the medals on the shoulder
        a = np.radians(50 + 20 * k)
        d = np.array([np.cos(a), 0.12, np.sin(a)])
        pts.append(np.array([0.0, 0.43, 0.0]) + np.array([np.cos(a), 0, np.sin(a)]) * 0.19)
        nrm.append(d)
    parts.append(studs(pts, nrm, 0.018, 0.008, 0, 10))
    # the crown, chimney, seat and teapot
    parts.append(cylinder(0.1, 0.085, 0.02, at(0, 0.55, 0), 0))
    parts.append(cylinder(0.04, 0.04, 0.1, at(0, 0.565, 0), 0))
    parts.append(torus(0.042, 0.006, at(0, 0.6, 0), 0))
    seat = [(0.0, 0.0), (0.04, 0.0), (0.06, 0.02), (0.075, 0.04), (0.07, 0.045), (0.0, 0.04)]
    parts.append(lathe(seat, at(0, 0.66, 0), 0))
    holes = [
        (0.067 * np.cos(a), 0.69, 0.067 * np.sin(a)) for a in np.radians(np.arange(0, 360, 45))
    ]
    parts.append(_dots(holes, [(h[0], 0.3, h[2]) for h in holes], 0.008, "marking"))
    parts += _teapot((0.0, 0.7, 0.0))
    # the side handles
    for s in (-1, 1):
        loop = [(0.165, 0.5, 0), (0.23, 0.53, 0), (0.275, 0.5, 0), (0.28, 0.44, 0),
                (0.245, 0.4, 0), (0.19, 0.4, 0)]  # fmt: skip
        parts.append(tube([(s * x, y, z) for x, y, z in loop], 0.009, None, 0))
        parts.append(stick((s * 0.283, 0.435, 0), (s * 0.277, 0.505, 0), 0.016, 1))
    # the tap
    parts.append(cylinder(0.03, 0.026, 0.02, at(0, 0.215, 0.148) @ ALONG_Z, 0))
    parts.append(stick((0, 0.215, 0.16), (0, 0.215, 0.255), 0.014, 0))
    parts.append(tube([(0, 0.215, 0.245), (0, 0.205, 0.262), (0, 0.18, 0.268)], 0.012, None, 0))
    parts.append(cylinder(0.013, 0.016, 0.012, at(0, 0.17, 0.268), 0))
    parts.append(stick((0, 0.225, 0.215), (0, 0.25, 0.215), 0.007, 0))
    key = sharp([(-0.035, 0.0), (-0.028, 0.012), (0.0, 0.006), (0.028, 0.012), (0.035, 0.0),
                 (0.028, -0.012), (0.0, -0.006), (-0.028, -0.012)])  # fmt: skip
    turn = float(rng.uniform(-15, 15))
    parts.append(slab(key, 0.008, at(0, 0.255, 0.215) @ rot("y", turn), 1))
    parts.append(sphere(0.01, at(0, 0.258, 0.215), 0))
    return parts


# 1219 matryoshka

_DOLL = [(0.0, 0.0), (0.24, 0.0), (0.29, 0.03), (0.318, 0.12), (0.325, 0.25), (0.302, 0.38),
         (0.255, 0.49), (0.218, 0.575), (0.222, 0.64), (0.234, 0.73), (0.224, 0.82),
         (0.18, 0.91), (0.1, 0.975), (0.0, 0.995)]  # fmt: skip
"""A nesting doll's turned profile for a height of 1: a broad rounded body, a waist, a round
head."""
_DOLL_R, _DOLL_Y = np.array(_DOLL).T


def _face_point(x: float, y: float, c, r) -> tuple[np.ndarray, np.ndarray]:
    """The point over (x, y) on the front of the ellipsoid at c with semi-axes r, and its
    outward normal there."""
    dx, dy = (x - c[0]) / r[0], (y - c[1]) / r[1]
    dz = np.sqrt(max(1.0 - dx * dx - dy * dy, 0.0))
    p = np.array([x, y, c[2] + r[2] * dz])
    n = np.array([dx / r[0], dy / r[1], dz / r[2]])
    return p, n / np.linalg.norm(n)


def _painted(m: np.ndarray, c, r, spots, size: float, slot) -> Part:
    """Painted round spots ``size`` in radius over the points (x, y) on the front of the
    ellipsoid at c with semi-axes r, under m: flat discs lying on its skin."""
    hits = [_face_point(x, y, c, r) for x, y in spots]
    part = studs([h[0] for h in hits], [h[1] for h in hits], size, 0.008, slot, 10)
    return part.moved(m)


def _doll(m: np.ndarray, petals: int, tag: str = "") -> list[Part]:
    """One matryoshka of height 1 under m: the turned wooden body, a round face window with
    painted eyes, rosy cheeks and red lips under a fringe of dark hair, the headscarf's edge
    round the face and its knot under the chin, the shawl's hem round the shoulders, a painted
    apron on the belly with a big flower, buds and leaves."""
    parts = [lathe(_DOLL, m, 0, tag)]
    fc, fr = (0.0, 0.755, 0.205), (0.12, 0.13, 0.05)  # the face window
    parts.append(sphere(1.0, m @ at(*fc) @ scl(*fr), "sheet"))
    parts.append(hoop(0.127, 0.013, m @ at(0, 0.755, fc[2] - 0.004) @ scl(1.0, 1.0, 1.08)
                      @ rot("x", 90), 1, 28, 6))  # fmt: skip
    parts.append(_painted(m, fc, fr, [(-0.042, 0.768), (0.042, 0.768)], 0.015, "marking"))
    parts.append(_painted(m, fc, fr, [(-0.066, 0.715), (0.066, 0.715)], 0.024, "card-red"))
    parts.append(_painted(m, fc, fr, [(0.0, 0.699)], 0.012, "card-red"))
    hair, _ = _face_point(0.0, 0.868, fc, fr)
    parts.append(sphere(1.0, m @ at(*(hair - [0, 0, 0.012])) @ scl(0.075, 0.026, 0.02), "soil"))
    # the knot under the chin and the shawl's hem
    parts.append(sphere(1.0, m @ at(0, 0.61, 0.222) @ scl(0.045, 0.024, 0.022), 1))
    parts.append(hoop(0.252, 0.01, m @ at(0, 0.5, 0), 1, 28, 5))
    # the apron and its flower
    parts.append(_apron(m))
    fm = m @ at(0, 0.245, 0.335)
    parts.append(slab(flower(petals, 0.5), 0.02, fm @ scl(0.066, 0.066, 1.0), "card-red"))
    parts.append(sphere(1.0, fm @ at(0, 0, 0.01) @ scl(0.022, 0.022, 0.01), "cloth-yellow"))
    a = np.radians([71.0, 109.0])  # the buds
    r = float(np.interp(0.33, _DOLL_Y, _DOLL_R)) + 0.014
    buds = np.stack([r * np.cos(a), np.full(2, 0.33), r * np.sin(a)], 1)
    parts.append(studs(buds, buds * (1, 0, 1) + (0, 0.03, 0), 0.02, 0.008, "card-red", 10).moved(m))
    for sx in (-1, 1):
        a = np.radians(90 - sx * 17)
        r = float(np.interp(0.15, _DOLL_Y, _DOLL_R)) + 0.012
        leaf_m = m @ at(r * np.cos(a), 0.15, r * np.sin(a)) @ rot("y", sx * 17) @ rot("z", sx * 50)
        parts.append(slab(leaf(0.6), 0.01, leaf_m @ scl(0.018, 0.05, 1.0), "vine"))
    return parts


def _apron(m: np.ndarray) -> Part:
    """A doll's painted apron under m: an oval panel of cloth lying on the front of her belly."""
    ys = np.linspace(0.035, 0.43, 9)
    rows = []
    for y in ys:
        u = (y - 0.235) / 0.2
        half = np.radians(8 + 34 * np.sqrt(max(1.0 - u * u, 0.0)))
        r = float(np.interp(y, _DOLL_Y, _DOLL_R)) + 0.008
        a = np.pi / 2 + np.linspace(-half, half, 9)
        rows.append(np.stack([r * np.cos(a), np.full(9, y), r * np.sin(a)], 1))
    return cloth_sheet(np.array(rows), 0.008, 1).moved(m)


def _matryoshka(rng: Rng) -> list[Part]:
    """A matryoshka, the Russian nesting doll: a smooth egg-and-ball shaped wooden doll with no
    arms or legs, a round face window with a painted face framed by the headscarf, a flowered
    apron on her belly; beside her two smaller copies of her in a row."""
    parts = _doll(at(-0.42, 0, 0) @ rot("y", 6), 5, "body")
    turn = float(rng.uniform(-8, 8))
    parts += _doll(at(0.2, 0, 0.1) @ rot("y", 14 + turn) @ scl(0.72), 6)
    parts += _doll(at(0.66, 0, 0.2) @ rot("y", 22 + turn) @ scl(0.5), 5)
    return parts


# 1220 balalaika


def _balalaika_outline() -> np.ndarray:
    """The balalaika's triangular face, its base on y = 0 and its apex up at the neck: gently
    bowed sides and rounded corners, counter-clockwise."""
    pts = [(-0.23, 0.0), (0.23, 0.0), (0.122, 0.23), (0.0, 0.45), (-0.122, 0.23)]
    return rounded(pts, [0.04, 0.04, 0.0, 0.025, 0.0], 6)


def _balalaika(rng: Rng) -> list[Part]:
    """A balalaika on a stand, leaning back a little: the triangular flat spruce face standing on
    its broad base with the neck rising from its apex, a staved back bulging behind, a dark edge
    binding, a small round sound hole with a rosette, a pale pickguard under it, a bridge and a
    tail button, the long thin neck with a dark fretboard and its metal frets, a flat shaped
    peghead with three tuning keys, three strings running from the base to the pegs."""
    outline = _balalaika_outline()
    c0 = np.array([0.0, 0.12])
    parts = [slab(sharp(outline), 0.012, None, 0, "body")]  # the face
    rings = ((0.0, 1.0), (-0.035, 0.97), (-0.07, 0.86), (-0.1, 0.6), (-0.115, 0.25))
    cen = [(0.0, c0[1], z) for z, _ in rings]
    u = [(s, 0.0, 0.0) for _, s in rings]
    v = [(0.0, s, 0.0) for _, s in rings]
    parts.append(loft(cen, u, v, outline - c0, 1))  # the staved back
    edge = np.concatenate([outline, outline[:1]])
    parts.append(tube([(x, y, 0.006) for x, y in edge], 0.005, None, "marking", shape=DIAMOND))
    parts.append(cylinder(0.03, 0.03, 0.004, at(0, 0.25, 0.004) @ ALONG_Z, "marking"))
    parts.append(torus(0.036, 0.005, at(0, 0.25, 0.006) @ ALONG_Z, 1))
    parts.append(torus(0.044, 0.003, at(0, 0.25, 0.006) @ ALONG_Z, "marking"))
    guard = [(-0.05, 0.16), (0.06, 0.14), (0.09, 0.2), (0.05, 0.215), (0.0, 0.2)]
    parts.append(slab(guard, 0.004, at(0.0, 0.0, 0.007), "cork"))
    parts.append(box(0.06, 0.012, 0.012, at(0, 0.06, 0.006), "pencil-wood"))  # the bridge
    parts.append(sphere(0.01, at(0, 0.008, 0.004), "snow"))  # the tail button
    # the neck, fretboard and frets
    parts.append(tube([(0, 0.38, -0.018), (0, 0.65, -0.014), (0, 0.92, -0.012)],
                      [0.02, 0.018, 0.017], None, 1, shape=ellipse(0.9, 1.0, 10)))  # fmt: skip
    parts.append(box(0.04, 0.04, 0.05, at(0, 0.39, -0.025), 1))  # the heel at the apex
    parts.append(box(0.036, 0.54, 0.012, at(0, 0.38, 0.006), "marking"))
    L, nut = 0.86, 0.92
    feet = [(0.0, nut - L * (1 - 2 ** (-n / 12)), 0.012) for n in range(1, 17)]
    parts.append(blocks(feet, (0.036, 0.004, 0.006), None, "steel"))
    parts.append(box(0.038, 0.008, 0.01, at(0, nut - 0.004, 0.01), "snow"))  # the nut
    # the peghead and its keys
    head = at(0, nut, -0.006) @ rot("x", -9)
    peg = [(-0.022, 0.0), (0.022, 0.0), (0.034, 0.06), (0.03, 0.12), (0.012, 0.14), (0.0, 0.13),
           (-0.012, 0.14), (-0.03, 0.12), (-0.034, 0.06)]  # fmt: skip
    parts.append(slab(sharp(peg), 0.018, head, 1))
    for sx, y in ((-1, 0.04), (-1, 0.09), (1, 0.065)):
        parts.append(stick(pt(head, sx * 0.02, y, 0), pt(head, sx * 0.055, y, 0), 0.004, "steel"))
        parts.append(sphere(1.0, at(*pt(head, sx * 0.06, y, 0)) @ scl(0.006, 0.012, 0.01), "snow"))
        parts.append(cylinder(0.006, 0.006, 0.014, at(*pt(head, 0, y, 0.006)) @ ALONG_Z, "steel"))
    # the strings
    for i in (-1, 0, 1):
        top = pt(head, 0, 0.065 + 0.025 * i, 0.016)
        path = [(i * 0.006, 0.01, 0.01), (i * 0.012, 0.06, 0.019), (i * 0.008, nut, 0.016), top]
        parts.append(tube(path, 0.0016, None, "steel", shape=DIAMOND))
    # the stand: a cradle under the base and a rest behind the neck
    parts = scaled(parts, at(0, 0.03, 0.0) @ rot("x", -14))
    blk = "marking"
    parts.append(stick((-0.22, 0.03, 0.035), (0.22, 0.03, 0.035), 0.012, blk))
    for s in (-1, 1):
        parts.append(stick((s * 0.22, 0.03, 0.035), (s * 0.22, 0.07, 0.04), 0.012, blk))
        parts.append(stick((s * 0.2, 0.03, 0.03), (s * 0.16, 0.01, -0.35), 0.01, blk))
        parts.append(stick((s * 0.16, 0.01, -0.35), (0.0, 0.01, -0.35), 0.01, blk))
    back = pt(at(0, 0.03, 0.0) @ rot("x", -14), 0, 0.72, -0.05)
    parts.append(stick((0, 0.01, -0.35), back, 0.011, blk))
    yoke = [back + v3(-0.04, 0.02, 0.03), back + v3(0, -0.01, 0), back + v3(0.04, 0.02, 0.03)]
    parts.append(tube(yoke, 0.008, None, blk))
    return parts


# 1221 ushanka


def _fur(path, across, out, widths, thick, rng: Rng, slot=1, cols: int = 16,
         lump: float = 0.22) -> Part:  # fmt: skip
    """A lumpy slab of fur along a path of points: at each point a rounded section ``widths``
    wide along ``across`` and ``thick`` thick along ``out``, its skin pushed in and out in soft
    random tufts."""
    p = np.asarray(path, float)
    n = len(p)
    a = np.broadcast_to(np.asarray(across, float), p.shape)
    o = np.broadcast_to(np.asarray(out, float), p.shape)
    w = np.broadcast_to(np.asarray(widths, float), (n,))
    d = np.broadcast_to(np.asarray(thick, float), (n,))
    t = np.arange(cols) * (2 * np.pi / cols)
    c, s = np.cos(t), np.sin(t)
    sx, sy = np.sign(c) * np.abs(c) ** 0.5, np.sign(s) * np.abs(s) ** 0.7
    noise = rng.uniform(-1.0, 1.0, (n, cols))
    noise = (noise + np.roll(noise, 1, 1) * 0.5 + np.roll(noise, -1, 1) * 0.5) / 2
    k = 1.0 + lump * noise
    k[[0, -1]] = 1.0
    half_w = (w[:, None] / 2) * sx[None, :] * k
    half_d = (d[:, None] / 2) * sy[None, :] * k
    grid = p[:, None, :] + half_w[..., None] * a[:, None, :] + half_d[..., None] * o[:, None, :]
    return grid_skin(grid, slot)


def _ring_path(rx: float, rz: float, y: float, a0: float, a1: float, n: int):
    """Points on an ellipse round the head at height y from a0 to a1 degrees (90: the front),
    their outward directions."""
    t = np.radians(np.linspace(a0, a1, n))
    p = np.stack([rx * np.cos(t), np.full(n, y), rz * np.sin(t)], 1)
    o = np.stack([np.cos(t) / rx, np.zeros(n), np.sin(t) / rz], 1)
    return p, o / np.linalg.norm(o, axis=1, keepdims=True)


def _ushanka(rng: Rng) -> list[Part]:
    """An ushanka, the Russian fur trapper hat, on a head-shaped stand: a rounded padded crown
    of quilted panels, a thick fur brim turned up all round, highest at the front, and two big
    fur ear flaps hanging down the sides of the head with thin ties dangling from them, every
    piece of fur lumpy with soft tufts."""
    yb = 0.37  # the band round the forehead
    parts = [cylinder(0.11, 0.1, 0.025, None, "plaster", "body")]  # the stand
    parts.append(cylinder(0.022, 0.022, 0.15, at(0, 0.02, 0), "plaster"))
    parts.append(cylinder(0.04, 0.055, 0.07, at(0, 0.17, 0), "plaster"))
    parts.append(sphere(1.0, at(0, 0.33, 0.005) @ scl(0.088, 0.112, 0.1), "plaster"))
    crown = [(0.0, -0.02), (0.106, -0.02), (0.112, 0.03), (0.108, 0.07), (0.088, 0.105),
             (0.05, 0.125), (0.0, 0.13)]  # fmt: skip
    parts.append(lathe(crown, at(0, yb, 0) @ scl(1.0, 1.0, 1.12), 0, shape=lobed(48, 6, 0.05)))
    parts.append(sphere(0.012, at(0, yb + 0.13, 0), 0))
    # the turned-up brim: front, sides and back
    for a0, a1, h, y in ((22, 158, 0.095, 0.045), (150, 390, 0.06, 0.025)):
        p, o = _ring_path(0.128, 0.14, yb + y, a0, a1, 15)
        w = np.full(15, h)
        w[[0, -1]] *= 0.55
        w[[1, -2]] *= 0.85
        up = np.array([0.0, 1.0, 0.0]) - 0.25 * o
        parts.append(_fur(p, up, o, w, 0.036, rng))
    # the ear flaps
    for s in (-1, 1):
        path = [(s * 0.125, yb + 0.03, 0.0), (s * 0.13, yb - 0.03, 0.005),
                (s * 0.125, yb - 0.09, 0.01), (s * 0.115, yb - 0.14, 0.012),
                (s * 0.11, yb - 0.165, 0.012)]  # fmt: skip
        w = [0.1, 0.13, 0.13, 0.11, 0.05]
        parts.append(_fur(path, (0.0, 0.0, 1.0), (1.0, 0.0, 0.0), w, 0.034, rng))
        tie = [(s * 0.11, yb - 0.16, 0.012), (s * 0.112, yb - 0.22, 0.02),
               (s * 0.108, yb - 0.27, 0.015)]  # fmt: skip
        parts.append(tube(tie, 0.004, None, 0))
    return parts


# 1222 Russian stove


def _tiles(feet, size, normal, slot=1) -> list[Part]:
    """Glazed tiles standing on the points (as boxes) with a blue painted rosette on each, set
    in a face whose outward direction is ``normal``."""
    f = np.asarray(feet, float)
    nrm = np.asarray(normal, float)
    w, h, d = size
    face = f + np.array([0.0, h / 2, 0.0]) + nrm * ((w * abs(nrm[0]) + d * abs(nrm[2])) / 2)
    return [blocks(f, size, None, slot), _dots(face, [nrm] * len(f), h * 0.22, "plume")]


def _stove(rng: Rng) -> list[Part]:
    """A Russian stove (pech) as big as a small room: a huge whitewashed masonry block on a
    plinth, its face and side set with a grid of glazed tiles painted with blue rosettes; at
    the front a tall hood over the arched oven mouth with a ledge before it, an iron pot on
    the ledge, a dark firewood niche under it with logs; on top of the long back part the
    sleeping shelf with a quilt and a pillow, wooden steps up to it at the side; a square
    chimney rising from the hood into nothing; an oven fork leaning on the front."""
    W, D, H = 0.8, 1.0, 0.78
    zf = D / 2  # the front face
    parts = [box(W + 0.04, 0.05, D + 0.04, None, 0, "body")]  # the plinth
    parts.append(box(W, H - 0.05, D, at(0, 0.05, 0), 0))
    parts.append(box(W, 1.1 - H, 0.36, at(0, H, zf - 0.18), 0))  # the hood
    parts.append(box(W + 0.04, 0.03, D + 0.04, at(0, H - 0.03, 0), 0))  # the cornices
    parts.append(box(W + 0.05, 0.035, 0.4, at(0, 1.1, zf - 0.18), 0))
    parts.append(box(0.24, 0.45, 0.24, at(0.0, 1.13, zf - 0.2), 0))  # the chimney
    parts.append(box(0.3, 0.04, 0.3, at(0.0, 1.42, zf - 0.2), 0))
    parts.append(box(0.24, 0.02, 0.24, at(0.0, 1.46, zf - 0.2), 0))
    # the oven mouth and its ledge
    mouth = at(0, 0.4, zf)
    parts.append(slab(_arch(0.28, 0.24), 0.01, mouth, "marking"))
    parts.append(_arch_ring(0.38, 0.3, 0.05, 0.05, mouth @ at(0, -0.001, 0), 0))
    parts.append(box(0.52, 0.05, 0.14, at(0, 0.35, zf + 0.07), 0))  # the ledge
    parts.append(box(0.5, 0.015, 0.03, at(0, 0.335, zf + 0.125), 0))
    pot = [(0.0, 0.0), (0.04, 0.0), (0.06, 0.03), (0.065, 0.06), (0.058, 0.085), (0.06, 0.09),
           (0.0, 0.09)]  # fmt: skip
    parts.append(lathe(pot, at(-0.17, 0.4, zf + 0.075), "marking"))
    parts.append(sphere(0.08, at(0.03, 0.4, zf - 0.02) @ scl(1.0, 0.5, 0.6), "flame"))  # embers
    # the firewood niche
    parts.append(slab(_arch(0.3, 0.22), 0.01, at(0, 0.07, zf), "marking"))
    for k, (x, y) in enumerate(((-0.09, 0.1), (0.0, 0.1), (0.09, 0.1), (-0.045, 0.175),
                                (0.045, 0.175), (0.0, 0.245))):  # fmt: skip
        r = 0.037 + 0.004 * float(rng.uniform(-1, 1))
        parts.append(cylinder(r, r, 0.16, at(x, y, zf - 0.12 + 0.01 * k) @ ALONG_Z, "cork"))
        parts.append(cylinder(r * 0.85, r * 0.85, 0.004, at(x, y, zf + 0.04 + 0.01 * k) @ ALONG_Z,
                              "pencil-wood"))  # fmt: skip
    # the tiles
    sz = 0.085
    front = []
    for i in range(8):
        x = -W / 2 + 0.05 + i * (W - 0.1) / 7
        for j in range(3):
            front.append((x, H + 0.04 + j * 0.095, zf))
        if abs(x) > 0.2:
            for j in range(5):
                front.append((x, 0.1 + j * 0.105, zf))
    parts += _tiles(front, (sz, sz, 0.012), (0, 0, 1))
    side = []
    for i in range(10):
        z = -D / 2 + 0.055 + i * (D - 0.11) / 9
        for j in range(6):
            side.append((W / 2, 0.1 + j * 0.105, z))
    parts += _tiles(side, (0.012, sz, sz), (1, 0, 0))
    # the sleeping shelf
    back = at(0, H, -0.16)
    parts.append(box(W - 0.08, 0.05, 0.6, back, "card-red"))  # the quilt and its patches
    patches = [(-0.27 + 0.135 * i, 0.045, -0.22 + 0.135 * j) for i in range(5) for j in range(4)
               if (i + j) % 2 == 0]  # fmt: skip
    parts.append(blocks(patches, (0.1, 0.01, 0.1), back, "cloth-yellow"))
    parts.append(sphere(1.0, at(0.0, H + 0.08, -0.38) @ scl(0.2, 0.05, 0.09), "sheet"))
    parts.append(box(0.04, 0.06, 0.64, at(W / 2 + 0.01, H, -0.16), "cork"))  # the rail
    # the steps at the side
    for w, h in ((0.22, 0.26), (0.13, 0.52)):
        x = W / 2 + w / 2
        parts.append(box(w, h, 0.36, at(x, 0, -0.24), "cork"))
        parts.append(box(w + 0.02, 0.025, 0.38, at(x + 0.01, h, -0.24), "pencil-wood"))
    # the oven fork
    a, b = (0.33, 0.014, zf + 0.2), (0.27, 1.0, zf + 0.05)
    parts.append(stick(a, b, 0.014, "pencil-wood"))
    fork = [(0.3, 0.1, zf + 0.17), (0.25, 0.025, zf + 0.2), (0.34, 0.01, zf + 0.22),
            (0.43, 0.05, zf + 0.2)]  # fmt: skip
    parts.append(tube(fork, 0.008, None, "steel"))
    return parts


# 1223 horse collar and its arch


def _duga_paint(points) -> list[Part]:
    """The flowers painted along the arch's face: red and yellow blossoms with white hearts,
    a green leaf either side of each along the arch."""
    p = np.asarray(points, float)
    along = np.gradient(p, axis=0)
    parts = [_dots(p + v3(0, 0, 0.005), [(0, 0, 1)] * len(p), 0.008, "snow")]
    for k, (q, d) in enumerate(zip(p, along, strict=True)):
        col = ("card-red", "cloth-yellow")[k % 2]
        parts.append(slab(flower(5, 0.45), 0.008, at(*q) @ scl(0.026, 0.026, 1.0), col))
        turn = np.degrees(np.arctan2(d[1], d[0])) - 90
        for s in (-1, 1):
            lm = at(*q) @ rot("z", turn) @ at(0, s * 0.042, -0.001) @ scl(0.011, 0.02, 1.0)
            parts.append(slab(leaf(0.6), 0.006, lm, "vine"))
    return parts


def _duga(rng: Rng) -> list[Part]:
    """A Russian harness arch (duga) over a horse collar: a tall painted wooden arch like an
    upside-down U standing with its feet on the ground, flowers painted along its face and a
    little brass bell hanging under its crown; behind it, between its legs, the padded horse
    collar, an egg-shaped leather ring narrower at the top, held by two wooden hames studded
    with brass, leather straps tying the arch's feet to them."""
    za = 0.16  # the arch's plane
    t = np.linspace(0.0, np.pi, 25)
    pts = np.stack([0.44 * np.cos(t), 0.02 + 0.98 * np.sin(t) ** 0.9, za + 0.05 * np.sin(t)], 1)
    nrm = np.tile([0.0, 0.0, 1.0], (len(t), 1))
    parts = [skin_strip(pts, nrm, 0.06, 0.032, 0, "body")]
    for s in (-1, 1):  # the feet's iron caps
        parts.append(box(0.07, 0.04, 0.04, at(s * 0.44, 0.0, za), "marking"))
    # painted flowers along its face
    tt = np.linspace(0.25, np.pi - 0.25, 9)
    face = np.stack([0.44 * np.cos(tt), 0.02 + 0.98 * np.sin(tt) ** 0.9,
                     za + 0.05 * np.sin(tt) + 0.017], 1)  # fmt: skip
    parts += _duga_paint(face)
    # the bell under the crown, swinging a little
    hang = at(0.0, 0.97, za + 0.05) @ rot("z", float(rng.uniform(-8, 8)))
    parts.append(torus(0.012, 0.004, hang @ ALONG_X, "copper"))
    bell = [(0.0, 0.0), (0.02, 0.0), (0.035, -0.02), (0.04, -0.055), (0.052, -0.075),
            (0.05, -0.08), (0.0, -0.07)]  # fmt: skip
    parts.append(lathe(bell, hang @ at(0, -0.01, 0), "copper"))
    parts.append(sphere(0.012, hang @ at(0, -0.085, 0), "marking"))
    # the collar
    a = np.linspace(0.0, 2 * np.pi, 16, endpoint=False)
    ring = np.stack([0.2 * np.sin(a) * (1 - 0.2 * np.cos(a)), 0.4 + 0.33 * np.cos(a),
                     np.zeros_like(a)], 1)  # fmt: skip
    parts.append(_ring_tube(ring, 0.055 - 0.017 * np.cos(a), 1, 36))
    for s in (-1, 1):  # the hames
        ham = [(s * 0.06, 0.86, 0.03), (s * 0.19, 0.68, 0.045), (s * 0.27, 0.42, 0.05),
               (s * 0.26, 0.18, 0.045), (s * 0.17, 0.05, 0.04)]  # fmt: skip
        parts.append(tube(ham, 0.026, None, 0, shape=ellipse(1.0, 0.7, 10)))
        parts.append(sphere(0.026, at(s * 0.06, 0.86, 0.02), 0))
        studs_at = [(s * 0.2, 0.66, 0.055), (s * 0.26, 0.54, 0.06), (s * 0.28, 0.42, 0.06),
                    (s * 0.275, 0.3, 0.06), (s * 0.25, 0.18, 0.055)]  # fmt: skip
        parts.append(studs(studs_at, [(0, 0, 1)] * 5, 0.01, 0.01, "copper", 8))
        strap = [(s * 0.28, 0.3, 0.05), (s * 0.36, 0.2, za - 0.02), (s * 0.42, 0.1, za)]
        parts.append(tube(strap, 0.012, None, "cork", shape=ellipse(1.0, 0.4, 8)))
    return parts


# 1224 Orthodox icon


def _icon(rng: Rng) -> list[Part]:
    """An Orthodox icon leaning back on a stand: a wooden panel with an arched top, its wide
    gilded frame raised round a pale field, on the field in relief a bearded saint's head and
    shoulders: the face with dark eyes and brows under dark hair, a big round golden halo behind
    the head, a dark robe under a red cloak, a gilded book with a red cross held at the chest;
    a prop behind holds it up."""
    W, H = 0.5, 0.7
    parts = [slab(_arch(W, H), 0.035, at(0, 0, -0.0175), 0, "body")]  # the panel
    parts.append(_arch_ring(W, H, 0.055, 0.03, at(0, 0, 0), 1))  # the gilded frame
    parts.append(_arch_ring(W - 0.1, H - 0.05, 0.012, 0.034, at(0, 0.0, 0), 1))
    parts.append(slab(_arch(W - 0.1, H - 0.05), 0.004, at(0, 0.0, 0.002), "pages"))
    parts.append(box(W, 0.055, 0.03, at(0, 0, 0.015), 1))  # the frame's foot
    # the halo
    hc = (0.0, 0.46, 0.0)
    parts.append(cylinder(0.112, 0.112, 0.008, at(*hc) @ ALONG_Z, 1))
    parts.append(torus(0.112, 0.006, at(0, 0.46, 0.008) @ ALONG_Z, 1))
    parts.append(hoop(0.095, 0.0025, at(0, 0.46, 0.009) @ ALONG_Z, "card-red", 32, 4))
    # the shoulders and robe, a red cloak over them
    ys = [0.055, 0.15, 0.24, 0.29, 0.325, 0.345]
    rx = [0.17, 0.175, 0.16, 0.12, 0.06, 0.03]
    rz = [0.03, 0.034, 0.034, 0.03, 0.022, 0.016]
    cen = [(0.0, y, 0.01) for y in ys]
    parts.append(loft(cen, [(r, 0, 0) for r in rx], [(0, 0, r) for r in rz], ellipse(1, 1, 16),
                      "cloth-dark"))  # fmt: skip
    ys = [0.055, 0.15, 0.22, 0.27, 0.29]
    rx = [0.125, 0.13, 0.12, 0.07, 0.02]
    cen = [(0.06, y, 0.012) for y in ys]
    parts.append(loft(cen, [(r, 0, 0) for r in rx], [(0, 0, r + 0.008) for r in rz[:5]],
                      ellipse(1, 1, 16), "card-red"))  # fmt: skip
    # the head: hair to the shoulders, the face, the beard
    hair = ((0.0, 0.44, 0.008), (0.072, 0.1, 0.03))
    parts.append(sphere(1.0, at(*hair[0]) @ scl(*hair[1]), "soil"))
    fc, fr = (0.0, 0.452, 0.02), (0.044, 0.058, 0.026)
    parts.append(sphere(1.0, at(*fc) @ scl(*fr), "pencil-wood"))
    parts.append(sphere(1.0, at(0, 0.385, 0.026) @ scl(0.04, 0.05, 0.02), "soil"))
    parts.append(_painted(np.eye(4), fc, fr, [(-0.018, 0.462), (0.018, 0.462)], 0.007, "marking"))
    for sx in (-1, 1):  # the brows
        bp, _ = _face_point(sx * 0.019, 0.475, fc, fr)
        parts.append(box(0.022, 0.004, 0.006, at(*bp) @ rot("z", -sx * 12), "marking"))
    np_, _ = _face_point(0.0, 0.44, fc, fr)
    parts.append(box(0.005, 0.026, 0.006, at(*np_), "cork"))  # the nose
    mp, _ = _face_point(0.0, 0.41, fc, fr)
    parts.append(sphere(1.0, at(*mp) @ scl(0.011, 0.005, 0.005), "card-red"))
    # the gospel book at the chest
    bk = at(0.06, 0.11, 0.045) @ rot("z", 10)
    parts.append(box(0.1, 0.13, 0.022, bk, 1))
    parts.append(box(0.012, 0.08, 0.004, bk @ at(0, 0.025, 0.012), "card-red"))
    parts.append(box(0.055, 0.012, 0.004, bk @ at(0, 0.075, 0.012), "card-red"))
    lean = at(0, 0.006, 0.04) @ rot("x", -12 + float(rng.uniform(-2, 2)))
    parts = scaled(parts, lean)
    prop = pt(lean, 0, 0.48, -0.035)
    parts.append(stick(prop, (0.0, 0.014, -0.3), 0.014, 0))
    parts.append(box(0.06, 0.05, 0.025, at(*prop) @ at(0, -0.03, -0.01), 0))
    return parts


MORE_APPLIANCES_ZZZZB = {
    1217: _church, 1218: _samovar, 1219: _matryoshka, 1220: _balalaika, 1221: _ushanka,
    1222: _stove, 1223: _duga, 1224: _icon,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
