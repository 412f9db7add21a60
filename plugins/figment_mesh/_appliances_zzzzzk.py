"""More of the device family's appliances, from 1491: a poke bonnet on a head stand, a cloak on a
dress form, an antelope, a marketplace, a theatre backdrop, a capillary bed, the planet Venus and
a puffball shedding its spores.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, mesh_part, rot, scl, signed_volume, v3
from ._kit import (
    ALONG_Z,
    balls,
    band,
    bead,
    blocks,
    chain,
    colour_patch,
    ellipse,
    grid_normals,
    hoofed_legs,
    hoop,
    rope,
    skin_field,
    skin_hits,
    skin_strip,
    solid,
    strands,
    unit,
)
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, tube
from ._sdf import ellipsoid

__all__ = ["MORE_APPLIANCES_ZZZZZK"]

Rng = np.random.Generator

_OVAL = ellipse(1.0, 1.0, 8)
"""An eight-sided cross-section for thin tubes."""


def _sheet(p: np.ndarray, thick: float, slot, tag: str = "") -> Part:
    """A thin sheet (cloth, a stiffened brim) through a grid of points (rows, cols, 3), ``thick``
    thick: its two faces and a narrow wall round its edges (no fans across a curved edge, as a
    capped loop would have)."""
    r, c, _ = p.shape
    n = grid_normals(p) * (thick / 2)
    v = np.concatenate([(p + n).reshape(-1, 3), (p - n).reshape(-1, 3)])
    idx = np.arange(r * c).reshape(r, c)
    a, b, d, e = idx[:-1, :-1], idx[:-1, 1:], idx[1:, :-1], idx[1:, 1:]
    top = np.concatenate([np.stack([a, b, e], -1).reshape(-1, 3),
                          np.stack([a, e, d], -1).reshape(-1, 3)])  # fmt: skip
    loop = np.concatenate([idx[0, :], idx[1:, -1], idx[-1, -2::-1], idx[-2:0:-1, 0]])
    nxt, k = np.roll(loop, -1), r * c
    side = np.concatenate(
        [np.stack([nxt, loop, loop + k], 1), np.stack([nxt, loop + k, nxt + k], 1)]
    )
    f = np.concatenate([top, top[:, ::-1] + k, side])
    if signed_volume(v, f) < 0:
        f = f[:, ::-1]
    return mesh_part(v, f, slot, tag)


# 1491 bonnet

_HEAD = np.array([0.0, 0.53, 0.0])
"""The middle of the stand's head, which the bonnet sits on."""


def _brim_grid(inset: float = 0.0) -> np.ndarray:
    """The poke bonnet's brim as a grid of points: rings from where it meets the crown over the
    head's top forward to its front rim, each an arch from below one cheek over the top to below
    the other, widening and rising as it pokes forward; ``inset`` draws it that much smaller (its
    lining)."""
    s = np.linspace(0.0, 1.0, 9)[:, None]
    a = np.radians(np.linspace(-118.0, 118.0, 23))[None, :]
    rx = 0.122 + 0.1 * s**1.4 - inset
    ry = 0.132 + 0.09 * s**1.4 - inset
    x = rx * np.sin(a)
    y = _HEAD[1] + 0.01 + 0.07 * s + ry * np.cos(a)
    z = -0.03 + 0.21 * s + 0.0 * a
    return np.stack([x, y, z], -1)


def _head_stand() -> list[Part]:
    """A milliner's stand: a round wooden foot, a turned post and a plain faceless head on a neck
    over a little cap of shoulders (painted plaster)."""
    parts = [cylinder(0.13, 0.12, 0.03, None, "cork")]
    post = [(0.0, 0.03), (0.045, 0.03), (0.02, 0.08), (0.016, 0.2), (0.03, 0.25), (0.0, 0.27)]
    parts.append(lathe(post, None, "cork"))
    head = [ellipsoid(_HEAD, (0.094, 0.118, 0.104))]
    head += rope([(0.0, 0.3, -0.01), (0.0, 0.46, -0.01)], [0.048, 0.046], 0.03)  # the neck
    head.append(ellipsoid((0.0, 0.45, 0.05), (0.058, 0.048, 0.045), None, 0.04))  # the jaw
    head.append(ellipsoid((0.0, 0.52, 0.1), (0.013, 0.026, 0.016), None, 0.012))  # the nose
    head.append(ellipsoid((0.0, 0.3, -0.01), (0.12, 0.035, 0.08), None, 0.04))  # shoulders
    parts.append(solid(head, 0.015, "plaster"))
    return parts


def _bow(c: np.ndarray, slot=1) -> list[Part]:
    """A big ribbon bow at c facing +z: two wide loops out to the sides, a knot and two long
    ends hanging down."""
    parts = [sphere(1.0, at(*c) @ scl(0.022, 0.02, 0.016), slot)]
    for s in (-1, 1):
        loop = [(0.0, 0.0, 0.006), (s * 0.05, 0.02, 0.02), (s * 0.095, 0.03, 0.008),
                (s * 0.1, 0.01, -0.01), (s * 0.05, -0.005, -0.016), (0.0, 0.0, -0.006)]  # fmt: skip
        parts.append(band([c + p for p in loop], [0.022, 0.045, 0.06, 0.06, 0.045, 0.022],
                          0.006, (0, 1, 0), slot))  # fmt: skip
        end = [(s * 0.008, -0.01, 0.012), (s * 0.03, -0.07, 0.02), (s * 0.045, -0.15, 0.012),
               (s * 0.055, -0.2, 0.004)]  # fmt: skip
        parts.append(band([c + p for p in end], 0.04, 0.006, (1, 0, 0), slot))
    return parts


def _silk_rose(m: np.ndarray, r: float, slot) -> Part:
    """A silk rose of radius r opening along +y under m: a cup of petals round rolled ones
    (``_kit.rose`` in fewer triangles)."""
    prof = [(0.0, 0.0), (0.6, 0.12), (0.95, 0.45), (0.95, 0.78), (0.72, 0.95), (0.5, 0.82),
            (0.3, 0.98), (0.14, 0.86), (0.0, 0.92)]  # fmt: skip
    t = np.linspace(0, 2 * np.pi, 17)[:-1]
    lobes = np.stack([np.cos(t), np.sin(t)], 1) * (0.88 + 0.12 * np.abs(np.cos(2.5 * t)))[:, None]
    return lathe([(x * r, y * r) for x, y in prof], m, slot, shape=lobes)


def _silk_flowers(rng: Rng) -> list[Part]:
    """A spray of silk flowers on the bonnet's right side where the brim meets the crown: three
    open roses, a couple of buds and leaves."""
    g = _brim_grid()
    parts = []
    colours = ("eraser", "card-red", "snow")
    for k, (i, j) in enumerate(((1, 18), (0, 16), (2, 20))):
        p = g[i, j]
        n = unit(np.array([p[0], p[1] - _HEAD[1], 0.3]))
        r = 0.042 - 0.005 * k + float(rng.uniform(-0.002, 0.002))
        parts.append(_silk_rose(at(*(p + n * 0.024)) @ align(n), r, colours[k]))
    for i, j, d in ((0, 19, (0.4, -0.3, -0.5)), (4, 17, (0.5, 0.6, 0.4)), (2, 21, (0.6, -0.7, 0))):
        p = g[i, j] + unit(np.array([g[i, j][0], g[i, j][1] - _HEAD[1], 0.0])) * 0.01
        m = at(*p) @ align(d) @ at(0, 0.03, 0) @ scl(0.018, 0.035, 0.006)
        parts.append(bead(1.0, m, "vine"))  # the leaves
    for i, j in ((4, 20), (0, 16)):  # the buds
        p = g[i, j] + unit(np.array([g[i, j][0], g[i, j][1] - _HEAD[1], 0.0])) * 0.02
        parts.append(bead(0.012, at(*p), "cloth-yellow"))
    return parts


def _bonnet(rng: Rng) -> list[Part]:
    """A Victorian poke bonnet on a milliner's head stand, seen from the front: a deep stiff brim
    standing up round the open front to frame the face, poking forward and up, lined in the
    second material and piped round its rim, a rounded crown over the back of the head with a
    short frilled curtain at the nape, a wide ribbon (second material) over the join of brim and
    crown and down past the cheeks to a big bow tied under the chin with long ends hanging, a
    spray of silk roses and leaves at one side; the stand a plain plaster head on a turned
    wooden post."""
    brim = _brim_grid()
    parts = [_sheet(brim, 0.012, 0, "body")]
    parts.append(_sheet(_brim_grid(0.01), 0.006, 1))  # the lining
    parts.append(tube(brim[-1], 0.009, None, 0, shape=_OVAL))  # the piping round its rim
    crown = at(*(_HEAD + v3(0.0, 0.035, -0.065))) @ scl(0.118, 0.13, 0.112)
    parts.append(sphere(1.0, crown, 0))
    curtain = np.zeros((3, 15, 3))  # the frilled curtain at the nape
    for i, t in enumerate((0.0, 0.5, 1.0)):
        for j, a in enumerate(np.radians(np.linspace(105.0, 255.0, 15))):
            r = 0.1 + 0.03 * t + 0.008 * t * (j % 2)
            curtain[i, j] = (r * np.sin(a), _HEAD[1] - 0.045 - 0.06 * t, -0.05 + r * np.cos(a))
    parts.append(_sheet(curtain, 0.008, 0))
    seam = brim[1]  # the ribbon over the join and down to the bow
    out = np.stack([seam[:, 0], seam[:, 1] - _HEAD[1], np.zeros(len(seam))], 1)
    over = seam + out / np.linalg.norm(out, axis=1, keepdims=True) * 0.012
    parts.append(band(over[::2], 0.05, 0.006, (0, 0, 1), 1))
    knot = np.array([0.0, 0.35, 0.11])
    for end in (over[0], over[-1]):
        s = np.sign(end[0])
        tie = [end, (s * 0.112, 0.43, 0.03), (s * 0.06, 0.375, 0.085), knot + v3(s * 0.012, 0, 0)]
        parts.append(band(tie, 0.04, 0.006, (0, 0, 1), 1))
    parts += _bow(knot)
    parts += _silk_flowers(rng)
    parts += _head_stand()
    return parts


# 1492 cape

_CLOAK = ((0.5, 0.02, 0.42), (0.41, 0.45, 0.33), (0.32, 0.9, 0.22), (0.275, 1.16, 0.175),
          (0.245, 1.26, 0.145), (0.16, 1.31, 0.11), (0.075, 1.345, 0.07))  # fmt: skip
"""The cloak's rings from its hem up to its neck: (half width, height, half depth)."""
_CLOAK_RING = catmull_rom(_CLOAK, 60)


def _cloak_grid(rng: Rng, inset: float = 0.0, rows: int = 21, cols: int = 43) -> np.ndarray:
    """The cloak as a grid of points: rings from the neck down to the hem (falling over the
    shoulders, flaring to the floor), each from the right front edge round the back to the left
    one, the opening at the front widening downward, deepening vertical folds below the
    shoulders; ``inset`` draws it that much smaller (its lining)."""
    ring = catmull_rom(_CLOAK, rows)[::-1]  # neck first
    rx, y, rz = ring[:, 0:1], ring[:, 1:2], ring[:, 2:3]
    gap = np.radians(9.0 + 22.0 * np.clip((1.26 - y) / 1.24, 0.0, 1.0))
    u = np.linspace(0.0, 1.0, cols)[None, :]
    phi = gap + (2 * np.pi - 2 * gap) * u
    depth = np.clip((1.24 - y) / 1.2, 0.0, 1.0) ** 0.7
    phase = float(rng.uniform(0, 2 * np.pi))
    fold = 1.0 + depth * (0.12 * np.sin(12 * phi + phase) + 0.03 * np.sin(5 * phi))
    x = (rx * fold - inset) * np.sin(phi)
    z = -0.01 + (rz * fold - inset) * np.cos(phi)
    return np.stack([x, np.broadcast_to(y, x.shape), z], -1)


def _collar(inset: float) -> np.ndarray:
    """The cloak's high standing collar as a grid: a band round the neck open at the front,
    flaring as it rises."""
    g = np.zeros((4, 20, 3))
    for i, t in enumerate(np.linspace(0.0, 1.0, 4)):
        r = 0.085 + 0.04 * t**1.5 - inset
        for j, a in enumerate(np.radians(np.linspace(28.0, 332.0, 20))):
            g[i, j] = (r * np.sin(a), 1.3 + 0.13 * t, -0.01 + r * np.cos(a) * 0.95)
    return g


def _on_back(y: float, v: float, w: float, lift: float) -> tuple[float, float, float]:
    """A point on the cloak's back at height y, ``v`` · ``w`` across from its middle, ``lift``
    off it."""
    ring = _CLOAK_RING
    rx = float(np.interp(y, ring[:, 1], ring[:, 0]))
    rz = float(np.interp(y, ring[:, 1], ring[:, 2]))
    phi = np.pi + v * w / rx
    return ((rx + lift) * np.sin(phi), y, -0.01 + (rz + lift) * np.cos(phi))


def _hood() -> tuple[np.ndarray, np.ndarray]:
    """The hood hanging down the back as two grids: its inside (the lining) showing in a U from
    the neckline down to the hood's open edge, and its outside from that edge down to the point
    it hangs to, standing off the cloak in a soft pouch."""
    vs = np.linspace(-1.0, 1.0, 13)
    edge = 1.31 - 0.2 * (1 - vs**2)  # the open edge, a U from the neck's sides
    inside = np.zeros((6, 13, 3))
    outside = np.zeros((9, 13, 3))
    for j, v in enumerate(vs):
        bulge = np.sqrt(1 - v * v)
        for i, t in enumerate(np.linspace(0.0, 1.0, 6)):
            y = 1.32 * (1 - t) + edge[j] * t
            inside[i, j] = _on_back(y, v, 0.2, 0.016 + 0.03 * bulge * t)
        for i, t in enumerate(np.linspace(0.0, 1.0, 9)):
            y = edge[j] * (1 - t) + 0.86 * t
            w = 0.2 * (1 - t**1.6) ** 0.7 + 0.004
            outside[i, j] = _on_back(y, v, w, 0.02 + 0.055 * bulge * (1 - t) ** 0.8)
    return inside, outside


def _cape(rng: Rng) -> list[Part]:
    """A long cloak on a dress form: hanging from the shoulders and flaring to the floor in deep
    vertical folds, open down the front to show the form, its lining (second material) showing
    inside the front edges, a high standing collar, two round brooches at the throat joined by
    a short chain, a hood hanging down the back; the form's cap and post in wood."""
    cloak = _cloak_grid(rng)
    parts = [_sheet(cloak, 0.012, 0, "body")]
    parts.append(_sheet(_cloak_grid(rng, 0.012)[1:], 0.006, 1))  # the lining
    parts.append(_sheet(_collar(0.0), 0.01, 0))
    parts.append(_sheet(_collar(0.01), 0.006, 1))
    inside, outside = _hood()
    parts.append(_sheet(inside, 0.008, 1))
    parts.append(_sheet(outside, 0.01, 0))
    parts.append(tube(outside[0], 0.009, None, 0, shape=_OVAL))  # its open edge
    form = [(0.0, 0.5), (0.14, 0.51), (0.19, 0.68), (0.2, 0.8), (0.155, 0.96), (0.185, 1.1),
            (0.2, 1.2), (0.15, 1.28), (0.055, 1.31), (0.048, 1.4), (0.0, 1.4)]  # fmt: skip
    parts.append(lathe(form, scl(1.0, 1.0, 0.68), "sheet"))  # the dress form
    parts.append(cylinder(0.05, 0.03, 0.05, at(0, 1.4, -0.01), "cork"))  # the form's cap
    parts.append(stick((0, 0.02, 0), (0, 0.55, 0), 0.02, "cork"))
    parts.append(cylinder(0.18, 0.16, 0.03, None, "cork"))
    throat = cloak[3]
    for j in (0, -1):  # the brooches and their chain
        p = throat[j] + v3(0.0, 0.0, 0.012)
        parts.append(cylinder(0.026, 0.022, 0.012, at(*p) @ ALONG_Z, "copper"))
        parts.append(bead(0.01, at(*(p + v3(0, 0, 0.014))), "card-red"))
    a, b = throat[0] + v3(0, 0, 0.02), throat[-1] + v3(0, 0, 0.02)
    parts += chain([a, (a + b) / 2 + v3(0, -0.03, 0.01), b], 8, "copper", 0.007)
    return parts


# 1493 antelope

_ANT_FEET = ((0.21, 0.055), (0.19, -0.055), (-0.25, 0.055), (-0.27, -0.055))


def _antelope_shapes() -> list:
    """A gazelle's body along +x: a lean barrel tucked up at the belly, a narrow deep chest,
    a rounded rump, thighs and shoulders, a long slender neck raised to a small head with a
    tapering muzzle, a short tail."""
    shapes = [ellipsoid((-0.02, 0.66, 0.0), (0.28, 0.1, 0.085))]  # the barrel
    shapes.append(ellipsoid((0.17, 0.655, 0.0), (0.12, 0.125, 0.08), None, 0.05))  # the chest
    shapes.append(ellipsoid((-0.23, 0.69, 0.0), (0.11, 0.1, 0.085), None, 0.05))  # the rump
    for s in (-1, 1):
        shapes.append(ellipsoid((-0.22, 0.6, s * 0.05), (0.08, 0.12, 0.04), rot("z", 15), 0.04))
        shapes.append(ellipsoid((0.19, 0.6, s * 0.045), (0.05, 0.1, 0.035), None, 0.04))
    shapes += rope([(0.18, 0.72, 0.0), (0.28, 0.86, 0.0), (0.34, 0.99, 0.0)], [0.06, 0.042, 0.036],
                   0.05, 0.02)  # fmt: skip
    shapes.append(ellipsoid((0.365, 1.01, 0.0), (0.05, 0.042, 0.038), rot("z", -25), 0.03))
    shapes += rope([(0.37, 1.0, 0.0), (0.47, 0.93, 0.0)], [0.034, 0.02], 0.03)  # the face
    shapes.append(ellipsoid((0.475, 0.925, 0.0), (0.022, 0.02, 0.02), None, 0.015))  # muzzle
    shapes += rope([(-0.32, 0.73, 0.0), (-0.36, 0.64, 0.0)], [0.016, 0.01], 0.02)  # the tail
    return shapes


def _antelope_legs() -> list[Part]:
    """Four long thin legs with knobbly knees and hocks, each on a small dark cloven hoof."""
    # a foreleg: elbow, knee, cannon, fetlock; a hind leg: thigh, stifle, hock bent back, cannon
    fore = ((0, 0.6, 0.8), (-0.01, 0.47, 1), (0, 0.28, 1), (0.008, 0.06, 1), (0, 0.025, 1))
    hind = ((0.04, 0.58, 0.8), (0.05, 0.45, 1), (-0.05, 0.3, 1), (-0.015, 0.06, 1), (0, 0.025, 1))
    return hoofed_legs(
        _ANT_FEET,
        (fore, [0.035, 0.024, 0.016, 0.011, 0.01]),
        (hind, [0.04, 0.028, 0.015, 0.011, 0.01]),
        (0.017, 0.02, 0.016),
        (0.014, 0.01, 0.032),
        _OVAL,
    )


def _horns(root: np.ndarray) -> Part:
    """A pair of long ringed horns from their roots on the crown (root and its mirror across
    z), lyre-shaped: rising and sweeping back, bowing outward, then turning in and up at their
    smooth tips; ridged with rings over their lower two thirds."""
    ctrl = [(0.0, 0.0, 0.0), (-0.03, 0.09, 0.015), (-0.08, 0.18, 0.045), (-0.105, 0.26, 0.055),
            (-0.1, 0.32, 0.04), (-0.075, 0.37, 0.045)]  # fmt: skip
    paths = [[(x, y, s * z) + root * (1, 1, s) for x, y, z in ctrl] for s in (-1, 1)]
    t = np.linspace(0.0, 1.0, 40)
    r = 0.015 * (1 - 0.82 * t) * (1 + 0.2 * ((np.arange(40) % 2 == 0) & (t < 0.7)))
    return strands(paths, r, 1, 8, 40)


def _belly_and_stripes(shapes: list) -> list[Part]:
    """The white belly, a thin sheet lying on the skin under the barrel and chest up to the
    lower flanks, and over its edge on each flank the bold dark stripe from behind the elbow
    to the thigh, a strip lying on the skin."""
    field = skin_field(shapes)
    xs = np.linspace(-0.3, 0.25, 14)
    angles = np.radians(np.linspace(-76.0, 76.0, 11))
    o = np.repeat(np.stack([xs, np.full(14, 0.655), np.zeros(14)], 1), 11, 0)
    d = np.tile(np.stack([np.zeros(11), -np.cos(angles), np.sin(angles)], 1), (14, 1))
    p, n = skin_hits(field, o, d, 0.25)
    parts = [_sheet((p + n * 0.004).reshape(14, 11, 3), 0.004, "snow")]
    xs = np.linspace(-0.2, 0.15, 9)
    for s in (-1, 1):
        o = np.stack([xs, 0.626 - 0.02 * xs, np.zeros(9)], 1)
        p, n = skin_hits(field, o, np.tile([0.0, 0.0, s], (9, 1)), 0.2)
        parts.append(skin_strip(p + n * 0.007, n, 0.036, 0.006, "marking"))
    return parts


def _antelope(rng: Rng) -> list[Part]:
    """A slender gazelle standing, head toward +x turned a little to the viewer: a lean tawny
    body high on long thin legs with small dark hooves, a bold dark stripe along each flank over
    a white belly, a white rump patch and a short dark tail, a long slender neck, a small head
    with a tapering muzzle, a white stripe from the eyes down the face, big pointed ears, and
    long ringed lyre-shaped horns (second material) sweeping back and up."""
    shapes = _antelope_shapes()
    parts = [solid(shapes, 0.02, 0, "body")]
    parts += _belly_and_stripes(shapes)
    parts.append(colour_patch(shapes, (-0.33, 0.68, 0.0), (0.07, 0.085, 0.2), "snow", 0, 0.006,
                              0.016))  # the rump # fmt: skip
    parts.append(colour_patch(shapes, (0.42, 0.975, 0.0), (0.08, 0.012, 0.1), "snow", -32,
                              0.006, 0.01))  # the face stripe # fmt: skip
    parts += _antelope_legs()
    parts.append(tube([(-0.355, 0.66, 0.0), (-0.37, 0.6, 0.0)], [0.012, 0.004], None, "marking"))
    for s in (-1, 1):
        parts.append(bead(0.011, at(0.4, 1.0, s * 0.036), "pupil"))
        parts.append(bead(1.0, at(0.49, 0.925, s * 0.012) @ scl(0.006, 0.006, 0.004), "marking"))
        ear = at(0.35, 1.04, s * 0.03) @ align((-0.35, 0.8, s * 0.6)) @ at(0, 0.055, 0)
        parts.append(sphere(1.0, ear @ scl(0.032, 0.062, 0.008), 0))
    parts.append(_horns(np.array([0.375, 1.035, 0.018])))
    yaw = 18 + float(rng.uniform(-4, 4))
    return [p.moved(rot("y", yaw)) for p in parts]


# 1494 marketplace

_AWNINGS = ("card-red", "plume", "fruit-green", "cloth-yellow", "fruit-orange")
_PRODUCE = ("fruit-red", "fruit-orange", "fruit-yellow", "fruit-green", "card-red", "vine")


def _produce(m: np.ndarray, w: float, d: float, fruit: str, rng: Rng) -> Part:
    """A heap of round fruit or vegetables filling a crate w by d whose floor is m's origin."""
    n = max(3, int(w / 0.026)) * max(2, int(d / 0.026))
    xs = rng.uniform(-w / 2 + 0.012, w / 2 - 0.012, n)
    zs = rng.uniform(-d / 2 + 0.012, d / 2 - 0.012, n)
    ys = 0.053 + 0.01 * rng.uniform(0, 1, n)
    pts = np.stack([xs, ys, zs, np.ones(n)], 1) @ m.T
    return balls(pts[:, :3], 0.014, fruit, 5, 2)


def _basket(p, fruit: str, rng: Rng) -> list[Part]:
    """A round woven basket on the ground at p, full of produce."""
    prof = [(0.0, 0.0), (0.035, 0.0), (0.05, 0.035), (0.048, 0.04), (0.0, 0.03)]
    parts = [lathe(prof, at(*p), "thatch", sides=10)]
    parts.append(hoop(0.049, 0.005, at(*p) @ at(0, 0.037, 0), "thatch", 16, 4))
    a = rng.uniform(0, 2 * np.pi, 7)
    r = rng.uniform(0.0, 0.03, 7)
    pts = np.stack([r * np.cos(a), 0.04 + rng.uniform(0, 0.012, 7), r * np.sin(a)], 1) + p
    parts.append(balls(pts, 0.013, fruit, 5, 2))
    return parts


def _stall(m: np.ndarray, colour: str, rng: Rng) -> list[Part]:
    """A market stall under m facing +z: a wooden counter on trestles with three crates of
    produce, four posts carrying a sloping awning striped in its colour and white with a
    valance along the front, a basket and a sack on the ground before it."""
    w, d = 0.26, 0.15
    parts = [box(w, 0.012, d, m @ at(0, 0.1, 0), 1)]  # the counter top
    parts.append(blocks([(-w / 2 + 0.02, 0, 0), (w / 2 - 0.02, 0, 0)], (0.012, 0.1, d - 0.02), m,
                        1))  # its trestles # fmt: skip
    for z, h in ((d / 2 - 0.006, 0.27), (-d / 2 + 0.006, 0.31)):  # the posts
        parts.append(blocks([(-w / 2 + 0.006, 0, z), (w / 2 - 0.006, 0, z)], (0.012, h, 0.012), m,
                            1))  # fmt: skip
    slope = np.degrees(np.arctan2(0.05, d + 0.06))
    roof = m @ at(0, 0.295, -0.005) @ rot("x", slope)
    n, sw, depth = 7, (w + 0.02) / 7, d + 0.07
    xs = [-w / 2 - 0.01 + sw * (k + 0.5) for k in range(n)]
    for c, ks in ((colour, range(0, n, 2)), ("snow", range(1, n, 2))):
        parts.append(blocks([(xs[k], 0, 0) for k in ks], (sw, 0.008, depth), roof, c))
        parts.append(blocks([(xs[k], -0.03, depth / 2) for k in ks], (sw, 0.032, 0.004), roof, c))
    fruits = rng.permutation(len(_PRODUCE))
    crates = m @ at(0, 0.112, 0.015) @ rot("x", 12)
    parts.append(blocks([(x, 0, 0) for x in (-0.08, 0.0, 0.08)], (0.07, 0.045, 0.09), crates,
                        "cork"))  # fmt: skip
    for k, x in enumerate((-0.08, 0.0, 0.08)):
        parts.append(_produce(crates @ at(x, 0, 0), 0.07, 0.09, _PRODUCE[fruits[k]], rng))
    parts += _basket(m[:3, :3] @ (0.07, 0.0, 0.13) + m[:3, 3], _PRODUCE[fruits[3]], rng)
    parts.append(bead(1.0, m @ at(-0.09, 0.035, 0.12) @ scl(0.03, 0.04, 0.028), "thatch", 8))
    return parts


def _fountain() -> list[Part]:
    """A round stone fountain: a low basin full of water on a step, a column carrying two
    bowls one over the other with water spilling from each, a pine-cone finial on top."""
    basin = [(0.0, 0.0), (0.15, 0.0), (0.15, 0.015), (0.13, 0.015), (0.135, 0.07), (0.12, 0.075),
             (0.115, 0.035), (0.0, 0.035)]  # fmt: skip
    parts = [lathe(basin, None, "stones", sides=16)]
    parts.append(cylinder(0.118, 0.118, 0.06, None, "rain"))  # the water
    parts.append(lathe([(0.0, 0.0), (0.03, 0.0), (0.022, 0.05), (0.02, 0.34), (0.0, 0.34)], None,
                       "stones"))  # fmt: skip
    for y, r, drop, out in ((0.2, 0.075, 0.17, 0.1), (0.31, 0.045, 0.1, 0.06)):
        bowl = [(0.0, -0.02), (0.02, -0.02), (r * 0.9, 0.02), (r, 0.035), (0.0, 0.03)]
        parts.append(lathe(bowl, at(0, y, 0), "stones"))
        parts.append(cylinder(r * 0.95, r * 0.95, 0.004, at(0, y + 0.03, 0), "rain"))
        fall = [(r, 0.0), (out, -drop), (out - 0.005, -drop), (r - 0.005, 0.0)]  # its curtain
        parts.append(lathe(fall, at(0, y + 0.034, 0), "rain", closed=True))
    parts.append(lathe([(0.0, 0.0), (0.014, 0.01), (0.01, 0.04), (0.0, 0.05)],
                       at(0, 0.34, 0), "stones"))  # fmt: skip
    return parts


def _marketplace(rng: Rng) -> list[Part]:
    """A small market square on a tile of paving: a ring of five market stalls, each with a
    sloping striped awning in its own bright colour, crates of fruit and vegetables on the
    counters, baskets and sacks before them; a round stone fountain in the middle."""
    s = 1.0
    parts = [box(s, 0.04, s, None, 0, "body")]
    g = np.linspace(-s / 2 + 0.05, s / 2 - 0.05, 10)
    feet = [(x, 0.04, z) for x in g for z in g]
    parts.append(blocks(feet, (0.092, 0.008, 0.092), None, 0))  # the paving slabs
    parts += [p.moved(at(0, 0.048, 0)) for p in _fountain()]
    colours = rng.permutation(len(_AWNINGS))
    for k in range(5):
        a = 180.0 + (k - 2) * 64.0
        m = at(0, 0.048, 0) @ rot("y", a) @ at(0, 0, -0.37)
        parts += _stall(m, _AWNINGS[colours[k]], rng)
    return parts


# 1495 backdrop


def _dab(m: np.ndarray, rx: float, ry: float, slot) -> Part:
    """A flat oval dab of paint rx by ry on the face z = 0 under m (a cloud, a crown of
    leaves)."""
    return slab(lambda n: ellipse(rx, ry, n), 0.003, m, slot)


def _painting(m: np.ndarray, w: float, h: float) -> list[Part]:
    """A painted landscape on a canvas w by h (its foot's middle at m, facing +z): a deep blue
    sky with white clouds and a low red sun, green rolling hills, a cottage with a red roof and
    a big tree in the foreground."""
    parts = [box(w, h * 0.97, 0.004, m @ at(0, h * 0.02, 0), "plume")]
    parts.append(cylinder(0.07, 0.07, 0.004, m @ at(0.25 * w, 0.6 * h, 0.003) @ ALONG_Z,
                          "card-red"))  # fmt: skip
    for cx, cy, k in ((-0.28, 0.82, 1.0), (0.1, 0.88, 0.8), (0.36, 0.8, 0.6)):
        for dx, dy, r in ((-0.05, 0.0, 0.05), (0.0, 0.02, 0.065), (0.055, 0.0, 0.045)):
            c = m @ at((cx + dx * k) * w, (cy + dy * k) * h, 0.005)
            parts.append(_dab(c, r * k * w, r * k * w * 0.5, "sheet"))
    far = [(-w / 2, 0.0), (w / 2, 0.0), (w / 2, 0.45 * h), (0.2 * w, 0.56 * h),
           (-0.1 * w, 0.44 * h), (-0.35 * w, 0.58 * h), (-w / 2, 0.5 * h)]  # fmt: skip
    parts.append(slab(far, 0.003, m @ at(0, 0.02 * h, 0.007), "land"))
    near = [(-w / 2, 0.0), (w / 2, 0.0), (w / 2, 0.26 * h), (0.2 * w, 0.36 * h),
            (-0.15 * w, 0.25 * h), (-w / 2, 0.32 * h)]  # fmt: skip
    parts.append(slab(near, 0.003, m @ at(0, 0.02 * h, 0.01), "fruit-green"))
    house = m @ at(0.1 * w, 0.31 * h, 0.012)
    parts.append(box(0.08 * w, 0.09 * h, 0.003, house, "sheet"))
    roof = [(-0.05 * w, 0.0), (0.05 * w, 0.0), (0.0, 0.07 * h)]
    parts.append(slab(roof, 0.003, house @ at(0, 0.09 * h, 0), "card-red"))
    parts.append(box(0.016 * w, 0.05 * h, 0.002, house @ at(0, 0, 0.002), "cork"))
    tree = m @ at(-0.3 * w, 0.12 * h, 0.014)
    parts.append(box(0.035 * w, 0.4 * h, 0.003, tree, "cork"))
    for dx, dy, r in ((0.0, 0.55, 0.11), (-0.08, 0.45, 0.08), (0.08, 0.46, 0.085),
                      (0.0, 0.7, 0.07)):  # fmt: skip
        c = tree @ at(dx * w, dy * h, 0.003)
        parts.append(_dab(c, r * w, r * w * 0.9, "vine"))
    return parts


def _side_flat(x: float, turn: float) -> list[Part]:
    """A tall wing flat at the side of the stage at x, turned in by ``turn``: a framed canvas
    painted with sky, a dark tree trunk and a big crown of leaves, a brace propping it from
    behind."""
    m = at(x, 0.06, -0.02) @ rot("y", turn)
    w, h = 0.2, 0.9
    parts = [box(w, h, 0.02, m, 0)]
    parts.append(box(w - 0.02, h - 0.02, 0.003, m @ at(0, 0.01, 0.01), "plume"))
    parts.append(box(0.05, h * 0.75, 0.003, m @ at(0.01, 0.01, 0.013), "cork"))
    for dy, dx, r in ((0.78, 0.0, 0.1), (0.64, -0.04, 0.07), (0.66, 0.04, 0.075),
                      (0.9, 0.02, 0.07)):  # fmt: skip
        parts.append(_dab(m @ at(dx, dy * h, 0.015), r, r * 1.1, "vine"))
    parts.append(box(w - 0.02, 0.12, 0.003, m @ at(0, 0.01, 0.016), "fruit-green"))
    parts.append(stick((0, 0.0, -0.2), (0, h * 0.7, -0.01), 0.01, 1).moved(m))  # the brace
    return parts


def _backdrop(rng: Rng) -> list[Part]:
    """A painted theatre backdrop on a bit of stage: a big flat canvas (first material) hung
    upright from a wooden batten on ropes from the flies, weighted by a pipe along its foot,
    painted with a landscape (blue sky, white clouds, a low red sun, green hills, a cottage and
    a tree); a plank stage floor with a row of footlights along its front edge and two painted
    wing flats at the sides."""
    parts = [box(1.0, 0.7, 0.012, at(0, 0.1, -0.15), 0, "body")]
    parts += _painting(at(0, 0.1, -0.143), 0.96, 0.68)
    parts.append(cylinder(0.012, 0.012, 1.02, at(-0.51, 0.1, -0.15) @ rot("z", -90), "steel"))
    parts.append(box(1.12, 0.035, 0.035, at(0, 0.8, -0.15), 1))  # the batten
    sway = float(rng.uniform(-0.01, 0.01))
    for x in (-0.42, -0.14, 0.14, 0.42):  # the lines up to the flies
        parts.append(stick((x, 0.82, -0.15), (x + sway, 1.2, -0.15), 0.004, "thatch"))
        parts.append(hoop(0.012, 0.004, at(x, 0.835, -0.15) @ rot("x", 90), "steel", 12, 4))
    parts.append(box(1.3, 0.06, 0.62, at(0, 0, 0.02), 1))  # the stage floor
    for k in range(10):
        x = -0.6 + 0.13 * k
        parts.append(box(0.004, 0.002, 0.62, at(x + 0.02, 0.06, 0.02), "marking"))
    for k in range(7):  # the footlights
        x = -0.45 + 0.15 * k
        hood = [(0.0, 0.0), (0.026, 0.0), (0.022, 0.03), (0.0, 0.03)]
        parts.append(lathe(hood, at(x, 0.06, 0.3) @ rot("x", -30), "steel", sides=8))
        parts.append(bead(0.015, at(x, 0.08, 0.31), "glow"))
    parts += _side_flat(-0.58, 25.0)
    parts += _side_flat(0.58, -25.0)
    return parts


# 1496 capillary


def _branches(root, sign: int, length: float, r: float, levels: int, rng: Rng):
    """A vessel running along ``sign`` · x from root, forking in two again and again, each fork
    splitting its share of a fan of directions: its segments' paths and radii, and the tips of
    its finest branches."""
    paths, radii, tips = [], [], []

    def grow(p, lo, hi, length, r, lv):
        a = np.radians((lo + hi) / 2 + rng.uniform(-4, 4))
        d = np.array([sign * np.cos(a), np.sin(a), rng.uniform(-0.12, 0.12)])
        q = p + d * length
        bend = np.cross(d, (0, 0, 1)) * rng.uniform(-0.12, 0.12) * length
        paths.append([p, (p + q) / 2 + bend, q])
        radii.append([r, r * 0.93, r * 0.86])
        if lv == 0:
            tips.append(q)
            return
        mid = (lo + hi) / 2
        grow(q, lo, mid, length * 0.8, r * 0.72, lv - 1)
        grow(q, mid, hi, length * 0.8, r * 0.72, lv - 1)

    grow(np.asarray(root, float), -68.0, 68.0, length, r, levels)
    return paths, radii, tips


def _capillary_net(rng: Rng, a_tips: list, v_tips: list) -> list:
    """The paths of the capillary mesh: a jittered lattice of junctions in the middle, each
    joined to its neighbours along and (mostly) across, the arterioles' tips feeding its left
    column and the venules' tips draining its right one."""
    cols, rows = 6, 11
    lo, hi = min(p[1] for p in a_tips + v_tips), max(p[1] for p in a_tips + v_tips)
    xs = np.linspace(-0.12, 0.12, cols)
    ys = np.linspace(lo, hi, rows)
    node = np.zeros((cols, rows, 3))
    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            node[i, j] = (x + rng.uniform(-0.02, 0.02), y + rng.uniform(-0.015, 0.015),
                          rng.uniform(-0.04, 0.04))  # fmt: skip
    pairs = []
    for i in range(cols):
        for j in range(rows):
            if i + 1 < cols:
                pairs.append((node[i, j], node[i + 1, min(rows - 1, j + int(rng.integers(-1, 2)))]))
            if j + 1 < rows and rng.uniform() < 0.75:
                pairs.append((node[i, j], node[i, j + 1]))
    for tips, i in ((a_tips, 0), (v_tips, cols - 1)):
        for p in tips:
            j = int(np.argmin(np.abs(node[i, :, 1] - p[1])))
            pairs.append((np.asarray(p), node[i, j]))
    paths = []
    for p, q in pairs:
        bend = np.cross(q - p, (0, 0, 1)) * rng.uniform(-0.25, 0.25)
        paths.append([p, (p + q) / 2 + bend, q])
    return paths


def _capillary(rng: Rng) -> list[Part]:
    """A capillary bed modelled large on a small clear base: a red artery coming in from the
    left branching again and again into thinner and thinner arterioles, a fine mesh of winding,
    cross-linked capillaries in the middle (red on the artery's side, the first material in
    between, blue on the vein's), gathering on the right into thicker and thicker blue venules
    and a wide vein; held up on two clear rods from a clear plinth (the second material)."""
    mid = 0.47
    a_paths, a_r, a_tips = _branches((-0.5, mid, 0.0), 1, 0.13, 0.034, 4, rng)
    v_paths, v_r, v_tips = _branches((0.5, mid, 0.0), -1, 0.13, 0.042, 4, rng)
    lead_a = [[(-0.62, mid - 0.02, 0.0), (-0.56, mid, 0.0), (-0.5, mid, 0.0)]]
    lead_v = [[(0.62, mid - 0.02, 0.0), (0.56, mid, 0.0), (0.5, mid, 0.0)]]
    parts = [replace(strands(a_paths + lead_a, [*a_r, [0.034] * 3], "comb", 8, 5), tag="body")]
    parts.append(strands(v_paths + lead_v, [*v_r, [0.042] * 3], "plume", 8, 5))
    net = _capillary_net(rng, a_tips, v_tips)
    for slot, keep in (("comb", lambda x: x < -0.07), (0, lambda x: -0.07 <= x <= 0.07),
                       ("plume", lambda x: x > 0.07)):  # fmt: skip
        paths = [q for q in net if keep((q[0][0] + q[-1][0]) / 2)]
        parts.append(strands(paths, 0.005, slot, 4, 5))
    for paths, radii, slot in ((a_paths, a_r, "comb"), (v_paths, v_r, "plume")):
        parts.append(balls([q[0] for q in paths], np.array([r[0] for r in radii]), slot, 8, 3))
    parts.append(box(1.0, 0.035, 0.24, None, 1))  # the plinth
    for x in (-0.45, 0.45):
        parts.append(cylinder(0.012, 0.012, mid - 0.05, at(x, 0.035, 0.0), 1))
    return parts


# 1497 Venus


def _streak(rng: Rng, lat: float, r: float, width: float, lift: float) -> np.ndarray:
    """A soft cloud streak on a sphere of radius r as a grid of points: round part of the globe
    along a wavering latitude near ``lat`` (degrees), swelling from its pointed ends into a low
    rounded ridge standing ``lift`` off the globe (so crossing streaks never fight)."""
    lon0 = float(rng.uniform(0, 360))
    span = float(rng.uniform(150, 320))
    amp, waves, ph = rng.uniform(4, 10), int(rng.integers(1, 3)), rng.uniform(0, 6.3)
    t = np.linspace(0.0, 1.0, 28)[:, None]
    v = np.linspace(-1.0, 1.0, 5)[None, :]
    lon = np.radians(lon0 + span * t)
    half = width * np.sin(np.pi * t) ** 0.6 + 0.3
    la = np.radians(lat + amp * np.sin(waves * lon + ph) + half * v)
    rr = r * (1.002 + lift + 0.006 * (1 - v**2) * np.sin(np.pi * t) ** 0.5)
    return np.stack([rr * np.cos(la) * np.sin(lon), rr * np.sin(la), rr * np.cos(la) * np.cos(lon)],
                    -1)  # fmt: skip


def _venus(rng: Rng) -> list[Part]:
    """The planet Venus on a small stand: a big pale cream globe (first material) wrapped in soft
    swirling cloud streaks of ochre, gold and ivory running round it along wavering latitudes,
    a thin hazy veil of atmosphere round it, on a slender stem from a round foot (second
    material)."""
    r = 0.36
    c = np.array([0.0, 0.5, 0.0])
    parts = [sphere(r, at(*c), 0, "body")]
    colours = ("cloth-yellow", "sheet", "plume-tip", "fruit-yellow")
    for k, lat in enumerate(np.linspace(-66, 66, 16)):
        lat = float(lat + rng.uniform(-4, 4))
        g = _streak(rng, lat, r, float(rng.uniform(3, 7)), 0.008 * (k % 4))
        parts.append(_sheet(g + c, 0.003, colours[k % 4]))
    parts.append(sphere(r * 1.045, at(*c), "membrane"))  # the haze
    parts.append(lathe([(0.0, 0.0), (0.12, 0.0), (0.12, 0.02), (0.05, 0.04), (0.0, 0.05)], None, 1))
    parts.append(cylinder(0.014, 0.012, c[1] - r + 0.03, None, 1))
    parts.append(cylinder(0.03, 0.05, 0.03, at(0, c[1] - r - 0.01, 0), 1))
    return parts


# 1498 spore


_PUFF = ((0.0, 0.0), (0.065, 0.0), (0.1, 0.035), (0.17, 0.1), (0.2, 0.18), (0.195, 0.26),
         (0.15, 0.33), (0.08, 0.37), (0.04, 0.378), (0.028, 0.365), (0.015, 0.342),
         (0.0, 0.336))  # fmt: skip
"""A puffball's profile from its rooted foot up over its round shoulder to the small torn hole
in its top."""


def _spore_cloud(rng: Rng, top: np.ndarray, n: int = 360) -> np.ndarray:
    """Points of a puff of spores rising from the hole at ``top``: a plume widening as it climbs
    and drifts aside, thick near the hole and thinning out."""
    t = rng.uniform(0.0, 1.0, n) ** 1.7
    axis = np.stack([0.25 * t**1.6, 0.58 * t, -0.08 * t**2], 1) + top
    rad = 0.015 + 0.16 * t**0.8
    d = rng.normal(size=(n, 3))
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    return axis + d * rad[:, None] * rng.uniform(0.0, 1.0, (n, 1)) ** 0.5


def _spore(c, size: float, turn: float, slot) -> list[Part]:
    """One big oval spore at c: a plump oval covered in small warts, a tiny peg at one end."""
    m = at(*c) @ rot("z", turn) @ rot("x", 20)
    parts = [sphere(1.0, m @ scl(size * 0.72, size, size * 0.72), slot)]
    b, a = np.meshgrid(np.radians((30, 62, 95, 128, 155)), np.radians(np.arange(0, 360, 40)))
    dirs = np.stack([np.cos(a) * np.sin(b), np.cos(b), np.sin(a) * np.sin(b)], -1).reshape(-1, 3)
    pts = dirs * (size * 0.72, size, size * 0.72)
    world = np.c_[pts, np.ones(len(pts))] @ m.T
    parts.append(balls(world[:, :3], size * 0.1, slot, 4, 2))
    parts.append(cylinder(size * 0.14, 0.0, size * 0.3, m @ at(0, -size * 1.22, 0) @ rot("x", 180),
                          slot))  # fmt: skip
    return parts


def _grass(rng: Rng, n: int, r0: float, r1: float) -> Part:
    """Blades of grass in tufts on the ground between radii r0 and r1, leaning out."""
    paths = []
    for _ in range(n // 5):
        a, r = rng.uniform(0, 2 * np.pi), rng.uniform(r0, r1)
        base = np.array([r * np.cos(a), 0.03, r * np.sin(a)])
        for _ in range(5):
            lean = rng.uniform(-1, 1, 2) * 0.03
            h = rng.uniform(0.05, 0.1)
            paths.append([base, base + v3(lean[0] * 0.4, h * 0.5, lean[1] * 0.4),
                          base + v3(lean[0], h, lean[1])])  # fmt: skip
    return strands(paths, [0.006, 0.004, 0.0005], "vine", 3, 4)


def _spore_puffball(rng: Rng) -> list[Part]:
    """A puffball mushroom releasing its spores: a big round white puffball (first material)
    sitting on a patch of earth in tufts of grass, its skin dotted with small warts, a small
    dark torn hole in its top, a cloud of tiny spore grains (second material) puffing up out of
    it in a widening plume that drifts aside; a few big single oval spores floating near it,
    warty, drawn large."""
    parts = [lathe(_PUFF, at(0, 0.03, 0), 0, "body")]
    top = 0.03 + _PUFF[-1][1]
    parts.append(cylinder(0.03, 0.02, 0.012, at(0, top, 0), "soil"))  # the hole's dark mouth
    for k in range(8):  # its torn lip
        a = 2 * np.pi * k / 8
        lip = at(0.036 * np.cos(a), top + 0.035, 0.036 * np.sin(a)) @ rot("y", -np.degrees(a))
        parts.append(bead(1.0, lip @ rot("z", -25) @ scl(0.008, 0.013, 0.013), 0, 6))
    prof = np.array(_PUFF)
    d = rng.normal(size=(90, 3))
    d[:, 1] = np.abs(d[:, 1]) + 0.3
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    wart = []
    for q in d:  # small warts over its upper skin
        y = 0.1 + 0.24 * q[1]
        rad = float(np.interp(y, prof[:8, 1], prof[:8, 0])) + 0.002
        h = np.hypot(q[0], q[2])
        wart.append((rad * q[0] / h, y + 0.03, rad * q[2] / h))
    parts.append(balls(wart, 0.006, 0, 4, 2))
    parts.append(cylinder(0.36, 0.34, 0.03, None, "soil"))  # the ground
    parts.append(_grass(rng, 90, 0.2, 0.34))
    cloud = _spore_cloud(rng, np.array([0.0, top + 0.01, 0.0]))
    grain = 0.011 - 0.005 * (cloud[:, 1] - top) / 0.6 + rng.uniform(-0.0015, 0.0015, len(cloud))
    parts.append(balls(cloud, grain, 1, 4, 2))
    for c, size, turn in (((-0.3, 0.55, 0.08), 0.05, 30), ((0.38, 0.45, 0.16), 0.042, -50),
                          ((-0.2, 0.82, -0.06), 0.038, 70)):  # fmt: skip
        parts += _spore(c, size, turn, 1)
    return parts


MORE_APPLIANCES_ZZZZZK = {
    1491: _bonnet, 1492: _cape, 1493: _antelope, 1494: _marketplace, 1495: _backdrop,
    1496: _capillary, 1497: _venus, 1498: _spore_puffball,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
