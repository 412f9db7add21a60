"""More of the device family's appliances, from 648: a horseshoe, a barn door, a peg leg, a
message in a bottle, a spider web, a wall mirror, a fish crate, a train wheel, a porcelain
doll, a pirate hat (a tricorn), a dandelion, a telegraph key.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, Sweep, align, at, rot, scl, v3
from ._kit import (
    ALONG_X,
    ALONG_Z,
    MOULD,
    band,
    big_nail,
    coil_spring,
    flower,
    pt,
    rect_ring,
    reslot,
    rrect_outline,
    shell,
    studs,
    swept,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import leaf, sharp

__all__ = ["MORE_APPLIANCES_ZH"]

Rng = np.random.Generator

_FLAT = np.array([[-1.0, -0.3], [1.0, -0.3], [1.0, 0.3], [-1.0, 0.3]])
"""A flat band's cross-section for ``tube`` (its width across the curve, a third as thick)."""
_TRI = np.array([[1.0, 0.0], [-0.5, 0.866], [-0.5, -0.866]])
"""A thread's cross-section for ``tube``: three sides are enough for something this thin."""


def _ring_sweep(centres, u, v, shape, slot=0, tag: str = "") -> Part:
    """A closed ring of ``shape`` (S, 2) placed at each centre along axes u and v (their
    lengths scale it): a moulding round an oval, a hat's turned-up brim."""
    sweep = Sweep(
        np.asarray(centres, float),
        np.asarray(u, float),
        np.asarray(v, float),
        np.ones(len(centres)),
        np.asarray(shape, float),
        closed=True,
    )
    return swept(lambda k: sweep, slot, tag)


def _ellipse(rx: float, ry: float):
    """An ellipse rx × ry as a slab outline."""

    def outline(n: int) -> np.ndarray:
        t = np.arange(max(n, 32)) * (2 * np.pi / max(n, 32))
        return np.stack([rx * np.cos(t), ry * np.sin(t)], 1)

    return outline


# ---- 648 horseshoe ----------------------------------------------------------------------------


def _horseshoe(rng: Rng) -> list[Part]:
    """An iron horseshoe lying flat: a wide flat U-shaped plate open at its heels, a groove run
    round it with a row of square nail holes in it, a toe clip, and two nails beside it."""
    m = rot("y", float(rng.uniform(-30, -15)))
    t = np.radians(np.linspace(-134, 134, 17))
    heel = np.abs(t) / np.radians(134)
    x = 0.4 * np.sin(t) * (1 - 0.1 * heel**6)
    z = 0.02 + 0.44 * np.cos(t)
    y = 0.026
    path = [pt(m, a, y, b) for a, b in zip(x, z, strict=True)]
    width = 0.12 - 0.025 * heel**2
    shape = np.array([[-1.0, -0.21], [1.0, -0.21], [1.0, 0.21], [-1.0, 0.21]])
    parts = [tube(path, width, slot=0, tag="body", shape=shape)]
    g = np.radians(np.linspace(-120, 120, 15))
    gx = 0.4 * np.sin(g) * (1 - 0.1 * (np.abs(g) / np.radians(134)) ** 6)
    gz = 0.02 + 0.44 * np.cos(g)
    groove = [pt(m, a, y + 0.023, b) for a, b in zip(gx, gz, strict=True)]
    parts.append(tube(groove, 0.018, slot="marking", shape=_FLAT * (1, 0.2)))
    for s in (-1, 1):  # the nail holes: four a side, in the groove
        for a in (34, 58, 82, 106):
            r = np.radians(s * a)
            c = pt(m, 0.4 * np.sin(r), y + 0.02, 0.02 + 0.44 * np.cos(r))
            turn = float(np.degrees(np.arctan2(np.sin(r) * 0.4, np.cos(r) * 0.44)))
            parts.append(box(0.036, 0.012, 0.036, at(*c) @ m @ rot("y", turn), "pupil"))
        end = np.radians(s * 134)
        c = pt(m, 0.4 * 0.9 * np.sin(end), 0.0, 0.02 + 0.44 * np.cos(end))
        parts.append(box(0.16, 0.07, 0.08, at(*c) @ m @ rot("y", s * 45), 0))  # the calkins
    clip = [(-0.07, 0.0), (0.07, 0.0), (0.0, 0.09)]  # the toe clip, standing at its front
    parts.append(slab(sharp(clip), 0.018, at(*pt(m, 0, 0.04, 0.57)) @ m, 0))
    for k, (px, pz, yaw) in enumerate(((0.55, 0.45, 70), (0.68, 0.2, 100))):
        nail = at(px, 0.04, pz) @ rot("y", yaw + 8 * k) @ rot("z", 90) @ scl(0.26)
        parts += reslot(big_nail(nail @ at(0, -0.7, 0)), {0: 1})
    return parts


# ---- 649 barn door ----------------------------------------------------------------------------


def _barn_door(rng: Rng) -> list[Part]:
    """A rustic sliding barn door on a patch of red board wall: vertical planks braced by two
    rails and a diagonal in a Z, iron strap hinges across the rails, hanging from a rail track
    on two rollers, slid a little aside from the dark doorway."""
    W, H = 1.9, 1.95
    parts = [box(W, H, 0.08, at(0, 0, -0.08), "card-red")]
    for k in range(13):  # the wall's boards, battens on their seams
        x = -W / 2 + W * (k + 0.5) / 13
        parts.append(box(0.035, H, 0.02, at(x, 0, -0.005), "card-red"))
    dw, dh = 0.92, 1.5
    parts.append(box(dw + 0.06, dh + 0.03, 0.02, at(-0.42, 0, -0.002), "window"))  # doorway
    slide = float(rng.uniform(0.3, 0.4))
    x0, z0 = -0.42 + slide, 0.1
    n = 7
    for k in range(n):  # the planks
        x = x0 - dw / 2 + dw * (k + 0.5) / n
        parts.append(box(dw / n - 0.008, dh, 0.04, at(x, 0.02, z0), 0, "body" if k == 0 else ""))
    zf = z0 + 0.02
    rail_y = (0.2, dh - 0.2)
    for k in range(1, n):  # dark seams between the planks
        parts.append(
            box(0.008, dh, 0.04, at(x0 - dw / 2 + dw * k / n, 0.02, z0 + 0.002), "marking")
        )
    for y in rail_y:  # the Z brace (a shade of the wood): two rails and a diagonal
        parts.append(box(dw, 0.15, 0.045, at(x0, y - 0.075, zf + 0.0225), 2))
    for s in (-1, 1):  # the stiles up its sides
        parts.append(box(0.12, dh - 0.14, 0.04, at(x0 + s * (dw / 2 - 0.06), 0.09, zf + 0.02), 2))
    a = v3(x0 - dw / 2 + 0.13, rail_y[0] + 0.06, zf + 0.0225)
    b = v3(x0 + dw / 2 - 0.13, rail_y[1] - 0.06, zf + 0.0225)
    d = b - a
    parts.append(box(0.14, float(np.linalg.norm(d)), 0.045, at(*a) @ align(d), 2))
    for y in rail_y:  # strap hinges across the rails, bolted through
        strap = [(-0.32, 0.05), (0.0, 0.06), (0.38, 0.025), (0.42, 0.0), (0.38, -0.025),
                 (0.0, -0.06), (-0.32, -0.05)]  # fmt: skip
        parts.append(slab(sharp(strap), 0.012, at(x0 - 0.1, y, zf + 0.052), 1))
        for bx in (-0.25, -0.05, 0.15, 0.3):
            parts.append(sphere(0.016, at(x0 - 0.1 + bx, y, zf + 0.06), 1))
    track_y = dh + 0.22
    parts.append(box(W - 0.1, 0.06, 0.03, at(0, track_y, 0.05), 1))  # the track
    for x in (-0.8, -0.3, 0.2, 0.7):  # its brackets to the wall
        parts.append(box(0.06, 0.1, 0.06, at(x, track_y - 0.03, 0.01), 1))
    for s in (-1, 1):  # the hangers: straps up from the door to rollers on the track
        hx = x0 + s * (dw / 2 - 0.16)
        parts.append(box(0.07, 0.42, 0.015, at(hx, dh - 0.2, zf + 0.057), 1))
        parts.append(box(0.07, 0.2, 0.015, at(hx, track_y + 0.04, 0.085), 1))
        parts.append(cylinder(0.075, 0.075, 0.04, at(hx, track_y + 0.135, 0.03) @ ALONG_Z, 1))
        parts.append(cylinder(0.03, 0.03, 0.05, at(hx, track_y + 0.135, 0.06) @ ALONG_Z, "steel"))
    for s in (-1, 1):  # stops at the track's ends
        parts.append(box(0.05, 0.1, 0.05, at(s * (W / 2 - 0.1), track_y + 0.03, 0.05), 1))
    hx = x0 - dw / 2 + 0.3
    handle = [(hx, 0.65, zf + 0.01), (hx, 0.67, zf + 0.1), (hx, 0.85, zf + 0.1),
              (hx, 0.87, zf + 0.01)]  # fmt: skip
    parts.append(tube(handle, 0.015, slot=1))
    return parts


# ---- 650 peg leg ------------------------------------------------------------------------------


def _buckled_belt(y: float, r: float, h: float, yaw: float) -> list[Part]:
    """A leather belt h wide round a cup of radius r at height y, its steel buckle turned yaw
    degrees from the front, the belt's tip poking out of it."""
    band = [(r, 0.0), (r + 0.018, 0.0), (r + 0.018, h), (r, h)]
    parts = [lathe(band, at(0, y, 0), 1, closed=True)]
    m = rot("y", yaw) @ at(0, y + h / 2, r + 0.025)
    parts.append(rect_ring(h + 0.035, h + 0.03, 0.016, 0.014, m @ rot("x", 90), "steel"))
    parts.append(box(0.012, h + 0.02, 0.012, m @ at(0.0, -h / 2 - 0.01, 0.01), "steel"))
    tip = m @ at(0.07, -(h - 0.01) / 2, -0.006) @ rot("y", -8)
    parts.append(box(0.09, h - 0.01, 0.016, tip, 1))
    return parts


def _peg_leg(rng: Rng) -> list[Part]:
    """A pirate's wooden peg leg standing upright: a stout post tapering down to a rounded foot
    with an iron ferrule, turned rings below its top, a deep padded leather cup on it held by
    two belts with steel buckles, and two straps rising from its sides."""
    post = [(0.0, 0.0), (0.045, 0.006), (0.055, 0.03), (0.06, 0.12), (0.075, 0.4), (0.09, 0.58),
            (0.105, 0.62), (0.092, 0.66), (0.1, 0.7), (0.118, 0.73), (0.104, 0.77), (0.12, 0.84),
            (0.0, 0.86)]  # fmt: skip
    parts = [lathe(post, None, 0, "body")]
    parts.append(cylinder(0.058, 0.064, 0.06, at(0, 0.02, 0), "steel"))  # the ferrule
    cup = [(0.0, 0.8), (0.13, 0.8), (0.19, 0.9), (0.225, 1.05), (0.24, 1.2), (0.25, 1.3),
           (0.0, 1.3)]  # fmt: skip
    parts.append(lathe(cup, None, 1))  # the leather cup
    parts.append(torus(0.24, 0.045, at(0, 1.31, 0), 1))  # its padded rim
    parts.append(cylinder(0.21, 0.21, 0.04, at(0, 1.29, 0), "fur-cape"))  # the pad in it
    parts.append(torus(0.2, 0.005, at(0, 0.92, 0), "marking"))  # a stitched seam
    parts += _buckled_belt(0.97, 0.218, 0.07, 20)
    parts += _buckled_belt(1.15, 0.238, 0.07, -15)
    for s in (-1, 1):  # straps rising from its sides, to buckle round the thigh
        x = s * 0.262
        up = [(x, 1.12, 0.0), (x * 1.06, 1.34, 0.0), (x * 1.04, 1.52, 0.0), (x * 0.92, 1.66, 0.0)]
        parts.append(band(up, 0.085, 0.016, (0.0, 0.0, 1.0), 1))
        for k in range(3):  # holes punched along it
            y = 1.42 + 0.07 * k
            parts.append(box(0.03, 0.016, 0.016, at(x * (1.06 - 0.03 * k), y, 0.0), "marking"))
        parts.append(sphere(0.016, at(x * 1.08, 1.2, 0.0), "steel"))  # its rivet
    del rng
    return parts


# ---- 651 message in a bottle ------------------------------------------------------------------


def _message_bottle(rng: Rng) -> list[Part]:
    """A message in a bottle: a corked clear glass bottle lying on its side on a patch of sand,
    a rolled paper scroll tied round with red string inside it."""
    sand = [(0.0, 0.0), (0.75, 0.0), (0.62, 0.04), (0.35, 0.08), (0.0, 0.09)]
    parts = [lathe(sand, scl(1.0, 1.0, 0.7), "seed")]
    m = at(-0.55, 0.29, 0.1) @ rot("y", float(rng.uniform(18, 28))) @ rot("z", -86) @ scl(1.22)
    body = [(0.0, 0.0), (0.14, 0.0), (0.17, 0.025), (0.175, 0.08), (0.175, 0.5), (0.16, 0.57),
            (0.1, 0.64), (0.062, 0.7), (0.058, 0.76), (0.058, 0.84), (0.07, 0.85), (0.07, 0.88),
            (0.055, 0.89), (0.0, 0.89)]  # fmt: skip
    parts.append(lathe(body, m, 0, "body"))
    parts.append(cylinder(0.054, 0.062, 0.13, m @ at(0, 0.84, 0), "cork"))  # the cork
    scroll = m @ at(0.085, 0.12, 0.0)
    parts.append(cylinder(0.062, 0.062, 0.36, scroll, 1))  # the rolled paper
    for y in (0.0, 0.36):  # its curled edges
        parts.append(torus(0.062, 0.008, scroll @ at(0, y, 0), 1))
    parts.append(box(0.05, 0.36, 0.004, scroll @ at(0.03, 0, 0.06) @ rot("y", 30), 1))
    for y in (0.16, 0.2):  # the string tied round it
        parts.append(torus(0.064, 0.006, scroll @ at(0, y, 0), "card-red"))
    parts.append(
        tube(
            [
                pt(scroll, 0.0, 0.18, 0.065),
                pt(scroll, 0.02, 0.23, 0.09),
                pt(scroll, 0.0, 0.28, 0.08),
            ],
            0.005,
            slot="card-red",
        )
    )
    for k in range(5):  # pebbles in the sand
        a = rng.uniform(0, 2 * np.pi)
        r = rng.uniform(0.45, 0.6)
        c = at(r * np.cos(a), 0.03, 0.7 * r * np.sin(a))
        parts.append(sphere(1.0, c @ scl(0.035, 0.02, 0.03) @ rot("y", 40 * k), "stones"))
    return parts


# ---- 652 spider web ---------------------------------------------------------------------------


def _hit(c: np.ndarray, d: np.ndarray, poly: np.ndarray) -> np.ndarray:
    """Where a ray from c along d (2D) first meets the closed polygon ``poly``."""
    best = np.inf
    for p, q in zip(poly, np.roll(poly, -1, 0), strict=True):
        e = q - p
        den = d[0] * e[1] - d[1] * e[0]
        if abs(den) < 1e-12:
            continue
        w = p - c
        t = (w[0] * e[1] - w[1] * e[0]) / den
        s = (w[0] * d[1] - w[1] * d[0]) / den
        if t > 0 and -1e-9 <= s <= 1 + 1e-9:
            best = min(best, t)
    return c + d * best


def _spider(m: np.ndarray) -> list[Part]:
    """A small black spider under ``m``, head up (+y), legs spread in the xy plane."""
    parts = [sphere(1.0, m @ at(0, -0.045, 0.01) @ scl(0.05, 0.065, 0.045), "pupil")]
    parts.append(sphere(1.0, m @ at(0, 0.035, 0.01) @ scl(0.035, 0.04, 0.03), "pupil"))
    for s in (-1, 1):
        for k, a in enumerate((50, 20, -15, -45)):
            r = np.radians(a)
            knee = (s * (0.03 + 0.08 * np.cos(r)), 0.03 + 0.09 * np.sin(r) + 0.03, 0.05)
            foot = (s * (0.04 + 0.16 * np.cos(r)), 0.03 + 0.17 * np.sin(r) - 0.03 * k, 0.0)
            pts = [pt(m, s * 0.02, 0.03, 0.01), pt(m, *knee), pt(m, *foot)]
            parts.append(tube(pts, [0.009, 0.007, 0.004], slot="pupil"))
    return parts


def _spider_web(rng: Rng) -> list[Part]:
    """A spider web in a forked branch: radial threads from its hub out to the twigs and a
    spiral of threads across them, a small black spider at its middle."""
    parts = [lathe([(0.0, 0.0), (0.22, 0.0), (0.16, 0.045), (0.0, 0.065)], scl(1, 1, 0.8), "soil")]
    fork = (0.0, 0.4, 0.0)
    parts.append(tube([(0.03, 0.04, 0.0), (0.0, 0.2, 0.0), fork], [0.05, 0.045, 0.04], slot=1))
    arms = [[fork, (-0.2, 0.75, 0.0), (-0.45, 1.2, 0.0), (-0.62, 1.62, 0.0)],
            [fork, (0.2, 0.8, 0.0), (0.45, 1.2, 0.0), (0.58, 1.58, 0.0)]]  # fmt: skip
    for arm in arms:
        parts.append(tube(arm, [0.04, 0.032, 0.024, 0.014], slot=1))
    top = [(-0.75, 1.38, 0.0), (-0.2, 1.45, 0.0), (0.3, 1.47, 0.0), (0.75, 1.42, 0.0)]
    parts.append(tube(top, [0.016, 0.022, 0.022, 0.014], slot=1))  # a twig across the top
    parts.append(tube([(0.45, 1.2, 0.0), (0.7, 1.15, 0.02)], [0.016, 0.006], slot=1))
    # the web's frame: where the twigs enclose it
    poly = np.array(
        [(0.0, 0.5), (0.42, 1.16), (0.5, 1.42), (-0.2, 1.42), (-0.52, 1.38), (-0.42, 1.16)]
    )
    c = np.array([0.0, 1.05])
    n = 20
    spokes = []
    for i in range(n):
        a = 2 * np.pi * (i + 0.3 * rng.uniform(-1, 1)) / n
        spokes.append(_hit(c, np.array([np.cos(a), np.sin(a)]), poly))
    for p in spokes:  # the radial threads, out to the twigs
        parts.append(tube([(c[0], c[1], 0.0), (p[0], p[1], 0.0)], 0.008, slot=0, shape=_TRI))
    turns = 11
    pts = []
    for j in range(turns * n + 1):  # the spiral, out from the hub
        f = 0.12 + 0.82 * j / (turns * n)
        p = c + f * (spokes[j % n] - c)
        pts.append((p[0], p[1], 0.0))
    parts.append(tube(pts, 0.006, slot=0, tag="body", shape=_TRI))
    parts.append(torus(0.03, 0.006, at(c[0], c[1], 0.0) @ rot("x", 90), 0))  # the hub
    parts += _spider(at(c[0] + 0.01, c[1] - 0.02, 0.015) @ rot("z", 10))
    return parts


# ---- 653 wall mirror --------------------------------------------------------------------------


def _wall_mirror(rng: Rng) -> list[Part]:
    """A wall mirror: an ornate gilt oval frame (a moulded rim, a row of beads round the glass,
    a shell crest and rosettes) round a silvered glass, hung by a wire from a nail on a patch of
    plastered wall."""
    parts = [box(1.3, 2.0, 0.08, at(0, 0, -0.08), "plaster")]
    parts.append(box(1.3, 0.14, 0.03, at(0, 0, 0.0), "snow"))  # the skirting
    cy, rx, ry = 1.02, 0.33, 0.5
    n = 64
    t = np.arange(n) * (2 * np.pi / n)
    cen = np.stack([rx * np.cos(t), cy + ry * np.sin(t), np.full(n, 0.04)], 1)
    out = np.stack([np.cos(t) / rx, np.sin(t) / ry, np.zeros(n)], 1)
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    toward = np.tile([0.0, 0.0, 1.0], (n, 1))
    parts.append(_ring_sweep(cen, out * 1.6, toward * 1.5, MOULD, 0, "body"))
    parts.append(slab(_ellipse(rx - 0.04, ry - 0.04), 0.03, at(0, cy, 0.04), 1))  # backing
    parts.append(slab(_ellipse(rx - 0.07, ry - 0.07), 0.02, at(0, cy, 0.06), "mirror"))
    beads = np.arange(44) * (2 * np.pi / 44)
    pts = np.stack(
        [(rx - 0.1) * np.cos(beads), cy + (ry - 0.1) * np.sin(beads), np.full(44, 0.115)], 1
    )
    parts.append(studs(pts, np.tile([0.0, 0.0, 1.0], (44, 1)), 0.015, 0.02, 0, sides=8))
    crest = at(0, cy + ry + 0.06, 0.07)
    parts.append(slab(lambda k: 0.24 * shell(k), 0.05, crest, 0))  # a shell crest on top
    parts.append(sphere(1.0, crest @ at(0, 0.0, 0.03) @ scl(0.05, 0.04, 0.03), 1))
    for s in (-1, 1):  # leafy scrolls either side of the crest and down the sides
        for k, (x, y, turn, size) in enumerate(
            ((0.2, -0.02, 60, 0.15), (0.3, -0.14, 30, 0.13), (0.37, -0.3, 5, 0.12))
        ):
            m = crest @ at(s * x, y, -0.01 * k) @ rot("z", s * turn) @ scl(size)
            parts.append(slab(leaf(0.4), 0.035, m, 0))
        rose = at(s * (rx + 0.03), cy, 0.12)
        parts.append(slab(lambda k: 0.075 * flower(8)(k), 0.025, rose, 1))
        parts.append(sphere(0.03, rose @ at(0, 0, 0.014), 0))
        scroll = at(s * 0.1, cy - ry - 0.06, 0.07) @ rot("z", s * -70) @ scl(0.12)
        parts.append(slab(leaf(0.4), 0.035, scroll, 0))
    drop = at(0, cy - ry - 0.08, 0.08)
    parts.append(slab(lambda k: 0.085 * flower(6)(k), 0.03, drop, 0))
    parts.append(sphere(0.032, drop @ at(0, 0, 0.016), 1))
    nail = v3(0, 1.88, 0.0)
    parts.append(cylinder(0.022, 0.022, 0.012, at(*nail) @ at(0, 0, 0.03) @ ALONG_Z, "steel"))
    parts.append(cylinder(0.008, 0.008, 0.04, at(*nail) @ ALONG_Z, "steel"))
    for s in (-1, 1):  # the hanging wire, from eyes behind the frame to the nail
        eye = (s * 0.26, cy + 0.32, 0.01)
        parts.append(
            tube([eye, (s * 0.12, 1.74, 0.02), (0.0, nail[1] - 0.005, 0.035)], 0.006, slot="steel")
        )
    del rng
    return parts


# ---- 654 fish crate ---------------------------------------------------------------------------


_FISH = [(0.0, 0.0), (0.03, 0.01), (0.05, 0.08), (0.11, 0.25), (0.15, 0.45), (0.15, 0.6),
         (0.125, 0.76), (0.075, 0.91), (0.0, 1.0)]  # fmt: skip
"""A fish's body: its half height (radius) along its length, from the tail's root to the
snout, for a fish one unit long."""


def _fish(m: np.ndarray, L: float) -> list[Part]:
    """A whole silver fish L long lying on its side under ``m``: along +x from its tail fin to
    its snout, its back toward -z, its flank up: a plump tapered body, a dark back, a forked
    tail, back and belly fins, a fin behind its gill."""
    bm = m @ scl(L)
    flat = 0.45
    parts = [lathe(_FISH, bm @ ALONG_X @ scl(flat, 1.0, 1.0), "steel")]

    def height(x: float) -> float:
        return float(np.interp(x, [h for _, h in _FISH], [r for r, _ in _FISH]))

    back = []
    for x in (0.06, 0.25, 0.45, 0.65, 0.85):  # a dark band along its back, on its upper flank
        h = height(x)
        back.append((x, flat * h * np.sqrt(1 - 0.55**2) + 0.004, -0.55 * h))
    widths = [0.35 * height(x) for x, _, _ in back]
    parts.append(
        band(
            [pt(bm, *p) for p in back],
            [w * L for w in widths],
            0.004 * L,
            m[:3, :3] @ np.array([0.0, 0.45, -1.0]),
            "glaze",
        )
    )
    lay = bm @ rot("x", -90)  # a fin's outline in the fish's (length, height) plane
    tail = [(0.04, 0.035), (-0.19, 0.2), (-0.11, 0.0), (-0.19, -0.2), (0.04, -0.035)]
    parts.append(slab(sharp(tail), 0.012, lay, "steel"))
    dorsal = [(0.33, 0.13), (0.4, 0.26), (0.46, 0.25), (0.64, 0.12)]
    parts.append(slab(sharp(dorsal), 0.012, lay, "glaze"))
    for x0, x1, h in ((0.12, 0.22, 0.06), (0.3, 0.42, 0.13)):  # belly fins
        parts.append(
            slab(
                sharp(
                    [
                        (x0, -height(x0) + 0.01),
                        (x0 - 0.02, -height(x0) - h),
                        (x1, -height(x1) + 0.01),
                    ]
                ),
                0.01,
                lay,
                "steel",
            )
        )
    gill = [(0.8, 0.0, -0.1), (0.765, flat * 0.13, 0.0), (0.8, 0.0, 0.1)]
    parts.append(tube([pt(bm, *p) for p in gill], 0.006 * L, slot="marking"))
    fin = bm @ at(0.74, flat * 0.1, 0.03) @ rot("x", -90) @ rot("z", 210) @ scl(0.09)
    parts.append(slab(leaf(0.35), 0.01, fin @ at(0, -1, 0), "steel"))
    return parts


def _fish_crate(rng: Rng) -> list[Part]:
    """A wooden fish box of slatted boards with corner posts, full of crushed ice, whole silver
    fish laid side by side on it head to tail, their forked tails and fins out."""
    W, D, H = 1.25, 0.8, 0.32
    parts = [box(W, 0.03, D, None, 0, "body")]
    for k, y in enumerate((0.03, 0.18)):  # the sides: two boards each, a gap between
        h = 0.13 if k == 0 else 0.14
        for s in (-1, 1):
            parts.append(box(W, h, 0.03, at(0, y, s * (D / 2 - 0.015)), 0))
            parts.append(box(0.03, h, D - 0.06, at(s * (W / 2 - 0.015), y, 0), 0))
    for sx in (-1, 1):
        for sz in (-1, 1):  # corner posts and iron corner plates
            parts.append(box(0.06, H, 0.06, at(sx * (W / 2 - 0.04), 0, sz * (D / 2 - 0.04)), 0))
            c = at(sx * (W / 2 + 0.002), 0.02, sz * (D / 2 + 0.002))
            parts.append(box(0.014, H - 0.04, 0.014, c, 1))
        parts.append(box(0.03, 0.05, 0.22, at(sx * (W / 2 + 0.005), 0.23, 0), "pupil"))  # handle
    ice = H - 0.03
    parts.append(box(W - 0.08, ice - 0.03, D - 0.08, at(0, 0.03, 0), "snow"))  # the ice
    chunks, normals = [], []
    for _ in range(150):  # crushed ice heaped on top
        x, z = rng.uniform(-W / 2 + 0.06, W / 2 - 0.06), rng.uniform(-D / 2 + 0.06, D / 2 - 0.06)
        chunks.append((x, ice + rng.uniform(-0.005, 0.02), z))
        normals.append(rng.normal(size=3) + v3(0, 1.5, 0))
    parts.append(studs(chunks, normals, 0.035, 0.03, "frost", sides=4))
    L = 0.58
    for row in range(3):  # the fish: three rows of two, head to tail
        for col, flip in ((0, 1), (1, -1)):
            if row == 1:
                flip = -flip
            z = -0.24 + 0.24 * row + float(rng.uniform(-0.02, 0.02))
            x = (-0.29 if col == 0 else 0.29) - flip * L / 2 + float(rng.uniform(-0.03, 0.03))
            yaw = float(rng.uniform(-7, 7)) + (0 if flip > 0 else 180)
            m = at(x, ice + 0.035 + 0.006 * row, z) @ rot("y", yaw)
            parts += _fish(m @ rot("x", float(rng.uniform(-6, 6))), L)
    return parts


# ---- 655 train wheel --------------------------------------------------------------------------


def _rail(x: float, length: float, y: float) -> list[Part]:
    """One steel rail along z at x, its foot on y: a broad foot, a thin web and a rounded
    head."""
    return [
        box(0.14, 0.025, length, at(x, y, 0), "steel"),
        box(0.03, 0.09, length, at(x, y + 0.02, 0), "steel"),
        box(0.075, 0.035, length, at(x, y + 0.1, 0), "steel"),
    ]


def _train_wheel(rng: Rng) -> list[Part]:
    """A railway wheelset on a short piece of track: two flanged steel wheels, their dished
    discs and bosses, on one axle with bearing boxes at its ends, standing on the rails on
    their sleepers and ballast."""
    parts = [box(1.7, 0.05, 1.5, None, "stones")]
    for z in (-0.5, 0.0, 0.5):  # the sleepers
        parts.append(box(1.55, 0.07, 0.22, at(0, 0.04, z), "cork"))
    g, top = 0.55, 0.11 + 0.135
    for s in (-1, 1):
        parts += _rail(s * g, 1.45, 0.11)
    R = 0.4
    y = top + R
    wheel = [(0.0, -0.06), (0.1, -0.06), (0.12, -0.02), (0.28, 0.0), (0.36, -0.01), (0.45, -0.01),
             (0.475, 0.01), (0.46, 0.035), (0.41, 0.045), (0.402, 0.06), (0.39, 0.14),
             (0.36, 0.145), (0.35, 0.12), (0.28, 0.09), (0.14, 0.08), (0.12, 0.14),
             (0.0, 0.14)]  # fmt: skip
    for s in (-1, 1):  # the wheels: flange inside the rail, tread on it
        face = at(s * (g - 0.09), y, 0) @ rot("z", -90 * s)
        parts.append(lathe(wheel, face, 0, "body" if s < 0 else ""))
        parts.append(torus(0.3, 0.012, face @ at(0, 0.06, 0), 0))
        for k in range(6):  # the bolts round the boss
            a = np.radians(60 * k)
            parts.append(
                cylinder(0.018, 0.018, 0.03, face @ at(0.08 * np.cos(a), 0.13, 0.08 * np.sin(a)), 1)
            )
    parts.append(cylinder(0.065, 0.065, 2 * (g + 0.22), at(-(g + 0.22), y, 0) @ ALONG_X, 0))
    for s in (-1, 1):  # the bearing boxes on the axle's ends
        parts.append(box(0.16, 0.22, 0.24, at(s * (g + 0.2), y - 0.11, 0), 1))
        parts.append(cylinder(0.09, 0.09, 0.03, at(s * (g + 0.28), y, 0) @ rot("z", -90 * s), 1))
        parts.append(box(0.1, 0.05, 0.3, at(s * (g + 0.2), y + 0.11, 0), 1))
    del rng
    return parts


# ---- 656 porcelain doll -----------------------------------------------------------------------


def _frill(n: int, folds: int = 18) -> np.ndarray:
    """A frilled hem's cross-section: n points round a circle rippling in and out in folds."""
    t = np.arange(n) * (2 * np.pi / n)
    r = 1.0 + 0.05 * np.sin(folds * t)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _bead(m: np.ndarray, slot) -> Part:
    """A small ball of radius 1 under ``m`` (scale it), coarser than ``sphere``: a curl, a dab
    of paint."""
    prof = [(0.0, -1.0), (0.72, -0.7), (1.0, 0.0), (0.72, 0.7), (0.0, 1.0)]
    return lathe(prof, m, slot, sides=8)


def _porcelain_doll(rng: Rng) -> list[Part]:
    """An antique porcelain doll sitting on the floor with her legs out: a porcelain head with
    a painted face, brown ringlets under a bonnet tied with a ribbon, a frilly dress with lace
    at its hem and collar, white stockings and little black shoes."""
    skirt = [(0.0, 0.0), (0.4, 0.0), (0.41, 0.035), (0.35, 0.12), (0.24, 0.27), (0.15, 0.4),
             (0.0, 0.42)]  # fmt: skip
    parts = [lathe(skirt, at(0, 0, 0.02), 1, "body", shape=_frill(54))]
    parts.append(
        lathe(
            [(0.0, 0.0), (0.43, 0.0), (0.43, 0.04), (0.0, 0.04)],
            at(0, 0, 0.02),
            "snow",
            shape=_frill(54),
        )
    )  # the lace petticoat's hem
    for y, r in ((0.1, 0.37), (0.2, 0.29)):  # rows of lace round the skirt
        parts.append(torus(r, 0.012, at(0, y, 0.02), "snow"))
    parts.append(
        lathe(
            [(0.0, 0.38), (0.15, 0.38), (0.13, 0.5), (0.14, 0.62), (0.09, 0.7), (0.0, 0.71)],
            None,
            1,
        )
    )  # the bodice
    parts.append(
        lathe(
            [(0.0, 0.0), (0.16, 0.0), (0.13, 0.03), (0.0, 0.035)],
            at(0, 0.67, 0.0),
            "snow",
            shape=_frill(40, 10),
        )
    )  # the lace collar
    for s in (-1, 1):
        x = s * 0.09
        leg = [(x, 0.06, 0.1), (x * 1.1, 0.055, 0.35), (x * 1.15, 0.05, 0.56)]
        parts.append(tube(leg, [0.055, 0.045, 0.04], slot="snow"))  # white stockings
        parts.append(sphere(1.0, at(x * 1.15, 0.056, 0.6) @ scl(0.05, 0.055, 0.085), "pupil"))
        parts.append(sphere(1.0, at(s * 0.17, 0.62, 0.0) @ scl(0.08, 0.075, 0.08), 1))  # sleeve
        arm = [(s * 0.19, 0.6, 0.02), (s * 0.22, 0.5, 0.1), (s * 0.14, 0.42, 0.2)]
        parts.append(tube(arm, [0.04, 0.034, 0.03], slot=0))
        parts.append(torus(0.045, 0.012, at(s * 0.21, 0.55, 0.05) @ rot("x", 35), "snow"))
        parts.append(_bead(at(s * 0.12, 0.41, 0.23) @ scl(0.035, 0.03, 0.04), 0))  # a hand
    parts.append(cylinder(0.045, 0.05, 0.08, at(0, 0.68, 0), 0))  # the neck
    hc = v3(0, 0.88, 0.0)
    parts.append(sphere(1.0, at(*hc) @ scl(0.15, 0.16, 0.145), 0))  # the porcelain head
    face = hc + v3(0, 0, 0.135)
    for s in (-1, 1):  # the painted face: eyes and rosy cheeks
        parts.append(
            _bead(at(*(face + v3(s * 0.05, 0.015, -0.01))) @ scl(0.02, 0.026, 0.012), "pupil")
        )
        parts.append(
            _bead(at(*(face + v3(s * 0.075, -0.045, -0.025))) @ scl(0.028, 0.02, 0.01), "eraser")
        )
    parts.append(_bead(at(*(face + v3(0, -0.065, -0.01))) @ scl(0.02, 0.012, 0.01), "card-red"))
    curl = [(0.0, 0.0), (0.03, 0.012), (0.036, 0.035), (0.024, 0.06), (0.032, 0.085),
            (0.022, 0.11), (0.028, 0.13), (0.0, 0.155)]  # fmt: skip
    for k in range(11):  # curls round her face and ringlets down to her shoulders
        a = np.radians(-150 + 30 * k)
        c = hc + v3(0.155 * np.sin(a), 0.06 + 0.05 * np.cos(a), 0.13 * np.cos(a) - 0.02)
        if abs(np.sin(a)) < 0.4 and np.cos(a) > 0:
            continue
        parts.append(_bead(at(*c) @ scl(0.045), "cork"))
        if abs(np.sin(a)) > 0.6:
            drop = c + v3(0.02 * np.sign(np.sin(a)), -0.2, -0.01)
            parts.append(lathe(curl, at(*drop), "cork", sides=8))
    bonnet = at(*(hc + v3(0, 0.03, -0.03))) @ rot("x", -20)
    parts.append(sphere(1.0, bonnet @ scl(0.175, 0.18, 0.16), 1))  # its crown behind her head
    brim = [(0.16, 0.0), (0.215, 0.0), (0.225, 0.06), (0.2, 0.075), (0.17, 0.05)]
    brim_m = bonnet @ at(0, 0, 0.06) @ rot("x", 90)
    parts.append(lathe(brim, brim_m, 1, closed=True, shape=_frill(40, 10)))  # its ruffled brim
    lace = [(0.2, 0.0), (0.24, 0.0), (0.245, 0.015), (0.205, 0.015)]
    parts.append(lathe(lace, brim_m, "snow", closed=True, shape=_frill(40, 10)))
    tie = hc + v3(0, -0.16, 0.08)
    for s in (-1, 1):  # the ribbon tied in a bow under her chin
        parts.append(
            tube(
                [hc + v3(s * 0.17, 0.0, 0.02), hc + v3(s * 0.12, -0.1, 0.06), tie],
                0.012,
                slot="card-red",
            )
        )
        parts.append(
            _bead(
                at(*(tie + v3(s * 0.04, 0, 0.01))) @ rot("z", s * 20) @ scl(0.045, 0.025, 0.015),
                "card-red",
            )
        )
    del rng
    return parts


# ---- 657 pirate hat ---------------------------------------------------------------------------


def _tricorn_r(theta: np.ndarray, r_in: float) -> np.ndarray:
    """The tricorn's plan: its distance from the crown's axis at angle theta (0 toward +z), a
    triangle with rounded sides, one corner toward the viewer."""
    phi = (np.asarray(theta) % (2 * np.pi / 3)) - np.pi / 3
    return r_in / np.cos(phi) ** 0.75


def _pirate_hat(rng: Rng) -> list[Part]:
    """A pirate's tricorn hat: a low round crown inside the brim, turned up on three sides
    into a triangle seen from above, one corner toward the viewer, a gold braid along its
    edges, a black cockade and a white feather curling back from one side."""
    r_in = 0.34
    n = 96
    t = np.arange(n) * (2 * np.pi / n)
    r = _tricorn_r(t, r_in)
    base = np.stack([r * np.sin(t), np.full(n, 0.02), r * np.cos(t)], 1)
    tan = np.roll(base, -1, 0) - np.roll(base, 1, 0)
    out = np.stack([tan[:, 2], np.zeros(n), -tan[:, 0]], 1)
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    out *= np.sign((out * base).sum(1, keepdims=True))
    phi = (t % (2 * np.pi / 3)) - np.pi / 3
    h = 0.15 + 0.2 * np.cos(1.5 * phi) ** 2  # high in the middle of each side, low at corners
    lean = np.radians(10)
    up = out * np.sin(lean) + np.array([0.0, 1.0, 0.0]) * np.cos(lean)
    wall = [[0.02, 0.0], [0.02, 1.0], [-0.02, 1.0], [-0.02, 0.0]]
    turn = rot("y", 32)  # a corner toward the viewer's eye
    parts = [_ring_sweep(base, out, up * h[:, None], wall, 0, "body").moved(turn)]

    def plan(k: int) -> np.ndarray:
        a = np.arange(max(k, 48)) * (2 * np.pi / max(k, 48))
        rr = _tricorn_r(a, r_in) + 0.01
        return np.stack([rr * np.sin(a), rr * np.cos(a)], 1)

    parts.append(slab(plan, 0.03, turn @ at(0, 0.015, 0) @ rot("x", 90), 0))  # the brim's floor
    crown = [(0.0, 0.0), (0.27, 0.0), (0.272, 0.03), (0.275, 0.12), (0.265, 0.26), (0.23, 0.32),
             (0.13, 0.345), (0.0, 0.35)]  # fmt: skip
    parts.append(lathe(crown, None, 0))
    edge = base + up * h[:, None] + v3(0, 0.005, 0)
    trim = [tuple(pt(turn, *p)) for p in edge[::3]]
    parts.append(tube([*trim, trim[0], trim[1]], 0.02, slot=1))  # the braid along its edges
    for k in range(3):  # the braid's knots at the corners
        parts.append(sphere(0.032, at(*pt(turn, *edge[k * n // 3])), 1))
    side = turn @ rot("y", -60)  # the middle of the left side, out from the crown
    cockade = side @ at(0, 0.2, r_in + 0.07) @ rot("x", -10)
    parts.append(slab(lambda k: 0.08 * flower(12, 0.75)(k), 0.02, cockade, "cloth-dark"))
    parts.append(sphere(0.025, cockade @ at(0, 0, 0.012), 1))
    quill = [(0.05, 0.22, 0.4), (0.08, 0.3, 0.39), (0.1, 0.38, 0.36), (0.11, 0.46, 0.3),
             (0.1, 0.54, 0.22), (0.07, 0.59, 0.12), (0.04, 0.62, 0.02), (-0.01, 0.62, -0.07),
             (-0.06, 0.6, -0.16)]  # fmt: skip
    pts = [pt(side, *p) for p in quill]
    width = [0.02, 0.09, 0.07, 0.12, 0.09, 0.12, 0.08, 0.09, 0.02]  # ragged barbs
    parts.append(
        band(pts, width, 0.01, pt(side, 1.0, 0.0, 0.3) - pt(side, 0, 0, 0), "snow")
    )  # the feather
    parts.append(tube(pts[::2], [0.012, 0.01, 0.008, 0.006, 0.003], slot="seed"))  # its quill
    del rng
    return parts


# ---- 658 dandelion ----------------------------------------------------------------------------


def _dandelion_leaf(a: float, L: float, rng: Rng, tag: str = "") -> list[Part]:
    """One of a dandelion's leaves lying along the ground toward angle a: a long blade cut
    into backward-pointing teeth, its tip a little raised, a pale midrib down its middle."""
    d = np.array([np.sin(a), 0.0, np.cos(a)])
    across = (d[2], 0.0, -d[0])
    ts = [0.0, 0.12, 0.22, 0.27, 0.4, 0.45, 0.58, 0.63, 0.76, 0.8, 0.92, 1.0]
    ws = [0.03, 0.05, 0.07, 0.2, 0.08, 0.23, 0.09, 0.23, 0.09, 0.18, 0.1, 0.0]
    rise = float(rng.uniform(0.03, 0.08))
    pts = [d * L * u + (0, 0.012 + rise * u**2 + 0.02 * np.sin(np.pi * u), 0) for u in ts]
    return [band(pts, [w * L for w in ws], 0.01, across, 0, tag)]


def _dandelion(rng: Rng) -> list[Part]:
    """A dandelion plant: a rosette of long jagged toothed leaves on the ground, a stalk with
    a shaggy bright yellow flower and a taller one with a round white seed-head clock, two
    seeds drifting off it."""
    parts = [lathe([(0.0, 0.0), (0.1, 0.0), (0.07, 0.02), (0.0, 0.03)], None, "soil")]
    for k in range(9):
        a = 2 * np.pi * k / 9 + float(rng.uniform(-0.15, 0.15))
        parts += _dandelion_leaf(a, float(rng.uniform(0.42, 0.58)), rng, "body" if k == 0 else "")
    fl = v3(0.2, 0.55, 0.12)  # the flower
    parts.append(tube([(0.02, 0.02, 0.02), (0.12, 0.25, 0.06), fl], [0.018, 0.015, 0.014], slot=0))
    face = at(*fl) @ rot("x", 25) @ rot("z", -15)
    parts.append(lathe([(0.0, -0.06), (0.03, -0.05), (0.07, -0.01), (0.0, 0.0)], face, 0))
    a = 2 * np.pi * np.arange(12) / 12  # the green bracts folded back under it
    dirs = np.stack([np.cos(a), np.full(12, -0.9), np.sin(a)], 1)
    mids = np.stack([0.07 * np.cos(a), np.full(12, -0.05), 0.07 * np.sin(a)], 1)
    rot3 = face[:3, :3]
    parts.append(studs(mids @ rot3.T + face[:3, 3], dirs @ rot3.T, 0.008, 0.07, 0, sides=3))
    for ring, (n, r0, r1, lift) in enumerate(
        ((28, 0.05, 0.16, 6), (22, 0.03, 0.13, 28), (16, 0.0, 0.09, 55))
    ):
        a = 2 * np.pi * (np.arange(n) + 0.5 * ring) / n  # rings of thin strap-shaped florets
        lift_r = np.radians(lift + rng.uniform(-8, 8, n))
        reach = r1 - r0
        dirs = np.stack([np.cos(lift_r) * np.cos(a), np.sin(lift_r), np.cos(lift_r) * np.sin(a)], 1)
        mids = np.stack([r0 * np.cos(a), np.full(n, 0.02 * ring), r0 * np.sin(a)], 1)
        mids += dirs * reach / 2
        parts.append(
            studs(mids @ rot3.T + face[:3, 3], dirs @ rot3.T, 0.013, reach, "cloth-yellow", sides=4)
        )
    parts.append(sphere(1.0, face @ at(0, 0.045, 0) @ scl(0.05, 0.035, 0.05), "cloth-yellow"))
    top = v3(-0.15, 0.95, -0.08)  # the seed head
    parts.append(
        tube(
            [(0.0, 0.02, 0.0), (-0.06, 0.4, -0.03), (-0.12, 0.75, -0.07), top],
            [0.017, 0.015, 0.013, 0.012],
            slot=0,
        )
    )
    parts.append(sphere(0.035, at(*top), "seed"))
    count = 110
    i = np.arange(count) + 0.5
    phi = np.arccos(1 - 2 * i / count)
    th = np.pi * (1 + 5**0.5) * i
    dirs = np.stack([np.cos(th) * np.sin(phi), np.cos(phi), np.sin(th) * np.sin(phi)], 1)
    parts.append(studs(top + dirs * 0.1, dirs, 0.004, 0.14, 1, sides=3))  # the seeds' stalks
    parts.append(studs(top + dirs * 0.17, dirs, 0.03, 0.006, 1, sides=6))  # their tufts
    parts.append(sphere(0.15, at(*top), "membrane"))
    for k, off in enumerate((v3(0.25, 0.12, 0.1), v3(0.35, 0.3, -0.05))):  # seeds drifting off
        c = top + off
        tilt = at(*c) @ rot("z", -30 - 20 * k)
        parts.append(stick(pt(tilt, 0, -0.12, 0), pt(tilt, 0, 0.0, 0), 0.003, 1))
        parts.append(cylinder(0.0, 0.035, 0.02, tilt @ at(0, -0.01, 0), 1))
        parts.append(sphere(1.0, tilt @ at(0, -0.13, 0) @ scl(0.008, 0.02, 0.008), "cork"))
    return parts


# ---- 659 telegraph key ------------------------------------------------------------------------


def _telegraph_key(rng: Rng) -> list[Part]:
    """An old Morse telegraph key: a long brass lever on a pivot between two posts, a black
    knob on its front end, a coil spring and contact screws under it, binding posts at its back
    with two wires running off, all on a wooden base."""
    W, L = 0.56, 1.0
    parts = [slab(rrect_outline(W, L, 0.08), 0.07, at(0, 0.035, 0) @ rot("x", 90), 1)]
    parts.append(
        slab(rrect_outline(W - 0.06, L - 0.06, 0.06), 0.02, at(0, 0.075, 0) @ rot("x", 90), 1)
    )  # its bevelled top
    y0 = 0.085
    parts.append(box(0.2, 0.012, 0.52, at(0, y0, -0.12), 0))  # the brass bed plate
    piv_z, piv_y = -0.12, 0.2
    for s in (-1, 1):  # the pivot's posts and their screws
        parts.append(box(0.035, piv_y - y0 + 0.05, 0.08, at(s * 0.075, y0, piv_z), 0))
        parts.append(
            cylinder(0.018, 0.018, 0.06, at(s * 0.09, piv_y, piv_z) @ rot("z", -90 * s), 0)
        )
        parts.append(cylinder(0.03, 0.03, 0.018, at(s * 0.15, piv_y, piv_z) @ rot("z", -90 * s), 0))
    arm = at(0, piv_y, piv_z) @ rot("x", 3)
    lever = [(-0.04, -0.26), (0.04, -0.26), (0.032, 0.5), (-0.032, 0.5)]
    parts.append(slab(sharp(lever), 0.045, arm @ rot("x", -90), 0, "body"))  # the lever
    parts.append(cylinder(0.04, 0.04, 0.09, arm @ at(-0.045, 0, 0) @ ALONG_X, 0))  # its hub
    knob = pt(arm, 0, 0.0, 0.46)
    parts.append(cylinder(0.012, 0.012, 0.05, at(*knob), 0))
    parts.append(cylinder(0.1, 0.1, 0.012, at(*knob) @ at(0, 0.025, 0), "pupil"))  # its skirt
    parts.append(
        lathe(
            [(0.0, 0.0), (0.065, 0.0), (0.07, 0.03), (0.06, 0.055), (0.0, 0.065)],
            at(*knob) @ at(0, 0.037, 0),
            "pupil",
        )
    )  # the knob
    contact = pt(arm, 0, 0, 0.16)  # the contacts: a screw through the lever, an anvil below
    parts.append(cylinder(0.02, 0.02, 0.07, at(contact[0], y0, contact[2]), 0))
    parts.append(cylinder(0.01, 0.01, 0.03, at(contact[0], y0 + 0.07, contact[2]), "steel"))
    parts.append(cylinder(0.01, 0.01, 0.08, at(*contact) @ at(0, -0.03, 0), "steel"))
    parts.append(cylinder(0.025, 0.025, 0.02, at(*contact) @ at(0, 0.0, 0), 0))
    spring = pt(arm, 0, 0, 0.26)
    parts.append(
        coil_spring((spring[0], y0, spring[2]), spring - v3(0, 0.02, 0), 0.022, 5, "steel")
    )
    parts.append(cylinder(0.022, 0.022, 0.03, at(spring[0], y0 + 0.0, spring[2]), 0))
    back = pt(arm, 0, 0, -0.22)  # the back stop: a bridge over the lever's end, a screw down
    for s in (-1, 1):
        parts.append(box(0.03, back[1] - y0 + 0.06, 0.04, at(s * 0.06, y0, back[2]), 0))
    parts.append(box(0.15, 0.025, 0.04, at(0, back[1] + 0.06, back[2]), 0))
    parts.append(cylinder(0.01, 0.01, 0.1, at(0, back[1] + 0.02, back[2]), "steel"))
    parts.append(cylinder(0.025, 0.025, 0.025, at(0, back[1] + 0.09, back[2]), 0))
    wires = ("cloth-dark", "card-red")
    for k, s in enumerate((-1, 1)):  # the binding posts and their wires
        post = v3(s * 0.18, y0, -0.38)
        parts.append(cylinder(0.03, 0.03, 0.05, at(*post), 0))
        parts.append(cylinder(0.04, 0.04, 0.025, at(*post) @ at(0, 0.05, 0), 0))
        parts.append(cylinder(0.01, 0.01, 0.03, at(*post) @ at(0, 0.075, 0), "steel"))
        parts.append(box(0.04, 0.008, 0.26, at(s * 0.15, y0, -0.24) @ rot("y", s * 12), 0))
        wire = [post + v3(0, 0.04, 0), post + v3(s * 0.05, 0.06, -0.1),
                post + v3(s * 0.1, 0.02, -0.25), v3(s * 0.28, 0.02, -0.6),
                v3(s * 0.22 + 0.1, 0.02, -0.85)]  # fmt: skip
        parts.append(tube(wire, 0.014, slot=wires[k]))
    for sx in (-1, 1):
        for sz in (-1, 1):  # the screws holding it down
            parts.append(cylinder(0.014, 0.014, 0.006, at(sx * 0.23, 0.08, sz * 0.43), "steel"))
    del rng
    return parts


MORE_APPLIANCES_ZH = {
    648: _horseshoe, 649: _barn_door, 650: _peg_leg, 651: _message_bottle, 652: _spider_web,
    653: _wall_mirror, 654: _fish_crate, 655: _train_wheel, 656: _porcelain_doll,
    657: _pirate_hat, 658: _dandelion, 659: _telegraph_key,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
