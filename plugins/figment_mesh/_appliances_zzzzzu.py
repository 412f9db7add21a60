"""More of the device family's appliances, from 1538: a floor lamp, a sweater laid out as on a
shop display, a chess knight.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, at, rot, scl
from ._kit import chain, cone, cut, loft, rope, solid, superellipse
from ._primitives import cylinder, lathe, sphere, torus, tube
from ._sdf import ellipsoid

__all__ = ["MORE_APPLIANCES_ZZZZZU"]

Rng = np.random.Generator


def _ribbed(n: int, ribs: int, depth: float) -> np.ndarray:
    """A circle of radius 1 cut into ``ribs`` square-topped knit ribs ``depth`` deep (n points):
    a cross-section for a ribbed cuff or hem."""
    t = np.arange(n) * (2 * np.pi / n)
    r = 1.0 - depth * (np.cos(t * ribs) < 0)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _floor_lamp(rng: Rng) -> list[Part]:
    """A floor lamp about 1.6 m tall: a round heavy domed base on the floor, a tall thin straight
    pole with a joint collar, and at the top a big drum lampshade (second material) open at top
    and bottom with rolled rims, wire spokes holding it, a glowing bulb in its socket inside and
    a small pull chain hanging from the socket below the shade."""
    top = 1.6 + float(rng.uniform(-0.04, 0.04))
    sh = 0.34  # the shade's height
    r0, r1 = 0.25, 0.2 + float(rng.uniform(-0.02, 0.01))  # its bottom and top radii
    y0 = top - sh
    base = [(0.0, 0.0), (0.17, 0.0), (0.175, 0.012), (0.168, 0.03), (0.12, 0.05), (0.04, 0.062),
            (0.025, 0.075), (0.0, 0.075)]  # fmt: skip
    parts = [lathe(base, None, 0, "body", sides=32)]
    parts.append(cylinder(0.011, 0.011, y0 + 0.06, at(0, 0.07, 0), 0))  # the pole
    for y in (0.07, 0.75):  # its collars
        parts.append(cylinder(0.02, 0.02, 0.035, at(0, y, 0), 0))
    sy = y0 + 0.1  # the socket and bulb
    parts.append(cylinder(0.03, 0.026, 0.08, at(0, sy - 0.04, 0), 0))
    parts.append(sphere(1.0, at(0, sy + 0.1, 0) @ scl(0.065, 0.08, 0.065), "glow"))
    parts.append(cylinder(0.022, 0.03, 0.05, at(0, sy + 0.035, 0), 0))
    wall = 0.008
    shade = [(r0 - wall, 0.0), (r0, 0.0), (r0 - 0.5 * (r0 - r1) + 0.001, sh * 0.5), (r1, sh),
             (r1 - wall, sh), (r0 - 0.5 * (r0 - r1) - wall, sh * 0.5)]  # fmt: skip
    parts.append(lathe(shade, at(0, y0, 0), 1, sides=36, closed=True))
    parts.append(torus(r0, 0.008, at(0, y0 + 0.004, 0), 1))  # the rolled rims
    parts.append(torus(r1, 0.007, at(0, top - 0.003, 0), 1))
    for k in range(3):  # the spokes from the socket to the top rim
        a = np.radians(90 + 120 * k)
        parts.append(tube([(0, sy + 0.02, 0), (r1 * np.cos(a), top - 0.01, r1 * np.sin(a))],
                          0.004, None, 0))  # fmt: skip
    parts += chain([(0.03, sy - 0.02, 0.01), (0.034, sy - 0.2, 0.014)], 8, 0, 0.006)
    parts.append(cylinder(0.008, 0.004, 0.03, at(0.034, sy - 0.235, 0.014), 0))  # its pull
    return parts


def _body_rings(w: float, d: float, h: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The centres and half axes of a sweater body's rings, hem to shoulders."""
    ys = np.array([0.0, 0.06, 0.08, 0.5, 0.6, 0.66, 0.7]) * h / 0.7
    ws = np.array([0.25, 0.25, 0.26, 0.26, 0.255, 0.21, 0.09]) * w
    ds = np.array([1.0, 1.0, 1.0, 1.05, 0.95, 0.75, 0.45]) * d
    c = np.stack([np.zeros_like(ys), ys, np.zeros_like(ys)], 1)
    u = np.stack([ws, 0 * ys, 0 * ys], 1)
    v = np.stack([0 * ys, 0 * ys, ds], 1)
    return c, u, v


def _sweater(rng: Rng) -> list[Part]:
    """A knitted sweater as on a shop display, front view, upright as if on an invisible hanger:
    a soft thick body with a ribbed hem band, sloping shoulders, a round ribbed crew neck with the
    dark opening inside, two long full sleeves hanging down at the sides slightly away from the
    body ending in ribbed cuffs, and a knitted band of diamonds across the chest (second
    material)."""
    w, d, h = 1.0, 0.06, 0.74
    c, u, v = _body_rings(w, d, h)
    parts = [loft(c[2:], u[2:], v[2:], superellipse(1.0, 1.0, 5.0, 32), 0, "body")]
    parts.append(lathe([(0.0, 0.0), (1.0, 0.0), (1.0, 0.09), (0.0, 0.09)],
                       scl(0.26 * w + 0.01, h / 0.7, d + 0.012), 0, shape=_ribbed(96, 40, 0.12)))  # fmt: skip
    ny = h - 0.02  # the crew neck
    parts.append(torus(0.085, 0.022, at(0, ny, 0.005) @ rot("x", 12) @ scl(1.0, 1.0, 0.6), 0))
    parts.append(cylinder(0.075, 0.075, 0.03, at(0, ny - 0.005, 0.0) @ scl(1.0, 1.0, 0.45),
                          "marking"))  # fmt: skip
    swing = float(rng.uniform(13, 17))
    for s in (-1, 1):  # the sleeves and their cuffs
        sx, sy = s * 0.25 * w, h - 0.08
        ang = np.radians(swing)
        length = 0.66
        ex, ey = sx + s * length * np.sin(ang), sy - length * np.cos(ang)
        pts = [(sx - s * 0.03, sy + 0.01, 0), (sx + s * 0.04, sy - 0.06, 0),
               ((sx + ex) / 2 + s * 0.01, (sy + ey) / 2, 0), (ex, ey + 0.07, 0)]  # fmt: skip
        parts.append(tube(pts, [0.085, 0.09, 0.07, 0.058], scl(1.0, 1.0, 0.6), 0))
        cuff = at(ex, ey, 0) @ rot("z", s * swing) @ scl(1.0, 1.0, 0.62)
        prof = [(0.0, 0.0), (0.056, 0.0), (0.056, 0.09), (0.0, 0.09)]
        parts.append(lathe(prof, cuff, 0, shape=_ribbed(48, 14, 0.12)))
    for k in range(9):  # the knitted diamonds across the chest
        x = -0.2 * w + 0.05 * w * k
        m = at(x, 0.5 * h, d * 1.02 - 0.004) @ rot("x", 90) @ scl(0.02, 0.012, 0.028)
        parts.append(lathe([(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)], m, 1, sides=4))
    for y in (0.44 * h, 0.56 * h):
        parts.append(
            loft(
                [(0, y, 0), (0, y + 0.015, 0)],
                [(0.26 * w + 0.004, 0, 0)] * 2,
                [(0, 0, d * 1.04 + 0.004)] * 2,
                superellipse(1.0, 1.0, 5.0, 32),
                1,
            )
        )
    return parts


def _knight_shapes(rng: Rng) -> list:
    """The shapes of a Staunton knight's horse head and neck, its muzzle toward +x, standing on
    the collar at y = 0.3."""
    e = float(rng.uniform(-0.01, 0.01))
    sh = [ellipsoid((0.03, 0.36, 0), (0.16, 0.1, 0.11))]  # the chest
    sh += rope([(-0.02, 0.33, 0), (-0.04, 0.5, 0), (-0.02, 0.66, 0)], [0.14, 0.12, 0.105], 0.06,
               0.04)  # the neck, arched  # fmt: skip
    sh.append(ellipsoid((0.0, 0.68, 0), (0.12, 0.1, 0.09), None, 0.05))  # the poll and jowl
    sh.append(cone((0.02, 0.72, 0), (0.24 + e, 0.5, 0), 0.09, 0.06, 0.05))  # the long head
    sh.append(ellipsoid((0.21, 0.5, 0), (0.07, 0.065, 0.07), None, 0.03))  # the muzzle
    sh.append(ellipsoid((0.16, 0.4, 0), (0.06, 0.05, 0.2), rot("z", -40), -0.03))  # the throat
    sh += rope([(-0.14, 0.34, 0), (-0.15, 0.5, 0), (-0.1, 0.7, 0), (-0.04, 0.78, 0)],
               [0.05, 0.05, 0.045, 0.035], 0.03, 0.02)  # the mane ridge  # fmt: skip
    for z in (-0.048, 0.048):  # the ears
        sh.append(cone((-0.03, 0.74, z), (-0.05, 0.88, z * 1.3), 0.032, 0.006, 0.02))
    sh.append(cut(0, 0.26, True, 0.015, (0.1, 0.3, -0.2), (0.5, 0.8, 0.2)))  # the flat front
    for s in (-1, 1):  # the flat-carved cheeks
        sh.append(cut(2, s * 0.082, s > 0, 0.02, (-0.05, 0.45, -0.3), (0.4, 0.8, 0.3)))
    sh.append(cut(1, 0.3, False, 0.004, (-0.4, 0.0, -0.3), (0.4, 0.3, 0.3)))  # the foot's top
    for s in (-1, 1):  # the eye grooves, the nostrils, the mouth, the mane's notches
        sh.append(ellipsoid((0.05, 0.66, s * 0.085), (0.035, 0.018, 0.03), None, -0.01))
        sh.append(ellipsoid((0.255, 0.56, s * 0.035), (0.015, 0.012, 0.02), None, -0.008))
        sh.append(cone((0.27, 0.49, s * 0.06), (0.16, 0.5, s * 0.08), 0.008, 0.006, -0.006))
    for k in range(5):
        y = 0.4 + 0.075 * k
        x = -0.19 + 0.02 * k + (0.04 if k == 4 else 0)
        sh.append(ellipsoid((x, y, 0), (0.03, 0.01, 0.08), None, -0.008))
    return sh


def _chess_knight(rng: Rng) -> list[Part]:
    """A Staunton chess knight: a round stepped base turned with rings and a collar, and on it a
    horse's head and neck carved from one piece: an arched neck rising from a full chest, a
    long head facing forward and down with a flat-cut muzzle and nostrils, two pointed ears, a
    notched mane ridge down the back of the neck, eye grooves and flat-carved cheeks; the head
    turned a little toward the viewer."""
    foot = [(0.0, 0.0), (0.25, 0.0), (0.255, 0.03), (0.24, 0.05), (0.25, 0.07), (0.23, 0.085),
            (0.19, 0.1), (0.2, 0.12), (0.17, 0.14), (0.15, 0.19), (0.155, 0.22), (0.175, 0.24),
            (0.175, 0.26), (0.15, 0.28), (0.13, 0.31), (0.0, 0.31)]  # fmt: skip
    turn = float(rng.uniform(30, 40))
    parts = [lathe(foot, None, 0, "body", sides=36)]
    head = solid(_knight_shapes(rng), 0.022, 0)
    parts.append(head.moved(rot("y", turn)))
    return parts


MORE_APPLIANCES_ZZZZZU = {1538: _floor_lamp, 1539: _sweater, 1540: _chess_knight}
"""These appliances by the device family's ``appliance``."""
