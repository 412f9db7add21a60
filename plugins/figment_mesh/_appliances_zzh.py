"""More of the device family's appliances, from 874: ancient Greece: a Corinthian helmet, a
kylix, a lyre, a trireme, a snowy mountain, a marble statue of Zeus.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, mesh_part, rot, scl
from ._primitives import DIAMOND, box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import Field, Shape, ellipsoid, sdf_part
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZH"]

Rng = np.random.Generator


def _loft_mesh(rings, ends=None) -> tuple[np.ndarray, np.ndarray]:
    """Vertices and triangles of a closed solid through rings (n, L, 3) of closed loops, each
    end capped by a fan to a point (``ends``, else the end ring's middle)."""
    r = np.asarray(rings, float)
    n, L = r.shape[:2]
    idx = np.arange(n * L).reshape(n, L)
    a, b = idx[:-1], np.roll(idx[:-1], -1, 1)
    c, d = idx[1:], np.roll(idx[1:], -1, 1)
    faces = [np.stack([a, b, d], -1).reshape(-1, 3), np.stack([a, d, c], -1).reshape(-1, 3)]
    e0, e1 = (r[0].mean(0), r[-1].mean(0)) if ends is None else ends
    verts = [r.reshape(-1, 3), np.asarray(e0, float)[None], np.asarray(e1, float)[None]]
    lo, hi = n * L, n * L + 1
    j, j1 = np.arange(L), np.roll(np.arange(L), -1)
    faces.append(np.stack([np.full(L, lo), idx[0, j1], idx[0, j]], -1))
    faces.append(np.stack([np.full(L, hi), idx[-1, j], idx[-1, j1]], -1))
    return np.concatenate(verts), np.concatenate(faces)


def _loft(rings, slot, tag: str = "", facets: bool = False) -> Part:
    """A closed solid through rings (n, L, 3) of closed loops, each end capped by a fan to its
    middle point."""
    return mesh_part(*_loft_mesh(rings), slot, tag, facets)


def _plates(items, slot) -> Part:
    """Flat plates in one faceted part: for each (m, outline, depth) the outline ((k, 2)
    points round its middle, in the xy plane of m) extruded depth through z = 0."""
    verts, faces, base = [], [], 0
    for m, outline, depth in items:
        q = np.asarray(outline, float)
        k = len(q)
        ring = np.concatenate([q, np.zeros((k, 1))], 1)
        mid = np.append(q.mean(0), 0.0)
        dz = np.array([0.0, 0.0, depth / 2])
        pts = np.concatenate([ring - dz, ring + dz, [mid - dz, mid + dz]])
        pts = pts @ m[:3, :3].T + m[:3, 3]
        j, j1 = np.arange(k), np.roll(np.arange(k), -1)
        f = np.concatenate(
            [
                np.stack([np.full(k, 2 * k), j1, j], 1),
                np.stack([np.full(k, 2 * k + 1), j + k, j1 + k], 1),
                np.stack([j, j1, j1 + k], 1),
                np.stack([j, j1 + k, j + k], 1),
            ]
        )
        turn = np.sum(q[:, 0] * np.roll(q[:, 1], -1) - np.roll(q[:, 0], -1) * q[:, 1])
        if turn * np.linalg.det(m[:3, :3]) < 0:  # wound inside out
            f = f[:, ::-1]
        verts.append(pts)
        faces.append(f + base)
        base += len(pts)
    return mesh_part(np.concatenate(verts), np.concatenate(faces), slot, facets=True)


def _arc(a: float, b: float, yc: float, t0: float, t1: float, n: int) -> list[tuple[float, float]]:
    """n (radius, height) points on the quarter ellipse r = a sin t, y = yc - b cos t."""
    t = np.linspace(t0, t1, n)
    return [(float(a * np.sin(u)), float(yc - b * np.cos(u))) for u in t]


# ---- 874 Corinthian helmet -------------------------------------------------------------------

_HTOP = 0.3
"""The height of the helmet's crown over its chin."""


def _helm_edge(th: np.ndarray) -> np.ndarray:
    """The height of the helmet's lower edge at angles th (radians, 0 at the front): down to the
    chin at the cheek guards, notched up behind them, down again at the neck guard."""
    d = np.degrees(np.abs(np.angle(np.exp(1j * th))))
    return 0.085 * np.exp(-(((d - 112.0) / 24.0) ** 2)) + 0.012 * np.clip((d - 120) / 60, 0, 1)


def _helm_point(th, y, lift: float = 0.0) -> np.ndarray:
    """Points of the helmet's outer surface at angles th and heights y (lifted off it)."""
    th, y = np.broadcast_arrays(np.asarray(th, float), np.asarray(y, float))
    front = np.cos(th)
    mid = 0.17
    dome = np.sqrt(np.clip(1 - ((y - mid) / (_HTOP - mid)) ** 2, 0, 1))
    low = np.clip((mid - y) / mid, 0, 1)  # 0 above the temples, 1 at the chin
    # the cheek guards curve in toward the chin, the neck guard flares out behind
    f = np.where(y > mid, dome, 1 - 0.22 * low**1.5 * np.clip(front, 0, 1) ** 0.7
                 + 0.3 * low**2.5 * np.clip(-front, 0, 1) ** 2)  # fmt: skip
    rx, rz = 0.104 + lift, 0.125 + lift
    rz_front = rz * (1 - 0.06 * np.clip(front, 0, 1))
    x = rx * f * np.sin(th)
    z = np.where(front > 0, rz_front, rz) * f * np.cos(th)
    return np.stack([x, y + lift * (y > mid) * dome, z - 0.01], -1)


def _helm_shell() -> Part:
    """The helmet's bronze shell, from its shaped lower edge up to the crown."""
    th = np.linspace(0, 2 * np.pi, 56, endpoint=False)
    yb = _helm_edge(th)
    s = np.concatenate([np.linspace(0, 0.6, 10), 0.6 + 0.4 * np.sin(np.linspace(0.15, 1.5, 9))])
    rings = [_helm_point(th, yb + (_HTOP - yb) * v) for v in s]
    return _loft(rings, 0, "body")


def _face_patch(rows, slot, lift: float = 0.003, depth: float = 0.008) -> Part:
    """A thin patch lying on the helmet over rows of (y, degrees from, degrees to)."""
    rings = []
    for y, a0, a1 in rows:
        th = np.radians(np.linspace(a0, a1, 7))
        out = _helm_point(th, np.full(7, y), lift)
        inn = _helm_point(th[::-1], np.full(7, y), lift - depth)
        rings.append(np.concatenate([out, inn]))
    return _loft(rings, slot)


def _corinthian_helmet(rng: Rng) -> list[Part]:
    """An ancient Greek Corinthian helmet: a bronze helmet enclosing the whole head, a long nose
    guard between two almond eye holes, long cheek guards almost meeting in front so the dark
    face opening is a narrow Y, a raised brow ridge, the neck guard flaring out behind, and a
    tall horsehair crest on a low holder running from the brow over the crown and down the
    back."""
    parts = [_helm_shell()]
    for s in (-1, 1):  # the eye holes, running down beside the nose guard into the slit
        eye = [(0.186, 22, 26), (0.178, 11, 40), (0.162, 7.5, 48), (0.145, 6.5, 47),
               (0.13, 5.5, 36), (0.116, 4.5, 16), (0.098, 1, 7)]  # fmt: skip
        parts.append(_face_patch([(y, s * a0, s * a1) for y, a0, a1 in eye], "marking"))
    slit = [(0.1, -3.5, 3.5), (0.06, -3.5, 3.5), (0.02, -5, 5), (-0.002, -9, 9)]
    parts.append(_face_patch(slit, "marking"))
    for s in (-1, 1):  # the brow ridges arching over the eyes and on round the temples
        th = np.radians(np.array([2, 12, 24, 36, 50, 70, 95]) * s)
        ys = np.array([0.19, 0.192, 0.188, 0.178, 0.172, 0.17, 0.17])
        parts.append(tube(_helm_point(th, ys, 0.002), 0.006, None, 0))
    th = np.zeros(6)  # the nose guard's raised middle
    parts.append(tube(_helm_point(th, np.linspace(0.2, 0.104, 6), 0.0), [0.012, 0.012, 0.012,
                      0.011, 0.01, 0.009], None, 0))  # fmt: skip
    th = np.linspace(0, 2 * np.pi, 19)  # the rolled lower edge
    parts.append(tube(_helm_point(th, _helm_edge(th) + 0.004, 0.0), 0.005, None, 0))
    # the crest: a holder along the crown and a tall brush of horsehair on it
    top = [(0.0, 0.25, 0.09), (0.0, 0.295, 0.02), (0.0, 0.3, -0.05), (0.0, 0.27, -0.12),
           (0.0, 0.21, -0.16)]  # fmt: skip
    parts.append(tube(top, 0.014, None, 0))
    # (the tail runs steeply down, so the tube's frames turn: across is its second axis)
    a = np.linspace(-np.pi, np.pi, 14, endpoint=False)
    crest = np.stack([-0.03 - 0.97 * (1 - np.cos(a)) / 2,
                      0.17 * np.sign(np.sin(a)) * np.abs(np.sin(a)) ** 0.8], 1)  # fmt: skip
    lean = float(rng.uniform(-0.01, 0.01))
    path = [(0.0, 0.25, 0.1), (0.0, 0.3, 0.03), (0.0, 0.31, -0.05), (0.0, 0.28, -0.13),
            (0.0, 0.2 + lean, -0.19), (0.0, 0.1 + lean, -0.21)]  # fmt: skip
    parts.append(tube(path, [0.04, 0.16, 0.18, 0.15, 0.09, 0.03], None, 1, shape=crest))
    return parts


# ---- 875 kylix --------------------------------------------------------------------------------

_KA, _KB, _KY = 0.385, 0.15, 0.3
"""The kylix's outer wall: r = a sin t, y = yc - b cos t."""


def _band(t0: float, t1: float, slot, lift: float = 0.003) -> Part:
    """A painted band over the kylix's outer wall from t0 to t1 (a thin closed ring)."""
    out = _arc(_KA + lift, _KB + lift, _KY, t0, t1, 3)
    back = _arc(_KA - lift, _KB - lift, _KY, t1, t0, 3)
    return lathe(out + back, None, slot, closed=True, sides=36)


def _wall_frame(t: float, ang: float) -> np.ndarray:
    """A frame on the kylix's outer wall at t, ang degrees round from +z: x along the wall
    round the cup, y up the wall, z out of it."""
    r, y = _KA * np.sin(t), _KY - _KB * np.cos(t)
    tilt = np.degrees(np.arctan2(_KA * np.cos(t), _KB * np.sin(t)))  # the wall's lean
    return rot("y", ang) @ at(0, y, r) @ rot("x", tilt)


def _bar(a, b, w: float) -> list[tuple[float, float]]:
    """A straight bar w wide from a to b, as four sharp corners."""
    d = np.subtract(b, a)
    n = np.array([-d[1], d[0]]) / np.hypot(*d) * w / 2
    return [tuple(np.add(a, n)), tuple(np.add(b, n)), tuple(np.subtract(b, n)),
            tuple(np.subtract(a, n))]  # fmt: skip


def _warrior(m: np.ndarray, depth: float) -> list:
    """The plates of a black-figure running warrior about 1 tall in the xy plane of m (feet at
    y = -0.5): a crested helmet, a round shield, a spear, legs in a running stride."""
    circ = [(0.24 * np.cos(a), 0.24 * np.sin(a)) for a in np.linspace(0, 2 * np.pi, 11)[:-1]]
    out = [(m, [(-0.09, -0.06), (0.09, -0.06), (0.11, 0.2), (-0.08, 0.23)], depth),
           (m @ at(0.02, 0.33, 0), [(0.0, -0.1), (0.1, 0.0), (0.03, 0.1), (-0.09, 0.05)], depth),
           (m @ at(0.0, 0.44, 0), [(-0.22, 0.02), (0.0, 0.08), (0.14, 0.02), (0.0, -0.03)], depth),
           (m @ at(0.17, 0.12, 0), circ, depth)]  # the body, head, crest, shield # fmt: skip
    for a, b in (((-0.03, -0.05), (-0.32, -0.5)), ((0.05, -0.05), (0.25, -0.28)),
                 ((0.25, -0.28), (0.18, -0.5)), ((-0.3, 0.65), (0.08, -0.6))):  # fmt: skip
        out.append((m, _bar(a, b, 0.07), depth))
    return out


_KI = (0.37, 0.125)
"""The kylix's inside: r = a sin t, y = _KY - b cos t."""


def _inside_frame(r: float, ang: float) -> np.ndarray:
    """A frame on the kylix's inside at radius r, ang degrees round from +z: x across, y
    outward up the slope, z out of the surface (up and in)."""
    a, b = _KI
    t = np.arcsin(min(r / a, 0.999))
    y = _KY - b * np.cos(t) + 0.001
    slope = np.degrees(np.arctan2(b * np.sin(t), a * np.cos(t)))
    return rot("y", ang) @ at(0, y, r) @ rot("x", -90 - slope) @ rot("z", 180)


def _meander(r0: float, r1: float, n: int) -> list[Part]:
    """A black meander (Greek key) ring painted inside the kylix between radii r0 and r1: a
    ring line and n hooked keys standing on it."""
    bars = []
    h, w = r1 - r0, 2 * np.pi * (r0 + r1) / 2 / n
    key = [(0.0, 0.0), (0.0, 1.0), (0.8, 1.0), (0.8, 0.35), (0.35, 0.35)]
    for k in range(n):
        m = _inside_frame((r0 + r1) / 2, 360.0 * k / n)
        for (x0, y0), (x1, y1) in pairwise(key):
            a = (w * (x0 - 0.5), h * (y0 - 0.5))
            b = (w * (x1 - 0.5), h * (y1 - 0.5))
            d = 0.003 * np.sign(np.subtract(b, a))
            bar = _bar(tuple(np.subtract(a, d)), tuple(np.add(b, d)), 0.006)
            bars.append((m, bar, 0.008))
    a, b = _KI
    y = _KY - b * np.cos(np.arcsin(r0 / a)) + 0.001
    return [_plates(bars, "marking"), torus(r0, 0.004, at(0, y, 0) @ scl(1, 0.5, 1), "marking")]


def _kylix(rng: Rng) -> list[Part]:
    """An ancient Greek kylix: a wide, very shallow drinking bowl on a short slim stem and a
    round foot, two horizontal loop handles curling up at opposite sides of the rim; painted in
    the black-figure style on the terracotta: a black stem and lower bowl, a band of black
    running warriors round the outside between the handles, a black lip, and inside a black
    rim band and a roundel with one more warrior in a ring of meander."""
    outer = _arc(_KA, _KB, _KY, 0.09, np.pi / 2, 6)
    inner = _arc(*_KI, _KY, np.pi / 2, 0.0, 6)
    foot = [(0.0, 0.0), (0.15, 0.0), (0.152, 0.014), (0.12, 0.026), (0.05, 0.06),
            (0.032, 0.1), (0.032, 0.145)]  # fmt: skip
    prof = [*foot, *outer, (0.384, 0.304), (0.372, 0.304), *inner]
    parts = [lathe(prof, None, 0, "body", sides=40)]
    # black glaze: the stem, the lower bowl, the lip outside and in
    parts.append(lathe([(0.0, 0.027), (0.12, 0.029), (0.052, 0.062), (0.036, 0.1),
                        (0.036, 0.15), (0.0, 0.15)], None, "marking", sides=36))  # fmt: skip
    parts.append(_band(0.09, 0.88, "marking"))
    parts.append(_band(1.4, np.pi / 2 + 0.03, "marking"))
    lip = _arc(0.373, 0.127, _KY, np.pi / 2 - 0.14, np.pi / 2, 3)
    back = _arc(0.365, 0.12, _KY, np.pi / 2, np.pi / 2 - 0.14, 3)
    parts.append(lathe(lip + back, None, "marking", closed=True, sides=36))
    # the roundel inside: a running warrior in a ring of meander
    spin = float(rng.uniform(-20, 20))
    figures = _warrior(_inside_frame(0.0, 0.0) @ at(0, 0, 0.003) @ rot("z", spin) @ scl(0.2),
                       0.06)  # fmt: skip
    parts += _meander(0.15, 0.2, 22)
    for ang in (0.0, 180.0):  # the figures round the outside, between the handles
        for k in (-1, 0, 1):
            figures += _warrior(_wall_frame(1.17, ang + 26 * k) @ scl(0.1), 0.06)
    parts.append(_plates(figures, "marking"))
    for s in (-1, 1):  # the handles
        loop = [(s * 0.34, 0.25, 0.15), (s * 0.43, 0.272, 0.14), (s * 0.5, 0.3, 0.07),
                (s * 0.51, 0.305, 0.0), (s * 0.5, 0.3, -0.07), (s * 0.43, 0.272, -0.14),
                (s * 0.34, 0.25, -0.15)]  # fmt: skip
        parts.append(tube(loop, 0.015, None, 0))
    return parts


# ---- 876 lyre ---------------------------------------------------------------------------------

_SHELL = (0.2, 0.22, 0.075, 0.22)
"""The lyre's tortoise shell: half width, half height, depth and the height of its middle."""


def _on_shell(x, y, lift: float = 0.0) -> np.ndarray:
    """Points (x, y) of the front of the lyre's shell, on its domed surface (lifted off it)."""
    a, b, c, y0 = _SHELL
    x, y = np.broadcast_arrays(np.asarray(x, float), np.asarray(y, float))
    q = np.clip(1 - (x / a) ** 2 - ((y - y0) / b) ** 2, 0, 1)
    return np.stack([x, y, c * np.sqrt(q) + lift], -1)


def _seam(uv, slot="marking") -> Part:
    """A dark seam between plates of the lyre's shell through points (u, v) (-1..1 across it)."""
    a, b, _, y0 = _SHELL
    p = np.asarray(uv, float)
    return tube(_on_shell(p[:, 0] * a, y0 + p[:, 1] * b, 0.001), 0.005, None, slot)


def _scutes() -> list[Part]:
    """The plates of the lyre's tortoise shell outlined by dark seams: a spine of five
    hexagons, four broad plates down each side, a ring of small plates round the edge."""
    vs = np.array([-0.62, -0.3, 0.0, 0.3, 0.62])  # where the spine's plates meet
    parts = []
    for s in (-1, 1):
        zig = [(s * (0.16 if k % 2 else 0.26), v) for k, v in enumerate([-0.8, *vs, 0.8])]
        parts.append(_seam(zig))
        for v in (-0.45, 0.0, 0.45):  # the side plates' seams, out to the ring
            parts.append(_seam([(s * 0.26, v * 1.05), (s * 0.55, v * 1.1), (s * 0.82, v * 1.2)]))
    for k, v in enumerate(vs[1:-1]):
        parts.append(_seam([(-0.16, v), (0.16, v)] if k != 1 else [(-0.26, v), (0.26, v)]))
    th = np.linspace(0, 2 * np.pi, 21)
    parts.append(_seam(np.stack([0.84 * np.sin(th), 0.86 * np.cos(th)], 1)))
    for k in range(22):  # the edge plates
        t = 2 * np.pi * (k + 0.5) / 22
        parts.append(_seam([(0.84 * np.sin(t), 0.86 * np.cos(t)),
                            (0.99 * np.sin(t), 0.99 * np.cos(t))]))  # fmt: skip
    return parts


def _lyre(rng: Rng) -> list[Part]:
    """An ancient Greek lyre standing upright: a round domed tortoise-shell sound box at the
    bottom with its plates outlined, two curved horn-like arms rising from it, bowing out and
    back in with their tips turned out, a crossbar joining their tops with a collar for each
    string, and seven strings running from a tailpiece on the shell over a bridge up to the
    crossbar."""
    a, b, c, y0 = _SHELL
    parts = [sphere(1.0, at(0, y0, 0) @ scl(a, b, c), 0, "body")]
    parts.append(sphere(1.0, at(0, y0, -0.005) @ scl(a * 1.02, b * 1.02, 0.03), 0))  # its rim
    parts += _scutes()
    # the arms: horn-like, bowing out and back in, tips turned out
    flare = float(rng.uniform(-0.01, 0.01))
    for s in (-1, 1):
        arm = [(s * 0.13, 0.36, -0.01), (s * 0.19, 0.5, 0.0), (s * 0.2, 0.64, 0.01),
               (s * 0.16, 0.78, 0.02), (s * 0.17, 0.88, 0.02),
               (s * (0.22 + flare), 0.95, 0.02)]  # fmt: skip
        parts.append(tube(arm, [0.03, 0.026, 0.022, 0.019, 0.017, 0.01], None, 1))  # fmt: skip
    yc, zc = 0.86, 0.02
    parts.append(stick((-0.23, yc, zc), (0.23, yc, zc), 0.016, 1))  # the crossbar
    for s in (-1, 1):
        parts.append(sphere(0.022, at(s * 0.235, yc, zc), 1))
    # the tailpiece, the bridge and the seven strings, each wound round a collar on the bar
    yt, yb = 0.055, 0.3
    parts.append(box(0.12, 0.025, 0.03, at(0, yt - 0.012, _on_shell(0, yt)[2] + 0.005), 1))
    zb = float(_on_shell(0, yb)[2])
    parts.append(box(0.16, 0.014, 0.03, at(0, yb - 0.007, zb + 0.005), 1))
    for k in range(7):
        f = (k - 3) / 3
        top = (f * 0.12, yc, zc + 0.016)
        parts.append(cylinder(0.022, 0.022, 0.018, at(f * 0.12 - 0.009, yc, zc) @ rot("z", -90),
                              "cork"))  # fmt: skip
        low = (f * 0.05, yt + 0.006, _on_shell(0, yt)[2] + 0.032)
        mid = (f * 0.065, yb, zb + 0.028)
        for p, q in ((low, mid), (mid, top)):
            parts.append(tube([p, q], 0.0025, None, "snow", shape=DIAMOND))
    return parts


# ---- 877 trireme ------------------------------------------------------------------------------

_OCTAGON = np.array([(np.cos(a), np.sin(a)) for a in np.arange(8) * np.pi / 4])


_BOX_FACES = np.array([[0, 2, 1], [0, 3, 2], [4, 5, 6], [4, 6, 7], [0, 1, 5], [0, 5, 4],
                       [1, 2, 6], [1, 6, 5], [2, 3, 7], [2, 7, 6], [3, 0, 4],
                       [3, 4, 7]])  # fmt: skip
"""The triangles of a box from its four corners at one end (0-3) and the four at the other."""


def _rods(ends, widths, slot) -> Part:
    """Thin straight rods (oars' looms and blades) in one faceted part: from a to b for each
    (a, b) of ``ends``, each of (level width, height) in ``widths``."""
    e = np.asarray(ends, float)
    a, b = e[:, 0], e[:, 1]
    t = b - a
    t /= np.linalg.norm(t, axis=1, keepdims=True)
    u = np.stack([-t[:, 2], np.zeros(len(t)), t[:, 0]], 1)  # across, level
    u /= np.maximum(np.linalg.norm(u, axis=1, keepdims=True), 1e-9)
    v = np.stack([t[:, 1] * u[:, 2] - t[:, 2] * u[:, 1], t[:, 2] * u[:, 0] - t[:, 0] * u[:, 2],
                  t[:, 0] * u[:, 1] - t[:, 1] * u[:, 0]], 1)  # fmt: skip
    w = np.asarray(widths, float)
    su, sv = w[:, :1] / 2, w[:, 1:] / 2
    corners = [u * su + v * sv, -u * su + v * sv, -u * su - v * sv, u * su - v * sv]
    verts = np.stack([a + c for c in corners] + [b + c for c in corners], 1)
    faces = _BOX_FACES[None] + 8 * np.arange(len(e))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), faces.reshape(-1, 3), slot, facets=True)


def _hull_section(u: float) -> np.ndarray:
    """The trireme's hull at u (-1 stern .. 1 bow along its length 1): a closed loop of its
    round-bottomed section and flat deck, in the plane x = u / 2."""
    w = max(0.066 * (1 - abs(u) ** 2.2) ** 0.6, 0.003)
    keel = 0.1 * max(0.0, -u) ** 3 + 0.012 * max(0.0, u) ** 4
    rail = 0.088 + 0.025 * u**4 + 0.04 * max(0.0, -u) ** 4
    phi = np.linspace(-np.pi / 2, np.pi / 2, 11)
    sn = np.sign(np.sin(phi)) * np.abs(np.sin(phi)) ** 0.6
    z = np.concatenate([w * sn, w * np.array([0.5, 0.0, -0.5])])
    y = np.concatenate([rail - (rail - keel) * np.cos(phi), np.full(3, rail + 0.003)])
    return np.stack([np.full_like(z, u / 2), y, z], -1)


def _trireme(rng: Rng) -> list[Part]:
    """An ancient Greek trireme: a long, low, narrow wooden war galley with a bronze ram at the
    waterline on its bow, a painted eye each side of the bow, the stern post curling up and
    forward over the deck, an outrigger box along each side, three banks of oars sticking out
    and down on each side, two steering oars at the stern, a row of round shields along the
    rail, one mast with a yard and a square sail."""
    us = np.sin(np.linspace(-np.pi / 2, np.pi / 2, 31))
    parts = [_loft([_hull_section(u) for u in us], 0, "body")]
    # the ram: a three-finned bronze beak at the waterline
    ram = sharp([(0.0, -0.018), (0.05, -0.012), (0.085, 0.0), (0.05, 0.012), (0.0, 0.018)])
    parts.append(slab(ram, 0.02, at(0.47, 0.022, 0), "copper"))
    for y in (0.01, 0.022, 0.034):
        fin = sharp([(0.0, -0.026), (0.07, -0.005), (0.08, 0.0), (0.07, 0.005), (0.0, 0.026)])
        parts.append(slab(fin, 0.005, at(0.475, y, 0) @ rot("x", 90), "copper"))
    # the bow post and the stern curling up over the deck
    parts.append(tube([(0.49, 0.09, 0), (0.52, 0.13, 0), (0.535, 0.16, 0), (0.525, 0.18, 0)],
                      [0.01, 0.009, 0.007, 0.005], None, 0))  # fmt: skip
    curl = [(-0.49, 0.13), (-0.53, 0.19), (-0.53, 0.25), (-0.49, 0.29), (-0.44, 0.29),
            (-0.42, 0.26), (-0.445, 0.24)]  # fmt: skip
    for z, r in ((0.0, 0.012), (0.012, 0.007), (-0.012, 0.007)):
        parts.append(tube([(x, y, z) for x, y in curl], [r, r, r * 0.9, r * 0.8, r * 0.7,
                          r * 0.6, r * 0.5], None, 0))  # fmt: skip
    for s in (-1, 1):
        # the painted eye on the bow
        eye = at(0.41, 0.062, s * 0.043) @ rot("y", -s * 14 + (90 - 90 * s))
        parts.append(slab([(-0.02, 0.0), (0.0, 0.01), (0.02, 0.0), (0.0, -0.01)], 0.004, eye,
                          "snow"))  # fmt: skip
        parts.append(cylinder(0.007, 0.007, 0.006, eye @ rot("x", 90) @ at(0, -0.002, 0),
                              "marking"))  # fmt: skip
        # the outrigger box along the side
        parts.append(box(0.62, 0.022, 0.018, at(0.0, 0.072, s * 0.072), 0))
        # the shields along the rail
        for k in range(13):
            x = -0.3 + 0.05 * k
            slot = "card-red" if k % 2 else "copper"
            disc = at(x, 0.108, s * 0.07)
            parts.append(slab(sharp(_OCTAGON * 0.021), 0.005, disc, slot))
            parts.append(slab(sharp(_OCTAGON * 0.006), 0.009, disc, "copper"))
        # three banks of oars, out and down into the water
        looms, blades = [], []
        for tier, (y, z0, n, reach) in enumerate(((0.08, 0.08, 15, 0.34),
                                                   (0.055, 0.066, 14, 0.27),
                                                   (0.034, 0.058, 14, 0.21))):  # fmt: skip
            for k in range(n):
                x = -0.31 + 0.62 * (k + 0.5 * (tier % 2)) / n
                tip = (x - 0.03, 0.012, s * (z0 + reach))
                looms.append(((x, y, s * z0), tip))
                blades.append((tip, (x - 0.036, 0.006, s * (z0 + reach + 0.05))))
        parts.append(_rods(looms + blades, [(0.006, 0.006)] * len(looms)
                           + [(0.014, 0.003)] * len(blades), 1))  # fmt: skip
        # the steering oars at the stern
        parts.append(_rods([((-0.4, 0.14, s * 0.05), (-0.49, 0.02, s * 0.075)),
                            ((-0.49, 0.02, s * 0.075), (-0.52, 0.018, s * 0.08))],
                           [(0.01, 0.01), (0.004, 0.03)], 1))  # fmt: skip
    # the mast, its yard turned a little, and the square sail
    parts.append(stick((0.03, 0.09, 0), (0.03, 0.55, 0), 0.008, 0))
    turn = at(0.03, 0, 0) @ rot("y", -40 + float(rng.uniform(-5, 5)))  # (braced round)
    parts.append(tube([(0.0, 0.5, -0.19), (0.015, 0.5, 0.0), (0.0, 0.5, 0.19)], 0.006, turn, 1))
    sheet = [(0.005, 0.5, -0.18), (0.025, 0.5, -0.09), (0.032, 0.5, 0.0), (0.025, 0.5, 0.09),
             (0.005, 0.5, 0.18)]  # fmt: skip
    sail = np.array([(-0.012, 0.0), (0.012, 0.0), (0.012, 1.0), (-0.012, 1.0)])
    parts.append(tube(sheet, 0.27, turn, "snow", shape=sail))
    return parts


# ---- 878 snowy mountain -----------------------------------------------------------------------

_PEAKS = ((0.0, 0.0, 0.8, 0.4, 5, 0.3), (0.19, -0.14, 0.56, 0.24, 4, 1.1),
          (-0.2, 0.14, 0.5, 0.24, 4, 2.0), (-0.06, -0.26, 0.42, 0.22, 4, 0.7),
          (0.24, 0.18, 0.32, 0.2, 3, 2.5), (-0.02, 0.3, 0.22, 0.18, 3, 0.4),
          (-0.27, -0.12, 0.3, 0.2, 3, 1.7))  # fmt: skip
"""The mountain's peaks: x, z, height, reach, ridges, and the turn of its ridges."""


def _ridges(th: np.ndarray, n: int, turn: float) -> np.ndarray:
    """0 in the gullies to 1 on the ridges, round a peak with n ridges (sharp on the ridges)."""
    return (1 - np.abs(np.sin(n * th / 2 + turn))) ** 2


def _terrain(x: np.ndarray, z: np.ndarray, wob: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The mountain's height over (x, z), and how far into a gully of the main peak each
    point is (0 on a ridge, 1 deep in a gully)."""
    h = 0.03 + 0.05 * np.clip(1 - np.hypot(x, z) / 0.5, 0, 1)
    gully = np.zeros_like(x)
    for k, (px, pz, ph, reach, n, turn) in enumerate(_PEAKS):
        d = np.hypot(x - px, z - pz)
        rid = _ridges(np.arctan2(z - pz, x - px), n, turn + wob[k])
        r = reach * (0.6 + 0.5 * rid) * (1 + (0.3 * np.cos(np.arctan2(z, x) - 0.3) if k == 0
                                                  else 0))  # fmt: skip
        h = np.maximum(h, ph * np.clip(1 - d / r, 0, 1) ** (1.3 if k == 0 else 1.4))
        if k == 0:
            gully = 1 - rid
    for i, j, dip in ((0, 1, 0.08), (0, 2, 0.1), (0, 3, 0.1), (1, 4, 0.06)):  # knife ridges
        (ax, az, ah), (bx, bz, bh) = _PEAKS[i][:3], _PEAKS[j][:3]
        ex, ez = bx - ax, bz - az
        t = np.clip(((x - ax) * ex + (z - az) * ez) / (ex * ex + ez * ez), 0, 1)
        d = np.hypot(x - ax - t * ex, z - az - t * ez)
        crest = ah * 0.92 + (bh - ah * 0.92) * t - dip * np.sin(np.pi * t)
        h = np.maximum(h, crest * (1 - 0.15 * t) - 2.4 * d)
    crag = (0.03 * np.sin(17 * x + 5 * z) * np.sin(13 * z - 9 * x + 1.3)
            + 0.014 * np.sin(41 * x - 33 * z) + 0.008 * np.sin(70 * z + 20 * x))  # fmt: skip
    return h + crag * np.clip(h / 0.2, 0, 1), gully


def _unpinch(faces: np.ndarray) -> np.ndarray:
    """The triangles with a vertex where two fans of them only touch at a point given one copy
    per fan (so a patch's border never crosses itself)."""
    n = faces.size
    root = np.arange(n)

    def find(c: int) -> int:
        while root[c] != c:
            root[c] = root[root[c]]
            c = root[c]
        return c

    corner = {}
    for f, tri in enumerate(faces.tolist()):
        for k in range(3):
            corner[(f, tri[k])] = 3 * f + k
    edge = {}
    for f, tri in enumerate(faces.tolist()):
        for k in range(3):
            edge[(tri[k], tri[(k + 1) % 3])] = f
    for (a, b), f in edge.items():
        g = edge.get((b, a))
        if g is not None and g > f:
            for v in (a, b):
                root[find(corner[(f, v)])] = find(corner[(g, v)])
    roots = np.array([find(c) for c in range(n)])
    _, new = np.unique(roots, return_inverse=True)
    return new.reshape(-1, 3)


def _shell(verts: np.ndarray, faces: np.ndarray, up: float, down: float, slot) -> Part:
    """A thin solid over a patch of a surface's triangles: its faces raised by up, a copy sunk
    by down, walls round its border."""
    f = _unpinch(faces)
    v = verts[faces.ravel()][np.unique(f.ravel(), return_index=True)[1]]
    n = len(v)
    top, bot = v + np.array([0.0, up, 0.0]), v - np.array([0.0, down, 0.0])
    edges = np.concatenate([f[:, [0, 1]], f[:, [1, 2]], f[:, [2, 0]]])
    key = np.sort(edges, 1)
    _, inv, cnt = np.unique(key, axis=0, return_inverse=True, return_counts=True)
    rim = edges[cnt[inv.ravel()] == 1]
    a, b = rim[:, 0], rim[:, 1]
    walls = np.concatenate([np.stack([b, a, a + n], 1), np.stack([b, a + n, b + n], 1)])
    allf = np.concatenate([f, f[:, ::-1] + n, walls])
    return mesh_part(np.concatenate([top, bot]), allf, slot)


def _mountain(rng: Rng) -> list[Part]:
    """A craggy snow-capped mountain on a roughly round base: a tall pointed summit with sharp
    ridges running down between gullies, four lower peaks round it, faceted rock cliffs, the
    top third under snow whose ragged edge runs further down the gullies, green foothills
    round the foot."""
    wob = rng.uniform(-0.15, 0.15, len(_PEAKS))
    th = np.linspace(0, 2 * np.pi, 64, endpoint=False)
    rho = 0.5 * np.linspace(0.025, 1.0, 27) ** 1.15
    # a roughly round foot, its middle a little to the right of and in front of the summit
    cx, cz = 0.06, 0.05
    cu = cx * np.cos(th) + cz * np.sin(th)
    edge = (cu + np.sqrt(0.25 - cx * cx - cz * cz + cu * cu)) / 0.5
    edge *= 1 + 0.04 * np.sin(3 * th + 1) + 0.025 * np.sin(7 * th)
    x = rho[:, None] * edge[None] * np.cos(th)[None]
    z = rho[:, None] * edge[None] * np.sin(th)[None]
    h, gully = _terrain(x, z, wob)
    rings = np.stack([x, h, z], -1)
    rings = np.concatenate([rings, rings[-1:] * [1.0, 0.0, 1.0]])  # the skirt down to y = 0
    peak = (0.0, float(_PEAKS[0][2]) + 0.01, 0.0)
    verts, faces = _loft_mesh(rings, (peak, (0.0, 0.0, 0.0)))
    parts = [mesh_part(verts, faces, 0, "body", facets=True)]
    # the snow: on faces above a snowline that runs down the gullies, off the steepest cliffs
    top = faces[: 2 * (len(rho) - 1) * len(th)]
    tri = verts[top]
    c = tri.mean(1)
    nrm = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    flat = np.abs(nrm[:, 1]) / np.linalg.norm(nrm, axis=1)
    g = np.concatenate([gully[:-1].ravel()] * 2)
    line = 0.5 - 0.2 * g + 0.04 * np.sin(40 * c[:, 0] + 17 * c[:, 2])
    snow = (c[:, 1] > line) & ((flat > 0.25) | (c[:, 1] > 0.6))
    snow |= (c[:, 1] > line - 0.14) & (flat > 0.6)  # drifts on the lower ledges
    # (and the fan round the summit, wound as the rest)
    cap = np.stack([np.full(len(th), len(verts) - 2), np.roll(np.arange(len(th)), -1),
                    np.arange(len(th))], 1)  # fmt: skip
    parts.append(_shell(verts, np.concatenate([top[snow], cap]), 0.006, 0.004, "snow"))
    low = (c[:, 1] < 0.085) & (flat > 0.55)
    parts.append(_shell(verts, top[low], 0.004, 0.004, 1))
    return parts


# ---- 879 Greek statue -------------------------------------------------------------------------


def _limb(a, b, r0: float, r1: float, blend: float = 0.012) -> Shape:
    """A tapering capsule from a (radius r0) to b (radius r1), smoothly joined."""
    a_, b_ = np.asarray(a, np.float32), np.asarray(b, np.float32)
    ba = b_ - a_
    l2 = float(ba @ ba)

    def dist(x, y, z):
        px, py, pz = x - a_[0], y - a_[1], z - a_[2]
        h = np.clip((px * ba[0] + py * ba[1] + pz * ba[2]) / l2, 0.0, 1.0)
        dx, dy, dz = px - h * ba[0], py - h * ba[1], pz - h * ba[2]
        return np.sqrt(dx * dx + dy * dy + dz * dz) - (r0 + (r1 - r0) * h)

    r = max(r0, r1)
    return Shape(dist, np.minimum(a_, b_) - r, np.maximum(a_, b_) + r, blend)


def _skirt(ys, rxs, rzs, folds: int, depth: float, slope: float = 0.0, blend: float = 0.015
           ) -> Shape:  # fmt: skip
    """A robe's hanging skirt: an oval section rx × rz at each height y (bottom to top),
    fluted with deep vertical folds, cut flat at its hem and at its top (rising ``slope``
    along +x)."""
    y_at, rx_at, rz_at = (np.asarray(v, np.float32) for v in (ys, rxs, rzs))
    y0, y1 = float(y_at[0]), float(y_at[-1])

    def dist(x, y, z):
        rx = np.interp(y, y_at, rx_at).astype(np.float32)
        rz = np.interp(y, y_at, rz_at).astype(np.float32)
        zx = z * (rx / rz)
        fold = 1.0 + depth * np.cos(folds * np.arctan2(zx, x) + 3.0 * y) ** 3
        rho = np.sqrt(x * x + zx * zx)
        return np.maximum(np.maximum(rho - rx * fold, y0 - y), y - y1 - slope * x) * 0.8

    r = float(max(rx_at.max(), rz_at.max())) * (1 + depth)
    return Shape(dist, np.array([-r, y0, -r], np.float32), np.array([r, y1, r], np.float32),
                 blend)  # fmt: skip


def _zeus_shapes(y0: float) -> list[Shape]:
    """The statue's body and robe (feet at y0): a bearded man standing in contrapposto, his
    weight on his right leg, a himation wrapped round his hips and legs and up over his left
    shoulder in folds, his right arm raised, his left forearm held forward."""

    def p(x, y, z):
        return (x, y0 + y, z)

    sh = [ellipsoid(p(0, 0.745, 0.0), (0.042, 0.052, 0.048))]  # the head
    sh.append(ellipsoid(p(0, 0.768, -0.012), (0.049, 0.043, 0.05), blend=0.01))  # the hair
    for s in (-1, 1):  # locks of hair framing the face
        sh.append(ellipsoid(p(s * 0.036, 0.73, -0.012), (0.015, 0.032, 0.03), blend=0.01))
    sh.append(ellipsoid(p(0, 0.688, 0.03), (0.038, 0.05, 0.03), blend=0.016))  # the beard
    sh.append(ellipsoid(p(0, 0.715, 0.045), (0.03, 0.01, 0.012), blend=0.006))  # moustache
    sh.append(ellipsoid(p(0, 0.745, 0.05), (0.009, 0.02, 0.013), blend=0.006))  # the nose
    sh.append(ellipsoid(p(0, 0.764, 0.04), (0.034, 0.008, 0.012), blend=0.008))  # the brow
    sh.append(_limb(p(0, 0.63, 0), p(0, 0.7, 0.0), 0.032, 0.03))  # the neck
    sh.append(ellipsoid(p(0, 0.58, 0.0), (0.108, 0.085, 0.06), blend=0.02))  # chest
    sh.append(ellipsoid(p(0, 0.49, 0.008), (0.082, 0.09, 0.056), blend=0.03))  # belly
    for s in (-1, 1):
        sh.append(ellipsoid(p(s * 0.045, 0.6, 0.036), (0.045, 0.034, 0.028), blend=0.015))
        sh.append(ellipsoid(p(s * 0.11, 0.628, 0.0), (0.043, 0.042, 0.04), blend=0.015))
    # the right arm raised high, the left bent forward at the elbow
    sh.append(_limb(p(-0.11, 0.63, 0.0), p(-0.19, 0.74, 0.0), 0.036, 0.029))
    sh.append(_limb(p(-0.19, 0.74, 0.0), p(-0.175, 0.88, 0.02), 0.029, 0.022))
    sh.append(ellipsoid(p(-0.173, 0.9, 0.022), (0.024, 0.028, 0.024), blend=0.008))
    sh.append(_limb(p(0.11, 0.63, 0.0), p(0.14, 0.5, 0.0), 0.034, 0.028))
    sh.append(_limb(p(0.14, 0.5, 0.0), p(0.15, 0.46, 0.12), 0.028, 0.021))
    sh.append(ellipsoid(p(0.152, 0.455, 0.14), (0.021, 0.024, 0.027), blend=0.008))
    # the legs: the right straight, the left knee bent forward through the robe
    sh.append(_limb(p(-0.048, 0.42, 0), p(-0.052, 0.22, 0.0), 0.064, 0.042))
    sh.append(_limb(p(-0.052, 0.22, 0.0), p(-0.056, 0.04, -0.005), 0.042, 0.03))
    sh.append(_limb(p(0.048, 0.41, 0), p(0.07, 0.23, 0.075), 0.06, 0.044))
    sh.append(_limb(p(0.07, 0.23, 0.075), p(0.09, 0.045, -0.01), 0.044, 0.03))
    for x, z in ((-0.058, 0.03), (0.092, 0.012)):  # the feet
        sh.append(ellipsoid(p(x, 0.018, z), (0.03, 0.02, 0.058), blend=0.01))
    # the himation: deep folds to the ankles, wrapped up over the left side of the chest, its
    # folded edge running from the right hip up over the left shoulder and down the back
    sh.append(_skirt([y0 + 0.045, y0 + 0.2, y0 + 0.34, y0 + 0.46, y0 + 0.6],
                     [0.135, 0.12, 0.113, 0.1, 0.11], [0.1, 0.092, 0.085, 0.072, 0.066], 13,
                     0.17, 0.9))  # fmt: skip
    edge = np.array([(-0.11, 0.37, 0.06), (-0.03, 0.42, 0.082), (0.05, 0.5, 0.074),
                     (0.1, 0.585, 0.05), (0.115, 0.66, 0.0), (0.09, 0.59, -0.058),
                     (0.0, 0.48, -0.072), (-0.11, 0.37, -0.06)])  # fmt: skip
    for k, dy in enumerate((0.0, -0.03, 0.03)):  # three folds side by side
        pts = [p(x, y + dy * (1 - 0.6 * (abs(x) < 0.1 and y > 0.6)), z) for x, y, z in edge]
        for a, b in pairwise(pts):
            sh.append(_limb(a, b, 0.017 - 0.003 * (k > 0), 0.017 - 0.003 * (k > 0), 0.012))
    return sh


def _thunderbolt(m: np.ndarray) -> list[Part]:
    """A thunderbolt held at its middle (the origin of m, in its xy plane along y): a grip and
    a jagged zigzag of lightning running out to a point each way."""
    parts = [sphere(1.0, m @ scl(0.018, 0.045, 0.018), 0)]
    for e in (-1, 1):
        zig = [(0.0, 0.03), (0.05, 0.085), (-0.005, 0.1), (0.04, 0.17)]
        widths = [0.03, 0.026, 0.022, 0.0]
        for (a, b), w0, w1 in zip(pairwise(zig), widths, widths[1:], strict=False):
            a_, b_ = np.multiply(a, e), np.multiply(b, e)
            d = np.subtract(b_, a_)
            n = np.array([-d[1], d[0]]) / np.hypot(*d) / 2
            quad = [a_ + n * w0, b_ + n * max(w1, 0.002), b_ - n * max(w1, 0.002), a_ - n * w0]
            parts.append(slab(sharp([tuple(q) for q in quad]), 0.014, m, 0))
    return parts


def _greek_statue(rng: Rng) -> list[Part]:
    """A classical marble statue of Zeus on a square stepped plinth: a bearded, long-haired
    man standing in contrapposto, weight on one leg, the other knee bent forward, a himation
    falling in deep folds from his hips to his ankles and thrown over his left shoulder, his
    bare right arm raised high brandishing a zigzag thunderbolt; blank, smooth eyes."""
    base = 0.15
    shapes = _zeus_shapes(base)
    axis = np.array([[0.0, base + 0.45, -0.2], [0.0, base + 0.45, 0.2]])
    parts = [sdf_part(Field(tuple(shapes), axis), 0.0135, 0, "body")]
    tilt = float(rng.uniform(-8, 8))
    parts += _thunderbolt(at(-0.173, base + 0.9, 0.022) @ rot("y", 30) @ rot("z", 62 + tilt)
                          @ scl(1.3))  # fmt: skip
    for k, (w, h) in enumerate(((0.42, 0.05), (0.36, 0.05), (0.3, 0.05))):
        parts.append(box(w, h, w, at(0, 0.05 * k, 0), 1))
    parts.append(box(0.32, 0.012, 0.32, at(0, base - 0.012, 0), 1))  # the top's moulding
    return parts


MORE_APPLIANCES_ZZH = {
    874: _corinthian_helmet, 875: _kylix, 876: _lyre, 877: _trireme, 878: _mountain,
    879: _greek_statue,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
