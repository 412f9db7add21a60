"""More of the device family's appliances, from 576: an ice lolly, a corn cob, a chilli pepper,
a bagel, french fries, a burrito, a shish kebab, samosas, spring rolls, macarons, a cinnamon
roll and a pickle.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material. The ice
lolly and the pickle are smooth solids (signed-distance fields meshed by marching cubes,
``_sdf``).
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import ALONG_X, band, cut, rope, rrect_outline, solid, studs
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import Shape
from ._sdf import ellipsoid as blob
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZB"]

Rng = np.random.Generator

_FLAT = rot("x", -90)
"""Lays a slab (an outline in xy extruded along z) flat, its depth along +y."""
_FACE_X = rot("y", 90)
"""Turns a slab (an outline in xy extruded along z) to face along +x."""


# ---- helpers ---------------------------------------------------------------------------------


def _ring(n: int, radius) -> np.ndarray:
    """A closed outline of n points round 0 whose radius is ``radius(angle)``."""
    t = np.arange(n) * (2 * np.pi / n)
    r = radius(t)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _chord_band(r: float, y0: float, y1: float, n: int = 10) -> np.ndarray:
    """The part of a disc of radius r between heights y0 and y1 (a layer of a cut filling),
    as an outline."""
    a0, a1 = np.arcsin(np.clip([y0 / r, y1 / r], -1.0, 1.0))
    right = np.linspace(a0, a1, n)
    left = np.linspace(np.pi - a1, np.pi - a0, n)
    t = np.concatenate([right, left])
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _bar_shape(c, half, r_top: float, r_bot: float, edge: float) -> Shape:
    """A bar (an ice lolly) centred on c with half extents ``half``: its outline in xy a
    rectangle with corners of radius r_top above and r_bot below, its edges rounded by
    ``edge`` all round."""
    c = np.asarray(c, np.float32)
    hx, hy, hz = (float(h) for h in half)

    def dist(x, y, z):
        px, py, pz = np.abs(x - c[0]), y - c[1], np.abs(z - c[2])
        r = np.where(py > 0, r_top, r_bot).astype(np.float32)
        qx, qy = px - (hx - r), np.abs(py) - (hy - r)
        d2 = np.hypot(np.maximum(qx, 0), np.maximum(qy, 0)) + np.minimum(np.maximum(qx, qy), 0)
        wx, wz = d2 - r + edge, pz - (hz - edge)
        out = np.hypot(np.maximum(wx, 0), np.maximum(wz, 0)) + np.minimum(np.maximum(wx, wz), 0)
        return out - edge

    h = np.asarray(half, np.float32)
    return Shape(dist, c - h, c + h, 0.0)


# ---- 576 popsicle ----------------------------------------------------------------------------


def _popsicle(rng: Rng) -> list[Part]:
    """An ice lolly standing on its flat wooden stick: a rounded bar of frozen juice in two
    layers of colour, a bite taken out of its top corner."""
    y0, H, W, D = 0.34, 0.74, 0.52, 0.19
    c = (0.0, y0 + H / 2, 0.0)
    bar = _bar_shape(c, (W / 2, H / 2, D / 2), 0.2, 0.07, 0.06)
    side = float(rng.choice([-1.0, 1.0]))
    bites = [  # a scalloped bite out of one top corner
        blob((side * 0.2, y0 + H - 0.01, 0.0), (0.13, 0.13, 0.3), None, -0.012),
        blob((side * 0.06, y0 + H + 0.05, 0.0), (0.09, 0.09, 0.3), None, -0.012),
        blob((side * 0.29, y0 + H - 0.17, 0.0), (0.08, 0.08, 0.3), None, -0.012),
    ]
    split = y0 + H * 0.52
    lo, hi = (-W, y0 - 0.1, -D), (W, y0 + H + 0.1, D)
    parts = [
        solid([bar, *bites, cut(1, split, True, 0.004, lo, hi)], 0.018, 0, "body"),
        solid([bar, *bites, cut(1, split, False, 0.004, lo, hi)], 0.018, 1),
    ]
    parts.append(slab(rrect_outline(0.11, 0.5, 0.05), 0.035, at(0, 0.25, 0), "pencil-wood"))
    return [p.moved(rot("y", -12)) for p in parts]


# ---- 577 corn on the cob ---------------------------------------------------------------------


def _corn(rng: Rng) -> list[Part]:
    """A corn cob lying on the ground: a long, slightly tapering cob covered in rows of plump
    kernels, its green husk leaves peeled back from its base and spread on the ground."""
    L, R, rows, along = 1.0, 0.17, 12, 17
    prof = [(0.0, 0.0), (R * 0.7, 0.005)]
    for i in range(2 * along):
        y = 0.03 + (L - 0.06) * i / (2 * along - 1)
        t = y / L
        taper = R * (1 - 0.22 * t) * np.sqrt(max(0.0, 1 - max(0.0, (t - 0.82) / 0.22) ** 2))
        prof.append((max(taper, 0.03) * (1.0 if i % 2 else 0.9), y))
    prof.append((0.0, L + 0.01))
    kernels = _ring(rows * 4, lambda t: 0.88 + 0.12 * np.abs(np.sin(rows / 2 * t)) ** 0.6)
    yaw = float(rng.uniform(-28, -18))
    place = rot("y", yaw) @ at(-0.3, R + 0.01, 0)
    parts = [lathe(prof, place @ ALONG_X, 0, "body", shape=kernels)]
    parts.append(cylinder(0.06, 0.05, 0.16, place @ at(0.02, 0, 0) @ rot("z", 90), 1))
    d = (place @ np.array([1.0, 0, 0, 0]))[:3]
    base = (place @ np.array([0.05, 0, 0, 1]))[:3]
    up = v3(0, 1, 0)
    side = np.cross(d, up)
    for ang in (-150, -95, -35, 20, 75, 130, 180):
        a = np.radians(ang + rng.uniform(-8, 8))
        e = np.cos(a) * up + np.sin(a) * side
        across = np.cross(d, e)
        wid = [0.2, 0.24, 0.22, 0.15, 0.0]
        pts = []
        for s, w in zip((0.0, 0.25, 0.5, 0.75, 1.0), wid, strict=True):
            p = base + d * (0.12 - 0.7 * s) + e * (R * 1.02 + 0.28 * s**1.4)
            p = p - up * 0.25 * s**2
            p[1] = max(p[1], 0.5 * w * abs(across[1]) + 0.015)
            pts.append(p)
        parts.append(band(pts, wid, 0.02, across, 1))
    return parts


# ---- 578 chilli pepper -----------------------------------------------------------------------


def _chilli(rng: Rng) -> list[Part]:
    """A long red chilli pepper lying on the ground: a glossy, slightly wrinkled body swelling
    from its shoulders and tapering in a curve to a hooked point, a green cap and a bent stem."""
    hook = float(rng.uniform(0.35, 0.45))
    xz = [(-0.62, -0.2), (-0.45, -0.16), (-0.15, -0.08), (0.15, 0.0), (0.38, 0.1), (0.52, 0.24),
          (0.55, hook)]  # fmt: skip
    radii = [0.1, 0.13, 0.125, 0.105, 0.075, 0.04, 0.0]
    pts = [(x, max(r, 0.02) + 0.026, z) for (x, z), r in zip(xz, radii, strict=True)]
    wrinkle = _ring(20, lambda t: 1 + 0.07 * np.cos(3 * t) + 0.035 * np.cos(5 * t + 1.0))
    parts = [tube(pts, radii, slot=0, tag="body", shape=wrinkle)]
    p0, p1 = np.array(pts[0]), np.array(pts[1])
    d0 = (p0 - p1) / np.linalg.norm(p0 - p1)  # out of the shoulder
    cap = at(*(p0 - d0 * 0.02)) @ align(d0)
    calyx = _ring(20, lambda t: 1 + 0.18 * np.cos(5 * t))
    prof = [(0.0, -0.07), (0.115, -0.06), (0.12, -0.02), (0.1, 0.02), (0.05, 0.045), (0.0, 0.05)]
    parts.append(lathe(prof, cap, 1, shape=calyx))
    root = p0 + d0 * 0.03
    stem = [root, root + d0 * 0.08 + v3(0, 0.02, 0), root + d0 * 0.14 + v3(0, 0.1, 0),
            root + d0 * 0.16 + v3(0, 0.18, 0)]  # fmt: skip
    parts.append(tube(stem, [0.032, 0.028, 0.024, 0.022], slot=1))
    return parts


# ---- 579 bagel -------------------------------------------------------------------------------


def _bagel_ring(rc: float, a: float, b: float, top_only: bool = False):
    """A bagel's cross-section round the circle of radius rc: a rounded oval a wide and b high
    (sitting on y = 0, flatter underneath), or only its lower half up to a cut."""
    out = []
    for t in np.linspace(0, 2 * np.pi, 20, endpoint=False):
        s = np.sin(t)
        y = b + b * s if s > 0 else b - b * abs(s) ** 0.55
        if top_only:
            y = min(y, b)
        out.append((rc + a * np.cos(t), y))
    return out


def _seeds(rc: float, a: float, b: float, m: np.ndarray, n: int, rng: Rng) -> list[Part]:
    """Seeds scattered over a bagel's top (``_bagel_ring`` of the same size, placed by m):
    mostly pale sesame, some dark poppy."""
    ang = rng.uniform(0, 2 * np.pi, n)
    t = rng.uniform(0.2, np.pi - 0.2, n)
    r = rc + a * np.cos(t)
    y = b + b * np.sin(t)
    pts = np.stack([r * np.cos(ang), y, r * np.sin(ang)], 1)
    nrm = np.stack([np.cos(t) / a * np.cos(ang), np.sin(t) / b, np.cos(t) / a * np.sin(ang)], 1)
    nrm /= np.linalg.norm(nrm, axis=1, keepdims=True)
    pts = pts @ m[:3, :3].T + m[:3, 3]
    nrm = nrm @ m[:3, :3].T
    dark = rng.uniform(size=n) < 0.3
    return [
        studs(pts[~dark], nrm[~dark], 0.016, 0.012, "seed"),
        studs(pts[dark], nrm[dark], 0.011, 0.01, "marking"),
    ]


def _bagel(rng: Rng) -> list[Part]:
    """A seeded bagel lying on the table, a thick rounded ring of glossy crust sprinkled with
    sesame and poppy seeds, and the bottom half of another cut open beside it, its soft pale
    inside showing."""
    rc, a, b = 0.3, 0.17, 0.14
    whole = at(-0.22, 0, -0.18)
    parts = [lathe(_bagel_ring(rc, a, b), whole, 0, "body", closed=True)]
    parts += _seeds(rc, a, b, whole, 70, rng)
    half = at(0.4, 0, 0.3) @ rot("y", 30)
    parts.append(lathe(_bagel_ring(rc, a, b, True), half, 0, closed=True))
    crumb = [(rc - a * 0.9, b - 0.02), (rc + a * 0.9, b - 0.02), (rc + a * 0.9, b + 0.008),
             (rc - a * 0.9, b + 0.008)]  # fmt: skip
    parts.append(lathe(crumb, half, 1, closed=True))
    return parts


# ---- 580 french fries ------------------------------------------------------------------------


def _fries(rng: Rng) -> list[Part]:
    """French fries in a red carton: a scoop-shaped pouch, its back rising taller than its
    dipped front, packed with golden chip sticks splaying out of it at all angles."""
    wb, db, wt, dt, hf, hb = 0.2, 0.09, 0.3, 0.17, 0.42, 0.7
    tilt = np.degrees(np.arctan2(dt - db, hf))
    lf, lb = float(np.hypot(hf, dt - db)), float(np.hypot(hb, dt - db))
    xs = np.linspace(wt, -wt, 9)
    front = [(-wb, 0.0), (wb, 0.0)] + [(x, lf - 0.09 * (1 - (x / wt) ** 2)) for x in xs]
    back = [(-wb, 0.0), (wb, 0.0)] + [(x, lb + 0.05 * (1 - (x / wt) ** 2)) for x in xs]
    box_slot = 1
    parts = [slab(sharp(front), 0.02, at(0, 0, db) @ rot("x", tilt), box_slot)]
    parts.append(slab(sharp(back), 0.02, at(0, 0, -db) @ rot("x", -tilt), box_slot))
    for s in (-1, 1):
        sideways = np.eye(4)
        sideways[:3, :3] = np.array([[0.0, 0.0, 1.0], [s * (wt - wb) / hb, 1.0, 0.0],
                                     [1.0, 0.0, 0.0]]).T  # fmt: skip
        side = [(db, 0.0), (-db, 0.0), (-dt, lb), (dt, lf)]
        parts.append(slab(sharp(side), 0.02, at(s * wb, 0, 0) @ sideways, box_slot))
    parts.append(box(2 * wb, 0.02, 2 * db, None, box_slot))
    parts.append(slab(sharp([(-0.1, 0.0), (0.1, 0.0), (0.0, 0.14)]), 0.006,
                      at(0, 0.13, db + 0.035) @ rot("x", tilt), "cloth-yellow"))  # fmt: skip
    n = 0
    for i in range(6):
        for j in range(4):
            u = -1 + 2 * (i + 0.5) / 6 + rng.uniform(-0.06, 0.06)
            w = -1 + 2 * (j + 0.5) / 4 + rng.uniform(-0.1, 0.1)
            x, z = u * (wb - 0.03), w * (db - 0.02)
            length = float(rng.uniform(0.55, 0.8)) + 0.08 * (1 - w)
            lean = v3(u * 0.35 + rng.uniform(-0.1, 0.1), 1.0, w * 0.25 - 0.05)
            m = at(x, 0.02, z) @ align(lean) @ rot("y", float(rng.uniform(0, 90)))
            parts.append(box(0.055, length, 0.055, m, 0, "body" if n == 0 else ""))
            n += 1
    return parts


# ---- 581 burrito -----------------------------------------------------------------------------


def _burrito(rng: Rng) -> list[Part]:
    """A burrito on a crumpled square of foil: a fat tortilla roll with a folded-over end, its
    other end cut open to show the layers of its filling (rice, beans, lettuce, salsa)."""
    R, L = 0.22, 1.0
    place = at(0, R + 0.012, 0) @ rot("y", float(rng.uniform(-35, -25)))
    along = place @ at(-L / 2, 0, 0) @ ALONG_X
    prof = [(0.0, 0.0), (0.1, 0.015), (0.18, 0.06), (R, 0.16), (R, L - 0.02), (R - 0.004, L),
            (0.0, L)]  # fmt: skip
    parts = [lathe(prof, along, 0, "body")]
    parts.append(torus(R - 0.006, 0.012, along @ at(0, L - 0.004, 0), 0))  # the cut rim
    face = place @ at(L / 2, 0, 0) @ _FACE_X
    layers = [(-0.2, -0.11, "snow"), (-0.11, -0.03, "soil"), (-0.03, 0.05, "snow"),
              (0.05, 0.12, "vine"), (0.12, 0.2, "card-red")]  # fmt: skip
    for y0, y1, slot in layers:
        parts.append(slab(sharp(_chord_band(R - 0.015, y0, y1)), 0.03, face, slot))
    for _ in range(9):  # bits of the filling standing out of the cut
        a = rng.uniform(0, 2 * np.pi)
        rr = rng.uniform(0.03, 0.16)
        y, z = rr * np.sin(a), rr * np.cos(a)
        slot = "soil" if y < -0.03 and y > -0.11 else "vine" if y > 0.04 else "snow"
        parts.append(sphere(1.0, face @ at(z, y, 0.016) @ scl(0.025, 0.018, 0.02), slot))
    fold = place @ at(-L / 2 + 0.02, 0, 0)  # the folded end: a flap pressed over it
    flap = [(0.0, -0.18), (0.16, -0.05), (0.12, 0.12), (-0.12, 0.12), (-0.16, -0.05)]
    parts.append(slab(flap, 0.03, fold @ rot("y", -90) @ at(0, 0.0, 0.02), 0))
    spots = []
    for _ in range(26):  # toasted spots on the tortilla
        a = rng.uniform(0.3, np.pi - 0.3) if rng.uniform() < 0.8 else rng.uniform(0, 2 * np.pi)
        x = rng.uniform(-L / 2 + 0.2, L / 2 - 0.05)
        spots.append((x, R * np.sin(a), R * np.cos(a)))
    sp = np.array(spots)
    nrm = sp * [0.0, 1.0, 1.0]
    sp = sp @ place[:3, :3].T + place[:3, 3]
    parts.append(studs(sp, nrm @ place[:3, :3].T, 0.025, 0.006, "cork"))
    t = np.arange(18) * (2 * np.pi / 18)
    edge = 1 + 0.08 * np.sin(5 * t + rng.uniform(0, 6)) + 0.05 * rng.uniform(-1, 1, 18)
    sheet = np.stack([0.62 * edge * np.cos(t), 0.48 * edge * np.sin(t)], 1)
    parts.append(slab(sharp(sheet), 0.01, at(-0.1, 0.006, 0) @ rot("y", -30) @ _FLAT, 1))
    return parts


# ---- 582 kebab -------------------------------------------------------------------------------


def _kebab(rng: Rng) -> list[Part]:
    """A shish kebab lying across two wooden rests: a long steel skewer with a ring for its
    handle, threaded with charred cubes of meat between pieces of onion, green pepper and
    cherry tomato."""
    y = 0.3
    place = at(0, y, 0) @ rot("y", -20)
    parts = [cylinder(0.013, 0.013, 1.5, place @ at(-0.78, 0, 0) @ ALONG_X, 1)]
    parts.append(cylinder(0.013, 0.0, 0.12, place @ at(0.72, 0, 0) @ ALONG_X, 1))
    parts.append(torus(0.06, 0.012, place @ at(-0.84, 0, 0) @ rot("x", 90), 1))
    for x in (-0.68, 0.6):  # the rests
        rest = place @ at(x, -y, 0)
        parts.append(box(0.09, y - 0.012, 0.2, rest, "cork"))
    kinds = ["meat", "onion", "meat", "pepper", "tomato", "meat", "pepper", "meat", "onion",
             "meat"]  # fmt: skip
    n = 0
    for i, kind in enumerate(kinds):
        x = -0.52 + 1.0 * i / (len(kinds) - 1)
        spin = float(rng.uniform(-15, 15))
        m = place @ at(x, 0, 0) @ rot("x", spin)
        if kind == "meat":
            s = float(rng.uniform(0.14, 0.16))
            cube = m @ rot("z", float(rng.uniform(-8, 8))) @ at(0, -s / 2, 0)
            chunk = [(0.0, 0.0), (s * 0.6, 0.0), (s * 0.7, s * 0.12), (s * 0.7, s * 0.88),
                     (s * 0.6, s), (0.0, s)]  # fmt: skip
            parts.append(lathe(chunk, cube @ rot("y", 45) @ scl(0.8, 1, 1), 0,
                               "body" if n == 0 else "", sides=4))  # fmt: skip
            parts.append(box(s * 0.8 + 0.004, 0.012, s * 0.25, cube @ at(0, s, 0), "marking"))
            n += 1
        elif kind == "onion":
            for j in range(3):
                ring = m @ at(-0.03 + 0.03 * j, 0, 0) @ _FACE_X
                parts.append(slab(rrect_outline(0.17, 0.17, 0.06), 0.018, ring, "sheet"))
        elif kind == "pepper":
            parts.append(slab(rrect_outline(0.17, 0.17, 0.05), 0.03, m @ _FACE_X, "vine"))
        else:
            parts.append(sphere(0.085, m @ scl(0.9, 1, 1), "fruit-red"))
    return parts


# ---- 583 samosa ------------------------------------------------------------------------------


def _samosa_one(m: np.ndarray, size: float, tag: str = "") -> list[Part]:
    """One samosa under m: a puffy three-sided pyramid of golden pastry, a crimped seam up each
    of its three ridges."""
    R, H = 0.3 * size, 0.36 * size
    tri = _ring(36, lambda t: 0.78 + 0.22 * np.cos(3 * t))
    prof = [(0.0, 0.0), (R * 0.95, 0.0), (R, 0.03 * size), (R * 0.62, H * 0.4), (R * 0.25, H * 0.8),
            (0.0, H)]  # fmt: skip
    parts = [lathe(prof, m, 0, tag, shape=tri)]
    for k in range(3):
        a = 2 * np.pi * k / 3
        d = np.array([np.cos(a), 0.0, -np.sin(a)])
        pts, rad = [], []
        for i in range(11):
            t = i / 10
            y = 0.03 * size + (H - 0.03 * size) * t
            r = float(np.interp(y, [p[1] for p in prof[1:]], [p[0] for p in prof[1:]]))
            pts.append(d * (r + 0.004) + v3(0, y, 0))
            rad.append((0.028 if i % 2 else 0.016) * size * (1 - 0.4 * t))
        parts.append(tube(pts, rad, m, 0))
    return parts


def _samosa(rng: Rng) -> list[Part]:
    """Three samosas on a plate: plump triangular pyramids of fried golden pastry with crimped
    seams up their ridges, a little bowl of green chutney beside them."""
    plate = [(0.0, 0.0), (0.55, 0.0), (0.72, 0.04), (0.75, 0.05), (0.7, 0.05), (0.55, 0.025),
             (0.0, 0.025)]  # fmt: skip
    parts = [lathe(plate, None, 1)]
    spots = [(-0.22, -0.12, 10.0, 1.0), (0.26, -0.16, 75.0, 0.95), (0.0, 0.28, 40.0, 0.9)]
    for i, (x, z, turn, size) in enumerate(spots):
        m = at(x, 0.025, z) @ rot("y", turn + float(rng.uniform(-10, 10)))
        parts += _samosa_one(m, size, "body" if i == 0 else "")
    bowl = [(0.0, 0.0), (0.07, 0.0), (0.13, 0.07), (0.12, 0.075), (0.0, 0.02)]
    parts.append(lathe(bowl, at(0.45, 0.025, 0.32), "snow"))
    parts.append(cylinder(0.11, 0.11, 0.01, at(0.45, 0.08, 0.32), "vine"))
    return parts


# ---- 584 spring roll -------------------------------------------------------------------------


def _roll(m: np.ndarray, L: float, R: float, rng: Rng, cut: bool = False, tag: str = "") -> list:
    """A spring roll along x under m from 0 to L, its crisp skin blistered; ``cut`` leaves its
    far end cut open on its filling."""
    ys = np.linspace(0.0, L, 9)
    wob = 1 + 0.05 * rng.uniform(-1, 1, len(ys))
    prof = [(0.0, 0.0), (R * 0.7, 0.01)]
    prof += [(R * w, y) for y, w in zip(ys[1:-1], wob[1:-1], strict=True)]
    if cut:
        prof += [(R, L - 0.005), (R * 0.97, L), (0.0, L)]
    else:
        prof += [(R * 0.7, L - 0.01), (0.0, L)]
    ph = rng.uniform(0, 6, 3)
    skin = _ring(24, lambda t: 1 + 0.04 * np.sin(7 * t + ph[0]) + 0.03 * np.sin(11 * t + ph[1]))
    parts = [lathe(prof, m @ ALONG_X, 0, tag, shape=skin)]
    pts = []
    for _ in range(14):
        a, x = rng.uniform(0, 2 * np.pi), rng.uniform(0.05, L - 0.05)
        pts.append((x, R * np.cos(a), R * np.sin(a)))
    p = np.array(pts)
    nrm = p * [0.0, 1.0, 1.0]
    p = p @ m[:3, :3].T + m[:3, 3]
    parts.append(studs(p, nrm @ m[:3, :3].T, 0.018, 0.012, 0, sides=6))
    if cut:
        face = m @ at(L, 0, 0) @ _FACE_X
        parts.append(cylinder(R * 0.85, R * 0.85, 0.012, face @ rot("x", 90), "vine"))
        for k in range(10):
            a = 2 * np.pi * k / 10 + rng.uniform(-0.2, 0.2)
            rr = R * rng.uniform(0.1, 0.7)
            tip = v3(rr * np.cos(a) + 0.01, rr * np.sin(a), 0.03 + 0.03 * rng.uniform())
            slot = ("fruit-orange", "vine", "sheet")[k % 3]
            parts.append(stick(face[:3, 3], (face @ np.r_[tip, 1.0])[:3], 0.012, slot))
    return parts


def _spring_roll(rng: Rng) -> list[Part]:
    """Spring rolls on a plate: two crisp golden rolls with blistered skins side by side, a
    third cut in half showing its green and orange filling, a bowl of red dipping sauce."""
    plate = [(0.0, 0.0), (0.5, 0.0), (0.62, 0.04), (0.65, 0.05), (0.6, 0.05), (0.5, 0.025),
             (0.0, 0.025)]  # fmt: skip
    parts = [lathe(plate, scl(1.25, 1.0, 0.9), 1)]
    R, y = 0.11, 0.025 + 0.11
    parts += _roll(at(-0.45, y, -0.28) @ rot("y", -8), 0.86, R, rng, tag="body")
    parts += _roll(at(-0.47, y, -0.03) @ rot("y", -5), 0.86, R, rng)
    parts += _roll(at(-0.5, y, 0.25) @ rot("y", 8), 0.4, R, rng, cut=True)
    parts += _roll(at(0.46, y, 0.38) @ rot("y", 200), 0.4, R, rng, cut=True)
    bowl = [(0.0, 0.0), (0.07, 0.0), (0.14, 0.08), (0.13, 0.085), (0.0, 0.02)]
    parts.append(lathe(bowl, at(0.52, 0.025, -0.18), "snow"))
    parts.append(cylinder(0.12, 0.12, 0.01, at(0.52, 0.085, -0.18), "card-red"))
    return parts


# ---- 585 macarons ----------------------------------------------------------------------------


def _macaron(m: np.ndarray, slot, tag: str = "") -> list[Part]:
    """One macaron under m, 0.36 across and 0.2 high: two smooth domed shells, each on a
    ruffled foot, a layer of filling (the second material) between them."""
    R, dome_h, foot_h, fill_h = 0.18, 0.055, 0.025, 0.04
    frill = _ring(36, lambda t: 1 + 0.06 * np.abs(np.sin(9 * t)))
    dome = [(0.0, 0.0), (R * 0.97, 0.0), (R * 0.9, dome_h * 0.6), (R * 0.45, dome_h * 0.97),
            (0.0, dome_h)]  # fmt: skip
    y = dome_h + foot_h  # the filling's underside
    parts = [cylinder(R * 0.88, R * 0.88, fill_h, m @ at(0, y, 0), 1)]
    for top in (False, True):
        base = m @ (at(0, y + fill_h, 0) if top else at(0, y, 0) @ scl(1.0, -1.0, 1.0))
        parts.append(tube([(0, 0, 0), (0, foot_h, 0)], [R, R * 0.97], base, slot, shape=frill))
        parts.append(lathe(dome, base @ at(0, foot_h, 0), slot, tag if top else ""))
    return parts


def _macarons(rng: Rng) -> list[Part]:
    """Macarons: a stack of three in pastel colours, one more leaning on its edge against it
    and one lying in front, each two smooth domed shells on ruffled feet with a layer of
    filling between."""
    colours = [3, "eraser", "plume-tip", "seed"]
    order = rng.permutation(4)
    parts = []
    for k in range(3):  # the stack
        m = at(-0.12 + 0.015 * k, 0.2 * k, -0.1) @ rot("y", float(rng.uniform(0, 360)))
        parts += _macaron(m, colours[order[k]])
    lean = at(0.22, 0.0, -0.02) @ rot("y", -35) @ at(0, 0.192, 0) @ rot("z", 62) @ at(0, -0.1, 0)
    parts += _macaron(lean, colours[order[3]])
    parts += _macaron(at(0.12, 0.0, 0.32) @ rot("y", 20), 0, "body")
    return parts


# ---- 586 cinnamon roll -----------------------------------------------------------------------


def _cinnamon_roll(rng: Rng) -> list[Part]:
    """A cinnamon roll: a thick coil of dough wound in a spiral, seen from above-ish, a dark
    streak of cinnamon in the seam between its coils, white icing drizzled across it."""
    turns, hw, hh = 2.4, 0.1, 0.14
    pitch = 2 * hw * 0.9
    t = np.linspace(0.9, turns * 2 * np.pi, 46)
    r = 0.0 + pitch * t / (2 * np.pi)
    rmax = float(r[-1])
    ys = hh + 0.09 * (1 - r / rmax)
    pts = np.stack([r * np.cos(t), ys, r * np.sin(t)], 1)
    dough = _ring(18, lambda a: (np.abs(np.cos(a)) ** 2.5 + np.abs(np.sin(a)) ** 2.5) ** -0.4)
    dough = dough * [hw, hh]
    parts = [tube(pts, 1.0, slot=0, tag="body", shape=dough)]
    parts.append(sphere(1.0, at(0, hh + 0.02, 0) @ scl(0.13, hh + 0.02, 0.13), 0))  # its heart
    inner = t < t[-1] - 2 * np.pi + 0.3  # the seam, where a coil lies on the outside of it
    sr = r[inner] + pitch / 2
    seam = np.stack([sr * np.cos(t[inner]), ys[inner] + hh * 0.8, sr * np.sin(t[inner])], 1)
    parts.append(tube(seam, 0.032, slot=2))
    top = 2 * hh + 0.09

    def height(x: float, z: float) -> float:
        return top + 0.012 - 0.09 * min(1.0, float(np.hypot(x, z)) / rmax)

    spin = float(rng.uniform(0, np.pi))
    for k in range(5):  # the drizzle: thin wavy strands of icing criss-crossing the top
        a = spin + (0.0 if k < 3 else 1.2)
        d, n = np.array([np.cos(a), np.sin(a)]), np.array([-np.sin(a), np.cos(a)])
        off = 0.2 * ((k - 1) if k < 3 else (k - 3.5)) + rng.uniform(-0.03, 0.03)
        line = []
        for u in np.linspace(-1.0, 1.0, 13) * rmax:
            x, z = d * u + n * (off + 0.03 * np.sin(u * 14 + k))
            if np.hypot(x, z) < rmax - 0.04:
                line.append((x, height(x, z), z))
        if len(line) < 2:
            continue
        for end in (0, -1):  # where it runs over the front edge it drips down the side
            x, z, _ = line[end]
            if z < 0.1 or k % 2:
                continue
            out = np.array([x, z]) / max(float(np.hypot(x, z)), 1e-9)
            x1, z1 = out * (rmax + hw * 0.8)
            drip = [(x1, top - 0.05, z1), (x1 * 1.01, top - 0.13, z1 * 1.01)]
            line = drip[::-1] + line if end == 0 else line + drip
        parts.append(tube(line, 0.015, slot=1))
    return parts


# ---- 587 pickle ------------------------------------------------------------------------------


def _pickle(rng: Rng) -> list[Part]:
    """A big gherkin lying in front of a jar of them: a plump, slightly curved green pickle
    covered in warty bumps; behind it a glass jar packed with more under a lid."""
    xz = [(-0.45, 0.32), (-0.2, 0.36), (0.1, 0.34), (0.35, 0.25), (0.5, 0.12)]
    rad = [0.11, 0.15, 0.16, 0.145, 0.1]
    pts = [(x, r + 0.012, z) for (x, z), r in zip(xz, rad, strict=True)]
    shapes = rope(pts, rad, 0.0, 0.05)
    fine = catmull_rom(np.array(pts), 40)
    fr = np.interp(np.linspace(0, 1, 40), np.linspace(0, 1, len(rad)), rad)
    for _ in range(46):
        i = int(rng.integers(2, 38))
        a = rng.uniform(0, 2 * np.pi)
        tng = fine[i + 1] - fine[i - 1]
        tng /= np.linalg.norm(tng)
        e1 = np.cross(tng, [0.0, 1.0, 0.0])
        e1 /= np.linalg.norm(e1)
        e2 = np.cross(e1, tng)
        c = fine[i] + (np.cos(a) * e1 + np.sin(a) * e2) * fr[i] * 0.98
        if c[1] < 0.04:
            continue
        w = float(rng.uniform(0.022, 0.034))
        shapes.append(blob(c, (w, w, w), None, 0.02))
    parts = [solid(shapes, 0.02, 0, "body")]
    jar = [(0.0, 0.0), (0.24, 0.0), (0.26, 0.03), (0.26, 0.58), (0.2, 0.66), (0.19, 0.7),
           (0.0, 0.7)]  # fmt: skip
    jc = at(-0.3, 0.02, -0.35)
    parts.append(lathe(jar, jc, 1))
    parts.append(cylinder(0.205, 0.205, 0.08, jc @ at(0, 0.68, 0), "steel"))
    for k in range(5):  # the pickles packed in it
        a = 2 * np.pi * k / 5 + 0.3
        x, z = 0.12 * np.cos(a), 0.12 * np.sin(a)
        tilt = v3(-x, 2.5, -z)
        parts.append(tube([(x, 0.04, z), (x + tilt[0] * 0.1, 0.3, z + tilt[2] * 0.1),
                           (x * 0.8, 0.56, z * 0.8)], [0.07, 0.085, 0.06], jc, 0))  # fmt: skip
    parts.append(tube([(0.0, 0.1, 0.0), (0.02, 0.4, 0.02), (-0.01, 0.58, 0.0)], 0.06, jc, 0))
    return parts


MORE_APPLIANCES_ZB = {
    576: _popsicle, 577: _corn, 578: _chilli, 579: _bagel, 580: _fries, 581: _burrito,
    582: _kebab, 583: _samosa, 584: _spring_roll, 585: _macarons, 586: _cinnamon_roll,
    587: _pickle,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
