"""More of the device family's appliances, from 1016: a jeweller's loupe, a pair of tweezers
holding a gem, a pendant necklace on a bust, a brooch, a ring box, a pair of Dutch clogs, a
Dutch canal boat and a Dutch canal house.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    HEX,
    annulus,
    band,
    bead,
    crisp,
    ellipse,
    flower,
    grid_skin,
    hoop,
    lines,
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


def _cloth(w: float, d: float, rng: Rng, m: np.ndarray, slot, folds: float = 1.0,
           ridge: tuple[float, float] = (0.0, 0.0)) -> Part:  # fmt: skip
    """A cloth w by d lying flat under ``m`` (its underside on y = 0): a thin sheet with a few
    soft rucks running across it, its edges sagging a little, and a soft ridge ``ridge[1]``
    high rucked up across it at z = ``ridge[0]``."""
    x = np.linspace(-w / 2, w / 2, 24)
    z = np.linspace(-d / 2, d / 2, 18)
    xx, zz = np.meshgrid(x, z)
    ph = rng.uniform(0, 2 * np.pi, 3)
    ruck = np.clip(np.sin(6.0 * xx + 2.5 * zz + ph[0]) * np.sin(4.0 * zz + ph[1]), 0, None)
    h = folds * (0.018 * ruck**2 + 0.004 * np.sin(11 * xx + ph[2]) * np.cos(9 * zz))
    edge = np.maximum(np.abs(xx) / (w / 2), np.abs(zz) / (d / 2))
    h = h * (1 - edge**6) + 0.006
    h = h + ridge[1] * np.exp(-(((zz - ridge[0]) / 0.07) ** 2)) * (1 - (xx / (w / 2)) ** 8)
    top = np.stack([xx, h, zz], -1)
    bot = np.stack([xx, np.zeros_like(h), zz], -1)
    ring = np.concatenate([top, bot[:, ::-1]], axis=1)
    return grid_skin(ring, slot).moved(m)


def _brilliant(m: np.ndarray, r: float, slot, sides: int = 8) -> Part:
    """A round brilliant-cut gem of girdle radius r, its table up along m's +y: a pointed
    pavilion below, a thin girdle, a sloping crown and a flat table, every face a facet."""
    prof = crisp([(0.0, -0.75 * r), (r, 0.0), (r, 0.08 * r), (0.56 * r, 0.42 * r),
                  (0.0, 0.42 * r)], 0.02)  # fmt: skip
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
    tapering from a wide flared eyecup rim at one end to a metal ring holding a domed glass lens
    at the other, two grooves round it, a second lens set inside the eyecup; a small eyelet on
    its side with a fine chain trailing across the cloth, and a cut blue gem lying beside."""
    yaw = -100 + float(rng.uniform(-6, 6))
    rim, end = 0.216, 0.152
    tilt = -np.degrees(np.arcsin((rim - end) / 0.33))
    m = at(0.04, rim + 0.006, -0.14) @ rot("y", yaw) @ rot("z", tilt) @ ALONG_X
    barrel = [(0.16, 0.0), (0.212, 0.0), (0.216, 0.012), (0.2, 0.03), (0.186, 0.06),
              (0.15, 0.3), (0.135, 0.3), (0.142, 0.16)]  # fmt: skip
    parts = [lathe(crisp(barrel, 0.03), m, 0, "body", closed=True)]
    for y in (0.13, 0.19):  # the grooves
        r = 0.186 - (0.186 - 0.15) * (y - 0.06) / 0.24
        parts.append(torus(r + 0.002, 0.006, m @ at(0, y, 0), 0))
    ring = [(0.12, 0.29), (0.154, 0.29), (0.154, 0.322), (0.144, 0.335), (0.12, 0.335)]
    parts.append(lathe(crisp(ring, 0.05), m, 1, closed=True))
    parts.append(sphere(1.0, m @ at(0, 0.322, 0) @ scl(0.128, 0.045, 0.128), "pane"))
    parts.append(sphere(1.0, m @ at(0, 0.05, 0) @ scl(0.17, 0.02, 0.17), "pane"))
    parts.append(torus(0.17, 0.006, m @ at(0, 0.05, 0), 1))  # the inner lens's ring
    # the eyelet on the barrel's side and the chain from it across the cloth
    eye = m @ at(0.0, 0.1, 0.19)
    parts.append(hoop(0.024, 0.007, eye @ rot("x", 90) @ rot("z", 90), 1, 12, 5))
    e = (eye @ np.array([0.0, 0.0, 0.02, 1.0]))[:3]
    trail = [e, (e[0] + 0.02, 0.05, e[2] + 0.06), (e[0] - 0.02, 0.014, e[2] + 0.15),
             (-0.12, 0.014, 0.36), (0.12, 0.014, 0.38), (0.3, 0.014, 0.24)]  # fmt: skip
    parts += _links(catmull_rom(trail, 40), 0.036, 1)
    # the cloth and a gem on it
    parts.append(_cloth(1.0, 0.85, rng, at(0, 0, 0.02), "sheet", 0.6))
    parts.append(_brilliant(at(0.3, 0.012 + 0.07, 0.06) @ rot("x", 8), 0.09, "plume"))
    return parts


# 1017 tweezers


def _tweezers(rng: Rng) -> list[Part]:
    """A pair of long thin steel tweezers lying on one arm on a dark cloth: two narrow flat
    strips joined at their rounded back end, the upper one springing up and away from the lower
    along their length, both tapering to fine points that close on a cut gem held between
    them, ridged grips near the middle; a few loose gems lie on the cloth nearby."""
    L, t, gr = 0.9, 0.014, 0.045
    f = np.array([0.0, 0.1, 0.3, 0.5, 0.65, 0.8, 0.9, 0.96, 1.0])
    gap = np.array([0.0, 0.016, 0.06, 0.1, 0.12, 0.125, 0.115, 0.1, 0.09])
    bend = np.array([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.002, 0.006, 0.01])
    wid = np.array([0.085, 0.085, 0.08, 0.072, 0.062, 0.048, 0.032, 0.018, 0.006])
    m = at(0.37, t / 2 + 0.01, -0.25) @ rot("y", -145 + float(rng.uniform(-4, 4)))
    parts = []
    for s, off in ((-1, bend), (1, gap)):
        pts = [(L * u, t / 2 + g if s > 0 else g - t / 2, 0.0) for u, g in zip(f, off, strict=True)]
        arm = band(pts, wid, t, (0.0, 0.0, 1.0), 0, "body" if s < 0 else "")
        parts.append(arm.moved(m))
        for k in range(7):  # the ridged grip
            u = 0.36 + 0.035 * k
            y = float(np.interp(u, f, off)) + s * t
            w = float(np.interp(u, f, wid))
            parts.append(box(0.01, 0.005, w * 0.8, m @ at(L * u, y, 0), 0))
    parts.append(slab(rrect_outline(0.1, 0.07, 0.034), 2 * t + 0.004, m @ at(0.02, 0.0, 0)
                      @ FLAT_UP, 0))  # fmt: skip
    gem = m @ at(L - gr * 0.3, gr + 0.004, 0) @ rot("z", 80)
    parts.append(_brilliant(gem, gr, 1))
    parts.append(_cloth(0.92, 0.62, rng, at(0, 0, 0.0), "cloth-dark", 0.5))
    for x, z, r, slot in ((-0.12, 0.16, 0.045, "card-red"), (0.14, 0.14, 0.04, 1),
                          (0.01, 0.22, 0.035, "plume")):  # fmt: skip
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
    a = np.interp(y, _BUST[:, 0], _BUST[:, 1])
    return float(a), float(np.interp(y, _BUST[:, 0], _BUST[:, 2]))


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
    """A pendant necklace on a black velvet display bust: a flat-fronted bust with sloping shoulders
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
        parts.append(bead(0.009, gem @ at(c[0], 0.12 * R, -c[1]), 0, 6))
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
    bail = (0.0, yb + 0.02, zf + 0.016)
    chain = [bail, *chain[1:-1], bail]
    parts.append(tube(chain, 0.0045, None, 0, shape=HEX))
    # the bust and its base
    n = 40
    ya_ = catmull_rom(_BUST[:, [1, 0]], n)
    yb_ = catmull_rom(_BUST[:, [2, 0]], n)
    cen = np.stack([np.zeros(n), ya_[:, 1], np.zeros(n)], 1)
    u = np.stack([ya_[:, 0], np.zeros(n), np.zeros(n)], 1)
    v = np.stack([np.zeros(n), np.zeros(n), -yb_[:, 0]], 1)
    # (black velvet whatever the pendant is made of: a bust of its stuff hid a small jade
    # pendant on a big jade bust)
    parts.append(loft(cen, u, v, superellipse(1.0, 1.0, 3.0, 32), "display"))
    parts.append(cylinder(0.27, 0.27, 0.04, scl(1.0, 1.0, 0.45), "display"))
    return parts


# 1019 brooch


def _brooch(rng: Rng) -> list[Part]:
    """An ornate oval brooch lying tilted on a fold of green velvet: an oval metal back plate
    with a rounded rim, a filigree border of curling scrolls and little leaves, a ring of
    pearls inside it round a raised collar holding a big domed red cabochon, and the pin with
    its hinge and catch across the back."""
    a, b = 0.32, 0.24
    tilt = 22 + float(rng.uniform(-3, 3))
    m = at(0.0, 0.1, 0.04) @ rot("y", 10) @ rot("x", tilt)
    k = b / a
    parts = [slab(lambda n: ellipse(a, b, max(n, 32)), 0.024, m @ FLAT_UP, 0, "body")]
    t = np.linspace(0, 2 * np.pi, 30, endpoint=False)
    oval = np.stack([np.cos(t), k * np.sin(t)], 1)
    parts.append(lathe(annulus(a - 0.014, a + 0.006, 0.034), m, 0, closed=True, shape=oval))
    parts.append(lathe(annulus(0.14, 0.17, 0.05), m @ at(0, 0.02, 0), 0, closed=True,
                       shape=oval))  # fmt: skip
    parts.append(sphere(1.0, m @ at(0, 0.02, 0) @ scl(0.15, 0.085, 0.15 * k), "card-red"))
    for j in range(16):  # the pearls round the collar
        c = (0.205 * np.cos(2 * np.pi * j / 16), 0.036, 0.205 * k * np.sin(2 * np.pi * j / 16))
        parts.append(bead(0.022, m @ at(*c), 1))
    for j in range(10):  # the filigree: a scroll and a leaf in each bay of the border
        parts += _scroll(m, a * 0.84, k, 2 * np.pi * (j + 0.5) / 10, j % 2)
    under = m @ at(0, -0.012, -0.03)  # the pin, its hinge and catch under the plate
    parts.append(stick((-0.2, 0, 0), (0.2, 0, 0), 0.006, "steel").moved(under))
    parts.append(box(0.03, 0.02, 0.03, under @ at(-0.21, -0.01, 0), 0))
    parts.append(box(0.03, 0.02, 0.03, under @ at(0.21, -0.01, 0), 0))
    parts.append(_cloth(1.0, 0.8, rng, at(0, 0, 0.0), "chalkboard", 1.0, (-0.19, 0.1)))
    return parts


def _scroll(m: np.ndarray, r: float, k: float, t: float, flip: int) -> list[Part]:
    """One bay of a brooch's filigree border at angle t round an oval of radius r (its depth k
    times its width) on the face under m: a curling wire scroll and a little leaf beside it."""
    c = np.array([r * np.cos(t), 0.018, r * k * np.sin(t)])
    tang = np.array([-np.sin(t), 0.0, k * np.cos(t)])
    tang /= np.linalg.norm(tang)
    out = np.array([tang[2], 0.0, -tang[0]])
    sgn = 1 if flip else -1
    curl = []
    for j, q in enumerate(np.linspace(0.0, 2.4 * np.pi, 10)):
        rr = 0.038 * (1 - 0.75 * q / (2.4 * np.pi))
        p = c + tang * sgn * (0.02 - rr * np.cos(q)) + out * rr * np.sin(q) * sgn
        curl.append(p + np.array([0.0, 0.01 * np.sin(np.pi * j / 9), 0.0]))
    parts = [tube(curl, 0.007, m, 0, shape=HEX)]
    lf = c - tang * sgn * 0.035 + out * 0.006
    ang = np.degrees(np.arctan2(out[2], out[0]))
    lm = m @ at(*lf) @ rot("y", -ang) @ rot("z", -90) @ rot("y", 90) @ rot("x", 10)
    parts.append(slab(leaf(0.45), 0.01, lm @ scl(0.032, 0.032, 1.0), 0))
    return parts


# 1020 ring box


def _ring_box(rng: Rng) -> list[Part]:
    """An open ring box: a small rounded velvet box, its domed lid hinged back upright showing
    its white satin lining, a thin metal trim where lid meets box; inside, a velvet cushion
    of two soft rolls with a slit between them holding a diamond solitaire ring upright, its
    band sunk in the slit and its claws gripping a big round brilliant at the top."""
    w, d, h, r = 0.52, 0.46, 0.24, 0.07
    parts = [slab(rrect_outline(w, d, r), h, at(0, h / 2, 0) @ FLAT_UP, 0, "body")]
    plan = superellipse(1.0, d / w, 5.0, 32)
    lid = [(0.0, 0.0), (w / 2, 0.0), (w / 2, 0.05), (w / 2 * 0.95, 0.1), (w / 2 * 0.75, 0.135),
           (w / 2 * 0.4, 0.15), (0.0, 0.152)]  # fmt: skip
    swing = -100 + float(rng.uniform(-4, 4))
    hinge = at(0, h, -d / 2) @ rot("x", swing) @ at(0, 0, d / 2)
    parts.append(lathe(lid, hinge, 0, shape=plan))
    parts.append(slab(rrect_outline(w - 0.06, d - 0.06, r - 0.02), 0.01, hinge @ FLAT_UP,
                      "sheet"))  # fmt: skip
    parts.append(lathe(annulus(0.97, 1.01, 0.012), at(0, h, 0), 1, closed=True, shape=plan * w / 2))
    parts.append(lathe(annulus(0.97, 1.01, 0.012), hinge @ at(0, 0.004, 0), 1, closed=True,
                       shape=plan * w / 2))  # fmt: skip
    # the cushion: two soft rolls either side of the slit
    cr = (d - 0.05) / 4
    for s in (-1, 1):
        roll = at(-w / 2 + 0.03, h - 0.04, s * (cr + 0.004)) @ ALONG_X @ scl(1.0, 1.0, 0.75)
        parts.append(cylinder(cr, cr, w - 0.06, roll, 0))
        for e in (0.0, w - 0.06):
            parts.append(sphere(1.0, roll @ at(0, e, 0) @ scl(cr, 0.015, cr), 0))
    parts.append(box(w - 0.08, 0.03, 0.012, at(0, h - 0.01, 0), "cloth-dark"))
    # the ring standing in the slit
    rr = 0.1
    ring = at(0, h + 0.05, 0) @ rot("x", 90)
    parts.append(lathe(annulus(rr - 0.014, rr, 0.03), ring, 1, closed=True))
    top = at(0, h + 0.05 + rr - 0.004, 0)
    parts.append(cylinder(0.024, 0.036, 0.032, top, 1))
    for j in range(4):
        c = top @ rot("y", 45 + 90 * j)
        parts.append(stick((0.022, 0.0, 0.0), (0.046, 0.056, 0.0), 0.0055, 1).moved(c))
    parts.append(_brilliant(top @ at(0, 0.06, 0), 0.05, "pane", 12))
    return parts


# 1021 Dutch clogs


def _clog_rows(L: float) -> np.ndarray:
    """A wooden clog's skin as a grid along its length (heel at x = 0, toe at x = L): each row
    a loop round its section, a flat-bottomed rounded box with a round heel, narrowing to an
    upturned pointed toe, its top dipping into a deep foot hole from the heel to the instep."""
    s = (1 - np.cos(np.linspace(0.0, np.pi, 48))) / 2
    heel = 0.104 * np.sqrt(np.clip(1 - (1 - s / 0.16) ** 2, 0.0, 1.0))
    toe = np.interp(s, [0.16, 0.45, 0.62, 0.8, 0.9, 0.96, 1.0],
                    [0.104, 0.108, 0.118, 0.1, 0.068, 0.038, 0.01])  # fmt: skip
    hw = np.where(s < 0.16, heel, toe)
    hw = np.maximum(hw, 0.012)
    top = np.interp(s, [0.0, 0.1, 0.3, 0.45, 0.56, 0.64, 0.76, 0.88, 0.95, 1.0],
                    [0.15, 0.155, 0.15, 0.17, 0.215, 0.222, 0.205, 0.175, 0.16, 0.155])  # fmt: skip
    bot = np.interp(s, [0.0, 0.7, 0.8, 0.88, 0.94, 0.98, 1.0],
                    [0.0, 0.0, 0.012, 0.04, 0.08, 0.12, 0.14])  # fmt: skip
    bot = np.minimum(bot, top - 0.012)
    yc, hh = (top + bot) / 2, (top - bot) / 2
    n_out, n_top, p = 30, 22, 2.5
    t_out = np.radians(np.linspace(150.0, 390.0, n_out, endpoint=False))
    c, sn = np.cos(t_out), np.sin(t_out)
    q = np.linspace(1.0, -1.0, n_top + 2)[1:-1]  # across the top, from the +z rim to the -z one
    aq = np.abs(q)
    grid = np.empty((len(s), n_out + n_top, 3))
    s0, s1 = 0.07, 0.57
    for i, si in enumerate(s):
        zo = hw[i] * np.sign(c) * np.abs(c) ** (2 / p)
        yo = yc[i] + hh[i] * np.sign(sn) * np.abs(sn) ** (2 / p)
        zr = hw[i] * np.cos(np.radians(30)) ** (2 / p)
        f = (si - s0) / (s1 - s0)
        o = 0.0
        if 0.0 < f < 1.0:  # the foot hole: a rounded oval, wider toward the toe
            o = (0.062 + 0.018 * f) * (1 - abs(2 * f - 1) ** 3) ** (1 / 3)
            o = min(max(o, 0.018), hw[i] - 0.016)
        if o > 0.0:
            wall = np.where(aq > 0.5, o * (0.9 + 0.1 * (aq - 0.5) / 0.2), o * aq * 1.8)
            zt = np.sign(q) * np.where(aq > 0.7, o + (zr - o) * (aq - 0.7) / 0.3, wall)
        else:
            zt = zr * q
        u = np.clip(np.abs(zt) / hw[i], 0, 1)
        yt = yc[i] + hh[i] * (1 - u**p) ** (1 / p)
        if o > 0.0:
            floor = 0.045 + 0.008 * (1 - (aq / 0.5) ** 2)
            ramp = np.clip((aq - 0.5) / 0.2, 0, 1) ** 3
            yt = np.where(aq < 0.7, floor + (yt - floor) * ramp, yt)
        grid[i, :n_out] = np.stack([np.full(n_out, L * si), yo, zo], 1)
        grid[i, n_out:] = np.stack([np.full(n_top, L * si), yt, zt], 1)
    return grid


def _clog(m: np.ndarray, L: float, tag: str, rng: Rng) -> list[Part]:
    """One wooden clog under m, heel at 0 and toe along +x, a painted flower on its toe."""
    parts = [grid_skin(_clog_rows(L), 0, tag).moved(m)]
    x = L * 0.76
    y = float(np.interp(0.76, [0.64, 0.76, 0.88], [0.222, 0.205, 0.175]))
    slope = np.degrees(np.arctan2(-0.03, 0.12 * L))
    f = m @ at(x, y + 0.002, 0) @ rot("z", slope)
    for k in range(2):  # two leaves
        side = 1 if k else -1
        lm = f @ at(-0.035, 0.0, side * 0.018) @ rot("y", side * 50) @ FLAT_UP
        parts.append(slab(leaf(0.45), 0.004, lm @ rot("z", 90) @ scl(0.028, 0.028, 1), "vine"))
    parts.append(slab(flower(5, 0.4), 0.006, f @ FLAT_UP @ scl(0.036, 0.036, 1), "card-red"))
    parts.append(cylinder(0.011, 0.011, 0.007, f, "cloth-yellow"))
    parts.append(stick((-0.035, 0.0, 0.0), (-0.085, -0.012, 0.0), 0.0035, "vine").moved(f))
    del rng
    return parts


def _clogs(rng: Rng) -> list[Part]:
    """A pair of Dutch wooden clogs side by side: each carved from one block of wood, a thick
    flat sole, a deep open foot hole from the heel to the instep, the toe rising in a rounded
    upturned point; no laces; a simple red flower with two leaves painted on each toe."""
    L = 0.66
    a = -105 + float(rng.uniform(-3, 3))
    parts = _clog(at(-0.14, 0, 0.0) @ rot("y", a) @ at(-L / 2, 0, 0), L, "body", rng)
    parts += _clog(at(0.14, 0, 0.04) @ rot("y", a - 8) @ at(-L / 2, 0, 0), L, "", rng)
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
        rail = [(x, 0.075, s * (h + 0.004)) for x, h in zip(xs[2:-2:3], hw[2:-2:3], strict=True)]
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
    for k in range(3):  # a coil of rope on the foredeck
        parts.append(hoop(0.034 - 0.009 * k, 0.006, at(0.39, 0.112 + 0.004 * k, 0.0), "cork", 16))
    parts.append(sphere(1.0, at(L / 2 - 0.004, 0.09, 0) @ scl(0.016, 0.022, 0.026), "cork"))
    # the potted plants on the roof
    for k, (x, col) in enumerate(((-0.22, "card-red"), (-0.08, "cloth-yellow"), (0.06, "snow"))):
        z = 0.02 * (-1) ** k
        parts.append(cylinder(0.022, 0.03, 0.045, at(x, 0.223, z), "fruit-orange"))
        parts.append(sphere(1.0, at(x, 0.275, z) @ scl(0.035, 0.03, 0.035), "vine"))
        for j in range(3):
            a = 2.1 * j + float(rng.uniform(0, 1))
            c = at(x + 0.02 * np.cos(a), 0.298, z + 0.02 * np.sin(a))
            parts.append(bead(0.011, c, col, 6))
    # the water and the quay behind
    parts += water_patch(1.25, 0.42, at(0, -0.005, 0.02))
    parts.append(box(1.25, 0.08, 0.08, at(0, -0.005, -0.23), "stones"))
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
             (-0.11, H + 0.12), (-0.11, H + 0.18), (-0.065, H + 0.18),
             (-0.065, H + 0.25)]  # fmt: skip
    outline = steps + [(-x, y) for x, y in steps[::-1]]
    for z in (fz - 0.015, -fz + 0.015):
        parts.append(slab(sharp(outline), 0.03, m @ at(0, 0, z), 0))
    for (x0, y0), (x1, _) in zip(steps[1::2], steps[2::2], strict=False):
        for s in (-1, 1):  # white coping on each step's tread
            cx = s * (x0 + x1) / 2
            parts.append(box(abs(x1 - x0) + 0.02, 0.014, 0.045, m @ at(cx, y0, fz - 0.012),
                             "snow"))  # fmt: skip
    parts.append(box(0.15, 0.016, 0.05, m @ at(0, H + 0.25, fz - 0.012), "snow"))
    parts.append(sphere(1.0, m @ at(0, H + 0.285, fz - 0.012) @ scl(0.018, 0.022, 0.018), "snow"))
    ys = np.arange(0.028, H + 0.2, 0.028)  # the mortar courses of the brickwork
    half = np.select([ys < H + 0.06, ys < H + 0.12, ys < H + 0.18, ys < H + 0.25],
                     [W / 2, 0.155, 0.11, 0.065], 0.0)  # fmt: skip
    front = [(-x + 0.002, x - 0.002, y) for x, y in zip(half, ys, strict=True) if x > 0]
    parts.append(lines(m @ at(0, 0, fz), front, 0.003, 0.003, "stones"))
    side = [(-D / 2 + 0.002, D / 2 - 0.002, y) for y in ys if y < H]
    parts.append(lines(m @ at(W / 2, 0, 0) @ rot("y", 90), side, 0.003, 0.003, "stones"))
    # the roof behind the gable
    rise = 0.2
    for s in (-1, 1):
        pitch = np.degrees(np.arctan2(rise, W / 2))
        board = at(s * W / 4, H + rise / 2, -0.02) @ rot("z", -s * pitch)
        parts.append(box(np.hypot(W / 2, rise) + 0.03, 0.025, D - 0.05, m @ board, "marking"))
    # white bands between the floors, the windows
    floors = (0.0, 0.22, 0.41, 0.6)
    for y in (*floors[1:], H - 0.02):
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
    for s in (-1, 1):  # the iron railings either side of the steps
        x = -0.095 + s * 0.082
        for z, y in ((fz + 0.15, 0.0), (fz + 0.01, 0.075)):
            parts.append(stick((x, y, z), (x, y + 0.12, z), 0.004, "marking").moved(m))
        parts.append(stick((x, 0.12, fz + 0.16), (x, 0.195, fz + 0.0), 0.005, "marking").moved(m))
    parts.append(box(0.62, 0.03, 0.78, at(0, 0, 0.08), "stones"))
    return parts


MORE_APPLIANCES_ZZZ = {
    1016: _loupe, 1017: _tweezers, 1018: _pendant_necklace, 1019: _brooch, 1020: _ring_box,
    1021: _clogs, 1022: _canal_boat, 1023: _canal_house,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
