"""Primitive parts, all sweeps: lathe, sphere, cylinder, box, tube, torus and slab.

Each returns a ``Part`` whose ``gen(k)`` builds the sweep at detail k and whose counter gives the
exact triangle count at k by arithmetic alone (the builder solves the detail from it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

import numpy as np

from ._geometry import Part, Slot, Sweep, segs
from ._shapes import sharp

__all__ = [
    "DIAMOND", "HEXAGON", "box", "catmull_rom", "cylinder", "lathe", "slab", "sphere", "strip",
    "torus", "tube",
]  # fmt: skip


DIAMOND = np.array([(1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (0.0, -1.0)])
"""A diamond cross-section for ``tube``: thin lines (strings, wires) in few triangles."""
HEXAGON = np.array([(np.cos(a), np.sin(a)) for a in np.arange(6) * np.pi / 3])
"""A hexagonal cross-section for ``tube``: small limbs and spokes."""


@lru_cache(maxsize=256)
def _circle(n: int) -> np.ndarray:
    t = np.arange(n) * (2 * np.pi / n)
    out = np.stack([np.cos(t), np.sin(t)], 1)
    out.flags.writeable = False
    return out


def catmull_rom(points: Sequence[tuple[float, float]], n: int) -> np.ndarray:
    """n points on a Catmull-Rom curve through the control points (ends kept)."""
    p = np.asarray(points, dtype=float)
    if len(p) < 3:
        t = np.linspace(0, 1, n)[:, None]
        return p[0] * (1 - t) + p[-1] * t
    ext = np.concatenate([2 * p[:1] - p[1:2], p, 2 * p[-1:] - p[-2:-1]])
    t = np.linspace(0, len(p) - 1, n)
    i = np.minimum(t.astype(int), len(p) - 2)
    f = (t - i)[:, None]
    p0, p1, p2, p3 = ext[i], ext[i + 1], ext[i + 2], ext[i + 3]
    return 0.5 * (
        2 * p1
        + (p2 - p0) * f
        + (2 * p0 - 5 * p1 + 4 * p2 - p3) * f**2
        + (3 * p1 - p0 - 3 * p2 + p3) * f**3
    )


_X = np.array([1.0, 0.0, 0.0])
_MZ = np.array([0.0, 0.0, -1.0])


def _ring_count(full: Sequence[bool], s: int, closed: bool = False) -> int:
    """Triangles of a sweep with these full (True) and pole (False) rings, shape size s."""
    n = 0
    pairs = list(pairwise(full))
    if closed:
        pairs.append((full[-1], full[0]))
    for a, b in pairs:
        n += 2 * s if a and b else s if a or b else 0
    return n


def _axial(ry: np.ndarray, shape: np.ndarray) -> Sweep:
    n = len(ry)
    centres = np.zeros((n, 3))
    centres[:, 1] = ry[:, 1]
    u = np.broadcast_to(_X, (n, 3))
    v = np.broadcast_to(_MZ, (n, 3))
    return Sweep(centres, u, v, np.maximum(ry[:, 0], 0.0), shape)


def lathe(
    profile: Sequence[tuple[float, float]],
    m: np.ndarray | None = None,
    slot: Slot = 0,
    tag: str = "",
    sides: int = 0,
    closed: bool = False,
    shape: np.ndarray | None = None,
) -> Part:
    """A solid of revolution about +y through (radius, height) control points, bottom to top.

    End points of radius 0 close it; ``closed`` joins the last ring to the first instead (a ring
    such as a crown's band). ``sides`` fixes the cross-section to a polygon (a crystal prism);
    ``shape`` replaces it with a polygon (S, 2) star-shaped around 0 (a pumpkin's ribs).
    """

    floor = 0.02 * max(r for r, _ in profile)

    def gen(k: float) -> Sweep:
        pts = [*profile, profile[0]] if closed else profile
        ry = catmull_rom(pts, segs(k, 3 * len(pts), len(pts)))
        # Only the end points may be poles (so the count below is exact); the spline may dip
        # toward the axis next to a pole, so interior radii keep a small floor.
        ry[1:-1, 0] = np.maximum(ry[1:-1, 0], floor)
        if closed:
            ry = ry[:-1]
        section = _circle(sides or segs(k, 20, 5)) if shape is None else shape
        sweep = _axial(ry, section)
        return replace(sweep, closed=closed)

    def count(k: float) -> int:
        n = segs(k, 3 * (len(profile) + closed), len(profile) + closed)
        s = len(shape) if shape is not None else sides or segs(k, 20, 5)
        if closed:
            return _ring_count([True] * (n - 1), s, True)
        return _ring_count([profile[0][0] > 1e-12] + [True] * (n - 2) + [profile[-1][0] > 1e-12], s)

    return Part(gen, np.eye(4) if m is None else m, slot, tag, count)


def sphere(r: float = 1.0, m: np.ndarray | None = None, slot: Slot = 0, tag: str = "") -> Part:
    """A sphere of radius r centred at the origin (scale m for an ellipsoid)."""

    def gen(k: float) -> Sweep:
        t = np.linspace(-np.pi / 2, np.pi / 2, segs(k, 10, 3))
        ry = np.stack([r * np.cos(t), r * np.sin(t)], 1)
        ry[[0, -1], 0] = 0.0
        return _axial(ry, _circle(segs(k, 20, 5)))

    def count(k: float) -> int:
        return 2 * segs(k, 20, 5) * (segs(k, 10, 3) - 2)

    return Part(gen, np.eye(4) if m is None else m, slot, tag, count)


def cylinder(
    r0: float, r1: float, h: float, m: np.ndarray | None = None, slot: Slot = 0, tag: str = ""
) -> Part:
    """A capped cylinder, cone or frustum from y = 0 (radius r0) to y = h (radius r1)."""

    def gen(k: float) -> Sweep:
        rings = segs(k, 4, 1) + 1
        t = np.linspace(0, 1, rings)
        ry = np.stack([r0 + (r1 - r0) * t, h * t], 1)
        ry = (
            np.concatenate([[[0.0, 0.0]], ry, [[0.0, h]]])
            if r1 > 0
            else np.concatenate([[[0.0, 0.0]], ry])
        )
        return _axial(ry, _circle(segs(k, 16, 5)))

    def count(k: float) -> int:
        rings = segs(k, 4, 1) + 1
        full = [r0 + (r1 - r0) * (i / (rings - 1)) > 1e-12 for i in range(rings)]
        return _ring_count([False, *full] + ([False] if r1 > 0 else []), segs(k, 16, 5))

    return Part(gen, np.eye(4) if m is None else m, slot, tag, count)


def box(
    w: float, h: float, d: float, m: np.ndarray | None = None, slot: Slot = 0, tag: str = ""
) -> Part:
    """A box w × h × d standing on y = 0, centred in x and z, with rings along its height."""

    def gen(k: float) -> Sweep:
        e = segs(k, 2, 1)
        t = np.linspace(-1, 1, e + 1)[:-1]
        one = np.ones_like(t)
        sq = np.concatenate(
            [
                np.stack([t, -one], 1),
                np.stack([one, t], 1),
                np.stack([-t, one], 1),
                -np.stack([one, t], 1),
            ]
        )
        sq = sq * [w / 2, d / 2]
        rings = segs(k, 3, 1) + 1
        ys = np.linspace(0, h, rings)
        ry = np.concatenate([[[0, 0]], np.stack([np.ones(rings), ys], 1), [[0, h]]])
        return _axial(ry, sq)

    def count(k: float) -> int:
        return _ring_count([False] + [True] * (segs(k, 3, 1) + 1) + [False], 4 * segs(k, 2, 1))

    return Part(gen, np.eye(4) if m is None else m, slot, tag, count)


def tube(
    points: Sequence[Sequence[float]],
    radii: Sequence[float] | float,
    m: np.ndarray | None = None,
    slot: Slot = 0,
    tag: str = "",
    shape: np.ndarray | None = None,
) -> Part:
    """A capped tube along a smooth curve through 3D control points; radii taper along it.

    ``shape`` replaces the circular cross-section with a polygon (S, 2) star-shaped around 0.
    """
    ctrl = np.asarray(points, dtype=float)
    rad = np.broadcast_to(np.asarray(radii, dtype=float), (len(ctrl),))

    def gen(k: float) -> Sweep:
        n = segs(k, 4 * len(ctrl), len(ctrl))
        path = catmull_rom(ctrl, n)
        r = np.interp(np.linspace(0, 1, n), np.linspace(0, 1, len(ctrl)), rad)
        caps0, caps1 = int(r[0] > 1e-12), int(r[-1] > 1e-12)
        c = np.concatenate([path[:1]] * caps0 + [path] + [path[-1:]] * caps1)
        rr = np.concatenate([[0.0]] * caps0 + [r] + [[0.0]] * caps1)
        section = _circle(segs(k, 10, 4)) if shape is None else shape
        return Sweep(c, None, None, rr, section, caps=(caps0, caps1))

    def count(k: float) -> int:
        n = segs(k, 4 * len(ctrl), len(ctrl))
        full = [True] * n
        full[0], full[-1] = bool(rad[0] > 1e-12), bool(rad[-1] > 1e-12)
        full = [False] * full[0] + full + [False] * full[-1]
        return _ring_count(full, segs(k, 10, 4) if shape is None else len(shape))

    return Part(gen, np.eye(4) if m is None else m, slot, tag, count)


def torus(
    big: float, small: float, m: np.ndarray | None = None, slot: Slot = 0, tag: str = ""
) -> Part:
    """A torus in the xz plane around the origin."""

    def gen(k: float) -> Sweep:
        n = segs(k, 24, 6)
        t = np.arange(n) * (2 * np.pi / n)
        c = np.stack([big * np.cos(t), np.zeros(n), big * np.sin(t)], 1)
        u = np.stack([np.cos(t), np.zeros(n), np.sin(t)], 1)
        v = np.tile([0.0, 1.0, 0.0], (n, 1))
        return Sweep(c, u, v, np.full(n, small), _circle(segs(k, 10, 4)), closed=True)

    def count(k: float) -> int:
        return 2 * segs(k, 24, 6) * segs(k, 10, 4)

    return Part(gen, np.eye(4) if m is None else m, slot, tag, count)


def slab(
    outline: Callable[[int], np.ndarray] | Sequence[tuple[float, float]],
    depth: float,
    m: np.ndarray | None = None,
    slot: Slot = 0,
    tag: str = "",
) -> Part:
    """An outline in the xy plane (star-shaped around its centroid) extruded depth along z.

    ``outline`` is a list of control points (smoothed) or a function of a point count.
    """

    def gen(k: float) -> Sweep:
        n = segs(k, 24, 6)
        if callable(outline):
            shape = outline(n)
        else:
            closed = [*outline, outline[0]]
            shape = catmull_rom(closed, n + 1)[:-1]
        # Fan the caps from the outline's centroid: outlines may pass through the origin.
        mid = shape.mean(0)
        shape = shape - mid
        c = np.zeros((4, 3))
        c[:, :2] = mid
        c[:, 2] = (-depth / 2, -depth / 2, depth / 2, depth / 2)
        u = np.tile([1.0, 0.0, 0.0], (4, 1))
        v = np.tile([0.0, 1.0, 0.0], (4, 1))
        return Sweep(c, u, v, np.array([0.0, 1.0, 1.0, 0.0]), shape)

    return Part(gen, np.eye(4) if m is None else m, slot, tag)


def strip(
    a: Sequence[float],
    b: Sequence[float],
    normal: Sequence[float],
    w: float,
    depth: float,
    slot: Slot = 0,
    reach: float = 0.0,
    lift: float = 0.0,
    m: np.ndarray | None = None,
) -> Part:
    """A flat bar w wide and ``depth`` thick from a to b, lying on a face whose outward normal
    is ``normal`` (a painted stroke, an engraved line, a seam): a four-sided slab, a few
    triangles at any detail. ``reach`` runs it on past each end, ``lift`` raises it off the
    face; under ``m`` when given."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    x = b_ - a_
    half = float(np.linalg.norm(x)) / 2 + reach
    x /= np.linalg.norm(x)
    z = np.asarray(normal, float) - np.dot(normal, x) * x
    z /= np.linalg.norm(z)
    f = np.eye(4)
    f[:3, 0], f[:3, 1], f[:3, 2], f[:3, 3] = x, np.cross(z, x), z, (a_ + b_) / 2 + z * lift
    rect = sharp([(-half, -w / 2), (half, -w / 2), (half, w / 2), (-half, w / 2)])
    return slab(rect, depth, f if m is None else m @ f, slot)
