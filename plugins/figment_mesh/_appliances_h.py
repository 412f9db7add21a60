"""More of the device family's appliances, from 342: a nose, a foot, a tongue, lips, a
moustache, a beard, an ear, a bouquet, pills, a chocolate bar, bacon, a chain.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material. The
body parts are smooth solids (signed-distance fields meshed by marching cubes, ``_sdf``).
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, Sweep, align, at, rot, scl, segs, v3
from ._kit import cone, cut, daisy, rope, rose, solid
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import Shape, spine
from ._sdf import ellipsoid as blob
from ._shapes import leaf

__all__ = ["MORE_APPLIANCES_H"]

Rng = np.random.Generator


# ---- helpers: sweeps -------------------------------------------------------------------------


def _link(straight: float, bend: float, wire: float, m: np.ndarray, slot=0, tag="") -> Part:
    """An oval chain link lying in the xz plane, long along z: its wire of radius ``wire``
    runs round a stadium of straight sides 2 × ``straight`` and ends of radius ``bend``."""

    def gen(k: float) -> Sweep:
        n = segs(k, 12, 4)
        far = np.linspace(0.0, np.pi, n + 1)
        theta = np.concatenate([far, far + np.pi])
        u = np.stack([np.cos(theta), np.zeros_like(theta), np.sin(theta)], 1)
        end = np.repeat([1.0, -1.0], n + 1)[:, None]  # the far end, then the near one
        centres = u * bend + end * [0.0, 0.0, straight]
        sides = []
        for a, b, normal in ((centres[n], centres[n + 1], (-1.0, 0, 0)),
                             (centres[-1], centres[0], (1.0, 0, 0))):  # fmt: skip
            mid = np.linspace(a, b, 4)[1:-1]
            sides.append((mid, np.tile(normal, (2, 1))))
        centres = np.concatenate([centres[: n + 1], sides[0][0], centres[n + 1 :], sides[1][0]])
        u = np.concatenate([u[: n + 1], sides[0][1], u[n + 1 :], sides[1][1]])
        v = np.tile([0.0, 1.0, 0.0], (len(centres), 1))
        ang = np.arange(segs(k, 10, 4)) * (2 * np.pi / segs(k, 10, 4))
        circle = np.stack([np.cos(ang), np.sin(ang)], 1)
        return Sweep(centres, u, v, np.full(len(centres), wire), circle, closed=True)

    def count(k: float) -> int:
        return 2 * (2 * (segs(k, 12, 4) + 1) + 4) * segs(k, 10, 4)

    return Part(gen, m, slot, tag, count)


def _offset(points, radii, side: float, lift: float):
    """A path beside a path in the xy plane: each point moved ``side`` × its radius along the
    curve's in-plane normal and ``lift`` toward +z."""
    p = np.asarray(points, float)
    r = np.asarray(radii, float)
    d = np.gradient(p, axis=0)
    n = np.stack([-d[:, 1], d[:, 0], np.zeros(len(p))], 1)
    n /= np.maximum(np.linalg.norm(n, axis=1, keepdims=True), 1e-9)
    return p + n * (side * r)[:, None] + np.array([0.0, 0.0, 1.0]) * lift * r[:, None]


# ---- the body -------------------------------------------------------------------------------


def _nose(rng: Rng) -> list[Part]:
    """A big human nose as a sculpture on a small plinth, turned a little to show its profile:
    the bridge sloping down and out to the rounded tip, the flared wings either side of it and
    the two nostrils under it."""
    shapes = spine([(0, 1.1, 0.0), (0, 0.7, 0.0), (0, 0.4, 0.0), (0, 0.16, 0.0)],
                   [0.1, 0.14, 0.19, 0.24], [0.1, 0.2, 0.3, 0.36])  # bridge and sides # fmt: skip
    shapes.append(blob((0, 0.21, 0.36), (0.12, 0.11, 0.1), None, 0.07))  # the tip
    for s in (-1, 1):  # the wings
        shapes.append(blob((s * 0.2, 0.14, 0.15), (0.09, 0.1, 0.13), rot("y", s * 25), 0.03))
    for s in (-1, 1):  # the nostrils
        shapes.append(blob((s * 0.08, 0.07, 0.22), (0.045, 0.05, 0.09), rot("y", s * 15), -0.015))
    shapes.append(cut(2, 0.0, False, 0.01, (-0.5, -0.2, -0.5), (0.5, 1.3, 0.0)))  # flat behind
    shapes.append(cut(1, 0.04, False, 0.01, (-0.5, -0.2, -0.5), (0.5, 0.04, 0.6)))  # below
    shapes.append(cut(1, 1.0, True, 0.02, (-0.5, 1.0, -0.5), (0.5, 1.3, 0.5)))  # broken above
    turn = rot("y", -20)  # turned a little to show its profile
    tilt = turn @ at(0, 0.12, -0.12) @ rot("x", -10)
    parts = [solid(shapes, 0.02, 0, "body").moved(tilt)]
    for s in (-1, 1):  # the nostrils' shadow, inside them
        m = tilt @ at(s * 0.08, 0.1, 0.22) @ rot("y", s * 15) @ scl(0.03, 0.03, 0.06)
        parts.append(sphere(1.0, m, "marking"))
    parts.append(box(0.72, 0.16, 0.6, turn @ at(0, 0, 0.02), 1))  # the plinth
    parts.append(box(0.8, 0.04, 0.68, turn @ at(0, 0, 0.02), 1))
    del rng
    return parts


def _foot(rng: Rng) -> list[Part]:
    """A bare human foot standing flat: the rounded heel, the high arch on its inner side, the
    ankle rising from it and five toes, the big toe largest, each with its nail."""
    shapes = [blob((0, 0.13, -0.45), (0.15, 0.14, 0.16))]  # the heel
    shapes += spine([(0, 0.1, -0.45), (0, 0.1, -0.1), (0, 0.08, 0.25)], [0.14, 0.17, 0.21],
                    [0.1, 0.1, 0.08], 0.05)  # the sole # fmt: skip
    shapes.append(blob((0, 0.17, -0.1), (0.15, 0.17, 0.38), rot("x", 16), 0.08))  # the instep
    shapes += rope([(0, 0.25, -0.34), (0, 0.8, -0.36)], [0.14, 0.12], 0.1)  # the ankle
    for s, y in ((-1, 0.33), (1, 0.36)):  # its bones
        shapes.append(blob((s * 0.12, y, -0.34), (0.05, 0.065, 0.065), None, 0.04))
    shapes.append(blob((0.03, 0.08, 0.25), (0.22, 0.08, 0.12), None, 0.05))  # the ball
    shapes.append(blob((0.22, 0.0, -0.08), (0.08, 0.1, 0.24), None, -0.05))  # the arch
    shapes.append(cut(1, 0.0, False, 0.005, (-1, -1, -1), (1, 0.0, 1)))  # flat on the ground
    shapes.append(cut(1, 0.78, True, 0.01, (-1, 0.78, -1), (1, 1, 1)))  # cut above the ankle
    parts = [solid(shapes, 0.02, 0, "body")]
    toes = [(0.15, 0.062, 0.62), (0.05, 0.042, 0.56), (-0.03, 0.038, 0.52), (-0.1, 0.034, 0.47),
            (-0.16, 0.031, 0.41)]  # fmt: skip
    for x, r, z in toes:
        root = v3(x * 0.85, 0.1, 0.25)
        knuckle = v3(x * 0.97, 0.05 + r * 1.1, (z + 0.25) / 2 + 0.04)
        tip = v3(x, r * 0.95, z - r)
        parts.append(tube([root, knuckle, tip], [r * 1.2, r * 1.05, r], slot=0))
        parts.append(sphere(1.0, at(*tip) @ scl(r, r * 0.95, r * 1.1), 0))
        nail = at(x, r * 1.55, z - r * 0.9) @ rot("x", 12) @ scl(r * 0.75, r * 0.3, r * 0.85)
        parts.append(sphere(1.0, nail, 1))
    del rng
    return parts


def _lip_shapes(gap: float) -> list[Shape]:
    """A pair of lips round (0, 0, 0) in the xy plane, facing +z, 1 wide: the upper lip
    rising to the two peaks of its cupid's bow, the fuller lower lip, parted by ``gap`` at
    the middle and meeting at the corners, which wrap back."""
    xs = np.linspace(-0.5, 0.5, 19)
    u = np.abs(xs) / 0.5
    bump = np.exp(-(((np.abs(xs) - 0.1) / 0.07) ** 2))  # the bow's two peaks
    dip = np.exp(-((xs / 0.04) ** 2))
    line = gap / 2 * (1 - u**2)  # where the lips part
    top = line + 0.15 * (1 - u**1.5) + 0.04 * bump - 0.03 * dip
    bottom = line - 0.015 * dip  # the upper lip's lower edge, its tubercle dipping
    upper = np.stack([xs, (top + bottom) / 2, -0.2 * u**2], 1)
    upper_r = np.maximum((top - bottom) / 2, 0.012)
    low_top = -line
    low_bottom = -line - 0.21 * (1 - u**1.8)
    lower = np.stack([xs, (low_top + low_bottom) / 2, -0.2 * u**2], 1)
    lower_r = np.maximum((low_top - low_bottom) / 2, 0.012)
    return rope(upper, upper_r, 0.0, 0.02) + rope(lower, lower_r, 0.03, 0.02)


def _mouth_dark(gap: float, m: np.ndarray) -> Part:
    """The dark inside of a parted mouth, behind the lips."""
    return sphere(1.0, m @ at(0, 0, -0.06) @ scl(0.36, gap / 2 + 0.06, 0.08), "marking")


def _tongue(rng: Rng) -> list[Part]:
    """A tongue sticking out of parted lips on a small stand: broad, thick and rounded,
    hanging out over the lower lip, a groove running down its middle to the tip."""
    y0 = 0.75
    pts = [(0, y0 - 0.02, -0.12), (0, y0 - 0.04, 0.1), (0, y0 - 0.14, 0.25), (0, y0 - 0.3, 0.32)]
    wid = [0.14, 0.16, 0.18, 0.16]
    thick = [0.08, 0.08, 0.075, 0.07]
    shapes = spine(pts, wid, thick)
    shapes.append(blob((0, y0 - 0.34, 0.31), (0.15, 0.09, 0.075), rot("x", 20), 0.04))  # tip
    for a, b in pairwise(pts):  # the groove down its middle
        d = np.subtract(b, a) / np.linalg.norm(np.subtract(b, a))
        up = np.array([0.0, d[2], -d[1]])
        shapes.append(cone(np.add(a, up * 0.115), np.add(b, up * 0.11), 0.05, 0.045, -0.012))
    parts = [solid(shapes, 0.018, 0, "body")]
    m = at(0, y0, 0) @ scl(0.9)
    parts.append(solid(_lip_shapes(0.16), 0.02, 1).moved(m))
    parts.append(_mouth_dark(0.16, m))
    parts.append(stick((0, 0.04, -0.3), (0, y0, -0.3), 0.025, 1))  # the stand
    parts.append(stick((0, y0, -0.3), (0, y0, -0.12), 0.025, 1))
    parts.append(cylinder(0.22, 0.24, 0.05, at(0, 0, -0.3), 1))
    del rng
    return parts


def _lips(rng: Rng) -> list[Part]:
    """A pair of full lips, slightly parted, as a bold object standing on the curve of the
    lower lip: the upper lip's cupid's bow, the fuller lower lip, dark between them."""
    m = at(0, 0.345, 0) @ scl(1.4)
    parts = [solid(_lip_shapes(0.06), 0.016, 0, "body").moved(m)]
    parts.append(_mouth_dark(0.06, m))
    del rng
    return parts


def _curl_path():
    """The right half of a handlebar moustache in the xy plane, from its middle out to the
    end, which curls up and round: control points and radii."""
    pts = [(0.0, 0.0), (0.15, -0.03), (0.32, -0.07), (0.5, -0.06), (0.62, 0.0), (0.7, 0.1),
           (0.68, 0.2), (0.6, 0.23), (0.55, 0.18), (0.58, 0.13)]  # fmt: skip
    radii = [0.08, 0.08, 0.065, 0.048, 0.034, 0.026, 0.02, 0.015, 0.011, 0.007]
    return np.array([(x, y, 0.0) for x, y in pts]), np.array(radii)


def _moustache_parts(c: np.ndarray, size: float, slot=0, tag: str = "") -> list[Part]:
    """A handlebar moustache centred at c in the xy plane, facing +z: two thick tapering
    sweeps of hair, combed in strands, their ends curled up."""
    pts, radii = _curl_path()
    oval = np.stack([np.cos(np.linspace(0, 2 * np.pi, 13)[:-1]),
                     0.6 * np.sin(np.linspace(0, 2 * np.pi, 13)[:-1])], 1)  # fmt: skip
    parts = []
    for s in (-1, 1):
        mirror = at(*c) @ scl(s * size, size, size)
        parts.append(tube(pts, radii, mirror, slot, tag if s < 0 else "", shape=oval))
        for side in (-0.55, 0.0, 0.55):  # strands combed along it
            strand = _offset(pts, radii, side, 0.45)
            parts.append(tube(strand[:-2], radii[:-2] * 0.5, mirror, slot))
    return parts


def _moustache(rng: Rng) -> list[Part]:
    """A big handlebar moustache standing upright on a small stand: thick sweeps of combed
    hair from the middle, tapering out to ends curled up into rings."""
    parts = _moustache_parts(v3(0, 0.75, 0.0), 1.0, 0, "body")
    parts.append(stick((0, 0.05, -0.1), (0, 0.72, -0.06), 0.025, 1))
    parts.append(lathe([(0.0, 0.0), (0.25, 0.0), (0.26, 0.03), (0.22, 0.06), (0.0, 0.06)],
                       at(0, 0, -0.1), 1))  # fmt: skip
    del rng
    return parts


def _oval(x, y, cx: float, cy: float, rx: float, ry: float):
    """A bound on the distance to an ellipse in a plane (negative inside)."""
    dx, dy = x - cx, y - cy
    k0 = np.sqrt((dx / rx) ** 2 + (dy / ry) ** 2)
    k1 = np.sqrt((dx / (rx * rx)) ** 2 + (dy / (ry * ry)) ** 2)
    return k0 * (k0 - 1.0) / np.maximum(k1, 1e-9)


def _beard_front(x, y):
    """Where a beard's front surface lies (z), and its half thickness, over (x, y)."""
    chin = np.exp(-(((y - 0.5) / 0.32) ** 2))
    mid = 0.08 - 1.5 * x * x + 0.06 * chin
    half = 0.06 + 0.06 * chin * np.maximum(1 - 2.2 * np.abs(x), 0.0)
    return mid, half


def _beard_mass(top: float) -> Shape:
    """A beard seen from the front as a thick curved sheet wrapping back at its sides: a
    rounded spade to a point below, sideburns rising either side of the face's opening, a
    hole for the mouth."""

    def dist(x, y, z):
        spade = np.minimum(_oval(x, y, 0.0, 0.74, 0.37, 0.5), _oval(x, y, 0.0, 0.44, 0.2, 0.34))
        burns = _oval(np.abs(x), y, 0.3, top - 0.3, 0.075, 0.3)
        d2 = np.minimum(spade, burns)
        d2 = np.maximum(d2, -_oval(x, y, 0.0, 1.2, 0.23, 0.32))  # the face's opening
        d2 = np.maximum(d2, -_oval(x, y, 0.0, 0.8, 0.12, 0.055))  # the mouth
        mid, half = _beard_front(x, y)
        dz = np.abs(z - mid) - half
        r = 0.04
        wx, wz = d2 + r, dz + r
        return (
            np.minimum(np.maximum(wx, wz), 0.0)
            + np.sqrt(np.maximum(wx, 0.0) ** 2 + np.maximum(wz, 0.0) ** 2)
            - r
        )

    return Shape(dist, np.array([-0.42, 0.0, -0.3], np.float32),
                 np.array([0.42, top + 0.02, 0.3], np.float32))  # fmt: skip


def _beard(rng: Rng) -> list[Part]:
    """A full beard with its moustache as a wig-like object on a stand: a thick mass of hair
    in a rounded spade, combed into wavy locks, sideburns rising either side of the face's
    opening, the moustache curled over the mouth's hole; a post holds it up from behind."""
    top = 1.3
    shapes = [_beard_mass(top)]
    for k, x0 in enumerate(np.linspace(-0.32, 0.32, 11)):  # the locks, flowing to its point
        wave = float(rng.uniform(0.015, 0.03)) * (1 if k % 2 else -1)
        pts = []
        end = 0.02 + 0.2 * (abs(x0) / 0.32) ** 1.5 + float(rng.uniform(0.0, 0.04))
        for t in (0.0, 0.35, 0.7, 1.0):
            y = 0.76 - (0.76 - end) * t
            x = x0 * (1 - 0.6 * t) + wave * np.sin(2 * np.pi * t)
            mid, half = _beard_front(x, y)
            pts.append((x, y, mid + half * (1 - 0.5 * t**2) - 0.015))
        shapes += rope(pts, [0.04, 0.045, 0.04, 0.012], 0.02, 0.015)
    for s in (-1, 1):  # locks down the sideburns
        for dx in (-0.035, 0.035):
            x = s * 0.3 + dx
            pts = [(x, y, _beard_front(x, y)[0] + 0.05) for y in (top - 0.1, 0.95, 0.75)]
            shapes += rope(pts, 0.035, 0.02, 0.015)
    parts = [solid(shapes, 0.022, 0, "body")]
    front = float(sum(_beard_front(0.0, 0.86))) + 0.02
    parts += _moustache_parts(v3(0, 0.88, front), 0.55, 0)
    parts.append(_mouth_dark(0.04, at(0, 0.8, front - 0.12) @ scl(0.35)))
    parts.append(tube([(0, 0.0, -0.25), (0, 0.5, -0.25), (0, 0.6, -0.15), (0, 0.6, 0.0)], 0.03,
                      slot=1))  # the stand, holding it from behind # fmt: skip
    parts.append(cylinder(0.26, 0.26, 0.04, at(0, 0, -0.25), 1))
    return parts


def _ear(rng: Rng) -> list[Part]:
    """A human ear standing upright on a small stand, its face toward the viewer: the rolled
    rim of the helix round its top and back, the folds of the antihelix inside it, the hollow
    of the concha, the tragus before it and the soft lobe below."""
    shapes = [blob((-0.06, 0.72, -0.01), (0.25, 0.37, 0.05))]  # the ear's flat
    shapes.append(blob((-0.04, 0.3, 0.0), (0.13, 0.14, 0.055), None, 0.06))  # the lobe
    rim = [(0.05, 0.62, 0.05), (0.16, 0.84, 0.06), (0.09, 1.06, 0.07), (-0.09, 1.12, 0.07),
           (-0.25, 1.01, 0.07), (-0.31, 0.8, 0.06), (-0.28, 0.56, 0.06), (-0.19, 0.4, 0.05),
           (-0.1, 0.3, 0.03)]  # fmt: skip
    shapes += rope(rim, [0.035, 0.055, 0.065, 0.065, 0.065, 0.06, 0.055, 0.045, 0.03], 0.02,
                    0.02)  # the helix # fmt: skip
    shapes += rope([(-0.13, 0.42, 0.04), (-0.12, 0.68, 0.05), (-0.07, 0.93, 0.05)],
                    [0.035, 0.045, 0.03], 0.03, 0.02)  # the antihelix # fmt: skip
    shapes += rope([(-0.12, 0.68, 0.05), (0.0, 0.8, 0.05), (0.09, 0.82, 0.04)],
                    [0.04, 0.035, 0.025], 0.02, 0.02)  # its lower branch # fmt: skip
    shapes.append(blob((0.04, 0.55, 0.06), (0.1, 0.12, 0.09), None, -0.03))  # the concha
    shapes.append(blob((0.16, 0.5, 0.04), (0.035, 0.07, 0.04), None, 0.03))  # the tragus
    shapes.append(blob((-0.07, 0.41, 0.05), (0.05, 0.04, 0.04), None, 0.02))  # antitragus
    m = at(0, 0.02, 0) @ scl(1.1)
    parts = [solid(shapes, 0.016, 0, "body").moved(m)]
    parts.append(sphere(1.0, m @ at(0.09, 0.52, -0.035) @ scl(0.04, 0.05, 0.025), "marking"))
    parts.append(stick((0, 0.03, -0.1), (0, 0.62, -0.06), 0.03, 1))
    parts.append(cylinder(0.22, 0.24, 0.05, at(0, 0, -0.1), 1))
    del rng
    return parts


# ---- things --------------------------------------------------------------------------------


def _bouquet(rng: Rng) -> list[Part]:
    """A bouquet of flowers: green stems gathered and tied with a ribbon bow, wrapped in a
    pleated paper cone, roses, daisies and leaves crowded on top, the stems' cut ends below."""
    tie = 0.3
    t = np.linspace(0, 2 * np.pi, 33)[:-1]
    pleats = np.stack([np.cos(t), np.sin(t)], 1) * (1 + 0.06 * np.sin(8 * t))[:, None]
    paper = [(0.06, tie - 0.04), (0.42, 1.0), (0.4, 1.01), (0.045, tie - 0.03)]
    parts = [lathe(paper, None, 0, "body", closed=True, shape=pleats)]
    heads = [(0.0, 1.27, 0.0)]
    for k in range(6):
        a = np.radians(60 * k + 15)
        heads.append((0.24 * np.cos(a), 1.17, 0.24 * np.sin(a)))
    for k in range(5):
        a = np.radians(72 * k + 40)
        heads.append((0.4 * np.cos(a), 1.06, 0.4 * np.sin(a)))
    for i, (x, y, z) in enumerate(heads):
        foot = (x * 0.15, 0.0, z * 0.15)
        parts.append(tube([foot, (x * 0.1, tie, z * 0.1), (x, y, z)], 0.016, slot="vine"))
        c = v3(x, y + 0.02, z)
        if i % 3 == 0:
            parts.append(rose(c, 0.12, "card-red" if i % 2 else 1))
        else:
            up = v3(x, 0.6, z)
            parts += daisy(c, 0.14, up, "snow" if i % 3 == 1 else "card-red", "fruit-yellow")
    for k in range(7):  # leaves between the heads
        a = np.radians(360 * k / 7 + float(rng.uniform(-15, 15)))
        d = v3(np.cos(a), 0.5, np.sin(a))
        m = at(0.32 * np.cos(a), 1.0, 0.32 * np.sin(a)) @ align(d) @ scl(0.08, 0.18, 0.18)
        parts.append(slab(leaf(0.4), 0.02, m @ at(0, 1, 0), "vine"))
    parts.append(torus(0.05, 0.02, at(0, tie, 0), 1))  # the ribbon and its bow
    for s in (-1, 1):
        loop = at(s * 0.08, tie + 0.02, 0.06) @ rot("z", s * 20) @ rot("x", 90) @ scl(1.5, 1, 0.8)
        parts.append(torus(0.05, 0.015, loop, 1))
        parts.append(tube([(s * 0.02, tie, 0.06), (s * 0.06, tie - 0.12, 0.08),
                           (s * 0.1, tie - 0.22, 0.07)], 0.015, slot=1))  # fmt: skip
    return parts


def _pill(rng: Rng) -> list[Part]:
    """Medicine: a big two-tone capsule lying on its side, its halves in the two materials,
    and two round tablets beside it, each with a score line across its face."""
    r, half = 0.15, 0.32
    dome = [(r * np.cos(a), r - r * np.sin(a)) for a in np.linspace(np.pi / 2, 0.0, 6)]
    shell = [(0.0, 0.0), *dome[1:], (r, half), (0.0, half)]
    lay = at(0.0, r * 1.04 + 0.011, -0.05) @ rot("y", 25) @ rot("z", 90)
    parts = [lathe(shell, lay @ at(0, -half + 0.02, 0) @ scl(1.04, 1, 1.04), 0, "body")]
    parts.append(lathe(shell, lay @ rot("z", 180) @ at(0, -half - 0.02, 0), 1))
    for x, z, turn in ((0.35, 0.35, 30), (-0.3, 0.38, -20)):
        disc = [(0.0, 0.0), (0.19, 0.0), (0.2, 0.02), (0.2, 0.055), (0.175, 0.08), (0.0, 0.08)]
        parts.append(lathe(disc, at(x, 0, z), "snow"))
        parts.append(box(0.3, 0.006, 0.016, at(x, 0.077, z) @ rot("y", turn), "marking"))
    del rng
    return parts


def _choc_square(m: np.ndarray, size: float, slot=0, tag: str = "") -> Part:
    """One square of a chocolate bar: a low block, its top bevelled all round."""
    s = size / 2 * np.sqrt(2)
    prof = [(0.0, 0.0), (s, 0.0), (s, 0.015), (s * 0.78, 0.05), (0.0, 0.05)]
    return lathe(prof, m @ rot("y", 45), slot, tag, sides=4)


def _chocolate(rng: Rng) -> list[Part]:
    """A bar of chocolate: its squares in a grid on a thin slab, the back half still in its
    foil and paper wrapper, the paper peeled back and the foil torn open over the bare half,
    one corner square broken off and lying beside it."""
    cols, rows, q = 4, 7, 0.19
    W, L = cols * q, rows * q
    bar = at(0, 0, 0) @ rot("y", -25)
    parts = [box(W, 0.04, L, bar, 0, "body")]
    for i in range(cols):
        for j in range(rows):
            if i == cols - 1 and j == rows - 1:
                continue  # broken off
            c = bar @ at(-W / 2 + q * (i + 0.5), 0.04, -L / 2 + q * (j + 0.5))
            parts.append(_choc_square(c, q * 0.96, 0))
    edge = 0.0  # where the wrapper ends: its back half is still wrapped
    back = (edge + L / 2) / 2 - L / 2
    foil_end = edge + 0.1
    parts.append(box(W + 0.02, 0.012, foil_end + L / 2, bar @ at(0, 0.09, (foil_end - L / 2) / 2),
                     "steel"))  # the foil over the squares # fmt: skip
    for k in range(8):  # its torn edge
        x = -W / 2 + W * (k + 0.5) / 8
        tooth = [(-W / 16, 0.0), (W / 16, 0.0), (float(rng.uniform(-0.03, 0.03)), 0.07)]
        m = bar @ at(x, 0.1, foil_end) @ rot("x", -90 + float(rng.uniform(10, 35)))
        parts.append(slab(tooth, 0.008, m, "steel"))
    parts.append(box(W + 0.05, 0.15, edge + L / 2, bar @ at(0, 0.0, back), 1))  # the paper
    parts.append(box(W + 0.06, 0.152, 0.14, bar @ at(0, 0.0, back - 0.05), "card-red"))
    hinge = bar @ at(0, 0.14, edge)
    prev = 0.0
    for ang in (-100.0, -140.0, -185.0):  # its end, peeled up and curling back
        hinge = hinge @ rot("x", ang - prev)
        parts.append(box(W + 0.05, 0.01, 0.12, hinge @ at(0, 0, 0.06), 1))
        hinge = hinge @ at(0, 0, 0.12)
        prev = ang
    piece = at(0.55, 0.0, 0.5) @ rot("y", 50)  # the broken square
    parts.append(box(q * 0.96, 0.04, q * 0.96, piece, 0))
    parts.append(_choc_square(piece @ at(0, 0.04, 0), q * 0.9, 0))
    return parts


def _bacon(rng: Rng) -> list[Part]:
    """Rashers of bacon on a plate: three long wavy strips, each streaked lengthwise with pink
    lean and white fat, a band of fat along one edge."""
    plate = [(0.0, 0.0), (0.45, 0.0), (0.62, 0.05), (0.72, 0.07), (0.7, 0.08), (0.5, 0.035),
             (0.0, 0.03)]  # fmt: skip
    parts = [lathe(plate, scl(1.0, 1.0, 0.85), "snow")]
    flat = np.array([[-1.0, -0.3], [1.0, -0.3], [1.0, 0.3], [-1.0, 0.3]])
    bands = [(-0.065, 0.02, 1), (-0.03, 0.018, 0), (-0.003, 0.008, 1), (0.025, 0.022, 0),
             (0.06, 0.014, 1)]  # fmt: skip
    for k in range(3):
        z0 = -0.22 + 0.22 * k
        yaw = float(rng.uniform(-8, 8)) + 10
        xs = np.linspace(-0.55, 0.55, 9)
        phase = float(rng.uniform(0, np.pi))
        for off, half, slot in bands:
            path = [(x, 0.06 + 0.045 * (1 + np.sin(10 * x + phase)), z0 + off) for x in xs]
            m = rot("y", yaw)
            parts.append(tube(path, half, m, slot, "body" if k == 0 and off == -0.03 else "",
                              shape=flat * [1.0, 0.03 / half]))  # fmt: skip
    return parts


def _chain(rng: Rng) -> list[Part]:
    """A length of heavy iron chain lying in a loose S on the ground: big oval links, each
    turned a quarter to the last and threaded through it."""
    straight, bend, wire = 0.08, 0.1, 0.045
    pitch = 2 * straight + 2 * bend - 2.2 * wire
    t = np.linspace(0.0, 1.0, 200)
    path = np.stack([1.5 * (t - 0.5), np.zeros_like(t), 0.45 * np.sin(2 * np.pi * t)], 1)
    length = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(path, axis=0), axis=1))])
    n = int(length[-1] / pitch)
    parts: list[Part] = []
    for k in range(n):
        s = (length[-1] - pitch * (n - 1)) / 2 + pitch * k
        p = np.array([np.interp(s, length, path[:, i]) for i in range(3)])
        q = np.array([np.interp(s + 0.01, length, path[:, i]) for i in range(3)])
        d = q - p
        yaw = float(np.degrees(np.arctan2(d[0], d[2])))
        if k % 2:  # on its edge
            m = at(p[0], bend + wire, p[2]) @ rot("y", yaw) @ rot("z", 90)
        else:
            m = at(p[0], wire, p[2]) @ rot("y", yaw)
        m = m @ rot("z", float(rng.uniform(-4, 4)))
        parts.append(_link(straight, bend, wire, m, 0, "body" if k == 0 else ""))
    return parts


MORE_APPLIANCES_H = {
    342: _nose, 343: _foot, 344: _tongue, 345: _lips, 346: _moustache, 347: _beard, 348: _ear,
    349: _bouquet, 350: _pill, 351: _chocolate, 352: _bacon, 353: _chain,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
