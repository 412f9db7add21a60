"""Rooms, and more of the device family's appliances (its ``appliance`` parameter from 205).

A room is built as a stage set seen from the 3/4 view: a floor, the back and left walls with
a window and a skirting board, and the furniture that names the room (a bed for a bedroom, a
stove and a sink for a kitchen, rows of desks under a chalkboard for a classroom). The floor
and the furniture's frames are the first material, soft things (bedding, cushions, a rug)
the second; walls are plaster.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import chair, screwdriver
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["FLOOR", "ROOM_APPLIANCES"]

Rng = np.random.Generator

W = 1.6  # the floor's side
H = 1.05  # the walls' height
T = 0.05  # the walls' thickness
FLOOR = 0.04  # the floor's thickness: what is in a room stands on it


def _shell(window: bool = True, door: bool = False, walls: str = "plaster") -> list[Part]:
    """The stage: the floor (first material, tagged body), the back wall along -z and the left
    wall along -x in plaster, a skirting board, a window in the back wall and perhaps a door
    in the left one."""
    h = W / 2
    parts = [
        box(W, FLOOR, W, None, 0, "body"),
        box(W, H, T, at(0, 0.04, -h + T / 2), walls),
        box(T, H, W, at(-h + T / 2, 0.04, 0), walls),
        box(W, 0.06, 0.012, at(0, 0.04, -h + T + 0.006), 0),  # skirting boards
        box(0.012, 0.06, W, at(-h + T + 0.006, 0.04, 0), 0),
    ]
    if window:
        z = -h + T + 0.004
        parts.append(box(0.46, 0.42, 0.012, at(0.25, 0.45, z), "window"))
        for y in (0.45, 0.87):  # the frame: sill and head
            parts.append(box(0.52, 0.03, 0.03, at(0.25, y - 0.015, z + 0.01), 0))
        for x in (0.0, 0.25, 0.5):  # jambs and the middle bar
            parts.append(box(0.03, 0.42, 0.03, at(x, 0.45, z + 0.01), 0))
        parts.append(box(0.5, 0.02, 0.025, at(0.25, 0.655, z + 0.01), 0))  # the cross bar
    if door:
        x = -h + T + 0.004
        parts.append(box(0.012, 0.78, 0.4, at(x, 0.04, 0.35), 0))
        parts.append(sphere(0.018, at(x + 0.02, 0.42, 0.2), "steel"))
    return parts


def _rug(x: float, z: float, w: float, d: float) -> Part:
    """A rug lying flat on the floor, in the second material."""
    return box(w, 0.012, d, at(x, 0.04, z), 1)


def _table(x: float, z: float, w: float, d: float, h: float, slot=0) -> list[Part]:
    """A table: its top and four legs."""
    parts = [box(w, 0.03, d, at(x, 0.04 + h - 0.03, z), slot)]
    for sx in (-1, 1):
        for sz in (-1, 1):
            leg = at(x + sx * (w / 2 - 0.03), 0.04, z + sz * (d / 2 - 0.03))
            parts.append(box(0.03, h - 0.03, 0.03, leg, slot))
    return parts


def _lamp(x: float, y: float, z: float, s: float = 1.0) -> list[Part]:
    """A small table lamp standing at (x, y, z): a base, a stem and a glowing shade."""
    return [
        cylinder(0.04 * s, 0.045 * s, 0.02 * s, at(x, y, z), "steel"),
        cylinder(0.008 * s, 0.008 * s, 0.14 * s, at(x, y, z), "steel"),
        lathe(
            [(0.0, 0.0), (0.07 * s, 0.0), (0.045 * s, 0.09 * s), (0.0, 0.09 * s)],
            at(x, y + 0.12 * s, z),
            "lampshade",
        ),
    ]


def _picture(x: float, y: float, z: float, w: float, h: float) -> list[Part]:
    """A framed picture hanging on the back wall."""
    return [
        box(w, h, 0.02, at(x, y, z), 0),
        box(w - 0.04, h - 0.04, 0.01, at(x, y + 0.02, z + 0.008), "card-red"),
    ]


def _room(rng: Rng) -> list[Part]:
    """A room: an armchair on a rug by a small table with its lamp, a picture on the wall, a
    window and a door."""
    parts = _shell(door=True)
    parts.append(_rug(0.1, 0.05, 0.9, 0.7))
    parts += _armchair(-0.1, -0.25, 20)
    parts += _table(0.35, -0.35, 0.28, 0.28, 0.36)
    parts += _lamp(0.35, 0.4, -0.35)
    parts += _picture(-0.35, 0.5, -W / 2 + T, 0.3, 0.24)
    del rng
    return parts


def _armchair(x: float, z: float, turn: float) -> list[Part]:
    """An armchair: a wooden frame on four short legs, a deep cushion, a high back and arms,
    upholstered in the second material."""
    m = at(x, 0.04, z) @ rot("y", turn)
    parts = [box(0.46, 0.2, 0.42, m @ at(0, 0.06, 0), 1)]  # the seat
    for sx in (-0.2, 0.2):
        for sz in (-0.18, 0.18):
            parts.append(box(0.04, 0.06, 0.04, m @ at(sx, 0, sz), 0))
        parts.append(box(0.08, 0.16, 0.42, m @ at(sx * 1.15, 0.26, 0), 1))  # the arms
    parts.append(box(0.46, 0.36, 0.1, m @ at(0, 0.26, -0.17), 1))  # the back
    parts.append(box(0.36, 0.06, 0.32, m @ at(0, 0.26, 0.03), 1))  # its cushion
    return parts


def _bedroom(rng: Rng) -> list[Part]:
    """A bedroom: a double bed against the back wall with its headboard, mattress, turned-back
    cover and two pillows, a bedside table with a lamp, a rug and a window."""
    h = W / 2
    z0 = -h + T
    bx = -0.15
    parts = _shell()
    parts.append(box(0.8, 0.6, 0.05, at(bx, 0.04, z0 + 0.03), 0))  # the headboard
    parts.append(box(0.8, 0.22, 0.05, at(bx, 0.04, z0 + 1.1), 0))  # the footboard
    parts.append(box(0.78, 0.12, 1.06, at(bx, 0.14, z0 + 0.58), 0))  # the frame
    parts.append(box(0.76, 0.1, 1.04, at(bx, 0.26, z0 + 0.58), "sheet"))  # the mattress
    parts.append(box(0.8, 0.04, 0.72, at(bx, 0.34, z0 + 0.74), 1))  # the cover
    parts.append(box(0.8, 0.05, 0.1, at(bx, 0.34, z0 + 0.4), 1))  # turned back
    for x in (-0.17, 0.17):  # the pillows
        parts.append(sphere(1.0, at(bx + x, 0.4, z0 + 0.17) @ scl(0.16, 0.05, 0.09), "sheet"))
    parts += _table(0.45, z0 + 0.17, 0.24, 0.24, 0.34)  # the bedside table
    parts += _lamp(0.45, 0.38, z0 + 0.17)
    parts.append(_rug(0.25, 0.45, 0.5, 0.6))
    del rng
    return parts


def _kitchen(rng: Rng) -> list[Part]:
    """A kitchen: a run of base cupboards along the back wall with a worktop, a sink and its
    tap, a stove with four rings and a pot, wall cupboards above, and a fridge in the corner."""
    h = W / 2
    z0 = -h + T
    parts = _shell(window=False)
    parts.append(box(0.42, 0.95, 0.4, at(-h + T + 0.22, 0.04, z0 + 0.21), "snow"))  # the fridge
    parts.append(stick((-0.4, 0.55, z0 + 0.42), (-0.4, 0.85, z0 + 0.42), 0.01, "steel"))
    parts.append(box(0.4, 0.006, 0.004, at(-h + T + 0.22, 0.5, z0 + 0.412), "marking"))
    parts.append(box(1.1, 0.42, 0.36, at(0.2, 0.04, z0 + 0.19), 0))  # base cupboards
    parts.append(box(1.12, 0.04, 0.4, at(0.2, 0.46, z0 + 0.2), "stones"))  # the worktop
    for x in (-0.17, 0.2, 0.57):  # doors and handles
        parts.append(box(0.33, 0.36, 0.01, at(x, 0.07, z0 + 0.375), 0))
        parts.append(box(0.08, 0.015, 0.015, at(x, 0.38, z0 + 0.385), "steel"))
    parts.append(box(0.3, 0.012, 0.26, at(-0.1, 0.5, z0 + 0.2), "steel"))  # the sink's rim
    parts.append(box(0.26, 0.004, 0.22, at(-0.1, 0.513, z0 + 0.2), "pupil"))  # its basin
    parts.append(
        tube([(-0.1, 0.5, z0 + 0.04), (-0.1, 0.66, z0 + 0.04), (-0.1, 0.66, z0 + 0.14)], 0.012,
             slot="steel")
    )  # fmt: skip
    parts.append(box(0.4, 0.012, 0.34, at(0.5, 0.5, z0 + 0.2), "pupil"))  # the hob
    for x in (0.41, 0.59):
        for z in (0.12, 0.28):
            parts.append(torus(0.05, 0.008, at(x, 0.515, z0 + z), "steel"))
    parts.append(cylinder(0.07, 0.07, 0.1, at(0.41, 0.515, z0 + 0.28), "steel"))  # a pot
    parts.append(box(1.1, 0.34, 0.2, at(0.2, 0.7, z0 + 0.1), 0))  # wall cupboards
    for x in (-0.17, 0.2, 0.57):
        parts.append(box(0.33, 0.3, 0.01, at(x, 0.72, z0 + 0.205), 0))
    parts += _table(0.35, 0.4, 0.5, 0.36, 0.4)
    parts += chair(0.35, 0.68, 180)
    del rng
    return parts


def _bathroom(rng: Rng) -> list[Part]:
    """A bathroom: a white bathtub along the left wall with its taps, a toilet and a washbasin
    with a mirror above it against the back wall, tiles up to half the walls' height."""
    h = W / 2
    z0 = -h + T
    x0 = -h + T
    parts = _shell(window=False)
    for k in range(7):  # the tiles' joints: dark lines on the walls
        y = 0.1 + 0.075 * k
        parts.append(box(W - T, 0.006, 0.004, at(0, y, z0 + 0.002), "marking"))
        parts.append(box(0.004, 0.006, W - T, at(x0 + 0.002, y, 0), "marking"))
    tub = [(0.0, 0.0), (0.3, 0.0), (0.34, 0.36), (0.3, 0.36), (0.27, 0.06), (0.0, 0.06)]
    parts.append(lathe(tub, at(x0 + 0.3, 0.04, 0.05) @ scl(0.85, 1.0, 2.3), "snow"))
    parts.append(box(0.47, 0.012, 1.36, at(x0 + 0.3, 0.3, 0.05), "rain"))  # its water
    parts.append(
        tube([(x0, 0.5, 0.05), (x0 + 0.1, 0.5, 0.05), (x0 + 0.1, 0.45, 0.05)], 0.015,
             slot="steel")
    )  # fmt: skip
    tx = 0.05  # the toilet
    parts.append(cylinder(0.1, 0.13, 0.26, at(tx, 0.04, z0 + 0.3) @ scl(1, 1, 1.3), "snow"))
    parts.append(torus(0.12, 0.025, at(tx, 0.31, z0 + 0.32) @ scl(1, 1, 1.3), "snow"))
    parts.append(box(0.3, 0.3, 0.13, at(tx, 0.3, z0 + 0.07), "snow"))  # its cistern
    sx = 0.52  # the washbasin on its pedestal
    parts.append(cylinder(0.05, 0.07, 0.5, at(sx, 0.04, z0 + 0.2), "snow"))
    bowl = [(0.0, 0.0), (0.1, 0.02), (0.2, 0.12), (0.18, 0.12), (0.09, 0.04), (0.0, 0.04)]
    parts.append(lathe(bowl, at(sx, 0.52, z0 + 0.2) @ scl(1.0, 1.0, 0.8), "snow"))
    parts.append(tube([(sx, 0.64, z0 + 0.02), (sx, 0.7, z0 + 0.02), (sx, 0.7, z0 + 0.1)], 0.012,
                      slot="steel"))  # fmt: skip
    parts.append(box(0.34, 0.3, 0.015, at(sx, 0.74, z0 + 0.005), "mirror"))
    parts.append(_rug(0.2, 0.45, 0.4, 0.26))
    del rng
    return parts


def _living_room(rng: Rng) -> list[Part]:
    """A living room: a sofa of three cushions against the back wall, a low coffee table on a
    rug in front of it, a television on its cabinet facing the sofa, and a floor lamp."""
    h = W / 2
    z0 = -h + T
    parts = _shell(window=False, door=True)
    sx, sz = -0.05, z0 + 0.25
    parts.append(box(1.0, 0.2, 0.46, at(sx, 0.08, sz), 1))  # its base
    parts.append(box(1.0, 0.38, 0.14, at(sx, 0.08, sz - 0.17), 1))  # its back
    for x in (-0.45, 0.45):
        parts.append(box(0.12, 0.3, 0.46, at(sx + x, 0.08, sz), 1))
    for x in (-0.27, 0.0, 0.27):
        parts.append(box(0.26, 0.07, 0.34, at(sx + x, 0.28, sz + 0.04), 1))
    for x in (-0.45, 0.45):
        for z in (-0.2, 0.2):
            parts.append(box(0.04, 0.04, 0.04, at(sx + x, 0.04, sz + z), 0))
    parts += _picture(sx, 0.62, z0, 0.5, 0.3)
    parts.append(_rug(-0.05, 0.3, 0.9, 0.6))
    parts += _table(-0.05, 0.3, 0.5, 0.3, 0.2)
    tv = at(0.55, 0.04, 0.55) @ rot("y", 215)  # turned to the sofa, its screen in view
    parts.append(box(0.5, 0.22, 0.22, tv, 0))
    parts.append(box(0.56, 0.32, 0.03, tv @ at(0, 0.24, 0), "pupil"))
    parts.append(box(0.52, 0.28, 0.005, tv @ at(0, 0.26, 0.017), "window"))
    parts.append(cylinder(0.09, 0.1, 0.02, at(0.6, 0.04, z0 + 0.12), "steel"))  # a floor lamp
    parts.append(cylinder(0.012, 0.012, 0.75, at(0.6, 0.04, z0 + 0.12), "steel"))
    shade = [(0.0, 0.0), (0.13, 0.0), (0.08, 0.15), (0.0, 0.15)]
    parts.append(lathe(shade, at(0.6, 0.72, z0 + 0.12), "lampshade"))
    del rng
    return parts


def _dining_room(rng: Rng) -> list[Part]:
    """A dining room: a long table laid with plates, a chair at each place, a hanging lamp over
    it and a sideboard against the wall."""
    h = W / 2
    parts = _shell()
    parts += _table(0.0, 0.15, 0.9, 0.5, 0.38)
    for x in (-0.25, 0.25):
        parts += chair(x, -0.18, 0)
        parts += chair(x, 0.48, 180)
        for z in (-0.02, 0.32):
            parts.append(cylinder(0.07, 0.07, 0.008, at(x, 0.42, z), "snow"))
    parts.append(lathe([(0.0, 0.0), (0.04, 0.0), (0.03, 0.2), (0.0, 0.2)],
                       at(0.0, 0.42, 0.15), "pane"))  # fmt: skip  # a carafe
    parts.append(stick((0.0, H + 0.04, 0.15), (0.0, 0.85, 0.15), 0.006, "marking"))
    parts.append(lathe([(0.0, 0.0), (0.16, 0.0), (0.05, 0.12), (0.0, 0.12)],
                       at(0.0, 0.74, 0.15), "lampshade"))  # fmt: skip
    parts.append(box(0.2, 0.4, 0.7, at(-h + T + 0.11, 0.04, 0.2), 0))  # the sideboard
    parts.append(box(0.012, 0.3, 0.3, at(-h + T + 0.215, 0.08, 0.04), 0))
    parts.append(box(0.012, 0.3, 0.3, at(-h + T + 0.215, 0.08, 0.36), 0))
    del rng
    return parts


def _classroom(rng: Rng) -> list[Part]:
    """A classroom: a chalkboard with writing on the back wall, the teacher's desk before it,
    and rows of pupils' desks, each with its chair, facing the board."""
    h = W / 2
    z0 = -h + T
    parts = _shell(window=False, door=True)
    parts.append(box(1.0, 0.5, 0.02, at(0.15, 0.4, z0 + 0.01), 0))  # its frame
    parts.append(box(0.94, 0.44, 0.012, at(0.15, 0.43, z0 + 0.02), "chalkboard"))
    for k in range(4):  # lines of chalk
        w = float(rng.uniform(0.3, 0.7))
        parts.append(box(w, 0.012, 0.006, at(-0.2 + w / 2, 0.77 - 0.08 * k, z0 + 0.03), "snow"))
    parts += _table(0.15, z0 + 0.35, 0.5, 0.24, 0.34)
    for row in range(2):
        for x in (-0.2, 0.15, 0.5):
            z = 0.05 + 0.42 * row
            parts += _table(x, z, 0.24, 0.16, 0.28)
            parts += chair(x, z + 0.16, 180)
    return parts


def _office(rng: Rng) -> list[Part]:
    """A study or office: a desk with a computer's screen and keyboard, an office chair on its
    five-pronged foot, a tall bookcase full of books against the left wall."""
    h = W / 2
    z0 = -h + T
    parts = _shell()
    parts += _table(0.25, z0 + 0.22, 0.7, 0.36, 0.38)
    parts.append(box(0.06, 0.12, 0.04, at(0.25, 0.42, z0 + 0.12), "pupil"))  # the screen's foot
    parts.append(box(0.4, 0.24, 0.02, at(0.25, 0.54, z0 + 0.12), "pupil"))
    parts.append(box(0.37, 0.21, 0.005, at(0.25, 0.555, z0 + 0.132), "window"))
    parts.append(box(0.3, 0.012, 0.1, at(0.25, 0.42, z0 + 0.26), "pupil"))  # the keyboard
    cz = z0 + 0.62  # the office chair
    for k in range(5):
        a = 2 * np.pi * k / 5
        parts.append(stick((0.25, 0.08, cz), (0.25 + 0.16 * np.cos(a), 0.06, cz + 0.16 * np.sin(a)),
                           0.012, "pupil"))  # fmt: skip
    parts.append(cylinder(0.02, 0.02, 0.2, at(0.25, 0.06, cz), "steel"))
    parts.append(box(0.3, 0.06, 0.28, at(0.25, 0.26, cz), 1))
    parts.append(box(0.28, 0.3, 0.05, at(0.25, 0.34, cz + 0.15), 1))
    bx = -h + T + 0.12  # the bookcase
    parts.append(box(0.22, 0.95, 0.6, at(bx, 0.04, 0.0), 0))
    for y in (0.1, 0.33, 0.56, 0.79):
        z = -0.26
        while z < 0.24:
            bw = float(rng.uniform(0.03, 0.06))
            bh = float(rng.uniform(0.14, 0.19))
            slot = ("card-red", "pages", "marking", 1)[int(rng.integers(4))]
            parts.append(box(0.17, bh, bw, at(bx + 0.03, y, z + bw / 2), slot))
            z += bw + 0.005
    return parts


def _hallway(rng: Rng) -> list[Part]:
    """A hallway: a long, narrow floor running away from the viewer, doors along its wall and
    one at its far end, a runner down the middle and lamps glowing on the wall."""
    length, width = 2.4, 0.9
    x0 = -width / 2 + T
    parts = [
        box(width, 0.04, length, None, 0, "body"),
        box(T, H, length, at(-width / 2 + T / 2, 0.04, 0), "plaster"),
        box(width, H, T, at(0, 0.04, -length / 2 + T / 2), "plaster"),
        box(0.36, 0.74, 0.012, at(0.0, 0.04, -length / 2 + T + 0.004), 0),  # the far door
    ]
    for z in (-0.6, 0.2, 0.9):
        parts.append(box(0.012, 0.74, 0.34, at(x0 + 0.004, 0.04, z), 0))
        parts.append(sphere(0.016, at(x0 + 0.02, 0.42, z + 0.12), "steel"))
    for z in (-0.2, 0.55):  # wall lamps between the doors
        parts.append(sphere(1.0, at(x0 + 0.03, 0.75, z) @ scl(0.03, 0.06, 0.05), "lampshade"))
    for z in (-0.95, -0.25, 0.55):  # pictures
        parts.append(box(0.012, 0.2, 0.16, at(x0 + 0.006, 0.5, z + 0.05), "card-red"))
    parts.append(box(0.36, 0.012, length - 0.3, at(0.05, 0.04, 0.1), 1))  # the runner
    del rng
    return parts


def _prison_cell(rng: Rng) -> list[Part]:
    """A prison cell: bare stone walls, a barred front, a narrow cot with a grey blanket, a
    bucket and a small barred window high up."""
    h = W / 2
    z0 = -h + T
    parts = _shell(window=False, walls="stones")
    parts.append(box(0.3, 0.2, 0.012, at(0.25, 0.7, z0 + 0.004), "window"))
    for x in np.linspace(0.13, 0.37, 5):
        parts.append(stick((float(x), 0.7, z0 + 0.02), (float(x), 0.9, z0 + 0.02), 0.01, "steel"))
    parts.append(box(0.36, 0.2, 0.9, at(-h + T + 0.2, 0.04, -0.2), "steel"))  # the cot
    parts.append(box(0.36, 0.05, 0.9, at(-h + T + 0.2, 0.24, -0.2), 1))
    parts.append(cylinder(0.08, 0.07, 0.15, at(0.45, 0.04, -0.3), "steel"))  # the bucket
    for x in np.linspace(-h + 0.1, h - 0.1, 11):  # the bars along the front
        parts.append(stick((float(x), 0.04, h - 0.05), (float(x), H + 0.04, h - 0.05), 0.014,
                           "steel"))  # fmt: skip
    parts.append(stick((-h + 0.05, H, h - 0.05), (h - 0.05, H, h - 0.05), 0.02, "steel"))
    parts.append(stick((-h + 0.05, 0.5, h - 0.05), (h - 0.05, 0.5, h - 0.05), 0.016, "steel"))
    del rng
    return parts


def _diner_booth(rng: Rng) -> list[Part]:
    """A diner's booth: a table on one pedestal between two high-backed benches, their seats
    and backs upholstered in the second material."""
    parts = [box(0.5, 0.03, 0.7, at(0, 0.72, 0), 0, "body")]
    parts.append(cylinder(0.04, 0.04, 0.72, None, "steel"))
    parts.append(cylinder(0.2, 0.2, 0.02, None, "steel"))
    for s in (-1, 1):
        x = s * 0.5
        parts.append(box(0.4, 0.4, 0.74, at(x, 0.0, 0), 0))  # its base
        parts.append(box(0.42, 0.1, 0.76, at(x, 0.4, 0), 1))  # the seat
        parts.append(box(0.12, 0.75, 0.76, at(x + s * 0.2, 0.45, 0), 1))  # the high back
        parts.append(box(0.16, 0.06, 0.78, at(x + s * 0.2, 1.2, 0), 0))  # its top rail
    for z in (-0.2, 0.2):  # two cups on the table
        parts.append(cylinder(0.035, 0.04, 0.08, at(0.0, 0.75, z), "snow"))
    del rng
    return parts


def _butter(rng: Rng) -> list[Part]:
    """A block of butter on its dish: a pale block with a slice cut off lying on its top, a
    knife resting on the dish."""
    parts = [lathe([(0.0, 0.0), (0.22, 0.0), (0.27, 0.04), (0.25, 0.045), (0.0, 0.02)],
                   scl(1.0, 1.0, 0.7), "snow")]  # fmt: skip
    block = box(0.26, 0.1, 0.14, at(0, 0.02, 0), 0, "body")
    parts.append(block)
    parts.append(box(0.09, 0.012, 0.1, at(0.06, 0.12, 0), 0))  # a slice cut off, lying on it
    parts.append(box(0.2, 0.004, 0.025, at(0.02, 0.05, 0.12) @ rot("y", 15), "steel"))  # blade
    parts.append(box(0.12, 0.012, 0.02, at(0.2, 0.05, 0.075) @ rot("y", 15), 1))  # handle
    del rng
    return parts


def _burrow(rng: Rng) -> list[Part]:
    """A burrow: a grassy mound with a dark round hole dug into its side, loose earth thrown
    out before it."""
    rx, ry, rz = 0.8, 0.45, 0.7
    parts = [sphere(1.0, scl(rx, ry, rz), 0, "body")]
    d = np.array([0.35, 0.35, 0.87])  # toward the viewer, a little up
    d = d / np.sqrt((d[0] / rx) ** 2 + (d[1] / ry) ** 2 + (d[2] / rz) ** 2)  # on the surface
    n = d / np.array([rx, ry, rz]) ** 2
    n = n / np.linalg.norm(n)
    mouth = at(*(d - 0.02 * n)) @ align(n)
    parts.append(torus(0.17, 0.05, mouth, "soil"))  # its lip of dug earth
    parts.append(cylinder(0.17, 0.13, 0.05, mouth @ at(0, -0.02, 0), "pupil"))  # the dark hole
    for _ in range(7):  # the spoil heap below it
        x, z = float(rng.uniform(-0.05, 0.5)), float(rng.uniform(0.6, 0.85))
        parts.append(sphere(1.0, at(x, 0, z) @ scl(0.08, 0.035, 0.06), "soil"))
    return parts


def _castanets(rng: Rng) -> list[Part]:
    """Castanets: a pair of round hollow wooden shells, one lying on the other and gaping
    open, tied at their ears by a loop of cord."""
    parts = []
    shell = [(0.0, 0.0), (0.11, 0.005), (0.14, 0.03), (0.13, 0.05), (0.0, 0.055)]
    for k, lift in enumerate((0.0, 0.07)):
        m = at(0, lift, 0) @ rot("x", -18 * k) @ scl(1.0, 0.8 if k else 1.0, 1.15)
        if k:
            m = at(0, 0.06, -0.15) @ rot("x", -22) @ at(0, 0.02, 0.15) @ scl(1.0, -0.8, 1.15)
        parts.append(lathe(shell, m, 0, "body" if k == 0 else ""))
        ear = at(0, 0.03 + 0.04 * k, -0.17)
        parts.append(box(0.07, 0.03, 0.06, ear, 0))
    parts.append(torus(0.05, 0.006, at(0, 0.07, -0.22) @ rot("x", 70), 1))  # the cord
    parts.append(tube([(0, 0.07, -0.27), (0.04, 0.05, -0.34), (0.08, 0.01, -0.38)], 0.006,
                      slot=1))  # fmt: skip
    del rng
    return parts


def _sleigh_bells(rng: Rng) -> list[Part]:
    """Sleigh bells: a leather strap curved on the ground with round brass bells along it,
    each with its slot and the ball inside."""
    parts = []
    path = [(-0.5 + 0.25 * k, 0.015, 0.15 * np.sin(k * 1.2)) for k in range(5)]
    flat = np.array([[-1.0, -0.2], [1.0, -0.2], [1.0, 0.2], [-1.0, 0.2]])
    parts.append(tube(path, 0.05, slot=1, tag="", shape=flat))
    for k, (x, _, z) in enumerate(path):
        c = at(x, 0.075, z)
        parts.append(sphere(0.055, c, 0, "body" if k == 0 else ""))
        parts.append(cylinder(0.052, 0.052, 0.007, c @ at(0, -0.024, 0), "pupil"))  # its slot
        parts.append(torus(0.015, 0.004, c @ at(0, 0.06, 0) @ rot("x", 90), 0))
    del rng
    return parts


def _silo(rng: Rng) -> list[Part]:
    """A farm silo: a tall ribbed cylinder under a domed cap, a caged ladder up its side and a
    low feed shed at its foot."""
    r, h = 0.32, 2.0
    parts = [cylinder(r, r, h, None, 0, "body")]
    for y in np.linspace(0.15, h - 0.1, 9):  # the hoops
        parts.append(torus(r + 0.005, 0.008, at(0, float(y), 0), 1))
    dome = [(r + 0.02, 0.0), (r * 0.85, r * 0.45), (r * 0.45, r * 0.8), (0.0, r * 0.9)]
    parts.append(lathe(dome, at(0, h, 0), 1))
    parts.append(cylinder(0.05, 0.0, 0.12, at(0, h + r * 0.88, 0), 1))  # its vent
    x = r + 0.06  # the ladder on the side toward the viewer
    m = rot("y", 45)
    for s in (-0.09, 0.09):
        parts.append(stick(m[:3, :3] @ (x, 0.0, s), m[:3, :3] @ (x, h + 0.05, s), 0.008, "steel"))
    for y in np.linspace(0.1, h, 16):
        parts.append(stick(m[:3, :3] @ (x, y, -0.09), m[:3, :3] @ (x, y, 0.09), 0.006, "steel"))
    for y in np.linspace(0.9, h, 6):  # its cage
        parts.append(torus(0.13, 0.005, m @ at(x + 0.07, float(y), 0) @ scl(0.9, 1, 1), "steel"))
    shed = at(-0.55, 0, 0.1)
    parts.append(box(0.45, 0.45, 0.5, shed, "card-red"))  # a red feed shed
    for s in (-1, 1):
        parts.append(box(0.29, 0.02, 0.56, shed @ at(s * 0.12, 0.5, 0) @ rot("z", -s * 33), 0))
    del rng
    return parts


def _coconut(rng: Rng) -> list[Part]:
    """Coconuts: a whole one in its hairy brown shell with its three dark eyes, and a half
    cracked open to show the white flesh."""
    parts = [sphere(1.0, at(-0.08, 0.12, -0.05) @ scl(0.13, 0.12, 0.14), 0, "body")]
    for a in (0, 120, 240):  # the three eyes at its end
        t = np.radians(a)
        parts.append(sphere(0.016, at(-0.08 + 0.03 * np.cos(t), 0.12 + 0.03 * np.sin(t), 0.09),
                            "pupil"))  # fmt: skip
    half = at(0.17, 0.0, 0.12) @ rot("x", -10)
    cup = [(0.0, 0.0), (0.09, 0.01), (0.13, 0.06), (0.135, 0.11), (0.0, 0.11)]
    parts.append(lathe(cup, half, 0))
    parts.append(cylinder(0.12, 0.12, 0.006, half @ at(0, 0.105, 0), "snow"))  # the flesh
    parts.append(cylinder(0.095, 0.095, 0.004, half @ at(0, 0.11, 0), "rain"))  # its milk
    del rng
    return parts


def _catkins(rng: Rng) -> list[Part]:
    """Catkins: a bare twig with soft fuzzy tassels hanging from it, each a tapering spike of
    tiny flowers packed close."""
    twig = [(-0.5, 0.9, 0.0), (-0.15, 0.95, 0.03), (0.2, 0.93, -0.02), (0.5, 1.0, 0.02)]
    parts = [tube(twig, [0.02, 0.016, 0.012, 0.006], slot=1)]
    for k, t in enumerate(np.linspace(0.08, 0.9, 6)):
        i = min(int(t * 3), 2)
        f = t * 3 - i
        root = np.array(twig[i]) * (1 - f) + np.array(twig[i + 1]) * f
        length = float(rng.uniform(0.3, 0.45))
        sway = float(rng.uniform(-0.06, 0.06))
        parts.append(stick(root, root + v3(0, -0.04, 0), 0.006, 1))  # its stalk
        for j, u in enumerate(np.linspace(0.1, 1.0, 12)):  # the flowers, packed in whorls
            c = root + v3(sway * u * u, -0.04 - length * u, 0.0)
            r = 0.03 * (1.05 - 0.55 * u)
            a = j * 2.4
            c = c + v3(0.25 * r * np.cos(a), 0.0, 0.25 * r * np.sin(a))
            parts.append(sphere(r, at(*c) @ scl(1, 0.9, 1), 0, "body" if k == j == 0 else ""))
    return parts


def _gem(rng: Rng) -> list[Part]:
    """A cut gem: a brilliant with its flat table, the sloping crown, a thin girdle and the
    deep pointed pavilion, every face a flat facet."""
    r = 0.5
    parts = [
        lathe([(0.0, 0.0), (r, 0.43)], None, 0, "body", sides=16),  # the pavilion
        lathe([(r, 0.43), (r, 0.46)], None, 0, sides=16),  # the girdle
        lathe([(r, 0.46), (r * 0.56, 0.62)], None, 0, sides=8),  # the crown
        lathe([(r * 0.56, 0.62), (0.0, 0.62)], None, 0, sides=8),  # the table
    ]
    del rng
    return parts


def _tin_can(rng: Rng) -> list[Part]:
    """A tin can: a ribbed metal cylinder with rolled rims, a paper label round its middle,
    a ring-pull on its lid."""
    r, h = 0.2, 0.46
    parts = [cylinder(r, r, h, None, 0, "body")]
    for y in (0.0, h):
        parts.append(torus(r, 0.012, at(0, y, 0), 0))  # the rolled rims
    for y in np.linspace(0.04, 0.08, 2).tolist() + np.linspace(h - 0.08, h - 0.04, 2).tolist():
        parts.append(torus(r, 0.005, at(0, y, 0), 0))  # ribs
    parts.append(cylinder(r + 0.004, r + 0.004, h - 0.2, at(0, 0.1, 0), "card-red"))  # label
    parts.append(cylinder(r + 0.006, r + 0.006, 0.05, at(0, 0.2, 0), "pages"))  # its band
    parts.append(torus(0.04, 0.008, at(0.06, h + 0.01, 0) @ scl(1.3, 1, 1), 0))  # ring-pull
    del rng
    return parts


def _belt(rng: Rng) -> list[Part]:
    """A leather belt rolled up on its side, its tail end out, the metal buckle with its
    prong and a row of punched holes."""
    t = np.linspace(0, 1, 40)
    turns = 2.3
    path = [(0.08 + 0.12 * u) * np.array([np.cos(2 * np.pi * turns * u), 0, np.sin(2 * np.pi * turns * u)])
            + (0, 0.06, 0) for u in t]  # fmt: skip
    path.append(path[-1] + np.array((0.3, 0.0, 0.05)))  # the tail end, unrolled
    flat = np.array([[-0.12, -1.0], [0.12, -1.0], [0.12, 1.0], [-0.12, 1.0]])
    parts = [tube(path, 0.06, slot=0, tag="body", shape=flat)]
    end = path[-1]
    parts.append(
        torus(0.05, 0.008, at(*(end + v3(0.04, 0, 0))) @ scl(1, 1, 1.2) @ rot("z", 90), "steel")
    )
    parts.append(stick(end, end + v3(0.08, 0, 0), 0.004, "steel"))  # the prong
    for k in range(4):  # holes
        c = path[-2] + (path[-1] - path[-2]) * (0.3 + 0.15 * k)
        parts.append(cylinder(0.006, 0.006, 0.008, at(c[0], c[1] + 0.006, c[2]), "pupil"))
    del rng
    return parts


def _bar(rng: Rng) -> list[Part]:
    """A bar: a long counter with a brass foot rail, tall stools before it, and behind it a
    wall of shelves lined with bottles under a mirror."""
    h = W / 2
    z0 = -h + T
    parts = _shell(window=False)
    parts.append(box(1.3, 0.5, 0.2, at(0.05, 0.04, 0.05), 0))  # the counter
    parts.append(box(1.36, 0.04, 0.26, at(0.05, 0.54, 0.05), 0))
    parts.append(stick((-0.6, 0.1, 0.2), (0.7, 0.1, 0.2), 0.012, "steel"))  # foot rail
    for x in (-0.35, 0.05, 0.45):  # stools
        parts.append(cylinder(0.09, 0.09, 0.03, at(x, 0.04, 0.42), "steel"))
        parts.append(cylinder(0.015, 0.015, 0.38, at(x, 0.04, 0.42), "steel"))
        parts.append(cylinder(0.08, 0.08, 0.05, at(x, 0.42, 0.42), 1))
    parts.append(box(1.2, 0.25, 0.01, at(0.05, 0.72, z0 + 0.005), "mirror"))
    for y in (0.4, 0.58):
        parts.append(box(1.2, 0.02, 0.1, at(0.05, y, z0 + 0.05), 0))  # shelves
        for x in np.linspace(-0.5, 0.6, 9):
            slot = ("pane", "glaze", "card-red", "vine")[int(rng.integers(4))]
            bottle = [
                (0.0, 0.0),
                (0.025, 0.0),
                (0.025, 0.08),
                (0.01, 0.1),
                (0.008, 0.14),
                (0.0, 0.14),
            ]
            parts.append(lathe(bottle, at(float(x), y + 0.02, z0 + 0.05), slot))
    return parts


def _hose(rng: Rng) -> list[Part]:
    """A coil of hose or tubing lying on the ground, both ends trailing out, a brass nozzle on
    one."""
    t = np.linspace(0, 1, 60)
    turns = 3.0
    path = [np.array((0.3 * np.cos(2 * np.pi * turns * u), 0.03 + 0.05 * u, 0.3 * np.sin(2 * np.pi * turns * u)))
            * (1.0 + 0.12 * np.sin(7 * u)) for u in t]  # fmt: skip
    path = [path[0] + v3(0.3, -0.02, 0.35), *path, path[-1] + v3(-0.2, 0.0, 0.4)]
    parts = [tube(path, 0.03, slot=0, tag="body")]
    end = path[-1]
    parts.append(cylinder(0.035, 0.02, 0.1, at(*end) @ rot("x", 90) @ rot("z", 20), "glaze"))
    del rng
    return parts


def _library(rng: Rng) -> list[Part]:
    """A library's reading room: tall bookcases full of books along both walls, a long reading
    table with green-shaded lamps and chairs."""
    h = W / 2
    parts = _shell(window=False)
    for wall in ("back", "left"):
        for k in range(2):
            along = -0.35 + 0.7 * k
            if wall == "back":
                case = at(along, 0.04, -h + T + 0.09)
            else:
                case = at(-h + T + 0.09, 0.04, along) @ rot("y", 90)
            parts.append(box(0.66, H - 0.05, 0.16, case, 0))
            for y in np.linspace(0.06, H - 0.25, 5):
                x = -0.3
                while x < 0.28:
                    bw = float(rng.uniform(0.03, 0.05))
                    bh = float(rng.uniform(0.13, 0.17))
                    slot = ("card-red", "pages", "marking", 1, "plume")[int(rng.integers(5))]
                    parts.append(box(bw, bh, 0.12, case @ at(x + bw / 2, float(y), 0.03), slot))
                    x += bw + 0.004
    parts += _table(0.2, 0.2, 0.9, 0.4, 0.36)
    for x in (-0.05, 0.45):
        parts.append(cylinder(0.008, 0.008, 0.1, at(x, 0.4, 0.2), "steel"))
        parts.append(sphere(1.0, at(x, 0.5, 0.2) @ scl(0.07, 0.035, 0.05), "glaze"))
        parts += chair(x, 0.55, 180)
    parts.append(box(0.14, 0.03, 0.1, at(0.15, 0.4, 0.2), "card-red"))  # an open book
    return parts


def _wig(rng: Rng) -> list[Part]:
    """A wig on its stand: a pale faceless head on a turned post, under a full head of curled
    hair (the first material) falling to the shoulders."""
    parts = [
        cylinder(0.12, 0.14, 0.03, None, "snow"),
        cylinder(0.025, 0.025, 0.3, None, "snow"),
        sphere(1.0, at(0, 0.45, 0) @ scl(0.11, 0.14, 0.12), "snow"),
        cylinder(0.05, 0.06, 0.1, at(0, 0.28, 0), "snow"),  # the neck
    ]
    # the hair: a full cap over the crown and down the back, set back from the face, and curls
    parts.append(sphere(1.0, at(0, 0.5, -0.03) @ scl(0.128, 0.13, 0.13), 0, "body"))
    parts.append(sphere(1.0, at(0, 0.37, -0.06) @ scl(0.14, 0.15, 0.09), 0))
    for _ in range(60):
        a = rng.uniform(0, 2 * np.pi)
        if np.cos(a) > 0.45:  # the face stays bare
            continue
        h = float(rng.uniform(0.26, 0.62))
        r = 0.135 if h > 0.42 else 0.15
        c = (r * np.sin(a), h, r * np.cos(a) - 0.04)
        parts.append(sphere(float(rng.uniform(0.03, 0.042)), at(*c), 0))
    return parts


def _larva(rng: Rng) -> list[Part]:
    """A caterpillar or a grub: a plump body of round segments in a gentle arch, a dark head
    with its mouthparts, stubby legs under the front and soft prolegs behind."""
    parts = []
    n = 9
    for k in range(n):
        u = k / (n - 1)
        c = (0.0, 0.07 + 0.06 * np.sin(np.pi * u), 0.42 - 0.84 * u)
        r = 0.075 * (1.0 - 0.25 * abs(u - 0.4))
        parts.append(sphere(r, at(*c) @ scl(1, 1, 0.9), 0, "body" if k == 1 else ""))
        for sd in (-1, 1):
            if k in (1, 2, 3, 5, 6, 8):  # legs: three pairs in front, prolegs behind
                parts.append(sphere(0.018, at(sd * 0.05, 0.02, c[2]), 1))
        if k % 2 == 0:  # a dark spot on each other segment
            parts.append(sphere(0.014, at(0.0, c[1] + r * 0.95, c[2]), "marking"))
    head = (0.0, 0.09, 0.5)
    parts.append(sphere(0.065, at(*head), 1))
    for sd in (-1, 1):
        parts.append(sphere(0.012, at(sd * 0.035, 0.11, 0.55), "pupil", "eyes"))
    del rng
    return parts


def _pothole(rng: Rng) -> list[Part]:
    """A pothole: a patch of tarmac with a painted line, broken open in a ragged hole down to
    the stones under it, muddy water in its bottom and lumps of tarmac at its edge."""
    parts = [box(1.6, 0.1, 1.2, None, 0, "body")]
    parts.append(box(0.05, 0.004, 1.2, at(-0.55, 0.1, 0), "snow"))  # the painted line
    rim = [
        (0.3 + 0.05 * np.sin(3 * t) + 0.03 * np.cos(7 * t), t)
        for t in np.linspace(0, 2 * np.pi, 13)
    ]
    for (r, t), (r2, t2) in pairwise(rim):  # the broken edge, raised
        a = (r * np.cos(t), 0.1, r * 0.75 * np.sin(t))
        b = (r2 * np.cos(t2), 0.1, r2 * 0.75 * np.sin(t2))
        parts.append(tube([a, b], 0.035, slot=0))
    parts.append(cylinder(0.31, 0.31, 0.006, at(0.0, 0.1, 0) @ scl(1, 1, 0.75), "soil"))  # hole
    parts.append(cylinder(0.2, 0.2, 0.006, at(0.03, 0.104, 0.02) @ scl(1, 1, 0.7), "rain"))
    for _ in range(6):
        a = rng.uniform(0, 2 * np.pi)
        c = (0.42 * np.cos(a), 0.1, 0.32 * np.sin(a))
        parts.append(box(0.06, 0.025, 0.05, at(*c) @ rot("y", float(np.degrees(a))), 0))
    return parts


def _crockery(rng: Rng) -> list[Part]:
    """China: a stack of plates, a cup on its saucer and a teapot, white with a painted blue
    band (the first material, porcelain)."""
    parts = []
    plate = [(0.0, 0.0), (0.12, 0.0), (0.2, 0.02), (0.24, 0.035), (0.2, 0.03), (0.0, 0.015)]
    for k in range(5):
        parts.append(lathe(plate, at(-0.2, 0.025 * k, 0.0), 0, "body" if k == 0 else ""))
    parts.append(torus(0.2, 0.006, at(-0.2, 0.135, 0.0), "plume"))  # the top plate's band
    saucer = at(0.22, 0, 0.22)
    parts.append(lathe([(0.0, 0.0), (0.1, 0.0), (0.13, 0.02), (0.0, 0.01)], saucer, 0))
    cup = [
        (0.0, 0.0),
        (0.04, 0.0),
        (0.06, 0.03),
        (0.07, 0.08),
        (0.065, 0.08),
        (0.055, 0.03),
        (0.0, 0.015),
    ]
    parts.append(lathe(cup, saucer @ at(0, 0.015, 0), 0))
    parts.append(torus(0.025, 0.007, saucer @ at(0.07, 0.065, 0) @ rot("x", 90), 0))
    parts.append(torus(0.066, 0.004, saucer @ at(0, 0.08, 0), "plume"))
    pot = at(0.2, 0, -0.25)
    body = [(0.0, 0.0), (0.08, 0.0), (0.13, 0.06), (0.12, 0.14), (0.06, 0.18), (0.0, 0.18)]
    parts.append(lathe(body, pot, 0))
    parts.append(sphere(0.025, pot @ at(0, 0.2, 0), 0))
    parts.append(tube([(0.11, 0.05, 0), (0.18, 0.12, 0), (0.22, 0.17, 0)], [0.025, 0.018, 0.012],
                      m=pot, slot=0))  # fmt: skip
    parts.append(torus(0.05, 0.01, pot @ at(-0.13, 0.09, 0) @ rot("x", 90), 0))
    parts.append(torus(0.128, 0.005, pot @ at(0, 0.09, 0), "plume"))
    del rng
    return parts


def _cellar(rng: Rng) -> list[Part]:
    """A cellar: bare stone walls and floor lit by one hanging bulb, barrels racked on their
    sides, a rack of bottles and wooden stairs coming down."""
    h = W / 2
    z0 = -h + T
    parts = _shell(window=False, walls="stones")
    for k in range(3):  # barrels lying on a rack along the back wall
        x = -0.4 + 0.3 * k
        stave = [(0.0, 0.0), (0.11, 0.0), (0.13, 0.15), (0.11, 0.3), (0.0, 0.3)]
        parts.append(lathe(stave, at(x + 0.15, 0.18, z0 + 0.16) @ rot("z", 90), 0))
        for f in (0.06, 0.24):
            parts.append(
                torus(0.118, 0.008, at(x + 0.15 - f, 0.18, z0 + 0.16) @ rot("z", 90), "marking")
            )
    parts.append(box(0.9, 0.05, 0.3, at(-0.1, 0.04, z0 + 0.16), 0))
    rack = at(-h + T + 0.1, 0.04, 0.2)  # a wine rack on the left wall
    parts.append(box(0.16, 0.6, 0.5, rack, 0))
    for i in range(4):
        for j in range(3):
            c = rack @ at(0.04, 0.08 + 0.14 * i, -0.16 + 0.16 * j)
            parts.append(cylinder(0.03, 0.03, 0.14, c @ rot("z", 90), "glaze"))
    for k in range(6):  # the stairs coming down at the right
        parts.append(box(0.3, 0.04, 0.14, at(0.55, 0.04 + 0.14 * k, 0.55 - 0.13 * k), 0))
    parts.append(stick((0.0, H + 0.04, 0.1), (0.0, 0.75, 0.1), 0.005, "marking"))
    parts.append(sphere(0.04, at(0.0, 0.73, 0.1), "lampshade"))
    del rng
    return parts


def _magnet(rng: Rng) -> list[Part]:
    """A horseshoe magnet: a thick U bent round, painted red, its two pole ends bare steel,
    a few paper clips clinging to them."""
    t = np.linspace(0, np.pi, 12)
    arc = [(0.18 * np.cos(a), 0.35 + 0.18 * np.sin(a), 0.0) for a in t]
    path = [
        (0.18, 0.05, 0.0),
        (0.18, 0.35, 0.0),
        *arc[1:-1],
        (-0.18, 0.35, 0.0),
        (-0.18, 0.05, 0.0),
    ]
    square = np.array([[-1.0, -1.0], [1.0, -1.0], [1.0, 1.0], [-1.0, 1.0]])
    parts = [tube(path, 0.06, slot=0, tag="body", shape=square)]
    for x in (-0.18, 0.18):
        parts.append(box(0.13, 0.1, 0.13, at(x, 0.0, 0), "steel"))  # the poles
    for x in (-0.2, 0.15):  # paper clips hanging on
        parts.append(
            torus(0.03, 0.004, at(x, -0.04, 0.07) @ scl(0.6, 1.4, 1) @ rot("x", 90), "steel")
        )
    del rng
    return parts


def _lobster_pot(rng: Rng) -> list[Part]:
    """A lobster pot: a half-round cage of wooden slats on a flat base, its ends of netting with
    a funnel-shaped mouth, a rope to its float."""
    parts = [box(0.6, 0.03, 0.9, None, 0, "body")]
    for k in range(5):  # the hoops
        z = -0.42 + 0.21 * k
        parts.append(torus(0.3, 0.012, at(0, 0.03, z) @ rot("x", 90) @ scl(1, 1, 1), 0))
    for k in range(7):  # slats along its length
        a = np.pi * (k + 0.5) / 7
        x, y = 0.3 * np.cos(a), 0.03 + 0.3 * np.sin(a)
        parts.append(
            box(
                0.03, 0.012, 0.9, at(float(x), float(y), 0) @ rot("z", float(np.degrees(a)) - 90), 0
            )
        )
    for z in (-0.45, 0.45):  # the netting ends: a grid of twine
        for k in range(5):
            x = -0.24 + 0.12 * k
            top = 0.03 + np.sqrt(max(0.0, 0.3**2 - x**2))
            parts.append(stick((x, 0.03, z), (x, float(top), z), 0.004, 1))
        for y in (0.1, 0.18, 0.26):
            w = np.sqrt(max(0.0, 0.3**2 - (y - 0.03) ** 2))
            parts.append(stick((-w, y, z), (w, y, z), 0.004, 1))
    parts.append(cylinder(0.08, 0.02, 0.15, at(0, 0.12, 0.45) @ rot("x", -90), 1))  # the funnel
    parts.append(
        tube([(0.0, 0.33, 0.0), (0.2, 0.5, 0.2), (0.5, 0.2, 0.5), (0.6, 0.05, 0.6)], 0.008, slot=1)
    )
    parts.append(sphere(1.0, at(0.62, 0.07, 0.62) @ scl(0.07, 0.06, 0.07), "card-red"))
    del rng
    return parts


def _fishing_net(rng: Rng) -> list[Part]:
    """A fishing net heaped where it was dropped: its meshes of twine draped over a mound,
    a string of floats along its edge, a small fish caught in it."""
    parts = []
    n = 9

    def height(x: float, z: float) -> float:
        return 0.25 * np.exp(-(x**2 + z**2) / 0.18) + 0.02 * np.sin(7 * x) * np.cos(5 * z) + 0.02

    grid = np.linspace(-0.55, 0.55, n)
    for i, x in enumerate(grid):  # the meshes: twine both ways over the heap
        line = [(float(x), height(x, z), float(z)) for z in np.linspace(-0.55, 0.55, 12)]
        parts.append(tube(line, 0.006, slot=0, tag="body" if i == 0 else ""))
        line = [(float(z), height(z, x), float(x)) for z in np.linspace(-0.55, 0.55, 12)]
        parts.append(tube(line, 0.006, slot=0))
    for k in range(7):  # the floats along one edge
        x = -0.55 + 1.1 * k / 6
        parts.append(sphere(1.0, at(x, height(x, 0.55) + 0.02, 0.57) @ scl(0.045, 0.035, 0.035), 1))
    fish = at(0.1, height(0.1, 0.1) + 0.02, 0.1) @ rot("y", 30)
    parts.append(sphere(1.0, fish @ scl(0.03, 0.025, 0.08), "steel"))
    parts.append(cylinder(0.0, 0.03, 0.04, fish @ at(0, 0, -0.1) @ rot("x", 90), "steel"))
    del rng
    return parts


def _buoy(rng: Rng) -> list[Part]:
    """A buoy afloat: a round float banded red and white, a caged mast on it with a lamp at its
    top, riding on a patch of sea."""
    parts = [cylinder(0.5, 0.5, 0.02, None, "rain")]
    float_ = [(0.0, 0.0), (0.22, 0.0), (0.3, 0.1), (0.3, 0.22), (0.2, 0.28), (0.0, 0.28)]
    parts.append(lathe(float_, None, 0, "body"))
    parts.append(cylinder(0.305, 0.305, 0.07, at(0, 0.12, 0), "snow"))  # its white band
    for k in range(3):  # the cage
        a = 2 * np.pi * k / 3
        parts.append(
            stick(
                (0.15 * np.cos(a), 0.27, 0.15 * np.sin(a)),
                (0.06 * np.cos(a), 0.75, 0.06 * np.sin(a)),
                0.012,
                0,
            )
        )
    for y in (0.45, 0.65):
        parts.append(torus(0.1 - 0.1 * (y - 0.3), 0.01, at(0, y, 0), 0))
    parts.append(cylinder(0.04, 0.04, 0.08, at(0, 0.75, 0), "lampshade"))
    parts.append(cylinder(0.05, 0.0, 0.05, at(0, 0.83, 0), 0))
    del rng
    return parts


def _post(rng: Rng) -> list[Part]:
    """A wooden mooring post: a thick weathered timber standing out of the ground, its top
    worn round, a rope hitched twice round it."""
    parts = [cylinder(0.12, 0.12, 0.85, None, 0, "body")]
    parts.append(sphere(1.0, at(0, 0.85, 0) @ scl(0.12, 0.05, 0.12), 0))
    for y in (0.55, 0.62):
        parts.append(torus(0.13, 0.02, at(0, y, 0), 1))
    parts.append(
        tube(
            [(0.12, 0.58, 0.05), (0.3, 0.45, 0.2), (0.45, 0.1, 0.35), (0.6, 0.02, 0.5)],
            0.02,
            slot=1,
        )
    )
    for k in range(5):  # grain split in the old wood
        a = 2 * np.pi * k / 5
        parts.append(
            box(
                0.006,
                0.5,
                0.01,
                at(0.121 * np.cos(a), 0.1, 0.121 * np.sin(a)) @ rot("y", -float(np.degrees(a))),
                "marking",
            )
        )
    del rng
    return parts


def _fish_bones(rng: Rng) -> list[Part]:
    """A fish skeleton: the skull with its empty eye and jaw, the backbone of round vertebrae,
    curved ribs above and below it, and the bony tail fin."""
    parts = []
    head = (0.0, 0.2, 0.42)
    parts.append(sphere(1.0, at(*head) @ scl(0.05, 0.09, 0.11), 0, "body"))
    parts.append(sphere(0.025, at(0.04, 0.22, 0.45), "pupil"))
    parts.append(tube([(0.0, 0.15, 0.5), (0.0, 0.13, 0.56)], [0.02, 0.012], slot=0))  # the jaw
    spine = [(0.0, 0.2, 0.3 - 0.6 * u) for u in np.linspace(0, 1, 12)]
    for k, c in enumerate(spine):
        parts.append(sphere(1.0, at(*c) @ scl(0.022, 0.022, 0.018), 0))
        if 0 < k < 11:
            size = 0.14 * np.sin(np.pi * (k + 1) / 12)
            for side in (-1, 1):  # ribs curving down each side, spines up
                rib = [
                    c,
                    (side * 0.04, c[1] - size * 0.5, c[2] + 0.02),
                    (side * 0.02, c[1] - size, c[2] + 0.05),
                ]
                parts.append(tube(rib, [0.006, 0.005, 0.002], slot=0))
            parts.append(tube([c, (0.0, c[1] + size * 0.7, c[2] + 0.04)], [0.005, 0.001], slot=0))
    tail = spine[-1]
    for a in (-35, -18, 18, 35):
        t = np.radians(a)
        tip = (0.0, tail[1] + 0.16 * np.sin(t), tail[2] - 0.16 * np.cos(t))
        parts.append(tube([tail, tip], [0.006, 0.002], slot=0))
    del rng
    return parts


def _chisel(rng: Rng) -> list[Part]:
    """A wood chisel lying on its side: a turned wooden handle with a steel ferrule, and the
    flat steel blade ground to a bevelled edge."""
    parts = [lathe([(0.0, 0.0), (0.035, 0.0), (0.045, 0.1), (0.04, 0.3), (0.03, 0.34), (0.0, 0.35)],
                   at(0, 0.045, -0.35) @ rot("x", 90), 1, "body")]  # fmt: skip
    parts.append(cylinder(0.037, 0.037, 0.04, at(0, 0.045, 0.0) @ rot("x", 90), "steel"))
    parts.append(cylinder(0.012, 0.012, 0.05, at(0, 0.045, 0.04) @ rot("x", 90), "steel"))
    blade = at(0, 0.045, 0.09)
    parts.append(box(0.06, 0.012, 0.3, blade @ at(0, -0.006, 0.15), "steel"))
    parts.append(box(0.06, 0.006, 0.05, blade @ at(0, -0.006, 0.32) @ rot("x", 8), "steel"))
    del rng
    return parts


def _capstan(rng: Rng) -> list[Part]:
    """A ship's capstan: a waisted wooden drum on a round base, a cap on top with square holes
    and the long bars that sailors push, a rope wound round its waist."""
    drum = [
        (0.0, 0.0),
        (0.3, 0.0),
        (0.3, 0.06),
        (0.2, 0.12),
        (0.16, 0.35),
        (0.2, 0.55),
        (0.24, 0.6),
        (0.0, 0.6),
    ]
    parts = [lathe(drum, None, 0, "body")]
    for k in range(8):  # the whelps: ribs up the drum
        a = 2 * np.pi * k / 8
        parts.append(
            box(
                0.04,
                0.45,
                0.04,
                at(0.19 * np.cos(a), 0.1, 0.19 * np.sin(a)) @ rot("y", -float(np.degrees(a))),
                0,
            )
        )
    for k in range(4):  # the bars
        a = np.pi * k / 4
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        parts.append(stick(-d * 0.7 + (0, 0.56, 0), d * 0.7 + (0, 0.56, 0), 0.025, 1))
    for y in (0.25, 0.3, 0.35):
        parts.append(torus(0.18, 0.025, at(0, y, 0), "cork"))  # the rope round it
    del rng
    return parts


def _sheaf(rng: Rng) -> list[Part]:
    """A sheaf of wheat standing: a bundle of stalks tied round the middle, splayed below,
    the heavy ears of grain at the top nodding outwards."""
    parts = [torus(0.09, 0.02, at(0, 0.4, 0), 1, "body")]  # the band
    for _ in range(36):
        a = rng.uniform(0, 2 * np.pi)
        r = 0.07 * np.sqrt(rng.uniform(0, 1))
        foot = (2.6 * r * np.cos(a), 0.0, 2.6 * r * np.sin(a))
        waist = (r * np.cos(a), 0.4, r * np.sin(a))
        top = (2.2 * r * np.cos(a), 0.85 + rng.uniform(-0.05, 0.05), 2.2 * r * np.sin(a))
        parts.append(tube([foot, waist, top], 0.006, slot=0))
        ear = (
            at(*top)
            @ rot("z", float(np.degrees(np.cos(a))) * -20)
            @ rot("x", float(np.degrees(np.sin(a))) * 20)
        )
        parts.append(sphere(1.0, ear @ at(0, 0.05, 0) @ scl(0.013, 0.06, 0.013), 0))
    return parts


def _earthworm(rng: Rng) -> list[Part]:
    """An earthworm on the ground: a smooth pink body of many ringed segments in an S, its
    saddle a paler band, no eyes and no mouth to speak of."""
    t = np.linspace(0, 1, 14)
    path = [(0.5 * (u - 0.5), 0.03, 0.12 * np.sin(2 * np.pi * u * 1.3)) for u in t]
    radii = [0.012 + 0.018 * np.sin(np.pi * min(1.0, u * 1.15)) for u in t]
    parts = [tube(path, radii, slot=0, tag="body")]
    for k, (x, y, z) in enumerate(path[1:-1], 1):  # the rings
        parts.append(torus(radii[k], 0.002, at(x, y, z) @ rot("z", 90), "marking"))
    x, y, z = path[4]
    parts.append(sphere(1.0, at(x, y, z) @ scl(0.04, 0.034, 0.034), 1))  # the saddle
    del rng
    return parts


def _walnut(rng: Rng) -> list[Part]:
    """Walnuts: one whole in its wrinkled shell with the seam round it, and one cracked in half
    showing the kernel's folded lobes."""
    parts = [sphere(1.0, at(-0.08, 0.1, 0.0) @ scl(0.1, 0.095, 0.11), 0, "body")]
    parts.append(torus(0.1, 0.012, at(-0.08, 0.1, 0.0) @ rot("z", 90) @ scl(1, 1, 1.1), 0))  # seam
    for _ in range(22):  # the wrinkles
        d = rng.normal(size=3)
        d /= np.linalg.norm(d)
        c = np.array((-0.08, 0.1, 0.0)) + d * np.array((0.095, 0.09, 0.105))
        parts.append(sphere(float(rng.uniform(0.015, 0.025)), at(*c) @ scl(1, 1, 1.6), 0))
    half = at(0.15, 0.0, 0.1)
    parts.append(
        lathe(
            [(0.0, 0.0), (0.07, 0.01), (0.1, 0.05), (0.1, 0.07), (0.0, 0.07)],
            half @ scl(1, 1, 1.1),
            0,
        )
    )
    for sd in (-1, 1):  # the kernel's two lobes
        parts.append(sphere(1.0, half @ at(sd * 0.04, 0.075, 0) @ scl(0.04, 0.025, 0.08), 1))
    return parts


def _atom(rng: Rng) -> list[Part]:
    """An atom as it is drawn: a nucleus of packed protons and neutrons, three tilted orbits
    round it, each with its electron."""
    parts = []
    for k in range(9):  # the nucleus
        d = rng.normal(size=3)
        d = d / np.linalg.norm(d) * (0.0 if k == 0 else 0.07)
        parts.append(
            sphere(0.06, at(*(d + v3(0, 0.5, 0))), ("card-red", 0)[k % 2], "body" if k == 0 else "")
        )
    for k in range(3):
        m = at(0, 0.5, 0) @ rot("y", 60 * k) @ rot("x", 70) @ scl(1.0, 1.0, 0.4)
        parts.append(torus(0.4, 0.008, m, 1))
        parts.append(
            sphere(
                0.035,
                m @ at(0.4 * np.cos(2.0 * k), 0, 0.4 * np.sin(2.0 * k)) @ scl(1, 1, 2.5),
                "glow",
            )
        )
    return parts


def _bunk_bed(rng: Rng) -> list[Part]:
    """A bunk bed: two beds stacked on four tall posts, each with its mattress, pillow and
    blanket, a ladder up the end and a guard rail along the top bunk."""
    L, Wd = 1.0, 0.5
    parts = []
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(
                box(
                    0.05,
                    1.2,
                    0.05,
                    at(sx * Wd / 2, 0, sz * L / 2),
                    0,
                    "body" if sx == sz == -1 else "",
                )
            )
    for y in (0.2, 0.78):
        parts.append(box(Wd, 0.06, L, at(0, y, 0), 0))  # the frame
        parts.append(box(Wd - 0.04, 0.08, L - 0.04, at(0, y + 0.06, 0), "sheet"))
        parts.append(box(Wd - 0.02, 0.03, L * 0.6, at(0, y + 0.14, L * 0.18), 1))  # blanket
        parts.append(sphere(1.0, at(0, y + 0.17, -L / 2 + 0.12) @ scl(0.17, 0.04, 0.08), "sheet"))
    parts.append(box(0.03, 0.1, L * 0.7, at(Wd / 2, 0.95, -0.05), 0))  # the guard rail
    for y in np.linspace(0.2, 1.0, 6):  # the ladder at the foot
        parts.append(
            stick((-0.15, float(y), L / 2 + 0.06), (0.15, float(y), L / 2 + 0.06), 0.012, 0)
        )
    for x in (-0.15, 0.15):
        parts.append(stick((x, 0.0, L / 2 + 0.06), (x, 1.1, L / 2 + 0.06), 0.015, 0))
    del rng
    return parts


def _ice_cubes(rng: Rng) -> list[Part]:
    """Ice: a few clear cubes piled together, a little meltwater under them."""
    parts = [cylinder(0.3, 0.3, 0.005, scl(1, 1, 0.8), "rain")]
    for k, (x, y, z, a) in enumerate(
        (
            (-0.1, 0.0, 0.0, 10),
            (0.12, 0.0, 0.05, 35),
            (0.0, 0.0, -0.14, 60),
            (0.02, 0.15, -0.02, 25),
        )
    ):
        m = at(x, y, z) @ rot("y", a) @ rot("z", 8 * k)
        parts.append(box(0.15, 0.15, 0.15, m, 0, "body" if k == 0 else ""))
    del rng
    return parts


def _charcoal(rng: Rng) -> list[Part]:
    """Charcoal: a heap of black lumps, their broken faces split along the grain."""
    parts = []
    for k in range(14):
        r = float(rng.uniform(0.05, 0.09))
        c = (rng.uniform(-0.2, 0.2), r * 0.6 + (0.08 if k > 9 else 0.0), rng.uniform(-0.2, 0.2))
        m = at(*c) @ rot("y", float(rng.uniform(0, 180))) @ scl(r * 1.6, r * 0.8, r)
        parts.append(box(1.0, 1.0, 1.0, m @ at(0, -0.5, 0), 0, "body" if k == 0 else ""))
        parts.append(box(0.02, 1.02, 1.02, m @ at(0.0, -0.51, 0), "marking"))  # a split
    return parts


def _fireplace(rng: Rng) -> list[Part]:
    """A fireplace: a chimney breast standing against its wall, a mantelshelf across it with a
    clock and candlesticks, the dark firebox with logs burning in it, and the hearth before
    it."""
    parts = [box(1.2, 1.0, 0.35, None, 0, "body")]  # the chimney breast
    parts.append(box(1.4, 0.06, 0.45, at(0, 0.82, 0.05), 1))  # the mantelshelf
    parts.append(box(1.3, 0.04, 0.55, at(0, 0.0, 0.3), "stones"))  # the hearth
    parts.append(box(0.6, 0.5, 0.02, at(0, 0.04, 0.17), "pupil"))  # the firebox's dark mouth
    parts.append(box(0.72, 0.08, 0.04, at(0, 0.54, 0.17), 0))  # its lintel
    for x in (-0.16, 0.0, 0.16):  # logs and their flames
        parts.append(
            cylinder(
                0.04,
                0.04,
                0.36,
                at(x * 0.6 + 0.18, 0.08, 0.26) @ rot("z", 90) @ rot("x", float(x) * 60),
                "cork",
            )
        )
    for k in range(4):
        x = -0.15 + 0.1 * k
        h = float(rng.uniform(0.14, 0.24))
        parts.append(
            lathe([(0.0, 0.0), (0.05, 0.03), (0.04, h * 0.5), (0.0, h)], at(x, 0.1, 0.26), "flame")
        )
    parts.append(box(0.14, 0.16, 0.08, at(0, 0.85, 0.05), "card-red"))  # a mantel clock
    parts.append(cylinder(0.045, 0.045, 0.01, at(0, 0.93, 0.095) @ rot("x", 90), "sclera"))
    for x in (-0.5, 0.5):
        parts.append(cylinder(0.025, 0.04, 0.12, at(x, 0.85, 0.05), "glaze"))
        parts.append(cylinder(0.012, 0.012, 0.08, at(x, 0.97, 0.05), "sheet"))
    return parts


def _marbles(rng: Rng) -> list[Part]:
    """Glass marbles: a few clear spheres, each with its twisted coloured ribbon inside."""
    parts = []
    for k, (x, z) in enumerate(((0.0, 0.0), (0.11, 0.06), (-0.05, 0.12), (0.07, -0.1))):
        r = 0.05 if k else 0.06
        parts.append(sphere(r, at(x, r, z), 0, "body" if k == 0 else ""))
        colour = ("card-red", "plume", "fruit-yellow", "vine")[k]
        for a in (0.0, np.pi):  # the swirl: two ribbons twisting up through it
            path = [(x + 0.6 * r * np.cos(a + 2.5 * t), r * (0.25 + 1.5 * t), z + 0.6 * r * np.sin(a + 2.5 * t))
                    for t in np.linspace(0.0, 1.0, 6)]  # fmt: skip
            parts.append(tube(path, 0.12 * r, slot=colour))
    del rng
    return parts


def _saloon_doors(rng: Rng) -> list[Part]:
    """Saloon doors: a pair of short louvred half-doors swinging in a doorway, the open space
    above and below them."""
    parts = [
        box(0.06, 2.1, 0.12, at(-0.62, 0, 0), 1, "body"),
        box(0.06, 2.1, 0.12, at(0.62, 0, 0), 1),
        box(1.3, 0.1, 0.14, at(0, 2.1, 0), 1),
    ]
    for sd in (-1, 1):  # each leaf hinged at its post, swung a little open
        m = at(sd * 0.58, 0.7, 0) @ rot("y", sd * 12)
        leaf_ = m @ at(-sd * 0.29, 0, 0)
        parts.append(box(0.56, 0.75, 0.04, leaf_, 0))
        for k in range(7):  # the louvres
            parts.append(
                box(0.46, 0.03, 0.05, leaf_ @ at(0, 0.12 + 0.075 * k, 0.0) @ rot("x", 25), 1)
            )
        parts.append(box(0.56, 0.06, 0.05, leaf_ @ at(0, 0.72, 0), 0))  # the scalloped top rail
    del rng
    return parts


def _wedge(rng: Rng) -> list[Part]:
    """A chock: a wooden wedge lying on its long face, a rope through a hole at its thick end."""
    tri = np.array([[-1.0, -0.5], [1.0, -0.5], [-1.0, 0.5]])
    parts = [tube([(-0.15, 0.0, 0.0), (0.15, 0.0, 0.0)], 0.2, slot=0, tag="body", shape=tri,
                  m=at(0, 0.1, 0) @ rot("y", 90))]  # fmt: skip
    parts.append(torus(0.06, 0.012, at(0.0, 0.12, -0.2) @ rot("x", 90), 1))
    del rng
    return parts


def _flask(rng: Rng) -> list[Part]:
    """A laboratory flask: a cone of clear glass on a flat base narrowing to a straight neck
    with a lip, half full of coloured liquid."""
    glass = [(0.0, 0.0), (0.3, 0.0), (0.32, 0.03), (0.1, 0.5), (0.07, 0.56), (0.07, 0.8), (0.09, 0.82),
             (0.08, 0.84), (0.05, 0.8), (0.05, 0.58), (0.08, 0.5), (0.27, 0.05), (0.0, 0.05)]  # fmt: skip
    parts = [lathe(glass, None, 0, "body")]
    liquid = [(0.0, 0.0), (0.28, 0.0), (0.3, 0.03), (0.18, 0.28), (0.0, 0.28)]
    parts.append(lathe(liquid, at(0, 0.05, 0), "plume"))
    del rng
    return parts


def _spur(rng: Rng) -> list[Part]:
    """A riding spur lying on its side: the U-shaped heel band with a buckle strap, the neck
    reaching back and the spiked rowel turning on its end."""
    t = np.linspace(0.0, np.pi, 10)
    band = [(0.16 * np.cos(a), 0.04, -0.14 * np.sin(a)) for a in t]
    parts = [tube(band, 0.018, slot=0, tag="body")]
    parts.append(tube([(0.0, 0.04, -0.14), (0.0, 0.07, -0.28)], [0.014, 0.01], slot=0))  # neck
    rowel = at(0.0, 0.07, -0.32) @ rot("x", 90)
    parts.append(cylinder(0.015, 0.015, 0.012, rowel @ at(0, -0.006, 0), 0))
    for k in range(8):  # the rowel's points
        a = 2 * np.pi * k / 8
        parts.append(
            stick(
                rowel[:3, 3],
                rowel[:3, 3] + np.array((0.07 * np.cos(a), 0.07 * np.sin(a), 0.0)),
                0.006,
                0,
            )
        )
    parts.append(box(0.36, 0.008, 0.05, at(0, 0.03, 0.02), 1))  # the strap across
    parts.append(torus(0.02, 0.005, at(0.12, 0.04, 0.02) @ rot("x", 90), 0))  # its buckle
    del rng
    return parts


def _mast(rng: Rng) -> list[Part]:
    """A ship's mast: a tall pole stepped in a piece of deck, a yard across it with its sail
    furled, a crow's nest near the top and stays running down to the deck."""
    parts = [box(1.0, 0.06, 0.7, None, 0, "body")]  # the deck
    parts.append(cylinder(0.05, 0.035, 2.4, at(0, 0.06, 0), 0))
    parts.append(stick((-0.6, 1.5, 0.0), (0.6, 1.5, 0.0), 0.025, 0))  # the yard
    parts.append(
        tube([(-0.55, 1.46, 0.04), (0.0, 1.42, 0.06), (0.55, 1.46, 0.04)], 0.05, slot=1)
    )  # sail
    parts.append(cylinder(0.16, 0.18, 0.12, at(0, 1.95, 0), 0))  # the crow's nest
    parts.append(cylinder(0.0, 0.03, 0.05, at(0, 2.45, 0) @ rot("x", 180), 0))
    for x, z in ((-0.48, 0.3), (0.48, 0.3), (-0.48, -0.3), (0.48, -0.3)):  # stays
        parts.append(stick((x, 0.06, z), (0.0, 2.2, 0.0), 0.005, "marking"))
    del rng
    return parts


def _boiler(rng: Rng) -> list[Part]:
    """A steam boiler: a riveted iron drum lying on brick saddles, a firebox door at its front,
    a chimney, a pressure gauge and a safety valve on top."""
    L, r = 1.2, 0.3
    parts = [cylinder(r, r, L, at(0, 0.4, -L / 2) @ rot("x", 90), 0, "body")]
    for z in np.linspace(-0.5, 0.5, 5):  # riveted seams
        parts.append(torus(r + 0.005, 0.01, at(0, 0.4, float(z)) @ rot("x", 90), 0))
    for z in (-0.4, 0.4):
        parts.append(box(0.5, 0.25, 0.15, at(0, 0.0, z), "stones"))  # the saddles
    parts.append(cylinder(r, r, 0.02, at(0, 0.4, L / 2) @ rot("x", 90), 1))  # its front
    parts.append(box(0.2, 0.16, 0.02, at(0, 0.24, L / 2 + 0.02), "pupil"))  # the firebox door
    parts.append(cylinder(0.07, 0.08, 0.55, at(0, 0.65, -0.4), 1))  # the chimney
    parts.append(cylinder(0.05, 0.05, 0.12, at(0.0, 0.68, 0.3), 1))
    parts.append(cylinder(0.07, 0.07, 0.02, at(0.0, 0.82, 0.28) @ rot("x", 70), "sclera"))  # gauge
    parts.append(cylinder(0.03, 0.03, 0.14, at(0.12, 0.68, 0.05), "steel"))  # the valve
    del rng
    return parts


def _saddlebag(rng: Rng) -> list[Part]:
    """Saddlebags: two leather pouches hanging from a strap laid over a rail, each with its
    flap buckled down."""
    parts = [box(0.9, 0.06, 0.08, at(0, 0.6, 0), "cork")]  # the rail it hangs over
    parts.append(box(0.3, 0.03, 0.2, at(0, 0.66, 0), 0, "body"))  # the strap over it
    for sd in (-1, 1):
        bag = at(0, 0.18, sd * 0.1)
        parts.append(box(0.32, 0.36, 0.1, bag, 0))
        parts.append(box(0.33, 0.2, 0.02, bag @ at(0, 0.18, sd * 0.055), 0))  # the flap
        parts.append(box(0.3, 0.42, 0.02, at(0, 0.22, sd * 0.035), 0))  # the strap down
        parts.append(box(0.05, 0.12, 0.01, bag @ at(0, 0.16, sd * 0.068), 1))  # buckle strap
        parts.append(torus(0.025, 0.005, bag @ at(0, 0.2, sd * 0.072) @ rot("x", 90), "steel"))
    del rng
    return parts


def _toast(rng: Rng) -> list[Part]:
    """A slice of toast standing on its edge: a square slice with a domed top, browned, its
    crust darker round the edge, a pat of butter melting on it."""
    outline = [
        (-0.5, 0.0),
        (0.5, 0.0),
        (0.5, 0.7),
        (0.35, 0.88),
        (0.0, 0.92),
        (-0.35, 0.88),
        (-0.5, 0.7),
    ]
    parts = [slab(outline, 0.1, at(0, 0, 0) @ rot("x", -12) @ scl(0.5, 0.5, 1), 0, "body")]
    parts.append(
        slab(outline, 0.11, at(0, 0, 0) @ rot("x", -12) @ scl(0.52, 0.52, 1) @ scl(1, 1, 0.95), 1)
    )
    parts.append(box(0.12, 0.03, 0.1, at(0.02, 0.22, 0.06) @ rot("x", 78), "fruit-yellow"))
    del rng
    return parts


def _coat_stand(rng: Rng) -> list[Part]:
    """A coat stand: a turned pole on three splayed feet, curved hooks round its crown, a hat
    and a scarf hung on them."""
    parts = [cylinder(0.03, 0.025, 1.7, None, 0, "body")]
    parts.append(sphere(0.045, at(0, 1.72, 0), 0))
    for k in range(3):  # the feet
        a = 2 * np.pi * k / 3
        parts.append(tube([(0, 0.25, 0), (0.2 * np.cos(a), 0.06, 0.2 * np.sin(a)),
                           (0.3 * np.cos(a), 0.0, 0.3 * np.sin(a))], 0.025, slot=0))  # fmt: skip
    for k in range(6):  # the hooks
        a = 2 * np.pi * k / 6
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        parts.append(tube([d * 0.02 + (0, 1.55, 0), d * 0.13 + (0, 1.6, 0), d * 0.16 + (0, 1.68, 0)],
                          0.012, slot=0))  # fmt: skip
    hat = at(0.13, 1.55, 0.06)
    parts.append(cylinder(0.13, 0.13, 0.012, hat @ rot("z", 25), 1))
    parts.append(cylinder(0.08, 0.07, 0.1, hat @ rot("z", 25), 1))
    parts.append(
        tube([(-0.1, 1.6, 0.1), (-0.14, 1.3, 0.12), (-0.12, 1.0, 0.1)], 0.03, slot="card-red")
    )
    del rng
    return parts


def _pinecone(rng: Rng) -> list[Part]:
    """A pine cone lying on its side: overlapping woody scales spiralling round a tapering
    egg shape, each lying on it with its tip lifted toward the cone's base."""
    rx, rz = 0.085, 0.15
    parts = [sphere(1.0, at(0, rx, 0) @ scl(rx, rx, rz), 0, "body")]
    for k in range(70):  # the scales, in a spiral from base to tip
        t = (k + 0.5) / 70
        a = k * 2.4
        e = np.arcsin(2 * t - 1)  # latitude along the cone's length
        d = np.array([np.cos(e) * np.cos(a), np.cos(e) * np.sin(a), np.sin(e)])
        c = d * np.array([rx, rx, rz])
        n = d / np.array([rx, rx, rz]) ** 2
        n = n / np.linalg.norm(n)
        size = 0.03 * (0.6 + 0.6 * np.cos(e))
        m = at(c[0], c[1] + rx, c[2]) @ align(n) @ rot("x", -25) @ scl(size, size * 0.35, size)
        parts.append(sphere(1.0, m, 0))
    del rng
    return parts


def _doorknob(rng: Rng) -> list[Part]:
    """A doorknob: a round brass knob on its neck, standing out from its round rose plate."""
    parts = [cylinder(0.12, 0.12, 0.02, rot("x", 90), 0, "body")]  # the rose
    parts.append(cylinder(0.03, 0.035, 0.08, at(0, 0, 0.02) @ rot("x", 90), 0))  # the neck
    parts.append(sphere(1.0, at(0, 0, 0.14) @ scl(0.08, 0.08, 0.06), 0))
    parts.append(cylinder(0.012, 0.012, 0.005, at(0, -0.07, 0.02) @ rot("x", 90), "pupil"))
    del rng
    return parts


ROOM_APPLIANCES = {
    205: _room, 206: _bedroom, 207: _kitchen, 208: _bathroom, 209: _living_room,
    210: _dining_room, 211: _classroom, 212: _office, 213: _hallway, 214: _prison_cell,
    215: _diner_booth, 216: _butter, 217: _burrow, 218: _castanets, 219: _sleigh_bells,
    220: _silo, 221: _coconut, 222: _catkins, 223: _gem, 224: _library, 239: _tin_can, 240: _belt, 241: _bar,
    242: _hose, 243: _wig, 244: _larva, 245: _pothole, 246: _crockery, 247: _cellar,
    248: _magnet, 249: _lobster_pot, 250: _fishing_net, 251: _buoy, 252: _post, 253: _fish_bones,
    254: _chisel, 255: _capstan, 256: _sheaf, 257: _earthworm, 258: _walnut, 259: _atom,
    260: _bunk_bed, 261: _ice_cubes, 262: _charcoal, 263: _fireplace, 264: _marbles,
    265: _saloon_doors, 266: _wedge, 267: _flask, 268: _spur, 269: _mast, 270: _boiler,
    271: _saddlebag, 272: screwdriver, 273: _toast, 275: _coat_stand, 276: _pinecone,
    277: _doorknob,
}  # fmt: skip
"""Rooms and more by the device family's ``appliance``."""
