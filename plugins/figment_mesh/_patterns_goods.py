"""Procedural texture patterns of goods: rock salt, denim, cork board, bubble wrap, barbed
wire, circuit boards and chain mail."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy as np

from ._noise import cells, fbm, pick, smooth
from ._patterns import F32, Maps, _mix, _squares, _tint, _var, _xy


def salt(n: int, rng: np.random.Generator) -> Maps:
    """Rock salt: big cubic crystals packed together, each a flat square top face framed by four
    sloping sides lit each its own way, bright along its edges; some cloudy white, some clear (a
    light core inside a darker grey rim), glossy on their planes with a few sparkling glints."""
    v = _var(rng)
    c, g = cells(n, 4, v), cells(n, 32, v)
    dx, dy, rand, edge, cloud, gf1, grand = pick(
        rng, c.dx, c.dy, c.rand, c.f2 - c.f1, fbm(n, 10, 10, 3, v), g.f1, g.rand
    )
    rand = rand.astype(F32)
    turn = rand * 7.0
    u = np.cos(turn) * dx + np.sin(turn) * dy
    w = -np.sin(turn) * dx + np.cos(turn) * dy
    box = np.maximum(np.abs(u), np.abs(w)) / (0.18 + 0.1 * rand)  # 1 at the top face's edge
    top = 1 - smooth(box, 0.97, 1.03)
    sides = np.where(np.abs(u) > np.abs(w), np.where(u > 0, 0.95, 0.55), np.where(w > 0, 0.4, 0.75))
    lit = sides.astype(F32)  # each of the four sloping sides lit its own way
    slope = np.clip(box - 1, 0, 2)
    height = 1 - 0.5 * slope - 0.5 * (1 - smooth(edge, 0.0, 0.06))
    cloudy = (rand * 13 % 1) > 0.55
    clear = np.where(top > 0.5, 0.35 + 0.55 * smooth(1 - box, 0.1, 0.7), 0.3)
    face = np.where(cloudy, 0.8 + 0.2 * cloud, clear) * top + lit * (1 - top)
    rim = 1 - smooth(np.abs(box - 1), 0.0, 0.05)  # the lit edges of the top face
    glint = (1 - smooth(gf1, 0.08, 0.16)) * (grand > 0.85) * top
    shade = face + 0.4 * rim + glint - 0.5 * (1 - smooth(edge, 0.0, 0.04))
    rough = np.where(cloudy, 1.5 + 0.5 * cloud, 0.25) * top + 0.6 * (1 - top) - 0.2 * glint
    return Maps(_tint(np.clip(shade, 0, 1), (1, 1, 1)), height, rough, 1.0, bump=0.05)


def denim(n: int, rng: np.random.Generator) -> Maps:
    """Denim: a 3/1 twill of indigo warp over pale weft (diagonal ribs, the weft peeking through
    in flecks), slubby streaks, faded patches and whiskers, and felled seams with double rows of
    gold topstitching crossing the tile. The indigo is in the albedo (its base colour is white)
    so the stitches keep their own colour."""
    v = _var(rng)
    slub, fade, whisk, fleck = pick(rng, fbm(n, 48, 3, 2, v), fbm(n, 2, 2, 4, v),
                                    fbm(n, 2, 8, 3, v), fbm(n, 64, 64, 1, v))  # fmt: skip
    k = 32  # threads each way to a tile
    x, y = _xy(n)
    warp = (np.floor(k * x) - np.floor(k * y)) % 4 != 0  # warp over three wefts, under one
    thread = np.sin(np.pi * np.where(warp, (k * x) % 1, (k * y) % 1)) ** 0.6
    worn = np.clip(0.7 * smooth(fade, 0.45, 0.95) + 0.5 * smooth(whisk, 0.7, 0.88), 0, 1)
    indigo = _mix((0.022, 0.045, 0.14), (0.13, 0.22, 0.42), np.clip(worn + 0.3 * slub - 0.1, 0, 1))
    weft = _mix(indigo, (0.62, 0.64, 0.68), 0.15 + 0.55 * smooth(fleck, 0.6, 0.72))
    cloth = np.where(warp[..., None], indigo, weft) * (0.7 + 0.3 * thread)[..., None]
    height = 0.4 * thread + 0.2 * warp
    rough = np.ones((n, n), F32)
    for axis in (0, 1):
        d = ((y if axis == 0 else x) - float(rng.integers(0, 8)) / 8) % 1  # across the seam
        along = x if axis == 0 else y
        groove = 1 - smooth(np.minimum(d, 1 - d), 0.0, 0.01)
        rows = (np.abs(d - 0.022) < 0.007) | (np.abs(d - 0.052) < 0.007)
        stitch = (rows & ((along * 24 + 0.2 * axis) % 1 < 0.65)).astype(F32)
        cloth = _mix(cloth * (1 - 0.7 * groove)[..., None], (0.8, 0.42, 0.07), stitch)
        height = height + 0.6 * smooth(d, 0.0, 0.02) * (1 - smooth(d, 0.06, 0.08)) + 0.5 * stitch
        height = height - groove
        rough = rough - 0.2 * stitch
    return Maps(cloth.astype(F32), height.astype(F32), rough, 1.0, bump=0.03)


def cork(n: int, rng: np.random.Generator) -> Maps:
    """Cork board: agglomerated granules of many sizes packed together, each its own shade of
    tan, with a dense speckle of dark pits and gaps between them; matte."""
    v = _var(rng)
    big, small, pits = cells(n, 8, v), cells(n, 16, v), cells(n, 32, v)
    brand, srand, pf1, prand, mix, grain = pick(rng, big.rand, small.rand, pits.f1, pits.rand,
                                                fbm(n, 4, 4, 2, v), fbm(n, 96, 96, 1, v))  # fmt: skip
    tone = np.where(mix > 0.45, srand, brand).astype(F32)  # small granules between the large
    size = 0.1 + 0.25 * prand * prand
    pit = (1 - smooth(pf1 + 0.12 * grain, size, size + 0.06)) * (prand > 0.35)
    shade = (0.62 + 0.38 * tone) * (0.85 + 0.25 * grain) * (1 - 0.7 * pit)
    height = 0.4 * tone + 0.3 * grain - 0.9 * pit
    return Maps(_tint(np.clip(shade, 0, 1), (1, 1, 1)), height, 1.1, 1.0, bump=0.05)


def bubble_wrap(n: int, rng: np.random.Generator) -> Maps:
    """Bubble wrap: offset rows of round raised bubbles on a thin clear film, each dome rimmed
    by a darker bend and lit by a bright ring and a highlight, the film between flat and faintly
    creased."""
    v = _var(rng)
    (crinkle,) = pick(rng, fbm(n, 6, 6, 3, v))
    k = 5  # bubbles to a row; rows alternate their offset, an even count of them
    x, y = _xy(n)
    x, y = (x + rng.uniform(0, 1)) % 1, (y + rng.uniform(0, 1)) % 1
    rows = 2 * round(k / np.sqrt(3))  # near-hexagonal packing
    gy = y * rows
    gx = x * k + 0.5 * (np.floor(gy) % 2)
    bx, by = (gx % 1 - 0.5) / k, (gy % 1 - 0.5) / rows
    r = np.hypot(bx, by) * k / 0.36  # 1 at a bubble's edge
    inside = 1 - smooth(r, 0.95, 1.0)
    dome = np.sqrt(np.clip(1 - r * r, 0, 1))
    ring = np.exp(-(((r - 0.8) / 0.07) ** 2)) * inside
    spot = smooth(1 - np.hypot(bx * k + 0.12, by * k + 0.12) / 0.09, 0.0, 0.5)
    bend = 1 - smooth(np.abs(r - 0.97), 0.0, 0.06)  # the dome's foot, where it turns dark
    shade = 0.45 + 0.15 * dome * inside - 0.2 * bend + 0.55 * ring + spot + 0.1 * crinkle
    shade = np.clip(shade, 0, 1)
    height = 0.9 * dome + 0.05 * crinkle
    return Maps(_tint(shade, (1, 1, 1)), height, 1.5 - 1.1 * inside, 1.0, bump=0.08)


def _barbed(along: np.ndarray, band: np.ndarray, barbs: int, twists: int) -> np.ndarray:
    """One set of barbed strands: ``band``'s whole numbers between strands, ``along`` each
    strand's length (both tiling); how much wire is at each point, round across each wire."""
    across = band % 1.0 - 0.5  # from the strand's middle, in strands
    turn = 0.08 * np.sin(2 * np.pi * (along * twists + 0.5 * np.floor(band)))
    thick = 0.06
    wire = np.maximum(  # two wires wound round each other
        1 - ((across - turn) / thick) ** 2, 1 - ((across + turn) / thick) ** 2
    )
    at = (along * barbs + 0.37 * np.floor(band)) % 1.0 - 0.5  # from the nearest barb
    at = at / barbs * 4.0  # in strands (a strand every quarter tile, roughly)
    for angle in (0.9, -0.9):  # two spikes crossing at the barb, sharp at both ends
        c, s = np.cos(angle), np.sin(angle)
        t = at * c + across * s
        width = 0.08 * np.clip(1 - np.abs(t) / 0.6, 0, 1)
        d = np.abs(at * s - across * c)
        wire = np.maximum(wire, 1 - (d / np.maximum(width, 1e-4)) ** 2)
    knot = np.hypot(at / 0.09, across / 0.11)  # the barb's wrap round the strand
    return np.clip(np.maximum(wire, 1 - knot**2), 0, 1).astype(F32)


def barbed_wire(n: int, rng: np.random.Generator) -> Maps:
    """Barbed wire: strands of two wires twisted round each other, crossing one another in a
    loose tangle, a barb of two short sharp spikes on each strand every hand's breadth, dark gaps
    between them."""
    v = _var(rng)
    (wobble,) = pick(rng, fbm(n, 2, 2, 2, v), flip=False)
    x, y = _xy(n)
    flat = _barbed(x, y * 2 + 0.08 * wobble, 2, 4)
    slant = _barbed(x, (x - y) + 0.3 + 0.08 * wobble, 1, 3)  # a second strand crossing
    metal = np.sqrt(np.maximum(flat, slant))
    shade = 0.08 + 0.92 * metal
    return Maps(_tint(shade, (1, 1, 1)), metal, 0.7 + 0.6 * (1 - metal), metal, bump=0.06)


def _near(dist: np.ndarray, a: np.ndarray, b: np.ndarray, reach: float) -> None:
    """Lower ``dist`` (in pixels, the tile wrapping) to the distance from the segment a-b, out
    to ``reach`` from it."""
    n = dist.shape[0]
    lo, hi = np.floor(np.minimum(a, b) - reach), np.ceil(np.maximum(a, b) + reach)
    xs, ys = np.arange(lo[0], hi[0] + 1), np.arange(lo[1], hi[1] + 1)
    px, py = xs[None, :] + 0.5, ys[:, None] + 0.5
    d = b - a
    t = np.clip(((px - a[0]) * d[0] + (py - a[1]) * d[1]) / max(float(d @ d), 1e-6), 0, 1)
    window = np.ix_(ys.astype(np.int64) % n, xs.astype(np.int64) % n)
    dist[window] = np.minimum(dist[window], np.hypot(px - a[0] - t * d[0], py - a[1] - t * d[1]))


def circuit_board(n: int, rng: np.random.Generator) -> Maps:
    """A printed circuit board: glossy green solder mask crossed by bundles of parallel gold
    traces that run straight and turn at 45°, a round pad (some drilled: vias) at each trace's
    ends, small parts in white silkscreen outlines, and black chips with rows of silver pins
    along their sides. Its colours are in the albedo (its base colour is white)."""
    v = _var(rng)
    (cloud,) = pick(rng, fbm(n, 6, 6, 3, v))
    s = 1.3 * n / 256  # pixels to a unit of the drawing (large, to read on a small thing)
    trace, pad, hole = (np.full((n, n), 1e9, F32) for _ in range(3))
    for _ in range(6):  # bundles of parallel traces, each turning twice at 45°
        h = 2 * rng.integers(0, 4) + rng.choice([-1, 1]) * np.array([0, 1, rng.choice([0, 2])])
        dirs = np.stack([np.cos(h * np.pi / 4), np.sin(h * np.pi / 4)], 1)
        at = rng.uniform(0, n, 2) + np.vstack(
            [[0, 0], np.cumsum(dirs * rng.uniform(20, 70, (3, 1)) * s, 0)]
        )
        side = np.stack([-dirs[:, 1], dirs[:, 0]], 1)  # each run's normal, mitred at the turns
        bend = (side[:-1] + side[1:]) / (1 + (side[:-1] * side[1:]).sum(1, keepdims=True))
        mitre = np.vstack([side[:1], bend, side[-1:]])
        for k in range(int(rng.integers(2, 6))):
            pts = at + (k - 2) * 10 * s * mitre
            for a, b in itertools.pairwise(pts):
                _near(trace, a, b, 4 * s)
            for end in (pts[0], pts[-1]):
                _near(pad, end, end, 7 * s)
                if rng.random() < 0.5:
                    _near(hole, end, end, 4 * s)
    x, y = _xy(n)
    gold = np.maximum(1 - smooth(trace, 1.5 * s, 2.5 * s), 1 - smooth(pad, 5 * s, 6 * s))
    drill = 1 - smooth(hole, 2 * s, 3 * s)
    u, w, part = _squares(n, 6, rng)  # small parts, each in its grid square
    u, w = np.where(part > 0.5, u, w) - 0.5, np.where(part > 0.5, w, u) - 0.5
    small = part % 0.25 < 0.07
    body = small & (np.abs(u) < 0.2) & (np.abs(w) < 0.09)
    cap = body & (np.abs(u) > 0.12)
    ring = np.abs(np.maximum(np.abs(u) / 0.28, np.abs(w) / 0.16) - 1) < 0.06
    silk = small & ring
    chip, pins, dot = np.zeros((3, n, n), bool)
    for _ in range(2):  # black chips, pins along their long sides, pin 1 marked
        (cx, cy), hw, hh = rng.uniform(0, 1, 2), rng.uniform(0.12, 0.19), rng.uniform(0.07, 0.1)
        dx, dy = (x - cx + 0.5) % 1 - 0.5, (y - cy + 0.5) % 1 - 0.5
        chip |= (np.abs(dx) < hw) & (np.abs(dy) < hh)
        row = (np.abs(dx) < hw - 0.01) & (np.abs(np.abs(dy) - hh - 0.022) < 0.022)
        pins |= row & ((dx * n / s + 3) % 12 < 6)
        silk |= np.abs(np.maximum(np.abs(dx) - hw, np.abs(dy) - hh - 0.055)) < 0.005
        dot |= np.hypot(dx + hw - 0.03, dy + hh - 0.03) < 0.012
    silk, body, cap = silk & ~chip, body & ~chip, cap & ~chip
    board = _mix((0.008, 0.08, 0.022), (0.014, 0.11, 0.03), cloud)
    paint = np.select([cap | pins | dot, chip | body, silk, drill > 0.5], [1, 2, 3, 4], 0)
    inks = np.asarray([(0, 0, 0), (0.7, 0.7, 0.72), (0.03, 0.03, 0.035), (0.8, 0.82, 0.78),
                       (0.01, 0.01, 0.01)], F32)  # fmt: skip
    albedo = np.where(paint[..., None] > 0, inks[paint], _mix(board, (0.9, 0.6, 0.22), gold))
    metal = np.where(chip | body & ~cap, 0.0, np.maximum(gold * (1 - drill), cap | pins))
    height = np.where(chip, 1.0, 0.3 * gold - 0.5 * drill + 0.2 * silk + 0.6 * (body | pins))
    rough = 0.8 - 0.3 * metal + 0.6 * (chip | body)
    return Maps(albedo, height.astype(F32), rough, metal.astype(F32), bump=0.02)


def chainmail(n: int, rng: np.random.Generator) -> Maps:
    """Chain mail (European 4-in-1): columns of small steel rings, each leaning on the next like
    fallen coins, every other column leaning the other way and half a ring lower, each ring
    linked through the four nearest of its neighbours'; bright along each round wire and at its
    raised end, dark holes between the rings."""
    v = _var(rng)
    (grime,) = pick(rng, fbm(n, 6, 6, 3, v))
    k, rows = 8, 11  # columns of rings (even, so the tile wraps) and rings down a column
    x, y = _xy(n)
    x, y = (x + rng.uniform(0, 1)) % 1 * k, (y + rng.uniform(0, 1)) % 1 * rows
    top = np.full((n, n), -9.0, F32)
    tube, lean = np.zeros((n, n), F32), np.zeros((n, n), F32)
    for di in (-1, 0, 1):
        col = np.floor(x) + di
        off = 0.5 * (col % 2)  # every other column half a ring lower
        side = np.where(col % 2 == 0, 1.0, -1.0)  # and leaning the other way
        for dj in (-1, 0, 1):
            u = x - col - 0.5
            w = (y - np.floor(y - off) - dj - 0.5 - off) * k / rows  # in column widths
            r = np.hypot(u, w / 0.85)  # a ring tilted along the column, seen at a slant
            wire = np.clip(1 - ((r - 0.62) / 0.11) ** 2, 0, 1)
            z = np.where(wire > 0, 0.3 * np.sqrt(wire) + 0.15 * side * w, -9.0)
            near = z > top
            top, tube = np.where(near, z, top), np.where(near, wire, tube)
            lean = np.where(near, side * w, lean)
    ring = (top > -9).astype(F32)
    shade = ring * (0.05 + 0.85 * tube**0.7 + 0.1 * lean) * (0.85 + 0.15 * grime)
    shade = shade + 0.02 * (1 - ring)
    height = np.where(ring > 0, top, -0.8)
    return Maps(_tint(np.clip(shade, 0, 1), (1, 1, 1)), height.astype(F32),
                0.8 + 0.6 * (1 - tube) + 0.3 * grime, 0.2 + 0.8 * ring, bump=0.04)  # fmt: skip


GOODS: dict[str, Callable[[int, np.random.Generator], Maps]] = {
    "salt": salt,
    "denim": denim,
    "cork": cork,
    "bubble wrap": bubble_wrap,
    "barbed wire": barbed_wire,
    "circuit board": circuit_board,
    "chainmail": chainmail,
}
