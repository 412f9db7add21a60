"""More of the device family's appliances, from 959: a garden trellis arch, a potting bench, a
tandoor oven, a sitar, a pair of tabla drums, a cycle rickshaw, an auto rickshaw, a pulled
rickshaw.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, Sweep, align, at, rot, scl
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    HEX,
    ZYX,
    band,
    blocks,
    hoop,
    lobed,
    loft,
    road_wheel,
    rrect,
    rrect_outline,
    scaled,
    side_wheel,
    studs,
    superellipse,
)
from ._primitives import DIAMOND, box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZS"]

Rng = np.random.Generator


# ---- shared pieces ----------------------------------------------------------------------------


def _bars(ends, w: float, d: float, across, slot=0, tag: str = "") -> Part:
    """Many straight bars (slats, spacers) as one part: for each (a, b) of ``ends`` a bar from a
    to b, w wide along ``across`` (one direction, or one per bar) and d deep square to that;
    one sweep through them all, a pole closing each end (cheap where there are dozens)."""
    e = np.asarray(ends, float).reshape(-1, 2, 3)
    a, b = e[:, 0], e[:, 1]
    t = b - a
    t /= np.linalg.norm(t, axis=1, keepdims=True)
    side = np.broadcast_to(np.asarray(across, float), t.shape)
    side = side - t * (t * side).sum(1, keepdims=True)
    side /= np.linalg.norm(side, axis=1, keepdims=True)
    nrm = np.cross(t, side)
    centres = np.stack([a, a, b, b], 1).reshape(-1, 3)
    u = np.repeat(side * w / 2, 4, axis=0)
    v = np.repeat(nrm * d / 2, 4, axis=0)
    radii = np.tile([0.0, 1.0, 1.0, 0.0], len(e))
    square = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])
    sweep = Sweep(centres, u, v, radii, square)
    return Part(lambda k: sweep, np.eye(4), slot, tag)


def _lattice(x: float, za: float, zb: float, y0: float, y1: float, step: float, slot=0):
    """A criss-cross lattice of thin slats in the plane x between z = za..zb and y = y0..y1:
    one set of diagonals just in front of the other, each set one part."""
    w, h = zb - za, y1 - y0
    rising, falling = [], []
    for c in np.arange(step / 2, w + h, step):  # rising to the right: p + q = c
        p0, p1 = max(0.0, c - h), min(w, c)
        if p1 - p0 > 0.02:
            rising.append([(x - 0.008, y0 + c - p0, za + p0), (x - 0.008, y0 + c - p1, za + p1)])
    for c in np.arange(-h + step / 2, w, step):  # falling to the right: p - q = c
        p0, p1 = max(0.0, c), min(w, c + h)
        if p1 - p0 > 0.02:
            falling.append([(x + 0.008, y0 + p0 - c, za + p0), (x + 0.008, y0 + p1 - c, za + p1)])
    return [_bars(run, 0.028, 0.012, (1, 0, 0), slot) for run in (rising, falling)]


def _hood(m: np.ndarray, rz: float, ry: float, w: float, a0: float, a1: float, slot) -> list[Part]:
    """A folding canopy hood under ``m``, pivoting on the x axis: four fabric folds round an
    oval rz × ry from a0 degrees (behind, the -z side) over the top to a1 (in front), each a
    little smaller than the one behind it, closed at the sides, with a hoop along each fold
    and a pivot boss each side."""
    parts = []
    folds = 4
    for i in range(folds):
        ta = a0 + (a1 - a0) * i / folds
        tb = a0 + (a1 - a0) * (i + 1) / folds + 2.0
        s = 1.0 - 0.03 * i
        t = np.radians(np.linspace(ta, tb, 6))
        pts = [(0.0, s * ry * np.sin(a), -s * rz * np.cos(a)) for a in t]
        placed = [tuple((m @ np.array([*p, 1.0]))[:3]) for p in pts]
        across = (m @ np.array([1.0, 0.0, 0.0, 0.0]))[:3]
        parts.append(band(placed, w * s, 0.018, across, slot))
        fan = [(0.0, 0.0)] + [(-s * rz * np.cos(a), s * ry * np.sin(a)) for a in t]
        for side in (-1, 1):
            parts.append(slab(sharp(fan), 0.014, m @ at(side * (w * s / 2 - 0.007), 0, 0) @ ZYX,
                              slot))  # fmt: skip
        y, z = s * ry * np.sin(t[-1]) + 0.01, -s * rz * np.cos(t[-1])  # the fold's front edge
        bow = [(-w * s / 2, 0.0, 0.0), (-w * s / 2, y, z), (w * s / 2, y, z), (w * s / 2, 0.0, 0.0)]
        parts.append(tube(bow, 0.008, m, "marking"))
    for side in (-1, 1):
        parts.append(cylinder(0.03, 0.03, 0.03, m @ at(side * (w / 2 + 0.015), 0, 0) @ ALONG_X,
                              "steel"))  # fmt: skip
    return parts


def _wheel(m: np.ndarray, r: float, spokes: int, slot=1) -> list[Part]:
    """A spoked wheel at m turning about x, r round: a dark tyre, a thin rim, wire spokes laced
    from both ends of the hub to the rim, the hub."""
    disc = m @ rot("z", 90)
    parts = [hoop(r - 0.02, 0.022, disc, "marking", 32, 6)]
    parts.append(hoop(r - 0.045, 0.01, disc, slot, 32, 4))
    for k in range(spokes):
        a = 2 * np.pi * k / spokes
        side = 0.03 if k % 2 else -0.03
        rim = (m @ np.array([0.0, (r - 0.05) * np.sin(a), (r - 0.05) * np.cos(a), 1.0]))[:3]
        hub = (m @ np.array([side, 0.025 * np.sin(a), 0.025 * np.cos(a), 1.0]))[:3]
        parts.append(tube([hub, rim], 0.0045, None, slot, shape=DIAMOND))
    parts.append(cylinder(0.032, 0.032, 0.08, m @ rot("z", 90) @ at(0, -0.04, 0), slot))
    return parts


def _leaves(pts, normals, r: float) -> Part:
    """Leaves along a climber: little five-sided green discs at the points, facing out."""
    return studs(pts, normals, r, 0.006, "vine", sides=5)


# ---- 959 garden trellis arch ------------------------------------------------------------------


def _climber(rng: Rng, path, spread: float) -> list[Part]:
    """A climbing rose along the points ``path``: a green cane through them, leaves round it and
    red and pink roses dotted along it, facing out."""
    pts = np.asarray(path, float)
    parts = [tube(pts, 0.012, None, "vine")]
    dense = np.array([np.interp(np.linspace(0, len(pts) - 1, 60), np.arange(len(pts)), pts[:, i])
                      for i in range(3)]).T  # fmt: skip
    leaf_p, leaf_n, rose_p, rose_n = [], [], [], []
    for k, p in enumerate(dense):
        for _ in range(2):
            d = rng.normal(size=3)
            d /= np.linalg.norm(d)
            leaf_p.append(p + d * spread * rng.uniform(0.3, 1.0))
            leaf_n.append(d + rng.normal(size=3) * 0.3)
        if k % 5 == 2:
            d = rng.normal(size=3)
            d[1] = abs(d[1]) * 0.5
            d /= np.linalg.norm(d)
            rose_p.append(p + d * spread * 0.6)
            rose_n.append(d)
    parts.append(_leaves(leaf_p, leaf_n, 0.032))
    rose_p, rose_n = np.array(rose_p), np.array(rose_n)
    for j, slot in enumerate(("card-red", "eraser")):
        pick = np.arange(len(rose_p)) % 3 == 0 if j else np.arange(len(rose_p)) % 3 != 0
        if pick.any():
            p, n = rose_p[pick], rose_n[pick]
            parts.append(studs(p, n, 0.045, 0.035, slot, 7))  # the outer petals
            parts.append(studs(p + n * 0.02, n, 0.028, 0.03, slot, 6))  # the furled heart
    return parts


def _trellis_arch(rng: Rng) -> list[Part]:
    """A garden trellis arch on a patch of grass: two upright side panels of criss-cross
    lattice slats between square corner posts, joined over the path by a curved top of two
    arched ribs a side with spacers between them and slats across, climbing roses with green
    leaves and red and pink flowers growing up one side and over the top, stepping stones
    through it."""
    px, pz, ph = 0.62, 0.22, 1.5  # the posts' x, z and height
    parts = [box(0.07, ph, 0.07, at(-px, 0, -pz), 0, "body")]
    for x, z in ((-px, pz), (px, -pz), (px, pz)):
        parts.append(box(0.07, ph, 0.07, at(x, 0, z), 0))
    for s in (-1, 1):
        x = s * px
        parts += _lattice(x, -pz + 0.035, pz - 0.035, 0.12, ph - 0.04, 0.13)
        for y in (0.1, ph - 0.06):  # the top and bottom rails
            parts.append(box(0.04, 0.05, 2 * pz, at(x, y, 0), 0))
        parts.append(box(0.2, 0.05, 2 * pz + 0.14, at(x, ph, 0), 0))  # the header board
        for z in (-pz, pz):  # the post caps
            parts.append(box(0.09, 0.03, 0.09, at(x, ph - 0.03, z), 1))
    cy = ph + 0.05
    for z in (-pz - 0.01, pz + 0.01):  # the arched ribs, spacers between them
        for r in (0.58, 0.7):
            ring = [(r * np.cos(a), cy + r * np.sin(a), z) for a in np.linspace(0, np.pi, 13)]
            parts.append(band(ring, 0.035, 0.045, (0, 0, 1), 0))
        spacers = [[(0.6 * np.cos(a), cy + 0.6 * np.sin(a), z),
                    (0.68 * np.cos(a), cy + 0.68 * np.sin(a), z)]
                   for a in np.radians(np.arange(15, 180, 30))]  # fmt: skip
        parts.append(_bars(spacers, 0.03, 0.03, (0, 0, 1), 0))
    a = np.radians(np.linspace(8, 172, 12))  # the slats across the top
    c, sn = np.cos(a), np.sin(a)
    slats = [[(0.735 * x, cy + 0.735 * y, -pz - 0.06), (0.735 * x, cy + 0.735 * y, pz + 0.06)]
             for x, y in zip(c, sn, strict=True)]  # fmt: skip
    parts.append(_bars(slats, 0.045, 0.02, np.stack([-sn, c, 0 * c], 1), 0))
    # the grass and the stepping stones
    parts.append(slab(rrect_outline(2.1, 1.3, 0.4), 0.04, at(0, 0.02, 0) @ FLAT_UP, "land"))
    for k, z in enumerate((-0.45, -0.05, 0.35)):
        x = float(rng.uniform(-0.06, 0.06))
        parts.append(cylinder(0.16 - 0.01 * k, 0.15 - 0.01 * k, 0.02,
                              at(x, 0.035, z) @ scl(1.0, 1.0, 0.75), "stones"))  # fmt: skip
    # the climbing roses: up the left panel and over to the top, and up the right post
    left = [(-px + 0.05, 0.05, 0.15)]
    for k in range(1, 8):
        y = 0.05 + k * 0.21
        left.append((-px + 0.04 + 0.02 * (k % 2), y, 0.15 * np.cos(k * 1.3)))
    for a in np.radians((10, 40, 70, 100, 125)):
        left.append((-0.66 * np.cos(a), cy + 0.66 * np.sin(a), 0.12 * np.sin(3 * a)))
    parts += _climber(rng, left, 0.1)
    right = [(px + 0.06, 0.05, pz)]
    for k in range(1, 8):
        right.append((px + 0.06, 0.05 + k * 0.21, pz - 0.05 - 0.14 * (k / 7) + 0.05 * (k % 2)))
    for a in np.radians((15, 40)):
        right.append((0.66 * np.cos(a), cy + 0.66 * np.sin(a) + 0.03, 0.1))
    parts += _climber(rng, right, 0.09)
    return parts


# ---- 960 potting bench ------------------------------------------------------------------------


def _pot(m: np.ndarray, r: float, slot=1, stack: int = 1) -> list[Part]:
    """A terracotta flower pot at m, r round at its rim: a tapering body under a thick rim;
    with ``stack``, that many nested in a pile, rim over rim."""
    prof = [(0.0, 0.0), (0.7 * r, 0.0), (0.72 * r, 0.02 * r), (0.9 * r, 0.8 * r)]
    step = 0.3 * r
    for k in range(stack):
        y = 0.8 * r + k * step
        prof += [(0.99 * r, y + 0.01 * r), (r, y + 0.2 * r), (0.92 * r, y + 0.21 * r)]
    prof += [(0.84 * r, prof[-1][1]), (0.82 * r, 0.25 * r), (0.0, 0.25 * r)]
    return [lathe(prof, m, slot, sides=12)]


def _seedling(m: np.ndarray, h: float) -> list[Part]:
    """A small green plant at m: a stalk and a few leaves."""
    parts = [cylinder(0.006, 0.004, h, m, "vine")]
    for k in range(3):
        a = np.radians(120 * k + 30)
        d = np.array([np.cos(a), 0.9, np.sin(a)])
        tip = m @ at(0, h * (0.6 + 0.15 * k), 0) @ align(d) @ at(0, h * 0.25, 0)
        parts.append(lathe([(0.0, -1.0), (0.6, -0.5), (0.6, 0.3), (0.0, 1.0)],
                           tip @ scl(h * 0.26, h * 0.3, h * 0.08), "vine", sides=4))  # fmt: skip
    return parts


def _potting_bench(rng: Rng) -> list[Part]:
    """A gardener's potting bench: a plank work top on four legs with a raised back board and a
    narrow shelf across the top of it, terracotta pots with seedlings along the shelf, a heap
    of dark soil and a trowel on the work top, a black seedling tray of little green shoots, a
    slatted lower shelf with stacked and upturned pots."""
    w, d, h = 1.3, 0.6, 0.86
    back = -d / 2 + 0.03
    parts = [box(w, 0.035, d, at(0, h, 0), 0, "body")]
    for k in range(1, 5):  # the gaps between its planks
        parts.append(box(w + 0.002, 0.036, 0.006, at(0, h, -d / 2 + d * k / 5), "marking"))
    for s in (-1, 1):
        parts.append(box(0.06, h, 0.06, at(s * (w / 2 - 0.04), 0, d / 2 - 0.05), 0))  # the legs
        parts.append(box(0.06, 1.62, 0.06, at(s * (w / 2 - 0.04), 0, back), 0))
        parts.append(box(0.035, 0.1, d + 0.01, at(s * (w / 2 - 0.02), h, 0), 0))  # the side lips
        parts.append(box(0.04, 0.08, d - 0.1, at(s * (w / 2 - 0.04), 0.2, 0), 0))  # the rails
    parts.append(box(w, 0.08, 0.03, at(0, h - 0.09, d / 2 - 0.03), 0))  # the apron
    for k in range(3):  # the back board
        parts.append(box(w - 0.08, 0.17, 0.025, at(0, h + 0.04 + 0.18 * k, back - 0.005), 0))
    ys = h + 0.58
    parts.append(box(w + 0.06, 0.03, 0.22, at(0, ys, back + 0.08), 0))  # the top shelf
    for s in (-1, 1):
        brace = [(0.0, 0.0), (0.17, 0.0), (0.0, -0.14)]
        parts.append(slab(sharp(brace), 0.025, at(s * (w / 2 - 0.1), ys, back + 0.01) @ ZYX, 0))
    for k in range(5):  # the lower shelf's slats
        parts.append(box(w - 0.1, 0.025, 0.09, at(0, 0.25, -d / 2 + 0.08 + 0.11 * k), 0))
    # the pots on the top shelf, most with a seedling
    for k, x in enumerate((-0.48, -0.25, -0.02, 0.22, 0.45)):
        r = (0.08, 0.065, 0.09, 0.07, 0.06)[k]
        m = at(x, ys + 0.03, back + 0.09)
        parts += _pot(m, r)
        parts.append(cylinder(0.82 * r, 0.82 * r, 0.01, m @ at(0, 0.86 * r, 0), "soil"))
        if k != 3:
            parts += _seedling(m @ at(0, 0.86 * r, 0), 0.1 + 0.04 * (k % 2))
    # the heap of soil and the trowel on the work top
    mound = [(0.0, 0.0), (1.0, 0.0), (0.8, 0.12), (0.5, 0.4), (0.25, 0.62), (0.0, 0.68)]
    heap = at(-0.3, h + 0.035, 0.0) @ scl(0.27, 0.2, 0.21)
    parts.append(lathe(mound, heap, "soil", shape=lobed(18, 6, 0.18)))
    crumbs = []
    for k in range(7):  # the crumbs round it
        a = 2 * np.pi * k / 7 + float(rng.uniform(-0.3, 0.3))
        crumbs.append((-0.3 + 0.3 * np.cos(a), h + 0.04, 0.24 * np.sin(a)))
    parts.append(studs(crumbs, [(0, 1, 0)] * 7, 0.022, 0.02, "soil", 5))
    tm = at(-0.02, h + 0.045, 0.18) @ rot("y", 35 + float(rng.uniform(-8, 8)))
    blade = [(0.0, 0.0), (0.05, 0.012), (0.16, 0.0), (0.05, -0.012)]
    parts.append(slab(sharp([(x, 2.5 * y) for x, y in blade]), 0.006, tm @ rot("x", -90),
                      "steel"))  # fmt: skip
    parts.append(stick(tuple((tm @ [-0.0, 0, 0, 1])[:3]), tuple((tm @ [-0.06, 0.01, 0, 1])[:3]),
                       0.006, "steel"))  # fmt: skip
    parts.append(cylinder(0.016, 0.014, 0.12, tm @ at(-0.06, 0.01, 0) @ rot("z", 90), "cork"))
    # the seedling tray
    tray = at(0.32, h + 0.035, 0.02)
    parts.append(box(0.4, 0.05, 0.26, tray, "marking"))
    parts.append(box(0.37, 0.01, 0.23, tray @ at(0, 0.045, 0), "soil"))
    shoots, tips, normals = [], [], []
    for i in range(6):
        for j in range(4):
            p = (tray @ np.array([-0.15 + 0.06 * i, 0.05, -0.09 + 0.06 * j, 1.0]))[:3]
            shoots.append(p)
            for s in (-1, 1):
                tips.append(p + np.array([s * 0.012, 0.04, 0.0]))
                normals.append((s * 0.5, 1.0, 0.2))
    parts.append(blocks(shoots, (0.005, 0.04, 0.005), None, "vine"))
    parts.append(studs(tips, normals, 0.012, 0.004, "vine", 5))
    # the stacked and upturned pots on the lower shelf
    parts += _pot(at(-0.38, 0.275, 0.0), 0.1, 1, 4)
    parts += _pot(at(-0.12, 0.275, -0.05), 0.075, 1, 3)
    parts += _pot(at(0.2, 0.275 + 0.13, 0.02) @ rot("x", 180), 0.13)
    parts += _pot(at(0.42, 0.275 + 0.1, -0.02) @ rot("x", 180), 0.1)
    return parts


# ---- 961 tandoor oven -------------------------------------------------------------------------


def _naan(m: np.ndarray, s: float) -> list[Part]:
    """A flatbread slapped on a wall at m (its face local +z): a puffy teardrop, browned
    blisters."""
    drop = [(0.0, 1.0), (0.45, 0.55), (0.55, 0.0), (0.35, -0.45), (0.0, -0.6), (-0.35, -0.45),
            (-0.55, 0.0), (-0.45, 0.55)]  # fmt: skip
    parts = [slab([(x * s, y * s) for x, y in drop], 0.014, m, "pencil-wood")]
    spots = [
        (m @ np.array([x * s, y * s, 0.007, 1.0]))[:3]
        for x, y in ((0.15, 0.2), (-0.2, -0.1), (0.1, -0.3), (-0.05, 0.5), (0.25, -0.1))
    ]
    normal = m[:3, 2]
    parts.append(studs(spots, [normal] * len(spots), 0.07 * s, 0.006, "cork", 6))
    return parts


def _tandoor(rng: Rng) -> list[Part]:
    """A tandoor, the clay oven: a wide round beehive body narrowing to an open round mouth with
    a thick lip, an iron rim round the mouth and a band round the foot, fire glowing inside with
    flames licking up out of the mouth, teardrop flatbreads slapped on the inner wall, skewers
    of kebabs standing in it, a small arched draught hatch at the foot glowing with embers and
    its iron door swung open, a plate of baked flatbreads on the ground beside it."""
    outer = [(0.0, 0.0), (0.44, 0.0), (0.48, 0.1), (0.48, 0.28), (0.43, 0.52), (0.35, 0.72),
             (0.28, 0.87), (0.275, 0.93), (0.25, 0.945), (0.235, 0.92), (0.3, 0.76),
             (0.38, 0.56), (0.42, 0.3), (0.4, 0.14), (0.0, 0.14)]  # fmt: skip
    parts = [lathe(outer, None, 0, "body")]
    parts.append(torus(0.272, 0.018, at(0, 0.93, 0) @ scl(1.0, 1.4, 1.0), 1))  # the rim
    parts.append(torus(0.488, 0.016, at(0, 0.16, 0) @ scl(1.0, 1.6, 1.0), 1))  # the foot band
    # the fire in the pit, its flames licking up out of the mouth
    parts.append(cylinder(0.38, 0.3, 0.08, at(0, 0.12, 0), "glow"))
    for k, (x, z, hh) in enumerate(((0.0, 0.04, 0.98), (0.1, 0.02, 0.8), (-0.1, 0.04, 0.84),
                                    (0.06, 0.14, 0.76), (-0.06, 0.15, 0.8))):  # fmt: skip
        hh += float(rng.uniform(-0.04, 0.04))
        prof = [(0.0, 0.0), (0.14, 0.08), (0.12, hh * 0.4), (0.05, hh * 0.8), (0.0, hh)]
        parts.append(lathe(prof, at(x, 0.18, z) @ rot("z", 5 * (k - 2)), "flame", sides=10))
    # the flatbreads stuck round the inner wall just under the mouth, on its far side
    for k, a in enumerate((-150, -115, -80, -45)):
        t = np.radians(a)
        y = 0.83 - 0.03 * (k % 2)
        r = 0.255
        m = at(r * np.cos(t), y, r * np.sin(t)) @ rot("y", -a - 90) @ rot("x", -40)
        parts += _naan(m, 0.075)
    # the skewers of kebabs standing in the mouth
    for k, (x, z, lean) in enumerate(((0.12, -0.08, 14), (-0.12, 0.02, -12), (0.02, 0.14, 4))):
        m = at(x, 0.4, z) @ rot("z", lean) @ rot("x", 8 * (k - 1))
        parts.append(cylinder(0.006, 0.006, 0.85, m, "steel"))
        parts.append(hoop(0.02, 0.005, m @ at(0, 0.87, 0) @ rot("x", 90), "steel", 12, 4))
        meat = [(0, 0.3 + 0.03 * j, 0) for j in range(8)]
        radii = [0.02, 0.03, 0.024, 0.032, 0.025, 0.03, 0.024, 0.016]
        parts.append(tube(meat, radii, m, "card-red" if k != 1 else "cork", shape=HEX))
    # the hatch at the foot glowing with embers, its iron door swung open
    hatch = [(-0.1, 0.0), (0.1, 0.0), (0.1, 0.1), (0.07, 0.15), (0.0, 0.17), (-0.07, 0.15),
             (-0.1, 0.1)]  # fmt: skip
    parts.append(slab(sharp(hatch), 0.04, at(0, 0.02, 0.48), "marking"))
    parts.append(box(0.16, 0.04, 0.04, at(0, 0.025, 0.485), "glow"))
    rim = [(x * 1.1, 0.02 + y * 1.08, 0.5) for x, y in hatch[1:] + hatch[:1]]
    parts.append(tube(rim, 0.012, None, 1))
    door = at(0.11, 0.02, 0.5) @ rot("y", 75) @ at(0.1, 0, 0)
    parts.append(slab(sharp(hatch), 0.015, door, 1))
    parts.append(torus(0.02, 0.005, door @ at(0.05, 0.08, 0.012) @ rot("x", 90), 1))
    # a steel plate of baked flatbreads on the ground beside it
    plate = at(0.5, 0.0, 0.42)
    parts.append(cylinder(0.17, 0.18, 0.02, plate, "steel"))
    for k in range(3):
        spin = 40 * k + float(rng.uniform(-10, 10))
        m = plate @ at(0, 0.028 + 0.016 * k, 0) @ rot("y", spin) @ rot("x", -90)
        parts += _naan(m, 0.13)
    return parts


# ---- 962 sitar --------------------------------------------------------------------------------


def _sitar_local(rng: Rng) -> list[Part]:
    """A sitar in its own frame: the big gourd round the origin, the neck along +x, the face
    up (+y), its width along z."""
    gourd = [(0.0, -0.18), (0.1, -0.16), (0.17, -0.09), (0.19, 0.0), (0.175, 0.04),
             (0.15, 0.055), (0.0, 0.06)]  # fmt: skip
    parts = [lathe(gourd, None, 0, "body")]
    parts.append(cylinder(0.155, 0.15, 0.012, at(0, 0.05, 0), 0))  # the soundboard
    parts.append(torus(0.152, 0.006, at(0, 0.056, 0), 1))  # its inlaid rim
    parts.append(torus(0.07, 0.004, at(0.02, 0.062, 0), 1))  # the rosette
    parts.append(torus(0.045, 0.004, at(0.02, 0.062, 0), 1))
    parts.append(box(0.02, 0.02, 0.09, at(-0.03, 0.06, 0), 1))  # the bridge
    parts.append(box(0.03, 0.03, 0.05, at(-0.18, 0.0, 0), 1))  # the tailpiece
    # the neck: a long wide flat board on a hollow stem, the head at its end
    nl, nw = 0.98, 0.085
    parts.append(box(0.2, 0.06, 0.1, at(0.15, 0.0, 0) @ rot("z", 10), 0))  # the heel
    parts.append(box(nl, 0.05, nw, at(0.12 + nl / 2, 0.01, 0), 0))
    top = 0.06
    for s in (-1, 1):  # the inlay lines along its edges
        parts.append(box(nl, 0.006, 0.008, at(0.12 + nl / 2, top, s * (nw / 2 - 0.006)), 1))
    parts.append(box(0.012, 0.015, nw, at(0.95, top, 0), 1))  # the nut
    end = 0.12 + nl
    parts.append(box(0.16, 0.07, 0.07, at(end + 0.08, -0.005, 0), 0))  # the peg head
    fin = [(0.0, 0.0), (0.03, 0.0), (0.045, 0.04), (0.02, 0.07), (-0.01, 0.05)]
    parts.append(slab(fin, 0.045, at(end + 0.15, 0.0, 0) @ rot("z", -60), 0))  # its finial
    parts.append(sphere(0.018, at(end + 0.2, 0.0, 0), 1))
    # the arched frets
    for k in range(17):
        x = 0.22 + (0.92 - 0.22) * (1 - (1 - k / 16) ** 1.25)
        arch = [(x, top, -nw / 2 + 0.004), (x, top + 0.03, -0.02), (x, top + 0.035, 0.0),
                (x, top + 0.03, 0.02), (x, top, nw / 2 - 0.004)]  # fmt: skip
        parts.append(tube(arch, 0.0035, None, "steel", shape=DIAMOND))
    # the upper gourd under the neck
    parts.append(sphere(1.0, at(0.86, -0.07, 0) @ scl(0.1, 0.095, 0.1), 0))
    parts.append(cylinder(0.03, 0.03, 0.05, at(0.86, -0.02, 0), 1))
    # the pegs: big ones on the head and the side of the neck, small ones along the neck
    for x, side in ((0.98, 1), (1.05, -1), (1.12, 1), (1.19, -1)):
        base = (x, 0.015, side * 0.035)
        tip = (x, 0.035, side * 0.14)
        parts.append(stick(base, tip, 0.008, 0))
        parts.append(sphere(1.0, at(*tip) @ scl(0.022, 0.022, 0.012), 1))
    for k in range(3):
        x = 0.6 + 0.12 * k
        parts.append(stick((x, 0.02, nw / 2), (x, 0.03, nw / 2 + 0.09), 0.007, 0))
        parts.append(sphere(1.0, at(x, 0.03, nw / 2 + 0.1) @ scl(0.018, 0.018, 0.01), 1))
    for k in range(11):
        x = 0.28 + 0.055 * k
        parts.append(stick((x, 0.01, -nw / 2), (x, 0.015, -nw / 2 - 0.035), 0.004, 1))
    # the strings from the tailpiece over the bridge to the nut and the pegs
    for k in range(5):
        z = -0.024 + 0.012 * k
        parts.append(tube([(-0.18, 0.03, z * 0.6), (-0.03, 0.073, z), (0.95, 0.07 + 0.002, z),
                           (0.98 + 0.07 * (k % 4), 0.03, 0.0)], 0.0018, None, "steel",
                          shape=DIAMOND))  # fmt: skip
    return parts


def _sitar(rng: Rng) -> list[Part]:
    """A sitar standing on its big gourd and leaning back a little, its face toward the viewer:
    a big round gourd body with a flat soundboard, rosette and bone bridge, a long wide flat
    neck with inlaid edges and arched metal frets, a second smaller gourd behind the neck near
    its top, tuning pegs on the head and the side of the neck and a row of little pegs down the
    other side, steel strings."""
    upright = np.array([[0.0, 0, 1, 0], [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1]])
    lean = float(rng.uniform(-3, 3))
    m = at(0, 0.19, 0) @ rot("y", -30) @ rot("x", -14 + lean) @ upright
    return scaled(_sitar_local(rng), m)


# ---- 963 pair of tabla drums ------------------------------------------------------------------


def _laced_drum(m: np.ndarray, prof, rim: float, y_top: float, slot, n: int) -> list[Part]:
    """A drum at m: a shell turned from ``prof`` with a skin head of radius ``rim`` at
    ``y_top`` in a braided hoop, ``n`` leather straps laced in V's from the hoop down to a ring
    round the foot."""
    parts = [lathe(prof, m, slot)]
    parts.append(cylinder(rim, rim, 0.008, m @ at(0, y_top, 0), "pages"))
    parts.append(torus(rim - 0.004, 0.007, m @ at(0, y_top + 0.006, 0), "cork"))
    rs = [r for r, _ in prof]
    hs = [y for _, y in prof]
    foot = 0.03
    parts.append(torus(np.interp(foot, hs, rs) + 0.006, 0.007, m @ at(0, foot, 0), "cork"))
    for k in range(n):
        a0 = 2 * np.pi * k / n
        a1 = a0 + (np.pi / n if k % 2 == 0 else -np.pi / n)
        pts = []
        for t in np.linspace(0.0, 1.0, 5):
            y = y_top - (y_top - foot) * t
            r = np.interp(y, hs, rs) + 0.005
            a = a0 + (a1 - a0) * t
            pts.append(tuple((m @ np.array([r * np.cos(a), y, r * np.sin(a), 1.0]))[:3]))
        parts.append(tube(pts, 0.0045, None, "cork", shape=DIAMOND))
    return parts


def _tabla(rng: Rng) -> list[Part]:
    """A pair of tabla drums, each on its cloth ring: the dayan, a narrow tall wooden drum
    with wooden tuning blocks wedged under its leather straps, and the bayan, a wider rounded
    metal bowl drum with leather lacing; each a skin head in a braided hoop with a black
    circle on it, in the middle of the dayan's and off to one side on the bayan's."""
    # the dayan
    dm = at(0.15, 0.035, 0.07) @ rot("x", 4)
    dprof = [(0.0, 0.0), (0.075, 0.0), (0.088, 0.05), (0.09, 0.12), (0.083, 0.2), (0.074, 0.25),
             (0.072, 0.262), (0.0, 0.262)]  # fmt: skip
    parts = [lathe(dprof, dm, 0, "body")]
    parts += _laced_drum(dm, dprof, 0.072, 0.262, 0, 16)[1:]
    parts.append(cylinder(0.029, 0.029, 0.004, dm @ at(0, 0.27, 0), "pupil"))
    for k in range(8):  # the tuning blocks
        a = 2 * np.pi * (k + 0.5) / 8
        r = 0.096
        parts.append(cylinder(0.013, 0.013, 0.05, dm @ at(r * np.cos(a), 0.06, r * np.sin(a)), 0))
    parts.append(torus(0.075, 0.028, at(0.15, 0.028, 0.07), "card-red"))  # its ring
    # the bayan
    bm = at(-0.16, 0.04, -0.05) @ rot("x", 5) @ rot("z", -5)
    bprof = [(0.0, 0.0), (0.05, 0.0), (0.1, 0.025), (0.132, 0.08), (0.132, 0.14), (0.115, 0.19),
             (0.106, 0.21), (0.0, 0.212)]  # fmt: skip
    parts += _laced_drum(bm, bprof, 0.106, 0.21, 1, 14)
    parts.append(cylinder(0.034, 0.034, 0.004, bm @ at(0.03, 0.217, 0.02), "pupil"))
    parts.append(torus(0.09, 0.035, at(-0.16, 0.035, -0.05), "plume"))  # its ring
    return parts


# ---- 964 cycle rickshaw -----------------------------------------------------------------------


def _bench(m: np.ndarray, w: float, d: float, slot) -> list[Part]:
    """A padded passenger bench at m (its seat's front edge middle at the origin): a plump seat
    cushion and a padded backrest leaning back."""
    parts = [box(w, 0.1, d, m @ at(0, 0, -d / 2), slot)]
    parts.append(box(w - 0.03, 0.03, d - 0.03, m @ at(0, 0.09, -d / 2), slot))
    back = m @ at(0, 0.1, -d + 0.02) @ rot("x", -12)
    parts.append(box(w, 0.42, 0.1, back, slot))
    tufts = [(back @ np.array([-w / 3 + w / 3 * k, 0.13 + 0.15 * j, 0.05, 1.0]))[:3]
             for k in range(3) for j in range(2)]  # its buttoned tufts # fmt: skip
    parts.append(studs(tufts, [back[:3, 2]] * 6, 0.014, 0.012, "marking", 6))
    return parts


def _cycle_rickshaw(rng: Rng) -> list[Part]:
    """A cycle rickshaw: a bicycle's front half (one wheel in a fork, upright handlebars, the
    rider's saddle, the frame and the pedals and chain) pulling a two-wheeled rear axle that
    carries a raised padded passenger bench on a box seat with a footboard in front, mudguards
    over the rear wheels, a folding canopy hood over the bench."""
    R = 0.34
    fz, bz, tx = 1.05, -0.62, 0.56
    parts = [tube([(0, 0.96, 0.9), (0, 0.93, 0.36)], 0.024, None, 0, "body")]  # the top tube
    parts += _wheel(at(0, R, fz), R, 16, "steel")
    for s in (-1, 1):  # the rear wheels and their mudguards
        parts += _wheel(at(s * tx, R, bz), R, 16, "steel")
        guard = [(s * tx, R + (R + 0.05) * np.sin(a), bz + (R + 0.05) * np.cos(a))
                 for a in np.radians(np.linspace(20, 160, 7))]  # fmt: skip
        parts.append(band(guard, 0.07, 0.01, (1, 0, 0), 0))
    parts.append(stick((-tx, R, bz), (tx, R, bz), 0.02, "steel"))  # the rear axle
    # the front: head tube, fork, stem and handlebars
    parts.append(stick((0, 0.76, 0.98), (0, 1.0, 0.9), 0.03, 0))
    for s in (-1, 1):
        parts.append(stick((s * 0.04, 0.76, 0.98), (s * 0.05, R, fz), 0.014, 0))
    parts.append(stick((0, 1.0, 0.9), (0, 1.1, 0.88), 0.016, "steel"))
    bar = [(-0.3, 1.14, 0.72), (-0.22, 1.12, 0.85), (0.0, 1.1, 0.89), (0.22, 1.12, 0.85),
           (0.3, 1.14, 0.72)]  # fmt: skip
    parts.append(tube(bar, 0.012, None, "steel"))
    for s in (-1, 1):
        parts.append(stick((s * 0.3, 1.14, 0.72), (s * 0.31, 1.145, 0.64), 0.02, "marking"))
    parts.append(sphere(1.0, at(0, 0.95, 1.01) @ scl(0.05, 0.05, 0.03), "snow"))  # the lamp
    # the frame: down tube, seat tube, saddle, the bars back to the passenger box
    bb = (0, 0.33, 0.38)
    parts.append(stick((0, 0.82, 0.96), bb, 0.024, 0))
    parts.append(stick(bb, (0, 1.0, 0.32), 0.022, 0))
    seat = [(-0.08, -0.12), (0.08, -0.12), (0.07, 0.02), (0.025, 0.13), (-0.025, 0.13),
            (-0.07, 0.02)]  # fmt: skip
    parts.append(slab(seat, 0.06, at(0, 1.03, 0.3) @ rot("x", 90), "marking"))
    parts.append(stick(bb, (0, 0.45, -0.2), 0.024, 0))
    parts.append(stick((0, 0.92, 0.35), (0, 0.52, -0.2), 0.02, 0))
    for s in (-1, 1):  # the pedals
        ph = 0.12 * s
        parts.append(stick((s * 0.05, 0.33, 0.38), (s * 0.09, 0.33 + ph, 0.38 - ph * 0.3),
                           0.01, "steel"))  # fmt: skip
        parts.append(box(0.08, 0.02, 0.05, at(s * 0.13, 0.32 + ph, 0.38 - ph * 0.3), "marking"))
    parts.append(cylinder(0.09, 0.09, 0.01, at(0.05, 0.33, 0.38) @ ALONG_X, "steel"))
    for dy in (0.09, -0.09):  # the chain back to the rear axle
        parts.append(stick((0.06, 0.33 + dy, 0.38), (0.06, R + dy * 0.7, bz), 0.006, "marking"))
    parts.append(cylinder(0.065, 0.065, 0.01, at(0.06, R, bz) @ ALONG_X, "steel"))
    # the passenger box: footboard, seat box, bench, side rails
    parts.append(box(0.8, 0.03, 0.42, at(0, 0.44, -0.32), 0))  # the footboard
    parts.append(box(0.8, 0.08, 0.02, at(0, 0.44, -0.11), 0))
    for s in (-1, 1):
        parts.append(stick((s * 0.3, 0.45, -0.12), (s * 0.3, 0.5, -0.55), 0.018, 0))
    sb = at(0, 0.5, -0.78)
    parts.append(box(0.96, 0.34, 0.5, sb, 0))  # the seat box
    parts.append(box(0.9, 0.2, 0.01, sb @ at(0, 0.07, 0.25), 1))  # its painted panel
    parts += _bench(at(0, 0.84, -0.53), 0.94, 0.5, "card-red")
    for s in (-1, 1):  # the armrests
        arm = [(s * 0.48, 0.94, -0.55), (s * 0.5, 1.1, -0.7), (s * 0.49, 1.12, -0.95)]
        parts.append(tube(arm, 0.014, None, "steel"))
    # the folding hood over the bench
    hood = at(0, 1.18, -0.78)
    parts += _hood(hood, 0.48, 0.66, 1.0, -12, 100 + float(rng.uniform(-6, 4)), 1)
    return parts


# ---- 965 auto rickshaw ------------------------------------------------------------------------


def _auto_rickshaw(rng: Rng) -> list[Part]:
    """An auto rickshaw (tuk-tuk): a three-wheeled motor taxi with one small wheel in front
    under a rounded nose cowl with a round headlamp, two at the back under a wide rounded tub;
    a black canvas roof on slim pillars over open sides, a framed windscreen with a wiper,
    motorcycle handlebars behind it, the driver's seat and a passenger bench across the back,
    mirrors, mudguard and a number plate; green below and yellow above."""
    r = 0.2
    fz, bz = 1.0, -0.62
    # the nose cowl: rounded sections widening back from the nose to the windscreen
    zs = (1.13, 1.06, 0.9, 0.7, 0.5, 0.44)
    hw = (0.2, 0.28, 0.42, 0.56, 0.62, 0.62)
    cy = (0.72, 0.7, 0.69, 0.68, 0.67, 0.67)
    hh = (0.22, 0.28, 0.3, 0.31, 0.32, 0.32)
    ring = superellipse(1.0, 1.0, 3.2, 24)
    centres = [(0, y, z) for y, z in zip(cy, zs, strict=True)]
    parts = [loft(centres, [(w, 0, 0) for w in hw], [(0, h, 0) for h in hh], ring, 0, "body")]
    top = np.concatenate([ring[ring[:, 1] > 0.05] * 1.012, [[-1.012, 0.05], [1.012, 0.05]]])
    top = top[np.argsort(np.arctan2(top[:, 1] - 0.4, top[:, 0]))]  # its upper half, yellow
    parts.append(loft(centres, [(w, 0, 0) for w in hw], [(0, h, 0) for h in hh], top, 1))
    # the floor, the sills and the rear tub with a yellow band round its top
    parts.append(box(1.0, 0.1, 1.25, at(0, 0.28, -0.1), 0))
    for s in (-1, 1):
        parts.append(box(0.06, 0.12, 0.62, at(s * 0.5, 0.28, 0.1), 0))
    tub = at(0, 0.56, -0.72) @ FLAT_UP
    parts.append(slab(rrect_outline(1.36, 0.88, 0.26), 0.3, tub, 0))
    parts.append(slab(rrect_outline(1.38, 0.9, 0.26), 0.07, tub @ at(0, 0, 0.13), 1))
    # the black canvas roof, the canvas down the back, the grab poles at the open sides
    roof = at(0, 1.53, -0.22) @ scl(0.68, 0.18, 0.9)
    prof = [(0.0, 0.0), (0.98, 0.0), (1.0, 0.3), (0.96, 0.75), (0.8, 0.95), (0.0, 1.0)]
    parts.append(lathe(prof, roof, "marking", shape=rrect(2.0, 2.0, 0.5, 4)))
    back = at(0, 0.7, -1.06) @ rot("x", 4)
    parts.append(box(1.32, 0.86, 0.03, back, "marking"))
    parts.append(box(0.6, 0.18, 0.01, back @ at(0, 0.5, -0.02), "window"))
    for s in (-1, 1):
        parts.append(box(0.03, 0.86, 0.3, at(s * 0.66, 0.7, -0.93), "marking"))
        parts.append(stick((s * 0.64, 0.7, -0.45), (s * 0.64, 1.54, -0.45), 0.014, "steel"))
    # the windscreen in its frame
    ws = at(0, 0.98, 0.47) @ rot("x", -12)
    parts.append(box(1.08, 0.52, 0.012, ws, "pane"))
    for s in (-1, 1):
        parts.append(box(0.05, 0.6, 0.05, ws @ at(s * 0.56, -0.04, 0), 1))
    parts.append(box(1.17, 0.05, 0.05, ws @ at(0, 0.52, 0), 1))
    parts.append(stick(tuple((ws @ [0.05, 0.03, 0.02, 1])[:3]),
                       tuple((ws @ [-0.25, 0.3, 0.02, 1])[:3]), 0.008, "marking"))  # fmt: skip
    for s in (-1, 1):  # the mirrors
        parts.append(stick((s * 0.58, 1.0, 0.45), (s * 0.72, 1.12, 0.5), 0.008, "steel"))
        parts.append(sphere(1.0, at(s * 0.74, 1.14, 0.5) @ scl(0.05, 0.035, 0.015), "marking"))
    # the handlebars, the driver's seat and the passenger bench
    bar = [(-0.32, 1.02, 0.24), (-0.18, 1.0, 0.34), (0.0, 0.99, 0.38), (0.18, 1.0, 0.34),
           (0.32, 1.02, 0.24)]  # fmt: skip
    parts.append(tube(bar, 0.014, None, "steel"))
    parts.append(stick((0, 0.9, 0.42), (0, 0.99, 0.38), 0.03, "marking"))
    for s in (-1, 1):
        parts.append(stick((s * 0.32, 1.02, 0.24), (s * 0.34, 1.03, 0.14), 0.022, "marking"))
    parts.append(box(0.22, 0.42, 0.2, at(0, 0.34, 0.05), 0))  # the driver's seat
    parts.append(box(0.42, 0.1, 0.34, at(0, 0.76, 0.05), "cloth-dark"))
    parts += _bench(at(0, 0.7, -0.5), 1.18, 0.52, "cloth-dark")
    # the wheels, the front fork and mudguard, the headlamp and the number plate
    parts += road_wheel(at(0, r, fz) @ rot("z", -90), r, 0.1)
    for s in (-1, 1):
        parts += side_wheel(s * 0.56, r, bz, r, 0.12)
        parts.append(stick((s * 0.07, r, fz), (s * 0.08, 0.52, 1.04), 0.018, "steel"))
    guard = [
        (0, r + 0.25 * np.sin(a), fz + 0.25 * np.cos(a)) for a in np.radians((15, 60, 100, 150))
    ]
    parts.append(band(guard, 0.15, 0.015, (1, 0, 0), 0))
    lamp = at(0, 0.86, 1.1) @ ALONG_Z
    parts.append(cylinder(0.085, 0.085, 0.06, lamp, "steel"))
    parts.append(cylinder(0.07, 0.07, 0.065, lamp, "glow"))
    for s in (-1, 1):
        parts.append(sphere(1.0, at(s * 0.22, 0.86, 1.04) @ scl(0.035, 0.025, 0.02),
                            "fruit-orange"))  # fmt: skip
    parts.append(box(0.24, 0.1, 0.01, at(0, 0.58, 1.115) @ rot("x", -15), "snow"))
    parts.append(box(0.18, 0.04, 0.006, at(0, 0.61, 1.12) @ rot("x", -15), "marking"))
    parts.append(box(0.36, 0.08, 0.01, at(0, 0.46, -1.17), "snow"))  # the rear plate
    return parts


# ---- 966 pulled rickshaw ----------------------------------------------------------------------


def _pulled_rickshaw(rng: Rng) -> list[Part]:
    """A hand-pulled rickshaw at rest: two tall spoked wheels on an axle under a wooden seat
    box for one, a padded seat and backrest between curved side panels, a folding hood over
    it, a footboard hung in front, and two long shafts running forward from under the seat,
    tipped down till their ends rest on the ground, a crossbar near their ends."""
    R = 0.58
    wx = 0.5
    L, ys = 2.3, 0.12  # the shafts' reach and their height over the axle
    a, b, c = ys, L, 0.03 - R  # solve ys cos t - L sin t = c
    tilt = np.degrees(np.arccos(c / np.hypot(a, b)) - np.arctan2(b, a))
    body = at(0, R, 0) @ rot("x", tilt)
    local = [box(0.82, 0.3, 0.58, at(0, 0.18, -0.05), 0, "body")]  # the seat box
    local.append(box(0.76, 0.2, 0.01, at(0, 0.23, 0.245), 1))  # its panel
    local += _bench(at(0, 0.48, 0.22), 0.78, 0.5, 1)
    for s in (-1, 1):  # the curved side panels
        side = [(0.26, 0.48), (0.2, 0.66), (0.0, 0.72), (-0.25, 0.8), (-0.32, 0.96), (-0.34, 0.48)]
        local.append(slab(sharp(side), 0.025, at(s * 0.42, 0, 0) @ ZYX, 0))
        local.append(box(0.04, 0.05, 0.6, at(s * 0.425, 0.5, -0.02), 1))
    for s in (-1, 1):  # the shafts, under the box and on forward
        local.append(stick((s * 0.33, ys, -0.4), (s * 0.3, ys, L), 0.028, 0))
        local.append(sphere(1.0, at(s * 0.3, ys, L) @ scl(0.035), 1))
    local.append(stick((-0.3, ys, L - 0.2), (0.3, ys, L - 0.2), 0.02, 0))  # the crossbar
    local.append(box(0.6, 0.03, 0.38, at(0, ys - 0.12, 0.52), 0))  # the footboard
    for s in (-1, 1):
        for z in (0.36, 0.68):
            local.append(stick((s * 0.28, ys - 0.1, z), (s * 0.31, ys, z), 0.01, "steel"))
        guard = [(s * wx, (R + 0.05) * np.sin(t), (R + 0.05) * np.cos(t))
                 for t in np.radians(np.linspace(40, 140, 6))]  # fmt: skip
        local.append(band(guard, 0.07, 0.01, (1, 0, 0), 0))  # the mudguards
    local += _hood(at(0, 0.86, -0.28), 0.42, 0.55, 0.86, -10, 98 + float(rng.uniform(-6, 4)), 1)
    parts = scaled(local, body)
    for s in (-1, 1):
        parts += _wheel(at(s * wx, R, 0), R, 16, 0)
    parts.append(stick((-wx, R, 0), (wx, R, 0), 0.025, "steel"))  # the axle
    return parts


MORE_APPLIANCES_ZZS = {
    959: _trellis_arch, 960: _potting_bench, 961: _tandoor, 962: _sitar, 963: _tabla,
    964: _cycle_rickshaw, 965: _auto_rickshaw, 966: _pulled_rickshaw,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
