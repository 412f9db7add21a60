"""More of the device family's appliances, from 1201: a roast chicken on a platter, a round hay
bale, a road train, a Brahman bull, a basset hound, a coiled python, a pansy and a nest of
hungry chicks.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, mesh_part, rot, scl, v3
from ._kit import (
    ALONG_X,
    blocks,
    colour_patch,
    ellipse,
    lines,
    loft,
    rope,
    solid,
    strand_faces,
    studs,
)
from ._primitives import box, cylinder, lathe, slab, sphere, tube
from ._sdf import ellipsoid
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZY"]

Rng = np.random.Generator


# Many small things as one part: strands (straws, twigs, needles) and lumps (blotches, tufts)


def _strands(paths, r: float, slot, tag: str = "") -> Part:
    """Many thin strands (straws, twigs, tufts of down) as one part: a four-sided tube of radius
    r along each polyline of ``paths`` (each an array of 3D points), its ends capped; a few
    fixed triangles each."""
    groups: dict[int, list] = {}
    for path in paths:
        p = np.asarray(path, float)
        groups.setdefault(len(p), []).append(p)
    verts, faces = [], []
    base = 0
    for n, group in groups.items():
        p = np.stack(group)  # (m, n, 3)
        t = np.gradient(p, axis=1)
        t /= np.maximum(np.linalg.norm(t, axis=2, keepdims=True), 1e-12)
        steep = np.abs(t[:, :1, 1:2]) > 0.9
        ref = np.where(steep, [[[1.0, 0.0, 0.0]]], [[[0.0, 1.0, 0.0]]])
        u = np.cross(t, ref)
        u /= np.maximum(np.linalg.norm(u, axis=2, keepdims=True), 1e-12)
        v = np.cross(t, u)
        ring = np.stack([u, v, -u, -v], 2) * r  # (m, n, 4, 3)
        verts.append((p[:, :, None, :] + ring).reshape(-1, 3))
        f = strand_faces(n)
        faces.append((f[None] + base + 4 * n * np.arange(len(p))[:, None, None]).reshape(-1, 3))
        base += 4 * n * len(p)
    return mesh_part(np.concatenate(verts), np.concatenate(faces), slot, tag)


def _lump_mesh() -> tuple[np.ndarray, np.ndarray]:
    """A low unit sphere: 8 sides, 4 rings between its poles (64 triangles)."""
    a = np.arange(8) * (2 * np.pi / 8)
    lat = np.linspace(-np.pi / 2, np.pi / 2, 6)[1:-1]
    ring = np.stack([np.cos(lat)[:, None] * np.cos(a), np.sin(lat)[:, None] + 0 * a,
                     np.cos(lat)[:, None] * np.sin(a)], -1).reshape(-1, 3)  # fmt: skip
    v = np.concatenate([[(0.0, -1.0, 0.0)], ring, [(0.0, 1.0, 0.0)]])
    f = [(0, 1 + (k + 1) % 8, 1 + k) for k in range(8)]
    for r in range(3):
        for k in range(8):
            a0, a1 = 1 + 8 * r + k, 1 + 8 * r + (k + 1) % 8
            f += [(a0, a1, a1 + 8), (a0, a1 + 8, a0 + 8)]
    f += [(33, 25 + k, 25 + (k + 1) % 8) for k in range(8)]
    return v, np.array(f)


def _lumps(frames, slot, tag: str = "") -> Part:
    """Many small smooth lumps (blotches, potatoes, tufts) as one part: a low ellipsoid under
    each 4 x 4 frame of ``frames`` (its columns the semi-axes, right-handed)."""
    v0, f0 = _lump_mesh()
    vs, fs = [], []
    for k, m in enumerate(frames):
        vs.append(v0 @ m[:3, :3].T + m[:3, 3])
        fs.append(f0 + k * len(v0))
    return mesh_part(np.concatenate(vs), np.concatenate(fs), slot, tag)


def _frame(c, d, up, size) -> np.ndarray:
    """A lump's frame at c: its first axis along d, its second toward ``up`` (kept square to
    d), semi-axes ``size``."""
    x = np.asarray(d, float) / np.linalg.norm(d)
    y = np.asarray(up, float) - x * np.dot(up, x)
    y /= np.linalg.norm(y)
    z = np.cross(x, y)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = x * size[0], y * size[1], z * size[2], c
    return m


# 1201 roast chicken


def _chicken_shapes(y0: float) -> list:
    """A roast chicken's body lying on its back along x (its neck end at +x) on y0: the carcass,
    the breast rounded up in two halves, plump thighs, drumsticks rising from them toward the
    tail end, small wings folded under, the parson's nose and the neck's flap of skin."""
    shapes = [ellipsoid((0.0, y0 + 0.15, 0.0), (0.3, 0.15, 0.22))]
    for s in (-1, 1):
        shapes.append(ellipsoid((0.05, y0 + 0.23, s * 0.075), (0.25, 0.14, 0.12), None, 0.05))
        thigh = rot("y", s * 25)
        shapes.append(ellipsoid((-0.13, y0 + 0.19, s * 0.16), (0.16, 0.12, 0.11), thigh, 0.05))
        leg = [(-0.16, y0 + 0.25, s * 0.17), (-0.27, y0 + 0.37, s * 0.13),
               (-0.33, y0 + 0.47, s * 0.08)]  # fmt: skip
        shapes += rope(leg, [0.095, 0.07, 0.032], 0.04, 0.02)
        wing = [(0.2, y0 + 0.16, s * 0.19), (0.1, y0 + 0.09, s * 0.23), (0.22, y0 + 0.05, s * 0.21)]
        shapes += rope(wing, [0.045, 0.04, 0.028], 0.03, 0.015)
    shapes.append(ellipsoid((-0.3, y0 + 0.13, 0.0), (0.06, 0.05, 0.06), None, 0.03))
    shapes.append(ellipsoid((0.29, y0 + 0.15, 0.0), (0.05, 0.08, 0.1), None, 0.03))
    return shapes


def _garnish(rng: Rng, y0: float) -> list[Part]:
    """Round a roast on a platter (its well at y0): golden roast potatoes (first material),
    cherry tomatoes, and sprigs of rosemary."""
    parts = []
    spots = rng.permutation(10)
    frames, herbs = [], []
    for k in range(10):
        a = 2 * np.pi * (k + 0.5) / 10 + float(rng.uniform(-0.1, 0.1))
        c = np.array([0.47 * np.cos(a), y0 + 0.035, 0.3 * np.sin(a)])
        if spots[k] < 5:  # a potato
            size = (0.06, 0.04, 0.045) * rng.uniform(0.85, 1.15, 3)
            frames.append(_frame(c, (np.cos(a + 1.2), 0.1, np.sin(a + 1.2)), (0, 1, 0), size))
        elif spots[k] < 8:  # a cherry tomato
            parts.append(sphere(0.034, at(*c) @ scl(1.0, 0.9, 1.0), "fruit-red"))
            parts.append(cylinder(0.012, 0.0, 0.012, at(*(c + v3(0, 0.028, 0))), "vine"))
        else:  # a sprig of curly parsley
            for _ in range(6):
                q = c + v3(*rng.uniform(-0.035, 0.035, 3)) * (1, 0.4, 1)
                herbs.append(_frame(q, rng.normal(0, 1, 3), (0, 1, 0), (0.024, 0.018, 0.022)))
    parts.append(_lumps(frames, 0))
    parts.append(_lumps(herbs, "vine"))
    return parts


def _roast_chicken(rng: Rng) -> list[Part]:
    """A roast chicken on an oval platter: a plucked golden-brown bird lying on its back, its
    plump breast rounded up in two halves either side of the breastbone, two thick drumsticks
    sticking up from its hips with bare white knuckles of bone at their ends, small wings folded
    under at its sides, no head or neck (only a tucked flap of skin at the neck end); roast
    potatoes, cherry tomatoes and sprigs of rosemary round it on the platter (second
    material)."""
    y0 = 0.03
    parts = [solid(_chicken_shapes(y0), 0.02, 0, "body")]
    for s in (-1, 1):  # the bare bone ends of the drumsticks
        e = np.array([-0.33, y0 + 0.47, s * 0.08])
        d = e - np.array([-0.27, y0 + 0.37, s * 0.13])
        d /= np.linalg.norm(d)
        parts.append(stick(tuple(e - d * 0.01), tuple(e + d * 0.06), 0.016, "tooth"))
        side = np.cross(d, (0.0, 1.0, 0.0))
        side /= np.linalg.norm(side)
        for k in (-1, 1):
            parts.append(sphere(0.021, at(*(e + d * 0.065 + side * k * 0.013)), "tooth"))
    rim = [(0.0, 0.0), (0.38, 0.0), (0.43, 0.018), (0.6, 0.06), (0.62, 0.075), (0.6, 0.082),
           (0.44, 0.04), (0.0, 0.03)]  # fmt: skip
    parts.append(lathe(rim, scl(1.0, 1.0, 0.7), 1, sides=40))  # the platter
    parts += _garnish(rng, y0)
    turn = rot("y", 95 + float(rng.uniform(-5, 5)))
    return [p.moved(turn) for p in parts]


# 1202 round hay bale


def _hay_bale(rng: Rng) -> list[Part]:
    """A big round bale of hay lying on its side, its axis left to right: a fat cylinder of
    rolled hay with slightly domed round ends, the spiral of its rolled layers showing on each
    end, its round face bulging a little and rough with ridges of hay wound round it, loose
    straws sticking out all over it and a few fallen on the ground."""
    R, L, dome, sy = 0.6, 1.36, 0.07, 0.97
    end = [(0.0, 0.0), (0.25, 0.013), (0.42, 0.03), (0.53, 0.048), (0.59, dome)]
    side = []
    for k in range(1, 14):
        h = dome + L * k / 14
        side.append((R * (1.0 + 0.012 * np.sin(np.pi * k / 14)) - 0.008 * (k % 2), h))
    tail = [(r, L + 2 * dome - h) for r, h in reversed(end)]
    prof = end + side + tail
    sides = 40
    t = np.arange(sides) * (2 * np.pi / sides)
    jag = 1.0 + rng.uniform(-0.012, 0.012, sides)
    shape = np.stack([jag * np.cos(t), jag * np.sin(t)], 1)
    roll = at(-(L / 2 + dome), R * sy, 0) @ scl(1.0, sy, 1.0) @ ALONG_X
    parts = [lathe(prof, roll, 0, "body", shape=shape)]
    for s in (-1, 1):  # the rolled layers' spiral on each end, its groove darker
        for k, (slot, r) in enumerate(((0, 0.016), (1, 0.009))):
            n = 100
            f = np.linspace(0.0, 1.0, n)
            rr = 0.05 + 0.5 * f
            a = 2 * np.pi * 6.0 * f + np.pi * k + (np.pi if s < 0 else 0.0)
            x = s * (L / 2 + dome * (1 - (rr / R) ** 2) + 0.004 - 0.006 * k)
            pts = np.stack([x, R * sy + sy * rr * np.sin(a), s * rr * np.cos(a)], 1)
            parts.append(_strands([pts], r, slot))
        parts.append(sphere(1.0, at(s * (L / 2 + dome), R * sy, 0) @ scl(0.02, 0.045, 0.045), 1))
    straws = []
    for _ in range(110):  # loose straws lying round the bale
        a = rng.uniform(-0.65, 0.65) * np.pi
        x = rng.uniform(-L / 2, L / 2)
        n0 = np.array([0.0, np.cos(a), np.sin(a)])
        tan = np.array([rng.uniform(-0.5, 0.5), -np.sin(a), np.cos(a)])
        ln = rng.uniform(0.1, 0.22)
        p0 = np.array([x, R * sy, 0.0]) + n0 * (R - 0.004) * np.array([1.0, sy, 1.0])
        straws.append([p0, p0 + tan * ln * 0.5 + n0 * 0.01, p0 + tan * ln + n0 * 0.04])
    for _ in range(30):  # sticking out of the ends
        a = rng.uniform(0, 2 * np.pi)
        s = rng.choice([-1.0, 1.0])
        rr = rng.uniform(0.1, 0.55)
        p0 = np.array([s * (L / 2 + dome * (1 - (rr / R) ** 2)), R * sy + rr * np.sin(a),
                       rr * np.cos(a)])  # fmt: skip
        d = np.array([s * 0.6, np.cos(a) * rng.uniform(-1, 1), -np.sin(a) * rng.uniform(-1, 1)])
        straws.append([p0 - d * 0.03, p0 + d * rng.uniform(0.05, 0.12)])
    for _ in range(26):  # fallen on the ground
        c = np.array([rng.uniform(-0.8, 0.8), 0.004, rng.uniform(0.3, 0.55)])
        d = np.array([rng.uniform(-1, 1), 0.0, rng.uniform(-1, 1)]) * 0.08
        straws.append([c - d, c + d])
    straws = [np.maximum(np.asarray(p, float), (-9.0, 0.004, -9.0)) for p in straws]
    parts.append(_strands(straws, 0.0045, 0))
    return [p.moved(rot("y", -12)) for p in parts]


# 1203 road train


def _tyres(xs, r: float, w: float) -> Part:
    """The dark tyres of the axles at xs, each one drum across a vehicle w wide (its ends the
    outer walls of the dual wheels), all one part."""
    n = 14
    t = np.arange(n) * (2 * np.pi / n)
    ring = np.stack([r * np.cos(t), r * (1.0 + np.sin(t))], 1)
    i = np.arange(n)
    j = (i + 1) % n
    fan = np.arange(1, n - 1)
    f = np.concatenate([np.stack([i, j, n + j], 1), np.stack([i, n + j, n + i], 1),
                        np.stack([0 * fan, fan + 1, fan], 1),
                        np.stack([0 * fan + n, n + fan, n + fan + 1], 1)])  # fmt: skip
    vs, fs = [], []
    for k, x in enumerate(xs):
        for z in (-w / 2, w / 2):
            vs.append(np.c_[ring[:, 0] + x, ring[:, 1], np.full(n, z)])
        fs.append(f + 2 * n * k)
    return mesh_part(np.concatenate(vs), np.concatenate(fs), "marking")


def _hubs(xs, r: float, w: float) -> Part:
    """The steel hubs of the axles at xs, on both sides of a vehicle w wide."""
    pts = [(x, r, s * w / 2) for x in xs for s in (-1, 1)]
    nrm = [(0.0, 0.0, s) for _ in xs for s in (-1, 1)]
    return studs(pts, nrm, r * 0.55, 0.012, "steel", 10)


def _bull_bar(x: float, w: float) -> list[Part]:
    """A big steel bull bar across a truck's nose at x: a heavy bumper, a row of upright tubes
    up to a top rail as high as the bonnet, and a middle rail."""
    parts = [box(0.05, 0.07, w + 0.04, at(x, 0.06, 0), "steel")]
    top = 0.35
    h = w / 2
    rail = [(x - 0.06, top - 0.02, -h), (x - 0.01, top, 0.03 - h), (x, top, 0.0),
            (x - 0.01, top, h - 0.03), (x - 0.06, top - 0.02, h)]  # fmt: skip
    parts.append(tube(rail, 0.011, None, "steel"))
    parts.append(stick((x, 0.24, -w / 2), (x, 0.24, w / 2), 0.009, "steel"))
    for z in np.linspace(-w / 2 + 0.03, w / 2 - 0.03, 7):
        parts.append(stick((x, 0.12, z), (x, top, z), 0.01, "steel"))
    for s in (-1, 1):
        parts.append(stick((x, 0.12, s * w / 2), (x - 0.06, top - 0.02, s * w / 2), 0.011, "steel"))
    return parts


def _prime_mover(w: float, r: float) -> list[Part]:
    """A bonneted prime mover with its nose at +x: a long bonnet with a tall chrome grille and
    headlamps behind a big bull bar, air cleaners beside the windscreen, a square cab with a
    sun visor and big mirrors, a sleeper behind it, two tall chrome exhaust stacks, chrome fuel
    tanks, a steer axle and two drive axles under the fifth wheel."""
    parts = [box(0.24, 0.36, w, at(1.18, 0.14, 0), 0, "body")]  # the cab
    parts.append(box(1.0, 0.06, w - 0.12, at(1.2, 0.07, 0), "marking"))  # the chassis rails
    bonnet = [(1.3, 0.14), (1.66, 0.14), (1.68, 0.17), (1.68, 0.33), (1.64, 0.355), (1.3, 0.37)]
    parts.append(slab(sharp(bonnet), w - 0.06, None, 0))
    parts.append(box(0.012, 0.17, 0.16, at(1.686, 0.15, 0), "steel"))  # the grille
    parts.append(lines(at(1.693, 0, 0) @ rot("y", 90), [(-0.07, 0.07, 0.17 + 0.025 * k)
                                                        for k in range(6)], 0.01))  # fmt: skip
    for s in (-1, 1):
        parts.append(cylinder(0.025, 0.025, 0.01, at(1.683, 0.28, s * 0.11) @ ALONG_X, "glow"))
        guard = [(1.42, 0.13, s * (w / 2 - 0.01)), (1.47, 0.18, s * (w / 2 + 0.01)),
                 (1.57, 0.18, s * (w / 2 + 0.01)), (1.62, 0.13, s * (w / 2 - 0.01))]  # fmt: skip
        parts.append(tube(guard, 0.04, None, 0, shape=ellipse(0.5, 1.0, 8)))
        parts.append(cylinder(0.035, 0.035, 0.16, at(1.32, 0.2, s * (w / 2 + 0.01)), "steel"))
        parts.append(cylinder(0.038, 0.03, 0.02, at(1.32, 0.36, s * (w / 2 + 0.01)), "steel"))
    parts.append(box(0.16, 0.4, w, at(0.99, 0.14, 0), 0))  # the sleeper
    parts.append(box(0.012, 0.11, w - 0.05, at(1.3, 0.37, 0), "window"))  # the windscreen
    parts.append(box(0.016, 0.11, 0.012, at(1.3, 0.37, 0), 0))
    parts.append(box(0.06, 0.015, w + 0.01, at(1.31, 0.49, 0) @ rot("z", -8), 0))  # the visor
    parts.append(box(0.012, 0.05, w - 0.08, at(1.27, 0.505, 0), "cloth-yellow"))  # the sign
    rows = [(-0.1, -0.02, 0.025), (0.02, 0.1, 0.025)]
    parts.append(lines(at(1.277, 0.505, 0) @ rot("y", 90), rows, 0.022))
    for s in (-1, 1):
        z = s * w / 2
        parts.append(box(0.09, 0.1, 0.006, at(1.245, 0.37, z), "window"))  # side window
        parts.append(box(0.004, 0.2, 0.004, at(1.19, 0.16, z + s * 0.001), "marking"))  # door
        parts.append(box(0.012, 0.09, 0.035, at(1.35, 0.33, z + s * 0.08), "marking"))  # mirror
        parts.append(stick((1.3, 0.4, z), (1.35, 0.38, z + s * 0.07), 0.005, "steel"))
        parts.append(stick((1.3, 0.3, z), (1.35, 0.34, z + s * 0.07), 0.005, "steel"))
        sx, sz = 1.06, s * (w / 2 + 0.025)  # an exhaust stack
        parts.append(cylinder(0.018, 0.018, 0.6, at(sx, 0.12, sz), "steel"))
        parts.append(cylinder(0.025, 0.025, 0.2, at(sx, 0.28, sz), "steel"))
        parts.append(cylinder(0.02, 0.015, 0.04, at(sx, 0.72, sz) @ rot("z", -25), "marking"))
        parts.append(cylinder(0.045, 0.045, 0.24, at(1.03, 0.09, s * (w / 2 - 0.03)) @ ALONG_X,
                              "steel"))  # a fuel tank # fmt: skip
        parts.append(box(0.05, 0.01, 0.04, at(1.2, 0.09, s * (w / 2 - 0.005)), "steel"))  # step
        parts.append(box(0.012, 0.09, 0.07, at(0.7, 0.03, s * (w / 2 - 0.045)), "marking"))
    parts.append(box(0.2, 0.03, w - 0.08, at(0.8, 0.13, 0), "marking"))  # the fifth wheel
    parts += _bull_bar(1.71, w)
    parts.append(_tyres((1.52, 0.92, 0.78), r, w - 0.02))
    parts.append(_hubs((1.52, 0.92, 0.78), r, w - 0.02))
    return parts


def _trailer(xf: float, length: float, w: float, r: float, dolly: bool) -> list[Part]:
    """A long box trailer with its front at xf: a ribbed box body on a dark chassis, corner
    posts and rails in the second material, tail lamps, a tri-axle bogie at its rear with mud
    flaps, and (``dolly``) a converter dolly of two axles under its front."""
    xr = xf - length
    mid = (xf + xr) / 2
    deck, h = 0.18, 0.42
    parts = [box(length, h, w, at(mid, deck, 0), 0)]
    parts.append(box(length - 0.06, 0.05, w - 0.1, at(mid, deck - 0.05, 0), "marking"))
    zs = (-(w / 2 + 0.004), w / 2 + 0.004)
    ribs = [(x, deck + 0.03, z) for z in zs for x in np.arange(xr + 0.06, xf - 0.03, 0.07)]
    parts.append(blocks(ribs, (0.012, h - 0.06, 0.008), None, 0))
    parts.append(blocks([(mid, deck, z) for z in zs], (length, 0.03, 0.012), None, 1))  # rails
    parts.append(blocks([(mid, deck + h - 0.02, z) for z in zs], (length, 0.02, 0.012), None, 1))
    posts = [(x, deck, z) for x in (xf - 0.01, xr + 0.01) for z in zs]
    parts.append(blocks(posts, (0.02, h, 0.014), None, 1))
    zs = (-(w / 2 - 0.04), w / 2 - 0.04)
    parts.append(blocks([(xr - 0.003, deck + 0.02, z) for z in zs], (0.006, 0.02, 0.03), None,
                        "card-red"))  # the tail lamps # fmt: skip
    parts.append(blocks([(xr + 0.04, 0.02, z) for z in zs], (0.012, 0.08, 0.07), None, "marking"))
    axles = [xr + 0.09, xr + 0.22, xr + 0.35]
    if dolly:
        axles += [xf - 0.09, xf - 0.22]
        parts.append(box(0.3, 0.04, w - 0.14, at(xf - 0.15, 0.12, 0), "marking"))
        parts.append(box(0.14, 0.025, 0.03, at(xf + 0.05, 0.1, 0), "marking"))  # the drawbar
    parts.append(_tyres(axles, r, w - 0.02))
    parts.append(_hubs(axles, r, w - 0.02))
    return parts


def _road_train(rng: Rng) -> list[Part]:
    """An Australian road train, side on with its nose toward +x: a long-nosed bonneted prime
    mover with a big steel bull bar, a tall chrome grille, chrome air cleaners, a square cab
    and sleeper, a yellow ROAD TRAIN sign over the windscreen and two tall chrome exhaust stacks
    behind the cab, pulling three long ribbed box trailers in a row, each on a tri-axle bogie
    at its rear, the second and third on converter dollies; many dark dual wheels."""
    w, r, length = 0.34, 0.06, 1.15
    parts = _prime_mover(w, r)
    for k in range(3):
        xf = 0.93 - k * (length + 0.1)
        parts += _trailer(xf, length, w, r, k > 0)
    yaw = float(rng.uniform(-2, 2))
    return [p.moved(at(0.15, 0, 0) @ rot("y", yaw)) for p in parts]


# 1204 Brahman bull


def _brahman_shapes() -> list:
    """A Brahman bull's body along +x: a long barrel, a big fleshy hump leaning back over the
    shoulders, a deep dewlap of loose skin hanging from the throat to the brisket, a sheath
    under the belly, a long face sloping down to the muzzle, long straight legs, a thin tail."""
    shapes = [ellipsoid((-0.05, 0.7, 0.0), (0.5, 0.22, 0.2))]  # the barrel
    shapes.append(ellipsoid((0.28, 0.68, 0.0), (0.2, 0.24, 0.18), None, 0.08))  # the chest
    shapes.append(ellipsoid((-0.38, 0.73, 0.0), (0.18, 0.18, 0.17), None, 0.08))  # the rump
    shapes.append(ellipsoid((0.22, 0.93, 0.0), (0.13, 0.14, 0.09), rot("z", 20), 0.07))  # hump
    shapes += rope([(0.4, 0.78, 0.0), (0.57, 0.82, 0.0)], [0.12, 0.085], 0.06)  # the neck
    shapes.append(ellipsoid((0.62, 0.84, 0.0), (0.08, 0.075, 0.07), None, 0.04))  # the poll
    shapes += rope([(0.63, 0.82, 0.0), (0.74, 0.67, 0.0)], [0.065, 0.05], 0.04)  # the face
    shapes.append(ellipsoid((0.75, 0.65, 0.0), (0.045, 0.045, 0.05), None, 0.02))  # muzzle
    shapes.append(ellipsoid((0.46, 0.55, 0.0), (0.26, 0.13, 0.032), rot("z", 48), 0.04))  # dewlap
    shapes.append(ellipsoid((0.33, 0.42, 0.0), (0.09, 0.08, 0.032), rot("z", 20), 0.04))
    shapes.append(ellipsoid((0.02, 0.48, 0.0), (0.07, 0.06, 0.035), rot("z", 25), 0.04))  # sheath
    for x, z in _BRAHMAN_FEET[:2]:
        fore = [(x - 0.02, 0.64, z * 0.9), (x, 0.4, z), (x + 0.01, 0.3, z), (x, 0.05, z)]
        shapes += rope(fore, [0.1, 0.06, 0.045, 0.038], 0.05, 0.02)
    for x, z in _BRAHMAN_FEET[2:]:
        hind = [(x + 0.04, 0.68, z * 0.9), (x, 0.4, z), (x - 0.03, 0.26, z), (x, 0.05, z)]
        shapes += rope(hind, [0.13, 0.065, 0.045, 0.038], 0.05, 0.02)
    tail = [(-0.54, 0.8, 0.0), (-0.58, 0.62, 0.0), (-0.59, 0.38, 0.01)]
    shapes += rope(tail, [0.025, 0.016, 0.013], 0.03)
    return shapes


_BRAHMAN_FEET = ((0.3, 0.1), (0.28, -0.1), (-0.4, 0.1), (-0.42, -0.1))
"""Where a Brahman bull's feet stand (x, z): forelegs, then hind legs."""


def _brahman_bull(rng: Rng) -> list[Part]:
    """A Brahman bull (a zebu) standing, head toward +x turned a little to the viewer: a big
    long-legged beast with a huge fleshy hump over its shoulders, a deep dewlap of loose skin
    hanging in folds from its throat to its brisket, long broad ears drooping down beside its
    long face, short thick horns curving up, a dark muzzle, dark hooves, a thin tail ending in
    a dark switch."""
    shapes = _brahman_shapes()
    parts = [solid(shapes, 0.03, 0, "body")]
    for x, z in _BRAHMAN_FEET:
        parts.append(cylinder(0.042, 0.036, 0.05, at(x, 0.0, z), "marking"))  # hooves
    parts.append(sphere(1.0, at(0.79, 0.64, 0.0) @ scl(0.035, 0.04, 0.052), "marking"))
    for s in (-1, 1):
        ear = at(0.6, 0.83, s * 0.08) @ rot("x", -s * 16) @ rot("z", 12)
        parts.append(sphere(1.0, ear @ at(0, -0.1, 0) @ scl(0.04, 0.11, 0.014), 0))
        root = np.array([0.6, 0.89, s * 0.05])
        horn = [root, root + v3(-0.01, 0.04, s * 0.05), root + v3(-0.02, 0.1, s * 0.06)]
        parts.append(tube(horn, [0.024, 0.018, 0.005], None, 1))
        eye = at(0.67, 0.82, s * 0.06)
        parts.append(sphere(1.0, eye @ scl(0.014, 0.01, 0.01), "pupil"))
    switch = [[(-0.59, 0.4, 0.0), (-0.6 + dx, 0.28, dz)]
              for dx, dz in rng.uniform(-0.025, 0.025, (9, 2))]  # fmt: skip
    parts.append(_strands(switch, 0.008, "marking"))
    turn = rot("y", 2 + float(rng.uniform(-4, 4)))
    return [p.moved(turn) for p in parts]


# 1205 basset hound


def _basset_shapes() -> list:
    """A basset hound's body along +x: a long barrel slung low, a deep chest almost to the
    ground, a loose dewlap, a long head with a domed skull, a long muzzle with hanging jowls,
    short crooked forelegs on big paws, short hind legs, a long tail curving up."""
    shapes = [ellipsoid((-0.02, 0.27, 0.0), (0.36, 0.12, 0.125))]
    shapes.append(ellipsoid((0.21, 0.22, 0.0), (0.16, 0.16, 0.13), None, 0.08))  # chest
    shapes.append(ellipsoid((-0.28, 0.28, 0.0), (0.12, 0.12, 0.12), None, 0.06))  # haunches
    shapes += rope([(0.28, 0.32, 0.0), (0.41, 0.4, 0.0)], [0.1, 0.08], 0.06)  # the neck
    shapes.append(ellipsoid((0.37, 0.29, 0.0), (0.08, 0.07, 0.06), None, 0.05))  # dewlap
    shapes.append(ellipsoid((0.45, 0.44, 0.0), (0.1, 0.07, 0.068), rot("z", -10), 0.04))
    shapes += rope([(0.5, 0.43, 0.0), (0.64, 0.39, 0.0)], [0.06, 0.048], 0.04)  # the muzzle
    for s in (-1, 1):
        shapes.append(ellipsoid((0.58, 0.345, s * 0.036), (0.07, 0.058, 0.03), None, 0.02))
        fore = [(0.22, 0.2, s * 0.08), (0.25, 0.1, s * 0.065), (0.27, 0.04, s * 0.08)]
        shapes += rope(fore, [0.058, 0.042, 0.04], 0.05, 0.02)
        shapes.append(ellipsoid((0.3, 0.025, s * 0.085), (0.06, 0.027, 0.042), None, 0.02))
        hind = [(-0.29, 0.24, s * 0.085), (-0.25, 0.12, s * 0.085), (-0.29, 0.04, s * 0.085)]
        shapes += rope(hind, [0.075, 0.045, 0.04], 0.05, 0.02)
        shapes.append(ellipsoid((-0.27, 0.025, s * 0.085), (0.055, 0.027, 0.04), None, 0.02))
    tail = [(-0.36, 0.33, 0.0), (-0.45, 0.42, 0.0), (-0.49, 0.54, 0.0), (-0.48, 0.63, 0.0)]
    shapes += rope(tail, [0.035, 0.027, 0.02, 0.012], 0.03, 0.01)
    return shapes


def _basset_hound(rng: Rng) -> list[Part]:
    """A basset hound standing, head toward +x turned a little to the viewer: a long heavy dog
    slung low on very short crooked legs with big paws, a deep chest near the ground, a long
    head with a long muzzle, droopy jowls and a black nose, very long soft ears hanging down
    past its jaw nearly to the ground, a dark saddle over its back (second material), a long
    tail held up with a white tip."""
    shapes = _basset_shapes()
    parts = [solid(shapes, 0.022, 0, "body")]
    parts.append(colour_patch(shapes, (-0.06, 0.42, 0.0), (0.33, 0.13, 0.3), 1, g=0.005,
                              cell=0.03))  # fmt: skip
    parts.append(colour_patch(shapes, (-0.48, 0.66, 0.0), (0.05, 0.06, 0.06), "snow", cell=0.03))
    parts.append(sphere(1.0, at(0.675, 0.395, 0.0) @ scl(0.022, 0.025, 0.032), "marking"))
    for s in (-1, 1):
        ear = at(0.45, 0.45, s * 0.075) @ rot("x", -s * 9) @ rot("z", 8)
        parts.append(sphere(1.0, ear @ at(0, -0.185, 0) @ scl(0.075, 0.2, 0.02), 0))
        parts.append(sphere(1.0, at(0.52, 0.465, s * 0.045) @ scl(0.014, 0.01, 0.012), "pupil"))
    turn = rot("y", 2 + float(rng.uniform(-4, 4)))
    return [p.moved(turn) for p in parts]


# 1206 python


def _python_path(rng: Rng) -> tuple[np.ndarray, np.ndarray]:
    """A python's spine coiled in three stacked loops, each smaller and higher than the last,
    from its tail tip at the foot of the heap to its neck rising over the top, and its radii."""
    rb = 0.07
    n = 60
    f = np.linspace(0.0, 1.0, n)
    phase = float(rng.uniform(-0.2, 0.2))
    a = phase + f * 3.0 * 2 * np.pi
    rc = 0.36 - 0.17 * f
    radii = rb * np.clip(f / 0.12, 0.12, 1.0) ** 0.6
    rise = 0.3 * np.clip((f - 0.2) / 0.8, 0.0, 1.0)
    pts = np.stack([rc * np.cos(a), radii + rise, rc * np.sin(a)], 1)
    top = rb + 0.3
    a1 = a[-1] + np.array([0.5, 0.9])
    neck = np.stack([0.16 * np.cos(a1), top + np.array([0.05, 0.08]), 0.16 * np.sin(a1)], 1)
    pts = np.concatenate([pts, neck])
    radii = np.concatenate([radii, [0.058, 0.044]])
    return pts, radii


def _python_head(c, d) -> list[Part]:
    """A python's head at c pointing along d (level): broad behind the jaws, narrowing to a
    rounded snout, flat on top; small dark eyes and a red forked tongue."""
    d = np.asarray(d, float) / np.linalg.norm(d)
    side = np.cross(d, (0.0, 1.0, 0.0))
    rows = [(-0.02, 0.046, 0.036), (0.03, 0.072, 0.042), (0.09, 0.066, 0.038), (0.14, 0.048, 0.03),
            (0.18, 0.028, 0.02), (0.195, 0.01, 0.01)]  # fmt: skip
    c = np.asarray(c, float)
    cs = [c + d * x for x, _, _ in rows]
    us = [side * wd for _, wd, _ in rows]
    vs = [np.array([0.0, ht, 0.0]) for _, _, ht in rows]
    parts = [loft(cs, us, vs, ellipse(1.0, 1.0, 14), 0, "head")]
    for s in (-1, 1):
        eye = c + d * 0.11 + side * s * 0.05 + v3(0, 0.02, 0)
        parts.append(sphere(0.013, at(*eye), "pupil"))
    tip = c + d * 0.195 - v3(0, 0.01, 0)
    fork = [[tip, tip + d * 0.05, tip + d * 0.075 + side * s * 0.016] for s in (-1, 1)]
    parts.append(_strands(fork, 0.004, "comb"))
    return parts


def _python(rng: Rng) -> list[Part]:
    """A python coiled in a heap: a thick heavy snake lying in three stacked loops, each a
    little smaller and higher than the one under it, its tail tapering to a point at the foot
    of the heap, its neck rising over the top and its broad flat head resting on the top loop
    facing the viewer, a red forked tongue; dark blotches all along its back (second
    material)."""
    pts, radii = _python_path(rng)
    parts = [tube(pts, radii, None, 0, "body")]
    look = (pts[-1] - pts[-2]) * (1.0, 0.0, 1.0)
    parts += _python_head(pts[-1] + v3(0, -0.01, 0.0), look)
    frames = []
    n = len(pts) - 2
    for k in range(5, n - 1, 2):  # the blotches
        p, t = pts[k], pts[k + 1] - pts[k - 1]
        out = np.array([p[0], 0.0, p[2]])
        out = out / max(np.linalg.norm(out), 1e-9)
        for lean, side in ((0.85, 1.0), (0.25, -1.0)):
            nrm = np.array([0.0, 1.0, 0.0]) * lean + out * side * (1 - lean) * 1.4
            nrm /= np.linalg.norm(nrm)
            shift = t / np.linalg.norm(t) * float(rng.uniform(-0.03, 0.03))
            c = p + nrm * (radii[k] * 0.88) + shift
            size = (0.055 * rng.uniform(0.7, 1.3), radii[k] * 0.17, 0.045 * rng.uniform(0.8, 1.2))
            frames.append(_frame(c, t, nrm, size))
    parts.append(_lumps(frames, 1))
    return [p.moved(rot("y", float(rng.uniform(-8, 8)))) for p in parts]


# 1207 pansy


def _round(r: float, wave: float = 0.0):
    """A round petal's outline of radius r, its edge rippled ``wave`` deep."""

    def outline(n: int) -> np.ndarray:
        m = max(n, 24)
        t = np.arange(m) * (2 * np.pi / m)
        rr = r * (1.0 + wave * np.cos(7 * t))
        return np.stack([rr * np.cos(t), rr * np.sin(t)], 1)

    return outline


def _blotch(n: int) -> np.ndarray:
    """A pansy's dark face: a broad blotch, its edge fraying into rays (radius about 1)."""
    m = max(n, 40)
    t = np.arange(m) * (2 * np.pi / m)
    r = 0.8 + 0.2 * np.abs(np.cos(4.5 * t)) ** 3 - 0.15 * np.sin(t)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _pansy_flower(m: np.ndarray, r: float) -> list[Part]:
    """A pansy flower of radius r facing local +z under m: two round upper petals behind (second
    material), two side petals and a broad bottom petal in front, a dark face blotched over the
    middle and a little yellow eye."""
    parts = []
    for s in (-1, 1):
        parts.append(slab(_round(0.5 * r, 0.02), 0.008, m @ at(s * 0.28 * r, 0.45 * r, -0.012)
                          @ rot("y", -s * 10) @ rot("x", -12), 1))  # fmt: skip
        parts.append(slab(_round(0.43 * r, 0.02), 0.008, m @ at(s * 0.5 * r, -0.02 * r, -0.002)
                          @ rot("y", -s * 14), 0))  # fmt: skip
    parts.append(slab(_round(0.56 * r, 0.025), 0.008, m @ at(0, -0.45 * r, 0.006)
                      @ rot("x", 14) @ scl(1.08, 0.88, 1.0), 0))  # fmt: skip
    parts.append(slab(_blotch, 0.004, m @ at(0, -0.16 * r, 0.014) @ scl(0.52 * r, 0.48 * r, 1.0),
                      "marking"))  # fmt: skip
    eye = [(-0.11 * r, 0.03 * r), (0.11 * r, 0.03 * r), (0.0, -0.12 * r)]
    parts.append(slab(eye, 0.006, m @ at(0, 0.0, 0.018), "plume-tip"))
    parts.append(sphere(1.0, m @ at(0, 0.0, 0.02) @ scl(0.05 * r, 0.05 * r, 0.03 * r), "snow"))
    return parts


def _pansy_leaf(n: int) -> np.ndarray:
    """A pansy leaf along +y from its base at 0 to its tip at 1: ovate, its edge scalloped."""
    m = max(n, 36)
    t = np.arange(m) * (2 * np.pi / m)
    y = 0.5 * (1 - np.cos(t))
    x = 0.42 * np.sin(t) * (1.15 - 0.6 * y) * (1.0 + 0.06 * np.cos(16 * t))
    return np.stack([x, y], 1)


def _pansy(rng: Rng) -> list[Part]:
    """A low pansy plant: a mound of rounded, scallop-edged green leaves on a patch of soil,
    and over it on short green stems five big flat flowers facing the viewer, each of five
    broad round petals (the upper two in the second material), a dark velvet face blotched over
    the middle of the lower three and a small yellow eye."""
    parts = [cylinder(0.2, 0.14, 0.04, scl(1.0, 1.0, 0.85), "soil", "body")]
    ribs = []
    for k in range(15):  # the leaves
        yaw = 360 * k / 15 + float(rng.uniform(-10, 10))
        tilt = float(rng.uniform(12, 35))
        size = float(rng.uniform(0.19, 0.25))
        m = at(0, 0.04, 0) @ rot("y", yaw) @ rot("x", 90 - tilt) @ at(0, 0.06, 0)
        parts.append(slab(_pansy_leaf, 0.01, m @ scl(size, size, 1.0), "vine"))
        ribs.append([(m @ (0.0, y, 0.006, 1.0))[:3] for y in (-0.06, 0.3 * size, 0.6 * size)])
    parts.append(_strands(ribs, 0.005, "vine"))  # the stalks and midribs
    flowers = ((-0.21, 0.24, 0.08, 0.11, -25, 25), (0.2, 0.25, 0.1, 0.11, 25, 28),
               (0.0, 0.2, 0.26, 0.105, 5, 40), (-0.07, 0.34, -0.1, 0.11, -5, 15),
               (0.17, 0.33, -0.14, 0.1, 20, 12))  # fmt: skip
    for x, y, z, r, yaw, tilt in flowers:
        yaw += float(rng.uniform(-6, 6))
        m = at(x, y, z) @ rot("y", yaw) @ rot("x", -tilt)
        parts += _pansy_flower(m, r)
        back = (m @ np.array([0.0, 0.0, -0.02, 1.0]))[:3]
        stem = [(x * 0.2, 0.05, z * 0.2), (x * 0.7, y * 0.6, z * 0.7 - 0.02), tuple(back)]
        parts.append(tube(stem, 0.009, None, "vine"))
    return parts


# 1208 nest of chicks


def _nest_bowl(rng: Rng) -> list[Part]:
    """A round nest: a deep bowl woven of twigs, going round and round its outside and over
    its rim, loose ends sticking out."""
    prof = [(0.0, 0.0), (0.2, 0.0), (0.32, 0.05), (0.37, 0.13), (0.36, 0.2), (0.32, 0.225),
            (0.27, 0.19), (0.18, 0.11), (0.0, 0.09)]  # fmt: skip
    t = np.arange(36) * (2 * np.pi / 36)
    jag = 1.0 + rng.uniform(-0.03, 0.03, 36)
    parts = [lathe(prof, None, 0, "body", shape=np.stack([jag * np.cos(t), jag * np.sin(t)], 1))]
    twigs = []
    for _ in range(90):
        y = rng.uniform(0.02, 0.22)
        rr = float(np.interp(y, [0.0, 0.05, 0.13, 0.2, 0.225], [0.2, 0.32, 0.37, 0.36, 0.32]))
        a0 = rng.uniform(0, 2 * np.pi)
        span = rng.uniform(0.8, 1.8)
        rise = rng.uniform(-0.05, 0.05)
        f = np.linspace(0.0, 1.0, 5)
        a = a0 + span * f
        rad = (rr + 0.012) * (1.0 + 0.04 * np.sin(np.pi * f)) + np.where(
            f == 1.0, rng.uniform(0.0, 0.06), 0.0)  # fmt: skip
        yy = np.clip(y + rise * (f - 0.5), 0.01, 0.235)
        twigs.append(np.stack([rad * np.cos(a), yy, rad * np.sin(a)], 1))
    for _ in range(20):  # over the rim
        a = rng.uniform(0, 2 * np.pi)
        b = a + rng.uniform(0.3, 0.7)
        p = [(0.26 * np.cos(a), 0.2, 0.26 * np.sin(a)), (0.33 * np.cos((a + b) / 2), 0.235,
             0.33 * np.sin((a + b) / 2)), (0.4 * np.cos(b), 0.18, 0.4 * np.sin(b))]  # fmt: skip
        twigs.append(np.array(p))
    parts.append(_strands(twigs, 0.008, 0))
    return parts


def _chick(base, lean, k: float, rng: Rng) -> list[Part]:
    """A downy nestling sitting in a nest at base (k its size), its neck stretched up and
    leaning by ``lean`` (a vector), begging with its beak gaping wide open up and toward the
    viewer: a round body, a thin neck, a big head with dark bulging eyes, two broad yellow
    mandibles round a red mouth, tufts of down (body and head in the second material)."""
    base = np.asarray(base, float)
    up = np.array([0.0, 1.0, 0.0]) + np.asarray(lean, float)
    up /= np.linalg.norm(up)
    body = base + v3(0, 0.04, 0) * k
    parts = [sphere(1.0, at(*body) @ scl(0.1 * k, 0.085 * k, 0.095 * k), 1)]
    head = body + up * 0.17 * k
    neck = [body + up * 0.05 * k, body + up * 0.11 * k, head - up * 0.02 * k]
    parts.append(tube(neck, [0.05 * k, 0.034 * k, 0.034 * k], None, 1))
    hr = 0.058 * k
    parts.append(sphere(hr, at(*head), 1))
    fwd = np.array([0.6, 0.0, 0.8]) - up * np.dot((0.6, 0.0, 0.8), up)
    fwd /= np.linalg.norm(fwd)
    side = np.cross(up, fwd)
    g = up * 0.7 + fwd * 0.7  # the gape's axis
    g /= np.linalg.norm(g)
    back = fwd - g * np.dot(fwd, g)
    back /= np.linalg.norm(back)
    hinge = head + g * hr * 0.55
    a = np.radians(44 + float(rng.uniform(-4, 4)))
    for d in (g * np.cos(a) - back * np.sin(a), g * np.cos(a) + back * np.sin(a)):
        inner = g - d * np.dot(g, d)
        inner /= np.linalg.norm(inner)
        m = np.eye(4)
        m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = side, d, np.cross(side, d), hinge
        tri = [(-0.042, 0.0), (0.042, 0.0), (0.012, 0.05), (0.0, 0.08), (-0.012, 0.05)]
        parts.append(slab(tri, 0.01, m @ scl(k, k, 1.0), "plume-tip"))
        m[:3, 3] = hinge + inner * 0.0065 - d * 0.004
        tri = [(-0.03, 0.0), (0.03, 0.0), (0.008, 0.04), (0.0, 0.058), (-0.008, 0.04)]
        parts.append(slab(tri, 0.004, m @ scl(k, k, 1.0), "comb"))
    for s in (-1, 1):  # the gape's flanges and the eyes
        parts.append(sphere(0.014 * k, at(*(hinge + side * s * 0.046 * k)), "plume-tip"))
        eye = head + side * s * hr * 0.72 + fwd * hr * 0.25 + up * hr * 0.05
        parts.append(sphere(hr * 0.36, at(*eye), "pupil"))
    return parts


def _nest_of_chicks(rng: Rng) -> list[Part]:
    """A bird's nest with three hungry chicks: a round nest woven of twigs, and poking up out of
    it three downy nestlings with their necks stretched up and their beaks gaping wide open,
    yellow round the edges and red inside, begging to be fed."""
    parts = _nest_bowl(rng)
    chicks = (((-0.11, 0.1, 0.03), (-0.3, 0.0, 0.2), 1.0),
              ((0.1, 0.1, 0.05), (0.25, 0.0, 0.25), 0.95),
              ((0.0, 0.1, -0.1), (0.0, 0.0, -0.1), 1.1))  # fmt: skip
    tufts = []
    for base, lean, k in chicks:
        lean = np.asarray(lean) + rng.uniform(-0.05, 0.05, 3) * (1, 0, 1)
        parts += _chick(base, lean, k, rng)
        up = np.array([0.0, 1.0, 0.0]) + lean
        up /= np.linalg.norm(up)
        head = np.asarray(base) + v3(0, 0.04, 0) * k + up * 0.17 * k
        for _ in range(8):
            d = up * 0.7 + rng.uniform(-0.7, 0.7, 3) * (1, 0.3, 1)
            tufts.append([head - d * 0.02, head + d * 0.09 * k])
        body = np.asarray(base) + v3(0, 0.1, 0) * k
        for _ in range(6):
            d = rng.uniform(-1, 1, 3) * (1, 0.4, 1) + (0, 0.6, 0)
            tufts.append([body, body + d * 0.1 * k])
    parts.append(_strands(tufts, 0.0045, 1))
    return parts


MORE_APPLIANCES_ZZZY = {
    1201: _roast_chicken, 1202: _hay_bale, 1203: _road_train, 1204: _brahman_bull,
    1205: _basset_hound, 1206: _python, 1207: _pansy, 1208: _nest_of_chicks,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
