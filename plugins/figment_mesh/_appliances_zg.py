"""More of the device family's appliances, from 636: a barber chair, a clothes rack, a
mannequin (a dress form), a sneaker, a high heel shoe, a shoe box, a shoe horn, hair clippers,
a deck chair, a fishing trawler, a ship's bell, a glass fishing float.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material. The dress
form's torso and the shoes' uppers are smooth solids (signed-distance fields meshed by marching
cubes, ``_sdf``).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl, v3
from ._kit import (
    ALONG_X,
    band,
    blocks,
    castor,
    cone,
    cut,
    loft,
    pt,
    reslot,
    rrect,
    rrect_outline,
    solid,
    torso,
    unit,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import Field, Shape, spine
from ._sdf import ellipsoid as blob
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZG"]

Rng = np.random.Generator

_FLAT = rot("x", -90)
"""Lays a slab (an outline in xy extruded along z) flat, its depth along y, its +y toward -z."""


def _pad(w: float, d: float, h: float, r: float, m: np.ndarray, slot=0, tag: str = "") -> Part:
    """A padded cushion w wide, d deep and h thick under ``m`` (standing on y = 0): a rounded
    rectangle swept up through rings that bulge out at mid height and round in at the top."""
    ys = np.array([0.0, 0.15, 0.5, 0.85, 1.0]) * h
    grow = np.array([0.9, 0.98, 1.0, 0.98, 0.88])
    shape = rrect(2.0, 2.0 * d / w, 2.0 * r / w, 4)
    c = np.stack([np.zeros(5), ys, np.zeros(5)], 1)
    u = np.stack([grow * w / 2, np.zeros(5), np.zeros(5)], 1)
    v = np.stack([np.zeros(5), np.zeros(5), -grow * w / 2], 1)
    return loft(c, u, v, shape, slot, tag).moved(m)


def _hits(field: Field, origins, directions, reach: float = 0.4, n: int = 80) -> np.ndarray:
    """Where rays from points inside a field first leave it, all rays at once (``surface_point``
    for many rays, sampled over ``reach`` only): (R, 3) points."""
    o = np.asarray(origins, float).reshape(-1, 3)
    d = np.asarray(directions, float).reshape(-1, 3)
    d = d / np.linalg.norm(d, axis=1, keepdims=True)
    t = np.linspace(0.0, reach, n)
    pts = o[:, None, :] + t[None, :, None] * d[:, None, :]
    v = field.at(pts.reshape(-1, 3)).reshape(len(o), n)
    out = v >= 0
    first = np.argmax(out, axis=1)
    i = np.clip(first, 1, n - 1)
    rows = np.arange(len(o))
    a, b = v[rows, i - 1], v[rows, i]
    f = np.clip(np.where(b != a, -a / np.where(b != a, b - a, 1.0), 0.0), 0.0, 1.0)
    dist = t[i - 1] + f * (t[i] - t[i - 1])
    dist = np.where(out.any(axis=1), np.where(first == 0, 0.0, dist), reach)  # never inside / out
    return o + dist[:, None] * d


# ---- 636 barber chair -------------------------------------------------------------------------


def _barber_chair(rng: Rng) -> list[Part]:
    """A classic barber's chair: a chunky padded leather seat and tall back trimmed in chrome,
    a headrest on a chrome bar, padded arms on chrome supports, a ribbed footrest plate out in
    front and a pump pedal, all on a round chrome pedestal."""
    base = [(0.0, 0.0), (0.36, 0.0), (0.37, 0.02), (0.33, 0.06), (0.14, 0.09), (0.09, 0.13),
            (0.0, 0.13)]  # fmt: skip
    parts = [lathe(base, None, 1)]
    parts.append(cylinder(0.075, 0.075, 0.3, at(0, 0.1, 0), 1))  # the column
    parts.append(lathe([(0.0, 0.0), (0.11, 0.0), (0.13, 0.05), (0.12, 0.1), (0.0, 0.1)],
                       at(0, 0.3, 0), 1))  # fmt: skip
    pedal = [(0.12, 0.06, 0.12), (0.3, 0.05, 0.2), (0.36, 0.06, 0.24)]
    parts.append(tube(pedal, 0.018, slot=1))
    parts.append(box(0.1, 0.02, 0.06, at(0.37, 0.05, 0.25) @ rot("y", -30), "pupil"))
    y0 = 0.42
    parts.append(box(0.64, 0.04, 0.56, at(0, y0 - 0.02, 0.0), 1))  # the seat's chrome pan
    parts.append(_pad(0.62, 0.56, 0.15, 0.09, at(0, y0, 0.02), 0, "body"))  # the seat
    parts.append(torus(1.0, 0.012, at(0, y0 + 0.02, 0.02) @ scl(0.315, 1, 0.285), 1))
    back = at(0, y0 + 0.08, -0.24) @ rot("x", -12)
    parts.append(_pad(0.58, 0.16, 0.72, 0.07, back, 0))  # the back, standing up
    for s in (-1, 1):  # its chrome trim up the sides and over the top
        parts.append(stick(pt(back, s * 0.3, 0.05, 0.0), pt(back, s * 0.3, 0.66, 0.0), 0.02, 1))
    trim = [pt(back, x, y, 0.0) for x, y in ((-0.3, 0.66), (-0.2, 0.73), (0.2, 0.73), (0.3, 0.66))]
    parts.append(tube(trim, 0.02, slot=1))
    for x in (-0.12, 0.0, 0.12):  # its channel seams
        parts.append(box(0.012, 0.56, 0.02, back @ at(x, 0.1, 0.08), 0))
    for s in (-1, 1):  # the headrest's bar
        parts.append(stick(pt(back, s * 0.07, 0.6, -0.02), pt(back, s * 0.07, 0.9, -0.02), 0.016,
                           1))  # fmt: skip
    head = back @ at(0, 0.86, 0.0) @ rot("x", 20) @ _FLAT.T
    parts.append(slab(rrect_outline(0.34, 0.16, 0.07), 0.1, head, 0))
    for s in (-1, 1):  # the arms: a chrome support and a padded rest
        x = s * 0.37
        support = [(x, y0, 0.2), (x, y0 + 0.2, 0.24), (x, y0 + 0.3, 0.2)]
        parts.append(tube(support, 0.03, slot=1))
        parts.append(stick((x, y0 + 0.02, -0.2), (x, y0 + 0.3, -0.18), 0.03, 1))
        parts.append(box(0.04, 0.24, 0.36, at(x, y0 + 0.03, 0.01), 1))  # its side panel
        parts.append(_pad(0.11, 0.5, 0.07, 0.05, at(x, y0 + 0.3, 0.0) @ rot("y", 90), 0))
    for s in (-1, 1):  # the footrest's hangers
        parts.append(stick((s * 0.18, y0 - 0.02, 0.24), (s * 0.18, 0.2, 0.5), 0.018, 1))
    plate = at(0, 0.18, 0.52) @ rot("x", 10)
    parts.append(box(0.5, 0.03, 0.2, plate, 1))
    for k in range(5):  # its ribs
        parts.append(box(0.44, 0.012, 0.014, plate @ at(0, 0.03, -0.08 + 0.04 * k), "pupil"))
    del rng
    return parts


# ---- 637 clothes rack -------------------------------------------------------------------------


def _shirt(m: np.ndarray, slot) -> list[Part]:
    """A shirt hanging flat under ``m`` (its shoulders at y = 0, hanging down -y, its front
    toward +z): the body, two sleeves hanging down its sides and a collar."""
    body = [(-0.17, 0.0), (-0.05, 0.03), (0.05, 0.03), (0.17, 0.0), (0.19, -0.55), (-0.19, -0.55)]
    parts = [slab(sharp(body), 0.04, m, slot)]
    for s in (-1, 1):
        sleeve = m @ at(s * 0.2, -0.02, 0.0) @ rot("z", s * 12)
        parts.append(slab(sharp([(-0.05, 0.0), (0.05, 0.0), (0.05, -0.42), (-0.05, -0.42)]),
                          0.035, sleeve, slot))  # fmt: skip
    parts.append(slab(sharp([(-0.06, 0.04), (0.06, 0.04), (0.0, -0.07)]), 0.05, m, "snow"))
    return parts


def _dress(m: np.ndarray, slot) -> list[Part]:
    """A dress hanging flat under ``m`` (its shoulders at y = 0): a fitted bodice on two straps,
    a waist and a skirt flaring out to its hem."""
    outline = [(-0.12, 0.0), (0.12, 0.0), (0.13, -0.22), (0.1, -0.3), (0.26, -0.85),
               (0.0, -0.88), (-0.26, -0.85), (-0.1, -0.3), (-0.13, -0.22)]  # fmt: skip
    parts = [slab(outline, 0.035, m, slot)]
    for s in (-1, 1):
        parts.append(stick(pt(m, s * 0.1, -0.02, 0.0), pt(m, s * 0.14, 0.04, 0.0), 0.012, slot))
    parts.append(slab(sharp([(-0.11, -0.28), (0.11, -0.28), (0.11, -0.32), (-0.11, -0.32)]),
                      0.045, m, "snow"))  # its belt # fmt: skip
    return parts


def _hanger(m: np.ndarray) -> list[Part]:
    """A wire hanger under ``m``: its hook over a rail at (0, 0.1), the shoulders below."""
    hook = [(0.0, 0.03, 0.0), (0.0, 0.075, 0.0), (0.025, 0.1, 0.0), (0.0, 0.13, 0.0),
            (-0.025, 0.105, 0.0)]  # fmt: skip
    parts = [tube([pt(m, *p) for p in hook], 0.007, slot="steel")]
    for s in (-1, 1):
        parts.append(stick(pt(m, 0.0, 0.03, 0.0), pt(m, s * 0.2, -0.02, 0.0), 0.008, "steel"))
    return parts


def _clothes_rack(rng: Rng) -> list[Part]:
    """A rolling garment rail: two upright tubes on wheeled feet joined by a top rail, a lower
    bar between the feet, and shirts and dresses of several colours hanging on wire hangers
    from the rail."""
    W, H = 1.5, 1.55
    parts = [stick((-W / 2, H, 0), (W / 2, H, 0), 0.022, 0, "body")]
    for s in (-1, 1):
        x = s * W / 2
        parts.append(stick((x, 0.12, 0), (x, H, 0), 0.022, 0))
        parts.append(sphere(0.03, at(x, H, 0), 0))
        parts.append(box(0.05, 0.04, 0.62, at(x, 0.1, 0), 0))  # the foot
        for z in (-0.27, 0.27):
            parts += castor(x, z, 0.04, 90.0 * s, 1)
    parts.append(stick((-W / 2, 0.13, 0), (W / 2, 0.13, 0), 0.018, 0))
    colours = [1, "card-red", "plume", "cloth-yellow", "snow", "cloth-dark", "vine"]
    n = 7
    for k in range(n):
        x = -W / 2 + 0.22 + (W - 0.44) * k / (n - 1)
        yaw = 90.0 + float(rng.uniform(-10, 10))
        m = at(x, H - 0.1, 0.0) @ rot("y", yaw)
        parts += _hanger(m)
        colour = colours[(k * 3) % len(colours)]
        if k % 3 == 1:
            parts += _dress(m @ at(0, -0.02, 0), colour)
        else:
            parts += _shirt(m @ at(0, -0.03, 0), colour)
    return parts


# ---- 638 mannequin ----------------------------------------------------------------------------


def _mannequin(rng: Rng) -> list[Part]:
    """A shop's dress form: a headless, armless torso (shoulders, bust, waist, hips) of smooth
    fabric with a seam round its waist, a wooden knob on its neck, on a turned pole rising from
    a three-legged base."""
    low = (-0.4, 0.3, -0.3)
    form = torso(0.0)
    form.append(cone((0.0, 1.24, 0.0), (0.0, 1.4, 0.0), 0.065, 0.055, 0.05))  # the neck
    form.append(cut(1, 0.68, False, 0.01, low, (0.4, 0.68, 0.3)))
    form.append(cut(1, 1.38, True, 0.01, (-0.1, 1.38, -0.1), (0.1, 1.6, 0.1)))
    lift = 0.22
    up = at(0, lift, 0)
    parts = [solid(form, 0.022, 0, "body").moved(up)]
    parts.append(cylinder(0.058, 0.05, 0.02, at(0, 1.375 + lift, 0), 1))  # its neck cap
    parts.append(sphere(1.0, at(0, 1.41 + lift, 0) @ scl(0.035, 0.03, 0.035), 1))
    field = Field(tuple(torso(0.0)), np.array([[0, 1, -1], [0, 1, 1.0]]))
    a = np.radians(np.arange(0, 360, 30))  # the waist's seam
    d = np.stack([np.cos(a), np.zeros_like(a), np.sin(a)], 1)
    ring = _hits(field, np.tile([0.0, 0.96, -0.01], (len(a), 1)), d) + d * 0.004 + v3(0, lift, 0)
    parts.append(tube([*ring, ring[0], ring[1]], 0.006, slot=1))
    ys = [0.72, 0.85, 0.96, 1.05, 1.2]
    front = _hits(field, [(0.0, y, 0.0) for y in ys], [(0, 0, 1)] * len(ys)) + v3(0, lift, 0.004)
    parts.append(tube(front, 0.005, slot=1))  # the seam down its front
    parts.append(cylinder(0.12, 0.12, 0.02, at(0, 0.68 + lift - 0.01, 0) @ scl(1, 1, 0.75), 1))
    pole = [(0.0, 0.0), (0.03, 0.0), (0.03, 0.05), (0.045, 0.07), (0.025, 0.1), (0.022, 0.45),
            (0.035, 0.48), (0.022, 0.51), (0.022, 0.62), (0.0, 0.63)]  # fmt: skip
    parts.append(lathe(pole, at(0, 0.28, 0), 1))  # the turned pole
    parts.append(lathe([(0.0, 0.0), (0.06, 0.0), (0.07, 0.05), (0.05, 0.1), (0.0, 0.1)],
                       at(0, 0.22, 0), 1))  # its hub # fmt: skip
    for k in range(3):  # the legs, curving down to the floor
        a = np.radians(90 + 120 * k + 30)
        d = v3(np.cos(a), 0.0, np.sin(a))
        leg = [v3(0, 0.27, 0) + d * 0.05, v3(0, 0.2, 0) + d * 0.2, v3(0, 0.05, 0) + d * 0.38]
        parts.append(tube(leg, [0.03, 0.025, 0.02], slot=1))
        parts.append(sphere(0.035, at(*(d * 0.39 + v3(0, 0.035, 0))), 1))
    del rng
    return parts


# ---- 639 sneaker ------------------------------------------------------------------------------


def _sole_rings(plan, bottom, top, z0: float, z1: float, n: int):
    """A shoe's sole from heel (z0) to toe (z1) as rings for ``loft``: centres and axes from
    its half width ``plan(z)``, the height of its tread ``bottom(z)`` and of its top ``top(z)``,
    rounded at both ends (stations bunched there)."""
    t = (1 - np.cos(np.linspace(0.0, np.pi, n))) / 2
    z = z0 + (z1 - z0) * t
    end = np.sqrt(np.clip(np.sin(np.pi * t) * 1.25, 0.0, 1.0)) * 0.96 + 0.04
    w = plan(z) * end
    yb, yt = bottom(z), top(z)
    c = np.stack([np.zeros(n), (yb + yt) / 2, z], 1)
    u = np.stack([w, np.zeros(n), np.zeros(n)], 1)
    v = np.stack([np.zeros(n), (yt - yb) / 2, np.zeros(n)], 1)
    return c, u, v


_SOLE = rrect(2.0, 2.0, 0.5, 3)
"""A sole's cross-section: a square of half side 1 with rounded corners."""


def _sneaker_upper():
    """The shapes of a trainer's upper, toe toward +z: the foot, a rounded toe box, a high
    heel and the collar's opening carved out of it, its foot cut flat to sit in the sole."""
    shapes = spine([(0, 0.25, -0.36), (0, 0.23, -0.12), (0, 0.17, 0.14), (0, 0.14, 0.34)],
                   [0.13, 0.15, 0.16, 0.14], [0.17, 0.16, 0.1, 0.07])  # fmt: skip
    shapes.append(blob((0.0, 0.14, 0.34), (0.14, 0.075, 0.12), None, 0.04))  # the toe box
    shapes.append(blob((0.0, 0.24, -0.36), (0.13, 0.18, 0.1), None, 0.04))  # the heel
    shapes.append(blob((0.0, 0.5, -0.25), (0.1, 0.18, 0.15), None, -0.025))  # the opening
    shapes.append(cut(1, 0.08, False, 0.005, (-1, -1, -1), (1, 0.08, 1)))
    return shapes


def _sneaker(rng: Rng) -> list[Part]:
    """An athletic trainer turned to show its side: a chunky white sole rising thicker under
    the heel and curving up at the toe, a mesh upper with a toe overlay and a heel counter, a
    stripe sweeping along its side, laces criss-crossing its eyelet stays, the tongue, a
    padded collar and a pull tab at the heel."""
    parts = _shoe(rng)
    return [p.moved(rot("y", 85) @ scl(1.3)) for p in parts]


def _shoe(rng: Rng, laces="snow", cell: float = 0.02) -> list[Part]:
    """A trainer, toe toward +z, about 1 long; its smooth parts meshed with cells of ``cell``."""

    def plan(z):
        return np.interp(z, [-0.5, -0.3, -0.05, 0.22, 0.45], [0.15, 0.15, 0.14, 0.18, 0.16])

    def bottom(z):
        return 0.07 * np.clip((z - 0.22) / 0.28, 0.0, 1.0) ** 2

    def top(z):
        return np.interp(z, [-0.5, -0.2, 0.15, 0.5], [0.17, 0.16, 0.1, 0.13])

    parts = [loft(*_sole_rings(plan, bottom, top, -0.5, 0.5, 24), _SOLE, "snow")]
    dark = _sole_rings(plan, bottom, lambda z: bottom(z) + 0.03, -0.505, 0.505, 24)
    dark[1][:, 0] += 0.004
    parts.append(loft(*dark, _SOLE, "cloth-dark"))  # the outsole's tread
    upper = _sneaker_upper()
    parts.append(solid(upper, cell, 0, "body"))
    field = Field(tuple(upper), np.array([[0, 0.2, -1], [0, 0.2, 1.0]]))
    for c, y, w, half, sign in ((0.2, 0.13, 0.07, 100, 1), (-0.22, 0.2, 0.13, 85, -1)):
        a = np.radians(np.linspace(-half, half, 11))  # the overlays round the toe and the heel
        d = np.stack([np.sin(a), np.zeros_like(a), sign * np.cos(a)], 1)
        ring = _hits(field, np.tile([0.0, y, c], (len(a), 1)), d) + d * 0.005
        taper = w * (0.35 + 0.65 * np.sin(np.linspace(0.0, np.pi, 11)) ** 0.7)
        parts.append(band(ring, taper, 0.01, (0, 1, 0), 1))
    stripe = [(-0.3, 0.28), (-0.15, 0.22), (0.02, 0.17), (0.15, 0.2), (0.24, 0.25)]
    for s in (-1, 1):  # the stripe sweeping along each side
        pts = _hits(field, [(0.0, y, z) for z, y in stripe], [(s, 0, 0)] * 5) + v3(s * 0.006, 0, 0)
        parts.append(band(pts, [0.02, 0.05, 0.06, 0.045, 0.02], 0.012, (0, 1, 0), 1))
    rays = [
        ((s * 0.055, 0.15, 0.1 - 0.065 * k), (s * 0.35, 1, 0.15 * k))
        for k in range(5)
        for s in (-1, 1)
    ]  # the laces over the instep, crossing between the eyelet stays
    hit = _hits(field, [o for o, _ in rays], [d for _, d in rays]) + v3(0, 0.01, 0)
    eyelets = [(hit[2 * k], hit[2 * k + 1]) for k in range(5)]
    for s in (0, 1):  # the stays
        parts.append(band([r[s] for r in eyelets], 0.04, 0.012, (1, 0, 0), 1))
    for a, b in pairwise(eyelets):
        for s in (0, 1):
            mid = (a[s] + b[1 - s]) / 2 + v3(0, 0.015, 0)
            parts.append(tube([a[s], mid, b[1 - s]], 0.01, slot=laces))
    tongue = at(0, 0.36, -0.11) @ rot("x", -25) @ scl(0.07, 0.075, 0.022)
    parts.append(sphere(1.0, tongue, 0))
    collar = at(0, 0.37, -0.26) @ rot("x", 10)
    parts.append(
        cylinder(1.0, 1.0, 0.01, collar @ at(0, -0.03, 0) @ scl(0.1, 1, 0.13), "cloth-dark")
    )
    parts.append(torus(1.0, 0.032, collar @ scl(0.12, 1.0, 0.16), 1))  # the padded collar
    tab = at(0, 0.36, -0.44) @ rot("x", -10)
    parts.append(slab(rrect_outline(0.07, 0.16, 0.03), 0.025, tab, 1))  # the heel tab
    del rng
    return parts


# ---- 640 high heel shoe -----------------------------------------------------------------------


def _high_heel(rng: Rng) -> list[Part]:
    """A woman's stiletto pump turned to show its side: a pointed toe, a low-cut upper open
    over the instep, its lining showing inside, the sole arching up from the ball of the foot
    to the raised heel, a high thin stiletto heel under it."""
    arch = [(-0.42, 0.42), (-0.3, 0.4), (-0.16, 0.3), (-0.02, 0.14), (0.1, 0.04), (0.22, 0.012),
            (0.46, 0.025)]  # fmt: skip
    zs, ys = np.array(arch, np.float32).T

    def half(z):
        return np.interp(z, [-0.42, -0.3, -0.05, 0.18, 0.32, 0.47], [0.055, 0.07, 0.06, 0.09,
                                                                      0.065, 0.008])  # fmt: skip

    # the foot's stations: z, half width, half height
    foot = [(-0.37, 0.072, 0.07), (-0.2, 0.068, 0.065), (-0.02, 0.066, 0.06), (0.2, 0.092, 0.055),
            (0.36, 0.055, 0.04), (0.46, 0.012, 0.015)]  # fmt: skip

    def upper(grow: float, lift: float, blend: float) -> list[Shape]:
        pts = [(0.0, float(np.interp(z, zs, ys)) + h + lift, z) for z, _, h in foot]
        ws = [w + grow for _, w, _ in foot]
        hs = [h + grow for _, _, h in foot]
        out = spine(pts, ws, hs, blend)
        return out if blend >= 0 else [replace(s, blend=blend) for s in out]

    shapes = upper(0.0, 0.0, 0.0)
    shapes += upper(-0.013, 0.016, -0.006)  # hollowed out
    lo, hi = (-0.2, -0.1, -0.6), (0.2, 0.8, 0.6)
    top = [(-0.6, 0.56), (-0.43, 0.56), (-0.34, 0.5), (-0.2, 0.38), (-0.02, 0.18), (0.1, 0.085),
           (0.2, 0.15), (0.6, 0.3)]  # fmt: skip
    tz, ty = np.array(top, np.float32).T

    def above(x, y, z):  # the top line: carve off everything above it
        return np.interp(z, tz, ty).astype(np.float32) - y

    def under(x, y, z):  # the sole line: carve off everything below it
        return y - np.interp(z, zs, ys).astype(np.float32)

    shapes.append(Shape(above, np.asarray(lo, np.float32), np.asarray(hi, np.float32), -0.008))
    shapes.append(Shape(under, np.asarray(lo, np.float32), np.asarray(hi, np.float32), -0.004))
    parts = [solid(shapes, 0.012, 0, "body")]
    pts = [(0.0, y - 0.008, z) for z, y in arch]
    widths = [float(half(z)) * 2 for z, _ in arch]
    parts.append(band(pts, widths, 0.018, (1, 0, 0), 1))  # the sole
    lining = [(0.0, y + 0.014, z) for z, y in arch[:-2]]
    parts.append(band(lining, [w * 0.7 for w in widths[:-2]], 0.006, (1, 0, 0), 1))
    heel = [(0.0, 0.41, -0.37), (0.0, 0.22, -0.385), (0.0, 0.03, -0.38)]
    parts.append(tube(heel, [0.034, 0.018, 0.011], slot=0))  # the stiletto
    parts.append(cylinder(0.013, 0.013, 0.03, at(0, 0.0, -0.38), "pupil"))  # its tip
    del rng
    return [p.moved(rot("y", 100) @ scl(1.4)) for p in parts]


# ---- 641 shoe box -----------------------------------------------------------------------------


def _open_box(W: float, H: float, D: float, t: float, m: np.ndarray, slot, tag="") -> list[Part]:
    """An open cardboard box W × H × D with walls t thick under ``m``, standing on y = 0."""
    parts = [box(W, t, D, m, slot, tag)]
    for s in (-1, 1):
        parts.append(box(W, H, t, m @ at(0, 0, s * (D - t) / 2), slot))
        parts.append(box(t, H, D - 2 * t, m @ at(s * (W - t) / 2, 0, 0), slot))
    return parts


def _shoe_box(rng: Rng) -> list[Part]:
    """An open cardboard shoe box, a label on its end, its lid propped on its edge against its
    back, white tissue paper folded over its rims and a pair of trainers nestled in it toe to
    heel."""
    W, H, D = 1.0, 0.3, 0.56
    parts = _open_box(W, H, D, 0.015, np.eye(4), 0, "body")
    parts.append(box(0.006, 0.14, 0.26, at(W / 2, 0.08, 0.0), "sheet"))  # its label
    parts.append(box(0.008, 0.03, 0.18, at(W / 2, 0.15, 0.0), "marking"))
    lean = at(0.0, 0.036, -D / 2 - 0.23) @ rot("x", 20) @ at(0, (D + 0.03) / 2, 0) @ rot("x", 90)
    parts += _open_box(W + 0.03, 0.1, D + 0.03, 0.015, lean, 0)  # the lid, its inside to us
    for s in (-1, 1):  # the band round its rim
        parts.append(box(W + 0.04, 0.05, 0.01, lean @ at(0, 0.03, s * (D + 0.035) / 2), 1))
        parts.append(box(0.01, 0.05, D + 0.04, lean @ at(s * (W + 0.035) / 2, 0.03, 0), 1))
    for s in (-1, 1):  # tissue paper lining it, folded over the front and back rims
        x0 = s * W / 4
        pts = [(x0, H - 0.12, D / 2 + 0.02), (x0, H + 0.015, D / 2 + 0.01),
               (x0, H - 0.04, D / 2 - 0.06), (x0, 0.1, 0.1), (x0, 0.1, -0.1),
               (x0, H - 0.04, -D / 2 + 0.06), (x0, H + 0.015, -D / 2 - 0.01),
               (x0, H - 0.1, -D / 2 - 0.02)]  # fmt: skip
        parts.append(band(pts, W / 2 - 0.05, 0.006, (1, 0, 0), "sheet"))
    pair = reslot(_shoe(rng, "sheet", 0.032), {0: 1, 1: "card-red", "snow": "sheet"})
    for s in (-1, 1):  # the trainers, toe to heel
        m = at(0.0, 0.1, s * 0.12) @ rot("y", 90 * s) @ rot("z", -s * 6) @ scl(0.6)
        parts += [p.moved(m) for p in pair]
    return parts


# ---- 642 shoe horn ----------------------------------------------------------------------------


def _shoe_horn(rng: Rng) -> list[Part]:
    """A long shoehorn standing on its foot, its hollow toward the viewer: a spoon-like trough
    of a blade widening to its rounded foot, which curls out a little, a long narrow handle and
    a round eye to hang it by at its top."""
    n = 30
    t = np.linspace(0.0, 1.0, n) ** 1.2
    L = 1.25
    x = -L / 2 + L * t
    w = np.interp(t, [0.0, 0.1, 0.22, 0.42, 0.6, 1.0], [0.16, 0.165, 0.15, 0.07, 0.045, 0.045])
    w = w * np.sqrt(1 - np.clip(1 - t / 0.09, 0.0, 1.0) ** 2) + 0.004  # rounded at the foot
    depth = np.interp(t, [0.0, 0.2, 0.45, 0.65, 1.0], [0.8, 0.95, 0.55, 0.2, 0.15])
    lift = 0.07 * np.clip((0.18 - t) / 0.18, 0.0, 1.0) ** 2  # the foot's lip curling up
    a = np.radians(np.linspace(-75, 75, 11))  # a curved strip's section: an arc, its wall
    outer = np.stack([np.sin(a), 1 - np.cos(a)], 1)  # a tenth of its width thick
    inner = np.stack([np.sin(a[::-1]) * 0.94, (1 - np.cos(a[::-1])) * 0.94 + 0.1], 1)
    shape = np.concatenate([outer, inner]) - [0.0, 0.3]
    centres = np.stack([x, 0.012 + lift + 0.3 * w * depth, np.zeros(n)], 1)
    u = np.stack([np.zeros(n), np.zeros(n), w], 1)
    v = np.stack([np.zeros(n), w * depth + 0.012, np.zeros(n)], 1)
    parts = [loft(centres, u, v, shape, 0, "body")]
    eye = at(L / 2 + 0.055, 0.02, 0.0) @ scl(1.0, 0.5, 1.0)
    parts.append(torus(0.06, 0.025, eye, 0))  # the eye at its end
    k0, k1 = int(n * 0.62), n - 2  # a leather grip inlaid along the handle's hollow
    grip = [(x[k], centres[k, 1] - 0.3 * v[k, 1] + 0.012, 0.0) for k in range(k0, k1)]
    parts.append(band(grip, 0.06, 0.008, (0, 0, 1), 1))
    del rng
    stand = at(0, L / 2 * np.cos(np.radians(8)) + 0.01, 0) @ rot("y", 25) @ rot("x", -8)
    return [p.moved(stand @ rot("y", 90) @ rot("z", 90)) for p in parts]


# ---- 643 hair clippers ------------------------------------------------------------------------


def _clippers(rng: Rng) -> list[Part]:
    """Electric hair clippers lying on the table: a rounded handheld body, a slide switch on
    top and a taper lever on its side, a flat steel blade with a row of fine teeth across its
    head, its cord curling away from its tail, and a plastic comb guard beside it."""
    body = [(0.0, 0.0), (0.09, 0.01), (0.12, 0.08), (0.14, 0.3), (0.135, 0.5), (0.12, 0.7),
            (0.13, 0.78), (0.0, 0.8)]  # fmt: skip
    m = at(-0.35, 0.105, 0) @ ALONG_X @ scl(0.75, 1.0, 1.0)  # its length along +x
    parts = [lathe(body, m, 0, "body")]
    parts.append(box(0.1, 0.08, 0.3, at(0.48, 0.06, 0.0), "pupil"))  # the blade's carrier
    parts.append(box(0.06, 0.022, 0.32, at(0.52, 0.05, 0.0), "steel"))  # the flat blade
    feet = [(0.58, 0.05, z) for z in np.linspace(-0.15, 0.15, 24)]
    parts.append(blocks(feet, (0.07, 0.014, 0.007), None, "steel"))  # its teeth
    feet = [(0.56, 0.068, z + 0.003) for z in np.linspace(-0.145, 0.145, 22)]
    parts.append(blocks(feet, (0.05, 0.012, 0.007), None, "steel"))  # the cutter's
    parts.append(box(0.14, 0.03, 0.06, at(0.1, 0.2, 0.0), 1))  # the switch
    parts.append(box(0.05, 0.04, 0.05, at(0.12, 0.225, 0.0), "pupil"))
    parts.append(tube([(0.3, 0.11, 0.1), (0.24, 0.1, 0.14), (0.18, 0.09, 0.15)], 0.014,
                      slot=1))  # the taper lever # fmt: skip
    parts.append(cylinder(0.03, 0.02, 0.1, at(-0.34, 0.11, 0) @ rot("z", 90), "pupil"))
    cord = [(-0.44, 0.11, 0.0), (-0.55, 0.04, 0.0), (-0.7, 0.02, -0.1), (-0.75, 0.02, -0.3),
            (-0.55, 0.02, -0.45), (-0.35, 0.02, -0.35), (-0.45, 0.02, -0.2), (-0.7, 0.02, -0.2),
            (-0.9, 0.02, -0.35)]  # fmt: skip
    parts.append(tube(cord, 0.02, slot="pupil"))
    guard = at(0.15, 0.0, 0.4) @ rot("y", -15)  # the comb guard, lying beside it
    parts.append(box(0.36, 0.02, 0.14, guard @ at(0.0, 0.0, -0.02), 1))
    for k in range(11):  # its teeth, ramps rising to the front
        x = -0.16 + 0.032 * k
        prof = [(-0.07, 0.0), (0.12, 0.0), (0.12, 0.015), (0.02, 0.09), (-0.07, 0.03)]
        parts.append(slab(sharp(prof), 0.01, guard @ at(x, 0.0, 0.0) @ rot("y", -90), 1))
    del rng
    return parts


# ---- 644 deck chair ---------------------------------------------------------------------------


def _deck_chair(rng: Rng) -> list[Part]:
    """A classic deck chair seen from the front and side: a folding wooden frame of a long back
    frame and a seat frame crossing in a reclined X with a prop behind, rails across them, and
    a sling of striped canvas hanging between the top rail and the front rail."""
    top, front = v3(0.0, 1.05, -0.5), v3(0.0, 0.5, 0.5)
    parts = []
    for s in (-1, 1):
        xo, xi = s * 0.33, s * 0.29
        parts.append(stick((xo, 0.02, 0.27), (xo, 1.08, -0.52), 0.028, 0, "body" if s < 0 else ""))
        parts.append(stick((xi + s * 0.08, 0.02, -0.33), (xi + s * 0.08, 0.52, 0.52), 0.026, 0))
        parts.append(stick((xi, 0.66, -0.22), (xi, 0.02, -0.79), 0.024, 0))  # the prop
        parts.append(cylinder(0.02, 0.02, 0.06, at(xo, 0.4, -0.01) @ ALONG_X, "steel"))
    parts.append(stick((-0.36, 1.05, -0.5), (0.36, 1.05, -0.5), 0.026, 0))  # the top rail
    parts.append(stick((-0.43, 0.5, 0.5), (0.43, 0.5, 0.5), 0.026, 0))  # the front rail
    parts.append(stick((-0.31, 0.06, -0.78), (0.31, 0.06, -0.78), 0.02, 0))
    sag = [top + v3(0, 0.02, 0.03), v3(0, 0.8, -0.36), v3(0, 0.5, -0.17), v3(0, 0.3, 0.08),
           v3(0, 0.34, 0.3), front + v3(0, 0.02, -0.03)]  # fmt: skip
    n, width = 7, 0.56
    stripes = (1, "plume") if rng.uniform() < 0.5 else (1, "card-red")
    for k in range(n):  # the canvas, in stripes running its length
        x = -width / 2 + width * (k + 0.5) / n
        pts = [p + v3(x, 0.0, 0.0) for p in sag]
        parts.append(band(pts, width / n + 0.002, 0.012, (1, 0, 0), stripes[k % 2]))
    return parts


# ---- 645 fishing trawler ----------------------------------------------------------------------


_ROUND_HULL = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, 0.3], [-0.92, -0.3], [-0.6, -0.75],
                        [0.0, -1.0], [0.6, -0.75], [0.92, -0.3], [1.0, 0.3]])  # fmt: skip
"""A round-bilged hull's cross-section: a flat deck, upright sides, a full round bottom."""


def _trawler(rng: Rng) -> list[Part]:
    """A fishing trawler: a sturdy hull with a sheer rising to a high raked bow, a white
    wheelhouse forward with its windows, a mast with a boom, a gantry at the stern with nets
    hanging from it, floats hung along the rail and a winch on the deck."""
    m = rot("y", -15)
    z0, z1, n = -0.8, 0.85, 18
    t = np.linspace(0.0, 1.0, n)
    z = z0 + (z1 - z0) * t
    bow = np.clip((t - 0.55) / 0.45, 0.0, 1.0)
    hw = 0.3 * (1 - bow**1.8) * (1 - 0.15 * (1 - t) ** 4) + 0.006
    deck = 0.5 + 0.22 * bow**2 + 0.04 * (1 - t) ** 2
    keel = 0.02 + 0.25 * bow**2.5
    rake = 0.12 * bow**2  # the stem leans forward at its top
    centres = np.stack([np.zeros(n), (deck + keel) / 2, z], 1)
    u = np.stack([hw, np.zeros(n), np.zeros(n)], 1)
    v = np.stack([np.zeros(n), (deck - keel) / 2, rake], 1)
    parts = [loft(centres, u, v, _ROUND_HULL, 0, "body").moved(m)]

    def side(tt: float, s: int, dy: float = 0.0, out: float = 0.0) -> np.ndarray:
        zz = z0 + (z1 - z0) * tt
        w = float(np.interp(zz, z, hw))
        y = float(np.interp(zz, z, deck)) + dy
        return (m @ (s * (w + out), y, zz, 1.0))[:3]

    flat = np.array([[-0.3, -1.0], [0.3, -1.0], [0.3, 1.0], [-0.3, 1.0]])
    for s in (-1, 1):
        rail = [side(tt, s, 0.02, 0.01) for tt in np.linspace(0.0, 0.99, 10)]
        parts.append(tube(rail, 0.022, slot=1))  # the rail along its gunwale
        stripe = [side(tt, s, -0.12, 0.008) for tt in np.linspace(0.0, 0.97, 8)]
        parts.append(tube(stripe, 0.025, slot="snow", shape=flat))
        for k in range(4):  # floats hung along the rail
            tt = 0.22 + 0.1 * k
            p = side(tt, s, -0.06, 0.03)
            parts.append(sphere(0.045, at(*p), "fruit-orange"))
    wh = m @ at(0, 0.5, 0.18)  # the wheelhouse, forward
    parts.append(box(0.42, 0.34, 0.38, wh, "snow"))
    parts.append(box(0.48, 0.04, 0.46, wh @ at(0, 0.34, 0.0), 1))  # its roof
    parts.append(box(0.36, 0.1, 0.01, wh @ at(0, 0.2, 0.19) @ rot("x", -8), "window"))
    for s in (-1, 1):
        parts.append(box(0.01, 0.1, 0.24, wh @ at(s * 0.21, 0.2, 0.02), "window"))
    parts.append(box(0.1, 0.2, 0.01, wh @ at(0.1, 0.0, -0.19), "window"))  # its door
    mast = m @ at(0, 0.84, 0.05)
    parts.append(stick(pt(mast, 0, 0, 0), pt(mast, 0, 0.75, 0), 0.025, 1))
    parts.append(stick(pt(mast, -0.15, 0.6, 0), pt(mast, 0.15, 0.6, 0), 0.015, 1))
    parts.append(sphere(0.03, at(*pt(mast, 0, 0.78, 0)), "glow"))
    boom = pt(m, 0, 1.12, -0.42)
    parts.append(stick(pt(mast, 0, 0.12, 0), boom, 0.02, 1))  # the boom
    parts.append(stick(pt(mast, 0, 0.72, 0), boom, 0.005, "marking"))
    parts.append(stick(boom, pt(m, 0, 0.75, -0.42), 0.005, "marking"))
    parts.append(torus(0.025, 0.007, at(*pt(m, 0, 0.73, -0.42)) @ rot("x", 90), "steel"))
    zg = z0 + 0.12  # the gantry at the stern
    for s in (-1, 1):
        parts.append(stick(pt(m, s * 0.27, 0.52, zg), pt(m, s * 0.22, 1.2, zg - 0.06), 0.03, 1))
    parts.append(stick(pt(m, -0.26, 1.2, zg - 0.06), pt(m, 0.26, 1.2, zg - 0.06), 0.032, 1))
    parts += _trawl_net(m, zg - 0.06, rng)
    drum = m @ at(-0.14, 0.56, -0.35) @ ALONG_X
    parts.append(cylinder(0.08, 0.08, 0.28, drum, "vine"))  # the winch's drum of net
    for dx in (-0.01, 0.29):
        parts.append(cylinder(0.1, 0.1, 0.02, m @ at(-0.14 + dx - 0.01, 0.56, -0.35) @ ALONG_X,
                              1))  # fmt: skip
    return parts


def _trawl_net(m: np.ndarray, zg: float, rng: Rng) -> list[Part]:
    """A net hanging from a gantry's beam at height 1.2 and ``zg`` under ``m``: a mesh of
    strands sagging down over the stern into a bulging bag, floats along its head rope."""
    parts = []
    hexagon = np.stack([np.cos(np.arange(6) * np.pi / 3), np.sin(np.arange(6) * np.pi / 3)], 1)
    cols, rows = np.linspace(-1.0, 1.0, 9), np.linspace(0.0, 1.0, 7)
    grid = []
    for i, u in enumerate(cols):
        sway = float(rng.uniform(-0.015, 0.015))
        col = []
        for r in rows:
            bulge = np.sin(np.pi * r**1.3)  # the bag swelling out behind the stern
            x = u * (0.2 + 0.06 * bulge) * (1 - 0.35 * r)
            y = 1.17 - 0.75 * r
            zz = zg - 0.05 - 0.2 * bulge * (1 - 0.3 * u * u) + sway + 0.01 * np.sin(4 * i)
            col.append(pt(m, x, y, zz))
        grid.append(col)
        parts.append(tube(col, 0.009, slot="vine", shape=hexagon))
    for j in range(1, len(rows)):
        parts.append(tube([c[j] for c in grid], 0.008, slot="vine", shape=hexagon))
    for x in np.linspace(-0.18, 0.18, 5):  # the floats on its head rope
        parts.append(sphere(0.035, at(*pt(m, x, 1.13, zg - 0.04)), "fruit-orange"))
    return parts


# ---- 646 ship's bell --------------------------------------------------------------------------


def _curl(c, r0: float, r1: float, a0: float, turns: float, n: int = 14) -> list[np.ndarray]:
    """A spiral in the yz plane round (y, z) c from radius r0 at angle a0 (degrees, from +z
    toward +y) winding inward ``turns`` times to radius r1: a wrought-iron scroll's curl."""
    t = np.linspace(0.0, 1.0, n)
    a = np.radians(a0) + 2 * np.pi * turns * t
    r = r0 + (r1 - r0) * t
    return [
        v3(0.0, c[0] + rr * np.sin(aa), c[1] + rr * np.cos(aa)) for aa, rr in zip(a, r, strict=True)
    ]


def _ships_bell(rng: Rng) -> list[Part]:
    """A polished brass ship's bell hanging from a curly wrought-iron bracket on a wooden
    board: the bell's flared lip and raised bands, the clapper's ball showing under its mouth
    and a braided bell rope with a knot and a tassel hanging from it."""
    parts = [box(0.5, 0.05, 0.34, at(0, 0, -0.22), 1)]  # the board's foot
    arch = [(0.19 * np.cos(a), 1.02 + 0.15 * np.sin(a)) for a in np.radians(np.arange(0, 181, 30))]
    board = [(-0.17, 0.0), (0.17, 0.0), *arch]
    parts.append(slab(sharp(board), 0.06, at(0, 0.05, -0.36), 1))  # the board
    yb, zw = 1.08, -0.33  # the bracket's arm, out from the board, curling up at its end
    arm = [v3(0, yb, zw), v3(0, yb, 0.0), v3(0, yb, 0.16)]
    arm += _curl((yb + 0.06, 0.18), 0.06, 0.02, -90, 0.85, 9)[1:]
    parts.append(tube(arm, 0.022, slot="marking"))
    brace = [
        *_curl((0.78, -0.22), 0.02, 0.09, 300, -1.0, 12),  # a curling brace below it
        v3(0, 0.92, -0.08),
        v3(0, 1.02, 0.02),
        v3(0, yb - 0.01, 0.06),
    ]
    parts.append(tube(brace, 0.015, slot="marking"))
    parts.append(tube([v3(0, 0.7, zw), v3(0, 0.76, -0.3), v3(0, 0.78, -0.26)], 0.015,
                      slot="marking"))  # fmt: skip
    for y in (yb, 0.72):  # its screws
        parts.append(cylinder(0.03, 0.03, 0.02, at(0, y, zw) @ rot("x", 90), "marking"))
    hang, zb = yb - 0.02, 0.1
    parts.append(torus(0.035, 0.01, at(0, hang, zb) @ rot("z", 90), "marking"))  # the shackle
    prof = [(0.0, 0.0), (0.19, 0.01), (0.23, 0.0), (0.245, 0.025), (0.21, 0.06), (0.185, 0.16),
            (0.175, 0.28), (0.15, 0.33), (0.09, 0.35), (0.04, 0.37), (0.0, 0.37)]  # fmt: skip
    top = hang - 0.05
    bell = at(0, top - 0.37, zb)
    parts.append(lathe(prof, bell, 0, "body"))
    parts.append(torus(0.03, 0.012, at(0, top + 0.02, zb) @ rot("x", 90), 0))  # the crown's loop
    for y, r in ((0.08, 0.205), (0.27, 0.18)):  # the raised bands
        parts.append(torus(r, 0.008, bell @ at(0, y, 0), 0))
    parts.append(cylinder(0.19, 0.19, 0.005, bell @ at(0, 0.012, 0), "pupil"))  # its mouth
    low = top - 0.37
    parts.append(stick((0, low + 0.1, zb), (0, low - 0.05, zb), 0.012, 0))  # the clapper
    parts.append(sphere(0.045, at(0, low - 0.03, zb), 0))
    rope_top, rope_end = low - 0.08, low - 0.46
    parts.append(torus(0.02, 0.008, at(0, rope_top + 0.01, zb) @ rot("z", 90), "seed"))
    for k in range(3):  # the braided rope: three strands twisting round each other
        pts = []
        for y in np.linspace(rope_top, rope_end, 14):
            a = 2 * np.pi * k / 3 + (rope_top - y) * 40
            pts.append((0.01 * np.cos(a), y, zb + 0.01 * np.sin(a)))
        parts.append(tube(pts, 0.011, slot="seed"))
    parts.append(sphere(1.0, at(0, rope_end - 0.02, zb) @ scl(0.035, 0.04, 0.035), "seed"))
    parts.append(cylinder(0.045, 0.02, 0.12, at(0, rope_end - 0.16, zb), "seed"))  # the tassel
    del rng
    return parts


# ---- 647 fishing float ------------------------------------------------------------------------


def _sphere_point(c, r: float, polar: float, around: float) -> np.ndarray:
    """The point on a sphere of radius r round c at ``polar`` radians from its top."""
    return np.asarray(c, float) + r * v3(np.sin(polar) * np.cos(around), np.cos(polar),
                                         np.sin(polar) * np.sin(around))  # fmt: skip


def _netted_float(c, r: float, n: int, m: np.ndarray, tag: str = "", mids: bool = True):
    """A glass float of radius r at c under ``m`` in a net of knotted rope: strands from a
    collar at its top opening into diamonds round it and gathering again at its bottom, a
    knot at each crossing, a loop of rope at its top; without ``mids`` its strands run
    straight between the crossings (fewer rings, for a small float)."""
    c = np.asarray(c, float)
    parts = [sphere(r, m @ at(*c), 0, tag)]
    parts.append(sphere(r * 0.96, m @ at(*c), "rain"))  # its tint
    hex6 = np.stack([np.cos(np.arange(6) * np.pi / 3), np.sin(np.arange(6) * np.pi / 3)], 1)
    rr = r * (1.02 if mids else 1.035)
    levels = np.radians([18, 50, 82, 114, 146, 165])
    for k in range(n):
        for turn in (-1, 1):
            pts = []
            for j, p in enumerate(levels):
                a = 2 * np.pi * (k + turn * 0.5 * (j % 2)) / n
                pts.append(_sphere_point(c, rr, p, a))
                if mids and j + 1 < len(levels):  # halfway, kept on the sphere
                    a2 = 2 * np.pi * (k + turn * 0.5 * ((j + 1) % 2)) / n
                    mid = _sphere_point(c, rr, p, a) + _sphere_point(c, rr, levels[j + 1], a2)
                    mid = c + unit(mid / 2 - c) * rr
                    pts.append(mid)
            parts.append(tube([pt(m, *q) for q in pts], r * 0.03, slot=1, shape=hex6))
    knots = [pt(m, *_sphere_point(c, rr, levels[j], 2 * np.pi * (k + 0.5 * (j % 2)) / n))
             for k in range(n) for j in range(1, len(levels) - 1)]  # fmt: skip
    size = r * 0.09
    parts.append(blocks([q - v3(0, size / 2, 0) for q in knots], (size, size, size), None, 1))
    for p in (levels[0], levels[-1]):  # the collars at top and bottom
        y = c[1] + rr * np.cos(p)
        ring = r * np.sin(p)
        parts.append(torus(ring, r * 0.04, m @ at(c[0], y, c[2]), 1))
    loop = m @ at(c[0], c[1] + r * 1.12, c[2]) @ rot("x", 90)
    parts.append(torus(r * 0.2, r * 0.04, loop @ rot("x", 90), 1))
    return parts


def _fishing_float(rng: Rng) -> list[Part]:
    """An old glass fishing float: a big sphere of tinted glass wrapped in a net of knotted
    rope with a loop at its top, a smaller one lying beside it, tipped on its side."""
    r = 0.4
    parts = _netted_float((0.0, r, 0.0), r, 8, np.eye(4), "body")
    tip = float(rng.uniform(60, 80))
    small = at(0.55, 0.2, 0.3) @ rot("z", -tip) @ at(0, -0.2, 0)
    parts += _netted_float((0.0, 0.2, 0.0), 0.2, 6, small, mids=False)
    return parts


MORE_APPLIANCES_ZG = {
    636: _barber_chair, 637: _clothes_rack, 638: _mannequin, 639: _sneaker, 640: _high_heel,
    641: _shoe_box, 642: _shoe_horn, 643: _clippers, 644: _deck_chair, 645: _trawler,
    646: _ships_bell, 647: _fishing_float,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
