"""More of the device family's appliances, from 868: an airship mooring mast, a rope ladder, a
bell jar, a hand crank drill, an olive press, a laurel wreath.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import gear_outline
from ._primitives import (
    DIAMOND,
    box,
    catmull_rom,
    cylinder,
    lathe,
    slab,
    sphere,
    strip,
    torus,
    tube,
)
from ._shapes import leaf

__all__ = ["MORE_APPLIANCES_ZZG"]

Rng = np.random.Generator


def _bar(a, b, r: float, slot=0) -> Part:
    """A thin straight bar of square section from a to b (a girder, a brace, a rung)."""
    return tube([a, b], r, None, slot, shape=DIAMOND)


def _rod(a, b, r: float, slot=0) -> Part:
    """A round rod from a to b (a cylinder: few rings)."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    return cylinder(r, r, float(np.linalg.norm(b_ - a_)), at(*a_) @ align(b_ - a_), slot)


def _frame(origin, y, z) -> np.ndarray:
    """A placement at origin whose y axis runs along y and whose z axis is as near z as it can
    be while square to it."""
    yv = np.asarray(y, float) / np.linalg.norm(y)
    xv = np.cross(yv, np.asarray(z, float))
    xv /= np.linalg.norm(xv)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = xv, yv, np.cross(xv, yv), origin
    return m


def _mooring_mast(rng: Rng) -> list[Part]:
    """An airship mooring mast: a tall steel lattice tower tapering from four splayed legs on a
    concrete footing, its sides cross-braced in X panels, a round railed platform at the top
    with a winch house and a conical cap ending in the mooring cup and its ring, a ladder up
    one leg, three guy cables down to concrete anchors on the ground."""
    y0, top = 0.07, 0.84
    b, t = 0.15, 0.055  # half-widths of the tower at its foot and its top

    def corner(y: float, sx: float, sz: float) -> tuple[float, float, float]:
        w = b + (t - b) * (y - y0) / (top - y0)
        return (sx * w, y, sz * w)

    parts = [box(0.44, 0.045, 0.44, None, 1, "body")]  # the footing
    parts.append(box(0.38, 0.025, 0.38, at(0, 0.045, 0), 1))
    corners = ((1, 1), (1, -1), (-1, -1), (-1, 1))
    for sx, sz in corners:
        parts.append(box(0.06, 0.03, 0.06, at(sx * b, 0.045, sz * b), 1))  # the leg's pier
        parts.append(tube([corner(y0, sx, sz), corner(top, sx, sz)], 0.011, None, 0))
    levels = y0 + (top - y0) * (1 - 0.86 ** np.arange(7)) / (1 - 0.86**6)  # panels shrink upward
    for ya, yb in pairwise(levels):
        for k in range(4):
            c0, c1 = corners[k], corners[(k + 1) % 4]
            parts.append(_bar(corner(yb, *c0), corner(yb, *c1), 0.006))
            parts.append(_bar(corner(ya, *c0), corner(yb, *c1), 0.0045))
            parts.append(_bar(corner(ya, *c1), corner(yb, *c0), 0.0045))
    h = 0.15  # the round platform, its railing
    parts.append(cylinder(h, h, 0.014, at(0, top, 0), 0))
    for y in (0.035, 0.07):
        parts.append(torus(h - 0.004, 0.004, at(0, top + y, 0), 0))
    for k in range(8):
        a = np.radians(22.5 + 45 * k)
        x, z = (h - 0.004) * np.sin(a), (h - 0.004) * np.cos(a)
        parts.append(_bar((x, top, z), (x, top + 0.07, z), 0.004))
    parts.append(cylinder(0.075, 0.075, 0.07, at(0, top + 0.014, 0), 0))  # the winch house
    parts.append(cylinder(0.085, 0.085, 0.012, at(0, top + 0.084, 0), 0))
    parts.append(cylinder(0.08, 0.022, 0.11, at(0, top + 0.096, 0), 0))  # the conical cap
    parts.append(cylinder(0.018, 0.018, 0.03, at(0, top + 0.2, 0), 0))
    parts.append(cylinder(0.016, 0.06, 0.05, at(0, top + 0.225, 0), 0))  # the mooring cup
    parts.append(torus(0.06, 0.008, at(0, top + 0.275, 0), "steel"))  # its ring
    out = np.array([1.0, 0.0, 1.0]) / np.sqrt(2)  # the ladder up the front right leg
    side = np.array([1.0, 0.0, -1.0]) / np.sqrt(2)
    for s in (-1, 1):
        a = np.array(corner(y0 + 0.03, 1, 1)) + 0.04 * out + s * 0.02 * side
        c = np.array(corner(top, 1, 1)) + 0.04 * out + s * 0.02 * side
        parts.append(_bar(tuple(a), tuple(c), 0.0055))
    for y in np.arange(y0 + 0.06, top, 0.045):
        p = np.array(corner(y, 1, 1)) + 0.04 * out
        parts.append(_bar(tuple(p - 0.02 * side), tuple(p + 0.02 * side), 0.0045))
    for y in (0.25, 0.5, 0.75):  # its stays to the leg
        p = np.array(corner(y, 1, 1))
        parts.append(_bar(tuple(p), tuple(p + 0.04 * out), 0.004))
    turn = float(rng.uniform(-10, 10))
    for az in (-40.0, 95.0, 215.0):  # the guy cables and their anchors
        a = np.radians(az + turn)
        d = np.array([np.sin(a), 0.0, np.cos(a)])
        hi = np.array([0.0, top - 0.02, 0.0]) + d * 0.09
        lo = np.array([0.0, 0.035, 0.0]) + d * 0.46
        mid = (hi + lo) / 2 - np.array([0.0, 0.025, 0.0])
        parts.append(tube([hi, mid, lo], 0.003, None, "steel"))
        parts.append(box(0.06, 0.035, 0.06, at(*(d * 0.47)) @ rot("y", az + turn), 1))
    return parts


def _twisted(ctrl, r: float, slot=0) -> list[Part]:
    """A twisted rope through the control points: a core with two strands winding round it."""
    pts = catmull_rom(ctrl, 240)
    s = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(pts, axis=0), axis=1))])
    parts = [tube(ctrl, r * 0.8, None, slot)]
    pitch = 0.085
    ss = np.linspace(0, s[-1], int(s[-1] / pitch * 3))
    p = np.stack([np.interp(ss, s, pts[:, i]) for i in range(3)], 1)
    tan = np.gradient(p, axis=0)
    u = np.cross(tan, [1.0, 0.0, 0.0])
    u /= np.linalg.norm(u, axis=1, keepdims=True)
    v = np.cross(tan / np.linalg.norm(tan, axis=1, keepdims=True), u)
    for phase in (0.0, np.pi):
        a = 2 * np.pi * ss / pitch + phase
        strand = p + 0.5 * r * (np.cos(a)[:, None] * u + np.sin(a)[:, None] * v)
        parts.append(tube(strand, 0.55 * r, None, slot, shape=DIAMOND))
    return parts


def _rope_ladder(rng: Rng) -> list[Part]:
    """A rope ladder hanging from a wooden beam on two posts: two long twisted ropes looped
    over the beam, eight round wooden rungs lashed between them, the ladder swaying in a
    slight curve and its bottom end lying on the ground toward the viewer."""
    parts = [box(0.86, 0.06, 0.07, at(0, 1.1, 0), 1, "body")]  # the beam
    for s in (-1, 1):  # its posts on cross feet
        parts.append(box(0.06, 1.1, 0.06, at(s * 0.38, 0, 0), 1))
        parts.append(box(0.08, 0.04, 0.4, at(s * 0.38, 0, 0), 1))
        for sz in (-1, 1):
            parts.append(_bar((s * 0.38, 0.3, 0.0), (s * 0.38, 0.04, sz * 0.15), 0.018, 1))
    sw = float(rng.uniform(0.03, 0.05)) * float(rng.choice([-1, 1]))
    r = 0.013
    ropes = []
    for x0 in (-0.16, 0.16):
        ctrl = [(x0, 1.1, 0.0), (x0 + 0.35 * sw, 0.86, 0.0), (x0 + 0.75 * sw, 0.6, 0.006),
                (x0 + sw, 0.38, 0.014), (x0 + 0.8 * sw, 0.18, 0.035), (x0 + 0.4 * sw, 0.05, 0.1),
                (x0 + 0.1 * sw, r, 0.22), (x0 - 0.02 * sw, r, 0.36)]  # fmt: skip
        ropes.append(catmull_rom(ctrl, 240))
        parts += _twisted(ctrl, r)
        parts.append(torus(0.045, 0.011, at(x0, 1.13, 0) @ rot("z", 90)))  # looped over the beam
    s = [np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))])
         for p in ropes]  # fmt: skip
    for k in range(8):
        d = 0.1 + 0.152 * k
        a, c = (np.array([np.interp(d, sk, p[:, i]) for i in range(3)])
                for sk, p in zip(s, ropes, strict=True))  # fmt: skip
        lift = max(0.0, 0.016 - min(a[1], c[1]))  # a rung lying on the ground rests on it
        a, c = a + v3(0, lift, 0), c + v3(0, lift, 0)
        span = (c - a) / np.linalg.norm(c - a)
        parts.append(_rod(a - 0.03 * span, c + 0.03 * span, 0.016, 1))
        for p, sk, rope in zip((a, c), s, ropes, strict=True):  # the lashings
            i = int(np.searchsorted(sk, d))
            tan = rope[min(i + 1, len(rope) - 1)] - rope[max(i - 1, 0)]
            tan /= np.linalg.norm(tan)
            parts.append(cylinder(0.02, 0.02, 0.045, at(*(p - 0.0225 * tan)) @ align(tan), 0))
    return parts


def _bell_jar(rng: Rng) -> list[Part]:
    """A glass bell jar (cloche): a tall clear dome with straight sides and a rounded top,
    empty inside, a round knob on its crown, standing in a thin brass ring on a round turned
    wooden base."""
    R, wall, dome, t = 0.28, 0.42, 0.25 + float(rng.uniform(-0.02, 0.02)), 0.008
    a = np.linspace(0, np.pi / 2, 9)[1:-1]
    top = wall + dome
    outer = [(R + 0.012, 0.0), (R + 0.012, 0.014), (R, 0.03), (R, wall * 0.5), (R, wall)]
    outer += [(R * np.cos(x), wall + dome * np.sin(x)) for x in a] + [(0.03, top)]
    inner = [(0.03, top - t)] + [((R - t) * np.cos(x), wall + (dome - t) * np.sin(x))
                                 for x in a[::-1]]  # fmt: skip
    inner += [(R - t, wall), (R - t, wall * 0.5), (R - t, 0.02), (R - t, 0.0)]
    base_h = 0.07
    parts = [lathe(outer + inner, at(0, base_h, 0), 0, "body", closed=True)]  # the glass dome
    parts.append(cylinder(0.02, 0.02, 0.03, at(0, base_h + top - 0.012, 0), 0))  # the knob
    parts.append(sphere(1.0, at(0, base_h + top + 0.045, 0) @ scl(0.045, 0.04, 0.045), 0))
    base = [(0.0, 0.0), (0.35, 0.0), (0.36, 0.012), (0.352, 0.03), (0.34, 0.045), (0.33, 0.06),
            (0.31, base_h), (0.0, base_h)]  # fmt: skip
    parts.append(lathe(base, None, 1))  # the turned wooden base
    parts.append(torus(R + 0.006, 0.008, at(0, base_h + 0.006, 0), "copper"))  # the brass ring
    return parts


def _hand_drill(rng: Rng) -> list[Part]:
    """A hand crank drill (egg-beater drill) standing upright: a long frame with a wooden top
    handle, a big toothed gear wheel with spokes and a wooden crank handle on its face meshing
    with a small pinion on the spindle, a wooden side handle on the frame, a knurled chuck and
    a twist drill bit at the bottom; turned so the wheel faces the viewer at an angle."""
    R, Rc, hc = 0.165, 0.15, 0.56  # the wheel: its radius, its teeth's circle, its centre height
    rp, zf = 0.026, -0.035  # the pinion's radius, the frame bar's depth behind the spindle
    zw = rp + 0.014  # the wheel's mid plane in front of the spindle
    frame = [(0, 0.3, 0), (0, 0.37, 0), (0, 0.385, zf), (0, 0.5, zf), (0, 0.74, zf),
             (0, 0.84, zf), (0, 0.87, 0)]  # fmt: skip
    parts = [tube(frame, 0.011, None, 0, "body")]  # the frame
    parts.append(cylinder(0.016, 0.016, 0.1, at(0, 0.28, 0), 0))  # the spindle's housing
    parts.append(cylinder(0.022, 0.022, 0.02, at(0, 0.36, 0), 0))
    parts.append(stick((0, 0.37, 0), (0, hc - Rc + 0.015, 0), 0.006, 0))  # the spindle
    for y in (hc - Rc - 0.01, hc + Rc - 0.01):  # the pinion, the idler above
        parts.append(slab(gear_outline(rp, 9, 0.007), 0.02, at(0, y + 0.01, 0) @ rot("x", 90), 0))
    parts.append(stick((0, hc + Rc, 0), (0, hc + Rc, zf), 0.006, 0))
    parts.append(stick((0, hc, zf), (0, hc, zw), 0.009, 0))  # the wheel's axle
    wm = at(0, hc, zw) @ rot("x", 90)  # the wheel: local y toward the viewer
    parts.append(torus(R - 0.013, 0.013, wm @ scl(1, 0.6, 1), 0))
    parts.append(cylinder(0.026, 0.026, 0.03, wm @ at(0, -0.015, 0), 0))  # the hub
    spin = float(rng.uniform(0, 72))
    for k in range(5):  # curved spokes
        a = np.radians(spin + 72 * k)
        pts = [(0.02 * np.cos(a), 0, 0.02 * np.sin(a)),
               (0.08 * np.cos(a + 0.25), 0, 0.08 * np.sin(a + 0.25)),
               ((R - 0.02) * np.cos(a + 0.3), 0, (R - 0.02) * np.sin(a + 0.3))]  # fmt: skip
        parts.append(tube(pts, [0.009, 0.007, 0.008], wm, 0))
    n = 40
    for k in range(n):  # teeth round the rim, on its back face
        a = 360 * k / n
        parts.append(box(0.009, 0.032, 0.013, wm @ rot("y", a) @ at(Rc + 0.02, -0.0135, 0)
                         @ rot("z", 90) @ at(0, -0.016, 0), 0))  # fmt: skip
    ca = np.radians(spin + 36)  # the crank handle on the wheel's face, between two spokes
    cp = wm @ at(0.12 * np.cos(ca), 0, 0.12 * np.sin(ca))
    parts.append(cylinder(0.007, 0.007, 0.04, cp, 0))
    grip = [(0.0, 0.0), (0.012, 0.0), (0.018, 0.02), (0.02, 0.05), (0.016, 0.08), (0.0, 0.085)]
    parts.append(lathe(grip, cp @ at(0, 0.02, 0), 1))
    knob = [(0.012, 0.0), (0.028, 0.02), (0.04, 0.065), (0.038, 0.11), (0.025, 0.135),
            (0.0, 0.142)]  # fmt: skip
    parts.append(cylinder(0.016, 0.016, 0.03, at(0, 0.855, 0), 0))  # the ferrule
    parts.append(lathe(knob, at(0, 0.88, 0), 1))  # the top handle
    side = at(0, hc, zf) @ rot("x", -90)  # the side handle, away from the wheel
    parts.append(cylinder(0.008, 0.008, 0.03, side, 0))
    handle = [(0.0, 0.0), (0.016, 0.0), (0.022, 0.03), (0.024, 0.08), (0.02, 0.12), (0.0, 0.125)]
    parts.append(lathe(handle, side @ at(0, 0.025, 0), 1))
    chuck = [(0.0, 0.0), (0.01, 0.0), (0.02, 0.015), (0.026, 0.035), (0.026, 0.09),
             (0.022, 0.11), (0.0, 0.11)]  # fmt: skip
    ridges = np.array([(np.cos(x), np.sin(x)) for x in np.arange(24) * np.pi / 12])
    ridges *= np.where(np.arange(24) % 2 == 0, 1.0, 0.85)[:, None]
    parts.append(lathe(chuck, at(0, 0.17, 0), 0, shape=ridges))  # the knurled chuck
    parts.append(cylinder(0.0, 0.007, 0.025, None, "steel"))  # the bit's point
    parts.append(cylinder(0.007, 0.007, 0.15, at(0, 0.025, 0), "steel"))
    helix = [
        (0.007 * np.cos(x), 0.02 + 0.0075 * x, 0.007 * np.sin(x)) for x in np.arange(0, 14, 1.0)
    ]
    parts.append(tube(helix, 0.0028, None, "steel"))  # its flute's edge
    turn = rot("y", 82 + float(rng.uniform(-5, 5)))
    return [p.moved(turn) for p in parts]


def _olive_press(rng: Rng) -> list[Part]:
    """An ancient olive press (crushing mill): a big round stone basin with a raised rim and a
    spout at the front, a stone pillar in its middle with a wooden post, an upright millstone
    wheel standing in the trough on a horizontal wooden beam that passes through the post and
    sticks out far past the rim as a long handle to push round, olives in the trough, a clay
    jar on the ground beside the spout."""
    R, floor, rim = 0.48, 0.12, 0.24
    basin = [(0.0, 0.0), (R - 0.02, 0.0), (R, 0.025), (R + 0.005, 0.13), (R, rim - 0.02),
             (R - 0.02, rim), (R - 0.06, rim), (R - 0.08, rim - 0.02), (R - 0.09, floor + 0.04),
             (R - 0.11, floor + 0.005), (R - 0.16, floor), (0.0, floor)]  # fmt: skip
    parts = [lathe(basin, None, 0, "body")]  # the stone basin
    parts.append(cylinder(0.11, 0.1, 0.1, at(0, floor, 0), 0))  # the pillar
    parts.append(cylinder(0.12, 0.12, 0.025, at(0, floor + 0.1, 0), 0))
    parts.append(cylinder(0.04, 0.035, 0.38, at(0, floor + 0.12, 0), 1))  # the post
    parts.append(cylinder(0.05, 0.03, 0.04, at(0, floor + 0.49, 0), 1))
    rw, tw = 0.215, 0.13  # the millstone
    yaw = 20 + float(rng.uniform(-8, 8))
    bm = rot("y", yaw)  # the beam runs along local +x
    hy = floor + rw  # the axle's height
    parts.append(box(1.04, 0.055, 0.055, bm @ at(0.37, hy - 0.0275, 0), 1))
    parts.append(cylinder(0.018, 0.018, 0.12, bm @ at(0.86, hy, 0), 1))  # a peg to push on
    wheel = [(0.0, 0.0), (rw - 0.015, 0.0), (rw, 0.02), (rw, tw - 0.02), (rw - 0.015, tw),
             (0.0, tw)]  # fmt: skip
    wm = bm @ at(0.255 - tw / 2, hy, 0) @ rot("z", -90)
    parts.append(lathe(wheel, wm, 0))
    for y in (-0.004, tw + 0.004):  # the iron collars where the beam goes through
        parts.append(box(0.08, 0.008, 0.08, wm @ at(0, y - 0.004, 0), "marking"))
    sm = rot("y", 8) @ at(0, 0, R - 0.03) @ rot("x", 8)  # the spout at the front
    parts.append(box(0.1, 0.03, 0.18, sm @ at(0, floor - 0.03, 0.09), 0))
    for s in (-1, 1):
        parts.append(box(0.02, 0.04, 0.18, sm @ at(s * 0.04, floor, 0.09), 0))
    parts.append(box(0.06, 0.006, 0.2, sm @ at(0, floor - 0.002, 0.08), "marking"))
    jar = [(0.0, 0.0), (0.05, 0.0), (0.09, 0.04), (0.11, 0.12), (0.1, 0.19), (0.06, 0.24),
           (0.045, 0.265), (0.058, 0.285), (0.05, 0.295), (0.0, 0.29)]  # fmt: skip
    jp = rot("y", -24) @ at(0, 0, R + 0.17)
    parts.append(lathe(jar, jp, "cork"))  # the clay jar with painted bands
    for y, r in ((0.09, 0.104), (0.16, 0.108)):
        parts.append(torus(r, 0.006, jp @ at(0, y, 0), "marking"))
    parts.append(cylinder(0.042, 0.042, 0.004, jp @ at(0, 0.292, 0), "marking"))
    for k in range(11):  # olives in the trough
        a = float(rng.uniform(0, 2 * np.pi))
        d = float(rng.uniform(R - 0.14, R - 0.1))
        m = at(d * np.cos(a), floor + 0.014, d * np.sin(a)) @ rot("y", float(rng.uniform(0, 180)))
        parts.append(sphere(1.0, m @ scl(0.022, 0.016, 0.016), "land" if k % 3 else "marking"))
    return parts


def _laurel_leaf(base, a, up, length: float, slot=0) -> Part:
    """A pointed oval leaf from base along a, its face toward up."""
    m = _frame(np.asarray(base, float) + a * length / 2, a, up)
    return slab(leaf(0.32), 0.008, m @ scl(length / 2, length / 2, 1.0), slot)


def _laurel_wreath(rng: Rng) -> list[Part]:
    """A golden laurel wreath: two curved branches set with many pairs of small pointed oval
    leaves, tied with a ribbon bow at the back and almost meeting at the front, where a gap is
    left open; lying tilted toward the viewer."""
    R = 0.38
    up = np.array([0.0, 1.0, 0.0])
    parts: list[Part] = []
    for side in (1, -1):
        th = np.linspace(np.pi - 0.08, 0.2, 18)
        stem = [(side * R * np.sin(x), 0.0, R * np.cos(x)) for x in th]
        parts.append(tube([*stem[::2], stem[-1]], 0.007, None, 0, "body" if side == 1 else ""))
        for i, x in enumerate(th[:-1]):
            p = np.array(stem[i])
            d = np.array([-side * np.cos(x), 0.0, np.sin(x)])  # along the branch toward its tip
            out = np.array([side * np.sin(x), 0.0, np.cos(x)])
            size = 0.13 - 0.05 * i / len(th) + float(rng.uniform(-0.01, 0.01))
            for s, lift in ((1, 0.004), (-1, 0.008)):  # a pair: one out, one in
                ang = np.radians(38 + float(rng.uniform(-6, 6)))
                a = np.cos(ang) * d + s * np.sin(ang) * out + 0.35 * up
                a /= np.linalg.norm(a)
                face = up - s * 0.35 * out
                parts.append(_laurel_leaf(p + lift * up, a, face, size))
        tip = np.array(stem[-1])
        d = np.array([-side * np.cos(0.2), 0.0, np.sin(0.2)])
        parts.append(_laurel_leaf(tip + 0.006 * up, (d + 0.25 * up) / np.linalg.norm(d + 0.25 * up),
                                  up, 0.085))  # fmt: skip
    back = np.array([0.0, 0.012, -R])  # the ribbon's bow at the back
    parts.append(sphere(1.0, at(*back) @ scl(0.03, 0.022, 0.03), 1))
    for s in (-1, 1):
        loop = at(*(back + v3(s * 0.045, 0.005, 0.0))) @ rot("z", s * 20) @ scl(1.0, 0.45, 0.7)
        parts.append(torus(0.04, 0.011, loop, 1))
        end = back + v3(s * 0.1, -0.03, -0.1)
        parts.append(strip(back + v3(s * 0.01, 0.0, -0.01), end, up, 0.045, 0.006, 1))
    tilt = 38.0
    m = at(0, R * np.sin(np.radians(tilt)) + 0.035, 0) @ rot("x", tilt)
    return [p.moved(m) for p in parts]


MORE_APPLIANCES_ZZG = {
    868: _mooring_mast, 869: _rope_ladder, 870: _bell_jar, 871: _hand_drill, 872: _olive_press,
    873: _laurel_wreath,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
