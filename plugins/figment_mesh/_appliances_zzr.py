"""More of the device family's appliances, from 951: a British pillar box, a mail sorting
cabinet, a rubber stamp, a railway coal tender, an envelope, a wax seal stamp, a bolt of cloth,
a hanging basket, and a tied sack (135, remade).

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    HEX,
    chain,
    cloth_sheet,
    crisp,
    flower,
    grid_skin,
    hoop,
    lines,
    lobed,
    rect_ring,
    rrect_outline,
    skin_strip,
    studs,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZR"]

Rng = np.random.Generator


# Sheets and skins from grids of points


def _along(a, b, m: np.ndarray) -> np.ndarray:
    """A placement at point a turned so that +y runs toward b (for a stick-like part)."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    return m @ at(*a_) @ align(b_ - a_)


# 951 pillar box


def _pillar_box(rng: Rng) -> list[Part]:
    """A British pillar box: a tall round red post box on a moulded black base, a jutting
    cornice ring and a domed cap with a rim on top, a horizontal letter slot under a small hood
    just below the cornice, a white collection plate under it, a door panel outlined on its
    front with a keyhole and a small crown badge."""
    r = 0.27
    parts = [lathe(crisp([(0.0, 0.1), (r, 0.1), (r, 1.18), (0.0, 1.18)]), None, 0, "body")]
    base = [(0.0, 0.0), (0.315, 0.0), (0.315, 0.05), (0.29, 0.08), (0.278, 0.1), (0.0, 0.1)]
    parts.append(lathe(crisp(base), None, 1))
    cornice = [(0.0, 1.17), (0.272, 1.17), (0.3, 1.2), (0.306, 1.24), (0.296, 1.27), (0.0, 1.27)]
    parts.append(lathe(crisp(cornice), None, 0))
    dome = [(0.0, 1.26), (0.285, 1.26), (0.282, 1.29), (0.255, 1.35), (0.2, 1.405), (0.11, 1.44),
            (0.0, 1.45)]  # fmt: skip
    parts.append(lathe(dome, None, 0))
    parts.append(torus(0.288, 0.012, at(0, 1.275, 0), 0))  # the cap's rim
    parts.append(cylinder(0.03, 0.02, 0.03, at(0, 1.445, 0), 0))  # its knob
    parts.append(torus(0.271, 0.009, at(0, 1.1, 0), 0))  # a moulded band
    parts.append(torus(0.28, 0.01, at(0, 0.14, 0), 0))
    # the letter slot: its surround, the dark mouth and the hood over it
    parts.append(box(0.27, 0.08, 0.1, at(0, 0.97, r - 0.035), 0))
    parts.append(box(0.21, 0.024, 0.02, at(0, 0.995, r + 0.012), "marking"))
    parts.append(box(0.3, 0.022, 0.12, at(0, 1.05, r - 0.02) @ rot("x", 14), 0))
    # the collection plate
    plate = at(0, 0.8, r - 0.04)
    parts.append(box(0.17, 0.11, 0.1, plate, "snow"))
    parts.append(lines(plate @ at(0, 0, 0.05), [(-0.06, 0.06, 0.085), (-0.06, 0.03, 0.06),
                                                (-0.06, 0.05, 0.04), (-0.04, 0.04, 0.02)],
                       0.008))  # fmt: skip
    # the door: a raised bead round a panel on the front, a keyhole and a crown badge
    a = 0.62
    up = np.linspace(0.28, 0.92, 6)
    for s in (-1, 1):
        pts = [(s * r * np.sin(a), y, r * np.cos(a)) for y in up]
        nrm = [(s * np.sin(a), 0.0, np.cos(a))] * len(up)
        parts.append(skin_strip(pts, nrm, 0.018, 0.024, 0))
    ang = np.linspace(-a, a, 9)
    for y in (0.28, 0.92):
        pts = [(r * np.sin(t), y, r * np.cos(t)) for t in ang]
        nrm = [(np.sin(t), 0.0, np.cos(t)) for t in ang]
        parts.append(skin_strip(pts, nrm, 0.018, 0.024, 0))
    t = 0.42
    key = at(r * np.sin(t), 0.66, r * np.cos(t)) @ rot("y", np.degrees(t)) @ ALONG_Z
    parts.append(cylinder(0.016, 0.016, 0.012, key, "marking"))
    crown = [(-0.06, 0.0), (0.06, 0.0), (0.075, 0.07), (0.035, 0.04), (0.0, 0.09), (-0.035, 0.04),
             (-0.075, 0.07)]  # fmt: skip
    parts.append(slab(sharp(crown), 0.03, at(0, 0.56, r - 0.004), 0))
    parts.append(box(0.13, 0.025, 0.04, at(0, 0.53, r - 0.012), 0))
    del rng
    return parts


# 952 mail sorting cabinet


def _sorting_cabinet(rng: Rng) -> list[Part]:
    """A post office sorting cabinet: a wooden desk-height base of two columns of drawers with
    brass pulls under an overhanging top, and on it, set back, a tall case of open pigeonholes,
    six across and five high, each with a white label on its sill, under a cornice; letters
    stick out of some of the holes."""
    w, bh, bd = 1.0, 0.74, 0.52
    parts = [box(w - 0.02, bh - 0.035, bd - 0.02, None, 0, "body")]
    parts.append(box(w + 0.04, 0.035, bd + 0.03, at(0, bh - 0.035, 0.005), 0))  # the desk top
    parts.append(box(w, 0.07, bd - 0.01, at(0, 0, 0.0), 1))  # the plinth
    dw, dh = (w - 0.07) / 2, (bh - 0.035 - 0.1 - 0.05) / 3
    for i in range(2):  # the drawers
        x = (i - 0.5) * (dw + 0.02)
        for j in range(3):
            y = 0.1 + j * (dh + 0.025)
            parts.append(box(dw, dh, 0.02, at(x, y, bd / 2 - 0.005), 0))
            parts.append(box(dw * 0.3, 0.018, 0.025, at(x, y + dh * 0.55, bd / 2 + 0.005), 1))
            parts.append(box(0.08, 0.035, 0.006, at(x, y + dh * 0.68, bd / 2 + 0.006), "snow"))
    cols, rows, ch, hd = 6, 5, 0.8, 0.32
    z0, t = -bd / 2 + hd / 2, 0.016
    case = at(0, bh, z0)
    parts.append(box(w, ch, 0.015, case @ at(0, 0, -hd / 2 + 0.0075), 0))  # the back
    for s in (-1, 1):
        parts.append(box(0.03, ch, hd, case @ at(s * (w / 2 - 0.015), 0, 0), 0))
    cw = (w - 0.06 - (cols - 1) * t) / cols
    for i in range(1, cols):
        x = -w / 2 + 0.03 + i * (cw + t) - t / 2
        parts.append(box(t, ch, hd, case @ at(x, 0, 0), 0))
    rh = (ch - 0.03 - rows * t) / rows
    for j in range(rows + 1):
        y = j * (rh + t)
        parts.append(box(w, t if j < rows else 0.03, hd, case @ at(0, y, 0), 0))
        if j < rows:
            for i in range(cols):
                x = -w / 2 + 0.03 + cw / 2 + i * (cw + t)
                parts.append(box(0.06, 0.012, 0.004, case @ at(x, y + 0.002, hd / 2), "snow"))
    parts.append(box(w + 0.05, 0.05, hd + 0.04, case @ at(0, ch, 0.0), 0))  # the cornice
    parts.append(box(w + 0.07, 0.02, hd + 0.06, case @ at(0, ch + 0.05, 0.0), 0))
    # letters in some of the holes
    cells = rng.choice(cols * rows, 11, replace=False)
    for c in cells:
        i, j = int(c) % cols, int(c) // cols
        x = -w / 2 + 0.03 + cw / 2 + i * (cw + t)
        y = j * (rh + t) + t
        if c % 3 == 0:  # a letter standing, leaning on the side
            m = case @ at(x, y, hd / 2 - 0.09) @ rot("z", 12) @ rot("x", -8)
            parts.append(box(cw * 0.7, rh * 0.75, 0.005, m, "snow"))
            continue
        for k in range(1 + int(c) % 3):
            out = float(rng.uniform(0.03, 0.1))
            m = case @ at(x + float(rng.uniform(-0.01, 0.01)), y + 0.006 * k, hd / 2 - 0.1 + out)
            m = m @ rot("y", float(rng.uniform(-10, 10)))
            parts.append(box(cw * 0.8, 0.005, 0.2, m, "snow" if k % 2 == 0 else "pages"))
    return parts


# 953 rubber stamp


def _rubber_stamp(rng: Rng) -> list[Part]:
    """A hand rubber stamp on a desk: a turned wooden knob on a short neck on a rectangular
    wooden block with a label on top and a dark rubber base, tilted up on one edge; an open ink
    pad tin beside it, its lid hinged back, and a sheet of paper with a stamped box mark."""
    bw, bd = 0.26, 0.14
    tilt = 20 + float(rng.uniform(-3, 3))
    m = at(0.3, 0.0, 0.06) @ rot("y", -15) @ rot("z", tilt) @ scl(1.3) @ at(-bw / 2, 0, 0)
    parts = [box(bw, 0.06, bd, m @ at(0, 0.028, 0), 0, "body")]  # the wooden block
    parts.append(box(bw - 0.01, 0.012, bd - 0.01, m @ at(0, 0.016, 0), 1))  # the cushion
    parts.append(box(bw - 0.02, 0.016, bd - 0.02, m, "marking"))  # the rubber
    parts.append(box(bw * 0.6, 0.002, bd * 0.6, m @ at(0, 0.088, 0), "snow"))  # the label
    parts.append(lines(m @ at(0, 0.09, 0) @ rot("x", -90), [(-0.05, 0.05, 0.0), (-0.04, 0.03,
                                                             -0.02)], 0.008))  # fmt: skip
    knob = [(0.0, 0.088), (0.04, 0.088), (0.025, 0.11), (0.022, 0.14), (0.03, 0.17), (0.055, 0.2),
            (0.062, 0.23), (0.05, 0.26), (0.0, 0.272)]  # fmt: skip
    parts.append(lathe(knob, m, 0))
    # the ink pad tin, open
    tin = at(0.36, 0.0, -0.3) @ rot("y", -12)
    parts.append(box(0.28, 0.028, 0.18, tin, 1))
    parts.append(box(0.25, 0.012, 0.15, tin @ at(0, 0.02, 0), "plume"))  # the inked pad
    lid = tin @ at(0, 0.028, -0.09) @ rot("x", -105)
    parts.append(box(0.28, 0.018, 0.18, lid @ at(0, 0, 0.09) @ rot("x", 180) @ at(0, -0.018, 0),
                     1))  # fmt: skip
    parts.append(box(0.14, 0.002, 0.08, lid @ at(0, 0.0, 0.08), "snow"))
    # the paper and its stamped mark
    paper = at(-0.28, 0.0, 0.06) @ rot("y", 8)
    parts.append(box(0.42, 0.004, 0.3, paper, "pages"))
    mark = paper @ at(-0.01, 0.004, 0.02) @ rot("y", -10)
    parts.append(rect_ring(0.2, 0.11, 0.01, 0.002, mark, "plume"))
    parts.append(lines(mark @ rot("x", -90), [(-0.07, 0.07, 0.015), (-0.05, 0.05, -0.015)],
                       0.012, 0.002, "plume"))  # fmt: skip
    return parts


# 954 railway coal tender


def _rail_wheel(x: float, y: float, z: float, r: float) -> list[Part]:
    """A small railway wheel at (x, y, z) on an axle along z: a tread with a flange on its
    inner side, a dished web and a hub boss on its outer face."""
    s = 1.0 if z > 0 else -1.0
    m = at(x, y, z) @ rot("x", 90 * s)  # local +y points out of the wheel's outer face
    return [
        cylinder(r + 0.012, r + 0.012, 0.01, m @ at(0, -0.02, 0), 1),  # the flange
        cylinder(r, r, 0.03, m @ at(0, -0.012, 0), "steel"),  # the tread
        cylinder(r * 0.86, r * 0.86, 0.03, m @ at(0, -0.008, 0), 1),  # the web
        cylinder(r * 0.3, r * 0.24, 0.03, m @ at(0, 0.012, 0), 1),  # the hub
    ]


def _bogie(x: float, y: float) -> list[Part]:
    """A tender's bogie centred at (x, 0): two axles of small wheels standing on the rails, axle
    boxes on leaf springs outside them and a bar joining them, a bolster across under the body
    at height y."""
    r, rail = 0.1, 0.075
    parts = []
    for dx in (-0.14, 0.14):
        for z in (-0.2, 0.2):
            parts += _rail_wheel(x + dx, rail + r, z, r)
        parts.append(cylinder(0.015, 0.015, 0.5, at(x + dx, rail + r, -0.25) @ ALONG_Z, 1))
    for z in (-0.25, 0.25):
        parts.append(box(0.42, 0.025, 0.02, at(x, rail + r - 0.012, z), 1))  # the side bar
        for dx in (-0.14, 0.14):
            parts.append(box(0.06, 0.08, 0.04, at(x + dx, rail + r - 0.03, z), 1))
            for k in range(3):  # the leaf spring
                parts.append(box(0.18 - 0.045 * k, 0.012, 0.03, at(x + dx, 0.3 - 0.013 * k, z), 1))
    parts.append(box(0.12, y - 0.22, 0.54, at(x, 0.22, 0), 1))  # the bolster
    return parts


def _coal_tender(rng: Rng) -> list[Part]:
    """A steam locomotive's coal tender on a length of track: a long black box body with beaded
    edges on a deep frame carried by two bogies of small wheels, its front end heaped high above
    flared coal rails with lumps of coal, the back a flat water tank top with a round filler
    hatch, red buffer beams, buffers at the back, a drawbar and coupling chain at the front,
    handrails at the corners."""
    L, W, yb, yt = 1.1, 0.46, 0.38, 0.7
    parts = [box(L, yt - yb, W, at(0, yb, 0), 0, "body")]
    parts.append(box(L + 0.02, 0.06, W - 0.1, at(0, yb - 0.06, 0), 1))  # the frame
    for s in (-1, 1):
        parts.append(box(0.03, 0.1, W + 0.04, at(s * (L / 2 + 0.015), yb - 0.08, 0), "card-red"))
    for y in (yb + 0.01, yt - 0.01):  # the beading round the body
        for s in (-1, 1):
            parts.append(box(L + 0.01, 0.016, 0.012, at(0, y - 0.008, s * W / 2), 0))
            parts.append(box(0.012, 0.016, W + 0.01, at(s * L / 2, y - 0.008, 0), 0))
    cx, cl = -0.15, 0.78  # the coal space: flared rails round it, the bulkhead behind
    for s in (-1, 1):
        parts.append(box(cl, 0.07, 0.015, at(cx, yt, s * (W / 2 + 0.01)) @ rot("x", s * 20), 0))
    parts.append(box(0.015, 0.05, W, at(cx - cl / 2, yt, 0), 0))
    parts.append(box(0.02, 0.14, W + 0.03, at(cx + cl / 2, yt, 0), 0))
    hx, hy, hz = 0.36, 0.2, 0.24
    parts.append(sphere(1.0, at(cx, yt - 0.04, 0) @ scl(hx, hy, hz), "marking"))
    u = rng.uniform(-1, 1, 110)
    v = rng.uniform(-1, 1, 110)
    keep = u**2 + v**2 < 0.8
    u, v = u[keep], v[keep]
    h = np.sqrt(np.maximum(1 - u**2 - v**2, 0))
    pts = np.stack([cx + hx * u, yt - 0.04 + hy * h, 0.9 * hz * v], 1)
    nrm = rng.normal(0, 1, (len(u), 3)) + np.array([0.0, 1.2, 0.0])
    size = rng.uniform(0.022, 0.04, len(u))
    for k in range(3):  # coal lumps in three sizes
        pick = (np.arange(len(u)) % 3) == k
        parts.append(studs(pts[pick], nrm[pick], float(size[pick].mean()), 0.035, "marking", 5))
    # the water tank top and its filler hatch
    tx = (cx + cl / 2 + L / 2) / 2
    parts.append(box(0.22, 0.03, W - 0.08, at(tx, yt, 0), 0))
    parts.append(cylinder(0.075, 0.075, 0.07, at(tx, yt, 0), 0))
    lid = at(tx - 0.08, yt + 0.07, 0) @ rot("z", -10) @ at(0.08, 0, 0)
    parts.append(cylinder(0.085, 0.085, 0.015, lid, 0))
    parts.append(stick((tx - 0.02, yt + 0.1, 0), (tx + 0.05, yt + 0.095, 0), 0.008, 1))
    for s in (-1, 1):  # the handrails at the corners and the rear buffers
        for xr in (-L / 2 - 0.012, L / 2 + 0.012):
            parts.append(stick((xr, yb + 0.04, s * (W / 2 - 0.03)),
                               (xr, yt - 0.04, s * (W / 2 - 0.03)), 0.009, "steel"))  # fmt: skip
        buf = at(L / 2 + 0.03, yb - 0.045, s * 0.16) @ rot("z", -90)
        parts.append(cylinder(0.03, 0.03, 0.09, buf, 1))
        parts.append(cylinder(0.055, 0.055, 0.015, buf @ at(0, 0.09, 0), "steel"))
    # the drawbar, hook and coupling chain at the front
    parts.append(box(0.1, 0.04, 0.06, at(-L / 2 - 0.05, yb - 0.07, 0), 1))
    parts.append(torus(0.025, 0.01, at(-L / 2 - 0.11, yb - 0.05, 0) @ rot("x", 90), 1))
    for k in range(3):
        link = at(-L / 2 - 0.15 - 0.035 * k, yb - 0.06 - 0.02 * k, 0)
        parts.append(hoop(0.022, 0.007, link @ rot("x", 90 * (k % 2)) @ scl(1.4, 1, 1), 1))
    for x in (-0.32, 0.32):
        parts += _bogie(x, yb - 0.06)
    for k in range(9):  # the track
        parts.append(box(0.09, 0.035, 0.66, at(-0.72 + 0.18 * k, 0.0, 0.0), "cork"))
    for z in (-0.2, 0.2):
        parts.append(box(L + 0.5, 0.04, 0.03, at(0, 0.035, z), "steel"))
    return parts


# 955 envelope


def _envelope_back(m: np.ndarray, w: float, d: float, rng: Rng) -> list[Part]:
    """An envelope lying back up under ``m``, w wide and d deep: its closed triangular flap
    from the far edge, the folded side flaps' seams, a red wax seal on the flap's point."""
    t = 0.012
    parts = [box(w, t, d, m, 0, "body")]
    tip = d * 0.12
    flap = [(-w / 2, -d / 2), (0.0, tip - 0.01), (w / 2, -d / 2)]
    parts.append(slab(sharp(flap), 0.005, m @ at(0, t + 0.0025, 0) @ rot("x", 90), 0))
    parts.append(slab(sharp([(-w / 2 + 0.005, d / 2 - 0.005), (-0.06, 0.02), (0.06, 0.02),
                             (w / 2 - 0.005, d / 2 - 0.005)]), 0.002,
                      m @ at(0, t + 0.001, 0) @ rot("x", 90), 0))  # fmt: skip
    for s in (-1, 1):  # the flap's edges and the seams of the side flaps
        parts.append(stick((s * w / 2, t + 0.005, -d / 2), (0.0, t + 0.005, tip - 0.01), 0.003,
                           1).moved(m))  # fmt: skip
        parts.append(stick((s * w / 2, t, d / 2), (s * 0.07, t, 0.03), 0.0025, 1).moved(m))
    jitter = float(rng.uniform(0, 0.5))
    seal = m @ at(0, t + 0.005, tip - 0.025)
    prof = [(0.0, 0.0), (0.055, 0.0), (0.058, 0.008), (0.05, 0.016), (0.0, 0.018)]
    parts.append(lathe(prof, seal @ rot("y", jitter * 60), "card-red",
                       shape=lobed(24, 7, 0.12)))  # fmt: skip
    parts.append(torus(0.034, 0.004, seal @ at(0, 0.016, 0), "card-red"))
    parts.append(torus(0.018, 0.004, seal @ at(0, 0.016, 0), "card-red"))
    return parts


def _envelope(rng: Rng) -> list[Part]:
    """Two paper envelopes: one lying back up, its triangular flap closed and sealed on its
    point with a round red wax seal; the other standing behind, leaning back a little, its
    front showing a written address and a stamp with a postmark in the top right corner."""
    w, d = 0.62, 0.38
    parts = _envelope_back(at(0.04, 0.0, 0.12) @ rot("y", -8), w, d, rng)
    front = at(-0.06, 0.0, -0.24) @ rot("y", 10) @ rot("x", -14)
    parts.append(box(w, d, 0.012, front, 0))
    face = front @ at(0, 0, 0.006)
    rows = [(-0.12, 0.14, 0.19), (-0.12, 0.1, 0.15), (-0.12, 0.16, 0.11), (-0.12, 0.06, 0.07)]
    parts.append(lines(face, rows, 0.014))
    stamp = face @ at(w / 2 - 0.07, d - 0.1, 0.0)
    parts.append(slab(flower(16, 0.85), 0.004, stamp @ scl(0.045, 0.055, 1), "snow"))
    parts.append(box(0.07, 0.085, 0.006, stamp @ at(0, -0.0425, 0), "card-red"))
    parts.append(sphere(1.0, stamp @ at(0, 0.01, 0.003) @ scl(0.018, 0.02, 0.002), "snow"))
    pm = face @ at(w / 2 - 0.17, d - 0.11, 0.004)
    parts.append(torus(0.04, 0.0025, pm @ ALONG_Z, "marking"))
    parts.append(torus(0.028, 0.0025, pm @ ALONG_Z, "marking"))
    for k in range(3):
        y = -0.02 + 0.02 * k
        pts = [(0.05 + 0.03 * i, y + 0.006 * np.sin(i * 2.0), 0.0) for i in range(6)]
        parts.append(tube(pts, 0.0025, pm @ at(-0.2, 0, 0) @ at(0.2, 0, 0), "marking"))
    return parts


# 956 wax seal stamp


def _wax_seal_stamp(rng: Rng) -> list[Part]:
    """A sealing set on a letter: a brass seal standing on its face, its turned wooden handle
    knobbed at the top, beside a round red blob of wax pressed flat with an impressed emblem of
    rings and a star; a stick of red sealing wax with a blackened tip lying by."""
    handle = [(0.0, 0.07), (0.03, 0.07), (0.026, 0.1), (0.022, 0.14), (0.03, 0.19), (0.036, 0.23),
              (0.028, 0.26), (0.02, 0.28), (0.03, 0.3), (0.038, 0.325), (0.03, 0.35),
              (0.0, 0.358)]  # fmt: skip
    m = at(-0.18, 0.004, -0.06)
    parts = [lathe(handle, m, 0, "body")]
    brass = [(0.0, 0.0), (0.055, 0.0), (0.055, 0.018), (0.04, 0.026), (0.024, 0.05), (0.032, 0.075),
             (0.0, 0.078)]  # fmt: skip
    parts.append(lathe(crisp(brass[:3]) + brass[3:], m, 1))
    parts.append(torus(0.03, 0.004, m @ at(0, 0.072, 0), 1))
    # the letter
    paper = at(0.02, 0.0, 0.02) @ rot("y", -6)
    parts.append(box(0.56, 0.004, 0.4, paper, "pages"))
    parts.append(lines(paper @ at(0, 0.004, 0) @ rot("x", -90),
                       [(-0.24, 0.1, 0.16), (-0.24, 0.2, 0.12), (-0.24, 0.16, 0.08)], 0.008,
                       0.001))  # fmt: skip
    # the seal of wax
    seal = paper @ at(0.1, 0.004, 0.06) @ rot("y", float(rng.uniform(0, 60)))
    blob = [(0.0, 0.0), (0.085, 0.0), (0.088, 0.01), (0.075, 0.02), (0.058, 0.024), (0.0, 0.024)]
    parts.append(lathe(blob, seal, "card-red", shape=lobed(30, 9, 0.1)))
    parts.append(torus(0.05, 0.005, seal @ at(0, 0.022, 0), "card-red"))
    parts.append(torus(0.04, 0.003, seal @ at(0, 0.024, 0), "card-red"))
    star = flower(5, 0.35)
    parts.append(slab(star, 0.006, seal @ at(0, 0.024, 0) @ FLAT_UP @ scl(0.022), "card-red"))
    # the stick of sealing wax
    stk = paper @ at(0.02, 0.004 + 0.016, 0.22) @ rot("y", 12) @ ALONG_X
    parts.append(cylinder(0.016, 0.016, 0.22, stk, "card-red"))
    parts.append(cylinder(0.016, 0.01, 0.02, stk @ at(0, 0.22, 0), "marking"))
    return parts


# 957 bolt of cloth


def _cloth_sheet(path: list[tuple[float, float]], x0: float, x1: float, rng: Rng) -> Part:
    """The loose end of a bolt of cloth: a sheet x0 to x1 wide following ``path`` (z, y points)
    from the bolt, lying out across the table in soft folds: ridges running along it that
    wander and swell as it goes, a loose ruck across it, its cut end curling up."""
    p = np.asarray(path, float)
    seg = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))]
    s = np.linspace(0.0, seg[-1], 50)
    z = np.interp(s, seg, p[:, 0])
    y = np.interp(s, seg, p[:, 1])
    total = seg[-1]
    xs = np.linspace(x0, x1, 40)
    ph = rng.uniform(0, 2 * np.pi, 3)
    xx, ss = xs[None, :], s[:, None]
    u = np.clip((ss - 0.18) / (total - 0.18), 0.0, 1.0)  # 0 where it leaves the bolt
    wander = 0.06 * np.sin(2.5 * u + ph[0]) + 0.1 * u
    ridges = np.sin(np.pi * (xx - wander) / 0.13 + ph[1]) + 0.6 * np.sin(np.pi * xx / 0.07)
    lift = np.clip(ridges, 0, None) * u**0.6 * 0.012 * (1.3 - u)
    ruck = 0.05 * np.exp(-(((u - 0.45) / 0.1) ** 2)) * (0.7 + 0.3 * np.sin(6 * xx + ph[2]))
    curl = 0.05 * np.clip((u - 0.9) / 0.1, 0, 1) ** 2
    lift = lift + ruck + curl
    pts = np.empty((len(s), len(xs), 3))
    pts[..., 0] = xx * (1 + 0.06 * u)
    pts[..., 1] = y[:, None] + lift
    pts[..., 2] = z[:, None] - 0.4 * ruck
    return cloth_sheet(pts, 0.008, 0)


def _bolt_of_cloth(rng: Rng) -> list[Part]:
    """A bolt of cloth on a table: a long flat board wound round with many layers of fabric into
    a thick rounded oblong bundle, its ends stepped with the wound layers and the board's edges
    sticking out of them, the loose end coming over its front edge and unrolled out across the
    table toward the viewer in soft folds."""
    L, W, H, r = 0.7, 0.32, 0.13, 0.055
    z0 = -0.3
    along = at(0, H / 2, z0) @ rot("y", 90)
    parts = [slab(rrect_outline(W, H, r), L, along, 0, "body")]
    for k in range(1, 6):  # the wound layers stepping out at the ends
        f = 1.0 - 0.15 * k
        parts.append(slab(rrect_outline(W * f, H * f, r * f), L + 0.016 * k, along, 0))
    parts.append(box(L + 0.1, 0.014, W - 0.08, at(0, H / 2 - 0.007, z0), 1))  # the board
    e = z0 + W / 2
    path = [(e - r, H + 0.004), (e - 0.012, H - 0.01), (e + 0.006, H - r), (e, 0.035),
            (e + 0.03, 0.006), (e + 0.1, 0.004), (e + 0.78, 0.004)]  # fmt: skip
    parts.append(_cloth_sheet(path, -L / 2 + 0.012, L / 2 - 0.012, rng))
    return parts


# 958 hanging basket


def _hanging_basket(rng: Rng) -> list[Part]:
    """A hanging flower basket on a wall: a scrolled iron bracket fixed to a wall plate, a hook
    at its end, three chains from the hook down to the rim of a round-bottomed woven basket,
    which is heaped with leaves and bright flowers, long trailing stems with leaves and flowers
    spilling over its rim and hanging down."""
    R, yr = 0.34, 0.82
    hub = (0.0, 1.32, 0.0)
    bowl = [(0.0, yr - R * 0.85), (R * 0.45, yr - R * 0.8), (R * 0.78, yr - R * 0.55),
            (R * 0.95, yr - R * 0.25), (R, yr)]  # fmt: skip
    inner = [(R * 0.95, yr + 0.005), (R * 0.9, yr - 0.1), (0.0, yr - 0.12)]
    parts = [lathe(bowl + inner, None, 0, "body", shape=lobed(40, 20, 0.05))]
    for k in range(1, 5):  # the weave's rounds
        y = yr - R * 0.8 * k / 5
        rr = float(np.interp(y, [b[1] for b in bowl], [b[0] for b in bowl]))
        parts.append(hoop(rr + 0.004, 0.009, at(0, y, 0), 0, 28, 4))
    parts.append(torus(R, 0.02, at(0, yr, 0), 0))  # the rim
    # the wall, the bracket and its hook
    wz = -0.5
    parts.append(box(0.7, 1.62, 0.06, at(0, 0, wz - 0.03), "stones"))
    parts.append(box(0.08, 0.36, 0.02, at(0, 1.18, wz + 0.01), 1))  # the wall plate
    arm = [(0.0, 1.46, wz + 0.02), (0.0, 1.48, -0.2), (0.0, 1.47, 0.04)]
    parts.append(tube(arm, 0.015, None, 1))
    scroll = [(0.0, 1.22, wz + 0.02), (0.0, 1.28, -0.34), (0.0, 1.38, -0.2), (0.0, 1.34, -0.12),
              (0.0, 1.28, -0.18), (0.0, 1.32, -0.24)]  # fmt: skip
    parts.append(tube(scroll, 0.012, None, 1, shape=HEX))
    parts.append(stick((0.0, 1.48, -0.2), (0.0, 1.37, -0.2), 0.009, 1))
    hook = [(0.0, 1.47, 0.0), (0.0, 1.42, 0.0), (0.0, 1.34, 0.0), (0.015, 1.31, 0.02),
            (0.02, 1.34, 0.035)]  # fmt: skip
    parts.append(tube(hook, 0.009, None, 1, shape=HEX))
    parts.append(hoop(0.024, 0.007, at(*hub) @ rot("z", 90), 1, 12, 5))  # the ring
    for k in range(3):
        a = np.radians(90 + 120 * k)
        end = (R * np.cos(a), yr + 0.01, R * np.sin(a))
        parts += chain([hub, end], 11)
    # the planting: a mound of leaves, flowers on it, trailing stems
    colours = ("card-red", "eraser", "plume", "snow", "cloth-yellow", "fruit-orange")
    off = int(rng.integers(0, 6))
    for k in range(5):
        a = 2 * np.pi * k / 5 + 0.3
        c = (0.18 * np.cos(a), yr + 0.06, 0.18 * np.sin(a))
        parts.append(sphere(1.0, at(*c) @ scl(0.19, 0.1, 0.19), "vine"))
    parts.append(sphere(1.0, at(0, yr + 0.12, 0) @ scl(0.18, 0.13, 0.18), "vine"))
    pts, ups = [], []
    n = 19
    for k in range(n):
        a = 2.39996 * k
        rr = 0.31 * np.sqrt((k + 0.5) / n)
        h = np.sqrt(max(0.0, 1 - (rr / 0.34) ** 2))
        pts.append((rr * np.cos(a), yr + 0.08 + 0.15 * h, rr * np.sin(a)))
        ups.append((np.cos(a) * rr * 2.5, 1.0, np.sin(a) * rr * 2.5))
    for k, (p, u) in enumerate(zip(pts, ups, strict=True)):
        m = at(*p) @ align(u) @ rot("x", -90)
        parts.append(slab(flower(5, 0.45), 0.012, m @ scl(0.05), colours[(k + off) % 6]))
    parts.append(studs(np.array(pts) + np.array(ups) * 0.004, ups, 0.012, 0.012, "cloth-yellow",
                       6))  # fmt: skip
    leaves, faces = [], []
    for k in range(10):  # the trailing stems
        a = 2 * np.pi * k / 10 + float(rng.uniform(-0.2, 0.2))
        drop = 0.24 + 0.22 * ((k * 7) % 10) / 9
        ca, sa = np.cos(a), np.sin(a)
        stem = [(0.24 * ca, yr + 0.08, 0.24 * sa), (0.38 * ca, yr + 0.03, 0.38 * sa),
                (0.41 * ca, yr - drop * 0.5, 0.41 * sa),
                (0.39 * ca + 0.03 * sa, yr - drop, 0.39 * sa - 0.03 * ca)]  # fmt: skip
        parts.append(tube(stem, [0.008, 0.007, 0.006, 0.004], None, "vine", shape=HEX))
        for j in range(5):
            y = yr + 0.02 - drop * (0.15 + 0.19 * j)
            side = 0.02 * (j % 2 - 0.5)
            leaves.append((0.41 * ca - side * sa, y, 0.41 * sa + side * ca))
            turn = np.radians(70 * (j % 2 - 0.5))
            faces.append((np.cos(a + turn), 0.6, np.sin(a + turn)))
        tip = at(0.39 * ca + 0.03 * sa, yr - drop - 0.01, 0.39 * sa - 0.03 * ca)
        parts.append(slab(flower(5, 0.45), 0.01, tip @ rot("y", -np.degrees(a)) @ rot("z", 90)
                          @ scl(0.04), colours[(k + off + 2) % 6]))  # fmt: skip
    parts.append(studs(leaves, faces, 0.024, 0.006, "vine", 5))
    return parts


# 135 sack


def _sack_body(rng: Rng, neck: float, rn: float) -> np.ndarray:
    """The sack's skin as a grid (rows up, columns round): a plump bag slumped on the floor,
    widest low down, leaning a little, pinched to radius rn at height ``neck`` with the cloth
    gathered there into pleats that run down and fade, a few long creases down its sides."""
    cols = 56
    th = np.arange(cols) * (2 * np.pi / cols)
    ys = np.array([0.0, 0.015, 0.04, 0.09, 0.16, 0.25, 0.34, 0.42, 0.48, 0.52, 0.55, 0.575])
    rad = np.array([0.25, 0.29, 0.31, 0.325, 0.325, 0.31, 0.27, 0.2, 0.135, 0.095, 0.075, rn])
    ys = ys / ys[-1] * neck
    t = np.linspace(0.0, 1.0, 40)
    y = np.interp(t, np.linspace(0, 1, len(ys)), ys)
    r = np.interp(y, ys, rad)
    u = (y / neck)[:, None]
    ph = rng.uniform(0, 2 * np.pi, 3)
    gather = u**3 * 0.3 * np.abs(np.sin(5 * th[None] + ph[0])) ** 0.6
    crease = np.zeros((len(y), cols))
    for c in rng.uniform(0, 2 * np.pi, 5):
        d = np.angle(np.exp(1j * (th - c)))
        crease += 0.08 * np.exp(-((d / 0.08) ** 2))[None] * np.sin(np.pi * np.clip(u, 0, 1))
    lumpy = 0.05 * np.sin(3 * th[None] + ph[1]) * (1 - u) + 0.04 * np.sin(2 * th[None] + ph[2])
    rr = r[:, None] * (1 - gather - crease + lumpy)
    lean = 0.08 * u**2
    p = np.empty((len(y), cols, 3))
    p[..., 0] = rr * np.cos(th)[None] * 1.06 + lean
    p[..., 1] = y[:, None] - 0.02 * u * (1 - u) * np.cos(th)[None]
    p[..., 2] = rr * np.sin(th)[None] * 0.94
    return p


def _sack_crown(rng: Rng, neck: float, rn: float, lean: float) -> np.ndarray:
    """The cloth above the tie as a grid: flaring out from the neck into a floppy ruffled crown
    of folds, up and out and back down inside, drooping to one side."""
    cols = 72
    th = np.arange(cols) * (2 * np.pi / cols)
    ph = float(rng.uniform(0, 2 * np.pi))
    droop = float(rng.uniform(0, 2 * np.pi))
    s = np.linspace(0.0, 1.0, 14)[:, None]
    lobes = np.sin(7 * th[None] + ph) + 0.4 * np.sin(11 * th[None] + 2 * ph)
    rad = rn + 0.14 * s**1.2 + 0.03 * s * lobes
    hgt = neck + 0.17 * s - 0.03 * s * lobes - 0.08 * s**2 * (0.5 + 0.5 * np.cos(th[None] - droop))
    wall = 0.012
    out_r = np.concatenate([rad, (rad - wall)[::-1]])
    out_y = np.concatenate([hgt, (hgt - 0.004)[::-1]])
    k = np.concatenate([s, s[::-1]])[:, 0]
    out_r[len(s) :] *= 1 - 0.25 * (1 - k[len(s) :, None])
    p = np.empty((len(out_r), cols, 3))
    p[..., 0] = out_r * np.cos(th)[None] + lean
    p[..., 1] = out_y
    p[..., 2] = out_r * np.sin(th)[None]
    return p


def _sack(rng: Rng) -> list[Part]:
    """A full sack of coarse cloth slumped on the floor: a plump soft bag, wider at the bottom
    and a little lopsided, creased down its sides, its neck gathered into pleats and cinched
    tight by a rope tied in a knot with its ends hanging; above the tie the loose cloth flares
    out into a floppy ruffled crown of folds."""
    neck, rn = 0.6, 0.06
    body = _sack_body(rng, neck, rn)
    parts = [grid_skin(body, 0, "body", (True, False))]
    lean = float(body[-1, :, 0].mean())
    parts.append(grid_skin(_sack_crown(rng, neck - 0.01, rn, lean), 0, "", (False, True)))
    a = np.linspace(0, 2 * np.pi, 17)
    ring = [(lean + 0.072 * np.cos(t), neck + 0.005, 0.068 * np.sin(t)) for t in a]
    rope = lobed(12, 3, 0.35)
    parts.append(tube(ring, 0.02, None, 1, shape=rope))
    parts.append(sphere(1.0, at(lean + 0.05, neck, 0.065) @ scl(0.03, 0.028, 0.03), 1))
    for s in (-1, 1):  # the rope's ends
        end = [(lean + 0.05, neck, 0.07), (lean + 0.07 + 0.03 * s, neck - 0.08, 0.11),
               (lean + 0.1 + 0.05 * s, neck - 0.17, 0.16 + 0.02 * s)]  # fmt: skip
        parts.append(tube(end, [0.016, 0.015, 0.013], None, 1, shape=rope))
    return parts


MORE_APPLIANCES_ZZR = {
    951: _pillar_box, 952: _sorting_cabinet, 953: _rubber_stamp, 954: _coal_tender,
    955: _envelope, 956: _wax_seal_stamp, 957: _bolt_of_cloth, 958: _hanging_basket,
    135: _sack,  # a sack, remade: a slumped body, a pinched neck, a ruffled top (it was a jar)
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
