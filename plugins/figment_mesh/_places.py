"""Places, for the device family's ``appliance`` from 225: a lake, a river, a canal, the sea,
a waterfall, an island, a swamp, a desert, a forest, a meadow, a garden, a park, a road, a
beach; and (274) a canyon.

A place is built as a diorama tile seen from the 3/4 view: a disc or slab of earth, its top
in the first material (grass, sand), what it holds on it; water is the second material.
Trees, reeds, flowers and stones are small specials (``vine``, ``cork``, ``stones``), so a
"forest made of glass" is glass ground under green trees.
"""

from __future__ import annotations

import numpy as np

from ._appliances_b import cliff
from ._families_a import stick
from ._geometry import Part, at, rot, scl, v3
from ._kit import TOP, stones, tile, tree
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import leaf

__all__ = ["PLACES", "TOP"]

Rng = np.random.Generator


def _slab_tile(w: float, d: float) -> list[Part]:
    """A square tile of earth, its top in the first material (tagged body)."""
    return [box(w, TOP - 0.03, d, None, "soil"), box(w, 0.03, d, at(0, TOP - 0.03, 0), 0, "body")]


def _reeds(x: float, z: float, rng: Rng, n: int = 7, y: float = TOP) -> list[Part]:
    """A clump of reeds, some with a brown bulrush head."""
    parts = []
    for k in range(n):
        a = v3(x + rng.uniform(-0.06, 0.06), y, z + rng.uniform(-0.06, 0.06))
        h = float(rng.uniform(0.25, 0.45))
        top = a + v3(rng.uniform(-0.05, 0.05), h, rng.uniform(-0.05, 0.05))
        parts.append(stick(a, top, 0.006, "vine"))
        if k % 3 == 0:
            parts.append(tube([top - (top - a) * 0.25, top - (top - a) * 0.05], 0.016, slot="cork"))
    return parts


def _flowers(n: int, r: float, rng: Rng, y: float = TOP) -> list[Part]:
    """Small flowers scattered over a disc of radius r: a stalk and a bright head each."""
    parts = []
    for _ in range(n):
        a, d = rng.uniform(0, 2 * np.pi), r * np.sqrt(rng.uniform(0.05, 1.0))
        x, z = d * np.cos(a), d * np.sin(a)
        h = float(rng.uniform(0.05, 0.1))
        parts.append(stick((x, y, z), (x, y + h, z), 0.005, "vine"))
        colour = ("card-red", "fruit-yellow", "snow", "plume")[int(rng.integers(4))]
        parts.append(sphere(1.0, at(x, y + h, z) @ scl(0.022, 0.012, 0.022), colour))
    return parts


def _water(m: np.ndarray, r: float = 1.0) -> Part:
    """A flat disc of water (second material) a hair above the ground."""
    return cylinder(r, r, 0.012, m, 1)


def _lake(rng: Rng) -> list[Part]:
    """A lake or pond: a grassy tile with a pool of water in it, pebbles round its shore, reeds
    at one end and lily pads floating."""
    parts = tile()
    parts.append(_water(at(0.05, TOP - 0.004, 0.05) @ scl(0.65, 1, 0.5)))
    parts += stones(0.05, 0.05, 0.67, 0.52, 18, rng)
    parts += _reeds(-0.55, -0.35, rng) + _reeds(0.6, -0.3, rng, 5)
    for x, z in ((0.15, 0.2), (-0.15, 0.1), (0.3, -0.05)):
        pad = [(0.0, 0.0), (0.05, 0.0), (0.05, 0.01), (0.0, 0.01)]
        parts.append(lathe(pad, at(x, TOP + 0.008, z), "vine"))
    parts.append(sphere(1.0, at(0.15, TOP + 0.02, 0.2) @ scl(0.02, 0.015, 0.02), "plume-tip"))
    parts += tree(-0.6, 0.5, 0.9, rng)
    return parts


def _river(rng: Rng) -> list[Part]:
    """A river or stream: a grassy slab with water winding across it between stony banks, a
    tree on each side."""
    parts = _slab_tile(2.0, 1.4)
    t = np.linspace(0, 1, 9)
    path = [(-1.0 + 2.0 * u, TOP - 0.006, 0.22 * np.sin(2 * np.pi * u * 1.2)) for u in t]
    flat = np.array([[-1.0, -0.06], [1.0, -0.06], [1.0, 0.06], [-1.0, 0.06]])
    parts.append(tube(path, 0.2, slot=1, shape=flat))
    for side in (-1, 1):
        for k, (x, _, z) in enumerate(path[1:-1]):
            if k % 2 == 0:
                s = float(rng.uniform(0.03, 0.05))
                c = (x, TOP, z + side * 0.22)
                parts.append(sphere(1.0, at(*c) @ scl(s * 1.4, s * 0.7, s), "stones"))
    parts += tree(-0.6, -0.5, 0.9, rng) + tree(0.55, 0.45, 0.8, rng, True)
    parts += _reeds(0.25, -0.35, rng, 5)
    return parts


def _canal(rng: Rng) -> list[Part]:
    """A canal or channel: straight water between two walls of dressed stone, a towpath along
    each side."""
    parts = []
    for s in (-1, 1):  # the banks, each side of the cut
        z = s * 0.47
        parts.append(box(2.0, TOP - 0.03, 0.46, at(0, 0, z), "soil"))
        parts.append(box(2.0, 0.03, 0.46, at(0, TOP - 0.03, z), 0, "body" if s < 0 else ""))
        parts.append(box(2.0, TOP + 0.02, 0.05, at(0, 0.0, s * 0.265), "stones"))  # its wall
        for x in np.linspace(-0.9, 0.9, 6):  # bollards
            parts.append(cylinder(0.02, 0.02, 0.06, at(float(x), TOP, s * 0.33), "stones"))
    parts.append(box(2.0, 0.02, 0.49, None, "soil"))  # the bed
    parts.append(box(2.0, 0.012, 0.49, at(0, TOP - 0.06, 0), 1))  # the water
    parts += tree(-0.6, -0.55, 0.7, rng) + tree(0.6, 0.55, 0.7, rng)
    return parts


def _sea(rng: Rng) -> list[Part]:
    """The sea: a wide tile of water (the first material) with rows of waves breaking white,
    and a small sailing boat far out."""
    parts = [box(2.0, 0.12, 2.0, None, 0, "body")]
    for k in range(7):  # rows of waves, their crests white
        z = -0.85 + 0.28 * k
        wave = [(-0.95, 0.12, z + 0.05 * np.sin(k)), (0.0, 0.12, z - 0.04), (0.95, 0.12, z + 0.04)]
        parts.append(tube(wave, 0.045, slot=0, m=scl(1, 0.8, 1)))
        parts.append(tube(wave, 0.02, slot="snow", m=at(0, 0.03, -0.012) @ scl(1, 0.8, 1)))
    hull = at(0.3, 0.12, -0.35)
    parts.append(box(0.1, 0.04, 0.24, hull, "cork"))
    parts.append(stick((0.3, 0.16, -0.35), (0.3, 0.42, -0.35), 0.006, "cork"))
    parts.append(
        slab(
            [(0.0, 0.0), (0.0, 0.22), (0.14, 0.0)],
            0.005,
            hull @ at(0, 0.06, 0.02) @ rot("y", -90),
            "sclera",
        )
    )
    del rng
    return parts


def _waterfall(rng: Rng) -> list[Part]:
    """A waterfall: water pouring over the lip of a rocky cliff in a white-edged sheet into a
    pool at its foot, spray rising where it lands."""
    parts = tile()
    parts.append(box(1.6, 0.9, 0.5, at(0, TOP - 0.01, -0.55), "stones"))  # the cliff
    for x in (-0.55, 0.55):  # rocks along its top, either side of the water
        s = float(rng.uniform(0.16, 0.2))
        parts.append(
            sphere(1.0, at(x, TOP + 0.88, -0.5) @ scl(s * 1.6, s * 0.45, s * 1.3), "stones")
        )
    parts.append(box(0.5, 0.04, 0.3, at(0, TOP + 0.9, -0.5), 1))  # the river above
    parts.append(box(0.5, 0.9, 0.04, at(0, TOP, -0.28), 1))  # the falling sheet
    parts.append(tube([(-0.25, TOP + 0.9, -0.27), (0.25, TOP + 0.9, -0.27)], 0.025, slot="snow"))
    parts.append(_water(at(0, TOP - 0.004, 0.2) @ scl(0.6, 1, 0.4)))
    for _ in range(9):  # spray
        c = (rng.uniform(-0.25, 0.25), TOP + rng.uniform(0.0, 0.08), rng.uniform(-0.2, 0.0))
        parts.append(sphere(float(rng.uniform(0.03, 0.06)), at(*c), "snow"))
    parts += tree(0.7, 0.3, 0.7, rng, True) + _reeds(-0.5, 0.45, rng, 5)
    return parts


def _island(rng: Rng) -> list[Part]:
    """An island: a mound of sand (first material) in a round of sea, a palm tree leaning
    over it, a few rocks on its shore."""
    parts = [cylinder(1.0, 1.0, 0.1, None, 1)]
    parts.append(sphere(1.0, at(0, 0.06, 0) @ scl(0.55, 0.16, 0.45), 0, "body"))
    trunk = [(0.0, 0.15, 0.0), (0.06, 0.5, 0.02), (0.18, 0.8, 0.05)]
    parts.append(tube(trunk, [0.04, 0.032, 0.025], slot="cork"))
    top = v3(0.18, 0.8, 0.05)
    for k in range(7):  # fronds
        a = 2 * np.pi * k / 7
        m = at(*top) @ rot("y", np.degrees(a)) @ rot("z", -70) @ scl(0.07, 0.2, 1) @ at(0, 1, 0)
        parts.append(slab(leaf(0.4), 0.006, m, "vine"))
    for k in range(3):
        parts.append(
            sphere(
                0.035, at(*(top + v3(0.03 * np.cos(2 * k), -0.04, 0.03 * np.sin(2 * k)))), "cork"
            )
        )
    parts += stones(0.0, 0.0, 0.5, 0.42, 7, rng, 0.1)
    return parts


def _swamp(rng: Rng) -> list[Part]:
    """A swamp or marsh: soggy ground with pools of dark water, reeds in clumps, a dead tree's
    bare crooked branches."""
    parts = tile()
    for x, z, a, b in ((-0.2, 0.1, 0.45, 0.3), (0.45, -0.25, 0.3, 0.22), (0.3, 0.45, 0.25, 0.18)):
        parts.append(_water(at(x, TOP - 0.004, z) @ scl(a, 1, b)))
    for x, z in ((-0.6, -0.3), (0.1, -0.5), (0.7, 0.2), (-0.4, 0.6), (0.05, 0.35)):
        parts += _reeds(x, z, rng, 6)
    base = v3(0.45, TOP, -0.6)
    parts.append(
        tube(
            [base, base + v3(0.02, 0.4, 0.0), base + v3(-0.05, 0.75, 0.03)],
            [0.05, 0.035, 0.02],
            slot="cork",
        )
    )
    for k in range(4):
        a = 2 * np.pi * k / 4 + 0.4
        root = base + v3(0, 0.45 + 0.08 * k, 0)
        parts.append(
            tube(
                [
                    root,
                    root + v3(0.2 * np.cos(a), 0.12, 0.2 * np.sin(a)),
                    root + v3(0.3 * np.cos(a), 0.1, 0.3 * np.sin(a)),
                ],
                [0.018, 0.01, 0.0],
                slot="cork",
            )
        )
    return parts


def _desert(rng: Rng) -> list[Part]:
    """A desert: rolling dunes of sand (the first material), a saguaro cactus with its arms
    raised, a few stones and a bleached skull."""
    parts = tile()
    for x, z, a, h in ((-0.3, -0.3, 0.6, 0.22), (0.4, 0.1, 0.45, 0.16), (-0.2, 0.5, 0.4, 0.1)):
        parts.append(sphere(1.0, at(x, TOP - 0.02, z) @ scl(a, h, a * 0.7) @ rot("y", 30), 0))
    c = v3(0.35, TOP + 0.1, -0.35)
    parts.append(tube([c, c + v3(0, 0.6, 0)], 0.06, slot="vine"))
    for s in (-1, 1):
        y = 0.2 + 0.12 * (s > 0)
        parts.append(
            tube(
                [c + v3(0, y, 0), c + v3(s * 0.16, y, 0), c + v3(s * 0.16, y + 0.2, 0)],
                0.04,
                slot="vine",
            )
        )
    parts += stones(0.0, 0.0, 0.75, 0.7, 6, rng)
    parts.append(sphere(1.0, at(-0.45, TOP + 0.02, 0.35) @ scl(0.06, 0.045, 0.07), "tooth"))
    return parts


def _forest(rng: Rng) -> list[Part]:
    """A forest: trees crowded on a tile of forest floor, round-crowned and conifers of mixed
    heights, a fallen log and mushrooms between them."""
    parts = tile()
    for k in range(11):
        a, d = 2 * np.pi * k / 11 + rng.uniform(-0.2, 0.2), 0.75 * np.sqrt(rng.uniform(0.1, 1.0))
        parts += tree(
            d * np.cos(a), d * np.sin(a), float(rng.uniform(0.8, 1.4)), rng, bool(k % 3 == 0)
        )
    parts.append(tube([(-0.2, TOP + 0.04, 0.7), (0.3, TOP + 0.04, 0.6)], 0.04, slot="cork"))
    for x, z in ((0.5, 0.55), (0.55, 0.6)):
        parts.append(stick((x, TOP, z), (x, TOP + 0.05, z), 0.008, "sclera"))
        parts.append(sphere(1.0, at(x, TOP + 0.05, z) @ scl(0.03, 0.018, 0.03), "card-red"))
    return parts


def _meadow(rng: Rng) -> list[Part]:
    """A meadow or field: a tile of grass in tufts, scattered with wild flowers."""
    parts = tile()
    for _ in range(26):
        a, d = rng.uniform(0, 2 * np.pi), 0.9 * np.sqrt(rng.uniform(0.0, 1.0))
        x, z = d * np.cos(a), d * np.sin(a)
        for _ in range(3):  # a tuft of blades
            tip = (
                x + rng.uniform(-0.04, 0.04),
                TOP + rng.uniform(0.08, 0.14),
                z + rng.uniform(-0.04, 0.04),
            )
            parts.append(tube([(x, TOP, z), tip], [0.012, 0.0], slot="vine"))
    parts += _flowers(30, 0.9, rng)
    return parts


def _garden(rng: Rng) -> list[Part]:
    """A garden: a gravel path between two beds of flowers in rows, a clipped hedge behind
    and a birdbath by the path."""
    parts = _slab_tile(1.8, 1.6)
    parts.append(box(0.3, 0.012, 1.6, at(0, TOP, 0), "stones"))  # the path
    for s in (-1, 1):
        bed = at(s * 0.5, TOP, 0.1)
        parts.append(box(0.55, 0.05, 1.0, bed, "soil"))
        for i in range(3):
            for j in range(6):
                x, z = s * 0.5 + (i - 1) * 0.15, 0.1 + (j - 2.5) * 0.16
                colour = ("card-red", "fruit-yellow", "plume")[i]
                parts.append(stick((x, TOP + 0.05, z), (x, TOP + 0.14, z), 0.006, "vine"))
                parts.append(sphere(0.035, at(x, TOP + 0.15, z), colour))
    parts.append(box(1.8, 0.3, 0.18, at(0, TOP, -0.7), "vine"))  # the hedge
    parts.append(
        lathe(
            [(0.0, 0.0), (0.06, 0.0), (0.03, 0.2), (0.14, 0.24), (0.15, 0.28), (0.0, 0.26)],
            at(0.0, TOP, 0.55),
            "stones",
        )
    )
    del rng
    return parts


def _park(rng: Rng) -> list[Part]:
    """A park: a lawn crossed by a curving path, trees, a wooden bench and a lamp post."""
    parts = tile()
    path = [(-0.95, TOP, -0.2), (-0.3, TOP, 0.1), (0.3, TOP, -0.05), (0.95, TOP, 0.25)]
    parts.append(
        tube(
            path,
            0.14,
            slot="stones",
            shape=np.array([[-1.0, 0.0], [1.0, 0.0], [1.0, 0.08], [-1.0, 0.08]]),
        )
    )
    parts += tree(-0.45, -0.5, 1.2, rng) + tree(0.5, -0.45, 1.0, rng) + tree(0.1, 0.6, 1.1, rng)
    bench = at(-0.2, TOP, 0.35)
    parts.append(box(0.4, 0.02, 0.12, bench @ at(0, 0.12, 0), "cork"))
    parts.append(box(0.4, 0.1, 0.02, bench @ at(0, 0.16, -0.06), "cork"))
    for x in (-0.17, 0.17):
        parts.append(box(0.02, 0.12, 0.1, bench @ at(x, 0, 0), "marking"))
    parts.append(stick((0.45, TOP, 0.15), (0.45, TOP + 0.7, 0.15), 0.012, "marking"))
    parts.append(sphere(0.045, at(0.45, TOP + 0.72, 0.15), "lampshade"))
    return parts


def _road(rng: Rng) -> list[Part]:
    """A road or street: dark tarmac with white dashes down its middle, kerbs and pavements
    each side, a street lamp."""
    L = 2.2
    parts = [box(0.9, 0.06, L, None, 0, "body")]  # the tarmac
    for z in np.linspace(-0.9, 0.9, 6):
        parts.append(box(0.04, 0.004, 0.18, at(0, 0.06, float(z)), "snow"))
    for s in (-1, 1):
        parts.append(box(0.04, 0.1, L, at(s * 0.47, 0, 0), "stones"))  # the kerb
        parts.append(box(0.35, 0.09, L, at(s * 0.665, 0, 0), "stones"))  # the pavement
    parts.append(stick((0.7, 0.09, -0.3), (0.7, 0.9, -0.3), 0.015, "marking"))
    parts.append(stick((0.7, 0.9, -0.3), (0.5, 0.9, -0.3), 0.012, "marking"))
    parts.append(sphere(1.0, at(0.48, 0.88, -0.3) @ scl(0.06, 0.03, 0.04), "lampshade"))
    del rng
    return parts


def _beach(rng: Rng) -> list[Part]:
    """A beach: a strip of sand (first material) running down into the sea (second), the surf
    breaking white, a striped parasol and a towel on the sand."""
    parts = [box(2.0, 0.1, 1.0, at(0, 0, -0.5), 0, "body")]
    parts.append(box(2.0, 0.08, 1.0, at(0, 0, 0.5), 1))
    for k in range(2):
        z = 0.02 + 0.2 * k
        parts.append(
            tube(
                [(-1.0, 0.09, z), (0.0, 0.09, z + 0.05), (1.0, 0.09, z)],
                0.02,
                slot="snow",
                m=scl(1, 0.5, 1),
            )
        )
    pole = v3(-0.3, 0.1, -0.5)
    parts.append(stick(pole, pole + v3(0, 0.55, 0), 0.01, "marking"))
    canopy = [(0.36, 0.0), (0.3, 0.05), (0.0, 0.12)]
    parts.append(lathe(canopy, at(*(pole + v3(0, 0.48, 0))), "card-red", sides=8))
    for k in range(4):  # its white panels
        a = np.radians(45 * (2 * k) + 22.5)
        tip = pole + v3(0.33 * np.cos(a), 0.49, 0.33 * np.sin(a))
        parts.append(stick(pole + v3(0, 0.6, 0), tip, 0.03, "snow"))
    parts.append(box(0.22, 0.01, 0.4, at(0.2, 0.1, -0.45) @ rot("y", 20), "plume"))  # a towel
    for _ in range(3):
        parts.append(
            torus(0.03, 0.008, at(*rng.uniform((-0.8, 0.1, -0.9), (0.8, 0.1, -0.2))), "tooth")
        )
    return parts


def _canyon(rng: Rng) -> list[Part]:
    """A canyon or ravine: two cliffs of layered rock facing each other across a narrow floor,
    a thin stream winding along its bottom."""
    parts = [box(1.6, 0.04, 1.6, None, "stones")]  # its floor
    for sd in (-1, 1):  # each wall a cliff turned to face the other
        m = at(sd * 0.55, 0.0, 0.0) @ rot("y", -sd * 90)
        for k, q in enumerate(cliff(rng)):
            parts.append(
                Part(q.gen, m @ q.matrix, q.slot, q.tag if sd < 0 and k == 0 else "", q.counter)
            )
    path = [
        (0.08 * np.sin(2 * np.pi * u * 1.5), 0.035, -0.8 + 1.6 * u) for u in np.linspace(0, 1, 8)
    ]
    flat = np.array([[-1.0, -0.1], [1.0, -0.1], [1.0, 0.1], [-1.0, 0.1]])
    parts.append(tube(path, 0.08, slot=1, shape=flat))
    return parts


PLACES = {
    225: _lake, 226: _river, 227: _canal, 228: _sea, 229: _waterfall,
    230: _island, 231: _swamp, 232: _desert, 233: _forest, 234: _meadow, 235: _garden,
    236: _park, 237: _road, 238: _beach, 274: _canyon,
}  # fmt: skip
"""Places by the device family's ``appliance``."""
