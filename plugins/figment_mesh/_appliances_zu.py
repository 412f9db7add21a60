"""More of the device family's appliances, from 786: a sea turtle, a hippopotamus, a coral reef,
a sphinx, a camel, a cobra, a runestone, a horned Viking helmet, an open treasure chest, a
Persian rug.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material. The hippo's,
the sphinx's and the camel's bodies and the reef's rock are smooth solids (signed-distance
fields meshed by marching cubes, ``_sdf``).
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl
from ._primitives import (
    DIAMOND,
    HEXAGON,
    box,
    cylinder,
    lathe,
    slab,
    sphere,
    strip,
    torus,
    tube,
)
from ._sdf import Field, Shape, sdf_part, spine
from ._sdf import ellipsoid as blob
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZU"]

Rng = np.random.Generator

_FLAT = np.array([(np.cos(a), 0.22 * np.sin(a)) for a in np.arange(12) * np.pi / 6])
"""A flat oval cross-section (a flipper, a paddle)."""


def _plate(w: float, h: float, t: float, m: np.ndarray, slot=0) -> Part:
    """A thin rectangular plate w × h in xy (centred), t thick along z: a mark, a label."""
    return slab(sharp([(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]),
                t, m, slot)  # fmt: skip


def _bead(r: float, m: np.ndarray, slot=0, tag: str = "") -> Part:
    """A small low-poly ball (an eye, a rivet, a pearl)."""
    return lathe([(0.0, -r), (r, 0.0), (0.0, r)], m, slot, tag, sides=8)


def _bar(a, b, w: float, n, slot=0) -> Part:
    """A thin flat strip w wide from a to b lying on a surface of normal n (an engraved line)."""
    return strip(a, b, n, w, w * 0.5, slot, reach=w * 0.25)


def _flat(points, t: float, x: float, y: float, z: float, slot=0) -> Part:
    """An outline given in (x, z) lying flat on y, t thick (a rug's pattern piece)."""
    pts = [(px, -pz) for px, pz in points]
    return slab(sharp(pts), t, at(x, y + t / 2, z) @ rot("x", -90), slot)


def _rbox(c, half, r: float, blend: float = 0.0) -> Shape:
    """A rounded box of half extents ``half`` (corners rounded by r) centred at c."""
    c = np.asarray(c, np.float32)
    h = np.asarray(half, np.float32) - r

    def dist(x, y, z):
        qx, qy, qz = np.abs(x - c[0]) - h[0], np.abs(y - c[1]) - h[1], np.abs(z - c[2]) - h[2]
        out = np.sqrt(np.maximum(qx, 0) ** 2 + np.maximum(qy, 0) ** 2 + np.maximum(qz, 0) ** 2)
        return out + np.minimum(np.maximum(np.maximum(qx, qy), qz), 0) - r

    e = np.asarray(half, np.float32)
    return Shape(dist, c - e, c + e, blend)


def _cut(axis: int, level: float, keep_above: bool, lo, hi, blend: float = 0.006) -> Shape:
    """Cuts away what lies below (keep_above) or above ``level`` along an axis, within lo..hi."""

    def dist(x, y, z):
        v = (x, y, z)[axis]
        return (v - level) if keep_above else (level - v)

    return Shape(dist, np.asarray(lo, np.float32), np.asarray(hi, np.float32), -blend)


def _grown(shape: Shape, by: float) -> Shape:
    """The shape grown outward by ``by`` all round (a cover lying on it)."""
    return Shape(lambda x, y, z: shape.dist(x, y, z) - by, shape.lo - by, shape.hi + by,
                 shape.blend)  # fmt: skip


def _floor(lo, hi) -> Shape:
    """Cuts everything below y = 0 flat (feet standing on the ground)."""
    return _cut(1, 0.0, True, (lo[0], -0.3, lo[1]), (hi[0], 0.0, hi[1]))


# ---- 786 sea turtle --------------------------------------------------------------------------

_SHELL_W, _SHELL_L, _SHELL_Y = 0.34, 0.44, 0.1
_SHELL = [(0.0, 0.0), (0.88, 0.0), (1.0, 0.018), (0.95, 0.045), (0.8, 0.085), (0.55, 0.122),
          (0.28, 0.142), (0.0, 0.148)]  # fmt: skip


def _shell_edge(t: float) -> tuple[float, float]:
    """The shell's outline at angle t from the front: (x, z); broad in front, pointed behind."""
    x = _SHELL_W * np.sin(t) * (1 + 0.16 * np.cos(t))
    return x, _SHELL_L * np.cos(t) - 0.03 * np.sin(t) ** 2


def _on_shell(p: float, s: float, lift: float = 0.006) -> np.ndarray:
    """A point of the shell's top over (p, s) in the unit disc (p: across, s: along)."""
    q = min(float(np.hypot(p, s)), 1.0)
    x, z = _shell_edge(float(np.arctan2(p, s)))
    prof = np.array(_SHELL[2:])
    y = np.interp(q, prof[::-1, 0], prof[::-1, 1])
    return np.array([q * x, _SHELL_Y + y + lift, q * z])


def _shell_line(pts, slot="marking") -> list[Part]:
    """Strips along a polyline of unit-disc points, lying on the shell's top."""
    out = []
    for (p0, s0), (p1, s1) in pairwise(pts):
        a, b = _on_shell(p0, s0), _on_shell(p1, s1)
        pm, sm, e = (p0 + p1) / 2 * 0.97, (s0 + s1) / 2 * 0.97, 0.02
        dp = _on_shell(pm + e, sm) - _on_shell(pm - e, sm)
        ds = _on_shell(pm, sm + e) - _on_shell(pm, sm - e)
        nrm = np.cross(ds, dp)
        out.append(_bar(a, b, 0.014, nrm if nrm[1] > 0 else -nrm, slot))
    return out


def _sea_turtle(rng: Rng) -> list[Part]:
    """A sea turtle swimming just above the ground: a broad flattened teardrop shell marked into
    big hexagonal scute plates, four paddle flippers (the front ones long and swept back), a blunt
    beaked head on a short neck and a short tail."""
    t = np.linspace(0, 2 * np.pi, 40, endpoint=False)
    edge = np.array([_shell_edge(a) for a in t])
    shape = np.stack([edge[:, 0], -edge[:, 1]], 1)
    y = _SHELL_Y
    parts = [lathe(_SHELL, at(0, y, 0), 0, "body", shape=shape)]
    parts.append(sphere(1.0, at(0, y + 0.005, -0.02) @ scl(0.3, 0.04, 0.4), 1))  # the plastron
    # the scutes: five hexagonal plates down the middle, four each side, a rim of small ones
    hx, hs = 0.27, 0.15
    for k in range(5):
        s = 0.6 - 0.3 * k
        hexa = [(-0.14, s + hs), (0.14, s + hs), (hx, s), (0.14, s - hs), (-0.14, s - hs),
                (-hx, s), (-0.14, s + hs)]  # fmt: skip
        parts += _shell_line(hexa)
    for sx in (-1, 1):
        for s in (0.3, 0.0, -0.3):
            parts += _shell_line([(sx * hx, s), (sx * 0.84 * 0.97, s * 0.9 - 0.05)])
    ring = [(0.84 * np.sin(a), 0.84 * np.cos(a)) for a in np.linspace(0, 2 * np.pi, 29)]
    parts += _shell_line(ring)
    for a in np.linspace(0, 2 * np.pi, 22, endpoint=False):
        parts += _shell_line([(0.84 * np.sin(a), 0.84 * np.cos(a)), (np.sin(a), np.cos(a))])
    # the flippers: flat paddles, the front ones long and swept back
    stroke = float(rng.uniform(-0.04, 0.04))
    for sx in (-1, 1):
        front = [(sx * 0.2, y + 0.05, 0.22), (sx * 0.42, y + 0.05, 0.2),
                 (sx * 0.64, y + 0.02, 0.06 + stroke), (sx * 0.8, y - 0.02, -0.14 + stroke),
                 (sx * 0.86, y - 0.04, -0.3 + stroke)]  # fmt: skip
        parts.append(tube(front, [0.06, 0.09, 0.085, 0.055, 0.0], None, 0, shape=_FLAT))
        hind = [(sx * 0.17, y + 0.03, -0.3), (sx * 0.28, y + 0.01, -0.42),
                (sx * 0.32, y - 0.02, -0.54)]  # fmt: skip
        parts.append(tube(hind, [0.05, 0.07, 0.0], None, 0, shape=_FLAT))
    parts.append(tube([(0, y + 0.06, 0.36), (0, y + 0.07, 0.5)], [0.075, 0.07], None, 0))
    parts.append(sphere(1.0, at(0, y + 0.08, 0.56) @ scl(0.09, 0.07, 0.11), 0))  # the head
    beak = [(0, y + 0.085, 0.64), (0, y + 0.07, 0.68), (0, y + 0.05, 0.69)]
    parts.append(tube(beak, [0.045, 0.03, 0.0], None, 0))  # the hooked upper beak
    mouth = [(-0.06, y + 0.055, 0.63), (-0.035, y + 0.054, 0.654), (0.0, y + 0.054, 0.665),
             (0.035, y + 0.054, 0.654), (0.06, y + 0.055, 0.63)]  # fmt: skip
    parts.append(tube(mouth, 0.005, None, "marking", shape=DIAMOND))
    for sx in (-1, 1):
        parts.append(_bead(0.018, at(sx * 0.072, y + 0.1, 0.6), "pupil", "eyes"))
    parts.append(tube([(0, y + 0.03, -0.46), (0, y + 0.01, -0.56)], [0.04, 0.0], None, 0))
    return parts


# ---- 787 hippopotamus ------------------------------------------------------------------------


def _hippo(rng: Rng) -> list[Part]:
    """A hippopotamus: a huge barrel body on four short thick legs, an enormous broad boxy muzzle
    with round nostril bumps on top, small eyes and tiny ears set high on the head, a short
    tail; grey skin, the lower jaw and the belly pinkish."""
    lo, hi = (-0.4, -0.8), (0.4, 1.0)
    shapes = [blob((0, 0.42, -0.08), (0.3, 0.26, 0.52))]
    shapes.append(blob((0, 0.44, 0.2), (0.28, 0.27, 0.28), blend=0.12))  # the shoulders
    shapes.append(blob((0, 0.44, -0.38), (0.27, 0.25, 0.25), blend=0.1))  # the rump
    shapes.append(blob((0, 0.32, -0.05), (0.28, 0.18, 0.42), blend=0.1))  # the belly
    shapes.append(blob((0, 0.45, 0.42), (0.21, 0.21, 0.16), blend=0.1))  # the neck
    shapes.append(blob((0, 0.5, 0.55), (0.16, 0.14, 0.15), blend=0.08))  # the skull
    shapes.append(_rbox((0, 0.4, 0.74), (0.18, 0.12, 0.13), 0.08, blend=0.1))  # the muzzle
    for sx in (-1, 1):
        shapes.append(blob((sx * 0.085, 0.47, 0.79), (0.07, 0.06, 0.07), blend=0.05))
        shapes.append(blob((sx * 0.12, 0.6, 0.53), (0.05, 0.05, 0.05), blend=0.04))
        for z in (0.22, -0.4):  # the legs
            shapes += spine([(sx * 0.19, -0.05, z), (sx * 0.19, 0.35, z)], [0.1, 0.11],
                            [0.1, 0.11], blend=0.06)  # fmt: skip
    shapes.append(_floor(lo, hi))
    axis = np.array([[0, 0.42, -0.7], [0, 0.45, 0.9]])
    parts = [sdf_part(Field(tuple(shapes), axis), 0.03, 0, "body")]
    jaw = [_rbox((0, 0.4, 0.74), (0.19, 0.128, 0.14), 0.088), _cut(1, 0.355, False, (-0.3, 0.35,
           0.5), (0.3, 0.6, 0.95))]  # fmt: skip
    parts.append(sdf_part(Field(tuple(jaw), axis), 0.02, 1))  # the pink lower jaw
    belly = [blob((0, 0.32, -0.05), (0.3, 0.2, 0.44)), _cut(1, 0.2, False, (-0.4, 0.18, -0.6),
             (0.4, 0.6, 0.5))]  # fmt: skip
    parts.append(sdf_part(Field(tuple(belly), axis), 0.036, 1))
    for sx in (-1, 1):
        parts.append(_bead(0.018, at(sx * 0.15, 0.615, 0.56), "pupil", "eyes"))
        parts.append(sphere(1.0, at(sx * 0.1, 0.645, 0.45) @ scl(0.025, 0.035, 0.02), 0))
        parts.append(_bead(1.0, at(sx * 0.085, 0.528, 0.8) @ scl(0.024, 0.01, 0.014), "marking"))
    wag = float(rng.uniform(-0.03, 0.03))
    parts.append(tube([(0, 0.5, -0.58), (wag, 0.44, -0.66), (wag, 0.36, -0.68)],
                      [0.03, 0.022, 0.015], None, 0))  # fmt: skip
    return parts


# ---- 788 coral reef --------------------------------------------------------------------------


def _staghorn(base, height: float, spread: float, slot, rng: Rng) -> list[Part]:
    """A branching staghorn coral: a stem forking twice into upturned tapering antler tips."""
    out = []
    b = np.asarray(base, float)
    yaw0 = float(rng.uniform(0, np.pi))
    for k in range(3):
        a = yaw0 + 2 * np.pi * k / 3
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        mid = b + d * spread * 0.5 + np.array([0, height * 0.45, 0])
        out.append(tube([b, b + d * spread * 0.25 + [0, height * 0.25, 0], mid], [0.035, 0.03,
                        0.025], None, slot, shape=HEXAGON))  # fmt: skip
        for j in (-1, 1):
            e = np.array([np.cos(a + j * 0.6), 0.0, np.sin(a + j * 0.6)])
            tip = mid + e * spread * 0.45 + np.array([0, height * 0.55, 0])
            out.append(tube([mid, mid + e * spread * 0.3 + [0, height * 0.2, 0], tip],
                            [0.025, 0.02, 0.008], None, slot, shape=HEXAGON))  # fmt: skip
    return out


def _sea_fan(m: np.ndarray, r: float, slot, rng: Rng) -> list[Part]:
    """A flat sea fan: wavy ribs spreading from a short stalk in a broad fan, laced together by
    short cross ribs into a net."""
    out = [stick((0, 0, 0), (0, 0.1, 0), 0.02, slot).moved(m)]
    angles = np.linspace(-1.15, 1.15, 11)
    ribs = []
    for a in angles:
        reach = r * (0.85 + 0.15 * np.cos(a * 1.3)) * float(rng.uniform(0.92, 1.05))
        f = np.linspace(0.0, 1.0, 4)
        wob = 0.02 * np.sin(f * 7 + a * 5)
        pts = np.stack([reach * f * np.sin(a * f**0.3) + wob, 0.1 + reach * f * np.cos(a * f**0.3),
                        np.zeros(4)], 1)  # fmt: skip
        ribs.append(pts)
        out.append(tube(pts, [0.016, 0.01, 0.007, 0.005], m, slot, shape=DIAMOND))
    for k in range(len(ribs) - 1):  # the net: short cross ribs between neighbours
        for f in rng.uniform(0.3, 0.95, 2):
            i = float(f) * 3
            j = min(i + float(rng.uniform(-0.3, 0.3)), 3.0)
            pa = [np.interp(i, np.arange(4), ribs[k][:, c]) for c in range(3)]
            pb = [np.interp(j, np.arange(4), ribs[k + 1][:, c]) for c in range(3)]
            out.append(tube([pa, pb], 0.005, m, slot, shape=DIAMOND))
    return out


def _reef_fish(p, yaw: float, size: float, slot) -> list[Part]:
    """A small reef fish: a deep flat body, a forked tail, an eye."""
    m = at(*p) @ rot("y", yaw) @ scl(size)
    out = [sphere(1.0, m @ scl(0.07, 0.045, 0.018), slot)]
    out.append(_bead(1.0, m @ at(0.04, 0.01, 0) @ scl(0.009, 0.009, 0.021), "pupil"))
    out.append(slab(sharp([(-0.06, 0), (-0.11, 0.035), (-0.1, 0), (-0.11, -0.035)]), 0.008, m,
                    slot))  # fmt: skip
    out.append(slab(sharp([(-0.02, 0.03), (0.03, 0.04), (0.01, 0.06)]), 0.006, m, slot))
    return out


def _coral_reef(rng: Rng) -> list[Part]:
    """A coral reef: a low mound of rock crowded with corals in bright colours, branching
    staghorn corals, a round ridged brain coral, a cluster of tall tube corals, a flat lacy sea
    fan, and a few small fish swimming above."""
    fixed = np.random.default_rng(788)
    shapes = [blob((0, 0.05, 0), (0.55, 0.16, 0.42))]
    for p, q in (((0.25, 0.1, -0.1), (0.3, 0.17, 0.25)), ((-0.3, 0.08, 0.1), (0.28, 0.13, 0.26)),
                 ((-0.05, 0.13, -0.15), (0.3, 0.15, 0.22))):  # fmt: skip
        shapes.append(blob(p, q, blend=0.1))
    shapes.append(_floor((-0.7, -0.6), (0.7, 0.6)))
    axis = np.array([[0, 0.1, -0.5], [0, 0.1, 0.5]])
    parts = [sdf_part(Field(tuple(shapes), axis), 0.05, 0, "body")]
    # a brain coral: a ball ridged all over with wavy grooves
    bc, br = np.array([0.26, 0.2, 0.16]), 0.17
    parts.append(sphere(br, at(*bc) @ scl(1, 0.8, 1), "fruit-green"))
    for lat in np.linspace(0.0, 1.2, 4):
        pts = []
        for lon in np.linspace(0, 2 * np.pi, 17):
            la = lat + 0.12 * np.sin(7 * lon + lat * 3)
            pts.append(bc + br * np.array([np.cos(la) * np.cos(lon), 0.8 * np.sin(la),
                                           np.cos(la) * np.sin(lon)]))  # fmt: skip
        parts.append(tube(pts, 0.014, None, "fruit-green", shape=DIAMOND))
    parts += _staghorn((-0.3, 0.15, 0.12), 0.38, 0.3, "fruit-orange", rng)
    parts += _staghorn((0.05, 0.2, -0.1), 0.3, 0.22, "rainbow-violet", rng)
    for k in range(6):  # tube corals
        a = 2 * np.pi * k / 6 + float(fixed.uniform(0, 0.4))
        x, z = -0.02 + 0.07 * np.cos(a), 0.26 + 0.06 * np.sin(a)
        h = 0.18 + 0.12 * float(fixed.uniform(0, 1)) + float(rng.uniform(0, 0.03))
        parts.append(cylinder(0.03, 0.035, h, at(x, 0.14, z) @ rot("z", 6 * np.cos(a)),
                              "fruit-yellow"))  # fmt: skip
        top = at(x, 0.14 + h, z) @ rot("z", 6 * np.cos(a)) @ scl(0.024, 0.006, 0.024)
        parts.append(_bead(1.0, top, "marking"))  # its dark mouth
    parts += _sea_fan(at(-0.12, 0.18, -0.3) @ rot("y", 20), 0.42, "card-red", rng)
    for p, yaw, sl in (((0.45, 0.6, 0.1), 20, "rainbow-yellow"), ((-0.5, 0.55, -0.05), 160,
                       "rainbow-blue"), ((0.1, 0.75, 0.25), -30, "fruit-orange")):  # fmt: skip
        parts += _reef_fish(p, yaw + float(rng.uniform(-10, 10)), 1.0, sl)
    return parts


# ---- 789 sphinx -------------------------------------------------------------------------------


def _sphinx(rng: Rng) -> list[Part]:
    """The Great Sphinx: a lion's body lying flat on a low rectangular plinth, its front paws
    stretched straight forward and its haunches tucked, a human head in the striped nemes
    headdress whose flaps flare down to the shoulders, a false beard under the chin."""
    p = 0.08
    parts = [box(0.62, p, 1.3, at(0, 0, 0.02), 0, "body")]
    shapes = spine([(0, p + 0.16, -0.42), (0, p + 0.19, -0.12), (0, p + 0.21, 0.12)],
                   [0.15, 0.135, 0.15], [0.16, 0.15, 0.17])  # fmt: skip
    shapes.append(blob((0, p + 0.17, -0.4), (0.17, 0.17, 0.17), blend=0.06))  # the haunch
    shapes.append(blob((0, p + 0.22, 0.13), (0.16, 0.2, 0.15), blend=0.08))  # the chest
    shapes.append(blob((0, p + 0.36, 0.17), (0.09, 0.12, 0.09), blend=0.05))  # the neck
    for sx in (-1, 1):
        shapes.append(blob((sx * 0.15, p + 0.12, -0.32), (0.06, 0.11, 0.17), blend=0.04))
        shapes.append(blob((sx * 0.17, p + 0.04, -0.13), (0.045, 0.04, 0.1), blend=0.03))
        shapes += spine([(sx * 0.1, p + 0.1, 0.1), (sx * 0.1, p + 0.055, 0.5)], [0.055, 0.05],
                        [0.06, 0.05], blend=0.05)  # fmt: skip
        shapes.append(blob((sx * 0.1, p + 0.045, 0.55), (0.065, 0.045, 0.075), blend=0.03))
    shapes.append(_cut(1, p, True, (-0.4, -0.1, -0.7), (0.4, p, 0.7)))
    axis = np.array([[0, p + 0.2, -0.6], [0, p + 0.2, 0.65]])
    parts.append(sdf_part(Field(tuple(shapes), axis), 0.024, 0))
    hm = at(0, p + 0.48, 0.2) @ scl(1.3)  # the head, in its own frame (the face's centre)
    parts.append(sphere(1.0, hm @ at(0, -0.005, 0.045) @ scl(0.066, 0.088, 0.062), 0))  # face
    parts.append(sphere(1.0, hm @ at(0, 0.035, -0.005) @ scl(0.09, 0.075, 0.085), 0))  # the cap
    wing = [(-0.085, 0.06), (0.085, 0.06), (0.2, -0.15), (0.2, -0.2), (-0.2, -0.2), (-0.2, -0.15)]
    parts.append(slab(sharp(wing), 0.12, hm @ at(0, 0, -0.04), 0))
    for k in range(8):  # the headdress's stripes
        y = -0.185 + 0.03 * k
        w = 0.4 if y < -0.15 else 0.4 - (0.4 - 0.17) * (y + 0.15) / 0.21
        parts.append(_plate(w, 0.013, 0.01, hm @ at(0, y, 0.02), 1))
        for sx in (-1, 1):
            if y > -0.15:
                x = sx * (0.2 - 0.115 * (y + 0.15) / 0.21)
                m = hm @ at(x, y, -0.04) @ rot("z", 28.7 if sx > 0 else 151.3) @ rot("y", 90)
                parts.append(_plate(0.125, 0.013, 0.01, m, 1))
    parts.append(torus(0.09, 0.007, hm @ at(0, 0.035, 0.0) @ scl(1, 1, 1.05), 1))  # brow band
    for sx in (-1, 1):  # the lappets hanging in front of the shoulders
        lap = hm @ at(sx * 0.105, -0.22, 0.045) @ rot("x", -8)
        parts.append(box(0.05, 0.2, 0.03, lap, 0))
        for k in range(5):
            parts.append(box(0.052, 0.012, 0.032, lap @ at(0, 0.02 + 0.04 * k, 0), 1))
        parts.append(sphere(1.0, hm @ at(sx * 0.07, -0.005, 0.0) @ scl(0.015, 0.03, 0.02), 0))
        parts.append(sphere(1.0, hm @ at(sx * 0.027, 0.012, 0.098) @ scl(0.019, 0.008, 0.008),
                            "marking"))  # the eyes # fmt: skip
        parts.append(box(0.032, 0.006, 0.01, hm @ at(sx * 0.028, 0.027, 0.096) @ rot("z", sx * -8),
                         0))  # the brows # fmt: skip
    parts.append(sphere(1.0, hm @ at(0, -0.012, 0.105) @ scl(0.015, 0.026, 0.02), 0))  # the nose
    parts.append(sphere(1.0, hm @ at(0, -0.052, 0.097) @ scl(0.026, 0.006, 0.008), "marking"))
    parts.append(cylinder(0.02, 0.016, 0.11, hm @ at(0, -0.18, 0.08) @ rot("x", 6), 0))  # beard
    for k in range(2):
        parts.append(torus(0.019, 0.004, hm @ at(0, -0.15 + 0.03 * k, 0.082), 1))
    parts.append(tube([(0, 0.085, 0.07), (0, 0.1, 0.08), (0, 0.09, 0.09)], 0.01, hm,
                      1))  # the cobra on the brow # fmt: skip
    tail = [(0.1, p + 0.03, -0.55), (0.21, p + 0.025, -0.46), (0.24, p + 0.02, -0.25)]
    parts.append(tube(tail, [0.025, 0.02, 0.018], None, 0))
    return parts


# ---- 790 camel --------------------------------------------------------------------------------


def _camel_leg(x: float, z: float, hind: bool) -> list[Part]:
    """A camel's long thin lower leg: a knobbly knee, a slim shank and a broad soft foot."""
    back = -0.04 if hind else 0.015
    knee = (x, 0.36, z + back)
    out = [tube([(x, 0.62, z), knee, (x, 0.1, z), (x, 0.04, z + 0.02)],
                [0.05, 0.034, 0.024, 0.028], None, 0)]  # fmt: skip
    out.append(sphere(1.0, at(*knee) @ scl(0.04, 0.045, 0.042), 0))
    out.append(sphere(1.0, at(x, 0.025, z + 0.03) @ scl(0.045, 0.026, 0.06), 0))
    return out


def _camel(rng: Rng) -> list[Part]:
    """A dromedary camel standing: long thin legs with knobbly knees, one big tall hump in the
    middle of the back under a saddle blanket, a long neck curving down then up in front, a
    long head with droopy lips and small ears, a thin tail with a tuft."""
    trunk = [blob((0, 0.74, -0.05), (0.16, 0.16, 0.36))]
    trunk.append(blob((0, 0.86, -0.06), (0.13, 0.2, 0.2), blend=0.12))  # the hump
    trunk.append(blob((0, 0.72, 0.2), (0.14, 0.15, 0.14), blend=0.08))  # the chest
    trunk.append(blob((0, 0.72, -0.32), (0.13, 0.14, 0.12), blend=0.08))  # the rump
    for sx in (-1, 1):
        trunk.append(blob((sx * 0.08, 0.66, -0.3), (0.065, 0.14, 0.1), blend=0.05))  # thighs
        trunk.append(blob((sx * 0.08, 0.66, 0.19), (0.06, 0.12, 0.08), blend=0.05))
    shapes = list(trunk)
    neck = [(0, 0.78, 0.24), (0, 0.72, 0.42), (0, 0.8, 0.55), (0, 0.95, 0.6), (0, 1.04, 0.6)]
    shapes += spine(neck, [0.08, 0.065, 0.055, 0.05, 0.05], [0.1, 0.075, 0.06, 0.05, 0.05],
                    blend=0.06)  # fmt: skip
    shapes += spine([(0, 1.05, 0.58), (0, 1.02, 0.7), (0, 0.99, 0.79)], [0.055, 0.045, 0.04],
                    [0.055, 0.045, 0.038], blend=0.04)  # fmt: skip
    axis = np.array([[0, 0.75, -0.45], [0, 0.8, 0.85]])
    parts = [sdf_part(Field(tuple(shapes), axis), 0.026, 0, "body")]
    for sx in (-1, 1):
        parts += _camel_leg(sx * 0.085, 0.19, False)
        parts += _camel_leg(sx * 0.085, -0.3, True)
        parts.append(sphere(1.0, at(sx * 0.04, 1.1, 0.6) @ rot("z", sx * -30)
                            @ scl(0.014, 0.03, 0.012), 0))  # the ears # fmt: skip
        parts.append(_bead(0.012, at(sx * 0.045, 1.07, 0.66), "pupil", "eyes"))
        parts.append(_bead(1.0, at(sx * 0.016, 1.0, 0.805) @ scl(0.008, 0.014, 0.01),
                            "marking"))  # the nostrils # fmt: skip
    parts.append(sphere(1.0, at(0, 0.955, 0.77) @ scl(0.034, 0.024, 0.05), 0))  # droopy lip
    for grow, y0, y1, slot in ((0.015, 0.65, 0.99, 1), (0.028, 0.645, 0.7, "card-red")):
        blanket = [_grown(t, grow) for t in trunk] + [
                   _cut(1, y0, True, (-0.3, 0.4, -0.4), (0.3, y0, 0.3)),
                   _cut(2, 0.1, False, (-0.3, 0.4, 0.1), (0.3, 1.2, 0.5)),
                   _cut(2, -0.22, True, (-0.3, 0.4, -0.6), (0.3, 1.2, -0.22)),
                   _cut(1, y1, False, (-0.3, y1, -0.4), (0.3, 1.2, 0.3))]  # fmt: skip
        parts.append(sdf_part(Field(tuple(blanket), axis), 0.024, slot))  # the saddle blanket
    wag = float(rng.uniform(-0.04, 0.04))
    parts.append(tube([(0, 0.74, -0.41), (wag, 0.62, -0.45), (wag, 0.46, -0.44)],
                      [0.018, 0.012, 0.01], None, 0))  # the tail # fmt: skip
    parts.append(sphere(1.0, at(wag, 0.43, -0.44) @ scl(0.025, 0.05, 0.025), "cork"))
    return parts


# ---- 791 cobra --------------------------------------------------------------------------------


def _cobra(rng: Rng) -> list[Part]:
    """A cobra reared up: its tail coiled in loops on the ground, its front rising straight up
    and spread at the neck into a wide flat oval hood, a spectacle mark on the hood's back, the
    head on top facing the viewer with its forked tongue out."""
    r = 0.045
    path = []
    turns = 2.2 + float(rng.uniform(0, 0.15))
    for t in np.linspace(0, turns, 26):  # from the tail's tip, coiling inward and upward
        a = -np.pi / 2 - 2 * np.pi * t
        rad = 0.34 - 0.1 * t
        path.append((rad * np.sin(a), r * 0.9 + 0.055 * max(t - 1.0, 0.0), rad * np.cos(a) - 0.05))
    top = 0.62
    path += [(0.0, 0.2, 0.08), (0.0, 0.36, 0.09), (0.0, top - 0.12, 0.08), (0.0, top + 0.05, 0.08)]
    radii = np.concatenate([np.linspace(0.008, r, 12), np.full(len(path) - 14, r), [0.03, 0.03]])
    parts = [tube(path, radii, None, 0, "body")]
    # the hood: a broad flat oval shield around the neck
    hood = [(0.0, -0.24), (0.06, -0.19), (0.15, -0.04), (0.17, 0.07), (0.12, 0.16), (0.0, 0.19),
            (-0.12, 0.16), (-0.17, 0.07), (-0.15, -0.04), (-0.06, -0.19)]  # fmt: skip
    hm = at(0, top - 0.06, 0.08)
    parts.append(slab(hood, 0.05, hm, 0))
    parts.append(slab(hood, 0.012, hm @ at(0, 0.0, 0.026) @ scl(0.8, 0.86, 1), 1))  # the belly
    for k in range(4):  # dark bands across the throat
        parts.append(_plate(0.1 - 0.01 * k, 0.014, 0.01, hm @ at(0, -0.15 + 0.045 * k, 0.032),
                            "marking"))  # fmt: skip
    for sx in (-1, 1):  # the spectacle mark on the back
        parts.append(torus(0.038, 0.008, hm @ at(sx * 0.055, 0.05, -0.026) @ rot("x", 90),
                           "marking"))  # fmt: skip
    parts.append(tube([(-0.055, 0.012, -0.027), (0.0, -0.012, -0.027), (0.055, 0.012, -0.027)],
                      0.008, hm, "marking"))  # fmt: skip
    head = at(0, top + 0.12, 0.1) @ rot("x", 12)
    parts.append(sphere(1.0, head @ scl(0.055, 0.035, 0.075), 0))
    parts.append(sphere(1.0, head @ at(0, 0.005, -0.04) @ scl(0.06, 0.04, 0.05), 0))
    for sx in (-1, 1):
        parts.append(_bead(0.011, head @ at(sx * 0.04, 0.018, 0.02), "pupil", "eyes"))
        parts.append(tube([(0, -0.01, 0.07), (0, -0.012, 0.1), (sx * 0.012, -0.016, 0.125)],
                          0.0035, head, "card-red", shape=DIAMOND))  # the tongue # fmt: skip
    parts.append(tube([(0.0, top + 0.05, 0.08), (0.0, top + 0.1, 0.085), (0.0, top + 0.12, 0.09)],
                      [0.03, 0.035, 0.035], None, 0))  # fmt: skip
    return parts


# ---- 792 runestone ----------------------------------------------------------------------------


def _band_point(u: float) -> tuple[np.ndarray, np.ndarray]:
    """The serpent band's centre line on the stone's face at u in 0..1 (up the left side, over
    the top, down the right side) and its direction there."""
    top, a = 0.78, 0.2
    side = 0.62  # the length of each straight side
    arc = np.pi * a
    d = u * (2 * side + arc)
    if d < side:  # up the left side, leaning in
        y = 0.16 + d
        return np.array([-(a + 0.1 * (top - y) / side), y]), np.array([0.1 / side, 1.0])
    if d < side + arc:
        t = np.pi - (d - side) / a
        return np.array([a * np.cos(t), top + a * np.sin(t)]), np.array([np.sin(t), -np.cos(t)])
    y = top - (d - side - arc)
    return np.array([a + 0.1 * (top - y) / side, y]), np.array([0.1 / side, -1.0])


def _runestone(rng: Rng) -> list[Part]:
    """A Viking runestone: a tall rough standing stone, a flat-faced slab wider at the bottom
    with a rounded uneven top, a red-painted serpent band carved in a loop round its face with
    runes cut along it as short straight strokes, a cross in the middle, grass at its foot."""
    j = rng.uniform(-0.02, 0.02, 12)
    stone = [(-0.37 + j[0], 0.0), (0.35 + j[1], 0.0), (0.37 + j[2], 0.25), (0.31 + j[3], 0.55),
             (0.3 + j[4], 0.8), (0.22 + j[5], 0.98), (0.08 + j[6], 1.04 + j[7]),
             (-0.08 + j[8], 1.12), (-0.22 + j[9], 1.02), (-0.3 + j[10], 0.8),
             (-0.33 + j[11], 0.5), (-0.38, 0.2)]  # fmt: skip
    d = 0.22
    parts = [slab(stone, d, at(0, 0.03, 0), 0, "body")]
    parts.append(slab(stone, d + 0.05, at(0.01, 0.03, -0.01) @ scl(0.93, 0.95, 1), 0))  # a bulge
    face = d / 2 + 0.02
    us = np.linspace(0, 1, 24)
    pts = [(*_band_point(u)[0], face) for u in us]
    rect = np.array([(1.0, 0.12), (-1.0, 0.12), (-1.0, -0.12), (1.0, -0.12)])
    widths = np.concatenate([np.full(20, 0.05), np.linspace(0.05, 0.01, 4)])
    parts.append(tube(pts, widths, None, 1, shape=rect))  # the serpent, painted
    for k in range(28):  # runes: short strokes across the band, some with a twig
        u = 0.04 + 0.88 * k / 27
        c, t = _band_point(u)
        t = t / np.linalg.norm(t)
        nrm = np.array([-t[1], t[0]])
        a = np.array([*(c - nrm * 0.032), face + 0.008])
        b = np.array([*(c + nrm * 0.032), face + 0.008])
        parts.append(_bar(a, b, 0.008, (0, 0, 1), "marking"))
        if k % 3 != 1:
            s = 1 if k % 2 else -1
            m = np.array([*(c + nrm * 0.005 * s), face + 0.008])
            e = m + np.array([*(t * 0.022 + nrm * 0.02 * s), 0.0])
            parts.append(_bar(m, e, 0.008, (0, 0, 1), "marking"))
    head = _band_point(0.0)[0]
    hm = at(head[0], head[1] - 0.03, face) @ rot("z", -15)
    parts.append(slab([(0.0, 0.06), (0.045, 0.0), (0.0, -0.06), (-0.045, 0.0)], 0.012, hm,
                      1))  # the serpent's head # fmt: skip
    parts.append(_bead(0.011, hm @ at(0.0, -0.01, 0.008), "marking"))
    cm = at(0.0, 0.58, face)  # the cross: flared arms round a ring
    for ang in (0, 90, 180, 270):
        arm = [(0.0, -0.02), (0.16, -0.045), (0.16, 0.045), (0.0, 0.02)]
        parts.append(slab(sharp(arm), 0.014, cm @ rot("z", ang), 1))
    parts.append(torus(0.09, 0.012, cm @ rot("x", 90), "marking"))
    parts.append(cylinder(0.5, 0.52, 0.02, at(0, 0, 0.0), "vine"))  # grass at its foot
    fixed = np.random.default_rng(792)
    for k in range(36):
        a = 2 * np.pi * k / 36 + float(fixed.uniform(-0.05, 0.05))
        rr = float(fixed.uniform(0.2, 0.48))
        x, z = rr * np.cos(a), rr * np.sin(a) * 0.8
        lean = float(fixed.uniform(-25, 25))
        h = float(fixed.uniform(0.08, 0.16))
        parts.append(cylinder(0.016, 0.0, h, at(x, 0.01, z) @ rot("z", lean) @ rot("x", lean / 2),
                              "vine"))  # fmt: skip
    return parts


# ---- 793 horned Viking helmet ------------------------------------------------------------------


def _arc_strip(points, w: float, t: float, slot) -> Part:
    """A flat strip w wide and t thick bent along a curve over a dome (a helmet's band)."""
    rect = np.array([(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0)]) * [t / 2, w / 2]
    return tube(points, 1.0, None, slot, shape=rect)


def _viking_helmet(rng: Rng) -> list[Part]:
    """A horned Viking helmet: a rounded iron cap with a riveted band round the brow and a cross
    band over the top, a nose guard and a spectacle guard round the eyes, two big curved ox horns
    sweeping out and up from its sides."""
    y0, r, sz = 0.14, 0.2, 1.1
    cap = [(0.0, 0.0), (r, 0.0), (r * 1.01, 0.07), (r * 0.94, 0.16), (r * 0.72, 0.245),
           (r * 0.38, 0.29), (0.0, 0.3)]  # fmt: skip
    parts = [lathe(cap, at(0, y0, 0) @ scl(1, 1, sz), 0, "body")]
    band = [(r + 0.004, 0.0), (r + 0.014, 0.0), (r + 0.014, 0.05), (r + 0.004, 0.05)]
    parts.append(lathe(band, at(0, y0 - 0.005, 0) @ scl(1, 1, sz), 0, closed=True))
    for k in range(16):  # the rivets round the brow
        a = 2 * np.pi * (k + 0.5) / 16
        p = (np.sin(a) * (r + 0.016), y0 + 0.022, np.cos(a) * (r + 0.016) * sz)
        parts.append(_bead(0.008, at(*p), "steel"))
    # the cross bands over the top follow the cap's own profile points
    half = [(rad + 0.01, h + 0.006 * (h > 0.2)) for rad, h in cap[1:-1]] + [(0.0, 0.312)]
    over = [(-rad, h) for rad, h in half] + [(rad, h) for rad, h in half[-2::-1]]
    over[0], over[-1] = (-r - 0.012, 0.03), (r + 0.012, 0.03)
    for yaw in (0, 90):
        pts = [(0.0, y0 + h, c * sz) if yaw == 0 else (c, y0 + h, 0.0) for c, h in over]
        parts.append(_arc_strip(pts, 0.05, 0.02, 0))
        for c, h in over[1:-1]:
            q = (0.0, y0 + h + 0.004, c * sz * 1.04) if yaw == 0 else (c * 1.04, y0 + h, 0.0)
            parts.append(_bead(0.007, at(*q), "steel"))
    zf = r * sz + 0.012  # the face guards, in front of the brow
    parts.append(box(0.036, 0.15, 0.014, at(0, y0 - 0.13, zf - 0.004) @ rot("x", 6), 0))
    for sx in (-1, 1):  # the spectacles round the eyes
        m = at(sx * 0.072, y0 - 0.04, zf - 0.022) @ rot("y", sx * 24) @ rot("x", 90)
        parts.append(torus(0.05, 0.012, m @ scl(1, 1, 0.75), 0))
    # the ox horns: pale, curving out, then up and a little forward
    tilt = float(rng.uniform(-0.02, 0.02))
    for sx in (-1, 1):
        horn = [(sx * 0.17, y0 + 0.14, 0.0), (sx * 0.3, y0 + 0.17, 0.02),
                (sx * 0.41, y0 + 0.26, 0.05), (sx * 0.45, y0 + 0.4 + tilt, 0.07),
                (sx * 0.41, y0 + 0.52 + tilt, 0.05)]  # fmt: skip
        parts.append(tube(horn, [0.06, 0.05, 0.038, 0.024, 0.0], None, 1))
        parts.append(torus(0.058, 0.012, at(sx * 0.2, y0 + 0.145, 0.0) @ rot("z", 90), 0))
    return parts


# ---- 794 open treasure chest -------------------------------------------------------------------

_OCT = [(np.cos(a), np.sin(a)) for a in np.arange(10) * np.pi / 5]
_GEMS = ("card-red", "plume", "vine", "fruit-orange", "eraser")


def _coin(p, n, r: float = 0.034) -> Part:
    """A gold coin (the second material) lying at p on a surface of normal n."""
    return slab(sharp([(r * x, r * y) for x, y in _OCT]), 0.009, at(*p) @ align(n)
                @ rot("x", -90), 1)  # fmt: skip


def _gem(p, r: float, slot, tilt: float = 0.0) -> Part:
    """A cut gemstone: a faceted crown over a pointed base."""
    prof = [(0.0, -0.9 * r), (r, 0.0), (0.65 * r, 0.45 * r), (0.0, 0.45 * r)]
    return lathe(prof, at(*p) @ rot("x", tilt), slot, sides=6)


def _treasure_chest(rng: Rng) -> list[Part]:
    """An open treasure chest: a wooden chest bound with dark iron bands and corner brackets,
    its domed lid swung open back on its hinges, heaped with gold coins that spill over the front
    edge onto the ground, a string of pearls hanging over the rim, a jewelled goblet and cut
    gems on the heap, a lock plate and hasp on the front."""
    w, h, d = 0.8, 0.4, 0.5
    parts = [box(w, h, d, None, 0, "body")]
    for x in (-0.28, 0.28):  # the iron bands
        for s in (-1, 1):
            parts.append(box(0.05, h + 0.005, 0.012, at(x, 0.0, s * d / 2), "marking"))
        parts.append(box(0.05, 0.012, d + 0.02, at(x, h - 0.006, 0), "marking"))
    for s in (-1, 1):
        parts.append(box(w + 0.02, 0.04, 0.012, at(0, h - 0.04, s * d / 2), "marking"))
        parts.append(box(0.012, 0.04, d + 0.02, at(s * w / 2, h - 0.04, 0), "marking"))
        for z in (-1, 1):  # the corner brackets
            for y in (0.0, h - 0.13):
                parts.append(box(0.1, 0.13, 0.014, at(s * (w / 2 - 0.045), y, z * d / 2),
                                 "marking"))  # fmt: skip
                parts.append(box(0.014, 0.13, 0.1, at(s * w / 2, y, z * (d / 2 - 0.045)),
                                 "marking"))  # fmt: skip
    dome = [(-d / 2, 0.0), (d / 2, 0.0), (d / 2 - 0.005, 0.07), (0.19, 0.13), (0.1, 0.16),
            (0.0, 0.17), (-0.1, 0.16), (-0.19, 0.13), (-d / 2 + 0.005, 0.07)]  # fmt: skip
    swing = -105 + float(rng.uniform(-5, 5))
    lid0 = at(0, h, -d / 2) @ rot("x", swing) @ at(0, 0, d / 2)
    lid = lid0 @ rot("y", 90)
    parts.append(slab(dome, w, lid, 0))
    parts.append(box(w - 0.01, 0.03, d - 0.01, lid0 @ at(0, -0.02, 0), 0))  # its inner boards
    for x in (-0.28, 0.28):
        parts.append(slab(dome, 0.05, lid @ at(0, 0, x) @ scl(1.04, 1.06, 1), "marking"))
    parts.append(slab(dome, w + 0.02, lid @ at(0, -0.005, 0) @ scl(1.03, 0.3, 1), "marking"))
    for x in (-0.2, 0.2):  # the hinges
        parts.append(cylinder(0.022, 0.022, 0.1, at(x - 0.05, h, -d / 2) @ rot("z", -90),
                              "marking"))  # fmt: skip
    # the heap of gold: mounds of coins over the rim, spilling down the front onto the ground
    mounds = [
        ((0.0, h - 0.02, 0.0), (0.39, 0.15, 0.24)),
        ((0.1, h + 0.06, 0.03), (0.2, 0.12, 0.15)),
        ((-0.14, h + 0.04, -0.04), (0.16, 0.1, 0.13)),
        ((0.16, 0.0, d / 2 + 0.12), (0.18, 0.06, 0.11)),
        ((0.14, h / 2 + 0.02, d / 2 + 0.005), (0.085, h / 2 + 0.01, 0.035)),
    ]
    for c, r in mounds[:3] + mounds[4:]:
        parts.append(sphere(1.0, at(*c) @ scl(*r), 1))
    dome = [(0.0, 0.02), (1.0, 0.02), (0.87, 0.5), (0.5, 0.87), (0.0, 1.0)]
    parts.append(lathe(dome, at(*mounds[3][0]) @ scl(*mounds[3][1]), 1))  # the pile in front

    def top(x: float, z: float) -> tuple[float, np.ndarray]:
        best, nrm = -1.0, np.array([0.0, 1.0, 0.0])
        for (cx, cy, cz), (rx, ry, rz) in mounds[:4]:
            q = 1 - ((x - cx) / rx) ** 2 - ((z - cz) / rz) ** 2
            if q > 0 and cy + ry * np.sqrt(q) > best:
                best = cy + ry * np.sqrt(q)
                nrm = np.array([(x - cx) / rx**2, (best - cy) / ry**2, (z - cz) / rz**2])
        return best, nrm

    fixed = np.random.default_rng(794)
    for _ in range(90):
        x, z = float(fixed.uniform(-0.38, 0.38)), float(fixed.uniform(-0.23, d / 2 + 0.22))
        y, n = top(x, z)
        if y < 0:
            continue
        n = n / np.linalg.norm(n) + fixed.uniform(-0.35, 0.35, 3)
        parts.append(_coin((x, max(y + 0.002, 0.03), z), n))
    for k in range(8):  # coins tumbling down the front
        x = 0.14 + 0.05 * np.sin(k * 2.3) + float(rng.uniform(-0.01, 0.01))
        y = h - 0.02 - 0.048 * k
        z = d / 2 + 0.005 + 0.035 * np.sqrt(max(1 - ((x - 0.14) / 0.085) ** 2, 0.1))
        parts.append(_coin((x, y, z), (0.3 * np.sin(k * 1.7), 0.4, 1.0)))
    # a string of pearls hanging over the front rim
    pearls, radii = [], []
    for k in range(31):
        t = k / 30
        pearls.append((-0.33 + 0.2 * t, h + 0.03 - 0.24 * np.sin(np.pi * t), d / 2 + 0.016 +
                       0.01 * np.sin(np.pi * t)))  # fmt: skip
        radii.append(0.013 if k % 2 == 0 else 0.005)
    parts.append(tube(pearls, radii, None, "sclera", shape=HEXAGON))
    goblet = [(0.0, 0.0), (0.05, 0.0), (0.05, 0.012), (0.012, 0.03), (0.012, 0.1), (0.03, 0.12),
              (0.062, 0.16), (0.068, 0.22), (0.0, 0.22)]  # fmt: skip
    gm = at(-0.17, h + 0.08, -0.02) @ rot("z", 8)
    parts.append(lathe(goblet, gm, 1))
    for k, sl in enumerate(("card-red", "plume", "vine")):
        a = 0.5 + k * 0.6
        parts.append(_bead(0.012, gm @ at(0.066 * np.sin(a), 0.185, 0.066 * np.cos(a)), sl))
    for k, (x, z) in enumerate(((0.05, 0.05), (0.24, -0.04), (-0.04, 0.16), (0.3, 0.12))):
        y = h - 0.02 + 0.16 * np.sqrt(max(1 - (x / 0.39) ** 2 - (z / 0.24) ** 2, 0.0))
        parts.append(_gem((x, y + 0.02, z), 0.028, _GEMS[k], float(rng.uniform(-20, 20))))
    parts.append(_gem((-0.05, 0.025, d / 2 + 0.2), 0.026, _GEMS[4], 30.0))
    parts.append(box(0.09, 0.12, 0.016, at(0, h - 0.15, d / 2 + 0.004), "steel"))  # the lock
    parts.append(box(0.014, 0.035, 0.02, at(0, h - 0.12, d / 2 + 0.006), "marking"))
    parts.append(torus(0.022, 0.006, at(0, h - 0.02, d / 2 + 0.014) @ rot("x", 90), "steel"))
    return parts


# ---- 795 Persian rug --------------------------------------------------------------------------


def _frame(w: float, d: float, band: float, y: float, t: float, slot) -> list[Part]:
    """A flat rectangular frame band wide, its outer edge w × d, lying at height y."""
    return [box(w, t, band, at(0, y, s * (d - band) / 2), slot) for s in (-1, 1)] + [
        box(band, t, d - 2 * band, at(s * (w - band) / 2, y, 0), slot) for s in (-1, 1)
    ]


def _lozenge(rx: float, rz: float, steps: int = 0) -> list[tuple[float, float]]:
    """A lozenge of half diagonals rx, rz, its sides stepped or notched (``steps`` teeth)."""
    if not steps:
        return [(rx, 0.0), (0.0, rz), (-rx, 0.0), (0.0, -rz)]
    out = []
    for q in range(4):
        ax, az = [(rx, 0.0), (0.0, rz), (-rx, 0.0), (0.0, -rz)][q]
        bx, bz = [(0.0, rz), (-rx, 0.0), (0.0, -rz), (rx, 0.0)][q]
        for k in range(steps):
            f0, f1 = k / steps, (k + 0.5) / steps
            out.append((ax + (bx - ax) * f0, az + (bz - az) * f0))
            mx, mz = ax + (bx - ax) * f1, az + (bz - az) * f1
            out.append((mx * 0.86, mz * 0.86))
    return out


def _persian_rug(rng: Rng) -> list[Part]:
    """A Persian rug lying flat on the floor: a large rectangular carpet with a wide border of
    several patterned bands, a stepped lozenge medallion with pendants in the middle of its
    field, corner pieces in contrasting colours, a fringe of tassels along both short ends."""
    w, d, t = 2.0, 1.4, 0.014
    parts = [box(w, t, d, None, 0, "body")]
    y = t
    parts += _frame(w, d, 0.035, y, 0.003, "marking")  # the outer guard stripe
    parts += _frame(w - 0.07, d - 0.07, 0.17, y, 0.003, 1)  # the main border
    parts += _frame(w - 0.41, d - 0.41, 0.03, y, 0.003, "cloth-yellow")  # the inner guard
    parts += _frame(w - 0.47, d - 0.47, 0.014, y, 0.003, "marking")
    for k in range(11):  # motifs along the main border
        x = -0.8 + 1.6 * k / 10
        for s in (-1, 1):
            z = s * (d / 2 - 0.12)
            sl = "card-red" if k % 2 else "cloth-yellow"
            parts.append(_flat(_lozenge(0.06, 0.05), 0.003, x, y + 0.003, z, sl))
            parts.append(_flat(_lozenge(0.022, 0.018), 0.003, x, y + 0.006, z, "marking"))
    for k in range(7):
        z = -0.48 + 0.96 * k / 6
        for s in (-1, 1):
            x = s * (w / 2 - 0.12)
            sl = "card-red" if k % 2 else "cloth-yellow"
            parts.append(_flat(_lozenge(0.05, 0.06), 0.003, x, y + 0.003, z, sl))
            parts.append(_flat(_lozenge(0.018, 0.022), 0.003, x, y + 0.006, z, "marking"))
    # the central medallion: stepped lozenges one on another, pendants at both ends
    for k, (rx, rz, sl) in enumerate(((0.5, 0.34, "card-red"), (0.38, 0.26, "cloth-yellow"),
                                      (0.27, 0.18, "marking"), (0.17, 0.12, 1))):  # fmt: skip
        parts.append(_flat(_lozenge(rx, rz, 4 if k < 2 else 0), 0.003, 0, y + 0.003 * k, 0, sl))
    star = [(0.09 * np.cos(a) * (1 if j % 2 == 0 else 0.5), 0.09 * np.sin(a) * (1 if j % 2 == 0
            else 0.5)) for j, a in enumerate(np.arange(16) * np.pi / 8)]  # fmt: skip
    parts.append(_flat(star, 0.003, 0, y + 0.012, 0, "card-red"))
    for s in (-1, 1):
        parts.append(_flat(_lozenge(0.07, 0.06), 0.003, s * 0.56, y, 0, "cloth-yellow"))
        parts.append(_flat(_lozenge(0.03, 0.025), 0.003, s * 0.56, y + 0.003, 0, "card-red"))
    cx, cz = w / 2 - 0.24, d / 2 - 0.24  # the corner pieces: quarter medallions
    for sx in (-1, 1):
        for sz in (-1, 1):
            for k, (a, b, sl) in enumerate(((0.3, 0.22, "card-red"), (0.17, 0.12, "cloth-yellow"))):
                tri = [(0.0, 0.0), (-sx * a, 0.0), (0.0, -sz * b)]
                parts.append(_flat(tri, 0.003, sx * cx, y + 0.003 * k, sz * cz, sl))
    fixed = np.random.default_rng(795)
    for _ in range(14):  # small scattered flowers in the field
        x, z = float(fixed.uniform(-0.6, 0.6)), float(fixed.uniform(-0.36, 0.36))
        if (x / 0.62) ** 2 + (z / 0.42) ** 2 < 1.0 or (abs(x) > 0.6 and abs(z) > 0.2):
            continue
        parts.append(_flat(_lozenge(0.03, 0.03), 0.003, x, y, z, "cloth-yellow"))
    curl = float(rng.uniform(-0.01, 0.01))
    for s in (-1, 1):  # the fringes along both short ends
        for k in range(36):
            z = -d / 2 + 0.03 + (d - 0.06) * k / 35
            parts.append(box(0.085, 0.006, 0.012, at(s * (w / 2 + 0.035), 0.0, z + curl * (k % 3)),
                             "pages"))  # fmt: skip
    return parts


MORE_APPLIANCES_ZU = {
    786: _sea_turtle, 787: _hippo, 788: _coral_reef, 789: _sphinx, 790: _camel, 791: _cobra,
    792: _runestone, 793: _viking_helmet, 794: _treasure_chest, 795: _persian_rug,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
