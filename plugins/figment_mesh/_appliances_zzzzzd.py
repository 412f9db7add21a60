"""More of the device family's appliances, from 1437: a cabana, a buckboard, a poncho, a
pasture, a mine shaft, a general, a sharpening steel, a kick scooter.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, mesh_part, rot, scl, v3
from ._kit import (
    band,
    bead,
    bristles,
    cloth_sheet,
    cone,
    cut,
    hoop,
    lobed,
    pillow,
    skin_field,
    skin_hits,
    skin_strip,
    solid,
    studs,
    torso,
    unit,
)
from ._primitives import HEXAGON, box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import ellipsoid

__all__ = ["MORE_APPLIANCES_ZZZZZD"]

Rng = np.random.Generator

_UP = rot("x", 90)  # turns +y onto +z: a wheel's axle toward the viewer


def _plates(polys, thick: float, slot=0, tag: str = "") -> Part:
    """Many flat plates in one part: each convex polygon (3D points in one plane, in order)
    given ``thick`` thickness about its plane; shaded flat."""
    verts, faces, n0 = [], [], 0
    for poly in polys:
        p = np.asarray(poly, float)
        k = len(p)
        nrm = np.zeros(3)
        for i in range(k):  # Newell's normal: the order's winding
            a, b = p[i], p[(i + 1) % k]
            nrm += ((a[1] - b[1]) * (a[2] + b[2]), (a[2] - b[2]) * (a[0] + b[0]),
                    (a[0] - b[0]) * (a[1] + b[1]))  # fmt: skip
        off = unit(nrm) * thick / 2
        verts += [p + off, p - off]
        faces += [(n0, n0 + i, n0 + i + 1) for i in range(1, k - 1)]
        faces += [(n0 + k, n0 + k + i + 1, n0 + k + i) for i in range(1, k - 1)]
        for i in range(k):
            a, b = n0 + i, n0 + (i + 1) % k
            faces += [(a, a + k, b + k), (a, b + k, b)]
        n0 += 2 * k
    return mesh_part(np.concatenate(verts), faces, slot, tag, facets=True)


def _bars(segs, w: float, d: float | None = None, slot=0) -> Part:
    """Many straight bars (a frame's struts, a fence's rails) in one part: a box w × d (d = w
    when not given) in section from a to b for each (a, b) of ``segs``; shaded flat."""
    d = w if d is None else d
    verts, faces = [], []
    ring = [(-1, -1), (1, -1), (1, 1), (-1, 1)]
    for i, (a, b) in enumerate(segs):
        a, b = np.asarray(a, float), np.asarray(b, float)
        t = unit(b - a)
        u = unit(np.cross(t, (0.0, 1.0, 0.0) if abs(t[1]) < 0.9 else (1.0, 0.0, 0.0)))
        v = np.cross(t, u)
        off = [u * su * w / 2 + v * sv * d / 2 for su, sv in ring]
        verts += [a + o for o in off] + [b + o for o in off]
        n = 8 * i
        faces += [(n, n + 3, n + 2), (n, n + 2, n + 1)]  # the ends
        faces += [(n + 4, n + 5, n + 6), (n + 4, n + 6, n + 7)]
        for k in range(4):
            j = (k + 1) % 4
            faces += [(n + k, n + j, n + 4 + j), (n + k, n + 4 + j, n + 4 + k)]
    return mesh_part(np.array(verts), faces, slot, facets=True)


def _wheel(c, r: float, spokes: int, rim=0, tyre=1, t: float = 0.04) -> list[Part]:
    """A wooden spoked wheel at c, its axle along z: a felloe of ``rim`` in an iron tyre of
    ``tyre``, a turned hub and ``spokes`` spokes, t thick."""
    m = at(*c) @ _UP
    parts = [hoop(r - 0.05 * r - t * 0.35, t * 0.45, m @ scl(1.0, 1.2, 1.0), rim, 32, 6)]
    parts.append(hoop(r - t * 0.25, t * 0.3, m, tyre, 32, 5))
    hub = [(0.0, -t * 1.3), (r * 0.09, -t * 1.3), (r * 0.13, -t * 0.4), (r * 0.13, t * 0.4),
           (r * 0.09, t * 1.3), (0.0, t * 1.3)]  # fmt: skip
    parts.append(lathe(hub, m, rim, sides=10))
    c, w, spoke = np.asarray(c, float), t * 0.25, []
    for k in range(spokes):
        a = 2 * np.pi * k / spokes
        d, e = v3(np.cos(a), np.sin(a), 0.0), v3(-np.sin(a), np.cos(a), 0.0)
        spoke.append([c + d * r * 0.1 - e * w * 1.3, c + d * (r - t) - e * w,
                      c + d * (r - t) + e * w, c + d * r * 0.1 + e * w * 1.3])  # fmt: skip
    parts.append(_plates(spoke, t * 0.4, rim))
    return parts


# 1437 a cabana


def _curtain(post, out, nrm, ys, widths, slot=0, stripe="sheet", n: int = 2) -> list[Part]:
    """A curtain hanging from the top rail beside a post: its edge on the post (``post`` an
    (x, z) point), spreading along the wall's direction ``out`` to ``widths`` (top, tie,
    floor) at the heights ``ys`` (top, tie, floor), gathered in at the tie and hanging in n
    pleats toward ``nrm``, in 2n stripes of ``slot`` and ``stripe``."""
    y0, yt, y1 = ys
    w0, wt, w1 = widths
    hs = np.linspace(y0, y1, 10)
    cols = 8 * n + 1
    out, nrm = np.asarray(out, float), np.asarray(nrm, float)
    p = np.zeros((len(hs), cols, 3))
    for i, y in enumerate(hs):
        if y >= yt:
            w = wt + (w0 - wt) * ((y - yt) / (y0 - yt)) ** 0.4
        else:
            w = wt + (w1 - wt) * ((yt - y) / (yt - y1)) ** 0.8
        gather = 1.0 - (w - wt) / (max(w0, w1) - wt)
        for j in range(cols):
            u = j / (cols - 1)
            fold = (0.012 + 0.02 * gather) * np.sin(u * np.pi * 2 * n) + 0.015 * gather
            p[i, j] = v3(post[0], y, post[1]) + out * (0.02 + w * u) + nrm * fold
    parts = [cloth_sheet(p[:, 4 * k : 4 * k + 5], 0.01, (slot, stripe)[k % 2])
             for k in range(2 * n)]  # fmt: skip
    tie = v3(post[0], yt, post[1]) + out * (0.02 + wt / 2)
    parts.append(hoop(wt * 0.6, 0.008, at(*tie), stripe, 12, 4))
    return parts


def _striped_roof(top: np.ndarray, eave: float, E: float, n: int = 6) -> list[Part]:
    """A square peaked fabric roof from its peak at ``top`` down to eaves at height ``eave``
    reaching E out each way, in n stripes a side running down from the peak (first material
    and white), a scalloped valance of tabs in the same stripes hanging round the eaves, a
    ball finial (second material) on the peak."""
    corners = [v3(-E, eave, E), v3(E, eave, E), v3(E, eave, -E), v3(-E, eave, -E)]
    stripes: dict = {0: [], "sheet": []}
    tabs: dict = {0: [], "sheet": []}
    for i in range(4):
        a, b = corners[i], corners[(i + 1) % 4]
        side, sw = unit(b - a), float(np.linalg.norm(b - a)) / n
        for k in range(n):
            e0, e1 = a + (b - a) * k / n, a + (b - a) * (k + 1) / n
            stripes[(0, "sheet")[k % 2]].append([top, e0, e1])
            arc = [e0 + side * (sw / 2 - sw / 2 * np.cos(t)) - v3(0, 0.05 + sw / 2 * np.sin(t), 0)
                   for t in np.linspace(0.0, np.pi, 7)]  # fmt: skip
            tabs[(0, "sheet")[k % 2]].append([e0, *arc, e1])
    parts = []
    for slot in (0, "sheet"):
        parts.append(_plates(stripes[slot], 0.016, slot))
        parts.append(_plates(tabs[slot], 0.008, slot))
    parts.append(sphere(1.0, at(*top) @ scl(0.035, 0.05, 0.035), 1))
    return parts


def _cabana(rng: Rng) -> list[Part]:
    """A poolside cabana: a square canopy open at the front on four slim posts over a low deck,
    a peaked roof of striped fabric (first material and white) with a scalloped striped valance
    round its eaves, a striped back wall, side curtains gathered and tied back to the posts, a
    cushioned lounger with a raised back, a pillow and a rolled towel inside."""
    R, H, rise, deck = 0.5, 1.05, 0.32, 0.05
    parts = [box(2 * R + 0.12, deck, 2 * R + 0.12, None, 1, "body")]
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(box(0.045, H, 0.045, at(sx * R, deck, sz * R), 1))
    for s in (-1, 1):  # the top rails
        parts.append(box(2 * R, 0.04, 0.03, at(0, H + deck - 0.04, s * R), 1))
        parts.append(box(0.03, 0.04, 2 * R, at(s * R, H + deck - 0.04, 0), 1))
    top, eave = v3(0, H + deck + rise, 0), H + deck
    parts += _striped_roof(top, eave, R + 0.06)
    for j, slot in enumerate((0, "sheet")):  # the back wall in vertical stripes
        z, xs = -R - 0.03 + 0.012 * j, np.linspace(-R, R, 11)
        panels = [[v3(xs[k], deck, z), v3(xs[k + 1], deck, z), v3(xs[k + 1], eave, z),
                   v3(xs[k], eave, z)] for k in range(j, 10, 2)]  # fmt: skip
        parts.append(_plates(panels, 0.01, slot))
    ys = (eave - 0.02, deck + 0.36 + float(rng.uniform(-0.03, 0.03)), deck + 0.01)
    for sx in (-1, 1):  # front curtains tied to the front posts, side ones to the back posts
        parts += _curtain((sx * R, R + 0.035), (-sx, 0, 0), (0, 0, 1), ys, (0.36, 0.05, 0.16))
        parts += _curtain((sx * (R + 0.035), -R), (0, 0, 1), (sx, 0, 0), ys, (0.38, 0.05, 0.16))
    parts += _lounger(at(0.05, deck, -0.04) @ rot("y", -90))
    return parts


def _lounger(m: np.ndarray) -> list[Part]:
    """A cushioned sun lounger along x under m: a low frame on four legs, a long cushion, its
    back end raised at a slant with its own cushion, a pillow and a rolled towel."""
    L, W, y = 0.78, 0.32, 0.14
    parts = [box(L, 0.035, W, m @ at(0, y, 0), 1)]
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(box(0.03, y, 0.03, m @ at(sx * (L / 2 - 0.04), 0, sz * (W / 2 - 0.03)), 1))
    parts.append(box(L * 0.62, 0.06, W - 0.02, m @ at(L * 0.19, y + 0.035, 0), 0))
    back = m @ at(-0.1, y + 0.035, 0) @ rot("z", -48) @ at(-0.16, 0, 0)  # rising to -x
    parts.append(box(0.33, 0.03, W, back, 1))
    parts.append(box(0.31, 0.06, W - 0.02, back @ at(0, 0.03, 0), 0))
    parts.append(pillow(0.16, W * 0.8, 0.07, back @ at(-0.07, 0.12, 0) @ rot("x", 90)
                        @ at(0, -W * 0.4, 0), "sheet"))  # fmt: skip
    parts.append(cylinder(0.04, 0.04, W * 0.8, m @ at(L / 2 - 0.06, y + 0.135, -W * 0.4) @ _UP,
                          "sheet"))  # the rolled towel # fmt: skip
    return parts


# 1438 a buckboard


def _buckboard(rng: Rng) -> list[Part]:
    """A buckboard wagon side on, its front toward +x: a long flat bed of planks with low side
    rails carried on leaf springs over two axles, four spoked wooden wheels in iron tyres (the
    back pair bigger), a raised bench seat near the front on iron stanchions with a low back
    rail, a footboard slanting up in front of it, two long shafts reaching forward and down."""
    L, W, yb = 1.5, 0.56, 0.5
    rb, rf, zw = 0.36, 0.28, 0.38
    xb, xf = -0.48, 0.46
    parts = [box(L, 0.03, W, at(0, yb, 0), 0, "body")]
    for k in range(1, 5):  # the planks' seams and the low side rails
        parts.append(box(L + 0.005, 0.031, 0.006, at(0, yb, -W / 2 + W * k / 5), "marking"))
    for s in (-1, 1):
        parts.append(box(L, 0.06, 0.025, at(0, yb + 0.03, s * (W / 2 - 0.012)), 0))
    parts.append(box(0.025, 0.06, W, at(-L / 2 + 0.012, yb + 0.03, 0), 0))
    for x, r in ((xb, rb), (xf, rf)):  # the wheels on their axles, the springs over them
        for s in (-1, 1):
            parts += _wheel((x, r, s * zw), r, 12)
        parts.append(stick((x, r, -zw - 0.05), (x, r, zw + 0.05), 0.022, 1))
        parts.append(box(0.07, 0.06, 2 * zw - 0.1, at(x, r + 0.01, 0), 0))  # the axle tree
        for s in (-1, 1):
            spring = at(x, (r + 0.07 + yb) / 2, s * (W / 2 - 0.06))
            gap = yb - r - 0.07
            parts.append(torus(1.0, 0.12, spring @ scl(0.16, gap / 2, 0.1) @ rot("x", 90), 1))
    seat = xf - 0.04  # the bench seat on its stanchions, its back rail
    ys = yb + 0.34
    parts.append(box(0.2, 0.045, W + 0.06, at(seat, ys, 0), 0))
    for s in (-1, 1):
        parts.append(stick((seat - 0.06, yb + 0.03, s * 0.22), (seat, ys, s * 0.24), 0.012, 1))
        parts.append(stick((seat + 0.06, yb + 0.03, s * 0.22), (seat, ys, s * 0.24), 0.012, 1))
        parts.append(stick((seat - 0.09, ys + 0.04, s * 0.3), (seat - 0.11, ys + 0.2, s * 0.3),
                           0.012, 1))  # fmt: skip
    parts.append(box(0.035, 0.07, W + 0.06, at(seat - 0.115, ys + 0.16, 0), 0))
    foot = at(L / 2 - 0.01, yb + 0.03, 0) @ rot("z", 62)  # the footboard
    parts.append(box(0.28, 0.025, W, foot @ at(0.14, 0, 0), 0))
    for s in (-1, 1):
        parts.append(stick((L / 2 - 0.16, yb + 0.03, s * (W / 2 - 0.02)), (L / 2 + 0.13,
                           yb + 0.24, s * (W / 2 - 0.02)), 0.01, 1))  # fmt: skip
    droop = float(rng.uniform(-0.02, 0.02))  # the shafts
    for s in (-1, 1):
        pts = [(xf, rf + 0.04, s * 0.24), (xf + 0.5, rf + 0.02, s * 0.27),
               (xf + 1.0, 0.18 + droop, s * 0.27), (xf + 1.28, 0.09 + droop, s * 0.25)]  # fmt: skip
        parts.append(tube(pts, [0.024, 0.022, 0.02, 0.016], None, 0))
    parts.append(stick((xf + 0.2, rf + 0.03, -0.29), (xf + 0.2, rf + 0.03, 0.29), 0.018, 0))
    return parts


# 1439 a poncho


def _drape(theta: np.ndarray, s: np.ndarray) -> np.ndarray:
    """Where a poncho's cloth lies: the point at distance s out from the neck's middle in the
    flat cloth, in the direction theta (0 toward +z, a quarter turn toward +x), laid over the
    shoulders and chest of a dress form and then falling, flaring a little."""
    yn, rn = 1.375, 0.075
    c, sn = np.cos(theta), np.sin(theta)
    side = sn**2  # 1 at the shoulders, 0 front and back
    rho_e = 1.0 / np.sqrt((sn / 0.245) ** 2 + (c / 0.165) ** 2)
    y_e = 1.27 - 0.1 * (1 - side) + 0.03 * side
    run = np.hypot(rho_e - rn, yn - y_e)
    f = np.clip((s - rn) / run, 0.0, 1.0)
    rho = rn + (rho_e - rn) * f
    y = yn + (y_e - yn) * f
    rest = np.maximum(s - rn - run, 0.0)
    flare = np.radians(8 + 14 * side)
    rho = rho + rest * np.sin(flare)
    y = y - rest * np.cos(flare)
    return np.stack([rho * sn, y, rho * c], -1)


def _poncho_sheet(q0: float, q1: float, D: float, n: int, m: int) -> np.ndarray:
    """Grid points (around × out) of the poncho's cloth between the square rings q0 and q1
    (fractions of the half-diagonal D; the neck hole's edge where the ring is smaller)."""
    theta = np.linspace(0.0, 2 * np.pi, n)
    k = np.abs(np.sin(theta)) + np.abs(np.cos(theta))
    s0 = np.maximum(q0 * D / k, 0.075)
    s1 = q1 * D / k
    t = np.linspace(0.0, 1.0, m)
    s = s0[:, None] + (s1 - s0)[:, None] * t[None]
    return _drape(np.broadcast_to(theta[:, None], s.shape), s)


def _poncho(rng: Rng) -> list[Part]:
    """An Andean poncho worn on a dress form with a smooth oval head: a big square blanket worn
    as a diamond, one corner hanging to a point in front and one behind, its head opening at
    the middle, lying over the shoulders and chest and falling in a flared cone, woven bands
    (second material and red) running round it parallel to its edges, a long fringe hanging
    all along its hem; the form's hips and its turned stand below."""
    D = 0.78
    body = [*torso(0.0), cone((0.0, 1.24, 0.0), (0.0, 1.42, 0.0), 0.06, 0.05, 0.05)]
    body.append(ellipsoid((0.0, 1.53, 0.01), (0.08, 0.105, 0.095), None, 0.04))
    body.append(cut(1, 0.66, False, 0.01, (-0.4, 0.3, -0.3), (0.4, 0.66, 0.3)))
    parts = [cloth_sheet(_poncho_sheet(0.0, 1.0, D, 41, 14), 0.012, 0, "body")]
    bands = ((0.24, 0.27, "card-red"), (0.29, 0.33, 1), (0.35, 0.37, "card-red"), (0.55, 0.6, 1),
             (0.62, 0.64, "card-red"), (0.66, 0.71, 1), (0.84, 0.86, "card-red"),
             (0.88, 0.92, 1), (0.94, 0.96, "card-red"))  # fmt: skip
    for q0, q1, slot in bands:
        parts.append(cloth_sheet(_poncho_sheet(q0, q1, D, 41, 2), 0.02, slot))
    theta = np.linspace(0.0, 2 * np.pi, 120, endpoint=False)
    k = np.abs(np.sin(theta)) + np.abs(np.cos(theta))
    hem = _drape(theta, D / k)
    below = _drape(theta, D / k + 0.08 + rng.uniform(-0.008, 0.008, len(theta)))
    parts.append(bristles(hem, below, 0.006, "card-red"))  # the fringe
    parts.append(torus(0.085, 0.012, at(0, 1.37, 0.0), "card-red"))
    parts.append(solid(body, 0.03, "plaster"))
    pole = [(0.0, 0.0), (0.03, 0.0), (0.03, 0.05), (0.045, 0.07), (0.025, 0.1), (0.022, 0.4),
            (0.035, 0.43), (0.022, 0.46), (0.022, 0.6), (0.0, 0.61)]  # fmt: skip
    parts.append(lathe(pole, at(0, 0.08, 0), "cork", sides=10))
    for i in range(3):
        a = np.radians(120 + 120 * i)
        d = v3(np.cos(a), 0.0, np.sin(a))
        leg = [v3(0, 0.12, 0) + d * 0.04, v3(0, 0.08, 0) + d * 0.18, v3(0, 0.018, 0) + d * 0.3]
        parts.append(tube(leg, [0.025, 0.022, 0.018], None, "cork", shape=HEXAGON))
    return parts


# 1440 a pasture


def _sheep(m: np.ndarray, rng: Rng) -> list[Part]:
    """A sheep grazing along +x under m: a round woolly body of white puffs, a dark face on a
    neck bowed down to the grass, ears sticking out sideways, thin dark legs, a stub of tail."""
    parts = [sphere(1.0, m @ at(0, 0.2, 0) @ scl(0.15, 0.085, 0.085), "snow")]
    for x in (-0.1, -0.035, 0.03, 0.095):  # the fleece's puffs
        f = np.sqrt(1 - (x / 0.16) ** 2)
        for a in (-70, 0, 70):
            t = np.radians(a + float(rng.uniform(-10, 10)))
            c = (x, 0.2 + 0.06 * f * np.cos(t), 0.065 * f * np.sin(t))
            parts.append(bead(0.052 + float(rng.uniform(-0.006, 0.006)), m @ at(*c), "snow", 7))
    parts.append(bead(0.03, m @ at(-0.16, 0.21, 0), "snow"))  # the tail
    parts.append(tube([(0.1, 0.21, 0), (0.16, 0.17, 0), (0.19, 0.13, 0)], [0.06, 0.05, 0.042],
                      m, "snow"))  # the woolly neck # fmt: skip
    head = m @ at(0.215, 0.09, 0) @ rot("z", -65)
    parts.append(bead(1.0, head @ scl(0.075, 0.042, 0.04), "marking", 10))
    for s in (-1, 1):
        ear = head @ at(0.035, 0.01, s * 0.04) @ rot("x", s * 35)
        parts.append(bead(1.0, ear @ scl(0.03, 0.01, 0.016), "marking"))
    for x in (-0.1, 0.09):
        for z in (-0.045, 0.045):
            parts.append(tube([(x, 0.0, z), (x, 0.15, z)], [0.012, 0.015], m, "marking",
                              shape=HEXAGON))  # fmt: skip
    return parts


def _pasture(rng: Rng) -> list[Part]:
    """A square tile of green pasture: a turf top (first material) on a slab of earth, a post
    and two-rail fence all round its edge with a five-bar gate standing open in the front, tufts
    of long grass and wildflowers, two white woolly sheep grazing with their dark heads down to
    the grass, a wooden water trough in a corner."""
    S, g = 1.0, 0.08
    parts = [box(S, 0.025, S, at(0, g - 0.025, 0), 0, "body"), box(S, g - 0.025, S, None, "soil")]
    gw, posts = 0.13, []  # the gateway's half width; the fence's posts, four to a side
    for k in range(4):
        for i in range(5):
            u = -S / 2 + 0.03 + (S - 0.06) * i / 4
            posts.append([(u, -S / 2 + 0.03), (S / 2 - 0.03, u), (u, S / 2 - 0.03),
                          (-S / 2 + 0.03, u)][k])  # fmt: skip
    up = [((x, g, z), (x, g + 0.24, z)) for i, (x, z) in enumerate(posts) if i != 12]
    parts.append(_bars(up, 0.03, None, 1))
    rails = []  # the rails, stopping at the gateway in the front
    for k in range(4):
        a, b = posts[5 * k], posts[5 * k + 4]
        spans = [(a, (-gw, a[1])), ((gw, a[1]), b)] if k == 2 else [(a, b)]
        for (x0, z0), (x1, z1) in spans:
            rails += [((x0, y, z0), (x1, y, z1)) for y in (g + 0.1, g + 0.19)]
    parts.append(_bars(rails, 0.015, 0.025, 1))
    gz = S / 2 - 0.03
    for x in (-gw, gw):  # the gate posts and the five-bar gate swung open on its hinges
        parts.append(box(0.04, 0.28, 0.04, at(x, g, gz), 1))
    swing = 60 + float(rng.uniform(-10, 10))
    gate = at(gw - 0.01, g + 0.03, gz + 0.02) @ rot("y", swing) @ at(-gw + 0.01, 0, 0)
    for y in (0.02, 0.065, 0.11, 0.155, 0.2):
        parts.append(box(2 * gw - 0.03, 0.016, 0.012, gate @ at(0, y, 0), 1))
    for x in (-gw + 0.02, gw - 0.02):
        parts.append(box(0.02, 0.22, 0.014, gate @ at(x, 0, 0), 1))
    parts.append(box(0.012, 0.3, 0.012, gate @ at(gw - 0.03, 0.01, 0.006) @ rot("z", 51), 1))
    roots, tips = [], []
    for _ in range(11):  # tufts of long grass
        cx, cz = rng.uniform(-0.4, 0.4, 2)
        for b in range(7):
            a = 2 * np.pi * b / 7 + float(rng.uniform(-0.3, 0.3))
            roots.append((cx + 0.01 * np.cos(a), g, cz + 0.01 * np.sin(a)))
            h = float(rng.uniform(0.05, 0.09))
            tips.append((cx + 0.035 * np.cos(a), g + h, cz + 0.035 * np.sin(a)))
    parts.append(bristles(roots, tips, 0.006, "vine"))
    colours = ("snow", "cloth-yellow", "card-red", "plume", "snow", "cloth-yellow")
    stems, heads = [], []
    for k in range(12):  # wildflowers
        x, z = rng.uniform(-0.42, 0.42, 2)
        h = float(rng.uniform(0.06, 0.1))
        stems.append(((x, g, z), (x, g + h, z)))
        heads.append(bead(0.014, at(x, g + h, z) @ scl(1.0, 0.6, 1.0), colours[k % 6], 5))
    parts.append(bristles([a for a, _ in stems], [b for _, b in stems], 0.003, "vine"))
    parts += heads
    turn = float(rng.uniform(-10, 10))
    parts += _sheep(at(-0.25, g, -0.08) @ rot("y", 10 + turn) @ scl(0.8), rng)
    parts += _sheep(at(0.25, g, -0.02) @ rot("y", -120 - turn) @ scl(0.8), rng)
    trough = at(0.22, g, -0.33) @ rot("y", 8)  # the water trough
    parts.append(box(0.3, 0.02, 0.12, trough @ at(0, 0.03, 0), 1))
    for s in (-1, 1):
        parts.append(box(0.3, 0.08, 0.015, trough @ at(0, 0.03, s * 0.055), 1))
        parts.append(box(0.015, 0.08, 0.12, trough @ at(s * 0.15, 0.03, 0), 1))
        parts.append(box(0.02, 0.04, 0.14, trough @ at(s * 0.11, 0.0, 0), 1))
    parts.append(box(0.285, 0.005, 0.1, trough @ at(0, 0.085, 0), "glaze"))
    return parts


# 1441 a mine shaft


def _ore_cart(m: np.ndarray) -> list[Part]:
    """A small ore tub along z under m, on rails: a steel tub wider at its lip, on four small
    flanged wheels, heaped with lumps of ore."""
    parts = []
    for z in (-0.07, 0.07):  # the wheels on their axles
        for s in (-1, 1):
            parts.append(cylinder(0.03, 0.03, 0.015, m @ at(s * 0.065, 0.03, z) @ rot("z", 90)
                                  @ at(0, -0.0075, 0), "marking"))  # fmt: skip
        parts.append(stick(tuple((m @ [-0.07, 0.03, z, 1])[:3]), tuple((m @ [0.07, 0.03, z, 1])[:3]),
                           0.008, 1))  # fmt: skip
    tub = [(-0.08, 0.0), (0.08, 0.0), (0.1, 0.13), (-0.1, 0.13)]
    ends = [(-0.11, 0.0), (0.11, 0.0), (0.13, 0.13), (-0.13, 0.13)]
    for s in (-1, 1):  # the tub: flared sides and ends
        side = m @ at(s * 0.065, 0.05, 0) @ rot("z", -s * 8) @ rot("y", 90)
        parts.append(slab([(x, y) for x, y in ends], 0.012, side, 1))
        end = m @ at(0, 0.05, s * 0.1) @ rot("x", s * 8)
        parts.append(slab(tub, 0.012, end, 1))
    parts.append(box(0.13, 0.012, 0.2, m @ at(0, 0.05, 0), 1))
    for k, (x, z, r) in enumerate(((-0.03, -0.05, 0.04), (0.03, 0.02, 0.045), (-0.02, 0.06, 0.04),
                                   (0.04, -0.06, 0.035), (0.0, 0.0, 0.05))):  # fmt: skip
        parts.append(sphere(1.0, m @ at(x, 0.16 + 0.01 * (k == 4), z) @ scl(r, r * 0.8, r),
                            "stones"))  # fmt: skip
    return parts


def _mine_shaft(rng: Rng) -> list[Part]:
    """A mine pithead: a patch of bare ground with a square shaft sunk in it, lined and collared
    with heavy timbers round a black drop; over it a tall braced timber headframe tapering
    upward, propped by two long raking back legs, a big spoked iron sheave wheel turning at its
    top, the cable running down from the wheel into the shaft and back down to a winding drum;
    an ore tub heaped with ore on a short length of track beside the shaft."""
    g, hole = 0.04, 0.32
    parts = [box(1.75, g, 1.1, at(-0.27, 0, 0), "soil", "body")]
    parts.append(box(hole - 0.02, 0.005, hole - 0.02, at(0, g, 0), "marking"))  # the drop
    for s in (-1, 1):  # the timber collar
        parts.append(box(hole + 0.12, 0.07, 0.06, at(0, g, s * (hole / 2 + 0.03)), 0))
        parts.append(box(0.06, 0.07, hole, at(s * (hole / 2 + 0.03), g, 0), 0))
    for k in range(3):  # the lining boards inside
        y = g + 0.005 + 0.02 * k
        for s in (-1, 1):
            parts.append(box(hole, 0.012, 0.01, at(0, y, s * (hole / 2 - 0.005)), "cork"))
            parts.append(box(0.01, 0.012, hole, at(s * (hole / 2 - 0.005), y, 0), "cork"))
    top, base, ht, y0 = 0.11, 0.27, 1.15, g + 0.07  # the headframe, tapering upward

    def half(y: float) -> float:
        return base + (top - base) * (y - y0) / (ht - y0)

    legs = [((sx * base, y0, sz * base), (sx * top, ht, sz * top)) for sx in (-1, 1)
            for sz in (-1, 1)]  # fmt: skip
    legs += [((-0.85, g, s * 0.2), (-top, ht - 0.05, s * top)) for s in (-1, 1)]  # raking legs
    parts.append(_bars(legs, 0.05, None, 0))
    girts, braces = [], []
    levels = (y0, 0.38, 0.66, 0.9)
    for k, y in enumerate(levels):
        w = half(y)
        for s in (-1, 1):
            girts += [((-w, y, s * w), (w, y, s * w)), ((s * w, y, -w), (s * w, y, w))]
            if k < 3:
                y1 = levels[k + 1]
                w1 = half(y1)
                braces += [((-w, y, s * w), (w1, y1, s * w1)), ((s * w, y, w), (s * w1, y1, -w1))]
    braces += [((-0.5, g, s * 0.19), (-0.3, 0.5, s * 0.16)) for s in (-1, 1)]
    parts += [_bars(girts, 0.03, None, 0), _bars(braces, 0.02, None, 0)]
    parts.append(box(0.34, 0.04, 0.3, at(-0.02, ht, 0), 0))  # the head platform
    r, wx, wy = 0.2, -0.12, ht + 0.25  # the sheave wheel on its bearings
    c = v3(wx, wy, 0)
    wheel = at(*c) @ _UP
    parts.append(torus(r, 0.016, wheel, 1))
    parts.append(torus(r - 0.04, 0.01, wheel, 1))
    parts.append(cylinder(0.035, 0.035, 0.06, wheel @ at(0, -0.03, 0), 1))
    spokes = [v3(np.cos(a), np.sin(a), 0.0) for a in np.linspace(0.2, 0.2 + 2 * np.pi, 9)[:-1]]
    parts.append(_bars([(c + d * 0.03, c + d * (r - 0.04)) for d in spokes], 0.014, None, 1))
    posts = [((x, ht + 0.04, s * 0.06), (wx, wy, s * 0.04)) for x in (-0.1, 0.1) for s in (-1, 1)]
    parts.append(_bars(posts, 0.035, None, 0))
    parts.append(stick((wx, wy, -0.06), (wx, wy, 0.06), 0.012, 1))
    parts.append(stick((wx + r, wy, 0), (wx + r, g - 0.02, 0), 0.006, "marking"))  # the cable
    parts.append(box(0.06, 0.05, 0.06, at(wx + r, g + 0.3, 0), 1))  # its hook block
    to = v3(-1.0, 0.23, 0) - c  # the cable back to the drum, off the wheel's far side
    a = np.arctan2(to[1], to[0]) - np.arccos(r / np.linalg.norm(to))
    parts.append(stick(tuple(c + r * v3(np.cos(a), np.sin(a), 0)), (-1.0, 0.23, 0), 0.006,
                       "marking"))  # fmt: skip
    drum = at(-1.0, 0.16, 0)  # the winding drum on its stand
    parts.append(cylinder(0.07, 0.07, 0.2, drum @ _UP @ at(0, -0.1, 0), 1))
    for s in (-1, 1):
        parts.append(box(0.05, 0.16, 0.03, at(-1.0, g, s * 0.12), 0))
    track = at(0.45, g, 0.05)  # the track and the ore tub
    for s in (-1, 1):
        parts.append(box(0.012, 0.02, 0.72, track @ at(s * 0.065, 0.012, 0), "steel"))
    for k in range(6):
        parts.append(box(0.2, 0.012, 0.04, track @ at(0, 0.0, -0.3 + 0.12 * k), 0))
    parts += _ore_cart(track @ at(0, 0.032, 0.1 + float(rng.uniform(-0.05, 0.08))))
    return parts


# 1442 a general


def _general_shapes() -> list:
    """A general's body in his tunic, as distance-field shapes: a broad chest and square
    shoulders, a long tunic flaring over the hips, a high collar."""
    shapes = [ellipsoid((0.0, 1.33, 0.0), (0.2, 0.17, 0.12))]  # the chest
    shapes.append(ellipsoid((0.0, 1.1, 0.0), (0.165, 0.2, 0.105), None, 0.06))  # the waist
    shapes.append(ellipsoid((0.0, 0.95, 0.0), (0.19, 0.18, 0.12), None, 0.05))  # the skirts
    shapes.append(ellipsoid((0.0, 1.45, -0.01), (0.21, 0.05, 0.095), None, 0.05))  # shoulders
    shapes.append(cone((0.0, 1.45, 0.0), (0.0, 1.55, 0.005), 0.06, 0.055, 0.02))  # the collar
    return shapes


def _front_points(field, pts, reach: float = 0.3):
    """Points on the front of a body's skin straight ahead (+z) of the (x, y) points, and its
    normals there."""
    o = np.array([(x, y, -0.02) for x, y in pts])
    d = np.tile([0.0, 0.0, 1.0], (len(o), 1))
    return skin_hits(field, o, d, reach, 60)


def _peaked_cap() -> list[Part]:
    """An officer's peaked cap on a head whose crown is at about 1.8: a wide round crown over a
    gold braided band, a black peak over the eyes, a badge and a gold chin cord."""
    cap = [(0.0, 1.72), (0.088, 1.72), (0.092, 1.77), (0.125, 1.81), (0.13, 1.83),
           (0.1, 1.845), (0.0, 1.85)]  # fmt: skip
    parts = [lathe(cap, at(0, 0, -0.01) @ scl(1.0, 1.0, 1.08), 0, sides=16)]
    parts.append(cylinder(0.093, 0.094, 0.03, at(0, 1.735, -0.01) @ scl(1.0, 1.0, 1.08), 1))
    peak = [(-0.085, 0.0), (0.085, 0.0), (0.07, 0.05), (0.0, 0.075), (-0.07, 0.05)]
    parts.append(slab(peak, 0.01, at(0, 1.725, 0.07) @ rot("x", 70), "marking"))
    parts.append(bead(1.0, at(0, 1.79, 0.115) @ scl(0.022, 0.022, 0.01), 1))  # the badge
    parts.append(tube([(-0.07, 1.76, 0.09), (0, 1.75, 0.115), (0.07, 1.76, 0.09)], 0.006, None,
                      1))  # the chin cord # fmt: skip
    return parts


def _sword(tilt: float) -> list[Part]:
    """A sword in its dark scabbard hanging at a general's left hip and slanting back, its gilt
    hilt with a knuckle bow standing up in front."""
    hip, tip = v3(0.2, 0.98, 0.06), v3(0.25, 0.3 + 0.01 * tilt, -0.12)
    parts = [tube([hip, (hip + tip) / 2 + v3(0.01, 0, 0.0), tip], [0.02, 0.018, 0.014], None,
                  "marking")]  # the scabbard # fmt: skip
    parts.append(cylinder(0.021, 0.018, 0.04, at(*tip) @ align(tip - hip) @ at(0, -0.02, 0), 1))
    grip = hip - unit(tip - hip) * 0.18
    parts.append(stick(tuple(hip), tuple(grip), 0.014, 1))
    bow = [hip + v3(0.0, 0.01, 0.05), hip + v3(0, -0.05, 0.06), grip + v3(0.0, -0.03, 0.04), grip]
    parts.append(tube(bow, 0.007, None, 1))  # the knuckle bow
    parts.append(bead(0.022, at(*grip), 1))
    return parts


def _general(rng: Rng) -> list[Part]:
    """A general standing stiffly to attention in full dress uniform (first material; its gold
    in the second): a peaked cap with a black peak, a gold braided band and a badge, a long
    tunic with a high collar and a row of gold buttons, big gold epaulettes with hanging fringes
    on the shoulders, a red sash from shoulder to hip, a row of medals on ribbons on the left
    breast, a belt, a sword in its scabbard at his left hip, breeches and tall black boots."""
    shapes = _general_shapes()
    parts = [solid(shapes, 0.03, 0, "body")]
    field = skin_field(shapes)
    for s in (-1, 1):  # the arms held straight down, the breeches, the boots
        parts.append(tube([(s * 0.2, 1.44, 0.0), (s * 0.235, 1.16, 0.0), (s * 0.245, 0.9, 0.02)],
                          [0.055, 0.047, 0.04], None, 0))  # fmt: skip
        parts.append(bead(0.056, at(s * 0.2, 1.43, 0.0), 0, 10))
        parts.append(tube([(s * 0.095, 0.92, 0.0), (s * 0.115, 0.72, 0.01), (s * 0.1, 0.5, 0.0)],
                          [0.08, 0.088, 0.055], None, 0))  # fmt: skip
        boot = [(0.0, 0.0), (0.058, 0.0), (0.06, 0.06), (0.052, 0.14), (0.058, 0.32),
                (0.066, 0.5), (0.07, 0.54), (0.0, 0.545)]  # fmt: skip
        parts.append(lathe(boot, at(s * 0.1, 0, 0), "marking", sides=10))
        parts.append(bead(1.0, at(s * 0.1, 0.04, 0.08) @ scl(0.052, 0.045, 0.1), "marking", 10))
    for s in (-1, 1):  # the hands, the cuffs, the epaulettes
        parts.append(bead(1.0, at(s * 0.25, 0.82, 0.025) @ scl(0.04, 0.07, 0.05), "pencil-wood", 7))
        parts.append(cylinder(0.045, 0.047, 0.06, at(s * 0.245, 0.875, 0.02), 1))
        ep = at(s * 0.19, 1.46, -0.005) @ rot("z", -s * 18)
        parts.append(cylinder(0.07, 0.075, 0.025, ep @ scl(1.0, 1.0, 0.85), 1))
        fringe = [(0.0, -0.075), (0.088, -0.075), (0.084, 0.0), (0.0, 0.0)]
        parts.append(lathe(fringe, ep @ scl(1.0, 1.0, 0.85), 1, shape=lobed(24, 12, 0.35)))
        parts.append(box(0.03, 0.01, 0.14, ep @ at(-s * 0.06, 0.02, 0) @ rot("z", s * 18), 1))
    parts.append(cylinder(0.063, 0.06, 0.06, at(0, 1.5, 0), 1))  # the collar's gold edge
    parts.append(cylinder(0.05, 0.05, 0.08, at(0, 1.53, 0), "pencil-wood"))  # neck, head, cap
    parts.append(sphere(1.0, at(0, 1.66, 0.01) @ scl(0.085, 0.11, 0.1), "pencil-wood"))
    parts.append(bead(1.0, at(0, 1.65, 0.1) @ scl(0.015, 0.025, 0.02), "pencil-wood", 6))
    for s in (-1, 1):
        parts.append(bead(1.0, at(s * 0.085, 1.66, 0.0) @ scl(0.015, 0.03, 0.02), "pencil-wood", 6))
        parts.append(tube([(0, 1.615, 0.105), (s * 0.03, 1.61, 0.1), (s * 0.05, 1.6, 0.085)],
                          [0.01, 0.009, 0.004], None, "pages"))  # a grey moustache # fmt: skip
    parts += _peaked_cap()
    ys = np.linspace(1.4, 0.9, 7)  # buttons down the front
    p, n = _front_points(field, [(0.0, y) for y in ys])
    parts.append(studs(p + n * 0.005, n, 0.013, 0.012, 1))
    sash = [(-0.17, 1.42), (-0.1, 1.3), (0.0, 1.17), (0.1, 1.04), (0.16, 0.96)]
    p, n = _front_points(field, sash)
    parts.append(skin_strip(p + n * 0.01, n, 0.07, 0.012, "card-red"))
    parts.append(bead(1.0, at(*(p[-1] + n[-1] * 0.02)) @ scl(0.035, 0.05, 0.02), "card-red"))
    p, n = _front_points(field, [(0.05 + 0.032 * k, 1.32) for k in range(4)])  # the medals
    for k in range(4):
        ribbon = ("card-red", "plume", "fruit-green", "cloth-yellow")[k]
        parts.append(box(0.026, 0.04, 0.008, at(*(p[k] + n[k] * 0.012)) @ rot("x", -12), ribbon))
    parts.append(studs(p + n * 0.02 + v3(0, -0.012, 0), n, 0.014, 0.006, 1, 10))
    parts.append(cylinder(0.172, 0.172, 0.05, at(0, 1.02, 0) @ scl(1.0, 1.0, 0.68), "marking"))
    parts.append(box(0.05, 0.045, 0.02, at(0, 1.022, 0.112), 1))
    parts += _sword(float(rng.uniform(-3, 3)))
    return parts


# 1443 a sharpening steel


def _sharpening_steel(rng: Rng) -> list[Part]:
    """A knife-sharpening steel lying at a slant, its tip on the ground and its guard's rim
    holding the handle up: a long round rod (first material) with fine grooves all along it,
    tapering a little to a rounded tip, a round finger guard, a chunky handle (second material)
    swelling in the middle and banded with metal rings, an end cap and a hanging ring."""
    L, Lh, rg = 0.68, 0.26, 0.05
    rod_prof = [(0.017, 0.0), (0.017, 0.05), (0.0155, L * 0.5), (0.013, L - 0.03),
                (0.009, L - 0.008), (0.0, L)]  # fmt: skip
    lean = float(np.arcsin((rg - 0.01) / L))  # resting on the guard's rim and the tip
    yaw = 28 + float(rng.uniform(-6, 6))
    along = at(0, rg * np.cos(lean), 0) @ rot("y", yaw) @ rot("z", -np.degrees(lean) - 90)
    parts = [lathe(rod_prof, along, 0, "body", shape=lobed(40, 20, 0.2))]  # +y: toward the tip
    parts.append(cylinder(0.02, 0.02, 0.02, along @ at(0, -0.01, 0), 0))  # the bolster
    guard = [(0.0, -0.02), (0.03, -0.02), (rg, -0.012), (rg, -0.004), (0.03, 0.0), (0.0, 0.0)]
    parts.append(lathe(guard, along, 0))
    handle = [(0.0, -Lh), (0.028, -Lh + 0.01), (0.03, -0.22), (0.035, -0.14), (0.032, -0.07),
              (0.026, -0.02), (0.0, -0.02)]  # fmt: skip
    parts.append(lathe(handle, along, 1))
    for k in range(3):  # metal bands round the grip
        y = -0.09 - 0.05 * k
        parts.append(torus(0.0335 + 0.0015 * (k == 1), 0.0025, along @ at(0, y, 0), 0))
    parts.append(cylinder(0.018, 0.015, 0.02, along @ at(0, -Lh - 0.015, 0), 0))  # the end cap
    ring = along @ at(0, -Lh - 0.045, 0) @ rot("y", 90) @ rot("z", 90)
    parts.append(torus(0.026, 0.005, ring, 0))
    return parts


# 1444 a kick scooter


def _kick_scooter(rng: Rng) -> list[Part]:
    """A child's kick scooter side on, its front toward +x: a long narrow deck low over the
    ground with a dark grip top, a small wheel at each end, a neck rising from the deck's nose
    to the head tube, a tall upright steering column (second material) on the front wheel's
    fork up to a T-bar with dark grips, a curved brake fender over the back wheel."""
    r, L, W, yd = 0.07, 0.56, 0.12, 0.085
    xf, xr = 0.38, -0.33
    parts = [slab([(-L / 2, -W / 2), (L / 2 - 0.04, -W / 2), (L / 2, -W / 2 + 0.03),
                   (L / 2, W / 2 - 0.03), (L / 2 - 0.04, W / 2), (-L / 2, W / 2)], 0.03,
                  at(0, yd, 0) @ rot("x", -90), 0, "body")]  # fmt: skip
    parts.append(box(L - 0.05, 0.004, W - 0.025, at(-0.01, yd + 0.015, 0), "marking"))
    for x in (xf, xr):  # the wheels
        parts.append(torus(r * 0.72, r * 0.28, at(x, r, 0) @ _UP, "marking"))
        parts.append(cylinder(r * 0.5, r * 0.5, 0.03, at(x, r, -0.015) @ _UP, "steel"))
    for s in (-1, 1):  # the back wheel's fork
        parts.append(box(0.12, 0.02, 0.012, at(xr + 0.05, r - 0.01, s * 0.028), 0))
    fender = [(xr + 0.1, yd + 0.02, 0), (xr + 0.02, yd + 0.045, 0), (xr - 0.05, yd + 0.035, 0),
              (xr - 0.09, yd + 0.005, 0)]  # fmt: skip
    parts.append(band(fender, 0.065, 0.01, (0, 0, 1), 1))  # the brake fender
    rake = 12 + float(rng.uniform(-2, 2))
    head = at(xf, r, 0) @ rot("z", rake)  # the fork, head tube, column and T-bar
    for s in (-1, 1):
        parts.append(box(0.014, 0.14, 0.012, head @ at(0, 0, s * 0.028), 0))
    parts.append(box(0.07, 0.02, 0.07, head @ at(0, 0.13, 0), 0))
    parts.append(cylinder(0.022, 0.022, 0.12, head @ at(0, 0.15, 0), 0))
    parts.append(cylinder(0.025, 0.025, 0.02, head @ at(0, 0.27, 0), "marking"))  # the clamp
    parts.append(cylinder(0.016, 0.016, 0.55, head @ at(0, 0.2, 0), 1))
    bar = head @ at(0, 0.76, 0)
    parts.append(stick(tuple((bar @ [0, 0, -0.2, 1])[:3]), tuple((bar @ [0, 0, 0.2, 1])[:3]),
                       0.013, 1))  # fmt: skip
    parts.append(cylinder(0.02, 0.02, 0.04, bar @ at(0, -0.02, 0), 0))
    for s in (-1, 1):
        parts.append(cylinder(0.019, 0.019, 0.11, bar @ at(0, 0, s * 0.15) @ _UP @ at(0, -0.055, 0),
                              "marking"))  # the grips # fmt: skip
    neck = [(L / 2 - 0.08, yd + 0.01, 0), (xf - 0.03, yd + 0.06, 0),
            tuple((head @ [0, 0.15, 0, 1])[:3])]  # fmt: skip
    parts.append(tube(neck, [0.025, 0.022, 0.022], None, 0))
    return parts


MORE_APPLIANCES_ZZZZZD = {
    1437: _cabana, 1438: _buckboard, 1439: _poncho, 1440: _pasture,
    1441: _mine_shaft, 1442: _general, 1443: _sharpening_steel, 1444: _kick_scooter,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
