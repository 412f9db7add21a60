"""More of the device family's appliances, from 812: a stack of tyres, an oil drum, a mechanic's
creeper, an air compressor, a car battery, a tow truck.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZX"]

Rng = np.random.Generator

_UP = rot("x", 90)  # turns +y onto +z: a cylinder's axis or a torus's face toward the viewer
_SIDE = rot("z", -90)  # turns +y onto +x


def _notched(n: int, depth: float, dent: float = 0.0) -> np.ndarray:
    """A unit circle cut by n narrow grooves of the given depth (a tyre's tread); ``dent``
    flattens it a little toward +x+z (a knock in a drum's side)."""
    a = (np.arange(n)[:, None] + np.array([0.0, 0.72, 0.78, 0.94])).ravel() * (2 * np.pi / n)
    r = np.tile([1.0, 1.0, 1.0 - depth, 1.0 - depth], n)
    r = r * (
        1.0 - dent * np.exp(-((((a - np.pi * 1.75 + np.pi) % (2 * np.pi) - np.pi) / 0.35) ** 2))
    )
    return np.stack([r * np.cos(a), r * np.sin(a)], 1)


def _rounded_rect(w: float, d: float, r: float) -> list[tuple[float, float]]:
    """Control points of a rectangle w × d with corners rounded by about r."""
    hw, hd = w / 2, d / 2
    return [(-hw + r, -hd), (hw - r, -hd), (hw, -hd + r), (hw, hd - r), (hw - r, hd),
            (-hw + r, hd), (-hw, hd - r), (-hw, -hd + r)]  # fmt: skip


def _tyre(m: np.ndarray, slot=0, tag: str = "") -> list[Part]:
    """A car tyre lying flat under m (its hole about local y, from y = 0 to 0.22): rounded
    sidewalls and a tread band grooved all round its outer face."""
    R, r_in, h = 0.33, 0.19, 0.22
    wall = [(r_in, 0.025), (0.26, 0.0), (R - 0.03, 0.008), (R - 0.005, 0.05), (R - 0.005, 0.17),
            (R - 0.03, h - 0.008), (0.26, h), (r_in, h - 0.025), (r_in - 0.012, h / 2)]  # fmt: skip
    parts = [lathe(wall, m, slot, tag, closed=True)]
    band = [(R + 0.012, 0.04), (R + 0.012, h - 0.04)]  # the tread, an open band over the wall
    parts.append(lathe(band, m, slot, shape=_notched(24, 0.07)))
    parts.append(torus(0.25, 0.008, m @ at(0, h + 0.001, 0), slot))  # a bead on the wall
    return parts


def _tyre_stack(rng: Rng) -> list[Part]:
    """A stack of tyres: four black car tyres lying flat one on another in a slightly uneven
    column, their grooved tread outward and the hole open at the top, a fifth tyre standing on
    its edge leaning against the stack."""
    parts = []
    for k in range(4):
        dx, dz = rng.uniform(-0.025, 0.025, 2)
        yaw = float(rng.uniform(0, 90))
        parts += _tyre(at(dx, 0.22 * k, dz) @ rot("y", yaw), 0, "body" if k == 0 else "")
    lean = 16 + float(rng.uniform(-3, 3))
    m = at(0.53, 0, 0.12) @ rot("y", -20) @ rot("z", lean) @ at(0, 0.33, 0) @ _UP
    parts += _tyre(m @ at(0, -0.11, 0), 0)
    return parts


def _oil_drum(rng: Rng) -> list[Part]:
    """A steel 200-litre oil drum: a tall cylinder with two raised rolling hoops round it, a
    rolled rim at top and bottom, a painted band round its middle, the lid with a small bung cap
    and a larger filler cap; a shallow dent in its upper side."""
    R, H = 0.29, 0.88
    dent = _notched(40, 0.0, 0.06 + float(rng.uniform(0, 0.03)))
    parts = [cylinder(R, R, H / 3, None, 0, "body")]
    parts.append(lathe([(R, H / 3), (R, 2 * H / 3)], None, 0, shape=_notched(40, 0.0)))
    parts.append(lathe([(R, 2 * H / 3), (R, H - 0.02)], None, 0, shape=dent))
    parts.append(cylinder(R - 0.02, R - 0.02, H - 0.01, None, 0))  # the lid, a little sunk
    for y in (0.012, H - 0.012):  # the rolled rims
        parts.append(torus(R - 0.004, 0.014, at(0, y, 0), 0))
    for y in (H * 0.33, H * 0.66):  # the rolling hoops
        parts.append(torus(R + 0.004, 0.013, at(0, y, 0), 0))
    parts.append(cylinder(R + 0.003, R + 0.003, 0.16, at(0, H * 0.42, 0), 1))  # the painted band
    parts.append(cylinder(0.03, 0.03, 0.018, at(-0.17, H - 0.01, -0.08), 0))  # the bung cap
    parts.append(cylinder(0.055, 0.055, 0.012, at(0.16, H - 0.01, 0.07), 0))  # the filler cap
    parts.append(cylinder(0.04, 0.04, 0.022, at(0.16, H - 0.01, 0.07), 0))
    parts.append(box(0.05, 0.012, 0.012, at(0.16, H + 0.012, 0.07), 0))
    return parts


def _caster(x: float, z: float, r: float) -> list[Part]:
    """A small swivel caster at x, z under a board at height 2.7 r: a dark wheel in a fork."""
    turn = rot("y", float(np.degrees(np.arctan2(x, z))) * 0.3)
    m = at(x, 0, z) @ turn
    parts = [cylinder(r, r, r * 0.7, m @ at(-r * 0.35, r, 0) @ _SIDE, "pupil")]
    for s in (-1, 1):  # the fork
        parts.append(box(r * 0.15, r * 1.5, r * 0.8, m @ at(s * r * 0.45, r * 0.9, -r * 0.2),
                         "steel"))  # fmt: skip
    parts.append(cylinder(r * 0.6, r * 0.6, r * 0.3, m @ at(0, r * 2.3, -r * 0.2), "steel"))
    return parts


def _creeper(rng: Rng) -> list[Part]:
    """A mechanic's creeper lying on the floor: a long low padded board on six small swivel
    casters, a tubular frame round its edge, a raised padded headrest at one end."""
    L, W, y = 1.0, 0.44, 0.08
    flat = rot("x", -90)
    parts = [slab(_rounded_rect(L, W, 0.08), 0.03, at(0, y + 0.015, 0) @ flat, 1, "body")]
    parts.append(slab(_rounded_rect(L - 0.2, W - 0.06, 0.07), 0.035,
                      at(0.08, y + 0.045, 0) @ flat, 0))  # the pad # fmt: skip
    for k in range(3):  # the pad's stitched seams
        parts.append(box(0.01, 0.004, W - 0.1, at(-0.1 + 0.22 * k, y + 0.063, 0), "marking"))
    head = at(-L / 2 + 0.12, y + 0.05, 0) @ rot("z", -18)
    parts.append(slab(_rounded_rect(0.22, W - 0.08, 0.07), 0.12, head @ at(0, 0.05, 0) @ flat, 0))
    hw, hl = W / 2 + 0.01, L / 2 + 0.01
    rim = [(-hl + 0.06, -hw), (hl - 0.06, -hw), (hl, -hw + 0.06), (hl, hw - 0.06),
           (hl - 0.06, hw), (-hl + 0.06, hw), (-hl, hw - 0.06), (-hl, -hw + 0.06)]  # fmt: skip
    for a, b in zip(rim, rim[1:] + rim[:1], strict=True):  # the tubular frame
        parts.append(stick((a[0], y + 0.012, a[1]), (b[0], y + 0.012, b[1]), 0.014, "steel"))
        parts.append(sphere(0.014, at(a[0], y + 0.012, a[1]), "steel"))
    for x in (-0.4, 0.0, 0.4):
        for s in (-1, 1):
            parts += _caster(x + float(rng.uniform(-0.01, 0.01)), s * 0.16, 0.032)
    return parts


def _compressor(rng: Rng) -> list[Part]:
    """A portable air compressor: a long horizontal red steel tank on two wheels and a rubber
    foot, an electric motor and a flat belt guard on top, a round pressure gauge, a handle at
    the wheeled end and a coiled air hose hanging from it."""
    R, L, cy = 0.2, 1.0, 0.3
    tank = [(0.0, -L / 2), (0.14, -L / 2 + 0.01), (R, -L / 2 + 0.08), (R, L / 2 - 0.08),
            (0.14, L / 2 - 0.01), (0.0, L / 2)]  # fmt: skip
    parts = [lathe(tank, at(0, cy, 0) @ _SIDE, 0, "body")]
    for x in (-0.3, 0.3):  # the weld seams
        parts.append(torus(R, 0.006, at(x, cy, 0) @ rot("z", 90), 0))
    for s in (-1, 1):  # the wheels and their axle
        hub = at(0.32, 0.12, s * 0.25) @ _UP
        parts.append(torus(0.095, 0.032, hub, "pupil"))
        parts.append(cylinder(0.07, 0.07, 0.05, hub @ at(0, -0.025, 0), "steel"))
        parts.append(box(0.04, 0.16, 0.04, at(-0.32, 0.0, s * 0.12), 1))  # the feet
        parts.append(box(0.06, 0.03, 0.06, at(-0.32, 0.0, s * 0.12), "pupil"))
    parts.append(stick((0.32, 0.12, -0.25), (0.32, 0.12, 0.25), 0.015, "steel"))
    grip = [(0.4, cy + 0.1, -0.16), (0.62, cy + 0.28, -0.16), (0.62, cy + 0.28, 0.16),
            (0.4, cy + 0.1, 0.16)]  # fmt: skip
    parts.append(tube(grip, 0.018, None, 1, shape=None))  # the handle
    parts.append(stick((0.62, cy + 0.28, -0.1), (0.62, cy + 0.28, 0.1), 0.026, "pupil"))
    top = cy + R - 0.02
    parts.append(box(0.5, 0.03, 0.3, at(-0.05, top, 0), 1))  # the deck on the tank
    motor = at(-0.18, top + 0.14, 0.03) @ _SIDE @ at(0, -0.14, 0)
    parts.append(cylinder(0.11, 0.11, 0.28, motor, 1))
    for k in range(5):  # the motor's cooling ribs
        parts.append(torus(0.11, 0.008, motor @ at(0, 0.04 + 0.05 * k, 0), 1))
    parts.append(box(0.16, 0.06, 0.2, at(-0.18, top + 0.02, 0.03), 1))
    pump = at(0.16, top + 0.03, -0.02)
    parts.append(cylinder(0.07, 0.06, 0.18, pump, 1))  # the pump's finned cylinder
    for k in range(4):
        parts.append(cylinder(0.09, 0.09, 0.012, pump @ at(0, 0.05 + 0.03 * k, 0), 1))
    guard = [(-0.34, 0.02), (0.24, 0.02), (0.3, 0.18), (0.24, 0.36), (-0.34, 0.32), (-0.4, 0.17)]
    parts.append(slab(guard, 0.05, at(0.0, top, -0.17), 0))  # the belt guard behind
    gauge = at(0.1, top + 0.08, 0.2)
    parts.append(stick((0.1, top, 0.16), (0.1, top + 0.08, 0.2), 0.012, "copper"))
    parts.append(cylinder(0.055, 0.055, 0.03, gauge @ _UP, "steel"))
    parts.append(cylinder(0.047, 0.047, 0.032, gauge @ _UP, "snow"))
    parts.append(box(0.006, 0.04, 0.004, gauge @ at(0, 0, 0.033) @ rot("z", -40), "marking"))
    t = np.linspace(0, 3 * 2 * np.pi, 37)
    rr = 0.15 + 0.012 * np.sin(t * 0.5 + float(rng.uniform(0, 3)))
    coil = np.stack([0.66 + 0.014 * t, cy + 0.13 + rr * np.cos(t), rr * np.sin(t) * 0.9], 1)
    parts.append(tube(coil, 0.015, None, "cloth-yellow"))  # the coiled hose on the handle
    return parts


def _battery(rng: Rng) -> list[Part]:
    """A car battery: a black rectangular box with a lid, two terminal posts on top (one with a
    red cap, one with a black cap) marked + and -, a row of vent caps, a strap handle across
    the top, a label on its front."""
    w, h, d = 0.62, 0.34, 0.34
    parts = [box(w, h, d, None, 0, "body")]
    parts.append(box(w + 0.02, 0.05, d + 0.02, at(0, h, 0), 0))  # the lid
    parts.append(box(w - 0.04, 0.012, d - 0.04, at(0, h + 0.05, 0), 0))
    for k, (x, cap) in enumerate(((-0.22, "card-red"), (0.22, "marking"))):  # the terminals
        p = at(x, h + 0.06, 0.07)
        parts.append(cylinder(0.045, 0.045, 0.02, p, "steel"))
        parts.append(cylinder(0.028, 0.024, 0.05, p @ at(0, 0.02, 0), "steel"))
        parts.append(cylinder(0.05, 0.035, 0.07, p @ at(0, 0.02, 0), cap))
        sign = at(x, h + 0.062, 0.145)
        parts.append(box(0.04, 0.006, 0.012, sign, "snow"))
        if k == 0:
            parts.append(box(0.012, 0.006, 0.04, sign, "snow"))
    for k in range(6):  # the vent caps
        parts.append(cylinder(0.02, 0.02, 0.012, at(-0.15 + 0.06 * k, h + 0.06, -0.07), 0))
    lift = float(rng.uniform(0.0, 0.03))
    strap = [(-w / 2 - 0.01, h - 0.02, 0.0), (-w / 2 + 0.04, h + 0.12 + lift, 0.0),
             (0.0, h + 0.16 + lift, 0.0), (w / 2 - 0.04, h + 0.12 + lift, 0.0),
             (w / 2 + 0.01, h - 0.02, 0.0)]  # fmt: skip
    flat = np.array([(-0.5, -1.0), (0.5, -1.0), (0.5, 1.0), (-0.5, 1.0)]) * [0.012, 0.03]
    parts.append(tube(strap, 1.0, None, "marking", shape=flat))  # the strap handle
    for s in (-1, 1):
        parts.append(box(0.02, 0.06, 0.08, at(s * (w / 2 + 0.005), h - 0.05, 0), "marking"))
    face = at(0, 0.06, d / 2)
    parts.append(box(w - 0.1, 0.2, 0.008, face, 1))  # the label
    parts.append(box(w - 0.1, 0.04, 0.012, face @ at(0, 0.14, 0), "card-red"))
    for k in range(3):
        parts.append(box(0.22 - 0.05 * k, 0.018, 0.012, face @ at(-0.12, 0.03 + 0.035 * k, 0),
                         "snow"))  # fmt: skip
    return parts


def _road_wheel(x: float, z: float, r: float) -> list[Part]:
    """A truck wheel at x, z on the floor, its axle along x: a dark tyre and a steel hub."""
    m = at(x, r, z) @ rot("z", -90 * np.sign(x))
    prof = [(0.6 * r, -0.09), (0.95 * r, -0.1), (r, 0.0), (0.95 * r, 0.1), (0.6 * r, 0.09)]
    return [lathe(prof, m, "pupil", closed=True),
            cylinder(0.58 * r, 0.5 * r, 0.11, m @ at(0, 0.0, 0), "steel")]  # fmt: skip


def _tow_truck(rng: Rng) -> list[Part]:
    """A tow truck: a pickup-size cab at the front with a windscreen and amber lights on its
    roof, behind it a bed carrying a winch and a tilted boom reaching back, a chain and hook
    hanging from the boom's end."""
    W = 0.8
    parts = [box(W, 0.3, 2.0, at(0, 0.22, 0), 0, "body")]  # the chassis and body sides
    parts.append(box(W, 0.25, 0.55, at(0, 0.5, 0.7), 0))  # the hood
    parts.append(box(W, 0.5, 0.55, at(0, 0.5, 0.18), 0))  # the cab
    parts.append(box(W - 0.06, 0.05, 0.5, at(0, 1.0, 0.18), 0))  # its roof
    parts.append(box(W - 0.08, 0.24, 0.02, at(0, 0.72, 0.455) @ rot("x", -18), "window"))
    for s in (-1, 1):
        parts.append(box(0.012, 0.2, 0.38, at(s * W / 2, 0.75, 0.18), "window"))
        parts.append(box(0.16, 0.1, 0.02, at(s * 0.26, 0.56, 0.975), "glow"))  # headlamps
        parts.append(box(0.04, 0.06, 0.03, at(s * (W / 2 + 0.03), 0.78, 0.44), "marking"))
        for z in (0.62, -0.6):
            parts += _road_wheel(s * 0.38, z, 0.17)
    parts.append(box(W - 0.2, 0.14, 0.02, at(0, 0.34, 0.975), "steel"))  # the grille
    parts.append(box(W + 0.06, 0.08, 0.08, at(0, 0.18, 0.98), "steel"))  # the bumper
    parts.append(box(W - 0.1, 0.05, 0.1, at(0, 1.05, 0.18), "marking"))  # the light bar
    for k in range(4):
        parts.append(box(0.12, 0.06, 0.09, at(-0.27 + 0.18 * k, 1.08, 0.18), "flame"))
    bed_y = 0.52
    parts.append(box(W, 0.02, 1.05, at(0, bed_y, -0.45), 1))  # the bed floor
    parts.append(box(0.3, 0.16, 0.3, at(0, bed_y, -0.2), 1))  # the boom's mount
    parts.append(cylinder(0.09, 0.09, 0.42, at(-0.21, bed_y + 0.12, -0.45) @ _SIDE, "steel"))
    for x in (-0.23, 0.23):  # the winch's drum flanges
        parts.append(cylinder(0.12, 0.12, 0.02, at(x, bed_y + 0.12, -0.45) @ _SIDE, 1))
    raise_ = 28 + float(rng.uniform(-3, 3))
    pivot = np.array([0.0, bed_y + 0.16, -0.2])
    d = np.array([0.0, np.sin(np.radians(raise_)), -np.cos(np.radians(raise_))])
    tip = pivot + d * 1.25
    boom = at(*pivot) @ rot("x", -(90 - raise_))
    parts.append(box(0.12, 1.3, 0.14, boom @ at(0, -0.05, 0), 1))  # the boom
    parts.append(
        stick(tuple(pivot + np.array([0, -0.02, 0.25])), tuple(pivot + d * 0.6), 0.035, "steel")
    )
    parts.append(cylinder(0.07, 0.07, 0.16, at(-0.08, *tip[1:]) @ _SIDE, "steel"))  # sheave
    parts.append(
        stick((0, bed_y + 0.2, -0.45), tuple(tip + np.array([0, 0.06, 0])), 0.008, "marking")
    )
    n = 7
    for k in range(n):  # the chain, links turned by turns
        y = tip[1] - 0.07 - 0.075 * k
        link = at(0, y, tip[2]) @ rot("y", 90 * (k % 2)) @ rot("x", 90) @ scl(1, 1, 1.6)
        parts.append(torus(0.026, 0.008, link, "steel"))
    hy = tip[1] - 0.07 - 0.075 * n
    hook = [(0, hy + 0.03, tip[2]), (0, hy - 0.06, tip[2]), (0, hy - 0.11, tip[2] + 0.04),
            (0, hy - 0.07, tip[2] + 0.08), (0, hy - 0.04, tip[2] + 0.075)]  # fmt: skip
    parts.append(tube(hook, [0.016, 0.016, 0.015, 0.012, 0.01], None, "steel"))
    return parts


MORE_APPLIANCES_ZX = {
    812: _tyre_stack, 813: _oil_drum, 814: _creeper, 815: _compressor, 816: _battery,
    817: _tow_truck,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
