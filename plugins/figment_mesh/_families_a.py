"""Shape families, first part: creatures (quadruped, biped, bird, fish, insect, serpent,
cephalopod), and the kit every family builder shares.

A family builder takes the spec's parameters (``Params``: each read with its own default and
clamped to ``figment.spec.SHAPE_PARAMS``) and a seeded rng, and returns parts in loose units
(about 1 across), y up, front +z, like the archetypes. Slot 0 is the primary material, slot 1
the second; ``tag="body"`` marks what hollow and fracture cut.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from figment.spec import SHAPE_PARAMS

from ._geometry import Part, at, rot, scl, v3
from ._primitives import box, cylinder, lathe, slab, sphere, tube
from ._shapes import leaf, wing

__all__ = ["BUILDERS_FA", "FamilyBuilder", "Params", "ellipsoid", "stick"]

Rng = np.random.Generator


class Params:
    """The spec's family parameters, each read with a default and clamped to its range."""

    def __init__(self, values: dict[str, float]) -> None:
        self.values = values

    def __call__(self, name: str, default: float) -> float:
        lo, hi, _ = SHAPE_PARAMS[name]
        v = float(self.values.get(name, default))
        return float(min(hi, max(lo, v if np.isfinite(v) else default)))

    def count(self, name: str, default: int) -> int:
        """A count parameter, rounded."""
        return round(self(name, default))


FamilyBuilder = Callable[[Params, Rng], list[Part]]

_YZ = np.array([[0.0, 0, 1, 0], [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1]])
"""Puts an outline drawn in xy into the yz plane (x → y, y → z): a fin or a fork seen side-on."""


def stick(a, b, r: float, slot=0, tag: str = "") -> Part:
    """A straight rod of radius r from a to b."""
    return tube([a, b], r, slot=slot, tag=tag)


def ellipsoid(c, rx: float, ry: float, rz: float, slot=0, tag: str = "") -> Part:
    """An ellipsoid centred at c with semi-axes rx, ry, rz."""
    return sphere(1.0, at(*c) @ scl(rx, ry, rz), slot, tag)


def _eyes(c, r: float, spread: float, forward: float) -> list[Part]:
    """Two small dark eyes on a head centred at c (animals' own, not cartoon eyes)."""
    return [
        sphere(r, at(c[0] + s * spread, c[1] + r, c[2] + forward), "pupil", "eyes") for s in (-1, 1)
    ]


def quadruped(p: Params, rng: Rng) -> list[Part]:
    """Four (or more) legs under a long body: neck, head, ears, horns, trunk, tail, shell,
    wings."""
    length, height, neck = p("length", 0.5), p("height", 0.5), p("neck", 0.1)
    legs = max(2, p.count("legs", 4) // 2 * 2)
    body_l = 0.55 + 0.5 * length
    hip = 0.12 + 0.75 * height
    r = 0.17 + 0.05 * (1 - height)
    parts = [ellipsoid((0, hip + r * 0.6, 0), r * 0.95, r, body_l / 2, 0, "body")]
    parts.append(ellipsoid((0, hip + r * 0.75, body_l * 0.28), r, r * 1.05, body_l * 0.25, 0))
    for i in range(legs // 2):
        z = body_l * (0.32 - 0.64 * i / max(1, legs // 2 - 1))
        for s in (-1, 1):
            top = (s * r * 0.55, hip + r * 0.5, z)
            knee = (s * r * 0.6, hip * 0.5, z + 0.03 * (1 if z < 0 else -1))
            foot = (s * r * 0.6, 0.03, z)
            parts.append(
                tube([top, knee, foot], [0.055 + 0.02 * (1 - height), 0.045, 0.04], slot=0)
            )
            parts.append(ellipsoid((foot[0], 0.025, foot[2] + 0.02), 0.05, 0.03, 0.06, 1))
    # Neck: longer necks rise more steeply.
    nl = 0.1 + 1.1 * neck
    ang = np.radians(30 + 45 * neck)
    base = np.array([0, hip + r * 1.1, body_l * 0.42])
    tip = base + nl * np.array([0, np.sin(ang), np.cos(ang)])
    parts.append(
        tube([base, (base + tip) / 2 + (0, 0, 0.02), tip], [r * 0.6, r * 0.42, r * 0.35], slot=0)
    )
    head = tip + np.array([0, 0.05, 0.06])
    hr = 0.09 + 0.04 * (1 - neck)
    parts.append(ellipsoid(head, hr * 0.85, hr * 0.85, hr * 1.2, 0))
    trunk = p("trunk", 0.15)
    snout = head + np.array([0, -0.03, hr * 1.1])
    if trunk > 0.6:  # a trunk hangs and curls
        tl = 0.25 + 0.6 * trunk
        pts = [
            snout,
            snout + v3(0, -tl * 0.4, 0.08),
            snout + v3(0, -tl * 0.85, 0.1),
            snout + v3(0, -tl, 0.16),
        ]
        parts.append(tube(pts, [hr * 0.45, hr * 0.35, hr * 0.25, hr * 0.18], slot=0))
    else:
        parts.append(
            ellipsoid(snout + v3(0, 0, trunk * 0.08), hr * 0.5, hr * 0.45, hr * (0.5 + trunk), 0)
        )
    parts += _eyes(head + v3(0, hr * 0.2, hr * 0.55), hr * 0.13, hr * 0.55, hr * 0.3)
    ears = p("ears", 0.4)
    if ears > 0.85 and trunk > 0.6:  # big flat ears hanging at the sides (an elephant's)
        for sd in (-1, 1):
            c = head + v3(sd * hr * 0.9, -hr * 0.1, -hr * 0.5)
            parts.append(ellipsoid(c, 0.02, hr * 1.6 * ears, hr * 1.3 * ears, 0))
    elif ears > 0.05:
        # pointed ears: short and broad (a cat's, a fox's), long and narrow (a hare's)
        size = 0.03 + 0.09 * ears
        broad = 0.95 if ears < 0.7 else 0.55
        for sd in (-1, 1):
            base_ear = head + v3(sd * hr * 0.55, hr * 0.75, -hr * 0.25)
            m = at(*base_ear) @ rot("z", -sd * 20) @ rot("y", sd * 60)
            shape = scl(size * 0.7, size * (0.7 if ears < 0.7 else 1.0), size)
            parts.append(slab(leaf(broad), 0.02, m @ at(0, size * 0.7, 0) @ shape, 1))
    horns = p("horns", 0.0)
    if horns > 0.05:
        hl = 0.05 + 0.3 * horns
        for s in (-1, 1):
            h0 = head + v3(s * hr * 0.4, hr * 0.7, -hr * 0.3)
            h1 = h0 + v3(s * hl * 0.4, hl * 0.8, -hl * 0.3)
            parts.append(
                tube([h0, h1, h1 + v3(s * hl * 0.3, hl * 0.4, 0)], [0.025, 0.018, 0.0], slot=1)
            )
            if horns > 0.7:  # antlers branch
                parts.append(
                    tube([h1, h1 + v3(s * 0.02, hl * 0.5, hl * 0.3)], [0.015, 0.0], slot=1)
                )
                parts.append(
                    tube(
                        [
                            h0 + (h1 - h0) * 0.5,
                            h0 + (h1 - h0) * 0.5 + (s * hl * 0.3, hl * 0.3, hl * 0.2),
                        ],
                        [0.014, 0.0],
                        slot=1,
                    )
                )
    tail = p("tail", 0.4)
    if tail > 0.03:
        low = height <= 0.2  # a reptile's tail sweeps along the ground
        t0 = np.array([0, hip + r * (0.5 if low else 1.0), -body_l / 2 + 0.02])
        tl = 0.05 + 0.6 * tail
        droop = hip * 0.4 if not low else hip + r * 0.4
        pts = [
            t0,
            t0 + v3(0, -droop * 0.3, -tl * 0.5),
            t0 + v3(rng.uniform(-0.05, 0.05), -droop, -tl),
        ]
        parts.append(tube(pts, [0.04 + 0.06 * (height < 0.2), 0.03, 0.0], slot=0))
    wings = p("wings", 0.0)
    if wings > 0.05:  # a winged beast (dragon, griffin): membranes raised from the shoulders
        span = 0.25 + 0.6 * wings
        for s in (-1, 1):
            root = (s * r * 0.5, hip + r * 1.5, body_l * 0.15)
            m = at(*root) @ rot("z", -s * 70) @ rot("y", 90)
            parts.append(slab(leaf(0.6), 0.02, m @ scl(span * 0.4, span, span), 1, "wings"))
    if p("shell", 0.0) > 0.3:
        dome = [(0, 0), (r * 1.7, 0.0), (r * 1.6, r * 0.6), (r * 1.1, r * 1.25), (0, r * 1.45)]
        parts.append(lathe(dome, at(0, hip + r * 0.15, 0) @ scl(1, 1, body_l / (r * 3)), 1, "body"))
    return parts


def _robot(width: float, rng: Rng) -> list[Part]:
    """A machine standing on two legs: box legs, hips, chest, head, jointed arms, an antenna."""
    w = 0.1 + 0.08 * width
    parts: list[Part] = []
    for s in (-1, 1):
        parts.append(box(0.09, 0.38, 0.1, at(s * w * 0.8, 0.04, 0), 1))
        parts.append(box(0.12, 0.05, 0.17, at(s * w * 0.8, 0, 0.02), 2))
    parts.append(box(w * 2.4, 0.08, 0.14, at(0, 0.42, 0), 1))
    parts.append(box(w * 3.2, 0.32, 0.2, at(0, 0.5, 0), 0, "body"))
    parts.append(box(w * 1.6, 0.12, 0.012, at(0, 0.6, 0.1), 2))
    shoulder = 0.76
    for s in (-1, 1):
        a0 = (s * (w * 1.6 + 0.05), shoulder, 0)
        parts.append(sphere(0.055, at(*a0), 1))
        reach = rng.uniform(0.0, 0.06)
        elbow, hand = (s * (w * 1.7 + 0.06), 0.6, 0.02 + reach), (s * (w * 1.7 + 0.06), 0.45, 0.06)
        parts.append(tube([a0, elbow, hand], 0.035, slot=0))
        parts.append(sphere(0.045, at(*elbow), 1))
        parts.append(box(0.07, 0.07, 0.07, at(hand[0], hand[1] - 0.06, hand[2]), 2))
    parts.append(stick((0, 0.8, 0), (0, 0.86, 0), 0.035, 1))
    parts.append(box(0.22, 0.17, 0.18, at(0, 0.86, 0), 0))
    parts += [sphere(0.022, at(s * 0.05, 0.95, 0.09), "glow", "eyes") for s in (-1, 1)]
    parts.append(stick((0, 1.03, 0), (0, 1.12, 0), 0.008, 1))
    parts.append(sphere(0.022, at(0, 1.12, 0), "glow"))
    return parts


def biped(p: Params, rng: Rng) -> list[Part]:
    """A standing figure: legs, hips, torso, arms, neck, head; ears and a tail when asked; a
    machine of boxes and joints when it has a ``frame`` (a robot)."""
    width = p("width", 0.4)
    if p("frame", 0.0) > 0.5:
        return _robot(width, rng)
    w = 0.11 + 0.1 * width
    leg_h = 0.42
    parts = []
    for s in (-1, 1):  # legs with knees and shoes
        hip, knee, ankle = (
            (s * w * 0.5, leg_h + 0.02, 0),
            (s * w * 0.55, leg_h / 2, 0.015),
            (s * w * 0.55, 0.05, 0),
        )
        parts.append(tube([hip, knee, ankle], [0.055 + 0.04 * width, 0.045, 0.035], slot=1))
        parts.append(ellipsoid((s * w * 0.55, 0.03, 0.035), 0.045, 0.035, 0.085, 2))
    # Pelvis, waist and chest: a torso that narrows at the waist and widens to the shoulders.
    parts.append(ellipsoid((0, leg_h + 0.05, 0), w * 0.95, 0.08, 0.09 + 0.03 * width, 1))
    parts.append(ellipsoid((0, leg_h + 0.16, 0), w * 0.8, 0.12, 0.08 + 0.03 * width, 0, "body"))
    parts.append(ellipsoid((0, leg_h + 0.3, 0), w * 1.1, 0.13, 0.1 + 0.03 * width, 0))
    shoulder = leg_h + 0.38
    swing = rng.uniform(-10, 10)
    for s in (-1, 1):
        a0 = (s * w * 1.1, shoulder, 0)
        parts.append(sphere(0.05 + 0.015 * width, at(*a0), 0))
        elbow = (s * (w * 1.3), shoulder - 0.16, 0.03 * np.sin(np.radians(swing * s)))
        hand = (s * (w * 1.35), shoulder - 0.32, 0.05)
        parts.append(tube([a0, elbow, hand], [0.04 + 0.02 * width, 0.034, 0.03], slot=0))
        parts.append(ellipsoid(hand + v3(0, -0.03, 0), 0.028, 0.045, 0.035, 0))
    parts.append(stick((0, shoulder - 0.02, 0), (0, shoulder + 0.07, 0), 0.04, 0))
    head = np.array([0, shoulder + 0.16, 0.01])
    hr = 0.1 + 0.02 * width
    parts.append(ellipsoid(head, hr * 0.9, hr, hr * 0.95, 0))
    parts += _eyes(head + v3(0, hr * 0.05, hr * 0.6), hr * 0.1, hr * 0.35, hr * 0.28)
    if p("ears", 0.0) > 0.3:
        for s in (-1, 1):
            parts.append(
                ellipsoid(
                    head + v3(s * hr * 0.75, hr * 0.75, 0), hr * 0.35, hr * 0.35, hr * 0.15, 0
                )
            )
    tail = p("tail", 0.0)
    if tail > 0.05:
        t0 = np.array([0, leg_h + 0.1, -0.09])
        tl = 0.1 + 0.5 * tail
        parts.append(
            tube(
                [t0, t0 + v3(0, -0.1, -tl * 0.5), t0 + v3(0.05, tl * 0.3, -tl)],
                [0.025, 0.02, 0.0],
                slot=0,
            )
        )
    return parts


def bird(p: Params, rng: Rng) -> list[Part]:
    """A bird: body, neck, head and beak, folded or spread wings, tail fan, thin legs."""
    neck, height, wings, length = (
        p("neck", 0.3),
        p("height", 0.4),
        p("wings", 0.5),
        p("length", 0.4),
    )
    hip = 0.05 + 0.6 * height
    bl = 0.3 + 0.2 * length
    parts = [ellipsoid((0, hip + 0.16, 0), 0.16, 0.15, bl / 2 + 0.05, 0, "body")]
    for s in (-1, 1):
        if hip > 0.08:
            knee = (s * 0.05, hip * 0.55, 0.02)
            parts.append(
                tube(
                    [(s * 0.05, hip + 0.08, 0), knee, (s * 0.05, 0.01, 0.03)],
                    [0.02, 0.013, 0.012],
                    slot=1,
                )
            )
        for toe in (-30, 0, 30):
            d = np.radians(toe)
            parts.append(
                stick(
                    (s * 0.05, 0.01, 0.03),
                    (s * 0.05 + 0.06 * np.sin(d), 0.008, 0.03 + 0.06 * np.cos(d)),
                    0.008,
                    1,
                )
            )
    nl = 0.05 + 0.6 * neck
    base = np.array([0, hip + 0.22, bl / 2 - 0.02])
    tip = base + v3(0, nl * 0.9, nl * 0.35)
    mid = (base + tip) / 2 + (0, 0, -0.03 * neck)
    parts.append(tube([base, mid, tip], [0.085, 0.05, 0.045], slot=0))
    parts.append(sphere(0.075, at(*tip), 0))
    parts.append(
        cylinder(0.03, 0.0, 0.09 + 0.05 * neck, at(*(tip + v3(0, -0.005, 0.06))) @ rot("x", 90), 1)
    )
    parts += _eyes(tip + v3(0, 0.012, 0.035), 0.011, 0.045, 0.03)
    span = 0.2 + 0.9 * wings
    for s in (-1, 1):
        if wings > 0.6:  # spread
            m = (
                at(s * 0.05, hip + 0.22, 0)
                @ rot("z", s * 10)
                @ scl(s, 1, 1)
                @ rot("x", 90)
                @ scl(span * 0.5)
                @ at(-0.3, 0, 0)
            )
        else:  # folded along the body
            m = (
                at(s * 0.14, hip + 0.2, 0.08)
                @ rot("y", s * 100)
                @ rot("z", s * -15)
                @ scl(s, 1, 1)
                @ rot("x", 0)
                @ scl(span * 0.7, span * 0.5, span * 0.7)
            )
        parts.append(slab(wing(), 0.03, m, 0, "wings"))
    fan = [(0, 0), (-0.12, -0.25), (-0.04, -0.28), (0.04, -0.28), (0.12, -0.25)]
    parts.append(slab(fan, 0.02, at(0, hip + 0.18, -bl / 2 + 0.02) @ rot("x", -70), 1))
    return parts


def fish(p: Params, rng: Rng) -> list[Part]:
    """A swimmer: streamlined body, forked tail, dorsal and side fins; wide and flat as a ray."""
    length, width, trunk, tail = p("length", 0.5), p("width", 0.2), p("trunk", 0.0), p("tail", 0.4)
    L = 0.7 + 0.5 * length
    h = 0.22 - 0.1 * width
    prof = [(0, 0), (0.06, 0.06), (0.18, 0.25), (0.22, 0.5), (0.2, 0.75), (0.1, 0.97), (0, 1.0)]
    body = lathe(
        prof,
        at(0, 0.3, -L / 2) @ scl((0.75 + 2.5 * width) * h / 0.22, h / 0.22 * 0.9, L) @ rot("x", 90),
        0,
        "body",
    )
    parts = [body]
    if trunk > 0.3:
        parts.append(
            tube(
                [(0, 0.28, L / 2 - 0.03), (0, 0.27, L / 2 + 0.1 + 0.15 * trunk)],
                [0.05, 0.03],
                slot=0,
            )
        )
    if width > 0.7:  # a ray: a long thin tail instead of a fork
        parts.append(
            tube(
                [(0, 0.3, -L / 2 + 0.05), (0, 0.3, -L / 2 - 0.3 - 0.6 * tail)], [0.025, 0.0], slot=1
            )
        )
    else:
        fork = [(0, 0), (0.18, -0.22), (0.05, -0.12), (0, -0.1), (-0.05, -0.12), (-0.18, -0.22)]
        parts.append(slab(fork, 0.03, at(0, 0.3, -L / 2 + 0.06) @ _YZ @ scl(1.2 + tail), 1))
        dorsal = [(0.12, 0), (-0.12, 0), (-0.16, 0.16), (0.02, 0.1)]
        parts.append(
            slab(
                dorsal, 0.025, at(0, 0.3 + h * 0.85, 0) @ rot("y", 90) @ scl(1.0 + 0.6 * length), 1
            )
        )
    for s in (-1, 1):
        m = (
            at(s * (0.1 + width * 0.2), 0.24, L * 0.15)
            @ rot("y", s * 40)
            @ rot("z", s * -55)
            @ rot("x", 90)
        )
        parts.append(slab(leaf(0.4), 0.02, m @ scl(0.1 + 0.05 * length), 1))
    parts += _eyes((0, 0.3, L * 0.38), 0.022, 0.07 + 0.1 * width, 0.0)
    return parts


def insect(p: Params, rng: Rng) -> list[Part]:
    """Head, thorax and abdomen; jointed legs in pairs; wings, pincers, a stinging tail, a shell."""
    legs = max(2, p.count("legs", 6) // 2 * 2)
    length, wings, claws, tail, shell = (
        p("length", 0.4),
        p("wings", 0.0),
        p("claws", 0.0),
        p("tail", 0.0),
        p("shell", 0.0),
    )
    y = 0.16
    ab = 0.22 + 0.35 * length
    parts = [
        ellipsoid((0, y, 0.1), 0.11, 0.09, 0.11, 0),
        ellipsoid((0, y + 0.02, -0.05 - ab / 2), 0.13 + 0.04 * shell, 0.1, ab / 2, 0, "body"),
        ellipsoid((0, y + 0.01, 0.25), 0.08, 0.07, 0.07, 0),
    ]
    if shell > 0.5:  # wing cases or a carapace: a glossy dome over the back
        dome = [(0, 0), (0.2, 0), (0.19, 0.06), (0.13, 0.13), (0, 0.16)]
        parts.append(lathe(dome, at(0, y - 0.02, -0.02 - ab / 2) @ scl(1, 1, (ab + 0.2) / 0.4), 1))
    parts += _eyes((0, y + 0.02, 0.27), 0.025, 0.05, 0.04)
    pairs = legs // 2
    for i in range(pairs):
        z = 0.18 - (0.16 + (ab if pairs > 4 else 0.0)) * i / max(1, pairs - 1)
        for s in (-1, 1):
            a = np.radians(rng.uniform(-8, 8))
            hip = (s * 0.08, y, z)
            knee = (s * 0.25, y + 0.12, z + 0.05 * np.sin(a))
            foot = (s * 0.38, 0.0, z + 0.08 * (1 - 2 * i / max(1, pairs - 1)))
            parts.append(tube([hip, knee, foot], [0.022, 0.016, 0.008], slot=0))
    for s in (-1, 1):
        parts.append(
            tube(
                [(s * 0.03, y + 0.06, 0.28), (s * 0.08, y + 0.2, 0.38), (s * 0.14, y + 0.26, 0.45)],
                [0.008, 0.006, 0.0],
                slot=1,
            )
        )
    if wings > 0.05:
        span = 0.3 + 0.5 * wings
        for s in (-1, 1):
            for k, lift in enumerate((25, 5)):
                m = (
                    at(s * 0.06, y + 0.1, 0.05 - k * 0.12)
                    @ rot("z", s * lift)
                    @ scl(s, 1, 1)
                    @ rot("x", 90)
                    @ rot("z", -20 - 25 * k)
                )
                parts.append(
                    slab(
                        leaf(0.5 if wings > 0.7 else 0.35),
                        0.01,
                        m @ at(0.5, 0, 0) @ rot("z", 90) @ scl(span * 0.5),
                        1,
                        "wings",
                    )
                )
    if claws > 0.3:
        for s in (-1, 1):
            arm = [(s * 0.08, y, 0.22), (s * 0.2, y + 0.04, 0.32), (s * 0.18, y + 0.03, 0.45)]
            parts.append(tube(arm, [0.03, 0.025, 0.03], slot=0))
            parts.append(ellipsoid((s * 0.18, y + 0.03, 0.5), 0.05, 0.035, 0.07, 0))
            parts.append(
                tube([(s * 0.2, y + 0.03, 0.52), (s * 0.16, y + 0.03, 0.6)], [0.02, 0.0], slot=1)
            )
    if tail > 0.3:
        t0 = np.array([0, y + 0.03, -0.05 - ab])
        pts = [t0, t0 + v3(0, 0.1, -0.12), t0 + v3(0, 0.3, -0.1), t0 + v3(0, 0.4, 0.05)]
        parts.append(tube(pts, [0.04, 0.035, 0.03, 0.0], slot=0))
    return parts


def serpent(p: Params, rng: Rng) -> list[Part]:
    """A long body in S-curves along the ground, rising into a head."""
    length = p("length", 0.6)
    n = 9
    total = 1.0 + 1.2 * length
    phase = rng.uniform(0, np.pi)
    pts = [
        (0.32 * np.sin(phase + i * 1.4), 0.06, -total / 2 + total * i / (n - 1)) for i in range(n)
    ]
    pts[-1] = (pts[-2][0] * 0.5, 0.16, pts[-2][2] + 0.08)
    r = 0.07 + 0.01 * length
    radii = [0.0, r * 0.6, r * 0.85, r, r, r, r, r * 0.9, r * 0.8]
    parts = [tube(pts, radii, slot=0, tag="body")]
    head = np.array(pts[-1]) + v3(0, 0.01, 0.05)
    parts.append(ellipsoid(head, r * 1.25, r * 0.8, r * 1.7, 0))
    parts += _eyes(head + v3(0, r * 0.3, r * 0.9), r * 0.22, r * 0.7, 0.0)
    return parts


def cephalopod(p: Params, rng: Rng) -> list[Part]:
    """A soft mantle over a ring of curling arms."""
    arms = max(3, p.count("arms", 8))
    length = p("length", 0.3)
    mh = 0.35 + 0.5 * length
    mantle = [
        (0, 0),
        (0.2, 0.04),
        (0.26, 0.18),
        (0.24, 0.18 + mh * 0.5),
        (0.12, 0.15 + mh),
        (0, 0.18 + mh),
    ]
    parts = [lathe(mantle, at(0, 0.16, -0.05) @ rot("x", -25 * length), 0, "body")]
    parts += _eyes((0, 0.3, 0.12), 0.035, 0.14, 0.1)
    for i in range(arms):
        a = 2 * np.pi * i / arms + rng.uniform(-0.1, 0.1)
        d = np.array([np.cos(a), 0, np.sin(a)])
        side = np.array([-d[2], 0, d[0]])
        reach = 0.45 + 0.15 * rng.uniform()
        curl = rng.choice([-1, 1]) * 0.12
        pts = [
            d * 0.12 + (0, 0.16, 0),
            d * 0.25 + (0, 0.05, 0),
            d * reach * 0.7 + (0, 0.02, 0),
            d * reach + side * curl + (0, 0.04, 0),
            d * (reach - 0.05) + side * curl * 2 + (0, 0.1, 0),
        ]
        parts.append(tube(pts, [0.05, 0.04, 0.03, 0.015, 0.0], slot=0))
    return parts


BUILDERS_FA: dict[str, FamilyBuilder] = {
    f.__name__: f for f in (quadruped, biped, bird, fish, insect, serpent, cephalopod)
}
"""Creature family builders by family name."""
