"""More of the device family's appliances, from 1541: a jewelled tiara, a griffin and a great
white shark.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, at, rot, scl, v3
from ._kit import (
    balls,
    band,
    bird_eyes,
    bristles,
    colour_patch,
    cone,
    cut,
    ellipse,
    flat_things,
    hair_locks,
    loft,
    rope,
    skin_field,
    skin_hits,
    skin_strip,
    solid,
    strands,
    unit,
    units,
)
from ._primitives import catmull_rom, lathe, sphere, torus, tube
from ._sdf import ellipsoid, spine

__all__ = ["MORE_APPLIANCES_ZZZZZV"]

Rng = np.random.Generator


# 1541 tiara

_ARC_R = 0.08  # the band's mean radius
_ARC_A, _ARC_B = 0.078, 0.072  # its half width (x) and depth (z)
_ARC_U = np.radians(86) * _ARC_R  # half the band's length, round the arc
_LEAN = 0.9  # how far the frame leans in toward the top (per metre up)


def _on(u: float, h: float, out: float = 0.0) -> np.ndarray:
    """The point ``u`` along the tiara's arc from its middle front and ``h`` up its frame,
    ``out`` in front of it."""
    t = u / _ARC_R
    f = 1.0 - _LEAN * h
    n = _out(u)
    return np.array([_ARC_A * np.sin(t) * f, h, _ARC_B * np.cos(t) * f]) + n * out


def _out(u: float) -> np.ndarray:
    """The frame's outward direction (level) at ``u``."""
    t = u / _ARC_R
    n = np.array([_ARC_B * np.sin(t), 0.0, _ARC_A * np.cos(t)])
    return n / np.linalg.norm(n)


def _face(u: float, h: float, out: float = 0.0) -> np.ndarray:
    """A placement on the frame at (u, h): +x along the arc, +y up it, +z out of it."""
    p = _on(u, h, out)
    z = _out(u)
    y = np.array([0.0, 1.0, 0.0])
    x = np.cross(y, z)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = x, y, z, p
    return m


def _gem(m: np.ndarray, w: float, h: float, slot=1) -> Part:
    """A faceted gem w wide and h tall set on a face at m (its face toward +z): a pointed
    pavilion behind, a flat table in front."""
    prof = [(0.0, -0.5), (1.0, 0.0), (0.65, 0.45), (0.0, 0.45)]
    return lathe(prof, m @ rot("x", 90) @ scl(w / 2, w / 2, h / 2), slot, sides=8)


def _scroll(c, r: float, a0: float, turns: float, side: int, n: int = 14) -> np.ndarray:
    """A filigree scroll in the frame's (u, h) plane: a spiral round (u, h) c from radius r at
    ``a0`` degrees curling inward ``turns`` times (counter-clockwise, mirrored for side -1)."""
    t = np.linspace(0.0, 1.0, n)
    a = np.radians(a0) + side * 2 * np.pi * turns * t
    rr = r * (1.0 - 0.7 * t)
    return np.stack([c[0] + rr * np.cos(a), c[1] + rr * np.sin(a)], 1)


def _arch(u0: float, u1: float, h0: float, h1: float, top: float) -> list[np.ndarray]:
    """The two halves of a pointed ogee arch on the frame from valleys at (u0, h0) and
    (u1, h1) up to its tip ``top`` high over their middle."""
    um = (u0 + u1) / 2
    shape = [(0.0, 0.0), (0.12, 0.3), (0.45, 0.58), (0.85, 0.84), (1.0, 1.0)]
    out = []
    for ue, he in ((u0, h0), (u1, h1)):
        out.append(np.array([(ue + (um - ue) * x, he + (top - he) * y) for x, y in shape]))
    return out


def _tiara(rng: Rng) -> list[Part]:
    """A jewelled tiara standing upright on its band as on a display, its front to the viewer:
    a thin silver band curved in an open arc round the front of the head, a row of small gems
    along it, rising from low ends to a tall pointed peak in the middle through a row of
    pointed ogee arches, each filled with curling filigree scrolls round a gem and tipped with
    a little gem; a large oval gem in a collet at the centre under the tallest point."""
    peaks = np.array([0.096, 0.06, 0.043, 0.031]) * (1 + float(rng.uniform(-0.04, 0.04)))
    pitch = _ARC_U / 3.6
    paths: list[np.ndarray] = []
    gems: list[Part] = []
    tips, beads = [], []
    base = 0.012
    for k in range(-3, 4):
        u = k * pitch
        top = peaks[abs(k)]
        u0, u1 = u - pitch / 2, u + pitch / 2
        h0, h1 = (base + 0.008 + 0.012 * (1 - abs(e) / _ARC_U) for e in (u0, u1))
        paths += _arch(u0, u1, h0, h1, top)
        tips.append(_on(u, top + 0.003, 0.0005))
        # inside the arch: two scrolls curling up from its foot, an inner arch ending in curls
        # over them, a gem between and a bead under the tip
        hb = base + 0.004
        span = top - hb
        rs = 0.16 * span + 0.0015
        for s in (-1, 1):
            c = (u + s * rs * 1.05, hb + rs * 1.3)
            spiral = _scroll(c, rs, -90, 1.1, -s)
            paths.append(np.concatenate([[(u, hb)], spiral]))
        lo = hb + 2.3 * rs
        inner = _arch(u - pitch * 0.32, u + pitch * 0.32, lo, lo, top - 0.2 * span)
        for s, half in zip((-1, 1), inner, strict=True):
            curl = _scroll((half[0, 0] - s * rs * 0.35, lo), rs * 0.35, 90 - 90 * s, 0.8, s, 8)
            paths.append(np.concatenate([half[::-1], curl[1:]]))
        g = 0.006 + 0.004 * (top / peaks[0])
        hg = lo + 0.3 * (top - lo) if k else top - 0.32 * span
        gems.append(_gem(_face(u, hg, 0.0015), g, g * 1.3))
        beads.append(_on(u, top - span * 0.12, 0.001))
        if k < 3:  # a little pair of curls over the rail where this arch meets the next
            for s in (-1, 1):
                c = (u1 + s * 0.0035, base + 0.0065)
                paths.append(_scroll(c, 0.0035, -90, 0.9, s, 9))
    # the band and the rail above it
    us = np.linspace(-_ARC_U, _ARC_U, 25)
    parts = [band([_on(u, 0.005) for u in us], 0.0085, 0.0022, (0, 1, 0), 0, "body")]
    paths.append(np.stack([us, np.full_like(us, base + 0.002)], 1))
    wires = [np.array([_on(u, h) for u, h in p]) for p in paths]
    parts.append(strands(wires, 0.0011, 0, 5, 14))
    for u in np.linspace(-_ARC_U + 0.006, _ARC_U - 0.006, 21):  # the gems along the band
        parts.append(_gem(_face(u, 0.005, 0.0012), 0.0045, 0.0045))
    parts.append(balls(tips, 0.0032, 1, 8, 5))
    parts.append(balls(beads, 0.0018, 0, 6, 4))
    hc = 0.036  # the big gem at the centre, in its collet
    collet = _face(0.0, hc, 0.0015) @ rot("x", 90) @ scl(0.0105, 0.012, 0.0135)
    parts.append(torus(1.0, 0.12, collet, 0))
    parts.append(_gem(_face(0.0, hc, 0.003), 0.019, 0.025))
    turn = rot("y", 20 + float(rng.uniform(-3, 3)))
    return [q.moved(turn) for q in parts + gems]


# 1542 griffin

_HEAD = np.array([0.9, 1.46, 0.0])
_NECK = ((0.44, 0.92, 0.0), (0.62, 1.18, 0.0), (0.8, 1.38, 0.0))
_FORE = 0.5  # where the front feet stand


def _feather_outline(width: float, n: int = 12) -> np.ndarray:
    """A feather's outline for ``flat_things``: a long vane along +y from its quill at -1 to
    its pointed tip at 1, ``width`` wide (in half lengths), widest past the middle."""
    t = np.linspace(0.0, 1.0, n // 2 + 1)[1:-1]
    y = -1.0 + 2.0 * t
    x = width * np.sin(np.pi * t) ** 0.8 * (0.55 + 0.45 * t)
    right = np.stack([x, y], 1)
    left = np.stack([-x, y], 1)[::-1]
    return np.concatenate([[(0.0, -1.0)], right, [(0.0, 1.0)], left])


def _griffin_body() -> list:
    """The lion's half of the griffin (head toward +x): a deep chest, a long lean barrel with a
    tucked belly, strong haunches, and the hind legs bent at the hock on big round paws."""
    sh = [ellipsoid((-0.12, 0.8, 0.0), (0.55, 0.23, 0.21))]  # the barrel
    sh.append(ellipsoid((0.34, 0.8, 0.0), (0.26, 0.28, 0.22), None, 0.12))  # the chest
    sh.append(ellipsoid((-0.55, 0.82, 0.0), (0.25, 0.24, 0.22), None, 0.1))  # the haunches
    sh.append(ellipsoid((0.26, 0.96, 0.0), (0.2, 0.1, 0.17), None, 0.08))  # the withers
    for s in (-1, 1):
        sh.append(ellipsoid((0.3, 0.78, s * 0.13), (0.17, 0.22, 0.1), rot("z", 15), 0.06))
        z = s * 0.14
        dx = -0.05 * s  # the left hind leg a step forward
        sh.append(ellipsoid((-0.55 + dx, 0.7, z), (0.22, 0.26, 0.1), rot("z", -20), 0.06))
        sh += rope([(-0.5 + dx, 0.62, z), (-0.44 + dx, 0.42, z), (-0.66 + dx, 0.22, z * 1.05),
                    (-0.62 + dx, 0.06, z * 1.05)], [0.15, 0.1, 0.065, 0.07], 0.05,
                   0.03)  # fmt: skip
        sh.append(ellipsoid((-0.57 + dx, 0.05, z * 1.05), (0.11, 0.055, 0.085), None, 0.04))
    sh.append(cut(1, 0.0, False, 0.01, (-1.0, -0.2, -0.5), (1.0, 0.0, 0.5)))  # the soles
    return sh


def _eagle_head() -> list:
    """The eagle's half: the neck rising from the chest, a sleek head with a flat crown, a
    heavy brow ridge jutting over each eye, full cheeks, and the upper front legs' feathered
    thighs."""
    h = _HEAD
    sh = rope(_NECK, [0.19, 0.135, 0.12], 0.0, 0.06)
    sh.append(ellipsoid(h, (0.19, 0.15, 0.14), rot("z", -8), 0.06))  # the skull
    sh.append(ellipsoid(h + v3(0.1, -0.05, 0.0), (0.1, 0.1, 0.105), None, 0.05))  # the face
    for s in (-1, 1):
        sh.append(ellipsoid(h + v3(0.08, 0.06, s * 0.075), (0.115, 0.032, 0.045), rot("z", -12),
                            0.04))  # the brow # fmt: skip
        x = _FORE + 0.1 * s  # the near leg a step forward
        sh += rope([(0.34, 0.8, s * 0.16), (x - 0.06, 0.62, s * 0.17), (x - 0.03, 0.5, s * 0.17)],
                   [0.12, 0.09, 0.07], 0.0, 0.03)  # the feathered thigh # fmt: skip
    return sh


def _beak(m: np.ndarray) -> list[Part]:
    """A hooked eagle's beak under ``m`` (pointing +x from the face at 0): a deep upper bill
    curving down to a sharp hook over a shorter lower bill, a bare cere at its root."""
    ctrl = [(0.0, 0.0), (0.07, 0.0), (0.13, -0.012), (0.172, -0.042), (0.19, -0.085)]
    hh = [0.06, 0.048, 0.034, 0.02, 0.003]
    hw = [0.055, 0.038, 0.026, 0.015, 0.003]
    parts = [_bill(ctrl, hh, hw, m, "plume-tip")]
    low = [(0.0, -0.05), (0.06, -0.055), (0.12, -0.058)]
    parts.append(_bill(low, [0.03, 0.018, 0.006], [0.045, 0.03, 0.012], m, "plume-tip"))
    parts.append(_bill([(-0.01, 0.0), (0.02, 0.005)], [0.066, 0.062], [0.06, 0.058], m,
                       "plume-tip"))  # the cere # fmt: skip
    return parts


def _bill(ctrl, hh, hw, m: np.ndarray, slot) -> Part:
    """A bill through (x, y) points under ``m``, its oval sections square to the curve, half
    heights ``hh`` and half widths ``hw`` along it."""
    n = 16
    c = catmull_rom(ctrl, n)
    t = np.gradient(c, axis=0)
    t /= np.linalg.norm(t, axis=1, keepdims=True)
    f = np.linspace(0, 1, n)
    g = np.linspace(0, 1, len(ctrl))
    h, w = np.interp(f, g, hh), np.interp(f, g, hw)
    zero = np.zeros(n)
    centres = np.stack([c[:, 0], c[:, 1], zero], 1)
    u = np.stack([-t[:, 1] * h, t[:, 0] * h, zero], 1)
    v = np.stack([zero, zero, w], 1)
    return loft(centres, u, v, ellipse(1.0, 1.0, 14), slot).moved(m)


def _eagle_foot(x: float, z: float, turn: float) -> list[Part]:
    """An eagle's yellow scaly shank rising from a foot at (x, z) to the feathered thigh, three
    long toes spread forward and one back, each ending in a dark hooked talon."""
    top = np.array([x - 0.02, 0.52, z])
    heel = np.array([x, 0.07, z])
    parts = [tube([top, (x - 0.005, 0.3, z), heel], [0.045, 0.04, 0.045], None, "plume-tip")]
    for y in np.linspace(0.12, 0.44, 8):  # the scales' rings
        parts.append(torus(0.043, 0.006, at(x - 0.01 * (y - 0.07), y, z), "plume-tip"))
    toes, claws = [], []
    for a, length in ((-32, 0.17), (0, 0.2), (32, 0.16), (180, 0.12)):
        d = np.array([np.cos(np.radians(a + turn)), 0.0, np.sin(np.radians(a + turn))])
        tip = heel + d * length + (0, -0.035, 0)
        toes.append([heel, heel + d * length * 0.5 + (0, -0.03, 0), tip])
        claws.append([tip, tip + d * 0.04 + (0, 0.0, 0), tip + d * 0.06 + (0, -0.035, 0)])
    parts.append(strands(toes, [0.035, 0.03, 0.024], "plume-tip", 7, 7))
    parts.append(strands(claws, [0.02, 0.014, 0.002], "beak", 6, 6))
    return parts


def _ruff(rng: Rng) -> Part:
    """Rings of pointed feathers (second material) lying down the neck from under the head to
    a shaggy ruff over the shoulders, where the lion's fur begins."""
    a, b = np.array(_NECK[0]), _HEAD + v3(-0.06, -0.02, 0.0)
    axis = (b - a) / np.linalg.norm(b - a)
    side = np.array([0.0, 0.0, 1.0])
    up = np.cross(side, axis)
    centres, normals, heads, sizes = [], [], [], []
    for ring, t in enumerate(np.linspace(1.0, 0.0, 6)):
        r = 0.11 + 0.07 * (1 - t) ** 1.5
        n = 14 + 2 * ring
        length = 0.07 + 0.06 * (1 - t)
        for k in range(n):
            q = 2 * np.pi * (k + 0.5 * ring) / n + float(rng.uniform(-0.1, 0.1))
            radial = np.cos(q) * up + np.sin(q) * side
            root = a + axis * (t * np.linalg.norm(b - a)) + radial * r
            head = -axis + radial * 0.6
            centres.append(root + head / np.linalg.norm(head) * length)
            normals.append(radial + axis * 0.4)
            heads.append(head)
            sizes.append(length)
    return flat_things(centres, normals, heads, sizes, _feather_outline(0.38), 0.014, 1,
                       cup=0.15)  # fmt: skip


def _wing(s: int, rng: Rng) -> list[Part]:
    """A great feathered wing (second material) raised from the shoulder on side s: a fan of
    long primaries spreading up and back from the wrist, the secondaries along the forearm
    lying back to the trailing edge, two rows of coverts over them and a rounded arm along the
    leading edge."""
    root = np.array([0.26, 1.0, s * 0.15])
    phi, psi = np.radians(24), np.radians(22)
    ea = np.array([np.cos(psi), 0.0, -s * np.sin(psi)])
    eb = np.array([0.0, np.cos(phi), s * np.sin(phi)])
    nrm = s * np.cross(ea, eb)

    def p3(a: float, b: float, lift: float = 0.0) -> np.ndarray:
        return root + a * ea + b * eb + lift * nrm

    groups = []
    wrist = (0.08, 0.86)
    prim = []  # the primaries: from pointing up to pointing back
    for i in range(10):
        ang = np.radians(84 + 8.5 * i + float(rng.uniform(-2, 2)))
        length = 0.78 - 0.022 * i
        base = (wrist[0] - 0.03 * i, wrist[1] - 0.035 * i)
        d = (np.cos(ang), np.sin(ang))
        prim.append((base, d, length, 0.004 * (10 - i)))
    groups.append((prim, 0.2))
    sec = []  # the secondaries along the forearm
    for i in range(9):
        t = i / 8
        base = (0.1 - 0.04 * t, 0.5 - 0.42 * t)
        ang = np.radians(172 + 14 * t)
        sec.append((base, (np.cos(ang), np.sin(ang)), 0.62 - 0.12 * t, 0.045 + 0.004 * i))
    groups.append((sec, 0.26))
    cov = []  # the coverts, in two rows over them
    for row, (n, length, lift) in enumerate(((9, 0.34, 0.085), (8, 0.2, 0.115))):
        for i in range(n):
            t = i / (n - 1)
            base = (0.1 - 0.03 * t + 0.02 * row, 0.84 - 0.78 * t)
            ang = np.radians(140 + 40 * t)
            cov.append((base, (np.cos(ang), np.sin(ang)), length * (1 - 0.25 * t), lift))
    groups.append((cov, 0.34))
    parts = []
    for feathers, width in groups:
        centres, heads, sizes = [], [], []
        for (a, b), (da, db), length, lift in feathers:
            centres.append(p3(a + da * length / 2, b + db * length / 2, lift))
            heads.append(da * ea + db * eb)
            sizes.append(length / 2)
        parts.append(flat_things(centres, [nrm] * len(centres), heads, sizes,
                                 _feather_outline(width), 0.018, 1, cup=0.02))  # fmt: skip
    arm = [p3(0, 0, 0.06), p3(0.08, 0.35, 0.08), p3(0.12, 0.7, 0.09), p3(0.07, 0.92, 0.08)]
    parts.append(tube(arm, [0.09, 0.075, 0.055, 0.035], None, 1))
    return parts


def _griffin(rng: Rng) -> list[Part]:
    """A griffin standing side on, head toward the viewer's right: the tawny body, haunches and
    hind legs of a lion on big round paws, its long tail curving down and up to a dark tuft;
    the front half an eagle's: a feathered neck with a shaggy ruff of pointed feathers over the
    shoulders, a sleek head with heavy brows over fierce yellow-ringed eyes and a big hooked
    yellow beak, feathered thighs on yellow scaly legs with long taloned toes; two great
    feathered wings (second material) raised high from the shoulders, their long primaries
    fanning up and back."""
    parts = [solid(_griffin_body(), 0.03, 0, "body")]
    head = _eagle_head()
    parts.append(solid(head, 0.02, 1))
    parts += _beak(at(*(_HEAD + v3(0.17, -0.03, 0.0))) @ rot("z", -6) @ scl(1.3))
    field = skin_field(head)
    parts += bird_eyes(field, _HEAD + v3(0.07, 0.02, 0.0), (0.25, 0.05, 1.0), 0.028,
                       "plume-tip", 1.7)  # fmt: skip
    parts.append(_ruff(rng))
    for s in (-1, 1):
        parts += _eagle_foot(_FORE + 0.1 * s, s * 0.17, s * 8)
        parts += _wing(s, rng)
    tail = [(-0.74, 0.92, 0.0), (-0.92, 0.78, 0.03), (-1.02, 0.5, 0.06), (-1.12, 0.36, 0.08),
            (-1.25, 0.42, 0.1), (-1.32, 0.56, 0.1)]  # fmt: skip
    parts.append(tube(tail, [0.05, 0.045, 0.038, 0.032, 0.03, 0.03], None, 0))
    tip = np.array(tail[-1])  # the tuft, darker
    parts.append(sphere(1.0, at(*(tip + v3(-0.01, 0.05, 0.0))) @ scl(0.06, 0.08, 0.06), 2))
    locks = []
    for k in range(14):
        q = 2 * np.pi * k / 7
        d = unit(
            np.array([-0.3, 1.0, 0.0])
            + (0.3 + 0.3 * (k % 2)) * np.array([np.cos(q), 0.0, np.sin(q)])
        )
        locks.append([tip, tip + d * 0.08, tip + d * (0.15 + 0.02 * (k % 3)) + (-0.03, 0, 0)])
    parts.append(hair_locks(locks, 0.07, 0.035, 2))
    yaw = 26 + float(rng.uniform(-4, 4))
    return [q.moved(rot("y", yaw)) for q in parts]


# 1543 shark, built along +z (its snout) and turned side on at the end

_Y0 = 0.85  # the body's axis above the floor
_SPINE = ((0.02, 1.5), (0.0, 1.2), (0.0, 0.6), (0.0, 0.0), (0.02, -0.6), (0.04, -1.1),
          (0.05, -1.48))  # fmt: skip
_SPINE_W = (0.27, 0.34, 0.38, 0.33, 0.21, 0.11, 0.075)
_SPINE_H = (0.32, 0.42, 0.48, 0.42, 0.28, 0.15, 0.09)


def _shark_shapes() -> list:
    """The shark's smooth body: a long spindle with a pointed conical snout, deepest a third of
    the way back, tapering to a slim tail stock with a keel on each side, a heavy lower jaw
    under the head."""
    pts = [(y + _Y0, z) for y, z in _SPINE]
    sh = spine([(0.0, y, z) for y, z in pts], _SPINE_W, _SPINE_H)
    sh.append(cone((0.0, _Y0 + 0.02, 1.45), (0.0, _Y0 + 0.05, 1.94), 0.28, 0.05, 0.12))  # snout
    sh.append(ellipsoid((0.0, _Y0 - 0.25, 1.38), (0.24, 0.09, 0.3), rot("x", -10), 0.08))
    for s in (-1, 1):  # the keels on the tail stock
        sh.append(ellipsoid((s * 0.07, _Y0 + 0.05, -1.4), (0.05, 0.025, 0.2), None, 0.04))
    return sh


_FOIL = np.array([(np.cos(a), np.sin(a) * (0.55 + 0.45 * np.cos(a)))
                  for a in np.linspace(0, 2 * np.pi, 16, endpoint=False)])  # fmt: skip
"""A fin's section: blunt at its leading edge (+x), thin toward its trailing edge."""


def _fin(root, span, chord, rings, thick: float, slot=0) -> Part:
    """A fin from ``root`` out along the direction ``span``, its sections' chords along
    ``chord``: rings (distance out, leading edge, trailing edge) in metres along those, the
    fin ``thick`` at its root thinning to a third at its tip."""
    r0, e1, e2 = np.asarray(root, float), unit(span), unit(chord)
    nrm = unit(np.cross(e1, e2))
    r = np.asarray(rings, float)
    t = np.linspace(1.0, 0.3, len(r))
    c = r0 + np.outer(r[:, 0], e1) + np.outer((r[:, 1] + r[:, 2]) / 2, e2)
    u = np.outer((r[:, 1] - r[:, 2]) / 2, e2)
    v = np.outer(thick / 2 * t, nrm)
    return loft(c, u, v, _FOIL, slot)


def _mouth(field) -> list[Part]:
    """The shark's mouth a little open under its snout: a dark curved gape from corner to
    corner round the front of the lower head, a row of triangular teeth (second material)
    hanging from its upper edge and a row standing on its lower edge."""
    a = np.radians(np.linspace(-80, 80, 19))
    x, z = 0.26 * np.sin(a), 1.36 + 0.34 * np.cos(a)
    y = _Y0 - 0.2 + 0.06 * np.cos(a)
    o = np.stack([np.zeros_like(a), np.full_like(a, _Y0 - 0.02), z], 1)
    d = np.stack([x, y - o[:, 1], np.zeros_like(a)], 1)
    ps, ns = skin_hits(field, o, d, 0.6, 128, 0.01)
    parts = [skin_strip(ps + ns * 0.004, ns, 0.075, 0.014, "lining")]
    t = np.gradient(ps, axis=0)
    up = units(np.cross(ns, t))
    up *= np.sign(up[:, 1:2])  # up the skin, square to the gape
    roots, tips = [], []
    for edge, lean in ((1, -1), (-1, 1)):
        r = ps + ns * 0.012 + up * edge * 0.037
        roots += list(r[1:-1])
        tips += list((r + up * lean * 0.06 + ns * 0.005)[1:-1])
    parts.append(bristles(roots, tips, 0.016, 1))
    return parts


def _shark(rng: Rng) -> list[Part]:
    """A great white shark swimming level just above the floor, side on with its head to the
    viewer's right: a long heavy torpedo body, pale below, a pointed conical snout, small dark
    eyes, five gill slits on each side, the mouth a little open under the snout showing rows of
    triangular teeth (second material); a tall triangular dorsal fin, two long pectoral fins
    swept out, back and down, small pelvic and anal fins and a second dorsal, and a tall
    crescent tail fin, its upper lobe a little longer than the lower."""
    shapes = _shark_shapes()
    field = skin_field(shapes)
    parts = [solid(shapes, 0.04, 0, "body")]
    parts.append(colour_patch(shapes, (0.0, _Y0 - 0.58, 0.4), (0.7, 0.5, 2.1), 3, 0.0, 0.008,
                              0.05))  # the pale belly # fmt: skip
    up, fwd = (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)
    top = _Y0 + 0.44
    dorsal = [(-0.1, 0.62, -0.1), (0.2, 0.48, -0.04), (0.4, 0.3, 0.02), (0.6, 0.06, -0.04)]
    parts.append(_fin((0.0, top, 0.0), up, fwd, dorsal, 0.09))
    parts.append(_fin((0.0, _Y0 + 0.12, -1.05), up, fwd,
                      [(0.0, 0.12, -0.1), (0.12, 0.04, -0.05)], 0.04))  # fmt: skip
    parts.append(_fin((0.0, _Y0 - 0.08, -1.0), (0, -1, 0), fwd,
                      [(0.0, 0.1, -0.1), (0.11, 0.03, -0.06)], 0.04))  # fmt: skip
    for s in (-1, 1):
        span = (s * 0.8, -0.55, -0.2)
        pect = [(-0.05, 0.3, -0.2), (0.3, 0.15, -0.2), (0.62, 0.0, -0.14), (0.84, -0.12, -0.16)]
        parts.append(_fin((s * 0.22, _Y0 - 0.24, 0.82), span, fwd, pect, 0.08))
        parts.append(_fin((s * 0.1, _Y0 - 0.26, -0.5), (s * 0.6, -0.8, -0.3), fwd,
                          [(0.0, 0.1, -0.08), (0.15, 0.0, -0.08)], 0.04))  # fmt: skip
    stock = np.array([0.0, _Y0 + 0.05, -1.45])
    upper = [(0.0, 0.16, -0.27), (0.3, 0.14, -0.13), (0.6, 0.06, -0.1), (0.9, -0.03, -0.11),
             (1.08, -0.11, -0.13)]  # fmt: skip
    parts.append(_fin(stock, (0.0, 0.86, -0.5), fwd, upper, 0.08))
    lower = [(0.0, 0.14, -0.27), (0.28, 0.1, -0.13), (0.55, 0.02, -0.1), (0.8, -0.06, -0.1),
             (0.95, -0.12, -0.13)]  # fmt: skip
    parts.append(_fin(stock, (0.0, -0.8, -0.55), fwd, lower, 0.08))
    eyes, _ = skin_hits(field, [(0.0, _Y0 + 0.05, 1.5)] * 2, [(1, 0.25, 0.35), (-1, 0.25, 0.35)],
                        0.5, 96, 0.01)  # fmt: skip
    parts.append(balls(eyes, 0.032, "pupil", 8, 5))
    for k in range(5):  # the gill slits
        z = 1.12 - 0.075 * k
        ys = np.linspace(-0.24, 0.13 - 0.015 * k, 6)
        for s in (-1, 1):
            o = [(0.0, _Y0 + y, z) for y in ys]
            ps, ns = skin_hits(field, o, [(s, 0.0, 0.0)] * len(o), 0.6, 96, 0.01)
            parts.append(skin_strip(ps + ns * 0.004, ns, 0.022, 0.012, "marking"))
    parts += _mouth(field)
    turn = rot("y", 90 + 20 + float(rng.uniform(-4, 4)))
    return [q.moved(turn) for q in parts]


MORE_APPLIANCES_ZZZZZV: dict = {1541: _tiara, 1542: _griffin, 1543: _shark}
"""These appliances by the device family's ``appliance``."""
