"""Breathing: a swell along the normals as a glTF morph target, and a looping animation of its
weight at the motion's frequency, so the GLB breathes in any viewer and the engines play it.

The swell of a vertex is ``amplitude × r`` along its normal, where ``r`` is the local radius of
the surface (1 / its largest curvature, read from how the normals turn along the edges; at most
its distance from where the surface turns plus the radius there), capped at half the object's
middle extent. A round body then swells as if scaled by ``1 + amplitude``
about its own axis, a thin leg or handle by its own thickness only, and a flat side bulges by at
most the cap, as a chest does, where a uniform scale would move it by its distance from the
centre. Vertices at one position (crease and seam splits) move together, so the surface never
opens, and no vertex moves below the object's lowest point, so it never sinks into its floor. The weight follows ``(1 - cos 2πft) / 2`` over one period, the same curve the bridges use
for the ``breathe`` motion, sampled at ``KEYS`` linear segments; the clip's first and last keys
are equal, so it loops without a seam.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from figment.spec import ObjectSpec

from ._mesh import face_normals

__all__ = ["ANIMATION", "KEYS", "TARGET", "Breath", "breath_of", "carried", "swell"]

ANIMATION = "breathe_loop"
"""The animation's name: the bridges look for it, and Godot's importer loops a clip whose name
ends in "loop"."""
TARGET = "breathe"
"""The morph target's name (mesh.extras.targetNames): the blend shape glTFast and Godot create."""
KEYS = 24
"""Linear segments per breath: the sampled curve is within 0.5% of the cosine."""
_SPREAD = 32
"""Most passes that bound the radius by its neighbours' radius plus the distance to them."""
_SMOOTHING = 3
"""Neighbour-averaging passes over the local radius, so a crease fades into a face over a few
edges rather than stepping."""


@dataclass(frozen=True)
class Breath:
    """One breath: how far the surface swells (a fraction of its local radius) and how often."""

    amplitude: float
    frequency_hz: float

    def times(self) -> np.ndarray:
        """The keyframe times in seconds: one period, both ends included."""
        return np.linspace(0.0, 1.0 / self.frequency_hz, KEYS + 1, dtype=np.float32)

    def weights(self) -> np.ndarray:
        """The morph weight at each key: 0 at rest, 1 at the top of the breath."""
        phase = np.linspace(0.0, 2.0 * np.pi, KEYS + 1)
        return (0.5 * (1.0 - np.cos(phase))).astype(np.float32)


def breath_of(spec: ObjectSpec) -> Breath | None:
    """The spec's first ``breathe`` motion as a breath, or None when it has none or it would not
    move (amplitude or frequency 0); the bridges leave that one motion to the GLB."""
    motion = next((m for m in spec.motions if m.kind == "breathe"), None)
    if motion is None or motion.amplitude <= 0.0 or motion.frequency_hz <= 0.0:
        return None
    return Breath(motion.amplitude, motion.frequency_hz)


def _welded(v: np.ndarray, extent: float) -> tuple[np.ndarray, int]:
    """For each vertex the index of its position among the distinct positions, and their count
    (positions on a grid of a millionth of the extent, packed into one integer: 21 bits each)."""
    grid = np.round((v - v.min(0)) / max(extent * 1e-6, 1e-12)).astype(np.int64)
    key = (grid[:, 0] << 42) | (grid[:, 1] << 21) | grid[:, 2]
    _, inverse = np.unique(key, return_inverse=True)
    return inverse.ravel(), int(inverse.max()) + 1


def _sum_at(index: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """Rows of ``values`` (N, 3) summed by ``index``."""
    return np.stack([np.bincount(index, weights=values[:, c], minlength=size) for c in range(3)], 1)


def swell(groups: list[tuple[np.ndarray, np.ndarray]], amplitude: float) -> list[np.ndarray]:
    """The morph target's position offsets (float32, one row per vertex) of each (vertices,
    faces) group at the top of a breath of ``amplitude``; the groups are one object."""
    sizes = [len(v) for v, _ in groups]
    if not sum(sizes):
        return [np.zeros((0, 3), np.float32) for _ in groups]
    offs = np.cumsum([0, *sizes])
    v = np.concatenate([g[0] for g in groups]).astype(np.float64)
    f = np.concatenate([g[1].reshape(-1, 3) + o for g, o in zip(groups, offs, strict=False)])
    extent = float((v.max(0) - v.min(0)).max())
    cap = 0.5 * float(np.sort(v.max(0) - v.min(0))[1])
    weld, count = _welded(v, extent)
    wf = weld[f]
    pos = np.zeros((count, 3))
    pos[weld] = v
    # Area-weighted normals of the welded surface: the direction every copy of a vertex moves.
    fn = face_normals(pos, wf)
    normal = _sum_at(wf.ravel(), np.repeat(fn, 3, axis=0), count)
    length = np.linalg.norm(normal, axis=1, keepdims=True)
    normal = np.where(length > 1e-30, normal / np.where(length > 1e-30, length, 1.0), 0.0)
    # The largest curvature at each vertex: how fast the normal turns along its edges (each edge
    # once per face it bounds: an interior edge weighs twice in the averages below, as its two
    # faces do).
    edges = wf[:, [0, 1, 1, 2, 2, 0]].reshape(-1, 2)
    edges = edges[edges[:, 0] != edges[:, 1]]
    a, b = edges[:, 0], edges[:, 1]
    span = np.linalg.norm(pos[a] - pos[b], axis=1)
    turn = np.linalg.norm(normal[a] - normal[b], axis=1)
    bend = np.where(span > 1e-12, turn / np.maximum(span, 1e-12), 0.0)
    curvature = np.zeros(count)
    np.maximum.at(curvature, a, bend)
    np.maximum.at(curvature, b, bend)
    radius = np.minimum(1.0 / np.maximum(curvature, 1e-12), cap)
    # A flat strip between two creases (the side of a thin leg) looks flat from its middle: the
    # radius may grow only as fast as the distance from where the surface turns, so a strip
    # stays as thin as it is wide and a wide face bulges most at its middle, as a pillow does.
    for _ in range(_SPREAD):
        before = radius.copy()
        np.minimum.at(radius, a, radius[b] + span)
        np.minimum.at(radius, b, radius[a] + span)
        if np.array_equal(before, radius):
            break
    degree = np.bincount(edges.ravel(), minlength=count).astype(np.float64)
    for _ in range(_SMOOTHING):
        around = np.bincount(a, weights=radius[b], minlength=count) + np.bincount(
            b, weights=radius[a], minlength=count
        )
        radius = np.where(degree > 0, 0.5 * radius + 0.5 * around / np.maximum(degree, 1), radius)
    offset = (amplitude * radius)[:, None] * normal
    # Nothing sinks below where the object stands (the bridges' breath scaled about its base).
    offset[:, 1] = np.maximum(offset[:, 1], v.min(0)[1] - pos[:, 1])
    moved = offset[weld].astype(np.float32)
    return [moved[offs[i] : offs[i + 1]] for i in range(len(groups))]


def carried(
    source: tuple[np.ndarray, np.ndarray], targets: list[np.ndarray], amplitude: float
) -> list[np.ndarray]:
    """Offsets for a coarser level of the same object: each vertex of ``targets`` moves as the
    nearest vertex of the finest level (``source``: its positions and offsets) does, so every
    level breathes alike however its triangles fall; within the same bounds as ``swell``'s (no
    more than half the level's own second extent times ``amplitude``, nothing below its base)."""
    from scipy.spatial import cKDTree

    points, offsets = source
    tree = cKDTree(points)
    every = np.concatenate(targets) if targets else np.zeros((0, 3))
    if not len(every):
        return [np.zeros((0, 3), np.float32) for _ in targets]
    lo, hi = every.min(0), every.max(0)
    cap = 0.5 * amplitude * float(np.sort(hi - lo)[1])
    out = []
    for t in targets:
        moved = offsets[tree.query(t, k=1)[1]].astype(np.float64)
        length = np.linalg.norm(moved, axis=1, keepdims=True)
        moved *= np.minimum(1.0, cap / np.maximum(length, 1e-30))
        moved[:, 1] = np.maximum(moved[:, 1], lo[1] - t[:, 1])
        out.append(moved.astype(np.float32))
    return out
