"""More of the device family's appliances, from 1056: a seed packet, a lawn sprinkler, a grow
light, a mushroom growing rack, a strawberry plant, a pitcher plant, a beekeeper's smoker, an
origami crane.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, mesh_part, rot, scl, v3
from ._kit import (
    ALONG_X,
    ALONG_Z,
    HEX,
    blocks,
    cloth_sheet,
    flower,
    hoop,
    lines,
    lobed,
    loft,
    rect_ring,
    rod,
    studs,
    unit,
)
from ._primitives import DIAMOND, box, cylinder, lathe, slab, sphere, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZE"]

Rng = np.random.Generator


def _plate(points, t: float, slot=0, tag: str = "") -> Part:
    """A flat plate ``t`` thick through a planar convex polygon of 3D points (a fold of paper,
    a board): its two faces and its edges, shaded flat so every crease stays sharp."""
    p = np.asarray(points, float)
    n = unit(np.cross(p[1] - p[0], p[2] - p[0]))
    k = len(p)
    verts = np.concatenate([p + n * t / 2, p - n * t / 2])
    faces = [(0, i, i + 1) for i in range(1, k - 1)]
    faces += [(k, k + i + 1, k + i) for i in range(1, k - 1)]
    for i in range(k):
        j = (i + 1) % k
        faces += [(i, k + i, k + j), (i, k + j, j)]
    return mesh_part(verts, faces, slot, tag, facets=True)


def _frame(origin, y_axis, x_hint) -> np.ndarray:
    """A placement at ``origin`` whose +y runs along ``y_axis`` and whose +x lies as near
    ``x_hint`` as it can square to it."""
    y = unit(y_axis)
    x = unit(np.asarray(x_hint, float) - y * (np.dot(x_hint, y)))
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = x, y, np.cross(x, y), origin
    return m


# 1056: a seed packet


def _bloom(m: np.ndarray, r: float, colour: str) -> list[Part]:
    """A painted flower on a face z = 0 under ``m``: a ring of rounded petals, an inner ring,
    a yellow heart."""
    parts = [slab(flower(8, 0.35), 0.006, m @ at(0, 0, 0.003) @ scl(r, r, 1), colour)]
    parts.append(slab(flower(8, 0.45), 0.006, m @ at(0, 0, 0.007) @ rot("z", 22) @ scl(r * 0.6),
                      "card-red" if colour != "card-red" else "eraser"))  # fmt: skip
    parts.append(cylinder(r * 0.3, r * 0.26, 0.014, m @ ALONG_Z, "cloth-yellow"))
    return parts


def _seed_packet(rng: Rng) -> list[Part]:
    """A paper seed packet standing upright, leaning back a little: a flat envelope, its top
    edge folded over toward the front, a coloured title band with white lettering under the
    fold, a white panel painted with a big bloom on a green stem with two leaves, small print
    below it, a few seeds spilled on the ground in front."""
    w, h, d = 0.5, 0.78, 0.03
    m = rot("x", -6)
    parts = [box(w, h - 0.012, d, m, 0, "body")]
    fold = m @ at(0, h - 0.012, 0)  # the folded-over top: its rolled crease and the flap
    parts.append(cylinder(d / 2 + 0.005, d / 2 + 0.005, w, fold @ at(-w / 2, 0, 0) @ ALONG_X, 0))
    parts.append(box(w, 0.1, 0.008, fold @ at(0, 0, d / 2 + 0.004) @ rot("x", 180)
                     @ rot("x", -8), 0))  # fmt: skip
    face = m @ at(0, 0, d / 2)
    colours = ("fruit-orange", "plume", "card-red", "eraser", "cloth-yellow")
    colour = colours[int(rng.integers(0, len(colours)))]
    band = "fruit-green" if colour != "fruit-green" else "plume"
    parts.append(box(w, 0.1, 0.004, face @ at(0, h - 0.23, 0), band))  # the title band
    parts.append(lines(face @ at(0, 0, 0.004), [(-0.17, 0.14, h - 0.185), (-0.12, 0.08, h - 0.155)],
                       0.022, 0.003, "snow"))  # fmt: skip
    parts.append(box(w - 0.06, 0.42, 0.004, face @ at(0, 0.12, 0), "snow"))  # the picture panel
    pic = face @ at(0, 0, 0.004)
    parts.append(box(0.014, 0.26, 0.004, pic @ at(0.01, 0.14, 0), "vine"))  # the stem
    for s, y in ((-1, 0.22), (1, 0.28)):  # its leaves
        leaf = [(0.0, 0.0), (s * 0.05, 0.025), (s * 0.11, 0.03), (s * 0.06, -0.005)]
        parts.append(slab(leaf, 0.004, pic @ at(0.01, y, 0), "vine"))
    parts += _bloom(pic @ at(0.01, 0.4, 0), 0.15, colour)
    parts += _bloom(pic @ at(-0.15, 0.22, 0), 0.055, colour)  # a bud beside it
    parts.append(lines(face @ at(0, 0, 0.002), [(-0.2, 0.12, 0.085), (-0.2, 0.05, 0.055),
                                                (-0.2, 0.16, 0.025)], 0.012))  # fmt: skip
    for _ in range(9):  # the spilled seeds
        x, z = float(rng.uniform(-0.2, 0.22)), float(rng.uniform(0.06, 0.24))
        seed = at(x, 0.006, z) @ rot("y", float(rng.uniform(0, 180)))
        parts.append(sphere(1.0, seed @ scl(0.016, 0.007, 0.01), "cork"))
    return parts


# 1057: a lawn sprinkler


def _jet(tip, out, up: float, reach: float, rng: Rng) -> list[Part]:
    """A spray of water leaving a nozzle at ``tip`` heading along the ground direction ``out``:
    three fine streams fanning a little apart, each an arc thrown up about ``up`` and falling
    about ``reach`` away, thickening as it spreads and breaking into drops at its end."""
    tip = np.asarray(tip, float)
    t = np.linspace(0.0, 1.0, 7)
    parts, drops = [], []
    for turn, f in ((0.0, 1.0), (-0.12, 0.82), (0.12, 1.15)):
        c, s_ = np.cos(turn), np.sin(turn)
        d = unit(out)
        d = np.array([c * d[0] + s_ * d[2], 0.0, -s_ * d[0] + c * d[2]])
        top = up * 4.0 * f
        fall = top + tip[1] - 0.01

        def at_(s: float, d=d, top=top, fall=fall, f=f) -> np.ndarray:
            return tip + d * reach * f * s + v3(0, top * s - fall * s * s, 0)

        pts = [at_(s) for s in t * 0.85]
        parts.append(tube(pts, np.linspace(0.005, 0.011, 7), None, "rain", shape=HEX))
        for k in range(4):  # drops off the end of the stream
            s = 0.87 + 0.035 * k + float(rng.uniform(-0.015, 0.015))
            side = np.cross(d, [0, 1, 0]) * float(rng.uniform(-0.02, 0.02))
            drops.append(at_(s) + side)
    parts.append(blocks(drops, (0.009, 0.009, 0.009), None, "rain"))
    return parts


def _lawn_sprinkler(rng: Rng) -> list[Part]:
    """A rotating garden sprinkler on a little sled: two runners curled up at their ends and
    joined by cross bars, a round base with a riser, a spinning head with three arms bent up
    into angled nozzles, each throwing fans of water in arcs up and out to the ground, a green
    hose coupled into the base's side and trailing away."""
    big = scl(1.3)  # the sprinkler, drawn a little under size
    parts = [cylinder(0.06, 0.05, 0.06, big @ at(0, 0.012, 0), 0, "body")]  # the base
    for s in (-1, 1):  # the sled's runners and cross bars
        runner = [(-0.24, 0.05, s * 0.12), (-0.2, 0.012, s * 0.12), (0.2, 0.012, s * 0.12),
                  (0.24, 0.05, s * 0.12)]  # fmt: skip
        parts.append(tube(runner, 0.012, big, 0))
        parts.append(stick((s * 0.13, 0.016, -0.12), (s * 0.13, 0.016, 0.12), 0.01, 0))
        parts.append(stick((s * 0.13, 0.016, 0.0), (0.0, 0.04, 0.0), 0.01, 0))
    parts.append(cylinder(0.022, 0.02, 0.14, at(0, 0.07, 0), 0))  # the riser
    parts.append(cylinder(0.03, 0.03, 0.012, at(0, 0.07, 0), 1))
    head = at(0, 0.2, 0)  # the spinning head
    parts.append(cylinder(0.035, 0.03, 0.045, head, 1))
    parts.append(sphere(1.0, head @ at(0, 0.045, 0) @ scl(0.03, 0.015, 0.03), 1))
    parts.append(cylinder(0.028, 0.028, 0.07, at(-0.05, 0.04, 0) @ rot("z", 90), 1))  # coupling
    parts.append(cylinder(0.032, 0.032, 0.02, at(-0.1, 0.04, 0) @ rot("z", 90), 1))
    parts = [parts[0]] + [p.moved(big) for p in parts[1:]]
    spin = float(rng.uniform(0, 120))
    for k in range(3):
        a = np.radians(spin + 120 * k)
        out, side = np.array([np.cos(a), 0, -np.sin(a)]), np.array([np.sin(a), 0, np.cos(a)])
        base = v3(0, 0.222, 0)
        tip = base + out * 0.2 + side * 0.03 + v3(0, 0.06, 0)
        pts = [base, base + out * 0.12, base + out * 0.19 + side * 0.01 + v3(0, 0.02, 0), tip]
        parts.append(tube(pts, 0.011, big, 1))  # the arm
        aim = unit(out * 0.6 + side * 0.5 + v3(0, 0.6, 0))
        parts.append(cylinder(0.016, 0.009, 0.035, big @ at(*tip) @ align(aim), 1))  # nozzle
        nozzle = (tip + aim * 0.035) * 1.3
        parts += _jet(nozzle, unit(out * 0.75 + side * 0.65), 0.26, 0.55, rng)
        parts += _jet(nozzle, unit(out + side * 0.2), 0.12, 0.32, rng)
    hose = [(-0.16, 0.052, 0.0), (-0.3, 0.028, 0.05), (-0.45, 0.028, 0.22), (-0.62, 0.028, 0.24),
            (-0.78, 0.028, 0.12)]  # fmt: skip
    parts.append(tube(hose, 0.028, None, "fruit-green"))
    return parts


# 1058: a grow light


def _seedling(x: float, z: float, rng: Rng) -> list[Part]:
    """A seedling standing in the soil of its pot at (x, 0.075, z): a thin stem and two oval
    seed leaves (and on some a first true leaf)."""
    parts = []
    h = float(rng.uniform(0.05, 0.08))
    lean = float(rng.uniform(-0.01, 0.01))
    parts.append(rod((x, 0.075, z), (x + lean, 0.075 + h, z), 0.006, "vine"))
    yaw = float(rng.uniform(0, 180))
    oval = sharp([(0.0, -0.01), (0.02, -0.012), (0.036, -0.006), (0.036, 0.006), (0.02, 0.012),
                  (0.0, 0.01)])  # fmt: skip
    for s in (0, 180):  # the seed leaves, tipped up
        leaf = at(x + lean, 0.075 + h, z) @ rot("y", yaw + s) @ rot("z", 25) @ rot("x", 90)
        parts.append(slab(oval, 0.003, leaf, "vine"))
    if rng.uniform() < 0.5:
        leaf = at(x + lean, 0.075 + h, z) @ rot("y", yaw + 90) @ rot("z", 60) @ rot("x", 90)
        parts.append(slab(oval, 0.003, leaf @ scl(0.8), "vine"))
    return parts


def _seed_tray(y: float, rng: Rng) -> list[Part]:
    """A black tray on a shelf at height y, holding seven by three little square peat pots full
    of soil, a seedling in each."""
    parts = [box(0.86, 0.045, 0.37, at(0, y, 0), "marking")]
    feet = [(-0.345 + 0.115 * i, y + 0.01, -0.115 + 0.115 * j) for i in range(7) for j in range(3)]
    f = np.array(feet)
    parts.append(blocks(f, (0.1, 0.07, 0.1), None, "cork"))  # the pots
    parts.append(blocks(f + v3(0, 0.07, 0), (0.086, 0.006, 0.086), None, "soil"))
    for dx, dz, size in ((0, 0.046, (0.1, 0.014, 0.008)), (0, -0.046, (0.1, 0.014, 0.008)),
                         (0.046, 0, (0.008, 0.014, 0.1)),
                         (-0.046, 0, (0.008, 0.014, 0.1))):  # fmt: skip
        parts.append(blocks(f + v3(dx, 0.07, dz), size, None, "cork"))  # their rims
    for x, _, z in feet:
        parts += [p.moved(at(0, y + 0.01, 0)) for p in _seedling(x, z, rng)]
    return parts


def _grow_light(rng: Rng) -> list[Part]:
    """An indoor grow rack: a metal frame of four legs, top rails and a shelf, a long flat LED
    light bar glowing underneath hung on V-shaped cables and ratchet hangers from a bar across
    the top, its power cord running down a leg, a black tray of seedlings in little square
    peat pots on the shelf under it."""
    w, d, h = 1.0, 0.42, 1.0
    shelf = 0.12
    parts = [box(w, 0.025, d, at(0, shelf, 0), 0, "body")]  # the shelf
    for sx in (-1, 1):
        for sz in (-1, 1):  # the legs and their feet
            parts.append(box(0.035, h, 0.035, at(sx * w / 2, 0, sz * d / 2), 0))
            parts.append(box(0.05, 0.012, 0.05, at(sx * w / 2, 0, sz * d / 2), 0))
        parts.append(box(0.035, 0.035, d, at(sx * w / 2, h - 0.035, 0), 0))  # the side rails
        parts.append(box(0.035, 0.035, d, at(sx * w / 2, shelf - 0.035, 0), 0))
    for sz in (-1, 1):  # the front and back rails
        parts.append(box(w, 0.035, 0.035, at(0, h - 0.035, sz * d / 2), 0))
        parts.append(box(w, 0.035, 0.035, at(0, shelf - 0.035, sz * d / 2), 0))
    parts.append(box(w, 0.03, 0.03, at(0, h - 0.03, 0), 0))  # the hanging bar
    y = 0.62 + float(rng.uniform(-0.03, 0.03))  # the light bar and its glowing diffuser
    parts.append(box(0.84, 0.03, 0.13, at(0, y, 0), 1))
    parts.append(box(0.88, 0.016, 0.17, at(0, y - 0.014, 0), "glow"))
    for i in range(7):  # the heat-sink fins
        parts.append(box(0.006, 0.015, 0.11, at(-0.3 + 0.1 * i, y + 0.03, 0), 1))
    parts.append(box(0.16, 0.04, 0.08, at(0.22, y + 0.03, 0), "marking"))  # the driver
    for x in (-0.34, 0.34):  # the cables and ratchet hangers
        parts.append(stick((x, h - 0.03, 0), (x, h - 0.15, 0), 0.003, "marking"))
        parts.append(box(0.02, 0.05, 0.014, at(x, h - 0.2, 0), "marking"))
        for sz in (-1, 1):
            parts.append(stick((x, h - 0.2, 0), (x, y + 0.035, sz * 0.065), 0.003, "marking"))
    cord = [(0.43, y + 0.02, 0.0), (0.47, y - 0.02, -0.08), (0.485, y - 0.12, -0.19),
            (0.485, shelf + 0.1, -0.19), (0.47, 0.004, -0.3)]  # fmt: skip
    parts.append(tube(cord, 0.006, None, "marking"))
    parts += _seed_tray(shelf + 0.025, rng)
    return parts


# 1059: a mushroom growing rack


def _ring_mesh(rings, sides: int, m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The vertices and faces of a closed lathe-like skin under ``m``: a pole at the first
    and last (0, y) of ``rings`` ((r, y) pairs, top to bottom), rings of ``sides`` points
    between, their radii waved a little (a mushroom's irregular rim)."""
    t = np.arange(sides) * (2 * np.pi / sides)
    wave = 1 + 0.1 * np.cos(3 * t + 0.5)
    mid = rings[1:-1]
    verts = [(0.0, rings[0][1], 0.0)]
    for r, y in mid:
        verts += list(zip(r * wave * np.cos(t), [y] * sides, r * wave * np.sin(t), strict=True))
    verts.append((0.0, rings[-1][1], 0.0))
    last = len(mid) * sides + 1
    faces = []
    for i in range(sides):
        j = (i + 1) % sides
        faces.append((0, 1 + j, 1 + i))
        for a in range(len(mid) - 1):
            p, q = 1 + a * sides, 1 + (a + 1) * sides
            faces += [(p + i, q + j, q + i), (p + i, p + j, q + j)]
        faces.append((last, last - sides + i, last - sides + j))
    return np.asarray(verts) @ m[:3, :3].T + m[:3, 3], np.asarray(faces)


_CAP = ((0.0, 0.46), (0.6, 0.4), (1.0, 0.22), (0.93, 0.13), (0.0, 0.14))
"""An oyster mushroom's cap (radius 1): a low dome down to its rim, (r, y) top to bottom."""
_GILLS = ((0.0, 0.16), (0.9, 0.15), (0.0, 0.0))
"""Its gills under the rim, sloping in to the stem at the origin."""


def _oyster_cluster(p, n, size: float, rng: Rng) -> list[Part]:
    """A cluster of oyster mushrooms sprouting at p from a surface facing ``n`` (horizontal):
    pale fan-shaped caps over darker gills, overlapping in shelves; two parts."""
    p, n = np.asarray(p, float), unit(n)
    side = np.cross(n, [0, 1, 0])
    caps, gills = [], []
    for k, (dy, ds, r) in enumerate(((0.0, 0.0, 1.0), (0.06, -0.04, 0.78), (-0.05, 0.05, 0.8),
                                     (0.065, 0.055, 0.6), (-0.045, -0.05, 0.65))):  # fmt: skip
        rr = size * r * float(rng.uniform(0.9, 1.1))
        up = unit(n * (0.1 + 0.15 * (k % 2)) + side * ds * 3 + v3(0, 1, 0))
        c = p + v3(0, dy * size / 0.075, 0) + side * ds * size / 0.075 + n * rr
        m = _frame(c, up, side) @ scl(rr, rr, rr * 0.8)
        caps.append(_ring_mesh(_CAP, 9, m))
        gills.append(_ring_mesh(_GILLS, 9, m))
    parts = []
    for meshes, slot in ((caps, "pages"), (gills, "cork")):
        offsets = np.cumsum([0] + [len(v) for v, _ in meshes[:-1]])
        verts = np.concatenate([v for v, _ in meshes])
        faces = np.concatenate([f + o for (_, f), o in zip(meshes, offsets, strict=True)])
        parts.append(mesh_part(verts, faces, slot))
    return parts


def _grow_bag(x: float, y: float, z: float, rng: Rng) -> list[Part]:
    """A sawdust grow bag standing at (x, y, z): a stout rounded bag gathered into a tied neck,
    clusters of oyster mushrooms sprouting from slits in its sides."""
    prof = [(0.0, 0.0), (0.1, 0.0), (0.105, 0.22), (0.05, 0.29), (0.03, 0.33), (0.0, 0.34)]
    parts = [lathe(prof, at(x, y, z), "cloth-dark", sides=10)]
    parts.append(hoop(0.032, 0.008, at(x, y + 0.29, z), "snow", 10, 4))  # the tie
    a0 = float(rng.uniform(-0.2, 0.2))
    for k, (a, hy, size) in enumerate(((1.2, 0.2, 0.08), (-1.2, 0.12, 0.08), (0.2, 0.08, 0.06))):
        if k == 2 and rng.uniform() < 0.4:
            continue
        n = np.array([np.sin(a + a0), 0, np.cos(a + a0)])
        parts += _oyster_cluster(v3(x, y + hy, z) + n * 0.1, n, size, rng)
    return parts


def _mushroom_rack(rng: Rng) -> list[Part]:
    """A metal mushroom growing rack: four square posts and three wire shelves, each shelf
    framed and strung with wires and holding a row of three black grow bags tied at the neck,
    clusters of pale oyster mushrooms fanning out of their sides in shelves."""
    w, d, h = 1.0, 0.42, 1.4
    levels = (0.1, 0.55, 1.0)
    parts = [box(0.035, h, 0.035, at(-w / 2, 0, -d / 2), 0, "body")]
    for sx, sz in ((1, -1), (-1, 1), (1, 1)):
        parts.append(box(0.035, h, 0.035, at(sx * w / 2, 0, sz * d / 2), 0))
    wires = []
    for y in (*levels, h - 0.03):  # the shelves' frames and wires
        parts.append(rect_ring(w + 0.035, d + 0.035, 0.03, 0.03, at(0, y - 0.03, 0), 1))
        if y < h - 0.1:
            wires += [(-w / 2 + w * (i + 1) / 8, y - 0.012, 0.0) for i in range(7)]
    parts.append(blocks(wires, (0.01, 0.01, d), None, 1))
    for y in levels:
        for x in (-0.32, 0.0, 0.32):
            jx, jz = rng.uniform(-0.03, 0.03, 2)
            parts += _grow_bag(x + float(jx), y, float(jz), rng)
    return parts


# 1060: a strawberry plant


def _leaflet(length: float, width: float):
    """A strawberry leaflet's outline along +y from its base at 0 to its tip at ``length``: a
    broad oval with a saw-toothed edge on its outer two thirds."""
    t = np.linspace(0.0, 2 * np.pi, 33)[:-1]
    x = width / 2 * np.sin(t)
    y = length / 2 * (1 - np.cos(t))
    teeth = np.where(np.arange(32) % 2 == 0, 1.0, 0.88)
    teeth = np.where(np.abs(np.sin(t / 2)) > 0.35, teeth, 1.0)  # plain near the base
    cx, cy = 0.0, length / 2
    pts = np.stack([cx + (x - cx) * teeth, cy + (y - cy) * teeth], 1)
    return sharp(pts)


def _trifoliate(m: np.ndarray, size: float) -> list[Part]:
    """A strawberry leaf at ``m``'s origin, spreading along its +y in its xy plane: three
    serrated leaflets fanned from one point, the middle one largest."""
    parts = []
    for turn, f in ((0.0, 1.0), (52.0, 0.85), (-52.0, 0.85)):
        leaf = m @ rot("z", turn) @ rot("y", 12 if turn >= 0 else -12)
        parts.append(slab(_leaflet(size * f, size * 0.72 * f), 0.006, leaf, "vine"))
    return parts


def _strawberry(top, rng: Rng, ripe: bool = True) -> list[Part]:
    """A strawberry hanging from its stalk at ``top``: a plump cone tapering to its tip below,
    studded with yellow seeds, a star of green sepals over its shoulder."""
    top = np.asarray(top, float)
    s = float(rng.uniform(0.85, 1.1)) * (1.0 if ripe else 0.6)
    prof = [(0.0, 0.0), (0.012, 0.006), (0.028, 0.03), (0.036, 0.056), (0.031, 0.074),
            (0.012, 0.082), (0.0, 0.082)]  # fmt: skip
    m = at(*(top - v3(0, 0.082 * s, 0))) @ rot("z", float(rng.uniform(-12, 12))) @ scl(s)
    parts = [lathe(prof, m, "fruit-red" if ripe else "fruit-green", sides=12)]
    if ripe:  # the seeds
        pr = np.array(prof)
        pts, nrm = [], []
        for k in range(20):
            y = 0.012 + 0.06 * ((k * 0.618) % 1.0)
            r = float(np.interp(y, pr[:4, 1], pr[:4, 0]) if y < 0.056 else
                      np.interp(y, pr[3:6, 1], pr[3:6, 0]))  # fmt: skip
            a = 2.4 * k
            pts.append((r * np.cos(a), y, r * np.sin(a)))
            nrm.append((np.cos(a), 0.3, np.sin(a)))
        pts = np.array(pts) @ m[:3, :3].T + m[:3, 3]
        parts.append(studs(pts, np.array(nrm) @ m[:3, :3].T, 0.0035 * s, 0.004, "cloth-yellow",
                           4))  # fmt: skip
    star = [(np.cos(a) * (0.04 if i % 2 == 0 else 0.012), np.sin(a) * (0.04 if i % 2 == 0
             else 0.012)) for i, a in enumerate(np.linspace(0, 2 * np.pi, 13)[:-1])]  # fmt: skip
    parts.append(slab(sharp(star), 0.004, m @ at(0, 0.078, 0) @ rot("x", -90) @ scl(s), "vine"))
    return parts


def _strawberry_plant(rng: Rng) -> list[Part]:
    """A strawberry plant in a clay pot: a low rosette of trifoliate leaves with serrated
    leaflets on arching stalks, ripe red strawberries with yellow seeds and green sepals (and a
    green one) hanging over the rim on their runners, a few small white five-petalled flowers
    with yellow hearts among the leaves."""
    pot = [(0.0, 0.0), (0.12, 0.0), (0.125, 0.01), (0.15, 0.19), (0.168, 0.19), (0.172, 0.24),
           (0.155, 0.24), (0.14, 0.2), (0.0, 0.2)]  # fmt: skip
    parts = [lathe(pot, None, 0, "body", sides=16)]
    parts.append(cylinder(0.145, 0.15, 0.025, at(0, 0.195, 0), "soil"))
    crown = v3(0, 0.22, 0)
    spin = float(rng.uniform(0, 360))
    for k in range(8):  # the leaves
        a = np.radians(spin + 45 * k + float(rng.uniform(-10, 10)))
        out = np.array([np.cos(a), 0, np.sin(a)])
        reach = float(rng.uniform(0.1, 0.17))
        tip = crown + out * reach + v3(0, float(rng.uniform(0.12, 0.2)), 0)
        parts.append(tube([crown, crown + out * 0.03 + v3(0, 0.08, 0), tip], 0.006, None, "vine",
                          shape=DIAMOND))  # fmt: skip
        yaw = np.degrees(np.arctan2(out[0], out[2]))
        m = at(*tip) @ rot("y", yaw) @ rot("x", 90 - float(rng.uniform(-5, 25)))
        parts += _trifoliate(m, float(rng.uniform(0.085, 0.11)))
    for k in range(5):  # the runners and their berries
        a = np.radians(spin + 22 + 72 * k + float(rng.uniform(-10, 10)))
        out = np.array([np.cos(a), 0, np.sin(a)])
        hang = out * float(rng.uniform(0.2, 0.24)) + v3(0, float(rng.uniform(0.1, 0.2)), 0)
        mid = out * 0.17 + v3(0, 0.3, 0)
        parts.append(tube([crown, crown + out * 0.06 + v3(0, 0.08, 0), mid,
                           out * 0.2 + v3(0, hang[1] + 0.06, 0), hang], 0.004, None, "vine",
                          shape=DIAMOND))  # fmt: skip
        parts += _strawberry(hang, rng, ripe=k != 3)
    for k in range(3):  # the flowers
        a = np.radians(spin + 60 + 120 * k)
        out = np.array([np.cos(a), 0, np.sin(a)])
        c = crown + out * 0.11 + v3(0, 0.23, 0)
        parts.append(tube([crown, crown + out * 0.05 + v3(0, 0.12, 0), c], 0.003, None, "vine",
                          shape=DIAMOND))  # fmt: skip
        face = at(*c) @ align(out * 0.6 + v3(0, 1, 0))
        parts.append(slab(flower(5, 0.45), 0.004, face @ rot("x", -90) @ scl(0.03), "snow"))
        parts.append(sphere(1.0, face @ scl(0.01, 0.006, 0.01), "cloth-yellow"))
    return parts


# 1061: a pitcher plant


def _pitcher(m: np.ndarray, h: float, rng: Rng) -> list[Part]:
    """One pitcher standing at ``m``'s origin, its mouth to local +z: a tall hollow funnel
    swelling at the base, pinched above it and flaring to a lipped rim, a wing up its front, a
    big rounded hood lid rising from the back of the rim and arching over the mouth, red veins
    up its throat and over the hood."""
    rim = 0.072
    prof = [(0.0, 0.0), (0.013, 0.0), (0.032, 0.07 * h), (0.038, 0.16 * h), (0.026, 0.34 * h),
            (0.036, 0.6 * h), (0.054, 0.85 * h), (rim, h), (rim - 0.01, h), (0.05, 0.87 * h),
            (0.0, 0.75 * h)]  # fmt: skip
    parts = [lathe(prof, m, 0, sides=12)]
    parts.append(hoop(rim - 0.003, 0.009, m @ at(0, h, 0), 0, 18, 5))  # the lip
    wing = [(0.03, 0.1 * h), (0.05, 0.3 * h), (0.045, 0.55 * h), (0.03, 0.7 * h)]
    parts.append(slab(sharp(wing), 0.006, m @ rot("y", -90), 0))
    pr = np.array(prof[:8])
    for k in range(4):  # the veins up the throat
        a = np.radians(-80 + 55 * k + float(rng.uniform(-8, 8)))
        ys = np.array([0.55, 0.8, 0.99]) * h
        rs = np.interp(ys, pr[:, 1], pr[:, 0]) + 0.003
        ang = a + np.array([0.0, 0.08, 0.0])
        pts = np.stack([rs * np.cos(ang), ys, rs * np.sin(ang)], 1)
        parts.append(tube(pts @ m[:3, :3].T + m[:3, 3], 0.0032, None, "card-red", shape=DIAMOND))
    # the hood: (z, y) up its middle from the back of the rim, arching over the mouth
    path = np.array([(-rim, -0.005), (-rim - 0.006, 0.05), (-0.055, 0.1), (-0.01, 0.125),
                     (0.035, 0.11), (0.058, 0.085)])  # fmt: skip
    u = np.linspace(0.0, 1.0, len(path))[:, None]
    v = np.linspace(-1.0, 1.0, 9)[None, :]
    half = 0.05 + 0.045 * np.sin(np.pi * u) - 0.025 * u
    out = path - [0.0, 0.045]
    out = out / np.linalg.norm(out, axis=1, keepdims=True)
    sag = 0.5 * half * v**2
    z = path[:, :1] - out[:, :1] * sag
    y = h + path[:, 1:] - out[:, 1:] * sag
    grid = np.stack([v * half, y, z], -1) @ m[:3, :3].T + m[:3, 3]
    parts.append(cloth_sheet(grid, 0.006, 0))
    lift = np.c_[np.zeros(len(out)), out[:, 1], out[:, 0]] @ m[:3, :3].T * 0.004
    for j in (2, 6):  # the hood's veins
        parts.append(tube(grid[:, j] + lift, 0.0028, None, "card-red", shape=DIAMOND))
    return parts


def _pitcher_plant(rng: Rng) -> list[Part]:
    """A pitcher plant in a mossy pot: a cluster of tall upright tubular pitchers of different
    heights leaning a little apart, each a funnel swelling at its base and flaring to a lipped
    mouth under a hood lid, red veins running up the throats and over the hoods, a lumpy
    cushion of moss filling the pot."""
    parts = [cylinder(0.13, 0.16, 0.18, None, 1, "body")]  # the pot and its rim
    parts.append(cylinder(0.172, 0.176, 0.045, at(0, 0.175, 0), 1))
    moss = [(0.0, 0.2), (0.168, 0.2), (0.165, 0.235), (0.1, 0.262), (0.0, 0.268)]
    parts.append(lathe(moss, None, "vine", shape=lobed(24, 8, 0.25)))
    spots = ((0.0, -0.02, 0.8, 0), (-0.075, 0.03, 0.66, 10), (0.08, 0.02, 0.7, 10),
             (0.045, -0.085, 0.58, 8), (-0.06, -0.07, 0.52, 10),
             (0.03, 0.09, 0.42, 12))  # fmt: skip
    for k, (x, z, hh, lean) in enumerate(spots):  # each pitcher: where, how tall, its lean
        a = np.arctan2(x, z) if k else np.radians(float(rng.uniform(-30, 30)))
        m = at(x, 0.24, z) @ rot("y", np.degrees(a)) @ rot("x", lean)
        parts += _pitcher(m, hh * float(rng.uniform(0.92, 1.05)), rng)
    return parts


# 1062: a beekeeper's smoker


def _bellows(hinge: np.ndarray, gape: float) -> list[Part]:
    """A smoker's bellows standing against the can at ``hinge`` (the middle of its hinged foot),
    its boards in the yz plane: a fixed inner board, an outer board opened ``gape`` degrees
    about the foot, a pleated leather bag between them."""
    outline = [(-0.07, 0.02), (-0.085, 0.14), (-0.08, 0.25), (-0.05, 0.3), (0.05, 0.3),
               (0.08, 0.25), (0.085, 0.14), (0.07, 0.02), (0.04, 0.0), (-0.04, 0.0)]  # fmt: skip
    shape = np.array(outline) - [0.0, 0.15]
    parts = []
    for a, off in ((0.0, -0.009), (gape, 0.009)):  # the boards, (z, y) in the yz plane
        m = at(*hinge) @ rot("z", -a) @ at(off, 0, 0) @ rot("y", 90)
        parts.append(slab(sharp(outline), 0.018, m, 1))
    n = 11
    c, u, v = [], [], []
    for i in range(n):  # the pleated bag
        a = np.radians(gape * i / (n - 1))
        up = np.array([np.sin(a), np.cos(a), 0.0])
        f = 0.8 if i in (0, n - 1) else (0.97 if i % 2 else 0.84)
        c.append(hinge + up * 0.15)
        u.append(np.array([0.0, 0.0, -1.0]) * f)
        v.append(up * f)
    parts.append(loft(c, u, v, shape, "cloth-dark"))
    return parts


def _beekeepers_smoker(rng: Rng) -> list[Part]:
    """A beekeeper's smoker: a tin can with rolled bands, a hinged lid rising in a cone to a
    bent spout, a wire heat guard of hoops and bars round the can's front, a pair of bellows
    (two wooden boards hinged at the foot with a pleated leather bag between) fixed to its side,
    a wisp of smoke curling from the spout."""
    r, h = 0.1, 0.3
    parts = [cylinder(r, r, h, None, 0, "body")]
    for y in (0.0, 0.14, h - 0.02):  # the rolled bands
        parts.append(cylinder(r + 0.005, r + 0.005, 0.02, at(0, y, 0), 0))
    lid = at(0, h, 0)  # the lid, its hinge at the back
    parts.append(cylinder(r + 0.006, r + 0.006, 0.03, lid, 0))
    parts.append(cylinder(r + 0.004, 0.04, 0.1, lid @ at(0, 0.03, 0), 0))
    spout = [(0.0, h + 0.12, 0.0), (0.0, h + 0.165, 0.008), (0.01, h + 0.19, 0.05),
             (0.02, h + 0.19, 0.1)]  # fmt: skip
    parts.append(tube(spout, [0.04, 0.034, 0.028, 0.026], None, 0))
    parts.append(hoop(0.026, 0.005, at(0.02, h + 0.19, 0.1) @ ALONG_Z, 0, 16, 4))
    parts.append(cylinder(0.012, 0.012, 0.06, at(-0.03, h + 0.015, -r - 0.01) @ ALONG_X, 0))
    for x in (-0.02, 0.02):  # the hinge straps
        parts.append(box(0.012, 0.05, 0.004, at(x, h - 0.02, -r - 0.006), 0))
    for y in (0.05, 0.15, 0.25):  # the heat guard: hoops and bars round the front
        parts.append(hoop(r + 0.03, 0.004, at(0, y, 0), "steel", 28, 4))
    for k in range(10):
        a = np.radians(60 + 240 * k / 9)
        x, z = (r + 0.03) * np.cos(a), (r + 0.03) * np.sin(a)
        parts.append(rod((x, 0.03, -z), (x, 0.27, -z), 0.007, "steel"))
    gape = 24 + float(rng.uniform(-4, 4))
    parts += _bellows(v3(r + 0.045, 0.02, -0.01), gape)
    ks = np.linspace(0.0, 1.0, 10)  # the wisp of smoke, billowing and swaying as it rises
    tip = v3(0.02, h + 0.19, 0.12)
    sway = float(rng.uniform(0.035, 0.05))
    pts = [tip + v3(sway * np.sin(8 * k), 0.28 * k, 0.06 * k + 0.4 * sway * np.cos(6 * k))
           for k in ks]  # fmt: skip
    radii = (0.01, 0.014, 0.011, 0.017, 0.013, 0.019, 0.014, 0.018, 0.012, 0.0)
    parts.append(tube(pts, radii, None, "membrane"))
    return parts


# 1063: an origami crane


def _origami_crane(rng: Rng) -> list[Part]:
    """A folded paper crane, side on: a faceted diamond body, two big flat wings raised in a V
    from its back, each folded along a crease, a long pointed neck rising at the front with its
    tip folded down into a beak-like head, a pointed tail rising at the back; every face a flat
    plane, every crease sharp."""
    t = 0.01
    top, bot = v3(0.0, 0.26, 0.0), v3(0.0, 0.0, 0.0)
    front, back = v3(0.17, 0.11, 0.0), v3(-0.17, 0.11, 0.0)
    parts = []
    for s in (-1, 1):  # the body: four facets each side of the middle fold
        side = v3(0.0, 0.12, s * 0.075)
        for a, b in ((top, front), (front, bot), (bot, back), (back, top)):
            parts.append(_plate([a, b, side], t, 0, "" if parts else "body"))
    for s in (-1, 1):  # the neck and the tail: two layers folded along their upper edge
        root_lo, root_hi = v3(s * 0.09, 0.05, 0.0), v3(s * 0.2, 0.2, 0.0)
        tip = v3(s * (0.44 if s > 0 else 0.47), 0.56 if s > 0 else 0.53, 0.0)
        for z in (-1, 1):
            parts.append(_plate([root_lo + v3(0, 0, z * 0.02), root_hi, tip], t, 0))
    head = [v3(0.405, 0.5, 0.0), v3(0.44, 0.56, 0.0), v3(0.54, 0.47, 0.0)]
    for z in (-1, 1):  # the head, folded down
        parts.append(_plate([head[0] + v3(0, 0, z * 0.01), head[1], head[2]], t, 0))
    lift = float(rng.uniform(-4, 4))
    for s in (-1, 1):  # the wings, each folded along a crease
        a = np.radians(58 + lift)
        up = v3(0.0, np.sin(a), s * np.cos(a))
        root_f, root_b = top + v3(0.08, -0.03, 0), top + v3(-0.12, -0.04, 0)
        tip = top + v3(-0.05, 0, 0) + up * 0.5
        mid = top + v3(0.1, 0, 0) + up * 0.3 + v3(0, 0, s * 0.03)
        parts.append(_plate([root_f, mid, tip], t, 0))
        parts.append(_plate([root_f, tip, root_b], t, 0))
    return parts


MORE_APPLIANCES_ZZZE = {
    1056: _seed_packet, 1057: _lawn_sprinkler, 1058: _grow_light, 1059: _mushroom_rack,
    1060: _strawberry_plant, 1061: _pitcher_plant, 1062: _beekeepers_smoker, 1063: _origami_crane,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
