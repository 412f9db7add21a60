"""Surreal modifiers as real geometry, applied in a canonical frame (base at y = 0, centred in
x and z, tallest extent 1) before the object is fitted to spec.size.

Growths (``eyes``, ``teeth``) add parts before building so later deformations carry them along.
Deformations move vertices (twist, bend, stretch, noise, melt). Booleans cut with manifold3d
(fracture, hollow). Copies multiply the object (swarm, impossible scale).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from ._geometry import Part, Solid, align, at, rot, scl
from ._mesh import bounds
from ._parts import FIRM, Anchor, eyeball
from ._primitives import cylinder

__all__ = ["COPIES", "DEFORMERS", "GROWTHS", "copies_of", "swarm_count"]

Rng = np.random.Generator


# ---- growths --------------------------------------------------------------------------------


def grow_eyes(a: Anchor, amount: float, rng: Rng) -> list[Part]:
    """Eyes of mixed sizes opening all over the surface: 3 + 12 × amount of them."""
    out = []
    for p, n in a.scatter(rng, 3 + round(12 * amount), up_bias=0.3):
        out += eyeball(p, n, a.size * rng.uniform(0.03, 0.08))
    return out


def grow_teeth(a: Anchor, amount: float, rng: Rng) -> list[Part]:
    """Curved fangs sprouting along the surface normals: 6 + 18 × amount of them."""
    out = []
    for p, n in a.scatter(rng, 6 + round(18 * amount)):
        h = a.size * rng.uniform(0.05, 0.11)
        m = at(*p) @ align(n) @ rot("x", rng.uniform(-25, 25))
        out.append(cylinder(0.022 * a.size, 0.0, h, m, "tooth", "teeth"))
    return out


GROWTHS = {"eyes": grow_eyes, "teeth": grow_teeth}
"""Modifiers that add parts on the surface."""


# ---- deformations ---------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _lattice(seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return np.tile(rng.permutation(256), 2), rng.uniform(-1.0, 1.0, (256, 3))


def noise3(p: np.ndarray, seed: int) -> np.ndarray:
    """Smooth 3-channel value noise in [-1, 1] at points (n, 3): a function of position and
    seed only (a seeded lattice of random vectors, smoothstep-interpolated)."""
    perm, values = _lattice(seed)
    base = np.floor(p)
    f = p - base
    w = f * f * (3 - 2 * f)
    i = base.astype(np.int64) & 255
    out = np.zeros_like(p)
    for dx in (0, 1):
        px = perm[i[:, 0] + dx]
        wx = w[:, 0] if dx else 1 - w[:, 0]
        for dy in (0, 1):
            pxy = perm[px + i[:, 1] + dy]
            wxy = wx * (w[:, 1] if dy else 1 - w[:, 1])
            for dz in (0, 1):
                wt = wxy * (w[:, 2] if dz else 1 - w[:, 2])
                out += wt[:, None] * values[perm[pxy + i[:, 2] + dz]]
    return out


def _fbm(p: np.ndarray, seed: int) -> np.ndarray:
    return noise3(p * 3.0 + 17.0, seed) * 0.65 + noise3(p * 7.0 + 31.0, seed + 1) * 0.35


def twisted(solids: list[Solid], amount: float, rng: Rng) -> None:
    """Rotate about the vertical axis by up to 270° × amount from base to top; a long thin
    thing (a flute, a broom, a snake of a sword) is tied in a loose knot instead (a twist about
    its own round length did not show; one standing, a sword, twists as before)."""
    verts = np.concatenate([s.verts for s in solids if len(s.verts)])
    ext = np.ptp(verts, axis=0)
    order = np.argsort(ext)
    if order[2] != 1 and ext[order[2]] > 3.5 * max(ext[order[1]], 1e-9):  # (lying down)
        _knotted(solids, int(order[2]), verts.min(0), ext, amount)
        return
    if order[2] == 1 and ext[1] > 4.0 * max(ext[order[1]], 1e-9) and amount >= 0.9:
        _corkscrew(solids, verts.min(0), ext)  # a post twisted into a corkscrew
        return
    for s in solids:
        th = np.radians(270.0 * amount) * np.clip(s.verts[:, 1], 0, 1)
        c, si = np.cos(th), np.sin(th)
        x, z = s.verts[:, 0].copy(), s.verts[:, 2].copy()
        s.verts[:, 0], s.verts[:, 2] = c * x - si * z, si * x + c * z


def _corkscrew(solids: list[Solid], lo: np.ndarray, ext: np.ndarray) -> None:
    """Wind a tall thin thing (a lamp post, a flagpole) into a corkscrew: two turns of a helix
    as wide as a fifth of its height, its foot where it stood, what it carries at its top on
    the coil's end."""
    h = float(ext[1])
    for s in solids:
        t = np.clip((s.verts[:, 1] - lo[1]) / max(h, 1e-9), 0.0, 1.0)
        grow = np.clip(t / 0.15, 0.0, 1.0)  # its foot stays on the ground
        theta = 4 * np.pi * t
        r = 0.1 * h * grow
        s.verts[:, 0] = s.verts[:, 0] + r * np.sin(theta)
        s.verts[:, 2] = s.verts[:, 2] + r * (1 - np.cos(theta))


def _knotted(solids: list[Solid], axis: int, lo: np.ndarray, ext: np.ndarray,
             amount: float) -> None:  # fmt: skip
    """Lay a long thing lying down along a curve with a loop in its middle that rises, comes
    round and passes beside itself, so it reads as tied in a knot; its cross-section rides along
    the curve, its ends stay straight."""
    length = float(ext[axis])
    up = 1  # the loop rises
    side = 3 - axis - up
    share = 0.4 + 0.2 * amount  # of its length in the loop
    radius = share * length / (2 * np.pi)
    mid = lo + ext / 2
    for s in solids:
        v = s.verts
        t = (v[:, axis] - lo[axis]) / max(length, 1e-9)
        a, b = 0.5 - share / 2, 0.5 + share / 2
        theta = 2 * np.pi * np.clip((t - a) / share, 0.0, 1.0)
        along = np.where(t < a, t - a, np.where(t > b, t - b, 0.0)) * length
        u, w = v[:, up] - mid[up], v[:, side] - mid[side]
        drift = 0.35 * radius * theta / (2 * np.pi)  # the loop passes beside itself
        out = v.copy()
        out[:, axis] = mid[axis] + along + radius * np.sin(theta) + u * -np.sin(theta)
        out[:, up] = mid[up] + radius * (1 - np.cos(theta)) + u * np.cos(theta)
        out[:, side] = mid[side] + w + drift
        s.verts = out


def bent(solids: list[Solid], amount: float, rng: Rng) -> None:
    """Bend the object's height around an arc of up to 120° × amount toward +x."""
    theta = np.radians(10.0 + 110.0 * amount)
    radius = 1.0 / theta
    for s in solids:
        phi = s.verts[:, 1] * theta
        off = radius - s.verts[:, 0]
        s.verts[:, 0] = radius - off * np.cos(phi)
        s.verts[:, 1] = off * np.sin(phi)


def stretched(solids: list[Solid], amount: float, rng: Rng) -> None:
    """Pull like taffy: the middle rises and thins to a waist (1 - 0.75 × amount wide)."""
    for s in solids:
        t = np.clip(s.verts[:, 1], 0, 1)
        # Fitting to spec.size undoes a plain stretch, so the taffy shows as a deep waist.
        pinch = 1.0 - 0.75 * amount * np.sin(np.pi * t) ** 1.5
        s.verts[:, 0] *= pinch
        s.verts[:, 2] *= pinch
        s.verts[:, 1] = s.verts[:, 1] + 0.3 * amount * np.sin(np.pi * t) / np.pi


def noise(solids: list[Solid], amount: float, rng: Rng) -> None:
    """Displace every vertex by a smooth 3D noise field of up to 0.08 × amount.

    The field depends on position only, so split copies of a vertex along a crease move
    together and the surface never cracks.
    """
    seed = int(rng.integers(0, 2**31))
    for s in solids:
        s.verts = s.verts + 0.08 * amount * _fbm(s.verts, seed)


def melting(solids: list[Solid], amount: float, rng: Rng) -> None:
    """Sag the top, pull drips down the sides and spread what falls below the base as a puddle
    (a part tagged ``FIRM``, an ice cream's wafer cone, keeps its shape)."""
    drips = rng.uniform(-np.pi, np.pi, 6)
    seed = int(rng.integers(0, 2**31))
    # by its own height (a thing lying long and low, a trumpet, a unicorn, sank flat when it
    # sagged by a share of its length)
    top = max((float(s.verts[:, 1].max()) for s in solids if len(s.verts)), default=1.0)
    top = max(top, 1e-3)
    body = [s.verts for s in solids if len(s.verts) and s.tag != FIRM]
    span = np.ptp(np.concatenate(body), axis=0) if body else np.ones(3)
    # a long low thing (a locomotive, a sofa) slumps more: a fifth of its height did not show
    slump = 0.2 if span[1] >= 0.75 * max(span[0], span[2]) else 0.38
    mid = np.concatenate(body).mean(0) if body else np.zeros(3)
    lean = drips[0]  # the side it slumps toward
    for s in solids:
        if s.tag == FIRM:
            continue
        v = s.verts
        t = np.clip(v[:, 1] / top, 0, 1)
        ang = np.arctan2(v[:, 2] - mid[2], v[:, 0] - mid[0])
        gap = np.angle(np.exp(1j * (ang[:, None] - drips[None, :])))
        drip = np.exp(-(gap**2) / (2 * 0.18**2)).sum(1)
        wobble = 1.0 + 0.5 * _fbm(v, seed)[:, 0]
        # its top droops more to one side than the other, and its foot slumps outward, soft
        # (sunk evenly, a melting top hat or locomotive only looked shorter)
        side = 1.0 + 0.5 * np.cos(ang - lean)
        # (gentler than it was: a melting unicorn or mushroom sank into a puddle of itself)
        v[:, 1] -= amount * top * (slump * t**2 * wobble * side + 0.28 * drip * t * (1 - t))
        out = 1.0 + amount * 0.35 * (1 - t) ** 3 * wobble
        v[:, 0] = mid[0] + (v[:, 0] - mid[0]) * out
        v[:, 2] = mid[2] + (v[:, 2] - mid[2]) * out
        below = v[:, 1] < 0
        spread = np.minimum(1.0 - v[below, 1] / top * 2.0, 1.4)
        v[below, 0] *= spread
        v[below, 2] *= spread
        v[below, 1] *= 0.08


def upside_down(solids: list[Solid], amount: float, rng: Rng) -> None:
    """Turned over: half a turn about the front-to-back axis, resting on what was its top (at
    any amount: a half-turned object reads as fallen over, not as upside down)."""
    lo, hi = bounds(solids)
    for s in solids:
        s.verts[:, 0] = lo[0] + hi[0] - s.verts[:, 0]
        s.verts[:, 1] = lo[1] + hi[1] - s.verts[:, 1]


DEFORMERS = {
    "upside_down": upside_down,
    "stretched": stretched,
    "twisted": twisted,
    "bent": bent,
    "noise": noise,
    "melting": melting,
}
"""Vertex deformations, in the order they apply (the booleans and turning inside out after them);
turning over comes first, so that what melts or bends afterwards still hangs down."""


# ---- copies ---------------------------------------------------------------------------------


def swarm_count(amount: float, count: int) -> int:
    """Copies in a swarm: ``count`` when given (2..64), else 3 + 9 × amount."""
    return count if count > 1 else 3 + round(9 * amount)


def copies_of(kind: str, amount: float, count: int, rng: Rng, top: float = 1.0) -> list[np.ndarray]:
    """Placement matrices of the copies a swarm or an impossible scale makes (first: itself).

    ``top`` is the height of the object in the canonical frame, where smaller copies stand.
    """
    if kind == "swarm":
        n = swarm_count(amount, count)
        s = 1.2 / n ** (1 / 3)
        pts = [np.zeros(3)]
        while len(pts) < n:
            p = rng.uniform(-1, 1, 3) * (1.0, 0.8, 1.0) * (0.4 + 0.3 * n ** (1 / 3))
            if min(np.linalg.norm(p - q) for q in pts) > s * 0.6 or rng.random() < 0.05:
                pts.append(p)
        return [
            at(*p) @ rot("y", rng.uniform(0, 360)) @ scl(s * rng.uniform(0.7, 1.1)) for p in pts
        ]
    # impossible_scale: the object carries a smaller copy of itself, which carries a smaller one.
    ratio = 0.45 - 0.3 * amount
    return [np.eye(4), at(0, top, 0) @ scl(ratio), at(0, top * (1 + ratio), 0) @ scl(ratio * ratio)]


COPIES = ("impossible_scale", "swarm")
"""Modifiers that multiply the object."""
