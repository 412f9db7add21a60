"""More of the device family's appliances, from 1016: a jeweller's loupe, a pair of tweezers
holding a gem, a pendant necklace on a bust, a brooch, a ring box, a pair of Dutch clogs, a
Dutch canal boat and a Dutch canal house.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, mesh_part, rot, scl
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    HEX,
    annulus,
    band,
    crisp,
    ellipse,
    flower,
    hoop,
    lobed,
    loft,
    rrect_outline,
    superellipse,
    water_patch,
)
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import leaf, sharp

__all__ = ["MORE_APPLIANCES_ZZZ"]

Rng = np.random.Generator


# Skins, cloths, gems and chains


def _skin(p: np.ndarray, slot, tag: str = "", caps: tuple[bool, bool] = (True, True)) -> Part:
    """A closed skin through a grid of points (rows, cols, 3): each row a loop round the thing,
    quads between neighbouring rows, the first and last rows closed by a fan to their middles."""
    r, c, _ = p.shape
    idx = np.arange(r * c).reshape(r, c)
    nxt = np.roll(idx, -1, axis=1)
    a, b, d, e = idx[:-1], nxt[:-1], idx[1:], nxt[1:]
    faces = [np.stack([a, b, e], -1).reshape(-1, 3), np.stack([a, e, d], -1).reshape(-1, 3)]
    verts = [p.reshape(-1, 3)]
    n = r * c
    for end, row in ((0, 0), (1, r - 1)):
        if caps[end]:
            verts.append(p[row].mean(0)[None])
            hub = np.full(c, n)
            ring, ring_next = idx[row], nxt[row]
            faces.append(np.stack([hub, ring_next, ring] if end == 0 else [hub, ring, ring_next],
                                  1))  # fmt: skip
            n += 1
    return mesh_part(np.concatenate(verts), np.concatenate(faces), slot, tag)


def _cloth(w: float, d: float, rng: Rng, m: np.ndarray, slot, folds: float = 1.0) -> Part:
    """A cloth w by d lying flat under ``m`` (its underside on y = 0): a thin sheet with a few
    soft rucks running across it and its edges sagging a little."""
    x = np.linspace(-w / 2, w / 2, 26)
    z = np.linspace(-d / 2, d / 2, 20)
    xx, zz = np.meshgrid(x, z)
    ph = rng.uniform(0, 2 * np.pi, 3)
    ruck = np.clip(np.sin(6.0 * xx + 2.5 * zz + ph[0]) * np.sin(4.0 * zz + ph[1]), 0, None)
    h = folds * (0.018 * ruck**2 + 0.004 * np.sin(11 * xx + ph[2]) * np.cos(9 * zz))
    edge = np.maximum(np.abs(xx) / (w / 2), np.abs(zz) / (d / 2))
    h = h * (1 - edge**6) + 0.006
    top = np.stack([xx, h, zz], -1)
    bot = np.stack([xx, np.zeros_like(h), zz], -1)
    ring = np.concatenate([top, bot[:, ::-1]], axis=1)
    return _skin(ring, slot).moved(m)


def _brilliant(m: np.ndarray, r: float, slot, sides: int = 8) -> Part:
    """A round brilliant-cut gem of girdle radius r, its table up along m's +y: a pointed
    pavilion below, a thin girdle, a sloping crown and a flat table, every face a facet."""
    prof = crisp([(0.0, -0.75 * r), (r, 0.0), (r, 0.08 * r), (0.56 * r, 0.42 * r),
                  (0.0, 0.42 * r)], 0.02)  # fmt: skip
    return lathe(prof, m, slot, sides=sides)


def _bead(r: float, m: np.ndarray, slot, sides: int = 8) -> Part:
    """A small round bead (a pearl) of radius r on m's origin, in few triangles."""
    prof = [(0.0, -r), (r * 0.75, -r * 0.66), (r, 0.0), (r * 0.75, r * 0.66), (0.0, r)]
    return lathe(prof, m, slot, sides=sides)


def _links(points, size: float, slot) -> list[Part]:
    """A chain of small oval links along the polyline ``points``, each turned a quarter to the
    last, ``size`` long."""
    p = np.asarray(points, float)
    seg = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))]
    n = max(2, int(seg[-1] / (size * 0.8)))
    s = np.linspace(0.0, seg[-1], n + 1)
    pts = np.stack([np.interp(s, seg, p[:, i]) for i in range(3)], 1)
    parts = []
    for k in range(n):
        a, b = pts[k], pts[k + 1]
        m = at(*((a + b) / 2)) @ align(b - a) @ rot("y", 90 * (k % 2)) @ rot("x", 90)
        parts.append(hoop(size * 0.32, size * 0.09, m @ scl(1.0, 1.0, 1.7), slot, 8, 4))
    return parts


# 1016 jeweller's loupe


def _loupe(rng: Rng) -> list[Part]:
    """A jeweller's loupe lying on its side on a white cloth, shown large: a short black barrel
    flaring out to a wide rounded eyecup rim at one end, ribbed round its middle, a metal ring
    at the other end holding a domed glass lens, a second lens set inside the eyecup; a small
    eyelet on its side with a fine chain trailing across the cloth, and a cut blue gem lying
    beside it."""
    yaw = -160 + float(rng.uniform(-6, 6))
    rim, end = 0.215, 0.158
    tilt = -np.degrees(np.arcsin((rim - end) / 0.345))
    m = at(0.16, rim + 0.006, 0.02) @ rot("y", yaw) @ rot("z", tilt) @ ALONG_X
    barrel = [(0.15, 0.0), (0.208, 0.0), (0.215, 0.01), (0.206, 0.026), (0.188, 0.045),
              (0.172, 0.068), (0.165, 0.095), (0.165, 0.3), (0.15, 0.3)]  # fmt: skip
    parts = [lathe(crisp(barrel, 0.03), m, 0, "body", closed=True)]
    grip = annulus(0.16, 0.172, 0.13)
    parts.append(lathe(grip, m @ at(0, 0.19, 0), 0, closed=True, shape=lobed(48, 24, 0.3)))
    ring = [(0.135, 0.29), (0.16, 0.29), (0.16, 0.33), (0.148, 0.345), (0.135, 0.345)]
    parts.append(lathe(crisp(ring, 0.05), m, 1, closed=True))
    parts.append(sphere(1.0, m @ at(0, 0.33, 0) @ scl(0.138, 0.024, 0.138), "pane"))
    parts.append(sphere(1.0, m @ at(0, 0.08, 0) @ scl(0.15, 0.02, 0.15), "pane"))
    parts.append(torus(0.15, 0.006, m @ at(0, 0.08, 0), 1))  # the inner lens's ring
    # the eyelet on the barrel's side and the chain from it across the cloth
    eye = m @ at(0.0, 0.14, -0.17)
    parts.append(hoop(0.022, 0.006, eye @ rot("z", 90), 1, 12, 5))
    e = (eye @ np.array([0.0, 0.0, -0.02, 1.0]))[:3]
    trail = [e, e + (0.04, -0.1, 0.04), (e[0] + 0.08, 0.02, e[2] + 0.18), (0.3, 0.02, 0.34),
             (0.1, 0.02, 0.38), (-0.08, 0.02, 0.3)]  # fmt: skip
    path = _path3(trail, 40)
    parts += _links(path, 0.036, 1)
    # the cloth and a gem on it
    parts.append(_cloth(1.1, 0.9, rng, at(0, 0, 0.02), "sheet", 0.4))
    parts.append(_brilliant(at(-0.3, 0.012 + 0.07, 0.26) @ rot("x", 8), 0.095, "plume"))
    return parts


def _path3(points, n: int) -> np.ndarray:
    """n points on a smooth curve through 3D control points."""
    p = np.asarray(points, float)
    return np.stack([catmull_rom(p[:, [i, i]], n)[:, 0] for i in range(3)], 1)


# 1017 tweezers


def _tweezers(rng: Rng) -> list[Part]:
    """A pair of long thin steel tweezers lying at a slant on a dark cloth: two narrow flat
    strips joined at their rounded back end, springing apart along their length and tapering
    to fine points that close on a small cut gem held between them, ridged grips near the
    middle; a few loose gems lie on the cloth nearby."""
    L, t, gr = 0.86, 0.011, 0.036
    f = np.array([0.0, 0.1, 0.3, 0.5, 0.65, 0.8, 0.9, 0.96, 1.0])
    gap = np.array([0.0, 0.004, 0.02, 0.034, 0.038, 0.036, 0.03, 0.024, 0.022])
    wid = np.array([0.05, 0.05, 0.048, 0.044, 0.038, 0.028, 0.018, 0.01, 0.004])
    roll = 40 + float(rng.uniform(-4, 4))
    m = at(-0.34, 0.06, -0.16) @ rot("y", -28) @ rot("z", -3) @ rot("x", roll)
    parts = []
    for s in (-1, 1):
        pts = [(L * u, 0.0, s * (t / 2 + g)) for u, g in zip(f, gap, strict=True)]
        arm = band(pts, wid, t, (0.0, 1.0, 0.0), 0, "body" if s < 0 else "")
        parts.append(arm.moved(m))
        for k in range(6):  # the ridged grip
            u = 0.36 + 0.035 * k
            g = float(np.interp(u, f, gap))
            w = float(np.interp(u, f, wid))
            parts.append(box(0.008, w * 0.8, 0.004, m @ at(L * u, -w * 0.4, s * (t + g)), 0))
    end = slab(rrect_outline(0.07, 0.052, 0.024), 2 * t + 0.004, m @ at(0.012, 0, 0), 0)
    parts.append(end)
    parts.append(_brilliant(m @ at(L + gr * 0.35, 0, 0) @ rot("x", -roll) @ rot("z", 10), gr, 1))
    parts.append(_cloth(1.15, 0.85, rng, at(0, 0, 0), "cloth-dark", 0.5))
    for x, z, r, slot in ((0.32, 0.22, 0.04, "card-red"), (0.16, 0.3, 0.032, 1),
                          (0.38, 0.06, 0.03, "plume")):  # fmt: skip
        tip = at(x, 0.012 + 0.75 * r, z) @ rot("y", float(rng.uniform(0, 45)))
        parts.append(_brilliant(tip, r, slot))
    return parts


# 1018 pendant necklace


_BUST = np.array([  # height, half width, half depth of the display bust's sections
    (0.04, 0.2, 0.085), (0.2, 0.215, 0.09), (0.36, 0.27, 0.1), (0.45, 0.3, 0.1),
    (0.51, 0.28, 0.095), (0.56, 0.2, 0.09), (0.6, 0.125, 0.085), (0.65, 0.096, 0.08),
    (0.8, 0.09, 0.078), (0.93, 0.09, 0.078),
])  # fmt: skip


def _bust_at(y: float) -> tuple[float, float]:
    """The bust's half width and half depth at height y."""
    return float(np.interp(y, _BUST[:, 0], _BUST[:, 1])), float(np.interp(y, _BUST[:, 0],
                                                                         _BUST[:, 2]))


def _bust_point(x: float, y: float, lift: float, back: bool = False) -> tuple:
    """The point on the bust's front (or back) at x and height y, ``lift`` off it."""
    a, b = _bust_at(y)
    p = 3.0
    u = min(abs(x) / (a + lift), 0.999)
    z = (b + lift) * (1 - u**p) ** (1 / p)
    return (x, y, -z if back else z)


def _teardrop(h: float = 1.9) -> np.ndarray:
    """A pear-cut gem's outline: a circle of radius 1 drawn up to a point at (0, h)."""
    beta = np.arccos(1.0 / h)
    t = np.linspace(np.pi / 2 + beta, 2.5 * np.pi - beta, 13)
    arc = np.stack([np.cos(t), np.sin(t)], 1)
    return np.concatenate([arc, [[0.0, h]]])


def _pendant_necklace(rng: Rng) -> list[Part]:
    """A pendant necklace on a velvet display bust: a flat-fronted bust with sloping shoulders
    and a tall neck on a low base, and round its neck a fine metal chain, high at the back,
    falling in a V down the chest to a large teardrop ruby, point up, set in a metal rim with
    claws and hung from a little bail."""
    R = 0.042
    yb = 0.4 + float(rng.uniform(-0.01, 0.01))
    zf = _bust_point(0.0, yb - 2.2 * R, 0.0)[2]
    gem = at(0.0, yb - 2.3 * R, zf + 0.55 * R) @ ALONG_Z
    drop = _teardrop()
    parts = [lathe(annulus(R * 0.97, R * 1.13, R * 0.26), gem @ at(0, 0.03 * R, 0), 0, "body",
                   closed=True, shape=drop)]  # fmt: skip
    prof = crisp([(0.0, -0.55 * R), (R, 0.0), (R, 0.1 * R), (0.6 * R, 0.42 * R), (0.0, 0.42 * R)],
                 0.02)  # fmt: skip
    parts.append(lathe(prof, gem, "card-red", shape=drop))
    for k in (1, 4, 6, 8, 11):  # the claws
        c = drop[k] * R * 1.02
        parts.append(_bead(0.009, gem @ at(c[0], 0.12 * R, -c[1]), 0, 6))
    top = (0.0, yb - 0.4 * R, zf + 0.5 * R)
    parts.append(cylinder(0.007, 0.007, 0.5 * R, at(*top) @ at(0, -0.4 * R, 0), 0))
    parts.append(torus(0.016, 0.0045, at(0, yb + 0.004, zf + 0.018) @ rot("z", 90), 0))
    # the chain: up from the bail in a V to the sides of the neck, round the back
    yn, ya = 0.645, 0.7
    pts = []
    for u in np.linspace(1.0, 0.0, 9):  # the left side, from the neck down to the bail
        x = -0.112 * u**0.8
        pts.append(_bust_point(x, yb + (yn - yb) * (1 - (1 - u) ** 1.6), 0.006))
    left = pts[::-1]
    back = []
    for t in np.linspace(0.0, np.pi, 9)[1:-1]:
        y = yn + (ya - yn) * np.sin(t)
        a, b = _bust_at(y)
        c, s = np.cos(t), np.sin(t)
        back.append((-(a + 0.006) * np.sign(c) * abs(c) ** (2 / 3), y,
                     -(b + 0.006) * s ** (2 / 3)))  # fmt: skip
    right = [(-x, y, z) for x, y, z in pts]
    chain = left + back + right
    chain = [(0.0, yb + 0.02, zf + 0.016)] + chain[1:-1] + [(0.0, yb + 0.02, zf + 0.016)]
    parts.append(tube(chain, 0.0045, None, 0, shape=HEX))
    # the bust and its base
    n = 40
    ya_ = catmull_rom(_BUST[:, [1, 0]], n)
    yb_ = catmull_rom(_BUST[:, [2, 0]], n)
    cen = np.stack([np.zeros(n), ya_[:, 1], np.zeros(n)], 1)
    u = np.stack([ya_[:, 0], np.zeros(n), np.zeros(n)], 1)
    v = np.stack([np.zeros(n), np.zeros(n), -yb_[:, 0]], 1)
    parts.append(loft(cen, u, v, superellipse(1.0, 1.0, 3.0, 32), 1))
    parts.append(cylinder(0.27, 0.27, 0.04, scl(1.0, 1.0, 0.45), 1))
    return parts


# 1019 brooch


def _brooch(rng: Rng) -> list[Part]:
    """An ornate oval brooch lying tilted on a blue velvet cloth: an oval metal back plate with
    a beaded rim, a filigree border of curling scrolls and little leaves, a ring of pearls
    inside it round a raised collar holding a big domed red cabochon, and the pin with its
    hinge and catch across the back."""
    a, b = 0.3, 0.22
    tilt = 24 + float(rng.uniform(-3, 3))
    m = at(0.0, 0.12, 0.03) @ rot("x", tilt) @ rot("y", 8)
    parts = [slab(lambda n: ellipse(a, b, max(n, 32)), 0.024, m @ FLAT_UP, 0, "body")]
    oval = np.stack([np.cos(np.linspace(0, 2 * np.pi, 40, endpoint=False)),
                     (b / a) * np.sin(np.linspace(0, 2 * np.pi, 40, endpoint=False))], 1)  # fmt: skip
    parts.append(lathe(annulus(a - 0.012, a + 0.006, 0.03), m, 0, closed=True, shape=oval))
    parts.append(lathe(annulus(0.12, 0.15, 0.05), m @ at(0, 0.02, 0), 0, closed=True,
                       shape=oval))  # fmt: skip
    parts.append(sphere(1.0, m @ at(0, 0.02, 0) @ scl(0.13, 0.08, 0.13 * b / a), "card-red"))
    # the pearls round the collar
    for k in range(16):
        t = 2 * np.pi * k / 16
        c = (0.19 * np.cos(t), 0.035, 0.19 * (b / a) * np.sin(t))
        parts.append(_bead(0.021, m @ at(*c), 1))
    # the filigree: scrolls and leaves round the border
    for k in range(10):
        t = 2 * np.pi * (k + 0.5) / 10
        c = np.array([0.255 * np.cos(t), 0.02, 0.255 * (b / a) * np.sin(t)])
        tang = np.array([-np.sin(t), 0.0, (b / a) * np.cos(t)])
        tang /= np.linalg.norm(tang)
        out = np.array([tang[2], 0.0, -tang[0]])
        curl = []
        for j, q in enumerate(np.linspace(0.0, 2.6 * np.pi, 12)):
            rr = 0.032 * (1 - 0.8 * q / (2.6 * np.pi))
            sgn = 1 if k % 2 else -1
            curl.append(c + tang * (sgn * (0.03 - rr * np.cos(q))) + out * rr * np.sin(q)
                        * sgn + np.array([0.0, 0.004 * j / 11, 0.0]))  # fmt: skip
        parts.append(tube(curl, 0.0055, m, 0, shape=HEX))
        lf = c + tang * 0.045 * (1 if k % 2 else -1)
        ang = np.degrees(np.arctan2(tang[2], tang[0]))
        parts.append(slab(leaf(0.4), 0.008, m @ at(*lf) @ rot("y", -ang) @ FLAT_UP
                          @ rot("z", 90) @ scl(0.028), 0))  # fmt: skip
    # the pin, its hinge and catch under the plate
    under = m @ at(0, -0.012, -0.03)
    parts.append(stick((-0.2, 0, 0), (0.2, 0, 0), 0.006, "steel").moved(under))
    parts.append(box(0.03, 0.02, 0.03, under @ at(-0.21, -0.01, 0), 0))
    parts.append(box(0.03, 0.02, 0.03, under @ at(0.21, -0.01, 0), 0))
    parts.append(_cloth(1.05, 0.85, rng, at(0, 0, -0.02), "plume", 1.0))
    parts.append(cylinder(0.05, 0.05, 0.7, at(-0.35, 0.05, -0.15) @ ALONG_X @ scl(1, 1, 0.6),
                          "plume"))  # fmt: skip
    return parts


# 1020 ring box


def _ring_box(rng: Rng) -> list[Part]:
    """An open ring box: a small rounded velvet box, its domed lid hinged back upright showing
    its white satin lining, a thin metal trim where lid meets box; inside, a velvet cushion
    with a slit across it holding a diamond solitaire ring upright, its gold band sunk in the
    slit and its claws gripping a big round brilliant at the top."""
    w, d, h, r = 0.52, 0.46, 0.24, 0.07
    parts = [slab(rrect_outline(w, d, r), h, at(0, h / 2, 0) @ FLAT_UP, 0, "body")]
    plan = superellipse(1.0, d / w, 5.0, 32)
    lid = [(0.0, 0.0), (w / 2, 0.0), (w / 2, 0.05), (w / 2 * 0.95, 0.1), (w / 2 * 0.75, 0.135),
           (w / 2 * 0.4, 0.15), (0.0, 0.152)]  # fmt: skip
    swing = -100 + float(rng.uniform(-4, 4))
    hinge = at(0, h, -d / 2) @ rot("x", swing) @ at(0, 0, d / 2)
    parts.append(lathe(lid, hinge, 0, shape=plan))
    parts.append(slab(rrect_outline(w - 0.05, d - 0.05, r - 0.02), 0.01, hinge @ FLAT_UP, "sheet"))
    parts.append(slab(rrect_outline(w + 0.006, d + 0.006, r), 0.012, at(0, h - 0.006, 0) @ FLAT_UP,
                      1))  # fmt: skip
    # the cushion: two soft rolls either side of the slit
    for s in (-1, 1):
        roll = at(-w / 2 + 0.04, h - 0.01, s * 0.085) @ ALONG_X @ scl(1.0, 1.0, 0.55)
        parts.append(cylinder(0.08, 0.08, w - 0.08, roll, 0))
        for e in (0.0, w - 0.08):
            parts.append(sphere(1.0, roll @ at(0, e, 0) @ scl(0.08, 0.02, 0.08), 0))
    parts.append(box(w - 0.08, 0.03, 0.02, at(0, h + 0.005, 0), "cloth-dark"))
    # the ring standing in the slit
    rr = 0.085
    ring = at(0, h + 0.035, 0) @ rot("x", 90)
    parts.append(lathe(annulus(rr - 0.012, rr, 0.026), ring, 1, closed=True))
    top = at(0, h + 0.035 + rr, 0)
    parts.append(cylinder(0.024, 0.034, 0.03, top @ at(0, -0.004, 0), 1))
    for k in range(4):
        ang = 45 + 90 * k
        c = top @ rot("y", ang)
        parts.append(stick((0.02, 0.0, 0.0), (0.042, 0.05, 0.0), 0.005, 1).moved(c))
    parts.append(_brilliant(top @ at(0, 0.052, 0), 0.045, "pane", 12))
    return parts


# 1021 Dutch clogs


def _clog_rows(L: float, hole: bool) -> np.ndarray:
    """A wooden clog's skin as a grid along its length (heel at x = 0, toe at x = L): each row
    a loop round its section, a rounded box narrowing to an upturned pointed toe, its top
    dipping into a deep foot hole from the heel to the instep."""
    s = (1 - np.cos(np.linspace(0.0, np.pi, 46))) / 2
    hw = np.interp(s, [0.0, 0.02, 0.07, 0.3, 0.55, 0.7, 0.85, 0.95, 1.0],
                   [0.035, 0.08, 0.105, 0.108, 0.118, 0.11, 0.078, 0.04, 0.008])  # fmt: skip
    top = np.interp(s, [0.0, 0.04, 0.3, 0.5, 0.6, 0.75, 0.9, 1.0],
                    [0.17, 0.205, 0.2, 0.215, 0.215, 0.19, 0.16, 0.14])  # fmt: skip
    bot = np.interp(s, [0.0, 0.7, 0.82, 0.92, 0.97, 1.0], [0.0, 0.0, 0.012, 0.045, 0.08, 0.125])
    bot = np.minimum(bot, top - 0.012)
    yc, hh = (top + bot) / 2, (top - bot) / 2
    n_out, n_top, p = 30, 22, 2.6
    t_out = np.radians(np.linspace(150.0, 390.0, n_out, endpoint=False))
    grid = np.empty((len(s), n_out + n_top, 3))
    s0, s1, depth_floor = 0.1, 0.56, 0.05
    for i, si in enumerate(s):
        c, sn = np.cos(t_out), np.sin(t_out)
        zo = hw[i] * np.sign(c) * np.abs(c) ** (2 / p)
        yo = yc[i] + hh[i] * np.sign(sn) * np.abs(sn) ** (2 / p)
        zr = hw[i] * np.cos(np.radians(30)) ** (2 / p)
        q = np.linspace(1.0, -1.0, n_top + 2)[1:-1]  # the top from the +z rim to the -z one
        o = 0.0
        if hole and s0 < si < s1:
            o = 0.086 * np.sqrt(1 - ((si - (s0 + s1) / 2) / ((s1 - s0) / 2)) ** 2)
            o = min(max(o, 0.02), hw[i] - 0.014)
        zt = np.sign(q) * np.where(np.abs(q) > 0.7, o + (zr - o) * (np.abs(q) - 0.7) / 0.3,
                                   np.where(np.abs(q) > 0.5, o * (0.92 + 0.08 * (np.abs(q) - 0.5)
                                                                  / 0.2), o * np.abs(q) / 0.5 * 0.92))  # fmt: skip
        if o == 0.0:
            zt = zr * q
        u = np.clip(np.abs(zt) / hw[i], 0, 1)
        yt = yc[i] + hh[i] * (1 - u**p) ** (1 / p)
        if o > 0.0:
            floor = depth_floor + 0.01 * np.sin(np.pi * np.abs(q))
            yt = np.where(np.abs(q) < 0.5, floor, np.where(np.abs(q) < 0.7, floor + (yt - floor)
                                                          * ((np.abs(q) - 0.5) / 0.2) ** 4, yt))  # fmt: skip
        grid[i, :n_out] = np.stack([np.full(n_out, L * si), yo, zo], 1)
        grid[i, n_out:] = np.stack([np.full(n_top, L * si), yt, zt], 1)
    return grid


def _clog(m: np.ndarray, L: float, tag: str, rng: Rng) -> list[Part]:
    """One wooden clog under m, heel at 0 and toe along +x, a painted flower on its toe."""
    parts = [_skin(_clog_rows(L, True), 0, tag).moved(m)]
    x = L * 0.76
    y = float(np.interp(0.76, [0.6, 0.75, 0.9], [0.215, 0.19, 0.16]))
    slope = np.degrees(np.arctan2(0.03 / 0.15, L))
    f = m @ at(x, y + 0.002, 0) @ rot("z", slope * 1.6)
    for k in range(2):  # two leaves
        side = 1 if k else -1
        lm = f @ at(-0.035, 0.0, side * 0.018) @ rot("y", side * 50) @ FLAT_UP
        parts.append(slab(leaf(0.45), 0.004, lm @ rot("z", 90) @ scl(0.028), "vine"))
    parts.append(slab(flower(5, 0.4), 0.006, f @ FLAT_UP @ scl(0.036), "card-red"))
    parts.append(cylinder(0.011, 0.011, 0.007, f, "cloth-yellow"))
    parts.append(stick((-0.035, 0.0, 0.0), (-0.085, -0.012, 0.0), 0.0035, "vine").moved(f))
    del rng
    return parts


def _clogs(rng: Rng) -> list[Part]:
    """A pair of Dutch wooden clogs side by side: each carved from one block of wood, a thick
    flat sole, a deep open foot hole from the heel to the instep, the toe rising in a rounded
    upturned point; no laces; a simple red flower with two leaves painted on each toe."""
    L = 0.66
    a = -25 + float(rng.uniform(-3, 3))
    parts = _clog(at(-0.2, 0, -0.16) @ rot("y", a) @ at(-L / 2, 0, 0), L, "body", rng)
    parts += _clog(at(0.03, 0, 0.12) @ rot("y", a - 12) @ at(-L / 2, 0, 0), L, "", rng)
    return parts


# 1022 Dutch canal boat


def _canal_boat(rng: Rng) -> list[Part]:
    """A narrow canal boat in a strip of canal water by a stone quay: a long low dark hull with
    a flat bottom, a blunt rounded bow and a rounded stern, a rubbing strake along its side; a
    low long cabin with a gently curved roof and a row of small windows along it, a chimney and
    potted plants on the roof; an open foredeck with a coil of rope, and at the stern the
    rudder post with a curved brass tiller."""
    L, B = 1.0, 0.16
    n = 30
    xs = np.linspace(-L / 2, L / 2, n)
    q = (xs + L / 2) / L
    hw = B / 2 * np.clip(np.minimum(np.sqrt(np.clip(q / 0.06, 0, 1)),
                                    np.sqrt(np.clip((1 - q) / 0.16, 0, 1))), 0.08, 1)  # fmt: skip
    gun = 0.1 + 0.03 * np.clip((q - 0.75) / 0.25, 0, 1) ** 2 + 0.01 * np.clip(0.1 - q, 0, 1) * 10
    cen = np.stack([xs, gun / 2, np.zeros(n)], 1)
    u = np.stack([np.zeros(n), np.zeros(n), hw], 1)
    v = np.stack([np.zeros(n), gun / 2, np.zeros(n)], 1)
    hull = loft(cen, u, v, superellipse(1.0, 1.0, 5.0, 24), 1)
    parts = [box(0.6, 0.1, 0.13, at(-0.03, 0.1, 0), 0, "body"), hull]  # the cabin and hull
    parts.append(box(0.62, 0.018, 0.145, at(-0.03, 0.2, 0), 0))  # the roof
    parts.append(box(0.6, 0.01, 0.1, at(-0.03, 0.218, 0), 0))
    for s in (-1, 1):  # the strakes, the coach lines and the windows
        rail = [(x, 0.075, s * (h + 0.004)) for x, h in zip(xs[2:-2], hw[2:-2], strict=True)]
        parts.append(tube(rail, 0.008, None, "marking", shape=HEX))
        parts.append(box(0.6, 0.008, 0.004, at(-0.03, 0.185, s * 0.066), "cloth-yellow"))
        parts.append(box(0.6, 0.008, 0.004, at(-0.03, 0.112, s * 0.066), "cloth-yellow"))
        for k in range(7):
            x = -0.3 + 0.075 * k
            parts.append(box(0.034, 0.034, 0.006, at(x, 0.135, s * 0.065), "snow"))
            parts.append(box(0.026, 0.026, 0.008, at(x, 0.139, s * 0.065), "window"))
        parts.append(box(0.05, 0.08, 0.006, at(-0.3, 0.1, s * 0.064), "card-red"))
    # the stern: the rudder, its post and tiller; the chimney; the foredeck's rope
    parts.append(box(0.08, 0.09, 0.012, at(-L / 2 - 0.03, 0.01, 0), 1))
    parts.append(cylinder(0.01, 0.01, 0.14, at(-L / 2 + 0.01, 0.04, 0), 1))
    tiller = [(-L / 2 + 0.01, 0.175, 0.0), (-L / 2 + 0.05, 0.2, 0.0), (-L / 2 + 0.13, 0.205, 0.0),
              (-L / 2 + 0.17, 0.195, 0.0)]  # fmt: skip
    parts.append(tube(tiller, 0.008, None, "copper"))
    parts.append(cylinder(0.016, 0.016, 0.018, at(-L / 2 + 0.17, 0.188, 0) @ ALONG_Z, "copper"))
    parts.append(cylinder(0.014, 0.014, 0.08, at(0.18, 0.22, -0.03), "marking"))
    parts.append(torus(0.016, 0.004, at(0.18, 0.29, -0.03), "copper"))
    parts.append(torus(0.03, 0.011, at(0.38, 0.115, 0.0), "cork"))
    parts.append(torus(0.017, 0.01, at(0.38, 0.13, 0.0), "cork"))
    parts.append(sphere(1.0, at(L / 2 - 0.002, 0.1, 0) @ scl(0.025, 0.03, 0.03), "cork"))
    # the potted plants on the roof
    for k, (x, col) in enumerate(((-0.22, "card-red"), (-0.08, "cloth-yellow"), (0.06, "snow"))):
        z = 0.02 * (-1) ** k
        parts.append(cylinder(0.022, 0.03, 0.045, at(x, 0.223, z), "fruit-orange"))
        parts.append(sphere(1.0, at(x, 0.275, z) @ scl(0.035, 0.03, 0.035), "vine"))
        for j in range(3):
            a = 2.1 * j + float(rng.uniform(0, 1))
            c = at(x + 0.02 * np.cos(a), 0.298, z + 0.02 * np.sin(a))
            parts.append(sphere(1.0, c @ scl(0.011), col))
    # the water and the quay behind
    parts += water_patch(1.4, 0.5, at(0, -0.005, 0.02))
    parts.append(box(1.4, 0.09, 0.08, at(0, -0.005, -0.27), "stones"))
    return parts


# 1023 Dutch canal house


def _sash(m: np.ndarray, w: float, h: float) -> list[Part]:
    """A tall sash window in a wall facing +z under m (its sill's middle at 0): dark glass in
    a white frame with glazing bars, a white sill."""
    parts = [box(w, h, 0.012, m @ at(0, 0, -0.004), "window")]
    f = 0.014
    for s in (-1, 1):
        parts.append(box(f, h, 0.016, m @ at(s * (w - f) / 2, 0, 0), "snow"))
    for y in (0.0, h / 2 - f / 2, h - f):
        parts.append(box(w, f, 0.016, m @ at(0, y, 0), "snow"))
    parts.append(box(0.008, h, 0.012, m @ at(0, 0, 0), "snow"))
    for y in (h * 0.25, h * 0.75):
        parts.append(box(w, 0.007, 0.012, m @ at(0, y, 0), "snow"))
    parts.append(box(w + 0.024, 0.012, 0.03, m @ at(0, -0.012, 0.008), "snow"))
    return parts


def _canal_house(rng: Rng) -> list[Part]:
    """A Dutch canal house: a tall narrow brick townhouse of four storeys on a strip of
    pavement, leaning a little forward; rows of tall white-framed sash windows, white stone
    bands between the floors, a stepped gable with white coping stones rising above the
    eaves with a little window and a hoist beam with its hook jutting out at the top; a green
    front door with a fanlight up a flight of stone steps with iron railings; a dark tiled
    roof behind the gable."""
    W, D, H = 0.4, 0.5, 0.78
    lean = 1.5 + float(rng.uniform(0, 1))
    m = at(0, 0.03, 0) @ rot("x", lean)
    fz = D / 2
    parts = [box(W, H, D, m, 0, "body")]
    steps = [(-W / 2, H), (-W / 2, H + 0.06), (-0.155, H + 0.06), (-0.155, H + 0.12),
             (-0.11, H + 0.12), (-0.11, H + 0.18), (-0.065, H + 0.18), (-0.065, H + 0.25)]
    outline = steps + [(-x, y) for x, y in steps[::-1]]
    for z in (fz - 0.015, -fz + 0.015):
        parts.append(slab(sharp(outline), 0.03, m @ at(0, 0, z), 0))
    for (x0, y0), (x1, y1) in zip(steps[1::2], steps[2::2], strict=False):
        for s in (-1, 1):  # white coping on each step's tread
            cx = s * (x0 + x1) / 2
            parts.append(box(abs(x1 - x0) + 0.02, 0.014, 0.045, m @ at(cx, y0, fz - 0.012),
                             "snow"))  # fmt: skip
    parts.append(box(0.15, 0.016, 0.05, m @ at(0, H + 0.25, fz - 0.012), "snow"))
    parts.append(sphere(1.0, m @ at(0, H + 0.285, fz - 0.012) @ scl(0.018, 0.022, 0.018), "snow"))
    # the roof behind the gable
    rise = 0.2
    for s in (-1, 1):
        pitch = np.degrees(np.arctan2(rise, W / 2))
        board = at(s * W / 4, H + rise / 2, -0.02) @ rot("z", -s * pitch)
        parts.append(box(np.hypot(W / 2, rise) + 0.03, 0.025, D - 0.05, m @ board, "marking"))
    # white bands between the floors, the windows
    floors = (0.0, 0.22, 0.41, 0.6)
    for y in floors[1:] + (H - 0.02,):
        parts.append(box(W + 0.012, 0.016, 0.02, m @ at(0, y, fz), "snow"))
    for y in floors[1:]:
        for x in (-0.095, 0.095):
            parts += _sash(m @ at(x, y + 0.03, fz + 0.004), 0.11, 0.14)
    parts += _sash(m @ at(0.095, 0.07, fz + 0.004), 0.11, 0.12)
    parts += _sash(m @ at(0, H + 0.04, fz + 0.004), 0.075, 0.09)
    # the hoist beam and its hook
    beam = m @ at(0, H + 0.16, fz)
    parts.append(box(0.03, 0.03, 0.14, beam, 1))
    parts.append(cylinder(0.0, 0.03, 0.04, beam @ at(0, 0.03, 0.07), 1))
    parts.append(stick((0, 0, 0.12), (0, -0.06, 0.12), 0.003, "steel").moved(beam))
    parts.append(torus(0.012, 0.003, beam @ at(0, -0.07, 0.12) @ rot("x", 90), "steel"))
    # the door up its steps
    door = m @ at(-0.095, 0.075, fz)
    parts.append(box(0.1, 0.15, 0.01, door, "chalkboard"))
    parts.append(box(0.12, 0.17, 0.006, door @ at(0, -0.005, -0.002), "snow"))
    parts.append(box(0.1, 0.035, 0.012, door @ at(0, 0.135, 0), "window"))
    parts.append(box(0.1, 0.008, 0.014, door @ at(0, 0.128, 0), "snow"))
    parts.append(sphere(0.008, door @ at(0.03, 0.07, 0.008), "copper"))
    for k in range(3):
        parts.append(box(0.15, 0.025, 0.05 + 0.045 * (2 - k), m @ at(-0.095, 0.025 * k,
                                                                     fz + 0.025 + 0.0225 * (2 - k)),
                         "stones"))  # fmt: skip
    for s in (-1, 1):
        x = -0.095 + s * 0.07
        rail = [(x, 0.0, fz + 0.16), (x, 0.1, fz + 0.16), (x, 0.17, fz + 0.02)]
        parts.append(tube(rail, 0.004, m, "marking"))
    parts.append(box(0.8, 0.03, 0.9, at(0, 0, 0.1), "stones"))
    return parts


MORE_APPLIANCES_ZZZ = {
    1016: _loupe, 1017: _tweezers, 1018: _pendant_necklace, 1019: _brooch, 1020: _ring_box,
    1021: _clogs, 1022: _canal_boat, 1023: _canal_house,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
