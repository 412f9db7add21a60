"""More of the device family's appliances, from 903: a straw beehive skep, an inkwell with a
quill, a stone baptismal font, a hanging church censer, a rosary, a bishop's crozier, a
reliquary casket, a pot of lavender.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl
from ._kit import bead
from ._primitives import DIAMOND, box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import polygon, sharp

__all__ = ["MORE_APPLIANCES_ZZL"]

Rng = np.random.Generator

_PENTAGON = np.array([(np.cos(a), np.sin(a)) for a in np.arange(5) * np.pi * 0.4])


def _oct(r: float, h: float, m: np.ndarray, slot, tag: str = "") -> Part:
    """An octagonal prism h tall on m's origin, circumradius r, a flat face toward +z."""
    return slab(polygon(8, r), h, m @ rot("y", 22.5) @ at(0, h / 2, 0) @ rot("x", -90), slot, tag)


def _dot(r: float, m: np.ndarray, slot) -> Part:
    """A tiny bead of radius r on m's origin (a hole's shadow, a gem), in very few triangles."""
    return lathe([(0.0, -r), (r, 0.0), (0.0, r)], m, slot, sides=6)


def _bee(m: np.ndarray) -> list[Part]:
    """A honey bee along +z at m: a yellow body with dark stripes, a dark head, white wings."""
    parts = [bead(1.0, m @ scl(0.016, 0.016, 0.028), "cloth-yellow")]
    for z in (-0.012, 0.002):
        parts.append(bead(1.0, m @ at(0, 0, z) @ scl(0.0168, 0.0168, 0.005), "marking"))
    parts.append(bead(1.0, m @ at(0, 0, -0.024) @ scl(0.008, 0.008, 0.006), "marking"))
    parts.append(bead(0.012, m @ at(0, 0.002, 0.03), "marking"))  # the head
    for s in (-1, 1):  # the wings, raised
        w = m @ at(s * 0.016, 0.014, 0.004) @ rot("z", s * 30) @ scl(0.02, 0.002, 0.012)
        parts.append(bead(1.0, w, "snow"))
    return parts


def _coil_arc(r: float, y: float, gap: float, thick: float, slot) -> Part:
    """One coil of straw rope round the skep at height y, open over gap radians at the front."""
    a = np.linspace(np.pi / 2 + gap / 2, np.pi / 2 + 2 * np.pi - gap / 2, 17)
    return tube([(r * np.cos(t), y, r * np.sin(t)) for t in a], thick, None, slot)


def _beehive_skep(rng: Rng) -> list[Part]:
    """A traditional straw beehive skep: a bell-shaped dome of thick coiled straw rope, the coils
    stacked one above another to a small knob on top, a dark arched entrance at the bottom
    front, the skep sitting on a square wooden board with a landing lip on a short post, a few
    striped bees by the entrance."""
    post = 0.28
    parts = [cylinder(0.05, 0.05, post, None, 1, "body")]  # the post
    parts.append(cylinder(0.17, 0.19, 0.04, None, 1))  # its foot
    parts.append(box(0.8, 0.04, 0.8, at(0, post, 0), 1))  # the board
    parts.append(box(0.3, 0.03, 0.14, at(0, post + 0.005, 0.46), 1))  # the landing lip
    y0 = post + 0.04
    bell = [(0.3, 0.0), (0.31, 0.08), (0.3, 0.18), (0.26, 0.3), (0.18, 0.4), (0.09, 0.46),
            (0.0, 0.48)]  # fmt: skip
    rs, ys = np.array([p[0] for p in bell]), np.array([p[1] for p in bell])
    core = [(0.0, y0)] + [(r - 0.02, y0 + y) for r, y in bell]
    parts.append(lathe(core, None, 0))  # the body under the coils
    th = 0.026
    n = 11
    for k in range(n):
        y = th + k * (0.44 - th) / (n - 1)
        r = float(np.interp(y, ys, rs)) - 0.012 + float(rng.uniform(-0.004, 0.004))
        gap = (0.55, 0.35, 0.0)[min(k, 2)]  # the entrance cuts the lowest coils
        if gap:
            parts.append(_coil_arc(r, y0 + y, gap / r * 0.3, th, 0))
        else:
            parts.append(torus(r, th, at(0, y0 + y, 0), 0))
    parts.append(sphere(1.0, at(0, y0 + 0.47, 0) @ scl(0.06, 0.04, 0.06), 0))  # the top knob
    door = [(-0.07, 0.0), (0.07, 0.0), (0.07, 0.035), (0.05, 0.065), (0.0, 0.08),
            (-0.05, 0.065), (-0.07, 0.035)]  # fmt: skip
    parts.append(slab(door, 0.03, at(0, y0, 0.285), "marking"))  # the entrance
    spots = [(0.03, y0 + 0.01, 0.42, 20), (-0.16, y0 + 0.12, 0.45, -40),
             (0.14, y0 + 0.2, 0.42, 60), (-0.05, y0 + 0.08, 0.55, 10)]  # fmt: skip
    for x, y, z, yaw in spots:  # the bees
        parts += _bee(at(x, y + 0.014, z) @ rot("y", yaw + float(rng.uniform(-20, 20))))
    return parts


def _quill(m: np.ndarray) -> list[Part]:
    """A feather quill pen along +y from m: a stiff shaft with a white vane along its upper
    two-thirds, a tuft of down at its foot."""
    shaft = [(0.0, 0.0, 0.0), (0.004, 0.3, 0.0), (0.018, 0.64, 0.0)]
    parts = [tube(shaft, [0.007, 0.006, 0.003], m, 1)]
    vane = [(0.004, 0.17), (0.03, 0.26), (0.046, 0.4), (0.042, 0.52), (0.026, 0.62),
            (0.016, 0.66), (-0.012, 0.6), (-0.024, 0.46), (-0.022, 0.3), (-0.006, 0.18)]  # fmt: skip
    parts.append(slab(vane, 0.004, m, "snow"))
    for k, (x, y) in enumerate(((0.03, 0.3), (0.04, 0.44), (-0.02, 0.38))):  # notches in it
        s = 1 if x > 0 else -1
        parts.append(tube([(x * 0.5, y, 0.0), (x + s * 0.012, y - 0.035 + 0.005 * k, 0.0)],
                          0.0035, m, "snow"))  # fmt: skip
    for s in (-1, 1):  # the down at the vane's foot
        parts.append(tube([(0.0, 0.16, 0.0), (s * 0.02, 0.15, 0.004), (s * 0.03, 0.135, 0.0)],
                          0.004, m, "snow"))  # fmt: skip
    return parts


def _inkwell(rng: Rng) -> list[Part]:
    """An inkwell with a quill: a squat square glass ink pot with a wide base, sloping shoulders
    and a short round neck with a lip, dark ink in its open mouth, a white feather quill pen
    standing in it at a slant, the pot on a small oval tray with a raised rim."""
    tray = [(0.0, 0.0), (0.3, 0.0), (0.33, 0.015), (0.345, 0.04), (0.33, 0.042), (0.3, 0.025),
            (0.0, 0.022)]  # fmt: skip
    parts = [lathe(tray, scl(1.0, 1.0, 0.75), 1, "body")]
    y0 = 0.022
    pot = [(0.0, 0.0), (0.25, 0.0), (0.265, 0.04), (0.255, 0.13), (0.2, 0.19), (0.11, 0.22),
           (0.0, 0.225)]  # fmt: skip
    parts.append(lathe(pot, at(-0.03, y0, 0) @ rot("y", 45), 0, sides=4))
    neck = at(-0.03, y0 + 0.2, 0)
    parts.append(cylinder(0.075, 0.07, 0.06, neck, 0))  # the neck
    parts.append(torus(0.072, 0.016, neck @ at(0, 0.062, 0), 0))  # its lip
    parts.append(cylinder(0.066, 0.066, 0.058, neck, "marking"))  # the ink inside
    lean = float(rng.uniform(-4, 4))
    m = neck @ at(0.01, 0.04, -0.005) @ rot("y", 35 + lean) @ rot("z", -24) @ rot("x", -6)
    parts += _quill(m)
    return parts


def _arch_panel(m: np.ndarray, w: float, h: float, k: int) -> list[Part]:
    """A carved panel on a face at m (normal +z): a pointed arch moulding and a carved boss, a
    cross or a four-leaf rosette."""
    pts = [(-w / 2, 0.0, 0.0), (-w / 2, h * 0.6, 0.0), (-w * 0.28, h * 0.9, 0.0),
           (0.0, h, 0.0), (w * 0.28, h * 0.9, 0.0), (w / 2, h * 0.6, 0.0), (w / 2, 0.0, 0.0)]  # fmt: skip
    parts = [tube(pts, 0.011, m, 0)]
    parts.append(box(w + 0.03, 0.014, 0.02, m, 0))  # the sill
    c = m @ at(0, h * 0.5, 0)
    if k % 2:
        parts.append(box(0.024, 0.11, 0.016, c @ at(0, -0.05, 0), 0))
        parts.append(box(0.08, 0.024, 0.016, c @ at(0, 0.005, 0), 0))
    else:
        for a in range(4):
            q = np.radians(90 * a + 45)
            parts.append(sphere(1.0, c @ at(0.022 * np.cos(q), 0.022 * np.sin(q), 0)
                                @ scl(0.022, 0.022, 0.012), 0))  # fmt: skip
        parts.append(sphere(0.014, c @ at(0, 0, 0.006), 0))
    return parts


def _baptismal_font(rng: Rng) -> list[Part]:
    """A stone baptismal font: a wide octagonal basin with a carved arch panel on each side (a
    cross or a rosette in each) and a moulded rim round water filled near the brim, on a thick
    octagonal column with mouldings, over a stepped octagonal base of two steps."""
    parts = [_oct(0.5, 0.08, np.eye(4), 0, "body")]  # the lower step
    parts.append(_oct(0.4, 0.08, at(0, 0.08, 0), 0))  # the upper step
    parts.append(_oct(0.22, 0.06, at(0, 0.16, 0), 0))  # the column's plinth
    parts.append(_oct(0.15, 0.32, at(0, 0.22, 0), 0))  # the column
    parts.append(_oct(0.19, 0.04, at(0, 0.5, 0), 0))  # its capital
    under = [(0.17, 0.54), (0.46, 0.68)]
    parts.append(lathe(under, rot("y", 22.5), 0, sides=8))  # the basin's sloping underside
    parts.append(_oct(0.48, 0.2, at(0, 0.68, 0), 0))  # the basin
    top = 0.88
    ap = 0.5 * np.cos(np.pi / 8)
    side = 2 * 0.5 * np.sin(np.pi / 8)
    for k in range(8):  # the rim round the water and the carved panels
        face = rot("y", 45 * k)
        parts.append(box(side + 0.005, 0.05, 0.07, face @ at(0, top - 0.01, ap - 0.035), 0))
        parts += _arch_panel(face @ at(0, 0.71, 0.48 * np.cos(np.pi / 8)), 0.22, 0.14, k)
    parts.append(_oct(0.44, 0.025, at(0, top - 0.01, 0), "plume"))  # the water
    parts.append(_oct(0.5, 0.03, at(0, 0.66, 0), 0))  # a moulding under the basin
    return parts


def _link(a: np.ndarray, b: np.ndarray, turn: float, w: float) -> Part:
    """One oval chain link from a to b, its flat side turned turn degrees about its axis."""
    d = b - a
    m = at(*a) @ align(d) @ rot("y", turn)
    h = float(np.linalg.norm(d))
    loop = [(0.0, 0.0, 0.0), (w, h / 2, 0.0), (0.0, h, 0.0), (-w, h / 2, 0.0), (0.0, 0.0, 0.0)]
    return tube(loop, 0.0045, m, 1, shape=DIAMOND)


def _chain(p: np.ndarray, q: np.ndarray, pitch: float) -> list[Part]:
    """A chain of oval links from p to q, each link turned a quarter from the last."""
    n = max(2, int(np.linalg.norm(q - p) / pitch))
    d = (q - p) / n
    return [_link(p + d * k - d * 0.15, p + d * (k + 1) + d * 0.15, 90 * (k % 2), 0.014)
            for k in range(n)]  # fmt: skip


def _censer(rng: Rng) -> list[Part]:
    """A church censer (thurible) hanging on chains: a round metal bowl on a small flared foot,
    a band round its rim, a domed lid pierced with rows of dark holes and topped by a small
    cross, three chains rising from lugs on the rim to a round finger-plate with a ring on top,
    soft white puffs of smoke curling up from the lid's holes."""
    foot = [(0.0, 0.0), (0.07, 0.0), (0.065, 0.015), (0.035, 0.03), (0.03, 0.05), (0.0, 0.05)]
    parts = [lathe(foot, None, 0, "body")]
    bowl = [(0.0, 0.045), (0.07, 0.05), (0.12, 0.08), (0.145, 0.13), (0.14, 0.16), (0.0, 0.16)]
    parts.append(lathe(bowl, None, 0))
    parts.append(torus(0.145, 0.012, at(0, 0.155, 0), 0))  # the rim band
    lid = [(0.138, 0.16), (0.135, 0.2), (0.115, 0.26), (0.075, 0.31), (0.04, 0.35),
           (0.028, 0.4), (0.0, 0.41)]  # fmt: skip
    parts.append(lathe(lid, None, 0))
    parts.append(torus(0.13, 0.008, at(0, 0.2, 0), 0))
    ly, lr = np.array([p[1] for p in lid]), np.array([p[0] for p in lid])
    for y, n, off in ((0.23, 10, 0.0), (0.3, 7, 0.3)):  # the pierced holes
        r = float(np.interp(y, ly, lr))
        slope = (np.interp(y + 0.01, ly, lr) - np.interp(y - 0.01, ly, lr)) / 0.02
        for k in range(n):
            a = 2 * np.pi * k / n + off
            nrm = (np.cos(a), -float(slope), np.sin(a))
            hm = at(r * np.cos(a), y, r * np.sin(a)) @ align(nrm) @ scl(0.016, 0.006, 0.022)
            parts.append(_dot(1.0, hm, "marking"))
    top = at(0, 0.41, 0)  # the cross on top
    parts.append(sphere(0.02, top, 0))
    parts.append(box(0.014, 0.08, 0.014, top, 0))
    parts.append(box(0.05, 0.014, 0.014, top @ at(0, 0.05, 0), 0))
    ring = np.array([0.0, 0.98, 0.0])
    plate = 0.93
    for k in range(3):  # the chains
        a = np.radians(90 + 120 * k + 20)
        lug = np.array([0.16 * np.cos(a), 0.165, 0.16 * np.sin(a)])
        parts.append(_link(lug - np.array([0.0, 0.02, 0.0]), lug + np.array([0.0, 0.02, 0.0]),
                           -np.degrees(a), 0.012))  # its lug # fmt: skip
        up = np.array([0.035 * np.cos(a), plate, 0.035 * np.sin(a)])
        parts += _chain(lug + np.array([0.0, 0.015, 0.0]), up, 0.06)
    parts.append(cylinder(0.05, 0.04, 0.02, at(0, plate, 0), 1))  # the finger-plate
    parts.append(stick((0.0, plate + 0.02, 0.0), ring - (0, 0.035, 0), 0.007, 1))
    parts.append(torus(0.03, 0.007, at(*ring) @ rot("x", 90), 1))  # the ring
    sway = float(rng.uniform(-0.02, 0.02))
    for k, (x0, z0, dx) in enumerate(((0.05, 0.08, 0.07), (-0.06, 0.03, -0.06))):  # the smoke
        for j in range(5 - k):
            t = j / 4
            x = x0 + dx * np.sin(t * 3) + sway
            y = 0.31 + 0.04 * k + t * 0.26
            r = 0.028 + 0.035 * t
            parts.append(bead(r, at(x, y, z0 + 0.03 * t) @ scl(1.25, 0.8, 1.0), "snow", 10))
            if j % 2:
                parts.append(bead(r * 0.7, at(x + r, y + r * 0.3, z0), "snow", 10))
    return parts


def _rosary_path(rng: Rng) -> np.ndarray:
    """The loop of the rosary as 200 points, starting and ending at its medal at the bottom."""
    t = np.linspace(0, 2 * np.pi, 200)
    w = 0.5 + 0.5 * (1 - np.cos(t)) / 2
    wob = 1 + 0.04 * np.sin(3 * t + float(rng.uniform(0, 6)))
    x = 0.21 * np.sin(t) * w * wob
    y = 0.3 - 0.28 * np.cos(t) * (1 + 0.03 * np.sin(2 * t))
    return np.stack([x, y, np.zeros_like(t)], 1)


def _rosary(rng: Rng) -> list[Part]:
    """A rosary lying on a sloping surface tilted toward the viewer: a teardrop loop of small
    round beads in five groups of ten, a bigger bead between each group, joined at the bottom at
    an oval centre medal, from which a short tail (a big bead, three small beads, a big bead)
    leads down to a metal crucifix with a small figure on it."""
    lean = rot("x", -58)
    path = _rosary_path(rng)
    seg = np.linalg.norm(np.diff(path, axis=0), axis=1)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    units = [2.2]  # the medal's half gap, then beads: 1 a small bead, 1.8 a big one
    for g in range(5):
        units += [1.0] * 10 + ([1.8] if g < 4 else [])
    units.append(2.2)
    ends = np.cumsum(units)
    centres = (ends - np.array(units) / 2)[1:-1] * s[-1] / ends[-1]
    parts: list[Part] = []
    # the cord through the beads
    cord = [*path[::8].tolist(), path[-1].tolist()]
    lift = at(0, 0.23, 0.08)
    m0 = lift @ lean
    for i, u in enumerate(units[1:-1]):
        pos = np.array([np.interp(centres[i], s, path[:, c]) for c in range(3)])
        r = 0.0115 if u < 1.5 else 0.018
        parts.append(bead(r, m0 @ at(*pos), 0, 6))
    parts.insert(0, tube(cord, 0.003, m0, 1, "body", shape=DIAMOND))
    med = m0 @ at(0, 0.0, 0)
    parts.append(sphere(1.0, med @ scl(0.03, 0.037, 0.007), 1))  # the centre medal
    parts.append(sphere(1.0, med @ at(0, 0, 0.005) @ scl(0.021, 0.027, 0.005), 1))
    parts.append(torus(0.03, 0.004, med @ rot("x", 90) @ scl(1.0, 1.0, 1.22), 1))
    tail = [(0.0, -0.06, 1.8), (0.004, -0.1, 1.0), (0.008, -0.128, 1.0), (0.012, -0.156, 1.0),
            (0.018, -0.2, 1.8)]  # fmt: skip
    parts.append(tube([(0.0, -0.03, 0.0), (0.01, -0.13, 0.0), (0.02, -0.24, 0.0)], 0.003, m0, 1,
                      shape=DIAMOND))  # fmt: skip
    for x, y, u in tail:
        parts.append(bead(0.0115 if u < 1.5 else 0.018, m0 @ at(x, y, 0), 0, 6))
    cr = m0 @ at(0.021, -0.235, 0) @ rot("z", 4)  # the crucifix hanging down from its loop
    parts.append(torus(0.01, 0.003, cr @ rot("x", 90), 1))
    parts.append(box(0.022, 0.16, 0.01, cr @ at(0, -0.17, 0), 1))
    parts.append(box(0.1, 0.022, 0.01, cr @ at(0, -0.06, 0), 1))
    for p in ((0, -0.175), (0.055, -0.049), (-0.055, -0.049), (0, -0.01)):  # knobbed ends
        parts.append(sphere(0.009, cr @ at(p[0], p[1], 0), 1))
    body = [(0.0, -0.055, 0.008), (0.0, -0.1, 0.008), (0.0, -0.14, 0.008)]
    parts.append(tube(body, [0.007, 0.006, 0.004], cr, 1))  # the figure
    parts.append(sphere(0.0065, cr @ at(0, -0.045, 0.009), 1))
    parts.append(tube([(-0.042, -0.044, 0.008), (0.0, -0.058, 0.009), (0.042, -0.044, 0.008)],
                      0.0035, cr, 1))  # fmt: skip
    return parts


def _crozier(rng: Rng) -> list[Part]:
    """A bishop's crozier standing upright: a tall straight staff with a pointed foot and a few
    collars, a decorated knop (a round knob ringed with bosses) where the head joins it, and an
    ornate curled crook above, a spiral curling inward like a shepherd's crook with small leaf
    crockets along its back and a bud at its centre."""
    top = 0.76
    parts = [cylinder(0.019, 0.019, top, at(0, 0.05, 0), 0, "body")]  # the staff
    parts.append(cylinder(0.006, 0.02, 0.05, None, 1))  # the pointed foot
    for y in (0.05, 0.3, 0.55):  # the collars
        parts.append(torus(0.021, 0.007, at(0, y, 0), 1))
    parts.append(cylinder(0.02, 0.035, 0.06, at(0, top, 0), 1))  # the knop's neck
    kn = at(0, top + 0.1, 0)
    parts.append(sphere(1.0, kn @ scl(0.065, 0.05, 0.065), 1))  # the knop
    for k in range(8):  # its bosses
        a = np.radians(45 * k)
        parts.append(sphere(0.015, kn @ at(0.062 * np.cos(a), 0, 0.062 * np.sin(a)), 1))
    parts.append(torus(0.05, 0.008, kn @ at(0, 0.04, 0), 1))
    parts.append(torus(0.05, 0.008, kn @ at(0, -0.04, 0), 1))
    parts.append(cylinder(0.03, 0.018, 0.08, kn @ at(0, 0.04, 0), 1))  # the head's stem
    # the crook: up from the stem, over the top and down, curling inward to the middle
    cx, cy, r0 = 0.1, top + 0.32, 0.1
    pts = [(0.0, top + 0.14, 0.0), (0.0, top + 0.22, 0.0)]
    th = np.linspace(np.pi, -np.pi * float(rng.uniform(1.1, 1.3)), 22)
    rad = r0 * (1 - 0.62 * (np.pi - th) / (2.2 * np.pi))
    for t, r in zip(th, rad, strict=True):
        pts.append((cx + r * np.cos(t), cy + r * np.sin(t), 0.0))
    radii = np.linspace(0.02, 0.01, len(pts))
    parts.append(tube(pts, radii, None, 1))
    for t in np.linspace(np.pi * 0.85, -np.pi * 0.4, 5):  # leaf crockets curling along its back
        r = r0 * (1 - 0.62 * (np.pi - t) / (2.2 * np.pi)) + 0.012
        p = np.array([cx + r * np.cos(t), cy + r * np.sin(t), 0.0])
        n = np.array([np.cos(t), np.sin(t), 0.0])
        f = np.array([np.sin(t), -np.cos(t), 0.0])  # the way the crook runs
        leaf = [p - n * 0.006, p + n * 0.016 - f * 0.004, p + n * 0.024 + f * 0.01,
                p + n * 0.016 + f * 0.018]  # fmt: skip
        parts.append(tube(leaf, [0.011, 0.01, 0.007, 0.002], None, 1))
    t, r = th[-1], rad[-1]
    parts.append(sphere(0.022, at(cx + r * np.cos(t), cy + r * np.sin(t), 0), 1))  # the bud
    return parts


def _gem(m: np.ndarray, slot, r: float = 0.016) -> list[Part]:
    """A cabochon gem in a raised gold collet, on a face at m (normal +z)."""
    ring = m @ rot("x", 90)
    return [lathe([(r * 1.4, 0.0), (r * 1.3, 0.008)], ring, 0, sides=6),
            bead(1.0, m @ at(0, 0, 0.006) @ scl(r, r, r * 0.7), slot, 6)]  # fmt: skip


def _arcade(m: np.ndarray, n: int, w: float, h: float) -> list[Part]:
    """A row of n round arches on little columns across a face at m (normal +z, centred), each
    framing a blue or red enamel panel."""
    parts = []
    bay = w / n
    for k in range(n):
        x = -w / 2 + bay * (k + 0.5)
        c = m @ at(x, 0, 0)
        enamel = "plume" if k % 2 == 0 else "card-red"
        parts.append(box(bay * 0.72, h * 0.8, 0.008, c @ at(0, 0.02, 0), enamel))
        arch = [(-bay / 2 + 0.008, h * 0.62, 0.012)]
        for a in np.linspace(np.pi * 0.85, np.pi * 0.15, 4):
            arch.append((bay / 2 * 0.95 * np.cos(a), h * 0.62 + bay / 2 * 0.9 * np.sin(a), 0.012))
        arch.append((bay / 2 - 0.008, h * 0.62, 0.012))
        parts.append(tube(arch, 0.007, c, 0, shape=_PENTAGON))
    for k in range(n + 1):
        x = -w / 2 + bay * k
        parts.append(lathe([(0.009, 0.0), (0.009, h * 0.62)], m @ at(x, 0.0, 0.012), 0, sides=6))
    return parts


def _reliquary(rng: Rng) -> list[Part]:
    """A medieval reliquary casket in the shape of a little house: a gold box on four ball feet
    with a pitched roof lid, a pierced crest along its ridge with knobs at the ends and a cross
    in the middle, its sides lined with round arcades over blue and red enamel panels, bands of
    set red, blue and green gems, more gems and enamel roundels on the roof."""
    w, d, h, fy = 0.62, 0.28, 0.26, 0.05
    parts = [box(w, h, d, at(0, fy + 0.035, 0), 0, "body")]
    for sx in (-1, 1):  # the feet
        for sz in (-1, 1):
            parts.append(sphere(0.03, at(sx * (w / 2 - 0.03), 0.03, sz * (d / 2 - 0.02)), 0))
    parts.append(box(w + 0.04, 0.035, d + 0.04, at(0, fy, 0), 0))  # the plinth
    top = fy + 0.035 + h
    parts.append(box(w + 0.04, 0.03, d + 0.04, at(0, top, 0), 0))  # the cornice
    gems = ("card-red", "plume", "fruit-green")
    faces = [(at(0, 0, d / 2), w, 4), (rot("y", 180) @ at(0, 0, d / 2), w, 4),
             (rot("y", 90) @ at(0, 0, w / 2), d, 2), (rot("y", -90) @ at(0, 0, w / 2), d, 2)]  # fmt: skip
    for f, (m, span, n) in enumerate(faces):  # arcades on all four sides, gem bands
        parts += _arcade(m @ at(0, fy + 0.06, 0), n, span - 0.06, h - 0.06)
        for j in range(n * 2 + 1 if f != 1 else 0):
            x = -span / 2 + 0.04 + (span - 0.08) * j / (n * 2)
            parts += _gem(m @ at(x, top + 0.015, 0.02), gems[j % 3], 0.01)
    rise = 0.16
    roof_y = top + 0.03
    slope = np.degrees(np.arctan2(rise, d / 2 + 0.02))
    span = float(np.hypot(rise, d / 2 + 0.02)) + 0.01
    for s in (-1, 1):  # the roof's two slopes
        rm = at(0, roof_y + rise, 0) @ rot("x", s * slope) @ at(0, 0, s * span / 2)
        parts.append(box(w + 0.04, 0.025, span, rm @ at(0, -0.01, 0), 0))
        face = rm @ at(0, 0.015, 0) @ rot("x", -90 * s)
        for k, x in enumerate((-0.19, 0.0, 0.19)):  # roundels and gems on the roof
            if k == 1:
                parts += _gem(face @ rot("x", 180 * (s < 0)) @ at(x, 0, 0), "card-red", 0.024)
                continue
            disc = face @ rot("x", 90 if s > 0 else -90)
            parts.append(cylinder(0.05, 0.05, 0.008, disc @ at(x, 0, 0), 0))
            parts.append(cylinder(0.04, 0.04, 0.01, disc @ at(x, 0, 0), "plume"))
    gable = sharp([(-d / 2 - 0.02, 0.0), (d / 2 + 0.02, 0.0), (0.0, rise)])
    for s in (-1, 1):  # the gable ends
        parts.append(slab(gable, 0.02, at(s * (w / 2 + 0.01), roof_y, 0) @ rot("y", 90), 0))
    ridge = roof_y + rise + 0.01
    parts.append(box(w + 0.02, 0.03, 0.03, at(0, ridge - 0.01, 0), 0))  # the ridge and crest
    for k in range(9):
        x = -w / 2 + 0.05 + (w - 0.1) * k / 8
        loop = [(x, ridge, 0.0), (x - 0.016, ridge + 0.03, 0.0), (x, ridge + 0.05, 0.0),
                (x + 0.016, ridge + 0.03, 0.0), (x, ridge, 0.0)]  # fmt: skip
        parts.append(tube(loop, 0.004, None, 0, shape=DIAMOND))
        parts.append(_dot(0.009, at(x, ridge + 0.06, 0), 1))
    for s in (-1, 1):
        parts.append(bead(0.03, at(s * (w / 2 + 0.01), ridge + 0.03, 0), 1, 10))  # crystal knobs
    parts.append(box(0.018, 0.14, 0.018, at(0, ridge, 0), 0))  # the cross
    parts.append(box(0.08, 0.018, 0.018, at(0, ridge + 0.09, 0), 0))
    parts += _gem(at(0, ridge + 0.099, 0.009), gems[int(rng.integers(0, 3))], 0.008)
    return parts


def _spike(base: np.ndarray, tip: np.ndarray, rng: Rng) -> list[Part]:
    """One lavender stem from base to tip: a thin green stalk, the top third a spike of purple
    flower whorls (bead-like bumps), narrowing to a point."""
    start = base + (tip - base) * 0.58
    parts = [tube([base, (base + start) / 2, start], 0.004, None, "vine", shape=DIAMOND)]
    n = 5
    pts, radii = [], []
    for j in range(2 * n):
        t = j / (2 * n - 1)
        pts.append(start + (tip - start) * t)
        big = 0.016 * (1 - 0.4 * t)
        radii.append(big if j % 2 == 0 else big * 0.55)
    parts.append(tube(pts, radii, None, 0, shape=_PENTAGON))
    return parts


def _potted_lavender(rng: Rng) -> list[Part]:
    """A pot of lavender: a terracotta flowerpot with a thick rolled rim, dark soil, a round bushy
    clump of thin grey-green stems and narrow leaves, and many tall slender purple flower spikes
    (each a stalk topped by a spike of bead-like whorls) fanning up and out above it."""
    pot = [(0.0, 0.0), (0.13, 0.0), (0.135, 0.03), (0.17, 0.25), (0.175, 0.26)]
    parts = [lathe(pot, None, 1, "body")]
    parts.append(cylinder(0.19, 0.195, 0.06, at(0, 0.24, 0), 1))  # the rim
    parts.append(cylinder(0.17, 0.17, 0.01, at(0, 0.29, 0), "soil"))
    parts.append(sphere(1.0, at(0, 0.3, 0) @ scl(0.17, 0.06, 0.17), "vine"))  # the clump's heart
    for k in range(56):  # the clump: narrow grey-green leaves on thin stems, fanning out
        a = k * 2.39996 + float(rng.uniform(-0.1, 0.1))
        e = np.radians(15 + 70 * ((k * 29) % 56) / 56)
        d = np.array([np.cos(a) * np.cos(e), np.sin(e), np.sin(a) * np.cos(e)])
        p0 = np.array([0.03 * np.cos(a), 0.3, 0.03 * np.sin(a)])
        p1 = p0 + d * 0.2 + np.array([0.0, 0.03, 0.0])
        parts.append(tube([p0, (p0 + p1) / 2 + (0, 0.02, 0), p1], [0.006, 0.005, 0.001], None,
                          "vine", shape=DIAMOND))  # fmt: skip
    for k in range(20):  # the flower spikes
        a = k * 2.39996 + float(rng.uniform(-0.2, 0.2))
        f = np.sqrt((k + 0.5) / 20)
        spread = 0.34 * f
        hgt = 0.92 - 0.22 * f * f + float(rng.uniform(-0.04, 0.04))
        base = np.array([0.05 * f * np.cos(a), 0.34, 0.05 * f * np.sin(a)])
        tip = np.array([spread * np.cos(a), hgt, spread * np.sin(a)])
        parts += _spike(base, tip, rng)
    return parts


MORE_APPLIANCES_ZZL = {
    903: _beehive_skep, 904: _inkwell, 905: _baptismal_font, 906: _censer, 907: _rosary,
    908: _crozier, 909: _reliquary, 910: _potted_lavender,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
