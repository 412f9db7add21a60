"""More of the device family's appliances, from 1273: a boxcar, a tram, a tea trolley, a buggy,
a sulky, an oxcart, a troika and a jet airliner.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, Sweep, at, mesh_part, rot, scl, v3
from ._kit import (
    ALONG_X,
    FLAT_UP,
    band,
    bead,
    blocks,
    castor,
    cloth_sheet,
    coil_spring,
    ellipse,
    flat_solid,
    flower,
    hoop,
    lines,
    loft,
    number,
    pt,
    rope,
    rrect,
    skin_strip,
    studs,
    swept,
    unit,
)
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import Field, ellipsoid, mesh_field
from ._shapes import leaf, sharp

__all__ = ["MORE_APPLIANCES_ZZZZI"]

Rng = np.random.Generator

_SQUARE = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])
"""A square rod's cross-section."""
_DIAMOND, _HEX, _OCT = (ellipse(1.0, 1.0, n) for n in (4, 6, 8))
"""Cheap cross-sections for thin tubes: four, six and eight sides."""
_LEAF = sharp(leaf(0.5)(10))
"""A small painted leaf's outline in few points."""
_ACROSS = rot("x", 90)
"""Turns a part built along +y (a cylinder, a lathe, a torus's axis) to run along +z."""
_SIDEWAYS = rot("y", 90)
"""Lays an outline drawn in xy across the z axis (its x along -z), extruded along x."""


# Shared pieces: rods, wheels, track


def _rods(pairs, w: float, slot=0, tag: str = "") -> Part:
    """Many thin square rods in one part (spokes, rungs, ribs, slats): a prism w thick from a to
    b for each pair (a, b) of points, a sweep through each in turn."""
    p = np.asarray(pairs, float).reshape(-1, 2, 3)
    a, b = p[:, 0], p[:, 1]
    t = (b - a) / np.linalg.norm(b - a, axis=1, keepdims=True)
    ref = np.where(np.abs(t[:, 1:2]) < 0.9, [[0.0, 1.0, 0.0]], [[1.0, 0.0, 0.0]])
    u = np.cross(t, ref)
    u /= np.linalg.norm(u, axis=1, keepdims=True)
    v = np.cross(t, u)
    centres = np.stack([a, a, b, b], 1).reshape(-1, 3)
    uu, vv = np.repeat(u * w / 2, 4, axis=0), np.repeat(v * w / 2, 4, axis=0)
    sweep = Sweep(centres, uu, vv, np.tile([0.0, 1.0, 1.0, 0.0], len(p)), _SQUARE)
    return swept(lambda k: sweep, slot, tag)


def _wheel(c, r: float, spokes: int, slot, tyre="marking", t: float = 0.0, spoke: float = 0.0,
           phase: float = 0.0) -> list[Part]:  # fmt: skip
    """A spoked wheel at c turning about z: a thin tyre round a felloe, ``spokes`` spokes from a
    turned hub (t: the tyre's half thickness, spoke: the spokes' thickness)."""
    t = t or r * 0.045
    spoke = spoke or r * 0.05
    m = at(*c) @ _ACROSS
    parts = [hoop(r - t, t, m, tyre, 36, 6)]
    parts.append(hoop(r - 2.8 * t, 1.3 * t, m @ scl(1.0, 1.4, 1.0), slot, 36, 6))
    hub = max(r * 0.12, 2 * spoke)
    prof = [(0.0, -1.5), (0.55, -1.5), (0.8, -1.1), (1.0, -0.4), (1.0, 0.4), (0.8, 1.1),
            (0.55, 1.5), (0.0, 1.5)]  # fmt: skip
    parts.append(lathe([(x * hub, y * hub) for x, y in prof], m, slot, sides=10))
    a = phase + np.arange(spokes) * (2 * np.pi / spokes)
    d = np.stack([np.cos(a), np.sin(a), 0 * a], 1)
    cc = np.asarray(c, float)
    pairs = np.stack([cc + d * hub * 0.8, cc + d * (r - 3.5 * t)], 1)
    parts.append(_rods(pairs, spoke, slot))
    return parts


def _cushion(w: float, h: float, d: float, m: np.ndarray, slot, tag: str = "") -> Part:
    """A padded cushion w (x) by d (z), h thick, standing on m's origin: a rounded oblong
    swelling a little at its middle."""
    centres = [(0.0, y * h, 0.0) for y in (0.0, 0.3, 0.7, 1.0)]
    f = (0.9, 1.0, 1.0, 0.9)  # swelling at the middle
    shape = rrect(w, d, min(w, d) * 0.25, 3)
    u, v = [(k, 0.0, 0.0) for k in f], [(0.0, 0.0, k) for k in f]
    return loft(centres, u, v, shape, slot, tag).moved(m)


def _track(x0: float, x1: float, gauge: float, rail: float, pitch: float) -> list[Part]:
    """A straight length of railway track along x from x0 to x1: two steel rails ``rail`` high on
    wooden sleepers, on a low bed of ballast."""
    length = x1 - x0
    mid = (x0 + x1) / 2
    sw = gauge + 1.1
    bed = [(-sw / 2 - 0.5, 0.0), (sw / 2 + 0.5, 0.0), (sw / 2 + 0.1, 0.12), (-sw / 2 - 0.1, 0.12)]
    parts = [slab(sharp(bed), length + 0.4, at(mid, 0, 0) @ _SIDEWAYS, "stones")]
    xs = np.arange(x0 + pitch / 2, x1, pitch)
    feet = [(x, 0.0, 0.0) for x in xs]
    parts.append(blocks(feet, (pitch * 0.4, 0.17, sw), None, "pencil-wood"))
    for s in (-1, 1):
        z = s * gauge / 2
        parts.append(box(length, rail * 0.25, 0.15, at(mid, 0.17, z), "steel"))  # the foot
        parts.append(box(length, rail * 0.6, 0.035, at(mid, 0.17, z), "steel"))  # the web
        parts.append(box(length, rail * 0.3, 0.075, at(mid, 0.17 + rail * 0.7, z), "steel"))
    return parts


def _truck(x: float, y: float, r: float, base: float, gauge: float, slot=1) -> list[Part]:
    """A railway bogie at x on rails whose tops are at y: two axles ``base`` apart, each with a
    pair of flanged wheels of radius r, in side frames with spring nests, a bolster across."""
    ya = y + r
    parts = []
    for dx in (-base / 2, base / 2):
        for s in (-1, 1):
            z = s * gauge / 2
            wm = at(x + dx, ya, z - s * 0.06) @ _ACROSS
            parts.append(cylinder(r, r, 0.12, wm @ at(0, -0.06, 0), slot))  # the tread
            parts.append(cylinder(r * 1.1, r * 1.1, 0.03, wm @ at(0, -0.06 - s * 0.06, 0), slot))
            parts.append(cylinder(r * 0.3, r * 0.3, 0.14, wm @ at(0, -0.07, 0), "marking"))
        parts.append(cylinder(0.08, 0.08, gauge + 0.5, at(x + dx, ya, -gauge / 2 - 0.25)
                              @ _ACROSS, slot))  # the axle # fmt: skip
    zf = gauge / 2 + 0.22
    for s in (-1, 1):  # the side frames
        frame = [(-base / 2 - 0.35, 0.1), (base / 2 + 0.35, 0.1), (base / 2 + 0.25, -0.15),
                 (0.45, -0.35), (-0.45, -0.35), (-base / 2 - 0.25, -0.15)]  # fmt: skip
        parts.append(slab(sharp(frame), 0.14, at(x, ya, s * zf), slot))
        parts.append(box(base + 0.9, 0.14, 0.16, at(x, ya + 0.05, s * zf), slot))
        for dx in (-base / 2, base / 2):  # the journal boxes
            parts.append(box(0.36, 0.3, 0.22, at(x + dx, ya - 0.15, s * (zf + 0.03)), slot))
        for dx in (-0.22, 0.0, 0.22):  # the spring nest
            a, b = (x + dx, ya - 0.32, s * zf), (x + dx, ya + 0.05, s * zf)
            parts.append(coil_spring(a, b, 0.08, 3, "marking"))
    parts.append(box(0.5, 0.25, gauge + 0.5, at(x, ya + 0.05, 0), slot))  # the bolster
    return parts


# 1273 boxcar


def _ladder(m: np.ndarray, y0: float, y1: float, out: float, rungs: int) -> Part:
    """A steel ladder on a wall under ``m`` (the wall's face z = 0, the ladder standing ``out``
    off it toward +z): two stiles on brackets at top and foot and ``rungs`` rungs."""
    pairs = []
    for dx in (-0.24, 0.24):
        pairs.append(((dx, y0, out), (dx, y1, out)))
        for y in (y0 + 0.05, y1 - 0.05):
            pairs.append(((dx, y, 0.0), (dx, y, out)))
    for k in range(rungs):
        y = y0 + 0.2 + (y1 - y0 - 0.35) * k / (rungs - 1)
        pairs.append(((-0.26, y, out), (0.26, y, out)))
    return _rods([[pt(m, *a), pt(m, *b)] for a, b in pairs], 0.05, "steel")


def _boxcar(rng: Rng) -> list[Part]:
    """A railway boxcar on a short length of track: a long windowless box car with a low arched
    roof, its sides ribbed with upright posts, its ends with level corrugations; a big sliding
    door in the middle of each side, hung from a rail running along above it and slid part open
    on a dark doorway; a ladder up the corner, a plank walkway along the roof, a brake wheel on
    the end; the body on a steel underframe and two four-wheeled bogies over the rails;
    couplers at the ends and white lettering on the side."""
    L, W, y0, h = 15.0, 3.2, 1.5, 3.1
    top = y0 + h
    parts = [box(L, h, W, at(0, y0, 0), 0, "body")]
    parts.append(box(L + 0.1, 0.3, W + 0.1, at(0, y0 - 0.3, 0), 1))  # the side sills
    parts.append(box(L - 2.0, 0.45, 0.5, at(0, y0 - 0.75, 0), 1))  # the centre sill
    t = np.linspace(0.0, np.pi, 13)
    arch = np.concatenate([[[W / 2 + 0.08, 0.0]], np.stack([(W / 2 + 0.08) * np.cos(t),
                           0.08 + 0.3 * np.sin(t)], 1), [[-W / 2 - 0.08, 0.0]]])  # fmt: skip
    parts.append(slab(sharp(arch), L + 0.16, at(0, top, 0) @ _SIDEWAYS, 0))  # the roof
    parts.append(box(L + 0.12, 0.12, W + 0.1, at(0, top - 0.06, 0), 1))  # the eaves
    ribs = []
    xs = [x for x in np.linspace(-L / 2 + 0.15, L / 2 - 0.15, 17) if abs(x) > 2.0]
    for s in (-1, 1):  # the posts up the sides, the corrugations across the ends
        for x in xs:
            ribs.append(((x, y0 + 0.02, s * (W / 2 + 0.02)), (x, top - 0.08, s * (W / 2 + 0.02))))
        for y in np.linspace(y0 + 0.35, top - 0.35, 6):
            ribs.append(((s * (L / 2 + 0.03), y, -W / 2 + 0.1), (s * (L / 2 + 0.03), y,
                                                                  W / 2 - 0.1)))  # fmt: skip
    parts.append(_rods(ribs, 0.12, 0))
    opened = float(rng.uniform(0.8, 1.4))
    for s in (-1, 1):  # the sliding doors, slid toward -x on their rails
        zs = s * (W / 2 + 0.12)
        parts.append(box(3.0, h - 0.1, 0.04, at(0, y0 + 0.02, s * (W / 2 + 0.01)), "marking"))
        door = at(-opened, y0 - 0.04, zs)
        parts.append(box(3.0, h - 0.02, 0.1, door, 0))
        parts.append(_rods([((-opened + dx, y0, zs + s * 0.06), (-opened + dx, top - 0.1,
                                                                  zs + s * 0.06))
                            for dx in (-1.45, -0.75, 0.0, 0.75, 1.45)], 0.1, 1))  # fmt: skip
        for y in (y0 + 0.9, y0 + 2.1):  # its stiffeners
            parts.append(box(3.0, 0.1, 0.05, door @ at(0, y - y0, s * 0.07), 1))
        parts.append(stick((-opened + 1.3, y0 + 1.0, zs + s * 0.13), (-opened + 1.3, y0 + 2.0,
                                                                     zs + s * 0.13), 0.03,
                           "steel"))  # the handle # fmt: skip
        rail_z = s * (W / 2 + 0.2)
        parts.append(box(6.6, 0.14, 0.1, at(-1.5, top - 0.1, rail_z), 1))  # the door rail
        parts.append(box(6.6, 0.1, 0.08, at(-1.5, y0 - 0.14, rail_z), 1))  # the guide
    parts.append(_ladder(at(L / 2 - 0.45, 0, W / 2), y0 - 0.4, top, 0.14, 8))  # at the corner
    parts.append(_ladder(at(L / 2, 0, W / 2 - 0.5) @ rot("y", 90), y0 - 0.4, top, 0.14, 8))
    walk = top + 0.42  # the roof walkway on its saddles
    parts.append(box(L - 0.2, 0.06, 0.6, at(0, walk, 0), 1))
    saddles = [(x, top + 0.2, 0.0) for x in np.linspace(-L / 2 + 0.3, L / 2 - 0.3, 11)]
    parts.append(blocks(saddles, (0.12, 0.24, 0.45), None, 1))
    for x in (-L / 2 + 0.45, L / 2 - 0.45):  # the cross walks at the ends
        parts.append(box(0.6, 0.06, W - 0.2, at(x, walk - 0.1, 0), 1))
    bx, bz = L / 2 + 0.2, -W / 2 + 0.6  # the brake wheel on the end
    parts.append(stick((bx, y0 - 0.2, bz), (bx, top + 0.15, bz), 0.04, 1))
    wheel = at(bx + 0.1, top + 0.15, bz) @ rot("z", 90)
    parts.append(hoop(0.36, 0.04, wheel, 1, 24, 6))
    spokes = [((bx + 0.1, top + 0.15, bz - 0.34), (bx + 0.1, top + 0.15, bz + 0.34)),
              ((bx + 0.1, top - 0.19, bz), (bx + 0.1, top + 0.49, bz))]  # fmt: skip
    parts.append(_rods(spokes, 0.05, 1))
    for s in (-1, 1):  # the couplers
        parts.append(box(0.9, 0.22, 0.22, at(s * (L / 2 + 0.4), y0 - 0.45, 0), 1))
        parts.append(box(0.3, 0.4, 0.45, at(s * (L / 2 + 0.85), y0 - 0.55, 0), 1))
    for dx in (-5.3, 5.3):
        parts += _truck(dx, 0.35, 0.45, 1.75, 1.435)
    parts += _track(-8.8, 8.8, 1.435, 0.18, 0.62)
    side = at(0, 0, W / 2 + 0.02)  # the white lettering either side of the door
    rows = [(-6.6, -3.4, y0 + 2.3), (-6.6, -4.8, y0 + 1.85), (-6.3, -4.2, y0 + 0.55),
            (4.3, 6.3, y0 + 0.55), (4.3, 5.6, y0 + 0.3)]  # fmt: skip
    parts.append(lines(side, rows[:1], 0.32, 0.05, "snow"))
    parts.append(lines(side, rows[1:], 0.16, 0.05, "snow"))
    return parts


# 1274 tram


def _plan_point(L: float, W: float, r: float, ex: int, ang: float) -> tuple[float, ...]:
    """A point on the ``ex`` end (+1: +x) of a rounded rectangle L × W (plan, x along, z
    across) with corners of radius r, ``ang`` degrees round from straight ahead toward +z; and
    its outward normal: (x, z, nx, nz)."""
    a = np.radians(ang)
    nx, nz = ex * np.cos(a), np.sin(a)
    cx, cz = ex * (L / 2 - r), np.sign(nz) * (W / 2 - r)
    return cx + r * nx, cz + r * nz, nx, nz


def _tram_pillars(L: float, W: float, r: float, y0: float, y1: float) -> Part:
    """The window pillars round a tram's window band: evenly along the sides, a few round each
    rounded end framing its wide windscreen."""
    spots = [(x, s * W / 2, 0.0, s) for s in (-1, 1) for x in np.linspace(-L / 2 + r, L / 2 - r,
                                                                          11)]  # fmt: skip
    spots += [_plan_point(L, W, r, ex, a) for ex in (-1, 1) for a in (-62, -25, 0, 25, 62)]
    pairs = []
    for x, z, nx, nz in spots:
        pairs.append(((x + nx * 0.03, y0, z + nz * 0.03), (x + nx * 0.03, y1, z + nz * 0.03)))
    return _rods(pairs, 0.16, 0)


def _tram_roof(L: float, W: float, r: float, y: float, rise: float) -> Part:
    """A tram's roof: a low curved hood over the rounded-rectangle plan, its sides following the
    plan's rounded ends to a point at each end."""
    xs = np.concatenate([np.linspace(-L / 2, -L / 2 + r, 6), np.linspace(L / 2 - r, L / 2, 6)])
    centres, u, v = [], [], []
    for x in xs:
        e = max(abs(x) - (L / 2 - r), 0.0)
        half = W / 2 - r + np.sqrt(max(r * r - e * e, 0.0)) + 0.04
        centres.append((x, y, 0.0))
        u.append((0.0, 0.0, half))
        v.append((0.0, rise * min(1.0, half / (W / 2)) ** 0.5, 0.0))
    t = np.linspace(0.0, np.pi, 13)
    dome = np.concatenate([np.stack([np.cos(t), np.sin(t) ** 0.6], 1), [[-1.0, -0.1], [1.0, -0.1]]])
    return loft(centres, u, v, dome[::-1], 1)


def _tram(rng: Rng) -> list[Part]:
    """A tram on a street: a long single-deck streetcar with rounded ends, a deep panelled body
    with a coloured stripe, a band of many windows all round between slim pillars (wide ones
    across the ends), a letterboard above them and a curved roof; a lit destination sign and a
    route number over the windscreen, a headlamp and a bumper at each end, folding doors in the
    side; a trolley pole rising from the roof back to an overhead wire hung from a street pole;
    two bogies over rails set flush in a strip of grey road between kerbs."""
    L, W, r = 14.0, 2.6, 1.15
    plan = rrect(L, W, r, 7)
    yb, yw, yl, yr = 0.5, 1.55, 2.5, 2.8  # the skirt, window sill, letterboard, roof
    parts = [slab(sharp(plan), yw - yb, at(0, (yb + yw) / 2, 0) @ FLAT_UP, 0, "body")]
    inner = rrect(L - 0.08, W - 0.08, r - 0.04, 7)
    parts.append(slab(sharp(inner), yl - yw, at(0, (yw + yl) / 2, 0) @ FLAT_UP, "window"))
    parts.append(slab(sharp(plan), yr - yl, at(0, (yl + yr) / 2, 0) @ FLAT_UP, 0))
    stripe = rrect(L + 0.04, W + 0.04, r + 0.02, 7)
    parts.append(slab(sharp(stripe), 0.16, at(0, yw - 0.3, 0) @ FLAT_UP, 1))
    bumper = rrect(L + 0.1, W + 0.06, r + 0.03, 7)
    parts.append(slab(sharp(bumper), 0.14, at(0, yb + 0.07, 0) @ FLAT_UP, "marking"))
    parts.append(_tram_pillars(L, W, r, yw, yl))
    parts.append(_tram_roof(L, W, r, yr, 0.35))
    for ex in (-1, 1):  # the destination sign, route number, headlamp at each end
        spots = [_plan_point(L, W, r, ex, a) for a in np.linspace(-32, 32, 9)]
        pts = [(x + nx * 0.02, yl + 0.15, z + nz * 0.02) for x, z, nx, nz in spots]
        nrm = [(nx, 0.0, nz) for _, _, nx, nz in spots]
        parts.append(skin_strip(pts, nrm, 0.24, 0.03, "glow"))
        for k0, k1 in ((2, 4), (4, 6)):  # its words
            parts.append(skin_strip(pts[k0 : k1 + 1], nrm[k0 : k1 + 1], 0.08, 0.045, "marking"))
        nose = ex * (L / 2 + 0.01)
        parts.append(cylinder(0.14, 0.16, 0.08, at(nose, 1.0, 0) @ rot("z", -90 * ex), "glow"))
        parts.append(cylinder(0.19, 0.19, 0.05, at(nose, 1.0, 0) @ rot("z", -90 * ex), 1))
    roofnum = at(L / 2 - 0.75, yr + 0.1, 0) @ rot("y", 90)
    parts.append(box(0.7, 0.34, 0.1, roofnum, "snow"))
    parts += number(int(rng.integers(2, 40)), roofnum @ at(0, 0.06, 0.055), 0.12, 0.22, "marking")
    for dx in (3.9, -1.2):  # the folding doors
        zd = W / 2 + 0.02
        for k in (-1, 1):
            leaf_m = at(dx + k * 0.33, yb + 0.1, zd)
            parts.append(box(0.62, yl - yb - 0.12, 0.05, leaf_m, 1))
            parts.append(box(0.44, 0.95, 0.06, leaf_m @ at(0, 0.95, 0), "window"))
            parts.append(box(0.44, 0.4, 0.06, leaf_m @ at(0, 0.3, 0), "window"))
    base = at(-1.2, yr + 0.35, 0)  # the trolley pole, its base on the roof, up to the wire
    parts.append(box(1.2, 0.12, 0.8, base, 1))
    parts.append(box(0.4, 0.3, 0.4, base @ at(0.2, 0.1, 0), 1))
    parts.append(coil_spring((-0.6, yr + 0.58, 0.0), (0.4, yr + 0.5, 0.0), 0.09, 6, "marking"))
    wire = 5.7
    tip = np.array([-5.0, wire - 0.08, 0.0])
    parts.append(tube([(-1.05, yr + 0.6, 0.0), tuple(tip)], [0.09, 0.055], None, 1))
    parts.append(hoop(0.1, 0.03, at(*tip) @ rot("x", 90), "steel", 12, 4))
    parts.append(stick((-8.2, wire, 0.0), (8.2, wire, 0.0), 0.04, "steel"))  # the wire
    for px in (-7.6, 6.8):  # the street poles and their arms
        pz = -3.2
        parts.append(cylinder(0.14, 0.1, wire + 0.7, at(px, 0, pz), 1))
        parts.append(stick((px, wire + 0.4, pz), (px, wire + 0.4, 0.6), 0.05, 1))
        parts.append(stick((px, wire + 0.4, 0.0), (px, wire, 0.0), 0.03, "steel"))
    for dx in (-4.3, 4.3):
        parts += _truck(dx, 0.1, 0.35, 1.8, 1.435)
    road = 16.5
    parts.append(box(road, 0.1, 6.0, at(0, 0, 0), "stones"))  # the road
    for s in (-1, 1):
        parts.append(box(road, 0.02, 0.1, at(0, 0.09, s * 1.435 / 2), "steel"))  # the rails
        parts.append(box(road, 0.025, 0.05, at(0, 0.09, s * (1.435 / 2 - 0.08)), "marking"))
        parts.append(box(road, 0.25, 0.3, at(0, 0.0, s * 3.15), "plaster"))  # the kerbs
        parts.append(box(road, 0.02, 0.14, at(0, 0.09, s * 2.5), "snow"))  # lane lines
    return parts


# 1275 tea trolley


def _teacup(m: np.ndarray, slot="snow") -> list[Part]:
    """A teacup of tea on its saucer at m: a flared cup with a loop handle, gold-rimmed."""
    parts = [lathe([(0.0, 0.0), (0.06, 0.0), (0.065, 0.006), (0.0, 0.008)], m, slot, sides=14)]
    cup = [(0.0, 0.008), (0.022, 0.008), (0.035, 0.02), (0.045, 0.05), (0.048, 0.062),
           (0.044, 0.062), (0.0, 0.03)]  # fmt: skip
    parts.append(lathe(cup, m, slot, sides=12))
    parts.append(lathe([(0.0, 0.05), (0.043, 0.05), (0.0, 0.054)], m, "cork", sides=14))  # tea
    parts.append(hoop(0.046, 0.0025, m @ at(0, 0.062, 0), "plume-tip", 16, 3))
    parts.append(hoop(0.015, 0.004, m @ at(0.05, 0.038, 0) @ rot("x", 90), slot, 10, 4))
    return parts


def _teapot(m: np.ndarray, slot="snow") -> list[Part]:
    """A round china teapot at m: a squat body, a domed lid with a knob, a curving spout to +x,
    a loop handle behind, gold bands."""
    body = [(0.0, 0.0), (0.06, 0.0), (0.09, 0.03), (0.1, 0.07), (0.085, 0.115), (0.05, 0.13),
            (0.0, 0.13)]  # fmt: skip
    parts = [lathe(body, m, slot, sides=16)]
    parts.append(lathe([(0.0, 0.125), (0.05, 0.125), (0.035, 0.15), (0.0, 0.155)], m, slot))
    parts.append(bead(0.014, m @ at(0, 0.165, 0), slot))
    parts.append(hoop(0.099, 0.003, m @ at(0, 0.07, 0), "plume-tip", 28, 3))
    parts.append(tube([(0.08, 0.04, 0.0), (0.13, 0.07, 0.0), (0.15, 0.12, 0.0), (0.175, 0.14, 0.0)],
                      [0.022, 0.015, 0.011, 0.009], m, slot, shape=_OCT))  # the spout # fmt: skip
    parts.append(tube([(-0.075, 0.1, 0.0), (-0.14, 0.11, 0.0), (-0.15, 0.06, 0.0),
                       (-0.09, 0.03, 0.0)], 0.01, m, slot, shape=_OCT))  # the handle # fmt: skip
    return parts


_CAKE = [(0.0, 0.0), (0.022, 0.0), (0.026, 0.021), (0.0, 0.022)]
"""A little cake's sponge in its paper case, for a lathe."""
_ICING = [(0.0, 0.02), (0.027, 0.02), (0.018, 0.033), (0.0, 0.037)]
"""Its iced top, for a lathe."""


def _cake_stand(m: np.ndarray, rng: Rng) -> list[Part]:
    """A three-tier cake stand at m: plates stepping smaller up a central rod with a ring on
    top, little iced cakes on every tier."""
    parts = [stick(tuple(m[:3, 3]), tuple((m @ at(0, 0.4, 0))[:3, 3]), 0.006, "plume-tip")]
    parts.append(hoop(0.025, 0.004, m @ at(0, 0.42, 0) @ rot("x", 90), "plume-tip", 12, 4))
    icing = ("eraser", "snow", "cloth-yellow", "eraser", "fruit-green")
    for k, (y, r) in enumerate(((0.02, 0.15), (0.16, 0.12), (0.29, 0.09))):
        pm = m @ at(0, y, 0)
        parts.append(lathe([(0.0, 0.0), (r * 0.6, 0.0), (r, 0.015), (r * 0.96, 0.018),
                            (0.0, 0.006)], pm, "snow", sides=14))  # fmt: skip
        n = 4 - k // 2
        turn = float(rng.uniform(0, 1))
        for i in range(n):
            a = 2 * np.pi * (i + turn) / n
            cm = pm @ at((r - 0.04) * np.cos(a), 0.006, (r - 0.04) * np.sin(a))
            parts.append(lathe(_CAKE, cm, "cork", sides=8))
            parts.append(lathe(_ICING, cm, icing[(i + k) % 5], sides=8))
            parts.append(bead(0.007, cm @ at(0, 0.036, 0), "fruit-red", 5))
    return parts


def _tea_trolley(rng: Rng) -> list[Part]:
    """A tea trolley: two wooden trays with raised gallery rims in a frame of four slender
    posts with ball finials, a push handle across one end, a castor under each post; on the top
    tray a round china teapot, cups of tea on saucers, a milk jug and a sugar bowl, on the tray
    below a three-tier cake stand of iced cakes."""
    L, D = 0.8, 0.46
    ys = (0.2, 0.68)
    parts = [box(L, 0.022, D, at(0, ys[1], 0), 0, "body")]
    for y in ys:
        if y != ys[1]:
            parts.append(box(L, 0.022, D, at(0, y, 0), 0))
        for s in (-1, 1):  # the gallery rims
            parts.append(box(L, 0.05, 0.014, at(0, y, s * (D / 2 - 0.007)), 0))
            parts.append(box(0.014, 0.05, D, at(s * (L / 2 - 0.007), y, 0), 0))
    for sx in (-1, 1):
        for sz in (-1, 1):
            x, z = sx * (L / 2 + 0.012), sz * (D / 2 + 0.012)
            top = 0.9 if sx < 0 else 0.76
            parts.append(cylinder(0.014, 0.014, top - 0.1, at(x, 0.1, z), 1))
            parts.append(bead(0.022, at(x, top, z), 1, 10))
            parts += castor(x, z, 0.04, float(rng.uniform(-30, 30)), 1)
    hx = -(L / 2 + 0.012)  # the push handle
    parts.append(stick((hx, 0.86, -D / 2 - 0.012), (hx, 0.86, D / 2 + 0.012), 0.012, 1))
    parts.append(cylinder(0.02, 0.02, D - 0.1, at(hx, 0.86, -D / 2 + 0.05) @ _ACROSS, 0))
    y = ys[1] + 0.022
    parts += _teapot(at(0.14, y, -0.04) @ rot("y", float(rng.uniform(-20, 20))))
    parts += _teacup(at(-0.18, y, 0.1) @ rot("y", 30))
    parts += _teacup(at(-0.24, y, -0.09) @ rot("y", 160))
    jug = [(0.0, 0.0), (0.03, 0.0), (0.036, 0.03), (0.03, 0.06), (0.034, 0.075), (0.0, 0.07)]
    parts.append(lathe(jug, at(0.0, y, 0.14), "snow", sides=14))
    parts.append(hoop(0.014, 0.004, at(-0.035, y + 0.045, 0.14) @ rot("x", 90), "snow", 10, 4))
    bowl = [(0.0, 0.0), (0.025, 0.0), (0.042, 0.03), (0.045, 0.045), (0.0, 0.04)]
    parts.append(lathe(bowl, at(0.28, y, 0.13), "snow", sides=14))
    parts.append(lathe([(0.0, 0.04), (0.04, 0.04), (0.0, 0.056)], at(0.28, y, 0.13), "sheet",
                       sides=12))  # the sugar # fmt: skip
    parts += _cake_stand(at(0.02, ys[0] + 0.022, 0.0), rng)
    return parts


# 1276 buggy


def _hood(pivot, w: float, H: float, a0: float, a1: float, bows: int) -> list[Part]:
    """A buggy's folding hood raised: a leather cover over ``bows`` U-shaped bows that fan from
    pivots either side of the seat (``pivot``: their middle, ``w``: half the width) from a0 to
    a1 degrees (front to back, from +x), H tall, sagging a little between the bows."""
    c = np.asarray(pivot, float)
    th = np.radians(np.linspace(a0, a1, 6 * (bows - 1) + 1))
    phi = np.linspace(0.0, np.pi, 17)
    cu, su = np.cos(phi), np.sin(phi)
    zz = w * np.sign(cu) * np.abs(cu) ** 0.5
    tt = H * np.abs(su) ** 0.4
    sag = 1.0 - 0.035 * np.sin(np.pi * np.arange(len(th)) / 6) ** 2
    grid = np.empty((len(th), len(phi), 3))
    for i, a in enumerate(th):
        d = np.array([np.cos(a), np.sin(a), 0.0])
        grid[i] = c + (tt * sag[i])[:, None] * d + zz[:, None] * np.array([0.0, 0.0, 1.0])
    parts = [cloth_sheet(grid, 0.025, 1)]
    for i in range(0, len(th), 6):  # the bows, their edges showing
        parts.append(tube(grid[i, ::2] * [1, 1, 1.02], 0.02, None, 1, shape=_HEX))
    return parts


def _buggy(rng: Rng) -> list[Part]:
    """A light one-horse buggy with no horse: a small boxy body with a curved leather dash on
    four tall thin spoked wheels, the rear pair bigger, on elliptic springs; a single padded
    bench seat under a folding black leather hood raised on its bows; a lamp either side, a whip
    in its socket, a step, and two long thin shafts reaching forward from the front axle to rest
    their tips on the ground."""
    xb, xf, rb, rf, zw = -0.75, 0.85, 0.57, 0.47, 0.72
    y0, yt = 0.82, 1.12  # the body's floor and its top
    parts = [box(1.5, yt - y0, 0.74, at(-0.02, y0, 0), 0, "body")]
    parts.append(box(1.54, 0.04, 0.78, at(-0.02, yt - 0.04, 0), 0))  # its rail
    for s in (-1, 1):
        parts.append(box(1.44, 0.015, 0.01, at(-0.02, y0 + 0.12, s * 0.375), "marking"))
    phase = float(rng.uniform(0, 0.3))
    for x, r, n in ((xb, rb, 14), (xf, rf, 12)):  # the wheels, the axles, the springs
        for s in (-1, 1):
            parts += _wheel((x, r, s * zw), r, n, 0, phase=phase)
        parts.append(stick((x, r, -zw), (x, r, zw), 0.025, "marking"))
        ys = y0 - r
        for dy in (0.0, 0.09):
            arc = [(x, r + 0.02 + dy * 0.3, -0.4), (x, r + 0.06 + dy, 0.0), (x, r + 0.02 + dy * 0.3,
                                                                              0.4)]  # fmt: skip
            parts.append(tube(arc, [0.02, 0.03, 0.02], None, "marking", shape=ellipse(1, 0.5, 8)))
        parts.append(box(0.1, max(ys - 0.13, 0.02), 0.1, at(x, r + 0.13, 0), 0))
    parts.append(box(1.7, 0.06, 0.08, at(0.05, y0 - 0.06, 0), 0))  # the perch
    sx = -0.42  # the seat: a box, a padded cushion and a padded back, low arms
    parts.append(box(0.55, 0.24, 0.76, at(sx, yt, 0), 0))
    parts.append(_cushion(0.5, 0.12, 0.74, at(sx + 0.02, yt + 0.24, 0), 1))
    parts.append(_cushion(0.42, 0.1, 0.74, at(sx - 0.2, yt + 0.5, 0) @ rot("z", 100), 1))
    for s in (-1, 1):
        arm = [(sx - 0.28, yt + 0.55), (sx + 0.26, yt + 0.34), (sx + 0.26, yt + 0.24),
               (sx - 0.28, yt + 0.24)]  # fmt: skip
        parts.append(slab(sharp(arm), 0.03, at(0, 0, s * 0.385), 0))
    parts += _hood((sx - 0.1, yt + 0.34, 0.0), 0.42, 0.98, 82.0, 158.0, 4)
    dash = [(0.72, yt - 0.02, 0.0), (0.86, yt + 0.12, 0.0), (0.92, yt + 0.3, 0.0),
            (0.9, yt + 0.42, 0.0)]  # fmt: skip
    parts.append(band(dash, 0.74, 0.03, (0, 0, 1), 1))
    parts.append(box(0.5, 0.03, 0.74, at(0.5, yt - 0.06, 0) @ rot("z", 12), 0))  # footboard
    for s in (-1, 1):  # the lamps
        lm = at(0.78, yt + 0.05, s * 0.42)
        parts.append(
            stick((0.78, yt - 0.05, s * 0.4), (0.78, yt + 0.05, s * 0.42), 0.012, "marking")
        )
        parts.append(box(0.1, 0.14, 0.1, lm, "marking"))
        parts.append(box(0.104, 0.08, 0.08, lm @ at(0, 0.03, 0), "glow"))
        parts.append(cylinder(0.03, 0.005, 0.08, lm @ at(0, 0.14, 0), "marking"))
    parts.append(tube([(0.84, yt + 0.2, -0.35), (0.9, yt + 0.8, -0.38), (0.86, yt + 1.25, -0.42),
                       (0.7, yt + 1.5, -0.46)], [0.014, 0.01, 0.006, 0.003], None,
                      "marking"))  # the whip # fmt: skip
    for s in (-1, 1):  # the step and the shafts
        parts.append(stick((-0.05, y0 - 0.02, s * 0.38), (-0.05, y0 - 0.2, s * 0.46), 0.012,
                           "marking"))  # fmt: skip
        parts.append(box(0.14, 0.015, 0.1, at(-0.05, y0 - 0.22, s * 0.47), "marking"))
        shaft = [
            (xf + 0.05, rf + 0.08, s * 0.4),
            (xf + 0.9, rf - 0.02, s * 0.41),
            (xf + 2.1, 0.2, s * 0.4),
            (xf + 2.75, 0.05, s * 0.38),
            (xf + 2.95, 0.08, s * 0.37),
        ]
        parts.append(tube(shaft, [0.035, 0.03, 0.026, 0.022, 0.018], None, 0))
    parts.append(stick((xf + 0.35, rf + 0.06, -0.41), (xf + 0.35, rf + 0.06, 0.41), 0.025, 0))
    parts.append(stick((xf + 0.55, rf + 0.03, -0.3), (xf + 0.55, rf + 0.03, 0.3), 0.02, 0))
    return parts


# 1277 sulky


def _sulky(rng: Rng) -> list[Part]:
    """A harness-racing sulky with no horse: two big wire-spoked wheels like a bicycle's on an
    axle bent up at each end to the frame, a tiny pan seat perched on two posts between the
    wheels just behind the axle, and two long thin shafts held level, running back round
    behind the seat in one loop and reaching far forward, a stirrup footrest on each for the
    driver's feet; very light and bare."""
    r, zw, ys = 0.42, 0.6, 0.7  # the wheels, their track, the shafts' height at the axle
    phase = float(rng.uniform(0, 0.2))
    parts = [_cushion(0.26, 0.05, 0.3, at(-0.16, ys + 0.14, 0), 1, "body")]  # the seat
    parts.append(box(0.035, 0.12, 0.28, at(-0.3, ys + 0.16, 0) @ rot("z", 14), 1))  # its back
    right = [(2.3, ys + 0.1, 0.24), (1.3, ys + 0.05, 0.32), (0.35, ys, 0.37), (-0.05, ys, 0.36),
             (-0.24, ys + 0.01, 0.22)]  # fmt: skip
    loop = [(x, y, -z) for x, y, z in right] + [(-0.31, ys + 0.02, 0.0)] + right[::-1]
    radii = [0.014, 0.018, 0.022, 0.022, 0.022, 0.022, 0.022, 0.022, 0.022, 0.018, 0.014]
    parts.append(tube(loop, radii, None, 0))  # the shafts
    for s in (-1, 1):
        parts += _wheel((0.0, r, s * zw), r, 28, "steel", t=0.018, spoke=0.006, phase=phase)
        parts.append(cylinder(0.025, 0.025, 0.14, at(0, r, s * zw - 0.07) @ _ACROSS, "steel"))
        arch = [(0.0, r, s * (zw - 0.05)), (0.0, r + 0.13, s * (zw - 0.07)),
                (0.0, ys - 0.03, s * (zw - 0.15)), (0.0, ys, s * 0.365)]  # fmt: skip
        parts.append(tube(arch, 0.02, None, 0))  # the bent axle's end
        parts.append(sphere(0.02, at(2.3, ys + 0.1, s * 0.24), 0))
        parts.append(stick((-0.22, ys + 0.01, s * 0.1), (-0.16, ys + 0.15, s * 0.1), 0.013, 0))
        foot = [(0.45, ys, s * 0.37), (0.46, ys - 0.1, s * 0.42), (0.58, ys - 0.11, s * 0.43),
                (0.59, ys, s * 0.37)]  # the stirrup # fmt: skip
        parts.append(tube(foot, 0.01, None, "steel"))
        parts.append(box(0.12, 0.012, 0.07, at(0.52, ys - 0.12, s * 0.425), "marking"))
    for x in (0.12, 1.1):  # the cross bars
        z = 0.37 if x < 1 else 0.33
        parts.append(stick((x, ys + 0.02 * x, -z), (x, ys + 0.02 * x, z), 0.014, 0))
    return parts


# 1278 oxcart


def _disc_wheel(c, r: float, thick: float, rng: Rng) -> list[Part]:
    """A solid wooden cart wheel at c turning about z: three broad planks pegged edge to edge
    into a rough disc, two battens nailed across them, a big turned hub."""
    n = 22
    a = np.linspace(0.0, 2 * np.pi, n, endpoint=False)
    rr = r * (1.0 + rng.uniform(-0.015, 0.015, n))
    outline = np.stack([rr * np.cos(a), rr * np.sin(a)], 1)
    m = at(*c)
    parts = [slab(sharp(outline), thick, m, 0)]
    for x in (-r / 3, r / 3):  # the joints between the planks
        h = np.sqrt(r * r - x * x) * 0.98
        parts.append(box(0.012, 2 * h, thick + 0.006, m @ at(x, -h, -thick / 2 - 0.003),
                         "marking"))  # fmt: skip
    for y in (-0.45 * r, 0.45 * r):  # the battens
        w = 2 * np.sqrt(r * r - y * y) * 0.9
        parts.append(box(w, 0.09 * r, 0.05, m @ at(0, y - 0.045 * r, thick / 2 + 0.02), 0))
    parts.append(cylinder(0.16 * r, 0.2 * r, 0.42, m @ at(0, 0, -0.21) @ _ACROSS, 0))  # hub
    parts.append(cylinder(0.21 * r, 0.21 * r, 0.05, m @ at(0, 0, thick / 2) @ _ACROSS, 1))
    return parts


def _sack(m: np.ndarray, length: float, slot="pencil-wood") -> list[Part]:
    """A full grain sack ``length`` tall standing on m's origin (turn m to lay it down): a plump
    body gathered into a neck tied with cord, its mouth tufted."""
    prof = [(0.0, 0.0), (0.22, 0.01), (0.3, 0.1), (0.31, 0.45), (0.27, 0.72), (0.15, 0.85),
            (0.07, 0.89), (0.1, 0.95), (0.06, 1.0), (0.0, 1.0)]  # fmt: skip
    body = m @ scl(length)
    return [
        lathe(prof, body, slot, sides=12),
        hoop(0.075, 0.018, body @ at(0, 0.885, 0), "cork", 12, 4),
    ]


def _oxcart(rng: Rng) -> list[Part]:
    """A rough wooden oxcart: a plank bed with low rails on stakes, on two solid disc wheels of
    pegged planks on a heavy axle; a single long pole forward from under the bed ending in a
    wooden double yoke for two oxen, carved with two neck hollows and hung with two pairs of
    bent bows, resting on the ground; a few tied grain sacks in the bed."""
    r, zw, y0 = 0.62, 0.88, 0.86
    L, W = 2.2, 1.3
    parts = [box(L, 0.07, W, at(-0.15, y0, 0), 0, "body")]
    for z in np.linspace(-W / 2 + W / 12, W / 2 - W / 12, 5):  # the planks' joints
        parts.append(box(L + 0.01, 0.072, 0.01, at(-0.15, y0, z + W / 12), "marking"))
    for s in (-1, 1):
        parts.append(box(L + 0.3, 0.14, 0.14, at(-0.05, y0 - 0.14, s * (W / 2 - 0.12)), 0))
        stakes = [((x, y0, s * (W / 2 - 0.03)), (x, y0 + 0.42, s * (W / 2 - 0.03)))
                  for x in np.linspace(-L / 2 - 0.1, L / 2 - 0.25, 6)]  # fmt: skip
        parts.append(_rods(stakes, 0.06, 0))
        for y in (y0 + 0.22, y0 + 0.4):  # the rails
            parts.append(box(L - 0.05, 0.05, 0.05, at(-0.17, y, s * (W / 2 - 0.03)), 0))
        parts += _disc_wheel((-0.2, r, s * zw), r, 0.12, rng)
        parts.append(box(0.3, 0.12, 0.05, at(-0.2, r + 0.08, s * (W / 2 + 0.1)), 0))  # a cleat
    parts.append(cylinder(0.07, 0.07, 2 * zw + 0.5, at(-0.2, r, -zw - 0.25) @ _ACROSS, 0))
    for s in (-1, 1):  # the linchpins
        parts.append(stick((-0.2, r + 0.1, s * (zw + 0.2)), (-0.2, r - 0.1, s * (zw + 0.2)),
                           0.015, 1))  # fmt: skip
    parts.append(box(0.05, 0.35, W - 0.1, at(-L / 2 - 0.12, y0, 0), 0))  # the tailboard
    tip = np.array([3.15, 0.52, 0.0])  # the pole, resting the yoke on its bows
    parts.append(tube([(-1.0, y0 - 0.12, 0.0), (0.9, y0 - 0.1, 0.0), (2.0, 0.74, 0.0),
                       tuple(tip)], [0.07, 0.07, 0.06, 0.055], None, 0))  # fmt: skip
    ym = tip[1] + 0.12
    beam = [(tip[0], ym + 0.04, -0.95), (tip[0], ym, -0.6), (tip[0], ym + 0.05, -0.3),
            (tip[0], ym, 0.0), (tip[0], ym + 0.05, 0.3), (tip[0], ym, 0.6),
            (tip[0], ym + 0.04, 0.95)]  # fmt: skip
    parts.append(tube(beam, [0.07, 0.08, 0.07, 0.09, 0.07, 0.08, 0.07], None, 0))
    for zc in (-0.6, 0.6):  # the bows
        bow = [(tip[0], ym + 0.05, zc - 0.19), (tip[0], ym - 0.3, zc - 0.2),
               (tip[0], ym - 0.5, zc), (tip[0], ym - 0.3, zc + 0.2),
               (tip[0], ym + 0.05, zc + 0.19)]  # fmt: skip
        parts.append(tube(bow, 0.025, None, 0))
    parts.append(torus(0.09, 0.02, at(*tip) @ at(-0.02, 0.08, 0) @ rot("z", 90), 1))  # the ring
    for x, z, yaw in ((-0.55, -0.3, 8), (-0.5, 0.3, -5)):  # two lying, two standing
        sm = at(x, y0 + 0.07 + 0.2, z) @ rot("y", yaw + float(rng.uniform(-6, 6)))
        parts += _sack(sm @ at(-0.4, 0, 0) @ ALONG_X @ scl(1.0, 1.0, 0.7), 0.8)
    for x, z, lean in ((0.45, -0.22, 6), (0.55, 0.25, -8)):
        parts += _sack(at(x, y0 + 0.07, z) @ rot("x", lean) @ scl(1.0, 1.0, 0.85), 0.75)
    return parts


# 1279 troika

_NECK = np.array([(0.2, 0.7, 0.0), (0.33, 0.9, 0.0), (0.42, 1.02, 0.0)])
_POLL = np.array([0.45, 1.05, 0.0])
_MUZZLE = np.array([0.65, 0.8, 0.0])


def _peg(r0: float, r1: float, h: float, m: np.ndarray, slot, n: int = 8) -> Part:
    """A short n-sided frustum from radius r0 at m's origin to r1 at h up (a hoof, a stud) in
    few triangles."""
    return loft(
        [(0.0, 0.0, 0.0), (0.0, h, 0.0)],
        [(r0, 0.0, 0.0), (r1, 0.0, 0.0)],
        [(0.0, 0.0, r0), (0.0, 0.0, r1)],
        ellipse(1.0, 1.0, n),
        slot,
    ).moved(m)


def _smooth(shapes, cell: float, slot) -> Part:
    """A smooth solid of distance-field shapes meshed once in cells of ``cell`` (a small figure
    in a big scene, coarser than a solid's own meshing allows for its slimmest side)."""
    v, f = mesh_field(Field(tuple(shapes), np.zeros((2, 3))), cell)
    return mesh_part(v, f, slot)


def _horse_legs(trot: float):
    """A horse's four legs (centre line, radii), a foreleg straight down through its knee, a
    hind leg bent back at its hock; with ``trot`` the near foreleg and off hind leg lift."""
    legs = []
    for z in (-0.07, 0.07):
        up = trot if z > 0 else 0.0
        legs.append(([(0.2, 0.58, z), (0.22 + 0.06 * up, 0.4, z), (0.22 + 0.02 * up, 0.24 + 0.08 * up, z),
                      (0.2 - 0.04 * up, 0.07 + 0.1 * up, z), (0.21 - 0.05 * up, 0.035 + 0.1 * up, z)],
                     [0.07, 0.045, 0.032, 0.026, 0.03]))  # fmt: skip
        up = trot if z < 0 else 0.0
        legs.append(([(-0.25, 0.62, z), (-0.22, 0.42, z), (-0.3 + 0.02 * up, 0.27 + 0.05 * up, z),
                      (-0.26 + 0.04 * up, 0.07 + 0.08 * up, z),
                      (-0.25 + 0.05 * up, 0.035 + 0.08 * up, z)],
                     [0.085, 0.055, 0.032, 0.026, 0.03]))  # fmt: skip
    return legs


def _loop(points, r: float, slot, n: int = 24, shape: np.ndarray = _OCT) -> Part:
    """A closed round strap through 3D points (a girth, a bridle's band)."""
    ctrl = np.asarray(points, float)
    c = catmull_rom(np.concatenate([ctrl, ctrl[:1]]), n + 1)[:-1]
    sweep = Sweep(c, None, None, np.full(n, r), shape, closed=True)
    return swept(lambda k: sweep, slot)


def _horse(m: np.ndarray, turn: float, pitch: float, trot: float, slot=1) -> list[Part]:
    """A harnessed horse under m (head toward +x, about 1.1 tall at the poll): a smooth body,
    neck and head (the neck turned ``turn`` degrees toward +z and bent ``pitch`` degrees down),
    slim legs with dark hooves, a dark mane and a long tail, pricked ears; a red collar, a
    saddle pad with its girth and a bridle."""
    pivot = v3(0.2, 0.72, 0.0)
    turn_m = (rot("y", turn) @ rot("z", -pitch))[:3, :3]

    def bend(p):
        return pivot + (np.asarray(p, float) - pivot) @ turn_m.T

    neck = np.array([bend(p) for p in _NECK])
    poll, muzzle = bend(_POLL), bend(_MUZZLE)
    legs = _horse_legs(trot)
    shapes = [ellipsoid((-0.02, 0.62, 0.0), (0.3, 0.15, 0.13))]  # the barrel
    shapes.append(ellipsoid((0.2, 0.64, 0.0), (0.14, 0.15, 0.12), None, 0.06))  # the chest
    shapes.append(ellipsoid((-0.24, 0.66, 0.0), (0.15, 0.155, 0.135), None, 0.06))  # the rump
    shapes += rope(neck, [0.11, 0.08, 0.062], 0.05, 0.03)
    shapes += rope([poll, muzzle], [0.062, 0.045], 0.03)
    shapes.append(ellipsoid(poll + (muzzle - poll) * 0.2 + v3(0, -0.04, 0), (0.07, 0.06, 0.055),
                            None, 0.03))  # the jaw # fmt: skip
    for pts, radii in legs:
        shapes += rope(pts[:2], radii[:2], 0.05)
    parts = [_smooth(shapes, 0.048, slot).moved(m)]
    for pts, radii in legs:  # the lower legs and the hooves
        low = (1, 2, 4)
        parts.append(tube([pt(m, *pts[i]) for i in low], [radii[i] * m[0, 0] for i in low], None,
                          slot, shape=_HEX))  # fmt: skip
        d = unit(np.subtract(pts[-1], pts[-2]))
        hoof = at(*pts[-1]) @ rot("z", -np.degrees(np.arctan2(d[0], -d[1])))
        parts.append(_peg(0.032, 0.029, 0.045, m @ hoof @ at(0, -0.035, 0), "marking"))
    head = unit(muzzle - poll)
    side = unit(np.cross(head, v3(0, 1, 0)))
    for s in (-1, 1):  # the ears
        ear = at(*(poll + v3(-0.01, 0.04, 0) + side * s * 0.035)) @ rot("z", 10)
        parts.append(_peg(0.022, 0.003, 0.08, m @ ear, slot, 6))
    eyes = [pt(m, *(poll + head * 0.06 + side * s * 0.052 + v3(0, 0.005, 0))) for s in (-1, 1)]
    parts.append(studs(eyes, [side, -side] @ m[:3, :3].T, 0.014 * m[0, 0], 0.01, "pupil", 6))
    crest = [bend(p) for p in ((0.11, 0.79, 0.0), (0.25, 0.96, 0.0), (0.36, 1.07, 0.0),
                               (0.43, 1.12, 0.0))]  # fmt: skip
    parts.append(tube([pt(m, *p) for p in crest], 0.033 * m[0, 0], None, "marking", shape=_HEX))
    tail = [(-0.4, 0.74, 0.0), (-0.47, 0.66, 0.0), (-0.5, 0.5, 0.01), (-0.5, 0.32, 0.02)]
    parts.append(tube([pt(m, *p) for p in tail], [0.025 * m[0, 0], 0.04 * m[0, 0],
                                                  0.045 * m[0, 0], 0.02 * m[0, 0]], None,
                      "marking", shape=_HEX))  # fmt: skip
    # the harness: the collar round the foot of the neck, the pad and girth, the bridle
    nd = unit(neck[1] - neck[0])
    cm = at(*(neck[0] + nd * 0.05 + v3(0.02, 0.0, 0.0))) @ rot("y", turn) @ rot("z", -np.degrees(
        np.arctan2(nd[0], nd[1])) + 15)  # fmt: skip
    parts.append(hoop(0.112, 0.032, m @ cm @ scl(1.0, 1.0, 0.92), "card-red", 20, 5))
    parts.append(_cushion(0.12, 0.03, 0.2, m @ at(0.03, 0.755, 0.0), "marking"))
    a = np.linspace(0.0, 2 * np.pi, 12, endpoint=False)
    girth = [(0.04, 0.62 + 0.158 * np.cos(t), 0.143 * np.sin(t)) for t in a]
    parts.append(_loop([pt(m, *p) for p in girth], 0.012 * m[0, 0], "marking", 16, _HEX))
    for f, rr in ((0.75, 0.05), (0.15, 0.066)):  # the noseband and the browband
        c = poll + (muzzle - poll) * f
        ring = [c + (v3(0, np.cos(t), 0) * rr + side * np.sin(t) * rr * 0.9) for t in a]
        parts.append(_loop([pt(m, *p) for p in ring], 0.008 * m[0, 0], "marking", 8, _DIAMOND))
    return parts


def _sleigh_side() -> np.ndarray:
    """A Russian sleigh's side panel seen side on (front to +x): a straight foot, a breast
    curving up at the front, the top dipping low at the middle and sweeping up into the high
    rounded back."""
    ctrl = [(-1.22, 0.42), (0.75, 0.42), (0.98, 0.56), (1.06, 0.78), (1.02, 0.95), (0.9, 0.98),
            (0.55, 0.8), (0.1, 0.72), (-0.35, 0.78), (-0.7, 0.98), (-0.98, 1.2), (-1.16, 1.26),
            (-1.26, 1.16), (-1.24, 0.8)]  # fmt: skip
    return catmull_rom([*ctrl, ctrl[0]], 57)[:-1]


def _sleigh(rng: Rng) -> list[Part]:
    """A small ornate Russian sleigh, its front to +x: a painted body with a swan-breasted
    front and a high rounded back over a red-cushioned seat, on posts over two runners that
    curl up high in front, flowers painted on its sides."""
    side = _sleigh_side()
    parts = [box(2.0, 0.05, 0.98, at(-0.22, 0.4, 0), 0, "body")]  # the floor
    for s in (-1, 1):
        z0 = 0.45 if s > 0 else -0.49
        parts.append(flat_solid(lambda n: [side], 0.04, at(0, 0, z0), 0))
        run = [(-1.28, 0.2), (-1.12, 0.03), (0.6, 0.0), (1.1, 0.12), (1.42, 0.5), (1.44, 0.9),
               (1.26, 1.04), (1.13, 0.93), (1.2, 0.84)]  # fmt: skip
        z = s * 0.55
        parts.append(tube([(x, y + 0.035, z) for x, y in run], 0.035, None, 0, shape=_HEX))
        parts.append(tube([(-1.16, 0.02, z), (0.6, 0.02, z), (1.02, 0.08, z)], 0.02, None,
                          "steel", shape=_HEX))  # the shoe # fmt: skip
        posts = [((x, 0.05, z), (x, 0.42, s * 0.46)) for x in (-0.95, -0.3, 0.35)]
        posts.append(((0.9, 0.2, z), (0.8, 0.42, s * 0.46)))
        parts.append(_rods(posts, 0.05, 0))
        trim = side[[i for i in range(len(side)) if side[i, 1] > 0.6]]  # the gilded edge
        zt = s * 0.495
        parts.append(tube([(x, y - 0.03, zt) for x, y in trim[::8]], 0.012, None, "plume-tip",
                          shape=_HEX))  # fmt: skip
        for k, (fx, fy, fr) in enumerate(((0.55, 0.6, 0.1), (-0.05, 0.56, 0.12),
                                          (-0.65, 0.66, 0.11))):  # fmt: skip
            fm = at(fx, fy, s * 0.497)
            col = ("card-red", "cloth-yellow", "card-red")[k]
            parts.append(slab(flower(6, 0.45), 0.01, fm @ scl(fr, fr, 1.0), col))
            for t in (-1, 1):
                lm = fm @ at(t * fr * 1.6, -fr * 0.2, 0) @ rot("z", t * 60) @ scl(0.03, 0.07, 1)
                parts.append(slab(_LEAF, 0.008, lm, "vine"))
        hearts = [(fx, fy, s * 0.503) for fx, fy in ((0.55, 0.6), (-0.05, 0.56), (-0.65, 0.66))]
        parts.append(studs(hearts, [(0, 0, s)] * 3, 0.035, 0.01, "snow", 8))
    breast = [(0.75, 0.42, 0.0), (0.98, 0.56, 0.0), (1.06, 0.78, 0.0), (1.02, 0.95, 0.0)]
    parts.append(band(breast, 0.94, 0.04, (0, 0, 1), 0))
    t = np.linspace(0.0, np.pi, 11)
    back = np.concatenate([[[0.49, 0.0]], np.stack([0.49 * np.cos(t), 0.78 + 0.12 * np.sin(t)], 1),
                           [[-0.49, 0.0]]])  # fmt: skip
    parts.append(slab(sharp(back), 0.05, at(-1.2, 0.42, 0) @ rot("z", 10) @ _SIDEWAYS, 0))
    parts.append(box(0.55, 0.2, 0.9, at(-0.86, 0.42, 0), 0))  # the seat
    parts.append(_cushion(0.56, 0.13, 0.9, at(-0.86, 0.6, 0), "card-red"))
    parts.append(_cushion(0.5, 0.12, 0.9, at(-1.02, 0.96, 0) @ rot("z", 100), "card-red"))
    return parts


def _troika(rng: Rng) -> list[Part]:
    """A Russian troika: three horses abreast pulling a small ornate sleigh. The middle horse
    trots between two shafts under a tall painted wooden arch (the duga) rising from them over
    its neck, a brass bell hanging under the arch's crown; the outer horses canter with their
    heads turned outward, on long traces; red collars, dark harness. The sleigh has runners
    curling up in front and a high-backed red seat."""
    S = 2.0
    xm = 2.95  # the middle horse's place
    parts = _sleigh(rng)
    parts += _horse(at(xm, 0, 0) @ scl(S), 0.0, -8.0, 1.0)
    for s in (-1, 1):
        parts += _horse(at(xm + 0.15, 0, s * 0.98) @ scl(S), s * 32.0, 12.0, 0.0)
    sh = (xm + 0.3 * S, 0.62 * S)  # the shafts' tips at the middle horse's collar
    for s in (-1, 1):
        parts.append(tube([(1.0, 0.45, s * 0.42), (2.0, 0.8, s * 0.43), (sh[0], sh[1], s * 0.4)],
                          [0.035, 0.032, 0.028], None, 0, shape=_OCT))  # fmt: skip
        zo = s * 0.98
        for dz in (-0.17, 0.17):  # the outer horses' traces
            parts.append(
                tube(
                    [
                        (1.0, 0.5, s * 0.5),
                        (xm - 0.2, 1.0, zo + dz * 0.8),
                        (xm + 0.5, 1.25, zo + dz),
                    ],
                    0.015,
                    None,
                    "marking",
                    shape=_DIAMOND,
                )
            )
    t = np.linspace(0.0, np.pi, 15)  # the duga
    dx = sh[0] - 0.06
    arch = np.stack([dx + 0.1 * np.sin(t), sh[1] - 0.02 + 1.25 * np.sin(t) ** 0.85,
                     0.41 * np.cos(t)], 1)  # fmt: skip
    parts.append(skin_strip(arch, np.tile([1.0, 0.0, 0.0], (15, 1)), 0.1, 0.06, 0))
    dots = arch[2:-2:2] + v3(0.035, 0, 0)
    parts.append(studs(dots, np.tile([1.0, 0.0, 0.0], (len(dots), 1)), 0.03, 0.012,
                       "card-red", 8))  # fmt: skip
    parts.append(studs(arch[3:-3:2] + v3(0.035, 0, 0), np.tile([1.0, 0.0, 0.0], (5, 1)), 0.02,
                       0.014, "cloth-yellow", 8))  # fmt: skip
    crown = arch[7]
    bell = [(0.0, 0.0), (0.03, 0.0), (0.06, -0.04), (0.07, -0.1), (0.09, -0.13), (0.0, -0.12)]
    parts.append(lathe(bell, at(crown[0] - 0.02, crown[1] - 0.06, 0), "copper", sides=12))
    parts.append(bead(0.02, at(crown[0] - 0.02, crown[1] - 0.2, 0), "marking", 6))
    return parts


# 1280 jet airliner


def _airfoil(n: int = 20) -> np.ndarray:
    """A wing's cross-section: a rounded nose at x = 1, a sharp tail at x = -1, half thickness
    1 at its thickest."""
    c = (1 - np.cos(np.linspace(0.0, np.pi, n // 2 + 1))) / 2
    t = 5 * (0.2969 * np.sqrt(c) - 0.126 * c - 0.3516 * c**2 + 0.2843 * c**3 - 0.1036 * c**4)
    t /= t.max()
    upper = np.stack([1 - 2 * c, t], 1)
    lower = np.stack([1 - 2 * c, -t], 1)[1:-1][::-1]
    return np.concatenate([upper, lower])


_FOIL = _airfoil()


def _surface(root, tip, chords, thick: float, along, slot, tag: str = "") -> Part:
    """A wing, tail plane or fin from its root to its tip: airfoil sections whose leading edges
    run from ``root`` to ``tip`` (points), chords from chords[0] to chords[1] along x, their
    thickness ``thick`` of the chord along ``along``."""
    r0, r1 = np.asarray(root, float), np.asarray(tip, float)
    k = np.linspace(0.0, 1.0, 5)
    le = r0 + (r1 - r0) * k[:, None]
    ch = chords[0] + (chords[1] - chords[0]) * k
    centres = le - np.stack([ch / 2, 0 * ch, 0 * ch], 1)
    u = np.stack([ch / 2, 0 * ch, 0 * ch], 1)
    v = np.asarray(along, float)[None, :] * (ch * thick / 2)[:, None]
    return loft(centres, u, v, _FOIL, slot, tag)


def _fuselage(R: float, y0: float, nose: float, tail: float):
    """A jet's fuselage along x, nose at +x: (x, centre height, radius) of its sections: a
    blunt rounded nose drooping a little, a long straight tube, a tail cone sweeping up."""
    rows = []
    for s in np.linspace(0.0, 1.0, 9)[1:]:
        rows.append((nose - 6.0 * s, y0 - 0.25 * R * (1 - s) ** 2, R * np.sqrt(1 - (1 - s) ** 2)))
    for s in np.linspace(0.0, 1.0, 9):
        rows.append((-8.0 + (tail + 8.0) * s, y0 + 0.5 * R * s**1.5, R * (1 - 0.86 * s**1.3)))
    return np.array([(nose + 0.05, y0 - 0.25 * R, 0.05), *rows])


def _jet_airliner(rng: Rng) -> list[Part]:
    """A twin-engined jet airliner on its landing gear: a long tube fuselage with a row of small
    windows either side, doors, a rounded nose with dark cockpit windows and a tail cone sweeping
    up; low swept-back wings with winglets, a big turbofan engine slung under each on a pylon;
    a tall swept tail fin and swept tailplanes; a nose gear and two main gears of twin wheels."""
    R, y0, nose, tail = 2.0, 3.9, 19.5, -19.0
    rows = _fuselage(R, y0, nose, tail)
    ring = ellipse(1.0, 1.0, 20)
    parts = [loft([(x, y, 0.0) for x, y, _ in rows], [(0.0, 0.0, r) for *_, r in rows],
                  [(0.0, r, 0.0) for *_, r in rows], ring, 0, "body")]  # fmt: skip
    xs = np.arange(12.3, -12.0, -0.52)  # the windows
    xs = xs[np.abs(xs - 10.6) > 0.6]
    for s in (-1, 1):
        wy, wz = y0 + 0.45, s * np.sqrt(R * R - 0.45**2)
        parts.append(studs([(x, wy, wz) for x in xs], [(0.0, 0.22, s)] * len(xs), 0.15, 0.04,
                           "window", 6))  # fmt: skip
        for dx in (13.6, 10.6, -13.0):  # the doors' outlines
            z = s * (R + 0.005)
            parts.append(_rods([((dx - 0.5, y0 - 0.9, z), (dx - 0.5, y0 + 0.95, z)),
                                ((dx + 0.5, y0 - 0.9, z), (dx + 0.5, y0 + 0.95, z)),
                                ((dx - 0.5, y0 + 0.95, z), (dx + 0.5, y0 + 0.95, z)),
                                ((dx - 0.5, y0 - 0.9, z), (dx + 0.5, y0 - 0.9, z))], 0.05,
                               "marking"))  # fmt: skip
    parts += _cockpit(R, y0, nose)
    wy = y0 - 0.55 * R  # the wings
    for s in (-1, 1):
        dih = np.tan(np.radians(6.0))
        root, tip = (5.0, wy, 0.0), (-3.6, wy + 16.5 * dih, s * 17.0)
        parts.append(_surface(root, tip, (8.0, 1.6), 0.12, (0, 1, 0), 0))
        wl = at(tip[0] - 0.1, tip[1], tip[2]) @ rot("x", -s * 8)  # the winglet
        parts.append(_surface(pt(wl, 0, 0, 0), pt(wl, -1.2, 2.2, 0), (1.6, 0.7), 0.1, (0, 0, 1),
                              0))  # fmt: skip
        ez = s * 5.8  # the engine under the wing
        ey = wy + 5.8 * dih - 1.35
        parts += _engine(at(1.9, ey, ez))
        parts.append(box(2.6, 0.9, 0.3, at(1.4, ey + 0.75, ez) @ rot("z", 4), 1))  # the pylon
        parts.append(_surface((-14.0, y0 + 0.55, 0.0), (-17.6, y0 + 1.2, s * 6.4), (4.2, 1.6),
                              0.1, (0, 1, 0), 1))  # the tailplane # fmt: skip
    parts.append(_surface((-11.8, y0 + R - 0.3, 0.0), (-17.2, y0 + R + 6.0, 0.0), (6.6, 2.6),
                          0.11, (0, 0, 1), 1))  # the fin # fmt: skip
    parts += _gear(rng, R, y0)
    return parts


def _cockpit(R: float, y0: float, nose: float) -> list[Part]:
    """The cockpit windows: a dark band of panes wrapping round the upper nose, its frames."""
    grid = []
    u = np.linspace(-1.0, 1.0, 9)
    for lift in (0.0, 0.5):
        row = []
        for k in u:
            x = nose - 2.1 - 1.9 * k * k
            s = (nose - x) / 6.0
            r = R * np.sqrt(1 - (1 - s) ** 2)
            yc = y0 - 0.25 * R * (1 - s) ** 2
            th = np.radians(90 - 62 * abs(k)) + lift / r * (1 if abs(k) < 0.5 else 0.7)
            row.append((x, yc + (r + 0.03) * np.sin(th), np.sign(k) * (r + 0.03) * np.cos(th)))
        grid.append(row)
    g = np.array(grid)
    parts = [cloth_sheet(g, 0.05, "window")]
    frames = [(g[0, i], g[1, i]) for i in (1, 3, 4, 5, 7)]
    parts.append(_rods(frames, 0.1, 0))
    return parts


def _engine(m: np.ndarray) -> list[Part]:
    """A turbofan engine under m pointing +x: a fat nacelle with a rounded intake lip round a
    dark fan and spinner, tapering behind to a nozzle and an exhaust cone."""
    prof = [(0.0, 0.0), (0.35, 0.05), (0.65, 0.55), (0.82, 0.9), (0.95, 1.4), (1.08, 2.3),
            (1.12, 3.3), (1.08, 4.05), (1.0, 4.2), (0.9, 4.12), (0.86, 3.9), (0.0, 3.88)]  # fmt: skip
    parts = [lathe(prof, m @ at(-2.0, 0, 0) @ ALONG_X, 0)]
    parts.append(cylinder(0.87, 0.87, 0.04, m @ at(1.84, 0, 0) @ ALONG_X, "marking"))
    parts.append(lathe([(0.0, 0.0), (0.28, 0.0), (0.0, 0.42)], m @ at(1.88, 0, 0) @ ALONG_X,
                       "steel", sides=12))  # fmt: skip
    parts.append(lathe([(0.0, 0.0), (0.6, 0.0), (0.0, 0.4)], m @ at(-2.0, 0, 0) @ rot("z", 90),
                       "marking", sides=12))  # fmt: skip
    return parts


def _gear(rng: Rng, R: float, y0: float) -> list[Part]:
    """The landing gear: a nose leg with twin small wheels, two main legs under the wing roots
    each on a pair of big wheels, dark tyres on steel hubs."""
    del rng
    parts = []
    for x, z, r, top, pair in ((15.0, 0.0, 0.38, y0 - R + 0.2, 0.25),
                               (-0.6, 2.9, 0.57, y0 - 1.0, 0.35),
                               (-0.6, -2.9, 0.57, y0 - 1.0, 0.35)):  # fmt: skip
        parts.append(cylinder(0.1, 0.1, top - r, at(x, r, z), "steel"))
        parts.append(stick((x, r, z - pair), (x, r, z + pair), 0.07, "steel"))
        for dz in (-pair, pair):
            wm = at(x, r, z + dz - 0.13) @ _ACROSS
            parts.append(cylinder(r, r, 0.26, wm, "marking"))
            parts.append(cylinder(r * 0.55, r * 0.55, 0.28, wm @ at(0, -0.01, 0), "steel"))
    return parts


MORE_APPLIANCES_ZZZZI = {
    1273: _boxcar, 1274: _tram, 1275: _tea_trolley, 1276: _buggy, 1277: _sulky, 1278: _oxcart,
    1279: _troika, 1280: _jet_airliner,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
