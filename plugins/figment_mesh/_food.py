"""Prepared food, built by the fruit family when its ``dish`` parameter names one.

Each dish is about one unit across, standing on y = 0, its front toward +z. The slots follow
``figment_parse.families.DISH_MATERIALS`` (a pizza's crust, cheese, pepperoni and basil are
bread, cheese, berries and leaves unless the wish says what it is made of).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from ._families_a import ellipsoid, stick
from ._geometry import Part, align, at, rot, scl
from ._parts import FIRM
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import leaf

__all__ = ["DISHES", "dish"]

Rng = np.random.Generator

_FLAT = rot("x", -90)
"""Lays a slab's xy outline on the ground, extruded upward (outline y → -z)."""


def _sector(r: float, a0: float, a1: float) -> Callable[[int], np.ndarray]:
    """A pie-slice outline (radians a0 to a1) with its point at the origin: star-shaped around
    its centroid up to a sweep of 300°."""

    def outline(n: int) -> np.ndarray:
        t = np.linspace(a0, a1, max(n - 1, 3))
        return np.concatenate([[[0.0, 0.0]], np.stack([r * np.cos(t), r * np.sin(t)], 1)])

    return outline


def _wavy(r: float, waves: int, depth: float) -> Callable[[int], np.ndarray]:
    """A round outline with a wavy edge (a lettuce leaf under a bun)."""

    def outline(n: int) -> np.ndarray:
        t = np.arange(n) * (2 * np.pi / n)
        rr = r * (1 + depth * np.sin(waves * t))
        return np.stack([rr * np.cos(t), rr * np.sin(t)], 1)

    return outline


def _flat(outline, thick: float, y: float, slot, spin: float = 0.0, shift=(0.0, 0.0)) -> Part:
    """An outline lying on the plane y, ``thick`` high, turned ``spin``° about y."""
    m = at(shift[0], y + thick / 2, shift[1]) @ rot("y", spin) @ _FLAT
    return slab(outline, thick, m, slot)


def _disc(r: float, h: float, y: float, slot, bulge: float = 0.5) -> Part:
    """A round cake with a softly rounded edge from y to y + h."""
    prof = [(0, 0), (r * 0.94, 0), (r, h * bulge), (r * 0.94, h), (0, h)]
    return lathe(prof, at(0, y, 0), slot)


def _scatter(n: int, r: float, rng: Rng) -> list[tuple[float, float]]:
    """n points spread over a disc of radius r, not too close to each other."""
    pts: list[tuple[float, float]] = []
    for _ in range(n * 30):
        if len(pts) == n:
            break
        rad, a = r * np.sqrt(rng.uniform()), rng.uniform(0, 2 * np.pi)
        p = (rad * np.cos(a), rad * np.sin(a))
        if all(np.hypot(p[0] - q[0], p[1] - q[1]) > 1.2 * r / np.sqrt(n) for q in pts):
            pts.append(p)
    return pts


def pizza(rng: Rng) -> list[Part]:
    """A round pizza with one slice pulled out: crust rim, cheese, pepperoni and basil leaves."""
    gap = np.radians(rng.uniform(250, 290))
    parts: list[Part] = []
    for a0, a1, off in ((gap + 1.05, gap + 2 * np.pi, 0.0), (gap, gap + 1.05, 0.1)):
        mid = (a0 + a1) / 2
        shift = (off * np.cos(mid), -off * np.sin(mid))
        parts.append(_flat(_sector(0.5, a0, a1), 0.04, 0.0, 0, shift=shift))
        parts.append(_flat(_sector(0.45, a0, a1), 0.025, 0.03, 1, shift=shift))
        arc = np.linspace(a0, a1, 9)
        rim = [(shift[0] + 0.47 * np.cos(a), 0.045, shift[1] - 0.47 * np.sin(a)) for a in arc]
        parts.append(tube(rim, 0.045, slot=0, tag="body" if off == 0 else ""))
    for x, z in _scatter(9, 0.36, rng):
        a = np.arctan2(-z, x) % (2 * np.pi)
        if (a - gap) % (2 * np.pi) < 1.05:  # on the pulled slice: move with it
            mid = gap + 0.525
            x, z = x + 0.1 * np.cos(mid), z - 0.1 * np.sin(mid)
        parts.append(cylinder(0.06, 0.06, 0.014, at(x, 0.053, z), 2))
    for x, z in _scatter(4, 0.3, rng):
        m = at(x, 0.07, z) @ rot("y", rng.uniform(0, 360)) @ _FLAT @ scl(0.03, 0.05, 1)
        parts.append(slab(leaf(0.5), 0.008, m, 3))
    return parts


def pie(rng: Rng) -> list[Part]:
    """A pie in its dish: fluted crust edge, the filling showing through a lattice."""
    parts = [
        lathe([(0, 0), (0.4, 0), (0.5, 0.16), (0.46, 0.16), (0, 0.12)], None, 0, "body"),
        cylinder(0.46, 0.46, 0.03, at(0, 0.13, 0), 1),
    ]
    for i in range(28):
        a = 2 * np.pi * i / 28
        parts.append(sphere(0.045, at(0.48 * np.cos(a), 0.17, 0.48 * np.sin(a)), 0))
    for k in range(-2, 3):
        half = float(np.sqrt(max(0.46**2 - (0.17 * k) ** 2, 0.01)))
        parts.append(box(2 * half, 0.025, 0.06, at(0, 0.16, 0.17 * k), 0))
        parts.append(box(0.06, 0.025, 2 * half, at(0.17 * k, 0.175, 0), 0))
    return parts


def waffle(rng: Rng) -> list[Part]:
    """A square waffle: raised ridges round deep square pockets, a pat of butter, syrup."""
    parts = [box(1.0, 0.06, 1.0, None, 0, "body")]
    for k in range(6):
        c = -0.5 + 0.2 * k
        parts.append(
            box(0.04, 0.05, 1.0, at(c + (0.02 if k == 0 else -0.02 if k == 5 else 0), 0.06, 0), 0)
        )
        parts.append(
            box(1.0, 0.05, 0.04, at(0, 0.06, c + (0.02 if k == 0 else -0.02 if k == 5 else 0)), 0)
        )
    parts.append(box(0.16, 0.06, 0.16, at(0.05, 0.1, -0.05) @ rot("y", rng.uniform(10, 40)), 2))
    parts.append(ellipsoid((0.02, 0.11, 0.02), 0.3, 0.025, 0.24, 1))
    return parts


def pancakes(rng: Rng) -> list[Part]:
    """A stack of pancakes with syrup running over them, butter and berries on top."""
    n = int(rng.integers(4, 7))
    parts = []
    for i in range(n):
        dx, dz = rng.uniform(-0.02, 0.02, 2)
        parts.append(lathe(
            [(0, 0), (0.42, 0), (0.45, 0.035), (0.42, 0.07), (0, 0.07)],
            at(dx, 0.068 * i, dz), 0, "body" if i == 0 else "",
        ))  # fmt: skip
    top = 0.068 * n
    parts.append(cylinder(0.38, 0.36, 0.02, at(0, top - 0.005, 0), 1))
    for a in rng.uniform(0, 2 * np.pi, 5):
        x, z = 0.42 * np.cos(a), 0.42 * np.sin(a)
        drop = rng.uniform(0.12, 0.3)
        parts.append(tube([(x * 0.9, top, z * 0.9), (x * 1.05, top - 0.04, z * 1.05),
                           (x * 1.08, top - drop, z * 1.08)], [0.035, 0.03, 0.035], slot=1))  # fmt: skip
    parts.append(box(0.14, 0.05, 0.14, at(0, top + 0.01, 0) @ rot("y", 30), 2))
    for x, z in _scatter(3, 0.25, rng):
        parts.append(sphere(0.045, at(x, top + 0.04, z), 3))
    return parts


def cookie(rng: Rng) -> list[Part]:
    """A thick round cookie, its edge a little uneven, studded with chunks of chocolate half
    sunk into its domed top."""
    prof = [(0.0, 0.0), (0.46, 0.0), (0.5, 0.04), (0.48, 0.09), (0.3, 0.13), (0.0, 0.14)]
    parts = [lathe(prof, None, 0, "body")]
    for x, z in _scatter(12, 0.4, rng):
        y = float(np.interp(np.hypot(x, z), [0.0, 0.3, 0.48], [0.14, 0.13, 0.09]))
        m = at(x, y - 0.005, z) @ rot("y", rng.uniform(0, 360)) @ scl(0.055, 0.03, 0.045)
        parts.append(sphere(1.0, m, 1))
    return parts


def burger(rng: Rng) -> list[Part]:
    """Bun, lettuce, patty, melted cheese and a domed top bun with sesame seeds."""
    parts = [
        lathe([(0, 0), (0.45, 0), (0.5, 0.06), (0.5, 0.13), (0, 0.13)], None, 0, "body"),
        _flat(_wavy(0.54, 9, 0.06), 0.025, 0.13, 3),
        _disc(0.52, 0.13, 0.15, 1),
        box(0.92, 0.025, 0.92, at(0, 0.28, 0) @ rot("y", rng.uniform(30, 60)), 2),
        lathe([(0, 0), (0.5, 0), (0.52, 0.07), (0.45, 0.2), (0.26, 0.29), (0, 0.31)],
              at(0, 0.3, 0), 0),
    ]  # fmt: skip
    for _ in range(18):
        a, r = rng.uniform(0, 2 * np.pi), rng.uniform(0.05, 0.38)
        y = 0.3 + float(np.interp(r, [0, 0.26, 0.45, 0.5], [0.31, 0.29, 0.2, 0.07]))
        m = at(r * np.cos(a), y, r * np.sin(a)) @ rot("y", rng.uniform(0, 180))
        parts.append(sphere(0.022, m @ scl(1.6, 0.6, 0.8), "seed"))
    return parts


def sandwich(rng: Rng) -> list[Part]:
    """A square sandwich cut corner to corner, the halves apart to show bread, ham, cheese
    and lettuce."""
    layers = ((0, 0.1), (3, 0.04), (1, 0.03), (2, 0.03), (0, 0.1))
    tri = [(-0.5, -0.5), (0.5, -0.5), (-0.5, 0.5)]
    parts = []
    for side, spin in ((0, 0.0), (1, 180.0)):
        y = 0.0
        push = 0.06 * (1 if side else -1)
        for slot, h in layers:
            grow = 1.0 if slot == 0 else 1.06
            outline = [(x * grow, z * grow) for x, z in tri]
            parts.append(_flat(_polygon(outline), h, y, slot, spin, (push, push)))
            y += h
    parts[0] = replace(parts[0], tag="body")
    return parts


def _polygon(points: list[tuple[float, float]]) -> Callable[[int], np.ndarray]:
    """A straight-edged outline with rounded corners, resampled to n points."""

    def outline(n: int) -> np.ndarray:
        p = np.array(points, float)
        c = p.mean(0)
        p = c + (p - c) * 0.96
        t = np.linspace(0, len(p), n, endpoint=False)
        i = t.astype(int)
        f = (t - i)[:, None]
        return p[i] * (1 - f) + p[(i + 1) % len(p)] * f

    return outline


def doughnut(rng: Rng) -> list[Part]:
    """A ring doughnut, its top half glazed and scattered with sprinkles."""
    parts = [
        torus(0.32, 0.17, at(0, 0.17, 0), 0, "body"),
        torus(0.32, 0.172, at(0, 0.2, 0), 1),
    ]
    for i in range(36):
        a = rng.uniform(0, 2 * np.pi)
        b = rng.uniform(0.35, 1.45)  # over the top of the tube
        r = 0.32 + 0.175 * np.cos(b) * (1 if rng.uniform() < 0.6 else -1)
        p = np.array([r * np.cos(a), 0.2 + 0.175 * np.sin(b), r * np.sin(a)])
        d = rng.normal(size=3)
        d[1] *= 0.2
        parts.append(stick(tuple(p - 0.02 * d / np.linalg.norm(d)),
                           tuple(p + 0.02 * d / np.linalg.norm(d)), 0.009, 2 + i % 2))  # fmt: skip
    return parts


def ice_cream(rng: Rng) -> list[Part]:
    """A wafer cone with two scoops, the lower one melting over the rim, and a wafer stick."""
    parts = [  # (the cone keeps its shape when the ice cream melts)
        cylinder(0.02, 0.2, 0.55, None, 0, FIRM),
        torus(0.2, 0.025, at(0, 0.55, 0), 0, FIRM),
        sphere(0.23, at(0, 0.68, 0) @ scl(1, 0.85, 1), 1, "body"),
        torus(0.2, 0.05, at(0, 0.59, 0), 1),
        sphere(0.2, at(0.02, 0.96, 0.01) @ scl(1, 0.9, 1), 2),
    ]
    for a in rng.uniform(0, 2 * np.pi, 3):
        x, z = 0.2 * np.cos(a), 0.2 * np.sin(a)
        parts.append(tube([(x, 0.6, z), (x * 0.9, 0.5, z * 0.9)], [0.04, 0.03], slot=1))
    parts.append(stick((0.05, 1.0, 0.0), (0.15, 1.22, -0.05), 0.025, 3))
    return parts


def cupcake(rng: Rng) -> list[Part]:
    """A pleated paper case, the cake domed over it, a swirl of frosting and a cherry."""
    parts = [
        lathe([(0, 0), (0.3, 0), (0.4, 0.35), (0, 0.35)], None, 3, sides=22),
        _disc(0.42, 0.12, 0.33, 0, 0.5),
        torus(0.27, 0.1, at(0, 0.5, 0), 1),
        torus(0.19, 0.09, at(0, 0.64, 0), 1),
        torus(0.1, 0.08, at(0, 0.76, 0), 1),
        cylinder(0.1, 0.0, 0.16, at(0, 0.78, 0), 1),
        sphere(0.08, at(0, 0.95, 0), 2),
        tube([(0, 1.0, 0), (0.04, 1.1, 0), (0.1, 1.16, 0)], 0.012, slot=2),
    ]
    parts[1] = replace(parts[1], tag="body")
    return parts


def sushi(rng: Rng) -> list[Part]:
    """Three pieces of nigiri on a wooden board: rice, a slice of fish, a band of seaweed."""
    parts = [box(1.3, 0.05, 0.55, None, 3)]
    for i, x in enumerate((-0.4, 0.0, 0.4)):
        tilt = at(x, 0.05, 0) @ rot("y", 70 + rng.uniform(-8, 8))
        parts += [
            sphere(1.0, tilt @ at(0, 0.09, 0) @ scl(0.25, 0.09, 0.14), 0, "body" if i == 1 else ""),
            sphere(1.0, tilt @ at(0, 0.16, 0) @ scl(0.29, 0.05, 0.16), 1),
            torus(1.0, 0.09, tilt @ at(0, 0.11, 0) @ scl(1, 0.11, 0.17) @ rot("z", 90), 2),
        ]
    return parts


def hot_dog(rng: Rng) -> list[Part]:
    """A sausage in a split bun, a zig-zag of mustard along it."""
    parts = [ellipsoid((0, 0.09, 0), 0.48, 0.09, 0.17, 0, "body")]
    for s in (-1, 1):
        parts.append(ellipsoid((0, 0.16, s * 0.1), 0.47, 0.11, 0.08, 0))
    parts.append(tube([(-0.58, 0.2, 0), (0, 0.21, 0), (0.58, 0.2, 0)], 0.08, slot=1))
    zig = [(x, 0.29, 0.04 * (-1) ** i) for i, x in enumerate(np.linspace(-0.45, 0.45, 12))]
    parts.append(tube(zig, 0.016, slot=2))
    return parts


def croissant(rng: Rng) -> list[Part]:
    """A crescent of rolled, overlapping layers, fat in the middle and thin at the curled tips."""
    parts = []
    n = 7
    for i in range(n):
        t = i / (n - 1)
        a = np.radians(-70 + 140 * t)
        c = np.array([0.42 * np.sin(a), 0.0, -0.42 * np.cos(a) + 0.3])
        fat = 0.2 * np.sin(np.pi * (0.1 + 0.8 * t)) + 0.03
        tangent = (np.cos(a), 0.0, np.sin(a))
        m = at(c[0], fat * 0.8, c[2]) @ align(tangent) @ scl(fat, 0.12 + 0.08 * fat / 0.23, fat)
        parts.append(sphere(1.0, m, 0, "body" if i == n // 2 else ""))
    return parts


def taco(rng: Rng) -> list[Part]:
    """A folded shell standing on its curve, filled with meat, lettuce and tomato."""
    half = [(float(np.cos(t)), float(-np.sin(t))) for t in np.linspace(0, np.pi, 13)]
    parts = []
    for s in (-1, 1):
        m = at(0, 0.5, s * 0.02) @ rot("x", s * 14) @ scl(0.55, 0.5, 1)
        parts.append(slab(half, 0.03, m, 0, "body" if s < 0 else ""))
    for x in np.linspace(-0.4, 0.4, 6):
        parts.append(ellipsoid((x, 0.46, 0), 0.1, 0.07, 0.1, 1))
    for _ in range(14):
        x = rng.uniform(-0.45, 0.45)
        m = at(x, 0.52, rng.uniform(-0.1, 0.1)) @ rot("y", rng.uniform(0, 180)) @ rot("z", 60)
        parts.append(slab(leaf(0.3), 0.01, m @ scl(0.03, 0.07, 1), 2))
    for x in rng.uniform(-0.4, 0.4, 6):
        parts.append(box(0.05, 0.05, 0.05, at(x, 0.53, rng.uniform(-0.08, 0.08)), 3))
    return parts


def cake(rng: Rng) -> list[Part]:
    """A round layer cake: two sponge layers with a band of filling between, white icing over
    the top running down the sides in drips, berries and candles on top."""
    parts = [
        cylinder(0.45, 0.45, 0.22, None, 0, "body"),
        cylinder(0.455, 0.455, 0.05, at(0, 0.22, 0), 2),
        cylinder(0.45, 0.45, 0.22, at(0, 0.27, 0), 0),
        _disc(0.47, 0.06, 0.48, 1, 0.5),
    ]
    for k in range(16):
        a = 2 * np.pi * k / 16 + rng.uniform(-0.1, 0.1)
        drop = rng.uniform(0.06, 0.16)
        x, z = 0.46 * np.cos(a), 0.46 * np.sin(a)
        parts.append(tube([(x, 0.5, z), (x * 1.01, 0.5 - drop, z * 1.01)], [0.035, 0.03], slot=1))
    for x, z in _scatter(6, 0.32, rng):
        parts.append(sphere(0.045, at(x, 0.57, z), 2))
    for x, z in _scatter(3, 0.2, rng):
        parts.append(cylinder(0.018, 0.018, 0.16, at(x, 0.54, z), 3))
        parts.append(lathe([(0, 0), (0.014, 0.015), (0.01, 0.04), (0, 0.055)],
                           at(x, 0.71, z), "flame"))  # fmt: skip
    return parts


def lollipop(rng: Rng) -> list[Part]:
    """A lollipop standing on its stick: a flat round candy with a spiral of a second colour
    wound across its face."""
    disc = at(0, 0.75, 0) @ rot("x", 90)
    parts = [cylinder(0.25, 0.25, 0.08, disc @ at(0, -0.04, 0), 0, "body")]
    turns = np.linspace(0, 3 * 2 * np.pi, 40)
    spiral = [(0.23 * t / turns[-1] * np.cos(t), 0.75 + 0.23 * t / turns[-1] * np.sin(t), 0.045)
              for t in turns[1:]]  # fmt: skip
    parts.append(tube(spiral, 0.02, slot=1))
    parts.append(tube([(0, 0.0, 0), (0, 0.52, 0)], 0.018, slot=2))  # the stick
    del rng
    return parts


def steak(rng: Rng) -> list[Part]:
    """A steak or chop lying on the plate it is served on: a thick rounded slab of seared meat
    with grill marks, a rim of fat along one edge and the bone along the other."""
    outline = [(-0.4, 0.05), (-0.28, 0.25), (0.05, 0.3), (0.35, 0.18), (0.42, -0.05), (0.25, -0.25),
               (-0.15, -0.28), (-0.38, -0.15)]  # fmt: skip
    flat = at(0, 0.08, 0) @ rot("x", -90)
    parts = [slab(outline, 0.12, flat, 0, "body")]
    parts.append(tube([(-0.38, 0.1, -0.1), (-0.3, 0.1, 0.22), (0.05, 0.1, 0.31), (0.33, 0.1, 0.2)],
                      0.05, slot=2))  # the fat rim # fmt: skip
    parts.append(tube([(0.1, 0.1, -0.26), (0.3, 0.1, -0.2), (0.43, 0.1, -0.04)], [0.05, 0.045, 0.055],
                      slot=1))  # the bone # fmt: skip
    for k in range(4):  # grill marks
        parts.append(
            box(0.5, 0.012, 0.03, at(-0.02, 0.14, -0.18 + 0.12 * k) @ rot("y", 35), "marking")
        )
    parts.append(cylinder(0.6, 0.55, 0.03, at(0, 0.0, 0), "snow"))  # the plate
    del rng
    return parts


def pretzel(rng: Rng) -> list[Part]:
    """A soft pretzel lying flat, tilted up toward the viewer: a fat rope of glossy brown dough
    in the classic knot, its fat belly round the bottom and sides, the two arms looping over the
    top and twisting round each other twice in the middle, their ends folded down onto the
    belly, leaving three holes; sprinkled with white salt crystals."""
    # (x, depth, lift, radius) along the rope: end, twist, left lobe, belly, right lobe, twist, end
    rope = [
        (-0.2, -0.3, 0.09, 0.05), (-0.1, -0.15, 0.05, 0.055), (0.0, -0.03, 0.07, 0.055),
        (0.08, 0.04, 0.02, 0.055), (0.0, 0.11, -0.01, 0.055), (-0.11, 0.17, 0.0, 0.058),
        (-0.24, 0.27, 0.0, 0.062), (-0.4, 0.25, 0.0, 0.068), (-0.49, 0.08, 0.0, 0.075),
        (-0.45, -0.13, 0.0, 0.082), (-0.32, -0.3, 0.0, 0.085), (-0.15, -0.39, 0.0, 0.088),
        (0.0, -0.41, 0.0, 0.088), (0.15, -0.39, 0.0, 0.088), (0.32, -0.3, 0.0, 0.085),
        (0.45, -0.13, 0.0, 0.082), (0.49, 0.08, 0.0, 0.075), (0.4, 0.25, 0.0, 0.068),
        (0.24, 0.27, 0.0, 0.062), (0.11, 0.17, 0.0, 0.058), (0.0, 0.11, 0.07, 0.055),
        (-0.08, 0.04, 0.02, 0.055), (0.0, -0.03, -0.01, 0.055), (0.1, -0.15, 0.05, 0.055),
        (0.2, -0.3, 0.09, 0.05),
    ]  # fmt: skip
    tilt = 32 + float(rng.uniform(-3, 3))
    m = at(0, 0.26, 0) @ rot("x", tilt)
    pts = [(x, 0.08 + lift, -d) for x, d, lift, _ in rope]
    parts = [tube(pts, [r for *_, r in rope], m, 0, "body")]
    for k in range(len(rope) - 1):  # salt on top of the rope
        for f in (0.25, 0.75):
            p = np.array(pts[k]) * (1 - f) + np.array(pts[k + 1]) * f
            r = rope[k][3]
            off = rng.uniform(-0.5, 0.5, 2) * r
            g = m @ at(p[0] + off[0], p[1] + r * 0.92, p[2] + off[1])
            g = g @ rot("y", float(rng.uniform(0, 90))) @ rot("x", float(rng.uniform(-30, 30)))
            parts.append(box(0.022, 0.018, 0.02, g, "snow"))
    return parts


def cotton_candy(rng: Rng) -> list[Part]:
    """Cotton candy on its paper cone: a big fluffy cloud of spun sugar, tufts bulging from
    it."""
    parts = [
        cylinder(0.02, 0.05, 0.45, None, 1, "stick"),  # the cone
        sphere(1.0, at(0, 0.72, 0) @ scl(0.3, 0.33, 0.3), 0, "body"),
    ]
    for _ in range(14):
        d = rng.normal(size=3)
        d /= np.linalg.norm(d)
        parts.append(sphere(rng.uniform(0.1, 0.16), at(*(np.array([0, 0.72, 0]) + 0.24 * d)), 0))
    return parts


def soup(rng: Rng) -> list[Part]:
    """A bowl of soup or stew: a deep round bowl (the second material) full to near its rim
    with broth, chunks of what is in it and green herbs floating there, steam curling up."""
    bowl = [(0.0, 0.0), (0.2, 0.0), (0.22, 0.03), (0.42, 0.2), (0.5, 0.38), (0.47, 0.39),
            (0.4, 0.24), (0.0, 0.16)]  # fmt: skip
    parts = [lathe(bowl, None, 1)]
    parts.append(cylinder(0.45, 0.45, 0.02, at(0, 0.32, 0), 0, "body"))  # the broth
    for _ in range(9):  # chunks
        a, d = rng.uniform(0, 2 * np.pi), 0.33 * np.sqrt(rng.uniform(0.05, 1.0))
        c = (d * np.cos(a), 0.34, d * np.sin(a))
        parts.append(sphere(float(rng.uniform(0.04, 0.065)), at(*c) @ scl(1, 0.6, 1), 2))
    for _ in range(7):  # herbs
        a, d = rng.uniform(0, 2 * np.pi), 0.38 * np.sqrt(rng.uniform(0.0, 1.0))
        m = at(d * np.cos(a), 0.345, d * np.sin(a)) @ rot("y", rng.uniform(0, 360)) @ rot("x", -90)
        parts.append(slab(leaf(0.5), 0.004, m @ scl(0.02, 0.035, 1), 3))
    for k in range(3):  # steam
        x = -0.15 + 0.15 * k
        curl = [
            (x, 0.4, 0.0),
            (x + 0.05, 0.55, 0.03),
            (x - 0.04, 0.7, 0.0),
            (x + 0.03, 0.85, -0.02),
        ]
        parts.append(tube(curl, [0.03, 0.025, 0.018, 0.0], slot="membrane"))
    return parts


DISHES: dict[int, Callable[[Rng], list[Part]]] = {
    1: pizza, 2: pie, 3: waffle, 4: pancakes, 5: cookie, 6: burger, 7: sandwich, 8: doughnut,
    9: ice_cream, 10: cupcake, 11: sushi, 12: hot_dog, 13: croissant, 14: taco, 15: cake,
    16: lollipop, 17: steak, 18: pretzel, 19: cotton_candy, 20: soup,
}  # fmt: skip
"""The fruit family's ``dish`` values (see figment.spec.SHAPE_PARAMS)."""


def dish(kind: int, rng: Rng) -> list[Part]:
    """The prepared food numbered ``kind`` (1..20)."""
    return DISHES[kind](rng)
