"""More of the device family's appliances, from 1321: a coin, an amulet, a glass bead, a tick, a
louse, a cockroach, a bumblebee and a leafhopper.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from ._geometry import Part, Sweep, align, at, mesh_part, rot, scl
from ._insects import insect_wing
from ._kit import (
    ALONG_Z,
    FLAT_UP,
    bristles,
    crisp,
    daisy,
    flat_solid,
    grid_skin,
    loft,
    number,
    scaled,
    skin_strip,
    studs,
    superellipse,
    swept,
)
from ._primitives import catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import leaf, sharp, star

__all__ = ["MORE_APPLIANCES_ZZZZO"]

Rng = np.random.Generator


# ---- shared helpers ---------------------------------------------------------------------------


def _circle(n: int) -> np.ndarray:
    """n points round the unit circle, counter-clockwise: a loft's round cross-section."""
    t = np.arange(n) * (2 * np.pi / n)
    return np.stack([np.cos(t), np.sin(t)], 1)


def _ell(c, r, slot=0, m: np.ndarray | None = None, tag: str = "", tilt=None) -> Part:
    """An ellipsoid with semi-axes r at c (under m when given), turned about c by tilt."""
    place = at(*c) @ (np.eye(4) if tilt is None else tilt) @ scl(*r)
    return sphere(1.0, place if m is None else m @ place, slot, tag)


def _blob(c, r, slot=0, m: np.ndarray | None = None, rings: int = 5, sides: int = 12) -> Part:
    """A low ellipsoid with semi-axes r at c (under m when given) in few triangles: a knob, a
    plate, a segment."""
    h = np.linspace(-0.92, 0.92, rings)
    w = np.sqrt(1 - h * h)
    z = np.zeros(rings)
    part = loft(np.stack([z, z, h], 1), np.stack([w, z, z], 1), np.stack([z, w, z], 1),
                _circle(sides), slot)  # fmt: skip
    place = at(*c) @ scl(*r)
    return part.moved(place if m is None else m @ place)


def _placed(m: np.ndarray, pts) -> np.ndarray:
    """Local points (k, 3) placed by m."""
    p = np.asarray(pts, float)
    return p @ m[:3, :3].T + m[:3, 3]


def _face_dots(m: np.ndarray, xy, r: float, depth: float, slot, sides: int = 6) -> Part:
    """Small round bosses on the face z = 0 under m at the (x, y) points."""
    p = np.c_[np.asarray(xy, float), np.zeros(len(xy))]
    n = np.tile(m[:3, :3] @ np.array([0.0, 0.0, 1.0]), (len(p), 1))
    return studs(_placed(m, p), n, r, depth, slot, sides)


def _face_line(m: np.ndarray, xy, width: float, z: float, slot) -> Part:
    """A raised line on the face z = 0 under m through the (x, y) points, width wide."""
    p = _placed(m, np.c_[np.asarray(xy, float), np.full(len(xy), z)])
    n = np.tile(m[:3, :3] @ np.array([0.0, 0.0, 1.0]), (len(p), 1))
    return skin_strip(p, n, width, 0.012, slot)


def _ring_sweep(rings, shape: np.ndarray, m: np.ndarray, slot) -> Part:
    """A closed ring round the z axis under m: ``shape`` swept round the loop of (radius, z)
    rings (a coin's milled edge when the shape is ridged)."""
    r = np.asarray(rings, float)
    c = np.zeros((len(r), 3))
    c[:, 2] = r[:, 1]
    u = np.tile([1.0, 0.0, 0.0], (len(r), 1))
    v = np.tile([0.0, 1.0, 0.0], (len(r), 1))
    sweep = Sweep(c, u, v, r[:, 0], shape, closed=True)
    return swept(lambda k: sweep, slot).moved(m)


def _disc(m: np.ndarray, R: float, T: float, slot, tag: str = "", rim: float = 0.1) -> Part:
    """A coin-like disc of radius R and T thick under m, its faces along ±z: a sunk field on
    each face inside a raised rim ``rim`` · R wide."""
    h, f, w = T / 2, T / 2 - min(0.008, T * 0.2), rim * R
    rings = [(R - w, -f), (R - 0.55 * w, -h), (R, -h + 0.004), (R, h - 0.004), (R - 0.55 * w, h),
             (R - w, f)]  # fmt: skip
    c = [(0.0, 0.0, z) for _, z in rings]
    u = [(r, 0.0, 0.0) for r, _ in rings]
    v = [(0.0, r, 0.0) for r, _ in rings]
    return loft(c, u, v, _circle(72), slot, tag).moved(m)


def _milling(m: np.ndarray, R: float, T: float, ridges: int, slot) -> Part:
    """A coin's milled edge under m: fine ridges across its rim, round the z axis."""
    pitch = 2 * np.pi / ridges
    a = (np.arange(ridges)[:, None] + np.array([0.0, 0.45, 0.55])) * pitch
    r = np.tile([1.0, 1.0, 0.985], ridges)
    shape = np.stack([r * np.cos(a.ravel()), r * np.sin(a.ravel())], 1)
    e = T / 2 - 0.003
    return _ring_sweep([(R * 0.9, 0.0), (R + 0.002, -e), (R + 0.002, e)], shape, m, slot)


def _shell_points(n: int, rng: Rng) -> np.ndarray:
    """n directions spread evenly over the unit sphere (a golden spiral, jittered)."""
    k = np.arange(n) + 0.5
    y = 1 - 2 * k / n
    a = k * 2.39996 + rng.uniform(-0.3, 0.3, n)
    r = np.sqrt(1 - y * y)
    return np.stack([r * np.cos(a), y, r * np.sin(a)], 1)


def _spines(a, b, n: int, out, length: float, slot, width: float = 0.006) -> Part:
    """A row of n short spines along the segment a to b, leaning toward ``out`` and back."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    t = np.linspace(0.15, 0.95, n)[:, None]
    roots = a_ + (b_ - a_) * t
    d = np.asarray(out, float) + 0.6 * (b_ - a_) / np.linalg.norm(b_ - a_)
    d /= np.linalg.norm(d)
    return bristles(roots, roots + d * length, width, slot)


# ---- 1321 coin --------------------------------------------------------------------------------

_HEAD = [(-0.12, -0.5), (0.22, -0.5), (0.2, -0.32), (0.27, -0.16), (0.37, -0.02), (0.38, 0.13),
         (0.33, 0.29), (0.2, 0.43), (0.04, 0.5), (-0.12, 0.48), (-0.24, 0.4), (-0.3, 0.27),
         (-0.3, 0.16), (-0.33, 0.1), (-0.41, -0.03), (-0.34, -0.07), (-0.335, -0.11),
         (-0.36, -0.135), (-0.335, -0.165), (-0.35, -0.2), (-0.32, -0.245), (-0.33, -0.29),
         (-0.26, -0.34), (-0.17, -0.34), (-0.14, -0.42)]  # fmt: skip
"""A classical head in profile facing -x, from the cut of its neck (y = -0.5) to its crown."""
_HAIR = [(0.2, -0.3), (0.27, -0.16), (0.37, -0.02), (0.38, 0.13), (0.33, 0.29), (0.2, 0.43),
         (0.04, 0.5), (-0.12, 0.48), (-0.22, 0.4), (-0.16, 0.3), (-0.02, 0.26), (0.05, 0.12),
         (0.04, -0.02), (0.1, -0.16)]  # fmt: skip
"""The hair's mass over the back of the head, raised above the face."""


def _signed_dist(p: np.ndarray, poly: np.ndarray) -> np.ndarray:
    """How far each point (G, 2) lies inside the closed polygon (negative outside)."""
    p, poly = np.asarray(p, np.float32), np.asarray(poly, np.float32)
    ax, ay = poly[:, 0], poly[:, 1]
    ex, ey = np.roll(ax, -1) - ax, np.roll(ay, -1) - ay
    px, py = p[:, :1] - ax, p[:, 1:] - ay
    t = np.clip((px * ex + py * ey) / np.maximum(ex * ex + ey * ey, 1e-12), 0.0, 1.0)
    dx, dy = px - t * ex, py - t * ey
    d = np.sqrt((dx * dx + dy * dy).min(1))
    cross = (py < 0) != (py < ey)
    xint = ex * py / np.where(np.abs(ey) < 1e-12, 1e-12, ey)
    inside = np.count_nonzero(cross & (px < xint), axis=1) % 2 == 1
    return np.where(inside, d, -d).astype(float)


def _heightfield(m: np.ndarray, xs: np.ndarray, ys: np.ndarray, z: np.ndarray, floor: float,
                 slot) -> Part:  # fmt: skip
    """A closed relief under m: the surface of heights z (len(ys), len(xs)) over the grid,
    walled down to a flat floor at ``floor`` round its edges."""
    gx, gy = np.meshgrid(xs, ys)
    top = np.stack([gx, gy, z], -1)
    n = len(ys)
    corners = np.stack([np.stack([np.full(n, xs[-1]), ys, np.full(n, floor)], 1),
                        np.stack([np.full(n, xs[0]), ys, np.full(n, floor)], 1)], 1)  # fmt: skip
    rows = np.concatenate([top, corners], 1)
    return grid_skin(_placed(m, rows.reshape(-1, 3)).reshape(rows.shape), slot)


@lru_cache(maxsize=4)
def _portrait_heights(s: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The heights of ``_portrait``'s relief over its grid: xs, ys and z (len(ys), len(xs))."""
    head = catmull_rom(np.vstack([_HEAD, _HEAD[:1]]), 100)[:-1] * s
    hair = catmull_rom(np.vstack([_HAIR, _HAIR[:1]]), 48)[:-1] * s
    xs = np.linspace(-0.43 * s, 0.4 * s, 36)
    ys = np.linspace(-0.52 * s, 0.52 * s, 44)
    gx, gy = np.meshgrid(xs, ys)
    p = np.stack([gx.ravel(), gy.ravel()], 1)
    d = _signed_dist(p, head)
    z = np.where(d < 0, np.maximum(-0.004, 0.012 + 1.3 * d),
                 0.012 + 0.022 * np.sqrt(np.clip(d / (0.12 * s), 0, 1)))  # fmt: skip
    inner = d > 0
    q = p[inner]
    dh = np.clip(_signed_dist(q, hair) / (0.03 * s), 0, 1)
    waves = 0.5 + 0.5 * np.sin((q[:, 0] * 0.8 - q[:, 1] * 0.6) / s * 40)
    add = dh * (0.008 + 0.005 * waves)
    band = np.array([(-0.2, 0.36), (-0.05, 0.3), (0.1, 0.3), (0.26, 0.32), (0.36, 0.34)]) * s
    db = -_signed_dist(q, np.vstack([band, band[::-1] + np.array([0.0, 0.001])]))
    add += 0.007 * np.exp(-((db / (0.025 * s)) ** 2))
    for (cx, cy), (rx, ry), h in (
        (((0.03, 0.02), (0.05, 0.075), 0.008)),
        (((-0.2, 0.11), (0.035, 0.015), 0.004)),
    ):  # the ear, the eye
        e = ((q[:, 0] - cx * s) / (rx * s)) ** 2 + ((q[:, 1] - cy * s) / (ry * s)) ** 2
        add += h * np.exp(-e * 2)
    z[inner] += add
    for arr in (xs, ys, z):
        arr.flags.writeable = False
    return xs, ys, z.reshape(len(ys), len(xs))


def _portrait(m: np.ndarray, s: float, slot) -> Part:
    """A head in profile in rounded relief on the face z = 0 under m, ``s`` high: the face
    swelling from a crisp edge toward its middle, the hair raised above it in waves, an ear, an
    eye, a band of laurel round the hair."""
    xs, ys, z = _portrait_heights(s)
    return _heightfield(m, xs, ys, z, -0.006, slot)


_LEAF = [(0.0, -1.0), (0.32, -0.55), (0.45, 0.0), (0.3, 0.55), (0.0, 1.0), (-0.3, 0.55),
         (-0.45, 0.0), (-0.32, -0.55)]  # fmt: skip
"""A small pointed leaf's outline along +y, in few points."""


def _leaf_relief(m: np.ndarray, slot) -> Part:
    """A small flat leaf along +y (from -1 to 1 under m), in low relief."""
    return slab(sharp(_LEAF), 0.01, m, slot)


def _legend(m: np.ndarray, r: float, a0: float, a1: float, rng: Rng, slot) -> Part:
    """Lettering round a coin's face under m: words of tiny raised letters (little dots in
    ones, twos and threes stacked across the arc) along the circle of radius r from a0 to a1
    degrees."""
    pts = []
    a, step = a0, np.sign(a1 - a0) * 6.0
    while (a1 - a) * np.sign(step) > 0:
        for _ in range(int(rng.integers(3, 7))):  # one word
            if (a1 - a) * np.sign(step) <= 0:
                break
            shape = int(rng.integers(1, 8))
            for j in range(3):
                if shape >> j & 1:
                    rr = r - 0.016 + 0.016 * j
                    pts.append((rr * np.cos(np.radians(a)), rr * np.sin(np.radians(a))))
            a += step
        a += step
    return _face_dots(m, pts, 0.0065, 0.03, slot, 5)


def _coin_face(m: np.ndarray, R: float, f: float, slot) -> Part:
    """A coin's beaded border under m: a ring of small beads just inside its rim."""
    n = int(R * 150)
    t = np.arange(n) * 2 * np.pi / n
    rr = R * 0.86
    return _face_dots(m @ at(0, 0, f), np.c_[rr * np.cos(t), rr * np.sin(t)], 0.008, 0.024, slot)


def _wreath(m: np.ndarray, r: float, slot) -> list[Part]:
    """A laurel wreath on the face z = 0 under m: two branches of paired leaves curving up
    each side from a bow at the foot, open at the top."""
    parts = []
    for s in (-1, 1):
        a = np.radians(np.linspace(-80, 62, 12))
        stem = np.c_[s * r * np.cos(a), r * np.sin(a)]
        parts.append(_face_line(m, stem, 0.01, 0.006, slot))
        for k, ang in enumerate(a[:-1]):
            c = np.array([s * r * np.cos(ang), r * np.sin(ang)])
            tang = np.degrees(ang) + 90 if s > 0 else 90 - np.degrees(ang)
            for side in (-1, 1):
                off = c + 0.022 * side * np.array([np.cos(ang) * s, np.sin(ang)])
                tilt = tang + side * s * 25
                lm = m @ at(*off, 0.006) @ rot("z", tilt - 90) @ scl(0.016, 0.032 - 0.001 * k, 1)
                parts.append(_leaf_relief(lm, slot))
    for s in (-1, 1):  # the bow at the foot
        parts.append(_blob((s * 0.025, -r - 0.005, 0.004), (0.022, 0.012, 0.01), slot, m))
        parts.append(_face_line(m, [(0, -r), (s * 0.02, -r - 0.04), (s * 0.045, -r - 0.06)],
                                0.01, 0.006, slot))  # fmt: skip
    return parts


_ARC5 = [(0.3 * np.cos(np.radians(a)), -0.17 + 0.33 * np.sin(np.radians(a)))
         for a in (130, 95, 60, 25, -10, -45, -80, -115, -145)]  # fmt: skip
_DIGITS = {
    "0": [[(0.27 * np.cos(a), 0.5 * np.sin(a)) for a in np.linspace(0, 2 * np.pi, 17)]],
    "1": [[(-0.14, 0.32), (0.03, 0.5), (0.03, -0.5)], [(-0.15, -0.5), (0.2, -0.5)]],
    "2": [[(-0.25, 0.26), (-0.15, 0.44), (0.05, 0.5), (0.22, 0.4), (0.24, 0.2), (0.1, -0.05),
           (-0.26, -0.5), (0.27, -0.5)]],
    "5": [[(0.24, 0.5), (-0.17, 0.5), (-0.2, 0.08)], _ARC5],
}  # fmt: skip
"""The strokes of a coin's numerals in a box 0.6 wide and 1 high, centred on 0."""


def _numeral(m: np.ndarray, value: int, h: float, slot) -> list[Part]:
    """The figures of ``value`` in raised strokes on the face z = 0 under m, h high, centred."""
    text = str(value)
    parts = []
    for k, ch in enumerate(text):
        x0 = (k - (len(text) - 1) / 2) * 0.72 * h
        for stroke in _DIGITS[ch]:
            pts = np.asarray(stroke, float) * h + (x0, 0.0)
            parts.append(_face_line(m, pts, 0.13 * h, 0.006, slot))
    return parts


def _coin(rng: Rng) -> list[Part]:
    """A big coin standing on its milled edge, leaning back a little, its obverse to the
    viewer: a raised rim, a ring of beads inside it, a laureate head in profile in high relief,
    lettering round the top in tiny raised letters and a date under the bust; a second, smaller
    coin lying flat before it, its reverse up: a laurel wreath tied with a bow round a big
    numeral of its value, a star above it."""
    R, T, lean, yaw = 0.42, 0.07, 9.0, 16.0 + float(rng.uniform(-4, 4))
    a = np.radians(lean)
    y0 = R * np.cos(a) + np.sin(a) * T / 2
    m = at(-0.12, y0, -0.1) @ rot("y", yaw) @ rot("x", -lean)
    f = T / 2 - 0.008
    parts = [_disc(m, R, T, 0, "body")]
    parts.append(_milling(m, R, T, 76, 0))
    parts.append(_coin_face(m, R, f, 0))
    face = m @ at(0, 0, f - 0.001)
    parts.append(_portrait(m @ at(0, 0, f), 0.56, 0))
    parts.append(_legend(face, R * 0.76, 212.0, -32.0, rng, 0))
    date = 1900 + int(rng.integers(10, 99))
    parts += number(date, face @ at(0, -0.33, 0) @ scl(1, 1, 6), 0.02, 0.04, 0)
    # the reverse of a second coin lying flat
    r2, t2 = 0.3, 0.05
    flat = at(0.42, t2 / 2, 0.3) @ rot("y", -10) @ rot("x", -90)
    parts.append(_disc(flat, r2, t2, 1))
    parts.append(_milling(flat, r2, t2, 68, 1))
    f2 = t2 / 2 - 0.008
    parts.append(_coin_face(flat, r2, f2, 1))
    face2 = flat @ at(0, 0, f2 - 0.001)
    parts += _wreath(face2, r2 * 0.66, 1)
    value = int(rng.choice([1, 2, 5, 10, 20, 50]))
    parts += _numeral(face2 @ at(0, -0.02, 0), value, 0.15, 1)
    parts.append(_star(face2 @ at(0, 0.125, 0.004), 0.032, 1))
    return parts


def _star(m: np.ndarray, r: float, slot) -> Part:
    """A small five-pointed star in relief on the face under m."""
    return slab(star(5, 0.45), 0.014, m @ scl(r, r, 1), slot)


# ---- 1322 amulet ------------------------------------------------------------------------------


def _almond(w: float, h: float, n: int) -> np.ndarray:
    """An eye's almond outline w wide and h high, pointed at its corners (counter-clockwise)."""
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    s = np.sin(t)
    return np.stack([w / 2 * np.cos(t), h / 2 * s * np.abs(s) ** 0.35], 1)


def _gem(m: np.ndarray, r: float, slot) -> Part:
    """A cut gem under m, its table toward +z: a faceted crown on a girdle of radius r."""
    prof = [(0.0, -0.25 * r), (0.8 * r, -0.1 * r), (r, 0.0), (r, 0.12 * r), (0.62 * r, 0.55 * r),
            (0.0, 0.58 * r)]  # fmt: skip
    return lathe(crisp(prof, 0.02), m @ ALONG_Z, slot, sides=10)


def _amulet(rng: Rng) -> list[Part]:
    """A talisman pendant hung on a leather cord from a jeweller's stand: a big round medallion
    with a raised rim, a ring of beads and a sunburst of rays, a great engraved eye across its
    middle whose iris is a large faceted gem held by claws, lashes over it and a tear line
    under it, a bail at its top through which the cord runs; the cord loops up over the arm
    of a small dark stand (a post on a round foot with an arm reaching over the pendant)."""
    R, T = 0.25, 0.045
    cy = 0.45
    m = at(0.0, cy, 0.0) @ rot("y", float(rng.uniform(-6, 6)))
    parts = [_disc(m, R, T, 0, "body", 0.12)]
    f = T / 2 - 0.008
    face = m @ at(0, 0, f - 0.001)
    t = np.arange(36) * 2 * np.pi / 36
    parts.append(_face_dots(face, np.c_[0.2 * np.cos(t), 0.2 * np.sin(t)], 0.009, 0.024, 0))
    for k in range(16):  # the sunburst
        a = 2 * np.pi * k / 16 + np.pi / 16
        r0, r1 = 0.15, 0.175 if k % 2 else 0.185
        ca, sa = np.cos(a), np.sin(a)
        parts.append(_face_line(face, [(r0 * ca, r0 * sa), (r1 * ca, r1 * sa)], 0.011, 0.004,
                                0))  # fmt: skip
    eye = lambda n: [_almond(0.27, 0.16, 2 * n), _almond(0.225, 0.115, 2 * n)[::-1]]  # noqa: E731
    parts.append(flat_solid(eye, 0.02, face, 0))
    parts.append(torus(0.06, 0.01, face @ at(0, 0, 0.008) @ rot("x", 90), 0))  # the iris
    parts += _gem_in_claws(face @ at(0, 0, 0.006), 0.052, 1)
    for k in range(5):  # lashes over the eye
        a = np.radians(40 + 25 * k)
        p0 = (0.125 * np.cos(a), 0.08 * np.sin(a) + 0.005)
        p1 = (0.16 * np.cos(a), 0.12 * np.sin(a) + 0.005)
        parts.append(_face_line(face, [p0, p1], 0.012, 0.005, 0))
    tear = [(-0.01, -0.075), (-0.015, -0.1), (-0.03, -0.125), (-0.055, -0.13)]
    parts.append(_face_line(face, tear, 0.014, 0.005, 0))
    # the bail
    top = _placed(m, [(0.0, R, 0.0)])[0]
    parts.append(cylinder(0.016, 0.016, 0.03, m @ at(0, R - 0.01, 0), 0))
    parts.append(torus(0.03, 0.009, at(*top) @ at(0, 0.05, 0) @ rot("z", 90), 0))
    bail = top + np.array([0.0, 0.08, 0.0])
    # the stand: a round foot, a post at the left and an arm over the pendant
    px, arm = -0.36, 1.02
    parts.append(cylinder(0.15, 0.16, 0.035, at(px, 0, -0.02), "marking"))
    parts.append(cylinder(0.1, 0.05, 0.035, at(px, 0.035, -0.02), "marking"))
    parts.append(cylinder(0.017, 0.017, arm - 0.03, at(px, 0.06, -0.02), "marking"))
    parts.append(tube([(px, arm - 0.03, -0.02), (px + 0.06, arm, -0.02), (0.2, arm, -0.02)], 0.017,
                      None, "marking"))  # fmt: skip
    parts.append(sphere(0.028, at(0.21, arm, -0.02), "marking"))
    # the cord: from the bail up over the arm and back down
    for s in (-1, 1):
        path = [(bail[0] + s * 0.012, bail[1] - 0.025, 0.0), (s * 0.05, 0.8, -0.01),
                (s * 0.1, arm - 0.03, -0.02), (s * 0.105, arm + 0.02, -0.02)]  # fmt: skip
        parts.append(tube(path, 0.008, None, "soil"))
    parts.append(tube([(-0.105, arm + 0.02, -0.02), (0.0, arm + 0.025, -0.02),
                       (0.105, arm + 0.02, -0.02)], 0.008, None, "soil"))  # fmt: skip
    return parts


def _gem_in_claws(m: np.ndarray, r: float, slot) -> list[Part]:
    """A faceted gem of radius r set on the face under m, held by six claws in the face's
    metal (slot 0)."""
    parts = [_gem(m, r, slot)]
    parts.append(cylinder(r * 1.08, r * 1.02, 0.01, m @ ALONG_Z, 0))
    for k in range(6):
        a = 2 * np.pi * (k + 0.5) / 6
        parts.append(_ell((r * np.cos(a), r * np.sin(a), 0.012), (0.007, 0.007, 0.01), 0, m))
    return parts


# ---- 1323 bead --------------------------------------------------------------------------------


def _bead_body(r: float, half: float, hole: float, m: np.ndarray, slot, tag: str = "",
               sides: int = 32) -> Part:  # fmt: skip
    """A round bead along y under m: a plump barrel r round and 2·half long, flattened at its
    ends round a hole ``hole`` wide right through it, its mouths rounded over."""
    prof = [(hole, -half * 0.8), (hole + 0.12 * r, -half * 0.98), (hole + 0.35 * r, -half),
            (0.75 * r, -half * 0.82), (0.96 * r, -half * 0.45), (r, 0.0), (0.96 * r, half * 0.45),
            (0.75 * r, half * 0.82), (hole + 0.35 * r, half), (hole + 0.12 * r, half * 0.98),
            (hole, half * 0.8), (hole * 0.95, 0.0)]  # fmt: skip
    return lathe(prof, m, slot, tag, closed=True, shape=_circle(sides))


def _swirls(r: float, half: float, m: np.ndarray, n: int, slot) -> list[Part]:
    """Coloured bands on a bead's skin (radius r, 2·half long, along y under m): n thin bands
    running from one hole round to the other, each swirling a third of the way round."""
    parts = []
    t = np.linspace(-0.84, 0.84, 17)
    rad = r * np.sqrt(np.clip(1 - (t / 1.02) ** 2, 0.0, 1.0)) * 1.006 + 0.012
    for k in range(n):
        a = 2 * np.pi * k / n + 1.2 * t + 0.35 * np.sin(2.5 * t)
        p = np.stack([rad * np.cos(a), t * half, rad * np.sin(a)], 1)
        nrm = np.stack([np.cos(a), t * 0.9, np.sin(a)], 1)
        parts.append(skin_strip(_placed(m, p), nrm @ m[:3, :3].T, r * 0.3, 0.006, slot))
    return parts


def _bead(rng: Rng) -> list[Part]:
    """A big glass bead threaded on a short string: a plump round bead with a wide hole right
    through it, wavy bands of colour swirling round it, lying on the string between two
    smaller round beads; the string's ends trail off each side, knotted."""
    r, half, hole = 0.27, 0.2, 0.07
    turn = rot("y", 8 + float(rng.uniform(-4, 4)))
    m = turn @ at(0, r, 0) @ rot("z", -90)
    parts = [_bead_body(r, half, hole, m, 0, "body")]
    parts += _swirls(r, half, m, 5, 1)
    parts.append(_bead_body(r * 0.62, half * 0.7, hole * 1.05, m, "snow", sides=20))  # its core
    yc = r - hole * 0.5
    pts = [(-0.6, 0.0, 0.2), (-0.55, 0.01, 0.06), (-0.42, 0.095, 0.0), (-0.22, yc, 0.0),
           (0.0, yc, 0.0), (0.22, yc, 0.0), (0.42, 0.095, 0.0), (0.55, 0.01, -0.06),
           (0.6, 0.0, -0.2)]  # fmt: skip
    pts = [(x, max(y, 0.008), z) for x, y, z in pts]
    parts.append(tube(_placed(turn, pts), 0.01, None, "card-red"))
    for s in (-1, 1):  # the small beads and the knots
        c = np.array([s * 0.4, 0.112, 0.0])
        d = np.array([s * 0.2, -0.13, 0.0]) * s
        bm = turn @ at(*c) @ align(d)
        parts.append(_bead_body(0.1, 0.075, 0.02, bm, 1, sides=20))
        end = np.array(pts[4 + s * 4])
        parts.append(sphere(0.024, at(*_placed(turn, [end])[0]) @ at(0, 0.016, 0), "card-red"))
    return parts


# ---- insects: shared --------------------------------------------------------------------------


def _leg(points, radii, slot, knees: bool = True) -> list[Part]:
    """A jointed leg through the points, tapering by radii, with a knob at each inner joint."""
    parts = [tube(points, radii, None, slot)]
    if knees:
        for p, r in zip(points[1:-1], radii[1:-1], strict=True):
            parts.append(_blob(p, (r * 1.15,) * 3, slot, None, 4, 10))
    return parts


def _band_loft(h0: float, h1: float, slot, n: int = 6) -> Part:
    """The zone of the unit sphere between heights h0 and h1 along z, flat-capped: an
    ellipsoid's band once scaled."""
    h = np.linspace(max(h0, -0.985), min(h1, 0.985), n)
    r = np.sqrt(1 - h * h)
    c = np.stack([np.zeros(n), np.zeros(n), h], 1)
    u = np.stack([r, np.zeros(n), np.zeros(n)], 1)
    v = np.stack([np.zeros(n), r, np.zeros(n)], 1)
    return loft(c, u, v, _circle(24), slot)


# ---- 1324 tick --------------------------------------------------------------------------------


def _tick(rng: Rng) -> list[Part]:
    """A swollen tick seen from in front and above: a squat, flattened teardrop body like a
    seed, broad and round behind and narrowing to the front, with a groove round its margin and
    a dark shield over its front; a tiny head at the narrow front with a pointed beak
    between two short palps; eight short, stout jointed legs, all bunched round the front half
    of the body, splayed out to the ground."""
    sw = float(rng.uniform(0.97, 1.05))
    prof = [(0.0, -0.5), (0.17, -0.47), (0.27, -0.39), (0.315 * sw, -0.25), (0.305 * sw, -0.08),
            (0.25, 0.07), (0.17, 0.18), (0.09, 0.26), (0.0, 0.29)]  # fmt: skip
    yc, flat = 0.21, 0.56
    body = at(0, yc, 0) @ scl(1, flat, 1) @ ALONG_Z
    parts = [lathe(prof, body, 0, "body", shape=_circle(28))]
    for s in (-1, 1):  # the groove round the margin
        path = [(s * x * 1.01, yc - 0.01, z) for x, z in prof[1:-1]]
        parts.append(tube(path, 0.012, None, 0))
    cap = [(0.0, 0.13), (0.2, 0.13)] + [(r * 1.025, z) for r, z in prof if z > 0.13]
    parts.append(lathe(cap, body, 1, shape=_circle(28)))  # the shield over the front
    parts.append(_ell((0, yc - 0.03, 0.3), (0.055, 0.035, 0.045), 1))  # the head
    for s in (-1, 1):
        parts.append(_ell((s * 0.028, yc - 0.035, 0.35), (0.018, 0.016, 0.045), 1))  # palps
    parts.append(cylinder(0.014, 0.0, 0.09, at(0, yc - 0.035, 0.32) @ ALONG_Z, 1))  # the beak
    for z, dz, out in ((0.22, 0.14, 0.22), (0.16, 0.07, 0.3), (0.09, -0.02, 0.33),
                       (0.02, -0.09, 0.32)):  # fmt: skip
        for s in (-1, 1):
            hip = (s * 0.1, yc - 0.08, z)
            knee = (s * (out - 0.05), yc - 0.01, z + dz * 0.5)
            ankle = (s * out, 0.06, z + dz * 0.9)
            foot = (s * (out + 0.025), 0.006, z + dz * 1.1)
            parts += _leg([hip, knee, ankle, foot], [0.032, 0.028, 0.02, 0.011], 1)
    return scaled(parts, rot("y", 22 + float(rng.uniform(-4, 4))))


# ---- 1325 louse -------------------------------------------------------------------------------


def _claw(tip, s: int, fwd: float, slot) -> Part:
    """A louse's big hooked claw from the end of a leg at tip, curling down and inward."""
    p = np.asarray(tip, float)
    hook = np.array([(0.0, 0.0, 0.0), (s * 0.04, 0.02, fwd * 0.5), (s * 0.075, -0.01, fwd),
                     (s * 0.06, -0.04, fwd * 0.6)])  # fmt: skip
    pts = p + hook
    return tube(pts, [0.022, 0.018, 0.01, 0.002], None, slot)


def _louse(rng: Rng) -> list[Part]:
    """A louse seen close up: a flat, pear-shaped pale body, its broad abdomen in seven
    overlapping segments with notched sides and a dark plate on each, the dark mark of its gut
    showing through its back; a small thorax and a narrow cone of a head with tiny dark eyes
    and short jointed antennae held out sideways; six short, thick legs sprawled out from the
    thorax, each ending in a big curved claw that hooks down to the ground."""
    yc = 0.085
    widths = (0.12, 0.18, 0.215, 0.23, 0.225, 0.2, 0.165)
    parts = [_ell((0, yc - 0.01, -0.2), (0.19, 0.04, 0.26), 0, tag="body")]
    for k, w in enumerate(widths):  # the segments, tail first
        z = -0.44 + 0.068 * k
        parts.append(_blob((0, yc, z), (w, 0.045, 0.05), 0, None, 6, 20))
        for s in (-1, 1):
            parts.append(_blob((s * (w - 0.025), yc + 0.014, z + 0.008), (0.03, 0.014, 0.026), 1))
    parts.append(_ell((0, yc + 0.032, -0.22), (0.07, 0.016, 0.13), "soil"))  # the gut
    parts.append(_ell((0, yc, 0.06), (0.125, 0.045, 0.085), 0))  # the thorax
    parts.append(_ell((0, yc + 0.002, 0.18), (0.08, 0.04, 0.08), 0))  # the head
    parts.append(_ell((0, yc - 0.004, 0.25), (0.05, 0.03, 0.05), 0))
    for s in (-1, 1):
        parts.append(_ell((s * 0.077, yc + 0.008, 0.16), (0.016, 0.016, 0.018), "marking"))
        ant = [(s * 0.06, yc + 0.005, 0.22), (s * 0.11, yc + 0.015, 0.25),
               (s * 0.15, yc + 0.02, 0.28), (s * 0.19, yc + 0.015, 0.31)]  # fmt: skip
        parts += _leg(ant, [0.016, 0.014, 0.013, 0.011], 0)
    for z, dz in ((0.11, 0.14), (0.06, 0.02), (0.01, -0.12)):  # the legs
        for s in (-1, 1):
            hip = (s * 0.1, yc - 0.01, z)
            knee = (s * 0.22, yc + 0.06, z + dz * 0.5)
            ankle = (s * 0.31, 0.045, z + dz)
            parts += _leg([hip, knee, ankle], [0.036, 0.03, 0.024], 1)
            parts.append(_claw(ankle, s, 0.04 if dz >= 0 else -0.04, "marking"))
            parts.append(_blob((s * 0.29, 0.09, z + dz * 0.9), (0.014, 0.022, 0.014), 1))
    return scaled(parts, rot("y", 35 + float(rng.uniform(-4, 4))))


# ---- 1326 cockroach ---------------------------------------------------------------------------


def _cockroach(rng: Rng) -> list[Part]:
    """A cockroach: a flat, long oval glossy brown body, the broad rounded shield of its
    pronotum covering its head, two long leathery wings folded flat over its back, one
    overlapping the other down the middle; very long thin antennae as long as the body sweeping
    forward, out and back; six spiny legs sprawling wide, the hind ones longest; two short
    cerci poking out behind."""
    parts = [_ell((0, 0.1, -0.08), (0.17, 0.045, 0.33), 1, tag="body")]  # the abdomen
    parts.append(_ell((0, 0.11, 0.16), (0.14, 0.05, 0.1), 1))  # the thorax
    parts.append(_ell((0, 0.15, 0.25), (0.19, 0.035, 0.13), 0, tilt=rot("x", 8)))  # pronotum
    parts.append(_ell((0, 0.09, 0.34), (0.075, 0.055, 0.055), 1, tilt=rot("x", 35)))  # the head
    for s in (-1, 1):
        parts.append(_ell((s * 0.062, 0.1, 0.345), (0.018, 0.035, 0.022), "marking"))
    for s, y in ((-1, 0.158), (1, 0.147)):  # the wings, the left over the right
        wm = at(s * 0.06, y, -0.15) @ rot("z", -s * 5) @ FLAT_UP
        parts.append(slab(superellipse(0.12, 0.33, 2.3, 40), 0.012, wm, 0))
    parts.append(tube([(-0.06, 0.166, 0.15), (-0.05, 0.167, -0.15), (-0.035, 0.163, -0.45)],
                      0.004, None, "marking"))  # the wing's overlapping edge # fmt: skip
    wig = float(rng.uniform(-0.04, 0.04))
    for s in (-1, 1):
        ant = [
            (s * 0.03, 0.11, 0.38),
            (s * 0.1, 0.16, 0.52),
            (s * 0.22, 0.18, 0.63),
            (s * (0.38 + wig), 0.15, 0.64),
            (s * 0.5, 0.1, 0.52),
            (s * 0.56, 0.06, 0.3),
        ]
        parts.append(tube(ant, [0.008, 0.006, 0.005, 0.004, 0.003, 0.002], None, 1))
        cerc = [(s * 0.04, 0.1, -0.42), (s * 0.08, 0.09, -0.5), (s * 0.11, 0.08, -0.56)]
        parts.append(tube(cerc, [0.016, 0.011, 0.003], None, 1))
    legs = (
        ((0.06, 0.07, 0.22), (0.2, 0.12, 0.3), (0.28, 0.02, 0.42), (0.32, 0.0, 0.5)),
        ((0.08, 0.07, 0.12), (0.32, 0.14, 0.1), (0.48, 0.02, 0.0), (0.54, 0.0, -0.06)),
        ((0.08, 0.07, 0.0), (0.32, 0.15, -0.14), (0.48, 0.02, -0.42), (0.51, 0.0, -0.52)),
    )
    for hip, knee, ankle, toe in legs:
        for s in (-1, 1):
            pts = [(s * x, y, z) for x, y, z in (hip, knee, ankle, toe)]
            parts += _leg(pts, [0.036, 0.024, 0.013, 0.007], 1)
            parts.append(_spines(pts[1], pts[2], 7, (s * 0.7, 0.1, 0.0), 0.045, 1))
            parts.append(_spines(pts[1], pts[2], 5, (s * 0.5, 0.8, 0.0), 0.035, 1))
    return scaled(parts, rot("y", -20 + float(rng.uniform(-4, 4))))


# ---- 1327 bumblebee ---------------------------------------------------------------------------


def _tufts(roots, tips, width: float, slot) -> Part:
    """Many little tufts of hair as one part: from each root a three-sided spike to its tip
    (four triangles each), fanned round at random so the fuzz looks soft."""
    r0, r1 = np.asarray(roots, float), np.asarray(tips, float)
    d = r1 - r0
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    ref = np.where(np.abs(d[:, 1:2]) < 0.9, [[0.0, 1.0, 0.0]], [[1.0, 0.0, 0.0]])
    u = np.cross(d, ref)
    u /= np.linalg.norm(u, axis=1, keepdims=True)
    v = np.cross(d, u)
    a = np.arange(3) * 2 * np.pi / 3
    base = r0[:, None] + width * (np.cos(a)[None, :, None] * u[:, None]
                                  + np.sin(a)[None, :, None] * v[:, None])  # fmt: skip
    verts = np.concatenate([base, r1[:, None]], 1)
    faces = np.array([(0, 2, 1), (0, 1, 3), (1, 2, 3), (2, 0, 3)])
    f = faces[None] + (np.arange(len(r0)) * 4)[:, None, None]
    return mesh_part(verts.reshape(-1, 3), f.reshape(-1, 3), slot)


def _fuzz(m: np.ndarray, n: int, zones, length: float, rng: Rng) -> dict:
    """Tufts of hair over the unit sphere under m (an ellipsoid once m scales it): their roots
    and tips grouped by the slot of the zone each falls in (zones: (h0, h1, slot) along local
    z), leaning back along -z."""
    d = _shell_points(n, rng)
    h = d[:, 2]
    lin = m[:3, :3]
    nrm = d @ np.linalg.inv(lin)
    nrm /= np.linalg.norm(nrm, axis=1, keepdims=True)
    p = _placed(m, d * 0.98)
    back = lin @ np.array([0.0, 0.0, -1.0])
    back /= np.linalg.norm(back)
    tip = p + (nrm + 0.4 * back) * length * rng.uniform(0.7, 1.25, (n, 1))
    out: dict = {}
    for h0, h1, slot in zones:
        keep = (h >= h0) & (h < h1)
        a, b = out.setdefault(slot, ([], []))
        a.append(p[keep])
        b.append(tip[keep])
    return out


def _bumblebee(rng: Rng) -> list[Part]:
    """A bumblebee on a flower head: a round, fat, furry bee covered in little tufts of hair,
    its thorax with a yellow collar in front of black, its plump abdomen banded yellow then
    black with a white tail; a small black head held low with short elbowed antennae, small
    clear wings folded back over its back, short black legs gripping the flower, a ball of
    orange pollen on each hind leg; the flower a pink coneflower head on a short green stem
    with two leaves."""
    hf = 0.36
    parts = [cylinder(0.07, 0.02, 0.08, at(0, hf - 0.07, 0), "vine", "body")]
    parts.append(tube([(0.02, 0.0, 0.03), (0.0, hf * 0.5, 0.0), (0.0, hf - 0.05, 0.0)], 0.022,
                      None, "vine"))  # fmt: skip
    for s, y in ((-1, 0.1), (1, 0.18)):  # two leaves on the stem
        lm = at(0, y, 0) @ rot("y", 50 + 70 * s) @ rot("z", -55) @ rot("y", 90)
        parts.append(slab(leaf(0.4), 0.012, lm @ scl(0.13, 0.13, 1) @ at(0, 1.0, 0), "vine"))
    parts += daisy((0, hf, 0), 0.34, (0, 1, 0), "eraser", "fruit-orange")
    bee = at(0, hf + 0.05, 0.0) @ rot("y", -25)
    bodies = (
        ((0, 0.16, 0.04), (0.125, 0.12, 0.13), np.eye(4), ((-2, -0.15, 1), (-0.15, 2, 0)), 540),
        ((0, 0.15, -0.21), (0.15, 0.14, 0.2), rot("x", 12),
         ((-2, -0.5, "snow"), (-0.5, 0.15, 1), (0.15, 2, 0)), 800),
    )  # fmt: skip
    groups: dict = {}
    for c, r, tilt, zones, n in bodies:
        mm = bee @ at(*c) @ tilt @ scl(*r)
        for h0, h1, slot in zones:
            parts.append(_band_loft(h0, h1, slot).moved(mm))
        for slot, (a, b) in _fuzz(mm, n, zones, 0.03, rng).items():
            ga, gb = groups.setdefault(slot, ([], []))
            ga += a
            gb += b
    head = bee @ at(0, 0.12, 0.19) @ rot("x", 30)
    parts.append(_ell((0, 0, 0), (0.07, 0.075, 0.055), 1, head))
    for slot, (a, b) in _fuzz(head @ scl(0.07, 0.075, 0.055), 90, ((-2, 2, 1),), 0.02,
                              rng).items():  # fmt: skip
        ga, gb = groups.setdefault(slot, ([], []))
        ga += a
        gb += b
    for slot, (a, b) in groups.items():
        parts.append(_tufts(np.concatenate(a), np.concatenate(b), 0.012, slot))
    for s in (-1, 1):
        ant = [(s * 0.025, 0.17, 0.23), (s * 0.05, 0.26, 0.26), (s * 0.1, 0.25, 0.34)]
        parts.append(tube(_placed(bee, ant), 0.008, None, 1))
        for root, tip, w in (((0.05, 0.27, 0.0), (0.17, 0.3, -0.26), 0.12),
                             ((0.05, 0.26, -0.04), (0.14, 0.27, -0.22), 0.08)):  # fmt: skip
            a = _placed(bee, [(s * root[0], root[1], root[2])])[0]
            b = _placed(bee, [(s * tip[0], tip[1], tip[2])])[0]
            parts.append(insect_wing(a, b, w, "pane"))
        for hip, knee, foot in (
            ((0.05, 0.08, 0.11), (0.13, 0.06, 0.17), (0.15, 0.0, 0.22)),
            ((0.07, 0.07, 0.02), (0.18, 0.07, 0.0), (0.22, 0.0, -0.03)),
            ((0.07, 0.07, -0.04), (0.19, 0.1, -0.13), (0.21, 0.0, -0.22)),
        ):
            pts = _placed(bee, [(s * x, y, z) for x, y, z in (hip, knee, foot)])
            parts += _leg(list(pts), [0.018, 0.015, 0.008], 1)
        pollen = _placed(bee, [(s * 0.2, 0.06, -0.17)])[0]
        parts.append(sphere(0.032, at(*pollen), "fruit-orange"))
    return parts


# ---- 1328 leafhopper --------------------------------------------------------------------------

_RIDGE = np.array([(0.14, 0.15), (0.06, 0.155), (-0.08, 0.148), (-0.22, 0.135), (-0.34, 0.118),
                   (-0.44, 0.1)])  # fmt: skip
"""The ridge of a leafhopper's folded wings: (z, height) from their roots back to the tail."""


def _roof_wing(s: int, slot) -> Part:
    """One forewing of a leafhopper folded roof-like: a thin plate from the ridge down the
    side, tapering along the body to the pointed tail."""
    zs, ridge = _RIDGE[:, 0], _RIDGE[:, 1]
    hw = np.array([0.06, 0.068, 0.064, 0.052, 0.032, 0.006])
    a = np.radians(45)
    across = np.array([s * np.cos(a), -np.sin(a), 0.0])
    normal = np.array([s * np.sin(a), np.cos(a), 0.0])
    c = np.stack([np.zeros(6), ridge, zs], 1) + hw[:, None] * across
    u = hw[:, None] * across
    v = np.tile(normal * 0.006, (6, 1))
    sq = np.array([[1.0, -1.0], [1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0]])
    return loft(c, u, v, sq, slot)


def _leaf_pad(m: np.ndarray, length: float, width: float, slot) -> list[Part]:
    """A big leaf lying flat under m, its tip toward -z: a pointed blade, a raised midrib
    running on into a short stalk at the front, and side veins curving toward the tip."""
    blade = m @ at(0, 0.006, 0) @ FLAT_UP @ scl(width / 0.8, length / 2, 1)
    parts = [slab(leaf(0.4), 0.012, blade, slot, "leaf")]
    h, tip = 0.014, -length / 2
    parts.append(tube(_placed(m, [(0, h, -tip + 0.16), (0, h, -tip), (0, h, tip * 0.95)]),
                      [0.014, 0.012, 0.003], None, slot))  # fmt: skip
    for k in range(5):  # the side veins
        z0 = -tip * 0.7 + (tip * 1.45) * k / 5
        reach = width * 0.4 * np.sin(np.pi * (0.15 + 0.7 * (k + 0.5) / 5))
        for sd in (-1, 1):
            pts = [(0, h, z0), (sd * reach * 0.6, h, z0 - 0.08), (sd * reach, h, z0 - 0.2)]
            parts.append(tube(_placed(m, pts), [0.007, 0.005, 0.002], None, slot))
    return parts


def _leafhopper(rng: Rng) -> list[Part]:
    """A leafhopper sitting on a leaf: a small slim wedge-shaped bright green insect, its wide
    blunt head with an eye on each side, a broad pronotum, and its long wings folded steeply
    like a roof over its back, tapering to a point behind; a pale stripe running down its
    crown, pronotum and the ridge of its wings; short front and middle legs, long hind legs
    folded along its sides with rows of spines down their shins; a big green leaf under it,
    its veins raised."""
    parts = [_ell((0, 0.085, -0.1), (0.07, 0.045, 0.26), 0, tag="body")]  # the abdomen
    yb = 0.11
    parts.append(_ell((0, yb, 0.245), (0.11, 0.042, 0.06), 0, tilt=rot("x", 10)))  # the head
    parts.append(_ell((0, yb + 0.012, 0.17), (0.1, 0.045, 0.07), 0, tilt=rot("x", -8)))
    for s in (-1, 1):
        parts.append(_ell((s * 0.098, yb + 0.006, 0.228), (0.02, 0.026, 0.03), "marking"))
        parts.append(_roof_wing(s, 0))
        ant = [
            (s * 0.05, yb + 0.01, 0.29),
            (s * 0.09, yb + 0.03, 0.34),
            (s * 0.13, yb + 0.04, 0.37),
        ]
        parts.append(tube(ant, [0.005, 0.003, 0.0015], None, 0))
    stripe = [
        (0.0, yb + 0.03, 0.292),
        (0.0, yb + 0.041, 0.25),
        (0.0, yb + 0.054, 0.2),
        (0.0, yb + 0.056, 0.15),
    ] + [(0.0, y + 0.004, z) for z, y in _RIDGE[1:]]
    nrm = [(0, 1, 0.1)] * len(stripe)
    parts.append(skin_strip(stripe, nrm, 0.017, 0.006, 1))
    for s in (-1, 1):  # the legs: short front pairs, long spiny hind legs
        for hip, knee, foot in (
            ((0.04, 0.07, 0.16), (0.1, 0.07, 0.22), (0.12, 0.05, 0.27)),
            ((0.05, 0.07, 0.08), (0.13, 0.07, 0.06), (0.15, 0.055, 0.02)),
        ):
            pts = [(s * x, y, z) for x, y, z in (hip, knee, foot)]
            parts += _leg(pts, [0.014, 0.011, 0.007], 0)
        hind = [(s * 0.05, 0.07, 0.0), (s * 0.115, 0.1, -0.14), (s * 0.145, 0.06, -0.32),
                (s * 0.155, 0.06, -0.38)]  # fmt: skip
        parts += _leg(hind, [0.02, 0.016, 0.01, 0.006], 0)
        for up in (0.3, -0.2):
            parts.append(_spines(hind[1], hind[2], 7, (s * 0.8, up, 0.0), 0.035, 0, 0.005))
    leafm = at(0.0, 0.0, -0.1) @ rot("y", 8)
    parts = scaled(parts, scl(1.25)) + _leaf_pad(leafm, 1.35, 0.64, "land")
    return scaled(parts, rot("y", 10 + float(rng.uniform(-5, 5))))


MORE_APPLIANCES_ZZZZO = {
    1321: _coin, 1322: _amulet, 1323: _bead, 1324: _tick, 1325: _louse, 1326: _cockroach,
    1327: _bumblebee, 1328: _leafhopper,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
