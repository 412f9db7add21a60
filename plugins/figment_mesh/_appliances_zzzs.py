"""More of the device family's appliances, from 1155: things of the islands and the mountains:
a tiki statue, an outrigger canoe, a ukulele, a flower lei, a coconut cup, a conch shell, a
ski lift gondola and an alphorn.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, mesh_part, rot, scl
from ._kit import (
    ALONG_X,
    FLAT_UP,
    HEX,
    cloth_sheet,
    gores,
    grid_skin,
    hoop,
    lobed,
    pt,
    studs,
    superellipse,
)
from ._primitives import DIAMOND, box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import leaf, sharp

__all__ = ["MORE_APPLIANCES_ZZZS"]

Rng = np.random.Generator

_FLOWERS = ("cloth-yellow", "eraser", "snow", "card-red")


def _ring_path(cx: float, cy: float, z: float, rx: float, ry: float, n: int) -> list[tuple]:
    """n + 1 points round an ellipse in the plane z (the first repeated at the end)."""
    t = np.linspace(0.0, 2 * np.pi, n + 1)
    return [(cx + rx * np.cos(a), cy + ry * np.sin(a), z) for a in t]


# 1155: a tiki statue


def _tiki_face(rng: Rng, z: float) -> list[Part]:
    """A tiki's carved face on the plane z: a heavy brow ridge, big round eyes in raised rims,
    a broad flat nose and a wide grimacing mouth of teeth between thick lips."""
    parts = []
    brow = [(-0.22, 0.8, z - 0.05), (-0.1, 0.855, z + 0.015), (0.0, 0.825, z + 0.02),
            (0.1, 0.855, z + 0.015), (0.22, 0.8, z - 0.05)]  # fmt: skip
    parts.append(tube(brow, [0.022, 0.032, 0.028, 0.032, 0.022]))
    for s in (-1, 1):  # the eyes
        e = at(s * 0.1, 0.765, z - 0.005) @ rot("x", 90)
        parts.append(hoop(0.05, 0.017, e @ scl(1.0, 1.0, 0.85), 0, 24, 6))
        parts.append(cylinder(0.05, 0.05, 0.01, e @ at(0, -0.012, 0) @ scl(1.0, 1.0, 0.85),
                              "marking"))  # fmt: skip
        parts.append(sphere(1.0, at(s * 0.1, 0.765, z - 0.002) @ scl(0.022, 0.02, 0.014)))
    parts.append(sphere(1.0, at(0, 0.73, z - 0.005) @ scl(0.04, 0.08, 0.03)))  # the nose
    parts.append(sphere(1.0, at(0, 0.675, z + 0.01) @ scl(0.085, 0.04, 0.035)))
    for s in (-1, 1):  # its nostril wings and holes
        parts.append(sphere(1.0, at(s * 0.07, 0.67, z + 0.005) @ scl(0.03, 0.03, 0.03)))
        parts.append(sphere(1.0, at(s * 0.035, 0.655, z + 0.03) @ scl(0.014, 0.008, 0.01),
                            "marking"))  # fmt: skip
    wide = 0.17 + float(rng.uniform(-0.01, 0.01))
    parts.append(sphere(1.0, at(0, 0.575, z - 0.01) @ scl(wide, 0.055, 0.02), "marking"))
    parts.append(tube(_ring_path(0, 0.575, z + 0.005, wide, 0.058, 12), 0.018, None, 0,
                      shape=HEX))  # the lips # fmt: skip
    for row, (y, h) in enumerate(((0.585, 0.03), (0.532, 0.03))):  # the teeth
        for i in range(8):
            x = -wide * 0.8 + wide * 1.6 * (i + 0.5) / 8
            sag = 0.012 * (1 - (x / wide) ** 2) * (1 if row else -1)
            parts.append(box(0.03, h, 0.012, at(x, y + sag, z + 0.002), "tooth"))
    return parts


def _tiki_statue(rng: Rng) -> list[Part]:
    """A carved wooden tiki on a low plinth: a huge head (half its height) under a grooved
    crown, a heavy brow over big round rimmed eyes, a broad flat nose, a wide grimacing mouth
    full of teeth, round ears; a squat body with a round belly, both hands laid on it, short
    bent legs; carved grooves round the crown and the neck."""
    sq = superellipse(1.0, 0.82, 3.0, 24)
    body = [(0.0, 0.2), (0.15, 0.2), (0.175, 0.26), (0.19, 0.36), (0.2, 0.46), (0.19, 0.52),
            (0.0, 0.52)]  # fmt: skip
    parts = [lathe(body, None, 0, "body", shape=sq)]
    parts.append(box(0.5, 0.07, 0.38, None, 1))  # the plinth
    parts.append(box(0.46, 0.02, 0.34, at(0, 0.07, 0), 1))
    head = [(0.0, 0.5), (0.2, 0.5), (0.235, 0.56), (0.245, 0.7), (0.245, 0.86), (0.235, 0.9),
            (0.0, 0.9)]  # fmt: skip
    parts.append(lathe(head, None, 0, shape=sq))
    crown = [(0.0, 0.88), (0.25, 0.88), (0.26, 0.93), (0.24, 0.98), (0.16, 1.0), (0.0, 1.0)]
    parts.append(lathe(crown, None, 0, shape=lobed(36, 12, 0.12) * [1.0, 0.82]))
    for y, r in ((0.88, 0.247), (0.5, 0.205)):  # the carved grooves
        band = [(r - 0.01, -0.007), (r + 0.006, -0.007), (r + 0.006, 0.007), (r - 0.01, 0.007)]
        parts.append(lathe(band, at(0, y, 0), "marking", closed=True, shape=sq))
    parts += _tiki_face(rng, 0.2)
    for s in (-1, 1):  # the ears
        parts.append(sphere(1.0, at(s * 0.245, 0.72, 0.0) @ scl(0.03, 0.1, 0.06)))
        parts.append(sphere(1.0, at(s * 0.262, 0.72, 0.01) @ scl(0.012, 0.06, 0.03), "marking"))
    parts.append(sphere(1.0, at(0, 0.33, 0.1) @ scl(0.15, 0.12, 0.08)))  # the belly
    parts.append(hoop(0.014, 0.006, at(0, 0.3, 0.178) @ rot("x", 80), 0, 12, 4))  # the navel
    for s in (-1, 1):
        arm = [(s * 0.19, 0.49, 0.0), (s * 0.215, 0.4, 0.04), (s * 0.19, 0.35, 0.12),
               (s * 0.1, 0.37, 0.17)]  # fmt: skip
        parts.append(tube(arm, [0.045, 0.042, 0.038, 0.034]))
        hand = at(s * 0.07, 0.37, 0.175) @ rot("z", s * 10)
        parts.append(sphere(1.0, hand @ scl(0.055, 0.045, 0.028)))
        for k in range(3):  # the fingers' grooves
            parts.append(box(0.05, 0.004, 0.006, hand @ at(-s * 0.01, -0.022 + 0.015 * k, 0.024),
                             "marking"))  # fmt: skip
        leg = [(s * 0.1, 0.26, 0.0), (s * 0.13, 0.17, 0.09), (s * 0.11, 0.1, 0.04)]
        parts.append(tube(leg, [0.06, 0.055, 0.045]))
        parts.append(sphere(1.0, at(s * 0.11, 0.1, 0.08) @ scl(0.06, 0.03, 0.08)))  # the feet
    return parts


# 1156: an outrigger canoe


def _hull(length: float, beam: float, depth: float, wall: float) -> Part:
    """A dugout canoe's hull along x, open on top: a thin-walled U in section, pointed at both
    ends, its gunwales rising toward bow and stern."""
    xs = np.linspace(-length / 2, length / 2, 31)
    u = np.abs(xs) / (length / 2)
    half = np.maximum(beam / 2 * (1 - u**2.4) ** 0.6, 0.003)
    top = depth + 0.04 * u**4
    keel = 0.012 * u**3
    t = np.linspace(0.0, np.pi, 11)
    rows = []
    for x, w, y1, y0 in zip(xs, half, top, keel, strict=True):
        wi = max(w - wall, 0.001)
        outer = [(x, y1 - (y1 - y0) * np.sin(a), -w * np.cos(a)) for a in t]
        inner = [(x, y1 - (y1 - y0 - wall) * np.sin(a), wi * np.cos(a)) for a in t]
        rows.append(outer + inner)
    return grid_skin(np.asarray(rows), 0, "body")


def _outrigger_canoe(rng: Rng) -> list[Part]:
    """A Polynesian outrigger canoe: a slim, long open dugout hull with raised pointed ends and
    covered bow and stern, a long thin pointed log float parallel to it on one side, joined by
    three arched booms lashed across the gunwales and pegged to the float on forked stanchions,
    a paddle with a leaf-shaped blade lying in the hull."""
    length, beam, depth = 1.0, 0.1, 0.075
    parts = [_hull(length, beam, depth, 0.008)]
    for s in (-1, 1):  # the bow and stern covers
        pts = [(s * 0.36, depth + 0.004, 0.0), (s * 0.44, depth + 0.012, 0.0),
               (s * 0.5, depth + 0.045, 0.0)]  # fmt: skip
        parts.append(tube(pts, [0.035, 0.02, 0.004], None, 0, shape=np.array(
            [[1.0, -0.2], [1.0, 0.2], [-1.0, 0.2], [-1.0, -0.2]])))  # fmt: skip
    zf = -0.34  # the float
    fl = [(-0.36, 0.035, zf), (-0.3, 0.026, zf), (0.0, 0.025, zf), (0.28, 0.026, zf),
          (0.36, 0.04, zf)]  # fmt: skip
    parts.append(tube(fl, [0.0, 0.022, 0.026, 0.022, 0.0], None, 0))
    for x in (-0.22, 0.0, 0.22):  # the booms, lashings and stanchions
        x += float(rng.uniform(-0.01, 0.01))
        boom = [(x, depth + 0.006, 0.07), (x, depth + 0.03, 0.0), (x, depth + 0.025, -0.12),
                (x, 0.095, -0.26), (x, 0.085, zf)]  # fmt: skip
        parts.append(tube(boom, 0.011, None, 1))
        for z in (-beam / 2 + 0.004, beam / 2 - 0.004):
            parts.append(hoop(0.015, 0.004, at(x, depth + 0.02, z) @ rot("z", 90) @
                              scl(1.0, 1.0, 1.4), "cork", 10, 4))  # fmt: skip
        for dx in (-0.025, 0.025):
            parts.append(stick((x, 0.09, zf), (x + dx, 0.035, zf), 0.006, 1))
        parts.append(hoop(0.013, 0.004, at(x, 0.085, zf) @ rot("z", 90), "cork", 10, 4))
    for x in (-0.3, 0.3):  # the seats
        parts.append(box(0.04, 0.008, beam - 0.02, at(x, depth - 0.03, 0), 0))
    paddle = at(-0.18, depth - 0.012, 0.0) @ rot("y", 8) @ rot("z", -3) @ ALONG_X  # the paddle
    parts.append(cylinder(0.007, 0.007, 0.36, paddle, 1))
    parts.append(cylinder(0.011, 0.011, 0.05, paddle @ at(0, 0.36, 0) @ rot("z", 90) @
                          at(0, -0.025, 0), 1))  # its grip # fmt: skip
    parts.append(slab(leaf(0.36), 0.008, paddle @ rot("y", 90) @ scl(0.085, -0.11, 1.0)
                      @ at(0, 0.95, 0), 1))  # its blade # fmt: skip
    return parts


# 1157: a ukulele


_UKE = [(0.0, 0.0), (0.045, 0.004), (0.075, 0.025), (0.087, 0.065), (0.08, 0.105),
        (0.062, 0.14), (0.063, 0.165), (0.07, 0.195), (0.062, 0.225), (0.035, 0.243),
        (0.0, 0.247), (-0.035, 0.243), (-0.062, 0.225), (-0.07, 0.195), (-0.063, 0.165),
        (-0.062, 0.14), (-0.08, 0.105), (-0.087, 0.065), (-0.075, 0.025),
        (-0.045, 0.004)]  # fmt: skip
"""A ukulele's figure-eight body outline: a wider lower bout, a waist and a smaller upper bout."""


def _ukulele(rng: Rng) -> list[Part]:
    """A small four-string ukulele standing on its end, leaning back a little: a small
    figure-eight body with a round sound hole in a rosette and a bridge, a short fretted neck
    with twelve frets, four strings, a small rounded head with four tuning pegs, two on each
    side."""
    d = 0.06
    m = at(0, 0.007, 0.0) @ rot("x", -10)
    parts = [slab(_UKE, d, m @ at(0, 0, 0), 0, "body")]
    face = m @ at(0, 0, d / 2)
    parts.append(cylinder(0.026, 0.026, 0.004, face @ at(0, 0.16, 0) @ rot("x", 90) @
                          at(0, -0.003, 0), "marking"))  # the sound hole # fmt: skip
    parts.append(torus(0.031, 0.003, face @ at(0, 0.16, 0.001) @ rot("x", 90), 1))
    parts.append(box(0.07, 0.012, 0.01, face @ at(0, 0.052, 0), 1))  # the bridge
    parts.append(box(0.05, 0.004, 0.014, face @ at(0, 0.06, 0.003), "snow"))  # its saddle
    nut, scale = 0.365, 0.305
    parts.append(box(0.034, nut - 0.24, 0.024, m @ at(0, 0.24, 0.006), 0))  # the neck
    parts.append(cylinder(0.017, 0.017, nut - 0.24, m @ at(0, 0.24, 0.006), 0))
    parts.append(box(0.038, nut - 0.2, 0.006, face @ at(0, 0.2, 0.003), 1))  # fretboard
    parts.append(box(0.038, 0.005, 0.012, face @ at(0, nut - 0.005, 0.006), "snow"))  # the nut
    for k in range(1, 13):  # the frets
        y = nut - scale * (1 - 2 ** (-k / 12))
        parts.append(box(0.038, 0.0025, 0.009, face @ at(0, y, 0.004), "steel"))
    head = m @ at(0, nut, 0.008)  # the head and its pegs
    parts.append(slab([(-0.022, 0.0), (0.022, 0.0), (0.03, 0.04), (0.026, 0.075), (0.0, 0.082),
                       (-0.026, 0.075), (-0.03, 0.04)], 0.016, head, 0))  # fmt: skip
    parts.append(slab([(-0.02, 0.003), (0.02, 0.003), (0.027, 0.04), (0.023, 0.072),
                       (0.0, 0.078), (-0.023, 0.072), (-0.027, 0.04)], 0.004,
                      head @ at(0, 0, 0.008), 1))  # fmt: skip
    pegs = []
    for s in (-1, 1):
        for y in (0.028, 0.058):
            pegs.append((s * 0.013, y))
            parts.append(cylinder(0.004, 0.004, 0.012, head @ at(s * 0.013, y, 0.006)
                                  @ rot("x", 90), "steel"))  # fmt: skip
            parts.append(
                stick(
                    pt(head, s * 0.024, y, -0.004), pt(head, s * 0.045, y, -0.004), 0.003, "steel"
                )
            )
            parts.append(sphere(1.0, head @ at(s * 0.05, y, -0.004) @ scl(0.008, 0.011, 0.004),
                                "snow"))  # the buttons # fmt: skip
    for i in range(4):  # the strings
        xb = -0.018 + 0.012 * i
        xn = -0.0105 + 0.007 * i
        a = face @ np.array([xb, 0.064, 0.012, 1.0])
        b = face @ np.array([xn, nut, 0.011, 1.0])
        c = head @ np.array([*pegs[(0, 2, 3, 1)[i]], 0.014, 1.0])
        parts.append(tube([a[:3], b[:3]], 0.0014, None, "snow", shape=DIAMOND))
        parts.append(tube([b[:3], c[:3]], 0.0014, None, "snow", shape=DIAMOND))
    return parts


# 1158: a flower lei


def _frames(normals: np.ndarray, spins: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Two unit axes square to each of the normals, turned by its spin (radians)."""
    ref = np.where(np.abs(normals[:, 1:2]) < 0.9, [[0.0, 1.0, 0.0]], [[1.0, 0.0, 0.0]])
    u = np.cross(normals, ref)
    u /= np.linalg.norm(u, axis=1, keepdims=True)
    v = np.cross(normals, u)
    c, s = np.cos(spins)[:, None], np.sin(spins)[:, None]
    return c * u + s * v, c * v - s * u


def _blossoms(centres, normals, spins, r: float, slot, petals: int = 5) -> Part:
    """Many small flowers in one part: each a thin cupped disc of ``petals`` round petals
    (radius r) at its centre, facing along its normal."""
    p = np.asarray(centres, float)
    nrm = np.asarray(normals, float)
    nrm = nrm / np.linalg.norm(nrm, axis=1, keepdims=True)
    u, v = _frames(nrm, np.asarray(spins, float))
    n, depth = 20, 0.12 * r
    t = np.arange(n) * (2 * np.pi / n)
    rad = 0.4 + 0.6 * np.abs(np.cos(petals / 2 * t)) ** 0.8
    cup = 0.3 * r * rad**2
    ring = np.stack([r * rad * np.cos(t), r * rad * np.sin(t)], 1)
    top = np.c_[ring, cup + depth / 2]
    bot = np.c_[ring, cup - depth / 2]
    local = np.concatenate([[[0.0, 0.0, depth / 2]], top, [[0.0, 0.0, -depth / 2]], bot])
    i = np.arange(n)
    j = (i + 1) % n
    faces = np.concatenate([
        np.stack([np.zeros(n, int), 1 + i, 1 + j], 1),
        np.stack([np.full(n, n + 1), n + 2 + j, n + 2 + i], 1),
        np.stack([n + 2 + i, n + 2 + j, 1 + j], 1),
        np.stack([n + 2 + i, 1 + j, 1 + i], 1),
    ])  # fmt: skip
    frame = np.stack([u, v, nrm], 1)
    verts = p[:, None, :] + np.einsum("lk,nkj->nlj", local, frame)
    every = faces[None] + (np.arange(len(p)) * len(local))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), every.reshape(-1, 3), slot)


def _lei(rng: Rng) -> list[Part]:
    """A Hawaiian flower lei laid on the ground: a thick loop of many five-petal blossoms
    strung densely together, in runs of yellow, pink, white and red, each with a yellow heart,
    a few green leaves and a ribbon bow where its ends are tied."""
    n, rx, rz = 42, 0.42, 0.36
    parts = [hoop(1.0, 0.02, at(0, 0.03, 0) @ scl(rx, 1.0, rz), 0, 40, 6)]
    parts[0] = replace(parts[0], tag="body")
    off = int(rng.integers(0, 4))
    flowers: dict = {c: ([], [], []) for c in _FLOWERS}
    for i in range(n):
        a = 2 * np.pi * (i + 0.5) / n
        c = np.array([rx * np.cos(a), 0.0, rz * np.sin(a)])
        out = np.array([np.cos(a) / rx, 0.0, np.sin(a) / rz])
        out /= np.linalg.norm(out)
        for k, (lean, reach, y) in enumerate(((0.0, 0.0, 0.062), (62, 0.045, 0.036),
                                              (-62, -0.045, 0.036))):  # fmt: skip
            up = np.array([0.0, np.cos(np.radians(lean)), 0.0]) + out * np.sin(np.radians(lean))
            colour = _FLOWERS[(off + i // 2 + (k if i % 2 else 0)) % 4]
            pts, nrms, spins = flowers[colour]
            pts.append(c + out * reach + np.array([0.0, y, 0.0]))
            nrms.append(up)
            spins.append(float(rng.uniform(0, 2 * np.pi)))
    hearts, hn = [], []
    for colour, (pts, nrms, spins) in flowers.items():
        parts.append(_blossoms(pts, nrms, spins, 0.042, colour))
        hearts += [np.asarray(q) + np.asarray(m) * 0.012 for q, m in zip(pts, nrms, strict=True)]
        hn += nrms
    parts.append(studs(hearts, hn, 0.008, 0.008, "cloth-yellow", 6))
    for s in (-1, 1):  # the leaves by the knot
        lm = at(s * 0.05, 0.05, rz + 0.06) @ rot("y", s * 30) @ FLAT_UP @ scl(0.03, 0.07, 1.0)
        parts.append(slab(leaf(0.4), 0.008, lm @ at(0, 1.0, 0), "vine"))
    knot = at(0, 0.07, rz + 0.04)  # the ribbon bow and its tails
    flat = np.array([[1.0, -0.25], [1.0, 0.25], [-1.0, 0.25], [-1.0, -0.25]]) * 1.8
    for s in (-1, 1):
        parts.append(sphere(1.0, knot @ at(s * 0.035, 0.0, 0.0) @ rot("z", s * 20)
                            @ scl(0.04, 0.022, 0.012), 0))  # fmt: skip
        parts.append(
            tube(
                [
                    (s * 0.01, 0.065, rz + 0.05),
                    (s * 0.04, 0.03, rz + 0.11),
                    (s * 0.05, 0.004, rz + 0.16),
                ],
                0.008,
                None,
                0,
                shape=flat,
            )
        )
    parts.append(sphere(0.015, knot, 0))
    return parts


# 1159: a coconut cup


def _prisms(a, b, w: float, slot) -> Part:
    """Many thin square sticks in one part (fibres, hairs), w thick from each a to its b."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = b - a
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    u, v = _frames(d, np.zeros(len(d)))
    sq = np.array([(1, 1), (-1, 1), (-1, -1), (1, -1)], float) * w / 2
    corners = sq[:, 0, None, None] * u[None] + sq[:, 1, None, None] * v[None]  # (4, n, 3)
    verts = np.concatenate([a[None] + corners, b[None] + corners]).transpose(1, 0, 2)
    i = np.arange(4)
    j = (i + 1) % 4
    faces = np.concatenate([
        np.stack([i, j, 4 + j], 1), np.stack([i, 4 + j, 4 + i], 1),
        [[0, 2, 1], [0, 3, 2], [4, 5, 6], [4, 6, 7]],
    ])  # fmt: skip
    every = faces[None] + (np.arange(len(a)) * 8)[:, None, None]
    return mesh_part(verts.reshape(-1, 3), every.reshape(-1, 3), slot)


def _coconut_cup(rng: Rng) -> list[Part]:
    """A tropical drink in half a coconut: a round brown shell, shaggy with fibres, its thick
    white flesh showing round the rim, full of an orange drink, a paper cocktail umbrella
    opened at a slant, a red and white striped bendy straw, a pineapple wedge with a cherry on
    the rim."""
    ys = [0.0, 0.015, 0.07, 0.15, 0.23, 0.28]
    rs = [0.0, 0.12, 0.22, 0.28, 0.3, 0.295]
    parts = [lathe(list(zip(rs, ys, strict=True)), None, 0, "body", shape=lobed(40, 9, 0.03))]
    flesh = [(0.286, 0.24), (0.288, 0.3), (0.26, 0.306), (0.245, 0.29), (0.25, 0.24)]
    parts.append(lathe(flesh, None, "snow", closed=True))  # the flesh round the rim
    parts.append(cylinder(0.252, 0.252, 0.02, at(0, 0.255, 0), "fruit-orange"))  # the drink
    a = rng.uniform(0, 2 * np.pi, 150)
    y = rng.uniform(0.03, 0.26, 150)
    r = np.interp(y, ys, rs) + 0.004
    p = np.stack([r * np.cos(a), y, r * np.sin(a)], 1)
    tang = np.stack([-np.sin(a), rng.uniform(-1.5, 1.5, 150), np.cos(a)], 1)
    tang *= rng.uniform(0.025, 0.05, 150)[:, None] / np.linalg.norm(tang, axis=1, keepdims=True)
    parts.append(_prisms(p[:75] - tang[:75], p[:75] + tang[:75], 0.006, 0))  # the fibres
    parts.append(_prisms(p[75:] - tang[75:], p[75:] + tang[75:], 0.006, "soil"))
    um = at(-0.06, 0.28, -0.04) @ rot("z", 24) @ rot("x", -12)  # the umbrella
    parts.append(cylinder(0.004, 0.004, 0.46, um, 1))
    parts.append(lathe([(0.0, -0.06), (0.18, -0.06), (0.14, -0.04), (0.07, -0.015),
                        (0.0, 0.0)], um @ at(0, 0.46, 0), "card-red",
                       shape=gores(8, 0.12, lambda i: 1.0)))  # fmt: skip
    for k in range(8):  # its ribs underneath
        t = 2 * np.pi * k / 8
        rib = pt(um, 0.15 * np.cos(t), 0.405, 0.15 * np.sin(t))
        parts.append(stick(pt(um, 0, 0.36, 0), rib, 0.002, "snow"))
    straw = np.array([(0.1, 0.1, 0.05), (0.1, 0.5, 0.05), (0.11, 0.56, 0.055),
                      (0.15, 0.6, 0.07), (0.25, 0.66, 0.1)])  # fmt: skip
    seg = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(straw, axis=0), axis=1))]
    s = np.linspace(0, seg[-1], 15)
    fine = np.stack([np.interp(s, seg, straw[:, i]) for i in range(3)], 1)
    for k in range(14):  # the straw's stripes
        parts.append(stick(fine[k], fine[k + 1], 0.016, "card-red" if k % 2 else "snow"))
    wm = at(-0.2, 0.33, 0.2) @ rot("y", 45) @ rot("z", 180)  # the pineapple wedge
    arc0 = np.radians(np.linspace(60, 120, 7))
    wedge = [(0.0, 0.02)] + [(0.21 * np.cos(t), 0.21 * np.sin(t)) for t in arc0]
    parts.append(slab(sharp(wedge), 0.06, wm @ at(0, -0.23, 0), "cloth-yellow"))
    rind = [(0.2 * np.cos(t), 0.2 * np.sin(t)) for t in arc0]
    rind += [(0.235 * np.cos(t), 0.235 * np.sin(t)) for t in arc0[::-1]]
    parts.append(slab(sharp(rind), 0.062, wm @ at(0, -0.23, 0), "cork"))
    parts.append(sphere(0.045, at(-0.14, 0.4, 0.27), "fruit-red"))  # the cherry
    parts.append(tube([(-0.14, 0.44, 0.27), (-0.12, 0.5, 0.26), (-0.07, 0.54, 0.25)], 0.004,
                      None, "vine"))  # fmt: skip
    return parts


# 1160: a conch shell


def _conch_r(y):
    """A queen conch's radius along its axis from the siphonal canal's point (y = -0.5) to the
    spire's tip (y = 0.5): a long tapering body, the broad shoulder, the stepped spire."""
    ys = [-0.5, -0.42, -0.3, -0.15, 0.0, 0.1, 0.16, 0.2]
    rs = [0.012, 0.035, 0.07, 0.13, 0.19, 0.23, 0.24, 0.21]
    return np.interp(y, ys, rs)


def _conch_profile() -> list[tuple[float, float]]:
    """The conch's lathe profile: the body, then the spire's whorls, each bulging out to its
    shoulder above the groove of its suture."""
    prof = [(0.0, -0.5)] + [(float(_conch_r(y)), float(y)) for y in np.linspace(-0.48, 0.2, 9)]
    for k in range(5):
        y = 0.2 + 0.055 * k
        env = 0.21 * (1 - (y - 0.2) / 0.3) ** 0.9
        prof += [(env * 0.82, y + 0.012), (env * 0.97, y + 0.04)]
    return [*prof, (0.01, 0.49), (0.0, 0.5)]


def _conch_lip(m: np.ndarray) -> list[Part]:
    """The opening and the flared outer lip under the shell's frame m (axis y, opening toward
    +z, flaring to +x): a glossy pink face running from the middle of the body's front round
    to its side and out over a thick cream wing that reaches up past the shoulder."""
    rows = np.linspace(0.0, 1.0, 12)
    cols = np.linspace(0.0, 1.0, 11)
    g = []
    for s in rows:
        y = -0.4 + 0.76 * s
        r = float(_conch_r(min(y, 0.18))) * (1.0 if y < 0.18 else max(0.3, 1 - (y - 0.18) * 3))
        w = 0.2 * np.sqrt(np.sin(np.pi * s**1.3)) + 0.015
        on = np.minimum(cols / 0.4, 1.0)  # round the body, then out over the wing
        a = np.radians(70 - 48 * on)
        out = np.clip((cols - 0.4) / 0.6, 0.0, 1.0) ** 1.2
        x = (r + 0.012) * np.cos(a) + w * out
        z = (r + 0.012) * np.sin(a) + 0.09 * out**2 * np.sin(np.pi * s) ** 0.5
        g.append(np.stack([x, y + 0.05 * out * s, z], 1))
    g = np.asarray(g) @ m[:3, :3].T + m[:3, 3]
    nrm = np.cross(np.gradient(g, axis=0), np.gradient(g, axis=1))
    nrm /= np.maximum(np.linalg.norm(nrm, axis=-1, keepdims=True), 1e-9)
    if nrm[6, 2] @ (m[:3, :3] @ [0.0, 0.0, 1.0]) < 0:
        nrm = -nrm
    back = g[:, 3:] - nrm[:, 3:] * 0.02
    rim = g[:, -1] - nrm[:, -1] * 0.012
    return [cloth_sheet(back, 0.035, 0), cloth_sheet(g[1:], 0.008, "eraser"),
            tube(rim, 0.02, None, 0)]  # fmt: skip


def _conch_shell(rng: Rng) -> list[Part]:
    """A big queen conch lying on its side: a fat body whorl crowned with blunt spikes, a thick
    stepped spire of knobby whorls at one end, tapering to the point of its canal at the
    other, its long opening and the great flaring lip, glossy pink, turned to the viewer, the
    lip rising up past the shoulder."""
    m = rot("y", 20) @ rot("x", -35) @ rot("z", 90) @ rot("y", float(rng.uniform(-5, 5)))
    prof = _conch_profile()
    parts = [lathe(prof, m, 0, "body")]
    tips = []
    for k in range(34):  # the spiral of knobs round the whorls' shoulders
        t = k / 33
        y = 0.45 - 0.29 * t**0.8
        a = k * 2 * np.pi / 7.0 + 2.2
        r = float(_conch_r(y)) if y < 0.2 else 0.21 * (1 - (y - 0.2) / 0.3) ** 0.9
        size = 0.012 + 0.03 * t**1.5
        p = pt(m, r * 0.95 * np.cos(a), y, -r * 0.95 * np.sin(a))
        n = m[:3, :3] @ np.array([np.cos(a), 0.5, -np.sin(a)])
        parts.append(cylinder(size, size * 0.35, size * 1.6, at(*p) @ align(n), 0))
        tips.append(p[1] + n[1] / np.linalg.norm(n) * size * 1.6)
    suture = [(0.2 * (1 - t) * np.cos(a), 0.2 + 0.29 * t, -0.2 * (1 - t) * np.sin(a))
              for t, a in zip(np.linspace(0, 0.95, 30), np.linspace(0, 10 * np.pi, 30),
                              strict=True)]  # fmt: skip
    parts.append(tube([pt(m, *q) for q in suture], 0.006, None, 1, shape=HEX))
    parts += _conch_lip(m)
    ring = np.arange(16) * (2 * np.pi / 16)
    low = min(pt(m, r * np.cos(a), y, r * np.sin(a))[1] for r, y in prof for a in ring)
    low = min(low, *tips)
    return [q.moved(at(0, -low, 0)) for q in parts]


# 1161: a ski lift gondola


def _gondola(rng: Rng) -> list[Part]:
    """A ski lift gondola hanging from its cable: a rounded box cabin painted in one colour,
    big windows all round between slim pillars, sliding double doors in front, a roof with a
    housing on top, a long curved hanger arm up to a grip clamped on the steel haul rope, which
    runs off both ways."""
    w, d, h = 0.5, 0.42, 0.56
    sq = superellipse(1.0, d / w, 5.0, 32)
    lower = [(0.0, 0.0), (0.2, 0.0), (0.245, 0.03), (0.25, 0.08), (0.25, 0.24), (0.0, 0.24)]
    parts = [lathe(lower, None, 0, "body", shape=sq)]
    parts.append(lathe([(0.0, 0.23), (0.246, 0.23), (0.246, 0.46), (0.0, 0.46)], None, "pane",
                       shape=sq))  # fmt: skip
    upper = [(0.0, 0.45), (0.25, 0.45), (0.25, 0.5), (0.235, 0.54), (0.18, h), (0.0, h)]
    parts.append(lathe(upper, None, 0, shape=sq))
    for a in range(8):  # the window pillars
        t = 2 * np.pi * (a + 0.5) / 8
        c, s = np.cos(t), np.sin(t)
        x = 0.25 * np.sign(c) * abs(c) ** 0.4
        z = -d / 2 * np.sign(s) * abs(s) ** 0.4
        parts.append(box(0.03, 0.23, 0.03, at(x * 0.99, 0.235, z * 0.99), 0))
    for s in (-1, 1):  # the sliding doors in front
        parts.append(box(0.012, 0.44, 0.014, at(s * 0.095, 0.03, d / 2 + 0.005), 0))
        parts.append(box(0.16, 0.012, 0.014, at(s * 0.05, 0.03, d / 2 + 0.006), 0))
        parts.append(box(0.02, 0.08, 0.014, at(s * 0.012, 0.28, d / 2 + 0.008), "steel"))
    parts.append(box(0.004, 0.43, 0.016, at(0, 0.03, d / 2 + 0.006), "marking"))
    parts.append(box(0.22, 0.01, 0.02, at(0, 0.47, d / 2 - 0.005), "steel"))  # its track
    parts.append(box(0.16, 0.04, 0.16, at(0, h - 0.005, 0), 1))  # the roof housing
    for y in (0.06, 0.34):  # the ski rack on the side, and two pairs of skis in it
        parts.append(box(0.04, 0.015, 0.3, at(w / 2 + 0.02, y, 0.0), 1))
    for k, z in enumerate((-0.1, -0.075, 0.07, 0.095)):
        ski = at(w / 2 + 0.035 + 0.006 * (k % 2), 0.01, z) @ rot("x", 3 - 6 * (k // 2))
        colour = ("card-red", "plume")[k // 2]
        parts.append(box(0.008, 0.42, 0.022, ski, colour))
        parts.append(box(0.008, 0.04, 0.022, ski @ at(0, 0.41, 0) @ rot("x", 25), colour))
    top, cable = 1.05, 1.06
    arm = [(0.0, h + 0.03, 0.0), (0.0, 0.75, 0.0), (0.05, 0.9, 0.0), (0.17, 0.98, 0.0),
           (0.17, top, 0.0)]  # fmt: skip
    parts.append(tube(arm, 0.022, None, 1, shape=HEX))
    parts.append(box(0.16, 0.05, 0.06, at(0.17, top - 0.01, 0.0), 1))  # the grip
    for x in (0.11, 0.23):
        parts.append(cylinder(0.025, 0.025, 0.02, at(x, cable + 0.02, 0.03) @ rot("x", 90),
                              "steel"))  # fmt: skip
    slope = 0.08
    a = np.array([-0.8, cable + 0.025 - slope * 0.97, 0.0])
    b = np.array([0.8, cable + 0.025 + slope * 0.63, 0.0])
    parts.append(stick(a, b, 0.008, "steel"))
    return parts


# 1162: an alphorn


def _alphorn(rng: Rng) -> list[Part]:
    """A Swiss alphorn lying on the ground: a very long, straight wooden tube, narrow at the
    raised mouthpiece and widening all along to an upturned flared bell resting on the ground,
    bound with dark bands, painted rings and flowers round the bell, a small trestle under its
    middle."""
    x0, x1, y0, y1 = -0.5, 0.3, 0.16, 0.045
    xs = np.linspace(x0, x1, 9)
    ys = y0 + (y1 - y0) * (xs - x0) / (x1 - x0)
    rs = 0.006 + 0.014 * ((xs - x0) / (x1 - x0)) ** 1.5
    bend = [(0.35, 0.034, 0.022), (0.4, 0.04, 0.025), (0.435, 0.065, 0.028)]
    pts = [(x, y, 0.0) for x, y in zip(xs, ys, strict=True)] + [(x, y, 0.0) for x, y, _ in bend]
    parts = [tube(pts, [*rs, *(r for *_, r in bend)], None, 0, "body")]
    bell_m = at(0.435, 0.065, 0.0) @ rot("z", -38)  # the bell, flaring up and forward
    outer = [(0.027, -0.01), (0.031, 0.03), (0.038, 0.06), (0.05, 0.085), (0.068, 0.1),
             (0.08, 0.106)]  # fmt: skip
    inner = [(0.074, 0.108), (0.06, 0.1), (0.044, 0.088), (0.032, 0.062), (0.025, 0.03),
             (0.021, -0.01)]  # fmt: skip
    parts.append(lathe(outer + inner, bell_m, 0, closed=True))
    parts.append(cylinder(0.024, 0.024, 0.005, bell_m @ at(0, 0.05, 0), "marking"))
    for k, y in enumerate((0.015, 0.07, 0.092)):  # painted rings round the bell
        r = float(np.interp(y, [p[1] for p in outer], [p[0] for p in outer])) + 0.001
        parts.append(hoop(r, 0.003, bell_m @ at(0, y, 0), "card-red" if k != 1 else "snow", 28,
                          4))  # fmt: skip
    ps, ns = [], []
    for k in range(8):  # and white flowers between them
        a = 2 * np.pi * (k + 0.5) / 8
        ps.append(pt(bell_m, 0.043 * np.cos(a), 0.07 - 0.025, 0.043 * np.sin(a)))
        ns.append(bell_m[:3, :3] @ np.array([np.cos(a), -0.45, np.sin(a)]))
    parts.append(_blossoms(ps, ns, np.zeros(8), 0.011, "snow"))
    parts.append(studs(ps, ns, 0.003, 0.01, "cloth-yellow", 6))
    tilt = np.degrees(np.arctan2(y0 - y1, x1 - x0))
    for k in range(5):  # the binding bands along the tube
        x = x0 + 0.1 + 0.16 * k
        y = float(np.interp(x, xs, ys))
        r = float(np.interp(x, xs, rs)) + 0.002
        parts.append(cylinder(r, r, 0.012, at(x, y, 0) @ rot("z", tilt - 90) @ at(0, -0.006, 0),
                              1))  # fmt: skip
    mouth = at(x0, y0, 0) @ rot("z", tilt + 90)  # the mouthpiece
    parts.append(cylinder(0.007, 0.012, 0.025, mouth, 1))
    parts.append(torus(0.009, 0.003, mouth @ at(0, 0.025, 0), 1))
    xm = -0.12 + float(rng.uniform(-0.02, 0.02))  # the trestle
    ym = float(np.interp(xm, xs, ys) - np.interp(xm, xs, rs))
    for s in (-1, 1):
        parts.append(stick((xm, ym - 0.006, 0.0), (xm + 0.01, 0.0, s * 0.05), 0.005, 1))
        parts.append(stick((xm, ym - 0.006, 0.0), (xm - 0.01, 0.0, s * 0.05), 0.005, 1))
    parts.append(box(0.03, 0.012, 0.03, at(xm, ym - 0.012, 0), 1))
    return parts


MORE_APPLIANCES_ZZZS = {
    1155: _tiki_statue, 1156: _outrigger_canoe, 1157: _ukulele, 1158: _lei, 1159: _coconut_cup,
    1160: _conch_shell, 1161: _gondola, 1162: _alphorn,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
