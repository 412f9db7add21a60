"""More of the device family's appliances, from 1102: an oil derrick, a kitchen spatula, a
window with louvred shutters, a framed portrait on an easel, a t-shirt, a plant stem.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, Sweep, align, at, mesh_part, rot, scl
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    MOULD,
    annulus,
    ccw,
    disc,
    ellipse,
    flat_solid,
    leaf_blade,
    lobed,
    pt,
    rod,
    rounded,
    rrect,
    shell,
    studs,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import leaf, sharp

__all__ = ["MORE_APPLIANCES_ZZZL"]

Rng = np.random.Generator


# ---- 1102 oil derrick -------------------------------------------------------------------------


def _beams(pairs, w: float, slot=0) -> Part:
    """Many thin square beams w thick, one from a to b for each (a, b) of ``pairs``, as one
    part of twelve triangles a beam (a lattice's members)."""
    ab = np.asarray(pairs, float)  # (n, 2, 3)
    a, b = ab[:, 0], ab[:, 1]
    d = (b - a) / np.linalg.norm(b - a, axis=1, keepdims=True)
    ref = np.where(np.abs(d[:, 1:2]) < 0.9, [[0.0, 1.0, 0.0]], [[1.0, 0.0, 0.0]])
    u = np.cross(d, ref)
    u *= w / 2 / np.linalg.norm(u, axis=1, keepdims=True)
    v = np.cross(d, u)
    ring = np.stack([u + v, v - u, -u - v, u - v], 1)  # (n, 4, 3)
    verts = np.concatenate([a[:, None] + ring, b[:, None] + ring], 1).reshape(-1, 3)
    quads = np.array([(0, 1, 5, 4), (1, 2, 6, 5), (2, 3, 7, 6), (3, 0, 4, 7), (3, 2, 1, 0),
                      (4, 5, 6, 7)])  # fmt: skip
    one = np.concatenate([quads[:, [0, 1, 2]], quads[:, [0, 2, 3]]])
    faces = one[None] + 8 * np.arange(len(ab))[:, None, None]
    return mesh_part(verts, faces.reshape(-1, 3), slot)


def _tower(y0: float, y1: float, b0: float, b1: float, bays: int) -> list[Part]:
    """A four-legged lattice tower from y0 (half width b0) to y1 (half width b1): corner legs,
    a girt round each bay and an X of braces across each face of every bay, the bays shorter
    toward the top."""
    t = np.linspace(0.0, 1.0, bays + 1) ** 0.85
    ys = y0 + (y1 - y0) * t
    hw = b0 + (b1 - b0) * t
    corners = ((1, 1), (-1, 1), (-1, -1), (1, -1))

    def corner(k: int, i: int) -> tuple[float, float, float]:
        sx, sz = corners[k % 4]
        return (sx * hw[i], ys[i], sz * hw[i])

    legs = [(corner(k, 0), corner(k, bays)) for k in range(4)]
    girts = [(corner(k, i), corner(k + 1, i)) for i in range(bays + 1) for k in range(4)]
    braces = [(corner(k, i), corner(k + 1, i + 1)) for i in range(bays) for k in range(4)]
    braces += [(corner(k + 1, i), corner(k, i + 1)) for i in range(bays) for k in range(4)]
    return [_beams(legs, 0.024), _beams(girts, 0.013), _beams(braces, 0.009)]


def _pipe_rack(x: float, z0: float, z1: float) -> list[Part]:
    """Drill pipe stacked on two trestles beside the rig at x, lying along z from z0 to z1: a
    pyramid of long steel pipes, their open ends dark."""
    parts = []
    for z in (z0 + 0.08, z1 - 0.08):  # the trestles
        parts.append(box(0.22, 0.04, 0.03, at(x, 0.0, z), 1))
    r = 0.016
    for row, n in enumerate((5, 4, 3)):
        y = 0.04 + r + row * r * 1.75
        for i in range(n):
            px = x + (i - (n - 1) / 2) * 2.05 * r
            m = at(px, y, z0) @ ALONG_Z
            parts.append(cylinder(r, r, z1 - z0, m, "steel"))
            parts.append(cylinder(r * 0.6, r * 0.6, z1 - z0 + 0.004, m @ at(0, -0.002, 0),
                                  "marking"))  # fmt: skip
    return parts


def _oil_derrick(rng: Rng) -> list[Part]:
    """An oil derrick: a tall narrow lattice steel tower, its four legs tapering to a small top,
    X-braced in many bays, a crown block of sheaves on top and the hoisting lines running down
    to a travelling block and hook over the well; a drilling floor raised on a braced
    substructure at its foot, the wellhead under it, a drum winch (the draw works) and the
    driller's cabin on a wing of the floor, a ramp down to a rack of drill pipe stacked beside
    the rig."""
    fy, half = 0.15, 0.2  # the drilling floor's height and half width
    parts = [box(2 * half, 0.03, 2 * half, at(0, fy - 0.03, 0), 1, "body")]  # the floor
    for sx in (-1, 1):  # the substructure: posts and braces under the floor
        for sz in (-1, 1):
            parts.append(box(0.04, fy - 0.03, 0.04, at(sx * 0.16, 0, sz * 0.16), 0))
        parts.append(rod((sx * 0.16, 0.0, -0.16), (sx * 0.16, fy - 0.03, 0.16), 0.014, 0))
        parts.append(rod((-0.16, 0.0, sx * 0.16), (0.16, fy - 0.03, sx * 0.16), 0.014, 0))
    parts.append(box(0.09, 0.01, 0.09, None, "marking"))  # the wellhead below the floor
    parts.append(cylinder(0.035, 0.035, 0.1, at(0, 0.01, 0), "card-red"))
    parts.append(cylinder(0.05, 0.05, 0.025, at(0, 0.05, 0), "card-red"))
    top = 1.08
    parts += _tower(fy, top - 0.04, 0.15, 0.04, 12)
    parts.append(box(0.16, 0.02, 0.16, at(0, top - 0.04, 0), 0))  # the crown platform
    for s in (-1, 1):  # the crown block: sheaves in a frame
        parts.append(box(0.015, 0.05, 0.08, at(s * 0.035, top - 0.02, 0), 0))
    parts.append(cylinder(0.028, 0.028, 0.06, at(-0.03, top + 0.01, 0) @ ALONG_X, "steel"))
    parts.append(box(0.1, 0.012, 0.09, at(0, top + 0.03, 0), 0))
    for s in (-1, 1):  # its gin pole, a small A-frame
        parts.append(rod((s * 0.06, top - 0.02, -0.06), (0.0, top + 0.09, -0.06), 0.01, 0))
    hook_y = 0.5 + float(rng.uniform(-0.05, 0.08))
    for dx in (-0.015, 0.0, 0.015):  # the hoisting lines, the travelling block and the hook
        parts.append(rod((dx, top, 0), (dx, hook_y + 0.09, 0), 0.004, "steel"))
    parts.append(box(0.05, 0.09, 0.035, at(0, hook_y, 0), "cloth-yellow"))
    parts.append(tube([(0, hook_y, 0), (0, hook_y - 0.04, 0), (0.018, hook_y - 0.06, 0),
                       (0.012, hook_y - 0.035, 0)], 0.006, None, "steel"))  # fmt: skip
    parts.append(cylinder(0.012, 0.012, hook_y - 0.09 - fy, at(0, fy, 0), "steel"))  # the pipe
    parts.append(cylinder(0.06, 0.06, 0.02, at(0, fy, 0), "marking"))  # the rotary table
    ex = half + 0.11  # the floor's wing to the right, carrying the draw works and a cabin
    parts.append(box(0.22, 0.03, 0.4, at(ex, fy - 0.03, 0), 1))
    for sz in (-1, 1):
        parts.append(box(0.03, fy - 0.03, 0.03, at(ex + 0.09, 0, sz * 0.18), 0))
    dw = at(ex, fy, 0.08)  # the draw works: a winch drum between red frames
    parts.append(box(0.14, 0.02, 0.2, dw, 1))
    for s in (-1, 1):
        parts.append(box(0.12, 0.1, 0.02, dw @ at(0, 0, s * 0.09), "card-red"))
    parts.append(cylinder(0.04, 0.04, 0.17, dw @ at(0, 0.065, -0.085) @ ALONG_Z, "marking"))
    for z in (-0.075, 0.063):  # its flanges
        parts.append(cylinder(0.055, 0.055, 0.012, dw @ at(0, 0.065, z) @ ALONG_Z, "card-red"))
    parts.append(box(0.05, 0.06, 0.06, dw @ at(0.04, 0.0, 0.13), 1))  # its motor
    parts.append(rod(pt(dw, -0.02, 0.1, 0.0), (0.02, top - 0.02, 0.0), 0.004, "steel"))
    cab = at(ex, fy, -0.13)  # the driller's cabin
    parts.append(box(0.16, 0.12, 0.14, cab, 1))
    parts.append(box(0.18, 0.015, 0.16, cab @ at(0, 0.12, 0), 0))
    parts.append(box(0.004, 0.04, 0.08, cab @ at(0.081, 0.06, 0), "window"))
    parts.append(box(0.06, 0.04, 0.004, cab @ at(0.02, 0.06, 0.071), "window"))
    a, b = np.array([0.05, fy - 0.01, half]), np.array([0.05, 0.0, half + 0.4])
    parts.append(box(0.1, float(np.linalg.norm(b - a)), 0.012, at(*a) @ align(b - a), 1))  # ramp
    parts += _pipe_rack(0.05, half + 0.08, half + 0.62)
    rail = [(-half, half), (-half, -half), (half, -half)]  # the railing round the floor
    for x, z in rail:
        parts.append(rod((x, fy, z), (x, fy + 0.07, z), 0.008, 0))
    for (xa, za), (xb, zb) in pairwise(rail):
        parts.append(rod((xa, fy + 0.07, za), (xb, fy + 0.07, zb), 0.008, 0))
    return parts


# ---- 1103 spatula -----------------------------------------------------------------------------


def _spatula(rng: Rng) -> list[Part]:
    """A kitchen spatula (a turner) lying on the worktop: a wide thin flat blade, a rounded
    oblong a little wider at its front edge, pierced with four long slots, lying flat and bent
    up at an angle into a short narrow neck, then a straight thick handle (the second
    material) rising gently from it, fixed by two rivets and ending in a rounded end with a
    hanging hole."""
    bl, t = 0.36, 0.012  # the blade's length and thickness
    neck, lift = 0.09, float(rng.uniform(24, 30))
    hl, hw, ht = 0.5, 0.07, 0.03  # the handle's length, width and thickness
    blade = rounded([(0.0, -0.085), (bl, -0.13), (bl, 0.13), (0.0, 0.085)],
                    [0.025, 0.045, 0.045, 0.025], 6)  # fmt: skip
    slots = (-0.072, -0.024, 0.024, 0.072)
    holes = [ccw(np.add(rrect(0.2, 0.024, 0.012, 4), (0.19, y)))[::-1] for y in slots]
    world = at(0.12, 0, 0) @ rot("y", float(rng.uniform(-6, 6)))  # the bend; the blade flat
    parts = [flat_solid(lambda n: [ccw(blade), *holes], t, world @ FLAT_UP, 0, "body")]
    nk = world @ at(0, t / 2, 0) @ rot("z", -lift)  # the neck, running back and up from the bend
    taper = sharp([(0.01, -0.06), (-neck, -0.018), (-neck, 0.018), (0.01, 0.06)])
    parts.append(slab(taper, t, nk @ FLAT_UP @ at(0, 0, -t / 2), 0))
    hm = nk @ at(-neck, 0, 0) @ rot("z", lift * 0.55)  # the handle, from the neck's end
    parts.append(slab(sharp([(0.03, -0.018), (-0.06, -0.02), (-0.06, 0.02), (0.03, 0.018)]),
                      t, hm @ FLAT_UP @ at(0, 0, -t / 2), 0))  # the tang # fmt: skip
    grip = ccw(rrect(hl, hw, hw / 2 - 0.002, 6) - [hl / 2, 0])
    hole = disc((-hl + 0.055, 0.0), 0.014, 14, cut=True)
    parts.append(flat_solid(lambda n: [grip, hole], ht, hm @ at(0, -ht / 2, 0) @ FLAT_UP, 1))
    for x in (-0.05, -0.12):  # the rivets
        for s in (-1, 1):
            parts.append(cylinder(0.009, 0.009, 0.004, hm @ at(x, s * ht / 2, 0) @ rot(
                "x", 0 if s > 0 else 180), "steel"))  # fmt: skip
    return parts


# ---- 1104 window shutters ---------------------------------------------------------------------


def _shutter(s: int, x: float, y: float, w: float, h: float, swing: float) -> list[Part]:
    """A louvred shutter hinged at (x, y) on the wall face and opened out to side s, swung
    ``swing`` degrees out from the wall: a painted frame of stiles and rails round two panels
    of slanted slats, two dark hinges."""
    m = at(x, y, 0.015) @ rot("y", -s * swing)
    st, d = 0.045, 0.03
    parts = []
    for u in (st / 2, w - st / 2):  # the stiles
        parts.append(box(st, h, d, m @ at(s * u, 0, 0), 0))
    for yr in (0.0, h * 0.5 - 0.025, h - 0.05):  # the rails
        parts.append(box(w - 2 * st, 0.05, d, m @ at(s * w / 2, yr, 0), 0))
    for y0, y1 in ((0.05, h * 0.5 - 0.025), (h * 0.5 + 0.025, h - 0.05)):  # the louvres
        n = round((y1 - y0) / 0.034)
        for k in range(n):
            yk = y0 + (k + 0.5) * (y1 - y0) / n - 0.02
            slat = m @ at(s * w / 2, yk, 0) @ rot("x", 45)
            parts.append(box(w - 2 * st, 0.042, 0.007, slat, 0))
    for yh in (0.1, h - 0.12):  # the hinges
        parts.append(box(0.07, 0.02, 0.006, m @ at(s * 0.035, yh, d / 2 + 0.003), "marking"))
        parts.append(cylinder(0.008, 0.008, 0.05, at(x, y + yh - 0.015, 0.018), "marking"))
    return parts


def _window_shutters(rng: Rng) -> list[Part]:
    """A window with its shutters open, in a patch of plastered wall: a deep window opening
    with a white frame and two casements of small glass panes, a pair of tall louvred
    shutters (the first material: frames filled with slanted slats) hinged open at either
    side and swung a little out from the wall, a stone sill under the window (the second
    material)."""
    W, H, D = 1.5, 1.3, 0.12  # the wall patch
    ww, wh, wy = 0.5, 0.74, 0.32  # the window opening and its sill height
    parts = [box(W, wy, D, at(0, 0, -D / 2), "plaster", "body")]
    parts.append(box(W, H - wy - wh, D, at(0, wy + wh, -D / 2), "plaster"))
    for s in (-1, 1):
        side = (W - ww) / 2
        parts.append(box(side, wh, D, at(s * (ww + side) / 2, wy, -D / 2), "plaster"))
    back = -0.07  # the window, set back in the opening
    parts.append(box(ww, wh, 0.01, at(0, wy, back - 0.02), "window"))
    fw = 0.04
    for s in (-1, 1):  # the frame
        parts.append(box(fw, wh, 0.05, at(s * (ww - fw) / 2, wy, back), "snow"))
    for yy in (wy, wy + wh - fw):
        parts.append(box(ww, fw, 0.05, at(0, yy, back), "snow"))
    parts.append(box(0.03, wh, 0.05, at(0, wy, back), "snow"))  # the meeting stiles
    for s in (-1, 1):  # each casement's glass and glazing bars
        cx = s * ww / 4
        pw = ww / 2 - fw / 2 - 0.015
        parts.append(box(pw, wh - 2 * fw, 0.006, at(cx, wy + fw, back + 0.005), "pane"))
        parts.append(box(0.014, wh - 2 * fw, 0.03, at(cx, wy + fw, back), "snow"))
        for k in (1, 2):
            yb = wy + fw + (wh - 2 * fw) * k / 3
            parts.append(box(pw, 0.014, 0.03, at(cx, yb - 0.007, back), "snow"))
    parts.append(box(ww + 0.1, 0.04, D + 0.08, at(0, wy - 0.04, -D / 2 + 0.04), 1))  # the sill
    parts.append(box(ww + 0.02, 0.02, 0.03, at(0, wy - 0.06, 0.005), 1))
    for s in (-1, 1):  # the plastered reveals' edges and the lintel
        parts.append(box(0.02, wh + 0.04, 0.01, at(s * (ww / 2 + 0.01), wy - 0.02, 0.005),
                         "plaster"))  # fmt: skip
    parts.append(box(ww + 0.06, 0.05, 0.015, at(0, wy + wh, 0.005), "plaster"))
    swing = float(rng.uniform(12, 22))
    for s in (-1, 1):
        parts += _shutter(s, s * (ww / 2 + 0.025), wy + 0.005, ww / 2 + 0.01, wh - 0.01, swing)
    return parts


# ---- 1105 portrait ----------------------------------------------------------------------------


def _moulding(w: float, h: float, m: np.ndarray, slot=1, tag: str = "") -> Part:
    """A picture frame's carved moulding (``MOULD`` in section) swept round a w × h rectangle
    in the xy plane under m, mitred at its corners."""
    shape = np.asarray(MOULD, float) * [1.25, 1.1]

    def gen(k: float) -> Sweep:
        sx, sy = np.array([1.0, -1.0, -1.0, 1.0]), np.array([1.0, 1.0, -1.0, -1.0])
        c = np.stack([sx * w / 2, sy * h / 2, np.zeros(4)], 1)
        u = np.stack([sx, sy, np.zeros(4)], 1)
        v = np.tile([0.0, 0.0, 1.0], (4, 1))
        return Sweep(c, u, v, np.ones(4), shape, closed=True)

    return Part(gen, m, slot, tag)


def _oval(rx: float, ry: float):
    """An ellipse as a slab outline."""
    return lambda n: ellipse(rx, ry, max(n, 16))


def _sitter(m: np.ndarray) -> list[Part]:
    """A portrait's sitter painted flat on the canvas whose foot centre is m's origin: dark
    shoulders in a coat, a white collar and cravat, the neck, an oval face with hair round
    it, brows, eyes, a nose's shadow and lips; a lighter glow on the dark ground behind."""

    def lay(z: float) -> np.ndarray:
        return m @ at(0, 0, z)

    parts = [slab(_oval(0.17, 0.22), 0.002, lay(0.002) @ at(0, 0.4, 0), "soil")]  # the glow
    coat = [(-0.21, 0.0), (0.21, 0.0), (0.21, 0.12), (0.17, 0.2), (0.09, 0.245), (0.0, 0.25),
            (-0.09, 0.245), (-0.17, 0.2), (-0.21, 0.12)]  # fmt: skip
    parts.append(slab(coat, 0.002, lay(0.004), "cloth-dark"))
    parts.append(slab(sharp([(-0.045, 0.23), (0.045, 0.23), (0.045, 0.31), (-0.045, 0.31)]),
                      0.002, lay(0.005), "plaster"))  # the neck # fmt: skip
    for s in (-1, 1):  # the collar's points
        parts.append(slab(sharp([(0.0, 0.2), (s * 0.075, 0.265), (s * 0.05, 0.285),
                                 (s * 0.01, 0.245)]), 0.002, lay(0.007), "sheet"))  # fmt: skip
    parts.append(slab(sharp([(-0.035, 0.255), (0.035, 0.255), (0.02, 0.12), (0.0, 0.1),
                             (-0.02, 0.12)]), 0.002, lay(0.006), "sheet"))  # the cravat # fmt: skip
    parts.append(slab(_oval(0.092, 0.112), 0.002, lay(0.006) @ at(0, 0.425, 0), "marking"))
    parts.append(slab(_oval(0.07, 0.095), 0.002, lay(0.008) @ at(0, 0.395, 0), "plaster"))
    hair = [(-0.085, 0.38), (-0.08, 0.45), (-0.055, 0.5), (0.0, 0.515), (0.055, 0.5),
            (0.08, 0.45), (0.085, 0.38), (0.07, 0.44), (0.0, 0.47), (-0.07, 0.44)]  # fmt: skip
    parts.append(slab(hair, 0.002, lay(0.01), "marking"))
    for s in (-1, 1):  # the eyes and brows
        parts.append(slab(_oval(0.014, 0.006), 0.002, lay(0.01) @ at(s * 0.027, 0.405, 0),
                          "marking"))  # fmt: skip
        parts.append(slab(sharp([(s * 0.012, 0.418), (s * 0.044, 0.421), (s * 0.042, 0.426),
                                 (s * 0.012, 0.424)]), 0.002, lay(0.01), "marking"))  # fmt: skip
    parts.append(slab(sharp([(0.0, 0.405), (0.01, 0.362), (-0.008, 0.365)]), 0.002, lay(0.01),
                      "cork"))  # the nose # fmt: skip
    parts.append(slab(_oval(0.02, 0.006), 0.002, lay(0.01) @ at(0, 0.34, 0), "match-head"))
    return parts


def _portrait(rng: Rng) -> list[Part]:
    """A framed oil portrait on a painter's easel: a gilded ornate frame (the second material:
    a carved moulding, a row of pearl beads round the canvas, rosettes of leaves at its
    corners and a shell crest on top) round a painting of a person's head and shoulders, laid
    on in flat colours: a pale oval face with dark hair, a dark coat and a white collar
    against a dark background with a glow behind the head; the easel's three wooden legs and
    its ledge (the first material)."""
    parts = [stick((-0.4, 0.0, 0.16), (-0.06, 1.7, -0.06), 0.024, 0, "body")]
    parts.append(stick((0.4, 0.0, 0.16), (0.06, 1.7, -0.06), 0.024, 0))
    parts.append(stick((0.0, 1.5, -0.09), (0.0, 0.0, -0.6), 0.022, 0))
    parts.append(box(0.84, 0.04, 0.12, at(0, 0.42, 0.1), 0))  # the ledge
    parts.append(box(0.84, 0.06, 0.02, at(0, 0.42, 0.16), 0))
    W, H = 0.66, 0.84  # the moulding's centre line
    pm = at(0, 0.46, 0.12) @ rot("x", -8) @ at(0, H / 2 + 0.06, 0)  # the frame's middle
    parts.append(_moulding(W, H, pm, 1))
    iw, ih = W - 0.1, H - 0.1
    parts.append(box(iw + 0.04, ih + 0.04, 0.012, pm @ at(0, -(ih + 0.04) / 2, -0.01),
                     "marking"))  # the canvas's dark ground # fmt: skip
    parts += _sitter(pm @ at(0, -ih / 2, 0.002) @ scl(iw / 0.44))
    pts, normals = [], []  # pearl beads round the canvas
    for (xa, ya), (xb, yb), n in (((-1, -1), (1, -1), 12), ((1, -1), (1, 1), 15),
                                  ((1, 1), (-1, 1), 12), ((-1, 1), (-1, -1), 15)):  # fmt: skip
        for k in range(n):
            u = k / n
            x, y = (xa + (xb - xa) * u) * (W / 2 - 0.04), (ya + (yb - ya) * u) * (H / 2 - 0.04)
            pts.append(pt(pm, x, y, 0.05))
            normals.append(pm[:3, 2])
    parts.append(studs(pts, normals, 0.01, 0.02, 1, sides=8))
    for sx in (-1, 1):  # rosettes of leaves at the corners
        for sy in (-1, 1):
            c = pm @ at(sx * W / 2, sy * H / 2, 0.075)
            for a in (0, 90, 180, 270):
                lm = c @ rot("z", 45 * sx * sy + a) @ at(0, 0.045, 0) @ scl(0.045)
                parts.append(slab(leaf(0.5), 0.02, lm, 1))
            parts.append(sphere(0.022, c, 1))
    crest = pm @ at(0, H / 2 + 0.07, 0.04)  # the crest: a shell between scrolls of leaves
    parts.append(slab(lambda n: 0.13 * shell(n), 0.03, crest, 1))
    for s in (-1, 1):
        parts.append(slab(leaf(0.35), 0.025, crest @ at(s * 0.17, -0.03, 0) @ rot("z", s * 72)
                          @ scl(0.11), 1))  # fmt: skip
    parts.append(box(0.16, 0.05, 0.05, at(0, 1.5, -0.04), 0))  # the easel's top clamp
    del rng
    return parts


# ---- 1106 t-shirt -----------------------------------------------------------------------------


def _section(n: int, folds: int, depth: float) -> np.ndarray:
    """A torso's cross-section, wider than deep, rippled by ``folds`` soft folds."""
    t = np.arange(n) * (2 * np.pi / n)
    c, s = np.cos(t), np.sin(t)
    r = 1.0 + depth * np.sin(folds * t) * np.abs(s)
    return np.stack([np.sign(c) * np.abs(c) ** 0.75 * r, 0.56 * np.sign(s) * np.abs(s) ** 0.8 * r],
                    1)  # fmt: skip


def _t_shirt(rng: Rng) -> list[Part]:
    """A plain crew-neck t-shirt standing as if on an invisible torso: a soft body from the
    hem at the hips up to sloping shoulders, its cloth falling in a few soft folds, short
    sleeves angled down with hemmed open ends, a round ribbed neckband round the dark neck
    opening; no collar, no buttons."""
    prof = [(0.0, 0.0), (0.205, 0.0), (0.212, 0.02), (0.205, 0.05), (0.2, 0.14), (0.204, 0.2),
            (0.198, 0.26), (0.205, 0.35), (0.215, 0.45), (0.222, 0.52), (0.222, 0.58),
            (0.205, 0.625), (0.16, 0.655), (0.1, 0.675), (0.0, 0.68)]  # fmt: skip
    folds = int(rng.integers(5, 8))
    parts = [lathe(prof, None, 0, "body", shape=_section(40, folds, 0.035))]
    parts.append(lathe([(0.214, 0.0), (0.214, 0.035)], None, 0, shape=_section(40, 0, 0)))
    neck = at(0, 0.655, 0.0) @ rot("x", 8) @ scl(1.0, 1.0, 0.85)  # dipping toward the front
    parts.append(cylinder(0.074, 0.074, 0.03, neck, "marking"))  # the neck opening
    band = annulus(0.07, 0.092, 0.022)  # the ribbed neckband
    parts.append(lathe(band, neck @ at(0, 0.02, 0), 0, closed=True, shape=lobed(96, 48, 0.015)))
    for s in (-1, 1):  # the sleeves, each with its hem and dark open end
        a, b = (s * 0.17, 0.6, 0.0), (s * 0.33, 0.43, 0.005)
        mid = (s * 0.255, 0.53, 0.0)
        sleeve = ellipse(1.0, 0.78, 16)
        parts.append(tube([a, mid, b], [0.085, 0.08, 0.076], None, 0, shape=sleeve))
        d = np.subtract(b, mid)
        end = at(*b) @ align(d)
        parts.append(torus(0.072, 0.01, end @ scl(1.0, 1.0, 0.78), 0))
        parts.append(cylinder(0.066, 0.066, 0.012, end @ at(0, -0.004, 0) @ scl(1.0, 1.0, 0.78),
                              "marking"))  # fmt: skip
    return parts


# ---- 1107 plant stem --------------------------------------------------------------------------


def _plant_stem(rng: Rng) -> list[Part]:
    """A single upright green plant stem rising from a small mound of soil: a slender stalk
    swelling at its nodes, two leaves on short stalks coming off it alternately on opposite
    sides, a closed bud at the top wrapped in green sepals with the petals' colour (the
    second material) showing at its tip; a cut flower's stem, not a bush."""
    lean = float(rng.uniform(-0.03, 0.03))
    spine = [(0.0, 0.03, 0.0), (0.01 + lean, 0.3, 0.0), (0.0, 0.6, 0.01),
             (-0.015 - lean, 0.88, 0.0)]  # fmt: skip
    parts = [tube(spine, [0.013, 0.011, 0.009, 0.007], None, 0, "body")]
    soil = [(0.0, 0.0), (0.16, 0.0), (0.15, 0.02), (0.1, 0.045), (0.04, 0.06), (0.0, 0.062)]
    parts.append(lathe(soil, None, "soil"))
    for x, y, z, r in ((0.09, 0.05, 0.04, 0.014), (-0.07, 0.045, -0.06, 0.012),
                       (0.03, 0.055, 0.09, 0.01)):  # crumbs of earth # fmt: skip
        parts.append(sphere(r, at(x, y, z) @ scl(1, 0.7, 1), "soil"))
    ys, xs = [p[1] for p in spine], [p[0] for p in spine]
    for y, yaw in ((0.34, 25.0), (0.6, -155.0)):  # the nodes, each with a leaf on its short stalk
        node = at(float(np.interp(y, ys, xs)), y, 0)
        parts.append(sphere(1.0, node @ scl(0.017, 0.022, 0.017), 0))
        m = node @ rot("y", yaw) @ rot("z", -58) @ rot("y", -90)
        parts += leaf_blade(m @ scl(0.14) @ at(0, 1.35, 0), 0.36, 0)
    for y in (0.16, 0.78):  # two bare nodes
        node = at(float(np.interp(y, ys, xs)), y, 0)
        parts.append(sphere(1.0, node @ scl(0.014, 0.018, 0.014), 0))
    tip = at(*spine[-1])  # the bud in its sepals
    bud = [(0.0, 0.0), (0.02, 0.01), (0.035, 0.04), (0.034, 0.075), (0.02, 0.11), (0.0, 0.13)]
    parts.append(lathe(bud, tip, 1))
    for k in range(5):
        a = 72 * k + 20
        sm = tip @ rot("y", a) @ at(0, 0.005, 0.022) @ rot("x", -12) @ at(0, 0.045, 0)
        parts.append(slab(leaf(0.32), 0.006, sm @ scl(0.026, 0.05, 1.0), 0))
    parts.append(cylinder(0.012, 0.022, 0.015, tip @ at(0, -0.008, 0), 0))  # the receptacle
    return parts


MORE_APPLIANCES_ZZZL = {
    1102: _oil_derrick, 1103: _spatula, 1104: _window_shutters, 1105: _portrait,
    1106: _t_shirt, 1107: _plant_stem,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
