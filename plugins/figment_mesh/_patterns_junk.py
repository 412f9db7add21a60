"""Procedural texture patterns of bottle caps, tin cans, nuts and bolts and eyeballs.

Each is a pattern as in ``_patterns`` (a size and a seeded generator to ``Maps``), built from
``_noise``'s periodic fields or whole-tile grids so that it tiles.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ._noise import fbm, pick, ridge, smooth
from ._patterns import F32, Maps, Rgb, _mix, _palette, _tint, _var, _xy

__all__ = ["JUNK"]


def _packed(n: int, cols: int, rows: int, rng: np.random.Generator,
            jitter: float = 0.05) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """Round things packed in offset rows, ``cols`` to a row and ``rows`` (even) to a tile, each
    nudged a little: per pixel the offset (dx, dy, in column widths) to the nearest centre and
    that thing's seeded number in [0, 1)."""
    t = (np.arange(n, dtype=F32) + 0.5) / n
    gx, gy, aspect = t[None, :] * cols, t[:, None] * rows, cols / rows
    nudge = rng.uniform(-jitter, jitter, (2, rows * cols)).astype(F32)
    table = rng.uniform(0, 1, rows * cols).astype(F32)
    best = np.full((n, n), np.inf, F32)
    dx, dy, which = np.zeros((n, n), F32), np.zeros((n, n), F32), np.zeros((n, n), np.intp)
    for dr in (0, 1):
        rr = np.floor(gy - 0.5) + dr  # (n, 1): the row above or below
        shift = 0.5 * (rr % 2)
        for dq in (0, 1):
            qq = np.floor(gx - shift - 0.5) + dq  # the centre left or right in that row
            k = ((rr % rows) * cols + qq % cols).astype(np.intp)
            ox = gx - (qq + shift + 0.5) - nudge[0][k]
            oy = (gy - rr - 0.5 - nudge[1][k]) * aspect
            d = ox * ox + oy * oy
            near = d < best
            np.minimum(best, d, out=best)
            np.copyto(dx, ox, where=near)
            np.copyto(dy, oy, where=near)
            np.copyto(which, k, where=near)
    return dx, dy, table[which]


_CAPS: list[Rgb] = [
    (0.75, 0.03, 0.03), (0.03, 0.12, 0.65), (0.95, 0.7, 0.03), (0.04, 0.42, 0.08),
    (0.75, 0.76, 0.78), (0.75, 0.03, 0.03), (0.02, 0.02, 0.025), (0.8, 0.55, 0.15),
]  # fmt: skip


def bottle_caps(n: int, rng: np.random.Generator) -> Maps:
    """Bottle caps: crimped crown caps seen from the top, packed in offset rows, each a printed
    top (red, blue, yellow, green, silver, black or gold; a white ring, star or dot on some)
    inside a raised rolled edge, round it a fluted skirt of 21 pleats in the cap's colour, bright
    metal on each crest, its outline crimped; dark between the caps."""
    dx, dy, rand = _packed(n, 3, 4, rng)
    r, ang = np.hypot(dx, dy) / 0.46, np.arctan2(dy, dx)
    pleat = np.cos(ang * 21 + rand * 9)
    cap = 1 - smooth(r - 0.035 * pleat, 0.95, 0.99)  # the crimped outline
    top = 1 - smooth(r, 0.64, 0.67)
    lip = smooth(r, 0.6, 0.67) * (1 - smooth(r, 0.72, 0.77))
    skirt = smooth(r, 0.72, 0.77) * cap
    mark, kind = (rand * 7) % 1.0, ((rand * 13) % 1.0 * 4).astype(np.int64)
    spike = np.cos(5 * ang + mark * 6)
    star = r < 0.17 + 0.2 * np.clip(spike, 0, 1) ** 6
    shape = np.select([kind == 0, kind == 1, kind == 2], [np.abs(r - 0.4) < 0.07, star, r < 0.2])
    paint = _palette(rand, _CAPS)
    pale = (paint.mean(-1) > 0.5)[..., None]
    ink = np.where(pale, np.asarray((0.75, 0.03, 0.03), F32), np.asarray((0.95, 0.95, 0.92), F32))
    albedo = np.where((shape & (top > 0.5))[..., None], ink, paint)
    fold = (0.5 + 0.5 * pleat) * skirt  # each pleat's crest bright metal, its trough dark
    albedo = albedo * (top + 1.3 * lip + (0.35 + 0.5 * fold) * skirt)[..., None]
    albedo = _mix(albedo, (0.9, 0.9, 0.92), 0.45 * fold**3 + 0.3 * lip)
    albedo = albedo * (0.06 + 0.94 * cap)[..., None]
    height = 0.7 * top + lip + skirt * (0.8 - 0.6 * (r - 0.75) / 0.25 + 0.15 * pleat)
    metal = np.clip(0.5 * top + lip + skirt, 0, 1)
    return Maps(albedo.astype(F32), height, 0.7 + 2.0 * (1 - cap) + 0.3 * top, metal,
                bump=0.06)  # fmt: skip


_LABELS: list[Rgb] = [
    (0.75, 0.03, 0.03), (0.04, 0.4, 0.07), (0.03, 0.12, 0.65), (0.95, 0.7, 0.03),
    (0.9, 0.3, 0.02),
]  # fmt: skip


def tin_cans(n: int, rng: np.random.Generator) -> Maps:
    """Tin cans: the sides of tall cans standing side by side, each rounded (bright down its
    middle, dark where it turns away), a bright paper label round its middle (red, green, blue,
    yellow or orange, a white stripe round it with dark lettering, a thin band in a second
    colour) between bare ribbed tin-plate and a ridged silver rim at top and bottom."""
    cols = 2
    x, y = _xy(n)
    gx = x * cols + rng.uniform(0, 1)
    col = np.floor(gx)
    u, v = gx - col, (y + rng.uniform(0, 1)) % 1.0  # across one can, 0..1; along it, 0..1
    can = (col % cols).astype(np.int64)
    hues = rng.permutation(len(_LABELS))
    paint = np.asarray(_LABELS, F32)[hues[can]]
    second = np.asarray(_LABELS, F32)[hues[can + 2]]
    where = rng.uniform(0.3, 0.6, cols).astype(F32)[can]  # the white stripe's place on the label
    turn = np.clip(1 - (2 * u - 1) ** 2, 0, 1)
    label = (np.abs(v - 0.5) < 0.33).astype(F32)
    stripe = np.abs(v - where) < 0.08
    letters = stripe & (np.abs(v - where) < 0.035) & ((u * 14 + v * 3) % 1.0 < 0.6)
    letters &= np.abs(u - 0.5) < 0.28
    band = np.abs(v - where - 0.17) < 0.025
    rim = smooth(np.abs(v - 0.5), 0.44, 0.46)
    ribs = 0.5 + 0.5 * np.cos(v * 2 * np.pi * 30)
    beads = 0.5 + 0.5 * np.cos(v * 2 * np.pi * 90)
    bare = (1 - label) * (0.45 + 0.55 * (ribs * (1 - rim) + beads * rim))
    ink = np.where(stripe[..., None], np.asarray((0.95, 0.94, 0.9), F32), paint)
    ink = np.where(band[..., None], second, ink)
    ink = np.where(letters[..., None], np.asarray((0.05, 0.05, 0.06), F32), ink)
    albedo = ink * label[..., None] + _tint(bare, (0.85, 0.86, 0.88))
    seam = smooth(np.abs(v - 0.5), 0.485, 0.5)  # where one can stands on the next
    albedo = albedo * ((0.12 + 0.88 * turn**0.7) * (1 - 0.8 * seam))[..., None]
    metal = (1 - label) * (ribs * (1 - rim) + beads)
    height = turn**0.5 * (0.7 + 0.1 * label + 0.15 * metal - seam)
    return Maps(albedo.astype(F32), height, 0.45 + 0.9 * label, 1 - label, bump=0.05)


def nuts_and_bolts(n: int, rng: np.random.Generator) -> Maps:
    """Nuts and bolts: hex nuts (a hexagon with a round threaded hole), hex bolt heads (a
    hexagon with a round bearing face and a maker's mark) and flat washers, each turned its own
    way, packed close; grey steel lit from one side, every bevel bright or dark by where it
    faces, black in the gaps and down the holes."""
    dx, dy, rand = _packed(n, 3, 4, rng, 0.06)
    (grain,) = pick(rng, fbm(n, 2, 48, 2, _var(rng)))
    kind = np.select([rand < 0.45, rand < 0.75], [0, 1], 2)  # a nut, a bolt head, a washer
    a, size = rand * 40.0, 0.37 + 0.04 * ((rand * 11) % 1.0)
    px = (dx * np.cos(a) + dy * np.sin(a)) / size
    py = (dy * np.cos(a) - dx * np.sin(a)) / size
    r, ang = np.hypot(px, py), np.arctan2(py, px)
    hexd = np.maximum(np.abs(py), np.abs(py) * 0.5 + np.abs(px) * 0.866)  # 1 on the flats
    facet = np.round((ang - np.pi / 6) / (np.pi / 3)) * (np.pi / 3) + np.pi / 6 + a
    lit = np.where(kind == 2, np.cos(ang + a + 2.36), np.cos(facet + 2.36))  # light: top left
    outer = np.where(kind == 2, r / 1.12, hexd)
    body = 1 - smooth(outer, 0.95, 0.99)
    bevel = smooth(outer, 0.74, 0.8) * body  # the chamfer round a nut, a washer's rounded edge
    hole = 1 - smooth(r, np.where(kind == 1, -1.0, 0.46), np.where(kind == 1, 0.0, 0.52))
    inner = smooth(r, 0.46, 0.52) * (1 - smooth(r, 0.52, 0.62)) * (kind != 1)
    thread = 0.5 + 0.5 * np.cos(r * 90)
    mark = (kind == 1) & (np.abs(np.abs(px) - 0.22) < 0.05) & (np.abs(py) < 0.25)
    shade = 0.75 + 0.12 * grain + 0.08 * ((rand * 17) % 1.0) - 0.25 * mark
    shade = shade + bevel * 0.4 * lit - inner * 0.4 * lit  # a hole's edge lit on its far side
    shade = shade * (1 - hole) + hole * (0.05 + 0.12 * thread)
    height = body * (0.9 - 0.4 * bevel - 0.25 * (kind == 2) - 0.7 * hole - 0.2 * inner)
    albedo = _tint(np.clip(shade * body + 0.04, 0, 1).astype(F32), (1, 1, 1))
    rough = 0.6 + 0.4 * bevel + 1.4 * (1 - body) + hole
    return Maps(albedo, height.astype(F32), rough, body * (1 - hole), bump=0.06)


_IRISES: list[Rgb] = [
    (0.06, 0.22, 0.6), (0.08, 0.36, 0.1), (0.22, 0.08, 0.02), (0.4, 0.25, 0.05),
    (0.2, 0.45, 0.7),
]  # fmt: skip


def eyeballs(n: int, rng: np.random.Generator) -> Maps:
    """Eyeballs: round glossy white eyes packed together, each looking its own way with a
    coloured iris (blue, green, brown, hazel) ringed darker round a black pupil, a bright
    highlight and faint red veins creeping in from its edge; dark flesh between."""
    dx, dy, rand = _packed(n, 3, 4, rng)
    v = _var(rng)
    (vein_n,) = pick(rng, fbm(n, 10, 10, 4, v))
    r = np.hypot(dx, dy) / 0.47
    ball = 1 - smooth(r, 0.95, 1.0)
    dome = np.sqrt(np.clip(1 - r * r, 0, 1))
    look = rand * 31.0
    gx, gy = 0.25 * np.cos(look), 0.25 * np.sin(look)
    ex, ey = dx / 0.47 - gx, dy / 0.47 - gy
    ir = np.hypot(ex, ey)
    iris = 1 - smooth(ir, 0.44, 0.47)
    pupil = 1 - smooth(ir, 0.16, 0.19)
    fibres = 0.75 + 0.25 * np.cos(np.arctan2(ey, ex) * 36) * smooth(ir, 0.17, 0.3)
    ring = smooth(ir, 0.32, 0.46)
    vein = ridge(vein_n) ** 12 * smooth(r, 0.5, 0.95) * (1 - iris)
    white = _mix((0.95, 0.93, 0.88), (0.7, 0.06, 0.05), np.clip(vein * 1.3, 0, 1))
    colour = _palette((rand * 7) % 1.0, _IRISES) * (fibres * (1 - 0.6 * ring))[..., None]
    albedo = _mix(white * (0.55 + 0.45 * dome)[..., None], colour, iris)
    albedo = _mix(albedo, (0.01, 0.01, 0.01), pupil)
    shine = 1 - smooth(np.hypot(dx / 0.47 + 0.3, dy / 0.47 + 0.35), 0.07, 0.13)
    albedo = _mix(albedo, (1.0, 1.0, 1.0), shine)
    albedo = _mix((0.12, 0.02, 0.02), albedo, ball)
    height = ball * (0.3 + 0.7 * dome) + 0.05 * iris
    return Maps(albedo.astype(F32), height, 0.6 + 2.0 * (1 - ball), 1.0, bump=0.06)


JUNK: dict[str, Callable[[int, np.random.Generator], Maps]] = {
    "bottle caps": bottle_caps,
    "tin cans": tin_cans,
    "nuts and bolts": nuts_and_bolts,
    "eyeballs": eyeballs,
}
