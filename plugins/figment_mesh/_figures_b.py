"""More of the biped family's characters (its ``figure`` parameter from 35): a jester, a
clown, a scientist in a lab coat, Frankenstein's monster, a nurse, a Viking, someone in uniform,
an explorer, a detective, a gangster, a sailor, a mariachi and a bride; and the biped
family's
builder, which picks any character or a plain person."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from ._families_a import Params, ellipsoid, person, stick
from ._families_c import sombrero
from ._figures import FIGURES, HIP, SHOULDER, Body, beard, cape, figure_body, robe
from ._geometry import Part, Slot, at, rot, scl, v3
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["BUILDERS_FIG", "MORE_FIGURES"]

Rng = np.random.Generator


def _bells_hat(b: Body, slot: Slot, other: Slot) -> list[Part]:
    """A jester's cap: a close cap and three soft horns flopping out from it, left, up and
    right, in alternating colours, a gold bell at each tip."""
    h, hr = b.head, b.hr
    parts = [ellipsoid(h + v3(0, hr * 0.35, -hr * 0.05), hr * 1.02, hr * 0.75, hr * 1.0, slot)]
    for k, (dx, dy) in enumerate(((-1.0, 0.2), (0.0, 1.0), (1.0, 0.2))):
        root = h + v3(dx * hr * 0.5, hr * 0.8, 0)
        mid = root + v3(dx * hr * 1.1, dy * hr * 0.9 + 0.3 * hr, 0)
        tip = mid + v3(dx * hr * 0.5 + (0.3 * hr if dx == 0 else 0), -hr * 0.7, 0)
        parts.append(
            tube([root, mid, tip], [hr * 0.35, hr * 0.2, hr * 0.06], slot=other if k % 2 else slot)
        )
        parts.append(sphere(hr * 0.16, at(*tip), "glow"))
    return parts


def _jester(p: Params, rng: Rng) -> list[Part]:
    """A court jester in motley: a suit of two colours split down the middle, a collar of
    points with bells, the three-horned cap, curled shoes, and a bauble on a stick."""
    b = figure_body(2, 0, "cloth-yellow", sleeves="cloth-yellow", poses=("hold", "down"))
    h, hr, w = b.head, b.hr, b.w
    parts = list(b.parts)
    parts.append(ellipsoid(v3(w * 0.4, HIP + 0.23, 0.0), w * 0.5, 0.2, 0.098, "cloth-yellow"))
    parts += _bells_hat(b, 0, "cloth-yellow")  # (the suit's other half, in a second colour)
    for k in range(8):  # the collar's points
        a = np.pi * (k / 7 - 0.5)
        root = v3(np.sin(a) * w * 0.9, SHOULDER + 0.02, np.cos(a) * 0.08)
        tip = root + v3(np.sin(a) * 0.07, -0.07, np.cos(a) * 0.04)
        parts.append(tube([root, tip], [0.03, 0.0], slot=0 if k % 2 else "cloth-yellow"))
        parts.append(sphere(0.014, at(*tip), "glow"))
    for s in (-1, 1):  # shoes curling up at the toes
        toe = v3(s * w * 0.55, 0.03, 0.1)
        parts.append(
            tube([toe, toe + v3(0, 0.03, 0.06), toe + v3(0, 0.08, 0.04)], [0.03, 0.02, 0.0], slot=0)
        )
    hand = b.hand
    parts.append(stick(hand + v3(0, -0.08, 0), hand + v3(0, 0.22, 0.04), 0.01, "pencil-wood"))
    parts.append(sphere(0.04, at(*(hand + v3(0, 0.25, 0.045))), 2))  # its bauble's head
    parts.append(cylinder(0.03, 0.0, 0.06, at(*(hand + v3(0, 0.28, 0.045))), "cloth-yellow"))
    del h, hr, rng
    return parts


def _clown(p: Params, rng: Rng) -> list[Part]:
    """A circus clown: a baggy suit with big pompom buttons and a ruff, a round red nose, a
    white face, tufts of bright hair either side of a bald crown, and huge shoes."""
    b = figure_body(2, 0, 0, bulk=1.15, poses=("out", "out"))
    h, hr, w = b.head, b.hr, b.w
    parts = list(b.parts)
    parts.append(ellipsoid(v3(0, HIP + 0.2, 0.01), w * 1.15, 0.22, 0.13, 0))  # the baggy suit
    for k in range(3):
        parts.append(sphere(0.03, at(0, HIP + 0.1 + 0.1 * k, 0.13), "cloth-yellow"))  # pompoms
    parts.append(
        torus(w * 0.8, 0.035, at(0, SHOULDER + 0.02, 0.0) @ scl(1, 1, 0.7), "snow")
    )  # ruff
    parts.append(sphere(hr * 0.25, at(*(h + v3(0, -hr * 0.05, hr * 0.95))), "card-red"))  # nose
    parts.append(
        ellipsoid(h + v3(0, -hr * 0.45, hr * 0.75), hr * 0.4, hr * 0.1, hr * 0.1, "card-red")
    )
    for s in (-1, 1):
        parts.append(
            sphere(hr * 0.55, at(*(h + v3(s * hr * 0.9, hr * 0.2, -hr * 0.1))), "fruit-orange")
        )
        shoe = v3(s * w * 0.55, 0.04, 0.08)
        parts.append(ellipsoid(shoe, 0.07, 0.045, 0.15, "card-red"))
    del rng
    return parts


def _scientist(p: Params, rng: Rng) -> list[Part]:
    """A scientist in a white lab coat to the knees over dark trousers, wild white hair
    sticking out round the head, goggles pushed up on the brow, a flask in the hand."""
    b = figure_body(1, 0, 2, poses=("hold", "down"))
    h, hr, w = b.head, b.hr, b.w
    parts = list(b.parts)
    coat = [(0.0, 0.2), (w * 1.15, 0.2), (w * 1.05, HIP), (w * 1.12, HIP + 0.28),
            (w * 0.8, SHOULDER + 0.02), (0.0, SHOULDER + 0.05)]  # fmt: skip
    parts.append(lathe(coat, scl(1, 1, 0.78), 0))
    parts.append(box(0.012, 0.5, 0.01, at(0, 0.22, w * 0.86), "marking"))  # its opening
    for _ in range(14):  # the wild hair
        a = rng.uniform(0, 2 * np.pi)
        up = rng.uniform(-0.1, 0.9)
        d = np.array([np.cos(a) * np.sqrt(1 - up * up), up, np.sin(a) * np.sqrt(1 - up * up)])
        if d[2] > 0.5 and d[1] < 0.6:
            d[2] = -d[2]  # not over the face
        root = h + d * hr * 0.8
        parts.append(
            tube([root, root + d * hr * 0.6 + v3(0, hr * 0.1, 0)], [hr * 0.18, 0.0], slot="snow")
        )
    band = h + v3(0, hr * 0.55, 0)
    parts.append(torus(hr * 0.95, hr * 0.07, at(*band) @ rot("x", -12), "marking"))  # the goggles
    for s in (-1, 1):
        parts.append(
            cylinder(
                hr * 0.28,
                hr * 0.28,
                hr * 0.18,
                at(*(band + v3(s * hr * 0.38, 0, hr * 0.82))) @ rot("x", 80),
                "pane",
            )
        )
    hand = b.hand
    flask = [(0.0, 0.0), (0.07, 0.0), (0.07, 0.03), (0.02, 0.12), (0.02, 0.17), (0.0, 0.17)]
    parts.append(lathe(flask, at(*(hand + v3(0, -0.04, 0.02))), "pane"))
    parts.append(
        lathe(
            [(0.0, 0.0), (0.065, 0.0), (0.04, 0.06), (0.0, 0.06)],
            at(*(hand + v3(0, -0.035, 0.02))),
            "fruit-green",
        )
    )
    return parts


def _frankenstein(p: Params, rng: Rng) -> list[Part]:
    """Frankenstein's monster: a hulking body in a too-short dark jacket, arms held out in
    front, the flat-topped square head with its black fringe, a scar across the brow, bolts
    out of both sides of the neck, heavy boots."""
    b = figure_body(
        0,
        "cloth-dark",
        2,
        sleeves="cloth-dark",
        bulk=1.25,
        poses=("forward", "forward"),
        head=False,
    )
    h, hr = b.head, b.hr
    parts = list(b.parts)
    parts.append(box(hr * 1.7, hr * 2.0, hr * 1.6, at(*(h + v3(0, -hr * 0.95, 0))), 0))  # head
    parts.append(box(hr * 1.78, hr * 0.35, hr * 1.68, at(*(h + v3(0, hr * 0.9, 0))), "marking"))
    parts.append(
        box(hr * 1.6, hr * 0.25, hr * 0.1, at(*(h + v3(0, hr * 0.75, hr * 0.8))), "marking")
    )
    parts += [
        sphere(hr * 0.12, at(*(h + v3(s * hr * 0.35, hr * 0.15, hr * 0.8))), "pupil")
        for s in (-1, 1)
    ]
    parts.append(
        box(hr * 0.9, hr * 0.05, hr * 0.05, at(*(h + v3(0, hr * 0.5, hr * 0.81))), "marking")
    )
    parts.append(
        box(hr * 0.6, hr * 0.08, hr * 0.05, at(*(h + v3(0, -hr * 0.5, hr * 0.81))), "marking")
    )
    for s in (-1, 1):  # the neck bolts
        parts.append(
            cylinder(
                0.018,
                0.018,
                0.08,
                at(*(v3(s * 0.02, SHOULDER + 0.04, 0))) @ rot("z", -90 * s),
                "steel",
            )
        )
        parts.append(
            cylinder(
                0.028,
                0.028,
                0.02,
                at(*(v3(s * 0.1, SHOULDER + 0.04, 0))) @ rot("z", -90 * s),
                "steel",
            )
        )
        parts.append(ellipsoid(v3(s * b.w * 0.55, 0.05, 0.03), 0.06, 0.05, 0.1, "marking"))  # boots
    del rng
    return parts


def _nurse(p: Params, rng: Rng) -> list[Part]:
    """A nurse of the old kind: a dress to below the knee with a white apron, a white cap with
    a red cross pinned to the hair, a watch on the breast."""
    b = figure_body(1, 0, 1, poses=("down", "down"))
    h, hr, w = b.head, b.hr, b.w
    parts = list(b.parts)
    parts += robe(b, 0, hem=0.22)[:1]
    parts[-1] = lathe(
        [(0.0, 0.22), (0.22, 0.22), (w * 1.05, HIP), (w * 1.1, HIP + 0.28), (w * 0.8, SHOULDER + 0.02),
         (0.0, SHOULDER + 0.05)], scl(1, 1, 0.75), 0, "body")  # fmt: skip
    parts.append(slab([(-w * 0.8, 0.0), (w * 0.8, 0.0), (w * 0.7, 0.5), (-w * 0.7, 0.5)], 0.012,
                      at(0, 0.24, w * 0.82), "snow"))  # the apron # fmt: skip
    cap = at(*(h + v3(0, hr * 0.75, -hr * 0.1))) @ rot("x", -15)
    parts.append(box(hr * 1.6, hr * 0.5, hr * 0.9, cap, "snow"))
    parts.append(box(hr * 0.35, hr * 0.1, hr * 0.02, cap @ at(0, hr * 0.2, hr * 0.46), "card-red"))
    parts.append(box(hr * 0.1, hr * 0.35, hr * 0.02, cap @ at(0, hr * 0.08, hr * 0.46), "card-red"))
    parts.append(
        ellipsoid(h + v3(0, hr * 0.3, -hr * 0.2), hr * 0.95, hr * 0.8, hr * 0.9, 2)
    )  # hair
    parts.append(
        cylinder(0.02, 0.02, 0.01, at(-w * 0.5, SHOULDER - 0.1, 0.1) @ rot("x", 90), "steel")
    )
    del rng
    return parts


def _viking(p: Params, rng: Rng) -> list[Part]:
    """A Viking warrior: a broad body in a tunic with a fur cape over the shoulders, a long
    braided beard, a round iron helmet with two curving horns, a round shield with a boss on
    one arm and an axe in the other hand."""
    b = figure_body(1, 0, 2, poses=("hold", "hold"), bulk=1.1)
    h, hr = b.head, b.hr
    parts = list(b.parts)
    parts += beard(b, "fruit-orange", 0.22)
    helm = h + v3(0, hr * 0.35, 0)
    parts.append(ellipsoid(helm, hr * 1.02, hr * 0.8, hr * 1.02, "steel"))
    parts.append(torus(hr * 1.0, hr * 0.08, at(*(helm - v3(0, hr * 0.05, 0))), "steel"))
    for s in (-1, 1):  # its horns, curving out and up
        root = helm + v3(s * hr * 0.85, hr * 0.2, 0)
        parts.append(tube([root, root + v3(s * hr * 0.6, hr * 0.35, 0), root + v3(s * hr * 0.7, hr * 1.0, hr * 0.1)],
                          [hr * 0.22, hr * 0.14, 0.0], slot="tooth"))  # fmt: skip
    parts += cape(b, "fur-cape")[:1]
    parts.append(torus(b.w * 0.9, 0.045, at(0, SHOULDER, -0.01) @ scl(1, 0.7, 0.75), "fur-cape"))
    o = b.other + v3(-0.06, 0.06, 0.06)  # the round shield, turned out
    shield = at(*o) @ rot("y", -60) @ rot("x", 90)
    parts.append(cylinder(0.18, 0.18, 0.03, shield, 2))
    parts.append(torus(0.18, 0.012, shield @ at(0, 0.03, 0), "steel"))
    parts.append(sphere(1.0, shield @ at(0, 0.035, 0) @ scl(0.05, 0.03, 0.05), "steel"))
    hand = b.hand  # the axe: a haft and a bearded blade
    parts.append(stick(hand + v3(0, -0.15, 0), hand + v3(0, 0.35, 0.05), 0.014, "pencil-wood"))
    parts.append(slab([(0.0, 0.0), (0.13, 0.06), (0.15, -0.1), (0.0, -0.05)], 0.012,
                      at(*(hand + v3(0.01, 0.32, 0.05))) @ rot("y", 90), "steel"))  # fmt: skip
    del rng
    return parts


def _uniformed(p: Params, rng: Rng) -> list[Part]:
    """Someone in uniform (a conductor, a police officer, a porter): a buttoned tunic with a
    belt, a peaked cap with a badge, dark trousers and polished shoes."""
    b = figure_body(1, 0, 2, poses=("down", "down"))
    h, hr, w = b.head, b.hr, b.w
    parts = list(b.parts)
    cap = h + v3(0, hr * 0.6, 0)
    parts.append(cylinder(hr * 1.02, hr * 1.1, hr * 0.45, at(*cap), 0))
    parts.append(cylinder(hr * 1.12, hr * 1.12, hr * 0.08, at(*(cap + v3(0, hr * 0.42, 0))), 0))
    parts.append(slab([(-hr * 0.8, 0.0), (hr * 0.8, 0.0), (hr * 0.6, hr * 0.55), (-hr * 0.6, hr * 0.55)], 0.01,
                      at(*(cap + v3(0, 0.0, hr * 0.8))) @ rot("x", 75), "marking"))  # the peak # fmt: skip
    parts.append(sphere(hr * 0.14, at(*(cap + v3(0, hr * 0.25, hr * 1.05))), "glow"))  # the badge
    parts.append(torus(w * 0.82, 0.018, at(0, HIP + 0.06, 0) @ scl(1, 1, 0.7), "marking"))  # belt
    for k in range(4):  # the tunic's buttons
        parts.append(sphere(0.012, at(0, HIP + 0.12 + 0.08 * k, 0.1), "glow"))
    del rng
    return parts


def _explorer(p: Params, rng: Rng) -> list[Part]:
    """An explorer: a pith helmet, a khaki shirt and shorts with boots, a rucksack on the back
    with a rolled blanket on it, a coiled rope at the hip."""
    b = figure_body(1, 0, 1, poses=("down", "down"))
    h, hr, w = b.head, b.hr, b.w
    parts = [q for q in b.parts]
    parts.append(ellipsoid(v3(0, HIP + 0.04, 0), w * 1.0, 0.09, 0.11, 0))  # the shorts
    for s in (-1, 1):
        parts.append(cylinder(0.05, 0.05, 0.14, at(s * w * 0.55, 0.0, 0.01), 2))  # boots
    helmet = [(0.0, 0.0), (hr * 1.5, 0.0), (hr * 1.45, hr * 0.08), (hr * 1.0, hr * 0.2), (hr * 0.95, hr * 0.7),
              (hr * 0.5, hr * 1.05), (0.0, hr * 1.1)]  # fmt: skip
    parts.append(lathe(helmet, at(*(h + v3(0, hr * 0.3, 0))), 2))
    parts.append(box(w * 1.4, 0.28, 0.13, at(0, HIP + 0.08, -0.17), 2))  # the rucksack
    parts.append(cylinder(0.05, 0.05, w * 1.5, at(-w * 0.75, HIP + 0.4, -0.17) @ rot("z", -90), 0))
    parts.append(torus(0.05, 0.015, at(w * 1.05, HIP + 0.05, 0.0) @ rot("z", 90), "pencil-wood"))
    del rng
    return parts


def _fedora(b: Body, slot: Slot) -> list[Part]:
    """A fedora: a creased crown pinched at the front over a snap brim, a dark band."""
    h, hr = b.head, b.hr
    base = at(*(h + v3(0, hr * 0.55, 0)))
    crown = [
        (0.0, 0.0),
        (hr * 0.98, 0.0),
        (hr * 0.95, hr * 0.5),
        (hr * 0.75, hr * 0.72),
        (hr * 0.3, hr * 0.62),
        (0.0, hr * 0.7),
    ]
    return [
        cylinder(hr * 1.65, hr * 1.6, hr * 0.06, base @ scl(1, 1, 1.1) @ rot("x", -6), slot),
        lathe(crown, base @ scl(1, 1, 1.15), slot),
        torus(hr * 0.97, hr * 0.07, base @ at(0, hr * 0.08, 0) @ scl(1, 1, 1.15), "marking"),
    ]


def _detective(p: Params, rng: Rng) -> list[Part]:
    """A detective of the old films: a belted trench coat down to the shins with its collar up,
    a fedora pulled low, a magnifying glass in one hand."""
    b = figure_body(1, 0, 2, poses=("hold", "down"))
    w = b.w
    parts = list(b.parts)
    coat = [(0.0, 0.14), (w * 1.25, 0.14), (w * 1.1, HIP), (w * 1.15, HIP + 0.28), (w * 0.85, SHOULDER + 0.02),
            (0.0, SHOULDER + 0.05)]  # fmt: skip
    parts.append(lathe(coat, scl(1, 1, 0.8), 0))
    parts.append(torus(w * 0.92, 0.02, at(0, HIP + 0.08, 0) @ scl(1, 1, 0.75), 0))  # its belt
    parts.append(
        torus(w * 0.75, 0.035, at(0, SHOULDER + 0.02, 0) @ scl(1, 1, 0.7) @ rot("x", 10), 0)
    )
    parts += _fedora(b, 2)
    hand = b.hand  # the magnifying glass
    parts.append(stick(hand + v3(0, -0.02, 0), hand + v3(0, 0.1, 0.04), 0.01, "pencil-wood"))
    parts.append(torus(0.05, 0.008, at(*(hand + v3(0, 0.16, 0.06))) @ rot("x", 80), "copper"))
    parts.append(
        cylinder(0.046, 0.046, 0.004, at(*(hand + v3(0, 0.16, 0.06))) @ rot("x", 80), "pane")
    )
    del rng
    return parts


def _gangster(p: Params, rng: Rng) -> list[Part]:
    """A gangster of the twenties: a dark pinstriped suit with a white shirt and tie, a fedora
    and a tommy gun held across the body."""
    b = figure_body(1, 0, 0, poses=("forward", "hold"))
    parts = list(b.parts)
    for k in range(-2, 3):  # pinstripes
        parts.append(box(0.004, 0.3, 0.004, at(k * 0.03, HIP + 0.12, 0.1), "snow"))
    parts.append(
        slab([(-0.04, 0.0), (0.04, 0.0), (0.0, -0.12)], 0.01, at(0, SHOULDER + 0.01, 0.105), "snow")
    )
    parts.append(box(0.02, 0.14, 0.01, at(0, SHOULDER - 0.13, 0.115), "card-red"))  # the tie
    parts += _fedora(b, 0)
    hand = b.hand  # the tommy gun, its drum under it
    gun = at(*(hand + v3(-0.05, 0.02, 0.05))) @ rot("y", 20)
    parts.append(box(0.05, 0.06, 0.42, gun @ at(0, 0, 0.05), "marking"))
    parts.append(cylinder(0.012, 0.012, 0.15, gun @ at(0, 0.03, 0.26) @ rot("x", 90), "marking"))
    parts.append(cylinder(0.06, 0.06, 0.04, gun @ at(0, -0.04, 0.05) @ rot("z", 90), "marking"))
    parts.append(box(0.045, 0.08, 0.16, gun @ at(0, -0.02, -0.22), "pencil-wood"))  # its stock
    del rng
    return parts


def _sailor(p: Params, rng: Rng) -> list[Part]:
    """A sailor: a striped jersey, a wide square collar down the back and a neckerchief, bell
    bottoms, and a round white cap on the back of the head."""
    b = figure_body(1, 0, 2, poses=("down", "down"))
    h, hr, w = b.head, b.hr, b.w
    parts = list(b.parts)
    for k in range(6):  # the jersey's stripes
        parts.append(
            torus(
                w * (0.82 if k < 3 else 0.95),
                0.012,
                at(0, HIP + 0.1 + 0.05 * k, 0) @ scl(1, 1, 0.8),
                "plume",
            )
        )
    parts.append(box(w * 1.6, 0.16, 0.01, at(0, SHOULDER - 0.14, -0.105), "plume"))  # the collar
    parts.append(
        slab(
            [(-0.05, 0.0), (0.05, 0.0), (0.0, -0.09)],
            0.012,
            at(0, SHOULDER - 0.01, 0.105),
            "card-red",
        )
    )
    cap = h + v3(0, hr * 0.75, -hr * 0.1)
    parts.append(cylinder(hr * 0.95, hr * 1.0, hr * 0.35, at(*cap) @ rot("x", -15), "snow"))
    parts.append(torus(hr * 0.97, hr * 0.1, at(*cap) @ rot("x", -15), "snow"))
    del rng
    return parts


def _mariachi(p: Params, rng: Rng) -> list[Part]:
    """A mariachi: a short fitted jacket and trousers studded with silver down the seams, a
    bow tie, a wide sombrero, and a guitar held across the body."""
    b = figure_body(1, 0, 0, poses=("hold", "forward"))
    h, hr, w = b.head, b.hr, b.w
    parts = list(b.parts)
    for s in (-1, 1):
        for k in range(6):  # silver buttons down the trousers' seams
            parts.append(sphere(0.012, at(s * w * 1.1, 0.08 + 0.06 * k, 0.0), "steel"))
        parts.append(
            slab(
                [(0.0, 0.0), (s * 0.06, 0.03), (s * 0.06, -0.03)],
                0.012,
                at(0, SHOULDER - 0.02, 0.105),
                "card-red",
            )
        )
    hat = sombrero(at(*(h + v3(0, hr * 0.6, 0))) @ scl(hr / 0.25), 2, "marking")  # its crown
    parts += [replace(q, tag="") for q in hat]  # (as wide as the head; not the figure's body)
    guitar = at(*(b.hand + v3(-0.1, 0.02, 0.1))) @ rot("z", 60)
    parts.append(sphere(1.0, guitar @ scl(0.11, 0.14, 0.04), "pencil-wood"))
    parts.append(box(0.03, 0.3, 0.02, guitar @ at(0, 0.1, 0), "marking"))
    del rng
    return parts


def _bride(p: Params, rng: Rng) -> list[Part]:
    """A bride: a long white gown flaring to the floor, a veil falling from the crown of the
    head down the back, a bouquet held in front."""
    b = figure_body(1, 0, None, poses=("forward", "forward"))
    h, hr, w = b.head, b.hr, b.w
    parts = list(b.parts)
    gown = [(0.0, 0.0), (0.34, 0.0), (0.3, 0.1), (w * 1.05, HIP), (w * 1.05, HIP + 0.28), (w * 0.8, SHOULDER + 0.02),
            (0.0, SHOULDER + 0.05)]  # fmt: skip
    parts.append(lathe(gown, scl(1, 1, 0.85), 0, "body"))
    veil = [(0.0, 0.0), (hr * 1.05, 0.0), (hr * 1.6, -0.35), (hr * 2.2, -0.75), (0.0, -0.7)]
    parts.append(lathe(veil, at(*(h + v3(0, hr * 0.8, -hr * 0.25))) @ scl(1, 1, 0.7), "membrane"))
    parts.append(torus(hr * 0.85, hr * 0.08, at(*(h + v3(0, hr * 0.65, 0))), "glow"))  # tiara
    bouquet = (b.hand + b.other) / 2 + v3(0, 0.02, 0.04)
    for k in range(5):
        a = 2 * np.pi * k / 5
        parts.append(
            sphere(0.03, at(*(bouquet + v3(0.03 * np.cos(a), 0.02, 0.03 * np.sin(a)))), "fruit-red")
        )
    parts.append(stick(bouquet, bouquet + v3(0, -0.12, 0), 0.012, "vine"))
    del rng
    return parts


def _robed(p: Params, rng: Rng) -> list[Part]:
    """A monk, a priest or a judge: a long robe to the floor with wide sleeves, the hood drawn
    up round the face, a cord tied at the waist, the hands together holding a book."""
    b = figure_body(1, 0, None, poses=("forward", "forward"))
    h, hr, w = b.head, b.hr, b.w
    parts = [*b.parts, *robe(b, 0, hem=0.3)]
    hood = [
        (0.0, 0.0),
        (hr * 1.2, 0.02),
        (hr * 1.45, hr * 0.9),
        (hr * 1.25, hr * 1.9),
        (0.0, hr * 2.25),
    ]
    parts.append(lathe(hood, at(*(h + v3(0, -hr * 1.0, -hr * 0.6))) @ scl(1.05, 1, 0.72), 0))
    parts.append(torus(w * 1.02, 0.014, at(0, HIP + 0.05, 0) @ scl(1, 1, 0.75), 1))  # the cord
    parts.append(
        tube([(w * 0.3, HIP + 0.05, w * 0.7), (w * 0.35, HIP - 0.25, w * 0.8)], 0.01, slot=1)
    )
    for s in (-1, 1):  # wide sleeves meeting in front
        parts.append(tube([(s * w * 1.1, SHOULDER - 0.02, 0.0), (s * w * 0.9, SHOULDER - 0.2, 0.1),
                           (s * 0.04, SHOULDER - 0.28, 0.17)], [0.06, 0.07, 0.075], slot=0))  # fmt: skip
    book = (b.hand + b.other) / 2 + v3(0, 0.0, 0.1)
    parts.append(box(0.14, 0.04, 0.11, at(*book), "card-red"))
    parts.append(box(0.13, 0.03, 0.1, at(*(book + v3(0.005, 0.006, 0.0))), "pages"))
    del rng
    return parts


def _farmer(p: Params, rng: Rng) -> list[Part]:
    """A farmer: a red shirt under blue dungarees with their bib and straps, boots, a
    wide-brimmed straw hat, and a pitchfork held upright in one hand."""
    denim = "plume"
    b = figure_body(1, 0, denim, poses=("hold", "down"))  # the shirt in its first material
    h, hr, w = b.head, b.hr, b.w
    parts = [q for q in b.parts]
    parts.append(box(w * 1.25, 0.3, 0.19, at(0, HIP - 0.04, 0.0), denim))  # the dungarees' bib
    for s in (-1, 1):
        parts.append(tube([(s * w * 0.45, HIP + 0.24, 0.1), (s * w * 0.55, SHOULDER, 0.05),
                           (s * w * 0.5, HIP + 0.3, -0.1)], 0.016, slot=denim))  # its straps # fmt: skip
        parts.append(sphere(0.018, at(s * w * 0.45, HIP + 0.22, 0.1), "steel"))
        parts.append(cylinder(0.05, 0.05, 0.14, at(s * w * 0.55, 0.0, 0.01), "cork"))  # boots
    crown = at(*(h + v3(0, hr * 0.55, 0)))
    parts.append(cylinder(hr * 2.2, hr * 2.2, 0.012, crown, "thatch"))  # the straw hat's brim
    parts.append(cylinder(hr * 1.05, hr * 0.9, hr * 0.6, crown, "thatch"))
    parts.append(cylinder(hr * 1.07, hr * 1.06, hr * 0.15, crown @ at(0, 0.015, 0), "card-red"))
    grip = b.hand
    parts.append(stick(grip + v3(0, -0.55, 0), grip + v3(0, 0.6, 0), 0.014, "pencil-wood"))
    top = grip + v3(0, 0.6, 0)
    parts.append(
        tube([top + v3(-0.06, 0.02, 0), top, top + v3(0.06, 0.02, 0)], 0.008, slot="steel")
    )
    for x in (-0.06, 0.0, 0.06):
        parts.append(tube([top + v3(x, 0.02, 0), top + v3(x * 1.1, 0.25, 0.02)], [0.007, 0.0],
                          slot="steel"))  # fmt: skip
    del rng
    return parts


def _painter(p: Params, rng: Rng) -> list[Part]:
    """A painter: a loose smock to the knees, a floppy beret, a brush raised in one hand and a
    palette dabbed with colours held in the other."""
    b = figure_body(1, 0, 2, poses=("up", "forward"))
    h, hr, w = b.head, b.hr, b.w
    parts = list(b.parts)
    smock = [(0.0, HIP - 0.2), (w * 1.3, HIP - 0.2), (w * 1.15, HIP + 0.1), (w * 1.05, SHOULDER - 0.05),
             (0.0, SHOULDER)]  # fmt: skip
    parts.append(lathe(smock, scl(1, 1, 0.8), 0))
    beret = [
        (0.0, 0.0),
        (hr * 1.1, 0.0),
        (hr * 1.35, hr * 0.15),
        (hr * 1.2, hr * 0.32),
        (0.0, hr * 0.4),
    ]
    parts.append(lathe(beret, at(*(h + v3(hr * 0.15, hr * 0.55, 0))) @ rot("z", -12), "marking"))
    tip = b.hand + v3(0.02, 0.18, 0.04)
    parts.append(stick(b.hand - v3(0.0, 0.04, 0.0), tip, 0.008, "pencil-wood"))
    parts.append(cylinder(0.012, 0.0, 0.04, at(*tip), "card-red"))
    palette = at(*(b.other + v3(-0.04, 0.02, 0.04))) @ rot("x", -60)
    parts.append(slab([(-0.13, 0.0), (-0.05, 0.09), (0.1, 0.07), (0.13, -0.04), (0.0, -0.09)], 0.012,
                      palette, "pencil-wood"))  # fmt: skip
    for k, slot in enumerate(("card-red", "plume", "glow", "vine", "snow")):
        a = np.radians(30 + 60 * k)
        parts.append(sphere(0.018, palette @ at(0.08 * np.cos(a), 0.05 * np.sin(a), 0.01), slot))
    del rng
    return parts


def _musician(p: Params, rng: Rng) -> list[Part]:
    """A musician playing a guitar slung across the body: its round body and sound hole at the
    hip, the neck rising to the other hand, strings along it."""
    b = figure_body(1, 0, 2, poses=("hold", "forward"))
    parts = list(b.parts)
    body = at(*(b.hand + v3(-0.08, -0.02, 0.09))) @ rot("z", 55)
    parts.append(sphere(1.0, body @ scl(0.12, 0.15, 0.045), "pencil-wood"))
    parts.append(sphere(1.0, body @ at(0, 0.14, 0) @ scl(0.09, 0.1, 0.044), "pencil-wood"))
    parts.append(cylinder(0.035, 0.035, 0.01, body @ at(0, 0.08, 0.043) @ rot("x", 90), "pupil"))
    parts.append(box(0.035, 0.36, 0.025, body @ at(0, 0.22, 0.02), "marking"))  # the neck
    parts.append(box(0.05, 0.08, 0.02, body @ at(0, 0.58, 0.02), "marking"))  # its head
    for x in (-0.01, 0.0, 0.01):
        parts.append(stick(tuple((body @ [x, 0.0, 0.05, 1])[:3]), tuple((body @ [x, 0.58, 0.04, 1])[:3]),
                           0.0015, "steel"))  # fmt: skip
    del rng
    return parts


def _dancer(p: Params, rng: Rng) -> list[Part]:
    """A ballet dancer: a fitted bodice, a stiff round tutu standing out flat from the hips,
    arms raised over her head, hair in a bun."""
    b = figure_body(1, 0, 1, poses=("up", "up"), width=0.2)
    h, hr, w = b.head, b.hr, b.w
    parts = list(b.parts)
    tutu = [(0.0, 0.0), (w * 1.1, 0.0), (0.3, -0.02), (0.33, 0.0), (0.3, 0.03), (w * 1.1, 0.06),
            (0.0, 0.06)]  # fmt: skip
    parts.append(lathe(tutu, at(0, HIP - 0.01, 0), 0))
    for k in range(16):  # its layered ruffled edge
        a = 2 * np.pi * k / 16
        parts.append(
            sphere(
                1.0, at(0.31 * np.cos(a), HIP + 0.01, 0.31 * np.sin(a)) @ scl(0.04, 0.02, 0.04), 0
            )
        )
    parts.append(sphere(hr * 0.4, at(*(h + v3(0, hr * 0.6, -hr * 0.7))), "marking"))  # the bun
    del rng
    return parts


MORE_FIGURES = {
    35: _jester, 36: _clown, 37: _scientist, 38: _frankenstein, 39: _nurse, 40: _viking,
    41: _uniformed, 42: _explorer, 43: _detective, 44: _gangster, 45: _sailor, 46: _mariachi,
    47: _bride, 48: _robed, 49: _farmer, 50: _painter, 51: _musician, 52: _dancer,
}  # fmt: skip
"""The characters from 35 by the biped family's ``figure``."""


def biped(p: Params, rng: Rng) -> list[Part]:
    """A standing figure: one of the characters (``figure``), or a person (see ``person``)."""
    kind = p.count("figure", 0)
    build = FIGURES.get(kind) or MORE_FIGURES.get(kind)
    return build(p, rng) if build is not None else person(p, rng)


BUILDERS_FIG: dict[str, Callable[[Params, Rng], list[Part]]] = {"biped": biped}
"""The biped family's builder."""
