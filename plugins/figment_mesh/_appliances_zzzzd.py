"""More of the device family's appliances, from 1233: things of the Irish and the Atlantic
shores: a crab, a pint of stout, a currach, fish and chips, a bodhrán, a hanging pub sign, a cod
and a shotgun house.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, Sweep, align, at, rot, scl
from ._kit import (
    ALONG_X,
    ALONG_Z,
    HEX,
    annulus,
    bead,
    ccw,
    chain,
    cloth_sheet,
    ellipse,
    flat_solid,
    gable,
    grid_skin,
    lines,
    loft,
    rod,
    studs,
    superellipse,
    swept,
    unit,
    window,
)
from ._primitives import box, cylinder, lathe, slab, sphere, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZD"]

Rng = np.random.Generator


# 1233: a crab


def _carapace_outline(n: int = 60) -> np.ndarray:
    """A crab's shell seen from above, as a lathe's cross-section (x, -z): an oval wider than
    long, broadest a little in front of the middle, its front and sides scalloped into blunt
    teeth like a pie crust."""
    t = np.arange(n) * (2 * np.pi / n)
    c, s = np.cos(t), np.sin(t)
    b = np.where(s < 0, 0.7, 0.6)  # front (-s is +z) fuller than back
    r = 1.0 / np.sqrt(c * c + (s / b) ** 2)
    front = np.clip(-s + 0.35, 0, 1) * np.clip(np.abs(c) * 1.6 - 0.2, 0, 1)
    r *= 1.0 + 0.045 * front * np.abs(np.sin(11 * t))
    return np.stack([r * c, r * s], 1)


def _leg(p0, d, scale: float, slot=0) -> list[Part]:
    """A crab's walking leg from its root p0 out along the level direction d: a thick segment
    rising to a knee, a second falling outward to an ankle, a pointed claw-tip down to the
    ground, a bead at each joint."""
    up = np.array([0.0, 1.0, 0.0])
    p0 = np.asarray(p0, float)
    knee = p0 + d * 0.2 * scale + up * 0.1
    ankle = knee + d * 0.13 * scale - up * (knee[1] - 0.11)
    foot = ankle + d * 0.06 * scale
    tip = np.array([foot[0], 0.005, foot[2]])
    parts = [tube([p0, knee], [0.026, 0.022], None, slot)]
    parts.append(tube([knee, ankle], [0.02, 0.016], None, slot))
    parts.append(tube([ankle, tip], [0.014, 0.002], None, slot))
    parts.append(bead(0.022, at(*knee), slot))
    parts.append(bead(0.017, at(*ankle), slot))
    return parts


def _pincer(s: int) -> list[Part]:
    """A crab's big claw on side s held forward: an upper arm and forearm, a swollen palm and
    two curved pointed fingers, dark-tipped, a little open."""
    sh = np.array([s * 0.15, 0.15, 0.12])
    elbow = np.array([s * 0.3, 0.17, 0.24])
    wrist = np.array([s * 0.26, 0.17, 0.37])
    parts = [tube([sh, elbow], [0.035, 0.04], None, 0), bead(0.04, at(*elbow), 0)]
    parts.append(tube([elbow, wrist], [0.04, 0.045], None, 0))
    d = unit(np.array([-s * 0.55, 0.0, 1.0]))
    palm = wrist + d * 0.1
    parts.append(sphere(1.0, at(*palm) @ align(d) @ scl(0.07, 0.12, 0.058), 0))
    base = palm + d * 0.09
    side = np.array([d[2], 0.0, -d[0]]) * s  # toward the middle
    for k, (lift, bend) in enumerate(((-0.025, 0.03), (0.03, 0.04))):
        a = base + np.array([0.0, lift, 0.0])
        mid = a + d * 0.06 + side * bend * 0.3 + np.array([0.0, -lift * 0.3, 0.0])
        tip = a + d * 0.12 + side * bend + np.array([0.0, -lift * 0.7, 0.0])
        r0 = 0.03 if k == 0 else 0.026
        parts.append(tube([a, mid, tip], [r0, r0 * 0.7, 0.01], None, 0))
        parts.append(tube([mid + (tip - mid) * 0.55, tip], [r0 * 0.5, 0.004], None, "marking"))
    return parts


def _crab(rng: Rng) -> list[Part]:
    """A crab standing on its legs: a broad flat oval shell, wider than long, with a scalloped
    front edge, a pale underside, four jointed walking legs splayed out on each side and bent
    down to the ground, two big claws held forward with dark-tipped pincers, two stalked eyes on
    the front edge between them."""
    prof = [(0.0, 0.13), (0.24, 0.125), (0.295, 0.15), (0.3, 0.172), (0.285, 0.2), (0.23, 0.232),
            (0.13, 0.254), (0.0, 0.26)]  # fmt: skip
    outline = _carapace_outline()
    parts = [lathe(prof, None, 0, "body", shape=outline)]
    belly = [(0.0, 0.1), (0.16, 0.105), (0.22, 0.13), (0.2, 0.16), (0.0, 0.16)]
    parts.append(lathe(belly, scl(1.0, 1.0, 0.75), 1))
    for s in (-1, 1):
        for i, (a, z) in enumerate(((30, 0.07), (8, 0.02), (-16, -0.04), (-40, -0.09))):
            a = np.radians(a + float(rng.uniform(-3, 3)))
            d = np.array([s * np.cos(a), 0.0, np.sin(a)])
            parts += _leg((s * 0.16, 0.14, z), d, (0.9, 1.0, 1.0, 0.9)[i])
        parts += _pincer(s)
        stalk = [(s * 0.04, 0.18, 0.19), (s * 0.055, 0.215, 0.235)]  # the eyes
        parts.append(tube(stalk, [0.011, 0.008], None, 0))
        parts.append(sphere(1.0, at(s * 0.057, 0.22, 0.24) @ scl(0.013, 0.016, 0.013), "pupil"))
    for s in (-1, 1):  # the mouthparts between the eyes
        parts.append(box(0.04, 0.03, 0.02, at(s * 0.022, 0.13, 0.17), 1))
    return parts


# 1234: a pint of stout


def _turned(profile, slot, tag: str = "", sides: int = 32, shape=None, m=None) -> Part:
    """A solid of revolution about +y through (radius, height) points taken exactly as given
    (no smoothing, so no overshoot at its corners), a radius of 0 closing an end; ``shape``
    (S, 2) replaces its round section, m places it."""
    p = np.asarray(profile, float)
    n = len(p)
    centres = np.stack([np.zeros(n), p[:, 1], np.zeros(n)], 1)
    u = np.tile([1.0, 0.0, 0.0], (n, 1))
    v = np.tile([0.0, 0.0, -1.0], (n, 1))
    t = np.arange(sides) * (2 * np.pi / sides)
    ring = np.stack([np.cos(t), np.sin(t)], 1) if shape is None else shape
    sweep = Sweep(centres, u, v, p[:, 0], ring)
    part = swept(lambda k: sweep, slot, tag)
    return part if m is None else part.moved(m)


def _pint_of_stout(rng: Rng) -> list[Part]:
    """A pint of stout on a beer mat: a tall straight-sided glass a little wider at the top,
    thick-bottomed, filled to the brim with near-black beer under a thick creamy white head that
    domes just over the rim, standing on a round cardboard beer mat with a printed ring."""
    h, rb, rt, t = 0.9, 0.18, 0.245, 0.01
    y0 = 0.014  # the mat's top
    top = y0 + h
    glass = [(0.0, y0), (rb - 0.006, y0), (rb, y0 + 0.006), (rt, top), (rt - t * 0.5, top + 0.003),
             (rt - t, top), (rb - t, y0 + 0.07), (0.0, y0 + 0.07)]  # fmt: skip
    parts = [_turned(glass, 0, "body", 40)]

    def inner(y: float) -> float:
        return rb - t + (rt - rb) * (y - y0) / h - 0.003

    head = top - 0.11 + float(rng.uniform(-0.01, 0.01))
    beer = [(0.0, y0 + 0.071), (inner(y0 + 0.071), y0 + 0.071), (inner(head), head), (0.0, head)]
    parts.append(_turned(beer, "marking", "", 40))
    dome = [(inner(top) * np.cos(a), top + 0.03 * np.sin(a)) for a in np.linspace(0, np.pi / 2, 6)]
    foam = [(0.0, head), (inner(head), head), *dome]
    foam[-1] = (0.0, foam[-1][1])
    parts.append(_turned(foam, "sheet", "", 40))
    parts.append(cylinder(0.33, 0.33, y0, None, 1))  # the beer mat
    ring = [(0.27, y0), (0.3, y0), (0.3, y0 + 0.002), (0.27, y0 + 0.002)]
    parts.append(lathe(ring, None, "card-red", closed=True))
    return parts


# 1235: a currach


def _currach_lines(u: np.ndarray, B: float, D: float):
    """A currach's half beam, gunwale height and keel height at stations u (-1 the square stern,
    1 the bow): broadest just aft of the middle, narrowing to a point at the bow, whose gunwale
    and forefoot sweep up."""
    half = np.where(
        u < 0, B / 2 * (1 - 0.45 * u**2), B / 2 * np.clip(1 - np.abs(u) ** 2.2, 0, 1) ** 0.7 + 0.002
    )
    top = D + np.where(u < 0, 0.02 * u**2, 0.19 * np.clip(u, 0, 1) ** 2.8)
    keel = np.where(u > 0.45, 0.15 * (np.clip(u - 0.45, 0, 1) / 0.55) ** 2.2, 0.0)
    keel += np.where(u < -0.8, 0.02 * ((-u - 0.8) / 0.2) ** 2, 0.0)
    return half, top, keel


_SECTION = [(-1.0, 1.0), (-0.95, 0.6), (-0.85, 0.22), (-0.65, 0.03), (-0.3, 0.0), (0.0, 0.0),
            (0.3, 0.0), (0.65, 0.03), (0.85, 0.22), (0.95, 0.6), (1.0, 1.0)]  # fmt: skip
"""A currach's cross-section: (across, up) from gunwale to gunwale round the flat bottom."""


def _currach_hull(L: float, B: float, D: float, wall: float) -> Part:
    """A currach's skin along x, open on top: a thin wall round a flat-bottomed flaring section,
    pointed at the bow, closed by a flat transom at the stern."""
    u = np.linspace(-1, 1, 33)
    half, top, keel = _currach_lines(u, B, D)
    fill = np.clip((1 - np.abs(u)) / 0.04, 0, 1)  # the hollow, shallowing to the solid ends
    sec = np.asarray(_SECTION)
    rows = []
    for i, x in enumerate(u * L / 2):
        h = top[i] - keel[i]
        outer = [(x, keel[i] + h * f, w * half[i]) for w, f in sec]
        wi = max(half[i] - wall, 0.001)
        inner = [(x, top[i] - fill[i] * (top[i] - keel[i] - wall - (h - wall) * f), w * wi)
                 for w, f in sec[::-1]]  # fmt: skip
        rows.append(outer + inner)
    return grid_skin(np.asarray(rows), 0, "body")


def _currach(rng: Rng) -> list[Part]:
    """An Irish currach drawn up on the shore: a long narrow open rowing boat of black tarred
    canvas on a light wooden frame, its flat bottom and flaring sides sweeping up to a high
    pointed bow, a square stern; wooden gunwales, thin ribs inside, three thwart seats across,
    and two long thin oars with narrow blades resting across it between pairs of thole pins."""
    L, B, D, wall = 1.0, 0.19, 0.075, 0.006
    parts = [_currach_hull(L, B, D, wall)]
    u = np.linspace(-1, 0.985, 24)
    half, top, _ = _currach_lines(u, B, D)
    for s in (-1, 1):  # the gunwales
        pts = [(x, y + 0.004, s * w) for x, y, w in zip(u * L / 2, top, half, strict=True)]
        parts.append(tube(pts, 0.007, None, 1, shape=HEX))
    for x in np.linspace(-0.44, 0.36, 15):  # the ribs inside
        uu = np.array([2 * x / L])
        w, y1, y0 = (float(a[0]) for a in _currach_lines(uu, B, D))
        rib = [(x, y0 + wall + (y1 - y0 - wall) * f, c * (w - wall - 0.003))
               for c, f in _SECTION[::2]]  # fmt: skip
        parts.append(tube(rib, 0.004, None, 1, shape=HEX))
    for x in (-0.3, -0.04, 0.2):  # the thwarts
        w = float(_currach_lines(np.array([2 * x / L]), B, D)[0][0])
        parts.append(box(0.045, 0.008, 2 * w - 0.004, at(x, D - 0.02, 0), 1))
    for k, x in enumerate((-0.2, 0.08)):  # the oars, blades out to the viewer's side
        yaw = float(rng.uniform(-4, 4)) + (12 if k else -10)
        m = at(x, D + 0.016, 0) @ rot("y", yaw) @ ALONG_Z @ at(0, -0.2, 0)
        parts.append(cylinder(0.006, 0.006, 0.56, m, 1))
        parts.append(box(0.024, 0.2, 0.005, m @ at(0, 0.52, 0), 1))  # the narrow blade
        for s in (-1, 1):  # the thole pins
            w = float(_currach_lines(np.array([2 * x / L]), B, D)[0][0])
            parts.append(stick((x + 0.012 * s, D, s * w), (x + 0.012 * s, D + 0.03, s * w), 0.003,
                               1))  # fmt: skip
    return parts


# 1236: fish and chips


def _fillet_grid(rng: Rng, m: np.ndarray) -> np.ndarray:
    """The battered fish's skin as a grid: a lumpy, slightly curved oblong, thick and broad at
    the head end, tapering and thinning to the tail, flat underneath."""
    n, k = 16, 16
    u = np.linspace(0, 1, n)
    width = 0.085 * np.sin(np.pi * (0.04 + 0.92 * u)) ** 0.45 * (1.1 - 0.7 * u)
    thick = 0.042 * np.sin(np.pi * (0.04 + 0.92 * u)) ** 0.5 * (1.1 - 0.6 * u)
    a = np.linspace(0, 2 * np.pi, k, endpoint=False)
    lumps = rng.uniform(0.85, 1.15, (n, k))
    lumps[:, k // 2 :] = 1.0  # its underside flat and even
    rows = []
    for i in range(n):
        x = -0.26 + 0.52 * u[i]
        zc = 0.04 * np.sin(np.pi * u[i])
        r = np.where(np.arange(k) < k // 2, lumps[i], 1.0)
        ys = np.maximum(np.sin(a), -0.35) * thick[i] * r
        zs = np.cos(a) * width[i] * r
        ring = np.stack([np.full(k, x), ys + 0.35 * thick[i], zs + zc, np.ones(k)], 1)
        rows.append((ring @ m.T)[:, :3])
    return np.asarray(rows)


def _chips(rng: Rng, n: int) -> list[Part]:
    """A heap of chunky chips: n thick square-cut sticks of potato piled at all angles in the
    back of the basket, highest in the middle of the heap."""
    parts = []
    for _ in range(n):
        a = float(rng.uniform(0, 2 * np.pi))
        r = 0.2 * np.sqrt(float(rng.uniform(0, 1)))
        x, z = 0.06 + r * np.cos(a) * 0.95, -0.04 + r * np.sin(a) * 0.6
        y = 0.03 + 0.09 * (1 - (r / 0.2) ** 2) + float(rng.uniform(0, 0.02))
        yaw = float(rng.uniform(0, 180))
        tilt = float(rng.uniform(-20, 20))
        ln = float(rng.uniform(0.14, 0.2))
        m = at(x, y, z) @ rot("y", yaw) @ rot("z", tilt) @ ALONG_X @ at(0, -ln / 2, 0)
        parts.append(box(0.028, ln, 0.028, m, 0))
    return parts


def _lemon_wedge(m: np.ndarray) -> list[Part]:
    """A lemon wedge lying on its rind under m, along x: a sixth of a lemon, pointed at both
    ends, its two cut faces turned up."""
    xs = np.linspace(-1, 1, 11)
    rad = 0.055 * np.clip(1 - xs**2, 0, 1) ** 0.45 + 0.003
    a = np.radians(np.linspace(35, -35, 7))
    shape = ccw(np.array([(0.0, 0.0)] + [(-np.cos(q), np.sin(q)) for q in a]))
    c = [(0.085 * x, 0.0, 0.0) for x in xs]
    u = [(0.0, r, 0.0) for r in rad]
    v = [(0.0, 0.0, r) for r in rad]
    return [loft(c, u, v, shape, "fruit-yellow").moved(m)]


def _fish_and_chips(rng: Rng) -> list[Part]:
    """Fish and chips served in a basket: a shallow oval basket lined with a sheet of white
    paper whose corners stand up over the rim, a heap of chunky golden chips, a big lumpy golden
    battered fish fillet lying across the front of the heap and a lemon wedge beside it."""
    prof = [(0.0, 0.0), (0.9, 0.0), (0.92, 0.006), (1.0, 0.094), (0.995, 0.1), (0.965, 0.1),
            (0.89, 0.012), (0.0, 0.012)]  # fmt: skip
    parts = [_turned(prof, 1, "", shape=superellipse(0.36, 0.25, 3.0, 40))]
    parts += _paper(rng)
    food = _chips(rng, 44)
    turn = float(rng.uniform(-6, 6))
    m = at(-0.02, 0.1, 0.05) @ rot("y", -16 + turn) @ rot("z", -5) @ rot("x", 4)
    food.insert(0, grid_skin(_fillet_grid(rng, m), 0, "body"))
    parts = food + parts
    parts += _lemon_wedge(at(0.2, 0.1, 0.1) @ rot("y", 35) @ rot("x", 70))
    return parts


def _paper(rng: Rng) -> list[Part]:
    """The paper lining the basket: a square sheet set diagonally, lying on the floor inside,
    climbing the walls and its corners folded out over the rim."""
    n = 17
    g = np.linspace(-1, 1, n)
    pts = np.zeros((n, n, 3))
    for i, a in enumerate(g):
        for j, b in enumerate(g):
            x, z = (a - b) * 0.21, (a + b) * 0.155
            rho = (abs(x / 0.34) ** 3 + abs(z / 0.235) ** 3) ** (1 / 3)
            if rho < 0.97:
                y = 0.016 + 0.086 * np.clip((rho - 0.7) / 0.27, 0, 1) ** 1.5
            else:
                y = 0.102 + 0.25 * (rho - 0.97)
                grow = (0.97 + (rho - 0.97) * 0.9) / rho
                x, z = x * grow, z * grow
            pts[i, j] = (x, y, z)
    pts[..., 1] += rng.uniform(0, 0.004, (n, n))
    return [cloth_sheet(pts, 0.004, "pages")]


# 1237: a bodhrán


def _tipper(m: np.ndarray) -> list[Part]:
    """A bodhrán's tipper along +y under m: a short turned stick with a knob at each end and a
    slim waist, a little fatter where it is held."""
    prof = [(0.0, 0.0), (0.016, 0.004), (0.02, 0.02), (0.013, 0.05), (0.011, 0.1), (0.015, 0.16),
            (0.015, 0.22), (0.011, 0.29), (0.013, 0.34), (0.019, 0.37), (0.015, 0.386),
            (0.0, 0.39)]  # fmt: skip
    return [lathe(prof, m, 0)]


def _bodhran(rng: Rng) -> list[Part]:
    """A bodhrán standing on its rim, its face turned to the viewer: a wide shallow round wooden
    frame (a sixth as deep as it is wide), a pale goatskin stretched over its front and tacked
    round the side with a ring of copper tacks, a triskele painted in the middle of the skin, a
    wooden cross-bar across the inside of the open back, its double-ended tipper lying on the
    ground in front."""
    r, d = 0.5, 0.16
    tilt = 8.0
    cy = r * np.cos(np.radians(tilt)) + d / 2 * np.sin(np.radians(tilt)) + 0.003
    drum = at(0, cy, 0) @ rot("y", -12) @ rot("x", -tilt)  # the face along local +z
    axis = drum @ ALONG_Z
    parts = [lathe(annulus(r - 0.022, r, d), axis, 0, "body", closed=True)]
    parts.append(lathe(annulus(r - 0.03, r - 0.02, 0.02), axis @ at(0, -d / 2 + 0.012, 0), 0,
                       closed=True))  # the back edge's rounded lip # fmt: skip
    f = d / 2
    skin = [(0.0, f - 0.004), (r + 0.003, f - 0.004), (r + 0.004, f - 0.045),
            (r + 0.001, f - 0.045), (r - 0.001, f - 0.008), (0.0, f - 0.008)]  # fmt: skip
    parts.append(_turned(skin, 1, "", 48, m=axis))
    n = 36  # the tacks
    a = np.arange(n) * 2 * np.pi / n
    local = np.stack([(r + 0.004) * np.cos(a), (r + 0.004) * np.sin(a), np.full(n, d / 2 - 0.03),
                      np.ones(n)], 1)  # fmt: skip
    pts = (local @ drum.T)[:, :3]
    nrm = np.stack([np.cos(a), np.sin(a), np.zeros(n)], 1) @ drum[:3, :3].T
    parts.append(studs(pts, nrm, 0.007, 0.006, "copper"))
    bar = drum @ at(0, 0, -d / 2 + 0.035)  # the cross-bar inside the back
    parts.append(box(0.035, 2 * r - 0.04, 0.025, bar @ at(0, -r + 0.02, 0), 0))
    parts += _triskele(drum @ at(0, 0, d / 2 - 0.004))
    lie = float(rng.uniform(-8, 8))
    parts += _tipper(at(0.05, 0.02, 0.4) @ rot("y", 70 + lie) @ ALONG_X @ at(0, -0.2, 0))
    return parts


def _triskele(m: np.ndarray) -> list[Part]:
    """A painted triskele on the face z = 0 under m: three spiral arms swirling out from the
    middle inside a painted ring."""
    parts = []
    for k in range(3):
        a0 = 2 * np.pi * k / 3
        t = np.linspace(0, 1, 9)
        ang = a0 + t * 2.6 * np.pi
        rad = 0.02 + 0.13 * np.sin(np.pi * t * 0.75)
        pts = [(rr * np.cos(q), rr * np.sin(q), 0.006) for rr, q in zip(rad, ang, strict=True)]
        parts.append(tube(pts, 0.008, m, "marking"))
    t = np.linspace(0, 2 * np.pi, 33)
    parts.append(tube([(0.42 * np.cos(q), 0.42 * np.sin(q), 0.005) for q in t], 0.006, m,
                      "marking"))  # fmt: skip
    return parts


# 1238: a hanging pub sign


def _crown(m: np.ndarray, slot) -> list[Part]:
    """A painted crown on the face z = 0 under m, 0.3 wide: a jewelled band under three tall
    points and two short ones, a pearl on each point, an orb and cross on the middle."""
    out = [(-0.15, 0.0), (0.15, 0.0), (0.15, 0.07), (0.19, 0.2), (0.1, 0.12), (0.04, 0.17),
           (0.0, 0.24), (-0.04, 0.17), (-0.1, 0.12), (-0.19, 0.2), (-0.15, 0.07)]  # fmt: skip
    parts = [flat_solid(lambda n: [ccw(np.asarray(out))], 0.02, m, slot)]
    for x, y in ((-0.19, 0.2), (0.19, 0.2), (0.0, 0.24), (-0.04, 0.17), (0.04, 0.17)):
        parts.append(sphere(0.022 if abs(x) != 0.04 else 0.015, m @ at(x, y + 0.012, 0.015),
                            slot))  # fmt: skip
    parts.append(box(0.014, 0.07, 0.02, m @ at(0, 0.25, 0.01), slot))  # the cross
    parts.append(box(0.045, 0.014, 0.02, m @ at(0, 0.28, 0.01), slot))
    parts.append(box(0.32, 0.055, 0.03, m @ at(0, -0.005, 0.015), slot))  # the band
    for x in (-0.09, 0.0, 0.09):
        parts.append(sphere(1.0, m @ at(x, 0.022, 0.03) @ scl(0.02, 0.016, 0.01), "card-red"))
    return parts


_STROKES = {
    "T": ((0, 4, 2, 4), (1, 0, 1, 4)),
    "H": ((0, 0, 0, 4), (2, 0, 2, 4), (0, 2, 2, 2)),
    "E": ((0, 0, 0, 4), (0, 4, 2, 4), (0, 2, 1.5, 2), (0, 0, 2, 0)),
    "C": ((0, 0, 0, 4), (0, 4, 2, 4), (0, 0, 2, 0)),
    "R": ((0, 0, 0, 4), (0, 4, 2, 4), (2, 4, 2, 2), (0, 2, 2, 2), (0.8, 2, 2, 0)),
    "O": ((0, 0, 0, 4), (2, 0, 2, 4), (0, 0, 2, 0), (0, 4, 2, 4)),
    "W": ((0, 4, 0.5, 0), (0.5, 0, 1, 2.2), (1, 2.2, 1.5, 0), (1.5, 0, 2, 4)),
    "N": ((0, 0, 0, 4), (0, 4, 2, 0), (2, 0, 2, 4)),
}  # fmt: skip
"""Block capitals as strokes (x0, y0, x1, y1) on a grid 2 wide and 4 high."""


def _letters(text: str, m: np.ndarray, h: float, slot) -> list[Part]:
    """Painted block capitals h high on the face z = 0 under m, centred on x = 0 above y = 0."""
    g = h / 4
    pitch = 3.2 * g
    x0 = -(len(text) * pitch - 1.2 * g) / 2
    parts = []
    for i, ch in enumerate(text):
        for a, b, c, d in _STROKES[ch]:
            p = [(m @ np.array([x0 + i * pitch + u * g, v * g, 0.0, 1.0]))[:3] for u, v in
                 ((a, b), (c, d))]  # fmt: skip
            parts.append(rod(p[0], p[1], g * 0.75, slot))
    return parts


_BAR = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])
"""A square bar's cross-section for ``tube`` (scaled to a flat iron strap)."""


def _scroll(c, r: float, turns: float, a0: float, s: int, slot="marking") -> Part:
    """A flat iron scroll in the xy plane round (x, y) c: a spiral from radius r curling in."""
    t = np.linspace(0, 1, int(10 * turns) + 3)
    ang = a0 + s * t * turns * 2 * np.pi
    rad = r * (1 - 0.75 * t)
    pts = [
        (c[0] + q * np.cos(g), c[1] + q * np.sin(g), c[2]) for q, g in zip(rad, ang, strict=True)
    ]
    return tube(pts, 0.007, None, slot, shape=_BAR * [1.0, 1.6])


def _pub_sign(rng: Rng) -> list[Part]:
    """A pub sign hanging from a wrought-iron bracket: a short rendered wall pier on the left,
    an iron arm sticking out from its plate with a curved brace and curling scrolls beneath it
    and a ball finial at its end, and on two short chains from the arm a framed wooden
    signboard painted with a big crown over two lines of lettering."""
    bx, by, bw, bh = 0.06, 0.22, 0.56, 0.66
    sway = float(rng.uniform(-3, 3))
    board = at(bx, by + bh, 0) @ rot("z", sway) @ at(0, -bh, 0)
    parts = [box(bw, bh, 0.035, board, 0, "body")]
    for s in (-1, 1):  # the gilt frame, both faces
        for side in (-1, 1):
            f = board @ at(0, 0, side * 0.02)
            parts.append(box(bw + 0.03, 0.035, 0.02, f @ at(0, (bh + 0.01) * (s + 1) / 2 - 0.02,
                                                             0), 1))  # fmt: skip
            parts.append(box(0.035, bh + 0.04, 0.02, f @ at(s * (bw / 2), -0.02, 0), 1))
    for side in (-1, 1):
        face = board @ at(0, 0, side * 0.0175) @ rot("y", 90 - side * 90)
        parts += _crown(face @ at(0, 0.31, 0), 1)
        if side > 0:  # the name, on the face to the street
            parts += _letters("THE", face @ at(0, 0.2, 0.004), 0.06, 1)
            parts += _letters("CROWN", face @ at(0, 0.08, 0.004), 0.07, 1)
    arm_y = by + bh + 0.2
    wall = -0.44
    parts.append(box(0.16, 1.3, 0.5, at(wall - 0.08, 0, 0), "plaster"))  # the wall pier
    parts.append(box(0.17, 0.1, 0.51, at(wall - 0.08, 0, 0), "stones"))
    parts.append(box(0.016, 0.36, 0.1, at(wall + 0.008, arm_y - 0.28, 0), "marking"))  # plate
    tip = 0.45
    parts.append(box(tip - wall, 0.03, 0.024, at((tip + wall) / 2, arm_y - 0.015, 0), "marking"))
    parts.append(sphere(0.028, at(tip + 0.02, arm_y, 0), "marking"))
    parts.append(tube([(tip + 0.04, arm_y, 0), (tip + 0.09, arm_y, 0)], [0.012, 0.0], None,
                      "marking"))  # fmt: skip
    brace = [(wall + 0.01, arm_y - 0.26, 0), (wall + 0.14, arm_y - 0.16, 0),
             (wall + 0.3, arm_y - 0.06, 0), (wall + 0.5, arm_y - 0.01, 0)]  # fmt: skip
    parts.append(tube(brace, 0.01, None, "marking", shape=_BAR * [1.0, 1.2]))
    parts.append(_scroll((wall + 0.11, arm_y - 0.085, 0), 0.065, 1.3, np.pi / 2, 1))
    parts.append(_scroll((wall + 0.3, arm_y - 0.045, 0), 0.035, 1.2, np.pi / 2, -1))
    for dx in (-bw / 2 + 0.06, bw / 2 - 0.06):  # the chains and the board's eyes
        eye = (board @ np.array([dx, bh + 0.01, 0.0, 1.0]))[:3]
        parts += chain([(bx + dx, arm_y - 0.02, 0), eye], 5, "marking", 0.011)
        parts.append(cylinder(0.008, 0.008, 0.03, board @ at(dx, bh - 0.02, 0), "marking"))
    return parts


# 1239: a cod


_COD = [(-0.38, 0.022, 0.014), (-0.3, 0.04, 0.024), (-0.2, 0.07, 0.044), (-0.08, 0.098, 0.064),
        (0.05, 0.116, 0.077), (0.17, 0.122, 0.082), (0.27, 0.118, 0.08), (0.36, 0.102, 0.072),
        (0.43, 0.08, 0.058), (0.48, 0.052, 0.04), (0.505, 0.018, 0.018)]  # fmt: skip
"""The cod's body stations: x (the nose to +x), half depth, half width."""


def _cod_at(x: float) -> tuple[float, float, float]:
    """The cod's body centre height offset, half depth and half width at x."""
    xs, hs, ws = zip(*_COD, strict=True)
    h, w = float(np.interp(x, xs, hs)), float(np.interp(x, xs, ws))
    return -0.15 * h * np.clip((x + 0.1) / 0.3, 0, 1) * np.clip((0.45 - x) / 0.2, 0, 1), h, w


def _cod_skin(x: float, f: float, side: int, cy: float):
    """The point and outward normal on the cod's flank at x, at height fraction f (-1 belly to 1
    back) on side +-1."""
    dy, h, w = _cod_at(x)
    c = np.sqrt(max(1 - f * f, 0.0))
    p = np.array([x, cy + dy + f * h, side * w * c])
    n = unit(np.array([0.0, f / h, side * c / w]))
    return p, n


def _cod(rng: Rng) -> list[Part]:
    """An Atlantic cod swimming above a low stand, head to +x: a heavy round body deepest
    behind a big blunt head, the upper jaw overhanging the lower with a single barbel under the
    chin, three rounded dorsal fins in a row and two anal fins beneath, a square-cut tail, a pale
    lateral line arching over the pectoral fin, its back and flanks speckled with spots and its
    belly pale."""
    cy = 0.36
    xs = np.array([s[0] for s in _COD])
    rows = [_cod_at(x) for x in xs]
    c = [(x, cy + r[0], 0.0) for x, r in zip(xs, rows, strict=True)]
    u = [(0.0, r[1], 0.0) for r in rows]
    v = [(0.0, 0.0, r[2]) for r in rows]
    parts = [loft(c, u, v, ellipse(1.0, 1.0, 24), 0, "body")]
    belly = [(x, cy + r[0] - 0.55 * r[1], 0.0) for x, r in zip(xs, rows, strict=True)]
    bu = [(0.0, r[1] * 0.47, 0.0) for r in rows]
    bv = [(0.0, 0.0, r[2] * 0.86) for r in rows]
    parts.append(loft(belly[1:-2], bu[1:-2], bv[1:-2], ellipse(1.0, 1.0, 20), "snow"))
    for x0, x1, hgt in ((0.1, 0.25, 0.1), (-0.12, 0.08, 0.085), (-0.34, -0.14, 0.07)):
        parts += _fin(x0, x1, cy, hgt, 1)
    for x0, x1, hgt in ((-0.12, 0.06, 0.07), (-0.34, -0.14, 0.06)):
        parts += _fin(x0, x1, cy, hgt, -1)
    tail = [(-0.36, 0.02), (-0.5, 0.12), (-0.52, 0.06), (-0.52, -0.06), (-0.5, -0.12),
            (-0.36, -0.02)]  # fmt: skip
    parts.append(slab(sharp(tail), 0.012, at(0, cy, 0) @ at(0, 0, -0.006), 0))
    for s in (-1, 1):
        p, n = _cod_skin(0.25, -0.15, s, cy)  # the pectoral fin
        pec = at(*p) @ rot("y", s * 20) @ rot("z", 195)
        parts.append(slab([(0, -0.025), (0.09, -0.02), (0.12, 0.0), (0.09, 0.025), (0, 0.025)],
                          0.006, pec, 0))  # fmt: skip
        pel = at(0.32, cy - 0.07, s * 0.03) @ rot("x", s * 15) @ rot("z", 200)  # pelvic fins
        parts.append(slab([(0, -0.012), (0.08, -0.004), (0.09, 0.004), (0, 0.012)], 0.005, pel, 0))
        eye = _cod_skin(0.4, 0.45, s, cy)[0]
        parts.append(sphere(1.0, at(*eye) @ scl(0.019, 0.019, 0.01), "cloth-yellow"))
        parts.append(sphere(1.0, at(*eye) @ at(0, 0, s * 0.005) @ scl(0.012, 0.012, 0.008),
                            "pupil"))  # fmt: skip
        gill = [_cod_skin(0.33, f, s, cy)[0] + _cod_skin(0.33, f, s, cy)[1] * 0.002
                for f in (0.55, 0.2, -0.2, -0.6)]  # fmt: skip
        gill = [g + np.array([0.03 * (1 - abs(f)), 0, 0]) for g, f in zip(gill, (0.55, 0.2, -0.2,
                -0.6), strict=True)]  # fmt: skip
        parts.append(tube(gill, 0.005, None, 0))
        mouth = [_cod_skin(x, -0.25, s, cy)[0] for x in (0.43, 0.47, 0.5)]
        parts.append(tube(mouth, 0.004, None, "marking"))
        lat = [
            _cod_skin(x, f, s, cy)
            for x, f in (
                (0.32, 0.45),
                (0.2, 0.5),
                (0.05, 0.4),
                (-0.1, 0.15),
                (-0.25, 0.05),
                (-0.35, 0.0),
            )
        ]
        parts.append(tube([p + n * 0.002 for p, n in lat], 0.0028, None, "snow"))
    chin = (0.46, cy - 0.045, 0.0)  # the barbel
    parts.append(
        tube(
            [chin, (0.47, cy - 0.075, 0.0), (0.465, cy - 0.1, 0.0)], [0.006, 0.004, 0.002], None, 0
        )
    )
    pts, nrm = [], []
    for _ in range(120):  # the speckles
        x = float(rng.uniform(-0.3, 0.42))
        f = float(rng.uniform(0.05, 0.95))
        p, n = _cod_skin(x, f, int(rng.choice((-1, 1))), cy)
        pts.append(p)
        nrm.append(n)
    parts.append(studs(pts, nrm, 0.011, 0.004, 1))
    parts.append(cylinder(0.12, 0.12, 0.025, None, "marking"))  # the stand
    parts.append(stick((0.0, 0.02, 0.0), (0.0, cy - 0.08, 0.0), 0.012, "steel"))
    return parts


def _fin(x0: float, x1: float, cy: float, height: float, side: int) -> list[Part]:
    """A rounded soft fin on the cod's back (side 1) or belly (-1) from x0 to x1."""
    pts = []
    for t in np.linspace(0, 1, 9):
        x = x1 + (x0 - x1) * t
        dy, h, _ = _cod_at(x)
        rise = height * np.sin(np.pi * min(t * 1.3, 1.0)) ** 0.7 * (1 - 0.3 * t)
        pts.append((x, cy + dy + side * (h * 0.85 + rise)))
    for t in np.linspace(1, 0, 5):
        x = x1 + (x0 - x1) * t
        dy, h, _ = _cod_at(x)
        pts.append((x, cy + dy + side * h * 0.7))
    outline = ccw(np.asarray(pts))
    return [flat_solid(lambda n: [outline], 0.008, at(0, 0, -0.004), 0)]


# 1240: a shotgun house


def _turned_post(x: float, z: float, y0: float, h: float) -> Part:
    """A slim turned porch column from y0, h tall: a square base and top, a spindle between."""
    prof = [(0.0, 0.0), (0.022, 0.0), (0.022, 0.06), (0.014, 0.07), (0.016, 0.1), (0.011, 0.13),
            (0.011, h - 0.14), (0.015, h - 0.1), (0.011, h - 0.07), (0.02, h - 0.05),
            (0.02, h), (0.0, h)]  # fmt: skip
    return lathe(prof, at(x, y0, z), "snow")


def _shutter_window(m: np.ndarray, w: float, h: float) -> list[Part]:
    """A tall window facing +z under m (its sill's middle at 0) between two louvred shutters
    folded back flat to the wall."""
    parts = window(m, w, h, "snow")
    for s in (-1, 1):
        sm = m @ at(s * (w / 2 + w * 0.27), 0, 0.005)
        parts.append(box(w * 0.5, h, 0.014, sm, "chalkboard"))
        rows = [(-w * 0.2, w * 0.2, h * (k + 0.5) / 9) for k in range(9)]
        parts.append(lines(sm @ at(0, 0, 0.007), rows, h * 0.035, 0.004, "marking"))
    return parts


def _siding(m: np.ndarray, w: float, y0: float, y1: float) -> Part:
    """Clapboard lines on a wall's face z = 0 under m, w wide, from height y0 to y1."""
    n = int((y1 - y0) / 0.03)
    rows = [(-w / 2, w / 2, y0 + 0.03 * (k + 0.5)) for k in range(n)]
    return lines(m, rows, 0.005, 0.004, "marking")


def _shotgun_house(rng: Rng) -> list[Part]:
    """A shotgun house: a long narrow single-storey clapboard house one room wide, raised on
    low brick piers, its narrow gable end to the street under a steep roof running far back;
    a deep front porch under the roof on slim turned white columns with fretwork brackets, a
    door with a transom light and one tall window between dark louvred shutters on the front,
    steps up to the porch, shuttered windows down the long side and a chimney on the ridge."""
    W, zf, zb, porch = 0.36, 0.3, -0.6, 0.2
    fl, wall = 0.1, 0.36
    D = zf - zb
    parts = [box(W, wall, D, at(0, fl, (zf + zb) / 2), 0, "body")]
    parts.append(box(W + 0.01, 0.03, D + porch + 0.01, at(0, fl - 0.03, (zf + zb + porch) / 2),
                     0))  # the floor # fmt: skip
    for x in (-W / 2 + 0.03, W / 2 - 0.03):  # the piers
        for z in np.linspace(zb + 0.04, zf + porch - 0.04, 6):
            parts.append(box(0.05, fl - 0.03, 0.05, at(x, 0, z), "stones"))
    rise = 0.2
    gab = [(-W / 2, 0.0), (W / 2, 0.0), (0.0, rise)]
    for z in (zf, zb - 0.02):  # the gables
        parts.append(slab(sharp(gab), 0.02, at(0, fl + wall, z), 0))
    parts += gable(W, D + porch, fl + wall, rise, at(0, 0, (zf + zb + porch) / 2), 1)
    ridge = at(0, fl + wall + rise + 0.004, (zf + zb + porch) / 2)
    parts.append(box(0.03, 0.02, D + porch + 0.08, ridge, 1))
    zc = zb + 0.3 + float(rng.uniform(-0.05, 0.05))  # the chimney
    parts.append(box(0.06, 0.14, 0.07, at(0.0, fl + wall + rise - 0.04, zc), "stones"))
    front = at(0, 0, zf + 0.001)
    parts.append(_siding(front, W, fl, fl + wall))
    for s in (-1, 1):
        side = at(s * (W / 2 + 0.001), 0, (zf + zb) / 2) @ rot("y", s * 90)
        parts.append(_siding(side, D, fl, fl + wall))
        for z in (-0.28, 0.0, 0.28):
            parts += _shutter_window(side @ at(z, fl + 0.08, 0.003), 0.08, 0.2)
    door = at(-0.08, fl, zf + 0.004)
    parts.append(
        box(0.1, 0.24, 0.012, door, ("cloth-dark", "card-red", "plume")[int(rng.integers(3))])
    )
    parts.append(box(0.12, 0.02, 0.014, door @ at(0, 0.24, 0), "snow"))
    parts.append(box(0.1, 0.05, 0.01, door @ at(0, 0.26, 0), "window"))
    parts.append(box(0.12, 0.02, 0.014, door @ at(0, 0.31, 0), "snow"))
    for s in (-1, 1):
        parts.append(box(0.012, 0.33, 0.014, door @ at(s * 0.056, 0, 0), "snow"))
    parts.append(sphere(0.008, door @ at(0.03, 0.12, 0.01), "copper"))
    parts += _shutter_window(at(0.09, fl + 0.05, zf + 0.004), 0.08, 0.26)
    zp = zf + porch - 0.03  # the porch
    for x in (-W / 2 + 0.025, W / 2 - 0.025):
        parts.append(_turned_post(x, zp, fl, wall))
    parts.append(box(W + 0.02, 0.05, 0.03, at(0, fl + wall - 0.05, zp), "snow"))  # the frieze
    for s in (-1, 1):  # fretwork brackets
        x = s * (W / 2 - 0.04)
        parts.append(slab(sharp([(0, 0), (s * 0.06, 0), (0, -0.06)]), 0.012,
                          at(x, fl + wall - 0.05, zp - 0.006), "snow"))  # fmt: skip
    for k, y in enumerate((0.033, 0.066)):  # the steps
        parts.append(box(0.16, y, 0.05, at(-0.08, 0, zf + porch + 0.025 + 0.05 * (1 - k)), 0))
    for s in (-1, 1):  # the bargeboards
        half = W / 2 + 0.04
        pitch = np.degrees(np.arctan2(rise, half))
        ln = float(np.hypot(half, rise))
        bm = at(s * half / 2, fl + wall + rise / 2 - 0.03, zf + porch + 0.04) @ rot("z", -s * pitch)
        parts.append(box(ln, 0.035, 0.015, bm @ at(0, -0.0175, 0), "snow"))
    return parts


MORE_APPLIANCES_ZZZZD = {
    1233: _crab, 1234: _pint_of_stout, 1235: _currach, 1236: _fish_and_chips, 1237: _bodhran,
    1238: _pub_sign, 1239: _cod, 1240: _shotgun_house,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
