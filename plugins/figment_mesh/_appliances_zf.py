"""More of the device family's appliances, from 624: a rolling suitcase, a departure board, a
passport, a boarding pass, a control tower, a security gate, a row of passenger seats, a duffel
bag, a luggage trolley cart, a station clock, a neck pillow and a ticket machine.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, Sweep, at, rot, scl, v3
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_SECTION,
    FLAT_UP,
    blocks,
    by_detail,
    lines,
    readout,
    reslot,
    rrect_outline,
    suitcase,
    swept,
)
from ._lettering import paint_text
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZF"]

Rng = np.random.Generator


# ---- helpers: a plane pictogram, text lines ---------------------------------------------------


def _plane_icon(m: np.ndarray, s: float, slot, depth: float = 0.006) -> list[Part]:
    """An aeroplane pictogram seen from above, nose toward +y, ``s`` long, on the face z = 0
    under ``m`` and standing ``depth`` proud of it: a fuselage, swept wings and a tailplane."""
    body = [(0.0, 0.5), (0.05, 0.4), (0.05, -0.4), (0.0, -0.5), (-0.05, -0.4), (-0.05, 0.4)]
    f = m @ at(0, 0, depth / 2) @ scl(s, s, 1.0)
    parts = [slab(sharp(body), depth, f, slot)]
    for sx in (-1, 1):  # a wing and half the tailplane each side
        wing = [(0.0, 0.16), (0.0, -0.04), (sx * 0.5, -0.2), (sx * 0.5, -0.12)]
        tail = [(0.0, -0.3), (0.0, -0.44), (sx * 0.2, -0.5), (sx * 0.2, -0.46)]
        parts += [slab(sharp(p), depth, f, slot) for p in (wing, tail)]
    return parts


# ---- 624 rolling suitcase ----------------------------------------------------------------------


def _spinner(x: float, z: float, r: float, turn: float) -> list[Part]:
    """A case's spinner wheel at (x, z): two small dark wheels side by side in a swivel
    housing rising to 2.5 r."""
    m = at(x, 0, z) @ rot("y", turn)
    w = 0.55 * r
    parts = []
    for s in (-1, 1):
        x0 = -0.15 * r - w if s < 0 else 0.15 * r
        parts.append(cylinder(r, r, w, m @ at(x0, r, 0) @ ALONG_X, "pupil"))
        parts.append(cylinder(0.4 * r, 0.4 * r, w + 0.01, m @ at(x0 - 0.005, r, 0) @ ALONG_X,
                              "steel"))  # fmt: skip
    parts.append(box(0.28 * r, 1.3 * r, 0.8 * r, m @ at(0, 0.9 * r, 0), "marking"))
    parts.append(cylinder(0.75 * r, 0.9 * r, 0.5 * r, m @ at(0, 2.0 * r, 0), "marking"))
    return parts


def _rolling_suitcase(rng: Rng) -> list[Part]:
    """A hard-shell trolley suitcase standing upright on four spinner wheels: bold vertical
    ribs down its shell, a zip round its middle, the telescopic pull handle out of its top and
    carry handles on its top and side."""
    W, H, D, y0 = 0.58, 0.82, 0.34, 0.11
    c = at(0, y0 + H / 2, 0)
    parts = [slab(rrect_outline(W, H, 0.1), D - 0.06, c, 0, "body")]
    parts.append(slab(rrect_outline(W - 0.05, H - 0.05, 0.08), D, c, 0))  # the shells' faces
    parts.append(slab(rrect_outline(W + 0.012, H + 0.012, 0.1), 0.025, c @ at(0, 0, 0.02),
                      "marking"))  # the zip # fmt: skip
    for x in np.linspace(-W / 2 + 0.11, W / 2 - 0.11, 4):  # the ribs, front and back
        for s in (-1, 1):
            rib = at(x, y0 + 0.08, s * (D / 2 - 0.004)) @ scl(1.0, 1.0, 0.7)
            parts.append(cylinder(0.032, 0.032, H - 0.16, rib, 0))
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts += _spinner(sx * (W / 2 - 0.07), sz * (D / 2 - 0.07), 0.042,
                              float(rng.uniform(-30, 30)))  # fmt: skip
    top, zb = y0 + H, -D / 2 + 0.07
    parts.append(box(0.4, 0.03, 0.08, at(0, top - 0.01, zb), "marking"))  # the handle's well
    for x in (-0.15, 0.15):  # the pull handle: a thick tube and a thinner one out of it
        parts.append(stick((x, top - 0.02, zb), (x, top + 0.24, zb), 0.019, 1))
        parts.append(stick((x, top + 0.2, zb), (x, top + 0.5, zb), 0.013, 1))
    parts.append(box(0.4, 0.06, 0.07, at(0, top + 0.48, zb), "marking"))  # its grip
    grip = [(-0.1, top - 0.01, 0.07), (-0.08, top + 0.06, 0.07), (0.08, top + 0.06, 0.07),
            (0.1, top - 0.01, 0.07)]  # fmt: skip
    parts.append(tube(grip, 0.016, slot="marking"))  # the carry handle on top
    yc, xs = y0 + H / 2 + 0.05, W / 2
    side = [(xs - 0.01, yc - 0.11, 0.0), (xs + 0.045, yc - 0.08, 0.0), (xs + 0.045, yc + 0.08, 0.0),
            (xs - 0.01, yc + 0.11, 0.0)]  # fmt: skip
    parts.append(tube(side, 0.017, slot="marking"))  # the carry handle on its side
    return parts


# ---- 625 departure board -----------------------------------------------------------------------


def _departure_board(rng: Rng) -> list[Part]:
    """An airport departures board on two posts: a wide black panel in a frame, a yellow
    header with a plane sign, and rows of lit times, flights, destinations, gates and
    coloured status notes in columns."""
    W, H, D, y0 = 1.9, 0.95, 0.1, 0.8
    parts = [box(W, H, D, at(0, y0, 0), 0, "body")]
    for x in (-0.62, 0.62):  # the posts and their feet
        parts.append(cylinder(0.035, 0.035, y0 + H - 0.1, at(x, 0, -D / 2 - 0.035), 1))
        parts.append(cylinder(0.13, 0.14, 0.03, at(x, 0, -D / 2 - 0.035), 1))
    f = at(0, y0, D / 2)
    parts.append(box(W - 0.07, H - 0.07, 0.01, f @ at(0, 0.035, 0), "pupil"))  # the face
    hh = 0.14
    ht = H - 0.05 - hh
    parts.append(box(W - 0.09, hh, 0.014, f @ at(0, ht, 0), "cloth-yellow"))  # the header
    parts += _plane_icon(f @ at(-W / 2 + 0.14, ht + hh / 2, 0.014) @ rot("z", -45), 0.13,
                         "marking")  # fmt: skip
    heads = [(-0.7, -0.55), (-0.46, -0.34), (-0.26, 0.2), (0.3, 0.4), (0.5, 0.78)]
    parts.append(lines(f @ at(0, 0, 0.014), [(a, b - 0.05, ht + hh / 2) for a, b in heads], 0.045))
    rows = 7
    step = (ht - 0.07) / rows
    times = sorted(rng.choice(np.arange(6, 22), rows))
    status = ("rainbow-green", "rainbow-green", "rainbow-red", "glow", "rainbow-green", "snow",
              "rainbow-orange")  # fmt: skip
    dest, flight, gate = [], [], []
    for i in range(rows):
        y = ht - 0.02 - step * (i + 0.5)
        if i % 2 == 0:  # a faint band behind every other row
            parts.append(box(W - 0.1, step * 0.9, 0.004, f @ at(0, y - step * 0.45, 0.006),
                             "window"))  # fmt: skip
        hhmm = f"{times[i]:02d}{int(rng.choice([0, 15, 25, 40, 55])):02d}"
        at_t = f @ at(-0.66, y - 0.025, 0.012)  # the time, in lit figures
        bar = lines(at_t, [(-0.07, 0.07, 0.025)], 0.05, 0.004, "glow")  # (at a small budget)
        parts += [by_detail(p, bar, 0.6) for p in readout(hhmm, at_t, 0.026, 0.05, "glow")]
        flight.append((-0.46, -0.39, y))
        flight.append((-0.37, -0.3, y))
        x = -0.25
        for _ in range(2):  # the destination, a word or two
            n = int(rng.integers(3, 9))
            if x + 0.045 * n > 0.25:
                break
            dest.append((x, x + 0.045 * n, y))
            x += 0.045 * n + 0.045
        gate.append((0.31, 0.39, y))
        parts.append(box(0.26, 0.05, 0.006, f @ at(0.64, y - 0.025, 0.01), status[i % 7]))
    parts.append(lines(f @ at(0, 0, 0.01), flight, 0.05, 0.006, "glow"))
    parts.append(lines(f @ at(0, 0, 0.01), dest, 0.05, 0.006, "snow"))
    parts.append(lines(f @ at(0, 0, 0.01), gate, 0.05, 0.006, "glow"))
    return parts


# ---- 626 passport ------------------------------------------------------------------------------


def _crest(m: np.ndarray, s: float) -> list[Part]:
    """A passport cover's gold crest ``s`` across, on the face z = 0 under ``m``: a ring with a
    star in it and a spray of leaves either side."""
    parts = [torus(s * 0.36, s * 0.045, m @ at(0, 0, 0.004) @ ALONG_Z, 1)]
    star = []
    for k in range(10):
        a = np.pi / 2 + k * np.pi / 5
        r = s * (0.26 if k % 2 == 0 else 0.11)
        star.append((r * np.cos(a), r * np.sin(a)))
    parts.append(slab(sharp(star), 0.008, m @ at(0, 0, 0.004), 1))
    for sx in (-1, 1):  # the laurel sprays
        for k in range(4):
            a = np.radians(-60 + 35 * k)
            p = (sx * s * 0.5 * np.cos(a), s * 0.5 * np.sin(a), 0.004)
            leaf = m @ at(*p) @ rot("z", sx * np.degrees(a)) @ scl(s * 0.05, s * 0.12, 0.005)
            parts.append(sphere(1.0, leaf, 1))
    return parts


def _cover_front(m: np.ndarray, W: float, H: float) -> list[Part]:
    """A passport cover's gold printing on the face z = 0 under ``m`` (centred on it): the
    country's name in a line at the top, the crest, the word passport and the chip sign."""
    parts = [box(W * 0.62, 0.03, 0.006, m @ at(0, H * 0.34, 0.003), 1)]
    parts += _crest(m @ at(0, H * 0.06, 0), W * 0.5)
    parts.append(box(W * 0.5, 0.028, 0.006, m @ at(0, -H * 0.24, 0.003), 1))
    chip = m @ at(0, -H * 0.38, 0.004)
    parts.append(box(0.07, 0.045, 0.006, chip, 1))
    parts.append(box(0.05, 0.028, 0.008, chip @ at(0, 0.009, 0), 0))
    parts.append(cylinder(0.011, 0.011, 0.01, chip @ at(0, 0.0225, 0) @ ALONG_Z, 1))
    return parts


def _passport(rng: Rng) -> list[Part]:
    """Two passports: one standing a little open, its dark cover printed in gold (the crest
    and the title lines), its pages' edge showing; the other lying open before it at its photo
    page, a photo square and lines of print, stamps on the facing page."""
    W, H, t = 0.44, 0.62, 0.014
    parts = []
    spine = at(-0.42, 0, -0.32) @ rot("y", -12)
    front = spine @ rot("y", -14) @ at(W / 2, 0, 0.02)
    parts.append(box(W, H, t, front, 0, "body"))
    back = spine @ rot("y", 10) @ at(W / 2, 0, -0.02)
    parts.append(box(W, H, t, back, 0))
    for k, a in enumerate(np.linspace(-6, 10, 4)):  # the pages, fanned a little
        page = spine @ rot("y", -a) @ at(W / 2 - 0.01, 0.01, 0.006 * (k - 1.5))
        parts.append(box(W - 0.02, H - 0.02, 0.008, page, "pages"))
    parts.append(cylinder(0.024, 0.024, H, spine, 0))
    parts += _cover_front(front @ at(0, H / 2, t + 0.001), W, H)
    # the open one, lying flat at its photo page
    o = at(0.26, 0, 0.22) @ rot("y", float(rng.uniform(-14, -6)))
    parts.append(box(2 * W + 0.03, 0.012, H + 0.02, o, 0))
    for s in (-1, 1):
        leaf = o @ at(s * (W / 2 + 0.002), 0.012, 0) @ rot("z", s * 2.5)
        parts.append(box(W - 0.01, 0.022, H - 0.01, leaf, "pages"))
    pg = o @ at(W / 2, 0.036, 0) @ FLAT_UP  # the photo page, its face up (its y toward -z)
    parts.append(box(0.15, 0.19, 0.004, pg @ at(-0.1, -0.1, 0.0), "plume"))  # the photo
    parts.append(sphere(1.0, pg @ at(-0.1, 0.02, 0.004) @ scl(0.032, 0.04, 0.004), "seed"))
    t = np.linspace(0.0, np.pi, 9)
    shoulders = np.stack([0.06 * np.cos(t), 0.055 * np.sin(t)], 1)
    parts.append(slab(sharp(shoulders), 0.004, pg @ at(-0.1, -0.097, 0.004), "cloth-dark"))
    rows = [(0.02, 0.18 - 0.06 * (k % 2), 0.15 - 0.045 * k) for k in range(5)]
    rows += [(-0.2, 0.2, -0.18), (-0.2, 0.2, -0.23)]  # the machine-readable lines
    parts.append(box(0.38, 0.035, 0.003, pg @ at(0, 0.22, 0.0), 1))  # its heading
    parts.append(lines(pg, rows, 0.016))
    vp = o @ at(-W / 2, 0.036, 0) @ FLAT_UP  # stamps on the facing page
    parts.append(torus(0.07, 0.008, vp @ at(-0.06, 0.1, 0.002) @ ALONG_Z, "card-red"))
    parts.append(torus(0.04, 0.006, vp @ at(-0.06, 0.1, 0.002) @ ALONG_Z, "card-red"))
    stamp = vp @ at(0.07, -0.09, 0.0) @ rot("z", 12)
    parts.append(box(0.16, 0.1, 0.004, stamp, "plume"))
    parts.append(box(0.14, 0.08, 0.005, stamp @ at(0, 0.01, 0), "pages"))
    parts.append(lines(stamp, [(-0.05, 0.05, 0.07), (-0.05, 0.03, 0.04)], 0.012, 0.006, "plume"))
    return parts


# ---- 627 boarding pass -------------------------------------------------------------------------


def _barcode(m: np.ndarray, w: float, h: float, rng: Rng) -> Part:
    """A barcode w wide and h high on the face z = 0 under ``m`` (centred on it): black bars of
    three widths (at a small budget, a few broad ones)."""
    bars, x = [], -w / 2
    while x < w / 2 - 0.02:
        b = float(rng.choice([0.006, 0.011, 0.018]))
        bars.append((x, x + b, 0.0))
        x += b + float(rng.choice([0.006, 0.01]))
    few = [(x, x + w / 14, 0.0) for x in np.linspace(-w / 2, w / 2 - w / 14, 7)]
    return by_detail(lines(m, bars, h, 0.004), lines(m, few, h, 0.004), 0.6)


def _boarding_pass(rng: Rng) -> list[Part]:
    """A boarding pass lying flat: a long paper slip with a coloured band across its head, the
    airports' codes in big letters with a plane between them, lines of print, a barcode, and a
    stub at one end past a perforated tear line."""
    L, Wd, t, cut = 1.5, 0.56, 0.008, 0.38
    lean = rot("y", -12)
    main = lean @ at((cut - 0.006 - L / 2) / 2, 0, 0)
    parts = [box(cut + L / 2 - 0.006, t, Wd, main, 0, "body")]
    stub_w = L / 2 - cut - 0.006
    parts.append(box(stub_w, t, Wd, lean @ at(cut + 0.006 + stub_w / 2, 0, 0), 0))
    feet = [(cut, 0.0, -Wd / 2 + Wd * (k + 0.5) / 12) for k in range(12)]
    parts.append(blocks(feet, (0.014, t, 0.022), lean, 0))  # the perforation's bridges
    face = lean @ at(0, t, 0) @ FLAT_UP  # the printed side: x along x, y toward -z
    band = 0.12
    for x0, x1 in ((-L / 2, cut - 0.006), (cut + 0.006, L / 2)):
        parts.append(box(x1 - x0, band, 0.003, face @ at((x0 + x1) / 2, Wd / 2 - band, 0), 1))
    hy = Wd / 2 - band / 2
    parts += _plane_icon(face @ at(-L / 2 + 0.08, hy, 0.003) @ rot("z", -90), 0.09, "snow")
    heads = [(-L / 2 + 0.15, -L / 2 + 0.45, hy), (cut + 0.05, cut + 0.22, hy)]
    parts.append(lines(face @ at(0, 0, 0.003), heads, 0.035, 0.003, "snow"))
    codes = face @ at(0, 0.07, 0.0)
    parts += paint_text("LHR", codes @ at(-0.53, 0, 0), 0.11, "marking")
    parts += _plane_icon(codes @ at(-0.31, 0, 0) @ rot("z", -90), 0.1, 1)
    parts += paint_text("MAD", codes @ at(-0.08, 0, 0), 0.11, "marking")
    rows = []
    for k, y in enumerate((-0.04, -0.08, -0.15, -0.19)):
        for x0 in (-0.7, -0.48, -0.26):
            rows.append((x0, x0 + (0.12 if k % 2 == 0 else 0.17), y))
    parts.append(lines(face, rows, 0.022))
    parts.append(_barcode(face @ at(0.19, -0.04, 0), 0.3, 0.26, rng))
    srows = [(cut + 0.05, cut + 0.2, 0.02), (cut + 0.05, cut + 0.28, -0.03),
             (cut + 0.05, cut + 0.16, -0.08), (cut + 0.05, cut + 0.24, -0.13)]  # fmt: skip
    parts.append(lines(face, srows, 0.022))
    parts += paint_text("MAD", face @ at(cut + 0.16, 0.1, 0), 0.07, "marking")
    parts.append(_barcode(face @ at(cut + 0.19, -0.2, 0), 0.26, 0.07, rng))
    return parts


# ---- 628 control tower -------------------------------------------------------------------------


def _cone(n: int, r0: float, r1: float, y0: float, y1: float, slot) -> Part:
    """An n-sided frustum round the y axis, its corners at radius r0 at y0 and r1 at y1 (the
    first at +x), its sides flat and its ends closed."""
    a = np.arange(n) * (2 * np.pi / n)
    shape = np.stack([np.cos(a), np.sin(a)], 1)
    c = np.array([[0.0, y0, 0.0], [0.0, y0, 0.0], [0.0, y1, 0.0], [0.0, y1, 0.0]])
    u = np.tile([1.0, 0.0, 0.0], (4, 1))
    v = np.tile([0.0, 0.0, -1.0], (4, 1))
    sweep = Sweep(c, u, v, np.array([0.0, r0, r1, 0.0]), shape)
    return swept(lambda k: sweep, slot)


def _control_tower(rng: Rng) -> list[Part]:
    """An airport control tower: a tall slender concrete shaft on a low base building,
    flaring at its head under a wide glass cab whose dark windows lean outward all round, a
    flat roof over it and an antenna mast with a red light on top."""
    shaft = [(0.0, 0.0), (0.17, 0.0), (0.15, 0.1), (0.12, 0.7), (0.11, 1.25), (0.14, 1.4),
             (0.24, 1.5), (0.3, 1.56), (0.0, 1.56)]  # fmt: skip
    parts = [lathe(shaft, at(0, 0.008, 0), 0, "body")]
    parts.append(box(0.7, 0.22, 0.46, at(0.12, 0, 0.1), 0))  # the base building
    parts.append(box(0.74, 0.03, 0.5, at(0.12, 0.22, 0.1), 1))
    for k in range(4):
        parts.append(box(0.1, 0.08, 0.01, at(-0.08 + 0.16 * k, 0.08, 0.33), "window"))
    parts.append(box(0.16, 0.14, 0.01, at(0.38, 0.0, 0.33), "window"))
    for k in range(3):  # slit windows up the shaft
        parts.append(box(0.03, 0.12, 0.03, at(0.0, 0.45 + 0.28 * k, 0.113), "window"))
    n, y0, y1 = 10, 1.58, 1.9
    r0, r1 = 0.28, 0.36
    parts.append(cylinder(0.32, 0.32, 0.03, at(0, 1.55, 0), 1))  # the cab's floor
    parts.append(_cone(n, r0, r1, y0, y1, "window"))
    for k in range(n):  # the mullions, leaning out with the glass
        a = 2 * np.pi * k / n
        d = np.array([np.cos(a), 0.0, -np.sin(a)])
        parts.append(
            stick(d * r0 * 1.03 + v3(0, y0, 0), d * r1 * 1.03 + v3(0, y1, 0), 0.016, "steel")
        )
    parts.append(torus(0.355, 0.012, at(0, y1 - 0.01, 0) @ rot("y", 18), 1))
    parts.append(cylinder(0.4, 0.4, 0.045, at(0, y1, 0), 1))  # the roof
    parts.append(cylinder(0.32, 0.2, 0.06, at(0, y1 + 0.045, 0), 1))
    parts.append(box(0.12, 0.07, 0.1, at(0.12, y1 + 0.1, -0.05), "steel"))
    parts.append(stick((0, y1 + 0.1, 0), (0, y1 + 0.55, 0), 0.012, "steel"))
    parts.append(stick((-0.08, y1 + 0.38, 0), (0.08, y1 + 0.38, 0), 0.007, "steel"))
    parts.append(sphere(0.025, at(0, y1 + 0.56, 0), "card-red"))
    parts.append(lathe([(0.0, 0.0), (0.05, 0.02), (0.05, 0.03), (0.0, 0.05)],
                       at(-0.2, y1 + 0.1, 0.05), "snow"))  # a radar dome # fmt: skip
    del rng
    return parts


# ---- 629 security gate -------------------------------------------------------------------------


def _security_gate(rng: Rng) -> list[Part]:
    """A walk-through metal detector: two tall thick side panels and a deep top beam making a
    doorway arch on a low base plate, rows of little lights up the panels' inner edges, a
    display and a green status light on the beam."""
    gap, pw, D, H, bh = 0.78, 0.13, 0.6, 2.05, 0.24
    parts = []
    upright = rot("x", -90)  # a slab's outline in xz, its depth up
    for s in (-1, 1):
        x = s * (gap / 2 + pw / 2)
        panel = at(x, 0.03 + (H - bh) / 2, 0) @ upright
        parts.append(slab(rrect_outline(pw, D, 0.05), H - bh, panel, 0, "body" if s < 0 else ""))
        for sz in (-1, 1):  # the dark end caps
            parts.append(box(pw + 0.012, H - bh - 0.02, 0.04, at(x, 0.04, sz * (D / 2 - 0.01)),
                             "marking"))  # fmt: skip
        feet = [(x - s * pw / 2, 0.25 + 0.11 * k, 0.0) for k in range(14)]
        parts.append(blocks(feet, (0.012, 0.05, 0.05), None, "glow"))  # the zone lights
    parts.append(box(gap + 2 * pw + 0.1, 0.03, D + 0.1, None, 1))  # the base plate
    top = at(0, H + 0.03 - bh, 0)
    parts.append(slab(rrect_outline(gap + 2 * pw + 0.04, D + 0.04, 0.06), bh,
                      top @ at(0, bh / 2, 0) @ upright, 0))  # fmt: skip
    parts.append(box(gap + 2 * pw + 0.05, 0.03, D + 0.05, top, "marking"))
    f = top @ at(0, 0, D / 2 + 0.02)
    parts.append(box(0.36, 0.12, 0.02, f @ at(-0.08, 0.06, 0), "window"))  # the display
    parts += readout("0", f @ at(-0.08, 0.085, 0.012), 0.04, 0.07, "rainbow-green")
    parts.append(box(0.12, 0.03, 0.016, f @ at(-0.18, 0.09, 0.012), "rainbow-green"))
    parts.append(box(0.12, 0.03, 0.016, f @ at(0.02, 0.09, 0.012), "rainbow-red"))
    parts.append(cylinder(0.045, 0.045, 0.03, f @ at(0.22, 0.12, 0) @ ALONG_Z, "marking"))
    parts.append(sphere(1.0, f @ at(0.22, 0.12, 0.03) @ scl(0.035, 0.035, 0.025),
                        "rainbow-green"))  # the status light # fmt: skip
    parts.append(lathe([(0.0, 0.0), (0.05, 0.0), (0.05, 0.02), (0.035, 0.06), (0.0, 0.07)],
                       at(0.3, H + 0.03, 0.12), "rainbow-green"))  # a beacon on top # fmt: skip
    del rng
    return parts


# ---- 630 passenger seats -----------------------------------------------------------------------


def _seat(x: float, tray_down: bool, tag: str = "") -> list[Part]:
    """One airline seat at x: a padded cushion, a tall padded back leaning back with a white
    cover over its headrest, its tray on the back, and a seat belt lying on the cushion."""
    w = 0.5
    parts = [slab(rrect_outline(w, 0.14, 0.05), 0.5, at(x, 0.48, 0.02) @ rot("x", -4), 0, tag)]
    back = at(x, 0.5, -0.2) @ rot("x", -12)
    parts.append(slab(rrect_outline(w, 0.95, 0.09), 0.15, back @ at(0, 0.47, 0), 0))
    parts.append(slab(rrect_outline(w - 0.06, 0.8, 0.08), 0.2, back @ at(0, 0.43, 0.01), 0))
    parts.append(slab(rrect_outline(w - 0.04, 0.24, 0.05), 0.2, back @ at(0, 0.82, 0.02),
                      "snow"))  # the headrest cover # fmt: skip
    tb = back @ at(0, 0.48, -0.08)  # the tray, on the back
    if tray_down:
        parts.append(box(0.38, 0.02, 0.3, tb @ rot("x", 12) @ at(0, -0.02, -0.15), 1))
    else:
        parts.append(box(0.38, 0.26, 0.02, tb @ at(0, -0.1, -0.01), 1))
    parts.append(box(0.06, 0.03, 0.02, tb @ at(0, 0.18, -0.015), "marking"))
    for s in (-1, 1):  # the seat belt's halves
        pts = [(x + s * 0.2, 0.52, -0.1), (x + s * 0.16, 0.57, 0.05), (x + s * 0.05, 0.565, 0.14)]
        parts.append(tube(pts, 0.025, slot="cloth-dark", shape=FLAT_SECTION))
    parts.append(box(0.07, 0.015, 0.05, at(x, 0.56, 0.14), "steel"))
    return parts


def _passenger_seats(rng: Rng) -> list[Part]:
    """A row of two airline seats on a metal frame: padded cushions and tall padded backs with
    white headrest covers, armrests between and beside them, a tray on each back (one folded
    down), the frame's legs on two floor rails."""
    parts = _seat(-0.27, False, "body") + _seat(0.27, True)
    for x in (-0.55, 0.0, 0.55):  # the armrests
        parts.append(box(0.06, 0.05, 0.46, at(x, 0.68, 0.0), 1))
        parts.append(box(0.05, 0.2, 0.06, at(x, 0.5, -0.14), 1))
        parts.append(box(0.04, 0.02, 0.04, at(x + 0.01, 0.73, 0.18), "marking"))  # its button
    parts.append(stick((-0.55, 0.42, -0.05), (0.55, 0.42, -0.05), 0.03, "steel"))
    parts.append(stick((-0.55, 0.42, 0.17), (0.55, 0.42, 0.17), 0.025, "steel"))
    for x in (-0.38, 0.38):  # the legs on their rails
        parts.append(stick((x, 0.42, 0.17), (x, 0.02, 0.22), 0.02, "steel"))
        parts.append(stick((x, 0.42, -0.05), (x, 0.02, -0.3), 0.02, "steel"))
        parts.append(stick((x, 0.03, 0.22), (x, 0.03, -0.3), 0.015, "steel"))
    for x in (-0.38, 0.38):
        parts.append(box(0.05, 0.02, 1.0, at(x, 0.0, -0.05), "marking"))
    del rng
    return parts


# ---- 631 duffel bag ----------------------------------------------------------------------------


def _duffel_bag(rng: Rng) -> list[Part]:
    """A duffel bag lying on its side: a long soft cylinder with rounded end panels ringed
    with piping, two strap handles rising over its top to a wrapped grip, a zip along the top
    and a shoulder strap looping down in front of it."""
    L, R, squash = 1.2, 0.26, 0.85
    half = L / 2
    prof = [(0.0, 0.0), (0.18, 0.005), (0.245, 0.04), (R, 0.11), (R * 1.02, half), (R, L - 0.11),
            (0.245, L - 0.04), (0.18, L - 0.005), (0.0, L)]  # fmt: skip
    bag = at(0, R * squash + 0.015, 0) @ scl(1.0, squash, 1.0)  # the bag's axis along x through 0
    parts = [lathe(prof, bag @ at(-half, 0, 0) @ ALONG_X, 0, "body")]
    for s in (-1, 1):  # the end panels, their piping, the straps round it
        parts.append(cylinder(0.2, 0.2, 0.02, bag @ at(s * (half - 0.02), 0, 0)
                              @ rot("z", -90 * s), 1))  # fmt: skip
        parts.append(torus(R * 0.99, 0.014, bag @ at(s * (half - 0.11), 0, 0) @ rot("z", 90), 1))
        band = bag @ at(s * 0.24, 0, 0) @ rot("z", 90) @ scl(1.0, 2.4, 1.0)
        parts.append(torus(R * 1.015, 0.012, band, 1))
    top = 2 * R * squash + 0.015
    for sz in (-1, 1):  # the handles, up from the straps to meet over the top
        z = sz * 0.16
        loop = [(-0.24, top - 0.08, z * 1.2), (-0.2, top + 0.14, z * 0.5),
                (0.0, top + 0.23, z * 0.1), (0.2, top + 0.14, z * 0.5),
                (0.24, top - 0.08, z * 1.2)]  # fmt: skip
        parts.append(tube(loop, 0.02, slot=1))
    parts.append(cylinder(0.04, 0.04, 0.2, at(-0.1, top + 0.215, 0) @ ALONG_X, 1))  # the grip
    zip_line = [(x, top + 0.003, 0.0) for x in np.linspace(-half + 0.13, half - 0.13, 5)]
    parts.append(tube(zip_line, 0.022, slot="marking", shape=FLAT_SECTION))
    parts.append(box(0.06, 0.015, 0.03, at(half - 0.2, top, 0.04), "steel"))  # its pull
    strap = [
        (-half + 0.05, top * 0.72, 0.16),
        (-half + 0.1, 0.2, 0.33),
        (-0.3, 0.03, 0.43),
        (0.0, 0.02, 0.46),
        (0.3, 0.03, 0.45),
        (half - 0.1, 0.2, 0.33),
        (half - 0.05, top * 0.72, 0.16),
    ]
    parts.append(tube(strap, 0.03, slot=1, shape=FLAT_SECTION))
    parts.append(box(0.24, 0.03, 0.08, at(0.0, 0.0, 0.45) @ rot("y", -2), "marking"))  # its pad
    del rng
    return parts


# ---- 632 luggage trolley cart ------------------------------------------------------------------


def _luggage_cart(rng: Rng) -> list[Part]:
    """A hotel luggage cart: a carpeted deck with a bumper rim on four castors, a tall brass
    birdcage of rails arching over it with a hanging rail and ball finials, and two suitcases
    on it."""
    L, Wd, y0 = 1.2, 0.62, 0.14
    parts = [box(L + 0.04, 0.06, Wd + 0.04, at(0, y0, 0), 0, "body")]
    parts.append(box(L - 0.02, 0.02, Wd - 0.02, at(0, y0 + 0.06, 0), 1))  # the carpet
    parts.append(torus(1.0, 0.03, at(0, y0 + 0.04, 0) @ scl(L / 2 + 0.04, 1.0, Wd / 2 + 0.04),
                       "marking"))  # the bumper # fmt: skip
    for sx in (-1, 1):
        for sz in (-1, 1):
            x, z = sx * (L / 2 - 0.1), sz * (Wd / 2 - 0.08)
            parts.append(cylinder(0.055, 0.055, 0.05, at(x - 0.025, 0.055, z) @ ALONG_X, "pupil"))
            parts.append(box(0.07, y0 - 0.06, 0.06, at(x, 0.06, z), 0))
    r, ytop, yarch = 0.018, 1.3, 1.62
    for sx in (-1, 1):  # the uprights at the corners, crossbars at each end
        x = sx * (L / 2 - 0.02)
        for sz in (-1, 1):
            z = sz * (Wd / 2 - 0.02)
            parts.append(stick((x, y0 + 0.06, z), (x, ytop, z), r, 0))
            parts.append(sphere(0.04, at(x, ytop + 0.03, z), 0))  # a finial
        for y in (0.45, ytop - 0.02):
            parts.append(stick((x, y, -Wd / 2 + 0.02), (x, y, Wd / 2 - 0.02), r, 0))
    x1 = L / 2 - 0.02
    for sz in (-1, 1):  # the arches over its length, bars up to them and a rail below
        z = sz * (Wd / 2 - 0.02)
        arch = [(x, ytop + (yarch - ytop) * (1 - (x / x1) ** 2), z) for x in
                np.linspace(-x1, x1, 7)]  # fmt: skip
        parts.append(tube(arch, r, slot=0))
        for x in (-0.3, 0.0, 0.3):  # the birdcage's bars
            y = ytop + (yarch - ytop) * (1 - (x / x1) ** 2)
            parts.append(stick((x, ytop - 0.06, z), (x, y, z), r * 0.7, 0))
        parts.append(stick((-x1, ytop - 0.06, z), (x1, ytop - 0.06, z), r * 0.8, 0))
    zz = Wd / 2 - 0.02
    for sx in (-1, 1):  # the arches across its ends, their crowns joined by the hanging rail
        arch = [(sx * x1, ytop + (yarch - ytop) * (1 - (z / zz) ** 2), z) for z in
                np.linspace(-zz, zz, 5)]  # fmt: skip
        parts.append(tube(arch, r, slot=0))
    parts.append(stick((-x1, yarch, 0), (x1, yarch, 0), r * 1.1, 0))
    for x in (-0.15, 0.1):  # hangers on the rail
        parts.append(torus(0.03, 0.004, at(x, yarch + 0.02, 0) @ rot("x", 90), "steel"))
    deck = y0 + 0.08
    lying = reslot(suitcase(rng), {0: "glaze", 1: "cork"})
    parts += [p.moved(at(-0.2, deck + 0.115, 0.25) @ rot("x", -90)) for p in lying]
    standing = reslot(suitcase(rng), {0: "card-red", 1: "cork"})
    parts += [p.moved(at(0.32, deck, 0.05) @ rot("y", 90) @ scl(0.8)) for p in standing]
    return parts


# ---- 633 station clock -------------------------------------------------------------------------


def _station_face(m: np.ndarray, r: float) -> list[Part]:
    """A railway clock's white face of radius r facing +z under ``m`` (centred at 0): bold
    black bars for the hours, fine ticks for the minutes, two black bar hands and a thin red
    second hand."""
    parts = [cylinder(r, r, 0.01, m @ ALONG_Z, "snow")]
    for k in range(12):
        bar = m @ rot("z", 30 * k) @ at(0, r * 0.66, 0.01)
        parts.append(box(r * 0.075, r * 0.24, 0.008, bar, "marking"))
    feet = []
    for k in range(60):
        if k % 5:
            a = np.radians(6 * k)
            feet.append((r * 0.86 * np.sin(a), r * 0.86 * np.cos(a), 0.01))
    ticks = blocks(feet, (r * 0.025, r * 0.035, 0.006), m, "marking")
    hidden = [(0.0, r * 0.86, 0.01)]  # at a small budget, one tick under the hour bar at 12
    parts.append(by_detail(ticks, blocks(hidden, (r * 0.025, r * 0.035, 0.006), m, "marking")))
    hh = m @ at(0, 0, 0.02) @ rot("z", -125)
    parts.append(box(r * 0.1, r * 0.72, 0.008, hh @ at(0, -r * 0.15, 0), "marking"))
    mh = m @ at(0, 0, 0.03) @ rot("z", 50)
    parts.append(box(r * 0.08, r * 1.0, 0.008, mh @ at(0, -r * 0.18, 0), "marking"))
    sh = m @ at(0, 0, 0.04) @ rot("z", -30)
    parts.append(box(r * 0.025, r * 0.85, 0.006, sh @ at(0, -r * 0.22, 0), "card-red"))
    parts.append(cylinder(r * 0.04, r * 0.04, 0.05, m @ ALONG_Z, "marking"))
    return parts


def _station_clock(rng: Rng) -> list[Part]:
    """A railway station clock: a big round double-faced clock in a thick metal drum, hanging
    from an ornate arm on a tall post, each face white with bold black hour bars, black hands
    and a red second hand."""
    r, thick = 0.38, 0.16
    cx, cy = 0.12, 1.3
    post_x = -0.48
    parts = [cylinder(0.05, 0.04, 1.95, at(post_x, 0, 0), 1)]
    parts.append(lathe([(0.0, 0.0), (0.16, 0.0), (0.15, 0.05), (0.08, 0.1), (0.06, 0.3),
                        (0.0, 0.3)], at(post_x, 0.004, 0), 1))  # fmt: skip
    parts.append(sphere(0.06, at(post_x, 1.98, 0), 1))
    arm_y = 1.82
    parts.append(stick((post_x, arm_y, 0), (cx + 0.1, arm_y, 0), 0.025, 1))
    scroll = [(post_x, 1.45, 0), (post_x + 0.15, 1.55, 0), (post_x + 0.3, 1.72, 0),
              (cx - 0.05, arm_y - 0.01, 0)]  # fmt: skip
    parts.append(tube(scroll, 0.015, slot=1))
    parts.append(stick((cx, arm_y, 0), (cx, cy + r, 0), 0.02, 1))  # its hanger
    c = at(cx, cy, 0)
    drum = c @ at(0, 0, -thick / 2) @ ALONG_Z
    parts.append(cylinder(r * 1.08, r * 1.08, thick, drum, 0, "body"))
    for s in (-1, 1):
        parts.append(torus(r * 1.04, r * 0.07, c @ at(0, 0, s * thick / 2) @ ALONG_Z, 0))
        parts += _station_face(c @ at(0, 0, s * (thick / 2 - 0.004)) @ rot("y", 90 - 90 * s), r)
    parts.append(cylinder(0.05, 0.05, 0.03, c @ at(0, r * 1.06, 0), 0))
    del rng
    return parts


# ---- 634 neck pillow ---------------------------------------------------------------------------


def _neck_pillow(rng: Rng) -> list[Part]:
    """A U-shaped travel neck pillow lying flat: a plump soft horseshoe open toward the
    viewer, its arms' ends rounded, a seam round its outer edge, and a little strap with a snap
    across the opening."""
    R, flat = 0.24, 0.8
    back = np.radians(np.linspace(-90, 90, 7))
    arm = [(R, 0.1), (R - 0.015, 0.19), (R - 0.035, 0.26)]
    mid = [(R * np.sin(p), -R * np.cos(p)) for p in back]
    xz = [(-x, z) for x, z in arm[::-1]] + mid + arm
    fat = np.array([0.135, 0.145, 0.15] + [0.15 + 0.015 * np.cos(p) for p in back] + [0.15, 0.145,
                   0.135])  # fmt: skip
    yc = fat.max() * flat
    p = np.array(xz)
    # each end rounded off: the tube runs on past it, narrowing to a point
    ends = [p[0] + (p[0] - p[1]) / np.linalg.norm(p[0] - p[1]) * d for d in (0.11, 0.08, 0.04)]
    ends += [
        p[-1] + (p[-1] - p[-2]) / np.linalg.norm(p[-1] - p[-2]) * d for d in (0.04, 0.08, 0.11)
    ]
    path = [(x, yc, z) for x, z in [*ends[:3], *xz, *ends[3:]]]
    e = fat[0]
    radii = [0.02, 0.7 * e, 0.93 * e, *fat, 0.93 * e, 0.7 * e, 0.02]
    t = np.arange(20) * np.pi / 10
    oval = np.stack([np.cos(t), flat * np.sin(t)], 1)
    parts = [tube(path, radii, slot=0, tag="body", shape=oval)]
    tan = np.gradient(p, axis=0)
    out = np.stack([tan[:, 1], -tan[:, 0]], 1) / np.linalg.norm(tan, axis=1)[:, None]
    seam = [(x + ox * f, yc, z + oz * f) for (x, z), (ox, oz), f in zip(p, out, fat, strict=True)]
    parts.append(tube(seam[1:-1], 0.009, slot=1))  # the seam round its outside
    a, b = path[3], path[-4]
    strap = [(a[0], yc + 0.07, a[2] + 0.05), (-0.07, yc + 0.05, a[2] + 0.13),
             (0.07, yc + 0.05, a[2] + 0.13), (b[0], yc + 0.07, b[2] + 0.05)]  # fmt: skip
    parts.append(tube(strap, 0.05, slot=1, shape=FLAT_SECTION[:, ::-1] * [1.0, 0.4]))
    snap = at(0.04, yc + 0.05, a[2] + 0.135) @ ALONG_Z
    parts.append(cylinder(0.028, 0.028, 0.025, snap, "steel"))
    del rng
    return parts


# ---- 635 ticket machine ------------------------------------------------------------------------


def _ticket_machine(rng: Rng) -> list[Part]:
    """A ticket vending machine: a tall slim kiosk whose upper front leans back round a lit
    touch screen, a keypad and a card reader below it, a coin slot, a dark tray at the bottom
    and a lit sign reading TICKETS on top."""
    Wd = 0.6
    side = [(-0.22, 0.0), (0.22, 0.0), (0.22, 1.0), (0.1, 1.55), (-0.22, 1.55)]
    body = rot("y", -90)  # the side outline (z, y) extruded across x
    parts = [slab(sharp(side), Wd, body, 0, "body")]
    parts.append(box(Wd + 0.04, 0.08, 0.48, None, "marking"))  # the plinth
    lean = np.degrees(np.arctan2(0.12, 0.55))
    bay = at(0, 1.0, 0.22) @ rot("x", -lean)  # the leaning face: y up it, z out of it
    parts.append(box(0.48, 0.4, 0.02, bay @ at(0, 0.08, 0), "window"))  # the screen's bezel
    parts.append(box(0.42, 0.32, 0.012, bay @ at(0, 0.12, 0.012), "rainbow-blue"))
    sc = bay @ at(0, 0.12, 0.02)
    parts.append(lines(sc, [(-0.17, 0.17, 0.28), (-0.17, -0.02, 0.21), (0.02, 0.17, 0.21),
                         (-0.17, -0.02, 0.14), (0.02, 0.17, 0.14), (-0.17, -0.02, 0.07),
                         (0.02, 0.17, 0.07)], 0.045, 0.004, "snow"))  # fmt: skip
    f = at(0, 0, 0.22)
    kp = f @ at(-0.1, 0.8, 0.0)  # the keypad
    parts.append(box(0.2, 0.17, 0.02, kp, 1))
    feet = [(-0.06 + 0.06 * i, 0.02 + 0.04 * j, 0.02) for i in range(3) for j in range(4)]
    parts.append(blocks(feet, (0.045, 0.03, 0.014), kp, "snow"))
    cr = f @ at(0.14, 0.78, 0.0)  # the card reader
    parts.append(box(0.16, 0.2, 0.06, cr, 1))
    parts.append(box(0.11, 0.012, 0.01, cr @ at(0, 0.12, 0.03), "pupil"))
    parts.append(box(0.025, 0.025, 0.01, cr @ at(0.05, 0.16, 0.03), "rainbow-green"))
    parts.append(box(0.1, 0.03, 0.008, cr @ at(0, 0.04, 0.03), "rainbow-blue"))
    co = f @ at(0.14, 0.6, 0.0)  # the coin slot
    parts.append(box(0.12, 0.12, 0.025, co, 1))
    parts.append(box(0.012, 0.07, 0.01, co @ at(0, 0.025, 0.02), "pupil"))
    parts.append(box(0.16, 0.02, 0.012, f @ at(-0.1, 0.62, 0.0), "pupil"))  # the ticket slot
    parts.append(box(0.36, 0.18, 0.02, f @ at(0, 0.2, 0.0), 1))  # the tray
    parts.append(box(0.3, 0.12, 0.024, f @ at(0, 0.22, 0.0), "pupil"))
    parts.append(box(0.34, 0.02, 0.07, f @ at(0, 0.2, 0.0), 1))
    sign = at(0, 1.55, -0.05)  # the sign on top
    parts.append(box(Wd + 0.02, 0.24, 0.22, sign @ at(0, 0.04, 0), 1))
    parts.append(box(0.06, 0.04, 0.1, sign, 1))
    parts.append(box(Wd - 0.04, 0.18, 0.01, sign @ at(0, 0.07, 0.11), "lampshade"))
    parts += paint_text("TICKETS", sign @ at(0, 0.16, 0.116), 0.1, "marking")
    del rng
    return parts


MORE_APPLIANCES_ZF = {
    624: _rolling_suitcase, 625: _departure_board, 626: _passport, 627: _boarding_pass,
    628: _control_tower, 629: _security_gate, 630: _passenger_seats, 631: _duffel_bag,
    632: _luggage_cart, 633: _station_clock, 634: _neck_pillow, 635: _ticket_machine,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
