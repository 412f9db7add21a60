"""Procedural texture patterns of fruit: cut watermelon, citrus slices, pumpkin and cactus skin."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ._noise import cells, fbm, pick, smooth, stripes
from ._patterns import F32, Maps, _mix, _tint, _var, _xy


def watermelon(n: int, rng: np.random.Generator) -> Maps:
    """Cut watermelon: juicy red flesh, grainy and streaked, strewn with black teardrop seeds,
    and across each tile the curved band of its rind: pale green-white, then dark green skin."""
    v = _var(rng)
    c = cells(n, 8, v)
    dx, dy, rand, juice, grain, bend = pick(
        rng, c.dx, c.dy, c.rand, fbm(n, 4, 4, 4, v), fbm(n, 48, 48, 2, v), fbm(n, 2, 1, 2, v)
    )
    dx, dy, rand = dx.astype(F32), dy.astype(F32), rand.astype(F32)
    x, y = _xy(n)
    # the rind: a band arching across the tile like the bottom of two slices side by side
    arc = 0.12 * (1 - np.abs(np.sin(2 * np.pi * (x + 0.1 * bend)))) + 0.04 * bend
    d = (y - arc + rng.uniform(0, 1)) % 1.0  # 0 at the skin, rising into the flesh
    skin = 1 - smooth(d, 0.035, 0.045)
    rind = 1 - smooth(d, 0.1, 0.16)  # the pale green-white layer (and the skin under it)
    # seeds: a teardrop in half the cells, turned a little, none in the rind
    a = 2.4 * (rand - 0.5)
    u = (dx * np.cos(a) + dy * np.sin(a)) / 0.4
    w = (-dx * np.sin(a) + dy * np.cos(a)) / 0.4
    drop = np.hypot(u, w / np.clip(0.3 + 0.25 * u, 0.05, 1.0))
    seed = (1 - smooth(drop, 0.8, 1.0)) * (rand < 0.5) * smooth(d, 0.25, 0.3) * (d < 0.95)
    flesh = _mix((0.92, 0.07, 0.1), (0.62, 0.03, 0.06), juice * 0.8 + 0.4 * grain - 0.2)
    flesh = _mix(flesh, (0.85, 0.55, 0.45), 1 - smooth(d, 0.16, 0.26))  # paler near the rind
    albedo = _mix(flesh, (0.72, 0.86, 0.5), rind)
    albedo = _mix(albedo, (0.03, 0.16, 0.03), skin)
    albedo = _mix(albedo, (0.02, 0.015, 0.015), seed)
    height = 0.6 + 0.06 * grain + 0.06 * juice - 0.4 * skin + 0.2 * rind * (1 - skin) + 0.3 * seed
    return Maps(albedo, height, 0.9 + 0.3 * grain - 0.4 * seed + 0.3 * rind, 1.0, bump=0.04)


def citrus(n: int, rng: np.random.Generator) -> Maps:
    """Citrus slices laid side by side in staggered rows: each a round slice with a coloured rind
    ring, a pale pith ring and juicy segments radiating from a pale centre between pale
    membranes; dark gaps between the slices. Greyscale: the fruit's colour is the base colour."""
    v = _var(rng)
    (pulp,) = pick(rng, fbm(n, 64, 4, 2, v))  # juice sacs, sampled round each slice
    x, y = _xy(n)
    x, y = (x + rng.uniform(0, 1)) % 1.0, (y + rng.uniform(0, 1)) % 1.0
    gy = y * 2
    row = np.floor(gy)
    gx = x * 2 + 0.5 * (row % 2)  # two rows of two, the second shifted half a slice
    px, py = gx % 1.0 - 0.5, gy - row - 0.5
    cell = (row * 2 + np.floor(gx) % 2).astype(np.int64)
    r = np.hypot(px, py) / rng.uniform(0.46, 0.5, 4).astype(F32)[cell]
    k = rng.integers(8, 11, 4)[cell]
    turn = (np.arctan2(py, px) / (2 * np.pi) + rng.uniform(0, 1, 4)[cell]) % 1.0
    part = (turn * k) % 1.0
    sacs = pulp[(r * n * 0.4).astype(np.int64) % n, (turn * n).astype(np.int64) % n]
    membrane = 1 - smooth(np.abs(part - 0.5) * 2 * np.pi / k * r, 0.045, 0.08)
    core = 1 - smooth(r, 0.1, 0.15)
    pith = smooth(r, 0.74, 0.78) * (1 - smooth(r, 0.85, 0.87))
    rind = smooth(r, 0.85, 0.87)
    outside = smooth(r, 0.98, 1.0)
    # (the texture stops at 1, the base colour itself: the pale parts are 1, the rest darker)
    flesh = 0.45 + 0.28 * np.sin(np.pi * part) ** 0.5 + 0.16 * (sacs - 0.5)
    pale = np.clip(membrane * (r < 0.78) + core + pith, 0, 1)
    shade = flesh + (1 - flesh) * pale
    shade = np.where(rind > 0, 0.75 - 0.15 * rind, shade) * (1 - outside) + 0.12 * outside
    height = (1 - outside) * (0.7 + 0.12 * sacs * (1 - pale) - 0.1 * membrane + 0.15 * rind)
    rough = 0.55 + 0.6 * pale + 0.9 * outside + 0.2 * (1 - sacs)
    albedo = _tint(shade.astype(F32), (1, 1, 1))
    return Maps(albedo, height.astype(F32), rough.astype(F32), 1.0, bump=0.04)


def pumpkin(n: int, rng: np.random.Generator) -> Maps:
    """Pumpkin skin: broad rounded lobes running along the length between deep dark creases,
    smooth and faintly waxy, with faint mottling, fine streaks along the lobes and small pale
    speckles."""
    v = _var(rng)
    s = cells(n, 16, v)
    warp, mottle, streak, sf1, srand = pick(rng, fbm(n, 1, 2, 2, v), fbm(n, 4, 6, 4, v),
                                            fbm(n, 40, 3, 2, v), s.f1, s.rand, flip=False)  # fmt: skip
    ribs = int(rng.choice([2, 3]))
    lobe = np.sqrt(stripes(n, ribs, warp, 0.06))  # 1 on a lobe's crown, 0 in the crease (a V)
    crease = 1 - smooth(lobe, 0.0, 0.25)
    speck = (1 - smooth(sf1, 0.06, 0.11)) * (srand > 0.6) * (1 - crease)
    shade = 0.45 + 0.42 * lobe**1.2 + 0.14 * (mottle - 0.5) + 0.04 * streak - 0.25 * crease
    shade = shade + (1 - shade) * speck  # (the texture stops at 1: the base colour itself)
    rough = 0.7 + 0.6 * crease + 0.3 * mottle + 0.4 * speck
    height = lobe**0.6 + 0.03 * streak
    return Maps(_tint(shade.astype(F32), (1, 1, 1)), height, rough, 1.0, bump=0.08)


def cactus(n: int, rng: np.random.Generator) -> Maps:
    """Cactus skin: rounded green ribs running along the length between dark creases, waxy,
    and along each rib's crest a row of areoles: pale woolly dots, each a star of thin
    white-yellow spines radiating from it. Its colours are in the texture (the base is pale)."""
    v = _var(rng)
    warp, mottle, streak, wool = pick(rng, fbm(n, 1, 1, 2, v), fbm(n, 4, 6, 4, v),
                                      fbm(n, 40, 3, 2, v), fbm(n, 64, 64, 1, v), flip=False)  # fmt: skip
    k, m = 4, int(rng.choice([3, 4]))  # ribs and areoles along each, a tile
    x, y = _xy(n)
    t = k * x + 0.25 * (warp - 0.5)
    rib = np.floor(t).astype(np.int64) % k
    u = t % 1.0 - 0.5  # across the rib: 0 on its crest
    lobe = np.cos(np.pi * u) ** 0.8  # 1 on the crest, 0 in the crease
    w = (y * m + rng.uniform(0, 1, k)[rib]) % 1.0 - 0.5  # along the rib: 0 at an areole
    dx, dy = u / k, w / m  # from the nearest areole, in tiles
    r = np.hypot(dx, dy)
    areole = 1 - smooth(r / (0.022 + 0.008 * wool), 0.8, 1.0)
    # spines: thin rays of seeded lengths, a star of 7 to 9 from each areole
    ang = np.arctan2(dy, dx) / (2 * np.pi) + rng.uniform(0, 1, k)[rib]
    rays = rng.integers(7, 10, k)[rib]
    ray = np.round(ang * rays)
    length = 0.05 + 0.05 * ((ray * 0.618 + rib * 0.31) % 1.0)
    off = np.abs(ang * rays - ray) * 2 * np.pi / rays * r  # distance from the ray's line
    spine = (1 - smooth(off, 0.0015, 0.004)) * (1 - smooth(r / length, 0.6, 1.0)) * (r > 0.015)
    crease = 1 - smooth(lobe, 0.0, 0.45)
    shade = (0.5 + 0.5 * lobe) * (0.85 + 0.25 * mottle + 0.08 * streak) - 0.3 * crease
    albedo = _tint(shade.astype(F32), (0.075, 0.21, 0.075))
    albedo = _mix(albedo, _tint(0.85 + 0.15 * wool, (0.78, 0.76, 0.62)), areole)
    albedo = _mix(albedo, (1.0, 0.95, 0.62), spine)
    height = lobe**0.6 + 0.03 * streak + 0.25 * areole + 0.15 * spine
    rough = 0.6 + 0.6 * crease + 0.2 * mottle + 1.0 * np.maximum(areole, spine)
    return Maps(albedo, height.astype(F32), rough, 1.0, bump=0.08)


FRUIT: dict[str, Callable[[int, np.random.Generator], Maps]] = {
    "watermelon": watermelon,
    "citrus": citrus,
    "pumpkin": pumpkin,
    "cactus": cactus,
}
