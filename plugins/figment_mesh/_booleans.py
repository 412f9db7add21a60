"""Boolean modifiers with manifold3d: fracture into drifting shards, hollow out with a window,
bite a mouthful out of it.

A part that manifold3d will not accept as a solid (it says so through ``status``) is kept whole
rather than guessed at, so the result is always a valid mesh.
"""

from __future__ import annotations

import numpy as np

from ._geometry import CREASE_DEG, Solid
from ._mesh import bounds

__all__ = ["bitten", "fractured", "hollow"]

Rng = np.random.Generator


def _manifold(s: Solid):
    import manifold3d as m3

    mesh = m3.Mesh(
        vert_properties=np.ascontiguousarray(s.verts, dtype=np.float32),
        tri_verts=np.ascontiguousarray(s.faces, dtype=np.uint32),
    )
    mesh.merge()
    man = m3.Manifold(mesh)
    return man if man.status() == m3.Error.NoError and not man.is_empty() else None


def _solid(man, like: Solid) -> Solid:
    # Normals with sharp edges split the vertices along creases, just as sweeps do, so the
    # result shades right with a plain per-vertex average even after later deformation.
    mesh = man.calculate_normals(0, CREASE_DEG).to_mesh()
    v = np.asarray(mesh.vert_properties, dtype=np.float64)[:, :3]
    return Solid(v, np.asarray(mesh.tri_verts, dtype=np.int64), like.slot, like.tag)


def fractured(solids: list[Solid], amount: float, rng: Rng) -> list[Solid]:
    """Cut the object by 2 + amount (rounded) random planes and push the shards apart along
    them.

    Parts larger than a quarter of the object's diagonal are cut; smaller ones drift whole with
    the side of each plane their centre is on.
    """
    lo, hi = bounds(solids)
    centre = (lo + hi) / 2
    planes = []
    for _ in range(2 + round(amount)):  # (four planes cut a whale into shards that no longer
        # read as a whale)
        n = rng.normal(size=3)
        n /= np.linalg.norm(n)
        p = centre + rng.uniform(-0.15, 0.15, 3) * (hi - lo)
        planes.append((n, float(n @ p)))
    gap = (0.012 + 0.033 * amount) * float(np.linalg.norm(hi - lo))  # cracks that show, in a
    # shape that still reads (a fixed 0.06 hid the cracks of a teapot under its lid)
    sizes = sorted(
        float(np.linalg.norm(s.verts.max(0) - s.verts.min(0))) for s in solids if len(s.verts)
    )
    # parts a quarter of its size are cut; built of many small parts (a unicorn), its three
    # biggest are (nothing was cut, and it stood whole with hairline gaps)
    min_cut = 0.25 * float(np.linalg.norm(hi - lo))
    if len(sizes) >= 3:
        min_cut = min(min_cut, sizes[-3])
    normals = np.array([n for n, _ in planes])
    out: list[Solid] = []
    for s in solids:
        side = np.stack([s.verts @ n - off for n, off in planes], 1)
        whole = np.where(side.mean(0) >= 0, 1.0, -1.0)
        crossed = (side.min(0) < 0) & (side.max(0) > 0)
        # Only parts big enough to read as broken are cut; small ones drift whole.
        big = np.linalg.norm(s.verts.max(0) - s.verts.min(0)) >= min_cut
        man = _manifold(s) if big and crossed.any() else None
        if man is None:
            # Uncut parts (or parts manifold3d refuses) drift with the side their centre is on.
            drift = gap * (whole[:, None] * normals).sum(0)
            out.append(Solid(s.verts + drift, s.faces, s.slot, s.tag, s.welded, s.uv))
            continue
        pieces = [(man, np.zeros(3))]
        for j, (n, off) in enumerate(planes):
            nxt = []
            for piece, shift in pieces:
                if not crossed[j]:
                    nxt.append((piece, shift + whole[j] * gap * n))
                    continue
                above, below = piece.split_by_plane(tuple(n), off)
                for half, sign in ((above, 1.0), (below, -1.0)):
                    if not half.is_empty():
                        nxt.append((half, shift + sign * gap * n))
            pieces = nxt
        for piece, shift in pieces:
            shard = _solid(piece, s)
            shard.verts += shift
            out.append(shard)
    return out


def hollow(solids: list[Solid], amount: float, rng: Rng) -> list[Solid]:
    """Carve the body into a shell (wall 0.25 - 0.17 × amount of its size) with a front window."""
    import manifold3d as m3

    bodies = [i for i, s in enumerate(solids) if s.tag == "body"]
    if not bodies:
        vol = [np.prod(s.verts.max(0) - s.verts.min(0)) for s in solids]
        bodies = [int(np.argmax(vol))]
    out = list(solids)
    for i in bodies:
        s = solids[i]
        man = _manifold(s)
        if man is None:
            continue
        lo, hi = s.verts.min(0), s.verts.max(0)
        c, ext = (lo + hi) / 2, hi - lo
        shrink = 1.0 - (0.25 - 0.17 * amount) * 2
        inner = man.translate(tuple(-c)).scale((shrink,) * 3).translate(tuple(c))
        radius = float(0.22 + 0.2 * amount) * float(min(ext[0], ext[1]))
        window = m3.Manifold.cylinder(float(ext[2]) + 1.0, radius, radius, 24, True)
        window = window.translate(
            (float(c[0]), float(c[1] + 0.1 * ext[1]), float(c[2] + ext[2] / 2))
        )
        carved = man - inner - window
        if not carved.is_empty():
            out[i] = _solid(carved, s)
    return out


_VIEW = np.array([0.6, 0.0, 0.8])
"""The side a still is taken from (front right), where a bite shows."""


def bitten(solids: list[Solid], amount: float, rng: Rng) -> list[Solid]:
    """Bite out of its upper front edge: a crescent of overlapping round tooth marks (three
    to five, as deep as a fifth to a third of it), cut from every part it reaches."""
    import manifold3d as m3

    lo, hi = bounds(solids)
    ext = hi - lo
    size = float(ext.max())
    # where the mouth closed: where its body's outline meets a line from high in its middle
    # toward the front right (a teapot's body, not the empty corner of its bounds by the spout)
    body = [s.verts for s in solids if s.tag == "body" and len(s.verts)] or [
        s.verts for s in solids if len(s.verts)
    ]
    verts = np.concatenate(body)
    blo, bhi = verts.min(0), verts.max(0)
    mid = np.array(
        [(blo[0] + bhi[0]) / 2, blo[1] + 0.75 * (bhi[1] - blo[1]), (blo[2] + bhi[2]) / 2]
    )
    way = _VIEW / np.linalg.norm(_VIEW)  # (up toward the front right, a cookie had a hole)
    rel = verts - mid
    along = rel @ way
    off = np.linalg.norm(rel - along[:, None] * way, axis=1)
    edge = verts[int(np.argmax(along - 3.0 * off))]
    r = (0.16 + 0.1 * amount) * float(min(size, 2.0 * np.sort(ext)[1]))
    centre = edge + way * 0.35 * r
    side = np.array([-_VIEW[2], 0.0, _VIEW[0]])  # along the edge
    marks = 3 + round(2 * amount)
    bite = None
    for k in range(marks):
        t = (k - (marks - 1) / 2) / max(marks - 1, 1)
        c = centre + side * t * 1.6 * r + np.array([0.0, -abs(t) * 0.4 * r, 0.0])
        c = c + rng.normal(size=3) * 0.04 * r
        ball = m3.Manifold.sphere(float(r * (1.0 - 0.25 * abs(t))), 32).translate(tuple(c))
        bite = ball if bite is None else bite + ball
    out = []
    for s in solids:
        slo, shi = s.verts.min(0), s.verts.max(0)
        if np.any(shi < centre - 2.5 * r) or np.any(slo > centre + 2.5 * r):
            out.append(s)  # out of the bite's reach
            continue
        man = _manifold(s)
        if man is None:
            out.append(s)
            continue
        left = man - bite
        if not left.is_empty():
            out.append(_solid(left, s))
    return out
