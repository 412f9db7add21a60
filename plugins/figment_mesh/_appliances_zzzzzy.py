"""More of the device family's appliances, from 1550: a lily pad and a hedgehog.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material; the hedgehog
stands nose toward +x, turned a little to the viewer.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, align, at, rot, scl, v3
from ._kit import (
    balls,
    bristles,
    cloth_sheet,
    cut,
    flat_things,
    rope,
    skin_field,
    skin_hits,
    solid,
    sphere_dirs,
    strands,
    unit,
    units,
)
from ._primitives import cylinder, sphere
from ._sdf import ellipsoid
from ._shapes import leaf

__all__ = ["MORE_APPLIANCES_ZZZZZY"]

Rng = np.random.Generator


# 1550 lily pad


def _pad_height(r: np.ndarray, a: np.ndarray, big: float, lip: float) -> np.ndarray:
    """The height of a lily pad's middle sheet at radius r and angle a: flat, its last fifth
    curling up to ``lip`` at the rim, a faint wave round it."""
    f = np.clip((r / big - 0.8) / 0.2, 0.0, 1.0)
    return 0.004 + lip * f**2 + 0.002 * np.sin(5 * a + 1.0) * (r / big) ** 2


def _water_lily(base: np.ndarray, rng: Rng) -> list[Part]:
    """A small pink water lily floating at ``base``: three rings of pointed petals cupped up
    round each other (second material), a tuft of yellow stamens in the middle, green sepals
    under them."""
    parts = []
    up = np.array([0.0, 1.0, 0.0])
    outline = leaf(0.36)(14)
    rings = ((4, 0.018, 0.032, 6.0, 0, 45.0), (8, 0.02, 0.034, 22.0, 1, 0.0),
             (8, 0.016, 0.03, 45.0, 1, 22.5), (6, 0.01, 0.022, 68.0, 1, 10.0))  # fmt: skip
    for n, r0, size, tilt, slot, turn in rings:  # green sepals, then three rings of petals
        a = np.radians(turn + 360.0 * np.arange(n) / n + rng.uniform(-5, 5, n))
        lean = np.radians(tilt + rng.uniform(-5, 5, n))
        out = np.stack([np.cos(a), np.zeros(n), np.sin(a)], 1)
        head = out * np.cos(lean)[:, None] + up * np.sin(lean)[:, None]
        normal = -out * np.sin(lean)[:, None] + up * np.cos(lean)[:, None]
        s = size * rng.uniform(0.92, 1.08, n)
        centre = base + out * r0 + head * s[:, None] + up * 0.006
        parts.append(flat_things(centre, normal, head, s, outline, 0.003, slot, 0.12, 0.1))
    tips = []
    for k in range(14):  # the stamens
        a = 2 * np.pi * k / 14
        tips.append(base + v3(0.009 * np.cos(a), 0.03, 0.009 * np.sin(a)))
    parts.append(balls(tips, 0.0032, "plume-tip", 5, 3))
    parts.append(cylinder(0.012, 0.01, 0.02, at(*(base + v3(0, 0.01, 0))), "plume-tip"))
    return parts


def _lily_pad(rng: Rng) -> list[Part]:
    """A lily pad floating flat: a water lily's leaf, a near perfectly round thin disc about
    30 cm across with one narrow V-shaped notch cut from its rim to its middle, its rim curled a
    little up, fine veins raised on it radiating from the middle to the rim; beside it a small
    pink water lily in flower (second material)."""
    big = 0.15 + float(rng.uniform(-0.005, 0.005))
    gap = np.radians(9.0)  # half the notch's angle
    notch = np.radians(-50.0 + float(rng.uniform(-8, 8)))  # toward the viewer, to the right
    a = notch + np.linspace(gap, 2 * np.pi - gap, 96)
    r = np.linspace(0.004, big, 16)
    aa, rr = np.meshgrid(a, r, indexing="ij")
    lip = 0.012
    y = _pad_height(rr, aa, big, lip)
    grid = np.stack([rr * np.cos(aa), y, -rr * np.sin(aa)], -1)
    parts = [cloth_sheet(grid, 0.004, 0, "body")]
    veins = []  # raised veins from the middle out to the rim
    for t in notch + np.linspace(gap + 0.12, 2 * np.pi - gap - 0.12, 26):
        rs = np.array([0.006, 0.04, 0.08, 0.115, big * 0.97])
        path = [(q * np.cos(t), _pad_height(q, t, big, lip) + 0.0022, -q * np.sin(t)) for q in rs]
        veins.append(path)
    parts.append(strands(veins, [0.0018, 0.0014, 0.001], 0, 4, 9))
    parts.append(cylinder(0.01, 0.007, 0.004, at(0, 0.005, 0), 0))  # where the stalk joins
    side = notch + np.pi * 0.62
    spot = v3(0.2 * np.cos(side), 0.0, -0.2 * np.sin(side))
    parts += _water_lily(spot, rng)
    return parts


# 1551 hedgehog

_MANTLE_C = v3(-0.012, 0.05, 0.0)
_MANTLE_R = (0.1, 0.072, 0.08)
_HEAD = v3(0.07, 0.042, 0.0)


def _hedgehog_shapes() -> tuple[list, list]:
    """The hedgehog's spiny mantle (a dome like half an egg on its side, head toward +x) and its
    pale underparts: the head, the pointed snout, the belly and four tiny feet."""
    mantle = [ellipsoid(_MANTLE_C, _MANTLE_R, rot("z", -6))]
    mantle.append(cut(1, 0.026, False, 0.01, (-0.15, -0.05, -0.12), (0.15, 0.026, 0.12)))
    under = [ellipsoid((-0.005, 0.035, 0.0), (0.085, 0.03, 0.06))]  # the belly
    under.append(ellipsoid(_HEAD, (0.04, 0.032, 0.036), rot("z", -12), 0.02))
    under += rope([(0.085, 0.04, 0.0), (0.115, 0.03, 0.0), (0.132, 0.025, 0.0)],
                  [0.022, 0.011, 0.006], 0.02, 0.01)  # fmt: skip
    for x in (0.05, -0.055):
        for s in (-1, 1):
            under.append(ellipsoid((x, 0.01, s * 0.04), (0.016, 0.01, 0.012), None, 0.01))
    under.append(cut(1, 0.0, False, 0.003, (-0.15, -0.05, -0.12), (0.2, 0.0, 0.12)))
    return mantle, under


def _hedgehog_spines(field, rng: Rng, n: int) -> Part:
    """Hundreds of short sharp spines all over the mantle's back and sides, raked back toward
    the tail and bristling out, a fringe of them over the brow."""
    d = sphere_dirs(n, rng, 0.05)
    c = _MANTLE_C + v3(0.0, -0.01, 0.0)
    ps, ns = skin_hits(field, np.repeat(c[None], n, 0), d, 0.2, 80, 0.002)
    keep = (ps[:, 1] > 0.032) & (ps[:, 0] < 0.08)
    ps, ns = ps[keep], ns[keep]
    m = len(ps)
    back = np.array([-1.0, 0.25, 0.0])
    way = units(ns + back * 0.65 + rng.normal(0, 0.18, (m, 3)))
    length = 0.03 * rng.uniform(0.8, 1.15, m)
    roots = ps - ns * 0.002
    return bristles(roots, roots + way * length[:, None], 0.0026, 0)


def _hedgehog(rng: Rng) -> list[Part]:
    """A hedgehog about 25 cm long, nose toward +x turned a little to the viewer: a low domed
    body like half an egg on its side, its back and sides thick with hundreds of short sharp
    spines raked back and bristling out; from under their front edge a pale furry face (second
    material) tapering to a small pointed snout with a round black nose at its tip, small round
    black eyes, small round ears, a pale belly and tiny feet just showing beneath."""
    mantle, under = _hedgehog_shapes()
    parts = [solid(mantle, 0.007, 0, "body"), solid(under, 0.005, 1)]
    parts.append(_hedgehog_spines(skin_field(mantle), rng, 1800))
    parts.append(sphere(0.0065, at(0.134, 0.025, 0.0), "pupil"))  # the nose
    face = skin_field(under)
    dirs = [(0.55, 0.45, s * 0.7) for s in (-1, 1)] + [(0.1, 0.55, s * 0.85) for s in (-1, 1)]
    ps, ns = skin_hits(face, [_HEAD] * 4, dirs, 0.1, 60, 0.002)
    for p, n in zip(ps[:2], ns[:2], strict=True):  # the eyes
        parts.append(sphere(1.0, at(*p) @ align(n) @ scl(0.0055, 0.004, 0.0055), "pupil", "eyes"))
    for p, n in zip(ps[2:], ns[2:], strict=True):  # the ears, standing up off the skin
        ear = at(*(p + n * 0.004)) @ align(unit(n + v3(0.6, 0.3, 0.0)))
        parts.append(sphere(1.0, ear @ scl(0.009, 0.003, 0.009), 1))
    turn = -32 + float(rng.uniform(-4, 4))
    return [p.moved(rot("y", turn)) for p in parts]


MORE_APPLIANCES_ZZZZZY = {1550: _lily_pad, 1551: _hedgehog}
"""These appliances by the device family's ``appliance``."""
