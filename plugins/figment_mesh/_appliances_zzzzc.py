"""More of the device family's appliances, from 1225: Turkish and New Orleans things: a simit,
a nazar charm, a Turkish tea glass, a domed hamam, an Ottoman mosaic lamp, a box of Turkish
delight, a plate of beignets and a voodoo doll.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ._families_a import stick
from ._geometry import Part, Sweep, at, rot, scl, segs
from ._kit import (
    ALONG_Z,
    chain,
    ellipse,
    grid_skin,
    hoop,
    loft,
    plate,
    studs,
    superellipse,
    swept,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZC"]

Rng = np.random.Generator

_CIRCLE8 = ellipse(1.0, 1.0, 8)


# ---- 1225 simit ------------------------------------------------------------------------------


def _strand_path(R: float, off: float, twists: int, phase: float, n: int, squash: float):
    """Points of one strand of a ring twisted from two: round a circle of radius R in the xz
    plane, winding ``twists`` times round the ring's own centre line ``off`` from it."""
    t = np.arange(n) * (2 * np.pi / n)
    a = twists * t + phase
    radial = np.stack([np.cos(t), np.zeros(n), np.sin(t)], 1)
    r = R + off * np.cos(a)
    y = squash * off * np.sin(a)
    return radial * r[:, None] + np.stack([np.zeros(n), y, np.zeros(n)], 1)


def _strand(R: float, off: float, r: float, twists: int, phase: float, m, slot=0) -> Part:
    """One strand of a twisted bread ring (see ``_strand_path``): a closed round tube of radius
    r, its rings square to the strand's own path."""

    def gen(k: float) -> Sweep:
        n = segs(k, 10 * twists, 3 * twists)
        c = _strand_path(R, off, twists, phase, n, 0.8)
        t = np.roll(c, -1, 0) - np.roll(c, 1, 0)
        t /= np.linalg.norm(t, axis=1, keepdims=True)
        up = np.array([0.0, 1.0, 0.0])
        u = up - t * (t @ up)[:, None]
        u /= np.linalg.norm(u, axis=1, keepdims=True)
        v = np.cross(t, u)
        return Sweep(c, u, v, np.full(n, r), _CIRCLE8, closed=True)

    return swept(gen, slot).moved(m)


def _sesame(R, off, r, twists, phase, m, rng: Rng, count: int) -> Part:
    """Sesame seeds stuck over the upper side of one strand: small pale studs on its skin."""
    n = 400
    c = _strand_path(R, off, twists, phase, n, 0.8)
    i = rng.integers(0, n, count)
    a = rng.uniform(-0.2 * np.pi, 1.2 * np.pi, count)
    radial = c[i] * [1.0, 0.0, 1.0]
    radial /= np.linalg.norm(radial, axis=1, keepdims=True)
    nrm = radial * np.cos(a)[:, None] + np.array([0.0, 1.0, 0.0]) * np.sin(a)[:, None]
    pts = c[i] + nrm * r
    pts = pts @ m[:3, :3].T + m[:3, 3]
    nrm = nrm @ m[:3, :3].T
    return studs(pts, nrm, 0.009, 0.007, "seed", 5)


def _one_simit(m, rng: Rng, tag: str = "") -> list[Part]:
    """A simit lying flat under m: two strands of dough twisted into a thin ring round a big
    hole, crusted with sesame seeds."""
    R, off, r, tw = 0.3, 0.026, 0.036, 11
    parts = []
    for k in range(2):
        phase = np.pi * k
        parts.append(_strand(R, off, r, tw, phase, m @ at(0, off + r, 0), 0))
        parts.append(_sesame(R, off, r, tw, phase, m @ at(0, off + r, 0), rng, 90))
    if tag:
        parts[0] = replace(parts[0], tag=tag)
    return parts


def _simit(rng: Rng) -> list[Part]:
    """A simit, the Turkish bread ring: a thin ring of dough twisted like a rope from two
    strands round a large hole, crusted all over with pale sesame seeds, lying flat on a small
    round plate with a second simit stacked off-centre on it."""
    parts = _one_simit(at(0, 0.025, 0.02), rng, "body")
    parts.append(plate(at(0, 0, 0), 0.45, 1))
    turn = float(rng.uniform(0, 360))
    top = at(-0.08, 0.095, -0.06) @ rot("y", turn) @ rot("z", 6)
    parts += _one_simit(top, rng)
    return parts


# ---- 1226 nazar ------------------------------------------------------------------------------


def _nazar(rng: Rng) -> list[Part]:
    """A nazar, the Turkish evil-eye charm, standing on its edge: a flat round glass disc of
    concentric rings stepping up to the middle (a dark blue rim, a white ring, a light blue
    ring, a black dot), a small glass loop at its top and a red cord threaded through it into
    a hanging loop with a knot and a bead."""
    R = 0.4
    face = at(0, R + 0.012, 0) @ ALONG_Z  # the disc's face looks along +z
    disc = [(0.0, -0.03), (R - 0.02, -0.03), (R, -0.01), (R, 0.02), (R - 0.02, 0.035),
            (0.0, 0.04)]  # fmt: skip
    parts = [lathe(disc, face, 0, "body")]
    for r, y, slot in ((0.26, 0.055, "sheet"), (0.175, 0.07, 0), (0.1, 0.085, "pupil")):
        step = [(0.0, 0.0), (r, 0.0), (r, y - 0.01), (r - 0.012, y), (0.0, y + 0.004)]
        parts.append(lathe(step, face, slot))
    parts.append(lathe([(0.0, 0.0), (0.17, 0.0), (0.17, 0.062), (0.0, 0.062)], face, "sheet"))
    loop = at(0, 2 * R + 0.03, 0)  # the glass loop at the top
    parts.append(torus(0.035, 0.013, loop @ rot("x", 90), 0))
    cy = 2 * R + 0.05
    sway = float(rng.uniform(-0.03, 0.03))
    cord = [(0.0, cy, 0.0), (0.06, cy + 0.1, 0.0), (0.06 + sway, cy + 0.25, 0.0),
            (sway, cy + 0.36, 0.0), (-0.06 + sway, cy + 0.25, 0.0), (-0.06, cy + 0.1, 0.0),
            (0.0, cy, 0.0)]  # fmt: skip
    parts.append(tube(cord, 0.009, None, "card-red"))
    parts.append(sphere(0.025, at(0, cy + 0.075, 0) @ scl(1.3, 1.0, 1.0), "card-red"))  # knot
    parts.append(sphere(0.035, at(0.055, cy + 0.14, 0), 1))  # a bead on the cord
    return parts


# ---- 1227 Turkish tea glass ------------------------------------------------------------------


def _tea_glass(rng: Rng) -> list[Part]:
    """A Turkish tea glass on its saucer: a small clear tulip-shaped glass (a bulging base, a
    narrow waist, a flared lip) full of red-brown tea nearly to the brim, on a small round
    saucer with a red rim line, a tiny spoon and two sugar cubes beside it."""
    y0 = 0.045  # the saucer's well
    outer = [(0.0, 0.0), (0.1, 0.0), (0.125, 0.02), (0.14, 0.08), (0.13, 0.15), (0.1, 0.25),
             (0.098, 0.33), (0.118, 0.45), (0.135, 0.53), (0.137, 0.55)]  # fmt: skip
    inner = [(0.125, 0.55), (0.123, 0.53), (0.106, 0.45), (0.086, 0.33), (0.088, 0.25),
             (0.118, 0.15), (0.126, 0.08), (0.11, 0.04), (0.0, 0.035)]  # fmt: skip
    g = at(0, y0, 0)
    parts = [lathe(outer + inner, g, 0, "body")]
    level = 0.47 + float(rng.uniform(-0.02, 0.01))
    tea = [(0.0, 0.04), (0.105, 0.045), (0.121, 0.08), (0.113, 0.15), (0.084, 0.25),
           (0.082, 0.33), (0.08 + (level - 0.33) * 0.18, level), (0.0, level + 0.002)]  # fmt: skip
    parts.append(lathe(tea, g, "match-head"))
    saucer = [(0.0, 0.0), (0.14, 0.0), (0.16, 0.02), (0.15, y0 - 0.01), (0.2, y0 - 0.005),
              (0.3, 0.06), (0.32, 0.075), (0.315, 0.085), (0.29, 0.075), (0.2, y0 + 0.008),
              (0.0, y0 + 0.002)]  # fmt: skip
    parts.append(lathe(saucer, None, 1))
    parts.append(torus(0.305, 0.006, at(0, 0.08, 0), "card-red"))
    parts.append(torus(0.138, 0.005, g @ at(0, 0.545, 0), "copper"))  # the gilt lip
    sp = at(0.13, y0 + 0.03, 0.17) @ rot("y", 20 + float(rng.uniform(-10, 10)))
    parts.append(tube([(-0.12, 0.0, 0.0), (0.05, 0.0, 0.0)], [0.006, 0.008], sp, "steel"))
    parts.append(sphere(1.0, sp @ at(0.08, 0.0, 0.0) @ scl(0.035, 0.008, 0.022), "steel"))
    for k, (x, z, yaw) in enumerate(((-0.2, 0.08, 15), (-0.16, 0.16, -20))):
        parts.append(box(0.05, 0.045, 0.05, at(x, y0 + 0.012 * k, z) @ rot("y", yaw), "snow"))
    return parts


# ---- 1228 domed hamam ------------------------------------------------------------------------


def _arch(w: float, h: float, point: float = 0.15):
    """A pointed (Ottoman) arch's outline w wide and h high, its foot on y = 0."""

    def outline(n: int) -> np.ndarray:
        spring = h - w / 2 - point * w
        t = np.linspace(0.0, 1.0, max(n // 4, 4))
        right = np.stack([w / 2 * np.cos(t * np.pi / 2), spring + (h - spring) * np.sin(t * np.pi / 2)
                          ** 1.3], 1)  # fmt: skip
        left = right[::-1] * [-1.0, 1.0]
        return np.concatenate([[[w / 2, 0.0]], right, left[1:], [[-w / 2, 0.0]]])

    return outline


def _dome(R: float, rise: float, m, slot=0, tag: str = "") -> Part:
    """A low dome of radius R rising ``rise`` above its foot at m."""
    t = np.linspace(0.0, np.pi / 2, 7)
    prof = [(R * np.cos(a), rise * np.sin(a)) for a in t]
    prof[-1] = (0.0, rise)
    return lathe([(0.0, -0.001), *prof], m, slot, tag)


def _skylights(R: float, rise: float, m, rows) -> list[Part]:
    """The dome's glass skylights ("elephant eyes"): rings of small round glass lenses set in
    it, each a dark pane under a clear glass lens."""
    pts, nrm = [], []
    for elev, count, off in rows:
        for i in range(count):
            a = 2 * np.pi * (i + off) / count
            e = np.radians(elev)
            p = np.array([R * np.cos(e) * np.cos(a), rise * np.sin(e), R * np.cos(e) * np.sin(a)])
            g = np.array([p[0] / R**2, p[1] / rise**2, p[2] / R**2])
            pts.append(p)
            nrm.append(g / np.linalg.norm(g))
    pts, nrm = np.array(pts) @ m[:3, :3].T + m[:3, 3], np.array(nrm) @ m[:3, :3].T
    return [studs(pts, nrm, 0.022, 0.012, "window", 8),
            studs(pts + nrm * 0.006, nrm, 0.016, 0.012, "pane", 8)]  # fmt: skip


def _hamam(rng: Rng) -> list[Part]:
    """A Turkish bathhouse (hamam): a squat stone block building with bands of brick, crowned
    by a big low dome on an eight-sided drum, the dome studded with rings of small round glass
    skylights and topped with a crescent finial; lower wings at both sides under smaller
    domes, a projecting porch with a pointed arched doorway at the front, and a slim chimney
    like a little minaret at a back corner."""
    w, d, h = 0.62, 0.62, 0.34
    parts = [box(w, h, d, None, 0, "body")]
    for y in (0.11, 0.22):  # brick bands between the stone courses
        parts.append(box(w + 0.006, 0.018, d + 0.006, at(0, y, 0), "cork"))
    parts.append(box(w + 0.04, 0.03, d + 0.04, at(0, h, 0), 0))  # the cornice
    drum_h = 0.07
    parts.append(lathe([(0.0, 0.0), (0.3, 0.0), (0.3, drum_h), (0.0, drum_h)],
                       at(0, h + 0.03, 0) @ rot("y", 22.5), 0, sides=8))  # fmt: skip
    top = at(0, h + 0.03 + drum_h, 0)
    R, rise = 0.28, 0.22
    parts.append(_dome(R, rise, top, 1))
    turn = float(rng.uniform(0, 20))
    parts += _skylights(R, rise, top @ rot("y", turn), ((18, 14, 0), (38, 11, 0.5), (58, 7, 0)))
    fin = top @ at(0, rise, 0)  # the crescent finial
    parts.append(stick((0, rise - 0.01, 0), (0, rise + 0.09, 0), 0.008, "copper").moved(top))
    parts.append(sphere(0.02, fin @ at(0, 0.05, 0), "copper"))
    a = np.radians(np.linspace(160, 380, 9))  # the crescent, its horns up
    horn = [(0.035 * np.cos(t), 0.035 * np.sin(t), 0.0) for t in a]
    radii = 0.003 + 0.008 * np.sin(np.linspace(0, np.pi, 9))
    parts.append(tube(horn, radii, fin @ at(0, 0.125, 0), "copper"))
    for s in (-1, 1):  # the side wings and their domes
        wx = s * (w / 2 + 0.17)
        parts.append(box(0.34, 0.24, 0.46, at(wx, 0, -0.02), 0))
        parts.append(box(0.36, 0.025, 0.48, at(wx, 0.24, -0.02), 0))
        parts.append(box(0.344, 0.018, 0.464, at(wx, 0.11, -0.02), "cork"))
        wt = at(wx, 0.265, -0.02)
        parts.append(cylinder(0.13, 0.13, 0.03, wt, 0))
        parts.append(_dome(0.13, 0.11, wt @ at(0, 0.03, 0), 1))
        parts += _skylights(0.13, 0.11, wt @ at(0, 0.03, 0), ((30, 6, 0),))
        parts.append(sphere(0.012, wt @ at(0, 0.145, 0), "copper"))
        for x in (-0.08, 0.08):  # the small windows of the wings
            parts.append(slab(_arch(0.05, 0.09), 0.01, at(wx + x, 0.1, 0.21), "window"))
    z0 = d / 2  # the porch and its pointed arched doorway
    parts.append(box(0.3, 0.3, 0.1, at(0, 0, z0 + 0.05), 0))
    parts.append(box(0.32, 0.025, 0.12, at(0, 0.3, z0 + 0.05), 0))
    parts.append(slab(_arch(0.2, 0.25), 0.012, at(0, 0, z0 + 0.1), 1))  # the arch's frame
    parts.append(slab(_arch(0.16, 0.22), 0.014, at(0, 0, z0 + 0.1), "window"))
    parts.append(box(0.14, 0.17, 0.016, at(0, 0, z0 + 0.1), "cork"))  # the door
    parts.append(box(0.004, 0.17, 0.02, at(0, 0, z0 + 0.1), "marking"))
    for x in (-0.2, 0.2):  # the main block's windows either side of the porch
        parts.append(slab(_arch(0.06, 0.11), 0.01, at(x, 0.12, z0), "window"))
    cx, cz = -w / 2 + 0.05, -d / 2 + 0.05  # the chimney
    parts.append(cylinder(0.035, 0.03, 0.75, at(cx, 0, cz), 0))
    parts.append(cylinder(0.045, 0.045, 0.03, at(cx, 0.62, cz), 0))
    parts.append(cylinder(0.04, 0.0, 0.12, at(cx, 0.75, cz), 1))
    return parts


# ---- 1229 Ottoman mosaic lamp ----------------------------------------------------------------

_MOSAIC = ("card-red", "plume", "cloth-yellow", "fruit-green", "fruit-orange", 0)


def _mosaic(c, R: float, rng: Rng) -> list[Part]:
    """The globe's mosaic: rows of small glass chips on the sphere of radius R round c, their
    colours laid in bands of repeating motifs, one part per colour."""
    groups: dict = {s: ([], []) for s in _MOSAIC}
    rows = 11
    shift = int(rng.integers(0, 3))
    for j in range(rows):
        e = np.radians(-62 + 124 * j / (rows - 1))
        count = max(8, int(30 * np.cos(e)))
        for i in range(count):
            a = 2 * np.pi * (i + 0.5 * (j % 2)) / count
            nrm = np.array([np.cos(e) * np.cos(a), np.sin(e), np.cos(e) * np.sin(a)])
            motif = (i + shift) % 4 == 0
            band = (j + shift) % 3
            slot = _MOSAIC[(band * 2 + (1 if motif else 0) + j // 3) % len(_MOSAIC)]
            if j == rows // 2:
                slot = "card-red" if i % 2 else "cloth-yellow"
            groups[slot][0].append(np.asarray(c) + nrm * R)
            groups[slot][1].append(nrm)
    return [studs(p, n, 0.028, 0.012, s, 6) for s, (p, n) in groups.items() if p]


def _mosaic_lamp(rng: Rng) -> list[Part]:
    """A Turkish mosaic hanging lamp: a glass globe covered in small chips of coloured mosaic
    glass in banded patterns, glowing from inside, under a pierced metal cap (light shining
    through its holes) and over a metal collar ending in a pointed drop finial, hanging on a
    chain from a round ceiling rose under a square of ceiling."""
    top = 1.15
    R = 0.25
    c = (0.0, 0.4, 0.0)
    parts = [sphere(R, at(*c) @ scl(1.0, 0.95, 1.0), 0, "body")]
    parts.append(sphere(R * 0.8, at(*c), "glow"))
    parts += _mosaic(c, R, rng)
    cap = [(0.0, 0.0), (0.16, 0.0), (0.165, 0.02), (0.13, 0.07), (0.07, 0.1), (0.03, 0.13),
           (0.0, 0.14)]  # fmt: skip
    cm = at(0, c[1] + 0.185, 0)
    parts.append(lathe(cap, cm, 1))
    holes, nrm = [], []  # the cap's piercings, lit from inside
    for k in range(12):
        a = 2 * np.pi * k / 12
        n = np.array([np.cos(a), 0.8, np.sin(a)])
        holes.append(np.array([0.145 * np.cos(a), 0.04, 0.145 * np.sin(a)]) + cm[:3, 3])
        nrm.append(n / np.linalg.norm(n))
    parts.append(studs(holes, nrm, 0.012, 0.012, "glow", 6))
    for k in range(12):  # the cap's scalloped hem
        a = 2 * np.pi * (k + 0.5) / 12
        parts.append(sphere(1.0, cm @ at(0.16 * np.cos(a), -0.01, 0.16 * np.sin(a))
                            @ scl(0.03, 0.03, 0.03), 1))  # fmt: skip
    parts.append(torus(0.018, 0.006, at(0, c[1] + 0.335, 0) @ rot("x", 90), 1))  # its hook ring
    bot = [(0.0, 0.0), (0.005, 0.0), (0.02, 0.04), (0.04, 0.1), (0.035, 0.13), (0.09, 0.17),
           (0.1, 0.19), (0.0, 0.2)]  # fmt: skip
    parts.append(lathe(bot, None, 1))  # the collar and drop finial
    parts.append(sphere(0.025, at(0, 0.08, 0), 1))
    parts += chain([(0, c[1] + 0.35, 0), (0, top - 0.05, 0)], 14, 1, 0.014)
    rose = [(0.0, 0.0), (0.1, 0.0), (0.1, 0.02), (0.07, 0.05), (0.0, 0.055)]
    parts.append(lathe(rose, at(0, top, 0) @ rot("x", 180), 1))
    parts.append(box(0.32, 0.02, 0.32, at(0, top, 0), "plaster"))
    return parts


# ---- 1230 box of Turkish delight -------------------------------------------------------------

_SQUARE = superellipse(1.0, 1.0, 6.0, 12)


def _soft_cube(s: float, h: float, m, slot=0, e: float = 0.14) -> Part:
    """A soft rounded cube (a piece of Turkish delight) s wide and h high standing at m, its
    edges rounded ``e`` of its height."""
    ys = [0.0, e * h, (1 - e) * h, h]
    rs = [1 - e, 1.0, 1.0, 1 - e]
    c = [(0.0, y, 0.0) for y in ys]
    u = [(r * s / 2, 0.0, 0.0) for r in rs]
    v = [(0.0, 0.0, r * s / 2) for r in rs]
    return loft(c, u, v, _SQUARE, slot).moved(m)


def _dusted_cube(s: float, h: float, m, rng: Rng) -> list[Part]:
    """A piece of Turkish delight under a thick dusting of powdered sugar: a soft cube, a
    white cap of sugar over its top and a few sugar specks on its sides."""
    parts = [_soft_cube(s, h, m, 0)]
    parts.append(_soft_cube(s + 0.008, 0.03, m @ at(0, h - 0.026, 0), "snow", 0.45))
    return parts


def _turkish_delight(rng: Rng) -> list[Part]:
    """An open box of Turkish delight: a shallow wooden box packed with rows of soft rounded
    cubes, each under a white cap of powdered sugar, sugar specks between them, its lid
    leaning up against the back showing its red label, a loose cube beside the box."""
    nx, nz, s = 5, 3, 0.15
    gap = 0.008
    w, d, hb = nx * (s + gap) + 0.05, nz * (s + gap) + 0.05, 0.11
    parts = [box(w, 0.02, d, None, 1, "body")]
    for k in (-1, 1):
        parts.append(box(w, hb, 0.02, at(0, 0, k * (d / 2 - 0.01)), 1))
        parts.append(box(0.02, hb, d, at(k * (w / 2 - 0.01), 0, 0), 1))
    for i in range(nx):
        for j in range(nz):
            x = -w / 2 + 0.025 + (s + gap) * (i + 0.5)
            z = -d / 2 + 0.025 + (s + gap) * (j + 0.5)
            yaw = float(rng.uniform(-4, 4))
            hh = s * float(rng.uniform(0.85, 0.95))
            parts += _dusted_cube(s, hh, at(x, 0.02, z) @ rot("y", yaw), rng)
    lid = at(0, 0.02, -d / 2 - 0.09) @ rot("x", -16)  # the lid leaning on the back
    parts.append(box(w + 0.02, d + 0.02, 0.02, lid, 1))
    for k in (-1, 1):
        parts.append(box(0.02, d + 0.02, 0.06, lid @ at(k * (w / 2 + 0.0), 0, -0.03), 1))
    parts.append(box(w + 0.02, 0.02, 0.06, lid @ at(0, d + 0.0, -0.03), 1))
    parts.append(box(w * 0.7, d * 0.6, 0.006, lid @ at(0, d * 0.2, 0.011), "card-red"))
    parts.append(box(w * 0.5, d * 0.09, 0.008, lid @ at(0, d * 0.55, 0.012), "cloth-yellow"))
    parts.append(box(w * 0.34, d * 0.06, 0.008, lid @ at(0, d * 0.4, 0.012), "cloth-yellow"))
    for k in range(2):  # loose pieces beside the box
        m = at(w / 2 + 0.11 - 0.05 * k, 0.0, 0.2 + 0.14 * k) @ rot("y", 30 + 40 * k)
        parts += _dusted_cube(s * 0.95, s * 0.85, m, rng)
    a = rng.uniform(0, 2 * np.pi, 24)
    pts = np.stack([w / 2 + 0.1 + 0.16 * np.cos(a) * rng.uniform(0.5, 1, 24), np.full(24, 0.002),
                    0.27 + 0.12 * np.sin(a) * rng.uniform(0.5, 1, 24)], 1)  # fmt: skip
    parts.append(studs(pts, [(0.0, 1.0, 0.0)] * 24, 0.01, 0.004, "snow", 5))
    return parts


# ---- 1231 plate of beignets ------------------------------------------------------------------

_PUFF_YS = np.array([0.0, 0.06, 0.25, 0.5, 0.72, 0.88, 1.0])
_PUFF_RS = np.array([0.82, 0.95, 1.0, 0.98, 0.86, 0.6, 0.0])
"""A beignet's puffed profile: its heights (of its full height) and widths (of its half
width) from its fried foot to the crown of its pillow."""


def _beignet(m, s: float, rng: Rng) -> list[Part]:
    """A beignet under m: a square puffy pillow of fried dough s wide, a little lopsided,
    bulging high in the middle, under a thick lumpy cap of powdered sugar whose edge runs in
    waves down its sides, a few sugar specks below it."""
    h = s * float(rng.uniform(0.55, 0.62))
    n = 24
    t = np.arange(n) * (2 * np.pi / n)
    ph = rng.uniform(0, 2 * np.pi, 3)
    wob = 1 + 0.05 * np.sin(2 * t + ph[0]) + 0.035 * np.sin(3 * t + ph[1])
    sq = superellipse(1.0, 1.0, 3.2, n) * wob[:, None] * [s / 2, s / 2 * 0.92]
    c = [(0.0, y, 0.0) for y in _PUFF_YS * h]
    u = [(r, 0.0, 0.0) for r in _PUFF_RS]
    v = [(0.0, 0.0, r) for r in _PUFF_RS]
    parts = [loft(c, u, v, sq, 0).moved(m)]
    edge = 0.5 + 0.09 * np.sin(4 * t + ph[2]) + 0.05 * np.sin(7 * t + ph[0])
    rows = []
    for f in np.linspace(0.0, 1.0, 6):
        y = edge + (0.995 - edge) * f**0.8  # of the height
        r = np.interp(y, _PUFF_YS, _PUFF_RS)
        lift = 0.004 + 0.018 * np.sin(np.pi * min(f * 1.4, 1.0))
        ring = np.stack([sq[:, 0] * r, y * h + lift, sq[:, 1] * r], 1)
        ring[:, [0, 2]] += sq / np.linalg.norm(sq, axis=1, keepdims=True) * 0.006
        rows.append(ring)
    parts.append(grid_skin(np.array(rows), "snow").moved(m))
    k = rng.integers(0, n, 10)
    y = rng.uniform(0.15, 0.45, 10)
    r = np.interp(y, _PUFF_YS, _PUFF_RS)[:, None]
    side = sq[k] * r
    pts = np.stack([side[:, 0], y * h, side[:, 1]], 1)
    nrm = np.stack([side[:, 0], np.zeros(10), side[:, 1]], 1)
    parts.append(studs(pts, nrm, 0.008, 0.006, "snow", 5).moved(m))
    return parts


def _beignets(rng: Rng) -> list[Part]:
    """A plate of beignets: a round plate heaped with five square puffy fried pastries, three
    below and two leaning on top, each thickly capped with white powdered sugar, a little heap
    of fallen sugar and sugar specks on the plate."""
    parts = []
    base = 0.035
    s = 0.3
    spots = ((-0.17, 0.1, 20), (0.16, 0.12, -10), (0.0, -0.17, 50))
    first = True
    for x, z, yaw in spots:
        m = at(x, base, z) @ rot("y", yaw + float(rng.uniform(-8, 8)))
        bits = _beignet(m, s, rng)
        if first:
            bits[0] = replace(bits[0], tag="body")
            first = False
        parts += bits
    for x, z, yaw, tx, tz in ((-0.06, -0.02, 5, 10, 8), (0.09, 0.06, 35, -8, -10)):
        m = at(x, base + 0.13, z) @ rot("x", tx) @ rot("z", tz) @ rot("y", yaw)
        parts += _beignet(m, s, rng)
    parts.append(plate(at(0, 0, 0), 0.5, 1))
    heap = [(0.0, 0.0), (0.08, 0.0), (0.06, 0.015), (0.03, 0.035), (0.0, 0.045)]
    parts.append(lathe(heap, at(0.25, base - 0.01, -0.3), "snow"))
    a = rng.uniform(0, 2 * np.pi, 40)
    r = rng.uniform(0.32, 0.4, 40)
    pts = np.stack([r * np.cos(a), np.full(40, base + 0.008), r * np.sin(a)], 1)
    parts.append(studs(pts, [(0.0, 1.0, 0.0)] * 40, 0.01, 0.006, "snow", 5))
    return parts


# ---- 1232 voodoo doll ------------------------------------------------------------------------

_FLAT = ellipse(1.0, 0.45, 14)


def _x_stitch(c, r: float, slot="marking") -> list[Part]:
    """An X of two thread stitches across the point c on a face looking along +z."""
    parts = []
    for a in (45, -45):
        parts.append(box(0.012, 2 * r, 0.008, at(*c) @ rot("z", a) @ at(0, -r, 0), slot))
    return parts


def _pin(head, direction, length: float, slot) -> list[Part]:
    """A long pin stuck into the doll: a steel shaft from its round coloured head at ``head``
    along ``direction`` into the body."""
    d = np.asarray(direction, float)
    d /= np.linalg.norm(d)
    h = np.asarray(head, float)
    return [stick(h, h + d * length, 0.006, "steel"), sphere(0.03, at(*h), slot)]


def _voodoo_doll(rng: Rng) -> list[Part]:
    """A voodoo doll standing up: a crude stuffed burlap figure, flat and cross-shaped (a round
    head, arms straight out, a body and two stubby legs), button eyes stitched with black
    crosses, a stitched mouth, a red heart patch on its chest, twine wrapped round its neck and
    waist, and three long pins with round coloured heads stuck into it."""
    parts = [tube([(0, 0.3, 0), (0, 0.45, 0), (0, 0.62, 0)], [0.14, 0.15, 0.12], None, 0,
                  "body", _FLAT)]  # fmt: skip
    for s in (-1, 1):  # the legs, the arms
        parts.append(tube([(s * 0.07, 0.34, 0), (s * 0.1, 0.15, 0), (s * 0.12, 0.0, 0)],
                          [0.075, 0.07, 0.065], None, 0, "", _FLAT))  # fmt: skip
        parts.append(tube([(0, 0.55, 0), (s * 0.2, 0.56, 0), (s * 0.34, 0.57, 0)],
                          [0.075, 0.068, 0.062], None, 0, "", _FLAT))  # fmt: skip
    hy = 0.86
    parts.append(sphere(1.0, at(0, hy, 0) @ scl(0.16, 0.17, 0.085), 0))  # the head
    parts.append(tube([(0, 0.6, 0), (0, 0.74, 0)], 0.06, None, 0, "", _FLAT))  # the neck
    for x in (-0.06, 0.06):  # the button eyes
        m = at(x, hy + 0.03, 0.075) @ ALONG_Z
        parts.append(cylinder(0.035, 0.035, 0.012, m, 1))
        parts += _x_stitch((x, hy + 0.03, 0.09), 0.026)
    parts.append(box(0.1, 0.008, 0.006, at(0, hy - 0.07, 0.078), "marking"))  # the mouth
    for k in range(5):
        parts.append(box(0.006, 0.035, 0.008, at(-0.04 + 0.02 * k, hy - 0.084, 0.077),
                         "marking"))  # fmt: skip
    heart = [(0.0, -0.05), (0.05, 0.0), (0.045, 0.035), (0.022, 0.045), (0.0, 0.025),
             (-0.022, 0.045), (-0.045, 0.035), (-0.05, 0.0)]  # fmt: skip
    parts.append(slab(sharp(heart), 0.012, at(0.05, 0.47, 0.058) @ scl(1.5), "card-red"))
    for k in range(3):  # twine round the neck and the waist
        parts.append(hoop(0.058, 0.008, at(0, 0.655 + 0.016 * k, 0) @ scl(1.0, 1.0, 0.5),
                          "pencil-wood", 16, 5))  # fmt: skip
        parts.append(hoop(0.14, 0.009, at(0, 0.36 + 0.018 * k, 0) @ scl(1.0, 1.0, 0.48),
                          "pencil-wood", 20, 5))  # fmt: skip
    tilt = float(rng.uniform(-0.1, 0.1))
    pins = (((0.1, 0.56, 0.2), (-0.3, -0.5 + tilt, -1.0), "card-red"),
            ((-0.1, hy + 0.2, 0.1), (0.4, -0.6, -0.5), "plume"),
            ((-0.38, 0.62, 0.14), (0.3, -0.2 + tilt, -1.0), "cloth-yellow"))  # fmt: skip
    for head, d, slot in pins:
        parts += _pin(head, d, 0.24, slot)
    return parts


MORE_APPLIANCES_ZZZZC = {
    1225: _simit, 1226: _nazar, 1227: _tea_glass, 1228: _hamam, 1229: _mosaic_lamp,
    1230: _turkish_delight, 1231: _beignets, 1232: _voodoo_doll,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
