"""More of the device family's appliances, from 396: a computer monitor, a parcel, a roll of
tape, a coil of wire, a cork and corkscrew, ceramic tiles, a coil spring, a trophy cup, a laser
blaster, a village water pump, a column radiator and garbage bags.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    annulus,
    band,
    cut,
    rope,
    rrect_outline,
    solid,
    water_patch,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import ellipsoid as blob
from ._shapes import polygon, sharp, star

__all__ = ["MORE_APPLIANCES_M"]

Rng = np.random.Generator


# ---- 396 computer monitor --------------------------------------------------------------------


def _hill_outline(w: float, h: float):
    """Rolling green hills across the bottom of a picture w wide: an exact polygon."""
    xs = np.linspace(-w / 2, w / 2, 17)
    top = h * (0.55 + 0.3 * np.sin(xs / w * 7.0 + 0.8) + 0.15 * np.cos(xs / w * 13.0))
    pts = [(-w / 2, 0.0), (w / 2, 0.0)] + [(x, y) for x, y in zip(xs[::-1], top[::-1], strict=True)]
    return sharp(pts)


def _monitor(rng: Rng) -> list[Part]:
    """A computer monitor: a wide flat screen in a thin bezel on a slim stand and a flat foot,
    its lit picture a blue sky over green hills with a sun, icons and a taskbar; a keyboard and
    a mouse before it."""
    W, H, y0 = 1.2, 0.72, 0.36
    cy = y0 + H / 2
    parts = [slab(rrect_outline(W, H, 0.03), 0.05, at(0, cy, 0), 0, "body")]
    parts.append(slab(rrect_outline(W * 0.75, H * 0.7, 0.1), 0.1, at(0, cy + 0.02, -0.04), 0))
    pw, ph, z = W - 0.06, H - 0.06, 0.026
    sky = at(0, cy - ph / 2, z)
    parts.append(box(pw, ph, 0.004, sky, "rainbow-blue"))
    parts.append(slab(_hill_outline(pw, 0.22), 0.004, sky @ at(0, 0.0, 0.003), "rainbow-green"))
    parts.append(slab(polygon(20, 0.06), 0.004, sky @ at(0.36, ph - 0.12, 0.004), "glow"))
    parts.append(box(pw, 0.04, 0.004, sky @ at(0, 0.0, 0.006), "window"))  # the taskbar
    for k in range(3):  # icons down the left
        parts.append(box(0.06, 0.06, 0.004, sky @ at(-pw / 2 + 0.07, ph - 0.12 - 0.1 * k, 0.006),
                         "snow"))  # fmt: skip
    # the stand: a neck leaning up behind the screen, a flat foot
    parts.append(box(0.13, y0 + 0.22, 0.035, at(0, 0.02, -0.16) @ rot("x", 8), 1))
    parts.append(slab(rrect_outline(0.46, 0.3, 0.1), 0.025, at(0, 0.0125, -0.12) @ FLAT_UP, 1))
    # the keyboard and its keys, and a mouse
    kb = at(0.0, 0.0, 0.5) @ rot("x", 4)
    parts.append(slab(rrect_outline(0.9, 0.3, 0.025), 0.035, kb @ at(0, 0.0175, 0) @ FLAT_UP, 1))
    for row in range(4):
        zr = -0.1 + 0.062 * row
        n = 13 if row < 3 else 1
        for i in range(n):
            x = -0.39 + 0.065 * i if row < 3 else 0.0
            w = 0.052 if row < 3 else 0.4
            parts.append(box(w, 0.022, 0.05, kb @ at(x, 0.035, zr), 0))
    parts.append(sphere(1.0, at(0.62, 0.025, 0.5) @ scl(0.06, 0.035, 0.095), 1))
    del rng
    return parts


# ---- 397 parcel ------------------------------------------------------------------------------


def _parcel(rng: Rng) -> list[Part]:
    """A parcel: a cardboard box taped shut with a broad strip of brown tape along its top seam
    and down its ends, a white shipping label with an address and a barcode on its front, and
    sometimes string tied round it in a bow."""
    W, H, D = 0.9, 0.52, 0.62
    parts = [box(W, H, D, None, 0, "body")]
    t = 0.15  # the tape
    parts.append(box(W + 0.012, 0.006, t, at(0, H, 0), 1))
    parts.append(box(0.012, 0.006, D + 0.012, at(0, H + 0.001, 0), 1))
    for s in (-1, 1):
        parts.append(box(0.006, 0.2, t, at(s * (W / 2 + 0.003), H - 0.2, 0), 1))
        parts.append(box(t * 0.6, 0.16, 0.006, at(0, H - 0.16, s * (D / 2 + 0.003)), 1))
    parts.append(box(W * 0.995, 0.004, 0.004, at(0, H, 0), "marking"))  # the flaps' seam
    front = at(0.16, 0.12, D / 2 + 0.003)
    parts.append(box(0.36, 0.24, 0.006, front, "snow"))  # the label
    for k in range(4):  # the address
        w = 0.24 if k else 0.14
        parts.append(box(w, 0.018, 0.004, front @ at(-0.16 + w / 2, 0.19 - 0.035 * k, 0.004),
                         "marking"))  # fmt: skip
    for k in range(14):  # the barcode
        w = 0.008 if k % 3 else 0.014
        parts.append(box(w, 0.05, 0.004, front @ at(-0.05 + 0.016 * k, 0.02, 0.004), "marking"))
    for k in range(2):  # "this way up" arrows on its side
        side = at(W / 2 + 0.004, 0.2, -0.12 + 0.16 * k) @ rot("y", 90)
        parts.append(box(0.012, 0.1, 0.004, side, "marking"))
        parts.append(slab(sharp([(-0.04, 0.0), (0.04, 0.0), (0.0, 0.05)]), 0.004,
                          side @ at(0, 0.1, 0), "marking"))  # fmt: skip
    if rng.random() < 0.5:  # string tied round it both ways, a bow on top
        r, e = 0.008, 0.01
        for x in (-0.2, 0.2):
            parts.append(stick((x, H + e, -D / 2 - e), (x, H + e, D / 2 + e), r, "seed"))
        parts.append(
            stick((-W / 2 - 0.01, H + 0.01, 0.2), (W / 2 + 0.01, H + 0.01, 0.2), r, "seed")
        )
        for x in (-0.2, 0.2):
            for z in (-D / 2 - 0.01, D / 2 + 0.01):
                parts.append(stick((x, -0.001, z), (x, H + 0.01, z), r, "seed"))
        for x in (-W / 2 - 0.01, W / 2 + 0.01):
            parts.append(stick((x, -0.001, 0.2), (x, H + 0.01, 0.2), r, "seed"))
        for s in (-1, 1):  # the bow's loops
            loop = at(0.2 + s * 0.05, H + 0.03, 0.2) @ rot("z", s * 25) @ rot("x", 90)
            parts.append(torus(0.045, r, loop @ scl(1.0, 1.0, 0.6), "seed"))
    return parts


# ---- 398 roll of tape ------------------------------------------------------------------------


def _tape_roll(rng: Rng) -> list[Part]:
    """A roll of adhesive tape standing on its edge: a thick band of wound tape round a
    cardboard core, its loose end peeling off one side and hanging to the ground in a curl."""
    R, r_in, r_core, w = 0.42, 0.27, 0.23, 0.2
    m = rot("y", -12) @ at(0, R, 0)
    parts = [lathe(annulus(r_in, R, w), m @ ALONG_Z, 0, "body", closed=True)]
    parts.append(lathe(annulus(r_core, r_in + 0.005, w + 0.01), m @ ALONG_Z, 1, closed=True))
    # the loose end: off the roll's right side and down to the floor, curling at its tip
    a = np.radians(np.linspace(35, 0, 5))
    path = [(R * 1.005 * np.cos(t), R * np.sin(t), 0.0) for t in a]
    drop = float(rng.uniform(0.0, 0.05))
    path += [(R + 0.03, -0.2, 0.0), (R + 0.09 + drop, -R + 0.05, 0.0), (R + 0.2, -R + 0.012, 0.0),
             (R + 0.3, -R + 0.03, 0.0), (R + 0.33, -R + 0.07, 0.0)]  # fmt: skip
    parts.append(band(path, w * 0.98, 0.008, (0, 0, 1), 0).moved(m))
    return parts


# ---- 399 wire --------------------------------------------------------------------------------


def _wire(rng: Rng) -> list[Part]:
    """A coil of copper wire: loose loops lying piled on the ground, each a little askew, its
    two ends sticking out with their bare tips; a small spool wound with more of it behind."""
    r = 0.014
    c = v3(0.0, 0.0, 0.1)
    pts = []
    turns = 6
    n = 14 * turns
    for i in range(n + 1):
        t = 2 * np.pi * i / 14
        k = i / 14
        rad = 0.42 + 0.03 * np.sin(2.3 * k + 0.5) + 0.02 * np.sin(5 * t)
        tilt = 0.06 * np.sin(k * 1.7)
        y = 0.02 + 0.03 * k + 0.05 * (1 + np.cos(t + k)) * 0.5 + tilt * np.sin(t)
        pts.append(c + v3(rad * np.cos(t), y, rad * np.sin(t) * 0.9))
    start = pts[0] + v3(0.25, 0.25, 0.05)
    end = pts[-1] + v3(0.05, 0.32, 0.25)
    path = [start, *pts, end]
    parts = [tube(path, r, slot=0, tag="body")]
    for tip, prev in ((start, pts[0]), (end, pts[-1])):  # the bare, bright tips
        d = (tip - prev) / np.linalg.norm(tip - prev)
        parts.append(stick(tip - d * 0.01, tip + d * 0.05, r * 0.6, "steel"))
    # the spool behind, on its side
    sp = at(-0.15, 0.0, -0.55) @ rot("y", 20)
    for s in (-1, 1):
        parts.append(cylinder(0.26, 0.26, 0.04, sp @ at(s * 0.17, 0.26, 0) @ rot("z", -s * 90) @
                              at(0, -0.02, 0), 1))  # fmt: skip
    parts.append(cylinder(0.06, 0.06, 0.42, sp @ at(-0.21, 0.26, 0) @ ALONG_X, 1))
    for k in range(10):  # its wound turns
        x = -0.14 + 0.028 * (k + 0.5)
        parts.append(torus(0.2, 0.016, sp @ at(x, 0.26, 0) @ rot("z", 90), 0))
    parts.append(cylinder(0.19, 0.19, 0.3, sp @ at(-0.15, 0.26, 0) @ ALONG_X, 0))
    lead = [sp @ np.array([0.05, 0.47, 0.05, 1.0]), sp @ np.array([0.12, 0.5, 0.25, 1.0])]
    lead = [p[:3] for p in lead]
    parts.append(tube([lead[0], lead[1], lead[1] + v3(0.05, -0.1, 0.15)], r, slot=0))
    del rng
    return parts


# ---- 400 cork --------------------------------------------------------------------------------


def _pores(m: np.ndarray, r: float, h: float, n: int, rng: Rng) -> list[Part]:
    """Dark pores pitted over a cork's side (a cylinder of radius r and height h under m)."""
    parts = []
    for _ in range(n):
        a, y = rng.uniform(0, 2 * np.pi), rng.uniform(0.06, h - 0.06)
        size = float(rng.uniform(0.012, 0.03))
        normal = v3(np.cos(a), 0.0, np.sin(a))
        place = m @ at(r * np.cos(a), y, r * np.sin(a)) @ align(normal) @ FLAT_UP
        parts.append(slab(polygon(5, 1.0), 0.012, place @ scl(size, size * 0.6, 1.0), "marking"))
    return parts


def _cork(rng: Rng) -> list[Part]:
    """Wine corks: one standing with a T-handled corkscrew driven into its top, two turns of
    the worm still showing, and one lying on its side, its end stained with wine; pores pit
    them both."""
    r, h = 0.17, 0.62
    parts = [cylinder(r, r, h, None, 0, "body")]
    parts.append(torus(r - 0.01, 0.012, at(0, h, 0), 0))
    parts += _pores(np.eye(4), r, h, 22, rng)
    # the corkscrew: its worm winding into the cork, a shaft and a T handle
    turns = np.linspace(0.0, 2.2 * 2 * np.pi, 40)
    worm = [(0.055 * np.cos(t), h - 0.04 + 0.05 * t / np.pi, 0.055 * np.sin(t)) for t in turns]
    parts.append(tube(worm, 0.016, slot=1))
    top = worm[-1][1]
    parts.append(stick((worm[-1][0], top, worm[-1][2]), (0, top + 0.05, 0), 0.016, 1))
    parts.append(stick((0, top + 0.04, 0), (0, top + 0.25, 0), 0.022, 1))
    handle = [(-0.3, top + 0.26, 0), (0.0, top + 0.3, 0), (0.3, top + 0.26, 0)]
    parts.append(tube(handle, [0.05, 0.035, 0.05], slot=1))
    for s in (-1, 1):
        parts.append(sphere(0.055, at(s * 0.3, top + 0.26, 0), 1))
    # the second cork, lying on its side before it
    lying = at(0.3, r, 0.35) @ rot("y", 25) @ ALONG_X @ at(0, -h / 2, 0)
    parts.append(cylinder(r, r, h, lying, 0))
    parts += _pores(lying, r, h, 22, rng)
    parts.append(cylinder(r * 0.85, r * 0.8, 0.004, lying @ at(0, h, 0), "card-red"))
    return parts


# ---- 401 tiles -------------------------------------------------------------------------------


def _tile(m: np.ndarray, s: float, slot, tag: str = "") -> Part:
    """A square tile s across and 0.035 thick, its face in xy under m (the face toward +z)."""
    return slab(rrect_outline(s, s, 0.015), 0.035, m @ at(0, 0, -0.0175), slot, tag)


def _tile_pattern(m: np.ndarray, s: float) -> list[Part]:
    """A glazed tile's painted pattern on a face (xy under m): an eight-pointed star in a
    ring, a quarter circle in each corner and a ruled border."""
    z = 0.002
    parts = [slab(star(8, 0.5), 0.004, m @ at(0, 0, z) @ scl(s * 0.25, s * 0.25, 1), 1)]
    parts.append(torus(s * 0.3, 0.01, m @ at(0, 0, z) @ ALONG_Z, 1))
    for k in range(4):
        corner = m @ rot("z", 90 * k) @ at(s / 2 - 0.012, s / 2 - 0.012, z)
        for r in (0.1, 0.15):
            arc = [(-r * np.cos(a), -r * np.sin(a), 0.0) for a in np.linspace(0.0, np.pi / 2, 7)]
            parts.append(tube(arc, 0.008, corner, 1))
        parts.append(sphere(1.0, corner @ at(-0.04, -0.04, 0) @ scl(0.03, 0.03, 0.006), 1))
        edge = m @ rot("z", 90 * k) @ at(0, s / 2 - 0.03, z)
        parts.append(box(s * 0.36, 0.01, 0.004, edge @ at(0, -0.005, -0.002), 1))
    return parts


def _tiles(rng: Rng) -> list[Part]:
    """A few square ceramic tiles: two standing leaning back, the front one painted with a
    pattern of a star and corner quarter circles, and beside them a stack of glazed ones lying
    flat, each a little askew."""
    s = 0.5
    parts = []
    for k in range(4):  # the stack
        turn = float(rng.uniform(-7, 7))
        m = at(0.42, 0.0175 + 0.037 * k, 0.12) @ rot("y", 20 + turn) @ FLAT_UP
        parts.append(_tile(m @ rot("x", 180), s, 0 if k % 2 else "glaze"))
    lean = 14.0
    for k, (x, z) in enumerate(((-0.28, -0.22), (-0.12, -0.12))):
        tilt = np.radians(lean)
        m = at(x, s / 2 * np.cos(tilt), z - s / 2 * np.sin(tilt)) @ rot("y", 12)
        m = m @ rot("x", -lean)
        parts.append(_tile(m, s, "glaze" if k == 0 else 0, "body" if k == 1 else ""))
        if k == 1:
            parts += _tile_pattern(m, s)
    return parts


# ---- 402 spring ------------------------------------------------------------------------------


def _spring(rng: Rng) -> list[Part]:
    """A big coil spring standing upright: a thick steel wire wound in an open helix, its end
    turns closed flat and ground square (flat below, thinning to the tip) so it stands level."""
    R, wire, H = 0.34, 0.05, 1.15
    turns = 6 + int(rng.integers(0, 2))
    per = 16
    t = np.arange(per * (turns + 2) + 1) / per  # turns along the wire
    end = turns + 2
    # the end turns' radius thins toward the ground tips; their flat faces lie on y = 0 and H
    r = wire * (0.6 + 0.4 * np.clip(np.minimum(t, end - t) / 0.8, 0.0, 1.0))
    low, high = 0.35 * r, H - 0.35 * r
    y0, y1 = 0.35 * wire + 2.0 * wire, H - 0.35 * wire - 2.0 * wire  # the open coils' span
    y = np.interp(t, [0.6, 1.0, end - 1.0, end - 0.6], [0.315 * wire, y0, y1, H - 0.315 * wire])
    y = np.where(t < 0.6, low, np.where(t > end - 0.6, high, y))
    a = 2 * np.pi * t
    pts = np.stack([R * np.cos(a), y, R * np.sin(a)], 1)
    ang = np.linspace(0.0, 2 * np.pi, 12, endpoint=False)
    circle = np.stack([np.cos(ang), np.sin(ang)], 1)
    flat_below, flat_above = circle.copy(), circle.copy()
    flat_below[:, 1] = np.minimum(circle[:, 1], 0.35)  # a tube's section: +y is down here
    flat_above[:, 1] = np.maximum(circle[:, 1], -0.35)
    n = len(t) - 1
    parts = [tube(pts[per : n - per + 1], wire, slot=0, tag="body")]
    parts.append(tube(pts[: per + 1], r[: per + 1], slot=0, shape=flat_below))
    parts.append(tube(pts[n - per :], r[n - per :], slot=0, shape=flat_above))
    return parts


# ---- 403 trophy ------------------------------------------------------------------------------


def _trophy(rng: Rng) -> list[Part]:
    """A trophy: a gold loving cup, its deep bowl on a knopped stem, two big ear-shaped handles,
    on a stepped base with an engraved plaque on its front."""
    parts = []
    for k, (w, h) in enumerate(((0.62, 0.12), (0.5, 0.12), (0.38, 0.08))):
        y = (0.0, 0.12, 0.24)[k]
        parts.append(box(w, h, w, at(0, y, 0), 1, "body" if k == 0 else ""))
    plate = at(0, 0.135, 0.25 + 0.003)
    parts.append(box(0.3, 0.09, 0.006, plate, 0))
    for k in range(2):
        parts.append(box(0.2 - 0.06 * k, 0.012, 0.004, plate @ at(0, 0.055 - 0.03 * k, 0.004),
                         "marking"))  # fmt: skip
    y0 = 0.32
    cup = [(0.0, 0.0), (0.15, 0.0), (0.15, 0.03), (0.07, 0.08), (0.04, 0.16), (0.08, 0.22),
           (0.04, 0.28), (0.05, 0.36), (0.16, 0.42), (0.26, 0.54), (0.31, 0.7), (0.33, 0.8),
           (0.335, 0.83), (0.31, 0.83), (0.28, 0.74), (0.18, 0.6), (0.0, 0.55)]  # fmt: skip
    parts.append(lathe(cup, at(0, y0, 0), 0))
    parts.append(torus(0.33, 0.015, at(0, y0 + 0.82, 0), 0))
    for s in (-1, 1):  # the handles
        ear = [(s * 0.3, y0 + 0.74, 0), (s * 0.46, y0 + 0.78, 0), (s * 0.52, y0 + 0.66, 0),
               (s * 0.42, y0 + 0.5, 0), (s * 0.2, y0 + 0.44, 0)]  # fmt: skip
        parts.append(tube(ear, [0.03, 0.03, 0.028, 0.024, 0.02], slot=0))
    del rng
    return parts


# ---- 404 laser -------------------------------------------------------------------------------


def _laser(rng: Rng) -> list[Part]:
    """A sci-fi laser blaster: a chunky pistol with a finned barrel, a flared emitter and
    glowing power cells, held up on its grip, firing a long bright red beam from a starry
    muzzle flash."""
    g = at(-0.62, 0.0, 0.0) @ scl(1.35) @ rot("z", 3)
    body = [(-0.25, 0.34), (0.22, 0.34), (0.26, 0.4), (0.26, 0.5), (0.12, 0.56), (-0.2, 0.56),
            (-0.3, 0.5), (-0.3, 0.4)]  # fmt: skip
    parts = [slab(sharp(body), 0.13, g, 0, "body")]
    parts.append(slab(sharp([(-0.16, 0.56), (0.08, 0.56), (0.04, 0.62), (-0.12, 0.62)]), 0.06,
                      g, 1))  # its sight rail # fmt: skip
    grip = [(-0.25, 0.35), (-0.07, 0.35), (-0.17, 0.02), (-0.34, 0.04)]
    parts.append(slab(sharp(grip), 0.11, g, 1))
    for k in range(4):  # the grip's ridges
        y = 0.08 + 0.06 * k
        x = -0.16 - 0.095 * (0.35 - y) / 0.32
        parts.append(box(0.14, 0.018, 0.118, g @ at(x, y, 0) @ rot("z", -17), 0))
    guard = [(-0.07, 0.34), (-0.04, 0.2), (0.08, 0.2), (0.12, 0.34)]
    parts.append(tube([(g @ np.array([*p, 0.0, 1.0]))[:3] for p in guard], 0.016, slot=1))
    parts.append(box(0.025, 0.08, 0.025, g @ at(0.02, 0.25, 0) @ rot("z", 15), 1))  # trigger
    barrel = g @ at(0.26, 0.45, 0) @ ALONG_X
    parts.append(cylinder(0.055, 0.055, 0.3, barrel, 0))
    for k in range(4):  # cooling fins round the barrel
        parts.append(cylinder(0.085, 0.085, 0.025, barrel @ at(0, 0.03 + 0.06 * k, 0), 1))
    parts.append(cylinder(0.06, 0.1, 0.08, barrel @ at(0, 0.3, 0), 0))  # the emitter's flare
    parts.append(cylinder(0.07, 0.07, 0.01, barrel @ at(0, 0.375, 0), "rainbow-red"))
    for s in (-1, 1):  # the power cell's glowing windows
        parts.append(box(0.2, 0.05, 0.01, g @ at(-0.08, 0.42, s * 0.066), "glow"))
    parts.append(cylinder(0.045, 0.045, 0.16, g @ at(-0.36, 0.45, 0) @ ALONG_X, "glow"))
    # the beam and its flash
    muzzle = (g @ np.array([0.645, 0.45, 0.0, 1.0]))[:3]
    beam = at(*muzzle) @ rot("z", 3) @ ALONG_X
    length = 0.95 + float(rng.uniform(0.0, 0.1))
    parts.append(cylinder(0.035, 0.035, length, beam, "rainbow-red"))
    parts.append(cylinder(0.035, 0.0, 0.12, beam @ at(0, length, 0), "rainbow-red"))
    for turn in (rot("y", 90), rot("y", 30)):
        parts.append(slab(star(7, 0.3), 0.01, at(*muzzle) @ turn @ scl(0.2), "glow"))
    return parts


# ---- 405 pump --------------------------------------------------------------------------------


def _pump(rng: Rng) -> list[Part]:
    """An old cast-iron village water pump: a fluted column on a plinth, a domed cap with a
    ball on top, a long curved handle on its pivot, and a spout pouring into a stone trough."""
    t = np.linspace(0.0, 2 * np.pi, 24, endpoint=False)
    fluted = np.stack([np.cos(t), np.sin(t)], 1) * (1 + 0.08 * np.cos(12 * t))[:, None]
    parts = [box(0.4, 0.1, 0.4, None, 1)]  # the stone it stands on
    base = [(0.0, 0.0), (0.17, 0.0), (0.17, 0.1), (0.13, 0.14), (0.13, 0.18), (0.0, 0.18)]
    parts.append(lathe(base, at(0, 0.1, 0), 0))
    parts.append(lathe([(0.0, 0.0), (0.11, 0.0), (0.1, 0.8), (0.0, 0.8)], at(0, 0.28, 0), 0,
                       "body", shape=fluted))  # fmt: skip
    cap = [(0.0, 0.0), (0.14, 0.0), (0.15, 0.05), (0.12, 0.08), (0.12, 0.12), (0.09, 0.19),
           (0.0, 0.22)]  # fmt: skip
    parts.append(lathe(cap, at(0, 1.06, 0), 0))
    parts.append(sphere(0.05, at(0, 1.3, 0), 0))
    # the handle: a pivot bracket at the top, the long curved lever out to the left
    parts.append(box(0.06, 0.14, 0.1, at(-0.13, 0.98, 0), 0))
    parts.append(cylinder(0.025, 0.025, 0.14, at(-0.14, 1.06, -0.07) @ ALONG_Z, 0))
    lever = [(-0.1, 1.04, 0.0), (-0.3, 1.1, 0.0), (-0.55, 1.05, 0.0), (-0.75, 0.9, 0.0),
             (-0.85, 0.72, 0.0)]  # fmt: skip
    parts.append(tube(lever, [0.035, 0.03, 0.025, 0.022, 0.02], slot=0))
    parts.append(sphere(1.0, at(-0.86, 0.69, 0.0) @ scl(0.035, 0.05, 0.035), 0))
    parts.append(stick((-0.14, 0.98, 0.0), (-0.1, 0.8, 0.0), 0.02, 0))  # the pump rod
    # the spout to the right and the trough below it
    spout = [(0.08, 0.8, 0.0), (0.25, 0.82, 0.0), (0.36, 0.76, 0.0), (0.4, 0.68, 0.0)]
    parts.append(tube(spout, [0.05, 0.045, 0.04, 0.04], slot=0))
    parts.append(cylinder(0.045, 0.055, 0.04, at(0.4, 0.64, 0.0), 0))
    tx, tw, td, th = 0.52, 0.42, 0.72, 0.3
    parts.append(box(tw, 0.06, td, at(tx, 0.0, 0.0), 1))  # the trough: floor and four walls
    for s in (-1, 1):
        parts.append(box(tw, th, 0.06, at(tx, 0.0, s * (td / 2 - 0.03)), 1))
        parts.append(box(0.06, th, td, at(tx + s * (tw / 2 - 0.03), 0.0, 0.0), 1))
    parts += water_patch(tw - 0.12, td - 0.12, at(tx, th - 0.08, 0.0))
    parts.append(tube([(0.4, 0.64, 0.0), (0.41, 0.45, 0.0), (0.42, th - 0.06, 0.0)],
                      [0.02, 0.016, 0.018], slot="rain"))  # fmt: skip
    del rng
    return parts


# ---- 406 radiator ----------------------------------------------------------------------------


def _radiator(rng: Rng) -> list[Part]:
    """A cast-iron column radiator standing on feet: a row of tall round-ended sections joined
    at top and bottom, a valve with a round handwheel at its lower end and its pipe down into
    the floor, a bleed key at the other top corner."""
    n = 10 + int(rng.integers(0, 3))
    gap, D, H, y0 = 0.085, 0.2, 0.72, 0.1
    x0 = -gap * (n - 1) / 2
    parts = []
    for k in range(n):
        m = at(x0 + gap * k, y0 + H / 2, 0) @ rot("y", 90)
        parts.append(slab(rrect_outline(D, H, 0.07), 0.055, m, 0, "body" if k == 0 else ""))
        for s in (-1, 1):  # the section's two columns, standing proud of its web
            parts.append(cylinder(0.032, 0.032, H - 0.12, at(x0 + gap * k, y0 + 0.06, s * 0.06), 0))
    length = gap * (n - 1) + 0.06
    for y in (y0 + 0.07, y0 + H - 0.07):  # the hubs joining the sections
        parts.append(cylinder(0.04, 0.04, length, at(-length / 2, y, 0) @ ALONG_X, 0))
    for s in (-1, 1):  # the feet
        parts.append(box(0.07, y0 + 0.04, D * 0.9, at(s * (length / 2 - 0.05), 0.0, 0.0), 0))
    # the valve: a stub out of the lower right hub, a handwheel on top, the pipe to the floor
    xv = length / 2 + 0.1
    parts.append(cylinder(0.03, 0.03, 0.12, at(length / 2, y0 + 0.07, 0) @ ALONG_X, 1))
    parts.append(sphere(1.0, at(xv, y0 + 0.07, 0) @ scl(0.045, 0.05, 0.045), 1))
    parts.append(stick((xv, y0 + 0.07, 0), (xv, y0 + 0.17, 0), 0.014, 1))
    parts.append(torus(0.05, 0.01, at(xv, y0 + 0.17, 0), 1))
    for a in (0, 60, 120):
        parts.append(box(0.1, 0.01, 0.01, at(xv, y0 + 0.165, 0) @ rot("y", a), 1))
    parts.append(stick((xv, y0 + 0.07, 0), (xv, 0.0, 0), 0.028, 1))
    parts.append(cylinder(0.06, 0.06, 0.01, at(xv, 0.0, 0), 1))
    parts.append(cylinder(0.025, 0.0, 0.05, at(-length / 2, y0 + H - 0.07, 0) @ rot("z", 90), 1))
    return parts


# ---- 407 garbage bag -------------------------------------------------------------------------


def _bag_shapes(c, size: float, lean: float, rng: Rng) -> list:
    """One bin bag's smooth shapes at c (on the ground): a bulging body slumped wide at its
    foot, lumps of what is in it, creases, a gathered neck tied in a knot and the two floppy
    ears of the knot."""
    c = np.asarray(c, float)
    lean_m = rot("z", lean)

    def p(x, y, z):
        return c + (lean_m[:3, :3] @ np.array([x, y, z])) * size

    s = size
    shapes = [blob(p(0, 0.34, 0), (0.4 * s, 0.36 * s, 0.36 * s))]
    shapes.append(blob(p(0, 0.16, 0), (0.46 * s, 0.18 * s, 0.42 * s), None, 0.1 * s))
    for _ in range(7):  # lumps of its contents
        a, y = rng.uniform(0, 2 * np.pi), rng.uniform(0.15, 0.5)
        q = p(0.3 * np.cos(a), y, 0.28 * np.sin(a))
        r = rng.uniform(0.12, 0.18) * s
        shapes.append(blob(q, (r, r * 0.9, r), None, 0.08 * s))
    shapes += rope([p(0, 0.55, 0), p(0, 0.82, 0)], [0.22 * s, 0.04 * s], 0.14 * s)
    shapes.append(blob(p(0, 0.84, 0), (0.07 * s, 0.06 * s, 0.07 * s), None, 0.02 * s))
    tilt = float(rng.uniform(-20, 20))
    for side, swing, length in ((-1, 25, 0.17), (1, -35, 0.13)):  # the ears, flopping apart
        ear = lean_m @ rot("y", swing + tilt) @ rot("z", side * -68)
        q = p(side * (length - 0.02), 0.9, 0)
        shapes.append(blob(q, (0.07 * s, length * s, 0.016 * s), ear, 0.03 * s))
    for k in range(7):  # folds gathered into the neck
        a = 2 * np.pi * k / 7 + 0.3
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        shapes += rope([p(*(d * 0.05 + [0, 0.79, 0])), p(*(d * 0.27 + [0, 0.5, 0]))],
                        [0.018 * s, 0.03 * s], 0.04 * s)  # fmt: skip
    for k in range(5):  # creases pressed into its sides
        a = 2 * np.pi * k / 5 + float(rng.uniform(-0.3, 0.3))
        q = p(0.4 * np.cos(a), 0.32, 0.38 * np.sin(a))
        crease = lean_m @ rot("y", -np.degrees(a)) @ rot("x", float(rng.uniform(-40, 40)))
        shapes.append(blob(q, (0.02 * s, 0.2 * s, 0.03 * s), crease, -0.03 * s))
    return shapes


def _garbage_bag(rng: Rng) -> list[Part]:
    """Black bin bags: a big one bulging with its contents, its neck gathered and tied in a
    knot with two ears flopping out, a drawstring round the knot; a smaller one slumped
    beside it."""
    shapes = _bag_shapes((0.0, 0.0, 0.0), 1.0, 0.0, rng)
    shapes.append(cut(1, 0.0, False, 0.02, (-1, -1, -1), (1, 0.0, 1)))
    parts = [solid(shapes, 0.028, 0, "body")]
    small = _bag_shapes((0.62, 0.0, 0.32), 0.68, -14.0, rng)
    small.append(cut(1, 0.0, False, 0.02, (-1, -1, -1), (2, 0.0, 2)))
    parts.append(solid(small, 0.028, 0))
    parts.append(torus(0.072, 0.016, at(0, 0.82, 0) @ rot("x", 6), 1))  # the drawstring
    return parts


MORE_APPLIANCES_M = {
    396: _monitor, 397: _parcel, 398: _tape_roll, 399: _wire, 400: _cork, 401: _tiles,
    402: _spring, 403: _trophy, 404: _laser, 405: _pump, 406: _radiator, 407: _garbage_bag,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
