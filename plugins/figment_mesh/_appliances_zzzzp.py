"""More of the device family's appliances, from 1329: a three-masted sailing ship, a ketch, an oil
tanker, a Zero fighter, an aircraft carrier, a bucking bronco, an armadillo and a bison.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, mesh_part, rot, scl, v3
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    band,
    blocks,
    cloth_sheet,
    grid_skin,
    hair_locks,
    hoop,
    number,
    rod,
    rope,
    skin_field,
    skin_hits,
    solid,
    studs,
    unit,
)
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import Shape, ellipsoid
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZP"]

Rng = np.random.Generator


# Hulls and the sea


def _hull_grid(x, half, keel, deck, square: float, k: int = 7, tumble: float = 0.0):
    """A ship's hull as a grid (rows along x from stern to bow, each a loop round its section):
    from the starboard deck edge down round the bilge to the keel and up to the port deck edge,
    the deck closing the loop flat. Per row: x, the half beam, the keel's and the deck's
    heights; ``square`` 2 gives round sections, more gives boxier ones; ``tumble`` bulges the
    sides at mid-height (a sailing ship's tumblehome)."""
    th = np.concatenate([np.linspace(0, np.pi / 2, k), np.linspace(np.pi / 2, 0, k)[1:]])
    side = np.concatenate([np.ones(k), -np.ones(k - 1)])
    e = 2.0 / square
    c, s = np.cos(th) ** e, np.sin(th) ** e
    x, half = np.asarray(x, float), np.asarray(half, float)
    keel, deck = np.asarray(keel, float), np.asarray(deck, float)
    p = np.zeros((len(x), len(th), 3))
    p[..., 0] = x[:, None]
    p[..., 1] = deck[:, None] - (deck - keel)[:, None] * s[None]
    p[..., 2] = side[None] * half[:, None] * (c * (1 + tumble * np.sin(2 * th)))[None]
    return p


def _hull_side(x, half, keel, deck, square: float, y: float, tumble: float = 0.0):
    """Where a hull of ``_hull_grid``'s lines meets the height y on its starboard side: the
    half beam there for each row (0 where y is below the row's keel)."""
    x, half = np.asarray(x, float), np.asarray(half, float)
    keel, deck = np.asarray(keel, float), np.asarray(deck, float)
    e = 2.0 / square
    f = np.clip((deck - y) / np.maximum(deck - keel, 1e-6), 0.0, 1.0)
    s = f ** (1 / e)
    th = np.arcsin(np.clip(s, 0, 1))
    return half * np.cos(th) ** e * (1 + tumble * np.sin(2 * th)) * (y >= keel)


def _sea(rx: float, rz: float, h: float = 0.03) -> Part:
    """A flat oval of calm sea rx by rz, h deep, under a ship: a smooth slab."""
    t = np.linspace(0, 2 * np.pi, 73)[:-1]
    oval = np.stack([rx * np.cos(t), rz * np.sin(t)], 1)
    return slab(lambda n: oval, h, at(0, h / 2, 0) @ FLAT_UP, "pane")


def _wires(pairs, w: float, slot="marking") -> Part:
    """Many thin straight lines (rigging, ratlines, rails) as one part: a square prism w thick
    from a to b for each pair (a, b)."""
    a = np.array([p[0] for p in pairs], float)
    b = np.array([p[1] for p in pairs], float)
    d = b - a
    d /= np.maximum(np.linalg.norm(d, axis=1, keepdims=True), 1e-9)
    ref = np.where(np.abs(d[:, 1:2]) < 0.9, [[0.0, 1.0, 0.0]], [[1.0, 0.0, 0.0]])
    u = np.cross(d, ref)
    u *= w / 2 / np.linalg.norm(u, axis=1, keepdims=True)
    v = np.cross(d, u)
    v *= w / 2 / np.linalg.norm(v, axis=1, keepdims=True)
    off = np.stack([u + v, v - u, -u - v, u - v], 1)  # (n, 4, 3)
    verts = np.concatenate([a[:, None] + off, b[:, None] + off], 1)  # (n, 8, 3)
    one = [(0, 2, 1), (0, 3, 2), (4, 5, 6), (4, 6, 7)]
    for i in range(4):
        j = (i + 1) % 4
        one += [(i, j, 4 + j), (i, 4 + j, 4 + i)]
    faces = np.array(one)[None] + (np.arange(len(a)) * 8)[:, None, None]
    return mesh_part(verts.reshape(-1, 3), faces.reshape(-1, 3), slot)


def _cloth(p: np.ndarray, slot=1) -> Part:
    """A sail through a grid of points."""
    return cloth_sheet(p, 0.004, slot)


def _triangle(a, b, c, slot=1, thick: float = 0.004) -> Part:
    """A flat three-cornered sheet (a jib, a pennant) through a, b and c in the plane z = a's z."""
    pts = sharp([(a[0], a[1]), (b[0], b[1]), (c[0], c[1])])
    return slab(pts, thick, at(0, 0, a[2]), slot)


# 1329 ship


def _ship_lines(n: int = 26):
    """The three-master's lines: x, half beam, keel and deck per row from stern to bow."""
    x = np.linspace(-0.38, 0.34, n)
    bow = np.clip((x - 0.1) / 0.24, 0, 1)
    aft = np.clip((-0.22 - x) / 0.16, 0, 1)
    half = np.maximum(0.1 * np.sqrt(np.clip(1 - bow**1.8, 0, 1)) * (1 - 0.22 * aft**2), 0.004)
    keel = 0.012 + 0.14 * bow**2.6 + 0.04 * aft**2
    deck = 0.2 + 0.045 * (x / 0.36) ** 2
    return x, half, keel, deck


def _square_sail(x: float, y0: float, y1: float, head: float, foot: float, belly: float) -> Part:
    """A square sail across the ship at x hanging from its yard at y1 to its foot at y0, ``head``
    half wide at the yard and ``foot`` at its foot, bellied forward (+x)."""
    v = np.linspace(0, 1, 6)[:, None]
    u = np.linspace(-1, 1, 9)[None, :]
    hw = foot + (head - foot) * v
    bulge = belly * (y1 - y0) * (1 - 0.8 * u**2) * np.sin(np.pi * (0.15 + 0.8 * v))
    p = np.zeros((6, 9, 3))
    p[..., 0] = x + 0.012 + bulge
    p[..., 1] = y0 + (y1 - y0) * v + 0.015 * (1 - u**2) * (1 - v)
    p[..., 2] = u * hw
    return _cloth(p)


def _shrouds(x: float, y: float, half: float, deck: float, rungs: int) -> list:
    """A mast's shrouds both sides as lines (a, b): three from the mast at height y to the
    ship's side at the deck, crossed by ratlines."""
    out = []
    for s in (-1, 1):
        tops = [(x - 0.004 * i, y, s * 0.012) for i in range(3)]
        feet = [(x + 0.025 - 0.03 * i, deck, s * half) for i in range(3)]
        out += list(zip(tops, feet, strict=True))
        for j in range(1, rungs + 1):
            f = j / (rungs + 1)
            p0 = [feet[0][i] + (tops[0][i] - feet[0][i]) * f for i in range(3)]
            p1 = [feet[2][i] + (tops[2][i] - feet[2][i]) * f for i in range(3)]
            out.append((p0, p1))
    return out


def _tiers(low: float, top: float, f: float):
    """Three square sails stacked from ``low`` to ``top`` on a mast (course, topsail,
    topgallant): the heights of each one's foot and head and its half widths at its head and
    foot, ``f`` scaling the widths."""
    h = top - low
    cuts = [0.0, 0.42, 0.76, 1.0]
    widths = [(0.15, 0.17), (0.125, 0.145), (0.09, 0.115)]
    out = []
    for k in range(3):
        y0 = low + h * cuts[k] + 0.012
        y1 = low + h * cuts[k + 1] - 0.006
        out.append((y0, y1, widths[k][0] * f, widths[k][1] * f))
    return out


def _ship(rng: Rng) -> list[Part]:
    """A three-masted square-rigged sailing ship (a man-of-war) on a flat oval of sea, bow to
    +x: a deep wooden hull with a rising sheer, a yellow strake along each side with a row of
    black gunports and cannon muzzles, a raised stern castle with stern windows and a rail, a
    small forecastle, a long bowsprit with a jib; three masts (the main tallest, the mizzen
    shortest), each with three square sails stacked on their yards and bellied forward, a
    spanker on the mizzen, shrouds with ratlines and stays, a red ensign and pennants."""
    x, half, keel, deck = _ship_lines()
    tumble = 0.1
    grid = _hull_grid(x, half, keel, deck, 2.2, 8, tumble)
    rake = (grid[0, :, 1] - keel[0]) * 0.25
    grid[0, :, 0] -= rake  # the transom leans aft
    parts = [grid_skin(grid, 0, "body")]
    parts.append(_sea(0.62, 0.34, 0.05))
    ys = 0.145
    zs = _hull_side(x, half, keel, deck, 2.2, ys, tumble) + 0.003
    for s in (-1, 1):  # the strakes, the gunports and their guns
        pts = np.stack([x[2:-4], np.full(len(x) - 6, ys), s * zs[2:-4]], 1)
        parts.append(tube(pts, 1.0, None, "cloth-yellow", shape=np.array(
            [[-0.003, -0.017], [0.003, -0.017], [0.003, 0.017], [-0.003, 0.017]])))  # fmt: skip
        ports = np.stack([x[3:-5], np.full(len(x) - 8, ys - 0.008), s * (zs[3:-5] + 0.002)], 1)
        parts.append(blocks(ports, (0.016, 0.016, 0.006), None, "marking"))
        guns = ports + v3(0, 0.008, s * 0.008)
        parts.append(studs(guns, np.tile([0, 0, 1.0], (len(guns), 1)), 0.004, 0.018, "marking"))
        for xi in (0.17, -0.02, -0.2):  # the channels the shrouds come down to
            hw = float(np.interp(xi, x, _hull_side(x, half, keel, deck, 2.2, 0.21, tumble)))
            parts.append(box(0.09, 0.006, 0.02, at(xi, 0.205, s * (hw + 0.008)), 0))
    # the stern castle: a raised deck with stern windows and a rail
    cx, cl = -0.28, 0.2
    cw = float(np.interp(cx, x, half)) * 1.8
    cd = float(np.interp(cx, x, deck))
    parts.append(box(cl, 0.075, cw, at(cx - 0.005, cd - 0.02, 0), 0))
    parts.append(box(cl + 0.02, 0.012, cw + 0.02, at(cx - 0.01, cd + 0.055, 0), 0))
    for z in np.linspace(-cw / 2 + 0.03, cw / 2 - 0.03, 4):  # the stern windows
        parts.append(box(0.006, 0.03, 0.025, at(cx - cl / 2 - 0.018, cd + 0.005, z) @ rot("z", -14),
                         "window"))  # fmt: skip
    for s in (-1, 1):
        for k in range(3):  # the castle's side windows
            parts.append(box(0.022, 0.022, 0.004, at(cx - 0.06 + 0.05 * k, cd + 0.012,
                                                      s * (cw / 2 + 0.002)), "window"))  # fmt: skip
        rail = [(cx - cl / 2, cd + 0.067 + 0.03, s * cw / 2), (cx + cl / 2, cd + 0.067 + 0.03,
                                                               s * cw / 2)]  # fmt: skip
        parts.append(rod(*rail, 0.006, 0))
        for k in range(6):
            px = cx - cl / 2 + cl * k / 5
            parts.append(rod((px, cd + 0.067, s * cw / 2), (px, cd + 0.097, s * cw / 2), 0.004, 0))
    fx = 0.2  # the forecastle
    fw = float(np.interp(fx, x, half)) * 1.7
    parts.append(box(0.12, 0.04, fw, at(fx, float(np.interp(fx, x, deck)) - 0.01, 0), 0))
    parts.append(box(0.012, 0.16, 0.012, at(-0.395, 0.02, 0) @ rot("z", -16), 0))  # the rudder
    # the bowsprit and the jib
    sprit = [(0.3, 0.25, 0), (0.44, 0.3, 0), (0.58, 0.35, 0)]
    parts.append(tube(sprit, [0.01, 0.008, 0.005], None, 0))
    parts.append(_triangle((0.19, 0.7, 0), (0.56, 0.355, 0), (0.34, 0.33, 0)))
    masts = ((0.17, 0.9, 0.88), (-0.02, 1.0, 1.0), (-0.2, 0.78, 0.8))
    lines = []
    for i, (mx, top, f) in enumerate(masts):
        md = float(np.interp(mx, x, deck))
        parts.append(tube([(mx, md, 0), (mx, top * 0.6, 0), (mx, top, 0)],
                          [0.011, 0.008, 0.004], None, 0))  # fmt: skip
        low = 0.3 if i < 2 else 0.36
        tiers = _tiers(low, top - 0.05, f)
        for y0, y1, head, foot in tiers:
            parts.append(_square_sail(mx, y0, y1, head, foot, 0.2 + float(rng.uniform(0, 0.05))))
            parts.append(stick((mx + 0.012, y1, -head - 0.015), (mx + 0.012, y1, head + 0.015),
                               0.004, 0))  # the yard # fmt: skip
        ytop = tiers[0][1] + 0.01
        parts.append(box(0.045, 0.008, 0.065, at(mx, ytop, 0), 0))  # the top
        lines += _shrouds(mx, ytop, float(np.interp(mx, x, half)) + 0.01, md + 0.01, 5)
        parts.append(_triangle((mx, top + 0.04, 0), (mx, top, 0), (mx - 0.11, top + 0.012, 0),
                               "card-red", 0.003))  # a pennant # fmt: skip
    for a, b in (((0.17, 0.88, 0), (0.58, 0.35, 0)), ((-0.02, 0.98, 0), (0.17, 0.72, 0)),
                 ((-0.02, 0.55, 0), (0.17, 0.25, 0)), ((-0.2, 0.76, 0), (-0.02, 0.6, 0)),
                 ((-0.2, 0.5, 0), (-0.02, 0.25, 0))):  # fmt: skip
        lines.append((a, b))  # the stays
    parts.append(_wires(lines, 0.004))
    # the spanker on the mizzen, its boom over the stern and its gaff
    u = np.linspace(0, 1, 7)[None, :]
    v = np.linspace(0, 1, 5)[:, None]
    sp = np.zeros((5, 7, 3))
    sp[..., 0] = -0.2 - 0.22 * u * (1 - v) - 0.17 * u * v
    sp[..., 1] = (0.32 + 0.02 * u) * (1 - v) + (0.5 + 0.08 * u) * v
    sp[..., 2] = 0.02 * np.sin(np.pi * u) * np.sin(np.pi * v)
    parts.append(_cloth(sp))
    parts.append(stick((-0.2, 0.32, 0), (-0.45, 0.34, 0), 0.004, 0))
    parts.append(stick((-0.2, 0.5, 0), (-0.38, 0.59, 0), 0.004, 0))
    flag = np.zeros((3, 4, 3))  # the ensign on its staff over the stern
    wave = float(rng.uniform(-0.01, 0.01))
    for i, f in enumerate(np.linspace(0, 1, 4)):
        for j, g in enumerate(np.linspace(0, 1, 3)):
            flag[j, i] = (
                -0.42 - 0.08 * f,
                0.38 - 0.05 * g - 0.01 * f,
                (0.012 + wave) * np.sin(3 * f),
            )
    parts.append(stick((-0.39, cd + 0.06, 0), (-0.425, 0.385, 0), 0.003, 0))
    parts.append(cloth_sheet(flag, 0.003, "card-red"))
    return parts


# 1330 ketch


def _ketch_lines(n: int = 24):
    """The ketch's lines: x, half beam, keel (the canoe body's bottom) and deck per row from
    the transom to the stem."""
    x = np.linspace(-0.36, 0.4, n)
    u = (x + 0.36) / 0.76
    half = 0.105 * np.clip(np.sin(np.pi * (0.22 + 0.78 * u)) ** 0.8, 0.0, 1.0) + 0.002
    half = np.where(u < 0.25, np.maximum(half, 0.075 + 0.12 * u), half)
    keel = 0.07 - 0.025 * np.sin(np.pi * u) ** 2 + 0.07 * np.clip((u - 0.8) / 0.2, 0, 1) ** 1.5
    keel += 0.04 * np.clip((0.15 - u) / 0.15, 0, 1) ** 1.5
    deck = 0.145 + 0.03 * u**2
    return x, half, keel, deck


def _fore_aft_sail(luff0, luff1, clew, head_w: float, belly: float, side: float) -> Part:
    """A fore-and-aft sail: its luff from the tack luff0 up to luff1, its foot out to the clew,
    its leech from the clew back up to a head ``head_w`` aft of luff1 (0: a three-cornered
    sail); bellied to ``side`` (+z or -z) by ``belly``."""
    a, b, c = np.asarray(luff0, float), np.asarray(luff1, float), np.asarray(clew, float)
    head = b + (c - a) / max(np.linalg.norm(c - a), 1e-9) * head_w
    v = np.linspace(0, 1, 7)[:, None, None]
    u = np.linspace(0, 1, 7)[None, :, None]
    luff = a + (b - a) * v
    leech = c + (head - c) * v
    p = luff + (leech - luff) * u
    bulge = belly * np.sin(np.pi * u) * np.sin(np.pi * (0.1 + 0.85 * v)) * (1 - 0.5 * v)
    p = p + bulge * np.array([0.0, 0.0, side])
    return _cloth(p)


def _ketch(rng: Rng) -> list[Part]:
    """A ketch under sail on a flat oval of sea, bow to +x: a sleek white yacht's hull with a
    raked bow, a short counter stern, a dark boot stripe and a blue sheer stripe, a deep fin keel
    and rudder under the water, a low cabin with dark windows and a cockpit; a tall main mast
    with a spreader and a shorter mizzen mast abaft it near the stern, each with a tall
    triangular sail on a boom, a big jib from the masthead to the bow, stays, shrouds, a bow
    pulpit and guard rails."""
    x, half, keel, deck = _ketch_lines()
    grid = _hull_grid(x, half, keel, deck, 1.7, 7)
    grid[0, :, 0] -= (grid[0, :, 1] - keel[0]) * 0.5  # the transom leans aft
    parts = [grid_skin(grid, 0, "body")]
    parts.append(_sea(0.56, 0.3, 0.085))
    for y, th, slot in ((0.09, 0.008, "marking"), (0.132, 0.007, "plume")):
        zs = _hull_side(x, half, keel, deck, 1.7, y) + 0.002
        for s in (-1, 1):  # the boot stripe and the sheer stripe
            ok = zs > 0.01
            pts = np.stack([x[ok], np.full(int(ok.sum()), y), s * zs[ok]], 1)
            parts.append(tube(pts, 1.0, None, slot, shape=np.array(
                [[-0.002, -th], [0.002, -th], [0.002, th], [-0.002, th]])))  # fmt: skip
    fin = [(0.14, 0.08), (-0.02, 0.08), (-0.04, 0.01), (0.08, 0.01)]
    parts.append(slab(sharp(fin), 0.018, None, 0))  # the fin keel and its bulb
    parts.append(sphere(1.0, at(0.0, 0.015, 0) @ scl(0.09, 0.015, 0.022), 0))
    rud = [(-0.24, 0.09), (-0.29, 0.09), (-0.3, 0.03), (-0.26, 0.025)]
    parts.append(slab(sharp(rud), 0.012, None, 0))
    # the cabin, its windows and the cockpit
    parts.append(box(0.26, 0.05, 0.13, at(0.0, 0.16, 0), 0))
    parts.append(box(0.24, 0.012, 0.115, at(0.0, 0.21, 0), 0))
    for s in (-1, 1):
        for k in range(3):
            parts.append(box(0.05, 0.018, 0.004, at(-0.07 + 0.07 * k, 0.182, s * 0.066), "pane"))
    parts.append(box(0.16, 0.02, 0.14, at(-0.2, 0.15, 0), "marking"))  # the cockpit well
    parts.append(box(0.17, 0.03, 0.012, at(-0.2, 0.15, 0.075), 0))
    parts.append(box(0.17, 0.03, 0.012, at(-0.2, 0.15, -0.075), 0))
    parts.append(torus(0.022, 0.003, at(-0.26, 0.2, 0) @ rot("z", 90), "steel"))  # the wheel
    # the masts, booms and sails
    swing = float(rng.uniform(8, 14))
    main_x, main_top, mizzen_x, mizzen_top = 0.07, 1.0, -0.25, 0.66
    parts.append(tube([(main_x, 0.2, 0), (main_x, main_top, 0)], [0.008, 0.005], None, "steel"))
    parts.append(tube([(mizzen_x, 0.16, 0), (mizzen_x, mizzen_top, 0)], [0.006, 0.004], None,
                      "steel"))  # fmt: skip
    lines = []
    for mx, y0, top, reach in ((main_x, 0.26, main_top - 0.03, 0.27),
                               (mizzen_x, 0.24, mizzen_top - 0.02, 0.2)):  # fmt: skip
        t = np.radians(swing)
        clew = (mx - reach * np.cos(t), y0, -reach * np.sin(t))
        parts.append(stick((mx, y0 - 0.006, 0), (clew[0], y0 - 0.006, clew[2]), 0.006, "steel"))
        parts.append(_fore_aft_sail((mx - 0.008, y0, 0), (mx - 0.008, top, 0), clew, 0.012, 0.03,
                                    -1))  # fmt: skip
        lines.append(((clew[0], y0 - 0.01, clew[2]), (clew[0] + 0.02, 0.16, clew[2] * 0.3)))
    bow = (0.39, 0.175, 0.0)
    parts.append(_fore_aft_sail((bow[0] - 0.012, bow[1] + 0.02, 0), (main_x + 0.01, 0.86, 0),
                                (main_x - 0.04, 0.2, -0.06), 0.0, 0.03, -1))  # the jib # fmt: skip
    lines += [((main_x, main_top - 0.01, 0), bow), ((main_x, main_top - 0.02, 0), (mizzen_x,
              mizzen_top - 0.01, 0)), ((mizzen_x, mizzen_top - 0.01, 0), (-0.4, 0.16, 0))]  # fmt: skip
    for s in (-1, 1):  # the shrouds over the spreaders
        lines += [
            ((main_x, 0.8, 0), (main_x, 0.58, s * 0.1)),
            ((main_x, 0.58, s * 0.1), (main_x - 0.01, 0.16, s * 0.1)),
            ((main_x, 0.58, 0), (main_x + 0.01, 0.17, s * 0.095)),
        ]
        lines.append(((mizzen_x, 0.56, 0), (mizzen_x, 0.15, s * 0.085)))
        lines.append(((main_x, 0.58, 0), (main_x, 0.58, s * 0.1)))  # the spreader
        zs = _hull_side(x, half, keel, deck, 1.7, 0.15) - 0.006
        rail = [(xi, float(np.interp(xi, x, deck)) + 0.045, s * float(np.interp(xi, x, zs)))
                for xi in np.linspace(-0.34, 0.34, 7)]  # fmt: skip
        lines += [(rail[k], rail[k + 1]) for k in range(6)]  # the guard rails on stanchions
        lines += [((p[0], p[1] - 0.045, p[2]), p) for p in rail]
        lines.append((rail[-1], (0.385, rail[-1][1] + 0.005, 0.0)))  # the bow pulpit
    parts.append(_wires(lines, 0.004))
    return parts


# 1331 oil tanker


def _tanker_lines(n: int = 30):
    """The tanker's lines: x, half beam, keel and deck per row from the transom to the bow: a
    long parallel body, a bluff rounded bow, a short run aft."""
    x = np.linspace(-0.5, 0.5, n)
    bow = np.clip((x - 0.3) / 0.2, 0, 1)
    aft = np.clip((-0.38 - x) / 0.12, 0, 1)
    half = np.maximum(0.085 * np.sqrt(np.clip(1 - bow**2.2, 0, 1)), 0.01)
    half = half * (1 - 0.12 * aft)
    keel = 0.012 * bow**3 + 0.06 * aft**1.6
    deck = 0.11 + 0.015 * bow**2
    return x, half, keel, deck


def _tanker(rng: Rng) -> list[Part]:
    """An oil tanker on a flat oval of sea, bow to +x: a very long low boxy hull with a bluff
    rounded bow, dark above and red below its waterline (riding high, empty, so the red band
    shows), a long flat green deck running its length covered in pipework (a bundle of long
    pipes on trestles down the middle, a manifold of pipes across it midships with two hose
    cranes), rows of tank hatches and a catwalk; a raised forecastle with a mast at the bow;
    at the stern a tall white bridge superstructure with rows of windows and bridge wings,
    a radar mast, and a funnel with a red band behind it."""
    x, half, keel, deck = _tanker_lines()
    grid = _hull_grid(x, half, keel, deck, 7.0, 7)
    parts = [grid_skin(grid, 0, "body")]
    red = grid.copy()  # the red bottom up past the waterline
    red[..., 1] = np.minimum(red[..., 1], 0.05)
    red[..., 2] *= 1.012
    red[..., 1] = np.maximum(red[..., 1] - 0.001, 0.0)
    parts.append(grid_skin(red, "card-red"))
    parts.append(_sea(0.64, 0.2, 0.03))
    parts.append(sphere(1.0, at(0.49, 0.03, 0) @ scl(0.04, 0.025, 0.03), "card-red"))  # bulb
    dx = x[1:-1]
    dz = half[1:-1] * 0.97
    top = np.stack([dx, deck[1:-1] + 0.003, dz], 1)
    deck_pts = np.concatenate([top, (top * (1, 1, -1))[::-1]])
    deck_pts = deck_pts[:, [0, 2]]
    parts.append(slab(sharp([(p[0], -p[1]) for p in deck_pts[::2]]), 0.004,
                      at(0, 0.113, 0) @ FLAT_UP, "chalkboard"))  # fmt: skip
    # the forecastle and the bow mast
    parts.append(box(0.1, 0.03, 0.15, at(0.42, 0.11, 0), 0))
    parts.append(tube([(0.44, 0.14, 0), (0.44, 0.27, 0)], [0.006, 0.004], None, "snow"))
    parts.append(stick((0.44, 0.24, -0.025), (0.44, 0.24, 0.025), 0.003, "snow"))
    parts.append(sphere(0.006, at(0.44, 0.272, 0), "glow"))
    # the pipes on their trestles, the catwalk over them, the hatches
    x0, x1 = -0.32, 0.36
    for z in (-0.03, -0.012, 0.012, 0.03):
        parts.append(stick((x0, 0.13, z), (x1, 0.13, z), 0.006, 1))
    parts.append(box(x1 - x0, 0.004, 0.03, at((x0 + x1) / 2, 0.148, 0), "snow"))  # catwalk
    feet = [(xi, 0.113, 0.0) for xi in np.linspace(x0 + 0.02, x1 - 0.02, 12)]
    parts.append(blocks(feet, (0.008, 0.035, 0.08), None, 1))
    for z in (-0.055, 0.055):
        hatch = [(xi, 0.113, z) for xi in np.linspace(-0.3, 0.34, 9)]
        parts.append(blocks(hatch, (0.03, 0.012, 0.025), None, 1))
        parts.append(stick((x0, 0.12, z * 1.3), (x1, 0.12, z * 1.3), 0.003, 1))
    for xi in (-0.01, 0.03):  # the manifold across midships
        parts.append(stick((xi, 0.13, -0.075), (xi, 0.13, 0.075), 0.007, 1))
        for s in (-1, 1):
            parts.append(stick((xi, 0.13, s * 0.075), (xi, 0.115, s * 0.082), 0.006, 1))
    for s in (-1, 1):  # the hose cranes
        parts.append(stick((0.01, 0.113, s * 0.05), (0.01, 0.2, s * 0.05), 0.005, "cloth-yellow"))
        parts.append(stick((0.01, 0.195, s * 0.05), (0.06, 0.17, s * 0.07), 0.003,
                           "cloth-yellow"))  # fmt: skip
    # the superstructure: decks stepping up, the bridge with wings, windows, the funnel
    sx = -0.42
    parts.append(box(0.1, 0.05, 0.15, at(sx, 0.11, 0), "snow"))
    parts.append(box(0.09, 0.04, 0.14, at(sx, 0.16, 0), "snow"))
    parts.append(box(0.08, 0.04, 0.13, at(sx + 0.005, 0.2, 0), "snow"))
    parts.append(box(0.055, 0.035, 0.19, at(sx + 0.015, 0.24, 0), "snow"))  # the bridge
    parts.append(box(0.06, 0.006, 0.2, at(sx + 0.015, 0.275, 0), "snow"))
    for y, w, dxw in ((0.135, 0.15, 0.0), (0.178, 0.14, 0.0), (0.218, 0.13, 0.005)):
        parts.append(box(0.003, 0.012, w - 0.02, at(sx + 0.05 + dxw - 0.0, y, 0), "marking"))
        for s in (-1, 1):
            parts.append(
                blocks(
                    [(sx + dxw - 0.03 + 0.02 * k, y, s * (w / 2 + 0.001)) for k in range(4)],
                    (0.012, 0.012, 0.002),
                    None,
                    "marking",
                )
            )
    parts.append(box(0.004, 0.016, 0.17, at(sx + 0.0445, 0.252, 0), "marking"))
    parts.append(tube([(sx + 0.01, 0.28, 0), (sx + 0.0, 0.34, 0)], [0.004, 0.003], None, "snow"))
    parts.append(stick((sx + 0.0, 0.325, -0.02), (sx + 0.0, 0.325, 0.02), 0.003, "snow"))
    fun = at(-0.48, 0.2, 0) @ scl(1.0, 1.0, 0.8)
    parts.append(cylinder(0.025, 0.022, 0.12, fun @ rot("z", 6), 1))  # the funnel
    parts.append(cylinder(0.0255, 0.024, 0.03, fun @ rot("z", 6) @ at(0, 0.06, 0), "card-red"))
    parts.append(cylinder(0.0225, 0.022, 0.012, fun @ rot("z", 6) @ at(0, 0.11, 0), "marking"))
    return parts


# 1332 Zero fighter


def _zero_wing(s: int) -> list[tuple[float, float]]:
    """One wing of the Zero seen from above (x, z), its root on the fuselage's middle: a
    straight leading edge, the trailing edge tapering forward, a rounded tip; z toward s."""
    half = [(0.17, 0.0), (0.13, 0.3), (0.1, 0.44), (0.075, 0.49), (0.045, 0.505), (0.01, 0.5),
            (-0.015, 0.47), (-0.04, 0.3), (-0.06, 0.0)]  # fmt: skip
    return [(px, s * pz) for px, pz in half]


def _hull_disc(xs, ys, rs, x0: float, rd: float, s: int, slot="card-red") -> Part:
    """A round disc of paint rd across lying on the side (toward z = s) of a round fuselage
    through centres (xs, ys) with radii rs, its middle at x0 and level with the axis."""
    u = np.linspace(-1, 1, 7)[None, :]
    v = np.linspace(-1, 1, 7)[:, None]
    dx = rd * u * np.sqrt(1 - v**2 / 2)
    arc = rd * v * np.sqrt(1 - u**2 / 2)
    x = x0 + dx
    r = np.interp(x, xs[::-1], rs[::-1]) + 0.0015
    a = arc / r
    p = np.stack([x, np.interp(x, xs[::-1], ys[::-1]) + r * np.sin(a), s * r * np.cos(a)], -1)
    return cloth_sheet(p, 0.002, slot)


def _zero(rng: Rng) -> list[Part]:
    """A WWII Japanese Mitsubishi Zero fighter standing tail-down on its wheels, nose to +x: a
    slim round fuselage, a big round black radial engine cowling at the nose with the engine's
    cylinders showing inside it, a spinner and a three-bladed propeller; long straight low
    wings tapering to rounded tips with a little dihedral and yellow stripes along their roots'
    leading edges; a long framed glass canopy over the cockpit behind the wing's leading edge;
    a rounded fin and rudder and the tailplanes; big red sun discs on the wings' tops and on
    the fuselage's sides; two main legs with wheels under the wings and a small tail wheel."""
    xs = [0.25, 0.2, 0.12, 0.02, -0.1, -0.22, -0.33, -0.42]
    ys = [0.0, 0.0, 0.002, 0.004, 0.006, 0.01, 0.016, 0.022]
    rs = [0.054, 0.056, 0.055, 0.052, 0.045, 0.035, 0.024, 0.012]
    parts = [tube(list(zip(xs, ys, [0.0] * 8, strict=True)), rs, None, 0, "body")]
    cowl = [(0.052, 0.0), (0.06, 0.01), (0.062, 0.05), (0.058, 0.09), (0.05, 0.1), (0.038, 0.1),
            (0.0, 0.09)]  # fmt: skip
    parts.append(lathe(cowl, at(0.24, 0, 0) @ ALONG_X, "marking"))  # the cowling
    for k in range(9):  # the engine's cylinders inside the cowling
        a = 2 * np.pi * (k + 0.5) / 9
        c = at(0.338, 0.033 * np.cos(a), 0.033 * np.sin(a)) @ ALONG_X
        parts.append(cylinder(0.01, 0.009, 0.006, c, "steel"))
    spin = [(0.02, 0.0), (0.019, 0.012), (0.013, 0.03), (0.0, 0.045)]
    parts.append(lathe(spin, at(0.34, 0, 0) @ ALONG_X, 0))  # the spinner
    turn = float(rng.uniform(0, 120))
    for k in range(3):  # the propeller's blades
        blade = at(0.352, 0, 0) @ rot("x", turn + 120 * k) @ rot("y", 20)
        prof = [(-0.006, 0.0), (0.009, 0.0), (0.012, 0.06), (0.008, 0.13), (0.0, 0.14),
                (-0.008, 0.12), (-0.01, 0.05)]  # fmt: skip
        parts.append(slab(sharp(prof), 0.004, blade @ rot("y", 90), "marking"))
    dihedral = 6.0
    for s in (-1, 1):  # the wings, their stripes and sun discs
        m = at(0, -0.038, 0) @ rot("x", s * dihedral) @ FLAT_UP
        parts.append(slab(sharp([(px, -pz) for px, pz in _zero_wing(s)]), 0.014, m, 0))
        tilt = at(0, -0.038, 0) @ rot("x", s * dihedral)
        parts.append(box(0.01, 0.004, 0.12, tilt @ at(0.168, 0.004, s * 0.12), "cloth-yellow"))
        sun = tilt @ at(0.05, 0.007, s * 0.34)
        parts.append(cylinder(0.042, 0.042, 0.002, sun, "card-red"))
        parts.append(cylinder(0.042, 0.042, 0.002, sun @ at(0, -0.016, 0), "card-red"))
        parts.append(_hull_disc(np.array(xs), np.array(ys), np.array(rs), -0.19, 0.026, s))
    canopy = at(0.03, 0.045, 0) @ scl(0.11, 0.042, 0.03)
    parts.append(sphere(1.0, canopy, "pane"))  # the canopy and its frames
    for f in (-0.55, -0.15, 0.25, 0.6):
        parts.append(hoop(np.sqrt(1 - f * f), 0.05, canopy @ at(f, 0, 0) @ rot("z", 90),
                          "marking", 16, 4))  # fmt: skip
    parts.append(hoop(1.0, 0.04, canopy @ rot("x", 90), "marking", 24, 4))
    parts.append(tube([(-0.07, 0.04, 0), (-0.15, 0.03, 0), (-0.24, 0.02, 0)], [0.022, 0.016, 0.006],
                      None, 0))  # the fairing behind the canopy # fmt: skip
    fin = [(-0.3, 0.0), (-0.36, 0.07), (-0.39, 0.105), (-0.42, 0.112), (-0.45, 0.1),
           (-0.46, 0.06), (-0.455, 0.0)]  # fmt: skip
    parts.append(slab(fin, 0.01, at(0, 0.02, 0), 0))  # the fin and rudder
    parts.append(box(0.002, 0.1, 0.012, at(-0.43, 0.02, 0) @ rot("z", 12), "marking"))
    tp = [(-0.35, 0.0), (-0.37, 0.1), (-0.4, 0.13), (-0.43, 0.125), (-0.45, 0.08), (-0.45, 0.0)]
    for s in (-1, 1):  # the tailplanes
        parts.append(slab(sharp([(px, s * pz) for px, pz in tp]), 0.008,
                          at(0, 0.018, 0) @ FLAT_UP @ scl(1, -1, 1), 0))  # fmt: skip
    # the undercarriage: main legs splayed a little, the tail wheel
    pitch = 11.0
    t = np.radians(pitch)
    wy, wr = -0.165, 0.032
    lift = wr - (0.11 * np.sin(t) + wy * np.cos(t))
    ty = (0.012 - lift + 0.4 * np.sin(t)) / np.cos(t)
    for s in (-1, 1):
        z = s * 0.12
        parts.append(stick((0.1, -0.04, z), (0.11, wy, z + s * 0.01), 0.006, "steel"))
        parts.append(box(0.05, 0.09, 0.004, at(0.112, wy + 0.03, z + s * 0.018) @ rot("z", 4), 0))
        wheel = at(0.11, wy, z + s * 0.016) @ ALONG_Z @ at(0, -0.008, 0)
        parts.append(cylinder(wr, wr, 0.016, wheel, "marking"))
        parts.append(cylinder(0.014, 0.014, 0.018, wheel @ at(0, -0.001, 0), "steel"))
    parts.append(stick((-0.38, 0.0, 0), (-0.4, ty, 0), 0.004, "steel"))
    parts.append(cylinder(0.012, 0.012, 0.01, at(-0.4, ty, -0.005) @ ALONG_Z, "marking"))
    return [p.moved(at(0, lift, 0) @ rot("z", pitch)) for p in parts]


# 1333 aircraft carrier


def _carrier_lines(n: int = 26):
    """The carrier's hull lines: x, half beam, keel and deck per row, stern to bow."""
    x = np.linspace(-0.48, 0.44, n)
    bow = np.clip((x - 0.2) / 0.24, 0, 1)
    half = np.maximum(0.058 * np.sqrt(np.clip(1 - bow**2, 0, 1)), 0.004)
    keel = 0.05 * bow**2.5 + 0.02 * np.clip((-0.36 - x) / 0.12, 0, 1)
    deck = np.full(n, 0.08) + 0.025 * bow**2
    return x, half, keel, deck


_DECK = [(-0.5, 0.085), (-0.2, 0.1), (0.3, 0.1), (0.44, 0.075), (0.52, 0.035), (0.52, -0.035),
         (0.45, -0.075), (0.25, -0.1), (0.1, -0.145), (-0.25, -0.15), (-0.46, -0.11),
         (-0.5, -0.09)]  # fmt: skip
"""The flight deck seen from above (x, z): square at the stern, tapering to a squared bow, the
angled deck jutting out to port (-z) aft of midships."""


def _jet(m: np.ndarray, slot=1) -> list[Part]:
    """A tiny parked jet fighter under ``m``, nose to +x, about 0.08 long: a slim fuselage, swept
    wings, a canopy and twin fins."""
    parts = [tube([(0.045, 0.012, 0), (0.0, 0.012, 0), (-0.04, 0.012, 0)], [0.004, 0.008, 0.006],
                  m, slot)]  # fmt: skip
    wing = [(0.02, 0.0), (-0.02, 0.035), (-0.03, 0.035), (-0.025, 0.0), (-0.03, -0.035),
            (-0.02, -0.035)]  # fmt: skip
    parts.append(slab(sharp(wing), 0.003, m @ at(0, 0.01, 0) @ FLAT_UP, slot))
    parts.append(sphere(1.0, m @ at(0.022, 0.019, 0) @ scl(0.012, 0.005, 0.004), "pane"))
    for z in (-0.008, 0.008):
        fin = [(-0.025, 0.0), (-0.04, 0.018), (-0.046, 0.018), (-0.042, 0.0)]
        parts.append(slab(sharp(fin), 0.002, m @ at(0, 0.014, z), slot))
    return parts


def _carrier(rng: Rng) -> list[Part]:
    """An aircraft carrier on a flat oval of sea, bow to +x: a long grey hull, a wide flat
    flight deck overhanging it on both sides on brackets, its angled landing deck jutting out to
    port, dark with white lines (the centre lines, the angled deck's edges, the catapults at the
    bow) and a big white number at the bow; the island on the starboard side with its bridge
    windows, a funnel and a tall mast with radar; a few small jets parked on deck."""
    x, half, keel, deck = _carrier_lines()
    grid = _hull_grid(x, half, keel, deck, 3.0, 7)
    parts = [grid_skin(grid, 0, "body")]
    parts.append(_sea(0.66, 0.24, 0.035))
    parts.append(box(0.86, 0.045, 0.11, at(-0.05, 0.075, 0), 0))  # the hangar's sides
    for px in np.linspace(-0.44, 0.32, 11):  # the brackets under the deck's overhang
        for s in (-1, 1):
            parts.append(box(0.008, 0.03, 0.04, at(px, 0.09, s * 0.07), 0))
    fd = 0.12
    outline = sharp([(px, -pz) for px, pz in _DECK])
    parts.append(slab(outline, 0.014, at(0, fd + 0.007, 0) @ FLAT_UP, 0))  # the flight deck
    parts.append(slab(outline, 0.004, at(0, fd + 0.014, 0) @ FLAT_UP @ scl(0.995, 0.98, 1),
                      "marking"))  # fmt: skip
    for px, pz, w in ((0.22, -0.09, 0.2), (-0.2, -0.12, 0.24)):  # sponsons under the overhang
        parts.append(box(w, 0.02, 0.06, at(px, fd - 0.02, pz * 0.9), 0))
    top = fd + 0.016
    lines = []
    lines.append(((0.0, top, 0.01), (0.3, top, 0.01)))  # the axial deck's centre line
    a = np.radians(9)
    p0, p1 = np.array([-0.5, top, -0.02]), np.array([0.2, top, -0.02 - 0.7 * np.tan(a)])
    for k in range(7):  # the angled deck's dashed centre line
        f0, f1 = k / 7, (k + 0.6) / 7
        lines.append((p0 + (p1 - p0) * f0, p0 + (p1 - p0) * f1))
    for off in (-0.05, 0.05):  # its edges
        q = np.array([0, 0, off])
        lines.append((p0 + q, p1 + q))
    lines.append(((-0.49, top, 0.06), (0.28, top, 0.075)))  # the starboard edge line
    lines += [((0.14, top, 0.035), (0.4, top, 0.045)), ((0.14, top, -0.035), (0.4, top, -0.05))]
    parts.append(_wires(lines, 0.006, "sheet"))
    hull_no = 70 + int(rng.integers(0, 9))
    parts += number(hull_no, at(0.38, top, 0.032) @ FLAT_UP, 0.03, 0.065, "sheet")
    # the island: the base, the bridge with its windows, the funnel, the mast with radar
    ix, iz = 0.08, 0.085
    parts.append(box(0.13, 0.06, 0.035, at(ix, top, iz), 0))
    parts.append(box(0.1, 0.04, 0.04, at(ix + 0.01, top + 0.06, iz), 0))
    parts.append(box(0.07, 0.025, 0.045, at(ix + 0.02, top + 0.1, iz), 0))
    for y, w in ((top + 0.085, 0.1), (top + 0.113, 0.07)):
        parts.append(box(0.004, 0.01, 0.03, at(ix + 0.01 + w / 2 + 0.003, y, iz), "marking"))
        parts.append(box(w - 0.01, 0.01, 0.004, at(ix + 0.01, y, iz - 0.022), "marking"))
        parts.append(box(w - 0.01, 0.01, 0.004, at(ix + 0.01, y, iz + 0.022), "marking"))
    parts.append(box(0.04, 0.035, 0.03, at(ix - 0.04, top + 0.06, iz), 0))  # the funnel
    parts.append(box(0.036, 0.004, 0.026, at(ix - 0.04, top + 0.095, iz), "marking"))
    mast = [(ix + 0.015, top + 0.125, iz), (ix + 0.01, top + 0.23, iz)]
    parts.append(tube(mast, [0.006, 0.003], None, 0))
    for y, w in ((top + 0.17, 0.04), (top + 0.2, 0.026)):
        parts.append(stick((ix + 0.012, y, iz - w), (ix + 0.012, y, iz + w), 0.002, 0))
    parts.append(box(0.006, 0.012, 0.04, at(ix + 0.02, top + 0.145, iz), 0))  # the radar
    parts.append(cylinder(0.012, 0.012, 0.004, at(ix + 0.003, top + 0.155, iz) @ rot("z", 70), 0))
    # the jets parked on deck
    spots = [(-0.43, 0.05, 135), (-0.35, 0.055, 135), (-0.27, 0.06, 135), (0.2, 0.065, 210),
             (0.27, 0.07, 210), (-0.1, -0.09, 20)]  # fmt: skip
    jitter = rng.uniform(-0.005, 0.005, (len(spots), 2))
    for (px, pz, yaw), (jx, jz) in zip(spots, jitter, strict=True):
        parts += _jet(at(px + jx, top, pz + jz) @ rot("y", yaw), 1)
    return parts


# 1334 bucking bronco

_PITCH = rot("z", -22)
"""The bronco's body pitched nose-down, rump up."""
_FORE = [((0.23, 0.6), (0.25, 0.42), (0.28, 0.29), (0.32, 0.08), (0.33, 0.035)),
         ((0.19, 0.6), (0.2, 0.42), (0.22, 0.29), (0.24, 0.08), (0.25, 0.035))]  # fmt: skip
"""The forelegs' centre lines, braced stiff and a little forward: shoulder, knee, fetlock,
hoof."""
_HIND = [((-0.27, 0.84), (-0.37, 0.73), (-0.52, 0.78), (-0.66, 0.93), (-0.69, 0.97)),
         ((-0.27, 0.84), (-0.38, 0.75), (-0.54, 0.83), (-0.66, 1.0), (-0.68, 1.04))]  # fmt: skip
"""The hind legs' centre lines, kicked out high behind: hip, stifle, hock, fetlock, hoof."""
_POLL = np.array([0.44, 0.37, 0.0])
_MUZZLE = np.array([0.41, 0.13, 0.0])


def _bronco_shapes() -> list:
    """The bucking horse's smooth body, neck, head and upper legs (head toward +x)."""
    shapes = [ellipsoid((0.0, 0.69, 0.0), (0.3, 0.17, 0.15), _PITCH)]  # the barrel
    shapes.append(ellipsoid((0.0, 0.77, 0.0), (0.22, 0.1, 0.12), _PITCH, 0.06))  # arched back
    shapes.append(ellipsoid((0.19, 0.62, 0.0), (0.15, 0.17, 0.13), _PITCH, 0.06))  # the chest
    shapes.append(ellipsoid((-0.24, 0.82, 0.0), (0.16, 0.16, 0.145), _PITCH, 0.06))  # the rump
    neck = [(0.2, 0.7, 0.0), (0.36, 0.6, 0.0), (0.43, 0.43, 0.0)]
    shapes += rope(neck, [0.11, 0.085, 0.065], 0.05, 0.03)
    shapes += rope([_POLL, _MUZZLE], [0.068, 0.048], 0.03)
    shapes.append(ellipsoid(_POLL + v3(-0.03, -0.05, 0), (0.06, 0.085, 0.06), None, 0.03))
    for k, z in enumerate((0.08, -0.08)):  # the upper legs
        f, h = _FORE[k], _HIND[k]
        shapes += rope([(*f[0], z), (*f[1], z)], [0.075, 0.045], 0.05)
        shapes += rope([(*h[0], z * 0.9), (*h[1], z)], [0.1, 0.06], 0.05)
    return shapes


def _bronco_legs() -> list[Part]:
    """The lower legs as smooth tapering tubes with dark hooves on their ends."""
    parts = []
    for k, z in enumerate((0.08, -0.08)):
        for leg, r in ((_FORE[k], (0.045, 0.034, 0.026, 0.03)),
                       (_HIND[k], (0.06, 0.036, 0.026, 0.03))):  # fmt: skip
            pts = [(px, py, z) for px, py in leg[1:]]
            parts.append(tube(pts, r, None, 0))
            a, b = np.array(pts[-2]), np.array(pts[-1])
            d = (b - a) / np.linalg.norm(b - a)
            sole = b + d * 0.03
            if sole[1] < 0.05:  # a hoof planted flat on the ground
                d, sole = np.array([0.0, -1.0, 0.0]), b * (1, 0, 1)
            parts.append(cylinder(0.034, 0.029, 0.045, at(*sole) @ align(-d), "marking"))
    return parts


def _drape(field, mid, axis, up, us, angs, lift: float) -> tuple[np.ndarray, np.ndarray]:
    """A grid of points ``lift`` off the skin over a back: rows at ``us`` along the axis from
    mid, columns at the angles ``angs`` (per row) round it from ``up``; and the skin's normals."""
    angs = np.asarray(angs, float)
    ins = np.repeat([mid + axis * u for u in us], angs.shape[1], axis=0)
    dirs = (
        up[None, None] * np.cos(angs)[..., None]
        + np.array([0, 0, 1.0])[None, None] * np.sin(angs)[..., None]
    ).reshape(-1, 3)
    ps, ns = skin_hits(field, ins, dirs, 0.35)
    shape = (len(us), angs.shape[1], 3)
    return (ps + ns * lift).reshape(shape), ns.reshape(shape)


def _saddle(field, rng: Rng) -> list[Part]:
    """A western saddle on the bronco's back over a red blanket: a rounded skirt draped over
    the back, a padded seat, a raised curved cantle behind and a swell with a horn in front,
    the stirrup leathers and fenders flung out sideways and their stirrups flying."""
    axis = _PITCH[:3, :3] @ np.array([1.0, 0.0, 0.0])
    up = _PITCH[:3, :3] @ np.array([0.0, 1.0, 0.0])
    mid = np.array([0.0, 0.69, 0.0])
    us = np.linspace(-0.1, 0.12, 7)
    fu = np.abs(np.linspace(-1, 1, 7))[:, None]
    base = np.linspace(-1.0, 1.0, 11)[None, :]
    blanket, _ = _drape(field, mid, axis, up, us * 1.15, base * 1.12 * (1 - 0.1 * fu**4), 0.006)
    parts = [cloth_sheet(blanket, 0.01, "card-red")]
    skirt, ns = _drape(field, mid, axis, up, us, base * (1 - 0.3 * fu**3), 0.016)
    parts.append(cloth_sheet(skirt, 0.014, 1))
    seat = skirt[1:6, 3:8] + ns[1:6, 3:8] * 0.02
    parts.append(cloth_sheet(seat, 0.022, 1))
    back = skirt[1, 2:9] + up * 0.035 - axis * 0.02  # the cantle, curved round the seat's back
    back[:, 1] += 0.02 * np.cos(np.linspace(-1.2, 1.2, 7))
    parts.append(tube(back, 0.016, None, 1))
    front = skirt[-2, 5]  # the swell and the horn
    parts.append(sphere(1.0, at(*(front + up * 0.02)) @ scl(0.04, 0.035, 0.06), 1))
    parts.append(tube([front + up * 0.03, front + up * 0.075 + axis * 0.012], 0.011, None, 1))
    parts.append(cylinder(0.026, 0.022, 0.01, at(*(front + up * 0.072 + axis * 0.012))
                          @ align(up), 1))  # fmt: skip
    fling = float(rng.uniform(-0.02, 0.02))
    for s, col in ((1, -1), (-1, 0)):  # the fenders and stirrups flung out
        root = skirt[3, col] - up * 0.01
        out = np.array([0.0, 0.0, s * 1.0])
        pts = [root, root + out * 0.08 - up * 0.03, root + out * 0.17 + up * (0.02 + fling)
               - axis * 0.03, root + out * 0.25 + up * (0.07 + fling) - axis * 0.07]  # fmt: skip
        parts.append(band(pts, [0.07, 0.075, 0.065, 0.03], 0.008, axis, 1))
        tip = pts[-1] + out * 0.045 - up * 0.005
        loop = at(*tip) @ align(out) @ scl(1.0, 1.3, 0.75)
        parts.append(torus(0.028, 0.009, loop, 1))
        parts.append(cylinder(0.012, 0.012, 0.06, loop @ at(0, 0.025, -0.03) @ ALONG_Z, 1))
    return parts


def _bronco(rng: Rng) -> list[Part]:
    """A bucking bronco, head toward +x: a horse caught mid-buck, its stiff forelegs planted
    on the ground, its back arched and rump thrown up, both hind legs kicked out high behind
    it, its head ducked down low between its forelegs, ears pinned back, a dark mane flying up
    along its neck and a long dark tail flung up in the air; on its back an empty western
    saddle with a high cantle and a horn, its stirrups flung out sideways."""
    shapes = _bronco_shapes()
    parts = [solid(shapes, 0.026, 0, "body")]
    parts += _bronco_legs()
    field = skin_field(shapes)
    parts += _saddle(field, rng)
    head = unit(_MUZZLE - _POLL)
    for s in (-1, 1):  # the eyes, the ears pinned back, the nostrils
        eye = _POLL + head * 0.06 + v3(0.035, 0.0, s * 0.045)
        parts.append(sphere(0.011, at(*eye), "pupil"))
        ear = at(*(_POLL + v3(-0.035, 0.01, s * 0.03))) @ rot("x", s * 20) @ rot("z", 70)
        parts.append(lathe([(0.0, 0.0), (0.018, 0.01), (0.014, 0.05), (0.0, 0.075)], ear, 0,
                           sides=8))  # fmt: skip
        parts.append(sphere(1.0, at(*(_MUZZLE + head * 0.03 + v3(0.02, 0, s * 0.02)))
                            @ scl(0.009, 0.012, 0.008), "marking"))  # fmt: skip
    # the mane flying up off the crest of the neck, the tail flung up behind
    crest = catmull_rom([(0.1, 0.85), (0.22, 0.81), (0.33, 0.73), (0.42, 0.61), (0.48, 0.47)], 34)
    paths = []
    for k, (cx, cy) in enumerate(crest):
        w = rng.uniform(-0.025, 0.025, 3)
        lift = 0.07 + 0.04 * ((k * 7) % 5) / 4
        side = 0.012 * ((k % 3) - 1)
        paths.append([(cx - 0.015, cy - 0.02, side), (cx + 0.005, cy + lift * 0.45, side + w[0]),
                      (cx + 0.03 + w[1], cy + lift * 0.85, side * 2 + w[2]),
                      (cx + 0.07 + w[1], cy + lift, side * 3 + w[2] * 1.5)])  # fmt: skip
    parts.append(hair_locks(paths, 0.03, 0.01, "marking"))
    root = [(-0.37, 0.93, 0.0), (-0.43, 1.02, 0.0), (-0.47, 1.07, 0.0)]
    parts.append(tube(root, [0.035, 0.028, 0.022], None, 0))
    paths = []
    for k in range(18):
        f = k / 17 - 0.5
        w = rng.uniform(-0.02, 0.02, 3)
        paths.append([root[-2], root[-1], (-0.54, 1.13 + 0.06 * f, 0.06 * f + w[0]),
                      (-0.63 - 0.04 * abs(f), 1.13 + 0.14 * f + w[1], 0.1 * f),
                      (-0.74 - 0.04 * f, 1.05 + 0.18 * f + w[2], 0.14 * f)])  # fmt: skip
    parts.append(hair_locks(paths, 0.05, 0.014, "marking"))
    return [p.moved(rot("y", 22)) for p in parts]


# 1335 armadillo

_SHELL_L = 0.28
"""The armadillo's shell's half length."""


def _shell_arch(x: float, grow: float, thick: float) -> np.ndarray:
    """A loop round one section of the armadillo's domed shell at x: its outer arch from the
    skirt on one side over the top to the other, ``grow`` times its size, then its inner face
    back, ``thick`` in."""
    f = np.sqrt(max(1 - (x / _SHELL_L) ** 2, 0.0))
    h, w = 0.03 + 0.16 * f**0.8, 0.04 + 0.12 * f**0.7
    phi = np.linspace(-1.8, 1.8, 15)
    out = np.stack([np.full(15, x), 0.1 + grow * h * np.cos(phi), grow * w * np.sin(phi)], 1)
    inner = np.stack([np.full(15, x), 0.1 + (grow * h - thick) * np.cos(phi),
                      (grow * w - thick) * np.sin(phi)], 1)[::-1]  # fmt: skip
    return np.concatenate([out, inner])


def _shell_band(xa: float, xb: float, slot=0) -> Part:
    """One band of the shell from xa (its front edge, tucked under the band before) back to xb
    (its rear edge, standing a little proud over the next)."""
    w = xb - xa
    rows = [(xa + 0.02 * w, 0.95), (xa + 0.35 * w, 1.0), (xb - 0.12 * w, 1.035), (xb, 1.0)]
    return grid_skin(np.stack([_shell_arch(x, g, 0.012) for x, g in rows]), slot)


def _armadillo(rng: Rng) -> list[Part]:
    """A nine-banded armadillo walking, head toward +x: a high domed shell of many narrow
    hard bands across its back, each standing a little proud of the next, the shoulder and hip
    shields in broader bands, its edge skirting down over the short legs; a small head with a
    hard shield on top, a long narrow snout tapering to a point, two upright ears, small dark
    eyes; short stout legs with long claws; a long tapering tail sheathed in rings."""
    parts = [sphere(1.0, at(0.0, 0.12, 0.0) @ scl(0.25, 0.085, 0.12), 1, "body")]  # the belly
    edges = [-_SHELL_L, -0.22, -0.17, -0.12, *np.linspace(-0.08, 0.1, 10), 0.15, 0.2, 0.245,
             _SHELL_L]  # fmt: skip
    for xa, xb in zip(edges[1:][::-1], edges[:-1][::-1], strict=True):  # front to back
        parts.append(_shell_band(xb, xa + 0.004))
    head = np.array([0.3, 0.12, 0.0])  # the head, its shield, the snout
    parts.append(sphere(1.0, at(*head) @ rot("z", -12) @ scl(0.075, 0.058, 0.058), 1))
    parts.append(sphere(1.0, at(*(head + v3(0.0, 0.025, 0))) @ rot("z", -14)
                        @ scl(0.07, 0.038, 0.048), 0))  # fmt: skip
    snout = [head + v3(0.05, -0.01, 0), head + v3(0.1, -0.03, 0), head + v3(0.15, -0.05, 0)]
    parts.append(tube(snout, [0.034, 0.022, 0.012], None, 1))
    parts.append(sphere(0.012, at(*(head + v3(0.15, -0.05, 0))), "marking"))
    for s in (-1, 1):
        parts.append(sphere(0.008, at(*(head + v3(0.035, 0.012, s * 0.048))), "pupil"))
        ear = at(*(head + v3(-0.03, 0.035, s * 0.035))) @ rot("x", -s * 20) @ rot("z", 15)
        parts.append(sphere(1.0, ear @ at(0, 0.035, 0) @ scl(0.022, 0.04, 0.008), 1))
    for lx, fore in ((0.15, True), (-0.16, False)):  # the legs and their claws
        for s in (-1, 1):
            foot = np.array([lx + 0.01, 0.0, s * 0.1])
            parts.append(
                tube(
                    [
                        foot + v3(-0.01, 0.13, -s * 0.02),
                        foot + v3(0, 0.05, 0),
                        foot + v3(0.01, 0.015, 0),
                    ],
                    [0.035, 0.03, 0.026],
                    None,
                    1,
                )
            )
            parts.append(sphere(1.0, at(*(foot + v3(0.015, 0.014, 0))) @ scl(0.035, 0.014, 0.03),
                                1))  # fmt: skip
            for k in (-1, 0, 1):
                c = foot + v3(0.04, 0.008, 0.012 * k)
                reach = 0.035 if fore else 0.022
                parts.append(tube([c, c + v3(reach, -0.006, 0.004 * k)], [0.005, 0.001], None,
                                  "marking"))  # fmt: skip
    # the tail: a long taper sheathed in rings, curving down to rest its tip on the ground
    path = catmull_rom([(-0.25, 0.12, 0), (-0.38, 0.085, 0), (-0.5, 0.045, 0.01),
                        (-0.63, 0.02, 0.03)], 17)  # fmt: skip
    radii = np.linspace(0.045, 0.009, len(path))
    for k in range(len(path) - 1):
        a, b = path[k], path[k + 1]
        d = b - a
        ln = float(np.linalg.norm(d))
        m = at(*a) @ align(d)
        parts.append(cylinder(radii[k] * 0.88, radii[k] * 1.04, ln * 1.05, m, 0))
    parts.append(sphere(radii[-1], at(*path[-1]), 0))
    wag = float(rng.uniform(-6, 6))
    return [p.moved(rot("y", wag)) for p in parts]


# 1336 bison


_BISON_LEGS = ((0.17, 0.12), (0.17, -0.12), (-0.3, 0.1), (-0.3, -0.1))
"""The bison's feet (x, z)."""
_BISON_HEAD = np.array([0.46, 0.28, 0.0])


def _bison_body() -> list:
    """The bison's smooth body (head toward +x): small hindquarters, a deep barrel, huge
    shoulders under a high hump sloping back, a short thick neck carrying the big head low."""
    shapes = [ellipsoid((-0.28, 0.41, 0.0), (0.16, 0.15, 0.14))]  # the hindquarters
    shapes.append(ellipsoid((-0.05, 0.41, 0.0), (0.28, 0.17, 0.17), None, 0.1))  # the barrel
    shapes.append(ellipsoid((0.14, 0.45, 0.0), (0.19, 0.22, 0.18), None, 0.1))  # the shoulders
    shapes.append(ellipsoid((0.06, 0.6, 0.0), (0.21, 0.16, 0.12), rot("z", 20), 0.12))  # hump
    shapes += rope([(0.24, 0.47, 0.0), (0.4, 0.33, 0.0)], [0.15, 0.11], 0.06)  # the neck
    shapes.append(ellipsoid(_BISON_HEAD, (0.08, 0.125, 0.08), rot("z", -42), 0.05))
    shapes.append(ellipsoid(_BISON_HEAD + v3(0.09, -0.1, 0), (0.055, 0.06, 0.06), None, 0.04))
    for x, z in _BISON_LEGS:
        r = 0.075 if x > 0 else 0.065
        shapes += rope([(x, 0.38, z * 0.8), (x, 0.2, z), (x + 0.01, 0.05, z)],
                       [r + 0.02, r * 0.7, r * 0.62], 0.06, 0.02)  # fmt: skip
    return shapes


def _ragged_back(x0: float, lo, hi) -> Shape:
    """Carves away everything behind a ragged edge across the body near x = x0 (where a
    mane ends in clumps)."""

    def dist(x, y, z):
        edge = x0 + 0.035 * np.sin(y * 38.0) * np.cos(z * 21.0) + 0.02 * np.sin(z * 47.0)
        return (x - edge) * 0.6

    return Shape(dist, np.asarray(lo, np.float32), np.asarray(hi, np.float32), -0.02)


def _fib(n: int) -> np.ndarray:
    """n directions spread evenly over the sphere."""
    i = np.arange(n) + 0.5
    y = 1 - 2 * i / n
    r = np.sqrt(1 - y * y)
    t = np.pi * (3 - np.sqrt(5)) * i
    return np.stack([r * np.cos(t), y, r * np.sin(t)], 1)


def _mane_shapes(field, rng: Rng) -> list:
    """The bison's shaggy mane: a thick coat over the hump, shoulders, neck and the whole head
    but the muzzle, ending raggedly at mid-barrel, hanging in chaps down the forelegs to the
    knees, a beard under the chin and a woolly bonnet on the head; curly clumps all over it."""
    g = 0.035
    shapes = [ellipsoid((0.14, 0.45, 0.0), (0.19 + g, 0.22 + g, 0.18 + g))]  # the shoulders
    shapes.append(ellipsoid((0.06, 0.6, 0.0), (0.21 + g, 0.16 + g, 0.12 + g), rot("z", 20), 0.05))
    shapes.append(ellipsoid((-0.05, 0.41, 0.0), (0.28, 0.19, 0.19), None, 0.05))
    shapes += rope([(0.24, 0.47, 0.0), (0.4, 0.33, 0.0)], [0.15 + g, 0.11 + g], 0.05)
    shapes.append(ellipsoid(_BISON_HEAD, (0.1, 0.14, 0.1), rot("z", -42), 0.04))
    for x, z in _BISON_LEGS[:2]:  # the chaps
        shapes += rope([(x, 0.4, z * 0.8), (x, 0.15, z * 1.05)], [0.1, 0.08], 0.04)
    for c, r in (((0.47, 0.39, 0.0), (0.07, 0.05, 0.1)), ((0.47, 0.12, 0.0), (0.05, 0.09, 0.05)),
                 ((0.41, 0.17, 0.0), (0.06, 0.09, 0.07))):  # fmt: skip
        shapes.append(ellipsoid(c, r, None, 0.03))  # the bonnet and the beard
    spine = [(0.0, 0.43, 0.0), (0.14, 0.48, 0.0), (0.3, 0.4, 0.0), tuple(_BISON_HEAD)]
    dirs = _fib(32)
    ins = np.repeat(spine, len(dirs), axis=0)
    ps, ns = skin_hits(field, ins, np.tile(dirs, (len(spine), 1)), 0.45)
    keep = (ps[:, 0] > 0.0) & (ps[:, 1] > 0.23) & ~((ps[:, 0] > 0.51) & (ps[:, 1] < 0.24))
    for p, nrm in zip(ps[keep], ns[keep], strict=True):  # the curly clumps
        r = float(rng.uniform(0.03, 0.045))
        shapes.append(ellipsoid(p + nrm * g, (r, r * 0.8, r), None, 0.012))
    shapes.append(_ragged_back(-0.02, (-0.2, 0.1, -0.3), (0.1, 0.8, 0.3)))
    muzzle = _BISON_HEAD + v3(0.115, -0.125, 0.0)
    shapes.append(ellipsoid(muzzle, (0.055, 0.055, 0.07), None, -0.02))
    return shapes


def _bison(rng: Rng) -> list[Part]:
    """An American bison standing with its head held low, head toward +x: a massive body with a
    great hump over the shoulders sloping down to much smaller short-haired hindquarters; a
    thick shaggy mane of curly clumps over the hump, the shoulders, the neck and the whole big
    head, hanging in chaps down the forelegs and in a long beard under the chin; small dark
    horns curving up out of the mane, small eyes, a dark muzzle; short legs on dark hooves; a
    short tail with a tuft."""
    shapes = _bison_body()
    parts = [solid(shapes, 0.032, 0, "body")]
    field = skin_field(shapes)
    parts.append(solid(_mane_shapes(field, rng), 0.028, 1))
    fringe = []  # ragged locks hanging from the beard and the chaps
    for k in range(16):
        side = (k % 2) * 2 - 1
        if k < 6:
            r = v3(0.43 + 0.012 * (k // 2), 0.13, 0.02 * side * (k % 3))
        else:
            r = v3(0.17 + 0.025 * (k % 4 - 1.5), 0.14, side * (0.12 + 0.05))
        drop = float(rng.uniform(0.05, 0.08))
        fringe.append([r, r + v3(-0.005, -drop * 0.5, 0.004 * side), r + v3(-0.015, -drop, 0.01)])
    parts.append(hair_locks(fringe, 0.05, 0.02, 1))
    for x, z in _BISON_LEGS:
        parts.append(cylinder(0.045, 0.04, 0.05, at(x, 0, z), "marking"))  # the hooves
        parts.append(box(0.006, 0.045, 0.03, at(x + 0.04, 0.002, z), "pupil"))
    for s in (-1, 1):  # the horns, the eyes
        root = _BISON_HEAD + v3(0.0, 0.08, s * 0.08)
        pts = [root, root + v3(0.0, 0.005, s * 0.06), root + v3(0.015, 0.06, s * 0.095),
               root + v3(0.0, 0.115, s * 0.075)]  # fmt: skip
        parts.append(tube(pts, [0.03, 0.024, 0.014, 0.003], None, "marking"))
        parts.append(sphere(0.015, at(*(_BISON_HEAD + v3(0.085, -0.01, s * 0.105))), "pupil"))
    muzzle = at(*(_BISON_HEAD + v3(0.125, -0.11, 0))) @ rot("z", -30) @ scl(0.035, 0.05, 0.06)
    parts.append(sphere(1.0, muzzle, "marking"))
    tail = [(-0.43, 0.5, 0.0), (-0.47, 0.42, 0.0), (-0.48, 0.3, 0.0)]
    parts.append(tube(tail, [0.02, 0.015, 0.012], None, 0))
    parts.append(sphere(1.0, at(-0.48, 0.27, 0.0) @ scl(0.024, 0.05, 0.024), 1))
    return [p.moved(rot("y", 12)) for p in parts]


MORE_APPLIANCES_ZZZZP = {
    1329: _ship, 1330: _ketch, 1331: _tanker, 1332: _zero, 1333: _carrier,
    1334: _bronco, 1335: _armadillo, 1336: _bison,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
