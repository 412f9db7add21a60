"""Shape families, third part: buildings, towers and arches; musical instruments; light
fittings; tools and blades; things worn; stacked figures, flat sheets, bodies in the sky,
devices, rocks and the most general family, ``lump``."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ._appliances import APPLIANCES
from ._families_a import FamilyBuilder, Params, ellipsoid, stick
from ._geometry import Part, Slot, Sweep, align, at, rot, scl, segs, v3
from ._kit import tricorn
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import gear, leaf, sharp, star

__all__ = ["BUILDERS_FC"]

Rng = np.random.Generator


def _prism(w: float, d: float, h: float, m, slot=0) -> Part:
    """A gable roof: a triangle w wide and h high, extruded d deep along z."""
    return slab([(-w / 2, 0), (w / 2, 0), (0, h)], d, m, slot)


def building(p: Params, rng: Rng) -> list[Part]:
    """Walls with rows of windows, a door and a pitched roof; a flat battlemented roof with
    corner towers (a castle); a steeple (``tiers`` 3 and a steep roof: a church); of cloth
    (``fur``), a tent; with
    ``frame``, a palace's colonnaded front under a dome; one storey under a steep roof, a barn;
    tapering to a point (``taper``), a pyramid."""
    tiers, roof, width, height = (
        p.count("tiers", 2),
        p("roof", 0.5),
        p("width", 0.5),
        p("height", 0.5),
    )
    W, D = 0.8 + 0.6 * width, 0.7
    if height < 0.05 or p("fur", 0.0) >= 0.5:  # a tent of cloth (``fur``), its door flap
        # open, guy ropes out to pegs
        parts = [
            _prism(W, D * 1.4, 0.7, at(0, 0, 0), 0),
            box(0.2, 0.35, 0.02, at(0, 0, D * 0.7), "pupil"),
            stick((0, 0.7, D * 0.7), (0, 0.85, D * 0.7 + 0.02), 0.012, 1),  # its pole's top
        ]
        for s in (-1, 1):
            for z in (-D * 0.5, D * 0.5):
                parts.append(stick((s * W * 0.3, 0.42, z), (s * W * 0.85, 0.0, z), 0.005, 1))
                parts.append(box(0.03, 0.06, 0.03, at(s * W * 0.85, 0.0, z), 1))
        return parts
    if p("frame", 0.0) > 0.5:
        return _palace(tiers)
    if tiers == 1 and roof >= 0.8:
        return _barn()
    if p("taper", 0.0) >= 0.9:  # a pyramid: four smooth faces on a square base, a capstone
        return [lathe([(0.0, 0.0), (0.7, 0.0), (0.0, 0.62)], rot("y", 45), 0, "body", sides=4),
                lathe([(0.0, 0.0), (0.08, 0.0), (0.0, 0.07)], at(0, 0.555, 0) @ rot("y", 45), 1,
                      sides=4)]  # fmt: skip
    H = 0.3 * tiers
    parts = [box(W, H, D, None, 0, "body"), box(0.16, 0.28, 0.02, at(0, 0, D / 2), 1)]
    for k in range(tiers):
        for i in range(3):
            x = -W * 0.3 + W * 0.3 * i
            if k == 0 and i == 1:
                continue
            parts.append(box(0.1, 0.14, 0.02, at(x, 0.08 + 0.3 * k, D / 2), "glow"))
    if roof < 0.2:  # battlements and corner towers
        for i in range(7):
            parts.append(box(0.08, 0.08, D, at(-W / 2 + 0.04 + (W - 0.08) * i / 6, H, 0), 0))
        for sx in (-1, 1):
            for sz in (-1, 1):
                parts.append(cylinder(0.14, 0.14, H + 0.35, at(sx * W / 2, 0, sz * D / 2), 0))
                parts.append(cylinder(0.17, 0.0, 0.25, at(sx * W / 2, H + 0.35, sz * D / 2), 1))
        return parts
    rh = 0.15 + 0.45 * roof
    parts.append(_prism(W + 0.1, D + 0.1, rh, at(0, H, 0), 1))
    if tiers >= 3 and roof > 0.6:  # a steeple at the front
        parts.append(box(0.3, H + rh + 0.2, 0.3, at(0, 0, D / 2 + 0.12), 0))
        parts.append(cylinder(0.22, 0.0, 0.6, at(0, H + rh + 0.2, D / 2 + 0.12), 1))
    else:
        parts.append(box(0.1, rh + 0.1, 0.1, at(W * 0.25, H, -0.1), 1))
    return parts


def _barn() -> list[Part]:
    """A barn: long walls under a gambrel roof (steep below, shallow above), big double doors
    braced with white crosses, a hayloft door over them and white trim on the corners."""
    W, D, H = 1.0, 1.4, 0.5
    gable = [(-W / 2, 0.0), (W / 2, 0.0), (W * 0.46, 0.22), (0.0, 0.42), (-W * 0.46, 0.22)]
    parts = [box(W, H, D, None, 0, "body"), slab(gable, D, at(0, H, 0), 0)]
    for s in (-1, 1):  # the roof: a lower steep pitch and an upper shallow one each side
        lower = at(s * W * 0.49, H + 0.1, 0) @ rot("z", s * 24)
        parts.append(box(0.04, 0.26, D + 0.1, lower, 1))
        upper = at(s * W * 0.24, H + 0.33, 0) @ rot("z", s * 62)
        parts.append(box(0.04, 0.56, D + 0.1, upper, 1))
    front = D / 2
    for x in (-0.13, 0.13):  # the double doors with their crossed braces
        parts.append(box(0.25, 0.36, 0.02, at(x, 0, front), 0))
        for a in (-55, 55):
            parts.append(
                box(
                    0.025,
                    0.42,
                    0.012,
                    at(x, 0.18, front + 0.015) @ rot("z", a) @ at(0, -0.21, 0),
                    "snow",
                )
            )
        parts.append(box(0.27, 0.025, 0.012, at(x, 0.36, front + 0.015), "snow"))
    parts.append(box(0.22, 0.18, 0.02, at(0, 0.55, front), "marking"))  # the hayloft door
    parts.append(box(0.24, 0.02, 0.03, at(0, 0.63, front + 0.01), "snow"))
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(box(0.035, H, 0.035, at(sx * W / 2, 0, sz * D / 2), "snow"))
    parts.append(box(0.12, 0.1, 0.02, at(0.3, 0.25, front), "glow"))  # a lit window
    return parts


def _palace(tiers: int) -> list[Part]:
    """A palace or mansion: a long symmetrical front with rows of lit windows, a balustrade
    along its flat roof, a columned portico under a pediment and a dome on a drum (second
    material) over the middle."""
    tiers = max(2, tiers)
    W, D, H = 2.2, 0.8, 0.3 * tiers
    parts = [
        box(W, H, D, None, 0, "body"),
        box(W + 0.04, 0.04, D + 0.04, at(0, H, 0), 0),
        box(0.8, H, 0.25, at(0, 0, D / 2 + 0.12), 0),
        _prism(0.9, 0.3, 0.22, at(0, H, D / 2 + 0.12), 1),
        box(0.22, 0.3, 0.02, at(0, 0, D / 2 + 0.26), "pupil"),
        cylinder(0.3, 0.3, 0.18, at(0, H, 0), 1),
        lathe([(0.3, 0), (0.29, 0.12), (0.2, 0.26), (0, 0.31)], at(0, H + 0.18, 0), 1),
        cylinder(0.03, 0.0, 0.12, at(0, H + 0.48, 0), 1),
    ]
    for i in range(6):  # the portico's columns
        x = -0.35 + 0.14 * i
        parts.append(cylinder(0.035, 0.03, H, at(x, 0, D / 2 + 0.3), 0))
    for k in range(tiers):
        for i in range(12):
            x = -W / 2 + 0.12 + (W - 0.24) * i / 11
            if abs(x) < 0.45:
                continue  # behind the portico
            parts.append(box(0.08, 0.15, 0.02, at(x, 0.07 + 0.3 * k, D / 2), "glow"))
    for i in range(23):  # balusters along the roof
        parts.append(
            box(0.025, 0.08, 0.025, at(-W / 2 + 0.05 + (W - 0.1) * i / 22, H + 0.04, D / 2), 0)
        )
    return parts


def _column() -> list[Part]:
    """A classical column: a square plinth, a round base, a fluted shaft swelling a little at
    its middle, a capital with its scrolls and a square slab on top."""
    parts = [box(0.5, 0.08, 0.5, None, 0), cylinder(0.22, 0.2, 0.08, at(0, 0.08, 0), 0)]
    shaft = [(0.0, 0.0), (0.17, 0.0), (0.175, 0.8), (0.16, 1.6), (0.15, 2.2), (0.0, 2.2)]
    parts.append(lathe(shaft, at(0, 0.16, 0), 0, "body"))
    for k in range(16):  # the flutes
        a = 2 * np.pi * k / 16
        pts = [(0.165 * np.cos(a), y, 0.165 * np.sin(a)) for y in (0.25, 1.2, 2.3)]
        parts.append(tube(pts, 0.012, slot=1))
    parts.append(cylinder(0.16, 0.24, 0.1, at(0, 2.36, 0), 0))  # the capital's bowl
    for s in (-1, 1):  # its scrolls
        parts.append(torus(0.06, 0.025, at(s * 0.22, 2.42, 0.0) @ rot("y", 90) @ rot("x", 90), 0))
    parts.append(box(0.56, 0.08, 0.56, at(0, 2.46, 0), 0))
    return parts


def _minaret() -> list[Part]:
    """A minaret: a slender round shaft rising from a square base, ringed by two balconies on
    corbels, a narrower lantern stage and an onion dome with a crescent on its spire."""
    parts = [box(0.5, 0.3, 0.5, None, 0, "body")]
    parts.append(cylinder(0.16, 0.14, 1.4, at(0, 0.3, 0), 0))  # the shaft
    for y in (1.0, 1.7):  # the balconies
        parts.append(
            lathe(
                [(0.14, -0.08), (0.26, 0.0), (0.26, 0.03), (0.0, 0.03), (0.0, -0.08)],
                at(0, y, 0),
                1,
            )
        )
        parts.append(torus(0.25, 0.012, at(0, y + 0.1, 0), 1))
        for k in range(12):
            a = 2 * np.pi * k / 12
            parts.append(
                stick(
                    (0.25 * np.cos(a), y + 0.03, 0.25 * np.sin(a)),
                    (0.25 * np.cos(a), y + 0.1, 0.25 * np.sin(a)),
                    0.006,
                    1,
                )
            )
    parts.append(cylinder(0.12, 0.12, 0.35, at(0, 1.7, 0), 0))  # the lantern stage
    for k in range(6):
        a = 2 * np.pi * k / 6
        parts.append(
            box(
                0.04,
                0.14,
                0.01,
                at(0.121 * np.cos(a), 1.82, 0.121 * np.sin(a)) @ rot("y", 90 - np.degrees(a)),
                "marking",
            )
        )
    onion = [(0.0, 0.0), (0.14, 0.0), (0.17, 0.08), (0.12, 0.2), (0.04, 0.3), (0.0, 0.36)]
    parts.append(lathe(onion, at(0, 2.05, 0), 1))
    parts.append(stick((0, 2.38, 0), (0, 2.55, 0), 0.01, "glow"))
    parts.append(torus(0.05, 0.01, at(0, 2.58, 0) @ rot("x", 90), "glow"))  # the crescent
    return parts


def _pagoda(tiers: int) -> list[Part]:
    """A pagoda: storeys stacked on a stone base, each a little narrower, each under a broad
    roof whose eaves sweep up at the corners, and a ringed spire on top."""
    parts = [box(1.0, 0.12, 1.0, None, 1, "body")]
    y, w = 0.12, 0.62
    for k in range(tiers):
        h = 0.3 if k else 0.38
        parts.append(box(w, h, w, at(0, y, 0), 0))
        parts.append(box(w * 0.5, h * 0.6, 0.01, at(0, y + 0.05, w / 2 + 0.003), "marking"))
        eave = w * 0.8 + 0.12
        roof = [(0.0, 0.0), (eave, 0.0), (eave * 1.04, 0.05), (eave * 0.55, 0.12), (0.0, 0.16)]
        parts.append(lathe(roof, at(0, y + h, 0) @ rot("y", 45), 1, sides=4))
        for c in range(4):  # the corners swept up
            a = np.radians(45 + 90 * c)
            tip = (
                eave * 1.02 * np.cos(a) / np.sqrt(2) * np.sqrt(2),
                y + h + 0.03,
                eave * np.sin(a),
            )
            parts.append(
                tube(
                    [
                        (0.55 * tip[0], y + h + 0.08, 0.55 * tip[2]),
                        (tip[0], tip[1] + 0.02, tip[2]),
                        (1.08 * tip[0], tip[1] + 0.09, 1.08 * tip[2]),
                    ],
                    [0.03, 0.025, 0.01],
                    slot=1,
                )
            )
        y += h + 0.1
        w *= 0.85
    parts.append(stick((0, y, 0), (0, y + 0.45, 0), 0.025, "copper"))
    for k in range(5):
        parts.append(torus(0.07 - 0.008 * k, 0.012, at(0, y + 0.08 + 0.07 * k, 0), "copper"))
    return parts


def _obelisk() -> list[Part]:
    """An obelisk: one tall square shaft, its straight sides narrowing to a small pyramid at
    the top, on a stepped plinth."""
    shaft = [(0.0, 0.0), (0.2, 0.0), (0.18, 0.6), (0.16, 1.2), (0.14, 1.8), (0.125, 2.25),
             (0.09, 2.33), (0.0, 2.45)]  # fmt: skip
    return [
        lathe(shaft, at(0, 0.16, 0) @ rot("y", 45), 0, "body", sides=4),
        box(0.6, 0.08, 0.6, None, 0),
        box(0.48, 0.08, 0.48, at(0, 0.08, 0), 0),
    ]


def _skyscraper(tiers: int, rng: Rng) -> list[Part]:
    """A skyscraper: a broad tall block of floors stepping back twice toward the top (more
    ``tiers``, a taller first block), each face banded floor by floor in dark glass with a few
    windows lit along the front, steel fins up its corners, a lobby of glass at its foot and a
    mast on its roof."""
    parts: list[Part] = []
    y, blocks = 0.0, ((0.62, 0.5, 0.9 + 0.1 * tiers), (0.48, 0.38, 0.6), (0.32, 0.26, 0.35))
    floor_h = 0.075
    for k, (w, d, h) in enumerate(blocks):
        parts.append(box(w, h, d, at(0, y, 0), 0, "body" if k == 0 else ""))
        floors = int(h / floor_h)
        for f in range(floors):
            fy = y + (f + 0.3) * floor_h
            if k == 0 and f == 0:  # the lobby: one tall band of glass at its foot
                parts.append(box(w * 1.01, floor_h * 0.8, d * 1.01, at(0, fy - 0.02, 0), "glow"))
                continue
            parts.append(box(w * 1.01, floor_h * 0.5, d * 1.01, at(0, fy, 0), "window"))
            if rng.random() < 0.35:  # a few lit windows along the front and the side
                x = float(rng.uniform(-w * 0.35, w * 0.35))
                parts.append(box(w * 0.12, floor_h * 0.5, 0.01, at(x, fy, d * 0.506), "glow"))
        for sx in (-1, 1):  # steel fins up the corners
            for sz in (-1, 1):
                parts.append(box(0.02, h, 0.02, at(sx * w / 2, y, sz * d / 2), 1))
        y += h
        parts.append(box(w * 1.02, 0.025, d * 1.02, at(0, y - 0.012, 0), 1))  # its parapet
    parts.append(stick((0, y, 0), (0, y + 0.45, 0), 0.012, 1))  # the mast
    return parts


def tower(p: Params, rng: Rng) -> list[Part]:
    """A tall shaft in stages (``tiers``) narrowing by ``taper`` to a point or a cap; a square
    shaft with a pyramid (``width`` 0 and full taper: an obelisk); with ``pole``, a lighthouse;
    with ``arms`` (sails), a windmill, or with three a wind turbine; one stage with no width, a
    classical column; with a ``roof`` over three or more tiers, a pagoda; with a ``flare``, a
    minaret under its onion dome."""
    if p("pole", 0.0) > 0.5:
        return _lighthouse()
    if (sails := p.count("arms", 0)) >= 3:
        return _windmill(sails)
    if p.count("tiers", 3) == 1 and p("width", 0.5) < 0.05:
        return _column()
    tiers, taper, width = p.count("tiers", 3), p("taper", 0.3), p("width", 0.5)
    if width < 0.2 and taper >= 0.9:
        return _obelisk()
    if p("roof", 0.0) >= 0.5 and tiers >= 3:
        return _pagoda(tiers)
    if p("flare", 0.0) >= 0.5:
        return _minaret()
    if width < 0.2 and tiers >= 5:
        return _skyscraper(tiers, rng)
    sides = 4 if width < 0.2 else 16
    parts = []
    r, y = 0.25, 0.0
    stage = 2.4 / tiers
    for k in range(tiers):
        r1 = r * (1 - 0.35 * taper / max(1, tiers - 1) * (tiers > 1)) if taper < 0.9 else r * 0.7
        parts.append(
            lathe(
                [(0, 0), (r, 0), (r1, stage), (0, stage)],
                at(0, y, 0),
                0,
                "body" if k == 0 else "",
                sides=sides,
            )
        )
        if taper < 0.9 and tiers > 1:
            parts.append(
                lathe(
                    [(0, 0), (r1 * 1.12, 0), (r1 * 1.12, 0.04), (0, 0.04)],
                    at(0, y + stage, 0),
                    1,
                    sides=sides,
                )
            )
        if sides == 4 and tiers >= 5:  # a skyscraper: rows of lit windows on every face
            for i in range(4):
                a = np.radians(45 + 90 * i)
                n, t = np.array([np.sin(a), np.cos(a)]), np.array([np.cos(a), -np.sin(a)])
                for j in (-1, 0, 1):
                    for row in (0.3, 0.7):
                        c = n * r1 * 0.8 + t * j * r1 * 0.4  # the stage bulges a little
                        m = at(c[0], y + stage * row, c[1]) @ rot("y", np.degrees(a))
                        parts.append(box(r1 * 0.28, stage * 0.25, 0.02, m, "glow"))
        if sides > 4:
            for i in range(4):
                a = np.radians(i * 90 + 45 * (k % 2))
                parts.append(
                    box(
                        0.05,
                        0.1,
                        0.02,
                        at(r1 * 0.98 * np.sin(a), y + stage * 0.55, r1 * 0.98 * np.cos(a))
                        @ rot("y", np.degrees(a)),
                        "glow",
                    )
                )
        r, y = r1, y + stage + 0.04
    if taper >= 0.9:
        parts.append(lathe([(0, 0), (r, 0), (0, r * 1.4)], at(0, y - 0.04, 0), 1, sides=4))
    elif taper > 0.05:
        parts.append(cylinder(r * 1.1, 0.0, 0.35, at(0, y, 0), 1))
    else:
        parts.append(cylinder(r * 1.25, r * 1.25, 0.06, at(0, y - 0.04, 0), 1))
    return parts


def _windmill(sails: int) -> list[Part]:
    """A windmill: a tapering tower with a door, a window and a capped top, its sails (spars
    in the second material, lattice panels) turning on a hub in front; with three sails, a wind
    turbine's slim mast, nacelle and blades."""
    if sails == 3:
        hub = (0.0, 1.62, 0.2)
        parts = [
            cylinder(0.06, 0.035, 1.6, None, 0, "body"),
            ellipsoid((0, 1.62, 0.02), 0.06, 0.06, 0.17, 0),
            sphere(0.05, at(*hub) @ scl(1, 1, 1.4), 0),
        ]
        for k in range(3):
            m = at(*hub) @ rot("z", 90 + 120 * k) @ at(0, 0.4, 0) @ scl(0.1, 0.4, 1)
            parts.append(slab(leaf(0.35), 0.02, m, 0))
        return parts
    parts = [
        lathe([(0, 0), (0.34, 0), (0.25, 1.1), (0, 1.1)], None, 0, "body"),
        lathe([(0.28, 0), (0.22, 0.12), (0.1, 0.2), (0, 0.22)], at(0, 1.08, 0), 1),
        box(0.14, 0.26, 0.03, at(0, 0, 0.33), 1),
        box(0.08, 0.1, 0.03, at(0, 0.6, 0.29), "glow"),
        cylinder(0.04, 0.04, 0.2, at(0, 1.1, 0.2) @ rot("x", 90), 1),
    ]
    hub = (0.0, 1.1, 0.38)
    for k in range(sails):
        turn = at(*hub) @ rot("z", 45 + 360 * k / sails)
        parts.append(box(0.03, 0.8, 0.03, turn, 1))
        parts.append(box(0.17, 0.62, 0.01, turn @ at(0.1, 0.16, 0), 2))
        for j in range(4):
            parts.append(box(0.2, 0.015, 0.02, turn @ at(0.09, 0.2 + 0.18 * j, 0.01), 1))
    return parts


def _uprights(r: float, y0: float, y1: float, n: int, thick: float) -> list[Part]:
    """``n`` upright bars on a circle of radius ``r`` from ``y0`` to ``y1``, second material."""
    out = []
    for a in np.radians(np.arange(n) * 360 / n):
        x, z = r * np.cos(a), r * np.sin(a)
        out.append(stick((x, y0, z), (x, y1, z), thick, 1))
    return out


def _lighthouse() -> list[Part]:
    """A tapering tower banded in the second material, a railed gallery, a glowing lamp room
    behind its glazing bars, and a domed cap."""
    parts = [lathe([(0, 0), (0.3, 0), (0.2, 1.8), (0, 1.8)], None, 0, "body", sides=24)]
    for k in range(3):  # the bands
        y0, y1 = 0.3 + 0.55 * k, 0.55 + 0.55 * k
        r0, r1 = 0.3 - 0.1 * y0 / 1.8, 0.3 - 0.1 * y1 / 1.8
        parts.append(lathe([(0, y0), (r0 + 0.005, y0), (r1 + 0.005, y1), (0, y1)], None, 1))
    parts.append(cylinder(0.3, 0.3, 0.05, at(0, 1.8, 0), 1))  # the gallery
    parts += _uprights(0.28, 1.85, 1.98, 16, 0.008)  # the railing
    parts.append(torus(0.28, 0.01, at(0, 1.98, 0), 1))
    parts.append(cylinder(0.16, 0.16, 0.3, at(0, 1.85, 0), "glow"))  # the lamp room
    parts += _uprights(0.165, 1.85, 2.15, 6, 0.01)  # the glazing bars
    parts.append(lathe([(0, 0), (0.2, 0), (0.12, 0.1), (0, 0.2)], at(0, 2.15, 0), 1))
    parts.append(sphere(0.03, at(0, 2.37, 0), 1))
    return parts


def arch(p: Params, rng: Rng) -> list[Part]:
    """Piers under round arches (a gate, an aqueduct-like bridge with a deck), or a fence of
    pickets, or a wall with battlements; with ``rings``, a rainbow; strung (``strings``), an
    archer's bow."""
    if p("rings", 0.0) > 0.5:
        return _rainbow()
    if p.count("strings", 0) >= 1:
        return _bow()
    length, tiers, height = p("length", 0.3), p.count("tiers", 1), p("height", 0.6)
    L = 1.0 + 1.5 * length
    if height < 0.35:  # a fence or a wall
        if tiers > 2:
            parts = [box(L, 0.05, 0.04, at(0, y, 0), 1) for y in (0.15, 0.35)]
            for i in range(tiers * 2):
                x = -L / 2 + L * (i + 0.5) / (tiers * 2)
                parts.append(box(0.08, 0.5, 0.03, at(x, 0, 0.03), 0, "body" if i == 0 else ""))
                parts.append(_prism(0.08, 0.03, 0.06, at(x, 0.5, 0.03), 0))
            return parts
        parts = [box(L, 0.5, 0.2, None, 0, "body")]
        for i in range(9):
            parts.append(box(0.1, 0.1, 0.2, at(-L / 2 + 0.05 + (L - 0.1) * i / 8, 0.5, 0), 0))
        return parts
    spans = max(1, tiers)
    w = L / spans
    parts = []
    half = [(np.cos(t), np.sin(t)) for t in np.linspace(0, np.pi, 9)]
    for i in range(spans + 1):
        parts.append(box(w * 0.22, 0.6, 0.3, at(-L / 2 + i * w, 0, 0), 0, "body" if i == 0 else ""))
    for i in range(spans):
        cx = -L / 2 + (i + 0.5) * w
        pts = [(cx + (w * 0.39) * c, 0.6 + (w * 0.39) * s, 0) for c, s in half]
        parts.append(tube(pts, 0.09, slot=0))
    if spans > 1:  # a bridge: a deck on top, railings along it, ramps down at its ends
        top = 0.6 + w * 0.42
        parts.append(box(L + w * 0.2, 0.06, 0.34, at(0, top, 0), 1))
        deck = L + w * 0.2
        for z in (-0.16, 0.16):
            for x in np.linspace(-deck / 2, deck / 2, 2 * spans + 3):
                parts.append(box(0.03, 0.16, 0.03, at(x, top + 0.06, z), 1))
            parts.append(box(deck, 0.03, 0.04, at(0, top + 0.21, z), 1))
        run = top + 0.06
        for sx in (-1, 1):
            slope = np.degrees(np.arctan2(run, 0.9))
            ramp = at(sx * (deck / 2 + 0.45), run / 2, 0) @ rot("z", -sx * slope)
            parts.append(box(float(np.hypot(0.9, run)), 0.05, 0.34, ramp @ at(0, -0.025, 0), 1))
    return parts


def _bow() -> list[Part]:
    """An archer's bow standing on its lower tip: a limb curving back from the grip to both
    tips, a taut string between them, a leather grip (the second material) and an arrow nocked
    on the string, pointing forward."""
    t = np.linspace(-1.0, 1.0, 9)
    limb = [(0.0, 0.75 + 0.72 * v, -0.28 * (1 - v * v) + 0.06 * v**4) for v in t]
    parts = [tube(limb, [0.012, 0.02, 0.026, 0.03, 0.032, 0.03, 0.026, 0.02, 0.012], slot=0,
                  tag="body")]  # fmt: skip
    top, bottom = limb[-1], limb[0]
    parts.append(stick(bottom, top, 0.004, "sclera"))
    parts.append(cylinder(0.036, 0.036, 0.14, at(0, 0.68, -0.28), 1))
    nock = (0.0, 0.75, top[2])
    parts.append(stick(nock, (0.0, 0.75, nock[2] - 0.62), 0.008, 1))  # the arrow's shaft
    parts.append(cylinder(0.018, 0.0, 0.06, at(0.0, 0.75, nock[2] - 0.62) @ rot("x", -90), 0))
    for k in range(3):
        fin = at(*nock) @ rot("z", 120 * k) @ at(0, 0.012, -0.06) @ rot("y", 90)
        parts.append(slab(leaf(0.5), 0.004, fin @ scl(0.05, 0.018, 1), "sclera"))
    return parts


_RAINBOW = ("rainbow-red", "rainbow-orange", "rainbow-yellow", "rainbow-green", "rainbow-blue",
            "rainbow-violet")  # fmt: skip


def _rainbow() -> list[Part]:
    """A rainbow: six glowing bands, red outside to violet inside, in a half circle standing on
    two small clouds (first material)."""
    parts = []
    t = np.linspace(0, np.pi, 17)
    for i, band in enumerate(_RAINBOW):
        r = 1.0 - 0.075 * i
        pts = [(r * np.cos(a), 0.08 + r * np.sin(a), 0.0) for a in t]
        parts.append(tube(pts, 0.04, scl(1, 1, 0.3), slot=band))  # flat front to back
    for sx in (-1, 1):
        for dx, dy, rr in ((0.0, 0.1, 0.17), (0.14, 0.06, 0.12), (-0.13, 0.06, 0.12)):
            parts.append(
                sphere(rr, at(sx * 0.8 + dx, dy, 0.04), 0, "body" if sx < 0 and dx == 0 else "")
            )
    return parts


def string_instrument(p: Params, rng: Rng) -> list[Part]:
    """A waisted body, a long neck with a head and pegs, and its strings; with a frame: a harp;
    wide (``width``): a banjo's round drum body; with ``horns``, an electric guitar's thin solid
    body, its two horns either side of the neck, pickups and knobs; with a ``shell`` (its bowl
    back), a lute."""
    strings, neck, frame = max(1, p.count("strings", 6)), p("neck", 0.6), p("frame", 0.0)
    if frame > 0.5:  # a harp: a triangle of an upright column at the front, the soundbox
        # slanting up from its foot to the back, the curved neck across the top, strings
        # strung upright between soundbox and neck
        col = tube(
            [(0.35, 0, 0), (0.37, 0.8, 0), (0.35, 1.45, 0)], [0.05, 0.04, 0.045], slot=0, tag="body"
        )
        neck_part = tube(
            [(0.35, 1.45, 0), (0.1, 1.28, 0), (-0.15, 1.35, 0), (-0.45, 1.15, 0)], 0.035, slot=0
        )
        sound = tube([(0.25, 0.05, 0), (-0.45, 1.1, 0)], [0.13, 0.04], slot=0)
        parts = [col, neck_part, sound, box(0.3, 0.06, 0.25, at(0.28, 0.0, 0), 0)]
        n = strings
        for i in range(n):
            x = -0.38 + 0.62 * (i + 0.5) / n
            low = 0.05 + (0.25 - x) / 0.7 * 1.05 + 0.03
            top = 1.17 + (x + 0.45) / 0.8 * 0.22
            parts.append(stick((x, low, 0), (x, top, 0), 0.004, "sclera"))
        return parts
    if strings == 4 and neck < 0.5:
        return _bowed(p("pole", 0.0))
    if p("shell", 0.0) >= 0.5:
        return _lute(strings)
    nl = 0.35 + 0.55 * neck
    round_body = p("width", 0.0) >= 0.5  # a banjo's drum
    solid = p("horns", 0.0) >= 0.5  # an electric guitar's thin body with two horns
    outline = [
        (0, -0.42),
        (0.2, -0.36),
        (0.26, -0.18),
        (0.16, 0.0),
        (0.19, 0.12),
        (0.14, 0.24),
        (0, 0.27),
        (-0.14, 0.24),
        (-0.19, 0.12),
        (-0.16, 0.0),
        (-0.26, -0.18),
        (-0.2, -0.36),
    ]
    if round_body:  # a wooden rim round a pale drumhead, its tension hooks round the edge
        rim = at(0, 0.36, -0.04) @ rot("x", 90)
        parts = [cylinder(0.24, 0.24, 0.08, rim, 0, "body")]
        parts.append(cylinder(0.215, 0.215, 0.008, at(0, 0.36, 0.04) @ rot("x", 90), "sclera"))
        for k in range(16):
            a = 2 * np.pi * k / 16
            c = (0.245 * np.sin(a), 0.36 + 0.245 * np.cos(a), 0.03)
            parts.append(box(0.012, 0.012, 0.05, at(*c), 2))
    elif solid:  # a double cutaway, pickups and knobs instead of a sound hole
        parts = [slab(_ELECTRIC, 0.05, at(0, 0.42, 0), 0, "body")]
        for y in (0.36, 0.48):
            parts.append(box(0.1, 0.025, 0.012, at(0, y, 0.025), "pupil"))
        for k in range(3):
            c = at(0.12 + 0.03 * k, 0.27 + 0.05 * k, 0.025) @ rot("x", 90)
            parts.append(cylinder(0.016, 0.016, 0.015, c, 2))
    else:
        parts = [slab(outline, 0.09, at(0, 0.42, 0), 0, "body")]
        parts.append(cylinder(0.06, 0.06, 0.01, at(0, 0.45, 0.045) @ rot("x", 90), "pupil"))
    parts.append(box(0.07, nl, 0.03, at(0, 0.65, 0.03), 1))
    top = 0.65 + nl
    parts.append(box(0.09, 0.14, 0.03, at(0, top, 0.02) @ rot("x", -12), 1))
    for i in range(strings):
        x = -0.025 + 0.05 * i / max(1, strings - 1)
        parts.append(stick((x, 0.2, 0.05), (x, top, 0.05), 0.003, "sclera"))
        side = -1 if i % 2 == 0 else 1
        parts.append(
            stick(
                (side * 0.045, top + 0.02 + 0.04 * (i // 2), 0.03),
                (side * 0.08, top + 0.02 + 0.04 * (i // 2), 0.03),
                0.008,
                2,
            )
        )
    parts.append(box(0.12, 0.02, 0.02, at(0, 0.2, 0.05), 2))
    return parts


def _lute(strings: int) -> list[Part]:
    """A lute: a deep rounded bowl of a back under a pear-shaped soundboard with a carved
    rosette, a short neck and a pegbox bent sharply back, its pegs out to the sides."""
    dome = [(0.0, 0.55), (0.5, 0.5), (0.85, 0.33), (1.0, 0.0), (0.0, 0.0)]
    board = [(0.0, -0.36), (0.18, -0.31), (0.26, -0.12), (0.24, 0.08), (0.16, 0.24), (0.05, 0.34),
             (-0.05, 0.34), (-0.16, 0.24), (-0.24, 0.08), (-0.26, -0.12), (-0.18, -0.31)]  # fmt: skip
    parts = [
        lathe(dome, at(0, 0.4, 0) @ scl(0.26, 0.36, 0.2) @ rot("x", -90), 0, "body"),
        slab(board, 0.016, at(0, 0.4, 0.008), 0),
        cylinder(0.055, 0.055, 0.01, at(0, 0.48, 0.018) @ rot("x", 90), "pupil"),
        torus(0.058, 0.008, at(0, 0.48, 0.02) @ rot("x", 90), 2),
        box(0.075, 0.3, 0.03, at(0, 0.72, 0.01), 0),
    ]
    top = 1.02
    bend = at(0, top, 0.01) @ rot("x", -68)
    parts.append(box(0.06, 0.2, 0.03, bend, 0))
    for i in range(strings):
        x = -0.03 + 0.06 * i / max(1, strings - 1)
        parts.append(stick((x, 0.28, 0.03), (x, top, 0.03), 0.0015, "sclera"))
        side = -1 if i % 2 == 0 else 1
        peg = bend @ at(0, 0.04 + 0.035 * (i // 2), 0)
        parts.append(
            stick((peg @ [side * 0.03, 0, 0, 1])[:3], (peg @ [side * 0.07, 0, 0, 1])[:3], 0.007, 2)
        )
    parts.append(box(0.1, 0.018, 0.018, at(0, 0.28, 0.025), 2))
    return parts


_ELECTRIC = [(0.0, -0.3), (0.2, -0.27), (0.25, -0.12), (0.17, 0.02), (0.2, 0.17), (0.16, 0.27),
             (0.08, 0.12), (0.0, 0.1), (-0.09, 0.14), (-0.15, 0.3), (-0.2, 0.17), (-0.17, 0.02),
             (-0.25, -0.12), (-0.2, -0.27)]  # fmt: skip
"""An electric guitar's body, the neck joining at the top between two horns."""

_VIOLIN = [
    (0, -0.45), (0.17, -0.42), (0.25, -0.3), (0.24, -0.16), (0.15, -0.08), (0.13, 0.0),
    (0.15, 0.08), (0.2, 0.16), (0.2, 0.28), (0.12, 0.36), (0, 0.38), (-0.12, 0.36), (-0.2, 0.28),
    (-0.2, 0.16), (-0.15, 0.08), (-0.13, 0.0), (-0.15, -0.08), (-0.24, -0.16), (-0.25, -0.3),
    (-0.17, -0.42),
]  # fmt: skip
"""A violin's outline: wide lower bouts, the C-bouts' narrow waist, rounder upper bouts."""


def _bowed(pole: float) -> list[Part]:
    """A violin (with ``pole``, a cello on its spike): f-holes, bridge, tailpiece, a dark
    fingerboard, four strings and a scrolled head."""
    parts = [slab(_VIOLIN, 0.1, at(0, 0.5, 0), 0, "body")]
    for s in (-1, 1):  # the f-holes
        parts.append(box(0.015, 0.16, 0.01, at(s * 0.08, 0.42, 0.05) @ rot("z", s * 8), "pupil"))
    parts.append(box(0.14, 0.05, 0.01, at(0, 0.46, 0.055), 1))  # the bridge
    parts.append(box(0.08, 0.14, 0.015, at(0, 0.14, 0.055) @ rot("x", 4), "pupil"))
    parts.append(box(0.06, 0.62, 0.025, at(0, 0.56, 0.06), "pupil"))  # the fingerboard
    parts.append(box(0.05, 0.25, 0.04, at(0, 0.88, 0.02), 1))  # the neck above the body
    for i in range(4):
        x = -0.024 + 0.016 * i
        parts.append(stick((x, 0.26, 0.08), (x, 1.1, 0.07), 0.003, "sclera"))
    parts.append(box(0.05, 0.16, 0.05, at(0, 1.12, 0.02), 1))  # the pegbox
    for k in range(4):
        side = -1 if k % 2 == 0 else 1
        y = 1.16 + 0.04 * (k // 2)
        parts.append(stick((side * 0.025, y, 0.04), (side * 0.07, y, 0.04), 0.01, 2))
    parts.append(torus(0.035, 0.018, at(0, 1.31, 0.03) @ rot("z", 90), 1))  # the scroll
    if pole > 0.5:
        parts.append(stick((0, 0.06, 0), (0, -0.2, 0), 0.012, "pupil"))
    return parts


def wind_instrument(p: Params, rng: Rng) -> list[Part]:
    """A tube with keys, ending in a bell whose flare sets brass from woodwind (none: a flute);
    a coil for horns; with ``neck``, a saxophone; wide (``width``), a tuba on its coils; short
    brass (a trumpet, a bugle) folded in a loop."""
    if p("neck", 0.0) > 0.5:
        return _saxophone()
    if p("width", 0.0) >= 0.5:
        return _tuba()
    length, flare = p("length", 0.6), p("flare", 0.5)
    if flare > 0.6 and length < 0.9:  # brass: its tubing folded in a loop
        return _looped_brass(valves=length >= 0.4)
    L = 0.6 + 0.6 * length
    bell = 0.04 + 0.16 * flare
    parts = [cylinder(0.03, 0.03, L, at(0, 0.1, -L / 2) @ rot("x", 90), 0, "body")]
    if flare <= 0.05:  # a flute: no bell; a closed head with its lip plate, keys along it
        parts.append(sphere(1.0, at(0, 0.1, L / 2) @ scl(0.03, 0.03, 0.01), 0))
        parts.append(sphere(1.0, at(0, 0.13, L * 0.4) @ scl(0.022, 0.006, 0.03), 1))
        parts.append(sphere(0.009, at(0, 0.136, L * 0.4), "pupil"))  # the mouth hole
        for i in range(8):
            z = -L * 0.35 + i * L * 0.075
            parts.append(cylinder(0.016, 0.016, 0.012, at(0, 0.125, z), 1))
            parts.append(tube([(0.0, 0.12, z), (0.03, 0.11, z + 0.02)], 0.004, slot=1))
        return parts
    parts.append(
        lathe(
            [
                (0.028, 0),
                (0.035, L * 0.15),
                (bell * 0.6, L * 0.22),
                (bell, L * 0.25),
                (bell * 0.9, L * 0.25),
                (0.026, L * 0.05),
            ],
            at(0, 0.1, L / 2) @ rot("x", 90),
            0,
        )
    )
    parts.append(cylinder(0.01, 0.018, 0.08, at(0, 0.1, -L / 2) @ rot("x", -90), 1))
    if flare > 0.6:  # brass: a coiled loop and valves
        parts.append(torus(0.09, 0.018, at(0, 0.1, -L * 0.1) @ rot("z", 90), 0))
        for i in range(3):
            parts.append(cylinder(0.018, 0.018, 0.1, at(0, 0.1, -L * 0.05 + i * 0.05), 1))
    else:
        for i in range(6):
            parts.append(cylinder(0.012, 0.012, 0.02, at(0, 0.125, -L * 0.3 + i * L * 0.1), 1))
    return parts


def _looped_brass(valves: bool) -> list[Part]:
    """A trumpet (with ``valves``) or a bugle: the bell pipe running forward to a wide flared
    bell, the tubing folded back under it in one long loop to the mouthpiece; a trumpet's
    three valves with their buttons stand between the pipes."""
    y0, y1, front, back = 0.12, 0.26, 0.42, -0.3
    parts = [cylinder(0.018, 0.018, front - back, at(0, y1, back) @ rot("x", 90), 0, "body")]
    bell = [(0.018, 0.0), (0.03, 0.12), (0.06, 0.2), (0.11, 0.245), (0.1, 0.25), (0.016, 0.02)]
    parts.append(lathe(bell, at(0, y1, front) @ rot("x", 90), 0))
    r = (y1 - y0) / 2
    loop = [(0, y1, back)]  # back round the bend, forward underneath, up to the mouthpiece
    loop += [
        (0, y0 + r + r * np.cos(t), back - r * np.sin(t)) for t in np.linspace(0.3, np.pi - 0.3, 5)
    ]
    loop += [(0, y0, front - 0.12), (0, y0 + 0.03, front - 0.02), (0, y0 + 0.06, front - 0.03)]
    parts.append(tube(loop, 0.018, slot=0))
    lead = [(0, y0 + 0.06, front - 0.03), (0, y0 + 0.07, back + 0.1), (0, y0 + 0.07, back - 0.12)]
    parts.append(tube(lead, [0.016, 0.014, 0.012], slot=0))
    parts.append(cylinder(0.01, 0.02, 0.06, at(0, y0 + 0.07, back - 0.12) @ rot("x", -90), 1))
    if valves:
        for i in range(3):
            z = -0.02 + 0.05 * i
            parts.append(cylinder(0.02, 0.02, 0.17, at(0, y0 - 0.02, z), 1))
            parts.append(cylinder(0.016, 0.016, 0.02, at(0, y1 + 0.05, z), "sclera"))
            parts.append(stick((0, y1, z), (0, y1 + 0.05, z), 0.006, 1))
    else:  # a bugle's cord and tassel hanging from its loop
        parts.append(tube([(0, y0, 0.0), (0.02, y0 - 0.1, 0.05), (0.0, y0 - 0.16, 0.12)], 0.008,
                          slot="card-red"))  # fmt: skip
    return parts


def _tuba() -> list[Part]:
    """A tuba standing: a wide conical body rising to a great bell facing up, oval coils of
    tubing wrapped round its lower half, valves in front and a lead pipe to the mouthpiece."""
    body = [(0.0, 0.12), (0.07, 0.12), (0.08, 0.5), (0.11, 0.72), (0.17, 0.86), (0.26, 0.96),
            (0.25, 0.98), (0.0, 0.9)]  # fmt: skip
    parts = [lathe(body, None, 0, "body")]
    parts.append(tube([(0, 0.14, 0), (0, 0.05, 0.0), (0.0, 0.06, 0.14), (0, 0.2, 0.16)],
                      [0.07, 0.075, 0.07, 0.06], slot=0))  # fmt: skip
    for k, (y, r) in enumerate(((0.32, 0.13), (0.5, 0.1))):
        ring = at(0.02 * k, y, 0.02) @ rot("x", 90) @ scl(1.25, 1, 0.8)
        parts.append(torus(r, 0.03, ring, 0))
    for i in range(4):
        parts.append(cylinder(0.024, 0.024, 0.16, at(-0.06 + 0.04 * i, 0.42, 0.15), 1))
        parts.append(sphere(0.026, at(-0.06 + 0.04 * i, 0.6, 0.15), 1))
    lead = [(0.0, 0.45, 0.1), (0.12, 0.55, 0.14), (0.2, 0.66, 0.1), (0.24, 0.72, 0.0)]
    parts.append(tube(lead, [0.022, 0.02, 0.018, 0.016], slot=0))
    parts.append(cylinder(0.012, 0.022, 0.06, at(0.24, 0.72, 0.0) @ rot("z", -60), 1))
    return parts


def _saxophone() -> list[Part]:
    """A saxophone standing: a conical body down to a U-bend, the bell turned up and forward,
    a crook at the top bending to the mouthpiece, and a row of key cups."""
    body = [(0, 0.95, 0), (0, 0.6, 0.0), (0, 0.25, 0.0), (0, 0.1, 0.05), (0, 0.12, 0.17),
            (0, 0.3, 0.22)]  # fmt: skip
    parts = [tube(body, [0.035, 0.045, 0.06, 0.07, 0.075, 0.08], slot=0, tag="body")]
    bell = [(0.08, 0), (0.1, 0.06), (0.15, 0.12), (0.17, 0.13), (0.14, 0.13), (0.07, 0.02)]
    parts.append(lathe(bell, at(0, 0.28, 0.23) @ rot("x", 15), 0))
    crook = [(0, 0.94, 0), (0, 1.04, -0.02), (0, 1.08, -0.1), (0, 1.05, -0.18)]
    parts.append(tube(crook, [0.03, 0.025, 0.018, 0.015], slot=0))
    parts.append(cylinder(0.016, 0.008, 0.08, at(0, 1.05, -0.18) @ rot("x", -100), "pupil"))
    for i in range(7):
        y = 0.3 + 0.08 * i
        parts.append(cylinder(0.025, 0.025, 0.015, at(0, y, 0.05) @ rot("x", 90), 1))
    return parts


def drum(p: Params, rng: Rng) -> list[Part]:
    """A shell with a skin, rims and zig-zag tension cords; sticks resting on top; with
    ``keys``, a xylophone."""
    if p("keys", 0.0) > 0.5:
        return _xylophone()
    width, height = p("width", 0.6), p("height", 0.5)
    r, h = 0.3 + 0.2 * width, 0.25 + 0.45 * height
    parts = [
        cylinder(r, r, h, None, 0, "body"),
        cylinder(r * 0.98, r * 0.98, 0.01, at(0, h, 0), "sclera"),
    ]
    parts += [torus(r, 0.025, at(0, y, 0), 1) for y in (0.02, h)]
    for i in range(10):
        a0, a1 = np.radians(i * 36), np.radians(i * 36 + 18)
        parts.append(
            stick(
                (r * np.cos(a0), 0.04, r * np.sin(a0)),
                (r * np.cos(a1), h - 0.03, r * np.sin(a1)),
                0.006,
                2,
            )
        )
        parts.append(
            stick(
                (r * np.cos(a1), h - 0.03, r * np.sin(a1)),
                (r * np.cos(a0 + np.radians(36)), 0.04, r * np.sin(a0 + np.radians(36))),
                0.006,
                2,
            )
        )
    for s in (-1, 1):
        parts.append(
            tube([(s * 0.1, h + 0.03, -0.3), (s * 0.05, h + 0.05, 0.25)], [0.015, 0.012], slot=1)
        )
        parts.append(sphere(0.022, at(s * 0.05, h + 0.05, 0.25), 1))
    return parts


def _xylophone() -> list[Part]:
    """A xylophone: a row of bars, long to short, across two rails (second material) on legs,
    and two mallets lying on the bars."""
    parts = []
    n, top = 11, 0.42
    for i in range(n):  # the bars, apart from each other, a resonator tube under each
        x = -0.55 + 1.1 * i / (n - 1)
        length = 0.8 - 0.044 * i
        parts.append(box(0.07, 0.045, length, at(x, top, 0), 0, "body" if i == n // 2 else ""))
        for z in (-length * 0.32, length * 0.32):  # the cords' pins
            parts.append(cylinder(0.008, 0.008, 0.012, at(x, top + 0.045, z), "steel"))
        parts.append(
            cylinder(0.025, 0.025, 0.28 - 0.015 * i, at(x, top - 0.3 + 0.015 * i, 0.0), "steel")
        )
    for s in (-1, 1):
        a, b = (-0.62, top - 0.03, s * 0.31), (0.62, top - 0.03, s * 0.13)
        parts.append(stick(a, b, 0.025, 1))
        for end in (a, b):
            parts.append(stick(end, (end[0], 0.0, end[2] * 1.1), 0.02, 1))
    for k, (x, z) in enumerate(((-0.1, 0.1), (0.25, -0.05))):
        head = (x + 0.15, top + 0.08, z + 0.05 * k)
        parts.append(stick((x - 0.25, top + 0.06, z + 0.2), head, 0.01, 1))
        parts.append(sphere(0.055, at(*head), 2))
    return parts


def light(p: Params, rng: Rng) -> list[Part]:
    """Arms ending in candles or bulbs: on a stand (candelabra, floor lamp), hanging from a
    chain (chandelier, ``pole``), or a flaming torch (``flare``); flaming with no height, a
    campfire (``arms`` logs leaning together in a ring of stones); no arms, a light bulb, or
    with ``trunk`` a searchlight (long: a flashlight)."""
    arms, pole, height, flare = (
        p.count("arms", 3),
        p("pole", 0.0),
        p("height", 0.4),
        p("flare", 0.0),
    )
    if flare > 0.5 and height < 0.1:
        return _campfire(max(3, arms), rng)
    if arms == 0 and flare <= 0.5:
        if p("trunk", 0.0) <= 0.5:
            return _bulb()
        return _flashlight() if p("length", 0.0) >= 0.5 else _searchlight()
    if flare > 0.5:  # a torch
        return [
            tube([(0, 0, 0), (0, 0.6, 0)], [0.025, 0.04], slot=0, tag="body"),
            lathe([(0, 0), (0.07, 0.02), (0.08, 0.1), (0, 0.12)], at(0, 0.6, 0), 1),
            lathe(
                [(0, 0), (0.07, 0.05), (0.05, 0.15), (0.015, 0.27), (0, 0.3)],
                at(0, 0.7, 0),
                "flame",
            ),
        ]
    parts: list[Part] = []
    if pole > 0.5:  # hanging: chain, ring of arms
        top = 1.2
        parts.append(stick((0, top, 0), (0, 0.6, 0), 0.012, 0))
        parts.append(sphere(0.08, at(0, 0.55, 0) @ scl(1, 1.3, 1), 0, "body"))
        parts.append(torus(0.3, 0.02, at(0, 0.45, 0), 0))
        base_y, reach, rise = 0.45, 0.3, 0.08
    else:  # a stand
        H = 0.4 + 0.9 * height
        parts.append(cylinder(0.18, 0.15, 0.04, None, 0))
        parts.append(
            tube([(0, 0, 0), (0, H * 0.5, 0), (0, H, 0)], [0.03, 0.025, 0.025], slot=0, tag="body")
        )
        base_y, reach, rise = H, 0.22, 0.12
        if arms <= 1 and height >= 0.9:  # a lamppost: a lantern head, a cap and a finial
            parts[0] = cylinder(0.12, 0.09, 0.12, None, 0)
            head = at(0, H, 0)
            parts.append(lathe([(0.0, 0.0), (0.05, 0.0), (0.13, 0.1), (0.0, 0.1)], head, 0))
            parts.append(box(0.2, 0.26, 0.2, head @ at(0, 0.1, 0), "glow"))
            parts.append(
                lathe(
                    [(0.0, 0.0), (0.17, 0.0), (0.02, 0.14), (0.0, 0.16)], head @ at(0, 0.36, 0), 0
                )
            )
            for k in range(4):
                a = np.radians(45 + 90 * k)
                parts.append(
                    stick(
                        (0.1 * np.cos(a) * 1.414, H + 0.1, 0.1 * np.sin(a) * 1.414),
                        (0.1 * np.cos(a) * 1.414, H + 0.36, 0.1 * np.sin(a) * 1.414),
                        0.012,
                        0,
                    )
                )
            return parts
        if arms <= 1:  # a floor lamp: a shade over a bulb
            parts.append(lathe([(0, 0), (0.22, 0), (0.12, 0.22), (0, 0.22)], at(0, H - 0.05, 0), 1))
            parts.append(sphere(0.06, at(0, H, 0), "glow"))
            return parts
    for i in range(max(arms, 1)):
        a = np.radians(i * 360 / max(arms, 1))
        d = np.array([np.cos(a), 0, np.sin(a)])
        end = d * reach + (0, base_y + rise, 0)
        parts.append(
            tube([(0, base_y, 0), d * reach * 0.6 + (0, base_y - 0.05, 0), end], 0.012, slot=0)
        )
        parts.append(cylinder(0.03, 0.04, 0.03, at(*end), 0))
        parts.append(cylinder(0.015, 0.015, 0.1, at(*(end + v3(0, 0.03, 0))), 2))
        parts.append(
            lathe(
                [(0, 0), (0.014, 0.015), (0.01, 0.04), (0, 0.055)],
                at(*(end + v3(0, 0.13, 0))),
                "flame",
            )
        )
    if pole <= 0.5:
        parts.append(cylinder(0.015, 0.015, 0.12, at(0, base_y, 0), 2))
        parts.append(
            lathe(
                [(0, 0), (0.014, 0.015), (0.01, 0.04), (0, 0.055)], at(0, base_y + 0.12, 0), "flame"
            )
        )
    return parts


def _bulb() -> list[Part]:
    """A light bulb standing on its screw cap: a glowing pear of glass (second material) round
    a coiled filament, the threaded cap and its dark contact below."""
    parts = [
        cylinder(0.05, 0.09, 0.04, None, "pupil"),
        cylinder(0.13, 0.13, 0.24, at(0, 0.04, 0), 0, "body"),
    ]
    for k in range(5):  # the thread
        parts.append(torus(0.13, 0.018, at(0, 0.07 + 0.045 * k, 0) @ rot("x", 4), 0))
    globe = [(0.13, 0), (0.16, 0.12), (0.3, 0.33), (0.33, 0.48), (0.26, 0.66), (0, 0.72)]
    parts.append(lathe(globe, at(0, 0.28, 0), 1))
    coil = [(0.06 * np.cos(a), 0.62 + 0.004 * a, 0.06 * np.sin(a)) for a in np.linspace(0, 12, 13)]
    parts.append(tube(coil, 0.008, slot="glow"))
    for s in (-1, 1):
        parts.append(stick((s * 0.03, 0.3, 0), (s * 0.06, 0.62, 0), 0.006, "pupil"))
    return parts


def _searchlight() -> list[Part]:
    """A searchlight: a drum with a glowing lens (second material) turned up and forward on
    a yoke over a round base."""
    tilt = at(0, 0.62, 0) @ rot("x", -30)
    parts = [
        cylinder(0.3, 0.26, 0.08, None, 0),
        cylinder(0.06, 0.06, 0.3, at(0, 0.08, 0), 0),
        cylinder(0.26, 0.3, 0.55, tilt @ at(0, 0, -0.2) @ rot("x", 90), 0, "body"),
        cylinder(0.27, 0.27, 0.03, tilt @ at(0, 0, 0.36) @ rot("x", 90), 1),
        torus(0.3, 0.03, tilt @ at(0, 0, 0.35) @ rot("x", 90), 0),
    ]
    for s in (-1, 1):
        parts.append(box(0.04, 0.3, 0.08, at(s * 0.34, 0.38, 0), 0))
    return parts


def _flashlight() -> list[Part]:
    """A flashlight lying on its side: a ribbed grip with a button and a tail cap, flaring
    into a head whose lens glows (second material)."""
    side = at(0, 0.16, 0) @ rot("x", 90)  # its axis along z, the lens forward
    parts = [
        cylinder(0.12, 0.12, 0.7, side @ at(0, -0.45, 0), 0, "body"),  # the grip
        cylinder(0.12, 0.16, 0.16, side @ at(0, 0.25, 0), 0),  # the head flaring
        cylinder(0.16, 0.16, 0.12, side @ at(0, 0.41, 0), 0),
        cylinder(0.14, 0.14, 0.015, side @ at(0, 0.53, 0), 1),  # the lens
        torus(0.15, 0.015, side @ at(0, 0.53, 0), 0),
        cylinder(0.125, 0.125, 0.05, side @ at(0, -0.48, 0), 0),  # the tail cap
        box(0.06, 0.03, 0.1, at(0, 0.27, 0.05), 0),  # the button
    ]
    for k in range(5):  # grip rings
        parts.append(torus(0.122, 0.01, side @ at(0, -0.35 + 0.1 * k, 0), 0))
    return parts


def _campfire(logs: int, rng: Rng) -> list[Part]:
    """Logs leaning into a cone over a ring of stones, and the fire rising from them."""
    parts: list[Part] = []
    for i in range(logs):
        a = 2 * np.pi * (i + rng.uniform(-0.15, 0.15)) / logs
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        parts.append(stick(d * 0.3 + (0, 0.03, 0), d * 0.03 + (0, 0.32, 0), 0.04, 0, "body"))
    for k in range(11):
        a = 2 * np.pi * k / 11
        r = 0.05 + 0.015 * rng.uniform()
        ring = at(0.42 * np.cos(a), r * 0.6, 0.42 * np.sin(a)) @ scl(1, 0.7, 1)
        parts.append(sphere(r, ring, "stones"))  # stones whatever the fire is made of
    parts.append(
        lathe([(0, 0), (0.17, 0.05), (0.13, 0.2), (0.05, 0.4), (0, 0.5)], at(0, 0.04, 0), "flame")
    )
    return parts


def _wrench() -> list[Part]:
    """A wrench lying flat: a long flat handle, an open jaw at one end (a C round the nut's
    gap) and a closed ring at the other."""
    flat = rot("x", 90)  # outlines drawn in xy lie on the ground
    parts = [box(0.09, 0.03, 0.8, at(0, 0.0, -0.05), 0, "body")]
    jaw = [(-0.12, 0.0), (-0.13, 0.1), (-0.06, 0.16), (-0.04, 0.08), (0.04, 0.08), (0.06, 0.16),
           (0.13, 0.1), (0.12, 0.0), (0.05, -0.06), (-0.05, -0.06)]  # fmt: skip
    parts.append(slab(jaw, 0.03, at(0, 0.015, 0.36) @ flat, 0))
    parts.append(torus(0.07, 0.025, at(0, 0.015, -0.47), 0))  # the ring end
    return parts


def _rolling_pin() -> list[Part]:
    """A rolling pin lying down: a long thick roller, a handle at each end on a thin axle."""
    y = 0.1
    parts = [cylinder(0.1, 0.1, 0.7, at(-0.35, y, 0) @ rot("z", -90), 0, "body")]
    for s in (-1, 1):
        parts.append(stick((s * 0.35, y, 0), (s * 0.4, y, 0), 0.025, 1))
        parts.append(
            tube([(s * 0.4, y, 0), (s * 0.5, y, 0), (s * 0.58, y, 0)], [0.04, 0.045, 0.035], slot=1)
        )
    return parts


def tool(p: Params, rng: Rng) -> list[Part]:
    """A handle and a head: hammer (``head`` 0), axe (0.33), spade or spoon (0.66), tines (1) or
    (``spines``) a mace's spiked head, or
    with ``fur``, bristles (a brush; long, a broom); with ``pole``, a staff or a wand (middling
    ``length``: a stick, a club or a bat with ``width``, a cane with a ``handles`` crook); with
    ``claws``, a wrench's open jaws; a roller between two ``handles``, a rolling pin; with
    ``strings``, a racket; with ``horns`` (its two points), a pickaxe; a spade's head with a
    ``flare``, a spoon's round bowl; a hammer's, a claw hammer's split claw."""
    if p("pole", 0.0) > 0.5 and 0.15 < p("length", 0.8) < 0.5:
        return _stick(
            p("width", 0.0) >= 0.5, p.count("handles", 0) >= 1, rng, p("pattern", 0.0) >= 0.5
        )
    if p("pole", 0.0) > 0.5:
        return _staff(p("length", 0.8), rng)
    if p("spines", 0.0) >= 0.5:
        return _mace()
    if p("claws", 0.0) > 0.5:
        return _wrench()
    if p.count("handles", 0) >= 2:
        return _rolling_pin()
    if 0.5 <= p("head", 0.0) < 0.83 and p("flare", 0.0) >= 0.5:
        return _spoon()
    if p("horns", 0.0) >= 0.5:  # a pickaxe: a curved head pointed both ways on a long handle
        parts = [tube([(0, 0, 0), (0, 1.0, 0)], [0.03, 0.026], slot=1, tag="body")]
        head = [(-0.42, 0.82, 0), (-0.2, 0.97, 0), (0.0, 1.0, 0), (0.2, 0.97, 0), (0.42, 0.82, 0)]
        parts.append(tube(head, [0.005, 0.035, 0.05, 0.035, 0.005], slot=0))
        return parts
    if p.count("strings", 0) >= 3:  # a racket: an oval frame strung across, on a handle
        head = at(0, 0.78, 0) @ scl(0.72, 1.0, 1.0)
        parts = [tube([(0, 0, 0), (0, 0.42, 0)], [0.035, 0.03], slot=0, tag="body"),
                 torus(0.25, 0.02, head @ rot("x", 90), 0)]  # fmt: skip
        for k in range(-3, 4):  # the strings, both ways
            x = 0.06 * k
            h = 0.24 * np.sqrt(max(0.0, 1 - (x / 0.25) ** 2))
            parts.append(stick((0.72 * x, 0.78 - h, 0), (0.72 * x, 0.78 + h, 0), 0.004, 1))
            w = 0.25 * np.sqrt(max(0.0, 1 - (x / 0.25) ** 2)) * 0.72
            parts.append(stick((-w, 0.78 + x, 0), (w, 0.78 + x, 0), 0.004, 1))
        parts.append(tube([(0, 0.42, 0), (-0.08, 0.53, 0)], 0.015, slot=0))
        parts.append(tube([(0, 0.42, 0), (0.08, 0.53, 0)], 0.015, slot=0))
        return parts
    head, length, width = p("head", 0.0), p("length", 0.4), p("width", 0.3)
    H = 0.5 + 0.7 * length
    parts = [tube([(0, 0, 0), (0, H, 0)], [0.028, 0.024], slot=1, tag="body")]
    if head < 0.17:
        parts.append(box(0.26, 0.08, 0.08, at(0, H - 0.02, 0), 0))
        parts.append(cylinder(0.045, 0.045, 0.04, at(0.13, H + 0.02, 0) @ rot("z", -90), 0))
        if p("flare", 0.0) >= 0.5:  # a claw hammer: the back of its head curving down, split
            for z in (-0.018, 0.018):
                claw = [(-0.12, H + 0.02, z), (-0.2, H + 0.0, z), (-0.25, H - 0.07, z * 1.5)]
                parts.append(tube(claw, [0.03, 0.022, 0.006], slot=0))
    elif head < 0.5:  # an axe: a bearded blade flaring to a curved edge (both ways: a battle axe)
        blade = [(0.0, 0.05), (0.08, 0.06), (0.17, 0.13), (0.23, 0.09), (0.25, 0.0),
                 (0.23, -0.1), (0.18, -0.2), (0.11, -0.11), (0.0, -0.05)]  # fmt: skip
        for side in (1, -1)[: 1 + (width >= 0.6)]:
            flip = rot("y", 180) if side < 0 else np.eye(4)
            parts.append(slab(blade, 0.026, at(0, H - 0.1, 0) @ flip @ at(0.02, 0, 0), 0))
        parts.append(box(0.07, 0.14, 0.05, at(0, H - 0.17, 0), 0))  # the eye round the haft
    elif head < 0.83:
        k = 1.6 if length >= 0.8 else 1.0  # a shovel's broad blade, a trowel's small one
        parts.append(
            slab(
                [(-0.09 * k, 0), (0.09 * k, 0), (0.1 * k, -0.22 * k), (0, -0.3 * k),
                 (-0.1 * k, -0.22 * k)],
                0.02,
                at(0, 0.05, 0),
                0,
            )
        )  # fmt: skip
        parts.append(stick((0, 0.0, 0), (0, 0.06, 0), 0.03, 0))
        if length >= 0.8:  # a D-grip at the top of the handle
            parts.append(torus(0.07, 0.018, at(0, H + 0.08, 0) @ rot("x", 90), 1))
    elif p("fur", 0.0) >= 0.5:
        parts += _bristles(length, H)
    elif length >= 0.8 and width <= 0.2:  # a pitchfork held upright: three long tines on top
        parts.append(tube([(-0.1, H + 0.05, 0), (0, H, 0), (0.1, H + 0.05, 0)], 0.016, slot=0))
        parts.append(stick((0, H - 0.06, 0), (0, H + 0.01, 0), 0.026, 0))  # the ferrule
        for x in (-0.1, 0.0, 0.1):
            tine = [(x, H + 0.05, 0), (x * 1.1, H + 0.3, 0.015), (x * 1.15, H + 0.5, 0.04)]
            parts.append(tube(tine, [0.012, 0.01, 0.0], slot=0))
    else:
        n = 4 + int(6 * width)
        w = 0.2 + 0.5 * width
        parts.append(box(w, 0.03, 0.03, at(0, 0.12, 0), 0))
        for i in range(n):
            x = -w / 2 + w * i / max(1, n - 1)
            parts.append(
                tube([(x, 0.13, 0), (x, 0.0, 0.01), (x, -0.08, 0.04)], [0.008, 0.007, 0.0], slot=0)
            )
        parts.append(stick((0, 0.13, 0), (0, 0.2, 0), 0.024, 1))
    return parts


def _mace() -> list[Part]:
    """A mace: a short wrapped haft, a pommel, and a heavy round head ringed with flanges and
    studded with spikes."""
    parts = [
        tube([(0, 0, 0), (0, 0.7, 0)], [0.03, 0.026], slot=1, tag="body"),
        sphere(0.04, None, 0),
        tube([(0, 0.05, 0), (0, 0.25, 0)], 0.034, slot=1),  # the grip's wrapping
        sphere(0.13, at(0, 0.8, 0), 0),
    ]
    for k in range(6):  # the flanges
        a = np.radians(60 * k)
        fin = [(0.0, -0.12), (0.16, -0.06), (0.17, 0.06), (0.0, 0.12)]
        parts.append(slab(fin, 0.02, at(0, 0.8, 0) @ rot("y", np.degrees(a)), 0))
    for k in range(8):  # spikes between them
        a, b = np.radians(45 * k + 22), np.radians(40 if k % 2 else -40)
        d = np.array([np.cos(b) * np.cos(a), np.sin(b), np.cos(b) * np.sin(a)])
        parts.append(
            cylinder(0.03, 0.0, 0.09, at(*(np.array([0, 0.8, 0]) + 0.12 * d)) @ align(d), 0)
        )
    return parts


def _bristles(length: float, H: float) -> list[Part]:
    """A broom's flared bundle of straw bound at the foot of its handle (long) or a brush's head
    at the top with rows of bristle tufts facing forward (a toothbrush, a scrubbing brush)."""
    if length >= 0.8:  # a core with straws fanning out from the binding to the sweeping edge
        bundle = [(0.0, 0.0), (0.16, 0.0), (0.14, 0.12), (0.08, 0.3), (0.04, 0.36), (0.0, 0.36)]
        parts = [lathe(bundle, scl(1, 1, 0.4), 0), cylinder(0.065, 0.06, 0.04, at(0, 0.26, 0), 1)]
        for k in range(22):
            x, z = -0.2 + 0.4 * (k % 11) / 10, (0.03 if k < 11 else -0.03)
            parts.append(stick((x * 0.25, 0.3, z), (x, 0.0, z * 2.2), 0.006, 0))
        return parts
    parts = [box(0.07, 0.2, 0.035, at(0, H - 0.02, 0), 1)]
    for i in range(8):
        for x in (-0.02, 0.0, 0.02):
            c = at(x, H + 0.005 + 0.021 * i, 0.017) @ rot("x", 90)
            parts.append(cylinder(0.009, 0.01, 0.05, c, 0))
    return parts


def _stick(club: bool, crook: bool, rng: Rng, striped: bool = False) -> list[Part]:
    """A stick: a little crooked, with a twig off it; swelling to a rounded end (``club``), a
    club or a bat; hooked over at the top (``crook``), a walking cane with a capped tip, with red
    bands winding up it (``striped``), a candy cane."""
    if club:
        prof = [(0.0, 0.0), (0.034, 0.0), (0.034, 0.03), (0.024, 0.05), (0.026, 0.35),
                (0.045, 0.7), (0.058, 0.95), (0.05, 1.02), (0.0, 1.04)]  # fmt: skip
        return [lathe(prof, None, 0, "body")]
    if crook:
        hook = [(0, 0, 0), (0, 0.86, 0), (0, 0.95, 0.025), (0, 0.97, 0.085), (0, 0.92, 0.14),
                (0, 0.85, 0.15)]  # fmt: skip
        parts = [tube(hook, 0.02, slot=0, tag="body"), cylinder(0.022, 0.022, 0.04, None, 1)]
        if striped:  # a candy cane: red bands winding up it
            for k in range(11):
                y = 0.06 + 0.075 * k
                parts.append(torus(0.021, 0.006, at(0, y, 0) @ rot("x", 20), "card-red"))
        return parts
    bend = rng.uniform(-0.03, 0.03, 4)
    shaft = [(bend[0], 0, 0), (bend[1], 0.3, bend[2]), (bend[3], 0.65, 0), (0, 0.95, bend[0])]
    twig = [(bend[1], 0.45, bend[2]), (bend[1] + 0.08, 0.58, bend[2] + 0.02)]
    return [tube(shaft, [0.024, 0.021, 0.018, 0.013], slot=0, tag="body"),
            tube(twig, [0.01, 0.004], slot=0)]  # fmt: skip


def _staff(length: float, rng: Rng) -> list[Part]:
    """A staff: a long, slightly crooked shaft whose top curls round a glowing orb held in
    prongs of the second material; short (``length`` low), a wand with a star-bright tip."""
    if length <= 0.15:  # a wand
        return [
            tube([(0, 0, 0), (0, 0.5, 0)], [0.022, 0.012], slot=0, tag="body"),
            tube([(0, 0, 0), (0, 0.12, 0)], 0.026, slot=1),
            sphere(0.035, at(0, 0.52, 0), "glow"),
        ]
    H = 1.2 + 0.6 * length
    bend = rng.uniform(-0.04, 0.04, 4)
    shaft = [(bend[0], 0, 0), (bend[1], H * 0.35, bend[2]), (bend[3], H * 0.7, 0), (0, H, 0)]
    parts = [tube(shaft, [0.035, 0.03, 0.03, 0.035], slot=0, tag="body")]
    parts.append(sphere(0.07, at(0, H + 0.09, 0), "glow"))
    for k in range(4):  # prongs curling up round the orb
        a = np.radians(90 * k + 45)
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        pts = [(0, H, 0), tuple(d * 0.09 + (0, H + 0.06, 0)), tuple(d * 0.06 + (0, H + 0.18, 0))]
        parts.append(tube(pts, [0.018, 0.014, 0.006], slot=1))
    return parts


def blade(p: Params, rng: Rng) -> list[Part]:
    """A grip with a pommel, a cross guard and a tapering double-edged blade; with two
    ``handles``, scissors; on a ``pole``, a spear (fletched with ``wings``, an arrow); broad
    (``width``), a kitchen knife (broader, a cleaver); with ``horns``, a curved sabre (a
    cutlass, a scimitar); on a ``pole`` with ``spines``, a trident, with ``horns``, a harpoon."""
    if p.count("handles", 0) >= 2:
        return _scissors()
    if p("pole", 0.0) >= 0.5 and p("spines", 0.0) >= 0.5:  # a trident: three barbed prongs
        parts = [
            stick((0, 0, 0), (0, 1.5, 0), 0.022, 1, "body"),
            box(0.3, 0.04, 0.03, at(0, 1.5, 0), 0),
        ]
        for x in (-0.13, 0.0, 0.13):
            parts.append(stick((x, 1.5, 0), (x, 1.78 + 0.04 * (x == 0), 0), 0.014, 0))
            tip = [(-0.035, 0.0), (0.0, 0.1), (0.035, 0.0), (0.0, 0.02)]
            parts.append(slab(tip, 0.012, at(x, 1.76 + 0.04 * (x == 0), 0), 0))
        return parts
    if p("pole", 0.0) >= 0.5 and p("horns", 0.0) >= 0.5:  # a harpoon: a barbed head, a line
        head = [(-0.03, 0.0), (-0.09, -0.06), (-0.03, 0.05), (0.0, 0.22), (0.03, 0.05), (0.09, -0.06),
                (0.03, 0.0)]  # fmt: skip
        return [stick((0, 0, 0), (0, 1.5, 0), 0.02, 1, "body"), slab(head, 0.014, at(0, 1.52, 0), 0),
                torus(0.05, 0.01, at(0, 0.15, 0), 1)]  # fmt: skip
    if p("pole", 0.0) >= 0.5 and p("wings", 0.0) >= 0.5:
        return _arrow()
    if p("pole", 0.0) >= 0.5:  # a spear: a long shaft, a leaf-shaped head, a binding
        return [stick((0, 0, 0), (0, 1.6, 0), 0.022, 1, "body"),
                slab(leaf(0.35), 0.015, at(0, 1.77, 0) @ scl(0.16), 0),
                cylinder(0.03, 0.026, 0.06, at(0, 1.56, 0), 0)]  # fmt: skip
    length = p("length", 0.6)
    if p("width", 0.0) >= 0.9:  # a cleaver: a tall rectangle of a blade with a hole, a handle
        parts = _riveted_handle(0.04)
        edge = [(-0.02, 0.0), (0.14, 0.0), (0.15, 0.3), (-0.02, 0.3)]
        parts.append(slab(edge, 0.01, at(-0.005, 0.2, 0), 0))
        parts.append(cylinder(0.018, 0.018, 0.012, at(0.1, 0.46, -0.006) @ rot("x", 90), "marking"))
        return parts
    if p("width", 0.0) >= 0.5:  # a kitchen knife: a riveted handle, a broad single-edged blade
        parts = _riveted_handle(0.045)
        edge = [(-0.01, 0.0), (0.05, 0.0), (0.055, 0.12), (0.03, 0.32), (-0.01, 0.4), (-0.015, 0.2)]
        parts.append(slab(edge, 0.008, at(-0.012, 0.2, 0), 0))
        return parts
    L = 0.3 + 1.0 * length
    # a game sword's hilt: a long grip, a broad heavy guard, a round pommel (a true hilt's
    # proportions left a broadsword a spike with a speck at its foot in a small preview)
    grip = 0.12 + 0.1 * length
    parts = [tube([(0, 0, 0), (0, grip, 0)], [0.026, 0.022], slot=1), sphere(0.042, None, 2)]
    parts.append(box(0.1 + 0.24 * length, 0.04, 0.05, at(0, grip, 0), 2))
    w = 0.06 + 0.025 * (1.0 - length)  # a dagger's short broad blade, a sword's long one
    # (a longsword's true 1:20 read as a needle in a small preview: a game sword's 1:11)
    outline = [(-w, 0), (w, 0), (w * 0.85, L * 0.75), (0, L), (-w * 0.85, L * 0.75)]
    if p("horns", 0.0) >= 0.5:  # a curved sabre: one edge sweeping back to its point
        bend = [(-w * 1.1, 0), (w * 0.9, 0), (w * 1.6, L * 0.45), (w * 2.6, L * 0.8),
                (w * 4.0, L), (w * 1.8, L * 0.75), (-w * 0.1, L * 0.45)]  # fmt: skip
        parts.append(slab(bend, 0.012, at(0, grip + 0.02, 0), 0, "body"))
        parts.append(tube([(0.05, grip, 0), (0.08, grip / 2, 0), (0.035, -0.005, 0)], 0.009,
                          slot=2))  # fmt: skip
        return parts
    parts.append(slab(outline, 0.016, at(0, grip + 0.02, 0), 0, "body"))
    return parts


def _riveted_handle(width: float) -> list[Part]:
    """A kitchen knife's handle (the second material) with two steel rivets."""
    parts = [box(width, 0.2, 0.03, None, 1, "body")]
    return parts + [sphere(0.008, at(0, y, 0.016), "steel") for y in (0.05, 0.14)]


def _spoon() -> list[Part]:
    """A spoon lying on its back: a slender handle rising to an oval bowl, hollow on top."""
    bowl = [(0.0, 0.0), (0.5, 0.04), (0.9, 0.2), (1.0, 0.36), (0.93, 0.38), (0.82, 0.26),
            (0.45, 0.12), (0.0, 0.1)]  # fmt: skip
    parts = [lathe(bowl, at(0, 0.0, 0.33) @ scl(0.09, 0.1, 0.13), 0, "body")]
    handle = [(0, 0.02, 0.2), (0, 0.04, 0.0), (0, 0.07, -0.35)]
    parts.append(tube(handle, [0.012, 0.01, 0.022], m=scl(1.6, 0.6, 1), slot=0))
    return parts


def _arrow() -> list[Part]:
    """An arrow: a thin wooden shaft (second material), a barbed head (first) and three
    feather vanes at its nock."""
    parts = [stick((0, 0, 0), (0, 1.0, 0), 0.012, 1, "body")]
    head = [(-0.045, 0.0), (0.0, 0.14), (0.045, 0.0), (0.012, 0.02), (-0.012, 0.02)]
    parts.append(slab(head, 0.008, at(0, 0.98, 0), 0))
    vane = [(0.0, 0.0), (0.05, 0.03), (0.055, 0.17), (0.0, 0.2)]
    for k in range(3):
        parts.append(slab(vane, 0.003, rot("y", 120 * k) @ at(0.008, 0.03, 0), "pages"))
    parts.append(cylinder(0.016, 0.016, 0.03, None, "marking"))  # the nock
    return parts


def _scissors() -> list[Part]:
    """Scissors standing open on their ring handles (second material): two long blades
    crossed at a pivot screw."""
    parts = [cylinder(0.025, 0.025, 0.05, at(0, 0.3, -0.025) @ rot("x", 90), 2)]
    blade = [
        (-0.02, -0.12),
        (0.025, -0.12),
        (0.035, 0.0),
        (0.012, 0.6),
        (-0.004, 0.63),
        (-0.02, 0.0),
    ]
    for s in (-1, 1):
        turn = at(0, 0.3, s * 0.008) @ rot("z", s * 14)
        outline = [(x * -s, y) for x, y in blade]
        parts.append(slab(outline, 0.014, turn, 0, "body" if s < 0 else ""))
        ring = turn @ at(-s * 0.02, -0.22, 0) @ rot("x", 90) @ scl(1, 1, 1.25)
        parts.append(torus(0.075, 0.02, ring, 1))
    return parts


def _cowboy_hat() -> list[Part]:
    """A cowboy hat: a tall crown creased down its middle, a wide brim whose sides curl up, a
    band."""
    brim = [(0.0, 0.02), (0.3, 0.02), (0.4, 0.05), (0.46, 0.13), (0.44, 0.14), (0.38, 0.07),
            (0.28, 0.04), (0.0, 0.04)]  # its edge curled up  # fmt: skip
    parts = [lathe(brim, scl(1.1, 1, 0.85), 0, "body")]
    crown = [(0.0, 0.0), (0.2, 0.0), (0.2, 0.22), (0.16, 0.3), (0.0, 0.26)]
    parts.append(lathe(crown, at(0, 0.03, 0) @ scl(1, 1, 1.15), 0))
    parts.append(box(0.02, 0.08, 0.34, at(0, 0.26, 0), "marking"))  # the crease
    parts.append(torus(0.205, 0.02, at(0, 0.08, 0) @ scl(1, 1, 1.15), 1))  # the band
    return parts


def _space_helmet(portholes: bool = False) -> list[Part]:
    """A space helmet: a round shell on a collar ring, a wide dark visor across its front with
    a gold sheen, a lamp at the side and an air hose fitting."""
    parts = [
        sphere(1.0, at(0, 0.32, 0) @ scl(0.3, 0.3, 0.31), 0, "body"),
        torus(0.24, 0.045, at(0, 0.06, 0), 1),  # the collar ring
        cylinder(0.24, 0.26, 0.06, at(0, 0.0, 0), 1),
    ]
    visor = at(0, 0.33, 0.06) @ scl(0.26, 0.2, 0.27)
    parts.append(sphere(1.0, visor, "pupil"))  # the dark visor
    parts.append(torus(0.255, 0.012, at(0, 0.33, 0.1) @ rot("x", 90) @ scl(1, 1, 0.78), 1))
    parts.append(cylinder(0.035, 0.035, 0.06, at(0.3, 0.42, 0.05) @ rot("z", -90), "glow"))
    parts.append(cylinder(0.03, 0.03, 0.06, at(-0.29, 0.18, 0.0) @ rot("z", 90), 1))
    if portholes:  # a diving helmet's round side windows and the bolts round its collar
        for a in (-70, 70):
            m = at(0, 0.33, 0) @ rot("y", a) @ at(0, 0, 0.29) @ rot("x", 90)
            parts.append(cylinder(0.09, 0.09, 0.03, m, 1))
            parts.append(cylinder(0.07, 0.07, 0.035, m, "pupil"))
        for k in range(8):
            a = 2 * np.pi * k / 8
            parts.append(sphere(0.018, at(0.27 * np.cos(a), 0.09, 0.27 * np.sin(a)), 1))
    return parts


def _turban() -> list[Part]:
    """A turban: a long scarf wound round and round into a rounded crown, each turn tilted a
    little across the last, with a jewel and a plume at its front."""
    parts = [ellipsoid((0, 0.14, 0), 0.25, 0.2, 0.27, 0, "body")]
    for k in range(5):
        y = 0.05 + 0.05 * k
        r = 0.25 * np.sqrt(max(0.2, 1 - ((y - 0.1) / 0.26) ** 2))
        tilt = rot("x", 14 * (-1) ** k) @ rot("z", 5 * (-1) ** (k // 2))
        parts.append(torus(r, 0.045, at(0, y, 0) @ tilt @ scl(1, 0.55, 1.05), 0))
    parts.append(sphere(0.04, at(0, 0.2, 0.27), 2))  # the jewel
    parts.append(
        slab(
            leaf(0.35),
            0.01,
            at(0, 0.24, 0.26) @ rot("x", -15) @ scl(0.05, 0.2, 1) @ at(0, 0.5, 0),
            1,
        )
    )
    return parts


def sombrero(m: np.ndarray, slot: Slot, band: Slot) -> list[Part]:
    """A sombrero placed by ``m``: a tall peaked crown (0.25 across its foot) over a vast brim
    turned up at its edge, a band round the crown."""
    brim = [(0.0, 0.0), (0.72, 0.0), (0.8, 0.07), (0.76, 0.08), (0.66, 0.015), (0.0, 0.015)]
    crown = [(0.0, 0.0), (0.25, 0.0), (0.2, 0.28), (0.1, 0.42), (0.0, 0.45)]
    return [
        lathe(brim, m, slot, "body"),
        lathe(crown, m @ at(0, 0.01, 0), slot),
        torus(0.245, 0.02, m @ at(0, 0.04, 0), band),
    ]


def _kabuto() -> list[Part]:
    """A samurai's helmet: a ribbed iron bowl, the neck guard flaring out below it in laced
    tiers, the turned-back flaps at the sides and two tall golden horns of a crest in front."""
    bowl = [(0.0, 0.0), (0.27, 0.0)] + [
        (0.27 * np.cos(a), 0.3 * np.sin(a)) for a in np.radians(np.linspace(10, 90, 6))
    ]
    parts = [lathe(bowl, at(0, 0.2, 0), 0, "body")]
    for k in range(8):  # the bowl's ribs
        a = np.radians(22.5 * k)
        ribs = [(0.275 * np.cos(t) * np.sin(a), 0.2 + 0.3 * np.sin(t), 0.275 * np.cos(t) * np.cos(a))
                for t in np.radians(np.linspace(5, 85, 5))]  # fmt: skip
        parts.append(tube(ribs, 0.01, slot=0))
    for k in range(3):  # the neck guard's tiers, each flaring wider
        y = 0.2 - 0.07 * k
        r0, r1 = 0.28 + 0.05 * k, 0.33 + 0.06 * k
        parts.append(
            lathe(
                [(r0, y), (r1, y - 0.07), (r1 - 0.015, y - 0.075), (r0 - 0.015, y)],
                at(0, 0, -0.02),
                0,
                closed=True,
            )
        )
        parts.append(torus(r1 - 0.005, 0.008, at(0, y - 0.07, -0.02), 1))  # its lacing
    for s in (-1, 1):
        parts.append(box(0.1, 0.14, 0.02, at(s * 0.3, 0.12, 0.18) @ rot("y", s * 40), 0))  # flaps
        parts.append(
            tube([(s * 0.03, 0.28, 0.27), (s * 0.14, 0.45, 0.3), (s * 0.2, 0.7, 0.24)], [0.03, 0.02, 0.005], slot="glow",
                 shape=np.array([[-1.0, -0.3], [1.0, -0.3], [1.0, 0.3], [-1.0, 0.3]]))
        )  # fmt: skip
    parts.append(box(0.18, 0.04, 0.05, at(0, 0.24, 0.26), 1))  # the visor's peak
    return parts


def _bonnet() -> list[Part]:
    """A bonnet: a soft crown over the back of the head, its deep brim standing round the
    front to frame the face, ribbons tied in a bow under the chin."""
    crown = [(0.0, 0.0), (0.22, 0.0), (0.24, 0.1), (0.2, 0.2), (0.1, 0.25), (0.0, 0.26)]
    parts = [lathe(crown, at(0, 0.2, 0.06) @ rot("x", -70) @ scl(1.15, 1.3, 1.15), 0, "body")]
    face = at(0, 0.2, 0.1) @ rot("x", 70) @ scl(1, 1, 1.15)
    brim = [(0.17, 0.0), (0.3, -0.06), (0.31, -0.04), (0.18, 0.02)]  # a ring round the face
    parts.append(lathe(brim, face, 0, closed=True))
    parts.append(torus(0.305, 0.018, face @ at(0, -0.05, 0), 1))
    for sd in (-1, 1):  # ribbons down to a bow under the chin
        parts.append(tube([(sd * 0.22, 0.1, 0.0), (sd * 0.12, -0.12, 0.14), (sd * 0.02, -0.2, 0.18)],
                          0.014, slot=1))  # fmt: skip
        bow = at(sd * 0.05, -0.2, 0.19) @ rot("z", sd * 30) @ scl(0.05, 0.03, 0.015)
        parts.append(sphere(1.0, bow, 1))
    return parts


def _soft_cap(height: float) -> list[Part]:
    """A brimless soft cap by its ``height``: low, a skullcap snug round the crown, its panels'
    seams meeting at a button; middling, a knitted beanie with a rolled ribbed cuff and a
    pompom; tall, a mobcap's gathered puff of cloth over a frilled edge and a ribbon."""
    if height <= 0.2:
        dome = [(0.0, 0.0), (0.24, 0.0), (0.22, 0.06), (0.16, 0.11), (0.07, 0.135), (0.0, 0.14)]
        parts = [lathe(dome, None, 0, "body"), sphere(0.018, at(0, 0.14, 0), 1)]
        for k in range(6):
            a = np.radians(60 * k)
            pts = [(r * np.sin(a) * 1.01, y + 0.002, r * np.cos(a) * 1.01) for r, y in dome[1:-1]]
            parts.append(tube(pts, 0.004, slot=1))
        return parts
    if height <= 0.4:
        dome = [(0.0, 0.0), (0.25, 0.0), (0.25, 0.12), (0.22, 0.24), (0.14, 0.32), (0.0, 0.35)]
        parts = [lathe(dome, None, 0, "body")]
        parts.append(cylinder(0.265, 0.265, 0.1, None, 0))  # the rolled cuff
        for k in range(24):  # its ribs
            a = 2 * np.pi * k / 24
            parts.append(box(0.012, 0.1, 0.01, at(0.268 * np.cos(a), 0.0, 0.268 * np.sin(a))
                             @ rot("y", -np.degrees(a) + 90), 0))  # fmt: skip
        parts.append(sphere(0.08, at(0, 0.39, 0), 1))  # the pompom
        return parts
    puff = [(0.0, 0.0), (0.3, 0.0), (0.34, 0.1), (0.3, 0.22), (0.18, 0.3), (0.0, 0.32)]
    parts = [lathe(puff, at(0, 0.04, 0), 0, "body")]
    for k in range(28):  # the frill round its edge
        a = 2 * np.pi * k / 28
        c = (0.33 * np.cos(a), 0.04 + 0.015 * (k % 2), 0.33 * np.sin(a))
        parts.append(sphere(1.0, at(*c) @ rot("y", -np.degrees(a)) @ scl(0.02, 0.05, 0.045), 0))
    parts.append(torus(0.315, 0.018, at(0, 0.09, 0), 1))  # the ribbon
    parts.append(tube([(0.0, 0.09, 0.32), (0.05, 0.03, 0.36), (0.07, -0.06, 0.37)], 0.012, slot=1))
    return parts


def hat(p: Params, rng: Rng) -> list[Part]:
    """A crown with a band over a brim (``width``: brim, ``height``: crown); the tallest
    crown over a narrow brim is a top hat's; ``taper``: a wizard's pointed hat; low with a
    narrow brim, a cap with a visor; no brim, a helmet (flat, a beret); with a ``screen``, a
    space helmet; its brim's sides flared up, a cowboy hat; a low broad cone (``taper``), a
    rice hat; an armoured ``shell`` with a ``flare`` of neck guard, a samurai's helmet; with a
    ``pattern``, a fedora's tapering, dented crown and its brim snapped down in front; no brim
    at all, a soft cap (see ``_soft_cap``); a brim that frames the face (``frame``), a
    bonnet tied under the chin."""
    height, width = p("height", 0.5), p("width", 0.5)
    if p("screen", 0.0) >= 0.5:  # with ``rings``, a diver's portholes
        return _space_helmet(p("rings", 0.0) >= 0.5)
    if p("flare", 0.0) >= 0.5 and p("shell", 0.0) >= 0.5:
        return _kabuto()
    if p("flare", 0.0) >= 0.5 and p("taper", 0.0) >= 0.5:
        return sombrero(np.eye(4), 0, 1)
    if p("flare", 0.0) >= 0.5:
        return _cowboy_hat()
    if p("taper", 0.0) > 0.5 and height <= 0.3:  # a low broad cone: a rice hat
        return [
            lathe([(0.0, 0.0), (0.6, 0.0), (0.6, 0.015), (0.0, 0.3)], None, 0, "body"),
            torus(0.2, 0.012, at(0, 0.2, 0), 1),
            tube([(-0.18, 0.05, 0.0), (0.0, -0.2, 0.08), (0.18, 0.05, 0.0)], 0.008, slot=1),
        ]
    if p("taper", 0.0) > 0.5:  # a wizard's or witch's hat: a tall cone bending at its tip
        cone = [(0.26, 0.0), (0.2, 0.3), (0.12, 0.6), (0.06, 0.85), (0.02, 1.0)]
        pts = [
            (0.0, 0.02 + y, 0.0) if y < 0.6 else (-(y - 0.6) * 0.5, 0.02 + y, 0.0) for _, y in cone
        ]
        return [
            tube(pts, [r for r, _ in cone], slot=0, tag="body"),
            cylinder(0.32 + 0.3 * width, 0.3 + 0.3 * width, 0.025, None, 0),
            cylinder(0.262, 0.262, 0.06, at(0, 0.03, 0), 1),
        ]
    if height <= 0.4 and 0.15 < width <= 0.3:  # a cap: a soft dome, a visor in front, a button
        dome = [(0, 0), (0.25, 0), (0.248, 0.07), (0.225, 0.15), (0.17, 0.22), (0.09, 0.26),
                (0, 0.27)]  # fmt: skip
        arc = np.radians(np.linspace(0, 180, 9))
        visor = [(0.23 * np.cos(t), 0.3 * np.sin(t)) for t in arc]
        parts = [
            lathe(dome, at(0, 0.02, 0), 0, "body"),
            slab(visor, 0.016, at(0, 0.05, 0.14) @ rot("x", 82), 1),
            sphere(0.025, at(0, 0.29, 0), 1),
        ]
        for k in range(6):  # the seams from the button down the panels
            a = np.radians(30 + 60 * k)
            pts = [(r * np.sin(a), 0.02 + y, r * np.cos(a)) for r, y in dome[1:-1][::-1]]
            parts.append(tube(pts, 0.005, slot=1))
        return parts
    if p("fur", 0.0) >= 0.5:  # soft cloth wound round: a turban
        return _turban()
    if width <= 0.05 and p("shell", 0.0) < 0.5:  # no brim at all: a soft cap
        return _soft_cap(height)
    if p("frame", 0.0) >= 0.5:  # a brim framing the face: a bonnet
        return _bonnet()
    if p("horns", 0.0) >= 0.5:  # the brim turned up into three points: a tricorn
        return tricorn()
    if height <= 0.1 and width <= 0.15 and p("shell", 0.0) < 0.5:  # a beret: a soft flat disc
        disc = [(0.0, 0.0), (0.22, 0.0), (0.3, 0.04), (0.31, 0.08), (0.25, 0.12), (0.0, 0.14)]
        return [
            lathe(disc, at(0, 0.02, 0) @ rot("x", -8), 0, "body"),
            torus(0.22, 0.018, at(0, 0.02, 0), 0),
            cylinder(0.012, 0.008, 0.05, at(0, 0.15, -0.02), 0),  # its stalk
        ]
    if (width <= 0.15 or p("shell", 0.0) >= 0.5) and height < 0.9:  # a helmet
        t = np.radians(np.linspace(0, 90, 8))
        top = 0.2 + 0.25 * height
        shell = [(0.0, 0.0), (0.29, 0.0)]
        shell += [(0.27 * np.cos(a), 0.03 + top * np.sin(a)) for a in t]
        ridge = np.radians(np.linspace(25, 165, 9))
        ridge_pts = [(0, 0.05 + top * np.sin(a) * 1.03, 0.27 * np.cos(a) * 1.03) for a in ridge]
        parts = [
            lathe(shell, at(0, 0.02, 0), 0, "body"),
            torus(0.28, 0.018, at(0, 0.03, 0), 1),
            tube(ridge_pts, 0.02, slot=1),
        ]
        if 0.12 < width <= 0.15 and p("shell", 0.0) < 0.5:  # a hard hat's brim, longer in
            # front
            parts.append(cylinder(0.34, 0.33, 0.02, at(0, 0.02, 0.04) @ scl(1, 1, 1.12), 0))
        if p("shell", 0.0) >= 0.5:  # armour: the shell runs down round the face to the
            # chin, an eye slit and a nose guard across its front, its ridge of the same metal
            skirt = [(0.262, -0.34), (0.282, -0.34), (0.298, -0.12), (0.292, 0.045),
                     (0.272, 0.045), (0.278, -0.12), (0.262, -0.335)]  # fmt: skip
            parts[2] = tube(ridge_pts, 0.02, slot=0)
            parts.append(lathe(skirt, at(0, 0.0, 0), 0))
            for side in (-1, 1):  # the eye slits, each following the curve of the face
                turn = rot("y", side * 17)
                parts.append(box(0.13, 0.03, 0.03, turn @ at(0, -0.05, 0.283), "pupil"))
            parts.append(box(0.035, 0.2, 0.025, at(0, -0.16, 0.3), 0))  # the nose guard
            for k in range(5):  # breathing holes
                parts.append(
                    sphere(0.012, at(0.08 + 0.025 * (k % 2), -0.18 - 0.03 * k, 0.285), "pupil")
                )
        return parts
    H = 0.15 + 0.5 * height + 0.25 * (height > 0.9)
    brim = 0.32 + 0.35 * width
    crown = [
        (0, 0),
        (0.25, 0),
        (0.24, H * 0.7),
        (0.2 + 0.04 * (height < 0.5), H),
        (0, H + 0.02 * (height < 0.5) * 3),
    ]
    oval = scl(1, 1, 1.12)  # a head is longer than it is wide
    tilt = np.eye(4)
    if p("pattern", 0.0) >= 0.5:  # a fedora: a tapering crown dented in its top, the brim
        # snapped down in front
        crown = [(0, 0), (0.25, 0), (0.21, H * 0.85), (0.18, H), (0.12, H - 0.02), (0, H - 0.1)]
        tilt = rot("x", 5)
    parts = [lathe(crown, at(0, 0.02, 0) @ oval, 0, "body")]
    if width > 0.15:
        parts.append(cylinder(brim, brim * 0.98, 0.025, tilt @ oval, 0))
    parts.append(cylinder(0.27, 0.266, 0.08, at(0, 0.025, 0) @ oval, "marking"))  # the band
    if p("pattern", 0.0) >= 0.5:  # the band's flat bow on the left side
        parts.append(box(0.02, 0.06, 0.09, at(-0.272, 0.035, -0.04) @ oval, "marking"))
    return parts


def _high_heel() -> list[Part]:
    """A high-heeled shoe: the sole sweeping from the toe on the ground up to the raised heel
    seat, a pointed toe cap, a low-cut back and a slim heel down to the ground."""
    flat = np.array([[-1.0, -0.25], [1.0, -0.25], [1.0, 0.25], [-1.0, 0.25]])
    sole = [(0.0, 0.02, 0.42), (0.0, 0.025, 0.2), (0.0, 0.09, -0.05), (0.0, 0.26, -0.3)]
    return [
        tube(sole, [0.07, 0.09, 0.08, 0.08], slot=0, tag="body", shape=flat),
        ellipsoid((0, 0.07, 0.27), 0.085, 0.06, 0.17, 0),  # the toe cap
        tube(
            [(-0.07, 0.22, -0.2), (0.0, 0.32, -0.34), (0.07, 0.22, -0.2)],
            0.018,
            slot=0,
            shape=np.array([[-0.4, -1.0], [0.4, -1.0], [0.4, 1.0], [-0.4, 1.0]]),
        ),
        ellipsoid((0, 0.29, -0.3), 0.075, 0.06, 0.07, 0),  # the heel's counter
        cylinder(0.012, 0.03, 0.26, at(0, 0.0, -0.32), 0),  # the heel
    ]


def _upper(low: bool) -> Part:
    """A shoe's upper as one smooth solid: low at the toe, highest over the instep, flat on
    the sole; a low shoe has its opening carved at the back."""
    from ._sdf import Field, Shape, sdf_part, spine
    from ._sdf import ellipsoid as blob

    zs = [0.45, 0.32, 0.14, -0.06, -0.25, -0.37]
    half_w = [0.045, 0.09, 0.105, 0.095, 0.09, 0.08]
    half_h = [0.025, 0.05, 0.085, 0.145, 0.14, 0.12]
    pts = [(0.0, 0.04 + 0.6 * h, z) for z, h in zip(zs, half_h, strict=True)]
    shapes = spine(pts, half_w, half_h)
    flat = np.array([-1.0, -1.0, -1.0], np.float32), np.array([1.0, 0.04, 1.0], np.float32)
    shapes.append(Shape(lambda x, y, z: y - np.float32(0.04), *flat, -0.01))  # on the sole
    if low:  # the opening, and the heel's counter rising round it
        shapes.append(blob((0.0, 0.245, -0.25), (0.072, 0.135, 0.125), None, -0.012))
    axis = np.array([[0.0, 0.1, -0.4], [0.0, 0.1, 0.45]])
    return sdf_part(Field(tuple(shapes), axis), 0.022, 0, "body")


def footwear(p: Params, rng: Rng) -> list[Part]:
    """A sole, a rounded toe and upper, a heel; with ``height`` a boot's shaft; a ``pair``;
    with a ``flare``, a high-heeled shoe (a glass slipper); knitted (``fur``), a sock or a
    stocking; straps on a ``frame`` of sole, a sandal; a blade on a ``pole`` under it, an ice
    skate; on ``wheels``, a roller skate."""
    height = p("height", 0.4)
    if p("flare", 0.0) >= 0.5:
        return _high_heel()
    if p("fur", 0.0) >= 0.5:  # knitted: a sock or a stocking, no sole, its cuff turned down
        # lying flat on its side as socks are drawn: an L of foot and leg, the heel's curve at
        # the corner and the toe in the second colour, a ribbed band at the top
        H = 0.55 + 0.5 * height
        flat = scl(0.55, 1, 1)
        foot = [(0.0, 0.1, 0.3), (0.0, 0.1, 0.12), (0.0, 0.1, -0.1), (0.0, 0.13, -0.26)]
        parts = [
            tube(foot, [0.085, 0.095, 0.1, 0.1], m=flat, slot=0, tag="body"),
            tube(
                [(0.0, 0.1, -0.24), (0.0, H * 0.45, -0.25), (0.0, H, -0.22)],
                [0.1, 0.11, 0.1],
                m=flat,
                slot=0,
            ),
            sphere(1.0, flat @ at(0, 0.1, 0.3) @ scl(0.095, 0.09, 0.1), 1),  # the toe
            sphere(1.0, flat @ at(0, 0.12, -0.31) @ scl(0.1, 0.11, 0.1), 1),  # the heel
            cylinder(0.106, 0.106, 0.12, flat @ at(0, H - 0.1, -0.22), 1),  # the band
        ]
        for k in range(8):  # its ribs
            a = 2 * np.pi * k / 8
            parts.append(
                box(
                    0.012,
                    0.12,
                    0.012,
                    flat @ at(0.107 * np.cos(a), H - 0.1, -0.22 + 0.107 * np.sin(a)),
                    1,
                )
            )
        return parts
    sole = [
        (0.0, 0.48),
        (0.1, 0.45),
        (0.12, 0.2),
        (0.09, -0.1),
        (0.1, -0.35),
        (0.0, -0.42),
        (-0.1, -0.35),
        (-0.09, -0.1),
        (-0.12, 0.2),
        (-0.1, 0.45),
    ]
    parts = [slab(sole, 0.04, at(0, 0.02, 0) @ rot("x", 90), 1)]
    if p("frame", 0.0) >= 0.5:  # a sandal: an open sole, straps arching over the foot
        parts[0] = slab(sole, 0.05, at(0, 0.025, 0) @ rot("x", 90), 0, "body")
        flat = np.array([[-0.25, -1.0], [0.25, -1.0], [0.25, 1.0], [-0.25, 1.0]])
        for z, w, h in ((0.2, 0.115, 0.12), (0.0, 0.11, 0.16), (-0.28, 0.11, 0.15)):
            arch = [(-w, 0.045, z), (-w * 0.85, h * 0.8, z), (0.0, h, z), (w * 0.85, h * 0.8, z),
                    (w, 0.045, z)]  # fmt: skip
            parts.append(tube(arch, 0.035, slot=1, shape=flat))
        parts.append(tube([(0, 0.05, 0.3), (0, 0.08, 0.22)], 0.01, slot=1))  # the toe post
        turn = rot("y", 90)
        return [q.moved(turn) for q in parts]
    parts.append(_upper(low=height <= 0.5))
    parts.append(box(0.16, 0.06, 0.12, at(0, -0.02, -0.32), 1))
    if height <= 0.5:  # laces over the instep
        for z, h in ((0.1, 0.097), (0.04, 0.115), (-0.02, 0.133), (-0.08, 0.145)):
            side, top = 0.04 + 1.47 * h + 0.006, 0.04 + 1.6 * h + 0.006
            parts.append(
                tube([(-0.05, side, z), (0, top, z), (0.05, side, z)], 0.007, slot="tooth")
            )
        parts.append(ellipsoid((0, 0.14, -0.25), 0.06, 0.015, 0.1, "marking"))  # its lining
    if p("pole", 0.0) >= 0.5:  # an ice skate: a steel blade under the sole, on two posts
        parts.append(box(0.012, 0.025, 0.95, at(0, -0.14, 0.02), "steel"))
        parts.append(
            tube([(0, -0.13, 0.49), (0, -0.09, 0.53), (0, -0.03, 0.48)], 0.01, slot="steel")
        )
        for z in (-0.3, 0.3):
            parts.append(box(0.03, 0.1, 0.06, at(0, -0.12, z), "steel"))
    elif p.count("wheels", 0) >= 2:  # a roller skate: two pairs of wheels under the sole
        for z in (-0.28, 0.3):
            parts.append(box(0.12, 0.05, 0.06, at(0, -0.06, z), "steel"))
            for x in (-0.08, 0.08):
                parts.append(
                    cylinder(
                        0.055,
                        0.055,
                        0.04,
                        at(x - 0.02 * np.sign(x), -0.1, z) @ rot("z", 90),
                        "pupil",
                    )
                )
    if height > 0.5:
        H = 0.2 + 0.6 * height
        parts.append(
            lathe(
                [(0, 0), (0.11, 0), (0.12, H), (0.13, H + 0.03), (0, H + 0.03)],
                at(0, 0.1, -0.2) @ scl(1, 1, 1.15),
                0,
            )
        )
    if p("pair", 0.0) > 0.5:  # the other one beside it, a little ahead and turned out
        other = at(0.16, 0, 0.06) @ rot("y", -10)
        parts = [replace(q, matrix=at(-0.14, 0, 0) @ q.matrix) for q in parts] + [
            replace(q, matrix=other @ q.matrix, tag="") for q in parts
        ]
    turn = rot("y", 90)  # seen from the side, toe to the right: a shoe's profile is what reads
    return [q.moved(turn) for q in parts]


def garment(p: Params, rng: Rng) -> list[Part]:
    """A garment on its hanger. By default a shirt or coat with a rounded body sloping from the
    hanger's arms, sleeves hanging as tubes a little forward to cuffs: a shirt (``length``
    under 0.6) has curved tails, a pointed collar on a band, a placket of small buttons and a
    breast pocket; a jacket (from 0.6, to the hips) notched lapels folded back from a V of
    white shirt front and a tie, a row of buttons and flap pockets; a coat (from 0.75, to the
    knees at 0.8) is double-breasted, widening to the hem, its big collar turned up. Or a
    dress flaring to the hem (with no ``height``, a pleated skirt from its waistband), or
    (with a ``shell``, its hood) a hooded cloak; knitted (``fur``), a sweater with ribbed hem,
    cuffs and neck and a band of pattern across it, or hooded, a hoodie with a pouch pocket
    and drawstrings; wide (``width``), a robe tied with a sash; with no ``arms``, a
    waistcoat."""
    length, flare = p("length", 0.4), p("flare", 0.0)
    L = 0.6 + 0.6 * length
    parts = [tube([(-0.22, L + 0.12, 0), (0, L + 0.2, 0), (0.22, L + 0.12, 0)], 0.012, slot=1)]
    parts.append(tube([(0, L + 0.2, 0), (0, L + 0.28, 0), (0.05, L + 0.3, 0)], 0.01, slot=1))
    if p("fur", 0.0) >= 0.5 and p("shell", 0.0) >= 0.5:  # a hoodie
        return parts + _hoodie(L * 0.85)
    if p("shell", 0.0) >= 0.5:  # a hooded cloak hanging open from the hanger
        prof = [(0, 0), (0.42, 0), (0.3, L * 0.5), (0.2, L * 0.9), (0.1, L + 0.04), (0, L + 0.05)]
        parts.append(lathe(prof, scl(1, 1, 0.55), 0, "body"))
        hood = [(0.0, 0.0), (0.12, 0.02), (0.15, 0.12), (0.1, 0.24), (0.0, 0.27)]
        parts.append(lathe(hood, at(0, L - 0.05, -0.07) @ rot("x", -25), 0))
        parts.append(box(0.03, L * 0.95, 0.02, at(0, 0, 0.235), 1))  # where it falls open
        parts.append(sphere(0.025, at(0, L - 0.03, 0.13), "steel"))  # the clasp
        return parts
    if flare > 0.5 and p("height", 0.5) <= 0.1:  # a skirt: from a waistband, flaring in pleats
        t = np.linspace(0.0, 2 * np.pi, 96, endpoint=False)
        pleats = np.stack(
            [(1 + 0.05 * np.cos(12 * t)) * np.cos(t), (1 + 0.05 * np.cos(12 * t)) * np.sin(t)], 1
        )
        prof = [(0.0, 0.0), (0.42, 0.0), (0.3, L * 0.5), (0.19, L * 0.85), (0.0, L * 0.85)]
        parts.append(lathe(prof, scl(1, 1, 0.8), 0, "body", shape=pleats))
        parts.append(cylinder(0.2, 0.2, 0.07, at(0, L * 0.85, 0) @ scl(1, 1, 0.8), 1))  # waistband
        parts.append(sphere(0.02, at(0, L * 0.85 + 0.035, 0.165), "steel"))  # its button
        for sd in (-1, 1):  # clips from the hanger
            parts.append(
                stick((sd * 0.18, L * 0.9, 0.0), (sd * 0.2, L + 0.12, 0.0), 0.008, "steel")
            )
        return parts
    if flare > 0.5:  # a dress
        return parts + _dress(L)
    if p("fur", 0.0) >= 0.5:  # knitted, pulled over the head (a sweater, a sweatshirt)
        return parts + _sweater(L * 0.85)
    if p("width", 0.0) >= 0.7:  # a robe: loose and long, wrapped over and tied with a sash
        outline = [(-0.2, 0), (0.2, 0), (0.21, L * 0.75), (0.45, L * 0.5), (0.52, L * 0.58),
                   (0.24, L), (0.07, L + 0.02), (0, L - 0.06), (-0.07, L + 0.02), (-0.24, L),
                   (-0.52, L * 0.58), (-0.45, L * 0.5), (-0.21, L * 0.75)]  # fmt: skip
        parts.append(slab(outline, 0.1, None, 0, "body"))
        parts.append(box(0.03, L * 0.75, 0.02, at(0.05, 0.0, 0.05) @ rot("z", -8), 1))  # its edge
        parts.append(box(0.44, 0.05, 0.12, at(0, L * 0.45, 0), 1))  # the sash
        for sd in (-1, 1):
            parts.append(tube([(sd * 0.04, L * 0.47, 0.06), (sd * 0.09, L * 0.3, 0.07), (sd * 0.07, L * 0.18, 0.07)],
                              0.02, slot=1))  # fmt: skip
        return parts
    if p.count("arms", 2) == 0:  # sleeveless: a waistcoat
        return parts + _waistcoat(L)
    return parts + (_shirt(L) if length < 0.6 else _coat(L, length))


def _strip(points, w: float, d: float, slot: Slot = 0, lean: float = 0.0) -> Part:
    """A flat band w wide and d thick along a curve (a placket, an edge, a seam); ``lean``
    slants it across."""
    rect = np.array([(-d / 2 + lean * w / 2, -w / 2), (d / 2 + lean * w / 2, -w / 2),
                     (d / 2 - lean * w / 2, w / 2), (-d / 2 - lean * w / 2, w / 2)])  # fmt: skip
    return tube(points, 1.0, slot=slot, shape=rect)


class _Torso:
    """The body of a shirt or coat as it hangs: swept from side to side through upright
    rounded sections, its top sloping down over the hanger's arms from the neck to the
    shoulders, its hem ``dip`` higher at the sides than at the middle (a shirt's tails), half
    ``wt`` wide under the arms, ``wh`` at the hem, ``D`` half deep."""

    def __init__(
        self, T: float, y0: float, dip: float, wt: float, wh: float, D: float, n: float = 3.0
    ):
        self.T, self.y0, self.dip, self.wt, self.D, self.n = T, y0, dip, wt, D, n
        self.nh = 8.0  # the hem's edge, squarer than the shoulders
        self.ya = T - 0.25  # under the arms
        self.g = (wh - wt) / (self.ya - y0)  # how the width grows toward the hem

    def top(self, t):
        """Over the hanger's arms (just above them), level across the neck, falling more
        gently past the arms' ends at 0.22."""
        x = np.abs(t) * self.wt
        x = np.maximum(np.minimum(x, 0.22 + 0.4 * np.maximum(x - 0.22, 0)), 0.06)
        return self.T + 0.035 + 0.08 * (1 - (x / 0.22) ** 2)

    def bottom(self, t):
        return self.y0 + self.dip * t * t

    def width(self, y):
        return self.wt + self.g * (self.ya - y)

    def depth(self, t):
        """Half its depth, rounding off toward the sides."""
        return self.D * np.maximum(1 - np.abs(t) ** 4, 0) ** 0.25

    def part(self, slot: Slot = 0, tag: str = "body") -> Part:
        def gen(k: float) -> Sweep:
            t = np.sin(np.linspace(-np.pi / 2, np.pi / 2, segs(k, 30, 10)))
            a = np.linspace(0, 2 * np.pi, 2 * segs(k, 14, 6), endpoint=False)
            c, s = np.cos(a), np.sin(a)
            e = np.where(c < 0, 2 / self.nh, 2 / self.n)
            shape = np.stack([np.sign(c) * np.abs(c) ** e, np.sign(s) * np.abs(s) ** e], 1)
            yb, yt = self.bottom(t), self.top(t)
            yc, hh = (yb + yt) / 2, (yt - yb) / 2
            zero = np.zeros_like(t)
            centres = np.stack([t * self.width(yc), yc, zero], 1)
            u = np.stack([-t * self.g * hh, hh, zero], 1)
            v = np.stack([zero, zero, self.depth(t)], 1)
            radii = np.ones_like(t)
            radii[[0, -1]] = 0.0
            return Sweep(centres, u, v, radii, shape)

        return Part(gen, np.eye(4), slot, tag)

    def z(self, x: float, y: float) -> float:
        """How far forward its front is at (x, y)."""
        t = float(np.clip(x / self.width(y), -0.999, 0.999))
        yb, yt = self.bottom(t), self.top(t)
        a = (y - (yb + yt) / 2) / ((yt - yb) / 2)
        n = self.n if a > 0 else self.nh
        return float(self.depth(t) * (1 - min(abs(a), 1.0) ** n) ** (1 / n))

    def on(self, x: float, y: float, lift: float = 0.0) -> np.ndarray:
        """A placing on its front at (x, y), lifted off it, turned to lie along it."""
        e = 0.01
        dy = (self.z(x, y + e) - self.z(x, y - e)) / (2 * e)
        dx = (self.z(x + e, y) - self.z(x - e, y)) / (2 * e)
        ang_x, ang_y = np.degrees(np.arctan(dy)), -np.degrees(np.arctan(dx))
        return at(x, y, self.z(x, y) + lift) @ rot("y", ang_y) @ rot("x", ang_x)

    def front(self, x: float, y0: float, y1: float, lift: float, n: int = 6):
        """Points down its front at x from y1 to y0, lifted off it."""
        return [(x, y, self.z(x, y) + lift) for y in np.linspace(y1, y0, n)]


def _sleeves(T: float, wt: float, r: float, cuff: float) -> list[Part]:
    """Two sleeves hanging from the shoulders a little out and forward, to cuffs ``cuff``
    long."""
    parts = []
    for s in (-1, 1):
        pts = np.array([(s * (wt - 0.05), T - 0.025, 0.0), (s * (wt + 0.02), T - 0.1, 0.01),
                        (s * (wt + 0.045), T - 0.33, 0.04), (s * (wt + 0.05), T - 0.57, 0.07)])  # fmt: skip
        parts.append(tube(pts, [r, r * 0.98, r * 0.86, r * 0.76], slot=0))
        d = pts[-1] - pts[-2]
        d /= np.linalg.norm(d)
        end = pts[-1] + d * 0.01
        parts.append(cylinder(r * 0.84, r * 0.84, cuff, at(*(end - d * cuff)) @ align(d), 0))
    return parts


def _shirt(L: float) -> list[Part]:
    """A shirt on its hanger: a rounded body with curved tails, sleeves to cuffs, a collar
    with two points, a placket of small buttons down the front, a breast pocket."""
    T = L + 0.12  # the hanger's arms end here
    y0 = T + 0.11 - (1.2 * L - 0.2)
    body = _Torso(T, y0, 0.09, 0.225, 0.22, 0.05, 3.0)
    parts = [body.part(0, "body"), *_sleeves(T, 0.225, 0.052, 0.07)]
    a = np.radians(np.linspace(8, 352, 13))  # the collar's band round the neck
    band = [(0.065 * np.sin(t), T + 0.095 - 0.015 * np.cos(t), 0.05 * np.cos(t)) for t in a]
    parts.append(_strip(band, 0.045, 0.012, 0, 0.2))
    for s in (-1, 1):  # the collar's points, turned down over the front
        pts = [(s * 0.008, T + 0.085), (s * 0.095, T + 0.08), (s * 0.068, T - 0.035)]
        fold = at(s * 0.01, T, 0.054) @ rot("y", -s * 25) @ rot("x", -5) @ at(-s * 0.01, -T, 0)
        parts.append(slab(sharp(pts), 0.014, fold, 0))
    parts.append(_strip(body.front(0.0, y0 + 0.02, T + 0.06, 0.004), 0.035, 0.008))  # placket
    for i in range(6):
        y = T - (T - y0 - 0.05) * i / 6
        parts.append(sphere(0.011, body.on(0.0, y, 0.01) @ scl(1, 1, 0.5), 1))
    pocket = [(-0.045, 0.05), (0.045, 0.05), (0.045, -0.035), (0.0, -0.05), (-0.045, -0.035)]
    parts.append(slab(sharp(pocket), 0.012, body.on(0.11, T - 0.2, 0.004), 0))
    return parts


def _coat(L: float, length: float) -> list[Part]:
    """A coat or jacket on its hanger: a rounded body widening to the hem, notched lapels
    folded back from a V of white shirt front, buttons, flap pockets; short (a jacket), a tie
    in the V and a breast pocket; long (``length`` from 0.75), double-breasted with its big
    collar turned up."""
    T = L + 0.12
    y0 = T + 0.11 - (0.8 + 1.35 * (length - 0.6))  # to the hips, to the knees at 0.8
    long = length >= 0.75
    wt = 0.265
    body = _Torso(T, y0, 0.0, wt, 0.32 if long else 0.275, 0.09, 4.0)
    parts = [body.part(0, "body"), *_sleeves(T, wt, 0.07, 0.08)]
    yV = T - (0.3 if long else 0.38)
    D = body.D
    parts.append(slab(sharp([(-0.06, T + 0.075), (0.06, T + 0.075), (0.0, yV)]), 0.004,
                      at(0, 0, D + 0.002), "snow"))  # fmt: skip
    for s in (-1, 1):  # the lapels, folded back over the chest
        lap = [(0.012, yV), (0.15, T - 0.13), (0.115, T - 0.085), (0.155, T - 0.065),
               (0.135, T + 0.04), (0.065, T + 0.075)]  # fmt: skip
        lap = [(s * x, y) for x, y in lap]
        fold = at(s * 0.03, 0, D + 0.012) @ rot("y", -s * 22) @ at(-s * 0.03, 0, 0)
        parts.append(slab(sharp(lap), 0.016, fold, 0))
    a = np.radians(np.linspace(40, 320, 9))  # the collar round the back of the neck: on a
    # long coat big and turned up
    ring = [(0.1 * np.sin(t), T + 0.085 - 0.02 * np.cos(t), 0.08 * np.cos(t) - 0.01) for t in a]
    parts.append(_strip(ring, 0.1 if long else 0.045, 0.016, 0, 0.5 if long else 0.3))
    if long:
        edge = [(0.012, yV + 0.01, D + 0.006), (0.08, yV - 0.03, D + 0.006),
                (0.11, yV - 0.08, D + 0.006), (0.11, y0 + 0.3, D + 0.006),
                (0.11, y0 + 0.01, D * 0.7)]  # fmt: skip
        parts.append(_strip(edge, 0.012, 0.01))
        rows = [(x, yV - 0.03 - 0.13 * i) for i in range(3) for x in (-0.075, 0.075)]
    else:
        edge = [(0.012, yV + 0.01, D + 0.006), (0.012, y0 + 0.2, D + 0.006),
                (0.04, y0 + 0.01, D * 0.7)]  # fmt: skip
        parts.append(_strip(edge, 0.012, 0.01))
        rows = [(0.012, yV - 0.03 - 0.11 * i) for i in range(2)]
        tie = [(-0.018, T + 0.07), (0.018, T + 0.07), (0.03, yV + 0.08), (0.0, yV + 0.03),
               (-0.03, yV + 0.08)]  # fmt: skip
        parts.append(slab(sharp(tie), 0.012, at(0, 0, D + 0.006), 1))
        parts.append(box(0.1, 0.018, 0.01, body.on(0.15, T - 0.22, 0.0) @ rot("z", 5), 0))  # welt
    for x, y in rows:
        parts.append(cylinder(0.018, 0.018, 0.01, body.on(x, y, 0.008) @ rot("x", 90), 1))
    yp = max(y0 + 0.2, T - 0.62)
    for s in (-1, 1):  # flap pockets
        flap = body.on(s * 0.165, yp, 0.004) @ rot("x", -12) @ at(0, -0.06, 0)
        parts.append(box(0.15, 0.06, 0.018, flap, 0))
    return parts


def _dress(L: float) -> list[Part]:
    """A dress on its hanger: a fitted bodice, its bust rounded, with puffed cap sleeves at its
    top and two shoulder straps up to the hanger, a sash round the narrow waist tied in a bow
    (second material), and a skirt flaring from the waist to the hem in soft folds."""
    T = L + 0.1  # the shoulders, under the hanger's arms
    waist = L * 0.5
    t = np.linspace(0.0, 2 * np.pi, 96, endpoint=False)
    fold = 1 + 0.06 * np.cos(9 * t)
    folds = np.stack([fold * np.cos(t), fold * np.sin(t)], 1)
    skirt = [(0.0, 0.0), (0.44, 0.0), (0.4, waist * 0.12), (0.26, waist * 0.65),
             (0.13, waist), (0.0, waist)]  # fmt: skip
    parts = [lathe(skirt, scl(1, 1, 0.62), 0, "body", shape=folds)]
    h = T - waist
    bodice = [(0.0, waist - 0.01), (0.125, waist - 0.01), (0.14, waist + h * 0.35),
              (0.165, waist + h * 0.62), (0.15, waist + h * 0.8), (0.0, waist + h * 0.8)]  # fmt: skip
    parts.append(lathe(bodice, scl(1, 1, 0.62), 0))
    for sd in (-1, 1):
        parts.append(sphere(1.0, at(sd * 0.1, waist + h * 0.7, 0.05) @ scl(0.065, 0.06, 0.05), 0))
        parts.append(
            tube([(sd * 0.09, waist + h * 0.78, 0.02), (sd * 0.12, T - 0.02, 0.0)], 0.022, slot=0)
        )  # a shoulder strap
        parts.append(sphere(1.0, at(sd * 0.15, waist + h * 0.75, 0) @ scl(0.05, 0.045, 0.05), 0))
    parts.append(cylinder(0.135, 0.135, 0.045, at(0, waist - 0.02, 0) @ scl(1, 1, 0.64), 1))
    for sd in (-1, 1):  # the bow at the front of the sash, its two tails hanging
        parts.append(sphere(1.0, at(sd * 0.035, waist, 0.09) @ scl(0.035, 0.022, 0.015), 1))
        parts.append(
            tube([(0.0, waist, 0.09), (sd * 0.02, waist - 0.08, 0.1), (sd * 0.035, waist - 0.15, 0.11)],
                 0.01, slot=1)
        )  # fmt: skip
    return parts


def _waistcoat(L: float) -> list[Part]:
    """A waistcoat on its hanger: a sleeveless body to the waist, open in a deep V over a
    white shirt front, a row of five buttons down its edge, two welt pockets and the two
    points of its hem at the front."""
    T = L + 0.12
    y0 = T + 0.11 - 0.72
    body = _Torso(T, y0, -0.05, 0.2, 0.215, 0.075, 4.0)
    D = body.D
    parts = [body.part(0, "body")]
    yV = T - 0.3  # the bottom of the V
    parts.append(slab(sharp([(-0.075, T + 0.09), (0.075, T + 0.09), (0.0, yV - 0.01)]), 0.004,
                      at(0, 0, D + 0.004), "snow"))  # fmt: skip
    for s in (-1, 1):  # the V's edges, and the points of the hem below the buttons
        edge = [(s * 0.075, T + 0.09, D * 0.8), (s * 0.035, T - 0.1, D + 0.006),
                (s * 0.008, yV, D + 0.006), (s * 0.008, y0 + 0.03, D + 0.004)]  # fmt: skip
        parts.append(_strip(edge, 0.016, 0.01))
        point = [(s * 0.004, y0 + 0.06), (s * 0.1, y0 + 0.02), (s * 0.03, y0 - 0.07)]
        parts.append(slab(sharp(point), 0.03, at(0, 0, D - 0.02), 0))
        welt = body.on(s * 0.12, y0 + 0.17, 0.002) @ rot("z", s * 8)
        parts.append(box(0.085, 0.016, 0.01, welt, 1))
    for i in range(5):
        y = yV - 0.035 - (yV - y0 - 0.1) * i / 4
        parts.append(cylinder(0.013, 0.013, 0.01, body.on(0.0, y, 0.008) @ rot("x", 90), 1))
    return parts


def _hoodie(L: float) -> list[Part]:
    """A hoodie on its hanger: a knitted pullover (as ``_sweater`` without its band of
    pattern), its hood up behind the neck showing its dark inside, a pouch pocket across the
    belly and two drawstrings hanging from the neck."""
    parts = _sweater(L, band=False)
    top = L + 0.05
    hood = [(0.0, 0.0), (0.13, 0.0), (0.17, 0.1), (0.15, 0.2), (0.08, 0.27), (0.0, 0.28)]
    parts.append(lathe(hood, at(0, top - 0.06, -0.06) @ rot("x", -15) @ scl(1, 1, 0.6), 0))
    rim = at(0, top + 0.08, 0.03) @ rot("x", 75) @ scl(1, 1.25, 1)  # round the hood's opening
    parts.append(torus(0.12, 0.028, rim, 0))
    parts.append(cylinder(0.12, 0.12, 0.01, rim @ at(0, 0.01, 0), "cloth-dark"))  # its inside
    pouch = [(-0.2, 0.1), (0.2, 0.1), (0.15, 0.3), (-0.15, 0.3)]
    parts.append(slab(sharp(pouch), 0.02, at(0, 0, 0.065), 0))
    for s in (-1, 1):
        parts.append(_strip([(s * 0.2, 0.1, 0.077), (s * 0.15, 0.3, 0.077)], 0.012, 0.006, 1))
        cord = [(s * 0.05, top + 0.02, 0.07), (s * 0.055, top - 0.12, 0.075),
                (s * 0.05, top - 0.25, 0.075)]  # fmt: skip
        parts.append(tube(cord, 0.007, slot=1))
        parts.append(cylinder(0.011, 0.011, 0.03, at(s * 0.05, top - 0.28, 0.075), 1))
    return parts


def _sweater(L: float, band: bool = True) -> list[Part]:
    """A knitted pullover on its hanger, boxy and as wide as it is long: sleeves hanging down
    to ribbed cuffs, a ribbed hem and a round ribbed neck, no buttons, and a patterned band of
    knitting across the chest (in the second material)."""
    top = L + 0.05
    outline = [(-0.3, 0.0), (0.3, 0.0), (0.31, top * 0.72), (0.5, top * 0.12), (0.62, top * 0.2),
               (0.36, top), (0.09, top + 0.02), (0.0, top - 0.05), (-0.09, top + 0.02),
               (-0.36, top), (-0.62, top * 0.2), (-0.5, top * 0.12), (-0.31, top * 0.72)]  # fmt: skip
    parts = [slab(outline, 0.12, at(0, 0.08, 0), 0, "body")]
    parts.append(box(0.62, 0.09, 0.13, None, 0))  # the ribbed hem
    for k in range(9):
        parts.append(box(0.012, 0.09, 0.135, at(-0.28 + 0.07 * k, 0.0, 0.0), 0))
    for sd in (-1, 1):  # ribbed cuffs at the sleeves' ends
        cuff = at(sd * 0.575, top * 0.16 + 0.02, 0) @ rot("z", sd * 58)
        parts.append(box(0.15, 0.07, 0.13, cuff @ at(0, -0.035, 0), 0))
    neck = at(0, top + 0.06, 0.012) @ rot("x", 78) @ scl(1, 0.7, 1)
    parts.append(torus(0.095, 0.025, neck, 0))
    if not band:
        return parts
    y = top * 0.66  # the band across the chest: a row of diamonds between two stripes
    for dy in (-0.06, 0.06):
        parts.append(box(0.6, 0.025, 0.125, at(0, y + dy, 0.0), 1))
    for k in range(7):
        x = -0.24 + 0.08 * k
        diamond = at(x, y + 0.012, 0.063) @ rot("z", 45)
        parts.append(box(0.035, 0.035, 0.004, diamond, 1))
    return parts


def _coin(m: np.ndarray) -> list[Part]:
    """One coin lying flat at ``m``: a disc with a raised rim and a star struck in its face."""
    return [
        cylinder(0.3, 0.3, 0.05, m, 0, "body"),
        torus(0.28, 0.018, m @ at(0, 0.05, 0), 0),
        slab(star(5, 0.45), 0.02, m @ at(0, 0.05, 0) @ rot("x", -90) @ scl(0.15, 0.15, 1), 1),
    ]


def _chain() -> list[Part]:
    """A chain lying in a loose S on the ground: oval links, each turned a quarter to the last
    and threaded through it."""
    t = np.linspace(0.0, 1.0, 15)
    path = np.stack([0.9 * (t - 0.5) * 2, np.zeros_like(t), 0.35 * np.sin(2 * np.pi * t)], 1)
    parts: list[Part] = []
    for k in range(len(t)):
        d = path[min(k + 1, len(t) - 1)] - path[max(k - 1, 0)]
        yaw = np.degrees(np.arctan2(d[0], d[2]))
        lie = rot("z", 90) if k % 2 else np.eye(4)  # alternate links stand on edge
        m = at(path[k][0], 0.05, path[k][2]) @ rot("y", yaw) @ lie @ scl(0.7, 1.0, 1.35)
        parts.append(torus(0.055, 0.013, m, 0, "body" if k == 7 else ""))
    return parts


def _coins(count: int, rng: Rng) -> list[Part]:
    """A coin standing on its edge, face on (one), or a stack of them with a few spilled."""
    if count <= 1:
        return _coin(at(0, 0.3, 0) @ rot("x", 80))
    parts: list[Part] = []
    for k in range(count):
        jitter = rng.uniform(-0.025, 0.025, 2)
        parts += _coin(at(jitter[0], 0.052 * k, jitter[1]) @ rot("y", rng.uniform(0, 360)))
    for k in range(3):  # spilled beside it
        a = np.radians(120 * k + rng.uniform(0, 60))
        tilt = rot("z", rng.uniform(-8, 8))
        parts += _coin(at(0.62 * np.cos(a), 0.0, 0.62 * np.sin(a)) @ tilt)
    return parts


def jewelry(p: Params, rng: Rng) -> list[Part]:
    """A band with a set stone (a ring), a wider bangle, or a chain of beads with a pendant; with
    ``spines`` (teeth), a cogwheel; with a ``pattern`` of bands, a life ring; a ``pair`` of
    rims, spectacles; open at one end into two ``horns``, a horseshoe; a ``shell`` of metal
    struck with a face, a coin (``tiers`` of them, a stack); ``rings`` linked, a chain."""
    width, handles = p("width", 0.3), p.count("handles", 0)
    if p("shell", 0.0) >= 0.5:
        return _coins(p.count("tiers", 1), rng)
    if p("rings", 0.0) >= 0.5:
        return _chain()
    if p("horns", 0.0) >= 0.5:  # a horseshoe lying flat: a U of iron with its nail holes
        t = np.linspace(np.radians(-35), np.radians(215), 12)
        arc = [(0.3 * np.cos(a), 0.03, -0.3 * np.sin(a) + 0.05) for a in t]
        parts = [tube(arc, 0.05, m=scl(1, 0.6, 1), slot=0, tag="body")]
        for a in t[2:-2:2]:
            parts.append(
                cylinder(
                    0.012,
                    0.012,
                    0.04,
                    at(0.3 * np.cos(a), 0.02, -0.3 * np.sin(a) + 0.05),
                    "marking",
                )
            )
        return parts
    if p("pair", 0.0) >= 0.5:  # spectacles: two lenses in round rims, a bridge, the arms
        parts = []
        for s in (-1, 1):
            m = at(s * 0.2, 0.3, 0.3) @ rot("x", 90)
            parts.append(torus(0.15, 0.02, m, 0, "body" if s < 0 else ""))
            parts.append(cylinder(0.14, 0.14, 0.01, m @ at(0, -0.005, 0), "clear_ice"))
            parts.append(tube([(s * 0.35, 0.3, 0.3), (s * 0.37, 0.3, 0.0), (s * 0.36, 0.22, -0.08)],
                              0.015, slot=0))  # fmt: skip
        parts.append(tube([(-0.06, 0.33, 0.3), (0.0, 0.36, 0.3), (0.06, 0.33, 0.3)], 0.015, slot=0))
        return parts
    if p("spines", 0.0) >= 0.5:  # a cogwheel standing on its edge: teeth, spokes, a hub
        m = at(0, 0.5, 0)
        parts = [slab(gear(14, 0.14), 0.1, m @ scl(0.5), 0, "body")]
        parts.append(cylinder(0.1, 0.1, 0.14, m @ rot("x", 90) @ at(0, -0.07, 0), 1))
        for k in range(5):
            a = 2 * np.pi * k / 5
            parts.append(
                cylinder(
                    0.07,
                    0.07,
                    0.12,
                    m @ at(0.25 * np.cos(a), 0.25 * np.sin(a), 0) @ rot("x", 90) @ at(0, -0.06, 0),
                    "marking",
                )
            )
        return parts
    if p("pattern", 0.0) >= 0.5:  # a life ring: a fat ring, four bands, a rope round it
        m = at(0, 0.42, 0) @ rot("x", 90)
        parts = [torus(0.3, 0.11, m, 0, "body")]
        for k in range(4):
            a = 90.0 * k + 45
            parts.append(
                torus(
                    0.113,
                    0.012,
                    m @ rot("y", a) @ at(0.3, 0, 0) @ rot("z", 90) @ scl(1, 1, 1),
                    "rainbow-red",
                )
            )
            parts.append(
                cylinder(
                    0.117,
                    0.117,
                    0.09,
                    m @ rot("y", a) @ at(0.3, 0, 0) @ rot("z", 90) @ at(0, -0.045, 0),
                    "rainbow-red",
                )
            )
        parts.append(torus(0.42, 0.01, m, 1))
        return parts
    if handles:  # a necklace
        parts = [
            sphere(0.03, at(0.4 * np.sin(t), 0.5 + 0.45 * np.cos(t), 0), 0)
            for t in np.linspace(0.5, 2 * np.pi - 0.5, 24)
        ]
        parts.append(cylinder(0.1, 0.1, 0.025, at(0, -0.06, 0) @ rot("x", 90), 0, "body"))
        parts.append(
            lathe([(0, 0), (0.06, 0.05), (0, 0.1)], at(0, -0.06, 0.01) @ rot("x", 90), 1, sides=6)
        )
        return parts
    r = 0.3
    parts = [torus(r, 0.03 + 0.06 * width, rot("x", 90) @ scl(1, 1 + 2 * width, 1), 0, "body")]
    if width < 0.5:
        parts.append(
            lathe([(0, 0), (0.1, 0.05), (0.08, 0.1), (0, 0.12)], at(0, r + 0.03, 0), 1, sides=8)
        )
    return parts


def stack(p: Params, rng: Rng) -> list[Part]:
    """Tiers stacked upward, smaller each time: a snowman (round, with a face and stick arms),
    a totem (``width`` 0: carved drums with wings) or a layered cake (``width`` 1); with a
    ``piece``, a turned chess piece."""
    if (piece := p("piece", 0.0)) > 0:
        return _chess_piece(round(piece))
    tiers, width = max(1, p.count("tiers", 3)), p("width", 0.5)
    parts: list[Part] = []
    if width > 0.8:  # a cake
        y = 0.0
        for k in range(tiers):
            r = 0.45 * (1 - 0.3 * k)
            parts.append(cylinder(r, r, 0.22, at(0, y, 0), 0, "body" if k == 0 else ""))
            parts.append(torus(r, 0.025, at(0, y + 0.22, 0), 1))
            y += 0.22
        parts.append(cylinder(0.015, 0.015, 0.1, at(0, y, 0), 1))
        parts.append(
            lathe([(0, 0), (0.014, 0.015), (0.01, 0.04), (0, 0.055)], at(0, y + 0.1, 0), "flame")
        )
        return parts
    if width < 0.2:  # a totem pole
        for k in range(tiers):
            y = 0.35 * k
            parts.append(
                cylinder(
                    0.16, 0.16, 0.35, at(0, y, 0), 0 if k % 2 == 0 else 1, "body" if k == 0 else ""
                )
            )
            parts += [sphere(0.04, at(s * 0.06, y + 0.22, 0.15), "pupil") for s in (-1, 1)]
            parts.append(cylinder(0.05, 0.0, 0.1, at(0, y + 0.15, 0.14) @ rot("x", 90), 1))
        for s in (-1, 1):
            parts.append(
                slab(
                    leaf(0.3),
                    0.04,
                    at(s * 0.15, 0.35 * tiers - 0.2, 0)
                    @ rot("z", -s * 70)
                    @ at(0, 0.25, 0)
                    @ scl(0.12, 0.25, 0.25),
                    1,
                )
            )
        return parts
    y, r = 0.0, 0.36
    centres = []
    for k in range(tiers):
        centres.append((y + r * 0.85, r))
        parts.append(sphere(r, at(0, y + r * 0.85, 0), 0, "body" if k == 0 else ""))
        y += r * 1.6
        r *= 0.72
    (hy, hr) = centres[-1]
    parts += [
        sphere(hr * 0.12, at(s * hr * 0.35, hy + hr * 0.2, hr * 0.88), "pupil") for s in (-1, 1)
    ]
    parts.append(cylinder(hr * 0.12, 0.0, hr * 0.8, at(0, hy, hr * 0.9) @ rot("x", 90), "flame"))
    if tiers > 1:
        my, mr = centres[-2]
        for s in (-1, 1):
            parts.append(
                tube(
                    [
                        (s * mr * 0.8, my + mr * 0.2, 0),
                        (s * mr * 1.6, my + mr * 0.7, 0),
                        (s * mr * 1.9, my + mr * 1.1, 0.05),
                    ],
                    [0.02, 0.015, 0.0],
                    slot=1,
                )
            )
        parts += [
            sphere(mr * 0.09, at(0, my + mr * (0.4 - 0.35 * i), mr * 0.97), "pupil")
            for i in range(3)
        ]
    return parts


_CHESS_BASE = [(0, 0), (0.3, 0), (0.3, 0.06), (0.25, 0.09), (0.26, 0.13), (0.17, 0.17)]


def _chess_piece(kind: int) -> list[Part]:
    """A Staunton chess piece on its turned base: 1 pawn, 2 rook, 3 knight, 4 bishop, 5 queen,
    6 king (the crown and cross of the tallest in the second material)."""
    h = {1: 0.55, 2: 0.65, 3: 0.75, 4: 0.9, 5: 1.05, 6: 1.15}.get(kind, 0.55)
    stem = [(0.15, h * 0.45), (0.1, h * 0.7), (0.2, h * 0.72), (0.2, h * 0.76), (0.09, h * 0.78)]
    if kind == 2:  # a rook: a straight tower with battlements
        stem = [(0.2, h * 0.4), (0.18, h * 0.8), (0.25, h * 0.85), (0.25, h), (0.2, h), (0, h)]
        parts = [lathe(_CHESS_BASE + stem, None, 0, "body", sides=20)]
        for k in range(5):
            parts.append(box(0.1, 0.1, 0.08, at(0, h, 0) @ rot("y", 72 * k) @ at(0, 0, 0.2), 0))
        return parts
    parts = [lathe(_CHESS_BASE + stem + [(0, h * 0.78)], None, 0, "body", sides=20)]
    top = h * 0.78
    if kind == 1:
        parts.append(sphere(0.13, at(0, top + 0.1, 0)))
    elif kind == 3:  # a knight: a horse's head and mane, leaning forward
        head = [(-0.12, 0.0), (0.1, 0.0), (0.14, 0.12), (0.13, 0.19), (0.23, 0.22), (0.31, 0.25),
                (0.32, 0.31), (0.25, 0.37), (0.11, 0.45), (0.07, 0.55), (0.01, 0.5),
                (-0.05, 0.44), (-0.13, 0.3), (-0.15, 0.12)]  # fmt: skip
        parts.append(slab(head, 0.15, at(0, top - 0.02, 0) @ rot("y", -90), 0))
        for s in (-1, 1):  # eyes on both sides of the head, and the nostril
            parts.append(sphere(0.022, at(s * 0.075, top + 0.39, 0.12), "pupil", "eyes"))
        parts.append(sphere(0.018, at(0.0, top + 0.27, 0.3), "pupil"))
    elif kind == 4:  # a bishop: a mitre with its cut
        parts.append(
            lathe([(0, 0), (0.12, 0.02), (0.13, 0.12), (0.06, 0.26), (0, 0.3)], at(0, top, 0))
        )
        parts.append(sphere(0.04, at(0, top + 0.32, 0)))
    else:  # a queen's coronet of points; a king's crown and cross
        parts.append(
            lathe([(0, 0), (0.16, 0.02), (0.2, 0.14), (0.12, 0.16), (0, 0.18)], at(0, top, 0))
        )
        if kind == 5:
            for k in range(8):
                parts.append(
                    sphere(0.03, at(0, top + 0.16, 0) @ rot("y", 45 * k) @ at(0, 0, 0.17), 1)
                )
            parts.append(sphere(0.05, at(0, top + 0.22, 0), 1))
        else:
            parts.append(box(0.05, 0.2, 0.05, at(0, top + 0.16, 0), 1))
            parts.append(box(0.15, 0.05, 0.05, at(0, top + 0.26, 0), 1))
    return parts


_HEATER = [(0.0, 0.5), (0.4, 0.5), (0.42, 0.2), (0.36, -0.1), (0.22, -0.38), (0.0, -0.55),
           (-0.22, -0.38), (-0.36, -0.1), (-0.42, 0.2), (-0.4, 0.5)]  # fmt: skip
"""A heater shield's outline: a flat top curving down to a point."""


_HEADSTONE = [(0.0, 0.62), (0.18, 0.58), (0.28, 0.45), (0.3, 0.3), (0.3, 0.0), (-0.3, 0.0),
              (-0.3, 0.3), (-0.28, 0.45), (-0.18, 0.58)]  # fmt: skip


def _tombstone(lines: bool = False) -> list[Part]:
    """A tombstone: a slab rounded over at the top, standing on a plinth, a cross cut in its
    face and a low mound of earth in front; with ``lines``, a tablet: rows of writing cut in
    its face, on its plinth alone."""
    parts = [box(0.75, 0.1, 0.3, None, 1)]  # the plinth
    parts.append(slab(_HEADSTONE, 0.12, at(0, 0.1, 0) @ scl(1.0, 1.4, 1.0), 0, "body"))
    if lines:
        for k in range(7):  # the inscription, line by line
            w = 0.42 - 0.1 * (k % 3 == 2)
            parts.append(box(w, 0.025, 0.01, at(0, 0.22 + 0.09 * k, 0.065), "pupil"))
        return parts
    parts.append(box(0.05, 0.3, 0.01, at(0, 0.4, 0.065), "pupil"))  # the cross, cut in
    parts.append(box(0.2, 0.05, 0.01, at(0, 0.58, 0.065), "pupil"))
    parts.append(ellipsoid((0, 0.0, 0.5), 0.3, 0.08, 0.4, 1))  # the grave's mound
    return parts


def _shield(round_: bool = False) -> list[Part]:
    """A knight's shield standing on its point: the face bowed a little, a metal rim round it,
    a boss in the middle and a band across; ``round_``, a round shield on its rim, planks under
    a metal rim round a big boss."""
    if round_:
        face = at(0, 0.5, 0) @ rot("x", 90)
        parts = [cylinder(0.48, 0.48, 0.05, face, 0, "body")]
        parts.append(torus(0.48, 0.03, at(0, 0.5, 0.025) @ rot("x", 90), 1))  # the rim
        parts.append(sphere(0.12, at(0, 0.5, 0.04) @ scl(1, 1, 0.6), 1))  # the boss
        for x in (-0.24, 0.0, 0.24):  # the plank seams
            h = float(np.sqrt(max(0.0, 0.46**2 - (x + 0.12) ** 2)))
            parts.append(box(0.01, 2 * h, 0.01, at(x + 0.12, 0.5 - h, 0.027), "marking"))
        return parts
    face = at(0, 0.58, 0)
    parts = [
        slab(_HEATER, 0.05, face, 0, "body"),
        slab(_HEATER, 0.03, face @ at(0, 0, 0.025) @ scl(0.9, 0.9, 1.0), 0),  # the bowed face
        sphere(0.07, face @ at(0, 0.05, 0.05) @ scl(1, 1, 0.6), 1),  # the boss
        box(0.78, 0.06, 0.02, face @ at(0, 0.2, 0.035), 1),  # a band across
    ]
    rim = [(x * 1.02, y * 1.02 + 0.58, 0.0) for x, y in _HEATER] + [(0.0, 0.5 * 1.02 + 0.58, 0)]
    parts.append(tube(rim, 0.022, slot=1))
    return parts


def _cushion(length: float) -> list[Part]:
    """A cushion: puffed up in the middle, thinning to its seams, pinched at the corners, a
    button sunk in the top; long, a mattress."""
    L = 1.0 + 1.2 * length
    puff = np.array([[1.0, 0.0], [0.85, 0.22], [0.45, 0.36], [0.0, 0.4], [-0.45, 0.36],
                     [-0.85, 0.22], [-1.0, 0.0], [-0.85, -0.22], [-0.45, -0.36], [0.0, -0.4],
                     [0.45, -0.36], [0.85, -0.22]])  # fmt: skip
    x = np.linspace(-0.45 * L, 0.45 * L, 7)
    radii = 0.42 * (0.45 + 0.55 * np.sin(np.pi * np.linspace(0, 1, 7)) ** 0.4)
    parts = [tube([(xi, 0.17, 0.0) for xi in x], list(radii), slot=0, tag="body", shape=puff)]
    parts.append(ellipsoid((0, 0.335, 0), 0.035, 0.015, 0.035, 1))  # the button
    return parts


def _rug(rng: Rng) -> list[Part]:
    """A rug or a blanket lying on the floor in soft waves, a fringe along its two ends."""
    x = np.linspace(-0.6, 0.6, 9)
    wave = [(xi, 0.012 + 0.01 * np.sin(xi * 9 + rng.uniform(0, 6)), 0.0) for xi in x]
    flat = np.array([[-1.0, 0.0], [0.0, 0.03], [1.0, 0.0], [0.0, -0.03]])
    parts = [tube(wave, 0.4, slot=0, tag="body", shape=flat)]
    for s in (-1, 1):
        for k in range(14):
            z = -0.37 + 0.74 * k / 13
            parts.append(stick((s * 0.6, 0.01, z), (s * 0.68, 0.005, z), 0.008, 1))
    return parts


def _lightning(rng: Rng) -> list[Part]:
    """A lightning bolt: a thick zigzag falling from its broad top to a sharp point, a smaller
    fork branching off it."""
    jag = [(0.1, 1.0), (0.34, 1.0), (0.16, 0.6), (0.32, 0.6), (-0.05, 0.0), (0.06, 0.45),
           (-0.1, 0.45)]  # fmt: skip
    parts = [slab(jag, 0.07, at(-0.1, 0.0, 0), 0, "body")]
    fork = [(0.0, 0.0), (0.05, 0.0), (-0.08, -0.25), (0.0, -0.25), (-0.22, -0.55), (-0.07, -0.22),
            (-0.15, -0.22)]  # fmt: skip
    parts.append(slab(fork, 0.05, at(0.15, 0.62, 0) @ scl(0.7), 0))
    del rng
    return parts


def _cross(celtic: bool, ankh: bool) -> list[Part]:
    """A cross standing on a small plinth: a tall upright and a crossbar a third from its top;
    with a ring round the crossing, a Celtic cross; with a loop in place of its top arm, an
    ankh."""
    parts = [box(0.36, 0.08, 0.2, None, 0, "body")]
    if ankh:
        parts.append(box(0.1, 0.6, 0.08, at(0, 0.08, 0), 0))
        parts.append(box(0.5, 0.1, 0.08, at(0, 0.62, 0), 0))
        parts.append(torus(0.13, 0.045, at(0, 0.85, 0) @ rot("x", 90) @ scl(0.85, 1, 1.25), 0))
        return parts
    parts.append(box(0.12, 1.0, 0.1, at(0, 0.08, 0), 0))
    parts.append(box(0.56, 0.12, 0.1, at(0, 0.7, 0), 0))
    if celtic:
        parts.append(torus(0.16, 0.03, at(0, 0.76, 0) @ rot("x", 90), 0))
    return parts


def sheet(p: Params, rng: Rng) -> list[Part]:
    """Something flat: a curling page, a framed picture, a flag on a pole, a sign on a post, a
    scroll between rollers (``tiers`` 2), an envelope (low ``height``); soft (``fur``) a rug
    or a blanket lying on the floor, the softest a cushion; a ``shell``, a knight's shield;
    rounded over at the top (``roof``), a tombstone (with a ``pattern`` of writing, a tablet); zigzagging (``flare``), a lightning bolt;
    with ``arms``, a cross (with ``rings``, a Celtic cross; with a handle's loop, an ankh); the
    longest, a surfboard lying flat."""
    frame, pole, tiers, height = (
        p("frame", 0.0),
        p("pole", 0.0),
        p.count("tiers", 1),
        p("height", 0.8),
    )
    if p("shell", 0.0) >= 0.5:
        return _shield(round_=p("width", 0.0) >= 0.9)
    if p("roof", 0.0) >= 0.5:
        return _tombstone(lines=p("pattern", 0.0) >= 0.5)
    if p("flare", 0.0) >= 0.5:
        return _lightning(rng)
    if p("length", 0.0) >= 0.9:  # a surfboard: a long board with a rounded nose, a fin under it
        board = [(0.0, 1.0), (0.18, 0.7), (0.22, 0.2), (0.19, -0.6), (0.1, -0.95), (-0.1, -0.95),
                 (-0.19, -0.6), (-0.22, 0.2), (-0.18, 0.7)]  # fmt: skip
        m = at(0, 0.1, 0) @ rot("x", -90)
        return [slab(board, 0.05, m, 0, "body"), box(0.012, 0.36, 0.05, m @ at(0, 0.05, 0.1), 1),
                slab([(0.0, 0.0), (0.1, 0.0), (0.0, 0.1)], 0.01, at(0, 0.04, -0.8) @ rot("y", 90) @ scl(1, 1.2, 1), 1)]  # fmt: skip
    if p.count("arms", 0) >= 1:
        return _cross(p("rings", 0.0) >= 0.5, p.count("handles", 0) >= 1)
    if p("fur", 0.0) >= 0.8:
        return _cushion(p("length", 0.0))
    if p("fur", 0.0) >= 0.3 and pole <= 0.5 and frame <= 0.5:
        return _rug(rng)
    W, H = 0.8, 0.25 + 0.5 * height
    if pole > 0.5:
        parts = [cylinder(0.025, 0.025, 1.6, None, 1), sphere(0.04, at(0, 1.6, 0), 2)]
        if frame > 0.5:  # a sign on a post
            parts.append(box(W, H, 0.04, at(0, 1.0, 0), 0, "body"))
            return parts
        wave = [(0.02 + W * t, 0.06 * np.sin(t * 6 + 1)) for t in np.linspace(0, 1, 9)]
        pts = [(x, 1.55 - H / 2, z) for x, z in wave]
        parts.append(
            tube(
                pts,
                H / 2,
                slot=0,
                tag="body",
                shape=np.array([[0.0, -1.0], [0.02, 0.0], [0.0, 1.0], [-0.02, 0.0]]),
            )
        )
        return parts
    if frame > 0.5:  # a framed picture on a little easel foot
        parts = [box(W, H, 0.02, at(0, 0.05, 0), 0, "body")]
        for x, y, w, h in (
            (0, 0, W + 0.1, 0.05),
            (0, H + 0.05, W + 0.1, 0.05),
            (-W / 2 - 0.025, 0.05, 0.05, H),
            (W / 2 + 0.025, 0.05, 0.05, H),
        ):
            parts.append(box(w, h, 0.05, at(x, y, 0), 1))
        parts.append(ellipsoid((0, 0.05 + H * 0.5, 0.012), W * 0.25, H * 0.25, 0.005, 2))
        return parts
    if tiers > 1:  # a scroll
        parts = [box(W * 0.8, 0.004, H * 1.2, at(0, 0.06, 0), 0, "body")]
        for s in (-1, 1):
            parts.append(
                cylinder(0.06, 0.06, W * 0.9, at(-W * 0.45, 0.06, s * H * 0.6) @ rot("z", -90), 0)
            )
            parts.append(
                cylinder(0.02, 0.02, W * 1.05, at(-W * 0.52, 0.06, s * H * 0.6) @ rot("z", -90), 1)
            )
        return parts
    pts = [(0, 0.02 + 0.05 * np.sin(t * 3) ** 2, -H / 2 + H * t) for t in np.linspace(0, 1, 7)]
    parts = [
        tube(
            pts,
            W / 2,
            slot=0,
            tag="body",
            shape=np.array([[-1.0, 0.0], [0.0, -0.008], [1.0, 0.0], [0.0, 0.008]]),
        )
    ]
    if height < 0.7:  # an envelope's flap
        parts.append(
            slab(
                [(-W / 2, 0), (W / 2, 0), (0, -H * 0.5)],
                0.005,
                at(0, 0.03, -H / 2) @ rot("x", 90),
                1,
            )
        )
    return parts


def celestial(p: Params, rng: Rng) -> list[Part]:
    """A sphere with craters, or (``tiers``) a gas giant's bands of cloud; rings around it; a comet's tail; or a globe on a stand;
    with ``flare``, a tornado's funnel; with ``horns``, a crescent moon; with ``spines`` (its
    rays), a sun; with ``pattern``, a ball with seams; on ``strings``, a party balloon; a solid
    ``shell``, a cannonball."""
    rings, tail, pole = p("rings", 0.0), p("tail", 0.0), p("pole", 0.0)
    if p("flare", 0.0) > 0.5:
        return _tornado(rng)
    if p.count("strings", 0) >= 1:  # a balloon on its string, the knot at its neck
        sway = rng.uniform(-0.06, 0.06)
        return [sphere(1.0, at(0, 1.05, 0) @ scl(0.3, 0.36, 0.3), 0, "body"),
                cylinder(0.03, 0.05, 0.05, at(0, 0.66, 0), 0),
                tube([(0, 0.68, 0), (sway, 0.35, 0.03), (0.0, 0.0, 0)], 0.005, slot="marking")]  # fmt: skip
    if p("horns", 0.0) > 0.5:
        return _crescent()
    if p("shell", 0.0) >= 0.5:  # a solid ball of metal: a cannonball
        return [sphere(0.45, at(0, 0.45, 0), 0, "body")]
    if p("spines", 0.0) >= 0.5:  # a sun: a glowing ball in a ring of straight pointed rays,
        # long and short by turns, in its second material
        parts = [sphere(0.3, at(0, 0.5, 0), 0, "body")]
        for k in range(16):
            reach = 0.2 if k % 2 else 0.3
            ray = at(0, 0.5, 0) @ rot("z", 22.5 * k) @ at(0, 0.27, 0)
            parts.append(slab([(-0.05, 0.0), (0.05, 0.0), (0.0, reach)], 0.04, ray, 1))
        return parts
    if p("pattern", 0.0) > 0.5:  # a ball: its seams in the second material
        parts = [sphere(0.5, at(0, 0.5, 0), 0, "body")]
        for k in range(3):
            m = at(0, 0.5, 0) @ rot("y", 60 * k) @ rot("x", 90)
            parts.append(torus(0.5, 0.018, m, 1))
        parts.append(torus(0.5, 0.018, at(0, 0.5, 0), 1))
        return parts
    parts = [sphere(0.5, at(0, 0.5, 0), 0, "body")]
    if pole > 0.5:  # a world globe on its stand
        parts = [
            sphere(0.4, at(0, 0.75, 0), 0, "body"),
            cylinder(0.25, 0.2, 0.05, None, 1),
            stick((0, 0.05, 0), (0, 0.3, 0), 0.03, 1),
        ]
        parts.append(torus(0.45, 0.015, at(0, 0.75, 0) @ rot("z", 23) @ rot("x", 90), 1))
        for _ in range(6):  # the continents, lying on it
            a, h = rng.uniform(0, 2 * np.pi), rng.uniform(-0.7, 0.7)
            n = np.array([np.sqrt(1 - h * h) * np.cos(a), h, np.sqrt(1 - h * h) * np.sin(a)])
            land = at(*(np.array([0, 0.75, 0]) + 0.39 * n)) @ align(n)
            parts.append(
                sphere(
                    1.0, land @ scl(rng.uniform(0.1, 0.16), 0.03, rng.uniform(0.08, 0.13)), "land"
                )
            )
        return parts
    if p.count("tiers", 1) >= 3:  # a gas giant: bands of cloud round it, a great storm
        parts += _bands(p.count("tiers", 1))
    else:
        for _ in range(6):
            d = rng.normal(size=3)
            d /= np.linalg.norm(d)
            parts.append(torus(0.07, 0.02, at(*(d * 0.49 + (0, 0.5, 0))) @ _up_to(d), 1))
    if rings > 0.2:
        parts.append(
            torus(
                0.72 + 0.1 * rings,
                0.03 + 0.12 * rings,
                at(0, 0.5, 0) @ rot("z", 18) @ scl(1, 0.08, 1),
                2,
            )
        )
    if tail > 0.2:
        parts.append(cylinder(0.45, 0.0, 1.2 + 1.5 * tail, at(0, 0.5, 0) @ rot("z", 100), "glow"))
    return parts


def _bands(n: int) -> list[Part]:
    """A gas giant's belts: ``n`` pairs of bands of cloud hugging the sphere on either side of
    its equator, dark and pale by turns, and a great oval storm in the southern belt."""
    parts = []
    for k in range(n):
        for sd in (-1, 1):
            a, b = np.radians(8 + 62 * k / n), np.radians(8 + 62 * (k + 0.6) / n)
            ring = [(0.508 * np.cos(t), 0.5 + sd * 0.508 * np.sin(t)) for t in (a, b)]
            ring += [(0.49 * np.cos(t), 0.5 + sd * 0.49 * np.sin(t)) for t in (b, a)]
            if sd < 0:
                ring = ring[::-1]
            parts.append(lathe(ring, None, "cork" if k % 2 == 0 else "seed", closed=True))
    lat = np.radians(-8 - 62 * 0.5 / n)
    d = np.array([0.55 * np.cos(lat), np.sin(lat), 0.83 * np.cos(lat)])
    d /= np.linalg.norm(d)
    spot = at(*(d * 0.49 + (0, 0.5, 0))) @ _up_to(d) @ scl(0.11, 0.02, 0.065)
    parts.append(sphere(1.0, spot, "match-head"))
    return parts


def _crescent() -> list[Part]:
    """A crescent moon standing on its back: overlapping spheres along a curve, fattest in the
    middle and thinning to two points, with a few shallow craters."""
    parts = []
    n = 27
    for i in range(n):
        t = i / (n - 1)
        a = np.radians(-130 + 260 * t)
        r = 0.015 + 0.2 * np.sin(np.pi * t) ** 1.1
        c = (0.5 * np.sin(a), 0.55 - 0.5 * np.cos(a), 0.0)
        parts.append(sphere(r, at(*c) @ scl(1, 1, 0.8), 0, "body" if i == n // 2 else ""))
    for a, y in ((-0.35, 0.18), (0.3, 0.14), (0.05, 0.07)):
        parts.append(sphere(0.05, at(a, y, 0.14) @ scl(1, 1, 0.3), 2))
    return parts


def _tornado(rng: Rng) -> list[Part]:
    """A tornado: a funnel of stacked, swirling rings widening upward from a thin tip on the
    ground, bending as it rises, with debris circling its foot."""
    parts = []
    n = 14
    for i in range(n):
        t = i / (n - 1)
        r = 0.04 + 0.4 * t**1.6
        c = (0.12 * np.sin(3 * t + 0.5), 0.05 + 1.1 * t, 0.06 * np.cos(2.5 * t))
        tilt = rot("x", rng.uniform(-6, 6)) @ rot("z", rng.uniform(-6, 6))
        tag = "body" if i == n // 2 else ""
        parts.append(torus(r, 0.03 + 0.07 * t, at(*c) @ tilt @ scl(1, 0.6, 1), 0, tag))
    for _ in range(7):
        a = rng.uniform(0, 2 * np.pi)
        d = rng.uniform(0.12, 0.25)
        parts.append(box(0.03, 0.03, 0.05, at(d * np.cos(a), rng.uniform(0.02, 0.2), d * np.sin(a))
                         @ rot("y", np.degrees(a)), 1))  # fmt: skip
    return parts


def _up_to(d: np.ndarray) -> np.ndarray:

    return align(d)


def _anvil() -> list[Part]:
    """A blacksmith's anvil on a wooden stump (the second material): a flat face over a waist,
    a wide foot, a tapering horn out front and a square heel behind."""
    parts = [cylinder(0.2, 0.22, 0.3, None, 1)]  # the stump
    y = 0.3
    parts.append(box(0.3, 0.07, 0.42, at(0, y, -0.02), 0, "body"))  # the foot
    parts.append(box(0.16, 0.14, 0.26, at(0, y + 0.07, -0.02), 0))  # the waist
    parts.append(box(0.24, 0.1, 0.5, at(0, y + 0.21, -0.04), 0))  # the face
    horn = at(0, y + 0.26, 0.21) @ rot("x", 90) @ scl(1, 1, 0.8)
    parts.append(cylinder(0.07, 0.0, 0.26, horn, 0))
    return parts


def _pistol() -> list[Part]:
    """A pistol held in one hand: a barrel over a short stock curving down into a grip, a
    trigger in its guard and a hammer cocked at the back."""
    parts = [
        cylinder(0.035, 0.03, 0.6, at(0, 0.42, -0.05) @ rot("x", 90), 0, "body"),  # the barrel
        box(0.08, 0.09, 0.3, at(0, 0.36, -0.2), 1),  # the lock and stock
    ]
    grip = [(0.0, 0.38, -0.3), (0.0, 0.28, -0.38), (0.0, 0.12, -0.45), (0.0, 0.05, -0.46)]
    parts.append(tube(grip, [0.045, 0.05, 0.055, 0.06], slot=1))
    parts.append(sphere(0.05, at(0, 0.05, -0.47), 0))  # the butt cap
    parts.append(torus(0.045, 0.008, at(0, 0.3, -0.17) @ rot("y", 90), 0))  # the trigger guard
    parts.append(box(0.012, 0.06, 0.015, at(0, 0.27, -0.16) @ rot("x", 15), 0))  # the trigger
    parts.append(box(0.02, 0.07, 0.025, at(0, 0.42, -0.3) @ rot("x", -30), 0))  # the hammer
    parts.append(torus(0.04, 0.008, at(0, 0.42, 0.55) @ rot("x", 90), 0))  # the muzzle
    return parts


def _gun() -> list[Part]:
    """A long gun lying level: a barrel over a fore-end, the receiver with a sight and a scope,
    a grip and trigger guard below it, and a stock sloping back (the second material)."""
    y = 0.3
    parts = [
        box(0.07, 0.1, 0.36, at(0, y - 0.05, 0.0), 0, "body"),  # the receiver
        cylinder(0.022, 0.022, 0.62, at(0, y + 0.02, 0.18) @ rot("x", 90), 0),  # the barrel
        box(0.06, 0.06, 0.4, at(0, y - 0.07, 0.36), 1),  # the fore-end under it
        cylinder(0.028, 0.028, 0.24, at(0, y + 0.1, -0.1) @ rot("x", 90), 0),  # the scope
        cylinder(0.034, 0.028, 0.04, at(0, y + 0.1, 0.14) @ rot("x", 90), 0),
        box(0.015, 0.04, 0.03, at(0, y + 0.03, 0.78), 0),  # the front sight
        box(0.06, 0.16, 0.07, at(0, y - 0.2, -0.12) @ rot("x", -20), 1),  # the grip
        torus(0.04, 0.007, at(0, y - 0.09, -0.02) @ rot("y", 90), 0),  # the trigger guard
    ]
    stock = [(0.0, 0.06), (0.0, -0.04), (-0.34, -0.16), (-0.36, -0.03), (-0.1, 0.07)]
    parts.append(slab(stock, 0.06, at(0, y - 0.02, -0.18) @ rot("y", -90), 1))
    return parts


def _cannon() -> list[Part]:
    """A cannon: a long barrel swelling to its breech and knob, a ring at its muzzle, raised on
    a wooden carriage between two spoked wheels."""
    bore = at(0, 0.42, -0.45) @ rot("x", -78)
    barrel = [(0.0, 0.0), (0.16, 0.0), (0.17, 0.1), (0.14, 0.5), (0.11, 0.95), (0.13, 1.0),
              (0.13, 1.05), (0.08, 1.05), (0.08, 0.2), (0.0, 0.2)]  # fmt: skip
    parts = [lathe(barrel, bore, 0, "body")]
    parts.append(sphere(0.07, bore @ at(0, -0.04, 0), 0))  # the knob at the breech
    parts.append(box(0.3, 0.16, 0.8, at(0, 0.14, -0.2), 1))  # the carriage
    for s in (-1, 1):
        hub = at(s * 0.22, 0.25, 0.0) @ rot("z", 90)
        parts.append(torus(0.22, 0.025, hub, 1))
        for k in range(6):
            parts.append(box(0.02, 0.42, 0.02, hub @ rot("x", 30.0 * k) @ at(0, -0.21, 0), 1))
        parts.append(cylinder(0.05, 0.05, 0.06, hub @ at(0, -0.03, 0), 1))
    return parts


def _telephone() -> list[Part]:
    """An old telephone: a body sloping up to the back, a round dial with its finger holes on
    the slope, and the handset, two cups on a curved grip, lying in its cradle on top."""
    side = [(-0.2, 0.0), (0.2, 0.0), (0.17, 0.12), (0.09, 0.24), (-0.12, 0.24), (-0.2, 0.12)]
    parts = [slab(side, 0.34, rot("y", -90), 0, "body")]  # the profile seen from the side
    dial = at(0, 0.19, 0.13) @ rot("x", 55)
    parts.append(cylinder(0.1, 0.1, 0.02, dial, "sclera"))
    for k in range(10):  # the finger holes round the dial
        a = np.radians(30 + 30 * k)
        parts.append(
            cylinder(
                0.014, 0.014, 0.012, dial @ at(0.07 * np.cos(a), 0.018, 0.07 * np.sin(a)), "pupil"
            )
        )
    parts.append(cylinder(0.03, 0.03, 0.025, dial, 0))
    for x in (-0.13, 0.13):  # the cradle's two prongs
        parts.append(box(0.05, 0.06, 0.06, at(x, 0.24, -0.06), 0))
    grip = [(-0.17, 0.31, -0.06), (-0.08, 0.35, -0.06), (0.08, 0.35, -0.06), (0.17, 0.31, -0.06)]
    parts.append(tube(grip, 0.03, slot=0, tag="handset"))
    for x in (-0.17, 0.17):  # ear and mouth pieces
        parts.append(cylinder(0.055, 0.045, 0.06, at(x, 0.27, -0.06), 0))
    cord = [(0.2, 0.1, 0.0), (0.28, 0.05, 0.05), (0.3, 0.02, -0.05), (0.24, 0.25, -0.06)]
    parts.append(tube(cord, 0.008, slot="marking"))
    return parts


def device(p: Params, rng: Rng) -> list[Part]:
    """A case with a screen, a keyboard, knobs, an aerial; a lens (``trunk``); a handset
    (``handles``), with no screen a telephone with its dial; long and low with a grip (a gun); an anchor (``claws``), an anvil (``horns``),
    a gramophone
    (``flare``: its horn), a telescope on its tripod (long, with ``trunk``), a toaster with
    ``tiers`` slots; an ``appliance``: a refrigerator, washing machine, oven, vending machine,
    fire hydrant, telephone booth, safe, ship's wheel, satellite dish, spinning top, grenade,
    chainsaw, gas cylinder, gumball machine, espresso machine, robotic arm, wagon wheel,
    dynamite, traffic light, smartphone, trash can, playground slide, pair of scales, compass or
    trap; on
    ``wheels``, a cannon."""
    screen, keys, trunk, length, height = (
        p("screen", 0.3),
        p("keys", 0.0),
        p("trunk", 0.0),
        p("length", 0.4),
        p("height", 0.5),
    )
    if (kind := p.count("appliance", 0)) in APPLIANCES:
        return APPLIANCES[kind](rng)
    if p.count("wheels", 0) >= 2:
        return _cannon()
    if p("claws", 0.0) > 0.5:
        return _anchor()
    if p("horns", 0.0) > 0.5:
        return _anvil()
    if p.count("tiers", 0) >= 2:
        return _toaster(p.count("tiers", 2))
    if p("flare", 0.0) > 0.5:
        return _gramophone()
    if trunk > 0.5 and length > 0.8:
        return _telescope()
    if length > 0.8 and height < 0.3:
        return _pistol() if p.count("handles", 0) >= 1 else _gun()
    if p.count("handles", 0) == 1 and screen < 0.5 and keys < 0.5 and trunk < 0.3:
        return _telephone()
    W, H, D = 0.8, 0.3 + 0.4 * height, 0.35
    parts = [box(W, H, D, at(0, 0.04, 0), 0, "body")]
    for sx in (-1, 1):
        parts.append(box(0.05, 0.04, 0.05, at(sx * (W / 2 - 0.06), 0, 0), 1))
    if screen > 0.05:
        sw, sh = W * (0.4 + 0.5 * screen), H * (0.4 + 0.45 * screen)
        parts.append(
            box(sw, sh, 0.02, at(-0.05 * (screen < 0.7), 0.04 + (H - sh) / 2, D / 2), "glow")
        )
    if screen < 0.9:
        for i in range(2):
            parts.append(
                cylinder(
                    0.04,
                    0.04,
                    0.03,
                    at(W * 0.36, 0.04 + H * (0.35 + 0.3 * i), D / 2) @ rot("x", 90),
                    1,
                )
            )
    if keys > 0.5:
        parts.append(box(W * 0.9, 0.03, 0.3, at(0, 0.0, D / 2 + 0.2), 2))
        for i in range(24):
            parts.append(
                box(
                    0.045,
                    0.015,
                    0.045,
                    at(-W * 0.4 + (i % 12) * W * 0.073, 0.03, D / 2 + 0.12 + 0.08 * (i // 12)),
                    1,
                )
            )
    if trunk > 0.3:
        parts.append(
            cylinder(0.12, 0.1, 0.2 + 0.2 * trunk, at(0, 0.04 + H / 2, D / 2) @ rot("x", 90), 1)
        )
        parts.append(
            cylinder(
                0.08,
                0.08,
                0.01,
                at(0, 0.04 + H / 2, D / 2 + 0.2 + 0.2 * trunk) @ rot("x", 90),
                "pupil",
            )
        )
    if p.count("handles", 0):
        parts.append(
            tube(
                [(-0.3, H + 0.1, 0), (-0.2, H + 0.16, 0), (0.2, H + 0.16, 0), (0.3, H + 0.1, 0)],
                [0.06, 0.04, 0.04, 0.06],
                slot=1,
            )
        )
    elif screen < 0.5 and trunk <= 0.3:
        parts.append(stick((W * 0.3, H + 0.04, -0.05), (W * 0.45, H + 0.5, -0.1), 0.008, 1))
    return parts


def _toaster(slots: int) -> list[Part]:
    """A toaster: a rounded box with ``slots`` dark slots on top, slices of toast (second
    material) standing half out of them, a lever at the side and little feet."""
    slots = min(slots, 4)
    L = 0.2 + 0.17 * slots
    parts = [box(L, 0.42, 0.62, at(0, 0.03, 0), 0, "body")]
    for k in range(slots):
        x = -L / 2 + L * (k + 0.5) / slots
        parts.append(box(0.07, 0.02, 0.46, at(x, 0.445, 0), "pupil"))
        parts.append(box(0.035, 0.3, 0.4, at(x, 0.3, 0), 1))
    parts.append(box(0.04, 0.05, 0.12, at(L / 2 + 0.02, 0.3, 0.12), "pupil"))
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(cylinder(0.03, 0.03, 0.03, at(sx * (L / 2 - 0.05), 0, sz * 0.24), "pupil"))
    return parts


def _anchor() -> list[Part]:
    """A ship's anchor standing on its crown: a shank with a ring at the top and a stock across
    it, two curved arms ending in pointed flukes."""
    parts = [
        cylinder(0.045, 0.04, 0.95, at(0, 0.08, 0), 0, "body"),
        torus(0.1, 0.025, at(0, 1.12, 0) @ rot("x", 90), 0),
        box(0.6, 0.06, 0.06, at(0, 0.86, 0), 1),
    ]
    for s in (-1, 1):
        arm = [(0, 0.1, 0), (s * 0.22, 0.12, 0), (s * 0.36, 0.3, 0), (s * 0.4, 0.42, 0)]
        parts.append(tube(arm, [0.05, 0.045, 0.04, 0.03], slot=0))
        fluke = [(-0.06, -0.08), (0.06, -0.08), (0.0, 0.12)]
        m = at(s * 0.4, 0.44, 0) @ rot("z", -s * 25) @ scl(1.2, 1.2, 1)
        parts.append(slab(fluke, 0.03, m, 0))
    parts.append(sphere(0.07, at(0, 0.08, 0), 0))
    return parts


def _gramophone() -> list[Part]:
    """A gramophone: a wooden case (first material) with a turntable and record, a tone arm
    rising into a great flaring horn (second material)."""
    parts = [
        box(0.6, 0.28, 0.6, None, 0, "body"),
        cylinder(0.25, 0.25, 0.02, at(0, 0.28, 0), "pupil"),
        cylinder(0.05, 0.05, 0.025, at(0, 0.28, 0), 2),
    ]
    arm = [(0.22, 0.3, -0.2), (0.22, 0.45, -0.22), (0.15, 0.62, -0.12), (0.05, 0.8, 0.05)]
    parts.append(tube(arm, [0.025, 0.03, 0.04, 0.05], slot=1))
    bell = [(0.05, 0), (0.08, 0.12), (0.16, 0.28), (0.34, 0.4), (0.45, 0.44)]
    parts.append(lathe(bell, at(0.05, 0.8, 0.05) @ rot("x", 60), 1))
    parts.append(box(0.06, 0.06, 0.06, at(0.32, 0.1, 0), 1))
    return parts


def _telescope() -> list[Part]:
    """A telescope: a long tube, wider at the front, tilted up on a mount over a tripod, an
    eyepiece at its back and a dark lens in front."""
    tilt = at(0, 0.95, 0) @ rot("x", -60)
    parts = [
        cylinder(0.07, 0.09, 0.9, tilt @ at(0, -0.35, 0), 0, "body"),
        torus(0.09, 0.015, tilt @ at(0, 0.55, 0), 1),
        cylinder(0.085, 0.085, 0.01, tilt @ at(0, 0.551, 0), "pupil"),
        cylinder(0.025, 0.025, 0.12, tilt @ at(0, -0.47, 0), 1),
        box(0.08, 0.1, 0.08, at(0, 0.88, 0), 1),
    ]
    for k in range(3):
        a = 2 * np.pi * k / 3 + 0.4
        parts.append(stick((0, 0.9, 0), (0.4 * np.cos(a), 0.0, 0.4 * np.sin(a)), 0.018, 1))
    return parts


def rock(p: Params, rng: Rng) -> list[Part]:
    """A chiselled boulder with a stone or two beside it; tall and tapering: a mountain with snow; with
    a ``screen`` (its mouth), a cave: a dark opening in its front, a few stones before it."""
    height, taper = p("height", 0.4), p("taper", 0.0)
    if p("screen", 0.0) >= 0.5:  # a cave: a rocky mound with a dark mouth in its front
        mound = [(0.0, 0.0), (0.6, 0.0), (0.56, 0.2), (0.42, 0.42), (0.2, 0.56), (0.0, 0.6)]
        parts = [lathe(mound, scl(1.0, 1.0, 0.8), 0, "body", sides=9)]
        for _ in range(3):  # boulders heaped on it
            a = rng.uniform(0, 2 * np.pi)
            c = (0.3 * np.cos(a), 0.35 + rng.uniform(0, 0.12), 0.25 * np.sin(a) - 0.1)
            parts.append(sphere(1.0, at(*c) @ scl(0.2, 0.16, 0.18), 0))
        arch = [
            (-0.2, 0.0),
            (0.2, 0.0),
            (0.19, 0.14),
            (0.12, 0.26),
            (0.0, 0.3),
            (-0.12, 0.26),
            (-0.19, 0.14),
        ]
        parts.append(slab(arch, 0.04, at(0, 0.0, 0.5) @ rot("x", -17), "marking"))
        for _ in range(4):  # stones fallen before it
            c = (rng.uniform(-0.35, 0.35), 0.02, 0.55 + rng.uniform(0.0, 0.15))
            parts.append(sphere(0.045, at(*c) @ scl(1, 0.6, 1), 0))
        return parts
    if taper > 0.5:
        parts = []
        for i in range(4):
            x, z = rng.uniform(-0.35, 0.35), rng.uniform(-0.2, 0.2)
            h = (0.5 + 0.5 * height) * (1.0 if i == 0 else rng.uniform(0.45, 0.75))
            r = rng.uniform(0.35, 0.5)
            parts.append(
                lathe(
                    [(0, 0), (r, 0), (r * 0.55, h * 0.55), (r * 0.12, h * 0.95), (0, h)],
                    at(x * (i > 0), 0, z * (i > 0)),
                    0,
                    "body" if i == 0 else "",
                    sides=7,
                )
            )
            parts.append(
                lathe(
                    [(0, 0), (r * 0.27, 0), (r * 0.1, h * 0.3), (0, h * 0.35)],
                    at(x * (i > 0), h * 0.66, z * (i > 0)),
                    "sclera",
                    sides=7,
                )
            )
        return parts
    from ._sdf import Field, sdf_part

    tall = 0.28 + 0.3 * height
    shapes = [_boulder(rng, (0.0, tall * 0.8, 0.0), (0.42, tall, 0.36))]
    for _ in range(int(rng.integers(1, 3))):  # smaller stones against it
        a = rng.uniform(0, 2 * np.pi)
        r = rng.uniform(0.14, 0.22)
        c = (0.58 * np.cos(a), r * 0.7, 0.5 * np.sin(a))
        shapes.append(_boulder(rng, c, (r, r * 0.8, r * 0.9)))
    axis = np.array([[0.0, tall * 0.8, -0.5], [0.0, tall * 0.8, 0.5]])
    return [sdf_part(Field(tuple(shapes), axis), 0.028, 0, "body")]


def _boulder(rng: Rng, c, radii, blend: float = 0.0):
    """A chiselled stone: an ellipsoid's worth of flat faces cut at random angles (the
    intersection of half-spaces), flat underneath where it rests."""
    from ._sdf import Shape

    n = rng.normal(size=(36, 3))
    n /= np.linalg.norm(n, axis=1, keepdims=True)
    r = np.asarray(radii, np.float32)
    reach = np.sqrt(((n * r) ** 2).sum(1)) * rng.uniform(0.86, 1.0, len(n))
    n = np.vstack([n, [(0.0, -1.0, 0.0)]]).astype(np.float32)
    reach = np.append(reach, c[1]).astype(np.float32)  # the ground it rests on
    cx, cy, cz = (np.float32(v) for v in c)

    def dist(x, y, z):
        out = None
        for (a, b, d), h in zip(n, reach, strict=True):
            plane = a * (x - cx) + b * (y - cy) + d * (z - cz) - h
            out = plane if out is None else np.maximum(out, plane)
        return out

    lo = np.asarray(c, np.float32) - r
    return Shape(dist, lo, np.asarray(c, np.float32) + r, blend)


def lump(p: Params, rng: Rng) -> list[Part]:
    """The most general shape: a soft, rounded mass of two or three merged lobes."""
    parts = [ellipsoid((0, 0.4, 0), 0.5, 0.4, 0.45, 0, "body")]
    for _ in range(2):
        d = rng.normal(size=3) * (1, 0.4, 1)
        d /= np.linalg.norm(d)
        parts.append(ellipsoid(d * 0.3 + (0, 0.45, 0), 0.3, 0.26, 0.3, 0))
    return parts


BUILDERS_FC: dict[str, FamilyBuilder] = {
    f.__name__: f
    for f in (building, tower, arch, string_instrument, wind_instrument, drum, light, tool, blade,
              hat, footwear, garment, jewelry, stack, sheet, celestial, device, rock, lump)
}  # fmt: skip
"""Structure, instrument, light, tool, wearable and other family builders by family name."""
