"""More of the device family's appliances, from 1313: a round corral, a rain gutter and its
downpipe, a pipe manifold, a house's gable end, the airway (windpipe and lungs), a tunnel mouth,
a length of railway track, a catheter in a kidney dish.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, mesh_part, rot, scl, v3
from ._kit import (
    ALONG_X,
    bead,
    ccw,
    crisp,
    flame,
    flat_solid,
    grid_skin,
    hoop,
    loft,
    pt,
    scaled,
    studs,
    unit,
    window,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZN"]

Rng = np.random.Generator


# ---- shared pieces ---------------------------------------------------------------------------


def _unit_box() -> tuple[np.ndarray, np.ndarray]:
    """A box 1 on a side standing on y = 0, centred in x and z: its corners and its 12 triangles,
    wound outward."""
    v = np.array([(x - 0.5, y, z - 0.5) for x in (0, 1) for y in (0, 1) for z in (0, 1)], float)
    faces = []
    for axis in range(3):
        for side in (0, 1):
            quad = [i for i in range(8) if (i >> (2 - axis)) & 1 == side]
            a, b, c, d = quad[0], quad[1], quad[3], quad[2]
            out = np.zeros(3)
            out[axis] = side - 0.5
            if np.dot(np.cross(v[b] - v[a], v[c] - v[a]), out) < 0:
                a, b, c, d = a, d, c, b
            faces += [(a, b, c), (a, c, d)]
    return v, np.array(faces)


_BOX_V, _BOX_F = _unit_box()


def _boxes(items, slot, tag: str = "") -> Part:
    """Many boxes in one flat-shaded part (the rails of a fence, the tiles of a roof): each
    (w, h, d, m) a box as ``box`` makes it, placed by m."""
    verts = [(_BOX_V * (w, h, d)) @ m[:3, :3].T + m[:3, 3] for w, h, d, m in items]
    faces = [_BOX_F + 8 * i for i in range(len(items))]
    return mesh_part(np.concatenate(verts), np.concatenate(faces), slot, tag, facets=True)


def _beam(a, b, h: float, t: float) -> tuple:
    """A rail, board or plank h high and t thick whose middle line runs from point a to point b,
    kept upright (its height stays in the vertical plane through a and b): a box's (w, h, d, m)
    for ``box`` or ``_boxes``."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    d = b_ - a_
    yaw = np.degrees(np.arctan2(-d[2], d[0]))
    pitch = np.degrees(np.arctan2(d[1], np.hypot(d[0], d[2])))
    m = at(*((a_ + b_) / 2)) @ rot("y", yaw) @ rot("z", pitch) @ at(0, -h / 2, 0)
    return float(np.linalg.norm(d)), h, t, m


def _rods(segments, slot, sides: int = 6, tag: str = "") -> Part:
    """Many thin tapering rods in one part (twigs of a branching tree): each (a, b, ra, rb) a
    capped ``sides``-sided frustum from a (radius ra) to b (radius rb)."""
    t = np.arange(sides) * (2 * np.pi / sides)
    ring = np.stack([np.cos(t), np.sin(t)], 1)
    j = np.arange(sides)
    k = (j + 1) % sides
    faces = np.concatenate([
        np.stack([j, k, sides + k], 1), np.stack([j, sides + k, sides + j], 1),
        np.stack([np.full(sides, 2 * sides), k, j], 1),
        np.stack([np.full(sides, 2 * sides + 1), sides + j, sides + k], 1),
    ])  # fmt: skip
    verts, tris = [], []
    for n, (a, b, ra, rb) in enumerate(segments):
        a, b = np.asarray(a, float), np.asarray(b, float)
        d = unit(b - a)
        u = unit(np.cross(d, [0.0, 0.0, 1.0] if abs(d[2]) < 0.9 else [1.0, 0.0, 0.0]))
        w = np.cross(d, u)
        circle = ring[:, :1] * u + ring[:, 1:] * w
        verts.append(np.concatenate([a + ra * circle, b + rb * circle, [a, b]]))
        tris.append(faces + n * (2 * sides + 2))
    return mesh_part(np.concatenate(verts), np.concatenate(tris), slot, tag)


def _rock(c, size, rng: Rng, slot) -> Part:
    """A rough facetted lump of rock at c, ``size`` (x, y, z) half extents: a coarse ball with
    its corners pushed in and out."""
    lat = np.radians([-60.0, -20.0, 20.0, 60.0])
    a = np.arange(7) * (2 * np.pi / 7)
    rings = [np.stack([np.cos(t) * np.cos(a), np.full(7, np.sin(t)), np.cos(t) * np.sin(a)], 1)
             for t in lat]  # fmt: skip
    v = np.concatenate([[[0.0, -1.0, 0.0]], *rings, [[0.0, 1.0, 0.0]]])
    v = v * rng.uniform(0.78, 1.12, (len(v), 1)) * np.asarray(size, float) + np.asarray(c, float)
    j = np.arange(7)
    k = (j + 1) % 7
    faces = [np.stack([np.zeros(7, int), 1 + k, 1 + j], 1)]
    for r in range(3):
        lo, hi = 1 + 7 * r, 8 + 7 * r
        faces += [np.stack([lo + j, lo + k, hi + j], 1), np.stack([lo + k, hi + k, hi + j], 1)]
    faces.append(np.stack([np.full(7, 29), 22 + j, 22 + k], 1))
    return mesh_part(v, np.concatenate(faces), slot, facets=True)


def _flange(c, axis, r: float, t: float, bolts: int, discs: list, heads: list) -> None:
    """A pipe flange at c square to ``axis``: a disc t thick (added to ``discs`` as a rod) and
    a ring of bolts through it standing out on both faces (their points and normals added to
    ``heads``)."""
    c_, d = np.asarray(c, float), unit(axis)
    discs.append((c_ - d * t / 2, c_ + d * t / 2, r, r))
    m = at(*c_) @ align(d)
    for q in np.arange(bolts) * (2 * np.pi / bolts) + np.pi / bolts:
        heads.append((pt(m, 0.78 * r * np.cos(q), 0.0, 0.78 * r * np.sin(q)), d))


def _bolts(heads: list, r: float, t: float) -> Part:
    """The hex bolts of the flanges in ``heads`` as one part."""
    return studs([p for p, _ in heads], [n for _, n in heads], r, t, "steel", 6)


# ---- 1313 a corral ---------------------------------------------------------------------------


def _stock_tank(m: np.ndarray) -> list[Part]:
    """A round-ended galvanised water trough under m: ribbed sides, a rolled rim, dark water
    filling it nearly to the brim."""
    prof = [(0.0, 0.0), (0.1, 0.0), (0.104, 0.01)]
    for k in range(3):  # the pressed ribs
        y = 0.018 + 0.019 * k
        prof += [(0.104, y), (0.11, y + 0.006), (0.104, y + 0.012)]
    prof += [(0.106, 0.078), (0.114, 0.083), (0.106, 0.088), (0.097, 0.08), (0.094, 0.014),
             (0.0, 0.014)]  # fmt: skip
    oval = m @ scl(1.9, 1.0, 1.0)
    parts = [lathe(prof, oval, "steel", sides=20)]
    parts.append(cylinder(0.097, 0.097, 0.004, oval @ at(0, 0.068, 0), "window"))  # the water
    return parts


def _corral_gate(a, b) -> list[Part]:
    """A field gate of rails hung between gate posts at a and b (points on the ground): two
    stiles, four rails, a diagonal brace, hinge straps and a latch."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    d = b_ - a_
    span = float(np.linalg.norm(d)) - 0.07
    yaw = np.degrees(np.arctan2(-d[2], d[0]))
    m = at(*((a_ + b_) / 2)) @ rot("y", yaw)
    wood = [(0.03, 0.25, 0.026, m @ at(x, 0.03, 0)) for x in (-span / 2 + 0.015, span / 2 - 0.015)]
    wood += [(span, 0.03, 0.02, m @ at(0, 0.045 + 0.068 * k, 0)) for k in range(4)]
    lo, hi = np.array([-span / 2 + 0.03, 0.06]), np.array([span / 2 - 0.03, 0.25])
    brace = hi - lo
    tilt = -np.degrees(np.arctan2(brace[0], brace[1]))
    wood.append((0.026, float(np.linalg.norm(brace)), 0.018,
                 m @ at(lo[0], lo[1], 0.017) @ rot("z", tilt)))  # fmt: skip
    iron = [(0.09, 0.02, 0.026, m @ at(-span / 2 + 0.03, y, 0.004)) for y in (0.07, 0.23)]
    iron.append((0.06, 0.022, 0.03, m @ at(span / 2 - 0.005, 0.17, 0)))  # the latch
    return [_boxes(wood, 0), _boxes(iron, "steel")]


def _corral(rng: Rng) -> list[Part]:
    """A round corral, a horse pen: a closed ring of sturdy wooden posts carrying three
    horizontal rails all the way round, a gate of four braced rails with iron hinges between two
    taller gate posts in the front, the dusty trodden earth inside, a galvanised water trough
    against the back."""
    r, n = 0.5, 16
    off = np.radians(50.0) - np.pi / n  # a bay, the gate's, toward the viewer
    ang = off + 2 * np.pi * np.arange(n) / n
    feet = [np.array([r * np.cos(q), 0.0, r * np.sin(q)]) for q in ang]
    posts = []
    for i, f in enumerate(feet):  # the posts: the two beside the gate stouter, taller
        h = (0.32 if i < 2 else 0.27) + float(rng.uniform(-0.01, 0.01))
        rr = 0.03 if i < 2 else 0.023
        posts.append((f, f + v3(0, h, 0), rr, rr * 0.9))
        posts.append((f + v3(0, h, 0), f + v3(0, h + 0.012, 0), rr * 0.9, rr * 0.5))
    parts = [_rods(posts, 0, 10, "body")]
    out = (r + 0.024) / r
    rails = []
    for i in range(1, n):  # the rails, but in the gate's bay
        a, b = feet[i] * out, feet[(i + 1) % n] * out
        for y in (0.09, 0.165, 0.24):
            rails.append(_beam(a + v3(0, y, 0), b + v3(0, y, 0), 0.038, 0.016))
    parts.append(_boxes(rails, 0))
    parts += _corral_gate(feet[0], feet[1])
    parts.append(cylinder(r - 0.01, r - 0.01, 0.01, None, "soil"))  # the trodden ground
    for _ in range(6):  # scuffed hummocks of dirt
        q, d = rng.uniform(0, 2 * np.pi), rng.uniform(0.1, 0.38)
        s = float(rng.uniform(0.05, 0.09))
        mound = at(d * np.cos(q), 0.01, d * np.sin(q)) @ scl(s, 0.01, s * 0.7)
        parts.append(sphere(1.0, mound, "soil"))
    parts += _stock_tank(at(-0.08, 0.01, -0.3) @ rot("y", float(rng.uniform(-12, 12)) - 12))
    return parts


# ---- 1314 a rain gutter ----------------------------------------------------------------------


def _half_round(ro: float, ri: float, n: int = 14):
    """A half-round gutter's section, open at the top: the lower half of a ring ro to ri."""
    t = np.linspace(np.pi, 2 * np.pi, n)
    outer = np.stack([ro * np.cos(t), ro * np.sin(t)], 1)
    inner = np.stack([ri * np.cos(t[::-1]), ri * np.sin(t[::-1])], 1)
    return lambda k: [ccw(np.concatenate([outer, inner]))]


def _roof_tiles(x0: float, x1: float, edge, pitch: float, rows: int) -> list[Part]:
    """Rows of plain clay tiles on a roof sloping down toward +z at ``pitch`` degrees, the
    lowest row's edge at the point ``edge``; each row lapping the one below, half a tile
    staggered."""
    up = np.array([0.0, np.sin(np.radians(pitch)), -np.cos(np.radians(pitch))])
    tw, tl = 0.1, 0.17
    tiles = []
    for i in range(rows):
        e = np.asarray(edge, float) + up * 0.1 * i
        shift = 0.0 if i % 2 == 0 else tw / 2
        x = x0 + shift - tw / 2
        while x < x1:
            xa, xb = max(x, x0), min(x + tw, x1)
            if xb - xa > 0.02:
                m = at((xa + xb) / 2, e[1], e[2]) @ rot("x", pitch + 4) @ at(0, 0, -tl / 2)
                tiles.append((xb - xa - 0.006, 0.014, tl, m))
            x += tw
    return [_boxes(tiles, 1)]


def _downpipe(x: float, yg: float, zg: float, ro: float, rng: Rng) -> list[Part]:
    """A downpipe at x from the outlet under a gutter (its rim at yg, its middle at zg, ro round)
    down a wall whose face is z = 0: a swan neck back to the wall, a straight run in clips, a
    bend at the foot kicking out over a splash block, water splashing from it."""
    rp, zp = 0.032, 0.05
    neck = [(x, yg - ro + 0.01, zg), (x, yg - 0.1, zg), (x, yg - 0.22, zp), (x, yg - 0.27, zp)]
    run = [(x, yg - 0.27, zp), (x, 0.16, zp), (x, 0.1, zp + 0.03), (x, 0.085, zp + 0.1)]
    parts = [tube(crisp(neck, 0.2), rp * 0.92, None, 0)]
    parts.append(tube(crisp(run, 0.25), rp, None, 0))
    parts.append(cylinder(rp + 0.006, rp + 0.006, 0.045, at(x, yg - 0.115, zg), 0))  # outlet
    parts.append(cylinder(rp + 0.005, rp + 0.005, 0.04, at(x, yg - 0.3, zp), 0))  # a socket
    for y in (0.4, 0.22):  # the clips
        parts.append(hoop(rp + 0.003, 0.006, at(x, y, zp), "steel", 16, 5))
        parts.append(box(0.03, 0.02, 0.02, at(x, y - 0.01, 0.01), "steel"))
    # the splash of water from the foot bend
    parts.append(box(0.17, 0.025, 0.3, at(x, 0, 0.25), "stones"))  # the splash block
    spout = [(x, 0.085, zp + 0.105), (x, 0.08, zp + 0.15), (x, 0.055, zp + 0.2),
             (x, 0.03, zp + 0.24)]  # fmt: skip
    parts.append(tube(spout, [0.024, 0.022, 0.018, 0.014], None, "pane"))
    parts.append(sphere(1.0, at(x, 0.025, 0.3) @ scl(0.075, 0.006, 0.12), "window"))  # wet
    parts.append(sphere(1.0, at(x, 0.027, 0.31) @ scl(0.06, 0.01, 0.08), "pane"))
    for k in range(9):  # the spray
        q = np.radians(-90 + 180 * k / 8 + float(rng.uniform(-8, 8)))
        c = (x + 0.075 * np.sin(q), 0.05 + 0.02 * np.cos(q * 1.5), 0.3 + 0.07 * np.cos(q))
        parts.append(bead(0.01, at(*c), "pane", 6))
    return parts


def _rain_gutter(rng: Rng) -> list[Part]:
    """A rain gutter at the eave of a roof: a half-round gutter with a rolled front lip and end
    caps running the length of the roof's edge on brackets fixed to a white fascia board under
    a few rows of clay tiles; an outlet near one end drops into a downpipe that bends back
    under the eave to the plastered wall, runs down it in clips and kicks out in a bend at its
    foot, water splashing from it onto a splash block."""
    w, ro, yf = 1.0, 0.066, 0.62
    zg, yg = 0.17 + 0.006 + ro, yf - 0.012
    gm = at(-w / 2, yg, zg) @ rot("y", 90)
    parts = [flat_solid(_half_round(ro, ro - 0.008), w, gm, 0, "body")]
    parts.append(stick((-w / 2, yg, zg + ro), (w / 2, yg, zg + ro), 0.009, 0))  # the lip
    for x in (-w / 2, w / 2 - 0.006):  # the end caps
        cap = at(x + 0.003, yg, zg) @ rot("y", 90)
        parts.append(slab(sharp([(ro * np.cos(t), ro * np.sin(t)) for t in
                                 np.linspace(np.pi, 2 * np.pi, 10)]), 0.006, cap, 0))  # fmt: skip
    for x in (-0.4, -0.12, 0.16):  # the brackets
        bm = at(x - 0.01, yg, zg) @ rot("y", 90)
        parts.append(flat_solid(_half_round(ro + 0.01, ro, 10), 0.02, bm, 0))
        parts.append(box(0.02, 0.008, 0.06, at(x, yg - 0.004, zg - ro - 0.03), 0))
    # the house: plastered wall, soffit and fascia, tiled roof
    parts.append(box(w, yf - 0.1, 0.12, at(0, 0, -0.06), "plaster"))
    parts.append(box(w, 0.06, 0.125, at(0, 0, -0.055), "stones"))  # the plinth
    parts.append(box(w, 0.015, 0.16, at(0, yf - 0.11, 0.08), "snow"))  # the soffit
    parts.append(box(w, 0.11, 0.02, at(0, yf - 0.11, 0.16), "snow"))  # the fascia
    pitch = 32.0
    edge = (0.0, yf + 0.022, 0.225)
    deck = 0.42
    dm = at(0, yf + 0.012, 0.22) @ rot("x", pitch) @ at(0, -0.02, -deck / 2)
    parts.append(box(w, 0.02, deck, dm, "cork"))  # the roof boards
    parts += _roof_tiles(-w / 2, w / 2, edge, pitch, 4)
    parts += _downpipe(0.36, yg, zg, ro, rng)
    return parts


# ---- 1315 a pipe manifold --------------------------------------------------------------------


def _handwheel(m: np.ndarray, r: float) -> list[Part]:
    """A valve's round handwheel under m, facing local +y: a rim and four spokes."""
    spokes = []
    for k in range(4):
        spokes.append((0.01, r, 0.008, m @ rot("y", -45 - 90 * k) @ rot("z", -90)))
    return [hoop(r, 0.009, m, "card-red", 24, 6), _boxes(spokes, "card-red")]


def _gauge(c) -> list[Part]:
    """A round pressure gauge at c facing +z: a steel case and bezel, a white dial with a ring
    of ticks, a red danger mark and a black needle."""
    m = at(*c) @ rot("x", 90)
    parts = [cylinder(0.052, 0.05, 0.035, m @ at(0, -0.03, 0), "steel")]
    parts.append(cylinder(0.045, 0.045, 0.002, m @ at(0, 0.005, 0), "snow"))
    ticks = []
    for k in range(9):
        q = np.radians(225 - 270 * k / 8)
        ticks.append((c[0] + 0.036 * np.cos(q), c[1] + 0.036 * np.sin(q), c[2] + 0.007))
    parts.append(studs(ticks, [(0.0, 0.0, 1.0)] * 9, 0.0035, 0.002, "marking", 4))
    q = np.radians(-35)
    dm = at(c[0] + 0.036 * np.cos(q), c[1] + 0.036 * np.sin(q), c[2] + 0.007)
    parts.append(box(0.014, 0.008, 0.002, dm @ rot("z", np.degrees(q) - 90), "card-red"))
    needle = at(c[0], c[1], c[2] + 0.008) @ rot("z", 30)
    parts.append(box(0.004, 0.034, 0.002, needle, "marking"))
    parts.append(cylinder(0.006, 0.006, 0.006, m @ at(0, 0.005, 0), "marking"))
    return parts


def _branch(x: float, y: float, top: float, discs: dict, heads: list, gauge: bool) -> list[Part]:
    """One branch of a manifold rising at x from the header's top y: a boss and a flange, a
    flanged valve with its bonnet, stem and red handwheel facing front, the pipe going on up
    to ``top`` and bending back to an end flange; a pressure gauge on it if ``gauge``. Flange
    discs, bosses and stems go into ``discs`` (by slot), bolts into ``heads``."""
    rb, y0 = 0.03, y + 0.03
    discs[0].append(((x, y - 0.04, 0), (x, y0, 0), 0.04, 0.04))  # the tee's boss
    _flange((x, y0, 0), (0, 1, 0), 0.058, 0.03, 4, discs[0], heads)
    yv = y0 + 0.09  # the valve: body, flanges, bonnet, stem, handwheel
    parts = [sphere(1.0, at(x, yv, 0) @ scl(0.05, 0.065, 0.052), 1)]
    _flange((x, yv + 0.075, 0), (0, 1, 0), 0.058, 0.03, 4, discs[1], heads)
    discs[1].append(((x, yv, 0.0), (x, yv, 0.08), 0.028, 0.024))  # the bonnet
    discs[1].append(((x, yv, 0.07), (x, yv, 0.084), 0.04, 0.04))
    discs["steel"].append(((x, yv, 0.08), (x, yv, 0.15), 0.007, 0.007))  # the stem
    parts += _handwheel(at(x, yv, 0.14) @ rot("x", 90), 0.055)
    discs["card-red"].append(((x, yv, 0.128), (x, yv, 0.152), 0.014, 0.014))  # its hub
    y1 = yv + 0.09  # the pipe above the valve, bending back
    parts.append(cylinder(rb, rb, top - 0.06 - y1, at(x, y1, 0), 0))
    parts.append(tube([(x, top - 0.065, 0), (x, top, 0), (x, top, -0.065)], rb, None, 0))
    discs[0].append(((x, top, -0.06), (x, top, -0.17), rb, rb))
    _flange((x, top, -0.17), (0, 0, 1), 0.058, 0.018, 4, discs[0], heads)
    if gauge:
        yg = (y1 + top) / 2 - 0.02
        discs["steel"].append(((x, yg, 0.0), (x, yg, 0.07), 0.008, 0.008))
        discs["steel"].append(((x, yg, 0.03), (x, yg, 0.045), 0.013, 0.013))
        parts += _gauge((x, yg, 0.1))
    return parts


def _pipe_manifold(rng: Rng) -> list[Part]:
    """A pipe manifold: a thick horizontal header pipe on two steel stands, fed from the floor
    through a bend at one end and closed by a bolted blind flange at the other, five branch
    pipes rising from it, each through a bolted flanged valve with a red handwheel facing
    front and bending back at the top, a pressure gauge on one branch."""
    rh, yc, x0, x1 = 0.07, 0.3, -0.5, 0.5
    parts = [cylinder(rh, rh, x1 - x0, at(x0, yc, 0) @ ALONG_X, 0, "body")]
    discs: dict = {0: [], 1: [], "steel": [], "card-red": []}
    big: list = []
    small: list = []
    _flange((x1 - 0.01, yc, 0), (1, 0, 0), 0.11, 0.026, 8, discs[0], big)  # the blind flange
    parts.append(cylinder(0.1, 0.07, 0.03, at(x1, yc, 0) @ ALONG_X, 0))
    bend = [(x0 - 0.02, yc, 0), (x0 - 0.1, yc, 0), (x0 - 0.1, yc - 0.08, 0)]
    parts.append(tube(bend, rh, None, 0))  # the feed from the floor
    parts.append(cylinder(rh, rh, yc - 0.08, at(x0 - 0.1, 0, 0), 0))
    _flange((x0 + 0.01, yc, 0), (1, 0, 0), 0.11, 0.026, 8, discs[0], big)
    discs[1].append(((x0 - 0.1, 0, 0), (x0 - 0.1, 0.015, 0), 0.12, 0.12))  # its floor plate
    stands = []
    for x in (-0.3, 0.3):  # the stands: base plate, post, saddle, U-bolt
        stands.append((0.16, 0.015, 0.2, at(x, 0, 0)))
        stands.append((0.05, yc - rh - 0.03, 0.05, at(x, 0.015, 0)))
        stands.append((0.07, 0.03, 0.16, at(x, yc - rh - 0.025, 0)))
        parts.append(hoop(rh + 0.004, 0.006, at(x, yc, 0) @ rot("z", 90), "steel", 20, 5))
    parts.append(_boxes(stands, 1))
    top = 0.82 + float(rng.uniform(-0.02, 0.02))
    for i, x in enumerate((-0.4, -0.2, 0.0, 0.2, 0.4)):
        parts += _branch(x, yc + rh, top, discs, small, i == 1)
    parts += [_rods(d, slot, 16) for slot, d in discs.items()]
    parts += [_bolts(big, 0.013, 0.045), _bolts(small, 0.007, 0.05)]
    return parts


# ---- 1316 a gable ----------------------------------------------------------------------------


def _gable_roof(hw: float, ye: float, peak: float, depth: float) -> list[Part]:
    """The steep roof over a gable hw wide each side, its eaves at ye and its peak at ``peak``,
    running back ``depth``: two slated planes overhanging, decorative bargeboards along their
    front edges with scallops hanging below and holes pierced through, a turned finial at the
    peak and a drop beneath it."""
    ov, rise = 0.09, peak - ye
    tanp = rise / hw
    zf, zb = 0.1, -depth - 0.06
    parts, boards, slates, scallops, holes = [], [], [], [], []
    half = v3(0, 0, (zf - zb) / 2)
    for s in (-1, 1):
        a = np.array([0.0, peak + 0.035, (zf + zb) / 2])
        b = np.array([s * (hw + ov), peak + 0.035 - (hw + ov) * tanp, (zf + zb) / 2])
        slates.append(_beam(a, b, 0.03, zf - zb))
        d = unit(b - a)
        up = unit([s * abs(d[1]), abs(d[0]), 0.0])
        for k in range(1, 9):  # the courses of slates
            c = a + (b - a) * k / 8.6 + up * 0.018
            slates.append(_beam(c - half, c + half, 0.012, 0.012))
        a2 = np.array([0.0, peak - 0.02, zf - 0.012])
        b2 = np.array([s * (hw + ov), peak - 0.02 - (hw + ov) * tanp, zf - 0.012])
        boards.append(_beam(a2, b2, 0.07, 0.022))  # the bargeboard
        n = 11
        for k in range(n):  # its scallops hanging below, a pierced hole above each
            u = 0.05 + (np.linalg.norm(b2 - a2) - 0.07) * k / (n - 1)
            c = a2 + d * u - up * 0.038
            scallops.append((c - v3(0, 0, 0.008), c + v3(0, 0, 0.008), 0.027, 0.027))
            hole = a2 + d * u - up * 0.004
            holes.append((hole - v3(0, 0, 0.013), hole + v3(0, 0, 0.013), 0.009, 0.009))
    parts += [_boxes(slates, "stones"), _boxes(boards, 1)]
    parts += [_rods(scallops, 1, 14), _rods(holes, "marking", 8)]
    post = [(0.0, 0.0), (0.026, 0.0), (0.026, 0.05), (0.018, 0.07), (0.03, 0.1), (0.018, 0.13),
            (0.012, 0.2), (0.004, 0.26), (0.0, 0.27)]  # fmt: skip
    parts.append(lathe(post, at(0, peak - 0.06, zf - 0.012), 1))  # the finial
    drop = [(0.0, 0.0), (0.012, 0.01), (0.028, 0.05), (0.022, 0.08), (0.026, 0.11), (0.0, 0.12)]
    parts.append(lathe(drop, at(0, peak - 0.17, zf - 0.012), 1))  # the drop
    return parts


def _gable_end(rng: Rng) -> list[Part]:
    """The gable end of a house: a tall steep pointed gable of lapped clapboards over a bit of
    wall with one sash window, a round attic window up in the gable, a steep pitched roof
    running back, decorative bargeboards with scalloped and pierced edges along the roof's
    front edges, a turned finial spike at the peak with a drop beneath it, corner boards and a
    stone footing."""
    hw, ye, peak, depth = 0.38, 0.4, 1.0, 0.42
    rise = peak - ye
    wall = sharp([(-hw, 0.0), (hw, 0.0), (hw, ye), (0.0, peak), (-hw, ye)])
    parts = [slab(wall, 0.03, at(0, 0, -0.015), 0, "body")]
    parts.append(slab(wall, 0.03, at(0, 0, -depth + 0.015), 0))  # the far gable
    for s in (-1, 1):  # the side walls
        parts.append(box(0.03, ye, depth, at(s * (hw - 0.015), 0, -depth / 2), 0))
    y, clap = 0.05, []
    while y < peak - 0.06:  # the clapboards, narrowing up the gable
        yt = y + 0.046
        wb = 2 * hw if yt <= ye else 2 * hw * (1 - (yt - ye) / rise)
        clap.append((wb, 0.05, 0.01, at(0, y, 0.008) @ rot("x", -5)))
        y += 0.046
    parts.append(_boxes(clap, 0))
    parts += _gable_roof(hw, ye, peak, depth)
    # the round attic window
    yw = ye + rise * 0.36
    wm = at(0, yw, 0.018) @ rot("x", 90)
    parts.append(cylinder(0.085, 0.085, 0.012, wm @ at(0, -0.006, 0), "window"))
    parts.append(torus(0.09, 0.016, wm, 1))
    for q in (0, 90):
        parts.append(box(0.012, 0.17, 0.012, at(0, yw, 0.02) @ rot("z", q) @ at(0, -0.085, 0), 1))
    # the wall below: a sash window, corner boards, footing
    parts += window(at(0, 0.12, 0.022), 0.2, 0.2 + float(rng.uniform(-0.01, 0.01)), 1)
    for s in (-1, 1):
        parts.append(box(0.035, ye, 0.035, at(s * hw, 0, 0), 1))
        parts.append(box(0.07, 0.2, 0.012, at(s * 0.135, 0.12, 0.022), 1))  # the shutters
    parts.append(box(2 * hw + 0.05, 0.05, depth + 0.05, at(0, 0, -depth / 2), "stones"))
    return parts


# ---- 1317 the airway -------------------------------------------------------------------------


def _ringed(a, b, r: float, pitch: float, slot) -> Part:
    """A cartilage-ringed tube from a to b (a windpipe, a bronchus): swelling into a ring every
    ``pitch``."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    length = float(np.linalg.norm(b_ - a_))
    n = max(2, round(length / pitch))
    prof = [(0.0, 0.0), (r, 0.0)]
    for k in range(n):
        y = length * (k + 0.5) / n
        prof += [(r * 1.17, y - pitch * 0.14), (r * 1.17, y + pitch * 0.14)]
        if k < n - 1:
            prof.append((r * 0.98, length * (k + 1) / n))
    prof += [(r, length), (0.0, length)]
    return lathe(prof, at(*a_) @ align(b_ - a_), slot, sides=10)


def _turn(d, deg: float, lean: float):
    """Direction d turned ``deg`` about z (in the front plane) and leaned ``lean`` toward +z."""
    q = np.radians(deg)
    x, y = d[0] * np.cos(q) - d[1] * np.sin(q), d[0] * np.sin(q) + d[1] * np.cos(q)
    return unit([x, y, d[2] + lean])


def _bronchi(p, d, length: float, r: float, depth: int, rng: Rng, out: list) -> None:
    """A bronchus from p along d and, below it, ``depth`` more generations forking in two."""
    q = np.asarray(p, float) + np.asarray(d, float) * length
    out.append((p, q, r, r * 0.86))
    if depth == 0:
        return
    for s in (-1, 1):
        turn = s * float(rng.uniform(22, 32))
        nd = _turn(d, turn, float(rng.uniform(-0.05, 0.05)))
        _bronchi(q, nd, length * float(rng.uniform(0.7, 0.8)), r * 0.74, depth - 1, rng, out)


def _lung_ring(side: int, y: float, tilt: float, notch: float):
    """One ring of a lung at height y: its centre, and its axes across (tilted ``tilt`` of its
    half width up toward the outer side) and front to back. The lung is widest at its base and
    rounds off to its apex; its inner side runs straight up, notched for the heart when
    ``notch``."""
    h = min(max((y - 0.02) / 0.8, 0.0), 1.0)
    a = max(0.21 * (1 - h**2.2) ** 0.5, 0.012)
    b = max(0.13 * (1 - h**2.6) ** 0.5, 0.01)
    xm = 0.06 + notch * 0.07 * np.exp(-(((h - 0.33) / 0.13) ** 2))
    return (side * (xm + 0.55 * a), y, -0.01), (a, side * tilt * a, 0.0), (0.0, 0.0, -b)


def _lobe(side: int, lo, hi, notch: float = 0.0, tag: str = "") -> Part:
    """A lobe of a lung between its lower and upper faces lo and hi, each (height, tilt): round
    on its outer side, flattened on the side toward the middle (``side`` -1 for the right lung,
    on the viewer's left)."""
    t = np.arange(22) * (2 * np.pi / 22)
    x, z = np.cos(t), np.sin(t)
    x = np.where(x * side < 0, x * 0.55, x)
    shape = np.stack([x, z], 1)
    rings = [
        _lung_ring(side, y, tl, notch)
        for y, tl in zip(np.linspace(lo[0], hi[0], 7), np.linspace(lo[1], hi[1], 7), strict=True)
    ]
    if lo[0] < 0.1:  # the base rounded under
        c, u, v = rings[0]
        rings.insert(0, ((c[0], c[1] - 0.03, c[2]), np.multiply(u, 0.8), np.multiply(v, 0.8)))
    return loft(*[list(r) for r in zip(*rings, strict=True)], shape, 0, tag)


def _airway(rng: Rng) -> list[Part]:
    """The human airway, anatomical: the larynx atop a windpipe ringed with cartilage,
    forking at the bottom into the two main bronchi, which fork again and again like an
    upside-down tree, spreading through the two lungs: the right lung (on the viewer's left)
    of three lobes, the left of two, with a notch for the heart; pink and see-through, the
    branching bronchi showing on and through them."""
    zt = 0.11
    parts = [_lobe(-1, (0.09, -0.35), (0.33, 0.5), 0.0, "body")]  # the right lung's lobes
    parts.append(_lobe(-1, (0.345, 0.5), (0.5, 0.0)))
    parts.append(_lobe(-1, (0.515, 0.0), (0.82, 0.0)))
    parts.append(_lobe(1, (0.09, -0.35), (0.4, 0.6), 1.0))  # the left lung's
    parts.append(_lobe(1, (0.415, 0.6), (0.82, 0.0), 1.0))
    # the larynx and the windpipe
    carina = np.array([0.0, 0.6, zt])
    parts.append(_ringed(carina + v3(0, 0.02, 0), (0.0, 0.9, zt), 0.04, 0.03, 1))
    parts.append(lathe([(0.0, 0.0), (0.05, 0.0), (0.06, 0.03), (0.075, 0.07), (0.07, 0.1),
                        (0.0, 0.11)], at(0, 0.89, zt) @ scl(1.0, 1.0, 0.8), 1))  # fmt: skip
    parts.append(sphere(1.0, at(0, 0.965, zt + 0.045) @ scl(0.03, 0.035, 0.025), 1))
    parts.append(cylinder(0.048, 0.048, 0.018, at(0, 0.87, zt), 1))  # the cricoid
    # the bronchial tree
    twigs: list = []
    for s, d, length, r in ((-1, (-0.6, -0.8, 0.0), 0.13, 0.03), (1, (0.78, -0.62, 0.0), 0.16,
                                                                    0.027)):  # fmt: skip
        a = carina + v3(s * 0.01, 0, 0)
        b = a + np.asarray(d) * length
        parts.append(_ringed(a, b, r, 0.028, 1))
        parts.append(sphere(r * 1.1, at(*b), 1))
        for t in (-1, 1):  # the lobar bronchi and their trees
            turn = t * 26 + (14 if s < 0 else -14)
            nd = _turn(unit(d), turn, 0.0)
            _bronchi(b, nd, 0.1, r * 0.78, 4, rng, twigs)
    parts.append(sphere(0.034, at(*carina), 1))
    parts.append(_rods(twigs, 1))
    return parts


# ---- 1318 a tunnel passage -------------------------------------------------------------------


def _arch_outline(hw: float, spring: float, n: int = 14, y0: float = -0.02) -> np.ndarray:
    """A round-arched opening hw wide each side of x = 0: straight jambs from y0 up to
    ``spring``, a half circle over them; clockwise (a hole)."""
    t = np.linspace(np.pi, 0.0, n)
    top = np.stack([hw * np.cos(t), spring + hw * np.sin(t)], 1)
    return np.concatenate([[[-hw, y0]], top, [[hw, y0]]])


def _torch(x: float, y: float, lean: float) -> list[Part]:
    """A burning torch in an iron wall bracket at (x, y) on a face at z = 0: a wall plate, an arm
    out to a ring holding the wooden torch, its pitch-soaked head and a flame."""
    parts = [box(0.04, 0.09, 0.012, at(x, y - 0.045, 0.006), "steel")]
    parts.append(stick((x, y, 0.01), (x, y, 0.07), 0.007, "steel"))
    parts.append(stick((x, y - 0.04, 0.01), (x, y, 0.06), 0.005, "steel"))
    parts.append(torus(0.018, 0.005, at(x, y, 0.075), "steel"))
    d = unit([lean, 1.0, 0.12])
    base = np.array([x, y, 0.075]) - d * 0.07
    head = base + d * 0.19
    parts.append(stick(base, head, 0.011, "cork"))
    parts.append(cylinder(0.02, 0.018, 0.045, at(*head) @ align(d) @ at(0, -0.03, 0),
                          "cloth-dark"))  # fmt: skip
    parts += scaled(flame(v3(0, 0, 0), 0.13), at(*(head + d * 0.01)) @ scl(0.55, 1.0, 0.55))
    return parts


def _arch_stones(hw: float, spring: float) -> list[Part]:
    """The dressed stones round a round-arched opening hw wide each side, springing at
    ``spring``, standing proud of a face at z = 0: a ring of wedge-shaped voussoirs with a
    bigger jutting keystone, quoins alternately long and short down the jambs."""
    parts, n = [], 11
    for k in range(n):
        a0, a1 = np.pi * k / n + 0.012, np.pi * (k + 1) / n - 0.012
        ro = 0.3 if k == n // 2 else 0.285
        pts = [(hw * np.cos(a0), spring + hw * np.sin(a0)),
               (ro * np.cos(a0), spring + ro * np.sin(a0)),
               (ro * np.cos(a1), spring + ro * np.sin(a1)),
               (hw * np.cos(a1), spring + hw * np.sin(a1))]  # fmt: skip
        deep_k = 0.09 if k == n // 2 else 0.065
        parts.append(slab(sharp(ccw(np.array(pts))), deep_k, at(0, 0, deep_k / 2 - 0.015), 0))
    quoins = []
    for j in range(4):
        wq = 0.11 if j % 2 == 0 else 0.075
        for s in (-1, 1):
            quoins.append((wq, 0.062, 0.05, at(s * (hw + wq / 2 + 0.003), 0.12 + 0.056 * j, 0.01)))
    return [*parts, _boxes(quoins, 0)]


def _tunnel_mouth(rng: Rng) -> list[Part]:
    """A stone-lined tunnel passage: a round-arched mouth in a rough rock face, ringed with
    dressed voussoirs under a jutting keystone and quoins down its jambs, a few stone steps
    sunk in the raised landing before it going down into the passage, which runs back into
    darkness, a burning torch in an iron bracket each side of the entrance."""
    hw, spring, deep = 0.19, 0.34, 0.6
    jag = [(-0.58, 0.0), (0.58, 0.0), (0.58, 0.42), (0.5, 0.52), (0.42, 0.6), (0.3, 0.66),
           (0.2, 0.74), (0.05, 0.79), (-0.08, 0.77), (-0.2, 0.8), (-0.32, 0.7), (-0.45, 0.62),
           (-0.58, 0.5)]  # fmt: skip
    face = np.array([(x, y + (float(rng.uniform(-0.025, 0.025)) if y > 0 else 0.0))
                     for x, y in jag])  # fmt: skip
    hole = _arch_outline(hw, spring)
    parts = [flat_solid(lambda k: [ccw(face), hole], 0.16, at(0, 0, -0.16), 1, "body")]
    back = np.array([(x * 0.95, y * 0.82) for x, y in face])
    parts.append(flat_solid(lambda k: [ccw(back), hole], deep - 0.16, at(0, 0, -deep), 1))
    for c, s in (((-0.45, 0.62, 0.0), (0.1, 0.09, 0.07)), ((0.42, 0.58, -0.02), (0.12, 0.08, 0.08)),
                 ((-0.15, 0.78, -0.05), (0.13, 0.06, 0.1)), ((0.2, 0.72, -0.04), (0.1, 0.07, 0.08)),
                 ((-0.5, 0.25, 0.01), (0.08, 0.12, 0.06)), ((0.5, 0.2, 0.0), (0.09, 0.11, 0.06)),
                 ((0.35, 0.45, 0.0), (0.07, 0.06, 0.04)), ((-0.36, 0.44, 0.0), (0.06, 0.07, 0.04)),
                 ((0.02, 0.7, 0.0), (0.09, 0.05, 0.05))):  # fmt: skip
        parts.append(_rock(c, s, rng, 1))
    parts += _arch_stones(hw, spring)
    # the lining inside: lit stone at the mouth, darkness beyond
    lining = _arch_outline(hw - 0.015, spring, y0=0.0)
    ring = [ccw(_arch_outline(hw + 0.005, spring, y0=0.0)[::-1]), lining]
    parts.append(flat_solid(lambda k: ring, 0.14, at(0, 0, -0.14), 0))
    parts.append(flat_solid(lambda k: ring, deep - 0.16, at(0, 0, -deep + 0.02), "marking"))
    parts.append(box(2 * hw, spring + hw, 0.02, at(0, 0, -deep + 0.01), "marking"))
    parts.append(box(2 * hw, 0.005, deep - 0.02, at(0, 0, -deep / 2 - 0.01), "marking"))
    steps = [(2 * hw, 0.096 - 0.024 * k, 0.08, at(0, 0, 0.26 - 0.08 * k)) for k in range(4)]
    for sx in (-1, 1):  # the landing each side of the stairwell
        steps.append((0.58 - hw, 0.12, 0.36, at(sx * (0.58 + hw) / 2, 0, 0.18)))
    parts.append(_boxes(steps, 0))
    for s in (-1, 1):
        parts += _torch(s * 0.37, 0.4, s * 0.12)
    return parts


# ---- 1319 a railway track --------------------------------------------------------------------


def _track_path(s: np.ndarray, straight: float, radius: float):
    """Points and headings (x, z) along the track at arc lengths s: a straight run along +x from
    (0, 0), then a curve bending away from the viewer (toward -z)."""
    q = np.clip(s - straight, 0.0, None) / radius
    x = np.where(s <= straight, s, straight + radius * np.sin(q))
    z = np.where(s <= straight, 0.0, radius * (np.cos(q) - 1.0))
    hx = np.where(s <= straight, 1.0, np.cos(q))
    hz = np.where(s <= straight, 0.0, -np.sin(q))
    return np.stack([x, z], 1), np.stack([hx, hz], 1)


def _along(pos, head, off: float, y: float, shape, wide: float, tall: float, slot, tag=""):
    """A loft along the track, ``off`` to the side of its middle line at height y: ``shape``
    (x across, y up) scaled by wide and tall."""
    side = np.stack([-head[:, 1], np.zeros(len(head)), head[:, 0]], 1)
    c = np.stack([pos[:, 0], np.full(len(pos), y), pos[:, 1]], 1) + side * off
    u = side * wide
    v = np.tile([0.0, tall, 0.0], (len(pos), 1))
    return loft(c, u, v, shape, slot, tag)


def _buffer_stop(bm: np.ndarray, g: float) -> list[Part]:
    """A buffer stop across the end of a track of gauge g under bm, facing +x: a red buffer beam
    with white warning stripes and two round buffers, on a frame of old rails braced back."""
    parts = [box(0.05, 0.065, 0.34, bm @ at(0, 0.1, 0), "card-red")]  # the buffer beam
    for z in (-0.09, 0.0, 0.09):  # its warning stripes
        stripe = bm @ at(0.026, 0.1325, z) @ rot("x", 40) @ at(0, -0.04, 0)
        parts.append(box(0.004, 0.08, 0.025, stripe, "snow"))
    for z in (-0.105, 0.105):  # the buffers
        parts.append(cylinder(0.018, 0.018, 0.05, bm @ at(0.025, 0.1325, z) @ ALONG_X, "steel"))
        parts.append(cylinder(0.034, 0.034, 0.012, bm @ at(0.075, 0.1325, z) @ ALONG_X, "steel"))
    frame = []
    for off in (-g / 2, g / 2):  # its frame of old rails
        for a, b in (((0.0, 0.07), (0.0, 0.1)), ((-0.01, 0.16), (-0.17, 0.07))):
            frame.append(_beam(pt(bm, a[0], a[1], off), pt(bm, b[0], b[1], off), 0.024, 0.02))
    return [*parts, _boxes(frame, 1)]


def _railway_track(rng: Rng) -> list[Part]:
    """A length of railway track, straight and then curving away: two steel rails of I-section
    on evenly spaced wooden sleepers, each held down by spikes, over a raised bed of grey
    gravel ballast, a buffer stop closing the straight end: a red buffer beam with two round
    buffers, braced back by struts."""
    straight, radius, sweep = 0.36, 0.46, np.radians(80)
    total = straight + radius * sweep
    g, sl = 0.15, 0.28  # the gauge, the sleepers' length
    s = np.linspace(-0.1, total, 48)
    pos, head = _track_path(np.clip(s, 0.0, None), straight, radius)
    pos[s < 0, 0] = s[s < 0]
    m = at(-0.36, 0, 0.2)
    bed = np.array([[1.0, 0.0], [0.78, 1.0], [-0.78, 1.0], [-1.0, 0.0]])
    parts = [_along(pos, head, 0.0, 0.0, bed, 0.23, 0.045, "stones", "body").moved(m)]
    rail = np.array([[0.5, 0.0], [0.5, 0.14], [0.14, 0.22], [0.14, 0.72], [0.35, 0.78],
                     [0.35, 1.0], [-0.35, 1.0], [-0.35, 0.78], [-0.14, 0.72], [-0.14, 0.22],
                     [-0.5, 0.14], [-0.5, 0.0]])  # fmt: skip
    for off in (-g / 2, g / 2):
        parts.append(_along(pos, head, off, 0.068, rail, 0.026, 0.032, "steel").moved(m))
    ns = int(total / 0.068)
    spikes, normals, sleepers = [], [], []
    for k in range(ns + 1):  # the sleepers and their spikes
        sk = 0.03 + (total - 0.06) * k / ns
        p, h = _track_path(np.array([sk]), straight, radius)
        yaw = np.degrees(np.arctan2(-h[0, 1], h[0, 0]))
        jit = float(rng.uniform(-2.0, 2.0))
        sm = m @ at(p[0, 0], 0.036, p[0, 1]) @ rot("y", yaw + jit)
        sleepers.append((0.042, 0.032, sl, sm))
        for off in (-g / 2, g / 2):
            for d in (-0.018, 0.018):
                spikes.append(pt(sm, 0.0 + d * 0.3, 0.072, off + d))
                normals.append((0.0, 1.0, 0.0))
    parts.append(_boxes(sleepers, 0))
    parts.append(studs(spikes, normals, 0.006, 0.012, "steel", 5))
    stones = []  # loose ballast on the bed's top
    for _ in range(140):
        sk = float(rng.uniform(0.0, total))
        p, h = _track_path(np.array([sk]), straight, radius)
        across = float(rng.uniform(-0.2, 0.2))
        c = pt(m, p[0, 0] - h[0, 1] * across, 0.044, p[0, 1] + h[0, 0] * across)
        stones.append(c)
    parts.append(studs(stones, [(0.0, 1.0, 0.0)] * len(stones), 0.011, 0.02, "stones", 5))
    parts += _buffer_stop(m @ at(-0.04, 0, 0), g)
    return parts


# ---- 1320 a catheter -------------------------------------------------------------------------


def _kidney(n: int) -> np.ndarray:
    """A kidney dish's bean outline, 1 long each side of x = 0, hollowed on its +z side: (n, 2)
    points (x, z)."""
    t = np.arange(n) * (2 * np.pi / n)
    x = np.cos(t)
    z = 0.5 * np.sin(t) - 0.3 * np.exp(-((np.cos(t) / 0.55) ** 2)) * (1 + np.sin(t)) / 2
    return np.stack([x, z + 0.06], 1)


def _kidney_dish(length: float) -> Part:
    """A steel kidney dish ``length`` long: a shallow bean-shaped bowl with a flat floor, flared
    walls and a rolled rim."""
    prof = [(0.02, 0.0), (0.7, 0.0), (0.8, 0.006), (0.9, 0.03), (0.97, 0.055), (1.02, 0.065),
            (1.05, 0.07), (1.04, 0.076), (1.0, 0.074), (0.94, 0.06), (0.86, 0.034),
            (0.77, 0.012), (0.7, 0.008), (0.02, 0.008)]  # fmt: skip
    ring = _kidney(40) * (length / 2)
    grid = np.array([[(x * r, y, z * r) for x, z in ring] for r, y in prof])
    return grid_skin(grid, "steel")


def _y_connector(e, h, rt: float) -> list[Part]:
    """A catheter's Y-shaped connector lying on the table from the tube's end e along h (rt the
    tube's radius): a stem forking into a wide drainage funnel and a narrower arm ending in a
    valved port."""
    e, h = np.asarray(e, float), unit(h)
    side = np.array([-h[2], 0.0, h[0]])
    stem = e + h * 0.06 + v3(0, 0.8 * rt, 0)
    arm1, arm2 = unit(h + side * 0.15), unit(h - side * 0.8)
    f0 = stem + arm1 * 0.055 + v3(0, 0.7 * rt, 0)
    p1 = stem + arm2 * 0.06 - v3(0, 0.2 * rt, 0)
    parts = [tube([e, stem], [rt * 1.2, rt * 1.6], None, 1)]
    parts.append(tube([stem, f0], [rt * 1.6, rt * 1.5], None, 1))
    funnel = [(0.0, 0.0), (rt * 1.5, 0.0), (rt * 1.6, 0.03), (rt * 2.5, 0.075), (rt * 2.3, 0.078),
              (rt * 1.4, 0.04), (0.0, 0.04)]  # fmt: skip
    fm = at(*f0) @ align(arm1)
    parts.append(lathe(funnel, fm, 1))
    parts.append(cylinder(rt * 2.2, rt * 2.2, 0.002, fm @ at(0, 0.072, 0), "marking"))
    parts.append(tube([stem, p1], rt * 0.95, None, 1))
    vm = at(*p1) @ align(arm2)
    parts.append(cylinder(rt * 1.5, rt * 1.5, 0.035, vm, 1))  # the valve
    parts.append(cylinder(rt * 1.3, rt * 1.3, 0.014, vm @ at(0, 0.035, 0), "plume"))
    return parts


def _catheter(rng: Rng) -> list[Part]:
    """A medical catheter lying on a steel kidney dish: a long thin flexible see-through tube
    coiled loosely round the dish, its end with an inflated balloon and a rounded tip with a
    drainage eye in the middle of the coil, the other end trailing over the rim into a loose
    loop on the table and a Y-shaped connector, a funnel on one arm, a valved port on the
    other."""
    L, rt = 0.62, 0.013
    ring = _kidney(64) * (L / 2)
    lead = []
    for t in np.linspace(0.0, 1.7, 34):  # turns of the coil, from its outer end inward
        i = round(t * 64) % 64
        s = 0.8 - 0.3 * t / 1.7
        lead.append((ring[i, 0] * s, 0.008 + rt + 0.002 * np.sin(9 * t), ring[i, 1] * s))
    x0, z0 = ring[0, 0], ring[0, 1]  # over the rim, round on the table to the connector
    ly = rt + 0.003
    out = [(x0 * 1.08, 0.082, z0 - 0.01), (x0 * 1.22, 0.06, z0 - 0.02), (x0 * 1.36, ly, z0),
           (0.46, ly, 0.16), (0.38, ly, 0.3), (0.2, ly, 0.36), (0.0, ly, 0.34),
           (-0.16, ly, 0.31)]  # fmt: skip
    sway = float(rng.uniform(-0.02, 0.02))
    out = [(x, y, z + sway * (k > 3)) for k, (x, y, z) in enumerate(out)]
    path = out[::-1] + lead
    parts = [tube(path, rt, None, 0, "body")]
    parts.append(_kidney_dish(L))
    # the tip: a balloon, a rounded end with its eye
    a, b = np.array(lead[-2]), np.array(lead[-1])
    d = unit(b - a)
    tip = b + d * 0.075
    parts.append(tube([b, b + d * 0.035, tip], rt, None, 0))
    balloon = at(*(b + d * 0.03 + v3(0, 0.004, 0))) @ align(d) @ scl(0.025, 0.038, 0.025)
    parts.append(sphere(1.0, balloon, 0))
    parts.append(sphere(rt * 1.02, at(*tip), 0))
    parts.append(sphere(1.0, at(*(tip - d * 0.014)) @ align(d) @ scl(0.006, 0.009, 0.012),
                        "marking"))  # fmt: skip
    e, f = np.array(out[-1]), np.array(out[-2])
    parts += _y_connector(e, (e - f) * [1, 0, 1], rt)
    return parts


MORE_APPLIANCES_ZZZZN = {
    1313: _corral, 1314: _rain_gutter, 1315: _pipe_manifold, 1316: _gable_end, 1317: _airway,
    1318: _tunnel_mouth, 1319: _railway_track, 1320: _catheter,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
