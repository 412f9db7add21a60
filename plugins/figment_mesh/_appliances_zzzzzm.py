"""More of the device family's appliances, from 1507: a scallop shell, a nautilus shell, a
hummingbird at a flower, a leaping dolphin, a moth, a bat in flight and a red deer stag.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ._geometry import Part, align, at, rot, scl, v3
from ._kit import (
    FLAT_UP,
    bead,
    bristles,
    ccw,
    cloth_sheet,
    colour_patch,
    cone,
    ellipse,
    flat_solid,
    flat_things,
    grid_skin,
    hair_locks,
    hoofed_legs,
    hoop,
    lobed,
    loft,
    rope,
    solid,
    sphere_dirs,
    strands,
    unit,
)
from ._primitives import catmull_rom, cylinder, lathe, sphere, tube
from ._sdf import ellipsoid

__all__ = ["MORE_APPLIANCES_ZZZZZM"]

Rng = np.random.Generator

_OVAL = ellipse(1.0, 1.0, 8)


def _stroke(points, w: float) -> np.ndarray:
    """A flat stroke's outline (counter-clockwise) along a smooth curve through 2D points, w wide
    in the middle and tapering to its ends."""
    p = catmull_rom(np.asarray(points, float), 14)
    d = np.gradient(p, axis=0)
    n = np.stack([-d[:, 1], d[:, 0]], 1) / np.linalg.norm(d, axis=1, keepdims=True)
    half = w / 2 * (0.25 + 0.75 * np.sin(np.linspace(0.0, np.pi, len(p))))[:, None]
    return ccw(np.concatenate([p + n * half, (p - n * half)[::-1]]))


def _flat(outline: np.ndarray, depth: float, m: np.ndarray, slot, tag: str = "") -> Part:
    """A flat solid of one outline (any shape) ``depth`` thick, centred on z = 0 under m."""
    pts = ccw(outline)
    return flat_solid(lambda n: [pts], depth, m @ at(0, 0, -depth / 2), slot, tag)


# 1507 scallop shell

_FAN = np.radians(60.0)
"""Half the angle of the scallop's fan at its hinge."""


def _scallop_grid(ribs: int, rows: int = 14, per: int = 5) -> np.ndarray:
    """Points over the scallop's valve in its own plane (the hinge at 0, the fan opening up +y,
    its outside toward +z): straight sides out from the hinge to a round rim, domed in the
    middle, ribs radiating from the hinge standing higher toward the rim and scalloping it."""
    rho, a = 0.45, 0.5
    th = np.linspace(-_FAN, _FAN, ribs * per + 1)[None, :]
    t = np.linspace(0.04, 1.0, rows)[:, None]
    c, s = np.cos(th), np.sin(th)
    rim = (2 * c / rho) / (s**2 / a**2 + c**2 / rho**2)
    rib = 0.5 - 0.5 * np.cos(2 * np.pi * (th + _FAN) / (2 * _FAN) * ribs)
    r = t * rim * (1 + 0.035 * rib * t**3)
    dome = 0.13 * np.sin(np.pi * t**0.8) ** 0.8 * (1 - 0.55 * (th / _FAN) ** 2)
    growth = 0.0025 * np.sin(2 * np.pi * 9 * t) * t
    z = dome + (0.008 + 0.03 * t) * rib + growth
    return np.stack([r * s, r * c, z + 0 * r], -1)


def _ear(s: int, rows: int = 8, cols: int = 13) -> np.ndarray:
    """Points over one of the scallop's two ears (s = 1 the right): a flat flap out along the
    straight hinge line, its top edge sloping up to meet the valve's side, finely ribbed along
    its length and curling up a little at its outer edge."""
    u = np.linspace(0.03, 1.0, rows)[:, None]
    v = np.linspace(0.0, 1.0, cols)[None, :]
    x = 0.2 * u + 0.01 * v * u
    y = -0.015 + v * (0.035 + 0.075 * u)
    z = 0.008 + 0.004 * np.abs(np.sin(v * np.pi * 3)) + 0.012 * u**3 - 0.01 * v * (1 - u)
    return np.stack([s * x + 0 * v, y, z + 0 * v], -1)


def _scallop(rng: Rng) -> list[Part]:
    """A scallop shell standing on its hinge, leaning back to face the viewer: a round fan of a
    valve gently domed, a score of strong ribs radiating from the hinge and scalloping its rim,
    fine growth lines across them, two flat ribbed ears either side of the hinge on one
    straight hinge line, its inside lined in the second material."""
    ribs = int(rng.integers(17, 20))
    p = _scallop_grid(ribs)
    parts = [cloth_sheet(p, 0.014, 0, "body")]
    parts.append(cloth_sheet(p - (0, 0, 0.012), 0.006, 1))  # the inside
    for s in (-1, 1):
        parts.append(cloth_sheet(_ear(s), 0.01, 0))
    parts.append(sphere(1.0, at(0, 0.02, 0.012) @ scl(0.04, 0.03, 0.02), 0))  # the umbo
    tilt = 32 + float(rng.uniform(-3, 3))
    return [q.moved(rot("x", -tilt)) for q in parts]


# 1508 nautilus shell

_GROW = np.log(3.0) / (2 * np.pi)
"""How fast the nautilus's whorl widens: three times as wide each turn."""
_END = np.radians(-50.0)
"""The coil angle of the nautilus's aperture."""


def _whorl(th, phi, grow=1.0) -> np.ndarray:
    """Points on the nautilus's whorl at coil angles th (its aperture at ``_END``) and section
    angles phi (0 the outer rim, ±π the inner edge wrapped over the last whorl), grown by
    ``grow`` about the section's middle; the coil in the xy plane round the origin."""
    big = 0.5 * np.exp(_GROW * (th - _END))
    inner = 0.24 * big
    mid, half = (big + inner) / 2, (big - inner) / 2
    c, s = np.cos(phi), np.sin(phi)
    radial = mid + half * c * grow
    side = 0.36 * big * s * (1 - 0.3 * c) * grow
    return np.stack([radial * np.cos(th), radial * np.sin(th), side + 0 * radial], -1)


def _nautilus_stripes(rng: Rng) -> list[Part]:
    """The tiger stripes: flame-shaped bands from the outer rim down both flanks toward the
    middle, bending back and zigzagging, on all but the last quarter turn before the mouth."""
    parts = []
    n = 15
    for i in range(n):
        th0 = _END - 1.5 - i * 0.33 + float(rng.uniform(-0.05, 0.05))
        reach = 2.1 - 0.5 * (i < 2)
        phi = np.linspace(-reach, reach, 17)[:, None]
        bend = -0.22 * (1 - np.cos(phi)) + 0.035 * np.sin(5 * phi)
        w = 0.13 * (0.3 + 0.7 * np.cos(phi / 2) ** 2)
        th = th0 + bend + np.array([-0.5, 0.5])[None, :] * w
        parts.append(cloth_sheet(_whorl(th, phi, 1.016), 0.004, 1))
    return parts


def _nautilus_mouth(phi: np.ndarray) -> Part:
    """The dark inside of the nautilus's mouth: a thin kidney-shaped plate just inside its lip,
    the section of the last whorl shrunk a little, its inner side cut back where the whorl
    before it passes through the mouth."""
    ring = _whorl(np.full(len(phi), _END), phi, 0.88)
    e_r = np.array([np.cos(_END), np.sin(_END), 0.0])
    e_t = np.array([-np.sin(_END), np.cos(_END), 0.0]) + _GROW * e_r
    e_t /= np.linalg.norm(e_t)
    mid = 0.5 * 0.62
    radial = np.maximum(ring @ e_r, 0.5 / 3 * 1.08) - mid
    shape = np.stack([radial, ring[:, 2]], 1)
    c0 = e_r * mid - e_t * 0.004
    up = [(0.0, 0.0, 1.0)] * 2
    return loft([c0, c0 + e_t * 0.006], [e_r, e_r], up, shape, "marking")


def _nautilus(rng: Rng) -> list[Part]:
    """A chambered nautilus shell standing on its edge: a smooth shell coiled in a logarithmic
    spiral, each whorl three times as wide as the last and wrapping over it, the spiral seam
    winding into a small navel in the middle, the last whorl opening in a wide flared mouth
    (dark inside, wrapped round the whorl before it), brown tiger stripes over the older
    half of the last whorl."""
    rows = np.linspace(_END - 3 * 2 * np.pi, _END, 110)
    phi = np.linspace(0.0, 2 * np.pi, 26, endpoint=False)
    flare = 1 + 0.06 * np.clip((rows - _END + 0.12) / 0.12, 0, 1) ** 2
    p = _whorl(rows[:, None], phi[None, :], flare[:, None])
    parts = [grid_skin(p, 0, "body")]
    parts += _nautilus_stripes(rng)
    parts.append(_nautilus_mouth(phi))
    yaw = 30 + float(rng.uniform(-5, 5))
    lift = -float(p[..., 1].min())
    return [q.moved(rot("y", yaw) @ at(0, lift, 0)) for q in parts]


# 1509 hummingbird


def _blade(k: int, width: float, widest: float = -0.35) -> np.ndarray:
    """A long pointed blade's outline (a wing, a tail feather) along +y from its root at -1 to
    its point at 1, ``width`` at its widest (``widest`` along it), counter-clockwise."""
    t = np.linspace(0.0, np.pi, k)
    y = -np.cos(t)
    x = width * np.sin(t) ** 0.8 * np.exp(-((y - widest) ** 2) * 0.6)
    return np.concatenate([np.stack([x, y], 1), np.stack([-x[::-1], y[::-1]], 1)[1:-1]])


def _hummer_shapes() -> list:
    """The hummingbird's body along +x (head forward): a small sleek body, a full breast, a
    round head, the body tapering back into the tail."""
    shapes = [ellipsoid((0.0, 0.0, 0.0), (0.062, 0.03, 0.029))]
    shapes.append(ellipsoid((0.028, -0.006, 0.0), (0.04, 0.031, 0.029), None, 0.02))
    shapes.append(ellipsoid((0.078, 0.012, 0.0), (0.029, 0.026, 0.025), None, 0.022))
    shapes += rope([(-0.04, 0.0, 0.0), (-0.095, -0.008, 0.0)], [0.022, 0.009], 0.02)
    return shapes


def _hummingbird_parts(rng: Rng) -> list[Part]:
    """The hovering bird in its own frame (head toward +x): its body, red throat, pale belly,
    dark eyes, needle beak, two narrow wings raised up and back in a V, a short forked tail."""
    shapes = _hummer_shapes()
    parts = [solid(shapes, 0.007, 0, "body")]
    parts.append(colour_patch(shapes, (0.07, -0.016, 0.0), (0.034, 0.02, 0.05), "card-red", 10,
                              0.003, 0.006))  # fmt: skip
    parts.append(colour_patch(shapes, (-0.005, -0.032, 0.0), (0.06, 0.018, 0.05), "snow", 0,
                              0.003, 0.007))  # fmt: skip
    parts.append(tube([(0.1, 0.012, 0.0), (0.16, 0.004, 0.0), (0.215, -0.006, 0.0)],
                      [0.0045, 0.003, 0.0012], None, "marking"))  # the beak # fmt: skip
    for s in (-1, 1):
        parts.append(bead(0.0065, at(0.088, 0.02, s * 0.02), "pupil"))
    flap = float(rng.uniform(-6, 6))
    blade = _blade(18, 0.2)
    for s in (-1, 1):  # the wings
        d = unit((0.05, 1.0, s * (0.5 + 0.01 * flap)))
        n = unit(np.cross(d, (1.0, 0.0, 0.0)))
        c = np.array([0.012, 0.026, s * 0.02]) + d * 0.075
        parts.append(flat_things([c], [n], [d], 0.078, blade, 0.004, 0))
    for s in (-1, 1):  # the tail
        d = unit((-1.0, -0.35, s * 0.32))
        c = np.array([-0.09, -0.01, s * 0.005]) + d * 0.03
        parts.append(flat_things([c], [(0.0, 1.0, 0.0)], [d], 0.032, _blade(12, 0.28), 0.004, 0))
    return parts


def _trumpet(m: np.ndarray, slot) -> list[Part]:
    """A trumpet flower along +y from its base under m: a green cup of sepals, a slim tube
    flaring into a five-lobed mouth, hollow, stamens peeping out."""
    prof = [(0.0, 0.0), (0.011, 0.004), (0.012, 0.05), (0.02, 0.095), (0.038, 0.125),
            (0.062, 0.138), (0.058, 0.142), (0.034, 0.13), (0.016, 0.1), (0.008, 0.06),
            (0.0, 0.058)]  # fmt: skip
    parts = [lathe(prof, m, slot, shape=lobed(30, 5, 0.22))]
    parts.append(lathe([(0.0, -0.01), (0.016, 0.0), (0.014, 0.03), (0.0, 0.028)], m, "vine",
                       shape=lobed(15, 5, 0.35)))  # fmt: skip
    for k in range(3):
        a = 2 * np.pi * k / 3
        tip = (0.01 * np.cos(a), 0.16, 0.01 * np.sin(a))
        parts.append(tube([(0, 0.06, 0), tip], 0.0018, m, "plume-tip"))
        parts.append(bead(0.004, m @ at(*tip), "plume-tip"))
    return parts


def _hummingbird(rng: Rng) -> list[Part]:
    """A tiny hummingbird hovering at a trumpet flower: a small sleek iridescent green bird,
    its body tilted up, a red throat and a pale belly, a very long needle beak reaching into
    the flower's mouth, two narrow wings raised up and back in a V, a short forked tail; the
    flower (second material) hanging from the top of a slender green stalk curving up from
    the ground, with a few leaves and a bud."""
    bird = at(-0.2, 0.42, 0.0) @ rot("z", 30) @ scl(1.6)
    parts = [q.moved(bird) for q in _hummingbird_parts(rng)]
    tip = (bird @ np.array([0.215, -0.006, 0.0, 1.0]))[:3]
    beak = unit((bird @ np.array([1.0, -0.15, 0.0, 0.0]))[:3])
    base = tip + beak * 0.1
    parts += _trumpet(at(*base) @ align(-beak) @ scl(0.8), 1)
    top = base + v3(0.06, 0.03, 0.0)
    x = top[0] + 0.04
    stalk = [(x, 0.0, -0.02), (x + 0.02, 0.25, -0.02), (x, 0.5, -0.01), tuple(top),
             tuple(base + v3(0.005, 0.008, 0.0))]  # fmt: skip
    parts.append(tube(stalk, [0.01, 0.009, 0.007, 0.005, 0.004], None, "vine"))
    leaf = _blade(14, 0.45, -0.2)
    for k, (y, s) in enumerate(((0.18, 1), (0.34, -1), (0.48, 1))):
        c = np.array([x + 0.01 + s * 0.06, y + 0.03, -0.02 + 0.02 * s])
        d = unit((s * 1.0, 0.5, 0.2 * s))
        parts.append(flat_things([c], [(-0.3 * s, 1.0, 0.6)], [d], 0.065 - 0.008 * k, leaf, 0.004,
                                 "vine", fold=0.15))  # fmt: skip
    bud = top + v3(0.03, -0.02, 0.01)
    parts.append(tube([top, bud], 0.003, None, "vine"))
    parts.append(sphere(1.0, at(*bud) @ align((0.5, -1.0, 0.0)) @ scl(0.012, 0.04, 0.012), 1))
    parts.append(cylinder(0.06, 0.04, 0.02, at(x, 0.0, -0.02), "soil"))
    yaw = 10 + float(rng.uniform(-4, 4))
    return [q.moved(rot("y", yaw)) for q in parts]


# 1510 dolphin

_DOLPHIN = np.array([
    # along, lift off the spine, half height, half width
    (0.0, -0.004, 0.007, 0.007), (0.035, -0.008, 0.016, 0.016), (0.075, -0.01, 0.022, 0.024),
    (0.1, -0.002, 0.036, 0.034), (0.13, 0.014, 0.058, 0.05), (0.18, 0.014, 0.076, 0.066),
    (0.26, 0.008, 0.095, 0.084), (0.4, 0.0, 0.108, 0.094), (0.55, 0.0, 0.098, 0.078),
    (0.7, 0.004, 0.068, 0.048), (0.82, 0.004, 0.045, 0.024), (0.92, 0.003, 0.03, 0.014),
    (0.97, 0.002, 0.022, 0.012), (1.0, 0.0, 0.012, 0.01),
])  # fmt: skip
"""The bottlenose's body from the tip of its beak to its tail: a short beak, the crease and
the rounded melon above it, the full chest, the narrow tail stock."""


def _arc(s, r: float = 0.7, a0: float = 64.0, a1: float = 137.0, cy: float = -0.12):
    """Points, tangents (toward the tail) and outward normals (the back) along the leap's arc
    at fractions s from the beak (at angle a0) to the tail (a1)."""
    a = np.radians(a0 + (a1 - a0) * np.asarray(s, float))
    out = np.stack([np.cos(a), np.sin(a), 0 * a], -1)
    tan = np.stack([-np.sin(a), np.cos(a), 0 * a], -1)
    return np.array([0.0, cy, 0.0]) + r * out, tan, out


def _on_dolphin(u: float, a: float, side: int, lift: float = 0.0) -> np.ndarray:
    """The point on the dolphin's skin at u along it from the beak, a degrees round from its
    back (90 its flank, on the side ``side``), ``lift`` off the skin."""
    off, hh, hw = (np.interp(u, _DOLPHIN[:, 0], _DOLPHIN[:, i]) for i in (1, 2, 3))
    c, _, n = _arc([u])
    r = np.radians(a)
    return c[0] + n[0] * (off + (hh + lift) * np.cos(r)) + v3(0, 0, side * (hw + lift) * np.sin(r))


def _dolphin_body() -> list[Part]:
    """The body lofted along the arc, and its pale belly: a thin shell over its lower half."""
    ctrl = _DOLPHIN
    rows = catmull_rom(ctrl, 40)
    c, _, n = _arc(rows[:, 0])
    c = c + n * rows[:, 1:2]
    z = np.tile([0.0, 0.0, 1.0], (len(rows), 1))
    u, v = n * rows[:, 2:3], z * rows[:, 3:4]
    parts = [loft(c, u, v, ellipse(1.0, 1.0, 18), 0, "body")]
    a = np.radians(np.linspace(118, 242, 13))
    out = np.stack([np.cos(a), np.sin(a)], 1)
    belly = np.concatenate([out * 1.02, out[::-1] * 0.9])
    keep = slice(2, 36)
    parts.append(loft(c[keep], u[keep], v[keep], belly, "snow"))
    return parts


def _dolphin_fins() -> list[Part]:
    """The curved dorsal fin, two pectoral flippers and the flat horizontal tail flukes."""
    parts = []
    s = np.array([0.4, 0.47, 0.53])
    c, t, n = _arc(s)
    h = 0.098
    root0, root1 = c[0] + n[0] * h, c[2] + n[2] * (h - 0.01)
    tip = c[2] + n[2] * (h + 0.12) + t[2] * 0.07
    lead = c[1] + n[1] * (h + 0.09) - t[1] * 0.02
    trail = c[2] + n[2] * (h + 0.03) + t[2] * 0.01
    fin = np.array([root0 - n[0] * 0.02, lead, tip, trail, root1 - n[2] * 0.02])[:, :2]
    outline = catmull_rom([*fin, fin[0]], 24)[:-1]
    parts.append(_flat(outline, 0.014, np.eye(4), 0))
    c, t, n = _arc([0.24])
    for sz in (-1, 1):  # the flippers
        d = unit(t[0] * 0.8 - n[0] * 0.7 + (0, 0, sz * 0.5))
        root = c[0] - n[0] * 0.05 + (0, 0, sz * 0.06)
        m = at(*(root + d * 0.06)) @ align(d) @ rot("y", sz * 70)
        parts.append(sphere(1.0, m @ scl(0.03, 0.07, 0.009), 0))
    c, t, n = _arc([1.0])
    lobe = [(0.0, 0.02), (0.04, 0.07), (0.09, 0.13), (0.115, 0.14), (0.105, 0.08), (0.085, 0.0)]
    half = np.array(lobe)
    outline = np.concatenate([half, half[-2:0:-1] * (1, -1)])
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = t[0], (0, 0, 1.0), -n[0], c[0] - t[0] * 0.02
    twist = m @ rot("x", -35)  # the tail stock twisting, the flukes half toward the viewer
    parts.append(_flat(catmull_rom([*outline, outline[0]], 26)[:-1], 0.012, twist, 0))
    return parts


def _splash(c, rng: Rng) -> list[Part]:
    """A splash of water round c on the ground: a flat pool with ripples, a crown of tall
    spikes thrown up round the tail and a column of foam round it, flying drops."""
    pool = at(c[0], 0, c[2]) @ scl(1.0, 1.0, 0.8)
    parts = [cylinder(0.26, 0.24, 0.02, pool, 1)]
    for r in (0.15, 0.22):
        parts.append(hoop(r, 0.008, pool @ at(0, 0.02, 0), 1, 24, 4))
    parts.append(lathe([(0.0, 0.0), (0.1, 0.0), (0.075, 0.05), (0.045, 0.1), (0.0, 0.13)],
                       pool @ at(0, 0.01, 0), 1, shape=lobed(24, 8, 0.3)))  # fmt: skip
    n = 14
    for k in range(n):
        a = 2 * np.pi * k / n + float(rng.uniform(-0.15, 0.15))
        d = np.array([np.cos(a), 0.0, np.sin(a) * 0.8])
        h = 0.1 + 0.1 * float(rng.uniform()) * (1 + (k % 2))
        root = np.array([c[0], 0.01, c[2]]) + d * 0.09
        lean = d * (0.45 + 0.2 * (k % 2)) + (0, 1, 0)
        parts.append(cylinder(0.022, 0.0, h, at(*root) @ align(lean), 1))
        drop = root + unit(lean) * (h + 0.03 + 0.03 * (k % 3))
        parts.append(bead(0.011 + 0.004 * (k % 2), at(*drop), 1))
    return parts


def _dolphin(rng: Rng) -> list[Part]:
    """A bottlenose dolphin leaping in an arc over a splash: a smooth streamlined grey body
    bent as it jumps, a short beak under a rounded melon forehead, a dark eye and the
    smiling line of its mouth, a curved dorsal fin, two pectoral flippers, the flat tail
    flukes spread sideways, a pale belly; the splash it leapt from below its tail (second
    material)."""
    parts = _dolphin_body()
    parts += _dolphin_fins()
    for sz in (-1, 1):
        parts.append(bead(0.0075, at(*_on_dolphin(0.125, 62, sz, 0.002)), "pupil"))
        gape = [_on_dolphin(u, a, sz, 0.001) for u, a in ((0.03, 120), (0.07, 112), (0.1, 98))]
        parts.append(tube(gape, [0.002, 0.003, 0.002], None, "marking"))
    tail, _, _ = _arc([1.0])
    parts += _splash((tail[0][0] - 0.02, 0.0, 0.0), rng)
    yaw = 12 + float(rng.uniform(-4, 4))
    return [q.moved(rot("y", yaw)) for q in parts]


# 1511 moth

_FORE = [(0.035, 0.05), (0.15, 0.115), (0.3, 0.165), (0.43, 0.2), (0.45, 0.17), (0.41, 0.07),
         (0.35, -0.02), (0.3, -0.06), (0.17, -0.05), (0.06, -0.015), (0.03, 0.01)]  # fmt: skip
"""The right forewing seen from above, x out to the side and y forward: a broad triangle,
its pointed tip swept forward."""
_HIND = [(0.03, 0.0), (0.16, -0.02), (0.28, -0.06), (0.315, -0.12), (0.28, -0.2), (0.19, -0.26),
         (0.1, -0.26), (0.04, -0.16)]  # fmt: skip
"""The right hindwing: a rounder, smaller fan behind the forewing."""
_LINES = (
    ([(0.1, 0.1), (0.1, 0.04), (0.13, -0.01), (0.12, -0.04)], 0.014, 1),
    ([(0.28, 0.155), (0.26, 0.08), (0.27, 0.01), (0.24, -0.045)], 0.014, 1),
    ([(0.38, 0.175), (0.36, 0.1), (0.34, 0.02), (0.3, -0.04)], 0.008, "marking"),
    ([(0.06, -0.07), (0.16, -0.08), (0.24, -0.11), (0.25, -0.17)], 0.012, 1),
)
"""The wavy cross-lines on the right wings: the inner and outer lines across the forewing, a
dark line along its outer edge and one across the hindwing (points, width, slot)."""


def _wing_outline(ctrl, s: int) -> np.ndarray:
    """A moth's wing outline smoothly through its corners, on the side s (1 right, -1 left)."""
    pts = catmull_rom([*ctrl, ctrl[0]], 40)[:-1] * (s, 1)
    return ccw(pts)


def _eye_spot(m: np.ndarray, x: float, y: float, r: float, top: float) -> list[Part]:
    """An eye spot lying on a wing at (x, y) on its face ``top`` up under m: a pale ring round a
    dark eye with a white glint."""
    disc = m @ at(x, y, top) @ rot("x", 90)
    return [
        cylinder(r, r, 0.002, disc, 1),
        cylinder(r * 0.68, r * 0.68, 0.003, disc, "marking"),
        cylinder(r * 0.2, r * 0.2, 0.004, disc @ at(r * 0.2, 0, -r * 0.2), "snow"),
    ]


def _moth_wings(rng: Rng) -> list[Part]:
    """The four wings spread flat, a little raised from the body, with their markings: wavy
    cross-lines, a dark line near the forewings' outer edges, eye spots."""
    parts = []
    d = 0.007
    for s in (-1, 1):
        m = rot("z", s * 6) @ at(0, 0.03, 0) @ FLAT_UP
        hind = m @ at(0, 0, -0.004)
        parts.append(_flat(_wing_outline(_HIND, s), d, hind, 0))
        parts.append(_flat(_wing_outline(_FORE, s), d, m, 0))
        top = m @ at(0, 0, d / 2)
        for pts, w, slot in _LINES:
            parts.append(_flat(_stroke(np.array(pts) * (s, 1), w), 0.002, top, slot))
        wob = float(rng.uniform(-0.01, 0.01))
        parts += _eye_spot(m, s * (0.19 + wob), -0.15, 0.045, d / 2 - 0.004)
        parts += _eye_spot(m, s * 0.22, 0.07, 0.022, d / 2)
    return parts


def _moth_body() -> list[Part]:
    """The thick furry body: a fuzzy thorax, a small head, a plump ringed abdomen."""
    shapes = [ellipsoid((0.0, 0.042, -0.0), (0.05, 0.044, 0.064))]
    shapes.append(ellipsoid((0.0, 0.037, -0.074), (0.03, 0.028, 0.026), None, 0.015))
    shapes += rope([(0.0, 0.037, 0.03), (0.0, 0.036, 0.12), (0.0, 0.03, 0.21)],
                   [0.043, 0.037, 0.013], 0.02, 0.01)  # fmt: skip
    parts = [solid(shapes, 0.008, 1)]
    for k in range(5):  # the abdomen's rings
        z = 0.07 + 0.028 * k
        r = 0.04 - 0.005 * k
        parts.append(hoop(r, 0.0045, at(0, 0.036 - 0.012 * k / 5, z) @ rot("x", 90), 1, 16, 4))
    rng = np.random.default_rng(3)
    dirs = sphere_dirs(110, rng, 0.1)
    dirs = dirs[dirs[:, 1] > -0.3]
    roots = np.array([0.0, 0.042, 0.0]) + dirs * (0.043, 0.037, 0.057)
    parts.append(bristles(roots, roots + dirs * 0.022, 0.007, 1))
    for s in (-1, 1):
        parts.append(bead(0.011, at(s * 0.02, 0.04, -0.08), "pupil"))
    return parts


def _antenna(s: int) -> list[Part]:
    """A big feathery antenna curving out and forward from the head: a fine shaft combed on
    both sides with barbs, longest at its middle."""
    shaft = np.array([(s * 0.012, 0.055, -0.085), (s * 0.045, 0.08, -0.15),
                      (s * 0.1, 0.085, -0.21), (s * 0.16, 0.08, -0.25)])  # fmt: skip
    parts = [tube(shaft, [0.003, 0.0025, 0.002, 0.0012], None, 1)]
    path = catmull_rom(shaft, 22)
    tan = np.gradient(path, axis=0)
    side = np.cross(tan, (0.0, 1.0, 0.0))
    side /= np.linalg.norm(side, axis=1, keepdims=True)
    t = np.linspace(0.0, 1.0, 22)
    length = 0.034 * np.sin(np.pi * np.clip(t * 1.05, 0, 1)) ** 0.7 + 0.003
    paths = []
    for q in (-1, 1):
        fwd = unit(tan.mean(0))
        tips = path + (side * q + fwd * 0.6) * length[:, None]
        paths += [[a, b] for a, b in zip(path, tips, strict=True)]
    parts.append(strands(paths, [0.0012, 0.0006], 1, 3, 2))
    return parts


def _moth(rng: Rng) -> list[Part]:
    """A big moth resting with its wings spread flat, seen from above as it tilts toward the
    viewer: broad triangular forewings over rounder hindwings (the first material) with muted
    wavy cross-lines and eye spots, a thick furry body (the second material) with a ringed
    abdomen, dark eyes and two big feathery antennae."""
    parts = _moth_wings(rng) + _moth_body()
    parts[0] = replace(parts[0], tag="body")
    for s in (-1, 1):
        parts += _antenna(s)
    tilt = 38 + float(rng.uniform(-4, 4))
    return [q.moved(rot("x", tilt)) for q in parts]


# 1512 bat

_WRIST = np.array([0.36, 0.8])
_DIGITS = (
    [(0.36, 0.8), (0.45, 0.86), (0.52, 0.88)],  # the second, along the leading edge
    [(0.36, 0.8), (0.58, 0.84), (0.82, 0.72)],  # the third, to the wingtip
    [(0.36, 0.8), (0.54, 0.64), (0.65, 0.47)],  # the fourth
    [(0.36, 0.8), (0.42, 0.58), (0.44, 0.38)],  # the fifth
)
"""The finger bones of the right wing from the wrist, in the wing's plane (x out, y up)."""


def _scallop_edge(a, b, pull: float = 0.3) -> list:
    """Points along a wing's trailing edge from tip a to tip b, curving in toward the wrist."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    q = (a + b) / 2 + pull * (_WRIST - (a + b) / 2)
    return [(1 - t) ** 2 * a + 2 * t * (1 - t) * q + t**2 * b for t in (0.25, 0.5, 0.75)]


def _bat_wing(s: int, rng: Rng) -> list[Part]:
    """One wing (s = 1 the right): the membrane stretched from the body and leg out along the
    arm and the long fingers, its trailing edge scalloped between them, the bones standing
    out on it, a hooked thumb at the wrist."""
    foot, tips = (0.1, 0.24), [d[-1] for d in _DIGITS]
    edge = [(0.03, 0.36), foot, *_scallop_edge(foot, tips[3], 0.3), tips[3],
            *_scallop_edge(tips[3], tips[2], 0.4), tips[2], *_scallop_edge(tips[2], tips[1], 0.32),
            tips[1], (0.6, 0.86), tips[0], (0.42, 0.855), (0.3, 0.79), (0.16, 0.69),
            (0.05, 0.61)]  # fmt: skip
    sweep = 16 + float(rng.uniform(-3, 3))
    m = at(s * 0.03, 0, 0) @ rot("y", s * sweep) @ at(-s * 0.03, 0, 0)
    parts = [_flat(np.array(edge, float) * (s, 1), 0.005, m, 0)]
    arm = [(0.05, 0.56, 0.0), (0.16, 0.66, 0.0), (0.36, 0.8, 0.0)]
    parts.append(tube(np.array(arm) * (s, 1, 1), [0.016, 0.013, 0.011], m, 0))
    for d in _DIGITS:
        pts = np.c_[np.array(d) * (s, 1), np.zeros(3)]
        parts.append(tube(pts, [0.009, 0.006, 0.003], m, 0))
    thumb = [(0.36, 0.8, 0.0), (0.37, 0.84, 0.01), (0.355, 0.855, 0.015)]
    parts.append(tube(np.array(thumb) * (s, 1, 1), [0.006, 0.004, 0.001], m, 0))
    return parts


def _bat_body() -> list[Part]:
    """The small furry body: a plump torso, a round head with a short snout, big pointed ears,
    dark eyes and nose, two small fangs, a ruff of fur at the neck."""
    shapes = [ellipsoid((0.0, 0.46, 0.0), (0.055, 0.1, 0.048))]
    shapes.append(ellipsoid((0.0, 0.5, 0.01), (0.06, 0.055, 0.05), None, 0.03))  # the chest
    shapes.append(ellipsoid((0.0, 0.595, 0.012), (0.043, 0.04, 0.04), None, 0.025))  # the head
    shapes.append(ellipsoid((0.0, 0.582, 0.05), (0.022, 0.018, 0.024), None, 0.015))  # snout
    for s in (-1, 1):
        shapes.append(cone((s * 0.024, 0.62, 0.0), (s * 0.065, 0.735, -0.012), 0.026, 0.003,
                           0.012))  # the ears # fmt: skip
    parts = [solid(shapes, 0.0075, 1)]
    for s in (-1, 1):
        parts.append(bead(0.0075, at(s * 0.022, 0.603, 0.043), "pupil"))
        parts.append(bead(0.004, at(s * 0.006, 0.588, 0.073), "marking"))
        parts.append(cylinder(0.0035, 0.0, 0.014, at(s * 0.009, 0.574, 0.058) @ rot("x", 180),
                              "tooth"))  # fmt: skip
        parts.append(sphere(1.0, at(s * 0.046, 0.68, -0.004) @ align((s * 0.4, 1.0, -0.1))
                            @ scl(0.012, 0.04, 0.004), "marking"))  # inner ears # fmt: skip
    rng = np.random.default_rng(5)
    dirs = sphere_dirs(50, rng, 0.12)
    dirs = dirs[dirs[:, 2] > -0.2]
    roots = np.array([0.0, 0.53, 0.0]) + dirs * (0.05, 0.03, 0.045)
    parts.append(bristles(roots, roots + dirs * 0.016 - (0, 0.006, 0), 0.006, 1))
    grow = at(0, 0.45, 0) @ scl(1.3) @ at(0, -0.45, 0)
    parts = [q.moved(grow) for q in parts]
    for s in (-1, 1):  # the legs
        parts.append(tube([(s * 0.035, 0.36, 0.0), (s * 0.07, 0.3, 0.0), (s * 0.1, 0.245, 0.0)],
                          [0.011, 0.008, 0.005], None, 1))  # fmt: skip
    return parts


def _bat(rng: Rng) -> list[Part]:
    """A bat flying toward the viewer with its wings spread wide: the membrane (first material)
    stretched between the long finger bones on each side, its trailing edge scalloped, the
    wings swept a little back; a small furry body (second material) with big pointed ears, a
    small snout, dark eyes and two fangs, its legs spread with the tail membrane between
    them."""
    parts = _bat_wing(1, rng) + _bat_wing(-1, rng) + _bat_body()
    parts[0] = replace(parts[0], tag="body")
    tail = [(-0.1, 0.245), (-0.035, 0.37), (0.035, 0.37), (0.1, 0.245), (0.03, 0.2),
            (0.0, 0.175), (-0.03, 0.2)]  # fmt: skip
    parts.append(_flat(np.array(tail), 0.004, at(0, 0, -0.01), 0))
    yaw = 28 + float(rng.uniform(-4, 4))
    return [q.moved(rot("y", yaw) @ rot("x", -8)) for q in parts]


# 1513 stag

_STAG_FEET = ((0.24, 0.07), (0.2, -0.07), (-0.27, 0.075), (-0.3, -0.075))


def _stag_shapes() -> list:
    """A red deer stag's body along +x: a deep strong barrel, a full chest, a rounded rump,
    heavy thighs and shoulders, a thick neck rising to a head held high, a tapering muzzle,
    a short tail."""
    shapes = [ellipsoid((0.0, 0.72, 0.0), (0.33, 0.14, 0.125))]
    shapes.append(ellipsoid((0.22, 0.72, 0.0), (0.15, 0.165, 0.12), None, 0.06))  # the chest
    shapes.append(ellipsoid((-0.26, 0.75, 0.0), (0.14, 0.135, 0.115), None, 0.06))  # the rump
    for s in (-1, 1):
        shapes.append(ellipsoid((-0.25, 0.65, s * 0.07), (0.11, 0.16, 0.055), rot("z", 15),
                                0.05))  # fmt: skip
        shapes.append(ellipsoid((0.22, 0.66, s * 0.065), (0.08, 0.14, 0.05), None, 0.05))
    shapes += rope([(0.22, 0.8, 0.0), (0.35, 0.95, 0.0), (0.43, 1.1, 0.0)], [0.12, 0.085, 0.065],
                   0.07, 0.03)  # the neck # fmt: skip
    shapes.append(ellipsoid((0.47, 1.14, 0.0), (0.07, 0.058, 0.052), rot("z", -20), 0.03))
    shapes += rope([(0.49, 1.13, 0.0), (0.62, 1.055, 0.0)], [0.048, 0.028], 0.03)  # the face
    shapes.append(ellipsoid((0.625, 1.05, 0.0), (0.03, 0.03, 0.028), None, 0.02))  # the muzzle
    shapes += rope([(-0.38, 0.82, 0.0), (-0.41, 0.74, 0.0)], [0.025, 0.014], 0.02)  # the tail
    return shapes


def _stag_legs() -> list[Part]:
    """Four slender legs, strong at the top, with knobbly knees and hocks, on small dark
    hooves."""
    # a foreleg: elbow, knee, cannon, fetlock; a hind leg: thigh, stifle, hock bent back, cannon
    fore = ((0, 0.66, 0.8), (-0.012, 0.5, 1), (0, 0.3, 1), (0.01, 0.07, 1), (0, 0.03, 1))
    hind = ((0.05, 0.64, 0.8), (0.06, 0.48, 1), (-0.055, 0.32, 1), (-0.015, 0.07, 1), (0, 0.03, 1))
    return hoofed_legs(
        _STAG_FEET,
        (fore, [0.05, 0.034, 0.021, 0.015, 0.014]),
        (hind, [0.06, 0.038, 0.02, 0.015, 0.014]),
        (0.022, 0.026, 0.021),
        (0.02, 0.015, 0.04),
        _OVAL,
    )


def _ruff(rng: Rng) -> Part:
    """The shaggy ruff: long locks of hair hanging in a mane from the throat and the lower
    sides of the neck."""
    paths = []
    axis = unit((0.17, 0.28, 0.0))
    throat = unit((0.85, -0.53, 0.0))
    for i in range(8):
        u = i / 7
        root = np.array([0.26 + 0.17 * u, 0.8 + 0.27 * u, 0.0])
        r = 0.11 - 0.045 * u
        for a in np.radians([-75, -40, 0, 40, 75]):
            out = throat * np.cos(a) + np.array([0.0, 0.0, np.sin(a)])
            p0 = root + out * r * 0.85 - axis * 0.02
            drop = (0.11 - 0.05 * u) * (1.0 - 0.3 * abs(np.sin(a)))
            w = rng.uniform(-0.012, 0.012, 2)
            paths.append([p0, p0 + out * 0.02 + (0.01 + w[0], -drop * 0.5, 0),
                          p0 + out * 0.03 + (0.0 + w[1], -drop, 0)])  # fmt: skip
    return hair_locks(paths, 0.04, 0.012, 0, 6, 0.85, 0.6)


_BEAM = [(0.0, 0.0, 0.0), (-0.04, 0.07, 0.07), (-0.1, 0.18, 0.15), (-0.13, 0.3, 0.21),
         (-0.11, 0.41, 0.24), (-0.06, 0.5, 0.25), (-0.0, 0.55, 0.23)]  # fmt: skip
"""The right antler's main beam from its root: up, back and out, its top turning forward."""
_TINES = ((0.03, (1.0, 0.45, 0.25), 0.24), (0.1, (1.0, 0.55, 0.4), 0.2),
          (0.4, (0.85, 0.6, 0.3), 0.2), (0.7, (0.75, 0.9, -0.1), 0.16),
          (0.8, (0.15, 1.0, 0.6), 0.16), (0.9, (-0.45, 1.0, 0.15), 0.14))  # fmt: skip
"""The right antler's tines: where along the beam, which way and how long: the brow and bez
tines low at the front, the trez halfway up, the crown's cup of tines at the top."""


def _antler(root: np.ndarray, s: int, rng: Rng) -> tuple[list, list]:
    """One great branching antler (s = 1 the right) from its root on the crown: a heavy beam
    sweeping up, back and out, a brow and a bez tine low at the front reaching forward over
    the face, a trez tine halfway up, and a crown of tines spreading at its top; the beam's
    path and the tines' for ``strands``."""
    beam = np.array(_BEAM) * (1, 1, s) + root
    line = catmull_rom(beam, 40)
    tines = []
    for u, d, length in _TINES:
        base = line[int(u * 39)]
        d = unit(np.array(d) * (1, 1, s)) * length * float(rng.uniform(0.9, 1.1))
        tines.append([base, base + d * 0.55, base + d + (0, length * 0.25, 0)])
    return [list(beam)], tines


def _stag(rng: Rng) -> list[Part]:
    """A red deer stag standing proud, head toward +x turned a little to the viewer: a strong
    brown body on slender legs with small dark hooves, a thick neck with a shaggy ruff, the
    head held high with a tapering muzzle, dark eyes and nose, big ears, a pale rump patch and
    a short tail, and huge branching antlers (second material) spreading wide with many
    tines."""
    shapes = _stag_shapes()
    parts = [solid(shapes, 0.024, 0, "body")]
    parts.append(colour_patch(shapes, (-0.385, 0.77, 0.0), (0.05, 0.09, 0.2), "snow", 0, 0.005,
                              0.017))  # the rump # fmt: skip
    parts += _stag_legs()
    parts.append(_ruff(rng))
    for s in (-1, 1):
        parts.append(bead(0.013, at(0.51, 1.155, s * 0.046), "pupil"))
        parts.append(bead(1.0, at(0.645, 1.05, s * 0.014) @ scl(0.009, 0.009, 0.006), "marking"))
        ear = at(0.45, 1.18, s * 0.045) @ align((-0.3, 0.45, s * 0.9)) @ at(0, 0.05, 0)
        parts.append(bead(1.0, ear @ scl(0.035, 0.065, 0.01), 0, 6))
    beams, tines = [], []
    for s in (-1, 1):
        b, t = _antler(np.array([0.47, 1.19, s * 0.035]), s, rng)
        beams += b
        tines += t
    parts.append(strands(beams, [0.026, 0.022, 0.019, 0.016, 0.014, 0.011, 0.007], 1, 8, 18))
    parts.append(strands(tines, [0.015, 0.01, 0.002], 1, 6, 8))
    for s in (-1, 1):  # the burrs round the antlers' roots
        parts.append(hoop(0.028, 0.008, at(0.47, 1.2, s * 0.035) @ rot("x", s * 20), 1, 12, 4))
    yaw = -12 + float(rng.uniform(-4, 4))
    return [q.moved(rot("y", yaw)) for q in parts]


MORE_APPLIANCES_ZZZZZM = {
    1507: _scallop, 1508: _nautilus, 1509: _hummingbird, 1510: _dolphin, 1511: _moth,
    1512: _bat, 1513: _stag,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
