"""More of the device family's appliances, from 1337: a cottonmouth gaping, a sidewinder on
the sand, a coiled electric cable, a daybed, a Louis XV fauteuil, a folded blanket, a venetian
blind, a banner between two poles.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from ._geometry import Part, at, mesh_part, rot, scl, v3
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    ball_mesh,
    band,
    blocks,
    cloth_sheet,
    ellipse,
    flower,
    lobed,
    loft,
    pillow,
    rrect_outline,
    skin_strip,
    superellipse,
    unit,
)
from ._lettering import paint_text
from ._primitives import HEXAGON, box, catmull_rom, cylinder, lathe, slab, sphere, tube

__all__ = ["MORE_APPLIANCES_ZZZZQ"]

Rng = np.random.Generator


# ---- shared pieces ---------------------------------------------------------------------------


def _ring(n: int) -> np.ndarray:
    """A round cross-section of n points (a smoother body than ``tube``'s ten)."""
    t = np.arange(n) * (2 * np.pi / n)
    return np.stack([np.cos(t), np.sin(t)], 1)


def _frame(o, fwd, up) -> np.ndarray:
    """A placement at o whose x runs along ``fwd`` and whose y is ``up`` squared to it."""
    x = unit(fwd)
    y = np.asarray(up, float) - x * (x @ np.asarray(up, float))
    y = unit(y)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = x, y, np.cross(x, y), o
    return m


_YZX = np.array([[0.0, 1, 0, 0], [0, 0, 1, 0], [1, 0, 0, 0], [0, 0, 0, 1]])
"""Turns local y onto x, z onto y and x onto z."""


def _lay(o, along, up) -> np.ndarray:
    """A placement at o whose y runs along ``along`` and whose z is ``up`` squared to it (a thing
    built along +y laid down flat)."""
    return _frame(o, along, up) @ _YZX


def _dense(ctrl, radii, n: int) -> tuple[np.ndarray, np.ndarray]:
    """n points along the smooth curve through ``ctrl`` (as ``tube`` runs it) and its radii."""
    p = catmull_rom(np.asarray(ctrl, float), n)
    r = np.interp(np.linspace(0, 1, n), np.linspace(0, 1, len(ctrl)), radii)
    return p, r


def _bands(path, radii, every: int, width: int, grow: float, slot, skip: int = 0) -> list[Part]:
    """Crossbands round a body along a dense ``path``: a short sleeve ``width`` points long and
    ``grow`` proud of the body every ``every`` points (after ``skip``)."""
    parts = []
    for i in range(skip, len(path) - width, every):
        idx = [i, i + 1, i + width - 1, i + width]
        r = radii[idx] * (1.0 + grow)
        parts.append(tube(path[idx], r, None, slot, shape=_ring(10)))
    return parts


def _lumps(mats, slot, sides: int = 8, rings: int = 3) -> Part:
    """Many small flattened lumps in one part (blotches on a skin): a unit ball of few faces
    placed by each 4x4 matrix of ``mats``."""
    v, faces = ball_mesh(sides, rings)
    m = np.asarray(mats, float).reshape(-1, 4, 4)
    verts = np.einsum("vk,njk->nvj", v, m[:, :3, :3]) + m[:, None, :3, 3]
    faces = faces[None] + (np.arange(len(m)) * len(v))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), faces.reshape(-1, 3), slot)


def _jaw(rows, shape, m: np.ndarray, slot, tag: str = "") -> Part:
    """One jaw (or a whole head) as a loft along local +x under m: ``rows`` of (x, half width,
    height, lift), the cross-section ``shape`` scaled to each."""
    c = [(x, y, 0.0) for x, _, _, y in rows]
    u = [(0.0, 0.0, w) for _, w, _, _ in rows]
    v = [(0.0, h, 0.0) for _, _, h, _ in rows]
    return loft(c, u, v, shape, slot, tag).moved(m)


def _dome(n: int = 14, flat: float = -0.05) -> np.ndarray:
    """A jaw's cross-section: a round dome over a flat floor at ``flat`` (counter-clockwise)."""
    t = np.linspace(0.0, np.pi, n)
    return np.concatenate([np.stack([np.cos(t), np.sin(t)], 1), [[-0.9, flat], [0.9, flat]]])


def _reslot(p: Part, slot, tag: str = "") -> Part:
    """The part in another slot (and tag)."""
    return dataclasses.replace(p, slot=slot, tag=tag or p.tag)


def _tassel(m: np.ndarray, h: float, slot) -> list[Part]:
    """A tassel hanging from m (its top at 0, down local -y): a round knob, a collar and a
    flared skirt of threads."""
    prof = [(0.0, 0.0), (0.3, -0.05), (0.34, -0.18), (0.2, -0.3), (0.24, -0.36), (0.3, -0.5),
            (0.42, -0.95), (0.3, -1.0), (0.0, -1.0)]  # fmt: skip
    return [lathe([(r * h, y * h) for r, y in prof], m, slot, shape=_ring(10))]


# ---- 1337 cottonmouth ------------------------------------------------------------------------


def _gaping_head(m: np.ndarray, gape: float) -> list[Part]:
    """A pit viper's broad triangular head along +x under m, the jaw hinge at m's origin and the
    lower jaw dropped ``gape`` degrees: the mouth lined bright white, two long fangs hanging
    from the front of the upper jaw, small dark eyes under a heavy brow."""
    down = m @ rot("z", -gape)
    skull = [(-0.07, 0.04, 0.036, -0.01), (-0.03, 0.06, 0.046, 0.0), (0.02, 0.066, 0.046, 0.0),
             (0.07, 0.052, 0.038, 0.0), (0.11, 0.034, 0.028, 0.0),
             (0.14, 0.014, 0.015, 0.0)]  # fmt: skip
    parts = [_jaw(skull, _dome(), m, 0, "head")]
    palate = [(-0.03, 0.05, 0.004, -0.003), (0.02, 0.058, 0.004, -0.003),
              (0.07, 0.046, 0.004, -0.003), (0.13, 0.014, 0.004, -0.002)]  # fmt: skip
    parts.append(_jaw(palate, ellipse(1.0, 1.0, 12), m, "sheet"))
    chin = [(-0.03, 0.052, 0.03, 0.0), (0.02, 0.05, 0.03, 0.0), (0.07, 0.04, 0.025, 0.0),
            (0.115, 0.025, 0.018, 0.0), (0.138, 0.01, 0.01, 0.0)]  # fmt: skip
    parts.append(_jaw(chin, (_dome() * (1.0, -1.0))[::-1], down, 0))
    floor = [(-0.02, 0.046, 0.004, 0.003), (0.06, 0.036, 0.004, 0.003),
             (0.125, 0.01, 0.004, 0.002)]  # fmt: skip
    parts.append(_jaw(floor, ellipse(1.0, 1.0, 12), down, "sheet"))
    throat = m @ rot("z", -gape / 2) @ at(-0.004, 0.0, 0.0) @ scl(0.026, 0.022, 0.045)
    parts.append(sphere(1.0, throat, "sheet"))
    for s in (-1, 1):
        fang = m @ at(0.112, 0.0, s * 0.02) @ rot("z", 14)
        parts.append(cylinder(0.006, 0.0, 0.04, fang @ rot("x", 180), "tooth"))
        eye = m @ at(0.075, 0.026, s * 0.043)
        parts.append(sphere(1.0, eye @ scl(0.01, 0.009, 0.008), "pupil"))
        parts.append(sphere(1.0, eye @ at(0.0, 0.01, -s * 0.006) @ scl(0.018, 0.006, 0.01), 0))
    return parts


def _cottonmouth(rng: Rng) -> list[Part]:
    """A cottonmouth (water moccasin) in its threat display: a thick, heavy, dark olive-black
    snake lying in a loose S of three runs on the ground, its short tail tapering to a point,
    its forebody rising from the back run in an S, its broad triangular head thrown back and
    the lower jaw dropped wide open to show the bright white inside of the mouth and two
    fangs; faint dark crossbands (second material) all along its body."""
    turn = float(rng.uniform(-6, 6))
    hinge = np.array([-0.06, 0.4, 0.04])
    head = at(*hinge) @ rot("y", -105 + turn) @ rot("z", 58) @ scl(1.3)
    d = head[:3, 0] / 1.3
    ctrl = [(0.44, 0.0, 0.24), (0.26, 0.0, 0.27), (0.0, 0.0, 0.25), (-0.26, 0.0, 0.21),
            (-0.38, 0.0, 0.12), (-0.3, 0.0, 0.04), (-0.02, 0.0, 0.05), (0.26, 0.0, 0.03),
            (0.38, 0.0, -0.06), (0.28, 0.0, -0.14), (0.0, 0.0, -0.15), (-0.2, 0.0, -0.12),
            (-0.26, 0.14, -0.09), (-0.2, 0.26, -0.1), tuple(hinge - d * 0.08),
            tuple(hinge - d * 0.03)]  # fmt: skip
    radii = np.array([0.01, 0.035, 0.055, 0.066, 0.07, 0.072, 0.072, 0.072, 0.07, 0.068, 0.066,
                      0.062, 0.055, 0.05, 0.047, 0.046])  # fmt: skip
    pts = np.array(ctrl, float)
    pts[:, 1] = np.maximum(pts[:, 1], radii)
    jig = rng.uniform(-0.012, 0.012, (len(pts), 3)) * (1.0, 0.0, 1.0)
    pts[1:-4] += jig[1:-4]
    parts = [tube(pts, radii, None, 0, "body", shape=_ring(16))]
    path, rr = _dense(pts, radii, 220)
    parts += _bands(path, rr, 13, 5, 0.035, 1, 6)
    parts += _gaping_head(head, 100.0)
    return parts


# ---- 1338 sidewinder -------------------------------------------------------------------------


def _viper_head(m: np.ndarray, horns: bool) -> list[Part]:
    """A small rattlesnake's head along +x under m (its neck at 0): broad behind the jaws,
    narrowing to a blunt snout, dark eyes, a horn-like scale raised over each eye and a red
    forked tongue."""
    rows = [(-0.012, 0.017, 0.015, 0.0), (0.01, 0.031, 0.017, 0.003), (0.032, 0.033, 0.017, 0.003),
            (0.055, 0.024, 0.014, 0.002), (0.074, 0.014, 0.01, 0.0),
            (0.083, 0.006, 0.005, -0.001)]  # fmt: skip
    parts = [_jaw(rows, _dome(14, -0.7), m, 0, "head")]
    for s in (-1, 1):
        eye = m @ at(0.046, 0.012, s * 0.023)
        parts.append(sphere(0.005, eye, "pupil"))
        if horns:
            parts.append(cylinder(0.006, 0.0, 0.017, eye @ at(-0.004, 0.005, -s * 0.003)
                                  @ rot("x", -s * 10) @ rot("z", 35), 0))  # fmt: skip
    tip = (m @ np.array([0.082, -0.004, 0.0, 1.0]))[:3]
    fwd = m[:3, 0]
    side = m[:3, 2]
    for s in (-1, 1):
        fork = [tip, tip + fwd * 0.025, tip + fwd * 0.038 + side * s * 0.008]
        parts.append(tube(fork, 0.0022, None, "comb", shape=HEXAGON))
    return parts


def _rattle(m: np.ndarray, n: int, r: float, slot) -> Part:
    """A rattlesnake's rattle along local +y from m: n interlocking lobes, each a little smaller
    toward the tip, flattened side to side."""
    prof = [(0.0, 0.0)]
    y = 0.0
    for k in range(n):
        rk = r * (1.0 - 0.08 * k)
        prof += [(rk * 0.7, y + 0.1 * rk), (rk, y + 0.45 * rk), (rk * 0.95, y + 0.75 * rk),
                 (rk * 0.62, y + 0.95 * rk)]  # fmt: skip
        y += 0.95 * rk
    prof.append((0.0, y + 0.1 * r))
    return lathe(prof, m @ scl(1.0, 1.0, 0.65), slot, sides=10)


def _sidewinder(rng: Rng) -> list[Part]:
    """A sidewinder moving across a patch of sand: a slender pale sandy rattlesnake lying along
    a diagonal, its body thrown into S-shaped loops with two of them lifted clear of the sand in
    arches, its small head leading with a horn-like scale over each eye and a red forked tongue,
    a rattle at its tail tip; behind it, the parallel J-shaped tracks it has left; dark blotches
    (second material) along its back."""
    ground = 0.022
    sand = [(0.0, 0.0), (1.0, 0.0), (0.93, 0.01), (0.7, ground - 0.002), (0.0, ground)]
    parts = [lathe(sand, scl(0.64, 1.0, 0.5), "soil", "body", shape=lobed(36, 7, 0.08))]
    yaw = -22.0 + float(rng.uniform(-5, 5))
    place = at(-0.02, ground, 0.14) @ rot("y", yaw)
    n = 40
    s = np.linspace(0.0, 1.0, n)
    a = -0.46 + 0.92 * s
    b = 0.12 * np.sin(2 * np.pi * 1.5 * s + 0.35)
    lift = 0.15 * (np.exp(-(((s - 0.33) / 0.09) ** 2)) + np.exp(-(((s - 0.67) / 0.09) ** 2)))
    r = 0.04 * np.clip(0.35 + s / 0.16, 0.0, 1.0) * np.where(s > 0.94, 0.78, 1.0)
    y = r + lift + 0.03 * np.clip((s - 0.86) / 0.14, 0.0, 1.0) + 0.03 * np.clip(1 - s / 0.06, 0, 1)
    local = np.stack([a, y, b, np.ones(n)], 1)
    pts = (place @ local.T).T[:, :3]
    parts.append(tube(pts, r, None, 0, "", shape=_ring(12)))
    path, rr = _dense(pts, r, 150)
    blotches = []
    for i in range(12, len(path) - 8, 6):
        t = path[i + 1] - path[i - 1]
        top = path[i] + v3(0.0, rr[i] * 0.9, 0.0)
        blotches.append(_frame(top, t, (0.0, 1.0, 0.0)) @ scl(0.022, 0.0085, rr[i] * 0.72))
    parts.append(_lumps(blotches, 1))
    fwd = (pts[-1] - pts[-3]) * (1.0, 0.3, 1.0)
    head = _frame(pts[-1] - unit(fwd) * 0.012, fwd, (0.0, 1.0, 0.0)) @ scl(1.6)
    parts += _viper_head(head, True)
    tail = _frame(pts[0], pts[0] - pts[1], (0.0, 1.0, 0.0)) @ rot("z", -90)
    parts.append(_rattle(tail @ at(0.0, -0.014, 0.0), 7, 0.019, 1))
    for k in range(3):  # the J-shaped tracks
        off = -0.2 - 0.15 * k
        x0 = -0.42 + 0.03 * k
        tr = [(x0 + 0.74 * q, 0.0, off + 0.015 * np.sin(6 * q)) for q in np.linspace(0, 1, 7)]
        c = np.array([x0 + 0.74, off + 0.06])
        tr += [(c[0] + 0.06 * np.sin(q), 0.0, c[1] - 0.06 * np.cos(q)) for q in (0.9, 1.7, 2.5)]
        tr_w = (place @ np.c_[np.array(tr), np.ones(len(tr))].T).T[:, :3] + v3(0, 0.001, 0)
        parts.append(skin_strip(tr_w, np.tile([0.0, 1.0, 0.0], (len(tr_w), 1)), 0.045, 0.004,
                                "marking"))  # fmt: skip
    return parts


# ---- 1339 electric cable ---------------------------------------------------------------------


def _plug(m: np.ndarray) -> list[Part]:
    """A big mains plug along local +y from m (its cable in at 0), lying flat (local z up): a
    ribbed strain relief, a chunky rounded body with a grip waist, two flat brass-bright blades
    and a round earth pin."""
    parts = [lathe([(0.0, 0.0), (0.026, 0.0), (0.028, 0.02), (0.031, 0.025), (0.03, 0.04),
                    (0.034, 0.045), (0.033, 0.06), (0.0, 0.062)], m, 1, sides=14)]  # fmt: skip
    parts.append(slab(rrect_outline(0.1, 0.11, 0.025), 0.056, m @ at(0.0, 0.115, 0.0), 1))
    parts.append(slab(rrect_outline(0.108, 0.03, 0.012), 0.062, m @ at(0.0, 0.155, 0.0), 1))
    for s in (-1, 1):
        parts.append(box(0.005, 0.065, 0.02, m @ at(s * 0.025, 0.165, 0.004), "steel"))
    parts.append(cylinder(0.0065, 0.0065, 0.06, m @ at(0.0, 0.165, -0.014), "steel"))
    return parts


def _cable_end(m: np.ndarray, rng: Rng) -> list[Part]:
    """A cable's cut end along local +y from m: the three coloured inner wires standing out of
    the jacket, each stripped to a splayed tuft of bare copper strands."""
    parts = []
    colours = ("cork", "plume", "fruit-green")
    for k, c in enumerate(colours):
        a = np.radians(120 * k + 30)
        off = np.array([np.cos(a), 0.0, np.sin(a)]) * 0.009
        root = off - v3(0, 0.01, 0)
        top = off * 2.2 + v3(0, 0.05, 0)
        w = [(m @ np.r_[p, 1.0])[:3] for p in (root, (root + top) / 2 + off * 0.3, top)]
        parts.append(tube(w, 0.0075, None, c, shape=_ring(8)))
        tip = (m @ np.r_[top, 1.0])[:3]
        d = unit(w[2] - w[1])
        for _ in range(6):
            sp = unit(d + rng.normal(0.0, 0.18, 3))
            parts.append(tube([tip - d * 0.004, tip + sp * 0.032], 0.0018, None, "copper",
                              shape=HEXAGON))  # fmt: skip
    return parts


def _electric_cable(rng: Rng) -> list[Part]:
    """A thick black electric cable coiled on the floor: three loose loops lying one on another,
    one end running out to a big plug with two flat blades and an earth pin (second material),
    the other end cut off square with its three coloured inner wires standing out of the jacket,
    stripped to tufts of bare copper strands."""
    rc = 0.022
    pts = [(0.46, 0.034, 0.34), (0.34, rc + 0.002, 0.3), (0.24, rc, 0.2)]
    a0 = np.radians(20.0)
    for k in range(34):
        a = a0 + k * np.radians(30)
        f = k / 33
        R = 0.27 - 0.03 * f + float(rng.uniform(-0.008, 0.008))
        cx, cz = -0.04 + 0.05 * np.sin(2.2 * f), -0.02 + 0.04 * f
        y = rc + 2.0 * rc * 0.85 * min(f * 2.8, 2.4) * (0.75 + 0.25 * np.sin(a))
        pts.append((cx + R * np.cos(a), y, cz + R * np.sin(a)))
    last = np.array(pts[-1])
    pts += [tuple(last + v3(-0.06, -0.04, 0.09)), (-0.2, rc, 0.36), (-0.36, rc, 0.42),
            (-0.44, rc, 0.44)]  # fmt: skip
    pts = np.array(pts)
    parts = [tube(pts, rc, None, 0, "body", shape=_ring(12))]
    d0 = unit(pts[0] - pts[1])
    parts += _plug(_lay(pts[0] - d0 * 0.004, d0, (0.0, 1.0, 0.0)))
    d1 = unit(pts[-1] - pts[-2])
    end = _frame(pts[-1], d1, (0.0, 1.0, 0.0)) @ rot("z", -90)
    parts += _cable_end(end, rng)
    return parts


# ---- 1340 daybed -----------------------------------------------------------------------------


_SPINDLE = [(0.0, 0.0), (1.0, 0.02), (0.45, 0.22), (0.9, 0.5), (0.45, 0.78), (1.0, 0.98),
            (0.0, 1.0)]  # fmt: skip
_POST = [(0.0, 0.0), (0.7, 0.0), (0.55, 0.08), (1.0, 0.3), (1.0, 0.42), (0.6, 0.5), (0.8, 0.62),
         (0.55, 0.85), (0.8, 0.9), (0.75, 0.94), (0.9, 0.97), (0.0, 1.0)]  # fmt: skip


_BALL = [(0.0, 0.0), (0.02, 0.01), (0.045, 0.05), (0.03, 0.085), (0.0, 0.095)]
"""A post's ball finial over a short neck."""


def _turned(x: float, z: float, y0: float, y1: float, r: float, prof, slot, sides: int) -> Part:
    """A turned spindle (or post) standing from y0 to y1 at (x, z): beads and a swelling vase
    along it (``prof``: radius and height fractions)."""
    h = y1 - y0
    return lathe([(r * a, h * b) for a, b in prof], at(x, y0, z), slot, sides=sides)


def _rail_spindles(a, b, y0: float, y1: float, n: int, slot) -> list[Part]:
    """A run of n turned spindles from y0 to y1 between the points a and b (x, z) under a top
    rail, over a bottom rail."""
    parts = []
    for k in range(n):
        f = (k + 1) / (n + 1)
        x, z = a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f
        parts.append(_turned(x, z, y0, y1, 0.016, _SPINDLE, slot, 6))
    return parts


def _daybed(rng: Rng) -> list[Part]:
    """A daybed: a long low frame of turned wood (second material) closed on three sides, a
    back and two ends of turned spindles between rails, corner posts with ball finials; on it
    a long thick mattress in a fitted cover with piped edges, three big square cushions leaning
    on the back, a round bolster at each end and a red throw blanket draped over one end and
    down the front."""
    L, D = 1.9, 0.85
    hx, hz = L / 2, D / 2
    parts = [box(L - 0.04, 0.12, D - 0.04, at(0, 0.22, 0), 1, "body")]  # the deck and apron
    for x in (-hx, hx):  # the corner posts
        parts.append(_turned(x, hz, 0.0, 0.82, 0.04, _POST, 1, 10))
        parts.append(_turned(x, -hz, 0.0, 0.98, 0.04, _POST, 1, 10))
        parts.append(lathe(_BALL, at(x, 0.81, hz), 1, sides=10))
        parts.append(lathe(_BALL, at(x, 0.97, -hz), 1, sides=10))
    top_b, top_s = 0.9, 0.74
    parts.append(box(L, 0.05, 0.05, at(0, top_b, -hz), 1))  # the back rails
    parts.append(box(L, 0.05, 0.05, at(0, 0.34, -hz), 1))
    parts += _rail_spindles((-hx, -hz), (hx, -hz), 0.38, top_b, 11, 1)
    for x in (-hx, hx):  # the ends
        parts.append(box(0.05, 0.05, D, at(x, top_s, 0), 1))
        parts.append(box(0.05, 0.05, D, at(x, 0.34, 0), 1))
        parts += _rail_spindles((x, -hz), (x, hz), 0.38, top_s, 4, 1)
    mt = 0.2  # the mattress
    xs = np.linspace(-hx + 0.04, hx - 0.04, 8)
    scale = np.array([0.8, 0.97, 1.0, 1.0, 1.0, 1.0, 0.97, 0.8])
    c = [(x, 0.34 + mt / 2, 0.01) for x in xs]
    u = [(0.0, 0.0, (hz - 0.04) * s) for s in scale]
    v = [(0.0, mt / 2 * (0.7 + 0.3 * s), 0.0) for s in scale]
    parts.append(loft(c, u, v, superellipse(1.0, 1.0, 6.0, 28), 0))
    for z in (0.01 - hz + 0.045, 0.01 + hz - 0.045):  # the piping
        parts.append(tube([(xs[0] + 0.02, 0.335 + mt, z), (xs[-1] - 0.02, 0.335 + mt, z)], 0.008,
                          None, 0))  # fmt: skip
    top = 0.34 + mt
    for k, x in enumerate((-0.55, 0.0, 0.55)):  # the cushions
        lean = 14 + float(rng.uniform(-4, 4))
        m = at(x + float(rng.uniform(-0.03, 0.03)), top - 0.01, -hz + 0.15) @ rot("x", -lean)
        parts.append(pillow(0.5, 0.46, 0.18, m, "cloth-yellow" if k == 1 else 0))
    for x in (-hx + 0.13, hx - 0.13):  # the bolsters
        parts.append(cylinder(0.09, 0.09, 0.5, at(x, top + 0.09, -0.26) @ ALONG_Z, 0))
    parts += _throw(top, hx, hz, rng)
    return parts


def _throw(top: float, hx: float, hz: float, rng: Rng) -> list[Part]:
    """A throw blanket lying over the right end of a mattress whose top is at ``top``, spilling
    over its front edge and hanging down in soft folds."""
    rows, cols = 14, 12
    x0, x1 = hx - 0.75, hx - 0.3
    p = np.zeros((rows, cols, 3))
    for i in range(rows):
        f = i / (rows - 1)
        for j in range(cols):
            g = j / (cols - 1)
            x = x0 + (x1 - x0) * g
            if f < 0.6:  # across the top, from the back cushions to the front edge
                z = -hz + 0.3 + (hz + 0.02 - (-hz + 0.3)) * f / 0.6
                y = top + 0.012 + 0.02 * np.sin(6 * g + 1.0) * f
            else:  # over the edge and down
                k = (f - 0.6) / 0.4
                z = hz + 0.03 + 0.03 * np.sin(np.pi * k) + 0.02 * np.sin(9 * g) * k
                y = top + 0.012 - 0.34 * k * (1.0 + 0.25 * np.sin(np.pi * g))
            p[i, j] = (x, y, z)
    return [cloth_sheet(p, 0.014, "card-red")]


# ---- 1341 fauteuil ---------------------------------------------------------------------------


def _cabriole(x: float, z: float, y0: float, out: float, back: bool, slot) -> list[Part]:
    """A cabriole leg from the seat rail at (x, y0, z) to the floor: a swelling knee, a slim
    ankle and a small scrolled foot, the knee thrown out by ``out`` (toward -z for a back leg)."""
    sx = np.sign(x)
    sz = -1.0 if back else 1.0
    pts = [(x, y0, z), (x + sx * 0.01, y0 - 0.07, z + sz * out), (x, y0 - 0.2, z + sz * 0.005),
           (x - sx * 0.005, 0.05, z - sz * 0.005),
           (x + sx * 0.004, 0.012, z + sz * 0.018)]  # fmt: skip
    parts = [tube(pts, [0.03, 0.034, 0.022, 0.014, 0.016], None, slot)]
    parts.append(sphere(1.0, at(x + sx * 0.004, 0.016, z + sz * 0.022) @ scl(0.02, 0.016, 0.026),
                        slot))  # fmt: skip
    return parts


def _fauteuil(rng: Rng) -> list[Part]:
    """A Louis XV fauteuil: an open armchair on a carved, curving gilt-wood frame (second
    material): four cabriole legs with scrolled feet, a serpentine seat rail with a shaped
    apron and a carved flower in its middle, an upholstered domed seat and an oval medallion
    back (first material) in a moulded frame crested with a carved flower; open arms, padded
    on top, each curving forward from the back and down on a swept support to the seat rail."""
    sh = 0.4  # the seat rail's top
    fw, bw, fz, bz = 0.31, 0.25, 0.24, -0.2
    seat = [(-fw, fz), (-0.12, fz + 0.025), (0.0, fz + 0.015), (0.12, fz + 0.025), (fw, fz),
            (bw, bz), (0.0, bz - 0.01), (-bw, bz)]  # fmt: skip
    outline = [(x, -z) for x, z in seat]
    parts = [slab(outline, 0.06, at(0, sh + 0.01, 0) @ FLAT_UP, 0, "body")]
    parts.append(sphere(1.0, at(0, sh + 0.04, 0.02) @ scl(0.27, 0.045, 0.2), 0))
    rail = [(x, sh, z) for x, z in seat] + [(seat[0][0], sh, seat[0][1])]
    parts.append(tube(rail, 0.018, None, 1))
    front = [(x, sh - 0.045, z + 0.004) for x, z in seat[:5]]
    parts.append(_apron(front, (0.05, 0.06, 0.1, 0.06, 0.05)))
    parts.append(slab(flower(5, 0.5), 0.012, at(0.0, sh - 0.06, fz + 0.028) @ scl(0.035), 1))
    for x, z in ((-fw, fz), (fw, fz)):
        parts += _cabriole(x, z, sh, 0.03, False, 1)
    for x, z in ((-bw, bz), (bw, bz)):
        parts += _cabriole(x, z, sh, 0.025, True, 1)
    cy, cz, a, b = 0.8, -0.25, 0.22, 0.27  # the medallion back
    tilt = rot("x", -12)
    back = at(0, cy, cz) @ tilt
    t = np.linspace(0.0, 2 * np.pi, 33)
    oval = [(back @ np.array([a * np.sin(q), b * np.cos(q), 0.0, 1.0]))[:3] for q in t]
    oval.append(oval[1])
    parts.append(tube(oval, 0.02, None, 1))
    parts.append(slab(lambda n: ellipse(a - 0.01, b - 0.01, max(n, 32)), 0.035,
                      back @ at(0, 0, -0.005), 0))  # fmt: skip
    parts.append(sphere(1.0, back @ at(0, 0, 0.006) @ scl(a - 0.025, b - 0.025, 0.028), 0))
    parts.append(slab(flower(6, 0.45), 0.02, back @ at(0, b + 0.03, 0.0) @ scl(0.05), 1))
    for s in (-1, 1):
        parts.append(sphere(1.0, back @ at(s * 0.035, b + 0.015, 0.0) @ scl(0.035, 0.015, 0.015),
                            1))  # fmt: skip
        lo = (back @ np.array([s * a * 0.6, -b * 0.8, 0.0, 1.0]))[:3]
        parts.append(tube([(s * bw, sh, bz), (s * bw * 0.8, sh + 0.08, bz - 0.03), tuple(lo)],
                          0.02, None, 1))  # fmt: skip
        side = (back @ np.array([s * a, 0.0, 0.0, 1.0]))[:3]
        arm = [tuple(side), (s * 0.3, 0.66, -0.14), (s * 0.33, 0.64, 0.04), (s * 0.33, 0.63, 0.15),
               (s * 0.32, 0.58, 0.2), (s * 0.31, 0.5, 0.17),
               (s * 0.305, sh + 0.01, 0.12)]  # fmt: skip
        parts.append(tube(arm, [0.02, 0.02, 0.02, 0.022, 0.022, 0.019, 0.022], None, 1))
        pad = at(s * 0.325, 0.655, -0.02) @ rot("x", 5)
        parts.append(sphere(1.0, pad @ scl(0.03, 0.02, 0.11), 0))
    return [p.moved(rot("y", float(rng.uniform(-4, 4)))) for p in parts]


def _apron(points, widths) -> Part:
    """A seat rail's shaped apron: an upright strip along the front, deeper in the middle."""
    return band(points, widths, 0.02, (0.0, 1.0, 0.0), 1)


# ---- 1342 blanket ----------------------------------------------------------------------------


def _fold_stack(x0: float, x1: float, t: float, D: float, n: int, grow: float, slot) -> list:
    """The layers of a blanket folded into a stack, across x0..x1: n layers t thick and D deep,
    each a slab rounded on its cut edges, joined at the front and back in turn by round folds;
    ``grow`` thicker all round (a stripe over the blanket)."""
    w = x1 - x0
    parts = []
    for j in range(n):
        m = at((x0 + x1) / 2, t * j + t / 2, 0.0)
        parts.append(slab(rrect_outline(w + 2 * grow, t * 0.96 + 2 * grow, t * 0.45),
                          D - t + 2 * grow, m))  # fmt: skip
        if j < n - 1:  # the fold up to the next layer
            z = (D - t) / 2 * (1 if j % 2 == 0 else -1)
            parts.append(cylinder(t * 0.98 + grow, t * 0.98 + grow, w + 2 * grow,
                                  at(x0 - grow, t * (j + 1), z) @ ALONG_X))  # fmt: skip
    return [_reslot(p, slot) for p in parts]


def _blanket(rng: Rng) -> list[Part]:
    """A thick woollen blanket folded into a neat stack of five layers, round folds at its front
    and back, broad stripes (second material) running across every layer and fold, its cut
    edges finished with a blanket stitch (second material): a cord along each edge and little
    stitches over it; the top layer's corner slipping over the front edge and hanging down
    to the floor."""
    W, D, t, n = 0.72, 0.5, 0.052, 5
    parts = _fold_stack(-W / 2, W / 2, t, D, n, 0.0, 0)
    parts[0] = _reslot(parts[0], 0, "body")
    for c in (-0.27, -0.2, 0.2, 0.27):  # the stripes
        parts += _fold_stack(c - 0.025, c + 0.025, t, D, n, 0.003, 1)
    top = t * (n - 0.5)
    zf = (D - t) / 2
    for s in (-1, 1):  # the stitched cut edges: a bound edge and stitches over it
        for j in range(n):
            y = t * (j + 0.5)
            a, b = (s * (W / 2 - 0.006), y, -zf), (s * (W / 2 - 0.006), y, zf)
            parts.append(tube([a, b], t * 0.4, None, 1, shape=_ring(8)))
    xd = 0.08  # where the corner starts to slip over the front
    parts.append(tube([(-W / 2, top, zf), (xd, top, zf)], t * 0.42, None, 1, shape=_ring(8)))
    surf = t * n - 0.002
    feet = [(s * (W / 2 - 0.02), surf, z) for s in (-1, 1) for z in np.arange(-zf, zf, 0.035)]
    parts.append(blocks(feet, (0.04, 0.005, 0.008), None, 1))
    feet = [(x, surf, zf - 0.02) for x in np.arange(-W / 2 + 0.03, xd, 0.035)]
    parts.append(blocks(feet, (0.008, 0.005, 0.04), None, 1))
    parts += _drape(xd, W / 2, zf, t, top, rng)
    return parts


def _drape(x0: float, x1: float, zf: float, t: float, top: float, rng: Rng) -> list[Part]:
    """The top layer's free corner (x0 to x1 of its front edge at zf) slipping over the edge
    and hanging down the front, longest at the corner x1, with its stitched edge (second
    material)."""
    rows, cols = 12, 10
    wave = float(rng.uniform(-0.5, 0.5))
    p = np.zeros((rows, cols, 3))
    for i in range(rows):
        f = i / (rows - 1)
        for j in range(cols):
            g = j / (cols - 1)
            k = f * (0.2 + 0.8 * g**1.3)  # the corner hangs lowest
            a = min(k / 0.2, 1.0) * np.pi / 2
            hang = max(k - 0.2, 0.0) / 0.8
            z = zf - 0.05 + 0.05 * min(k / 0.1, 1) + t * 0.6 * np.sin(a)
            z += 0.015 * np.sin(7 * g + wave) * hang + 0.03 * hang
            y = top - t * 0.6 * (1 - np.cos(a)) - hang * (top - 1.2 * t)
            p[i, j] = (x0 + (x1 - x0) * g + 0.04 * g * hang, y, z)
    edge = p[-1] + np.array([0.0, 0.0, 0.004])
    return [cloth_sheet(p, t * 0.9, 0), tube(edge, t * 0.42, None, 1, shape=_ring(8))]


# ---- 1343 window blind -----------------------------------------------------------------------


def _window_blind(rng: Rng) -> list[Part]:
    """A venetian blind let down in a window: a painted window frame (second material) with a
    sill and a pane of glass behind, the blind's head rail under the top of the frame, many thin
    horizontal slats (first material) tilted half open, two ladder cords running down their
    front and back edges, a heavier bottom rail, a pull cord hanging at the right with a tassel
    and a tilt wand at the left."""
    W, H, f = 0.9, 1.18, 0.07  # the opening, the frame's width
    y0 = 0.08  # the sill's top
    parts = [box(W + 2 * f + 0.08, 0.04, 0.14, at(0, y0 - 0.04, 0.03), 1, "body")]  # the sill
    parts.append(box(W + 2 * f, y0 - 0.04, 0.06, None, 1))
    for s in (-1, 1):
        parts.append(box(f, H + f, 0.07, at(s * (W + f) / 2, y0, 0), 1))
    parts.append(box(W + 2 * f + 0.04, f, 0.08, at(0, y0 + H, 0), 1))
    parts.append(box(W, H, 0.01, at(0, y0, -0.03), "pane"))
    parts.append(box(0.025, H, 0.02, at(0, y0, -0.02), 1))  # the glazing bars
    parts.append(box(W, 0.025, 0.02, at(0, y0 + H * 0.55, -0.02), 1))
    hw = W - 0.03
    top = y0 + H - 0.06
    parts.append(box(hw, 0.05, 0.055, at(0, top, 0.02), 0))  # the head rail
    tilt = -40.0 + float(rng.uniform(-5, 5))
    pitch = 0.038
    bottom = y0 + 0.1
    ys = np.arange(top - 0.03, bottom + 0.02, -pitch)
    for y in ys:
        parts.append(box(hw - 0.01, 0.004, 0.05, at(0, y, 0.02) @ rot("x", tilt), 0))
    parts.append(box(hw - 0.01, 0.02, 0.05, at(0, bottom - 0.03, 0.02), 0))  # the bottom rail
    for x in (-0.28, 0.28):  # the ladder cords
        for s in (-1, 1):
            a, b = (x, top, 0.02 + s * 0.026), (x, bottom - 0.01, 0.02 + s * 0.026)
            parts.append(tube([a, b], 0.0025, None, "snow", shape=HEXAGON))
    cx = hw / 2 - 0.06
    parts.append(tube([(cx, top, 0.05), (cx, 0.42, 0.055)], 0.003, None, "snow", shape=HEXAGON))
    parts += _tassel(at(cx, 0.42, 0.055), 0.07, 1)
    wx = -hw / 2 + 0.06
    parts.append(tube([(wx, top + 0.01, 0.052), (wx, 0.5, 0.06)], 0.006, None, 0, shape=HEXAGON))
    parts.append(sphere(0.01, at(wx, 0.5, 0.06), 0))
    return parts


# ---- 1344 banner -----------------------------------------------------------------------------


def _scallop_cloth(W: float, y_top: float, h: float, lobes: int, sag: float) -> np.ndarray:
    """A banner's grid: W wide from y_top down h, its hem cut in ``lobes`` round scallops of
    depth ``sag``, hanging in the plane z = 0 with a faint ripple."""
    rows, cols = 8, 8 * lobes + 1
    p = np.zeros((rows, cols, 3))
    for j in range(cols):
        g = j / (cols - 1)
        x = -W / 2 + W * g
        hem = y_top - h - sag * np.sqrt(max(np.sin(np.pi * lobes * g), 0.0) ** 1.0)
        for i in range(rows):
            f = i / (rows - 1)
            y = y_top + (hem - y_top) * f
            p[i, j] = (x, y, 0.006 * np.sin(2 * np.pi * 3 * g) * f)
    return p


def _banner(rng: Rng) -> list[Part]:
    """A long cloth banner (first material) hung from a crossbar between two tall poles on
    round feet: the cloth's top sewn round the bar in a sleeve, its hem cut in round scallops
    edged with a braid, big block letters (second material) across it; a twisted cord from
    each end of the bar hanging down in a swag with a tassel, ball finials on the poles."""
    span, ph = 1.3, 1.2
    parts = [cylinder(0.1, 0.09, 0.04, at(-span / 2, 0, 0), 1, "body")]
    parts.append(cylinder(0.1, 0.09, 0.04, at(span / 2, 0, 0), 1))
    for s in (-1, 1):
        x = s * span / 2
        parts.append(cylinder(0.022, 0.018, ph, at(x, 0.03, 0), 1))
        parts.append(sphere(0.04, at(x, ph + 0.06, 0), 1))
        parts.append(cylinder(0.025, 0.03, 0.03, at(x, ph, 0), 1))
    bar_y = ph - 0.08
    parts.append(cylinder(0.014, 0.014, span, at(-span / 2, bar_y, 0.0) @ ALONG_X, 1))
    W, h = 1.06, 0.4
    cloth = _scallop_cloth(W, bar_y - 0.02, h, 5, 0.09)
    parts.append(cloth_sheet(cloth, 0.008, 0))
    parts.append(cylinder(0.024, 0.024, W, at(-W / 2, bar_y, 0.0) @ ALONG_X, 0))  # the sleeve
    parts.append(tube(cloth[-1], 0.007, None, 1, shape=HEXAGON))  # the braid along the hem
    parts += paint_text("WELCOME", at(0, bar_y - 0.02 - h / 2 + 0.02, 0.006), 0.14, 1,
                        depth=0.016)  # fmt: skip
    for s in (-1, 1):  # the cords and tassels
        x = s * (span / 2 - 0.04)
        sway = float(rng.uniform(-0.015, 0.015))
        end = (x - s * 0.03 + sway, bar_y - 0.3, 0.03)
        parts.append(tube([(x, bar_y, 0.02), (x - s * 0.02, bar_y - 0.16, 0.03), end], 0.006,
                          None, 1, shape=HEXAGON))  # fmt: skip
        parts += _tassel(at(*end), 0.1, 1)
    return parts


MORE_APPLIANCES_ZZZZQ = {
    1337: _cottonmouth, 1338: _sidewinder, 1339: _electric_cable, 1340: _daybed,
    1341: _fauteuil, 1342: _blanket, 1343: _window_blind, 1344: _banner,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
