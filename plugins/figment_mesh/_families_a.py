"""Shape families, first part: creatures (quadruped, a plain person, bird, fish, insect, serpent,
cephalopod), and the kit every family builder shares.

A family builder takes the spec's parameters (``Params``: each read with its own default and
clamped to ``figment.spec.SHAPE_PARAMS``) and a seeded rng, and returns parts in loose units
(about 1 across), y up, front +z, like the archetypes. Slot 0 is the primary material, slot 1
the second; ``tag="body"`` marks what hollow and fracture cut.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from figment.spec import SHAPE_PARAMS

from ._creatures import fish as organic_fish
from ._geometry import Part, align, at, rot, scl, v3
from ._insects import cicada, dragonfly, flea, fly, grasshopper, wasp
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import leaf, wing

__all__ = [
    "BUILDERS_FA",
    "WING",
    "WING_BONE",
    "FamilyBuilder",
    "Params",
    "animal_head",
    "bare_skull",
    "ellipsoid",
    "person",
    "rockers",
    "stick",
]

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


def rockers(half_width: float, half_length: float, slot, below: float = 0.0) -> list[Part]:
    """Two curved rockers along z at x = +-half_width, touching the floor in the middle and
    rising at both ends; ``below`` a creature's feet, they hang that far under them, flatter,
    each foot on a post down to its rocker (a rocking horse)."""
    out = []
    rise = 0.25 if not below else 0.1
    for s in (-1, 1):
        z = np.linspace(-half_length * 1.3, half_length * 1.3, 7)
        pts = [(s * half_width, 0.03 - below + rise * (zi / (half_length * 1.3)) ** 2, zi)
               for zi in z]  # fmt: skip
        out.append(tube(pts, 0.03 if not below else 0.04, slot=slot))
        for zf in (half_length, -half_length) if below else ():
            foot = 0.03 - below + rise * (zf / (half_length * 1.3)) ** 2
            out.append(stick((s * half_width, 0.03, zf), (s * half_width, foot, zf), 0.025, slot))
    return out


def ellipsoid(c, rx: float, ry: float, rz: float, slot=0, tag: str = "") -> Part:
    """An ellipsoid centred at c with semi-axes rx, ry, rz."""
    return sphere(1.0, at(*c) @ scl(rx, ry, rz), slot, tag)


def _eyes(c, r: float, spread: float, forward: float) -> list[Part]:
    """Two small dark eyes on a head centred at c (animals' own, not cartoon eyes)."""
    return [
        sphere(r, at(c[0] + s * spread, c[1] + r, c[2] + forward), "pupil", "eyes") for s in (-1, 1)
    ]


def quadruped(p: Params, rng: Rng) -> list[Part]:
    """Four (or more) legs under a long body: neck, head (skull and muzzle by ``trunk``), ears
    (round, pointed, long or sideways), horns, trunk, tail (thin, curling, bushy, tufted, a
    horse's fall), fur, coat markings, shell, wings; a squat tailless one sits as a frog, a low
    one with the longest ears crouches as a rabbit; with ``rest``, lying down asleep."""
    if p("pole", 0.0) >= 0.5:  # crouched on a plinth (a gargoyle)
        beast = quadruped(Params({k: v for k, v in p.values.items() if k != "pole"}), rng)
        lift = at(0, 0.3, 0)
        plinth = [box(0.7, 0.24, 0.9, None, 0), box(0.78, 0.06, 0.98, at(0, 0.24, 0), 0)]
        return plinth + [replace(q, matrix=lift @ q.matrix) for q in beast]
    length, height, neck = p("length", 0.5), p("height", 0.5), p("neck", 0.1)
    tail, fur, width = p("tail", 0.4), p("fur", 0.0), p("width", 0.5)
    if height <= 0.25 and tail < 0.05 and p("shell", 0.0) <= 0.3 and p("spines", 0.0) < 0.3:
        return _frog(p)
    if p("whiskers", 0.0) >= 0.5 and p("shell", 0.0) <= 0.3 and p("spines", 0.0) < 0.3:
        return _rodent(p, rng)
    legs = max(2, p.count("legs", 4) // 2 * 2)
    if legs == 4 and p("ears", 0.0) >= 0.9 and height <= 0.4 and p("horns", 0.0) <= 0.05:
        return _rabbit(p)
    if legs == 2:  # up on two legs: with ears a kangaroo, without a theropod
        return _kangaroo() if p("ears", 0.0) >= 0.5 else _theropod(p)
    mass = 0.75 + 0.5 * width  # a cow's or a bear's bulk against a cat's or a fox's
    body_l = 0.55 + 0.5 * length
    hip = 0.1 + 0.62 * height
    r = (0.17 + 0.05 * (1 - height)) * mass
    resting = p("rest", 0.0) >= 0.5
    if resting:  # lying down: the belly on the ground
        hip = 0.45 * r
    body_c = np.array([0, hip + r * 0.6, 0])
    torso = [(body_c, v3(r * 0.95, r, body_l / 2))]  # the barrel, then the chest
    torso.append((v3(0, hip + r * 0.75, body_l * 0.28), v3(r, r * 1.05, body_l * 0.25)))
    parts = [ellipsoid(torso[0][0], *torso[0][1], 0, "body"), ellipsoid(torso[1][0], *torso[1][1])]
    leg_r = (0.045 + 0.02 * (1 - height)) * mass
    for i in range(legs // 2 if not resting else 0):
        z = body_l * (0.32 - 0.64 * i / max(1, legs // 2 - 1))
        for s in (-1, 1):
            top = (s * r * 0.55, hip + r * 0.5, z)
            knee = (s * r * 0.6, hip * 0.5, z + 0.03 * (1 if z < 0 else -1))
            foot = (s * r * 0.6, 0.03, z)
            parts.append(tube([top, knee, foot], [leg_r * 1.25, leg_r, leg_r * 0.85], slot=0))
            parts.append(ellipsoid((foot[0], 0.025, foot[2] + 0.02), leg_r, 0.03, 0.06, 1))
    if resting:  # forelegs stretched out in front, hind legs folded under the haunches
        front, back = body_l * 0.3, -body_l * 0.28
        for s in (-1, 1):
            paw = [(s * r * 0.45, hip + r * 0.2, front), (s * r * 0.42, leg_r, front + 0.12),
                   (s * r * 0.4, leg_r * 0.9, front + 0.16 + 0.2 * r)]  # fmt: skip
            parts.append(tube(paw, [leg_r * 1.2, leg_r, leg_r * 0.9], slot=0))
            parts.append(
                ellipsoid((s * r * 0.62, hip + r * 0.45, back), r * 0.42, r * 0.55, r * 0.7, 0)
            )
            foot = [
                (s * r * 0.75, leg_r, back - r * 0.3),
                (s * r * 0.72, leg_r * 0.9, back + r * 0.4),
            ]
            parts.append(tube(foot, [leg_r, leg_r * 0.85], slot=0))
    # Neck: deep where it leaves the chest; a horse's leans forward, only a giraffe's stands up.
    nl = 0.1 + 1.1 * neck
    shelled = p("shell", 0.0) > 0.3  # a tortoise's head reaches forward, low, out of its shell
    steep = 20 + 35 * neck + 25 * max(0.0, neck - 0.7) / 0.3
    ang = np.radians(5 + 15 * neck if shelled else steep)
    base = np.array([0, hip + r * (0.55 if shelled else 1.0), body_l * 0.4])
    if resting:  # the head laid down low over the forepaws
        ang = float(np.arcsin(np.clip((0.11 - base[1]) / nl, -0.9, 0.2)))
    tip = base + nl * np.array([0, np.sin(ang), np.cos(ang)])
    nr = min(r * 0.6, 0.06 + 0.09 * mass)
    n0 = nr if shelled else max(nr, r * 0.8)
    parts.append(
        tube([base, (base + tip) / 2 + (0, 0, 0.02), tip], [n0, nr * 0.8, nr * 0.6], slot=0)
    )
    head = tip + np.array([0, 0.05, 0.06])
    hr = (0.09 + 0.04 * (1 - neck)) * (0.7 if shelled else 1.0)
    horse = (height >= 0.7 or p("rock", 0.0) > 0.5) and 0.5 <= neck < 0.9 and tail > 0.03
    if horse and (p("horns", 0.0) <= 0.05 or _one_horn(p)):
        hr *= 1.3  # a horse's long heavy head on a deep neck, not a llama's
        parts[-1] = tube([base, (base + tip) / 2 + (0, 0, 0.02), tip], [n0 * 1.2, nr, nr * 0.75],
                         slot=0)  # fmt: skip
    if height >= 0.7 and neck >= 0.5 and tail > 0.03 and (p("horns", 0.0) <= 0.05 or _one_horn(p)):
        # a horse's mane: a dark crest along the top of the neck, to the poll
        up = v3(0, np.cos(ang), -np.sin(ang)) * nr * 0.75
        crest = [base + up, (base + tip) / 2 + v3(0, 0, 0.02) + up * 0.75, tip + up * 0.7]
        parts.append(tube(crest, [nr * 0.5, nr * 0.45, nr * 0.3], slot="marking"))
    if horse and (p("horns", 0.0) <= 0.05 or _one_horn(p)):
        parts += _horse_head(head, hr, _one_horn(p), p("ears", 0.45))
    else:
        parts += animal_head(p, head, hr, neck, width)
    if resting:  # eyes shut: dark slits where they were
        parts = [
            sphere(hr * 0.14, q.matrix @ scl(1.3, 0.3, 0.7), "marking", "eyes")
            if q.tag == "eyes" else q
            for q in parts
        ]  # fmt: skip
    if tail > 0.03:
        parts += _tail(p, rng, np.array([0, hip + r, -body_l / 2 + 0.02]), hip, height)
    if fur >= 0.75:  # a fleece: woolly lumps all over the back and flanks down to the belly
        for i in range(8):
            z = body_l * (0.5 - 0.9 * i / 7)
            f = np.sqrt(max(0.05, 1 - (z / (body_l * 0.5)) ** 2))
            for a in (-115, -70, -25, 25, 70, 115):
                t = np.radians(a + rng.uniform(-8, 8))
                c = body_c + v3(r * 0.95 * f * np.sin(t), r * 0.95 * f * np.cos(t), z)
                parts.append(ellipsoid(c, r * 0.5, r * 0.45, r * 0.5, 0, "body"))
    parts += _markings(p("pattern", 0.0), torso, rng)
    parts += _spines(p("spines", 0.0), torso, rng)
    wings = p("wings", 0.0)
    if wings > 0.05:  # a winged beast (dragon, griffin): wings raised from the shoulders;
        # asleep, folded back along its sides
        span = (0.3 + 0.7 * wings) * (0.6 if resting else 1.0)
        for s in (-1, 1):
            root = v3(s * r * 0.45, hip + r * (1.3 if resting else 1.55), body_l * 0.15)
            fold = rot("z", -8) @ rot("y", 62) if resting else rot("z", 35) @ rot("y", 12)
            m = at(*root) @ scl(s, 1, 1) @ fold @ rot("x", 90)
            parts.append(slab(WING, 0.02, m @ scl(span), 1, "wings"))
            bone = [m @ np.array([x * span, y * span, 0.0, 1.0]) for x, y in WING_BONE]
            parts.append(tube([b[:3] for b in bone], [0.03, 0.025, 0.018, 0.0], slot=0))
    if tail >= 0.95:  # a dragon's or a crocodile's ridge of spikes down the back and tail
        n = 9
        for k in range(n):
            z = body_l * (0.42 - 0.87 * k / (n - 1))
            top = _surface(torso, z, 0.0)
            size = r * (0.35 - 0.15 * abs(k - n * 0.3) / n) * (1.0 if height > 0.2 else 0.5)
            parts.append(cylinder(size * 0.45, 0.0, size, at(*top) @ rot("x", -15), 1))
    if 0.05 < p("shell", 0.0) <= 0.3:  # a camel's hump (two from 0.2: a Bactrian's)
        humps = (0.0,) if p("shell", 0.0) < 0.2 else (0.14, -0.14)
        for z in humps:
            parts.append(ellipsoid((0, hip + r * 1.55, z * body_l), r * 0.62, r * 0.8, r * 0.7, 0))
    if p("shell", 0.0) > 0.3:
        # over the barrel and the chest: only the head, the legs and the tail come out of it
        dome = [(0, 0), (r * 1.7, 0.0), (r * 1.65, r * 0.7), (r * 1.2, r * 1.55), (0, r * 1.85)]
        m = at(0, hip + r * 0.1, body_l * 0.06) @ scl(1, 1, body_l * 1.15 / (r * 3))
        parts.append(lathe(dome, m, 1, "body"))
    if p("rock", 0.0) > 0.5:  # a rocking horse: its hooves on two rockers
        parts += rockers(r * 0.6, body_l * 0.32, 1, below=0.14)
    return parts


def _rabbit(p: Params) -> list[Part]:
    """A rabbit crouching: a round body high at the haunches, big folded hind legs and long
    feet, short forelegs, a round head up in front with long upright ears, a white puff of a
    tail; asleep (``rest``), its head down, ears laid back and eyes shut."""
    parts = [sphere(1.0, at(0, 0.2, -0.02) @ rot("x", -15) @ scl(0.15, 0.15, 0.22), 0, "body")]
    parts.append(ellipsoid((0, 0.2, 0.12), 0.11, 0.11, 0.1, 0))  # the chest
    asleep = p("rest", 0.0) >= 0.5  # its head down on its paws, ears laid back, eyes shut
    head = v3(0, 0.24, 0.24) if asleep else v3(0, 0.33, 0.2)
    parts.append(ellipsoid(head, 0.085, 0.085, 0.1, 0))
    parts.append(ellipsoid(head + v3(0, -0.025, 0.075), 0.05, 0.04, 0.04, 0))  # the muzzle
    parts.append(sphere(0.014, at(*(head + v3(0, -0.01, 0.112))), "marking"))  # the nose
    if asleep:
        for s in (-1, 1):
            lid = at(*(head + v3(s * 0.055, 0.015, 0.055))) @ scl(0.022, 0.005, 0.012)
            parts.append(sphere(1.0, lid, "marking", "eyes"))
    else:
        parts += _eyes(head + v3(0, 0.015, 0.045), 0.014, 0.055, 0.0)
    for s in (-1, 1):
        ear = head + v3(s * 0.03, 0.06, -0.03)
        tip = ear + (v3(s * 0.05, 0.03, -0.2) if asleep else v3(s * 0.03, 0.2, -0.05))
        parts.append(tube([ear, (ear + tip) / 2 + v3(s * 0.01, 0, 0), tip],
                          [0.022, 0.03, 0.008], m=None, slot=0))  # fmt: skip
        parts.append(ellipsoid((s * 0.12, 0.12, -0.1), 0.06, 0.1, 0.12, 0))  # the haunch
        parts.append(tube([(s * 0.13, 0.05, -0.14), (s * 0.13, 0.02, 0.0), (s * 0.12, 0.02, 0.06)],
                          [0.035, 0.03, 0.025], slot=0))  # the long hind foot # fmt: skip
        parts.append(tube([(s * 0.06, 0.15, 0.16), (s * 0.06, 0.04, 0.19), (s * 0.06, 0.02, 0.23)],
                          [0.03, 0.025, 0.022], slot=0))  # a foreleg # fmt: skip
    parts.append(sphere(0.05, at(0, 0.26, -0.24), 1))  # the tail
    return parts


def _kangaroo() -> list[Part]:
    """A kangaroo sitting up: a pear-shaped body leaning forward on huge folded hind legs and
    long feet, a thick tail on the ground behind, short arms held in front, a deer-like head
    with tall ears."""
    parts = [ellipsoid((0, 0.42, 0.0), 0.15, 0.26, 0.17, 0, "body")]
    parts[0] = sphere(1.0, at(0, 0.42, 0.0) @ rot("x", 18) @ scl(0.15, 0.26, 0.17), 0, "body")
    parts.append(ellipsoid((0, 0.66, 0.09), 0.1, 0.1, 0.1, 0))  # the chest
    parts.append(tube([(0, 0.7, 0.1), (0, 0.8, 0.14)], [0.06, 0.05], slot=0))  # the neck
    head = v3(0, 0.85, 0.17)
    parts.append(ellipsoid(head, 0.065, 0.07, 0.08, 0))
    parts.append(
        tube([head + v3(0, -0.01, 0.05), head + v3(0, -0.03, 0.14)], [0.045, 0.03], slot=0)
    )
    parts.append(sphere(0.018, at(*(head + v3(0, -0.02, 0.15))), "marking"))  # the nose
    parts += _eyes(head + v3(0, 0.01, 0.06), 0.012, 0.04, 0.0)
    for s in (-1, 1):
        ear = head + v3(s * 0.035, 0.05, -0.03)
        parts.append(tube([ear, ear + v3(s * 0.02, 0.1, -0.02)], [0.025, 0.005], m=None, slot=0))
        parts.append(ellipsoid((s * 0.12, 0.22, -0.02), 0.07, 0.13, 0.14, 0))  # the haunch
        parts.append(tube([(s * 0.12, 0.12, 0.0), (s * 0.12, 0.03, -0.02), (s * 0.12, 0.02, 0.2)],
                          [0.04, 0.035, 0.025], slot=0))  # the long foot # fmt: skip
        parts.append(tube([(s * 0.09, 0.62, 0.13), (s * 0.1, 0.52, 0.2), (s * 0.08, 0.48, 0.22)],
                          [0.025, 0.02, 0.015], slot=0))  # a short arm # fmt: skip
    parts.append(
        tube([(0, 0.25, -0.12), (0, 0.08, -0.35), (0, 0.03, -0.6)], [0.07, 0.05, 0.02], slot=0)
    )
    return parts


def _theropod(p: Params) -> list[Part]:
    """A two-legged beast (a T. rex, a raptor): a body leaning forward over two strong legs,
    balanced by a long tail held out straight, a big head with a toothed jaw and tiny arms;
    with ``wings``, a pterosaur's leathery wings instead of arms."""
    height, trunk, wings = p("height", 0.5), p("trunk", 0.5), p("wings", 0.0)
    hip_y = 0.35 + 0.3 * height
    parts = [ellipsoid((0, hip_y + 0.05, 0.08), 0.2, 0.22, 0.38, 0, "body")]
    neck = [(0, hip_y + 0.12, 0.35), (0, hip_y + 0.3, 0.5), (0, hip_y + 0.38, 0.6)]
    parts.append(tube(neck, [0.14, 0.11, 0.1], slot=0))
    head = np.array([0.0, hip_y + 0.42, 0.72])
    hl = 0.22 + 0.2 * trunk
    parts.append(ellipsoid(head, 0.1, 0.11, hl * 0.6, 0))
    parts.append(ellipsoid(head + v3(0, -0.06, hl * 0.25), 0.085, 0.05, hl * 0.55, 0))  # jaw
    for s in (-1, 1):
        for k in range(5):  # teeth along the jaw
            z = head[2] + hl * (0.05 + 0.12 * k)
            parts.append(
                cylinder(0.012, 0.0, 0.03, at(s * 0.07, head[1] - 0.02, z) @ rot("x", 180), "tooth")
            )
    parts += _eyes(head + v3(0, 0.05, hl * 0.1), 0.025, 0.09, 0.05)
    tail = [
        (0, hip_y + 0.05, -0.25),
        (0, hip_y + 0.08, -0.6),
        (0, hip_y, -0.95),
        (0, hip_y - 0.08, -1.25),
    ]
    parts.append(tube(tail, [0.17, 0.11, 0.06, 0.0], slot=0))
    for s in (-1, 1):
        thigh = [(s * 0.15, hip_y, 0.0), (s * 0.18, hip_y * 0.55, 0.1), (s * 0.17, 0.06, -0.02)]
        parts.append(tube(thigh, [0.11, 0.07, 0.05], slot=0))
        parts.append(ellipsoid((s * 0.17, 0.03, 0.06), 0.06, 0.035, 0.13, 1))  # the foot
        if wings > 0.05:  # a pterosaur's wing from the shoulder
            root = v3(s * 0.15, hip_y + 0.2, 0.25)
            m = at(*root) @ scl(s, 1, 1) @ rot("z", 20) @ rot("x", 90) @ scl(0.6 + 0.7 * wings)
            parts.append(slab(WING, 0.02, m, 1, "wings"))
        else:  # tiny arms
            arm = [
                (s * 0.14, hip_y + 0.1, 0.38),
                (s * 0.18, hip_y - 0.02, 0.46),
                (s * 0.16, hip_y - 0.06, 0.52),
            ]
            parts.append(tube(arm, [0.035, 0.025, 0.015], slot=0))
    return parts


def _rodent(p: Params, rng: Rng) -> list[Part]:
    """A rat's, a mouse's or a hamster's low pear-shaped body: a pointed snout with a dark nose
    and whiskers, big round ears, short legs tucked under, and a long thin tail along the ground
    in the second material (a naked tail); with fur, a squirrel's bushy tail curled up over
    its back."""
    length, width, ears = p("length", 0.5), p("width", 0.5), p("ears", 0.4)
    tail, fur = p("tail", 0.8), p("fur", 0.0)
    bl = 0.45 + 0.3 * length
    r = 0.12 + 0.06 * width
    cy = 0.035 + r
    parts = [
        ellipsoid((0, cy, -bl * 0.08), r * 1.05, r, bl * 0.4, 0, "body"),  # haunches
        ellipsoid((0, cy * 0.95, bl * 0.14), r * 0.82, r * 0.84, bl * 0.3, 0),  # shoulders
    ]
    hr = r * 0.68
    hc = v3(0, cy * 1.08, bl * 0.4)
    parts.append(ellipsoid(hc, hr, hr * 0.9, hr * 1.05, 0))
    tip = hc + v3(0, -hr * 0.3, hr * 1.9)
    parts.append(tube([hc + v3(0, 0, hr * 0.3), tip], [hr * 0.78, hr * 0.2], slot=0))
    parts.append(sphere(hr * 0.17, at(*tip), "marking"))  # the nose
    for s in (-1, 1):  # whiskers fanning out from the muzzle
        for k in (-1, 0, 1):
            a = tip + v3(s * hr * 0.18, -hr * 0.05, -hr * 0.3)
            b = a + v3(s * hr * 1.5, hr * 0.3 * k, -hr * 0.35 + hr * 0.15 * k)
            parts.append(stick(a, b, hr * 0.025, "marking"))
    parts += _eyes(hc + v3(0, hr * 0.3, hr * 0.45), hr * 0.15, hr * 0.55, hr * 0.5)
    size = hr * (0.45 + 0.75 * ears)
    for s in (-1, 1):  # big round ears standing up, facing forward, pale inside
        c = hc + v3(s * hr * 0.62, hr * 0.75 + size * 0.55, -hr * 0.25)
        parts.append(ellipsoid(c, size * 0.62, size * 0.66, size * 0.16, 0))
        parts.append(ellipsoid(c + v3(0, -size * 0.04, size * 0.08), size * 0.44, size * 0.48,
                               size * 0.1, 1))  # fmt: skip
    for z, x in ((bl * 0.3, r * 0.5), (-bl * 0.28, r * 0.65)):  # short legs, paws forward
        for s in (-1, 1):
            top = v3(s * x, cy * 0.7, z)
            foot = v3(s * x, 0.02, z + 0.02)
            parts.append(tube([top, foot], [r * 0.2, r * 0.13], slot=0))
            parts.append(ellipsoid(foot + v3(0, 0.0, r * 0.1), r * 0.13, r * 0.07, r * 0.2, 1))
    t0 = v3(0, cy * 0.85, -bl * 0.46)
    if fur >= 0.6:  # a squirrel's: a thick plume curling up over the back
        pts = [t0, t0 + v3(0, r * 1.1, -r * 0.9), t0 + v3(0, r * 2.6, -r * 0.6),
               t0 + v3(0, r * 3.3, r * 0.2), t0 + v3(0, r * 3.0, r * 0.9)]  # fmt: skip
        parts.append(tube(pts, [r * 0.3, r * 0.5, r * 0.62, r * 0.55, r * 0.3], slot=0))
        return parts
    tl = bl * (0.5 + 1.1 * tail)
    side = float(rng.choice([-1, 1]))
    pts = [t0, t0 + v3(0, -cy * 0.55, -tl * 0.25), t0 + v3(side * tl * 0.12, -cy * 0.8, -tl * 0.55),
           t0 + v3(side * tl * 0.32, -cy * 0.8, -tl * 0.8), t0 + v3(side * tl * 0.55, -cy * 0.75, -tl * 0.95)]  # fmt: skip
    parts.append(tube(pts, [r * 0.2, r * 0.13, r * 0.09, r * 0.06, r * 0.03], slot=1))
    return parts


WING = [(0.0, 0.08), (0.35, 0.24), (0.75, 0.3), (1.0, 0.06), (0.82, -0.06), (0.68, -0.26),
         (0.5, -0.12), (0.34, -0.34), (0.18, -0.16), (0.0, -0.22)]  # fmt: skip
"""A beast's wing, root at the origin spanning +x, leading edge +y: a membrane between fingers,
its trailing edge scalloped."""
WING_BONE = [(0.0, 0.08), (0.35, 0.24), (0.75, 0.3), (1.0, 0.06)]
"""The arm along its leading edge."""


def animal_head(p: Params, head: np.ndarray, hr: float, neck: float, width: float) -> list[Part]:
    """A skull, a muzzle whose length follows ``trunk`` (a cat's round face, a fox's long narrow
    snout, a cow's broad blunt one) or a hanging trunk, a dark nose, eyes, ears and horns; a
    crocodile's (low, with a heavy tail) long flat toothed jaws."""
    trunk, horns, ears = p("trunk", 0.3), p("horns", 0.0), p("ears", 0.4)
    snout = min(trunk, 0.6)
    # short-snouted heads are round and large; long-snouted ones smaller behind a long muzzle
    sk = hr * (1.1 - 0.3 * snout)
    parts = [ellipsoid(head, sk * 0.95, sk * 0.9, sk * (0.95 + 0.3 * snout), 0)]
    front = head + v3(0, -sk * 0.2, sk * 0.6)
    if p("height", 0.5) <= 0.08 and p("tail", 0.4) >= 0.95:  # a crocodile's long flat jaws
        ml, mw = sk * 2.6, sk * 0.55
        end = front + v3(0, -sk * 0.15, ml)
        flat = at(*front) @ scl(1, 0.45, 1) @ at(*(-front))
        parts.append(tube([front, end], [mw, mw * 0.62], m=flat, slot=0))
        for t in np.linspace(0.12, 0.92, 8):  # teeth along both sides of the jaw
            c = front + (end - front) * t + v3(0, -mw * 0.12, 0)
            for sd in (-1, 1):
                tooth = at(*(c + v3(sd * mw * (0.95 - 0.35 * t), 0, 0))) @ rot("x", 180)
                parts.append(cylinder(hr * 0.05, 0.0, hr * 0.16, tooth, "snow"))
        for sd in (-1, 1):  # nostrils on the tip
            parts.append(
                ellipsoid(
                    end + v3(sd * mw * 0.2, mw * 0.25, 0), mw * 0.1, mw * 0.08, mw * 0.1, "marking"
                )
            )
    elif trunk > 0.6:  # a trunk hangs and curls
        tl = 0.25 + 0.6 * trunk
        pts = [front, front + v3(0, -tl * 0.4, 0.08), front + v3(0, -tl * 0.85, 0.1)]
        pts.append(front + v3(0, -tl, 0.16))
        parts.append(tube(pts, [hr * 0.45, hr * 0.35, hr * 0.25, hr * 0.18], slot=0))
        for s in (-1, 1):  # ivory tusks curving forward and up beside it (long on a mammoth)
            t = 1.0 + 0.8 * (p("fur", 0.0) >= 0.5)
            root = front + v3(s * hr * 0.35, -hr * 0.3, 0.0)
            tusk = [root, root + v3(s * 0.02, -0.12 * t, 0.08 * t), root + v3(s * 0.05, -0.1 * t, 0.22 * t),
                    root + v3(s * 0.03, 0.02 * t, 0.3 * t)]  # fmt: skip
            parts.append(tube(tusk, [hr * 0.12, hr * 0.1, hr * 0.07, 0.0], slot="tooth"))
    else:
        ml = sk * (0.25 + 1.9 * snout)
        mw = sk * (0.42 + 0.35 * width - 0.15 * snout)
        blunt = 0.45 + 0.5 * width  # a canine's snout tapers, a bovine's ends broad
        droop = ml * min(0.95, 0.15 + 1.1 * neck)  # long heads on long necks hang their muzzle
        end = front + v3(0, -droop, ml)
        parts.append(tube([front, end], [mw, mw * blunt], m=None, slot=0))
        if _snouted(p):  # a pig's flat round snout with two nostrils
            disc = at(*(end + v3(0, 0, mw * blunt * 0.1))) @ rot("x", 90)
            parts.append(cylinder(mw * blunt * 0.95, mw * blunt * 0.95, mw * 0.35, disc, 0))
            for sd in (-1, 1):
                c = end + v3(sd * mw * blunt * 0.35, 0, mw * blunt * 0.1 + mw * 0.36)
                parts.append(ellipsoid(c, mw * 0.14, mw * 0.2, mw * 0.05, "marking"))
        else:
            parts.append(
                ellipsoid(
                    end + v3(0, mw * blunt * 0.35, mw * blunt * 0.6),
                    mw * blunt * 0.75,
                    mw * blunt * 0.45,
                    mw * blunt * 0.4,
                    "marking",
                )
            )
    parts += _eyes(head + v3(0, sk * 0.2, sk * 0.55), hr * 0.13, sk * 0.5, sk * 0.35)
    if _maned(p):  # a ring of dark shaggy hair framing the face, over the nape
        for k in range(12):
            t = 2 * np.pi * k / 12
            c = head + v3(sk * 1.0 * np.sin(t), sk * 1.0 * np.cos(t) - sk * 0.1, -sk * 0.25)
            parts.append(ellipsoid(c, sk * 0.45, sk * 0.45, sk * 0.5, "marking"))
        parts.append(
            ellipsoid(head + v3(0, -sk * 0.1, -sk * 0.8), sk * 1.2, sk * 1.25, sk, "marking")
        )
    if ears > 0.85 and trunk > 0.6:  # big flat ears hanging at the sides (an elephant's)
        for sd in (-1, 1):
            c = head + v3(sd * hr * 0.9, -hr * 0.1, -hr * 0.5)
            parts.append(ellipsoid(c, 0.02, hr * 1.6 * ears, hr * 1.3 * ears, 0))
    elif ears > 0.05:
        size = 0.03 + 0.09 * ears
        for sd in (-1, 1):
            if horns > 0.05 or p("fur", 0.0) >= 0.75:  # a cow's or a sheep's: out sideways
                root = head + v3(sd * sk * 0.8, sk * 0.35, -sk * 0.2)
                m = at(*root) @ rot("z", -sd * 100) @ rot("x", -20)
                parts.append(
                    slab(leaf(0.8), 0.02, m @ at(0, size * 0.6, 0) @ scl(size * 0.5, size, 1), 0)
                )
                continue
            root = head + v3(sd * sk * 0.5, sk * 0.7, -sk * 0.15)
            if ears < 0.4:  # round ears (a bear's, a tiger's): a flattened disc
                c = root + v3(sd * size * 0.2, size * 0.45, 0)
                parts.append(ellipsoid(c, size * 0.55, size * 0.55, size * 0.22, 0))
            elif ears < 0.75:  # pointed, upright (a cat's, a fox's, a horse's): a flat cone
                tip_e = root + v3(sd * size * 0.3, size * 1.25, -size * 0.1)
                m = at(*root) @ scl(1, 1, 0.45) @ at(*-root)
                parts.append(tube([root, tip_e], [size * 0.5, 0.0], m=m, slot=0))
            else:  # long and narrow (a hare's)
                m = at(*root) @ rot("z", -sd * 10) @ rot("y", sd * 70)
                parts.append(
                    slab(
                        leaf(0.55), 0.02, m @ at(0, size * 0.7, 0) @ scl(size * 0.7, size, size), 0
                    )
                )
    if horns >= 0.5 and p("neck", 0.3) <= 0.15 and width >= 0.9:  # a rhino's, on its nose
        tip = front + v3(0, -sk * 0.05, sk * 0.9)
        parts.append(
            tube([tip, tip + v3(0, 0.16, 0.06), tip + v3(0, 0.26, 0.0)], [0.05, 0.025, 0.0], slot=1)
        )
        back = tip + v3(0, 0.02, -sk * 0.45)
        parts.append(tube([back, back + v3(0, 0.1, 0.02)], [0.035, 0.0], slot=1))
        return parts
    if _one_horn(p):  # a unicorn's one spiralled horn
        parts += _unicorn_horn(head + v3(0, sk * 0.75, sk * 0.35))
    elif horns > 0.05 and ears <= 0.05 and 0.4 <= horns <= 0.5 and width >= 0.95:
        # a triceratops: a bony frill fanning up behind its head, two long brow horns
        # forward and a short one on its nose
        frill = at(*(head + v3(0, sk * 0.5, -sk * 0.6))) @ rot("x", -25)
        fan = [
            (np.sin(a) * sk * 2.0, np.cos(a) * sk * 1.6)
            for a in np.radians(np.linspace(-80, 80, 9))
        ]
        parts.append(slab([(0.0, -sk * 0.3), *fan], sk * 0.15, frill, 0))
        for s in (-1, 1):
            brow = head + v3(s * sk * 0.4, sk * 0.6, sk * 0.2)
            parts.append(
                tube([brow, brow + v3(s * sk * 0.2, sk * 0.8, sk * 1.4)], [sk * 0.16, 0.0], slot=1)
            )
        nose = front + v3(0, sk * 0.3, sk * 0.3)
        parts.append(tube([nose, nose + v3(0, sk * 0.5, sk * 0.2)], [sk * 0.12, 0.0], slot=1))
    elif horns > 0.05:
        hl = 0.05 + 0.3 * horns
        bovine = width >= 0.8 and horns < 0.5  # a cow's short horns reach out sideways
        # a goat's: horns arching back over its head, a beard under its chin (a short tail)
        caprine = 0.45 <= horns <= 0.6 and p("tail", 0.4) <= 0.25 and width < 0.8
        if caprine:
            chin = front + v3(0, -sk * 0.45, sk * 0.2)
            parts.append(tube([chin, chin + v3(0, -sk * 0.6, -sk * 0.1), chin + v3(0, -sk * 1.1, 0.0)],
                              [sk * 0.22, sk * 0.16, 0.0], slot=0))  # fmt: skip
        for s in (-1, 1):
            h0 = head + v3(s * sk * 0.4, sk * 0.7, -sk * 0.3)
            if caprine:
                h1 = h0 + v3(s * hl * 0.15, hl * 0.7, -hl * 0.5)
                parts.append(tube([h0, h1, h1 + v3(s * hl * 0.1, -hl * 0.05, -hl * 0.6)],
                                  [0.028, 0.02, 0.0], slot=1))  # fmt: skip
                continue
            if bovine:
                h1 = h0 + v3(s * hl, hl * 0.3, 0)
            elif p("tail", 0.4) >= 0.95:  # a dragon's sweep back from the brow
                h1 = h0 + v3(s * hl * 0.3, hl * 0.45, -hl * 0.85)
            else:
                h1 = h0 + v3(s * hl * 0.4, hl * 0.8, -hl * 0.3)
            parts.append(
                tube([h0, h1, h1 + v3(s * hl * 0.3, hl * 0.4, 0)], [0.025, 0.018, 0.0], slot=1)
            )
            if horns > 0.7:  # antlers branch
                parts.append(
                    tube([h1, h1 + v3(s * 0.02, hl * 0.5, hl * 0.3)], [0.015, 0.0], slot=1)
                )
                mid = h0 + (h1 - h0) * 0.5
                parts.append(
                    tube([mid, mid + v3(s * hl * 0.3, hl * 0.3, hl * 0.2)], [0.014, 0.0], slot=1)
                )
    return parts


def _snouted(p: Params) -> bool:
    """Short legs, a broad body and a short muzzle: a pig's, ending in a flat snout."""
    return p("height", 0.5) <= 0.3 and p("width", 0.5) >= 0.85 and 0.2 <= p("trunk", 0.3) <= 0.35


def _horse_head(head: np.ndarray, hr: float, horn: bool, ears: float = 0.45) -> list[Part]:
    """A horse's head: a broad skull, a long deep muzzle sloping down and forward to soft
    nostrils, small upright ears (a donkey's or a mule's long, wide and spread: ``ears`` from
    0.75), eyes set high at the sides, and a unicorn's one horn."""
    long_ears = ears >= 0.75
    parts = [ellipsoid(head, hr * 0.8, hr * 0.85, hr * 0.9, 0)]
    nose = head + v3(0, -hr * 1.1, hr * 1.5)
    parts.append(tube([head + v3(0, -hr * 0.1, hr * 0.4), nose], [hr * 0.62, hr * 0.5], slot=0))
    parts.append(ellipsoid(nose, hr * 0.52, hr * 0.45, hr * 0.45, 0))
    for s in (-1, 1):
        parts.append(sphere(hr * 0.1, at(*(nose + v3(s * hr * 0.22, hr * 0.05, hr * 0.38))),
                            "marking"))  # a nostril # fmt: skip
        ear = head + v3(s * hr * 0.4, hr * 0.75, -hr * 0.3)
        if long_ears:
            m = at(*ear) @ rot("z", -s * 25) @ rot("x", -15) @ scl(1, 1, 0.5)
            parts.append(tube([(0, 0, 0), (0, hr * 0.75, 0), (0, hr * 1.5, 0)],
                              [hr * 0.2, hr * 0.24, 0.0], m=m, slot=0))  # fmt: skip
            continue
        parts.append(cylinder(hr * 0.16, 0.0, hr * 0.55, at(*ear) @ rot("z", -s * 12), 0))
    parts += _eyes(head + v3(0, hr * 0.2, hr * 0.35), hr * 0.12, hr * 0.7, 0.0)
    if horn:
        parts += _unicorn_horn(head + v3(0, hr * 0.75, hr * 0.35))
    return parts


def _unicorn_horn(root: np.ndarray) -> list[Part]:
    """A unicorn's one horn, rising forward from ``root``, with its spiral ridge."""
    tip = root + v3(0, 0.2, 0.12)
    parts = [tube([root, tip], [0.03, 0.0], slot=1)]
    for k in range(4):
        a, b = root + (tip - root) * (k / 4), root + (tip - root) * ((k + 0.8) / 4)
        parts.append(torus(0.028 * (1 - k / 4), 0.006, at(*(a + b) / 2) @ align(tip - root), 1))
    return parts


def _one_horn(p: Params) -> bool:
    """Short horns on a horse-like neck (not a giraffe's) are a unicorn's one horn."""
    return 0.05 < p("horns", 0.0) <= 0.35 and 0.5 <= p("neck", 0.3) < 0.9


def _maned(p: Params) -> bool:
    """Long hair (``fur`` 0.35 to 0.75) on a heavy, short-muzzled beast is a lion's mane."""
    return 0.35 <= p("fur", 0.0) < 0.75 and p("trunk", 0.3) < 0.2 and p("width", 0.5) >= 0.5


def _tail(p: Params, rng: Rng, t0: np.ndarray, hip: float, height: float) -> list[Part]:
    """A tail by kind: a reptile's along the ground, a fox's bushy brush (white-tipped), a
    cow's thin one with a tuft, a horse's fall of hair, a cat's thin one curling up at the end;
    asleep (``rest``), laid along the ground and curled round."""
    tail, fur, horns = p("tail", 0.4), p("fur", 0.0), p("horns", 0.0)
    tl = 0.05 + 0.6 * tail
    jitter = rng.uniform(-0.05, 0.05)
    if p("rest", 0.0) >= 0.5 and tail < 0.95:  # asleep: laid along the ground, curled round
        w = 0.025 + 0.04 * fur
        side = 1.0 if jitter >= 0 else -1.0
        pts = [t0, v3(t0[0], 0.06, t0[2] - tl * 0.35), v3(t0[0] + side * tl * 0.3, w, t0[2] - tl * 0.6),
               v3(t0[0] + side * tl * 0.65, w, t0[2] - tl * 0.35)]  # fmt: skip
        return [tube(pts, [w, w, w * 0.9, w * 0.6], slot=0)]
    if tail >= 0.95 and height > 0.2:  # a dragon's: long and heavy, sweeping down and out
        pts = [t0 + v3(0, -0.02, 0), t0 + v3(0, -hip * 0.4, -tl * 0.4),
               t0 + v3(jitter, -hip * 0.75, -tl * 0.8), t0 + v3(jitter * 2, -hip * 0.7, -tl * 1.2)]  # fmt: skip
        return [tube(pts, [0.09, 0.065, 0.035, 0.0], slot=0)]
    if height <= 0.2:  # a reptile's tail sweeps along the ground
        t0 = t0 + v3(0, -hip * 0.5, 0)
        drop = t0[1] - 0.04
        pts = [t0, t0 + v3(0, -drop * 0.6, -tl * 0.5), t0 + v3(jitter, -drop, -tl)]
        return [tube(pts, [0.1, 0.03, 0.0], slot=0)]
    if fur >= 0.35 and not _maned(
        p
    ):  # bushy: thick in the middle, held out low; the tip in the second material
        pts = [t0, t0 + v3(0, -tl * 0.3, -tl * 0.45), t0 + v3(jitter, -tl * 0.45, -tl * 0.9)]
        w = 0.03 + 0.06 * fur
        tipc = t0 + v3(jitter, -tl * 0.47, -tl * 0.97)
        return [
            tube(pts, [w * 0.5, w, w * 0.6], slot=0),
            ellipsoid(tipc, w * 0.55, w * 0.55, w * 0.6, 1),
        ]
    if horns > 0.05:  # a thin tail hanging close to the rump, ending in a tuft
        end = t0 + v3(jitter * 0.3, -hip * 0.75, -0.06)
        pts = [t0, t0 + v3(0, -0.05, -0.07), end]
        return [
            tube(pts, [0.025, 0.016, 0.012], slot=0),
            ellipsoid(end + v3(0, -0.03, 0), 0.03, 0.06, 0.03, "marking"),
        ]
    if height >= 0.7:  # a horse's: a thick fall of hair from a high root
        pts = [t0 + v3(0, 0.02, 0), t0 + v3(0, -0.03, -0.12), t0 + v3(jitter, -hip * 0.7, -0.17)]
        return [tube(pts, [0.035, 0.05, 0.025], slot="marking")]
    if tail >= 0.7:  # a cat's: thin, down and out, the end curling up (a lion's tufted)
        pts = [t0, t0 + v3(0, -hip * 0.45, -tl * 0.45), t0 + v3(jitter, -hip * 0.2, -tl * 0.85)]
        pts.append(t0 + v3(jitter, hip * 0.15, -tl))
        out = [tube(pts, [0.026, 0.022, 0.02, 0.014], slot=0)]
        if _maned(p):
            out.append(ellipsoid(pts[-1], 0.035, 0.05, 0.035, "marking"))
        return out
    pts = [t0, t0 + v3(0, -hip * 0.12, -tl * 0.5), t0 + v3(jitter, -hip * 0.4, -tl)]
    return [tube(pts, [0.035, 0.028, 0.008], slot=0)]


def _surface(torso: list[tuple[np.ndarray, np.ndarray]], z: float, t: float) -> np.ndarray:
    """The point of the torso's outer surface at depth z, at angle t from the top (radians)."""
    o, d = v3(0, torso[0][0][1], z), v3(np.sin(t), np.cos(t), 0)
    reach = 0.0
    for c, semi in torso:  # the farthest crossing of the ray from the axis with each ellipsoid
        qa, qb = d / semi, (o - c) / semi
        a, b, k = qa @ qa, 2 * qa @ qb, qb @ qb - 1
        disc = b * b - 4 * a * k
        if disc > 0:
            reach = max(reach, (-b + np.sqrt(disc)) / (2 * a))
    return o + d * reach


def _markings(pattern: float, torso: list[tuple[np.ndarray, np.ndarray]], rng: Rng) -> list[Part]:
    """Dark coat markings on the torso's surface: stripes over the back and flanks (a tiger, a
    zebra) or scattered patches (a leopard, a giraffe, a cow)."""
    semi, front = torso[0][1], torso[1][0][2] + torso[1][1][2]
    r, half = semi[1], semi[2]
    back = -half * 0.85
    out = []
    if pattern >= 0.75:
        for i in range(9):
            z = back + (front * 0.85 - back) * i / 8 + rng.uniform(-0.01, 0.01)
            pts = [_surface(torso, z, np.radians(a)) for a in np.linspace(-105, 105, 9)]
            out.append(tube(pts, 0.012, slot="marking"))
    elif pattern >= 0.25:
        size = r * (0.2 + 0.5 * (pattern - 0.25))  # a leopard's small spots, a cow's patches
        many = round(14 + 24 * (0.75 - pattern))  # many small, or fewer large
        if pattern < 0.35:  # a big cat's rosettes: smaller still, all over
            size, many = r * 0.14, 40
        for _ in range(many):
            z = rng.uniform(back, front * 0.8)
            t = rng.uniform(-1.9, 1.9)
            m = (
                at(*_surface(torso, z, t))
                @ rot("z", -np.degrees(t))
                @ scl(size, size * 0.22, size * rng.uniform(0.8, 1.4))
            )
            out.append(sphere(1.0, m, "marking"))
    return out


def _spines(spines: float, torso: list[tuple[np.ndarray, np.ndarray]], rng: Rng) -> list[Part]:
    """Quills over the back and flanks, raked back (a hedgehog, a porcupine): longer and fewer
    as ``spines`` grows, in the second material."""
    if spines < 0.3:
        return []
    semi, front = torso[0][1], torso[1][0][2] + torso[1][1][2]
    back, r = -semi[2] * 0.9, semi[1]
    length = r * (0.25 + 0.45 * spines)
    out = []
    for i in range(10):
        z = back + (front * 0.75 - back) * i / 9
        for a in np.linspace(-110, 110, 9):
            t = np.radians(a + rng.uniform(-9, 9))
            base = _surface(torso, z + rng.uniform(-0.015, 0.015), t)
            d = v3(np.sin(t), np.cos(t), -0.9)  # outward, raked toward the tail
            tip = base + d / np.linalg.norm(d) * length * rng.uniform(0.8, 1.15)
            out.append(tube([base, tip], [r * 0.05, 0.0], slot=1))
    return out


def _frog(p: Params) -> list[Part]:
    """A frog sitting: a plump body tilted up at the front, a wide flat head with bulging eyes
    and a long mouth, short front legs, hind legs folded beside it on long webbed feet."""
    w = 0.8 + 0.4 * p("width", 0.5)
    parts = [ellipsoid((0, 0.17, -0.03), 0.19 * w, 0.13, 0.22, 0, "body")]
    parts.append(ellipsoid((0, 0.22, 0.15), 0.17 * w, 0.1, 0.14, 0, "body"))
    mouth = [(-0.15 * w, 0.19, 0.2), (0, 0.175, 0.29), (0.15 * w, 0.19, 0.2)]
    parts.append(tube(mouth, 0.007, slot="marking"))
    for s in (-1, 1):
        eye = (s * 0.1 * w, 0.3, 0.17)
        parts.append(sphere(0.05, at(*eye), 0))
        parts.append(sphere(0.03, at(s * 0.11 * w, 0.32, 0.205), "pupil", "eyes"))
        # front legs: short and straight, splayed a little
        sh = (s * 0.12 * w, 0.15, 0.12)
        hand = (s * 0.17 * w, 0.02, 0.2)
        parts.append(tube([sh, hand], [0.035, 0.025], slot=0))
        parts.append(slab(leaf(0.9), 0.015, at(*hand) @ rot("x", 90) @ scl(0.05, 0.06, 1), 0))
        # hind legs folded: thigh out and forward, shin back, a long flat foot forward
        hip = (s * 0.15 * w, 0.13, -0.14)
        knee = (s * 0.3 * w, 0.1, 0.0)
        ankle = (s * 0.24 * w, 0.04, -0.2)
        parts.append(tube([hip, knee], [0.07, 0.045], slot=0))
        parts.append(tube([knee, ankle], [0.045, 0.03], slot=0))
        toe = (s * 0.32 * w, 0.02, -0.05)
        parts.append(tube([ankle, toe], [0.025, 0.02], slot=0))
        foot = at(*toe) @ rot("x", 90) @ rot("z", -s * 20)
        parts.append(slab(leaf(0.8), 0.015, foot @ at(0, 0.05, 0) @ scl(0.06, 0.13, 1), 0))
    return parts


def _teddy() -> list[Part]:
    """A teddy bear sitting: a plump body, a big round head with round ears and a pale muzzle
    (second material) with a dark nose, stubby arms and legs reaching forward with pale pads."""
    parts = [
        sphere(1.0, at(0, 0.3, 0) @ scl(0.25, 0.28, 0.22), 0, "body"),
        sphere(0.2, at(0, 0.68, 0.02), 0),
        sphere(1.0, at(0, 0.63, 0.17) @ scl(0.09, 0.07, 0.07), 1),
        sphere(0.03, at(0, 0.67, 0.235) @ scl(1.3, 1, 1), "pupil"),
        sphere(1.0, at(0, 0.3, 0.17) @ scl(0.15, 0.17, 0.07), 1),  # its tummy
    ]
    for s in (-1, 1):
        parts.append(sphere(0.075, at(s * 0.15, 0.84, 0.0) @ scl(1, 1, 0.6), 0))
        parts.append(sphere(0.04, at(s * 0.15, 0.84, 0.03) @ scl(1, 1, 0.5), 1))
        parts.append(sphere(0.026, at(s * 0.075, 0.73, 0.17), "pupil", "eyes"))
        parts.append(tube([(s * 0.2, 0.42, 0.02), (s * 0.3, 0.3, 0.12), (s * 0.3, 0.22, 0.2)],
                          [0.075, 0.07, 0.065], slot=0))  # fmt: skip
        parts.append(tube([(s * 0.13, 0.12, 0.05), (s * 0.15, 0.09, 0.22), (s * 0.16, 0.09, 0.3)],
                          [0.09, 0.085, 0.08], slot=0))  # fmt: skip
        parts.append(sphere(1.0, at(s * 0.16, 0.09, 0.37) @ scl(0.07, 0.07, 0.025), 1))
    return parts


def bare_skull() -> list[Part]:
    """A skull facing forward: a domed cranium over the face, cheekbones and a jaw, two dark
    eye sockets, the nose's dark opening and a row of teeth."""
    parts = [
        sphere(1.0, at(0, 0.57, -0.08) @ scl(0.42, 0.4, 0.46), 0, "body"),
        ellipsoid((0, 0.36, 0.16), 0.37, 0.27, 0.33, 0),
        ellipsoid((0, 0.14, 0.18), 0.28, 0.12, 0.26, 0),
        slab([(-0.06, 0.0), (0.06, 0.0), (0.0, 0.12)], 0.05, at(0, 0.26, 0.47), "marking"),
    ]
    for s in (-1, 1):  # big round sockets under the brow, cheekbones out beside them
        parts.append(sphere(1.0, at(s * 0.16, 0.44, 0.42) @ scl(0.14, 0.13, 0.07), "marking"))
        parts.append(ellipsoid((s * 0.3, 0.32, 0.28), 0.08, 0.06, 0.1, 0))
    for k in range(8):
        a = np.radians(-35 + 10 * k)
        parts.append(box(0.042, 0.07, 0.03, at(0.42 * np.sin(a), 0.19, 0.42 * np.cos(a) - 0.01)
                         @ rot("y", np.degrees(a)), "tooth"))  # fmt: skip
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


def _gnome() -> list[Part]:
    """A garden gnome: a stout little body in a tunic with a belt, a round nose over a long
    white beard, and a tall pointed hat (second material) leaning back."""
    parts = [
        lathe([(0.0, 0.0), (0.26, 0.0), (0.27, 0.2), (0.22, 0.45), (0.0, 0.5)], None, 0, "body"),
        torus(0.235, 0.025, at(0, 0.22, 0), 1),  # the belt
        sphere(0.17, at(0, 0.6, 0), 0),  # the head
        sphere(0.045, at(0, 0.6, 0.17), 0),  # the nose
    ]
    beard = [(0.0, 0.6, 0.12), (0.0, 0.42, 0.2), (0.0, 0.28, 0.2)]
    parts.append(tube(beard, [0.13, 0.11, 0.02], slot="snow"))  # the white beard
    hat = [(0.0, 0.0), (0.19, 0.0), (0.14, 0.18), (0.07, 0.38), (0.0, 0.5)]
    parts.append(lathe(hat, at(0, 0.66, -0.02) @ rot("x", -12), 1))
    parts += _eyes(v3(0, 0.66, 0.1), 0.022, 0.07, 0.06)
    for s in (-1, 1):
        parts.append(ellipsoid((s * 0.12, 0.04, 0.08), 0.08, 0.05, 0.12, "marking"))  # boots
        parts.append(tube([(s * 0.22, 0.4, 0.0), (s * 0.27, 0.25, 0.1)], [0.06, 0.05], slot=0))
    return parts


def _scarecrow(rng: Rng) -> list[Part]:
    """A scarecrow on its stake: arms stretched along a crossbar, straw sticking out of the
    cuffs and collar, a stuffed sack of a head with a stitched face, a floppy wide hat."""
    parts = [
        stick((0, 0, 0), (0, 1.55, 0), 0.035, 1),  # the stake
        stick((-0.62, 1.15, 0), (0.62, 1.15, 0), 0.03, 1),  # the crossbar
        ellipsoid((0, 0.95, 0), 0.2, 0.3, 0.13, 0, "body"),  # the stuffed shirt
        ellipsoid((0, 1.44, 0), 0.14, 0.16, 0.13, 0),  # the sack head
    ]
    for s in (-1, 1):
        parts.append(tube([(s * 0.12, 1.16, 0), (s * 0.5, 1.15, 0)], [0.07, 0.06], slot=0))
        for k in range(5):  # straw out of the cuffs
            a = np.radians(-40 + 20 * k + rng.uniform(-6, 6))
            end = (s * (0.52 + 0.12 * np.cos(a)), 1.15 + 0.12 * np.sin(a), rng.uniform(-0.03, 0.03))
            parts.append(stick((s * 0.5, 1.15, 0), end, 0.008, 1))
        parts.append(tube([(s * 0.07, 0.7, 0), (s * 0.09, 0.4, 0.0)], [0.05, 0.04], slot=0))
        parts.append(ellipsoid((s * 0.05, 1.47, 0.12), 0.02, 0.02, 0.01, "pupil"))  # button eyes
    parts.append(tube([(-0.06, 1.38, 0.12), (0, 1.36, 0.13), (0.06, 1.38, 0.12)], 0.006,
                      slot="pupil"))  # the stitched mouth # fmt: skip
    parts.append(cylinder(0.3, 0.28, 0.02, at(0, 1.55, 0) @ rot("x", rng.uniform(-8, 8)), 1))
    parts.append(cylinder(0.13, 0.11, 0.14, at(0, 1.56, 0), 1))  # the hat
    return parts


def _ghost(rng: Rng) -> list[Part]:
    """A ghost under its sheet: a dome of a head flowing out into a wide hem of soft folds that
    hangs just off the floor, two dark hollow eyes and an open mouth, arms raised under the
    cloth."""
    sheet = [(0.0, 0.12), (0.34, 0.1), (0.3, 0.3), (0.24, 0.6), (0.22, 0.8), (0.17, 0.95),
             (0.08, 1.03), (0.0, 1.05)]  # fmt: skip
    parts = [lathe(sheet, None, 0, "body")]
    for k in range(12):  # the hem's folds, hanging at slightly different lengths
        a = 2 * np.pi * (k + rng.uniform(-0.1, 0.1)) / 12
        c = v3(0.3 * np.cos(a), 0.11 - rng.uniform(0.0, 0.05), 0.3 * np.sin(a))
        parts.append(ellipsoid(c, 0.1, 0.06, 0.1, 0))
    for s in (-1, 1):
        parts.append(ellipsoid((s * 0.075, 0.84, 0.185), 0.04, 0.06, 0.025, "pupil"))
        arm = [(s * 0.2, 0.68, 0.0), (s * 0.3, 0.66, 0.08), (s * 0.34, 0.58, 0.14)]
        parts.append(tube(arm, [0.075, 0.06, 0.04], slot=0))  # sleeves of the sheet
    parts.append(ellipsoid((0, 0.71, 0.215), 0.035, 0.045, 0.02, "pupil"))  # the mouth
    return parts


def person(p: Params, rng: Rng) -> list[Part]:
    """A standing figure (the biped family when it is no character of ``_figures``): legs,
    hips, torso, arms, neck, head; ears and a tail when asked; a machine of boxes and joints when it has a ``frame`` (a robot); no height: its skull; furry:
    a teddy bear sitting; flaring to the floor: a ghost under its sheet; on a ``pole``, a
    scarecrow; under a tall tapering hat (``taper``), a garden gnome."""
    width = p("width", 0.4)
    if p("frame", 0.0) > 0.5:
        return _robot(width, rng)
    if p("flare", 0.0) > 0.5:
        return _ghost(rng)
    if p("pole", 0.0) > 0.5:
        return _scarecrow(rng)
    if p("taper", 0.0) > 0.5:
        return _gnome()
    if p("height", 0.5) < 0.05:
        return bare_skull()
    if p("fur", 0.0) > 0.5:
        return _teddy()
    w = 0.11 + 0.1 * width
    leg_h = 0.42
    parts = []
    for s in (-1, 1):  # legs in trousers (slot 1), shoes
        hip, knee, ankle = (
            (s * w * 0.5, leg_h + 0.02, 0),
            (s * w * 0.55, leg_h / 2, 0.015),
            (s * w * 0.55, 0.05, 0),
        )
        parts.append(tube([hip, knee, ankle], [0.055 + 0.04 * width, 0.045, 0.035], slot=1))
        parts.append(ellipsoid((s * w * 0.55, 0.03, 0.035), 0.045, 0.035, 0.085, 3))
    # Pelvis, waist and chest: a torso that narrows at the waist and widens to the shoulders,
    # in a shirt (slot 0) tucked into the trousers; face, neck and hands bare (slot 2, skin).
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
        parts.append(ellipsoid(hand + v3(0, -0.03, 0), 0.028, 0.045, 0.035, 2))
    parts.append(stick((0, shoulder - 0.02, 0), (0, shoulder + 0.07, 0), 0.04, 2))
    head = np.array([0, shoulder + 0.16, 0.01])
    hr = 0.1 + 0.02 * width
    parts.append(ellipsoid(head, hr * 0.9, hr, hr * 0.95, 2))
    parts.append(ellipsoid(head + v3(0, hr * 0.3, -hr * 0.12), hr * 0.95, hr * 0.78, hr * 0.92,
                           3))  # hair (slot 3: dark, or a shade of what it is all made of) # fmt: skip
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
    """A bird: body, neck, head and beak, folded or spread wings, tail fan, thin legs; with
    ``horns`` (ear tufts), an owl; short-legged with stubby wings, a penguin; ``trunk``, a long
    thin beak; ``width``, a duck's broad flat bill; no ``height``, a swimmer sitting on the water
    with its legs below it; with a ``pattern`` of bright feathers, a parrot on its perch; with
    ``claws``, a bird of prey's hooked beak; with a long ``tail``, a peacock's eyed fan; furry
    (``fur``), a bat; on a ``pole``, a woodpecker clinging to a trunk."""
    if p("fur", 0.0) >= 0.5:
        return _bat()
    if p("horns", 0.0) >= 0.5:
        return _owl()
    if p("wings", 0.5) < 0.2 and p("height", 0.4) < 0.2:
        return _penguin()
    if p("pattern", 0.0) >= 0.5:
        return _parrot()
    if p("pole", 0.0) >= 0.5:  # clinging to a tree
        return _woodpecker()
    neck, height, wings, length = (
        p("neck", 0.3),
        p("height", 0.4),
        p("wings", 0.5),
        p("length", 0.4),
    )
    swims = height <= 0.1  # a swimmer sits on the water: no legs below it
    hip = 0.0 if swims else 0.05 + 0.6 * height
    bl = 0.3 + 0.2 * length
    parts = [ellipsoid((0, hip + 0.16, 0), 0.16, 0.15, bl / 2 + 0.05, 0, "body")]
    for s in (-1, 1) if not swims else ():
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
    if p("width", 0.0) >= 0.5:  # a duck's broad flat bill
        parts.append(ellipsoid(tip + v3(0, -0.02, 0.1), 0.042, 0.016, 0.065, 1))
    elif p("claws", 0.0) >= 0.5:  # a bird of prey's short hooked beak, yellow at its root
        hook = [(0.0, 0.0), (0.035, 0.0), (0.03, 0.035), (0.015, 0.07), (0.0, 0.08)]
        parts.append(lathe(hook, at(*(tip + v3(0, -0.01, 0.06))) @ rot("x", 125), "plume-tip"))
    else:
        parts.append(
            cylinder(
                0.03 * (1 - 0.6 * p("trunk", 0.0)),  # a long beak is a thin one (a hummingbird's)
                0.0,
                0.09 + 0.05 * neck + 0.3 * p("trunk", 0.0),
                at(*(tip + v3(0, -0.005, 0.06))) @ rot("x", 90),
                1,
            )
        )
    parts += _eyes(tip + v3(0, 0.012, 0.035), 0.011, 0.045, 0.03)
    if p("spines", 0.0) >= 0.5:  # a hen or a rooster: a red comb and wattle, a cocked tail
        for k in range(4):
            parts.append(
                sphere(
                    0.028,
                    at(*(tip + v3(0, 0.075 + 0.012 * (k % 2), 0.03 - 0.028 * k)))
                    @ scl(0.55, 1, 0.9),
                    "comb",
                )
            )
        parts.append(ellipsoid(tip + v3(0, -0.06, 0.06), 0.018, 0.032, 0.02, "comb"))
        for k, lean in enumerate((-60, -40, -20)):
            arc = at(0, hip + 0.22, -bl / 2 + 0.02) @ rot("x", lean) @ rot("y", (k - 1) * 14)
            parts.append(slab(leaf(0.5), 0.02, arc @ scl(0.08, 0.22, 1) @ at(0, 0.45, 0), 1))
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
        else:  # folded along the body, leaning in over its back, just past its tail
            m = (
                at(s * 0.13, hip + 0.24, 0.08)
                @ rot("y", s * 100)
                @ rot("z", s * -15)
                @ scl(s, 1, 1)
                @ rot("x", 40)
                @ scl(span * 0.6, span * 0.45, span * 0.6)
            )
        parts.append(slab(wing(), 0.03, m, 0, "wings"))
    fan = [(0, 0), (-0.12, -0.25), (-0.04, -0.28), (0.04, -0.28), (0.12, -0.25)]
    if p("tail", 0.0) >= 0.5:  # a peacock's train raised in a great fan behind it, eyed
        root = at(0, hip + 0.2, -bl / 2 + 0.02) @ rot("x", -15)
        arc = np.radians(np.linspace(-75, 75, 13))
        train = [(0.0, -0.05)] + [(0.62 * np.sin(a), 0.62 * np.cos(a)) for a in arc]
        parts.append(slab(train, 0.02, root, 0))
        for r, n in ((0.55, 11), (0.38, 7)):
            for a in np.radians(np.linspace(-68, 68, n)):
                eye = root @ at(r * np.sin(a), r * np.cos(a), 0.016) @ scl(0.035, 0.045, 0.012)
                parts.append(sphere(1.0, eye, "marking"))
    elif p("spines", 0.0) < 0.5:
        parts.append(slab(fan, 0.02, at(0, hip + 0.18, -bl / 2 + 0.02) @ rot("x", -70), 1))
    return parts


def _parrot() -> list[Part]:
    """A parrot perched upright: a plump body in its bright colour, wings of blue tipped with
    yellow folded at its sides, a long pointed tail hanging down, a big hooked beak under a
    round head, and a perch gripped in its feet."""
    lean = rot("x", -20)
    parts = [sphere(1.0, at(0, 0.5, 0) @ lean @ scl(0.15, 0.24, 0.15), 0, "body")]
    head = v3(0, 0.8, 0.06)
    parts.append(sphere(0.11, at(*head), 0))
    beak = [(0.0, 0.0), (0.045, 0.0), (0.04, 0.04), (0.02, 0.08), (0.0, 0.09)]
    parts.append(lathe(beak, at(*(head + v3(0, -0.02, 0.09))) @ rot("x", 130), "beak"))
    parts += _eyes(head + v3(0, 0.01, 0.06), 0.016, 0.06, 0.02)
    for s in (-1, 1):
        wing = at(s * 0.13, 0.55, -0.02) @ rot("y", s * 8) @ rot("x", -15) @ rot("y", 90)
        parts.append(
            slab(leaf(0.45), 0.03, wing @ scl(0.12, 0.3, 1) @ at(0, -0.3, 0), "plume", "wings")
        )
        tip = at(s * 0.14, 0.36, -0.08) @ rot("y", 90) @ rot("x", -15)
        parts.append(slab(leaf(0.4), 0.025, tip @ scl(0.07, 0.12, 1), "plume-tip"))
        parts.append(tube([(s * 0.05, 0.3, 0.04), (s * 0.05, 0.24, 0.07)], 0.015, slot="beak"))
    tail = at(0, 0.34, -0.1) @ rot("x", 160)
    parts.append(slab(leaf(0.3), 0.02, tail @ scl(0.07, 0.34, 1) @ at(0, 0.5, 0), 0))
    parts.append(tube([(-0.25, 0.23, 0.08), (0.25, 0.23, 0.08)], 0.025, slot=1))  # the perch
    return parts


def _woodpecker() -> list[Part]:
    """A woodpecker clinging upright to the side of a tree trunk: its body along the bark, its
    stiff tail propped against it, a red cap on its head and a long straight chisel of a beak
    at the wood, white bars across its folded wings, a chip-hole above it."""
    parts = []  # built facing +z, the trunk before it; then turned to show its side
    lean = rot("x", -8)
    parts.append(sphere(1.0, at(0, 0.5, 0.0) @ lean @ scl(0.08, 0.16, 0.085), 0, "body"))
    head = v3(0, 0.69, 0.02)
    parts.append(sphere(0.065, at(*head), 0))
    parts.append(sphere(1.0, at(*(head + v3(0, 0.035, -0.01))) @ scl(0.056, 0.035, 0.06), "comb"))
    parts.append(
        cylinder(0.014, 0.0, 0.12, at(*(head + v3(0, -0.005, 0.04))) @ rot("x", 90), "beak")
    )
    parts += _eyes(head + v3(0, 0.01, 0.03), 0.012, 0.05, 0.02)
    for sd in (-1, 1):
        cheek = at(sd * 0.055, 0.675, 0.03) @ scl(0.01, 0.012, 0.035)
        parts.append(sphere(1.0, cheek, "sclera"))
        wing = at(sd * 0.075, 0.56, -0.03) @ rot("x", -8) @ rot("y", 90) @ rot("z", 180)
        parts.append(slab(leaf(0.4), 0.02, wing @ scl(0.075, 0.17, 1), 0, "wings"))
        for k in range(3):  # white bars across the folded wing
            bar = at(sd * 0.087, 0.5 + 0.045 * k, -0.035) @ scl(0.006, 0.009, 0.035)
            parts.append(sphere(1.0, bar, "sclera"))
        parts.append(tube([(sd * 0.04, 0.42, 0.04), (sd * 0.045, 0.4, 0.11)], 0.01, slot="beak"))
    flat = np.array([[-1.0, -0.3], [1.0, -0.3], [1.0, 0.3], [-1.0, 0.3]])
    parts.append(tube([(0, 0.38, -0.03), (0, 0.28, 0.04), (0, 0.22, 0.09)], [0.035, 0.03, 0.012],
                      slot=0, shape=flat))  # fmt: skip
    parts.append(cylinder(0.16, 0.17, 1.0, at(0, 0.0, 0.27), "soil"))  # the trunk
    parts.append(sphere(1.0, at(0, 0.78, 0.115) @ scl(0.03, 0.03, 0.012), "pupil"))  # its hole
    turn = rot("y", -90)
    return [replace(p, matrix=turn @ p.matrix) for p in parts]


def _penguin() -> list[Part]:
    """A penguin standing upright: a tall egg of a body and a round head in the first material
    round a white front, flippers held a little out, a short beak and broad webbed feet."""
    parts = [
        sphere(1.0, at(0, 0.42, 0) @ scl(0.24, 0.4, 0.22), 0, "body"),
        sphere(1.0, at(0, 0.4, 0.05) @ scl(0.2, 0.34, 0.19), "sclera"),
        sphere(0.15, at(0, 0.86, 0.01), 0),
        cylinder(0.04, 0.0, 0.13, at(0, 0.85, 0.12) @ rot("x", 90), 1),
    ]
    for s in (-1, 1):
        parts.append(sphere(0.024, at(s * 0.075, 0.9, 0.115), "pupil", "eyes"))
        flipper = at(s * 0.235, 0.5, 0.02) @ rot("z", s * 18) @ rot("y", 90) @ scl(0.09, 0.22, 1)
        parts.append(slab(leaf(0.45), 0.035, flipper @ at(0, -0.6, 0), 0))
        parts.append(ellipsoid((s * 0.09, 0.02, 0.12), 0.075, 0.02, 0.1, 1))
    return parts


def _owl() -> list[Part]:
    """An owl sitting upright: a round body, a big round head with no neck, two facial discs
    around large forward eyes, a hooked beak, ear tufts, folded wings and a short tail, talons
    on a perch-less stance."""
    parts = [ellipsoid((0, 0.38, 0), 0.24, 0.32, 0.22, 0, "body")]
    head = np.array([0, 0.78, 0.02])
    parts.append(ellipsoid(head, 0.23, 0.2, 0.2, 0))
    for s in (-1, 1):
        disc = head + v3(s * 0.095, -0.01, 0.15)
        parts.append(ellipsoid(disc, 0.1, 0.1, 0.04, 1))  # the facial disc, paler
        parts.append(sphere(0.055, at(*(disc + v3(0, 0.0, 0.03))), "sclera", "eyes"))
        parts.append(sphere(0.032, at(*(disc + v3(0, 0.0, 0.07))), "pupil", "eyes"))
        tuft = head + v3(s * 0.15, 0.15, 0.02)
        parts.append(
            tube([tuft - v3(s * 0.04, 0.06, 0), tuft + v3(s * 0.03, 0.08, 0)], [0.045, 0.0])
        )
        wing_m = at(s * 0.2, 0.45, -0.02) @ rot("z", s * 8) @ scl(0.07, 0.28, 0.18)
        parts.append(sphere(1.0, wing_m, 0, "wings"))
        # a short feathered leg from under the body down to the talons (they floated apart)
        parts.append(stick((s * 0.09, 0.2, 0.06), (s * 0.09, 0.04, 0.11), 0.035, 0))
        for toe in (-20, 10, 35):
            d = np.radians(toe)
            root = (s * 0.09, 0.05, 0.12)
            parts.append(
                stick(root, (root[0] + 0.05 * np.sin(d), 0.0, 0.12 + 0.06 * np.cos(d)), 0.012, 1)
            )
    parts.append(cylinder(0.03, 0.0, 0.07, at(*(head + v3(0, -0.06, 0.19))) @ rot("x", 120), 1))
    parts.append(
        slab([(0, 0), (-0.1, -0.12), (0.1, -0.12)], 0.03, at(0, 0.16, -0.2) @ rot("x", -20), 0)
    )
    return parts


def fish(p: Params, rng: Rng) -> list[Part]:
    """A swimmer: streamlined body, forked tail, dorsal and side fins; wide and flat as a ray;
    round and covered in ``spines``, a pufferfish; with a lure on a ``pole``, an anglerfish;
    upright on a ``neck``, a seahorse; with ``whiskers``, a seal (with tusks, ``horns``, a
    walrus)."""
    length, width, trunk, tail = p("length", 0.5), p("width", 0.2), p("trunk", 0.0), p("tail", 0.4)
    if p("spines", 0.0) >= 0.5:
        return _puffer(rng)
    if p("neck", 0.0) >= 0.5:
        return _seahorse()
    if p("whiskers", 0.0) >= 0.5:
        return _seal(p("horns", 0.0) >= 0.5)
    if p("pole", 0.0) >= 0.5:
        return _angler(rng)
    if length >= 0.95 and width < 0.5 and trunk < 0.3:
        return _shark()
    if width > 0.9:  # a ray: flat, its wings out to points, a long thin tail
        return _ray(tail)
    if width <= 0.7 and trunk <= 0.3:  # a fish of one smooth body, its face and fins
        return organic_fish(rng, 0.7 if length >= 0.8 else 0.9 + 0.5 * width)
    L = 0.7 + 0.5 * length
    h = (0.22 - 0.1 * width) * (0.72 if length >= 0.8 else 1.0)  # long: slim (a sardine, a pike)
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
    if width > 0.7:  # a flatfish: a long thin tail instead of a fork
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
    # its face: an eye on each side of the head ringed in white, a gill's arc behind it and the
    # line of its mouth (where the body's surface is, at each point along it)
    sx, sy = (0.75 + 2.5 * width) * h / 0.22, h / 0.22 * 0.9
    ys, rs = [y for _, y in prof], [r for r, _ in prof]

    def side(f: float, up: float) -> tuple[float, float, float]:
        r = float(np.interp(f, ys, rs))
        return (r * sx * np.sqrt(max(0.0, 1 - up * up)), 0.3 + r * sy * up, -L / 2 + L * f)

    for s in (-1, 1):
        x, y, z = side(0.84, 0.3)
        parts.append(sphere(1.0, at(s * x, y, z) @ scl(0.012, 0.034, 0.034), "sclera", "eyes"))
        parts.append(sphere(1.0, at(s * (x + 0.008), y, z) @ scl(0.01, 0.022, 0.022), "pupil"))
        gill = [side(0.72, u) for u in (0.55, 0.1, -0.4)]
        parts.append(
            tube([(s * (gx + 0.004), gy, gz) for gx, gy, gz in gill], 0.008, slot="marking")
        )
    mouth = [side(0.965, -0.15), side(0.985, -0.1)]
    parts.append(tube([(-mouth[0][0], *mouth[0][1:]), (0, mouth[1][1], mouth[1][2] + 0.01),
                       mouth[0]], 0.007, slot="marking"))  # fmt: skip
    return parts


def _bat() -> list[Part]:
    """A bat with its wings spread wide to the front: a furry body and head, big pointed ears,
    little fangs, and scalloped leathery wings (the second material) on long finger bones."""
    parts = [
        ellipsoid((0, 0.36, 0), 0.08, 0.12, 0.07, 0, "body"),
        sphere(0.065, at(0, 0.52, 0.02), 0),
        sphere(0.03, at(0, 0.5, 0.075), 0),  # the snout
    ]
    parts += _eyes(v3(0, 0.54, 0.055), 0.011, 0.045, 0.0)
    for s in (-1, 1):
        ear = [(-0.025, 0.0), (0.025, 0.0), (0.0, 0.09)]
        parts.append(slab(ear, 0.01, at(s * 0.035, 0.56, 0.0) @ rot("z", -s * 15), 0))
        parts.append(cylinder(0.006, 0.0, 0.02, at(s * 0.012, 0.48, 0.085) @ rot("x", 180), "snow"))
        web = [(0.0, 0.08), (0.12, 0.17), (0.32, 0.2), (0.52, 0.12), (0.48, 0.0), (0.4, 0.04),
               (0.34, -0.07), (0.25, -0.01), (0.17, -0.12), (0.09, -0.04), (0.0, -0.1)]  # fmt: skip
        m = at(s * 0.05, 0.38, 0.0) @ scl(s, 1, 1) @ rot("y", -10)
        parts.append(slab(web, 0.008, m, 1, "wings"))
        for tip in ((0.52, 0.12), (0.34, -0.07), (0.17, -0.12)):  # its finger bones
            end = m @ np.array([tip[0], tip[1], 0.0, 1.0])
            root = m @ np.array([0.1, 0.1, 0.0, 1.0])
            parts.append(tube([root[:3], end[:3]], [0.008, 0.004], slot=0))
        parts.append(tube([(s * 0.03, 0.25, 0), (s * 0.035, 0.17, 0.01)], 0.01, slot=0))  # a foot
    return parts


def _ray(tail: float) -> list[Part]:
    """A ray lying flat: a diamond of wings swept back to points, a low mound of a body, eyes
    on top, and a long whip of a tail."""
    wings = [(0.0, 0.42), (0.3, 0.2), (0.62, -0.02), (0.5, -0.1), (0.12, -0.32), (-0.12, -0.32),
             (-0.5, -0.1), (-0.62, -0.02), (-0.3, 0.2)]  # fmt: skip
    parts = [
        slab(wings, 0.05, at(0, 0.08, 0) @ rot("x", 90), 0, "body"),
        sphere(1.0, at(0, 0.09, 0.02) @ scl(0.2, 0.07, 0.34), 0),
        tube(
            [(0, 0.08, -0.3), (0, 0.07, -0.7), (0.04, 0.05, -0.9 - 0.4 * tail)],
            [0.03, 0.012, 0.0],
            slot=1,
        ),
    ]
    return parts + _eyes((0, 0.14, 0.22), 0.018, 0.1, 0.0)


def _seal(tusks: bool) -> list[Part]:
    """A seal lying on its belly, its front raised: a smooth body tapering to the hind
    flippers, a round head with dark eyes, a nose and whiskers, two front flippers; a walrus's
    tusks."""
    spine = [(0, 0.1, -0.55), (0, 0.14, -0.3), (0, 0.22, 0.0), (0, 0.36, 0.2), (0, 0.46, 0.3)]
    parts = [tube(spine, [0.04, 0.14, 0.2, 0.15, 0.11], slot=0, tag="body")]
    head = v3(0, 0.5, 0.36)
    parts.append(sphere(0.11, at(*head), 0))
    parts.append(ellipsoid(head + v3(0, -0.03, 0.09), 0.07, 0.05, 0.05, 0))  # the muzzle
    parts.append(sphere(0.018, at(*(head + v3(0, -0.01, 0.14))), "marking"))
    parts += _eyes(head + v3(0, 0.03, 0.06), 0.02, 0.05, 0.03)
    for s in (-1, 1):
        for k in range(3):  # whiskers
            root = head + v3(s * 0.04, -0.04 + 0.012 * k, 0.12)
            parts.append(stick(root, root + v3(s * 0.1, -0.01 + 0.015 * k, 0.02), 0.003, "marking"))
        m = at(s * 0.16, 0.12, 0.12) @ rot("y", s * 30) @ rot("z", s * 70) @ rot("x", 90)
        parts.append(slab(leaf(0.45), 0.03, m @ at(0, -0.1, 0) @ scl(0.1), 0))
        parts.append(
            slab(
                leaf(0.5),
                0.025,
                at(s * 0.06, 0.09, -0.62) @ rot("y", s * 25) @ rot("x", 90) @ scl(0.09),
                0,
            )
        )
        if tusks:
            parts.append(
                tube(
                    [head + v3(s * 0.03, -0.06, 0.1), head + v3(s * 0.04, -0.22, 0.14)],
                    [0.015, 0.005],
                    slot=1,
                )
            )
    return parts


def _seahorse() -> list[Part]:
    """A seahorse upright: a horse's head bent down on an arched neck, a snout, a ridged belly
    curving into a tail that curls under it, a small fin on its back."""
    spine = [(0, 1.0, 0.02), (0, 0.86, -0.06), (0, 0.62, -0.07), (0, 0.4, 0.0), (0, 0.22, 0.02),
             (0, 0.1, -0.04), (0, 0.06, -0.14), (0, 0.14, -0.19), (0, 0.2, -0.12)]  # fmt: skip
    parts = [
        tube(spine, [0.09, 0.12, 0.15, 0.13, 0.09, 0.06, 0.04, 0.03, 0.015], slot=0, tag="body")
    ]
    parts.append(
        tube([(0, 0.98, 0.04), (0, 0.94, 0.2), (0, 0.9, 0.3)], [0.06, 0.035, 0.03], slot=0)
    )
    for k in range(7):  # ridges round the belly
        y = 0.36 + 0.07 * k
        parts.append(torus(0.13 - 0.005 * abs(k - 3), 0.012, at(0, y, -0.04) @ rot("x", 10), 0))
    parts.append(slab(leaf(0.5), 0.015, at(0, 0.55, -0.2) @ rot("y", 90) @ scl(0.1), 1))
    parts.append(cylinder(0.02, 0.0, 0.1, at(0, 1.07, -0.02), 0))  # the crown
    parts += _eyes((0, 0.99, 0.07), 0.02, 0.06, 0.0)
    return parts


def _puffer(rng: Rng) -> list[Part]:
    """A pufferfish blown up: a ball covered in spines, a pale belly, big eyes, a small pursed
    mouth, stubby fins and a little fan of a tail."""
    y, r = 0.34, 0.3
    parts = [
        sphere(r, at(0, y, 0), 0, "body"),
        ellipsoid((0, y - 0.1, 0.02), r * 0.85, r * 0.75, r * 0.9, 1),
    ]
    golden = np.pi * (3 - np.sqrt(5))
    for k in range(70):  # spines evenly over the ball
        z = 1 - 2 * (k + 0.5) / 70
        ring = np.sqrt(1 - z * z)
        d = v3(ring * np.cos(golden * k), z, ring * np.sin(golden * k))
        if d[2] > 0.85:  # not over the face
            continue
        root = v3(0, y, 0) + d * r * 0.95
        parts.append(tube([root, root + d * 0.09], [0.014, 0.0], slot=1))
    for s in (-1, 1):
        c = v3(s * r * 0.55, y + 0.08, r * 0.72)
        parts.append(sphere(0.06, at(*c), "sclera"))
        parts.append(sphere(0.032, at(*(c + v3(s * 0.01, 0, 0.04))), "pupil", "eyes"))
        m = at(s * r * 0.95, y - 0.02, 0.05) @ rot("y", s * 60) @ rot("z", s * -70)
        parts.append(slab(leaf(0.6), 0.015, m @ at(0, 0.08, 0) @ scl(0.08), 0))
    parts.append(torus(0.035, 0.016, at(0, y - 0.06, r * 0.98) @ rot("x", 90), "marking"))
    fan = [(0.0, 0.0), (0.13, -0.12), (0.0, -0.08), (-0.13, -0.12)]
    parts.append(slab(fan, 0.02, at(0, y, -r * 0.95) @ _YZ @ scl(1.2), 0))
    return parts


def _angler(rng: Rng) -> list[Part]:
    """An anglerfish of the deep: a huge head and a gaping jaw full of needle teeth under a
    lure that glows at the end of a stalk from its brow; a small body, ragged fins."""
    y = 0.35
    body = [(0, 0), (0.1, 0.05), (0.3, 0.4), (0.32, 0.62), (0.25, 0.85), (0.08, 1.0), (0, 1.0)]
    parts = [lathe(body, at(0, y, -0.45) @ scl(1.05, 0.95, 0.8) @ rot("x", 90), 0, "body")]
    jaw = at(0, y - 0.12, 0.28) @ rot("x", 18)
    parts.append(sphere(1.0, jaw @ scl(0.3, 0.09, 0.17), 0))  # the jutting lower jaw
    parts.append(sphere(1.0, at(0, y - 0.04, 0.33) @ scl(0.25, 0.07, 0.1), "marking"))  # the gape
    for k in range(14):  # needle teeth round the gape, up from the jaw and down from the lip
        a = np.radians(-70 + 140 * (k % 7) / 6)
        c = v3(0.24 * np.sin(a), y - 0.07 if k < 7 else y - 0.0, 0.33 + 0.09 * np.cos(a))
        up = 1 if k < 7 else -1
        parts.append(cylinder(0.012, 0.0, 0.07, at(*c) @ rot("x", 0 if up > 0 else 180), "tooth"))
    stalk = [(0, y + 0.28, 0.05), (0, y + 0.5, 0.15), (0, y + 0.46, 0.38), (0, y + 0.34, 0.46)]
    parts.append(tube(stalk, [0.018, 0.014, 0.01, 0.008], slot=1))
    parts.append(sphere(0.05, at(*stalk[-1]), "glow"))
    fork = [(0, 0), (0.18, -0.2), (0.0, -0.14), (-0.18, -0.2)]
    parts.append(slab(fork, 0.02, at(0, y, -0.42) @ _YZ @ scl(1.1), 1))
    for s in (-1, 1):
        parts.append(sphere(0.035, at(s * 0.16, y + 0.15, 0.2), "pupil", "eyes"))
        m = at(s * 0.3, y - 0.05, 0.0) @ rot("y", s * 50) @ rot("z", s * -60)
        parts.append(slab(leaf(0.5), 0.015, m @ at(0, 0.1, 0) @ scl(0.11), 1))
    for k in range(4):  # a ragged dorsal fin
        parts.append(
            cylinder(
                0.02,
                0.0,
                0.08 - 0.012 * k,
                at(0, y + 0.26 - 0.03 * k, -0.05 - 0.09 * k) @ rot("x", -30),
                1,
            )
        )
    return parts


def _shark() -> list[Part]:
    """A long fish as a shark: a pointed snout, a tall dorsal fin, a tail whose upper lobe sweeps
    up, broad pectoral fins, gill slits and a pale belly (the second material)."""
    L, y = 1.3, 0.32
    prof = [(0, 0), (0.035, 0.02), (0.07, 0.12), (0.14, 0.4), (0.15, 0.58), (0.12, 0.8),
            (0.07, 0.93), (0, 1.0)]  # fmt: skip
    parts = [lathe(prof, at(0, y, -L / 2) @ scl(0.95, 0.85, L) @ rot("x", 90), 0, "body")]
    parts.append(ellipsoid((0, y - 0.05, 0.12), 0.1, 0.065, L * 0.3, 1))
    fin = [(0.14, 0), (-0.1, 0), (-0.12, 0.04), (-0.05, 0.24)]
    parts.append(slab(fin, 0.022, at(0, y + 0.1, 0.02) @ rot("y", 90), 0))
    parts.append(slab(fin, 0.015, at(0, y + 0.03, -0.42) @ rot("y", 90) @ scl(0.35), 0))
    tail = at(0, y, -L / 2 + 0.03)
    parts.append(slab(leaf(0.3), 0.02, tail @ rot("x", 50) @ at(0, -0.2, 0) @ scl(0.2), 0))
    parts.append(slab(leaf(0.3), 0.02, tail @ rot("x", 125) @ at(0, -0.11, 0) @ scl(0.11), 0))
    for s in (-1, 1):
        m = at(s * 0.12, y - 0.06, 0.16) @ rot("z", s * 25) @ rot("y", s * 60) @ rot("x", 90)
        parts.append(slab(leaf(0.35), 0.018, m @ at(0, -0.2, 0) @ scl(0.2), 0))
        for k in range(5):  # gill slits
            z = 0.3 - 0.035 * k
            parts.append(
                box(0.012, 0.06, 0.008, at(s * (0.128 - 0.003 * k), y - 0.03, z), "marking")
            )
    parts += _eyes((0, y + 0.02, 0.4), 0.017, 0.1, 0.0)
    return parts


def _bee() -> list[Part]:
    """A bee: a round furry thorax and a plump abdomen banded in dark stripes with a sting, a
    dark head with big eyes and antennae, two clear wings raised over its back, short legs."""
    y = 0.2
    parts = [
        ellipsoid((0, y, 0.07), 0.11, 0.1, 0.1, 0, "body"),
        ellipsoid((0, y - 0.01, -0.13), 0.12, 0.11, 0.16, 0),
        ellipsoid((0, y, 0.2), 0.07, 0.07, 0.06, "marking"),
        cylinder(0.02, 0.0, 0.06, at(0, y - 0.02, -0.28) @ rot("x", -90), "marking"),
    ]
    for z in (-0.06, -0.13, -0.2):  # the dark bands round the abdomen
        k = np.sqrt(max(0.05, 1 - ((z + 0.13) / 0.16) ** 2))
        band = at(0, y - 0.01, z) @ scl(1.0, 0.11 / 0.12, 1.0)
        parts.append(torus(0.118 * k, 0.02, band @ rot("x", 90), "marking"))
    parts += _eyes((0, y + 0.01, 0.23), 0.02, 0.045, 0.02)
    for s in (-1, 1):
        wing = at(s * 0.05, y + 0.08, 0.02) @ rot("z", s * -25) @ rot("y", s * 20) @ rot("x", -75)
        parts.append(
            slab(leaf(0.5), 0.01, wing @ scl(0.09, 0.2, 1) @ at(0, 0.6, 0), "membrane", "wings")
        )
        parts.append(tube([(s * 0.02, y + 0.05, 0.24), (s * 0.05, y + 0.13, 0.3), (s * 0.08, y + 0.15, 0.34)],
                          [0.007, 0.006, 0.004], slot="marking"))  # fmt: skip
        for i in range(3):
            z = 0.1 - 0.08 * i
            parts.append(tube([(s * 0.06, y - 0.06, z), (s * 0.13, y - 0.1, z + 0.02), (s * 0.15, 0.0, z + 0.04)],
                              [0.015, 0.011, 0.007], slot="marking"))  # fmt: skip
    return parts


def _own_insect(p: Params) -> list[Part] | None:
    """A six-legged winged or leaping insect of its own build, or None: wingless and narrow
    (``width``), a flea; long-winged and long,
    a dragonfly; long-legged (``height``), a grasshopper; striped (``pattern``), a wasp; wings
    from 0.55, a cicada; smaller wings, a fly (long, a mosquito)."""
    if p.count("legs", 6) != 6 or p("shell", 0.0) > 0.5 or p("claws", 0.0) > 0.3:
        return None
    wings = p("wings", 0.0)
    if wings <= 0.05 and p("width", 0.5) <= 0.2:  # wingless, flat from side to side
        return flea()
    if wings >= 0.75 and p("length", 0.4) >= 0.8:
        return dragonfly()
    if p("height", 0.0) >= 0.8:
        return grasshopper()
    if wings > 0.05 and p("pattern", 0.0) >= 0.75:
        return wasp()
    if 0.55 <= wings < 0.9:
        return cicada()
    if wings > 0.05:
        return fly(p("length", 0.4) >= 0.7)
    return None


def insect(p: Params, rng: Rng) -> list[Part]:
    """Head, thorax and abdomen; jointed legs in pairs; wings, pincers, a stinging tail, a shell;
    a shell with pincers or a tail is a crustacean's (a crab, or long, a lobster or shrimp)."""
    if p("shell", 0.0) > 0.5 and (p("claws", 0.0) > 0.3 or p("tail", 0.0) > 0.5):
        return _crustacean(p, rng)
    if p("wings", 0.0) >= 0.9 and p("shell", 0.0) <= 0.5 and p("claws", 0.0) <= 0.3:
        return _lepidopteran(p("pattern", 0.6))
    if p("fur", 0.0) >= 0.5 and p("shell", 0.0) <= 0.5:
        return _bee()
    if (own := _own_insect(p)) is not None:
        return own
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
    if shell > 0.5:  # wing cases: a glossy dome over the back in its own stuff, split down
        # the middle, spotted with ``pattern`` (a ladybird)
        dome = [(0, 0), (0.2, 0), (0.19, 0.06), (0.13, 0.13), (0, 0.16)]
        back = at(0, y - 0.02, -0.02 - ab / 2) @ scl(1.15, 1.2, (ab + 0.28) / 0.4)
        parts.append(lathe(dome, back, 0))

        def on_top(x: float, z: float) -> np.ndarray:  # a point on the dome over (x, z)
            h = np.interp(np.hypot(x, z), [0.0, 0.13, 0.19, 0.2], [0.16, 0.13, 0.06, 0.0])
            return (back @ [x, h + 0.002, z, 1.0])[:3]

        seam = [tuple(on_top(0.0, z)) for z in np.linspace(-0.17, 0.17, 7)]
        parts.append(tube(seam, 0.006, slot="marking"))
        if p("pattern", 0.0) >= 0.25:
            for k in range(6):
                q = on_top((1 if k % 2 else -1) * 0.08, 0.1 - 0.1 * (k // 2))
                parts.append(sphere(1.0, at(*q) @ scl(0.035, 0.012, 0.035), "marking"))
    parts += _eyes((0, y + 0.02, 0.27), 0.025, 0.05, 0.04)
    pairs = legs // 2
    for i in range(pairs):
        z = 0.18 - (0.16 + (ab if pairs > 4 else 0.0)) * i / max(1, pairs - 1)
        for s in (-1, 1):
            a = np.radians(rng.uniform(-8, 8))
            hip = (s * 0.08, y, z)
            if shell > 0.5:  # a beetle's short legs, bent close under its shell
                knee = (s * 0.2, y + 0.02, z + 0.04 * np.sin(a))
                foot = (s * 0.24, 0.0, z + 0.1 * (1 - 2 * i / max(1, pairs - 1)))
            else:
                knee = (s * 0.25, y + 0.12, z + 0.05 * np.sin(a))
                foot = (s * 0.38, 0.0, z + 0.08 * (1 - 2 * i / max(1, pairs - 1)))
            parts.append(tube([hip, knee, foot], [0.022, 0.016, 0.008], slot=0))
    reach = 0.4 if shell > 0.5 and claws <= 0.3 else 1.0  # a beetle's short feelers
    for s in (-1, 1):
        feeler = [(s * 0.03, y + 0.06, 0.28), (s * 0.08, y + 0.2, 0.38), (s * 0.14, y + 0.26, 0.45)]
        base = np.array(feeler[0])
        feeler = [tuple(base + reach * (np.array(q) - base)) for q in feeler]
        parts.append(tube(feeler, [0.008, 0.006, 0.0], slot=1))
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


_FOREWING = [(0.0, 0.04), (0.2, 0.17), (0.46, 0.27), (0.58, 0.2), (0.52, 0.02), (0.3, -0.05),
             (0.08, -0.04)]  # fmt: skip
_HINDWING = [(0.0, -0.02), (0.17, -0.04), (0.34, -0.13), (0.36, -0.29), (0.22, -0.37),
             (0.06, -0.24)]  # fmt: skip


def _lepidopteran(pattern: float) -> list[Part]:
    """A butterfly or moth at rest: a slender body, two broad wings a side raised in a shallow V
    (the second material) with dark eyespots where ``pattern`` says, clubbed antennae."""
    y = 0.12
    parts = [
        ellipsoid((0, y, 0.02), 0.045, 0.045, 0.07, 0),
        ellipsoid((0, y - 0.005, -0.16), 0.034, 0.032, 0.15, 0, "body"),
        sphere(0.038, at(0, y + 0.01, 0.11), 0),
    ]
    parts += _eyes((0, y + 0.005, 0.13), 0.014, 0.028, 0.0)
    for s in (-1, 1):
        tip = v3(s * 0.12, y + 0.2, 0.36)
        parts.append(
            tube(
                [(s * 0.015, y + 0.04, 0.13), (s * 0.06, y + 0.13, 0.26), tip],
                [0.006, 0.005, 0.004],
                slot=0,
            )
        )
        parts.append(sphere(0.014, at(*tip) @ scl(1, 1, 1.8), 0))
        for k in range(3):  # thin legs under the thorax
            z = 0.05 - 0.045 * k
            parts.append(tube([(s * 0.03, y - 0.02, z), (s * 0.09, y + 0.02, z + 0.02 - 0.03 * k), (s * 0.13, 0.0, z + 0.05 - 0.08 * k)],
                              [0.006, 0.005, 0.003], slot=0))  # fmt: skip
        for outline, lift, spots in ((_FOREWING, 28, ((0.36, 0.11, 0.04), (0.48, 0.17, 0.022))),
                                     (_HINDWING, 18, ((0.22, -0.2, 0.042),))):  # fmt: skip
            m = at(s * 0.035, y + 0.03, 0.02) @ scl(s, 1, 1) @ rot("z", lift) @ rot("x", 90)
            parts.append(slab(outline, 0.012, m, 1, "wings"))
            if pattern < 0.2:
                continue
            for x, z, r in spots:  # eyespots on both faces
                for face in (-1, 1):
                    disc = m @ at(x, z, face * 0.0065) @ rot("x", face * 90)
                    parts.append(cylinder(r, r, 0.002, disc, "marking"))
    return parts


def _crustacean(p: Params, rng: Rng) -> list[Part]:
    """A crab (a wide flat carapace, legs splayed sideways, big claws held forward, eyes on
    stalks) or, long, a lobster or shrimp (a segmented tail ending in a fan, long feelers)."""
    length, claws = p("length", 0.3), p("claws", 1.0)
    pairs = max(2, p.count("legs", 8) // 2)
    long = length > 0.5
    y = 0.18
    cw, cd = (0.14, 0.2) if long else (0.3, 0.22)  # carapace half-width and half-depth
    parts = [ellipsoid((0, y, 0.05), cw, 0.1 if long else 0.09, cd, 0, "body")]
    if long:  # the tail: segments narrowing back, then the fan
        z, r = 0.05 - cd, cw * 0.9
        for k in range(5):
            parts.append(ellipsoid((0, y - 0.01 * k, z - 0.06), r, 0.07 - 0.006 * k, 0.08, 0))
            z, r = z - 0.1, r * 0.88
        for a in (-35, 0, 35):
            fan = at(0, y - 0.05, z) @ rot("y", 180 + a) @ rot("x", 90) @ scl(0.07, 0.14, 1)
            parts.append(slab(leaf(0.5), 0.015, fan, 0))
    for i in range(pairs):
        z = 0.12 - 0.24 * i / max(1, pairs - 1) if not long else 0.1 - 0.22 * i / (pairs - 1)
        for s in (-1, 1):
            fan = 1.6 * z - 0.04  # the front legs reach forward, the back ones back
            hip = (s * cw * 0.85, y - 0.03, z)
            knee = (s * (cw + 0.16), y + 0.05, z + 0.5 * (fan - z) + 0.01 * rng.uniform(-1, 1))
            foot = (s * (cw + 0.3), 0.0, fan)
            parts.append(tube([hip, knee, foot], [0.025, 0.02, 0.008], slot=0))
    if claws > 0.3:  # arms forward, each ending in a big pincer: a palm and two fingers
        size = 0.06 + 0.05 * claws
        for s in (-1, 1):
            elbow = (s * (cw + 0.08), y + 0.04, cd + 0.1)
            palm = np.array([s * (cw * 0.6 + 0.04), y + 0.05, cd + 0.24])
            parts.append(tube([(s * cw * 0.7, y, cd * 0.6), elbow, palm], [0.03, 0.028, 0.03]))
            parts.append(ellipsoid(palm, size * 0.8, size * 0.6, size * 1.3, 0))
            for lift in (1, -1):
                tip = palm + v3(-s * 0.03, lift * size * 0.35, size * 2.2)
                root = palm + v3(0, lift * size * 0.25, size)
                parts.append(tube([root, tip], [size * 0.35, 0.0], slot=1))
    for s in (-1, 1):  # eyes on short stalks; a lobster's long feelers
        stalk = (s * 0.05, y + 0.16, cd + 0.05)
        parts.append(stick((s * 0.04, y + 0.05, cd - 0.02), stalk, 0.012, 0))
        parts.append(sphere(0.025, at(*stalk), "pupil", "eyes"))
        if long:
            feeler = [
                (s * 0.04, y + 0.05, cd),
                (s * 0.2, y + 0.2, cd + 0.4),
                (s * 0.35, y + 0.1, cd + 0.8),
            ]
            parts.append(tube(feeler, [0.01, 0.006, 0.0], slot=1))
    return parts


def serpent(p: Params, rng: Rng) -> list[Part]:
    """A long body in S-curves along the ground, rising into a head; with ``horns`` (eye
    stalks), a snail or slug: a soft foot, and with ``shell`` a coiled shell on its back; of
    twisted fibre (``fur``), a coil of rope; with a ``tail``, a rattlesnake's raised rattle;
    ``width`` makes it heavy-bodied and ``pattern`` blotches its back (a python)."""
    if p("horns", 0.0) >= 0.5:
        return _gastropod(p("shell", 0.0), p("length", 0.3))
    if p("fur", 0.0) >= 0.5:
        return _rope(rng)
    length = p("length", 0.6)
    n = 9
    total = 1.0 + 1.2 * length
    phase = rng.uniform(0, np.pi)
    pts = [
        (0.32 * np.sin(phase + i * 1.4), 0.06, -total / 2 + total * i / (n - 1)) for i in range(n)
    ]
    pts[-1] = (pts[-2][0] * 0.5, 0.16, pts[-2][2] + 0.08)
    r = (0.07 + 0.01 * length) * (0.7 + p("width", 0.3))  # heavy-bodied (a python) by width
    radii = [0.0, r * 0.6, r * 0.85, r, r, r, r, r * 0.9, r * 0.8]
    rattle = p("tail", 0.0) >= 0.5
    if rattle:  # a rattlesnake holds its tail up, the rattle at its tip
        pts[0] = (pts[1][0], 0.2, pts[1][2] - 0.04)
        radii[0] = r * 0.35
    parts = [tube(pts, radii, slot=0, tag="body")]
    if rattle:
        tip = np.array(pts[0])
        for k in range(5):  # the rattle's stacked, pale, ringed segments rising from the tip
            c = tip + v3(0, 0.035 * k, -0.005 * k)
            parts.append(
                sphere(1.0, at(*c) @ scl(r * 0.42 * (1 - 0.08 * k), r * 0.28, r * 0.42), "tooth")
            )
    if p("pattern", 0.0) >= 0.25:  # dark blotches down its back (a python's, a boa's)
        for k in range(1, n - 2):
            for f in (0.0, 0.5):
                a, b = np.array(pts[k]), np.array(pts[k + 1])
                c = a + (b - a) * f + v3(0, radii[k] * 0.8, 0)
                d = b - a
                m = (
                    at(*c)
                    @ rot("y", np.degrees(np.arctan2(d[0], d[2])))
                    @ scl(r * 0.7, r * 0.3, r * 0.9)
                )
                parts.append(sphere(1.0, m, "marking"))
    head = np.array(pts[-1]) + v3(0, 0.01, 0.05)
    parts.append(ellipsoid(head, r * 1.25, r * 0.8, r * 1.7, 0))
    parts += _eyes(head + v3(0, r * 0.3, r * 0.9), r * 0.22, r * 0.7, 0.0)
    return parts


def _rope(rng: Rng) -> list[Part]:
    """A coil of rope lying on the ground: turns wound flat and then up over each other, its
    loose end trailing away, its twist drawn as strands round it."""
    turns = 3.5
    t = np.linspace(0.0, turns * 2 * np.pi, 90)
    r = 0.34 - 0.035 * (t / (2 * np.pi))
    y = 0.05 + 0.055 * np.floor(t / (2 * np.pi) * 0.999) * (t > 2 * np.pi)
    path = np.stack([r * np.cos(t), y, r * np.sin(t)], 1)
    end = path[0] + np.array([0.1, -0.01, -0.35])
    path = np.vstack([[end, path[0] + np.array([0.08, -0.01, -0.15])], path])
    parts = [tube(path, 0.05, slot=0, tag="body")]
    for k in range(3):  # the strands twisting along it
        phase = 2 * np.pi * k / 3
        strand = [p + 0.045 * np.array([np.cos(9 * i / 4 + phase), np.sin(9 * i / 4 + phase), 0.0])
                  for i, p in enumerate(path[::2])]  # fmt: skip
        parts.append(tube(strand, 0.012, slot=0))
    del rng
    return parts


def _gastropod(shell: float, length: float) -> list[Part]:
    """A snail (``shell`` over 0.3) or a slug: a foot gliding along +z, the head raised, two eye
    stalks, and a shell coiled in a logarithmic spiral standing on the back."""
    L = 0.8 + 0.5 * length
    foot = [(0, 0.05, -L / 2), (0, 0.07, -L / 4), (0, 0.08, L / 6), (0, 0.12, L / 2 - 0.05)]
    foot.append((0, 0.2, L / 2 + 0.02))
    parts = [tube(foot, [0.0, 0.09, 0.12, 0.1, 0.07], m=scl(1.5, 1, 1), slot=0, tag="body")]
    head = np.array([0, 0.2, L / 2 + 0.02])
    for s in (-1, 1):
        tip = head + v3(s * 0.07, 0.2, 0.08)
        parts.append(tube([head + v3(s * 0.03, 0, 0), tip], [0.02, 0.012], slot=0))
        parts.append(sphere(0.025, at(*tip), "pupil", "eyes"))
    if shell > 0.3:  # whorls that touch, coiling in the yz plane out to the back
        turns = np.linspace(0, 4.0 * np.pi, 48)
        radius = 0.22 * np.exp(0.13 * (turns - turns[-1]))
        c = np.array([0, 0.4, -0.1])
        pts = [c + v3(0, R * np.cos(t), R * np.sin(t)) for t, R in zip(turns, radius, strict=True)]
        parts.append(tube(pts, list(0.56 * radius), m=scl(1.3, 1, 1), slot=1, tag="body"))
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
    f.__name__: f for f in (quadruped, bird, fish, insect, serpent, cephalopod)
}
"""Creature family builders by family name."""
