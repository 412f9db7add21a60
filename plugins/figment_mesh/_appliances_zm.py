"""More of the device family's appliances, from 706: a tatami mat, a low tea table, a bamboo
water fountain, a pair of geta sandals, a bento box, a temple bell, a hydroponic tray, an
observation dome, a row of storage lockers, a folding screen.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZM"]

Rng = np.random.Generator


def _rounded_rect(w: float, d: float, r: float) -> list[tuple[float, float]]:
    """Control points of a rectangle w × d with corners rounded by about r."""
    hw, hd = w / 2, d / 2
    return [(-hw + r, -hd), (hw - r, -hd), (hw, -hd + r), (hw, hd - r), (hw - r, hd),
            (-hw + r, hd), (-hw, hd - r), (-hw, -hd + r)]  # fmt: skip


def _tatami(rng: Rng) -> list[Part]:
    """A tatami mat lying on the floor: a thick rush mat ribbed with fine straight weave lines
    across it, dark cloth binding along both long edges."""
    w, d, h = 1.8, 0.9, 0.07
    parts = [box(w, h, d, None, 0, "body")]
    n = 36 + int(rng.integers(0, 4))
    for k in range(n):  # the weave lines across the mat
        x = -w / 2 + 0.04 + (w - 0.08) * k / (n - 1)
        parts.append(box(0.012, 0.006, d - 0.16, at(x, h, 0), "cork"))
    for s in (-1, 1):  # the cloth binding along the long edges
        parts.append(box(w + 0.004, h + 0.012, 0.08, at(0, 0, s * (d / 2 - 0.036)), 1))
    return parts


def _tea_table(rng: Rng) -> list[Part]:
    """A low round tea table (chabudai) close to the floor on four short legs, a teapot and two
    small tea cups on it, a square floor cushion beside it."""
    top = 0.26
    parts = [cylinder(0.55, 0.55, 0.05, at(0, top, 0), 0, "body")]
    parts.append(torus(0.55, 0.025, at(0, top + 0.025, 0), 0))
    for k in range(4):  # the short legs
        a = np.pi / 4 + k * np.pi / 2
        parts.append(box(0.06, top, 0.06, at(0.38 * np.cos(a), 0, 0.38 * np.sin(a)), 0))
    y = top + 0.05
    pot = [(0.0, 0.0), (0.08, 0.0), (0.13, 0.05), (0.13, 0.1), (0.09, 0.15), (0.0, 0.16)]
    parts.append(lathe(pot, at(-0.12, y, -0.1), 1))
    parts.append(tube([(-0.02, y + 0.05, -0.1), (0.06, y + 0.12, -0.1), (0.09, y + 0.17, -0.1)],
                      [0.025, 0.018, 0.014], None, 1))  # the spout # fmt: skip
    parts.append(sphere(0.025, at(-0.12, y + 0.17, -0.1), 1))  # the lid's knob
    parts.append(torus(0.1, 0.012, at(-0.12, y + 0.2, -0.1) @ rot("x", 90) @ scl(1, 1, 0.6), 1))
    for x, z in ((0.2, 0.12), (0.05, 0.28)):  # two small cups
        parts.append(cylinder(0.035, 0.05, 0.07, at(x, y, z), 1))
        parts.append(cylinder(0.045, 0.045, 0.005, at(x, y + 0.066, z), "cork"))
    cushion = at(0.0, 0.0, 0.95) @ rot("y", float(rng.uniform(-8, 8)))
    parts.append(slab(_rounded_rect(0.62, 0.55, 0.1), 0.09, cushion @ rot("x", -90)
                      @ at(0, 0, 0.045), "card-red"))  # fmt: skip
    return parts


def _bamboo(a, b, r: float, slot=1, nodes: int = 3) -> list[Part]:
    """A bamboo pole from a to b with raised rings at its nodes."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    parts = [stick(tuple(a), tuple(b), r, slot)]
    d = b - a
    for k in range(1, nodes + 1):
        p = a + d * k / (nodes + 1)
        m = at(*p)
        if abs(d[1]) < 0.5 * np.linalg.norm(d):  # a lying pole: ring about its axis
            ang = np.degrees(np.arctan2(d[1], np.hypot(d[0], d[2])))
            yaw = np.degrees(np.arctan2(d[0], d[2]))
            m = m @ rot("y", yaw) @ rot("x", 90 - ang)
        parts.append(torus(r, r * 0.3, m, slot))
    return parts


def _water_fountain(rng: Rng) -> list[Part]:
    """A Japanese garden fountain (a kakei): a bamboo spout held on crossed bamboo posts,
    pouring a thin stream into a round stone basin, a bamboo ladle resting across it."""
    bowl = [(0.0, 0.0), (0.32, 0.0), (0.4, 0.1), (0.42, 0.3), (0.36, 0.33), (0.32, 0.3),
            (0.0, 0.26)]  # fmt: skip
    parts = [lathe(bowl, at(0.15, 0, 0.15), 0, "body")]
    parts.append(cylinder(0.34, 0.34, 0.02, at(0.15, 0.27, 0.15), "plume"))  # the water
    for dx in (-0.04, 0.04):  # the posts
        parts += _bamboo((-0.65 + dx, 0, -0.25), (-0.62 + dx, 0.78, -0.2), 0.035, 1, 2)
    parts += _bamboo((-0.62, 0.92, -0.2), (-0.62, 0.4, -0.2), 0.04, 1, 1)  # a short upright
    spout = [(-0.72, 0.72, -0.2), (0.07, 0.58, 0.1)]
    parts += _bamboo(*spout, 0.035, 1, 2)
    parts.append(tube([(0.08, 0.58, 0.11), (0.12, 0.45, 0.13), (0.13, 0.29, 0.14)], 0.012, None,
                      "plume"))  # the stream # fmt: skip
    tilt = float(rng.uniform(-0.04, 0.04))
    parts.append(stick((-0.2, 0.36, 0.42 + tilt), (0.5, 0.34, 0.3 - tilt), 0.012, 1))  # ladle
    parts.append(cylinder(0.05, 0.05, 0.08, at(0.5, 0.3, 0.3 - tilt), 1))
    return parts


def _geta(rng: Rng) -> list[Part]:
    """A pair of wooden geta: flat wooden soles raised on two wooden teeth underneath, a
    V-shaped fabric thong strap on top of each."""
    parts = []
    for s in (-1, 1):
        x = s * 0.24
        yaw = s * float(rng.uniform(4, 10))
        m = at(x, 0, 0) @ rot("y", yaw)
        sole = _rounded_rect(0.34, 0.9, 0.08)
        parts.append(slab(sole, 0.06, m @ at(0, 0.21, 0) @ rot("x", 90), 0, "body"))
        for z in (-0.24, 0.22):  # the two teeth
            parts.append(box(0.3, 0.18, 0.08, m @ at(0, 0, z), 0))
        y = 0.24
        front = (0.0, y + 0.005, 0.3)
        for sx in (-1, 1):  # the V of the thong
            parts.append(tube([front, (sx * 0.09, y + 0.08, 0.13), (sx * 0.15, y + 0.005, -0.05)],
                              0.024, m, 1))  # fmt: skip
        parts.append(sphere(0.03, m @ at(*front), 1))
    return parts


def _bento(rng: Rng) -> list[Part]:
    """An open lacquered bento box, black outside and red inside, its compartments of white rice,
    a fish piece, green vegetables and a yellow pickle, chopsticks beside it, its lid leaning."""
    w, d, h, t = 0.9, 0.6, 0.16, 0.025
    parts = [box(w, 0.02, d, None, 0, "body")]
    for s in (-1, 1):  # the walls
        parts.append(box(w, h, t, at(0, 0, s * (d - t) / 2), 0))
        parts.append(box(t, h, d, at(s * (w - t) / 2, 0, 0), 0))
    parts.append(box(w - 2 * t, 0.01, d - 2 * t, at(0, 0.02, 0), "card-red"))  # red inside
    for s in (-1, 1):
        parts.append(box(w - 2 * t, h - 0.01, 0.006, at(0, 0, s * (d / 2 - t - 0.003)), "card-red"))
        parts.append(box(0.006, h - 0.01, d - 2 * t, at(s * (w / 2 - t - 0.003), 0, 0), "card-red"))
    parts.append(box(0.02, h - 0.02, d - 2 * t, at(-0.05, 0, 0), "card-red"))  # dividers
    parts.append(box(w / 2 - t, h - 0.02, 0.02, at(0.22, 0, 0), "card-red"))
    rice = at(-0.25, 0.02, 0) @ scl(0.33, 0.2, 0.52)
    parts.append(lathe([(0.0, 0.0), (0.5, 0.0), (0.5, 0.4), (0.4, 0.6), (0.0, 0.65)], rice,
                       "snow"))  # fmt: skip
    parts.append(sphere(0.035, at(-0.25, 0.15, 0), "match-head"))  # the umeboshi
    fish = at(0.2, 0.1, -0.14) @ scl(0.14, 0.05, 0.08)
    parts.append(sphere(1.0, fish, "eraser"))
    for k in range(4):  # vegetables
        a = k * 1.6 + float(rng.uniform(0, 0.5))
        p = at(0.12 + 0.06 * np.cos(a) + 0.04 * k, 0.09, 0.14 + 0.05 * np.sin(a))
        parts.append(sphere(0.045, p, "vine"))
    parts.append(box(0.08, 0.05, 0.06, at(0.34, 0.06, 0.14), "cloth-yellow"))  # a pickle
    for dx in (-0.02, 0.02):  # chopsticks
        parts.append(stick((0.55 + dx, 0.015, -0.25), (0.6 + dx, 0.015, 0.32), 0.012, 1))
    lid = at(0, 0.0, -0.38) @ rot("x", -70)
    parts.append(box(w + 0.02, 0.03, 0.5, lid @ at(0, 0, 0.25), 0))
    return parts


def _temple_bell(rng: Rng) -> list[Part]:
    """A Japanese temple bell (bonsho): a tall bronze bell with raised bands and rows of bosses,
    hanging in a wooden frame under a little roof, a log striker hung beside it on ropes."""
    parts = []
    for sx in (-1, 1):  # the frame
        for sz in (-1, 1):
            parts.append(box(0.08, 1.5, 0.08, at(sx * 0.55, 0, sz * 0.35), 1))
        parts.append(box(0.1, 0.08, 0.85, at(sx * 0.55, 1.45, 0), 1))
    parts.append(box(1.6, 0.1, 0.12, at(0.15, 1.45, 0), 1, "beam"))
    roof = [(-0.95, 0.0), (0.95, 0.0), (0.0, 0.3)]
    parts.append(slab(roof, 1.0, at(0, 1.56, 0), 1))
    parts.append(box(1.95, 0.04, 1.05, at(0, 1.54, 0), 1))
    bell = [(0.0, 0.35), (0.3, 0.35), (0.29, 0.45), (0.27, 0.75), (0.26, 1.1), (0.2, 1.2),
            (0.0, 1.22)]  # fmt: skip
    parts.append(lathe(bell, None, 0, "body"))
    for y in (0.45, 0.72, 0.98):  # the raised bands
        parts.append(torus(0.29 - 0.03 * (y - 0.45) / 0.53, 0.015, at(0, y, 0), 0))
    for k in range(10):  # the bosses
        a = 2 * np.pi * k / 10
        for y in (1.04, 1.1):
            parts.append(sphere(0.022, at(0.262 * np.cos(a), y, 0.262 * np.sin(a)), 0))
    parts.append(torus(0.06, 0.02, at(0, 1.3, 0) @ rot("x", 90), 0))  # the dragon loop
    parts.append(stick((0, 1.22, 0), (0, 1.45, 0), 0.03, 0))
    swing = float(rng.uniform(-0.03, 0.03))
    y = 0.85
    parts.append(stick((0.34, y, swing), (0.95, y, swing), 0.07, "cork"))  # the log striker
    for x in (0.45, 0.85):  # the ropes
        parts.append(stick((x, y, swing), (x, 1.45, 0.0), 0.01, "seed"))
    return parts


def _hydroponic_tray(rng: Rng) -> list[Part]:
    """A sci-fi hydroponic planter: a long shallow tray of rows of small green seedlings under a
    glowing grow light bar on two posts."""
    w, d = 1.8, 0.5
    parts = [box(w, 0.14, d, at(0, 0.12, 0), 0, "body")]
    for s in (-1, 1):
        parts.append(box(0.08, 0.12, d - 0.05, at(s * (w / 2 - 0.1), 0, 0), 0))  # feet
    parts.append(box(w - 0.06, 0.01, d - 0.06, at(0, 0.26, 0), "soil"))
    parts.append(box(w + 0.02, 0.02, 0.02, at(0, 0.2, d / 2), 1))  # a trim
    for row in range(3):
        z = -0.15 + 0.15 * row
        for k in range(12):
            x = -0.8 + k * (1.6 / 11) + float(rng.uniform(-0.01, 0.01))
            hh = 0.05 + float(rng.uniform(0, 0.02))
            parts.append(stick((x, 0.26, z), (x, 0.27 + hh, z), 0.006, "vine"))
            for sx in (-1, 1):
                leaf = at(x + sx * 0.022, 0.265 + hh, z) @ rot("z", sx * 25)
                parts.append(box(0.05, 0.01, 0.03, leaf, "vine"))
    for s in (-1, 1):  # the posts
        parts.append(box(0.04, 0.85, 0.04, at(s * 0.85, 0.26, -d / 2 + 0.03), 1))
        parts.append(box(0.04, 0.04, 0.3, at(s * 0.85, 1.07, -0.1), 1))
    parts.append(box(1.76, 0.06, 0.14, at(0, 1.06, 0.0), 1))  # the light's housing
    parts.append(box(1.7, 0.025, 0.09, at(0, 1.04, 0.0), "glow"))
    return parts


@cache
def _geodesic_edges() -> list[tuple[np.ndarray, np.ndarray]]:
    """Edges of a once-subdivided icosahedron on the unit sphere, in its upper half."""
    p = (1 + 5**0.5) / 2
    v = [(-1, p, 0), (1, p, 0), (-1, -p, 0), (1, -p, 0), (0, -1, p), (0, 1, p), (0, -1, -p),
         (0, 1, -p), (p, 0, -1), (p, 0, 1), (-p, 0, -1), (-p, 0, 1)]  # fmt: skip
    verts = [np.asarray(x, float) / np.linalg.norm(x) for x in v]
    faces = [(0, 11, 5), (0, 5, 1), (0, 1, 7), (0, 7, 10), (0, 10, 11), (1, 5, 9), (5, 11, 4),
             (11, 10, 2), (10, 7, 6), (7, 1, 8), (3, 9, 4), (3, 4, 2), (3, 2, 6), (3, 6, 8),
             (3, 8, 9), (4, 9, 5), (2, 4, 11), (6, 2, 10), (8, 6, 7), (9, 8, 1)]  # fmt: skip
    # tilt so a vertex is at the top
    edges = {}
    for a, b, c in faces:
        A, B, C = verts[a], verts[b], verts[c]
        ab, bc, ca = ((A + B), (B + C), (C + A))
        ab, bc, ca = (x / np.linalg.norm(x) for x in (ab, bc, ca))
        for e in ((A, ab), (ab, B), (B, bc), (bc, C), (C, ca), (ca, A), (ab, bc), (bc, ca),
                  (ca, ab)):  # fmt: skip
            key = tuple(sorted((tuple(np.round(e[0], 4)), tuple(np.round(e[1], 4)))))
            edges[key] = e
    tilt = rot("x", np.degrees(np.arctan2(1, p)))[:3, :3]
    out = []
    for a, b in edges.values():
        a, b = tilt @ a, tilt @ b
        if min(a[1], b[1]) > -0.05:
            out.append((a, b))
    return out


def _observation_dome(rng: Rng) -> list[Part]:
    """An observation dome: a glass geodesic dome of triangular panes in a metal frame on a round
    platform, a telescope on a tripod inside."""
    r, base = 0.8, 0.12
    parts = [cylinder(0.95, 0.95, base, None, "steel", "body")]
    arc = [((r - 0.01) * np.cos(t), (r - 0.01) * np.sin(t)) for t in np.linspace(0, np.pi / 2, 7)]
    parts.append(lathe([(0.0, 0.0), *arc[:-1], (0.0, r - 0.01)], at(0, base, 0), 0))
    for a, b in _geodesic_edges():
        pa = (a[0] * r, base + max(a[1], 0.0) * r, a[2] * r)
        pb = (b[0] * r, base + max(b[1], 0.0) * r, b[2] * r)
        parts.append(stick(pa, pb, 0.014, 1))
    parts.append(torus(r, 0.02, at(0, base, 0), 1))
    y = base
    for k in range(3):  # the telescope's tripod
        a = 2 * np.pi * k / 3 + float(rng.uniform(-0.1, 0.1))
        parts.append(stick((0.3 * np.cos(a), y, 0.3 * np.sin(a)), (0, y + 0.42, 0), 0.02, 1))
    parts.append(tube([(-0.3, y + 0.32, 0.15), (0.3, y + 0.6, -0.2)], [0.07, 0.1], None, 1))
    return parts


def _lockers(rng: Rng) -> list[Part]:
    """A row of three tall metal lockers, vents across the top of each door, a handle and a
    number plate on each, a padlock hanging on one."""
    w, h, d = 0.45, 1.8, 0.5
    parts = []
    lock = int(rng.integers(0, 3))
    for k in range(3):
        x = (k - 1) * (w + 0.01)
        parts.append(box(w, h, d, at(x, 0, 0), 0, "body" if k == 1 else ""))
        parts.append(box(w - 0.04, h - 0.08, 0.012, at(x, 0.04, d / 2), 0))  # the door
        for j in range(5):  # vents
            parts.append(
                box(w - 0.16, 0.018, 0.01, at(x, 1.52 + 0.045 * j, d / 2 + 0.01), "marking")
            )
        parts.append(box(0.1, 0.05, 0.01, at(x, 1.38, d / 2 + 0.01), 1))  # the number plate
        hx = x + w / 2 - 0.08
        parts.append(box(0.035, 0.16, 0.04, at(hx, 0.85, d / 2 + 0.01), 1))  # the handle
        if k == lock:  # the padlock
            parts.append(box(0.08, 0.09, 0.03, at(hx, 0.7, d / 2 + 0.06), "steel"))
            arc = [(hx - 0.025, 0.78, d / 2 + 0.06), (hx - 0.025, 0.82, d / 2 + 0.06),
                   (hx, 0.845, d / 2 + 0.06), (hx + 0.025, 0.82, d / 2 + 0.06),
                   (hx + 0.025, 0.78, d / 2 + 0.06)]  # fmt: skip
            parts.append(tube(arc, 0.008, None, "steel"))
    return parts


def _folding_screen(rng: Rng) -> list[Part]:
    """A Japanese folding screen (byobu): four tall panels standing in a zigzag, each painted
    with part of a scene of mountains, a crane and trees inside a thin black lacquer frame."""
    pw, ph, fold = 0.48, 1.5, 32.0
    parts = []
    px, pz = -2 * pw * np.cos(np.radians(fold)), 0.0
    for k in range(4):
        yaw = fold if k % 2 == 0 else -fold
        dx, dz = np.cos(np.radians(yaw)) * pw, -np.sin(np.radians(yaw)) * pw
        m = at(px + dx / 2, 0, pz + dz / 2) @ rot("y", yaw)
        px, pz = px + dx, pz + dz
        parts.append(box(pw - 0.04, ph - 0.06, 0.02, m @ at(0, 0.04, 0), 0, "body"))
        for s in (-1, 1):  # the frame
            parts.append(box(0.025, ph, 0.04, m @ at(s * (pw / 2 - 0.012), 0, 0), "marking"))
            parts.append(box(pw, 0.025, 0.04, m @ at(0, 0.0 if s < 0 else ph - 0.025, 0),
                             "marking"))  # fmt: skip
        face = m @ at(0, 0, 0.012)
        peak = 0.75 + 0.25 * np.sin(k * 1.7) + float(rng.uniform(-0.05, 0.05))
        hill = [(-pw / 2 + 0.03, 0.3), (pw / 2 - 0.03, 0.3), (pw / 2 - 0.03, peak - 0.25),
                (0.05 * (k - 1.5), peak), (-pw / 2 + 0.03, peak - 0.2)]  # fmt: skip
        parts.append(slab(hill, 0.005, face, 1))  # mountains
        if k in (0, 3):  # a pine
            tx = -0.08 if k == 0 else 0.08
            parts.append(box(0.03, 0.4, 0.006, face @ at(tx, 0.1, 0.006), "cork"))
            for j in range(3):
                parts.append(sphere(1.0, face @ at(tx, 0.45 + 0.1 * j, 0.008)
                                    @ scl(0.12 - 0.03 * j, 0.04, 0.004), "vine"))  # fmt: skip
        if k == 2:  # a crane in flight
            cr = face @ at(0.0, 1.2, 0.008)
            parts.append(sphere(1.0, cr @ scl(0.07, 0.025, 0.004), "snow"))
            for s in (-1, 1):
                parts.append(slab([(0, 0), (s * 0.15, 0.08), (s * 0.12, 0.02)], 0.004,
                                  cr, "snow"))  # fmt: skip
            parts.append(sphere(0.012, cr @ at(0.08, 0.01, 0), "card-red"))
        if k == 1:  # a red sun
            parts.append(cylinder(0.07, 0.07, 0.004, face @ at(0.05, 1.2, 0.004) @ rot("x", 90),
                                  "card-red"))  # fmt: skip
    return parts


MORE_APPLIANCES_ZM = {
    706: _tatami, 707: _tea_table, 708: _water_fountain, 709: _geta, 710: _bento,
    711: _temple_bell, 712: _hydroponic_tray, 713: _observation_dome, 714: _lockers,
    715: _folding_screen,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
