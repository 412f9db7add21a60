"""More of the device family's appliances, from 672: a covered wagon, a drawbridge, a pharaoh's
mask, a spellbook, a wanted poster, a jetpack, a hoverboard, a teleporter pad, a laser sword, a
flying carpet, a gravestone, a geode.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import band, headstone, hoop, lines, loft, rrect_outline
from ._lettering import paint_text
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZJ"]

Rng = np.random.Generator

_UP = rot("x", 90)
"""Turns +y onto +z (a cylinder then runs toward the viewer; a torus stands facing it)."""

_FLAT = rot("x", -90)
"""Lays a slab (an outline in xy) flat on the ground, its outline's +y away from the viewer."""


def _link_chain(a, b, link: float, wire: float, slot=1) -> list[Part]:
    """A chain of oval links from a to b, each ``link`` long, every other one turned a
    quarter."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = b - a
    n = max(2, int(np.linalg.norm(d) / (link * 0.72)))
    parts = []
    for i in range(n):
        c = a + d * (i + 0.5) / n
        m = at(*c) @ align(d) @ rot("y", 90 * (i % 2)) @ rot("x", 90) @ scl(1.0, 1.0, 1.7)
        parts.append(hoop(link * 0.3, wire, m, slot, around=12, section=4))
    return parts


# ---- 672 covered wagon ------------------------------------------------------------------------


def _cart_wheel(x: float, y: float, z: float, r: float, spokes: int = 12) -> list[Part]:
    """A wooden cart wheel at (x, y, z) facing the viewer: a thick felloe in an iron tyre, a
    hub and turned spokes."""
    m = at(x, y, z) @ _UP
    parts = [torus(r - 0.02, 0.026, m @ scl(1.0, 1.6, 1.0), 0), torus(r, 0.014, m, 1)]
    parts.append(cylinder(0.05, 0.05, 0.12, at(x, y, z - 0.06) @ _UP, 0))
    parts.append(cylinder(0.03, 0.03, 0.16, at(x, y, z - 0.08) @ _UP, 1))
    for k in range(spokes):
        spoke = at(x, y, z) @ rot("z", 360.0 * k / spokes)
        parts.append(box(0.022, r - 0.03, 0.02, spoke, 0))
    return parts


def _covered_wagon(rng: Rng) -> list[Part]:
    """A pioneer's covered wagon: a plank wagon bed on four big spoked wheels (the back pair
    bigger), a white canvas bonnet over bowed hoops flaring at both ends, a driver's bench at
    the front and the shaft reaching forward to the ground."""
    L, W, y0, h = 1.2, 0.5, 0.38, 0.24
    parts = [box(L, h, W, at(0, y0, 0), 0, "body")]
    for k in range(3):  # the bed's planks
        yy = y0 + 0.03 + 0.08 * k
        for s in (-1, 1):
            parts.append(box(L + 0.01, 0.012, 0.01, at(0, yy, s * (W / 2 + 0.002)), "marking"))
    # the canvas bonnet: an arch swept along the bed, flaring wider and higher at both ends
    t = np.linspace(0.0, np.pi, 13)
    arch = np.stack([np.cos(t), np.sin(t) - 0.4], 1)
    arch = np.concatenate([arch, [[-1.0, -0.4], [0.0, -0.4]]])
    xs = np.linspace(-L / 2 - 0.06, L / 2 + 0.06, 9)
    flare = 1 + 0.22 * (2 * xs / L) ** 4
    top = y0 + h - 0.02
    centres = [(x, top + 0.4 * 0.5 * f, 0.0) for x, f in zip(xs, flare, strict=True)]
    u = [(0.0, 0.0, W / 2 * 1.04 * f) for f in flare]
    v = [(0.0, 0.5 * f, 0.0) for f in flare]
    parts.append(loft(centres, u, v, arch[::-1], "sheet"))
    for x in np.linspace(-L / 2 + 0.1, L / 2 - 0.1, 5):  # the hoops showing through as ribs
        f = 1 + 0.22 * (2 * x / L) ** 4
        ring = at(x, top, 0) @ rot("z", 90) @ scl(0.5 * f + 0.012, 1.0, W / 2 * 1.04 * f + 0.012)
        parts.append(torus(1.0, 0.012, ring, "pages"))
    # the wheels: big ones behind, smaller ones in front
    for x, r in ((-0.38, 0.38), (0.42, 0.3)):
        for s in (-1, 1):
            parts += _cart_wheel(x, r, s * (W / 2 + 0.07), r)
        parts.append(stick((x, r, -W / 2 - 0.08), (x, r, W / 2 + 0.08), 0.025, 0))
    # the driver's bench at the front, its footboard and the shaft
    parts.append(box(0.14, 0.04, W * 0.9, at(L / 2 - 0.05, y0 + h + 0.12, 0), 0))
    for s in (-1, 1):
        parts.append(box(0.03, 0.12, 0.03, at(L / 2 - 0.05, y0 + h, s * W * 0.38), 0))
    parts.append(box(0.12, 0.02, W, at(L / 2 + 0.06, y0 + 0.06, 0) @ rot("z", -25), 0))
    tilt = float(rng.uniform(-4, 4))
    shaft = [(L / 2 - 0.1, 0.3, 0.0), (L / 2 + 0.25, 0.2, 0.0), (L / 2 + 0.55, 0.04, 0.0)]
    parts.append(tube(shaft, [0.028, 0.025, 0.022], rot("y", tilt), 0))
    parts.append(stick((L / 2 + 0.5, 0.06, -0.12), (L / 2 + 0.5, 0.06, 0.12), 0.018, 0))
    return parts


# ---- 673 drawbridge ---------------------------------------------------------------------------


def _gate_arch(w: float, h: float):
    """An archway's outline: straight jambs from y = 0 up to a round head, h high overall."""

    def outline(n: int) -> np.ndarray:
        t = np.linspace(0.0, np.pi, max(n // 2, 7))
        top = np.stack([w / 2 * np.cos(t), h - w / 2 + w / 2 * np.sin(t)], 1)
        return np.concatenate([[[w / 2, 0.0]], top, [[-w / 2, 0.0]]])

    return outline


def _drawbridge(rng: Rng) -> list[Part]:
    """A castle drawbridge: a heavy plank bridge half lowered on its hinges from the foot of
    a stone gate arch in a crenellated gatehouse wall, two iron chains running from its end up
    into the wall, over a strip of moat water between grassy banks."""
    Ww, Hw, Dw, zf = 1.5, 1.15, 0.3, -0.25  # the wall, its front face at z = zf + Dw / 2
    front = zf + Dw / 2
    parts = [box(Ww, Hw, Dw, at(0, 0, zf), "stones")]
    for k in range(5):  # the crenellations
        x = -Ww / 2 + 0.1 + (Ww - 0.2) * k / 4
        parts.append(box(0.18, 0.16, Dw, at(x, Hw, zf), "stones"))
    for k in range(1, 7):  # courses of stone
        parts.append(box(Ww + 0.004, 0.008, Dw + 0.004, at(0, 0.16 * k, zf), "marking"))
    aw, ah, y0 = 0.7, 0.8, 0.1
    parts.append(slab(_gate_arch(aw + 0.14, ah + 0.07), 0.03, at(0, y0, front), "stones"))
    parts.append(slab(_gate_arch(aw, ah), 0.03, at(0, y0, front + 0.01), "pupil"))
    for s in (-1, 1):  # the holes the chains run into
        parts.append(cylinder(0.04, 0.04, 0.02, at(s * 0.42, 0.98, front) @ _UP, "pupil"))
    # the bridge: planks on cross beams, hinged at the arch's foot, half lowered
    Lb, wb = 0.85, aw - 0.04
    angle = float(rng.uniform(52, 58))  # degrees up from lying flat
    hinge = at(0, y0 + 0.02, front + 0.04) @ rot("x", -angle)
    parts.append(box(wb, 0.06, Lb, hinge @ at(0, 0, Lb / 2), 0, "body"))
    for k in range(1, 6):  # the plank seams
        x = -wb / 2 + wb * k / 6
        parts.append(box(0.008, 0.065, Lb, hinge @ at(x, 0, Lb / 2), "marking"))
    for z in (0.15, 0.5, 0.82):  # iron straps across it
        parts.append(box(wb + 0.02, 0.075, 0.04, hinge @ at(0, -0.005, z), 1))
    tip = hinge @ np.array([0.0, 0.07, Lb - 0.05, 1.0])
    parts.append(cylinder(0.03, 0.03, Ww * 0.45, at(-Ww * 0.225, y0 + 0.02, front + 0.04)
                          @ rot("z", -90), 1))  # the hinge pin # fmt: skip
    for s in (-1, 1):
        end = v3(s * (wb / 2 - 0.03), tip[1], tip[2])
        parts += _link_chain(end, (s * 0.42, 0.98, front + 0.01), 0.08, 0.011, 1)
    # the moat and its banks
    parts.append(box(Ww + 0.3, 0.04, 0.75, at(0, 0, front + 0.4), "glaze"))
    parts.append(box(Ww + 0.3, 0.1, 0.3, at(0, 0, front + 0.92), "vine"))
    parts.append(box(Ww + 0.3, 0.1, 0.18, at(0, 0, zf - 0.1), "vine"))
    return parts


# ---- 674 pharaoh mask -------------------------------------------------------------------------


def _almond(w: float, h: float):
    """An almond eye's outline: pointed at both ends, fuller above."""

    def outline(n: int) -> np.ndarray:
        t = np.linspace(0.0, 2 * np.pi, max(n, 12), endpoint=False)
        y = np.where(np.sin(t) > 0, h, 0.6 * h) * np.sin(t) * np.abs(np.sin(t)) ** 0.2
        return np.stack([w * np.cos(t), y], 1)

    return outline


def _pharaoh_mask(rng: Rng) -> list[Part]:
    """An Egyptian pharaoh's funeral mask: a calm gold face with almond eyes lined in blue,
    the striped nemes headdress flaring behind it and falling in lappets to the shoulders, a
    broad banded collar on the chest and a long braided beard under the chin."""
    blue = "plume"
    cx, cy, cz = 0.0, 0.98, 0.05  # the face's centre
    parts = []
    # the shoulders and chest the mask rests on, and the broad collar over them
    parts.append(sphere(1.0, at(0, 0.22, -0.05) @ scl(0.55, 0.26, 0.28), 0))
    parts.append(box(1.1, 0.22, 0.5, at(0, 0.0, -0.05), 1))  # its stand
    for k in range(6):  # the broad collar: half rings fanning over the chest, gold and blue
        r = 0.38 - 0.04 * k
        t = np.linspace(np.pi, 2 * np.pi, 13)
        half = [(0.0, 0.0)] + [(r * np.cos(a), r * 0.75 * np.sin(a)) for a in t]
        collar = at(0, 0.74, cz + 0.04 + 0.012 * k) @ rot("x", -22)
        parts.append(slab(half, 0.03, collar, blue if k % 2 else 0))
    # the nemes: a cap over the brow, wings flaring behind, lappets to the chest
    parts.append(sphere(1.0, at(cx, cy + 0.08, cz - 0.1) @ scl(0.29, 0.3, 0.26), 0, "body"))
    wing = [(-0.28, 0.3), (0.28, 0.3), (0.52, -0.3), (0.46, -0.55), (-0.46, -0.55), (-0.52, -0.3)]
    parts.append(slab(wing, 0.2, at(cx, cy, cz - 0.16), 0))
    for k in range(9):  # the stripes round the cap and over the wings
        y = cy + 0.3 - 0.085 * k
        half = float(np.interp(y - cy, [-0.55, -0.3, 0.3], [0.46, 0.52, 0.28]))
        parts.append(box(2 * half + 0.005, 0.035, 0.205, at(cx, y, cz - 0.16), blue))
    cap = at(cx, cy + 0.08, cz - 0.1) @ scl(0.295, 0.305, 0.265)
    for k in range(5):  # blue stripes round the cap, from the brow up
        phi = np.radians(np.linspace(8 + 16 * k, 16 + 16 * k, 3))
        band = [(float(np.cos(p)), float(np.sin(p))) for p in phi]
        parts.append(lathe(band, cap, blue))
    for s in (-1, 1):  # the lappets falling in front of the shoulders
        x = s * 0.27
        lap = at(x, 0.45, cz + 0.12) @ rot("z", s * 4)
        parts.append(box(0.16, 0.42, 0.06, lap, 0))
        for k in range(6):
            parts.append(box(0.165, 0.03, 0.065, lap @ at(0, 0.04 + 0.065 * k, 0), blue))
    # the face
    parts.append(sphere(1.0, at(cx, cy - 0.04, cz + 0.06) @ scl(0.2, 0.27, 0.16), 0))
    parts.append(box(0.42, 0.05, 0.12, at(cx, cy + 0.15, cz + 0.04) @ rot("x", -8), 0))
    for s in (-1, 1):  # the ears
        parts.append(sphere(1.0, at(s * 0.2, cy, cz + 0.02) @ scl(0.04, 0.08, 0.04), 0))
    for s in (-1, 1):  # the eyes, lined in blue, and the brows
        eye = at(s * 0.085, cy + 0.04, cz + 0.2) @ rot("y", s * 18) @ rot("z", s * -6)
        parts.append(slab(_almond(0.052, 0.024), 0.02, eye, blue))
        parts.append(slab(_almond(0.04, 0.016), 0.02, eye @ at(0, 0, 0.006), "sclera"))
        parts.append(cylinder(0.012, 0.012, 0.02, eye @ at(0, 0.002, 0.0) @ _UP, "pupil"))
        parts.append(box(0.1, 0.014, 0.02, eye @ at(s * 0.05, -0.004, 0) @ rot("z", s * -8),
                         blue))  # the kohl line's tail # fmt: skip
        parts.append(box(0.13, 0.016, 0.03, eye @ at(0.0, 0.05, -0.004) @ rot("z", s * -8), blue))
    parts.append(sphere(1.0, at(cx, cy - 0.05, cz + 0.2) @ scl(0.035, 0.07, 0.04), 0))  # nose
    parts.append(sphere(1.0, at(cx, cy - 0.16, cz + 0.19) @ scl(0.06, 0.018, 0.025), 0))  # lips
    # the beard: a long braided plait under the chin, curling forward at its end
    beard = [(cx, cy - 0.26, cz + 0.14), (cx, cy - 0.38, cz + 0.15), (cx, cy - 0.5, cz + 0.17)]
    parts.append(tube(beard, [0.04, 0.042, 0.045], slot=0))
    for k in range(5):
        y = cy - 0.28 - 0.045 * k
        parts.append(torus(0.043, 0.01, at(cx, y, cz + 0.15 + 0.005 * k) @ rot("x", -10), blue))
    del rng
    return parts


# ---- 675 spellbook ----------------------------------------------------------------------------


def _spellbook(rng: Rng) -> list[Part]:
    """A thick ornate spellbook lying closed: heavy leather covers over a block of yellowed
    pages, metal caps on its corners, raised bands across its spine, a clasp over its fore edge
    and a glowing sigil of rings and a star on its cover."""
    W, D, T = 0.78, 1.02, 0.26  # width (x), depth (z), thickness
    c = 0.025  # a cover's thickness
    turn = rot("y", float(rng.uniform(-12, -6)))
    parts = [box(W * 0.96, T - 2 * c, D - 0.05, turn @ at(0.0, c, 0.0), "seed")]  # the pages
    for k in range(5):  # the pages' edges
        parts.append(box(W * 0.965, 0.004, D - 0.045, turn @ at(0, c + 0.03 + 0.04 * k, 0),
                         "cork"))  # fmt: skip
    parts.append(box(W + 0.04, c, D + 0.02, turn @ at(0.0, 0, 0), 0, "body"))
    parts.append(box(W + 0.04, c, D + 0.02, turn @ at(0.0, T - c, 0), 0))
    spine = turn @ at(-W / 2 - 0.02, T / 2, -D / 2 - 0.01) @ _UP @ scl(0.08, 1.0, T / 2 + 0.003)
    parts.append(cylinder(1.0, 1.0, D + 0.02, spine, 0))
    for z in (-0.35, -0.12, 0.12, 0.35):  # bands across the spine
        band = turn @ at(-W / 2 - 0.02, T / 2, z) @ _UP @ scl(0.09, 1.0, T / 2 + 0.012)
        parts.append(cylinder(1.0, 1.0, 0.035, band, 0))
    for sz in (-1, 1):  # the corner caps on the fore edge's corners
        for y in (0.0, T - c):
            cap = turn @ at(W / 2 - 0.04, y - 0.008, sz * (D / 2 - 0.05))
            parts.append(box(0.13, c + 0.016, 0.13, cap, 1))
        parts.append(box(0.13, T, 0.03, turn @ at(W / 2 - 0.045, 0, sz * (D / 2 + 0.005)), 1))
    # the clasp: a strap from the top cover over the fore edge to a lock plate
    parts.append(box(0.2, 0.012, 0.12, turn @ at(W / 2 - 0.08, T, 0), 1))
    parts.append(box(0.03, T + 0.024, 0.12, turn @ at(W / 2 + 0.03, -0.012, 0), 1))
    parts.append(box(0.025, 0.08, 0.06, turn @ at(W / 2 + 0.05, T / 2 - 0.04, 0), 1))
    # the glowing sigil on the cover: two rings, a six-pointed star and runes round it
    face = turn @ at(0.02, T + 0.002, 0.0)
    parts.append(box(W * 0.84, 0.006, D * 0.86, face, 1))
    parts.append(box(W * 0.8, 0.008, D * 0.82, face, 0))
    parts.append(hoop(0.27, 0.011, face @ at(0, 0.012, 0), "glow", around=40, section=4))
    parts.append(hoop(0.21, 0.008, face @ at(0, 0.012, 0), "glow", around=40, section=4))
    for k in range(2):  # two triangles: the star
        pts = [(0.2 * np.cos(a), 0.012, 0.2 * np.sin(a))
               for a in np.radians(90 + 60 * k + 120 * np.arange(4))]  # fmt: skip
        for a, b in pairwise(pts):
            parts.append(stick(a, b, 0.008, "glow").moved(face))
    for k in range(8):  # runes between the rings
        a = np.radians(22.5 + 45 * k)
        rune = face @ at(0.24 * np.cos(a), 0.012, 0.24 * np.sin(a)) @ rot("y", -np.degrees(a))
        parts.append(box(0.012, 0.008, 0.04, rune, "glow"))
    parts.append(sphere(0.04, face @ at(0, 0.01, 0) @ scl(1.0, 0.4, 1.0), "glow"))
    return parts


# ---- 676 wanted poster ------------------------------------------------------------------------


def _torn_sheet(w: float, h: float, rng: Rng):
    """A sheet's outline w × h centred on 0, its edges ragged and torn (bites at random)."""
    nx, ny = 14, 18
    jag = rng.uniform(-1.0, 1.0, 2 * (nx + ny))

    def outline(n: int) -> np.ndarray:
        pts = []
        edges = [((-w / 2, -h / 2), (w / 2, -h / 2), nx), ((w / 2, -h / 2), (w / 2, h / 2), ny),
                 ((w / 2, h / 2), (-w / 2, h / 2), nx), ((-w / 2, h / 2), (-w / 2, -h / 2), ny)]  # fmt: skip
        i = 0
        for (xa, ya), (xb, yb), m in edges:
            nrm = np.array([yb - ya, xa - xb]) / np.hypot(xb - xa, yb - ya)
            for t in np.linspace(0.0, 1.0, m, endpoint=False):
                p = np.array([xa + (xb - xa) * t, ya + (yb - ya) * t])
                pts.append(p + nrm * 0.012 * jag[i % len(jag)] - (0 if t else nrm * 0.02))
                i += 1
        return np.array(pts)

    return outline


def _wanted_poster(rng: Rng) -> list[Part]:
    """An old west WANTED poster: a torn-edged parchment sheet nailed to a board on a wooden
    post, WANTED across its top in big letters, a framed sketch of the outlaw's head and
    shoulders, lines of print and the reward in figures below."""
    wood = "cork"
    parts = [box(0.14, 1.5, 0.1, at(0, 0, -0.08), wood)]  # the post
    parts.append(box(1.0, 1.05, 0.04, at(0, 0.42, -0.02), wood))  # the board
    for k in range(1, 5):
        parts.append(box(0.005, 1.05, 0.042, at(-0.5 + 0.2 * k, 0.42, -0.02), "marking"))
    w, h = 0.78, 0.96
    face = at(0, 0.95, 0.012) @ rot("z", float(rng.uniform(-3, 3)))
    parts.append(slab(_torn_sheet(w, h, rng), 0.008, face, 0, "body"))
    ink = "marking"
    text = face @ at(0, 0, 0.006)
    parts += paint_text("WANTED", text @ at(0, 0.35, 0), 0.13, ink, 0.2)
    # the sketch: a frame round an outlaw's head and shoulders (a silhouette)
    frame = text @ at(0, 0.07, 0)
    for y, ww, hh in ((0.17, 0.36, 0.016), (-0.17, 0.36, 0.016)):
        parts.append(box(ww, hh, 0.004, frame @ at(0, y - hh / 2, 0), ink))
    for x in (-0.17, 0.17):
        parts.append(box(0.016, 0.34, 0.004, frame @ at(x, -0.17, 0), ink))
    parts.append(sphere(1.0, frame @ at(0, 0.03, 0) @ scl(0.06, 0.075, 0.002), ink))
    parts.append(slab([(-0.13, -0.16), (0.13, -0.16), (0.1, -0.07), (0.0, -0.04), (-0.1, -0.07)],
                      0.004, frame, ink))  # fmt: skip
    parts.append(box(0.2, 0.02, 0.004, frame @ at(0, 0.1, 0), ink))  # the hat's brim
    parts.append(box(0.11, 0.06, 0.004, frame @ at(0, 0.1, 0), ink))
    rows = [(-0.3, 0.3, -0.16), (-0.26, 0.26, -0.2), (-0.3, 0.22, -0.24)]
    parts.append(lines(text, rows, 0.014, 0.004, ink))
    parts += paint_text("$500", text @ at(0, -0.34, 0), 0.1, ink, 0.2)
    for x, y in ((-0.33, 0.42), (0.33, 0.42), (-0.33, -0.42), (0.33, -0.42)):  # the nails
        parts.append(cylinder(0.015, 0.015, 0.02, face @ at(x, y, 0.0) @ _UP, "steel"))
    return parts


# ---- 677 jetpack -----------------------------------------------------------------------------


def _rocket_flame(x: float, y: float, z: float, h: float) -> list[Part]:
    """A rocket's exhaust flame hanging down from (x, y, z), h long: a glowing core in a
    tapering sheath of fire."""
    outer = [(0.0, -h), (0.03, -h * 0.7), (0.07, -h * 0.3), (0.075, -0.02), (0.0, 0.0)]
    core = [(0.0, -h * 0.55), (0.04, -h * 0.3), (0.045, -0.02), (0.0, 0.0)]
    m = at(x, y, z)
    return [lathe(outer, m, "flame"), lathe(core, m @ at(0, -0.01, 0), "glow")]


def _jetpack(rng: Rng) -> list[Part]:
    """A rocket jetpack: two silver fuel tanks side by side with domed tops and bell nozzles at
    their feet shooting glowing flames, on a back plate with shoulder straps, a control arm
    with a grip and a button reaching forward at one side."""
    y0 = 0.42  # the tanks' bottoms
    parts = [box(0.5, 0.62, 0.06, at(0, y0 + 0.05, -0.16), 1, "")]  # the back plate
    for s in (-1, 1):
        x = s * 0.14
        tank = [(0.0, 0.0), (0.1, 0.0), (0.12, 0.04), (0.12, 0.5), (0.1, 0.6), (0.05, 0.65),
                (0.0, 0.66)]  # fmt: skip
        parts.append(lathe(tank, at(x, y0, 0), 0, "body" if s < 0 else ""))
        for y in (0.1, 0.42):  # the bands holding it
            parts.append(torus(0.122, 0.012, at(x, y0 + y, 0), 1))
        nozzle = [(0.0, 0.0), (0.085, 0.0), (0.075, 0.03), (0.04, 0.1), (0.05, 0.12), (0.0, 0.12)]
        parts.append(lathe(nozzle, at(x, y0 - 0.12, 0), "steel"))
        parts += _rocket_flame(x, y0 - 0.12, 0.0, y0 - 0.12 - 0.01)
        parts.append(sphere(0.03, at(x, y0 + 0.69, 0), 1))  # the valve on its top
        # a shoulder strap looping over the top to the wearer's side
        strap = [(x, y0 + 0.55, -0.19), (x, y0 + 0.75, -0.25), (x, y0 + 0.6, -0.42),
                 (x, y0 + 0.2, -0.42), (x, y0 + 0.05, -0.2)]  # fmt: skip
        parts.append(band(strap, 0.06, 0.014, (1, 0, 0), "cloth-dark"))
    parts.append(stick((-0.14, y0 + 0.3, 0), (0.14, y0 + 0.3, 0), 0.03, "steel"))
    # the control arm at the right side: out, then forward, a grip with a red button
    arm = [(0.2, y0 + 0.15, -0.15), (0.32, y0 + 0.12, -0.15), (0.36, y0 + 0.14, -0.35),
           (0.36, y0 + 0.16, -0.48)]  # fmt: skip
    parts.append(tube(arm, 0.022, slot=1))
    parts.append(cylinder(0.035, 0.035, 0.12, at(0.36, y0 + 0.16, -0.5) @ scl(1, 1, 1.2), 1))
    parts.append(cylinder(0.018, 0.018, 0.02, at(0.36, y0 + 0.28, -0.5), "card-red"))
    parts.append(box(0.07, 0.05, 0.1, at(-0.3, y0 + 0.2, -0.16), 1))  # a gauge box
    parts.append(cylinder(0.02, 0.02, 0.01, at(-0.3, y0 + 0.23, -0.11) @ _UP, "glow"))
    del rng
    return parts


# ---- 678 hoverboard ---------------------------------------------------------------------------


def _hoverboard(rng: Rng) -> list[Part]:
    """A futuristic hoverboard floating over the floor: a sleek rounded deck with no wheels, a
    glowing stripe round its rim and a grip pad on top, two glowing blue pads under it shining
    down in cones of light onto a pool of blue glow on the floor."""
    L, Wd, T = 1.3, 0.4, 0.07
    y = 0.32 + float(rng.uniform(0.0, 0.04))
    parts = [slab(rrect_outline(L, Wd, 0.19), T, at(0, y, 0) @ _FLAT, 0, "body")]
    parts.append(slab(rrect_outline(L + 0.03, Wd + 0.03, 0.2), T * 0.4,
                      at(0, y - T * 0.1, 0) @ _FLAT, "spark"))  # the glowing rim # fmt: skip
    parts.append(slab(rrect_outline(L * 0.8, Wd * 0.75, 0.12), 0.012,
                      at(0, y + T / 2, 0) @ _FLAT, "cloth-dark"))  # the grip # fmt: skip
    parts.append(slab(rrect_outline(L * 0.55, 0.04, 0.02), 0.016, at(0, y + T / 2 + 0.002, 0)
                      @ _FLAT, 1))  # a stripe down the grip # fmt: skip
    for s in (-1, 1):  # the pads under it and their light
        x = s * 0.4
        parts.append(cylinder(0.12, 0.14, 0.04, at(x, y - T / 2 - 0.04, 0), 1))
        parts.append(cylinder(0.1, 0.1, 0.02, at(x, y - T / 2 - 0.055, 0), "spark"))
        cone = [(0.0, 0.0), (0.2, 0.0), (0.1, y - T / 2 - 0.06), (0.0, y - T / 2 - 0.06)]
        parts.append(lathe(cone, at(x, 0.01, 0), "membrane"))
        parts.append(cylinder(0.2, 0.2, 0.006, at(x, 0.0, 0) @ scl(1.0, 1.0, 0.9), "spark"))
    parts.append(cylinder(1.0, 1.0, 0.004, scl(0.8, 1.0, 0.34), "plume"))
    parts.append(torus(1.0, 0.01, at(0, 0.004, 0) @ scl(0.8, 1.0, 0.34), "spark"))
    return parts


# ---- 679 teleporter ---------------------------------------------------------------------------


def _teleporter(rng: Rng) -> list[Part]:
    """A sci-fi teleporter pad: a round stepped metal platform with glowing rings set in its
    floor, a ring of light posts round its rim and a shimmering column of light rising from it
    in bright strands and hovering rings."""
    R, h = 0.75, 0.14
    base = [(0.0, 0.0), (R + 0.08, 0.0), (R + 0.08, 0.06), (R, 0.07), (R, h), (0.0, h)]
    parts = [lathe(base, None, 0, "body")]
    for r in (0.18, 0.36, 0.54):
        parts.append(torus(r, 0.018, at(0, h, 0), "spark"))
    parts.append(cylinder(0.08, 0.08, 0.01, at(0, h, 0), "spark"))
    for k in range(6):  # the light posts
        a = np.radians(30 + 60 * k)
        x, z = (R - 0.06) * np.cos(a), (R - 0.06) * np.sin(a)
        parts.append(cylinder(0.045, 0.035, 0.42, at(x, h, z), 1))
        parts.append(cylinder(0.03, 0.03, 0.12, at(x, h + 0.42, z), "spark"))
        parts.append(sphere(0.03, at(x, h + 0.54, z), 1))
    # the column of light: strands of light round a faint shell, rings floating up it
    parts.append(cylinder(0.5, 0.42, 1.15, at(0, h, 0), "membrane"))
    for k in range(10):
        a = np.radians(36 * k + float(rng.uniform(-8, 8)))
        r = 0.44
        top = float(rng.uniform(0.7, 1.1))
        parts.append(tube([(r * np.cos(a), h, r * np.sin(a)),
                           (r * 0.95 * np.cos(a + 0.15), h + top, r * 0.95 * np.sin(a + 0.15))],
                          [0.012, 0.0], slot="spark"))  # fmt: skip
    for k, y in enumerate((0.35, 0.65, 0.95, 1.2)):
        parts.append(torus(0.47 - 0.03 * k, 0.01, at(0, h + y, 0), "spark"))
    for _ in range(10):  # motes of light
        a, r = rng.uniform(0, 2 * np.pi), rng.uniform(0.05, 0.35)
        c = at(r * np.cos(a), h + rng.uniform(0.2, 1.1), r * np.sin(a))
        parts.append(sphere(0.02, c, "spark"))
    return parts


# ---- 680 laser sword --------------------------------------------------------------------------


def _laser_sword(rng: Rng) -> list[Part]:
    """A sci-fi energy sword standing on its hilt: a metal hilt with a ribbed grip, a button
    and an emitter collar, and a long glowing blade of light rising from it."""
    lean = rot("z", float(rng.uniform(-4, 4)))
    hilt = [(0.0, 0.0), (0.05, 0.0), (0.055, 0.03), (0.045, 0.05), (0.045, 0.26), (0.055, 0.28),
            (0.055, 0.33), (0.065, 0.36), (0.065, 0.39), (0.045, 0.4), (0.0, 0.4)]  # fmt: skip
    parts = [lathe(hilt, lean, 0, "body")]
    for k in range(7):  # the grip's ribs
        parts.append(torus(0.047, 0.008, lean @ at(0, 0.07 + 0.028 * k, 0), 1))
    parts.append(box(0.03, 0.05, 0.03, lean @ at(0, 0.29, 0.05), "card-red"))  # the button
    parts.append(box(0.02, 0.08, 0.02, lean @ at(0.05, 0.28, 0), 1))
    parts.append(torus(0.058, 0.008, lean @ at(0, 0.36, 0), 1))
    blade = [(0.0, 0.0), (0.042, 0.0), (0.042, 1.15), (0.03, 1.19), (0.0, 1.2)]
    parts.append(lathe(blade, lean @ at(0, 0.39, 0), "glow"))
    return parts


# ---- 681 flying carpet ------------------------------------------------------------------------


def _flying_carpet(rng: Rng) -> list[Part]:
    """A magic carpet floating over the ground in gentle waves: a rectangular rug with a
    patterned border and a medallion in its field, tassels along both ends, its shadow on the
    ground below."""
    L, W, y0 = 1.4, 0.85, 0.38
    phase = float(rng.uniform(-0.2, 0.2))

    def ripple(x):
        return y0 + 0.05 * np.cos(2 * np.pi * x / 0.7 + phase) + 0.03 * x

    xs = np.linspace(-L / 2, L / 2, 13)
    path = [(x, ripple(x), 0.0) for x in xs]
    parts = [band(path, W, 0.02, (0, 0, 1), 0, "body")]
    # the border: a band near each edge and a thin line inside it
    for s in (-1, 1):
        edge = [(x, ripple(x) + 0.011, s * (W / 2 - 0.06)) for x in xs[1:-1]]
        parts.append(band(edge, 0.07, 0.006, (0, 0, 1), 1))
        inner = [(x, ripple(x) + 0.013, s * (W / 2 - 0.13)) for x in xs[1:-1]]
        parts.append(band(inner, 0.02, 0.006, (0, 0, 1), "card-red"))
    for s in (-1, 1):
        x = s * (L / 2 - 0.09)
        end = [(x, ripple(x) + 0.012, z) for z in np.linspace(-W / 2 + 0.02, W / 2 - 0.02, 4)]
        parts.append(band(end, 0.07, 0.006, (1, 0, 0), 1))
    for x in (-0.35, 0.0, 0.35):  # medallions on the crests and troughs
        yy = ripple(x) + 0.013
        big = 0.16 if x == 0 else 0.1
        diamond = [(0.0, big), (big * 0.8, 0.0), (0.0, -big), (-big * 0.8, 0.0)]
        parts.append(slab(diamond, 0.006, at(x, yy, 0) @ _FLAT, 1))
        parts.append(slab([(p * 0.55, q * 0.55) for p, q in diamond], 0.006,
                          at(x, yy + 0.003, 0) @ _FLAT, "card-red"))  # fmt: skip
    for s in (-1, 1):  # the tassels hanging from both ends
        x = s * L / 2
        for z in np.linspace(-W / 2 + 0.05, W / 2 - 0.05, 8):
            a = v3(x, ripple(x), z)
            b = a + v3(s * 0.08, -0.05, 0)
            parts.append(tube([a, b], [0.01, 0.006], slot=1))
            parts.append(sphere(0.018, at(*b) @ scl(1.0, 1.4, 1.0), 1))
    # its shadow on the ground
    parts.append(slab(rrect_outline(L * 0.95, W * 0.9, 0.2), 0.004, at(0, 0.002, 0) @ _FLAT,
                      "marking"))  # fmt: skip
    return parts


# ---- 682 gravestone ---------------------------------------------------------------------------


def _gravestone(rng: Rng) -> list[Part]:
    """A rounded-top stone headstone standing in a patch of grass, an engraved cross and lines
    of an inscription cut in its face, a chipped corner and moss at its foot, a few flowers
    laid before it."""
    w, h, d = 0.62, 0.95, 0.14
    parts = [slab(rrect_outline(1.1, 0.85, 0.25), 0.05, at(0, 0.0, 0.1) @ _FLAT, "vine")]
    lean = (
        at(0, 0.02, 0) @ rot("x", float(rng.uniform(-4, -1))) @ rot("z", float(rng.uniform(-2, 2)))
    )
    parts.append(slab(headstone(w, h), d, lean, 0, "body"))
    parts.append(box(w + 0.1, 0.06, d + 0.1, at(0, 0.02, 0), 0))  # its plinth
    face = lean @ at(0, 0, d / 2)
    parts.append(slab(headstone(w - 0.08, h - 0.06), 0.004, face @ at(0, 0.04, 0), "marking"))
    parts.append(slab(headstone(w - 0.11, h - 0.09), 0.006, face @ at(0, 0.055, 0.001), 0))
    parts.append(box(0.035, 0.24, 0.006, face @ at(0, 0.55, 0.002), "marking"))  # the cross
    parts.append(box(0.15, 0.035, 0.006, face @ at(0, 0.7, 0.002), "marking"))
    rows = [(-0.18, 0.18, 0.44), (-0.14, 0.14, 0.38), (-0.2, 0.2, 0.3), (-0.16, 0.16, 0.24),
            (-0.1, 0.1, 0.17)]  # fmt: skip
    parts.append(lines(face, rows, 0.022, 0.007, "marking"))
    chip = lean @ at(w / 2 - 0.04, h - 0.2, d / 2 - 0.02) @ rot("z", 30)
    parts.append(box(0.06, 0.05, 0.05, chip, "marking"))
    for x, z in ((-0.28, 0.08), (0.3, 0.07), (-0.2, -0.08), (0.24, -0.08)):  # moss and tufts
        parts.append(sphere(1.0, at(x, 0.05, z) @ scl(0.06, 0.04, 0.05), "vine"))
    for _ in range(26):  # blades of grass round its foot
        x, z = rng.uniform(-0.5, 0.5), rng.uniform(-0.3, 0.5)
        if abs(x) < 0.36 and abs(z) < 0.14:
            continue
        tip = (x + rng.uniform(-0.03, 0.03), 0.1 + rng.uniform(0, 0.06), z)
        parts.append(tube([(x, 0.02, z), tip], [0.012, 0.0], slot="vine"))
    for k in range(3):  # the flowers laid before it
        x = -0.12 + 0.1 * k
        stalk = [(x + 0.02, 0.04, 0.45), (x, 0.05, 0.3), (x - 0.01, 0.07, 0.16)]
        parts.append(tube(stalk, 0.008, slot="vine"))
        head = ("card-red", "snow", "fruit-yellow")[k]
        parts.append(sphere(1.0, at(x - 0.01, 0.08, 0.15) @ scl(0.04, 0.03, 0.04), head))
        parts.append(sphere(0.015, at(x - 0.01, 0.105, 0.15), "fruit-yellow"))
    return parts


# ---- 683 geode --------------------------------------------------------------------------------


def _geode_half(m: np.ndarray, r: float, rng: Rng) -> list[Part]:
    """Half a geode under ``m``: a rough grey rock shell (a hemisphere bulging toward -z) cut
    flat at z = 0, its rim of banded agate and a hollow lined with pointed purple crystals."""
    prof = [(0.0, 0.0), (r * 0.75, 0.03 * r), (r * 0.98, 0.32 * r), (r * 1.02, 0.58 * r),
            (r * 0.9, 0.8 * r), (r * 0.6, 0.96 * r), (0.0, r)]  # fmt: skip
    rock = m @ rot("x", -90)  # the lathe's +y now runs toward -z (away from the cut face)
    parts = [lathe(prof, rock, 0, "body", sides=9)]
    parts.append(cylinder(r * 0.98, r * 0.98, 0.02, m @ _UP @ at(0, -0.01, 0), "snow"))
    parts.append(cylinder(r * 0.88, r * 0.88, 0.024, m @ _UP @ at(0, -0.01, 0), "stones"))
    parts.append(cylinder(r * 0.8, r * 0.8, 0.028, m @ _UP @ at(0, -0.01, 0), "snow"))
    hollow = [(0.0, 0.0), (r * 0.72, 0.0), (r * 0.6, 0.35 * r), (r * 0.3, 0.55 * r), (0.0, 0.6 * r)]
    parts.append(lathe(hollow, m @ rot("x", -90) @ at(0, -0.02, 0), "pupil"))
    parts.append(cylinder(r * 0.74, r * 0.74, 0.032, m @ _UP @ at(0, -0.01, 0), "pupil"))
    # crystals: rings of six-sided points growing inward from the hollow's wall
    for ring, (rr, n) in enumerate(((0.62, 14), (0.45, 10), (0.26, 6), (0.0, 1))):
        for i in range(n):
            a = 2 * np.pi * (i + 0.5 * ring) / n
            base = v3(rr * r * np.cos(a), rr * r * np.sin(a), 0.02)
            tip = v3(0.55 * rr * r * np.cos(a), 0.55 * rr * r * np.sin(a), 0.1 + 0.04 * ring)
            tip += v3(*rng.uniform(-0.02, 0.02, 3))
            size = float(rng.uniform(0.04, 0.06))
            d = tip - base
            length = float(np.linalg.norm(d))
            prism = [(0.0, 0.0), (size, 0.0), (size, length * 0.55), (0.0, length)]
            parts.append(lathe(prism, m @ at(*base) @ align(d), 1, sides=6))
    return parts


def _geode(rng: Rng) -> list[Part]:
    """A cracked-open geode: a rough grey rock split in two, one half standing upright to show
    its hollow lined with pointed purple crystals inside a pale agate rim, the other half lying
    open face up beside it."""
    r = 0.42
    up = at(-0.2, r * 0.95, -0.1) @ rot("y", 12)
    parts = _geode_half(up, r, rng)
    lying = at(0.45, 0.36, 0.25) @ rot("y", -20) @ rot("x", -70)
    parts += _geode_half(lying @ scl(0.85), r, rng)
    return parts


MORE_APPLIANCES_ZJ = {
    672: _covered_wagon, 673: _drawbridge, 674: _pharaoh_mask, 675: _spellbook,
    676: _wanted_poster, 677: _jetpack, 678: _hoverboard, 679: _teleporter, 680: _laser_sword,
    681: _flying_carpet, 682: _gravestone, 683: _geode,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
