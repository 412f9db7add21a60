"""Procedural texture patterns of silk, patchwork quilts, neon tubes and vinyl records."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ._noise import fbm, pick, smooth
from ._patterns import F32, Maps, Rgb, _mix, _squares, _tint, _var, _xy


def silk(n: int, rng: np.random.Generator) -> Maps:
    """Silk: a lustrous smooth cloth hanging in long soft folds that sweep, gather and spread, the
    sheen baked in: a broad soft light over each fold with a bright streak along its crest,
    dark troughs between; a barely visible fine weave; glossy. Grey, so a named colour tints it."""
    v = _var(rng)
    sweep, gather, depth = pick(rng, fbm(n, 1, 2, 1, v), fbm(n, 2, 2, 2, v + 1),
                                fbm(n, 2, 3, 1, v), flip=False)  # fmt: skip
    x, y = _xy(n)
    phase = 2 * x + 0.35 * sweep + 0.45 * gather  # hanging along the length, never folding back
    fold = 0.75 * np.sin(2 * np.pi * phase) + 0.25 * np.sin(2 * np.pi * (x + 0.5 * sweep))
    t = (0.5 + (0.32 + 0.22 * depth) * fold).astype(F32)  # folds come and go
    sheen = 0.55 * t + 0.45 * t**6  # the broad light and the streak on the crest
    weave = 0.5 + 0.25 * (np.sin(2 * np.pi * 80 * x) + np.sin(2 * np.pi * 80 * y))
    shade = np.clip(0.12 + 0.88 * sheen + 0.025 * weave, 0, 1)
    return Maps(_tint(shade, (1, 1, 1)), t + 0.02 * weave, 1.6 - 0.6 * sheen, 1.0, bump=0.02)


_QUILT: list[Rgb] = [
    (0.6, 0.03, 0.03), (0.03, 0.06, 0.3), (0.75, 0.45, 0.03), (0.1, 0.35, 0.08),
    (0.85, 0.22, 0.4), (0.08, 0.3, 0.75), (0.85, 0.25, 0.02), (0.02, 0.3, 0.3),
    (0.3, 0.1, 0.5), (0.35, 0.13, 0.05),
]  # fmt: skip
_CREAM = (0.95, 0.92, 0.84)
_LABELS: list[Rgb] = [(0.75, 0.05, 0.04), (0.95, 0.75, 0.05), (0.08, 0.2, 0.65), (0.95, 0.94, 0.9),
                      (0.9, 0.4, 0.05), (0.1, 0.5, 0.25)]  # fmt: skip


def _prints(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Where each fabric shows its pale figure over its colour, (5, ...): plain, gingham, polka
    dots, stripes and small florals."""
    gingham = 1 - (((u * 6) % 1 < 0.5).astype(F32) + ((v * 6) % 1 < 0.5)) / 2
    du, dv = (u * 4) % 1 - 0.5, (v * 4 + 0.5 * (np.floor(u * 4) % 2)) % 1 - 0.5
    fu, fv = (u * 3) % 1 - 0.5, (v * 3 + 0.5 * (np.floor(u * 3) % 2)) % 1 - 0.5
    petal = np.hypot(fu, fv) < 0.3 * (0.55 + 0.45 * np.cos(5 * np.arctan2(fv, fu)))
    return np.stack([np.zeros_like(u), gingham, np.hypot(du, dv) < 0.2, (u + v) * 5 % 1 < 0.4,
                     petal]).astype(F32)  # fmt: skip


def patchwork(n: int, rng: np.random.Generator) -> Maps:
    """A patchwork quilt: squares (some cut in two triangles) of many fabrics and colours, plain,
    gingham, polka dots, stripes and small florals, each puffy, joined by dark sunk seams with
    running stitches of pale thread along them."""
    u, v, rand = (a.astype(F32) for a in _squares(n, 3, rng))
    patch = np.unique(rand, return_inverse=True)[1].reshape(n, n)  # which of the nine
    split = (rand * 13.7) % 1 > 0.55
    w = np.where((rand * 3.3) % 1 > 0.5, u, 1 - u)  # which diagonal cuts it
    patch = np.where(split & (w > v), patch + 9, patch)  # the other triangle: a fabric of its own
    colour = np.take(np.asarray(_QUILT, F32)[rng.permutation(len(_QUILT))], patch % 10, axis=0)
    kind = (patch * 5 + rng.integers(6)) % 6 % 5  # every print in a tile, plain twice as often
    edge = np.minimum(np.minimum(u, 1 - u), np.minimum(v, 1 - v))
    seam = 1 - smooth(np.minimum(edge, np.where(split, np.abs(w - v) / 1.414, 1.0)), 0.0, 0.03)
    along = np.where(np.minimum(u, 1 - u) < np.minimum(v, 1 - v), v, u)
    stitch = ((np.abs(edge - 0.055) < 0.01) & ((along * 14) % 1 < 0.55)).astype(F32)
    m = n // 3 + 1  # the fabrics drawn once on an m × m patch, then looked up
    grid = (np.arange(m, dtype=F32) + 0.5) / m
    cu, cv = (np.minimum(a * m, m - 1).astype(np.int64) for a in (u, v))
    figure = _prints(*np.meshgrid(grid, grid))[kind, cv, cu]
    cloth = _mix(colour, _CREAM, np.maximum(figure, stitch))
    puff = np.sqrt(np.clip(np.sin(np.pi * u) * np.sin(np.pi * v), 0, 1)) * (1 - seam)
    cloth *= (0.75 + 0.25 * puff - 0.6 * seam)[..., None]
    return Maps(cloth, puff - 0.2 * stitch, 1.0 + 0.1 * seam, 1.0, bump=0.06)


def _splat(n: int, pts: np.ndarray, reach: float) -> np.ndarray:
    """Distance (in tile widths, up to ``reach``) from each pixel to the nearest of ``pts``, an
    (m, 2) array of x, y in tile widths, the tile wrapping round."""
    off = np.arange(-int(np.ceil(reach * n)), int(np.ceil(reach * n)) + 1)
    out = np.full(n * n, reach, F32)
    for part in np.array_split(pts, max(1, len(pts) // 400)):  # (bounded memory at 2048²)
        px = np.floor(part[:, 0] * n).astype(np.int64)[:, None, None] + off[None, None, :]
        py = np.floor(part[:, 1] * n).astype(np.int64)[:, None, None] + off[None, :, None]
        ex = ((px + 0.5) / n - part[:, None, None, 0]).astype(F32)
        ey = ((py + 0.5) / n - part[:, None, None, 1]).astype(F32)
        where = ((py % n) * n + px % n).ravel()
        np.minimum.at(out, where, np.sqrt(ex * ex + ey * ey).ravel())
    return out.reshape(n, n)


def _even(pts: np.ndarray, step: float) -> np.ndarray:
    """Points along a polyline resampled ``step`` apart."""
    s = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(pts, axis=0).T))])
    t = np.arange(0.0, s[-1], step)
    return np.stack([np.interp(t, s, pts[:, 0]), np.interp(t, s, pts[:, 1])], -1)


def _curl(t: np.ndarray, kind: int) -> np.ndarray:
    """A sign's curly stroke round its middle, (2, len(t)), about 0.25 wide: a spiral, a heart
    or a star."""
    if kind == 0:
        a = t * 1.5 * 2 * np.pi
        return (0.04 + 0.085 * t) * np.stack([np.cos(a), np.sin(a)])
    a = 2 * np.pi * t
    if kind == 1:
        hx, hy = np.sin(a) ** 3, (13 * np.cos(a) - 5 * np.cos(2 * a) - 2 * np.cos(3 * a)) / 16
        return 0.11 * np.stack([hx, 0.2 - hy - np.cos(4 * a) / 16])
    corner = np.linspace(0, 1, 11)
    r = np.where(np.arange(11) % 2 == 0, 0.12, 0.05)
    star = [np.interp(t, corner, r * f(corner * 2 * np.pi - np.pi / 2)) for f in (np.cos, np.sin)]
    return np.stack(star)


def neon(n: int, rng: np.random.Generator) -> Maps:
    """Neon tubes: bright glass tubes bent in a row of cursive loops, a zig-zag and curly
    spirals, hearts or stars, lit from within (the glow only on the tubes), on a dark backing."""
    v = _var(rng)
    (grain,) = pick(rng, fbm(n, 8, 8, 3, v))
    rows = rng.permutation(3) / 3 + rng.uniform(0, 1)
    t = np.linspace(0, 1, 900)
    loops = np.stack([t - 0.11 * np.sin(8 * np.pi * t), rows[0] - 0.1 * np.cos(8 * np.pi * t)])
    zig = np.stack([t, rows[1] + 0.09 * (4 * np.abs((t * 3) % 1 - 0.5) - 1)])
    curls = [_curl(t, int(rng.integers(3))) + np.array([[c], [rows[2]]])
             for c in rng.uniform(0, 1) + np.array([0.0, 0.5])]  # fmt: skip
    pts = np.concatenate([_even(p.T, max(1.5 / n, 0.003)) for p in (loops, zig, *curls)])
    r = 0.018
    d = _splat(n, pts, r)
    tube = np.sqrt(np.clip(1 - (d / r) ** 2, 0, 1))
    shade = np.where(d < r, 0.6 + 0.4 * tube, 0.012 + 0.01 * grain)
    glow = np.where(d < r, 0.15 + 0.85 * tube**3, 0.0)
    return Maps(_tint(shade, (1, 1, 1)), tube, np.where(d < r, 1.0, 3.0), 1.0, glow=glow,
                bump=0.04)  # fmt: skip


def vinyl(n: int, rng: np.random.Generator) -> Maps:
    """Vinyl records: glossy black discs side by side and overlapping, each cut with fine
    concentric grooves catching the light in a bright bow-tie sheen, a coloured paper label in
    its middle and a spindle hole."""
    x, y = _xy(n)
    top, r, dx, dy = np.full((n, n), -1), np.full((n, n), 9.0, F32), x * 0, y * 0
    centres = np.array([[0.25, 0.25], [0.75, 0.25], [0.25, 0.75], [0.75, 0.75]])
    centres += rng.uniform(-0.06, 0.06, (4, 2)) + rng.uniform(0, 1, 2)
    radii = rng.uniform(0.26, 0.3, 4) * n
    for i, (cx, cy) in enumerate(centres[rng.permutation(4)]):  # each over the ones before
        ex, ey = ((x - cx + 0.5) % 1 - 0.5) * n, ((y - cy + 0.5) % 1 - 0.5) * n  # in pixels
        ri = np.hypot(ex, ey) / radii[i]
        on = ri < 1
        top[on], r[on], dx[on], dy[on] = i, ri[on], ex[on], ey[on]
    size = radii[np.maximum(top, 0)]
    grooves = ((r > 0.36) & (r < 0.96)).astype(F32)
    fine = 0.5 + 0.5 * np.sin(2 * np.pi * r * size / 3)  # a groove every 3 pixels
    gaps = np.zeros_like(r)
    for g in rng.uniform(0.45, 0.9, 3):  # the smooth bands between the tracks
        gaps += 1 - smooth(np.abs(r - g), 0.0, 0.01)
    sheen = np.abs(np.cos(np.arctan2(dy, dx) - 0.8)) ** 8  # the light's bow-tie across it
    disc = 0.03 + grooves * (0.015 * fine + 0.05 * gaps + 0.3 * sheen)
    labels = np.asarray(_LABELS, F32)[rng.permutation(len(_LABELS))[:4]]  # four different
    paper = np.take(labels, np.maximum(top, 0), axis=0)
    ink = (np.abs(r - 0.26) < 0.012) | ((np.abs(r - 0.2) < 0.02) & (dy < -0.3 * r * size))
    label = _mix(paper, (0.08, 0.06, 0.05), ink.astype(F32))
    albedo = np.where((r < 0.33)[..., None], label, _tint(disc, (1, 1, 1)))
    albedo = np.where(
        ((r < 0.035) | (top < 0))[..., None], 0.03, albedo + 0.1 * (r > 0.97)[..., None]
    )
    height = (top >= 0) * (0.5 + 0.1 * top + 0.03 * fine * grooves + 0.05 * (r < 0.33))
    height = height - 0.5 * (r < 0.035)
    rough = np.where(top < 0, 2.0, np.where(r < 0.33, 3.0, 0.6))
    return Maps(albedo.astype(F32), height.astype(F32), rough.astype(F32), 1.0, bump=0.04)


CRAFTS: dict[str, Callable[[int, np.random.Generator], Maps]] = {
    "silk": silk,
    "patchwork": patchwork,
    "neon": neon,
    "vinyl": vinyl,
}
