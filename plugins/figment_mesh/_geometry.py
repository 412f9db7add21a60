"""Geometry primitives: every solid is a sweep of a closed 2D shape through a series of rings.

A lathe (vase, bell, sphere), a tube along a path (branch, tentacle, snake), an extruded outline
(star, leaf, gear) and a box are all sweeps, so one function builds them, one formula counts their
triangles and every result is a closed, consistently oriented solid that manifold3d accepts for
booleans. A ring of radius 0 collapses to one vertex (a pole or a tip) instead of a fan of
degenerate triangles.

Parts are recipes: ``Part.gen(k)`` returns the sweep at detail ``k`` (1.0 is the nominal
resolution), so the builder can count triangles for any detail before building anything.
The primitives that make parts live in ``_primitives``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from ._uv import sweep_uv

__all__ = [
    "CREASE_DEG",
    "FixedMesh",
    "Part",
    "Slot",
    "Solid",
    "Sweep",
    "align",
    "at",
    "build_part",
    "cross",
    "frames",
    "mesh_part",
    "rot",
    "scl",
    "segs",
    "signed_volume",
    "v3",
]

Slot = int | str
"""A material slot: an index into spec.materials (derived shades past its end) or a named
special material (``sclera``, ``pupil``, ``tooth``, ``flame``)."""


CREASE_DEG = 40.0
"""Corners of a sweep sharper than this get split vertices, so normals stay crisp there."""


@dataclass(frozen=True)
class Sweep:
    """A shape (S, 2) swept through rings: centres (n, 3), axes u and v (n, 3), scales (n,).

    ``u`` and ``v`` may be None for a tube: parallel-transport frames are then computed from the
    centres (skipping ``caps`` cap rings at each end) only when the sweep is built.
    """

    centres: np.ndarray
    u: np.ndarray | None
    v: np.ndarray | None
    radii: np.ndarray
    shape: np.ndarray
    closed: bool = False
    caps: tuple[int, int] = (0, 0)

    def triangles(self) -> int:
        """Triangles this sweep builds into, without building it."""
        s = len(self.shape)
        full = self.radii > 1e-12
        a, b = full[:-1], full[1:]
        n = int(np.sum(a & b)) * 2 * s + int(np.sum(a ^ b)) * s
        if self.closed and full[0] and full[-1]:
            n += 2 * s
        return n

    def _axes(self) -> tuple[np.ndarray, np.ndarray]:
        if self.u is not None and self.v is not None:
            return self.u, self.v
        c0, c1 = self.caps
        u, v = frames(self.centres[c0 : len(self.centres) - c1])
        pad = ((c0, c1), (0, 0))
        return np.pad(u, pad, mode="edge"), np.pad(v, pad, mode="edge")

    def build(self) -> tuple[np.ndarray, np.ndarray]:
        """Vertices and triangles; vertices are split along creases sharper than CREASE_DEG."""
        points, faces, _, _, _ = self._grid()
        return points, faces

    def build_uv(self, matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Vertices, triangles and texture coordinates (see ``sweep_uv``) measured after
        ``matrix`` places the sweep."""
        points, faces, grid, rows, cols = self._grid()
        placed = grid @ matrix[:3, :3].T + matrix[:3, 3]
        return points, faces, sweep_uv(placed, self.radii > 1e-12, self.closed, rows, cols)

    def _grid(self):
        shape, radii, centres = self.shape, self.radii, self.centres
        full = radii > 1e-12
        u, v = self._axes()
        sharp_col = _sharp_columns(shape)
        cols = np.repeat(shape, 1 + sharp_col, axis=0)
        ring = centres[:, None, :] + radii[:, None, None] * (
            cols[None, :, 0, None] * u[:, None, :] + cols[None, :, 1, None] * v[:, None, :]
        )
        # Rings: a sharp turn of the profile (a cylinder's rim) gets two copies as well.
        probe = np.where(full[:, None], ring[:, 0, :], centres)
        if self.closed:
            prev, nxt = np.roll(probe, 1, 0), np.roll(probe, -1, 0)
        else:
            prev = np.concatenate([probe[:1], probe[:-1]])
            nxt = np.concatenate([probe[1:], probe[-1:]])
        e0, e1 = probe - prev, nxt - probe
        l0 = np.sqrt((e0 * e0).sum(1))
        l1 = np.sqrt((e1 * e1).sum(1))
        cos_ring = (e0 * e1).sum(1) / np.maximum(l0 * l1, 1e-18)
        sharp_ring = full & (l0 > 1e-12) & (l1 > 1e-12) & (cos_ring < _COS_CREASE)
        rows, col_idx, faces = _topology(
            full.tobytes(), sharp_ring.tobytes(), sharp_col.tobytes(), self.closed
        )
        points = np.where(full[:, None, None], ring, centres[:, None, :])
        return points[rows, col_idx], faces, points, rows, col_idx


_COS_CREASE = float(np.cos(np.radians(CREASE_DEG)))
_SHAPE_MEMO: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _sharp_columns(shape: np.ndarray) -> np.ndarray:
    """1 where the outline turns sharper than the crease angle (that column is split)."""
    hit = _SHAPE_MEMO.get(id(shape))
    if hit is not None and hit[0] is shape:
        return hit[1]
    d0 = shape - np.roll(shape, 1, 0)
    d1 = np.roll(shape, -1, 0) - shape
    norm = np.sqrt((d0 * d0).sum(1) * (d1 * d1).sum(1))
    sharp = ((d0 * d1).sum(1) / np.maximum(norm, 1e-18) < _COS_CREASE).astype(np.int64)
    if not shape.flags.writeable:  # cached shapes (circles) never change: remember them
        _SHAPE_MEMO[id(shape)] = (shape, sharp)
    return sharp


@lru_cache(maxsize=1024)
def _topology(
    full_b: bytes, sharp_ring_b: bytes, sharp_col_b: bytes, closed: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which (ring, column) each vertex comes from, and the triangles: shared by every sweep
    with the same pole, crease and shape pattern."""
    full = np.frombuffer(full_b, dtype=bool)
    sharp_ring = np.frombuffer(sharp_ring_b, dtype=bool)
    sharp_col = np.frombuffer(sharp_col_b, dtype=np.int64)
    n, s = len(full), len(sharp_col)
    # A sharp outline corner has two column copies (end of one edge, start of the next).
    base = np.arange(s) + np.cumsum(sharp_col) - sharp_col
    col_end, col_start = base, base + sharp_col
    ncols = s + int(sharp_col.sum())
    keep = full[:, None] | (np.arange(ncols) == 0)[None, :]
    copies = 1 + sharp_ring.astype(np.int64)
    rr, cc = np.nonzero(np.repeat(keep, copies, axis=0))
    rows = np.repeat(np.arange(n), copies)[rr]
    size = np.where(full, ncols, 1)
    lower = np.cumsum(size * copies) - size * copies
    upper = lower + size * (copies - 1)
    i0 = np.arange(n - 1)
    if closed:
        i0 = np.append(i0, n - 1)
    i1 = (i0 + 1) % n
    a, b = upper[i0][:, None], lower[i1][:, None]
    ac, bc = col_start[None, :], col_end[(np.arange(s) + 1) % s][None, :]
    both = full[i0] & full[i1]
    down = full[i0] & ~full[i1]
    up = ~full[i0] & full[i1]
    faces = np.concatenate(
        [
            np.stack([a[both] + ac, a[both] + bc, b[both] + bc], -1).reshape(-1, 3),
            np.stack([a[both] + ac, b[both] + bc, b[both] + ac], -1).reshape(-1, 3),
            np.stack([a[down] + ac, a[down] + bc, b[down] + 0 * ac], -1).reshape(-1, 3),
            np.stack([a[up] + 0 * bc, b[up] + bc, b[up] + ac], -1).reshape(-1, 3),
        ]
    ).astype(np.int64)
    for arr in (rows, cc, faces):
        arr.flags.writeable = False
    return rows, cc, faces


@dataclass(frozen=True)
class Part:
    """A recipe for one solid: its sweep at a detail, a placement matrix and a material slot."""

    gen: Callable[[float], Sweep]
    matrix: np.ndarray
    slot: Slot = 0
    tag: str = ""
    counter: Callable[[float], int] | None = field(default=None, compare=False, repr=False)
    _last: dict = field(default_factory=dict, compare=False, repr=False)
    _orient: dict = field(default_factory=dict, compare=False, repr=False)

    def count(self, k: float) -> int:
        """Exact triangles at detail k (arithmetic only when the primitive knows how)."""
        return self.counter(k) if self.counter else self.sweep(k).triangles()

    def sweep(self, k: float) -> Sweep:
        """The sweep at detail k (recent ones are kept: counting then building asks twice)."""
        hit = self._last.get(k)
        if hit is None:
            hit = self.gen(k)
            if len(self._last) >= 16:
                self._last.pop(next(iter(self._last)))
            self._last[k] = hit
        return hit

    def moved(self, matrix: np.ndarray) -> Part:
        """The same part with ``matrix`` applied after its own placement."""
        return replace(self, matrix=matrix @ self.matrix)


@dataclass
class Solid:
    """Built geometry of one part: vertices, triangles, material slot and tag."""

    verts: np.ndarray
    faces: np.ndarray
    slot: Slot = 0
    tag: str = ""
    welded: bool = False
    """True when creases are not split in the indices (boolean or decimation output)."""
    uv: np.ndarray | None = None
    """(n, 4) texture coordinates: u, v and the periods they wrap with (0: no wrap); u is NaN
    on poles. None when the solid has none (boolean cuts, decimation): projected later."""


# ---- placement matrices ---------------------------------------------------------------------


def v3(x: float, y: float, z: float) -> np.ndarray:
    """A 3-vector (for offsets added to points)."""
    return np.array([x, y, z], dtype=float)


def at(x: float = 0.0, y: float = 0.0, z: float = 0.0) -> np.ndarray:
    """A translation matrix."""
    m = np.eye(4)
    m[:3, 3] = (x, y, z)
    return m


def scl(x: float, y: float | None = None, z: float | None = None) -> np.ndarray:
    """A scale matrix (uniform when only x is given)."""
    return np.diag([x, x if y is None else y, x if z is None else z, 1.0])


def rot(axis: str, degrees: float) -> np.ndarray:
    """A rotation about the x, y or z axis."""
    c, s = np.cos(np.radians(degrees)), np.sin(np.radians(degrees))
    i, j = {"x": (1, 2), "y": (2, 0), "z": (0, 1)}[axis]
    m = np.eye(4)
    m[i, i], m[i, j], m[j, i], m[j, j] = c, -s, s, c
    return m


def align(direction: Sequence[float]) -> np.ndarray:
    """A rotation matrix taking +y onto ``direction``."""
    d = np.asarray(direction, dtype=float)
    d = d / max(np.linalg.norm(d), 1e-12)
    y = np.array([0.0, 1.0, 0.0])
    c = float(np.dot(y, d))
    m = np.eye(4)
    if c < -0.999999:
        m[:3, :3] = np.diag([1.0, -1.0, -1.0])
        return m
    ax = np.cross(y, d)
    vx = np.array([[0, -ax[2], ax[1]], [ax[2], 0, -ax[0]], [-ax[1], ax[0], 0]])
    m[:3, :3] = np.eye(3) + vx + vx @ vx / (1.0 + c)
    return m


def segs(k: float, base: int, low: int = 3) -> int:
    """A resolution count at detail k: ``base`` at k = 1, never below ``low``."""
    return max(low, round(base * k))


# ---- shapes and sweeps ----------------------------------------------------------------------


def frames(path: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Frames (u, v) along a polyline: a fixed reference projected off each tangent (no twist
    for a reference the curve never runs along), else parallel transport ring by ring."""
    t = np.gradient(path, axis=0)
    t /= np.maximum(np.sqrt((t * t).sum(1, keepdims=True)), 1e-12)
    for axis in (1, 0, 2):
        if np.abs(t[:, axis]).max() < 0.9:
            ref = np.zeros(3)
            ref[axis] = 1.0
            w = ref - t * t[:, axis : axis + 1]
            w /= np.sqrt((w * w).sum(1, keepdims=True))
            u = cross(t, w)
            return u, cross(t, u)
    ref = np.array([0.0, 1.0, 0.0]) if abs(t[0, 1]) < 0.9 else np.array([1.0, 0.0, 0.0])
    u = np.empty_like(path)
    u[0] = np.cross(t[0], ref)
    u[0] /= np.linalg.norm(u[0])
    for i in range(1, len(path)):
        w = u[i - 1] - t[i] * np.dot(u[i - 1], t[i])
        nw = np.linalg.norm(w)
        u[i] = w / nw if nw > 1e-9 else u[i - 1]
    return u, np.cross(t, u)


class FixedMesh:
    """A solid of fixed vertices and triangles, the same at every detail (what ``build_part``
    asks of a sweep); its texture coordinates are left to the box projection."""

    def __init__(self, verts: np.ndarray, faces: np.ndarray) -> None:
        self.verts, self.faces = verts, faces

    def triangles(self) -> int:
        return len(self.faces)

    def build(self) -> tuple[np.ndarray, np.ndarray]:
        return self.verts, self.faces

    def build_uv(self, matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return self.verts, self.faces, np.full((len(self.verts), 4), np.nan)


def mesh_part(verts, faces, slot: Slot, tag: str = "", facets: bool = False) -> Part:
    """A part of fixed vertices and triangles (split per face when ``facets``, so it shades
    flat: a crag, a cut facet)."""
    v, f = np.asarray(verts, float), np.asarray(faces, np.int64)
    if facets:
        v, f = v[f].reshape(-1, 3), np.arange(3 * len(f)).reshape(-1, 3)
    mesh = FixedMesh(v, f)
    return Part(lambda k: mesh, np.eye(4), slot, tag)  # type: ignore[arg-type, return-value]


def build_part(part: Part, k: float) -> Solid:
    """Build a part at detail k, placed by its matrix and oriented outward."""
    v, f, uv = part.sweep(k).build_uv(part.matrix)
    v = v @ part.matrix[:3, :3].T + part.matrix[:3, 3]
    # Orientation depends on the outline's winding and the matrix, not on the detail: measure
    # it once per part.
    flip = part._orient.get("flip")
    if flip is None:
        flip = part._orient["flip"] = signed_volume(v, f) < 0
    if flip:
        f = f[:, ::-1].copy()
    return Solid(v, f, part.slot, part.tag, uv=uv)


def cross(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise cross product of (n, 3) arrays (np.cross is several times slower here)."""
    out = np.empty_like(a)
    out[:, 0] = a[:, 1] * b[:, 2] - a[:, 2] * b[:, 1]
    out[:, 1] = a[:, 2] * b[:, 0] - a[:, 0] * b[:, 2]
    out[:, 2] = a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0]
    return out


def signed_volume(v: np.ndarray, f: np.ndarray) -> float:
    """Signed volume of a closed triangle mesh (positive when faces point outward)."""
    a, b, c = v[f[:, 0]], v[f[:, 1]], v[f[:, 2]]
    return float((a * cross(b, c)).sum() / 6.0)
