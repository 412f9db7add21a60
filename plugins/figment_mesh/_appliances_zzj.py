"""More of the device family's appliances, from 888: a film projector, the theatre masks, a
dressing-room mirror, a stage trapdoor, a row of cinema seats, a ventriloquist's dummy, a ghost
light.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl
from ._kit import ALONG_X, ALONG_Z
from ._primitives import box, cylinder, lathe, slab, sphere, strip, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZJ"]

Rng = np.random.Generator

_SIDEWAYS = rot("y", -90)  # a slab drawn in the (z, y) side view, extruded along x


def _reel(m: np.ndarray, R: float, fill: float, slot=1) -> list[Part]:
    """A film reel turning about x at m: two spoked flanges, a hub and a roll of film between
    them ``fill`` of the way out."""
    w = 0.05
    parts = [cylinder(0.03, 0.03, w + 0.02, m @ ALONG_X @ at(0, -w / 2 - 0.01, 0), slot)]
    parts.append(cylinder(R * fill, R * fill, w - 0.008, m @ ALONG_X @ at(0, -w / 2 + 0.004, 0),
                          "marking"))  # the film # fmt: skip
    for s in (-1, 1):
        x = s * w / 2
        parts.append(torus(R - 0.012, 0.012, at(x, 0, 0) @ m @ rot("z", 90), slot))  # the rim
        parts.append(torus(R * 0.45, 0.012, at(x, 0, 0) @ m @ rot("z", 90), slot))
        for k in range(6):  # the spokes, wide near the hub
            a = np.pi / 3 * k + 0.3
            p0 = m @ np.array([x, 0.03 * np.sin(a), 0.03 * np.cos(a), 1.0])
            p1 = m @ np.array([x, (R - 0.02) * np.sin(a), (R - 0.02) * np.cos(a), 1.0])
            parts.append(tube([p0[:3], p1[:3]], [0.016, 0.01], None, slot))
    return parts


def _film(a, b, slot="marking") -> Part:
    """A strip of film from a to b in a plane x = const, its width across x."""
    d = np.subtract(b, a)
    return strip(a, b, (0.0, -d[2], d[1]), 0.035, 0.004, slot)


def _film_projector(rng: Rng) -> list[Part]:
    """A vintage film projector: a boxy body with a chimneyed lamp house at the back on a low
    stand, a big lens barrel at the front, two large spoked film reels on arms above the body
    (a full one at the front, a nearly empty one at the back) with the film threading down into
    the body between them, a crank and knobs on the side."""
    w, h, d, y0 = 0.22, 0.28, 0.5, 0.09
    parts = [box(w, h, d, at(0, y0, 0), 0, "body")]
    parts.append(box(0.3, 0.03, 0.56, None, 1))  # the stand's base
    parts.append(box(0.16, y0 - 0.03, 0.36, at(0, 0.03, 0), 1))  # its pedestal
    parts.append(box(w + 0.02, 0.02, d + 0.02, at(0, y0 + h, 0), 0))  # the lid's lip
    parts.append(cylinder(0.07, 0.06, 0.1, at(0, y0 + h, -0.14), 0))  # the lamp chimney
    parts.append(cylinder(0.075, 0.075, 0.02, at(0, y0 + h + 0.1, -0.14), 0))
    for k in range(4):  # the lamp house's vents
        parts.append(box(0.006, 0.012, 0.14, at(w / 2, y0 + 0.08 + 0.04 * k, -0.15), "marking"))
    ly = y0 + 0.13
    parts.append(box(0.14, 0.14, 0.04, at(0, ly - 0.07, d / 2), 0))  # the lens mount
    parts.append(cylinder(0.06, 0.06, 0.2, at(0, ly, d / 2) @ ALONG_Z, 1))  # the lens barrel
    for z in (0.06, 0.19):
        parts.append(cylinder(0.067, 0.067, 0.018, at(0, ly, d / 2 + z) @ ALONG_Z, 1))
    parts.append(cylinder(0.05, 0.05, 0.012, at(0, ly, d / 2 + 0.2) @ ALONG_Z, "window"))
    parts.append(sphere(1.0, at(0, ly, d / 2 + 0.205) @ scl(0.045, 0.045, 0.012), "pane"))
    ry, fz, bz = 0.69, 0.2, -0.22
    for z in (fz, bz):  # the reel arms
        top = (-0.04, ry, z)
        foot = (-0.04, y0 + h, z * 0.45)
        parts.append(stick(foot, top, 0.018, 0))
        parts.append(cylinder(0.035, 0.035, 0.02, at(-0.04, y0 + h, z * 0.45), 0))
    spin = float(rng.uniform(0, 60))
    R = 0.2
    parts += _reel(at(0.02, ry, fz) @ rot("x", spin), R, 0.8)
    parts += _reel(at(0.02, ry, bz) @ rot("x", -spin), R, 0.32)
    x, top = 0.02, y0 + h  # the film: down from the front reel into the gate, out to the back
    front = [(fz + 0.8 * R, ry), (fz + 0.8 * R - 0.02, top + 0.07), (d / 2 + 0.006, top - 0.04)]
    back = [(bz - 0.32 * R, ry), (bz - 0.32 * R + 0.01, top + 0.04), (-0.2, top)]
    for path in (front, back):
        for (z0, ya), (z1, yb) in pairwise(path):
            parts.append(_film((x, ya, z0), (x, yb, z1)))
        z, y = path[1]
        parts.append(cylinder(0.025, 0.025, 0.05, at(x - 0.025, y, z - 0.02) @ ALONG_X, 1))
    crank = at(w / 2, y0 + 0.13, 0.08)  # the crank on the right side
    parts.append(cylinder(0.05, 0.05, 0.02, crank @ ALONG_X, 1))  # its gear boss
    parts.append(cylinder(0.018, 0.018, 0.04, crank @ ALONG_X, 1))
    arm = crank @ rot("x", 35)
    parts.append(box(0.014, 0.13, 0.028, arm @ at(0.04, -0.015, 0), 1))
    parts.append(cylinder(0.016, 0.014, 0.08, arm @ at(0.04, 0.1, 0) @ ALONG_X, "marking"))
    for k, z in enumerate((-0.06, -0.16)):  # knobs
        parts.append(cylinder(0.025, 0.02, 0.025, at(w / 2, y0 + 0.2 - 0.03 * k, z) @ ALONG_X,
                              "marking"))  # fmt: skip
    return parts


def _face_radius(t: np.ndarray) -> np.ndarray:
    """The mask's outline as a radius round its centre: an oval a little narrower at the chin."""
    a, b = 0.2, 0.26
    r = a * b / np.sqrt((b * np.cos(t)) ** 2 + (a * np.sin(t)) ** 2)
    return r * (1.0 - 0.16 * np.clip(-np.sin(t), 0, 1) ** 2)


def _on_face(pts, depth: float, lift: float = 0.0) -> list[tuple[float, float, float]]:
    """Points (x, y) of the mask's face lifted onto its domed front."""
    out = []
    for x, y in pts:
        rho = np.hypot(x, y) / float(_face_radius(np.array(np.arctan2(y, x))))
        out.append((x, y, depth * float(np.sqrt(max(0.0, 1.0 - rho * rho))) + lift))
    return out


def _mask(m: np.ndarray, happy: bool, slot=0, tag: str = "") -> list[Part]:
    """A theatre mask at m, face to +z: a domed oval face with a nose, brows, eye holes and an
    open mouth ('marking'), grinning when ``happy``, else grieving."""
    d = 0.085
    t = np.linspace(0, 2 * np.pi, 28, endpoint=False)
    shape = np.stack([np.cos(t), np.sin(t)], 1) * _face_radius(t)[:, None]
    dome = [(np.cos(a), d * np.sin(a)) for a in np.linspace(0, np.pi / 2, 6)]
    dome[-1] = (0.0, d)
    parts = [lathe(dome, m @ ALONG_Z, slot, tag, shape=shape)]
    parts.append(sphere(1.0, m @ at(0, -0.0, d - 0.004) @ scl(0.03, 0.065, 0.035), slot))  # nose
    s = 1.0 if happy else -1.0
    for side in (-1, 1):
        if happy:  # eyes arched up like smiling ones, brows raised high
            eye = [(side * 0.14, 0.045), (side * 0.095, 0.085), (side * 0.045, 0.05)]
            brow = [(side * 0.16, 0.1), (side * 0.1, 0.15), (side * 0.035, 0.12)]
        else:  # eyes slanting down at the outer corners, brows knitted up in the middle
            eye = [(side * 0.16, 0.02), (side * 0.1, 0.05), (side * 0.04, 0.09)]
            brow = [(side * 0.16, 0.08), (side * 0.1, 0.12), (side * 0.04, 0.16)]
        radii = [0.01, 0.028, 0.012] if happy else [0.008, 0.024, 0.01]
        parts.append(tube(_on_face(eye, d, -0.004), radii, m, "marking"))
        parts.append(tube(_on_face(brow, d, 0.0), [0.008, 0.016, 0.01], m, slot))
        if happy:  # round cheeks pushed up by the grin
            parts.append(sphere(1.0, m @ at(*_on_face([(side * 0.1, -0.04)], d, -0.018)[0])
                                @ scl(0.05, 0.04, 0.03), slot))  # fmt: skip
    xs = np.linspace(-0.13, 0.13, 7)
    y0, bend, wide = (-0.07, -0.085, 1.0) if happy else (-0.2, 0.075, 0.8)
    mouth = [(x * wide, y0 + bend * (1 - (x / 0.13) ** 2)) for x in xs]
    radii = np.array([0.008, 0.02, 0.034, 0.042, 0.034, 0.02, 0.008]) * (1.0 if happy else 0.75)
    parts.append(tube(_on_face(mouth, d, -0.008), radii, m, "marking"))
    lip = [(x, y - s * 0.02) for x, y in mouth[1:-1]]
    parts.append(tube(_on_face(lip, d, 0.0), 0.01, m, slot))  # the lip round the opening
    return parts


def _ribbon(pts, slot=1) -> Part:
    """A flat ribbon along pts."""
    flat = np.array([[1.0, 0.12], [-1.0, 0.12], [-1.0, -0.12], [1.0, -0.12]])
    return tube(pts, 0.026, None, slot, shape=flat)


def _theatre_masks(rng: Rng) -> list[Part]:
    """The comedy and tragedy masks of the theatre: two white face masks side by side and
    overlapping, the comedy one in front tilted one way and grinning (eyes arched up, a wide
    grin cut out below round cheeks), the tragedy one behind tilted the other way and grieving
    (eyes and brows slanting, a down-turned mouth), ribbons trailing down from their sides."""
    tilt = float(rng.uniform(-3, 3))
    happy = at(-0.14, 0.34, 0.06) @ rot("z", 14 + tilt) @ rot("y", 12)
    sad = at(0.15, 0.4, -0.05) @ rot("z", -16 - tilt) @ rot("y", 4)
    parts = _mask(happy, True, 0, "body")
    parts += _mask(sad, False, 0)
    for m, s in ((happy, -1), (sad, 1)):  # a ribbon from each temple, curling to the floor
        p = m @ np.array([s * 0.19, 0.08, 0.0, 1.0])
        x, y, z = p[:3]
        parts.append(sphere(0.025, at(x, y, z), 1))  # the knot
        for k, dx in enumerate((0.0, 0.05)):
            pts = [(x, y, z), (x + s * (0.07 + dx), y - 0.12, z + 0.03),
                   (x + s * (0.04 + dx), y - 0.24, z - 0.02),
                   (x + s * (0.1 + 1.5 * dx), y - 0.33 + 0.04 * k, z + 0.02)]  # fmt: skip
            parts.append(_ribbon(pts))
    return parts


def _bulb(m: np.ndarray, r: float) -> list[Part]:
    """A round glowing bulb at m on a little socket, pointing +z."""
    return [
        cylinder(r * 0.55, r * 0.55, r * 0.8, m @ ALONG_Z, "steel"),
        sphere(r, m @ at(0, 0, r * 1.4), "glow"),
    ]


def _dressing_mirror(rng: Rng) -> list[Part]:
    """A theatre dressing-room (Hollywood) mirror: a big rectangular mirror in a deep frame with
    a row of round glowing bulbs along its top and down both sides, standing on a dressing table
    with drawers, a few make-up pots, a powder puff, a lipstick and a cup of brushes on it."""
    tw, th, td = 1.0, 0.7, 0.42
    parts = [box(tw, 0.04, td, at(0, th, 0), 1, "body")]  # the table top
    for s in (-1, 1):  # the drawer pedestals
        parts.append(box(0.3, th, td - 0.04, at(s * 0.33, 0, -0.01), 1))
        for k in range(3):
            y = 0.06 + k * 0.21
            parts.append(box(0.26, 0.18, 0.01, at(s * 0.33, y, td / 2 - 0.03), 1))
            parts.append(sphere(0.016, at(s * 0.33, y + 0.09, td / 2 - 0.015), "steel"))
    parts.append(box(0.36, 0.12, 0.01, at(0, th - 0.12, td / 2 - 0.04), 1))  # the middle drawer
    mw, mh, mz, my = 0.92, 0.72, -td / 2 + 0.06, th + 0.04
    parts.append(box(mw, mh, 0.05, at(0, my, mz), 0))  # the frame
    parts.append(box(mw - 0.24, mh - 0.2, 0.052, at(0, my + 0.07, mz), "mirror"))
    for s in (-1, 1):  # the feet holding it up
        parts.append(box(0.05, 0.04, 0.16, at(s * 0.4, my, mz + 0.04), 0))
    n_top, n_side = 6, 4
    for k in range(n_top):
        x = -(mw - 0.14) / 2 + k * (mw - 0.14) / (n_top - 1)
        parts += _bulb(at(x, my + mh - 0.06, mz + 0.025), 0.032)
    for s in (-1, 1):
        for k in range(n_side):
            y = my + 0.06 + k * (mh - 0.2) / (n_side - 1)
            parts += _bulb(at(s * (mw / 2 - 0.06), y, mz + 0.025), 0.032)
    top = th + 0.04
    for x, z, r, c in ((-0.3, 0.08, 0.04, "fruit-red"), (-0.2, 0.13, 0.03, "snow"),
                       (0.24, 0.12, 0.035, "eraser")):  # pots with lids # fmt: skip
        parts.append(cylinder(r, r, 0.035, at(x, top, z), "snow"))
        parts.append(cylinder(r + 0.004, r + 0.004, 0.015, at(x, top + 0.035, z), c))
    parts.append(sphere(1.0, at(-0.08, top + 0.012, 0.12) @ scl(0.05, 0.018, 0.05), "eraser"))
    parts.append(cylinder(0.012, 0.012, 0.05, at(0.08, top, 0.14), "cloth-yellow"))  # lipstick
    parts.append(cylinder(0.01, 0.006, 0.025, at(0.08, top + 0.05, 0.14), "card-red"))
    cup = at(0.34, top, 0.0)
    parts.append(cylinder(0.035, 0.04, 0.1, cup, "snow"))  # the brush cup
    for k in range(4):
        a = k * 1.6 + float(rng.uniform(-0.2, 0.2))
        tip = (0.34 + 0.05 * np.cos(a), top + 0.2, 0.05 * np.sin(a))
        parts.append(stick((0.34, top + 0.02, 0.0), tip, 0.006, "marking"))
        parts.append(sphere(1.0, at(*tip) @ scl(0.014, 0.028, 0.014), "cork"))
    return parts


def _trapdoor(rng: Rng) -> list[Part]:
    """A stage trapdoor: a raised square of stage floorboards with a square hatch in the middle,
    its boarded lid swung up on strap hinges at the back edge and leaning back, battens across
    its underside and an iron ring pull, a black hole below with the top of a wooden ladder
    sticking up out of it."""
    S, t, hw, bw = 1.0, 0.22, 0.2, 0.1
    c, g = S / 2 - 0.01, (S / 2 - 0.01 + hw) / 2  # the dark core under the boards, round the hole
    parts = [box(2 * c, t - 0.01, c - hw, at(0, 0, g), "marking", "body")]
    parts.append(box(2 * c, t - 0.01, c - hw, at(0, 0, -g), "marking"))
    for s in (-1, 1):
        parts.append(box(c - hw, t - 0.01, 2 * hw, at(s * g, 0, 0), "marking"))
    n = int(S / bw)
    for k in range(n):  # the floorboards, run front to back, cut for the hatch
        x = -S / 2 + (k + 0.5) * bw
        if abs(x) < hw:
            for s in (-1, 1):
                parts.append(box(bw - 0.012, t, S / 2 - hw, at(x, 0, s * (S / 2 + hw) / 2), 0))
        else:
            parts.append(box(bw - 0.012, t, S, at(x, 0, 0), 0))
    for s in (-1, 1):  # the hole, lined black
        parts.append(box(2 * hw, t - 0.003, 0.01, at(0, 0, s * (hw - 0.005)), "marking"))
        parts.append(box(0.01, t - 0.003, 2 * hw, at(s * (hw - 0.005), 0, 0), "marking"))
    parts.append(box(2 * hw, 0.01, 2 * hw, None, "marking"))
    lean = 14.0
    foot = at(0, 0, 0.12) @ rot("x", -lean)
    for s in (-1, 1):  # the ladder: rails and rungs rising out of the hole
        parts.append(box(0.035, 0.56, 0.04, foot @ at(s * 0.12, 0, 0), 0))
    for k in range(4):
        parts.append(box(0.24, 0.025, 0.03, foot @ at(0, 0.12 + 0.12 * k, 0), 0))
    ang = 106 + float(rng.uniform(-5, 5))
    lid = at(0, t, -hw) @ rot("x", -ang)
    for k in range(4):  # the lid's boards
        parts.append(box(bw - 0.006, 0.04, 2 * hw - 0.01, lid @ at(-hw + (k + 0.5) * bw, 0, hw), 0))
    for z in (0.08, 0.32):  # battens underneath
        parts.append(box(2 * hw - 0.04, 0.03, 0.06, lid @ at(0, -0.03, z), 1))
    parts.append(box(0.05, 0.03, 0.3, lid @ at(0, -0.03, 0.2) @ rot("y", 40), 1))  # a brace
    for s in (-1, 1):  # strap hinges
        parts.append(box(0.04, 0.006, 0.16, lid @ at(s * 0.12, 0.04, 0.08), "steel"))
        parts.append(box(0.04, 0.006, 0.08, at(s * 0.12, t, -hw - 0.04), "steel"))
        parts.append(stick((s * 0.12 - 0.02, t, -hw), (s * 0.12 + 0.02, t, -hw), 0.01, "steel"))
    ring = lid @ at(0, 0.045, 2 * hw - 0.06)
    parts.append(torus(0.03, 0.006, ring, "steel"))
    parts.append(box(0.03, 0.008, 0.02, ring @ at(0, 0, -0.03), "steel"))
    return parts


def _cinema_seat(m: np.ndarray, folded: bool) -> list[Part]:
    """One upholstered cinema seat at m: a tall padded back leaning back a little, a thick seat
    cushion hinged at its back (folded up when ``folded``) on a metal pan."""
    w = 0.46
    back = [(-0.2, 0.36), (-0.09, 0.36), (-0.07, 0.62), (-0.1, 0.92), (-0.15, 0.98), (-0.21, 0.97),
            (-0.24, 0.9), (-0.25, 0.6)]  # fmt: skip
    parts = [slab(back, w, m @ _SIDEWAYS, 0)]
    shell = [(-0.255, 0.34), (-0.2, 0.34), (-0.23, 0.9), (-0.27, 0.9)]
    parts.append(slab(sharp(shell), w + 0.02, m @ _SIDEWAYS, 1))  # its shell behind
    for y in (0.58, 0.78):  # the tufted seams
        parts.append(box(w - 0.04, 0.008, 0.01, m @ at(0, y, -0.074 - 0.012 * (y > 0.7)), 0))
    cushion = [(-0.06, 0.4), (0.2, 0.4), (0.24, 0.43), (0.24, 0.5), (0.2, 0.53), (-0.06, 0.52)]
    hinge = at(0, 0.42, -0.06) @ rot("x", -82 if folded else 0) @ at(0, -0.42, 0.06)
    parts.append(slab(cushion, w - 0.02, m @ hinge @ _SIDEWAYS, 0))
    parts.append(box(w - 0.04, 0.025, 0.3, m @ hinge @ at(0, 0.38, 0.09), 1))  # the seat pan
    return parts


def _cinema_seats(rng: Rng) -> list[Part]:
    """A row of three folding cinema seats: plush upholstered seats with tall rounded backs on a
    shared metal frame, cast side standards between them topped by armrests with cup holders at
    their front ends, the middle seat's cushion folded up."""
    pitch, n = 0.54, 3
    xs = [(k - (n - 1) / 2) * pitch for k in range(n)]
    parts = [box(pitch * n + 0.06, 0.04, 0.08, at(0, 0.12, -0.18), 1, "body")]  # the rail
    fold = int(rng.integers(0, n)) if rng.uniform() < 0.3 else 1
    for k, x in enumerate(xs):
        parts += _cinema_seat(at(x, 0, 0), k == fold)
    stand = [(-0.24, 0.0), (0.12, 0.0), (0.1, 0.06), (0.02, 0.12), (0.02, 0.6), (-0.22, 0.6),
             (-0.2, 0.12), (-0.26, 0.06)]  # fmt: skip
    for k in range(n + 1):
        x = (k - n / 2) * pitch
        parts.append(slab(sharp(stand), 0.04, at(x, 0, 0) @ _SIDEWAYS, 1))
        parts.append(box(0.08, 0.04, 0.46, at(x, 0.6, 0.0), 1))  # the armrest
        parts.append(cylinder(0.05, 0.05, 0.02, at(x, 0.6, 0.22), 1))  # the cup holder's rim
        parts.append(torus(0.045, 0.01, at(x, 0.62, 0.22), 1))
        parts.append(cylinder(0.037, 0.037, 0.021, at(x, 0.6, 0.22), "marking"))
    return parts


def _dummy_head(m: np.ndarray) -> list[Part]:
    """A ventriloquist dummy's big painted head at m (its centre): staring eyes, raised brows,
    rosy cheeks, red lips with the jaw's slits running down from the corners, slick black
    hair."""
    skin = "pencil-wood"
    R = 0.1
    parts = [sphere(1.0, m @ scl(R, R * 1.1, R * 0.98), skin)]
    parts.append(sphere(1.0, m @ at(0, -0.05, 0.02) @ scl(0.07, 0.06, 0.075), skin))  # the jaw
    parts.append(sphere(1.0, m @ at(0, 0.03, -0.008) @ scl(R * 1.03, R * 0.95, R * 1.0),
                        "marking"))  # the hair # fmt: skip
    parts.append(tube([(-0.06, 0.085, 0.05), (-0.01, 0.105, 0.07), (0.05, 0.09, 0.055)], 0.022,
                      m, "marking"))  # the forelock # fmt: skip
    for s in (-1, 1):
        e = m @ at(s * 0.036, 0.015, 0.077)
        parts.append(sphere(1.0, e @ scl(0.026, 0.03, 0.016), "sclera"))
        parts.append(sphere(1.0, e @ at(0, 0, 0.012) @ scl(0.012, 0.014, 0.008), "pupil"))
        brow = [(s * 0.06, 0.05, 0.072), (s * 0.038, 0.062, 0.082), (s * 0.015, 0.055, 0.09)]
        parts.append(tube(brow, 0.0055, m, "marking"))
        parts.append(sphere(1.0, m @ at(s * 0.058, -0.03, 0.074) @ scl(0.022, 0.016, 0.01),
                            "eraser"))  # fmt: skip
        parts.append(sphere(1.0, m @ at(s * 0.098, 0.0, 0.0) @ scl(0.012, 0.024, 0.018), skin))
        parts.append(strip((s * 0.03, -0.045, 0.085), (s * 0.03, -0.1, 0.064), (0, -0.3, 1.0),
                           0.005, 0.01, "marking", m=m))  # the jaw slits # fmt: skip
    parts.append(sphere(1.0, m @ at(0, -0.012, 0.1) @ scl(0.014, 0.016, 0.016), skin))  # nose
    lips = [(-0.032, -0.04, 0.086), (0.0, -0.052, 0.095), (0.032, -0.04, 0.086)]
    parts.append(tube(lips, [0.006, 0.01, 0.006], m, "card-red"))
    return parts


def _ventriloquist_dummy(rng: Rng) -> list[Part]:
    """A ventriloquist's dummy sitting on the front edge of a wooden box: a small boy puppet in a
    tiny suit with a white shirt front and a red bow tie, a big painted head with wide staring
    eyes, rosy cheeks, slick black hair and a hinged jaw, stiff little arms hanging at his sides
    and legs dangling over the edge in black shoes."""
    bw, bh, bd = 0.44, 0.4, 0.34
    parts = [box(bw, bh, bd, None, 1, "body")]
    parts.append(box(bw + 0.02, 0.025, bd + 0.02, at(0, bh - 0.025, 0), 1))  # the lid's lip
    hy, hz = bh, 0.05
    parts.append(box(0.2, 0.06, 0.16, at(0, hy, hz), 0))  # the seat of his trousers
    for s in (-1, 1):  # legs: thighs out over the edge, shins hanging, shoes
        x = s * 0.05
        knee = (x, hy + 0.035, bd / 2 + 0.03)
        parts.append(stick((x, hy + 0.035, hz), knee, 0.035, 0))
        ankle = (x + s * 0.005, hy - 0.17, bd / 2 + 0.05)
        parts.append(stick(knee, ankle, 0.03, 0))
        parts.append(sphere(1.0, at(x + s * 0.005, hy - 0.2, bd / 2 + 0.075) @ scl(0.035, 0.03,
                                                                                  0.06), "marking"))  # fmt: skip
    torso = at(0, hy + 0.04, hz - 0.01)
    parts.append(cylinder(0.1, 0.085, 0.21, torso @ scl(1, 1, 0.7), 0))  # the jacket
    v = [(-0.04, 0.21), (0.04, 0.21), (0.0, 0.08)]
    parts.append(slab(sharp(v), 0.01, torso @ at(0, 0, 0.061), "snow"))  # the shirt front
    for s in (-1, 1):
        parts.append(sphere(0.008, torso @ at(0.0, 0.04 + 0.03 * (s + 1), 0.066), "marking"))
        bow = [(0.0, 0.0), (s * 0.035, 0.018), (s * 0.035, -0.018)]
        parts.append(slab(sharp(bow), 0.014, torso @ at(0, 0.195, 0.066), "card-red"))
        sh = (s * 0.1, hy + 0.22, hz - 0.01)  # arms stiff at his sides, hands on the lid
        hand = (s * 0.13, hy + 0.05, hz + 0.07)
        parts.append(stick(sh, hand, 0.027, 0))
        parts.append(cylinder(0.029, 0.029, 0.015, at(*hand) @ rot("x", 22), "snow"))  # cuffs
        parts.append(sphere(1.0, at(hand[0], hand[1] - 0.02, hand[2] + 0.01) @ scl(0.024, 0.03,
                            0.02), "pencil-wood"))  # fmt: skip
    parts.append(sphere(1.0, torso @ at(0, 0.2, 0) @ scl(0.11, 0.03, 0.07), 0))  # shoulders
    parts.append(cylinder(0.03, 0.03, 0.05, torso @ at(0, 0.2, 0), "pencil-wood"))  # the neck
    parts.append(cylinder(0.04, 0.04, 0.02, torso @ at(0, 0.205, 0), "snow"))  # the collar
    tilt = float(rng.uniform(-8, 8))
    parts += _dummy_head(torso @ at(0, 0.33, 0.01) @ rot("z", tilt))
    return parts


def _ghost_light(rng: Rng) -> list[Part]:
    """A theatre ghost light: a single bare glowing bulb inside a small round wire cage on top of
    a tall thin metal pole, on a three-legged base with casters, its cable running down the pole
    and trailing off across the floor."""
    top = 0.86
    parts = [cylinder(0.012, 0.012, top - 0.08, at(0, 0.08, 0), 0, "body")]  # the pole
    parts.append(cylinder(0.035, 0.03, 0.06, at(0, 0.06, 0), 1))  # the hub
    parts.append(cylinder(0.02, 0.02, 0.05, at(0, 0.4, 0), 0))  # a clamp collar
    for k in range(3):  # three legs with casters
        a = np.radians(120 * k + 30)
        c, s = np.cos(a), np.sin(a)
        parts.append(stick((0, 0.09, 0), (0.26 * c, 0.05, 0.26 * s), 0.014, 1))
        parts.append(cylinder(0.012, 0.012, 0.03, at(0.26 * c, 0.02, 0.26 * s), 1))
        wheel = at(0.26 * c, 0.022, 0.26 * s) @ rot("y", -np.degrees(a)) @ rot("x", 90)
        parts.append(cylinder(0.022, 0.022, 0.016, wheel @ at(0, -0.008, 0), "marking"))
    parts.append(cylinder(0.022, 0.028, 0.05, at(0, top, 0), 0))  # the socket
    parts.append(cylinder(0.03, 0.03, 0.012, at(0, top + 0.05, 0), 0))
    bulb = [(0.014, 0.0), (0.016, 0.02), (0.034, 0.05), (0.048, 0.09), (0.044, 0.125),
            (0.024, 0.148), (0.0, 0.152)]  # fmt: skip
    parts.append(lathe(bulb, at(0, top + 0.05, 0), "glow"))
    cy = top + 0.055
    parts.append(torus(0.075, 0.006, at(0, cy + 0.085, 0), 0))  # the cage's hoops and ribs
    parts.append(torus(0.036, 0.006, at(0, cy, 0), 0))
    for k in range(6):
        a = np.pi / 3 * k
        c, s = np.cos(a), np.sin(a)
        rib = [(0.036 * c, cy, 0.036 * s), (0.07 * c, cy + 0.05, 0.07 * s),
               (0.072 * c, cy + 0.12, 0.072 * s), (0.04 * c, cy + 0.17, 0.04 * s),
               (0.0, cy + 0.18, 0.0)]  # fmt: skip
        parts.append(tube(rib, 0.0055, None, 0))
    parts.append(cylinder(0.012, 0.012, 0.02, at(0, cy + 0.172, 0), 0))
    parts.append(torus(0.014, 0.004, at(0, cy + 0.2, 0) @ rot("x", 90), 0))  # a hanging loop
    sway = float(rng.uniform(-0.03, 0.03))
    cable = [(0.02, top + 0.02, 0.0), (0.03, top - 0.1, 0.01), (0.018, 0.6, 0.008),
             (-0.016, 0.45, 0.012), (0.016, 0.3, 0.012), (0.03, 0.12, 0.02),
             (0.08, 0.01, 0.1), (0.2 + sway, 0.008, 0.3), (0.42, 0.008, 0.34)]  # fmt: skip
    parts.append(tube(cable, 0.006, None, "marking"))
    parts.append(box(0.03, 0.02, 0.05, at(0.44, 0.0, 0.34) @ rot("y", 70), "marking"))  # a plug
    return parts


MORE_APPLIANCES_ZZJ = {
    888: _film_projector, 889: _theatre_masks, 890: _dressing_mirror, 891: _trapdoor,
    892: _cinema_seats, 893: _ventriloquist_dummy, 894: _ghost_light,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
