"""Procedural texture patterns of granite, jade, sea glass and soap.

Each is a pattern as in ``_patterns`` (a size and a seeded generator to ``Maps``), built from
``_noise``'s periodic fields so that it tiles.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ._noise import cells, fbm, pick, ridge, smooth, stripes
from ._patterns import F32, Maps, Rgb, _mix, _palette, _tint, _var

__all__ = ["STONES"]

_FELDSPAR: list[Rgb] = [
    (1.0, 1.0, 0.98), (0.93, 0.92, 0.9), (0.85, 0.84, 0.83),  # white feldspar
    (0.5, 0.5, 0.51), (0.64, 0.63, 0.62),  # glassy grey quartz
    (1.0, 0.66, 0.56),  # salmon-pink feldspar
]  # fmt: skip


def granite(n: int, rng: np.random.Generator) -> Maps:
    """Polished granite: a dense salt-and-pepper speckle of angular crystal grains, white and grey
    feldspar and quartz with a few salmon-pink ones, peppered with smaller black mica, each
    grain a flat facet catching the light its own way; no cracks or joints between the grains
    (those read as paving)."""
    v = _var(rng)
    big, small, tiny = cells(n, 16, v), cells(n, 32, 1 - v), cells(n, 64, v)
    b_rand, b_dx, b_dy, s_rand, t_f1, t_rand, fine = pick(
        rng, big.rand, big.dx, big.dy, small.rand, tiny.f1, tiny.rand, fbm(n, 96, 96, 1, v)
    )
    tilt = np.cos(b_rand * 50) * b_dx + np.sin(b_rand * 50) * b_dy  # each grain a facet
    mica = np.maximum(s_rand < 0.2, (t_rand < 0.15) & (t_f1 < 0.45)).astype(F32)
    albedo = _palette(b_rand, _FELDSPAR) * (0.93 + 0.1 * tilt + 0.08 * (fine - 0.5))[..., None]
    albedo = _mix(albedo, (0.06, 0.06, 0.065), mica * (0.9 + 0.1 * fine))
    # the mica glossier: on a near-black granite the grains still glint apart
    return Maps(albedo.astype(F32), 0.5 + 0.3 * tilt - 0.2 * mica, 0.45 + 0.85 * (1 - mica), 1.0,
                bump=0.012)  # fmt: skip


def jade(n: int, rng: np.random.Generator) -> Maps:
    """Polished jade: deep green, glossy and waxy, clouded with broad soft milky patches (as if
    lit from within) over darker deep pools, soft pale veins wandering through and a few dark
    flecks; smooth, with no grain and no sharp veins (those read as marble)."""
    v = _var(rng)
    f = cells(n, 16, v)
    cloud, pool, vein_n, ff1, frand = pick(
        rng, fbm(n, 3, 3, 3, v), fbm(n, 5, 5, 3, 1 - v), fbm(n, 3, 3, 4, v), f.f1, f.rand
    )
    milk = smooth(cloud, 0.4, 0.9)
    deep = 1 - smooth(pool, 0.25, 0.6)
    vein = ridge(vein_n) ** 6
    fleck = (1 - smooth(ff1, 0.04, 0.09)) * (frand > 0.88)
    shade = np.clip(0.5 + 0.4 * milk + 0.2 * vein - 0.18 * deep - 0.35 * fleck, 0, 1)
    albedo = _mix(_tint(shade, (1, 1, 1)), _tint(shade, (1.0, 0.9, 0.95)), 1 - milk)
    return Maps(albedo, 0.3 * cloud + 0.2 * pool, 1.1 - 0.3 * milk + 0.3 * deep, 1.0,
                bump=0.012)  # fmt: skip


def sea_glass(n: int, rng: np.random.Generator) -> Maps:
    """Frosted sea glass: a mosaic of rounded pebble-like shards, big ones and small ones in
    the gaps, set in pale grout; each a flat satin-matte pale glass a little greener, bluer or
    whiter than the next, deeper in its middle and glowing bright along its soft worn rim
    (domed shards in dark gaps read as fish scales)."""
    v = _var(rng)
    big, small = cells(n, 2, v), cells(n, 4, 1 - v)
    bf1, bf2, brand, sf1, sf2, srand, frost = pick(
        rng, big.f1, big.f2, big.rand, small.f1, small.f2, small.rand, fbm(n, 48, 48, 2, v)
    )
    tb, ts = bf1 / np.maximum(bf2, 1e-3), sf1 / np.maximum(sf2, 1e-3)  # 0 mid, 1 at an edge
    on_big = tb < 0.7
    t = np.where(on_big, tb / 0.7, ts / 0.72).astype(F32)
    rand = np.where(on_big, brand, srand).astype(F32)
    shard = 1 - smooth(t, 0.92, 1.0)
    rim = smooth(t, 0.6, 0.95) * shard
    tone = np.stack([0.85 + 0.3 * rand, np.full_like(rand, 1.0), 1.15 - 0.3 * rand], -1)
    pale = smooth(np.cos(rand * 23), 0.5, 0.9)  # some shards whiter with frost
    shade = (0.58 + 0.14 * pale + 0.4 * rim + 0.06 * frost) * shard
    glass = _mix(tone, (1.0, 1.0, 1.0), 0.5 * pale) * shade[..., None]
    albedo = _mix(glass, (0.95, 0.95, 0.93), 1 - shard)
    height = shard * (1 - smooth(t, 0.7, 1.0)) + 0.03 * frost  # flat, bevelled at the rim
    return Maps(albedo.astype(F32), height, 1.2 + 0.4 * rim + 0.3 * (1 - shard), 1.0, bump=0.03)


def soap(n: int, rng: np.random.Generator) -> Maps:
    """A bar of soap: a smooth glossy pastel with a faint swirl through it, and a few patches of
    white lather clinging to it: foam of tiny round bubbles of many sizes, the patch's edge
    breaking up into single bubbles."""
    v = _var(rng)
    small, big = cells(n, 16, v), cells(n, 8, 1 - v)
    patch, warp, sf1, srand, bf1, brand = pick(
        rng, fbm(n, 3, 3, 4, v), fbm(n, 3, 3, 3, v), small.f1, small.rand, big.f1, big.rand
    )
    r = np.full((n, n), 2.0, F32)  # the top bubble's radius: 0 at its middle, 1 at its wall
    for f1, rand, reach in ((bf1, brand, 0.08), (sf1, srand, 0.0)):
        f1, rand = f1.astype(F32), rand.astype(F32)
        rb = f1 / (0.3 + 0.15 * rand)
        r = np.where((r > 1) & (rb < 1) & (patch + 0.3 * (rand - 0.5) > 0.66 - reach), rb, r)
    foam = (r < 1) * (1 - 0.3 * smooth(r, 0.7, 1.0))
    dome = np.sqrt(np.clip(1 - r * r, 0, 1))
    film = smooth(patch, 0.68, 0.74)  # a thin white lather between the bubbles
    swirl = stripes(n, 2, warp, 1.8)
    shade = 0.66 + 0.06 * swirl + np.maximum(0.34 * foam, 0.3 * film)
    height = 0.08 * swirl + 0.3 * np.maximum(foam > 0, film) + 0.5 * dome
    return Maps(_tint(shade, (1, 1, 1)), height, 0.8 + 1.6 * (foam > 0) - 0.6 * dome**8, 1.0,
                bump=0.015)  # fmt: skip


STONES: dict[str, Callable[[int, np.random.Generator], Maps]] = {
    "granite": granite,
    "jade stone": jade,
    "sea glass": sea_glass,
    "soap": soap,
}
