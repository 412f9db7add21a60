"""Procedural texture patterns of marshmallows, walnut shells, citrus peel and broad leaves (lettuce, cabbage, banana leaves)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ._noise import cells, fbm, pick, smooth
from ._patterns import F32, Maps, _mix, _tint, _var, _xy


def _frac(a: np.ndarray) -> np.ndarray:
    """The fractional part (a % 1.0 is ten times slower)."""
    return a - np.floor(a)


def _layers(n: int, rng: np.random.Generator) -> list[tuple[np.ndarray, ...]]:
    """Two layers of things, four to a tile, each turned its own way (the lower to show in the
    gaps of the upper): per layer, a point's place along and across its thing (in cell widths),
    the thing's seed and a soft fall to 0 at the seams where one thing meets the next."""
    out = []
    for v in (0, 1):
        c = cells(n, 2, v)
        dx, dy, rand, edge = pick(rng, c.dx, c.dy, c.rand, c.f2 - c.f1)
        rand = _frac(rand.astype(F32) + rng.uniform(0, 1))  # (a tile has only four: reseeded)
        a = rand * 17.0
        u = (np.cos(a) * dx + np.sin(a) * dy).astype(F32)
        w = (-np.sin(a) * dx + np.cos(a) * dy).astype(F32)
        out.append((u, w, rand, smooth(edge, 0.0, 0.12) ** 0.5))
    return out


def _puff(
    u: np.ndarray, w: np.ndarray, rand: np.ndarray, seam: np.ndarray
) -> tuple[np.ndarray, ...]:
    """A marshmallow: on its side an oblong curved across, end on a round flat-topped pillow
    (its height, and the distance from its middle with 1 at its outline)."""
    side = _frac(rand * 7.3) < 0.6
    d = np.where(side, (np.abs(u / 0.5) ** 4 + np.abs(w / 0.3) ** 4) ** 0.25,
                 np.hypot(u, w) / 0.42)  # fmt: skip
    across = np.where(side, np.sqrt(np.clip(1 - (w / 0.3) ** 2, 0, 1)), 1.0)
    return np.clip(1 - d**4, 0, 1) ** 0.5 * (0.6 + 0.4 * across) * seam, d


def marshmallow(n: int, rng: np.random.Generator) -> Maps:
    """Marshmallows heaped together: soft white cylinders, some end-on (round pillows with a
    flat top and rolled edges), some lying on their sides (oblongs curved across), those
    beneath in soft shadow, a fine powdery dusting; one in four toasted golden-brown, darker
    round its edges."""
    (a, b) = _layers(n, rng)
    (top, d), (low, _) = _puff(*a), _puff(*b)
    blotch, powder = pick(rng, fbm(n, 8, 8, 3, _var(rng)), fbm(n, 96, 96, 1, _var(rng)))
    up = top > 0.01
    h = np.where(up, top, low)
    toasted = np.where(up, a[2] == a[2].max(), b[2] == b[2].max())  # one of each four
    toast = toasted * smooth(h, 0.0, 0.15) * np.clip(0.5 + 0.4 * blotch + 0.4 * (1 - h), 0, 1)
    shadow = 0.55 + 0.45 * smooth(d, 1.0, 1.3)  # cast by the one on top
    shade = np.where(up, 0.75 + 0.25 * np.sqrt(top), (0.6 + 0.3 * np.sqrt(low)) * shadow)
    albedo = _mix((1.0, 1.0, 1.0), (0.55, 0.27, 0.08), toast) * (shade + 0.04 * powder)[..., None]
    height = np.where(up, 0.4 + 0.6 * top, 0.4 * low) + 0.02 * powder
    return Maps(albedo.astype(F32), height, 1.15 - 0.2 * toast, 1.0, bump=0.06)


def walnut_shells(n: int, rng: np.random.Generator) -> Maps:
    """Walnut shells heaped together: round halves, each domed, with a raised pale seam ridge
    along its length and deep brain-like wrinkled furrows winding over it; those beneath in
    shadow."""
    v = _var(rng)
    wr, fine = pick(rng, fbm(n, 4, 4, 4, v), fbm(n, 6, 6, 3, v))
    shells = []
    for u, w, rand, seam in _layers(n, rng):
        r = np.hypot(u / 0.55, w / (0.48 - 0.04 * u))  # nearly round, a little narrower at its tip
        dome = np.sqrt(np.clip(1 - r * r, 0, 1)) * (1 - smooth(r, 0.9, 1.0)) * seam
        ridge_ = (1 - smooth(np.abs(w), 0.01, 0.03)) * smooth(dome, 0.1, 0.4)
        t = u * 6 + 4 * wr  # furrows winding across it from the seam ...
        lobes = (0.5 + 0.5 * np.cos(2 * np.pi * t)) * (
            0.6 + 0.4 * np.cos(2 * np.pi * (fine * 4 + rand))
        )
        wrinkle = lobes**0.35 * smooth(np.abs(w), 0.03, 0.05)  # ... and pinched into lobes
        shells.append((dome, wrinkle, ridge_))
    (top, wrinkle, ridge_), (low, wrinkle2, ridge2) = shells
    up = top > 0.02
    dome = np.where(up, top, low)
    relief = np.where(up, np.maximum(wrinkle, ridge_), np.maximum(wrinkle2, ridge2))
    ridge_ = np.where(up, ridge_, ridge2)
    shade = (0.12 + 0.88 * relief) * (0.55 + 0.45 * dome) * smooth(dome, 0.0, 0.15)
    shade = np.where(up, shade, 0.45 * shade) + 0.1 * (dome <= 0)
    carved = (0.3 * relief + 0.2 * ridge_) * smooth(dome, 0, 0.2)
    height = np.where(up, 0.4 + 0.4 * top, 0.4 * low) + carved
    return Maps(_tint(shade.astype(F32), (1, 1, 1)), height.astype(F32), 1.0, 1.0, bump=0.08)


def citrus_peel(n: int, rng: np.random.Generator) -> Maps:
    """Orange or lemon peel: glossy skin packed with small dimpled pores (the oil glands) over
    gentle bumps, in strips peeled round the fruit, each strip's edge curling up to show the
    pale matte pith, the strip under it in shadow."""
    v = _var(rng)
    p = cells(n, 16, v)
    f1, prand, bumps, warp, curl_n = pick(rng, p.f1, p.rand, fbm(n, 6, 6, 3, v),
                                          fbm(n, 3, 2, 3, v), fbm(n, 4, 1, 2, v), flip=False)  # fmt: skip
    pore = 1 - smooth(f1, 0.0, 0.3 + 0.15 * prand)
    _, y = _xy(n)
    e = _frac(y * int(rng.integers(1, 3)) + 0.25 * warp)  # 0 at a strip's edge
    lip = 1 - smooth(e, 0.03 + 0.05 * curl_n, 0.06 + 0.05 * curl_n)
    under = smooth(e, 0.86, 1.0)
    height = 0.25 * bumps - 0.2 * pore + 0.4 * (1 - e) + 0.5 * lip
    shade = (0.8 + 0.1 * bumps - 0.15 * pore) * (1 - 0.6 * under) * (1 - lip) + lip
    rough = 0.5 + 0.5 * pore + 1.6 * lip
    return Maps(_tint(np.clip(shade, 0, 1).astype(F32), (1, 1, 1)), height.astype(F32), rough, 1.0,
                bump=0.04)  # fmt: skip


def broad_leaves(n: int, rng: np.random.Generator) -> Maps:
    """Broad leaves (lettuce, cabbage, banana): a few big glossy leaves lying over each other,
    each with a thick pale midrib, pale side veins curving out to a wavy edge, fine parallel
    veins and crinkled puckers between them; the leaves beneath in shadow."""
    v = _var(rng)
    crinkle, fine = pick(rng, fbm(n, 6, 6, 3, v), fbm(n, 48, 48, 1, v))
    x, y = _xy(n)
    height = np.zeros((n, n), F32)
    shade = 0.5 + 0.05 * np.cos(2 * np.pi * (x + y) * 24)  # (a leaf in shadow beneath)
    for i in range(3):  # the later leaves lie on top
        cx, cy, ph, a = (float(k) for k in rng.uniform(0, 1, 4) * [1, 1, 1, 2 * np.pi])
        dx, dy = _frac(x - cx + 0.5) - 0.5, _frac(y - cy + 0.5) - 0.5
        u = (np.cos(a) * dx + np.sin(a) * dy) / 0.49  # -1 at the stalk, 1 at the tip
        w = -np.sin(a) * dx + np.cos(a) * dy
        wave = 1 + 0.1 * np.sin(2 * np.pi * (u * 3 + ph)) * np.abs(np.sin(2 * np.pi * u * 1.5))
        half = 0.4 * np.clip(1 - u * u, 0, 1) ** 0.5 * wave
        s = np.abs(w) / np.maximum(half, 1e-3)  # 0 on the midrib, 1 at the edge
        top = (s < 1) & (np.abs(u) < 1)
        rib = 1 - smooth(np.abs(w), 0.015 + 0.015 * (1 - u), 0.025 + 0.018 * (1 - u))
        vt = _frac(u * 3.5 - 0.9 * s**1.5 + ph)  # side veins curving out towards the tip
        vein = (1 - smooth(np.abs(vt - 0.5) * 2, 0.0, 0.1)) * smooth(1 - s, 0, 0.15)
        fine_v = 0.5 + 0.5 * np.cos(2 * np.pi * (u * 36 - 4 * s**0.6))
        pucker = np.sin(np.pi * vt) * (0.3 + 1.2 * crinkle) * smooth(np.abs(w), 0.03, 0.08)
        rim = 1 - smooth(1 - s, 0.0, 0.1)
        h = 0.5 + 0.25 * (1 - s * s) + 0.3 * pucker + 0.35 * rib - 0.1 * vein + 0.3 * i
        sh = 0.62 + 0.08 * pucker + 0.4 * rib + 0.25 * vein + 0.05 * fine_v - 0.15 * rim
        shade = np.where(top, sh, shade * (0.6 + 0.4 * smooth(s, 1.0, 1.25)))  # a soft shadow
        height = np.where(top, h, height)
    albedo = _tint(np.clip(shade + 0.03 * fine, 0, 1).astype(F32), (1, 1, 1))
    return Maps(albedo, height.astype(F32), 0.7 + 0.3 * (1 - shade), 1.0, bump=0.05)


PANTRY: dict[str, Callable[[int, np.random.Generator], Maps]] = {
    "marshmallow": marshmallow,
    "walnut shells": walnut_shells,
    "citrus peel": citrus_peel,
    "broad leaves": broad_leaves,
}
