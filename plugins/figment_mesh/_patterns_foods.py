"""Procedural texture patterns of foods: waffle, pizza, cookie, popcorn, bacon, gingerbread, blue
cheese and salami.

Each is a pattern as in ``_patterns`` (a size and a seeded generator to ``Maps``), built from
``_noise``'s periodic fields so that it tiles.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ._noise import cells, fbm, pick, ridge, smooth
from ._patterns import F32, Maps, _at_half, _mix, _tiles, _tint, _var, _xy

__all__ = ["FOODS"]


def waffle(n: int, rng: np.random.Generator) -> Maps:
    """Waffle: a regular grid of deep square pockets in golden batter, shadowed inside, between
    them crisp raised ridges browned here and there on top."""
    v = _var(rng)
    (batter,) = pick(rng, fbm(n, 6, 6, 4, v))
    k = int(rng.choice([3, 4]))  # pockets across a tile
    lx, ly, _, _ = _tiles(n, k)
    d = (lx**4 + ly**4) ** 0.25  # a rounded square: 0 at a pocket's middle, ~0.5 on the ridge
    wall = smooth(d, 0.36, 0.43)  # 0 on the pocket's floor, 1 on the ridge
    crease = smooth(d, 0.29, 0.37) * (1 - wall)  # where the floor meets the wall
    height = wall + 0.05 * batter - 0.1 * crease
    shade = 0.6 + 0.4 * wall - 0.2 * crease + 0.1 * (batter - 0.5)
    brown = wall * smooth(batter, 0.3, 0.9)  # toasted on the ridges
    albedo = _mix(_tint(shade, (1, 1, 1)), (0.7, 0.48, 0.32), 0.7 * brown)
    return Maps(albedo, height, 1.0 + 0.2 * (1 - wall) - 0.2 * wall, 1.0, bump=0.09)


def _heap(n: int, x: np.ndarray, y: np.ndarray, r: np.ndarray, z: np.ndarray,
          lift: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """Round things at (x, y) (in tiles) of radius r, each lying over those of lower z, the tile
    wrapping round: at every point the top one's surface (z + lift × its dome; -1 where none),
    its dome (0 at its edge, 1 at its middle) and its number (-1 where none)."""
    span = np.arange(-int(float(r.max()) * n) - 2, int(float(r.max()) * n) + 3)
    ix, iy = np.floor(x * n)[:, None] + span, np.floor(y * n)[:, None] + span
    d2 = (ix + 0.5 - x[:, None] * n)[:, None, :] ** 2 + (iy + 0.5 - y[:, None] * n)[:, :, None] ** 2
    d2 = d2 / np.maximum(r * n, 1e-3)[:, None, None] ** 2
    cap = np.sqrt(np.clip(1 - d2, 0, 1)).ravel()
    top = np.where(d2.ravel() < 1, np.repeat(z, span.size**2) + lift * cap, -1.0)
    at = ((iy.astype(np.int64) % n)[:, :, None] * n + (ix.astype(np.int64) % n)[:, None, :]).ravel()
    surface = np.full(n * n, -1.0)
    np.maximum.at(surface, at, top)
    win = (top >= surface[at]) & (top > -1)
    dome, which = np.zeros(n * n), np.full(n * n, -1)
    dome[at[win]] = cap[win]
    which[at[win]] = np.repeat(np.arange(len(x)), span.size**2)[win]
    return surface.reshape(n, n), dome.reshape(n, n).astype(F32), which.reshape(n, n)


def pizza(n: int, rng: np.random.Generator) -> Maps:
    """Pizza: red tomato sauce under patches of melted pale cheese with browned blisters,
    round slices of pepperoni lying on it, one over another (darker red, specked with fat, a
    crisp dark rim), and a few green flecks of herbs."""
    v = _var(rng)
    b, h = cells(n, 8, v + 1), cells(n, 16, v)
    bf1, brand, hf1, hrand, hdx = (
        a.astype(F32) for a in pick(rng, b.f1, b.rand, h.f1, h.rand, h.dx)
    )
    (melt,) = pick(rng, fbm(n, 5, 5, 4, v))
    count = int(rng.integers(6, 9))
    x, y, z = rng.uniform(0, 1, (3, count))
    r = rng.uniform(0.09, 0.12, count)
    _, dome, which = _heap(n, x, y, r, z, 0.2)
    _, halo, _ = _heap(n, x, y, r * 1.3, z, 0.2)
    slice_ = (which >= 0).astype(F32)
    grease = smooth(halo, 0.0, 0.5) * (1 - slice_)  # orange grease round each slice
    rim = smooth(np.sqrt(1 - dome**2), 0.78, 0.95) * slice_
    cheese = smooth(melt, 0.37, 0.42)
    blister = (1 - smooth(bf1 - 0.3 * (melt - 0.5), 0.1, 0.3)) * (brand > 0.45) * cheese
    fat = (1 - smooth(hf1, 0.1, 0.15)) * (hrand < 0.5) * slice_ * (1 - rim)
    herb = (1 - smooth(hf1 + 0.5 * np.abs(hdx), 0.2, 0.24)) * (hrand > 0.85) * (1 - slice_)
    albedo = _mix((0.55, 0.05, 0.012), (0.95, 0.8, 0.4), cheese * (0.85 + 0.15 * melt))
    albedo = _mix(albedo, (0.45, 0.18, 0.04), 0.9 * blister)
    albedo = _mix(albedo, (0.8, 0.3, 0.04), 0.6 * grease * cheese)
    albedo = _mix(albedo, _tint(0.8 + 0.4 * melt, (0.2, 0.012, 0.012)), slice_)
    albedo = _mix(albedo, (0.07, 0.012, 0.008), 0.8 * rim)
    albedo = _mix(albedo, (0.7, 0.35, 0.28), 0.8 * fat)
    albedo = _mix(albedo, (0.03, 0.2, 0.015), herb)
    height = 0.35 * cheese + 0.15 * melt + slice_ * (0.6 + 0.25 * rim) + 0.1 * blister
    return Maps(albedo, height, 1.0 - 0.4 * slice_ - 0.25 * cheese, 1.0, bump=0.05)


def cookie(n: int, rng: np.random.Generator) -> Maps:
    """Chocolate chip cookie: crumbly golden dough in knobbly lumps, split by a few deep cracks,
    with chunks of dark chocolate of many sizes pressed into it here and there (dark under any
    colour of dough), each catching the light on one face."""
    v = _var(rng)
    c = cells(n, 4, v)
    edge, crumb, lump, wob, chunky = (a.astype(F32) for a in pick(
        rng, c.f2 - c.f1, fbm(n, 64, 64, 2, v), fbm(n, 6, 6, 4, v), fbm(n, 16, 16, 2, v),
        fbm(n, 40, 40, 2, v + 1)))  # fmt: skip
    knob = np.abs(2 * lump - 1)  # domes of dough with creases between them
    crack = (1 - smooth(edge + 0.08 * crumb, 0.0, 0.05 + 0.12 * wob)) * smooth(lump, 0.5, 0.6)
    count = int(rng.integers(6, 10))
    x, y, z = rng.uniform(0, 1, (3, count))
    _, dome, which = _heap(n, x, y, rng.uniform(0.04, 0.09, count), z, 0.2)
    chip = smooth(1 - np.sqrt(1 - dome**2) + 0.7 * (chunky - 0.5), 0.2, 0.26) * (which >= 0)
    facet = smooth(np.roll(dome, (2, 2), (0, 1)) - dome, 0.0, 0.15)  # the face towards the light
    grain = smooth(crumb, 0.5, 0.8) - 0.7 * smooth(crumb, 0.3, 0.1)
    dough = (0.7 + 0.2 * smooth(knob, 0.0, 0.5) + 0.2 * grain) * (1 - 0.65 * crack)
    shade = dough * (1 - chip) + chip * (0.04 + 0.16 * facet + 0.03 * crumb)
    height = 0.6 * knob + 0.25 * grain - 0.9 * crack + chip * (0.4 + 0.4 * dome)
    return Maps(_tint(shade, (1, 1, 1)), height, 1.0 - 0.35 * chip, 1.0, bump=0.09)


def popcorn(n: int, rng: np.random.Generator) -> Maps:
    """Popcorn: a heap of popped kernels, each a cream-white cluster of round puffs lying over
    the ones below, deep shadow in the gaps between them, some with a small yellow-brown bit of
    hull."""
    (knob,) = pick(rng, fbm(n, 32, 32, 2, _var(rng)))
    kernels, lobes = 64, 6  # to a tile; the last lobe of a kernel is its bit of hull
    cx, cy, z = (rng.uniform(0, 1, (kernels, 1)) for _ in range(3))
    big = rng.uniform(0.08, 0.11, (kernels, 1))
    a = rng.uniform(0, 2 * np.pi, (kernels, lobes))
    hull = np.arange(lobes) == lobes - 1
    off = big * np.where(hull, 0.85, 0.6)
    r = big * np.where(hull, 0.25 * (z > 0.75), rng.uniform(0.55, 0.8, (kernels, lobes)))
    r = np.where(rng.uniform(0, 1, (kernels, lobes)) < 0.25, 0.0, r)  # fewer lobes on some
    height, dome, which = _heap(n, (cx + off * np.cos(a)).ravel(), (cy + off * np.sin(a)).ravel(),
                                r.ravel(), (z + 0.2 * hull).ravel(), 0.6)  # fmt: skip
    bit = np.tile(hull, kernels)[which] * (which >= 0)
    body = smooth(height, 0.0, 0.15)
    lit = (0.35 + 0.65 * dome) * (0.6 + 0.4 * height / 1.4) * (0.9 + 0.1 * knob)
    albedo = _mix(_tint(0.06 + 0.94 * body * lit, (1, 1, 1)), (0.65, 0.42, 0.14), 0.9 * bit)
    return Maps(albedo, np.maximum(height, 0) + 0.05 * knob, 1.0 + 0.3 * (1 - body) - 0.3 * bit,
                1.0, bump=0.08)  # fmt: skip


def bacon(n: int, rng: np.random.Generator) -> Maps:
    """Raw streaky bacon: rashers side by side, each wavy strips of pink-red meat between
    streaks of white fat, a thin dark seam between rashers, rippled and glistening."""
    v = _var(rng)
    warp, wide, fibre, bumps = pick(
        rng,
        fbm(n, 3, 2, 3, v),
        fbm(n, 4, 2, 3, v + 1),
        fbm(n, 4, 96, 2, v),
        fbm(n, 4, 3, 2, v),
        flip=False,
    )
    k = 2  # rashers to a tile
    x, y = _xy(n)
    t = (y * k + 0.4 * warp) % 1.0  # across a rasher, 0 to 1

    def streak(at: float, w: np.ndarray) -> np.ndarray:
        return 1 - smooth(np.abs(t - at), w, w + 0.04)

    fat = np.maximum(streak(0.15, 0.04 + 0.07 * wide), streak(0.6, 0.035 * (1 - wide) - 0.005))
    seam = 1 - smooth(np.minimum(t, 1 - t), 0.0, 0.02)
    meat = _mix((0.42, 0.025, 0.03), (0.68, 0.11, 0.1), fibre * (0.4 + 0.6 * bumps))
    albedo = _mix(meat, (0.9, 0.72, 0.64), fat * (0.85 + 0.15 * fibre))
    albedo = _mix(albedo, (0.12, 0.01, 0.015), 0.85 * seam)
    ripple = 0.5 + 0.5 * np.sin(2 * np.pi * (int(rng.integers(3, 5)) * x + 0.5 * bumps))
    height = 0.35 * ripple + 0.3 * fat + 0.1 * fibre - 0.8 * seam
    return Maps(albedo, height, 0.7 - 0.2 * fat + 0.5 * seam, 1.0, bump=0.04)


def gingerbread(n: int, rng: np.random.Generator) -> Maps:
    """Gingerbread: dark spiced biscuit, matte and finely crumbed, piped with raised white
    royal icing: a scalloped line and a row of dots across it, a zigzag between."""
    v = _var(rng)
    crumb, slow = pick(rng, fbm(n, 48, 48, 2, v), fbm(n, 4, 4, 3, v))
    x, y = _xy(n)
    k = int(rng.choice([3, 4]))  # scallops across a tile
    y0 = rng.uniform(0, 1)
    band = (y - y0) % 1.0
    scallop = np.abs(band - 0.2 - 0.07 * np.abs(np.sin(np.pi * k * x)))
    zigzag = np.abs(band - 0.62 - 0.05 * (2 * np.abs((2 * k * x) % 2 - 1) - 1))
    dots = np.hypot(((x * 2 * k) % 1 - 0.5) / (2 * k), band - 0.42)
    icing = np.maximum.reduce([
        1 - smooth(scallop, 0.008, 0.016), 1 - smooth(zigzag, 0.006, 0.013),
        1 - smooth(dots, 0.014, 0.022),
    ])  # fmt: skip
    dough = _mix((0.42, 0.2, 0.08), (0.56, 0.3, 0.12), np.clip(0.6 * slow + 0.4 * crumb, 0, 1))
    albedo = _mix(dough, (0.97, 0.95, 0.9), icing)
    height = 0.15 * crumb + 0.9 * icing
    return Maps(albedo, height, 1.1 - 0.5 * icing, 1.0, bump=0.05)


def blue_cheese(n: int, rng: np.random.Generator) -> Maps:
    """Blue cheese: a crumbly cream-ivory paste with veins of blue-green mould branching through
    it, each a dark line in a spray of mould specks, and crumbly holes and cracks, the ones on
    a vein filled with mould, the rest shadowed pits."""
    v = _var(rng)
    c, k, s = cells(n, 8, v), cells(n, 16, v), cells(n, 32, v + 1)
    big, thin, crumb, lump, cf1, crand, edge, sf1, srand = (a.astype(F32) for a in pick(
        rng, fbm(n, 2, 2, 4, v), fbm(n, 4, 4, 4, v + 1), fbm(n, 24, 24, 2, v),
        fbm(n, 8, 8, 3, v + 1), c.f1, c.rand, k.f2 - k.f1, s.f1, s.rand))  # fmt: skip
    a, b = ridge(big), ridge(thin)
    near = smooth(np.maximum(a**4, 0.9 * b**7), 0.15, 0.75)  # 1 along a vein, 0 in the paste
    core = smooth(np.maximum(a**14, b**22), 0.4, 0.7)
    size = (0.5 * near + 0.15 * srand) * (srand < 0.85)  # specks, bigger and denser near veins
    spot = 1 - smooth(sf1 + 0.25 * (crumb - 0.5), size - 0.08, size)
    mould = np.maximum(spot, core)
    hole = (1 - smooth(cf1 + 0.4 * (lump - 0.5), 0.14, 0.2)) * (crand > 0.5)
    crack = (1 - smooth(edge + 0.1 * crumb, 0.0, 0.08)) * smooth(lump, 0.5, 0.6)
    pit = np.maximum(hole, crack)
    paste = _mix((0.92, 0.83, 0.58), (0.74, 0.64, 0.4), smooth(crumb * lump, 0.1, 0.6))
    blue = _mix((0.2, 0.3, 0.34), (0.03, 0.06, 0.08), np.clip(core + 0.5 * near, 0, 1))
    albedo = _mix(paste, blue, mould)
    inside = np.maximum(near, (crand > 0.7).astype(F32))  # most holes blue with mould inside
    albedo = _mix(albedo, _mix((0.12, 0.09, 0.05), (0.02, 0.06, 0.07), inside), 0.9 * pit)
    height = 0.3 * crumb + 0.3 * lump - 0.15 * mould - 0.8 * pit
    return Maps(albedo, height, 1.3 + 0.1 * mould - 0.3 * pit, 1.0, bump=0.12)


def salami(n: int, rng: np.random.Generator) -> Maps:
    """Salami: big round slices lying over each other like fallen coins, deep red meat speckled
    with white fat and a few black peppercorns, each with a thin dark skin round its rim and
    shadow where one lies on another."""
    v = _var(rng)
    f = cells(n, 16, v)
    fat_f1, fat_rand, meat, wob = (a.astype(F32) for a in pick(
        rng, f.f1, f.rand, fbm(n, 12, 12, 3, v), fbm(n, 48, 48, 2, v)))  # fmt: skip
    g = (np.arange(4) + rng.uniform(0.25, 0.75, 4)) / 2  # a jittered 2 × 2 grid, four more
    x = np.append(g % 1.0, rng.uniform(0, 1, 4))
    y = np.append((np.floor(g) + rng.uniform(0.25, 0.75, 4)) / 2, rng.uniform(0, 1, 4))
    surface, dome, which = _heap(n, x, y, rng.uniform(0.25, 0.29, 8), rng.permutation(8) / 8, 0.05)
    on = which >= 0
    # each slice its own piece of the sausage: the fat and the meat shifted by a seeded offset
    shift = rng.integers(0, n, (2, 9))[:, which]
    iy, ix = np.indices((n, n))
    at = ((iy + shift[0]) % n, (ix + shift[1]) % n)
    d, bit = fat_f1[at] + 0.25 * wob[at], fat_rand[at]  # bits of fat of many sizes
    fleck = (1 - smooth(d, 0.22 + 0.2 * bit, 0.28 + 0.2 * bit)) * (bit > 0.25)
    pepper = (1 - smooth(d, 0.2, 0.26)) * (bit < 0.06)
    rim = smooth(np.sqrt(1 - dome**2), 0.86, 0.93) * on
    shade = np.roll(surface, (2, 2), (0, 1)) > surface + 0.01  # under an upper slice's edge
    albedo = _mix((0.11, 0.008, 0.012), (0.24, 0.02, 0.025), meat[at])
    albedo = _mix(albedo, (0.72, 0.5, 0.45), fleck * (1 - rim))
    albedo = _mix(albedo, (0.02, 0.015, 0.012), pepper * (1 - rim))
    albedo = _mix(albedo, (0.035, 0.012, 0.01), rim)
    albedo = albedo * (1 - 0.4 * shade)[..., None]
    albedo = np.where(on[..., None], albedo, np.asarray((0.03, 0.01, 0.008), F32))
    height = np.where(on, 0.3 + 0.5 * surface, 0) + 0.05 * fleck - 0.05 * rim
    return Maps(albedo.astype(F32), height.astype(F32), 0.8 - 0.3 * fleck + 0.5 * rim, 1.0,
                bump=0.04)  # fmt: skip


def pancakes(n: int, rng: np.random.Generator) -> Maps:
    """Stacked pancakes: a pile of thick golden discs seen from the side, each a soft spongy
    band browned along its top and bottom, rounded at its edge, a dark seam between them, a
    little uneven, with a glossy run of syrup here and there."""
    v = _var(rng)
    wave, sponge, run = pick(rng, fbm(n, 3, 1, 2, v), fbm(n, 48, 24, 2, v), fbm(n, 6, 2, 3, v))
    _, y = _xy(n)
    k = int(rng.choice([2, 3]))  # pancakes to a tile (at five they read as planks)
    band = y * k + 0.25 * (wave - 0.5)
    t = band % 1.0  # 0 at a pancake's bottom, 1 at its top
    round_ = np.sqrt(np.clip(np.sin(np.pi * np.clip((t - 0.06) / 0.88, 0, 1)), 0, 1))  # its edge
    browned = 1 - smooth(np.minimum(t, 1 - t), 0.08, 0.26)  # toasted top and bottom
    seam = 1 - smooth(np.minimum(t, 1 - t), 0.0, 0.06)
    shade = (0.8 + 0.2 * sponge) * (1 - 0.45 * browned) * (1 - 0.8 * seam)
    albedo = _tint(np.clip(shade, 0, 1).astype(F32), (1, 1, 1))
    syrup = smooth(run, 0.68, 0.74) * (1 - seam)  # runs of syrup down the side
    albedo = _mix(albedo, (0.42, 0.16, 0.03), 0.8 * syrup)
    height = round_ + 0.08 * sponge + 0.1 * syrup
    return Maps(albedo, height, 1.0 - 0.6 * syrup, 1.0, bump=0.06)


FOODS: dict[str, Callable[[int, np.random.Generator], Maps]] = {
    "waffle": waffle, "pizza": pizza, "cookie": cookie, "popcorn": _at_half(popcorn),
    "bacon": bacon, "gingerbread": gingerbread,
    "blue cheese": blue_cheese,
    "salami": salami, "pancakes": pancakes,
}  # fmt: skip
"""The patterns of these foods, by material."""
