"""More of the device family's appliances, from 278: a single leaf, a leafy branch, a
stadium, a grassy hill, a cradle, a crib, a written document, a chicken coop, a haystack, a
bunch of grapes, a doghouse, a pea pod, a milk churn, a stop sign, a bus shelter, a park
bench, a block, a perfume bottle, a shop counter, a spiral notebook, a briefcase, a floor, a
classical temple, a map, a satellite, stone steps, a necktie, a volcano.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import TOP, gable, leaf_blade, stones, tile, tree
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import leaf, polygon

__all__ = ["MORE_APPLIANCES_D"]

Rng = np.random.Generator


def _leaf(rng: Rng) -> list[Part]:
    """A single broad leaf lying tilted on the ground, its stalk toward the viewer and its tip
    raised behind, folded a little along its raised midrib, its veins running out to the
    edge."""
    m = at(0, 0.06, 0) @ rot("x", -72) @ scl(0.5, 0.5, 0.5)
    del rng
    return leaf_blade(m, 0.5)


def _branch(rng: Rng) -> list[Part]:
    """A leafy branch (a bough, a twig) lying across the ground: a woody limb forking into
    twigs, leaves in pairs along them."""
    limb = [(-0.9, 0.06, -0.2), (-0.3, 0.08, -0.05), (0.2, 0.1, 0.05), (0.8, 0.14, 0.1)]
    parts = [tube(limb, [0.06, 0.05, 0.04, 0.02], slot=0, tag="body")]
    twigs = [((-0.3, 0.08, -0.05), (0.0, 0.25, 0.45)), ((0.2, 0.1, 0.05), (0.45, 0.3, -0.4)),
             ((0.2, 0.1, 0.05), (0.55, 0.2, 0.45)), ((-0.6, 0.07, -0.12), (-0.45, 0.3, -0.5))]  # fmt: skip
    for a, b in twigs:
        parts.append(tube([a, b], [0.025, 0.01], slot=0))
    for a, b in [(limb[1], limb[-1]), *twigs]:
        a, b = np.asarray(a, float), np.asarray(b, float)
        d = (b - a) / np.linalg.norm(b - a)
        for t in (0.45, 0.7, 0.95):
            p = a + (b - a) * t
            for s in (-1, 1):
                side = np.cross(d, [0.0, 1.0, 0.0])
                side = s * side / max(np.linalg.norm(side), 1e-9)
                out = side * 0.8 + d * 0.5 + v3(0, 0.35, 0)
                size = float(rng.uniform(0.09, 0.12))
                m = at(*p) @ align(out) @ rot("y", 90) @ scl(size * 0.9, size, size)
                parts.append(slab(leaf(0.42), 0.02, m @ at(0, 1, 0), "vine", "leaves"))
    return parts


def _stadium(rng: Rng) -> list[Part]:
    """A stadium: an oval bowl of stands rising in rows of seats round a green pitch marked in
    white, floodlight towers at its four corners."""
    oval = scl(1.0, 1.0, 0.66)
    bowl = [(0.56, 0.0), (1.06, 0.0), (1.06, 0.4), (1.0, 0.42), (0.58, 0.07)]
    parts = [lathe(bowl, oval, 0, "body", closed=True)]
    for k in range(6):  # rows of seats up the stands
        t = (k + 0.5) / 6
        parts.append(torus(0.6 + 0.38 * t, 0.012, oval @ at(0, 0.08 + 0.33 * t, 0), 1))
    parts.append(cylinder(0.6, 0.6, 0.03, oval, "vine"))  # the pitch
    parts.append(torus(0.12, 0.006, at(0, 0.032, 0), "snow"))
    parts.append(box(0.012, 0.004, 0.62, at(0, 0.03, 0), "snow"))
    for s in (-1, 1):  # touchlines and goal lines
        parts.append(box(0.78, 0.004, 0.012, at(0, 0.03, s * 0.31), "snow"))
        parts.append(box(0.012, 0.004, 0.62, at(s * 0.39, 0.03, 0), "snow"))
        parts.append(box(0.012, 0.05, 0.08, at(s * 0.42, 0.03, 0), "snow"))  # the goals
    for sx in (-1, 1):
        for sz in (-1, 1):  # floodlights
            x, z = sx * 0.95, sz * 0.62
            parts.append(stick((x, 0.0, z), (x, 0.85, z), 0.014, "steel"))
            face = at(x, 0.88, z) @ align(v3(-x, -0.6, -z)) @ rot("x", 90)
            parts.append(box(0.16, 0.1, 0.03, face, "glow"))
    del rng
    return parts


def _hill(rng: Rng) -> list[Part]:
    """A grassy hill (a hillside, a knoll) on a tile of earth: a broad rounded rise, a lone
    tree on its shoulder, a winding path up it, stones and wild flowers at its foot."""
    parts = tile()
    rise = [(0.0, 0.0), (0.8, 0.0), (0.7, 0.12), (0.45, 0.32), (0.2, 0.42), (0.0, 0.44)]
    parts.append(lathe(rise, at(-0.05, TOP - 0.01, -0.05) @ scl(1.0, 1.0, 0.9), 0, "body"))
    slope = rise[1:][::-1]  # from its top out to its foot: radius rising, height falling

    def ground(x: float, z: float) -> float:  # the hill's height over (x, z)
        d = float(np.hypot(x + 0.05, (z + 0.05) / 0.9))
        h = np.interp(d, [r for r, _ in slope], [y for _, y in slope])
        return TOP - 0.01 + float(h)

    parts += tree(0.2, -0.2, 0.55, rng, y=ground(0.2, -0.2) - 0.03)
    path = [(x, ground(x, z) + 0.012, z) for x, z in ((0.6, 0.7), (0.35, 0.45), (0.1, 0.3),
                                                    (-0.05, 0.05))]  # fmt: skip
    flat = np.array([[-1.0, -0.25], [1.0, -0.25], [1.0, 0.25], [-1.0, 0.25]])
    parts.append(tube(path, 0.05, slot="cork", shape=flat))
    parts += stones(0.0, 0.0, 0.92, 0.9, 5, rng)
    for k in range(10):  # wild flowers round its foot
        a = 2 * np.pi * k / 10 + rng.uniform(-0.2, 0.2)
        x, z = 0.88 * np.cos(a), 0.88 * np.sin(a)
        parts.append(stick((x, TOP, z), (x, TOP + 0.06, z), 0.006, "vine"))
        parts.append(sphere(0.022, at(x, TOP + 0.065, z), ("card-red", "glow", "snow")[k % 3]))
    return parts


def _bars(a: np.ndarray, b: np.ndarray, y0: float, y1: float, n: int) -> list[Part]:
    """A barred side from (x, z) ``a`` to ``b``: a rail at y0 and at y1, ``n`` upright bars."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    parts = [stick((a[0], y, a[1]), (b[0], y, b[1]), 0.018, 0) for y in (y0, y1)]
    for t in np.linspace(0.0, 1.0, n):
        x, z = a + (b - a) * t
        parts.append(stick((x, y0, z), (x, y1, z), 0.01, 0))
    return parts


def _cot_sides(L: float, W: float, y0: float, y1: float) -> list[Part]:
    """The four barred sides of a cot or cradle, L long and W wide, from y0 to y1."""
    c = [(-L / 2, -W / 2), (L / 2, -W / 2), (L / 2, W / 2), (-L / 2, W / 2)]
    parts = []
    for i in range(4):
        parts += _bars(c[i], c[(i + 1) % 4], y0, y1, 10 if i % 2 == 0 else 5)
    return parts


def _cradle(rng: Rng) -> list[Part]:
    """A cradle: a small barred bed on two curved rockers, a hood of fabric over its head
    end, a mattress and a pillow inside."""
    L, W, y0 = 0.9, 0.5, 0.2
    parts = [box(L, 0.04, W, at(0, y0, 0), 0, "body")]
    parts += _cot_sides(L, W, y0, y0 + 0.32)
    for s in (-1, 1):  # the rockers, curving up at each end
        xs = np.linspace(-0.55, 0.55, 7)
        parts.append(tube([(x, 0.02 + 0.25 * (x / 0.55) ** 2, s * W * 0.42) for x in xs], 0.025))
        for x in (-0.3, 0.3):
            parts.append(box(0.04, y0 - 0.03, 0.04, at(x, 0.03, s * W * 0.42), 0))
    for k in range(4):  # the hood: hoops of fabric over the head end
        x = -L / 2 + 0.04 + 0.07 * k
        parts.append(torus(W / 2, 0.025, at(x, y0 + 0.32, 0) @ rot("z", 90), 1))
    parts.append(box(L * 0.94, 0.08, W * 0.94, at(0, y0 + 0.04, 0), 1))
    parts.append(sphere(1.0, at(-L / 2 + 0.16, y0 + 0.16, 0) @ scl(0.09, 0.045, 0.15), 1))
    del rng
    return parts


def _crib(rng: Rng) -> list[Part]:
    """A crib (a cot): a baby's bed with barred sides all round, high on four corner posts, a
    mattress, a pillow and a folded blanket inside."""
    L, W, y0 = 1.0, 0.55, 0.35
    parts = [box(L, 0.04, W, at(0, y0, 0), 0, "body")]
    parts += _cot_sides(L, W, y0, y0 + 0.45)
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(box(0.05, y0 + 0.5, 0.05, at(sx * L / 2, 0, sz * W / 2), 0))
    parts.append(box(L * 0.94, 0.08, W * 0.94, at(0, y0 + 0.04, 0), 1))
    parts.append(sphere(1.0, at(-L / 2 + 0.16, y0 + 0.16, 0) @ scl(0.09, 0.045, 0.15), 1))
    parts.append(box(0.35, 0.05, W * 0.9, at(0.2, y0 + 0.12, 0), 1))
    del rng
    return parts


def _document(rng: Rng) -> list[Part]:
    """A written document (a deed, a certificate, a letter): a sheet of paper lying tilted
    toward the viewer, lines of writing across it, a heading, a signature and a red wax seal."""
    m = at(0, 0.02, -0.3) @ rot("x", -62)
    parts = [box(0.62, 0.84, 0.01, m, 0, "body")]
    parts.append(box(0.36, 0.035, 0.004, m @ at(0, 0.74, 0.006), "marking"))  # the heading
    for k in range(11):  # lines of writing, the last of each paragraph short
        width = 0.48 if k % 4 != 3 else 0.28
        x = -0.24 + width / 2
        parts.append(box(width, 0.014, 0.003, m @ at(x, 0.62 - 0.042 * k, 0.006), "marking"))
    sig = [(0.02, 0.1, 0.006), (0.08, 0.14, 0.006), (0.12, 0.09, 0.006), (0.2, 0.13, 0.006)]
    parts.append(tube(sig, 0.005, m, "marking"))
    parts.append(cylinder(0.06, 0.06, 0.012, m @ at(-0.17, 0.11, 0.008) @ rot("x", 90), "card-red"))
    del rng
    return parts


def _coop(rng: Rng) -> list[Part]:
    """A chicken coop (a henhouse, a hutch): a small wooden house on four short legs under a
    pitched roof, its door a little hatch with a ramp of slats down to the ground, a nest box
    on its side, a wire-fenced run before it and a hen in it."""
    w, d, y0, h = 0.7, 0.5, 0.25, 0.45
    parts = [box(w, h, d, at(0, y0, 0), 0, "body")]
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(box(0.05, y0, 0.05, at(sx * (w / 2 - 0.04), 0, sz * (d / 2 - 0.04)), 0))
    parts += gable(w, d, y0 + h, 0.22, np.eye(4))
    for k in range(5):  # boards on its front
        parts.append(box(w * 1.005, 0.006, 0.01, at(0, y0 + 0.08 * (k + 0.5), d / 2), "marking"))
    parts.append(box(0.16, 0.2, 0.02, at(0.15, y0 + 0.02, d / 2 + 0.01), "pupil"))  # its hatch
    ramp = at(0.15, y0 / 2, d / 2 + y0 / 2 + 0.02) @ rot("x", 45)  # from the hatch to the ground
    parts.append(box(0.16, 0.02, 0.36, ramp, 0))
    for k in range(4):
        parts.append(box(0.16, 0.015, 0.015, ramp @ at(0, 0.02, -0.12 + 0.08 * k), 1))
    parts.append(box(0.22, 0.2, 0.25, at(-w / 2 - 0.11, y0 + 0.1, 0), 0))  # the nest box
    parts.append(box(0.26, 0.03, 0.29, at(-w / 2 - 0.11, y0 + 0.3, 0) @ rot("z", 15), 1))
    # the run: posts and a wire mesh of thin rails on three sides before it
    x0, x1, z1 = -0.55, 0.55, d / 2 + 0.75
    posts = [(x0, d / 2), (x0, z1), (x1, z1), (x1, d / 2)]
    for x, z in posts:
        parts.append(box(0.035, 0.42, 0.035, at(x, 0, z), 0))
    for (xa, za), (xb, zb) in pairwise(posts):
        for k in range(4):
            yy = 0.06 + 0.11 * k
            parts.append(stick((xa, yy, za), (xb, yy, zb), 0.004, "steel"))
        span = max(abs(xb - xa), abs(zb - za))
        for t in np.linspace(0.0, 1.0, int(span / 0.07) + 1):
            x, z = xa + (xb - xa) * t, za + (zb - za) * t
            parts.append(stick((x, 0.02, z), (x, 0.4, z), 0.003, "steel"))
    parts += _hen(v3(-0.2, 0.0, d / 2 + 0.4))
    del rng
    return parts


def _hen(c: np.ndarray) -> list[Part]:
    """A small white hen standing at c, facing the viewer: a round body, a red comb."""
    parts = [sphere(1.0, at(*(c + v3(0, 0.12, 0))) @ scl(0.08, 0.07, 0.1), "snow")]
    parts.append(sphere(0.045, at(*(c + v3(0, 0.2, 0.07))), "snow"))
    parts.append(sphere(1.0, at(*(c + v3(0, 0.25, 0.07))) @ scl(0.012, 0.02, 0.03), "comb"))
    parts.append(cylinder(0.012, 0.0, 0.03, at(*(c + v3(0, 0.2, 0.11))) @ rot("x", 90), "seed"))
    parts.append(sphere(1.0, at(*(c + v3(0, 0.15, -0.1))) @ scl(0.04, 0.06, 0.03), "snow"))
    for s in (-1, 1):
        parts.append(
            stick((c[0] + s * 0.03, 0.0, c[2]), (c[0] + s * 0.03, 0.07, c[2]), 0.006, "seed")
        )
    return parts


def _haystack(rng: Rng) -> list[Part]:
    """A haystack (a hayrick): a tall rounded cone of hay heaped round a pole, wisps of straw
    sticking out of it and loose hay round its foot."""
    prof = [
        (0.0, 0.0),
        (0.5, 0.0),
        (0.52, 0.15),
        (0.45, 0.55),
        (0.28, 0.9),
        (0.08, 1.05),
        (0.0, 1.07),
    ]
    parts = [lathe(prof, None, 0, "body")]
    parts.append(stick((0, 0.9, 0), (0, 1.3, 0), 0.02, "cork"))
    for _ in range(40):  # wisps
        a, t = rng.uniform(0, 2 * np.pi), rng.uniform(0.08, 0.85)
        y = t * 1.0
        r = float(np.interp(y, [p[1] for p in prof], [p[0] for p in prof]))
        root = v3(r * np.cos(a), y, r * np.sin(a))
        out = v3(np.cos(a), rng.uniform(-0.6, 0.3), np.sin(a))
        parts.append(tube([root, root + out * rng.uniform(0.06, 0.12)], [0.006, 0.0], slot=0))
    for _ in range(14):  # loose hay round its foot
        a, d = rng.uniform(0, 2 * np.pi), rng.uniform(0.5, 0.7)
        c = v3(d * np.cos(a), 0.0, d * np.sin(a))
        parts.append(sphere(1.0, at(*c) @ scl(0.08, 0.025, 0.05) @ rot("y", 40), 0))
    return parts


def _grapes(rng: Rng) -> list[Part]:
    """A bunch of grapes hanging from its stalk: round berries packed in a cone narrowing
    downward, a vine leaf and a curling tendril at the top."""
    parts = [tube([(0, 1.0, 0), (0.02, 1.12, 0), (0.08, 1.2, 0)], 0.02, slot=1, tag="body")]
    rows = 8
    for k in range(rows):
        t = k / (rows - 1)
        y = 0.95 - 0.8 * t
        ring = 0.2 * (1 - 0.8 * t) + 0.03
        n = max(1, round(2 * np.pi * ring / 0.11))
        for i in range(n):
            a = 2 * np.pi * i / n + 0.5 * k
            c = v3(ring * np.cos(a), y, ring * np.sin(a))
            parts.append(sphere(float(rng.uniform(0.06, 0.07)), at(*c) @ scl(1, 1.1, 1), 0))
        parts.append(sphere(0.06, at(0, y, 0), 0))
    leafm = at(0.05, 1.07, 0.02) @ rot("z", -60) @ rot("x", -30) @ scl(0.2, 0.22, 1)
    parts.append(slab(_vine_leaf(), 0.02, leafm, "vine"))
    curl = [(0.0, 1.05, 0.0), (-0.12, 1.1, 0.03), (-0.16, 1.02, 0.05), (-0.11, 0.98, 0.06)]
    parts.append(tube(curl, [0.008, 0.006, 0.004, 0.002], slot=1))
    return parts


def _vine_leaf():
    """A vine leaf's outline: five pointed lobes round its stalk."""

    def outline(n: int) -> np.ndarray:
        t = np.arange(n) * (2 * np.pi / n)
        r = 0.7 + 0.3 * np.abs(np.cos(2.5 * t)) ** 2
        return np.stack([r * np.sin(t), r * np.cos(t) + 0.3], 1)

    return outline


def _doghouse(rng: Rng) -> list[Part]:
    """A doghouse (a kennel): a small wooden house of boards under a pitched roof, an arched
    doorway dark in its front, a name plate over it and a bowl beside it."""
    w, d, h = 0.6, 0.75, 0.42
    parts = [box(w, h, d, None, 0, "body")]
    for k in range(6):  # the boards
        parts.append(box(w * 1.005, 0.006, d * 1.005, at(0, 0.07 * (k + 0.5), 0), "marking"))
    parts += gable(w, d, h, 0.3, np.eye(4))
    front = d / 2 + 0.005
    parts.append(box(0.26, 0.2, 0.02, at(0, 0.0, front), "pupil"))  # the doorway
    parts.append(cylinder(0.13, 0.13, 0.02, at(0, 0.2, front) @ rot("x", 90), "pupil"))
    parts.append(box(0.2, 0.06, 0.02, at(0, h + 0.02, front + 0.01), "seed"))  # the name plate
    parts.append(cylinder(0.09, 0.07, 0.05, at(0.42, 0.0, 0.35), "card-red"))  # the bowl
    del rng
    return parts


def _pea_pod(rng: Rng) -> list[Part]:
    """A pea pod lying split open: a long green pod curving up at both ends, its two halves
    parted, a row of round peas inside it, a few loose peas beside it."""
    parts = []
    zs = np.linspace(-0.5, 0.5, 9)
    for s in (-1, 1):  # the two halves, each a long curved shell
        path = [(s * 0.07 * np.cos(z * 2.6), 0.06 + 0.25 * z * z, z) for z in zs]
        parts.append(tube(path, [0.0, 0.05, 0.07, 0.08, 0.08, 0.08, 0.07, 0.05, 0.0], slot=0,
                          tag="body" if s < 0 else "",
                          shape=np.array([[-1.0, 0.0], [-0.7, -0.7], [0.0, -1.0], [0.7, -0.7],
                                          [1.0, 0.0], [0.0, -0.5]])))  # fmt: skip
    for k in range(7):  # the peas in a row
        z = -0.36 + 0.12 * k
        parts.append(sphere(0.055, at(0, 0.1 + 0.25 * z * z, z), 0))
    for x, z in ((0.25, 0.2), (0.3, -0.05)):
        parts.append(sphere(0.055, at(x, 0.055, z), 0))
    parts.append(tube([(0, 0.13, 0.5), (0.03, 0.2, 0.56)], 0.012, slot=1))  # its stalk
    del rng
    return parts


def _churn(rng: Rng) -> list[Part]:
    """A milk churn: a tall metal can, its straight body rising to a sloping shoulder and a
    narrow neck under a mushroom-shaped lid, two handles at the shoulder, bands round it."""
    prof = [(0.0, 0.0), (0.24, 0.0), (0.25, 0.03), (0.25, 0.6), (0.2, 0.72), (0.12, 0.8),
            (0.12, 0.92), (0.0, 0.92)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body")]
    for y in (0.05, 0.3, 0.55):
        parts.append(torus(0.252, 0.01, at(0, y, 0), 0))
    parts.append(lathe([(0.0, 0.0), (0.15, 0.0), (0.15, 0.03), (0.09, 0.08), (0.0, 0.09)],
                       at(0, 0.92, 0), 0))  # fmt: skip
    for s in (-1, 1):
        handle = at(s * 0.2, 0.72, 0) @ rot("z", s * 50) @ rot("x", 90)
        parts.append(torus(0.06, 0.012, handle, 0))
    del rng
    return parts


def _stop_sign(rng: Rng) -> list[Part]:
    """A stop sign: a red octagon with a white border and a white bar of lettering across it,
    high on a grey post."""
    face = at(0, 1.25, 0.03) @ rot("z", 22.5)
    parts = [stick((0, 0, 0), (0, 1.25, 0), 0.03, "steel")]
    parts.append(slab(polygon(8, 0.3), 0.02, face, "snow"))
    parts.append(slab(polygon(8, 0.27), 0.02, face @ at(0, 0, 0.006), 0, "body"))
    face = at(0, 1.25, 0.03)
    for k in range(4):  # the letters, as four white blocks in a row
        parts.append(box(0.07, 0.11, 0.01, face @ at(-0.16 + 0.105 * k, -0.055, 0.017), "snow"))
    del rng
    return parts


def _bus_shelter(rng: Rng) -> list[Part]:
    """A bus shelter: a flat roof on four posts over glass walls at its back and sides, a
    bench inside, a lit timetable on its side and the bus stop's round sign on a post."""
    w, d, h = 1.6, 0.6, 1.1
    parts = [box(w + 0.1, 0.05, d + 0.1, at(0, h, 0), 1, "body")]
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(box(0.04, h, 0.04, at(sx * w / 2, 0, sz * d / 2), 1))
    parts.append(box(w, h * 0.85, 0.015, at(0, 0.1, -d / 2), 0))  # the glass back
    for sx in (-1, 1):
        parts.append(box(0.015, h * 0.85, d, at(sx * w / 2, 0.1, 0), 0))
    parts.append(box(w * 0.7, 0.04, 0.2, at(0, 0.42, -d / 2 + 0.12), 1))  # the bench
    for x in (-0.45, 0.45):
        parts.append(box(0.04, 0.42, 0.04, at(x, 0, -d / 2 + 0.12), 1))
    parts.append(box(0.02, 0.45, 0.32, at(w / 2 - 0.01, 0.35, 0.0), "glow"))  # the timetable
    parts.append(stick((w / 2 + 0.3, 0, d / 2), (w / 2 + 0.3, 1.5, d / 2), 0.02, "steel"))
    parts.append(
        cylinder(0.15, 0.15, 0.02, at(w / 2 + 0.3, 1.5, d / 2 + 0.02) @ rot("x", 90), "card-red")
    )
    parts.append(box(0.24, 0.06, 0.01, at(w / 2 + 0.3, 1.47, d / 2 + 0.035), "snow"))
    del rng
    return parts


def _park_bench(rng: Rng) -> list[Part]:
    """A park bench: wooden slats for its seat and its sloping back, on two cast-iron ends
    curling into armrests."""
    L = 1.5
    parts = []
    for k in range(4):  # the seat's slats
        parts.append(box(L, 0.03, 0.08, at(0, 0.42, 0.14 - 0.095 * k), 0, "body" if k == 0 else ""))
    for k in range(3):  # the back's slats, leaning back
        back = at(0, 0.55 + 0.12 * k, -0.2 - 0.03 * k) @ rot("x", -12)
        parts.append(box(L, 0.08, 0.03, back, 0))
    for sx in (-1, 1):  # the iron ends: legs, the back's post and an armrest
        x = sx * (L / 2 - 0.1)
        parts.append(tube([(x, 0.0, 0.2), (x, 0.2, 0.15), (x, 0.42, 0.12)], 0.025, slot=1))
        parts.append(tube([(x, 0.0, -0.2), (x, 0.42, -0.18), (x, 0.9, -0.27)], 0.025, slot=1))
        parts.append(tube([(x, 0.42, -0.18), (x, 0.62, -0.1), (x, 0.62, 0.14), (x, 0.55, 0.2)],
                          0.022, slot=1))  # fmt: skip
    del rng
    return parts


def _block(rng: Rng) -> list[Part]:
    """A block: a solid rectangular piece (of wood, of stone) with softened edges, a chip
    knocked from one corner."""
    prof = [(0.0, 0.0), (0.34, 0.0), (0.36, 0.02), (0.36, 0.38), (0.34, 0.4), (0.0, 0.4)]
    parts = [lathe(prof, rot("y", 45) @ scl(1.0, 1.0, 0.75), 0, "body", sides=4)]
    corner = at(0.24, 0.4, 0.18) @ rot("y", 30) @ rot("x", 20)
    parts.append(box(0.08, 0.04, 0.06, corner, 0))
    del rng
    return parts


def _perfume(rng: Rng) -> list[Part]:
    """A perfume bottle: a faceted glass flask holding its scent (the second material), a
    faceted metal cap, and an atomizer's tube to a tasselled squeeze bulb."""
    flask = [(0.0, 0.0), (0.2, 0.0), (0.23, 0.05), (0.23, 0.3), (0.14, 0.4), (0.05, 0.42),
             (0.05, 0.46), (0.0, 0.46)]  # fmt: skip
    parts = [lathe(flask, None, 0, "body", sides=8)]
    scent = [(0.0, 0.02), (0.2, 0.02), (0.21, 0.05), (0.21, 0.24), (0.0, 0.24)]
    parts.append(lathe(scent, None, 1, sides=8))
    parts.append(lathe([(0.0, 0.0), (0.07, 0.0), (0.09, 0.05), (0.06, 0.1), (0.0, 0.12)],
                       at(0, 0.46, 0), "steel", sides=6))  # fmt: skip
    hose = [(0.06, 0.5, 0.0), (0.2, 0.55, 0.02), (0.3, 0.45, 0.04), (0.32, 0.32, 0.05)]
    parts.append(tube(hose, 0.01, slot="card-red"))
    parts.append(sphere(1.0, at(0.32, 0.26, 0.05) @ scl(0.055, 0.07, 0.055), "card-red"))
    parts.append(tube([(0.32, 0.19, 0.05), (0.31, 0.1, 0.06)], [0.012, 0.02], slot="seed"))
    del rng
    return parts


def _shop_counter(rng: Rng) -> list[Part]:
    """A shop counter: a long closed-fronted counter in panels, its top overhanging, a till on
    it and a little bell, shelves of goods on the wall behind."""
    L, D, H = 1.8, 0.5, 0.9
    parts = [box(L, H, D, None, 0, "body"), box(L + 0.06, 0.04, D + 0.08, at(0, H, 0.02), 1)]
    for k in range(4):  # its front panels
        x = -L / 2 + L * (k + 0.5) / 4
        parts.append(box(L / 4 - 0.08, H - 0.2, 0.01, at(x, 0.1, D / 2 + 0.005), 1))
    parts.append(box(0.3, 0.16, 0.26, at(0.45, H + 0.04, -0.05), "steel"))  # the till
    parts.append(box(0.3, 0.08, 0.02, at(0.45, H + 0.2, -0.02) @ rot("x", -25), "window"))
    parts.append(cylinder(0.04, 0.005, 0.04, at(-0.5, H + 0.04, 0.05), "steel"))  # the bell
    for k in range(2):  # shelves behind, goods on them
        y = 1.1 + 0.35 * k
        parts.append(box(L, 0.03, 0.22, at(0, y, -D / 2 - 0.4), 1))
        for i in range(7):
            x = -L / 2 + 0.15 + 0.25 * i
            slot = ("card-red", "glow", "snow", "plume")[(i + k) % 4]
            parts.append(box(0.12, 0.18, 0.12, at(x, y + 0.03, -D / 2 - 0.4), slot))
    del rng
    return parts


def _notebook(rng: Rng) -> list[Part]:
    """A spiral notebook lying open-faced: a thin stiff cover, the pages' edge below it, a row
    of wire rings along its top edge, a pencil lying across it."""
    W, D = 0.5, 0.68
    parts = [box(W, 0.012, D, None, 1), box(W * 0.98, 0.03, D * 0.98, at(0, 0.012, 0), "pages")]
    parts.append(box(W, 0.01, D, at(0, 0.042, 0), 0, "body"))  # the cover
    parts.append(box(W * 0.6, 0.002, 0.12, at(0, 0.053, 0.05), "sclera"))  # its label
    for k in range(13):  # the rings through its top edge
        x = -W / 2 + 0.04 + (W - 0.08) * k / 12
        ring = at(x, 0.027, -D / 2 + 0.01) @ rot("z", 90)
        parts.append(torus(0.025, 0.004, ring, "steel"))
    pencil = at(0.05, 0.07, 0.1) @ rot("y", 30) @ rot("z", 90)
    parts.append(cylinder(0.012, 0.012, 0.4, pencil @ at(0, -0.2, 0), "glow"))
    del rng
    return parts


def _briefcase(rng: Rng) -> list[Part]:
    """A briefcase standing on its edge: a slim leather case with rounded corners, a handle on
    top, two brass latches and a seam round its middle."""
    W, H, D = 0.8, 0.55, 0.16
    parts = [box(W, H, D, None, 0, "body")]
    for sx in (-1, 1):  # its rounded corners' piping
        parts.append(cylinder(0.015, 0.015, H, at(sx * W / 2, 0, D / 2), "marking"))
    parts.append(
        torus(1.0, 0.006, at(0, H / 2, 0) @ scl(W / 2 + 0.005, 1, D / 2 + 0.005), "marking")
    )
    handle = [(-0.12, H, 0.0), (-0.1, H + 0.1, 0.0), (0.1, H + 0.1, 0.0), (0.12, H, 0.0)]
    parts.append(tube(handle, 0.018, slot=0))
    for x in (-0.22, 0.22):
        parts.append(box(0.07, 0.05, 0.02, at(x, H - 0.09, D / 2), 1))
    del rng
    return parts


def _floor(rng: Rng) -> list[Part]:
    """A floor: a square of floorboards laid side by side in staggered lengths, the seams dark
    between them, a rug lying on it."""
    parts = [box(1.6, 0.04, 1.6, None, "marking", "body")]
    for k in range(10):  # the boards, each row broken at a different place
        z = -0.8 + 0.16 * (k + 0.5)
        cut = float(rng.uniform(-0.5, 0.5))
        for x0, x1 in ((-0.8, cut - 0.005), (cut + 0.005, 0.8)):
            parts.append(box(x1 - x0, 0.02, 0.15, at((x0 + x1) / 2, 0.04, z), 0))
    parts.append(box(0.8, 0.012, 0.55, at(0.1, 0.06, 0.1), 1))  # the rug
    parts.append(box(0.7, 0.014, 0.45, at(0.1, 0.061, 0.1), "card-red"))
    return parts


def _temple(rng: Rng) -> list[Part]:
    """A classical temple (the Parthenon): a stepped stone base, a row of fluted columns all
    round, the beam of the entablature on them and a low triangular pediment at each end under
    a pitched roof."""
    W, D, H = 1.4, 0.85, 0.62
    parts = []
    for k in range(3):  # the steps
        parts.append(box(W + 0.24 - 0.08 * k, 0.05, D + 0.24 - 0.08 * k, at(0, 0.05 * k, 0), 0,
                         "body" if k == 0 else ""))  # fmt: skip
    y0 = 0.15
    cols = [(x, sz * D / 2) for x in np.linspace(-W / 2, W / 2, 8) for sz in (-1, 1)]
    cols += [(sx * W / 2, z) for z in np.linspace(-D / 2, D / 2, 5)[1:-1] for sx in (-1, 1)]
    for x, z in cols:
        shaft = [(0.0, 0.0), (0.05, 0.0), (0.045, H), (0.06, H), (0.06, H + 0.02), (0.0, H + 0.02)]
        parts.append(lathe(shaft, at(x, y0, z), 0, sides=12))
    top = y0 + H + 0.02
    parts.append(box(W + 0.14, 0.1, D + 0.14, at(0, top, 0), 0))  # the entablature
    parts.append(box(W + 0.15, 0.02, D + 0.15, at(0, top + 0.03, 0), 1))  # its frieze
    for sz in (-1, 1):  # the pediments
        tri = [(-(W + 0.14) / 2, 0.0), ((W + 0.14) / 2, 0.0), (0.0, 0.2)]
        parts.append(slab(tri, 0.04, at(0, top + 0.1, sz * (D + 0.1) / 2), 0))
    parts += gable(W + 0.14, D + 0.14, top + 0.1, 0.2, np.eye(4), 0)
    del rng
    return parts


def _map(rng: Rng) -> list[Part]:
    """A map: a sheet of parchment lying open, its ends curling into rolls, the coast of an
    island drawn on it in ink, a dotted trail across it to a red cross, a compass rose in one
    corner and a border ruled round it."""
    W, D = 1.0, 0.7
    parts = [box(W, 0.01, D, None, 0, "body")]
    for sx in (-1, 1):  # the curled ends
        parts.append(
            cylinder(0.04, 0.04, D, at(sx * (W / 2 + 0.02), 0.04, -D / 2) @ rot("x", 90), 0)
        )
    y = 0.012
    t = np.linspace(0.0, 2 * np.pi, 15)[:-1]
    r = 0.22 * (1 + 0.25 * np.sin(3 * t + 0.5) + 0.12 * np.cos(5 * t))
    coast = [
        (0.05 + r[k] * np.cos(t[k]) * 1.3, y, 0.02 + r[k] * np.sin(t[k])) for k in range(len(t))
    ]
    parts.append(tube([*coast, coast[0], coast[1]], 0.006, slot=1))
    for k in range(9):  # the dotted trail
        u = k / 8
        parts.append(
            sphere(0.008, at(-0.3 + 0.45 * u, y, 0.2 - 0.25 * u + 0.06 * np.sin(6 * u)), 1)
        )
    for a in (45, -45):  # the red cross at its end
        parts.append(box(0.07, 0.004, 0.014, at(0.16, y, -0.08) @ rot("y", a), "card-red"))
    rose = at(-0.36, y, -0.22)
    for k in range(4):  # the compass rose's points
        parts.append(slab([(0.0, 0.0), (0.02, 0.02), (0.0, 0.08), (-0.02, 0.02)], 0.004,
                          rose @ rot("y", 90 * k) @ rot("x", -90), 1))  # fmt: skip
    for sz in (-1, 1):  # the ruled border
        parts.append(box(W * 0.92, 0.003, 0.006, at(0, y, sz * D * 0.44), 1))
    for sx in (-1, 1):
        parts.append(box(0.006, 0.003, D * 0.88, at(sx * W * 0.44, y, 0), 1))
    del rng
    return parts


def _satellite(rng: Rng) -> list[Part]:
    """An artificial satellite: a foil-wrapped body, two long wings of solar panels out on
    booms, a dish antenna on its front and a whip aerial."""
    parts = [box(0.4, 0.4, 0.4, at(0, 0.6, 0), 0, "body")]
    for sx in (-1, 1):
        parts.append(stick((sx * 0.2, 0.8, 0), (sx * 0.35, 0.8, 0), 0.015, 1))
        for k in range(3):
            x = sx * (0.45 + 0.27 * k)
            parts.append(box(0.25, 0.02, 0.36, at(x, 0.79, 0), "window"))
            parts.append(box(0.26, 0.01, 0.37, at(x, 0.785, 0), 1))
    dish = at(0, 0.8, 0.2) @ rot("x", 90)
    parts.append(lathe([(0.0, 0.0), (0.2, 0.06), (0.21, 0.07), (0.0, 0.015)], dish, 1))
    parts.append(stick((0, 0.8, 0.22), (0, 0.8, 0.36), 0.01, 1))
    parts.append(stick((0.12, 1.0, -0.1), (0.2, 1.35, -0.15), 0.006, 1))
    del rng
    return parts


def _steps(rng: Rng) -> list[Part]:
    """A step (a stair): three broad stone steps rising to a landing, their front edges worn
    round, a crack across one."""
    parts = []
    for k in range(3):
        parts.append(box(1.2, 0.16, 0.9 - 0.28 * k, at(0, 0.16 * k, -0.14 * k), 0,
                         "body" if k == 0 else ""))  # fmt: skip
        parts.append(cylinder(0.02, 0.02, 1.2, at(-0.6, 0.16 * (k + 1) - 0.01, 0.45 - 0.28 * k)
                              @ rot("z", -90), 0))  # fmt: skip
    parts.append(box(0.4, 0.004, 0.01, at(0.2, 0.161, 0.3) @ rot("y", 25), "marking"))
    del rng
    return parts


def _necktie(rng: Rng) -> list[Part]:
    """A necktie laid out flat: its knot at the top, the blade widening down to a point,
    diagonal stripes across it (the second material), the narrow tail showing behind."""
    blade = [(-0.05, 0.0), (0.05, 0.0), (0.11, -0.72), (0.0, -0.84), (-0.11, -0.72)]
    top = at(0, 0.04, -0.4) @ rot("x", -90)
    parts = [slab(blade, 0.02, top, 0, "body")]
    parts.append(slab([(-0.06, 0.05), (0.06, 0.05), (0.045, -0.07), (-0.045, -0.07)], 0.05,
                      top @ at(0, 0.06, 0.01), 0))  # the knot # fmt: skip
    parts.append(slab([(-0.035, 0.0), (0.035, 0.0), (0.05, -0.6), (-0.05, -0.6)], 0.015,
                      top @ at(0.04, -0.05, -0.015) @ rot("z", 4), 0))  # the tail # fmt: skip
    for k in range(5):  # stripes
        stripe = top @ at(0.0, -0.15 - 0.13 * k, 0.011) @ rot("z", 35)
        parts.append(box(0.26 * (0.5 + 0.1 * k), 0.025, 0.002, stripe, 1))
    del rng
    return parts


def _volcano(rng: Rng) -> list[Part]:
    """A volcano: a broad cone of dark rock rising to a wide crater, glowing lava in its mouth
    and running down its sides in streams, a plume of smoke above it."""
    cone = [(0.0, 0.0), (1.0, 0.0), (0.75, 0.25), (0.35, 0.7), (0.24, 0.78), (0.16, 0.72),
            (0.0, 0.7)]  # fmt: skip
    parts = [lathe(cone, None, 0, "body")]
    parts.append(cylinder(0.17, 0.17, 0.02, at(0, 0.72, 0), "glow"))  # lava in the crater
    for k in range(4):  # streams of lava down its flanks
        a = np.radians(50 + 85 * k + rng.uniform(-10, 10))
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        path = [tuple(d * r + (0, y + 0.012, 0)) for r, y in ((0.22, 0.77), (0.35, 0.7), (0.55, 0.47),
                                                          (0.78, 0.2))]  # fmt: skip
        parts.append(tube(path, [0.035, 0.04, 0.045, 0.03], slot="glow"))
    for k in range(5):  # the plume
        c = (0.05 * np.sin(k), 0.95 + 0.22 * k, 0.04 * k)
        parts.append(sphere(0.12 + 0.05 * k, at(*c), 1))
    return parts


MORE_APPLIANCES_D = {
    278: _leaf, 279: _branch, 280: _stadium, 281: _hill, 282: _cradle, 283: _crib,
    284: _document, 285: _coop, 286: _haystack, 287: _grapes, 288: _doghouse, 289: _pea_pod,
    290: _churn, 291: _stop_sign, 292: _bus_shelter, 293: _park_bench, 294: _block,
    295: _perfume, 296: _shop_counter, 297: _notebook, 298: _briefcase, 299: _floor,
    300: _temple, 301: _map, 302: _satellite, 303: _steps, 304: _necktie, 305: _volcano,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
