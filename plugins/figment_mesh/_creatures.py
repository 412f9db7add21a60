"""Organic archetypes built as signed-distance fields (``_sdf``): whale, fish and bird.

Same conventions as ``_archetypes_a``: y up, front +z, about 1 unit big, slot 0 the primary
material, ``tag="body"`` on the body. The body is an elliptic tube along a gently curved spine,
smooth-unioned with what grows out of it, so it reads as one animal from every side.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, at, rot
from ._primitives import cylinder, sphere, tube
from ._sdf import Field, Shape, below, ellipsoid, sdf_part, spine, surface_point

__all__ = ["BUILDERS_ORGANIC"]

Rng = np.random.Generator


def _frame(direction, up=(0.0, 1.0, 0.0)) -> np.ndarray:
    """3×3 whose columns are: ``direction`` (unit), the ``up`` part across it, and their cross."""
    a = np.asarray(direction, dtype=float)
    a /= np.linalg.norm(a)
    b = np.asarray(up, dtype=float)
    b = b - a * (a @ b)
    b /= np.linalg.norm(b)
    return np.stack([a, b, np.cross(a, b)], 1)


def _fin(root, direction, length, chord, thick, blend, up=(0.0, 1.0, 0.0)) -> Shape:
    """A flat fin: an ellipsoid from ``root`` along ``direction`` (its flat side facing ``up``)."""
    m = _frame(direction, up)
    centre = np.asarray(root, dtype=float) + m[:, 0] * length * 0.8
    return ellipsoid(centre, (length, thick, chord), m, blend)


def _groove(points, radius: float, blend: float) -> list[Shape]:
    """A carved line (mouth, gill) along ``points``: a thin tube subtracted smoothly."""
    return [
        replace_blend(s, -blend)
        for s in spine(points, [radius] * len(points), [radius] * len(points))
    ]


def replace_blend(s: Shape, blend: float) -> Shape:
    return Shape(s.dist, s.lo, s.hi, blend)


class _Body:
    """A spine profile: stations from nose (s = 0) to tail (s = 1) with half widths, half
    heights and the centre's height; surface points by station and angle around it."""

    def __init__(self, nose_z: float, length: float, s, w, h, y) -> None:
        self.s, self.w, self.h, self.y = (np.asarray(a, dtype=float) for a in (s, w, h, y))
        self.nose_z, self.length = nose_z, length

    def centre(self, s: float) -> np.ndarray:
        return np.array([0.0, float(np.interp(s, self.s, self.y)), self.nose_z - s * self.length])

    def on(self, s: float, deg: float, side: float = 1.0, inset: float = 0.0) -> np.ndarray:
        """The point on the surface at station s, ``deg`` above the side's middle line."""
        w = float(np.interp(s, self.s, self.w)) - inset
        h = float(np.interp(s, self.s, self.h)) - inset
        a = np.radians(deg)
        return self.centre(s) + np.array([side * w * np.cos(a), h * np.sin(a), 0.0])

    def shapes(self, grow: float = 0.0, upto: float = 1.0) -> list[Shape]:
        """The tube (``grow`` thicker all round) from the nose to station ``upto``."""
        keep = self.s <= upto
        pts = [self.centre(s) for s in self.s[keep]]
        return spine(pts, self.w[keep] + grow, self.h[keep] + grow)


def _eyes(field: Field, body: _Body, s: float, deg: float, r: float) -> list[Part]:
    out = []
    for side in (-1, 1):
        guess = body.on(s, deg, side)
        inside = body.centre(s) + np.array([0.0, guess[1] - body.centre(s)[1], 0.0])
        p = surface_point(field, inside, guess - inside)
        out.append(sphere(r, at(*(p - (side * r * 0.45, 0.0, 0.0))), "pupil"))
    return out


WHALE_CELL = 0.02
FISH_CELL = 0.028
BIRD_CELL = 0.03


def whale(rng: Rng) -> list[Part]:
    """Whale: a long tapering body with a rounded head, mouth line, pectoral fins, a small
    dorsal fin and a tail of two flukes, one smooth solid; small eyes above the mouth's end."""
    length = rng.uniform(1.65, 1.9)
    girth = rng.uniform(0.9, 1.08)
    arch = rng.uniform(-0.04, 0.06)  # the tail's rise (a swimming pose)
    s = np.array([0.0, 0.1, 0.24, 0.4, 0.55, 0.7, 0.82, 0.92, 0.985])
    w = np.array([0.085, 0.15, 0.195, 0.205, 0.18, 0.125, 0.07, 0.04, 0.028]) * girth
    h = np.array([0.07, 0.14, 0.185, 0.195, 0.175, 0.13, 0.085, 0.05, 0.03]) * girth
    y = 0.4 - 0.02 * np.sin(np.pi * s) + arch * np.clip((s - 0.55) / 0.45, 0.0, 1.0) ** 2
    y[0] -= 0.02  # the snout dips a little
    body = _Body(length / 2, length, s, w, h, y)
    shapes = body.shapes()
    tail = body.centre(1.0)
    spread = rng.uniform(18, 32)
    fin_length = rng.uniform(0.18, 0.26)  # a grey whale's paddles or a humpback's long fins
    for side in (-1, 1):
        a = np.radians(spread)
        d = (side * np.cos(a), 0.0, -np.sin(a))
        shapes.append(_fin(tail + np.array([0.0, 0.0, 0.04]), d, 0.25, 0.085, 0.02, 0.045))
        fin_root = body.on(0.3, -45, side, inset=0.04)
        down = rng.uniform(0.35, 0.6)
        shapes.append(
            _fin(fin_root, (side * 0.75, -down, -0.45), fin_length, 0.06, 0.02, 0.05, (0, 1, 0.3))
        )
    dorsal = body.on(0.68, 90, inset=0.02)
    shapes.append(_fin(dorsal, (0.0, 0.5, -0.85), 0.05, 0.012, 0.03, 0.04, (1, 0, 0)))
    mouth = []
    for side in (-1, 1):  # the mouth: a line from the snout back, curving down at its end
        line = [body.on(t, d, side) for t, d in ((0.015, -30), (0.1, -22), (0.2, -22), (0.26, -38))]
        mouth += _groove(line, 0.017, 0.012)
    field = Field(tuple(shapes + mouth), np.array([body.centre(t) for t in s[::-1]]))
    parts = [sdf_part(field, WHALE_CELL * length, 0, "body")]
    return [*parts, _belly(body, mouth, length), *_eyes(field, body, 0.25, -8, 0.022)]


def _belly(body: _Body, mouth: list[Shape], length: float) -> Part:
    """The pale underside from the chin to mid-body (slot 1): a skin a little outside the
    body, below a line along its lower flank, with the throat pleats carved through it."""
    skin = 0.012
    shapes = body.shapes(grow=skin, upto=0.7)
    stations = np.linspace(0.0, 0.7, 8)
    line = [body.on(t, -8 - 30 * t, inset=-skin) for t in stations]
    lo, hi = np.array([-1.0, -1.0, -length]), np.array([1.0, 2.0, length])
    shapes.append(below([p[2] for p in line[::-1]], [p[1] for p in line[::-1]], lo, hi, 0.02))
    for deg in (-66, -78, -90, -102, -114):
        for side in (-1, 1) if deg != -90 else (1,):
            d = -90 + side * (deg + 90)
            pleat = [body.on(t, d + 3 * t, inset=-skin) for t in (0.04, 0.2, 0.38, 0.5)]
            shapes += _groove(pleat, 0.01, 0.006)
    field = Field(tuple(shapes + mouth), np.array([body.centre(t) for t in body.s[::-1]]))
    return sdf_part(field, WHALE_CELL * length, 1)


def fish(rng: Rng, deep: float = 0.0) -> list[Part]:
    """Fish: a laterally flattened body with a gill line and mouth, a forked tail, dorsal,
    anal and pectoral fins (slot 1, one solid) and eyes; ``deep`` sets how deep the body is
    (0: a seeded depth between a slender trout's and a deep-bodied bream's)."""
    length = 0.95
    deep = deep or rng.uniform(0.85, 1.2)
    s = np.array([0.0, 0.1, 0.28, 0.48, 0.66, 0.8, 0.9, 0.96])
    w = np.array([0.035, 0.07, 0.085, 0.075, 0.05, 0.028, 0.02, 0.018])
    h = np.array([0.05, 0.12, 0.17, 0.16, 0.11, 0.065, 0.045, 0.04]) * deep
    y = 0.45 + np.array([-0.015, 0.0, 0.01, 0.01, 0.0, 0.0, 0.0, 0.0])
    body = _Body(length / 2, length, s, w, h, y)
    shapes = body.shapes()
    for side in (-1, 1):  # gill cover and mouth
        gill = [body.on(0.2, d, side) for d in (55, 25, -10, -45)]
        shapes += _groove(gill, 0.008, 0.006)
        mouth = [body.on(t, -15, side) for t in (0.005, 0.05)]
        shapes += _groove(mouth, 0.008, 0.006)
    field_body = Field(tuple(shapes), np.array([body.centre(t) for t in s[::-1]]))
    tail = body.centre(0.96)
    fork = rng.uniform(30, 45)
    fins: list[Shape] = []
    for side in (-1, 1):
        a = np.radians(fork)
        d = (0.0, side * np.sin(a), -np.cos(a))
        fins.append(_fin(tail, d, 0.16, 0.055, 0.009, 0.03, (1, 0, 0)))
        root = body.on(0.3, -40, side, inset=0.01)
        fins.append(_fin(root, (side * 0.6, -0.45, -0.65), 0.07, 0.03, 0.006, 0.0, (0, 1, 0.3)))
    top = body.on(0.45, 90, inset=0.03)
    fins.append(_fin(top, (0.0, 0.55, -0.8), 0.13, 0.07, 0.008, 0.0, (1, 0, 0)))
    bottom = body.on(0.7, -90, inset=0.02)
    fins.append(_fin(bottom, (0.0, -0.5, -0.85), 0.07, 0.035, 0.007, 0.0, (1, 0, 0)))
    field_fins = Field(tuple(fins), field_body.axis)
    parts = [
        sdf_part(field_body, FISH_CELL, 0, "body"),
        sdf_part(field_fins, FISH_CELL * 0.8, 1),
    ]
    return parts + _eyes(field_body, body, 0.1, 22, 0.026)


def bird(rng: Rng) -> list[Part]:
    """Bird: an egg of a body pitched chest-up, a neck into a round head and a fanned tail,
    one smooth solid; swept wings and the tail's colour in slot 1, beak and legs in slot 2."""
    spread = rng.uniform(10, 40)
    pitch = np.radians(rng.uniform(10, 22))
    head_c = np.array([0.0, 0.72, 0.27])
    head_r = rng.uniform(0.14, 0.17)
    shapes = [
        ellipsoid((0, 0.45, 0), (0.34, 0.25, 0.22), _frame((0, np.sin(pitch), np.cos(pitch)))),
        *spine([(0, 0.52, 0.16), head_c], [0.12, 0.1], [0.12, 0.1], blend=0.08),
        ellipsoid(head_c, (head_r * 1.1, head_r, head_r * 0.95), _frame((0, 0, 1)), 0.08),
    ]
    fan = rng.uniform(14, 26)
    for yaw in (-fan, 0.0, fan):
        a = np.radians(yaw)
        d = (np.sin(a), -0.4, -np.cos(a))
        shapes.append(_fin((0, 0.4, -0.26), d, 0.2, 0.06, 0.022, 0.05))
    axis = np.array([[0, 0.4, -0.5], [0, 0.45, 0.0], head_c])
    field = Field(tuple(shapes), axis)
    parts = [sdf_part(field, BIRD_CELL, 0, "body")]
    tip = surface_point(field, head_c, (0, -0.15, 1))
    parts.append(cylinder(0.055, 0.0, 0.17, at(*(tip - (0, 0, 0.03))) @ rot("x", 90), 2))
    parts.append(sdf_part(Field(tuple(_wings(spread)), axis), BIRD_CELL * 0.8, 1))
    for s in (-1, 1):
        eye = surface_point(field, head_c, (s * 0.7, 0.25, 0.65))
        parts.append(sphere(0.03, at(*(eye - (s * 0.012, 0, 0))), "pupil"))
        parts.append(tube([(s * 0.08, 0.26, 0), (s * 0.1, 0.0, 0.04)], 0.018, slot=2))
    return parts


def _wings(spread: float) -> list[Shape]:
    """Two wings raised ``spread`` degrees: a covert and four primaries fanned back from its
    middle, smooth-unioned so the trailing edge is scalloped like feathers."""
    out: list[Shape] = []
    a = np.radians(spread)
    for s in (-1, 1):
        normal = np.array([-s * np.sin(a), np.cos(a), 0.0])
        span = np.array([s * np.cos(a), np.sin(a), -0.2])
        span /= np.linalg.norm(span)
        back = np.cross(normal, span) * -s
        root = np.array([s * 0.14, 0.58, 0.04])
        out.append(_fin(root, span, 0.2, 0.12, 0.028, 0.0, normal))
        for i, deg in enumerate((0, 22, 44, 66)):
            t = np.radians(deg)
            d = np.cos(t) * span + np.sin(t) * back
            base = root + span * (0.26 - 0.05 * i)
            out.append(_fin(base, d, 0.2 - 0.025 * i, 0.05, 0.02, 0.03, normal))
    return out


BUILDERS_ORGANIC = {f.__name__: f for f in (whale, fish, bird)}
"""Builders of the archetypes that are distance fields, by name."""
