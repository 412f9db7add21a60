"""More of the device family's appliances, from 432: a paper shredder, a hospital bed, a
filing cabinet, an office chair, a lunchbox, a drinking fountain, a dishwasher, a drip coffee
maker, a clothes hanger, a doormat, a rolling pin and a bird cage.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl, v3
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_SECTION,
    FLAT_UP,
    HEX,
    STRIP,
    arc,
    castor,
    pt,
    rect_ring,
    rod,
    rrect_outline,
)
from ._lettering import paint_text
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import polygon, sharp

__all__ = ["MORE_APPLIANCES_P"]

Rng = np.random.Generator


# ---- 432 paper shredder ----------------------------------------------------------------------


def _shredder(rng: Rng) -> list[Part]:
    """A paper shredder: a tall bin with a window in its front, curled strips of paper heaped
    inside it and hanging from the cutting head on top, a sheet of paper standing in the
    head's slot, a switch and a lit lamp."""
    W, H, D, t = 0.7, 0.8, 0.46, 0.03
    front = D / 2 - t / 2
    parts = [box(W, t, D, None, 0, "body")]
    parts.append(box(W, H, t, at(0, 0, -front), 0))  # back and sides
    for s in (-1, 1):
        parts.append(box(t, H, D, at(s * (W / 2 - t / 2), 0, 0), 0))
    y0, y1, side = 0.16, H - 0.18, 0.1  # the window in its front, framed
    parts.append(box(W, y0, t, at(0, 0, front), 0))
    parts.append(box(W, H - y1, t, at(0, y1, front), 0))
    for s in (-1, 1):
        parts.append(box(side, y1 - y0, t, at(s * (W - side) / 2, y0, front), 0))
    parts.append(rect_ring(W - 2 * side + 0.02, y1 - y0 + 0.02, 0.012, 0.01,
                        at(0, (y0 + y1) / 2, D / 2) @ rot("x", 90), 1))  # its rim # fmt: skip
    parts.append(box(0.24, 0.05, 0.01, at(0, H - 0.12, D / 2), "pupil"))  # the bin's grip
    heap = [(0.0, t), (1.0, t), (0.95, 0.1), (0.7, 0.2), (0.3, 0.26), (0.0, 0.27)]
    parts.append(lathe(heap, scl(W / 2 - 0.06, 1.0, D / 2 - 0.06), "plaster"))
    for k in range(12):  # curled strips on the heap, springy helices
        a = 2 * np.pi * k / 12 + rng.uniform(-0.2, 0.2)
        c = v3(0.2 * np.cos(a), 0.12 + 0.08 * (k % 3 == 0), 0.12 * np.sin(a))
        u = np.linspace(0, 4 * np.pi, 9)
        pts = c + np.stack([0.035 * np.cos(u + a), 0.01 * u, 0.035 * np.sin(u + a)], 1)
        parts.append(tube(pts, 0.012, slot="pages", shape=STRIP[:, ::-1]))
    for k in range(11):  # strips hanging from the cutters
        x = -0.22 + 0.044 * k
        drop = float(rng.uniform(0.3, 0.46))
        sway = float(rng.uniform(-0.03, 0.03))
        pts = [(x, H, 0.0), (x + sway, H - drop / 2, 0.02), (x - sway, H - drop, 0.0)]
        parts.append(tube(pts, 0.016, slot="pages", shape=STRIP))
    hm = at(0, H + 0.09, 0) @ rot("y", 90)  # the cutting head
    parts.append(slab(rrect_outline(D + 0.06, 0.18, 0.06), W + 0.04, hm, 1))
    top = H + 0.18
    parts.append(box(W * 0.8, 0.01, 0.03, at(0, top - 0.005, -0.04), "pupil"))  # the slot
    sheet = at(0, top - 0.04, -0.04) @ rot("x", -10)  # a sheet feeding in
    parts.append(box(0.5, 0.46, 0.006, sheet, "pages"))
    for k in range(7):  # its lines of print
        width, y = (0.36 if k % 3 != 2 else 0.22), 0.38 - 0.045 * k
        line = [(-0.18, y, 0.004), (-0.18 + width, y, 0.004)]
        parts.append(tube(line, 0.007, sheet, "marking", shape=STRIP))
    parts.append(box(0.1, 0.025, 0.04, at(0.2, top - 0.01, 0.16), "steel"))  # its switch
    parts.append(sphere(0.015, at(-0.24, top, 0.17), "glow"))
    return parts


# ---- 433 hospital bed ------------------------------------------------------------------------


def _hospital_bed(rng: Rng) -> list[Part]:
    """A hospital bed: a metal frame high on four castors, its head section raised, a
    mattress made up with a sheet and a pillow, side rails, rounded head and foot boards and a
    control handset hanging on its rail by a cord."""
    L, W, deck = 1.9, 0.9, 0.58
    parts = [box(L - 0.2, 0.06, W - 0.2, at(0, 0.16, 0), 0, "body")]  # the base frame
    for x in (-0.45, 0.45):  # its lifting columns
        parts.append(box(0.12, deck - 0.2, 0.16, at(x, 0.2, 0), 0))
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts += castor(sx * (L / 2 - 0.15), sz * (W / 2 - 0.15), 0.06, 0.0, 0)
    parts.append(box(L, 0.06, W, at(0, deck - 0.06, 0), 0))  # the deck
    hinge = -L / 2 + 0.75
    foot = L / 2 - 0.04  # the mattress, made up
    parts.append(box(foot - hinge, 0.14, W - 0.08, at((hinge + foot) / 2, deck, 0), "sheet"))
    raised = at(hinge, deck + 0.02, 0) @ rot("z", -38) @ at(-0.36, 0, 0)
    parts.append(box(0.72, 0.03, W - 0.04, raised @ at(0, -0.04, 0), 0))
    parts.append(box(0.72, 0.14, W - 0.08, raised, "sheet"))
    parts.append(sphere(1.0, raised @ at(-0.12, 0.2, 0) @ scl(0.12, 0.07, 0.3), "sheet"))
    parts.append(box(0.5, 0.05, W - 0.04, at(L / 2 - 0.3, deck + 0.14, 0), 1))  # a blanket
    for x, h in ((-L / 2, 0.62), (L / 2, 0.42)):  # head and foot boards
        board = at(x, deck - 0.1 + h / 2, 0) @ rot("y", 90)
        parts.append(slab(rrect_outline(W + 0.04, h, 0.1), 0.05, board, 1))
    for sz in (-1, 1):  # side rails along the head half
        z = sz * (W / 2 + 0.03)
        x0, x1 = -L / 2 + 0.15, -0.05
        for y in (deck + 0.22, deck + 0.4):
            parts.append(stick((x0, y, z), (x1, y, z), 0.018, 0))
        for x in (x0, x1, (x0 + x1) / 2):
            parts.append(stick((x, deck, z), (x, deck + 0.4, z), 0.015, 0))
        x2 = L / 2 - 0.55  # and a short one at the foot
        parts.append(stick((x2, deck + 0.3, z), (L / 2 - 0.12, deck + 0.3, z), 0.018, 0))
        parts.append(stick((x2, deck, z), (x2, deck + 0.3, z), 0.015, 0))
    z = W / 2 + 0.05  # the handset on its cord
    hx = -0.3 + float(rng.uniform(-0.05, 0.05))
    cord = [(hx, deck + 0.4, z - 0.02), (hx + 0.02, deck + 0.3, z + 0.02), (hx, deck + 0.2, z)]
    parts.append(tube(cord, 0.008, slot="pupil"))
    hand = at(hx, deck + 0.1, z + 0.01)
    parts.append(slab(rrect_outline(0.08, 0.2, 0.035), 0.04, hand, "pupil"))
    for k in range(3):
        parts.append(box(0.045, 0.02, 0.01, hand @ at(0, 0.02 - 0.04 * k, 0.02), "steel"))
    return parts


# ---- 434 filing cabinet ----------------------------------------------------------------------


def _drawer_front(y0: float, h: float, z: float, W: float) -> list[Part]:
    """A filing drawer's front from y0, h high, its face at z: the panel, a label holder with
    its card, and a pull handle below it."""
    parts = [box(W - 0.04, h - 0.025, 0.025, at(0, y0 + 0.0125, z), 0)]
    f = z + 0.0125
    parts.append(box(0.15, 0.065, 0.01, at(0, y0 + h - 0.12, f), 1))  # the label holder
    parts.append(box(0.12, 0.045, 0.012, at(0, y0 + h - 0.11, f), "pages"))
    y = y0 + h - 0.17
    grip = [(-0.11, y, f), (-0.1, y - 0.005, f + 0.045), (0.1, y - 0.005, f + 0.045),
            (0.11, y, f)]  # fmt: skip
    parts.append(tube(grip, 0.013, slot=1))
    return parts


def _filing_cabinet(rng: Rng) -> list[Part]:
    """A steel filing cabinet: four tall drawers, each with a label holder and a pull handle,
    its top drawer pulled out to show the hanging files in it with coloured tabs."""
    W, H, D, n = 0.55, 1.35, 0.62, 4
    parts = [box(W, H, D, None, 0, "body")]
    h = (H - 0.08) / n
    for k in range(n - 1):
        parts += _drawer_front(0.06 + h * k, h, D / 2, W)
    y0 = 0.06 + h * (n - 1)
    out = 0.42 + float(rng.uniform(0.0, 0.06))
    parts.append(box(W - 0.04, h - 0.025, 0.004, at(0, y0 + 0.0125, D / 2), "pupil"))
    parts += _drawer_front(y0, h, D / 2 + out, W)
    depth = 0.55  # the drawer's sides, floor and back, out of the cabinet
    zc = D / 2 + out - depth / 2
    for s in (-1, 1):
        parts.append(box(0.015, h - 0.1, depth, at(s * (W / 2 - 0.04), y0 + 0.03, zc), 0))
        parts.append(stick((s * (W / 2 - 0.06), y0 + h - 0.08, zc - depth / 2),
                           (s * (W / 2 - 0.06), y0 + h - 0.08, zc + depth / 2), 0.007, 1))  # fmt: skip
    parts.append(box(W - 0.08, 0.015, depth, at(0, y0 + 0.03, zc), 0))
    tabs = ("card-red", "plume", "vine", "fruit-yellow")
    for i in range(9):  # the hanging files
        z = D / 2 + out - 0.06 - 0.052 * i
        lean = float(rng.uniform(-6, 6))
        f = at(0, y0 + 0.045, z) @ rot("x", lean)
        parts.append(box(W - 0.14, h - 0.14, 0.012, f, "seed" if i % 2 else "pages"))
        tx = (-0.14, -0.04, 0.06, 0.15)[i % 4]
        parts.append(box(0.08, 0.05, 0.014, f @ at(tx, h - 0.15, 0), tabs[i % 4]))
    return parts


# ---- 435 office chair ------------------------------------------------------------------------


def _office_chair(rng: Rng) -> list[Part]:
    """A swivel office chair: a padded seat and a tall padded back on a curved spine,
    armrests, a gas-lift column and a five-spoke star base on twin castors."""
    parts = [cylinder(0.06, 0.06, 0.08, at(0, 0.09, 0), 1)]  # the hub
    spin = float(rng.uniform(-10, 10))
    for k in range(5):  # the star base and its castors
        a = np.radians(90 + 72 * k + spin)
        c, s = np.cos(a), np.sin(a)
        parts.append(tube([(0, 0.13, 0), (0.2 * c, 0.125, 0.2 * s), (0.33 * c, 0.1, 0.33 * s)],
                          [0.035, 0.03, 0.024], slot=1))  # fmt: skip
        parts += castor(0.34 * c, 0.34 * s, 0.04, -np.degrees(a), "pupil")
    parts.append(cylinder(0.05, 0.045, 0.18, at(0, 0.15, 0), "pupil"))  # the gas lift
    parts.append(cylinder(0.028, 0.028, 0.14, at(0, 0.32, 0), "steel"))
    parts.append(box(0.2, 0.05, 0.22, at(0, 0.43, 0), 1))  # the tilt mechanism
    seat = at(0, 0.52, 0.02)
    parts.append(slab(rrect_outline(0.54, 0.5, 0.13), 0.08, seat @ FLAT_UP, 0, "body"))
    parts.append(sphere(1.0, seat @ at(0, 0.03, 0) @ scl(0.25, 0.05, 0.23), 0))
    spine = [(0, 0.46, -0.1), (0, 0.47, -0.28), (0, 0.62, -0.33), (0, 0.8, -0.34)]
    parts.append(tube(spine, 0.03, slot=1))
    back = at(0, 1.0, -0.33) @ rot("x", -8)
    parts.append(slab(rrect_outline(0.48, 0.6, 0.16), 0.08, back, 0))
    parts.append(sphere(1.0, back @ at(0, -0.05, 0.03) @ scl(0.21, 0.26, 0.04), 0))
    for s in (-1, 1):  # the armrests
        x = s * 0.27
        parts.append(tube([(s * 0.1, 0.45, 0.0), (x, 0.47, 0.0), (x, 0.6, -0.02),
                           (x, 0.72, -0.03)], 0.02, slot=1))  # fmt: skip
        parts.append(slab(rrect_outline(0.07, 0.3, 0.03), 0.035,
                          at(x, 0.74, -0.02) @ FLAT_UP, "pupil"))  # fmt: skip
    parts.append(stick((0.08, 0.44, 0.05), (0.22, 0.43, 0.1), 0.008, 1))  # the height lever
    return parts


# ---- 436 lunchbox ----------------------------------------------------------------------------


def _apple(c, r: float) -> list[Part]:
    """An apple of radius r sitting at c: a red fruit dimpled at its top, a stalk and a leaf."""
    prof = [(0.0, 0.05), (0.6, 0.0), (0.95, 0.35), (0.95, 0.8), (0.6, 1.05), (0.2, 1.0),
            (0.0, 0.92)]  # fmt: skip
    m = at(*c) @ scl(r)
    parts = [lathe(prof, m, "fruit-red")]
    parts.append(stick(c + v3(0, 0.9 * r, 0), c + v3(0.1 * r, 1.35 * r, 0), 0.06 * r, "cork"))
    leaf = m @ at(0.05, 1.15, 0) @ rot("z", -60) @ scl(0.25, 0.5, 0.25)
    parts.append(sphere(1.0, leaf @ at(0, 1, 0) @ scl(1, 1, 0.2), "vine"))
    return parts


def _picture(m: np.ndarray, w: float, h: float) -> list[Part]:
    """A bright printed picture w × h on the plane z = 0 of ``m`` (its foot at y = 0): a blue
    sky, a yellow sun, green hills and a little red house."""
    parts = [box(w, h, 0.004, m, "plume")]
    hills = [(-0.5, 0.0), (0.5, 0.0), (0.5, 0.3), (0.25, 0.45), (0.0, 0.28), (-0.25, 0.42),
             (-0.5, 0.25)]  # fmt: skip
    parts.append(slab(sharp([(x * w, y * h) for x, y in hills]), 0.006, m, "vine"))
    sun = m @ at(0.3 * w, 0.72 * h, 0) @ ALONG_Z
    parts.append(cylinder(0.13 * h, 0.13 * h, 0.008, sun, "fruit-yellow"))
    house = m @ at(-0.18 * w, 0.3 * h, 0.004)
    parts.append(box(0.14 * w, 0.2 * h, 0.006, house, "card-red"))
    roof = [(-0.09 * w, 0.0), (0.09 * w, 0.0), (0.0, 0.14 * h)]
    parts.append(slab(sharp(roof), 0.006, house @ at(0, 0.2 * h, 0), "snow"))
    return parts


def _lunchbox(rng: Rng) -> list[Part]:
    """A school lunchbox: a rounded tin box with a picture printed on its front and its end
    (a sun over green hills), its lid's rim, a clasp at the front and a carrying handle on
    top, a red apple beside it."""
    W, D, H, lid = 0.8, 0.42, 0.34, 0.12
    parts = [slab(rrect_outline(W, D, 0.07), H, at(0, H / 2, 0) @ FLAT_UP, 0, "body")]
    parts.append(slab(rrect_outline(W + 0.01, D + 0.01, 0.075), lid - 0.04,
                      at(0, H + lid / 2 - 0.02, 0) @ FLAT_UP, 0))  # the lid # fmt: skip
    parts.append(sphere(1.0, at(0, H + lid - 0.045, 0) @ scl(W / 2, 0.05, D / 2), 0))
    parts.append(rect_ring(W + 0.03, D + 0.03, 0.02, 0.025, at(0, H - 0.012, 0), 1))  # its rim
    parts += _picture(at(0, 0.05, D / 2 + 0.001), W - 0.16, H - 0.1)
    parts += _picture(at(W / 2 + 0.001, 0.05, 0) @ rot("y", 90), D - 0.14, H - 0.1)
    top = H + lid
    for s in (-1, 1):  # the handle's mounts and its bail
        parts.append(box(0.05, 0.03, 0.06, at(s * 0.17, top - 0.02, 0), 1))
    bail = [(-0.17, top, 0.0), (-0.16, top + 0.1, 0.0), (0.16, top + 0.1, 0.0), (0.17, top, 0.0)]
    parts.append(tube(bail, 0.016, slot=1))
    parts.append(stick((-0.11, top + 0.1, 0.0), (0.11, top + 0.1, 0.0), 0.028, "pupil"))
    cm = at(0, H - 0.07, D / 2 + 0.008)  # the clasp over the seam
    parts.append(box(0.09, 0.12, 0.016, cm, 1))
    parts.append(torus(0.028, 0.008, cm @ at(0, 0.13, 0.01) @ rot("x", 90), 1))
    parts += _apple(v3(W / 2 + 0.16, 0.0, D / 2 - 0.02 + float(rng.uniform(-0.04, 0.04))), 0.11)
    return parts


# ---- 437 drinking fountain -------------------------------------------------------------------


def _drinking_fountain(rng: Rng) -> list[Part]:
    """A public drinking fountain: a square pedestal with a round basin on top and a step at
    its foot, a chrome bubbler in the middle of the basin sending up a small arc of water, a
    big push button on the basin's front."""
    post = [(0.0, 0.0), (0.24, 0.0), (0.24, 0.05), (0.16, 0.08), (0.13, 0.16), (0.12, 0.72),
            (0.16, 0.8), (0.0, 0.82)]  # fmt: skip
    parts = [lathe(post, rot("y", 45), 0, "body", sides=4)]
    parts.append(box(0.3, 0.1, 0.16, at(0, 0, 0.24), 0))  # a child's step
    basin = [(0.0, 0.78), (0.14, 0.79), (0.25, 0.85), (0.29, 0.96), (0.27, 0.98), (0.24, 0.93),
             (0.15, 0.885), (0.0, 0.88)]  # fmt: skip
    parts.append(lathe(basin, None, 0))
    parts.append(cylinder(0.03, 0.03, 0.01, at(-0.1, 0.878, 0.05), "pupil"))  # the drain
    parts.append(cylinder(0.045, 0.035, 0.06, at(0, 0.875, 0), "steel"))  # the bubbler
    parts.append(sphere(1.0, at(0, 0.935, 0) @ scl(0.032, 0.028, 0.032), "steel"))
    d = np.array([0.8, 0.0, -0.6])  # across the view, so the arc shows side on
    arc = [d * r + (0, y, 0) for r, y in ((0.0, 0.955), (0.03, 1.04), (0.08, 1.085),
                                          (0.14, 1.07), (0.19, 1.0))]  # fmt: skip
    parts.append(tube(arc, [0.018, 0.017, 0.015, 0.012, 0.008], slot="rain"))
    for r, y, size in ((0.205, 0.965, 0.009), (0.218, 0.935, 0.008)):  # breaking into drops
        parts.append(sphere(size, at(*(d * r + (0, y, 0))), "rain"))
    land = d * 0.225
    parts.append(torus(0.035, 0.006, at(land[0], 0.9, land[2]), "rain"))  # ripples
    for k in range(5):  # splashes
        a = 2 * np.pi * k / 5 + float(rng.uniform(0, 1))
        c = (land[0] + 0.05 * np.cos(a), 0.915 + 0.02 * (k % 2), land[2] + 0.05 * np.sin(a))
        parts.append(sphere(0.008, at(*c), "rain"))
    bm = at(0, 0.86, 0.26)  # the push button in its housing on the front
    parts.append(box(0.13, 0.12, 0.1, bm @ at(0, -0.06, -0.02), 1))
    parts.append(cylinder(0.042, 0.042, 0.05, bm @ at(0, 0, 0.02) @ ALONG_Z, "steel"))
    return parts


# ---- 438 dishwasher --------------------------------------------------------------------------


def _rack(W: float, L: float, h: float, m: np.ndarray) -> list[Part]:
    """A wire rack W wide (x) and L long (z) with sides h high under ``m``, its floor at 0."""
    parts = [rect_ring(W, L, 0.012, 0.012, m @ at(0, h, 0), 1)]  # its rim
    for x in np.linspace(-W / 2, W / 2, 4):  # the floor's wires
        parts.append(rod(pt(m, x, 0, -L / 2), pt(m, x, 0, L / 2), 0.008, "steel"))
    for z in np.linspace(-L / 2, L / 2, 5):
        parts.append(rod(pt(m, -W / 2, 0, z), pt(m, W / 2, 0, z), 0.008, "steel"))
    for x, z in ((-W / 2, -L / 2), (W / 2, -L / 2), (W / 2, L / 2), (-W / 2, L / 2)):
        parts.append(rod(pt(m, x, 0, z), pt(m, x, h, z), 0.01, "steel"))  # corner posts
    return parts


def _dishwasher(rng: Rng) -> list[Part]:
    """A dishwasher with its door folded down: its racks pulled out onto the door, plates
    standing in rows in the lower and cups upside down in the upper, the steel tub inside and
    a control panel of buttons and a lit display along its top."""
    W, H, D, t = 0.62, 0.86, 0.6, 0.03
    parts = [box(t, H, D, at(-(W - t) / 2, 0, 0), 0, "body"), box(t, H, D, at((W - t) / 2, 0, 0))]
    parts.append(box(W, H, t, at(0, 0, -(D - t) / 2), 0))
    parts.append(box(W, t, D, at(0, H - t, 0), 0))
    parts.append(box(W - 2 * t, 0.1, t, at(0, 0, (D - t) / 2), 1))  # the kick plate
    parts.append(box(W - 2 * t, 0.02, D - t, at(0, 0.08, 0), "steel"))  # the tub
    for s in (-1, 1):
        parts.append(box(0.004, H - 0.25, D - 0.05, at(s * (W / 2 - t - 0.002), 0.1, 0), "steel"))
    parts.append(box(W - 2 * t, H - 0.25, 0.004, at(0, 0.1, -D / 2 + t + 0.002), "steel"))
    panel = at(0, H - 0.15, D / 2 - t / 2)  # the control panel along its top
    parts.append(box(W, 0.12, t, panel, 1))
    parts.append(box(0.16, 0.045, 0.008, panel @ at(-0.16, 0.04, t / 2), "window"))
    parts.append(box(0.12, 0.03, 0.01, panel @ at(-0.16, 0.048, t / 2), "glow"))
    for k in range(3):
        parts.append(box(0.045, 0.025, 0.02, panel @ at(0.03 + 0.075 * k, 0.05, t / 2), "steel"))
    parts.append(sphere(0.01, panel @ at(0.26, 0.06, t / 2), "glow"))
    door = 0.64  # folded down, hinged at its foot
    dm = at(0, 0.06, D / 2 + door / 2)
    parts.append(box(W, 0.04, door, dm, 0))
    parts.append(box(W - 0.06, 0.008, door - 0.06, dm @ at(0, 0.04, 0), "steel"))
    parts.append(box(0.3, 0.03, 0.03, dm @ at(0, -0.02, door / 2 - 0.01), 1))  # its handle
    spray = at(0, 0.1, 0) @ rot("y", float(rng.uniform(0, 180)))
    parts.append(box(0.4, 0.02, 0.04, spray, "steel"))
    lower = at(0, 0.13, D / 2 + 0.14)  # the lower rack, out over the door
    parts += _rack(W - 0.1, 0.52, 0.16, lower)
    for i in range(4):  # plates standing in a row, and smaller ones in a second row
        for x, r in ((-0.1, 0.14), (0.15, 0.11)):
            z = -0.17 + 0.1 * i
            plate = lower @ at(x, r + 0.005, z) @ rot("x", 90 + 10) @ at(0, -0.007, 0)
            parts.append(cylinder(r, r, 0.014, plate, "plume"))  # a rim of blue
            parts.append(cylinder(r * 0.88, r * 0.7, 0.02, plate, "snow"))
    upper = at(0, 0.5, D / 2 - 0.12)  # the upper rack, half out
    parts += _rack(W - 0.1, 0.5, 0.1, upper)
    for i, (x, z) in enumerate(((-0.16, 0.1), (-0.05, 0.1), (0.06, 0.12), (0.17, 0.1),
                                (-0.1, -0.05), (0.1, -0.05))):  # fmt: skip
        cm = upper @ at(x, 0.11, z) @ scl(1, -1, 1)
        parts.append(cylinder(0.045, 0.055, 0.1, cm, "plume" if i % 2 else "pane"))
        if i % 2:
            parts.append(torus(0.03, 0.008, cm @ at(0.055, 0.05, 0) @ rot("x", 90), "plume"))
    return parts


# ---- 439 coffee maker ------------------------------------------------------------------------


def _coffee_maker(rng: Rng) -> list[Part]:
    """A drip coffee maker: a base with its warming plate, a glass carafe of coffee on it with
    a black handle and lid, the water tank in the tower behind with its level window, the head
    above holding the filter basket, a lit switch."""
    W, D, H = 0.46, 0.5, 0.95
    parts = [slab(rrect_outline(D, 0.08, 0.03), W, at(0, 0.04, 0) @ rot("y", 90), 0, "body")]
    parts.append(box(W, H - 0.05, 0.2, at(0, 0.05, -D / 2 + 0.1), 0))  # the tower
    head = at(0, H - 0.22, 0) @ rot("y", 90)
    parts.append(slab(rrect_outline(D, 0.2, 0.05), W, head @ at(0, 0.1, 0), 0))
    parts.append(box(W - 0.04, 0.03, 0.26, at(0, H - 0.03, -0.08), 1))  # the tank's lid
    for s in (-1, 1):  # the water level windows
        x = s * (W / 2 + 0.001)
        parts.append(box(0.004, 0.42, 0.07, at(x, 0.25, -D / 2 + 0.1), "pane"))
        parts.append(box(0.006, 0.28, 0.05, at(x, 0.26, -D / 2 + 0.1), "rain"))
    basket = at(0, H - 0.37, 0.07)  # the filter basket under the head
    parts.append(cylinder(0.07, 0.14, 0.16, basket, 1))
    parts.append(box(0.06, 0.03, 0.1, basket @ at(0, 0.11, 0.15), 1))
    parts.append(cylinder(0.13, 0.13, 0.01, at(0, 0.08, 0.07), "pupil"))  # the warming plate
    y0 = 0.09
    jug = [(0.0, 0.0), (0.11, 0.0), (0.145, 0.05), (0.15, 0.14), (0.12, 0.24), (0.095, 0.3),
           (0.1, 0.34), (0.0, 0.34)]  # fmt: skip
    parts.append(lathe(jug, at(0, y0, 0.07), "pane"))  # the carafe
    fill = 0.12 + float(rng.uniform(0.0, 0.06))
    coffee = [(0.0, 0.004), (0.113, 0.004), (0.15, 0.05), (0.153, fill), (0.0, fill)]
    parts.append(lathe(coffee, at(0, y0, 0.07), "pupil"))
    parts.append(cylinder(0.105, 0.09, 0.04, at(0, y0 + 0.32, 0.07), "pupil"))  # its lid
    grip = [(0.1, y0 + 0.32, 0.07), (0.22, y0 + 0.3, 0.1), (0.22, y0 + 0.1, 0.1),
            (0.14, y0 + 0.06, 0.08)]  # fmt: skip
    parts.append(tube(grip, 0.02, slot="pupil"))
    parts.append(box(0.28, 0.2, 0.01, at(0, y0 + 0.1, -D / 2 + 0.2), "pupil"))  # dark behind it
    parts.append(box(0.06, 0.035, 0.02, at(0.15, 0.025, D / 2), 1))  # the switch
    parts.append(sphere(0.012, at(0.06, 0.04, D / 2), "glow"))
    return parts


# ---- 440 clothes hanger ----------------------------------------------------------------------


def _hanger(rng: Rng) -> list[Part]:
    """A wooden coat hanger: two broad arms sloping from its middle to rounded shoulders, a
    trouser bar across their feet making the triangle, a steel hook curling over the top."""
    oval = np.stack([0.45 * np.cos(np.arange(10) * np.pi / 5), np.sin(np.arange(10) * np.pi / 5)],
                    1)  # fmt: skip
    arms = [(-0.58, 0.2, 0.0), (-0.5, 0.26, 0.0), (-0.25, 0.4, 0.0), (0.0, 0.48, 0.0),
            (0.25, 0.4, 0.0), (0.5, 0.26, 0.0), (0.58, 0.2, 0.0)]  # fmt: skip
    parts = [tube(arms, [0.045, 0.05, 0.045, 0.045, 0.045, 0.05, 0.045], slot=0, tag="body",
                  shape=oval)]  # fmt: skip
    parts.append(stick((-0.52, 0.025, 0.0), (0.52, 0.025, 0.0), 0.025, 0))  # the bar
    for s in (-1, 1):  # the bar's wire ends
        pts = [(s * 0.55, 0.19, 0.0), (s * 0.56, 0.09, 0.0), (s * 0.52, 0.025, 0.0)]
        parts.append(tube(pts, 0.012, slot=1))
    parts.append(cylinder(0.03, 0.03, 0.035, at(0, 0.5, 0), 1))  # the hook's nut
    hook = [(0.0, 0.52, 0.0), (0.0, 0.68, 0.0), *arc((0.08, 0.68), 0.08, 180, -20, 7)]
    parts.append(tube(hook, 0.016, slot=1))
    del rng
    return parts


# ---- 441 doormat -----------------------------------------------------------------------------


def _doormat(rng: Rng) -> list[Part]:
    """A coir doormat lying on the ground: a thick bristly rectangle with a dark border round
    it and WELCOME across it in big dark letters."""
    W, D, h = 1.5, 0.9, 0.05
    parts = [slab(rrect_outline(W, D, 0.05), h, at(0, h / 2, 0) @ FLAT_UP, 0, "body")]
    parts.append(rect_ring(W - 0.1, D - 0.1, 0.06, 0.006, at(0, h, 0), 1))
    for k in range(15):  # rows of bristle tufts
        x = -W / 2 + 0.1 + (W - 0.2) * k / 14
        parts.append(tube([(x, h, -D / 2 + 0.14), (x, h, D / 2 - 0.14)], 0.008, slot=0,
                          shape=FLAT_SECTION))  # fmt: skip
    parts += paint_text("WELCOME", at(0, h + 0.002, 0.0) @ FLAT_UP, 0.18, "marking", 0.23, 0.008)
    del rng
    return parts


# ---- 442 rolling pin -------------------------------------------------------------------------


def _rolling_pin(rng: Rng) -> list[Part]:
    """A wooden rolling pin with a handle at each end, lying on a sheet of rolled-out dough
    dusted with flour, a little heap of flour beside it."""
    phase = float(rng.uniform(0, 2 * np.pi))

    def dough(n: int) -> np.ndarray:
        t = np.arange(n) * (2 * np.pi / n)
        r = 1 + 0.06 * np.sin(3 * t + phase) + 0.04 * np.cos(5 * t)
        return np.stack([0.68 * r * np.cos(t), 0.46 * r * np.sin(t)], 1)

    parts = [slab(dough, 0.03, at(0, 0.015, 0.0) @ FLAT_UP, "seed")]
    r = 0.075
    pin = at(0.0, 0.03 + r, 0.02) @ rot("y", 18)
    barrel = [(0.0, -0.4), (0.06, -0.4), (r, -0.385), (r, 0.385), (0.06, 0.4), (0.0, 0.4)]
    parts.append(lathe(barrel, pin @ ALONG_X, 0, "body"))
    for s in (-1, 1):  # the handles
        grip = [(0.0, 0.0), (0.02, 0.0), (0.02, 0.04), (0.034, 0.06), (0.04, 0.12),
                (0.036, 0.19), (0.0, 0.2)]  # fmt: skip
        parts.append(lathe(grip, pin @ at(s * 0.395, 0, 0) @ rot("z", -s * 90), 1))
    for _ in range(48):  # the dusting of flour
        a, d = rng.uniform(0, 2 * np.pi), np.sqrt(rng.uniform(0, 1.0))
        x, z = 0.72 * d * np.cos(a), 0.5 * d * np.sin(a)
        s = float(rng.uniform(0.015, 0.045))
        speck = at(x, 0.032, z) @ FLAT_UP @ rot("z", float(rng.uniform(0, 60)))
        parts.append(slab(polygon(6, s), 0.004, speck, "snow"))
    heap = [(0.0, 0.0), (0.12, 0.0), (0.08, 0.03), (0.03, 0.05), (0.0, 0.055)]
    parts.append(lathe(heap, at(0.55, 0.03, -0.3), "snow"))
    return parts


# ---- 443 bird cage ---------------------------------------------------------------------------


def _bird(m: np.ndarray, slot="fruit-yellow") -> list[Part]:
    """A small songbird perched at the origin of ``m`` (its feet) facing +x: a plump body
    tipped up, a round head, a short pointed beak, a tail and folded wings."""
    body = v3(0.0, 0.06, 0.0)
    parts = [sphere(1.0, at(*body) @ rot("z", 28) @ scl(0.085, 0.055, 0.055), slot)]
    head = body + v3(0.065, 0.055, 0.0)
    parts.append(sphere(0.042, at(*head), slot))
    parts.append(cylinder(0.014, 0.0, 0.04, at(*(head + v3(0.035, 0.0, 0))) @ rot("z", -90),
                          "seed"))  # fmt: skip
    tail = at(*(body - v3(0.07, 0.035, 0))) @ rot("z", 35)
    parts.append(box(0.1, 0.01, 0.045, tail @ at(-0.05, 0, 0), "plume-tip"))
    for s in (-1, 1):
        wing = at(*(body + v3(-0.01, 0.005, s * 0.045))) @ rot("z", 25) @ scl(0.07, 0.035, 0.012)
        parts.append(sphere(1.0, wing, "plume-tip"))
    for dz in (-0.015, 0.015):
        parts.append(stick((0, 0.0, dz), (0.0, 0.03, dz), 0.005, "seed"))
    return [p.moved(m) for p in parts]


def _bird_cage(rng: Rng) -> list[Part]:
    """A domed bird cage: a round tray, upright wire bars curving over into a dome, rings round
    it, a ring to hang it by on top, a little door swung open, a perch across it and a yellow
    bird sitting on the perch."""
    R, y0, y1, top = 0.36, 0.1, 0.7, 1.02
    tray = [(0.0, 0.0), (0.42, 0.0), (0.42, 0.03), (0.41, 0.1), (0.38, 0.12), (0.0, 0.12)]
    parts = [lathe(tray, None, 1, "body")]
    n = 20
    door = 0  # the bar in the door's middle is left out
    for k in range(n):
        if k == door:
            continue
        a = 2 * np.pi * k / n + np.pi / 2
        c, s = np.cos(a), np.sin(a)
        pts = [(R * c, y0, R * s), (R * c, y1, R * s)]
        for u in np.radians((30, 60, 85)):
            pts.append((R * np.cos(u) * c, y1 + (top - y1) * np.sin(u), R * np.cos(u) * s))
        parts.append(tube(pts, 0.008, slot=0, shape=HEX))
    for y in (y0 + 0.02, 0.4, y1):
        parts.append(torus(R, 0.012, at(0, y, 0), 0))
    parts.append(sphere(0.04, at(0, top, 0), 0))
    parts.append(torus(0.07, 0.014, at(0, top + 0.1, 0) @ rot("x", 90), 0))  # the hanging ring
    # the door: its frame swung open round its hinge at the left
    dw, dh, dy = 0.2, 0.26, y0 + 0.04
    hinge = at(-dw / 2, dy, R) @ rot("y", -70)
    for a, b in (((0, 0), (dw, 0)), ((dw, 0), (dw, dh)), ((0, dh), (dw, dh)), ((0, 0), (0, dh))):
        parts.append(stick(pt(hinge, *a, 0), pt(hinge, *b, 0), 0.008, 0))
    for x in (0.05, 0.1, 0.15):
        parts.append(stick(pt(hinge, x, 0, 0), pt(hinge, x, dh, 0), 0.005, 0))
    py = 0.42  # the perch
    parts.append(stick((-R, py, 0.02), (R, py, 0.02), 0.014, "cork"))
    perch = at(float(rng.uniform(-0.1, 0.0)), py + 0.012, 0.02) @ rot("y", 25) @ scl(1.4)
    parts += _bird(perch)
    parts.append(cylinder(0.06, 0.07, 0.05, at(0.2, y0 + 0.02, -0.15), 1))  # a seed dish
    parts.append(cylinder(0.055, 0.055, 0.052, at(0.2, y0 + 0.02, -0.15), "seed"))
    return parts


MORE_APPLIANCES_P = {
    432: _shredder, 433: _hospital_bed, 434: _filing_cabinet, 435: _office_chair,
    436: _lunchbox, 437: _drinking_fountain, 438: _dishwasher, 439: _coffee_maker,
    440: _hanger, 441: _doormat, 442: _rolling_pin, 443: _bird_cage,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
