"""More of the device family's appliances, from 1249: things to read and write with: a magazine,
a set of encyclopedias, a photo album, a journal, a paperback, a dictionary on its stand, an
instruction leaflet and a quill pen in an inkwell.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, mesh_part, rot, scl
from ._kit import (
    ALONG_Z,
    FLAT_UP,
    band,
    ccw,
    cloth_sheet,
    crisp,
    disc,
    flat_solid,
    grid_mesh,
    headstone,
    hoop,
    lines,
    loft,
    number,
    pt,
    readout,
    rrect,
    rrect_outline,
    square_bar,
    unit,
)
from ._primitives import box, cylinder, lathe, slab, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZF"]

Rng = np.random.Generator


# Sheets: pages and soft covers bent across their width


_ROWS = 9
"""Rows along a sheet whose corner curls (its end slope changing along it)."""


@lru_cache(maxsize=128)
def _bend(width: float, a0: float, ends: tuple, curl: float = 1.0, flat: float = 0.0):
    """A sheet's cross-section bent across its width: arc lengths s (33 of them, 0 to width),
    points x and y and slopes phi (radians) for each end slope in ``ends`` (degrees, rows); the
    slope turns from a0 to the end's, staying at a0 over the first ``flat`` of the width and
    then turning as the fraction gone past that to the power ``curl``."""
    e = np.asarray(ends, float)
    s = np.linspace(0.0, 1.0, 33)
    f = np.clip((s - flat) / (1.0 - flat), 0.0, 1.0) ** curl
    phi = np.radians(a0 + (e[:, None] - a0) * f[None, :])
    ds = width / 32
    c, sn = np.cos(phi), np.sin(phi)
    zero = np.zeros((len(e), 1))
    x = np.concatenate([zero, np.cumsum((c[:, 1:] + c[:, :-1]) / 2 * ds, 1)], 1)
    y = np.concatenate([zero, np.cumsum((sn[:, 1:] + sn[:, :-1]) / 2 * ds, 1)], 1)
    return s * width, x, y, phi


def _sheet_rows(width: float, depth: float, a1, a0: float, curl: float, flat: float, us, vs,
                lift):  # fmt: skip
    """Points (patches, rows along z, columns across, 3) on a sheet bent as ``_leaf`` says, at
    fractions us (patches, columns) across and vs (patches, rows) along, lifted ``lift`` (one
    per patch) off its middle, and the slopes there (radians)."""
    ends = np.atleast_1d(np.asarray(a1, float))
    vs, us = np.atleast_2d(np.asarray(vs, float)), np.atleast_2d(np.asarray(us, float))
    if len(ends) == 1:
        _, x, y, phi = _bend(width, a0, (float(ends[0]),), curl, flat)
        rows = np.zeros(vs.shape, int)
        x, y, phi = x[rows], y[rows], phi[rows]
    else:  # between the rows of a fixed grid along the sheet
        grid = np.interp(np.linspace(0.0, 1.0, _ROWS), np.linspace(0.0, 1.0, len(ends)), ends)
        _, gx, gy, gp = _bend(width, a0, tuple(grid.tolist()), curl, flat)
        t = np.clip(vs, 0.0, 1.0) * (_ROWS - 1)
        i = np.minimum(t.astype(int), _ROWS - 2)
        f = (t - i)[..., None]
        x, y, phi = (g[i] * (1 - f) + g[i + 1] * f for g in (gx, gy, gp))
    t = np.clip(us, 0.0, 1.0) * 32  # across, between the bend's samples
    j = np.minimum(t.astype(int), 31)
    g = (t - j)[:, None, :]
    kk, rr, jj = (
        np.arange(len(vs))[:, None, None],
        np.arange(vs.shape[1])[None, :, None],
        j[:, None],
    )
    x, y, phi = (a[kk, rr, jj] * (1 - g) + a[kk, rr, jj + 1] * g for a in (x, y, phi))
    lift = np.broadcast_to(np.asarray(lift, float), len(vs))[:, None, None]
    px = x - lift * np.sin(phi)
    py = y + lift * np.cos(phi)
    pz = np.broadcast_to((depth / 2 - vs * depth)[:, :, None], px.shape)
    return np.stack([px, py, pz], -1), phi


def _leaf(m, width: float, depth: float, a1, thick: float, slot, a0: float = 0.0,
          curl: float = 1.0, flat: float = 0.0, u=(0.0, 1.0), v=(0.0, 1.0), lift: float = 0.0,
          nu: int = 12, tag: str = "") -> Part:  # fmt: skip
    """A thin sheet (a page, a soft cover, a print on one) under m, bent across x: it sets off
    from its edge on the z axis along +x and its slope turns from a0 degrees to a1 (or from a1's
    first value at its near end to its last at its far end: a corner curling up) over ``width``
    (see ``_bend``); it runs ``depth`` along z from +depth/2 (near) to -depth/2. Only its part u
    (across, 0 to 1) by v (along, 0 near to 1 far) is made, lifted ``lift`` off its middle
    along its face's normal (print on it)."""
    vs = np.linspace(v[0], v[1], 2 if np.ndim(a1) == 0 else 5)
    us = np.linspace(u[0], u[1], nu)
    p, _ = _sheet_rows(width, depth, a1, a0, curl, flat, us, vs, lift)
    return cloth_sheet(p[0] @ m[:3, :3].T + m[:3, 3], thick, slot, tag)


def _prints(m, width: float, depth: float, bend: dict, patches, slot, thick: float = 0.001,
            nu: int = 6) -> Part:  # fmt: skip
    """Print on a sheet bent as ``bend`` (``_leaf``'s a1, a0, curl and flat) under m, all in one
    part: a thin patch for each (u, v, lift) of ``patches`` (see ``_leaf``)."""
    a1 = bend["a1"]
    nv = 2 if np.ndim(a1) == 0 else 4
    us = np.array([np.linspace(u[0], u[1], nu) for u, _, _ in patches])
    vs = np.array([np.linspace(v[0], v[1], nv) for _, v, _ in patches])
    lifts = [lift for _, _, lift in patches]
    rest = [bend.get(k, d) for k, d in (("a0", 0.0), ("curl", 1.0), ("flat", 0.0))]
    p, _ = _sheet_rows(width, depth, a1, *rest, us, vs, lifts)
    p = p @ m[:3, :3].T + m[:3, 3]
    du, dv = np.gradient(p, axis=1), np.gradient(p, axis=2)
    nrm = np.cross(du, dv)
    nrm *= thick / 2 / np.maximum(np.linalg.norm(nrm, axis=-1, keepdims=True), 1e-12)
    ring = np.concatenate([p + nrm, (p - nrm)[:, :, ::-1]], axis=2)
    _, faces = grid_mesh(ring[0])
    caps = np.stack([ring[:, 0].mean(1), ring[:, -1].mean(1)], 1)  # as grid_mesh adds them
    verts = np.concatenate([ring.reshape(len(p), -1, 3), caps], 1)
    per = verts.shape[1]
    faces = np.concatenate([faces + k * per for k in range(len(p))])
    return mesh_part(verts.reshape(-1, 3), faces, slot)


def _on_leaf(m, width: float, depth: float, a1, u: float, v: float, lift: float,
             a0: float = 0.0, curl: float = 1.0, flat: float = 0.0) -> np.ndarray:  # fmt: skip
    """A frame on a sheet bent as ``_leaf`` says (under m) at u across and v along, lifted
    ``lift`` off it: its x up the slope, its y the face's normal, its z toward the near end."""
    p, ph = _sheet_rows(width, depth, a1, a0, curl, flat, [u], [v], lift)
    f = rot("z", float(np.degrees(ph[0, 0, 0])))
    f[:3, 3] = p[0, 0, 0]
    return m @ f


def _bend_end(width: float, a0: float, a1: float, curl: float = 1.0) -> tuple[float, float]:
    """Where a sheet bent as ``_bend`` ends: its far edge's (x, y)."""
    _, x, y, _ = _bend(width, a0, (a1,), curl)
    return float(x[0, -1]), float(y[0, -1])


def _reach(width: float, a0: float, curl: float, drop: float) -> float:
    """The end slope (degrees) that brings a sheet bent as ``_bend`` from slope a0 down to
    ``drop`` (negative) below where it set off."""
    ends = np.linspace(-89.0, 89.0, 90)
    _, _, y, _ = _bend(width, a0, tuple(ends.tolist()), curl)
    return float(np.interp(drop, y[:, -1], ends))


def _cushion(w: float, d: float, t: float, r: float, m: np.ndarray, slot, tag: str = "") -> Part:
    """A padded board w by d and t thick under m (standing on 0, centred in x and z): a rounded
    rectangle whose edges roll over softly into a gently domed top."""
    shape = rrect(w, d, r, 4)
    rings = ((0.0, 0.012), (0.25, 0.002), (0.5, 0.0), (0.8, 0.004), (1.0, 0.016), (1.15, 0.05))
    centres, us, vs = [], [], []
    for f, inset in rings:
        centres.append((0.0, t * f, 0.0))
        us.append((1 - 2 * inset / w, 0.0, 0.0))
        vs.append((0.0, 0.0, 1 - 2 * inset / d))
    return loft(centres, us, vs, shape, slot, tag).moved(m)


# 1249: a magazine


def _magazine_copy(m: np.ndarray, fan: float, mast, photo, tag: str = "") -> list[Part]:
    """One glossy magazine lying at m (its middle at the origin), a few millimetres thick: a
    soft back cover, the block of white pages, a few pages and the front cover lifting off at
    the fore-edge by ``fan`` degrees (curling up most at the near corner); the cover a big
    photo under a bold masthead bar across the top, cover lines as small dark bars."""
    w, d = 0.68, 0.92
    base = m @ at(-w / 2, 0, 0)  # the spine on the z axis
    parts = [_leaf(base @ at(0, 0.001, 0), w, d, 0.0, 0.002, 0, nu=2, tag=tag)]
    parts.append(box(w - 0.006, 0.007, d - 0.006, base @ at(w / 2 - 0.002, 0.002, 0), "snow"))
    y = 0.0095
    for k in range(3):  # loose pages fanning up under the cover
        a = fan * (0.25 + 0.22 * k)
        parts.append(_leaf(base @ at(0, y, 0), w - 0.004, d - 0.004, (a * 1.5, a * 0.5), 0.0012,
                           "snow", curl=2.5))  # fmt: skip
        y += 0.0012
    cover = dict(a1=(fan * 1.6, fan * 0.6), curl=2.5)
    top = base @ at(0, y + 0.0008, 0)
    parts.append(_leaf(top, w, d, thick=0.002, slot=0, **cover))

    def prints(patches, slot):
        return _prints(top, w, d, cover, patches, slot)

    parts.append(prints([((0.04, 0.96), (0.04, 0.8), 0.0015)], photo))  # the cover photo
    parts.append(prints([((0.03, 0.97), (0.83, 0.97), 0.0015)], mast))  # the masthead
    letters = [
        ((u0, u1), (0.86, 0.94), 0.0025)
        for u0, u1 in ((0.08, 0.2), (0.23, 0.36), (0.39, 0.5), (0.53, 0.7))
    ]
    headline = [((0.07, 0.62), (0.1, 0.17), 0.0035)]
    parts.append(prints(letters + headline, "snow"))  # its big letters, the headline
    lines_ = [
        ((0.06, 0.26 + 0.05 * (k % 2)), (0.66 - 0.07 * k, 0.686 - 0.07 * k), 0.0025)
        for k in range(5)
    ]  # cover lines down the left of the photo
    lines_.append(((0.07, 0.45), (0.19, 0.215), 0.0035))
    parts.append(prints(lines_, "marking"))
    parts.append(prints([((0.36, 0.72), (0.3, 0.47), 0.0025)], "cloth-dark"))  # the cover star
    parts.append(prints([((0.51, 0.57), (0.47, 0.52), 0.0025)], "eraser"))
    for v, rx, rz, lift, slot in ((0.625, 0.066, 0.07, 0.0025, "marking"),
                                  (0.6, 0.056, 0.072, 0.0035, "eraser")):  # fmt: skip
        f = _on_leaf(top, w, d, cover["a1"], 0.54, v, lift, curl=2.5)
        parts.append(cylinder(1.0, 1.0, 0.001, f @ scl(rx, 1.0, rz), slot))
    return parts


def _magazine(rng: Rng) -> list[Part]:
    """A glossy magazine lying on the ground, slightly open: its soft front cover and a few
    pages curling up off the fore-edge, the cover a big colour photo under a bold red masthead
    bar with white letters, cover lines as small dark bars and a white headline; only a few
    millimetres thick; a second magazine askew beneath it."""
    turn = float(rng.uniform(-4, 4))
    low = at(0.12, 0, -0.08) @ rot("y", 28 + turn)
    parts = _magazine_copy(low, 0.0, "cloth-yellow", "plume", "body")
    parts += _magazine_copy(at(-0.05, 0.012, 0.04) @ rot("y", -4), 22.0, "card-red", 1)
    return parts


# 1250: a set of encyclopedias


def _volume(m: np.ndarray, n: int, w: float, h: float, d: float, tag: str = "") -> list[Part]:
    """One tall encyclopedia volume standing at m (its foot's middle at the origin), its
    rounded spine toward +z: two boards round the block of pages (showing at the top and the
    back), gilt bands round the spine's head and foot, a dark title label with gilt lines and a
    number plate with the volume's number."""
    b = 0.006
    zs = d / 2 - 0.018  # the spine's axis
    parts = [box(b, h, d - 0.018, m @ at(-w / 2 + b / 2, 0, -0.009), 0, tag)]
    parts.append(box(b, h, d - 0.018, m @ at(w / 2 - b / 2, 0, -0.009), 0))
    parts.append(box(w - 2 * b, h - 0.014, d - 0.03, m @ at(0, 0.007, -0.013), "pages"))
    spine = m @ at(0, 0, zs) @ scl(1, 1, 0.42)
    parts.append(cylinder(w / 2, w / 2, h, spine, 0))
    for f in (0.04, 0.075, 0.3, 0.9, 0.94):  # the gilt bands
        parts.append(hoop(w / 2, 0.004, spine @ at(0, h * f, 0), "plume-tip", 12, 4))
    parts.append(cylinder(w / 2 + 0.002, w / 2 + 0.002, h * 0.12, spine @ at(0, h * 0.72, 0),
                          "marking"))  # the title label # fmt: skip
    face = m @ at(0, 0, zs + 0.42 * w / 2)
    for k, f in enumerate((0.8, 0.77, 0.745)):
        parts.append(box(w * (0.5 - 0.12 * k), 0.009, 0.006, face @ at(0, h * f, 0),
                         "plume-tip"))  # fmt: skip
    plate = face @ at(0, h * 0.5, 0.002)
    parts.append(box(w * 0.62, 0.075, 0.006, plate, 1))  # the number plate
    digits = readout(str(n), plate @ at(0, 0.014, 0.003), 0.022, 0.046, "marking")
    parts += [p for p in digits if len(p.sweep(1.0).centres)]  # (a 1 has no level bars)
    return parts


def _bookend(x: float, face: int, hb: float) -> list[Part]:
    """An L-shaped bookend whose upright's inner face stands at x, facing ``face`` (+1: the
    books are to its right): a tall plate with a rounded top, its foot under the books."""
    parts = [slab(headstone(0.3, hb), 0.02, at(x - face * 0.01, 0, -0.02) @ rot("y", 90), 1)]
    parts.append(box(0.15, 0.004, 0.26, at(x + face * 0.07, 0, -0.02), 1))  # the foot
    parts.append(cylinder(0.05, 0.05, 0.012, at(x - face * 0.02, hb * 0.6, -0.02)
                          @ rot("z", 90 * face), 1))  # a round boss # fmt: skip
    return parts


def _encyclopedias(rng: Rng) -> list[Part]:
    """A set of eight matching tall encyclopedia volumes standing in a row between two L-shaped
    bookends, rounded spines to the front, each spine with gilt bands at head and foot, a dark
    title label and a numbered plate; the last volume leaning over against the right-hand
    bookend."""
    w, h, d = 0.085, 0.62, 0.42
    x0 = -0.42
    parts: list[Part] = []
    for k in range(7):
        parts += _volume(at(x0 + w / 2 + (w + 0.002) * k, 0, 0), k + 1, w, h, d,
                         "body" if k == 0 else "")  # fmt: skip
    lean = 16.0 + float(rng.uniform(-3, 3))
    xb = x0 + 7 * (w + 0.002) + w + 0.03  # the leaning volume's foot pivots on its right edge
    hb = 0.46
    parts += _volume(at(xb, 0, 0) @ rot("z", -lean) @ at(-w / 2, 0, 0), 8, w, h, d)
    parts += _bookend(x0 - 0.002, 1, hb)
    parts += _bookend(xb + hb * np.tan(np.radians(lean)), -1, hb)  # touching the leaning one
    return parts


# 1251: a photo album


_PHOTOS = (("plume", "land"), ("snow", "card-red"), ("plume", "cloth-yellow"), ("vine", "soil"))
"""The pictures in the album: each a sky (or background) and a ground (or subject)."""


def _photo(m: np.ndarray, w: float, d: float, k: int) -> list[Part]:
    """A white-bordered photograph lying at m (its middle on the page), w by d: a picture of a
    sky over the ground (and a sun, or a figure) and a little gold corner mount at each
    corner."""
    sky, ground = _PHOTOS[k % len(_PHOTOS)]
    parts = [box(w, 0.002, d, m, "snow")]
    bw, bd = w - 0.025, d - 0.025
    parts.append(box(bw, 0.002, bd * 0.55, m @ at(0, 0.001, -bd * 0.225), sky))
    parts.append(box(bw, 0.002, bd * 0.45, m @ at(0, 0.001, bd * 0.275), ground))
    if k % 2 == 0:  # a sun
        parts.append(cylinder(0.018, 0.018, 0.0025, m @ at(bw * 0.25, 0.001, -bd * 0.25),
                              "cloth-yellow" if sky != "cloth-yellow" else "snow"))  # fmt: skip
    else:  # a figure
        parts.append(box(0.03, 0.0025, bd * 0.5, m @ at(-bw * 0.1, 0.001, 0.0), "marking"))
    tri = sharp([(0.0, 0.0), (0.03, 0.0), (0.0, 0.03)])
    for sx, sz in ((-1, -1), (1, -1), (1, 1), (-1, 1)):  # the corner mounts
        c = m @ at(sx * (w / 2 + 0.003), 0.0035, sz * (d / 2 + 0.003)) @ FLAT_UP
        turn = {(-1, 1): 0, (1, 1): 90, (1, -1): 180, (-1, -1): 270}[(sx, sz)]
        parts.append(slab(tri, 0.0025, c @ rot("z", -turn), "plume-tip"))
    return parts


def _photo_album(rng: Rng) -> list[Part]:
    """A wide landscape photo album lying open: two thick padded cover boards with rounded
    corners either side of a rounded spine, on each a block of black pages rising a little to
    the gutter, the top pages holding white-bordered photographs with gold corner mounts, a red
    ribbon marker lying across the gutter and hanging over the front edge."""
    w, d, t = 0.5, 0.42, 0.035
    g = 0.02
    parts: list[Part] = []
    for s in (-1, 1):
        parts.append(_cushion(w, d, t, 0.035, at(s * (w / 2 + g), 0, 0), 0,
                              "body" if s < 0 else ""))  # fmt: skip
    parts.append(cylinder(0.04, 0.04, d - 0.02, at(0, 0.025, -d / 2 + 0.01) @ ALONG_Z
                          @ scl(1.0, 1.0, 0.6), 0))  # the spine # fmt: skip
    pages = []
    for s in (-1, 1):
        pg = at(s * (w / 2 + g - 0.01), t * 0.9, 0) @ rot("z", s * 2.5)
        parts.append(box(w - 0.04, 0.035, d - 0.035, pg, "marking"))
        pages.append(pg @ at(0, 0.035, 0))
    jitter = float(rng.uniform(-2, 2))
    left, right = pages[0], pages[1]
    parts += _photo(left @ at(-0.06, 0, -0.07) @ rot("y", jitter), 0.27, 0.18, 0)
    parts += _photo(left @ at(0.13, 0, 0.08) @ rot("y", -3), 0.15, 0.2, 1)
    parts += _photo(left @ at(-0.09, 0, 0.11) @ rot("y", 2), 0.2, 0.13, 3)
    parts += _photo(right @ at(0.05, 0, -0.08) @ rot("y", -jitter), 0.3, 0.19, 2)
    parts += _photo(right @ at(-0.1, 0, 0.1) @ rot("y", 3), 0.16, 0.12, 1)
    parts += _photo(right @ at(0.11, 0, 0.1), 0.16, 0.12, 0)
    top = t * 0.9 + 0.038
    ribbon = [(0.0, top + 0.004, -d / 2 + 0.04), (0.005, top + 0.006, 0.0),
              (0.01, top, d / 2 - 0.02), (0.015, top - 0.03, d / 2 + 0.008),
              (0.02, 0.003, d / 2 + 0.03), (0.03, 0.002, d / 2 + 0.1)]  # fmt: skip
    parts.append(band(ribbon, 0.022, 0.002, (1.0, 0.0, 0.0), "card-red"))
    return parts


# 1252: a journal


def _pen(m: np.ndarray) -> list[Part]:
    """A pen lying along +z under m (its cap end at the origin, its axis at height 0): a round
    barrel, a cap with a steel band and a long steel clip standing off its side (-x), a tapered
    point."""
    r, n = 0.017, 0.5
    parts = [cylinder(r, r, n * 0.62, m @ ALONG_Z, 1)]
    parts.append(cylinder(r * 1.08, r * 1.08, n * 0.3, m @ at(0, 0, -0.005) @ ALONG_Z, 1))
    parts.append(cylinder(r * 1.1, r * 1.1, 0.012, m @ at(0, 0, n * 0.28) @ ALONG_Z, "steel"))
    parts.append(cylinder(r, r * 0.35, n * 0.16, m @ at(0, 0, n * 0.62) @ ALONG_Z, 1))
    parts.append(cylinder(r * 0.35, 0.0, n * 0.04, m @ at(0, 0, n * 0.78) @ ALONG_Z, "steel"))
    parts.append(box(0.014, 0.03, 0.012, m @ at(-r, -0.015, 0.01), "steel"))  # the clip's root
    parts.append(box(0.012, 0.004, n * 0.26, m @ at(-r - 0.015, -0.012, n * 0.13 + 0.005),
                     "steel"))  # the clip # fmt: skip
    return parts


def _journal(rng: Rng) -> list[Part]:
    """A leather journal lying closed: two boards with rounded corners round a cream block of
    pages, a rounded spine on the left, a black elastic strap running over the cover and round
    its ends near the fore-edge, a pen clipped to the strap, a red ribbon bookmark hanging out of
    the foot onto the ground and a loose white sheet peeking out of the fore-edge."""
    w, d, t, b, r = 0.62, 0.9, 0.09, 0.012, 0.05
    parts = [slab(rrect_outline(w, d, r), b, at(0, b / 2, 0) @ FLAT_UP, 0, "body")]
    parts.append(slab(rrect_outline(w, d, r), b, at(0, t - b / 2, 0) @ FLAT_UP, 0))
    parts.append(slab(rrect_outline(w - 0.03, d - 0.026, r * 0.8), t - 2 * b + 0.002,
                      at(-0.008, t / 2, 0) @ FLAT_UP, "pages"))  # fmt: skip
    parts.append(cylinder(t / 2, t / 2, d - 0.03, at(-w / 2 + 0.018, t / 2, -d / 2 + 0.015)
                          @ ALONG_Z @ scl(0.45, 1.0, 1.0), 0))  # the spine # fmt: skip
    xs = w / 2 - 0.1  # the elastic strap
    parts.append(box(0.032, 0.004, d + 0.008, at(xs, t, 0), "marking"))
    for s in (-1, 1):
        parts.append(box(0.032, t + 0.008, 0.004, at(xs, -0.002, s * (d / 2 + 0.002)), "marking"))
    slide = float(rng.uniform(-0.04, 0.04))
    parts += _pen(at(xs + 0.04, t + 0.017, -0.26 + slide))
    drop = [(-0.14, t * 0.5, d / 2 - 0.03), (-0.14, t * 0.5, d / 2 + 0.01),
            (-0.135, t * 0.25, d / 2 + 0.03), (-0.13, 0.002, d / 2 + 0.06),
            (-0.11, 0.002, d / 2 + 0.17)]  # fmt: skip
    parts.append(band(drop, 0.026, 0.002, (1.0, 0.0, 0.0), "card-red"))  # the ribbon
    peek = at(w / 2 - 0.12, t * 0.62, 0.12) @ rot("y", 9)  # the loose sheet
    parts.append(box(0.3, 0.002, 0.24, peek, "snow"))
    rows = [(0.1, 0.2, -0.07 + 0.03 * k) for k in range(5)]
    parts.append(lines(peek @ at(0, 0.002, 0) @ rot("x", -90), rows, 0.007, 0.001))
    return parts


# 1253: a paperback


def _paperback(rng: Rng) -> list[Part]:
    """A paperback left lying open face down like a tent: its thin soft covers bowed from the
    rounded spine along the top down to the ground, the spine flush with the pages (no
    overhanging boards), bundles of cream pages fanning out between them at the head and foot;
    the front cover a bright illustration (a picture with a sun and hills) under a white title
    band, the back cover lines of blurb and a barcode."""
    w, d = 0.56, 0.92
    a0, a1, curl = -30.0, -50.0, 1.4
    _, drop = _bend_end(w, a0, a1, curl)
    apex = -drop + 0.004
    parts = [cylinder(0.022, 0.022, d, at(0, apex - 0.006, -d / 2) @ ALONG_Z
                      @ scl(1.0, 0.8, 1.0), 0, "body")]  # the spine # fmt: skip
    spread = float(rng.uniform(-2, 2))
    fans = []  # bundles of pages fanning out under each cover, their edges down too
    for k in range(4):
        b0 = a0 - (k + 1) * (10.0 + spread)
        fans.append((b0, _reach(w - 0.006, b0, curl, drop + 0.004 * (k + 1))))
    for s in (-1, 1):
        m = at(0, apex, 0) @ scl(s, 1, 1)
        parts.append(_leaf(m, w, d, a1, 0.003, 0, a0, curl))  # the cover
        for b0, b1 in fans:
            parts.append(_leaf(m @ at(0, -0.004, 0), w - 0.006, d - 0.004, b1, 0.012, "pages",
                               b0, curl))  # fmt: skip
    front, bend = at(0, apex, 0), dict(a1=a1, a0=a0, curl=curl)

    def prints(m, patches, slot):
        return _prints(m, w, d, bend, patches, slot)

    parts.append(prints(front, [((0.05, 0.95), (0.05, 0.7), 0.002)], 1))  # the picture
    hills = [((0.05, 0.95), (0.05, 0.2), 0.003), ((0.05, 0.55), (0.2, 0.3), 0.003)]
    parts.append(prints(front, hills, "fruit-green"))
    sun = _on_leaf(front, w, d, a1, 0.7, 0.5, 0.003, a0, curl)
    parts.append(cylinder(0.07, 0.07, 0.001, sun, "cloth-yellow"))
    parts.append(prints(front, [((0.05, 0.95), (0.74, 0.9), 0.002)], "snow"))  # the title band
    parts.append(prints(front, [((0.15, 0.85), (0.79, 0.85), 0.003)], "card-red"))
    parts.append(prints(front, [((0.25, 0.75), (0.92, 0.95), 0.002)], "marking"))  # the author
    back = at(0, apex, 0) @ scl(-1, 1, 1)
    parts.append(prints(back, [((0.55, 0.85), (0.08, 0.2), 0.002)], "snow"))  # the barcode
    ink = [((0.58 + 0.045 * k, 0.598 + 0.045 * k), (0.1, 0.18), 0.003) for k in range(6)]
    for k in range(6):  # the blurb
        v0 = 0.85 - 0.07 * k
        ink.append(((0.12, 0.82 - 0.1 * (k % 2)), (v0, v0 + 0.025), 0.002))
    parts.append(prints(back, ink, "marking"))
    return parts


# 1254: a dictionary


def _dictionary(rng: Rng) -> list[Part]:
    """A very thick dictionary (half as thick as it is wide) lying closed on a slanted wooden
    reading stand: two stout boards round the deep block of pages, a rounded spine with raised
    bands on the left, a row of thumb-index notches down the fore-edge (dark half-rounds cut
    deeper into the pages from head to foot, each with its letter tab), a red ribbon marker
    hanging out of the foot over the stand's lip."""
    W, L, T, b = 0.5, 0.66, 0.25, 0.014
    slope = 24.0
    base_h = 0.2
    bk = at(0, base_h + 0.025, 0.02) @ rot("x", slope)  # the slant's top face
    parts = [box(W, b, L, bk, 0, "body")]  # the bottom board
    parts.append(box(W, b, L, bk @ at(0, T - b, 0), 0))  # the top board
    pw, pl, xc = W - 0.045, L - 0.024, 0.012
    top, n, r = T - b, 9, 0.022
    deeps = [(T - 2 * b) * (0.1 + 0.78 * i / (n - 1)) for i in range(n)]
    zs = [-pl / 2 + 0.05 + (pl - 0.1) * i / (n - 1) for i in range(n)]  # A at the head
    rect = np.array([(-pw / 2, -pl / 2), (pw / 2, -pl / 2), (pw / 2, pl / 2), (-pw / 2, pl / 2)])

    def layer(j: int):  # the pages down to letter j's tab, notched for it and all after it
        return lambda k: [rect] + [disc((pw / 2, -zs[i]), r, 12, True) for i in range(j, n)]

    prev = 0.0
    for j in range(n):  # the block of pages in layers, the thumb index cut into them
        parts.append(flat_solid(layer(j), deeps[j] - prev, bk @ at(xc, top - deeps[j], 0)
                                @ FLAT_UP, "pages"))  # fmt: skip
        prev = deeps[j]
    parts.append(box(pw, top - deeps[-1] - b, pl, bk @ at(xc, b, 0), "pages"))
    fe = xc + pw / 2  # the fore-edge
    for i in range(n):  # the letter tabs at the notches' feet
        y = top - deeps[i]
        parts.append(box(r * 1.2, 0.016, 2 * r * 0.85, bk @ at(fe - r * 0.6 + 0.001, y - 0.015,
                                                                zs[i]), "marking"))  # fmt: skip
        parts.append(box(0.002, 0.008, 0.01, bk @ at(fe + 0.001, y - 0.011, zs[i]), "snow"))
    spine = bk @ at(-W / 2 + 0.02, T / 2, -L / 2) @ ALONG_Z @ scl(0.35, 1.0, 1.0)
    parts.append(cylinder(T / 2, T / 2, L, spine, 0))
    for f in (0.12, 0.3, 0.5, 0.7, 0.88):  # its raised bands
        parts.append(hoop(T / 2 - 0.002, 0.007, spine @ at(0, L * f, 0), 0, 16, 4))
    over = pt(bk, 0.06, 0.05, L / 2 + 0.05)  # the ribbon, out of the foot and over the lip
    ribbon = [
        pt(bk, 0.06, T * 0.55, L / 2 - 0.03),
        pt(bk, 0.06, T * 0.55, L / 2 + 0.004),
        over,
        over * (1, 0, 1) + (0.005, 0.02, 0.03),
        over * (1, 0, 1) + (0.015, 0.002, 0.11),
    ]
    parts.append(band(ribbon, 0.022, 0.002, (1.0, 0.0, 0.0), "card-red"))
    # the stand
    parts.append(box(0.6, 0.025, 0.78, bk @ at(0, -0.025, 0), 1))  # the slant
    parts.append(box(0.6, 0.07, 0.03, bk @ at(0, -0.025, L / 2 + 0.03), 1))  # its lip
    for x in (-0.26, 0.26):  # its side frames: a front post, a back leg, a foot rail
        lo, hi = pt(bk, x, -0.025, 0.36), pt(bk, x, -0.025, -0.3)
        foot = np.array([x, 0.0, hi[2] - 0.06])
        parts.append(square_bar((x, 0.0, lo[2]), lo, 0.03, 0.03, 1))
        parts.append(square_bar(foot, hi, 0.03, 0.035, 1))
        rail = foot + np.array([0.0, 0.015, -0.015])
        parts.append(square_bar((x, 0.015, lo[2] + 0.015), rail, 0.03, 0.03, 1))
    _, my, mz = (pt(bk, 0, -0.025, -0.3) + np.array([0.0, 0.0, -0.06])) / 2  # a back brace
    parts.append(square_bar((-0.27, my, mz), (0.27, my, mz), 0.025, 0.025, 1))
    return parts


# 1255: an instruction leaflet


def _arrow(m: np.ndarray, length: float, slot="marking") -> list[Part]:
    """An arrow drawn on the face z = 0 under m, from the origin along +x: a shaft and a
    triangular head."""
    head = sharp([(0.0, -0.022), (0.035, 0.0), (0.0, 0.022)])
    return [box(length - 0.03, 0.01, 0.002, m @ at((length - 0.03) / 2, -0.005, 0.001), slot),
            slab(head, 0.002, m @ at(length - 0.035, 0, 0.001), slot)]  # fmt: skip


def _frame(m: np.ndarray, w: float, h: float, line: float = 0.007, slot="marking") -> list[Part]:
    """A rectangle's outline drawn on the face z = 0 under m, its middle at the origin."""
    parts = [box(w, line, 0.002, m @ at(0, y, 0.001), slot) for y in (-h / 2, h / 2 - line)]
    for x in (-w / 2 + line / 2, w / 2 - line / 2):
        parts.append(box(line, h, 0.002, m @ at(x, -h / 2, 0.001), slot))
    return parts


def _diagram(f: np.ndarray, k: int) -> list[Part]:
    """Step k's simple diagram on a panel's face (f: its middle, z = 0 the face): a device's
    outline, a part, and arrows showing what to do (or a tick when it is done)."""
    parts = _frame(f, 0.17, 0.12)
    if k == 0:  # slide the part in from above
        parts.append(box(0.06, 0.05, 0.002, f @ at(0, 0.09, 0.001), "marking"))
        parts += _arrow(f @ at(0, 0.085, 0) @ rot("z", -90), 0.08)
    elif k == 1:  # press the button
        parts.append(box(0.05, 0.04, 0.002, f @ at(-0.03, -0.03, 0.001), "marking"))
        parts += _arrow(f @ at(0.12, 0.08, 0) @ rot("z", -135), 0.1)
    elif k == 2:  # turn it round
        parts.append(box(0.1, 0.03, 0.002, f @ at(0, -0.015, 0.001), "marking"))
        parts += _arrow(f @ at(-0.1, -0.09, 0), 0.2)
        parts += _arrow(f @ at(0.1, 0.09, 0) @ rot("z", 180), 0.2)
    else:  # done: a tick
        parts.append(box(0.018, 0.05, 0.002, f @ at(-0.02, -0.03, 0.001) @ rot("z", 40),
                         "marking"))  # fmt: skip
        parts.append(box(0.018, 0.1, 0.002, f @ at(-0.02, -0.03, 0.001) @ rot("z", -30),
                         "marking"))  # fmt: skip
    return parts


def _instruction_leaflet(rng: Rng) -> list[Part]:
    """A folded paper instruction leaflet standing half unfolded on its edge in an accordion
    zigzag of four tall panels, each panel printed with a coloured header band, a step number,
    a simple diagram (a device's outline, a part, arrows) and lines of text below it."""
    pw, ph, thin = 0.3, 0.44, 0.003
    turns = [32.0, -30.0, 34.0, -28.0]
    turns = [a + float(rng.uniform(-3, 3)) for a in turns]
    run = sum(pw * np.cos(np.radians(a)) for a in turns)
    x, z = -run / 2, 0.0
    parts: list[Part] = []
    for k, a in enumerate(turns):
        ca, sa = np.cos(np.radians(a)), np.sin(np.radians(a))
        mid = at(x + pw / 2 * ca, 0, z - pw / 2 * sa) @ rot("y", a)
        parts.append(box(pw - 0.002, ph, thin, mid, 0, "body" if k == 0 else ""))
        face = mid @ at(0, 0, thin / 2)
        parts.append(box(pw - 0.03, 0.04, 0.002, face @ at(0, ph - 0.06, 0.001), 1))  # header
        parts += number(k + 1, face @ at(-pw / 2 + 0.045, ph - 0.13, 0.001), 0.024, 0.05,
                        "marking")  # fmt: skip
        parts.append(box(0.12, 0.012, 0.002, face @ at(0.02, ph - 0.11, 0.001), "marking"))
        parts += _diagram(face @ at(0, 0.24, 0), k)
        rows = [(-pw / 2 + 0.03, pw / 2 - 0.03 - (0.06 if j % 3 == 2 else 0.0), 0.04 + 0.022 * j)
                for j in range(6)]  # fmt: skip
        parts.append(lines(face, rows, 0.008, 0.002))
        x += pw * ca
        z -= pw * sa
    return parts


# 1256: a quill pen in an inkwell


def _vane(length: float, y0: float) -> np.ndarray:
    """A quill's feather seen flat, shaft along +y from 0: a narrow vane on the left and a
    broad one on the right from y0 up to the tip at ``length``, each edge split by a few
    slanting notches between the barbs; a counter-clockwise contour."""
    ys = np.linspace(y0, length, 26)
    f = (ys - y0) / (length - y0)
    shape = np.sin(np.pi * np.clip(f, 0, 1) ** 0.7) * (1 - 0.25 * f)
    right = 0.1 * shape + 0.004
    left = 0.052 * shape + 0.004
    pts = []
    for side, edge, cuts in ((1, right, (7, 13, 18)), (-1, left, (9, 16))):
        row = []
        for i, y in enumerate(ys):
            row.append((side * edge[i], y))
            if i in cuts:  # a split between the barbs, running in and down toward the shaft
                row.append((side * edge[i] * 0.3, y - 0.04))
                row.append((side * edge[i + 1] * 0.97, ys[i + 1] - 0.01))
        pts.append(row)
    contour = [(0.0, y0 - 0.01)] + pts[0] + [(0.0, length + 0.005)] + pts[1][::-1]
    return ccw(np.array(contour))


def _quill_and_inkwell(rng: Rng) -> list[Part]:
    """A quill pen standing in an inkwell: a long white feather, its stiff central shaft running
    from a bare quill end dipped in the ink up to the tip, a narrow vane on one side and a broad
    one on the other, their edges split by slanting notches between the barbs; the inkwell a
    small squat glass pot with a short neck, full of black ink; a sheet of parchment lying
    beside it, curling up at both ends, written over in lines of ink."""
    ix, iz = -0.2, 0.05
    out = [(0.0, 0.0), (0.12, 0.0), (0.13, 0.012), (0.13, 0.07), (0.115, 0.095), (0.06, 0.11),
           (0.05, 0.125), (0.058, 0.135), (0.058, 0.145), (0.042, 0.145), (0.04, 0.12),
           (0.1, 0.09), (0.11, 0.03), (0.0, 0.025)]  # fmt: skip
    parts = [lathe(crisp(out, 0.08), at(ix, 0, iz), 1, "body")]  # the glass pot
    ink = [(0.0, 0.027), (0.108, 0.03), (0.1, 0.085), (0.0, 0.086)]
    parts.append(lathe(crisp(ink, 0.1), at(ix, 0, iz), "marking"))
    lean = float(rng.uniform(-3, 3))
    d = unit((0.42, 1.0, -0.2))
    length = 0.86
    foot = np.array([ix + 0.01, 0.035, iz])
    q = at(*foot) @ align(d) @ rot("y", 35 + lean)  # the feather's frame: shaft along +y
    parts.append(tube([(0, 0, 0), (0, 0.3, 0), (0, length, 0)], [0.007, 0.006, 0.0015], q, 0))
    parts.append(stick(pt(q, 0, -0.005, 0), pt(q, 0, 0.2, 0), 0.0075, "pages"))  # the bare quill
    parts.append(flat_solid(lambda n: [_vane(length, 0.26)], 0.003, q @ at(0, 0, -0.0015), 0))
    # the parchment
    pm = at(0.2, 0.0, 0.04) @ rot("y", -12)
    for yaw in (-90, 90):
        half = pm @ rot("y", yaw) @ at(0, 0.002, 0)
        parts.append(_leaf(half, 0.34, 0.46, 320.0, 0.003, "pages", flat=0.7, nu=24))
    rows = [(-0.16, 0.16 - (0.08 if j % 4 == 3 else 0.0), -0.2 + 0.04 * j) for j in range(11)]
    parts.append(lines(pm @ at(0, 0.0035, 0) @ rot("x", -90), rows, 0.009, 0.001))
    return parts


MORE_APPLIANCES_ZZZZF = {
    1249: _magazine, 1250: _encyclopedias, 1251: _photo_album, 1252: _journal,
    1253: _paperback, 1254: _dictionary, 1255: _instruction_leaflet, 1256: _quill_and_inkwell,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
