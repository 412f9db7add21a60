"""The device family's appliances, fixtures and contraptions (its ``appliance`` parameter): a
refrigerator, a washing machine, an oven, a vending machine, a fire hydrant, a telephone booth,
a safe, a ship's wheel, a satellite dish, a spinning top, a grenade, a chainsaw, a gas
cylinder, a gumball machine, an espresso machine, a robotic arm, a wagon wheel, dynamite, a
traffic light, a smartphone, a trash can, a playground slide, a pair of scales, a compass, a
trap, a typewriter, a microscope, a blender, a magnifying glass, a pencil, a ruler, a traffic
cone, a chalkboard, a calculator, a stapler, a bone, a paper clip, a bale of hay and a
weathervane, a siege catapult, a laptop, a keyboard, a printer, a cash register, an
eraser, a wreath, a microphone, a loudspeaker, headphones, a record, a turntable, a
dumbbell, a barbell, a kettlebell, a medal, a whistle, a dartboard, a bowling pin, a
football goal, a log, a hammock, a fishing rod, a toilet, a unicycle and a
jack-in-the-box."""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._appliances_b import MORE_APPLIANCES
from ._appliances_c import ROOM_APPLIANCES
from ._appliances_d import MORE_APPLIANCES_D
from ._appliances_e import MORE_APPLIANCES_E
from ._appliances_f import MORE_APPLIANCES_F
from ._appliances_g import MORE_APPLIANCES_G
from ._appliances_h import MORE_APPLIANCES_H
from ._appliances_i import MORE_APPLIANCES_I
from ._appliances_j import MORE_APPLIANCES_J
from ._appliances_k import MORE_APPLIANCES_K
from ._appliances_l import MORE_APPLIANCES_L
from ._appliances_m import MORE_APPLIANCES_M
from ._appliances_n import MORE_APPLIANCES_N
from ._appliances_o import MORE_APPLIANCES_O
from ._appliances_p import MORE_APPLIANCES_P
from ._appliances_q import MORE_APPLIANCES_Q
from ._appliances_r import MORE_APPLIANCES_R
from ._appliances_s import MORE_APPLIANCES_S
from ._appliances_t import MORE_APPLIANCES_T
from ._appliances_u import MORE_APPLIANCES_U
from ._appliances_v import MORE_APPLIANCES_V
from ._appliances_w import MORE_APPLIANCES_W
from ._appliances_x import MORE_APPLIANCES_X
from ._appliances_y import MORE_APPLIANCES_Y
from ._appliances_z import MORE_APPLIANCES_Z
from ._appliances_za import MORE_APPLIANCES_ZA
from ._appliances_zb import MORE_APPLIANCES_ZB
from ._appliances_zc import MORE_APPLIANCES_ZC
from ._appliances_zd import MORE_APPLIANCES_ZD
from ._appliances_ze import MORE_APPLIANCES_ZE
from ._appliances_zf import MORE_APPLIANCES_ZF
from ._appliances_zg import MORE_APPLIANCES_ZG
from ._appliances_zh import MORE_APPLIANCES_ZH
from ._appliances_zi import MORE_APPLIANCES_ZI
from ._appliances_zj import MORE_APPLIANCES_ZJ
from ._appliances_zk import MORE_APPLIANCES_ZK
from ._appliances_zl import MORE_APPLIANCES_ZL
from ._appliances_zm import MORE_APPLIANCES_ZM
from ._appliances_zn import MORE_APPLIANCES_ZN
from ._appliances_zo import MORE_APPLIANCES_ZO
from ._appliances_zp import MORE_APPLIANCES_ZP
from ._appliances_zq import MORE_APPLIANCES_ZQ
from ._appliances_zr import MORE_APPLIANCES_ZR
from ._appliances_zs import MORE_APPLIANCES_ZS
from ._appliances_zt import MORE_APPLIANCES_ZT
from ._appliances_zu import MORE_APPLIANCES_ZU
from ._appliances_zv import MORE_APPLIANCES_ZV
from ._appliances_zw import MORE_APPLIANCES_ZW
from ._appliances_zx import MORE_APPLIANCES_ZX
from ._appliances_zy import MORE_APPLIANCES_ZY
from ._appliances_zz import MORE_APPLIANCES_ZZ
from ._appliances_zza import MORE_APPLIANCES_ZZA
from ._appliances_zzb import MORE_APPLIANCES_ZZB
from ._appliances_zzc import MORE_APPLIANCES_ZZC
from ._appliances_zzd import MORE_APPLIANCES_ZZD
from ._appliances_zze import MORE_APPLIANCES_ZZE
from ._appliances_zzf import MORE_APPLIANCES_ZZF
from ._appliances_zzg import MORE_APPLIANCES_ZZG
from ._appliances_zzh import MORE_APPLIANCES_ZZH
from ._appliances_zzi import MORE_APPLIANCES_ZZI
from ._appliances_zzj import MORE_APPLIANCES_ZZJ
from ._appliances_zzk import MORE_APPLIANCES_ZZK
from ._appliances_zzl import MORE_APPLIANCES_ZZL
from ._appliances_zzm import MORE_APPLIANCES_ZZM
from ._appliances_zzn import MORE_APPLIANCES_ZZN
from ._appliances_zzo import MORE_APPLIANCES_ZZO
from ._appliances_zzp import MORE_APPLIANCES_ZZP
from ._appliances_zzq import MORE_APPLIANCES_ZZQ
from ._appliances_zzr import MORE_APPLIANCES_ZZR
from ._appliances_zzs import MORE_APPLIANCES_ZZS
from ._appliances_zzt import MORE_APPLIANCES_ZZT
from ._appliances_zzu import MORE_APPLIANCES_ZZU
from ._appliances_zzv import MORE_APPLIANCES_ZZV
from ._appliances_zzw import MORE_APPLIANCES_ZZW
from ._appliances_zzx import MORE_APPLIANCES_ZZX
from ._appliances_zzy import MORE_APPLIANCES_ZZY
from ._appliances_zzz import MORE_APPLIANCES_ZZZ
from ._appliances_zzza import MORE_APPLIANCES_ZZZA
from ._appliances_zzzb import MORE_APPLIANCES_ZZZB
from ._appliances_zzzc import MORE_APPLIANCES_ZZZC
from ._appliances_zzzd import MORE_APPLIANCES_ZZZD
from ._appliances_zzze import MORE_APPLIANCES_ZZZE
from ._appliances_zzzg import MORE_APPLIANCES_ZZZG
from ._appliances_zzzh import MORE_APPLIANCES_ZZZH
from ._appliances_zzzi import MORE_APPLIANCES_ZZZI
from ._appliances_zzzj import MORE_APPLIANCES_ZZZJ
from ._appliances_zzzk import MORE_APPLIANCES_ZZZK
from ._appliances_zzzl import MORE_APPLIANCES_ZZZL
from ._appliances_zzzm import MORE_APPLIANCES_ZZZM
from ._appliances_zzzn import MORE_APPLIANCES_ZZZN
from ._appliances_zzzo import MORE_APPLIANCES_ZZZO
from ._appliances_zzzp import MORE_APPLIANCES_ZZZP
from ._appliances_zzzq import MORE_APPLIANCES_ZZZQ
from ._appliances_zzzr import MORE_APPLIANCES_ZZZR
from ._appliances_zzzs import MORE_APPLIANCES_ZZZS
from ._appliances_zzzt import MORE_APPLIANCES_ZZZT
from ._appliances_zzzu import MORE_APPLIANCES_ZZZU
from ._appliances_zzzv import MORE_APPLIANCES_ZZZV
from ._appliances_zzzw import MORE_APPLIANCES_ZZZW
from ._appliances_zzzx import MORE_APPLIANCES_ZZZX
from ._appliances_zzzy import MORE_APPLIANCES_ZZZY
from ._appliances_zzzz import MORE_APPLIANCES_ZZZZ
from ._appliances_zzzzb import MORE_APPLIANCES_ZZZZB
from ._appliances_zzzzc import MORE_APPLIANCES_ZZZZC
from ._appliances_zzzzd import MORE_APPLIANCES_ZZZZD
from ._appliances_zzzze import MORE_APPLIANCES_ZZZZE
from ._appliances_zzzzf import MORE_APPLIANCES_ZZZZF
from ._appliances_zzzzg import MORE_APPLIANCES_ZZZZG
from ._appliances_zzzzh import MORE_APPLIANCES_ZZZZH
from ._appliances_zzzzi import MORE_APPLIANCES_ZZZZI
from ._appliances_zzzzj import MORE_APPLIANCES_ZZZZJ
from ._appliances_zzzzk import MORE_APPLIANCES_ZZZZK
from ._appliances_zzzzl import MORE_APPLIANCES_ZZZZL
from ._appliances_zzzzm import MORE_APPLIANCES_ZZZZM
from ._appliances_zzzzn import MORE_APPLIANCES_ZZZZN
from ._appliances_zzzzo import MORE_APPLIANCES_ZZZZO
from ._appliances_zzzzp import MORE_APPLIANCES_ZZZZP
from ._appliances_zzzzq import MORE_APPLIANCES_ZZZZQ
from ._appliances_zzzzr import MORE_APPLIANCES_ZZZZR
from ._appliances_zzzzs import MORE_APPLIANCES_ZZZZS
from ._appliances_zzzzt import MORE_APPLIANCES_ZZZZT
from ._appliances_zzzzu import MORE_APPLIANCES_ZZZZU
from ._appliances_zzzzv import MORE_APPLIANCES_ZZZZV
from ._appliances_zzzzw import MORE_APPLIANCES_ZZZZW
from ._appliances_zzzzx import MORE_APPLIANCES_ZZZZX
from ._appliances_zzzzy import MORE_APPLIANCES_ZZZZY
from ._appliances_zzzzz import MORE_APPLIANCES_ZZZZZ
from ._appliances_zzzzza import MORE_APPLIANCES_ZZZZZA
from ._appliances_zzzzzb import MORE_APPLIANCES_ZZZZZB
from ._appliances_zzzzzc import MORE_APPLIANCES_ZZZZZC
from ._appliances_zzzzzd import MORE_APPLIANCES_ZZZZZD
from ._appliances_zzzzze import MORE_APPLIANCES_ZZZZZE
from ._appliances_zzzzzf import MORE_APPLIANCES_ZZZZZF
from ._appliances_zzzzzg import MORE_APPLIANCES_ZZZZZG
from ._appliances_zzzzzh import MORE_APPLIANCES_ZZZZZH
from ._appliances_zzzzzi import MORE_APPLIANCES_ZZZZZI
from ._appliances_zzzzzj import MORE_APPLIANCES_ZZZZZJ
from ._appliances_zzzzzk import MORE_APPLIANCES_ZZZZZK
from ._appliances_zzzzzl import MORE_APPLIANCES_ZZZZZL
from ._appliances_zzzzzm import MORE_APPLIANCES_ZZZZZM
from ._appliances_zzzzzn import MORE_APPLIANCES_ZZZZZN
from ._appliances_zzzzzo import MORE_APPLIANCES_ZZZZZO
from ._appliances_zzzzzp import MORE_APPLIANCES_ZZZZZP
from ._appliances_zzzzzq import MORE_APPLIANCES_ZZZZZQ
from ._appliances_zzzzzr import MORE_APPLIANCES_ZZZZZR
from ._appliances_zzzzzs import MORE_APPLIANCES_ZZZZZS
from ._appliances_zzzzzt import MORE_APPLIANCES_ZZZZZT
from ._appliances_zzzzzu import MORE_APPLIANCES_ZZZZZU
from ._appliances_zzzzzv import MORE_APPLIANCES_ZZZZZV
from ._appliances_zzzzzw import MORE_APPLIANCES_ZZZZZW
from ._appliances_zzzzzx import MORE_APPLIANCES_ZZZZZX
from ._appliances_zzzzzy import MORE_APPLIANCES_ZZZZZY
from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import barbell, dumbbell
from ._places import PLACES
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import star

__all__ = ["APPLIANCES"]

Rng = np.random.Generator


def _fridge(rng: Rng) -> list[Part]:
    """A refrigerator: a tall cabinet, a freezer door over the main one, long handles."""
    parts = [box(0.7, 1.75, 0.65, None, 0, "body")]
    for y0, h in ((1.2, 0.52), (0.06, 1.1)):
        parts.append(box(0.66, h, 0.03, at(0, y0, 0.33), 0))  # the doors, a gap between
        parts.append(box(0.04, h * 0.6, 0.04, at(0.25, y0 + h * 0.2, 0.37), 1))  # a handle
    parts.append(box(0.7, 0.06, 0.6, None, 1))  # the plinth
    del rng
    return parts


def _washer(rng: Rng) -> list[Part]:
    """A washing machine: a white cube, a round porthole door with a dark glass window, a
    control strip with a dial along its top."""
    parts = [box(0.6, 0.85, 0.6, None, 0, "body")]
    door = at(0, 0.4, 0.3) @ rot("x", 90)
    parts.append(cylinder(0.22, 0.22, 0.03, door, 1))  # the door ring
    parts.append(cylinder(0.17, 0.17, 0.04, door, "pupil"))  # its glass, dark
    parts.append(box(0.58, 0.1, 0.02, at(0, 0.72, 0.3), 1))  # the control strip
    parts.append(cylinder(0.045, 0.045, 0.03, at(0.18, 0.77, 0.31) @ rot("x", 90), 1))  # dial
    parts.append(box(0.16, 0.05, 0.01, at(-0.16, 0.75, 0.31), "glow"))  # the display
    del rng
    return parts


def _oven(rng: Rng) -> list[Part]:
    """A cooker: four burners on top, a row of knobs, an oven door with a window and a bar."""
    parts = [box(0.6, 0.85, 0.6, None, 0, "body")]
    for x in (-0.15, 0.15):
        for z in (-0.14, 0.14):
            parts.append(cylinder(0.09, 0.09, 0.02, at(x, 0.85, z), 1))
            parts.append(torus(0.06, 0.008, at(x, 0.87, z), 1))
    for k in range(4):
        parts.append(cylinder(0.025, 0.025, 0.03, at(-0.2 + 0.13 * k, 0.76, 0.3) @ rot("x", 90), 1))
    parts.append(box(0.5, 0.28, 0.01, at(0, 0.25, 0.3), "pupil"))  # the window
    parts.append(tube([(-0.2, 0.62, 0.33), (0.2, 0.62, 0.33)], 0.015, slot=1))  # the bar
    del rng
    return parts


def _vending(rng: Rng) -> list[Part]:
    """A vending machine: a tall cabinet, a glass front on shelves of bright goods in rows, a
    coin panel with buttons beside it and a tray at the bottom."""
    parts = [box(0.8, 1.8, 0.7, None, 0, "body")]
    parts.append(box(0.5, 1.2, 0.02, at(-0.1, 0.45, 0.35), "pupil"))  # the dark glass
    for row in range(5):
        y = 0.5 + 0.22 * row
        parts.append(box(0.5, 0.015, 0.1, at(-0.1, y, 0.38), 1))  # a shelf
        for col in range(4):
            c = at(-0.28 + 0.12 * col, y + 0.015, 0.38)
            goods = "glow" if (row + col) % 2 else 2  # lit cans and paler packets
            parts.append(cylinder(0.03, 0.03, 0.1 + 0.04 * rng.uniform(), c, goods))
    parts.append(box(0.18, 0.5, 0.03, at(0.28, 0.9, 0.35), 1))  # the coin panel
    for k in range(6):
        parts.append(box(0.04, 0.03, 0.02, at(0.28, 1.05 + 0.05 * k, 0.37), "glow"))
    parts.append(box(0.5, 0.12, 0.04, at(-0.1, 0.15, 0.35), "pupil"))  # the tray
    return parts


def _hydrant(rng: Rng) -> list[Part]:
    """A fire hydrant: a squat barrel on a flanged foot, a domed cap with a nut, two side
    outlets with caps and a larger one in front."""
    parts = [
        cylinder(0.26, 0.26, 0.08, None, 0),  # the foot
        cylinder(0.19, 0.19, 0.6, at(0, 0.08, 0), 0, "body"),
        torus(0.2, 0.025, at(0, 0.62, 0), 0),
        lathe(
            [(0.0, 0.0), (0.22, 0.0), (0.2, 0.08), (0.12, 0.16), (0.0, 0.18)], at(0, 0.66, 0), 0
        ),  # the dome
        cylinder(0.05, 0.05, 0.07, at(0, 0.84, 0), 1),  # its nut
    ]
    for d, r in (((1, 0, 0), 0.06), ((-1, 0, 0), 0.06), ((0, 0, 1), 0.08)):
        base = np.array([0.0, 0.45, 0.0]) + np.array(d) * 0.17
        parts.append(cylinder(r, r, 0.1, at(*base) @ align(d), 0))  # an outlet
        parts.append(
            cylinder(r * 1.15, r * 1.15, 0.03, at(*(base + np.array(d) * 0.1)) @ align(d), 1)
        )
    del rng
    return parts


def _booth(rng: Rng) -> list[Part]:
    """A telephone booth: a tall box of small glazed panes in a frame, a sign band and a
    domed roof, the telephone seen through the glass."""
    parts = [box(0.9, 0.08, 0.9, None, 0), box(0.84, 0.12, 0.84, at(0, 2.2, 0), 0)]
    parts.append(lathe([(0, 0), (0.48, 0), (0.44, 0.08), (0, 0.14)], at(0, 2.32, 0), 0))
    for sx, sz in ((1, 1), (1, -1), (-1, 1), (-1, -1)):  # corner posts
        parts.append(
            box(
                0.08, 2.12, 0.08, at(sx * 0.41, 0.08, sz * 0.41), 0, "body" if sx == sz == 1 else ""
            )
        )
    for a in (0, 90, 180, 270):  # each side: panes in a frame, the sign above
        side = rot("y", a)
        for row in range(6):
            parts.append(box(0.7, 0.22, 0.01, side @ at(0, 0.6 + 0.25 * row, 0.42), "clear_ice"))
            parts.append(box(0.74, 0.03, 0.03, side @ at(0, 0.58 + 0.25 * row, 0.42), 0))
        parts.append(box(0.03, 1.5, 0.03, side @ at(0, 0.58, 0.42), 0))
        parts.append(box(0.6, 0.1, 0.01, side @ at(0, 2.08, 0.43), "glow"))  # the lit sign
        parts.append(box(0.74, 0.5, 0.03, side @ at(0, 0.08, 0.42), 0))  # the panel below
    parts.append(box(0.2, 0.3, 0.12, at(0, 1.3, -0.3), "pupil"))  # the telephone
    del rng
    return parts


def _safe(rng: Rng) -> list[Part]:
    """A safe: a heavy box on short feet, its thick door set in a frame, a dial with ticks, a
    spoked handle and hinges."""
    parts = [box(0.6, 0.62, 0.55, at(0, 0.06, 0), 0, "body")]
    parts.append(box(0.5, 0.52, 0.03, at(0, 0.11, 0.285), 0))  # the door
    for x, z in ((-0.25, -0.22), (0.25, -0.22), (-0.25, 0.22), (0.25, 0.22)):
        parts.append(box(0.08, 0.06, 0.08, at(x, 0, z), 1))  # feet
    dial = at(-0.05, 0.45, 0.3) @ rot("x", 90)
    parts.append(cylinder(0.08, 0.08, 0.03, dial, 1))
    for k in range(12):
        tick = at(-0.05, 0.45, 0.33) @ rot("z", 30.0 * k) @ at(0, 0.065, 0)
        parts.append(box(0.006, 0.02, 0.006, tick, "pupil"))
    hub = at(0.12, 0.3, 0.3)
    parts.append(cylinder(0.025, 0.025, 0.04, hub @ rot("x", 90), 1))
    for k in range(3):  # the handle's spokes
        a = np.radians(90 + 120 * k + rng.uniform(-10, 10))
        end = np.array([0.12 + 0.08 * np.cos(a), 0.3 + 0.08 * np.sin(a), 0.33])
        parts.append(stick((0.12, 0.3, 0.33), end, 0.01, 1))
        parts.append(sphere(0.017, at(*end), 1))
    for y in (0.2, 0.5):  # hinges
        parts.append(cylinder(0.02, 0.02, 0.08, at(-0.26, y, 0.3), 1))
    return parts


def _ships_wheel(rng: Rng) -> list[Part]:
    """A ship's wheel upright on its pedestal: a rim, a hub, eight spokes running out through
    the rim into turned handles."""
    c = at(0, 0.75, 0) @ rot("x", 90)
    parts = [torus(0.36, 0.03, c, 0, "body"), torus(0.3, 0.015, c, 0)]
    parts.append(cylinder(0.08, 0.08, 0.1, c @ at(0, -0.05, 0), 1))  # the hub
    for k in range(8):
        a = np.radians(45.0 * k + 22.5)
        d = np.array([np.cos(a), np.sin(a), 0.0])
        hub = np.array([0, 0.75, 0.0])
        parts.append(stick(hub + d * 0.06, hub + d * 0.4, 0.018, 0))
        parts.append(
            tube([hub + d * 0.4, hub + d * 0.47, hub + d * 0.53], [0.028, 0.033, 0.022], slot=0)
        )
    parts.append(box(0.2, 0.55, 0.16, at(0, 0.0, -0.12), 1))  # the pedestal
    parts.append(stick((0, 0.75, -0.12), (0, 0.75, 0.0), 0.03, 1))
    del rng
    return parts


def _satellite_dish(rng: Rng) -> list[Part]:
    """A satellite dish: a shallow bowl tilted to the sky on a mount, three struts holding
    the receiver over its middle."""
    tilt = at(0, 0.62, 0) @ rot("x", 35)
    bowl = [
        (0.0, 0.0),
        (0.2, 0.01),
        (0.4, 0.06),
        (0.55, 0.16),
        (0.53, 0.17),
        (0.38, 0.08),
        (0.18, 0.03),
        (0.0, 0.02),
    ]
    parts = [lathe(bowl, tilt, 0, "body")]
    focus = tilt @ np.array([0.0, 0.55, 0.0, 1.0])
    for k in range(3):
        a = np.radians(120.0 * k + 90)
        rim = tilt @ np.array([0.5 * np.cos(a), 0.15, 0.5 * np.sin(a), 1.0])
        parts.append(stick(rim[:3], focus[:3], 0.012, 1))
    parts.append(cylinder(0.05, 0.04, 0.12, at(*focus[:3]) @ rot("x", 35), 1))  # the receiver
    parts.append(stick((0, 0, 0), (0, 0.6, -0.03), 0.05, 1))
    parts.append(box(0.35, 0.05, 0.35, None, 1))
    del rng
    return parts


def _spinning_top(rng: Rng) -> list[Part]:
    """A spinning top on its point: a turned body widest a third of the way up, painted bands
    round it, a knob on a stem at the top, leaning a little as it spins."""
    lean = at(0, 0.0, 0) @ rot("z", rng.uniform(6, 12))
    prof = [
        (0.0, 0.0),
        (0.03, 0.04),
        (0.2, 0.2),
        (0.36, 0.34),
        (0.38, 0.4),
        (0.3, 0.5),
        (0.12, 0.56),
        (0.0, 0.57),
    ]
    parts = [lathe(prof, lean, 0, "body")]
    parts.append(torus(0.375, 0.02, lean @ at(0, 0.37, 0), 1))
    parts.append(torus(0.25, 0.015, lean @ at(0, 0.25, 0), 1))
    parts.append(cylinder(0.035, 0.035, 0.18, lean @ at(0, 0.55, 0), 1))
    parts.append(sphere(0.055, lean @ at(0, 0.75, 0), 1))
    return parts


def _grenade(rng: Rng) -> list[Part]:
    """A hand grenade: a ribbed egg of a body, a fuse head on top, the spoon lever down its
    side and the pin's ring."""
    parts = [sphere(1.0, at(0, 0.32, 0) @ scl(0.2, 0.27, 0.2), 0, "body")]
    for k in range(5):  # the grooves round it and down it
        parts.append(
            torus(
                0.2 * np.sin(np.pi * (k + 1) / 6) + 0.004,
                0.008,
                at(0, 0.32 - 0.27 * np.cos(np.pi * (k + 1) / 6), 0),
                "marking",
            )
        )
    for k in range(6):
        parts.append(
            torus(
                0.26,
                0.006,
                at(0, 0.32, 0) @ rot("y", 30.0 * k) @ rot("x", 90) @ scl(0.77, 1.04, 1),
                "marking",
            )
        )
    parts.append(cylinder(0.07, 0.07, 0.1, at(0, 0.56, 0), 1))
    parts.append(
        tube(
            [(0.06, 0.64, 0), (0.12, 0.6, 0), (0.2, 0.45, 0.0), (0.21, 0.25, 0)],
            [0.02, 0.02, 0.018, 0.015],
            slot=1,
        )
    )
    parts.append(torus(0.05, 0.009, at(-0.1, 0.63, 0.02) @ rot("z", 70), 1))
    del rng
    return parts


def _chainsaw(rng: Rng) -> list[Part]:
    """A chainsaw: an engine housing with a rear grip, a loop handle over the top, and a long
    guide bar forward with its chain's teeth round the edge."""
    parts = [box(0.24, 0.22, 0.4, at(0, 0.0, 0), 0, "body")]
    parts.append(
        tube([(0, 0.22, -0.2), (0, 0.26, -0.3), (0, 0.12, -0.36), (0, 0.05, -0.2)], 0.03, slot=1)
    )  # rear grip
    parts.append(
        tube(
            [(-0.13, 0.08, 0.12), (-0.1, 0.34, 0.1), (0.1, 0.34, 0.1), (0.13, 0.08, 0.12)],
            0.022,
            slot=1,
        )
    )
    bar = at(0, 0.1, 0.2)
    parts.append(box(0.03, 0.09, 0.62, bar, "steel"))
    for k in range(18):
        z = 0.22 + 0.58 * k / 17
        for y in (0.095, 0.0):
            parts.append(box(0.035, 0.02, 0.02, at(0, 0.1 + y, z) @ at(0, -0.01, 0), "marking"))
    parts.append(
        cylinder(0.05, 0.05, 0.035, at(0, 0.145, 0.82) @ rot("z", 90) @ at(0, -0.0175, 0), "steel")
    )
    del rng
    return parts


def _gas_cylinder(rng: Rng) -> list[Part]:
    """A gas cylinder: a tall straight steel bottle with a domed shoulder, a valve on its neck
    with a hand wheel, a gauge, and a band round it."""
    prof = [
        (0.0, 0.0),
        (0.15, 0.0),
        (0.16, 0.02),
        (0.16, 0.8),
        (0.13, 0.9),
        (0.06, 0.95),
        (0.0, 0.96),
    ]
    parts = [lathe(prof, None, 0, "body")]
    parts.append(cylinder(0.035, 0.035, 0.08, at(0, 0.94, 0), 1))  # the valve
    parts.append(torus(0.04, 0.01, at(0, 1.05, 0), 1))  # its hand wheel
    parts.append(cylinder(0.035, 0.035, 0.02, at(0.04, 0.99, 0) @ rot("z", -90), 1))
    parts.append(cylinder(0.045, 0.045, 0.02, at(0.06, 1.0, 0) @ rot("z", -90), "snow"))  # a gauge
    parts.append(torus(0.162, 0.012, at(0, 0.62, 0), "snow"))
    del rng
    return parts


def _gumball_machine(rng: Rng) -> list[Part]:
    """A gumball machine: a clear globe full of coloured gumballs on a red base with a coin
    slot and a crank, a chute at the front, a cap on top."""
    parts = [
        cylinder(0.2, 0.24, 0.12, None, 1),
        cylinder(0.12, 0.2, 0.32, at(0, 0.12, 0), 1, "body"),
    ]
    parts.append(sphere(0.26, at(0, 0.68, 0), "clear_ice"))  # the globe
    colours = ("rainbow-red", "rainbow-yellow", "rainbow-blue", "rainbow-green", "rainbow-orange")
    for k in range(26):
        d = rng.normal(size=3)
        d /= np.linalg.norm(d)
        c = np.array([0, 0.64, 0]) + d * rng.uniform(0.0, 0.19) * np.array([1, 0.8, 1])
        parts.append(sphere(0.045, at(*c), colours[k % 5]))
    parts.append(cylinder(0.09, 0.11, 0.06, at(0, 0.92, 0), 1))
    parts.append(cylinder(0.05, 0.05, 0.03, at(0, 0.3, 0.17) @ rot("x", 90), "steel"))  # crank
    parts.append(box(0.08, 0.02, 0.02, at(0, 0.29, 0.2), "steel"))
    parts.append(box(0.08, 0.05, 0.06, at(0, 0.15, 0.19), "marking"))  # the chute
    return parts


def _espresso_machine(rng: Rng) -> list[Part]:
    """An espresso machine: a boxy body with a domed boiler on top, a group head with its
    portafilter handle, a cup on the drip tray, a steam wand and a gauge."""
    parts = [
        box(0.7, 0.5, 0.45, at(0, 0.0, 0), 0, "body"),
        box(0.6, 0.05, 0.3, at(0, 0.5, -0.04), 1),
    ]
    parts.append(lathe([(0.0, 0.0), (0.2, 0.0), (0.17, 0.12), (0.0, 0.16)], at(0, 0.55, -0.05), 1))
    parts.append(cylinder(0.07, 0.06, 0.1, at(0, 0.3, 0.24) @ rot("x", 180), 1))  # group head
    parts.append(tube([(0, 0.22, 0.27), (0, 0.2, 0.5)], 0.02, slot="marking"))  # its handle
    parts.append(box(0.4, 0.03, 0.14, at(0, 0.05, 0.29), 1))  # drip tray
    parts.append(
        lathe([(0.0, 0.0), (0.045, 0.0), (0.055, 0.08), (0.0, 0.08)], at(0, 0.08, 0.29), "snow")
    )
    parts.append(stick((0.25, 0.35, 0.23), (0.27, 0.12, 0.3), 0.012, 1))  # steam wand
    parts.append(cylinder(0.05, 0.05, 0.02, at(-0.2, 0.38, 0.225) @ rot("x", 90), "snow"))
    del rng
    return parts


def _robotic_arm(rng: Rng) -> list[Part]:
    """An industrial robot arm: a round base and turntable, a shoulder joint, an upper arm
    raised and a forearm reaching forward, a wrist and a two-fingered gripper."""
    parts = [cylinder(0.3, 0.32, 0.1, None, 1), cylinder(0.2, 0.22, 0.15, at(0, 0.1, 0), 0, "body")]
    shoulder, elbow, wrist = (
        np.array([0, 0.35, 0.0]),
        np.array([0, 0.95, -0.15]),
        np.array([0, 0.85, 0.45]),
    )
    parts.append(sphere(0.12, at(*shoulder), 1))
    parts.append(tube([shoulder, elbow], 0.08, slot=0))
    parts.append(sphere(0.1, at(*elbow), 1))
    parts.append(tube([elbow, wrist], 0.065, slot=0))
    parts.append(sphere(0.07, at(*wrist), 1))
    for s in (-1, 1):  # the gripper's fingers
        finger = [wrist + v3(s * 0.03, 0, 0.04), wrist + v3(s * 0.08, -0.05, 0.16),
                  wrist + v3(s * 0.03, -0.1, 0.22)]  # fmt: skip
        parts.append(tube(finger, 0.02, slot="steel"))
    parts.append(box(0.08, 0.04, 0.01, at(0.0, 0.55, 0.07) @ rot("x", -14), "rainbow-yellow"))
    del rng
    return parts


def _wagon_wheel(rng: Rng) -> list[Part]:
    """A wagon wheel standing on its rim: an iron tyre round a wooden felloe, twelve spokes, a
    thick hub."""
    c = at(0, 0.5, 0) @ rot("x", 90)
    parts = [torus(0.47, 0.035, c, 1), torus(0.43, 0.04, c, 0, "body")]
    parts.append(cylinder(0.08, 0.08, 0.16, c @ at(0, -0.08, 0), 0))
    for k in range(12):
        a = np.radians(30.0 * k)
        d = np.array([np.cos(a), np.sin(a), 0.0])
        parts.append(
            stick(np.array([0, 0.5, 0]) + d * 0.07, np.array([0, 0.5, 0]) + d * 0.41, 0.018, 0)
        )
    del rng
    return parts


def _dynamite(rng: Rng) -> list[Part]:
    """A bundle of dynamite: three red sticks bound with two bands, a fuse curling from the
    middle one with a spark at its end."""
    parts = []
    for k, (x, y) in enumerate(((-0.11, 0.1), (0.11, 0.1), (0.0, 0.29))):
        parts.append(
            cylinder(0.1, 0.1, 0.8, at(x, y, -0.4) @ rot("x", 90), 0, "body" if k == 0 else "")
        )
    for z in (-0.22, 0.22):
        parts.append(
            torus(0.2, 0.015, at(0, 0.17, z) @ rot("x", 90) @ scl(1.1, 1, 1.05), "marking")
        )
    parts.append(tube([(0.0, 0.29, 0.4), (0.0, 0.35, 0.55), (0.08, 0.5, 0.6)], 0.012, slot=1))
    parts.append(sphere(0.035, at(0.08, 0.52, 0.6), "glow"))
    del rng
    return parts


def _traffic_light(rng: Rng) -> list[Part]:
    """A traffic light on its pole: a dark box with a red, an amber and a green lamp under
    visors, a base."""
    parts = [cylinder(0.1, 0.12, 0.06, None, 0), stick((0, 0, 0), (0, 1.2, 0), 0.035, 0, "body")]
    parts.append(box(0.24, 0.62, 0.18, at(0, 1.15, 0), 1))
    for k, colour in enumerate(("rainbow-red", "rainbow-yellow", "rainbow-green")):
        y = 1.66 - 0.19 * k
        parts.append(cylinder(0.07, 0.07, 0.02, at(0, y, 0.09) @ rot("x", 90), colour))
        parts.append(
            cylinder(0.085, 0.085, 0.06, at(0, y + 0.03, 0.12) @ rot("x", 90) @ scl(1, 1, 0.5), 1)
        )
    del rng
    return parts


def _smartphone(rng: Rng) -> list[Part]:
    """A smartphone standing up: a thin slab with rounded corners, a glowing screen filling its
    face, a camera on the back."""
    outline = [(-0.2, -0.38), (0.2, -0.38), (0.22, -0.34), (0.22, 0.34), (0.2, 0.38), (-0.2, 0.38),
               (-0.22, 0.34), (-0.22, -0.34)]  # fmt: skip
    parts = [slab(outline, 0.05, at(0, 0.4, 0), 0, "body")]
    parts.append(box(0.38, 0.66, 0.005, at(0, 0.07, 0.025), "glow"))
    parts.append(cylinder(0.035, 0.035, 0.012, at(0.12, 0.66, -0.025) @ rot("x", -90), "pupil"))
    del rng
    return parts


def _trash_can(rng: Rng) -> list[Part]:
    """A trash can: a ribbed metal bin, a domed lid with a handle, two side handles."""
    prof = [(0.0, 0.0), (0.26, 0.0), (0.3, 0.7), (0.0, 0.7)]
    parts = [lathe(prof, None, 0, "body")]
    for k in range(3):
        parts.append(torus(0.28 + 0.013 * k, 0.012, at(0, 0.15 + 0.2 * k, 0), 0))
    parts.append(lathe([(0.0, 0.0), (0.33, 0.0), (0.3, 0.06), (0.0, 0.12)], at(0, 0.7, 0), 1))
    parts.append(torus(0.06, 0.014, at(0, 0.84, 0) @ rot("x", 90), 1))
    for s in (-1, 1):
        parts.append(torus(0.05, 0.012, at(s * 0.3, 0.6, 0) @ rot("z", 90), 1))
    del rng
    return parts


def _slide(rng: Rng) -> list[Part]:
    """A playground slide: a ladder up to a small railed platform, the chute curving down from
    it to the ground with its raised sides."""
    parts: list[Part] = []
    for x in (-0.18, 0.18):
        parts.append(stick((x, 0, -0.55), (x, 1.0, -0.45), 0.025, 1))  # the ladder's rails
        parts.append(stick((x, 0, -0.3), (x, 1.0, -0.3), 0.025, 1))  # the platform's legs
        parts.append(stick((x, 1.0, -0.45), (x, 1.3, -0.45), 0.02, 1))  # the rail posts
    for k in range(5):
        y = 0.15 + 0.18 * k
        parts.append(stick((-0.18, y, -0.55 + 0.1 * y), (0.18, y, -0.55 + 0.1 * y), 0.018, 1))
    parts.append(box(0.42, 0.04, 0.2, at(0, 1.0, -0.38), 0))  # the platform
    parts.append(stick((-0.18, 1.3, -0.45), (0.18, 1.3, -0.45), 0.02, 1))
    chute = [(0.0, 1.0, -0.28), (0.0, 0.75, 0.05), (0.0, 0.3, 0.45), (0.0, 0.08, 0.75)]
    for x in (-0.16, 0.16):
        parts.append(tube([(x, y + 0.06, z) for _, y, z in chute], 0.025, slot=0))
    for (_, y0, z0), (_, y1, z1) in pairwise(chute):
        mid = np.array([0.0, (y0 + y1) / 2, (z0 + z1) / 2])
        tilt = np.degrees(np.arctan2(y0 - y1, z1 - z0))
        length = float(np.hypot(y0 - y1, z1 - z0))
        parts.append(box(0.34, 0.025, length + 0.04, at(*mid) @ rot("x", tilt) @ at(0, -0.0125, 0), 0,
                         "body" if y0 == 1.0 else ""))  # fmt: skip
    del rng
    return parts


def _balance(rng: Rng) -> list[Part]:
    """A pair of scales: a pillar on a round foot, a beam across its top, and a shallow pan
    hung by three chains from each end, one a little lower than the other."""
    tip = rng.uniform(-6, 6)
    parts = [
        lathe([(0.0, 0.0), (0.22, 0.0), (0.2, 0.05), (0.06, 0.09), (0.0, 0.09)], None, 0, "body"),
        cylinder(0.035, 0.03, 0.9, at(0, 0.08, 0), 0),
        sphere(0.05, at(0, 1.0, 0), 0),
    ]
    beam = at(0, 0.98, 0) @ rot("z", tip)
    parts.append(box(0.9, 0.035, 0.035, beam, 0))
    for sx in (-1, 1):
        end = (beam @ np.array([sx * 0.42, 0.0, 0.0, 1.0]))[:3]
        pan = end + np.array([0.0, -0.5, 0.0])
        for k in range(3):  # the chains
            a = 2 * np.pi * k / 3
            rim = pan + np.array([0.15 * np.cos(a), 0.03, 0.15 * np.sin(a)])
            parts.append(stick(end, rim, 0.006, 1))
        parts.append(lathe([(0.0, 0.0), (0.1, 0.0), (0.17, 0.05), (0.16, 0.055), (0.0, 0.02)],
                           at(*pan), 0))  # fmt: skip
    return parts


def _compass(rng: Rng) -> list[Part]:
    """A compass lying open: a round brass case under glass, a pale card with its star of
    points, the needle half red, and a ring to hang it by."""
    parts = [
        lathe(
            [(0.0, 0.0), (0.3, 0.0), (0.32, 0.03), (0.32, 0.09), (0.29, 0.1), (0.0, 0.1)],
            None,
            0,
            "body",
        ),
        cylinder(0.28, 0.28, 0.01, at(0, 0.095, 0), "sclera"),
        torus(0.06, 0.015, at(0, 0.05, 0.37) @ rot("x", 90), 0),
    ]
    for k in range(8):  # the compass rose
        long = k % 2 == 0
        a = 45 * k
        point = [(-0.025, 0.0), (0.025, 0.0), (0.0, 0.22 if long else 0.13)]
        parts.append(slab(point, 0.006, at(0, 0.103, 0) @ rot("y", a) @ rot("x", -90), "marking"))
    turn = rot("y", rng.uniform(-25, 25))
    needle = [(-0.03, 0.0), (0.03, 0.0), (0.0, 0.24)]
    parts.append(slab(needle, 0.008, at(0, 0.112, 0) @ turn @ rot("x", -90), "card-red"))
    parts.append(
        slab(needle, 0.008, at(0, 0.112, 0) @ turn @ rot("y", 180) @ rot("x", -90), "steel")
    )
    parts.append(cylinder(0.3, 0.3, 0.01, at(0, 0.12, 0), "pane"))  # the glass
    return parts


def _bear_trap(rng: Rng) -> list[Part]:
    """A sprung trap lying open: a round plate on a base, two half-ring jaws laid flat either
    side with their teeth up, the spring bars and a chain with its stake."""
    parts = [
        cylinder(0.08, 0.08, 0.02, at(0, 0.02, 0), 1, "body"),  # the pan
        box(0.9, 0.025, 0.1, None, 0),  # the base bar
    ]
    for s in (-1, 1):
        arc = [(0.3 * np.cos(a), 0.03, s * 0.3 * np.sin(a)) for a in np.linspace(0, np.pi, 9)]
        parts.append(tube(arc, 0.018, slot=0))  # a jaw, open and flat
        for a in np.linspace(0.25, np.pi - 0.25, 7):
            c = (0.3 * np.cos(a), 0.05, s * 0.3 * np.sin(a))
            parts.append(cylinder(0.016, 0.0, 0.06, at(*c), 0))  # its teeth
        parts.append(tube([(s * 0.45, 0.02, 0.0), (s * 0.62, 0.04, 0.0)], 0.03, slot=0))  # a spring
    chain = [(0.62, 0.02, 0.05 + 0.06 * k) for k in range(6)]
    for k, c in enumerate(chain):
        parts.append(torus(0.03, 0.008, at(*c) @ (rot("z", 90) if k % 2 else np.eye(4)), 1))
    del rng
    return parts


def _typewriter(rng: Rng) -> list[Part]:
    """A typewriter: a low body sloping down to the front, four stepped rows of round keys, a
    space bar, the roller across its back with a sheet of paper rising from it, and the
    carriage's return lever."""
    parts = [
        box(0.7, 0.14, 0.5, None, 0, "body"),
        box(0.6, 0.1, 0.22, at(0, 0.14, -0.12), 0),
        cylinder(0.05, 0.05, 0.78, at(-0.39, 0.28, -0.14) @ rot("z", -90), 1),  # the roller
        box(0.44, 0.3, 0.006, at(0, 0.3, -0.17) @ rot("x", -12), "pages"),  # its sheet
        stick((-0.4, 0.3, -0.1), (-0.5, 0.36, 0.0), 0.012, 1),  # the return lever
        box(0.32, 0.02, 0.04, at(0, 0.15, 0.22), "snow"),  # the space bar
    ]
    for row in range(4):
        z, y = 0.16 - 0.075 * row, 0.15 + 0.035 * row
        for k in range(10 - (row == 3)):
            x = -0.27 + 0.06 * k + 0.02 * row
            parts.append(cylinder(0.022, 0.022, 0.02, at(x, y, z), "snow"))
            parts.append(cylinder(0.025, 0.025, 0.005, at(x, y + 0.02, z), "marking"))
    del rng
    return parts


def _microscope(rng: Rng) -> list[Part]:
    """A microscope: a heavy horseshoe foot, a curved arm rising from it, the stage with its
    slide, the turret of lenses under the tube, the tube leaning forward to its eyepiece, and
    the focus knobs."""
    parts = [
        box(0.34, 0.06, 0.44, None, 0, "body"),  # the foot
        tube([(0, 0.06, -0.16), (0, 0.3, -0.18), (0, 0.5, -0.1), (0, 0.56, 0.0)], 0.05, slot=0),
        box(0.3, 0.025, 0.26, at(0, 0.25, 0.06), 1),  # the stage
        box(0.12, 0.005, 0.05, at(0, 0.276, 0.06), "pane"),  # a slide on it
        cylinder(0.045, 0.045, 0.34, at(0, 0.36, 0.04) @ rot("x", -20), 1),  # the tube
        cylinder(0.03, 0.03, 0.08, at(0, 0.68, -0.08) @ rot("x", -20), "marking"),  # eyepiece
        cylinder(0.06, 0.06, 0.04, at(0, 0.34, 0.05), 1),  # the turret
    ]
    for a in (0, 120, 240):  # its objective lenses
        parts.append(
            cylinder(
                0.014,
                0.01,
                0.06,
                at(0, 0.34, 0.05) @ rot("y", a) @ at(0.035, -0.05, 0) @ rot("z", 15),
                "steel",
            )
        )
    for s in (-1, 1):  # the focus knobs
        parts.append(cylinder(0.05, 0.05, 0.03, at(s * 0.06, 0.3, -0.17) @ rot("z", 90 * s), 1))
    del rng
    return parts


def _blender(rng: Rng) -> list[Part]:
    """A blender: a motor base with its dial and buttons, a clear jug flaring up from it with a
    handle and a lid, and the blades at the jug's foot."""
    jug = [(0.0, 0.0), (0.13, 0.0), (0.2, 0.5), (0.21, 0.52), (0.0, 0.52)]
    parts = [
        lathe([(0.0, 0.0), (0.22, 0.0), (0.2, 0.25), (0.0, 0.25)], None, 0, "body"),
        lathe(jug, at(0, 0.25, 0), "pane"),
        cylinder(0.22, 0.22, 0.05, at(0, 0.77, 0), 0),  # the lid
        tube([(0.18, 0.68, 0), (0.3, 0.62, 0), (0.28, 0.36, 0), (0.15, 0.32, 0)], 0.025, slot=0),
        cylinder(0.05, 0.05, 0.02, at(0, 0.12, 0.2) @ rot("x", 90), "marking"),  # the dial
    ]
    for a in (0, 90, 180, 270):  # the blades
        parts.append(box(0.1, 0.005, 0.025, at(0, 0.29, 0) @ rot("y", a + 20), "steel"))
    del rng
    return parts


def _magnifier(rng: Rng) -> list[Part]:
    """A magnifying glass standing on its handle: a round lens in its rim, a turned handle."""
    parts = [
        torus(0.2, 0.025, at(0, 0.62, 0) @ rot("x", 90), 0, "body"),
        cylinder(0.2, 0.2, 0.012, at(0, 0.62, -0.006) @ rot("x", 90), "pane"),
        lathe(
            [(0.0, 0.0), (0.035, 0.0), (0.045, 0.2), (0.03, 0.38), (0.02, 0.42), (0.0, 0.42)],
            None,
            1,
        ),
    ]
    del rng
    return parts


def _pencil(rng: Rng) -> list[Part]:
    """A pencil lying on the table: a painted body, a sharpened wooden cone with its
    dark point, a metal ferrule and a pink eraser."""
    body = [(0.0, 0.0), (0.04, 0.0), (0.04, 0.8), (0.0, 0.8)]
    lay = at(-0.45, 0.04, 0) @ rot("z", -90)
    parts = [
        lathe(body, lay, 0, "body"),
        lathe(
            [(0.0, 0.0), (0.04, 0.0), (0.012, 0.14), (0.0, 0.145)],
            lay @ at(0, 0.8, 0),
            "pencil-wood",
        ),
        lathe([(0.0, 0.0), (0.012, 0.0), (0.0, 0.04)], lay @ at(0, 0.935, 0), "marking"),
        cylinder(0.042, 0.042, 0.07, lay @ at(0, -0.07, 0), "steel"),
        cylinder(0.04, 0.038, 0.07, lay @ at(0, -0.14, 0), "eraser"),
    ]
    del rng
    return parts


def _ruler(rng: Rng) -> list[Part]:
    """A ruler lying flat: a long thin strip with its tick marks along one edge, longer every
    fifth."""
    parts = [box(1.0, 0.012, 0.1, None, 0, "body")]
    for k in range(31):
        long = 0.035 if k % 5 == 0 else 0.018
        parts.append(
            box(0.004, 0.002, long, at(-0.45 + 0.03 * k, 0.012, 0.05 - long / 2), "marking")
        )
    del rng
    return parts


def _traffic_cone(rng: Rng) -> list[Part]:
    """A traffic cone: a square base, a tall tapering cone with two white reflective bands."""
    parts = [
        box(0.4, 0.03, 0.4, None, 0, "body"),
        lathe([(0.0, 0.0), (0.15, 0.0), (0.03, 0.7), (0.0, 0.7)], at(0, 0.03, 0), 0),
    ]
    for y0, y1 in ((0.3, 0.38), (0.48, 0.55)):
        r0, r1 = 0.15 - 0.12 * y0 / 0.7, 0.15 - 0.12 * y1 / 0.7
        band = [(r0 + 0.01, 0.0), (r1 + 0.01, y1 - y0)]
        parts.append(
            lathe([(r0 - 0.01, 0.0), *band, (r1 - 0.01, y1 - y0)], at(0, 0.03 + y0, 0), "snow")
        )
    del rng
    return parts


def _chalkboard(rng: Rng) -> list[Part]:
    """A chalkboard on an easel: a dark board in a wooden frame (second material), lines of
    chalk writing on it, a chalk ledge, and the easel's three legs."""
    parts = [
        box(1.0, 0.7, 0.03, at(0, 0.55, 0), 0, "body"),
        box(1.08, 0.04, 0.05, at(0, 1.25, 0), 1),
        box(1.08, 0.04, 0.09, at(0, 0.51, 0.02), 1),  # the ledge
        box(0.04, 0.78, 0.05, at(-0.52, 0.51, 0), 1),
        box(0.04, 0.78, 0.05, at(0.52, 0.51, 0), 1),
    ]
    for k in range(4):  # lines of chalk writing
        w = rng.uniform(0.4, 0.75)
        parts.append(box(w, 0.018, 0.004, at(-0.38 + w / 2, 1.1 - 0.13 * k, 0.017), "snow"))
    for s in (-1, 1):
        parts.append(stick((s * 0.4, 1.2, -0.03), (s * 0.55, 0.0, 0.25), 0.02, 1))
    parts.append(stick((0, 1.2, -0.03), (0, 0.0, -0.45), 0.02, 1))
    parts.append(box(0.06, 0.015, 0.015, at(0.3, 0.53, 0.04), "snow"))  # a stick of chalk
    return parts


def _calculator(rng: Rng) -> list[Part]:
    """A calculator lying flat: a slim case, a grey display with dark digits at the top, a grid
    of four by five keys below, the operator keys in another colour."""
    parts = [
        box(0.5, 0.05, 0.8, None, 0, "body"),
        box(0.4, 0.01, 0.16, at(0, 0.05, -0.27), "sclera"),
    ]
    for k in range(5):
        parts.append(box(0.045, 0.004, 0.08, at(0.14 - 0.06 * k, 0.061, -0.27), "marking"))
    for row in range(5):
        for col in range(4):
            slot = "card-red" if col == 3 else "snow"
            parts.append(
                box(0.085, 0.025, 0.08, at(-0.165 + 0.11 * col, 0.05, -0.09 + 0.105 * row), slot)
            )
    del rng
    return parts


def _stapler(rng: Rng) -> list[Part]:
    """A stapler: a long base, the rounded top arm hinged at the back and lifted a little,
    its metal strip underneath."""
    parts = [
        box(0.16, 0.05, 0.7, None, 1, "body"),
        box(0.15, 0.08, 0.66, at(0, 0.07, 0.0) @ rot("x", -3), 0),
        lathe(
            [(0.0, 0.0), (0.075, 0.0), (0.075, 0.66), (0.0, 0.66)],
            at(0, 0.15, -0.33) @ rot("x", 90) @ scl(1, 1, 0.5) @ rot("x", -3),
            0,
        ),
        box(0.1, 0.01, 0.6, at(0, 0.06, 0.02), "steel"),
        cylinder(0.03, 0.03, 0.18, at(-0.09, 0.09, -0.32) @ rot("z", -90), "steel"),  # hinge
    ]
    del rng
    return parts


def _bone(rng: Rng) -> list[Part]:
    """A bone lying down: a long shaft with two rounded knobs at each end."""
    parts = [cylinder(0.07, 0.07, 0.8, at(-0.4, 0.1, 0) @ rot("z", -90), 0, "body")]
    for x in (-0.42, 0.42):
        for z in (-0.07, 0.07):
            parts.append(sphere(0.1, at(x, 0.1, z), 0))
    del rng
    return parts


def _paper_clip(rng: Rng) -> list[Part]:
    """A paper clip lying flat: one wire bent into nested rounded loops."""
    pts = [(0.12, 0, 0.25), (0.12, 0, -0.3)]
    for a in np.linspace(0, np.pi, 7)[1:]:
        pts.append((0.12 * np.cos(a), 0, -0.3 - 0.12 * np.sin(a)))
    pts += [(-0.12, 0, 0.35)]
    for a in np.linspace(np.pi, 0, 7)[1:]:
        pts.append((-0.02 + 0.1 * np.cos(a), 0, 0.35 + 0.1 * np.sin(a)))
    pts += [(0.08, 0, -0.2)]
    parts = [tube([(x, 0.02, z) for x, _, z in pts], 0.018, slot=0, tag="body")]
    del rng
    return parts


def _hay_bale(rng: Rng) -> list[Part]:
    """A bale of hay: a block of straw bound round by two strings."""
    parts = [box(1.0, 0.45, 0.5, None, 0, "body")]
    for x in (-0.25, 0.25):
        parts.append(box(0.02, 0.47, 0.52, at(x, -0.01, 0), "marking"))
    del rng
    return parts


def _weathervane(rng: Rng) -> list[Part]:
    """A weathervane: a pole on a base, the cross of the four points with their letters, and
    above them an arrow with a cockerel standing on it."""
    parts = [
        stick((0, 0, 0), (0, 1.3, 0), 0.02, 0, "body"),
        cylinder(0.12, 0.12, 0.08, None, 1),
    ]
    for a in (0, 90, 180, 270):
        parts.append(
            stick((0, 0.85, 0), tuple(rot("y", a)[:3, :3] @ np.array([0.3, 0.85, 0.0])), 0.01, 0)
        )
        tip = rot("y", a)[:3, :3] @ np.array([0.34, 0.85, 0.0])
        parts.append(box(0.05, 0.06, 0.01, at(*tip) @ rot("y", a + 90), 0))
    parts.append(stick((-0.4, 1.18, 0), (0.4, 1.18, 0), 0.012, 0))
    parts.append(
        slab([(0.0, -0.06), (0.12, 0.0), (0.0, 0.06)], 0.01, at(0.38, 1.18, 0), 0)
    )  # its head
    parts.append(
        slab([(0.0, -0.1), (-0.12, -0.1), (-0.12, 0.1), (0.0, 0.1)], 0.01, at(-0.3, 1.18, 0), 0)
    )
    cock = [(-0.15, 0.0), (0.1, 0.0), (0.16, 0.12), (0.12, 0.22), (0.06, 0.16), (-0.05, 0.14),
            (-0.2, 0.3), (-0.16, 0.08)]  # fmt: skip
    parts.append(slab(cock, 0.015, at(0, 1.2, 0), 0))
    del rng
    return parts


def _catapult(rng: Rng) -> list[Part]:
    """A siege catapult: a wooden frame on four wheels, an upright crossbar, and the throwing arm
    pulled back with a stone in its cup."""
    parts = []
    for x in (-0.3, 0.3):  # the side beams and the uprights
        parts.append(box(0.08, 0.08, 1.2, at(x, 0.18, 0), 0, "body" if x < 0 else ""))
        parts.append(stick((x, 0.22, 0.1), (x, 0.75, 0.1), 0.04, 0))
        parts.append(stick((x, 0.22, -0.25), (x, 0.75, 0.1), 0.035, 0))
        for z in (-0.45, 0.45):
            parts.append(
                cylinder(
                    0.15, 0.15, 0.06, at(x + (0.05 if x > 0 else -0.11), 0.15, z) @ rot("z", 90), 1
                )
            )
    parts.append(box(0.7, 0.08, 0.08, at(0, 0.75, 0.1), 0))  # the crossbar
    parts.append(box(0.66, 0.06, 0.08, at(0, 0.18, -0.5), 0))
    parts.append(box(0.66, 0.06, 0.08, at(0, 0.18, 0.5), 0))
    arm = [(0, 0.3, 0.2), (0, 0.6, -0.2), (0, 0.85, -0.55)]
    parts.append(tube(arm, 0.04, slot=0))
    parts.append(lathe([(0.0, 0.0), (0.1, 0.0), (0.12, 0.08), (0.0, 0.03)], at(0, 0.86, -0.58), 0))
    parts.append(sphere(0.09, at(0, 0.98, -0.58), "stones"))
    del rng
    return parts


def _laptop(rng: Rng) -> list[Part]:
    """A laptop open on its hinge: a thin base with its keys and touchpad, the lid tilted back
    with a glowing screen."""
    parts = [box(0.7, 0.03, 0.48, None, 0, "body")]
    for row in range(4):
        for k in range(11):
            parts.append(
                box(0.045, 0.008, 0.045, at(-0.3 + 0.06 * k, 0.03, -0.19 + 0.06 * row), "marking")
            )
    parts.append(box(0.2, 0.004, 0.12, at(0, 0.03, 0.15), "sclera"))  # the touchpad
    lid = at(0, 0.03, -0.24) @ rot("x", -15)
    parts.append(box(0.7, 0.46, 0.02, lid, 0))
    parts.append(box(0.62, 0.38, 0.005, lid @ at(0, 0.04, 0.012), "glow"))
    del rng
    return parts


def _keyboard(rng: Rng) -> list[Part]:
    """A computer keyboard lying flat: a low case with four rows of keys and a long space bar."""
    parts = [box(1.0, 0.04, 0.36, None, 0, "body")]
    for row in range(5):
        for k in range(1 if row == 4 else 14):
            w = 0.5 if row == 4 else 0.055
            x = 0.0 if row == 4 else -0.42 + 0.065 * k
            parts.append(box(w, 0.025, 0.055, at(x, 0.04, 0.13 - 0.065 * row), "snow"))
    del rng
    return parts


def _printer(rng: Rng) -> list[Part]:
    """A desktop printer: a boxy body, a tray of paper standing up at the back, a sheet coming
    out of the slot at the front, a small panel of buttons."""
    parts = [
        box(0.7, 0.28, 0.5, None, 0, "body"),
        box(0.4, 0.25, 0.004, at(0, 0.25, -0.2) @ rot("x", -20), "pages"),  # paper in its tray
        box(0.5, 0.05, 0.01, at(0, 0.3, -0.22) @ rot("x", -20), 1),
        box(0.4, 0.004, 0.22, at(0, 0.12, 0.33), "pages"),  # a printed sheet coming out
        box(0.5, 0.02, 0.05, at(0, 0.1, 0.26), 1),  # the slot's lip
        box(0.12, 0.01, 0.08, at(0.25, 0.28, 0.15), "glow"),
    ]
    del rng
    return parts


def _cash_register(rng: Rng) -> list[Part]:
    """A shop's cash register: a cash drawer at the bottom, a sloping keyboard of round keys,
    and a raised display of the amount on top."""
    parts = [
        box(0.6, 0.16, 0.55, None, 0, "body"),  # the drawer's case
        box(0.56, 0.1, 0.03, at(0, 0.03, 0.27), 1),  # the drawer
        box(0.6, 0.14, 0.4, at(0, 0.16, -0.05) @ rot("x", 20), 0),  # the key bed
        box(0.4, 0.15, 0.12, at(0, 0.33, -0.2), 0),
        box(0.34, 0.08, 0.01, at(0, 0.36, -0.14), "glow"),  # the display
    ]
    for row in range(4):
        for k in range(5):
            c = v3(-0.2 + 0.1 * k, 0.22 + 0.04 * row, 0.12 - 0.09 * row)
            parts.append(cylinder(0.03, 0.03, 0.03, at(*c) @ rot("x", 20), "snow"))
    del rng
    return parts


def _eraser(rng: Rng) -> list[Part]:
    """A rubber eraser: a pink block in a paper sleeve."""
    parts = [
        box(0.5, 0.12, 0.2, None, 0, "body"),
        box(0.28, 0.125, 0.205, at(0.08, -0.0025, 0), 1),  # its sleeve
    ]
    del rng
    return parts


def _wreath(rng: Rng) -> list[Part]:
    """A wreath hung upright: a thick ring of greenery, a red bow at its foot, and a few
    baubles round it."""
    parts = [torus(0.4, 0.11, at(0, 0.55, 0) @ rot("x", 90), 0, "body")]
    for a in np.linspace(0, 2 * np.pi, 14, endpoint=False):  # tufts round the ring
        c = v3(0.4 * np.cos(a), 0.55 + 0.4 * np.sin(a), 0.0)
        parts.append(sphere(0.09, at(*c) @ scl(1, 1, 0.8), 0))
    for a in np.radians((30, 100, 160, 220, 320)):
        c = v3(0.4 * np.cos(a), 0.55 + 0.4 * np.sin(a), 0.1)
        parts.append(sphere(0.045, at(*c), "card-red"))
    for s in (-1, 1):  # the bow's loops and tails
        parts.append(sphere(1.0, at(s * 0.09, 0.15, 0.12) @ scl(0.1, 0.06, 0.03), 1))
        parts.append(box(0.05, 0.18, 0.015, at(s * 0.05, -0.02, 0.12) @ rot("z", s * 15), 1))
    del rng
    return parts


def _microphone(rng: Rng) -> list[Part]:
    """A microphone on its stand: a round base, a tall pole, and the mic held up at the top,
    a grille ball on a tapering handle."""
    parts = [
        cylinder(0.2, 0.22, 0.04, None, 1, "body"),
        stick((0, 0.04, 0), (0, 1.3, 0), 0.015, 1),
        lathe(
            [(0.0, 0.0), (0.02, 0.0), (0.035, 0.2), (0.0, 0.2)], at(0, 1.3, 0.02) @ rot("x", 25), 0
        ),
        sphere(0.06, at(0, 1.5, 0.11), "steel"),
    ]
    del rng
    return parts


def _loudspeaker(rng: Rng) -> list[Part]:
    """A loudspeaker cabinet: a tall box with a big dark cone below a small one, each in its
    ring."""
    parts = [box(0.5, 0.8, 0.4, None, 0, "body")]
    for y, r in ((0.28, 0.17), (0.63, 0.08)):
        parts.append(cylinder(r, r, 0.02, at(0, y, 0.2) @ rot("x", 90), 1))
        parts.append(lathe([(0.0, 0.03), (r * 0.85, 0.0), (r * 0.85, 0.005), (0.0, 0.035)],
                           at(0, y, 0.22) @ rot("x", 90) @ rot("x", 180), "marking"))  # fmt: skip
        parts.append(sphere(r * 0.25, at(0, y, 0.205) @ scl(1, 1, 0.5), 1))
    del rng
    return parts


def _headphones(rng: Rng) -> list[Part]:
    """Headphones standing up: a padded band arching over, two round cups with soft cushions."""
    arc = [(0.22 * np.cos(a), 0.3 + 0.32 * np.sin(a), 0.0) for a in np.linspace(0, np.pi, 9)]
    parts = [tube(arc, 0.025, slot=0, tag="body")]
    for s in (-1, 1):
        parts.append(cylinder(0.11, 0.11, 0.07, at(s * 0.26, 0.2, 0) @ rot("z", s * 90), 0))
        parts.append(cylinder(0.1, 0.1, 0.04, at(s * 0.19, 0.2, 0) @ rot("z", s * 90), 1))
    del rng
    return parts


def _record(rng: Rng) -> list[Part]:
    """A vinyl record standing on its edge: a thin black disc with fine grooves, a coloured
    label and its hole."""
    disc = at(0, 0.3, 0) @ rot("x", 90)
    parts = [cylinder(0.3, 0.3, 0.008, disc, 0, "body")]
    for r in (0.14, 0.19, 0.24, 0.28):  # grooves on both faces
        for y in (0.0, 0.008):
            parts.append(torus(r, 0.0025, disc @ at(0, y, 0), "marking"))
    parts.append(cylinder(0.1, 0.1, 0.01, disc @ at(0, -0.001, 0), 1))  # the label
    parts.append(cylinder(0.012, 0.012, 0.012, disc @ at(0, -0.002, 0), "pupil"))
    del rng
    return parts


def _turntable(rng: Rng) -> list[Part]:
    """A record player: a low box, the platter with a record on it, and the tone arm reaching
    across from its pivot."""
    parts = [
        box(0.7, 0.1, 0.55, None, 0, "body"),
        cylinder(0.22, 0.22, 0.02, at(-0.08, 0.1, 0), "steel"),
        cylinder(0.21, 0.21, 0.006, at(-0.08, 0.12, 0), "marking"),  # the record
        cylinder(0.07, 0.07, 0.008, at(-0.08, 0.121, 0), 1),  # its label
        cylinder(0.03, 0.03, 0.05, at(0.26, 0.1, -0.18), "steel"),  # the arm's pivot
        tube([(0.26, 0.15, -0.18), (0.2, 0.15, 0.05), (0.06, 0.135, 0.1)], 0.008, slot="steel"),
    ]
    del rng
    return parts


def _kettlebell(rng: Rng) -> list[Part]:
    """A kettlebell: a heavy ball with a flat base and a thick handle arching over it."""
    parts = [sphere(0.2, at(0, 0.19, 0) @ scl(1, 0.95, 1), 0, "body")]
    parts.append(cylinder(0.12, 0.12, 0.02, None, 0))
    arch = [(-0.1, 0.3, 0), (-0.11, 0.45, 0), (0.0, 0.5, 0), (0.11, 0.45, 0), (0.1, 0.3, 0)]
    parts.append(tube(arch, 0.035, slot=0))
    del rng
    return parts


def _medal(rng: Rng) -> list[Part]:
    """A medal hung up: a round disc with a raised rim and a star in its face, on a striped
    ribbon looped above it."""
    face = at(0, 0.3, 0) @ rot("x", 90)
    parts = [
        cylinder(0.15, 0.15, 0.02, face, 0, "body"),
        torus(0.15, 0.012, face @ at(0, 0.01, 0), 0),
        slab(star(5, 0.45), 0.01, at(0, 0.3, 0.015) @ scl(0.12), 0),
    ]
    for s in (-1, 1):  # the ribbon: two bands meeting over the disc
        parts.append(box(0.07, 0.32, 0.008, at(s * 0.05, 0.45, -0.01) @ rot("z", s * 12), 1))
    del rng
    return parts


def _whistle(rng: Rng) -> list[Part]:
    """A sports whistle: a round chamber with its slot, a flat mouthpiece, a ring for the
    lanyard."""
    parts = [
        cylinder(0.1, 0.1, 0.11, at(0, 0.1, -0.055) @ rot("x", 90), 0, "body"),
        box(0.09, 0.07, 0.22, at(0.0, 0.13, 0.12), 0),
        box(0.05, 0.01, 0.04, at(0, 0.2, 0.04), "marking"),  # the slot
        torus(0.035, 0.01, at(-0.1, 0.1, -0.05) @ rot("x", 90), 0),
    ]
    del rng
    return parts


def _dartboard(rng: Rng) -> list[Part]:
    """A dartboard hung on the wall: a round board of cork, rings of red and green round a
    bullseye, wire spokes, and two darts stuck in it."""
    face = at(0, 0.5, 0) @ rot("x", 90)
    parts = [
        cylinder(0.4, 0.4, 0.05, face, 0, "body"),
        torus(0.4, 0.02, face @ at(0, 0.025, 0), "marking"),
    ]
    for r, slot in ((0.3, "card-red"), (0.18, "land"), (0.04, "card-red")):
        parts.append(torus(r, 0.015, face @ at(0, 0.05, 0), slot))
    parts.append(cylinder(0.02, 0.02, 0.01, face @ at(0, 0.05, 0), "marking"))
    for k in range(8):
        parts.append(
            box(
                0.004, 0.74, 0.004, at(0, 0.5, 0.05) @ rot("z", 22.5 * k) @ at(0, -0.37, 0), "steel"
            )
        )
    for c in ((0.1, 0.58), (-0.05, 0.42)):
        parts.append(stick((c[0], c[1], 0.05), (c[0] + 0.03, c[1] + 0.03, 0.2), 0.008, "steel"))
        parts.append(
            slab(
                [(0.0, 0.0), (0.03, 0.05), (-0.03, 0.05)],
                0.004,
                at(c[0] + 0.03, c[1] + 0.03, 0.2) @ rot("x", -80),
                "card-red",
            )
        )
    del rng
    return parts


def _bowling_pin(rng: Rng) -> list[Part]:
    """A bowling pin: a white turned body swelling low, a narrow neck and a round head, two
    red stripes round the neck."""
    prof = [(0.0, 0.0), (0.05, 0.0), (0.08, 0.08), (0.09, 0.15), (0.07, 0.28), (0.035, 0.38),
            (0.032, 0.42), (0.045, 0.48), (0.038, 0.53), (0.0, 0.55)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body")]
    for y in (0.36, 0.395):
        parts.append(torus(0.038, 0.006, at(0, y, 0), "card-red"))
    del rng
    return parts


def _goal(rng: Rng) -> list[Part]:
    """A football goal: two posts and a crossbar, the frame running back along the ground, and
    the net stretched over it."""
    parts = []
    for x in (-1.2, 1.2):
        parts.append(stick((x, 0, 0), (x, 0.8, 0), 0.04, 0, "body" if x < 0 else ""))
        parts.append(stick((x, 0.8, 0), (x, 0.0, -0.6), 0.025, 0))
        parts.append(stick((x, 0.0, 0.0), (x, 0.0, -0.6), 0.025, 0))
    parts.append(stick((-1.2, 0.8, 0), (1.2, 0.8, 0), 0.04, 0))
    parts.append(stick((-1.2, 0.0, -0.6), (1.2, 0.0, -0.6), 0.025, 0))
    for k in range(13):  # the net: cords across the back and over the top
        x = -1.2 + 0.2 * k
        parts.append(stick((x, 0.8, 0), (x, 0.0, -0.6), 0.006, 1))
    for k in range(1, 5):
        y = 0.8 * k / 5
        parts.append(stick((-1.2, y, -0.6 * (1 - k / 5)), (1.2, y, -0.6 * (1 - k / 5)), 0.006, 1))
    del rng
    return parts


def _log(rng: Rng) -> list[Part]:
    """A log lying on the ground: a length of trunk in its bark, its cut ends showing the
    pale wood and its rings, a stub of a branch."""
    parts = [cylinder(0.16, 0.15, 1.0, at(-0.5, 0.16, 0) @ rot("z", -90), 0, "body")]
    for x, s in ((-0.5, -1), (0.5, 1)):
        end = at(x + s * 0.002, 0.16, 0) @ rot("z", -90 * s)
        parts.append(cylinder(0.145, 0.145, 0.004, end, "pencil-wood"))
        for r in (0.05, 0.1):
            parts.append(torus(r, 0.004, end @ at(0, 0.004, 0), "marking"))
    parts.append(tube([(0.1, 0.28, 0.0), (0.18, 0.38, 0.05)], [0.04, 0.03], slot=0))
    del rng
    return parts


def _hammock(rng: Rng) -> list[Part]:
    """A hammock slung between two posts: a sagging bed of netting (the first material) on
    ropes, the posts of the second."""
    parts = []
    for x in (-0.9, 0.9):
        parts.append(stick((x, 0, 0), (x, 1.0, 0), 0.04, 1, "body" if x < 0 else ""))
    sag = [(x, 0.75 - 0.45 * (1 - (x / 0.65) ** 2), 0.0) for x in np.linspace(-0.65, 0.65, 9)]
    for z in np.linspace(-0.22, 0.22, 7):  # the bed's cords, sagging
        parts.append(
            tube(
                [(-0.9, 0.95, 0.0), *[(x, y, z) for x, y, _ in sag], (0.9, 0.95, 0.0)],
                0.012,
                slot=0,
            )
        )
    for k in range(1, 8):  # cords across
        x, y, _ = sag[k]
        parts.append(stick((x, y, -0.22), (x, y, 0.22), 0.01, 0))
    del rng
    return parts


def _fishing_rod(rng: Rng) -> list[Part]:
    """A fishing rod leaning up: a long tapering rod with a cork grip and a reel, its line
    running down from the tip to a red and white float."""
    parts = [
        lathe(
            [(0.0, 0.0), (0.02, 0.0), (0.008, 2.0), (0.0, 2.0)],
            rot("z", -25),
            0,
            "body",
        ),
        cylinder(0.026, 0.026, 0.35, at(0, 0.05, 0) @ rot("z", -25), "cork"),
    ]
    reel = at(*(rot("z", -25)[:3, :3] @ np.array([0.0, 0.45, 0.0]) + np.array([0.0, 0.0, 0.05])))
    parts.append(cylinder(0.06, 0.06, 0.05, reel @ rot("x", 90), 1))
    tip = rot("z", -25)[:3, :3] @ np.array([0.0, 2.0, 0.0])
    parts.append(tube([tuple(tip), (tip[0] + 0.02, 0.35, 0.0)], 0.003, slot="marking"))
    parts.append(sphere(0.035, at(tip[0] + 0.02, 0.33, 0.0), "card-red"))
    parts.append(sphere(0.03, at(tip[0] + 0.02, 0.3, 0.0), "snow"))
    del rng
    return parts


def _toilet(rng: Rng) -> list[Part]:
    """A toilet: the bowl on its pedestal, a seat and a raised lid, the cistern behind with
    its flush handle."""
    bowl = [(0.0, 0.0), (0.12, 0.0), (0.14, 0.2), (0.2, 0.35), (0.2, 0.4), (0.16, 0.4),
            (0.12, 0.28), (0.0, 0.26)]  # fmt: skip
    parts = [
        lathe(bowl, at(0, 0, 0.05) @ scl(1, 1, 1.3), 0, "body"),
        torus(0.17, 0.025, at(0, 0.41, 0.05) @ scl(1, 1, 1.3), 0),  # the seat
        cylinder(0.2, 0.2, 0.02, at(0, 0.43, -0.2) @ rot("x", -80) @ scl(1, 1, 1.3), 0),  # lid
        box(0.4, 0.35, 0.16, at(0, 0.4, -0.24), 0),  # the cistern
        box(0.42, 0.03, 0.18, at(0, 0.75, -0.24), 0),
        box(0.06, 0.015, 0.03, at(0.14, 0.68, -0.15), "steel"),  # the flush handle
    ]
    del rng
    return parts


def _unicycle(rng: Rng) -> list[Part]:
    """A unicycle: one big spoked wheel, pedals on cranks at its hub, a post rising to the
    saddle."""
    wheel = at(0, 0.3, 0) @ rot("z", 90)
    parts = [
        torus(0.28, 0.03, wheel, 1, "body"),
        cylinder(0.03, 0.03, 0.1, wheel @ at(0, -0.05, 0), 0),
    ]
    for k in range(12):
        parts.append(
            box(0.005, 0.5, 0.005, at(0, 0.3, 0) @ rot("x", 15 * k) @ at(0, -0.25, 0), "steel")
        )
    parts.append(stick((0, 0.3, 0), (0, 0.95, -0.02), 0.022, 0))  # the post
    parts.append(sphere(1.0, at(0, 0.98, -0.02) @ scl(0.07, 0.03, 0.13), 1))  # the saddle
    for s in (-1, 1):
        pedal = v3(s * 0.08, 0.3 + s * 0.1, s * 0.05)
        parts.append(stick((s * 0.06, 0.3, 0), tuple(pedal), 0.012, 0))
        parts.append(box(0.08, 0.02, 0.05, at(*(pedal + v3(s * 0.03, 0, 0))), 1))
    del rng
    return parts


def _jack_in_the_box(rng: Rng) -> list[Part]:
    """A jack-in-the-box sprung open: a box with its crank, the lid thrown back, a coiled
    spring and the clown's head with a red nose and a pointed hat."""
    parts = [
        box(0.4, 0.4, 0.4, None, 0, "body"),
        box(0.4, 0.02, 0.4, at(0, 0.4, -0.2) @ rot("x", -110) @ at(0, 0, 0.2), 0),  # the lid
        stick((0.2, 0.2, 0), (0.28, 0.2, 0), 0.015, "steel"),  # the crank
        stick((0.28, 0.2, 0), (0.28, 0.12, 0), 0.012, "steel"),
    ]
    coil = [
        (0.06 * np.cos(a), 0.42 + 0.02 * a, 0.06 * np.sin(a)) for a in np.linspace(0, 4 * np.pi, 25)
    ]
    parts.append(tube(coil, 0.01, slot="steel"))
    head = v3(0, 0.78, 0)
    parts.append(sphere(0.1, at(*head), "snow"))
    parts.append(sphere(0.025, at(*(head + v3(0, 0, 0.1))), "card-red"))
    parts.append(cylinder(0.08, 0.0, 0.18, at(*(head + v3(0, 0.07, 0))), 1))  # its hat
    parts += [sphere(0.015, at(*(head + v3(s * 0.035, 0.03, 0.09))), "pupil") for s in (-1, 1)]
    del rng
    return parts


APPLIANCES = {
    1: _fridge, 2: _washer, 3: _oven, 4: _vending, 5: _hydrant, 6: _booth, 7: _safe,
    8: _ships_wheel, 9: _satellite_dish, 10: _spinning_top, 11: _grenade, 12: _chainsaw,
    13: _gas_cylinder, 14: _gumball_machine, 15: _espresso_machine, 16: _robotic_arm,
    17: _wagon_wheel, 18: _dynamite, 19: _traffic_light, 20: _smartphone, 21: _trash_can,
    22: _slide, 23: _balance, 24: _compass, 25: _bear_trap, 26: _typewriter, 27: _microscope,
    28: _blender, 29: _magnifier, 30: _pencil, 31: _ruler, 32: _traffic_cone, 33: _chalkboard,
    34: _calculator, 35: _stapler, 36: _bone, 37: _paper_clip, 38: _hay_bale, 39: _weathervane,
    40: _catapult, 41: _laptop, 42: _keyboard, 43: _printer, 44: _cash_register, 45: _eraser,
    46: _wreath, 47: _microphone, 48: _loudspeaker, 49: _headphones, 50: _record, 51: _turntable,
    52: dumbbell, 53: barbell, 54: _kettlebell, 55: _medal, 56: _whistle, 57: _dartboard,
    58: _bowling_pin, 59: _goal, 60: _log, 61: _hammock, 62: _fishing_rod, 63: _toilet,
    64: _unicycle, 65: _jack_in_the_box, **MORE_APPLIANCES, **ROOM_APPLIANCES, **PLACES,
    **MORE_APPLIANCES_D,
    **MORE_APPLIANCES_E,
    **MORE_APPLIANCES_F,
    **MORE_APPLIANCES_G,
    **MORE_APPLIANCES_H,
    **MORE_APPLIANCES_I,
    **MORE_APPLIANCES_J,
    **MORE_APPLIANCES_K,
    **MORE_APPLIANCES_L,
    **MORE_APPLIANCES_M,
    **MORE_APPLIANCES_N,
    **MORE_APPLIANCES_O,
    **MORE_APPLIANCES_P,
    **MORE_APPLIANCES_Q,
    **MORE_APPLIANCES_R,
    **MORE_APPLIANCES_S,
    **MORE_APPLIANCES_T,
    **MORE_APPLIANCES_U,
    **MORE_APPLIANCES_V,
    **MORE_APPLIANCES_W,
    **MORE_APPLIANCES_X,
    **MORE_APPLIANCES_Y,
    **MORE_APPLIANCES_Z,
    **MORE_APPLIANCES_ZA,
    **MORE_APPLIANCES_ZB,
    **MORE_APPLIANCES_ZC,
    **MORE_APPLIANCES_ZD,
    **MORE_APPLIANCES_ZE,
    **MORE_APPLIANCES_ZF,
    **MORE_APPLIANCES_ZG,
    **MORE_APPLIANCES_ZH,
    **MORE_APPLIANCES_ZI,
    **MORE_APPLIANCES_ZJ,
    **MORE_APPLIANCES_ZK,
    **MORE_APPLIANCES_ZL,
    **MORE_APPLIANCES_ZM,
    **MORE_APPLIANCES_ZN,
    **MORE_APPLIANCES_ZO,
    **MORE_APPLIANCES_ZP,
    **MORE_APPLIANCES_ZQ,
    **MORE_APPLIANCES_ZR,
    **MORE_APPLIANCES_ZS,
    **MORE_APPLIANCES_ZT,
    **MORE_APPLIANCES_ZU,
    **MORE_APPLIANCES_ZV,
    **MORE_APPLIANCES_ZW,
    **MORE_APPLIANCES_ZX,
    **MORE_APPLIANCES_ZY,
    **MORE_APPLIANCES_ZZ,
    **MORE_APPLIANCES_ZZA,
    **MORE_APPLIANCES_ZZB,
    **MORE_APPLIANCES_ZZC,
    **MORE_APPLIANCES_ZZD,
    **MORE_APPLIANCES_ZZE,
    **MORE_APPLIANCES_ZZF,
    **MORE_APPLIANCES_ZZG,
    **MORE_APPLIANCES_ZZH,
    **MORE_APPLIANCES_ZZI,
    **MORE_APPLIANCES_ZZJ,
    **MORE_APPLIANCES_ZZK,
    **MORE_APPLIANCES_ZZL,
    **MORE_APPLIANCES_ZZM,
    **MORE_APPLIANCES_ZZN,
    **MORE_APPLIANCES_ZZO,
    **MORE_APPLIANCES_ZZP,
    **MORE_APPLIANCES_ZZQ,
    **MORE_APPLIANCES_ZZR,
    **MORE_APPLIANCES_ZZS,
    **MORE_APPLIANCES_ZZT,
    **MORE_APPLIANCES_ZZU,
    **MORE_APPLIANCES_ZZV,
    **MORE_APPLIANCES_ZZW,
    **MORE_APPLIANCES_ZZX,
    **MORE_APPLIANCES_ZZY,
    **MORE_APPLIANCES_ZZZ,
    **MORE_APPLIANCES_ZZZA,
    **MORE_APPLIANCES_ZZZB,
    **MORE_APPLIANCES_ZZZD,
    **MORE_APPLIANCES_ZZZG,
    **MORE_APPLIANCES_ZZZE,
    **MORE_APPLIANCES_ZZZC,
    **MORE_APPLIANCES_ZZZK,
    **MORE_APPLIANCES_ZZZL,
    **MORE_APPLIANCES_ZZZH,
    **MORE_APPLIANCES_ZZZI,
    **MORE_APPLIANCES_ZZZJ,
    **MORE_APPLIANCES_ZZZM,
    **MORE_APPLIANCES_ZZZN,
    **MORE_APPLIANCES_ZZZO,
    **MORE_APPLIANCES_ZZZR,
    **MORE_APPLIANCES_ZZZQ,
    **MORE_APPLIANCES_ZZZP,
    **MORE_APPLIANCES_ZZZS,
    **MORE_APPLIANCES_ZZZV,
    **MORE_APPLIANCES_ZZZT,
    **MORE_APPLIANCES_ZZZU,
    **MORE_APPLIANCES_ZZZW,
    **MORE_APPLIANCES_ZZZX,
    **MORE_APPLIANCES_ZZZY,
    **MORE_APPLIANCES_ZZZZ,
    **MORE_APPLIANCES_ZZZZB,
    **MORE_APPLIANCES_ZZZZC,
    **MORE_APPLIANCES_ZZZZD,
    **MORE_APPLIANCES_ZZZZE,
    **MORE_APPLIANCES_ZZZZF,
    **MORE_APPLIANCES_ZZZZG,
    **MORE_APPLIANCES_ZZZZH,
    **MORE_APPLIANCES_ZZZZI,
    **MORE_APPLIANCES_ZZZZJ,
    **MORE_APPLIANCES_ZZZZK,
    **MORE_APPLIANCES_ZZZZL,
    **MORE_APPLIANCES_ZZZZM,
    **MORE_APPLIANCES_ZZZZN,
    **MORE_APPLIANCES_ZZZZO,
    **MORE_APPLIANCES_ZZZZP,
    **MORE_APPLIANCES_ZZZZQ,
    **MORE_APPLIANCES_ZZZZR,
    **MORE_APPLIANCES_ZZZZS,
    **MORE_APPLIANCES_ZZZZT,
    **MORE_APPLIANCES_ZZZZU,
    **MORE_APPLIANCES_ZZZZV,
    **MORE_APPLIANCES_ZZZZW,
    **MORE_APPLIANCES_ZZZZX,
    **MORE_APPLIANCES_ZZZZY,
    **MORE_APPLIANCES_ZZZZZ,
    **MORE_APPLIANCES_ZZZZZA,
    **MORE_APPLIANCES_ZZZZZB,
    **MORE_APPLIANCES_ZZZZZC,
    **MORE_APPLIANCES_ZZZZZD,
    **MORE_APPLIANCES_ZZZZZE,
    **MORE_APPLIANCES_ZZZZZF,
    **MORE_APPLIANCES_ZZZZZG,
    **MORE_APPLIANCES_ZZZZZH,
    **MORE_APPLIANCES_ZZZZZI,
    **MORE_APPLIANCES_ZZZZZJ,
    **MORE_APPLIANCES_ZZZZZK,
    **MORE_APPLIANCES_ZZZZZL,
    **MORE_APPLIANCES_ZZZZZN,
    **MORE_APPLIANCES_ZZZZZM,
    **MORE_APPLIANCES_ZZZZZO,
    **MORE_APPLIANCES_ZZZZZP,
    **MORE_APPLIANCES_ZZZZZQ,
    **MORE_APPLIANCES_ZZZZZR,
    **MORE_APPLIANCES_ZZZZZS,
    **MORE_APPLIANCES_ZZZZZT,
    **MORE_APPLIANCES_ZZZZZU,
    **MORE_APPLIANCES_ZZZZZV,
    **MORE_APPLIANCES_ZZZZZW,
    **MORE_APPLIANCES_ZZZZZX,
    **MORE_APPLIANCES_ZZZZZY,
}  # fmt: skip
"""An appliance's build by the device family's ``appliance``."""
