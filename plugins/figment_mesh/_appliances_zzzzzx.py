"""More of the device family's appliances, from 1547: a lobster, a sock lying flat and a
sawn tree stump.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material; the lobster
is built head toward +z and turned to show its side, the sock turned to show its L.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, at, rot, scl
from ._kit import (
    FLAT_UP,
    balls,
    colour_patch,
    cone,
    cut,
    ellipse,
    facing_frame,
    pt,
    rope,
    solid,
    strands,
    unit,
)
from ._primitives import lathe, slab, sphere, strip
from ._sdf import Shape, ellipsoid, spine
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZZX"]

Rng = np.random.Generator


# 1547 lobster, built head toward +z, then turned


def _carapace() -> list:
    """The lobster's head shell: a long rounded cylinder narrowing to a pointed, toothed
    rostrum, a groove across its back (the cervical groove) and the mouthparts under its
    front."""
    sh = spine([(0.0, 0.082, -0.03), (0.0, 0.09, 0.05), (0.0, 0.09, 0.13), (0.0, 0.088, 0.2)],
               [0.05, 0.056, 0.05, 0.03], [0.044, 0.05, 0.046, 0.03])  # fmt: skip
    sh.append(cone((0.0, 0.094, 0.2), (0.0, 0.105, 0.26), 0.013, 0.002, 0.012))  # the rostrum
    for z in (0.21, 0.225, 0.24):  # its teeth
        sh.append(cone((0.0, 0.1, z), (0.0, 0.112, z + 0.008), 0.004, 0.001, 0.004))
    t = np.radians(np.linspace(-10, 190, 15))  # the groove across the back
    ring = np.stack([0.058 * np.cos(t), 0.09 + 0.052 * np.sin(t), 0.1 - 0.02 * np.sin(t)], 1)
    sh += rope(ring, 0.006, -0.004)
    for s in (-1, 1):  # the grooves along its sides, the mouthparts hanging under its front
        side = [(s * 0.055, 0.07, 0.0), (s * 0.058, 0.075, 0.09), (s * 0.045, 0.078, 0.18)]
        sh += rope(side, 0.004, -0.003)
        sh += rope([(s * 0.015, 0.05, 0.19), (s * 0.025, 0.02, 0.22)], [0.008, 0.004], 0.006)
    return sh


def _claw(side: int, crusher: bool) -> list:
    """One big claw on ``side`` (x sign): the arm from under the head out and forward, and the
    broad flattened claw with its two fingers open (the crusher bulky with short blunt knobbly
    fingers, the pincer slimmer with long finely toothed ones)."""
    s = side
    root, elbow, wrist = (s * 0.035, 0.06, 0.17), (s * 0.12, 0.07, 0.21), (s * 0.15, 0.075, 0.265)
    sh = rope([root, elbow, wrist], [0.014, 0.022, 0.02], 0.0, 0.008)
    sh.append(ellipsoid(elbow, (0.024, 0.022, 0.034), None, 0.01))
    fwd = unit((s * 0.2, 0.06, 1.0))
    m = facing_frame(np.array(wrist), fwd) @ rot("z", -35)  # the claw's plane tipped to the viewer
    if crusher:
        hand, reach, gap, r0, r1, knob = (0.058, 0.034, 0.09), 0.085, 26, 0.026, 0.012, 0.007
    else:
        hand, reach, gap, r0, r1, knob = (0.046, 0.026, 0.085), 0.11, 34, 0.02, 0.006, 0.004
    length = hand[2] * 2
    sh.append(ellipsoid(pt(m, 0, 0, hand[2] * 0.85), hand, m[:3, :3], 0.02))
    # the fingers: the fixed one on the inside, the moving one (the dactyl) outside it
    for k, turn in enumerate((-gap * 0.4, gap * 0.6)):
        out = 1 - 2 * k  # -1 for the dactyl
        f = m @ at(-s * out * hand[0] * 0.45, 0, length * 0.8) @ rot("y", -s * out * turn)
        bow = -s * out * 0.006
        sh += rope([pt(f, 0, 0, 0), pt(f, bow, 0, reach * 0.55), pt(f, 0, 0, reach)],
                   [r0, (r0 + r1) * 0.55, r1], 0.014, 0.008)  # fmt: skip
        for j in range(5):  # knobs along the inside edge
            q = pt(f, s * out * r0 * 0.55 * (1 - 0.15 * j), 0, reach * (0.1 + 0.17 * j))
            sh.append(ellipsoid(q, (knob, knob * 0.8, knob), None, 0.003))
    return sh


def _tail() -> list[Part]:
    """The tail: six overlapping shell segments arching down to the floor and the fan of five
    flat paddles (the telson and two uropods each side) spread at its end, tipped under."""
    parts = []
    pts = [(0.08, -0.045), (0.077, -0.085), (0.07, -0.125), (0.06, -0.163), (0.048, -0.198),
           (0.036, -0.23)]  # fmt: skip
    for k, (y, z) in enumerate(pts):
        w = 0.05 - 0.003 * k
        pitch = -4 - 5 * k
        m = at(0, y, z) @ rot("x", pitch)
        parts.append(sphere(1.0, m @ scl(w, 0.031 - 0.002 * k, 0.036), 0))
        for s in (-1, 1):  # the side flaps (pleura)
            parts.append(sphere(1.0, m @ at(s * w * 0.88, -0.014, 0.004) @ rot("z", s * 12)
                                @ scl(0.006, 0.022, 0.03), 0))  # fmt: skip
    paddle = [(0.0, 0.0), (0.018, 0.014), (0.027, 0.055), (0.023, 0.088), (0.0, 0.1),
              (-0.023, 0.088), (-0.027, 0.055), (-0.018, 0.014)]  # fmt: skip
    base = at(0, 0.026, -0.245) @ rot("x", -8)
    for a in (-60, -30, 0, 30, 60):
        m = base @ rot("y", a) @ rot("x", 4 + abs(a) * 0.1) @ FLAT_UP
        parts.append(slab(paddle, 0.006, m, 0))
    return parts


def _legs() -> Part:
    """Eight thin jointed walking legs, four each side, from under the head shell up to a
    knee and down to the floor, the front ones reaching forward and the back ones back."""
    paths = []
    for s in (-1, 1):
        for z, dz in ((0.15, 0.04), (0.11, 0.015), (0.07, -0.01), (0.03, -0.035)):
            paths.append([(s * 0.035, 0.05, z), (s * 0.075, 0.07, z + dz * 0.6),
                          (s * 0.11, 0.078, z + dz), (s * 0.135, 0.035, z + dz * 1.4),
                          (s * 0.145, 0.0, z + dz * 1.6)])  # fmt: skip
    return strands(paths, [0.007, 0.006, 0.005, 0.004, 0.002], 0, 6, 12)


def _feelers() -> list[Part]:
    """The two very long antennae swept back over the body, the two short forked feelers
    between them, and the small dark eyes on stalks."""
    long_ = []
    short = []
    parts = []
    for s in (-1, 1):
        long_.append([(s * 0.02, 0.09, 0.2), (s * 0.05, 0.11, 0.255), (s * 0.1, 0.13, 0.29),
                      (s * 0.19, 0.15, 0.24), (s * 0.26, 0.15, 0.1), (s * 0.31, 0.13, -0.08),
                      (s * 0.34, 0.1, -0.26), (s * 0.35, 0.07, -0.42)])  # fmt: skip
        for b in (0.0, 0.015):
            short.append([(s * 0.01, 0.095, 0.215), (s * 0.022, 0.115, 0.26),
                          (s * (0.03 + b), 0.13 + b, 0.3 - b)])  # fmt: skip
        parts.append(strands([[(s * 0.01, 0.1, 0.19), (s * 0.026, 0.112, 0.212)]], 0.004, 0, 6,
                             2))  # fmt: skip
    parts.append(strands(long_, [0.009, 0.006, 0.004, 0.0035, 0.003, 0.0025, 0.002], 0, 6, 32))
    parts.append(strands(short, [0.004, 0.003, 0.0015], 0, 5, 8))
    parts.append(balls([(s * 0.03, 0.116, 0.216) for s in (-1, 1)], 0.008, "pupil", 8, 5))
    return parts


def _lobster(rng: Rng) -> list[Part]:
    """An American lobster standing on the floor, turned to show its side and front: a long
    rounded head shell with a pointed rostrum and a groove across its back, a tail of six
    overlapping shell segments arching down to a spread fan of five flat paddles tipped under
    at its end, two huge unequal claws held forward on their arms (a bulky crusher with blunt
    knobbly fingers and a slimmer pincer with long toothed ones, both a little open), eight
    thin jointed walking legs, two very long antennae swept back over the body, two short
    forked feelers and small dark eyes on stalks."""
    crusher = 1 if rng.uniform() < 0.5 else -1
    parts = [solid(_carapace(), 0.0065, 0, "body")]
    for s in (-1, 1):
        parts.append(solid(_claw(s, s == crusher), 0.005, 0))
    parts += _tail()
    parts.append(_legs())
    parts += _feelers()
    yaw = -30 + float(rng.uniform(-4, 4))
    return [p.moved(rot("y", yaw)) for p in parts]


# 1548 sock


def _flat_tube(points, widths, thick: float) -> Shape:
    """A knitted tube pressed flat on the floor along a polyline of (x, z) points: half widths
    per point, ``thick`` half thick, its edges rounded right over and its ends round."""
    p = np.asarray(points, np.float32)
    w = np.asarray(widths, np.float32)
    h = np.float32(thick)
    soft = np.float32(2.5 * thick)  # the edges roll over wider than they are thick

    def dist(x, y, z):
        inset = np.full(np.broadcast_shapes(x.shape, z.shape), np.float32(1e3))
        for i in range(len(p) - 1):
            a, d = p[i], p[i + 1] - p[i]
            t = np.clip(((x - a[0]) * d[0] + (z - a[1]) * d[1]) / float(d @ d), 0.0, 1.0)
            gap = np.hypot(x - a[0] - t * d[0], z - a[1] - t * d[1])
            inset = np.minimum(inset, gap - (w[i] + (w[i + 1] - w[i]) * t - soft))
        return np.hypot(np.maximum(inset, 0.0) * (h / soft), y - h) - h

    r = float(w.max())
    lo = np.array([p[:, 0].min() - r, -0.1, p[:, 1].min() - r], np.float32)
    hi = np.array([p[:, 0].max() + r, 0.1, p[:, 1].max() + r], np.float32)
    return Shape(dist, lo, hi)


def _rib_section(w: float, h: float, ribs: int, depth: float, n: int) -> np.ndarray:
    """A flattened tube's cross-section w by h (half sizes, round edges) with ``ribs`` knitted
    ribs standing ``depth`` proud round it: (n, 2) points."""
    flat = 2 * (w - h)
    perim = 2 * flat + 2 * np.pi * h
    s = np.arange(n) * perim / n
    out = []
    for q in s:  # along the top, round the right edge, back along the bottom, round the left
        if q < flat:
            c, a = (w - h - q, 0.0), np.pi / 2
        elif q < flat + np.pi * h:
            c, a = (-(w - h), 0.0), np.pi / 2 + (q - flat) / h
        elif q < 2 * flat + np.pi * h:
            c, a = (-(w - h) + q - flat - np.pi * h, 0.0), 3 * np.pi / 2
        else:
            c, a = (w - h, 0.0), 3 * np.pi / 2 + (q - 2 * flat - np.pi * h) / h
        r = h + depth * np.clip(2.5 * np.cos(2 * np.pi * ribs * q / perim), -1, 1) * 0.5
        out.append((c[0] + r * np.cos(a), c[1] + r * np.sin(a)))
    return np.array(out)


def _sock(rng: Rng) -> list[Part]:
    """A single thick knitted sock lying flat on its side as on a table, in an L: a ribbed
    cuff round the open top of the leg (its opening a dark slit), the straight leg, a rounded
    heel bulging out at the bend and the foot ending in a rounded toe; the heel and the toe
    knitted as patches of their own (second material) with a raised edge."""
    h = 0.011  # half its thickness
    turn = np.radians(8 + float(rng.uniform(-3, 3)))
    foot = np.array([np.cos(turn), np.sin(turn)])
    knee = np.array([0.0, -0.23])  # the top of the leg, under the cuff
    toe = foot * 0.215
    path = [(0.0, -0.185), (0.0, -0.02), (0.0, 0.0), foot * 0.08, foot * 0.16, toe]
    body = [_flat_tube(path, [0.046, 0.046, 0.046, 0.043, 0.046, 0.036], h)]
    heel = np.array([-0.01, 0.016])  # the heel bulging out at the bend
    bulge = _flat_tube([heel, heel + np.array([0.0, 0.001])], [0.046, 0.046], h)
    body.append(Shape(bulge.dist, bulge.lo, bulge.hi, 0.015))
    body.append(cut(1, 0.0, False, 0.002, (-0.2, -0.1, -0.4), (0.4, 0.0, 0.2)))  # flat under
    parts = [solid(body, 0.004, 0, "body")]
    cup = heel + np.array([-0.03, 0.034])  # the heel and toe patches: their edges arc across
    parts.append(colour_patch(body, (cup[0], h, cup[1]), (0.075, 0.05, 0.075), 1, 0, 0.0025,
                              0.004))  # fmt: skip
    tip = toe + foot * 0.03
    parts.append(colour_patch(body, (tip[0], h, tip[1]), (0.075, 0.05, 0.075), 1, 0, 0.0025,
                              0.004))  # fmt: skip
    cuff = at(knee[0], h + 0.0045, knee[1]) @ rot("x", 90)
    prof = [(0.0, 0.0), (1.0, 0.0), (1.0, 0.065), (0.0, 0.065)]
    parts.append(lathe(prof, cuff, 0, shape=_rib_section(0.048, h + 0.002, 16, 0.004, 160)))
    parts.append(slab(ellipse(0.04, 0.0025, 16), 0.002, at(knee[0], h + 0.0045, knee[1] - 0.0005),
                      "marking"))  # the opening # fmt: skip
    yaw = 15 + float(rng.uniform(-5, 5))
    return [p.moved(rot("y", yaw)) for p in parts]


# 1549 tree stump


def _trunk(top: float, r: float, phase: float) -> Shape:
    """A tree trunk of radius r standing along +z (so the bark's texture wraps round it) up to
    ``top``, flaring toward the ground, its rough bark split by deep wavering furrows."""
    flare = 0.1

    def dist(x, y, z):
        rho = np.hypot(x, y)
        a = np.arctan2(y, x)
        t = np.clip(z / top, 0.0, 1.0)
        base = r + flare * (1.0 - t) ** 3 + 0.012 * np.sin(3 * a + phase)
        v = np.cos(22 * a + 0.9 * np.sin(3 * a + 7 * z + phase))
        furrow = np.clip((v - 0.1) / 0.9, 0.0, 1.0) ** 1.3
        crack = np.clip((np.sin(21 * z + 11 * a + 2 * np.sin(5 * a)) - 0.8) * 5, 0.0, 1.0)
        return rho - base + 0.038 * furrow * (0.75 + 0.25 * np.sin(19 * z + 5 * a)) + 0.015 * crack

    e = r + flare + 0.02
    return Shape(dist, np.array([-e, -e, -0.05], np.float32), np.array([e, e, top + 0.05],
                 np.float32))  # fmt: skip


def _ring_top(r: float, top: float, rings: list[float]) -> list[tuple[float, float]]:
    """The sawn face's lathe profile: flat at ``top`` from the pith out to r, a groove at each
    ring's radius, the edge rounded down."""
    prof = [(0.0, top - 0.006), (0.014, top)]
    for q in rings:
        prof += [(q - 0.008, top), (q, top - 0.007), (q + 0.008, top)]
    return [*prof, (r - 0.006, top), (r, top - 0.008), (r, top - 0.03), (0.0, top - 0.03)]


def _stump_body(rng: Rng, top: float, r: float, turn: float) -> Part:
    """The bark-covered trunk and its five big roots flaring from its foot and running out and
    down into the ground, built standing along +z and stood up."""
    sh = [_trunk(top, r, float(rng.uniform(0, 6.3)))]
    for k in range(5):
        a = turn + 2 * np.pi * k / 5 + float(rng.uniform(-0.25, 0.25))
        d = np.array([np.cos(a), np.sin(a), 0.0])
        reach = float(rng.uniform(0.85, 1.15))
        pts = [d * 0.28 + (0, 0, 0.26), d * 0.42 + (0, 0, 0.14), d * (0.5 + 0.05 * reach)
               + (0, 0, 0.06), d * (0.58 + 0.1 * reach) + (0, 0, -0.04)]  # fmt: skip
        sh += rope(pts, [0.13, 0.1, 0.075, 0.06], 0.08, 0.03)
    lo, hi = (-1.0, -1.0, -0.2), (1.0, 1.0, 1.0)
    sh.append(cut(2, top, True, 0.004, lo, hi))
    sh.append(cut(2, 0.0, False, 0.004, lo, hi))
    return solid(sh, 0.016, 0, "body").moved(rot("x", -90))


def _tree_stump(rng: Rng) -> list[Part]:
    """A sawn-off tree stump: a short thick trunk in rough deeply furrowed bark, flaring at its
    foot into five big roots that run out and down into the ground; its flat sawn top a lighter
    disc of wood (second material) inside the rim of bark, grooved with growth rings round
    the pith and split by two dark radial cracks; a jagged spur of wood and bark left standing
    up at one side of the cut."""
    top, r = 0.5, 0.35
    turn = float(rng.uniform(0, 2 * np.pi))
    parts = [_stump_body(rng, top, r, turn)]
    rings = sorted(r * (1 - (1 - f) ** 1.4) for f in np.linspace(0.12, 0.9, 7))
    rings = [q + float(rng.uniform(-0.006, 0.006)) for q in rings]
    face = r - 0.035
    parts.append(lathe(_ring_top(face, top + 0.006, [q * face / r for q in rings]), None, 1,
                       sides=40))  # fmt: skip
    for a in (0.4, 2.6):  # the cracks
        a += float(rng.uniform(-0.3, 0.3))
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        parts.append(strip(d * 0.03 + (0, top + 0.006, 0), d * face * 0.8 + (0, top + 0.006, 0),
                           (0, 1, 0), 0.008, 0.004, "marking"))  # fmt: skip
    spur = [(-0.07, 0.0), (0.07, 0.0), (0.06, 0.05), (0.025, 0.08), (0.01, 0.15),
            (-0.02, 0.09), (-0.05, 0.06)]  # fmt: skip
    a = -np.pi / 2 - 0.9  # toward the back left, seen against the sawn face
    c = (r - 0.03) * np.array([np.cos(a), 0.0, np.sin(a)])
    m = at(c[0], top - 0.03, c[2]) @ rot("y", -np.degrees(a) + 90)
    parts.append(slab(sharp(spur), 0.03, m @ at(0, 0, -0.015), 1))
    parts.append(slab(sharp([(x * 1.02, y * 0.96) for x, y in spur]), 0.015, m @ at(0, 0, 0.006),
                      0))  # fmt: skip
    return parts


MORE_APPLIANCES_ZZZZZX: dict = {1547: _lobster, 1548: _sock, 1549: _tree_stump}
"""These appliances by the device family's ``appliance``."""
