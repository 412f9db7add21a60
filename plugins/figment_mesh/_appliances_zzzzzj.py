"""More of the device family's appliances, from 1483: the Empire State Building, Tower Bridge,
the Arc de Triomphe, a moai, the Burj Khalifa, the White House, Christ the Redeemer, Mount
Rushmore.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._geometry import CREASE_DEG, Part, at, mesh_part, rot, scl, v3
from ._kit import (
    FLAT_UP,
    HEX,
    balls,
    band,
    blocks,
    ccw,
    cone,
    crisp,
    cut,
    flat_things,
    grid_mesh,
    lobed,
    rect,
    rrect,
    rrect_outline,
    scaled,
    solid,
    square_bar,
    strands,
    studs,
    superellipse,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import ellipsoid as blob
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZZJ"]

Rng = np.random.Generator


# ---- outlines and solids shared by the landmarks ----------------------------------------------


def _arch_hole(cx: float, y0: float, w: float, spring: float, pointed: bool = False, n: int = 12):
    """An archway's opening in an outline, clockwise (it cuts): jambs w apart from y0 up to
    ``spring`` under a round head, or a pointed Gothic one."""
    r = w / 2
    if pointed:  # two arcs of radius w, each struck from the other springing
        a = np.linspace(0.0, np.pi / 3, n // 2)
        right = np.stack([cx - r + w * np.cos(a), spring + w * np.sin(a)], 1)
        left = np.stack([cx + r - w * np.cos(a[::-1]), spring + w * np.sin(a[::-1])], 1)
        head = np.concatenate([right, left[1:]])
    else:
        t = np.linspace(0.0, np.pi, n)
        head = np.stack([cx + r * np.cos(t), spring + r * np.sin(t)], 1)
    pts = np.concatenate([[[cx + r, y0]], head, [[cx - r, y0]]])
    return pts[::-1]


def _arched(w: float, h: float, spring: float, pointed: bool = False):
    """A window's outline w wide and h high on y = 0 (a slab's, counter-clockwise): straight
    sides up to ``spring`` under a round or pointed head."""
    pts = _arch_hole(0.0, 0.0, w, spring, pointed, 10)[::-1]
    top = pts[:, 1].max()
    pts[:, 1] = np.where(pts[:, 1] > spring, spring + (pts[:, 1] - spring) * (h - spring)
                         / max(top - spring, 1e-9), pts[:, 1])  # fmt: skip
    return pts


def _prism(contours, depth: float, m: np.ndarray, slot, tag: str = "") -> Part:
    """A flat solid of any outline: the contours ((k, 2) points in the xy plane) filled by
    winding (counter-clockwise ones add, clockwise ones cut holes and bites) and extruded from
    z = 0 to ``depth``, under ``m``; meshed once, the same at every detail."""
    import manifold3d as m3

    section = m3.CrossSection([np.asarray(c, float) for c in contours], m3.FillRule.Positive)
    mesh = m3.Manifold.extrude(section, depth).calculate_normals(0, CREASE_DEG).to_mesh()
    v = np.asarray(mesh.vert_properties, dtype=np.float64)[:, :3]
    return mesh_part(v, np.asarray(mesh.tri_verts, dtype=np.int64), slot, tag).moved(m)


def _carved(side, front, plan=None, slot=0, tag: str = "") -> Part:
    """A solid carved to silhouettes, as a sculptor roughs out a block: ``side`` the (z, y)
    outline seen from +x, ``front`` the (x, y) outline seen from +z and ``plan`` the (x, z)
    outline seen from above (if any); what lies inside all of them."""
    import manifold3d as m3

    def prism(outline, turn):
        sec = m3.CrossSection([ccw(np.asarray(outline, float))], m3.FillRule.Positive)
        return m3.Manifold.extrude(sec, 6.0).translate((0.0, 0.0, -3.0)).transform(turn[:3])

    body = prism(front, np.eye(4))
    body = body ^ prism([(-z, y) for z, y in side], rot("y", 90))
    if plan is not None:
        body = body ^ prism(plan, rot("x", 90))
    mesh = body.calculate_normals(0, CREASE_DEG).to_mesh()
    v = np.asarray(mesh.vert_properties, dtype=np.float64)[:, :3]
    return mesh_part(v, np.asarray(mesh.tri_verts, dtype=np.int64), slot, tag)


def _crag(rows, rng: Rng, rough: float, slot, cols: int = 20, tag: str = "") -> Part:
    """A rough rock mass through horizontal rings: for each (y, half width, half depth, z)
    of ``rows`` a ring of ``cols`` points round an oval at height y, its radius broken up by
    ``rough``; flat-shaded facets like split granite."""
    a = np.arange(cols) * (2 * np.pi / cols)
    phase = rng.uniform(0, 2 * np.pi, 3)
    out = []
    for k, (y, hw, hd, z) in enumerate(rows):
        wob = (1 + rough * (0.55 * np.sin(3 * a + phase[0] + k) + 0.35 * np.sin(7 * a + phase[1]
               - 2 * k) + 0.3 * rng.uniform(-1, 1, cols)))  # fmt: skip
        c, s = np.cos(a), np.sin(a)
        lift = rough * 0.3 * hd * np.sin(5 * a + k) if k else 0.0  # the foot stays flat
        out.append(np.stack([hw * c * wob, np.full(cols, y) + lift, z + hd * s * wob], 1))
    v, f = grid_mesh(np.asarray(out))
    return mesh_part(v, f, slot, tag, facets=True)


def _rail(paths, h: float, slot, pitch: float = 0.012) -> list[Part]:
    """Balustrades h high along polylines of (x, y, z) points (y where each stands): coping
    rails and plinths along them on rows of little balusters; two parts for all of them."""
    feet, bars = [], []
    for path in paths:
        p = np.asarray(path, float)
        seg = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))]
        s = np.arange(pitch / 2, seg[-1], pitch)
        feet += [[float(np.interp(t, seg, p[:, i])) for i in range(3)] for t in s]
        for a, b in pairwise(p):
            bars += [[a + v3(0, f * h, 0), b + v3(0, f * h, 0)] for f in (0.08, 0.92)]
    return [blocks(np.asarray(feet) + v3(0, 0.15 * h, 0), (0.35 * pitch, 0.7 * h, 0.35 * pitch),
                   None, slot),
            strands(bars, 0.08 * h, slot, 4, 2)]  # fmt: skip


def _box(w: float, h: float, d: float, m=None, slot=0, tag: str = "") -> Part:
    """A plain box w × h × d standing on m's origin in few triangles (``blocks`` of one)."""
    return blocks([(0.0, 0.0, 0.0)], (w, h, d), m, slot, tag)


def _rod(a, b, r, slot=0, sides: int = 8) -> Part:
    """A straight rod (a column, a turret, a cone when one radius is 0) from a to b in few
    triangles: one ``strands`` tube, its radius running from the first of r to the last."""
    return strands([[a, b]], np.atleast_1d(np.asarray(r, float)), slot, sides, 2)


def _windows(feet, w: float, h: float, side: bool = False, slot=0) -> list[Part]:
    """Sash windows w × h, the middle of each sill at one of ``feet``, in a wall facing z (or x
    when ``side``): dark glass, a sill, a cap over it and a cross of glazing bars."""
    f = np.asarray(feet, float).reshape(-1, 3)

    def size(a, b, c):
        return (c, b, a) if side else (a, b, c)

    return [
        blocks(f, size(w, h, 0.008), None, "window"),
        blocks(f - v3(0.0, 0.008, 0.0), size(w + 0.014, 0.008, 0.016), None, slot),
        blocks(f + v3(0.0, h, 0.0), size(w + 0.01, 0.01, 0.014), None, slot),
        blocks(f + v3(0.0, 0.55 * h, 0.0), size(w, 0.004, 0.012), None, slot),
        blocks(f, size(0.004, h, 0.012), None, slot),
    ]


# ---- 1483 the Empire State Building ------------------------------------------------------------

_ESB = (  # y0, y1, width, depth: the five-storey base, the setbacks, the shaft, the top tiers
    (0.0, 0.056, 0.29, 0.15), (0.056, 0.18, 0.215, 0.128), (0.18, 0.21, 0.188, 0.116),
    (0.21, 0.255, 0.162, 0.106), (0.255, 0.61, 0.138, 0.094), (0.61, 0.69, 0.106, 0.076),
    (0.69, 0.722, 0.08, 0.064),
)  # fmt: skip


def _ribs(w: float, d: float, y0: float, y1: float, pitch: float, slot) -> list[Part]:
    """The long vertical window strips up all four faces of a block w × d between y0 and y1."""
    h = y1 - y0 - 0.01
    nx, nz = max(2, round(w / pitch)), max(2, round(d / pitch))
    xs = (np.arange(nx) + 0.5) / nx * (w - 0.012) - (w - 0.012) / 2
    zs = (np.arange(nz) + 0.5) / nz * (d - 0.012) - (d - 0.012) / 2
    front = [(x, y0 + 0.005, s * d / 2) for x in xs for s in (-1, 1)]
    side = [(s * w / 2, y0 + 0.005, z) for z in zs for s in (-1, 1)]
    return [
        blocks(front, (0.45 * (w - 0.012) / nx, h, 0.005), None, slot),
        blocks(side, (0.005, h, 0.45 * (d - 0.012) / nz), None, slot),
    ]


def _empire_state_building(rng: Rng) -> list[Part]:
    """The Empire State Building: an Art Deco limestone skyscraper, slim and very tall: a broad
    five-storey base, the tower stepping back over it in tiers, a long shaft with projecting
    middle bays, all of it ribbed with long vertical window strips, smaller stepped tiers at
    the top, then the fluted mooring mast on four buttress fins and the thin antenna."""
    parts = []
    for k, (y0, y1, w, d) in enumerate(_ESB):
        parts.append(box(w, y1 - y0, d, at(0, y0, 0), 0, "body" if k == 0 else ""))
        parts.append(box(w + 0.008, 0.006, d + 0.008, at(0, y1 - 0.006, 0), 0))  # the parapet
        pitch = 0.016 if k == 0 else 0.0125
        parts += _ribs(w, d, y0 + (0.012 if k == 0 else 0.0), y1, pitch, "window")
        if k == 4:  # the shaft's middle bays stand forward on every face
            parts.append(box(0.07, y1 - y0, d + 0.014, at(0, y0, 0), 0))
            parts.append(box(w + 0.014, y1 - y0, 0.05, at(0, y0, 0), 0))
            parts += _ribs(0.07, d + 0.014, y0, y1, 0.0125, "window")
            parts += _ribs(w + 0.014, 0.05, y0, y1, 0.0125, "window")
    parts.append(box(0.06, 0.03, 0.006, at(0, 0.0, 0.076), "window"))  # the entrance
    parts.append(box(0.07, 0.008, 0.012, at(0, 0.03, 0.078), 1))
    y = 0.722  # the observatory deck, the mast and its fins
    parts.append(box(0.09, 0.01, 0.074, at(0, y, 0), 0))
    mast = [(0.0, y), (0.03, y), (0.03, y + 0.03), (0.024, y + 0.04), (0.022, y + 0.1),
            (0.019, y + 0.108), (0.017, y + 0.125), (0.012, y + 0.135), (0.007, y + 0.142),
            (0.0, y + 0.145)]  # fmt: skip
    parts.append(lathe(mast, None, 0, shape=lobed(32, 8, 0.12)))
    fin = sharp([(0.0, 0.0), (0.044, 0.0), (0.044, 0.012), (0.026, 0.05), (0.0, 0.09)])
    for k in range(4):  # the buttress fins
        parts.append(slab(fin, 0.008, rot("y", 45 + 90 * k) @ at(0, y + 0.01, 0), 0))
    a = np.radians(22.5 + 45 * np.arange(8))  # the mast's tall windows
    out = np.stack([np.sin(a), np.zeros(8), np.cos(a)], 1)
    parts.append(flat_things(out * 0.0225 + v3(0, y + 0.075, 0), out, (0, 1, 0), 1.0,
                             rect(0.006, 0.045), 0.004, "window"))  # fmt: skip
    top = y + 0.14
    lean = float(rng.uniform(-0.3, 0.3))
    parts.append(cylinder(0.0055, 0.0015, 1.0 - top, at(0, top, 0) @ rot("z", lean), 1))
    for h in (0.03, 0.07):
        parts.append(cylinder(0.008, 0.008, 0.006, at(0, top + h, 0), 1))
    return parts


# ---- 1484 Tower Bridge --------------------------------------------------------------------------


def _bridge_tower(xc: float, big: bool) -> list[Part]:
    """One of Tower Bridge's stone towers centred on x = xc: a tall block pierced by the
    pointed road arch, octagonal turrets up its four corners under pointed caps, a steep roof
    with a spire, string courses and pointed Gothic windows; a squat shore tower if not
    ``big``."""
    w, d, y0 = (0.08, 0.1, 0.03) if big else (0.05, 0.08, 0.03)
    top = 0.3 if big else 0.12

    wall = ccw(np.array([(-d / 2, y0), (d / 2, y0), (d / 2, top), (-d / 2, top)]))
    hole = _arch_hole(0.0, 0.0, 0.046, 0.062, True, 10)
    parts = [_prism([wall, hole], w, at(xc - w / 2, 0, 0) @ rot("y", 90), 0)]
    parts.append(_box(w + 0.03, y0, d + 0.04, at(xc, 0, 0), 0))  # the pier
    r, cap = (0.012, 0.065) if big else (0.009, 0.04)
    corners = [(xc + sx * w / 2, 0.0, sz * d / 2) for sx in (-1, 1) for sz in (-1, 1)]
    c = np.asarray(corners)

    def up(y0_, y1_):
        return [[p + v3(0, y0_, 0), p + v3(0, y1_, 0)] for p in c]

    parts.append(strands(up(y0, top + 0.025), r, 0, 8, 2))  # the turrets
    parts.append(strands(up(top + 0.02, top + 0.03), r * 1.3, 0, 8, 2))
    parts.append(strands(up(top + 0.03, top + 0.03 + cap), [r * 1.2, 0.0], 1, 8, 2))
    parts.append(strands(up(top + 0.03 + cap, top + 0.045 + cap), 0.0015, 1, 4, 2))
    ys = np.linspace(y0 + 0.05, top, 5 if big else 2)[:-1]  # the string courses
    parts.append(blocks([(xc, y, 0) for y in ys], (w + 0.006, 0.005, d + 0.006), None, 0))
    parts.append(_box(w + 0.01, 0.012, d + 0.01, at(xc, top - 0.002, 0), 0))
    rise = 0.08 if big else 0.045
    roof = at(xc, top + 0.01, 0) @ scl(w * 0.68, 1.0, d * 0.68) @ rot("y", 45)
    parts.append(lathe([(1.0, 0.0), (0.03, rise), (0.0, rise + 0.002)], roof, 1, sides=4))
    if big:
        parts.append(_rod((xc, top + 0.08, 0), (xc, top + 0.14, 0), (0.005, 0.0), 1))  # spire
        g = np.array([(-0.016, -0.012), (0.016, -0.012), (0.0, 0.026)])
        feet = [(xc, top + 0.022, d * 0.36), (xc, top + 0.022, -d * 0.36),
                (xc + w * 0.34, top + 0.022, 0), (xc - w * 0.34, top + 0.022, 0)]  # fmt: skip
        faces = [(0, 0, 1), (0, 0, -1), (1, 0, 0), (-1, 0, 0)]
        parts.append(flat_things(feet, faces, (0, 1, 0), 1.0, g, 0.008, 1))  # dormer gables
        ys, zs = (0.1, 0.16, 0.22), (-0.022, 0.022)
    else:
        ys, zs = (0.065,), (0.0,)
    win = _arched(0.013, 0.034, 0.02, True) - [0.0, 0.017]
    feet, faces = [], []
    for y in ys:  # the pointed windows on every face
        for sx in (-1, 1):
            feet += [(xc + sx * w * 0.22, y + 0.017, sz * d / 2) for sz in (-1, 1)]
            faces += [(0, 0, -1), (0, 0, 1)]
            feet += [(xc + sx * w / 2, y + 0.017, z) for z in zs]
            faces += [(sx, 0, 0)] * len(zs)
    parts.append(flat_things(feet, faces, (0, 1, 0), 1.0, win, 0.004, "window"))
    return parts


def _lattice(a, b, h: float, n: int, slot) -> list[Part]:
    """A lattice girder h deep from a to b (its bottom edge): top and bottom chords and the
    web of crossed diagonals between them."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    up = np.array([0.0, h, 0.0])
    parts = [square_bar(a, b, 0.006, 0.008, slot), square_bar(a + up, b + up, 0.006, 0.008, slot)]
    paths = []
    for i in range(n):
        p, q = a + (b - a) * i / n, a + (b - a) * (i + 1) / n
        paths += [[p, q + up], [p + up, q], [p, p + up]]
    parts.append(strands(paths, 0.0018, slot, 4, 2))
    return parts


def _tower_bridge(rng: Rng) -> list[Part]:
    """Tower Bridge over the Thames: two tall Gothic stone towers on piers in the river, each
    with pointed turrets at its corners and a steep spired roof, two high walkways of blue
    lattice girders joining them near the top, the road between them on two bascule leaves
    lifted a little, blue suspension chains swooping from the towers down to squat shore
    towers on the banks, hangers from the chains to the side spans."""
    xt, half, xs = 0.165, 0.04, 0.43  # the towers' centres, their half widths, the shore towers
    parts = [_box(1.0, 0.01, 0.46, None, "window", "body")]  # the river
    for s in (-1, 1):
        parts += _bridge_tower(s * xt, True)
        parts += _bridge_tower(s * xs, False)
        parts.append(_box(0.08, 0.045, 0.46, at(s * 0.5, 0, 0), "stones"))  # the embankment
    for z in (-0.036, 0.036):  # the high walkways
        parts += _lattice((-xt + half, 0.255, z), (xt - half, 0.255, z), 0.028, 10, "plume")
    for y in (0.255, 0.283):
        parts.append(_box(2 * (xt - half), 0.004, 0.076, at(0, y, 0), "plume"))
    lift = 12.0 + float(rng.uniform(-2, 3))  # the bascules, raised a little
    length = xt - half
    for s in (-1, 1):
        leaf = at(s * length, 0.05, 0) @ rot("z", -s * lift) @ at(-s * length / 2, 0, 0)
        parts.append(_box(length - 0.002, 0.008, 0.07, leaf, 1))
        for z in (-0.037, 0.037):
            parts.append(_box(length - 0.002, 0.016, 0.006, leaf @ at(0, -0.006, z), "plume"))
    for s in (-1, 1):  # the side spans, their chains and hangers
        x0, x1 = s * (xt + half), s * (xs - 0.025)
        parts.append(_box(abs(x1 - x0), 0.008, 0.07, at((x0 + x1) / 2, 0.05, 0), 1))
        chain = [(x0, 0.27), (s * 0.26, 0.185), (s * 0.31, 0.125), (s * 0.36, 0.085),
                 (x1, 0.075)]  # fmt: skip
        hangers = []
        for z in (-0.037, 0.037):
            pts = [(x, y, z) for x, y in chain]
            parts.append(band(pts, 0.014, 0.005, (0, 1, 0), "plume"))
            parts.append(_box(abs(x1 - x0), 0.014, 0.006, at((x0 + x1) / 2, 0.044, z), "plume"))
            xh = np.linspace(x0, x1, 9)[1:-1]
            yh = np.interp(xh * s, [c[0] * s for c in chain], [c[1] for c in chain])
            hangers += [[(x, 0.058, z), (x, y - 0.005, z)] for x, y in zip(xh, yh, strict=True)]
        parts.append(strands(hangers, 0.002, "plume", 4, 2))
    return parts


# ---- 1485 the Arc de Triomphe -----------------------------------------------------------------


def _figures(m: np.ndarray, n: int, slot, winged: bool = False) -> list[Part]:
    """A carved group of n standing figures in high relief on a panel's face under ``m``
    (the panel's middle at 0): bodies, heads, a raised arm here and there, and a winged
    figure swooping over them if ``winged``."""
    pts, rad, arms = [], [], []
    for i in range(n):
        x = (i - (n - 1) / 2) * 2.6
        h = 7.0 if i % 2 == 0 else 6.2
        pts += [(x, h / 2, 0.0), (x, h + 0.5, 0.2)]
        rad += [(1.15, h / 2, 0.9), (0.65, 0.7, 0.65)]
        if i % 2 == 0:
            arms.append([(x + 0.6, h - 0.8, 0.4), (x + 1.5, h + 2.0, 0.6)])
    if winged:  # the spirit of victory over the group, wings spread
        pts += [(0.0, 9.6, 0.6), (-2.0, 10.4, 0.2), (2.0, 10.4, 0.2)]
        rad += [(1.0, 1.6, 0.8), (2.0, 0.7, 0.4), (2.0, 0.7, 0.4)]
        arms.append([(0.4, 10.5, 0.9), (1.2, 12.8, 1.0)])
    c = [tuple((m @ np.array([*q, 1.0]))[:3]) for q in pts]
    size = float(np.linalg.norm(m[:3, 0]))  # the panel's scale
    parts = [balls(c, np.asarray(rad) * size, slot, 8, 4)]
    paths = [[tuple((m @ np.array([*q, 1.0]))[:3]) for q in a] for a in arms]
    parts.append(strands(paths, 0.35 * size, slot, 6, 2))
    return parts


def _arc_de_triomphe(rng: Rng) -> list[Part]:
    """The Arc de Triomphe: a massive rectangular stone arch on a plinth, one great round-headed
    archway through its front and back and a smaller one through each end, moulded arch rims
    and impost bands, tall sculpture groups in high relief on the piers and carved panels over
    them, a frieze, a deep cornice and a tall attic studded with shields, standing on a round
    paved plaza with a low ring of bollards and the eternal flame under the arch."""
    W, D, base = 45.0, 22.0, 1.2
    spring, r = 21.7, 7.3  # the great arch
    parts = []

    wall = ccw(np.array([(-W / 2, spring), (W / 2, spring), (W / 2, 36.0), (-W / 2, 36.0)]))
    t = np.linspace(0.0, 2 * np.pi, 28, endpoint=False)
    bite = np.stack([r * np.cos(t), spring + r * np.sin(t)], 1)[::-1]
    parts.append(_prism([wall, bite], D, at(0, 0, -D / 2), 0, "body"))
    wall = ccw(np.array([(-D / 2, base), (D / 2, base), (D / 2, spring), (-D / 2, spring)]))
    hole = _arch_hole(0.0, 0.0, 8.4, 14.5, False, 14)
    for s in (-1, 1):
        x0 = r if s > 0 else -W / 2
        parts.append(_prism([wall, hole], W / 2 - r, at(x0, 0, 0) @ rot("y", 90), 0))
    parts.append(box(W + 1.6, base, D + 1.6, None, 0))  # the plinth
    for y, h in ((14.0, 0.8), (spring - 0.9, 0.9), (31.0, 1.0)):  # impost bands, frieze
        for s in (-1, 1):
            x = s * (r + W / 2) / 2
            parts.append(box(W / 2 - r + 0.6, h, D + 0.6, at(x, y, 0), 0))
    parts.append(box(W + 0.6, 4.0, D + 0.6, at(0, 31.5, 0), 0))  # the frieze
    parts.append(box(W + 2.4, 1.0, D + 2.4, at(0, 35.6, 0), 0))  # the cornice, stepped
    parts.append(box(W + 3.2, 1.6, D + 3.2, at(0, 36.6, 0), 0))
    parts.append(box(W, 10.0, D, at(0, 38.2, 0), 0))  # the attic
    parts.append(box(W + 1.0, 1.6, D + 1.0, at(0, 48.2, 0), 0))
    rim = [(r * np.cos(t), spring + r * np.sin(t)) for t in np.linspace(0, np.pi, 13)]
    side = [(4.2 * np.cos(t), 14.5 + 4.2 * np.sin(t)) for t in np.linspace(0, np.pi, 9)]
    for s in (-1, 1):  # the archivolts round the arches
        parts.append(tube([(x, y, s * (D / 2 + 0.2)) for x, y in rim], 0.7, None, 0))
        for sx in (-1, 1):
            x = sx * (W / 2 + 0.2)
            parts.append(tube([(x, y, s * z) for z, y in side], 0.5, None, 0))
    for sz in (-1, 1):  # the sculpture groups and the carved panels over them
        for sx in (-1, 1):
            x = sx * (r + W / 2) / 2
            face = at(x, 0, sz * D / 2) @ rot("y", 90 - 90 * sz)
            parts.append(box(10.0, 3.6, 2.8, face @ at(0, base, 0.8), 0))
            parts.append(box(9.0, 12.0, 1.0, face @ at(0, base + 3.6, 0.4), 0))
            parts += _figures(face @ at(0, base + 3.6, 1.6), 3, 0, True)
            parts.append(box(12.0, 6.5, 0.6, face @ at(0, 23.2, 0.2), 0))
            parts += _figures(face @ at(0, 23.4, 0.6) @ scl(0.6), 5, 0)
    pts, nrm = [], []
    for k in range(16):  # the shields round the attic
        x = -W / 2 + W * (k + 0.5) / 16
        for sz in (-1, 1):
            pts.append((x, 43.0, sz * D / 2))
            nrm.append((0, 0, sz))
    for k in range(8):
        z = -D / 2 + D * (k + 0.5) / 8
        for sx in (-1, 1):
            pts.append((sx * W / 2, 43.0, z))
            nrm.append((sx, 0, 0))
    parts.append(studs(pts, nrm, 1.0, 0.8, 0, 10))
    parts.append(cylinder(33.0, 33.0, 0.5, at(0, -0.5, 0), 1))  # the plaza (all lifted onto it)
    ring = [(29.0 * np.cos(t), 0.0, 29.0 * np.sin(t)) for t in np.linspace(0, 2 * np.pi, 29)[:-1]]
    parts.append(blocks(ring, (0.8, 1.6, 0.8), None, "marking"))  # its bollards
    parts.append(box(2.0, 0.4, 3.2, at(0, base, 0), "stones"))  # the tomb and its flame
    flicker = float(rng.uniform(0.9, 1.1))
    parts.append(cylinder(0.5, 0.0, 1.6 * flicker, at(0, base + 0.4, 0), "flame"))
    return scaled(parts, scl(0.02) @ at(0, 0.5, 0))


# ---- 1486 a moai --------------------------------------------------------------------------------

_MOAI_SIDE = [
    (-0.13, 0.0), (0.15, 0.0), (0.172, 0.12), (0.166, 0.26), (0.15, 0.36), (0.13, 0.42),
    (0.2, 0.44), (0.24, 0.47), (0.24, 0.5), (0.2, 0.53), (0.195, 0.6), (0.19, 0.66),
    (0.185, 0.76), (0.15, 0.79), (0.16, 0.83), (0.25, 0.845), (0.25, 0.875), (0.2, 0.93),
    (0.12, 0.985), (0.0, 1.0), (-0.1, 0.99), (-0.15, 0.92), (-0.155, 0.6), (-0.14, 0.45),
    (-0.13, 0.2),
]  # fmt: skip
"""The moai's side view (z, y): belly, chest, the jutting chin, the flat face, the deep eye
sockets under the heavy brow, the sloping forehead and the flat back of the head."""
_MOAI_HEAD = [
    (-0.18, 0.42), (0.18, 0.42), (0.205, 0.5), (0.205, 0.66), (0.2, 0.85), (0.17, 0.96),
    (0.12, 1.0), (-0.12, 1.0), (-0.17, 0.96), (-0.2, 0.85), (-0.205, 0.66), (-0.205, 0.5),
]  # fmt: skip
"""The moai's head seen from the front (x, y): the long block of it, the jaw, the crown."""
_MOAI_TORSO = [
    (-0.185, 0.0), (0.185, 0.0), (0.2, 0.2), (0.215, 0.35), (0.17, 0.45), (-0.17, 0.45),
    (-0.215, 0.35), (-0.2, 0.2),
]  # fmt: skip
_NOSE_SIDE = [(0.12, 0.845), (0.21, 0.835), (0.3, 0.65), (0.31, 0.625), (0.285, 0.603),
              (0.2, 0.598), (0.12, 0.62)]  # fmt: skip
_NOSE_FRONT = [(-0.028, 0.85), (0.028, 0.85), (0.04, 0.72), (0.075, 0.64), (0.07, 0.598),
               (-0.07, 0.598), (-0.075, 0.64), (-0.04, 0.72)]  # fmt: skip
_LIPS_SIDE = [(0.15, 0.525), (0.232, 0.53), (0.24, 0.55), (0.222, 0.558), (0.256, 0.57),
              (0.25, 0.595), (0.15, 0.6)]  # fmt: skip


def _moai(rng: Rng) -> list[Part]:
    """A moai of Easter Island on its ahu: a tall monolithic stone figure, its huge long head
    half of it: a heavy overhanging brow over deep eye sockets, a long straight nose flaring
    at the nostrils, pursed pouting lips, a jutting chin, long flat ears down the sides of the
    head; a rounded torso with thin arms down its sides and long-fingered hands meeting over
    the belly; a red stone topknot (pukao) on its head, a platform of fitted stones under
    it."""
    base = 0.16
    fig = at(0, base, 0)
    belly = superellipse(0.215, 0.175, 2.4, 28) + np.array([0.0, 0.005])
    parts = [_carved(_MOAI_SIDE, _MOAI_TORSO, belly, 0, "body").moved(fig)]
    head = [(x, z + 0.04) for x, z in rrect(0.42, 0.4, 0.09)]
    parts.append(_carved(_MOAI_SIDE, _MOAI_HEAD, head, 0).moved(fig))
    parts.append(_carved(_NOSE_SIDE, _NOSE_FRONT, None, 0).moved(fig))
    lips = [(-0.085, 0.52), (0.085, 0.52), (0.085, 0.6), (-0.085, 0.6)]
    lens = [(x, 0.17 + 0.1 * (1 - (x / 0.09) ** 2)) for x in np.linspace(-0.09, 0.09, 9)]
    parts.append(_carved(_LIPS_SIDE, lips, [(-0.09, 0.0), (0.09, 0.0), *lens[::-1]], 0).moved(fig))
    for s in (-1, 1):
        ear = fig @ at(s * 0.19, 0.73, -0.045) @ rot("y", 90) @ rot("z", -6)
        parts.append(slab(rrect_outline(0.075, 0.32, 0.03), 0.05, ear, 0))
        parts.append(slab(rrect_outline(0.03, 0.2, 0.014), 0.03, ear @ at(0, -0.03, s * 0.012),
                          0))  # its long lobe # fmt: skip
        arm = [(s * 0.205, 0.4, -0.02), (s * 0.218, 0.27, 0.02), (s * 0.205, 0.17, 0.085),
               (s * 0.15, 0.13, 0.15), (s * 0.09, 0.12, 0.172)]  # fmt: skip
        parts.append(tube([(x, y + base, z) for x, y, z in arm], [0.024, 0.022, 0.022, 0.02,
                          0.016], None, 0, shape=rect(1.6, 1.2)))  # fmt: skip
        fingers = [
            [
                (s * (0.1 - 0.004 * k), base + 0.1 + 0.014 * k, 0.17),
                (s * (0.025 + 0.004 * k), base + 0.105 + 0.014 * k, 0.178),
            ]
            for k in range(4)
        ]
        parts.append(strands(fingers, 0.0075, 0, 6, 2))
    tip = float(rng.uniform(-4, 4))  # the pukao
    hat = fig @ at(0, 0.985, -0.02) @ rot("x", -8 + tip)
    parts.append(cylinder(0.15, 0.14, 0.11, hat, 1))
    parts.append(cylinder(0.07, 0.06, 0.03, hat @ at(0, 0.11, -0.02), 1))
    parts.append(box(0.86, base, 0.46, at(0, 0, -0.02), "stones"))  # the ahu
    stones = [(x + 0.06 * (row % 2), 0.012 + 0.05 * row, 0.21) for row in range(3)
              for x in np.linspace(-0.36, 0.3, 6)]  # fmt: skip
    parts.append(blocks(stones, (0.12, 0.042, 0.012), None, "stones"))
    parts.append(box(0.88, 0.012, 0.48, at(0, base - 0.012, -0.02), "stones"))
    return parts


# ---- 1487 the Burj Khalifa ----------------------------------------------------------------------


def _wing(length: float, half: float):
    """A Y-plan tower's wing seen from above, from its middle along +x: a strip ``half`` wide
    either side, rounded at its tip."""

    def outline(n: int) -> np.ndarray:
        t = np.linspace(-np.pi / 2, np.pi / 2, max(n // 3, 5))
        tip = np.stack([length - half + half * np.cos(t), half * np.sin(t)], 1)
        return np.concatenate([[[-half * 0.6, -half]], tip, [[-half * 0.6, half]]])

    return outline


def _burj_khalifa(rng: Rng) -> list[Part]:
    """The Burj Khalifa: a supertall needle of glass and silver, extremely tall and thin: a
    Y-plan of three rounded wings round a hexagonal core, each wing stepping back in turn so
    the setbacks spiral up the tower, silver fins up the wing tips, the core rising on alone
    into a long slender spire; on a low hexagonal podium."""
    steps, y0, y1 = 8, 0.02, 0.66
    ys = y0 + (y1 - y0) * np.linspace(0.0, 1.0, 3 * steps + 1) ** 0.9
    turn = float(rng.uniform(-8, 8))
    podium = crisp([(0.0, 0.0), (0.15, 0.0), (0.15, y0), (0.0, y0)])
    parts = [lathe(podium, None, 1, "body", sides=6)]
    fins = []
    for i in range(3):
        yaw = 90 + 120 * i + turn
        out = np.array([np.cos(np.radians(yaw)), 0.0, -np.sin(np.radians(yaw))])
        prev = y0
        for k in range(steps):
            top = ys[3 * k + i + 1]
            length = 0.085 - 0.055 * k / (steps - 1)
            half = 0.021 - 0.004 * k / (steps - 1)
            m = rot("y", yaw) @ at(0, (prev + top) / 2, 0) @ FLAT_UP
            parts.append(slab(_wing(length, half), top - prev, m, 0))
            parts.append(slab(_wing(length + 0.002, half + 0.002), 0.004,
                              rot("y", yaw) @ at(0, top - 0.002, 0) @ FLAT_UP, 1))  # fmt: skip
            fins.append([out * length + v3(0, prev, 0), out * length + v3(0, top, 0)])
            prev = top
    parts.append(strands(fins, 0.004, 1, 4, 2))  # the silver fins up the wing tips
    core = [(0.028, y0), (0.026, 0.5), (0.022, y1), (0.018, 0.7), (0.014, 0.74), (0.0, 0.745)]
    parts.append(lathe(crisp([(0.0, y0), *core]), None, 0, sides=6))
    for k in range(3):  # the crown's last glazed tiers
        parts.append(
            cylinder(0.02 - 0.004 * k, 0.018 - 0.004 * k, 0.03, at(0, y1 + 0.03 * k, 0), 0)
        )
    parts.append(cylinder(0.009, 0.0015, 1.0 - 0.74, at(0, 0.74, 0), 0))  # the spire
    for h in (0.78, 0.84, 0.9):
        parts.append(cylinder(0.007, 0.006, 0.008, at(0, h, 0), 0))
    return parts


# ---- 1488 the White House -----------------------------------------------------------------------


def _white_house(rng: Rng) -> list[Part]:
    """The White House from the south lawn: a long white neoclassical block, a ground storey
    under two storeys of tall windows (pedimented on the main floor) between pilasters, a
    cornice and a balustrade all round the low roof with its chimneys; in the middle the bowed
    south portico: six tall columns on a half-round base carrying a curved entablature and
    balustrade, a balcony behind them, stairs down each side; the flag flying over the roof,
    the lawn with a fountain in front."""
    W, D, g, m1, m2, top = 1.0, 0.46, 0.12, 0.26, 0.36, 0.395
    zf = D / 2
    parts = [box(W, top, D, None, 0, "body")]
    bands = [(0, g - 0.012, 0), (0, top - 0.016, 0)]
    parts.append(blocks(bands, (W + 0.016, 0.014, D + 0.016), None, 0))  # floor band, cornice
    parts.append(_box(W + 0.03, 0.008, D + 0.03, at(0, top - 0.004, 0), 0))
    xs = [s * (0.195 + 0.08 * k) for s in (-1, 1) for k in range(4)]
    for y, h in ((0.035, 0.055), (g + 0.025, 0.085), (m1 + 0.02, 0.06)):  # storey by storey
        parts += _windows([(x, y, zf) for x in xs], 0.045, h)
        parts += _windows([(s * W / 2, y, z) for s in (-1, 1) for z in (-0.14, 0.0, 0.14)],
                          0.045, h, True)[:3]  # fmt: skip
    ped = np.array([(-0.034, -0.006), (0.034, -0.006), (0.0, 0.014)])
    peds = [(x, g + 0.126, zf + 0.004) for x in xs]
    parts.append(flat_things(peds, [(0, 0, 1)] * 8, (0, 1, 0), 1.0, ped, 0.014, 0))
    pil = [(s * (0.155 + 0.08 * k), g, zf) for s in (-1, 1) for k in range(5)]
    parts.append(blocks(pil, (0.018, m2 - g, 0.01), None, 0))  # the pilasters
    roof = at(0, top, 0) @ scl((W - 0.08) * 0.707, 1.0, (D - 0.08) * 0.707) @ rot("y", 45)
    parts.append(lathe(crisp([(1.0, 0.0), (0.75, 0.06), (0.0, 0.062)]), roof, 1, sides=4))
    chim = [(x, top, z) for x in (-0.36, -0.2, 0.2, 0.36) for z in (-0.1, 0.1)]
    parts.append(blocks(chim, (0.03, 0.085, 0.02), None, 0))  # the chimneys
    rb, rc = 0.11, 0.2  # the bow, the colonnade round it
    parts.append(cylinder(rb, rb, top - 0.016, at(0, 0, zf), 0))
    parts.append(cylinder(rc + 0.025, rc + 0.025, g, at(0, 0, zf), 0))  # the half-round base
    parts.append(cylinder(rc + 0.03, rc + 0.03, 0.032, at(0, m2, zf), 0))  # the entablature
    parts.append(cylinder(rc + 0.036, rc + 0.036, 0.008, at(0, m2 + 0.03, zf), 0))
    a = np.radians(15 + 30 * np.arange(6))
    cols = np.stack([rc * np.cos(a), np.zeros(6), zf + rc * np.sin(a)], 1)
    shafts = [[c + v3(0, g + 0.008, 0), c + v3(0, m2 - 0.01, 0)] for c in cols]
    parts.append(strands(shafts, [0.013, 0.011], 0, 10, 2))  # the columns
    parts.append(blocks(cols + v3(0, g, 0), (0.032, 0.01, 0.032), None, 0))
    parts.append(blocks(cols + v3(0, m2 - 0.012, 0), (0.034, 0.012, 0.034), None, 0))
    t = np.radians(30 + 30 * np.arange(5))  # the windows round the bow and its base
    out = np.stack([np.cos(t), np.zeros(5), np.sin(t)], 1)
    caps = []
    for y, h, r in ((g + 0.025, 0.085, rb), (m1 + 0.02, 0.06, rb), (0.03, 0.06, rc + 0.025)):
        panes = out * r + [0, y + h / 2, zf]
        parts.append(flat_things(panes, out, (0, 1, 0), 1.0, rect(0.038, h), 0.01, "window"))
        caps += list(out * (r + 0.004) + [0, y + h + 0.005, zf])
    parts.append(flat_things(caps, np.tile(out, (3, 1)), (0, 1, 0), 1.0, rect(0.05, 0.01), 0.014,
                             0))  # fmt: skip
    arc = [(rc * np.cos(t), m2 + 0.038, zf + rc * np.sin(t)) for t in np.linspace(0, np.pi, 13)]
    rr = rb + 0.05
    balc = [(rr * np.cos(t), m1, zf + rr * np.sin(t)) for t in np.linspace(0.2, np.pi - 0.2, 11)]
    roofline = [(-W / 2, top, zf), (W / 2, top, zf), (W / 2, top, -zf), (-W / 2, top, -zf),
                (-W / 2, top, zf)]  # fmt: skip
    parts += _rail([roofline, arc], 0.032, 0)
    parts += _rail([balc], 0.025, 0, 0.01)
    parts.append(cylinder(rr + 0.005, rr + 0.005, 0.008, at(0, m1 - 0.008, zf), 0))  # balcony
    for k in range(5):  # the stairs down each side of the base
        steps = [(s * (rc + 0.045 + 0.022 * k), 0.0, zf + 0.05) for s in (-1, 1)]
        parts.append(blocks(steps, (0.024, g * (1 - k / 5), 0.08), None, 0))
    parts.append(_rod((0, top + 0.05, -0.04), (0, top + 0.22, -0.04), 0.0035, "steel", 6))
    wave = float(rng.uniform(-6, 6))  # the flag
    flag = at(0.0, top + 0.22, -0.04) @ rot("y", 25 + wave)
    for k, colour in ((0, "card-red"), (1, "snow")):
        stripes = [(0.05, -0.0086 * (i + 1), 0) for i in range(k, 7, 2)]
        parts.append(blocks(stripes, (0.1, 0.0086, 0.003), flag, colour))
    parts.append(_box(0.04, 0.0344, 0.004, flag @ at(0.02, -0.0344, 0), "plume"))
    parts.append(slab(rrect_outline(1.3, 0.95, 0.15), 0.01, at(0, 0.005, 0.2) @ FLAT_UP,
                      "land"))  # fmt: skip
    parts.append(torus(0.06, 0.01, at(0, 0.01, 0.56), 0))  # the fountain
    parts.append(cylinder(0.056, 0.056, 0.01, at(0, 0.004, 0.56), "window"))
    parts.append(_rod((0, 0.01, 0.56), (0, 0.06, 0.56), (0.007, 0.002), "pane"))
    return parts


# ---- 1489 Christ the Redeemer -------------------------------------------------------------------


def _forest(rows, rng: Rng, cols: int = 28) -> list[Part]:
    """The forest on a peak's lower slopes: a green skin just over the rock of ``rows`` (as
    ``_crag``'s) from its foot up to a ragged edge that climbs in tongues up the gullies,
    and round crowns of trees dotted over it."""
    a = np.arange(cols) * (2 * np.pi / cols)
    top = 0.09 + 0.13 * np.maximum(0.0, np.cos(3 * a + 1.0)) ** 2 + rng.uniform(0, 0.03, cols)
    ys, hw, hd = (np.array([r[i] for r in rows]) for i in range(3))
    grid = []
    for t in (0.0, 0.35, 0.7, 1.0):
        y = t * top
        w, d = np.interp(y, ys, hw) * 1.04, np.interp(y, ys, hd) * 1.04
        grid.append(np.stack([w * np.cos(a), y, d * np.sin(a)], 1))
    v, f = grid_mesh(np.asarray(grid))
    parts = [mesh_part(v, f, "vine")]
    pts = []
    for _ in range(60):  # the crowns
        i = int(rng.integers(0, cols))
        y = max(0.022, float(top[i] * rng.uniform(0.1, 1.0)))
        w, d = np.interp(y, ys, hw) * 1.05, np.interp(y, ys, hd) * 1.05
        pts.append((w * np.cos(a[i]), y, d * np.sin(a[i])))
    parts.append(balls(pts, [(0.03, 0.022, 0.03)], "vine", 6, 3))
    return parts


def _christ_the_redeemer(rng: Rng) -> list[Part]:
    """Christ the Redeemer on Corcovado: a tall robed figure with its arms stretched straight
    out to the sides (a cross), deep sleeves hanging under them, the head bowed a little, the
    robe falling in long folds to the feet, a cord at the waist; on a square Art Deco plinth
    on a platform on top of a steep rocky peak, forest on its lower slopes."""
    y0 = 0.57  # the statue's feet
    robe = [(0.0, y0), (0.036, y0), (0.04, y0 + 0.08), (0.042, y0 + 0.2), (0.048, y0 + 0.28),
            (0.052, y0 + 0.33), (0.044, y0 + 0.35), (0.022, y0 + 0.37), (0.0, y0 + 0.372)]  # fmt: skip
    parts = [lathe(robe, scl(1.0, 1.0, 0.62), 0, "body")]
    for k in range(7):  # the robe's long folds
        x = -0.03 + 0.01 * k
        parts.append(tube([(x, y0 + 0.005, 0.022), (x * 1.05, y0 + 0.15, 0.025),
                           (x * 1.15, y0 + 0.27, 0.028)], 0.0035, None, 0, shape=HEX))  # fmt: skip
    parts.append(torus(0.043, 0.004, at(0, y0 + 0.24, 0) @ scl(1.0, 1.0, 0.65), 0))  # the cord
    parts.append(tube([(0.012, y0 + 0.24, 0.028), (0.016, y0 + 0.16, 0.03)], 0.003, None, 0))
    ya = y0 + 0.33  # the arms
    for s in (-1, 1):
        parts.append(tube([(s * 0.03, ya, 0.0), (s * 0.12, ya + 0.002, 0.0),
                           (s * 0.2, ya + 0.004, 0.0)], [0.017, 0.013, 0.011], None, 0))  # fmt: skip
        sleeve = sharp([(s * 0.04, 0.012), (s * 0.165, 0.01), (s * 0.16, -0.01), (s * 0.1, -0.06),
                        (s * 0.045, -0.12)])  # fmt: skip
        parts.append(slab(sleeve, 0.024, at(0, ya, 0), 0))
        hand = at(s * 0.212, ya + 0.004, 0.0)
        parts.append(sphere(1.0, hand @ scl(0.014, 0.017, 0.007), 0))
        parts.append(sphere(1.0, at(s * 0.007, y0 + 0.006, 0.02) @ scl(0.008, 0.006, 0.014), 0))
    head = at(0, y0 + 0.372, 0.004) @ rot("x", 14)
    parts.append(cylinder(0.011, 0.011, 0.02, head, 0))  # the neck
    parts.append(sphere(1.0, head @ at(0, 0.036, 0.002) @ scl(0.021, 0.027, 0.023), 0))
    parts.append(sphere(1.0, head @ at(0, 0.036, -0.006) @ scl(0.024, 0.03, 0.022), 0))  # hair
    parts.append(sphere(1.0, head @ at(0, 0.016, -0.008) @ scl(0.026, 0.022, 0.016), 0))
    parts.append(sphere(1.0, head @ at(0, 0.02, 0.016) @ scl(0.013, 0.014, 0.01), 0))  # beard
    parts.append(sphere(1.0, at(0, y0 + 0.3, 0.028) @ scl(0.01, 0.012, 0.006), 0))  # the heart
    plinth = at(0, 0.46, 0)
    parts.append(box(0.1, 0.1, 0.1, plinth, 1))
    parts.append(box(0.116, 0.012, 0.116, plinth @ at(0, 0.098, 0), 1))
    parts.append(box(0.112, 0.012, 0.112, plinth, 1))
    parts.append(box(0.26, 0.02, 0.22, at(0, 0.44, 0), "stones"))  # the summit terrace
    rows = [(0.0, 0.5, 0.44, 0.0), (0.05, 0.45, 0.4, 0.0), (0.12, 0.37, 0.33, -0.01),
            (0.2, 0.28, 0.25, -0.01), (0.28, 0.2, 0.18, -0.02), (0.35, 0.15, 0.14, -0.01),
            (0.41, 0.12, 0.11, 0.0), (0.445, 0.1, 0.09, 0.0)]  # fmt: skip
    parts.append(_crag(rows, rng, 0.14, 1, 24))
    parts += _forest(rows, rng)
    return parts


# ---- 1490 Mount Rushmore ------------------------------------------------------------------------


def _head_shapes(m: np.ndarray, k: float, kind: str) -> list:
    """The distance-field shapes of one carved head under ``m`` (turned, without scale; its
    middle at 0, its face toward +z), ``k`` times 0.2 from chin to crown: skull, long face,
    square jaw, heavy brow, straight nose, cheekbones, lips and chin, eyes deep in their
    sockets, ears, a mass of hair and the neck going back into the rock; Washington's collar,
    Roosevelt's moustache, Lincoln's beard."""

    def p(x, y, z):
        return tuple((m @ np.array([x * k, y * k, z * k, 1.0]))[:3])

    def b(c, r, blend=0.0):
        return blob(p(*c), np.asarray(r) * k, m[:3, :3], blend * k)

    s = [b((0, 0.03, -0.01), (0.058, 0.07, 0.068))]  # the skull
    s.append(b((0, -0.02, 0.02), (0.05, 0.07, 0.05), 0.02))  # the face
    s.append(b((0, -0.06, 0.015), (0.048, 0.035, 0.045), 0.02))  # the jaw
    s.append(b((0, 0.028, 0.056), (0.046, 0.012, 0.014), 0.01))  # the brow
    s.append(cone(p(0, 0.026, 0.062), p(0, -0.024, 0.088), 0.007 * k, 0.011 * k, 0.006 * k))
    s.append(b((0, -0.028, 0.076), (0.018, 0.009, 0.011), 0.005))  # the nostrils
    for x in (-1, 1):
        s.append(b((x * 0.03, -0.006, 0.046), (0.018, 0.016, 0.016), 0.01))  # cheekbones
        s.append(b((x * 0.058, 0.0, -0.005), (0.01, 0.022, 0.014), 0.008))  # ears
    s.append(b((0, -0.088, 0.045), (0.02, 0.016, 0.018), 0.012))  # the chin
    s.append(b((0, -0.05, 0.063), (0.02, 0.007, 0.01), 0.006))  # the lips
    s.append(b((0, -0.062, 0.06), (0.017, 0.006, 0.009), 0.006))
    s.append(b((0, 0.062, -0.02), (0.063, 0.05, 0.066), 0.015))  # the hair
    s.append(cone(p(0, -0.07, -0.02), p(0, -0.19, -0.06), 0.04 * k, 0.065 * k, 0.02 * k))
    if kind == "washington":
        for x in (-1, 1):  # the rolled curls over the ears, the collar
            s.append(b((x * 0.056, 0.03, -0.02), (0.016, 0.022, 0.03), 0.01))
        s.append(b((0, -0.17, 0.0), (0.1, 0.035, 0.065), 0.03))
    elif kind == "jefferson":
        s.append(b((0, 0.04, -0.05), (0.066, 0.06, 0.05), 0.02))
    elif kind == "roosevelt":
        s.append(b((0, -0.043, 0.07), (0.027, 0.008, 0.011), 0.004))  # the moustache
    else:
        s.append(b((0, -0.072, 0.028), (0.053, 0.042, 0.046), 0.01))  # the beard
    for x in (-1, 1):  # the eye sockets carved in, the eyes in them
        s.append(b((x * 0.021, 0.01, 0.066), (0.014, 0.009, 0.012), -0.006))
        s.append(b((x * 0.021, 0.009, 0.053), (0.011, 0.0075, 0.009), 0.003))
    s.append(b((0, -0.056, 0.071), (0.018, 0.002, 0.01), -0.002))  # the mouth
    return s


_HEADS = (  # x, y, z, yaw, tilt, kind: left to right as the viewer sees them
    (-0.31, 0.46, 0.08, 15.0, 0.0, "washington"),
    (-0.11, 0.5, 0.0, 28.0, -12.0, "jefferson"),
    (0.09, 0.44, -0.03, 6.0, 0.0, "roosevelt"),
    (0.31, 0.43, 0.06, 10.0, 0.0, "lincoln"),
)  # fmt: skip


def _pines(feet, heights, slot="vine") -> list[Part]:
    """Dark conifers at the feet: a short trunk under three stacked cones each."""
    trunks, cones = [], []
    for (x, y, z), h in zip(feet, heights, strict=True):
        trunks.append([(x, y, z), (x, y + 0.3 * h, z)])
        for k in range(3):
            cones.append([(x, y + (0.2 + 0.24 * k) * h, z), (x, y + (0.62 + 0.2 * k) * h, z)])
    rc = [[0.3 - 0.07 * (k % 3), 0.0] for k in range(len(cones))]
    return [
        strands(trunks, 0.03 * np.mean(heights), "cork", 5, 2),
        strands(cones, np.asarray(rc) * np.repeat(heights, 3)[:, None], slot, 8, 2),
    ]


def _mount_rushmore(rng: Rng) -> list[Part]:
    """Mount Rushmore: a granite mountain with a cliff across its front, four giant heads of
    presidents carved side by side emerging from the rock, their brows, noses and chins
    jutting (Washington forward on the left, Jefferson set back and tilted, Roosevelt deep
    in the rock, bearded Lincoln on the right), a slope of rubble below them and dark pines
    along its foot."""
    rows = [(0.0, 0.54, 0.28, -0.12), (0.2, 0.5, 0.2, -0.15), (0.3, 0.48, 0.15, -0.17),
            (0.5, 0.46, 0.15, -0.17), (0.62, 0.42, 0.13, -0.19), (0.69, 0.3, 0.08, -0.19)]  # fmt: skip
    parts = [_crag(rows, rng, 0.07, 0, 26, "body")]
    shapes = []
    for x, y, z, yaw, tilt, kind in _HEADS:
        shapes += _head_shapes(at(x, y, z) @ rot("y", yaw) @ rot("x", tilt), 1.6, kind)
    shapes.append(cut(2, -0.02, False, 0.004, (-0.6, 0.1, -0.4), (0.6, 0.8, -0.02)))
    shapes.append(cut(1, 0.25, False, 0.004, (-0.6, 0.0, -0.4), (0.6, 0.25, 0.4)))
    parts.append(solid(shapes, 0.016, 0))
    slope = [(0.0, 0.54, 0.36, 0.02), (0.14, 0.5, 0.24, -0.02), (0.27, 0.46, 0.14, -0.06)]
    parts.append(_crag(slope, rng, 0.1, 0, 20))
    pts, rad = [], []
    for _ in range(50):  # the rubble
        x = float(rng.uniform(-0.48, 0.48))
        t = float(rng.uniform(0.0, 1.0))
        rad.append(float(rng.uniform(0.012, 0.03)))
        pts.append((x, 0.25 * t + rad[-1], 0.36 - 0.28 * t))
    parts.append(balls(pts, np.array(rad), 0, 6, 2))
    feet = [(-0.52 + 0.09 * k + float(rng.uniform(-0.02, 0.02)), 0.0,
             0.4 + float(rng.uniform(-0.05, 0.05))) for k in range(12)]  # fmt: skip
    parts += _pines(feet, rng.uniform(0.14, 0.22, len(feet)))
    return parts


MORE_APPLIANCES_ZZZZZJ = {
    1483: _empire_state_building, 1484: _tower_bridge, 1485: _arc_de_triomphe, 1486: _moai,
    1487: _burj_khalifa, 1488: _white_house, 1489: _christ_the_redeemer, 1490: _mount_rushmore,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
