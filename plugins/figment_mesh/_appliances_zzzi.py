"""More of the device family's appliances, from 1080: lizards and their kin: a lizard, a gecko,
an iguana, a chameleon, a fire salamander, an axolotl, a Komodo dragon and a crocodile.

Each lies on y = 0, built head toward +x and turned a little to the viewer (+z), its skin in
the first material, what it lies or climbs on (or its claws) in the second, its markings in
fixed colours.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._geometry import Part, align, at, mesh_part, rot, scl, v3
from ._kit import FLAT_UP, HEX, ccw, flat_solid, leaf_blade, lobed, loft
from ._primitives import catmull_rom, lathe, slab, sphere, tube

__all__ = ["MORE_APPLIANCES_ZZZI"]

Rng = np.random.Generator

_T = np.arange(24) * (2 * np.pi / 24)
_RING = np.stack([np.cos(_T), np.sin(_T)], 1)
"""A smooth skin's cross-section (its first axis up, its second sideways)."""
_SCALY = _RING * (1 + 0.03 * np.cos(12 * _T))[:, None]
"""A scaly skin's cross-section, ridged along its length like rows of keeled scales."""
_RIDGE = np.stack([np.cos(_T) * (1 + 0.22 * np.maximum(np.cos(_T), 0) ** 12), np.sin(_T)], 1)
"""A cross-section drawn up into a sharp ridge along the top of the back."""
_SQUARE = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])
_Y = np.array([0.0, 1.0, 0.0])
_SPIKES = ((0.0, 1.0), (0.5, 0.12))
"""A crest's teeth, ((fraction of the way to the next, fraction of its height), ...): spines."""
_SCUTES = ((0.0, 0.3), (0.15, 1.0), (0.55, 1.0), (0.7, 0.3))
"""A crest's teeth: flat-topped scutes."""


# Cheap pieces: many small ovoids as one part, lofts through exact points


def _cross(a, b) -> np.ndarray:
    """The cross product of 3-vectors (or rows of them): quicker than ``np.cross`` for few."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    return np.stack([a[..., 1] * b[..., 2] - a[..., 2] * b[..., 1],
                     a[..., 2] * b[..., 0] - a[..., 0] * b[..., 2],
                     a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0]], -1)  # fmt: skip


def _unit(v) -> np.ndarray:
    """v (or each row of v) scaled to length 1."""
    v = np.asarray(v, float)
    return v / np.maximum(np.sqrt((v * v).sum(-1, keepdims=True)), 1e-12)


def _unit_ovoid(sides: int, rings: int) -> tuple[np.ndarray, np.ndarray]:
    """A low sphere of radius 1: ``rings`` rings of ``sides`` points between two poles."""
    lat = np.linspace(-np.pi / 2, np.pi / 2, rings + 2)[1:-1]
    a = np.arange(sides) * (2 * np.pi / sides)
    ring = np.stack([np.cos(lat)[:, None] * np.cos(a), np.repeat(np.sin(lat)[:, None], sides, 1),
                     np.cos(lat)[:, None] * np.sin(a)], -1).reshape(-1, 3)  # fmt: skip
    v = np.concatenate([[[0.0, -1.0, 0.0]], ring, [[0.0, 1.0, 0.0]]])
    nxt = (np.arange(sides) + 1) % sides
    f = [np.stack([np.zeros(sides, int), 1 + nxt, 1 + np.arange(sides)], 1)]
    for j in range(rings - 1):
        a0, a1 = 1 + j * sides + np.arange(sides), 1 + j * sides + nxt
        f += [np.stack([a0, a1, a1 + sides], 1), np.stack([a0, a1 + sides, a0 + sides], 1)]
    top = len(v) - 1
    b = 1 + (rings - 1) * sides
    f.append(np.stack([np.full(sides, top), b + np.arange(sides), b + nxt], 1))
    return v, np.concatenate(f)


def _ovoids(mats, slot, sides: int = 8, rings: int = 3, tag: str = "") -> Part:
    """Small ovoids (spots, pads, pebbles) as one part: a low sphere of radius 1 placed by each
    of the matrices."""
    v, f = _unit_ovoid(sides, rings)
    vs = [v @ m[:3, :3].T + m[:3, 3] for m in mats]
    fs = [f + k * len(v) for k in range(len(mats))]
    return mesh_part(np.concatenate(vs), np.concatenate(fs), slot, tag)


def _prong(pts, radii, slot=0, shape=HEX) -> Part:
    """A thin limb (a toe, a claw, a tooth) lofted through exactly these points, tapering
    through the radii."""
    c = np.asarray(pts, float)
    rad = np.broadcast_to(np.asarray(radii, float), (len(c),))[:, None]
    t = np.gradient(c, axis=0)
    t = _unit(t)
    ref = np.where(np.abs(t[:, 1:2]) < 0.9, _Y, [1.0, 0.0, 0.0])
    u = _cross(t, ref)
    u = _unit(u)
    return loft(c, u * rad, _cross(t, u) * rad, shape, slot)


def _strip(pts, wid, thick: float, across, slot=0) -> Part:
    """A flat strip through exactly these points, ``wid`` wide (per point) along ``across``
    and ``thick`` thick: a crest of spines, a row of teeth."""
    c = np.asarray(pts, float)
    t = np.gradient(c, axis=0)
    t = _unit(t)
    u = np.asarray(across, float) - t * (t @ np.asarray(across, float))[:, None]
    u = _unit(u)
    w = np.maximum(np.asarray(wid, float), 1e-4)[:, None] / 2
    return loft(c, u * w, _cross(t, u) * thick / 2, _SQUARE, slot)


# A body lofted through rows, and points on its skin


def _rows(ctrl, n: int, folds: tuple = ()) -> np.ndarray:
    """n rows smoothly through the control rows (x, y, z, half width, half height), from the
    snout to the tail's tip, each with its up and sideways directions (columns 5-7 and 8-10):
    the sideways one square to the body's line, carried along it without twisting. ``folds``:
    (first row, last row, depth) where the skin hangs in loose rings."""
    r = catmull_rom([tuple(row) for row in np.asarray(ctrl, float)], n)
    t = np.gradient(r[:, :3], axis=0)
    t = _unit(t)
    side = np.empty_like(t)
    s = _cross(t[0], _Y)
    for i in range(n):
        s = s - t[i] * (s @ t[i])
        s = _unit(s)
        side[i] = s
    up = _cross(side, t)
    for i0, i1, depth in folds:
        k = np.arange(i0, i1)
        r[k, 3:5] *= (1 + depth * np.cos(np.pi * (k - i0)))[:, None]
    return np.concatenate([r, up, side], 1)


def _trunk(r: np.ndarray, shape=_SCALY, slot=0, tag="", grow=0.0, lo=0, hi=None) -> Part:
    """The skin through the rows r (rows lo to hi), grown by ``grow`` all round."""
    s = slice(lo, hi)
    return loft(r[s, :3], r[s, 5:8] * (r[s, 4:5] + grow), r[s, 8:11] * (r[s, 3:4] + grow),
                shape, slot, tag)  # fmt: skip


def _near(r: np.ndarray, x: float) -> int:
    """The row of the head end (its first half) nearest x."""
    return int(np.argmin(np.abs(r[: len(r) // 2, 0] - x)))


def _skin(r: np.ndarray, i: int, a: float, s: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The point of row i's ring at ``a`` degrees up from its side (90: the top, -90: the belly)
    on side s (1: +z), and the skin's outward normal there."""
    up, side = r[i, 5:8], r[i, 8:11]
    h, w = r[i, 4], r[i, 3]
    ca, sa = np.cos(np.radians(a)), np.sin(np.radians(a))
    p = r[i, :3] + up * h * sa + side * s * w * ca
    n = up * sa / h + side * s * ca / w
    return p, _unit(n)


def _dab(r: np.ndarray, i: int, a: float, s: int, size, spin: float = 0.0) -> np.ndarray:
    """Where a flat dab of colour (half extents: along, thick, across) lies on the skin at row
    i, ``a`` degrees up on side s: a matrix for ``_ovoids``."""
    p, n = _skin(r, i, a, s)
    x = r[min(i + 1, len(r) - 1), :3] - r[max(i - 1, 0), :3]
    x = x - n * (x @ n)
    x = _unit(x)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = x, n, _cross(x, n), p
    return m @ rot("y", spin) @ scl(*size)


def _line(r: np.ndarray, xs, a_s, s: int, width: float, slot="marking", lift=0.0) -> Part:
    """A thin line drawn on the skin through the rows nearest xs (on the head end) at angles
    a_s: the mouth."""
    pts = []
    for x, a in zip(xs, a_s, strict=True):
        p, n = _skin(r, _near(r, x), a, s)
        pts.append(p + n * lift)
    return tube(pts, width, None, slot, shape=HEX)


def _eyes(r: np.ndarray, x: float, a: float, size: float, iris="pupil", lid=0) -> list[Part]:
    """A round eye on each side of the head at the row nearest x, ``a`` degrees up, in a lid of
    the skin's stuff; a coloured ``iris`` gets a slit pupil."""
    parts = []
    for s in (-1, 1):
        p, n = _skin(r, _near(r, x), a, s)
        m = at(*p) @ align(n)
        parts.append(sphere(1.0, m @ scl(size * 1.3, size * 0.55, size * 1.3), lid))
        parts.append(sphere(1.0, m @ at(0, size * 0.25, 0) @ scl(size, size * 0.6, size), iris,
                            "eyes"))  # fmt: skip
        if iris != "pupil":
            slit = m @ at(0, size * 0.5, 0) @ scl(size * 0.22, size * 0.4, size * 0.8)
            parts.append(_ovoids([slit], "pupil"))
    return parts


def _crest(r: np.ndarray, i0: int, i1: int, tall, step: int, thick: float, slot=0,
           a: float = 90.0, s: int = 1, teeth=_SPIKES) -> Part:  # fmt: skip
    """A jagged crest standing out of the skin from row i0 to i1 at ``a`` degrees (90: along
    the top of the back): a row of spines or scutes every ``step`` rows, ``tall`` (one height,
    or a height at each end), each shaped by ``teeth``."""
    idx = list(range(i0, i1, step))
    h0, h1 = (tall, tall) if np.isscalar(tall) else tall
    pts, wid = [], []
    for j, (i, q) in enumerate(pairwise(idx)):
        p, pq = _skin(r, i, a, s)[0], _skin(r, q, a, s)[0]
        h = h0 + (h1 - h0) * j / max(len(idx) - 2, 1)
        for f, k in teeth:
            pts.append(p + (pq - p) * f)
            wid.append(2 * h * k)
    pts.append(_skin(r, idx[-1], a, s)[0])
    wid.append(2 * h1 * teeth[0][1])
    across = np.mean([_skin(r, i, a, s)[1] for i in idx], 0)
    return _strip(pts, wid, thick, across, slot)


# Legs and feet


def _foot(m: np.ndarray, heading: float, fan: float, lengths, r: float, claw=1, pad=None,
          curl: float = 0.0) -> list[Part]:  # fmt: skip
    """Toes fanned from the wrist at m's origin over its xz plane (the ground under it): one per
    length, spread over ``fan`` degrees round the ``heading`` (degrees from x toward z), each
    arched (or curled down by ``curl`` of its length), a claw or a round sticky ``pad`` at its
    tip."""
    parts, pads = [], []
    n = len(lengths)
    w = np.array([0.0, r * 1.2, 0.0])
    for k, length in enumerate(lengths):
        a = np.radians(heading + fan * (k / max(n - 1, 1) - 0.5))
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        mid = w + d * length * 0.5 + np.array([0.0, r * 0.5, 0.0])
        tip = np.array([0.0, r * 0.6 - curl * length, 0.0]) + d * length * (1 - curl * 0.5)
        pts = [(m @ np.append(p, 1.0))[:3] for p in (w, mid, tip)]
        parts.append(_prong(pts, [r, r * 0.8, r * 0.55]))
        d_w = m[:3, :3] @ d
        if pad is not None:
            pads.append(at(*pts[2]) @ align(m[:3, 1]) @ scl(r * 1.6, r * 0.6, r * 1.6))
        elif claw is not None:
            hook = pts[2] + d_w * r * 2.4 - m[:3, 1] * r * 0.7
            parts.append(_prong([pts[2], hook], [r * 0.5, r * 0.08], claw))
    if pads:
        parts.append(_ovoids(pads, pad))
    return parts


def _legs(legs, radii, toes, r: float, heading: float, fan: float, **kw) -> list[Part]:
    """A pair of sprawling legs, each through the points (hip, knee, ankle) given for its right
    (+z) side and mirrored for its left, the foot flat on the ground under the ankle, its toes
    (their lengths) turned ``heading`` degrees from +x toward the side."""
    parts = []
    for s in (-1, 1):
        pts = [(x, y, s * z) for x, y, z in legs]
        parts.append(tube(pts, radii, None, 0))
        x, _, z = pts[-1]
        parts += _foot(at(x, 0.0, z), s * heading, fan, toes[::s], r, **kw)
    return parts


def _turn(parts: list[Part], yaw: float) -> list[Part]:
    """The beast turned about y to show its side, its head a little toward the viewer."""
    return [p.moved(rot("y", yaw)) for p in parts]


# 1080 lizard


def _lizard(rng: Rng) -> list[Part]:
    """A lizard basking low on the ground, side on: a slim scaly green body, a wedge-shaped flat
    head with a long wide mouth line and small dark eyes, four legs splayed out sideways and
    bent at the elbows and knees, five long thin clawed toes on each foot, and a long
    whip-like tail tapering to a point, longer than the body, curving round to one side;
    a brown stripe down the back and brown flecks along the flanks."""
    bend = float(rng.uniform(-0.02, 0.02))
    ctrl = [(0.52, 0.04, 0.0, 0.006, 0.005), (0.5, 0.042, 0.0, 0.016, 0.011),
            (0.46, 0.046, 0.0, 0.028, 0.018), (0.42, 0.05, 0.0, 0.037, 0.024),
            (0.38, 0.052, 0.0, 0.038, 0.027), (0.34, 0.05, 0.004, 0.03, 0.025),
            (0.28, 0.052, 0.01, 0.042, 0.03), (0.18, 0.054, 0.012, 0.05, 0.034),
            (0.08, 0.05, 0.0, 0.046, 0.032), (0.0, 0.044, -0.01, 0.036, 0.027),
            (-0.08, 0.036, -0.01, 0.027, 0.022), (-0.18, 0.026, 0.01 + bend, 0.019, 0.016),
            (-0.28, 0.018, 0.06, 0.013, 0.011), (-0.36, 0.012, 0.14, 0.009, 0.008),
            (-0.4, 0.008, 0.25, 0.005, 0.005), (-0.38, 0.005, 0.36, 0.002, 0.002)]  # fmt: skip
    r = _rows(ctrl, 80)
    parts = [_trunk(r, tag="body")]
    for s in (-1, 1):  # the mouth
        parts.append(_line(r, (0.515, 0.49, 0.45, 0.41, 0.38), (-10, -20, -22, -18, -10), s,
                           0.003))  # fmt: skip
    parts += _eyes(r, 0.405, 40, 0.008)
    front = [(0.27, 0.05, 0.02), (0.25, 0.06, 0.09), (0.29, 0.012, 0.115)]
    hind = [(0.02, 0.045, 0.02), (0.06, 0.07, 0.11), (0.0, 0.012, 0.15)]
    parts += _legs(front, [0.014, 0.011, 0.008], (0.028, 0.04, 0.045, 0.04, 0.028), 0.004, 40, 80)
    parts += _legs(hind, [0.018, 0.013, 0.009], (0.03, 0.045, 0.055, 0.065, 0.04), 0.004, 110, 90)
    stripe = [_dab(r, i, 90, 1, (0.012, 0.004, 0.016 * (1.0 if i < 40 else 0.7)))
              for i in range(18, 52, 2)]  # fmt: skip
    stripe += [_dab(r, 20 + 5 * k, 40, s, (0.01, 0.004, 0.006)) for k in range(6) for s in (-1, 1)]
    parts.append(_ovoids(stripe, "soil"))
    return _turn(parts, 20.0)


# 1081 gecko


def _stone_slab(w: float, d: float, t: float, m: np.ndarray, rng: Rng, slot=1) -> Part:
    """A flat stone slab w by d and t thick under m, its outline a little irregular, lying on
    m's xz plane from z = 0 back to z = -d."""
    k = 14
    a = np.linspace(0, 2 * np.pi, k, endpoint=False)
    wob = 1 + rng.uniform(-0.05, 0.05, k)
    pts = [(w / 2 * np.sign(c) * abs(c) ** 0.5 * f, d / 2 + d / 2 * np.sign(s) * abs(s) ** 0.5 * f)
           for c, s, f in zip(np.cos(a), np.sin(a), wob, strict=True)]  # fmt: skip
    return slab(pts, t, m @ at(0, t / 2, 0) @ FLAT_UP, slot)


def _gecko_body(rng: Rng) -> list[Part]:
    """A gecko lying flat on the ground, head toward +x: a broad flat head with big round eyes,
    splayed legs with a round sticky pad on each toe, a plump tail, dark spots all over."""
    ctrl = [(0.3, 0.022, 0.0, 0.008, 0.006), (0.29, 0.024, 0.0, 0.026, 0.013),
            (0.26, 0.027, 0.0, 0.045, 0.02), (0.22, 0.029, 0.0, 0.055, 0.024),
            (0.18, 0.028, 0.0, 0.044, 0.021), (0.14, 0.028, 0.0, 0.045, 0.023),
            (0.07, 0.03, 0.0, 0.058, 0.027), (0.0, 0.029, 0.0, 0.056, 0.026),
            (-0.06, 0.027, 0.0, 0.045, 0.023), (-0.1, 0.025, 0.0, 0.04, 0.021),
            (-0.16, 0.024, 0.01, 0.046, 0.022), (-0.23, 0.02, 0.025, 0.036, 0.018),
            (-0.3, 0.014, 0.045, 0.02, 0.012), (-0.34, 0.01, 0.06, 0.006, 0.005),
            (-0.35, 0.009, 0.065, 0.001, 0.001)]  # fmt: skip
    r = _rows(ctrl, 64)
    parts = [_trunk(r, _RING, tag="body")]
    parts += _eyes(r, 0.225, 45, 0.016, "plume-tip")
    for s in (-1, 1):
        parts.append(_line(r, (0.3, 0.28, 0.25, 0.21), (-20, -25, -22, -10), s, 0.002))
    parts += _legs([(0.13, 0.026, 0.012), (0.1, 0.032, 0.1), (0.15, 0.014, 0.13)],
                   [0.012, 0.01, 0.008], (0.024, 0.03, 0.032, 0.03, 0.024), 0.0045, 45, 130,
                   pad=0)  # fmt: skip
    parts += _legs([(-0.07, 0.025, 0.012), (-0.03, 0.034, 0.11), (-0.09, 0.014, 0.14)],
                   [0.014, 0.011, 0.008], (0.026, 0.032, 0.035, 0.032, 0.026), 0.0045, 120,
                   130, pad=0)  # fmt: skip
    spots = []
    for _ in range(40):
        i, a = int(rng.integers(4, 58)), float(rng.uniform(10, 90))
        if i < 16 and 25 < a < 70:  # clear of the eyes
            a = 85.0
        sz = float(rng.uniform(0.005, 0.009)) * (0.6 if i > 48 else 1.0)
        spots.append(_dab(r, i, a, int(rng.choice((-1, 1))), (sz, 0.003, sz)))
    parts.append(_ovoids(spots, "marking"))
    return parts


def _gecko(rng: Rng) -> list[Part]:
    """A gecko clinging flat to a stone slab propped up steeply, climbing it aslant toward the
    viewer: a broad flat head with big round golden eyes slit by dark pupils, a wide mouth,
    legs splayed out with a round sticky pad at each toe's tip, a plump carrot of a tail, pale
    skin spotted dark all over."""
    tilt = 52.0
    ms = at(0, 0, 0.2) @ rot("x", tilt)
    t = 0.05
    m = ms @ at(0.0, t, -0.38) @ rot("y", 40) @ scl(1.15)
    parts = [p.moved(m) for p in _gecko_body(rng)]
    parts.append(_stone_slab(0.8, 0.78, t, ms, rng))
    rock = at(0, 0.12, -0.33) @ scl(0.3, 0.16, 0.16)
    parts.append(lathe([(0.0, -1.0), (0.8, -0.8), (1.0, 0.0), (0.7, 0.8), (0.0, 1.0)], rock,
                       1, shape=lobed(20, 5, 0.1)))  # fmt: skip
    return parts


# 1082 iguana


def _iguana(rng: Rng) -> list[Part]:
    """A green iguana lying along a fallen branch, its head raised off the branch's end: a
    heavy body, a row of tall thin spines down its neck and back shrinking along the tail, a big
    flap of dewlap hanging under its chin, a big round pale scale on its cheek, a blunt head
    with a mouth line and a golden eye, legs gripping the branch's sides, and a long tail
    banded dark, hanging off the branch's far end and curling round on the ground."""
    ctrl = [(0.47, 0.33, 0.0, 0.012, 0.01), (0.455, 0.335, 0.0, 0.026, 0.02),
            (0.42, 0.335, 0.0, 0.038, 0.032), (0.38, 0.33, 0.0, 0.045, 0.04),
            (0.34, 0.32, 0.0, 0.047, 0.043), (0.29, 0.295, 0.0, 0.048, 0.043),
            (0.22, 0.26, 0.0, 0.062, 0.05), (0.12, 0.245, 0.0, 0.078, 0.055),
            (0.0, 0.24, 0.0, 0.074, 0.052), (-0.1, 0.235, 0.0, 0.06, 0.045),
            (-0.2, 0.232, 0.0, 0.046, 0.037), (-0.32, 0.232, 0.0, 0.037, 0.031),
            (-0.43, 0.228, 0.01, 0.031, 0.026), (-0.52, 0.18, 0.03, 0.026, 0.022),
            (-0.57, 0.08, 0.08, 0.021, 0.018), (-0.56, 0.025, 0.18, 0.016, 0.014),
            (-0.47, 0.014, 0.29, 0.011, 0.01), (-0.35, 0.009, 0.34, 0.006, 0.006),
            (-0.26, 0.006, 0.34, 0.0015, 0.0015)]  # fmt: skip
    r = _rows(ctrl, 120)
    parts = [_trunk(r, tag="body")]
    parts.append(_crest(r, _near(r, 0.36), 58, (0.05, 0.03), 2, 0.004))  # the spines
    parts.append(_crest(r, 58, 90, (0.03, 0.008), 2, 0.004))
    for i in range(48, 112, 7):  # the tail's dark bands
        parts.append(_trunk(r, slot="marking", grow=0.0015, lo=i, hi=i + 3))
    parts += _eyes(r, 0.375, 35, 0.009, "plume-tip")
    cheek = []
    for s in (-1, 1):
        parts.append(_line(r, (0.47, 0.45, 0.41, 0.37, 0.34), (-10, -30, -35, -30, -22), s,
                           0.0025))  # fmt: skip
        cheek.append(_dab(r, _near(r, 0.335), -30, s, (0.015, 0.004, 0.015)))
        parts.append(_ovoids([_dab(r, 2, 20, s, (0.004, 0.003, 0.003))], "marking"))
    parts.append(_ovoids(cheek, 3, 12, 4))
    yb = r[_near(r, 0.4), 1] - r[_near(r, 0.4), 4]  # the dewlap under the chin
    flap = [(0.44, yb + 0.02), (0.42, yb - 0.03), (0.38, yb - 0.09), (0.33, yb - 0.12),
            (0.28, yb - 0.1), (0.25, yb - 0.04), (0.27, yb + 0.03), (0.37, yb + 0.03)]  # fmt: skip
    parts.append(slab(flap, 0.012, None, 0))
    parts.append(tube([(-0.48, 0.1, 0.0), (-0.1, 0.1, 0.0), (0.24, 0.1, 0.0)], 0.1, None, 1))
    parts.append(tube([(0.0, 0.17, -0.05), (0.06, 0.25, -0.14), (0.1, 0.3, -0.2)],
                      [0.025, 0.018, 0.006], None, 1))  # a snapped side branch # fmt: skip
    for x0, knee, heading in ((0.17, 0.22, 20), (-0.09, 0.25, 160)):  # legs gripping its sides
        for s in (-1, 1):
            wrist = np.array([x0 + 0.03, 0.1 + 0.1 * np.sin(0.6), s * 0.1 * np.cos(0.6)])
            kx = x0 + (0.04 if heading > 90 else -0.03)
            pts = [(x0, 0.245, s * 0.045), (kx, knee, s * 0.125), wrist + v3(0, 0.012, s * 0.012)]
            parts.append(tube(pts, [0.024, 0.017, 0.011], None, 0))
            m = at(*wrist) @ align((0, np.sin(0.6), s * np.cos(0.6)))
            parts += _foot(m, s * heading, 70, (0.03, 0.04, 0.045, 0.04, 0.03), 0.0045,
                           "marking", curl=0.3)  # fmt: skip
    return _turn(parts, 22.0)


# 1083 chameleon


def _tongs(x: float, yc: float, rt: float, r: float) -> list[Part]:
    """A chameleon's foot gripping a twig along x (its middle at height yc, radius rt): two
    bundles of toes clasping it like tongs from either side."""
    rr = rt + r * 0.8
    parts = []
    for k, (a0, a1) in enumerate(((75, -45), (105, 225))):
        dx = (k - 0.5) * r * 1.2
        pts = [(x + dx, yc + rr * np.sin(np.radians(a)), rr * np.cos(np.radians(a)))
               for a in np.linspace(a0, a1, 4)]  # fmt: skip
        parts.append(tube(pts, [r * 1.1, r, r * 0.85, r * 0.5], None, 0, shape=HEX))
    return parts


def _turret(r: np.ndarray, x: float, a: float, size: float) -> list[Part]:
    """A chameleon's eye on each side of the head: a scaly cone bulging out of the skin with a
    small dark pupil at its tip."""
    prof = [(0.0, 0.0), (1.0, 0.0), (0.95, 0.4), (0.65, 0.8), (0.3, 0.97), (0.0, 1.0)]
    parts = []
    for s in (-1, 1):
        p, n = _skin(r, _near(r, x), a, s)
        n = n + v3(0.35, 0.0, 0.0)
        m = at(*p) @ align(n) @ at(0, -size * 0.4, 0)
        parts.append(lathe([(u * size, v * size * 1.05) for u, v in prof], m, 0, sides=12))
        parts.append(_ovoids([m @ at(0, size * 1.0, 0) @ scl(size * 0.26)], "pupil", 10, 4))
    return parts


def _chameleon(rng: Rng) -> list[Part]:
    """A chameleon walking along a bare twig that bends down to the ground: a tall flat body
    arched over the twig with a jagged ridge along its back, a tall helmet of a casque rising
    from its head, cone-shaped turret eyes bulging from each side with a tiny pupil at the
    tip, a downturned mouth, thin legs bent out at the elbows, each foot two bundles of toes
    clasping the twig like tongs, and its tail curled down into a tight spiral under the
    twig's end; bright green."""
    ctrl = [(0.205, 0.43, 0.0, 0.008, 0.008), (0.19, 0.435, 0.0, 0.018, 0.02),
            (0.165, 0.443, 0.0, 0.026, 0.032), (0.135, 0.448, 0.0, 0.03, 0.04),
            (0.105, 0.45, 0.0, 0.028, 0.042), (0.075, 0.448, 0.0, 0.026, 0.044),
            (0.03, 0.455, 0.0, 0.033, 0.06), (-0.03, 0.46, 0.0, 0.036, 0.07),
            (-0.09, 0.455, 0.0, 0.034, 0.065), (-0.14, 0.44, 0.0, 0.027, 0.05),
            (-0.18, 0.42, 0.0, 0.02, 0.032), (-0.215, 0.385, 0.0, 0.016, 0.022),
            (-0.245, 0.33, 0.0, 0.014, 0.019)]  # fmt: skip
    c, n = (-0.2, 0.2), 20
    curl = float(rng.uniform(-20, 20))
    for k in range(n + 1):  # the coiled tail
        f = k / n
        th = np.radians(150 + (600 + curl) * f)
        rad = 0.085 - 0.073 * f
        ctrl.append((c[0] + rad * np.cos(th), c[1] + rad * np.sin(th), 0.0,
                     0.013 - 0.01 * f, 0.016 - 0.012 * f))  # fmt: skip
    r = _rows(ctrl, 104)
    parts = [_trunk(r, _RIDGE, tag="body")]
    parts.append(_crest(r, _near(r, 0.07), _near(r, -0.2), 0.014, 2, 0.004))  # the ridge
    parts.append(sphere(1.0, at(0.1, 0.505, 0.0) @ rot("z", 118) @ scl(0.062, 0.03, 0.02), 0))
    parts += _turret(r, 0.145, 20, 0.022)
    for s in (-1, 1):
        parts.append(_line(r, (0.2, 0.18, 0.16, 0.14, 0.125), (-40, -40, -42, -48, -55), s,
                           0.0022))  # fmt: skip
    twig = [(0.34, 0.0, -0.03), (0.33, 0.15, -0.02), (0.3, 0.27, 0.0), (0.22, 0.318, 0.0),
            (0.1, 0.32, 0.0), (-0.05, 0.32, 0.0), (-0.16, 0.318, 0.0)]  # fmt: skip
    parts.append(tube(twig, [0.024, 0.019, 0.016, 0.015, 0.014, 0.013, 0.011], None, 1))
    parts.append(tube([(0.32, 0.2, -0.01), (0.4, 0.27, 0.02), (0.44, 0.3, 0.04)],
                      [0.009, 0.007, 0.004], None, 1))  # fmt: skip
    for k, (x, y, z, yaw) in enumerate(((0.44, 0.3, 0.04, 30), (0.4, 0.27, 0.02, -40))):
        m = at(x, y, z) @ rot("z", -60 + 30 * k) @ rot("x", yaw) @ scl(0.05) @ at(0, 1, 0)
        parts += leaf_blade(m, 0.4, "vine")
    legs = (((0.045, 0.43), (0.02, 0.385), (0.08, 0.03)),
            ((-0.125, 0.425), (-0.09, 0.385), (-0.12, -0.075)))  # fmt: skip
    for (hx, hy), (kx, ky), (f0, f1) in legs:
        for s in (-1, 1):
            xf = f0 if s > 0 else f1
            pts = [(hx, hy, s * 0.02), (kx, ky, s * 0.058), (xf, 0.348, s * 0.012)]
            parts.append(tube(pts, [0.011, 0.008, 0.006], None, 0))
            parts += _tongs(xf, 0.32, 0.014, 0.006)
    return _turn(parts, 24.0)


# 1084 fire salamander


def _salamander(rng: Rng) -> list[Part]:
    """A fire salamander creeping over the forest floor past two fallen leaves: a smooth, shiny
    black body with no scales, bright yellow blotches in two rows down its back and tail and
    on its limbs, a big yellow gland behind each eye, a rounded blunt head with big bulging
    black eyes, short stout legs with four stubby fingers in front and five toes behind, a
    thick rounded tail as long as its body."""
    ctrl = [(0.365, 0.03, 0.0, 0.012, 0.01), (0.36, 0.032, 0.0, 0.032, 0.018),
            (0.34, 0.035, 0.0, 0.044, 0.025), (0.31, 0.037, 0.0, 0.05, 0.029),
            (0.27, 0.038, 0.0, 0.053, 0.031), (0.23, 0.037, 0.0, 0.045, 0.029),
            (0.17, 0.039, 0.005, 0.05, 0.033), (0.08, 0.04, 0.008, 0.055, 0.036),
            (0.0, 0.038, 0.0, 0.052, 0.034), (-0.06, 0.035, -0.01, 0.046, 0.031),
            (-0.12, 0.031, -0.005, 0.04, 0.028), (-0.2, 0.027, 0.02, 0.034, 0.025),
            (-0.28, 0.022, 0.05, 0.027, 0.02), (-0.35, 0.017, 0.09, 0.019, 0.015),
            (-0.39, 0.014, 0.12, 0.011, 0.01), (-0.4, 0.013, 0.13, 0.003, 0.003)]  # fmt: skip
    r = _rows(ctrl, 80)
    parts = [_trunk(r, _RING, tag="body")]
    parts += _eyes(r, 0.315, 45, 0.012)
    blots = []
    for s in (-1, 1):
        parts.append(_line(r, (0.36, 0.34, 0.31, 0.28), (-20, -25, -25, -15), s, 0.002))
        blots.append(_dab(r, _near(r, 0.265), 55, s, (0.022, 0.008, 0.014)))
    for i in range(16, 76, 5):  # the two rows of blotches
        for s in (-1, 1):
            big = float(rng.uniform(0.7, 1.3)) * (1.0 if i < 54 else 0.75)
            blots.append(_dab(r, i + int(rng.integers(-1, 2)), 62 + float(rng.uniform(-12, 12)),
                              s, (0.016 * big, 0.005, 0.011 * big),
                              float(rng.uniform(-30, 30))))  # fmt: skip
    front = [(0.2, 0.04, 0.03), (0.19, 0.036, 0.085), (0.23, 0.014, 0.1)]
    hind = [(-0.05, 0.035, 0.03), (-0.03, 0.04, 0.095), (-0.07, 0.014, 0.11)]
    parts += _legs(front, [0.017, 0.014, 0.011], (0.016, 0.022, 0.022, 0.017), 0.0055, 45, 100,
                   claw=None)  # fmt: skip
    parts += _legs(hind, [0.019, 0.015, 0.012], (0.016, 0.022, 0.025, 0.022, 0.016), 0.0055, 110,
                   110, claw=None)  # fmt: skip
    for x, y, z in (front[1], hind[1]):  # yellow on the limbs
        for s in (-1, 1):
            blots.append(at(x, y + 0.01, s * z) @ scl(0.012, 0.006, 0.01))
    parts.append(_ovoids(blots, "plume-tip", 10, 3))
    for x, z, yaw in ((0.2, -0.22, 30), (-0.2, 0.25, -70)):  # fallen leaves
        m = at(x, 0.004, z) @ rot("y", yaw + float(rng.uniform(-10, 10))) @ rot("x", -88)
        parts += leaf_blade(m @ scl(0.12), 0.45, 1)
    return _turn(parts, 20.0)


# 1085 axolotl


def _frond(length: float, a: float, n: int, f0: float):
    """A feathery gill's outline along +x from its root: a tapering stalk with a fringe of
    thin filaments on both sides, shorter toward its tip."""
    parts = [ccw(np.array([(0.0, -a), (length, -a * 0.4), (length, a * 0.4), (0.0, a)]))]
    w = 0.0014
    wobble = np.cos(np.arange(2 * n) * 2.7)
    for i in range(n):
        x = length * (0.1 + 0.88 * i / (n - 1))
        for sgn in (-1, 1):
            e = wobble[2 * i + (sgn > 0)]
            f = f0 * (1 - 0.55 * i / (n - 1)) * (1 + 0.25 * e)
            y0 = sgn * a * (1 - 0.6 * x / length) * 0.5
            tip = (x + f * (0.6 + 0.3 * e), sgn * (a + f))
            d = np.array([tip[0] - x, tip[1] - y0])
            q = np.array([-d[1], d[0]]) / np.linalg.norm(d) * w
            tx, ty = tip
            quad = np.array([(x - q[0], y0 - q[1]), (tx - q[0] / 2, ty - q[1] / 2),
                             (tx + q[0] / 2, ty + q[1] / 2), (x + q[0], y0 + q[1])])  # fmt: skip
            parts.append(ccw(quad))
    return lambda k: parts


def _axolotl(rng: Rng) -> list[Part]:
    """An axolotl resting on the bottom among a few pebbles: a smooth soft body with no
    scales, a broad round flat head with a wide smiling mouth and tiny black eyes, three
    feathery red gill stalks fanning out on each side behind the head, short thin legs with
    tiny fingers, and a long flat tail with a fin along its top and bottom running up onto
    the back."""
    ctrl = [(0.302, 0.05, 0.0, 0.012, 0.008), (0.298, 0.051, 0.0, 0.042, 0.024),
            (0.285, 0.054, 0.0, 0.062, 0.034), (0.255, 0.057, 0.0, 0.071, 0.04),
            (0.215, 0.056, 0.0, 0.066, 0.038), (0.18, 0.053, 0.0, 0.05, 0.034),
            (0.13, 0.053, 0.0, 0.048, 0.036), (0.05, 0.052, 0.0, 0.05, 0.037),
            (-0.03, 0.05, 0.0, 0.044, 0.034), (-0.1, 0.052, 0.005, 0.03, 0.03),
            (-0.2, 0.054, 0.015, 0.02, 0.024), (-0.3, 0.052, 0.03, 0.012, 0.016),
            (-0.37, 0.05, 0.045, 0.005, 0.008), (-0.4, 0.05, 0.05, 0.001, 0.002)]  # fmt: skip
    r = _rows(ctrl, 70)
    parts = [_trunk(r, _RING, tag="body")]
    fin = [(0.08, 0.075, 0.0, 0.004, 0.016), (-0.03, 0.07, 0.0, 0.005, 0.03),
           (-0.12, 0.056, 0.005, 0.006, 0.047), (-0.22, 0.054, 0.016, 0.005, 0.05),
           (-0.32, 0.052, 0.033, 0.004, 0.04), (-0.39, 0.05, 0.047, 0.002, 0.02),
           (-0.42, 0.05, 0.052, 0.001, 0.002)]  # fmt: skip
    parts.append(_trunk(_rows(fin, 36), _RING))
    parts += _eyes(r, 0.255, 50, 0.006)
    side = [_skin(r, _near(r, x), a, 1) for x, a in ((0.245, 0), (0.275, -25), (0.294, -45))]
    pts = [p + n * 0.001 for p, n in side]
    mouth = [p * (1, 1, -1) for p in pts] + [np.array([0.3035, 0.043, 0.0])] + pts[::-1]
    parts.append(tube(mouth, 0.0022, None, "marking", shape=HEX))
    for s in (-1, 1):  # the gills
        for k, (a, ang) in enumerate(((50, 108), (15, 150), (-25, 200))):
            p, _ = _skin(r, _near(r, 0.2), a, s)
            m = at(*p) @ rot("y", s * 40) @ rot("z", ang) @ at(0, 0, -0.002)
            length = (0.085, 0.1, 0.08)[k] * float(rng.uniform(0.92, 1.08))
            parts.append(flat_solid(_frond(length, 0.005, 13, 0.024), 0.004, m, "comb"))
    front = [(0.13, 0.05, 0.03), (0.12, 0.04, 0.07), (0.15, 0.01, 0.085)]
    hind = [(-0.04, 0.05, 0.03), (-0.02, 0.04, 0.075), (-0.06, 0.01, 0.09)]
    parts += _legs(front, [0.011, 0.009, 0.007], (0.014, 0.018, 0.018, 0.014), 0.003, 40, 100,
                   claw=None)  # fmt: skip
    parts += _legs(hind, [0.012, 0.01, 0.008], (0.014, 0.018, 0.02, 0.018, 0.014), 0.003, 110,
                   110, claw=None)  # fmt: skip
    pebbles = []
    for x, z, sz in ((0.3, -0.15, 0.03), (-0.15, 0.18, 0.025), (0.35, 0.12, 0.02),
                     (-0.3, -0.12, 0.028), (0.05, -0.16, 0.018)):  # fmt: skip
        sz *= float(rng.uniform(0.85, 1.15))
        pebbles.append(at(x, sz * 0.45, z) @ scl(sz, sz * 0.6, sz * 0.8))
    parts.append(_ovoids(pebbles, 1, 12, 5))
    return _turn(parts, 18.0)


# 1086 Komodo dragon


def _komodo(rng: Rng) -> list[Part]:
    """A Komodo dragon walking, side on: a huge heavy grey-brown body held off the ground on
    bowed, muscular legs splayed out at the elbows and knees, big feet with five long
    claws, a long thick neck hung with loose wrinkled folds of skin, a long narrow head with a
    long mouth line, a yellow forked tongue flicking out, and a long thick tail dragging on
    the ground and curving to one side."""
    sway = float(rng.uniform(-0.02, 0.02))
    ctrl = [(0.56, 0.17, 0.0, 0.011, 0.01), (0.545, 0.172, 0.0, 0.024, 0.019),
            (0.5, 0.178, 0.0, 0.034, 0.028), (0.45, 0.186, 0.0, 0.043, 0.036),
            (0.4, 0.19, 0.0, 0.048, 0.041), (0.34, 0.186, 0.0, 0.054, 0.052),
            (0.28, 0.182, 0.0, 0.064, 0.06), (0.2, 0.18, 0.0, 0.085, 0.072),
            (0.08, 0.178, sway, 0.1, 0.078), (-0.04, 0.172, 0.0, 0.096, 0.074),
            (-0.12, 0.16, -0.01, 0.078, 0.064), (-0.22, 0.13, 0.0, 0.06, 0.052),
            (-0.34, 0.085, 0.03, 0.045, 0.042), (-0.45, 0.05, 0.08, 0.032, 0.031),
            (-0.54, 0.03, 0.15, 0.019, 0.019), (-0.58, 0.02, 0.22, 0.007, 0.007),
            (-0.59, 0.018, 0.25, 0.001, 0.001)]  # fmt: skip
    r = _rows(ctrl, 100, ((16, 32, 0.07), (32, 56, 0.025)))
    parts = [_trunk(r, tag="body")]
    parts += _eyes(r, 0.425, 35, 0.008)
    for s in (-1, 1):
        parts.append(_line(r, (0.555, 0.52, 0.48, 0.44, 0.41, 0.39),
                           (-20, -30, -28, -25, -22, -10), s, 0.003))  # fmt: skip
        parts.append(_ovoids([_dab(r, 3, 25, s, (0.005, 0.003, 0.004))], "marking"))
    tip = np.array([0.56, 0.163, 0.0])  # the forked tongue
    fork = tip + v3(0.05, -0.01, 0.0)
    parts.append(tube([tip - v3(0.02, 0, 0), tip + v3(0.025, -0.003, 0), fork], 0.0035, None,
                      "plume-tip", shape=HEX))  # fmt: skip
    for s in (-1, 1):
        parts.append(_prong([fork, fork + v3(0.025, -0.004, s * 0.012)], [0.0035, 0.0012],
                            "plume-tip"))  # fmt: skip
    step = 0.035
    for hip, knee, foot, heading, rad in (((0.2, 0.15, 0.05), (0.2, 0.1, 0.15), (0.22, 0.03,
                                           0.14), 30, (0.042, 0.032, 0.024)),
                                          ((-0.12, 0.14, 0.05), (-0.08, 0.11, 0.16), (-0.13, 0.03,
                                           0.15), 70, (0.048, 0.034, 0.025))):  # fmt: skip
        for s in (-1, 1):
            dx = step * s * (1 if hip[0] > 0 else -1)
            pts = [(hip[0], hip[1], s * hip[2]), (knee[0] + dx * 0.5, knee[1], s * knee[2]),
                   (foot[0] + dx, foot[1], s * foot[2])]  # fmt: skip
            parts.append(tube(pts, rad, None, 0))
            bulge = at(*pts[0]) @ at(0, -0.01, s * 0.03) @ scl(0.055, 0.05, 0.04)
            parts.append(sphere(1.0, bulge, 0))  # the shoulder's or thigh's muscle
            m = at(foot[0] + dx, 0.0, s * foot[2])
            parts += _foot(m, s * heading, 80, (0.035, 0.045, 0.05, 0.045, 0.035), 0.009)
    return _turn(parts, 22.0)


# 1087 crocodile


def _crocodile(rng: Rng) -> list[Part]:
    """A crocodile lying low on the ground, side on: a long flat narrow snout, a jagged row of
    teeth showing all along its closed jaw, the eyes and the nostrils raised on bumps on top
    of the head, a long wide flat body armoured with rows of raised, keeled scutes down its
    back, short legs sprawled out at the sides with clawed toes, and a long heavy tail
    flattened from side to side, a double crest of ridges along its top joining into one
    toward the tip, curving to one side."""
    ctrl = [(0.62, 0.036, 0.0, 0.02, 0.011), (0.6, 0.038, 0.0, 0.03, 0.014),
            (0.53, 0.04, 0.0, 0.028, 0.015), (0.45, 0.044, 0.0, 0.034, 0.018),
            (0.39, 0.05, 0.0, 0.048, 0.024), (0.34, 0.056, 0.0, 0.06, 0.03),
            (0.29, 0.058, 0.0, 0.062, 0.033), (0.24, 0.062, 0.0, 0.075, 0.038),
            (0.16, 0.066, 0.0, 0.1, 0.044), (0.05, 0.068, 0.0, 0.115, 0.047),
            (-0.05, 0.066, 0.0, 0.11, 0.046), (-0.13, 0.062, 0.0, 0.09, 0.043),
            (-0.22, 0.058, 0.0, 0.06, 0.045), (-0.34, 0.05, 0.02, 0.042, 0.04),
            (-0.46, 0.042, 0.06, 0.028, 0.033), (-0.56, 0.034, 0.12, 0.016, 0.024),
            (-0.6, 0.03, 0.17, 0.005, 0.01), (-0.61, 0.029, 0.18, 0.001, 0.001)]  # fmt: skip
    r = _rows(ctrl, 110)
    parts = [_trunk(r, tag="body")]
    i0, i1, it = _near(r, 0.27), _near(r, -0.17), int(len(r) * 0.8)
    for a in (84, 66, 48):  # the armour: rows of keeled scutes
        for s in (-1, 1):
            parts.append(_crest(r, i0, i1, 0.009, 4, 0.014, 0, a, s, _SCUTES))
    for s in (-1, 1):  # the tail's double crest
        parts.append(_crest(r, i1, it, (0.024, 0.016), 4, 0.007, 0, 70, s, _SCUTES))
    parts.append(_crest(r, it, len(r) - 3, (0.016, 0.006), 3, 0.007, 0, 90, 1, _SCUTES))
    jaw = [(x, -8 + 6 * np.sin(x * 40)) for x in np.linspace(0.6, 0.36, 12)]
    bumps = []
    for s in (-1, 1):  # the jaw line and its teeth
        parts.append(_line(r, [x for x, _ in jaw], [a for _, a in jaw], s, 0.003))
        pts = [_skin(r, _near(r, x), a, s) for x, a in jaw]
        teeth = catmull_rom([p + n * 0.003 for p, n in pts], 36)
        wid = [(0.016 if k % 2 else 0.002) * float(rng.uniform(0.7, 1.2)) for k in range(36)]
        parts.append(_strip(teeth, wid, 0.004, (0, 1, 0), "tooth"))
        for x, a, size in ((0.35, 66, 0.017), (0.6, 60, 0.012)):  # the eyes' and nostrils' bumps
            p, n = _skin(r, _near(r, x), a, s)
            bumps.append(at(*(p + n * 0.004)) @ align(n) @ scl(size, size * 0.8, size * 1.1))
        p, n = _skin(r, _near(r, 0.35), 66, s)
        m = at(*(p + n * 0.01)) @ align(n + v3(0.4, 0.3, 0.0))
        parts.append(sphere(1.0, m @ scl(0.01, 0.005, 0.01), "plume-tip", "eyes"))
        parts.append(_ovoids([m @ at(0, 0.004, 0) @ scl(0.002, 0.003, 0.008)], "pupil"))
        p, n = _skin(r, _near(r, 0.6), 60, s)
        parts.append(_ovoids([at(*(p + n * 0.012)) @ scl(0.003)], "marking"))
    parts.append(_ovoids(bumps, 0, 12, 4))
    front = [(0.16, 0.06, 0.08), (0.15, 0.055, 0.17), (0.19, 0.014, 0.19)]
    hind = [(-0.12, 0.055, 0.08), (-0.08, 0.07, 0.19), (-0.15, 0.014, 0.21)]
    parts += _legs(front, [0.024, 0.019, 0.015], (0.022, 0.028, 0.03, 0.028, 0.022), 0.005, 35, 90)
    parts += _legs(hind, [0.032, 0.024, 0.017], (0.03, 0.038, 0.04, 0.034), 0.006, 120, 80)
    return _turn(parts, 22.0)


MORE_APPLIANCES_ZZZI = {
    1080: _lizard, 1081: _gecko, 1082: _iguana, 1083: _chameleon, 1084: _salamander,
    1085: _axolotl, 1086: _komodo, 1087: _crocodile,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
