"""More of the device family's appliances, from 612: a toothbrush, a hairbrush, a mop and
bucket, a hard hat, clothes pegs, a jerry can, a hot water bottle, a table under its
tablecloth, drinking straws in a glass, a game console, a safety razor and a lanyard.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, Sweep, align, at, rot, scl, v3
from ._kit import (
    ALONG_Z,
    FLAT_UP,
    HEX,
    castor,
    crisp,
    loft,
    pt,
    rect,
    rrect,
    rrect_outline,
    solid,
    unit,
)
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import ellipsoid as blob
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZE"]

Rng = np.random.Generator


def _ellipse(a: float, b: float, n: int = 16) -> np.ndarray:
    """An ellipse of half axes a (x) and b (y) as n points counter-clockwise."""
    t = np.arange(n) * (2 * np.pi / n)
    return np.stack([a * np.cos(t), b * np.sin(t)], 1)


def _fixed(sweep: Sweep, m: np.ndarray, slot=0, tag: str = "") -> Part:
    """A part whose sweep is the same at every detail (a pin, a stripe)."""
    return Part(lambda k: sweep, m, slot, tag)


# ---- 612 toothbrush ---------------------------------------------------------------------------


def _toothbrush(rng: Rng) -> list[Part]:
    """A toothbrush lying on its back: a long slim handle with a rubber thumb grip, a narrow
    neck rising to a small head, a block of tufts (white and coloured) and a striped curl of
    paste squeezed along their tops."""
    flat = _ellipse(1.0, 0.55)
    handle = [(-0.8, 0.036, 0.0), (-0.5, 0.04, 0.0), (-0.15, 0.045, 0.0), (0.12, 0.055, 0.0),
              (0.3, 0.075, 0.0), (0.46, 0.085, 0.0)]  # fmt: skip
    parts = [tube(handle, [0.062, 0.07, 0.064, 0.045, 0.03, 0.036], None, 0, "body", flat)]
    parts.append(slab(lambda n: _ellipse(0.18, 0.07, n), 0.05, at(0.6, 0.09, 0) @ FLAT_UP, 0))
    # the thumb grip: a rubber pad ribbed across and rubber sides
    parts.append(sphere(1.0, at(-0.04, 0.072, 0) @ scl(0.17, 0.022, 0.045), 1))
    for k in range(6):
        parts.append(box(0.014, 0.012, 0.07, at(-0.14 + 0.04 * k, 0.082, 0), 1))
    for s in (-1, 1):
        parts.append(sphere(1.0, at(-0.3, 0.042, s * 0.058) @ scl(0.16, 0.022, 0.022), 1))
    # the tufts, rising a little toward the tip
    for x in np.linspace(0.47, 0.73, 7):
        for z in (-0.045, 0.0, 0.045):
            if (x - 0.6) ** 2 / 0.15**2 + z**2 / 0.06**2 > 1.0:
                continue
            h = 0.11 + 0.04 * (x - 0.47) + float(rng.uniform(0.0, 0.006))
            parts.append(cylinder(0.017, 0.02, h, at(x, 0.1, z), "plume" if z == 0.0 else "snow"))
    # the paste: a fat white curl with a red and a blue stripe along it
    y = 0.255
    path = [(0.46, y, 0.0), (0.54, y + 0.012, 0.008), (0.62, y + 0.008, -0.008),
            (0.7, y + 0.018, 0.0), (0.76, y + 0.05, 0.0)]  # fmt: skip
    parts.append(tube(path, [0.04, 0.046, 0.046, 0.04, 0.0], slot="snow"))
    for s, slot in ((-1, "card-red"), (1, "plume")):
        stripe = [(x, yy + 0.022, z + s * 0.03) for x, yy, z in path[:-1]]
        parts.append(tube(stripe, [0.013, 0.016, 0.016, 0.008], slot=slot))
    return parts


# ---- 613 hairbrush ----------------------------------------------------------------------------


def _pin(h: float) -> Sweep:
    """A brush's ball-tipped pin h tall standing on 0: a thin six-sided shaft and its knob."""
    ys = [0.0, h - 0.016, h - 0.008, h, h + 0.008]
    rs = [0.006, 0.006, 0.014, 0.016, 0.01]
    n = len(ys)
    c = np.array([[0.0, y, 0.0] for y in [ys[0], *ys, ys[-1]]])
    u = np.tile([1.0, 0.0, 0.0], (n + 2, 1))
    v = np.tile([0.0, 0.0, -1.0], (n + 2, 1))
    return Sweep(c, u, v, np.array([0.0, *rs, 0.0]), HEX)


def _hairbrush(rng: Rng) -> list[Part]:
    """A paddle hairbrush lying on its back: a broad oval head, a dark cushion pad set in it
    bristling with rows of ball-tipped pins, and a long flat handle with a hanging hole."""
    a, b = 0.3, 0.24
    parts = [sphere(1.0, at(0.28, 0.05, 0) @ scl(a, 0.05, b), 0, "body")]
    parts.append(sphere(1.0, at(0.28, 0.085, 0) @ scl(a - 0.035, 0.028, b - 0.035), "cloth-dark"))
    flat = _ellipse(1.0, 0.45)
    handle = [(0.05, 0.045, 0.0), (-0.2, 0.035, 0.0), (-0.5, 0.034, 0.0), (-0.72, 0.036, 0.0)]
    parts.append(tube(handle, [0.07, 0.055, 0.06, 0.065], slot=0, shape=flat))
    parts.append(slab(lambda n: _ellipse(0.03, 0.018, n), 0.062, at(-0.66, 0.036, 0) @ FLAT_UP,
                      "pupil"))  # fmt: skip
    pin = _pin(0.1)
    step = 0.042
    for i in range(-7, 8):
        for j in range(-6, 7):
            x, z = i * step + (j % 2) * step / 2, j * step * 0.87
            e = (x / (a - 0.06)) ** 2 + (z / (b - 0.06)) ** 2
            if e > 1.0:
                continue
            y0 = 0.085 + 0.028 * np.sqrt(max(1.0 - e, 0.0)) - 0.01
            tilt = rot("z", float(rng.uniform(-3, 3))) @ rot("x", float(rng.uniform(-3, 3)))
            parts.append(_fixed(pin, at(0.28 + x, y0, z) @ tilt, 1))
    return parts


# ---- 614 mop and bucket -----------------------------------------------------------------------


def _rim_hit(c: np.ndarray, d: np.ndarray, a: float, b: float, p: float = 4.0) -> float:
    """How far from (x, z) c along d the superellipse |x/a|^p + |z/b|^p = 1 lies."""
    t = np.linspace(0.0, 2.0 * max(a, b), 400)
    q = c + t[:, None] * d
    inside = np.abs(q[:, 0] / a) ** p + np.abs(q[:, 1] / b) ** p < 1.0
    return float(t[np.nonzero(inside)[0][-1]]) if inside.any() else 0.0


def _mop_bucket(rng: Rng) -> list[Part]:
    """A mop and bucket: a squarish plastic bucket on castors, a wringer's press with its
    lever on its back half, and a string mop on a long handle leaning in it, its thick cotton
    strands flopping over the rim."""
    A, B, H = 0.5, 0.36, 0.62
    shape = rrect(2 * A, 2 * B, 0.13)
    wall = [(0.0, 0.07), (0.86, 0.07), (1.0, H), (0.96, H), (0.84, 0.11), (0.0, 0.11)]
    parts = [lathe(wall, None, 0, "body", shape=shape)]
    parts.append(lathe([(0.97, H - 0.02), (1.04, H - 0.02), (1.04, H + 0.01), (0.97, H + 0.01)],
                       None, 0, closed=True, shape=shape))  # the rolled rim # fmt: skip
    parts.append(cylinder(0.26, 0.26, 0.012, at(0, 0.4, 0.08) @ scl(1.6, 1, 0.8), "rain"))
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts += castor(sx * 0.38, sz * 0.26, 0.04, 0.0, 1)
    # the wringer over the back half: two side cheeks, a press plate and a lever
    zw = -0.18
    for sx in (-1, 1):
        parts.append(box(0.035, 0.26, 0.3, at(sx * 0.27, H - 0.14, zw), 1))
    parts.append(box(0.56, 0.06, 0.06, at(0, H + 0.08, zw - 0.12), 1))
    parts.append(box(0.5, 0.16, 0.035, at(0, H - 0.08, zw + 0.06) @ rot("x", -10), 1))
    lever = [(0.28, H + 0.06, zw), (0.3, H + 0.35, zw - 0.08), (0.3, H + 0.6, zw - 0.16)]
    parts.append(tube(lever, 0.022, slot=1))
    parts.append(stick((0.3, H + 0.6, zw - 0.16), (0.0, H + 0.6, zw - 0.16), 0.026, 1))
    # the mop: a long handle leaning back, its collar low in the bucket's front half
    collar = v3(-0.06, H + 0.04, 0.1)
    top = v3(-0.32, 1.65, -0.32)
    parts.append(stick(collar, top, 0.028, 1))
    parts.append(cylinder(0.045, 0.03, 0.08, at(*collar) @ align(top - collar), "steel"))
    c2 = np.array([collar[0], collar[2]])
    n = 26
    for k in range(n):
        a = np.radians(10 + 190 * (k + float(rng.uniform(-0.4, 0.4))) / (n - 1))
        d = np.array([np.cos(a), np.sin(a)])
        side = np.array([-d[1], d[0]]) * float(rng.uniform(-0.06, 0.06))
        reach = _rim_hit(c2, d, A * 1.02, B * 1.02)
        rx, rz = c2 + d * (reach + 0.03)
        ox, oz = c2 + d * (reach + float(rng.uniform(0.06, 0.12))) + side
        drop = float(rng.uniform(0.08, 0.42))
        tx, tz = np.array([ox, oz]) + d * float(rng.uniform(0.0, 0.08)) + side
        mid = c2 + d * reach * 0.5
        strand = [collar, (mid[0], H + 0.1, mid[1]), (rx, H + 0.06, rz), (ox, H - 0.06, oz),
                  (tx, H - 0.06 - drop, tz)]  # fmt: skip
        parts.append(tube(strand, [0.026, 0.03, 0.03, 0.028, 0.022], slot="sheet"))
    return parts


# ---- 615 hard hat -----------------------------------------------------------------------------

_HAT = [(0.0, 0.02), (0.335, 0.02), (0.34, 0.12), (0.325, 0.22), (0.28, 0.31), (0.19, 0.38),
        (0.08, 0.415), (0.0, 0.42)]  # fmt: skip
"""The hard hat's shell: (radius, height) from its rim to its crown."""
_HAT_LONG = 1.18
"""How much longer than wide the shell is (front to back)."""


def _hat_height(r: float) -> float:
    """The shell's height at radius r from its axis (across its width)."""
    rs = [p[0] for p in _HAT[1:]][::-1]
    ys = [p[1] for p in _HAT[1:]][::-1]
    return float(np.interp(r, rs, ys))


def _hard_hat(rng: Rng) -> list[Part]:
    """A construction hard hat: a smooth domed shell, longer than wide, a raised ridge over
    its crown from front to back and a lower one each side, a short peak at the front and a
    narrow rim all round."""
    oval = scl(1.0, 1.0, _HAT_LONG)
    parts = [lathe(_HAT, oval, 0, "body")]
    t = np.arange(40) * (2 * np.pi / 40)
    r = 0.37 + 0.17 * np.clip(np.sin(t), 0.0, None) ** 3  # longer toward +z: the peak
    brim = np.stack([r * np.cos(t), -r * _HAT_LONG * np.sin(t)], 1)  # (x, -z): the lathe's frame
    parts.append(lathe([(0.0, 0.0), (1.0, 0.0), (1.0, 0.03), (0.0, 0.03)], None, 0, shape=brim))
    for x, rad in ((0.0, 0.048), (-0.14, 0.02), (0.14, 0.02)):
        pts = []
        for zz in np.linspace(-0.33, 0.33, 9):
            rr = float(np.hypot(x, zz / _HAT_LONG))
            pts.append((x, _hat_height(rr) + 0.006, zz * _HAT_LONG))
        parts.append(tube(pts, rad, slot=0, shape=_ellipse(1.0, 0.7)))
    del rng
    return parts


# ---- 616 clothes pegs -------------------------------------------------------------------------

_JAW = [(0.0, 0.004), (0.06, 0.004), (0.2, 0.0), (0.75, 0.0), (0.75, 0.062), (0.45, 0.07),
        (0.22, 0.07), (0.1, 0.05), (0.0, 0.035)]  # fmt: skip
"""One jaw of a clothes peg seen from its side: its tip at x = 0, its inner face along y = 0."""


def _coil(a, b, r: float, turns: int, wire: float, slot="steel") -> Part:
    """A coil of wire (a helix) from a to b, r round its axis."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = unit(b - a)
    e1 = unit(np.cross(d, [0.0, 1.0, 0.0]) if abs(d[1]) < 0.9 else np.cross(d, [1.0, 0, 0]))
    e2 = np.cross(d, e1)
    t = np.linspace(0.0, 1.0, 8 * turns + 1)
    ang = 2 * np.pi * turns * t
    pts = a + t[:, None] * (b - a) + r * (np.cos(ang)[:, None] * e1 + np.sin(ang)[:, None] * e2)
    return tube(pts, wire, slot=slot, shape=HEX)


def _peg(m: np.ndarray, slot=0, tag: str = "") -> list[Part]:
    """A wooden spring clothes peg under ``m``: along +x from its tips (x = 0) to its end
    (0.75), its two jaws stacked in y about y = 0 and pressed shut, 0.1 wide in z, the round
    grip near its tips, the steel coil spring through its middle and its legs along the jaws'
    backs."""
    jaw = sharp(_JAW)
    parts = []
    for s in (1, -1):
        hinge = at(0.42, 0, 0) @ rot("z", s * 2.5) @ at(-0.42, 0, 0)
        parts.append(slab(jaw, 0.1, m @ hinge @ scl(1, s, 1), slot, tag if s == 1 else ""))
    parts.append(cylinder(0.024, 0.024, 0.104, m @ at(0.11, 0, -0.052) @ ALONG_Z, "pupil"))
    parts.append(cylinder(0.028, 0.028, 0.104, m @ at(0.42, 0, -0.052) @ ALONG_Z, "pupil"))
    parts.append(_coil(pt(m, 0.42, 0, -0.058), pt(m, 0.42, 0, 0.058), 0.034, 4, 0.008))
    for s in (1, -1):  # the spring's legs along the jaws' backs
        leg = [(0.42, s * 0.034, 0.064), (0.5, s * 0.074, 0.03), (0.66, s * 0.068, 0.0),
               (0.68, s * 0.06, 0.0)]  # fmt: skip
        parts.append(tube([pt(m, *p) for p in leg], 0.008, slot="steel", shape=HEX))
    return parts


def _pegs(rng: Rng) -> list[Part]:
    """Three wooden spring clothes pegs: one clipped onto a bit of washing line lying across
    the ground, the line through the grip by its tips, two more lying on their sides."""
    clip = at(0.0, 0.075, -0.35) @ rot("y", -90 + float(rng.uniform(-10, 10)))  # tips at back
    parts = _peg(clip, 0, "body")
    line = [pt(clip, 0.11, -0.05, z) for z in (-0.6, -0.35, -0.12)]
    line += [pt(clip, 0.11, 0.0, z) for z in (-0.06, 0.0, 0.06)]
    line += [pt(clip, 0.11, -0.05, z) for z in (0.12, 0.3)]
    line += [pt(clip, 0.18, -0.055, 0.55), pt(clip, 0.08, -0.055, 0.75)]
    parts.append(tube(line, 0.02, slot=1))
    for x, z, turn in ((-0.5, 0.12, 72.0), (0.55, 0.2, 108.0)):
        lie = at(x, 0.066, z) @ rot("y", turn + float(rng.uniform(-8, 8))) @ rot("x", -90)
        parts += _peg(lie @ at(-0.375, 0.0, 0.0), 0)
    return parts


# ---- 617 jerry can ----------------------------------------------------------------------------


def _jerry_can(rng: Rng) -> list[Part]:
    """A jerry can standing upright: a flat box with rounded edges, a raised X pressed into
    each broad side inside a raised frame, a welded seam round its edge, three handles side by
    side across its top and a spout with its clamped cap at one corner."""
    W, H, D = 0.62, 0.82, 0.26
    prof = [(0.0, 0.0), (0.93, 0.0), (1.0, 0.04), (1.0, H - 0.05), (0.93, H), (0.0, H)]
    parts = [lathe(crisp(prof, 0.1), None, 0, "body", shape=rrect(W, D, 0.05))]
    parts.append(slab(rrect_outline(W + 0.035, H + 0.02, 0.08), 0.025, at(0, H / 2, 0), 0))
    pw, ph = W - 0.14, H - 0.2
    lean = np.degrees(np.arctan2(ph, pw))
    for s in (-1, 1):  # each broad side: a frame and an X, raised
        face = at(0, 0.1 + ph / 2, s * D / 2)
        for a in (lean, -lean):
            half = (np.hypot(pw, ph) - 0.04) / 2
            bar = [pt(face @ rot("z", a), x, 0.0, 0.0) for x in (-half, 0.0, half)]
            parts.append(tube(bar, 0.034, slot=0, shape=_ellipse(1.0, 0.5)))
        for sy in (-1, 1):
            parts.append(box(pw + 0.05, 0.05, 0.03, face @ at(0, sy * ph / 2 - 0.025, 0), 0))
        for sx in (-1, 1):
            parts.append(box(0.05, ph, 0.03, face @ at(sx * pw / 2, -ph / 2, 0), 0))
    for x in (-0.04, 0.08, 0.2):  # three handles across the top
        grip = [(x, H - 0.01, -0.09), (x, H + 0.1, -0.07), (x, H + 0.1, 0.07), (x, H - 0.01, 0.09)]
        parts.append(tube(grip, 0.024, slot=0))
    spout = at(-0.2, H - 0.02, 0.0) @ rot("z", 12)
    parts.append(cylinder(0.06, 0.055, 0.09, spout, 1))
    parts.append(cylinder(0.072, 0.072, 0.05, spout @ at(0, 0.09, 0), 1))
    parts.append(box(0.2, 0.03, 0.05, spout @ at(0.07, 0.14, 0) @ rot("z", 8), 1))  # its lever
    parts.append(stick(pt(spout, 0.07, 0.03, 0.0), pt(spout, 0.14, 0.0, 0.0), 0.012, 1))
    del rng
    return parts


# ---- 618 hot water bottle ---------------------------------------------------------------------

_BOTTLE = [(0.0, 0.0), (0.3, 0.0), (0.345, 0.035), (0.355, 0.1), (0.355, 0.52), (0.34, 0.6),
           (0.27, 0.65), (0.14, 0.72), (0.09, 0.74), (0.0, 0.745)]  # fmt: skip
"""A hot water bottle's flat body: (half width, height) from its foot to its shoulders."""
_FLATNESS = 0.2
"""The body's thickness over its width."""


def _hot_water_bottle(rng: Rng) -> list[Part]:
    """A rubber hot water bottle lying flat: a flat oblong body with a moulded seam round its
    edge and ribs across its face, sloping shoulders to a round neck with a collar, a stopper
    with a flat grip screwed into it."""
    turn = -float(rng.uniform(50, 65))
    lean = at(0, 0.1, 0.0) @ rot("y", turn) @ rot("x", -86) @ at(0, -0.45, 0)
    parts = [lathe(_BOTTLE, lean @ scl(1.0, 1.0, _FLATNESS), 0, "body")]
    hs, ws = [p[1] for p in _BOTTLE], [p[0] for p in _BOTTLE]
    rim = [(-0.06, 0.76), (-0.13, 0.725), (-0.27, 0.655), (-0.345, 0.6), (-0.362, 0.5),
           (-0.362, 0.1), (-0.35, 0.03), (-0.28, 0.008), (0.0, 0.006)]  # fmt: skip
    rim += [(-x, y) for x, y in rim[::-1][1:]]
    parts.append(tube([pt(lean, x, y, 0.0) for x, y in rim], 0.02, slot=0))  # the seam
    neck = lean @ at(0, 0.68, 0)
    parts.append(cylinder(0.085, 0.08, 0.16, neck, 0))
    parts.append(torus(0.085, 0.018, neck @ at(0, 0.13, 0), 0))
    parts.append(cylinder(0.11, 0.11, 0.06, neck @ at(0, 0.15, 0), 1))  # the stopper
    parts.append(cylinder(0.08, 0.08, 0.03, neck @ at(0, 0.21, 0), 1))
    parts.append(box(0.24, 0.1, 0.06, neck @ at(0, 0.23, 0), 1))
    xs = np.linspace(-0.25, 0.25, 7)
    for y in np.linspace(0.12, 0.5, 10):  # the ribs across its upper face
        w = float(np.interp(y, hs, ws))
        rib = []
        for x in xs:
            r = w * _FLATNESS * np.sqrt(max(1.0 - (x / w) ** 2, 0.0))
            rib.append(pt(lean, x, y, r - 0.004))
        parts.append(tube(rib, [0.004, 0.013, 0.014, 0.014, 0.014, 0.013, 0.004], slot=0))
    return parts


# ---- 619 tablecloth ---------------------------------------------------------------------------


def _drape(shape: np.ndarray, R: float, top: float, folds: int, a0: float, a1: float,
           depth: float, phase: float, closed: bool, n: int) -> Sweep:  # fmt: skip
    """A tablecloth's skirt (or a band of it) hanging from a round edge of radius R at height
    ``top`` from angle a0 to a1: ``shape`` its section, x out from the edge (0 at the top,
    growing as it falls), y up; the section's x swells and shrinks round the edge so the skirt
    hangs in ``folds`` soft folds, their depth ``depth``."""
    t = np.linspace(a0, a1, n, endpoint=not closed)
    swell = 1.0 + depth * np.sin(folds * t + phase)
    c = np.stack([R * np.cos(t), np.full(n, top), R * np.sin(t)], 1)
    out = np.stack([np.cos(t), np.zeros(n), np.sin(t)], 1)
    u = out * swell[:, None]
    v = np.tile([0.0, 1.0, 0.0], (n, 1))
    if closed:
        return Sweep(c, u, v, np.ones(n), shape, closed=True)
    c = np.concatenate([c[:1], c, c[-1:]])
    u = np.concatenate([u[:1], u, u[-1:]])
    v = np.concatenate([v[:1], v, v[-1:]])
    return Sweep(c, u, v, np.concatenate([[0.0], np.ones(n), [0.0]]), shape)


def _on_skirt(xs: np.ndarray, ys: np.ndarray, y0: float, y1: float) -> np.ndarray:
    """A thin section lying on the skirt's outer face (x at each height ys) from y0 down to
    y1: what a band of the pattern is swept through."""
    yy = np.linspace(y0, y1, 4)
    xx = np.interp(-yy, -ys, xs)
    return np.concatenate([np.stack([xx + 0.006, yy], 1), np.stack([xx + 0.001, yy], 1)[::-1]])


def _tablecloth(rng: Rng) -> list[Part]:
    """A round table under a tablecloth: the cloth over its top hanging in soft folds nearly
    to the floor, checked in the second material, and a vase of flowers standing on it."""
    R, top, fall = 0.5, 0.78, 0.7
    folds, depth, phase = 9, 0.75, float(rng.uniform(0, 2 * np.pi))
    parts = [cylinder(R + 0.01, R + 0.01, 0.012, at(0, top - 0.006, 0), 0, "body")]
    ys = np.array([0.0, -0.03, -0.12, -0.3, -0.5, -fall])
    xs = np.array([0.0, 0.02, 0.05, 0.09, 0.13, 0.17])
    th = 0.012
    outer = np.stack([xs + th, ys], 1)
    inner = np.stack([xs, ys], 1)[::-1]
    skirt = np.concatenate([outer, inner, [[th * 0.5, 0.008]]])
    n = folds * 10
    parts.append(_fixed(_drape(skirt, R, top, folds, 0.0, 2 * np.pi, depth, phase, True, n),
                        np.eye(4), 0))  # fmt: skip
    # the checks: bands down the skirt and round it, squares on the top
    down = _on_skirt(xs + th, ys, -0.005, -fall + 0.005)
    stripes = 18
    for k in range(stripes):
        a0 = 2 * np.pi * k / stripes
        sweep = _drape(down, R, top, folds, a0, a0 + 2 * np.pi / stripes / 2.5, depth, phase,
                       False, 4)  # fmt: skip
        parts.append(_fixed(sweep, np.eye(4), 1))
    for k in range(4):
        y0 = -0.1 - 0.15 * k
        ring = _on_skirt(xs + th, ys, y0, y0 - 0.055)
        parts.append(_fixed(_drape(ring, R, top, folds, 0.0, 2 * np.pi, depth, phase, True, n),
                            np.eye(4), 1))  # fmt: skip
    cell = 0.09
    for i in range(-6, 7):
        for j in range(-6, 7):
            if (i + j) % 2 or np.hypot(i * cell, j * cell) > R - 0.05:
                continue
            parts.append(box(cell, 0.004, cell, at(i * cell, top + 0.005, j * cell), 1))
    # the vase and its flowers
    vase = [(0.0, 0.0), (0.07, 0.0), (0.1, 0.08), (0.09, 0.17), (0.045, 0.24), (0.05, 0.28),
            (0.04, 0.28), (0.0, 0.26)]  # fmt: skip
    base = v3(-0.05, top + 0.005, -0.05)
    parts.append(lathe(vase, at(*base), "glaze"))
    for k in range(3):
        a = 2 * np.pi * k / 3 + 0.4
        tip = base + v3(0.12 * np.cos(a), 0.5 + 0.05 * k, 0.12 * np.sin(a))
        parts.append(tube([base + v3(0, 0.25, 0), base + v3(0, 0.35, 0) + (tip - base) * 0.2,
                           tip], 0.008, slot="vine"))  # fmt: skip
        parts.append(sphere(0.045, at(*tip), ("card-red", "cloth-yellow", "snow")[k]))
    return parts


# ---- 620 drinking straws ----------------------------------------------------------------------


def _helix(a, b, r: float, pitch: float, w: float, phase: float, slot) -> Part:
    """A flat stripe winding round a straw of radius r from a to b, ``pitch`` per turn."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = unit(b - a)
    e1 = unit(np.cross(d, [0.0, 0.0, 1.0]) if abs(d[2]) < 0.9 else np.cross(d, [1.0, 0, 0]))
    e2 = np.cross(d, e1)
    length = float(np.linalg.norm(b - a))
    n = max(int(length / pitch * 8), 4)
    t = np.linspace(0.0, 1.0, n)
    ang = phase + 2 * np.pi * length / pitch * t
    radial = np.cos(ang)[:, None] * e1 + np.sin(ang)[:, None] * e2
    c = a + t[:, None] * (b - a) + radial * (r + 0.001)
    return loft(c, np.tile(d * w, (n, 1)), radial * 0.004, rect(1.0, 1.0), slot)


def _straw(base, lean, bend: float, turn: float, r: float, slot) -> list[Part]:
    """A bendy straw: a long straight run from ``base`` along ``lean``, a ribbed elbow bent
    ``bend`` degrees toward the compass direction ``turn``, a short run beyond; white, a stripe
    of ``slot`` winding round it."""
    base = np.asarray(base, float)
    d1 = unit(lean)
    el = base + d1 * 0.74
    h = v3(np.cos(np.radians(turn)), 0.0, np.sin(np.radians(turn)))
    h = unit(h - d1 * (h @ d1))
    phi = np.radians(bend)
    arc = 0.13
    rho = arc / phi
    pts, radii = [], []
    for i in range(15):
        q = phi * i / 14
        pts.append(el + d1 * rho * np.sin(q) + h * rho * (1 - np.cos(q)))
        radii.append(r * (1.22 if i % 2 else 0.98))
    d2 = d1 * np.cos(phi) + h * np.sin(phi)
    end = pts[-1] + d2 * 0.2
    parts = [
        stick(base, el, r, "snow"),
        tube(pts, radii, slot="snow"),
        stick(pts[-1], end, r, "snow"),
    ]
    for ph in (0.0, np.pi):
        parts.append(_helix(base + d1 * 0.3, el, r, 0.11, 0.022, ph, slot))
        parts.append(_helix(pts[-1], end, r, 0.11, 0.022, ph, slot))
    return parts


def _straws(rng: Rng) -> list[Part]:
    """Drinking straws in a glass: a tall clear tumbler with a drink in it, five striped bendy
    straws standing in it leaning out every way, their ribbed elbows bent this way and that."""
    prof = [(0.0, 0.0), (0.15, 0.0), (0.18, 0.55), (0.17, 0.55), (0.14, 0.04), (0.0, 0.04)]
    parts = [lathe(crisp(prof, 0.03), None, 0, "body")]
    parts.append(cylinder(0.138, 0.158, 0.34, at(0, 0.045, 0), 1))  # the drink
    slots = ("card-red", "plume", "vine", "cloth-yellow", "card-red")
    for k in range(5):
        a = 2 * np.pi * k / 5 + float(rng.uniform(-0.2, 0.2))
        foot = v3(0.06 * np.cos(a), 0.05, 0.06 * np.sin(a))
        lean = v3(0.25 * np.cos(a), 1.0, 0.25 * np.sin(a))
        turn = np.degrees(a) + float(rng.uniform(-60, 60))
        bend = float(rng.uniform(45, 100))
        parts += _straw(foot, lean, bend, turn, 0.022, slots[k])
    return parts


# ---- 621 game console -------------------------------------------------------------------------


def _controller(m: np.ndarray, slot=0) -> list[Part]:
    """A game controller under ``m``, lying face up, its grips toward +z: a smooth body, a
    cross-shaped pad at the left, four coloured buttons at the right, two thumbsticks."""
    shapes = [blob((0, 0.045, 0), (0.16, 0.04, 0.085))]
    for s in (-1, 1):
        turn = rot("y", s * 28)
        shapes.append(blob((s * 0.12, 0.042, 0.07), (0.065, 0.042, 0.12), turn, 0.05))
    parts = [solid(shapes, 0.012, slot).moved(m)]
    y = 0.085
    for a in (0, 90):  # the cross pad
        parts.append(box(0.075, 0.015, 0.025, m @ at(-0.11, y - 0.005, -0.005) @ rot("y", a),
                         "cloth-dark"))  # fmt: skip
    for (dx, dz), c in zip(
        ((0, -0.035), (0.035, 0), (0, 0.035), (-0.035, 0)),
        ("vine", "card-red", "plume", "cloth-yellow"),
        strict=True,
    ):
        parts.append(cylinder(0.015, 0.015, 0.018, m @ at(0.11 + dx, y - 0.008, dz - 0.005), c))
    for s in (-1, 1):
        stick_at = m @ at(s * 0.05, y - 0.01, 0.05)
        parts.append(cylinder(0.018, 0.014, 0.03, stick_at, "cloth-dark"))
        parts.append(cylinder(0.028, 0.028, 0.014, stick_at @ at(0, 0.03, 0), "cloth-dark"))
    return parts


def _console(rng: Rng) -> list[Part]:
    """A home video game console lying flat: a sleek slab in two layers split by a dark groove
    with a glowing light in it, a disc slot and buttons along its front, vents in its side, and
    a controller lying before it on its cable."""
    W, D = 1.0, 0.62
    side = [(-D / 2, 0.02), (D / 2, 0.02), (D / 2 + 0.02, 0.075), (-D / 2 + 0.02, 0.075)]
    upper = [(-D / 2 + 0.02, 0.09), (D / 2 + 0.02, 0.09), (D / 2 - 0.02, 0.16),
             (-D / 2 - 0.02, 0.16)]  # fmt: skip
    turn = rot("y", -90)  # the outline drawn as (z, y), its depth along x
    parts = [slab(sharp(side), W, turn, 0, "body"), slab(sharp(upper), W, turn, 0)]
    groove = [(-D / 2 + 0.04, 0.07), (D / 2 - 0.01, 0.07), (D / 2 - 0.01, 0.095),
              (-D / 2 + 0.04, 0.095)]  # fmt: skip
    parts.append(slab(sharp(groove), W - 0.02, turn, "pupil"))
    parts.append(box(0.3, 0.008, 0.02, at(0.25, 0.078, D / 2), "glow"))  # the light
    front = D / 2 + 0.002
    parts.append(box(0.4, 0.012, 0.02, at(-0.15, 0.12, front - 0.01), "pupil"))  # disc slot
    for x in (0.2, 0.26):
        parts.append(box(0.035, 0.018, 0.01, at(x, 0.035, front + 0.015), "pupil"))  # ports
    parts.append(box(0.05, 0.01, 0.012, at(0.4, 0.125, front - 0.01), 1))  # buttons
    parts.append(box(0.05, 0.01, 0.012, at(0.33, 0.125, front - 0.01), 1))
    for k in range(7):  # vents in its left end
        parts.append(box(0.01, 0.008, D * 0.7, at(-W / 2 - 0.002, 0.03 + 0.017 * k, 0), "pupil"))
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(box(0.06, 0.02, 0.06, at(sx * 0.4, 0.0, sz * 0.22), "cloth-dark"))
    pad = at(0.05, 0.0, 0.72) @ rot("y", -18 + float(rng.uniform(-6, 6))) @ scl(1.5)
    parts += _controller(pad, 1)
    cable = [(0.23, 0.035, front + 0.02), (0.3, 0.01, 0.45), (0.45, 0.008, 0.62),
             (0.3, 0.008, 0.75), pt(pad, 0.0, 0.04, -0.07)]  # fmt: skip
    parts.append(tube(cable, 0.011, slot="cloth-dark"))
    return parts


# ---- 622 safety razor -------------------------------------------------------------------------


def _knurl(teeth: int, depth: float) -> np.ndarray:
    """A round cross-section notched all round (``teeth`` grooves ``depth`` deep)."""
    t = np.arange(2 * teeth) * (np.pi / teeth)
    r = np.where(np.arange(2 * teeth) % 2 == 0, 1.0, 1.0 - depth)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _safety_razor(rng: Rng) -> list[Part]:
    """A double-edge safety razor standing on its end: a knurled metal handle on a knob, a
    T-head on top holding a flat blade whose two edges show front and back under its curved
    cap; a shaving brush standing beside it."""
    prof = [(0.0, 0.0), (0.07, 0.0), (0.075, 0.03), (0.06, 0.07), (0.05, 0.09)]
    for k in range(24):  # the handle, ringed by its knurling
        prof.append((0.052 if k % 2 else 0.047, 0.11 + 0.022 * k))
    prof += [(0.05, 0.64), (0.038, 0.68), (0.034, 0.74), (0.05, 0.78), (0.0, 0.79)]
    parts = [lathe(prof, None, 0, "body", shape=_knurl(14, 0.1))]
    y = 0.78
    parts.append(box(0.44, 0.03, 0.13, at(0, y, 0), 0))  # the base plate and its safety bars
    for s in (-1, 1):
        parts.append(stick((-0.22, y + 0.02, s * 0.07), (0.22, y + 0.02, s * 0.07), 0.013, 0))
    parts.append(box(0.42, 0.006, 0.2, at(0, y + 0.035, 0), "steel"))  # the blade
    arch = [(-0.085, 0.0), (0.085, 0.0), (0.06, 0.035), (0.0, 0.05), (-0.06, 0.035)]
    cap = at(0, y + 0.041, 0) @ rot("y", 90)
    parts.append(slab(arch, 0.45, cap, 0))  # the cap, its outline (z, y), long along x
    # the shaving brush beside it
    bx, bz = 0.45, 0.12
    handle = [(0.0, 0.0), (0.1, 0.0), (0.11, 0.03), (0.075, 0.12), (0.085, 0.2), (0.1, 0.24),
              (0.0, 0.25)]  # fmt: skip
    parts.append(lathe(handle, at(bx, 0, bz), 1))
    knot = [(0.0, 0.24), (0.075, 0.24), (0.11, 0.34), (0.14, 0.44), (0.12, 0.5), (0.0, 0.53)]
    parts.append(lathe(knot, at(bx, 0, bz), "fur-cape"))
    parts.append(lathe([(0.0, 0.43), (0.138, 0.44), (0.125, 0.5), (0.0, 0.535)],
                       at(bx, 0, bz), "seed"))  # the pale tips # fmt: skip
    del rng
    return parts


# ---- 623 lanyard ------------------------------------------------------------------------------


def _strap(points, width: float, thick: float, slot=0, tag: str = "") -> Part:
    """A flat strap lying on the ground along a smooth curve through points (x, z)."""
    path2 = catmull_rom([tuple(p) for p in points], 8 * len(points))
    c = np.stack([path2[:, 0], np.full(len(path2), thick / 2), path2[:, 1]], 1)
    t = np.gradient(c, axis=0)
    t /= np.maximum(np.linalg.norm(t, axis=1, keepdims=True), 1e-12)
    side = np.cross([0.0, 1.0, 0.0], t)
    side /= np.maximum(np.linalg.norm(side, axis=1, keepdims=True), 1e-12)
    up = np.tile([0.0, thick, 0.0], (len(c), 1))
    return loft(c, side * width, up, rect(1.0, 1.0), slot, tag)


def _lanyard(rng: Rng) -> list[Part]:
    """A lanyard laid on a table: a long fabric strap in a loop, printed along its length, its
    ends joined in a metal crimp and a clip holding an ID card: a coloured band along its top,
    a photo square, lines of text and a bar code."""
    loop = [(0.04, 0.02), (0.12, -0.2), (0.32, -0.5), (0.3, -0.78), (0.05, -0.92),
            (-0.22, -0.85), (-0.3, -0.55), (-0.12, -0.2), (-0.04, 0.02)]  # fmt: skip
    parts = [_strap(loop, 0.075, 0.012, 0, "body")]
    for k in range(1, 8):  # the printing along it
        i = k * (len(loop) - 1) / 8
        a, b = np.asarray(loop[int(i)]), np.asarray(loop[int(i) + 1])
        p = a + (b - a) * (i - int(i))
        ang = np.degrees(np.arctan2(b[0] - a[0], b[1] - a[1]))
        parts.append(box(0.035, 0.004, 0.09, at(p[0], 0.011, p[1]) @ rot("y", ang), "snow"))
    parts.append(box(0.1, 0.03, 0.06, at(0, 0.0, 0.05), "steel"))  # the crimp
    parts.append(torus(0.03, 0.008, at(0, 0.015, 0.11), "steel"))
    parts.append(torus(0.03, 0.01, at(0, 0.015, 0.17) @ scl(0.8, 1, 1.3), "steel"))  # the clip
    card = at(0.02, 0.0, 0.53) @ rot("y", float(rng.uniform(-10, 10)))
    Wc, Dc = 0.4, 0.6
    parts.append(box(Wc, 0.012, Dc, card, "sheet"))
    parts.append(box(Wc, 0.004, 0.1, card @ at(0, 0.012, -Dc / 2 + 0.05), 1))  # the band
    parts.append(box(0.06, 0.006, 0.02, card @ at(0, 0.012, -Dc / 2 + 0.03), "pupil"))  # slot
    ph = card @ at(-0.08, 0.012, -0.03)
    parts.append(box(0.17, 0.004, 0.2, ph, "plume"))  # the photo
    parts.append(sphere(1.0, ph @ at(0, 0.004, -0.025) @ scl(0.035, 0.002, 0.042), "seed"))
    parts.append(sphere(1.0, ph @ at(0, 0.004, 0.08) @ scl(0.065, 0.002, 0.045), "seed"))
    for k in range(4):  # lines of text beside it and below
        w = (0.12, 0.1, 0.12, 0.08)[k]
        parts.append(box(w, 0.004, 0.018, card @ at(0.08 + w / 2, 0.012, -0.1 + 0.05 * k),
                         "marking"))  # fmt: skip
    for k in range(2):
        parts.append(box(0.3, 0.004, 0.02, card @ at(0, 0.012, 0.13 + 0.045 * k), "marking"))
    for k in range(14):  # the bar code
        w = 0.006 if k % 3 else 0.012
        parts.append(box(w, 0.004, 0.05, card @ at(-0.1 + 0.016 * k, 0.012, 0.25), "marking"))
    return parts


MORE_APPLIANCES_ZE = {
    612: _toothbrush, 613: _hairbrush, 614: _mop_bucket, 615: _hard_hat, 616: _pegs,
    617: _jerry_can, 618: _hot_water_bottle, 619: _tablecloth, 620: _straws, 621: _console,
    622: _safety_razor, 623: _lanyard,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
