"""More of the device family's appliances, from 600: a hot tub, a sun lounger, a ceiling light,
a lava lamp, a bean bag, a futon, a dressing table, a shoe rack, coat hooks, a doorbell, a key
ring and a pram.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material. The bean
bag is a smooth solid (a signed-distance field meshed by marching cubes, ``_sdf``).
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl, v3
from ._kit import band, cut, disc, ellipse, flat_solid, pillow, rrect, solid
from ._lettering import paint_text
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import Field
from ._sdf import ellipsoid as blob
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZD"]

Rng = np.random.Generator

_FACING = rot("x", 90)
"""Turns +y onto +z: a part built along +y (a lathe, a pad, a cylinder) then faces the viewer,
and a slab (an outline in xy extruded along z) lies flat, its outline's +y toward the viewer."""


# ---- helpers ---------------------------------------------------------------------------------


def _pad(w: float, h: float, d: float, m=None, slot=0, tag: str = "", corner: float = 0.3,
         puff: float = 0.06) -> Part:  # fmt: skip
    """A cushion, a mattress or a plate w × h × d standing on y = 0 under ``m``: a rounded
    rectangle (corners of ``corner`` of its smaller side) with its top and bottom edges
    rounded off by ``puff`` of its half width."""
    shape = rrect(w, d, corner * min(w, d), 4)
    e = puff
    prof = [(0.0, 0.0), (1 - e, 0.0), (1.0, h * 0.3), (1.0, h * 0.7), (1 - e, h), (0.0, h)]
    return lathe(prof, m, slot, tag, shape=shape)


def _wisp(base, height: float, sway: float, phase: float, r: float = 0.03) -> Part:
    """A soft plume of steam rising from ``base``: it sways as it climbs, swells and then
    thins away to nothing."""
    ks = np.linspace(0.0, 1.0, 7)
    side = sway * ks * np.sin(5 * ks + phase)
    depth = 0.5 * sway * ks * np.cos(4 * ks + phase)
    pts = np.asarray(base, float) + np.stack([side, height * ks, depth], 1)
    radii = [r * (0.6 + 3.0 * k * (1 - k)) for k in ks]
    radii[-1] = 0.0
    return tube(pts, radii, slot="membrane")


def _surface(field: Field, origins, dirs, reach: float = 1.5, n: int = 96) -> np.ndarray:
    """Where rays from points inside ``field`` first leave it: ``surface_point`` for many rays
    at once (sampled, then interpolated between the last sample inside and the first
    outside)."""
    o = np.asarray(origins, float)
    d = np.asarray(dirs, float)
    d = d / np.linalg.norm(d, axis=1, keepdims=True)
    t = np.linspace(0.0, reach, n)
    v = field.at((o[:, None, :] + t[None, :, None] * d[:, None, :]).reshape(-1, 3))
    v = v.reshape(len(o), n)
    rows = np.arange(len(o))
    i = np.maximum(np.argmax(v >= 0, axis=1), 1)
    a, b = v[rows, i - 1], v[rows, i]
    f = np.where(b != a, -a / np.where(b != a, b - a, 1.0), 0.0)
    return o + (t[i - 1] + f * (t[i] - t[i - 1]))[:, None] * d


def _foot(L: float, w: float, n: int = 20) -> np.ndarray:
    """A shoe's footprint L long (toe at +z) and w wide, round 0: (n, 2) points (x, z), wider
    at the toe than the heel."""
    t = np.linspace(0.0, 2 * np.pi, n, endpoint=False)
    return np.stack([w / 2 * np.cos(t) * (0.8 + 0.2 * np.sin(t)), L / 2 * np.sin(t)], 1)


def _sole(L: float, w: float, h: float, m: np.ndarray, slot) -> Part:
    """A flat sole of ``_foot``'s outline, h thick, standing on y = 0 under ``m``."""
    return slab(sharp(_foot(L, w)), h, m @ at(0, h / 2, 0) @ _FACING, slot)


_DOME = [(1.0, 0.0), (0.97, 0.35), (0.82, 0.7), (0.5, 0.93), (0.0, 1.0)]
"""A shoe upper's profile: (reach, height) as fractions of its footprint and its height."""


def _upper(L: float, w: float, h: float, back: float, m: np.ndarray, slot, tag: str = ""):
    """A shoe's closed upper: a dome over ``_foot``'s outline rising to h, its crown ``back``
    of its half length toward the heel (0: over the middle)."""
    foot = _foot(L, w)
    z0 = -back * L / 2
    shape = np.stack([foot[:, 0], -(foot[:, 1] - z0)], 1)
    return lathe([(r, y * h) for r, y in _DOME], m @ at(0, 0, z0), slot, tag, shape=shape)


# ---- 600 hot tub -----------------------------------------------------------------------------


def _hot_tub(rng: Rng) -> list[Part]:
    """A round wooden hot tub sunk to its rim in a deck of boards: its staved rim bound by a
    metal hoop, full of blue water bubbling at its jets, steam rising from it, a step up to
    the deck and its thick cover folded in half beside it."""
    W, D, H = 2.0, 1.5, 0.24
    parts = [box(W, H - 0.03, D, None, 0, "body"), box(W, 0.01, D, at(0, H - 0.03, 0), "marking")]
    n = 10
    for k in range(n):  # the deck's boards, dark seams between them
        z = -D / 2 + D * (k + 0.5) / n
        parts.append(box(W, 0.025, D / n - 0.012, at(0, H - 0.025, z), 0))
    for y in (0.07, 0.14):  # the skirt's boards
        parts.append(box(W + 0.004, 0.008, D + 0.004, at(0, y, 0), "marking"))
    cx, cz, R = -0.36, -0.04, 0.62
    c = at(cx, 0, cz)
    rim = [(R - 0.07, H - 0.01), (R, H - 0.01), (R + 0.012, H + 0.045), (R, H + 0.1),
           (R - 0.035, H + 0.11), (R - 0.07, H + 0.1)]  # fmt: skip
    parts.append(lathe(rim, c, 0, closed=True, sides=30))  # the staves
    parts.append(torus(R + 0.01, 0.014, c @ at(0, H + 0.045, 0), "steel"))  # the hoop
    yw = H + 0.07
    parts.append(cylinder(R - 0.055, R - 0.055, yw - H, c @ at(0, H, 0), "rainbow-blue"))  # lit
    jets = [(R - 0.13, a + float(rng.uniform(-0.2, 0.2))) for a in np.radians([20, 110, 200, 290])]
    for r, a in [*jets, (0.0, 0.0)]:  # bubbles boiling up over each jet and in the middle
        for _ in range(5):
            rr, aa = rng.uniform(0.0, 0.09), rng.uniform(0, 2 * np.pi)
            x = cx + r * np.cos(a) + rr * np.cos(aa)
            z = cz + r * np.sin(a) + rr * np.sin(aa)
            s = float(rng.uniform(0.018, 0.035))
            parts.append(sphere(1.0, at(x, yw, z) @ scl(s, 0.7 * s, s), "snow"))
    for k in range(5):  # steam
        a = 2 * np.pi * k / 5 + float(rng.uniform(-0.3, 0.3))
        r = 0.15 + 0.2 * (k % 2)
        base = v3(cx + r * np.cos(a), yw, cz + r * np.sin(a))
        parts.append(_wisp(base, float(rng.uniform(0.45, 0.7)), 0.08, float(rng.uniform(0, 6))))
    sx = cx + 0.15  # the step up to the deck, beside the tub
    parts.append(box(0.6, 0.12, 0.3, at(sx, 0, D / 2 + 0.15), 0))
    parts.append(box(0.62, 0.02, 0.32, at(sx, 0.11, D / 2 + 0.15), 0))
    # the cover, folded in half along its fold (along z) and lying on the deck, its edges
    # piped
    x0, rc, t = 0.36, 0.6, 0.07
    arc = np.linspace(-np.pi / 2, np.pi / 2, 13)
    half = [(rc * np.cos(a), rc * np.sin(a)) for a in arc]
    for k in range(2):
        y = H + 0.005 + (t + 0.01) * k
        parts.append(slab(sharp(half), t, at(x0, y + t / 2, cz) @ rot("x", -90), 1))
        edge = [(x0 + rc * np.cos(a), y + t, cz - rc * np.sin(a)) for a in arc]
        parts.append(tube(edge, 0.01, slot="marking"))
    parts.append(cylinder(t, t, 2 * rc, at(x0, H + t + 0.01, cz - rc) @ _FACING, 1))
    for z in (-0.25, 0.25):  # its straps
        strap = [(x0 + 0.45, H + 2 * t + 0.02, cz + z), (x0 + rc * 0.93, H + 2 * t + 0.01, cz + z),
                 (x0 + rc + 0.01, H + t, cz + z)]  # fmt: skip
        parts.append(tube(strap, 0.008, slot="marking", shape=ellipse(1.6, 0.6, 8)))
    return parts


# ---- 601 sun lounger -------------------------------------------------------------------------


def _sun_lounger(rng: Rng) -> list[Part]:
    """A sun lounger (a pool lounger): a long low frame of slats on short legs, wheels at its
    head end, its backrest raised at an angle on a prop, a thin cushion along it with a
    bolster at the head, and a striped towel folded at its foot."""
    L, W, y = 1.9, 0.62, 0.3
    hinge = -0.2
    parts = []
    for s in (-1, 1):  # the side rails
        parts.append(box(L, 0.06, 0.04, at(0, y - 0.085, s * (W / 2 - 0.02)), 0,
                         "body" if s < 0 else ""))  # fmt: skip
        parts.append(box(0.05, y - 0.085, 0.05, at(L / 2 - 0.08, 0, s * (W / 2 - 0.03)), 0))
        wheel = at(-L / 2 + 0.1, 0.09, s * (W / 2 + 0.01)) @ _FACING @ at(0, -0.02, 0)
        parts.append(cylinder(0.09, 0.09, 0.04, wheel, "marking"))
        parts.append(cylinder(0.04, 0.04, 0.045, wheel, 1))
        parts.append(box(0.05, y - 0.17, 0.03, at(-L / 2 + 0.1, 0.09, s * (W / 2 - 0.03)), 0))
    for x in np.arange(hinge + 0.04, L / 2 - 0.02, 0.085):  # the seat's slats
        parts.append(box(0.06, 0.03, W, at(x, y - 0.03, 0), 0))
    back = at(hinge, y, 0) @ rot("z", -float(rng.uniform(38, 46)))
    for s in (-1, 1):  # the backrest: rails, slats, and the prop under it
        parts.append(box(0.8, 0.05, 0.035, back @ at(-0.4, -0.08, s * (W / 2 - 0.06)), 0))
        top = back @ np.array([-0.55, -0.08, s * (W / 2 - 0.09), 1.0])
        parts.append(stick(top[:3], (hinge - 0.62, y - 0.06, s * (W / 2 - 0.09)), 0.015, 1))
    for x in np.arange(0.04, 0.8, 0.085):
        parts.append(box(0.06, 0.03, W - 0.08, back @ at(-x, -0.03, 0), 0))
    cw = W - 0.14  # the cushion, thin, in two pieces, and its bolster
    parts.append(_pad(L / 2 - hinge - 0.04, 0.05, cw, at((L / 2 + hinge) / 2, y, 0), 1,
                      corner=0.15, puff=0.03))  # fmt: skip
    parts.append(_pad(0.78, 0.05, cw, back @ at(-0.41, 0, 0), 1, corner=0.15, puff=0.03))
    parts.append(sphere(1.0, back @ at(-0.68, 0.1, 0) @ scl(0.07, 0.07, cw / 2), 1))
    towel = at(0.62, y + 0.05, 0.02) @ rot("y", float(rng.uniform(-12, 12)))
    for k in range(3):  # the towel, folded in three
        parts.append(_pad(0.34, 0.025, 0.44, towel @ at(0.005 * k, 0.025 * k, 0), "plume",
                          corner=0.1, puff=0.2))  # fmt: skip
    for x in (-0.12, -0.09, 0.09, 0.12):
        parts.append(box(0.015, 0.006, 0.44, towel @ at(x, 0.074, 0), "snow"))
    return parts


# ---- 602 ceiling light -----------------------------------------------------------------------


def _ceiling_light(rng: Rng) -> list[Part]:
    """A pendant ceiling light: a square of ceiling at the top, a round ceiling rose under it,
    a flex hanging from it to the lamp holder, a wide dome shade with a rolled rim, and a
    glowing globe bulb hanging out below it."""
    top = 1.2
    parts = [box(0.56, 0.04, 0.56, at(0, top, 0), "plaster")]
    rose = [(0.0, 0.0), (0.12, 0.0), (0.12, 0.02), (0.09, 0.055), (0.0, 0.06)]
    parts.append(lathe(rose, at(0, top, 0) @ rot("x", 180), 1))
    yr = float(rng.uniform(0.5, 0.54))  # the shade's rim
    R = 0.44
    parts.append(stick((0, top - 0.05, 0), (0, yr + 0.3, 0), 0.009, "marking"))
    parts.append(cylinder(0.035, 0.03, 0.1, at(0, yr + 0.22, 0), 1))  # the lamp holder
    outer = [(0.03, 0.29), (0.14, 0.265), (0.27, 0.2), (0.37, 0.1), (0.43, 0.015), (R, 0.0)]
    inner = [(R - 0.015, -0.004), (R - 0.03, 0.015), (0.355, 0.09), (0.26, 0.18),
             (0.135, 0.245), (0.03, 0.265)]  # fmt: skip
    shade = [(r, yr + y) for r, y in outer + inner]
    parts.append(lathe(shade, None, 0, "body", closed=True))
    parts.append(torus(R - 0.005, 0.012, at(0, yr + 0.005, 0), 1))  # its rolled rim
    parts.append(cylinder(0.05, 0.05, 0.012, at(0, yr + 0.295, 0), 1))
    parts.append(cylinder(0.034, 0.034, 0.38, at(0, yr - 0.14, 0), "steel"))  # the socket
    bulb = [(0.0, 0.0), (0.08, 0.03), (0.12, 0.11), (0.1, 0.19), (0.04, 0.25), (0.03, 0.27),
            (0.0, 0.27)]  # fmt: skip
    parts.append(lathe(bulb, at(0, yr - 0.38, 0), "glow"))
    return parts


# ---- 603 lava lamp ---------------------------------------------------------------------------


def _lava_lamp(rng: Rng) -> list[Part]:
    """A lava lamp: a tapering rocket-shaped glass vessel of coloured liquid on a metal cone
    base, a little cone cap on top, glowing blobs of wax rising through it from a pool at its
    bottom."""
    base = [(0.0, 0.0), (0.21, 0.0), (0.215, 0.02), (0.2, 0.04), (0.125, 0.4), (0.115, 0.42),
            (0.0, 0.42)]  # fmt: skip
    parts = [lathe(base, None, 1)]
    glass = [(0.0, 0.41), (0.105, 0.41), (0.14, 0.55), (0.15, 0.66), (0.125, 0.85),
             (0.09, 1.03), (0.075, 1.12), (0.0, 1.12)]  # fmt: skip
    parts.append(lathe(glass, None, 0, "body"))
    cap = [(0.0, 1.1), (0.08, 1.1), (0.046, 1.3), (0.0, 1.3)]
    parts.append(lathe(cap, None, 1))
    ys, rs = [p[1] for p in glass[1:-1]], [p[0] for p in glass[1:-1]]

    def wax(y: float, a: float, r: float, stretch: float = 1.3) -> Part:
        """A blob of wax at height y, turned a degrees round the lamp, just touching the
        glass so it shows through any glass."""
        d = float(np.interp(y, ys, rs)) - 0.86 * r
        m = at(d * np.sin(np.radians(a)), y, d * np.cos(np.radians(a)))
        return sphere(1.0, m @ scl(r, r * stretch, r), "glow")

    parts.append(sphere(1.0, at(0, 0.45, 0) @ scl(0.115, 0.05, 0.115), "glow"))  # the pool
    spin = float(rng.uniform(-20, 20))
    blobs = [(0.53, 10, 0.06, 1.6), (0.66, 60, 0.075, 1.2), (0.78, -30, 0.05, 1.4),
             (0.9, 35, 0.045, 1.3), (0.98, -10, 0.035, 1.2), (0.6, 150, 0.06, 1.3),
             (0.82, 210, 0.05, 1.2)]  # fmt: skip
    for y, a, r, s in blobs:
        parts.append(wax(y, a + spin, r, s))
    return parts


# ---- 604 bean bag ----------------------------------------------------------------------------


def _bean_bag(rng: Rng) -> list[Part]:
    """A bean bag chair: a big pear-shaped sack slouched on the floor, its top leaning back,
    a dent pressed into its front where you sit, soft folds round its foot, seams running
    over it and a carry handle at its top."""
    lean = float(rng.uniform(14, 22))
    shapes = [
        blob((0.0, 0.3, 0.04), (0.54, 0.36, 0.52)),  # the heavy foot of the sack
        blob((0.0, 0.66, -0.2), (0.36, 0.36, 0.27), rot("x", -lean), 0.3),  # its top
        blob((0.0, 0.64, 0.22), (0.36, 0.2, 0.34), rot("x", -12), -0.14),  # the seat's dent
    ]
    for a in (-60, -25, 20, 55, 120, 160, 205, 240):  # folds, creased into its foot
        t = np.radians(a + float(rng.uniform(-8, 8)))
        p = (0.5 * np.sin(t), 0.16, 0.5 * np.cos(t) + 0.04)
        shapes.append(blob(p, (0.02, 0.1, 0.05), rot("y", a) @ rot("x", 20), -0.03))
    shapes.append(cut(1, 0.0, False, 0.06, (-1.0, -1.0, -1.0), (1.0, 0.02, 1.0)))
    parts = [solid(shapes, 0.035, 0, "body")]
    field = Field(tuple(shapes), np.array([[0.0, 0.4, -0.7], [0.0, 0.4, 0.7]]))
    a = np.radians(np.linspace(-5, 200, 14))
    over = np.stack([np.zeros_like(a), np.sin(a), np.cos(a)], 1)
    for x in (-0.3, 0.3):  # the seams from its foot over its top to the back
        parts.append(tube(_surface(field, np.tile((x, 0.45, -0.05), (14, 1)), over), 0.012,
                          slot=1))  # fmt: skip
    a = np.radians(np.linspace(0, 360, 25))
    round_ = np.stack([np.sin(a), np.zeros_like(a), np.cos(a)], 1)
    parts.append(tube(_surface(field, np.tile((0.0, 0.1, 0.0), (25, 1)), round_), 0.012, slot=1))
    tip = _surface(field, [(0.0, 0.6, -0.15)], [(0.0, 1.0, -0.35)])[0]
    loop = [tip + v3(-0.1, -0.01, 0.0), tip + v3(-0.07, 0.06, -0.01), tip + v3(0, 0.08, -0.015),
            tip + v3(0.07, 0.06, -0.01), tip + v3(0.1, -0.01, 0.0)]  # fmt: skip
    parts.append(tube(loop, 0.016, slot=1, shape=ellipse(1.6, 0.5, 8)))
    return parts


# ---- 605 futon -------------------------------------------------------------------------------


def _futon(rng: Rng) -> list[Part]:
    """A futon set up as a sofa: a low wooden frame of rails and slatted arms, a thick
    mattress folded over it into a seat and a back, tufted with buttons in rows, and two
    cushions leaning in its corners."""
    L, D = 1.8, 0.8
    parts = []
    for s in (-1, 1):  # the frame: front and back rails, the slatted arms
        parts.append(box(L, 0.12, 0.05, at(0, 0.06, s * (D / 2 - 0.025)), 1))
        x = s * (L / 2 - 0.03)
        for z in (D / 2 - 0.04, -D / 2 + 0.04):
            parts.append(box(0.07, 0.6, 0.07, at(x, 0, z), 1))
        parts.append(box(0.1, 0.04, D + 0.04, at(x, 0.6, 0), 1))
        parts.append(box(0.06, 0.05, D - 0.1, at(x, 0.1, 0), 1))
        for z in np.linspace(-D / 2 + 0.16, D / 2 - 0.16, 4):
            parts.append(box(0.04, 0.46, 0.06, at(x, 0.14, z), 1))
    for x in np.linspace(-L / 2 + 0.2, L / 2 - 0.2, 8):  # slats under the seat
        parts.append(box(0.07, 0.03, D - 0.1, at(x, 0.15, 0), 1))
    Lm = L - 0.14
    parts.append(_pad(Lm, 0.2, 0.7, at(0, 0.18, 0.04), 0, "body", corner=0.12, puff=0.03))
    back = at(0, 0.66, -0.3) @ rot("x", -float(rng.uniform(10, 16))) @ _FACING
    parts.append(_pad(Lm, 0.2, 0.84, back @ at(0, -0.1, 0), 0, corner=0.12, puff=0.03))
    parts.append(cylinder(0.1, 0.1, Lm - 0.04, at(-Lm / 2 + 0.02, 0.28, -0.3) @ rot("z", -90), 0))
    for i in range(6):  # the tufts
        x = -Lm / 2 + Lm * (i + 0.5) / 6
        for z in (-0.1, 0.2):
            parts.append(sphere(1.0, at(x, 0.38, z + 0.04) @ scl(0.02, 0.008, 0.02), "marking"))
        for yy in (-0.15, 0.18):
            parts.append(sphere(1.0, back @ at(x, 0.1, -yy) @ scl(0.02, 0.008, 0.02), "marking"))
    for s, slot in ((-1, "card-red"), (1, "cloth-yellow")):  # the cushions
        m = at(s * (Lm / 2 - 0.22), 0.37, -0.12) @ rot("x", -18) @ rot("z", s * 10)
        parts.append(pillow(0.36, 0.36, 0.14, m, slot))
    return parts


# ---- 606 dressing table ----------------------------------------------------------------------


def _dressing_table(rng: Rng) -> list[Part]:
    """A dressing table (a vanity): a top over a bank of drawers on each side and a knee hole
    between, a big oval mirror standing on it in its frame between two posts, a few scent
    bottles with silver stoppers on the top and a round upholstered stool before it."""
    W, D, H = 1.3, 0.46, 0.74
    parts = [box(W, 0.035, D, at(0, H - 0.035, 0), 0, "body")]
    for s in (-1, 1):  # the banks of drawers
        x = s * (W / 2 - 0.19)
        parts.append(box(0.36, H - 0.095, D - 0.03, at(x, 0.06, 0), 0))
        for cx in (x - 0.15, x + 0.15):
            for z in (-D / 2 + 0.05, D / 2 - 0.05):
                parts.append(cylinder(0.025, 0.018, 0.06, at(cx, 0, z), 0))
        parts.append(box(0.34, H - 0.13, 0.01, at(x, 0.07, D / 2 - 0.018), "marking"))
        for k in range(3):
            y0 = 0.08 + 0.2 * k
            parts.append(box(0.32, 0.18, 0.02, at(x, y0, D / 2 - 0.012), 0))
            parts.append(sphere(0.022, at(x, y0 + 0.09, D / 2 + 0.012), 1))
    parts.append(box(W - 0.72, 0.1, D - 0.04, at(0, H - 0.135, 0), 0))  # the middle drawer
    parts.append(box(W - 0.74, 0.1, 0.01, at(0, H - 0.135, D / 2 - 0.025), "marking"))
    parts.append(box(W - 0.76, 0.08, 0.02, at(0, H - 0.125, D / 2 - 0.022), 0))
    parts.append(sphere(0.02, at(0, H - 0.085, D / 2 - 0.003), 1))
    # the mirror: an oval frame between two posts on a plinth at the back of the top
    yc, zm = H + 0.5, -D / 2 + 0.1
    parts.append(box(0.9, 0.05, 0.16, at(0, H, zm), 0))
    for s in (-1, 1):
        parts.append(box(0.05, 0.58, 0.05, at(s * 0.42, H + 0.04, zm), 0))
        parts.append(sphere(0.04, at(s * 0.42, H + 0.66, zm), 0))
        parts.append(cylinder(0.02, 0.02, 0.06, at(s * 0.37, yc, zm) @ rot("z", s * 90), 1))
    oval = ellipse(0.33, 0.46, 40)
    ring = [(0.9, -0.025), (1.0, -0.025), (1.02, 0.0), (1.0, 0.025), (0.9, 0.025)]
    parts.append(lathe(ring, at(0, yc, zm) @ _FACING, 0, closed=True, shape=oval))
    parts.append(lathe([(0.0, -0.01), (0.92, -0.01), (0.92, 0.012), (0.0, 0.012)],
                       at(0, yc, zm) @ _FACING, "mirror", shape=oval))  # fmt: skip
    bottles = [(-0.5, 0.02, "card-red", 0.05, 0.1), (-0.4, 0.08, "plume", 0.035, 0.14),
               (0.45, 0.06, "eraser", 0.045, 0.09)]  # fmt: skip
    for x, z, slot, r, h in bottles:  # scent bottles with their stoppers
        m = at(x + float(rng.uniform(-0.02, 0.02)), H, z)
        prof = [(0.0, 0.0), (r, 0.0), (r, h * 0.7), (r * 0.4, h), (0.0, h)]
        parts.append(lathe(prof, m, slot, sides=8))
        parts.append(sphere(0.02, m @ at(0, h + 0.015, 0), "steel"))
    parts.append(box(0.14, 0.06, 0.1, at(0.28, H, 0.05), 1))  # a jewellery box
    # the stool
    sz = D / 2 + 0.3
    for a in (45, 135, 225, 315):
        t = np.radians(a)
        foot = (0.17 * np.cos(t), 0.0, sz + 0.17 * np.sin(t))
        parts.append(stick(foot, (0.12 * np.cos(t), 0.4, sz + 0.12 * np.sin(t)), 0.018, 0))
    seat = [(0.0, 0.0), (0.19, 0.0), (0.21, 0.04), (0.2, 0.08), (0.15, 0.1), (0.0, 0.105)]
    parts.append(lathe(seat, at(0, 0.38, sz), 1))
    return parts


# ---- 607 shoe rack ---------------------------------------------------------------------------


def _sneaker(m: np.ndarray, slot) -> list[Part]:
    """A sneaker under ``m``, its toe toward +z: a thick white sole, a rounded upper of
    ``slot`` rising to a padded collar round its opening, and white laces across it."""
    L, w, h, back, y0 = 0.28, 0.105, 0.11, 0.45, 0.03
    parts = [_sole(L, w, y0 + 0.005, m, "snow")]
    parts.append(_upper(L * 0.97, w * 0.94, h, back, m @ at(0, y0 - 0.002, 0), slot))
    toe = [(x, y0 + 0.01, z) for x, z in _foot(L * 0.99, w * 0.99, 12) if z > 0.02]
    parts.append(band(toe, 0.03, 0.008, (0.0, 1.0, 0.0), "snow").moved(m))  # the toe's rubber
    z0, reach = -back * L / 2, L * 0.97 / 2 * (1 + back)
    parts.append(slab(ellipse(0.04, 0.056), 0.01, m @ at(0, y0 + h + 0.005, z0) @ _FACING, "pupil"))
    collar = [(0.8, -0.012), (1.0, -0.012), (1.05, 0.0), (1.0, 0.012), (0.8, 0.012)]
    parts.append(lathe(collar, m @ at(0, y0 + h + 0.004, z0), slot, closed=True,
                       shape=ellipse(0.048, 0.064, 12)))  # fmt: skip
    for z in (-0.01, 0.02, 0.05):  # the laces, across its instep
        y = y0 + h * float(np.interp((z - z0) / reach, [r for r, _ in _DOME[::-1]],
                                     [t for _, t in _DOME[::-1]]))  # fmt: skip
        parts.append(box(0.065, 0.01, 0.014, m @ at(0, y - 0.002, z) @ rot("x", 20), "snow"))
    return parts


def _heel(m: np.ndarray, slot) -> list[Part]:
    """A high-heeled court shoe under ``m``, its toe toward +z: its sole arching from the
    raised heel down to the ball of the foot, a pointed closed toe, a low back round the heel
    and a thin stiletto under it."""
    arch = [(0, 0.11, -0.12), (0, 0.095, -0.06), (0, 0.04, 0.0), (0, 0.01, 0.05), (0, 0.006, 0.13)]
    parts = [band(arch, [0.06, 0.055, 0.06, 0.075, 0.06], 0.012, (1.0, 0.0, 0.0), slot)]
    toe = [(1.0, 0.0), (0.95, 0.02), (0.7, 0.045), (0.0, 0.055)]
    parts.append(lathe(toe, m @ at(0, 0.006, 0.07) @ scl(0.04, 1.0, 0.075), slot))
    back = [(0.032 * np.sin(t), 0.12, -0.11 - 0.03 * np.cos(t))
            for t in np.linspace(-np.pi / 2, np.pi / 2, 7)]  # fmt: skip
    parts.append(band(back, 0.04, 0.008, (0.0, 1.0, 0.0), slot))
    parts.append(cylinder(0.007, 0.013, 0.105, m @ at(0, 0.0, -0.125), slot))
    return [parts[0].moved(m), parts[1], parts[2].moved(m), parts[3]]


def _boot(m: np.ndarray, slot) -> list[Part]:
    """An ankle boot under ``m``, its toe toward +z: a rounded foot on a dark sole and block
    heel, a tall shaft rising over the heel to its opening, a pull tab at its back."""
    L, w = 0.28, 0.11
    parts = [_sole(L, w, 0.025, m, "marking")]
    parts.append(box(0.07, 0.03, 0.06, m @ at(0, 0.0, -0.1), "marking"))
    parts.append(_upper(L * 0.97, w * 0.95, 0.1, 0.0, m @ at(0, 0.024, 0), slot))
    shaft = [(1.0, 0.0), (1.0, 0.12), (0.95, 0.2), (0.97, 0.24), (0.0, 0.245)]
    parts.append(lathe(shaft, m @ at(0, 0.025, -0.055), slot, shape=ellipse(0.052, 0.075, 16)))
    parts.append(slab(ellipse(0.042, 0.061), 0.01, m @ at(0, 0.268, -0.055) @ _FACING, "pupil"))
    parts.append(box(0.03, 0.06, 0.01, m @ at(0, 0.22, -0.132), slot))
    return parts


def _shoe_rack(rng: Rng) -> list[Part]:
    """A shoe rack: three tiers of slats between two end frames, pairs of shoes standing on
    them toes out: ankle boots below, sneakers in the middle, and sneakers and red high heels
    on top."""
    W, D = 1.1, 0.34
    ys = (0.06, 0.36, 0.66)
    parts = []
    for s in (-1, 1):  # the end frames
        x = s * (W / 2 - 0.02)
        for z in (-D / 2 + 0.02, D / 2 - 0.02):
            parts.append(box(0.04, ys[-1] + 0.04, 0.04, at(x, 0, z), 0, "body" if s < 0 else ""))
    for y in ys:  # the tiers
        for s in (-1, 1):
            parts.append(box(0.05, 0.035, D, at(s * (W / 2 - 0.02), y - 0.01, 0), 0))
        for z in np.linspace(-D / 2 + 0.03, D / 2 - 0.03, 4):
            parts.append(box(W - 0.04, 0.025, 0.04, at(0, y, z), 0))
    top = ys[-1] + 0.025
    pairs = [(ys[0] + 0.025, -0.26, _boot, "cork"), (ys[0] + 0.025, 0.24, _boot, "cloth-dark"),
             (ys[1] + 0.025, -0.25, _sneaker, 1), (ys[1] + 0.025, 0.25, _sneaker, "plume"),
             (top, -0.25, _sneaker, "snow"), (top, 0.25, _heel, "card-red")]  # fmt: skip
    for y, x, shoe, slot in pairs:
        for s in (-1, 1):
            turn = float(rng.uniform(-6, 6))
            parts += shoe(at(x + s * 0.075, y, 0.02) @ rot("y", turn), slot)
    return parts


# ---- 608 coat hooks --------------------------------------------------------------------------


def _coat(m: np.ndarray) -> list[Part]:
    """A coat hung by its collar from a hook at 0 under ``m``: its shoulders falling away from
    the hook into a long body flaring to the hem, sleeves hanging down its sides, lapels and
    a row of buttons down its front."""
    prof = [(0.0, 0.0), (0.22, 0.0), (0.22, 0.03), (0.2, 0.35), (0.18, 0.6), (0.17, 0.66),
            (0.12, 0.71), (0.04, 0.74), (0.0, 0.745)]  # fmt: skip
    y0 = -0.75
    parts = [lathe(prof, at(0, y0, 0) @ scl(1.0, 1.0, 0.42), "plume")]
    for s in (-1, 1):
        sleeve = [
            (s * 0.15, y0 + 0.66, 0.0),
            (s * 0.2, y0 + 0.5, 0.01),
            (s * 0.215, y0 + 0.25, 0.02),
        ]
        parts.append(tube(sleeve, [0.05, 0.055, 0.05], slot="plume"))
        parts.append(cylinder(0.054, 0.054, 0.04, at(s * 0.215, y0 + 0.22, 0.02), "plume"))
        lapel = [(s * 0.07, y0 + 0.72, 0.02), (s * 0.04, y0 + 0.5, 0.075)]
        parts.append(tube(lapel, 0.014, slot="plume", shape=ellipse(1.6, 0.5, 8)))
    parts.append(box(0.008, 0.5, 0.01, at(0, y0 + 0.02, 0.083), "marking"))
    for k in range(4):
        parts.append(sphere(0.016, at(0.025, y0 + 0.1 + 0.11 * k, 0.085), "marking"))
    return [p.moved(m) for p in parts]


def _hat(m: np.ndarray) -> list[Part]:
    """A trilby hat under ``m`` (hung by its brim, its crown toward +y): a round brim, a
    pinched crown and a band round it."""
    parts = [cylinder(0.17, 0.17, 0.014, m @ scl(1.0, 1.0, 0.9), "cloth-dark")]
    crown = [(0.0, 0.0), (0.1, 0.0), (0.1, 0.08), (0.085, 0.12), (0.05, 0.13), (0.0, 0.115)]
    parts.append(lathe(crown, m @ scl(1.0, 1.0, 0.85), "cloth-dark"))
    parts.append(cylinder(0.102, 0.102, 0.03, m @ at(0, 0.012, 0) @ scl(1.0, 1.0, 0.85),
                          "card-red"))  # fmt: skip
    return parts


def _coat_hooks(rng: Rng) -> list[Part]:
    """Coat hooks: a wooden rail screwed to a patch of wall, a row of four curling hooks along
    it; a long coat hangs from the first, a hat from the second and a tote bag by its handles
    from the last."""
    Ww, Hw = 1.3, 1.45
    parts = [box(Ww, Hw, 0.06, at(0, 0, -0.06), "plaster")]
    yr = 1.22
    parts.append(box(1.3, 0.13, 0.03, at(0, yr - 0.065, 0.015), 0, "body"))
    xs = (-0.48, -0.16, 0.16, 0.48)
    for x in xs:  # the hooks: a round foot and a curl ending in a ball
        parts.append(cylinder(0.035, 0.03, 0.015, at(x, yr, 0.03) @ _FACING, 1))
        curl = [(x, yr, 0.03), (x, yr - 0.005, 0.1), (x, yr - 0.045, 0.15), (x, yr - 0.02, 0.19),
                (x, yr + 0.03, 0.19)]  # fmt: skip
        parts.append(tube(curl, 0.014, slot=1))
        parts.append(sphere(0.024, at(x, yr + 0.035, 0.19), 1))
    parts += _coat(at(xs[0], yr - 0.04, 0.15) @ scl(1.2))
    tilt = float(rng.uniform(55, 70))
    parts += _hat(at(xs[1], yr - 0.2, 0.2) @ rot("x", tilt))
    # the tote bag: a soft body hanging below the last hook by its two handles
    xb, yb = xs[3], yr - 0.62
    bag = _pad(0.36, 0.08, 0.38, at(xb, yb + 0.19, 0.1) @ _FACING @ at(0, -0.04, 0),
               "card-red", corner=0.1, puff=0.3)  # fmt: skip
    parts.append(bag)
    for dx in (-0.1, 0.1):
        handle = [(xb + dx * 1.3, yb + 0.37, 0.1), (xb + dx * 0.8, yb + 0.5, 0.12),
                  (xb, yr - 0.02, 0.15)]  # fmt: skip
        parts.append(tube(handle, 0.012, slot="cork"))
    return parts


# ---- 609 doorbell ----------------------------------------------------------------------------


def _bell_outline() -> list[tuple[float, float]]:
    """A bell's outline about 1 high round 0: a dome flaring to a wide lip."""
    return [(-0.5, -0.35), (0.5, -0.35), (0.42, -0.22), (0.33, 0.05), (0.26, 0.3),
            (0.1, 0.45), (-0.1, 0.45), (-0.26, 0.3), (-0.33, 0.05), (-0.42, -0.22)]  # fmt: skip


def _doorbell(rng: Rng) -> list[Part]:
    """A doorbell push on a piece of door frame: a brass plate with a big round button in a
    glowing ring, a bell pictured on the button, and a name card in a little window below."""
    Hf = 0.72
    parts = [box(0.4, Hf, 0.08, at(0, 0, -0.08), 0, "body")]  # the frame
    parts.append(box(0.05, Hf, 0.03, at(-0.175, 0, 0.0), 0))  # its bead toward the door
    parts.append(box(0.22, Hf, 0.05, at(-0.31, 0, -0.16), "glaze"))  # the door
    parts.append(box(0.22, Hf, 0.05, at(0.31, 0, -0.12), "plaster"))  # the wall
    yc, xc = 0.4, 0.025
    parts.append(_pad(0.27, 0.03, 0.44, at(xc, yc, 0.0) @ _FACING, 1, corner=0.25, puff=0.2))
    button = at(xc, yc + 0.06, 0.03) @ _FACING
    parts.append(torus(0.1, 0.014, button, 1))  # the bezel
    parts.append(cylinder(0.094, 0.094, 0.014, button, "glow"))  # the lit ring
    push = [(0.0, 0.0), (0.075, 0.0), (0.075, 0.025), (0.065, 0.042), (0.0, 0.048)]
    parts.append(lathe(push, button, "sclera"))
    bell = at(xc, yc + 0.064, 0.079) @ scl(0.085, 0.085, 1.0)
    parts.append(slab(sharp(_bell_outline()), 0.006, bell, "marking"))
    parts.append(sphere(1.0, bell @ at(0, -0.43, 0) @ scl(0.12, 0.12, 0.004), "marking"))
    card = at(xc, yc - 0.12, 0.03)
    parts.append(box(0.2, 0.075, 0.01, card, 1))
    parts.append(box(0.18, 0.056, 0.012, card @ at(0, 0.0095, 0), "pages"))
    parts += paint_text("MILLER", card @ at(0, 0.0375, 0.0065), 0.03, "marking", 0.14)
    for y in (yc - 0.18, yc + 0.18):  # screws
        parts.append(cylinder(0.011, 0.011, 0.034, at(xc, y, 0.0) @ _FACING, "steel"))
    del rng
    return parts


# ---- 610 key ring ----------------------------------------------------------------------------


def _yale_key(m: np.ndarray, slot, round_bow: bool, tag: str = "") -> list[Part]:
    """A flat cylinder-lock key under ``m``, its hole at 0 and its blade hanging down -y: a
    broad bow (round or square-cornered), a shoulder, a grooved blade with cut teeth."""

    def contours(n: int) -> list[np.ndarray]:
        if round_bow:
            bow = disc((0.0, -0.06), 0.09, max(n, 16))
        else:
            bow = rrect(0.19, 0.17, 0.05, 4) + np.array((0.0, -0.055))
        teeth = [(0.035, -0.47)]
        for k, y in enumerate(np.linspace(-0.44, -0.21, 8)):
            teeth.append((0.035 if k % 2 else 0.012, y))
        blade = [(-0.035, -0.14), (-0.035, -0.49), (0.0, -0.535), *teeth, (0.035, -0.18),
                 (0.055, -0.17), (0.055, -0.14)]  # fmt: skip
        return [bow, np.array(blade), disc((0.0, 0.0), 0.022, 12, cut=True)]

    parts = [flat_solid(contours, 0.02, m @ at(0, 0, -0.01), slot, tag)]
    parts.append(box(0.012, 0.3, 0.004, m @ at(-0.012, -0.49, 0.011), "marking"))
    return parts


def _old_key(m: np.ndarray, slot) -> list[Part]:
    """A big old warded key under ``m``, its bow at 0 and its shank hanging down -y: a round
    bow, a long round shank with a collar, a notched bit standing off one side at its end."""
    parts = [torus(0.07, 0.016, m @ at(0, -0.045, 0) @ _FACING, slot)]
    parts.append(cylinder(0.02, 0.018, 0.6, m @ at(0, -0.75, 0), slot))
    parts.append(torus(0.022, 0.01, m @ at(0, -0.2, 0), slot))
    parts.append(sphere(0.022, m @ at(0, -0.75, 0), slot))
    bit = [(0.0, -0.72), (0.13, -0.72), (0.13, -0.68), (0.09, -0.68), (0.09, -0.655),
           (0.13, -0.655), (0.13, -0.6), (0.0, -0.6)]  # fmt: skip
    parts.append(flat_solid(lambda n: [np.array(bit)], 0.03, m @ at(0, 0, -0.015), slot))
    return parts


def _car_key(m: np.ndarray) -> list[Part]:
    """A car key under ``m``, hanging from a small loop at 0: a black plastic fob with its
    lock and unlock buttons, the metal key blade folding out of its foot."""
    parts = [torus(0.03, 0.008, m @ at(0, -0.02, 0) @ _FACING, "steel")]
    fob = m @ at(0, -0.19, 0) @ _FACING @ at(0, -0.025, 0)
    parts.append(_pad(0.13, 0.05, 0.26, fob, "cloth-dark", corner=0.45, puff=0.25))
    for k, y in enumerate((-0.13, -0.2)):
        parts.append(cylinder(0.03, 0.028, 0.012, m @ at(0, y, 0.022) @ _FACING, "steel"))
        parts.append(box(0.02 if k else 0.012, 0.012, 0.004,
                         m @ at(0, y - 0.006, 0.034), "marking"))  # fmt: skip
    parts.append(cylinder(0.018, 0.018, 0.01, m @ at(0, -0.27, 0.022) @ _FACING, "card-red"))
    blade = [(-0.02, -0.31), (0.02, -0.31), (0.02, -0.52), (0.0, -0.55), (-0.02, -0.52)]
    parts.append(slab(sharp(blade), 0.015, m, "steel"))
    parts.append(box(0.008, 0.18, 0.003, m @ at(0, -0.51, 0.008), "marking"))
    return parts


def _key_ring(rng: Rng) -> list[Part]:
    """A bunch of keys on a split ring: a double coil of steel wire and, hanging from it in a
    fan, a square-bowed cylinder key, a round-bowed one, a big old warded key and a car key's
    black fob."""
    c = v3(0.0, 1.25, 0.0)
    R = 0.17
    n = v3(np.sin(np.radians(70)), 0.0, np.cos(np.radians(70)))  # the ring's axis
    e1, e2 = v3(0.0, 1.0, 0.0), np.cross(n, v3(0.0, 1.0, 0.0))
    t = np.linspace(0.0, 4 * np.pi, 27)
    coil = [c + R * (np.cos(a) * e1 + np.sin(a) * e2) + n * (0.017 * a / (2 * np.pi)) for a in t]
    parts = [tube(coil, 0.009, slot="steel")]
    spread = float(rng.uniform(0.9, 1.1))
    keys = [(-0.3, -38), (-0.12, -13), (0.1, 12), (0.28, 36)]
    for i, (da, fan) in enumerate(keys):
        a = np.pi + da
        hole = c + R * (np.cos(a) * e1 + np.sin(a) * e2)
        m = at(*hole) @ rot("z", fan * spread)
        if i == 0:
            parts += _yale_key(m, 0, False, "body")
        elif i == 1:
            parts += _old_key(m, 1)
        elif i == 2:
            parts += _car_key(m)
        else:
            parts += _yale_key(m, 0, True)
    return parts


# ---- 611 pram --------------------------------------------------------------------------------


def _spoked_wheel(c, r: float, slot=1) -> list[Part]:
    """A pram's wheel at c facing the viewer (its axle along z): a thin dark tyre on a metal
    rim, a hub and twelve wire spokes."""
    m = at(*c) @ _FACING
    parts = [torus(r, 0.022, m, "pupil"), torus(r - 0.025, 0.008, m, slot)]
    parts.append(cylinder(0.035, 0.035, 0.05, m @ at(0, -0.025, 0), slot))
    for k in range(12):
        a = 180.0 * k / 12
        parts.append(box(0.007, 2 * (r - 0.03), 0.007, at(*c) @ rot("z", a) @ at(0, -(r - 0.03), 0),
                         slot))  # fmt: skip
    return parts


def _pram(rng: Rng) -> list[Part]:
    """A pram (a baby carriage): a deep bassinet body with a blanket over its foot, a folding
    hood of pleated fabric raised over its head end, slung on curved springs over a chassis
    on four big spoked wheels, a curved push handle rising behind the hood."""
    y0, h = 0.55, 0.36  # the body's bottom and depth
    shape = rrect(0.84, 0.46, 0.16, 5)
    body = [(0.0, 0.0), (0.82, 0.0), (0.95, 0.05), (1.0, 0.2), (1.02, h), (0.0, h)]
    parts = [lathe(body, at(0, y0, 0), 0, "body", shape=shape)]
    rim = np.concatenate([shape, shape[:1]])
    parts.append(tube([(x * 1.02, y0 + h, -z * 1.02) for x, z in rim], 0.02, slot=1))
    parts.append(_pad(0.42, 0.04, 0.44, at(0.2, y0 + h - 0.01, 0), "sheet", corner=0.2, puff=0.2))
    # the hood: pleats round a hinge across the body, folded back over its head end
    hx, hy = -0.1, y0 + h
    open_to = float(rng.uniform(0, 10))
    for phi in np.linspace(open_to, 80, 5):
        p = np.radians(phi)
        d = v3(-np.sin(p), np.cos(p), 0.0)
        arc = [v3(hx, hy, 0) + 0.245 * np.cos(s) * v3(0, 0, 1) + 0.34 * np.sin(s) * d
               for s in np.linspace(0, np.pi, 9)]  # fmt: skip
        across = v3(-np.cos(p), -np.sin(p), 0.0)
        parts.append(band(arc, 0.13, 0.02, across, 0))
    for s in (-1, 1):
        parts.append(cylinder(0.04, 0.04, 0.02, at(hx, hy, s * 0.25) @ rot("x", s * 90), 1))
    # the chassis: a bar along each side, springs up to the body, axles and wheels
    for s in (-1, 1):
        z = s * 0.2
        bar = [(-0.36, 0.3, z), (-0.15, 0.36, z), (0.15, 0.36, z), (0.38, 0.28, z)]
        parts.append(tube(bar, 0.016, slot=1))
        for x0, x1 in ((-0.36, -0.24), (0.38, 0.26)):
            spring = [(x0, 0.3, z), (x0 + (x1 - x0) * 0.2, 0.45, z), (x1, 0.52, z),
                      (x1 - (x1 - x0) * 0.4, y0 + 0.02, z)]  # fmt: skip
            parts.append(tube(spring, [0.014, 0.016, 0.016, 0.012], slot=1))
    wheels = [(-0.38, 0.27), (0.38, 0.23)]
    for x, r in wheels:
        parts.append(cylinder(0.012, 0.012, 0.68, at(x, r + 0.022, -0.34) @ _FACING, 1))
        for s in (-1, 1):
            parts += _spoked_wheel((x, r + 0.022, s * 0.32), r)
    for s in (-1, 1):  # the push handle
        z = s * 0.2
        grip = [(-0.36, 0.3, z), (-0.5, 0.6, z), (-0.6, 0.95, z), (-0.72, 1.2, z),
                (-0.78, 1.24, z)]  # fmt: skip
        parts.append(tube(grip, 0.017, slot=1))
    parts.append(cylinder(0.028, 0.028, 0.46, at(-0.78, 1.24, -0.23) @ _FACING, "cloth-dark"))
    return parts


MORE_APPLIANCES_ZD = {
    600: _hot_tub, 601: _sun_lounger, 602: _ceiling_light, 603: _lava_lamp, 604: _bean_bag,
    605: _futon, 606: _dressing_table, 607: _shoe_rack, 608: _coat_hooks, 609: _doorbell,
    610: _key_ring, 611: _pram,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
