"""More of the device family's appliances, from 1529: a battle tank, a sunflower and a frog
sitting.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material; the tank and
the frog stand nose toward +x, turned a little to the viewer.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, Sweep, align, at, rot, scl, v3
from ._kit import (
    ALONG_X,
    FLAT_UP,
    balls,
    colour_patch,
    crisp,
    flat_things,
    gear_outline,
    rect_ring,
    rope,
    skin_field,
    skin_hits,
    skin_strip,
    solid,
    strands,
    swept,
    unit,
)
from ._primitives import box, cylinder, lathe, slab, sphere, tube
from ._sdf import ellipsoid
from ._shapes import leaf, sharp

__all__ = ["MORE_APPLIANCES_ZZZZZR"]

Rng = np.random.Generator

_SQUARE = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])


# 1529 battle tank


def _belt_path(circles, n: int = 240) -> np.ndarray:
    """A belt drawn tight round wheels in the xy plane ((x, y, r), counter-clockwise, each on
    the hull of the rest): its outer tangents and the arcs round each wheel, resampled to n
    points evenly along it. (n, 2), closed (the last point does not repeat the first)."""
    c = np.asarray(circles, float)
    k = len(c)
    normals = []  # the outward normal of each tangent from wheel i to wheel i + 1
    for i in range(k):
        a, b = c[i], c[(i + 1) % k]
        d = b[:2] - a[:2]
        length = float(np.linalg.norm(d))
        d /= length
        s = (a[2] - b[2]) / length
        right = np.array([d[1], -d[0]])
        normals.append(right * np.sqrt(1 - s * s) + d * s)
    pts = []
    for i in range(k):
        n_in, n_out = normals[i - 1], normals[i]
        a0 = np.arctan2(n_in[1], n_in[0])
        a1 = a0 + (np.arctan2(n_out[1], n_out[0]) - a0) % (2 * np.pi)
        for t in np.linspace(a0, a1, 12):
            pts.append(c[i, :2] + c[i, 2] * np.array([np.cos(t), np.sin(t)]))
    p = np.array(pts)
    seg = np.linalg.norm(np.roll(p, -1, 0) - p, axis=1)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    q = np.concatenate([p, p[:1]])
    at_s = np.linspace(0.0, s[-1], n, endpoint=False)
    return np.stack([np.interp(at_s, s, q[:, 0]), np.interp(at_s, s, q[:, 1])], 1)


def _track(circles, z: float, width: float, thick: float, pitch: float, slot=1) -> Part:
    """A caterpillar track in the plane z round the wheels ``circles`` ((x, y, r), counter-
    clockwise): a loop of plate ``thick`` thick and ``width`` wide, a raised cleat across it on
    every link (``pitch`` apart) standing out from its outer face."""
    path = _belt_path([(x, y, r + thick / 2) for x, y, r in circles], 600)
    seg = np.linalg.norm(np.roll(path, -1, 0) - path, axis=1)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    total = s[-1]
    links = max(8, round(total / pitch))
    step = total / links
    marks = []  # (arc length, raised?) for each ring: the cleat's rise and fall, the plate
    for i in range(links):
        s0 = i * step
        for f, up in ((0.0, False), (0.06, True), (0.42, True), (0.48, False)):
            marks.append((s0 + f * step, up))
    at_s = np.array([m for m, _ in marks])
    raised = np.array([u for _, u in marks])
    q = np.concatenate([path, path[:1]])
    xy = np.stack([np.interp(at_s, s, q[:, 0]), np.interp(at_s, s, q[:, 1])], 1)
    ahead = np.stack([np.interp(at_s + 0.002, s, q[:, 0]), np.interp(at_s + 0.002, s, q[:, 1])], 1)
    t = ahead - xy
    t /= np.linalg.norm(t, axis=1, keepdims=True)
    out = np.stack([t[:, 1], -t[:, 0]], 1)  # outward, to the right of a counter-clockwise loop
    rise = np.where(raised, thick * 0.9, 0.0)
    centres = np.zeros((len(xy), 3))
    centres[:, :2] = xy + out * (rise / 2)[:, None]
    centres[:, 2] = z
    u = np.zeros((len(xy), 3))
    u[:, 2] = width / 2
    v = np.zeros((len(xy), 3))
    v[:, :2] = out * ((thick + rise) / 2)[:, None]
    sweep = Sweep(centres, u, v, np.ones(len(xy)), _SQUARE, closed=True)
    return swept(lambda k: sweep, slot)


def _disc(r: float, depth: float, m: np.ndarray, slot, sides: int = 16) -> Part:
    """A flat round disc of radius r, ``depth`` thick along z round m's origin, its rim sharp,
    in few triangles (a wheel, a hub, a lens)."""
    t = np.arange(sides) * (2 * np.pi / sides)
    ring = np.stack([r * np.cos(t), r * np.sin(t)], 1)
    return slab(lambda n: ring, depth, m, slot)


def _road_wheel(x: float, y: float, z: float, r: float, w: float) -> list[Part]:
    """A tank's road wheel at (x, y, z) turning about z: a flat disc with a dark rubber tyre
    (second material), a dished face and a hub toward the outside."""
    m = at(x, y, z)
    return [_disc(r, w, m, 1), _disc(r * 0.78, w + 0.008, m, 0),
            _disc(r * 0.25, w + 0.02, m, "marking", 8)]  # fmt: skip


def _tank_running_gear(z: float, side: int) -> list[Part]:
    """One side's running gear at z: six road wheels, the raised idler in front, the toothed
    drive sprocket behind, and the track looped round them all."""
    wheels = [(-0.36 + 0.136 * i, 0.061, 0.045) for i in range(6)]
    idler, sprocket = (0.44, 0.125, 0.04), (-0.48, 0.13, 0.045)
    circles = [wheels[0], wheels[-1], idler, sprocket]
    parts = [_track(circles, z, 0.12, 0.016, 0.034)]
    for x, y, r in wheels:
        parts += _road_wheel(x, y, z, r, 0.1)
    parts += _road_wheel(*idler[:2], z, idler[2], 0.08)
    gear = gear_outline(sprocket[2] + 0.006, 11, 0.012)
    parts.append(slab(gear, 0.05, at(sprocket[0], sprocket[1], z + side * 0.03), 0))
    parts.append(_disc(0.026, 0.1, at(sprocket[0], sprocket[1], z), "steel", 10))
    return parts


def _turret(rng: Rng, x0: float, y0: float) -> list[Part]:
    """The turret centred on (x0, y0) on the deck: a low wide faceted armour block, pointed in
    front, sloping in to its flat roof; the gun in its mantlet reaching far out forward, the
    commander's cupola with its hatch lid thrown open, a flat loader's hatch, smoke dischargers
    on its cheeks, a stowage basket round its back and a whip aerial."""
    top = [(0.27, 0.0), (0.19, 0.2), (-0.15, 0.215), (-0.29, 0.17), (-0.29, -0.17),
           (-0.15, -0.215), (0.19, -0.2)]  # fmt: skip
    shape = np.array(top)
    h = 0.1
    prof = crisp([(0.0, 0.0), (0.94, 0.0), (1.0, 0.03), (0.88, h), (0.0, h)])
    base = at(x0, y0 + 0.006, 0)
    parts = [lathe(prof, base, 0, shape=shape)]
    parts.append(cylinder(0.2, 0.2, 0.01, base @ at(0.0, -0.004, 0), "marking"))  # its ring
    elev = float(rng.uniform(1, 5))
    gun = base @ at(0.24, 0.05, 0) @ rot("z", elev)
    parts.append(box(0.08, 0.07, 0.14, gun @ at(0.0, -0.035, 0), 0))  # the mantlet
    parts.append(cylinder(0.028, 0.022, 0.1, gun @ at(0.03, 0, 0) @ ALONG_X, 0))
    parts.append(cylinder(0.017, 0.016, 0.62, gun @ at(0.1, 0, 0) @ ALONG_X, 0))  # the barrel
    parts.append(cylinder(0.024, 0.024, 0.11, gun @ at(0.36, 0, 0) @ ALONG_X, 0))  # evacuator
    parts.append(cylinder(0.019, 0.019, 0.03, gun @ at(0.69, 0, 0) @ ALONG_X, 0))  # muzzle
    roof = base @ at(0, h, 0)
    cup = roof @ at(-0.1, 0, 0.09)  # the commander's cupola, its lid open
    parts.append(cylinder(0.055, 0.05, 0.035, cup, 0))
    parts.append(cylinder(0.042, 0.042, 0.006, cup @ at(0, 0.035, 0), "marking"))
    lid = cup @ at(-0.045, 0.04, 0) @ rot("z", 75) @ at(0.045, 0, 0)
    parts.append(cylinder(0.046, 0.046, 0.012, lid, 0))
    parts.append(box(0.03, 0.01, 0.01, cup @ at(0.05, 0.05, 0.01), "marking"))  # its gun
    parts.append(cylinder(0.005, 0.005, 0.12, cup @ at(0.02, 0.055, 0.01) @ ALONG_X, "marking"))
    hatch = roof @ at(-0.06, 0, -0.1)  # the loader's hatch
    parts.append(cylinder(0.045, 0.045, 0.014, hatch, 0))
    parts.append(box(0.05, 0.012, 0.012, hatch @ at(0.0, 0.014, 0.0), 0))
    parts.append(box(0.03, 0.02, 0.03, roof @ at(0.08, 0, -0.1), "marking"))  # periscope
    tubes = []  # the smoke dischargers
    for side in (-1, 1):
        for i in range(3):
            a = v3(x0 + 0.06 - 0.025 * i, y0 + 0.08, side * 0.2)
            tubes.append([a, a + v3(0.01, 0.02, side * 0.035)])
    parts.append(strands(tubes, 0.01, 0, 8, 2))
    parts.append(rect_ring(0.14, 0.36, 0.012, 0.05, base @ at(-0.36, 0.02, 0), 0))  # basket
    for z in (-0.15, 0.15):
        parts.append(box(0.012, 0.05, 0.012, base @ at(-0.425, 0.02, z), 0))
    parts.append(cylinder(0.003, 0.002, 0.35, roof @ at(-0.22, 0, -0.15) @ rot("z", 10),
                          "marking"))  # fmt: skip
    return parts


def _tank(rng: Rng) -> list[Part]:
    """A main battle tank, nose toward +x turned a little to the viewer: a long low armoured
    hull with a sloped glacis in front, wide mudguards over two caterpillar tracks, each track a
    loop of cleated links round six steel road wheels, a raised idler in front and a toothed
    drive sprocket behind; a low wide faceted turret on top a little behind the middle, its long
    gun reaching far out over the nose, a cupola with its hatch open, stowage, lights, an exhaust
    grille at the back."""
    lower = [(-0.5, 0.06), (0.33, 0.06), (0.53, 0.17), (0.53, 0.19), (-0.5, 0.19)]
    parts = [slab(sharp(lower), 0.27, None, 0, "body")]
    upper = [(-0.53, 0.19), (0.56, 0.19), (0.56, 0.205), (0.28, 0.255), (-0.53, 0.255)]
    parts.append(slab(sharp(upper), 0.5, None, 0))
    for side in (-1, 1):
        parts += _tank_running_gear(side * 0.19, side)
        parts.append(box(0.03, 0.02, 0.03, at(0.545, 0.17, side * 0.08), "marking"))  # tow hook
        parts.append(box(0.2, 0.04, 0.05, at(-0.38, 0.255, side * 0.215), 0))  # stowage bins
        parts.append(box(0.12, 0.04, 0.05, at(0.2, 0.245, side * 0.215), 0))
        light = at(0.555, 0.205, side * 0.2) @ rot("y", 90)
        parts.append(_disc(0.016, 0.02, light, "marking", 10))  # a headlight
        parts.append(_disc(0.012, 0.024, light, "glow", 10))
    parts.append(cylinder(0.03, 0.03, 0.012, at(0.36, 0.236, 0) @ rot("z", 11), 0))  # driver
    parts.append(box(0.03, 0.012, 0.08, at(0.42, 0.22, 0) @ rot("z", 11), "pane"))
    for i in range(7):  # the exhaust grille
        parts.append(box(0.014, 0.004, 0.36, at(-0.47 + 0.025 * i, 0.255, 0), "marking"))
    parts.append(box(0.01, 0.06, 0.3, at(-0.53, 0.13, 0), "marking"))  # the rear exhaust
    parts += _turret(rng, -0.06, 0.255)
    turn = -10 + float(rng.uniform(-3, 3))
    return [p.moved(rot("y", turn)) for p in parts]


# 1530 sunflower

_GOLDEN = np.radians(137.508)


def _seeds(m: np.ndarray, r: float, n: int, slot) -> Part:
    """The seeds packed over a sunflower's disc of radius r (its face +z under ``m``, domed a
    little): small round bumps in the golden-angle spiral, larger toward the rim."""
    i = np.arange(n) + 0.5
    rho = r * np.sqrt(i / n)
    a = i * _GOLDEN
    z = 0.012 * (1 - (rho / r) ** 2)
    local = np.stack([rho * np.cos(a), rho * np.sin(a), z, np.ones(n)], 1)
    c = (local @ m.T)[:, :3]
    size = 0.5 * r * np.sqrt(np.pi / n) * (0.8 + 0.3 * rho / r)
    return balls(c, size[:, None] * (1.0, 1.0, 0.7), slot, 4, 2)


def _petals(m: np.ndarray, r0: float, length: float, n: int, tilt: float, turn: float,
            rng: Rng, slot) -> Part:  # fmt: skip
    """A ring of n long pointed petals round a disc of radius r0 (its face +z under ``m``), each
    ``length`` long, leaning ``tilt`` degrees forward out of the disc's plane."""
    a = np.radians(turn + 360.0 * np.arange(n) / n + rng.uniform(-4, 4, n))
    lean = np.radians(tilt + rng.uniform(-6, 6, n))
    radial = np.stack([np.cos(a), np.sin(a), np.zeros(n)], 1)
    fwd = np.array([0.0, 0.0, 1.0])
    head = radial * np.cos(lean)[:, None] + fwd * np.sin(lean)[:, None]
    normal = -radial * np.sin(lean)[:, None] + fwd * np.cos(lean)[:, None]
    size = length / 2 * rng.uniform(0.9, 1.1, n)
    centre = radial * r0 + head * size[:, None]
    rm = m[:3, :3]
    outline = leaf(0.26)(14)
    return flat_things(centre @ rm.T + m[:3, 3], normal @ rm.T, head @ rm.T, size, outline,
                       0.006, slot, cup=0.05, fold=0.12)  # fmt: skip


def _heart_leaf(m: np.ndarray, size: float, slot) -> list[Part]:
    """A big heart-shaped leaf along +y from its notched base at 0 to its pointed tip at
    2 · size under ``m``, lying in the xy plane: two halves folded a little up from a raised
    midrib, side veins."""
    half = [(0.0, -0.8), (0.22, -1.02), (0.52, -1.0), (0.78, -0.76), (0.88, -0.4),
            (0.8, 0.0), (0.6, 0.38), (0.34, 0.7), (0.12, 0.9), (0.0, 1.0)]  # fmt: skip
    leaf_m = m @ scl(size) @ at(0, 1.0, 0)
    parts = []
    for s in (-1, 1):
        pts = [(s * x, y) for x, y in half]
        parts.append(slab([*pts, (0.0, 0.0)], 0.02, leaf_m @ rot("y", -s * 14), slot))
    parts.append(tube([(0, -0.95, 0.0), (0, 0.0, 0.025), (0, 0.9, 0.01)], [0.035, 0.025, 0.008],
                      leaf_m, slot))  # fmt: skip
    veins = []
    for k in range(4):
        y0 = -0.6 + 0.35 * k
        reach = 0.66 - 0.13 * k
        for s in (-1, 1):
            veins.append([(0, y0, 0.02), (s * reach * 0.5, y0 + 0.2, 0.02 + 0.12 * reach),
                          (s * reach, y0 + 0.3, 0.03 + 0.25 * reach)])  # fmt: skip
    paths = [[(leaf_m @ (*p, 1.0))[:3] for p in v] for v in veins]
    parts.append(strands(paths, [0.012 * size, 0.004 * size], slot, 4, 4))
    return parts


def _leaf_frame(base, yaw: float, droop: float, face: float) -> np.ndarray:
    """A leaf's frame at base: its +y out along the horizontal direction ``yaw`` degrees from
    +x (toward -z), dipped ``droop`` degrees; its face +z turned ``face`` degrees up from
    level."""
    a = np.radians(yaw)
    d = np.array([np.cos(a), 0.0, -np.sin(a)])
    y = d * np.cos(np.radians(droop)) - np.array([0.0, 1.0, 0.0]) * np.sin(np.radians(droop))
    side = np.cross(y, [0.0, 1.0, 0.0])
    side /= np.linalg.norm(side)
    up = np.cross(side, y)
    f = np.radians(face)
    z = up * np.sin(f) + side * np.cos(f)
    x = np.cross(y, z)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = x, y, z, base
    return m


def _sunflower(rng: Rng) -> list[Part]:
    """A sunflower: a tall sturdy green stem rising from a little mound of soil, three big
    heart-shaped leaves on long stalks along it, bending over at the top to a big round flower
    head facing the viewer and tipped a little forward: a wide dark seed disc (second material)
    packed with seeds in spirals, ringed by two rows of long pointed golden petals, a green cup
    of pointed bracts behind."""
    tip = 14 + float(rng.uniform(-3, 3))
    c = v3(0.0, 0.86, 0.07)
    head = at(*c) @ rot("x", tip)
    n = head[:3, :3] @ [0.0, 0.0, 1.0]
    back = c - n * 0.055
    stem = [(0.0, 0.0, 0.0), (0.012, 0.3, -0.01), (0.0, 0.6, -0.03), (-0.006, 0.78, -0.04),
            tuple(back + v3(0, -0.015, -0.02)), tuple(back)]  # fmt: skip
    parts = [tube(stem, [0.026, 0.024, 0.021, 0.019, 0.018, 0.018], None, 0, "body")]
    parts.append(lathe([(0.0, 0.0), (0.12, 0.0), (0.09, 0.03), (0.04, 0.05), (0.0, 0.05)],
                       None, "soil"))  # fmt: skip
    calyx = [(0.0, -0.055), (0.03, -0.052), (0.09, -0.03), (0.125, -0.008), (0.12, -0.002),
             (0.0, -0.001)]  # fmt: skip
    parts.append(lathe(calyx, head @ rot("x", 90), 0))
    r = 0.115
    parts.append(cylinder(r, r * 0.96, 0.012, head @ rot("x", 90), 1))
    parts.append(_seeds(head @ at(0, 0, 0.008), r * 0.96, 260, "soil"))
    yellow = "plume-tip"
    parts.append(_petals(head @ at(0, 0, -0.006), r * 0.95, 0.135, 22, 8, 0.0, rng, yellow))
    parts.append(_petals(head @ at(0, 0, -0.012), r * 0.9, 0.14, 22, 2, 180 / 22, rng, yellow))
    parts.append(_petals(head @ at(0, 0, -0.03), r * 0.75, 0.05, 16, -12, 5, rng, 0))
    for k, (y, yaw, size) in enumerate(((0.3, 225, 0.15), (0.47, 35, 0.14), (0.64, 150, 0.12))):
        yaw += float(rng.uniform(-10, 10))
        a = np.radians(yaw)
        d = v3(np.cos(a), 0.0, -np.sin(a))
        root = v3(0.0, y, -0.01 * k)
        end = root + d * 0.1 + v3(0, 0.035, 0)
        parts.append(tube([root, root + d * 0.05 + v3(0, 0.03, 0), end], [0.012, 0.01, 0.009],
                          None, 0))  # fmt: skip
        face = 50 + float(rng.uniform(-8, 8))
        parts += _heart_leaf(_leaf_frame(end, yaw, 28, face), size, 0)
    return parts


# 1531 frog sitting

_FROG_HEAD = v3(0.13, 0.17, 0.0)


def _frog_shapes() -> list:
    """The frog's smooth body (head toward +x): a squat pear-shaped body sitting up at the
    front, a wide flat head, bulges under the eyes, front legs straight down, big hind legs
    folded at its sides."""
    shapes = [ellipsoid((-0.04, 0.12, 0.0), (0.15, 0.09, 0.12), rot("z", 22))]  # the body
    shapes.append(ellipsoid((-0.1, 0.09, 0.0), (0.09, 0.07, 0.11), None, 0.05))  # the rump
    shapes.append(ellipsoid(_FROG_HEAD, (0.1, 0.055, 0.11), rot("z", 12), 0.06))  # the head
    shapes.append(ellipsoid(_FROG_HEAD + v3(0.06, -0.01, 0), (0.06, 0.04, 0.08), rot("z", 5),
                            0.03))  # the snout # fmt: skip
    for s in (-1, 1):
        shapes.append(ellipsoid((0.13, 0.215, s * 0.065), (0.04, 0.035, 0.035), None, 0.03))
        shapes += rope([(0.07, 0.12, s * 0.08), (0.1, 0.06, s * 0.1), (0.12, 0.015, s * 0.11)],
                       [0.03, 0.022, 0.018], 0.03, 0.01)  # fmt: skip
        shapes += rope([(-0.1, 0.1, s * 0.09), (0.02, 0.07, s * 0.15), (-0.12, 0.04, s * 0.17),
                        (-0.02, 0.018, s * 0.2)], [0.06, 0.042, 0.026, 0.014], 0.04,
                       0.015)  # fmt: skip
    return shapes


def _frog_mouth(field) -> Part:
    """The long mouth line round the snout from below one eye to below the other."""
    a = np.radians(np.linspace(-80, 80, 13))
    dirs = np.stack([np.cos(a), np.full_like(a, -0.12), np.sin(a) * 1.2], 1)
    ps, ns = skin_hits(field, [_FROG_HEAD] * len(a), dirs, 0.3, 64, 0.002)
    return skin_strip(ps + ns * 0.001, ns, 0.004, 0.004, "marking")


def _frog_eye(p: np.ndarray, d: np.ndarray) -> list[Part]:
    """A big bulging frog's eye at p looking along d: a glossy ball with a wide dark level
    pupil, a lid of skin over its top."""
    n = unit(d)
    m = at(*p) @ align(n)
    lid = at(*p) @ align(unit(v3(0, 1, 0) - n * 0.25))
    return [sphere(1.0, m @ scl(0.035, 0.033, 0.035), "sclera"),
            sphere(1.0, m @ at(0, 0.021, 0) @ scl(0.027, 0.016, 0.019), "pupil", "eyes"),
            sphere(1.0, lid @ at(0, 0.018, 0) @ scl(0.036, 0.017, 0.036), 0)]  # fmt: skip


def _webbed_foot(p, yaw: float, side: int, length: float, toes: int, slot=0) -> list[Part]:
    """A webbed foot lying on the ground from its heel at p, pointing ``yaw`` degrees from +x
    out to ``side``: long toes splayed in a fan with round pads at their tips, the thin web
    stretched between them."""
    fan = np.radians(np.linspace(-32, 32, toes))
    base = np.radians(yaw)
    tips, paths = [], []
    for k, f in enumerate(fan):
        a = base + side * f
        reach = length * (0.75 + 0.25 * np.sin(np.pi * (k + 0.5) / toes))
        d = v3(np.cos(a), 0.0, side * np.sin(a))
        q = np.asarray(p, float)
        tip = q + d * reach + v3(0, -0.004, 0)
        tips.append(tip)
        paths.append([q, q + d * reach * 0.5 + v3(0, 0.004, 0), tip])
    parts = [strands(paths, [0.008, 0.006, 0.005], slot, 5, 5)]
    parts.append(balls(tips, 0.008, slot, 6, 3))
    web = [np.asarray(p, float)[[0, 2]]]
    for i, t in enumerate(tips):
        web.append(t[[0, 2]])
        if i + 1 < len(tips):
            mid = (t + tips[i + 1]) / 2
            web.append((np.asarray(p) + (mid - p) * 0.7)[[0, 2]])
    outline = [(x, -z) for x, z in web]
    parts.append(slab(sharp(outline), 0.004, at(0, p[1] - 0.002, 0) @ FLAT_UP, slot))
    return parts


def _frog(rng: Rng) -> list[Part]:
    """A frog sitting up, head toward +x turned to the viewer: a squat smooth body higher at
    the front, a wide flat head with a long mouth line, two big glossy eyes bulging on top with
    wide dark pupils, a pale throat and belly (second material), front legs straight down on
    splayed fingers, big hind legs folded at its sides on long webbed feet splayed out."""
    shapes = _frog_shapes()
    field = skin_field(shapes)
    parts = [solid(shapes, 0.0135, 0, "body")]
    parts.append(colour_patch(shapes, (0.12, 0.06, 0.0), (0.16, 0.08, 0.085), 1, 20,
                              cell=0.014))  # fmt: skip
    parts.append(_frog_mouth(field))
    for s in (-1, 1):
        parts += _frog_eye(v3(0.135, 0.235, s * 0.072), v3(0.65, 0.35, s * 0.65))
        parts += _webbed_foot((0.12, 0.012, s * 0.11), 0, s, 0.045, 4)
        parts += _webbed_foot((-0.03, 0.012, s * 0.2), 15, s, 0.14, 5)
    return [p.moved(rot("y", -30 + float(rng.uniform(-4, 4)))) for p in parts]


MORE_APPLIANCES_ZZZZZR = {
    1529: _tank, 1530: _sunflower, 1531: _frog,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
