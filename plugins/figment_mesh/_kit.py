"""The shared building blocks of the hand-made builds: the turns, cross-sections, outlines,
sweeps, distance-field solids and small things (a window, a wheel, a tree, a castor) that more
than one ``_appliances_*``, family, figure or place module builds with.

Each was once a private helper of the module that first needed it and was borrowed from there
by the others; here they are public. This module builds on the core modules (``_geometry``,
``_primitives``, ``_sdf``, ``_shapes``, ``_families_a``'s ``stick``) and never on a build module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

import numpy as np

from ._families_a import stick
from ._geometry import (
    CREASE_DEG,
    FixedMesh,
    Part,
    Slot,
    Sweep,
    align,
    at,
    cross,
    mesh_part,
    rot,
    scl,
    segs,
    v3,
)
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import Field, Shape, ellipsoid, sdf_part
from ._sdf import ellipsoid as blob
from ._shapes import sharp

__all__ = [
    "ALONG_X",
    "ALONG_Z",
    "FLAT_SECTION",
    "FLAT_UP",
    "HEX",
    "MOULD",
    "PIPS",
    "SEDAN_WIDTH",
    "SEGMENTS",
    "STRIP",
    "TOP",
    "ZYX",
    "annulus",
    "arc",
    "ball_mesh",
    "balls",
    "band",
    "barbell",
    "bead",
    "big_nail",
    "bird_beak",
    "bird_eyes",
    "bird_rows",
    "block_ring",
    "blocks",
    "bristles",
    "by_detail",
    "cart_wheel",
    "castor",
    "ccw",
    "chain",
    "chair",
    "cloth_sheet",
    "coil_spring",
    "colour_patch",
    "cone",
    "crisp",
    "curves",
    "cut",
    "daisy",
    "die",
    "disc",
    "dumbbell",
    "ellipse",
    "facing_frame",
    "flame",
    "flat_solid",
    "flat_tail",
    "flat_things",
    "flower",
    "folded_wings",
    "gable",
    "gas_pump",
    "gear_outline",
    "gores",
    "grid_mesh",
    "grid_normals",
    "grid_skin",
    "grown",
    "hair_locks",
    "headstone",
    "hoofed_legs",
    "hoop",
    "landscape",
    "leaf_blade",
    "lines",
    "lobed",
    "loft",
    "number",
    "pencil",
    "pillow",
    "plate",
    "pt",
    "punching_bag",
    "rails",
    "readout",
    "rect",
    "rect_ring",
    "reslot",
    "road_wheel",
    "rod",
    "rope",
    "rose",
    "rounded",
    "rrect",
    "rrect_outline",
    "scaled",
    "screwdriver",
    "sedan",
    "shell",
    "side_wheel",
    "skin_field",
    "skin_hits",
    "skin_streak",
    "skin_strip",
    "smoke",
    "solid",
    "sphere_dirs",
    "spoked_wheel",
    "square_bar",
    "steam_iron",
    "stones",
    "strand_faces",
    "strands",
    "studs",
    "suitcase",
    "superellipse",
    "swept",
    "tile",
    "torso",
    "tree",
    "tricorn",
    "turned",
    "unit",
    "units",
    "water_patch",
    "window",
]

Rng = np.random.Generator


# Turns, cross-sections and other constants

ALONG_X = rot("z", -90)
"""Turns a part built along +y (a cylinder, a lathe) to run along +x."""
ALONG_Z = rot("x", 90)
"""Turns a part built along +y to run along +z (toward the viewer)."""
FLAT_UP = rot("x", -90)
"""Lays a slab (an outline in xy extruded along z) flat, its depth along +y."""
ZYX = np.array([[0.0, 0, 1, 0], [0, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 1]])
"""Lays an outline drawn in xy across x: its x along z (a side seen side-on)."""
FLAT_SECTION = np.array([[-1.0, -0.25], [1.0, -0.25], [1.0, 0.25], [-1.0, 0.25]])
"""A flat strip's cross-section for ``tube`` (wide across, thin up and down)."""
STRIP = np.array([[-0.3, -1.0], [0.3, -1.0], [0.3, 1.0], [-0.3, 1.0]])
"""A flat strip's cross-section for a ``tube`` that runs up and down (wide across x)."""
HEX = np.stack([np.cos(np.arange(6) * np.pi / 3), np.sin(np.arange(6) * np.pi / 3)], 1)
"""A six-sided cross-section for thin wires (cheaper than a round tube's ten)."""
_SQUARE = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
"""A square cross-section for ``tube`` (a square rod's side is radius · √2)."""
TOP = 0.14
"""The height of a tile's top: an earth side under a grassy (first material) skin."""
MOULD = [(-0.07, 0.0), (0.07, 0.0), (0.07, 0.03), (0.06, 0.05), (0.04, 0.07), (0.02, 0.075),
          (0.0, 0.065), (-0.02, 0.05), (-0.035, 0.055), (-0.05, 0.045), (-0.06, 0.03),
          (-0.07, 0.025)]  # fmt: skip
"""An ornate frame's moulding: a rounded outer edge, a raised ridge, a cove and a bead."""
PIPS = {
    1: [(0, 0)],
    2: [(-1, -1), (1, 1)],
    3: [(-1, -1), (0, 0), (1, 1)],
    4: [(-1, -1), (-1, 1), (1, -1), (1, 1)],
    5: [(-1, -1), (-1, 1), (0, 0), (1, -1), (1, 1)],
    6: [(-1, -1), (-1, 0), (-1, 1), (1, -1), (1, 0), (1, 1)],
}
"""A die face's pips for each value: (x, y) on a 3 × 3 grid from -1 to 1."""
SEGMENTS = {
    0: "abcdef", 1: "bc", 2: "abdeg", 3: "abcdg", 4: "bcfg", 5: "acdfg", 6: "acdefg", 7: "abc",
    8: "abcdefg", 9: "abcdfg",
}  # fmt: skip
"""The lit bars of each digit on a seven-segment display (a top, b and c right, d foot,
e and f left, g middle)."""
_CLOUD = ((-0.05, 0.0, 0.07), (0.04, 0.01, 0.06), (-0.12, -0.01, 0.05), (0.1, -0.01, 0.045))
"""A cloud's puffs: (x, y) offsets and radii, in a picture's widths."""


# Points


def pt(m: np.ndarray, x: float, y: float, z: float) -> np.ndarray:
    """The point (x, y, z) placed by ``m``."""
    return (m @ np.array([x, y, z, 1.0]))[:3]


def unit(v) -> np.ndarray:
    """v scaled to length 1."""
    v = np.asarray(v, float)
    return v / max(float(np.linalg.norm(v)), 1e-12)


def facing_frame(o, fwd, up=(0.0, 1.0, 0.0)) -> np.ndarray:
    """A placement at o whose +z runs along ``fwd`` and whose +y leans toward ``up``."""
    f = unit(fwd)
    x = unit(np.cross(up, f))
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = x, np.cross(f, x), f, o
    return m


def units(v) -> np.ndarray:
    """Rows of v scaled to length 1."""
    v = np.asarray(v, float)
    return v / np.maximum(np.linalg.norm(v, axis=-1, keepdims=True), 1e-12)


def arc(c, r: float, a0: float, a1: float, n: int, z: float = 0.0) -> list[tuple]:
    """n points on a circle of radius r round (x, y) c in the xy plane, from a0 to a1 degrees."""
    t = np.radians(np.linspace(a0, a1, n))
    return [(c[0] + r * np.cos(a), c[1] + r * np.sin(a), z) for a in t]


# Outlines and profiles: (n, 2) points, or a function of a point count


def rrect(w: float, h: float, r: float, per: int = 5) -> np.ndarray:
    """A rounded rectangle w × h with corners of radius r, centred on 0: (4 · per, 2) points
    counter-clockwise."""
    out = []
    for k, (cx, cy) in enumerate(((1, 1), (-1, 1), (-1, -1), (1, -1))):
        t = np.radians(90 * k) + np.linspace(0.0, np.pi / 2, per)
        x0, y0 = cx * (w / 2 - r), cy * (h / 2 - r)
        out += [(x0 + r * np.cos(a), y0 + r * np.sin(a)) for a in t]
    return np.array(out)


def rrect_outline(w: float, h: float, r: float):
    """``rrect`` as a slab outline (a function of a point count)."""
    return lambda n: rrect(w, h, r, max(2, n // 4))


def superellipse(a: float, b: float, p: float = 4.0, n: int = 28) -> np.ndarray:
    """A rounded oblong a × b (half extents), squarer as ``p`` grows: (n, 2) points."""
    t = np.arange(n) * (2 * np.pi / n)
    c, s = np.cos(t), np.sin(t)
    x = a * np.sign(c) * np.abs(c) ** (2 / p)
    y = b * np.sign(s) * np.abs(s) ** (2 / p)
    return np.stack([x, y], 1)


def rounded(points, radii, per: int = 5) -> np.ndarray:
    """A convex polygon (counter-clockwise) with each corner rounded off by its radius."""
    p = np.asarray(points, float)
    out = []
    for i, r in enumerate(radii):
        a, b, c = p[i - 1], p[i], p[(i + 1) % len(p)]
        if r <= 0:
            out.append(b)
            continue
        u, v = (a - b) / np.linalg.norm(a - b), (c - b) / np.linalg.norm(c - b)
        half = np.arccos(np.clip(u @ v, -1.0, 1.0)) / 2
        mid = (u + v) / np.linalg.norm(u + v)
        centre = b + mid * r / np.sin(half)
        p0, p1 = b + u * r / np.tan(half), b + v * r / np.tan(half)
        a0 = np.arctan2(*(p0 - centre)[::-1])
        a1 = np.arctan2(*(p1 - centre)[::-1])
        a1 = a0 + (a1 - a0 + np.pi) % (2 * np.pi) - np.pi  # the short way round
        out += [centre + r * np.array([np.cos(t), np.sin(t)]) for t in np.linspace(a0, a1, per)]
    return np.array(out)


def ellipse(rx: float, ry: float, n: int = 16) -> np.ndarray:
    """An ellipse's outline, n points: a flattened tube's cross-section."""
    t = np.arange(n) * (2 * np.pi / n)
    return np.stack([rx * np.cos(t), ry * np.sin(t)], 1)


def disc(c: tuple[float, float], r: float, n: int, cut: bool = False) -> np.ndarray:
    """n points round a circle (clockwise when it ``cut``s)."""
    t = np.linspace(0.0, 2 * np.pi, n, endpoint=False) * (-1.0 if cut else 1.0)
    return np.stack([c[0] + r * np.cos(t), c[1] + r * np.sin(t)], 1)


def ccw(points: np.ndarray) -> np.ndarray:
    """The points as a counter-clockwise contour (for ``flat_solid``: it adds), reversed if not."""
    p = np.asarray(points, float)
    area = np.sum(p[:, 0] * np.roll(p[:, 1], -1) - np.roll(p[:, 0], -1) * p[:, 1])
    return p if area > 0 else p[::-1]


def rect(w: float, h: float) -> np.ndarray:
    """A rectangle w × h round 0 as a sweep's cross-section (counter-clockwise)."""
    return np.array([[w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2], [-w / 2, -h / 2]])


def lobed(n: int, lobes: int, depth: float) -> np.ndarray:
    """A circle of radius 1 rippled into ``lobes`` soft bulges ``depth`` deep: a lathe's
    cross-section for pleats, puffs and ribs (n points)."""
    t = np.arange(n) * (2 * np.pi / n)
    r = 1.0 - depth + depth * np.abs(np.cos(t * lobes / 2)) ** 0.7
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def gores(n: int, bulge: float, scale) -> np.ndarray:
    """A canopy's cross-section: n gores bulging out between the seams, gore i's radius times
    ``scale(i)`` (a step at each seam when the scales differ)."""
    pts = []
    for i in range(n):
        t = np.linspace(2 * np.pi * i / n, 2 * np.pi * (i + 1) / n, 7)[:-1]
        r = (1.0 - bulge + bulge * np.abs(np.sin(n * t / 2))) * scale(i)
        pts.append(np.stack([r * np.cos(t), r * np.sin(t)], 1))
        if scale(i) != scale((i + 1) % n):  # the seam: a step straight out to the next gore
            t1 = 2 * np.pi * (i + 1) / n
            r1 = (1.0 - bulge) * scale(i)
            pts.append(np.array([[r1 * np.cos(t1), r1 * np.sin(t1)]]))
    return np.concatenate(pts)


def block_ring(n: int, depth: float, phase: float) -> np.ndarray:
    """A ring of n square blocks as a lathe's cross-section: radius 1 on their tops, 1 - depth
    in the grooves between them, ``phase`` of a block turned."""
    pitch = 2 * np.pi / n
    a0 = (np.arange(n)[:, None] + phase) * pitch + np.array([0.0, 0.55, 0.62, 0.93]) * pitch
    r = np.tile([1.0, 1.0, 1.0 - depth, 1.0 - depth], n)
    a = a0.ravel()
    return np.stack([r * np.cos(a), r * np.sin(a)], 1)


def crisp(points, f: float = 0.04) -> list[tuple[float, float]]:
    """A lathe profile through ``points`` whose straight runs stay straight and whose corners
    stay sharp: each corner gets a close neighbour on either side, so the smoothing spline
    only rounds it off within a few hundredths."""
    p = [np.asarray(q, float) for q in points]
    out = [tuple(p[0])]
    for i in range(1, len(p)):
        a, b = p[i - 1], p[i]
        out += [tuple(a + (b - a) * f), tuple(b + (a - b) * f), tuple(b)]
    return out


def annulus(r0: float, r1: float, h: float) -> list[tuple[float, float]]:
    """A ring's rectangular cross-section, r0 to r1 and h high (centred on y = 0), as a closed
    lathe profile with points close to each corner so the smoothing keeps them crisp."""
    e = 0.08 * min(r1 - r0, h)
    y0, y1 = -h / 2, h / 2
    return [(r0 + e, y0), (r1 - e, y0), (r1, y0 + e), (r1, y1 - e), (r1 - e, y1), (r0 + e, y1),
            (r0, y1 - e), (r0, y0 + e)]  # fmt: skip


def flower(petals: int, inner: float = 0.6):
    """A rosette's outline of radius 1, n points: ``petals`` round petals."""

    def outline(n: int) -> np.ndarray:
        m = max(n, petals * 6)
        t = np.arange(m) * (2 * np.pi / m)
        r = inner + (1 - inner) * np.abs(np.cos(petals / 2 * t))
        return np.stack([r * np.cos(t), r * np.sin(t)], 1)

    return outline


def shell(n: int) -> np.ndarray:
    """A carved shell's fan for a frame's crest: a half disc with a fluted rim, along +y."""
    t = np.linspace(0.0, np.pi, max(n, 30))
    r = 1.0 + 0.1 * np.abs(np.sin(4.5 * t))
    fan = np.stack([r * np.cos(t), 0.8 * r * np.sin(t)], 1)
    return np.concatenate([fan, [[-0.3, -0.15], [0.3, -0.15]]])


def headstone(w: float, h: float):
    """A headstone's outline: straight sides from y = 0 up to a rounded top, h high."""

    def outline(n: int) -> np.ndarray:
        t = np.linspace(0.0, np.pi, max(n // 2, 7))
        top = np.stack([w / 2 * np.cos(t), h - 0.3 * w + 0.3 * w * np.sin(t)], 1)
        return np.concatenate([[[w / 2, 0.0]], top, [[-w / 2, 0.0]]])

    return outline


def gear_outline(r: float, teeth: int, depth: float):
    """The outline function of a toothed gear wheel of radius r."""

    def outline(n: int) -> np.ndarray:
        k = np.arange(4 * teeth)
        t = (k + 0.5) * (2 * np.pi / (4 * teeth))
        rr = np.where((k // 2) % 2 == 0, r, r - depth)
        return np.stack([rr * np.cos(t), rr * np.sin(t)], 1)

    return outline


def _daisy_outline(petals: int):
    """A daisy's ring of rounded petals (radius 1)."""

    def outline(n: int) -> np.ndarray:
        t = np.arange(max(n, petals * 6)) * (2 * np.pi / max(n, petals * 6))
        r = 0.35 + 0.65 * np.abs(np.cos(petals / 2 * t)) ** 0.6
        return np.stack([r * np.cos(t), r * np.sin(t)], 1)

    return outline


def _half_leaf(width: float, side: int):
    """One half of a pointed leaf (``leaf``'s outline), on the +x (side 1) or -x side of its
    midrib along +y from -1 to 1."""

    def outline(n: int) -> np.ndarray:
        t = np.linspace(0.0, np.pi, max(n - 1, 3))
        x = width * np.sin(t) * np.abs(np.sin(t)) ** 0.2
        y = -np.cos(t)
        return np.stack([side * np.concatenate([x, [0.0]]), np.concatenate([y, [0.0]])], 1)

    return outline


def _iron_outline(L: float, W: float, n: int = 28) -> np.ndarray:
    """A clothes iron's soleplate seen from above, L long and W wide, pointing along +x: a
    broad squared heel (round the origin's -x side) tapering to a sharp nose. (n, 2)."""
    s = np.linspace(0.0, 1.0, n // 2)
    half = W / 2 * (1 - s**1.6) ** 0.55 * np.minimum(1.0, s / 0.06 + 0.55) ** 0.5
    x = -0.4 * L + L * s
    upper = np.stack([x, half], 1)
    lower = np.stack([x[::-1], -half[::-1]], 1)
    return np.concatenate([upper[:-1], lower[:-1]])


def _mound(x0: float, x1: float, peak: float, height: float, left: float, right: float):
    """A hill's outline for a picture: from x0 to x1 on y = 0, rising to ``height`` at ``peak``,
    ``left`` and ``right`` high at its ends (a hill cut off by the picture's edge)."""
    xs = np.linspace(x0, x1, 13)
    rise = np.sin(np.pi / 2 * np.clip((xs - x0) / (peak - x0), 0.0, 1.0)) ** 1.5
    fall = np.sin(np.pi / 2 * np.clip((x1 - xs) / (x1 - peak), 0.0, 1.0)) ** 1.5
    ys = np.where(xs < peak, left + (height - left) * rise, right + (height - right) * fall)
    top = np.stack([xs, ys], 1)[::-1]
    return sharp(np.concatenate([[[x0, 0.0], [x1, 0.0]], top]))


# Parts from explicit sweeps and meshes


def swept(gen: Callable[[float], Sweep], slot: Slot = 0, tag: str = "") -> Part:
    """A part from explicit rings (a twisted blade, a slanted cut): ``gen(k)`` gives the
    sweep at detail k."""
    return Part(gen, np.eye(4), slot, tag)


def loft(centres, u, v, shape: np.ndarray, slot=0, tag: str = "") -> Part:
    """A solid through explicit rings: ``shape`` (S, 2) placed at each centre along the ring's
    axes u and v (their lengths scale it), a pole closing each end."""
    c = np.asarray(centres, float)
    uu, vv = np.asarray(u, float), np.asarray(v, float)
    c = np.concatenate([c[:1], c, c[-1:]])
    uu = np.concatenate([uu[:1], uu, uu[-1:]])
    vv = np.concatenate([vv[:1], vv, vv[-1:]])
    radii = np.ones(len(c))
    radii[[0, -1]] = 0.0
    sweep = Sweep(c, uu, vv, radii, shape)
    return swept(lambda k: sweep, slot, tag)


def pillow(W: float, H: float, D: float, m: np.ndarray, slot=0, tag="") -> Part:
    """A puffy sealed packet W wide and H high under ``m``, bulging to D thick in its middle
    and pinched flat to its seals at top (y = H) and bottom (y = 0)."""
    t = np.linspace(0.0, 1.0, 19)
    s = np.sin(np.pi * t)
    d = D / 2 * s**0.55 + 0.006
    w = W / 2 * (0.9 + 0.1 * s)
    c = np.stack([np.zeros_like(t), H * t, np.zeros_like(t)], 1)
    u = np.stack([w, np.zeros_like(t), np.zeros_like(t)], 1)
    v = np.stack([np.zeros_like(t), np.zeros_like(t), d], 1)
    a = np.linspace(0.0, 2 * np.pi, 28, endpoint=False)
    ca, sa = np.cos(a), np.sin(a)
    shape = np.stack([np.sign(ca) * np.abs(ca) ** 0.7, sa * (1 - 0.25 * ca**2)], 1)
    part = loft(c, u, v, shape, slot, tag)
    return part.moved(m)


def band(points, width, thick: float, across, slot=0, tag: str = "") -> Part:
    """A flat strip (a tape, a ribbon, a leaf of husk) along a smooth curve through 3D points,
    ``width`` wide along the direction ``across`` (kept square to the curve) and ``thick`` thick;
    a ``width`` per point tapers it (and its thickness with it, ``thick`` where it is widest)."""
    ctrl = np.asarray(points, dtype=float)
    side = np.asarray(across, dtype=float)
    wid = np.broadcast_to(np.asarray(width, dtype=float), len(ctrl))
    top = float(wid.max())
    shape = np.array([[-0.5, -0.5], [0.5, -0.5], [0.5, 0.5], [-0.5, 0.5]]) * [top, thick]

    def gen(k: float) -> Sweep:
        n = segs(k, 4 * len(ctrl), len(ctrl))
        path = catmull_rom(ctrl, n)
        r = np.interp(np.linspace(0, 1, n), np.linspace(0, 1, len(ctrl)), wid / top)
        t = np.gradient(path, axis=0)
        t /= np.maximum(np.linalg.norm(t, axis=1, keepdims=True), 1e-12)
        u = side - t * (t @ side)[:, None]
        u /= np.maximum(np.linalg.norm(u, axis=1, keepdims=True), 1e-12)
        v = cross(t, u)
        c = np.concatenate([path[:1], path, path[-1:]])
        u = np.concatenate([u[:1], u, u[-1:]])
        v = np.concatenate([v[:1], v, v[-1:]])
        r = np.concatenate([[0.0], np.maximum(r, 0.08), [0.0]])
        return Sweep(c, u, v, r, shape)

    return Part(gen, np.eye(4), slot, tag)


def skin_strip(points, normals, width: float, thick: float, slot=0, tag: str = "") -> Part:
    """A flat strip lying on a surface: along a smooth curve through 3D points, ``width`` wide
    within the surface and ``thick`` thick along its (per point) outward ``normals``."""
    ctrl = np.asarray(points, dtype=float)
    nrm = np.asarray(normals, dtype=float)
    shape = np.array([[-0.5, -0.5], [0.5, -0.5], [0.5, 0.5], [-0.5, 0.5]]) * [thick, width]

    def gen(k: float) -> Sweep:
        n = segs(k, 3 * len(ctrl), len(ctrl))
        s = np.linspace(0.0, 1.0, len(ctrl))
        t_at = np.linspace(0.0, 1.0, n)
        path = np.stack([np.interp(t_at, s, ctrl[:, i]) for i in range(3)], 1)
        nn = np.stack([np.interp(t_at, s, nrm[:, i]) for i in range(3)], 1)
        t = np.gradient(path, axis=0)
        t /= np.maximum(np.linalg.norm(t, axis=1, keepdims=True), 1e-12)
        u = nn - t * (nn * t).sum(1, keepdims=True)
        u /= np.maximum(np.linalg.norm(u, axis=1, keepdims=True), 1e-12)
        v = cross(t, u)
        c = np.concatenate([path[:1], path, path[-1:]])
        u = np.concatenate([u[:1], u, u[-1:]])
        v = np.concatenate([v[:1], v, v[-1:]])
        r = np.concatenate([[0.0], np.ones(n), [0.0]])
        return Sweep(c, u, v, r, shape)

    return Part(gen, np.eye(4), slot, tag)


def hoop(big: float, small: float, m: np.ndarray, slot=0, around: int = 28, section: int = 5):
    """A thin ring (a strand of wool round a ball) in the xz plane under ``m``: a torus with
    few sides, cheaper than ``torus`` when there are dozens."""

    def gen(k: float) -> Sweep:
        n, s = segs(k, around, 8), segs(k, section, 3)
        t = np.arange(n) * (2 * np.pi / n)
        u = np.stack([np.cos(t), np.zeros(n), np.sin(t)], 1)
        a = np.arange(s) * (2 * np.pi / s)
        shape = np.stack([np.cos(a), np.sin(a)], 1)
        v = np.tile([0.0, 1.0, 0.0], (n, 1))
        return Sweep(u * big, u, v, np.full(n, small), shape, closed=True)

    def count(k: float) -> int:
        return 2 * segs(k, around, 8) * segs(k, section, 3)

    return Part(gen, m, slot, "", count)


def chain(path, links: int, slot=1, size: float = 0.012) -> list[Part]:
    """A chain along a curve through 3D points: ``links`` oval links of ``size`` (half their
    width), each turned a quarter to the last."""
    p = np.asarray(path, float)
    seg = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))]
    s = np.linspace(0.0, seg[-1], links + 1)
    pts = np.stack([np.interp(s, seg, p[:, i]) for i in range(3)], 1)
    parts = []
    for k in range(links):
        a, b = pts[k], pts[k + 1]
        m = at(*(a + b) / 2) @ align(b - a) @ rot("y", 90 * (k % 2)) @ rot("x", 90)
        parts.append(hoop(size, size * 0.3, m @ scl(1.0, 1.0, 1.9), slot, 8, 4))
    return parts


def grown(dist, g: float):
    """A distance function grown by g."""
    g = np.float32(g)
    return lambda x, y, z: dist(x, y, z) - g


def skin_field(shapes: list[Shape]) -> Field:
    """The field of a body's distance-field shapes, to find points on its skin."""
    lo = np.min([s.lo for s in shapes], axis=0)
    hi = np.max([s.hi for s in shapes], axis=0)
    return Field(tuple(shapes), np.array([[0.0, 0.0, lo[2]], [0.0, 0.0, hi[2]]]))


def skin_hits(field: Field, insides, dirs, reach: float = 0.3, n: int = 96, start: float = 0.0):
    """Where rays from points inside a skin along dirs first leave it, all rays at once, and
    the skin's normals there: (R, 3) points and (R, 3) unit normals (``start`` steps off the
    very middle, where an ellipsoid's field is 0)."""
    o = np.asarray(insides, float).reshape(-1, 3)
    d = np.asarray(dirs, float).reshape(-1, 3)
    d = d / np.linalg.norm(d, axis=1, keepdims=True)
    t = np.linspace(start, reach, n)
    v = field.at((o[:, None, :] + t[None, :, None] * d[:, None, :]).reshape(-1, 3))
    v = v.reshape(len(o), n)
    first = np.clip(np.argmax(v >= 0, axis=1), 1, n - 1)
    rows = np.arange(len(o))
    a, b = v[rows, first - 1], v[rows, first]
    f = np.clip(-a / np.where(b != a, b - a, 1.0), 0.0, 1.0)
    p = o + (t[first - 1] + f * (t[first] - t[first - 1]))[:, None] * d
    e = 0.004
    probe = p[:, None, :] + e * np.concatenate([np.eye(3), -np.eye(3)])[None]
    g = field.at(probe.reshape(-1, 3)).reshape(len(o), 6)
    nrm = g[:, :3] - g[:, 3:]
    return p, nrm / np.maximum(np.linalg.norm(nrm, axis=1, keepdims=True), 1e-9)


def colour_patch(
    shapes: list[Shape], c, r, slot, turn: float = 0.0, g: float = 0.007, cell: float = 0.02
) -> Part:
    """A patch of colour on a skin (a bird's bib, a dog's saddle): the skin of ``shapes`` grown
    by g, kept only inside the ellipsoid at c with semi-axes r (turned about z by ``turn``
    degrees), so its edge is where that ellipsoid cuts the skin; meshed in cells of ``cell``."""
    keep = ellipsoid(c, r, rot("z", turn))
    lo, hi = keep.lo - 0.05, keep.hi + 0.05
    out = []
    for s in shapes:
        a, b = np.maximum(s.lo - g, lo), np.minimum(s.hi + g, hi)
        if np.all(a < b):
            out.append(Shape(grown(s.dist, g), a, b, s.blend))
    # the cut reaches past the others' boxes by more than their blends, which widen them
    reach = max(0.1, 0.02 + max((abs(s.blend) for s in out), default=0.0))
    out.append(Shape(lambda x, y, z: -keep.dist(x, y, z), lo - reach, hi + reach, -1e-4))
    return solid(out, cell, slot)


def blocks(feet, size: tuple[float, float, float], m=None, slot=0, tag: str = "") -> Part:
    """Many boxes of one size (w, h, d) standing on the points ``feet`` (as ``box`` stands on
    its own origin) under m, as one part: a sweep along x through each box in turn, a pole ring
    closing each end (no faces join one box to the next)."""
    f = np.asarray(feet, dtype=float).reshape(-1, 3)
    w, h, d = size
    square = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])

    def gen(k: float) -> Sweep:
        mid = f + v3(0.0, h / 2, 0.0)
        a, b = mid - v3(w / 2, 0.0, 0.0), mid + v3(w / 2, 0.0, 0.0)
        centres = np.stack([a, a, b, b], 1).reshape(-1, 3)
        u = np.tile([0.0, h / 2, 0.0], (len(centres), 1))
        v = np.tile([0.0, 0.0, d / 2], (len(centres), 1))
        radii = np.tile([0.0, 1.0, 1.0, 0.0], len(f))
        return Sweep(centres, u, v, radii, square)

    return Part(gen, np.eye(4) if m is None else m, slot, tag)


def lines(m: np.ndarray, rows, h: float, depth: float = 0.003, slot="marking") -> Part:
    """Lines of print on the face z = 0 under ``m``: a bar ``h`` high from x0 to x1 centred on
    y for each (x0, x1, y) of ``rows``, standing ``depth`` proud, all one part (a sweep along x
    through each bar in turn, like ``blocks`` but each bar its own length)."""
    r = np.asarray(rows, dtype=float).reshape(-1, 3)
    square = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])

    def gen(k: float) -> Sweep:
        a = np.stack([r[:, 0], r[:, 2], np.full(len(r), depth / 2)], 1)
        b = np.stack([r[:, 1], r[:, 2], np.full(len(r), depth / 2)], 1)
        centres = np.stack([a, a, b, b], 1).reshape(-1, 3)
        u = np.tile([0.0, h / 2, 0.0], (len(centres), 1))
        v = np.tile([0.0, 0.0, depth / 2], (len(centres), 1))
        radii = np.tile([0.0, 1.0, 1.0, 0.0], len(r))
        return Sweep(centres, u, v, radii, square)

    return Part(gen, m, slot)


def studs(points, normals, radius: float, depth: float, slot, sides: int = 8) -> Part:
    """Many small discs in one part (the holes of a sieve, a row of rivets): a ``sides``-sided
    prism ``radius`` round and ``depth`` deep through each point along its normal."""
    p = np.asarray(points, float)
    nrm = np.asarray(normals, float)
    nrm = nrm / np.linalg.norm(nrm, axis=1, keepdims=True)
    ref = np.where(np.abs(nrm[:, 1:2]) < 0.9, [[0.0, 1.0, 0.0]], [[1.0, 0.0, 0.0]])
    u = np.cross(nrm, ref)
    u /= np.linalg.norm(u, axis=1, keepdims=True)
    v = np.cross(nrm, u)
    t = np.arange(sides) * (2 * np.pi / sides)
    ring = np.stack([np.cos(t), np.sin(t)], 1) * radius
    bot = np.c_[ring, np.full(sides, -depth / 2)]
    top = np.c_[ring, np.full(sides, depth / 2)]
    nxt = np.roll(np.arange(sides), -1)
    sides_v = np.stack([bot, bot[nxt], top[nxt], top], 1).reshape(-1, 3)
    local = np.concatenate([top, bot, sides_v])  # the caps' rings, then each side's quad
    fan = np.array([(0, i, i + 1) for i in range(1, sides - 1)])
    quads = np.arange(sides)[:, None] * 4 + sides * 2
    quad_faces = [quads + np.array(q) for q in ((0, 1, 2), (0, 2, 3))]
    faces = np.concatenate([fan, fan[:, ::-1] + sides, *quad_faces])
    frame = np.stack([u, v, nrm], 1)  # (n, 3 axes, 3)
    verts = p[:, None, :] + np.einsum("lk,nkj->nlj", local, frame)
    all_faces = faces[None] + (np.arange(len(p)) * len(local))[:, None, None]
    mesh = FixedMesh(verts.reshape(-1, 3), all_faces.reshape(-1, 3).astype(np.int64))
    return Part(lambda k: mesh, np.eye(4), slot)  # type: ignore[arg-type,return-value]


def flat_solid(
    contours: Callable[[int], list[np.ndarray]], depth: float, m: np.ndarray, slot,
    tag: str = "",
) -> Part:  # fmt: skip
    """A flat solid of any outline under ``m``: the contours ``contours(n)`` ((k, 2) points in
    the xy plane, their curves in about n segments) filled by winding (counter-clockwise ones
    add, clockwise ones cut holes and bites) and extruded from z = 0 to ``depth``. An outline
    with knobs or teeth is not star-shaped as a slab's must be, so manifold3d meshes it."""
    memo: dict[int, FixedMesh] = {}

    def gen(k: float) -> FixedMesh:
        n = segs(k, 24, 8)
        if n not in memo:
            import manifold3d as m3

            section = m3.CrossSection(contours(n), m3.FillRule.Positive)
            mesh = m3.Manifold.extrude(section, depth).calculate_normals(0, CREASE_DEG).to_mesh()
            v = np.asarray(mesh.vert_properties, dtype=np.float64)[:, :3]
            memo[n] = FixedMesh(v, np.asarray(mesh.tri_verts, dtype=np.int64))
        return memo[n]

    return Part(gen, m, slot, tag)  # type: ignore[arg-type]


def rod(a, b, w: float, slot=0, tag: str = "") -> Part:
    """A thin square rod (a wire, a slat) w thick from point a to point b: a square tube,
    cheaper than a round stick when there are dozens, and unlike a long thin box quick for
    the coarser levels' simplification."""
    return tube([a, b], w / np.sqrt(2.0), slot=slot, tag=tag, shape=_SQUARE)


def square_bar(a, b, w: float, d: float, slot=0, tag: str = "") -> Part:
    """A square bar (a rail, a strut) w × d in section from point a to point b."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    return box(w, float(np.linalg.norm(b - a)), d, at(*a) @ align(b - a), slot, tag)


def rect_ring(w: float, d: float, line: float, h: float, m: np.ndarray, slot) -> Part:
    """A rectangular frame of lines ``line`` wide, w × d outside, h high, lying in the xz
    plane under ``m``: a square ring (a four-sided lathe) stretched to the rectangle."""
    t = 2 * line / min(w, d)
    r1, r0 = np.sqrt(2.0), np.sqrt(2.0) * (1 - t)
    ring = [(r0, 0.0), (r1, 0.0), (r1, h), (r0, h)]
    return lathe(ring, m @ scl(w / 2, 1.0, d / 2) @ rot("y", 45), slot, sides=4, closed=True)


def coil_spring(a, b, r: float, coils: int = 4, slot=1) -> Part:
    """A coil spring from a to b: a lathe whose rings swell and pinch like its turns."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    length = float(np.linalg.norm(b - a))
    prof = [(0.0, 0.0), (r * 0.6, 0.0)]
    for k in range(2 * coils + 1):
        prof.append((r if k % 2 else r * 0.55, length * (0.04 + 0.92 * k / (2 * coils))))
    prof += [(r * 0.6, length), (0.0, length)]
    return lathe(prof, at(*a) @ align(b - a), slot, sides=4)


def by_detail(fine: Part, coarse: Part, k0: float = 0.5) -> Part:
    """``fine`` at detail k0 and above, ``coarse`` (placed and slotted the same) below it: a
    ribbed or threaded solid that drops its ribs when the budget is small."""

    def pick(k: float) -> Part:
        return fine if k >= k0 else coarse

    return Part(lambda k: pick(k).sweep(k), fine.matrix, fine.slot, fine.tag,
                lambda k: pick(k).count(k))  # fmt: skip


def scaled(parts: list[Part], m: np.ndarray) -> list[Part]:
    """Another builder's parts placed (moved, turned, scaled) by ``m``."""
    return [p.moved(m) for p in parts]


def reslot(parts: list[Part], table: dict) -> list[Part]:
    """Borrowed parts with their slots swapped by ``table`` (others kept)."""
    return [replace(p, slot=table.get(p.slot, p.slot)) for p in parts]


# Smooth solids from distance fields


def cone(a, b, r1: float, r2: float, blend: float = 0.0) -> Shape:
    """A round cone (a capsule whose radius runs from r1 at a to r2 at b) between 3D points:
    Inigo Quilez's exact distance."""
    a = np.asarray(a, np.float32)
    b = np.asarray(b, np.float32)
    ba = b - a
    l2 = float(ba @ ba)
    rr = r1 - r2
    a2 = max(l2 - rr * rr, 1e-9)
    il2 = np.float32(1.0 / l2)

    def dist(x, y, z):
        px, py, pz = x - a[0], y - a[1], z - a[2]
        yy = px * ba[0] + py * ba[1] + pz * ba[2]
        zz = yy - l2
        qx, qy, qz = px * l2 - ba[0] * yy, py * l2 - ba[1] * yy, pz * l2 - ba[2] * yy
        x2 = qx * qx + qy * qy + qz * qz
        y2 = yy * yy * l2
        z2 = zz * zz * l2
        k = np.sign(rr) * rr * rr * x2
        end = np.sqrt(x2 + z2) * il2 - r2
        start = np.sqrt(x2 + y2) * il2 - r1
        mid = (np.sqrt(x2 * a2 * il2) + yy * rr) * il2 - r1
        return np.where(
            np.sign(zz) * a2 * z2 > k, end, np.where(np.sign(yy) * a2 * y2 < k, start, mid)
        )

    r = max(r1, r2)
    return Shape(dist, np.minimum(a, b) - r, np.maximum(a, b) + r, blend)


def rope(points, radii, blend: float = 0.0, join: float = 0.0) -> list[Shape]:
    """Round cones through 3D points (radii per point), joined to what came before with
    ``blend`` (negative: carved out of it) and to each other with ``join``."""
    p = np.asarray(points, float)
    r = np.broadcast_to(np.asarray(radii, float), (len(p),))
    out = []
    for i in range(len(p) - 1):
        k = blend if i == 0 or blend < 0 else join
        out.append(cone(p[i], p[i + 1], float(r[i]), float(r[i + 1]), k))
    return out


def cut(axis: int, level: float, above: bool, blend: float, lo, hi) -> Shape:
    """Carves away everything above (or below) ``level`` on an axis, within lo..hi."""
    lv = np.float32(level)

    def dist(x, y, z):
        c = (x, y, z)[axis]
        return (lv - c) if above else (c - lv)

    return Shape(dist, np.asarray(lo, np.float32), np.asarray(hi, np.float32), -blend)


def solid(shapes: list[Shape], cell: float, slot=0, tag: str = "") -> Part:
    """A smooth solid of the shapes (in order), meshed with cells of ``cell``."""
    lo = np.min([s.lo for s in shapes if s.blend >= 0], axis=0)
    hi = np.max([s.hi for s in shapes if s.blend >= 0], axis=0)
    c = (lo + hi) / 2
    axis = np.array([[c[0], c[1], lo[2]], [c[0], c[1], hi[2]]])
    return sdf_part(Field(tuple(shapes), axis), cell, slot, tag)


def torso(d: float) -> list[Shape]:
    """A dress form's torso from its thigh stumps to its shoulders, grown by d (the cloth on
    it): hips, waist, ribs, bust and shoulders smoothly joined."""
    shapes = [blob((0.0, 0.79, 0.0), (0.2 + d, 0.15 + d, 0.14 + d))]  # the hips
    shapes.append(blob((0.0, 0.96, -0.01), (0.15 + d, 0.14 + d, 0.11 + d), None, 0.08))
    shapes.append(blob((0.0, 1.13, 0.0), (0.19 + d, 0.13 + d, 0.125 + d), None, 0.08))
    for s in (-1, 1):  # the bust
        shapes.append(blob((s * 0.075, 1.1, 0.075), (0.075 + d, 0.07 + d, 0.06 + d), None, 0.04))
    shapes.append(blob((0.0, 1.24, -0.01), (0.22 + d, 0.065 + d, 0.1 + d), None, 0.06))
    for s in (-1, 1):  # the thigh stumps
        shapes.append(cone((s * 0.11, 0.78, 0.0), (s * 0.13, 0.5, 0.01), 0.1 + d, 0.085 + d, 0.04))
    return shapes


# Small things placed in bigger builds


def flame(base: np.ndarray, h: float) -> list[Part]:
    """A candle-like flame standing up from ``base``: a tall teardrop of fire round a bright
    core."""
    outer = [(0.0, 0.0), (0.05, 0.03), (0.065, h * 0.3), (0.045, h * 0.6), (0.0, h)]
    core = [(0.0, 0.0), (0.028, 0.02), (0.03, h * 0.25), (0.0, h * 0.5)]
    return [lathe(outer, at(*base), "flame"), lathe(core, at(*(base + v3(0, 0.01, 0))), "glow")]


def smoke(start: np.ndarray, height: float, sway: float, curl: bool = False) -> Part:
    """A wisp of smoke rising from ``start``: thin at its source, swelling and swaying as it
    climbs, fading to nothing (with ``curl``, looping over at the top)."""
    ks = np.linspace(0.0, 1.0, 8)
    pts = [
        start + v3(sway * np.sin(5.0 * k) * k, height * k, 0.3 * sway * np.sin(3.0 * k)) for k in ks
    ]
    radii = [0.012 + 0.05 * k * (1 - k) * 2 for k in ks]
    if curl:
        c = pts[-1] + v3(-0.08, 0.0, 0.0)
        pts += [c + v3(0.08 * np.cos(a), 0.08 * np.sin(a), 0.0) for a in (0.9, 1.8, 2.7, 3.6)]
        radii += [0.03, 0.025, 0.018, 0.008]
    radii[-1] = 0.0
    return tube(pts, radii, slot="membrane")


def window(m: np.ndarray, w: float, h: float, slot=1, bars: int = 0) -> list[Part]:
    """A window in a wall facing +z under ``m`` (the middle of its sill at 0): dark glass with a
    cross of glazing bars, a sill and a lintel, and ``bars`` iron bars across it if any."""
    parts = [box(w, h, 0.02, m, "window")]
    parts.append(box(w + 0.04, 0.025, 0.05, m @ at(0, -0.02, 0.01), slot))
    parts.append(box(w + 0.03, 0.025, 0.03, m @ at(0, h, 0.005), slot))
    if bars:
        for i in range(bars):
            x = -w / 2 + w * (i + 0.5) / bars
            parts.append(box(0.014, h, 0.014, m @ at(x, 0, 0.02), "steel"))
        parts.append(box(w, 0.014, 0.014, m @ at(0, h * 0.5, 0.02), "steel"))
    else:
        parts.append(box(0.012, h, 0.01, m @ at(0, 0, 0.012), slot))
        parts.append(box(w, 0.012, 0.01, m @ at(0, h * 0.55, 0.012), slot))
    return parts


def gable(w: float, d: float, y: float, rise: float, m: np.ndarray, slot=1) -> list[Part]:
    """A pitched roof over a box w wide and d deep whose walls stop at y: two sloping boards
    meeting at a ridge ``rise`` above, overhanging a little."""
    half = w / 2 + 0.04
    pitch = np.degrees(np.arctan2(rise, half))
    length = float(np.hypot(half, rise))
    parts = []
    for s in (-1, 1):
        board = at(s * half / 2, y + rise / 2, 0) @ rot("z", -s * pitch)
        parts.append(box(length + 0.02, 0.03, d + 0.08, m @ board @ at(0, -0.015, 0), slot))
    return parts


def leaf_blade(m: np.ndarray, width: float, slot=0, tag: str = "") -> list[Part]:
    """A leaf along +y from -1 to 1 under ``m``: its two halves folded a little up from the
    midrib, the midrib raised and its side veins, and a short stalk below."""
    parts = []
    for s in (-1, 1):
        fold = rot("y", s * -14)
        parts.append(slab(_half_leaf(width, s), 0.025, m @ fold, slot, tag or "body"))
    parts.append(tube([(0, -1.35, 0.0), (0, -1.0, 0.01), (0, 0.9, 0.015)],
                      [0.03, 0.025, 0.006], m, slot))  # fmt: skip
    for k in range(6):  # side veins, toward the tip
        y0 = -0.75 + 0.28 * k
        reach = 0.75 * width * np.sin(np.pi * (0.5 + 0.45 * (y0 + 0.2)))
        for s in (-1, 1):
            end = (s * abs(reach), y0 + 0.3, 0.012 + 0.04 * abs(reach))
            parts.append(tube([(0, y0, 0.015), end], [0.01, 0.003], m, slot))
    return parts


def water_patch(w: float, d: float, m: np.ndarray | None = None) -> list[Part]:
    """A flat patch of water w by d on the ground: dark glossy water, a few pale ripples."""
    m = np.eye(4) if m is None else m
    parts = [box(w, 0.03, d, m, "glaze")]
    for x, z, r in ((0.3, 0.3, 0.12), (-0.35, -0.2, 0.09), (0.25, -0.45, 0.07)):
        ripple = m @ at(x * w, 0.03, z * d) @ scl(1.0, 0.3, 0.7)
        parts.append(torus(r, 0.008, ripple, "rain"))
        parts.append(torus(r * 0.55, 0.006, ripple, "rain"))
    return parts


def rose(c, r: float, slot) -> Part:
    """A rose head at c, opening upward: a cup of five outer petals, rings of rolled petals
    inside it."""
    prof = [(0.0, 0.0), (0.6, 0.12), (0.95, 0.45), (0.95, 0.78), (0.72, 0.95), (0.6, 0.8),
            (0.42, 1.0), (0.28, 0.84), (0.14, 1.0), (0.0, 0.92)]  # fmt: skip
    t = np.linspace(0, 2 * np.pi, 31)[:-1]
    lobes = np.stack([np.cos(t), np.sin(t)], 1) * (0.9 + 0.1 * np.abs(np.cos(2.5 * t)))[:, None]
    return lathe([(x * r, y * r) for x, y in prof], at(*c), slot, shape=lobes)


def daisy(c, r: float, up, slot, heart) -> list[Part]:
    """A daisy-like flower at c facing ``up``: a ring of petals round a domed heart."""
    frame = at(*c) @ align(up)
    petals = slab(_daisy_outline(10), 0.02, frame @ rot("x", -90) @ scl(r, r, 1), slot)
    return [petals, sphere(1.0, frame @ scl(r * 0.35, r * 0.2, r * 0.35), heart)]


def tile(r: float = 1.0, sx: float = 1.0, sz: float = 1.0) -> list[Part]:
    """A round tile of earth, its top in the first material (tagged body)."""
    m = scl(sx, 1, sz)
    return [
        cylinder(r, r, TOP - 0.03, m, "soil"),
        cylinder(r, r, 0.03, m @ at(0, TOP - 0.03, 0), 0, "body"),
    ]


def tree(
    x: float, z: float, h: float, rng: Rng, conifer: bool = False, y: float = TOP
) -> list[Part]:
    """A small tree standing at (x, z): a trunk and a round crown of leaves, or a conifer's
    stacked cones."""
    parts = [cylinder(0.03 * h, 0.022 * h, 0.45 * h, at(x, y, z), "cork")]
    if conifer:
        for k in range(3):
            r = (0.28 - 0.07 * k) * h
            parts.append(cylinder(r, 0.0, 0.4 * h, at(x, y + (0.3 + 0.22 * k) * h, z), "vine"))
        return parts
    for _ in range(3):
        c = v3(x, y + 0.6 * h, z) + v3(*rng.uniform(-0.1, 0.1, 3)) * h
        parts.append(sphere(0.22 * h, at(*c) @ scl(1, 0.85, 1), "vine"))
    return parts


def stones(
    cx: float, cz: float, rx: float, rz: float, n: int, rng: Rng, y: float = TOP
) -> list[Part]:
    """Pebbles round an ellipse (a pond's shore)."""
    parts = []
    for k in range(n):
        a = 2 * np.pi * (k + rng.uniform(-0.3, 0.3)) / n
        s = float(rng.uniform(0.035, 0.06))
        c = (cx + rx * np.cos(a), y, cz + rz * np.sin(a))
        parts.append(sphere(1.0, at(*c) @ scl(s * 1.3, s * 0.7, s), "stones"))
    return parts


def castor(x: float, z: float, r: float, turn: float = 0.0, slot=1) -> list[Part]:
    """A castor standing on the floor at (x, z): a wheel of radius r (dark rubber) in a fork
    turned ``turn`` degrees about y, its stem rising to 2.5 r."""
    m = at(x, 0, z) @ rot("y", turn)
    parts = [cylinder(r, r, 0.8 * r, m @ at(-0.4 * r, r, 0) @ ALONG_X, "pupil")]
    parts.append(box(1.1 * r, 0.7 * r, 0.9 * r, m @ at(0, 1.3 * r, 0.3 * r), slot))  # the fork
    parts.append(cylinder(0.25 * r, 0.25 * r, 0.6 * r, m @ at(0, 1.9 * r, 0.3 * r), slot))
    return parts


def plate(m: np.ndarray, r: float, slot="snow") -> Part:
    """A round dinner plate of radius r whose face is local +y under ``m``: a flat well and a
    rim rising round it."""
    prof = [(0.0, 0.0), (0.62 * r, 0.0), (0.7 * r, 0.03 * r), (0.98 * r, 0.1 * r),
            (1.0 * r, 0.12 * r), (0.96 * r, 0.13 * r), (0.68 * r, 0.07 * r),
            (0.0, 0.05 * r)]  # fmt: skip
    return lathe(prof, m, slot)


def pencil(m: np.ndarray, length: float) -> list[Part]:
    """A pencil along +y under ``m``, its point at 0: a sharpened wooden cone with its dark
    lead, a six-sided yellow body, a metal ferrule and a pink eraser."""
    return [
        lathe([(0.0, 0.0), (0.008, 0.008), (0.03, 0.09), (0.0, 0.09)], m, "pencil-wood"),
        lathe([(0.0, 0.0), (0.009, 0.01), (0.0, 0.011)], m, "marking"),
        lathe(
            [(0.0, 0.09), (0.033, 0.09), (0.033, length), (0.0, length)], m, "cloth-yellow", sides=6
        ),
        cylinder(0.034, 0.034, 0.05, m @ at(0, length, 0), "steel"),
        cylinder(0.032, 0.03, 0.05, m @ at(0, length + 0.05, 0), "eraser"),
    ]


def big_nail(m, tag: str = "") -> list[Part]:
    """One big nail along +y from its point at 0 to its head at 1.4, under ``m``: a square
    shank tapering to the point under a flat round head."""
    shank = [(0.0, 0.0), (0.035, 0.09), (0.06, 0.2), (0.06, 1.37), (0.0, 1.37)]
    parts = [lathe(shank, m @ rot("y", 45), 0, tag, sides=4)]
    parts.append(cylinder(0.16, 0.15, 0.04, m @ at(0, 1.36, 0), 0))  # the head
    parts.append(cylinder(0.07, 0.16, 0.03, m @ at(0, 1.33, 0), 0))
    return parts


def die(m, s: float, faces: tuple[int, int, int], tag: str = "") -> list[Part]:
    """A die of side s standing on 0 under ``m``, rounded, ``faces`` its top, front (+z) and
    right (+x) values (their opposites make seven), pips dished dark into every face."""
    prof = [(0.0, 0.0), (0.8, 0.0), (0.95, 0.02), (1.0, 0.1), (1.0, 0.9), (0.95, 0.98),
            (0.8, 1.0), (0.0, 1.0)]  # fmt: skip
    parts = [lathe(prof, m @ scl(s / 2, s, s / 2), 0, tag, shape=rrect(2.0, 2.0, 0.35, 4))]
    top, front, right = faces
    values = {"top": top, "bottom": 7 - top, "front": front, "back": 7 - front,
              "right": right, "left": 7 - right}  # fmt: skip
    c = at(0, s / 2, 0)
    frames = {  # each face: a rotation taking +z (out of the face) onto its normal
        "front": np.eye(4), "back": rot("y", 180), "right": rot("y", 90), "left": rot("y", -90),
        "top": rot("x", -90), "bottom": rot("x", 90),
    }  # fmt: skip
    g = s * 0.25
    for name, f in frames.items():
        for px, py in PIPS[values[name]]:
            pip = m @ c @ f @ at(px * g, py * g, s / 2 - 0.015) @ rot("x", 90)
            parts.append(cylinder(s * 0.085, s * 0.07, 0.02, pip, 1))
    return parts


def _digit(d: int, m: np.ndarray, w: float, h: float, slot, t: float = 0.0) -> list[Part]:
    """A blocky numeral ``d`` w wide and h high in the xy plane under ``m`` (its foot at 0,
    facing +z): the bars of a seven-segment display, ``t`` thick (w / 4 when 0)."""
    t = t or w / 4
    bars = {
        "a": (0.0, h - t, w, t), "g": (0.0, (h - t) / 2, w, t), "d": (0.0, 0.0, w, t),
        "b": ((w - t) / 2, h / 2, t, h / 2), "c": ((w - t) / 2, 0.0, t, h / 2),
        "f": (-(w - t) / 2, h / 2, t, h / 2), "e": (-(w - t) / 2, 0.0, t, h / 2),
    }  # fmt: skip
    return [
        box(bw, bh, 0.004, m @ at(x, y, 0.0), slot)
        for x, y, bw, bh in (bars[s] for s in SEGMENTS[d])
    ]


def number(n: int, m: np.ndarray, w: float, h: float, slot) -> list[Part]:
    """The numerals of ``n`` side by side, centred on x = 0 under ``m``."""
    text = str(n)
    step = w * 1.35
    x0 = -step * (len(text) - 1) / 2
    parts = []
    for k, ch in enumerate(text):
        parts += _digit(int(ch), m @ at(x0 + step * k, 0, 0), w, h, slot)
    return parts


def readout(text: str, m: np.ndarray, w: float, h: float, slot) -> list[Part]:
    """A digital display's numerals (the seven segments of ``SEGMENTS``), w wide and h high,
    centred on x = 0 under m: two parts, the level bars and the upright ones."""
    t = w / 4
    level = {"a": h - t, "g": (h - t) / 2, "d": 0.0}
    upright = {"b": (1, h / 2), "c": (1, 0.0), "f": (-1, h / 2), "e": (-1, 0.0)}
    step = w * 1.35
    flat, tall = [], []
    for k, ch in enumerate(text):
        x = step * (k - (len(text) - 1) / 2)
        for seg in SEGMENTS[int(ch)]:
            if seg in level:
                flat.append((x, level[seg], 0.0))
            else:
                side, y = upright[seg]
                tall.append((x + side * (w - t) / 2, y, 0.0))
    return [blocks(flat, (w, t, 0.004), m, slot), blocks(tall, (t, h / 2, 0.004), m, slot)]


def landscape(m: np.ndarray, w: float, h: float, lit: bool) -> list[Part]:
    """A landscape in the rectangle w by h (its foot centred at the origin of m, facing +z):
    sky, a sun, a cloud, two rows of rolling hills and a tree; ``lit``: glowing (a screen)."""
    sky, sun, near = ("rainbow-blue", "rainbow-yellow", "rainbow-green") if lit else (
        "plume", "fruit-yellow", "fruit-green")  # fmt: skip
    parts = [box(w, h, 0.004, m, sky)]
    parts.append(cylinder(0.11 * h, 0.11 * h, 0.004, m @ at(0.26 * w, 0.72 * h, 0.002) @ ALONG_Z,
                          sun))  # fmt: skip
    if lit:
        parts.append(cylinder(0.15 * h, 0.15 * h, 0.002, m @ at(0.26 * w, 0.72 * h, 0.002)
                              @ ALONG_Z, "rainbow-orange"))  # fmt: skip
    for dx, dy, r in _CLOUD:
        cloud = m @ at((dx - 0.22) * w, (dy + 0.78) * h, 0.004) @ scl(r * w, r * w * 0.55, 0.003)
        parts.append(sphere(1.0, cloud, "snow"))
    hw = w / 2
    far = _mound(-hw, hw, -0.15 * w, 0.5 * h, 0.32 * h, 0.22 * h)
    parts.append(slab(far, 0.004, m @ at(0, 0, 0.006), "vine"))
    hill = _mound(-hw, hw, 0.3 * w, 0.36 * h, 0.12 * h, 0.28 * h)
    parts.append(slab(hill, 0.004, m @ at(0, 0, 0.01), near))
    tx, ty = -0.26 * w, 0.3 * h  # a tree on the far hill
    parts.append(box(0.02 * w, 0.14 * h, 0.003, m @ at(tx, ty, 0.012), "cork"))
    parts.append(sphere(1.0, m @ at(tx, ty + 0.2 * h, 0.013) @ scl(0.06 * w, 0.1 * h, 0.003),
                        "land"))  # fmt: skip
    return parts


def road_wheel(m: np.ndarray, r: float, w: float, lugs: int = 0, hub=1, white: bool = False):
    """A wheel whose axle is local y under ``m``, its outer face toward +y: a fat dark tyre of
    radius r and width w (with ``lugs`` chunky tread blocks round it, if any), a dished rim and
    a hub cap in ``hub``, and a white wall round the rim if ``white``."""
    prof = [(0.6 * r, -w / 2), (0.96 * r, -w / 2), (r, 0.0), (0.96 * r, w / 2), (0.6 * r, w / 2)]
    shape = block_ring(lugs, 0.09, 0.0) if lugs else None
    parts = [lathe(prof, m, "marking", closed=True, shape=shape)]
    parts.append(cylinder(0.62 * r, 0.62 * r, 0.8 * w, m @ at(0, -0.4 * w, 0), hub))
    parts.append(cylinder(0.3 * r, 0.2 * r, 0.1 * r, m @ at(0, 0.4 * w, 0), hub))
    if white:
        parts.append(torus(0.76 * r, 0.07 * r, m @ at(0, 0.47 * w, 0), "snow"))
    return parts


def side_wheel(x: float, y: float, z: float, r: float, w: float, **kw) -> list[Part]:
    """A road wheel at (x, y, z), its axle along x and its outer face toward the side it is on."""
    return road_wheel(at(x, y, z) @ rot("z", -90 * np.sign(x)), r, w, **kw)


def spoked_wheel(m: np.ndarray, r: float, spokes: int, slot=1) -> list[Part]:
    """A wheel in the yz plane at m: a dark tyre, a rim, spokes and a hub."""
    disc = m @ rot("z", 90)
    parts = [torus(r - 0.02, 0.022, disc, "marking")]
    parts.append(torus(r - 0.045, 0.008, disc, slot))
    for k in range(spokes):
        a = 2 * np.pi * k / spokes
        p = m @ np.array([0.0, (r - 0.05) * np.sin(a), (r - 0.05) * np.cos(a), 1.0])
        o = m[:3, 3]
        parts.append(stick(tuple(o), tuple(p[:3]), 0.005, slot))
    parts.append(cylinder(0.03, 0.03, 0.07, m @ rot("z", 90) @ at(0, -0.035, 0), slot))
    return parts


def cart_wheel(c, r: float, thin: bool) -> list[Part]:
    """A wheel at c turning about x, radius r: a thin rim crossed by six spokes through its
    hub (``thin``), or a fat dark tyre round a broad hub."""
    m = at(*c) @ rot("z", 90)
    if thin:
        out = [
            torus(r, r * 0.06, m, "pupil"),
            cylinder(r * 0.12, r * 0.12, 0.04, m @ at(0, -0.02, 0), 1),
        ]
        for k in range(6):
            a = np.radians(k * 30)
            out.append(
                stick(
                    (c[0], c[1] + r * np.sin(a), c[2] + r * np.cos(a)),
                    (c[0], c[1] - r * np.sin(a), c[2] - r * np.cos(a)),
                    r * 0.012,
                    1,
                )
            )
        return out
    return [
        torus(r * 0.75, r * 0.3, m, "pupil"),
        cylinder(r * 0.55, r * 0.55, r * 0.4, m @ at(0, -r * 0.2, 0), 1),
    ]


def chair(x: float, z: float, turn: float, slot=0) -> list[Part]:
    """A plain chair at (x, z), its back turned by ``turn`` degrees about the vertical (0: its
    back toward -z)."""
    m = at(x, 0.04, z) @ rot("y", turn)
    parts = [box(0.2, 0.025, 0.2, m @ at(0, 0.24, 0), slot)]
    for sx in (-0.085, 0.085):
        for sz in (-0.085, 0.085):
            parts.append(box(0.022, 0.24, 0.022, m @ at(sx, 0, sz), slot))
        parts.append(box(0.022, 0.26, 0.022, m @ at(sx, 0.265, -0.085), slot))
    parts.append(box(0.2, 0.07, 0.02, m @ at(0, 0.44, -0.085), slot))
    return parts


def rails(length: float) -> list[Part]:
    """A short length of railway track along z: two steel rails on wooden sleepers."""
    parts = []
    for x in (-0.3, 0.3):
        parts.append(box(0.04, 0.05, length, at(x, 0.05, 0), "steel"))
    for k in range(int(length / 0.25) + 1):
        parts.append(box(0.85, 0.05, 0.12, at(0, 0.0, -length / 2 + 0.25 * k), "pencil-wood"))
    return parts


def tricorn() -> list[Part]:
    """A tricorn: a low round crown on a brim turned up on three sides into walls that meet
    in three points, one at the front, a braid along their tops."""
    parts = [
        lathe([(0.0, 0.0), (0.2, 0.0), (0.19, 0.16), (0.12, 0.22), (0.0, 0.23)], None, 0, "body"),
    ]
    tri = [(np.sin(a) * 0.36, np.cos(a) * 0.36) for a in np.radians([0, 120, 240])]
    parts.append(slab(tri, 0.02, rot("x", 90), 0))  # the brim under it all
    for k in range(3):  # the brim's sides turned up into walls leaning out, a point in front
        wall = rot("y", 120 * k + 60) @ at(0, 0.0, 0.17) @ rot("x", 18)
        parts.append(box(0.6, 0.15, 0.025, wall @ at(0, 0.0, 0), 0))
        parts.append(box(0.6, 0.02, 0.03, wall @ at(0, 0.145, 0), 1))  # the braid
    return parts


# Whole objects other builds borrow


def barbell(rng: Rng) -> list[Part]:
    """A barbell on the floor: a long bar with stacks of big plates near each end, held by
    collars."""
    parts = [cylinder(0.018, 0.018, 1.6, at(-0.8, 0.2, 0) @ rot("z", -90), 1, "body")]
    for s in (-1, 1):
        for k, r in enumerate((0.2, 0.2, 0.15)):
            x = s * (0.5 + 0.05 * k)
            parts.append(cylinder(r, r, 0.045, at(x - 0.0225, 0.2, 0) @ rot("z", -90), 0))
        parts.append(cylinder(0.035, 0.035, 0.04, at(s * 0.66 - 0.02, 0.2, 0) @ rot("z", -90), 1))
    del rng
    return parts


def dumbbell(rng: Rng) -> list[Part]:
    """A dumbbell lying on the floor: a short knurled grip between two round weights."""
    parts = [cylinder(0.03, 0.03, 0.34, at(-0.17, 0.09, 0) @ rot("z", -90), 1, "body")]
    for x in (-0.2, 0.2):
        parts.append(cylinder(0.09, 0.09, 0.08, at(x - 0.04, 0.09, 0) @ rot("z", -90), 0))
    del rng
    return parts


def gas_pump(rng: Rng) -> list[Part]:
    """A petrol pump: a tall rounded cabinet on its island, a glass globe on top, the dial
    window on its face, the nozzle hung at its side on a coiled black hose."""
    parts = [
        box(0.8, 0.15, 0.6, None, "stones", "body"),  # the island
        box(0.45, 1.2, 0.35, at(0, 0.15, 0), 0),
        cylinder(0.225, 0.225, 0.35, at(0, 1.35, -0.175) @ rot("x", 90), 0),  # its rounded top
        sphere(0.15, at(0, 1.7, 0), "glow"),  # the globe
        box(0.28, 0.2, 0.01, at(0, 0.95, 0.176), "snow"),  # the dial
        box(0.3, 0.08, 0.01, at(0, 0.7, 0.176), "window"),
        box(0.08, 0.16, 0.06, at(0.26, 0.75, 0.0), "marking"),  # the nozzle in its holder
    ]
    hose = [
        (0.26, 0.78, 0.03),
        (0.38, 0.5, 0.1),
        (0.33, 0.25, 0.18),
        (0.25, 0.5, 0.12),
        (0.23, 1.05, 0.0),
    ]
    parts.append(tube(hose, 0.02, slot="marking"))
    del rng
    return parts


def punching_bag(rng: Rng) -> list[Part]:
    """A heavy punching bag hung by its chains from the arm of a stand: a long rounded
    leather cylinder banded at top and bottom."""
    bag = [(0.0, 0.0), (0.16, 0.01), (0.2, 0.08), (0.2, 0.82), (0.16, 0.9), (0.0, 0.91)]
    parts = [
        lathe(bag, at(0, 0.5, 0), 0, "body"),
        stick((-0.6, 0.0, 0.0), (-0.6, 2.0, 0.0), 0.04, 1),  # the stand's post
        stick((-0.6, 1.95, 0.0), (0.0, 1.95, 0.0), 0.035, 1),  # its arm
        box(0.5, 0.05, 0.5, at(-0.6, 0.0, 0.0), 1),  # its foot
    ]
    for y in (0.6, 1.33):
        parts.append(torus(0.2, 0.012, at(0, y, 0), "marking"))
    for dx, dz in ((0.14, 0.0), (-0.07, 0.12), (-0.07, -0.12)):
        parts.append(stick((dx, 1.4, dz), (0.0, 1.7, 0.0), 0.006, "steel"))
    for k in range(3):
        parts.append(
            torus(
                0.025,
                0.007,
                at(0, 1.73 + 0.06 * k, 0) @ rot("x", 90 * (k % 2)) @ scl(1, 1, 1.6),
                "steel",
            )
        )
    del rng
    return parts


def suitcase(rng: Rng) -> list[Part]:
    """A suitcase standing on its end: a deep case with rounded edges, the handle on top, two
    buckled straps round it, brass corners and locks."""
    parts = [box(0.7, 0.5, 0.22, None, 0, "body")]
    parts.append(box(0.72, 0.02, 0.235, at(0, 0.24, 0), "marking"))  # the seam
    parts.append(
        tube([(-0.1, 0.5, 0), (-0.08, 0.57, 0), (0.08, 0.57, 0), (0.1, 0.5, 0)], 0.018, slot=1)
    )
    for x in (-0.2, 0.2):  # the straps and buckles
        parts.append(box(0.05, 0.51, 0.235, at(x, -0.005, 0), 1))
        parts.append(box(0.04, 0.04, 0.01, at(x, 0.32, 0.12), "copper"))
    for x in (-0.34, 0.34):
        for y in (0.0, 0.47):
            parts.append(box(0.04, 0.04, 0.24, at(x, y, 0), "copper"))  # brass corners
    del rng
    return parts


def screwdriver(rng: Rng) -> list[Part]:
    """A screwdriver lying on its side: a fluted plastic handle, the long steel shaft and the
    flattened blade at its tip."""
    grip = [
        (0.0, 0.0),
        (0.04, 0.0),
        (0.05, 0.04),
        (0.05, 0.2),
        (0.04, 0.24),
        (0.025, 0.27),
        (0.0, 0.27),
    ]
    parts = [lathe(grip, at(0, 0.05, -0.3) @ rot("x", 90), 0, "body", sides=8)]
    parts.append(cylinder(0.009, 0.009, 0.36, at(0, 0.05, -0.03) @ rot("x", 90), "steel"))
    parts.append(box(0.026, 0.006, 0.04, at(0, 0.047, 0.35), "steel"))  # the blade
    del rng
    return parts


def steam_iron(rng: Rng) -> list[Part]:
    """A steam iron standing on its pointed soleplate: a shell body narrowing upward, an open
    handle arching over it from heel to nose, a temperature dial under the handle, a steam
    button on it, and the cord leaving its heel in a loop on the ground."""
    L, W = 0.95, 0.52
    yaw = float(rng.uniform(15, 25))
    m = at(0.05, 0, 0) @ rot("y", yaw)
    shape = _iron_outline(L, W)
    parts = [slab(shape, 0.05, m @ at(0, 0.025, 0) @ rot("x", -90), "steel")]  # the soleplate
    shell = [(0.0, 0.05), (1.0, 0.05), (1.02, 0.1), (0.96, 0.18), (0.8, 0.27), (0.55, 0.32),
             (0.0, 0.33)]  # fmt: skip
    parts.append(lathe(shell, m, 0, "body", shape=shape))
    handle = [(-0.3, 0.25, 0.0), (-0.35, 0.5, 0.0), (-0.18, 0.6, 0.0), (0.12, 0.58, 0.0),
              (0.3, 0.45, 0.0), (0.38, 0.25, 0.0)]  # fmt: skip
    parts.append(tube(handle, [0.06, 0.055, 0.05, 0.05, 0.055, 0.07], m, 0))
    parts.append(sphere(1.0, m @ at(0.1, 0.61, 0) @ scl(0.045, 0.02, 0.035), 1))  # steam button
    dial = m @ at(0.0, 0.3, 0.0)  # the temperature dial under the handle
    parts.append(cylinder(0.1, 0.09, 0.06, dial, 1))
    parts.append(box(0.1, 0.012, 0.02, dial @ at(0.04, 0.06, 0) @ rot("y", -30), "marking"))
    parts.append(cylinder(0.045, 0.025, 0.12, m @ at(-0.33, 0.3, 0) @ rot("z", 80), 0))
    cord = [(-0.44, 0.32, 0.0), (-0.56, 0.34, 0.0), (-0.7, 0.26, 0.02), (-0.8, 0.1, 0.08),
            (-0.8, 0.025, 0.25), (-0.62, 0.025, 0.48), (-0.3, 0.025, 0.58)]  # fmt: skip
    parts.append(tube(cord, 0.022, m, "cloth-dark"))
    return parts


SEDAN_WIDTH = 0.42
"""How wide ``sedan`` is across (z), its length 1 along x."""


def sedan(hubs: Slot = 1) -> list[Part]:
    """A four-door saloon car seen side-on, its nose to +x: a body with a long bonnet and boot,
    a glass cabin under a roof on its pillars, door seams, mirrors, four dark tyres on ``hubs``
    in dark arches, headlamps, tail lamps, a grille and bumpers (a police car, a taxi)."""
    w = SEDAN_WIDTH
    body = [(-0.5, 0.09), (0.5, 0.09), (0.505, 0.18), (0.48, 0.25), (0.2, 0.275), (-0.28, 0.285),
            (-0.48, 0.275), (-0.505, 0.18)]  # fmt: skip
    parts = [slab(body, w, None, 0, "body")]
    cab = [(-0.3, 0.27), (0.22, 0.27), (0.06, 0.41), (-0.21, 0.41)]
    parts.append(slab(sharp(cab), w - 0.06, None, "window"))
    parts.append(box(0.29, 0.016, w - 0.05, at(-0.075, 0.405, 0), 0))  # the roof
    pillars = ([(0.22, 0.27), (0.18, 0.27), (0.035, 0.41), (0.07, 0.41)],
               [(-0.05, 0.27), (-0.09, 0.27), (-0.09, 0.41), (-0.05, 0.41)],
               [(-0.3, 0.27), (-0.23, 0.27), (-0.16, 0.41), (-0.215, 0.41)])  # fmt: skip
    for s in (-1, 1):
        side = at(0, 0, s * (w / 2 - 0.03))
        for p in pillars:
            parts.append(slab(sharp(p), 0.012, side, 0))
        for x in (0.2, -0.07):  # the door seams
            parts.append(box(0.004, 0.17, 0.004, at(x, 0.1, s * w / 2), "marking"))
        parts.append(sphere(1.0, at(0.17, 0.3, s * (w / 2 + 0.015)) @ scl(0.02, 0.018, 0.015),
                            0))  # the mirrors # fmt: skip
    for x in (-0.31, 0.31):
        arch = [(x - 0.125, 0.085), (x + 0.125, 0.085), (x + 0.1, 0.17), (x, 0.215),
                (x - 0.1, 0.17)]  # fmt: skip
        parts.append(slab(arch, w + 0.004, None, "marking"))
        for s in (-1, 1):
            wm = at(x, 0.1, s * (w / 2 - 0.04)) @ rot("x", 90 * s)
            parts.append(cylinder(0.1, 0.1, 0.05, wm, "marking"))  # the tyres
            parts.append(cylinder(0.06, 0.055, 0.056, wm, hubs))  # the hubs
    for s in (-1, 1):  # lamps and the grille
        parts.append(box(0.012, 0.04, 0.09, at(0.5, 0.2, s * 0.14), "glow"))
        parts.append(box(0.012, 0.04, 0.08, at(-0.502, 0.2, s * 0.15), "card-red"))
    parts.append(box(0.012, 0.04, 0.16, at(0.502, 0.2, 0), "marking"))
    for x in (-0.49, 0.49):  # bumpers
        parts.append(box(0.04, 0.05, w + 0.01, at(x, 0.085, 0), 1))
    return parts


def grid_mesh(
    p: np.ndarray, caps: tuple[bool, bool] = (True, True)
) -> tuple[np.ndarray, np.ndarray]:
    """The vertices and faces of a closed skin through a grid of points (rows, cols, 3): each
    row a loop round the thing, quads between neighbouring rows, the first and last rows closed
    by a fan to their middles when capped."""
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
            ring, ring_next = idx[row], nxt[row]
            hub = np.full(c, n)
            faces.append(np.stack([hub, ring_next, ring] if end == 0 else [hub, ring, ring_next],
                                  1))  # fmt: skip
            n += 1
    return np.concatenate(verts), np.concatenate(faces)


def grid_skin(p: np.ndarray, slot, tag: str = "", caps: tuple[bool, bool] = (True, True)) -> Part:
    """``grid_mesh`` as a part."""
    return mesh_part(*grid_mesh(p, caps), slot, tag)


def grid_normals(p: np.ndarray) -> np.ndarray:
    """Unit normals of a surface grid (rows, cols, 3): the cross of its two directions."""
    du = np.gradient(p, axis=0)
    dv = np.gradient(p, axis=1)
    n = np.cross(du, dv)
    return n / np.maximum(np.linalg.norm(n, axis=-1, keepdims=True), 1e-12)


def cloth_sheet(p: np.ndarray, thick: float, slot, tag: str = "") -> Part:
    """A thin sheet (cloth, paper) through a grid of points (rows, cols, 3), ``thick`` thick: its
    two faces joined round the edges into one closed skin."""
    n = grid_normals(p) * (thick / 2)
    ring = np.concatenate([p + n, (p - n)[:, ::-1]], axis=1)
    return grid_skin(ring, slot, tag)


def bead(r: float, m: np.ndarray, slot: Slot, sides: int = 8) -> Part:
    """A small round bead (a pearl, a rosary's) of radius r on m's origin, in few triangles."""
    prof = [(0.0, -r), (r * 0.75, -r * 0.66), (r, 0.0), (r * 0.75, r * 0.66), (0.0, r)]
    return lathe(prof, m, slot, sides=sides)


# ---- the parts of a bird, built head toward +x, its right side toward +z --------------------

_BIRD_OVAL = ellipse(1.0, 1.0, 12)


def bird_rows(ctrl, n: int) -> np.ndarray:
    """n rows smoothly through the control rows (x, y, z, then any sizes) of a bird's part."""
    return _bird_smooth(tuple(tuple(float(v) for v in row) for row in ctrl), n)


@lru_cache(maxsize=64)
def _bird_smooth(ctrl: tuple, n: int) -> np.ndarray:
    """``bird_rows``' smoothing, kept for the many points read off one wing."""
    out = catmull_rom(ctrl, n)
    out.flags.writeable = False
    return out


def folded_wings(ctrl, tilt: float = 20.0, slot=0, n: int = 16) -> list[Part]:
    """Both folded wings: rows (x, y, z, half height, half thickness) along the right wing from
    its shoulder to its tip (z > 0, mirrored for the left), its top leaning in by ``tilt``."""
    r = bird_rows(ctrl, n)
    a = np.radians(tilt)
    zero = np.zeros(n)
    parts = []
    for s in (-1, 1):
        c = r[:, :3] * (1, 1, s)
        u = np.stack([zero, r[:, 3] * np.cos(a), -s * r[:, 3] * np.sin(a)], 1)
        v = np.stack([zero, r[:, 4] * np.sin(a), s * r[:, 4] * np.cos(a)], 1)
        parts.append(loft(c, u, v, _BIRD_OVAL, slot, "wings"))
    return parts


def flat_tail(outline, root, droop: float, thick: float, slot=0) -> Part:
    """A flat tail of this outline (drawn in xy from its root at x = 0 back along +x, its
    half width in y) set at ``root`` (x, y), pointing back and down by ``droop`` degrees."""
    pts = ccw(np.asarray(outline, float))
    m = at(root[0], root[1], 0.0) @ rot("z", droop) @ rot("y", 180) @ FLAT_UP
    return flat_solid(lambda n: [pts], thick, m @ at(0, 0, -thick / 2), slot, "tail")


def bird_beak(ctrl, slot="marking", z: float = 0.0) -> Part:
    """A beak through rows (x, y, half height, half width) from its root to its point."""
    r = bird_rows(ctrl, 10)
    zero = np.zeros(10)
    c = np.stack([r[:, 0], r[:, 1], zero + z], 1)
    u = np.stack([zero, r[:, 2], zero], 1)
    v = np.stack([zero, zero, r[:, 3]], 1)
    return loft(c, u, v, _BIRD_OVAL, slot, "beak")


def skin_streak(field: Field, c, dirs, w: float, slot="marking", lift: float = 0.012) -> list[Part]:
    """A painted streak on both sides of a skin through the points where rays from c along
    dirs (z > 0, mirrored) leave it, w wide, ``lift`` off it (over a patch of colour)."""
    d = np.asarray(dirs, float)
    ps, ns = skin_hits(field, [c] * (2 * len(d)), np.concatenate([d * (1, 1, -1), d]), start=0.002)
    ps, ns = ps.reshape(2, len(d), 3), ns.reshape(2, len(d), 3)
    return [skin_strip(p + n * lift, n, w, 0.006, slot) for p, n in zip(ps, ns, strict=True)]


def turned(parts: list[Part], rng: np.random.Generator, yaw: float = 24.0) -> list[Part]:
    """A bird turned about y by about yaw degrees to show its side, its head a little toward
    the viewer (+z): 37 would show it side-on, 0 head and breast half toward them."""
    yaw += float(rng.uniform(-5, 5))
    return [p.moved(rot("y", yaw)) for p in parts]


def bristles(roots, tips, width: float, slot) -> Part:
    """Many stiff tufts of hair as one part: from each root a four-sided spike tapering to its
    tip."""
    r0, r1 = np.asarray(roots, float), np.asarray(tips, float)
    n = len(r0)
    d = r1 - r0
    side = np.cross(d, [0.0, 0.0, 1.0])
    flat = np.linalg.norm(side, axis=1) < 1e-6
    side[flat] = (1.0, 0.0, 0.0)
    side /= np.linalg.norm(side, axis=1, keepdims=True)
    up = np.cross(d / np.linalg.norm(d, axis=1, keepdims=True), side)
    sq = np.array([(1, 0), (0, 1), (-1, 0), (0, -1)], float)
    rings = []
    for c, w in ((r0, width), (r0 + d * 0.45, width * 0.6)):
        rings.append(
            c[:, None] + w * (sq[None, :, :1] * side[:, None] + sq[None, :, 1:] * up[:, None])
        )
    verts = np.concatenate([rings[0], rings[1], r1[:, None]], 1)  # (n, 9, 3)
    faces = [(0, 2, 1), (0, 3, 2)]
    for i in range(4):
        j = (i + 1) % 4
        faces += [(i, j, 4 + j), (i, 4 + j, 4 + i), (4 + i, 4 + j, 8)]
    f = np.array(faces)[None] + (np.arange(n) * 9)[:, None, None]
    return mesh_part(verts.reshape(-1, 3), f.reshape(-1, 3), slot)


def bird_eyes(field: Field, c, d, size: float, ring=None, ring_k: float = 1.6,
              lift: float = 0.0, start: float = 0.002) -> list[Part]:  # fmt: skip
    """Round black eyes where rays from the head's middle c along d (z > 0, mirrored) leave
    the skin (``start`` along the ray at the earliest; ``lift`` off it, over a patch of
    colour), each in a coloured ``ring`` (``ring_k`` times the eye's size) when given."""
    parts = []
    ps, ns = skin_hits(
        field, [c, c], [np.asarray(d, float) * (1, 1, s) for s in (-1, 1)], start=start
    )
    for p, n in zip(ps, ns, strict=True):
        m = at(*(p + n * lift)) @ align(n)
        if ring:
            parts.append(sphere(1.0, m @ scl(size * ring_k, size * 0.5, size * ring_k), ring))
        parts.append(sphere(1.0, m @ at(0, size * 0.15, 0) @ scl(size, size * 0.6, size),
                            "pupil", "eyes"))  # fmt: skip
    return parts


def hair_locks(
    paths, width: float, thick: float, slot, n: int = 7, narrow: float = 0.92, thin: float = 0.7
) -> Part:
    """Many flat tapering strands of hair (a mane, a tail, a beard) as one part: a smooth curve
    through each path's points (paths (k, P, 3)), a flat strip along it ``width`` wide at its
    root narrowing to a point, ``thick`` thick, wide in the plane of the curve and z when it
    can be. Toward its tip a strand narrows by ``narrow`` and thins by ``thin`` of its root's."""
    p = np.asarray(paths, float)
    k = len(p)
    pts = np.stack([catmull_rom(q, n) for q in p])  # (k, n, 3)
    t = np.gradient(pts, axis=1)
    t /= np.maximum(np.linalg.norm(t, axis=2, keepdims=True), 1e-9)
    side = np.cross(t, [0.0, 0.0, 1.0])
    weak = np.linalg.norm(side, axis=2, keepdims=True) < 0.3
    side = np.where(weak, np.cross(t, [1.0, 0.0, 0.0]), side)
    side /= np.maximum(np.linalg.norm(side, axis=2, keepdims=True), 1e-9)
    nrm = np.cross(t, side)
    f = np.linspace(0, 1, n)[None, :, None]
    w = width / 2 * (1 - narrow * f) ** 0.8
    h = thick / 2 * (1 - thin * f)
    ring = np.stack([pts + side * w + nrm * h, pts - side * w + nrm * h, pts - side * w - nrm * h,
                     pts + side * w - nrm * h], 2)  # (k, n, 4, 3) # fmt: skip
    one = [(0, 2, 1), (0, 3, 2)]
    last = 4 * (n - 1)
    one += [(last, last + 1, last + 2), (last, last + 2, last + 3)]
    for r in range(n - 1):
        for i in range(4):
            j = (i + 1) % 4
            a, b = 4 * r, 4 * (r + 1)
            one += [(a + i, a + j, b + j), (a + i, b + j, b + i)]
    faces = np.array(one)[None] + (np.arange(k) * 4 * n)[:, None, None]
    return mesh_part(ring.reshape(-1, 3), faces.reshape(-1, 3), slot)


def ball_mesh(sides: int, rings: int) -> tuple[np.ndarray, np.ndarray]:
    """A unit ball's vertices and faces: a pole at each end and ``rings`` rings of ``sides``."""
    lat = np.linspace(-np.pi / 2, np.pi / 2, rings + 2)[1:-1]
    a = np.arange(sides) * (2 * np.pi / sides)
    ring = [np.stack([np.cos(t) * np.cos(a), np.full(sides, np.sin(t)), np.cos(t) * np.sin(a)], 1)
            for t in lat]  # fmt: skip
    verts = np.concatenate([[[0.0, -1.0, 0.0]], *ring, [[0.0, 1.0, 0.0]]])
    j = np.arange(sides)
    k = (j + 1) % sides
    top = 1 + rings * sides
    faces = [np.stack([np.zeros(sides, int), 1 + j, 1 + k], 1)]
    for r in range(rings - 1):
        lo, hi = 1 + r * sides, 1 + (r + 1) * sides
        faces += [np.stack([lo + j, hi + j, lo + k], 1), np.stack([lo + k, hi + j, hi + k], 1)]
    lo = 1 + (rings - 1) * sides
    faces.append(np.stack([np.full(sides, top), lo + k, lo + j], 1))
    return verts, np.concatenate(faces)


def _unit_rows(v) -> np.ndarray:
    """Rows of v scaled to length 1."""
    v = np.asarray(v, float)
    return v / np.maximum(np.linalg.norm(v, axis=-1, keepdims=True), 1e-12)


def flat_things(centres, normals, heads, sizes, outline: np.ndarray, depth: float, slot,
           cup: float = 0.0, fold: float = 0.0) -> Part:  # fmt: skip
    """Many thin flat things (leaves, petals) in one part: ``outline`` ((k, 2) points, star-
    shaped round 0) scaled by each size, ``depth`` thick through each centre, its face toward
    the normal and its +y toward the head; its rim lifted ``cup`` times the square of the
    distance from 0 and ``fold`` times the distance from its midrib."""
    p = np.asarray(centres, float).reshape(-1, 3)
    n = _unit_rows(np.asarray(normals, float).reshape(-1, 3))
    h = np.broadcast_to(np.asarray(heads, float), p.shape).copy()
    h = h - (h * n).sum(1, keepdims=True) * n
    bad = np.linalg.norm(h, axis=1) < 1e-6
    h[bad] = np.cross(n[bad], [0.3, 0.1, 0.95])
    h = _unit_rows(h)
    u = np.cross(h, n)
    s = np.broadcast_to(np.asarray(sizes, float), (len(p),))[:, None]
    k = len(outline)
    xy = np.concatenate([[[0.0, 0.0]], outline, [[0.0, 0.0]], outline])
    lift = cup * (xy**2).sum(1) + fold * np.abs(xy[:, 0])
    half = np.r_[np.full(k + 1, depth / 2), np.full(k + 1, -depth / 2)]
    i = np.arange(k)
    j = (i + 1) % k
    faces = np.concatenate([
        np.stack([np.zeros(k, int), 1 + i, 1 + j], 1),
        np.stack([np.full(k, k + 1), k + 2 + j, k + 2 + i], 1),
        np.stack([1 + i, k + 2 + i, k + 2 + j], 1),
        np.stack([1 + i, k + 2 + j, 1 + j], 1),
    ])  # fmt: skip
    verts = (
        p[:, None]
        + (xy[None, :, 0] * s)[..., None] * u[:, None]
        + (xy[None, :, 1] * s)[..., None] * h[:, None]
        + (half[None] + lift[None] * s)[..., None] * n[:, None]
    )
    all_faces = faces[None] + (np.arange(len(p)) * len(xy))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), all_faces.reshape(-1, 3), slot)


def curves(paths, n: int) -> np.ndarray:
    """n points along a smooth curve through each path's points (paths of one length share the
    spline's weights)."""
    out = np.empty((len(paths), n, 3))
    sizes = np.array([len(p) for p in paths])
    for m in np.unique(sizes):
        pick = np.flatnonzero(sizes == m)
        w = catmull_rom(np.eye(m), n)
        out[pick] = np.einsum("nm,pmk->pnk", w, np.asarray([paths[i] for i in pick], float))
    return out


def strands(paths, radii, slot, sides: int = 5, n: int = 7) -> Part:
    """Many thin tubes in one part (twigs, stems, flower tubes, spurs): a ``sides``-sided tube
    along a smooth curve through each path's points, ``n`` rings long, its radius running
    through ``radii`` (values along it, for all or one row each), capped at both ends."""
    c = curves(paths, n)
    rr = np.atleast_1d(np.asarray(radii, float))
    rr = np.broadcast_to(rr if rr.ndim == 2 else rr[None], (len(c), rr.shape[-1]))
    r = np.stack([np.interp(np.linspace(0, 1, n), np.linspace(0, 1, rr.shape[1]), row)
                  for row in rr])[:, :, None, None]  # fmt: skip
    d = units(np.gradient(c, axis=1))
    ref = np.where(np.abs(d[..., 1:2]) < 0.9, [0.0, 1.0, 0.0], [1.0, 0.0, 0.0])
    e1 = units(np.cross(d, ref))
    e2 = np.cross(d, e1)
    a = np.arange(sides) * (2 * np.pi / sides)
    ring = c[:, :, None] + r * (np.cos(a)[:, None] * e1[:, :, None] + np.sin(a)[:, None] *
                                e2[:, :, None])  # fmt: skip
    verts = np.concatenate([ring.reshape(len(c), -1, 3), c[:, :1], c[:, -1:]], 1)
    q = np.arange(sides)
    q1 = (q + 1) % sides
    rows = np.arange(n - 1)[:, None] * sides
    body = np.concatenate([
        np.stack([rows + q, rows + q1, rows + sides + q1], -1).reshape(-1, 3),
        np.stack([rows + q, rows + sides + q1, rows + sides + q], -1).reshape(-1, 3),
        np.stack([np.full(sides, n * sides), q1, q], 1),
        np.stack([np.full(sides, n * sides + 1), (n - 1) * sides + q, (n - 1) * sides + q1], 1),
    ])  # fmt: skip
    faces = body[None] + (np.arange(len(c)) * verts.shape[1])[:, None, None]
    return mesh_part(verts.reshape(-1, 3), faces.reshape(-1, 3), slot)


def sphere_dirs(n: int, rng: Rng, jitter: float) -> np.ndarray:
    """n directions spread evenly over a sphere (a Fibonacci spiral), shaken a little."""
    i = np.arange(n) + 0.5
    y = 1 - 2 * i / n
    r = np.sqrt(1 - y * y)
    a = i * np.pi * (3 - np.sqrt(5)) + rng.uniform(0, 6.3)
    d = np.stack([r * np.cos(a), y, r * np.sin(a)], 1) + rng.normal(0, jitter, (n, 3))
    return d / np.linalg.norm(d, axis=1, keepdims=True)


def balls(centres, radii, slot, sides: int, rings: int, tag: str = "") -> Part:
    """Many small round lumps in one part: a coarse ball round each centre, its radius one for
    all, one each ((n,)) or (x, y, z) for all ((1, 3)) or each ((n, 3))."""
    c = np.asarray(centres, float).reshape(-1, 3)
    rr = np.asarray(radii, float)
    rr = np.broadcast_to(rr[..., None] if rr.ndim < 2 else rr, (len(c), 3))
    v, f = ball_mesh(sides, rings)
    verts = c[:, None, :] + v[None] * rr[:, None, :]
    faces = f[None] + (np.arange(len(c)) * len(v))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), faces.reshape(-1, 3), slot, tag)


def strand_faces(n: int) -> np.ndarray:
    """The triangles of one four-sided strand through n points: its sides and its end caps."""
    i = np.arange(n - 1)[:, None] * 4
    j = np.arange(4)[None, :]
    a, b = i + j, i + (j + 1) % 4
    c, d = b + 4, a + 4
    side = np.concatenate([np.stack([a, b, c], -1), np.stack([a, c, d], -1)]).reshape(-1, 3)
    e = 4 * (n - 1)
    caps = np.array([(0, 2, 1), (0, 3, 2), (e, e + 1, e + 2), (e, e + 2, e + 3)])
    return np.concatenate([side, caps])


def hoofed_legs(feet, fore, hind, knee, hoof, section) -> list[Part]:
    """Four slender legs on small dark hooves, each a tube through its control points with a
    knobbly knee or hock at its third: ``feet`` the (x, z) of each (forelegs first),
    ``fore``/``hind`` a leg's ((dx, y, z-scale), ...) points and radii, ``knee`` the knob's
    half-sizes, ``hoof`` (foot radius, top radius, height), ``section`` the tube's outline."""
    parts: list[Part] = []
    for k, (x, z) in enumerate(feet):
        points, radii = fore if k < 2 else hind
        pts = [(x + dx, y, z * zs) for dx, y, zs in points]
        parts.append(tube(pts, radii, None, 0, shape=section))
        parts.append(bead(1.0, at(*pts[2]) @ scl(*knee), 0, 6))
        outline = [(0.0, 0.0), (hoof[0], 0.0), (hoof[1], hoof[2]), (0.0, hoof[2])]
        parts.append(lathe(outline, at(x, 0.0, z), "marking", sides=6))
    return parts
