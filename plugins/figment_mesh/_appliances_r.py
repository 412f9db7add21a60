"""More of the device family's appliances, from 456: a bazooka, a plunger detonator, a
chessboard, dominoes, wrapped sweets, a piñata, a life jacket, a mausoleum, a blacksmith's
forge, a kettle barbecue, a sandcastle and a cool box.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material. The life
jacket's padded shell is a smooth solid (a signed-distance field meshed by marching cubes,
``_sdf``).
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import FixedMesh, Part, Sweep, align, at, rot, scl, v3
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    HEX,
    PIPS,
    STRIP,
    blocks,
    gable,
    pt,
    rod,
    rope,
    rrect,
    smoke,
    solid,
    studs,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import Shape
from ._sdf import ellipsoid as blob
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_R"]

Rng = np.random.Generator


# ---- helpers ---------------------------------------------------------------------------------

_CUBE_FACES = (
    ((1, 0, 0), ((1, -1, -1), (1, 1, -1), (1, 1, 1), (1, -1, 1))),
    ((-1, 0, 0), ((-1, -1, -1), (-1, -1, 1), (-1, 1, 1), (-1, 1, -1))),
    ((0, 1, 0), ((-1, 1, -1), (-1, 1, 1), (1, 1, 1), (1, 1, -1))),
    ((0, -1, 0), ((-1, -1, -1), (1, -1, -1), (1, -1, 1), (-1, -1, 1))),
    ((0, 0, 1), ((-1, -1, 1), (1, -1, 1), (1, 1, 1), (-1, 1, 1))),
    ((0, 0, -1), ((-1, -1, -1), (-1, 1, -1), (1, 1, -1), (1, -1, -1))),
)
"""A cube's six faces: each outward normal and its corners counter-clockwise seen from out."""


def _boxes(frames, w: float, h: float, d: float, slot=0, tag: str = "") -> Part:
    """Many boxes w × h × d as one part, each standing on its frame's origin (as ``box`` stands
    on its own) under its 4×4 frame (no mirrors): crenellations round a tower, the dividing
    lines of dominoes. Faces are split at the edges; texture falls to the box projection."""
    quads = np.array([c for _, cs in _CUBE_FACES for c in cs], float) * [w / 2, h / 2, d / 2]
    quads[:, 1] += h / 2
    local = np.c_[quads, np.ones(len(quads))]
    tri = np.array([(0, 1, 2), (0, 2, 3)])
    faces = np.concatenate([tri + 4 * i for i in range(6)])
    verts, tris = [], []
    for i, f in enumerate(frames):
        verts.append((local @ np.asarray(f, float).T)[:, :3])
        tris.append(faces + 24 * i)
    mesh = FixedMesh(np.concatenate(verts), np.concatenate(tris).astype(np.int64))
    return Part(lambda k: mesh, np.eye(4), slot, tag)  # type: ignore[arg-type,return-value]


def _frills(a, b, r0: float, r1: float, n: int, colours, start: int = 0) -> list[Part]:
    """A limb of a piñata from a to b, r0 round at a and r1 at b, covered in ``n`` rings of
    fringed tissue, each flaring toward b over the next, in ``colours`` in turn."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    turn = align(b - a)
    step = float(np.linalg.norm(b - a)) / n
    parts = []
    for i in range(n):
        r = r0 + (r1 - r0) * (i + 0.5) / n
        p = a + (b - a) * (i / n)
        slot = colours[(start + i) % len(colours)]
        parts.append(cylinder(r * 0.86, r * 1.1, step * 1.08, at(*p) @ turn, slot))
    return parts


# ---- 456 bazooka -----------------------------------------------------------------------------


def _bazooka(rng: Rng) -> list[Part]:
    """A bazooka (a rocket launcher) resting on its bipod and the rim of its flared back: a
    long tube, a wooden heat guard round its middle, a sight on top, a pistol grip and its
    trigger below, and the bulbous warhead of a rocket poking out of its front."""
    tilt = 9.0
    m = at(-1.0, 0.175, 0.0) @ rot("z", tilt) @ scl(1.0, 1.3, 1.3)  # +x along it, fattened
    ax = m @ ALONG_X
    r = 0.045
    parts = [cylinder(r, r, 1.3, ax @ at(0, 0.26, 0), 0, "body")]
    flare = [(0.036, 0.0), (0.05, 0.1), (0.085, 0.2), (0.125, 0.28), (0.112, 0.28),
             (0.074, 0.2), (0.04, 0.1), (0.03, 0.0)]  # fmt: skip
    parts.append(lathe(flare, m @ at(0.28, 0, 0) @ rot("z", 90), 0, closed=True))
    parts.append(cylinder(0.04, 0.04, 0.01, ax @ at(0, 0.2, 0), "pupil"))  # its dark throat
    for x in (0.26, 0.74, 1.14, 1.5):  # clamps and the muzzle's ring
        parts.append(cylinder(r * 1.2, r * 1.2, 0.05, ax @ at(0, x, 0), 0))
    parts.append(cylinder(0.07, 0.07, 0.38, ax @ at(0, 0.77, 0), 1))  # the heat guard
    for x in (0.83, 0.91, 0.99, 1.07):
        parts.append(torus(0.07, 0.006, ax @ at(0, x, 0), "marking"))
    # the rocket: its motor's neck and the fat warhead with a fuze at its nose
    nose = ax @ at(0, 1.55, 0)
    parts.append(cylinder(0.03, 0.032, 0.12, nose, "land"))
    head = [(0.0, 0.0), (0.035, 0.0), (0.092, 0.07), (0.102, 0.12), (0.102, 0.2), (0.078, 0.28),
            (0.04, 0.36), (0.02, 0.41), (0.0, 0.42)]  # fmt: skip
    parts.append(lathe(head, nose @ at(0, 0.1, 0), "land"))
    parts.append(cylinder(0.02, 0.006, 0.06, nose @ at(0, 0.5, 0), "steel"))
    # the sight: a scope on a mount over the grip, a folding post at the front
    parts.append(box(0.14, 0.07, 0.03, m @ at(0.7, 0.03, 0), 0))
    parts.append(cylinder(0.03, 0.03, 0.22, m @ at(0.58, 0.12, 0) @ ALONG_X, 0))
    parts.append(cylinder(0.036, 0.03, 0.05, m @ at(0.55, 0.12, 0) @ ALONG_X, "pupil"))
    parts.append(cylinder(0.036, 0.036, 0.02, m @ at(0.8, 0.12, 0) @ ALONG_X, "window"))
    parts.append(box(0.02, 0.1, 0.03, m @ at(1.34, 0.03, 0), 0))
    # the trigger group: its housing, a pistol grip, the guard and trigger; a rear grip
    parts.append(box(0.22, 0.05, 0.045, m @ at(0.64, -0.09, 0), 0))
    grip = [pt(m, 0.62, -0.06, 0), pt(m, 0.6, -0.13, 0), pt(m, 0.57, -0.17, 0)]
    parts.append(tube(grip, [0.03, 0.034, 0.034], slot=1, shape=_OVAL))
    guard = [(0.63, -0.09, 0), (0.72, -0.1, 0), (0.74, -0.15, 0), (0.69, -0.18, 0),
             (0.62, -0.17, 0)]  # fmt: skip
    parts.append(tube([pt(m, *p) for p in guard], 0.008, slot=0))
    trigger = [(0.68, -0.09, 0), (0.685, -0.13, 0), (0.67, -0.15, 0)]
    parts.append(tube([pt(m, *p) for p in trigger], 0.009, slot="steel"))
    rear = [pt(m, 0.4, -0.04, 0), pt(m, 0.37, -0.11, 0), pt(m, 0.34, -0.15, 0)]
    parts.append(tube(rear, [0.028, 0.03, 0.03], slot=1, shape=_OVAL))
    # the bipod: a clamp round the tube, two legs splayed to the ground
    parts.append(torus(r * 1.15, 0.012, ax @ at(0, 1.3, 0), "steel"))
    top = pt(m, 1.3, -0.04, 0)
    for s in (-1, 1):
        foot = v3(top[0] + 0.06, 0.0, s * 0.2)
        parts.append(stick(top, foot + v3(0, 0.012, 0), 0.012, "steel"))
        parts.append(sphere(1.0, at(*(foot + v3(0, 0.014, 0))) @ scl(0.03, 0.014, 0.03), "marking"))
    del rng
    return parts


_OVAL = np.stack([np.cos(np.arange(10) * np.pi / 5), 0.7 * np.sin(np.arange(10) * np.pi / 5)], 1)
"""An oval cross-section for ``tube`` (a grip: broad one way, slim the other)."""


# ---- 457 detonator ---------------------------------------------------------------------------


def _dynamite_bundle(m: np.ndarray) -> tuple[list[Part], np.ndarray]:
    """Three red sticks of dynamite lying bound together along x under m, taped round twice,
    a blasting cap in the top one's end; and where that cap is (for the wires)."""
    parts = []
    for x, y in ((0.0, 0.06), (0.12, 0.06), (0.06, 0.165)):
        stick_m = m @ at(-0.3, y, x - 0.06) @ ALONG_X
        parts.append(cylinder(0.06, 0.06, 0.6, stick_m, "card-red"))
        for e in (0.0, 0.595):  # the paper's crimped ends
            parts.append(cylinder(0.061, 0.061, 0.005, stick_m @ at(0, e, 0), "seed"))
    for x in (-0.14, 0.14):
        band = m @ at(x, 0.118, 0) @ rot("z", 90) @ scl(0.112, 0.12, 0.136)
        parts.append(torus(1.0, 0.1, band, "cloth-dark"))  # tape, round the three
    cap = m @ at(0.3, 0.165, 0) @ ALONG_X
    parts.append(cylinder(0.014, 0.014, 0.06, cap, "copper"))
    return parts, pt(m, 0.36, 0.165, 0.0)


def _detonator(rng: Rng) -> list[Part]:
    """A plunger detonator: a wooden box bound at its corners, a T-handle on a tall plunger
    pulled up out of its top, two copper terminals with a red and a black wire running off
    over the ground to a bundle of dynamite sticks."""
    W, H, D = 0.46, 0.34, 0.34
    x0 = -0.38
    parts = [box(W, H, D, at(x0, 0, 0), 0, "body")]
    corners = []
    for sx in (-1, 1):
        for sz in (-1, 1):
            corners.append(at(x0 + sx * (W / 2 - 0.012), -0.002, sz * (D / 2 - 0.012)))
    parts.append(_boxes(corners, 0.034, H + 0.004, 0.034, 1))  # the corner irons
    parts.append(box(W + 0.012, 0.035, D + 0.012, at(x0, H - 0.035, 0), 1))  # the lid's rim
    parts.append(box(0.2, 0.1, 0.01, at(x0, 0.12, D / 2), 1))  # its maker's plate
    for k in range(3):
        parts.append(box(0.14, 0.008, 0.004, at(x0, 0.145 + 0.025 * k, D / 2 + 0.006), "marking"))
    lift = float(rng.uniform(0.26, 0.32))
    parts.append(cylinder(0.055, 0.05, 0.04, at(x0, H, 0), 1))  # the plunger's collar
    parts.append(cylinder(0.02, 0.02, lift, at(x0, H + 0.03, 0), "steel"))
    bar = at(x0 - 0.2, H + lift + 0.03, 0) @ ALONG_X
    parts.append(cylinder(0.03, 0.03, 0.4, bar, 1))  # the T-handle
    for e in (0.0, 0.32):
        parts.append(cylinder(0.036, 0.036, 0.08, bar @ at(0, e, 0), "cloth-dark"))
    parts.append(sphere(0.045, at(x0, H + lift + 0.045, 0), 1))
    terms = []
    for s in (-1, 1):  # the two terminals on the lid's front corners
        t = v3(x0 + s * 0.14, H, D / 2 - 0.07)
        parts.append(cylinder(0.02, 0.02, 0.05, at(*t), "copper"))
        parts.append(cylinder(0.032, 0.032, 0.02, at(*(t + v3(0, 0.03, 0))), "copper"))
        terms.append(t + v3(0, 0.045, 0))
    bundle, cap = _dynamite_bundle(at(0.5, 0, 0.1) @ rot("y", -28))
    parts += bundle
    for k, (t, colour) in enumerate(zip(terms, ("cloth-dark", "card-red"), strict=True)):
        off = 0.03 * (k - 0.5)
        path = [t, t + v3(0.01, 0.05, 0.05), v3(t[0] + 0.03, H * 0.6, D / 2 + 0.05),
                v3(t[0] + 0.05, H * 0.2, D / 2 + 0.09), v3(t[0] + 0.07, 0.02, D / 2 + 0.15),
                v3(-0.02, 0.02, 0.4 + off), v3(0.3, 0.02, 0.32 - off), v3(0.4, 0.04, 0.2),
                cap + v3(0.02 + off, 0.0, 0.02)]  # fmt: skip
        parts.append(tube(path, 0.011, slot=colour))
    return parts


# ---- 458 chessboard --------------------------------------------------------------------------

_PIECE_FOOT = [(0.0, 0.0), (0.062, 0.0), (0.062, 0.016), (0.05, 0.026), (0.052, 0.036),
               (0.036, 0.046)]  # fmt: skip
"""A chess piece's turned foot (radius, height)."""

_KNIGHT = [(-0.045, 0.0), (0.04, 0.0), (0.05, 0.05), (0.046, 0.08), (0.085, 0.095),
           (0.12, 0.11), (0.125, 0.135), (0.1, 0.16), (0.05, 0.19), (0.035, 0.235),
           (0.012, 0.21), (-0.02, 0.2), (-0.05, 0.14), (-0.058, 0.06)]  # fmt: skip
"""A knight's horse head seen side-on, its muzzle toward +x, its ears at the top."""


def _piece(kind: str, x: float, z: float, y: float, slot, turn: float = 0.0) -> list[Part]:
    """A Staunton chess piece standing at (x, y, z): a pawn, a knight or a king (its crown and
    cross), in ``slot``."""
    m = at(x, y, z) @ rot("y", turn)
    if kind == "pawn":
        prof = [*_PIECE_FOOT, (0.026, 0.1), (0.046, 0.106), (0.046, 0.115), (0.02, 0.12),
                (0.0, 0.12)]  # fmt: skip
        return [lathe(prof, m, slot, sides=14), sphere(0.04, m @ at(0, 0.15, 0), slot)]
    if kind == "knight":
        prof = [*_PIECE_FOOT, (0.05, 0.06), (0.05, 0.07), (0.0, 0.07)]
        head = slab(sharp(_KNIGHT), 0.065, m @ at(-0.025, 0.06, 0) @ scl(1.15), slot)
        return [lathe(prof, m, slot, sides=14), head]
    prof = [*_PIECE_FOOT, (0.03, 0.2), (0.058, 0.212), (0.058, 0.224), (0.03, 0.236),
            (0.054, 0.3), (0.036, 0.318), (0.0, 0.32)]  # fmt: skip
    parts = [lathe(prof, m, slot, sides=14)]
    parts.append(box(0.022, 0.09, 0.022, m @ at(0, 0.31, 0), slot))  # the cross
    parts.append(box(0.065, 0.022, 0.022, m @ at(0, 0.35, 0), slot))
    return parts


def _chessboard(rng: Rng) -> list[Part]:
    """A chessboard of eight by eight light and dark squares inlaid in a wooden frame, a few
    pieces standing on it: a king, a knight and pawns of each side."""
    s, n = 0.13, 8
    inner = s * n
    top = 0.07
    parts = [box(inner, top, inner, None, "seed", "body")]  # the light squares
    feet = [((i - 3.5) * s, top, (j - 3.5) * s) for i in range(n) for j in range(n)
            if (i + j) % 2 == 0]  # fmt: skip
    parts.append(blocks(feet, (s, 0.02, s), at(0, -0.016, 0), 1))  # the dark squares
    rim = 0.08
    for k in range(4):  # the frame round it, its top a little proud of the squares
        side = rot("y", 90 * k) @ at(0, 0, inner / 2 + rim / 2)
        parts.append(box(inner + 2 * rim, top + 0.008, rim, side, 0))
    y = top + 0.004

    def sq(i: int, j: int) -> tuple[float, float]:
        return (i - 3.5) * s, (3.5 - j) * s  # file i from the left, rank j from the front

    white, black = "tooth", "pupil"
    turn = float(rng.uniform(-10, 10))
    parts += _piece("king", *sq(4, 0), y, white)
    parts += _piece("knight", *sq(6, 2), y, white, 35 + turn)
    for i, j in ((1, 1), (3, 1), (5, 1), (4, 3)):
        parts += _piece("pawn", *sq(i, j), y, white)
    parts += _piece("king", *sq(4, 7), y, black)
    parts += _piece("knight", *sq(2, 5), y, black, 215 - turn)
    for i, j in ((2, 6), (3, 4), (6, 6), (7, 5)):
        parts += _piece("pawn", *sq(i, j), y, black)
    return parts


# ---- 459 dominoes ----------------------------------------------------------------------------

_DOM = (0.16, 0.34, 0.055)
"""A domino's width, height and thickness."""
_DOM_FACE = rrect(_DOM[0], _DOM[1], 0.025, 3)
"""A domino's face: a rounded oblong."""


def _domino_sweep(k: float) -> Sweep:
    """A domino's body, its face toward +z at z = 0 and centred on x = y = 0, its edges
    bevelled: the rounded oblong swept back through a few fixed rings (the same at any
    detail: a finer one would only crowd the flat faces)."""
    t = _DOM[2]
    zs = np.array([-t, -t, -0.8 * t, -0.2 * t, 0.0, 0.0])
    centres = np.stack([np.zeros(6), np.zeros(6), zs], 1)
    u = np.tile([1.0, 0.0, 0.0], (6, 1))
    v = np.tile([0.0, 1.0, 0.0], (6, 1))
    return Sweep(centres, u, v, np.array([0.0, 0.93, 1.0, 1.0, 0.93, 0.0]), _DOM_FACE)


def _domino(m: np.ndarray, values: tuple[int, int], tag: str = ""):
    """A domino under m (its face toward +z at z = 0, its back at z = -thickness, from y = 0
    to its height): its body, the frame of its dividing line, and its pips (points, normals)."""
    h = _DOM[1]
    body = Part(_domino_sweep, m @ at(0, h / 2, 0), 0, tag)
    line = m @ at(0, h / 2 - 0.003, 0.0)
    g = 0.042
    pts = []
    for half, value in zip((0.75, 0.25), values, strict=True):
        for px, py in PIPS.get(value, []):
            pts.append(pt(m, px * g, h * half + py * g, 0.0))
    normal = (m[:3, :3] @ np.array([0.0, 0.0, 1.0])).tolist()
    return body, line, pts, [normal] * len(pts)


def _dominoes(rng: Rng) -> list[Part]:
    """Dominoes: a row of them standing on end, the first few toppling each against the next,
    and a few lying flat before them showing their pips either side of the dividing line."""
    w, h, t = _DOM
    d = 0.155
    n, falling = 9, 4
    lean = [0.0] * n
    for k in range(falling - 1, -1, -1):  # each leans until its top rests on the next's back
        nxt = np.radians(lean[k + 1])
        lean[k] = float(np.degrees(nxt + np.arcsin((d * np.cos(nxt) - t) / h)))
    row = at(0.05, 0, -0.12) @ rot("y", -22)
    parts, lines, pts, nrm = [], [], [], []
    for k in range(n):
        m = row @ at(-0.6 + d * k, 0, 0) @ rot("y", 90) @ rot("x", lean[k])
        vals = (int(rng.integers(0, 7)), int(rng.integers(1, 7)))
        body, line, p, q = _domino(m, vals, "body" if k == 0 else "")
        parts.append(body)
        lines.append(line)
        pts += p
        nrm += q
    for x, z, yaw in ((-0.35, 0.38, 12.0), (0.02, 0.45, -28.0), (0.4, 0.3, 75.0)):
        m = at(x, t, z) @ rot("y", yaw + float(rng.uniform(-8, 8))) @ FLAT_UP @ at(0, -h / 2, 0)
        vals = (int(rng.integers(1, 7)), int(rng.integers(1, 7)))
        body, line, p, q = _domino(m, vals)
        parts.append(body)
        lines.append(line)
        pts += p
        nrm += q
    parts.append(_boxes(lines, w * 0.78, 0.006, 0.01, 1))
    parts.append(studs(pts, nrm, 0.017, 0.006, 1, sides=8))
    return parts


# ---- 460 sweets ------------------------------------------------------------------------------


def _pleats(n: int = 9, depth: float = 0.35) -> np.ndarray:
    """A crinkled wrapper's cross-section: 2n points, every other one pulled in."""
    t = np.arange(2 * n) * (np.pi / n)
    r = np.where(np.arange(2 * n) % 2 == 0, 1.0, 1.0 - depth)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


_PLEATS = _pleats()


def _wrapped_sweet(m: np.ndarray, slot, tag: str = "") -> list[Part]:
    """A twist-wrapped sweet lying along x under m: a plump oval in its shiny wrapper, the
    wrapper twisted tight at each end and fanning out in crinkled frills."""
    rx, r = 0.1, 0.068
    parts = [sphere(1.0, m @ at(0, r, 0) @ scl(rx, r, r), slot, tag)]
    frill = [(0.0, 0.0), (0.035, 0.0), (0.016, 0.035), (0.018, 0.05), (0.05, 0.09),
             (0.068, 0.12), (0.0, 0.121)]  # fmt: skip
    for s in (-1, 1):
        end = m @ at(s * rx * 0.8, r, 0) @ rot("z", -s * 90) @ rot("y", 20 * s)
        parts.append(lathe(frill, end, slot, shape=_PLEATS))
    return parts


def _peppermint(m: np.ndarray) -> list[Part]:
    """A round white peppermint under m, red stripes swirling out from its middle."""
    R, H = 0.11, 0.045
    parts = [cylinder(R, R, H, m, "snow")]
    for k in range(7):
        a0 = 2 * np.pi * k / 7
        rho = np.linspace(0.0, R + 0.003, 6)
        lead = [(p * np.cos(a0 + 0.7 * p / R), p * np.sin(a0 + 0.7 * p / R)) for p in rho]
        trail = [(p * np.cos(a0 + 0.42 + 0.7 * p / R), p * np.sin(a0 + 0.42 + 0.7 * p / R))
                 for p in rho[1:]]  # fmt: skip
        wedge = lead + trail[::-1]
        parts.append(slab(sharp(wedge), H + 0.004, m @ at(0, H / 2, 0) @ FLAT_UP, "card-red"))
    return parts


def _jelly_bean(m: np.ndarray, slot) -> Part:
    """A jelly bean lying under m: a glossy kidney, curved along x."""
    ts = np.array([0.0, 0.07, 0.22, 0.5, 0.78, 0.93, 1.0])
    L, R = 0.17, 0.04
    pts = [((t - 0.5) * L, R, 0.035 * (1 - (2 * t - 1) ** 2)) for t in ts]
    radii = R * np.array([0.0, 0.72, 0.97, 0.88, 0.97, 0.72, 0.0])
    return tube(pts, radii, m, slot)


def _sweets(rng: Rng) -> list[Part]:
    """Sweets (candies): a few twist-wrapped sweets in shiny coloured wrappers, one lying
    across two others, a red-and-white striped peppermint and two jelly beans."""
    parts = _wrapped_sweet(at(-0.2, 0, 0.05) @ rot("y", 15), 0, "body")
    parts += _wrapped_sweet(at(0.12, 0, -0.12) @ rot("y", -25), 1)
    parts += _wrapped_sweet(at(-0.1, 0.11, -0.06) @ rot("y", 70) @ rot("x", 8), "plume")
    parts += _wrapped_sweet(at(0.3, 0, 0.22) @ rot("y", 40), "fruit-green")
    parts += _wrapped_sweet(at(-0.45, 0, -0.25) @ rot("y", -60), "fruit-orange")
    parts += _peppermint(at(0.07, 0, 0.3))
    tilt = float(rng.uniform(-30, 30))
    parts.append(_jelly_bean(at(-0.32, 0, 0.34) @ rot("y", 30 + tilt), "fruit-red"))
    parts.append(_jelly_bean(at(0.45, 0, -0.05) @ rot("y", 100 - tilt), "fruit-yellow"))
    return parts


# ---- 461 pinata ------------------------------------------------------------------------------

_PINATA = ("card-red", "fruit-yellow", "plume", 0, "eraser", "fruit-green", "fruit-orange", 1)
"""A piñata's tissue-paper stripes, in turn."""


def _pinata(rng: Rng) -> list[Part]:
    """A piñata donkey: a papier-mâché donkey covered in rings of fringed tissue paper in
    bright stripes round its body, neck, head and legs, long ears, a tasselled tail, hanging
    from a string."""
    c = _PINATA
    k0 = int(rng.integers(0, len(c)))
    y = 0.6
    parts = [sphere(1.0, at(0, y, 0) @ scl(0.42, 0.18, 0.18), 0, "body")]
    parts += _frills((0.31, y, 0), (-0.31, y, 0), 0.19, 0.2, 7, c, k0)
    for sx in (-1, 1):  # the legs, frilled like skirts down to the hooves
        for sz in (-1, 1):
            x, z = sx * 0.21, sz * 0.1
            parts += _frills((x, y - 0.08, z), (x + 0.02 * sx, 0.05, z * 1.1), 0.06, 0.065, 3, c,
                             k0 + 2)  # fmt: skip
            parts.append(cylinder(0.055, 0.05, 0.05, at(x + 0.02 * sx, 0, z * 1.1), "cloth-dark"))
    neck_top, neck_foot = v3(0.47, y + 0.42, 0), v3(0.27, y + 0.06, 0)
    parts += _frills(neck_top, neck_foot, 0.1, 0.13, 4, c, k0 + 3)
    poll, muzzle = v3(0.42, y + 0.5, 0), v3(0.76, y + 0.36, 0)
    parts.append(sphere(1.0, at(*poll) @ scl(0.12, 0.12, 0.11), c[(k0 + 1) % len(c)]))
    parts += _frills(muzzle, poll, 0.095, 0.125, 3, c, k0 + 5)  # layered back from the muzzle
    parts.append(sphere(1.0, at(*muzzle) @ rot("z", -20) @ scl(0.045, 0.09, 0.09), 0))
    for s in (-1, 1):  # the long ears
        base = v3(0.4, y + 0.58, s * 0.055)
        ear = [base, base + v3(-0.03, 0.14, s * 0.03), base + v3(-0.08, 0.28, s * 0.06)]
        parts.append(tube(ear, [0.04, 0.045, 0.0], slot=c[(k0 + 2 + s) % len(c)], shape=_OVAL))
    for k in range(6):  # the mane: a crest of fringe along the top of the neck
        t = (k + 0.5) / 6
        p = neck_foot + (neck_top - neck_foot) * (0.15 + 0.85 * t) + v3(-0.1, 0.06, 0)
        parts.append(sphere(1.0, at(*p) @ rot("z", 35) @ scl(0.03, 0.07, 0.014), 1))
    rump = v3(-0.42, y + 0.05, 0)
    tip = rump + v3(-0.08, -0.22, 0)
    parts.append(tube([rump, rump + v3(-0.07, -0.06, 0), tip], 0.025, slot=c[k0 % len(c)]))
    for k in range(5):  # its tassel
        a = np.radians(72 * k)
        end = tip + v3(0.04 * np.cos(a), -0.14, 0.04 * np.sin(a))
        parts.append(tube([tip, end], [0.012, 0.006], slot=c[(k0 + k) % len(c)], shape=STRIP))
    parts.append(stick((0, y + 0.17, 0), (0, 1.62, 0), 0.007, "sheet"))  # the string
    parts.append(torus(0.03, 0.006, at(0, 1.65, 0) @ rot("x", 90), "sheet"))
    return parts


# ---- 462 life jacket -------------------------------------------------------------------------

_VEST = (0.3, 0.2, 0.055, 0.78, 0.36)
"""The life jacket's half width, half depth, foam thickness, height at the neck and how far
its shoulders drop."""


def _vest_column(a: float, b: float, top: float, drop: float, floor: bool, blend: float) -> Shape:
    """An upright oval column a × b (half extents in x and z) rising to the height ``top``,
    falling ``drop`` toward its sides (the shoulders), cut flat at y = 0 when ``floor``."""

    def dist(x, y, z):
        e = (np.sqrt((x / a) ** 2 + (z / b) ** 2) - 1.0) * b
        cap = y - (top - drop * (x / a) ** 2)
        k = 0.05
        h = np.maximum(k - np.abs(e - cap), 0.0) / k
        d = np.maximum(e, cap) + h * h * k * 0.25
        return np.maximum(d, -y) if floor else d

    lo = np.array([-a, -0.1 if not floor else 0.0, -b], np.float32)
    hi = np.array([a, top, b], np.float32)
    return Shape(dist, lo, hi, blend)


def _slot_cut(half: float, y0: float, y1: float, z0: float, blend: float) -> Shape:
    """Carves a slot ``half`` wide either side of x = 0 in front of z0 (the jacket's opening)."""

    def dist(x, y, z):
        return np.maximum(np.abs(x) - half, z0 - z)

    lo = np.array([-half - 0.02, y0, z0], np.float32)
    hi = np.array([half + 0.02, y1, 0.4], np.float32)
    return Shape(dist, lo, hi, -blend)


def _around(a: float, b: float, y: float, phis, lift: float = 0.012) -> list[np.ndarray]:
    """Points round the jacket's outside (half extents a, b) at height y, at angles ``phis``
    (degrees, 90 the front), ``lift`` off it."""
    return [v3((a + lift) * np.cos(np.radians(p)), y, (b + lift) * np.sin(np.radians(p)))
            for p in phis]  # fmt: skip


def _life_jacket(rng: Rng) -> list[Part]:
    """A life jacket (a life vest) standing as if worn: a thick padded shell open at the neck
    and arms, its two front panels quilted in channels and parted down the middle, dark
    straps across them with buckles, reflective strips and a raised collar behind the neck."""
    a, b, t, top, drop = _VEST
    shapes = [_vest_column(a, b, top, drop, True, 0.0)]
    shapes.append(_vest_column(a - t, b - t, top - t, drop, False, -0.01))
    shapes.append(blob((0, top + 0.02, 0.0), (0.19, 0.22, 0.16), blend=-0.02))  # the neck
    shapes.append(blob((0, top - 0.12, b), (0.16, 0.42, 0.22), blend=-0.03))  # its deep V
    shapes.append(_slot_cut(0.02, -0.1, top, 0.05, 0.008))  # the opening down the front
    for s in (-1, 1):  # the armholes
        shapes.append(blob((s * (a + 0.05), 0.55, -0.01), (0.16, 0.26, 0.16), blend=-0.025))
    for x in (-0.2, -0.1, 0.1, 0.2):  # the quilted channels down the front panels
        zf = b * np.sqrt(1 - (x / a) ** 2) + 0.006
        shapes += rope([(x, 0.07, zf), (x, 0.46, zf)], 0.013, blend=-0.012)
    # the collar: a padded flap standing up behind the neck
    shapes.append(blob((0, top - 0.08, -0.16), (0.14, 0.06, 0.035), blend=0.04))
    parts = [solid(shapes, 0.022, 0, "body")]
    inner = a - t - 0.01  # its dark inside, seen through the neck and armholes
    parts.append(cylinder(inner, 0.08, 0.62, scl(1.0, 1.0, (b - t - 0.01) / inner), "cloth-dark"))
    for y in (0.13, 0.3):  # the straps round it, their buckles at the front
        path = _around(a, b, y, np.linspace(-20, 200, 12))
        parts.append(tube(path, 0.026, slot="cloth-dark", shape=STRIP))
        parts.append(box(0.11, 0.07, 0.03, at(0, y - 0.035, b + 0.02), 1))
        parts.append(box(0.06, 0.035, 0.02, at(0, y - 0.0175, b + 0.03), "pupil"))
    for lo, hi in ((25, 72), (108, 155)):  # reflective strips across the chest
        parts.append(tube(_around(a, b, 0.45, np.linspace(lo, hi, 5)), 0.02, slot="steel",
                          shape=STRIP))  # fmt: skip
    del rng
    return parts


# ---- 463 mausoleum ---------------------------------------------------------------------------


def _urn(m: np.ndarray, h: float, slot=0) -> Part:
    """A stone urn h tall under m: a foot, a swelling body, a lid and a knob."""
    prof = [(0.0, 0.0), (0.35, 0.0), (0.3, 0.1), (0.18, 0.16), (0.45, 0.45), (0.4, 0.72),
            (0.25, 0.8), (0.3, 0.86), (0.08, 0.92), (0.1, 1.0), (0.0, 1.0)]  # fmt: skip
    return lathe(prof, m @ scl(h), slot)


def _mausoleum(rng: Rng) -> list[Part]:
    """A mausoleum (a tomb): a small temple of stone on a stepped plinth, four columns under
    a triangular pediment before its closed walls, a heavy bronze double door studded and
    ringed, an inscription over it, urns on its corners."""
    y0 = 0.18
    parts = [box(1.04, y0, 1.0, at(0, 0, -0.05), 0, "body")]  # the plinth
    for k, depth in enumerate((0.18, 0.09)):  # the steps up to it
        parts.append(box(0.74, 0.06 * (k + 1), depth, at(0, 0, 0.45 + depth / 2), 0))
    H = 0.62
    parts.append(box(0.88, H, 0.68, at(0, y0, -0.2), 0))  # the walls
    for sx in (-1, 1):  # pilasters at its front corners
        parts.append(box(0.08, H, 0.03, at(sx * 0.4, y0, 0.14), 0))
    shaft = [(0.0, 0.0), (0.065, 0.0), (0.065, 0.035), (0.048, 0.05), (0.043, H - 0.05),
             (0.06, H - 0.03), (0.07, H), (0.0, H)]  # fmt: skip
    for x in (-0.42, -0.27, 0.27, 0.42):  # the portico's columns, the door between
        parts.append(lathe(shaft, at(x, y0, 0.38), 0, sides=14))
    top = y0 + H
    parts.append(box(1.0, 0.1, 0.98, at(0, top, -0.05), 0))  # the entablature
    parts.append(box(1.04, 0.03, 1.02, at(0, top + 0.1, -0.05), 0))  # the cornice
    for k in range(7):  # the inscription across the frieze
        w = 0.06 if k % 3 else 0.04
        parts.append(box(w, 0.03, 0.006, at(-0.27 + 0.09 * k, top + 0.035, 0.44), "marking"))
    y1 = top + 0.13
    for sz in (-1, 1):  # the pediments
        tri = [(-0.52, 0.0), (0.52, 0.0), (0.0, 0.24)]
        parts.append(slab(sharp(tri), 0.05, at(0, y1, -0.05 + sz * 0.49), 0))
    parts += gable(1.04, 1.02, y1, 0.24, at(0, 0, -0.05), 0)
    carved = sharp([(-0.09, 0.02), (0.09, 0.02), (0.0, 0.09)])  # a triangle in the pediment
    parts.append(slab(carved, 0.012, at(0, y1 + 0.04, 0.45), "marking"))
    # the door: a stone frame round a bronze double door, its panels, studs and rings
    z = 0.14
    parts.append(box(0.42, 0.52, 0.04, at(0, y0, z), 0))
    parts.append(box(0.48, 0.06, 0.05, at(0, y0 + 0.52, z), 0))  # its lintel
    stud_at, normals = [], []
    for s in (-1, 1):
        x = s * 0.087
        parts.append(box(0.17, 0.47, 0.03, at(x, y0, z + 0.02), 1))
        for y in (0.05, 0.26):
            parts.append(box(0.11, 0.17, 0.012, at(x, y0 + y, z + 0.04), 1))
        parts.append(torus(0.03, 0.007, at(x - s * 0.04, y0 + 0.25, z + 0.055) @ ALONG_Z, 1))
        for yy in np.linspace(0.03, 0.44, 6):
            stud_at.append((x + s * 0.07, y0 + yy, z + 0.04))
            normals.append((0.0, 0.0, 1.0))
    parts.append(studs(stud_at, normals, 0.008, 0.012, 1, sides=6))
    for sx in (-1, 1):  # urns on its corners and beside its steps
        parts.append(_urn(at(sx * 0.48, y1, 0.44), 0.14, 0))
        parts.append(_urn(at(sx * 0.46, 0.0, 0.56), 0.22, 0))
    parts.append(_urn(at(0, y1 + 0.24, 0.44), 0.1, 0))
    del rng
    return parts


# ---- 464 forge -------------------------------------------------------------------------------


def _bellows_outline(n: int) -> np.ndarray:
    """A bellows' board seen from above: round at its back (-x), tapering to its nozzle (+x)."""
    t = np.radians(np.linspace(55, 305, max(n - 2, 6)))
    back = np.stack([-0.07 + 0.17 * np.cos(t), 0.17 * np.sin(t)], 1)
    return np.concatenate([back, [[0.25, -0.035], [0.25, 0.035]]])


def _anvil(m: np.ndarray) -> list[Part]:
    """A blacksmith's anvil standing under m (the second material): a wide foot, a narrow
    waist, a long flat face, a tapering horn out to +x and a square heel at -x."""
    parts = [box(0.36, 0.07, 0.26, m, 1)]
    parts.append(
        lathe(
            [(0.13, 0.0), (0.08, 0.06), (0.08, 0.1), (0.13, 0.15)],
            m @ at(0, 0.07, 0) @ scl(1.0, 1.0, 0.7) @ rot("y", 45),
            1,
            sides=4,
        )
    )
    parts.append(box(0.42, 0.1, 0.18, m @ at(-0.03, 0.21, 0), 1))
    horn = m @ at(0.18, 0.26, 0) @ ALONG_X @ scl(1, 1, 0.9)
    parts.append(lathe([(0.0, 0.0), (0.075, 0.0), (0.05, 0.1), (0.02, 0.22), (0.0, 0.26)], horn, 1))
    return parts


def _fire(c: np.ndarray, h: float, w: float) -> list[Part]:
    """A tongue of fire standing up from c, w wide and h tall, round a bright core."""
    outer = [(0.0, 0.0), (w * 0.8, h * 0.12), (w, h * 0.3), (w * 0.6, h * 0.62), (0.0, h)]
    core = [(0.0, 0.0), (w * 0.5, h * 0.1), (w * 0.45, h * 0.3), (0.0, h * 0.55)]
    return [lathe(outer, at(*c), "flame"), lathe(core, at(*(c + v3(0, 0.01, 0))), "glow")]


def _forge(rng: Rng) -> list[Part]:
    """A blacksmith's forge: a hearth with glowing coals and flames in its fire pit, an iron
    hood over it narrowing into a chimney, a pair of bellows beside it blowing into the fire,
    and in front an anvil on a stump with a hammer and a glowing bar on it."""
    hx, hz, W, H, D = -0.1, -0.25, 0.8, 0.5, 0.55
    parts = [box(W, H, D, at(hx, 0, hz), 0, "body")]  # the hearth
    for k in range(4):  # the pit's raised rim
        span = W if k % 2 == 0 else D
        other = D if k % 2 == 0 else W
        side = at(hx, H, hz) @ rot("y", 90 * k) @ at(0, 0, other / 2 - 0.04)
        parts.append(box(span, 0.07, 0.08, side, 0))
    coals, glowing = [], []
    for _ in range(30):  # the coals heaped in the pit, the middle ones glowing
        x, z = rng.uniform(-0.3, 0.3), rng.uniform(-0.2, 0.2)
        hot = np.hypot(x / 0.3, z / 0.2) < 0.8
        y = H + 0.02 + (0.05 if hot else 0.0) * float(rng.uniform(0.5, 1.0))
        f = at(hx + x, y, hz + z) @ rot("y", float(rng.uniform(0, 90))) @ rot("x", 20)
        (glowing if hot and rng.uniform() < 0.7 else coals).append(f)
    parts.append(_boxes(coals, 0.07, 0.045, 0.06, "marking"))
    parts.append(_boxes(glowing, 0.07, 0.045, 0.06, "glow"))
    for k in range(4):  # the fire
        x, z = -0.15 + 0.1 * k, float(rng.uniform(-0.08, 0.08))
        parts += _fire(v3(hx + x, H + 0.05, hz + z), float(rng.uniform(0.22, 0.34)), 0.07)
    hood = [(0.0, 0.0), (0.58, 0.0), (0.56, 0.04), (0.18, 0.3), (0.0, 0.3)]
    parts.append(lathe(hood, at(hx, 0.95, hz) @ scl(1.0, 1.0, 0.72) @ rot("y", 45), 1, sides=4))
    for sx in (-1, 1):  # its iron posts
        x = hx + sx * (W / 2 - 0.06)
        parts.append(rod((x, H + 0.07, hz + D / 2 - 0.06), (x, 0.96, hz + 0.24), 0.03, 1))
    parts.append(box(0.24, 0.42, 0.2, at(hx, 1.2, hz), 0))  # the chimney
    parts.append(box(0.28, 0.05, 0.24, at(hx, 1.6, hz), 0))
    # the bellows on a stand to the left, open wide, its nozzle into the hearth's side
    bm = at(hx - W / 2 - 0.31, 0.34, hz + 0.1) @ rot("y", 12) @ scl(1.12)
    parts.append(slab(_bellows_outline, 0.025, bm @ FLAT_UP, "cork"))
    hinge = bm @ at(0.2, 0.03, 0) @ rot("z", -24) @ at(-0.2, 0, 0)  # the top board, raised
    for k in range(5):  # the leather between, in pleats
        y = 0.015 + 0.03 * k
        grow = 0.97 if k % 2 else 0.86
        fold = bm @ at(0.2, 0.03, 0) @ rot("z", -24 * (k + 0.5) / 5.5) @ at(-0.2, y - 0.03, 0)
        parts.append(slab(_bellows_outline, 0.035, fold @ FLAT_UP @ scl(grow, grow, 1.0), "soil"))
    parts.append(slab(_bellows_outline, 0.025, hinge @ at(0, 0.15, 0) @ FLAT_UP, "cork"))
    parts.append(cylinder(0.035, 0.012, 0.14, bm @ at(0.24, 0.02, 0) @ ALONG_X, 1))
    for y, lift, m_ in ((0.0, -0.02, bm), (0.16, 0.06, hinge)):  # the handles at its back
        parts.append(stick(pt(m_, -0.22, y, 0.0), pt(m_, -0.36, y + lift, 0.0), 0.016, "cork"))
    for x in (-0.12, 0.12):  # its stand
        foot = pt(bm, x, 0.0, 0.0)
        parts.append(box(0.05, foot[1], 0.28, at(foot[0], 0, foot[2]) @ rot("y", 12), "cork"))
    # the anvil on its stump, a hammer and a hot bar on its face
    ax_, az, stump = 0.44, 0.42, 0.24
    parts.append(cylinder(0.2, 0.22, stump, at(ax_, 0, az), "soil"))
    parts.append(cylinder(0.195, 0.195, 0.01, at(ax_, stump - 0.005, az), "cork"))
    am = at(ax_, stump, az) @ rot("y", -10) @ scl(1.25)
    parts += _anvil(am)
    face = 0.31
    parts.append(cylinder(0.018, 0.018, 0.3, am @ at(-0.16, face + 0.02, 0.06) @ rot("y", 28)
                          @ ALONG_X, "cork"))  # the hammer's handle # fmt: skip
    parts.append(box(0.05, 0.05, 0.14, am @ at(0.1, face, 0.13) @ rot("y", 28), "steel"))
    parts.append(stick(pt(am, -0.12, face + 0.02, -0.05), pt(am, 0.3, face + 0.02, -0.08),
                       0.017, "glow"))  # fmt: skip
    return parts


# ---- 465 barbecue grill ----------------------------------------------------------------------

_KETTLE = [(0.0, -1.0), (0.55, -0.84), (0.9, -0.44), (1.0, 0.0), (0.985, 0.02), (0.885, -0.43),
           (0.54, -0.83), (0.0, -0.97)]  # fmt: skip
"""A kettle barbecue's bowl, unit radius: its outside up to the rim and back down inside."""


def _barbecue(rng: Rng) -> list[Part]:
    """A kettle barbecue (a grill) on three legs, its domed lid propped open behind: sausages
    and burgers on the round grill over glowing coals, a wisp of smoke rising."""
    R, cy = 0.4, 0.74
    parts = [lathe(_KETTLE, at(0, cy, 0) @ scl(R), 0, "body")]
    parts.append(torus(R, 0.012, at(0, cy, 0), 0))
    for k in range(3):  # the legs, a rack between them, wheels on two
        a = np.radians(90 + 120 * k)
        top = v3(0.25 * np.cos(a), cy - 0.28, 0.25 * np.sin(a))
        foot = v3(0.42 * np.cos(a), 0.0, 0.42 * np.sin(a))
        parts.append(stick(top, foot + v3(0, 0.03, 0), 0.018, 1))
        b = np.radians(90 + 120 * (k + 1))
        nxt = (
            v3(0.25 * np.cos(b), cy - 0.28, 0.25 * np.sin(b)) * 0.4
            + v3(0.42 * np.cos(b), 0.0, 0.42 * np.sin(b)) * 0.6
        )
        parts.append(stick(top * 0.4 + foot * 0.6, nxt, 0.01, 1))
        if k:
            hub = at(*(foot + v3(0, 0.062, 0))) @ rot("y", -np.degrees(a)) @ rot("z", 90)
            parts.append(torus(0.045, 0.016, hub, "cloth-dark"))
        else:
            parts.append(sphere(0.025, at(*(foot + v3(0, 0.025, 0))), "cloth-dark"))
    parts.append(cylinder(0.1, 0.13, 0.05, at(0, cy - R - 0.05, 0), 1))  # the ash catcher
    coals, hot = [], []
    for _ in range(30):
        rr, a = 0.3 * np.sqrt(rng.uniform()), rng.uniform(0, 2 * np.pi)
        f = at(rr * np.cos(a), cy - 0.3 + 0.02 * rng.uniform(), rr * np.sin(a))
        (hot if rng.uniform() < 0.6 else coals).append(f @ rot("y", float(rng.uniform(0, 90))))
    parts.append(_boxes(coals, 0.06, 0.04, 0.05, "marking"))
    parts.append(_boxes(hot, 0.06, 0.04, 0.05, "glow"))
    g = cy - 0.04  # the grill: a ring and its bars
    parts.append(torus(0.37, 0.008, at(0, g, 0), "steel"))
    for z in np.linspace(-0.33, 0.33, 11):
        half = float(np.sqrt(0.37**2 - z**2))
        parts.append(tube([(-half, g, z), (half, g, z)], 0.006, slot="steel", shape=HEX))
    for k, z in enumerate((-0.16, -0.04, 0.08)):  # sausages
        x0 = 0.05 + 0.02 * k
        path = [(x0 - 0.16, g + 0.03, z), (x0, g + 0.035, z + 0.015), (x0 + 0.16, g + 0.03, z)]
        parts.append(tube(path, [0.028, 0.032, 0.028], slot="cork"))
        parts.append(sphere(1.0, at(x0 - 0.16, g + 0.03, z) @ scl(0.028), "cork"))
        parts.append(sphere(1.0, at(x0 + 0.16, g + 0.03, z) @ scl(0.028), "cork"))
    for x, z, cheese in ((-0.2, 0.16, True), (-0.18, -0.14, False)):  # burgers
        parts.append(cylinder(0.08, 0.08, 0.035, at(x, g + 0.006, z), "soil"))
        if cheese:
            parts.append(box(0.12, 0.012, 0.12, at(x, g + 0.036, z) @ rot("y", 40), "fruit-yellow"))
    # the lid, hinged open at the back
    lid_open = float(rng.uniform(95, 108))
    lm = at(0, cy + 0.005, -R) @ rot("x", -lid_open) @ at(0, 0, R)
    dome = [(0.0, 0.97), (0.54, 0.83), (0.885, 0.43), (0.99, 0.0), (1.0, 0.0), (0.9, 0.44),
            (0.55, 0.84), (0.0, 1.0)]  # fmt: skip
    parts.append(lathe(dome, lm @ scl(R, R * 0.75, R), 0))
    parts.append(cylinder(0.05, 0.05, 0.02, lm @ at(0, R * 0.75, 0), 1))  # its vent
    grip = [pt(lm, -0.1, R * 0.75, 0.12), pt(lm, -0.1, R * 0.75 + 0.06, 0.12),
            pt(lm, 0.1, R * 0.75 + 0.06, 0.12), pt(lm, 0.1, R * 0.75, 0.12)]  # fmt: skip
    parts.append(tube(grip, 0.014, slot=1))
    parts.append(smoke(v3(0.12, g + 0.05, 0.12), 0.6, 0.1, curl=True))
    return parts


# ---- 466 sandcastle --------------------------------------------------------------------------


def _bucket_tower(x: float, z: float, y: float, r: float, h: float) -> tuple[list[Part], list]:
    """A sandcastle's tower turned out of a bucket at (x, y, z): a frustum narrowing upward,
    ridged where the bucket's rims were; and the frames of the merlons round its top."""
    prof = [(0.0, 0.0), (r, 0.0), (r * 0.97, h * 0.3), (r * 0.9, h * 0.9), (r * 0.84, h),
            (0.0, h)]  # fmt: skip
    parts = [lathe(prof, at(x, y, z), 0)]
    for f, g in ((0.18, 0.99), (0.82, 0.91)):
        parts.append(torus(r * g, 0.01, at(x, y + h * f, z), 0))
    merlons = []
    n = 8 if r > 0.1 else 6
    for k in range(n):
        a = 2 * np.pi * k / n
        rr = r * 0.78
        merlons.append(at(x + rr * np.cos(a), y + h, z + rr * np.sin(a)) @ rot("y", -np.degrees(a)))
    return parts, merlons


def _sandcastle(rng: Rng) -> list[Part]:
    """A sandcastle on a patch of beach: bucket-shaped towers with crenellated tops joined by
    walls round a taller keep flying a little flag, a moat of water round it, and a child's
    spade stuck in the sand beside it."""
    beach = [(0.0, 0.0), (0.85, 0.0), (0.8, 0.05), (0.68, 0.09), (0.63, 0.07), (0.6, 0.035),
             (0.5, 0.035), (0.46, 0.07), (0.42, 0.09), (0.0, 0.09)]  # fmt: skip
    oval = scl(1.0, 1.0, 0.85)
    parts = [lathe(beach, oval, 0, "body")]
    ring = [(0.47, 0.045), (0.63, 0.045), (0.63, 0.056), (0.47, 0.056)]
    parts.append(lathe(ring, oval, "plume", closed=True))  # the moat's water
    parts.append(lathe(ring, oval @ at(0, 0.006, 0), "rain", closed=True))
    y = 0.085
    merlons = []
    corners = [(-0.26, -0.23), (0.26, -0.23), (0.26, 0.23), (-0.26, 0.23)]
    for x, z in corners:
        p, m = _bucket_tower(x, z, y, 0.1, 0.25)
        parts += p
        merlons += m
    p, m = _bucket_tower(0.0, -0.03, y, 0.16, 0.42)
    parts += p
    merlons += m
    wh = 0.16
    for (xa, za), (xb, zb) in pairwise([*corners, corners[0]]):  # the walls between
        mid = v3((xa + xb) / 2, y, (za + zb) / 2)
        length = float(np.hypot(xb - xa, zb - za))
        turn = rot("y", -np.degrees(np.arctan2(zb - za, xb - xa)))
        parts.append(box(length, wh, 0.06, at(*mid) @ turn, 0))
        for t in np.linspace(-0.3, 0.3, 4) * length:
            merlons.append(at(*mid) @ turn @ at(t, wh, 0))
    parts.append(_boxes(merlons, 0.045, 0.045, 0.05, 0))
    parts.append(box(0.08, 0.09, 0.02, at(0, y, 0.245), "soil"))  # the gate
    parts.append(cylinder(0.04, 0.04, 0.02, at(0, y + 0.09, 0.245) @ ALONG_Z @ at(0, -0.01, 0),
                          "soil"))  # fmt: skip
    top = y + 0.42
    parts.append(stick((0, top, -0.02), (0, top + 0.3, -0.02), 0.007, "pencil-wood"))
    wave = float(rng.uniform(-0.02, 0.02))
    flag = [(0.0, 0.0), (0.16, -0.035 + wave), (0.0, -0.08)]
    parts.append(slab(sharp(flag), 0.006, at(0.005, top + 0.3, -0.02), "card-red"))
    # the spade, stuck in the sand at a slant
    sm = at(0.6, 0.075, 0.3) @ rot("z", -18) @ rot("x", 10)
    blade = [(-0.07, 0.0), (0.07, 0.0), (0.075, 0.16), (0.0, 0.2), (-0.075, 0.16)]
    parts.append(slab(sharp([(x, -y_) for x, y_ in blade]), 0.012, sm @ at(0, 0.12, 0), 1))
    parts.append(cylinder(0.016, 0.016, 0.42, sm @ at(0, 0.1, 0), 1))
    parts.append(cylinder(0.02, 0.02, 0.14, sm @ at(-0.07, 0.52, 0) @ ALONG_X, 1))
    for x, z in ((-0.62, 0.38), (0.5, -0.5)):  # a shell and a pebble on the beach
        parts.append(sphere(1.0, at(x, 0.07, z) @ scl(0.04, 0.018, 0.035), "seed"))
    return parts


# ---- 467 cool box ----------------------------------------------------------------------------


def _cool_box(rng: Rng) -> list[Part]:
    """A cool box (a picnic cooler): a rectangular insulated box with rounded corners, its
    coloured body under a thick white lid with cup holders, a hinged handle over it, grips
    at its ends, a drain plug, and a can of drink standing beside it."""
    W, H, D = 0.8, 0.4, 0.46
    body = [(0.0, 0.0), (0.95, 0.0), (0.97, 0.02), (1.0, H - 0.01), (1.0, H), (0.0, H)]
    sq = rrect(2.0, 2.0, 0.3, 4)
    parts = [lathe(body, at(0, 0.015, 0) @ scl(W / 2, 1.0, D / 2), 0, "body", shape=sq)]
    lid = [(0.0, 0.0), (1.02, 0.0), (1.03, 0.04), (1.0, 0.08), (0.9, 0.1), (0.0, 0.1)]
    parts.append(lathe(lid, at(0, H + 0.01, 0) @ scl(W / 2, 1.0, D / 2), "snow", shape=sq))
    for x in (-0.2, 0.2):  # cup holders in the lid
        parts.append(cylinder(0.05, 0.05, 0.01, at(x, H + 0.096, 0.05), "marking"))
    for s in (-1, 1):  # grips at its ends, the handle's pivots, the handle itself
        parts.append(box(0.02, 0.05, 0.2, at(s * W / 2, H - 0.14, 0), "marking"))
        parts.append(cylinder(0.035, 0.035, 0.03, at(s * (W / 2 + 0.005), H - 0.06, 0)
                              @ rot("z", -s * 90), 1))  # fmt: skip
    lean = np.radians(float(rng.uniform(20, 35)))
    reach, hw = 0.3, W / 2 + 0.035
    up = v3(0.0, np.cos(lean), -np.sin(lean)) * reach
    pivot = v3(0.0, H - 0.06, 0.0)
    grip = [pivot + v3(-hw, 0, 0), pivot + v3(-hw, 0, 0) + up * 0.8,
            pivot + v3(-hw + 0.06, 0, 0) + up, pivot + v3(hw - 0.06, 0, 0) + up,
            pivot + v3(hw, 0, 0) + up * 0.8, pivot + v3(hw, 0, 0)]  # fmt: skip
    parts.append(tube(grip, 0.018, slot=1, shape=_OVAL))
    parts.append(box(0.1, 0.06, 0.02, at(0, H - 0.04, D / 2 + 0.004), 1))  # the latch
    parts.append(cylinder(0.02, 0.02, 0.02, at(0.3, 0.05, D / 2) @ ALONG_Z, "marking"))
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(box(0.08, 0.02, 0.06, at(sx * 0.3, -0.001, sz * 0.16), "cloth-dark"))
    can = at(0.6, 0, 0.3)
    parts.append(cylinder(0.06, 0.06, 0.21, can, "plume"))
    parts.append(lathe([(0.0, 0.0), (0.06, 0.0), (0.05, 0.015), (0.05, 0.02), (0.0, 0.02)],
                       can @ at(0, 0.21, 0), "steel"))  # fmt: skip
    parts.append(cylinder(0.062, 0.062, 0.06, can @ at(0, 0.07, 0), "snow"))  # its label
    return parts


MORE_APPLIANCES_R = {
    456: _bazooka, 457: _detonator, 458: _chessboard, 459: _dominoes, 460: _sweets,
    461: _pinata, 462: _life_jacket, 463: _mausoleum, 464: _forge, 465: _barbecue,
    466: _sandcastle, 467: _cool_box,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
