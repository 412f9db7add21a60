"""More of the device family's appliances, from 943: a plum blossom tree, a red envelope, a
bamboo tea whisk, a dragon kite, a tomato pincushion, a monkey wrench, a paint can, a champagne
bottle.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, mesh_part, rot, scl
from ._kit import ALONG_X, ALONG_Z, annulus, band, crisp, hoop, lobed, rrect_outline, studs, unit
from ._lettering import paint_strokes
from ._primitives import DIAMOND, HEXAGON, box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp, star

__all__ = ["MORE_APPLIANCES_ZZQ"]

Rng = np.random.Generator

_UP = np.array([0.0, 1.0, 0.0])


def _frames(normals: np.ndarray, spins: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Two unit axes (u, v) square to each normal, turned by ``spins`` radians about it."""
    ref = np.where(np.abs(normals[:, 1:2]) < 0.9, [[0.0, 1.0, 0.0]], [[1.0, 0.0, 0.0]])
    u = np.cross(normals, ref)
    u /= np.linalg.norm(u, axis=1, keepdims=True)
    v = np.cross(normals, u)
    c, s = np.cos(spins)[:, None], np.sin(spins)[:, None]
    return c * u + s * v, c * v - s * u


def _blooms(points, normals, outline: np.ndarray, depth: float, cup: float, spins, slot) -> Part:
    """Many small flat flowers in one part: the outline ((k, 2) points round 0, star-shaped)
    ``depth`` thick through each point, facing its normal, its rim lifted ``cup`` times the
    square of its radius (a cupped blossom), turned by its spin."""
    p = np.asarray(points, float)
    nrm = np.asarray(normals, float)
    nrm = nrm / np.linalg.norm(nrm, axis=1, keepdims=True)
    u, v = _frames(nrm, np.asarray(spins, float))
    k = len(outline)
    lift = cup * (outline**2).sum(1)
    top = np.c_[outline, depth / 2 + lift]
    bot = np.c_[outline, -depth / 2 + lift]
    local = np.concatenate([[[0.0, 0.0, depth / 2]], top, [[0.0, 0.0, -depth / 2]], bot])
    i = np.arange(k)
    j = (i + 1) % k
    faces = np.concatenate([
        np.stack([np.zeros(k, int), 1 + i, 1 + j], 1),
        np.stack([np.full(k, k + 1), k + 2 + j, k + 2 + i], 1),
        np.stack([1 + i, k + 2 + i, k + 2 + j], 1),
        np.stack([1 + i, k + 2 + j, 1 + j], 1),
    ])  # fmt: skip
    frame = np.stack([u, v, nrm], 1)
    verts = p[:, None, :] + np.einsum("lk,nkj->nlj", local, frame)
    all_faces = faces[None] + (np.arange(len(p)) * len(local))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), all_faces.reshape(-1, 3), slot)


def _beads(centres, r, slot, around: int = 8, rings: int = 5, squash=(1.0, 1.0, 1.0)) -> Part:
    """Many small round beads (pin heads, buds, seeds) in one part: a coarse sphere of radius r
    (one for all or one each) round each centre, scaled by ``squash``."""
    c = np.asarray(centres, float).reshape(-1, 3)
    rr = np.broadcast_to(np.asarray(r, float), (len(c),))
    t = np.linspace(0.0, np.pi, rings + 1)[1:-1]
    a = np.arange(around) * (2 * np.pi / around)
    ring = np.stack([np.sin(t)[:, None] * np.cos(a), np.cos(t)[:, None] + 0 * a,
                     -np.sin(t)[:, None] * np.sin(a)], -1).reshape(-1, 3)  # fmt: skip
    unit_ball = np.concatenate([[[0.0, 1.0, 0.0]], ring, [[0.0, -1.0, 0.0]]]) * squash
    n = len(unit_ball)
    faces = [(0, 1 + (q + 1) % around, 1 + q) for q in range(around)]
    for row in range(rings - 2):
        for q in range(around):
            a0, a1 = 1 + row * around + q, 1 + row * around + (q + 1) % around
            faces += [(a0, a1, a1 + around), (a0, a1 + around, a0 + around)]
    last = 1 + (rings - 2) * around
    faces += [(n - 1, last + q, last + (q + 1) % around) for q in range(around)]
    f = np.asarray(faces)
    verts = c[:, None, :] + unit_ball[None] * rr[:, None, None]
    all_faces = f[None] + (np.arange(len(c)) * n)[:, None, None]
    return mesh_part(verts.reshape(-1, 3), all_faces.reshape(-1, 3), slot)


# 943: a plum blossom tree


def _zigzag(rng: Rng, start, yaw: float, pitch: float, length: float, steps: int,
            zig: float) -> list[np.ndarray]:  # fmt: skip
    """The crooked path of a plum branch from ``start``: ``steps`` straight runs heading on
    average at ``yaw`` (degrees about y from +x) and ``pitch`` (up from level), each kinked
    ``zig`` degrees the other way from the last."""
    pts = [np.asarray(start, float)]
    for i in range(steps):
        side = 1 if i % 2 == 0 else -1
        y = np.radians(yaw + side * zig + rng.uniform(-8, 8))
        p = np.radians(pitch - side * zig * 0.5 + rng.uniform(-8, 8))
        d = np.array([np.cos(p) * np.cos(y), np.sin(p), -np.cos(p) * np.sin(y)])
        pts.append(pts[-1] + d * length / steps * rng.uniform(0.8, 1.2))
    return pts


def _plum_branches(rng: Rng) -> list[tuple[list[np.ndarray], float, float]]:
    """The branches of a plum tree above its trunk: (path, base radius, tip radius) each, the
    main limbs spreading wide, crooked side branches off them and straight young shoots."""
    top = np.array([0.02, 0.3, 0.0])
    limbs = [  # yaw, pitch, length, steps, base radius
        (172, 10, 0.66, 5, 0.045), (6, 16, 0.62, 5, 0.042), (100, 42, 0.38, 4, 0.034),
        (-65, 14, 0.4, 4, 0.03), (235, 18, 0.36, 3, 0.028),
    ]  # fmt: skip
    out = []
    for yaw, pitch, length, steps, r in limbs:
        path = _zigzag(rng, top, yaw + rng.uniform(-6, 6), pitch, length, steps, 28)
        out.append((path, r, 0.006))
        for k in range(1, len(path) - 1):  # side branches from the kinks
            if rng.uniform() < 0.25:
                continue
            side = 1 if k % 2 else -1
            sub = _zigzag(rng, path[k], yaw + side * rng.uniform(35, 60), pitch + 5,
                          length * rng.uniform(0.3, 0.45), 3, 22)  # fmt: skip
            out.append((sub, r * (1 - k / steps) * 0.7 + 0.008, 0.004))
            if rng.uniform() < 0.6:  # a straight young shoot reaching up
                tip = sub[-2] + np.array([rng.uniform(-0.04, 0.04), rng.uniform(0.12, 0.2),
                                          rng.uniform(-0.04, 0.04)])  # fmt: skip
                out.append(([sub[-2], tip], 0.007, 0.003))
    return out


def _along(path: list[np.ndarray], count: int, rng: Rng) -> list[tuple[np.ndarray, float]]:
    """``count`` points strewn along a polyline (each with how far along it is, 0 to 1)."""
    seg = [float(np.linalg.norm(b - a)) for a, b in pairwise(path)]
    total = sum(seg)
    out = []
    for s in np.sort(rng.uniform(0.1, 1.0, count)) * total:
        i = 0
        while i < len(seg) - 1 and s > seg[i]:
            s -= seg[i]
            i += 1
        t = min(s / seg[i], 1.0)
        out.append((path[i] + (path[i + 1] - path[i]) * t, (sum(seg[:i]) + s) / total))
    return out


def _plum_blossom_tree(rng: Rng) -> list[Part]:
    """A flowering plum tree (ume) in late winter: a low gnarled trunk on a grassy mound, dark
    crooked zigzag branches without a leaf spreading wide, straight young shoots reaching up,
    and many small pink five-petal blossoms with yellow hearts and round buds studding every
    branch close to the bark."""
    mound = [(0.0, 0.0), (0.36, 0.0), (0.3, 0.04), (0.15, 0.075), (0.0, 0.08)]
    parts = [lathe(mound, scl(1.0, 1.0, 0.85), 1, "body")]
    trunk = [(0.0, 0.02, 0.0), (0.05, 0.1, 0.01), (-0.03, 0.19, 0.0), (0.03, 0.26, -0.01),
             (0.02, 0.31, 0.0)]  # fmt: skip
    parts.append(tube(trunk, [0.085, 0.065, 0.058, 0.052, 0.046], None, 0))
    parts.append(cylinder(0.11, 0.06, 0.08, at(0, 0.04, 0), 0))  # the root flare
    knots = [(0.06, 0.12, 0.03), (-0.05, 0.2, -0.02), (0.04, 0.27, -0.03)]
    parts.append(_beads(knots, 0.035, 0, squash=(1.0, 1.4, 1.0)))  # its knots
    flowers, hearts, buds, tips, ups = [], [], [], [], []
    for path, r0, r1 in _plum_branches(rng):
        n = len(path)
        radii = [r0 + (r1 - r0) * i / (n - 1) for i in range(n)]
        shape = None if r0 > 0.04 else HEXAGON
        parts.append(tube(path, radii, None, 0, shape=shape))
        length = sum(float(np.linalg.norm(b - a)) for a, b in pairwise(path))
        for p, f in _along(path, max(2, int(length * 19)), rng):
            r = r0 + (r1 - r0) * f
            out = unit(rng.normal(size=3) + np.array([0.0, 1.2, 0.6]))
            spot = p + out * (r + 0.012)
            if rng.uniform() < 0.72:
                flowers.append(spot)
                ups.append(out)
                hearts.append(spot + out * 0.008)
            else:
                buds.append(spot)
        tips.append(path[-1])
    t = np.radians((np.arange(5)[:, None] * 72 + [-22, 22, 36]).ravel())  # five round petals
    petal = np.tile([0.036, 0.036, 0.016], 5)
    outline = np.stack([petal * np.cos(t), petal * np.sin(t)], 1)
    spins = rng.uniform(0, 2 * np.pi, len(flowers))
    parts.append(_blooms(flowers, ups, outline, 0.006, 4.0, spins, "eraser"))
    parts.append(studs(hearts, ups, 0.009, 0.006, "plume-tip", 5))
    parts.append(_beads(buds, 0.013, "eraser", 6, 4))
    parts.append(_beads(tips, 0.011, "comb", 6, 4))
    return parts


# 944: a red envelope (hongbao)


_FU = [
    [(-0.36, 0.46), (-0.3, 0.38)], [(-0.48, 0.28), (-0.2, 0.28), (-0.44, 0.02)],
    [(-0.33, 0.14), (-0.33, -0.5)], [(-0.3, 0.02), (-0.2, -0.08)],
    [(-0.08, 0.46), (0.46, 0.46)],
    [(0.0, 0.34), (0.38, 0.34), (0.38, 0.14), (0.0, 0.14), (0.0, 0.34)],
    [(-0.06, 0.02), (0.44, 0.02), (0.44, -0.5), (-0.06, -0.5), (-0.06, 0.02)],
    [(0.19, 0.02), (0.19, -0.5)], [(-0.06, -0.24), (0.44, -0.24)],
]  # fmt: skip
"""The character 福 (good fortune) in strokes, within the square -0.5 to 0.5."""


def _envelope(m: np.ndarray, w: float, h: float, t: float, tag: str = "") -> list[Part]:
    """A red packet under ``m``, its foot on 0 and its face toward +z: a flat tall envelope
    with a pointed flap folded down over the top of its face, a gold medallion bearing 福
    below the flap, and gold rules along the flap's edge and the foot."""
    parts = [slab(rrect_outline(w, h, 0.015), t, m @ at(0, h / 2, 0), 0, tag)]
    flap = [(-w / 2, h), (-w / 2, h - 0.1 * h), (0.0, h - 0.3 * h), (w / 2, h - 0.1 * h),
            (w / 2, h)]  # fmt: skip
    face = m @ at(0, 0, t / 2)
    parts.append(slab(sharp(flap), 0.006, face @ at(0, 0, 0.003), 0))
    edge = [[(-w / 2 + 0.01, h - 0.1 * h), (0.0, h - 0.3 * h), (w / 2 - 0.01, h - 0.1 * h)]]
    parts += paint_strokes(edge, face @ at(0, 0, 0.006), 0.012, 1, 0.003)
    c = face @ at(0, 0.42 * h, 0)
    parts.append(cylinder(0.17 * w, 0.17 * w, 0.006, c @ ALONG_Z, 1))  # the medallion
    parts.append(hoop(0.21 * w, 0.006, c @ at(0, 0, 0.003) @ ALONG_Z, 1, 28, 4))
    parts += paint_strokes([[(x * 0.22 * w, y * 0.22 * w) for x, y in line] for line in _FU],
                           c @ at(0, 0, 0.006), 0.018 * w, "card-red", 0.003)  # fmt: skip
    rules = [[(-0.36 * w, 0.1 * h), (0.36 * w, 0.1 * h)], [(-0.36 * w, 0.13 * h),
                                                             (0.36 * w, 0.13 * h)]]  # fmt: skip
    parts += paint_strokes(rules, face, 0.008, 1, 0.003)
    return parts


def _red_envelope(rng: Rng) -> list[Part]:
    """Two red packets (hongbao) for the new year: one standing up leaning back against a pair
    of mandarin oranges, a second lying flat in front fanned out from it, each a flat tall red
    envelope with a pointed flap folded down over its face, a round gold medallion bearing the
    character 福 and gold rules."""
    w, h, t = 0.5, 0.9, 0.014
    lean = 12 + float(rng.uniform(-2, 2))
    parts = _envelope(at(0, 0, 0) @ rot("x", -lean), w, h, t, "body")
    for x in (-0.14, 0.15):  # the mandarins propping it up
        parts.append(sphere(0.12, at(x, 0.11, -0.22) @ scl(1.0, 0.9, 1.0), "fruit-orange"))
        parts.append(stick((x, 0.21, -0.22), (x + 0.01, 0.235, -0.22), 0.008, "cork"))
    lying = at(0.12, 0.0, 0.42) @ rot("y", -28 + float(rng.uniform(-4, 4))) @ rot("x", -90)
    parts += _envelope(lying @ at(0, -0.35, t / 2), w, h, t)
    return parts


# 945: a bamboo tea whisk (chasen)


def _tea_bowl(m: np.ndarray) -> list[Part]:
    """A tea bowl (chawan) under ``m``: a deep round bowl with thick walls on a low foot ring,
    frothy green tea inside."""
    prof = [(0.0, 0.0), (0.14, 0.0), (0.15, 0.04), (0.22, 0.08), (0.3, 0.18), (0.34, 0.32),
            (0.345, 0.42), (0.33, 0.43), (0.315, 0.33), (0.28, 0.2), (0.2, 0.12),
            (0.0, 0.1)]  # fmt: skip
    parts = [lathe(prof, m, 1)]
    parts.append(cylinder(0.296, 0.296, 0.012, m @ at(0, 0.25, 0), "fruit-green"))  # the tea
    return parts


def _tea_whisk(rng: Rng) -> list[Part]:
    """A bamboo tea whisk (chasen) standing on its handle beside a tea bowl: a short round
    bamboo handle with a node ring, a band of dark thread where it splits, then a bulb-shaped
    cage of many fine curved tines flaring out and curling inward at the top round a tuft of
    straight inner tines; a dark tea bowl of frothy green tea beside it."""
    hy, hr = 0.27, 0.038
    x0, z0 = 0.25, 0.12
    base = at(x0, 0, z0)
    handle = crisp([(0.0, 0.0), (hr - 0.004, 0.0), (hr, 0.006), (hr, hy)])
    parts = [lathe([*handle, (0.0, hy)], base, 0, "body")]
    parts.append(torus(hr + 0.002, 0.006, base @ at(0, 0.09, 0), 0))  # the node
    parts.append(cylinder(hr + 0.006, hr + 0.012, 0.035, base @ at(0, hy + 0.01, 0),
                          "cloth-dark"))  # the thread binding # fmt: skip
    n = 44
    prof = [(hr, hy - 0.01), (0.05, hy + 0.05), (0.1, hy + 0.14), (0.135, hy + 0.25),
            (0.13, hy + 0.34), (0.1, hy + 0.4), (0.07, hy + 0.41)]  # fmt: skip
    wid = [0.009, 0.008, 0.008, 0.007, 0.006, 0.005, 0.003]
    for i in range(n):
        a = 2 * np.pi * (i + rng.uniform(-0.15, 0.15)) / n
        c, s = np.cos(a), np.sin(a)
        pts = [(x0 + r * c, y, z0 + r * s) for r, y in prof]
        parts.append(band(pts, wid, 0.0025, (-s, 0.0, c), 0))
    inner = [(0.0, hy), (0.03, hy + 0.06), (0.036, hy + 0.18), (0.03, hy + 0.3), (0.0, hy + 0.33)]
    parts.append(lathe(inner, base, 0, shape=lobed(36, 18, 0.25)))
    parts += _tea_bowl(at(-0.3, 0, -0.22) @ scl(0.88))
    return parts


# 946: a dragon kite


_DRAGON_LINES = (
    (((0.015, 0.09, 0.012), (0.07, 0.11, 0.02), (0.13, 0.085, 0.012)), (0.012, 0.016, 0.008),
     "card-red"),
    (((0.05, 0.12, 0.0), (0.09, 0.2, -0.01), (0.16, 0.26, -0.02), (0.22, 0.25, -0.02)),
     (0.022, 0.018, 0.012, 0.004), "plume-tip"),
    (((0.04, -0.04, 0.03), (0.14, -0.02, 0.03), (0.26, -0.08, 0.02), (0.3, -0.2, 0.01),
      (0.27, -0.3, 0.0)), 0.006, "plume-tip"),
)  # fmt: skip
"""A dragon face's right brow, horn and whisker (mirrored for the left): the points of each
line on the face, its radii and its colour."""


def _dragon_face(m: np.ndarray) -> list[Part]:
    """A dragon's face painted on a round kite head under ``m`` (its face toward +z, radius
    about 0.17): bulging eyes under red brows, curling golden horns, a red snout, a gaping
    mouth with white fangs, long drooping whiskers, a green flame-tipped mane round it."""
    parts = [slab(star(14, 0.72), 0.01, m @ at(0, 0.0, -0.012) @ scl(0.25, 0.25, 1.0), "vine")]
    for s in (-1, 1):
        parts.append(sphere(1.0, m @ at(s * 0.065, 0.045, 0.01) @ scl(0.045, 0.04, 0.025),
                            "sclera"))  # fmt: skip
        parts.append(sphere(1.0, m @ at(s * 0.062, 0.04, 0.03) @ scl(0.02, 0.024, 0.01),
                            "pupil"))  # fmt: skip
        for pts, radii, slot in _DRAGON_LINES:  # the brows, horns and whiskers
            parts.append(tube([(s * x, y, z) for x, y, z in pts], radii, m, slot))
        parts.append(cylinder(0.012, 0.002, 0.035, m @ at(s * 0.045, -0.085, 0.012), "tooth"))
    parts.append(sphere(1.0, m @ at(0, -0.025, 0.012) @ scl(0.06, 0.035, 0.03), "card-red"))
    parts.append(sphere(1.0, m @ at(0, -0.1, 0.006) @ scl(0.1, 0.04, 0.012), "marking"))
    return parts


def _dragon_kite(rng: Rng) -> list[Part]:
    """A Chinese dragon kite flying: a round paper head painted as a dragon's face (bulging
    eyes, golden horns and whiskers, a gaping mouth, a green mane) on crossed bamboo spars,
    a long tail of paper discs shrinking away behind it in a wave, each with a spar and bright
    ribbon tufts, long ribbons streaming from its end, and the kite string running down to a
    wooden reel on the ground."""
    reel = at(-0.38, 0.075, 0.3)
    parts = [cylinder(0.075, 0.075, 0.012, reel @ at(-0.06, 0, 0) @ ALONG_X, 1, "body")]
    parts.append(cylinder(0.075, 0.075, 0.012, reel @ at(0.048, 0, 0) @ ALONG_X, 1))
    parts.append(cylinder(0.05, 0.05, 0.1, reel @ at(-0.05, 0, 0) @ ALONG_X, "snow"))
    parts.append(stick((-0.52, 0.075, 0.3), (-0.24, 0.075, 0.3), 0.012, 1))  # the axle grips
    head = np.array([-0.2, 0.8, -0.05])
    mh = at(*head) @ rot("y", 18) @ rot("x", -12)
    parts.append(cylinder(0.17, 0.17, 0.014, mh @ at(0, 0, -0.007) @ ALONG_Z, 0))
    parts += _dragon_face(mh)
    for a in (45, -45):  # the spars behind
        parts.append(box(0.012, 0.44, 0.012, mh @ at(0, 0, -0.02) @ rot("z", a) @ at(0, -0.22, 0),
                         1))  # fmt: skip
    phase = float(rng.uniform(-0.3, 0.3))
    n = 11
    centres = []
    for i in range(n):
        t = (i + 1) / n
        centres.append(head + np.array([0.7 * t, -0.5 * t + 0.07 * np.sin(2 * np.pi * t * 1.4
                                        + phase), -0.12 * t - 0.05]))  # fmt: skip
    parts.append(tube([head + np.array([0, 0, -0.03]), *centres], 0.003, None, "marking",
                      shape=DIAMOND))  # fmt: skip
    tufts = ("card-red", "plume", "plume-tip")
    for i, c in enumerate(centres):
        r = 0.1 - 0.055 * i / (n - 1)
        m = at(*c) @ rot("y", 25) @ rot("z", 12 * np.sin(i * 1.3))
        parts.append(cylinder(r, r, 0.01, m @ at(0, 0, -0.005) @ ALONG_Z, 0))
        parts.append(cylinder(r * 1.1, r * 1.1, 0.006, m @ at(0, 0, -0.012) @ ALONG_Z,
                              tufts[i % 2]))  # fmt: skip
        parts.append(box(r * 3.2, 0.008, 0.008, m @ at(0, 0, -0.02), 1))
        for s in (-1, 1):
            p = (m @ np.array([s * r * 1.6, 0.0, -0.02, 1.0]))[:3]
            parts.append(band([p, p + np.array([0.01 * s, -0.05, -0.01]),
                               p + np.array([0.02 * s, -0.1 * r / 0.1, 0.0])], [0.02, 0.016, 0.004],
                              0.003, (1.0, 0.0, 0.0), tufts[(i + 1 + (s > 0)) % 3]))  # fmt: skip
    end = centres[-1]
    for k, c in enumerate(("card-red", "plume-tip")):
        pts = [end + np.array([0.05 * j, -0.06 * j + 0.03 * np.sin(j * 1.5 + k), 0.02 * k])
               for j in range(6)]  # fmt: skip
        parts.append(band(pts, [0.03, 0.03, 0.028, 0.024, 0.018, 0.006], 0.003, (0, 0, 1), c))
    string = [head + np.array([0.0, -0.05, -0.02]), np.array([-0.26, 0.5, 0.1]),
              np.array([-0.36, 0.2, 0.26]), np.array([-0.38, 0.12, 0.3])]  # fmt: skip
    parts.append(tube(string, 0.0025, None, "snow", shape=DIAMOND))
    return parts


# 947: a tomato pincushion


_TOMATO = [(0.0, 0.015), (0.14, 0.0), (0.26, 0.03), (0.32, 0.1), (0.32, 0.17), (0.27, 0.24),
           (0.16, 0.285), (0.05, 0.275), (0.0, 0.262)]  # fmt: skip
"""The pincushion's profile (radius, height)."""


def _on_tomato(a: float, f: float) -> tuple[np.ndarray, np.ndarray]:
    """The point on the tomato's upper skin at azimuth a (radians) a fraction f of the way
    from its top (0) down its side (1), and the skin's outward normal there."""
    prof = np.asarray(_TOMATO[3:][::-1])  # from the top down the side
    i = min(int(f * (len(prof) - 1)), len(prof) - 2)
    t = f * (len(prof) - 1) - i
    r, y = prof[i] + (prof[i + 1] - prof[i]) * t
    dr, dy = prof[i + 1] - prof[i]
    c, s = np.cos(a), np.sin(a)
    p = np.array([r * c, y, r * s])
    nrm = unit(np.array([-dy * c, dr, -dy * s]) * np.sign(-dy + 1e-9))
    return p, unit(nrm + np.array([0.0, 0.3, 0.0]))


def _strawberry(m: np.ndarray) -> list[Part]:
    """A little strawberry emery under ``m``, hanging tip down from 0: a plump cone of the red
    cloth sprinkled with seeds under a green star of sepals."""
    prof = [(0.0, -0.15), (0.025, -0.14), (0.055, -0.09), (0.06, -0.04), (0.045, -0.01),
            (0.0, 0.0)]  # fmt: skip
    parts = [lathe(prof, m, 0)]
    pts, nrm = [], []
    for k in range(22):
        a = k * 2.4
        y = -0.02 - 0.11 * ((k * 0.618) % 1.0)
        r = float(np.interp(-y, [0.0, 0.01, 0.04, 0.09, 0.14, 0.15],
                            [0.0, 0.045, 0.06, 0.055, 0.025, 0.0]))  # fmt: skip
        pts.append((m @ np.array([r * np.cos(a), y, r * np.sin(a), 1.0]))[:3])
        nrm.append(m[:3, :3] @ np.array([np.cos(a), 0.3, np.sin(a)]))
    parts.append(studs(pts, nrm, 0.005, 0.004, "seed", 5))
    parts.append(slab(star(5, 0.35), 0.008, m @ at(0, 0.002, 0) @ rot("x", -90) @ scl(0.055),
                      1))  # fmt: skip
    return parts


def _tomato_pincushion(rng: Rng) -> list[Part]:
    """A tomato pincushion: a squat red cloth tomato pulled in by grooves into plump segments,
    a green star of pointed felt leaves and a stalk on top, a crowd of pins with round coloured
    heads stuck in all over its top and shoulders, and a little strawberry emery hanging from
    the stalk on a thread down its side."""
    parts = [lathe(_TOMATO, None, 0, "body", shape=lobed(48, 8, 0.1))]
    for k in range(6):  # the leaf star
        a = 2 * np.pi * (k + 0.2) / 6
        pts = [_on_tomato(a, f)[0] + _on_tomato(a, f)[1] * 0.008 for f in (0.0, 0.2, 0.4, 0.55)]
        parts.append(band(pts, [0.06, 0.07, 0.045, 0.004], 0.01, (-np.sin(a), 0, np.cos(a)), 1))
    parts.append(cylinder(0.018, 0.014, 0.06, at(0, 0.27, 0) @ rot("z", 12), 1))  # the stalk
    heads = {c: [] for c in ("card-red", "plume", "cloth-yellow", "snow", "fruit-green",
                             "eraser", "marking")}  # fmt: skip
    names = list(heads)
    k = 0
    for ring, f, count in ((0, 0.25, 7), (1, 0.48, 10), (2, 0.72, 12)):
        for j in range(count):
            a = 2 * np.pi * (j + 0.5 * ring + rng.uniform(-0.25, 0.25)) / count
            p, nrm = _on_tomato(a, f + rng.uniform(-0.05, 0.05))
            d = unit(nrm + rng.normal(scale=0.2, size=3))
            tip = p + d * rng.uniform(0.07, 0.1)
            parts.append(stick(p - d * 0.02, tip, 0.003, "steel"))
            heads[names[k % len(names)]].append(tip + d * 0.01)
            k += 1
    for c, pts in heads.items():
        parts.append(_beads(pts, 0.016, c))
    hang = np.array([0.38, 0.2, 0.12])  # the strawberry on its thread
    parts.append(tube([(0.01, 0.33, 0.0), (0.15, 0.3, 0.05), (0.3, 0.27, 0.1), (0.37, 0.24, 0.12),
                       hang], 0.003, None, "cloth-dark", shape=DIAMOND))  # fmt: skip
    parts += _strawberry(at(*hang) @ rot("z", 6))
    return parts


# 948: a monkey wrench


def _jaw(reach: float, root: float, nose: float, up: int):
    """A wrench jaw's side outline along +x from the bar (x = 0): ``root`` thick at the bar,
    tapering to a rounded nose ``nose`` thick at ``reach``, its flat gripping face on y = 0
    and its back toward +y (``up`` 1) or -y (-1)."""
    pts = [(0.0, 0.0), (reach, 0.0), (reach + 0.01, up * nose * 0.5), (reach - 0.005, up * nose),
           (reach * 0.55, up * (nose + root) * 0.5), (0.0, up * root)]  # fmt: skip
    return sharp(pts if up > 0 else pts[::-1])


def _monkey_wrench(rng: Rng) -> list[Part]:
    """An old adjustable monkey wrench standing on the butt of its handle: a long turned wooden
    grip between iron ferrules, a straight iron bar rising from it to a fixed jaw at its head,
    a sliding jaw below facing it across a gap (both jaws square to the bar, reaching out to
    one side, tapering to rounded noses), a big knurled screw ring under the sliding jaw that
    sets it, and a hex nut gripped between the jaws."""
    grip = [(0.0, 0.0), (0.042, 0.0), (0.05, 0.03), (0.055, 0.22), (0.048, 0.4), (0.044, 0.43),
            (0.0, 0.43)]  # fmt: skip
    parts = [lathe(grip, at(0, 0.02, 0) @ scl(1.0, 1.0, 0.75), 1, "body")]
    parts.append(cylinder(0.046, 0.046, 0.025, None, 0))  # the butt cap
    parts.append(cylinder(0.05, 0.05, 0.05, at(0, 0.43, 0), 0))  # the ferrule
    parts.append(lathe(crisp([(0.0, 0.0), (0.058, 0.0), (0.058, 0.04), (0.0, 0.04)]),
                       at(0, 0.48, 0), 0, sides=6))  # the nut holding the bar # fmt: skip
    bw, bd = 0.046, 0.036
    top = 1.0
    parts.append(box(bw, top - 0.5, bd, at(0, 0.5, 0), 0))  # the bar
    gap = 0.12 + float(rng.uniform(-0.02, 0.02))
    head = top - 0.1  # the fixed jaw's face
    parts.append(slab(_jaw(0.2, 0.11, 0.07, 1), 0.07, at(bw / 2, head, 0), 0))
    parts.append(box(bw + 0.04, 0.11, 0.07, at(-0.01, head, 0), 0))  # the head over the bar
    slide = head - gap  # the sliding jaw's face
    parts.append(slab(_jaw(0.2, 0.1, 0.065, -1), 0.066, at(bw / 2, slide, 0), 0))
    parts.append(box(bw + 0.04, 0.15, 0.066, at(-0.01, slide - 0.15, 0), 0))  # its sleeve
    ring = at(0, slide - 0.25, 0)
    parts.append(lathe(crisp([(0.0, 0.0), (0.068, 0.0), (0.068, 0.065), (0.0, 0.065)]), ring, 0,
                       shape=lobed(48, 24, 0.1)))  # the knurled screw ring # fmt: skip
    for k in range(6):  # the screw's thread showing under it
        parts.append(torus(0.028, 0.006, at(0, slide - 0.27 - 0.016 * k, 0), 0))
    nut = at(bw / 2 + 0.09, slide + gap / 2, 0) @ ALONG_Z  # a hex nut held in the jaws
    big = gap / np.sqrt(3.0)
    parts.append(lathe(annulus(big * 0.5, big, 0.05), nut, "steel", sides=6, closed=True))
    return parts


# 949: a paint can


def _round(r: float, a: float, y: float) -> tuple[float, float, float]:
    """The point at height y on a round upright surface of radius r, a radians round from the
    front (+z) toward +x."""
    return (r * np.sin(a), y, r * np.cos(a))


def _paint_can(rng: Rng) -> list[Part]:
    """An opened tin of paint: a cylindrical metal can with rolled rims, a printed label band
    with a stripe of the paint's colour, full of paint to just under the rim, a thick drip
    run down over the label, a wire bail handle with a wooden grip dropped back, the lid off
    leaning against its side (paint on its underside), and a paintbrush laid across the top,
    its bristles wet with paint."""
    r, h = 0.3, 0.6
    wall = crisp([(0.0, 0.0), (r, 0.0), (r, h), (r - 0.012, h), (r - 0.012, h - 0.04),
                  (0.0, h - 0.04)])  # fmt: skip
    parts = [lathe(wall, None, 0, "body")]
    parts.append(cylinder(r - 0.012, r - 0.012, 0.02, at(0, h - 0.045, 0), 1))  # the paint
    parts.append(torus(r - 0.003, 0.012, at(0, h - 0.004, 0), 0))  # the rims
    parts.append(torus(r - 0.003, 0.012, at(0, 0.012, 0), 0))
    parts.append(cylinder(r + 0.004, r + 0.004, 0.36, at(0, 0.1, 0), "snow"))  # the label
    parts.append(cylinder(r + 0.007, r + 0.007, 0.1, at(0, 0.22, 0), 1))  # its colour stripe
    for k, (y, a0, a1) in enumerate(((0.39, -0.1, 1.3), (0.42, 0.1, 1.1), (0.15, 0.0, 0.8))):
        arc = [_round(r + 0.008, a, y) for a in np.linspace(a0, a1, 5)]
        parts.append(band(arc, 0.025 if k == 0 else 0.014, 0.003, (0, 1, 0), "marking"))
    a = np.radians(20 + float(rng.uniform(-6, 6)))  # the drip, down the front
    drip = [_round(r + 0.004, a, h + 0.01), _round(r + 0.012, a, h - 0.04),
            _round(r + 0.012, a, 0.38), _round(r + 0.014, a, 0.24)]  # fmt: skip
    parts.append(tube(drip, [0.02, 0.018, 0.017, 0.026], None, 1))
    spill = [_round(r - 0.003, b, h + 0.008) for b in np.linspace(a - 0.5, a + 0.4, 6)]
    parts.append(band(spill, 0.03, 0.012, (0, 1, 0), 1))  # paint spilt on the rim
    back = at(0, h - 0.1, 0) @ rot("x", -70)  # the bail, dropped back
    bail = [(np.cos(t) * (r + 0.02), np.sin(t) * (r + 0.02) * 0.9, 0.0)
            for t in np.linspace(0, np.pi, 9)]  # fmt: skip
    parts.append(tube(bail, 0.006, back, "steel", shape=HEXAGON))
    parts.append(cylinder(0.02, 0.02, 0.16, back @ at(-0.08, (r + 0.02) * 0.9, 0) @ ALONG_X,
                          "pencil-wood"))  # fmt: skip
    for sx in (-1, 1):  # the ears
        parts.append(box(0.02, 0.05, 0.05, at(sx * (r + 0.008), h - 0.125, 0), 0))
    phi, beta, rl = np.radians(118), np.radians(24), 0.3  # the lid leaning on its side
    o = np.array([np.cos(phi), 0.0, np.sin(phi)])
    u = -o * np.sin(beta) + _UP * np.cos(beta)
    tang = np.cross(o, _UP)
    nrm = unit(np.cross(u, tang))
    if nrm @ o < 0:
        nrm = -nrm
    d = r + 2 * rl * np.sin(beta) + 0.03
    centre = o * d + u * rl
    lid = at(*(centre - nrm * 0.012)) @ align(nrm)
    parts.append(cylinder(rl, rl, 0.02, lid, 0))
    parts.append(cylinder(rl - 0.05, rl - 0.05, 0.006, lid @ at(0, 0.02, 0), 1))
    parts.append(torus(rl - 0.025, 0.01, lid @ at(0, 0.02, 0), 0))
    yaw = 15 + float(rng.uniform(-6, 6))  # the brush across the top
    brush = at(0.0, h + 0.02, 0.02) @ rot("y", yaw)
    parts.append(box(0.15, 0.03, 0.13, brush @ at(-0.2, 0.0, 0), "cloth-dark"))
    parts.append(box(0.06, 0.03, 0.131, brush @ at(-0.27, 0.0, 0), 1))
    parts.append(box(0.07, 0.04, 0.135, brush @ at(-0.09, -0.005, 0), "steel"))
    parts.append(box(0.36, 0.03, 0.07, brush @ at(0.13, 0.005, 0), "pencil-wood"))
    parts.append(cylinder(0.035, 0.035, 0.03, brush @ at(0.31, 0.005, 0), "pencil-wood"))
    return parts


# 950: a champagne bottle


_CHAMPAGNE = [(0.0, 0.085), (0.05, 0.075), (0.11, 0.025), (0.135, 0.0), (0.149, 0.012),
              (0.152, 0.05), (0.152, 0.5), (0.146, 0.56), (0.126, 0.63), (0.097, 0.7),
              (0.07, 0.76), (0.055, 0.81), (0.051, 0.86), (0.057, 0.875), (0.057, 0.895),
              (0.047, 0.9), (0.0, 0.9)]  # fmt: skip
"""A champagne bottle's glass (radius, height): the punt pushed up inside its foot, the body,
the long sloping shoulders, the neck and the collar at its lip."""


def _champagne_bottle(rng: Rng) -> list[Part]:
    """A champagne bottle: tall dark green glass with a deep punt in its thick foot, long
    sloping shoulders into a narrow neck, the neck and the mushroomed cork sealed in gold foil
    under a wire cage (four legs down from a round cap to a ring round the collar, its twisted
    loop hanging), a cream label with a gold crest and dark lettering on the body."""
    parts = [lathe(_CHAMPAGNE, None, 0, "body")]
    dark = [(0.0, 0.1), (0.11, 0.04), (0.138, 0.06), (0.138, 0.5), (0.13, 0.56), (0.11, 0.63),
            (0.08, 0.7), (0.0, 0.72)]  # fmt: skip
    parts.append(lathe(dark, None, "chalkboard"))  # the dark green of the glass, seen within
    foil = [(0.1, 0.695), (0.075, 0.75), (0.059, 0.8), (0.055, 0.86), (0.061, 0.875),
            (0.061, 0.905), (0.056, 0.92), (0.057, 0.955), (0.045, 0.985),
            (0.0, 0.995)]  # fmt: skip
    parts.append(lathe(foil, None, 1))
    parts.append(torus(0.1, 0.004, at(0, 0.695, 0), 1))  # the foil's lower edge
    parts.append(hoop(0.064, 0.003, at(0, 0.895, 0), "steel", 20, 4))  # the cage
    for k in range(4):
        a = np.pi / 4 + k * np.pi / 2
        rise = ((0.064, 0.895), (0.06, 0.92), (0.06, 0.955), (0.046, 0.988), (0.02, 0.998))
        leg = [_round(rr, a, y) for rr, y in rise]
        parts.append(tube(leg, 0.0028, None, "steel", shape=HEXAGON))
    parts.append(cylinder(0.028, 0.028, 0.006, at(0, 0.995, 0), "plume-tip"))  # the cap
    loop = at(0.0, 0.895, 0.066) @ rot("x", 90) @ rot("z", float(rng.uniform(-15, 15)))
    parts.append(hoop(0.012, 0.0025, loop @ at(0, 0, -0.016) @ scl(0.8, 1.0, 1.3), "steel",
                      12, 3))  # fmt: skip

    def arc(y: float, a0: float, a1: float, rr: float = 0.156) -> list[tuple]:
        return [_round(rr, a, y) for a in np.linspace(a0, a1, 7)]

    f = 0.6  # the label faces a little to the right
    parts.append(band(arc(0.3, f - 0.95, f + 0.95), 0.22, 0.004, (0, 1, 0), "pages"))
    parts.append(band(arc(0.39, f - 0.9, f + 0.9, 0.158), 0.012, 0.003, (0, 1, 0), 1))
    parts.append(band(arc(0.21, f - 0.9, f + 0.9, 0.158), 0.012, 0.003, (0, 1, 0), 1))
    parts.append(band(arc(0.33, f - 0.45, f + 0.45, 0.159), 0.035, 0.003, (0, 1, 0), "marking"))
    parts.append(band(arc(0.275, f - 0.3, f + 0.3, 0.159), 0.014, 0.003, (0, 1, 0), "marking"))
    parts.append(band(arc(0.245, f - 0.38, f + 0.38, 0.159), 0.01, 0.003, (0, 1, 0), "marking"))
    return parts


MORE_APPLIANCES_ZZQ = {
    943: _plum_blossom_tree, 944: _red_envelope, 945: _tea_whisk, 946: _dragon_kite,
    947: _tomato_pincushion, 948: _monkey_wrench, 949: _paint_can, 950: _champagne_bottle,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
