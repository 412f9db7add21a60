"""More of the device family's appliances, from 1195: a pair of trousers, a pair of shorts, a
folded napkin, a sail, a cast-iron furnace, ivy climbing a brick wall.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl
from ._kit import blocks, cloth_sheet, flame, grid_normals, loft, plate, studs, superellipse
from ._primitives import box, cylinder, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZX"]

Rng = np.random.Generator


def _oval(c, rx: float, rz: float, h: float, slot=0) -> Part:
    """An upright oval band (a waistband, a hem) at c: a cylinder squashed front to back."""
    return cylinder(rx, rx, h, at(*c) @ scl(1.0, 1.0, rz / rx), slot)


def _front_z(x: float, a: float, b: float) -> float:
    """The front (z) of a superellipse a × b (power 4) at x."""
    return b * max(1.0 - (abs(x) / a) ** 4, 0.0) ** 0.25


def _legwear(rng: Rng, waist: float, crotch: float, leg_top: float, hem: float, flare: float,
             cuffs: bool) -> list[Part]:  # fmt: skip
    """A pair of trousers or shorts standing as on invisible legs, from the hems on y = 0 to
    the waistband at ``waist``: the seat, two legs, a waistband with loops, side pockets."""
    a, b = 0.2, 0.12
    ys = np.linspace(crotch - 0.06, waist - 0.05, 5)
    sh = superellipse(1.0, 1.0, 4.0, 24)
    cs = [(0, y, 0) for y in ys]
    wid = [a * (1.0 + 0.03 * np.sin(np.pi * k / 4)) for k in range(5)]
    parts = [loft(cs, [(w, 0, 0) for w in wid], [(0, 0, b) for _ in ys], sh, 0, "body")]
    spread = float(rng.uniform(0.0, 0.02))
    for s in (-1, 1):  # the legs
        top, foot = (s * 0.1, crotch + 0.04, 0.0), (s * (0.1 + spread + flare), 0.0, 0.0)
        mid = tuple((np.array(top) + foot) / 2)
        parts.append(tube([top, mid, foot], [leg_top, (leg_top + hem) / 2, hem], None, 0))
        r = hem + (0.006 if not cuffs else 0.012)
        parts.append(_oval((foot[0], 0.0, 0.0), r, r, 0.05 if cuffs else 0.025, 0))
        zt, zf = leg_top * 0.98, hem * 0.98  # the pressed crease down the front
        parts.append(stick((top[0], crotch - 0.04, zt), (foot[0], 0.05, zf), 0.005, 0))
    wy = waist - 0.06  # the waistband, its loops, the button and fly
    parts.append(_oval((0, wy, 0), a * 1.03, b * 1.08, 0.065, 0))
    parts.append(_oval((0, wy + 0.06, 0), a * 0.96, b * 0.98, 0.007, "marking"))  # the opening
    for ang in (-150, -110, -60, 60, 110, 150, 180):
        t = np.radians(ang)
        x, z = np.sin(t) * a * 1.05, np.cos(t) * b * 1.12
        loop = at(x, wy - 0.01, z) @ rot("y", ang)
        parts.append(box(0.018, 0.085, 0.012, loop, 0))
    parts.append(cylinder(0.014, 0.014, 0.012, at(0.02, wy + 0.032, b * 1.08) @ rot("x", 90), 1))
    fz = _front_z(0.03, a, b) + 0.004
    fly = [
        (0.035, wy, fz),
        (0.035, crotch + 0.12, fz),
        (0.02, crotch + 0.07, fz),
        (0.0, crotch + 0.04, b * 0.96),
    ]
    parts.append(tube(fly, 0.005, None, 1))
    for s in (-1, 1):  # slanted side pockets
        p0, p1 = (s * 0.12, wy, 0.0), (s * 0.19, wy - 0.14, 0.0)
        pts = [(x, y, _front_z(x, a * 1.02, b * 1.02)) for x, y, _ in
               (p0, tuple((np.array(p0) + p1) / 2), p1)]  # fmt: skip
        parts.append(tube(pts, 0.006, None, 1))
    return parts


def _trousers(rng: Rng) -> list[Part]:
    """A pair of long trousers standing as on invisible legs: a waistband with belt loops and a
    button, a stitched fly, slanted side pockets, two straight legs to the ankles with a
    pressed crease down the front of each and turn-ups at the hems."""
    return _legwear(rng, 1.0, 0.66, 0.1, 0.08, 0.0, True)


def _shorts(rng: Rng) -> list[Part]:
    """A pair of knee-length shorts standing as on invisible legs: a waistband with belt loops
    and a drawstring tied in a bow, slanted side pockets, two short wide legs flaring to
    hemmed cuffs."""
    parts = _legwear(rng, 0.58, 0.3, 0.11, 0.12, 0.06, False)
    z = 0.12 * 1.08 + 0.006
    y = 0.58 - 0.035
    for s in (-1, 1):  # the bow and its hanging ends
        loop = [(0, y, z), (s * 0.04, y + 0.025, z + 0.01), (s * 0.06, y, z + 0.01),
                (s * 0.035, y - 0.015, z + 0.005), (0, y, z)]  # fmt: skip
        parts.append(tube(loop, 0.006, None, 1))
        end = [(0, y, z), (s * 0.015, y - 0.05, z + 0.012), (s * 0.025, y - 0.11, z + 0.01)]
        parts.append(tube(end, 0.006, None, 1))
        parts.append(sphere(0.01, at(s * 0.025, y - 0.115, z + 0.01), 1))
    parts.append(sphere(0.012, at(0, y, z + 0.004), 1))
    return parts


def _napkin(rng: Rng) -> list[Part]:
    """A cloth napkin folded into a standing bishop's hat on a small white plate: a round crown
    of stiff cloth rising to two crisp pointed peaks, front and back, dipping between them, a
    folded-over flap and pressed creases on its face; a silver napkin ring lying beside."""
    r, lo, hi = 0.13, 0.18, 0.4 + float(rng.uniform(-0.02, 0.02))
    base = 0.018
    th = np.linspace(0.0, 2 * np.pi, 41)
    d = np.abs((th + np.pi / 2) % np.pi - np.pi / 2)  # the angle from the nearest peak
    h = lo + (hi - lo) * (1.0 - d / (np.pi / 2)) ** 1.3
    v = np.linspace(0.0, 1.0, 9)[:, None]
    rr = r * (1.0 - 0.25 * v) * (1.0 + 0.18 * np.cos(2 * th))[None]
    p = np.stack([rr * np.sin(th), base + v * h[None], rr * np.cos(th) * 0.8], -1)
    parts = [cloth_sheet(p, 0.012, 0, "body")]
    parts.append(plate(None, 0.3, "snow"))
    fz = r * 1.18 * 0.8  # the folded flap on the front: a triangle of doubled cloth
    flap = sharp([(-0.11, 0.0), (0.11, 0.0), (0.0, hi * 0.62)])
    parts.append(slab(flap, 0.012, at(0, base + 0.02, fz * 0.93) @ rot("x", -8), 0))
    ring = at(0.38, 0.05, 0.12) @ rot("y", 30) @ rot("x", 90)
    parts.append(torus(0.045, 0.006, ring @ at(0, 0.02, 0), 1))
    parts.append(torus(0.045, 0.006, ring @ at(0, -0.02, 0), 1))
    parts.append(cylinder(0.047, 0.047, 0.04, ring @ at(0, -0.02, 0), 1))
    parts.append(cylinder(0.04, 0.04, 0.042, ring @ at(0, -0.021, 0), "marking"))
    return parts


def _sail_point(u, v, x0: float, y0: float, length: float, height: float, bow: float):
    """A point on a billowed triangular sail: u across from the luff, v up from the foot."""
    u, v = np.asarray(u, float), np.asarray(v, float)
    x = x0 + length * (1.0 - v) * u
    y = y0 + height * v + 0.03 * np.sin(np.pi * u) * (1.0 - v)
    z = bow * np.sin(np.pi * u) * (1.0 - v) ** 0.8
    return np.stack(np.broadcast_arrays(x, y, z), -1)


def _sail(rng: Rng) -> list[Part]:
    """A big white triangular sail bent to a short mast and a boom: the canvas bellied out in a
    slight curve, sewn in horizontal panels with seams, battens in pockets across its leech,
    reinforced patches and steel rings at its three corners, and the mainsheet running from
    the boom's end down to a block on the deck."""
    x0, y0, length, height = 0.04, 0.28, 0.62, 0.78
    bow = 0.09 + float(rng.uniform(-0.015, 0.015))
    uu, vv = np.meshgrid(np.linspace(0, 1, 12), np.linspace(0, 0.985, 16))
    p = _sail_point(uu, vv, x0, y0, length, height, bow)
    parts = [cloth_sheet(p, 0.008, 0, "body")]
    nrm = grid_normals(p)
    parts.append(cylinder(0.022, 0.018, 1.12, at(0, 0.02, 0), 1))  # the mast and its step
    parts.append(box(0.5, 0.02, 0.36, at(0.2, 0, 0), 1))
    parts.append(stick((0.0, 0.25, 0.0), (0.72, 0.25, 0.0), 0.02, 1))  # the boom
    parts.append(cylinder(0.035, 0.035, 0.04, at(0, 0.23, 0), "steel"))  # the gooseneck
    for k in range(1, 6):  # the panel seams, level across
        v = k / 6.0
        us = np.linspace(0.01, 0.99, 8)
        pts = _sail_point(us, np.full(8, v), x0, y0, length, height, bow)
        for s in (-1, 1):
            parts.append(tube(pts + np.array([0, 0, s * 0.005]), 0.003, None, "marking"))
    for v in (0.2, 0.42, 0.64):  # the battens, square to the leech
        us = np.linspace(0.62, 0.97, 4)
        pts = _sail_point(us, np.full(4, v), x0, y0, length, height, bow)
        parts.append(tube(pts + np.array([0, 0, 0.008]), 0.007, None, 1))
    for u, v, nu in ((0.0, 0.0, 0), (0.93, 0.02, 10), (0.0, 0.96, 0)):  # the corner patches
        c = _sail_point(u, v, x0, y0, length, height, bow)
        n = nrm[min(int(v * 15), 15), nu]
        m = at(*(c + n * 0.005)) @ align(n) @ rot("x", 90)
        parts.append(cylinder(0.05, 0.05, 0.004, m @ at(0, 0, 0), 0))
        parts.append(torus(0.012, 0.004, at(*(c + n * 0.01)) @ align(n), "steel"))
    clew = _sail_point(1.0, 0.0, x0, y0, length, height, bow)
    parts.append(stick(clew, (0.7, 0.25, 0.0), 0.004, "cloth-dark"))  # lashed to the boom end
    for z in (-0.02, 0.02):  # the mainsheet
        parts.append(stick((0.66, 0.24, z), (0.4, 0.05, z * 2), 0.005, "cloth-dark"))
    parts.append(sphere(0.03, at(0.4, 0.045, 0) @ scl(1, 0.8, 0.6), 1))
    for x in (0.12, 0.3, 0.48):  # ties along the foot
        c = _sail_point((x - x0) / length, 0.0, x0, y0, length, height, bow)
        parts.append(torus(0.024, 0.004, at(x, 0.26, c[2] / 2) @ rot("y", 90) @ rot("x", 90),
                           "cloth-dark"))  # fmt: skip
    return parts


def _furnace(rng: Rng) -> list[Part]:
    """An old cast-iron furnace: a squat riveted iron box on four stubby feet, its firebox door
    swung open on its hinges to show glowing coals and licking flames behind a grate, a closed
    ash door with vents below, a brass handle on each door, and a big round flue pipe rising
    from the top and bending back toward the wall."""
    w, d, y0, y1 = 0.7, 0.6, 0.1, 0.78
    ox, oy0, oy1, deep = 0.18, 0.4, 0.64, 0.22
    f = d / 2
    parts = [box(w, oy0 - y0, d, at(0, y0, 0), 0, "body")]
    parts.append(box(w, y1 - oy1, d, at(0, oy1, 0), 0))
    side = w / 2 - ox
    for s in (-1, 1):
        parts.append(box(side, oy1 - oy0, d, at(s * (ox + side / 2), oy0, 0), 0))
    parts.append(box(2 * ox, oy1 - oy0, d - deep, at(0, oy0, -deep / 2), "marking"))
    parts.append(box(w + 0.04, 0.03, d + 0.04, at(0, y1, 0), 0))  # the top rim
    parts.append(box(w + 0.03, 0.03, d + 0.03, at(0, y0, 0), 0))  # the plinth rim
    for x in (-1, 1):
        for z in (-1, 1):
            parts.append(cylinder(0.04, 0.05, y0, at(x * (w / 2 - 0.06), 0, z * (f - 0.06)), 0))
    for i in range(9):  # the glowing coals on the grate
        x = -ox + 0.03 + (2 * ox - 0.06) * i / 8
        z = f - deep + 0.05 + 0.1 * float(rng.uniform())
        parts.append(sphere(0.032, at(x, oy0 + 0.025, z) @ scl(1, 0.7, 1), "glow"))
    for x in (-0.09, 0.0, 0.09):
        for part in flame(np.array([x, oy0 + 0.03, f - deep + 0.1]), 0.17 - abs(x) * 0.4):
            parts.append(part)
    for i in range(7):  # the grate bars across the opening
        x = -ox + 2 * ox * (i + 0.5) / 7
        parts.append(box(0.012, 0.08, 0.012, at(x, oy0, f - 0.02), 1))
    parts.append(box(2 * ox, 0.012, 0.02, at(0, oy0 + 0.07, f - 0.02), 1))
    door = at(-ox - 0.02, oy0 - 0.02, f + 0.03) @ rot("y", -105)  # open on its hinges
    parts.append(box(2 * ox + 0.04, oy1 - oy0 + 0.04, 0.03, door @ at(ox + 0.02, 0, 0), 0))
    parts.append(box(2 * ox - 0.02, oy1 - oy0 - 0.02, 0.02, door @ at(ox + 0.02, 0.03, 0.02), 0))
    grip = [(door @ np.array([x, 0.13, 0.05, 1.0]))[:3] for x in (2 * ox, 2 * ox - 0.1)]
    parts.append(stick(grip[0], grip[1], 0.012, 1))
    for y in (0.04, 0.22):  # the hinges
        parts.append(cylinder(0.016, 0.016, 0.05, at(-ox - 0.02, oy0 + y, f + 0.02), 1))
    ash = at(0, 0.17, f)  # the ash door below
    parts.append(box(0.34, 0.16, 0.03, ash, 0))
    for x in (-0.08, 0.0, 0.08):
        parts.append(box(0.035, 0.09, 0.012, ash @ at(x, 0.035, 0.03), "marking"))
    parts.append(stick((0.12, 0.25, f + 0.05), (0.17, 0.25, f + 0.05), 0.012, 1))
    pts = []  # rivets round the plates of the front and along the seams
    for x in np.linspace(-w / 2 + 0.03, w / 2 - 0.03, 11):
        for y in (y0 + 0.05, y1 - 0.03):
            pts.append((x, y, f))
    for y in np.linspace(y0 + 0.1, y1 - 0.08, 6):
        for x in (-w / 2 + 0.03, w / 2 - 0.03):
            pts.append((x, y, f))
            pts.append((np.sign(x) * w / 2, y, f - 0.05))
    nrm = [(0, 0, 1) if p[2] == f else (np.sign(p[0]), 0, 0) for p in pts]
    parts.append(studs(pts, nrm, 0.011, 0.02, 0, 6))
    fx, fz = 0.12, -0.1  # the flue: a collar, up, and bending back
    parts.append(cylinder(0.13, 0.11, 0.06, at(fx, y1 + 0.03, fz), 0))
    flue = [(fx, y1, fz), (fx, y1 + 0.4, fz), (fx, y1 + 0.56, fz - 0.06), (fx, y1 + 0.62, fz - 0.22),
            (fx, y1 + 0.63, fz - 0.38)]  # fmt: skip
    parts.append(tube(flue, 0.09, None, 0))
    for y in (y1 + 0.2, y1 + 0.38):
        parts.append(_oval((fx, y, fz), 0.098, 0.098, 0.025, 0))
    return parts


def _ivy_leaf(m: np.ndarray, size: float) -> Part:
    """An ivy leaf under m facing +z, its stalk at 0: five pointed lobes, the middle one
    longest."""
    half = [(0.0, 1.0), (0.2, 0.55), (0.62, 0.62), (0.42, 0.3), (0.66, 0.08), (0.28, -0.08)]
    ring = half + [(0.0, 0.02)] + [(-x, y) for x, y in reversed(half[1:])]
    shape = [(x * size, (y + 0.1) * size) for x, y in reversed(ring)]
    return slab(sharp(shape), 0.008, m, "vine")


def _ivy(rng: Rng) -> list[Part]:
    """English ivy climbing a patch of brick wall: courses of bricks in a running bond bedded
    in pale mortar, a woody vine rising from the foot and branching up and across the face,
    thick with dark green five-lobed pointed leaves on thin stalks, a few tendrils trailing
    down from the top."""
    w, h, t = 1.0, 1.0, 0.14
    parts = [box(w, h, t, at(0, 0, -t / 2), "plaster", "body")]
    bw, bh, gap = 0.19, 0.06, 0.012
    feet = []
    for row in range(int(h / (bh + gap))):
        off = (bw + gap) / 2 * (row % 2)
        x = -w / 2 - off + gap / 2
        while x < w / 2:
            x0, x1 = max(x, -w / 2 + 0.004), min(x + bw, w / 2 - 0.004)
            if x1 - x0 > 0.05:
                feet.append(((x0 + x1) / 2, row * (bh + gap) + gap / 2, x1 - x0))
            x += bw + gap
    for width in sorted({round(f[2], 3) for f in feet}):
        fs = [(x, y, 0.006) for x, y, wd in feet if round(wd, 3) == width]
        parts.append(blocks(fs, (width, bh, 0.012), None, 0))
    root = np.array([float(rng.uniform(-0.15, 0.05)), 0.0, 0.03])
    ends = [(-0.42, 0.75), (-0.2, 0.97), (0.1, 0.9), (0.38, 0.95), (0.45, 0.55), (-0.45, 0.4)]
    stems = []
    for ex, ey in ends:
        end = np.array([ex, ey, 0.03])
        mid = root + (end - root) * 0.55 + (rng.uniform(-0.08, 0.08), 0.0, 0.0)
        stems.append([root, (root + mid) / 2 + (0.02, 0.0, 0.0), mid, end])
    for x in (-0.28, 0.05, 0.3):  # tendrils hanging over the top
        stems.append([np.array([x, h + 0.0, 0.04]), np.array([x + 0.03, h - 0.2, 0.045]),
                      np.array([x + 0.01, h - 0.42, 0.05])])  # fmt: skip
    for k, st in enumerate(stems):
        r0 = 0.009 if k < len(ends) else 0.004
        parts.append(tube(st, [r0] + [0.004] * (len(st) - 2) + [0.002], None, 1))
        path = np.array(st)
        seg = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(path, axis=0), axis=1))]
        n = int(seg[-1] / 0.058)
        for i in range(1, n + 1):
            s = seg[-1] * i / (n + 0.5)
            p = np.array([np.interp(s, seg, path[:, j]) for j in range(3)])
            side = 1 if i % 2 else -1
            tip = p + np.array([side * 0.012, 0.008, 0.006])
            size = float(rng.uniform(0.05, 0.075)) * (0.7 if k >= len(ends) else 1.0)
            spin = side * float(rng.uniform(20, 60)) + float(rng.uniform(-15, 15))
            if k >= len(ends):
                spin += 180
            m = at(*tip) @ rot("z", -spin) @ rot("x", float(rng.uniform(-20, 10)))
            parts.append(_ivy_leaf(m, size))
    return parts


MORE_APPLIANCES_ZZZX = {
    1195: _trousers, 1196: _shorts, 1197: _napkin, 1198: _sail, 1199: _furnace, 1200: _ivy,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
