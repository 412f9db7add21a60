"""Insects of their own build, for the insect family: a fly or a mosquito, a dragonfly, a
cicada, a grasshopper or cricket, a wasp. Each stands on y = 0 facing +z, its body in the
first material, its clear wings in ``membrane``."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ._geometry import Part, align, at, rot, scl, v3
from ._primitives import cylinder, slab, sphere, torus, tube
from ._shapes import leaf

__all__ = ["cicada", "dragonfly", "flea", "fly", "grasshopper", "insect_wing", "wasp"]


def _ell(c: Sequence[float], rx: float, ry: float, rz: float, slot=0, tag: str = "") -> Part:
    return sphere(1.0, at(*c) @ scl(rx, ry, rz), slot, tag)


def insect_wing(root: Sequence[float], tip: Sequence[float], width: float, slot="membrane") -> Part:
    """A clear wing from ``root`` to ``tip``, ``width`` across at its widest."""
    d = np.asarray(tip, float) - np.asarray(root, float)
    length = float(np.linalg.norm(d))
    m = at(*root) @ align(d) @ scl(width / 2 / 0.5, length / 2, 1) @ at(0, 1, 0)
    return slab(leaf(0.5), 0.006, m, slot, "wings")


def _legs(y: float, zs: Sequence[float], reach: float, lift: float, r: float, slot=0) -> list[Part]:
    """Three pairs of jointed legs from under a body at height y."""
    parts = []
    for i, z in enumerate(zs):
        for s in (-1, 1):
            hip = (s * 0.04, y - 0.02, z)
            knee = (s * reach * 0.6, y + lift, z + 0.03 * (1 - i))
            foot = (s * reach, 0.0, z + 0.06 * (1 - i))
            parts.append(tube([hip, knee, foot], [r, r * 0.75, r * 0.4], slot=slot))
    return parts


def _feelers(head: Sequence[float], length: float, slot="marking") -> list[Part]:
    h = np.asarray(head, float)
    return [
        tube(
            [
                h + v3(s * 0.02, 0.03, 0.03),
                h + v3(s * 0.05, 0.03 + 0.4 * length, 0.4 * length),
                h + v3(s * 0.1, 0.02 + 0.6 * length, 0.9 * length),
            ],
            [0.006, 0.004, 0.0],
            slot=slot,
        )
        for s in (-1, 1)
    ]


def fly(slender: bool) -> list[Part]:
    """A housefly: a stout bristly thorax, a short rounded abdomen, a head of two great red
    eyes, two clear wings folded back in a V over its back; or, ``slender``, a mosquito: a
    thin body and abdomen, a long proboscis, long thin legs and narrow wings."""
    if slender:
        y = 0.22
        parts = [
            _ell((0, y, 0.04), 0.045, 0.05, 0.06, 0, "body"),
            _ell((0, y - 0.01, -0.16), 0.03, 0.03, 0.16, 0),
            _ell((0, y + 0.01, 0.12), 0.035, 0.035, 0.035, 0),
            tube([(0, y, 0.15), (0, y - 0.04, 0.25), (0, y - 0.09, 0.32)], 0.006, slot="marking"),
        ]
        for s in (-1, 1):
            parts.append(sphere(0.024, at(s * 0.022, y + 0.015, 0.13), "pupil", "eyes"))
            parts.append(insect_wing((s * 0.02, y + 0.04, 0.02), (s * 0.1, y + 0.07, -0.26), 0.05))
        parts += _legs(y, (0.06, 0.03, 0.0), 0.34, 0.12, 0.008)
        return parts
    y = 0.14
    parts = [
        _ell((0, y, 0.03), 0.09, 0.085, 0.1, 0, "body"),
        _ell((0, y - 0.01, -0.13), 0.085, 0.07, 0.11, 0),
        _ell((0, y, 0.15), 0.07, 0.065, 0.05, 0),
    ]
    for s in (-1, 1):  # the compound eyes: big and dark red
        parts.append(_ell((s * 0.05, y + 0.015, 0.16), 0.042, 0.05, 0.04, "comb", "eyes"))
        parts.append(insect_wing((s * 0.03, y + 0.08, 0.03), (s * 0.17, y + 0.1, -0.22), 0.12))
    for z in np.linspace(-0.06, -0.2, 3):  # the abdomen's dark bands
        parts.append(
            torus(0.07, 0.01, at(0, y - 0.01, float(z)) @ scl(1, 0.8, 1) @ rot("x", 90), "marking")
        )
    parts.append(tube([(0, y - 0.03, 0.18), (0, y - 0.09, 0.2)], [0.015, 0.02], slot="marking"))
    parts += _legs(y, (0.08, 0.03, -0.02), 0.2, 0.06, 0.012, "marking")
    return parts


def dragonfly() -> list[Part]:
    """A dragonfly: a long thin abdomen, a short thorax, a head that is nearly all eyes, and
    four long clear wings held out flat to the sides."""
    y = 0.16
    parts = [
        _ell((0, y, 0.05), 0.04, 0.045, 0.06, 0, "body"),
        tube([(0, y, 0.0), (0, y, -0.25), (0, y - 0.01, -0.52)], [0.022, 0.016, 0.012], slot=0),
    ]
    for z in np.linspace(-0.05, -0.48, 8):  # its segments
        parts.append(torus(0.018, 0.004, at(0, y, float(z)) @ rot("x", 90), "marking"))
    for s in (-1, 1):
        parts.append(sphere(0.036, at(s * 0.025, y + 0.01, 0.12), "pupil", "eyes"))
        for z, tip_z, w in ((0.06, 0.1, 0.08), (0.02, -0.06, 0.09)):  # fore and hind wings
            parts.append(insect_wing((s * 0.02, y + 0.03, z), (s * 0.42, y + 0.05, tip_z), w))
    parts += _legs(y, (0.08, 0.05, 0.02), 0.12, -0.02, 0.006, "marking")
    return parts


def cicada() -> list[Part]:
    """A cicada: a broad blunt head with wide-set eyes, a stout body, and big clear veined wings
    held like a roof over its back, reaching past its tail."""
    y = 0.1
    parts = [
        _ell((0, y, 0.02), 0.09, 0.07, 0.1, 0, "body"),
        _ell((0, y - 0.005, -0.13), 0.075, 0.06, 0.09, 0),
        _ell((0, y + 0.005, 0.12), 0.085, 0.045, 0.04, 0),
    ]
    for s in (-1, 1):
        parts.append(sphere(0.032, at(s * 0.085, y + 0.02, 0.12), "pupil", "eyes"))
        # a wing from its root back past the tail, turned about the body's axis with its
        # outer edge down: the two make a roof
        w, length = 0.13, 0.46
        m = at(s * 0.02, y + 0.075, 0.09) @ rot("y", s * 6) @ rot("z", -s * 38)
        m = m @ at(s * w * 0.42, 0, 0) @ rot("x", -90) @ scl(w, length / 2, 1) @ at(0, 1, 0)
        parts.append(slab(leaf(0.5), 0.006, m, "membrane", "wings"))
        parts.append(
            slab(
                leaf(0.5),
                0.008,
                m @ scl(1.0, 1.0, 1.0) @ at(0.42, 0, 0.002) @ scl(0.06, 1, 1),
                "marking",
            )
        )  # its dark leading edge
    parts += _legs(y, (0.08, 0.03, -0.02), 0.16, 0.03, 0.012)
    return parts


def grasshopper() -> list[Part]:
    """A grasshopper or cricket: a long body, a saddle-shaped shield behind its head, folded
    wings along its back, long feelers, four short front legs and two great hind legs with
    their knees raised high above the body."""
    y = 0.12
    parts = [
        tube(
            [(0, y, 0.2), (0, y + 0.01, 0.0), (0, y - 0.01, -0.3)],
            [0.055, 0.06, 0.035],
            slot=0,
            tag="body",
        ),
        _ell((0, y + 0.02, 0.24), 0.05, 0.065, 0.06, 0),
        _ell((0, y + 0.04, 0.12), 0.065, 0.055, 0.08, 0),  # the shield
    ]
    for s in (-1, 1):
        parts.append(sphere(0.02, at(s * 0.042, y + 0.05, 0.26), "pupil", "eyes"))
        parts.append(
            tube(
                [
                    (s * 0.03, y + 0.05, 0.05),
                    (s * 0.045, y + 0.06, -0.15),
                    (s * 0.03, y + 0.03, -0.36),
                ],
                [0.025, 0.028, 0.0],
                slot=1,
            )
        )  # a folded wing along the back
        hip = (s * 0.05, y, -0.02)
        knee = (s * 0.1, y + 0.2, -0.2)
        foot = (s * 0.13, 0.0, -0.12)
        parts.append(tube([hip, (s * 0.09, y + 0.12, -0.1), knee], [0.03, 0.026, 0.015], slot=0))
        parts.append(tube([knee, foot], [0.012, 0.008], slot=0))
    parts += _feelers((0, y + 0.03, 0.27), 0.35)
    parts += _legs(y, (0.18, 0.1), 0.14, 0.04, 0.012)
    return parts


def flea() -> list[Part]:
    """A flea: a wingless body flattened from side to side, tall and glossy, in overlapping
    plates, a small head low in front with short feelers, short front legs and great bent hind
    legs for leaping."""
    y = 0.16
    parts = [_ell((0, y, -0.02), 0.05, 0.11, 0.15, 0, "body")]
    for k in range(5):  # the plates' edges, rings round its body
        z = 0.08 - 0.05 * k
        r = np.sqrt(max(0.05, 1 - (z + 0.02) ** 2 / 0.15**2))
        parts.append(
            torus(1.0, 0.006, at(0, y, z) @ rot("x", 90) @ scl(0.05 * r, 1, 0.11 * r), "marking")
        )
    parts.append(_ell((0, y - 0.04, 0.14), 0.035, 0.045, 0.05, 0))
    for s in (-1, 1):
        parts.append(sphere(0.01, at(s * 0.03, y - 0.03, 0.17), "pupil", "eyes"))
        parts.append(tube([(s * 0.02, y - 0.03, 0.17), (s * 0.05, y + 0.02, 0.2)], 0.005, slot=0))
        hip = (s * 0.045, y - 0.06, -0.08)
        knee = (s * 0.09, y + 0.06, -0.2)
        foot = (s * 0.1, 0.0, -0.05)
        parts.append(tube([hip, (s * 0.08, y - 0.02, -0.16), knee], [0.028, 0.022, 0.012], slot=0))
        parts.append(tube([knee, (s * 0.1, 0.05, -0.14), foot], [0.012, 0.009, 0.006], slot=0))
    parts += _legs(y - 0.05, (0.1, 0.02), 0.1, 0.0, 0.01)
    return parts


def wasp() -> list[Part]:
    """A wasp or hornet: a pointed abdomen banded yellow and black on a thread-thin waist, a
    dark thorax and head, clear wings folded along its back, a sting."""
    y = 0.14
    parts = [
        _ell((0, y, 0.04), 0.06, 0.06, 0.07, "marking"),
        tube([(0, y, -0.03), (0, y - 0.005, -0.06)], 0.012, slot="marking"),  # the waist
        _ell((0, y - 0.01, -0.17), 0.065, 0.06, 0.12, 0, "body"),
        _ell((0, y + 0.005, 0.14), 0.05, 0.05, 0.04, 0),
        cylinder(0.012, 0.0, 0.05, at(0, y - 0.02, -0.28) @ rot("x", -90), "marking"),
    ]
    for z in np.linspace(-0.1, -0.24, 4):  # the black bands
        k = np.sqrt(max(0.05, 1 - ((z + 0.17) / 0.12) ** 2))
        parts.append(
            torus(
                0.064 * k,
                0.013,
                at(0, y - 0.01, float(z)) @ scl(1, 0.92, 1) @ rot("x", 90),
                "marking",
            )
        )
    for s in (-1, 1):
        parts.append(_ell((s * 0.035, y + 0.015, 0.155), 0.022, 0.035, 0.025, "marking", "eyes"))
        parts.append(insect_wing((s * 0.03, y + 0.06, 0.06), (s * 0.1, y + 0.08, -0.2), 0.07))
    parts += _feelers((0, y + 0.01, 0.16), 0.2)
    parts += _legs(y, (0.07, 0.03, -0.01), 0.2, 0.05, 0.01, "marking")
    return parts
