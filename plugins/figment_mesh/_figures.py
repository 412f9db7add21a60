"""The biped family's characters (its ``figure`` parameter): a wizard, a witch, a knight, a
king, a skeleton, a zombie, a mummy, a vampire, a werewolf, a minotaur, a centaur, a mermaid, a
troll, a goblin, a golem, a lich, an angel, a demon, a fairy, a pirate, a ninja, a chef and a
cowboy, each a figure from one kit: a body, and what it wears (a robe, a pointed hat, a crown,
a cape, armour, wrappings) and holds (a staff, a sword and shield, a broom, a club).

Slots follow each character's own materials in the parse stage (``FIGURE_MATERIALS``): slot 0
is what it is mostly made of (a wizard's robe, a knight's armour, a skeleton's bone, a
zombie's skin), 1 and 2 the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from ._families_a import WING, WING_BONE, Params, animal_head, bare_skull, ellipsoid, stick
from ._geometry import Part, Slot, at, rot, scl, v3
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import leaf, star, wing

__all__ = ["FIGURES", "beard", "cape", "figure_body", "robe"]

Rng = np.random.Generator

HIP, SHOULDER = 0.42, 0.8


@dataclass
class Body:
    """A built figure and where its kit goes: the head's centre and radius, the hands (+x is
    the hand that holds), the half-width of the shoulders."""

    parts: list[Part]
    head: np.ndarray
    hr: float
    hand: np.ndarray
    other: np.ndarray
    w: float


_ARMS = {  # (elbow, hand) of the +x arm by pose, in shoulder widths w and from the shoulder
    "down": ((1.3, -0.16, 0.02), (1.35, -0.32, 0.05)),
    "hold": ((1.35, -0.17, 0.0), (1.3, -0.22, 0.16)),
    "forward": ((1.05, -0.03, 0.17), (0.95, -0.04, 0.34)),
    "up": ((1.7, 0.08, 0.0), (1.85, 0.24, 0.03)),
    "out": ((1.9, -0.1, 0.04), (2.3, -0.18, 0.1)),
}


def _arm(s: int, pose: str, w: float, shoulder: float) -> tuple[np.ndarray, np.ndarray]:
    (ex, ey, ez), (hx, hy, hz) = _ARMS[pose]
    return v3(s * w * ex, shoulder + ey, ez), v3(s * w * hx, shoulder + hy, hz)


def figure_body(
    skin: Slot,
    top: Slot,
    legs: Slot | None,
    *,
    sleeves: Slot | None = None,
    width: float = 0.4,
    poses: tuple[str, str] = ("down", "down"),
    bulk: float = 1.0,
    hunch: float = 0.0,
    head: bool = True,
) -> Body:
    """A person: legs (none under a robe or a tail), hips, a torso narrowing at the waist,
    arms posed (the holding arm first), hands, a neck and a head with eyes. ``bulk`` widens
    and thickens everything (a troll), ``hunch`` bends the head and shoulders forward."""
    w = (0.11 + 0.1 * width) * bulk
    sh = SHOULDER - 0.06 * hunch
    lean = 0.1 * hunch
    parts: list[Part] = []
    if legs is not None:
        for s in (-1, 1):
            hip, knee, ankle = (s * w * 0.5, HIP + 0.02, 0), (s * w * 0.55, HIP / 2, 0.015), (
                s * w * 0.55, 0.05, 0)  # fmt: skip
            parts.append(tube([hip, knee, ankle], [0.06 * bulk, 0.048 * bulk, 0.036 * bulk],
                              slot=legs))  # fmt: skip
            parts.append(ellipsoid((s * w * 0.55, 0.03, 0.035), 0.045 * bulk, 0.035, 0.085, legs))
        parts.append(ellipsoid((0, HIP + 0.05, 0), w * 0.95, 0.08, 0.1 * bulk, legs))
    parts.append(ellipsoid((0, HIP + 0.16, lean * 0.3), w * 0.8, 0.12, 0.09 * bulk, top, "body"))
    parts.append(ellipsoid((0, HIP + 0.3, lean * 0.7), w * 1.1, 0.13, 0.11 * bulk, top))
    arm_slot = top if sleeves is None else sleeves
    hands = []
    for s, pose in zip((1, -1), poses, strict=True):
        a0 = v3(s * w * 1.1, sh, lean)
        elbow, hand = _arm(s, pose, w, sh)
        elbow, hand = elbow + v3(0, 0, lean), hand + v3(0, 0, lean)
        parts.append(sphere(0.055 * bulk, at(*a0), arm_slot))
        parts.append(tube([a0, elbow, hand], [0.045 * bulk, 0.036 * bulk, 0.03 * bulk],
                          slot=arm_slot))  # fmt: skip
        parts.append(sphere(0.035 * bulk, at(*hand), skin))
        hands.append(hand)
    parts.append(stick((0, sh - 0.02, lean), (0, sh + 0.07, lean * 1.5), 0.04 * bulk, skin))
    centre = v3(0, sh + 0.16 - 0.04 * hunch, lean * 1.8)
    hr = (0.1 + 0.02 * width) * (1 + 0.15 * (bulk - 1))
    if head:
        parts.append(ellipsoid(centre, hr * 0.9, hr, hr * 0.95, skin))
        parts += _eyes(centre, hr)
    return Body(parts, centre, hr, hands[0], hands[1], w)


def _eyes(head: np.ndarray, hr: float, slot: Slot = "pupil") -> list[Part]:
    return [sphere(hr * 0.1, at(*(head + v3(s * hr * 0.35, hr * 0.1, hr * 0.86))), slot, "eyes")
            for s in (-1, 1)]  # fmt: skip


# ---- what they wear


def robe(b: Body, slot: Slot, hem: float = 0.27) -> list[Part]:
    """A long robe from the shoulders to the floor, flaring at the hem."""
    w = b.w
    prof = [(0.0, 0.0), (hem, 0.0), (hem * 0.9, 0.12), (w * 1.05, HIP), (w * 1.1, HIP + 0.28),
            (w * 0.8, SHOULDER + 0.02), (0.0, SHOULDER + 0.05)]  # fmt: skip
    return [lathe(prof, at(0, 0, 0) @ scl(1, 1, 0.75), slot, "body")]


def _pointed_hat(
    b: Body, slot: Slot, brim: float, tall: float, tilt: float = -10, bend: bool = False
) -> list[Part]:
    """A tall cone on a round brim, leaning back; its tip bent over (a witch's)."""
    base = at(*(b.head + v3(0, b.hr * 0.6, -b.hr * 0.1))) @ rot("x", tilt)
    hr = b.hr
    cone = [
        (0.0, 0.0),
        (hr * 1.05, 0.0),
        (hr * 0.7, tall * 0.35),
        (hr * 0.3, tall * 0.75),
        (0.0, tall),
    ]
    parts = [cylinder(brim, brim, 0.012, base, slot), lathe(cone, base, slot)]
    parts.append(torus(hr * 1.0, 0.012, base @ at(0, 0.02, 0), "marking"))  # the band
    if bend:
        tip = base @ np.array([0.0, tall * 0.8, 0.0, 1.0])
        parts.append(tube([tip[:3], tip[:3] + v3(0.04, 0.05, -0.06), tip[:3] + v3(0.1, 0.0, -0.1)],
                          [hr * 0.2, hr * 0.1, 0.0], slot=slot))  # fmt: skip
    return parts


def _crown(b: Body, slot: Slot, points: int = 5) -> list[Part]:
    """A band of gold with points, a ball on each, and gems round it."""
    c = b.head + v3(0, b.hr * 0.75, -b.hr * 0.05)
    r = b.hr * 0.8
    parts = [cylinder(r, r * 1.05, b.hr * 0.35, at(*c), slot)]
    for k in range(points):
        a = 2 * np.pi * k / points
        p = c + v3(r * np.sin(a), b.hr * 0.3, r * np.cos(a))
        parts.append(cylinder(b.hr * 0.12, 0.0, b.hr * 0.35, at(*p), slot))
        parts.append(sphere(b.hr * 0.06, at(*(p + v3(0, b.hr * 0.37, 0))), slot))
        g = c + v3(
            r * 1.02 * np.sin(a + np.pi / points),
            b.hr * 0.17,
            r * 1.02 * np.cos(a + np.pi / points),
        )
        parts.append(sphere(b.hr * 0.06, at(*g), "glow"))
    return parts


def cape(b: Body, slot: Slot, collar: bool = False) -> list[Part]:
    """A cape from the shoulders to the heels, standing out behind; a high collar (a vampire's)."""
    w = b.w
    top = SHOULDER + 0.02
    outline = [(-w * 1.15, top), (w * 1.15, top), (w * 1.9, 0.06), (0.0, 0.03), (-w * 1.9, 0.06)]
    parts = [
        slab(outline, 0.018, at(0, 0, -0.13) @ at(0, top, 0) @ rot("x", -9) @ at(0, -top, 0), slot)
    ]
    if collar:
        fan = [
            (-b.hr * 1.1, 0.0),
            (b.hr * 1.1, 0.0),
            (b.hr * 1.9, b.hr * 1.9),
            (-b.hr * 1.9, b.hr * 1.9),
        ]
        parts.append(slab(fan, 0.015, at(0, top, -0.07) @ rot("x", -20), slot))
    return parts


def beard(b: Body, slot: Slot, length: float) -> list[Part]:
    """A beard from the chin down over the chest, and a moustache."""
    h, hr = b.head, b.hr
    chin = h + v3(0, -hr * 0.45, hr * 0.7)
    parts = [tube([chin + v3(0, hr * 0.2, -hr * 0.1), chin + v3(0, -length * 0.5, hr * 0.25),
                   chin + v3(0, -length, hr * 0.1)], [hr * 0.55, hr * 0.45, 0.0], slot=slot)]  # fmt: skip
    for s in (-1, 1):
        parts.append(tube([h + v3(0, -hr * 0.25, hr * 0.95), h + v3(s * hr * 0.45, -hr * 0.35, hr * 0.8)],
                          [hr * 0.14, hr * 0.06], slot=slot))  # fmt: skip
    return parts


def _hood(b: Body, slot: Slot) -> list[Part]:
    """A hood over the head, open at the face, which shows dark inside it."""
    h, hr = b.head, b.hr
    return [ellipsoid(h + v3(0, hr * 0.15, -hr * 0.3), hr * 1.15, hr * 1.2, hr * 1.05, slot),
            ellipsoid(h + v3(0, 0, hr * 0.45), hr * 0.75, hr * 0.85, hr * 0.5, "marking")]  # fmt: skip


def _wraps(centre, r: float, length: float, n: int, slot: Slot, rng: Rng) -> list[Part]:
    """Bands wound round a limb or the body: tilted rings one over another."""
    out = []
    for k in range(n):
        t = (k + 0.5) / n - 0.5
        c = v3(*centre) + v3(0, t * length, 0)
        out.append(
            torus(
                r,
                r * 0.22,
                at(*c) @ rot("x", rng.uniform(-18, 18)) @ rot("z", rng.uniform(-10, 10)),
                slot,
            )
        )
    return out


# ---- what they hold


def _staff(b: Body, slot: Slot) -> list[Part]:
    """A staff standing in the holding hand, taller than its bearer, an orb glowing at its top."""
    x, z = b.hand[0], b.hand[2]
    tip = b.head[1] + 0.25
    parts = [stick((x, 0.0, z), (x, tip, z), 0.016, slot)]
    for k in range(3):  # a claw holding the orb
        a = 2 * np.pi * k / 3
        parts.append(tube([(x, tip - 0.01, z), (x + 0.04 * np.cos(a), tip + 0.04, z + 0.04 * np.sin(a)),
                           (x + 0.015 * np.cos(a), tip + 0.1, z + 0.015 * np.sin(a))], [0.01, 0.008, 0.0], slot=slot))  # fmt: skip
    parts.append(sphere(0.045, at(x, tip + 0.055, z), "glow"))
    return parts


def _sword(hand: np.ndarray, slot: Slot, grip: Slot) -> list[Part]:
    """A sword held out before the bearer, pointing up and forward: blade, crossguard, grip and
    pommel."""
    m = at(*hand) @ rot("x", 40)
    return [
        box(0.045, 0.5, 0.012, m @ at(0, 0.31, 0), slot),
        box(0.15, 0.025, 0.03, m @ at(0, 0.05, 0), grip),
        stick(
            (m @ np.array([0, -0.05, 0, 1.0]))[:3],
            (m @ np.array([0, 0.05, 0, 1.0]))[:3],
            0.016,
            grip,
        ),
        sphere(0.025, m @ at(0, -0.06, 0), grip),
    ]


def _shield(b: Body, slot: Slot, rim: Slot) -> list[Part]:
    """A heater shield on the other arm, turned out to the side and front, with a cross."""
    o = b.other + v3(-0.04, 0.07, 0.06)
    outline = [(-0.15, 0.14), (0.15, 0.14), (0.14, -0.04), (0.0, -0.2), (-0.14, -0.04)]
    m = at(*o) @ rot("y", -35)
    return [slab(outline, 0.03, m, slot),
            box(0.035, 0.26, 0.012, m @ at(0, -0.01, 0.02), rim),
            box(0.2, 0.035, 0.012, m @ at(0, 0.05, 0.02), rim)]  # fmt: skip


def _club(b: Body, slot: Slot) -> list[Part]:
    """A knobbly club hanging from the holding hand to the ground."""
    h = b.hand
    end = v3(h[0] + 0.08, 0.06, h[2] + 0.1)
    parts = [tube([h + v3(0, 0.04, 0), end], [0.025, 0.07], slot=slot)]
    for k in range(4):
        c = (
            h
            + (end - h) * (0.6 + 0.12 * k)
            + v3(0.04 * np.cos(k * 2.1), 0.0, 0.04 * np.sin(k * 2.1))
        )
        parts.append(sphere(0.03, at(*c), slot))
    return parts


def _broom(b: Body, slot: Slot, bristles: Slot) -> list[Part]:
    """A broom held upright: a long handle, a bound bundle of twigs at the foot."""
    x, z = b.hand[0], b.hand[2]
    return [stick((x, 0.22, z), (x, b.head[1] + 0.1, z), 0.014, slot),
            cylinder(0.02, 0.085, 0.24, at(x, 0.0, z) @ at(0, 0.0, 0) @ rot("x", 180) @ at(0, -0.24, 0), bristles),
            torus(0.028, 0.008, at(x, 0.2, z), "marking")]  # fmt: skip


def _wand(b: Body) -> list[Part]:
    h = b.hand
    tip = h + v3(0.02, 0.16, 0.08)
    return [
        stick(h, tip, 0.007, "marking"),
        slab(star(5, 0.45), 0.01, at(*tip) @ scl(0.045), "glow"),
    ]


# ---- heads, wings and tails


def _beast_head(b: Body, values: dict[str, float], slot: Slot) -> list[Part]:
    """An animal's head (a wolf's, a bull's) on a person's shoulders."""
    parts = animal_head(Params(values), b.head, b.hr * 1.15, 0.0, values.get("width", 0.4))
    return [
        replace(p, slot=slot if p.slot == 0 else "tooth") if p.slot in (0, 1) else p for p in parts
    ]


def _skull_head(b: Body, slot: Slot, eyes: Slot = "marking") -> list[Part]:
    """A skull in place of a head: a cranium, a narrower jaw, dark eye sockets, teeth."""
    h, hr = b.head, b.hr
    parts = [ellipsoid(h + v3(0, hr * 0.2, -hr * 0.05), hr * 0.85, hr * 0.8, hr * 0.95, slot),
             ellipsoid(h + v3(0, -hr * 0.4, hr * 0.25), hr * 0.55, hr * 0.4, hr * 0.55, slot)]  # fmt: skip
    for s in (-1, 1):  # deep round sockets under a brow, cheekbones beside them
        parts.append(
            ellipsoid(
                h + v3(s * hr * 0.33, hr * 0.02, hr * 0.74), hr * 0.27, hr * 0.26, hr * 0.14, eyes
            )
        )
        parts.append(
            ellipsoid(
                h + v3(s * hr * 0.5, -hr * 0.28, hr * 0.45), hr * 0.2, hr * 0.14, hr * 0.25, slot
            )
        )
    parts.append(
        slab(
            [(-0.5, 0), (0.5, 0), (0, 0.9)],
            1.0,
            at(*(h + v3(0, -hr * 0.3, hr * 0.88))) @ scl(hr * 0.2, hr * 0.25, hr * 0.05),
            "marking",
        )
    )
    for k in range(6):
        parts.append(
            box(
                hr * 0.12,
                hr * 0.15,
                hr * 0.05,
                at(*(h + v3((k - 2.5) * hr * 0.13, -hr * 0.55, hr * 0.72))),
                "tooth",
            )
        )
    return parts


def _feathered_wings(b: Body, slot: Slot) -> list[Part]:
    """Two great feathered wings raised from the shoulder blades (an angel's)."""
    out = []
    for s in (-1, 1):
        m = at(s * 0.04, SHOULDER - 0.04, -0.12) @ scl(s, 1, 1) @ rot("y", 30) @ rot("z", 28)
        out.append(slab(wing(), 0.025, m @ scl(0.55), slot, "wings"))
    return out


def _bat_wings(b: Body, slot: Slot, bone: Slot) -> list[Part]:
    """Two leathery wings of skin between finger bones (a demon's)."""
    out = []
    for s in (-1, 1):
        m = at(s * 0.05, SHOULDER - 0.03, -0.12) @ scl(s, 1, 1) @ rot("y", 30) @ rot("z", 25)
        out.append(slab(WING, 0.015, m @ scl(0.6), slot, "wings"))
        pts = [m @ np.array([x * 0.6, y * 0.6, 0.0, 1.0]) for x, y in WING_BONE]
        out.append(tube([p[:3] for p in pts], [0.02, 0.016, 0.012, 0.0], slot=bone))
    return out


def _horns(b: Body, slot: Slot, size: float, out: float = 0.4) -> list[Part]:
    h, hr = b.head, b.hr
    parts = []
    for s in (-1, 1):
        r0 = h + v3(s * hr * 0.45, hr * 0.7, 0)
        r1 = r0 + v3(s * size * out, size * 0.6, -size * 0.2)
        parts.append(tube([r0, r1, r1 + v3(s * size * 0.1, size * 0.45, -size * 0.25)],
                          [hr * 0.18, hr * 0.12, 0.0], slot=slot))  # fmt: skip
    return parts


def _tail(slot: Slot, length: float, tip: Slot | None = None) -> list[Part]:
    t0 = v3(0, HIP + 0.05, -0.09)
    pts = [
        t0,
        t0 + v3(0.05, -0.2, -length * 0.4),
        t0 + v3(0.12, -0.25, -length * 0.8),
        t0 + v3(0.15, -0.12, -length),
    ]
    parts = [tube(pts, [0.025, 0.02, 0.015, 0.01], slot=slot)]
    if tip is not None:  # a spade at the end
        parts.append(
            slab(
                [(-0.05, 0.0), (0.0, -0.03), (0.05, 0.0), (0.0, 0.08)],
                0.01,
                at(*pts[-1]) @ rot("x", 60),
                tip,
            )
        )
    return parts


def _fish_tail(b: Body, slot: Slot, fin: Slot) -> list[Part]:
    """A fish's tail in place of legs, curling along the floor, ending in a fluke."""
    w = b.w
    pts = [
        v3(0, HIP + 0.1, 0),
        v3(0, HIP - 0.1, 0.04),
        v3(0, 0.12, 0.02),
        v3(0.06, 0.05, -0.2),
        v3(0.12, 0.1, -0.36),
    ]
    parts = [tube(pts, [w * 0.95, w * 0.85, w * 0.6, w * 0.32, 0.03], slot=slot, tag="body")]
    end = pts[-1]
    for s in (-1, 1):
        m = at(*end) @ rot("y", 20) @ rot("x", -70) @ rot("z", s * 35) @ at(0, 0.09, 0)
        parts.append(slab(leaf(0.45), 0.012, m @ scl(0.09), fin))
    return parts


# ---- the characters


def _wizard(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(1, 0, None, poses=("hold", "down"))
    return [*b.parts, *robe(b, 0), *beard(b, "snow", 0.3), *_pointed_hat(b, 0, b.hr * 2.0, 0.42, -14),
            *_staff(b, 2)]  # fmt: skip


def _witch(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(1, 0, None, poses=("hold", "down"))
    nose = b.head + v3(0, -b.hr * 0.05, b.hr * 0.85)
    hair = [tube([b.head + v3(s * b.hr * 0.7, b.hr * 0.2, -b.hr * 0.3), b.head + v3(s * b.hr * 0.9, -b.hr * 1.5, -b.hr * 0.4)],
                 [b.hr * 0.3, b.hr * 0.15], slot="marking") for s in (-1, 1)]  # fmt: skip
    return [*b.parts, *robe(b, 0), *hair, tube([nose, nose + v3(0, -0.02, b.hr * 0.5)], [b.hr * 0.15, 0.0], slot=1),
            *_pointed_hat(b, 0, b.hr * 2.6, 0.36, -8, bend=True), *_broom(b, 2, 2)]  # fmt: skip


def _skeleton(p: Params, rng: Rng) -> list[Part]:
    """Bones: a skull, a spine, ribs, a pelvis, long thin limbs with knobbed joints."""
    w = 0.15
    parts: list[Part] = []
    parts.append(stick((0, HIP, -0.03), (0, SHOULDER + 0.07, -0.03), 0.018, 0))
    for k in range(5):  # ribs
        y = SHOULDER - 0.04 - 0.055 * k
        r = 0.1 - 0.008 * k
        parts.append(torus(r, 0.011, at(0, y, 0.005) @ scl(1.1, 1, 0.8) @ rot("x", 12), 0))
    parts.append(box(0.025, 0.2, 0.015, at(0, SHOULDER - 0.15, 0.085), 0))  # the breastbone
    parts.append(ellipsoid((0, HIP + 0.02, 0), w * 0.9, 0.06, 0.07, 0, "body"))
    parts.append(stick((-w * 1.05, SHOULDER, 0), (w * 1.05, SHOULDER, 0), 0.014, 0))  # collarbones
    for s in (-1, 1):
        hip, knee, ankle = (
            v3(s * w * 0.5, HIP, 0),
            v3(s * w * 0.55, HIP / 2, 0.02),
            v3(s * w * 0.55, 0.04, 0),
        )
        elbow, hand = _arm(s, "down" if s < 0 else "hold", w, SHOULDER)
        sh = v3(s * w * 1.1, SHOULDER, 0)
        for a, c in ((hip, knee), (knee, ankle), (sh, elbow), (elbow, hand)):
            parts.append(stick(a, c, 0.016, 0))
        for j in (knee, elbow, sh):
            parts.append(sphere(0.026, at(*j), 0))
        parts.append(ellipsoid(ankle + v3(0, -0.01, 0.04), 0.03, 0.018, 0.07, 0))
        for f in range(3):  # fingers
            parts.append(
                stick(hand, hand + v3(s * 0.01 * (f - 1), -0.06, 0.015 * (f - 1)), 0.007, 0)
            )
    b = Body(parts, v3(0, SHOULDER + 0.17, 0.01), 0.1, v3(0, 0, 0), v3(0, 0, 0), w)
    parts.append(stick((0, SHOULDER + 0.02, -0.02), (0, SHOULDER + 0.1, 0), 0.016, 0))
    return [*parts, *_skull_head(b, 0)]


def _zombie(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(0, 1, 2, sleeves=1, poses=("forward", "forward"), hunch=0.4)
    parts = list(b.parts)
    for _ in range(4):  # tears in the shirt showing the skin beneath
        c = v3(rng.uniform(-0.1, 0.1), HIP + rng.uniform(0.12, 0.32), 0.1)
        parts.append(ellipsoid(c, rng.uniform(0.025, 0.04), rng.uniform(0.02, 0.035), 0.03, 0))
    parts.append(
        ellipsoid(
            b.head + v3(0, -b.hr * 0.5, b.hr * 0.8), b.hr * 0.3, b.hr * 0.12, b.hr * 0.1, "marking"
        )
    )
    return parts


def _mummy(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(0, 0, 0, poses=("forward", "forward"), hunch=0.2)
    parts = list(b.parts)
    w = b.w
    parts += _wraps((0, HIP + 0.2, 0), w * 0.95, 0.36, 6, 0, rng)
    for s in (-1, 1):
        parts += _wraps((s * w * 0.55, HIP / 2 + 0.02, 0.01), 0.055, HIP - 0.1, 5, 0, rng)
        _, hand = _arm(s, "forward", w, SHOULDER - 0.012)
        for k in range(4):
            c = v3(s * w * 1.1, SHOULDER, 0.02) + (hand - v3(s * w * 1.1, SHOULDER, 0.02)) * (
                0.2 + 0.22 * k
            )
            parts.append(torus(0.042, 0.01, at(*c) @ rot("x", 90 + rng.uniform(-15, 15)), 0))
    h, hr = b.head, b.hr
    parts += [torus(hr * 0.92, hr * 0.12, at(*(h + v3(0, (k - 1.5) * hr * 0.45, 0))) @ rot("x", rng.uniform(-20, 20)), 0)
              for k in range(4)]  # fmt: skip
    parts.append(
        box(hr * 1.1, hr * 0.18, hr * 0.1, at(*(h + v3(0, hr * 0.1, hr * 0.85))), "marking")
    )
    parts += _eyes(h + v3(0, 0, hr * 0.05), hr, "glow")
    return parts


def _vampire(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(1, 0, 0, poses=("down", "down"))
    h, hr = b.head, b.hr
    hair = ellipsoid(h + v3(0, hr * 0.35, -hr * 0.15), hr * 0.95, hr * 0.7, hr * 0.9, "marking")
    fangs = [cylinder(hr * 0.06, 0.0, hr * 0.15, at(*(h + v3(s * hr * 0.15, -hr * 0.4, hr * 0.88))) @ rot("x", 180), "tooth")
             for s in (-1, 1)]  # fmt: skip
    bow = box(0.06, 0.03, 0.02, at(0, SHOULDER - 0.01, 0.1), 2)
    return [*b.parts, hair, *fangs, bow, *cape(b, 2, collar=True)]


def _knight(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(0, 0, 0, poses=("hold", "hold"))
    h, hr = b.head, b.hr
    parts = [q for q in b.parts if q.tag != "eyes"]
    parts.append(
        cylinder(hr * 1.0, hr * 1.0, hr * 2.1, at(*(h + v3(0, -hr * 1.0, 0))), 0)
    )  # the helm
    parts.append(ellipsoid(h + v3(0, hr * 1.1, 0), hr, hr * 0.35, hr, 0))
    parts.append(
        box(hr * 1.3, hr * 0.12, hr * 0.1, at(*(h + v3(0, hr * 0.15, hr * 0.95))), "marking")
    )
    parts.append(tube([h + v3(0, hr * 1.3, 0), h + v3(0, hr * 1.9, -hr * 0.6), h + v3(0, hr * 1.2, -hr * 1.6)],
                      [hr * 0.2, hr * 0.35, hr * 0.1], slot=1))  # the plume # fmt: skip
    parts.append(
        lathe(
            [(0, 0), (b.w * 1.05, 0), (b.w * 1.0, 0.2), (0, 0.22)],
            at(0, HIP - 0.14, 0) @ scl(1, 1, 0.75),
            1,
        )
    )  # a tabard's skirt
    for s in (-1, 1):  # pauldrons
        parts.append(ellipsoid((s * b.w * 1.2, SHOULDER + 0.01, 0), 0.07, 0.05, 0.07, 0))
    return [*parts, *_sword(b.hand, "steel", 2), *_shield(b, 1, 0)]


def _king(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(1, 0, None, poses=("hold", "down"))
    parts = [*b.parts, *robe(b, 0, 0.3), *_crown(b, 2)]
    parts.append(
        torus(b.w * 0.95, 0.035, at(0, SHOULDER - 0.01, 0) @ scl(1, 1, 0.8), "snow")
    )  # ermine
    for k in range(10):
        a = 2 * np.pi * k / 10
        parts.append(
            sphere(
                0.01,
                at(b.w * 0.98 * np.sin(a), SHOULDER + 0.02, 0.8 * b.w * 0.98 * np.cos(a)),
                "marking",
            )
        )
    h = b.hand
    parts.append(stick(h + v3(0, -0.1, 0), h + v3(0, 0.28, 0), 0.013, 2))  # the sceptre
    parts.append(sphere(0.035, at(*(h + v3(0, 0.3, 0))), "glow"))
    return parts


def _werewolf(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(0, 0, 1, poses=("out", "out"), hunch=0.8, bulk=1.2, head=False)
    parts = list(b.parts)
    parts += _beast_head(b, {"trunk": 0.38, "ears": 0.6, "width": 0.35}, 0)
    for hand in (b.hand, b.other):
        for k in range(3):
            parts.append(
                cylinder(
                    0.008,
                    0.0,
                    0.05,
                    at(*(hand + v3((k - 1) * 0.015, -0.02, 0.02))) @ rot("x", 150),
                    "tooth",
                )
            )
    return [*parts, *_tail(0, 0.3)]


def _minotaur(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(0, 0, 0, poses=("hold", "down"), bulk=1.35, hunch=0.4, head=False)
    parts = [*b.parts, *_beast_head(b, {"trunk": 0.3, "ears": 0.5, "width": 0.9, "horns": 0.45}, 0)]
    parts.append(
        lathe(
            [(0, 0), (b.w * 1.05, 0), (b.w, 0.14), (0, 0.16)],
            at(0, HIP - 0.06, 0) @ scl(1, 1, 0.75),
            1,
        )
    )
    h = b.hand
    parts.append(stick(h + v3(0, -0.35, 0), h + v3(0, 0.35, 0), 0.015, 1))  # an axe
    parts.append(
        slab(leaf(0.9), 0.015, at(*(h + v3(0.09, 0.28, 0))) @ rot("z", 90) @ scl(0.12, 0.09, 1), 2)
    )
    return parts


def _centaur(p: Params, rng: Rng) -> list[Part]:
    """A horse's body with a person's torso rising from where its neck would be."""
    parts: list[Part] = [ellipsoid((0, 0.62, -0.15), 0.17, 0.17, 0.36, 0, "body")]
    for s in (-1, 1):
        for z in (0.09, -0.4):
            parts.append(
                tube(
                    [(s * 0.1, 0.6, z), (s * 0.11, 0.3, z + 0.02), (s * 0.1, 0.04, z)],
                    [0.05, 0.035, 0.03],
                    slot=0,
                )
            )
            parts.append(cylinder(0.035, 0.04, 0.04, at(s * 0.1, 0.0, z), "marking"))
    parts.append(
        tube(
            [(0, 0.7, -0.48), (0, 0.55, -0.62), (0, 0.3, -0.66)], [0.04, 0.05, 0.02], slot="marking"
        )
    )
    top = figure_body(1, 1, None, poses=("hold", "out"))
    lift = at(0, 0.35, 0.17)
    parts += [replace(q, matrix=lift @ q.matrix) for q in top.parts]
    head = (lift @ np.array([*top.head, 1.0]))[:3]
    b = Body([], head, top.hr, top.hand, top.other, top.w)
    parts.append(
        ellipsoid(
            b.head + v3(0, b.hr * 0.3, -b.hr * 0.2), b.hr * 0.95, b.hr * 0.8, b.hr * 0.9, "marking"
        )
    )
    h = (lift @ np.array([*top.other, 1.0]))[:3]
    parts.append(
        tube([h + v3(0, 0.25, 0.02), h + v3(-0.08, 0, 0.02), h + v3(0, -0.25, 0.02)], 0.01, slot=2)
    )  # a bow
    parts.append(stick(h + v3(0, 0.24, 0.02), h + v3(0, -0.24, 0.02), 0.003, "marking"))
    return parts


def _mermaid(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(1, 1, None, poses=("down", "out"))
    h, hr = b.head, b.hr
    parts = [*b.parts, *_fish_tail(b, 0, 0)]
    parts.append(tube([h + v3(0, hr * 0.5, -hr * 0.3), h + v3(0, -hr * 1.2, -hr * 1.0), h + v3(0, -hr * 3.2, -hr * 0.9)],
                      [hr * 0.95, hr * 0.8, hr * 0.2], slot="marking"))  # her hair # fmt: skip
    for s in (-1, 1):  # shells
        parts.append(ellipsoid((s * b.w * 0.45, HIP + 0.3, 0.095), 0.045, 0.04, 0.02, 2))
    return parts


def _troll(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(0, 0, 0, poses=("hold", "down"), bulk=1.6, hunch=1.0)
    h, hr = b.head, b.hr
    parts = [
        *b.parts,
        ellipsoid(h + v3(0, -hr * 0.1, hr * 0.95), hr * 0.3, hr * 0.35, hr * 0.35, 0),
    ]
    for s in (-1, 1):
        parts.append(
            tube(
                [h + v3(s * hr * 0.85, 0, 0), h + v3(s * hr * 1.5, hr * 0.3, -hr * 0.3)],
                [hr * 0.25, 0.0],
                slot=0,
            )
        )
        parts.append(
            cylinder(
                hr * 0.08,
                0.0,
                hr * 0.35,
                at(*(h + v3(s * hr * 0.3, -hr * 0.6, hr * 0.75))),
                "tooth",
            )
        )
    parts.append(
        lathe(
            [(0, 0), (b.w * 1.0, 0), (b.w * 0.95, 0.15), (0, 0.17)],
            at(0, HIP - 0.05, 0) @ scl(1, 1, 0.8),
            1,
        )
    )
    return [*parts, *_club(b, 2)]


def _goblin(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(0, 1, 1, width=0.1, poses=("hold", "down"), hunch=0.5, head=False)
    h, hr = b.head, b.hr
    parts = list(b.parts)
    parts.append(ellipsoid(h, hr * 1.15, hr * 1.05, hr * 1.05, 0))  # a big head
    parts += _eyes(h + v3(0, hr * 0.1, hr * 0.2), hr * 1.1, "glow")
    parts.append(
        tube([h + v3(0, 0, hr * 0.9), h + v3(0, -hr * 0.3, hr * 1.55)], [hr * 0.2, 0.0], slot=0)
    )
    for s in (-1, 1):  # long pointed ears out sideways
        m = at(*(h + v3(s * hr * 1.0, hr * 0.15, 0))) @ rot("z", -s * 75) @ at(0, hr * 0.7, 0)
        parts.append(slab(leaf(0.45), 0.015, m @ scl(hr * 0.55, hr * 0.8, 1), 0))
    hand = b.hand
    parts.append(box(0.025, 0.16, 0.008, at(*(hand + v3(0, 0.1, 0.02))), 2))  # a dagger
    parts.append(box(0.07, 0.015, 0.02, at(*(hand + v3(0, 0.02, 0.01))), "marking"))
    return parts


def _golem(p: Params, rng: Rng) -> list[Part]:
    """A golem of hewn blocks: pillar legs, a great chest leaning forward, a small head sunk
    between boulder shoulders, long arms hanging to heavy fists, glowing eyes and a rune on the
    chest, moss in the cracks."""

    def block(w, h, d, x, y, z, tag=""):
        tilt = rot("y", rng.uniform(-8, 8)) @ rot("z", rng.uniform(-5, 5))
        return box(w, h, d, at(x, y, z) @ tilt, 0, tag)

    parts = [block(0.52, 0.36, 0.32, 0, 0.46, 0.02, "body"), block(0.34, 0.14, 0.24, 0, 0.34, 0)]
    parts.append(block(0.2, 0.15, 0.18, 0, 0.83, 0.08))  # the head
    for s in (-1, 1):
        parts.append(block(0.15, 0.3, 0.18, s * 0.1, 0.05, 0))  # legs
        parts.append(block(0.19, 0.07, 0.24, s * 0.1, 0.0, 0.03))  # feet
        parts.append(sphere(1.0, at(s * 0.32, 0.8, 0.0) @ scl(0.13, 0.11, 0.13), 0))  # shoulders
        parts.append(block(0.12, 0.24, 0.13, s * 0.35, 0.52, 0.02))  # upper arms
        parts.append(block(0.15, 0.24, 0.15, s * 0.37, 0.26, 0.05))  # forearms
        parts.append(sphere(1.0, at(s * 0.37, 0.2, 0.06) @ scl(0.1, 0.09, 0.1), 0))  # fists
        parts.append(ellipsoid((s * 0.045, 0.91, 0.175), 0.025, 0.015, 0.01, "glow", "eyes"))
    parts.append(slab(star(4, 0.3), 0.012, at(0, 0.65, 0.19) @ scl(0.08), "glow"))
    for _ in range(6):  # moss in the cracks
        x, y = rng.uniform(-0.22, 0.22), rng.uniform(0.5, 0.78)
        parts.append(ellipsoid((x, y, 0.17), 0.05, 0.025, 0.02, 1))
    return parts


def _lich(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(1, 0, None, poses=("hold", "out"), hunch=0.3, head=False)
    parts = [
        *b.parts,
        *robe(b, 0, 0.3),
        *_skull_head(b, 1, "glow"),
        *_crown(b, 2, 4),
        *_staff(b, 1),
    ]
    parts.append(
        ellipsoid(b.head + v3(0, b.hr * 0.1, -b.hr * 0.75), b.hr * 1.15, b.hr * 1.2, b.hr * 0.6, 0)
    )  # the hood behind
    return parts


def _angel(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(1, 0, None, poses=("down", "down"))
    hair = ellipsoid(
        b.head + v3(0, b.hr * 0.3, -b.hr * 0.15), b.hr, b.hr * 0.8, b.hr * 0.95, "marking"
    )
    halo = torus(
        b.hr * 0.8, 0.012, at(*(b.head + v3(0, b.hr * 1.45, -b.hr * 0.2))) @ rot("x", -15), "glow"
    )
    return [*b.parts, *robe(b, 0), hair, halo, *_feathered_wings(b, 2)]


def _demon(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(0, 0, 0, poses=("out", "hold"), bulk=1.15)
    parts = [*b.parts, *_horns(b, 1, 0.18), *_bat_wings(b, 0, 1), *_tail(0, 0.45, tip=0)]
    parts += _eyes(b.head, b.hr, "glow")
    return parts


def _fairy(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(1, 0, 1, width=0.0, poses=("hold", "out"))
    parts = [
        *b.parts,
        lathe([(0, 0), (0.15, 0), (0.09, 0.15), (0, 0.17)], at(0, HIP - 0.05, 0), 0),
    ]  # a short dress
    parts.append(
        ellipsoid(b.head + v3(0, b.hr * 0.35, -b.hr * 0.1), b.hr, b.hr * 0.75, b.hr, "marking")
    )
    for s in (-1, 1):
        for up, size in ((1, 0.3), (-1, 0.2)):
            m = (
                at(s * 0.03, SHOULDER - 0.08, -0.1)
                @ scl(s, 1, 1)
                @ rot("y", 25)
                @ rot("z", up * 35)
            )
            parts.append(
                slab(
                    leaf(0.55),
                    0.008,
                    m @ rot("z", -90) @ at(0, size, 0) @ scl(size * 0.8, size, 1),
                    2,
                    "wings",
                )
            )
    return [*parts, *_wand(b)]


def _pirate(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(1, 0, "marking", poses=("hold", "down"))
    h, hr = b.head, b.hr
    parts = [
        *b.parts,
        lathe(
            [(0, 0), (b.w * 1.25, 0), (b.w * 1.15, 0.3), (0, 0.32)],
            at(0, HIP - 0.12, 0) @ scl(1, 1, 0.75),
            0,
        ),
    ]  # coat tails
    corners = [(0.0, 1.25), (1.15, -0.75), (-1.15, -0.75)]  # a tricorn: its brim turned up
    brim = at(*(h + v3(0, hr * 0.7, 0))) @ rot("x", -90) @ scl(hr * 1.3, hr * 1.3, hr * 0.4)
    parts.append(slab(corners, 1.0, brim, 2))
    parts.append(ellipsoid(h + v3(0, hr * 0.85, 0), hr * 0.9, hr * 0.5, hr * 0.9, 2))
    parts.append(
        ellipsoid(h + v3(hr * 0.35, hr * 0.1, hr * 0.88), hr * 0.22, hr * 0.2, hr * 0.06, "marking")
    )  # eyepatch
    parts.append(torus(hr * 0.93, 0.006, at(*(h + v3(0, hr * 0.25, 0))) @ rot("z", -20), "marking"))
    parts += beard(b, "marking", 0.0)[1:]  # a moustache
    hand = b.hand
    parts.append(
        tube(
            [hand + v3(0, 0.04, 0.01), hand + v3(0.03, 0.25, 0.06), hand + v3(0.0, 0.4, 0.04)],
            [0.02, 0.018, 0.0],
            slot="steel",
        )
    )
    parts.append(torus(0.035, 0.008, at(*(hand + v3(0, 0.02, 0.01))) @ rot("z", 90), 2))
    return parts


def _ninja(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(0, 0, 0, poses=("hold", "out"))
    h, hr = b.head, b.hr
    parts = [q for q in b.parts if q.tag != "eyes"]
    parts.append(
        box(hr * 1.5, hr * 0.35, hr * 0.2, at(*(h + v3(0, hr * 0.1, hr * 0.78))), 1)
    )  # the eyes' slit
    parts += _eyes(h + v3(0, 0, hr * 0.1), hr)
    parts.append(torus(hr * 0.92, hr * 0.1, at(*(h + v3(0, hr * 0.45, 0))), 2))  # the headband
    parts.append(
        tube(
            [h + v3(0, hr * 0.45, -hr * 0.9), h + v3(0.05, hr * 0.2, -hr * 1.8)],
            [hr * 0.1, hr * 0.05],
            slot=2,
        )
    )
    parts.append(torus(b.w * 0.8, 0.02, at(0, HIP + 0.12, 0) @ scl(1, 1, 0.6), 2))  # a sash
    parts.append(
        box(0.018, 0.62, 0.012, at(0, SHOULDER - 0.05, -0.13) @ rot("z", 35), "steel")
    )  # a katana on the back
    parts.append(box(0.03, 0.16, 0.025, at(0.17, SHOULDER + 0.19, -0.13) @ rot("z", 35), "marking"))
    parts.append(slab(star(4, 0.3), 0.008, at(*(b.hand + v3(0, 0.04, 0.03))) @ scl(0.05), "steel"))
    return parts


def _chef(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(1, 0, "marking", poses=("hold", "down"))
    h, hr = b.head, b.hr
    parts = list(b.parts)
    parts.append(
        cylinder(hr * 0.85, hr * 0.95, hr * 0.9, at(*(h + v3(0, hr * 0.55, 0))), 0)
    )  # the toque
    parts.append(ellipsoid(h + v3(0, hr * 1.55, 0), hr * 1.25, hr * 0.6, hr * 1.2, 0))
    parts.append(slab([(-b.w * 0.9, 0.0), (b.w * 0.9, 0.0), (b.w * 0.7, 0.42), (-b.w * 0.7, 0.42)], 0.012,
                      at(0, HIP - 0.1, 0.105), 0))  # the apron # fmt: skip
    parts += beard(b, "marking", 0.0)[1:]  # a moustache
    hand = b.hand
    parts.append(stick(hand + v3(0, -0.02, 0), hand + v3(0, 0.12, 0.05), 0.01, 2))  # a wooden spoon
    parts.append(ellipsoid(hand + v3(0, 0.16, 0.065), 0.025, 0.04, 0.01, 2))
    return parts


def _cowboy(p: Params, rng: Rng) -> list[Part]:
    b = figure_body(1, 0, 2, poses=("down", "down"))
    h, hr = b.head, b.hr
    parts = list(b.parts)
    base = at(*(h + v3(0, hr * 0.65, 0)))
    parts.append(lathe([(0, 0), (hr * 2.1, 0), (hr * 2.2, hr * 0.25), (hr * 2.0, hr * 0.1), (hr * 0.95, hr * 0.1),
                        (hr * 0.9, hr * 0.8), (0, hr * 0.7)], base @ scl(1, 1, 0.85), 2))  # fmt: skip
    parts.append(torus(b.w * 0.8, 0.02, at(0, HIP + 0.08, 0) @ scl(1, 1, 0.6), 2))  # the belt
    parts.append(box(0.05, 0.035, 0.015, at(0, HIP + 0.08, 0.1), "glow"))  # its buckle
    parts.append(
        slab([(-0.06, 0.0), (0.06, 0.0), (0.0, -0.07)], 0.01, at(0, SHOULDER + 0.02, 0.1), 2)
    )
    return parts


def _bust(p: Params, rng: Rng) -> list[Part]:
    """A sculpted bust on a plinth: head and shoulders cut off under the chest, curls of hair,
    a nose and blank eyes, on a turned socle and a square block."""
    parts: list[Part] = [
        box(0.34, 0.12, 0.34, None, 1),
        lathe(
            [(0.0, 0.0), (0.12, 0.0), (0.07, 0.08), (0.09, 0.14), (0.0, 0.14)], at(0, 0.12, 0), 0
        ),
    ]
    chest = [(0.0, 0.0), (0.3, 0.0), (0.33, 0.1), (0.3, 0.2), (0.16, 0.27), (0.07, 0.3), (0.0, 0.3)]
    parts.append(lathe(chest, at(0, 0.25, 0) @ scl(1, 1, 0.55), 0, "body"))
    head = v3(0, 0.72, 0.02)
    parts.append(stick((0, 0.5, 0), (0, 0.64, 0.01), 0.07, 0))
    parts.append(ellipsoid(head, 0.12, 0.15, 0.14, 0))
    parts.append(ellipsoid(head + v3(0, -0.08, 0.06), 0.08, 0.07, 0.08, 0))  # the jaw
    parts.append(
        tube([head + v3(0, 0.02, 0.13), head + v3(0, -0.04, 0.16)], [0.02, 0.025], slot=0)
    )  # nose
    for _ in range(14):  # curls
        a = rng.uniform(0, 2 * np.pi)
        e = rng.uniform(0.15, 1.2)
        c = head + v3(
            0.13 * np.cos(e) * np.sin(a),
            0.05 + 0.12 * np.sin(e),
            0.13 * np.cos(e) * np.cos(a) - 0.02,
        )
        if c[2] > head[2] + 0.06 and c[1] < head[1] + 0.1:
            continue
        parts.append(sphere(0.04, at(*c), 0))
    return parts


def _bow_and_quiver(b: Body, slot: Slot) -> list[Part]:
    """A longbow held upright in the other hand, its string, and a quiver of arrows on the back."""
    h = b.other
    parts = [
        tube([h + v3(0, 0.38, -0.02), h + v3(-0.07, 0.2, 0.02), h + v3(-0.09, 0, 0.03),
              h + v3(-0.07, -0.2, 0.02), h + v3(0, -0.38, -0.02)], 0.012, slot=slot),
        stick(h + v3(0, 0.37, -0.02), h + v3(0, -0.37, -0.02), 0.003, "marking"),
    ]  # fmt: skip
    quiver = at(0.06, SHOULDER - 0.2, -0.13) @ rot("z", -20)
    parts.append(cylinder(0.04, 0.045, 0.32, quiver, slot))
    for k in range(4):
        tip = quiver @ np.array([0.02 * (k - 1.5), 0.42, 0.01 * (k % 2), 1.0])
        parts.append(
            stick((quiver @ np.array([0.02 * (k - 1.5), 0.3, 0, 1.0]))[:3], tip[:3], 0.005, slot)
        )
        parts.append(cylinder(0.015, 0.0, 0.04, at(*tip[:3]) @ rot("z", -20), "snow"))  # fletching
    return parts


def _pointed_ears(b: Body, slot: Slot) -> list[Part]:
    h, hr = b.head, b.hr
    out = []
    for s in (-1, 1):
        m = (
            at(*(h + v3(s * hr * 0.85, hr * 0.15, -hr * 0.1)))
            @ rot("z", -s * 50)
            @ at(0, hr * 0.4, 0)
        )
        out.append(slab(leaf(0.45), 0.012, m @ scl(hr * 0.35, hr * 0.55, 1), slot))
    return out


def _dwarf(p: Params, rng: Rng) -> list[Part]:
    """A dwarf: short and broad, a great braided beard to the belt, a round helmet, a belt and
    a war axe."""
    b = figure_body(1, 0, 2, width=1.0, poses=("hold", "down"), bulk=1.25)
    h, hr = b.head, b.hr
    parts = list(b.parts)
    parts += beard(b, "marking", 0.32)
    parts.append(
        ellipsoid(h + v3(0, hr * 0.45, -hr * 0.05), hr * 1.05, hr * 0.75, hr * 1.05, "steel")
    )
    parts.append(torus(hr * 1.0, hr * 0.12, at(*(h + v3(0, hr * 0.3, -hr * 0.05))), "steel"))
    parts.append(torus(b.w * 0.8, 0.025, at(0, HIP + 0.1, 0) @ scl(1, 1, 0.6), 2))  # the belt
    hand = b.hand
    parts.append(stick(hand + v3(0, -0.12, 0), hand + v3(0, 0.32, 0), 0.016, 2))
    parts.append(
        slab(
            leaf(0.9),
            0.015,
            at(*(hand + v3(0.08, 0.26, 0))) @ rot("z", 90) @ scl(0.14, 0.1, 1),
            "steel",
        )
    )
    return parts


def _elf(p: Params, rng: Rng) -> list[Part]:
    """An elf: slim and tall, long hair, pointed ears, a hooded cloak, a bow and a quiver."""
    b = figure_body(1, 0, 2, width=0.0, poses=("down", "hold"))
    h, hr = b.head, b.hr
    hair = tube([h + v3(0, hr * 0.5, -hr * 0.2), h + v3(0, -hr * 0.8, -hr * 0.7), h + v3(0, -hr * 2.2, -hr * 0.7)],
                [hr * 0.95, hr * 0.85, hr * 0.4], slot="marking")  # fmt: skip
    return [*b.parts, hair, *_pointed_ears(b, 1), *cape(b, 0), *_bow_and_quiver(b, 2)]


def _archer(p: Params, rng: Rng) -> list[Part]:
    """An archer in a hood and a short cloak, a bow in one hand, a quiver on the back."""
    b = figure_body(1, 0, 2, poses=("down", "hold"))
    return [*b.parts, *_hood(b, 0), *cape(b, 0), *_bow_and_quiver(b, 2)]


def _monster(p: Params, rng: Rng) -> list[Part]:
    """A monster: a big shaggy round body on short legs, long arms ending in claws, a wide
    mouth full of fangs, two horns and one great eye."""
    y, r = 0.55, 0.36
    parts: list[Part] = [ellipsoid((0, y, 0), r, r * 1.05, r * 0.85, 0, "body")]
    for s in (-1, 1):
        parts.append(
            tube(
                [(s * 0.15, 0.3, 0), (s * 0.17, 0.12, 0.02), (s * 0.17, 0.04, 0.03)],
                [0.1, 0.09, 0.08],
                slot=0,
            )
        )
        for k in range(3):
            parts.append(
                cylinder(
                    0.015,
                    0.0,
                    0.06,
                    at(s * 0.17 + (k - 1) * 0.04, 0.02, 0.11) @ rot("x", 90),
                    "tooth",
                )
            )
        arm = [
            (s * r * 0.9, y + 0.1, 0.0),
            (s * (r + 0.15), y - 0.1, 0.08),
            (s * (r + 0.18), y - 0.35, 0.12),
        ]
        parts.append(tube(arm, [0.08, 0.065, 0.055], slot=0))
        hand = v3(*arm[-1])
        for k in range(3):
            parts.append(
                cylinder(
                    0.015,
                    0.0,
                    0.08,
                    at(*(hand + v3((k - 1) * 0.03, -0.04, 0.03))) @ rot("x", 160),
                    "tooth",
                )
            )
        horn = [
            (s * 0.14, y + r * 0.85, 0.0),
            (s * 0.26, y + r * 1.15, -0.02),
            (s * 0.3, y + r * 1.45, 0.04),
        ]
        parts.append(tube(horn, [0.05, 0.03, 0.0], slot=1))
    parts.append(sphere(0.11, at(0, y + 0.14, r * 0.72), "sclera"))
    parts.append(sphere(0.055, at(0, y + 0.14, r * 0.72 + 0.07), "pupil", "eyes"))
    parts.append(ellipsoid((0, y - 0.1, r * 0.75), 0.2, 0.07, 0.05, "marking"))  # the mouth
    for k in range(7):
        x = (k - 3) * 0.05
        up = k % 2
        parts.append(
            cylinder(
                0.016,
                0.0,
                0.06,
                at(x, y - 0.04 if up else y - 0.16, r * 0.8) @ rot("x", 180 if up else 0),
                "tooth",
            )
        )
    return parts


def _slime(p: Params, rng: Rng) -> list[Part]:
    """A slime: a glossy dome that slumps over the floor, drips at its edge, two big eyes and a
    small smile."""
    dome = [
        (0.0, 0.0),
        (0.45, 0.0),
        (0.47, 0.06),
        (0.42, 0.2),
        (0.3, 0.38),
        (0.12, 0.48),
        (0.0, 0.5),
    ]
    parts: list[Part] = [lathe(dome, None, 0, "body")]
    for k in range(7):
        a = 2 * np.pi * (k + rng.uniform(-0.2, 0.2)) / 7
        parts.append(ellipsoid((0.47 * np.cos(a), 0.04, 0.47 * np.sin(a)), 0.09, 0.04, 0.09, 0))
    for s in (-1, 1):
        parts.append(ellipsoid((s * 0.12, 0.3, 0.33), 0.055, 0.075, 0.03, "pupil", "eyes"))
        parts.append(sphere(0.018, at(s * 0.12 + 0.015, 0.33, 0.36), "snow"))
    parts.append(
        tube([(-0.07, 0.2, 0.39), (0.0, 0.17, 0.405), (0.07, 0.2, 0.39)], 0.012, slot="pupil")
    )
    return parts


def _astronaut(p: Params, rng: Rng) -> list[Part]:
    """An astronaut in a puffy suit: a round helmet with a dark visor on a collar ring, a life
    support pack on the back, thick gloves and boots, a flag patch."""
    b = figure_body(1, 0, 0, poses=("down", "down"), bulk=1.3, head=False)
    h, hr = b.head, b.hr * 1.35
    parts = list(b.parts)
    parts.append(sphere(hr, at(*h), 0))
    parts.append(
        sphere(1.0, at(*(h + v3(0, 0, hr * 0.25))) @ scl(hr * 0.85, hr * 0.62, hr * 0.85), "pupil")
    )
    parts.append(torus(hr * 0.8, hr * 0.18, at(*(h + v3(0, -hr * 0.85, 0))), 1))
    parts.append(box(0.3, 0.34, 0.14, at(0, HIP + 0.12, -0.17), 0))  # the pack
    for k in range(2):
        parts.append(cylinder(0.02, 0.02, 0.06, at(-0.07 + 0.14 * k, HIP + 0.46, -0.17), 1))
    for hand in (b.hand, b.other):
        parts.append(sphere(0.05, at(*hand), 1))
    parts.append(box(0.07, 0.045, 0.01, at(0.07, SHOULDER - 0.12, 0.14), "rainbow-blue"))
    for s in (-1, 1):
        parts.append(ellipsoid((s * b.w * 0.55, 0.04, 0.04), 0.07, 0.05, 0.1, 1))
    return parts


def _gorgon(p: Params, rng: Rng) -> list[Part]:
    """A gorgon (Medusa): a woman in a long robe whose hair is a nest of snakes writhing out
    from her head, each with its small head and dark eyes."""
    b = figure_body(1, 0, None, poses=("out", "down"))
    h, hr = b.head, b.hr
    parts = [*b.parts, *robe(b, 0)]
    for k in range(11):
        a = 2 * np.pi * k / 11 + rng.uniform(-0.2, 0.2)
        up = rng.uniform(0.2, 0.9)
        d = v3(np.cos(a) * (1 - up * 0.5), up, np.sin(a) * (1 - up * 0.5) - 0.2)
        root = h + d * hr * 0.8
        mid = root + d * hr * 1.1 + v3(0, hr * rng.uniform(-0.4, 0.4), 0)
        tip = mid + v3(np.cos(a + 1.2), 0.4, np.sin(a + 1.2)) * hr * 0.9
        parts.append(tube([root, mid, tip], [hr * 0.16, hr * 0.13, hr * 0.1], slot=2))
        parts.append(ellipsoid(tip, hr * 0.16, hr * 0.12, hr * 0.2, 2))
    return parts


def _ape(p: Params, rng: Rng) -> list[Part]:
    """An ape or a monkey: a hunched furry body on short bent legs, long arms reaching down to
    its knuckles, a round head with a bare face and a jutting muzzle, round ears; a monkey's
    long tail curling up behind (``tail``)."""
    bulk = 1.0 + 0.5 * p("width", 0.4)
    b = figure_body(0, 0, 0, poses=("down", "down"), bulk=bulk, hunch=1.0, head=False)
    h, hr = b.head + v3(0, -0.03, 0.02), b.hr * 1.05
    parts = list(b.parts)
    for s in (-1, 1):  # the long arms down to the ground, over the short ones
        sh = v3(s * b.w * 1.1, SHOULDER - 0.06, 0.1)
        parts.append(tube([sh, sh + v3(s * 0.06, -0.3, 0.08), v3(s * b.w * 1.5, 0.08, 0.2)],
                          [0.05 * bulk, 0.045 * bulk, 0.04 * bulk], slot=0))  # fmt: skip
        parts.append(sphere(0.045 * bulk, at(s * b.w * 1.5, 0.05, 0.2), 1))
        parts.append(
            ellipsoid(h + v3(s * hr * 0.95, hr * 0.1, -hr * 0.1), hr * 0.3, hr * 0.3, hr * 0.12, 1)
        )
    parts.append(ellipsoid(h, hr, hr * 0.95, hr * 0.95, 0))
    parts.append(
        ellipsoid(h + v3(0, -hr * 0.2, hr * 0.6), hr * 0.6, hr * 0.55, hr * 0.5, 1)
    )  # the face
    parts.append(
        ellipsoid(h + v3(0, -hr * 0.45, hr * 0.85), hr * 0.42, hr * 0.3, hr * 0.3, 1)
    )  # muzzle
    parts += _eyes(h + v3(0, hr * 0.05, hr * 0.05), hr)
    parts.append(
        ellipsoid(h + v3(0, hr * 0.2, hr * 0.85), hr * 0.55, hr * 0.1, hr * 0.12, 0)
    )  # brow
    if p("tail", 0.0) > 0.3:
        t0 = v3(0, HIP + 0.05, -0.1)
        parts.append(tube([t0, t0 + v3(0.05, -0.1, -0.3), t0 + v3(0.1, 0.25, -0.45), t0 + v3(0.02, 0.35, -0.35)],
                          [0.025, 0.02, 0.015, 0.01], slot=0))  # fmt: skip
    return parts


def _alien(p: Params, rng: Rng) -> list[Part]:
    """A little alien: a slender body, a big head swelling to its crown, huge dark almond eyes
    slanting up, and two antennae with glowing tips."""
    b = figure_body(0, 0, 0, width=0.0, head=False)
    h, hr = b.head, b.hr
    parts = list(b.parts)
    parts.append(
        sphere(1.0, at(*(h + v3(0, hr * 0.6, 0))) @ scl(hr * 1.55, hr * 1.75, hr * 1.4), 0)
    )
    parts.append(
        sphere(1.0, at(*(h + v3(0, -hr * 0.4, hr * 0.45))) @ scl(hr * 0.6, hr * 0.5, hr * 0.55), 0)
    )
    for s in (-1, 1):
        eye = at(*(h + v3(s * hr * 0.6, hr * 0.35, hr * 1.3))) @ rot("z", -s * 28)
        parts.append(sphere(1.0, eye @ scl(hr * 0.48, hr * 0.24, hr * 0.15), "pupil", "eyes"))
        root, tip = h + v3(s * hr * 0.5, hr * 2.2, 0), h + v3(s * hr * 0.95, hr * 3.1, -hr * 0.1)
        parts.append(tube([root, tip], 0.008, slot=0))
        parts.append(sphere(0.028, at(*tip), "glow"))
    del p, rng
    return parts


FIGURES: dict[int, Callable[[Params, Rng], list[Part]]] = {
    1: _wizard, 2: _witch, 3: _skeleton, 4: _zombie, 5: _mummy, 6: _vampire, 7: _knight, 8: _king,
    9: _werewolf, 10: _minotaur, 11: _centaur, 12: _mermaid, 13: _troll, 14: _goblin, 15: _golem,
    16: _lich, 17: _angel, 18: _demon, 19: _fairy, 20: _pirate, 21: _ninja, 22: _chef, 23: _cowboy,
    24: _bust, 25: _dwarf, 26: _elf, 27: _archer, 28: _monster, 29: _slime, 30: _astronaut,
    31: lambda p, rng: bare_skull(), 32: _gorgon, 33: _ape, 34: _alien,
}  # fmt: skip
"""Each character's build by the biped family's ``figure``."""
