"""More of the device family's appliances, from 588: a Venus flytrap, a chicken drumstick, a
bag of crisps, a slinky, a fidget spinner, a board game, a whoopee cushion, a magic 8 ball, a
water balloon, a speedboat, a headband and a plate of nachos.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, Sweep, align, at, rot, scl, segs, v3
from ._kit import (
    blocks,
    crisp,
    die,
    lobed,
    loft,
    pillow,
    plate,
    pt,
    rect,
    reslot,
    rounded,
    swept,
    unit,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZC"]

Rng = np.random.Generator


# ---- 588 venus flytrap ------------------------------------------------------------------------


def _lobe(L: float, w: float, teeth: int, tooth: float):
    """One jaw of a flytrap: a half-oval along x from 0 to L bulging to +y ``w``, long spikes
    round its curved edge (``teeth`` of them, ``tooth`` long) pointing out from its middle."""
    t = np.linspace(0.0, np.pi, 4 * teeth + 1)
    rim = np.stack([L / 2 * (1 - np.cos(t)), w * np.sin(t)], 1)
    hinge = np.stack([np.linspace(L, 0.0, 9)[1:-1], np.zeros(7)], 1)
    mid = np.concatenate([rim, hinge]).mean(0)
    pts = [rim[0]]
    for i in range(teeth):
        a, b, c = rim[4 * i + 1], rim[4 * i + 2], rim[4 * i + 3]
        pts += [a, b + unit(b - mid) * tooth, c, rim[4 * i + 4]]
    shape = np.concatenate([np.array(pts), hinge])
    return sharp(shape)


def _trap(m: np.ndarray, L: float, open_deg: float) -> list[Part]:
    """A flytrap's trap under ``m``: two toothed lobes hinged along x from 0 to L, each leaning
    ``open_deg`` out from upright, so the pair gapes upward like jaws, red inside."""
    parts = []
    w = 0.45 * L
    for s in (-1, 1):
        jaw = m @ rot("x", s * open_deg)  # its +y leaning to s·z
        parts.append(slab(_lobe(L, w, 12, 0.45 * w), 0.016, jaw, 0))
        inner = jaw @ at(L * 0.04, 0.0, -s * 0.01) @ scl(0.92, 0.9, 1.0)
        parts.append(slab(_lobe(L, w, 8, 0.0), 0.006, inner, "card-red"))
    parts.append(tube([pt(m, -0.02, 0, 0), pt(m, L * 0.9, 0, 0)], [0.022, 0.01], slot=0))
    return parts


def _flytrap(rng: Rng) -> list[Part]:
    """A Venus flytrap in a small pot: stalks rising out of the soil, each ending in a pair of
    hinged green lobes gaping like jaws, red inside, fringed with long spiky teeth."""
    pot = crisp([(0.0, 0.0), (0.15, 0.0), (0.19, 0.24), (0.22, 0.245), (0.22, 0.31),
                  (0.195, 0.31), (0.195, 0.28), (0.0, 0.28)], 0.05)  # fmt: skip
    parts = [lathe(pot, at(0, 0.01, 0), 1, "body")]
    soil = v3(0, 0.29, 0)
    parts.append(cylinder(0.195, 0.195, 0.012, at(0, 0.28, 0), "soil"))
    n = int(rng.integers(5, 7))
    for k in range(n):
        a = 2 * np.pi * (k + 0.25) / n + float(rng.uniform(-0.2, 0.2))
        d = v3(np.cos(a), 0.0, np.sin(a))
        reach = float(rng.uniform(0.16, 0.3))
        rise = float(rng.uniform(0.22, 0.5))
        tip = soil + d * reach + v3(0, rise, 0)
        stalk = [soil + d * 0.03, soil + d * reach * 0.5 + v3(0, rise * 0.6, 0), tip]
        parts.append(tube(stalk, [0.02, 0.016, 0.014], slot=0))
        L = float(rng.uniform(0.34, 0.4))
        m = at(*tip) @ rot("y", -np.degrees(a)) @ rot("z", float(rng.uniform(10, 30)))
        parts += _trap(m, L, float(rng.uniform(38, 50)))
    return parts


# ---- 589 chicken drumstick --------------------------------------------------------------------


def _drumstick(rng: Rng) -> list[Part]:
    """A roast chicken drumstick lying on its side: a plump golden-brown meaty bulb, its skin
    blistered, tapering to a white bone whose knuckle end bulges in two knobs."""
    m = at(-0.3, 0.29, 0.05) @ rot("y", 30) @ rot("z", -70)  # its axis (+y) up to the right
    meat = [(0.0, -0.28), (0.17, -0.24), (0.27, -0.1), (0.3, 0.05), (0.27, 0.22), (0.2, 0.38),
            (0.13, 0.52), (0.09, 0.62), (0.075, 0.67), (0.0, 0.69)]  # fmt: skip
    parts = [lathe(meat, m @ scl(1.0, 1.0, 0.92), 0, "body")]
    for k in range(8):  # crisp blistered patches of skin
        a = np.radians(45 * k + float(rng.uniform(-15, 15)))
        y = float(rng.uniform(-0.12, 0.4))
        r = float(np.interp(y, [p[1] for p in meat], [p[0] for p in meat])) * 0.97
        c = pt(m, r * np.cos(a), y, r * np.sin(a) * 0.92)
        patch = at(*c) @ align(m[:3, :3] @ (np.cos(a), 0.0, np.sin(a)))
        parts.append(sphere(1.0, patch @ scl(0.07, 0.02, 0.055), 0))
    parts.append(torus(0.08, 0.02, m @ at(0, 0.63, 0), 0))  # the skin's ragged edge
    parts.append(cylinder(0.05, 0.042, 0.42, m @ at(0, 0.6, 0), 1))  # the bone
    for s in (-1, 1):  # its knuckle
        parts.append(sphere(0.07, m @ at(s * 0.045, 1.04, 0), 1))
    parts.append(sphere(1.0, m @ at(0, 1.0, 0) @ scl(0.075, 0.06, 0.06), 1))
    return parts


# ---- 590 bag of crisps ------------------------------------------------------------------------


def _seal(W: float, m: np.ndarray, slot=0) -> list[Part]:
    """A packet's crimped seal W wide under ``m``: a flat strip ridged across its width."""
    parts = [box(W, 0.11, 0.02, m @ at(0, -0.055, 0), slot)]
    feet = [(x, -0.05, 0.0) for x in np.linspace(-W / 2 + 0.02, W / 2 - 0.02, 24)]
    parts.append(blocks(feet, (0.014, 0.1, 0.04), m, slot))
    return parts


def _crisp_chip(m: np.ndarray, r: float, curl: float, slot) -> Part:
    """A single crisp under ``m``: a thin oval 2r long along x, curled up at both ends."""
    lens = np.stack([np.cos(np.linspace(0, 2 * np.pi, 12, endpoint=False)),
                     0.12 * np.sin(np.linspace(0, 2 * np.pi, 12, endpoint=False))], 1)  # fmt: skip
    pts = [(-r, curl * r, 0.0), (-0.5 * r, 0.25 * curl * r, 0.0), (0.0, 0.0, 0.0),
           (0.5 * r, 0.3 * curl * r, 0.0), (r, curl * r * 1.1, 0.0)]  # fmt: skip
    return tube(pts, [0.3 * r, 0.75 * r, 0.85 * r, 0.75 * r, 0.3 * r], m, slot, shape=lens)


def _crisps(rng: Rng) -> list[Part]:
    """A bag of crisps (a snack packet) standing up: a puffy pillow of foil crimped flat at top
    and bottom, a big label on its front with a round emblem, a few crisps spilled beside it."""
    W, H, D = 0.86, 1.0, 0.46
    m = at(0, 0.07, 0) @ rot("y", 18) @ rot("x", -8)
    parts = [pillow(W, H, D, m, 0, "body")]
    for y in (0.0, H):
        parts += _seal(W * 0.92, m @ at(0, y, 0), 0)
    front = m @ at(0, 0.5, D / 2 - 0.02) @ rot("x", 3)
    parts.append(box(W * 0.72, 0.5, 0.03, front @ at(0, -0.25, 0), 1))  # the label panel
    parts.append(cylinder(0.16, 0.16, 0.02, front @ at(0, 0.0, 0.02) @ rot("x", 90), "glow"))
    parts.append(box(W * 0.6, 0.08, 0.02, front @ at(0, 0.17, 0.02), "snow"))  # the brand
    parts.append(box(W * 0.45, 0.04, 0.02, front @ at(0, -0.21, 0.02), "snow"))
    spots = [(0.5, 0.45), (0.72, 0.15), (0.25, 0.6), (0.72, 0.5), (0.65, -0.15)]
    for x, z in spots:  # crisps spilled beside it
        chip = at(x, 0.03, z) @ rot("y", float(rng.uniform(0, 360)))
        chip = chip @ rot("x", float(rng.uniform(-20, 20)))
        parts.append(_crisp_chip(chip, 0.1, float(rng.uniform(0.3, 0.6)), "fruit-yellow"))
    return parts


# ---- 591 slinky -------------------------------------------------------------------------------


def _bezier(p0, p1, p2, p3, n: int) -> np.ndarray:
    """n points along the cubic Bézier curve with these control points."""
    t = np.linspace(0.0, 1.0, n)[:, None]
    return (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t**2 * p2 + t**3 * p3


def _slinky(rng: Rng) -> list[Part]:
    """A slinky walking down a step: a coil of flat metal rings stacked on the upper step,
    arching over in an open loop of spread rings and stacked again on the lower step."""
    up, low = 0.42, 0.14  # the two treads' heights
    x0, x1 = -0.48, 0.48  # where its two stacks stand
    parts = [box(0.95, up, 0.8, at(-0.45, 0, 0), 1), box(0.95, low, 0.8, at(0.5, 0, 0), 1)]
    parts.append(box(0.96, 0.012, 0.81, at(-0.45, up - 0.006, 0), 1))
    R, band, thick, pitch = 0.17, 0.04, 0.009, 0.0125
    n0 = int(rng.integers(18, 23))
    n1 = int(rng.integers(8, 11))
    na = 22
    y0, y1 = up + thick / 2, low + thick / 2
    top0, top1 = y0 + n0 * pitch, y1 + n1 * pitch
    arch = _bezier(v3(x0, top0, 0), v3(x0, top0 + 0.55, 0), v3(x1, top1 + 0.7, 0),
                   v3(x1, top1, 0), 40)  # fmt: skip
    line = np.concatenate([[v3(x0, y0, 0)], arch, [v3(x1, y1, 0)]])
    seg = np.linalg.norm(np.diff(line, axis=0), axis=1)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    coils = [0.0, n0, n0 + na, n0 + na + n1]
    lengths = [0.0, s[1], s[-2], s[-1]]

    def gen(k: float) -> Sweep:
        per = segs(k, 14, 6)
        c = np.linspace(0.0, coils[-1], int(coils[-1] * per) + 1)
        at_s = np.interp(c, coils, lengths)
        centre = np.stack([np.interp(at_s, s, line[:, i]) for i in range(3)], 1)
        tang = np.stack([np.interp(at_s, s, np.gradient(line[:, i], s)) for i in range(3)], 1)
        tang /= np.linalg.norm(tang, axis=1, keepdims=True)
        nrm = np.cross(tang, [0.0, 0.0, 1.0])
        nrm /= np.linalg.norm(nrm, axis=1, keepdims=True)
        phi = 2 * np.pi * c
        radial = np.cos(phi)[:, None] * nrm + np.sin(phi)[:, None] * np.array([0.0, 0.0, 1.0])
        pts = centre + R * radial
        pts = np.concatenate([pts[:1], pts, pts[-1:]])
        u = np.concatenate([radial[:1], radial, radial[-1:]])
        v = np.concatenate([tang[:1], tang, tang[-1:]])
        radii = np.ones(len(pts))
        radii[[0, -1]] = 0.0
        return Sweep(pts, u, v, radii, rect(band, thick))

    parts.insert(0, swept(gen, 0, "body"))
    return parts


# ---- 592 fidget spinner -----------------------------------------------------------------------


def _spinner_outline(d: float, r: float, hub: float):
    """A three-lobed spinner's outline: three discs of radius r at d round a hub disc, their
    joins softened (a smooth maximum of each disc's reach along every ray)."""

    def reach(a: np.ndarray, cx: float, cy: float, rr: float) -> np.ndarray:
        # how far a ray from 0 at angle a runs before leaving the disc (0 if it misses)
        b = np.cos(a) * cx + np.sin(a) * cy
        disc = b * b - (cx * cx + cy * cy - rr * rr)
        return np.where(disc > 0, b + np.sqrt(np.maximum(disc, 0.0)), 0.0)

    def outline(n: int) -> np.ndarray:
        a = np.linspace(0.0, 2 * np.pi, max(n, 96), endpoint=False)
        rs = [np.full_like(a, hub)]
        for k in range(3):
            b = np.pi / 2 + 2 * np.pi * k / 3
            rs.append(reach(a, d * np.cos(b), d * np.sin(b), r))
        p = 6.0
        rad = np.sum([q**p for q in rs], axis=0) ** (1 / p)
        return np.stack([rad * np.cos(a), rad * np.sin(a)], 1)

    return outline


def _bearing(m: np.ndarray, r: float, h: float) -> list[Part]:
    """A ball bearing set in a hole under ``m`` (axis +y, centred on y = 0, h thick): its steel
    races and the dark ring of balls between them."""
    parts = [torus(r * 0.92, h * 0.25, m @ at(0, s * h / 2, 0), "steel") for s in (-1, 1)]
    parts.append(cylinder(r, r, h, m @ at(0, -h / 2, 0), "steel"))
    parts.append(cylinder(r * 0.8, r * 0.8, h * 1.06, m @ at(0, -h * 0.53, 0), "pupil"))
    parts.append(cylinder(r * 0.55, r * 0.55, h * 1.12, m @ at(0, -h * 0.56, 0), "steel"))
    ball = [(0.0, -1.0), (1.0, 0.0), (0.0, 1.0)]
    for k in range(7):  # the balls
        a = 2 * np.pi * k / 7
        c = (0.68 * r * np.cos(a), 0.0, 0.68 * r * np.sin(a))
        parts.append(lathe(ball, m @ at(*c) @ scl(r * 0.12, h * 0.56, r * 0.12), "steel", sides=8))
    return parts


def _fidget_spinner(rng: Rng) -> list[Part]:
    """A fidget spinner lying on the table: a flat three-lobed body, a steel ball bearing set
    in each lobe and a big one in the middle under a round button cap."""
    d, r, h = 0.45, 0.26, 0.1
    y = 0.125
    m = at(0, y, 0) @ rot("y", float(rng.uniform(-20, 20)))
    parts = [slab(_spinner_outline(d, r, 0.3), h, m @ rot("x", -90), 0, "body")]
    for k in range(3):
        b = np.pi / 2 + 2 * np.pi * k / 3
        parts += _bearing(m @ at(d * np.cos(b), 0, -d * np.sin(b)), r * 0.72, h * 1.04)
    parts += _bearing(m, 0.2, h * 1.04)
    for s in (-1, 1):  # the centre caps, top and bottom
        cap = [(0.0, 0.0), (0.16, 0.0), (0.165, 0.03), (0.14, 0.06), (0.0, 0.07)]
        parts.append(lathe(cap, m @ at(0, s * h * 0.52, 0) @ scl(1.0, s, 1.0), 1))
    return parts


# ---- 593 board game ---------------------------------------------------------------------------


_TRACK_SLOTS = ("card-red", "fruit-yellow", "plume", "vine")
"""The colours of a board game's track, in turn."""


def _game_path(n: int) -> np.ndarray:
    """(n, 2) squares' centres (x, z) along a path snaking over a board of half size 0.5."""
    t = np.linspace(0.0, 1.0, 400)
    x = 0.4 * np.sin(2 * np.pi * 1.5 * t + np.pi / 2) * (1 - 0.15 * t)
    z = 0.42 - 0.84 * t
    pts = np.stack([x, z], 1)
    s = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(pts, axis=0), axis=1))])
    at_s = np.linspace(0.0, s[-1], n)
    return np.stack([np.interp(at_s, s, pts[:, 0]), np.interp(at_s, s, pts[:, 1])], 1)


def _tiles(feet, yaws, size: tuple[float, float, float], slot) -> Part:
    """Boxes of one size (w, h, d) standing on the points ``feet``, each turned about y by its
    yaw in ``yaws`` (degrees), as one part (``blocks``, but turned)."""
    f = np.asarray(feet, dtype=float).reshape(-1, 3)
    yaw = np.radians(np.asarray(yaws, dtype=float))
    w, h, d = size
    e = np.stack([np.cos(yaw), np.zeros_like(yaw), -np.sin(yaw)], 1)  # each box's local x
    across = np.stack([np.sin(yaw), np.zeros_like(yaw), np.cos(yaw)], 1)  # and its local z
    mid = f + v3(0.0, h / 2, 0.0)
    a, b = mid - e * w / 2, mid + e * w / 2
    centres = np.stack([a, a, b, b], 1).reshape(-1, 3)
    u = np.tile([0.0, h / 2, 0.0], (len(centres), 1))
    v = np.repeat(across * d / 2, 4, axis=0)
    radii = np.tile([0.0, 1.0, 1.0, 0.0], len(f))
    square = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])
    sweep = Sweep(centres, u, v, radii, square)
    return swept(lambda k: sweep, slot)


def _game_pawn(x: float, y: float, z: float, slot) -> list[Part]:
    """A board game's pawn: a rounded cone with a ball for a head."""
    prof = [(0.0, 0.0), (0.06, 0.0), (0.06, 0.016), (0.03, 0.11), (0.0, 0.12)]
    return [lathe(prof, at(x, y, z), slot), sphere(0.04, at(x, y + 0.135, z), slot)]


def _board_game(rng: Rng) -> list[Part]:
    """A board game laid out: a square board with a winding track of coloured squares from a
    start to a finish, a few pawns on it, a pair of dice and the lid of its box propped behind."""
    B, T = 1.1, 0.04
    parts = [box(B, T, B, None, 0, "body")]
    parts.append(box(B - 0.08, 0.004, B - 0.08, at(0, T, 0), "pages"))  # its printed face
    y = T + 0.004
    path = _game_path(24)
    ahead = np.concatenate([path[1:], path[-1:]]) - np.concatenate([path[:1], path[:-1]])
    turns = np.degrees(np.arctan2(ahead[:, 0], ahead[:, 1]))
    feet = np.stack([path[:, 0], np.full(len(path), y), path[:, 1]], 1)
    for i, slot in enumerate(_TRACK_SLOTS):  # the track's squares, a part for each colour
        parts.append(_tiles(feet[i::4], turns[i::4], (0.085, 0.008, 0.085), slot))
    for (x, z), slot in ((path[0], "vine"), (path[-1], "card-red")):  # start and finish
        parts.append(cylinder(0.075, 0.075, 0.012, at(x, y, z), slot))
    picks = [int(rng.integers(lo, lo + 5)) for lo in (3, 10, 17)]  # spread along the track
    for i, slot in zip(picks, ("card-red", "plume", "fruit-yellow"), strict=True):
        x, z = path[i]
        parts += _game_pawn(float(x), y + 0.008, float(z), slot)
    for x, z, turn, faces in ((0.68, 0.35, 20, (5, 3, 1)), (0.7, 0.12, -15, (2, 6, 3))):
        parts += reslot(die(at(x, 0.006, z) @ rot("y", turn), 0.12, faces), {0: "snow", 1: "pupil"})
    lid = at(0.05, 0.02, -0.66) @ rot("x", -18)  # the box's lid propped up behind
    parts.append(box(0.95, 0.5, 0.06, lid, 1))
    parts.append(box(0.85, 0.3, 0.01, lid @ at(0, 0.12, 0.03), "snow"))
    for k, slot in enumerate(_TRACK_SLOTS):  # the title panel's coloured blocks
        parts.append(box(0.16, 0.12, 0.01, lid @ at(-0.27 + 0.18 * k, 0.2, 0.035), slot))
    return parts


# ---- 594 whoopee cushion ----------------------------------------------------------------------


def _whoopee_cushion(rng: Rng) -> list[Part]:
    """A whoopee cushion: a round, softly inflated rubber bladder, a seam round its rim and a
    short flat neck with a flared mouth sticking out toward the viewer."""
    R = 0.5
    prof = [(0.0, 0.0), (R * 0.8, 0.0), (R, 0.05), (R * 1.02, 0.085), (R * 0.94, 0.14),
            (R * 0.6, 0.2), (0.0, 0.22)]  # fmt: skip
    parts = [lathe(prof, at(0, 0.005, 0), 0, "body")]
    parts.append(torus(R * 1.01, 0.015, at(0, 0.08, 0), 0))  # its seam
    a = np.radians(float(rng.uniform(55, 75)))
    d = v3(np.cos(a), 0.0, np.sin(a))
    flat = np.stack([np.cos(np.linspace(0, 2 * np.pi, 16, endpoint=False)),
                     0.4 * np.sin(np.linspace(0, 2 * np.pi, 16, endpoint=False))], 1)  # fmt: skip
    neck = [d * (R * 0.8) + v3(0, 0.09, 0), d * (R + 0.1) + v3(0, 0.07, 0),
            d * (R + 0.22) + v3(0, 0.06, 0)]  # fmt: skip
    parts.append(tube(neck, [0.1, 0.07, 0.075], slot=0, shape=flat))
    mouth = at(*(d * (R + 0.24) + v3(0, 0.06, 0))) @ align(d)
    parts.append(cylinder(0.08, 0.095, 0.03, mouth @ scl(1.0, 1.0, 0.45), 0))
    parts.append(cylinder(0.06, 0.06, 0.032, mouth @ at(0, 0.002, 0) @ scl(1.0, 1.0, 0.3),
                          "pupil"))  # fmt: skip
    for k in range(3):  # creases fanning from the neck
        b = a + np.radians(k * 14 - 14)
        e = v3(np.cos(b), 0.0, np.sin(b))
        parts.append(tube([e * R * 0.45 + v3(0, 0.19, 0), e * R * 0.78 + v3(0, 0.15, 0)],
                          [0.004, 0.012], slot=1))  # fmt: skip
    return parts


# ---- 595 magic 8 ball -------------------------------------------------------------------------


def _cap(R: float, deg: float, m: np.ndarray, slot, lift: float = 0.004) -> Part:
    """A thin round patch hugging a sphere of radius R about its +y pole under ``m``, out to
    ``deg`` from the pole."""
    t = np.radians(np.linspace(0.0, deg, 6))
    inner = [((R - 0.01) * np.sin(a), (R - 0.01) * np.cos(a)) for a in t]
    outer = [((R + lift) * np.sin(a), (R + lift) * np.cos(a)) for a in t[::-1]]
    return lathe([(float(x), float(y)) for x, y in inner + outer], m, slot)


def _eight(m: np.ndarray, h: float, slot) -> list[Part]:
    """A figure 8 h high lying on the plane y = 0 under ``m``, reading along +x, top to -z."""
    r1, r0 = 0.22 * h, 0.27 * h
    w = 0.07 * h
    return [
        torus(r1, w, m @ at(0, 0, -(h / 2 - r1)) @ scl(1.0, 0.5, 1.0), slot),
        torus(r0, w, m @ at(0, 0, h / 2 - r0) @ scl(1.0, 0.5, 1.0), slot),
    ]


def _magic_8_ball(rng: Rng) -> list[Part]:
    """A magic 8 ball: a big glossy black ball, a white disc printed with an 8 turned up
    toward the viewer, and on its side the dark round window where a blue triangle floats."""
    R = 0.55
    c = at(0, R, 0)
    parts = [sphere(R, c, 0, "body")]
    top = c @ rot("x", 38) @ rot("z", -14)
    parts.append(_cap(R, 26, top, "snow"))
    parts += _eight(top @ at(0, R + 0.006, 0), 0.36, "pupil")
    side = c @ rot("y", 70) @ rot("x", 80)  # the window, round on the right
    parts.append(_cap(R, 24, side, "window", 0.006))
    parts.append(torus(R * np.sin(np.radians(24)), 0.012,
                       side @ at(0, R * np.cos(np.radians(24)), 0), 1))  # fmt: skip
    tri = [(0.0, 0.13), (-0.11, -0.07), (0.11, -0.07)]
    parts.append(slab(sharp(tri), 0.02, side @ at(0, R + 0.004, 0) @ rot("x", -90), "plume"))
    del rng
    return parts


# ---- 596 water balloon ------------------------------------------------------------------------


def _water_balloon(rng: Rng) -> list[Part]:
    """A water balloon resting on the ground: a plump teardrop sagging wide at its bottom,
    narrowing up to a short neck tied off in a knot, the rolled rim of its mouth above."""
    lean = float(rng.uniform(10, 18))
    prof = [(0.0, 0.0), (0.3, 0.01), (0.46, 0.08), (0.52, 0.2), (0.5, 0.34), (0.42, 0.48),
            (0.28, 0.6), (0.14, 0.69), (0.07, 0.75), (0.045, 0.8), (0.0, 0.81)]  # fmt: skip
    m = at(0, 0.012 + 0.5 * np.sin(np.radians(lean * 0.3)), 0) @ rot("z", -lean * 0.3)
    parts = [lathe(prof, m @ scl(1.0, 1.0, 0.96), 0, "body")]
    top = m @ at(0, 0.77, 0) @ rot("z", -lean)
    parts.append(cylinder(0.045, 0.03, 0.08, top, 0))  # the neck
    parts.append(sphere(1.0, top @ at(0, 0.11, 0) @ scl(0.07, 0.055, 0.065), 0))  # the knot
    parts.append(torus(0.05, 0.02, top @ at(0, 0.11, 0) @ rot("z", 70) @ scl(1.0, 1.0, 0.8), 0))
    parts.append(cylinder(0.03, 0.055, 0.07, top @ at(0, 0.15, 0), 0))  # the mouth
    parts.append(torus(0.055, 0.016, top @ at(0, 0.22, 0), 0))  # its rolled rim
    wet = [(0.62, 0.0), (0.45, 0.5), (-0.1, 0.66), (-0.55, 0.45), (-0.62, -0.05), (-0.35, -0.5),
           (0.2, -0.58), (0.58, -0.35)]  # fmt: skip
    parts.append(slab(wet, 0.012, at(0, 0.006, 0) @ rot("x", -90), 1))  # the wet patch it sits in
    for x, z in ((0.66, 0.3), (0.55, 0.55), (-0.5, 0.6)):  # splashed drops
        parts.append(sphere(1.0, at(x, 0.018, z) @ scl(0.04, 0.018, 0.04), 1))
    return parts


# ---- 597 speedboat ----------------------------------------------------------------------------


def _hull_rings(z0: float, z1: float, n: int):
    """Stations of a speedboat's hull from its transom at z0 to its bow at z1: the centre, the
    half width and the half height of each ring."""
    t = np.linspace(0.0, 1.0, n)
    z = z0 + (z1 - z0) * t
    taper = np.clip((t - 0.45) / 0.55, 0.0, 1.0)
    half_w = 0.28 * (1 - taper**1.6) + 0.004
    deck = 0.4 + 0.1 * t**2
    keel = 0.0 + 0.26 * taper**2.2
    return z, half_w, (deck + keel) / 2, (deck - keel) / 2


_V_HULL = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, 0.0], [-0.6, -0.55], [0.0, -1.0],
                    [0.6, -0.55], [1.0, 0.0]])  # fmt: skip
"""A V-bottomed hull's cross-section: a flat deck, upright sides and the deep V below."""


def _speedboat(rng: Rng) -> list[Part]:
    """A speedboat afloat on a patch of water: a long V-bottomed hull coming to a sharp raised
    bow, a stripe along its side, a raked windscreen, two seats behind it and an outboard motor
    on its transom, a white wake behind."""
    yaw = -40
    m = at(0.05, 0.0, 0.0) @ rot("y", yaw)
    sea = rot("y", yaw) @ at(0, 0, -0.15)
    parts = [cylinder(1.0, 1.0, 0.03, sea @ scl(0.52, 1.0, 1.2), "glaze")]  # the water round it
    for z, r in ((0.55, 0.12), (-0.45, 0.2), (0.1, 0.3)):
        for s in (-1, 1):  # ripples spreading from it
            ripple = sea @ at(s * 0.42, 0.03, z) @ scl(0.5, 0.3, 1.0)
            parts.append(torus(r, 0.008, ripple, "rain"))
    z0, z1 = -0.8, 1.0
    z, hw, cy, hh = _hull_rings(z0, z1, 18)
    centres = np.stack([np.zeros_like(z), cy, z], 1)
    u = np.stack([hw, np.zeros_like(z), np.zeros_like(z)], 1)
    v = np.stack([np.zeros_like(z), hh, np.zeros_like(z)], 1)
    parts.append(loft(centres, u, v, _V_HULL, 0, "body").moved(m))

    def side(t: float, s: int, y: float) -> np.ndarray:
        zz = z0 + (z1 - z0) * t
        w = float(np.interp(zz, z, hw))
        return (m @ (s * (w + 0.004), y, zz, 1.0))[:3]

    flat = np.array([[-0.3, -1.0], [0.3, -1.0], [0.3, 1.0], [-0.3, 1.0]])
    for s in (-1, 1):  # the stripe along each side, swept up toward the bow
        pts = [side(t, s, 0.3 + 0.09 * t**2) for t in np.linspace(0.02, 0.9, 7)]
        parts.append(tube(pts, 0.03, slot=1, shape=flat))
    deck = 0.4
    parts.append(box(0.46, 0.01, 0.62, m @ at(0, deck, -0.4), "cloth-dark"))  # the cockpit
    for x in (-0.12, 0.12):  # the seats
        parts.append(box(0.17, 0.09, 0.16, m @ at(x, deck, -0.32), 1))
        back = m @ at(x, deck + 0.08, -0.41) @ rot("x", -12)
        parts.append(box(0.17, 0.2, 0.05, back, 1))
    screen = m @ at(0, deck, -0.05) @ rot("x", -35)  # raked back
    parts.append(box(0.52, 0.2, 0.012, screen, "window"))
    parts.append(box(0.54, 0.02, 0.02, screen @ at(0, 0.2, 0), "steel"))
    motor = m @ at(0, 0.0, z0 - 0.1)
    parts.append(box(0.08, 0.42, 0.06, motor @ at(0, 0.05, 0), "pupil"))  # the leg
    parts.append(box(0.1, 0.06, 0.12, motor @ at(0, 0.32, 0.05), "pupil"))  # its bracket
    parts.append(box(0.2, 0.22, 0.28, motor @ at(0, 0.46, -0.02), "pupil"))  # the cowl
    parts.append(box(0.205, 0.035, 0.285, motor @ at(0, 0.58, -0.02), 1))
    parts.append(stick(pt(motor, 0, 0.5, 0.12), pt(motor, 0, 0.52, 0.3), 0.014, "steel"))
    parts.append(box(0.05, 0.02, 0.2, m @ at(0, deck + 0.04, 0.6), "steel"))  # bow rail
    for k in range(3):  # the wake, spreading behind it
        off = 0.1 + 0.07 * k
        for s in (-1, 1):
            c = m @ (s * off, 0.03, z0 - 0.12 - 0.14 * k, 1.0)
            foam = at(*c[:3]) @ rot("y", yaw + s * 15) @ scl(0.06, 0.01, 0.16)
            parts.append(sphere(1.0, foam, "snow"))
    del rng
    return parts


# ---- 598 headband -----------------------------------------------------------------------------


def _headband(rng: Rng) -> list[Part]:
    """A padded hair band standing on its two tips: a thin stiff arc, nearly a ring, covered in
    padded fabric, a big fabric bow on its crown."""
    a, b = 0.48, 0.58
    cy = b * np.cos(np.radians(32)) + 0.02
    phi = np.radians(np.linspace(-148, 148, 25))
    pts = np.stack([a * np.sin(phi), cy + b * np.cos(phi), np.zeros_like(phi)], 1)
    band = np.array([[0.6, -1.0], [1.0, -0.6], [1.0, 0.6], [0.6, 1.0], [-0.6, 1.0], [-1.0, 0.6],
                     [-1.0, -0.6], [-0.6, -1.0]])  # fmt: skip
    r = np.concatenate([[0.03, 0.05], np.full(21, 0.07), [0.05, 0.03]])
    flat = band * [0.45, 1.0]
    parts = [tube(pts, r, slot=0, tag="body", shape=flat)]
    for s in (-1, 1):  # the bare plastic tips
        parts.append(tube([pts[0 if s < 0 else -1], pts[1 if s < 0 else -2]], 0.018, slot=1))
    top = at(0.0, cy + b + 0.02, 0.02)
    for s in (-1, 1):  # the bow's two loops
        loop = top @ at(s * 0.13, 0.03, 0) @ rot("z", s * -18) @ scl(0.15, 0.1, 0.07)
        parts.append(sphere(1.0, loop, 1))
        tail = top @ at(s * 0.05, -0.02, 0.02) @ rot("z", s * 25)
        parts.append(box(0.07, 0.16, 0.02, tail @ at(0, -0.16, 0), 1))
    parts.append(sphere(1.0, top @ at(0, 0.02, 0.01) @ scl(0.06, 0.07, 0.07), 1))  # the knot
    del rng
    return parts


# ---- 599 nachos -------------------------------------------------------------------------------


def _chip_outline(s: float) -> np.ndarray:
    """A tortilla chip's outline: a triangle of circumradius s, its corners rounded."""
    tri = [(0.0, s), (-0.87 * s, -0.5 * s), (0.87 * s, -0.5 * s)]
    return rounded(tri, [0.25 * s] * 3, 3)


def _nachos(rng: Rng) -> list[Part]:
    """A plate of nachos: a heap of triangular tortilla chips piled every which way, melted
    cheese drizzled over them, green rings of jalapeño on top and a bowl of salsa beside."""
    parts = [plate(np.eye(4), 0.7, 1)]
    heap_r, heap_h = 0.5, 0.4
    tri = _chip_outline(0.18)

    def height(x: float, z: float) -> float:
        d = min(np.hypot(x, z) / heap_r, 1.0)
        return 0.06 + heap_h * (1 - d * d)

    chips = []
    for k in range(32):
        rr = heap_r * np.sqrt(float(rng.uniform(0.0, 1.0)))
        a = float(rng.uniform(0, 2 * np.pi))
        x, z = rr * np.cos(a) * 1.05, rr * np.sin(a)
        normal = unit(unit(v3(x * 1.4, heap_r, z * 1.4)) + v3(*rng.normal(0, 0.4, 3)))
        y = max(height(x, z) - 0.02, 0.06 + 0.17 * float(np.sqrt(max(1 - normal[1] ** 2, 0.0))))
        spin = float(rng.uniform(0, 360))
        m = at(x, y, z) @ align(normal) @ rot("y", spin) @ rot("x", -90)
        chips.append(slab(sharp(tri), 0.014, m, 0, "body" if k == 0 else ""))
    parts += chips
    drape = [0.0, 0.12, 0.24, 0.34, 0.38]  # melted cheese poured over its top, wavy-edged
    prof = [(0.0, height(0, 0) - 0.06), (0.36, height(0.36, 0) - 0.02)]
    prof += [(r, height(r, 0) + 0.03 - 0.02 * (r > 0.35)) for r in drape[::-1]]
    parts.append(lathe(prof, rot("y", float(rng.uniform(0, 60))), "cloth-yellow",
                       shape=lobed(48, 8, 0.45)))  # fmt: skip
    for k in range(8):  # drips running down from its lobes
        a = 2 * np.pi * k / 8 + float(rng.uniform(-0.15, 0.15))
        r0, r1 = 0.3, 0.3 + float(rng.uniform(0.08, 0.16))
        drip = [(r * np.cos(a), height(r, 0) + 0.015, r * np.sin(a)) for r in (r0, r1)]
        parts.append(tube(drip, [0.028, 0.016], slot="cloth-yellow"))
    for k in range(6):  # jalapeño rings
        a = 2 * np.pi * k / 6 + 0.5
        rr = heap_r * float(rng.uniform(0.15, 0.55))
        x, z = rr * np.cos(a), rr * np.sin(a)
        ring = at(x, height(x, z) + 0.025, z) @ align(v3(x, heap_r, z)) @ scl(1.0, 0.6, 1.0)
        parts.append(torus(0.045, 0.014, ring, "vine"))
        parts.append(cylinder(0.035, 0.035, 0.01, ring, "fruit-green"))
    dip = at(0.62, 0.008, 0.52)  # a bowl of salsa beside the plate
    bowl = [(0.0, 0.0), (0.12, 0.0), (0.19, 0.1), (0.2, 0.13), (0.18, 0.13), (0.0, 0.1)]
    parts.append(lathe(bowl, dip, 1))
    parts.append(cylinder(0.17, 0.17, 0.02, dip @ at(0, 0.1, 0), "card-red"))
    for k in range(5):
        a = 2 * np.pi * k / 5
        parts.append(
            sphere(0.03, dip @ at(0.09 * np.cos(a), 0.12, 0.09 * np.sin(a)), "fruit-green")
        )
    return parts


MORE_APPLIANCES_ZC = {
    588: _flytrap, 589: _drumstick, 590: _crisps, 591: _slinky, 592: _fidget_spinner,
    593: _board_game, 594: _whoopee_cushion, 595: _magic_8_ball, 596: _water_balloon,
    597: _speedboat, 598: _headband, 599: _nachos,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
