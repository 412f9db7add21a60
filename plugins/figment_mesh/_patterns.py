"""Procedural texture patterns, one per material: what each material shows (its signature).

Each pattern turns a size and a seeded generator into ``Maps``: a base-colour modulation, a height
field (for the normal map and occlusion), roughness and metalness multipliers and, for what glows,
a glow mask. ``_textures`` encodes them. All arrays tile, built from ``_noise``'s periodic fields.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ._noise import VARIANTS, cells, fbm, pick, ridge, smooth, stripes

__all__ = ["PATTERNS", "PIPS", "Maps", "Rgb"]

F32 = np.float32
Rgb = tuple[float, float, float]


@dataclass
class Maps:
    """One material's pattern before encoding: every array is (n, n) or (n, n, 3), float32."""

    albedo: np.ndarray
    height: np.ndarray
    rough: np.ndarray | float = 1.0
    metal: np.ndarray | float = 1.0
    glow: np.ndarray | None = None
    bump: float = 0.02
    """Relief: height units per texture width (the normal map's strength)."""


def _tint(a: np.ndarray, rgb: Rgb) -> np.ndarray:
    return a[..., None] * np.asarray(rgb, F32)


def _mix(a: Rgb | np.ndarray, b: Rgb | np.ndarray, t: np.ndarray) -> np.ndarray:
    a, b = np.asarray(a, F32), np.asarray(b, F32)
    t3 = t[..., None]
    return (a * (1 - t3) + b * t3).astype(F32)


def _palette(rand: np.ndarray, colours: list[Rgb]) -> np.ndarray:
    table = np.asarray(colours, F32)
    return table[np.minimum((rand * len(table)).astype(np.int64), len(table) - 1)]


def _var(rng: np.random.Generator) -> int:
    return int(rng.integers(VARIANTS))


def _xy(n: int) -> tuple[np.ndarray, np.ndarray]:
    x = (np.arange(n, dtype=F32) + 0.5) / n
    return np.meshgrid(x, x)


def wood(n: int, rng: np.random.Generator) -> Maps:
    """Growth rings along the grain (the sweep's length) bent by slow noise, fine pores."""
    v = _var(rng)
    warp, fine = pick(rng, fbm(n, 3, 2, 3, v), fbm(n, 48, 3, 2, v))
    rings = stripes(n, int(rng.integers(4, 8)), warp, 1.2 + rng.uniform(0, 0.8)) ** 4
    t = np.clip(0.65 * rings + 0.45 * fine * fine, 0, 1)
    albedo = _mix((1.0, 0.9, 0.8), (0.45, 0.32, 0.22), t)
    return Maps(albedo, 1 - t, 1 + 0.35 * (0.5 - t), 1.0, bump=0.02)


def bark(n: int, rng: np.random.Generator) -> Maps:
    """Deep vertical furrows between plates of bark."""
    v = _var(rng)
    warp, c = pick(rng, fbm(n, 6, 2, 3, v), fbm(n, 10, 2, 4, v))
    furrow = stripes(n, int(rng.integers(6, 10)), warp, 0.9) ** 3
    t = np.clip(0.7 * furrow + 0.3 * c, 0, 1)
    return Maps(_mix((1.0, 0.95, 0.9), (0.3, 0.25, 0.2), t), 1 - t, 1.1, 1.0, bump=0.08)


def brushed(n: int, rng: np.random.Generator) -> Maps:
    """Brushed metal: fine streaks around the part, slow tarnish and a few dents."""
    v = _var(rng)
    streak, tarnish = pick(rng, fbm(n, 2, 96, 2, v), fbm(n, 4, 4, 4, v))
    tar = smooth(tarnish, 0.5 + rng.uniform(0, 0.15), 0.85)
    # (faint: strong rough blotches read as knots in wood on a dark metal)
    albedo = _mix((1.0, 1.0, 1.0), (0.8, 0.75, 0.66), tar) * (0.88 + 0.12 * streak)[..., None]
    return Maps(albedo, streak * 0.4, 0.7 + 0.6 * streak + 0.35 * tar, 1 - 0.2 * tar, bump=0.004)


def hammered(n: int, rng: np.random.Generator) -> Maps:
    """Hammered iron: overlapping dimples and a dark forge scale between them."""
    v = _var(rng)
    c = cells(n, 9, v)
    f1, scale = pick(rng, c.f1, fbm(n, 8, 8, 4, v))
    dimple = np.clip(f1 / 0.75, 0, 1) ** 2
    dark = smooth(scale, 0.55, 0.8)
    albedo = _tint(0.75 + 0.25 * (1 - dimple), (1, 1, 1)) * (1 - 0.5 * dark)[..., None]
    return Maps(albedo, dimple, 0.8 + 0.5 * dark, 1 - 0.5 * dark, bump=0.05)


def clockwork(n: int, rng: np.random.Generator) -> Maps:
    """Engraved gear wheels (teeth, spokes, an axle each) on brushed brass."""
    v = _var(rng)
    c = cells(n, 3, v)
    f1, dx, dy, rand, streak = pick(rng, c.f1, c.dx, c.dy, c.rand, fbm(n, 2, 96, 2, v))
    ang = np.arctan2(dy, dx)
    teeth = 8 + np.floor(rand * 9)
    outer = 0.42 + 0.05 * (np.sin(ang * teeth) > 0)
    gear = (f1 < outer).astype(F32)
    spokes = ((np.abs(np.sin(ang * 2.5 + rand * 6)) < 0.25) | (f1 < 0.12) | (f1 > 0.3)) & (
        f1 > 0.05
    )
    plate = gear * spokes
    rim = 1 - smooth(np.abs(f1 - 0.32), 0.0, 0.015)
    height = 0.6 * plate - 0.3 * rim * gear
    albedo = (
        _tint(0.55 + 0.45 * plate - 0.2 * rim * gear, (1, 1, 1)) * (0.9 + 0.1 * streak)[..., None]
    )
    return Maps(albedo, height, 1.4 - 0.7 * plate + 0.2 * streak, 1.0, bump=0.06)


def rust(n: int, rng: np.random.Generator) -> Maps:
    """Rust: flaking orange crust in patches over pitted dark metal."""
    v = _var(rng)
    m, pits, fine = pick(rng, fbm(n, 4, 4, 5, v), cells(n, 20, v).f1, fbm(n, 32, 32, 3, v))
    crust = smooth(m, 0.38, 0.6)
    pit = 1 - smooth(pits, 0.0, 0.3)
    albedo = _mix((0.42, 0.36, 0.34), (1.0, 0.78, 0.55), crust) * (0.8 + 0.2 * fine)[..., None]
    albedo *= (1 - 0.5 * pit)[..., None]
    height = 0.5 * crust + 0.3 * fine - 0.4 * pit
    return Maps(albedo, height, 0.55 + 0.55 * crust, 1 - crust, bump=0.05)


def stone(n: int, rng: np.random.Generator) -> Maps:
    """Granular stone with dark specks and hairline cracks."""
    v = _var(rng)
    c = cells(n, 4, v)
    grain, speck, edge = pick(rng, fbm(n, 8, 8, 5, v), fbm(n, 128, 128, 1, v), c.f2 - c.f1)
    crack = 1 - smooth(edge, 0.0, 0.04)
    dots = smooth(speck, 0.72, 0.85)
    shade = 0.7 + 0.3 * grain - 0.3 * dots - 0.35 * crack
    return Maps(_tint(shade, (1, 1, 1)), 0.7 * grain - 0.8 * crack, 1.0, 1.0, bump=0.05)


def clay(n: int, rng: np.random.Generator) -> Maps:
    """Hand-worked clay: soft lumps and the rings a potter's fingers leave."""
    v = _var(rng)
    lump, warp = pick(rng, fbm(n, 6, 6, 4, v), fbm(n, 2, 4, 2, v))
    marks = stripes(n, int(rng.integers(7, 12)), warp, 0.6, axis=0)
    height = 0.6 * lump + 0.4 * marks
    return Maps(_tint(0.8 + 0.2 * height, (1, 1, 1)), height, 1.0, 1.0, bump=0.03)


def _vein_distance(n: int, a: int, b: int, warp: np.ndarray, amount: float) -> np.ndarray:
    """Distance (in tile widths) to the nearest of the wandering lines a·x + b·y + amount·warp =
    a whole number (they tile): thin lines stay thin where the warp turns, no blots."""
    x, y = _xy(n)
    gx = a + amount * (np.roll(warp, -1, 1) - np.roll(warp, 1, 1)) * (n / 2)
    gy = b + amount * (np.roll(warp, -1, 0) - np.roll(warp, 1, 0)) * (n / 2)
    s = np.abs(np.sin(np.pi * (a * x + b * y + amount * warp)))
    return s / (np.pi * np.maximum(np.hypot(gx, gy), 0.5))


def marble(n: int, rng: np.random.Generator) -> Maps:
    """Polished white marble: bold grey veins sweeping across the tile, crisp, swelling and
    thinning, charcoal in places, each in a soft grey haze; finer veins cross them at another
    slant and fade in and out, branching off them, over a faintly clouded white stone."""
    v = _var(rng)
    turb, turb2, cloud, wide = pick(rng, fbm(n, 2, 2, 4, v), fbm(n, 3, 3, 4, v + 1),
                                    fbm(n, 4, 4, 3, v), fbm(n, 5, 5, 2, v))  # fmt: skip
    a, b = int(rng.choice([1, 2])), int(rng.choice([-1, 1]))
    d = _vein_distance(n, a, b, turb, 0.9)
    d2 = _vein_distance(n, 3, -2 * b, turb2, 1.0)
    main = 1 - smooth(d, 0.003 + 0.009 * wide, 0.006 + 0.011 * wide)
    haze = (1 - smooth(d, 0.0, 0.06)) * (0.4 + 0.6 * cloud)
    fade = smooth(wide, 0.3, 0.55) * (1 - smooth(d, 0.05, 0.2)) + smooth(cloud, 0.55, 0.7)
    fine = (1 - smooth(d2, 0.0015, 0.004)) * np.clip(fade, 0, 1)  # tapering off the main veins
    dark = smooth(wide, 0.55, 0.72)  # where a main vein turns charcoal
    shade = (0.96 + 0.06 * cloud - 0.22 * haze) * (1 - 0.55 * fine)
    shade = shade * (1 - main * (0.55 + 0.33 * dark))
    vein = np.maximum(main, fine)
    return Maps(_tint(np.clip(shade, 0, 1).astype(F32), (1, 1, 1)), 1 - 0.3 * vein,
                1 + 0.6 * vein, 1.0, bump=0.004)  # fmt: skip


def obsidian(n: int, rng: np.random.Generator) -> Maps:
    """Volcanic glass: conchoidal ripples spreading from where it was struck."""
    v = _var(rng)
    c = cells(n, 4, v)
    f1, f2 = pick(rng, c.f1, c.f2)
    ripple = 0.5 + 0.5 * np.sin(f1 * 38) * np.exp(-f1 * 1.5)
    edge = 1 - smooth(f2 - f1, 0, 0.03)
    return Maps(_tint(0.85 + 0.15 * ripple, (1, 1, 1)), ripple - edge, 1 + 2 * edge, bump=0.012)


_JEWELS: list[Rgb] = [
    (0.75, 0.03, 0.04), (0.03, 0.12, 0.75), (0.9, 0.45, 0.02), (0.04, 0.5, 0.1),
    (0.4, 0.06, 0.7), (0.95, 0.85, 0.35), (0.02, 0.5, 0.6),
]  # fmt: skip


def leaded_glass(n: int, rng: np.random.Generator) -> Maps:
    """Leaded glass: panes of deep jewel colours (linear: in pale tints they read as nearly
    white, then as a pastel pebble mosaic) held by dark lead cames."""
    v = _var(rng)
    c = cells(n, int(rng.integers(4, 6)), v)
    edge, rand, wave = pick(rng, c.f2 - c.f1, c.rand, fbm(n, 8, 8, 3, v))
    lead = 1 - smooth(edge, 0.05, 0.1)
    pane = _palette(rand, _JEWELS)
    albedo = _mix(pane, (0.02, 0.02, 0.025), lead)
    # the cames sunk a little between the panes (raised, their edges caught the light as pale
    # lines and the panes read as pebbles)
    return Maps(albedo, 0.1 * wave - 0.3 * lead, 1 + 9 * lead, 1.0, bump=0.01)


def clear_glass(n: int, rng: np.random.Generator) -> Maps:
    """Blown glass: clear, with a faint slow wave from the blowing and a few trapped seed
    bubbles (no banding: rings read as thrown pottery)."""
    v = _var(rng)
    b = cells(n, 32, v)
    wave, bf1, brand = pick(rng, fbm(n, 3, 3, 3, v), b.f1, b.rand, flip=False)
    bubble = (1 - smooth(bf1, 0.025, 0.06)) * (brand > 0.85)
    height = 0.15 * wave + 0.5 * bubble
    albedo = _tint(0.95 + 0.03 * wave + 0.02 * bubble, (0.96, 0.99, 1.0))
    return Maps(albedo, height, 1.0 + 3 * bubble, 1.0, bump=0.015)


def crystal(n: int, rng: np.random.Generator) -> Maps:
    """Cut facets (a flat plane per cell) with bright edges where they meet."""
    v = _var(rng)
    c = cells(n, 4, v)
    dx, dy, rand, edge = pick(rng, c.dx, c.dy, c.rand, c.f2 - c.f1)
    tilt = rand * 2 * np.pi
    height = 0.5 + 0.6 * (np.cos(tilt) * dx + np.sin(tilt) * dy)
    line = 1 - smooth(edge, 0.0, 0.035)
    albedo = _tint(0.82 + 0.18 * rand, (1, 1, 1))
    return Maps(albedo, height, 1 + 3 * line, 1.0, glow=0.35 + 0.65 * line, bump=0.06)


def ice(n: int, rng: np.random.Generator) -> Maps:
    """Ice: white frost in drifts, hairline cracks and trapped bubbles."""
    v = _var(rng)
    c = cells(n, 4, v)
    b = cells(n, 16, v)
    frost_n, edge, bf1, brand = pick(rng, fbm(n, 6, 6, 5, v), c.f2 - c.f1, b.f1, b.rand)
    frost = smooth(frost_n, 0.5 + rng.uniform(0, 0.1), 0.85)
    crack = 1 - smooth(edge, 0.0, 0.025)
    bubble = (1 - smooth(bf1, 0.06, 0.11)) * (brand > 0.6)
    shade = 0.8 + 0.2 * np.maximum(frost, crack)
    return Maps(_tint(shade, (1, 1, 1)), 0.3 * frost - 0.6 * crack + 0.3 * bubble,
                1 + 3 * frost + 2 * crack, 1.0, bump=0.03)  # fmt: skip


def water(n: int, rng: np.random.Generator) -> Maps:
    """Water: crossing ripples and a slow swell."""
    v = _var(rng)
    (swell,) = pick(rng, fbm(n, 4, 4, 3, v))
    x, y = _xy(n)
    h = 0.5 * swell
    for _ in range(3):
        a, b = (int(k) for k in rng.integers(-4, 5, 2))
        h = h + 0.18 * np.sin(2 * np.pi * (a * x + b * y + rng.uniform(0, 1)))
    return Maps(_tint(0.92 + 0.08 * h, (1, 1, 1)), h, 1.0, 1.0, bump=0.04)


def flame(n: int, rng: np.random.Generator) -> Maps:
    """Fire: tongues of flame rising along the object, hot cores glowing brightest."""
    v = _var(rng)
    tongues, flicker = pick(rng, fbm(n, 6, 2, 4, v), fbm(n, 24, 6, 2, v))
    heat = smooth(0.75 * tongues + 0.25 * flicker, 0.25, 0.8)
    albedo = _mix((0.35, 0.12, 0.06), (1.0, 1.0, 1.0), heat)
    return Maps(albedo, heat, 1.0, 1.0, glow=heat, bump=0.02)


def glow(n: int, rng: np.random.Generator) -> Maps:
    """Light: a soft uneven radiance, brighter in drifting patches."""
    v = _var(rng)
    (g,) = pick(rng, fbm(n, 4, 4, 4, v))
    return Maps(_tint(0.85 + 0.15 * g, (1, 1, 1)), g, 1.0, 1.0, glow=0.45 + 0.55 * g, bump=0.01)


def starlight(n: int, rng: np.random.Generator) -> Maps:
    """Starlight: a dark nebula sprinkled with bright stars."""
    v = _var(rng)
    s = cells(n, 22, v)
    f1, rand, neb = pick(rng, s.f1, s.rand, fbm(n, 3, 3, 5, v))
    star = (1 - smooth(f1, 0.0, 0.05 + 0.1 * (rand > 0.93))) * (rand > 0.45)
    shade = np.clip(0.3 + 0.35 * neb + star, 0, 1)
    return Maps(_tint(shade, (1, 1, 1)), star, 1.0, 1.0, glow=np.clip(0.1 + 0.35 * neb + star, 0, 1),
                bump=0.01)  # fmt: skip


def coral(n: int, rng: np.random.Generator) -> Maps:
    """Porous coral: round polyp pits in a bumpy skeleton."""
    v = _var(rng)
    c = cells(n, 12, v)
    f1, edge, lump = pick(rng, c.f1, c.f2 - c.f1, fbm(n, 6, 6, 3, v))
    pore = 1 - smooth(f1, 0.14, 0.3)
    ridge_ = smooth(edge, 0.0, 0.25)
    height = 0.6 * ridge_ - 0.8 * pore + 0.3 * lump
    albedo = _tint(0.8 + 0.2 * lump, (1, 1, 1)) * (1 - 0.45 * pore)[..., None]
    return Maps(albedo, height, 1.0, 1.0, bump=0.07)


def sugar(n: int, rng: np.random.Generator) -> Maps:
    """Sugar: a crust of tiny crystals, a few of them catching the light."""
    v = _var(rng)
    c = cells(n, 20, v)
    dx, dy, rand = pick(rng, c.dx, c.dy, c.rand)
    height = 0.5 + 0.8 * (np.cos(rand * 40) * dx + np.sin(rand * 40) * dy)
    glint = rand < 0.2
    return Maps(_tint(0.9 + 0.1 * rand, (1, 1, 1)), height, np.where(glint, 0.25, 1.0), bump=0.015)


def paper(n: int, rng: np.random.Generator) -> Maps:
    """Paper: fibres both ways, fold creases and (on some sheets) faint ruled lines."""
    v = _var(rng)
    a, b = pick(rng, fbm(n, 3, 160, 1, v), fbm(n, 160, 3, 1, v))
    fibres = 0.5 * (a + b)
    x, y = _xy(n)
    folds = np.zeros((n, n), F32)
    for _ in range(int(rng.integers(1, 3))):
        p, q = (int(k) for k in rng.integers(1, 3, 2) * rng.choice([-1, 1], 2))
        folds += np.abs(((p * x + q * y + rng.uniform(0, 1)) % 1.0) - 0.5)
    crease = 1 - smooth(np.minimum(folds, 0.5 - folds % 0.5), 0.0, 0.012)
    shade = 0.9 + 0.1 * fibres - 0.1 * crease
    albedo = _tint(shade, (1, 1, 1))
    if rng.random() < 0.5:
        ruled = 1 - smooth(np.abs((y * 8) % 1.0 - 0.5), 0.0, 0.03)
        albedo = albedo * (1 - 0.25 * ruled[..., None] * np.asarray((0.7, 0.45, 0.0), F32))
    return Maps(albedo, 0.5 * folds + 0.3 * fibres, 1.0, 1.0, bump=0.02)


def origami(n: int, rng: np.random.Generator) -> Maps:
    """Folded paper: a crease pattern of squares cut by both diagonals, every triangular facet
    tilted its own way (alternate mountain and valley folds) and catching the light in its own
    shade, a crisp pale line along each crease, the paper's fibres faint under it."""
    k = int(rng.integers(2, 4))
    x, y = _xy(n)
    u, v = (x * k) % 1.0, (y * k) % 1.0
    cell = np.floor(x * k) + 7 * np.floor(y * k)
    # which of the four triangles the diagonals cut the square into
    quarter = (u > v).astype(np.int64) * 2 + (u + v > 1).astype(np.int64)
    facet = (cell * 4 + quarter).astype(np.int64)
    tone = rng.uniform(0.55, 1.0, int(facet.max()) + 1).astype(F32)[facet]
    # a pyramid in each square, points up and down in a checker: mountain and valley folds
    tent = 0.5 - np.maximum(np.abs(u - 0.5), np.abs(v - 0.5))
    sign = np.where((np.floor(x * k) + np.floor(y * k)) % 2 == 0, 1.0, -1.0).astype(F32)
    edge = np.minimum.reduce([np.abs(u - v), np.abs(u + v - 1), u, 1 - u, v, 1 - v])
    crease = 1 - smooth(edge, 0.0, 0.02)
    fibres = fbm(n, 3, 160, 1, _var(rng))
    shade = tone * (0.96 + 0.04 * fibres) + 0.3 * crease  # (faint: a flat red sheet)
    return Maps(_tint(np.minimum(shade, 1.05), (1, 1, 1)), 0.5 + sign * tent, 1.0, 1.0, bump=0.05)


def sprinkles(n: int, rng: np.random.Generator) -> Maps:
    """Sprinkles: short rounded rods in bright sugar colours lying every which way, packed
    close on a pale sugar ground, each a little raised."""
    albedo = np.broadcast_to(np.asarray((0.95, 0.92, 0.86), F32), (n, n, 3)).copy()
    height = np.zeros((n, n), F32)
    colours = np.asarray(_SUGAR_COLOURS, F32)
    half = int(np.ceil(0.055 * n))  # a window round each rod, wrapping at the tile's edges
    offs = (np.arange(-half, half + 1, dtype=F32) + 0.5) / n
    oy, ox = np.meshgrid(offs, offs, indexing="ij")
    for _ in range(110):
        c = rng.uniform(0, 1, 2)
        t = rng.uniform(0, np.pi)
        d = np.array([np.cos(t), np.sin(t)], F32) * 0.04
        k = np.clip((ox * d[0] + oy * d[1]) / (d @ d), -1.0, 1.0)
        dist = np.hypot(ox - k * d[0], oy - k * d[1])
        rod = 1 - smooth(dist, 0.008, 0.012)
        rows = (np.arange(-half, half + 1) + int(c[1] * n)) % n
        cols = (np.arange(-half, half + 1) + int(c[0] * n)) % n
        patch = np.ix_(rows, cols)
        albedo[patch] = _mix(albedo[patch], colours[rng.integers(len(colours))], rod)
        height[patch] = np.maximum(height[patch], rod * (1 - (dist / 0.012) ** 2).clip(0, 1))
    return Maps(albedo, height, 0.8, 1.0, bump=0.03)


_SUGAR_COLOURS = [(0.85, 0.08, 0.12), (0.98, 0.75, 0.05), (0.15, 0.6, 0.2), (0.1, 0.35, 0.85),
                  (0.95, 0.45, 0.65), (0.98, 0.45, 0.05), (0.55, 0.2, 0.7), (0.97, 0.96, 0.92)]  # fmt: skip
"""Sprinkles' colours."""


def ice_cream(n: int, rng: np.random.Generator) -> Maps:
    """Ice cream: soft scooped mounds, each rounded and a little glossy on top with a curling
    scoop line, a few dark flecks (vanilla seeds, chocolate chips) in the cream."""
    v = _var(rng)
    c = cells(n, 6, v)
    f1, edge, soft, fleck = pick(rng, c.f1, c.f2 - c.f1, fbm(n, 12, 12, 2, v), fbm(n, 64, 64, 1, v))
    mound = np.clip(1 - f1 / max(float(f1.max()), 1e-6), 0, 1) ** 0.6
    seam = 1 - smooth(edge, 0.0, 0.05)
    chips = smooth(fleck, 0.82, 0.86)
    shade = (0.9 + 0.1 * mound - 0.18 * seam + 0.05 * soft) * (1 - 0.6 * chips)
    return Maps(_tint(shade, (1, 1, 1)), 0.7 * mound - 0.3 * seam + 0.1 * soft,
                0.75 + 0.25 * seam, 1.0, bump=0.05)  # fmt: skip


def lace(n: int, rng: np.random.Generator) -> Maps:
    """Lace: fine white threads in an openwork net of rosettes, each a ring of small holes
    round a solid centre, the holes dark between the threads (a web of thread, not cloth)."""
    x, y = _xy(n)
    k = int(rng.integers(3, 5))
    u, v = (x * k) % 1.0 - 0.5, (y * k + 0.5 * (np.floor(x * k) % 2)) % 1.0 - 0.5
    r, a = np.hypot(u, v), np.arctan2(v, u)
    petals = 8
    ring = (np.abs(r - 0.3) < 0.09) & (np.abs(((a * petals / (2 * np.pi)) % 1.0) - 0.5) < 0.32)
    mesh = (np.abs(((x + y) * k * 6) % 1.0 - 0.5) > 0.36) | (
        np.abs(((x - y) * k * 6) % 1.0 - 0.5) > 0.36
    )
    centre = r < 0.12
    hole = (ring | (~mesh & (r > 0.42))) & ~centre
    thread = 1.0 - hole.astype(F32)
    shade = 0.95 * thread + 0.22 * (1 - thread)
    return Maps(_tint(shade, (1, 1, 1)), thread * 0.6, 1.0, 1.0, bump=0.02)


def woven(n: int, rng: np.random.Generator) -> Maps:
    """Woven cloth: threads passing over and under each other, with a little fuzz."""
    v = _var(rng)
    (fuzz,) = pick(rng, fbm(n, 64, 64, 2, v))
    k = int(rng.integers(16, 28))
    x, y = _xy(n)
    over = (np.floor(k * x) + np.floor(k * y)) % 2 == 0
    warp = np.sin(np.pi * ((k * x) % 1.0))
    weft = np.sin(np.pi * ((k * y) % 1.0))
    height = np.where(over, warp, weft).astype(F32)
    return Maps(_tint(0.7 + 0.2 * height + 0.1 * fuzz, (1, 1, 1)), height, 1.0, 1.0, bump=0.03)


def knit(n: int, rng: np.random.Generator) -> Maps:
    """Knitted wool: columns of V-shaped stitches (stockinette), each leg a plump twisted loop
    of yarn, soft fuzz over it, dark where the loops part (woven cloth read as wicker)."""
    v = _var(rng)
    (fuzz,) = pick(rng, fbm(n, 64, 64, 2, v))
    cols = int(rng.integers(9, 14))
    rows = round(cols * 1.3)
    x, y = _xy(n)
    u, w = (cols * x) % 1.0, (rows * y) % 1.0  # one stitch: its V opening upward
    legs = []
    for side in (-1.0, 1.0):
        centre = 0.5 + side * (0.08 + 0.32 * w)
        d = np.abs(u - centre) / 0.21
        twist = 0.85 + 0.15 * np.sin(2 * np.pi * (w * 2.0 + side * u))  # the ply of the yarn
        legs.append(np.clip(1.0 - d * d, 0.0, 1.0) * twist)
    loop = np.sqrt(np.maximum(*legs))
    shade = 0.5 + 0.42 * loop + 0.08 * fuzz
    return Maps(_tint(shade, (1, 1, 1)), (loop + 0.1 * fuzz).astype(F32), 1.0, 1.0, bump=0.05)


def velvet(n: int, rng: np.random.Generator) -> Maps:
    """Crushed velvet: pile pressed different ways in patches, the pressed folds catching the
    light as bright creases against a deep nap (engines without a sheen still show it)."""
    v = _var(rng)
    pile, crush, fine = pick(rng, fbm(n, 3, 3, 4, v), fbm(n, 5, 5, 3, v), fbm(n, 96, 96, 1, v))
    crease = ridge(crush) ** 2
    shade = 0.42 + 0.4 * pile + 0.26 * crease + 0.04 * fine
    return Maps(_tint(np.clip(shade, 0, 1), (1, 1, 1)), 0.5 * pile + 0.3 * crease + 0.2 * fine,
                1.0 - 0.35 * crease, 1.0, bump=0.015)  # fmt: skip


def leather(n: int, rng: np.random.Generator) -> Maps:
    """Leather: pebbled grain crossed by a few deep creases."""
    v = _var(rng)
    c = cells(n, 28, v)
    f1, crease_n = pick(rng, c.f1, fbm(n, 3, 3, 4, v))
    pebble = 1 - np.clip(f1 / 0.7, 0, 1) ** 2
    crease = ridge(crease_n) ** 16
    shade = 0.84 + 0.12 * pebble - 0.25 * crease
    return Maps(_tint(shade, (1, 1, 1)), 0.4 * pebble - crease, 1 - 0.2 * pebble, bump=0.015)


def scales(n: int, rng: np.random.Generator) -> Maps:
    """Fish scales: overlapping rows of rounded scales, each a slightly different sheen."""
    k = int(rng.choice([6, 8, 10]))  # rows alternate their offset: an even count tiles
    tints = [(1, 0.9, 0.8), (0.85, 1, 0.95), (0.9, 0.9, 1), (1, 1, 1)]
    return _overlapping(n, k, rng, tints, 0.85, 0.7, 1.0)


def petals(n: int, rng: np.random.Generator) -> Maps:
    """Petals: overlapping rows of broad rounded petals, each its own blush from white to deep
    pink, soft and matte (a thing made of petals, rose petals raining)."""
    k = 4  # broad: a petal is several times a fish scale
    tints = [(1, 1, 1), (1, 0.82, 0.88), (0.95, 0.7, 0.8), (1, 0.92, 0.95)]
    return _overlapping(n, k, rng, tints, 0.7, 0.9, 0.0)


def _overlapping(
    n: int,
    k: int,
    rng: np.random.Generator,
    tints: list[Rgb],
    base: float,
    rough: float,
    metal: float,
) -> Maps:
    """Rows of ``k`` rounded shapes, each row lying over the one above it (scales, petals),
    each shape one of ``tints`` at a strength of ``1 - base``."""
    x, y = _xy(n)
    x = (x + rng.uniform(0, 1)) % 1.0
    y = (y + rng.uniform(0, 1)) % 1.0
    best_h = np.full((n, n), -1.0, F32)
    best_r = np.zeros((n, n), F32)
    rand = np.random.default_rng(int(rng.integers(2**31))).random((k * 2, k * 2)).astype(F32)
    for dj in (0, 1):
        row = np.floor(y * k) + dj
        shift = 0.5 * (row % 2)
        for di in (-1, 0, 1):
            col = np.floor(x * k - shift) + di
            cx, cy = (col + 0.5 + shift) / k, row / k
            ddx = (x - cx + 0.5) % 1.0 - 0.5
            d = np.hypot(ddx * k, (y - cy) * k * 1.15)
            inside = d < 0.72
            h = np.where(inside, 1 - d / 0.72, -1)
            # The lower row lies over the one above it.
            take = inside & ((row > -1) & (h > -1)) & ((dj == 1) | (best_h < 0))
            best_h = np.where(take, h, best_h)
            best_r = np.where(
                take, rand[row.astype(int) % (2 * k), col.astype(int) % (2 * k)], best_r
            )
    dome = np.clip(best_h, 0, 1)
    rim = 1 - smooth(dome, 0.0, 0.12)
    tint = base + (1 - base) * _palette(best_r, tints)
    albedo = tint * (0.6 + 0.4 * dome - 0.25 * rim)[..., None]
    return Maps(albedo, np.sqrt(dome), rough + 0.6 * rim, metal, bump=0.05)


def _vanes(
    n: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Overlapping rows of long feather vanes, a row over the tips of the row above it: at every
    point the top vane's fullness (1 on its quill, 0 at its edge), its place across (-0.5..0.5)
    and along it (0 at its root, 1 at its tip) and its own shade."""
    k = int(rng.choice([2, 4]))  # rows alternate their offset: an even count tiles
    m = 2 * k
    x, y = _xy(n)
    x = (x + rng.uniform(0, 1)) % 1.0
    y = (y + rng.uniform(0, 1)) % 1.0
    shade_of = rng.uniform(0.75, 1.0, (k, m)).astype(F32)
    vane = np.zeros((n, n), F32)
    lx_best = np.ones((n, n), F32)
    ly_best = np.zeros((n, n), F32)
    tone = np.ones((n, n), F32)
    for back in (2, 1, 0):  # rows further up first, so each lower row lies over them
        row = np.floor(y * k) - back
        shift = 0.5 * (row % 2)
        col = np.floor(x * m - shift)
        lx = x * m - shift - col - 0.5
        ly = (y * k - row) / 1.8
        width = 0.55 * np.maximum(np.sin(np.pi * np.clip(ly, 0, 1)), 0) ** 0.6
        inside = (ly >= 0) & (ly <= 1) & (np.abs(lx) < width)
        vane = np.where(inside, 1 - np.abs(lx) / np.maximum(width, 1e-3), vane)
        lx_best = np.where(inside, lx, lx_best)
        ly_best = np.where(inside, ly, ly_best)
        tone = np.where(inside, shade_of[row.astype(int) % k, col.astype(int) % m], tone)
    return vane, lx_best, ly_best, tone


def feathers(n: int, rng: np.random.Generator) -> Maps:
    """Feathers: overlapping rows of long vanes, each with a quill, slanting barbs and its own
    shade; a row lies over the tips of the row above it."""
    vane, lx_best, ly_best, tone = _vanes(n, rng)
    quill = 1 - smooth(np.abs(lx_best), 0.0, 0.03)
    barbs = 0.5 + 0.5 * np.sin(2 * np.pi * (ly_best * 30 + np.abs(lx_best) * 14))
    edge = 1 - smooth(vane, 0.0, 0.25)
    shade = tone * (
        0.75 + 0.15 * barbs + 0.15 * quill - 0.35 * edge - 0.2 * smooth(ly_best, 0.7, 1)
    )
    height = 0.5 * vane + 0.3 * quill + 0.15 * barbs
    return Maps(_tint(np.clip(shade, 0, 1), (1, 1, 1)), height, 1.0, 1.0, bump=0.03)


def peacock(n: int, rng: np.random.Generator) -> Maps:
    """Peacock feathers: overlapping vanes of bronze-green barbs, each with an eye near its tip
    (a dark blue heart in a turquoise ring, in a bronze ring, in a green one), glossy."""
    vane, lx, ly, tone = _vanes(n, rng)
    barbs = 0.5 + 0.5 * np.sin(2 * np.pi * (ly * 30 + np.abs(lx) * 14))
    eye = np.hypot(lx / 0.55, (ly - 0.68) / 0.5)  # 0 at the eye's heart, ~1 at its outer ring
    albedo = _mix((0.35, 0.3, 0.06), (0.1, 0.42, 0.14), 0.5 + 0.5 * barbs * tone)
    for reach, colour in ((0.95, (0.05, 0.5, 0.18)), (0.7, (0.55, 0.36, 0.08)),
                          (0.48, (0.02, 0.55, 0.6)), (0.3, (0.02, 0.05, 0.35))):  # fmt: skip
        albedo = _mix(albedo, colour, 1 - smooth(eye, reach - 0.04, reach + 0.04))
    edge = 1 - smooth(vane, 0.0, 0.25)
    albedo = albedo * (0.85 + 0.15 * barbs - 0.4 * edge)[..., None]
    height = 0.5 * vane + 0.15 * barbs
    return Maps(albedo, height, 0.8 - 0.3 * (1 - edge), 1.0, bump=0.03)


def bone(n: int, rng: np.random.Generator) -> Maps:
    """Bone: ivory carved in low relief with knuckled bones, worn yellow-brown in its hollows,
    small dark pores and grimy hairline cracks (a fibrous grain read as pale wood, cream
    blotches as cheese, patches of spongy pits as a giraffe's coat)."""
    v = _var(rng)
    c = cells(n, 5, v)
    pores = cells(n, 12, v)
    age, edge, rand, pf1, prand = pick(rng, fbm(n, 4, 4, 4, v), c.f2 - c.f1, c.rand, pores.f1,
                                       pores.rand)  # fmt: skip
    inside, _, tone = _strewn(n, rng, 7, 0.42, _bone)
    pore = (1 - smooth(pf1, 0.02, 0.05)) * (prand > 0.6)
    crack = (1 - smooth(edge, 0.0, 0.012)) * (rand > 0.45)
    aged = smooth(age, 0.45, 0.85)
    ground = (1 - inside) * (0.75 + 0.25 * aged)  # the hollows round the carved bones
    albedo = _mix((1.0, 0.97, 0.9), (0.72, 0.6, 0.4), np.clip(0.3 * aged + 0.7 * ground, 0, 1))
    albedo = albedo * (0.9 + 0.1 * tone)[..., None]
    albedo = _mix(albedo, (0.35, 0.24, 0.14), np.clip(0.9 * pore + 0.8 * crack, 0, 1))
    return Maps(albedo, 0.6 * inside - 0.5 * pore - crack, 1.0, 1.0, bump=0.035)


def crackle(n: int, rng: np.random.Generator) -> Maps:
    """Glazed porcelain: a fine crackle in the glaze."""
    v = _var(rng)
    c = cells(n, int(rng.integers(5, 9)), v)
    (edge,) = pick(rng, c.f2 - c.f1)
    line = 1 - smooth(edge, 0.0, 0.025)
    return Maps(_tint(1 - 0.4 * line, (1, 1, 1)), -line, 1 + line, 1.0, bump=0.006)


def _bands(n: int, rng: np.random.Generator, bend: float, a: Rgb, b: Rgb, bump: float) -> Maps:
    """Bands that bend through slow noise, shading from colour a to colour b."""
    (warp,) = pick(rng, fbm(n, 3, 3, 4, _var(rng)))
    band = stripes(n, int(rng.integers(3, 7)), warp, bend)
    return Maps(_mix(a, b, band), band, 1.0, 1.0, bump=bump)


def nacre(n: int, rng: np.random.Generator) -> Maps:
    """Pearl: soft bands of nacre shifting between rose and blue-green (strong enough that a
    pearl object does not read as white paper or porcelain)."""
    return _bands(n, rng, 2.0, (1.0, 0.89, 0.9), (0.87, 0.95, 1.0), 0.003)


def wax(n: int, rng: np.random.Generator) -> Maps:
    """Wax: soft lumps where it cooled and a few faint drips running down (strong streaks
    read as wood grain on a violin of wax)."""
    v = _var(rng)
    drips, lump = pick(rng, fbm(n, 10, 1, 3, v), fbm(n, 5, 5, 3, v))
    height = 0.3 * smooth(drips, 0.55, 0.85) + 0.7 * lump
    return Maps(_tint(0.94 + 0.06 * height, (1, 1, 1)), height, 0.8 + 0.3 * (1 - lump), 1.0,
                bump=0.04)  # fmt: skip


def moss(n: int, rng: np.random.Generator) -> Maps:
    """Moss: clumps of fuzz, yellow-green at the tips and dark between."""
    v = _var(rng)
    clumps, fuzz = pick(rng, fbm(n, 16, 16, 4, v), fbm(n, 128, 128, 1, v))
    h = 0.7 * clumps + 0.3 * fuzz
    albedo = _mix((0.35, 0.4, 0.3), (1.0, 1.0, 0.75), smooth(h, 0.3, 0.85))
    return Maps(albedo, h, 1.0, 1.0, bump=0.08)


def honey(n: int, rng: np.random.Generator) -> Maps:
    """Honey: slow runs and trapped bubbles."""
    v = _var(rng)
    b = cells(n, 10, v)
    runs, f1, rand = pick(rng, fbm(n, 8, 2, 3, v), b.f1, b.rand)
    bubble = (1 - smooth(f1, 0.05, 0.12)) * (rand > 0.55)
    albedo = _tint(0.8 + 0.2 * runs + 0.1 * bubble, (1, 1, 1))
    return Maps(np.clip(albedo, 0, 1), 0.4 * runs + 0.5 * bubble, 1.0, 1.0, bump=0.02)


def amber(n: int, rng: np.random.Generator) -> Maps:
    """Amber: cloudy swirls with dark specks of something trapped long ago, and a few pale
    bubbles."""
    v = _var(rng)
    s = cells(n, 12, v)
    b = cells(n, 24, v)
    cloud, f1, rand, bf1, brand = pick(rng, fbm(n, 4, 4, 4, v), s.f1, s.rand, b.f1, b.rand)
    speck = (1 - smooth(f1, 0.04, 0.09)) * (rand > 0.75)
    bubble = (1 - smooth(bf1, 0.02, 0.05)) * (brand > 0.9)
    shade = 0.75 + 0.25 * cloud - 0.7 * speck + 0.25 * bubble
    return Maps(_tint(shade, (1, 1, 1)), cloud, 1.0, 1.0, glow=0.5 + 0.5 * cloud, bump=0.004)


def ink(n: int, rng: np.random.Generator) -> Maps:
    """Ink: glossy swirls, blue-black in the thin places."""
    return _bands(n, rng, 3.0, (1.0, 1.0, 1.0), (0.6, 0.7, 1.0), 0.008)


def wisps(n: int, rng: np.random.Generator) -> Maps:
    """Smoke, cloud and shadow: soft billows and wisps."""
    v = _var(rng)
    billow, wisp = pick(rng, fbm(n, 4, 4, 5, v), fbm(n, 12, 3, 3, v))
    h = 0.6 * billow + 0.4 * wisp
    return Maps(_tint(0.65 + 0.35 * h, (1, 1, 1)), h, 1.0, 1.0, bump=0.03)


def flesh(n: int, rng: np.random.Generator) -> Maps:
    """Flesh: skin pores and faint veins beneath."""
    v = _var(rng)
    p = cells(n, 40, v)
    f1, vein_n, blot = pick(rng, p.f1, fbm(n, 3, 3, 5, v), fbm(n, 5, 5, 3, v))
    pore = 1 - smooth(f1, 0.0, 0.25)
    vein = ridge(vein_n) ** 18
    albedo = (
        _mix((1.0, 1.0, 1.0), (0.65, 0.6, 0.85), vein) * (0.9 + 0.1 * blot - 0.1 * pore)[..., None]
    )
    return Maps(albedo, 0.4 * blot - 0.4 * pore, 1.0, 1.0, bump=0.015)


def plastic(n: int, rng: np.random.Generator) -> Maps:
    """Plastic: nearly flawless, a faint speckle and a mould line."""
    v = _var(rng)
    (speck,) = pick(rng, fbm(n, 64, 64, 1, v))
    x, _ = _xy(n)
    seam = 1 - smooth(np.abs(x - 0.5), 0.0, 0.004)
    return Maps(_tint(0.96 + 0.04 * speck, (1, 1, 1)), seam + 0.1 * speck, 1.0, 1.0, bump=0.004)


def _tiles(n: int, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A k × k grid of square tiles: local coordinates in [-0.5, 0.5] and each tile's row, col."""
    x, y = _xy(n)
    return (x * k) % 1.0 - 0.5, (y * k) % 1.0 - 0.5, np.floor(y * k), np.floor(x * k)


def chocolate(n: int, rng: np.random.Generator) -> Maps:
    """Chocolate: a moulded bar of bevelled squares, glossy on top, with a faint bloom."""
    v = _var(rng)
    (bloom,) = pick(rng, fbm(n, 6, 6, 4, v))
    lx, ly, _, _ = _tiles(n, int(rng.choice([2, 3, 4])))
    edge = 0.5 - np.maximum(np.abs(lx), np.abs(ly))
    block = smooth(edge, 0.0, 0.09)
    groove = 1 - smooth(edge, 0.0, 0.02)
    shade = 0.78 + 0.22 * block - 0.35 * groove + 0.08 * smooth(bloom, 0.6, 0.9)
    return Maps(_tint(shade, (1, 1, 1)), block, 0.8 + 1.2 * groove + 0.6 * bloom, 1.0, bump=0.06)


def bread(n: int, rng: np.random.Generator) -> Maps:
    """Bread: a baked crust, darker on its risen bumps, pitted with pores and dusted with flour."""
    v = _var(rng)
    p = cells(n, 24, v)
    rise, f1, rand, flour = pick(rng, fbm(n, 5, 5, 4, v), p.f1, p.rand, fbm(n, 8, 8, 3, v + 1))
    pore = (1 - smooth(f1, 0.08, 0.3)) * (rand > 0.35)
    toast = smooth(rise, 0.35, 0.85)
    dust = smooth(flour, 0.62, 0.8)
    albedo = _mix((1.0, 0.95, 0.85), (0.5, 0.3, 0.18), toast * (1 - dust))
    albedo = albedo * (1 - 0.45 * pore)[..., None]
    return Maps(albedo, 0.7 * rise - 0.5 * pore, 1.0, 1.0, bump=0.05)


def cheese(n: int, rng: np.random.Generator) -> Maps:
    """Cheese: round holes of many sizes in a waxy yellow paste."""
    v = _var(rng)
    c = cells(n, 5, v)
    f1, rand, paste = pick(rng, c.f1, c.rand, fbm(n, 12, 12, 3, v))
    radius = np.where(rand > 0.3, 0.1 + 0.22 * rand, 0.0)
    depth = np.clip(1 - f1 / np.maximum(radius, 1e-3), 0, 1) * (radius > 0)
    hole = smooth(depth, 0.0, 0.12)
    shade = (0.92 + 0.08 * paste) * (1 - 0.6 * hole * (0.5 + 0.5 * depth))
    return Maps(_tint(shade, (1, 1, 1)), -np.sqrt(depth) + 0.1 * paste, 1.0 - 0.3 * hole, 1.0,
                bump=0.06)  # fmt: skip


def _arrow(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """An upward arrow, a unit tall, its tip at y = -0.5 (image rows run down)."""
    head = (y < -0.05) & (np.abs(x) < (y + 0.5))
    return head | ((np.abs(x) < 0.14) & (y >= -0.05) & (y < 0.5))


def cardboard(n: int, rng: np.random.Generator) -> Maps:
    """Corrugated brown kraft cardboard: a box panel with its flutes showing as fine parallel
    ridges, a fold at the box's edge, a strip of shiny brown packing tape over the seam between
    flaps, printed marks (a framed pair of "this way up" arrows over a bar, a barcode) and a
    torn patch, its liner ripped away with a pale frayed edge, baring the corrugation."""
    v = _var(rng)
    fibres, rip, stain = pick(rng, fbm(n, 64, 64, 2, v), fbm(n, 8, 8, 3, v), fbm(n, 3, 3, 3, v))
    x, y = _xy(n)
    x, y = (x + rng.uniform(0, 1)) % 1.0, (y + rng.uniform(0, 1)) % 1.0  # where the box starts
    flute = np.sin(2 * np.pi * int(rng.choice([14, 16, 18])) * x)  # the corrugation's waves
    liner = 0.86 + 0.05 * flute + 0.1 * (fibres - 0.5) - 0.1 * smooth(stain, 0.6, 0.9)
    fold = np.minimum(x, 1 - x)  # the box's edge, folded over at the tile's edge
    liner = liner * np.where(x < 0.5, 1.0, 0.85) * (0.45 + 0.55 * smooth(fold, 0.0, 0.01))
    tape = np.abs(y - 0.5) < 0.09
    seam = 1 - smooth(np.abs(y - 0.5), 0.0, 0.006)  # where the flaps meet, under the tape
    frame = (np.abs(np.abs(x - 0.3) - 0.18) < 0.012) & (np.abs(y - 0.22) < 0.17)
    frame |= (np.abs(np.abs(y - 0.22) - 0.17) < 0.012) & (np.abs(x - 0.3) < 0.19)
    arrows = _arrow((x - 0.22) / 0.14, (y - 0.19) / 0.2) | _arrow((x - 0.38) / 0.14, y / 0.2 - 0.95)
    bar = (np.abs(x - 0.3) < 0.13) & (np.abs(y - 0.32) < 0.014)
    code = rng.uniform(0, 1, 40)[(x * 160).astype(np.int64) % 40] > 0.45  # bars of many widths
    barcode = code & (np.abs(x - 0.7) < 0.13) & (np.abs(y - 0.8) < 0.07)
    ink = (arrows | bar | frame | barcode) & ~tape
    hole = 0.1 + 0.14 * rip - np.hypot((x - 0.3 + 0.5) % 1 - 0.5, (y - 0.78 + 0.5) % 1 - 0.5)
    torn, fray = smooth(hole, 0.0, 0.006), smooth(hole, -0.02, 0.0) * (1 - smooth(hole, 0.0, 0.006))
    bare = 0.3 + 0.75 * (0.5 + 0.5 * flute) ** 0.7  # bright crests, dark troughs
    shade = np.where(ink, 0.12, liner) * (1 - 0.6 * seam)
    shade = shade * (1 - torn) + torn * bare + 0.4 * fray
    albedo = _tint(np.clip(shade, 0, 1).astype(F32), (1, 1, 1))
    gloss = 0.9 + 0.1 * np.sin(2 * np.pi * (9 * y + 2 * x)) ** 8  # the tape's wrinkles
    tapecol = np.asarray((0.75, 0.56, 0.32), F32) * (gloss * (1 - 0.2 * seam))[..., None]
    albedo = np.where(tape[..., None], 0.2 * albedo + tapecol, albedo)
    height = 0.15 * flute * (1 - torn) + torn * (0.5 * flute - 0.6) + 0.3 * tape - 0.5 * seam
    height = height - 0.6 * (1 - smooth(fold, 0.0, 0.01)) + 0.2 * fray
    rough = np.where(tape, 0.3, 1.0) + 0.1 * fibres
    return Maps(np.clip(albedo, 0, 1).astype(F32), height.astype(F32), rough.astype(F32), 1.0,
                bump=0.04)  # fmt: skip


def newsprint(n: int, rng: np.random.Generator) -> Maps:
    """Printed paper: columns of type in lines of words, a bold headline and a halftone picture."""
    v = _var(rng)
    line, fibres = pick(rng, fbm(n, 48, 1, 1, v), fbm(n, 3, 160, 1, v), flip=False)
    x, y = _xy(n)
    cols, lines = int(rng.choice([2, 3])), int(rng.choice([14, 18]))
    cx = (x * cols) % 1.0
    ly = (y * lines) % 1.0
    row = np.floor(y * lines)
    # every line of type is the same run of words shifted along, so the lines differ
    words = line[0, (np.arange(n)[None, :] + (row * 97).astype(np.int64)) % n]
    gutter = (cx > 0.06) & (cx < 0.94)
    head = row % lines < 2  # the first two rows of a tile are a headline
    ink = gutter & (words > 0.42) & np.where(head, ly < 0.85, (ly > 0.35) & (ly < 0.7))
    col = np.floor(x * cols)
    pic = (col == int(rng.integers(cols))) & (row % lines >= lines // 2) & (row % lines < lines - 2)
    dots = 0.5 + 0.5 * np.sin(x * n * 0.9) * np.sin(y * n * 0.9)
    tone = np.where(pic & gutter, 0.35 + 0.5 * (dots > fibres), 1.0)
    shade = np.where(ink & ~pic, 0.18, tone) * (0.92 + 0.08 * fibres)
    return Maps(_tint(shade, (1, 1, 1)), 0.4 * fibres - 0.2 * ink, 1.0, 1.0, bump=0.01)


def maps(n: int, rng: np.random.Generator) -> Maps:
    """Old maps: inked coastlines round blue seas (a second line offshore), a contour line on the
    land, a grid of bearings and the stains of age."""
    v = _var(rng)
    land, stain = pick(rng, fbm(n, 2, 2, 5, v), fbm(n, 4, 4, 3, v + 1))
    sea = land < 0.5
    coast = 1 - smooth(np.abs(land - 0.5), 0.004, 0.018)
    offshore = (1 - smooth(np.abs(land - 0.44), 0.0, 0.006)) * sea
    contour = (1 - smooth(np.abs(land - 0.62), 0.0, 0.006)) * ~sea
    x, y = _xy(n)
    k = int(rng.choice([2, 3]))
    grid = 1 - smooth(np.minimum(np.abs((x * k) % 1.0 - 0.5), np.abs((y * k) % 1.0 - 0.5)),
                      0.485, 0.5)  # fmt: skip
    albedo = np.where(sea[..., None], np.asarray((0.25, 0.5, 1.0), F32), np.ones(3, F32))
    lines = np.clip(coast + 0.6 * offshore + 0.4 * contour + 0.5 * grid, 0, 1)
    albedo = _mix(albedo, (0.25, 0.15, 0.08), lines)
    albedo = albedo * (1 - 0.2 * smooth(stain, 0.55, 0.85))[..., None]
    return Maps(albedo.astype(F32), 0.3 * stain - 0.3 * coast, 1.0, 1.0, bump=0.008)


_LEAF_TONES: list[Rgb] = [(1.0, 1.0, 1.0), (1.0, 0.85, 0.55), (0.75, 0.95, 0.7), (0.9, 0.7, 0.5)]


def leaves(n: int, rng: np.random.Generator) -> Maps:
    """Leaves: layers of pointed leaves lying every way over each other, each with a midrib, side
    veins and its own shade, dark where a gap shows through."""
    v = _var(rng)
    k = int(rng.choice([3, 4]))
    leaf = np.zeros((n, n), F32)
    rib = np.zeros((n, n), F32)
    veins = np.zeros((n, n), F32)
    tone = np.zeros((n, n, 3), F32)
    for layer in range(3):  # the later layers lie on top
        c = cells(n, k, (v + layer) % VARIANTS)
        dx, dy, rand = pick(rng, c.dx, c.dy, c.rand)
        ang = rand * 2 * np.pi
        along = (np.cos(ang) * dx + np.sin(ang) * dy) / 0.75
        across = (-np.sin(ang) * dx + np.cos(ang) * dy) / 0.75
        width = 0.42 * np.clip(1 - along * along, 0, 1) ** 0.8
        inside = np.clip(1 - np.abs(across) / np.maximum(width, 1e-3), 0, 1) * (np.abs(along) < 1)
        here = smooth(inside, 0.0, 0.2)
        top = here > 0.05
        leaf = np.where(top, here, leaf)
        rib = np.where(top, 1 - smooth(np.abs(across), 0.0, 0.02), rib)
        veins = np.where(top, ridge((along * 5 - np.abs(across) * 7) % 1.0) ** 8, veins)
        tone = np.where(top[..., None], _palette((rand * 7.3) % 1.0, _LEAF_TONES), tone)
    shade = (0.3 + 0.6 * leaf + 0.15 * rib * leaf - 0.15 * veins * leaf)[..., None]
    tone = np.where(leaf[..., None] > 0, tone, np.asarray((0.5, 0.5, 0.5), F32))
    return Maps(tone * shade, leaf * (0.6 + 0.2 * rib + 0.1 * veins), 1.0, 1.0, bump=0.05)


def needles(n: int, rng: np.random.Generator) -> Maps:
    """Needles: dense fine strokes lying along the part, bundled, dark between the bundles."""
    v = _var(rng)
    strand, bundle = pick(rng, fbm(n, 128, 6, 1, v), fbm(n, 10, 5, 3, v), flip=False)
    line = ridge(strand) ** 3
    shade = 0.5 + 0.45 * line * (0.6 + 0.4 * bundle)
    return Maps(_tint(shade, (1, 1, 1)), line + 0.4 * bundle, 1.1 - 0.3 * line, 1.0, bump=0.05)


def wire(n: int, rng: np.random.Generator) -> Maps:
    """Wire: tight round turns wound side by side, bright on each turn, dark between turns."""
    v = _var(rng)
    (wobble,) = pick(rng, fbm(n, 2, 4, 2, v), flip=False)
    turn = stripes(n, int(rng.choice([24, 32])), wobble, 0.6, axis=0)
    round_ = np.sqrt(turn)
    albedo = _tint(0.45 + 0.55 * round_, (1, 1, 1))
    return Maps(albedo, round_, 0.6 + 0.8 * (1 - round_), 1.0, bump=0.05)


def foil(n: int, rng: np.random.Generator) -> Maps:
    """Crumpled foil: flat facets tilted every way, with sharp creases where they meet."""
    v = _var(rng)
    c = cells(n, int(rng.choice([8, 10, 12])), v)
    dx, dy, rand, edge = pick(rng, c.dx, c.dy, c.rand, c.f2 - c.f1)
    tilt = rand * 2 * np.pi
    height = 0.5 + 0.9 * (np.cos(tilt) * dx + np.sin(tilt) * dy)
    crease = 1 - smooth(edge, 0.0, 0.03)
    albedo = _tint(0.78 + 0.22 * rand - 0.2 * crease, (1, 1, 1))
    return Maps(albedo, height, 0.5 + 1.5 * crease + 0.5 * rand, 1.0, bump=0.08)


def fur(n: int, rng: np.random.Generator) -> Maps:
    """Fur: fine hairs lying in clumps along the part, darker at their roots."""
    v = _var(rng)
    hair, clump, flow = pick(rng, fbm(n, 160, 8, 2, v), fbm(n, 8, 4, 3, v), fbm(n, 2, 2, 2, v))
    strands = np.roll(hair, int(n * 0.05), 1) * 0.5 + hair * 0.5
    tips = smooth(strands + 0.3 * (clump - 0.5), 0.35, 0.75)
    shade = 0.55 + 0.45 * tips - 0.1 * flow
    return Maps(_tint(shade, (1, 1, 1)), 0.7 * tips + 0.3 * clump, 1.0, 1.0, bump=0.06)


def _discs(n: int, rng: np.random.Generator, count: int) -> tuple[np.ndarray, ...]:
    """Round discs, one per cell: (distance from the centre / disc radius, x, y, rand, inside)."""
    c = cells(n, count, _var(rng))
    f1, dx, dy, rand = pick(rng, c.f1, c.dx, c.dy, c.rand)
    r = f1 / 0.42
    return r, dx / 0.42, dy / 0.42, rand, (r < 1).astype(F32)


def coins(n: int, rng: np.random.Generator) -> Maps:
    """Coins: heaped discs, each with a raised rim, a milled edge and a worn head in relief."""
    r, x, y, rand, inside = _discs(n, rng, 5)
    rim = smooth(r, 0.8, 0.88) * inside
    milled = rim * (0.5 + 0.5 * np.sin(np.arctan2(y, x) * 60))
    head = np.clip(1 - np.hypot(x * 1.6, (y - 0.05) * 1.1) / 0.7, 0, 1) ** 0.5
    relief = inside * (0.4 + 0.4 * rim + 0.25 * head * (r < 0.7))
    shade = np.where(inside > 0, 0.7 + 0.25 * rand + 0.15 * rim - 0.1 * milled, 0.3)
    return Maps(_tint(shade, (1, 1, 1)), relief, 0.7 + 0.5 * (1 - inside) + 0.4 * milled, 1.0,
                bump=0.05)  # fmt: skip


_BUTTON_TONES: list[Rgb] = [
    (1.0, 1.0, 1.0), (0.35, 0.55, 1.0), (1.0, 0.85, 0.3), (0.4, 0.85, 0.45), (1.0, 0.55, 0.8),
    (0.25, 0.22, 0.2),
]  # fmt: skip


def buttons(n: int, rng: np.random.Generator) -> Maps:
    """Buttons: discs of many colours, each with a rolled rim and four thread holes."""
    r, x, y, rand, inside = _discs(n, rng, 4)
    rim = smooth(r, 0.72, 0.85) * inside
    holes = 1 - smooth(np.minimum.reduce([np.hypot(x - a, y - b) for a in (-0.18, 0.18)
                                         for b in (-0.18, 0.18)]), 0.07, 0.1)  # fmt: skip
    holes = holes * inside
    tone = _palette(rand, _BUTTON_TONES)
    shade = np.where(inside > 0, 0.8 + 0.2 * rim - 0.6 * holes, 0.25)
    height = inside * (0.5 + 0.3 * rim - 0.2 * (1 - rim) * (r < 0.72)) - 0.5 * holes
    return Maps(tone * shade[..., None], height, 1.0 + inside * 0 + 0.6 * (1 - inside), 1.0,
                bump=0.05)  # fmt: skip


def berries(n: int, rng: np.random.Generator) -> Maps:
    """Berries: glossy round fruit packed together, each dotted with pale seeds and lit on top."""
    r, x, y, rand, inside = _discs(n, rng, 6)
    dome = np.sqrt(np.clip(1 - r * r, 0, 1)) * inside
    s = cells(n, 40, _var(rng))
    seed = (1 - smooth(s.f1, 0.05, 0.12)) * (s.rand > 0.4) * smooth(dome, 0.2, 0.4)
    shine = smooth(1 - np.hypot(x + 0.3, y + 0.3), 0.75, 0.95) * inside
    shade = np.where(inside > 0, 0.55 + 0.35 * dome + 0.1 * rand, 0.25)
    albedo = _mix(_tint(shade, (1, 1, 1)), (1.0, 0.9, 0.45), 0.8 * seed + shine)
    return Maps(albedo, dome - 0.2 * seed, 1.0 - 0.5 * shine + 0.8 * (1 - inside), 1.0,
                bump=0.06)  # fmt: skip


PIPS: dict[int, list[tuple[float, float]]] = {
    1: [(0.5, 0.5)],
    2: [(0.27, 0.27), (0.73, 0.73)],
    3: [(0.27, 0.27), (0.5, 0.5), (0.73, 0.73)],
    4: [(0.27, 0.27), (0.73, 0.27), (0.27, 0.73), (0.73, 0.73)],
    5: [(0.27, 0.27), (0.73, 0.27), (0.5, 0.5), (0.27, 0.73), (0.73, 0.73)],
    6: [(0.27, 0.25), (0.73, 0.25), (0.27, 0.5), (0.73, 0.5), (0.27, 0.75), (0.73, 0.75)],
}
"""Where a die's pips sit on its face, by number."""


def _squares(n: int, count: int, rng: np.random.Generator) -> tuple[np.ndarray, ...]:
    """A grid of ``count`` × ``count`` squares: (u, v in each square 0..1, its seeded number)."""
    x, y = _xy(n)
    shift = rng.uniform(0, 1, 2)
    gx, gy = (x + shift[0]) % 1 * count, (y + shift[1]) % 1 * count
    ix, iy = np.floor(gx), np.floor(gy)
    table = rng.uniform(0, 1, (count, count)).astype(F32)
    return gx - ix, gy - iy, table[iy.astype(np.int64), ix.astype(np.int64)]


def dice(n: int, rng: np.random.Generator) -> Maps:
    """Dice faces: rounded squares with black pips, each showing a number of its own."""
    u, v, rand = _squares(n, 4, rng)
    number = np.minimum((rand * 6).astype(np.int64), 5) + 1
    pip = np.zeros_like(u)
    for k, spots in PIPS.items():
        near = np.minimum.reduce([np.hypot(u - a, v - b) for a, b in spots])
        pip = np.where(number == k, 1 - smooth(near, 0.07, 0.09), pip)
    edge = np.maximum(np.abs(u - 0.5), np.abs(v - 0.5))
    seam = smooth(edge, 0.44, 0.5)
    shade = (0.95 - 0.85 * pip) * (1 - 0.35 * seam)
    return Maps(_tint(shade, (1, 1, 1)), 1 - 0.6 * pip - 0.5 * seam, 1.0 + 0.5 * seam, 1.0,
                bump=0.03)  # fmt: skip


def cards(n: int, rng: np.random.Generator) -> Maps:
    """Playing cards: white faces edge to edge, each with a red or black suit in its middle and
    corners, and a thin dark line where one card meets the next."""
    u, v, rand = _squares(n, 3, rng)
    x, y = (u - 0.5) * 2, (v - 0.5) * 2
    suit = np.minimum((rand * 4).astype(np.int64), 3)

    def heart(x: np.ndarray, y: np.ndarray) -> np.ndarray:  # lobes up, point down
        lobes = (np.hypot(x - 0.15, y - 0.1) < 0.17) | (np.hypot(x + 0.15, y - 0.1) < 0.17)
        return lobes | ((np.abs(x) / 0.32 - (y - 0.05) / 0.4 < 1) & (y < 0.05))

    stem = (np.abs(x) < 0.04) & (y < 0) & (y > -0.4)
    diamond = np.abs(x) / 0.32 + np.abs(y) / 0.45 < 1
    spade = heart(x, -y) | stem
    club = (
        (np.hypot(x, y - 0.15) < 0.15)
        | (np.hypot(x - 0.16, y + 0.08) < 0.15)
        | (np.hypot(x + 0.16, y + 0.08) < 0.15)
        | stem
    )
    mark = np.select([suit == 0, suit == 1, suit == 2], [heart(x, y), diamond, spade], club)
    corner = (np.hypot(np.abs(x) - 0.72, np.abs(y) - 0.72) < 0.08) & (x * y > 0)
    ink = (mark | corner).astype(F32)
    red = (suit < 2).astype(F32)
    edge = smooth(np.maximum(np.abs(x), np.abs(y)), 0.93, 0.99)
    albedo = _mix((0.98, 0.97, 0.94), (0.75, 0.03, 0.05), ink * red)
    albedo = _mix(albedo, (0.06, 0.06, 0.07), ink * (1 - red) + 0.7 * edge)
    return Maps(albedo, 0.8 - 0.6 * edge + 0.1 * ink, 1.0, 1.0, bump=0.01)


def bricks(n: int, rng: np.random.Generator) -> Maps:
    """Bricks in a running bond: courses of red-brown bricks of varied tone, sunk mortar
    between them."""
    v = _var(rng)
    x, y = _xy(n)
    rows, cols = 5, 2  # large enough to read as bricks on a small thing
    gy = y * rows
    row = np.floor(gy)
    gx = (x * cols + 0.5 * (row % 2)) % cols
    col = np.floor(gx)
    fu, fv = gx - col, gy - row
    mortar = np.maximum(smooth(np.abs(fu - 0.5), 0.45, 0.48), smooth(np.abs(fv - 0.5), 0.40, 0.46))
    tone = rng.uniform(0.75, 1.1, (rows, cols)).astype(F32)[
        row.astype(np.int64), col.astype(np.int64)
    ]
    (grain,) = pick(rng, fbm(n, 16, 16, 4, v))
    brick = _tint(tone * (0.85 + 0.2 * grain), (1, 1, 1))
    albedo = _mix(brick, (1.6, 1.6, 1.5), mortar)
    return Maps(albedo, (1 - mortar) * (0.8 + 0.2 * grain), 1.0 + 0.1 * mortar, 1.0, bump=0.06)


def _strewn(n: int, rng: np.random.Generator, count: int, size: float,
            stamp: Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]],
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """``count`` copies of a thing strewn over the tile at seeded places and turns, each over
    the ones before, the tile wrapping round: (where a thing is, which of its parts, a seeded
    tone per copy). ``stamp(u, v)`` is the thing in its own coordinates (u along it, v across,
    in units of ``size``): its mask and the part each point is. Above 128², drawn at half
    the size and doubled (a quarter of the time; the things are large, the edges soft)."""
    if n > 128 and n % 2 == 0:
        inside, part, tone = _strewn(n // 2, rng, count, size, stamp)
        return _double(inside), _double(part), _double(tone)
    inside, part, tone = np.zeros((n, n), F32), np.zeros((n, n), F32), np.zeros((n, n), F32)
    reach = int(np.ceil(1.25 * size * n)) + 1  # each copy is drawn in its own window only
    step = (np.arange(-reach, reach + 1, dtype=F32) + 0.5) / n
    for _ in range(count):
        cx, cy = rng.uniform(0, 1, 2)
        a, k = rng.uniform(0, 2 * np.pi), size * rng.uniform(0.85, 1.15)
        cols = (np.floor(cx * n).astype(int) + np.arange(-reach, reach + 1)) % n
        rows = (np.floor(cy * n).astype(int) + np.arange(-reach, reach + 1)) % n
        dx, dy = np.meshgrid(step - (cx * n % 1) / n, step - (cy * n % 1) / n)
        u = (dx * np.cos(a) + dy * np.sin(a)) / k
        v = (-dx * np.sin(a) + dy * np.cos(a)) / k
        mask, which = stamp(u, v)
        window = np.ix_(rows, cols)
        inside[window] = np.where(mask, 1.0, inside[window])
        part[window] = np.where(mask, which, part[window])
        tone[window] = np.where(mask, rng.uniform(0.8, 1.0), tone[window])
    return inside.astype(F32), part.astype(F32), tone.astype(F32)


def _double(a: np.ndarray) -> np.ndarray:
    """An image twice the size each way, each pixel doubled."""
    return np.repeat(np.repeat(a, 2, 0), 2, 1)


def _things_maps(inside: np.ndarray, part: np.ndarray, tone: np.ndarray,
                 shades: list[Rgb], gap: float = 0.3) -> Maps:  # fmt: skip
    """Things on a dark ground: each part in its own shade, raised over the gaps."""
    albedo = _palette(np.clip(part / len(shades) + 0.5 / len(shades), 0, 1), shades)
    albedo = albedo * (tone * inside + gap * (1 - inside))[..., None]
    return Maps(albedo.astype(F32), inside * (0.7 + 0.3 * tone), 1.0 + 0.3 * (1 - inside), 1.0,
                bump=0.04)  # fmt: skip


def _key(u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    r = np.hypot(u + 0.7, v)
    bits = (u > 0.5) & (u < 0.85) & (v > 0) & (v < 0.24) & ((u * 14) % 2 < 1.3)
    mask = ((r < 0.3) & (r > 0.14)) | ((np.abs(v) < 0.065) & (u > -0.45) & (u < 0.88)) | bits
    return mask, np.zeros_like(u)


def keys_pattern(n: int, rng: np.random.Generator) -> Maps:
    """Keys heaped every which way: a ring bow, a shaft, a toothed bit."""
    return _things_maps(*_strewn(n, rng, 16, 0.3, _key), [(1.0, 1.0, 1.0)])


def _bone(u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    knobs = np.minimum.reduce([np.hypot(u - a, v - b) for a in (-0.8, 0.8) for b in (-0.13, 0.13)])
    mask = ((np.abs(v) < 0.1) & (np.abs(u) < 0.8)) | (knobs < 0.15)
    return mask, np.zeros_like(u)


def bones_pattern(n: int, rng: np.random.Generator) -> Maps:
    """Long bones heaped every which way, knuckled at both ends."""
    return _things_maps(*_strewn(n, rng, 16, 0.3, _bone), [(1.0, 0.97, 0.92)], gap=0.4)


def _scallop(u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A scallop fan: ribs radiating from the hinge to a wavy rim, two ears at the hinge; its
    part is its shade (0..1): light on the ribs, dark in the grooves and round its outline."""
    u, v = u.astype(F32), v.astype(F32) + F32(0.6)
    r, ang = np.hypot(u, v), np.arctan2(u, v)
    rib, a4 = np.cos(ang * 16), (ang * ang * F32(0.6)) ** 2
    rim = (1 + 0.06 * rib) * (1 - 0.3 * a4)
    fan = (r < rim) & (a4 < 1)
    ears = (np.abs(u) < 0.34) & (v > -0.14) & (v < 0.16)
    edge = np.minimum(rim - r, (1.3 - np.abs(ang)) * r)
    shade = (0.6 + 0.4 * rib * np.clip(r * 3.3 - 0.3, 0, 1)) * (0.35 + 6.5 * np.clip(edge, 0, 0.1))
    return fan | ears, np.where(fan, np.clip(shade, 0.05, 1), 0.5)


def _whelk(u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A spiral cone shell: whorls swelling from the spire's tip to a wide body, dark sutures
    between them, and its open mouth (part 2 and above, its depth)."""
    t = np.clip((0.9 - u) / 1.5, 0, 1)  # 0 at the tip, 1 at the body
    whorl = (u * 4 + 0.8 * v) % 1.0
    width = 0.45 * t**0.8 * (0.8 + 0.2 * np.sin(np.pi * whorl)) * (1 - smooth(-u, 0.45, 0.75))
    body = (np.abs(v) < width) & (u < 0.9)
    deep = np.hypot((u + 0.38) / 0.26, (v - 0.07) / 0.16)
    shade = np.sin(np.pi * whorl) ** 0.5 * (1 - 0.6 * (np.abs(v) / np.maximum(width, 1e-3)) ** 4)
    return body | (deep < 1), np.where(deep < 1, 2.0 + deep, shade)


_SHELL_TONES: list[Rgb] = [(1.0, 0.95, 0.86), (1.0, 0.72, 0.7), (1.0, 0.8, 0.58),
                           (1.0, 1.0, 0.97), (0.95, 0.62, 0.55), (0.92, 0.84, 0.74)]  # fmt: skip


def shells_pattern(n: int, rng: np.random.Generator) -> Maps:
    """Seashells packed together: ribbed scallop fans with wavy rims and ears at the hinge, in
    cream, white, pink and peach, a few upturned to show a smooth pearly inside, and spiral cone
    shells with pink mouths lying over them; dark sand in the gaps."""
    fan, rib, tone = _strewn(n, rng, 7, 0.5, _scallop)
    cone, part, tone2 = _strewn(n, rng, 2, 0.42, _whelk)
    over, mouth = cone > 0, part >= 2
    shade = np.where(over, np.minimum(part, 1.0), rib)
    colour = _palette(np.where(over, tone2, tone) * 5 % 1.0, _SHELL_TONES)  # a colour each
    inner = ~over & (tone > 0.95)  # upturned: smooth, pearly and rosy
    lum = np.where(inner, 0.75 + 0.25 * smooth(rib, 0.2, 0.6), 0.25 + 0.8 * shade)
    albedo = colour * lum[..., None]
    albedo = np.where(inner[..., None], _mix(albedo, (1.0, 0.86, 0.92), 0.5 * rib), albedo)
    mouth = over & mouth
    pink = _mix((0.45, 0.15, 0.15), (1.0, 0.62, 0.55), np.clip((part - 2) * 2, 0, 1))
    albedo = np.where(mouth[..., None], pink, albedo)
    thing = np.maximum(fan, cone)
    albedo = np.where(thing[..., None] > 0, albedo, np.asarray((0.2, 0.18, 0.16), F32))
    height = thing * (0.4 + 0.5 * np.where(inner, 0.4, shade)) + 0.3 * cone
    rough = np.where(inner | mouth, 0.3, 1.0) + 0.4 * (1 - thing)
    return Maps(np.clip(albedo, 0, 1).astype(F32), height.astype(F32), rough.astype(F32), 1.0,
                bump=0.05)  # fmt: skip


def _pencil(u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    body = (np.abs(v) < 0.1) & (u > -0.95) & (u < 0.55)
    tip = (u >= 0.55) & (u < 0.95) & (np.abs(v) < 0.1 * (0.95 - u) / 0.4)
    which = np.where(u > 0.85, 2.0, np.where(u >= 0.55, 1.0, 0.0))
    return body | tip, which


def pencils_pattern(n: int, rng: np.random.Generator) -> Maps:
    """Pencils lying every which way: painted bodies, sharpened wooden points, dark leads."""
    shades: list[Rgb] = [(1.0, 1.0, 1.0), (1.0, 0.95, 0.9), (0.12, 0.12, 0.12)]
    return _things_maps(*_strewn(n, rng, 14, 0.38, _pencil), shades)


def _match(u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    head = np.hypot((u - 0.82) / 0.14, v / 0.075) < 1
    return head | ((np.abs(v) < 0.04) & (u > -0.95) & (u < 0.8)), head.astype(F32)


def matches_pattern(n: int, rng: np.random.Generator) -> Maps:
    """Matchsticks heaped every which way, each with its red head."""
    return _things_maps(*_strewn(n, rng, 30, 0.3, _match), [(1.0, 1.0, 1.0), (0.75, 0.08, 0.06)])


def _tooth(u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    crown = np.abs(u / 0.5) ** 3 + np.abs(v / 0.42) ** 3 < 1
    groove = (np.abs(u) < 0.04) | (np.abs(v) < 0.035)
    return crown, (crown & groove).astype(F32)


def teeth_pattern(n: int, rng: np.random.Generator) -> Maps:
    """Teeth packed together: rounded crowns with the grooves of molars."""
    return _things_maps(*_strewn(n, rng, 36, 0.16, _tooth), [(1.0, 1.0, 0.97), (0.7, 0.65, 0.55)])


def _book(u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    body = (np.abs(u) < 0.9) & (np.abs(v) < 0.28)
    band = (np.abs(np.abs(u) - 0.6) < 0.06) & body
    pages = body & (v > 0.2)
    return body, np.where(pages, 2.0, np.where(band, 1.0, 0.0))


_COVERS: list[Rgb] = [
    (0.42, 0.05, 0.04), (0.05, 0.08, 0.25), (0.06, 0.2, 0.09), (0.55, 0.33, 0.08),
    (0.25, 0.1, 0.04), (0.16, 0.05, 0.03), (0.3, 0.05, 0.12), (0.07, 0.22, 0.25),
]  # fmt: skip
"""Cloth and leather covers of books, on a white stuff (the material's colour tints them)."""


def books_pattern(n: int, rng: np.random.Generator) -> Maps:
    """Books stacked flat, one on another: a row each, its spine in its own cover's colour
    with gilt bands, or its cream block of pages; each row one or two books, seamed."""
    x, y = _xy(n)
    heights = rng.uniform(0.2, 0.34, 8)
    edges = np.concatenate([[0.0], np.cumsum(heights)])
    edges = edges[: int(np.searchsorted(edges, 1.0)) + 1]
    edges = edges / edges[-1]  # rows filling the tile exactly, so it wraps
    row = np.clip(np.searchsorted(edges, y, side="right") - 1, 0, len(edges) - 2)
    lo, hi = edges[row], edges[row + 1]
    t = (y - lo) / (hi - lo)  # across the row, 0 to 1
    seams = rng.uniform(0, 1, len(edges))[row]  # where a second book starts in the row
    second = ((x - seams) % 1.0) < rng.uniform(0.3, 0.7, len(edges))[row]
    pick_ = (row * 3 + second * 5 + int(rng.integers(0, 8))) % len(_COVERS)
    pages = rng.uniform(0, 1, (len(edges), 2))[row, second.astype(int)] < 0.3
    cover = np.asarray(_COVERS, F32)[pick_]
    along = (x - seams) % 1.0
    gilt = (np.abs(((along * 3.0) % 1.0) - 0.5) < 0.03) & ~pages
    leaves = (
        np.asarray((0.92, 0.88, 0.76), F32) * (0.9 + 0.1 * (np.sin(t * np.pi * 28) > 0))[..., None]
    )
    albedo = np.where(pages[..., None], leaves, cover)
    albedo = np.where(gilt[..., None], np.asarray((0.9, 0.65, 0.2), F32), albedo)
    edge = np.minimum(t, 1 - t)  # each book rounded at its edges, dark in the seams
    seam = np.minimum(along, 1 - along)
    shade = np.clip(edge * 14, 0.35, 1.0) * np.clip(seam * 60, 0.5, 1.0)
    albedo = albedo * shade[..., None]
    height = np.clip(edge * 8, 0, 1) * np.clip(seam * 40, 0, 1)
    rough = np.where(pages, 1.0, np.where(gilt, 0.5, 0.8))
    return Maps(
        albedo.astype(F32),
        height.astype(F32),
        rough.astype(F32),
        np.where(gilt, 1.0, 0.0).astype(F32),
        bump=0.03,
    )


def sugar_cubes_pattern(n: int, rng: np.random.Generator) -> Maps:
    """Sugar cubes stacked in rows and columns: a regular grid of pure white square faces, each
    a little askew, crisp straight edges bevelled bright on the lit sides, deep shadowed seams
    between them, and on each face the crystalline grain of sugar with fine sparkling glints."""
    v = _var(rng)
    g = cells(n, 32, v)
    gdx, gdy, gf1, grand = (a.astype(F32) for a in pick(rng, g.dx, g.dy, g.f1, g.rand))
    k = 4  # cubes to a tile, each way
    x, y = _xy(n)
    gy = ((y + rng.uniform(0, 1)) % 1.0) * k
    row = np.floor(gy)
    ri = row.astype(np.int64) % k
    gx = (x * k + rng.uniform(-0.12, 0.12, k).astype(F32)[ri]) % k  # rows a little uneven
    col = np.floor(gx)
    cube = rng.uniform(-1, 1, (k, k, 4)).astype(F32)[ri, col.astype(np.int64) % k]
    a = 0.05 * cube[..., 0]  # each cube a little askew and off its place
    u0, w0 = gx - col - 0.5 - 0.02 * cube[..., 1], gy - row - 0.5 - 0.02 * cube[..., 2]
    u, w = u0 * np.cos(a) + w0 * np.sin(a), w0 * np.cos(a) - u0 * np.sin(a)
    edge = 0.45 + 0.01 * cube[..., 3] - np.maximum(np.abs(u), np.abs(w))  # < 0 in the seam
    face = smooth(edge, -0.006, 0.006)
    bevel = face * (1 - smooth(edge, 0.0, 0.1))
    lit = np.where(np.abs(u) > np.abs(w), -np.sign(u), -np.sign(w))  # upper and left edges lit
    seam = 1 - smooth(edge, -0.05, 0.0)
    facet = np.cos(grand * 40) * gdx + np.sin(grand * 40) * gdy  # each crystal tilted its way
    glint = (1 - smooth(gf1, 0.15, 0.35)) * (grand > 0.75)
    top = 0.82 + 0.16 * facet + np.where(lit > 0, 0.25, -0.4) * bevel + 0.35 * glint
    shade = np.clip(face * top + (1 - face) * (0.55 - 0.25 * seam), 0, 1)
    height = np.sqrt(np.clip(edge / 0.1, 0, 1)) + 0.08 * face * (facet + glint)
    rough = 1.0 - 0.7 * glint * face + 0.2 * (1 - face)
    return Maps(_tint(shade.astype(F32), (1, 1, 1)), height.astype(F32), rough.astype(F32), 1.0,
                bump=0.05)  # fmt: skip


def _link(u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mask = np.zeros_like(u, dtype=bool)
    for k in range(-2, 3):  # five links in a row, every other one seen edge-on
        x = u - 0.36 * k
        if k % 2:
            mask |= (np.abs(x) < 0.2) & (np.abs(v) < 0.045)
        else:
            r = np.hypot(x / 0.24, v / 0.15)
            mask |= (r < 1.0) & (r > 0.55)
    return mask, np.zeros_like(u)


def chains_pattern(n: int, rng: np.random.Generator) -> Maps:
    """Lengths of chain lying across each other: oval links, every other one edge-on."""
    return _things_maps(*_strewn(n, rng, 16, 0.35, _link), [(1.0, 1.0, 1.0)], gap=0.25)


def sand(n: int, rng: np.random.Generator) -> Maps:
    """Sand: fine grains of many tones, swept into soft ripples; no cracks (stone's cracks read
    as paving)."""
    v = _var(rng)
    grain, warp = pick(rng, fbm(n, 128, 128, 1, v), fbm(n, 3, 3, 3, v))
    _, y = _xy(n)
    ripple = 0.5 + 0.5 * np.sin(2 * np.pi * (int(rng.integers(5, 9)) * y + 0.6 * warp))
    shade = 0.82 + 0.12 * grain + 0.08 * ripple
    return Maps(_tint(shade, (1, 1, 1)), 0.6 * ripple + 0.4 * grain, 1.0, 1.0, bump=0.03)


def honeycomb(n: int, rng: np.random.Generator) -> Maps:
    """Honeycomb: hexagonal wax cells, most brimming with glossy honey, some empty and dark."""
    k, rows = 6, 8  # cells across and rows to a tile (even, so the offset rows wrap)
    x, y = _xy(n)
    s = 1.0 / (k * np.sqrt(3))  # a pointy-topped hexagon's radius, rows squeezed to fit
    px, py = x, y * rows * 1.5 * s
    r = np.round(py / (1.5 * s))
    q = np.round(px / (np.sqrt(3) * s) - 0.5 * (r % 2))
    best, cell = np.full(x.shape, np.inf, F32), np.zeros(x.shape, np.int64)
    for dr in (-1, 0, 1):  # the nearest centre among the neighbouring rows
        rr = r + dr
        for dq in (-1, 0, 1):
            qq = q + dq
            cx = (qq + 0.5 * (rr % 2)) * np.sqrt(3) * s
            cy = rr * 1.5 * s
            dx, dy = (px - cx + 0.5) % 1 - 0.5, py - cy
            d = np.maximum(np.abs(dx) * 2 / np.sqrt(3), np.abs(dx) / np.sqrt(3) + np.abs(dy)) / s
            near = d < best
            best = np.where(near, d, best)
            cell = np.where(near, (rr.astype(np.int64) % rows) * k + qq.astype(np.int64) % k, cell)
    wall = smooth(best, 0.82, 0.92)
    full = rng.uniform(0, 1, rows * k)[cell] > 0.2
    shade = np.where(full, 1.0, 0.4) * (1 - wall) + 0.8 * wall
    return Maps(_tint(shade.astype(F32), (1, 1, 1)), 0.9 * wall + 0.3 * (1 - wall) * full,
                0.6 + 1.0 * wall, 1.0, bump=0.05)  # fmt: skip


def bamboo(n: int, rng: np.random.Generator) -> Maps:
    """Bamboo: smooth pale culms with fine lengthwise fibres, ringed every so often by the
    raised darker band of a node."""
    v = _var(rng)
    fibre, blotch = pick(rng, fbm(n, 96, 2, 2, v), fbm(n, 3, 3, 3, v))
    _, y = _xy(n)
    nodes = int(rng.integers(2, 4))  # to a tile, across the grain
    d = np.abs(((y * nodes) % 1.0) - 0.5) * 2  # 1 at a node, 0 between
    node = smooth(d, 0.86, 0.97)
    shade = 0.9 + 0.06 * fibre + 0.05 * blotch - 0.35 * node
    return Maps(_tint(shade.astype(F32), (1, 1, 1)), 0.3 * fibre + 0.7 * node, 0.9 + 0.4 * node,
                1.0 - 0.2 * node, bump=0.04)  # fmt: skip


def wicker(n: int, rng: np.random.Generator) -> Maps:
    """Woven straw, wicker, rattan: wide flat strands passing over and under each other in a
    basket weave, each rounded across and streaked along its fibres, a little lighter or darker
    than the next, with dark gaps between them."""
    v = _var(rng)
    along_y, along_x = pick(rng, fbm(n, 96, 4, 2, v), fbm(n, 4, 96, 2, v), flip=False)
    k = int(rng.integers(6, 10))  # strands to a tile, each way
    x, y = _xy(n)
    cx, cy = np.floor(k * x), np.floor(k * y)
    warp = (cx + cy) % 2 == 0  # where the strand running along y lies on top
    across = np.where(warp, (k * x) % 1.0, (k * y) % 1.0)
    along = np.where(warp, (k * y) % 1.0, (k * x) % 1.0)
    tones = rng.uniform(-1.0, 1.0, k)
    tone = np.where(warp, tones[cx.astype(int) % k], tones[cy.astype(int) % k])
    fibre = np.where(warp, along_y, along_x)
    profile = np.sin(np.pi * np.clip((across - 0.07) / 0.86, 0.0, 1.0))
    gap = 1 - smooth(np.minimum(across, 1 - across), 0.0, 0.07)
    rise = 0.75 + 0.25 * np.sin(np.pi * along)  # over the crossing, down at its ends
    shade = (0.7 + 0.16 * profile + 0.07 * tone + 0.12 * (fibre - 0.5)) * (1 - 0.7 * gap)
    height = 0.8 * profile * rise + 0.15 * fibre
    return Maps(_tint(shade.astype(F32), (1, 1, 1)), height.astype(F32), 1.0 + 0.3 * gap, 1.0,
                bump=0.05)  # fmt: skip


def concrete(n: int, rng: np.random.Generator) -> Maps:
    """Cast concrete: an even grey with fine pale and dark aggregate, the faint seams of the
    boards it was poured against, a grid of round tie holes and pale patches of weathering."""
    v = _var(rng)
    grit, patch = pick(rng, fbm(n, 128, 128, 1, v), fbm(n, 4, 4, 3, v))
    x, y = _xy(n)
    boards = int(rng.integers(3, 6))  # seams to a tile
    seam = 1 - smooth(np.abs(((y * boards) % 1.0) - 0.5) * 2, 0.0, 0.04)
    holes = int(rng.integers(2, 4))
    hx, hy = (x * holes) % 1.0 - 0.5, (y * holes + 0.5 / boards) % 1.0 - 0.5
    hole = 1 - smooth(np.hypot(hx, hy), 0.025, 0.04)
    dots = smooth(grit, 0.74, 0.86) - smooth(1 - grit, 0.78, 0.9)
    shade = 0.86 + 0.08 * patch + 0.06 * dots - 0.2 * seam - 0.45 * hole
    return Maps(_tint(shade.astype(F32), (1, 1, 1)), 0.3 * grit - 0.5 * seam - hole, 1.0, 1.0,
                bump=0.03)  # fmt: skip


def lava(n: int, rng: np.random.Generator) -> Maps:
    """Lava: plates of dark cooled crust, cracked apart by glowing molten seams."""
    v = _var(rng)
    c = cells(n, 5, v)
    edge, rand, warp = pick(rng, c.f2 - c.f1, c.rand, fbm(n, 6, 6, 4, v))
    seam = 1 - smooth(edge, 0.0, 0.035 + 0.04 * warp)
    crust = 0.6 + 0.4 * rand * warp
    albedo = _mix(_tint(crust, (1, 1, 1)), (3.0, 1.6, 0.6), seam)
    return Maps(albedo, (1 - seam) * (0.6 + 0.4 * warp), 1.0 - 0.4 * seam, 1.0, glow=seam,
                bump=0.07)  # fmt: skip


def pasta(n: int, rng: np.random.Generator) -> Maps:
    """Pasta: long soft strands lying side by side in loose waves, each rounded and glossy on its
    crest, a dark gap between them, now and then one crossing over."""
    v = _var(rng)
    wobble, over = pick(rng, fbm(n, 3, 5, 3, v), fbm(n, 4, 4, 2, v), flip=False)
    strand = stripes(n, int(rng.choice([14, 18])), wobble, 2.2, axis=0)
    cross = stripes(n, 9, over, 1.5, axis=1)
    crossing = smooth(over, 0.62, 0.66) * cross
    round_ = np.maximum(np.sqrt(strand), crossing)
    albedo = _tint(0.55 + 0.45 * round_, (1, 1, 1))
    return Maps(albedo, round_, 1.1 - 0.5 * round_, 1.0, bump=0.06)


def licorice(n: int, rng: np.random.Generator) -> Maps:
    """Licorice: a twisted rope of soft black candy, its ridges running round it in a steep
    spiral, each rounded and glossy on its crest, a dark groove between them; dusted faintly
    matte in the grooves."""
    v = _var(rng)
    (wobble,) = pick(rng, fbm(n, 3, 3, 2, v), flip=False)
    x, y = _xy(n)
    ridges = int(rng.choice([5, 6, 7]))
    turn = (x * ridges + y * 2 * int(rng.choice([1, 2])) + 0.15 * wobble) % 1.0
    crest = np.sin(np.pi * turn) ** 1.5  # rounded ridges, narrow grooves between
    albedo = _tint(0.55 + 0.65 * crest, (1, 1, 1))
    return Maps(albedo, crest, 1.4 - 0.9 * crest, 1.0, bump=0.07)


def kelp(n: int, rng: np.random.Generator) -> Maps:
    """Seaweed: broad wavy ribbons of kelp lying over each other, ruffled along their edges, a
    darker midline, glistening wet, dark where a gap shows through."""
    v = _var(rng)
    warp, ruffle = pick(rng, fbm(n, 3, 3, 3, v), fbm(n, 24, 24, 2, v), flip=False)
    band = stripes(n, int(rng.choice([4, 5])), warp, 1.6, axis=0)
    blade = smooth(band, 0.25, 0.4) * (0.85 + 0.3 * ruffle)
    mid = 1 - smooth(np.abs(band - 0.8), 0.0, 0.06)
    shade = np.clip(0.6 + 0.4 * blade - 0.15 * mid * blade, 0, 1.2)  # (dark gaps: camouflage)
    tone = _mix((0.7, 0.75, 0.45), (1.0, 0.9, 0.6), ruffle)
    return Maps(tone * shade[..., None], blade + 0.2 * ruffle, 0.7 - 0.3 * blade, 1.0, bump=0.05)


_TOY_COLOURS: list[Rgb] = [(0.75, 0.04, 0.03), (0.95, 0.7, 0.02), (0.03, 0.18, 0.62),
                           (0.05, 0.45, 0.1), (0.92, 0.92, 0.9), (0.95, 0.35, 0.02)]  # fmt: skip


def toy_bricks(n: int, rng: np.random.Generator) -> Maps:
    """Toy bricks: a running bond of glossy snap-together bricks in bright colours, each with a
    row of round studs on its face and a thin dark seam where it meets the next."""
    rows, cols = 4, 2
    x, y = _xy(n)
    x, y = (x + rng.uniform(0, 1)) % 1.0, (y + 0.25 * rng.integers(0, 4)) % 1.0  # where it starts
    gy = y * rows
    row = np.floor(gy)
    gx = (x * cols + 0.5 * (row % 2)) % cols
    col = np.floor(gx)
    fu, fv = gx - col, gy - row
    pick_ = rng.uniform(0, 1, (rows, cols)).astype(F32)[row.astype(np.int64), col.astype(np.int64)]
    colour = _palette(pick_, _TOY_COLOURS)
    seam = np.maximum(smooth(np.abs(fu - 0.5), 0.47, 0.5), smooth(np.abs(fv - 0.5), 0.44, 0.5))
    sx = (fu * 4) % 1.0 - 0.5  # four studs along a brick, two across
    sy = (fv * 2) % 1.0 - 0.5
    r = np.hypot(sx / 1.0, sy * 0.5 * 2)
    stud = 1 - smooth(r, 0.26, 0.3)
    rim = smooth(r, 0.22, 0.27) * stud
    albedo = _mix(colour * (1 - 0.25 * rim)[..., None], (0.05, 0.05, 0.05), 0.8 * seam)
    return Maps(albedo, 0.6 * (1 - seam) + 0.4 * stud, 0.6 + 0.4 * seam, 1.0, bump=0.05)


def sushi(n: int, rng: np.random.Generator) -> Maps:
    """Sushi: rolls cut open side by side, each a ring of dark green nori round white grains of
    rice round a centre of salmon-orange fish and a bit of green cucumber."""
    v = _var(rng)
    u, w, rand = _squares(n, 3, rng)
    x, y = u - 0.5, w - 0.5
    r = np.hypot(x, y)
    (grain,) = pick(rng, fbm(n, 96, 96, 1, v))
    nori = smooth(r, 0.36, 0.38) * (1 - smooth(r, 0.44, 0.46))
    rice = 1 - smooth(r, 0.35, 0.37)
    fish = 1 - smooth(np.hypot(x - 0.03, y + 0.02), 0.13, 0.15)
    cucumber = 1 - smooth(np.hypot(x + 0.1, y - 0.08), 0.05, 0.065)
    albedo = _mix((0.05, 0.09, 0.05), (0.97, 0.96, 0.92), rice * (0.85 + 0.25 * grain))
    albedo = _mix(albedo, (0.95, 0.33, 0.12), fish)
    albedo = _mix(albedo, (0.25, 0.6, 0.15), cucumber * (rand > 0.4))
    albedo = _mix(albedo, (0.04, 0.07, 0.04), nori)
    outside = smooth(r, 0.45, 0.47)
    albedo = _mix(albedo, (0.12, 0.1, 0.08), outside)  # the board between the rolls
    height = rice * (0.7 + 0.3 * grain) + nori * 0.9 + 0.3 * fish
    return Maps(albedo, height, 0.9 - 0.4 * fish, 1.0, bump=0.05)


def _at_half(pattern: Callable[[int, np.random.Generator], Maps]) -> Callable[..., Maps]:
    """``pattern`` drawn at half the size above 128² and doubled: for the slowest, whose
    detail survives it (a quarter of the time)."""

    def half(n: int, rng: np.random.Generator) -> Maps:
        if n <= 128 or n % 2:
            return pattern(n, rng)
        m = pattern(n // 2, rng)
        rough = _double(m.rough) if isinstance(m.rough, np.ndarray) else m.rough
        metal = _double(m.metal) if isinstance(m.metal, np.ndarray) else m.metal
        glow = _double(m.glow) if m.glow is not None else None
        return Maps(_double(m.albedo), _double(m.height), rough, metal, glow, m.bump)

    half.__doc__ = pattern.__doc__
    return half


PATTERNS: dict[str, Callable[[int, np.random.Generator], Maps]] = {
    "glass": clear_glass, "stained glass": leaded_glass, "clockwork": clockwork, "coral": coral, "smoke": wisps,
    "brass": brushed, "gold": brushed, "silver": brushed, "iron": hammered, "rust": rust,
    "chrome": brushed, "wood": wood, "stone": stone, "marble": marble, "bone": bone,
    "paper": paper, "ice": ice, "water": water, "fire": flame, "light": glow, "fabric": woven,
    "velvet": velvet, "leather": leather, "porcelain": crackle, "wax": wax, "crystal": crystal,
    "moss": moss, "honey": honey, "ink": ink, "cloud": wisps, "starlight": starlight,
    "obsidian": obsidian, "amber": amber, "pearl": nacre, "sugar": sugar, "flesh": flesh,
    "feathers": feathers, "scales": scales, "shadow": wisps, "plastic": plastic, "clay": clay,
    "bark": bark, "chocolate": chocolate, "bread": bread, "cheese": cheese,
    "cardboard": cardboard, "newsprint": newsprint, "maps": maps, "leaves": _at_half(leaves),
    "needles": needles, "wire": wire, "foil": foil, "fur": fur, "coins": coins,
    "buttons": buttons, "berries": berries, "chains": chains_pattern, "keys": keys_pattern,
    "teeth": teeth_pattern, "bones": bones_pattern, "shells": shells_pattern, "marbles": clear_glass, "dice": dice, "cards": cards,
    "books": books_pattern, "bubbles": clear_glass, "nails": hammered, "pencils": pencils_pattern,
    "matches": matches_pattern, "spoons": brushed, "candles": wax, "bricks": bricks, "pebbles": stone,
    "sugar cubes": sugar_cubes_pattern, "lava": lava, "sand": sand, "honeycomb": honeycomb,
    "bamboo": bamboo, "concrete": concrete, "straw": wicker, "petals": petals, "wool": knit,
    "pasta": pasta, "seaweed": kelp, "toy bricks": toy_bricks, "sushi": sushi, "origami": origami,
    "sprinkles": _at_half(sprinkles), "ice cream": ice_cream,
    "lace": lace, "licorice": licorice, "peacock feathers": peacock,
}  # fmt: skip
"""The patterns drawn here, by material (``bark`` is wood on a trunk, ``origami`` paper folded);
``_textures.PATTERNS`` joins them with the foods', fruit's and goods' of their own modules."""
