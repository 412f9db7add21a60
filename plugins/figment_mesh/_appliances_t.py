"""More of the device family's appliances, from 480: a pickup truck, a camper van, a log cabin,
a hermit crab, a mantel clock, a dog lead, a church pew, a jeep, a signpost, a wooden crate, a
bunch of radishes and a life ring.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import FLAT_SECTION, ZYX, rect_ring, road_wheel, rounded, side_wheel, window
from ._lettering import paint_bar, paint_strokes, paint_text
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_T"]

Rng = np.random.Generator


# ---- helpers: wheels, rounded outlines, lettering ---------------------------------------------


def _arch(x: float, y: float, z: float, r: float, w: float, slot="marking") -> Part:
    """A wheel arch's flared lip: a flat band curving over a wheel at (x, y, z) at radius r, w
    wide across x."""
    pts = [(x, y + r * np.sin(a), z + r * np.cos(a)) for a in np.radians(np.linspace(-5, 185, 9))]
    return tube(pts, w / 2, slot=slot, shape=FLAT_SECTION[:, ::-1])


def _basis(along) -> np.ndarray:
    """A rotation taking +y onto ``along`` and keeping +x level, so +z points as far up as it
    can (a leaf laid along ``along`` faces the sky)."""
    y = np.asarray(along, float) / np.linalg.norm(along)
    x = np.cross(y, (0.0, 1.0, 0.0))
    x /= np.linalg.norm(x)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2] = x, y, np.cross(x, y)
    return m


def _clip(poly: np.ndarray, y: float, below: bool) -> np.ndarray:
    """The part of a convex polygon below (or above) the line at height y."""
    out = []
    for a, b in zip(poly, np.roll(poly, -1, 0), strict=True):
        ina, inb = (a[1] <= y) == below, (b[1] <= y) == below
        if ina:
            out.append(a)
        if ina != inb:
            t = (y - a[1]) / (b[1] - a[1])
            out.append(a + (b - a) * t)
    return np.array(out)


def _leafish(width: float):
    """A long board's outline along y from -1 to 1, rounded at both ends (a surfboard)."""

    def outline(n: int) -> np.ndarray:
        t = np.arange(n) * (2 * np.pi / n)
        return np.stack([width * np.sign(np.sin(t)) * np.abs(np.sin(t)) ** 0.6, -np.cos(t)], 1)

    return outline


def _half_disc(r: float, n: int = 12) -> np.ndarray:
    """The upper half of a disc of radius r round 0, from its right end over to its left."""
    t = np.linspace(0.0, np.pi, n)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


# ---- 480 pickup truck -------------------------------------------------------------------------


def _pickup(rng: Rng) -> list[Part]:
    """A pickup truck: a cab with doors and windows behind a long bonnet, an open cargo bed with
    low sides and a tailgate behind it, big wheels under flared arches, a chrome grille and
    chrome bumpers."""
    W, L = 0.86, 1.9
    z1 = L / 2
    parts = [box(W, 0.3, L - 0.06, at(0, 0.3, 0), 0, "body")]  # the lower body
    parts.append(box(W - 0.2, 0.14, L - 0.3, at(0, 0.16, 0), "marking"))  # the chassis
    bonnet = [(0.4, 0.59), (z1 - 0.03, 0.59), (z1, 0.7), (z1 - 0.05, 0.75), (0.4, 0.79)]
    parts.append(slab(sharp(bonnet), W, ZYX, 0))
    cab = [(-0.14, 0.59), (0.42, 0.59), (0.42, 0.79), (0.22, 1.1), (-0.12, 1.1), (-0.14, 0.79)]
    parts.append(slab(sharp(cab), W - 0.02, ZYX, 0))
    glass = [(-0.08, 0.83), (0.36, 0.83), (0.21, 1.05), (-0.08, 1.05)]
    parts.append(slab(sharp(glass), W - 0.008, ZYX, "window"))  # the side windows
    a, b = v3(0, 0.8, 0.415), v3(0, 1.08, 0.235)
    nrm = v3(0, 0.54, 0.84) * 0.006
    parts.append(box(W - 0.12, float(np.linalg.norm(b - a)), 0.01,
                     at(*(a + nrm)) @ align(b - a), "window"))  # the windscreen # fmt: skip
    for s in (-1, 1):  # the doors' seams and handles, the mirrors
        x, xc, out = s * W / 2, s * (W / 2 - 0.01), (s, 0, 0)
        parts.append(paint_bar((x, 0.33, -0.1), (x, 0.6, -0.1), out, 0.01, "marking"))
        parts.append(paint_bar((xc, 0.6, -0.1), (xc, 1.07, -0.1), out, 0.01, "marking"))
        parts.append(paint_bar((x, 0.33, 0.4), (x, 0.6, 0.4), out, 0.01, "marking"))
        parts.append(paint_bar((xc, 0.6, 0.4), (xc, 0.79, 0.4), out, 0.01, "marking"))
        parts.append(box(0.02, 0.025, 0.08, at(x, 0.7, -0.02), 1))
        parts.append(stick((s * W / 2, 0.84, 0.38), (s * (W / 2 + 0.07), 0.86, 0.38), 0.012, 1))
        parts.append(box(0.03, 0.1, 0.07, at(s * (W / 2 + 0.08), 0.82, 0.38), "marking"))
    # the cargo bed: a dark floor between low sides, the cab's back wall and a tailgate
    bed_z0, bed_z1 = -L / 2 + 0.03, -0.14
    mid, length = (bed_z0 + bed_z1) / 2, bed_z1 - bed_z0
    parts.append(box(W - 0.1, 0.02, length, at(0, 0.6, mid), "marking"))
    for s in (-1, 1):
        parts.append(box(0.05, 0.24, length, at(s * (W / 2 - 0.025), 0.59, mid), 0))
        x = s * (W / 2 - 0.025)
        parts.append(stick((x, 0.835, bed_z0), (x, 0.835, bed_z1), 0.03, 0))  # its top rail
        parts.append(box(0.06, 0.13, 0.02, at(s * (W / 2 - 0.04), 0.64, -L / 2 + 0.02),
                         "card-red"))  # the tail lights # fmt: skip
    parts.append(box(W, 0.26, 0.05, at(0, 0.57, -L / 2 + 0.03), 0))  # the tailgate
    parts.append(box(0.16, 0.03, 0.02, at(0, 0.76, -L / 2 + 0.005), 1))
    # the front: a chrome grille with dark slots, headlights, the bumpers
    parts.append(box(0.5, 0.17, 0.03, at(0, 0.4, z1), 1))
    for k in range(3):
        y = 0.44 + 0.045 * k
        parts.append(tube([(-0.22, y, z1 + 0.016), (0.22, y, z1 + 0.016)], 0.011, slot="marking"))
    for s in (-1, 1):
        lamp = at(s * 0.33, 0.48, z1 - 0.01) @ rot("x", 90)
        parts.append(cylinder(0.055, 0.055, 0.03, lamp, "glow"))
        parts.append(torus(0.058, 0.012, lamp @ at(0, 0.03, 0), 1))
    for z in (z1 + 0.02, -L / 2 - 0.02):
        parts.append(box(W + 0.06, 0.1, 0.08, at(0, 0.22, z), 1))
    for x in (-0.39, 0.39):  # the wheels under their arches
        for z in (-0.58, 0.6):
            parts += side_wheel(x, 0.26, z, 0.26, 0.2)
            parts.append(_arch(np.sign(x) * (W / 2 + 0.01), 0.26, z, 0.3, 0.1))
    del rng
    return [p.moved(rot("y", -25)) for p in parts]  # turned to show its bed over its side


# ---- 481 camper van ---------------------------------------------------------------------------


def _camper_van(rng: Rng) -> list[Part]:
    """A 1960s camper van: a rounded boxy bus, two-tone, its lower colour coming up in a V on its
    nose round a round badge, a split windscreen, a row of side windows with curtains drawn
    back, a roof rack with a surfboard, small wheels with white walls and chrome bumpers."""
    W, belt = 0.86, 0.56
    p1, p2 = np.array([0.84, 0.7]), np.array([0.72, 1.08])  # the nose's slope up to the roof
    side = rounded([(-0.8, 0.18), (0.8, 0.18), p1, p2, (-0.74, 1.08)],
                    [0.06, 0.06, 0.04, 0.14, 0.2], 6)  # fmt: skip
    parts = [slab(sharp(_clip(side, belt, True)), W, ZYX, 0, "body")]
    parts.append(slab(sharp(_clip(side, belt, False)), W, ZYX, "sclera"))
    rake = np.degrees(np.arctan2(0.04, 0.52))
    nose = at(0, 0.0, 0.8 - 0.18 * 0.04 / 0.52) @ rot("x", rake) @ at(0, 0, 0.004)
    half, x_top = W / 2 - 0.005, W / 2 - 0.01
    for s in (-1, 1):  # the lower colour up the nose's sides, round a white V
        wedge = [(s * 0.57 * x_top, belt), (s * half, belt), (s * half, 0.66)]
        parts.append(slab(sharp(wedge), 0.01, nose, 0))
    vee = [(-0.57 * x_top, belt), (0.57 * x_top, belt), (0.0, 0.4)]
    parts.append(slab(sharp(vee), 0.01, nose, "sclera"))
    badge = nose @ at(0, 0.49, 0.006) @ rot("x", 90)
    parts.append(torus(0.05, 0.011, badge, 1))
    parts.append(cylinder(0.045, 0.045, 0.006, badge, "sclera"))
    for s in (-1, 1):
        lamp = nose @ at(s * 0.3, 0.45, 0.0) @ rot("x", 90)
        parts.append(cylinder(0.06, 0.06, 0.02, lamp, "glow"))
        parts.append(torus(0.062, 0.012, lamp @ at(0, 0.02, 0), 1))
    up = (p2 - p1) / np.linalg.norm(p2 - p1)
    a, b = p1 + (p2 - p1) * 0.1, p1 + (p2 - p1) * 0.72  # the split windscreen on the slope
    nrm = v3(0, -up[0], up[1]) * 0.006
    for s in (-1, 1):
        pane = at(s * 0.19, 0, 0) @ at(*(v3(0, a[1], a[0]) + nrm)) @ align(v3(0, up[1], up[0]))
        parts.append(box(0.33, float(np.linalg.norm(b - a)), 0.012, pane, "window"))
    windows = (-0.52, -0.2, 0.12)
    for z in windows:  # side windows through the van, curtains drawn to their sides
        parts.append(box(W + 0.012, 0.22, 0.26, at(0, 0.66, z), "window"))
        for dz in (-0.1, 0.1):
            parts.append(box(W + 0.024, 0.2, 0.06, at(0, 0.67, z + dz), "cloth-yellow"))
        parts.append(box(W + 0.024, 0.035, 0.26, at(0, 0.85, z), "cloth-yellow"))
    cab = [(0.38, 0.64), (0.66, 0.64), (0.62, 0.88), (0.38, 0.88)]
    parts.append(slab(sharp(cab), W + 0.012, ZYX, "window"))
    for s in (-1, 1):  # seams of the cab doors and the side doors
        for z in (0.3, -0.04):
            parts.append(
                paint_bar((s * W / 2, 0.22, z), (s * W / 2, 0.9, z), (s, 0, 0), 0.01, "marking")
            )
    # the roof rack and a surfboard on it
    top = 1.08
    for s in (-1, 1):
        rail = [(s * 0.36, top + 0.08, z) for z in (-0.62, 0.5)]
        parts.append(tube(rail, 0.014, slot=1))
        for z in (-0.6, -0.05, 0.48):
            parts.append(stick((s * 0.36, top - 0.01, z), (s * 0.36, top + 0.08, z), 0.012, 1))
    for z in (-0.45, 0.0, 0.4):
        parts.append(stick((-0.36, top + 0.08, z), (0.36, top + 0.08, z), 0.012, 1))
    board = at(0.05, top + 0.11, -0.05) @ rot("y", 4) @ rot("x", -90) @ scl(0.16, 0.62, 1)
    parts.append(slab(_leafish(0.95), 0.035, board, "fruit-yellow"))
    # chrome bumpers and the wheels under dark arches
    for z in (0.84, -0.82):
        parts.append(box(W + 0.06, 0.06, 0.06, at(0, 0.22, z), 1))
    for x in (-1, 1):
        for z in (-0.5, 0.5):
            parts += side_wheel(x * (W / 2 - 0.06), 0.17, z, 0.17, 0.15, white=True)
            well = at(x * (W / 2 + 0.001), 0.17, z) @ rot("y", 90)
            parts.append(slab(sharp(_half_disc(0.21)), 0.01, well, "marking"))
    del rng
    return parts


# ---- 482 log cabin ----------------------------------------------------------------------------


def _log_cabin(rng: Rng) -> list[Part]:
    """A log cabin: walls of stacked round logs crossing at notched corners, their ends sticking
    out, log gables under a pitched roof of shingles, a stone chimney up one end, a railed porch
    before the door, and windows either side of it."""
    W, D, r, pitch = 1.4, 0.95, 0.05, 0.096
    over = 0.09  # how far the logs run past the corners
    parts = []
    rows = 7
    for k in range(rows + 1):  # front and back walls, the end walls half a log higher
        y = r + pitch * k
        for sz in (-1, 1):
            z = sz * D / 2
            parts.append(stick((-W / 2 - over, y, z), (W / 2 + over, y, z), r, 0,
                               "body" if k == 0 and sz > 0 else ""))  # fmt: skip
        for sx in (-1, 1):
            if k < rows:
                x, y2 = sx * W / 2, y + pitch / 2
                parts.append(stick((x, y2, -D / 2 - over), (x, y2, D / 2 + over), r, 0))
    eave, rise, lift = r + pitch * (rows - 0.5), 0.4, 0.11
    k = 0
    while True:  # the gables: logs shortening up to the ridge, under the roof
        y = eave + pitch * (k + 0.5)
        half = (D / 2) * (1 - (y + r - eave - lift) / rise)
        if half < 0.08:
            break
        for sx in (-1, 1):
            parts.append(stick((sx * W / 2, y, -half), (sx * W / 2, y, half), r, 0))
        k += 1
    # the roof: two sloping boards, rows of shingles lapping down them, a ridge board
    slope = np.degrees(np.arctan2(rise, D / 2))
    ridge = eave + lift + rise
    run = float(np.hypot(D / 2 + 0.2, rise * (D / 2 + 0.2) / (D / 2)))
    for sz in (-1, 1):
        plane = at(0, ridge, 0) @ rot("x", sz * slope) @ at(0, 0, sz * run / 2)
        parts.append(box(W + 0.4, 0.035, run, plane, 2))
        for j in range(5):
            u = sz * (run / 2 - 0.04 - j * (run - 0.04) / 5)
            row = plane @ at(0, 0.03, u) @ rot("x", -sz * 6)
            parts.append(box(W + 0.42, 0.025, run / 5 + 0.03, row, 2))
    parts.append(tube([(-W / 2 - 0.21, ridge + 0.03, 0), (W / 2 + 0.21, ridge + 0.03, 0)], 0.035,
                      slot=2))  # fmt: skip
    # the porch: a plank deck, steps up to it, posts and a rail round it
    front = D / 2 + r
    parts.append(box(1.0, 0.06, 0.42, at(0, 0.0, front + 0.2), 0))
    parts.append(box(0.36, 0.03, 0.12, at(0, 0.0, front + 0.46), 0))
    zf = front + 0.38
    for x0, x1 in ((-0.46, -0.17), (0.17, 0.46)):
        for x in (x0, x1):
            parts.append(stick((x, 0.06, zf), (x, 0.4, zf), 0.025, 0))
        parts.append(stick((x0 - 0.03, 0.38, zf), (x1 + 0.03, 0.38, zf), 0.02, 0))
    for s in (-1, 1):
        parts.append(stick((s * 0.46, 0.38, zf), (s * 0.46, 0.38, front), 0.02, 0))
    # the door and two windows in the front wall
    parts.append(box(0.24, 0.46, 0.03, at(0, 0.06, front - 0.01), 2))
    parts.append(
        paint_bar((0, 0.07, front + 0.005), (0, 0.5, front + 0.005), (0, 0, 1), 0.008, "marking")
    )
    parts.append(box(0.28, 0.035, 0.04, at(0, 0.52, front), 0))
    parts.append(sphere(0.02, at(0.08, 0.3, front + 0.01), 1))
    for x in (-0.45, 0.45):
        parts += window(at(x, 0.32, front - 0.005), 0.24, 0.2, 0)
    # a stone chimney up the right end
    cx, y, w = W / 2 + r + 0.12, 0.0, 0.32
    while y < ridge + 0.12:
        h = float(rng.uniform(0.12, 0.16))
        turn = float(rng.uniform(-4, 4))
        parts.append(box(w, h, w * 0.85, at(cx + rng.uniform(-0.01, 0.01), y, 0) @ rot("y", turn),
                         1))  # fmt: skip
        y += h * 0.92
        w = max(0.2, w - 0.025)
    parts.append(box(w + 0.04, 0.04, w * 0.85 + 0.04, at(cx, y, 0), 1))
    parts.append(box(w - 0.08, 0.02, w * 0.85 - 0.08, at(cx, y + 0.03, 0), "pupil"))
    return parts


# ---- 483 hermit crab --------------------------------------------------------------------------


def _hermit_crab(rng: Rng) -> list[Part]:
    """A hermit crab in a sea snail's spiral shell lying on its side: the crab's red legs
    reaching out of the shell's mouth to the ground, one big claw and one small, two eye stalks
    and long feelers."""
    turns, steep = 3.3, 1.6  # whorls, and how fast they drop down the spire's axis
    t = np.linspace(0.0, 1.0, 40)
    ang = (t - 1.0) * turns * 2 * np.pi  # the last whorl ends at 0: its mouth opens along +z
    rad = 0.015 + 0.2 * t**1.5
    thick = 0.74 * rad
    drop = np.concatenate([[0.0], np.cumsum(steep * thick[1:] * np.diff(ang) / (2 * np.pi))])
    local = np.stack([rad * np.cos(ang), drop[-1] - drop, rad * np.sin(ang)], 1)
    # lie it on its side: the spire back, right and up, the mouth low and toward the viewer
    spire = np.array([0.95, 0.15, -0.3]) / np.linalg.norm([0.95, 0.15, -0.3])
    ahead = np.array([0.0, 0.0, 1.0]) - spire[2] * spire
    ahead /= np.linalg.norm(ahead)
    turn = np.stack([np.cross(spire, ahead), spire, ahead], 1)  # local x, y, z as columns
    pts = local @ turn.T
    pts[:, 1] += 0.03 - float(np.min(pts[:, 1] - thick))
    parts = [tube(pts, thick, slot=0, tag="body")]
    for lift_y in (0.55, -0.2):  # two spiral bands round the whorls
        out = np.stack([np.cos(ang), np.full_like(ang, lift_y), np.sin(ang)], 1) @ turn.T
        band = pts + out / np.linalg.norm(out, axis=1, keepdims=True) * thick[:, None] * 0.97
        parts.append(tube(band[4:], thick[4:] * 0.09, slot=2))
    mouth, end = pts[-1], pts[-1] - pts[-2]
    parts.append(torus(thick[-1] * 0.98, 0.03, at(*mouth) @ align(end), 0))
    parts.append(cylinder(thick[-1] * 0.9, thick[-1] * 0.9, 0.01, at(*mouth) @ align(end),
                          "pupil"))  # fmt: skip
    # the crab, coming out of the mouth: built in its own frame (x its left, z ahead)
    fwd = np.array([ahead[0], 0.0, ahead[2]]) / np.hypot(ahead[0], ahead[2])
    c = mouth + fwd * 0.05 - v3(0, 0.04, 0)
    crab = np.eye(4)
    crab[:3, 0], crab[:3, 1], crab[:3, 2], crab[:3, 3] = np.cross((0, 1, 0), fwd), (0, 1, 0), fwd, c
    ground = -float(c[1]) + 0.008
    parts.append(sphere(1.0, crab @ scl(0.11, 0.1, 0.12), 1))
    head = v3(0, 0.03, 0.09)
    for s in (-1, 1):  # eye stalks and feelers
        tip = head + v3(s * 0.05, 0.13, 0.06)
        parts.append(tube([head + v3(s * 0.02, 0, 0), tip], [0.014, 0.01], crab, 1))
        parts.append(sphere(0.02, crab @ at(*tip), "pupil"))
        feel = [head + v3(s * 0.02, -0.01, 0.02), head + v3(s * 0.12, 0.1, 0.2),
                head + v3(s * 0.3, 0.2, 0.25)]  # fmt: skip
        parts.append(tube(feel, [0.006, 0.004, 0.002], crab, 1))
    for s, size in ((1, 1.0), (-1, 0.62)):  # the claws: the big one on the viewer's side
        root = v3(s * 0.07, -0.02, 0.03)
        wrist = root + v3(s * 0.08, -0.02, 0.12) * size
        arm = [root, root + v3(s * 0.06, 0.03, 0.04) * size, wrist]
        parts.append(tube(arm, [0.03 * size, 0.032 * size, 0.028 * size], crab, 1))
        palm = wrist + v3(s * 0.02, 0.0, 0.06) * size
        d = v3(s * 0.25, -0.1, 1.0)
        grip = crab @ at(*palm) @ align(d) @ scl(0.06 * size, 0.085 * size, 0.045 * size)
        parts.append(sphere(1.0, grip, 1))
        base = palm + d / np.linalg.norm(d) * 0.07 * size
        for lift_y in (0.018, -0.018):  # the pincer's two fingers
            finger = [base + v3(0, lift_y, 0) * size,
                      base + v3(s * 0.02, lift_y * 1.6, 0.07) * size,
                      base + v3(-s * 0.005, lift_y * 0.3, 0.12) * size]  # fmt: skip
            parts.append(tube(finger, [0.022 * size, 0.016 * size, 0.004 * size], crab, 1))
    for s in (-1, 1):  # two walking legs a side, knees up, feet on the ground
        for k in range(2):
            root = v3(s * 0.07, -0.04, -0.01 - 0.04 * k)
            knee = root + v3(s * 0.15, 0.07, 0.08 - 0.05 * k)
            foot = v3(root[0] + s * (0.28 - 0.03 * k), ground, root[2] + 0.2 - 0.14 * k)
            parts.append(tube([root, knee, foot], [0.022, 0.017, 0.006], crab, 1))
    del rng
    return parts


# ---- 484 mantel clock -------------------------------------------------------------------------


def _tombstone(w: float, h: float, n: int = 14) -> np.ndarray:
    """A tombstone's outline: a rectangle w wide from y = 0 up to h under a round arch."""
    t = np.linspace(0.0, np.pi, n)
    arch = np.stack([w / 2 * np.cos(t), h - w / 2 + w / 2 * np.sin(t)], 1)
    return np.concatenate([[(w / 2, 0.0)], arch, [(-w / 2, 0.0)]])


_NUMERALS = ("XII", "I", "II", "III", "IIII", "V", "VI", "VII", "VIII", "IX", "X", "XI")


def _mantel_clock(rng: Rng) -> list[Part]:
    """A mantel clock: a wooden case with an arched tombstone top on a stepped plinth and four
    brass bun feet, a round white dial with Roman numerals and black hands in a thick brass
    bezel, ring handles on its sides."""
    W, H, D, y0 = 0.62, 0.82, 0.26, 0.15
    parts = [slab(sharp(_tombstone(W, H)), D, at(0, y0, 0), 0, "body")]
    inlay = _tombstone(W - 0.06, H - 0.06)
    parts.append(tube([(x, y0 + 0.03 + y, D / 2) for x, y in inlay[1:-1]], 0.008, slot=1))
    parts.append(box(W + 0.1, 0.06, D + 0.1, at(0, 0.05, 0), 0))  # the plinth, stepped
    parts.append(box(W + 0.05, 0.04, D + 0.05, at(0, 0.11, 0), 0))
    for sx in (-1, 1):
        for sz in (-1, 1):  # brass bun feet
            foot = at(sx * (W / 2 + 0.02), 0.03, sz * (D / 2 + 0.01)) @ scl(0.045, 0.03, 0.045)
            parts.append(sphere(1.0, foot, 1))
        # a ring handle hanging from a boss on each side
        parts.append(torus(0.05, 0.008, at(sx * (W / 2 + 0.012), y0 + 0.38, 0) @ rot("z", 90), 1))
        boss = at(sx * W / 2, y0 + 0.43, 0) @ rot("z", -90 * sx)
        parts.append(cylinder(0.02, 0.016, 0.02, boss, 1))
    R = 0.22
    face = at(0, y0 + H - W / 2, D / 2)
    flat = rot("x", 90)  # a cylinder's +y toward +z
    parts.append(cylinder(R, R, 0.012, face @ flat, "snow"))
    parts.append(torus(R + 0.012, 0.024, face @ at(0, 0, 0.012) @ flat, 1))  # the bezel
    parts.append(cylinder(R + 0.04, R + 0.04, 0.01, face @ at(0, 0, -0.002) @ flat, 1))
    dial = face @ at(0, 0, 0.013)
    parts.append(torus(R * 0.9, 0.003, dial @ flat, "marking"))  # the minute track
    for k, numeral in enumerate(_NUMERALS):
        a = np.radians(90 - 30 * k)
        m = dial @ at(R * 0.72 * np.cos(a), R * 0.72 * np.sin(a), 0) @ rot("z", -30 * k)
        parts += paint_text(numeral, m, R * 0.17, "marking", stroke=0.13)
    hour = [(-0.012, 0.0), (0.012, 0.0), (0.018, 0.09), (0.0, 0.13), (-0.018, 0.09)]
    minute = [(-0.008, 0.0), (0.008, 0.0), (0.01, 0.15), (0.0, 0.19), (-0.01, 0.15)]
    turn_h, turn_m = float(rng.uniform(-160, -20)), float(rng.uniform(20, 160))
    parts.append(slab(sharp(hour), 0.006, dial @ at(0, 0, 0.006) @ rot("z", turn_h),
                      "marking"))  # fmt: skip
    parts.append(slab(sharp(minute), 0.006, dial @ at(0, 0, 0.012) @ rot("z", turn_m),
                      "marking"))  # fmt: skip
    parts.append(cylinder(0.016, 0.016, 0.02, dial @ flat, 1))
    parts.append(cylinder(0.02, 0.02, 0.01, at(0, y0 + 0.12, D / 2) @ flat, 1))  # a keyhole plate
    return parts


# ---- 485 dog lead -----------------------------------------------------------------------------


def _dog_lead(rng: Rng) -> list[Part]:
    """A dog lead lying on the ground in a loose curve: a flat leather strap with a stitched
    loop handle at one end and a steel snap clip at the other, hooked to the D-ring of an empty
    buckled collar lying beside it with a round name tag."""
    t = 0.009  # the strap's middle, lying on the ground
    cx, cz, R = -0.55, 0.2, 0.2  # the collar, lying flat
    ring = [
        (cx + R * np.cos(a), 0.032, cz + R * np.sin(a)) for a in np.radians(np.arange(-30, 375, 27))
    ]
    parts = [tube(ring, 0.03, slot=0, tag="body", shape=FLAT_SECTION[:, ::-1])]
    tail = [(cx + (R + 0.014) * np.cos(a), 0.032, cz + (R + 0.014) * np.sin(a))
            for a in np.radians(np.arange(160, 230, 15))]  # fmt: skip
    parts.append(tube(tail, 0.03, slot=0, shape=FLAT_SECTION[:, ::-1]))
    for a in np.radians((178, 194, 210)):  # its holes
        hole = at(cx + (R + 0.01) * np.cos(a), 0.032, cz + (R + 0.01) * np.sin(a))
        parts.append(cylinder(0.007, 0.007, 0.02, hole @ align((np.cos(a), 0, np.sin(a))),
                              "pupil"))  # fmt: skip
    bx = cx - R - 0.016  # the buckle: a frame flat on the band, its prong across
    parts.append(rect_ring(0.066, 0.08, 0.012, 0.01, at(bx + 0.005, 0.036, cz) @ rot("z", 90), 1))
    parts.append(stick((bx, 0.035, cz - 0.035), (bx, 0.035, cz + 0.02), 0.005, 1))
    dx = cx + R + 0.035  # the D-ring, standing out of the collar on the right
    parts.append(torus(0.035, 0.007, at(dx - 0.01, 0.02, cz), 1))
    parts.append(stick((dx - 0.035, 0.008, cz + 0.06), (dx - 0.035, 0.008, cz + 0.11), 0.004, 1))
    parts.append(cylinder(0.05, 0.05, 0.006, at(dx - 0.03, 0.0, cz + 0.15), 1))  # the name tag
    parts.append(torus(0.016, 0.004, at(dx - 0.03, 0.006, cz + 0.09), 1))
    line = [(dx - 0.05, 0.006, cz + 0.15), (dx - 0.01, 0.006, cz + 0.15)]
    parts.append(paint_bar(*line, (0, 1, 0), 0.006, "marking"))  # a line engraved on it
    # the snap clip: a barrel hooked on the D-ring, a swivel eye for the strap
    clip = [(dx + 0.0, 0.016, cz), (dx + 0.06, 0.016, cz - 0.005), (dx + 0.11, 0.016, cz - 0.01)]
    parts.append(tube(clip, [0.012, 0.014, 0.012], slot="steel"))
    parts.append(torus(0.022, 0.006, at(dx + 0.13, 0.012, cz - 0.012), "steel"))
    # the strap, in a loose S to the handle's loop
    strap = [(dx + 0.15, t, cz - 0.012), (0.0, t, 0.15), (0.22, t, 0.32), (0.45, t, 0.15),
             (0.42, t, -0.15), (0.2, t, -0.35), (0.32, t, -0.55), (0.55, t, -0.6)]  # fmt: skip
    parts.append(tube(strap, 0.035, slot=0, shape=FLAT_SECTION))
    loop = [(0.55, t * 3, -0.6), (0.72, t, -0.62), (0.86, t, -0.6), (0.88, t, -0.5),
            (0.78, t, -0.47), (0.62, t * 3, -0.56), (0.5, t * 3, -0.6)]  # fmt: skip
    parts.append(tube(loop, 0.033, slot=0, shape=FLAT_SECTION))
    join = at(0.55, 0.0, -0.59) @ rot("y", 10)
    parts.append(box(0.1, 0.03, 0.08, join, 0))  # the stitched join
    for k in range(3):
        x = -0.025 + 0.025 * k
        parts += paint_strokes([[(x, -0.03), (x, 0.03)]], join @ at(0, 0.03, 0) @ rot("x", -90), 0.005,
                          "seed")  # fmt: skip
    del rng
    return parts


# ---- 486 church pew ---------------------------------------------------------------------------


def _pew_end() -> np.ndarray:
    """A pew end's outline in (z, y): square at the floor and the front, its top sweeping up in
    a curve to a rounded shoulder over the back."""
    ctrl = [(-0.34, 0.0), (0.3, 0.0), (0.3, 0.5), (0.28, 0.66), (0.16, 0.72), (0.02, 0.82),
            (-0.14, 1.02), (-0.26, 1.12), (-0.36, 1.1), (-0.36, 0.6)]  # fmt: skip
    out = catmull_rom([*ctrl, ctrl[0]], 64)[:-1]
    out[:, 1] = np.maximum(out[:, 1], 0.0)  # the spline overshoots the floor's corners
    return out


def _lancet(w: float, h: float) -> list[tuple[float, float]]:
    """A pointed Gothic arch's outline, w wide: straight sides up from y = 0 to h, then two arcs
    (each centred on the other side's springing) meeting in a point."""
    right = [(w / 2 * (2 * np.cos(a) - 1), h + w * np.sin(a)) for a in np.radians([0, 20, 40, 60])]
    left = [(-x, y) for x, y in right[::-1]]
    return [(w / 2, 0.0), *right[:-1], *left, (-w / 2, 0.0)]


def _pew(rng: Rng) -> list[Part]:
    """A long wooden church pew: a plain seat with a velvet cushion, a tall straight back, two
    carved end panels swept up into a curve with a Gothic arch and a quatrefoil on them, and a
    book ledge along the back's top with a hymn book lying on it."""
    L = 1.8
    parts = [box(L, 0.05, 0.44, at(0, 0.4, 0.04), 0, "body")]
    parts.append(tube([(-L / 2, 0.425, 0.26), (L / 2, 0.425, 0.26)], 0.026, slot=0))
    parts.append(slab(sharp(rounded([(-0.2, 0.0), (0.2, 0.0), (0.2, 0.05), (-0.2, 0.05)],
                                        [0.02, 0.02, 0.02, 0.02], 3)), L - 0.04,
                      at(0, 0.45, 0.05) @ rot("y", 90), 1))  # the cushion # fmt: skip
    back = at(0, 0.42, -0.17) @ rot("x", -6)
    parts.append(box(L, 0.6, 0.04, back, 0))
    for k in range(1, 6):  # the back's boards
        x = -L / 2 + L * k / 6
        parts += paint_strokes([[(x, 0.01), (x, 0.59)]], back @ at(0, 0, 0.02), 0.006, "marking")
    top = back @ at(0, 0.6, 0)
    parts.append(box(L, 0.04, 0.07, top, 0))  # the top rail
    ledge = top @ at(0, 0.0, -0.11)
    parts.append(box(L, 0.025, 0.18, ledge, 0))  # the book ledge behind, lipped
    parts.append(box(L, 0.04, 0.02, ledge @ at(0, 0.0, -0.09), 0))
    book = ledge @ at(float(rng.uniform(-0.5, 0.3)), 0.025, -0.005) @ rot("y", 8)
    parts.append(box(0.2, 0.04, 0.15, book, "card-red"))  # the hymn book: its cover, its pages
    parts.append(box(0.19, 0.028, 0.14, book @ at(0.008, 0.006, 0), "pages"))
    cross = [[(0.0, -0.035), (0.0, 0.035)], [(-0.025, 0.012), (0.025, 0.012)]]
    parts += paint_strokes(cross, book @ at(0, 0.04, 0) @ rot("x", -90), 0.01, "seed")  # a cross
    end = _pew_end()
    for s in (-1, 1):
        x = s * (L / 2 + 0.025)
        parts.append(slab(sharp(end), 0.05, at(x, 0, 0) @ ZYX, 0))
        # carving on its outer face: a pointed arch panel and a quatrefoil above it
        arch = _lancet(0.24, 0.3)
        face = at(x + s * 0.025, 0.1, -0.04) @ rot("y", 90 * s)
        parts.append(slab(sharp(arch), 0.004, face, 2))
        parts.append(tube([(px, py, 0.004) for px, py in [*arch, arch[0], arch[1]]], 0.012,
                          face, 0))  # fmt: skip
        foil = at(x + s * 0.025, 0.86, -0.16) @ rot("y", 90 * s)
        for k in range(4):
            a = np.radians(45 + 90 * k)
            lobe = foil @ at(0.04 * np.cos(a), 0.04 * np.sin(a), 0.0) @ rot("x", 90)
            parts.append(torus(0.036, 0.009, lobe, 0))
            parts.append(cylinder(0.034, 0.034, 0.004, lobe, 2))
    parts.append(box(L, 0.05, 0.04, at(0, 0.08, -0.2), 0))  # a stretcher low behind
    return parts


# ---- 487 jeep ---------------------------------------------------------------------------------


def _jeep(rng: Rng) -> list[Part]:
    """An open-topped off-road jeep: a boxy tub, a narrow bonnet between flat mudguards, a flat
    upright windscreen in its frame, a grille of tall slots between round headlights, big
    knobbly tyres, a roll bar over the seats and a spare wheel on the back."""
    W = 0.84
    parts = [box(W, 0.34, 0.8, at(0, 0.3, -0.27), 0, "body")]  # the tub
    parts.append(box(W - 0.2, 0.1, 1.3, at(0, 0.2, 0.0), "marking"))  # the chassis
    parts.append(box(0.56, 0.36, 0.56, at(0, 0.38, 0.39), 0))  # the bonnet
    parts.append(box(0.58, 0.02, 0.5, at(0, 0.74, 0.39), 0))
    for s in (-1, 1):  # flat mudguards over the front wheels
        parts.append(box(0.16, 0.03, 0.52, at(s * 0.36, 0.52, 0.37), 0))
        a, b = v3(s * 0.36, 0.535, 0.63), v3(s * 0.36, 0.36, 0.72)
        parts.append(box(0.16, float(np.linalg.norm(b - a)), 0.03, at(*a) @ align(b - a), 0))
        parts.append(box(0.16, 0.03, 0.1, at(s * 0.36, 0.5, 0.08), 0))
    # the grille: a flat face of tall slots between two round headlights
    gz = 0.67
    parts.append(box(0.56, 0.36, 0.02, at(0, 0.38, gz), 0))
    for k in range(7):
        x = -0.15 + 0.05 * k
        parts.append(
            paint_bar((x, 0.48, gz + 0.01), (x, 0.68, gz + 0.01), (0, 0, 1), 0.026, "marking")
        )
    for s in (-1, 1):
        lamp = at(s * 0.22, 0.6, gz) @ rot("x", 90)
        parts.append(cylinder(0.05, 0.05, 0.03, lamp, "glow"))
        parts.append(torus(0.052, 0.012, lamp @ at(0, 0.03, 0), 1))
    parts.append(box(W + 0.04, 0.08, 0.06, at(0, 0.24, 0.72), 0))  # the bumper
    # the windscreen: flat and upright in its frame
    wz, wy = 0.12, 0.64
    frame = [(-W / 2 + 0.02, wy), (-W / 2 + 0.02, wy + 0.36), (W / 2 - 0.02, wy + 0.36),
             (W / 2 - 0.02, wy)]  # fmt: skip
    parts.append(tube([(x, y, wz) for x, y in frame], 0.022, slot=0))
    parts.append(box(W - 0.08, 0.32, 0.01, at(0, wy + 0.02, wz), "window"))
    parts.append(stick((0, wy, wz), (0, wy + 0.36, wz), 0.012, 0))
    # inside: two seats, a steering wheel, and a roll bar over the back
    for s in (-1, 1):
        parts.append(box(0.26, 0.08, 0.26, at(s * 0.2, 0.58, -0.2), 1))
        parts.append(box(0.26, 0.3, 0.06, at(s * 0.2, 0.6, -0.34) @ rot("x", -8), 1))
    wheel = at(-0.2, 0.8, 0.0) @ rot("x", 60)
    parts.append(torus(0.09, 0.012, wheel, "marking"))
    parts.append(stick((-0.2, 0.64, 0.08), (-0.2, 0.8, 0.0), 0.012, "marking"))
    bar = [(-0.38, 0.64, -0.45), (-0.38, 1.0, -0.46), (-0.3, 1.06, -0.46), (0.3, 1.06, -0.46),
           (0.38, 1.0, -0.46), (0.38, 0.64, -0.45)]  # fmt: skip
    parts.append(tube(bar, 0.025, slot=1))
    # the wheels: big knobbly tyres, the rear ones under arches, a spare on the back
    for x in (-0.38, 0.38):
        for z in (-0.44, 0.38):
            parts += side_wheel(x, 0.25, z, 0.25, 0.2, lugs=14)
        parts.append(_arch(np.sign(x) * (W / 2 + 0.01), 0.25, -0.44, 0.3, 0.08, 0))
    parts += road_wheel(at(0, 0.5, -0.78) @ rot("x", -90), 0.23, 0.18, lugs=14)
    parts.append(box(0.08, 0.08, 0.1, at(0, 0.46, -0.7), "steel"))
    del rng
    return parts


# ---- 488 signpost -----------------------------------------------------------------------------

_PLACES = ("MILL", "FORD", "HOLT", "HEATH", "ELM", "MARL")


def _signpost(rng: Rng) -> list[Part]:
    """A fingerpost: a square wooden post with a cap and a ball on top, three arrow-shaped arms
    at different heights pointing different ways, each lettered with a place's name."""
    H = 1.6
    parts = [box(0.09, H, 0.09, None, 0, "body")]
    parts.append(box(0.13, 0.03, 0.13, at(0, H, 0), 1))
    parts.append(lathe([(0.0, 0.0), (0.07, 0.0), (0.0, 0.08)], at(0, H + 0.03, 0) @ rot("y", 45),
                       1, sides=4))  # fmt: skip
    parts.append(sphere(0.035, at(0, H + 0.13, 0), 1))
    names = list(rng.permutation(_PLACES)[:3])
    for (y, turn), name in zip(((1.38, 20.0), (1.17, 196.0), (0.96, 240.0)), names, strict=True):
        L, h = 0.62, 0.15
        arm = [(0.045, -h / 2), (L - 0.1, -h / 2), (L, 0.0), (L - 0.1, h / 2), (0.045, h / 2)]
        paint = [(0.065, -h / 2 + 0.016), (L - 0.107, -h / 2 + 0.016), (L - 0.03, 0.0),
                 (L - 0.107, h / 2 - 0.016), (0.065, h / 2 - 0.016)]  # fmt: skip
        m = at(0, y, 0) @ rot("y", turn)
        parts.append(slab(sharp(arm), 0.03, m, 0))
        for z, side in ((0.015, np.eye(4)), (-0.015, rot("y", 180))):  # both faces, lettered
            parts.append(slab(sharp(paint), 0.004, m @ at(0, 0, z), "sclera"))
            face = m @ at(0.31, 0, z + np.sign(z) * 0.002) @ side
            parts += paint_text(str(name), face, 0.08, "marking", stroke=0.17)
    return parts


# ---- 489 wooden crate -------------------------------------------------------------------------


def _crate(rng: Rng) -> list[Part]:
    """A slatted wooden crate full of straw: boards with gaps between them nailed to square
    corner posts, FRAGILE stencilled across its front, straw bristling out of its open top, and
    its lid of boards leaning against its side."""
    W, D, H = 0.86, 0.62, 0.6
    parts = [box(W, 0.03, D, None, 0, "body")]
    bh, pitch, t = 0.15, 0.2, 0.024
    for k in range(3):
        y = 0.03 + pitch * k
        for s in (-1, 1):
            parts.append(box(W - 0.02, bh, t, at(0, y, s * (D / 2 - t / 2)), 0))
            parts.append(box(t, bh, D - 0.02, at(s * (W / 2 - t / 2), y, 0), 0))
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(box(0.06, H, 0.06, at(sx * (W / 2 - 0.02), 0, sz * (D / 2 - 0.02)), 0))
            for y in (0.02, H - 0.06):  # iron corner plates
                parts.append(box(0.08, 0.05, 0.08, at(sx * (W / 2 - 0.02), y, sz * (D / 2 - 0.02)),
                                 1))  # fmt: skip
    parts += paint_text(
        "FRAGILE", at(0, 0.03 + pitch + bh / 2, D / 2 + 0.001), 0.09, "card-red", 0.16
    )
    # straw inside, heaped over the top and sticking out
    parts.append(lathe([(0.0, 0.0), (0.5, 0.0), (0.5, 0.05), (0.3, 0.1), (0.0, 0.12)],
                       at(0, H - 0.08, 0) @ scl(W / 1.04, 1.0, D / 1.04) @ rot("y", 45), "thatch",
                       sides=4))  # fmt: skip
    for _ in range(20):
        x, z = rng.uniform(-W / 2 + 0.06, W / 2 - 0.06), rng.uniform(-D / 2 + 0.06, D / 2 - 0.06)
        a = v3(x, H - 0.02, z)
        out = v3(x * 0.4 + rng.uniform(-0.08, 0.08), rng.uniform(0.05, 0.12), z * 0.4)
        bend = v3(rng.uniform(-0.03, 0.03), -0.02, rng.uniform(-0.03, 0.03))
        parts.append(tube([a, a + out * 0.5, a + out + bend], [0.006, 0.004, 0.002], slot="thatch"))
    # the lid: three boards on two battens, leaning on the right side
    lid = at(W / 2 + 0.22, 0.03, 0.02) @ rot("z", 22)
    for k in range(3):
        parts.append(box(0.15, 0.02, D + 0.04, lid @ at(0, 0.08 + 0.19 * k, 0) @ rot("z", -90)
                         @ at(0, -0.075, 0), 0))  # fmt: skip
    for z in (-D / 2 + 0.08, D / 2 - 0.08):
        parts.append(box(0.02, 0.6, 0.06, lid @ at(-0.02, 0.02, z), 0))
    return parts


# ---- 490 radishes -----------------------------------------------------------------------------


def _lobed_half(width: float, side: int, lobes: int = 4):
    """One half of a radish leaf (lobed: wavy bumps down its edge), on the +x (side 1) or -x
    side of its midrib along +y from -1 to 1."""

    def outline(n: int) -> np.ndarray:
        t = np.linspace(0.0, np.pi, max(n - 1, 3))
        x = width * np.sin(t) ** 0.8 * (0.75 + 0.25 * np.abs(np.sin(lobes * t)))
        y = -np.cos(t)
        return np.stack([side * np.concatenate([x, [0.0]]), np.concatenate([y, [0.0]])], 1)

    return outline


def _radishes(rng: Rng) -> list[Part]:
    """A bunch of radishes lying on the ground: five round red roots with white tips and thin
    tails, their stalks gathered and tied with twine, their green lobed leaves spread out
    behind."""
    tie = v3(0.05, 0.09, -0.2)
    bulb = [(0.0, 0.0), (0.02, 0.015), (0.06, 0.05), (0.095, 0.1), (0.1, 0.14), (0.085, 0.185),
            (0.045, 0.215), (0.0, 0.225)]  # fmt: skip
    tip = [(0.0, -0.003), (0.023, 0.016), (0.05, 0.04), (0.0, 0.045)]
    parts = []
    spots = [(-0.32, 0.24), (-0.1, 0.34), (0.14, 0.33), (0.33, 0.2), (0.02, 0.12)]
    for i, (x, z) in enumerate(spots):
        size = float(rng.uniform(0.85, 1.1))
        c = v3(x, 0.1 * size, z)
        axis = tie - c
        axis[1] *= 0.3
        m = at(*c) @ align(axis) @ scl(size) @ at(0, -0.12, 0)  # its tip away from the tie
        parts.append(lathe(bulb, m, 0, "body" if i == 0 else ""))
        parts.append(lathe(tip, m, "snow"))
        root = [m @ np.array([0.0, y, 0.02 * np.sin(5 * y), 1.0]) for y in (0.0, -0.08, -0.17)]
        parts.append(tube([p[:3] for p in root], [0.008 * size, 0.004, 0.001], slot="snow"))
        top = (m @ np.array([0.0, 0.22, 0.0, 1.0]))[:3]
        parts.append(tube([top, (top + tie) / 2 + v3(0, 0.02, 0), tie], 0.009, slot="vine"))
    parts.append(torus(0.04, 0.01, at(*tie) @ align(v3(0.0, 0.2, -1.0)), "seed"))
    for k in range(7):  # the leaves, fanned out behind on their stalks
        a = np.radians(-60 + 20 * k + rng.uniform(-5, 5))
        d = v3(np.sin(a), 0.0, -np.cos(a))
        base = tie + d * 0.18 + v3(0, 0.02, 0)
        parts.append(tube([tie, base], 0.008, slot="vine"))
        size = float(rng.uniform(0.2, 0.26))
        m = at(*(base + d * size)) @ _basis(d + v3(0, 0.3, 0)) @ scl(size)
        for s in (-1, 1):
            fold = rot("y", s * -14)
            parts.append(slab(_lobed_half(0.42, s), 0.02 / size, m @ fold, 1))
        parts.append(tube([(0, -1.0, 0.0), (0, 0.9, 0.01)], [0.025, 0.006], m, "vine"))
    return parts


# ---- 491 life ring ----------------------------------------------------------------------------


def _life_ring(rng: Rng) -> list[Part]:
    """A life ring standing upright on its edge, leaning back a little: a fat white ring with
    four red bands round it, a grab rope looped round its outside, lashed at each band."""
    R, r = 0.5, 0.12
    stand = rot("x", -8) @ at(0, R + r, 0)  # its centre, the ring in the xy plane
    circle = [(R + r * np.cos(a), r * np.sin(a)) for a in np.linspace(-np.pi / 2, 1.5 * np.pi, 9)]
    parts = [lathe(circle[:-1], stand @ rot("x", 90), 0, "body", sides=48, closed=True)]

    def on_ring(a: float, rad: float, z: float = 0.0) -> np.ndarray:
        return v3(rad * np.cos(a), rad * np.sin(a), z)

    for k in range(4):  # the bands
        mid = np.radians(45 + 90 * k)
        arc = [on_ring(mid + d, R) for d in np.radians(np.linspace(-15, 15, 5))]
        parts.append(tube(arc, r * 1.05, stand, 1))
    for k in range(4):  # the rope: festoons between the bands, lashed round each
        a0, a1 = np.radians(45 + 90 * k), np.radians(135 + 90 * k)
        bottom = k == 2  # the span along the ground drapes forward instead
        pts = []
        for u in np.linspace(0.0, 1.0, 7):
            a = a0 + (a1 - a0) * u
            sag = np.sin(np.pi * u)
            rad = R + r + 0.012 + 0.08 * sag
            if bottom:  # kept off the ground: it drapes forward instead
                rad = min(rad, (R + r - 0.016) / max(-np.sin(a), 1e-6))
            pts.append(on_ring(a, rad, (0.16 if bottom else 0.0) * sag))
        parts.append(tube(pts, 0.014, stand, "seed"))
        lash = stand @ at(*on_ring(a0, R)) @ rot("z", np.degrees(a0))
        parts.append(torus(r + 0.012, 0.014, lash, "seed"))
    del rng
    return parts


MORE_APPLIANCES_T = {
    480: _pickup, 481: _camper_van, 482: _log_cabin, 483: _hermit_crab, 484: _mantel_clock,
    485: _dog_lead, 486: _pew, 487: _jeep, 488: _signpost, 489: _crate, 490: _radishes,
    491: _life_ring,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
