"""More of the device family's appliances, from 984: a string of papel picado, a pan de muerto,
a Catrina doll, a marigold garland, a copal incense burner, a string of Tibetan prayer flags, a
prayer wheel in its shrine and a white stupa.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import bare_skull, stick
from ._geometry import Part, align, at, mesh_part, rot, scl, v3
from ._kit import (
    HEX,
    annulus,
    band,
    ccw,
    crisp,
    disc,
    flat_solid,
    flower,
    grid_mesh,
    hoop,
    lobed,
    plate,
    rect_ring,
    reslot,
    studs,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZV"]

Rng = np.random.Generator


# Cords, sheets and balls


def _sag(a, b, drop: float, n: int = 40) -> np.ndarray:
    """n points on a cord hung from a to b, sagging ``drop`` below the straight line at its
    middle."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    t = np.linspace(0.0, 1.0, n)[:, None]
    p = a_ + (b_ - a_) * t
    p[:, 1] -= 4 * drop * t[:, 0] * (1 - t[:, 0])
    return p


def _on_cord(p: np.ndarray, s) -> np.ndarray:
    """Points at arc lengths ``s`` along the polyline p."""
    seg = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))]
    s_ = np.atleast_1d(np.asarray(s, float))
    return np.stack([np.interp(s_, seg, p[:, i]) for i in range(3)], 1)


def _cord_length(p: np.ndarray) -> float:
    """The length of the polyline p."""
    return float(np.linalg.norm(np.diff(p, axis=0), axis=1).sum())


def _sheet(p: np.ndarray, thick: float, slot, tag: str = "") -> Part:
    """A thin sheet (cloth, paper) through a grid of points (rows, cols, 3), ``thick`` thick: its
    two faces joined round the edges into one closed skin."""
    du, dv = np.gradient(p, axis=0), np.gradient(p, axis=1)
    n = np.cross(du, dv)
    n *= (thick / 2) / np.maximum(np.linalg.norm(n, axis=-1, keepdims=True), 1e-12)
    ring = np.concatenate([p + n, (p - n)[:, ::-1]], axis=1)
    v, f = grid_mesh(ring)
    return mesh_part(v, f, slot, tag)


def _balls(centres, radii, slot, rng: Rng | None = None, ruffle: float = 0.0) -> Part:
    """Many balls in one part, in few triangles: a puff of smoke each, or (with ``rng``) a
    marigold head each, crinkled all over by crossing ripples ``ruffle`` deep and turned at
    random."""
    rows, cols = (8, 16) if rng is not None else (6, 12)
    th = np.linspace(0.0, np.pi, rows + 2)[1:-1, None]
    ph = np.arange(cols)[None] * (2 * np.pi / cols)
    c_ = np.asarray(centres, float).reshape(-1, 3)
    r_ = np.broadcast_to(np.asarray(radii, float), (len(c_),))
    verts, faces, base = [], [], 0
    for c, radius in zip(c_, r_, strict=True):
        r = radius * np.ones_like(th * ph)
        q = np.eye(3)
        if rng is not None:
            a, b, e = rng.uniform(0, 2 * np.pi, 3)
            crinkle = np.sin(6 * ph + a) * np.sin(5 * th + b)
            crinkle = crinkle + 0.6 * np.sin(9 * ph + e) * np.sin(7 * th)
            r = radius * (1 + ruffle * 0.5 * crinkle) * (0.92 + 0.08 * np.sin(th) ** 2)
            q, _ = np.linalg.qr(rng.normal(size=(3, 3)))
            q[:, 0] *= np.sign(np.linalg.det(q))  # a turn, never a mirror
        p = np.stack([r * np.sin(th) * np.cos(ph), r * np.cos(th),
                      r * np.sin(th) * np.sin(ph)], -1)  # fmt: skip
        v, f = grid_mesh(p @ q.T + c)
        verts.append(v)
        faces.append(f + base)
        base += len(v)
    return mesh_part(np.concatenate(verts), np.concatenate(faces), slot)


def _cw(points) -> np.ndarray:
    """The points as a clockwise contour (a hole for ``flat_solid``)."""
    return ccw(points)[::-1]


# 984 papel picado


def _skull_outline(c, s: float, n: int = 28) -> np.ndarray:
    """A skull's outline round c, s high from the cranium's top to the jaw: a round cranium
    narrowing to a squared jaw."""
    t = np.arange(n) * (2 * np.pi / n)
    sin = np.sin(t)
    narrow = 0.62 + 0.38 * np.clip((sin + 0.75) / 0.6, 0.0, 1.0)
    x = 0.5 * s * np.cos(t) * narrow
    y = np.where(sin > 0, 0.5 * s * sin, 0.5 * s * np.sign(sin) * np.abs(sin) ** 0.6)
    return np.stack([c[0] + x, c[1] + 0.05 * s + y], 1)


def _skull_cut(c, s: float) -> list[np.ndarray]:
    """The cuts of a paper skull round c: a band cut round its outline in four arcs (paper
    bridges left between them), two round eyes, a nose and a row of teeth."""
    inner = _skull_outline(c, s, 40)
    outer = c + (inner - c) * 1.28
    holes = []
    for i0 in (2, 12, 22, 32):  # the band in four pieces
        k = np.arange(i0, i0 + 8) % 40
        holes.append(_cw(np.concatenate([outer[k], inner[k][::-1]])))
    for x in (-0.19, 0.19):
        holes.append(disc((c[0] + x * s, c[1] + 0.08 * s), 0.13 * s, 10, cut=True))
    nose = [(0.0, -0.06), (-0.06, -0.17), (0.06, -0.17)]
    holes.append(_cw([(c[0] + s * x, c[1] + s * y) for x, y in nose]))
    for x in (-0.1, 0.0, 0.1):
        tooth = [(x - 0.035, -0.27), (x + 0.035, -0.27), (x + 0.035, -0.38), (x - 0.035, -0.38)]
        holes.append(_cw([(c[0] + s * u, c[1] + s * v) for u, v in tooth]))
    return holes


def _flower_cut(c, s: float) -> list[np.ndarray]:
    """The cuts of a paper flower round c, s across: six petal slots round a round heart."""
    holes = [disc(c, 0.1 * s, 10, cut=True)]
    t = np.linspace(0.0, 2 * np.pi, 12, endpoint=False)
    for k in range(6):
        a = k * np.pi / 3
        ca, sa = np.cos(a), np.sin(a)
        u = 0.17 * s * np.cos(t)
        v = 0.07 * s * np.sin(t)
        d = 0.32 * s
        pts = np.stack([c[0] + (d + u) * ca - v * sa, c[1] + (d + u) * sa + v * ca], 1)
        holes.append(_cw(pts))
    return holes


def _picado(w: float, h: float, motif: int):
    """The outline function of a papel picado flag w wide and h long hanging from its top edge
    at y = 0: a scalloped bottom edge, a row of diamonds under the hem, a row of small
    triangles over the scallops, a skull (motif 0) or a flower (1) cut in its middle."""

    def contours(n: int) -> list[np.ndarray]:
        bumps = 6
        r = w / (2 * bumps)
        edge = []
        for i in range(bumps):
            cx = -w / 2 + r * (2 * i + 1)
            t = np.linspace(0.0, np.pi, 7)[:-1] if i < bumps - 1 else np.linspace(0, np.pi, 7)
            edge += [(cx - r * np.cos(a), -h - 0.9 * r * np.sin(a)) for a in t]
        outer = np.array([*edge, (w / 2, 0.0), (-w / 2, 0.0)])
        out = [ccw(outer)]
        d, y = w * 0.035, -0.035 * h
        for i in range(7):  # the diamonds under the hem
            x = -w / 2 + w * (i + 0.5) / 7
            diamond = [(x + d * u, y - d * v) for u, v in ((0, 1), (0.8, 2), (0, 3), (-0.8, 2))]
            out.append(_cw(diamond))
        for i in range(bumps):  # the triangles over the scallops
            x = -w / 2 + r * (2 * i + 1)
            y = -h + 0.03 * h
            out.append(_cw([(x - r * 0.5, y + r * 0.9), (x + r * 0.5, y + r * 0.9), (x, y)]))
        for i in range(5):  # the dots down each side
            y = -h * (0.22 + 0.13 * i)
            for sx in (-1, 1):
                out.append(disc((sx * w * 0.4, y), w * 0.028, 6, cut=True))
        mid = (0.0, -0.52 * h)
        out += _skull_cut(mid, 0.5 * w) if motif == 0 else _flower_cut(mid, 0.62 * w)
        return out

    return contours


def _papel_picado(rng: Rng) -> list[Part]:
    """A string of papel picado: seven bright tissue-paper flags (red, yellow, blue, green,
    pink, orange) hanging side by side from a cord strung between two short wooden poles, each
    flag cut in a lacy pattern (a skull or a flower in its middle, rows of diamonds, triangles
    and dots round it) over a scalloped bottom edge, swinging a little."""
    xp, hp = 0.68, 0.66
    parts = [cylinder(0.018, 0.015, hp, at(-xp, 0, 0), 0, "body")]
    parts.append(cylinder(0.018, 0.015, hp, at(xp, 0, 0), 0))
    for x in (-xp, xp):
        parts.append(sphere(0.026, at(x, hp + 0.01, 0), 0))
        parts.append(cylinder(0.09, 0.08, 0.03, at(x, 0, 0), 0))  # the foot
        parts.append(torus(0.02, 0.006, at(x, hp - 0.04, 0), 1))  # the cord's turn
    cord = _sag((-xp, hp - 0.04, 0.0), (xp, hp - 0.04, 0.0), 0.045)
    parts.append(tube(cord[::3], 0.005, None, 1, shape=HEX))
    colours = ("card-red", "cloth-yellow", "plume", "fruit-green", "eraser", "fruit-orange")
    off = int(rng.integers(0, 6))
    w, h, n = 0.165, 0.24, 7
    cut = [flat_solid(_picado(w, h, k), 0.004, at(0, -0.008, -0.002), 0) for k in (0, 1)]
    for i in range(n):
        x = (i - (n - 1) / 2) * 0.183
        y = float(np.interp(x, cord[:, 0], cord[:, 1]))
        swing = float(rng.uniform(-7, 7))
        m = at(x, y, 0.0) @ rot("y", float(rng.uniform(-8, 8))) @ rot("x", swing)
        col = colours[(i + off) % 6]
        parts += reslot([cut[i % 2].moved(m)], {0: col})  # one meshing serves every flag
        parts.append(box(w, 0.014, 0.012, m @ at(0, -0.009, 0), col))  # the hem round the cord
    return parts


# 985 pan de muerto


def _loaf_radius(y: float, ys, rs) -> float:
    """The loaf's radius at height y."""
    return float(np.interp(y, ys, rs))


def _pan_de_muerto(rng: Rng) -> list[Part]:
    """A pan de muerto on a plate: a round domed golden loaf of sweet bread, four knobbly bone
    strips of dough running down over it from a round knob on its top, the crust dusted all
    over with sugar."""
    y0 = 0.055
    prof = [(0.0, y0), (0.33, y0), (0.37, y0 + 0.035), (0.37, y0 + 0.08), (0.33, y0 + 0.15),
            (0.24, y0 + 0.22), (0.12, y0 + 0.26), (0.0, y0 + 0.27)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body", shape=lobed(40, 5, 0.015))]
    parts.append(plate(at(0, 0, 0), 0.5, 1))
    ys = [p[1] for p in prof][2:]  # the dome's radius by height: the bones lie on it
    rs = [p[0] for p in prof][2:]
    top = y0 + 0.27
    parts.append(sphere(1.0, at(0, top + 0.02, 0) @ scl(0.075, 0.06, 0.075), 0))  # the knob
    turn = float(rng.uniform(0, 20)) + 20
    for k in range(4):
        a = np.radians(turn + 90 * k)
        ca, sa = np.cos(a), np.sin(a)
        pts = []
        for y in np.linspace(top - 0.02, y0 + 0.05, 9):
            r = _loaf_radius(y, ys, rs)
            slope = (_loaf_radius(y + 0.01, ys, rs) - _loaf_radius(y - 0.01, ys, rs)) / 0.02
            n = np.array([1.0, -slope]) / np.hypot(1.0, slope)
            if r < 0.06:
                n = np.array([0.0, 1.0])
            pts.append((ca * (r + 0.022 * n[0]), y + 0.022 * n[1], sa * (r + 0.022 * n[0])))
        parts.append(tube(pts, 0.027, None, 0, shape=HEX))
        for j in (1, 3, 5, 7):  # the knuckles
            parts.append(sphere(0.04 - 0.002 * j, at(*pts[j]), 0))
    # the sugar
    u = rng.uniform(0.0, 1.0, 320)
    a = rng.uniform(0.0, 2 * np.pi, 320)
    y = y0 + 0.04 + 0.23 * np.sqrt(u)
    r = np.interp(y, ys, rs)
    pts = np.stack([r * np.cos(a), y, r * np.sin(a)], 1)
    nrm = np.stack([np.cos(a), 1.2 * (y - y0) / 0.2, np.sin(a)], 1)
    parts.append(studs(pts, nrm, 0.007, 0.006, "snow", 4))
    return parts


# 986 Catrina doll


def _knob(r: float, m: np.ndarray, slot) -> Part:
    """A small ball of radius r under ``m`` in few triangles (a joint, a bead)."""
    prof = [(0.0, -r), (0.75 * r, -0.65 * r), (r, 0.0), (0.75 * r, 0.65 * r), (0.0, r)]
    return lathe(prof, m, slot, sides=8)


def _bloom(c, r: float, slot) -> Part:
    """A full-blown rose at c, r across, opening upward: a cup of five petals round a tight
    heart (a cheaper ``rose``)."""
    prof = [(0.0, 0.0), (0.9, 0.3), (0.85, 0.8), (0.0, 0.65)]
    return lathe([(x * r, y * r) for x, y in prof], at(*c), slot, shape=lobed(15, 5, 0.25))


def _skull_front(x: float, y: float) -> float:
    """How far forward (z) the face of ``bare_skull`` is at (x, y)."""
    z = -1.0
    for (cx, cy, cz), (rx, ry, rz) in (((0, 0.57, -0.08), (0.42, 0.4, 0.46)),
                                       ((0, 0.36, 0.16), (0.37, 0.27, 0.33))):  # fmt: skip
        q = 1 - ((x - cx) / rx) ** 2 - ((y - cy) / ry) ** 2
        if q > 0:
            z = max(z, cz + rz * np.sqrt(q))
    return z


def _painted_skull(m: np.ndarray) -> list[Part]:
    """A sugar-skull face under ``m`` (``bare_skull``'s size): white bone, dark sockets, a red
    flower on the brow, rings of blue dots round the eyes."""
    parts = reslot(bare_skull(), {0: "snow"})
    parts = [p.moved(m) for p in parts]
    fz = _skull_front(0.0, 0.74)
    parts.append(slab(flower(6, 0.45), 0.03, m @ at(0, 0.74, fz) @ rot("x", -25) @ scl(0.09),
                      "card-red"))  # fmt: skip
    parts.append(_knob(0.03, m @ at(0, 0.74, fz + 0.012), "cloth-yellow"))
    pts, nrm = [], []
    for s in (-1, 1):
        for k in range(9):
            a = 2 * np.pi * k / 9
            x, y = s * 0.16 + 0.19 * np.cos(a), 0.44 + 0.18 * np.sin(a)
            pts.append((x, y, _skull_front(x, y)))
            nrm.append((x * 0.8, (y - 0.5) * 0.6, 1.0))
    pts = [(m @ np.array([*p, 1.0]))[:3] for p in pts]
    nrm = [m[:3, :3] @ np.array(v) for v in nrm]
    parts.append(studs(pts, nrm, 0.0055, 0.004, "plume", 6))
    return parts


def _bony_arm(shoulder, elbow, wrist, spread: float) -> list[Part]:
    """A skeleton's arm from shoulder to wrist: a thin upper bone, a round elbow, two thin
    forearm bones, and a bony hand of a small palm and four long jointed fingers and a thumb
    spread ``spread`` degrees."""
    sh, el, wr = (np.asarray(p, float) for p in (shoulder, elbow, wrist))
    bone = "snow"
    parts = [tube([sh, el], 0.009, None, bone, shape=HEX), _knob(0.014, at(*el), bone)]
    side = np.cross(wr - el, (0.0, 1.0, 0.0))
    side = side / max(np.linalg.norm(side), 1e-9) * 0.005
    for s in (-1, 1):
        parts.append(tube([el + s * side, wr + s * side], 0.0045, None, bone, shape=HEX))
    d = (wr - el) / np.linalg.norm(wr - el)
    palm = wr + d * 0.018
    parts.append(_knob(1.0, at(*palm) @ align(d) @ scl(0.016, 0.02, 0.008), bone))
    for k in range(5):
        fan = np.radians(-spread / 2 + spread * k / 4)
        turn = at(0, 0, 0) @ align(d) @ rot("z", np.degrees(fan) if k < 4 else 60)
        length = 0.05 if k < 4 else 0.03
        tip = palm + (turn[:3, :3] @ np.array([0.0, length, 0.0]))
        parts.append(tube([palm, tip], [0.0035, 0.0025], None, bone, shape=HEX))
    return parts


def _catrina_hat(m: np.ndarray, rng: Rng) -> list[Part]:
    """A huge wide-brimmed hat under ``m`` (its crown's foot at 0): a broad flat brim, a round
    crown, a band, piled with roses of many colours and leaves, long plumes sweeping up at the
    back."""
    brim = [(0.0, 0.0), (0.2, 0.0), (0.27, 0.012), (0.285, 0.026), (0.275, 0.03), (0.2, 0.016),
            (0.0, 0.018)]  # fmt: skip
    parts = [lathe(brim, m, 0, shape=lobed(32, 8, 0.04))]
    crown = [(0.095, 0.0), (0.1, 0.05), (0.09, 0.085), (0.05, 0.1), (0.0, 0.103)]
    parts.append(lathe(crown, m, 0))
    parts.append(hoop(0.097, 0.012, m @ at(0, 0.02, 0), "cloth-dark", 20, 6))
    colours = ("card-red", "eraser", "cloth-yellow", "snow", "card-red", "plume-tip", "eraser")
    off = int(rng.integers(0, 3))
    leaves, up = [], []
    for k in range(6):
        a = np.radians(-55 + 48 * k)
        r = 0.14 + 0.02 * (k % 2)
        c = (r * np.sin(a), 0.02 + 0.015 * (k % 2), r * np.cos(a))
        parts.append(_bloom(c, 0.05 + 0.008 * (k % 3), colours[(k + off) % 7]).moved(m))
        leaves.append((m @ np.array([1.2 * r * np.sin(a + 0.3), 0.028, 1.2 * r * np.cos(a + 0.3),
                                     1.0]))[:3])  # fmt: skip
        up.append(m[:3, :3] @ np.array([0.3 * np.sin(a), 1.0, 0.3 * np.cos(a)]))
    parts.append(studs(leaves, up, 0.03, 0.006, "vine", 6))
    parts.append(_bloom((0.0, 0.09, 0.02), 0.05, colours[off + 2]).moved(m))
    for k, col in enumerate(("plume", "snow", "cloth-dark")):  # the plumes
        s = -0.05 + 0.05 * k
        pts = [(s, 0.06, -0.06), (s * 2, 0.17, -0.12), (s * 3.2, 0.26, -0.22),
               (s * 4.2, 0.28, -0.33)]  # fmt: skip
        parts.append(band(pts, [0.03, 0.055, 0.05, 0.015], 0.01, (1.0, 0.0, 0.0), col).moved(m))
    return parts


def _catrina(rng: Rng) -> list[Part]:
    """A Catrina doll: an elegant skeleton lady on a round base, in a long flowing gown flaring
    into tiers of ruffles to the floor, a fitted bodice with a lace collar, bare bony arms and
    hands, a white skull face with dark sockets painted with flowers, and a huge wide-brimmed
    hat piled with roses and plumes, tilted rakishly."""
    skirt = [(0.0, 0.04), (0.25, 0.04), (0.235, 0.1), (0.19, 0.22), (0.13, 0.35), (0.085, 0.46),
             (0.07, 0.52), (0.0, 0.52)]  # fmt: skip
    parts = [lathe(skirt, None, 0, "body", sides=16)]
    parts.append(cylinder(0.23, 0.23, 0.04, None, 1))  # the base
    ys = [p[1] for p in skirt][1:-1]
    rs = [p[0] for p in skirt][1:-1]
    for k, y in enumerate((0.44, 0.33, 0.21, 0.1)):  # the flounces
        r0 = float(np.interp(y, ys, rs)) + 0.004
        yb = y - 0.11 + 0.015 * (k == 3)
        r1 = float(np.interp(max(yb, 0.05), ys, rs)) + 0.035 + 0.01 * k
        ring = [(r0, y), (r1, yb), (r1 - 0.012, yb + 0.01), (r0 - 0.008, y - 0.005)]
        parts.append(lathe(ring, at(0, 0, 0) @ rot("y", 17 * k), 0 if k % 2 else 1,
                           closed=True, shape=lobed(36, 12, 0.18)))  # fmt: skip
    bodice = [(0.066, 0.5), (0.068, 0.56), (0.08, 0.62), (0.084, 0.665), (0.1, 0.71),
              (0.06, 0.74), (0.0, 0.745)]  # fmt: skip
    parts.append(lathe(bodice, scl(1.1, 1.0, 0.8), 0))
    parts.append(hoop(0.07, 0.012, at(0, 0.52, 0) @ scl(1.0, 1.0, 0.95), 1, 20, 6))  # the sash
    parts.append(lathe([(0.06, 0.715), (0.13, 0.69), (0.125, 0.68), (0.055, 0.7)],
                       scl(1.0, 1.0, 0.8), "sheet", closed=True,
                       shape=lobed(30, 10, 0.15)))  # the lace collar # fmt: skip
    parts.append(cylinder(0.02, 0.018, 0.07, at(0, 0.73, 0), "snow"))  # the neck bones
    for y in (0.75, 0.775):
        parts.append(hoop(0.02, 0.006, at(0, y, 0), "snow", 12, 5))
    head = at(0, 0.77, -0.005) @ rot("x", -6) @ scl(0.19)
    parts += _painted_skull(head)
    for s in (-1, 1):  # the puffed sleeves
        parts.append(sphere(1.0, at(s * 0.105, 0.695, 0) @ scl(0.045, 0.04, 0.04), 0))
    spread = 40 + float(rng.uniform(0, 15))
    parts += _bony_arm((0.12, 0.67, 0.0), (0.2, 0.58, -0.01), (0.085, 0.525, 0.045), spread)
    parts += _bony_arm((-0.12, 0.67, 0.0), (-0.165, 0.555, 0.03), (-0.2, 0.66, 0.12), spread)
    hat = at(0.02, 0.9, -0.06) @ rot("z", -12) @ rot("x", -24)
    parts += _catrina_hat(hat, rng)
    return parts


# 987 marigold garland


def _marigold_garland(rng: Rng) -> list[Part]:
    """A marigold garland on a wooden frame: a long thick rope of round ruffled orange and
    yellow marigold heads strung close together, hanging in a deep U-shaped swag between two
    pegs on the frame's posts, a short strand hanging from each peg with a tassel of leaves,
    a few loose flower heads fallen on the ground below."""
    xp, hp = 0.58, 1.02
    parts = [box(0.06, hp, 0.06, at(-xp, 0, -0.06), 0, "body")]
    parts.append(box(0.06, hp, 0.06, at(xp, 0, -0.06), 0))
    parts.append(box(2 * xp + 0.16, 0.07, 0.08, at(0, hp, -0.06), 0))  # the top rail
    for x in (-xp, xp):
        parts.append(box(0.16, 0.04, 0.2, at(x, 0, -0.06), 0))  # the feet
    peg_y = 0.86
    for x in (-xp, xp):
        parts.append(cylinder(0.012, 0.014, 0.08, at(x, peg_y, -0.03) @ rot("x", 90), 1))
    r = 0.05
    rope = _sag((-xp, peg_y - 0.02, 0.03), (xp, peg_y - 0.02, 0.03), 0.45, 60)
    rope[:, 2] += 0.06 * np.sin(np.linspace(0, np.pi, len(rope)))
    length = _cord_length(rope)
    n = int(length / (1.55 * r))
    heads = _on_cord(rope, np.linspace(r * 0.3, length - r * 0.3, n))
    ends = []
    for x in (-xp, xp):  # the hanging ends
        for k in range(4):
            ends.append((x + 0.02 * np.sign(x) * k * 0.3, peg_y - 0.06 - 1.5 * r * k, 0.05))
    heads = np.concatenate([heads, ends])
    loose = [(-0.22, r * 0.8, 0.25), (0.12, r * 0.8, 0.32), (0.2, r * 0.8, 0.18)]
    heads = np.concatenate([heads, loose])
    yellow = (np.arange(len(heads)) % 5) == 2
    parts.append(_balls(heads[~yellow], r, "fruit-orange", rng, 0.3))
    parts.append(_balls(heads[yellow], r, "cloth-yellow", rng, 0.3))
    parts.append(tube(rope[::6], 0.01, None, 1, shape=HEX))  # the string showing at the pegs
    for x in (-xp, xp):  # a tassel of leaves under each hanging end
        y = peg_y - 0.06 - 1.5 * r * 3 - r
        for k in range(3):
            a = np.radians(-30 + 30 * k)
            m = at(x, y, 0.05) @ rot("z", np.degrees(a)) @ at(0, -0.05, 0)
            parts.append(sphere(1.0, m @ scl(0.018, 0.05, 0.008), "vine"))
    for k, c in enumerate(loose):
        parts.append(sphere(1.0, at(c[0] + 0.05, 0.004, c[2] + 0.02) @ rot("y", 50 * k)
                            @ scl(0.05, 0.006, 0.022), "vine"))  # fmt: skip
    return parts


# 988 incense burner


def _incense_burner(rng: Rng) -> list[Part]:
    """A clay copal burner: an open bowl on a tall flared foot, its wall pierced with a band of
    triangular holes between incised rings, two little handles, a bed of charcoal glowing with
    embers and lumps of copal in it, and a column of white smoke rising in curling puffs."""
    prof = [(0.0, 0.0), (0.2, 0.0), (0.2, 0.025), (0.15, 0.05), (0.08, 0.12), (0.06, 0.2),
            (0.07, 0.25), (0.14, 0.28), (0.22, 0.33), (0.26, 0.41), (0.265, 0.46),
            (0.24, 0.46), (0.23, 0.42), (0.0, 0.36)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body")]
    parts.append(torus(0.255, 0.012, at(0, 0.46, 0), 0))  # the lip
    for y, r in ((0.245, 0.066), (0.02, 0.2), (0.44, 0.265)):
        parts.append(torus(r, 0.008, at(0, y, 0), 1))
    ys, rs = [p[1] for p in prof[6:11]], [p[0] for p in prof[6:11]]
    pts, nrm = [], []
    for y, off in ((0.35, 0.0), (0.395, 0.5)):  # the pierced band
        rr = float(np.interp(y, ys, rs))
        for k in range(14):
            a = 2 * np.pi * (k + off) / 14
            pts.append((rr * np.cos(a), y, rr * np.sin(a)))
            nrm.append((np.cos(a), -0.5, np.sin(a)))
    parts.append(studs(pts, nrm, 0.02, 0.03, "marking", 3))
    for s in (-1, 1):  # the handles
        parts.append(tube([(s * 0.24, 0.42, 0.0), (s * 0.31, 0.43, 0.0), (s * 0.32, 0.36, 0.0),
                           (s * 0.23, 0.34, 0.0)], 0.018, None, 0))  # fmt: skip
    # the charcoal, embers and copal
    parts.append(sphere(1.0, at(0, 0.42, 0) @ scl(0.22, 0.05, 0.22), "marking"))
    for k in range(13):
        a, rr = rng.uniform(0, 2 * np.pi), 0.15 * np.sqrt(rng.uniform(0, 1))
        c = (rr * np.cos(a), 0.445 + 0.02 * (1 - rr / 0.2), rr * np.sin(a))
        size = np.array([0.04, 0.028, 0.034]) * rng.uniform(0.8, 1.2, 3)
        turn = float(rng.uniform(0, 180))
        parts.append(sphere(1.0, at(*c) @ rot("y", turn) @ scl(*size),
                            "flame" if k % 2 else "marking"))  # fmt: skip
    for _ in range(3):
        a = rng.uniform(0, 2 * np.pi)
        c = (0.05 * np.cos(a), 0.475, 0.05 * np.sin(a))
        parts.append(sphere(1.0, at(*c) @ scl(0.02, 0.015, 0.018), "plume-tip"))
    # the smoke: thin wisps twisting up from the coals, swelling into a column of puffs that
    # sways as it rises and curls over at the top
    sway = float(rng.uniform(-0.03, 0.03))

    def path(t: float, twist: float = 0.0) -> np.ndarray:
        x = 0.07 * np.sin(3.6 * t + 0.3) * t + sway * t + 0.05 * t
        z = 0.04 * np.sin(2.5 * t) * t
        return np.array([x + 0.012 * np.cos(9 * t + twist) * (0.3 + t), 0.46 + 0.7 * t,
                         z + 0.012 * np.sin(9 * t + twist) * (0.3 + t)])  # fmt: skip

    for twist in (0.0, np.pi):
        ts = np.linspace(0.0, 0.42, 8)
        parts.append(tube([path(t, twist) for t in ts], [0.006 + 0.04 * t for t in ts], None,
                          "snow"))  # fmt: skip
    puffs, sizes, haze, hazes = [], [], [], []
    for j in range(7):
        t = 0.38 + 0.62 * j / 6
        c = path(t)
        r = 0.022 + 0.05 * t * float(rng.uniform(0.8, 1.1))
        side = 1 if j % 2 else -1
        puffs += [c, c + v3(side * 0.9 * r, 0.4 * r, 0.2 * r), c + v3(-side * 0.5 * r, -0.2 * r, 0)]
        sizes += [1.05 * r, 0.6 * r, 0.8 * r]
        haze.append(c + v3(0.0, 0.2 * r, 0.0))
        hazes.append(1.9 * r)
    parts.append(_balls(puffs, sizes, "snow"))
    parts.append(_balls(haze, hazes, "membrane"))  # the haze round it
    top = path(1.0)
    curl = [top, top + v3(0.09, 0.08, 0), top + v3(0.18, 0.05, 0), top + v3(0.17, -0.03, 0)]
    parts.append(tube(curl, [0.075, 0.06, 0.045, 0.02], None, "snow"))
    return parts


# 989 Tibetan prayer flags


def _prayer_flag(top, w: float, h: float, phase: float, slot) -> list[Part]:
    """One small square prayer flag hanging from the cord at ``top`` (its top edge's middle):
    a thin cloth rippling a little, printed with a dark round mark in its middle and rows of
    script above and below it."""
    cols, rows = 9, 7
    x = np.linspace(-w / 2, w / 2, cols)[None, :]
    y = -np.linspace(0.0, h, rows)[:, None]
    u = (-y / h) ** 1.2
    z = 0.01 * np.sin(2 * np.pi * (x / w) * 1.2 + phase) * (0.3 + u) + 0.012 * u * np.sin(phase)
    p = np.stack([np.broadcast_to(x, z.shape) + top[0], y + top[1] + 0 * x, z + top[2]], -1)
    parts = [_sheet(p, 0.003, slot)]
    nrm = np.cross(np.gradient(p, axis=1), np.gradient(p, axis=0))
    nrm /= np.linalg.norm(nrm, axis=-1, keepdims=True)
    face = p + nrm * 0.002
    dots = [(j, i) for j in (1, 2, 5) for i in range(2, cols - 2)]  # rows of script
    parts.append(studs([face[j, i] for j, i in dots], [nrm[j, i] for j, i in dots], 0.0055,
                       0.005, "marking", 4))  # fmt: skip
    mid = (rows // 2, cols // 2)
    parts.append(studs([face[mid]], [nrm[mid]], 0.016, 0.005, "marking", 10))  # the wind horse
    return parts


def _prayer_flags(rng: Rng) -> list[Part]:
    """A string of Tibetan prayer flags: fifteen small square flags in the five colours in
    order (blue, white, red, green, yellow) on a cord sagging between two tall wooden poles,
    each flag rippling a little and printed with dark marks; a heap of stones at each pole's
    foot."""
    xp, hp = 0.62, 1.12
    parts = [cylinder(0.02, 0.015, hp, at(-xp, 0, 0), 0, "body")]
    parts.append(cylinder(0.02, 0.015, hp, at(xp, 0, 0), 0))
    for x in (-xp, xp):
        parts.append(cylinder(0.0, 0.02, 0.05, at(x, hp, 0) @ rot("x", 180) @ at(0, -0.05, 0),
                              0))  # the pole's point # fmt: skip
        for k in range(5):
            a = 2 * np.pi * k / 5 + float(rng.uniform(0, 0.5))
            c = (x + 0.07 * np.cos(a), 0.025, 0.07 * np.sin(a))
            s = float(rng.uniform(0.03, 0.045))
            parts.append(sphere(1.0, at(*c) @ scl(s * 1.3, s * 0.8, s), "stones"))
        parts.append(sphere(1.0, at(x, 0.06, 0) @ scl(0.05, 0.04, 0.05), "stones"))
    a, b = (-xp, hp - 0.06, 0.0), (xp, hp - 0.1, 0.0)
    cord = _sag(a, b, 0.24, 60)
    parts.append(tube(cord[::4], 0.004, None, 1, shape=HEX))
    colours = ("plume", "sheet", "card-red", "fruit-green", "cloth-yellow")
    n, w, h = 15, 0.072, 0.085
    length = _cord_length(cord)
    gap = (length - n * w) / (n + 1)
    tops = _on_cord(cord, gap + w / 2 + np.arange(n) * (w + gap))
    for i, top in enumerate(tops):
        phase = float(rng.uniform(0, 2 * np.pi))
        parts += _prayer_flag(top - np.array([0.0, 0.003, 0.0]), w, h, phase, colours[i % 5])
    return parts


# 990 prayer wheel


def _yaw_boxes(items, slot) -> Part:
    """Many small boxes in one part: each (x, y, z, w, h, d, yaw) a box w × h × d centred at
    (x, y, z), turned ``yaw`` degrees about the vertical."""
    corners = np.array([[x, y, z] for x in (-0.5, 0.5) for y in (-0.5, 0.5) for z in (-0.5, 0.5)])
    quads = [(0, 1, 3, 2), (4, 6, 7, 5), (0, 4, 5, 1), (2, 3, 7, 6), (0, 2, 6, 4), (1, 5, 7, 3)]
    tri = np.array([t for a, b, c, d in quads for t in ((a, b, c), (a, c, d))])
    verts, faces = [], []
    for k, (x, y, z, w, h, d, yaw) in enumerate(items):
        c, s = np.cos(np.radians(yaw)), np.sin(np.radians(yaw))
        turn = np.array([[c, 0.0, s], [0.0, 1.0, 0.0], [-s, 0.0, c]])
        verts.append((corners * (w, h, d)) @ turn.T + (x, y, z))
        faces.append(tri + 8 * k)
    return mesh_part(np.concatenate(verts), np.concatenate(faces), slot, facets=True)


def _script_row(r: float, y: float, turn: float, rng: Rng) -> list[tuple]:
    """The boxes of a row of raised letters round a drum of radius r, their headlines at height
    y: a bar on top of each letter, one or two stems hanging from it, now and then a hook or a
    vowel mark over it."""
    out = []
    n = 15
    for k in range(n):
        a = np.radians(turn + 360 * k / n)
        kind = int(rng.integers(0, 4))

        def put(da: float, dy: float, w: float, h: float, a=a) -> None:
            b = a + da / r
            out.append((r * np.sin(b), y + dy, r * np.cos(b), w, h, 0.014, np.degrees(b)))

        put(0.0, -0.006, 0.05, 0.012)
        put(-0.018, -0.035, 0.011, 0.05)
        if kind != 1:
            put(0.016, -0.03 - 0.008 * kind, 0.011, 0.036 + 0.016 * (kind == 2))
        if kind == 1:
            put(0.006, -0.04, 0.03, 0.01)
        if kind == 3:
            put(0.012, 0.014, 0.02, 0.014)
    return out


def _prayer_wheel(rng: Rng) -> list[Part]:
    """A prayer wheel in its little shrine: a big upright drum, gold with red bands, covered in
    rows of raised script between beaded rims, a domed cap, turning on an upright iron spindle
    between a stepped plinth and the beam above, a ring of wooden pegs round its foot to push it
    by, red posts at the corners and a little pyramid roof with upturned eaves and a gold
    finial."""
    r, y0, y1 = 0.2, 0.2, 0.72
    turn = float(rng.uniform(0, 30))
    drum = crisp([(0.0, y0), (r, y0), (r, y1), (0.0, y1)])
    parts = [lathe(drum, None, 0, "body")]
    parts.append(lathe(annulus(r - 0.01, r + 0.006, 0.3), at(0, 0.46, 0), "card-red", closed=True))
    for y in (0.31, 0.61):
        parts.append(torus(r + 0.01, 0.012, at(0, y, 0), 0))
    script = _script_row(r + 0.009, 0.585, turn, rng) + _script_row(r + 0.009, 0.455, turn + 9, rng)
    parts.append(_yaw_boxes(script, 0))
    for y, s in ((y0 + 0.02, 1), (y1 - 0.02, -1)):  # the rims, lotus petals and beads
        parts.append(torus(r + 0.012, 0.016, at(0, y, 0), 0))
        petals = crisp([(0.0, y + s * 0.02), (r + 0.006, y + s * 0.02), (r + 0.006, y + s * 0.07),
                        (0.0, y + s * 0.07)])  # fmt: skip
        if s < 0:
            petals = petals[::-1]
        parts.append(lathe(petals, rot("y", turn), 0, shape=lobed(32, 16, 0.1)))
    cap = [(0.0, y1), (r + 0.01, y1), (r - 0.02, y1 + 0.04), (0.1, y1 + 0.08), (0.04, y1 + 0.1),
           (0.0, y1 + 0.1)]  # fmt: skip
    parts.append(lathe(cap, None, 0))
    parts.append(lathe([(0.0, y0 + 0.01), (r + 0.01, y0 + 0.01), (r - 0.03, y0 - 0.04),
                        (0.0, y0 - 0.05)], None, 0))  # fmt: skip
    parts.append(stick((0, 0.06, 0), (0, 1.03, 0), 0.014, "steel"))  # the spindle
    for k in range(12):  # the pegs to push it by
        a = np.radians(turn + 30 * k)
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        foot = v3(0.0, y0 - 0.02, 0.0)
        parts.append(stick(foot + d * (r - 0.04), foot + d * (r + 0.07), 0.011, 1))
    # the shrine: a plinth, corner posts, beams and a pyramid roof
    parts.append(box(0.72, 0.06, 0.72, None, 1))
    parts.append(box(0.6, 0.04, 0.6, at(0, 0.06, 0), 1))
    q, top = 0.29, 1.02
    for x in (-q, q):
        for z in (-q, q):
            parts.append(box(0.045, top - 0.1, 0.045, at(x, 0.1, z), "card-red"))
    for s in (-1, 1):
        parts.append(box(2 * q + 0.06, 0.05, 0.05, at(0, top - 0.05, s * q), "card-red"))
        parts.append(box(0.05, 0.05, 2 * q + 0.06, at(s * q, top - 0.05, 0), "card-red"))
        parts.append(box(0.05, 0.04, 2 * q, at(s * q, 0.1, 0), "card-red"))
    parts.append(box(2 * q, 0.04, 0.05, at(0, top - 0.05, 0), "card-red"))  # the spindle's beam
    roof = [(0.0, top), (0.5, top), (0.53, top + 0.035), (0.47, top + 0.05), (0.3, top + 0.12),
            (0.08, top + 0.22), (0.0, top + 0.24)]  # fmt: skip
    parts.append(lathe(roof, rot("y", 45), 1, sides=4))
    fin = [(0.0, top + 0.22), (0.04, top + 0.23), (0.05, top + 0.27), (0.03, top + 0.31),
           (0.012, top + 0.33), (0.025, top + 0.36), (0.0, top + 0.4)]  # fmt: skip
    parts.append(lathe(fin, None, 0))
    return parts


# 991 stupa


def _stupa_eye(m: np.ndarray) -> list[Part]:
    """One of the harmika's painted eyes under ``m`` (its middle at 0, facing +z): a dark
    almond with a white eyeball and a dark pupil, a brow arched over it."""
    t = np.linspace(0, np.pi, 9)
    upper = [(0.03 * np.cos(a), 0.013 * np.sin(a) - 0.003) for a in t]
    lower = [(-0.03 * np.cos(a), -0.007 * np.sin(a) - 0.003) for a in t[1:-1]]
    almond = np.array(upper + lower)
    parts = [slab(sharp(almond * 1.2), 0.003, m, "marking")]
    parts.append(slab(sharp(almond), 0.005, m, "sclera"))
    parts.append(cylinder(0.009, 0.009, 0.007, m @ rot("x", 90) @ at(0, -0.0035, 0), "pupil"))
    brow = [(-0.036, 0.014, 0.0), (0.0, 0.028, 0.0), (0.036, 0.016, 0.0)]
    parts.append(tube(brow, 0.0035, m, "marking", shape=HEX))
    return parts


def _stupa(rng: Rng) -> list[Part]:
    """A white Buddhist stupa: three square steps of whitewashed base with a stair up the
    front, a round drum terrace, a big white dome, on its top the square harmika painted on
    each side with a pair of watchful eyes and a curled nose, a gilded cornice, and a tall
    golden spire of thirteen stacked rings tapering up to a little parasol and a finial."""
    parts = [box(1.0, 0.1, 1.0, None, 0, "body")]
    parts.append(box(0.84, 0.1, 0.84, at(0, 0.1, 0), 0))
    parts.append(box(0.7, 0.08, 0.7, at(0, 0.2, 0), 0))
    for k in range(7):  # the stair up the front
        run = 0.05 + 0.033 * (6 - k)
        parts.append(box(0.16, 0.04, run, at(0, 0.04 * k, 0.35 + run / 2), 0))
    for y, w in ((0.1, 1.0), (0.2, 0.84), (0.28, 0.7)):  # painted red bands round the tiers
        parts.append(rect_ring(w + 0.006, w + 0.006, 0.006, 0.015, at(0, y - 0.022, 0), "card-red"))
    parts.append(cylinder(0.31, 0.31, 0.05, at(0, 0.28, 0), 0))
    parts.append(cylinder(0.29, 0.29, 0.04, at(0, 0.33, 0), 0))
    dome = [(0.0, 0.37), (0.27, 0.37), (0.285, 0.43), (0.27, 0.52), (0.22, 0.6), (0.14, 0.65),
            (0.0, 0.67)]  # fmt: skip
    parts.append(lathe(dome, None, 0))
    parts.append(torus(0.275, 0.012, at(0, 0.38, 0), 0))
    # the harmika
    hy, hw = 0.64, 0.17
    parts.append(box(hw * 0.9, 0.04, hw * 0.9, at(0, hy, 0), 0))
    parts.append(box(hw, 0.12, hw, at(0, hy + 0.04, 0), 0))
    parts.append(box(hw + 0.04, 0.025, hw + 0.04, at(0, hy + 0.16, 0), 1))
    parts.append(box(hw + 0.07, 0.02, hw + 0.07, at(0, hy + 0.185, 0), 1))
    for k in range(4):
        face = rot("y", 90 * k) @ at(0, hy + 0.105, hw / 2 + 0.002)
        for s in (-1, 1):
            parts += _stupa_eye(face @ at(s * 0.04, 0.0, 0.0))
        nose = [(0.0, -0.012, 0.0), (0.0, -0.04, 0.0), (0.006, -0.05, 0.0), (0.014, -0.045, 0.0)]
        parts.append(tube(nose, 0.004, face, "card-red", shape=HEX))
        parts.append(sphere(0.006, face @ at(0, 0.03, 0), "card-red"))  # the third eye
    # the spire: thirteen rings, the parasol and the finial
    y = hy + 0.205
    rings = [(0.0, y), (0.065, y)]
    for k in range(13):
        rr = 0.062 - 0.0028 * k
        rings += [(rr, y + 0.004), (rr, y + 0.018), (rr - 0.008, y + 0.024)]
        y += 0.026
    rings += [(0.0, y)]
    parts.append(lathe(rings, None, 1))
    umb = [(0.0, y), (0.012, y), (0.095, y + 0.01), (0.09, y + 0.025), (0.03, y + 0.05),
           (0.0, y + 0.055)]  # fmt: skip
    parts.append(lathe(umb, None, 1))
    parts.append(torus(0.09, 0.006, at(0, y + 0.012, 0), 1))
    fin = [(0.0, 0.05), (0.025, 0.06), (0.03, 0.08), (0.012, 0.1), (0.018, 0.115), (0.0, 0.15)]
    parts.append(lathe([(r_, y + h_) for r_, h_ in fin], None, 1))
    parts += _flag_lines(hy + 0.42, rng)
    return parts


def _flag_lines(y: float, rng: Rng) -> list[Part]:
    """Three lines of little prayer flags in the five colours running from the spire at height y
    down to the base's corners (none to the corner nearest the viewer, where they would hide the
    stupa's face)."""
    colours = ("plume", "sheet", "card-red", "fruit-green", "cloth-yellow")
    flags: list[list[tuple]] = [[] for _ in colours]
    parts = []
    for k in range(1, 4):
        a = np.radians(45 + 90 * k)
        top = (0.05 * np.cos(a), y, 0.05 * np.sin(a))
        foot = (0.69 * np.cos(a), 0.1, 0.69 * np.sin(a))
        cord = _sag(top, foot, 0.05, 24)
        parts.append(tube(cord[::4], 0.003, None, "marking", shape=HEX))
        yaw = np.degrees(np.arctan2(-np.sin(a), np.cos(a)))
        length = _cord_length(cord)
        for i, c in enumerate(_on_cord(cord, np.linspace(0.08, length - 0.06, 16))):
            flap = float(rng.uniform(-0.004, 0.004))
            flags[i % 5].append((c[0], c[1] - 0.02, c[2] + flap, 0.03, 0.036, 0.003, yaw))
    for col, items in zip(colours, flags, strict=True):
        parts.append(_yaw_boxes(items, col))
    return parts


MORE_APPLIANCES_ZZV = {
    984: _papel_picado, 985: _pan_de_muerto, 986: _catrina, 987: _marigold_garland,
    988: _incense_burner, 989: _prayer_flags, 990: _prayer_wheel, 991: _stupa,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
