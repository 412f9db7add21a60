"""Tileable noise for textures: periodic value noise (fBm) and periodic Worley cells, in numpy.

Every field wraps around both edges, so a texture built from them repeats without a seam; the
mesh stage's UVs run past 1 and rely on that. Fields are computed once per (size, kind,
variant) and kept; a seed picks a variant and rolls (and, for patterns without a direction,
flips) it, which costs a copy rather than a new field.

Why numpy and not a noise library: FastNoiseLite (``pyfastnoiselite``) and ``opensimplex`` have
no periodic 2D noise (tiling needs 4D noise on a torus, which FastNoiseLite lacks and which took
opensimplex ~0.5 s for 4,096 samples here), and opensimplex's array functions run in Python
without numba (1.9 s for 256²). Value noise is separable: an octave is its lattice resampled
along x, then along y (two gathers and lerps, no BLAS, whose threads crawl on a busy 2-core
machine), so a 512² fBm takes a few milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

__all__ = ["Cells", "cells", "fbm", "pick", "ridge", "smooth", "stripes"]

VARIANTS = 2
"""Fields computed per (size, kind): a seed chooses one and shifts it."""


def _lerp_axis(lattice: np.ndarray, n: int, axis: int) -> np.ndarray:
    """Resample a periodic lattice to n samples along ``axis`` with smoothstep weights."""
    period = lattice.shape[axis]
    x = (np.arange(n, dtype=np.float32) + 0.5) * period / n - 0.5
    i = np.floor(x).astype(np.int64)
    f = x - i
    f = f * f * (3 - 2 * f)
    a = np.take(lattice, i % period, axis=axis)
    b = np.take(lattice, (i + 1) % period, axis=axis)
    shape = [1, 1]
    shape[axis] = n
    f = f.reshape(shape)
    return a + (b - a) * f


@lru_cache(maxsize=48)
def fbm(n: int, px: int, py: int, octaves: int, variant: int) -> np.ndarray:
    """(n, n) fractal value noise in [0, 1] whose coarsest lattice is px × py cells.

    Different px and py make it anisotropic (streaks along the axis with fewer cells). The
    result is read-only: callers combine it into new arrays.
    """
    rng = np.random.default_rng((n, px, py, octaves, variant, 7))
    out = np.zeros((n, n), dtype=np.float32)
    amp = 1.0
    for o in range(octaves):
        cx, cy = min(px << o, n), min(py << o, n)
        lattice = rng.random((cy, cx), dtype=np.float32)
        out += amp * _lerp_axis(_lerp_axis(lattice, n, 1), n, 0)
        amp *= 0.5
    out -= out.min()
    out /= max(float(out.max()), 1e-6)
    out.flags.writeable = False
    return out


@dataclass(frozen=True)
class Cells:
    """Periodic Worley cells: distance to the nearest and second nearest point (in cell
    widths), the offset to the nearest point (dx, dy) and a random number per cell in [0, 1)."""

    f1: np.ndarray
    f2: np.ndarray
    dx: np.ndarray
    dy: np.ndarray
    rand: np.ndarray


def cells(n: int, count: int, variant: int) -> Cells:
    """``count`` × ``count`` jittered cells over an (n, n) tile, wrapping at the edges.

    ``count`` is rounded to a power of two no larger than n, so every cell is a whole block of
    pixels and the nine candidate points of a block are found for all its pixels at once.
    """
    return _cells(n, min(n, 1 << max(0, round(float(np.log2(max(count, 1)))))), variant)


@lru_cache(maxsize=24)
def _cells(n: int, count: int, variant: int) -> Cells:
    bs = n // count
    rng = np.random.default_rng((n, count, variant, 11))
    jitter = rng.uniform(0.1, 0.9, (count, count, 2)).astype(np.float32)
    value = rng.random((count, count), dtype=np.float32)
    loc = (np.arange(bs, dtype=np.float32) + 0.5) / bs
    dxs, dys, vals = [], [], []
    for oy in (-1, 0, 1):
        for ox in (-1, 0, 1):
            j = np.roll(jitter, (-oy, -ox), axis=(0, 1))
            # (cell row, pixel row in cell, cell column, pixel column in cell)
            dxs.append(np.broadcast_to((ox + j[:, None, :, None, 0]) - loc[None, None, None, :],
                                       (count, bs, count, bs)))  # fmt: skip
            dys.append(np.broadcast_to((oy + j[:, None, :, None, 1]) - loc[None, :, None, None],
                                       (count, bs, count, bs)))  # fmt: skip
            vals.append(np.roll(value, (-oy, -ox), axis=(0, 1))[:, None, :, None])
    dx = np.stack(dxs).reshape(9, n, n)
    dy = np.stack(dys).reshape(9, n, n)
    d = np.sqrt(dx * dx + dy * dy)
    near = np.argmin(d, axis=0)[None]
    two = np.partition(d, 1, axis=0)
    val = np.stack([np.broadcast_to(v, (count, bs, count, bs)) for v in vals]).reshape(9, n, n)
    out = Cells(
        two[0].astype(np.float16),
        two[1].astype(np.float16),
        np.take_along_axis(dx, near, 0)[0].astype(np.float16),
        np.take_along_axis(dy, near, 0)[0].astype(np.float16),
        np.take_along_axis(val, near, 0)[0].astype(np.float16),
    )
    for a in (out.f1, out.f2, out.dx, out.dy, out.rand):
        a.flags.writeable = False
    return out


def pick(rng: np.random.Generator, *fields: np.ndarray, flip: bool = True) -> list[np.ndarray]:
    """The same random roll (and flips, when the pattern has no direction) applied to each
    field, so fields that belong together stay aligned."""
    n = fields[0].shape[0]
    sy, sx = (int(v) for v in rng.integers(0, n, 2))
    fx, fy = (bool(v) for v in rng.integers(0, 2, 2)) if flip else (False, False)
    out = []
    for f in fields:
        g = np.roll(f, (sy, sx), axis=(0, 1))
        if fx:
            g = g[:, ::-1]
        if fy:
            g = g[::-1]
        out.append(g)
    return out


def smooth(a: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """Smoothstep from lo to hi (elementwise, float32)."""
    t = np.clip((a - lo) / (hi - lo), 0.0, 1.0)
    return (t * t * (3 - 2 * t)).astype(np.float32)


def ridge(a: np.ndarray) -> np.ndarray:
    """1 at the middle of the range (a = 0.5), 0 at its ends: veins and crests from noise."""
    return (1.0 - np.abs(2.0 * a - 1.0)).astype(np.float32)


def stripes(n: int, count: int, warp: np.ndarray, amount: float, axis: int = 1) -> np.ndarray:
    """Periodic stripes across ``axis`` (``count`` of them per tile), bent by ``warp``; 0..1."""
    x = np.arange(n, dtype=np.float32) / n
    base = x[None, :] if axis == 1 else x[:, None]
    return (0.5 + 0.5 * np.sin(2 * np.pi * (count * base + amount * warp))).astype(np.float32)
