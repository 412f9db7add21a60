"""Archetype builders, second part (same conventions as ``_archetypes_a``)."""

from __future__ import annotations

import numpy as np

from ._geometry import Part, align, at, rot, scl, v3
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import leaf

__all__ = ["BUILDERS_B"]

Rng = np.random.Generator


def _stick(a, b, r, slot=0, tag="") -> Part:
    return tube([a, b], r, slot=slot, tag=tag)


def _flame(m: np.ndarray) -> Part:
    return lathe([(0, 0), (0.05, 0.03), (0.045, 0.09), (0.015, 0.15), (0, 0.18)], m, "flame")


def book(rng: Rng) -> list[Part]:
    """Closed book standing up: covers and a rounded spine, the pale page block between them
    (pages whatever the covers are made of), a gold-yellow title plate on the front and bands
    of it across the spine."""
    t = rng.uniform(0.15, 0.3)
    parts = [
        box(0.03, 1.0, 0.72, at(-t / 2, 0, 0), 0, "body"),
        box(0.03, 1.0, 0.72, at(t / 2, 0, 0), 0, "body"),
        cylinder(t / 2 + 0.015, t / 2 + 0.015, 1.0, at(0, 0, -0.36) @ scl(1, 1, 0.5), 0),
        box(t - 0.02, 0.94, 0.68, at(0, 0.03, 0.02), "pages"),
        box(0.01, 0.22, 0.4, at(t / 2 + 0.02, 0.58, 0), "plume-tip"),
        box(0.012, 0.15, 0.34, at(t / 2 + 0.026, 0.615, 0), 0),  # the plate's inset panel
    ]
    for y in (0.12, 0.2, 0.8, 0.88):  # bands across the spine
        parts.append(
            cylinder(
                t / 2 + 0.022, t / 2 + 0.022, 0.02, at(0, y, -0.36) @ scl(1, 1, 0.5), "plume-tip"
            )
        )
    return parts


def hand(rng: Rng) -> list[Part]:
    """Open hand: palm, four jointed fingers, thumb, wrist."""
    curl = rng.uniform(0, 0.12)
    parts = [
        sphere(0.25, at(0, 0.55, 0) @ scl(1.1, 1.1, 0.35), 0, "body"),
        cylinder(0.14, 0.16, 0.35, at(0, 0.0, 0) @ scl(1, 1, 0.6), 0),
    ]
    for i, (x, ln) in enumerate(((-0.16, 0.32), (-0.055, 0.4), (0.055, 0.42), (0.16, 0.36))):
        base = np.array([x, 0.7 + 0.04 * (abs(x) < 0.1), 0.0])  # rooted in the palm
        pts = [
            base,
            base + v3(x * 0.15, ln * 0.5, curl * 0.5),
            base + v3(x * 0.25, ln, curl * (1.5 + i * 0.2)),
        ]
        parts.append(tube(pts, [0.05, 0.045, 0.035], slot=0))
        parts.append(sphere(0.03, at(*pts[-1]) @ at(0, 0.02, 0.02) @ scl(1, 0.6, 0.4), 1))
    parts.append(
        tube([(0.2, 0.45, 0.02), (0.32, 0.6, 0.08), (0.4, 0.78, 0.12)], [0.06, 0.05, 0.04], slot=0)
    )
    return parts


def bell(rng: Rng) -> list[Part]:
    """Church bell: flared body, lip, clapper, hanging loop."""
    return [
        lathe(
            [
                (0, 0.05),
                (0.48, 0.0),
                (0.44, 0.12),
                (0.3, 0.45),
                (0.27, 0.8),
                (0.15, 0.92),
                (0, 0.93),
            ],
            None,
            0,
            "body",
        ),
        torus(0.45, 0.04, at(0, 0.06, 0), 0),
        _stick((0, 0.8, 0), (rng.uniform(-0.05, 0.05), 0.2, 0), 0.02, 1),
        sphere(0.08, at(0, 0.14, 0), 1),
        torus(0.1, 0.03, at(0, 1.0, 0) @ rot("x", 90), 2),
    ]


def teapot(rng: Rng) -> list[Part]:
    """Teapot: round body, lid and knob, curved spout, loop handle."""
    return [
        lathe(
            [(0, 0), (0.35, 0.02), (0.5, 0.3), (0.42, 0.6), (0.25, 0.68), (0, 0.68)],
            None,
            0,
            "body",
        ),
        lathe([(0, 0.66), (0.27, 0.66), (0.2, 0.74), (0, 0.78)], None, 1),
        sphere(0.06, at(0, 0.82, 0), 2),
        tube([(0.4, 0.25, 0), (0.6, 0.4, 0), (0.72, 0.65, 0)], [0.09, 0.06, 0.04], slot=0),
        tube([(-0.42, 0.5, 0), (-0.65, 0.55, 0), (-0.62, 0.25, 0), (-0.42, 0.18, 0)], 0.04, slot=1),
    ]


def ladder(rng: Rng) -> list[Part]:
    """Ladder: two rails and evenly spaced rungs."""
    n = int(rng.integers(6, 10))
    parts = [box(0.06, 2.0, 0.06, at(x, 0, 0), 0, "body") for x in (-0.25, 0.25)]
    parts += [_stick((-0.25, y, 0), (0.25, y, 0), 0.022, 1) for y in np.linspace(0.2, 1.85, n)]
    return parts


def mirror(rng: Rng) -> list[Part]:
    """Standing oval mirror: glass, ornate frame, posts and feet."""
    c = at(0, 1.0, 0)
    parts = [
        cylinder(0.5, 0.5, 0.03, c @ scl(0.8, 1, 1.2) @ rot("x", 90), 0, "body"),
        torus(0.5, 0.05, c @ scl(0.8, 1, 1.2) @ rot("x", 90), 1),
        sphere(0.06, at(0, 1.6, 0.0), 2),  # the finial on top of the frame
    ]
    for s in (-1, 1):
        parts.append(_stick((s * 0.45, 0, 0), (s * 0.45, 1.1, 0), 0.025, 1))
        parts.append(box(0.08, 0.04, 0.4, at(s * 0.45, 0, 0), 1))
    return parts


def umbrella(rng: Rng) -> list[Part]:
    """Open umbrella: scalloped canopy, ribs, shaft, tip and hooked handle."""
    ribs = 8
    canopy = lathe(
        [(0, 1.55), (0.25, 1.52), (0.5, 1.42), (0.66, 1.25), (0.7, 1.2), (0, 1.35)],
        None,
        0,
        "body",
        sides=ribs,
    )
    parts = [
        canopy,
        _stick((0, 0.2, 0), (0, 1.7, 0), 0.02, 1),
        tube([(0, 0.22, 0), (0, 0.05, 0), (0.1, -0.05, 0), (0.18, 0.05, 0)], 0.03, slot=2),
    ]
    for i in range(ribs):
        a = np.radians(i * 360 / ribs)
        parts.append(_stick((0, 1.0, 0), (0.62 * np.cos(a), 1.22, 0.62 * np.sin(a)), 0.008, 1))
    parts.append(cylinder(0.02, 0.0, 0.15, at(0, 1.5, 0), 2 if rng.random() < 0.5 else 1))
    return parts


def cup(rng: Rng) -> list[Part]:
    """Cup on a saucer: hollow lathe with a rim, a loop handle."""
    w = rng.uniform(0.3, 0.36)
    return [
        lathe(
            [(0, 0.06), (w - 0.06, 0.06), (w, 0.6), (w - 0.03, 0.62), (w - 0.07, 0.13), (0, 0.12)],
            None,
            0,
            "body",
        ),
        lathe([(0, 0), (0.55, 0.0), (0.58, 0.05), (0.3, 0.05), (0, 0.06)], None, 1),
        tube(
            [(w - 0.02, 0.5, 0), (w + 0.18, 0.48, 0), (w + 0.16, 0.25, 0), (w - 0.03, 0.2, 0)],
            0.035,
            slot=0,
        ),
    ]


def table(rng: Rng) -> list[Part]:
    """Table: top slab, four legs, aprons."""
    h = rng.uniform(0.7, 0.8)
    parts = [box(1.2, 0.06, 0.7, at(0, h, 0), 0, "body")]
    for x in (-0.52, 0.52):
        for z in (-0.28, 0.28):
            parts.append(cylinder(0.04, 0.03, h, at(x, 0, z), 1))
        parts.append(box(0.04, 0.1, 0.56, at(x, h - 0.1, 0), 1))
    return parts


def candle(rng: Rng) -> list[Part]:
    """Candle in a dish: wax column, drips, wick, flame."""
    h = rng.uniform(0.5, 0.8)
    parts = [
        lathe([(0, 0), (0.35, 0.0), (0.36, 0.06), (0.2, 0.05), (0, 0.05)], None, 1),
        torus(0.1, 0.02, at(0.36, 0.05, 0) @ rot("x", 90), 1),
        cylinder(0.12, 0.12, h, at(0, 0.05, 0), 0, "body"),
        _stick((0, h + 0.04, 0), (0, h + 0.1, 0), 0.008, "pupil"),
        _flame(at(0, h + 0.08, 0)),
    ]
    for i in range(4):
        a = np.radians(i * 90 + rng.uniform(0, 60))
        d = rng.uniform(0.1, 0.3)
        x, z = 0.12 * np.cos(a), 0.12 * np.sin(a)
        parts.append(tube([(x, h + 0.04, z), (x * 1.08, h - d, z * 1.08)], [0.025, 0.018], slot=0))
    return parts


def flower(rng: Rng) -> list[Part]:
    """Flower: curved stem, two leaves, a ring of petals and a seeded centre."""
    bend = rng.uniform(-0.15, 0.15)
    head = np.array([bend, 1.0, 0.05])
    parts = [tube([(0, 0, 0), (bend * 0.3, 0.5, 0), head], 0.025, slot=1)]
    for s in (-1, 1):
        parts.append(
            slab(
                leaf(0.35),
                0.02,
                at(s * 0.1, 0.35 + s * 0.05, 0) @ rot("z", -s * 55) @ rot("x", 90) @ scl(0.14),
                1,
            )
        )
    n = int(rng.integers(6, 10))
    for i in range(n):
        m = (
            at(*head)
            @ rot("x", 60)
            @ rot("y", i * 360 / n)
            @ at(0, 0, 0.17)
            @ rot("x", 75)
            @ scl(0.17)
        )
        parts.append(slab(leaf(0.45), 0.02, m, 0))
    parts.append(sphere(0.09, at(*head) @ rot("x", 60) @ scl(1, 0.5, 1), 2, "body"))
    return parts


def mushroom(rng: Rng) -> list[Part]:
    """Toadstool: stem, domed cap, gill skirt, spots."""
    h = rng.uniform(0.5, 0.65)
    parts = [
        lathe([(0, 0), (0.14, 0.0), (0.1, h * 0.5), (0.09, h), (0, h + 0.02)], None, 1),
        lathe(
            [(0, h - 0.05), (0.45, h - 0.05), (0.47, h + 0.02), (0.35, h + 0.25), (0, h + 0.35)],
            None,
            0,
            "body",
        ),
        torus(0.1, 0.025, at(0, h * 0.7, 0), 1),
    ]
    for _ in range(9):  # pale spots on the cap's dome, just proud of it
        a, e = rng.uniform(0, 2 * np.pi), rng.uniform(0.35, 1.2)
        d = np.array([0.47 * np.cos(e) * np.sin(a), 0.4 * np.sin(e), 0.47 * np.cos(e) * np.cos(a)])
        n = d / np.array([0.47, 0.4, 0.47]) ** 2
        m = at(*(d + v3(0, h - 0.03, 0))) @ align(n)
        parts.append(sphere(1.0, m @ scl(0.05, 0.018, 0.05), "snow"))
    return parts


BUILDERS_B = {
    **{
        f.__name__: f
        for f in (
            book,
            hand,
            bell,
            teapot,
            ladder,
            mirror,
            umbrella,
            cup,
            table,
            candle,
            flower,
            mushroom,
        )
    },
}
"""Builders by archetype name."""
