"""More of the device family's appliances, from 796: a utility pole, a clump of clover, a
clownfish, a flail, a halberd, a wine rack, a yurt, a dreamcatcher, a tomahawk, a tipi.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl
from ._primitives import DIAMOND, HEXAGON, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZV"]

Rng = np.random.Generator


def _plate(w: float, h: float, t: float, m: np.ndarray, slot=0, tag: str = "") -> Part:
    """A thin rectangular plate w × h in xy (centred), t thick along z."""
    pts = [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    return slab(sharp(pts), t, m, slot, tag)


def _thread(a, b, r: float, slot=0, shape=DIAMOND) -> Part:
    """A thin straight line (a thread, a wire) from a to b with a cheap cross-section."""
    return tube([a, b], r, None, slot, shape=shape)


def _bead(r: float, m: np.ndarray, slot=0) -> Part:
    """A small low-poly ball (a bead, a tentacle's tip)."""
    return lathe([(0.0, -r), (0.75 * r, -0.66 * r), (r, 0.0), (0.75 * r, 0.66 * r), (0.0, r)], m,
                 slot, sides=8)  # fmt: skip


def _ico() -> np.ndarray:
    """The 12 unit directions of an icosahedron's corners (a spiked ball's spikes)."""
    p = (1 + 5**0.5) / 2
    v = np.array([(-1, p, 0), (1, p, 0), (-1, -p, 0), (1, -p, 0), (0, -1, p), (0, 1, p),
                  (0, -1, -p), (0, 1, -p), (p, 0, -1), (p, 0, 1), (-p, 0, -1), (-p, 0, 1)],
                 float)  # fmt: skip
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _feather(m: np.ndarray, length: float, slot=1, tip="marking") -> list[Part]:
    """A feather hanging tip down from m's origin in m's xy plane: a quill and a vane with a
    dark tip."""
    w = 0.16 * length
    vane = [(0.0, -0.12 * length), (w * 0.8, -0.3 * length), (w, -0.6 * length),
            (w * 0.6, -0.9 * length), (0.0, -length), (-w * 0.6, -0.9 * length),
            (-w, -0.6 * length), (-w * 0.8, -0.3 * length)]  # fmt: skip
    parts = [slab(vane, 0.006 * length / 0.2, m, slot)]
    tipv = [(w * 0.62, -0.78 * length), (w * 0.5, -0.93 * length), (0.0, -1.005 * length),
            (-w * 0.5, -0.93 * length), (-w * 0.62, -0.78 * length),
            (0.0, -0.84 * length)]  # fmt: skip
    parts.append(slab(sharp(tipv), 0.009 * length / 0.2, m, tip))
    parts.append(tube([(0, 0.0, 0), (0, -0.98 * length, 0)], [0.012 * length, 0.004 * length],
                      m, "seed", shape=HEXAGON))  # fmt: skip
    return parts


# ---- 796 a utility pole -----------------------------------------------------------------------


def _utility_pole(rng: Rng) -> list[Part]:
    """A wooden utility (telegraph) pole: a tall thin straight pole standing in a patch of
    ground, a crossarm near its top on two braces carrying glass insulators with short stubs of
    wire, metal step spikes up its side, a transformer drum hung on one side."""
    h = 2.0
    parts = [cylinder(0.034, 0.026, h, None, 0, "body")]
    parts.append(cylinder(0.12, 0.0, 0.025, None, "soil"))  # the ground it stands in
    parts.append(cylinder(0.028, 0.0, 0.03, at(0, h, 0), 0))  # the weathered top
    ya = h - 0.14
    parts.append(_plate(0.62, 0.035, 0.035, at(0, ya, 0.045), 0))  # the crossarm
    for s in (-1, 1):  # its braces
        parts.append(_thread((0, ya - 0.2, 0.032), (s * 0.2, ya - 0.02, 0.045), 0.008, 1))
    for x in (-0.28, -0.16, 0.16, 0.28):  # the insulators and their wires
        y = ya + 0.0175
        parts.append(stick((x, y, 0.045), (x, y + 0.03, 0.045), 0.005, 1))
        bell = [(0.0, 0.0), (0.024, 0.0), (0.02, 0.02), (0.016, 0.036), (0.008, 0.05), (0.0, 0.052)]
        parts.append(lathe(bell, at(x, y + 0.02, 0.045), "glaze", sides=10))
        parts.append(torus(0.016, 0.004, at(x, y + 0.05, 0.045), "glaze"))
        sag = float(rng.uniform(0.0, 0.02))
        for s in (-1, 1):
            w = [(x, y + 0.052, 0.045), (x, y + 0.048 - sag, 0.045 + s * 0.22),
                 (x, y + 0.035 - 2 * sag, 0.045 + s * 0.42)]  # fmt: skip
            parts.append(tube(w, 0.0035, None, "marking", shape=DIAMOND))
    for k in range(9):  # the step spikes, alternating sides
        y = 0.55 + k * 0.13
        a = np.radians(20 + (k % 2) * 140)
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        r = 0.034 - 0.008 * y / h
        p0, p1 = d * (r - 0.005), d * (r + 0.07)
        parts.append(_thread((p0[0], y, p0[2]), (p1[0], y + 0.008, p1[2]), 0.006, "steel"))
        parts.append(sphere(0.009, at(p1[0], y + 0.01, p1[2]), "steel"))
    yt = h - 0.62  # the transformer on its bracket
    tx, tz = -0.14, 0.02
    parts.append(_plate(0.02, 0.14, 0.16, at(-0.05, yt + 0.12, 0.0) @ rot("y", 90), 1))
    parts.append(cylinder(0.075, 0.075, 0.22, at(tx, yt, tz), 1))
    parts.append(cylinder(0.08, 0.08, 0.02, at(tx, yt + 0.22, tz), 1))
    parts.append(cylinder(0.078, 0.078, 0.015, at(tx, yt - 0.005, tz), 1))
    for dx in (-0.03, 0.03):  # its bushings and leads up to the wires
        parts.append(cylinder(0.01, 0.008, 0.05, at(tx + dx, yt + 0.24, tz), "glaze"))
        parts.append(tube([(tx + dx, yt + 0.29, tz), (tx + dx * 2, yt + 0.45, tz + 0.03),
                           (-0.16 + dx, ya + 0.06, 0.045)], 0.003, None, "marking",
                          shape=DIAMOND))  # fmt: skip
    return parts


# ---- 797 a clover -----------------------------------------------------------------------------


def _leaflet(n: int) -> np.ndarray:
    """A clover leaflet's outline: a round heart, its point at the origin, its notch at y = 1."""
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    x = 0.5 * np.sin(t) * (1.0 - 0.15 * np.cos(t))
    y = 0.5 - 0.5 * np.cos(t)
    notch = 0.16 * np.exp(-(((t - np.pi) / 0.45) ** 2))
    point = 0.8 * np.exp(-((np.minimum(t, 2 * np.pi - t) / 0.9) ** 2))
    x = x * (1 - point)
    return np.stack([x, y - notch], 1)


def _trefoil(tip, size: float, yaw: float, tilt: float, leaves: int = 3) -> list[Part]:
    """Three (or four) flat heart leaflets spread round a stem's tip, each with a pale
    chevron, the leaf tilted by ``tilt`` toward the viewer."""
    parts = []
    face = at(*tip) @ rot("y", 45) @ rot("x", tilt) @ rot("y", -45)
    for k in range(leaves):
        a = yaw + 360.0 * k / leaves
        m = face @ rot("y", a) @ rot("x", -82) @ scl(size)
        parts.append(slab(_leaflet, 0.05, m, 0))
        for s in (-1, 1):  # the pale chevron, its point toward the stem
            arm = m @ at(s * 0.13, 0.47, 0.03) @ rot("z", s * 40)
            parts.append(_plate(0.34, 0.065, 0.02, arm, "seed"))
    return parts


def _pompom(top, r: float, slot=1) -> list[Part]:
    """A round clover flower head: a ball of many small tube florets."""
    parts = [sphere(r * 0.8, at(*top), slot)]
    for d in np.vstack([_ico(), -_ico()[:6] * [1, -0.3, 1]]):
        d = d / np.linalg.norm(d)
        p = np.asarray(top) + d * r * 0.55
        parts.append(cylinder(r * 0.22, r * 0.12, r * 0.55, at(*p) @ align(d), slot))
    return parts


def _clover(rng: Rng) -> list[Part]:
    """A low clump of clover: many thin stems fanning out of the ground, each ending in three
    flat round heart-shaped leaflets with a pale chevron, one with four; two round pink-white
    pompom flowers on taller stems."""
    parts = [cylinder(0.09, 0.05, 0.02, None, "soil", "body")]
    n = 10
    four = int(rng.integers(0, n))
    for k in range(n):
        a = 2.4 * k + float(rng.uniform(-0.15, 0.15))  # spread by the golden angle
        reach = 0.06 + 0.28 * np.sqrt((k + 0.5) / n)
        hgt = 0.26 - 0.14 * np.sqrt((k + 0.5) / n) + float(rng.uniform(-0.02, 0.02))
        tip = (reach * np.cos(a), hgt, reach * np.sin(a))
        mid = (0.5 * reach * np.cos(a), hgt * 0.7, 0.5 * reach * np.sin(a))
        parts.append(tube([(0.02 * np.cos(a), 0.01, 0.02 * np.sin(a)), mid, tip], 0.006, None, 0,
                          shape=HEXAGON))  # fmt: skip
        size = 0.1 + float(rng.uniform(-0.01, 0.01))
        tilt = 22 + float(rng.uniform(0, 15))
        parts += _trefoil(tip, size, float(rng.uniform(0, 120)), tilt, 4 if k == four else 3)
    for x, z, hgt in ((-0.15, 0.1, 0.34), (0.13, -0.12, 0.38)):  # the flowers
        a = np.arctan2(z, x)
        tip = (x, hgt, z)
        parts.append(tube([(0, 0.01, 0), (0.05 * np.cos(a), hgt * 0.5, 0.05 * np.sin(a)), tip],
                          0.006, None, 0, shape=HEXAGON))  # fmt: skip
        parts += _pompom((tip[0], tip[1] + 0.035, tip[2]), 0.045)
    return parts


# ---- 798 a clownfish --------------------------------------------------------------------------

_FISH = [(0.0, 0.0), (0.04, 0.005), (0.045, 0.05), (0.085, 0.14), (0.112, 0.25),
         (0.108, 0.35), (0.085, 0.43), (0.045, 0.485), (0.0, 0.5)]  # fmt: skip
"""The clownfish's body profile: (half depth, distance from the tail) to the nose."""


def _fish_r(u: float) -> float:
    """The fish's half depth at u along it (from the tail)."""
    r, h = zip(*_FISH, strict=True)
    return float(np.interp(u, h, r))


def _edged_fin(pts, t: float, m: np.ndarray) -> list[Part]:
    """A rounded fin in m's xy plane, in the main stuff with a thin black edge."""
    c = np.mean(np.asarray(pts), axis=0)
    rim = [tuple(c + (np.asarray(p) - c) * 1.14) for p in pts]
    return [slab(pts, t, m, 0), slab(rim, t * 0.5, m, "marking")]


def _fish_band(u0: float, u1: float, body: np.ndarray) -> list[Part]:
    """A white band round the fish from u0 to u1, edged in black."""
    parts = []
    for slot, lo, hi, grow in (("marking", u0 - 0.012, u1 + 0.012, 1.035), ("snow", u0, u1, 1.07)):
        us = np.linspace(lo, hi, 4)
        prof = [(_fish_r(u) * grow + 0.003, u) for u in us]
        parts.append(lathe(prof, body, slot, sides=14))
    return parts


def _clownfish(rng: Rng) -> list[Part]:
    """A clownfish swimming a little above the ground: a small plump orange fish with three bold
    white bands (behind the head, round the middle, at the tail's base) edged in black, rounded
    black-edged fins and tail and a big eye; beside it a small sea anemone of waving tentacles."""
    L = 0.5
    yaw = 28.0 + float(rng.uniform(-4, 4))
    fish = at(0.14, 0.47, 0.1) @ rot("y", yaw) @ rot("z", 4)
    body = fish @ at(-L / 2, 0, 0) @ rot("z", -90) @ scl(1, 1, 0.6)
    parts = [lathe(_FISH, body, 0, "body")]
    for u0, u1 in ((0.05, 0.085), (0.2, 0.27), (0.37, 0.405)):
        parts += _fish_band(u0, u1, body)
    x = -L / 2  # fins, in the fish's frame (nose at +x)
    dorsal = [(x + 0.1, 0.07), (x + 0.12, 0.13), (x + 0.2, 0.19), (x + 0.26, 0.16),
              (x + 0.33, 0.15), (x + 0.38, 0.1), (x + 0.3, 0.08)]  # fmt: skip
    parts += _edged_fin(dorsal, 0.02, fish)
    tail = [(x + 0.02, 0.03), (x - 0.07, 0.1), (x - 0.12, 0.07), (x - 0.13, 0.0), (x - 0.12, -0.07),
            (x - 0.07, -0.1), (x + 0.02, -0.03)]  # fmt: skip
    parts += _edged_fin(tail, 0.02, fish)
    anal = [(x + 0.08, -0.05), (x + 0.08, -0.1), (x + 0.13, -0.14), (x + 0.19, -0.11),
            (x + 0.2, -0.07)]  # fmt: skip
    parts += _edged_fin(anal, 0.02, fish)
    for s in (-1, 1):
        side = fish @ at(x + 0.33, -0.03, s * 0.06) @ rot("y", s * -25) @ rot("z", -15)
        fin = [(0.0, 0.02), (-0.07, 0.04), (-0.1, 0.0), (-0.07, -0.04), (0.0, -0.02)]
        parts += _edged_fin(fin, 0.012, side)
        pelvic = fish @ at(x + 0.3, -0.1, s * 0.035) @ rot("x", s * 20)
        parts += _edged_fin([(0.02, 0.0), (-0.04, -0.01), (-0.07, -0.05), (-0.02, -0.05)], 0.012,
                            pelvic)  # fmt: skip
        eye = fish @ at(x + 0.43, 0.025, s * 0.05)
        parts.append(sphere(1.0, eye @ scl(0.032, 0.032, 0.015), "sclera"))
        parts.append(sphere(1.0, eye @ at(0, 0, s * 0.006) @ scl(0.022, 0.022, 0.012), "pupil"))
        parts.append(_bead(0.005, eye @ at(0.007, 0.008, s * 0.016), "snow"))
    parts += _anemone((-0.2, 0.0, -0.08), rng)
    return parts


def _anemone(p, rng: Rng) -> list[Part]:
    """A small sea anemone: a short column, its disc ringed with many waving tentacles."""
    col = [(0.0, 0.0), (0.13, 0.0), (0.11, 0.05), (0.12, 0.09), (0.16, 0.12), (0.0, 0.125)]
    parts = [lathe(col, at(*p), 1)]
    for ring, r, n in ((0, 0.15, 15), (1, 0.1, 10), (2, 0.05, 5)):
        for j in range(n):
            a = 2 * np.pi * (j + 0.5 * ring) / n
            c, s = np.cos(a), np.sin(a)
            ln = 0.13 + 0.04 * ring + float(rng.uniform(-0.02, 0.02))
            out = 0.07 - 0.025 * ring
            sway = 0.035 * np.sin(3 * a + 2 * ring)
            mid, end = r + out * 0.6, r + out
            pts = [(p[0] + r * c, 0.11, p[2] + r * s),
                   (p[0] + mid * c - sway * s, 0.11 + ln * 0.5, p[2] + mid * s + sway * c),
                   (p[0] + end * c + sway * s, 0.11 + ln, p[2] + end * s - sway * c)]  # fmt: skip
            parts.append(tube(pts, [0.013, 0.011, 0.008], None, 1, shape=HEXAGON))
            tip = np.asarray(pts[-1]) + (np.asarray(pts[-1]) - np.asarray(pts[1])) * 0.25
            parts.append(tube([pts[-1], tuple(tip)], [0.009, 0.006], None, "eraser", shape=HEXAGON))
    return parts


# ---- 799 a flail ------------------------------------------------------------------------------


def _spiked_ball(c, r: float, slot=1) -> list[Part]:
    """An iron ball studded with conical spikes."""
    parts = [sphere(r, at(*c), slot)]
    for d in _ico():
        parts.append(cylinder(r * 0.28, 0.0, r * 0.75, at(*(np.asarray(c) + d * r * 0.85))
                              @ align(d), slot))  # fmt: skip
    return parts


def _chain(top, bottom, n: int, slot=1) -> list[Part]:
    """A chain of n big oval links from top down to bottom, each link turned to the last."""
    top, bottom = np.asarray(top, float), np.asarray(bottom, float)
    d = bottom - top
    step = d / n
    parts = []
    for k in range(n):
        c = top + step * (k + 0.5)
        m = at(*c) @ align(-d) @ rot("y", 90 * k) @ rot("x", 90) @ scl(0.6, 1, 1)
        parts.append(torus(float(np.linalg.norm(step)) * 0.72, 0.009, m, slot))
    return parts


def _flail(rng: Rng) -> list[Part]:
    """A flail: a wooden handle standing on its end and leaning, an iron cap and ring at its top
    from which a chain of a few big links hangs down to a spiked iron ball."""
    lean = 26.0 + float(rng.uniform(-3, 3))
    hm = rot("y", 45) @ rot("z", lean)
    grip = [(0.0, 0.0), (0.032, 0.0), (0.036, 0.03), (0.026, 0.06), (0.024, 0.3), (0.028, 0.62),
            (0.03, 0.7), (0.0, 0.7)]  # fmt: skip
    parts = [lathe(grip, hm, 0, "body")]
    for y in (0.08, 0.13, 0.18, 0.23):  # the leather grip's wraps
        parts.append(torus(0.026, 0.006, hm @ at(0, y, 0), "cork"))
    parts.append(cylinder(0.034, 0.03, 0.09, hm @ at(0, 0.64, 0), 1))  # the iron cap
    top = (hm @ np.array([0.0, 0.76, 0.0, 1.0]))[:3]
    parts.append(torus(0.03, 0.009, at(*top) @ rot("x", 90), 1))
    swing = float(rng.uniform(-0.03, 0.03))
    ball = top + np.array([swing, -0.34, swing])
    parts += _chain(top + np.array([0, -0.03, 0]), ball + np.array([0, 0.08, 0]), 4)
    parts += _spiked_ball(tuple(ball), 0.075)
    return parts


# ---- 800 a halberd ----------------------------------------------------------------------------


def _halberd(rng: Rng) -> list[Part]:
    """A halberd standing upright: a long wooden shaft with a steel head at its top, an axe
    blade on one side, a hooked spike on the back and a long spear point on top, steel langets
    running down the shaft, a spike at its foot."""
    m = rot("y", float(rng.uniform(-6, 6)) + 28)
    top = 1.6
    parts = [cylinder(0.017, 0.016, top + 0.1, m @ at(0, 0.06, 0), 0, "body")]
    parts.append(cylinder(0.004, 0.018, 0.07, m, 1))  # the foot's spike
    parts.append(cylinder(0.019, 0.019, 0.04, m @ at(0, 0.06, 0), 1))
    for z in (-1, 1):  # the langets
        parts.append(_plate(0.012, 0.34, 0.006, m @ at(0, top - 0.17, z * 0.018), 1))
        for y in (top - 0.3, top - 0.15):
            parts.append(sphere(0.005, m @ at(0, y, z * 0.022), 1))
    parts.append(cylinder(0.024, 0.024, 0.2, m @ at(0, top - 0.02, 0), 1))  # the socket
    blade = [(0.02, top + 0.03), (0.14, top - 0.04), (0.24, top - 0.09), (0.28, top + 0.06),
             (0.27, top + 0.2), (0.23, top + 0.31), (0.14, top + 0.19),
             (0.02, top + 0.17)]  # fmt: skip
    parts.append(slab(sharp(blade), 0.014, m, 1))
    edge = [(0.245, top - 0.08), (0.28, top + 0.06), (0.24, top + 0.3), (0.262, top + 0.06)]
    parts.append(slab(sharp(edge), 0.006, m, "steel"))  # its bright edge
    hook = [(-0.02, top + 0.05), (-0.02, top + 0.15), (-0.12, top + 0.1), (-0.23, top + 0.0),
            (-0.11, top + 0.06)]  # fmt: skip
    parts.append(slab(sharp(hook), 0.016, m, 1))
    spear = [(0.0, top + 0.16), (0.032, top + 0.28), (0.02, top + 0.45), (0.0, top + 0.6)]
    parts.append(lathe(spear, m @ scl(1, 1, 0.45), 1, sides=4))
    return parts


# ---- 801 a wine rack --------------------------------------------------------------------------

_BOTTLE = [(0.0, 0.0), (0.039, 0.0), (0.04, 0.19), (0.032, 0.222), (0.015, 0.25), (0.014, 0.29),
           (0.017, 0.295), (0.0, 0.3)]  # fmt: skip
"""A wine bottle's profile, base to lip."""


def _clip(c: float, sign: int, w: float, h: float) -> tuple[np.ndarray, np.ndarray] | None:
    """The part of the line y = sign * x + c inside the box |x| <= w, |y| <= h."""
    pts = []
    for x in (-w, w):
        y = sign * x + c
        if -h <= y <= h:
            pts.append((x, y))
    for y in (-h, h):
        x = (y - c) * sign
        if -w <= x <= w:
            pts.append((x, y))
    pts = sorted(set(pts))
    if len(pts) < 2:
        return None
    return np.asarray(pts[0]), np.asarray(pts[-1])


def _wine_rack(rng: Rng) -> list[Part]:
    """A wooden wine rack: a square frame filled with a lattice of crossed diagonal slats
    making diamond cells, dark wine bottles lying in many of the cells, their necks pointing
    out at the viewer."""
    w, h, d, t = 0.36, 0.36, 0.2, 0.024
    yc = h + t + 0.04
    parts = [_plate(2 * w + 2 * t, 0.04, d, at(0, 0.02, 0), 0, "body")]  # the plinth
    for s in (-1, 1):
        parts.append(_plate(t, 2 * h + 2 * t, d, at(s * (w + t / 2), yc, 0), 0))
        parts.append(_plate(2 * w + 2 * t, t, d, at(0, yc + s * (h + t / 2), 0), 0))
    sp = 0.16
    for sign in (-1, 1):  # the slats
        for j in range(-6, 7):
            seg = _clip(j * sp, sign, w, h)
            if seg is None or np.linalg.norm(seg[1] - seg[0]) < 0.02:
                continue
            a, b = seg
            mid = (a + b) / 2
            ln = float(np.linalg.norm(b - a))
            parts.append(_plate(ln, 0.008, d - 0.01, at(mid[0], yc + mid[1], 0)
                                @ rot("z", 45 * sign), 0))  # fmt: skip
    cells = []
    for i in range(-6, 7):
        for j in range(-6, 7):
            x, y = (i + j + 1) * sp / 2, (j - i) * sp / 2
            if abs(x) < w - 0.05 and abs(y) < h - 0.05:
                cells.append((x, y))
    for k, (x, y) in enumerate(cells):
        if rng.uniform() < 0.15:
            continue
        m = at(x, yc + y, -d / 2) @ rot("x", 90) @ rot("y", float(rng.uniform(0, 360)))
        parts.append(lathe(_BOTTLE, m, 1, sides=10))
        cap = "card-red" if k % 3 else "marking"
        parts.append(cylinder(0.0165, 0.0165, 0.05, m @ at(0, 0.248, 0), cap))
    return parts


# ---- 802 a yurt -------------------------------------------------------------------------------


def _yurt(rng: Rng) -> list[Part]:
    """A yurt: a round felt tent with a low round wall banded by a wooden lattice, a shallow cone
    roof rising to a wooden crown ring at its top, ropes bound round it and a small painted
    wooden door at the front."""
    r, wall, peak = 1.0, 0.5, 0.95
    parts = [cylinder(r, r, wall, None, 0, "body")]
    parts.append(cylinder(r + 0.05, 0.17, peak - wall, at(0, wall, 0), 0))  # the roof
    parts.append(torus(r + 0.045, 0.025, at(0, wall + 0.01, 0), 0))  # its rolled edge
    parts.append(cylinder(0.19, 0.19, 0.05, at(0, peak - 0.02, 0), 1))  # the crown ring
    parts.append(torus(0.19, 0.025, at(0, peak + 0.03, 0), 1))
    parts.append(cylinder(0.12, 0.0, 0.08, at(0, peak + 0.03, 0), 1))
    for k in range(4):  # the crown's cross
        parts.append(_plate(0.38, 0.025, 0.025, at(0, peak + 0.04, 0) @ rot("y", 45 * k), 1))
    y0, y1 = 0.16, 0.36
    n = 36
    for k in range(n):  # the lattice band
        a = 360.0 * k / n
        for s in (-1, 1):
            m = rot("y", a) @ at(0, (y0 + y1) / 2, r + 0.006) @ rot("z", s * 40)
            parts.append(_plate(0.3, 0.018, 0.012, m, 1))
    for y in (y0 - 0.005, y1 + 0.005, 0.05):  # the ropes round the wall
        parts.append(torus(r + 0.012, 0.012, at(0, y, 0), "cork"))
    for k in range(12):  # the roof ropes
        a = 2 * np.pi * k / 12 + np.pi / 12
        c, s = np.cos(a), np.sin(a)
        parts.append(stick((c * (r + 0.055), wall + 0.01, s * (r + 0.055)),
                           (c * 0.2, peak - 0.01, s * 0.2), 0.009, "cork"))  # fmt: skip
    parts.append(torus(0.6, 0.012, at(0, wall + 0.2, 0), "cork"))
    dz = r + 0.01  # the door
    parts.append(_plate(0.38, 0.44, 0.04, at(0, 0.22, dz), 1))
    parts.append(_plate(0.3, 0.38, 0.04, at(0, 0.21, dz + 0.015), "card-red"))
    for y in (0.12, 0.3):
        parts.append(_plate(0.22, 0.12, 0.01, at(0, y, dz + 0.036), "cloth-yellow"))
        parts.append(_plate(0.06, 0.06, 0.01, at(0, y, dz + 0.042) @ rot("z", 45), "card-red"))
    parts.append(_plate(0.5, 0.06, 0.06, at(0, 0.47, dz + 0.02), 1))  # the lintel
    return parts


# ---- 803 a dreamcatcher -----------------------------------------------------------------------


def _dreamcatcher(rng: Rng) -> list[Part]:
    """A dreamcatcher hanging: a leather-wrapped hoop with a spider-web net of thread inside
    strung with a few beads, a loop at its top to hang it by, three feathers hanging below on
    beaded strings."""
    R, cy = 0.3, 0.72
    hoop = at(0, cy, 0) @ rot("x", 90)
    parts = [torus(R, 0.018, hoop, 0, "body")]
    wrap = []
    for k in range(121):  # the leather wrap spiralling round the hoop
        a = 2 * np.pi * k / 120
        b = a * 28
        rr = R + 0.018 * np.cos(b)
        wrap.append((rr * np.cos(a), cy + rr * np.sin(a), 0.018 * np.sin(b)))
    parts.append(tube(wrap, 0.006, None, 0, shape=DIAMOND))
    n = 8
    pts = [np.array([R * np.cos(a), R * np.sin(a)]) for a in np.arange(n) * 2 * np.pi / n]
    for ring in range(7):  # the web, each round tied to the middles of the last
        nxt = []
        for i in range(n):
            a, b = pts[i], pts[(i + 1) % n]
            parts.append(_thread((a[0], cy + a[1], 0), (b[0], cy + b[1], 0), 0.0025, "seed"))
            nxt.append((a + b) / 2 * 0.86)
        pts = nxt
        if ring in (2, 4):
            p = pts[ring]
            parts.append(sphere(0.014, at(p[0], cy + p[1], 0), "glaze"))
    parts.append(sphere(0.016, at(0, cy, 0), "card-red"))
    parts.append(torus(0.04, 0.007, at(0, cy + R + 0.055, 0) @ rot("x", 90), 0))  # the loop
    for k, ang in enumerate((-120, -90, -60)):  # the feathers on their strings
        a = np.radians(ang)
        p = np.array([R * np.cos(a), cy + R * np.sin(a), 0.0])
        drop = 0.12 if k != 1 else 0.2
        q = p + np.array([0.0, -drop, 0.0])
        parts.append(_thread(tuple(p), tuple(q), 0.003, 0))
        parts.append(sphere(0.016, at(*(p + q) / 2), ("card-red", "glaze", "card-red")[k]))
        parts.append(cylinder(0.012, 0.012, 0.025, at(*q) @ at(0, -0.02, 0), 0))
        tilt = float(rng.uniform(-6, 6))
        parts += _feather(at(*q) @ at(0, -0.015, 0) @ rot("z", tilt), 0.26 - 0.03 * abs(k - 1), 1)
    return parts


# ---- 804 a tomahawk ---------------------------------------------------------------------------


def _tomahawk(rng: Rng) -> list[Part]:
    """A tomahawk standing on the end of its short wooden handle: a small iron head at its top
    with a narrow blade flaring out on one side and a pipe bowl on the back, a leather wrap
    below the head with two feathers tied to it, a wrapped grip."""
    ln = 0.55
    m = rot("z", float(rng.uniform(-3, 3)))
    shaft = [(0.0, 0.0), (0.02, 0.0), (0.018, 0.2), (0.016, 0.45), (0.017, ln), (0.0, ln + 0.01)]
    parts = [lathe(shaft, m, 0, "body")]
    yh = ln - 0.05
    parts.append(cylinder(0.024, 0.024, 0.07, m @ at(0, yh - 0.01, 0), 1))  # the eye
    blade = [(0.02, yh + 0.005), (0.09, yh - 0.005), (0.17, yh - 0.035), (0.18, yh + 0.03),
             (0.17, yh + 0.09), (0.09, yh + 0.055), (0.02, yh + 0.055)]  # fmt: skip
    parts.append(slab(sharp(blade), 0.012, m, 1))
    parts.append(slab(sharp([(0.17, yh - 0.035), (0.183, yh + 0.03), (0.17, yh + 0.09),
                                (0.176, yh + 0.03)]), 0.005, m, "steel"))  # fmt: skip
    parts.append(tube([(-0.02, yh + 0.025, 0), (-0.065, yh + 0.025, 0)], 0.012, m, 1))  # neck
    bowl = [(0.0, 0.0), (0.014, 0.0), (0.018, 0.03), (0.024, 0.07), (0.026, 0.08), (0.0, 0.081)]
    parts.append(lathe(bowl, m @ at(-0.075, yh + 0.005, 0), 1, sides=12))  # the pipe bowl
    parts.append(cylinder(0.019, 0.019, 0.004, m @ at(-0.075, yh + 0.083, 0), "marking"))
    parts.append(torus(0.024, 0.004, m @ at(-0.075, yh + 0.083, 0), 1))
    for k in range(5):  # the leather wrap below the head
        parts.append(torus(0.019, 0.006, m @ at(0, yh - 0.03 - k * 0.016, 0), "cork"))
    for k in range(6):  # the grip
        parts.append(torus(0.021, 0.006, m @ at(0, 0.05 + k * 0.018, 0), "cork"))
    for k, (dx, drop) in enumerate(((-0.045, 0.09), (-0.085, 0.06))):  # two feathers on thongs
        p0 = (m @ np.array([-0.018, yh - 0.05 - 0.02 * k, 0.0, 1.0]))[:3]
        p1 = p0 + np.array([dx, -drop, 0.015 * k])
        parts.append(_thread(tuple(p0), tuple(p1), 0.0025, "cork"))
        parts.append(_bead(0.008, at(*(p0 + p1) / 2), "card-red" if k else "glaze"))
        tilt = -8 - 10 * k + float(rng.uniform(-3, 3))
        parts += _feather(at(*p1) @ rot("y", 15) @ rot("z", tilt), 0.15 - 0.02 * k, "snow")
    return parts


# ---- 805 a tipi -------------------------------------------------------------------------------


def _on_cone(a: float, y: float, R: float, H: float, lift: float = 0.004) -> np.ndarray:
    """A placement on a cone's skin (base radius R, apex H) at angle a (degrees from +z, toward
    +x) and height y: its xy plane lying on the skin, +y up the slope, +z out."""
    slope = np.degrees(np.arctan2(R, H))
    r = R * (1 - y / H)
    return rot("y", a) @ at(0, y, r) @ rot("x", -slope) @ at(0, 0, lift)


def _tipi(rng: Rng) -> list[Part]:
    """A tipi: a tall cone tent of hide on long poles that cross above its top and stick out,
    smoke flaps spread at the top, an open door flap at the front with lacing pins above it,
    painted bands and symbols round its base."""
    R, H = 0.62, 1.45
    yt = 1.18
    parts = [cylinder(R, R * (1 - yt / H), yt, None, 0, "body")]
    poles = 12
    for k in range(poles):  # the poles, through the apex and out
        a = 2 * np.pi * (k + 0.3) / poles
        base = np.array([R * 1.01 * np.sin(a), 0.0, R * 1.01 * np.cos(a)])
        apex = np.array([0.0, H, 0.0]) + 0.03 * np.array([np.sin(a), 0, np.cos(a)])
        end = base + (apex - base) * (1.3 + float(rng.uniform(-0.04, 0.04)))
        parts.append(stick(tuple(base), tuple(end), 0.011, 1))
    for s in (-1, 1):  # the smoke flaps, spread like ears
        m = _on_cone(s * 22, yt - 0.36, R, H, 0.01) @ rot("y", s * 40)
        flap = [(-0.05, 0.0), (0.05, 0.0), (0.065, 0.38), (-0.04, 0.42)]
        parts.append(slab(sharp(flap), 0.012, m @ scl(s, 1, 1), 0))
    for y, hgt, slot in ((0.05, 0.06, "card-red"), (0.17, 0.02, "marking"),
                         (0.42, 0.04, "card-red"), (0.47, 0.015, "marking")):  # fmt: skip
        r0, r1 = R * (1 - y / H) + 0.003, R * (1 - (y + hgt) / H) + 0.003
        parts.append(cylinder(r0, r1, hgt, at(0, y, 0), slot))
    for k in range(10):  # symbols between the bands: mountains and suns
        a = 360.0 * (k + 0.5) / 10
        if abs(((a + 165) % 360) - 180) < 30:
            continue
        m = _on_cone(a, 0.27, R, H, 0.006)
        if k % 2:
            parts.append(slab(sharp([(-0.08, -0.06), (0.08, -0.06), (0.0, 0.1)]), 0.01, m,
                              "marking"))  # fmt: skip
        else:
            parts.append(cylinder(0.05, 0.05, 0.01, m @ rot("x", 90), "card-red"))
            parts.append(cylinder(0.025, 0.025, 0.01, m @ at(0, 0, 0.005) @ rot("x", 90),
                                  "cloth-yellow"))  # fmt: skip
    for k in range(24):  # a row of small teeth above the bottom band
        a = 360.0 * k / 24
        if abs(((a + 165) % 360) - 180) < 20:
            continue
        parts.append(slab(sharp([(-0.035, 0.0), (0.035, 0.0), (0.0, 0.05)]), 0.008,
                          _on_cone(a, 0.12, R, H, 0.005), "marking"))  # fmt: skip
    door = _on_cone(15, 0.0, R, H, 0.005)  # the open door
    parts.append(slab([(-0.11, 0.0), (0.11, 0.0), (0.1, 0.18), (0.0, 0.32), (-0.1, 0.18)], 0.012,
                      door @ at(0, 0.02, 0), "marking"))  # fmt: skip
    flap = door @ at(0.11, 0.02, 0.0) @ rot("y", -55)
    parts.append(slab([(0.0, 0.0), (0.2, 0.0), (0.19, 0.2), (0.1, 0.33), (0.0, 0.3)], 0.012,
                      flap, 0))  # fmt: skip
    for k in range(6):  # the lacing pins up the front
        y = 0.42 + k * 0.1
        p = _on_cone(15, y, R, H, 0.0)
        a, b = (p @ [-0.03, 0, 0.01, 1])[:3], (p @ [0.03, 0, 0.01, 1])[:3]
        parts.append(stick(tuple(a), tuple(b), 0.006, 1))
    return parts


MORE_APPLIANCES_ZV = {
    796: _utility_pole, 797: _clover, 798: _clownfish, 799: _flail, 800: _halberd,
    801: _wine_rack, 802: _yurt, 803: _dreamcatcher, 804: _tomahawk, 805: _tipi,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
