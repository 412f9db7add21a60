"""More of the device family's appliances, from 1072: town and garden birds: a pigeon, a
sparrow, a magpie, a robin, a crow, a herring gull, a kingfisher and a barn swallow.

Each stands on y = 0, built head toward +x and turned to show its side, its head a little
toward the viewer (+z): its plumage in the first material, the legs of the perching birds and
the pigeon's eyes in the second, its markings, beak and perch in fixed colours. The bodies are
smooth distance-field solids; each patch of colour on them is the same skin grown a little and
kept inside an ellipsoid, so its edge follows the body.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, align, at, rot, scl
from ._kit import (
    FLAT_UP,
    HEX,
    band,
    bird_beak,
    bird_eyes,
    bird_rows,
    ccw,
    colour_patch,
    ellipse,
    flat_solid,
    flat_tail,
    folded_wings,
    rope,
    skin_field,
    skin_hits,
    solid,
    turned,
)
from ._primitives import slab, sphere, tube
from ._sdf import Field, Shape, ellipsoid

__all__ = ["MORE_APPLIANCES_ZZZH"]

Rng = np.random.Generator

_OVAL = ellipse(1.0, 1.0, 12)


# Skins and patches of colour on them


def _disc(m: np.ndarray, slot) -> Part:
    """A thin flat oval of colour (a fleck, a spot) in few triangles: unit radius across x and
    z, unit thick along y, under ``m``."""
    return slab(lambda n: _OVAL, 1.0, m @ FLAT_UP, slot)


def _flecks(field: Field, insides, dirs, size, slot, rng: Rng, lift: float = 0.0) -> list[Part]:
    """Flat flecks of colour (half extents: across, thick, across) lying on the skin (or
    ``lift`` above it, on a patch) where rays from ``insides`` along ``dirs`` leave it."""
    ps, ns = skin_hits(field, insides, dirs)
    parts = []
    for p, n in zip(ps, ns, strict=True):
        m = at(*(p + lift * n)) @ align(n) @ rot("y", float(rng.uniform(0, 180)))
        parts.append(_disc(m @ scl(size[0], 2 * size[1], size[2]), slot))
    return parts


# Pieces of a bird of its own (the shared ones are _kit's), head toward +x, right side toward +z


def _wing_point(ctrl, f: float, up: float, tilt: float = 20.0, s: int = 1) -> np.ndarray:
    """The point of a wing (``_wings``' rows) a fraction f from shoulder to tip, ``up`` of its
    half height above its middle line, on its outer face."""
    r = bird_rows(ctrl, 41)[round(f * 40)]
    a = np.radians(tilt)
    p = r[:3] + up * r[3] * np.array([0.0, np.cos(a), -np.sin(a)])
    p = p + r[4] * np.array([0.0, np.sin(a), np.cos(a)]) * np.sqrt(max(1 - up * up, 0.0))
    return p * (1, 1, s)


def _wing_frame(ctrl, f: float, up: float, tilt: float, s: int) -> np.ndarray:
    """A frame on a folded wing's outer face at a fraction f along it and ``up`` of its half
    height: x along the wing toward its tip, y out of it, z up it; origin on the face."""
    p = _wing_point(ctrl, f, up, tilt, s)
    ahead = _wing_point(ctrl, min(f + 0.05, 1.0), up, tilt, s) - _wing_point(
        ctrl, max(f - 0.05, 0.0), up, tilt, s
    )
    rise = _wing_point(ctrl, f, min(up + 0.05, 1.0), tilt, s) - _wing_point(
        ctrl, f, max(up - 0.05, -1.0), tilt, s
    )
    out = np.cross(ahead, rise) * s
    out /= np.linalg.norm(out)
    ahead -= out * (ahead @ out)
    ahead /= np.linalg.norm(ahead)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = ahead, out, np.cross(ahead, out), p
    return m


def _wing_patch(ctrl, f: float, up: float, size, slot, tilt: float = 20.0) -> list[Part]:
    """A flat oval patch of colour on both folded wings round the point a fraction f along
    them and ``up`` of their half height: size (half length along the wing, half height,
    half thickness)."""
    parts = []
    for s in (-1, 1):
        m = _wing_frame(ctrl, f, up, tilt, s)
        parts.append(_disc(m @ scl(size[0], 2 * size[2], size[1]), slot))
    return parts


def _stripe(ctrl, fs, ups, w: float, slot, tilt: float = 20.0) -> list[Part]:
    """A stripe painted on both folded wings through the points at fractions fs along them and
    ``ups`` of their half heights, w wide."""
    parts = []
    for s in (-1, 1):
        pts = [_wing_point(ctrl, f, u, tilt, s) for f, u in zip(fs, ups, strict=True)]
        parts.append(tube(pts, w / 2, None, slot, shape=HEX))
    return parts


def _bar(ctrl, f: float, lo: float, hi: float, w: float, slot, tilt: float = 20.0,
         slant: float = 0.0) -> list[Part]:  # fmt: skip
    """A bar painted across both folded wings at a fraction f of their length, from ``lo`` to
    ``hi`` of their half height (leaning back by ``slant`` of their length at its foot), w
    wide: a thin flat strip lying on each wing."""
    parts = []
    ups = np.linspace(lo, hi, 6)
    fs = f + slant * (hi - ups) / max(hi - lo, 1e-9)
    for s in (-1, 1):
        pts = [_wing_point(ctrl, fu, up, tilt, s) for fu, up in zip(fs, ups, strict=True)]
        ahead = _wing_frame(ctrl, f, 0.0, tilt, s)[:3, 0]
        parts.append(band(pts, w, 0.012, ahead, slot))
    return parts


def _legs(hip, foot, r: float, toe: float, slot=1, spread: float = 0.07) -> list[Part]:
    """Two legs from hips (x, y) to feet (x, y) spread ±spread across, each standing on three
    toes forward and one back flat on the ground at the foot's height."""
    parts = []
    for s in (-1, 1):
        a, b = (hip[0], hip[1], s * spread * 0.8), (foot[0], foot[1] + r, s * spread)
        parts.append(tube([a, b], [r * 1.3, r], None, slot, "legs"))
        for yaw in (-30, 0, 30, 180):
            t = np.radians(yaw + s * 8)
            k = 0.55 if yaw == 180 else 1.0
            tip = (b[0] + toe * k * np.cos(t), foot[1] + r * 0.5, b[2] + toe * k * np.sin(t))
            parts.append(tube([b, tip], [r * 0.9, r * 0.45], None, slot, shape=HEX))
    return parts


def _perched(x: float, hip: float, top: float, twig_r: float, r: float, slot=1,
             spread: float = 0.05) -> list[Part]:  # fmt: skip
    """Two short legs from the hips (at height ``hip``) down to a twig along z whose top is at
    (x, top), their toes curled over its front and back."""
    parts = []
    cy, rr = top - twig_r, twig_r + r * 0.7
    for s in (-1, 1):
        z = s * spread
        parts.append(tube([(x - 0.01, hip, z * 0.8), (x, top + r, z)], [r * 1.3, r], None, slot,
                          "legs"))  # fmt: skip
        for a0, a1, dz in ((90, 15, -0.012), (90, 15, 0.012), (90, 160, 0.0)):
            t = np.radians(np.linspace(a0, a1, 4))
            pts = [(x + rr * np.cos(a), cy + rr * np.sin(a), z + dz * (i / 3))
                   for i, a in enumerate(t)]  # fmt: skip
            parts.append(tube(pts, [r, r, r * 0.8, r * 0.5], None, slot, shape=HEX))
    return parts


def _twig(x: float, r: float, length: float, rng: Rng, slot="soil") -> list[Part]:
    """A bare twig lying on the ground under x, across the bird and aslant (so the viewer sees
    its length): a knobbly stick with a short side shoot."""
    bend = float(rng.uniform(-0.02, 0.02))
    pts = [(x - 0.03, r * 0.8, -length / 2), (x, r, 0.0), (x + bend, r * 0.85, length / 2)]
    parts = [tube(pts, [r * 0.8, r, r * 0.85], None, slot, "perch")]
    shoot = [(x + bend, r, length * 0.3), (x - 0.06, r * 1.2, length * 0.38),
             (x - 0.12, r, length * 0.4)]  # fmt: skip
    parts.append(tube(shoot, [r * 0.6, r * 0.45, r * 0.2], None, slot))
    parts.append(sphere(1.0, at(x - 0.01, r, -length * 0.22) @ scl(r * 1.2), slot))  # a knot
    return _aslant(parts, x)


def _aslant(parts: list[Part], x: float) -> list[Part]:
    """A perch (built along z under x) turned aslant under the bird's feet."""
    return [p.moved(at(x, 0, 0) @ rot("y", -40) @ at(-x, 0, 0)) for p in parts]


# 1072 pigeon


def _sheen(shapes: list[Shape], field: Field, c, r, turn: float, rng: Rng) -> list[Part]:
    """A pigeon's shimmering neck: a patch of dark green round the neck (inside the ellipsoid
    at c with semi-axes r, turned by ``turn``) flecked with purple-blue."""
    m = rot("z", turn)[:3, :3]
    u, v = rng.uniform(-0.75, 0.75, (2, 30))
    local = np.stack([u * r[0], v * r[1] * np.sqrt(1 - u * u), np.zeros(30)], 1)
    insides = np.asarray(c, float) + local @ m.T
    a = np.radians(rng.uniform(25, 105, 30)) * np.where(np.arange(30) % 2, 1.0, -1.0)
    dirs = np.stack([np.cos(a), np.zeros(30), np.sin(a)], 1)
    parts = [colour_patch(shapes, c, r, "chalkboard", turn)]
    return parts + _flecks(field, insides, dirs, (0.014, 0.004, 0.01), "plume", rng, 0.007)


def _pigeon(rng: Rng) -> list[Part]:
    """A city pigeon standing on the ground: a plump full-breasted grey body held level, a
    small round head on a short thick neck, a short straight dark beak with a pale cere at its
    root, orange eyes, a shimmering green and purple patch on the neck, wings folded along its
    sides with two dark bars across each, a short square tail with a dark band at its end,
    short pink-red legs on spread toes."""
    head = (0.27, 0.59, 0.0)
    neck = [(0.16, 0.4, 0.0), (0.24, 0.53, 0.0)]
    shapes = [ellipsoid((0.0, 0.29, 0.0), (0.3, 0.17, 0.17), rot("z", 8))]
    shapes.append(ellipsoid((0.13, 0.31, 0.0), (0.19, 0.18, 0.165), None, 0.08))  # the breast
    shapes += rope(neck, [0.11, 0.07], 0.06)
    shapes.append(ellipsoid(head, (0.085, 0.075, 0.07), None, 0.04))
    shapes += rope([(-0.2, 0.26, 0.0), (-0.32, 0.24, 0.0)], [0.11, 0.06], 0.06)  # the rump
    field = skin_field(shapes)
    parts = [solid(shapes, 0.02, 0, "body")]
    y = 0.585 + float(rng.uniform(-0.01, 0.01))
    parts.append(bird_beak([(0.335, y, 0.022, 0.018), (0.38, y - 0.007, 0.014, 0.012),
                        (0.425, y - 0.017, 0.005, 0.004)], "marking"))  # fmt: skip
    parts.append(sphere(1.0, at(0.345, y + 0.017, 0.0) @ scl(0.022, 0.014, 0.016), "snow"))
    parts += bird_eyes(field, head, (0.5, 0.35, 1.0), 0.011, 1, start=0.0)
    parts += _sheen(shapes, field, (0.2, 0.48, 0.0), (0.1, 0.065, 0.3), 55, rng)
    wing = [(0.14, 0.39, 0.135, 0.1, 0.035), (0.02, 0.38, 0.16, 0.11, 0.04),
            (-0.14, 0.35, 0.145, 0.08, 0.035), (-0.3, 0.31, 0.095, 0.04, 0.02),
            (-0.42, 0.28, 0.05, 0.008, 0.006)]  # fmt: skip
    parts += folded_wings(wing, 25)
    for f in (0.3, 0.44):  # the two dark bars
        parts += _bar(wing, f, -0.7, 0.6, 0.04, "marking", 25, 0.05)
    tail = [(0.0, -0.07), (0.27, -0.1), (0.28, 0.0), (0.27, 0.1), (0.0, 0.07)]
    parts.append(flat_tail(tail, (-0.25, 0.3), 10, 0.025))
    tip = [(0.2, -0.095), (0.275, -0.102), (0.285, 0.0), (0.275, 0.102), (0.2, 0.095)]
    parts.append(flat_tail(tip, (-0.25, 0.3), 10, 0.03, "marking"))  # its dark band
    parts += _legs((0.04, 0.15), (0.06, 0.0), 0.014, 0.06, "eraser", 0.06)
    return turned(parts, rng)


# 1073 sparrow


def _sparrow(rng: Rng) -> list[Part]:
    """A cock house sparrow perched on a twig lying on the ground: a small chunky body tilted up
    at the front, a big round head with a grey cap over brown sides, pale cheeks, a short
    thick conical dark beak, a black bib at the throat and breast, a pale belly, brown back
    and wings streaked with dark stripes and crossed by a white bar, a notched tail held down
    behind, thin legs gripping the twig."""
    head = (0.2, 0.52, 0.0)
    shapes = [ellipsoid((0.0, 0.3, 0.0), (0.25, 0.17, 0.17), rot("z", 25))]
    shapes.append(ellipsoid(head, (0.14, 0.13, 0.125), None, 0.07))
    shapes.append(ellipsoid((-0.16, 0.2, 0.0), (0.1, 0.08, 0.1), rot("z", 25), 0.05))  # rump
    field = skin_field(shapes)
    parts = [solid(shapes, 0.02, 0, "body")]
    parts.append(colour_patch(shapes, (0.05, 0.16, 0.0), (0.24, 0.16, 0.3), "plaster", 25))  # belly
    parts.append(
        colour_patch(shapes, (0.22, 0.475, 0.0), (0.065, 0.045, 0.3), "plaster", 10, 0.009)
    )
    parts.append(colour_patch(shapes, (0.14, 0.665, 0.0), (0.2, 0.08, 0.085), "glaze", -10, 0.011))
    parts.append(colour_patch(shapes, (0.27, 0.37, 0.0), (0.1, 0.15, 0.14), "marking", 15, 0.012))
    parts.append(bird_beak([(0.32, 0.5, 0.045, 0.04), (0.37, 0.49, 0.028, 0.025),
                        (0.42, 0.48, 0.004, 0.004)], "marking"))  # fmt: skip
    parts += bird_eyes(field, head, (0.55, 0.25, 0.8), 0.018, start=0.0)
    wing = [(0.12, 0.42, 0.13, 0.1, 0.03), (0.0, 0.34, 0.16, 0.11, 0.035),
            (-0.14, 0.26, 0.14, 0.08, 0.03), (-0.26, 0.19, 0.08, 0.03, 0.015),
            (-0.32, 0.16, 0.04, 0.005, 0.004)]  # fmt: skip
    parts += folded_wings(wing, 20)
    for up in (-0.55, -0.1, 0.35, 0.75):  # the dark streaks
        parts += _stripe(wing, (0.3, 0.55, 0.8), (up, up * 0.9, up * 0.7), 0.016, "marking")
    parts += _bar(wing, 0.22, -0.7, 0.8, 0.03, "snow", 20, 0.1)
    notch = [(0.0, -0.06), (0.27, -0.085), (0.22, 0.0), (0.27, 0.085), (0.0, 0.06)]
    parts.append(flat_tail(notch, (-0.2, 0.22), 30, 0.025))
    parts += _perched(0.0, 0.15, 0.07, 0.035, 0.009, 1, 0.05)
    parts += _twig(0.0, 0.035, 0.6, rng)
    return turned(parts, rng, 8.0)


# 1074 magpie


def _graduated(length: float, w: float, n: int = 6) -> list[tuple[float, float]]:
    """A magpie's long tail seen from above: its feathers graduated, each pair shorter than the
    last, in steps to a rounded point (x from its root back, y across)."""
    pts = [(0.0, -w * 0.6)]
    for k in range(n):
        x = length * (0.55 + 0.45 * k / (n - 1))
        y = w * (1.0 - 0.85 * k / n)
        pts += [(x - 0.03, -y), (x, -y * 0.9)]
    pts.append((length + 0.01, 0.0))
    return pts + [(x, -y) for x, y in reversed(pts[:-1])]


def _magpie(rng: Rng) -> list[Part]:
    """A magpie standing on the ground: a black head, breast and back, a white belly and white
    shoulder patches, glossy black wings with a blue sheen, a very long graduated tail as long
    as its body held out behind, a stout black beak, long black legs."""
    head = (0.25, 0.48, 0.0)
    shapes = [ellipsoid((0.05, 0.33, 0.0), (0.2, 0.12, 0.12), rot("z", 15))]
    shapes += rope([(0.14, 0.41, 0.0), (0.22, 0.47, 0.0)], [0.085, 0.07], 0.05)  # the neck
    shapes.append(ellipsoid(head, (0.085, 0.08, 0.075), None, 0.04))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.018, 0, "body")]
    parts.append(colour_patch(shapes, (-0.02, 0.24, 0.0), (0.2, 0.11, 0.2), "snow", 15))  # belly
    parts.append(bird_beak([(0.32, 0.48, 0.028, 0.022), (0.37, 0.468, 0.018, 0.014),
                        (0.415, 0.452, 0.004, 0.004)], "pupil"))  # fmt: skip
    parts += bird_eyes(field, head, (0.5, 0.3, 0.8), 0.012, start=0.0)
    wing = [(0.15, 0.4, 0.1, 0.08, 0.03), (0.04, 0.37, 0.125, 0.09, 0.035),
            (-0.1, 0.33, 0.11, 0.07, 0.03), (-0.22, 0.3, 0.07, 0.035, 0.015),
            (-0.3, 0.29, 0.035, 0.006, 0.004)]  # fmt: skip
    parts += folded_wings(wing, 20)
    parts += _wing_patch(wing, 0.25, 0.3, (0.12, 0.05, 0.016), "snow")  # the shoulders
    parts += _wing_patch(wing, 0.5, -0.25, (0.1, 0.022, 0.012), "plume")  # the blue sheen
    lift = float(rng.uniform(-3, 3))
    parts.append(flat_tail(_graduated(0.55, 0.065), (-0.1, 0.31), -14 + lift, 0.03))
    parts += _legs((0.06, 0.24), (0.07, 0.0), 0.012, 0.06, "pupil", 0.05)
    return turned(parts, rng)


# 1075 robin


def _robin(rng: Rng) -> list[Part]:
    """A European robin perched on a twig lying on the ground: a round plump little body, a
    round head with no neck to speak of, an orange-red face and breast, an olive-brown back,
    wings and crown, a white belly, a thin short dark beak, big black eyes, a short tail
    cocked a little, thin legs gripping the twig."""
    head = (0.13, 0.49, 0.0)
    shapes = [ellipsoid((0.0, 0.28, 0.0), (0.22, 0.2, 0.19), rot("z", 20))]
    shapes.append(ellipsoid(head, (0.12, 0.115, 0.11), None, 0.08))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.02, 0, "body")]
    parts.append(colour_patch(shapes, (0.24, 0.37, 0.0), (0.16, 0.21, 0.2), "fruit-orange"))
    parts.append(colour_patch(shapes, (0.04, 0.1, 0.0), (0.17, 0.12, 0.17), "snow", 20, 0.009))
    parts.append(bird_beak([(0.24, 0.49, 0.018, 0.016), (0.28, 0.484, 0.01, 0.009),
                        (0.31, 0.478, 0.002, 0.002)], "marking"))  # fmt: skip
    parts += bird_eyes(field, head, (0.6, 0.3, 0.75), 0.024, start=0.0)
    wing = [(0.08, 0.38, 0.15, 0.1, 0.03), (-0.04, 0.3, 0.17, 0.11, 0.035),
            (-0.16, 0.22, 0.15, 0.07, 0.03), (-0.24, 0.17, 0.09, 0.03, 0.015),
            (-0.28, 0.15, 0.05, 0.005, 0.004)]  # fmt: skip
    parts += folded_wings(wing, 20)
    tail = [(0.0, -0.05), (0.2, -0.08), (0.21, 0.0), (0.2, 0.08), (0.0, 0.05)]
    parts.append(flat_tail(tail, (-0.18, 0.2), 25 + float(rng.uniform(-5, 5)), 0.025))
    parts += _perched(0.02, 0.12, 0.06, 0.03, 0.008, 1, 0.05)
    parts += _twig(0.02, 0.03, 0.55, rng)
    return turned(parts, rng)


# 1076 crow


def _crow(rng: Rng) -> list[Part]:
    """A carrion crow standing on the ground, all glossy black: a sleek body, a flat head on a
    thick neck, a heavy arched beak as long as its head with bristles over its base, long
    wings folded to near the end of its rounded tail, strong black legs and toes."""
    head = (0.31, 0.57, 0.0)
    shapes = [ellipsoid((0.0, 0.38, 0.0), (0.3, 0.15, 0.14), rot("z", 10))]
    shapes += rope([(0.18, 0.48, 0.0), (0.28, 0.56, 0.0)], [0.11, 0.085], 0.06)  # the neck
    shapes.append(ellipsoid(head, (0.11, 0.075, 0.08), None, 0.04))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.02, 0, "body")]
    parts.append(bird_beak([(0.37, 0.57, 0.055, 0.036), (0.43, 0.568, 0.046, 0.03),
                        (0.49, 0.557, 0.032, 0.021), (0.535, 0.538, 0.016, 0.011),
                        (0.56, 0.518, 0.004, 0.004)], "pupil"))  # fmt: skip
    parts.append(sphere(1.0, at(0.39, 0.595, 0.0) @ scl(0.04, 0.02, 0.034), 0))  # bristles
    parts += bird_eyes(field, head, (0.55, 0.3, 0.8), 0.013, start=0.0)
    wing = [(0.18, 0.47, 0.12, 0.1, 0.03), (0.03, 0.45, 0.15, 0.11, 0.035),
            (-0.15, 0.41, 0.13, 0.08, 0.03), (-0.35, 0.36, 0.08, 0.035, 0.015),
            (-0.5, 0.34, 0.04, 0.006, 0.004)]  # fmt: skip
    parts += folded_wings(wing, 22)
    arc = [(0.24 + 0.08 * np.cos(a), 0.11 * np.sin(a)) for a in np.linspace(-1.3, 1.3, 9)]
    parts.append(flat_tail([(0.0, -0.07), *arc, (0.0, 0.07)], (-0.26, 0.38), 8, 0.025))
    parts += _legs((0.04, 0.26), (0.06, 0.0), 0.018, 0.08, "pupil", 0.065)
    return turned(parts, rng)


# 1077 herring gull


def _webs(x: float, z: float, toe: float, slot="eraser") -> Part:
    """A gull's webbed foot flat on the ground at (x, z), pointing to +x."""
    pts = [(-0.01, 0.0), (toe * 0.95, -toe * 0.5), (toe * 0.85, 0.0), (toe * 0.95, toe * 0.5)]
    return flat_solid(lambda n: [ccw(np.asarray(pts))], 0.008, at(x, 0.0, z) @ FLAT_UP, slot)


def _gull(rng: Rng) -> list[Part]:
    """A herring gull standing on the ground: a white head and body, a pale grey back and long
    pale grey wings (the first material) folded past its short white tail, their black tips
    spotted with white, a stout yellow hooked beak with a red spot near its tip, a pale yellow
    eye, pink legs on webbed feet."""
    head = (0.3, 0.62, 0.0)
    shapes = [ellipsoid((0.0, 0.42, 0.0), (0.3, 0.15, 0.15), rot("z", 5))]
    shapes += rope([(0.18, 0.5, 0.0), (0.28, 0.6, 0.0)], [0.11, 0.085], 0.06)  # the neck
    shapes.append(ellipsoid(head, (0.095, 0.085, 0.08), None, 0.04))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.02, "snow", "body")]
    parts.append(colour_patch(shapes, (-0.08, 0.6, 0.0), (0.34, 0.1, 0.2), 0, 3))  # the grey back
    parts.append(bird_beak([(0.38, 0.615, 0.034, 0.022), (0.44, 0.608, 0.028, 0.018),
                        (0.49, 0.6, 0.03, 0.016), (0.52, 0.59, 0.022, 0.012),
                        (0.535, 0.57, 0.005, 0.005)], "plume-tip"))  # fmt: skip
    for s in (-1, 1):
        parts.append(sphere(1.0, at(0.49, 0.577, s * 0.012) @ scl(0.012, 0.01, 0.006), "comb"))
    parts += bird_eyes(field, head, (0.5, 0.3, 0.8), 0.011, "plume-tip", start=0.0)
    wing = [(0.16, 0.5, 0.13, 0.1, 0.03), (0.02, 0.48, 0.155, 0.11, 0.035),
            (-0.15, 0.45, 0.14, 0.08, 0.03), (-0.32, 0.42, 0.09, 0.04, 0.018),
            (-0.48, 0.4, 0.05, 0.018, 0.01), (-0.58, 0.39, 0.025, 0.004, 0.004)]  # fmt: skip
    parts += folded_wings(wing, 22)
    tip = [(x, y, z * 1.03, h * 1.12, t * 1.25) for x, y, z, h, t in wing[3:]]
    tip.insert(0, (-0.25, 0.43, 0.12, 0.06, 0.028))
    parts += folded_wings(tip, 22, "marking", 10)
    for f, u in ((0.55, 0.1), (0.78, 0.0)):  # the white mirrors on the black tips
        parts += _wing_patch(tip, f, u, (0.018, 0.011, 0.005), "snow", 22)
    tail = [(0.0, -0.07), (0.22, -0.09), (0.23, 0.0), (0.22, 0.09), (0.0, 0.07)]
    parts.append(flat_tail(tail, (-0.26, 0.42), 5, 0.025, "snow"))
    parts += _legs((0.04, 0.3), (0.07, 0.0), 0.014, 0.07, "eraser", 0.06)
    for s in (-1, 1):
        parts.append(_webs(0.07, s * 0.06 + s * 0.01, 0.075))
    return turned(parts, rng)


# 1078 kingfisher


def _kingfisher(rng: Rng) -> list[Part]:
    """A kingfisher perched on a twig lying on the ground: a small dumpy body tilted up, a big
    head, a very long straight dagger of a black beak, bright blue crown, back, wings and
    stubby tail with a brighter stripe down the back and pale blue spots on the wings, an
    orange breast and cheek, a white throat and neck patch, tiny red legs."""
    head = (0.16, 0.44, 0.0)
    shapes = [ellipsoid((0.0, 0.25, 0.0), (0.2, 0.13, 0.13), rot("z", 25))]
    shapes.append(ellipsoid(head, (0.13, 0.12, 0.115), None, 0.07))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.018, 0, "body")]
    parts.append(colour_patch(shapes, (0.1, 0.14, 0.0), (0.24, 0.17, 0.2), "fruit-orange", 30))
    parts.append(colour_patch(shapes, (0.22, 0.4, 0.0), (0.09, 0.035, 0.2), "fruit-orange", 0, 0.009))  # the cheeks # fmt: skip
    parts.append(colour_patch(shapes, (0.28, 0.36, 0.0), (0.07, 0.06, 0.06), "snow", 0, 0.01))
    sides = [(0.0, 0.0, -1.0), (0.0, 0.0, 1.0)]  # the white neck patches
    parts += _flecks(field, [(0.1, 0.4, 0.0)] * 2, sides, (0.035, 0.008, 0.025), "snow", rng)
    parts.append(colour_patch(shapes, (-0.09, 0.34, 0.0), (0.13, 0.05, 0.045), "plume", 25, 0.01))
    parts.append(bird_beak([(0.27, 0.44, 0.04, 0.03), (0.4, 0.43, 0.022, 0.016),
                        (0.56, 0.42, 0.003, 0.003)], "pupil"))  # fmt: skip
    parts += bird_eyes(field, head, (0.55, 0.3, 0.8), 0.016, start=0.0)
    wing = [(0.08, 0.33, 0.1, 0.08, 0.025), (-0.03, 0.26, 0.12, 0.09, 0.03),
            (-0.13, 0.19, 0.1, 0.06, 0.025), (-0.2, 0.14, 0.06, 0.025, 0.012),
            (-0.24, 0.12, 0.03, 0.004, 0.004)]  # fmt: skip
    parts += folded_wings(wing, 20)
    for f, u in ((0.15, 0.3), (0.2, -0.2), (0.27, 0.5), (0.3, 0.0), (0.38, 0.3), (0.12, -0.5)):
        parts += _wing_patch(wing, f, u, (0.012, 0.012, 0.005), "plume")  # pale blue spots
    tail = [(0.0, -0.04), (0.12, -0.05), (0.13, 0.0), (0.12, 0.05), (0.0, 0.04)]
    parts.append(flat_tail(tail, (-0.17, 0.16), 40, 0.02))
    parts += _perched(0.0, 0.12, 0.06, 0.03, 0.007, "comb", 0.04)
    parts += _twig(0.0, 0.03, 0.5, rng)
    return turned(parts, rng)


# 1079 barn swallow


def _streamers(length: float, w: float, fork: float) -> list[tuple[float, float]]:
    """A swallow's deeply forked tail seen from above: a short broad base splitting into two
    long thin streamers (x from its root back, y across)."""
    half = [(0.0, w * 0.7), (0.12, w), (length, w * 1.5), (length - 0.01, w * 1.32),
            (fork + 0.02, w * 0.45), (fork, 0.0)]  # fmt: skip
    return half + [(x, -y) for x, y in reversed(half[:-1])]


def _swallow(rng: Rng) -> list[Part]:
    """A barn swallow perched on a wire, its body tilted up: a sleek slim body, a dark glossy
    blue back and crown, long pointed dark wings folded past its tail, a deeply forked tail
    with two long streamers, a brick-red throat and forehead, a pale cream belly, a tiny
    beak, tiny dark feet on the wire."""
    wy = 0.29  # the wire's top
    head = (0.15, wy + 0.105, 0.0)
    shapes = [ellipsoid((0.0, wy + 0.075, 0.0), (0.15, 0.075, 0.075))]
    shapes.append(ellipsoid(head, (0.065, 0.06, 0.06), None, 0.04))
    field = skin_field(shapes)
    bird = [solid(shapes, 0.014, 0, "body")]
    bird.append(colour_patch(shapes, (-0.02, wy + 0.14, 0.0), (0.3, 0.055, 0.2), "plume"))  # back
    bird.append(colour_patch(shapes, (0.0, wy + 0.01, 0.0), (0.24, 0.055, 0.2), "snow", 0, 0.009))
    bird.append(colour_patch(shapes, (0.2, wy + 0.07, 0.0), (0.05, 0.035, 0.06), "card-red", 0, 0.011))  # the throat # fmt: skip
    bird.append(colour_patch(shapes, (0.215, wy + 0.12, 0.0), (0.02, 0.015, 0.03), "card-red", 0, 0.011))  # the forehead # fmt: skip
    bird.append(bird_beak([(0.205, wy + 0.1, 0.012, 0.014), (0.235, wy + 0.096, 0.003, 0.003)],
                      "marking"))  # fmt: skip
    bird += bird_eyes(field, head, (0.5, 0.3, 0.8), 0.01, start=0.0)
    wing = [(0.08, wy + 0.12, 0.065, 0.045, 0.018), (-0.04, wy + 0.11, 0.078, 0.05, 0.02),
            (-0.2, wy + 0.1, 0.06, 0.03, 0.014), (-0.38, wy + 0.09, 0.03, 0.013, 0.008),
            (-0.5, wy + 0.085, 0.012, 0.004, 0.004)]  # fmt: skip
    bird += folded_wings(wing, 25)
    bird.append(flat_tail(_streamers(0.45, 0.03, 0.16), (-0.12, wy + 0.06), 12, 0.012))
    tilt = at(0, wy, 0) @ rot("z", 25 + float(rng.uniform(-4, 4))) @ at(0, -wy, 0)
    parts = [p.moved(tilt) for p in bird]
    parts += _perched(0.0, wy + 0.03, wy, 0.006, 0.005, "marking", 0.03)
    pts = [(0.0, wy - 0.01, -0.4), (0.0, wy - 0.006, 0.0), (0.0, wy - 0.01, 0.4)]
    parts += _aslant([tube(pts, 0.006, None, "marking", "wire")], 0.0)
    return turned(parts, rng)


MORE_APPLIANCES_ZZZH = {
    1072: _pigeon, 1073: _sparrow, 1074: _magpie, 1075: _robin, 1076: _crow, 1077: _gull,
    1078: _kingfisher, 1079: _swallow,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
