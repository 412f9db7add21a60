"""More of the device family's appliances, from 766: a shipwreck, a business suit, a stovetop
percolator, a snuffbox, a finger, a bunch of rhubarb, a leather journal, a koala on a tree, a
sloth under a branch, a moth on bark.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._primitives import DIAMOND, HEXAGON, box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZS"]

Rng = np.random.Generator


def _rounded_rect(w: float, d: float, r: float) -> list[tuple[float, float]]:
    """Control points of a rectangle w × d with corners rounded by about r."""
    hw, hd = w / 2, d / 2
    return [(-hw + r, -hd), (hw - r, -hd), (hw, -hd + r), (hw, hd - r), (hw - r, hd),
            (-hw + r, hd), (-hw, hd - r), (-hw, -hd + r)]  # fmt: skip


def _shaggy(n: int, depth: float, seed: int) -> np.ndarray:
    """A ragged round cross-section of n points (fur, fuzz): radius 1 give or take depth."""
    fixed = np.random.default_rng(seed)
    a = np.arange(n) * 2 * np.pi / n
    r = 1.0 - depth * (np.arange(n) % 2) - fixed.uniform(0, depth * 0.5, n)
    return np.stack([r * np.cos(a), r * np.sin(a)], 1)


def _rect_shape(hw: float, ht: float, angle: float = 0.0) -> np.ndarray:
    """A rectangle 2hw × 2ht turned by angle (radians): a plank's or a strap's section."""
    c, s = np.cos(angle), np.sin(angle)
    pts = np.array([(hw, ht), (-hw, ht), (-hw, -ht), (hw, -ht)])
    return pts @ np.array([[c, s], [-s, c]])


# ---- 766 shipwreck ----------------------------------------------------------------------------

_HULL = (0.3, 0.34, 0.78)
"""The hull's half beam, depth and half length."""


def _hull_w(s: float) -> float:
    """The hull's half beam at s, from the stern (-1, blunt) to the bow (1, pointed)."""
    W = _HULL[0]
    return W * max(1 - s * s, 0.0) ** 0.55 if s > 0 else W * (1 - 0.4 * s * s)


def _hull_pt(s: float, t: float) -> np.ndarray:
    """A point on the hull: s from stern (-1) to bow (1), t round the girth from the port
    gunwale (-1) over the keel (0) to the starboard gunwale (1); the deck line is y = 0."""
    _, D, L = _HULL
    d = D * (1 - 0.3 * s * s)
    phi = t * np.pi / 2
    w = _hull_w(s)
    return np.array([w * np.sin(phi), 0.1 * s * s * abs(np.sin(phi)) - d * np.cos(phi), s * L])


def _moved(m: np.ndarray, p) -> np.ndarray:
    """The point p placed by the matrix m."""
    return m[:3, :3] @ np.asarray(p, dtype=float) + m[:3, 3]


def _strake(hull: np.ndarray, t: float, s0: float, s1: float) -> Part:
    """One plank of the hull at girth t from s0 to s1 (tapering toward the ends)."""
    phi = t * np.pi / 2
    g = (-_HULL[0] * np.cos(phi), -_HULL[1] * np.sin(phi))
    shape = _rect_shape(0.026, 0.008, float(np.arctan2(g[1], g[0])))
    span = np.linspace(s0, s1, max(3, round((s1 - s0) * 3) + 1))
    return tube([_hull_pt(s, t) for s in span], [0.55 + 0.45 * (1 - s * s) for s in span], hull, 0,
                shape=shape)  # fmt: skip


def _shipwreck(rng: Rng) -> list[Part]:
    """A shipwreck: a wooden sailing ship's hull heeled far over and half sunk in a mound of sand
    (the second material), its keel toward the viewer, planks torn from its raised side so the
    ribs show and stick up, the main mast snapped off short, the fore mast fallen across the
    hull onto the sand with a torn sail draped over it, seaweed and rocks round it."""
    sand = [(0.0, 0.0), (1.0, 0.0), (0.88, 0.07), (0.5, 0.15), (0.0, 0.17)]
    parts = [lathe(sand, scl(1.0, 1.0, 0.85), 1, "body")]
    hull = at(0.05, 0.33, -0.1) @ rot("y", -22) @ rot("x", -9) @ rot("z", 56)
    lo, hi = -0.25 + float(rng.uniform(-0.05, 0.05)), 0.35 + float(rng.uniform(-0.05, 0.05))
    for k, t in enumerate(np.linspace(0.1, 1.0, 9)):  # the strakes, a hole torn in the raised side
        parts.append(_strake(hull, -t, -0.97, 0.97))
        if k < 4:
            parts.append(_strake(hull, t, -0.97, 0.97))
            continue
        bite = (k - 3) / 5
        parts.append(_strake(hull, t, -0.97, lo - 0.1 * bite * ((k % 2) + 0.5)))
        parts.append(_strake(hull, t, hi + 0.12 * bite * (((k + 1) % 2) + 0.3), 0.97))
    for s in np.linspace(-0.85, 0.8, 11):  # the ribs, bare where the planks are gone
        pts = [_hull_pt(s, t) * (0.96, 0.97, 1.0) for t in np.linspace(-1, 1, 6)]
        if lo - 0.1 < s < hi + 0.1:
            pts.append(pts[-1] + (0.03, 0.09, 0.0))
        parts.append(tube(pts, 0.015, hull, 0, shape=HEXAGON))
    keel = [_hull_pt(s, 0.0) - (0, 0.02, 0) for s in np.linspace(-1, 0.95, 6)]
    keel += [(0.0, -0.05, 0.84), (0.0, 0.2, 0.9)]  # the stem
    parts.append(tube(keel, 0.03, hull, 0, shape=HEXAGON))
    for side in (-1, 1):  # the gunwales
        s1 = lo - 0.05 if side > 0 else 0.97
        parts.append(tube([_hull_pt(s, side) for s in np.linspace(-0.97, s1, 6)], 0.018, hull, 0,
                          shape=HEXAGON))  # fmt: skip
    parts.append(tube([_hull_pt(s, 1) for s in np.linspace(hi + 0.1, 0.97, 4)], 0.018, hull, 0,
                      shape=HEXAGON))  # fmt: skip
    stern = [tuple(_hull_pt(-0.97, t)[:2]) for t in np.linspace(-1, 1, 9)]
    parts.append(slab(sharp(stern), 0.03, hull @ at(0, 0, -0.757), 0))  # the transom
    for j, x in enumerate(np.linspace(-0.24, 0.24, 9)):  # the deck, broken through
        a = abs(x) + 0.02
        s0 = -min(0.97, np.sqrt(max(1 - a / _HULL[0], 0.0) / 0.4))
        s1 = np.sqrt(max(1 - (a / _HULL[0]) ** (1 / 0.55), 0.0))
        runs = (
            [(s0, s1)]
            if j not in (3, 4, 5)
            else [(s0, -0.35 + 0.08 * (j % 2)), (0.2 + 0.1 * (j % 2), s1)]
        )
        for r0, r1 in runs:
            span = np.linspace(r0, r1, 4)
            pts = [(x, -0.03 + 0.08 * s * s, s * _HULL[2]) for s in span]
            parts.append(tube(pts, 1.0, hull, 0, shape=_rect_shape(0.026, 0.008)))
    # the main mast snapped off short, splinters at its top, and its yard
    parts.append(tube([(0, -0.25, 0.02), (0, 0.36, 0.02)], 0.045, hull, 0))
    for k in range(6):
        a = k * 1.05 + float(rng.uniform(0, 0.4))
        b = (0.03 * np.cos(a), 0.34, 0.02 + 0.03 * np.sin(a))
        tip = (0.035 * np.cos(a), 0.42 + 0.05 * (k % 3), 0.02 + 0.035 * np.sin(a))
        parts.append(tube([b, tip], [0.014, 0.0], hull, 0, shape=HEXAGON))
    ya, yb = _moved(hull, (0, 0.26, -0.3)), _moved(hull, (0, 0.26, 0.34))
    parts.append(stick(tuple(ya), tuple(yb), 0.022, 0))  # the yard
    # the fore mast fallen across the hull onto the sand
    fa, fb = _moved(hull, (0.0, 0.02, 0.62)), np.array([-0.62, 0.14, 0.62])
    fa = fa + (fa - fb) * 0.25
    parts.append(stick(tuple(fa), tuple(fb), 0.035, 0))
    fy = fa + (fb - fa) * 0.7
    parts.append(stick(tuple(fy + v3(-0.2, 0.02, -0.22)), tuple(fy + v3(0.22, 0.0, 0.22)), 0.02, 0))
    d = fb - fa  # a torn sail draped over it
    p = fa + d * 0.45 + (0, 0.02, 0)
    yaw = np.degrees(np.arctan2(-d[2], d[0]))
    rag = [(-0.17, 0.0), (0.17, 0.0), (0.16, -0.12), (0.11, -0.08), (0.07, -0.19), (0.02, -0.1),
           (-0.04, -0.16), (-0.09, -0.09), (-0.15, -0.14)]  # fmt: skip
    for s in (-1, 1):
        parts.append(slab(sharp(rag), 0.006, at(*p) @ rot("y", yaw) @ rot("x", s * 50)
                          @ scl(1.0, 0.8 + 0.3 * (s > 0), 1.0), "pages"))  # fmt: skip
    for k in range(8):  # seaweed
        ang = k * 2.4 + float(rng.uniform(0, 0.4))
        r = 0.5 + 0.3 * ((k * 0.37) % 1)
        x, z = r * np.cos(ang), r * np.sin(ang) * 0.85
        h = 0.22 + 0.2 * ((k * 0.61) % 1)
        y = 0.17 * (1 - r * r) + 0.02
        pts = [(x + 0.04 * np.sin(j * 1.7 + k), y + h * j / 4, z + 0.03 * np.cos(j * 1.3))
               for j in range(5)]  # fmt: skip
        parts.append(tube(pts, [0.018, 0.015, 0.012, 0.008, 0.0], None, "vine", shape=HEXAGON))
    for k in range(4):  # rocks
        ang = k * 1.9 + 0.8
        r = 0.68 + 0.12 * (k % 2)
        parts.append(sphere(1.0, at(r * np.cos(ang), 0.06, 0.85 * r * np.sin(ang))
                            @ scl(0.1, 0.07, 0.08), "stones"))  # fmt: skip
    return parts


# ---- 767 suit ---------------------------------------------------------------------------------

_SUIT_SECTION = np.array(
    [(np.sign(c) * abs(c) ** 0.6, 0.55 * np.sign(s) * abs(s) ** 0.6)
     for c, s in ((np.cos(a), np.sin(a)) for a in np.arange(20) * np.pi / 10)]
)  # fmt: skip
"""A squarish cross-section, half as deep as wide: a jacket's torso."""


def _suit(rng: Rng) -> list[Part]:
    """A man's two-piece business suit standing as if on an invisible body: a jacket with notched
    lapels open in a V over a white shirt and a tie, two buttons, flap pockets and a breast
    pocket square, sleeves hanging with white cuffs; creased trousers below."""
    prof = [(0.0, 0.76), (0.22, 0.76), (0.215, 0.85), (0.2, 1.0), (0.22, 1.2), (0.245, 1.38),
            (0.25, 1.46), (0.2, 1.515), (0.1, 1.535), (0.0, 1.54)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body", shape=_SUIT_SECTION)]
    parts.append(cylinder(0.075, 0.072, 0.07, at(0, 1.49, -0.005), "snow"))  # the shirt collar
    parts.append(cylinder(0.064, 0.064, 0.012, at(0, 1.552, -0.005), "marking"))  # the neck
    zf = 0.133  # the chest's front
    m = at(0, 1.3, zf) @ rot("x", 4) @ at(0, -1.3, 0)
    parts.append(slab(sharp([(-0.085, 1.5), (0.085, 1.5), (0.0, 1.12)]), 0.01, m, "snow"))
    parts.append(slab(sharp([(-0.02, 1.47), (0.02, 1.47), (0.014, 1.43), (-0.014, 1.43)]),
                      0.02, m @ at(0, 0, 0.006), 1))  # the tie's knot # fmt: skip
    parts.append(slab(sharp([(-0.012, 1.43), (0.012, 1.43), (0.03, 1.18), (0.0, 1.15),
                                (-0.03, 1.18)]), 0.012, m @ at(0, 0, 0.006), 1))  # fmt: skip
    for s in (-1, 1):  # the lapels and collar
        lapel = [(0.0, 1.1), (s * 0.035, 1.1), (s * 0.165, 1.39), (s * 0.09, 1.385),
                 (s * 0.078, 1.38)]  # fmt: skip
        parts.append(slab(sharp(lapel), 0.014, m @ at(0, 0, 0.012), 0))
        collar = [(s * 0.082, 1.395), (s * 0.13, 1.41), (s * 0.15, 1.5), (s * 0.1, 1.53)]
        parts.append(slab(sharp(collar), 0.014, m @ at(0, 0, 0.012), 0))
        # the sleeve, its white cuff and open end
        top, low = (s * 0.235, 1.44, 0.0), (s * 0.285, 0.88, 0.03)
        parts.append(tube([top, (s * 0.27, 1.15, 0.0), low], [0.075, 0.068, 0.06], None, 0))
        parts.append(cylinder(0.052, 0.052, 0.05, at(s * 0.287, 0.84, 0.03), "snow"))
        parts.append(cylinder(0.045, 0.045, 0.01, at(s * 0.288, 0.835, 0.03), "marking"))
        # the hip pocket flaps
        parts.append(box(0.13, 0.035, 0.02, at(s * 0.125, 0.9, 0.12) @ rot("y", -s * 12), 0))
        # the trouser leg and its crease
        x = s * 0.1
        parts.append(tube([(x, 0.85, 0.0), (s * 0.105, 0.4, 0.0), (s * 0.11, 0.0, 0.0)],
                          [0.095, 0.085, 0.08], None, 0))  # fmt: skip
        parts.append(box(0.012, 0.76, 0.012, at(s * 0.105, 0.02, 0.078) @ rot("x", 0.6), 0))
    parts.append(box(0.24, 0.12, 0.17, at(0, 0.72, 0), 0))  # the seat
    for y in (1.05, 0.93):  # the buttons
        parts.append(cylinder(0.014, 0.014, 0.012, at(0.0, y, 0.128) @ rot("x", 90), 3))
    parts.append(box(0.008, 0.32, 0.008, at(0.0, 0.76, 0.123), 3))  # the closing edge
    parts.append(box(0.1, 0.012, 0.012, at(0.13, 1.28, 0.132) @ rot("y", 8), 0))  # breast pocket
    parts.append(slab(sharp([(0.0, 0.0), (0.06, 0.0), (0.03, 0.03), (0.012, 0.02)]), 0.008,
                      at(0.11, 1.29, 0.128) @ rot("y", 8), "snow"))  # fmt: skip
    return parts


# ---- 768 percolator ---------------------------------------------------------------------------


def _percolator(rng: Rng) -> list[Part]:
    """A stovetop coffee percolator: a tall metal pot tapering upward from a flared foot, a
    short spout high on one side, a side handle, a domed lid topped by a clear glass knob with
    the pump tube showing inside it."""
    prof = [(0.0, 0.0), (0.29, 0.0), (0.31, 0.02), (0.3, 0.05), (0.27, 0.12), (0.24, 0.5),
            (0.21, 0.82), (0.215, 0.86), (0.0, 0.86)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body")]
    parts.append(torus(0.275, 0.012, at(0, 0.1, 0), 0))
    parts.append(torus(0.213, 0.014, at(0, 0.84, 0), 0))
    lid = [(0.0, 0.86), (0.205, 0.86), (0.19, 0.9), (0.13, 0.95), (0.07, 0.97), (0.0, 0.97)]
    parts.append(lathe(lid, None, 0))
    parts.append(cylinder(0.07, 0.065, 0.03, at(0, 0.96, 0), 0))
    parts.append(lathe([(0.0, 0.985), (0.062, 0.985), (0.06, 1.04), (0.035, 1.075), (0.0, 1.085)],
                       None, "pane"))  # the glass knob # fmt: skip
    parts.append(cylinder(0.012, 0.012, 0.1, at(0, 0.96, 0), "steel"))  # the pump tube
    parts.append(sphere(0.022, at(0, 1.06, 0) @ scl(1, 0.5, 1), "steel"))
    d = np.array([-1.0, 0.0, 1.0]) / np.sqrt(2)  # the spout, toward the viewer's left
    sp = [0.19 * d + (0, 0.6, 0), 0.27 * d + (0, 0.7, 0), 0.34 * d + (0, 0.8, 0),
          0.37 * d + (0, 0.84, 0)]  # fmt: skip
    parts.append(tube(sp, [0.06, 0.045, 0.03, 0.026], None, 0))
    h = -d  # the handle, opposite
    for y in (0.72, 0.3):  # its brackets
        r = 0.21 + 0.03 * (y - 0.82) / -0.7
        parts.append(stick(tuple(h * r + (0, y, 0)), tuple(h * (r + 0.1) + (0, y, 0)), 0.018, 0))
    grip = [h * 0.31 + (0, 0.76, 0), h * 0.37 + (0, 0.62, 0), h * 0.38 + (0, 0.44, 0),
            h * 0.35 + (0, 0.28, 0)]  # fmt: skip
    parts.append(tube(grip, 0.035, None, 1))
    return parts


# ---- 769 snuffbox -----------------------------------------------------------------------------


def _bead(r: float, m: np.ndarray, slot=0) -> Part:
    """A small bead of radius r (few triangles: an ornament's beading)."""
    return lathe([(0.0, -r), (r, 0.0), (0.0, r)], m, slot, sides=7)


def _snuffbox(rng: Rng) -> list[Part]:
    """An ornate snuffbox: a small flat gold box on four bun feet, enamel panels framed round
    its sides, its hinged lid lifted a little to show the snuff inside; on the lid a raised
    border, corner scrolls and an oval cameo of a white profile head in a beaded frame."""
    w, d, h, y0 = 1.0, 0.68, 0.13, 0.05
    flat = rot("x", -90)
    body = _rounded_rect(w, d, 0.1)
    parts = [slab(body, h, at(0, y0 + h / 2, 0) @ flat, 0, "body")]
    parts.append(slab(_rounded_rect(w + 0.03, d + 0.03, 0.11), 0.025, at(0, y0 + 0.0125, 0) @ flat))
    parts.append(slab(_rounded_rect(w - 0.06, d - 0.06, 0.07), 0.006,
                      at(0, y0 + h, 0) @ flat, "soil"))  # the snuff # fmt: skip
    for sx in (-1, 1):  # the feet
        for sz in (-1, 1):
            parts.append(sphere(1.0, at(sx * 0.42, 0.04, sz * 0.27) @ scl(0.06, 0.045, 0.06)))
    for z, yaw, pw in ((d / 2, 0, 0.7), (-d / 2, 180, 0.7), (0, 90, 0.38), (0, -90, 0.38)):
        x = 0 if yaw in (0, 180) else (w / 2 if yaw == 90 else -w / 2)
        m = at(x, y0 + 0.03, z) @ rot("y", yaw)
        parts.append(slab(_rounded_rect(pw, 0.06, 0.025), 0.012, m @ at(0, 0.04, 0.008), 1))
        for y in (0.004, 0.076):  # its gold frame
            parts.append(tube([(-pw / 2 - 0.01, y, 0.012), (pw / 2 + 0.01, y, 0.012)], 0.008, m, 0))
    # the lid, hinged along the back and lifted a little
    lift = 9 + float(rng.uniform(-2, 2))
    lid = at(0, y0 + h + 0.004, -d / 2) @ rot("x", -lift) @ at(0, 0, d / 2)
    parts.append(slab(_rounded_rect(w + 0.02, d + 0.02, 0.11), 0.045, lid @ at(0, 0.0225, 0)
                      @ flat, 0))  # fmt: skip
    parts.append(cylinder(0.022, 0.022, w - 0.2, at(-(w - 0.2) / 2, y0 + h, -d / 2 - 0.01)
                          @ rot("z", -90), 0))  # the hinge # fmt: skip
    top = lid @ at(0, 0.045, 0)
    parts.append(slab(_rounded_rect(w - 0.1, d - 0.1, 0.08), 0.012, top @ flat, 0))
    ring = [(p[0], 0.006, p[1]) for p in _rounded_rect(w - 0.08, d - 0.08, 0.09)]
    parts.append(tube([*ring, ring[0]], 0.014, top, 0))  # the raised border
    parts.append(cylinder(1.0, 1.0, 0.02, top @ scl(0.24, 1.0, 0.18), 1))  # the cameo
    parts.append(torus(1.0, 0.05, top @ at(0, 0.012, 0) @ scl(0.25, 0.4, 0.19), 0))
    for k in range(26):  # its beaded frame
        a = 2 * np.pi * k / 26
        parts.append(_bead(0.014, top @ at(0.275 * np.cos(a), 0.015, 0.21 * np.sin(a))))
    head = [(0.0, 0.12), (0.05, 0.11), (0.07, 0.07), (0.075, 0.035), (0.1, 0.0), (0.075, -0.012),
            (0.082, -0.045), (0.055, -0.07), (0.04, -0.13), (-0.07, -0.13), (-0.04, -0.06),
            (-0.085, 0.0), (-0.07, 0.08)]  # fmt: skip
    parts.append(slab(head, 0.02, top @ at(0, 0.025, 0) @ flat, "snow"))
    for sx in (-1, 1):  # scrolls in the corners, and leaves between them
        for sz in (-1, 1):
            c = top @ at(sx * 0.37, 0.012, sz * 0.21)
            parts.append(torus(0.04, 0.009, c, 0))
            parts.append(_bead(0.022, c))
            for j in range(3):
                a = np.radians(90 * (1 - sx) / 2 + j * 30 * sx * sz)
                parts.append(_bead(1.0, c @ rot("y", np.degrees(a)) @ at(0.07, 0.0, 0.0)
                                   @ scl(0.03, 0.01, 0.012)))  # fmt: skip
    parts.append(box(0.1, 0.02, 0.035, lid @ at(0, 0.012, d / 2 + 0.012), 0))  # thumb piece
    return parts


# ---- 770 finger -------------------------------------------------------------------------------

_FINGER = np.array([(0.86 * np.sin(a), np.cos(a)) for a in np.arange(16) * np.pi / 8])
"""A finger's cross-section (for a tube running up y), a little wider than deep."""


def _bend(deg: float) -> np.ndarray:
    """The direction of a finger bone bent deg toward the palm (-z) from straight up."""
    a = np.radians(deg)
    return np.array([0.0, np.cos(a), -np.sin(a)])


def _creases(c: np.ndarray, d: np.ndarray, r: float, side: int, n: int, slot) -> list[Part]:
    """n short crease lines across a finger joint centred at c (bone direction d), on the back
    (side 1) or the palm (side -1) of a finger of radius r."""
    back = np.cross((1.0, 0.0, 0.0), d) * side
    parts = []
    for j in range(n):
        o = c + d * 0.016 * (j - (n - 1) / 2)
        span = 50 - 10 * abs(j - (n - 1) / 2)
        pts = [o + (r * np.sin(a), 0, 0) + back * (r * 0.88 * np.cos(a) - 0.002)
               for a in np.radians(np.linspace(-span, span, 5))]  # fmt: skip
        parts.append(tube(pts, 0.0045, None, slot, shape=DIAMOND))
    return parts


def _finger(rng: Rng) -> list[Part]:
    """A single human index finger standing upright from a small round plinth, cut at the
    knuckle: three segments bent a little toward the palm, fuller knuckle joints with crease
    lines over them, a rounded pad at the tip and a fingernail on the front."""
    parts = [cylinder(0.2, 0.21, 0.06, None, 1, "body")]
    parts.append(cylinder(0.2, 0.19, 0.02, at(0, 0.06, 0), 1))
    turn = rot("y", 20)
    b1, b2, b3 = 6.0, 16.0 + float(rng.uniform(-3, 3)), 28.0
    k0 = np.array([0.0, 0.1, 0.0])
    k1 = k0 + _bend(b1) * 0.4
    k2 = k1 + _bend(b2) * 0.25
    tip = k2 + _bend(b3) * 0.19
    path = [k0, k0 + _bend(b1) * 0.2, k1, k1 + _bend(b2) * 0.125, k2, k2 + _bend(b3) * 0.1, tip]
    radii = [0.108, 0.094, 0.094, 0.083, 0.082, 0.074, 0.06]
    parts.append(tube(path, radii, turn, 0, shape=_FINGER))
    parts.append(sphere(1.0, turn @ at(*k0) @ scl(0.115, 0.07, 0.1), 0))  # the knuckle
    for k, r, d in ((k1, 0.099, _bend(b1)), (k2, 0.087, _bend(b2))):  # the fuller joints
        parts.append(sphere(1.0, turn @ at(*k) @ align(d) @ scl(r, 0.06, r * 0.86), 0))
    m = turn @ at(*(tip - _bend(b3) * 0.005)) @ align(_bend(b3))
    parts.append(sphere(1.0, m @ scl(0.06, 0.05, 0.053), 0))  # the rounded tip
    parts.append(sphere(1.0, m @ at(0, -0.03, -0.012) @ scl(0.058, 0.07, 0.05), 0))  # the pad
    for c, d, r in ((k1, _bend(b1 + 4), 0.1), (k2, _bend(b2 + 6), 0.087)):
        parts += [p.moved(turn) for p in _creases(c, d, r, 1, 3, 2)]
        parts += [p.moved(turn) for p in _creases(c, d, r * 0.95, -1, 2, 2)]
    nail = turn @ at(*(k2 + _bend(b3) * 0.115)) @ align(_bend(b3))
    parts.append(sphere(1.0, nail @ at(0, 0, 0.036) @ scl(0.056, 0.08, 0.03), 3))  # the nail
    parts.append(tube([(-0.055, -0.05, 0.03), (0.0, -0.075, 0.053), (0.055, -0.05, 0.03)],
                      0.007, nail, 0))  # its fold # fmt: skip
    return parts


# ---- 771 rhubarb ------------------------------------------------------------------------------

_STALK = np.array([(np.cos(a) * (1 - 0.08 * (k % 2)), np.sin(a) * (0.75 if np.sin(a) > 0 else 1.0))
                   for k, a in enumerate(np.arange(14) * np.pi / 7)])  # fmt: skip
"""A rhubarb stalk's ribbed section, flatter on its inner face."""
_LEAF = "land"
"""The leaves' green: plain ("vine" wears a print of small leaves, so one big leaf looked like a
bush)."""


def _rhubarb_leaf(tip: np.ndarray, out: np.ndarray, size: float, rng: Rng) -> list[Part]:
    """A big crinkled heart-shaped rhubarb leaf spreading from a stalk's tip along ``out``
    (horizontal) and tipped up toward it: broad overlapping lobes fanned round the tip but for
    a notch at the stalk, each pitched and rolled a little differently (the crinkles), pale
    veins running out from the stalk."""
    parts = []
    yaw = np.degrees(np.arctan2(out[0], out[2]))
    n = 7
    for k, a in enumerate(np.linspace(-125, 125, n)):
        pitch = 24 - 26 * abs(a) / 125 + 5 * (-1) ** k + float(rng.uniform(-2, 2))
        m = at(*tip) @ rot("y", yaw + a) @ rot("x", -pitch) @ rot("z", 9 * (-1) ** k)
        reach = size * (1.0 - 0.25 * abs(a) / 125)
        edge = [(0.0, -0.02)]
        for j in range(13):
            t = j / 12
            r = reach * (0.7 + 0.3 * np.sin(t * np.pi)) * (1 + 0.05 * np.sin(t * 3 * np.pi))
            ang = np.radians(-30 + 60 * t)
            edge.append((r * np.sin(ang), r * np.cos(ang)))
        parts.append(slab(edge, 0.01, m @ at(0, 0.004 * k, 0) @ rot("x", 90), _LEAF))
        if k % 2 == 1:
            parts.append(tube([(0, 0.01 + 0.004 * k, 0.0), (0, 0.012 + 0.004 * k, reach * 0.85)],
                              [0.012, 0.004], m, 1, shape=DIAMOND))  # fmt: skip
    return parts


def _rhubarb(rng: Rng) -> list[Part]:
    """A clump of rhubarb: long thick red stalks, pinker toward their tops, rising and arching
    out of a mound of earth, each ending in a big crinkled green leaf with pale veins."""
    parts = [lathe([(0.0, 0.0), (0.3, 0.0), (0.22, 0.06), (0.0, 0.09)], None, "soil", "body")]
    n = 6
    for k in range(n):
        a = 2 * np.pi * (k + 0.5) / n + float(rng.uniform(-0.15, 0.15))
        out = np.array([np.sin(a), 0.0, np.cos(a)])
        length = 0.95 + 0.25 * ((k * 0.53) % 1)
        lean = 0.3 + 0.15 * ((k * 0.29) % 1)
        base = out * 0.05 + (0, 0.04, 0)
        mid = base + out * lean * length * 0.3 + (0, length * 0.55, 0)
        tip = base + out * lean * length * 1.1 + (0, length, 0)
        upper = mid + (tip - mid) * 0.5
        parts.append(tube([base, mid, upper], [0.048, 0.04, 0.035], None, 0, shape=_STALK))
        parts.append(tube([upper, tip], [0.035, 0.027], None, 3, shape=_STALK))
        parts += _rhubarb_leaf(tip, out, 0.4 + 0.08 * ((k * 0.71) % 1), rng)
    return parts


# ---- 772 journal ------------------------------------------------------------------------------


def _journal(rng: Rng) -> list[Part]:
    """A closed thick leather notebook lying flat: soft covers with rounded corners over a block
    of cream page edges, a rounded spine, an elastic band wrapping it lengthwise near the edge
    and a red ribbon bookmark hanging out from the bottom of the pages."""
    w, d, t, c = 0.66, 0.95, 0.15, 0.018
    flat = rot("x", -90)
    m = rot("y", float(rng.uniform(-12, -4)))
    cover = _rounded_rect(w, d, 0.06)
    parts = [slab(cover, c, m @ at(0, c / 2, 0) @ flat, 0, "body")]
    parts.append(slab(cover, c, m @ at(0, t - c / 2, 0) @ flat, 0))
    parts.append(slab(_rounded_rect(w - 0.03, d - 0.04, 0.05), t - 2 * c + 0.004,
                      m @ at(0.0, t / 2, 0) @ flat, "pages"))  # fmt: skip
    for k in range(1, 6):  # the page edges' fine lines
        y = c + (t - 2 * c) * k / 6
        parts.append(box(0.004, 0.002, d - 0.12, m @ at(w / 2 - 0.014, y, 0), "seed"))
        parts.append(box(w - 0.12, 0.002, 0.004, m @ at(0.0, y, d / 2 - 0.019), "seed"))
    parts.append(cylinder(t / 2, t / 2, d - 0.02, m @ at(-w / 2 + 0.02, t / 2, -(d - 0.02) / 2)
                          @ rot("x", 90) @ scl(0.45, 1.0, 1.0), 0))  # the spine # fmt: skip
    ex = w / 2 - 0.08  # the elastic band, lengthwise round the book
    loop = [(t + 0.006, -d / 2 + 0.02), (t + 0.006, d / 2 - 0.02), (t - 0.01, d / 2 + 0.006),
            (0.01, d / 2 + 0.006), (-0.006, d / 2 - 0.02), (-0.006, -d / 2 + 0.02),
            (0.01, -d / 2 - 0.006), (t - 0.01, -d / 2 - 0.006)]  # fmt: skip
    band = sharp([(z, y) for y, z in loop])
    parts.append(slab(band, 0.03, m @ at(ex, 0, 0) @ rot("y", 90) @ scl(-1, 1, 1), 1))
    x, z = -0.08, d / 2  # the ribbon bookmark
    pts = [(x, t * 0.55, z - 0.06), (x, t * 0.55, z + 0.01), (x + 0.01, t * 0.3, z + 0.03),
           (x + 0.02, 0.006, z + 0.07), (x + 0.05, 0.003, z + 0.2)]  # fmt: skip
    parts.append(tube(pts, 1.0, m, "card-red", shape=_rect_shape(0.016, 0.002)))
    return parts


# ---- 773 koala --------------------------------------------------------------------------------


def _koala(rng: Rng) -> list[Part]:
    """A grey koala clinging to a pale eucalyptus trunk: a round stocky body pressed to the
    trunk, a big round head turned to the viewer with huge fluffy round ears, a large dark oval
    nose and small eyes, its arms and legs wrapped round the trunk; a leafy twig above."""
    parts = [cylinder(0.13, 0.11, 1.45, None, 1, "body")]
    parts.append(lathe([(0.0, 0.0), (0.2, 0.0), (0.14, 0.08), (0.12, 0.2), (0.0, 0.2)], None, 1))
    fur = _shaggy(20, 0.05, 773)
    bc = np.array([0.25, 0.66, 0.0])
    parts.append(lathe([(0.0, -0.26), (0.13, -0.22), (0.19, -0.05), (0.17, 0.14), (0.1, 0.24),
                        (0.0, 0.27)], at(*bc) @ rot("z", 12), 0, shape=fur))  # fmt: skip
    hc = bc + v3(0.02, 0.33, 0.05)
    face = np.array([0.3, -0.05, 1.0])
    face /= np.linalg.norm(face)
    side = np.cross((0, 1, 0), face)
    parts.append(sphere(1.0, at(*hc) @ scl(0.155, 0.14, 0.14), 0))
    parts.append(sphere(1.0, at(*(hc + face * 0.06 - (0, 0.03, 0))) @ scl(0.11, 0.1, 0.11), 0))
    for s in (-1, 1):
        ec = hc + side * s * 0.15 + (0, 0.09, 0) - face * 0.02
        ear = [(0.0, -0.04), (0.07, -0.03), (0.095, 0.0), (0.07, 0.03), (0.0, 0.035)]  # fluffy
        parts.append(lathe(ear, at(*ec) @ align(face), 0, shape=_shaggy(18, 0.1, 7730)))
        parts.append(sphere(0.06, at(*(ec + face * 0.022)) @ align(face) @ scl(1.0, 0.35, 1.0),
                            "snow"))  # fmt: skip
        parts.append(sphere(0.015, at(*(hc + face * 0.125 + side * s * 0.06 + (0, 0.03, 0))),
                            "pupil"))  # fmt: skip
    parts.append(sphere(1.0, at(*(hc + face * 0.15 - (0, 0.03, 0))) @ align(face)
                        @ scl(0.042, 0.03, 0.062), "marking"))  # the nose # fmt: skip
    parts.append(sphere(1.0, at(*(hc + face * 0.09 - (0, 0.1, 0))) @ scl(0.06, 0.04, 0.05),
                        "snow"))  # the chin # fmt: skip
    r = 0.15  # the trunk's radius with the fur
    for s in (-1, 1):  # arms round the trunk above, legs below
        arm = [bc + v3(-0.02, 0.17, s * 0.1), (0.12, 0.86, s * 0.15), (0.0, 0.88, s * r),
               (-0.1, 0.9, s * 0.1)]  # fmt: skip
        parts.append(tube(arm, [0.065, 0.055, 0.05, 0.045], None, 0, shape=fur))
        leg = [bc + v3(0.02, -0.15, s * 0.11), (0.2, 0.38, s * 0.19), (0.05, 0.4, s * 0.17),
               (-0.07, 0.42, s * 0.12)]  # fmt: skip
        parts.append(tube(leg, [0.08, 0.07, 0.055, 0.05], None, 0, shape=fur))
        for k in range(3):  # claws
            for y0, (x0, z0) in ((0.9, (-0.1, 0.1)), (0.42, (-0.07, 0.12))):
                p = (x0 - 0.03, y0 - 0.03 + 0.03 * k, s * (z0 - 0.03))
                q = (x0 - 0.06, y0 - 0.03 + 0.03 * k, s * (z0 - 0.08))
                parts.append(tube([p, q], [0.008, 0.0], None, "marking", shape=HEXAGON))
    twig = [(-0.08, 1.2, 0.05), (-0.3, 1.32, 0.15), (-0.5, 1.38, 0.2)]
    parts.append(tube(twig, [0.025, 0.018, 0.01], None, 1))
    for k in range(7):  # its long drooping leaves
        p = np.array(twig[1]) + (np.array(twig[2]) - twig[1]) * (k / 6) * 1.1
        p = p - np.array([0.2, 0.06, 0.05]) * (1 - k / 6) * (k < 3)
        yaw = 40 * (-1) ** k + float(rng.uniform(-10, 10))
        m = at(*p) @ rot("y", -70 + yaw) @ rot("x", 125 + 15 * (k % 2))
        parts.append(slab([(0.0, 0.0), (0.03, 0.06), (0.0, 0.2), (-0.03, 0.06)], 0.006, m, "vine"))
    return parts


# ---- 774 sloth --------------------------------------------------------------------------------


def _sloth(rng: Rng) -> list[Part]:
    """A shaggy sloth hanging upside down under a horizontal branch by the long curved claws of
    its four long limbs, its body slung below, its round face with a pale mask and dark stripes
    through the eyes turned to the viewer; the branch rests on a short post at each end."""
    by = 1.0
    branch = [(-0.75, by, 0.0), (-0.3, by + 0.02, 0.01), (0.2, by - 0.01, -0.01), (0.75, by, 0.0)]
    parts = [tube(branch, 0.05, None, 1, "body")]
    for x in (-0.65, 0.65):
        parts.append(cylinder(0.05, 0.045, by - 0.04, at(x, 0, 0), 1))
        parts.append(cylinder(0.14, 0.12, 0.04, at(x, 0, 0), 1))
        parts.append(box(0.1, 0.06, 0.1, at(x, by - 0.07, 0), 1))
    fur = _shaggy(20, 0.09, 774)
    bc = np.array([0.0, 0.6, 0.0])
    prof = [(0.0, -0.33), (0.12, -0.28), (0.18, -0.1), (0.19, 0.1), (0.15, 0.26), (0.0, 0.31)]
    parts.append(lathe(prof, at(*bc) @ rot("z", -90) @ scl(1.0, 1.0, 0.9), 0, shape=fur))
    for x in np.linspace(-0.25, 0.2, 6):  # hanging tufts of the coat
        parts.append(tube([(x, bc[1] - 0.12, 0.0), (x + 0.02, bc[1] - 0.21, 0.02)], [0.05, 0.0],
                          None, 0, shape=fur))  # fmt: skip
    for sx, xb in ((1, 0.2), (-1, -0.22)):  # front and hind limbs
        for sz in (-1, 1):
            a = bc + v3(xb, 0.08, sz * 0.12)
            hand = np.array([xb + sx * 0.18, by - 0.03, sz * 0.07])
            mid = (a + hand) / 2 + (sx * 0.03, 0.0, sz * 0.1)
            parts.append(tube([a, mid, hand], [0.06, 0.045, 0.035], None, 0, shape=fur))
            for k in (-1, 0, 1):  # the hooked claws
                cx = hand[0] + k * 0.025
                claw = [(cx, by - 0.03, sz * 0.06), (cx, by + 0.05, sz * 0.05),
                        (cx, by + 0.06, -sz * 0.02), (cx, by + 0.02, -sz * 0.055)]  # fmt: skip
                parts.append(tube(claw, [0.01, 0.009, 0.007, 0.0], None, "marking", shape=HEXAGON))
    hc = bc + v3(0.36, -0.02, 0.05)
    parts.append(sphere(1.0, at(*hc) @ scl(0.13, 0.12, 0.12), 0))
    parts.append(sphere(1.0, at(*(hc + v3(0.0, -0.005, 0.07))) @ scl(0.1, 0.09, 0.07), "seed"))
    for s in (-1, 1):  # the dark stripes through the eyes
        m = at(*(hc + v3(s * 0.05, 0.012, 0.125))) @ rot("z", s * -20) @ rot("y", s * 25)
        parts.append(sphere(1.0, m @ scl(0.05, 0.018, 0.015), "marking"))
        parts.append(sphere(0.012, at(*(hc + v3(s * 0.035, 0.015, 0.135))), "pupil"))
    parts.append(sphere(1.0, at(*(hc + v3(0.0, -0.03, 0.14))) @ scl(0.03, 0.022, 0.02), "marking"))
    mouth = [hc + v3(-0.025, -0.07, 0.13), hc + v3(0.0, -0.078, 0.132), hc + v3(0.025, -0.07, 0.13)]
    parts.append(tube(mouth, 0.004, None, "marking", shape=DIAMOND))
    return parts


# ---- 775 moth ---------------------------------------------------------------------------------


def _antenna(base: np.ndarray, tip: np.ndarray, m: np.ndarray, slot) -> list[Part]:
    """A feathery moth antenna from base to tip: a shaft with comb-like barbs either side."""
    parts = [tube([base, tip], [0.008, 0.004], m, slot, shape=DIAMOND)]
    d = tip - base
    side = np.cross(d, (0, 1, 0))
    side /= np.linalg.norm(side)
    for k in range(1, 13):
        p = base + d * k / 13
        ln = 0.05 * (1 - 0.65 * k / 13)
        q = [p + side * s * ln + d * 0.05 + (0, -0.008, 0) for s in (-1, 1)]
        parts.append(tube([q[0], p, q[1]], 0.004, m, slot, shape=DIAMOND))
    return parts


def _moth(rng: Rng) -> list[Part]:
    """A moth at rest on the bark of a short upright log: a thick fuzzy body, broad triangular
    forewings folded flat back over it in a low tent like a delta, dusty with darker wavy bands
    and a spot on each, a furry collar, dark eyes and feathery comb-like antennae."""
    R, H = 0.46, 0.86
    parts = [cylinder(R, R, H, None, 1, "body")]
    parts.append(cylinder(R - 0.04, R - 0.04, 0.01, at(0, H, 0), "cork"))  # the cut top
    for r in (0.1, 0.2, 0.32):
        parts.append(torus(r, 0.006, at(0, H + 0.01, 0), 1))
    for k in range(12):  # the bark's fissures
        a = 2 * np.pi * k / 12 + 0.1 * (-1) ** k
        c, s = np.cos(a), np.sin(a)
        y0, y1 = 0.05 + 0.1 * (k % 3), H - 0.05 - 0.12 * (k % 2)
        r = R + 0.002
        pts = [(r * c, y0, r * s), (r * np.cos(a + 0.04), (y0 + y1) / 2, r * np.sin(a + 0.04)),
               (r * c, y1, r * s)]  # fmt: skip
        parts.append(tube(pts, 0.01, None, "marking", shape=HEXAGON))
    face = np.radians(40 + float(rng.uniform(-5, 5)))  # where the moth sits, toward the viewer
    n = np.array([np.sin(face), 0.0, np.cos(face)])
    head = np.array([0.0, 1.0, 0.0])
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2] = np.cross(n, head), n, head
    m[:3, 3] = n * (R - 0.03) + (0, 0.46, 0)
    m = m @ rot("y", float(rng.uniform(-12, 12))) @ scl(1.1)
    fuzz = _shaggy(16, 0.12, 775)
    body = [(0.0, -0.2), (0.05, -0.18), (0.07, -0.05), (0.075, 0.08), (0.06, 0.16), (0.0, 0.2)]
    parts.append(lathe(body, m @ at(0, 0.06, 0) @ rot("x", 90), 0, shape=fuzz))
    collar = [(0.0, -0.07), (0.085, -0.04), (0.08, 0.04), (0.0, 0.07)]  # furry, behind the head
    parts.append(lathe(collar, m @ at(0, 0.085, 0.2) @ rot("x", 90), 0, shape=fuzz))
    parts.append(sphere(0.048, m @ at(0, 0.07, 0.255), 0))  # the head
    for s in (-1, 1):
        parts.append(sphere(0.02, m @ at(s * 0.036, 0.08, 0.27), "pupil"))
        parts += _antenna(np.array([s * 0.02, 0.105, 0.28]), np.array([s * 0.19, 0.15, 0.42]), m,
                          0)  # fmt: skip
        # the forewing: a broad triangle from the shoulder back to a square-cut rear edge
        wing = [(0.0, 0.2), (s * 0.09, 0.17), (s * 0.31, -0.17), (s * 0.31, -0.24),
                (s * 0.16, -0.28), (0.0, -0.27)]  # fmt: skip
        wm = m @ at(0, 0.125 + (0.004 if s > 0 else 0.0), 0) @ rot("z", s * -15)
        parts.append(slab(sharp(wing), 0.012, wm @ rot("x", 90), 0))
        for f in (0.3, 0.55, 0.8):  # darker wavy bands across the wing
            z0 = 0.17 - 0.42 * f
            band = [(s * (0.02 + 0.3 * f * u), 0.008, z0 - 0.06 * u + 0.015 * np.sin(u * 9))
                    for u in np.linspace(0, 1, 6)]  # fmt: skip
            parts.append(tube(band, 0.008, wm, 2, shape=DIAMOND))
        parts.append(sphere(1.0, wm @ at(s * 0.15, 0.008, -0.08) @ scl(0.028, 0.004, 0.02), 2))
        parts.append(tube([(s * 0.31, 0.008, -0.2), (s * 0.16, 0.008, -0.265), (0.0, 0.008, -0.26)],
                          0.008, wm, 2, shape=DIAMOND))  # the fringe # fmt: skip
    return parts


MORE_APPLIANCES_ZS = {
    766: _shipwreck, 767: _suit, 768: _percolator, 769: _snuffbox, 770: _finger, 771: _rhubarb,
    772: _journal, 773: _koala, 774: _sloth, 775: _moth,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
