"""More of the device family's appliances, from 776: a bank vault door, a cash machine, a desk
bell, a film clapperboard, a film reel, a rope barrier, a kaleidoscope, a barber pole, a
harmonica, a pair of maracas.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZT"]

Rng = np.random.Generator

_RAINBOW = ("rainbow-red", "rainbow-orange", "rainbow-yellow", "rainbow-green", "rainbow-blue",
            "rainbow-violet")  # fmt: skip
_DIAMOND = [(0.0, -0.05), (0.027, 0.0), (0.0, 0.05), (-0.027, 0.0)]
_PAINT = ("card-red", "cloth-yellow", "plume", "fruit-orange", "vine", "eraser")


def _zdisc(r: float, depth: float, m: np.ndarray, slot=0, tag: str = "") -> Part:
    """A round disc of radius r facing +z, from z = 0 to z = depth in m's frame."""
    return cylinder(r, r, depth, m @ rot("x", 90), slot, tag)


def _vault_door(rng: Rng) -> list[Part]:
    """A bank vault door: a massive round steel door swung open on two huge hinges from a thick
    square wall section, its thick stepped edge ringed with big locking bolts, a spoked wheel in
    the centre of its face and the spoked bolt-work on its back."""
    side = -1
    half, cy, ro, dep = 1.15, 1.2, 0.8, 0.6
    parts = []
    n = 24
    for k in range(n):  # the wall around the round opening, in wedges
        a0, a1 = 2 * np.pi * k / n, 2 * np.pi * (k + 1) / n
        pts = [(ro * np.cos(a0), ro * np.sin(a0)), (ro * np.cos(a1), ro * np.sin(a1))]
        for a in (a1, a0):
            s = half / max(abs(np.cos(a)), abs(np.sin(a)))
            pts.append((s * np.cos(a), s * np.sin(a)))
        parts.append(slab(sharp(pts), dep, at(0, cy, 0), 1, "body" if k == 0 else ""))
    parts.append(torus(ro + 0.02, 0.04, at(0, cy, dep / 2) @ rot("x", 90), 0))  # the jamb's lip
    parts.append(box(2 * half + 0.1, 0.05, dep + 0.1, None, 1))  # the plinth
    xh, zh = side * (ro + 0.22), dep / 2 + 0.12  # the hinge axis
    for y in (cy - 0.45, cy + 0.45):  # the hinge knuckles on the wall
        parts.append(box(0.2, 0.3, 0.14, at(xh - side * 0.04, y - 0.15, dep / 2 + 0.05), 0))
        parts.append(cylinder(0.11, 0.11, 0.36, at(xh, y - 0.18, zh), 0))
    ang = side * (100 + float(rng.uniform(-6, 6)))
    door = at(xh, cy, zh) @ rot("y", ang) @ at(-xh, 0, -zh) @ at(0, 0, dep / 2)
    parts.append(_zdisc(ro - 0.03, 0.36, door @ at(0, 0, -0.36), 0))  # the plug
    back = door @ at(0, 0, -0.36)
    parts.append(_zdisc(0.16, 0.1, back @ at(0, 0, -0.1), 0))  # the bolt-work on its back
    parts.append(torus(ro - 0.2, 0.03, back @ rot("x", 90), 0))
    for k in range(6):
        a = 2 * np.pi * (k + 0.5) / 6
        parts.append(box(0.07, ro - 0.2, 0.05, back @ rot("z", np.degrees(a) - 90)
                         @ at(0, 0, -0.03), 0))  # fmt: skip
    parts.append(_zdisc(ro + 0.12, 0.14, door, 0))  # the front plate
    parts.append(torus(ro + 0.08, 0.05, door @ at(0, 0, 0.14) @ rot("x", 90), 0))
    parts.append(torus(ro - 0.22, 0.03, door @ at(0, 0, 0.14) @ rot("x", 90), 0))
    nb = 12
    for k in range(nb):  # the locking bolts round its edge, two rows
        a = 2 * np.pi * (k + 0.5) / nb
        for z in (-0.1, -0.26):
            m = door @ at((ro - 0.1) * np.cos(a), (ro - 0.1) * np.sin(a), z)
            parts.append(cylinder(0.055, 0.055, 0.24, m @ rot("z", np.degrees(a) - 90), "steel"))
    face = door @ at(0, 0, 0.14)
    parts.append(_zdisc(0.13, 0.18, face, 0))  # the wheel's hub
    parts.append(torus(0.42, 0.035, face @ at(0, 0, 0.16) @ rot("x", 90), 0))
    spin = float(rng.uniform(0, 60))
    for k in range(3):  # its spokes, ball-ended
        a = np.radians(spin + 60 * k)
        c, s = 0.52 * np.cos(a), 0.52 * np.sin(a)
        ends = [tuple((face @ [e * c, e * s, 0.16, 1])[:3]) for e in (1, -1)]
        parts.append(stick(*ends, 0.028, 0))
        parts += [sphere(0.055, at(*p), 0) for p in ends]
    for y in (-0.45, 0.45):  # the hinge arms from the door's edge to the knuckles
        parts.append(box(0.34, 0.22, 0.12, door @ at(side * (ro + 0.1), y - 0.11, 0.07), 0))
    return parts


def _atm(rng: Rng) -> list[Part]:
    """A freestanding cash machine: an upright cabinet with a lit sign panel on top, a screen
    tilted up under a hood, a keypad of rows of buttons on a sloping shelf, a card slot beside
    it and a wide cash slot below."""
    w, h, d = 0.8, 1.5, 0.62
    parts = [box(w, h, d, at(0, 0, 0), 0, "body")]
    parts.append(box(w + 0.04, 0.05, d + 0.04, None, 1))  # the foot
    parts.append(box(w + 0.04, 0.26, d + 0.04, at(0, h, 0), 1))  # the sign box
    parts.append(box(w - 0.08, 0.18, 0.01, at(0, h + 0.04, d / 2 + 0.02), "glow"))
    for k in range(4):  # its lettering
        parts.append(box(0.09, 0.09, 0.01, at(-0.21 + 0.14 * k, h + 0.085, d / 2 + 0.03),
                         "marking"))  # fmt: skip
    front = d / 2
    parts.append(box(w - 0.1, 0.55, 0.02, at(0, 0.8, front), 1))  # the fascia
    parts.append(box(w - 0.04, 0.04, 0.2, at(0, 1.28, front + 0.08), 1))  # the hood
    for s in (-1, 1):
        parts.append(slab(sharp([(0, 0), (0.2, 0.0), (0, 0.32)]), 0.03,
                          at(s * (w / 2 - 0.035), 0.96, front) @ rot("y", -90), 1))  # fmt: skip
    scr = at(0, 1.02, front + 0.02) @ rot("x", -18)
    parts.append(box(0.46, 0.28, 0.03, scr, "marking"))
    parts.append(box(0.4, 0.22, 0.01, scr @ at(0, 0.03, 0.016), "rainbow-blue"))
    for s in (-1, 1):  # the keys beside the screen
        for j in range(3):
            parts.append(box(0.035, 0.03, 0.02, scr @ at(s * 0.255, 0.04 + 0.075 * j, 0.01),
                             "steel"))  # fmt: skip
    shelf = at(0, 0.82, front) @ rot("x", 25)
    parts.append(box(w - 0.12, 0.04, 0.26, shelf @ at(0, 0, 0.12), 1))
    pad = shelf @ at(-0.06, 0.04, 0.12)
    for r in range(4):  # the keypad
        for c in range(3):
            parts.append(box(0.05, 0.02, 0.04, pad @ at(-0.07 + 0.07 * c, 0, -0.08 + 0.055 * r),
                             "steel"))  # fmt: skip
    for r, colour in enumerate(("card-red", "cloth-yellow", "vine")):
        parts.append(box(0.08, 0.02, 0.04, pad @ at(0.16, 0, -0.08 + 0.055 * r), colour))
    parts.append(box(0.14, 0.08, 0.06, at(0.24, 1.12, front + 0.02), 1))  # the card slot
    parts.append(box(0.1, 0.01, 0.01, at(0.24, 1.155, front + 0.05), "marking"))
    parts.append(box(0.12, 0.012, 0.01, at(0.24, 1.135, front + 0.05), "rainbow-green"))
    parts.append(box(0.48, 0.1, 0.06, at(0, 0.5, front), 1))  # the cash slot
    parts.append(box(0.4, 0.03, 0.01, at(0, 0.535, front + 0.06), "marking"))
    parts.append(box(0.42, 0.012, 0.012, at(0, 0.585, front + 0.055), "rainbow-green"))
    parts.append(box(0.12, 0.05, 0.04, at(0.22, 0.38, front), 1))  # the receipt slot
    parts.append(box(0.08, 0.01, 0.01, at(0.22, 0.4, front + 0.04), "marking"))
    return parts


def _desk_bell(rng: Rng) -> list[Part]:
    """A desk bell: a shiny half-round dome on a thick round black base a little wider than it,
    a short push plunger with a flat round button on top of the dome."""
    base = [(0.0, 0.0), (0.45, 0.0), (0.46, 0.02), (0.46, 0.13), (0.43, 0.17), (0.38, 0.18),
            (0.0, 0.18)]  # fmt: skip
    parts = [lathe(base, None, 1, "body")]
    r, y0 = 0.36, 0.2
    parts.append(cylinder(0.06, 0.06, 0.03, at(0, 0.175, 0), "steel"))  # the post under the dome
    dome = [(r * np.cos(t), 0.9 * r * np.sin(t)) for t in np.linspace(0, np.pi / 2, 6)]
    parts.append(lathe([(0.0, 0.0), *dome[:-1], (0.0, dome[-1][1])], at(0, y0, 0), 0))
    parts.append(torus(r, 0.012, at(0, y0 + 0.004, 0), 0))
    parts.append(cylinder(r - 0.01, r - 0.01, 0.022, at(0, 0.18, 0), "marking"))  # the gap
    top = y0 + 0.9 * r
    parts.append(cylinder(0.05, 0.03, 0.025, at(0, top - 0.01, 0), 0))  # the plunger's collar
    stem = 0.07 + float(rng.uniform(0, 0.02))
    parts.append(cylinder(0.018, 0.018, stem, at(0, top, 0), 0))
    cap = [(0.0, 0.0), (0.07, 0.0), (0.075, 0.014), (0.06, 0.028), (0.0, 0.032)]
    parts.append(lathe(cap, at(0, top + stem, 0), 0))
    parts.append(torus(0.43, 0.01, at(0, 0.06, 0), 1))  # a groove round the base
    return parts


def _stripes(length: float, height: float, m: np.ndarray, n: int, slot="snow") -> list[Part]:
    """Slanted stripes across a bar's front face (length × height in m's xy plane)."""
    out = []
    step = length / n
    lean = height * 0.6
    for k in range(n):
        x0 = k * step + 0.01
        if x0 + step / 2 + lean > length - 0.01:
            break
        pts = [(x0, 0.0), (x0 + step / 2, 0.0), (x0 + step / 2 + lean, height), (x0 + lean, height)]
        out.append(slab(sharp(pts), 0.006, m, slot))
    return out


def _clapperboard(rng: Rng) -> list[Part]:
    """A film clapperboard standing up: a black slate ruled into boxes with white chalk lines,
    a striped bar on its top and the hinged striped clapper raised open at an angle."""
    w, h, t = 1.0, 0.72, 0.04
    lean = rot("x", -8)
    parts = [box(w, h, t, lean, 0, "body")]
    face = lean @ at(0, 0, t / 2)
    lines = [(0, 0.5, w - 0.08, 0.012), (0, 0.34, w - 0.08, 0.012), (0, 0.18, w - 0.08, 0.012),
             (-0.17, 0.42, 0.012, 0.16), (0.17, 0.42, 0.012, 0.16),
             (0.0, 0.26, 0.012, 0.16)]  # fmt: skip
    for x, y, lw, lh in lines:  # the chalk lines ruling it into boxes
        parts.append(box(lw, lh, 0.006, face @ at(x, y - lh / 2, 0), "snow"))
    for k in range(5):  # a little chalk writing
        y = 0.08 + 0.05 * (k % 2)
        wdt = 0.1 + 0.08 * float(rng.uniform(0, 1))
        parts.append(box(wdt, 0.014, 0.006, face @ at(-0.36 + 0.18 * k, y, 0), "snow"))
    bh = 0.11
    top = lean @ at(-w / 2, h, 0)
    parts.append(box(w, bh, t + 0.01, top @ at(w / 2, 0, 0), 0))  # the fixed bar
    parts += _stripes(w, bh, top @ at(0, 0, t / 2 + 0.008), 8)
    parts.append(cylinder(0.03, 0.03, t + 0.04, top @ at(0.03, bh + 0.01, -t / 2 - 0.02)
                          @ rot("x", 90), "steel"))  # the hinge # fmt: skip
    arm = top @ at(0.03, bh + 0.01, 0) @ rot("z", 22 + float(rng.uniform(-4, 4)))
    parts.append(box(w, bh, t + 0.01, arm @ at(w / 2 - 0.03, 0.0, 0), 0))  # the clapper
    parts += _stripes(w, bh, arm @ at(-0.03, 0, t / 2 + 0.008), 8)
    return parts


def _strip_segment(p, q, width: float, slot) -> Part:
    """A flat length of film from p to q, its width across the horizontal."""
    p, q = np.asarray(p, float), np.asarray(q, float)
    d = q - p
    ln = float(np.linalg.norm(d))
    d = d / ln
    wv = np.cross(d, [0.0, 1.0, 0.0])
    wv = wv / np.linalg.norm(wv)
    nv = np.cross(wv, d)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = d, nv, wv, (p + q) / 2
    return box(ln, 0.006, width, m @ at(0, -0.003, 0), slot)


def _film_reel(rng: Rng) -> list[Part]:
    """A film reel standing on its rim: two metal discs pierced with round holes around a hub,
    dark film wound between them, a strip of film with sprocket holes unrolling onto the floor."""
    r, gap = 0.5, 0.11
    turn = rot("y", 25 + float(rng.uniform(-5, 5)))
    c = turn @ at(0, r + 0.01, 0)
    parts = []
    for s in (-1, 1):
        z = s * (gap / 2 + 0.006)
        parts.append(_zdisc(r, 0.012, c @ at(0, 0, z - 0.006), 0, "body" if s < 0 else ""))
        parts.append(torus(r, 0.012, c @ at(0, 0, z) @ rot("x", 90), 0))
        for k in range(5):  # the round holes
            a = 2 * np.pi * k / 5 + np.pi / 2
            p = c @ at(0.28 * np.cos(a), 0.28 * np.sin(a), z + s * 0.004)
            parts.append(_zdisc(0.12, 0.004, p @ at(0, 0, -0.002), "marking"))
        parts.append(_zdisc(0.09, 0.03, c @ at(0, 0, z + s * 0.015 - 0.015), 1))  # the hub
        parts.append(_zdisc(0.03, 0.004, c @ at(0, 0, z + s * 0.032 - 0.002), "marking"))
    parts.append(_zdisc(0.36, gap, c @ at(0, 0, -gap / 2), "cloth-dark"))  # the wound film
    # the strip: off the bottom of the coil, down to the floor and away across it
    a0 = np.radians(-30)
    path = [(0.36 * np.cos(a0), r + 0.01 + 0.36 * np.sin(a0), 0.0)]
    path += [(0.55, 0.2, 0.0), (0.66, 0.06, 0.0), (0.76, 0.004, 0.0)]
    wobble = float(rng.uniform(-0.1, 0.1))
    for k in range(1, 8):
        path.append((0.76 + 0.14 * k, 0.004, 0.06 * k * k / 7 + wobble * k / 7))
    path = [tuple((turn @ [*p, 1])[:3]) for p in path]
    for p, q in pairwise(path):
        parts.append(_strip_segment(p, q, 0.09, "cloth-dark"))
    for p, q in pairwise(path[3:]):  # its sprocket holes and frames
        p, q = np.asarray(p), np.asarray(q)
        d = (q - p) / np.linalg.norm(q - p)
        side = np.cross(d, [0, 1, 0])
        for f in (0.25, 0.5, 0.75):
            mid = p + (q - p) * f
            for e in (-1, 1):
                parts.append(_strip_segment(mid - d * 0.01 + side * e * 0.036 + [0, 0.004, 0],
                                            mid + d * 0.01 + side * e * 0.036 + [0, 0.004, 0],
                                            0.01, "snow"))  # fmt: skip
        mid = (p + q) / 2
        parts.append(_strip_segment(mid - d * 0.05 + [0, 0.004, 0], mid + d * 0.05 + [0, 0.004, 0],
                                    0.05, "cork"))  # fmt: skip
    return parts


def _stanchion(x: float, z: float, h: float, tag: str = "") -> list[Part]:
    """One brass post on a heavy round base with a ball on top."""
    foot = [(0.0, 0.0), (0.17, 0.0), (0.17, 0.02), (0.14, 0.05), (0.06, 0.07), (0.03, 0.09),
            (0.0, 0.09)]  # fmt: skip
    out = [lathe(foot, at(x, 0, z), 0, tag)]
    out.append(cylinder(0.025, 0.025, h, at(x, 0.08, z), 0))
    out.append(cylinder(0.045, 0.035, 0.05, at(x, h + 0.04, z), 0))
    out.append(sphere(0.055, at(x, h + 0.12, z), 0))
    return out


def _rope_barrier(rng: Rng) -> list[Part]:
    """A museum rope barrier: three brass posts on round heavy bases with ball tops, red velvet
    ropes swagged in curves between them."""
    h = 0.86
    posts = [(-0.95, -0.1), (0.0, 0.1), (0.95, -0.1)]
    parts = _stanchion(*posts[1], h, "body") + _stanchion(*posts[0], h)
    parts += _stanchion(*posts[2], h)
    y = h - 0.02
    for (x0, z0), (x1, z1) in pairwise(posts):
        dx, dz = x1 - x0, z1 - z0
        ln = np.hypot(dx, dz)
        ux, uz = dx / ln, dz / ln
        a = (x0 + ux * 0.06, y, z0 + uz * 0.06)
        b = (x1 - ux * 0.06, y, z1 - uz * 0.06)
        sag = 0.28 + float(rng.uniform(-0.03, 0.03))
        pts = []
        for t in np.linspace(0, 1, 7):
            pts.append((a[0] + (b[0] - a[0]) * t, y - sag * 4 * t * (1 - t),
                        a[2] + (b[2] - a[2]) * t))  # fmt: skip
        parts.append(tube(pts, 0.025, None, 1))
        for e, p in ((1, a), (-1, b)):  # the brass end caps and hooks
            parts.append(stick(p, (p[0] + e * ux * 0.05, p[1] - 0.02, p[2] + e * uz * 0.05),
                               0.032, 0))  # fmt: skip
            parts.append(stick((p[0] - e * ux * 0.04, y, p[2] - e * uz * 0.04), p, 0.012, 0))
    return parts


def _kaleidoscope(rng: Rng) -> list[Part]:
    """A kaleidoscope resting on a little wooden cradle: a long slightly tapered tube covered in
    a harlequin pattern of coloured diamonds between bands, a small eyepiece at its narrow end
    and a wider end cap at the other, its round lens a wheel of coloured glass with beads."""
    length = 0.9
    yaw = 14 + float(rng.uniform(-4, 4))
    d = (np.cos(np.radians(yaw)), 0.04, np.sin(np.radians(yaw)))
    start = np.array([-0.42 * d[0], 0.24, -0.42 * d[2]])
    m = at(*start) @ align(d)
    body = [(0.065, 0.0), (0.068, 0.3), (0.072, 0.6), (0.078, length)]
    ys, rs = [b[1] for b in body], [b[0] for b in body]
    parts = [lathe([(0.0, 0.0), *body, (0.0, length)], m, 0, "body")]
    parts.append(cylinder(0.075, 0.075, 0.05, m @ at(0, -0.03, 0), 1))  # the eyepiece
    parts.append(cylinder(0.05, 0.05, 0.03, m @ at(0, -0.06, 0), 1))
    parts.append(cylinder(0.022, 0.022, 0.005, m @ at(0, -0.062, 0), "marking"))
    cap = [(0.0, 0.0), (0.09, 0.0), (0.115, 0.03), (0.12, 0.13), (0.0, 0.13)]
    parts.append(lathe(cap, m @ at(0, length - 0.03, 0), 1))
    parts.append(torus(0.118, 0.014, m @ at(0, length + 0.1, 0), 1))
    lens = m @ at(0, length + 0.101, 0)
    for k in range(6):  # the lens of coloured glass wedges
        a0, a1 = 2 * np.pi * k / 6, 2 * np.pi * (k + 1) / 6
        pts = [(0, 0)] + [(0.105 * np.cos(a), 0.105 * np.sin(a)) for a in np.linspace(a0, a1, 4)]
        parts.append(slab(sharp(pts), 0.006, lens @ rot("x", -90), _RAINBOW[k]))
    for k in range(7):  # beads on the lens
        a = 2 * np.pi * k / 7 + float(rng.uniform(0, 0.4))
        rr = 0.065 if k else 0.0
        parts.append(sphere(0.018, lens @ at(rr * np.cos(a), 0.006, rr * np.sin(a)),
                            _RAINBOW[(k + 2) % 6]))  # fmt: skip
    for j, y in enumerate((0.06, 0.3, 0.54, 0.78)):  # bands, a harlequin row between each two
        parts.append(torus(float(np.interp(y, ys, rs)), 0.01, m @ at(0, y, 0), 1))
        if j == 3:
            break
        yy = y + 0.12
        rr = float(np.interp(yy, ys, rs)) + 0.001
        for row in range(2):
            for k in range(8):
                a = 2 * np.pi * (k + 0.5 * row) / 8
                dm = m @ at(rr * np.cos(a), yy + (row - 0.5) * 0.1, rr * np.sin(a))
                dm = dm @ rot("y", -np.degrees(a)) @ rot("y", 90)
                parts.append(slab(sharp(_DIAMOND), 0.006, dm, _PAINT[(k + j + row) % 6]))
    for t in (0.2, 0.72):  # the cradle
        p = start + np.asarray(d) * length * t
        top = p[1] - float(np.interp(length * t, ys, rs)) - 0.01
        parts.append(box(0.05, top - 0.04, 0.05, at(p[0], 0.04, p[2]), 1))
        for s in (-1, 1):
            parts.append(box(0.04, 0.07, 0.025, at(p[0], top - 0.02, p[2])
                             @ rot("y", -yaw) @ at(0, 0, s * 0.07), 1))  # fmt: skip
    parts.append(box(0.78, 0.04, 0.2, at(0.02, 0, 0) @ rot("y", -yaw), 1))
    return parts


def _helix(r: float, y0: float, y1: float, turns: float, phase: float) -> list[tuple]:
    """Control points of a helix around +y."""
    n = max(8, int(turns * 10))
    t = np.linspace(0, 1, n)
    a = phase + 2 * np.pi * turns * t
    return [(r * np.cos(q), y0 + (y1 - y0) * s, r * np.sin(q)) for q, s in zip(a, t, strict=True)]


def _barber_pole(rng: Rng) -> list[Part]:
    """A barber pole on a short stand: a tall cylinder striped red, white and blue in spirals
    under a clear glass cover, a domed cap with a ball on top and a round base below."""
    y0, y1, r = 0.36, 1.2, 0.12
    foot = [(0.0, 0.0), (0.2, 0.0), (0.2, 0.03), (0.12, 0.06), (0.05, 0.1), (0.05, 0.2),
            (0.0, 0.2)]  # fmt: skip
    parts = [lathe(foot, None, 1, "body")]
    low = [(0.0, 0.0), (0.1, 0.0), (0.15, 0.06), (0.15, 0.16), (0.0, 0.16)]
    parts.append(lathe(low, at(0, 0.2, 0), 0))
    parts.append(torus(0.15, 0.015, at(0, y0 - 0.01, 0), 0))
    parts.append(cylinder(r - 0.025, r - 0.025, y1 - y0, at(0, y0, 0), "snow"))
    flat = np.stack([0.35 * np.cos(np.linspace(0, 2 * np.pi, 10, endpoint=False)),
                     np.sin(np.linspace(0, 2 * np.pi, 10, endpoint=False))], 1)  # fmt: skip
    turns = 2.2
    phase = float(rng.uniform(0, 2 * np.pi))
    for k, colour in enumerate(("card-red", "plume", "card-red", "plume")):
        pts = _helix(r - 0.025, y0 + 0.01, y1 - 0.01, turns, phase + k * np.pi / 2)
        parts.append(tube(pts, 0.045 if k % 2 == 0 else 0.03, None, colour, shape=flat))
    parts.append(cylinder(r, r, y1 - y0, at(0, y0, 0), "pane"))  # the glass cover
    top = [(0.0, 0.0), (0.15, 0.0), (0.15, 0.05), (0.12, 0.1), (0.06, 0.14), (0.0, 0.15)]
    parts.append(lathe(top, at(0, y1, 0), 0))
    parts.append(torus(0.15, 0.015, at(0, y1 + 0.01, 0), 0))
    parts.append(sphere(0.05, at(0, y1 + 0.18, 0), 0))
    return parts


def _harmonica(rng: Rng) -> list[Part]:
    """A harmonica lying flat: a wooden comb with a row of ten square holes along its front,
    sandwiched between shiny cover plates engraved with lines, vents along their backs."""
    ln, dp, y0, ch = 1.0, 0.27, 0.055, 0.09
    m = rot("y", float(rng.uniform(-8, 8)))
    hl, hd = ln / 2, dp / 2
    plan = [(-hl + 0.02, hd), (hl - 0.02, hd), (hl, hd - 0.02), (hl, -hd + 0.07), (hl - 0.07, -hd),
            (-hl + 0.07, -hd), (-hl, -hd + 0.07), (-hl, hd - 0.02)]  # fmt: skip
    inner = [(0.94 * x, 0.86 * z - 0.01) for x, z in plan]
    parts = []
    for y, sgn in ((y0 + ch, 1), (0.0, -1)):  # the cover plates, each with a raised top
        parts.append(slab(sharp(plan), 0.04, m @ at(0, y + 0.02 + (0.0 if sgn > 0 else 0.015), 0)
                          @ rot("x", 90), 0, "body" if sgn > 0 else ""))  # fmt: skip
        yy = y + 0.045 if sgn > 0 else y + 0.01
        parts.append(slab(sharp(inner), 0.02, m @ at(0, yy, 0) @ rot("x", 90), 0))
        for k in range(8):  # the vents at the back
            yv = y + 0.03 if sgn > 0 else y + 0.025
            parts.append(box(0.06, 0.015, 0.01, m @ at(-0.35 + 0.1 * k, yv, -hd + 0.002),
                             "marking"))  # fmt: skip
    parts.append(box(ln - 0.1, ch, dp - 0.08, m @ at(0, y0, -0.02), "marking"))
    nh, pitch, hw = 10, 0.085, 0.056
    x0 = -pitch * (nh - 1) / 2
    for k in range(nh + 1):  # the comb's teeth between the holes
        x = x0 - pitch / 2 + k * pitch
        parts.append(box(pitch - hw, ch, dp - 0.02, m @ at(x, y0, 0), 1))
    for s in (-1, 1):
        parts.append(box(0.07, ch, dp - 0.02, m @ at(s * (ln / 2 - 0.075), y0, 0), 1))
    top = y0 + ch + 0.055
    for z in (-0.085, 0.075):  # engraved lines on top
        parts.append(box(ln - 0.24, 0.004, 0.008, m @ at(0, top, z), "marking"))
    for k in range(3):
        parts.append(box(0.2 - 0.05 * k, 0.004, 0.01, m @ at(-0.05, top, -0.03 + 0.03 * k),
                         "marking"))  # fmt: skip
    return parts


_MARACA_HEAD = [(0.0, 0.26), (0.05, 0.27), (0.12, 0.32), (0.155, 0.4), (0.16, 0.47),
                (0.14, 0.55), (0.09, 0.61), (0.0, 0.63)]  # fmt: skip


def _maraca(end, head, paint: int, tag: str = "") -> list[Part]:
    """One maraca from its handle's end toward its head's centre: an egg-shaped head painted
    with bands and a zigzag, on a short turned handle."""
    end, head = np.asarray(end, float), np.asarray(head, float)
    m = at(*end) @ align(head - end) @ scl(float(np.linalg.norm(head - end)) / 0.45)
    ys, rs = [p[1] for p in _MARACA_HEAD], [p[0] for p in _MARACA_HEAD]
    out = [lathe(_MARACA_HEAD, m, 0, tag)]
    handle = [(0.0, -0.12), (0.036, -0.12), (0.04, -0.1), (0.026, -0.07), (0.022, 0.15),
              (0.032, 0.3), (0.0, 0.3)]  # fmt: skip
    out.append(lathe(handle, m, 1))
    for j, y in enumerate((0.31, 0.36, 0.53, 0.59)):  # painted bands
        rad = float(np.interp(y, ys, rs)) - 0.004
        out.append(torus(rad, 0.014, m @ at(0, y, 0), _PAINT[(paint + 2 * j) % 6]))
    pts = []
    for k in range(19):  # a zigzag round the widest part
        a = 2 * np.pi * k / 18
        y = 0.45 + (0.04 if k % 2 else -0.04)
        rad = float(np.interp(y, ys, rs)) - 0.002
        pts.append((m @ [rad * np.cos(a), y, rad * np.sin(a), 1])[:3])
    colour = _PAINT[(paint + 1) % 6]
    out += [stick(p, q, 0.011, colour) for p, q in pairwise(pts)]
    return out


def _maracas(rng: Rng) -> list[Part]:
    """A pair of maracas crossed on the floor: round heads painted with bright bands and
    zigzags, on short handles, one handle lying across the other."""
    spread = np.radians(52 + float(rng.uniform(-4, 4)))
    cross = np.array([0.1, 0.0, 0.12])
    parts = []
    for k, a in enumerate((np.radians(225) - spread, np.radians(225) + spread)):
        h = np.array([np.cos(a), 0.0, np.sin(a)])
        lift = 0.0 if k == 0 else 0.065
        head = cross + h * 0.32 + [0, 0.16, 0]
        end = cross - h * 0.13 + [0, 0.066 + lift, 0]
        parts += _maraca(end, head, 3 * k, "body" if k == 0 else "")
    return parts


MORE_APPLIANCES_ZT = {
    776: _vault_door, 777: _atm, 778: _desk_bell, 779: _clapperboard, 780: _film_reel,
    781: _rope_barrier, 782: _kaleidoscope, 783: _barber_pole, 784: _harmonica, 785: _maracas,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
