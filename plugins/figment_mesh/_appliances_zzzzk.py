"""More of the device family's appliances, from 1289: a hopper, a closet, a flower bud, a
salmon, a tin of sardines, the planet Mars, a beer stein and an open drawer.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, Sweep, at, rot, scl
from ._kit import (
    FLAT_UP,
    band,
    bead,
    ccw,
    flat_solid,
    leaf_blade,
    lobed,
    loft,
    rect_ring,
    rrect,
    skin_strip,
    square_bar,
    studs,
    superellipse,
    swept,
)
from ._primitives import HEXAGON, box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZK"]

Rng = np.random.Generator

_SQ = np.array([(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0)])
"""A square cross-section (half side 1) for the hopper's shell."""


def _ring(n: int) -> np.ndarray:
    """n points round the unit circle: a smooth lathe's cross-section."""
    t = np.arange(n) * (2 * np.pi / n)
    return np.stack([np.cos(t), np.sin(t)], 1)


def _square_shell(rings, m: np.ndarray, slot, tag: str = "") -> Part:
    """A hollow square shell about y under m (a funnel's walls): a square section swept round
    the closed loop of (half width, height) rings."""
    r = np.asarray(rings, float)
    c = np.zeros((len(r), 3))
    c[:, 1] = r[:, 1]
    u = np.tile([1.0, 0.0, 0.0], (len(r), 1))
    v = np.tile([0.0, 0.0, -1.0], (len(r), 1))
    sweep = Sweep(c, u, v, r[:, 0], _SQ, closed=True)
    return swept(lambda k: sweep, slot, tag).moved(m)


# ---- 1289 hopper ------------------------------------------------------------------------------


def _bucket(m: np.ndarray, r: float, h: float, slot) -> list[Part]:
    """A pail at m: a tapering open bucket with a rolled rim and a wire bail handle."""
    prof = [(0.0, 0.0), (r * 0.75, 0.0), (r, h), (r * 1.04, h), (r * 1.04, h * 0.97),
            (r * 0.96, h * 0.97), (r * 0.71, 0.03), (0.0, 0.03)]  # fmt: skip
    parts = [lathe(prof, m, slot, shape=_ring(24))]
    parts.append(torus(r * 1.03, 0.008, m @ at(0, h, 0), slot))
    parts.append(torus(r * 0.83 + 0.004, 0.005, m @ at(0, h * 0.15, 0), slot))
    bail = [(-r * 1.04, h * 0.85, 0), (-r * 0.9, h * 1.35, 0.0), (0.0, h * 1.6, 0.0),
            (r * 0.9, h * 1.35, 0.0), (r * 1.04, h * 0.85, 0)]  # fmt: skip
    parts.append(tube([tuple((m @ np.array([*p, 1.0]))[:3]) for p in bail], 0.006, None, "steel"))
    return parts


def _hopper(rng: Rng) -> list[Part]:
    """A feed hopper on a stand: a big open square bin whose four steep sloping sides narrow
    from a wide top opening, rimmed with angle iron, to a small square outlet and a short chute
    with a slide gate; four splayed legs (the second material) tied by rails and X braces; a
    heap of golden grain mounded in the top and a pail under the spout catching a trickle."""
    top, bot, y0, y1, t = 0.42, 0.07, 0.72, 1.25, 0.012
    shell = [(bot, y0), (bot + t, y0), (top + t, y1), (top, y1)]
    parts = [_square_shell(shell, at(0, 0, 0), 0, "body")]
    parts.append(rect_ring(2 * top + 0.08, 2 * top + 0.08, 0.05, 0.04, at(0, y1 - 0.02, 0), 1))
    for s in (-1, 1):  # seams down the shell's corners
        for q in (-1, 1):
            a, b = (s * (bot + t), y0, q * (bot + t)), (s * (top + t), y1, q * (top + t))
            parts.append(stick(a, b, 0.008, 0))
    parts.append(box(2 * bot + 0.03, 0.03, 2 * bot + 0.03, at(0, y0 - 0.03, 0), 1))  # outlet flange
    parts.append(box(2 * bot, 0.2, 2 * bot, at(0, y0 - 0.22, 0), 0))  # the chute
    parts.append(box(2 * bot + 0.1, 0.012, 2 * bot - 0.02, at(0.04, y0 - 0.1, 0), "steel"))
    parts.append(stick((0.2, y0 - 0.094, 0.0), (0.25, y0 - 0.094, 0.0), 0.012, 1))  # gate handle
    leg = top + 0.04
    for s in (-1, 1):  # the legs
        for q in (-1, 1):
            parts.append(square_bar((s * (leg + 0.06), 0.0, q * (leg + 0.06)),
                                    (s * leg, y1 + 0.02, q * leg), 0.05, 0.05, 1))  # fmt: skip
    lo, hi = 0.18, 0.62
    for s in (-1, 1):  # the rails and braces on each side
        spread = leg + 0.06 * (1 - lo / (y1 + 0.02))
        sh = leg + 0.06 * (1 - hi / (y1 + 0.02))
        for y, e in ((lo, spread), (hi, sh)):
            parts.append(square_bar((s * e, y, -e), (s * e, y, e), 0.035, 0.02, 1))
            parts.append(square_bar((-e, y, s * e), (e, y, s * e), 0.02, 0.035, 1))
        for q in (-1, 1):  # X braces on the sides and the back, none across the front
            parts.append(square_bar((s * spread, lo, -q * spread), (s * sh, hi, q * sh), 0.025,
                                    0.012, 1))  # fmt: skip
        parts.append(square_bar((-s * spread, lo, -spread), (s * sh, hi, -sh), 0.012, 0.025, 1))
    fill = [(0.0, 0.76), (0.05, 0.78), (0.2, 0.98), (0.39, y1 - 0.035), (0.0, y1 - 0.03)]
    parts.append(lathe(fill, None, "cloth-yellow", shape=superellipse(1, 1, 8, 24)))
    peak = float(rng.uniform(-0.04, 0.04))
    heap = [(0.0, y1 - 0.04), (0.34, y1 - 0.035), (0.26, y1 + 0.03), (0.14, y1 + 0.11),
            (0.04, y1 + 0.16), (0.0, y1 + 0.17)]  # fmt: skip
    parts.append(lathe(heap, at(peak, 0, 0), "cloth-yellow", shape=_ring(24)))
    pts, nrm = [], []
    for k in range(70):  # loose grains on the heap
        a = k * 2.39996
        rr = 0.33 * np.sqrt((k + 0.5) / 70)
        y = float(np.interp(rr, [0.0, 0.04, 0.14, 0.26, 0.34], [0.17, 0.16, 0.11, 0.03, -0.035]))
        y += y1 - 0.003
        p = np.array([peak + rr * np.cos(a), y, rr * np.sin(a)])
        pts.append(p)
        nrm.append([np.cos(a) * 0.4, 1.0, np.sin(a) * 0.4])
    parts.append(studs(pts, nrm, 0.012, 0.01, "cloth-yellow", sides=5))
    parts += _bucket(at(0.0, 0.0, 0.0), 0.14, 0.3, "steel")
    parts.append(lathe([(0.0, 0.25), (0.12, 0.26), (0.06, 0.3), (0.0, 0.31)], None, "cloth-yellow"))
    parts.append(cylinder(0.025, 0.012, y0 - 0.22 - 0.29, at(0, 0.29, 0), "cloth-yellow"))
    return parts


# ---- 1290 closet ------------------------------------------------------------------------------

_SHIRT = [(-0.05, 0.0), (0.05, 0.0), (0.19, -0.05), (0.22, -0.12), (0.21, -0.66), (0.2, -0.7),
          (-0.2, -0.7), (-0.21, -0.66), (-0.22, -0.12), (-0.19, -0.05)]  # fmt: skip
"""A shirt's outline hanging from its hanger's hook (y = 0 at the collar), sleeves alongside."""


def _garment(x: float, y: float, z: float, long: float, thick: float, slot) -> list[Part]:
    """A garment on a hanger hooked over a rail at (x, y, z) running along x: the cloth hanging
    in the yz plane, ``long`` times a shirt's length, a collar, and the wire hanger."""
    m = at(x, y - 0.05, z) @ rot("y", 90)
    out = [(px, py * long if py < -0.2 else py) for px, py in _SHIRT]
    parts = [slab(sharp(out), thick, m, slot)]
    parts.append(slab(sharp([(-0.06, 0.0), (0.06, 0.0), (0.0, -0.08)]), thick + 0.01, m,
                      "snow" if slot != "snow" else "cloth-dark"))  # the collar # fmt: skip
    wire = [(-0.2, -0.045), (0.0, 0.01), (0.2, -0.045)]
    for a, b in pairwise(wire):
        parts.append(stick((x, y - 0.05 + a[1], z + a[0]), (x, y - 0.05 + b[1], z + b[0]), 0.005,
                           "steel"))  # fmt: skip
    hook = [(x, y - 0.04, z), (x, y + 0.035, z + 0.005), (x, y + 0.035, z - 0.03), (x, y, z - 0.03)]
    parts.append(tube(hook, 0.005, None, "steel"))
    return parts


def _shoe(x: float, z: float, yaw: float, slot) -> list[Part]:
    """A shoe on the floor at (x, z) pointing along +z turned by yaw: a rounded upper over a
    thin dark sole, a dark opening at its heel end."""
    m = at(x, 0.0, z) @ rot("y", yaw)
    parts = [box(0.09, 0.015, 0.26, m, "marking")]
    parts.append(sphere(1.0, m @ at(0, 0.015, 0.02) @ scl(0.045, 0.06, 0.12), slot))
    parts.append(box(0.08, 0.07, 0.08, m @ at(0, 0.015, -0.075), slot))
    parts.append(sphere(1.0, m @ at(0, 0.085, -0.06) @ scl(0.032, 0.01, 0.05), "marking"))
    return parts


def _closet(rng: Rng) -> list[Part]:
    """A built-in closet seen from the room: a recess in a plaster wall framed by wooden trim,
    its panelled door swung wide open on the left, its knob in the second material; inside, a
    hanging rail with shirts and a long coat on wire hangers, a shelf above with stacks of
    folded sweaters and boxes, and pairs of shoes on the floor."""
    W, H, T, D = 1.9, 2.4, 0.12, 0.62
    ow, oh, ox = 1.1, 2.05, 0.12
    parts = [box(ow, 0.02, D, at(ox, 0, -T / 2 - D / 2), 0, "body")]  # the closet's floor
    parts.append(box(ow, oh, 0.02, at(ox, 0, -T / 2 - D), 0))  # its back
    for s in (-1, 1):
        parts.append(box(0.02, oh, D, at(ox + s * ow / 2, 0, -T / 2 - D / 2), 0))
    parts.append(box(ow, 0.02, D, at(ox, oh, -T / 2 - D / 2), 0))
    left, right = ox - ow / 2, ox + ow / 2  # the wall round the opening
    parts.append(box(left + W / 2, H, T, at((left - W / 2) / 2, 0, 0), "plaster"))
    parts.append(box(W / 2 - right, H, T, at((right + W / 2) / 2, 0, 0), "plaster"))
    parts.append(box(ow, H - oh, T, at(ox, oh, 0), "plaster"))
    parts.append(box(W, 0.1, 0.02, at(0, 0, T / 2 + 0.01), 0))  # the skirting board
    for s in (-1, 1):  # the door casing
        parts.append(box(0.08, oh + 0.08, 0.025, at(ox + s * (ow / 2 + 0.04), 0, T / 2 + 0.012), 0))
    parts.append(box(ow + 0.16, 0.08, 0.025, at(ox, oh, T / 2 + 0.012), 0))
    swing = -100 - float(rng.uniform(0, 12))  # the door, hinged at the left, opened into the room
    door = at(left, 0.01, T / 2) @ rot("y", swing) @ at(ow / 2, 0, 0)
    parts.append(box(ow - 0.01, oh - 0.02, 0.04, door, 0))
    for y, ph in ((0.12, 1.05), (1.3, 0.62)):  # its raised panels on both faces
        for s in (-1, 1):
            parts.append(box(ow - 0.3, ph, 0.012, door @ at(0, y, s * 0.024), 0))
    for s in (-1, 1):  # its knob on both faces
        parts.append(sphere(0.03, door @ at(ow / 2 - 0.09, 1.0, s * 0.06), 1))
        a, b = (door @ np.array([ow / 2 - 0.09, 1.0, q, 1.0]) for q in (0.0, s * 0.05))
        parts.append(stick(a[:3], b[:3], 0.008, 1))
    zr, yr = -T / 2 - D / 2 + 0.02, 1.62  # the hanging rail
    parts.append(cylinder(0.014, 0.014, ow, at(left, yr, zr) @ rot("z", -90), "steel"))
    for s in (-1, 1):
        parts.append(cylinder(0.03, 0.03, 0.02, at(ox + s * (ow / 2 - 0.01), yr, zr)
                              @ rot("z", 90), "steel"))  # fmt: skip
    ys = 1.8  # the shelf and what is on it
    parts.append(box(ow, 0.025, D - 0.12, at(ox, ys, -T / 2 - D + (D - 0.12) / 2), 0))
    cols = ("cloth-yellow", "card-red", "plume", "snow", "cloth-dark", "fruit-green")
    off = int(rng.integers(0, 6))
    zs = -T / 2 - D / 2 - 0.04
    for j, x in enumerate((left + 0.14, left + 0.42)):  # stacks of folded sweaters
        y = ys + 0.025
        for k in range(3 + j):
            c = cols[(off + 2 * j + k) % len(cols)]
            parts.append(box(0.24, 0.055, 0.3, at(x + 0.01 * (k % 2), y, zs), c))
            parts.append(box(0.22, 0.012, 0.005, at(x + 0.01 * (k % 2), y + 0.022, zs + 0.151),
                             "marking"))  # the fold # fmt: skip
            y += 0.055
    parts.append(box(0.3, 0.18, 0.34, at(right - 0.2, ys + 0.025, zs), "cork"))  # boxes
    parts.append(box(0.31, 0.03, 0.35, at(right - 0.2, ys + 0.19, zs), "cork"))
    parts.append(box(0.26, 0.1, 0.3, at(right - 0.21, ys + 0.22, zs) @ rot("y", 6), "card-red"))
    hang = (("plume", 1.0, 0.05), ("card-red", 1.0, 0.05), ("cloth-dark", 1.6, 0.09),
            ("cloth-yellow", 1.0, 0.05), ("snow", 1.0, 0.05), ("cloth-dark", 1.05, 0.06),
            ("fruit-green", 1.0, 0.05))  # fmt: skip
    for i, (c, long, thick) in enumerate(hang):  # the clothes on the rail
        x = left + 0.14 + 0.13 * i + float(rng.uniform(-0.015, 0.015))
        parts += _garment(x, yr, zr, long, thick, c)
    for k, (c, x) in enumerate((("cloth-dark", left + 0.2), ("card-red", ox + 0.05),
                                 ("cork", right - 0.2))):  # fmt: skip
        for s in (-1, 1):
            parts += _shoe(x + s * 0.06, -T / 2 - 0.16, 4 * s + 8 * k, c)
    return parts


# ---- 1291 flower bud --------------------------------------------------------------------------

_BUD = [(0.0, 0.0), (0.03, 0.008), (0.055, 0.04), (0.068, 0.09), (0.064, 0.14), (0.048, 0.19),
        (0.026, 0.235), (0.008, 0.262), (0.0, 0.27)]  # fmt: skip
"""The closed bud's teardrop profile (radius, height): plump below, drawn to a point."""


def _bud_r(y: float) -> float:
    """The bud's radius at height y."""
    r, h = zip(*_BUD, strict=True)
    return float(np.interp(y, h, r))


def _flower_bud(rng: Rng) -> list[Part]:
    """A single flower bud on a long stem standing in a little mound of earth: a slender green
    stem with two pointed leaves, swelling at its top into a receptacle that holds a closed,
    pointed, teardrop-shaped bud, its petals (the first material) wrapped tight in a spiral and
    clasped by five pointed green sepals (the second material) reaching most of the way up,
    only the petals' tip showing."""
    lean = float(rng.uniform(-0.02, 0.02))
    top = np.array([0.03 + lean, 0.86, 0.0])
    stem = [(0.0, 0.02, 0.0), (0.012, 0.3, 0.0), (0.03, 0.6, 0.0), top]
    parts = [tube(stem, [0.014, 0.012, 0.011, 0.011], None, 1, "body")]
    parts.append(lathe([(0.0, 0.0), (0.1, 0.0), (0.08, 0.03), (0.0, 0.045)], None, "soil"))
    for y, side, length in ((0.32, 1, 0.13), (0.5, -1, 0.11)):  # the leaves
        p = np.array([0.012 + 0.03 * (y - 0.02), y, 0.0])
        m = at(*p) @ rot("y", 25 * side) @ rot("z", -52 * side) @ at(0, length, 0)
        parts += leaf_blade(m @ scl(length * 0.9, length, length), 0.42, 1)
    base = at(*top)
    parts.append(lathe([(0.0, -0.03), (0.016, -0.01), (0.034, 0.01), (0.03, 0.025), (0.0, 0.03)],
                       base, 1))  # the receptacle # fmt: skip
    bud = base @ at(0, 0.015, 0)
    parts.append(lathe(_BUD, bud, 0, shape=lobed(30, 5, 0.06)))
    for k in range(3):  # the petals' spiral seams
        a0 = 2 * np.pi * k / 3
        pts = []
        for j in range(6):
            y = 0.07 + 0.038 * j
            a = a0 + 0.5 * j
            r = _bud_r(y) + 0.002
            pts.append((r * np.cos(a), y, r * np.sin(a)))
        parts.append(tube([tuple((bud @ np.array([*p, 1.0]))[:3]) for p in pts],
                          [0.004, 0.004, 0.004, 0.0035, 0.003, 0.002], None, 0))  # fmt: skip
    for k in range(5):  # the sepals
        a = 2 * np.pi * k / 5 + 0.3
        reach = 0.16 + 0.03 * (k % 2)
        hs = np.linspace(0.0, reach, 6)
        pts = []
        for j, y in enumerate(hs):
            r = _bud_r(y) + 0.006 + (0.012 * (j / 5) ** 3 if k % 2 else 0.0)
            pts.append(bud @ np.array([r * np.cos(a), y, r * np.sin(a), 1.0]))
        across = (-np.sin(a), 0.0, np.cos(a))
        widths = [0.03, 0.05, 0.052, 0.04, 0.022, 0.004]
        parts.append(band([p[:3] for p in pts], widths, 0.006, across, 1))
    return parts


# ---- 1292 salmon ------------------------------------------------------------------------------


def _salmon_size(t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The salmon's half depth and half width at t along it (0 the snout, 1 the tail's root)."""
    t = np.clip(t, 0.0, 1.0)
    h = 0.012 + 0.023 * t + 0.095 * np.sin(np.pi * t**0.9)
    return h, h * 0.58


def _salmon_frame(t: float, c, R: float, a0: float, a1: float):
    """The point, back direction and tangent (toward the tail) at t along the salmon's arc."""
    a = np.radians(a0 + (a1 - a0) * t)
    p = np.array([c[0] + R * np.cos(a), c[1] + R * np.sin(a), 0.0])
    up = np.array([np.cos(a), np.sin(a), 0.0])
    back = np.sign(a1 - a0) * np.array([-np.sin(a), np.cos(a), 0.0])
    return p, up, back


def _splash(rng: Rng, r: float) -> list[Part]:
    """A splash of water: a thin ragged pool with ripples, a crown of jets and spray thrown up
    round a centre, and drops flying off their tips."""
    pool = [(0.0, 0.0), (r, 0.0), (r * 0.85, 0.012), (0.0, 0.02)]
    parts = [lathe(pool, None, "pane", shape=_ragged(rng, 24, 0.25) * 1.1)]
    for k in (0.45, 0.7):
        parts.append(torus(r * k, 0.007, at(0, 0.015, 0) @ scl(1, 0.5, 1), "pane"))
    for k in range(13):
        a = 2 * np.pi * k / 13 + float(rng.uniform(-0.15, 0.15))
        h = 0.12 + 0.1 * ((k * 5) % 3) / 2 + float(rng.uniform(0, 0.03))
        c, s = np.cos(a), np.sin(a)
        pts = [(0.06 * c, 0.0, 0.06 * s), (0.1 * c, h * 0.6, 0.1 * s), (0.15 * c, h, 0.15 * s)]
        parts.append(tube(pts, [0.026, 0.013, 0.004], None, "pane", shape=HEXAGON))
        d = 0.19 + 0.04 * (k % 2)
        parts.append(bead(0.011, at(d * c, h + 0.03 + 0.03 * (k % 3), d * s), "pane"))
    return parts


def _salmon(rng: Rng) -> list[Part]:
    """A salmon leaping out of a splash of water, side on: a big streamlined silver body (the
    first material) flushed pink along its flanks (the second), arched in a curve from its tail
    in the spray to its head reaching up and forward, a hooked lower jaw (a kype), a small eye,
    black spots over its back and upper sides, a dorsal fin, a small adipose fin near the tail,
    pectoral, pelvic and anal fins and a broad square tail."""
    R, a0, a1 = 0.7, 105.0, 165.0
    c = (0.676, 0.12)
    t = np.linspace(0.0, 1.0, 22)
    h, w = _salmon_size(t)
    cs, us, vs = [], [], []
    for ti, hi, wi in zip(t, h, w, strict=True):
        p, up, _ = _salmon_frame(ti, c, R, a0, a1)
        cs.append(p)
        us.append(up * hi)
        vs.append((0.0, 0.0, wi))
    a = np.linspace(0, 2 * np.pi, 20, endpoint=False)
    shape = np.stack([np.cos(a), np.sin(a) * (1 - 0.18 * np.cos(a))], 1)
    parts = [loft(cs, us, vs, shape, 0, "body")]
    for s in (-1, 1):  # the pink flush along each flank, tapering to its ends; spots above it
        for t0, t1, wide, lift in ((0.1, 0.92, 0.022, 0.006), (0.17, 0.82, 0.042, 0.003),
                                   (0.26, 0.7, 0.06, 0.0)):  # fmt: skip
            pts, nrm = [], []
            for ti in np.linspace(t0, t1, 7):
                p, up, _ = _salmon_frame(ti, c, R, a0, a1)
                hh, ww = _salmon_size(np.array([ti]))
                pts.append(p - up * hh[0] * 0.3 + np.array([0, 0, s * (ww[0] * 0.95 + lift)]))
                nrm.append((0.0, 0.0, s))
            parts.append(skin_strip(pts, nrm, wide, 0.008, 1))
        spots, sn = [], []
        for k in range(40):
            ti = 0.04 + 0.86 * ((k * 0.618) % 1.0)
            ang = 0.1 + 1.05 * ((k * 0.7549 + 0.1) % 1.0)
            p, up, _ = _salmon_frame(ti, c, R, a0, a1)
            hh, ww = _salmon_size(np.array([ti]))
            ca, sa = np.cos(ang), np.sin(ang) * (1 - 0.18 * np.cos(ang))
            spots.append(p + up * hh[0] * ca * 1.0 + np.array([0, 0, s * ww[0] * sa]))
            sn.append(up * ca / hh[0] + np.array([0, 0, s * sa / ww[0]]))
        parts.append(studs(spots, sn, 0.011, 0.006, "marking", sides=6))
        p, up, back = _salmon_frame(0.07, c, R, a0, a1)  # the eye
        hh, ww = _salmon_size(np.array([0.07]))
        parts.append(bead(0.011, at(*(p + up * 0.01 + np.array([0, 0, s * ww[0] * 0.85]))),
                          "pupil", 10))  # fmt: skip
        p, up, back = _salmon_frame(0.16, c, R, a0, a1)  # the gill cover's edge
        hh, ww = _salmon_size(np.array([0.16]))
        gill = [p + up * hh[0] * q + back * 0.015 * (1 - q * q) + np.array([0, 0, s * ww[0]
                * np.sqrt(max(1 - q * q, 0.05))]) for q in (0.6, 0.2, -0.2, -0.6)]  # fmt: skip
        parts.append(tube(gill, 0.004, None, 0))
        p, up, back = _salmon_frame(0.2, c, R, a0, a1)  # the pectoral fins
        fin = at(*(p - up * 0.07 + np.array([0, 0, s * 0.04]))) @ rot("z", np.degrees(
            np.arctan2(back[1], back[0]))) @ rot("x", s * 30)  # fmt: skip
        parts.append(slab([(0.0, 0.0), (0.09, -0.02), (0.1, -0.04), (0.02, -0.02)], 0.006, fin, 0))
        p, up, back = _salmon_frame(0.58, c, R, a0, a1)  # the pelvic fins
        fin = at(*(p - up * 0.08 + np.array([0, 0, s * 0.025]))) @ rot("z", np.degrees(
            np.arctan2(back[1], back[0]))) @ rot("x", s * 20)  # fmt: skip
        parts.append(slab([(0.0, 0.0), (0.06, -0.015), (0.07, -0.03), (0.01, -0.015)], 0.006,
                          fin, 0))  # fmt: skip

    def fin(t0: float, t1: float, out: float, tip: float, top: bool, thick: float) -> Part:
        """A median fin on the back (top) or belly from t0 to t1, standing ``out`` proud."""
        s = 1.0 if top else -1.0
        p0, u0, _ = _salmon_frame(t0, c, R, a0, a1)
        p1, u1, _ = _salmon_frame(t1, c, R, a0, a1)
        pt_, ut, _ = _salmon_frame(tip, c, R, a0, a1)
        h0 = _salmon_size(np.array([t0]))[0][0] * 0.8
        h1 = _salmon_size(np.array([t1]))[0][0] * 0.8
        ht = _salmon_size(np.array([tip]))[0][0]
        pts = [p0 + s * u0 * h0, pt_ + s * ut * (ht + out), p1 + s * u1 * (h1 + out * 0.35),
               p1 + s * u1 * h1]  # fmt: skip
        return slab(sharp([(q[0], q[1]) for q in pts]), thick, None, 0)

    parts.append(fin(0.36, 0.55, 0.085, 0.42, True, 0.012))  # the dorsal fin
    parts.append(fin(0.8, 0.86, 0.03, 0.83, True, 0.012))  # the adipose fin
    parts.append(fin(0.72, 0.84, 0.06, 0.76, False, 0.01))  # the anal fin
    p, up, back = _salmon_frame(1.0, c, R, a0, a1)  # the square tail
    tail = [p - up * 0.025, p + back * 0.1 - up * 0.105, p + back * 0.14 - up * 0.1,
            p + back * 0.125, p + back * 0.14 + up * 0.1, p + back * 0.1 + up * 0.105,
            p + up * 0.025]  # fmt: skip
    parts.append(slab(sharp([(q[0], q[1]) for q in tail]), 0.008, None, 0))
    for f in np.linspace(-0.8, 0.8, 7):  # its rays
        a, b = p + up * 0.02 * f, p + back * (0.135 - 0.01 * abs(f)) + up * 0.1 * f
        parts.append(tube([a, b], 0.004, None, 0))
    p, up, back = _salmon_frame(0.0, c, R, a0, a1)  # the hooked lower jaw
    fwd = -back
    kype = np.array([(-0.09, -0.006), (-0.09, -0.034), (-0.02, -0.04), (0.024, -0.028),
                     (0.04, -0.006), (0.036, 0.014), (0.025, 0.01), (0.022, -0.008),
                     (0.01, -0.015), (-0.04, -0.012)])  # fmt: skip
    frame = np.eye(4)
    side = np.cross(fwd, up)
    frame[:3, 0], frame[:3, 1], frame[:3, 2], frame[:3, 3] = fwd, up, side, p - side * 0.012
    parts.append(flat_solid(lambda n: [ccw(kype)], 0.024, frame, 0))
    parts.append(tube([p - up * 0.01 + back * 0.07, p - up * 0.012 + fwd * 0.01], 0.004, None,
                      "marking"))  # the mouth's line # fmt: skip
    turn = rot("y", 22)  # the fish's side turned a little toward the viewer
    parts = [q.moved(turn) for q in parts]
    parts += [q.moved(at(-0.03, 0, 0)) for q in _splash(rng, 0.34)]
    return parts


# ---- 1293 tin of sardines ---------------------------------------------------------------------


def _sardine(m: np.ndarray, L: float, slot) -> list[Part]:
    """A sardine at m lying belly down along +x (head at +x, centred): a slim silver body with a
    dark back, a forked tail, a small eye and a gill line."""
    t = np.linspace(0.0, 1.0, 12)
    h = 0.012 + 0.075 * np.sin(np.pi * t**0.85) * L
    h[-1] *= 0.4
    w = h * 0.8
    c = np.stack([L / 2 - L * t, h * 1.05, np.zeros_like(t)], 1)
    u = np.stack([np.zeros_like(t), h, np.zeros_like(t)], 1)
    v = np.stack([np.zeros_like(t), np.zeros_like(t), w], 1)
    a = np.linspace(0, 2 * np.pi, 12, endpoint=False)
    shape = np.stack([np.cos(a), np.sin(a) * (1 - 0.2 * np.cos(a))], 1)
    parts = [loft(c, u, v, shape, slot).moved(m)]
    back = np.stack([c[:, 0], c[:, 1] + h * 0.75, np.zeros_like(t)], 1)[1:-1]
    parts.append(loft(back, u[1:-1] * 0.3, v[1:-1] * 0.7, shape, "cloth-dark").moved(m))
    tail = [(-L / 2 + 0.01, h[-1] * 1.05), (-L / 2 - 0.07 * L / 0.4, 0.1 * L),
            (-L / 2 - 0.04 * L / 0.4, h[-1] * 1.05), (-L / 2 - 0.07 * L / 0.4, 0.0)]  # fmt: skip
    parts.append(slab(sharp(tail), 0.006, m, slot))
    for s in (-1, 1):
        parts.append(sphere(0.012 * L / 0.4, m @ at(L / 2 - 0.04 * L / 0.4, h[1] * 1.3,
                                                     s * w[1] * 0.9), "pupil"))  # fmt: skip
        x = L / 2 - 0.09 * L / 0.4
        parts.append(tube([(x, 0.02, s * 0.6 * w[2]), (x - 0.01, h[2], s * w[2] * 1.0),
                           (x, 1.9 * h[2], s * 0.6 * w[2])], 0.003, m, "marking"))  # fmt: skip
    return parts


def _sardine_tin(rng: Rng) -> list[Part]:
    """An open tin of sardines: a shallow rounded-oblong tin whose lid has been rolled back
    with its key into a coil at one end, the key's flat loop sticking out at the corner; inside,
    five small silver fish with dark backs packed side by side head to tail in golden oil;
    one more sardine lying on the ground beside the tin."""
    L, D, H, t = 0.9, 0.55, 0.12, 0.012
    outer = rrect(L, D, 0.1, 6)
    inner = rrect(L - 2 * t, D - 2 * t, 0.1 - t, 6)
    lay = at(0, 0, 0) @ FLAT_UP
    parts = [flat_solid(lambda n: [ccw(outer)], 0.012, lay, 0, "body")]  # the floor
    parts.append(flat_solid(lambda n: [ccw(outer), ccw(inner)[::-1]], H, lay, 0))
    rim = rrect(L + 0.02, D + 0.02, 0.11, 6)
    parts.append(flat_solid(lambda n: [ccw(rim), ccw(inner)[::-1]], 0.012, at(0, H - 0.012, 0)
                            @ FLAT_UP, 0))  # the rolled rim # fmt: skip
    parts.append(flat_solid(lambda n: [ccw(inner)], 0.05, lay @ at(0, 0, 0.012), "cloth-yellow"))
    n = 5
    for i in range(n):  # the fish, head to tail
        z = -D / 2 + t + (D - 2 * t) * (i + 0.5) / n
        turn = 0.0 if i % 2 else 180.0
        m = at(float(rng.uniform(-0.01, 0.01)), 0.012, z) @ rot("y", turn)
        parts += _sardine(m, 0.66, 1)
    xr = -L / 2 + 0.02  # the lid rolled up round the key at the -x end
    coil = at(xr, H + 0.05, -D / 2 - 0.01) @ rot("x", 90)
    prof = [(0.0, 0.0), (0.05, 0.0), (0.055, 0.02)] + [
        (0.05 + 0.008 * (k % 2), 0.02 + k * (D - 0.02) / 8) for k in range(1, 8)
    ] + [(0.055, D), (0.05, D + 0.02), (0.0, D + 0.02)]  # fmt: skip
    parts.append(lathe(prof, coil, 0, shape=_ring(16)))
    parts.append(box(0.03, 0.05, D + 0.01, at(xr + 0.035, H - 0.01, 0) @ rot("z", -30), 0))
    key = at(xr, H + 0.05, D / 2)  # the key
    parts.append(cylinder(0.012, 0.012, 0.05, key @ rot("x", 90), 0))
    loop = np.array([(0.0, -0.015), (0.04, -0.035), (0.1, -0.04), (0.125, 0.0), (0.1, 0.04),
                     (0.04, 0.035), (0.0, 0.015)])  # fmt: skip
    ring = key @ at(0, 0.0, 0.04) @ rot("y", -90) @ at(0, 0, -0.005)
    hole = ccw(np.array([(0.035, -0.018), (0.095, -0.022), (0.105, 0.0), (0.095, 0.022),
                         (0.035, 0.018)]))[::-1]  # fmt: skip
    parts.append(flat_solid(lambda n: [ccw(loop), hole], 0.01, ring, 0))
    yaw = float(rng.uniform(-20, 10))  # a sardine on the ground
    m = at(0.2, 0.03, D / 2 + 0.18) @ rot("y", 160 + yaw) @ rot("x", 90) @ at(0, -0.04, 0)
    parts += _sardine(m, 0.66, 1)
    return parts


# ---- 1294 Mars --------------------------------------------------------------------------------


def _cap(R: float, alpha: float, lift: float, m: np.ndarray, slot, shape: np.ndarray) -> Part:
    """A patch lying on a sphere of radius R (about m's +y): a thin spherical cap ``alpha``
    degrees round, ``lift`` proud, its edge ragged by ``shape``."""
    r = R + lift
    phis = np.radians(np.linspace(alpha, 0.0, 4))
    prof = [(0.0, R * np.cos(np.radians(alpha)) - lift * 3)]
    prof += [(r * np.sin(p), r * np.cos(p)) for p in phis[:-1]]
    prof.append((0.0, r))
    return lathe(prof, m, slot, shape=shape)


def _on_sphere(c, lat: float, lon: float) -> np.ndarray:
    """A frame at the centre c whose +y points to latitude/longitude (degrees; 0, 0 at +z)."""
    return at(*c) @ rot("y", lon) @ rot("x", 90 - lat)


def _ragged(rng: Rng, n: int, rough: float) -> np.ndarray:
    """A ragged blob's outline of radius about 1: lumps of random size round a circle."""
    t = np.arange(n) * (2 * np.pi / n)
    r = np.ones(n)
    for k in (2, 3, 5):
        r += rough / k * np.cos(k * t + float(rng.uniform(0, 2 * np.pi)))
    r /= r.max()
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _mars(rng: Rng) -> list[Part]:
    """The planet Mars on a slim stand: a big rust-red globe (the first material) mottled with
    broad dark grey-brown markings (the second), a white polar ice cap on top, a few ringed
    craters and the long dark scar of a great canyon across its middle; it rests in a small
    cup on a thin rod rising from a round foot."""
    R, cy = 0.42, 0.62
    c = (0.0, cy, 0.0)
    tilt = at(*c) @ rot("z", -18) @ rot("x", 12) @ at(0, -cy, 0)
    prof = [(R * np.cos(a), cy + R * np.sin(a)) for a in np.linspace(-np.pi / 2, np.pi / 2, 15)]
    prof[0], prof[-1] = (0.0, cy - R), (0.0, cy + R)
    parts = [lathe(prof, tilt, 0, "body", shape=_ring(44))]
    for lat, lon, size in ((12, 20, 28), (-5, -35, 22), (25, -80, 24), (-30, 60, 18),
                           (35, 110, 22), (-10, 160, 26), (-45, -10, 14)):  # fmt: skip
        m = tilt @ _on_sphere(c, lat, lon + float(rng.uniform(-8, 8)))
        parts.append(_cap(R, size, 0.005, m, 1, _ragged(rng, 20, 0.5)))
    parts.append(_cap(R, 16, 0.006, tilt @ _on_sphere(c, 90, 0), "snow", _ragged(rng, 20, 0.2)))
    parts.append(_cap(R, 8, 0.006, tilt @ _on_sphere(c, -90, 0), "snow", _ragged(rng, 16, 0.2)))
    for lat, lon, r in ((40, 30, 0.045), (-25, 20, 0.035), (55, -30, 0.04), (10, 55, 0.028),
                        (-50, 40, 0.032), (30, 75, 0.03)):  # fmt: skip
        m = tilt @ _on_sphere(c, lat, lon) @ at(0, R - 0.002, 0)
        parts.append(torus(r, 0.01, m @ scl(1, 0.8, 1), 0))
        parts.append(cylinder(r, r, 0.004, m @ at(0, -0.002, 0), 1))
    for dlat, k0, k1 in ((0.0, 0, 9), (-3.5, 2, 6)):  # the great canyon and a side rift
        pts = []
        for k in range(k0, k1):
            lon = 5 + 8 * k
            lat = 14 + dlat - 3 * np.sin(k / 8 * np.pi) + (0.5 if k % 3 else -0.4)
            a, b = np.radians(lat), np.radians(lon)
            p = np.array([np.cos(a) * np.sin(b), np.sin(a), np.cos(a) * np.cos(b)]) * (R - 0.008)
            pts.append(tuple((tilt @ np.array([*(p + c), 1.0]))[:3]))
        w = 0.013 * np.sin(np.linspace(0.25, np.pi - 0.25, len(pts))) ** 0.5
        parts.append(tube(pts, w * (1.0 if dlat == 0 else 0.8), None, "marking"))
    parts.append(cylinder(0.16, 0.15, 0.03, None, "steel"))  # the stand
    parts.append(cylinder(0.012, 0.012, cy - R + 0.04, at(0, 0.03, 0), "steel"))
    parts.append(lathe([(0.0, 0.0), (0.02, 0.0), (0.07, 0.035), (0.065, 0.04), (0.0, 0.02)],
                       at(0, cy - R - 0.01, 0), "steel"))  # fmt: skip
    return parts


# ---- 1295 beer stein --------------------------------------------------------------------------

_STEIN = [(0.0, 0.0), (0.17, 0.0), (0.175, 0.02), (0.16, 0.04), (0.158, 0.07), (0.166, 0.085),
          (0.158, 0.1), (0.15, 0.2), (0.145, 0.35), (0.142, 0.44), (0.15, 0.455), (0.142, 0.47),
          (0.14, 0.52), (0.146, 0.535), (0.0, 0.535)]  # fmt: skip
"""The stein's stoneware body (radius, height): a footed, gently tapering drum with moulded
bands round its foot and its lip."""


_DEER = [(-0.05, -0.03), (-0.02, -0.03), (-0.02, -0.07), (-0.01, -0.07), (0.0, -0.02),
         (0.04, -0.03), (0.045, -0.07), (0.055, -0.07), (0.05, -0.01), (0.06, 0.03),
         (0.05, 0.055), (0.04, 0.03), (0.0, 0.01), (-0.05, 0.0)]  # fmt: skip
"""A stag's silhouette for the middle medallion (the others hold fir trees)."""


def _stein_r(y: float) -> float:
    """The stein's radius at height y."""
    r, h = zip(*_STEIN, strict=True)
    return float(np.interp(y, h[:-1], r[:-1]))


def _beer_stein(rng: Rng) -> list[Part]:
    """A German beer stein: a tall stoneware tankard (the first material) with raised bands
    round its foot and lip, a frieze of beads and three oval relief medallions of fir trees and
    a stag round its middle, a big looped handle on the right; a domed pewter lid (the second
    material) hinged over the handle and lifted a little by its thumb lever, white foam
    bulging out under it."""
    parts = [lathe(_STEIN, None, 0, "body", shape=_ring(36))]
    for y in (0.13, 0.4):  # the beaded friezes
        n = 30
        a = np.arange(n) * 2 * np.pi / n
        r = _stein_r(y)
        pts = np.stack([r * np.cos(a), np.full(n, y), r * np.sin(a)], 1)
        nrm = np.stack([np.cos(a), np.zeros(n), np.sin(a)], 1)
        parts.append(studs(pts, nrm, 0.008, 0.01, 0, sides=6))
        parts.append(torus(r, 0.006, at(0, y - 0.018, 0), 0))
        parts.append(torus(r, 0.006, at(0, y + 0.018, 0), 0))
    for lon in (-60.0, 0.0, 60.0):  # the relief medallions
        a = np.radians(90 - lon)
        r = _stein_r(0.27)
        m = at(r * np.cos(a), 0.27, r * np.sin(a)) @ rot("y", 90 - np.degrees(a))
        parts.append(torus(1.0, 0.1, m @ rot("x", 90) @ scl(0.075, 0.1, 0.1), 0))
        relief = _DEER if lon == 0 else [(-0.04, -0.07), (0.04, -0.07), (0.0, 0.07)]
        parts.append(slab(sharp(relief), 0.012, m, 0))
    parts.append(torus(_stein_r(0.27) - 0.002, 0.004, at(0, 0.165, 0), 0))
    hx = 0.14  # the handle, on the right
    handle = [(hx, 0.46, 0.0), (0.24, 0.47, 0.0), (0.3, 0.4, 0.0), (0.29, 0.22, 0.0),
              (0.22, 0.1, 0.0), (0.15, 0.08, 0.0)]  # fmt: skip
    parts.append(tube(handle, [0.03, 0.03, 0.028, 0.026, 0.024, 0.022], None, 0,
                      shape=superellipse(0.8, 1.3, 3, 12)))  # fmt: skip
    parts.append(box(0.04, 0.05, 0.05, at(0.16, 0.49, 0.0), 1))  # the hinge block
    foam = [(0.0, 0.5), (0.14, 0.5), (0.15, 0.535), (0.135, 0.565), (0.08, 0.585), (0.0, 0.59)]
    parts.append(lathe(foam, None, "snow", shape=lobed(24, 9, 0.12)))
    for k, a in enumerate((100.0, 150.0, 205.0)):  # foam running over the lip
        ar = np.radians(a)
        p = (0.148 * np.cos(ar), 0.52 - 0.02 * k, 0.148 * np.sin(ar))
        parts.append(sphere(1.0, at(*p) @ rot("y", -a) @ scl(0.012, 0.04, 0.03), "snow"))
    lift = 14 + float(rng.uniform(-3, 3))
    hinge = at(0.17, 0.55, 0.0) @ rot("z", -lift)  # the lid, lifted about its hinge
    lid = [(0.0, -0.01), (0.16, -0.01), (0.162, 0.012), (0.14, 0.02), (0.12, 0.05),
           (0.07, 0.075), (0.03, 0.085), (0.0, 0.09)]  # fmt: skip
    parts.append(lathe(lid, hinge @ at(-0.17, 0, 0), 1, shape=_ring(32)))
    parts.append(lathe([(0.0, 0.0), (0.02, 0.0), (0.012, 0.02), (0.022, 0.04), (0.0, 0.065)],
                       hinge @ at(-0.17, 0.085, 0), 1))  # its finial # fmt: skip
    parts.append(cylinder(0.02, 0.02, 0.07, hinge @ at(0.0, 0.0, -0.035) @ rot("x", 90), 1))
    thumb = [(0.0, 0.0, 0.0), (0.03, 0.05, 0.0), (0.045, 0.1, 0.0)]  # the thumb lever
    parts.append(tube(thumb, [0.016, 0.014, 0.012], hinge, 1))
    parts.append(sphere(1.0, hinge @ at(0.05, 0.12, 0) @ scl(0.03, 0.035, 0.022), 1))
    return parts


# ---- 1296 open drawer -------------------------------------------------------------------------


def _knobs(x: float, y: float, z: float, gap: float) -> list[Part]:
    """A pair of round brass knobs (the second material) on a drawer front at (x, y, z)."""
    parts = []
    for s in (-1, 1):
        m = at(x + s * gap, y, z) @ rot("x", 90)
        parts.append(cylinder(0.012, 0.01, 0.03, m, 1))
        parts.append(lathe([(0.0, 0.0), (0.028, 0.01), (0.03, 0.03), (0.0, 0.04)],
                           m @ at(0, 0.02, 0), 1))  # fmt: skip
    return parts


def _open_drawer(rng: Rng) -> list[Part]:
    """A chest of three drawers with its top drawer pulled far out: a wooden carcass on short
    feet under an overhanging top, two closed drawers below, each front with a pair of round
    brass knobs; the top drawer drawn out most of its depth so that its sides, back and floor
    show, holding stacks of folded clothes and rolled socks."""
    W, H, D, feet = 0.9, 0.82, 0.48, 0.08
    parts = [box(W, H - feet - 0.03, D, at(0, feet, 0), 0, "body")]  # the carcass
    parts.append(box(W + 0.04, 0.03, D + 0.03, at(0, H - 0.03, 0.01), 0))  # the top
    for s in (-1, 1):
        for q in (-1, 1):
            parts.append(cylinder(0.03, 0.025, feet, at(s * (W / 2 - 0.05), 0, q * (D / 2 - 0.05)),
                                  0))  # fmt: skip
    parts.append(box(W + 0.01, 0.04, D + 0.01, at(0, feet, 0), 0))  # the plinth moulding
    dh = (H - feet - 0.03 - 0.04 - 0.06) / 3
    fw = W - 0.08
    y = feet + 0.04 + 0.015
    for _ in range(2):  # the closed drawers
        parts.append(box(fw, dh - 0.01, 0.025, at(0, y, D / 2), 0))
        parts.append(box(fw - 0.08, dh - 0.09, 0.008, at(0, y + 0.04, D / 2 + 0.025), 0))
        parts += _knobs(0.0, y + dh / 2, D / 2 + 0.025, 0.22)
        y += dh + 0.015
    out = 0.4 + float(rng.uniform(-0.02, 0.02))  # the open drawer's hole and the drawer
    parts.append(box(fw, dh - 0.01, 0.01, at(0, y, D / 2 - 0.06), "marking"))
    z = D / 2 + out
    bd, bh, bw = D - 0.06, dh - 0.04, fw - 0.04
    parts.append(box(fw, dh - 0.01, 0.025, at(0, y, z), 0))
    parts.append(box(fw - 0.08, dh - 0.09, 0.008, at(0, y + 0.04, z + 0.025), 0))
    parts += _knobs(0.0, y + dh / 2, z + 0.025, 0.22)
    yb = y + 0.01
    parts.append(box(bw, 0.012, bd, at(0, yb, z - bd / 2), 0))  # its floor
    for s in (-1, 1):
        parts.append(box(0.015, bh, bd, at(s * (bw / 2 - 0.0075), yb, z - bd / 2), 0))
    parts.append(box(bw, bh, 0.015, at(0, yb, z - bd + 0.0075), 0))  # its back
    cols = ("plume", "snow", "card-red", "cloth-yellow", "fruit-green", "cloth-dark")
    off = int(rng.integers(0, 6))
    for j, x in enumerate((-0.26, 0.0)):  # stacks of folded clothes
        ys = yb + 0.012
        for k in range(4):
            c = cols[(off + 3 * j + k) % len(cols)]
            xk = x + 0.006 * (k % 2)
            parts.append(box(0.24, 0.045, 0.28, at(xk, ys, z - 0.21), c))
            parts.append(cylinder(0.0225, 0.0225, 0.24, at(xk - 0.12, ys + 0.0225, z - 0.07)
                                  @ rot("z", -90), c))  # its rounded fold # fmt: skip
            ys += 0.045
    socks = ((0.19, 0.05, -0.09), (0.29, 0.05, -0.1), (0.2, 0.05, -0.21), (0.3, 0.05, -0.22),
             (0.24, 0.13, -0.14), (0.22, 0.05, -0.33))  # fmt: skip
    for i, (sx, sy, sz) in enumerate(socks):  # balls of rolled socks, each in its folded cuff
        c = cols[(off + 2 * i + 1) % len(cols)]
        m = at(sx, yb + sy, z + sz) @ rot("y", 30 * i)
        parts.append(sphere(1.0, m @ scl(0.05, 0.042, 0.058), c))
        parts.append(torus(0.046, 0.012, m @ rot("z", 90) @ scl(1.0, 1.0, 1.2), c))
    return parts


MORE_APPLIANCES_ZZZZK = {
    1289: _hopper, 1290: _closet, 1291: _flower_bud, 1292: _salmon, 1293: _sardine_tin,
    1294: _mars, 1295: _beer_stein, 1296: _open_drawer,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
