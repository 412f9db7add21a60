"""More of the device family's appliances, from 806: a potato, a salad, a tulip, a crossbow, a
tomato, a pair of overalls.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ._geometry import Part, Slot, Sweep, align, at, cross, rot, scl, segs
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZW"]

Rng = np.random.Generator

_GREEN = "land"
"""The plain green of stems, leaves and sepals."""


def _ccw(shape: np.ndarray) -> np.ndarray:
    """The outline wound counter-clockwise (as the primitives' circles are)."""
    x, y = shape[:, 0], shape[:, 1]
    area = np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y)
    return shape if area > 0 else shape[::-1].copy()


def _crescent(bend: float = 1.2, thick: float = 0.12, n: int = 9) -> np.ndarray:
    """A thin curved cross-section about 2 wide, its edges bent toward -v by ``bend`` radians
    (a cupped petal or leaf): a flat strip when bend is small."""
    s = np.linspace(-1, 1, n)
    b = max(bend, 1e-3)
    u = np.sin(s * b) / np.sin(b)
    v = (np.cos(s * b) - 1) / np.sin(b)
    outer = np.stack([u, v], 1)
    inner = np.stack([u * (1 - thick), v - thick], 1)[::-1]
    shape = np.concatenate([outer, inner])
    shape -= shape.mean(0)
    return _ccw(shape)


_STRAP = _ccw(np.array([[-1.0, -0.12], [1.0, -0.12], [1.0, 0.12], [-1.0, 0.12]]))
"""A flat strap's cross-section: wide across, thin through."""

_BAR = _ccw(np.array([[-0.5, -1.0], [0.5, -1.0], [0.5, 1.0], [-0.5, 1.0]]))
"""A crossbow prod's cross-section: a flat bar standing on its edge (v is its height)."""


def _ribbon(
    points: Sequence[Sequence[float]],
    faces: Sequence[Sequence[float]],
    radii: Sequence[float],
    shape: np.ndarray,
    slot: Slot = 0,
    m: np.ndarray | None = None,
) -> Part:
    """A strip along a smooth curve through ``points``, its cross-section's v axis turned toward
    ``faces`` (where its face looks, one per point) and scaled by ``radii``, placed by m; ends
    of radius 0 come to a point, others are capped flat."""
    p, f = np.asarray(points, float), np.asarray(faces, float)
    r = np.asarray(radii, float)

    def gen(k: float) -> Sweep:
        n = segs(k, 4 * len(p), len(p))
        c = catmull_rom(p, n)
        up = catmull_rom(f, n)
        rr = np.interp(np.linspace(0, 1, n), np.linspace(0, 1, len(r)), r)
        t = np.gradient(c, axis=0)
        t /= np.linalg.norm(t, axis=1, keepdims=True)
        u = cross(up, t)
        u /= np.maximum(np.linalg.norm(u, axis=1, keepdims=True), 1e-9)
        v = cross(t, u)
        if rr[0] > 1e-9:
            c, u, v, rr = (np.concatenate([a[:1], a]) for a in (c, u, v, rr))
            rr[0] = 0.0
        if rr[-1] > 1e-9:
            c, u, v, rr = (np.concatenate([a, a[-1:]]) for a in (c, u, v, rr))
            rr[-1] = 0.0
        return Sweep(c, u, v, rr, shape)

    return Part(gen, np.eye(4) if m is None else m, slot)


# ---- 806 a potato ----------------------------------------------------------------------------


def _bump(t, phase) -> np.ndarray:
    """A potato's lumpiness round its girth, by the angle t."""
    return 1 + 0.05 * np.sin(2 * t + phase[0]) + 0.04 * np.sin(3 * t + phase[1])


def _lumps(phase, n: int, flat: float, half: bool = False) -> np.ndarray:
    """A potato's cross-section: a slightly flattened, gently lumpy oval (u is down once laid);
    ``half`` keeps only its lower half, cut flat along u = 0."""
    lo, hi = (-np.pi / 2, np.pi / 2) if half else (0.0, 2 * np.pi)
    t = np.linspace(lo, hi, n, endpoint=half)
    r = _bump(t, phase)
    shape = np.stack([flat * r * np.cos(t), r * np.sin(t)], 1)
    if half:
        edge = np.linspace(r[-1], -r[0], 6)[1:-1]
        shape = np.concatenate([shape, np.stack([np.zeros(4), edge], 1)])
    return _ccw(shape)


def _tuber(rng: Rng, length: float, width: float) -> list[tuple[float, float]]:
    """A potato's lengthwise profile (radius, along), lumpy and a little uneven."""
    base = [(0.0, 0.0), (0.55, 0.02), (0.85, 0.12), (1.0, 0.3), (0.93, 0.5), (0.98, 0.68),
            (0.8, 0.86), (0.42, 0.97), (0.0, 1.0)]  # fmt: skip
    out = []
    for r, a in base:
        j = 1.0 + (float(rng.uniform(-0.06, 0.06)) if 0 < r < 1 else 0.0)
        out.append((r * width * j, a * length))
    return out


def _sole(prof, phase, flat: float) -> float:
    """How far a laid potato's skin reaches below its axis (where it rests on the ground)."""
    t = np.linspace(-0.7, 0.7, 15)
    return flat * max(r for r, _ in prof) * float(np.max(np.cos(t) * _bump(t, phase)))


def _on_tuber(m, prof, phase, along: float, t: float, flat: float):
    """A point on a laid potato's skin (lathe matrix m) and its outward direction: ``along``
    0..1 of its length, t the angle round it (0 down, pi up)."""
    ys = [a for _, a in prof]
    rs = [r for r, _ in prof]
    y = along * ys[-1]
    r = float(np.interp(y, ys, rs)) * float(_bump(t, phase))
    local = np.array([flat * r * np.cos(t), y, -r * np.sin(t), 1.0])
    normal = np.array([np.cos(t) / flat, 0.0, -np.sin(t), 0.0])
    p, d = m @ local, m @ normal
    return p[:3], d[:3] / np.linalg.norm(d[:3])


def _potato(rng: Rng) -> list[Part]:
    """A potato lying on the ground: a lumpy, slightly flattened brown oval with a few dark
    dimpled eyes, two of them sprouting tiny pale shoots; beside it a second potato cut in half
    lengthwise, lying cut face up to show its pale flesh rimmed by the skin."""
    flat, w, length = 0.8, 0.3, 1.0
    prof = _tuber(rng, length, w)
    phase = rng.uniform(0, 2 * np.pi, 2)
    m = at(-0.1, _sole(prof, phase, flat) - 0.01, -0.2) @ rot("y", float(rng.uniform(-12, -4)))
    m = m @ at(-length / 2, 0.0, 0.0) @ rot("z", -90)
    parts = [lathe(prof, m, 0, "body", shape=_lumps(phase, 22, flat))]
    eyes = [(0.12, 2.7), (0.33, 3.5), (0.55, 2.4), (0.8, 3.1), (0.45, 4.1), (0.93, 2.2),
            (0.68, 3.9)]  # fmt: skip
    for k, (a, t) in enumerate(eyes):
        p, d = _on_tuber(m, prof, phase, a, t + float(rng.uniform(-0.15, 0.15)), flat)
        parts.append(sphere(1.0, at(*p) @ align(d) @ scl(0.032, 0.006, 0.024), "soil"))
        parts.append(torus(0.03, 0.005, at(*p) @ align(d) @ scl(1.0, 1.0, 0.75), "soil"))
        if k in (1, 4):  # tiny shoots
            tip = p + d * 0.06 + np.array([0.015, 0.02, 0.0])
            parts.append(tube([p, p + d * 0.03, tip], [0.012, 0.009, 0.006], None, "seed"))
            parts.append(sphere(0.01, at(*tip), "seed"))
    # the cut half
    flat2, w2, l2 = 0.82, 0.25, 0.8
    prof2 = _tuber(rng, l2, w2)
    phase2 = rng.uniform(0, 2 * np.pi, 2)
    yc = _sole(prof2, phase2, flat2) - 0.008
    h = at(0.05, yc, 0.32) @ rot("y", float(rng.uniform(8, 16))) @ at(-l2 / 2, 0, 0)
    half = _lumps(phase2, 22, flat2, half=True)
    parts.append(lathe(prof2, h @ rot("z", -90), 0, shape=half))
    rim = [(a, r * 0.93) for r, a in prof2[1:-1]]
    outline = [(prof2[0][1] + 0.015, 0.0), *rim, (prof2[-1][1] - 0.015, 0.0)]
    outline += [(a, -r) for a, r in rim[::-1]]
    parts.append(slab(outline, 0.006, h @ at(0, 0.002, 0) @ rot("x", -90), 1))
    return parts


# ---- 807 a salad -----------------------------------------------------------------------------


def _ruffled(length: float, width: float, phase: float):
    """A torn lettuce leaf's outline: a rounded oval with a crinkled, wavy edge."""

    def outline(n: int) -> np.ndarray:
        m = max(n, 30)
        t = np.arange(m) * (2 * np.pi / m)
        r = 1 + 0.1 * np.sin(9 * t + phase) + 0.05 * np.sin(17 * t + 2 * phase)
        return np.stack([width / 2 * r * np.cos(t), length / 2 * r * np.sin(t)], 1)

    return outline


def _lettuce(m, size: float, slot: Slot, phase: float) -> list[Part]:
    """A torn lettuce leaf folded along its midrib (two crinkled halves), lying in m's xz plane."""
    out = []
    for s in (-1, 1):
        half = m @ rot("z", s * 28) @ at(s * size * 0.2, 0, 0)
        out.append(slab(_ruffled(size, size * 0.5, phase + s), 0.012, half @ rot("x", -90), slot))
    return out


def _heap(x: float, z: float) -> float:
    """The height of the salad's heap of leaves over the point (x, z)."""
    return 0.17 + 0.24 * max(0.0, 1 - (x * x + z * z) / 0.16)


def _salad(rng: Rng) -> list[Part]:
    """A salad in a wide shallow bowl: a heap of torn, crinkled green lettuce leaves with cherry
    tomato halves, pale green cucumber slices with dark rims and a few red onion rings on top,
    a fork resting on the rim."""
    bowl = [(0.0, 0.0), (0.22, 0.0), (0.24, 0.03), (0.4, 0.1), (0.5, 0.2), (0.52, 0.22),
            (0.5, 0.225), (0.46, 0.19), (0.36, 0.11), (0.0, 0.07)]  # fmt: skip
    parts = [lathe(bowl, None, 1, "body")]
    leaves = 15
    for k in range(leaves):  # the heap of leaves
        a = k * 2.39996 + float(rng.uniform(-0.2, 0.2))
        rho = 0.37 * np.sqrt((k + 0.5) / leaves)
        x, z = rho * np.cos(a), rho * np.sin(a)
        tilt = 70 * rho / 0.37 + float(rng.uniform(-8, 8))
        m = at(x, _heap(x, z) - 0.015, z) @ rot("y", float(np.degrees(np.arctan2(x, z))))
        m = m @ rot("x", tilt) @ rot("y", float(rng.uniform(0, 360)))
        size = 0.23 + float(rng.uniform(0, 0.05))
        parts += _lettuce(m, size, "vine", float(rng.uniform(0, 6)))
    for k in range(8):  # leaves tucked round the rim, their edges curling up over it
        a = 2 * np.pi * k / 8 + float(rng.uniform(-0.15, 0.15))
        m = at(0.36 * np.cos(a), 0.15, 0.36 * np.sin(a)) @ rot("y", 90 - float(np.degrees(a)))
        m = m @ rot("x", -38 + float(rng.uniform(-6, 6))) @ rot("y", float(rng.uniform(-30, 30)))
        parts += _lettuce(m, 0.2, "vine", float(rng.uniform(0, 6)))
    tops = [(0.04, 0.1), (-0.16, 0.14), (0.2, -0.02), (-0.02, -0.18), (0.12, 0.27),
            (-0.26, -0.04), (0.28, 0.16), (0.0, -0.0), (-0.1, 0.32)]  # fmt: skip
    for k, (x, z) in enumerate(tops):
        x, z = x + float(rng.uniform(-0.02, 0.02)), z + float(rng.uniform(-0.02, 0.02))
        rho = np.hypot(x, z)
        base = at(x, _heap(x, z) + 0.03, z) @ rot("y", float(np.degrees(np.arctan2(x, z))))
        base = base @ rot("x", 40 * rho / 0.3)
        if k % 3 == 0:  # a cherry tomato half, cut face up and tipped to the viewer
            t = base @ rot("x", 25) @ rot("z", float(rng.uniform(-20, 20)))
            half = [(0.0, -0.065), (0.045, -0.057), (0.064, -0.027), (0.066, 0.0), (0.0, 0.0)]
            parts.append(lathe(half, t, "card-red"))
            parts.append(cylinder(0.054, 0.054, 0.004, t, "eraser"))
            parts.append(cylinder(0.018, 0.018, 0.006, t, "card-red"))
        elif k % 3 == 1:  # a cucumber slice
            c = base @ rot("z", float(rng.uniform(-15, 15)))
            parts.append(cylinder(0.064, 0.064, 0.016, c, "fruit-green"))
            parts.append(torus(0.064, 0.009, c @ at(0, 0.008, 0), "vine"))
            parts.append(cylinder(0.026, 0.026, 0.018, c, "seed"))
        else:  # a red onion ring
            o = base @ rot("x", float(rng.uniform(-10, 10)))
            parts.append(torus(0.06, 0.007, o, "eraser"))
            parts.append(torus(0.042, 0.006, o @ at(0.012, 0.006, 0), "eraser"))
    fork = at(0.6, 0.215, 0.49) @ rot("y", 51) @ rot("x", 14) @ scl(1.3)
    parts += _fork(fork)
    return parts


def _fork(m) -> list[Part]:
    """A table fork lying along -z from m's origin (the handle's end) to its tines."""
    parts = [tube([(0, 0, 0), (0, 0.006, -0.16), (0, 0.0, -0.26)], [0.012, 0.008, 0.005], m, 0)]
    parts.append(box(0.055, 0.006, 0.05, m @ at(0, -0.004, -0.29), 0))
    for j in range(4):
        x = -0.0225 + 0.015 * j
        parts.append(tube([(x, -0.001, -0.31), (x, -0.012, -0.39)], 0.0035, m, 0))
    return parts


# ---- 808 a tulip -----------------------------------------------------------------------------


def _tulip(rng: Rng) -> list[Part]:
    """A single tulip: a tall smooth green stem, two long broad strap leaves arching up and out
    from its base, and on top a closed egg-shaped cup of six upright pointed petals, three outer
    ones overlapping three inner."""
    top = 0.56
    lean = float(rng.uniform(-0.02, 0.02))
    cup = at(lean, top, 0.0)
    core = [(0.0, 0.0), (0.06, 0.03), (0.085, 0.11), (0.075, 0.19), (0.03, 0.23), (0.0, 0.24)]
    parts = [lathe(core, cup, 0, "body")]
    rib = [(0.02, 0.0), (0.078, 0.04), (0.104, 0.12), (0.097, 0.2), (0.068, 0.27), (0.05, 0.32)]
    wid = [0.02, 0.07, 0.095, 0.085, 0.045, 0.0]
    spin = float(rng.uniform(0, 60))
    for k in range(6):
        a = np.radians(spin + 60 * k)
        inner = k % 2 == 1
        s = 0.9 if inner else 1.0
        ca, sa = np.cos(a), np.sin(a)
        pts = [(lean + rho * s * ca, top + y * (1.04 if inner else 1.0), rho * s * sa)
               for rho, y in rib]  # fmt: skip
        faces = [(ca, 0.2, sa)] * len(rib)
        parts.append(_ribbon(pts, faces, [w * s for w in wid], _crescent(1.15, 0.1), 0))
    stem = [(0.0, 0.0, 0.0), (0.01, 0.2, 0.0), (0.005 + lean / 2, 0.42, 0.0), (lean, top + 0.02, 0)]
    parts.append(tube(stem, [0.014, 0.013, 0.012, 0.02], None, _GREEN))
    for k, a0 in enumerate((-15.0, 165.0)):  # the two strap leaves
        a = np.radians(a0 + float(rng.uniform(-15, 15)))
        ca, sa = np.cos(a), np.sin(a)
        reach = [(0.0, 0.01), (0.035, 0.12), (0.08, 0.25), (0.15, 0.36), (0.23, 0.42),
                 (0.3, 0.42), (0.35, 0.37)]  # fmt: skip
        if k:
            reach = [(r * 0.9, y * 0.8) for r, y in reach]
        pts = [(r * ca, y, r * sa) for r, y in reach]
        faces = []
        for j in range(len(reach)):  # each point's face: across the leaf's curve, outward
            dr = reach[min(j + 1, len(reach) - 1)][0] - reach[max(j - 1, 0)][0]
            dy = reach[min(j + 1, len(reach) - 1)][1] - reach[max(j - 1, 0)][1]
            faces.append((dy * ca, -dr, dy * sa))
        wid = [0.03, 0.05, 0.056, 0.052, 0.042, 0.026, 0.0]
        parts.append(_ribbon(pts, faces, wid, _crescent(0.7, 0.1), _GREEN))
    return parts


# ---- 809 a crossbow --------------------------------------------------------------------------


def _crossbow(rng: Rng) -> list[Part]:
    """A crossbow lying on the ground, tilted toward the viewer: a wooden rifle-like stock, a
    short steel bow (the prod) across its front, its taut string drawn back to the nut, a
    stirrup loop at the very front, a trigger under the stock and a bolt in the groove on top."""
    yaw = float(rng.uniform(-4, 4))
    m = at(0.0, 0.16, 0.0) @ rot("y", 62 + yaw) @ rot("z", 3) @ rot("x", 22)  # x: its front
    parts = [box(0.74, 0.05, 0.055, m @ at(0.13, -0.02, 0), 0, "body")]  # the tiller
    butt = [(-0.5, -0.13), (-0.5, 0.035), (-0.3, 0.03), (-0.2, 0.0), (-0.2, -0.04),
            (-0.32, -0.06)]  # fmt: skip
    parts.append(slab(butt, 0.07, m, 0))
    grip = [(-0.26, -0.02, 0), (-0.23, -0.09, 0), (-0.2, -0.1, 0)]
    parts.append(tube(grip, [0.022, 0.02, 0.018], m, 0))
    parts.append(box(0.6, 0.006, 0.012, m @ at(0.19, 0.03, 0), "marking"))  # the groove
    x0, span = 0.42, 0.38  # the prod: a flat steel bow, its tips bent back
    arc = [(x0 - 0.07, 0, -span), (x0 - 0.01, 0, -0.2), (x0, 0, 0), (x0 - 0.01, 0, 0.2),
           (x0 - 0.07, 0, span)]  # fmt: skip
    parts.append(_ribbon(arc, [(0, 1, 0)] * 5, [0.014, 0.021, 0.024, 0.021, 0.014], _BAR, 1, m))
    nut = (-0.12, 0.035)
    parts.append(cylinder(0.016, 0.016, 0.05, m @ at(nut[0], 0.005, -0.025) @ rot("x", 90), 1))
    for s in (-1, 1):  # the taut string
        parts.append(tube([(x0 - 0.07, 0, s * span), (*nut, s * 0.01)], 0.005, m, "marking"))
    parts.append(torus(0.06, 0.009, m @ at(0.55, 0.0, 0.0) @ scl(1.0, 1.0, 0.8), 1))  # stirrup
    trigger = [(-0.1, -0.02, 0), (-0.11, -0.07, 0), (-0.14, -0.12, 0)]
    parts.append(tube(trigger, [0.008, 0.007, 0.006], m, 1))
    b0, b1 = (-0.11, 0.045, 0.0), (0.5, 0.045, 0.0)  # the bolt in the groove
    parts.append(tube([b0, b1], 0.008, m, 0))
    parts.append(cylinder(0.013, 0.0, 0.05, m @ at(*b1) @ rot("z", -90), 1))
    for ang in (0, 90, -90):  # its vanes
        vane = [(-0.1, 0.0), (-0.04, 0.0), (-0.075, 0.024)]
        parts.append(slab(vane, 0.003, m @ at(0.0, 0.045, 0.0) @ rot("x", ang), "card-red"))
    return parts


# ---- 810 a tomato ----------------------------------------------------------------------------


def _ribbed(n: int, lobes: int, depth: float):
    """A tomato's cross-section: a circle with shallow rounded lobes."""
    t = np.arange(n) * (2 * np.pi / n)
    r = 1 + depth * np.cos(lobes * t) + 0.3 * depth * np.cos((lobes + 2) * t + 1.0)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


_TOMATO = [(0.0, 0.03), (0.2, 0.0), (0.33, 0.07), (0.36, 0.2), (0.33, 0.35), (0.22, 0.45),
           (0.08, 0.47), (0.0, 0.45)]  # fmt: skip
"""A tomato's profile (radius, height): round, a little flattened, dimpled on top."""


def _calyx(c, s: float, spin: float) -> list[Part]:
    """A tomato's green star of five pointed sepals spreading over its top and shoulders, with
    a short stem, for the tomato of ``_TOMATO`` scaled by s standing at c."""
    top = _TOMATO[3:]
    rs, ys = [r * s for r, _ in top][::-1], [y * s for _, y in top][::-1]
    parts = []
    for k in range(5):
        a = spin + 2 * np.pi * k / 5
        ca, sa = np.cos(a), np.sin(a)
        reach = [0.0, 0.06 * s, 0.14 * s, 0.21 * s, 0.26 * s]
        pts = [(c[0] + d * ca, c[1] + float(np.interp(d, rs, ys)) + 0.02 * s, c[2] + d * sa)
               for d in reach]  # fmt: skip
        faces = [(0.2 * ca, 1.0, 0.2 * sa), (0.3 * ca, 1.0, 0.3 * sa), (0.5 * ca, 1.0, 0.5 * sa),
                 (ca, 1.0, sa), (ca, 0.5, sa)]  # fmt: skip
        parts.append(_ribbon(pts, faces, [0.02 * s, 0.035 * s, 0.035 * s, 0.02 * s, 0.0],
                             _crescent(-0.4, 0.25), _GREEN))  # fmt: skip
    parts.append(cylinder(0.02 * s, 0.015 * s, 0.1 * s, at(c[0], c[1] + 0.44 * s, c[2])
                          @ rot("z", 10), _GREEN))  # fmt: skip
    return parts


def _tomato(rng: Rng) -> list[Part]:
    """A tomato: a round red fruit, slightly flattened with shallow lobes and a dimpled top,
    a green star-shaped calyx of five pointed sepals and a short stem on top; beside it a
    smaller tomato still on a length of green vine."""
    shape = _ribbed(40, 6, 0.035)
    parts = [lathe(_TOMATO, at(-0.15, 0, 0), 0, "body", shape=shape)]
    parts += _calyx((-0.15, 0.0, 0.0), 1.0, float(rng.uniform(0, 1)))
    s = 0.58
    c = (0.38, 0.0, 0.3)
    parts.append(lathe([(a * s, b * s) for a, b in _TOMATO], at(*c), 0, shape=shape))
    parts += _calyx(c, s, float(rng.uniform(0, 1)))
    y = 0.5 * s
    vine = [(c[0], y, c[2]), (0.42, y + 0.1, 0.22), (0.5, y + 0.08, 0.0), (0.6, 0.03, -0.25)]
    parts.append(tube(vine, [0.012, 0.014, 0.015, 0.015], None, _GREEN))
    parts.append(tube([(0.5, y + 0.08, 0.0), (0.53, y + 0.16, 0.06), (0.58, y + 0.2, 0.05)],
                      [0.011, 0.009, 0.007], None, _GREEN))  # fmt: skip
    return parts


# ---- 811 overalls ----------------------------------------------------------------------------


def _stitched(w: float, h: float, m) -> list[Part]:
    """Yellow stitching round a w × h patch (a pocket) in m's xy plane, standing on m's origin."""
    y = "cloth-yellow"
    return [box(w, 0.005, 0.005, m @ at(0, h - 0.012, 0), y),
            box(w, 0.005, 0.005, m @ at(0, 0.008, 0), y),
            box(0.005, h, 0.005, m @ at(-w / 2 + 0.008, 0, 0), y),
            box(0.005, h, 0.005, m @ at(w / 2 - 0.008, 0, 0), y)]  # fmt: skip


def _overalls(rng: Rng) -> list[Part]:
    """Denim dungarees standing as if worn by an invisible body: two trouser legs with rolled-up
    cuffs, a bib front with a square chest pocket, two shoulder straps over the top fastened by
    metal buckles, metal buttons at the sides, yellow stitching along the seams."""
    t = np.arange(24) * (np.pi / 12)
    ell = np.stack([np.cos(t), 0.7 * np.sin(t)], 1)
    hip = [(0.0, 0.6), (0.15, 0.63), (0.2, 0.74), (0.212, 0.88), (0.2, 0.99), (0.197, 1.06),
           (0.0, 1.06)]  # fmt: skip
    parts = [lathe(hip, None, 0, "body", shape=ell)]
    parts.append(torus(0.197, 0.016, at(0, 1.05, 0) @ scl(1.0, 1.0, 0.7), 0))  # the waistband
    parts.append(cylinder(0.19, 0.19, 0.004, at(0, 1.06, 0) @ scl(1.0, 1.0, 0.68),
                          "cloth-dark"))  # the empty inside # fmt: skip
    for s in (-1, 1):  # the legs
        x = s * 0.105
        leg = [(x + s * 0.012, 0.1, 0.0), (x + s * 0.006, 0.4, 0.0), (x, 0.72, 0.0)]
        parts.append(tube(leg, [0.085, 0.09, 0.1], None, 0))
        cuff = [(0.0, 0.0), (0.098, 0.0), (0.104, 0.02), (0.104, 0.09), (0.098, 0.11),
                (0.0, 0.11)]  # fmt: skip
        parts.append(lathe(cuff, at(x + s * 0.012, 0.0, 0.0), 0))  # the rolled-up cuff
        parts.append(torus(0.1, 0.006, at(x + s * 0.012, 0.055, 0.0), "cloth-yellow"))
        seam = [(x + s * 0.095, 0.12, 0.0), (x + s * 0.094, 0.45, 0.0), (x + s * 0.1, 0.72, 0)]
        parts.append(tube(seam, 0.004, None, "cloth-yellow"))
        parts.append(cylinder(0.016, 0.016, 0.012, at(s * 0.2, 0.96, 0.0) @ rot("z", -s * 90),
                              "steel"))  # the side buttons # fmt: skip
    zf = 0.14
    fly = [(0.03, 1.0, zf + 0.005), (0.03, 0.8, zf + 0.012), (0.0, 0.72, zf + 0.006)]
    parts.append(tube(fly, 0.004, None, "cloth-yellow"))
    bib = at(0, 1.03, zf - 0.005) @ rot("x", -4)
    parts.append(box(0.29, 0.3, 0.022, bib, 0))  # the bib
    pocket = bib @ at(0, 0.09, 0.016)
    parts.append(box(0.15, 0.14, 0.012, pocket, 0))  # its square chest pocket
    parts += _stitched(0.15, 0.14, pocket @ at(0, 0, 0.007))
    parts += _stitched(0.29, 0.3, bib @ at(0, 0, 0.012))
    parts.append(box(0.26, 0.19, 0.022, at(0, 1.03, -zf + 0.01), 0))  # the back panel
    for s in (-1, 1):  # the straps and their buckles
        x = s * 0.11
        strap = [(x, 1.3, zf + 0.01), (x + s * 0.01, 1.42, 0.08), (x + s * 0.02, 1.47, 0.0),
                 (x, 1.42, -0.08), (s * 0.02, 1.26, -zf + 0.005),
                 (-s * 0.09, 1.17, -zf + 0.01)]  # fmt: skip
        faces = [(0, 0, 1), (0, 0.7, 0.7), (0, 1, 0), (0, 0.7, -0.7), (0, 0, -1), (0, 0, -1)]
        parts.append(_ribbon(strap, faces, [0.03] * 6, _STRAP, 0))
        buckle = bib @ at(x, 0.23, 0.02)
        parts.append(box(0.075, 0.065, 0.01, buckle, "steel"))
        parts.append(box(0.05, 0.025, 0.012, buckle @ at(0, 0.024, 0.0), "marking"))
        parts.append(cylinder(0.014, 0.014, 0.012, bib @ at(x, 0.2, 0.012) @ rot("x", 90),
                              "steel"))  # fmt: skip
    return parts


MORE_APPLIANCES_ZW = {
    806: _potato, 807: _salad, 808: _tulip, 809: _crossbow, 810: _tomato, 811: _overalls,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
