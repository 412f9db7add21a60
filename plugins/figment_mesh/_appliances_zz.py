"""More of the device family's appliances, from 824: a toy soldier, a box of crayons, a music box,
a child's tricycle, a beach ball, a dollhouse.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl
from ._kit import spoked_wheel
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZ"]

Rng = np.random.Generator

_RAINBOW = ("red", "orange", "yellow", "green", "blue", "violet")


def _toy_soldier(rng: Rng) -> list[Part]:
    """A wooden toy soldier standing to attention on a small round base: a tall black bearskin
    hat with a gold plume, a red tunic crossed by white belts with gold buttons, dark blue
    trousers and black boots, a round painted face with rosy cheeks and a moustache, a rifle
    held upright at his right side."""
    parts = [cylinder(0.2, 0.2, 0.05, None, 0, "body")]
    for s in (-1, 1):
        x = s * 0.062
        parts.append(cylinder(0.058, 0.058, 0.09, at(x, 0.05, 0.01), "marking"))  # boots
        parts.append(cylinder(0.055, 0.06, 0.3, at(x, 0.14, 0), "plume"))  # trousers
    parts.append(cylinder(0.125, 0.12, 0.27, at(0, 0.42, 0), "card-red"))  # the tunic
    parts.append(cylinder(0.128, 0.128, 0.035, at(0, 0.43, 0), "snow"))  # the waist belt
    parts.append(box(0.05, 0.04, 0.02, at(0, 0.427, 0.122), "cloth-yellow"))  # its buckle
    for s in (-1, 1):  # the cross belts over the chest
        pts = [(-s * 0.1, 0.68, 0.075), (0.0, 0.56, 0.128), (s * 0.1, 0.46, 0.075)]
        parts.append(tube(pts, 0.012, None, "snow"))
    for y in (0.5, 0.62):  # gold buttons
        parts.append(sphere(0.013, at(0, y, 0.125), "cloth-yellow"))
    for s in (-1, 1):  # epaulettes, arms held straight down, hands
        parts.append(sphere(1.0, at(s * 0.13, 0.68, 0) @ scl(0.05, 0.025, 0.05), "cloth-yellow"))
        parts.append(tube([(s * 0.155, 0.67, 0), (s * 0.165, 0.55, 0.01), (s * 0.16, 0.45, 0.02)],
                          0.038, None, "card-red"))  # fmt: skip
        parts.append(cylinder(0.04, 0.04, 0.03, at(s * 0.16, 0.45, 0.02), "snow"))  # cuffs
        parts.append(sphere(0.036, at(s * 0.16, 0.43, 0.025), "pencil-wood"))
    parts.append(cylinder(0.045, 0.045, 0.05, at(0, 0.68, 0), "pencil-wood"))  # the neck
    parts.append(sphere(1.0, at(0, 0.79, 0) @ scl(0.095, 0.1, 0.095), "pencil-wood"))  # the head
    for s in (-1, 1):
        parts.append(sphere(0.011, at(s * 0.033, 0.81, 0.087), "marking"))  # painted eyes
        parts.append(sphere(1.0, at(s * 0.052, 0.765, 0.075) @ scl(0.022, 0.018, 0.012),
                            "eraser"))  # rosy cheeks # fmt: skip
        parts.append(tube([(0.0, 0.772, 0.095), (s * 0.025, 0.768, 0.091),
                           (s * 0.045, 0.775, 0.08)], [0.011, 0.009, 0.005], None,
                          "marking"))  # the moustache # fmt: skip
    parts.append(sphere(0.014, at(0, 0.79, 0.097), "pencil-wood"))  # the nose
    hat = [(0.0, 0.84), (0.095, 0.84), (0.105, 0.9), (0.11, 0.99), (0.1, 1.06), (0.06, 1.1),
           (0.0, 1.11)]  # fmt: skip
    parts.append(lathe(hat, None, "marking"))
    parts.append(tube([(-0.09, 0.84, 0.03), (0.0, 0.735, 0.085), (0.09, 0.84, 0.03)], 0.007, None,
                      "cloth-yellow"))  # the chin strap # fmt: skip
    lean = float(rng.uniform(-0.01, 0.01))
    parts.append(tube([(-0.1, 0.93, 0.04), (-0.125, 1.02, 0.045), (-0.115 + lean, 1.12, 0.04)],
                      [0.018, 0.03, 0.012], None, "cloth-yellow"))  # the plume # fmt: skip
    rx, rz = 0.215, 0.05  # the rifle, butt on the base
    parts.append(box(0.045, 0.22, 0.07, at(rx, 0.05, rz), 0))  # the stock
    parts.append(stick((rx, 0.27, rz), (rx, 0.74, rz), 0.016, 0))  # the fore-end
    parts.append(stick((rx, 0.3, rz + 0.02), (rx, 0.86, rz + 0.02), 0.009, 1))  # the barrel
    parts.append(box(0.004, 0.12, 0.012, at(rx, 0.86, rz + 0.02), 1))  # the bayonet
    return parts


def _crayon(m: np.ndarray, colour: str, length: float, r: float = 0.028) -> list[Part]:
    """One crayon along +y from m: its coloured body in a paper wrapper with dark bands, a
    conical tip."""
    slot = f"rainbow-{colour}"
    tip = 0.06
    body = length - tip
    parts = [cylinder(r, r, body, m, slot)]
    for y in (body * 0.2, body * 0.72):  # the wrapper's printed bands
        parts.append(cylinder(r + 0.004, r + 0.004, 0.012, m @ at(0, y, 0), "marking"))
    parts.append(cylinder(r, r * 0.45, tip * 0.8, m @ at(0, body, 0), slot))
    parts.append(cylinder(r * 0.45, 0.0, tip * 0.2, m @ at(0, body + tip * 0.8, 0), slot))
    return parts


def _crayon_box(rng: Rng) -> list[Part]:
    """An open cardboard box of crayons: a yellow box with green chevron bands and a logo stripe,
    its top flap folded back, two rows of upright crayons of many colours sticking out of it with
    their pointed tips and banded paper wrappers, two crayons lying in front of it."""
    w, h, d = 0.62, 0.42, 0.16
    parts = [box(w, h, d, None, 0, "body")]
    front = at(0, 0, d / 2)
    parts.append(box(w - 0.02, h - 0.02, 0.006, front @ at(0, 0.01, 0), "cloth-yellow"))
    for s in (-1, 1):  # green chevron bands
        band = [(0.0, 0.0), (s * 0.32, 0.12), (s * 0.32, 0.2), (0.0, 0.08)]
        parts.append(slab(sharp(band), 0.006, front @ at(0, 0.03, 0.004), "vine"))
        top = [(0.0, 0.0), (s * 0.32, 0.08), (s * 0.32, 0.12), (0.0, 0.04)]
        parts.append(slab(sharp(top), 0.006, front @ at(0, 0.34, 0.004), "vine"))
    parts.append(sphere(1.0, front @ at(0, 0.235, 0.006) @ scl(0.2, 0.065, 0.008), "vine"))
    parts.append(sphere(1.0, front @ at(0, 0.235, 0.012) @ scl(0.16, 0.045, 0.006), "card-red"))
    parts.append(box(0.22, 0.012, 0.004, front @ at(0, 0.23, 0.018), "cloth-yellow"))  # the name
    parts.append(box(w, 0.006, d * 0.9, at(0, h, -d / 2) @ rot("x", -115) @ at(0, 0, d * 0.45),
                     0))  # the flap folded back # fmt: skip
    colours = [*_RAINBOW, "red", "green"]
    off = int(rng.integers(0, 6))
    for row, (z, lift) in enumerate(((-0.035, 0.05), (0.035, 0.0))):
        for k in range(7 + row):
            x = -0.26 + k * 0.52 / 7 + (0.037 if row == 0 else 0.0)
            c = colours[(k * 3 + row * 5 + off) % len(colours)]
            y = h - 0.3 + lift + float(rng.uniform(0, 0.03))
            parts += _crayon(at(x, y, z), c, 0.48)
    for k, (x, yaw) in enumerate(((-0.12, 78.0), (0.15, 96.0))):  # two crayons lying in front
        m = at(x, 0.028, 0.26 + 0.07 * k) @ rot("y", yaw) @ rot("x", 90) @ at(0, -0.24, 0)
        parts += _crayon(m, colours[(off + 2 + 3 * k) % 8], 0.48)
    return parts


def _ballerina(m: np.ndarray) -> list[Part]:
    """A tiny ballerina on a coiled spring: a white tutu, arms raised in an oval overhead, on
    point on one leg."""
    coil = [
        (0.014 * np.cos(t), 0.0032 * t, 0.014 * np.sin(t)) for t in np.linspace(0, 4 * np.pi, 13)
    ]
    parts = [tube(coil, 0.0025, m, "steel")]
    y = 0.042
    parts.append(cylinder(0.016, 0.016, 0.005, m @ at(0, y, 0), "steel"))
    parts.append(tube([(0.003, y, 0), (0.006, y + 0.06, 0)], 0.0055, m, "eraser"))  # the legs
    bent = [(-0.006, y + 0.06, 0), (-0.016, y + 0.035, 0.012), (-0.004, y + 0.03, 0.012)]
    parts.append(tube(bent, 0.0055, m, "eraser"))
    parts.append(lathe([(0.0, 0.0), (0.05, -0.006), (0.045, 0.006), (0.0, 0.014)],
                       m @ at(0, y + 0.058, 0), "snow"))  # the tutu # fmt: skip
    parts.append(cylinder(0.013, 0.015, 0.04, m @ at(0, y + 0.062, 0), "eraser"))  # the bodice
    parts.append(cylinder(0.005, 0.005, 0.012, m @ at(0, y + 0.1, 0), "pencil-wood"))  # neck
    parts.append(sphere(0.014, m @ at(0, y + 0.118, 0), "pencil-wood"))  # the head
    parts.append(sphere(0.008, m @ at(0, y + 0.13, -0.008), "cork"))  # the bun
    arms = [
        (-0.013, y + 0.095, 0),
        (-0.03, y + 0.125, 0),
        (-0.016, y + 0.155, 0),
        (0.0, y + 0.16, 0),
        (0.016, y + 0.155, 0),
        (0.03, y + 0.125, 0),
        (0.013, y + 0.095, 0),
    ]
    parts.append(tube(arms, 0.0045, m, "pencil-wood"))  # arms raised overhead
    return parts


def _music_box(rng: Rng) -> list[Part]:
    """An open wooden jewellery music box: a hinged lid propped up behind with a mirror inside
    it, a red velvet lining, a tiny ballerina on a spring in the middle, the brass comb and
    pinned cylinder under a glass pane at one side, a wind-up key on the side."""
    w, h, d, t = 0.7, 0.24, 0.45, 0.025
    parts = [box(w, 0.02, d, None, 0, "body")]
    for s in (-1, 1):  # the walls
        parts.append(box(w, h, t, at(0, 0, s * (d - t) / 2), 0))
        parts.append(box(t, h, d, at(s * (w - t) / 2, 0, 0), 0))
    parts.append(box(w - 2 * t, 0.16, d - 2 * t, at(0, 0.02, 0), "card-red"))  # the lining
    for s in (-1, 1):
        parts.append(box(w + 0.01, 0.02, t + 0.01, at(0, h - 0.01, s * (d - t) / 2), 1))  # trim
    # the mechanism's compartment on the right
    parts.append(box(0.02, 0.06, d - 2 * t, at(0.1, 0.18, 0), 0))
    parts.append(box(0.2, 0.005, d - 2 * t, at(0.21, h - 0.01, 0), "pane"))  # its glass
    mech = at(0.21, 0.18, 0)
    parts.append(box(0.19, 0.01, d - 2 * t, mech, 1))
    cyl = mech @ at(-0.04, 0.03, 0) @ rot("x", 90) @ at(0, -0.14, 0)
    parts.append(cylinder(0.025, 0.025, 0.28, cyl, "copper"))  # the pinned cylinder
    for k in range(24):  # its pins
        a = k * 2.4
        parts.append(sphere(0.005, cyl @ at(0.026 * np.cos(a), 0.01 + 0.011 * k, 0.026 * np.sin(a)),
                            "steel"))  # fmt: skip
    parts.append(box(0.03, 0.015, 0.28, mech @ at(0.07, 0.01, 0), "copper"))  # the comb's back
    for k in range(14):  # the comb's teeth
        z = -0.13 + 0.26 * k / 13
        parts.append(box(0.07 - 0.002 * k, 0.004, 0.012, mech @ at(0.02, 0.03, z), "steel"))
    # the wind-up key on the right side
    key = at(w / 2, 0.11, 0.05) @ rot("z", -90)
    parts.append(cylinder(0.01, 0.01, 0.05, key, "copper"))
    for s in (-1, 1):
        parts.append(sphere(1.0, key @ at(s * 0.03, 0.07, 0) @ scl(0.032, 0.024, 0.008), "copper"))
    # the lid: hinged at the back top edge and propped open a little past upright
    ang = 100 + float(rng.uniform(-4, 4))
    lid = at(0, h, -d / 2) @ rot("x", -ang)
    parts.append(box(w, 0.03, d, lid @ at(0, 0, d / 2), 0))
    parts.append(box(w - 0.08, 0.006, d - 0.08, lid @ at(0, -0.006, d / 2), "card-red"))
    parts.append(box(w - 0.18, 0.006, d - 0.16, lid @ at(0, -0.01, d / 2), "mirror"))
    parts.append(box(w - 0.1, 0.012, d - 0.1, lid @ at(0, 0.03, d / 2), 0))  # the raised panel
    parts += _ballerina(at(-0.12, 0.02 + 0.16, 0.0) @ scl(1.5))
    return parts


def _tricycle(rng: Rng) -> list[Part]:
    """A child's tricycle: one big front wheel with pedals on its hub under a fork, two small rear
    wheels on an axle, a curved frame, a low saddle, upright handlebars with grips and ribbon
    streamers, a small platform step at the back."""
    R, r = 0.27, 0.13
    fz, bz = 0.34, -0.36
    parts = [tube([(0, 0.58, 0.26), (0, 0.42, 0.1), (0, 0.3, -0.12), (0, 0.24, bz + 0.06)],
                  0.03, None, 0, "body")]  # the frame # fmt: skip
    parts += spoked_wheel(at(0, R, fz), R, 12)
    for s in (-1, 1):  # the fork and the pedals on the front hub
        parts.append(stick((s * 0.05, R, fz), (s * 0.035, 0.6, 0.27), 0.016, 0))
        ph = 0.09 * s  # the cranks point opposite ways
        parts.append(stick((s * 0.06, R, fz), (s * 0.1, R + ph, fz), 0.01, 1))
        parts.append(box(0.07, 0.02, 0.05, at(s * 0.13, R + ph - 0.01, fz), "marking"))
    parts.append(cylinder(0.035, 0.035, 0.08, at(0, 0.57, 0.265), 0))  # the head tube
    parts.append(stick((0, 0.62, 0.265), (0, 0.8, 0.24), 0.016, 1))  # the stem
    bar = [(-0.22, 0.86, 0.16), (-0.16, 0.8, 0.22), (0.0, 0.8, 0.24), (0.16, 0.8, 0.22),
           (0.22, 0.86, 0.16)]  # fmt: skip
    parts.append(tube(bar, 0.014, None, 1))
    for s in (-1, 1):  # grips and streamers
        g = (s * 0.22, 0.86, 0.16)
        parts.append(stick(g, (s * 0.25, 0.9, 0.12), 0.024, "marking"))
        for j, c in enumerate(("red", "yellow", "blue")):
            sway = float(rng.uniform(-0.02, 0.02))
            end = (s * (0.27 + 0.015 * j), 0.72 - 0.02 * j, 0.1 + sway)
            parts.append(tube([(s * 0.255, 0.9, 0.115), (s * (0.27 + 0.01 * j), 0.83, 0.1), end],
                              0.006, None, f"rainbow-{c}"))  # fmt: skip
    parts.append(stick((0, 0.3, -0.12), (0, 0.44, -0.1), 0.02, 1))  # the seat post
    seat = [(-0.08, -0.09), (0.08, -0.09), (0.06, 0.05), (0.02, 0.1), (-0.02, 0.1),
            (-0.06, 0.05)]  # fmt: skip
    parts.append(slab(seat, 0.05, at(0, 0.46, -0.1) @ rot("x", 90), "marking"))
    parts.append(stick((-0.24, r, bz), (0.24, r, bz), 0.014, 1))  # the rear axle
    parts.append(box(0.2, 0.05, 0.08, at(0, r - 0.025, bz + 0.02), 0))  # the axle housing
    for s in (-1, 1):
        parts += spoked_wheel(at(s * 0.24, r, bz), r, 8)
    parts.append(box(0.34, 0.02, 0.12, at(0, 0.1, bz - 0.1), 1))  # the platform step
    parts.append(stick((0, r, bz), (0, 0.12, bz - 0.08), 0.012, 1))
    return parts


def _beach_ball(rng: Rng) -> list[Part]:
    """An inflatable beach ball: six wide segments from pole to pole, alternating bright red,
    yellow and blue with the main stuff, white round caps at the top and bottom, a small
    valve."""
    R = 0.5
    prof = [(R * np.cos(t), R + R * np.sin(t)) for t in np.linspace(-np.pi / 2, np.pi / 2, 9)]
    prof[0], prof[-1] = (0.0, 0.0), (0.0, 2 * R)
    spin = float(rng.uniform(0, 60))
    slots: list = [0, "rainbow-red", 0, "rainbow-yellow", 0, "rainbow-blue"]
    parts = []
    for k, slot in enumerate(slots):
        a = np.linspace(np.radians(60 * k), np.radians(60 * (k + 1)), 7)
        wedge = np.concatenate([[[0.0, 0.0]], np.stack([np.cos(a), np.sin(a)], 1)])
        parts.append(lathe(prof, at(0, 0, 0) @ rot("y", spin), slot, "body" if k == 0 else "",
                           shape=wedge))  # fmt: skip
    t = np.linspace(-np.pi / 2, np.pi / 2, 9)
    for k in range(6):  # the welded seams between the segments
        a = np.radians(60 * k - spin)
        seam = [
            (R * np.cos(u) * np.cos(a), R + R * np.sin(u), -R * np.cos(u) * np.sin(a)) for u in t
        ]
        parts.append(tube(seam, 0.006, None, 0))
    for y, s in ((2 * R, 1), (0.0, -1)):  # the caps
        parts.append(sphere(1.0, at(0, y - s * 0.012, 0) @ scl(0.12, 0.03, 0.12), "snow"))
    vm = at(0, R, 0) @ rot("y", spin + 30) @ rot("z", -70) @ at(0, R - 0.01, 0)
    parts.append(cylinder(0.025, 0.022, 0.025, vm, "snow"))  # the valve
    parts.append(cylinder(0.014, 0.014, 0.035, vm, "snow"))
    return parts


def _room_furniture(rng: Rng) -> list[Part]:
    """The dollhouse's furniture: a bed upstairs left, a bathtub upstairs right, a table and two
    chairs downstairs left, a sofa and the staircase downstairs right."""
    parts = []
    f2 = 0.44
    bed = at(-0.28, f2, -0.04)  # the bed
    parts.append(box(0.3, 0.07, 0.2, bed @ at(0, 0.02, 0), "pencil-wood"))
    parts.append(box(0.28, 0.03, 0.18, bed @ at(0, 0.09, 0), "sheet"))
    parts.append(box(0.14, 0.032, 0.185, bed @ at(0.07, 0.095, 0), "card-red"))  # the quilt
    parts.append(box(0.02, 0.18, 0.2, bed @ at(-0.16, 0, 0), "pencil-wood"))  # the headboard
    parts.append(sphere(1.0, bed @ at(-0.11, 0.13, 0) @ scl(0.035, 0.02, 0.06), "sheet"))
    tub = at(0.27, f2, -0.04)  # the bathtub on little feet
    parts.append(box(0.28, 0.1, 0.16, tub @ at(0, 0.025, 0), "snow"))
    parts.append(box(0.24, 0.005, 0.12, tub @ at(0, 0.126, 0), "rainbow-blue"))
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(sphere(0.015, tub @ at(sx * 0.12, 0.014, sz * 0.06), "cloth-yellow"))
    parts.append(stick((0.39, f2 + 0.125, -0.04), (0.39, f2 + 0.2, -0.04), 0.008, "steel"))
    parts.append(stick((0.39, f2 + 0.2, -0.04), (0.36, f2 + 0.2, -0.04), 0.008, "steel"))
    tbl = at(-0.26, 0.04, 0.02)  # table and chairs
    parts.append(cylinder(0.09, 0.09, 0.012, tbl @ at(0, 0.12, 0), "pencil-wood"))
    parts.append(stick((-0.26, 0.04, 0.02), (-0.26, 0.16, 0.02), 0.012, "pencil-wood"))
    parts.append(cylinder(0.05, 0.05, 0.01, tbl, "pencil-wood"))
    for s in (-1, 1):
        ch = tbl @ at(s * 0.14, 0, 0)
        parts.append(box(0.07, 0.01, 0.07, ch @ at(0, 0.07, 0), "pencil-wood"))
        for dx in (-0.03, 0.03):
            for dz in (-0.03, 0.03):
                parts.append(box(0.01, 0.07, 0.01, ch @ at(dx, 0, dz), "pencil-wood"))
        parts.append(box(0.01, 0.09, 0.07, ch @ at(s * 0.03, 0.08, 0), "pencil-wood"))
    sofa = at(0.22, 0.04, 0.05)  # the sofa
    parts.append(box(0.26, 0.06, 0.12, sofa, "card-red"))
    parts.append(box(0.26, 0.1, 0.04, sofa @ at(0, 0.06, -0.045), "card-red"))
    for s in (-1, 1):
        parts.append(box(0.03, 0.09, 0.12, sofa @ at(s * 0.13, 0, 0), "card-red"))
    for k in range(6):  # the staircase along the back of the right room
        x = 0.06 + k * 0.065
        parts.append(box(0.065, 0.4 * (6 - k) / 6, 0.1, at(x + 0.0325, 0.04, -0.14), 0))
    return parts


def _dollhouse(rng: Rng) -> list[Part]:
    """A two-storey toy dollhouse with its front wall swung open on a hinge at one side, showing
    four papered rooms (a bed, a bathtub, a table and chairs, a sofa and a staircase), a pitched
    roof with an attic window in its gable, the facade panel with windows and a door."""
    w, d, fh, t = 1.0, 0.4, 0.4, 0.025
    parts = [box(w + 0.06, 0.04, d + 0.06, None, 0, "body")]  # the plinth
    parts.append(box(w, 2 * fh, t, at(0, 0.04, -d / 2 + t / 2), 0))  # the back
    for s in (-1, 1):
        parts.append(box(t, 2 * fh, d, at(s * (w - t) / 2, 0.04, 0), 0))  # the sides
    parts.append(box(t, 2 * fh, d - t, at(0, 0.04, t / 2), 0))  # the middle wall
    parts.append(box(w, t, d, at(0, 0.04 + fh - t / 2, 0), 0))  # the floor between
    papers = ("plaster", "eraser", "sheet", "thatch")
    for k, (sx, sy) in enumerate(((-1, 0), (1, 0), (-1, 1), (1, 1))):  # wallpaper and floors
        x, y = sx * w / 4, 0.04 + sy * fh + (t / 2 if sy else 0)
        parts.append(box(w / 2 - 2 * t, fh - t - 0.01, 0.004, at(x, y, -d / 2 + t + 0.002),
                         papers[k]))  # fmt: skip
        parts.append(box(w / 2 - 2 * t, 0.004, d - t, at(x, y, t / 2), "cork"))
    parts += _room_furniture(rng)
    top = 0.04 + 2 * fh
    parts.append(box(w + 0.02, t, d + 0.04, at(0, top, 0), 0))
    gable = [(-w / 2, 0.0), (w / 2, 0.0), (0.0, 0.32)]
    parts.append(slab(sharp(gable), d, at(0, top, 0), 0))  # the attic
    parts.append(slab(sharp(gable), 0.01, at(0, top, d / 2 + 0.005), 1))  # its painted face
    parts.append(cylinder(0.06, 0.06, 0.02, at(0, top + 0.12, d / 2) @ rot("x", 90), "window"))
    parts.append(torus(0.06, 0.012, at(0, top + 0.12, d / 2 + 0.012) @ rot("x", 90), 0))
    slope = np.degrees(np.arctan2(0.32, w / 2))
    span = np.hypot(0.32, w / 2) + 0.08
    for s in (-1, 1):  # the roof
        m = at(0, top + 0.34, 0) @ rot("z", s * slope) @ at(-s * span / 2, 0, 0)
        parts.append(box(span, 0.03, d + 0.1, m, 1))
    parts.append(stick((0, top + 0.37, -d / 2 - 0.05), (0, top + 0.37, d / 2 + 0.05), 0.02, 1))
    parts.append(box(0.08, 0.18, 0.08, at(-0.25, top + 0.2, -0.05), 1))  # the chimney
    # the facade, swung open on hinges at the left front corner
    swing = 105 + float(rng.uniform(-6, 6))
    face = at(-w / 2, 0.04, d / 2 + 0.012) @ rot("y", -swing) @ at(w / 2, 0, 0)
    parts.append(box(w, 2 * fh, t, face, 0))
    win = "window"
    for x, y in ((-0.25, 0.5), (0.25, 0.5), (-0.25, 0.12)):  # windows with frames
        parts.append(box(0.18, 0.18, 0.03, face @ at(x, y, 0), 1))
        parts.append(box(0.14, 0.14, 0.034, face @ at(x, y + 0.02, 0), win))
        parts.append(box(0.012, 0.14, 0.04, face @ at(x, y + 0.02, 0), 1))
    parts.append(box(0.14, 0.26, 0.034, face @ at(0.25, 0.0, 0), "card-red"))  # the door
    parts.append(sphere(0.012, face @ at(0.3, 0.12, 0.022), "cloth-yellow"))
    for z in (0.2, 0.6):  # the hinges
        parts.append(stick((-w / 2, 0.04 + z, d / 2 + 0.012), (-w / 2, 0.1 + z, d / 2 + 0.012),
                           0.012, "steel"))  # fmt: skip
    return parts


MORE_APPLIANCES_ZZ = {
    824: _toy_soldier, 825: _crayon_box, 826: _music_box, 827: _tricycle, 828: _beach_ball,
    829: _dollhouse,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
