"""More of the device family's appliances, from 716: a pipe organ, an aquarium, a siege tower, a
pillory, a pair of stocks, a gallows, a blacksmith's bellows, a grindstone, a spit roast over a
campfire, a hay cart.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, Sweep, at, rot, scl
from ._kit import ALONG_X, ALONG_Z
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZN"]

Rng = np.random.Generator

_SQUARE = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])


def _frustum(a0: float, a1: float, h: float, m=None, slot=0, tag="") -> Part:
    """A square box 2·a0 wide at y = 0 tapering straight to 2·a1 wide at y = h, ends closed."""

    def gen(k: float) -> Sweep:
        c = np.array([[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, h, 0.0], [0.0, h, 0.0]])
        a = np.array([a0, a0, a1, a1])[:, None]
        u, v = a * [1.0, 0.0, 0.0], a * [0.0, 0.0, -1.0]
        return Sweep(c, u, v, np.array([0.0, 1.0, 1.0, 0.0]), _SQUARE)

    return Part(gen, np.eye(4) if m is None else m, slot, tag)


def _pt(m: np.ndarray, x: float, y: float, z: float) -> tuple[float, float, float]:
    """The point (x, y, z) placed by m."""
    p = m @ np.array([x, y, z, 1.0])
    return (float(p[0]), float(p[1]), float(p[2]))


def _split(w: float, y: float, z: float, d: float) -> Part:
    """The dark seam along y between two boards w wide and d thick clamped together at z."""
    return box(w + 0.004, 0.012, d + 0.004, at(0, y - 0.006, z), "marking")


def _hole(x: float, y: float, z: float, r: float, depth: float) -> Part:
    """A dark round hole through a board whose faces are depth apart, centred at (x, y, z)."""
    return cylinder(r, r, depth + 0.006, at(x, y, z - depth / 2 - 0.003) @ ALONG_Z, "marking")


# ---- 716 pipe organ ---------------------------------------------------------------------------


def _pipe(x: float, y0: float, length: float, r: float, z: float) -> list[Part]:
    """An organ pipe standing at (x, y0, z): a conical foot, a long body and its dark mouth."""
    foot = 0.2
    return [
        cylinder(r * 0.3, r, foot, at(x, y0, z), 1),
        cylinder(r, r, length - foot, at(x, y0 + foot, z), 1),
        box(1.3 * r, 1.6 * r, 0.3 * r, at(x, y0 + foot + 0.01, z + 0.86 * r), "marking"),
    ]


def _manual(y: float, z: float, w: float, octaves: int) -> list[Part]:
    """A keyboard of white keys with its black keys in twos and threes, front edge at z."""
    parts = [box(w, 0.03, 0.16, at(0, y, z - 0.08), "snow")]
    key = w / (7 * octaves + 1)
    for o in range(octaves):
        for j in (0, 1, 3, 4, 5):
            x = -w / 2 + key * (7 * o + j + 1)
            parts.append(box(key * 0.55, 0.02, 0.095, at(x, y + 0.03, z - 0.11), "marking"))
    return parts


def _pipe_organ(rng: Rng) -> list[Part]:
    """A church pipe organ: a tall wooden case whose front is filled with ranks of silver pipes
    of graded lengths, the tallest in a middle tower and two side towers, their mouths in a
    row; before it a console with three stepped keyboards, stop knobs either side, a music desk,
    a pedalboard and a long bench."""
    parts = [box(2.7, 1.45, 0.8, at(0, 0, -0.65), 0, "body")]  # the lower case
    parts.append(box(2.8, 0.1, 0.9, at(0, 1.45, -0.63), 0))  # the impost the pipes stand on
    y0, z = 1.55, -0.42
    sections = [(0.0, 0.33, 3.3), (0.62, 0.27, 2.6), (-0.62, 0.27, 2.6), (1.1, 0.19, 3.0),
                (-1.1, 0.19, 3.0)]  # fmt: skip
    for xc, hw, top in sections:  # the upper case behind the pipes, stepped
        parts.append(box(2 * hw, top - y0, 0.3, at(xc, y0, -0.85), 0))
        parts.append(box(2 * hw + 0.1, 0.1, 0.62, at(xc, top, -0.7), 0))  # its cornice
    for x, top in ((0.33, 3.3), (0.91, 3.0), (1.29, 3.0)):  # posts between the sections
        for s in (-1, 1):
            parts.append(box(0.07, top - y0, 0.5, at(s * x, y0, -0.6), 0))
    tall = 1.6 + float(rng.uniform(-0.05, 0.05))
    for i in range(5):  # the middle tower
        parts += _pipe((i - 2) * 0.12, y0, tall - 0.07 * (i - 2) ** 2, 0.05, z)
    for s in (-1, 1):
        for i in range(6):  # the flats, falling outward
            parts += _pipe(s * (0.4 + 0.089 * i), y0, 0.95 - 0.045 * i, 0.036, z)
        for i in range(3):  # the side towers
            parts += _pipe(s * (0.98 + 0.12 * i), y0, 1.3 - 0.08 * abs(i - 1), 0.045, z)
    # the console, its keyboards stepping up and back
    parts.append(box(1.5, 0.75, 0.6, at(0, 0, 0.05), 0))
    for s in (-1, 1):  # the key cheeks
        parts.append(box(0.14, 0.42, 0.62, at(s * 0.68, 0.75, 0.04), 0))
    for i in range(3):
        parts += _manual(0.78 + 0.08 * i, 0.33 - 0.12 * i, 1.2, 3)
    parts.append(box(1.22, 0.5, 0.06, at(0, 0.75, -0.22), 0))  # the back of the key desk
    parts.append(box(0.8, 0.26, 0.02, at(0, 1.08, -0.14) @ rot("x", -15), 0))  # music desk
    for s in (-1, 1):  # the stop knobs on the cheeks
        for row in range(3):
            for col in range(2):
                p = at(s * (0.65 + 0.05 * col), 0.86 + 0.08 * row, 0.355)
                parts.append(box(0.03, 0.03, 0.03, p, "snow"))
    parts.append(box(1.3, 0.05, 0.34, at(0, 0.02, 0.55), 0))  # the pedalboard
    for i in range(9):
        parts.append(box(0.04, 0.04, 0.32, at(-0.48 + 0.12 * i, 0.06, 0.55), 1))
    parts.append(box(1.35, 0.05, 0.32, at(0, 0.55, 0.92), 0))  # the bench
    for s in (-1, 1):
        parts.append(box(0.05, 0.55, 0.28, at(s * 0.6, 0, 0.92), 0))
    return parts


# ---- 717 aquarium -----------------------------------------------------------------------------


def _fish(x: float, y: float, z: float, size: float, yaw: float, slot) -> list[Part]:
    """A small fish at (x, y, z): a plump body and a forked tail fin, swimming along +x turned
    by yaw."""
    m = at(x, y, z) @ rot("y", yaw) @ scl(size)
    tail = [(-0.9, 0.0), (-1.5, 0.55), (-1.35, 0.0), (-1.5, -0.55)]
    return [
        sphere(1.0, m @ scl(1.0, 0.6, 0.3), slot),
        slab(tail, 0.12, m, slot),
        slab([(-0.2, 0.45), (0.3, 0.5), (-0.3, 0.85)], 0.08, m, slot),  # the back fin
    ]


def _aquarium(rng: Rng) -> list[Part]:
    """An aquarium: a long glass tank on a low wooden cabinet with two doors, blue water inside
    over a floor of gravel, green water plants swaying up from it, a rock and three bright
    little fish, a lid strip across the top."""
    W, H, D, base = 1.0, 0.55, 0.42, 0.7
    parts = [box(W + 0.08, base, D + 0.08, None, 0, "body")]  # the cabinet
    parts.append(box(W + 0.12, 0.04, D + 0.12, at(0, base - 0.04, 0), 0))
    for s in (-1, 1):  # its doors and knobs
        parts.append(box(W / 2 - 0.04, base - 0.16, 0.015, at(s * W / 4, 0.08, D / 2 + 0.04), 0))
        parts.append(sphere(0.018, at(s * 0.05, base / 2, D / 2 + 0.06), 1))
    for s in (-1, 1):  # the glass
        parts.append(box(W, H, 0.012, at(0, base, s * D / 2), "pane"))
        parts.append(box(0.012, H, D, at(s * W / 2, base, 0), "pane"))
    for y in (base, base + H - 0.03):  # the black frame round the top and bottom
        for s in (-1, 1):
            parts.append(box(W + 0.02, 0.03, 0.02, at(0, y, s * D / 2), 1))
            parts.append(box(0.02, 0.03, D + 0.02, at(s * W / 2, y, 0), 1))
    parts.append(box(W + 0.03, 0.03, D * 0.45, at(0, base + H, -D * 0.27), 1))  # the lid strip
    parts.append(box(W - 0.02, 0.055, D - 0.02, at(0, base + 0.005, 0), "stones"))  # gravel
    for _ in range(14):  # pebbles
        x, zz = float(rng.uniform(-0.45, 0.45)), float(rng.uniform(-0.18, 0.18))
        parts.append(sphere(0.018, at(x, base + 0.058, zz) @ scl(1, 0.6, 1), "stones"))
    parts.append(sphere(1.0, at(0.24, base + 0.06, -0.04) @ scl(0.12, 0.11, 0.09), "stones"))
    g = base + 0.06
    for k in range(7):  # the water plants
        x = -0.4 + 0.1 * k + float(rng.uniform(-0.03, 0.03))
        x = x + 0.12 if 0.15 < x < 0.35 else x
        zz = -0.12 + 0.05 * (k % 3)
        hh = 0.28 + 0.12 * float(rng.random())
        sway = float(rng.uniform(-0.05, 0.05))
        pts = [(x, g, zz), (x + sway, g + hh * 0.5, zz), (x - sway, g + hh, zz + 0.02)]
        parts.append(tube(pts, [0.014, 0.01, 0.004], None, "vine"))
        for j in range(2):  # two leaves on it
            a = 40 if j else -40
            leaf = at(x, g + hh * (0.35 + 0.3 * j), zz) @ rot("z", a) @ scl(0.016, 0.07, 0.006)
            parts.append(sphere(1.0, leaf @ at(0, 0.9, 0), "vine"))
    parts.append(box(W - 0.03, H - 0.04, 0.006, at(0, base + 0.03, -D / 2 + 0.01), "plume"))
    parts.append(box(W - 0.02, H * 0.86, D - 0.02, at(0, base + 0.005, 0), "rain"))  # water
    fish = [(-0.22, base + 0.3, 0.06, 0.0, "fruit-orange"), (0.1, base + 0.4, -0.02, 180.0,
            "cloth-yellow"), (0.3, base + 0.22, 0.1, 20.0, "card-red")]  # fmt: skip
    for x, y, zz, yaw, slot in fish:
        parts += _fish(x, y, zz, 0.045, yaw + float(rng.uniform(-15, 15)), slot)
    return parts


# ---- 718 siege tower --------------------------------------------------------------------------


def _solid_wheel(x: float, y: float, z: float, r: float, t: float, s: int) -> list[Part]:
    """A solid wooden wheel of planks on an axle along x, its outer face toward s·x: an iron tyre
    and hub, the plank seams and a cross batten."""
    m = at(x - s * t / 2, y, z) @ rot("z", -90 * s)
    parts = [cylinder(r, r, t, m, 0)]
    parts.append(torus(r, 0.025, at(x, y, z) @ rot("z", 90) @ scl(1, t / 0.05, 1), 1))
    parts.append(cylinder(0.07, 0.06, t / 2 + 0.08, at(x, y, z) @ rot("z", -90 * s), 1))
    face = x + s * (t / 2 + 0.004)
    for dz in (-r / 3, r / 3):  # the plank seams
        hw = np.sqrt(r * r - dz * dz) - 0.01
        parts.append(box(0.008, 2 * hw, 0.012, at(face, y - hw, z + dz), "marking"))
    parts.append(box(0.03, 0.1, 1.6 * r, at(face, y - 0.05 + r * 0.45, z), 0))  # battens
    parts.append(box(0.03, 0.1, 1.6 * r, at(face, y - 0.05 - r * 0.45, z), 0))
    return parts


def _siege_tower(rng: Rng) -> list[Part]:
    """A siege tower: a tall square timber tower tapering toward its battlemented top, clad in
    planks with stretched hides over its middle storey, framed by corner posts and a beam at
    each floor, arrow slits in its sides, a drawbridge let half down from the top storey on two
    ropes, rolling on four big solid wooden wheels."""
    y0, H, b, t = 0.3, 3.3, 0.7, 0.5
    lean = np.degrees(np.arctan2(b - t, H - y0))

    def hw(y: float) -> float:
        return b + (t - b) * (y - y0) / (H - y0)

    parts = [_frustum(b, t, H - y0, at(0, y0, 0), 0, "body")]
    floors = (y0, 1.3, 2.3, H)
    for yaw in (0, 90, 180, 270):
        face = rot("y", yaw)
        for k in range(1, 8):  # plank seams
            u = -1 + k / 4
            a, c = _pt(face, u * b, y0, b + 0.004), _pt(face, u * t, H, t + 0.004)
            parts.append(stick(a, c, 0.006, "marking"))
        for y in floors:  # the floor beams
            parts.append(box(2 * hw(y) + 0.16, 0.12, 0.08, face @ at(0, y - 0.06, hw(y) + 0.03)
                             @ rot("x", -lean), 0))  # fmt: skip
        for lo, hi in pairwise(floors[:3]):  # a brace on each lower storey
            a = _pt(face, -hw(lo) * 0.9, lo + 0.06, hw(lo) + 0.03)
            c = _pt(face, hw(hi) * 0.9, hi - 0.06, hw(hi) + 0.03)
            parts.append(stick(a, c, 0.035, 0))
        if yaw != 0:  # arrow slits
            for y in (0.75, 2.75):
                parts.append(box(0.05, 0.24, 0.02, face @ at(0, y, hw(y + 0.12) + 0.005)
                                 @ rot("x", -lean), "marking"))  # fmt: skip
        if yaw != 180:  # hides stretched over the middle storey
            hide = [(-0.46, -0.4), (0.0, -0.44), (0.46, -0.38), (0.5, 0.0), (0.44, 0.4),
                    (0.0, 0.36), (-0.45, 0.42), (-0.48, 0.0)]  # fmt: skip
            m = face @ at(0, 1.8, hw(1.8) + 0.012) @ rot("x", -lean)
            parts.append(slab(hide, 0.02, m, 1))
        for s in (-1, 1):  # merlons on the top
            for j in (0.25, 0.75):
                parts.append(box(0.2, 0.22, 0.1, face @ at(s * j * t, H, t - 0.05), 0))
    for sx in (-1, 1):  # the corner posts
        for sz in (-1, 1):
            a, c = (sx * b, 0.15, sz * b), (sx * t, H + 0.05, sz * t)
            parts.append(stick(a, c, 0.06, 0))
    # the drawbridge, half let down from the top storey
    hinge = at(0, 2.38, hw(2.38) + 0.04)
    parts.append(box(0.7, 0.8, 0.02, at(0, 2.38, hw(2.38) + 0.005) @ rot("x", -lean), "marking"))
    drop = 48.0 + float(rng.uniform(-8, 8))
    bridge = hinge @ rot("x", drop)
    parts.append(box(0.72, 0.95, 0.06, bridge, 0))
    for j in range(4):  # its cleats
        parts.append(box(0.72, 0.04, 0.03, bridge @ at(0, 0.15 + 0.22 * j, 0.04), 0))
    for s in (-1, 1):  # its ropes
        tip = _pt(bridge, s * 0.33, 0.93, 0.03)
        parts.append(stick(tip, (s * 0.38, 3.2, hw(3.2) + 0.02), 0.012, "seed"))
    for s in (-1, 1):  # the wheels, on their axles
        for z in (-0.42, 0.42):
            parts += _solid_wheel(s * (b + 0.12), 0.4, z, 0.4, 0.16, s)
        parts.append(box(0.16, 0.2, 2 * b + 0.3, at(s * (b - 0.05), 0.28, 0), 0))
    return parts


# ---- 719 pillory, 720 stocks ------------------------------------------------------------------


def _hasp(x: float, y: float, z: float) -> list[Part]:
    """An iron hasp over a split and a padlock hanging from it, on a board's face at z."""
    return [
        box(0.05, 0.14, 0.012, at(x, y - 0.07, z), "steel"),
        box(0.06, 0.06, 0.025, at(x, y - 0.16, z + 0.015), "steel"),
        torus(0.02, 0.005, at(x, y - 0.1, z + 0.015) @ ALONG_Z, "steel"),
    ]


def _pillory(rng: Rng) -> list[Part]:
    """A pillory: a stout wooden post on a small plank platform with two steps, braced at its
    foot, carrying at head height a yoke of two boards split along three round holes, the big
    one for the head in the middle and one for each hand, an iron hinge and a padlock."""
    P = 0.3
    parts = [box(1.2, P, 1.2, None, 0, "body")]
    for k in range(6):  # the platform's planks
        parts.append(box(0.008, 0.006, 1.2, at(-0.5 + 0.2 * k, P, 0), "marking"))
    for j in range(2):  # the steps
        parts.append(box(0.6, P * (j + 1) / 3, 0.22, at(0, 0, 0.82 - 0.2 * j), 0))
    parts.append(box(0.16, 1.85, 0.16, at(0, P, 0), 0))  # the post
    parts.append(box(0.22, 0.05, 0.22, at(0, P + 1.85, 0), 0))
    parts.append(sphere(0.06, at(0, P + 1.93, 0), 0))
    for a in (0, 90, 180, 270):  # its braces
        m = rot("y", a)
        parts.append(stick(_pt(m, 0, P + 0.45, 0.07), _pt(m, 0, P, 0.4), 0.03, 0))
    y, zb, d, w = P + 1.45, 0.12, 0.07, 1.1
    split = y + 0.15
    parts.append(box(w, 0.15, d, at(0, y, zb), 0))  # the lower board
    parts.append(box(w, 0.15, d, at(0, split + 0.006, zb), 0))  # the upper board
    parts.append(_split(w, split + 0.003, zb, d))
    for x, r in ((-0.36, 0.045), (0.0, 0.085), (0.36, 0.045)):  # the holes
        parts.append(_hole(x, split + 0.003, zb, r, d))
    parts.append(box(0.06, 0.2, 0.012, at(-w / 2 + 0.05, split - 0.1, zb + d / 2), "steel"))
    parts += _hasp(w / 2 - 0.08, split + 0.07, zb + d / 2 + 0.006)
    del rng
    return parts


def _stocks(rng: Rng) -> list[Part]:
    """A pair of stocks: two low posts on a sill holding two heavy boards that close on four
    round leg holes, a cap rail over them, an iron hasp and padlock, and a plank seat on blocks
    behind for the prisoner."""
    W, d, split = 1.3, 0.09, 0.3
    parts = [box(W + 0.3, 0.08, 0.34, None, 0, "body")]  # the sill
    for s in (-1, 1):
        parts.append(box(0.13, 0.5, 0.13, at(s * (W / 2 + 0.065), 0.08, 0), 0))
        parts.append(box(0.17, 0.04, 0.17, at(s * (W / 2 + 0.065), 0.58, 0), 0))
    parts.append(box(W, split - 0.08, d, at(0, 0.08, 0), 0))  # the lower board
    parts.append(box(W, 0.16, d, at(0, split + 0.006, 0), 0))  # the upper board
    parts.append(_split(W, split + 0.003, 0, d))
    parts.append(box(W + 0.1, 0.04, 0.15, at(0, split + 0.166, 0), 0))  # the cap rail
    for x in (-0.47, -0.27, 0.27, 0.47):  # the leg holes
        parts.append(_hole(x, split + 0.003, 0, 0.05, d))
    parts += _hasp(0.0, split + 0.08, d / 2 + 0.006)
    lean = float(rng.uniform(-2, 2))
    seat = at(0, 0, -0.55) @ rot("y", lean)
    parts.append(box(W - 0.1, 0.05, 0.3, seat @ at(0, 0.4, 0), 0))  # the seat
    for s in (-1, 1):
        parts.append(box(0.1, 0.4, 0.26, seat @ at(s * 0.5, 0, 0), 0))
    return parts


# ---- 721 gallows ------------------------------------------------------------------------------


def _gallows(rng: Rng) -> list[Part]:
    """A gallows: a plank platform on posts with cross braces under it and a trapdoor in it, a
    flight of steps with a rail up to its front, a tall upright post with a crossbeam and a
    diagonal brace, a hangman's noose of rope hanging from the beam over the trapdoor."""
    P, S = 1.5, 1.8
    parts = [box(S + 0.1, 0.08, S + 0.1, at(0, P, 0), 0, "body")]  # the deck
    for k in range(1, 9):  # its planks
        parts.append(box(S + 0.1, 0.006, 0.008, at(0, P + 0.08, -S / 2 + 0.2 * k), "marking"))
    for sx in (-1, 0, 1):  # the posts
        for sz in (-1, 1):
            parts.append(box(0.14, P, 0.14, at(sx * S / 2, 0, sz * S / 2), 0))
    for sz in (-1, 1):  # the braces under it
        for sx in (-1, 1):
            a, c = (0.0, 0.15, sz * S / 2), (sx * S / 2, P - 0.05, sz * S / 2)
            parts.append(stick(a, c, 0.035, 0))
    for sx in (-1, 1):
        parts.append(stick((sx * S / 2, 0.15, -S / 2), (sx * S / 2, P - 0.05, S / 2), 0.035, 0))
    xt = 0.3
    for s in (-1, 1):  # the trapdoor's outline
        parts.append(box(0.7, 0.01, 0.015, at(xt, P + 0.08, s * 0.35), "marking"))
        parts.append(box(0.015, 0.01, 0.7, at(xt + s * 0.35, P + 0.08, 0), "marking"))
    parts.append(box(0.015, 0.01, 0.7, at(xt, P + 0.08, 0), "marking"))
    # the steps up the front
    n, x0, run = 8, -0.5, 1.5
    for k in range(n):
        y = P * (k + 1) / (n + 1)
        parts.append(box(0.6, 0.04, 0.22, at(x0, y - 0.04, S / 2 + run * (1 - (k + 1) / n) + 0.1),
                         0))  # fmt: skip
    for s in (-1, 1):  # the stringers and a rail
        xs = x0 + s * 0.32
        parts.append(stick((xs, 0.0, S / 2 + run + 0.1), (xs, P, S / 2), 0.035, 0))
    parts.append(stick((x0 - 0.34, 0.0, S / 2 + run + 0.1), (x0 - 0.34, 0.8, S / 2 + run + 0.1),
                       0.025, 0))  # fmt: skip
    parts.append(stick((x0 - 0.34, P + 0.8, S / 2), (x0 - 0.34, P + 0.08, S / 2), 0.025, 0))
    parts.append(stick((x0 - 0.34, 0.8, S / 2 + run + 0.1), (x0 - 0.34, P + 0.8, S / 2), 0.02, 0))
    # the upright, its beam and brace
    xu, top = -0.7, P + 2.3
    parts.append(box(0.18, top - P, 0.18, at(xu, P, 0), 0))
    parts.append(box(1.35, 0.16, 0.16, at(xu + 0.55, top - 0.16, 0), 0))
    parts.append(stick((xu, top - 0.7, 0.0), (xu + 0.55, top - 0.08, 0.0), 0.045, 0))
    # the noose
    swing = float(rng.uniform(-0.02, 0.02))
    knot = P + 1.45
    parts.append(stick((xt, top - 0.08, 0), (xt + swing, knot + 0.16, 0), 0.014, "seed"))
    parts.append(torus(0.03, 0.014, at(xt, top - 0.02, 0) @ ALONG_Z @ scl(1, 1, 1), "seed"))
    parts.append(cylinder(0.03, 0.03, 0.18, at(xt + swing, knot, 0), "seed"))  # the coils
    for j in range(6):
        parts.append(torus(0.03, 0.008, at(xt + swing, knot + 0.015 + 0.03 * j, 0), "seed"))
    loop = at(xt + swing, knot - 0.13, 0) @ ALONG_Z @ scl(0.8, 1, 1.1)
    parts.append(torus(0.14, 0.014, loop, "seed"))
    return parts


# ---- 722 bellows ------------------------------------------------------------------------------

_TEAR = [(0.0, 0.3), (0.07, 0.22), (0.14, 0.09), (0.17, -0.05), (0.14, -0.16), (0.0, -0.21),
         (-0.14, -0.16), (-0.17, -0.05), (-0.14, 0.09), (-0.07, 0.22)]  # fmt: skip
"""A bellows board's outline, (x, -z): pointed toward the nozzle at +z, round at the back."""


def _bellows(rng: Rng) -> list[Part]:
    """A blacksmith's hand bellows: two teardrop wooden boards hinged at the pointed end, the
    top one opened, a pleated leather body between them, studded with brass nails round its
    edge, a handle reaching back from each board and a long metal nozzle at the front."""
    flat = rot("x", -90)  # outline (x, -z), extruded up y
    hz, th, y1 = 0.24, 0.025, 0.06
    open_ = 20.0 + float(rng.uniform(-3, 3))
    low = at(0, y1, 0)
    high = at(0, y1 + th, hz) @ rot("x", open_) @ at(0, 0.03, -hz)
    parts = [slab(_TEAR, th, low @ flat @ at(0, 0, th / 2), 0, "body")]
    parts.append(slab(_TEAR, th, high @ flat @ at(0, 0, th / 2), 0))
    n = 9
    for j in range(n):  # the pleats of leather between them
        f = (j + 0.5) / n
        m = at(0, y1 + th, hz) @ rot("x", open_ * f) @ at(0, 0.03 * f, -hz) @ flat
        k = 0.98 if j % 2 else 0.84
        fold = [(x * k, zz * k + 0.04 * (1 - k)) for x, zz in _TEAR]
        parts.append(slab(fold, 0.035, m, 1))
    for board in (low @ at(0, th / 2, 0), high @ at(0, th / 2, 0)):
        parts.append(box(0.07, th, 0.22, board @ at(0, -th / 2, -0.3), 0))  # the handle
        parts.append(cylinder(0.03, 0.03, 0.1, board @ at(-0.05, 0, -0.42) @ ALONG_X, 0))
    for k in range(10):  # brass nails round the leather on the top board
        a = np.pi * (0.15 + 0.7 * k / 9) + np.pi
        p = high @ at(0.13 * np.cos(a), th, -0.05 + 0.13 * np.sin(a))
        parts.append(cylinder(0.01, 0.008, 0.006, p, "copper"))
    y = y1 + th + 0.03
    parts.append(box(0.1, 0.1, 0.1, at(0, y1 - 0.005, hz + 0.03), 0))  # the nozzle's block
    parts.append(cylinder(0.035, 0.012, 0.26, at(0, y + 0.01, hz + 0.07) @ ALONG_Z, "copper"))
    parts.append(torus(0.036, 0.008, at(0, y + 0.01, hz + 0.08) @ ALONG_Z, "copper"))
    parts.append(box(0.03, y1, 0.03, at(0, 0, hz), 0))  # a foot under its point
    return parts


# ---- 723 grindstone ---------------------------------------------------------------------------


def _grindstone(rng: Rng) -> list[Part]:
    """A grindstone: a thick round sandstone wheel on an iron axle turning in a wooden A-frame
    trestle, a crank handle on one end of the axle, a small wooden trough of water under the
    wheel for it to dip in."""
    r, t, ya = 0.45, 0.17, 0.62
    wheel = [(0.0, -t / 2), (r - 0.03, -t / 2), (r, -t / 2 + 0.03), (r, t / 2 - 0.03),
             (r - 0.03, t / 2), (0.0, t / 2)]  # fmt: skip
    parts = [lathe(wheel, at(0, ya, 0) @ ALONG_X, 0, "body")]
    for s in (-1, 1):  # the iron collars on its faces
        parts.append(box(0.1, 0.1, 0.03, at(s * (t / 2 + 0.01), ya - 0.05, 0) @ rot("y", 90),
                         "steel"))  # fmt: skip
    parts.append(stick((-0.42, ya, 0), (0.5, ya, 0), 0.022, "steel"))  # the axle
    for s in (-1, 1):  # the A-frames
        x = s * 0.32
        for sz in (-1, 1):
            parts.append(stick((x, 0.0, sz * 0.45), (x, ya + 0.04, 0), 0.04, 1))
        parts.append(box(0.07, 0.06, 0.55, at(x, 0.28, 0), 1))  # the A's bar
        parts.append(box(0.1, 0.08, 0.14, at(x, ya - 0.08, 0), 1))  # the bearing block
        parts.append(box(0.07, 0.07, 1.05, at(x, 0.0, 0), 1))  # the sill
    for sz in (-1, 1):  # the stretchers
        parts.append(box(0.72, 0.06, 0.06, at(0, 0.15, sz * 0.36), 1))
    a = float(rng.uniform(-40, 40))
    crank = at(0.5, ya, 0) @ rot("x", a)
    parts.append(box(0.03, 0.24, 0.04, crank @ at(0, -0.02, 0), "steel"))  # the crank arm
    parts.append(stick(_pt(crank, 0, 0.2, 0), _pt(crank, 0.14, 0.2, 0), 0.012, "steel"))
    parts.append(cylinder(0.022, 0.022, 0.1, crank @ at(0.035, 0.2, 0) @ ALONG_X, 1))
    tw, tl, tdep = 0.3, 0.62, 0.22  # the trough
    parts.append(box(tw, 0.03, tl, at(0, 0.0, 0), 1))
    for s in (-1, 1):
        parts.append(box(0.03, tdep, tl, at(s * (tw / 2 - 0.015), 0, 0), 1))
        parts.append(box(tw, tdep, 0.03, at(0, 0, s * (tl / 2 - 0.015)), 1))
    parts.append(box(tw - 0.05, tdep - 0.04, tl - 0.05, at(0, 0.02, 0), "rain"))
    return parts


# ---- 724 spit roast ---------------------------------------------------------------------------


def _flame(x: float, z: float, h: float, lean: float) -> Part:
    """A tongue of flame h tall at (x, z) on the embers."""
    prof = [(0.0, 0.0), (0.5, 0.1), (0.55, 0.3), (0.3, 0.65), (0.0, 1.0)]
    return lathe(prof, at(x, 0.06, z) @ rot("z", lean) @ scl(0.22 * h, h, 0.22 * h), "flame")


def _spit_roast(rng: Rng) -> list[Part]:
    """A spit roast: a whole pig, legs stretched out fore and aft and an apple in its mouth,
    skewered on a long iron spit with a crank handle, the spit resting in two forked iron posts
    over a campfire of crossed logs and flames ringed with stones."""
    ys = 0.85
    parts = [sphere(1.0, at(0, ys, 0) @ scl(0.36, 0.19, 0.19), 0, "body")]  # the pig
    parts.append(sphere(1.0, at(-0.2, ys - 0.01, 0) @ scl(0.2, 0.19, 0.2), 0))  # its haunch
    parts.append(sphere(1.0, at(0.2, ys, 0) @ scl(0.17, 0.17, 0.18), 0))  # its shoulders
    parts.append(sphere(1.0, at(0.4, ys + 0.01, 0) @ scl(0.13, 0.11, 0.11), 0))  # the head
    parts.append(cylinder(0.06, 0.05, 0.12, at(0.45, ys - 0.01, 0) @ ALONG_X, 0))  # snout
    parts.append(cylinder(0.05, 0.05, 0.01, at(0.57, ys - 0.01, 0) @ ALONG_X, 0))
    parts.append(sphere(0.045, at(0.62, ys - 0.01, 0), "fruit-red"))  # the apple
    for s in (-1, 1):  # ears and legs
        ear = at(0.36, ys + 0.08, s * 0.06) @ rot("x", -s * 35) @ rot("z", -35)
        parts.append(slab([(-0.06, 0.0), (0.06, 0.0), (0.03, 0.13)], 0.014, ear, 0))
        fore = [(0.18, ys - 0.08, s * 0.1), (0.4, ys - 0.13, s * 0.1), (0.6, ys - 0.1, s * 0.06)]
        hind = [(-0.25, ys - 0.07, s * 0.12), (-0.5, ys - 0.11, s * 0.1),
                (-0.7, ys - 0.07, s * 0.05)]  # fmt: skip
        for leg in (fore, hind):
            parts.append(tube(leg, [0.06, 0.035, 0.025], None, 0))
            parts.append(sphere(0.03, at(*leg[-1]), "marking"))  # the trotter
    parts.append(tube([(-0.38, ys + 0.06, 0), (-0.43, ys + 0.1, 0.02), (-0.45, ys + 0.06, 0.04),
                       (-0.42, ys + 0.07, 0.05)], 0.01, None, 0))  # the curly tail  # fmt: skip
    parts.append(stick((-0.95, ys, 0), (0.92, ys, 0), 0.016, 1))  # the spit
    parts.append(box(0.025, 0.16, 0.025, at(0.92, ys - 0.16, 0), 1))  # its crank
    parts.append(stick((0.92, ys - 0.15, 0), (1.04, ys - 0.15, 0), 0.018, 1))
    for x in (-0.8, 0.8):  # the forked posts
        parts.append(stick((x, 0.0, 0.0), (x, ys - 0.1, 0.0), 0.02, 1))
        for s in (-1, 1):
            parts.append(tube([(x, ys - 0.1, 0), (x, ys - 0.04, s * 0.04), (x, ys + 0.06,
                               s * 0.06)], 0.016, None, 1))  # fmt: skip
    for k in range(11):  # the ring of stones
        a = 2 * np.pi * k / 11
        m = at(0.38 * np.cos(a), 0.0, 0.38 * np.sin(a)) @ rot("y", -np.degrees(a))
        parts.append(sphere(1.0, m @ scl(0.06, 0.055, 0.075), "stones"))
    for k in range(5):  # the logs leaning together
        a = 2 * np.pi * k / 5 + float(rng.uniform(-0.2, 0.2))
        parts.append(stick((0.3 * np.cos(a), 0.03, 0.3 * np.sin(a)), (0.03 * np.cos(a), 0.28,
                           0.03 * np.sin(a)), 0.035, "cork"))  # fmt: skip
    parts.append(cylinder(0.26, 0.2, 0.04, None, "glow"))  # the embers
    for k in range(6):  # the flames
        a = 2 * np.pi * k / 6
        rr = 0.0 if k == 0 else 0.13
        parts.append(_flame(rr * np.cos(a), rr * np.sin(a), 0.46 - 0.13 * (k > 0),
                            float(rng.uniform(-10, 10))))  # fmt: skip
    return parts


# ---- 725 hay cart -----------------------------------------------------------------------------


def _spoked_wheel(x: float, y: float, z: float, r: float, spokes: int = 8) -> list[Part]:
    """A wooden cart wheel at (x, y, z) in the xy plane: an iron tyre round a thick felloe, a
    hub and spokes."""
    m = at(x, y, z) @ ALONG_Z
    parts = [torus(r - 0.03, 0.03, m @ scl(1.0, 1.6, 1.0), 0), torus(r, 0.014, m, 1)]
    parts.append(cylinder(0.06, 0.06, 0.16, at(x, y, z - 0.08) @ ALONG_Z, 0))
    for k in range(spokes):
        parts.append(box(0.03, r - 0.04, 0.025, at(x, y, z) @ rot("z", 360.0 * k / spokes), 0))
    return parts


HAY = "thatch"


def _ragged(n: int, rng: Rng) -> np.ndarray:
    """A circle of n points with every other one pulled in, a little at random: a lathe with it
    is ridged all over like heaped straw."""
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    shag = 1.0 + 0.05 * rng.random(n) - 0.09 * (np.arange(n) % 2)
    return np.stack([np.cos(t) * shag, np.sin(t) * shag], 1)


def _hay_cart(rng: Rng) -> list[Part]:
    """A farm hay cart: a plank wagon bed with slatted sides on four spoked wooden wheels, the
    back pair bigger, heaped high over its sides with a rounded load of golden hay, wisps
    sticking out, and a pair of shafts for the horse reaching forward to the ground."""
    L, W, yb = 1.8, 0.9, 0.62
    parts = [box(L, 0.06, W, at(0, yb, 0), 0, "body")]  # the bed
    for s in (-1, 1):  # the sides: stakes and planks
        for k in range(5):
            x = -L / 2 + 0.05 + (L - 0.1) * k / 4
            parts.append(box(0.05, 0.5, 0.05, at(x, yb - 0.04, s * (W / 2 + 0.02)), 0))
        for y in (0.08, 0.22, 0.36):
            parts.append(box(L, 0.09, 0.03, at(0, yb + y, s * (W / 2 + 0.05)), 0))
        parts.append(box(0.03, 0.3, W, at(s * (L / 2 - 0.015), yb + 0.06, 0), 0))  # the ends
    for x, r in ((-0.5, 0.44), (0.55, 0.36)):  # the wheels, the axles and the bolsters
        for s in (-1, 1):
            parts += _spoked_wheel(x, r, s * (W / 2 + 0.14), r)
        parts.append(stick((x, r, -W / 2 - 0.2), (x, r, W / 2 + 0.2), 0.03, 1))
        parts.append(box(0.12, yb - r + 0.02, W - 0.1, at(x, r - 0.02, 0), 0))
    hay = at(0, yb + 0.06, 0)
    straw, tuft = _ragged(48, rng), _ragged(24, rng)
    load = [(0.0, -0.02), (0.86, 0.0), (1.0, 0.22), (0.96, 0.5), (0.72, 0.76), (0.36, 0.88),
            (0.0, 0.9)]  # fmt: skip
    parts.append(lathe(load, hay @ scl(L * 0.58, 1.0, W * 0.68), HAY, shape=straw))
    for k in range(4):  # lumps on top
        x = -0.54 + 0.36 * k + float(rng.uniform(-0.04, 0.04))
        zz = 0.12 * (-1) ** k
        lump = hay @ at(x, 0.7 - 0.12 * abs(x), zz) @ rot("y", 30.0 * k) @ scl(0.32, 0.2, 0.28)
        parts.append(lathe(load, lump, HAY, shape=tuft))
    for k in range(10):  # wisps
        a = 2 * np.pi * k / 10 + float(rng.uniform(-0.2, 0.2))
        p = (1.0 * np.cos(a), 0.2 + 0.15 * np.sin(3 * a), 0.6 * np.sin(a))
        parts.append(box(0.012, 0.18, 0.012, hay @ at(*p) @ rot("y", -np.degrees(a))
                         @ rot("z", -70), HAY))  # fmt: skip
    for s in (-1, 1):  # the shafts
        z = s * 0.3
        parts.append(tube([(L / 2 - 0.2, yb - 0.02, z), (L / 2 + 0.5, yb - 0.12, z * 0.9),
                           (L / 2 + 1.2, 0.05, z * 0.8)], 0.03, None, 0))  # fmt: skip
    parts.append(stick((L / 2 + 0.2, yb - 0.08, -0.3), (L / 2 + 0.2, yb - 0.08, 0.3), 0.025, 0))
    return parts


MORE_APPLIANCES_ZN = {
    716: _pipe_organ, 717: _aquarium, 718: _siege_tower, 719: _pillory, 720: _stocks,
    721: _gallows, 722: _bellows, 723: _grindstone, 724: _spit_roast, 725: _hay_cart,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
