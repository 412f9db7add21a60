"""More of the device family's appliances, from 1187: a honey extractor, a beehive frame, a wine
press, a honey dipper, a beekeeper's hat, a grapevine on a trellis, a wine barrel rack, a winery.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, mesh_part, rot, scl
from ._kit import (
    HEX,
    bead,
    block_ring,
    ccw,
    crisp,
    flat_solid,
    gear_outline,
    headstone,
    hoop,
    lobed,
    rod,
)
from ._kit import window as wall_window
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZZZW"]

Rng = np.random.Generator

_HONEY = "plume-tip"
_GRAPE = "plume"
_WINE = "match-head"


def _berries(centres, r, slot=_GRAPE) -> Part:
    """Many small round berries (grapes) of radius r (one or one each) at the centres, as one
    low-poly part."""
    c = np.asarray(centres, float).reshape(-1, 3)
    rr = np.broadcast_to(np.asarray(r, float), (len(c),))
    lat = np.radians([-45.0, 0.0, 45.0])
    lon = np.arange(6) * (np.pi / 3)
    ring = np.stack([np.cos(lat)[:, None] * np.cos(lon), np.repeat(np.sin(lat)[:, None], 6, 1),
                     np.cos(lat)[:, None] * np.sin(lon)], -1).reshape(-1, 3)  # fmt: skip
    unit = np.concatenate([[[0.0, -1.0, 0.0]], ring, [[0.0, 1.0, 0.0]]])
    faces = []
    for i in range(6):
        j = (i + 1) % 6
        faces.append((0, 1 + j, 1 + i))
        for k in range(2):
            a, b = 1 + 6 * k, 1 + 6 * (k + 1)
            faces += [(a + i, a + j, b + j), (a + i, b + j, b + i)]
        faces.append((19, 13 + i, 13 + j))
    f = np.asarray(faces)
    verts = (c[:, None, :] + unit[None] * rr[:, None, None]).reshape(-1, 3)
    allf = (f[None] + (np.arange(len(c)) * len(unit))[:, None, None]).reshape(-1, 3)
    return mesh_part(verts, allf, slot)


def _bunch(top, size: float, rng: Rng, slot=_GRAPE, rows: int = 6) -> list[Part]:
    """A bunch of grapes hanging from its stalk at ``top``, ``size`` long: berries packed in a
    cone of ``rows`` rows narrowing downward."""
    x, y, z = top
    parts = [stick(top, (x, y - 0.16 * size, z), 0.03 * size, "vine")]
    pts = []
    big = 0.1 * 6 / rows
    for k in range(rows):
        t = k / (rows - 1)
        yy = y - size * (0.2 + 0.72 * t)
        ring = size * 0.26 * (1 - 0.8 * t)
        n = max(1, round(2 * np.pi * ring / (1.7 * big * size)))
        for i in range(n):
            a = 2 * np.pi * i / n + 0.7 * k + float(rng.uniform(-0.2, 0.2))
            pts.append((x + ring * np.cos(a), yy, z + ring * np.sin(a)))
        pts.append((x, yy, z))
    parts.append(_berries(pts[::2], size * big, slot))
    parts.append(_berries(pts[1::2], size * big, _WINE))  # riper and darker
    return parts


def _vine_leaf(n: int) -> np.ndarray:
    """A grape leaf's outline: five pointed lobes round its stalk's notch at the bottom."""
    m = max(n, 45)
    t = np.arange(m) * (2 * np.pi / m)
    r = 0.55 + 0.45 * np.abs(np.cos(2.5 * t)) ** 1.6
    return np.stack([r * np.sin(t), r * np.cos(t) + 0.35], 1)


def _leaf(c, size: float, yaw: float, tilt: float, slot="vine") -> Part:
    """A grape leaf at c, ``size`` across, its face toward +z turned by yaw and tilted back."""
    return slab(_vine_leaf, 0.012, at(*c) @ rot("y", yaw) @ rot("x", tilt) @ scl(size, size, 1),
                slot)  # fmt: skip


def _barrel(m: np.ndarray, r: float, length: float, slot=0, staves: bool = True) -> list[Part]:
    """A wine barrel along local +y from 0 to ``length`` under m: a bellied body of staves with
    flat heads at its ends, iron hoops near each end and at its quarters."""
    e = 0.84 * r
    prof = [(0.0, 0.0), (e, 0.0), (r * 0.96, length * 0.25), (r, length * 0.5),
            (r * 0.96, length * 0.75), (e, length), (0.0, length)]  # fmt: skip
    shape = block_ring(16, 0.03, 0.0) if staves else None
    n = 24 if staves else 14
    parts = [lathe(prof, m, slot, shape=shape, sides=0 if staves else 14)]
    for f in (0.05, 0.2, 0.8, 0.95):
        rad = e + (r - e) * np.sin(np.pi * f) ** 0.8 + 0.004
        parts.append(hoop(rad, 0.01, m @ at(0, f * length, 0) @ scl(1, 2.2, 1), "steel", n, 4))
    for y in (0.0, length):  # the heads' chimes
        parts.append(hoop(e * 0.93, 0.012, m @ at(0, y, 0), slot, n - 4, 4))
    return parts


def _bee(m: np.ndarray, s: float = 1.0) -> list[Part]:
    """A honey bee crawling along +y under m, its back toward +z: a striped abdomen, a fuzzy
    thorax, a dark head, two pale wings; about 0.035 long times s."""
    m = m @ scl(s)
    parts = [bead(1.0, m @ at(0, -0.008, 0.006) @ scl(0.0075, 0.012, 0.007), "cloth-yellow")]
    for y in (-0.012, -0.005):
        parts.append(bead(1.0, m @ at(0, y, 0.006) @ scl(0.008, 0.002, 0.0075), "marking"))
    parts.append(bead(0.007, m @ at(0, 0.007, 0.006), "cork"))
    parts.append(bead(0.005, m @ at(0, 0.015, 0.005), "marking"))
    for sd in (-1, 1):
        w = m @ at(sd * 0.007, -0.004, 0.012) @ rot("z", sd * 25) @ scl(0.005, 0.011, 0.0015)
        parts.append(bead(1.0, w, "snow"))
    return parts


def _honey_extractor(rng: Rng) -> list[Part]:
    """A hand-cranked honey extractor: a tall stainless steel drum open at the top on three
    splayed legs, a bar across its mouth carrying a gear box with a big upright gear and a crank
    with a wooden knob, a spindle down the middle holding three comb frames inside, a honey gate
    tap near the bottom at the front dripping honey into a bucket on the floor."""
    R, H, y0 = 0.22, 0.56, 0.3
    drum = [(0.0, 0.0), (R, 0.0), (R, H), (R - 0.008, H), (R - 0.008, 0.012), (0.0, 0.012)]
    parts = [lathe(crisp(drum, 0.02), at(0, y0, 0), 0, "body")]
    parts.append(torus(R, 0.009, at(0, y0 + H, 0), 0))  # the rolled rim
    for y in (0.12, 0.36):  # pressed ribs
        parts.append(torus(R, 0.005, at(0, y0 + y, 0), 0))
    parts.append(cylinder(R * 0.7, 0.04, 0.07, at(0, y0 - 0.07, 0), 0))  # the coned floor
    for a in (30, 150, 270):
        c, s = np.cos(np.radians(a)), np.sin(np.radians(a))
        parts.append(stick((R * c, y0 + 0.14, R * s), ((R + 0.07) * c, 0.0, (R + 0.07) * s),
                           0.014, 0))  # fmt: skip
        parts.append(cylinder(0.026, 0.026, 0.012, at((R + 0.07) * c, 0, (R + 0.07) * s), 0))
    top = y0 + H
    parts.append(box(2 * R + 0.02, 0.025, 0.05, at(0, top + 0.005, 0), 0))  # the cross bar
    parts.append(box(0.09, 0.08, 0.07, at(0, top + 0.03, 0), 0))  # the gear box
    parts.append(stick((0, y0 + 0.02, 0), (0, top + 0.12, 0), 0.012, "steel"))  # the spindle
    gear = at(0, top + 0.16, 0.045)
    parts.append(slab(gear_outline(0.1, 18, 0.014), 0.014, gear, "steel"))
    parts.append(slab(gear_outline(0.03, 8, 0.01), 0.03, at(0, top + 0.1, 0) @ rot("x", 90),
                      "steel"))  # the pinion # fmt: skip
    parts.append(cylinder(0.02, 0.02, 0.03, gear @ rot("x", 90), 0))  # the hub
    turn = float(rng.uniform(-30, 30))
    arm_end = np.array([0.18 * np.cos(np.radians(turn)), top + 0.16 + 0.18 *
                        np.sin(np.radians(turn)), 0.07])  # fmt: skip
    parts.append(stick((0, top + 0.16, 0.07), arm_end, 0.011, 0))  # the crank arm
    parts.append(
        tube([arm_end, arm_end + np.array([0, 0, 0.1])], [0.018, 0.022], None, 1)
    )  # its knob
    for k in range(3):  # the comb frames round the spindle
        a = np.radians(90 + 120 * k)
        fm = at(0.11 * np.cos(a), y0 + 0.2, 0.11 * np.sin(a)) @ rot("y", -np.degrees(a) + 90)
        parts.append(box(0.2, 0.018, 0.02, fm @ at(0, 0.3, 0), 1))
        parts.append(box(0.2, 0.012, 0.02, fm, 1))
        for sx in (-1, 1):
            parts.append(box(0.014, 0.3, 0.02, fm @ at(sx * 0.093, 0, 0), 1))
        parts.append(box(0.17, 0.29, 0.012, fm @ at(0, 0.006, 0), _HONEY))
        parts.append(stick(fm[:3, 3] + (0, 0.15, 0), (0, y0 + 0.35, 0), 0.005, "steel"))
    gz = R + 0.005  # the honey gate at the front
    parts.append(cylinder(0.03, 0.03, 0.05, at(0, y0 + 0.06, gz - 0.01) @ rot("x", 90), 0))
    parts.append(box(0.07, 0.08, 0.05, at(0, y0 + 0.025, gz + 0.06), 0))
    parts.append(cylinder(0.022, 0.024, 0.04, at(0, y0 - 0.015, gz + 0.06), 0))  # its mouth
    parts.append(tube([(0, y0 + 0.1, gz + 0.06), (0, y0 + 0.2, gz + 0.07)], 0.01, None, 0))
    parts.append(sphere(0.02, at(0, y0 + 0.2, gz + 0.07), 1))  # the gate handle
    bz = gz + 0.08  # the bucket and the honey running into it
    pail = [(0.0, 0.0), (0.1, 0.0), (0.125, 0.19), (0.118, 0.19), (0.094, 0.012), (0.0, 0.012)]
    parts.append(lathe(crisp(pail, 0.03), at(0, 0, bz), "snow"))
    parts.append(cylinder(0.116, 0.116, 0.01, at(0, 0.14, bz), _HONEY))
    parts.append(tube([(0.12, 0.17, bz), (0, 0.33, bz), (-0.12, 0.17, bz)], 0.005, None, "steel"))
    parts.append(tube([(0, y0 - 0.015, bz - 0.02), (0, 0.22, bz - 0.02), (0, 0.15, bz - 0.02)],
                      [0.014, 0.008, 0.01], None, _HONEY))  # fmt: skip
    parts.append(sphere(1.0, at(0, 0.15, bz - 0.02) @ scl(0.04, 0.01, 0.04), _HONEY))
    return parts


def _hexagon(x: float, y: float, r: float, cut: bool = False) -> np.ndarray:
    """A pointy-topped hexagon of radius r at (x, y), counter-clockwise (clockwise if ``cut``)."""
    t = np.arange(6) * (np.pi / 3) + np.pi / 6
    pts = np.stack([x + r * np.cos(t), y + r * np.sin(t)], 1)
    return pts[::-1].copy() if cut else pts


def _beehive_frame(rng: Rng) -> list[Part]:
    """A wooden beehive frame standing upright: a wide top bar whose ends jut out as lugs, two
    side bars and a thin bottom bar, filled with a sheet of honeycomb: hexagonal wax cells, most
    of the upper ones capped with pale wax, the rest open and full of golden honey, a few bees
    crawling on the comb."""
    W, Hf, t = 0.44, 0.24, 0.035
    parts = [box(W + 0.06, 0.022, t * 0.6, at(0, Hf - 0.022, 0), 0, "body")]  # the lugs
    parts.append(box(W, 0.026, t, at(0, Hf - 0.048, 0), 0))  # the top bar
    parts.append(box(W, 0.012, t * 0.7, None, 0))  # the bottom bar
    for s in (-1, 1):
        parts.append(box(0.024, Hf - 0.03, t, at(s * (W / 2 - 0.012), 0, 0), 0))
    x0, x1, ya, yb = -W / 2 + 0.024, W / 2 - 0.024, 0.012, Hf - 0.048
    r = 0.0165
    cells, fills = [], []
    row = 0
    y = ya + r
    while y < yb - r * 0.8:
        x = x0 + (r * 0.866 if row % 2 else r * 1.732)
        while x < x1 - r * 0.7:
            cells.append((x, y))
            top = (y - ya) / (yb - ya) + 0.25 * np.cos(3 * (x / W)) + float(rng.uniform(-0.2, 0.2))
            fills.append(2 if top > 0.75 else (0 if rng.random() < 0.08 else 1))
            x += r * 1.732
        y += r * 1.5
        row += 1
    cells, fills = np.asarray(cells), np.asarray(fills)
    face = np.array([[x0, ya], [x1, ya], [x1, yb], [x0, yb]])
    holes = [_hexagon(x, y, r - 0.0022, cut=True) for x, y in cells]
    parts.append(box(x1 - x0, yb - ya, 0.01, at(0, ya, 0), 1))  # the midrib
    parts.append(flat_solid(lambda n: [face, *holes], 0.011, at(0, 0, 0.004), 1))  # cell walls
    hon = cells[fills == 1]
    parts.append(flat_solid(lambda n: [_hexagon(x, y, r - 0.002) for x, y in hon], 0.006,
                            at(0, 0, 0.004), _HONEY))  # fmt: skip
    for x, y in cells[fills == 2]:  # the domed wax caps
        parts.append(lathe([(0.0, 0.0), (r - 0.002, 0.0), (r * 0.7, 0.004), (0.0, 0.005)],
                           at(x, y, 0.012) @ rot("x", 90) @ rot("y", 30), 1, sides=6))  # fmt: skip
    spots = rng.permutation(len(cells))[:3]
    for i in spots:
        x, y = cells[i]
        parts += _bee(at(x, y, 0.016) @ rot("z", float(rng.uniform(-180, 180))), 1.1)
    return parts


def _screw(a, b, r: float, turns: int, slot) -> Part:
    """A threaded rod from a to b: a lathe whose rings swell and pinch like its thread."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    length = float(np.linalg.norm(b - a))
    prof = [(0.0, 0.0)]
    for k in range(2 * turns + 1):
        prof.append((r if k % 2 else r * 0.78, length * k / (2 * turns)))
    prof.append((0.0, length))
    return lathe(prof, at(*a) @ align(b - a), slot, sides=10)


def _wine_press(rng: Rng) -> list[Part]:
    """A traditional basket wine press: a round slatted basket of upright wooden staves with
    gaps between them, bound by two iron hoops and full of crushed purple grapes, standing on a
    round tray with a lip and a spout, the tray on a stand of two beams on four legs; a wooden
    pressing plate and blocks on the grapes under a big iron screw up the middle with a ratchet
    nut and a long cross bar, red juice running from the spout into a tub."""
    lift = 0.22
    parts = [box(0.9, 0.08, 0.1, at(0, lift - 0.08, -0.2), 0, "body")]
    parts.append(box(0.9, 0.08, 0.1, at(0, lift - 0.08, 0.2), 0))
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(box(0.08, lift - 0.08, 0.08, at(sx * 0.38, 0, sz * 0.2), 0))
    tray = [(0.0, 0.0), (0.4, 0.0), (0.4, 0.07), (0.37, 0.07), (0.37, 0.04), (0.0, 0.04)]
    parts.append(lathe(crisp(tray, 0.03), at(0, lift, 0), 0))
    parts.append(cylinder(0.37, 0.37, 0.012, at(0, lift + 0.04, 0), _WINE))  # juice in the tray
    sp = at(0, lift + 0.02, 0.42) @ rot("x", 10)  # the spout
    parts.append(box(0.1, 0.04, 0.14, sp, 0))
    parts.append(box(0.06, 0.012, 0.15, sp @ at(0, 0.032, 0.005), _WINE))
    Rb, hb, y0 = 0.27, 0.42, lift + 0.04
    n = 20
    for i in range(n):  # the staves
        a = 360 * (i + 0.5) / n
        parts.append(box(0.06, hb, 0.03, rot("y", a) @ at(0, y0, Rb), 0))
    for y in (0.08, 0.34):  # the hoops
        parts.append(hoop(Rb + 0.017, 0.009, at(0, y0 + y, 0) @ scl(1, 2.5, 1), 1, 32, 4))
    parts.append(cylinder(Rb - 0.01, Rb - 0.01, hb - 0.03, at(0, y0, 0), _GRAPE))  # the must
    pts = [(0.232 * np.cos(a), y0 + hb - 0.005, 0.232 * np.sin(a))
           for a in np.linspace(0, 2 * np.pi, 26, endpoint=False)]  # fmt: skip
    parts.append(_berries(pts[::2], 0.03))
    parts.append(_berries(pts[1::2], 0.03, _WINE))
    yp = y0 + hb - 0.02  # the plate and the blocks
    parts.append(cylinder(0.2, 0.2, 0.04, at(0, yp, 0), 0))
    for k, ang in enumerate((0, 90)):
        for s in (-1, 1):
            parts.append(box(0.36, 0.07, 0.09, at(0, yp + 0.04 + 0.07 * k, 0) @ rot("y", ang)
                             @ at(0, 0, s * 0.07), 0))  # fmt: skip
    top = yp + 0.55
    parts.append(_screw((0, lift, 0), (0, top, 0), 0.04, 16, 1))
    yn = yp + 0.2 + float(rng.uniform(0, 0.04))  # the ratchet nut and bar
    parts.append(slab(gear_outline(0.11, 14, 0.025), 0.05, at(0, yn, 0) @ rot("x", -90), 1))
    parts.append(cylinder(0.07, 0.07, 0.12, at(0, yn, 0), 1))
    turn = np.radians(float(rng.uniform(10, 40)))
    d = np.array([np.cos(turn), 0.0, np.sin(turn)]) * 0.55
    mid = np.array([0.0, yn + 0.09, 0.0])
    parts.append(tube([mid - d, mid + d], 0.022, None, 1))  # the cross bar
    parts.append(box(0.04, 0.06, 0.14, at(0.09, yn + 0.02, 0) @ rot("z", 30), 1))  # the pawl
    parts.append(sphere(0.05, at(0, top, 0), 1))
    tz = 0.75  # the tub and the stream
    tubp = [(0.0, 0.0), (0.17, 0.0), (0.2, 0.2), (0.185, 0.2), (0.155, 0.015), (0.0, 0.015)]
    parts.append(lathe(tubp, at(0, 0, tz), 0, shape=block_ring(14, 0.04, 0.0)))
    for y in (0.04, 0.16):
        parts.append(hoop(0.176 + 0.15 * y, 0.006, at(0, y, tz), 1, 28, 4))
    parts.append(cylinder(0.18, 0.18, 0.01, at(0, 0.15, tz), _WINE))
    z1 = 0.42 + 0.14 * np.cos(np.radians(10))
    y1 = lift + 0.02 - 0.14 * np.sin(np.radians(10)) + 0.035
    parts.append(tube([(0, y1, z1 - 0.01), (0, y1 - 0.01, z1 + 0.03), (0, y1 - 0.06, z1 + 0.07),
                       (0, 0.16, z1 + 0.1)], [0.016, 0.012, 0.01, 0.012], None, _WINE))  # fmt: skip
    return parts


def _honey_dipper(rng: Rng) -> list[Part]:
    """A wooden honey dipper held over a small honey pot: a straight turned handle rising to the
    right and at its low end a rounded head of stacked grooved rings, a drip of golden honey
    hanging from the head into the pot; the pot round-bellied with a rolled rim and full of
    honey."""
    H = 0.2
    pot = [(0.0, 0.0), (0.1, 0.0), (0.15, 0.07), (0.15, 0.13), (0.115, 0.185), (0.12, 0.2),
           (0.108, 0.2), (0.1, 0.18), (0.13, 0.12), (0.0, 0.12)]  # fmt: skip
    parts = [lathe(pot, None, 1)]
    parts.append(torus(0.115, 0.01, at(0, H, 0), 1))  # the rolled rim
    parts.append(cylinder(0.125, 0.1, 0.05, at(0, 0.125, 0), _HONEY))  # the honey in it
    tilt = 28 + float(rng.uniform(-4, 4))
    d = np.array([np.cos(np.radians(tilt)) * 0.93, np.sin(np.radians(tilt)), 0.35])
    d /= np.linalg.norm(d)
    c = np.array([-0.02, H + 0.13, 0.0])  # the head's middle
    m = at(*c) @ align(d)
    head = [(0.0, -0.085), (0.03, -0.082)]
    for k in range(5):  # the grooved rings
        y = -0.07 + 0.03 * k
        head += [
            (0.05, y - 0.008),
            (0.053, y),
            (0.05, y + 0.008),
            (0.025, y + 0.011),
            (0.025, y + 0.019),
        ]
    head += [(0.022, 0.085), (0.0, 0.09)]
    parts.insert(0, lathe(head, m, 0, "body"))
    handle = [(0.0, 0.08), (0.016, 0.08), (0.012, 0.14), (0.013, 0.4), (0.018, 0.47),
              (0.016, 0.5), (0.0, 0.505)]  # fmt: skip
    parts.append(lathe(handle, m, 0))
    parts.append(torus(0.006, 0.002, m @ at(0, 0.49, 0) @ rot("z", 90), 0))
    tip = c - d * 0.08  # the honey clinging to the head's end and its drip
    parts.append(sphere(1.0, at(*tip) @ align(d) @ scl(0.04, 0.03, 0.04), _HONEY))
    low = tip + np.array([0.0, -0.025, 0.0])
    drip = [low, low + np.array([0.0, -0.04, 0.0]), low + np.array([0.0, -0.075, 0.0])]
    parts.append(tube(drip, [0.016, 0.007, 0.006], None, _HONEY))
    parts.append(sphere(1.0, at(*drip[2]) @ at(0, -0.01, 0) @ scl(0.013, 0.017, 0.013), _HONEY))
    return parts


def _beekeepers_hat(rng: Rng) -> list[Part]:
    """A beekeeper's hat on its own: a round domed crown with a band on a wide flat brim, and
    from the brim's edge all round a veil of fine black mesh hanging down to the shoulders, a
    see-through cylinder flaring a little to an elastic hem."""
    yb = 0.4
    crown = [(0.0, 0.0), (0.13, 0.0), (0.13, 0.06), (0.12, 0.11), (0.08, 0.145), (0.0, 0.155)]
    parts = [lathe(crown, at(0, yb, 0), 0, "body")]
    parts.append(cylinder(0.133, 0.133, 0.03, at(0, yb + 0.005, 0), 1))  # the band
    brim = [(0.1, 0.0), (0.26, -0.015), (0.265, -0.008), (0.1, 0.012)]
    parts.append(lathe(brim, at(0, yb, 0), 0, closed=True))
    rt, rb = 0.245, 0.27
    n = 96
    for i in range(n):  # the mesh's strands
        a = 2 * np.pi * i / n
        ca, sa = np.cos(a), np.sin(a)
        parts.append(rod((rt * ca, yb - 0.01, rt * sa), (rb * ca, 0.03, rb * sa), 0.003, "marking"))
    for k in range(1, 24):
        f = k / 24
        parts.append(hoop(rt + (rb - rt) * (1 - f), 0.002, at(0, 0.03 + (yb - 0.04) * f, 0),
                          "marking", 36, 3))  # fmt: skip
    parts.append(hoop(rb, 0.009, at(0, 0.03, 0) @ scl(1, 1.8, 1), "marking", 44, 6))  # the hem
    parts.append(hoop(rt, 0.008, at(0, yb - 0.015, 0), "marking", 44, 6))
    return parts


def _grapevine_trellis(rng: Rng) -> list[Part]:
    """A grapevine on a trellis: a gnarled twisting woody trunk rising from a strip of earth and
    parting into two arms trained along the lower wire between two wooden posts, green shoots
    climbing to the upper wires, big five-lobed grape leaves and hanging bunches of purple
    grapes."""
    parts = [box(1.3, 0.04, 0.35, None, "soil", "body")]
    for s in (-1, 1):
        parts.append(box(0.06, 1.1, 0.06, at(s * 0.6, 0.0, 0), 0))
        parts.append(cylinder(0.02, 0.0, 0.05, at(s * 0.6, 1.1, 0), 0))
    for y in (0.55, 0.8, 1.0):
        parts.append(stick((-0.6, y, 0.035), (0.6, y, 0.035), 0.004, 1))
    sway = rng.uniform(-0.03, 0.03, 6)
    trunk = [(0.02, 0.03, 0.0), (-0.03 + sway[0], 0.15, 0.02), (0.04 + sway[1], 0.3, 0.0),
             (-0.02 + sway[2], 0.44, 0.03), (0.0, 0.53, 0.04)]  # fmt: skip
    parts.append(tube(trunk, [0.055, 0.042, 0.04, 0.038, 0.036], None, 0, shape=lobed(12, 4, 0.3)))
    for y, x in ((0.18, 0.02), (0.36, 0.03)):  # knots
        parts.append(sphere(1.0, at(x, y, 0.03) @ scl(0.04, 0.03, 0.035), 0))
    for s in (-1, 1):  # the arms along the lower wire
        arm = [(0.0, 0.53, 0.04), (s * 0.12, 0.58, 0.045), (s * 0.28, 0.565 + sway[3], 0.04),
               (s * 0.42, 0.58, 0.04), (s * 0.55, 0.575, 0.04)]  # fmt: skip
        parts.append(
            tube(arm, [0.034, 0.026, 0.022, 0.017, 0.01], None, 0, shape=lobed(10, 3, 0.25))
        )
        for k in range(3):  # the shoots
            x = s * (0.12 + 0.15 * k)
            parts.append(tube([(x, 0.58, 0.04), (x + s * 0.03, 0.8, 0.06), (x - s * 0.02, 1.05, 0.05)],
                              [0.009, 0.007, 0.004], None, "vine"))  # fmt: skip
    leaves = [(-0.48, 0.7), (-0.33, 0.92), (-0.18, 0.72), (-0.05, 0.95), (0.1, 0.7), (0.22, 0.93),
              (0.38, 0.72), (0.5, 0.96), (-0.5, 1.05), (0.34, 1.06), (-0.22, 1.08), (0.05, 0.83),
              (-0.4, 0.82), (0.46, 0.84)]  # fmt: skip
    for x, y in leaves:
        size = 0.1 + float(rng.uniform(0, 0.025))
        z = 0.07 + float(rng.uniform(-0.03, 0.04))
        parts.append(
            _leaf((x, y, z), size, float(rng.uniform(-25, 25)), float(rng.uniform(-35, -5)))
        )
    for x in (-0.42, -0.2, 0.16, 0.4):  # the bunches
        parts += _bunch((x + float(rng.uniform(-0.03, 0.03)), 0.56, 0.08), 0.24, rng)
    return parts


def _wine_barrel_rack(rng: Rng) -> list[Part]:
    """A row of three oak wine barrels lying on their sides on a wooden cradle in a cellar:
    their round heads toward the viewer, bellied staves bound by iron hoops, chalk marks on the
    heads, a brass tap in the middle barrel's head; the cradle two long beams with curved
    chocks under each barrel, on a flagstone floor."""
    r, L, gap = 0.35, 0.95, 0.08
    yc = r + 0.14
    parts = [box(2.5, 0.03, 1.2, None, "stones", "body")]
    for i in range(10):  # the flagstone joints
        parts.append(box(0.012, 0.004, 1.2, at(-1.25 + 0.25 * (i + 0.5) + 0.125, 0.03, 0),
                         "marking"))  # fmt: skip
    for s in (-1, 1):
        parts.append(box(2.4, 0.12, 0.12, at(0, 0.03, s * 0.3), 0))  # the beams
    for i in (-1, 0, 1):
        x = i * (2 * r + gap)
        parts += _barrel(at(x, yc, -L / 2) @ rot("x", 90), r, L, 0)
        for s in (-1, 1):
            for sx in (-1, 1):  # the chocks
                ch = at(x + sx * 0.22, 0.15, s * 0.3) @ rot("z", -sx * 35)
                parts.append(box(0.16, 0.1, 0.1, ch, 0))
        head = at(x, yc, L / 2 + 0.001)
        for k in (-2, -1, 0, 1, 2):  # the head's boards
            parts.append(box(0.006, 2 * np.sqrt(max(0.0, (0.78 * r) ** 2 - (k * 0.1) ** 2)), 0.004,
                             head @ at(k * 0.1 + 0.05, -np.sqrt(max(0.0, (0.78 * r) ** 2 -
                                       (k * 0.1 + 0.05) ** 2)), 0), "marking"))  # fmt: skip
        mark = head @ at(float(rng.uniform(-0.08, 0.08)), 0.14, 0.004)
        parts.append(box(0.14, 0.012, 0.004, mark, "snow"))
        parts.append(box(0.08, 0.012, 0.004, mark @ at(0, -0.04, 0), "snow"))
    tap = at(0, yc - 0.18, L / 2)  # the tap
    parts.append(cylinder(0.025, 0.025, 0.09, tap @ rot("x", 90), "copper"))
    parts.append(cylinder(0.018, 0.012, 0.06, tap @ at(0, 0, 0.07) @ rot("x", 180), "copper"))
    parts.append(box(0.012, 0.06, 0.012, tap @ at(0, 0.02, 0.06), "copper"))
    parts.append(sphere(0.018, tap @ at(0, 0.08, 0.06), "copper"))
    return parts


def _tiles(w: float, rows: int):
    """A row of round-backed roof tiles w wide seen end-on: a flat underside and ``rows`` half
    rounds along its top (a flat solid's contours)."""

    def contours(n: int) -> list[np.ndarray]:
        t = np.linspace(0.0, np.pi, 7)
        top = []
        for k in range(rows):
            x = -w / 2 + w * (k + 0.5) / rows
            top += [(x + w / rows / 2 * np.cos(a), 0.012 + 0.02 * np.sin(a)) for a in t[::-1]]
        return [ccw(np.array([(w / 2, 0.0), *top[::-1], (-w / 2, 0.0)]))]

    return contours


def _winery(rng: Rng) -> list[Part]:
    """A stone winery: a two-storey stone farmhouse with quoined corners and a string course, a
    terracotta tiled roof with a chimney, a pair of big arched wooden cellar doors in a stone
    arch at the front, shuttered windows upstairs and beside the doors, a stack of wine barrels
    beside the house and a row of grapevines on a wire in front."""
    w, d, h = 1.1, 0.6, 0.76
    parts = [box(w, h, d, None, 0, "body")]
    for s in (-1, 1):  # the quoins
        for k in range(8):
            big = k % 2 == 0
            q = at(s * (w / 2 - (0.05 if big else 0.035)), 0.02 + 0.095 * k, d / 2 + 0.006)
            parts.append(box(0.1 if big else 0.07, 0.085, 0.014, q, 0))
    parts.append(box(w + 0.02, 0.03, d + 0.02, at(0, 0.39, 0), 0))  # the string course
    for _ in range(18):  # stones in the wall
        x = float(rng.uniform(-0.45, 0.45))
        y = float(rng.uniform(0.05, 0.7))
        if abs(x) < 0.2 and y < 0.45:
            continue
        parts.append(box(float(rng.uniform(0.06, 0.1)), 0.045, 0.01, at(x, y, d / 2), 0))
    rise, over = 0.3, 0.06  # the roof
    half = d / 2 + over
    pitch = np.degrees(np.arctan2(rise, half))
    length = float(np.hypot(half, rise))
    for s in (-1, 1):
        board = at(0, h + rise / 2, s * half / 2) @ rot("x", s * pitch)
        parts.append(box(w + 0.12, 0.03, length + 0.02, board @ at(0, -0.015, 0), "card-red"))
        parts.append(flat_solid(_tiles(w + 0.1, 16), length, board @ at(0, 0, -length / 2),
                                "card-red"))  # fmt: skip
    parts.append(tube([(-w / 2 - 0.06, h + rise + 0.01, 0), (w / 2 + 0.06, h + rise + 0.01, 0)],
                      0.028, None, "card-red"))  # the ridge # fmt: skip
    for s in (-1, 1):  # the gable ends
        tri = [(-d / 2, 0.0), (d / 2, 0.0), (0.0, rise)]
        parts.append(slab(tri, 0.02, at(s * (w / 2 - 0.01), h, 0) @ rot("y", 90), 0))
    parts.append(box(0.1, 0.3, 0.1, at(0.35, h + 0.12, -0.1), 0))  # the chimney
    parts.append(box(0.13, 0.03, 0.13, at(0.35, h + 0.42, -0.1), 0))
    dm = at(0, 0, d / 2)  # the cellar doors in their arch
    parts.append(slab(headstone(0.44, 0.42), 0.04, dm @ at(0, 0, 0.01), 0))
    parts.append(slab(headstone(0.34, 0.36), 0.02, dm @ at(0, 0, 0.025), 1))
    parts.append(box(0.008, 0.36, 0.01, dm @ at(0, 0, 0.038), "marking"))
    for x in (-0.11, -0.055, 0.055, 0.11):
        parts.append(box(0.004, 0.3, 0.008, dm @ at(x, 0, 0.036), "marking"))
    for y in (0.08, 0.26):
        parts.append(box(0.33, 0.02, 0.008, dm @ at(0, y, 0.038), "steel"))
    for k in range(9):  # the arch's voussoirs
        a = np.radians(180 * k / 8)
        c = (0.205 * np.cos(a), 0.42 - 0.132 + 0.205 * np.sin(a) * 0.64 / 0.64)
        parts.append(box(0.05, 0.07, 0.05, dm @ at(c[0], c[1] - 0.035, 0.02)
                         @ rot("z", np.degrees(a) - 90), 0))  # fmt: skip
    for x in (-0.35, 0.0, 0.35):  # the upper windows with shutters
        parts += wall_window(at(x, 0.5, d / 2 + 0.005), 0.14, 0.18, 1)
        for s in (-1, 1):
            parts.append(box(0.07, 0.18, 0.012, at(x + s * 0.11, 0.5, d / 2 + 0.008), 1))
    for x in (-0.38, 0.38):
        parts += wall_window(at(x, 0.16, d / 2 + 0.005), 0.12, 0.14, 1, 2)
    bx = w / 2 + 0.25  # the stack of barrels beside it
    for x, y in ((-0.13, 0), (0.13, 0), (0.0, 0.225)):
        m = at(bx + x, 0.12 + y, -0.15) @ rot("x", 90)
        parts += _barrel(m, 0.12, 0.32, 1, staves=False)
    vz = d / 2 + 0.3  # the row of vines
    parts.append(box(1.5, 0.03, 0.14, at(0.1, 0, vz), "soil"))
    for x in (-0.6, 0.8):
        parts.append(box(0.03, 0.32, 0.03, at(x, 0, vz), 1))
    parts.append(stick((-0.6, 0.26, vz), (0.8, 0.26, vz), 0.003, "steel"))
    for k in range(6):
        x = -0.48 + 0.24 * k
        parts.append(
            tube([(x, 0.02, vz), (x + 0.02, 0.14, vz), (x, 0.24, vz)], 0.012, None, 1, shape=HEX)
        )
        for j in range(3):
            c = (x + 0.07 * (j - 1), 0.26 + 0.05 * (j % 2), vz + 0.01)
            parts.append(_berries([c], 0.065, "vine"))
        parts += _bunch((x + 0.03, 0.22, vz + 0.05), 0.09, rng, rows=4)
    return parts


MORE_APPLIANCES_ZZZW = {
    1187: _honey_extractor, 1188: _beehive_frame, 1189: _wine_press, 1190: _honey_dipper,
    1191: _beekeepers_hat, 1192: _grapevine_trellis, 1193: _wine_barrel_rack, 1194: _winery,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
