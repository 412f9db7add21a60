"""Procedural texture patterns of banknotes, bubblegum and pretzels."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np

from ._noise import cells, fbm, pick, smooth, stripes
from ._patterns import F32, Maps, Rgb, _mix, _var, _xy

_NOTE_INKS: list[Rgb] = [
    (0.2, 0.33, 0.16), (0.27, 0.34, 0.25), (0.2, 0.33, 0.16), (0.22, 0.38, 0.7),
    (0.2, 0.33, 0.16), (0.27, 0.34, 0.25), (0.5, 0.25, 0.5), (0.2, 0.33, 0.16), (0.7, 0.4, 0.1),
]  # fmt: skip
"""Muted money greens (most notes), grey-green, and other currencies' blue, mauve, amber."""


def _note(
    u: np.ndarray, v: np.ndarray, side: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One note in its own coordinates (u along, -1..1; v across, -0.5..0.5): (its printed
    field, its dark ink, its seal), each 0..1."""
    printed = ((np.abs(u) < 0.92) & (np.abs(v) < 0.41)).astype(F32)  # inside the pale border
    frame = (np.abs(np.maximum(np.abs(u) - 0.5, np.abs(v)) - 0.38) < 0.012).astype(F32)
    g1 = np.abs(np.sin(70 * v + 2.5 * np.sin(11 * u)))
    g2 = np.abs(np.sin(70 * v - 2.5 * np.sin(11 * u + 1.7)))
    guilloche = 0.45 * ((g1 < 0.22) | (g2 < 0.22)) * printed
    ou, ov = u - 0.12 * side, v  # the portrait's oval, off centre
    oval = np.hypot(ou / 0.3, ov / 0.36)
    face = (np.hypot(ou / 0.1, (ov + 0.06) / 0.13) < 1) | (
        np.hypot(ou / 0.2, (ov - 0.3) / 0.17) < 1
    )
    hatch = np.sin(90 * (ou + ov)) > -0.3
    portrait = np.where(oval < 1, face * hatch * 0.9, guilloche) + (np.abs(oval - 1.04) < 0.05)
    nx = -0.62 * side  # big numerals aside
    big = _numeral(u - nx, v, 0.16) | _numeral(np.abs(u) - 0.8, np.abs(v) - 0.3, 0.06)
    su, sv = u + 0.5 * nx, v + 0.18
    seal_r, seal_a = np.hypot(su, sv * 1.0), np.arctan2(sv, su)
    seal = (seal_r < 0.1 + 0.012 * np.sin(28 * seal_a)).astype(F32)
    seal = seal * (1 - 0.8 * (np.abs(seal_r - 0.06) < 0.01))
    ink = np.clip(np.maximum(portrait, frame) + big, 0, 1)
    return printed, ink * (1 - seal), seal


def _numeral(u: np.ndarray, v: np.ndarray, h: float) -> np.ndarray:
    """ "100" centred at the origin, ``h`` tall (a bar and two rings)."""
    w = 0.55 * h
    one = (np.abs(u + 1.1 * w) < 0.12 * w) & (np.abs(v) < 0.5 * h)
    rings = [np.hypot((u - c * w) / (0.42 * w), v / (0.5 * h)) for c in (0.0, 1.1)]
    return one | np.logical_or.reduce([(r < 1) & (r > 0.62) for r in rings])


def banknotes(n: int, rng: np.random.Generator) -> Maps:
    """Paper money: rows of overlapping notes and a few more dropped over them askew, each a
    muted green (or a pale blue, mauve or amber note of another currency) with a pale border,
    a fine guilloche of wavy lines, an oval portrait medallion, big "100" numerals (and small
    ones in the corners), a toothed seal and a fold across its middle; a little crinkled."""
    v = _var(rng)
    crinkle, fine = pick(rng, fbm(n, 4, 4, 3, v), fbm(n, 12, 12, 2, v))
    x, y = _xy(n)
    rows, offs = 2, rng.uniform(0, 1, 2)
    row = np.floor(y * rows).astype(np.int64)
    gx = (x + offs[row]) % 1.0
    col = np.floor(gx).astype(np.int64)
    kinds = np.asarray([rng.choice([0, 1, 4, 7]), rng.integers(0, 9)])[row]  # (now and then
    # another currency)
    layers = [(2 * (gx - col) - 1, (y * rows) % 1.0 - 0.5, kinds, 1.0)]
    for _ in range(2):  # notes dropped on top at a slant, the tile wrapping round
        cx, cy, a = *rng.uniform(0, 1, 2), rng.uniform(-0.6, 0.6)
        dx, dy = (x - cx + 0.5) % 1.0 - 0.5, (y - cy + 0.5) % 1.0 - 0.5
        u = (dx * np.cos(a) + dy * np.sin(a)) / 0.5
        w = (-dx * np.sin(a) + dy * np.cos(a)) / 0.5
        layers.append((u, w, int(rng.choice([0, 1, 4, 7])), 0.0))
    albedo, height = np.zeros((n, n, 3), F32), np.zeros((n, n), F32)
    for i, (u, w, k, full) in enumerate(layers):
        inside = np.maximum((np.abs(u) < 1) & (np.abs(w) < 0.5), full).astype(F32)
        shadow = (np.abs(u + 0.04) < 1.02) & (np.abs(w - 0.04) < 0.54) & (inside < 1)
        albedo *= 1 - 0.45 * shadow[..., None]
        printed, ink, seal = _note(u, w, np.where(np.asarray(k) % 2 == 1, 1.0, -1.0))
        ink_rgb = np.asarray(_NOTE_INKS, F32)[np.asarray(k) % len(_NOTE_INKS)]
        tint = _mix((0.8, 0.82, 0.72), 0.04 + 1.4 * ink_rgb, printed)
        note = _mix(tint, ink_rgb * 0.3, ink)
        red = (np.asarray(k) % 3 == 0)[..., None]
        note = _mix(note, np.where(red, (0.55, 0.08, 0.06), (0.12, 0.3, 0.14)), seal)
        fold = np.where(u > 0, 0.93, 1.0) * (1 - 0.3 * (np.abs(u) < 0.02))
        albedo = np.where(inside[..., None] > 0, note * fold[..., None], albedo)
        height = np.where(inside > 0, 0.1 * i + 0.05 * fold, height)
    albedo = albedo * (0.82 + 0.18 * crinkle + 0.08 * fine)[..., None]
    return Maps(albedo.astype(F32), height + 0.4 * crinkle, 1.0, 1.0, bump=0.02)


def bubblegum(n: int, rng: np.random.Generator) -> Maps:
    """Bubblegum: soft chewed gum in smooth blobby lumps with soft creases between them, pulled
    in places into stretched strands, pressed with thumb dimples, and a few blown bubbles:
    round domes, paler where the gum is thin, glossy, with a bright highlight."""
    v = _var(rng)
    c, d, b = cells(n, 4, v), cells(n, 4, v + 1), cells(n, 2, v)
    f1, f2, df1, drand, bf1, bdx, bdy, brand, blob, streak, pulled = pick(
        rng, c.f1, c.f2, d.f1, d.rand, b.f1, b.dx, b.dy, b.rand, fbm(n, 4, 4, 3, v),
        fbm(n, 2, 4, 2, v), fbm(n, 3, 3, 2, v + 1),
    )  # fmt: skip
    lump = 0.5 * smooth(f2 - f1 + 0.3 * blob, 0.05, 0.6) + 0.5 * blob  # soft pillows
    stretch = smooth(pulled, 0.55, 0.7)  # where it was pulled into strands
    strand = np.sqrt(stripes(n, 14, streak, 0.5, axis=0)) * stretch  # rounded strings
    dimple = (drand > 0.5) * (1 - smooth(df1, 0.1, 0.3)) * (1 - stretch)
    r = bf1 / (0.26 + 0.1 * brand)
    blown = ((r < 1) & (brand > 0.3)).astype(F32)
    dome = np.sqrt(np.clip(1 - r * r, 0, 1)) * blown
    shine = smooth(1 - np.hypot(bdx / 0.3 + 0.35, bdy / 0.3 + 0.35), 0.7, 0.85) * blown
    rim = (1 - smooth(np.abs(r - 1), 0.0, 0.12)) * (brand > 0.3)
    body = (0.62 + 0.3 * lump - 0.2 * dimple) * (1 - stretch) + (0.45 + 0.5 * strand) * stretch
    shade = np.where(blown > 0, 0.9 + 0.1 * dome, body) * (1 - 0.3 * rim) + 0.35 * shine
    height = np.where(blown > 0, 0.7 + 0.9 * dome, 0.8 * lump + 0.3 * strand - 0.5 * dimple)
    rough = np.where(blown > 0, 0.55 - 0.35 * shine, 1.5 - 0.3 * lump - 0.3 * strand)
    albedo = np.repeat(np.clip(shade, 0, 1.2)[..., None], 3, -1)
    return Maps(albedo.astype(F32), height - 0.3 * rim, rough, 1.0, bump=0.07)


_KNOT = np.asarray(
    [
        (-0.6, -0.45),
        (0.0, -0.02),
        (0.15, 0.3),
        (0.2, 0.58),
        (0.45, 0.8),
        (0.75, 0.66),
        (0.88, 0.35),
        (0.8, -0.1),
        (0.6, -0.55),
        (0.0, -0.8),
        (-0.6, -0.55),
        (-0.8, -0.1),
        (-0.88, 0.35),
        (-0.75, 0.66),
        (-0.45, 0.8),
        (-0.2, 0.58),
        (-0.15, 0.3),
        (0.0, -0.02),
        (0.6, -0.45),
    ],
    F32,
)
for _ in range(1):  # rounded off (Chaikin), ends kept
    _KNOT = np.concatenate(
        [
            _KNOT[:1],
            np.stack(
                [0.75 * _KNOT[:-1] + 0.25 * _KNOT[1:], 0.25 * _KNOT[:-1] + 0.75 * _KNOT[1:]], 1
            ).reshape(-1, 2),
            _KNOT[-1:],
        ]
    )
_KNOT[:, 1] *= -1  # image rows run down: the belly below
"""A pretzel's rope from one end to the other: up through the twist, round the two lobes of its
top and the fat belly below, back through the twist to the belly's other side."""


@lru_cache(maxsize=8)
def _pretzel(m: int) -> tuple[np.ndarray, np.ndarray]:
    """One pretzel filling an m × m cell: (distance from the rope's middle over its half-width,
    how far along the rope, 0..1); the arms thinner than the fat belly."""
    c = (np.arange(m, dtype=F32) + 0.5) / m * 2.0 - 1.0
    p = np.stack(np.meshgrid(c, c), -1).reshape(-1, 1, 2)
    a, ab = _KNOT[:-1], _KNOT[1:] - _KNOT[:-1]
    t = np.clip(((p - a) * ab).sum(-1) / (ab * ab).sum(-1), 0, 1)
    d = np.hypot(*np.moveaxis(p - a - t[..., None] * ab, -1, 0))
    i = np.argmin(d, 1)
    along = ((i + np.take_along_axis(t, i[:, None], 1)[:, 0]) / len(ab)).reshape(m, m)
    belly = smooth(np.abs(along - 0.5), 0.08, 0.2)  # 1 on the arms, 0 on the belly
    return (d.min(1).reshape(m, m) / (0.2 - 0.07 * belly)).astype(F32), along.astype(F32)


def pretzel(n: int, rng: np.random.Generator) -> Maps:
    """Pretzels packed in rows: glossy deep brown ropes of baked dough, each knotted into a fat
    belly below two lobes with its twisted arms crossing in the middle, paler dough showing in
    the split along the belly, coarse white salt crystals sprinkled on, dark between them."""
    v = _var(rng)
    m = min(n, 128)
    dist, along = _pretzel(m)
    x, y = _xy(n)
    iy, ix = (((y + rng.uniform(0, 1)) % 1.0) * m).astype(np.int64), (x * m).astype(np.int64)
    dist, along = dist[iy, ix], along[iy, ix]  # one big pretzel a tile
    tone = 1.0
    s = cells(n, 16, v)
    sdx, sdy, srand, grain = pick(rng, s.dx, s.dy, s.rand, fbm(n, 16, 16, 3, v))
    inside, crest = (dist < 1).astype(F32), np.sqrt(np.clip(1 - dist * dist, 0, 1))
    arms = smooth(np.abs(along - 0.5), 0.08, 0.2)
    split = ((dist < 0.32 + 0.12 * np.sin(along * 90)) & (arms < 0.5)).astype(F32)
    twist = (0.5 + 0.5 * np.sin(along * 150 + dist * 2.5)) * arms * inside
    box = np.maximum(np.abs(sdx + sdy), np.abs(sdx - sdy)) / 1.4
    salt = (box < 0.14 + 0.1 * srand) * (srand > 0.4) * (crest > 0.35)
    lit = crest * tone * (0.8 + 0.3 * grain) * (1 - 0.4 * twist)
    crust = _mix((0.04, 0.012, 0.003), (0.26, 0.085, 0.018), np.clip(lit, 0, 1))
    albedo = _mix(crust, (0.75, 0.5, 0.24), split * (0.6 + 0.4 * grain))
    albedo = _mix(albedo * inside[..., None] + 0.015 * (1 - inside)[..., None], (1, 1, 1), salt)
    height = inside * (0.3 + 0.7 * crest - 0.15 * twist) - 0.2 * split + 0.3 * salt
    rough = np.where(salt > 0, 1.5, 0.6 + 0.8 * split + 1.2 * (1 - inside))
    return Maps(albedo.astype(F32), height, rough.astype(F32), 1.0, bump=0.06)


MORE: dict[str, Callable[[int, np.random.Generator], Maps]] = {
    "banknotes": banknotes,
    "bubblegum": bubblegum,
    "pretzel": pretzel,
}
