"""More of the device family's appliances, from 1519: a model village, a model city, a necktie
and a cluster of barnacles on a rock.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, Sweep, align, at, rot, scl
from ._kit import (
    FLAT_UP,
    balls,
    band,
    blocks,
    bristles,
    cut,
    gable,
    loft,
    skin_field,
    skin_hits,
    solid,
    superellipse,
)
from ._primitives import HEXAGON, box, cylinder, lathe, slab, sphere, strip, tube
from ._sdf import ellipsoid
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZZO"]

Rng = np.random.Generator


_ROUND = sharp(np.stack([np.cos(np.linspace(0, 2 * np.pi, 60, endpoint=False)),
                         np.sin(np.linspace(0, 2 * np.pi, 60, endpoint=False))], 1))  # fmt: skip
"""A fine circle of radius 1 as a slab's outline (a round base in few triangles)."""


def _base(r: float, h: float, top, side) -> list[Part]:
    """A round model base of radius r, h high: a thin top skin (tagged body) over its side."""
    skin = slab(_ROUND, 0.012, at(0, h - 0.006, 0) @ FLAT_UP @ scl(r - 0.004, r - 0.004, 1), top,
                "body")  # fmt: skip
    return [skin, slab(_ROUND, h - 0.01, at(0, (h - 0.01) / 2, 0) @ FLAT_UP @ scl(r, r, 1), side)]


def _tree(x: float, z: float, h: float, y: float, rng: Rng) -> list[Part]:
    """A little round tree standing at (x, z) on y: a trunk under a crown of a few leafy balls."""
    parts = [box(0.012 * h / 0.2, 0.5 * h, 0.012 * h / 0.2, at(x, y, z), "cork")]
    c = np.array([(x, y + 0.62 * h, z)] * 3) + rng.uniform(-0.06, 0.06, (3, 3)) * h
    c[0] = (x, y + 0.66 * h, z)
    parts.append(balls(c, np.array([0.27, 0.2, 0.2]) * h, "vine", 10, 7))
    return parts


# 1519 village


def _house_outline(w: float, h: float, rise: float):
    """A house's end seen square on: walls w wide and h high under a gable rising ``rise``."""
    return sharp([(-w / 2, 0.0), (w / 2, 0.0), (w / 2, h), (0.0, h + rise), (-w / 2, h)])


def _cottage(m: np.ndarray, w: float, d: float, h: float, roof, rng: Rng) -> list[Part]:
    """A little cottage under m, its front toward +z: walls and gable ends in one piece, a
    pitched roof ridged along x, a door, windows on every side, a chimney."""
    rise = d * 0.62
    parts = [slab(_house_outline(d, h, rise), w, m @ rot("y", 90), 0)]
    s = 0.32  # the kit's roof is sized for a full house: build it scaled down
    parts += gable(d / s, w / s, h / s, rise / s, m @ rot("y", 90) @ scl(s), roof)
    door = float(rng.choice((-1, 1))) * w * 0.18
    parts.append(box(0.02, 0.038, d + 0.006, m @ at(door, 0, 0), "cork"))
    xs = [x for x in (-w * 0.32, 0.0, w * 0.32) if abs(x - door) > 0.025]
    feet = [(x, h * 0.48, 0.0) for x in xs]
    parts.append(blocks(feet, (0.017, 0.019, d + 0.006), m, "window"))
    parts.append(blocks([(0.0, h * 0.45, 0.0)], (w + 0.006, 0.019, 0.017), m, "window"))
    cx = float(rng.choice((-1, 1))) * w * 0.3
    parts.append(box(0.016, rise * 0.95, 0.016, m @ at(cx, h + rise * 0.25, -d * 0.14), "stones"))
    return parts


def _church(m: np.ndarray) -> list[Part]:
    """A village church under m, its front toward +z: a long nave under a steep roof with tall
    windows down its sides, a square tower at its front with a door, a clock and open belfry
    windows, a tall pointed steeple with a cross on top."""
    w, d, h, rise = 0.12, 0.22, 0.1, 0.08
    parts = [slab(_house_outline(w, h, rise), d, m, 0)]
    s = 0.32
    parts += gable(w / s, d / s, h / s, rise / s, m @ scl(s), 1)
    feet = [(0.0, 0.035, -d / 2 + 0.035 + 0.05 * k) for k in range(4)]
    parts.append(blocks(feet, (w + 0.006, 0.05, 0.016), m, "window"))
    tw, th = 0.075, 0.22
    tm = m @ at(0, 0, d / 2 + tw / 2 - 0.012)
    parts.append(box(tw, th, tw, tm, 0))
    parts.append(box(tw + 0.012, 0.012, tw + 0.012, tm @ at(0, th, 0), 0))  # the cornice
    parts.append(box(tw + 0.008, 0.01, tw + 0.008, tm @ at(0, th - 0.075, 0), 0))
    for a in (0, 90):  # the belfry's openings, through on all four sides
        parts.append(box(0.026, 0.045, tw + 0.006, tm @ rot("y", a) @ at(0, th - 0.058, 0),
                         "marking"))  # fmt: skip
    parts.append(box(0.03, 0.05, 0.006, tm @ at(0, 0, tw / 2), "cork"))  # the door
    parts.append(cylinder(0.016, 0.016, 0.004, tm @ at(0, th - 0.11, tw / 2) @ rot("x", 90),
                          "snow"))  # the clock # fmt: skip
    spire = [(0.0, 0.0), (tw * 0.68, 0.0), (0.001, 0.2)]
    parts.append(lathe(spire, tm @ at(0, th + 0.012, 0) @ rot("y", 45), 1, sides=4))
    top = tm @ at(0, th + 0.2, 0)
    parts.append(box(0.005, 0.04, 0.005, top, "copper"))
    parts.append(box(0.024, 0.005, 0.005, top @ at(0, 0.024, 0), "copper"))
    return parts


_COTTAGES = (
    (0.24, 0.3, 0.1), (-0.27, 0.3, 0.09), (0.34, 0.07, 0.1), (-0.34, 0.06, 0.11),
    (0.3, -0.18, 0.09), (-0.28, -0.2, 0.1), (0.12, -0.33, 0.1), (-0.1, -0.37, 0.09),
    (0.2, 0.14, 0.08),
)  # fmt: skip
"""The village's cottages: (x, z) and width."""


def _village(rng: Rng) -> list[Part]:
    """A small model village on a round grassy base: nine little cottages with pitched roofs
    (red, every third in the second material), chimneys, doors and windows, each turned
    toward the middle, where a church
    with a tall pointed steeple stands; a winding cobbled path through the village with a
    spur to the church door, and a few round trees."""
    g = 0.06
    parts = _base(0.5, g, "land", "soil")
    parts += [p.moved(at(0, g, -0.04)) for p in _church(np.eye(4))]
    for k, (x, z, w) in enumerate(_COTTAGES):
        yaw = np.degrees(np.arctan2(-x, -z)) + float(rng.uniform(-12, 12))
        m = at(x, g, z) @ rot("y", yaw)
        roof = "card-red" if k % 3 != 1 else 1
        parts += _cottage(m, w, w * 0.7, 0.06, roof, rng)
    path = [(0.1, 0.47), (0.0, 0.38), (-0.13, 0.26), (-0.16, 0.08), (-0.14, -0.12),
            (-0.0, -0.22), (0.12, -0.2), (0.22, -0.32), (0.3, -0.36)]  # fmt: skip
    parts.append(band([(x, g + 0.003, z) for x, z in path], 0.008, 0.055, (0, 1, 0), "stones"))
    spur = [(-0.13, 0.26), (-0.06, 0.2), (0.0, 0.15)]
    parts.append(band([(x, g + 0.002, z) for x, z in spur], 0.007, 0.04, (0, 1, 0), "stones"))
    for x, z, h in ((0.4, 0.25, 0.2), (0.1, 0.3, 0.16), (-0.4, -0.08, 0.22), (0.06, -0.44, 0.18),
                    (-0.2, 0.42, 0.17), (0.4, -0.05, 0.15)):  # fmt: skip
        parts += _tree(x, z, h, g, rng)
    return parts


# 1520 city


def _boxes(rows, slot) -> Part:
    """Many boxes of their own sizes in one part: a box w × h × d standing on (x, y, z) for each
    (x, y, z, w, h, d) of ``rows`` (like ``blocks``, each its own size): a sweep along x through
    each box in turn, a pole ring closing each end."""
    r = np.asarray(rows, float).reshape(-1, 6)
    square = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])
    mid = r[:, :3] + np.stack([np.zeros(len(r)), r[:, 4] / 2, np.zeros(len(r))], 1)
    half = np.stack([r[:, 3] / 2, np.zeros(len(r)), np.zeros(len(r))], 1)
    a, b = mid - half, mid + half
    centres = np.stack([a, a, b, b], 1).reshape(-1, 3)
    zero = np.zeros(len(r))
    u = np.repeat(np.stack([zero, r[:, 4] / 2, zero], 1), 4, 0)
    v = np.repeat(np.stack([zero, zero, r[:, 5] / 2], 1), 4, 0)
    sweep = Sweep(centres, u, v, np.tile([0.0, 1.0, 1.0, 0.0], len(r)), square)
    return Part(lambda k: sweep, np.eye(4), slot)


def _building(out: dict, x: float, z: float, w: float, d: float, h: float, y: float,
              glass: bool) -> None:  # fmt: skip
    """A block of a building standing at (x, y, z), w by d and h high, its boxes added to
    ``out`` by material: rows of windows on every face (bands of dark glass floor by floor,
    split into panes by piers), a parapet round its flat roof."""
    out[0].append((x, y, z, w, h, d))
    floor = 0.034 if glass else 0.04
    n = max(1, int((h - 0.03) / floor))
    band = floor * (0.72 if glass else 0.5)
    out["window"] += [(x, y + 0.022 + floor * i, z, w + 0.006, band, d + 0.006) for i in range(n)]
    if not glass:
        run = n * floor
        cols, rows = max(2, round(w / 0.028)), max(2, round(d / 0.028))
        out[0] += [(x - w / 2 + w * i / cols, y + 0.018, z, 0.007, run, d + 0.012)
                   for i in range(1, cols)]  # fmt: skip
        out[0] += [(x, y + 0.018, z - d / 2 + d * i / rows, w + 0.012, run, 0.007)
                   for i in range(1, rows)]  # fmt: skip
    out[1].append((x, y + h, z, w + 0.01, 0.012, d + 0.01))  # the parapet


def _tall_tower(out: dict, x: float, z: float, y: float) -> list[Part]:
    """The city's tallest tower at (x, y, z) (its blocks added to ``out``): a glass shaft
    stepping back twice, a pyramid crown and a long needle spire."""
    for w, h in ((0.13, 0.46), (0.1, 0.2), (0.07, 0.12)):
        _building(out, x, z, w, w, h, y, True)
        y += h + 0.012
    crown = lathe([(0.0, 0.0), (0.03, 0.0), (0.0, 0.08)], at(x, y, z) @ rot("y", 45), 1, sides=4)
    return [crown, cylinder(0.006, 0.002, 0.2, at(x, y + 0.05, z), 1)]  # and its needle


def _dome(out: dict, x: float, z: float, r: float, y: float, drum: float) -> list[Part]:
    """A domed round building at (x, y, z): a drum ringed with windows between piers (added
    to ``out``), a dome and a lantern."""
    m = at(x, y, z)
    parts = [cylinder(r, r, drum, m, 0)]
    parts.append(cylinder(r * 1.01, r * 1.01, drum * 0.35, m @ at(0, drum * 0.4, 0), "window"))
    for k in range(10):  # piers round the drum
        a = 2 * np.pi * k / 10
        out[0].append((x + r * np.cos(a), y + drum * 0.35, z + r * np.sin(a), 0.008, drum * 0.45,
                       0.008))  # fmt: skip
    dome = [(r * np.cos(t), r * 0.95 * np.sin(t)) for t in np.linspace(0, np.pi / 2, 4)]
    parts.append(lathe(dome, m @ at(0, drum, 0), 1))
    parts.append(cylinder(r * 0.2, r * 0.2, r * 0.3, m @ at(0, drum + r * 0.9, 0), 1))
    parts.append(sphere(r * 0.12, m @ at(0, drum + r * 1.25, 0), 1))
    return parts


def _lots(rng: Rng, pitch: float, blk: float, reach: float) -> list[tuple]:
    """The city's building lots, block by block on a square grid of streets: (x, z, w, d) for
    each, the blocks round the middle split into one to four lots, those at the rim into the
    quarters that fit inside ``reach``."""
    q = blk / 2
    out = []
    for i in range(-2, 3):
        for j in range(-2, 3):
            cx, cz = i * pitch, j * pitch
            if (i, j) in ((0, 0), (1, 1), (-1, 1)):  # the tower, a dome, the park
                continue
            quarters = [(cx + sx * q / 2, cz + sz * q / 2) for sx in (-1, 1) for sz in (-1, 1)]
            inside = [
                (x, z) for x, z in quarters if np.hypot(abs(x) + q / 2, abs(z) + q / 2) < reach
            ]
            if len(inside) < 4:
                out += [(x, z, q, q) for x, z in inside if rng.random() < 0.75]
            elif rng.random() < 0.45:
                out.append((cx, cz, blk, blk))
            elif rng.random() < 0.5:
                out += [(cx - q / 2, cz, q, blk), (cx + q / 2, cz, q, blk)]
            else:
                out += [(cx, cz - q / 2, blk, q), (cx, cz + q / 2, blk, q)]
    return out


def _city(rng: Rng) -> list[Part]:
    """A small model city on a round base: a dense grid of blocks between dark streets with
    dashed white lines, crowded with boxy buildings and glass towers of different heights
    (taller toward the middle), rows of windows on every face, the tallest tower in the middle
    stepping back to a needle spire, a few domed buildings and a little park with trees."""
    g, pitch, blk, reach = 0.05, 0.18, 0.15, 0.47
    parts = _base(0.5, g, "marking", 1)
    y = g + 0.008
    out: dict = {0: [], 1: [], "window": []}
    walks = [(0.0, g, 0.0, blk, 0.008, blk), (pitch, g, pitch, blk, 0.008, blk),
             (-pitch, g, pitch, blk, 0.008, blk)]  # fmt: skip
    domes = 0
    for x, z, w, d in _lots(rng, pitch, blk, reach):
        walks.append((x, g, z, w, 0.008, d))
        r = np.hypot(x, z)
        h = (0.1 + 0.55 * np.exp(-((r / 0.26) ** 2))) * float(rng.uniform(0.7, 1.25))
        h *= 1.0 if w * d > 0.01 else 0.8
        glass = h > 0.42 or rng.random() < 0.25
        _building(out, x, z, w - 0.012, d - 0.012, h, y, glass)
        if not glass and h < 0.3 and domes < 2 and rng.random() < 0.3:
            parts += _dome(out, x, z, min(w, d) * 0.3, y + h + 0.012, 0.02)
            domes += 1
    parts.append(_boxes(walks, "stones"))
    parts += _tall_tower(out, 0.0, 0.0, y)
    parts += _dome(out, pitch, pitch, 0.055, y, 0.08)
    parts += [_boxes(rows, slot) for slot, rows in out.items()]
    parts.append(box(blk - 0.02, 0.004, blk - 0.02, at(-pitch, y, pitch), "land"))  # the park
    for k in range(4):
        dx, dz = (np.array(((-1, -1), (1, -1), (-1, 1), (1, 1))[k]) * 0.035
                  + rng.uniform(-0.01, 0.01, 2))  # fmt: skip
        parts += _tree(-pitch + dx, pitch + dz, 0.1, y, rng)
    t = np.linspace(-0.42, 0.42, 12)
    for k in (-2, -1, 0, 1):  # the streets' dashed lines
        c = pitch * (k + 0.5)
        dash = [(x, g, c) for x in t if x * x + c * c < 0.44**2]
        parts.append(blocks(dash, (0.022, 0.003, 0.004), None, "snow"))
        parts.append(blocks([(c, g, x) for _, _, x in dash], (0.004, 0.003, 0.022), None, "snow"))
    return parts


# 1521 necktie

_SILK = np.array([(np.sign(c) * abs(c) ** 0.35, np.sign(t) * abs(t) ** 0.8)
                  for c, t in zip(np.cos(np.linspace(0, 2 * np.pi, 20, endpoint=False)),
                                  np.sin(np.linspace(0, 2 * np.pi, 20, endpoint=False)),
                                  strict=True)])  # fmt: skip
"""A flat strip of cloth in section: wide and thin with softly rounded edges."""


def _tie_width(y: float, top: float, tip: float, w0: float, w1: float) -> float:
    """The full width of a tie's end at height y: widening from w0 at ``top`` to w1 where its
    point begins, then narrowing to the point at ``tip``."""
    start = tip + w1 / 2
    if y >= start:
        return w0 + (w1 - w0) * (top - y) / (top - start)
    return w1 * (y - tip) / (w1 / 2)


def _tie_end(top: float, tip: float, w0: float, w1: float, z: float, t: float, slot=0,
             tag: str = "") -> Part:  # fmt: skip
    """One end of a tie hanging straight down from ``top`` to its pointed ``tip`` at depth z:
    w0 wide at the top widening to w1, t thick, cut to a point."""
    ys = list(np.linspace(top, tip + w1 / 2, 8)) + list(np.linspace(tip + w1 / 2, tip, 6)[1:])
    ws = [max(_tie_width(y, top, tip, w0, w1), 0.004) for y in ys]
    c = [(0.0, y, z + 0.004 * (y - tip) / (top - tip)) for y in ys]
    u = [(w / 2, 0.0, 0.0) for w in ws]
    v = [(0.0, 0.0, t / 2) for _ in ys]
    return loft(c, u, v, _SILK, slot, tag)


def _on_knot(x: float, y: float, ys, kw, kt, kz) -> tuple[float, float, float]:
    """The point on the knot's front face over (x, y), a hair proud of it."""
    hw = float(np.interp(y, ys, kw)) / 2
    t, z = float(np.interp(y, ys, kt)) / 2, float(np.interp(y, ys, kz))
    f = min(abs(x) / hw, 1.0)
    return (x, y, z + t * (1 - f**2.4) ** (1 / 2.4) + 0.0012)


def _necktie(rng: Rng) -> list[Part]:
    """A striped necktie hanging as if worn on an invisible neck, on a small stand: the narrow
    collar loop round the neck, a wide Windsor knot at the throat, the broad blade hanging
    straight down to its pointed tip with the narrow tail peeking out behind it, thin dark
    diagonal stripes across blade and knot; its loop hung on a crossbar at the top of a thin
    post on a round foot."""
    yk, zn = 0.8, -0.075  # the knot's top, the neck's middle
    k0 = yk - 0.075  # the knot's foot
    top, tip, w0, w1, t = k0 + 0.03, 0.14, 0.034, 0.09, 0.011
    parts = [_tie_end(top, tip, w0, w1, 0.0, t, 0, "body")]
    off = float(rng.uniform(0.016, 0.024))
    tail = _tie_end(top, tip + 0.14, 0.03, 0.046, -0.011, 0.008)
    parts.append(tail.moved(at(off, 0, 0) @ rot("z", 3)))
    ang = np.radians(38)  # the stripes: pairs of thin diagonal bands
    dx, dy = np.cos(ang), -np.sin(ang)
    for k in range(9):
        yc = k0 - 0.035 - 0.062 * k
        if yc < tip + 0.06:
            break
        for gap in (0.0, 0.015):
            ends = []
            for s in (-1, 1):  # where the band meets each edge
                x = 0.0
                for _ in range(4):
                    x = s * _tie_width(yc - gap + x * dy / dx, top, tip, w0, w1) / 2 * 0.93
                y = yc - gap + x * dy / dx
                ends.append((x, y, 0.004 * (y - tip) / (top - tip) + t / 2 + 0.0008))
            parts.append(strip(ends[0], ends[1], (0, 0, 1), 0.006 if gap else 0.011, 0.002,
                               "marking"))  # fmt: skip
    ys = np.linspace(k0 - 0.005, yk, 8)  # the Windsor knot: a broad, full triangle
    kw = [0.02, 0.032, 0.045, 0.058, 0.068, 0.076, 0.078, 0.066]
    kt = [0.016, 0.024, 0.032, 0.038, 0.042, 0.04, 0.034, 0.02]
    kz = [0.004 + 0.0015 * i for i in range(8)]
    parts.append(loft([(0.0, y, z) for y, z in zip(ys, kz, strict=True)],
                      [(w / 2, 0, 0) for w in kw], [(0, 0, h / 2) for h in kt],
                      superellipse(1.0, 1.0, 2.4, 20), 0))  # fmt: skip
    for k in range(3):  # its stripes, running the other way
        y0 = k0 + 0.012 + 0.02 * k
        xs = np.linspace(-0.045, 0.045, 7)
        pts = [(x, y0 - 0.55 * x) for x in xs]
        pts = [
            _on_knot(x, y, ys, kw, kt, kz)
            for x, y in pts
            if k0 < y < yk - 0.006 and abs(x) < float(np.interp(y, ys, kw)) / 2 * 0.9
        ]
        if len(pts) >= 2:
            parts.append(band(pts, 0.007, 0.002, (0.5, 1.0, 0.0), "marking"))
    loop = [(-0.024, yk - 0.028, 0.012)]  # the collar loop round the neck, higher at the back
    for a in np.radians(np.linspace(20, 340, 15)):
        lift = 0.035 * (1 - np.cos(a)) / 2
        loop.append((0.068 * np.sin(a), yk - 0.018 + lift, zn + 0.068 * np.cos(a)))
    loop.append((0.024, yk - 0.028, 0.012))
    parts.append(band(loop, 0.028, 0.006, (0, 1, 0), 0))
    post = zn - 0.068 - 0.012  # the stand
    parts.append(cylinder(0.11, 0.11, 0.016, at(0, 0, zn - 0.02), 1))
    parts.append(cylinder(0.008, 0.008, yk + 0.02, at(0, 0.016, post), 1))
    parts.append(tube([(-0.05, yk + 0.036, post), (0.05, yk + 0.036, post)], 0.008, None, 1))
    return [p.moved(rot("y", 20)) for p in parts]


# 1522 barnacles


def _plates(n: int = 24, plates: int = 6) -> np.ndarray:
    """A barnacle's wall in section: ``plates`` plates, each overlapping the next like
    shingles (a step out at each suture) and ribbed down its face."""
    t = np.arange(n) * (2 * np.pi / n)
    f = (t * plates / (2 * np.pi)) % 1.0
    r = 0.82 + 0.18 * f + 0.05 * np.cos(t * n / 2)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


_WALL = _plates()


def _barnacle(m: np.ndarray, rb: float, hb: float, cirri: bool, rng: Rng) -> list[Part]:
    """One acorn barnacle under m: a low volcano of chalky plates rb round at its foot and hb
    high, open at the top, the opening closed a little below its rim by a low lid of plates
    split by a dark slit; with ``cirri``, a fan of curled feathery legs reaching out of
    the slit."""
    ro = rb * 0.42
    prof = [(rb, 0.0), (rb * 0.66, hb * 0.5), (ro * 1.12, hb * 0.93), (ro, hb),
            (0.0, hb * 0.72)]  # fmt: skip
    wall = m @ scl(1, 1, 0.82)
    parts = [lathe(prof, wall @ rot("y", float(rng.uniform(0, 60))), 0, shape=_WALL)]
    lid = [(ro * 0.95, 0.0), (ro * 0.6, hb * 0.07), (0.0, hb * 0.09)]
    parts.append(lathe(lid, wall @ at(0, hb * 0.76, 0), 0, sides=6))
    ends = ((-ro * 0.75, hb * 0.8, 0.0), (ro * 0.75, hb * 0.8, 0.0))  # the slit
    parts.append(strip(*ends, (0, 1, 0), ro * 0.14, hb * 0.08, "marking", m=m))
    if cirri:
        roots, tips = [], []
        for k in range(5):
            a = -0.5 + k / 4  # across the fan
            lean = float(rng.uniform(-8, 8))
            pts = [
                (a * ro * 0.7, hb * 0.8, 0.0),
                (a * ro * 1.5, hb * 1.45, rb * 0.05),
                (a * ro * 1.8, hb * 1.75, rb * 0.45),
                (a * ro * 1.7, hb * 1.45, rb * 0.75),
            ]
            leg = m @ rot("y", lean)
            parts.append(tube(pts, [0.005, 0.0045, 0.0032, 0.0012], leg, "cork", shape=HEXAGON))
            for i in range(1, len(pts)):  # their feathery bristles, inside the curl
                p = (leg @ np.array([*pts[i], 1.0]))[:3]
                for sgn in (-1, 1):
                    q = (leg @ np.array([pts[i][0] + sgn * 0.016, pts[i][1] - 0.012 * (i - 1),
                                         pts[i][2] + 0.014, 1.0]))[:3]  # fmt: skip
                    roots.append(p)
                    tips.append(q)
        parts.append(bristles(roots, tips, 0.0018, "cork"))
    return parts


_ROCK = (
    ((0.0, 0.0, 0.0), (0.36, 0.13, 0.26)), ((0.2, 0.0, 0.07), (0.22, 0.11, 0.18)),
    ((-0.2, 0.0, -0.04), (0.22, 0.1, 0.19)), ((0.04, 0.02, -0.12), (0.2, 0.11, 0.14)),
    ((-0.08, 0.0, 0.14), (0.2, 0.09, 0.13)),
)  # fmt: skip
"""The rock's lumps: centres and radii."""

_SPOTS = (
    (0.0, 0.0, 0.125, 0.11), (0.215, 0.04, 0.1, 0.09), (-0.21, 0.03, 0.105, 0.09),
    (0.1, -0.17, 0.095, 0.085), (-0.11, -0.16, 0.09, 0.08), (0.09, 0.18, 0.085, 0.07),
    (-0.12, 0.17, 0.08, 0.065), (0.32, -0.1, 0.065, 0.055), (-0.33, -0.1, 0.065, 0.055),
    (0.27, 0.17, 0.055, 0.045),
)  # fmt: skip
"""The barnacles: (x, z), foot radius and height."""


def _barnacles(rng: Rng) -> list[Part]:
    """A cluster of barnacles on a rock: ten small volcano-shaped cones of overlapping chalky
    white plates crowded on a low, lumpy dark rock, each with a lid of plates split by a slit
    in its crater, two of them with a fan of feathery legs curling out."""
    shapes = [ellipsoid(c, r, None, 0.06 if k else 0.0) for k, (c, r) in enumerate(_ROCK)]
    field = skin_field(shapes)
    shapes.append(cut(1, 0.0, False, 0.01, (-0.7, -0.3, -0.6), (0.7, 0.0, 0.6)))
    parts = [solid(shapes, 0.045, 1, "body")]
    feet = [(x, 0.02, z) for x, z, _, _ in _SPOTS]
    at_skin, normals = skin_hits(field, feet, [(0, 1, 0)] * len(feet), 0.3)
    for k, ((_, _, rb, hb), p, n) in enumerate(zip(_SPOTS, at_skin, normals, strict=True)):
        up = n * 0.5 + np.array([0.0, 0.5, 0.0])
        m = at(*(p - n * 0.01)) @ align(up) @ rot("y", float(rng.uniform(0, 360)))
        s = float(rng.uniform(0.9, 1.1))
        parts += _barnacle(m, rb * s, hb * s, k in (0, 3), rng)
    return parts


MORE_APPLIANCES_ZZZZZO = {
    1519: _village, 1520: _city, 1521: _necktie, 1522: _barnacles,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
