"""More of the device family's appliances, from 854: a neon sign, a baby's cot mobile, a
nightlight, a tyre pressure gauge, a baguette.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl
from ._lettering import GLYPHS, paint_bar, paint_text
from ._primitives import DIAMOND, box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import star

__all__ = ["MORE_APPLIANCES_ZZD"]

Rng = np.random.Generator

_OCTAGON = np.array([(np.cos(a), np.sin(a)) for a in np.arange(8) * np.pi / 4])


def _bend(line, r: float) -> list[np.ndarray]:
    """The polyline with each inner corner cut into a short bend about r round, so a smoothed
    tube through it turns like bent glass tubing."""
    pts = [np.asarray(p, float) for p in line]
    out = [pts[0]]
    for p, q, s in zip(pts, pts[1:], pts[2:], strict=False):
        da, db = p - q, s - q
        la, lb = float(np.linalg.norm(da)), float(np.linalg.norm(db))
        a, b = q + da / la * min(r, la / 3), q + db / lb * min(r, lb / 3)
        out += [a, q + 0.6 * ((a + b) / 2 - q), b]
    out.append(pts[-1])
    return out


def _neon(line, m: np.ndarray, r: float, back: float) -> Part:
    """One run of glowing neon tube along a 2D polyline on the plane z = 0 under m, bent round
    its corners, its two ends turning back ``back`` into the board behind (the electrodes)."""
    flat = _bend(line, 0.045)
    pts = [(*flat[0], -back), *[(x, y, 0.0) for x, y in flat], (*flat[-1], -back)]
    return tube(pts, r, m, "glow", shape=_OCTAGON)


_LINK = [(0.0185, 0.0), (0.014, 0.0045), (0.0095, 0.0), (0.014, -0.0045)]
"""A chain link's round wire as a closed lathe profile (a torus in few triangles)."""


def _chain(x: float, y0: float, y1: float, slot=0) -> list[Part]:
    """A hanging chain of oval links from y0 up to y1 at x, the links turned alternately."""
    n = max(2, round((y1 - y0) / 0.045))
    pitch = (y1 - y0) / n
    parts = []
    for k in range(n):
        m = at(x, y0 + pitch * (k + 0.5), 0) @ rot("y", 90 * (k % 2)) @ rot("x", 90)
        parts.append(lathe(_LINK, m @ scl(1.0, 1.0, 1.9), slot, closed=True, sides=10))
    return parts


def _neon_sign(rng: Rng) -> list[Part]:
    """A hanging neon sign: the word OPEN in round glowing tubes bent into block capitals, a
    glowing tube border round it, standing off a framed backboard (the second material, best
    dark) on little clear supports, the tube ends turning back into the board; the board hangs
    from two chains off ceiling plates."""
    w, h, t = 1.0, 0.46, 0.035
    parts = [box(w, h, t, at(0, 0.01, -t / 2), 1, "body")]
    parts.append(box(w + 0.02, h + 0.02, t * 0.6, at(0, 0.0, -t * 0.7), 0))  # the frame
    face = at(0, h / 2 + 0.01, 0.03)
    lh = 0.2  # the letters' height
    gap = 0.34
    text = "OPEN"
    total = sum(GLYPHS[c][0] for c in text) + gap * (len(text) - 1)
    x0 = -total / 2
    for c in text:
        width, strokes = GLYPHS[c]
        for line in strokes:
            pts = [((x0 + x) * lh, (y - 0.5) * lh) for x, y in line]
            parts.append(_neon(pts, face, 0.011, 0.03))
        x0 += width + gap
    bw, bh = w / 2 - 0.05, h / 2 - 0.05  # the border tube, open at the bottom middle
    border = [(0.02, -bh), (bw, -bh), (bw, bh), (-bw, bh), (-bw, -bh), (-0.02, -bh)]
    parts.append(_neon(border, face, 0.011, 0.03))
    for x, y in [(bw, 0), (-bw, 0), (0, bh), (0.3, -bh), (-0.3, -bh), (0.3, bh), (-0.3, bh)]:
        parts.append(cylinder(0.007, 0.007, 0.03, face @ at(x, y, -0.03) @ rot("x", 90), "pane"))
    top = h + 0.01
    sway = float(rng.uniform(-0.01, 0.01))
    for s in (-1, 1):
        x = s * (w / 2 - 0.1)
        parts.append(torus(0.016, 0.005, at(x, top + 0.012, 0) @ rot("x", 90), 0))  # the eyes
        parts += _chain(x + sway, top + 0.025, top + 0.36, 0)
        parts.append(cylinder(0.05, 0.05, 0.015, at(x + sway, top + 0.36, 0), 0))  # the plates
    return parts


def _puffy_star(m: np.ndarray, r: float, slot) -> Part:
    """A plump stuffed star, its five rounded points r from the middle, facing +z."""
    pts = [
        (r * (1 if k % 2 == 0 else 0.5) * np.cos(np.pi / 2 + k * np.pi / 5),
         r * (1 if k % 2 == 0 else 0.5) * np.sin(np.pi / 2 + k * np.pi / 5))
        for k in range(10)
    ]  # fmt: skip
    return slab(pts, r * 0.45, m, slot)


def _crescent(m: np.ndarray, r: float, fat: float, slot, flat: float = 0.6) -> Part:
    """A plump crescent moon round a circle of radius r, opening to +x, its belly fat thick
    and its horns tapering to points; flattened in z by ``flat``."""
    a = np.linspace(np.radians(55), np.radians(305), 11)
    pts = [(r * np.cos(t), r * np.sin(t), 0.0) for t in a]
    rad = fat * np.sin(np.linspace(0.15, np.pi - 0.15, 11)) ** 0.8
    return tube(pts, rad, m @ scl(1.0, 1.0, flat), slot)


def _toy(kind: str, m: np.ndarray) -> list[Part]:
    """One small soft toy of the mobile hung from its top at m: a star, a moon, a cloud, a
    teddy bear's head or a bunny's head."""
    if kind == "star":
        return [_puffy_star(m @ at(0, -0.08, 0), 0.085, "fruit-yellow")]
    if kind == "moon":
        return [_crescent(m @ at(0.01, -0.08, 0) @ rot("z", 15), 0.06, 0.035, 0)]
    if kind == "cloud":
        c = m @ at(0, -0.07, 0)
        parts = [sphere(1.0, c @ scl(0.05, 0.045, 0.035), "snow")]
        for x, r in ((-0.055, 0.035), (0.055, 0.038), (-0.025, 0.03), (0.025, 0.03)):
            y = -0.012 if abs(x) > 0.04 else 0.03
            parts.append(sphere(1.0, c @ at(x, y, 0) @ scl(r, r, r * 0.75), "snow"))
        return parts
    head = m @ at(0, -0.075, 0)
    if kind == "bear":
        parts = [sphere(0.06, head, "fruit-orange")]
        for s in (-1, 1):
            parts.append(sphere(1.0, head @ at(s * 0.045, 0.045, 0) @ scl(0.022, 0.022, 0.015),
                                "fruit-orange"))  # fmt: skip
        parts.append(sphere(1.0, head @ at(0, -0.015, 0.05) @ scl(0.025, 0.018, 0.014), "seed"))
        parts.append(sphere(0.008, head @ at(0, -0.008, 0.063), "marking"))
    else:  # a bunny
        parts = [sphere(0.055, head, "eraser")]
        for s in (-1, 1):
            ear = head @ at(s * 0.025, 0.075, 0) @ rot("z", -s * 12) @ scl(0.016, 0.05, 0.01)
            parts.append(sphere(1.0, ear, "eraser"))
        parts.append(sphere(0.007, head @ at(0, -0.01, 0.054), "marking"))
    for s in (-1, 1):
        parts.append(sphere(0.0065, head @ at(s * 0.02, 0.012, 0.052), "marking"))
    return parts


def _baby_mobile(rng: Rng) -> list[Part]:
    """A nursery cot mobile: a clamp and an upright arm curving over at the top to a hook, a
    cross of two bowed bars hung from it on a short cord, and five little soft toys on threads
    at different heights below (a star, a moon, a cloud, a teddy bear's head, a bunny's
    head)."""
    px = -0.42  # the upright's x
    parts = [box(0.03, 0.2, 0.1, at(px - 0.045, 0.0, 0), 1, "body")]  # the clamp's back
    for y in (0.025, 0.17):  # its jaws round a short length of the cot's rail
        parts.append(box(0.12, 0.03, 0.1, at(px, y, 0), 1))
    parts.append(stick((px + 0.03, 0.1, -0.2), (px + 0.03, 0.1, 0.2), 0.035, 0))  # the rail
    parts.append(stick((px + 0.03, -0.0, 0), (px + 0.03, 0.065, 0), 0.01, "steel"))  # the screw
    parts.append(cylinder(0.035, 0.035, 0.022, at(px + 0.03, 0.0, 0), 1))  # its knob
    arm = [(px, 0.2, 0.0), (px, 0.6, 0.0), (px + 0.02, 0.93, 0.0), (px + 0.12, 1.02, 0.0),
           (-0.1, 1.03, 0.0), (0.03, 1.0, 0.0)]  # fmt: skip
    parts.append(tube(arm, 0.018, None, 1))
    hook = [(0.03, 1.0, 0.0), (0.05, 0.97, 0.0), (0.04, 0.945, 0.0), (0.02, 0.95, 0.0)]
    parts.append(tube(hook, 0.006, None, "steel"))
    cx, hub = 0.04, 0.86
    parts.append(tube([(cx, 0.945, 0), (cx, hub, 0)], 0.003, None, "marking", DIAMOND))
    parts.append(sphere(0.022, at(cx, hub, 0), 1))
    spin = float(rng.uniform(-15, 15))
    ends = []
    for k in range(4):  # the cross of bowed bars
        a = np.radians(45 + 90 * k + spin)
        dx, dz = np.cos(a), np.sin(a)
        bar = [(cx, hub, 0), (cx + 0.14 * dx, hub - 0.01, 0.14 * dz),
               (cx + 0.27 * dx, hub - 0.045, 0.27 * dz)]  # fmt: skip
        parts.append(tube(bar, 0.0075, None, 1))
        ends.append((cx + 0.27 * dx, hub - 0.045, 0.27 * dz))
        parts.append(sphere(0.013, at(*ends[-1]), 1))
    ends.append((cx, hub - 0.02, 0.0))
    kinds = ["moon", "cloud", "bear", "bunny", "star"]
    drops = [0.2, 0.16, 0.28, 0.26, 0.42]
    for (x, y, z), kind, drop in zip(ends, kinds, drops, strict=True):
        drop += float(rng.uniform(-0.02, 0.02))
        parts.append(tube([(x, y, z), (x, y - drop, z)], 0.0028, None, "marking", DIAMOND))
        parts += _toy(kind, at(x, y - drop, z) @ rot("y", float(rng.uniform(-20, 20))) @ scl(1.15))
    return parts


def _nightlight(rng: Rng) -> list[Part]:
    """A little bedside nightlight: a plump glowing crescent moon standing on its belly with a
    glowing star in its crook, held in a collar on a small round domed base with a switch, a
    cord from its back to a plug."""
    base = [(0.0, 0.0), (0.24, 0.0), (0.25, 0.03), (0.22, 0.08), (0.12, 0.1), (0.0, 0.1)]
    parts = [lathe(base, None, 1, "body")]
    parts.append(cylinder(0.245, 0.245, 0.01, None, "marking"))  # the rubber foot
    parts.append(box(0.04, 0.025, 0.03, at(0.08, 0.085, 0.14) @ rot("x", 30), "snow"))
    tilt = float(rng.uniform(-6, 6))
    moon = at(0.02, 0.34, 0) @ rot("z", 10 + tilt)
    parts.append(_crescent(moon, 0.22, 0.115, "glow", 0.55))
    parts.append(cylinder(0.05, 0.04, 0.12, at(-0.05, 0.06, 0), "glow"))  # the neck
    parts.append(lathe([(0.07, 0.0), (0.075, 0.03), (0.06, 0.06)], at(-0.05, 0.08, 0), 0))
    parts.append(slab(star(5, 0.45), 0.045, at(0.06, 0.36, 0) @ rot("z", -8) @ scl(0.085), "glow"))
    parts.append(stick((0.06, 0.1, 0), (0.06, 0.3, 0), 0.008, "glow"))  # the star's stalk
    cord = [(0.0, 0.03, -0.2), (0.02, 0.015, -0.32), (0.16, 0.012, -0.4), (0.3, 0.012, -0.36)]
    parts.append(tube(cord, 0.009, None, "snow"))
    plug = at(0.33, 0.0, -0.35) @ rot("y", -70)
    parts.append(box(0.05, 0.035, 0.07, plug, "snow"))
    for s in (-1, 1):
        parts.append(box(0.008, 0.004, 0.035, plug @ at(s * 0.012, 0.015, 0.05), "steel"))
    return parts


def _gauge_dial(c: np.ndarray, r: float) -> list[Part]:
    """The face of a dial gauge of radius r facing +z at c: white with ticks round 270 degrees,
    the figures 0 to 60 by tens, PSI under the middle."""
    parts = [cylinder(r, r, 0.01, c @ rot("x", 90), "snow")]
    front = c @ at(0, 0, 0.012)
    for k in range(13):
        a = np.radians(225 - 270 * k / 12)
        major = k % 2 == 0
        r0 = r * (0.78 if major else 0.86)
        a0 = (front @ (r0 * np.cos(a), r0 * np.sin(a), 0, 1))[:3]
        a1 = (front @ (r * 0.95 * np.cos(a), r * 0.95 * np.sin(a), 0, 1))[:3]
        parts.append(paint_bar(a0, a1, front[:3, 2], 0.012 if major else 0.006, "marking"))
        if major:
            x, y = r * 0.6 * np.cos(a), r * 0.6 * np.sin(a)
            parts += paint_text(str(5 * k), front @ at(x, y, 0), r * 0.14, "marking")
    parts += paint_text("PSI", front @ at(0, -r * 0.45, 0), r * 0.13, "marking")
    return parts


def _tyre_gauge(rng: Rng) -> list[Part]:
    """A dial tyre pressure gauge: a round gauge with a white face, its ticks and figures to 60
    PSI and a red needle, in a thick rubber-bumpered case with a chrome bezel, a
    bleed button on its shoulder; a chrome stem from its bottom to a short hose ending in an
    angled chrome air chuck."""
    R, cy = 0.3, 0.58
    c = at(0, cy, 0)
    parts = [cylinder(R, R, 0.1, c @ at(0, 0, -0.09) @ rot("x", 90), 1, "body")]  # the case
    parts.append(torus(R, 0.05, c @ at(0, 0, -0.02) @ rot("x", 90) @ scl(1, 1.2, 1), 1))
    parts.append(torus(R - 0.035, 0.015, c @ at(0, 0, 0.03) @ rot("x", 90), 0))  # the bezel
    parts += _gauge_dial(c @ at(0, 0, 0.02), R - 0.045)
    read = float(rng.uniform(28, 40))  # the reading in PSI
    a = np.radians(225 - 270 * read / 60)
    tip = ((R - 0.07) * np.cos(a), (R - 0.07) * np.sin(a), 0.05)
    tail = (-0.05 * np.cos(a), -0.05 * np.sin(a), 0.05)
    parts.append(tube([tail, tip], [0.012, 0.004], c, "card-red"))  # the needle
    parts.append(cylinder(0.022, 0.022, 0.02, c @ at(0, 0, 0.04) @ rot("x", 90), "marking"))
    btn = c @ rot("z", -40) @ at(0, R + 0.03, -0.03)  # the bleed button
    parts.append(cylinder(0.035, 0.035, 0.04, btn, 0))
    parts.append(cylinder(0.022, 0.02, 0.04, btn @ at(0, 0.04, 0), "card-red"))
    parts.append(cylinder(0.03, 0.025, 0.09, c @ at(0, -R - 0.07, -0.03), 0))  # the stem
    hose = [(0.0, cy - R - 0.07, -0.03), (0.0, cy - R - 0.14, -0.03), (0.06, 0.14, -0.02),
            (0.16, 0.1, 0.0), (0.26, 0.1, 0.0)]  # fmt: skip
    parts.append(tube(hose, 0.028, None, 1))
    parts.append(cylinder(0.034, 0.034, 0.05, at(0.25, 0.1, 0) @ rot("z", -90), 0))  # ferrule
    chuck = at(0.3, 0.1, 0) @ rot("z", -120)
    parts.append(cylinder(0.032, 0.03, 0.1, chuck, 0))
    parts.append(cylinder(0.038, 0.038, 0.025, chuck @ at(0, 0.1, 0), 0))
    parts.append(cylinder(0.022, 0.022, 0.005, chuck @ at(0, 0.125, 0), "marking"))
    return parts


def _baguette(rng: Rng) -> list[Part]:
    """A baguette lying on its side at a slant: a loaf about eight times as long as it is wide,
    slightly flattened, its ends tapering to rounded points, five long diagonal slashes along
    its top opening onto the paler crumb, each with a raised crusty lip."""
    L, R = 1.0, 0.063
    prof = [(0.0, 0.0), (0.022, 0.015), (0.045, 0.06), (0.058, 0.14), (R, 0.3), (R, 0.7),
            (0.058, 0.86), (0.045, 0.94), (0.022, 0.985), (0.0, L)]  # fmt: skip
    yaw = 30 + float(rng.uniform(-5, 5))
    flat = 0.78
    loaf = rot("y", yaw) @ at(0, R * flat, 0) @ scl(1, flat, 1)
    parts = [lathe(prof, loaf @ rot("z", -90) @ at(0, -L / 2, 0), 0, "body")]
    for k in range(5):  # the slashes, each a long shallow cut with its crust lifted on one side
        x = -0.31 + 0.155 * k
        top = loaf @ at(x, R - 0.006, 0) @ rot("y", 24)
        parts.append(sphere(1.0, top @ scl(0.088, 0.013, 0.021), "seed"))  # the crumb
        parts.append(sphere(1.0, top @ at(0, 0.006, -0.02) @ scl(0.085, 0.011, 0.01), 0))  # ear
    return parts


MORE_APPLIANCES_ZZD = {
    854: _neon_sign, 855: _baby_mobile, 856: _nightlight, 857: _tyre_gauge, 858: _baguette,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
