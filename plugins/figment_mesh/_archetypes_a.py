"""Archetype builders, first half: each returns the parts of one object, y up, front +z.

Sizes are in loose units (about 1 tall); the builder fits the result to spec.size. Slot 0 is
the primary material, 1..3 the others; ``tag="body"`` marks the parts that hollow and fracture
cut hardest. ``rng`` varies proportions and poses per seed.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, at, rot, scl, v3
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import gear

__all__ = ["BUILDERS_A"]

Rng = np.random.Generator


def _stick(a, b, r, slot=0, tag="") -> Part:
    return tube([a, b], r, slot=slot, tag=tag)


def _flame(m: np.ndarray) -> Part:
    return lathe([(0, 0), (0.05, 0.03), (0.045, 0.09), (0.015, 0.15), (0, 0.18)], m, "flame")


def clock(rng: Rng) -> list[Part]:
    """Alarm clock: body, face, rim, ticks, hands, bells, feet, a gear."""
    cy = 0.6
    face = at(0, cy, 0)
    parts = [
        cylinder(0.5, 0.5, 0.16, face @ at(0, 0, -0.08) @ rot("x", 90), 0, "body"),
        cylinder(0.44, 0.44, 0.02, face @ at(0, 0, 0.08) @ rot("x", 90), 1),
        torus(0.47, 0.035, face @ at(0, 0, 0.08) @ rot("x", 90), 2),
        cylinder(0.03, 0.03, 0.06, face @ at(0, 0, 0.09) @ rot("x", 90), 2),
    ]
    for i in range(12):
        a = i * 30.0
        long = 0.1 if i % 3 == 0 else 0.06
        parts.append(box(0.025, long, 0.02, face @ rot("z", -a) @ at(0, 0.32, 0.1), 3))
    for length, width in ((0.22, 0.035), (0.33, 0.022)):
        parts.append(
            box(width, length, 0.015, face @ at(0, 0, 0.11) @ rot("z", rng.uniform(0, 360)), 2)
        )
    for s in (-1, 1):
        parts.append(
            sphere(0.15, at(s * 0.3, cy + 0.48, 0) @ rot("z", -s * 25) @ scl(1, 0.7, 1), 2)
        )
        parts.append(_stick((s * 0.28, cy - 0.38, 0), (s * 0.4, 0.0, 0), 0.04, 3))
    parts.append(_stick((-0.3, cy + 0.62, 0), (0.3, cy + 0.62, 0), 0.02, 3))
    parts.append(slab(gear(9), 0.04, at(0.25, cy + 0.2, -0.12) @ scl(0.22), 3))
    return parts


def tree(rng: Rng) -> list[Part]:
    """Tree: tapered trunk, branches, clustered canopy."""
    lean = rng.uniform(-0.1, 0.1)
    parts = [tube([(0, 0, 0), (lean, 0.5, 0), (0, 1.0, 0)], [0.14, 0.09, 0.06], slot=1, tag="body")]
    for i in range(5):
        a = np.radians(i * 72 + rng.uniform(-20, 20))
        y0 = rng.uniform(0.55, 0.85)
        tip = (0.45 * np.cos(a), y0 + rng.uniform(0.25, 0.45), 0.45 * np.sin(a))
        parts.append(tube([(lean * 0.5, y0, 0), tip], [0.05, 0.02], slot=1))
    for i in range(7):
        a = np.radians(i * 51 + rng.uniform(0, 30))
        r = 0.0 if i == 0 else rng.uniform(0.25, 0.4)
        c = (r * np.cos(a), 1.15 + rng.uniform(-0.1, 0.2), r * np.sin(a))
        parts.append(
            sphere(rng.uniform(0.25, 0.35) if i else 0.42, at(*c), 0, "body" if i == 0 else "")
        )
    return parts


def lamp(rng: Rng) -> list[Part]:
    """Desk lamp: base, stem, arm, conical shade, glowing bulb."""
    arm = rng.uniform(25, 45)
    top = (0.35 * np.sin(np.radians(arm)), 0.62 + 0.35 * np.cos(np.radians(arm)), 0)
    shade = [(0, 0), (0.3, 0), (0.14, 0.2), (0.05, 0.3), (0, 0.3)]
    return [
        cylinder(0.32, 0.28, 0.06, None, 1),
        _stick((0, 0.05, 0), (0, 0.62, 0), 0.03, 1),
        sphere(0.05, at(0, 0.62, 0), 2),
        _stick((0, 0.62, 0), top, 0.025, 1),
        lathe(shade, at(*top) @ rot("z", 30) @ at(0, -0.3, 0), 0, "body"),
        sphere(0.09, at(*top) @ rot("z", 30) @ at(0, -0.22, 0), 2),
    ]


def door(rng: Rng) -> list[Part]:
    """Door in its frame: panel, raised insets, knob, hinges."""
    parts = [
        box(0.9, 2.0, 0.08, at(0, 0.02, 0), 0, "body"),
        box(1.06, 0.08, 0.14, at(0, 2.02, 0), 1),
        box(0.08, 2.1, 0.14, at(-0.49, 0, 0), 1),
        box(0.08, 2.1, 0.14, at(0.49, 0, 0), 1),
        box(1.06, 0.04, 0.2, None, 1),
        sphere(0.05, at(0.33, 1.0, 0.08), 2),
        sphere(0.05, at(0.33, 1.0, -0.08), 2),
    ]
    for y in (0.25, 1.15):
        for x in (-0.2, 0.2):
            parts.append(box(0.3, 0.7, 0.03, at(x, y, 0.045), 3))
    for y in (0.35, 1.65):
        parts.append(cylinder(0.025, 0.025, 0.16, at(-0.44, y, 0.04), 2))
    return parts


def staircase(rng: Rng) -> list[Part]:
    """Staircase: straight or spiral steps, posts and a handrail."""
    n = int(rng.integers(7, 11))
    spiral = bool(rng.integers(0, 2))
    parts, rail = [], []
    for i in range(n):
        y = i * 0.12
        if spiral:
            a = i * 32.0
            parts.append(box(0.6, 0.05, 0.22, rot("y", a) @ at(0.4, y, 0), 0, "body"))
            post = rot("y", a) @ at(0.68, 0, 0)
        else:
            parts.append(box(0.8, y + 0.06, 0.25, at(0, 0, -i * 0.22), 0, "body"))
            post = at(0.36, y + 0.06, -i * 0.22)
        p = post[:3, 3] + (0, y if spiral else 0, 0)
        parts.append(_stick(tuple(p), tuple(p + v3(0, 0.45, 0)), 0.015, 1))
        rail.append(tuple(p + v3(0, 0.45, 0)))
    if spiral:
        parts.append(cylinder(0.08, 0.08, n * 0.12 + 0.1, None, 1))
    parts.append(tube(rail, 0.025, slot=2))
    return parts


def eye(rng: Rng) -> list[Part]:
    """A giant eye: eyeball, iris, pupil, veins and an optic nerve trailing behind."""
    # it gazes a little right and up, toward where a 3/4 view stands, not past it
    look = rot("y", rng.uniform(20, 40)) @ rot("x", rng.uniform(-22, -8))
    c = at(0, 0.5, 0)
    parts = [
        sphere(0.5, c, "sclera", "body"),
        # the iris and pupil stand just proud of the eyeball (at 0.39 and 0.45 both were inside)
        sphere(0.24, c @ look @ at(0, 0, 0.445) @ scl(1, 1, 0.35), 0),
        sphere(0.11, c @ look @ at(0, 0, 0.51) @ scl(1, 1, 0.23), "pupil"),
        tube([(0, 0.5, -0.4), (0.05, 0.35, -0.7), (0.2, 0.1, -0.8)], [0.12, 0.07, 0.05], slot=1),
    ]
    for i in range(6):
        a = np.radians(i * 60 + rng.uniform(0, 30))
        pts = [
            (
                0.5 * np.cos(a + d) * np.cos(b),
                0.5 + 0.5 * np.sin(a + d) * np.cos(b),
                0.5 * np.sin(b),
            )
            for d, b in ((0, -0.2), (0.15, 0.35), (0.05, 0.7))
        ]
        parts.append(tube(pts, 0.012, slot=1))
    return parts


def jellyfish(rng: Rng) -> list[Part]:
    """Jellyfish: domed bell, inner bell, wavy tentacles, frilly oral arms."""
    parts = [
        lathe([(0, 0.55), (0.45, 0.6), (0.42, 0.8), (0.25, 0.98), (0, 1.02)], None, 0, "body"),
        lathe([(0, 0.5), (0.2, 0.55), (0.18, 0.75), (0, 0.82)], None, 1),
    ]
    for i in range(10):
        a = np.radians(i * 36)
        ph = rng.uniform(0, 6)
        pts = [
            (
                0.4 * np.cos(a) + 0.05 * np.sin(ph + j),
                0.58 - j * 0.14,
                0.4 * np.sin(a) + 0.05 * np.cos(ph + j),
            )
            for j in range(5)
        ]
        parts.append(tube(pts, [0.015, 0.012, 0.01, 0.008, 0.0], slot=2))
    for i in range(4):
        a = np.radians(i * 90 + 45)
        pts = [
            (0.1 * np.cos(a) + 0.06 * np.sin(j * 1.7), 0.55 - j * 0.12, 0.1 * np.sin(a))
            for j in range(5)
        ]
        parts.append(tube(pts, [0.05, 0.045, 0.035, 0.02, 0.0], slot=1))
    return parts


def chair(rng: Rng) -> list[Part]:
    """Chair: seat, four legs, back posts and slats."""
    h = rng.uniform(0.45, 0.55)
    parts = [box(0.5, 0.05, 0.5, at(0, h, 0), 0, "body")]
    for x in (-0.22, 0.22):
        for z in (-0.22, 0.22):
            parts.append(box(0.05, h, 0.05, at(x, 0, z), 1))
        parts.append(box(0.05, 0.55, 0.05, at(x, h + 0.05, -0.22) @ rot("x", -6), 1))
    for y in (0.2, 0.32, 0.44):
        parts.append(box(0.44, 0.06, 0.03, at(0, h + y, -0.24 - y * 0.1), 0))
    return parts


def moon(rng: Rng) -> list[Part]:
    """Moon: a cratered sphere (crater floors and rims)."""
    parts = [sphere(0.5, at(0, 0.5, 0), 0, "body")]
    for _ in range(9):
        d = rng.normal(size=3)
        d /= np.linalg.norm(d)
        r = rng.uniform(0.06, 0.14)
        yaw, pitch = np.degrees(np.arctan2(d[0], d[2])), -np.degrees(np.arcsin(d[1]))
        m = at(0, 0.5, 0) @ rot("y", yaw) @ rot("x", pitch) @ at(0, 0, 0.49) @ rot("x", 90)
        parts.append(torus(r, r * 0.25, m, 1))
        parts.append(sphere(r, m @ scl(1, 0.25, 1), 3))
    return parts


def key(rng: Rng) -> list[Part]:
    """Skeleton key standing on its bit: ring bow, shaft, bit teeth."""
    parts = [
        torus(0.2, 0.05, at(0, 1.0, 0) @ rot("x", 90), 0, "body"),
        sphere(0.07, at(0, 0.78, 0), 1),
        cylinder(0.045, 0.045, 0.75, at(0, 0.05, 0), 0, "body"),
    ]
    for i in range(3):
        parts.append(
            box(0.2 + 0.05 * rng.integers(0, 3), 0.06, 0.04, at(0.1, 0.05 + i * 0.09, 0), 1)
        )
    return parts


def snake(rng: Rng) -> list[Part]:
    """Coiled snake: body on a rising spiral, head, eyes, forked tongue."""
    t = np.linspace(0, 1, 14)
    ang = t * 2.5 * 2 * np.pi + rng.uniform(0, 1)
    r = 0.45 - 0.3 * t
    pts = np.stack([r * np.cos(ang), 0.06 + 0.5 * t**2, r * np.sin(ang)], 1)
    pts = np.concatenate([pts, [pts[-1] + (0, 0.25, 0.05)]])
    head = pts[-1]
    parts = [
        tube(pts, np.concatenate([np.linspace(0.02, 0.07, 15)[:-1], [0.06]]), slot=0, tag="body")
    ]
    parts.append(sphere(0.09, at(*head) @ at(0, 0.02, 0.05) @ scl(0.8, 0.6, 1.3), 0))
    for s in (-1, 1):
        parts.append(sphere(0.02, at(*head) @ at(s * 0.055, 0.05, 0.1), "pupil"))
        parts.append(
            _stick(tuple(head + v3(0, 0, 0.15)), tuple(head + v3(s * 0.03, 0, 0.25)), 0.006, 2)
        )
    return parts


def orb(rng: Rng) -> list[Part]:
    """Orb: a glowing sphere inside a shell, a tilted ring and small satellites."""
    tilt = rng.uniform(10, 30)
    parts = [
        sphere(0.45, at(0, 0.5, 0), 0, "body"),
        sphere(0.2, at(0, 0.5, 0), 2),
        torus(0.62, 0.025, at(0, 0.5, 0) @ rot("x", tilt), 1),
        lathe([(0, 0), (0.2, 0.0), (0.12, 0.08), (0, 0.08)], None, 1, sides=8),
    ]
    for i in range(3):
        a = np.radians(i * 120 + rng.uniform(0, 40))
        parts.append(
            sphere(
                0.05, at(0, 0.5, 0) @ rot("x", tilt) @ at(0.62 * np.cos(a), 0, 0.62 * np.sin(a)), 2
            )
        )
    return parts


BUILDERS_A = {
    **{
        f.__name__: f
        for f in (
            clock,
            tree,
            lamp,
            door,
            staircase,
            eye,
            jellyfish,
            chair,
            moon,
            key,
            snake,
            orb,
        )
    },
}
"""Builders by archetype name."""
