"""More of the device family's appliances, from 911: a firefighter's helmet, a fire axe, a
firehouse sliding pole, a police car, a police cap, a jail cell door, a fire alarm bell, a box of
donuts.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, mesh_part, rot, scl
from ._kit import SEDAN_WIDTH, sedan
from ._lettering import paint_text
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import polygon, sharp

__all__ = ["MORE_APPLIANCES_ZZM"]

Rng = np.random.Generator


def _loft(rings, slot, closed: bool = False) -> Part:
    """A solid through rings (n, L, 3) of closed loops: joined last to first when ``closed`` (a
    brim round a crown), else each end capped by a fan to its middle point."""
    r = np.asarray(rings, float)
    n, L = r.shape[:2]
    idx = np.arange(n * L).reshape(n, L)
    nxt = np.roll(idx, -1, 0) if closed else idx[1:]
    cur = idx if closed else idx[:-1]
    a, b = cur, np.roll(cur, -1, 1)
    c, d = nxt, np.roll(nxt, -1, 1)
    faces = [np.stack([a, b, d], -1).reshape(-1, 3), np.stack([a, d, c], -1).reshape(-1, 3)]
    verts = [r.reshape(-1, 3)]
    if not closed:
        verts += [r[0].mean(0)[None], r[-1].mean(0)[None]]
        lo, hi = n * L, n * L + 1
        j, j1 = np.arange(L), np.roll(np.arange(L), -1)
        faces.append(np.stack([np.full(L, lo), idx[0, j1], idx[0, j]], -1))
        faces.append(np.stack([np.full(L, hi), idx[-1, j], idx[-1, j1]], -1))
    return mesh_part(np.concatenate(verts), np.concatenate(faces), slot)


def _dome_z(profile, x: float, y: float, sz: float) -> float:
    """How far in z the crown of a lathe profile (radius, height), stretched sz in z, reaches
    at this x and height (0 where it is narrower than x)."""
    rs, ys = np.array(profile).T
    r = float(np.interp(y, ys, rs))
    return sz * float(np.sqrt(max(r * r - x * x, 0.0)))


def _fire_helmet(rng: Rng) -> list[Part]:
    """A classic firefighter's helmet: a tall rounded crown with raised ribs running front to
    back and a comb along the top, a wide brim that is short at the front and sweeps long and
    low at the back, a tall leather front shield standing up at the front with a company number,
    held by a brass eagle, and a small tinted visor under the front brim."""
    y0, sz = 0.15, 1.15
    prof = [(0.2, 0.0), (0.205, 0.07), (0.19, 0.15), (0.15, 0.22), (0.08, 0.262), (0.0, 0.275)]
    parts = [lathe(prof, at(0, y0, 0) @ scl(1, 1, sz), 0, "body")]
    for x in (0.0, -0.065, 0.065, -0.13, 0.13):  # the ribs and the comb
        ys = np.linspace(0.0, 0.27, 10)
        pts = [(x, y0 + y, _dome_z(prof, x, y, sz) + 0.004) for y in ys if y < 0.27]
        pts = [p for p in pts if p[2] > 0.03]
        pts = pts + [(p[0], p[1], -p[2]) for p in reversed(pts)]
        parts.append(tube(pts, 0.018 if x == 0 else 0.014, None, 0))
    rings = []
    for a in np.linspace(0, 2 * np.pi, 48, endpoint=False):
        w = ((1 - np.cos(a)) / 2) ** 1.5  # 0 at the front, 1 at the back
        ext, drop = 0.065 + 0.17 * w, 0.012 + 0.135 * w
        d = np.array([np.sin(a), 0.0, np.cos(a) * sz])
        top = [d * (0.19 + ext * t) + (0, y0 + 0.01 - drop * t**1.6 + 0.01 * (1 - w) * t, 0)
               for t in np.linspace(0, 1, 5)]  # fmt: skip
        rings.append(top + [p - (0, 0.014, 0) for p in reversed(top)])
    parts.append(_loft(rings, 0, closed=True))  # the brim
    parts.append(torus(0.2, 0.012, at(0, y0 + 0.012, 0) @ scl(1, 1, sz), 0))  # the brim's seam
    zf = 0.2 * sz
    shield = at(0, y0 + 0.0, zf + 0.01) @ rot("x", -14)
    outline = [(-0.075, 0.0), (0.075, 0.0), (0.095, 0.09), (0.085, 0.16), (0.05, 0.205),
               (0.0, 0.22), (-0.05, 0.205), (-0.085, 0.16), (-0.095, 0.09)]  # fmt: skip
    parts.append(slab(outline, 0.014, shield @ at(0, 0, 0.007), 1))
    inner = [(x * 0.8, y * 0.8 + 0.02) for x, y in outline]
    parts.append(slab(inner, 0.006, shield @ at(0, 0, 0.015), "marking"))
    number = str(int(rng.integers(1, 10))) + str(int(rng.integers(0, 10)))
    parts += paint_text(number, shield @ at(0, 0.1, 0.018), 0.075, "snow", stroke=0.2)
    parts += paint_text("ENGINE", shield @ at(0, 0.175, 0.018), 0.022, "snow", stroke=0.2)
    eagle = shield @ at(0, 0.225, 0.0)  # the brass eagle holding it
    parts.append(sphere(1.0, eagle @ scl(0.025, 0.03, 0.022), "copper"))
    parts.append(sphere(1.0, eagle @ at(0, 0.03, 0.01) @ scl(0.014, 0.014, 0.016), "copper"))
    for s in (-1, 1):
        wing = [(0.0, 0.0), (s * 0.06, 0.035), (s * 0.05, 0.0), (s * 0.02, -0.02)]
        parts.append(slab(sharp(wing), 0.008, eagle, "copper"))
    vis = []  # the tinted visor under the front brim
    for a in np.linspace(-1.0, 1.0, 14):
        d = np.array([np.sin(a), 0.0, np.cos(a) * sz])
        lo, hi = d * 0.25 + (0, y0 - 0.09, 0), d * 0.235 + (0, y0 + 0.005, 0)
        vis.append([lo, hi, hi + d * 0.006, lo + d * 0.006])
    parts.append(_loft(vis, "pane"))
    return parts


def _fire_axe(rng: Rng) -> list[Part]:
    """A firefighter's pick-head axe standing on its handle: a long straight handle with a black
    rubber grip and a swelled knob at the foot, a head painted red with a broad curved blade on
    one side ending in a bright steel edge and a long square pick tapering to a point on the
    other."""
    hy = 0.85  # the height of the head's middle
    parts = [cylinder(0.02, 0.018, hy + 0.06, scl(1, 1, 0.8), 1, "body")]  # the handle
    parts.append(cylinder(0.024, 0.023, 0.22, at(0, 0.03, 0) @ scl(1, 1, 0.82), "marking"))
    parts.append(sphere(1.0, at(0, 0.035, 0) @ scl(0.03, 0.035, 0.026), "marking"))  # the knob
    head = at(0, hy, 0)
    parts.append(box(0.075, 0.12, 0.055, head @ at(0, -0.06, 0), 0))  # the eye
    blade = [(0.03, -0.038), (0.08, -0.045), (0.125, -0.07), (0.15, -0.085), (0.15, 0.072),
             (0.125, 0.06), (0.08, 0.038), (0.03, 0.038)]  # fmt: skip
    parts.append(slab(sharp(blade), 0.034, head, 0))
    t = np.linspace(-1, 1, 9)
    inner = [(0.14 - 0.01 * u * u, 0.075 * u - 0.006) for u in t]
    edge = [(0.185 - 0.025 * u * u, 0.08 * u - 0.006) for u in t] + inner[::-1]
    parts.append(slab(sharp(edge), 0.016, head, "steel"))  # the ground edge
    pick = [(-0.035, 0.01, 0.0), (-0.12, 0.0, 0.0), (-0.2, -0.02, 0.0), (-0.25, -0.045, 0.0)]
    sq = polygon(4)(4) @ np.array([[0.7, 0.7], [-0.7, 0.7]])
    parts.append(tube(pick[:3], [0.024, 0.018, 0.011], head, 0, shape=sq))
    parts.append(tube(pick[2:], [0.011, 0.0], head, "steel", shape=sq))  # its point
    parts.append(box(0.045, 0.012, 0.05, head @ at(0, 0.06, 0), 1))  # the handle's end
    return parts


def _annulus(ri: float, ro: float, h: float, m: np.ndarray, slot) -> Part:
    """A flat ring ri to ro wide and h thick on y = 0 under m."""
    rings = []
    for a in np.linspace(0, 2 * np.pi, 32, endpoint=False):
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        rings.append([d * ri, d * ro, d * ro + (0, h, 0), d * ri + (0, h, 0)])
    rings = np.asarray(rings) @ m[:3, :3].T + m[:3, 3]
    return _loft(rings, slot, closed=True)


def _fire_pole(rng: Rng) -> list[Part]:
    """A firehouse sliding pole: a tall shiny brass pole rising from a round rubber landing mat
    up through a round hole in the upper floor, which runs back to the walls, a brass railing
    on posts round the hole, a ball on the pole's top; the walls of the room's corner behind."""
    fy, ft, hr = 0.7, 0.05, 0.15  # the floor's height, its thickness, the hole's radius
    W, D = 0.8, 0.7
    parts = [cylinder(0.016, 0.016, 1.08, None, 0, "body")]  # the pole
    mat = [(0.0, 0.0), (0.2, 0.0), (0.22, 0.02), (0.2, 0.04), (0.0, 0.042)]
    parts.append(lathe(mat, None, "cloth-dark"))  # the landing mat
    parts.append(torus(0.17, 0.006, at(0, 0.042, 0), "marking"))
    parts.append(cylinder(0.045, 0.04, 0.05, at(0, 0.04, 0), 0))  # the foot's flange
    parts.append(sphere(0.03, at(0, 1.09, 0), 0))
    f = at(0, fy, 0)  # the floor, with a square opening rounded by a ring
    for s in (-1, 1):
        parts.append(box((W - 2 * hr) / 2, ft, D, f @ at(s * (W + 2 * hr) / 4, 0, 0), 1))
        parts.append(box(2 * hr, ft, (D - 2 * hr) / 2, f @ at(0, 0, s * (D + 2 * hr) / 4), 1))
    parts.append(_annulus(hr, hr * 1.45, ft, f, 1))
    parts.append(torus(hr, 0.008, f @ at(0, ft, 0), 0))  # the hole's brass trim
    wh = fy + 0.4  # the walls of the corner behind, up past the floor
    parts.append(box(W + 0.04, wh, 0.04, at(0.02, 0, -D / 2 - 0.02), "plaster"))
    parts.append(box(0.04, wh, D, at(-W / 2 - 0.02, 0, 0), "plaster"))
    parts.append(box(W + 0.04, 0.06, 0.012, at(0.02, 0, -D / 2 + 0.006), "marking"))  # skirting
    parts.append(box(0.012, 0.06, D, at(-W / 2 + 0.006, 0, 0), "marking"))
    top = fy + ft
    r = hr + 0.05
    for k in range(6):  # the railing round the hole
        a = np.pi / 6 + k * np.pi / 3
        parts.append(stick((r * np.cos(a), top, r * np.sin(a)),
                           (r * np.cos(a), top + 0.2, r * np.sin(a)), 0.008, 0))  # fmt: skip
    parts.append(torus(r, 0.011, at(0, top + 0.2, 0), 0))
    parts.append(torus(r, 0.006, at(0, top + 0.1, 0), 0))
    return parts


def _police_car(rng: Rng) -> list[Part]:
    """A police patrol car seen side-on: a sedan with a long hood and trunk, a glass cabin with
    pillars, four black wheels with steel hubs in dark arches, a blue band and 'POLICE' painted
    along the sides, a light bar on the roof with a red and a blue lens and white lamps, glowing
    headlights, a black push bar on the front bumper, side mirrors."""
    Wd = SEDAN_WIDTH
    parts = sedan()
    for s in (-1, 1):
        band = [(-0.505, 0.15), (0.505, 0.15), (0.505, 0.19), (-0.505, 0.19)]
        parts.append(slab(sharp(band), 0.006, at(0, 0, s * Wd / 2), "plume"))
        lm = at(0, 0.225, s * (Wd / 2 + 0.002)) @ rot("y", 0 if s > 0 else 180)
        parts += paint_text("POLICE", lm, 0.045, "marking")
    for s in (-1, 1):  # the push bar
        parts.append(stick((0.53, 0.08, s * 0.12), (0.53, 0.2, s * 0.12), 0.012, "marking"))
    parts.append(box(0.05, 0.05, 0.3, at(0.525, 0.1, 0), "marking"))
    for y in (0.12, 0.15):
        parts.append(stick((0.53, y, -0.12), (0.53, y, 0.12), 0.008, "marking"))
    lb = at(-0.08, 0.42, 0)  # the light bar
    parts.append(box(0.05, 0.02, 0.08, lb, "marking"))
    parts.append(box(0.09, 0.025, Wd - 0.06, lb @ at(0, 0.01, 0), "marking"))
    for s, lens in ((1, "card-red"), (-1, "plume")):
        parts.append(box(0.08, 0.045, 0.15, lb @ at(0, 0.03, s * 0.09), lens))
        parts.append(box(0.05, 0.025, 0.11, lb @ at(0.02, 0.04, s * 0.09), "glow"))
    parts.append(box(0.07, 0.035, 0.025, lb @ at(0, 0.03, 0), "glow"))
    return parts


def _police_cap(rng: Rng) -> list[Part]:
    """A police officer's peaked cap: a round crown with a wide flat top rising higher at the
    front, a black and white chequered band round it, a shiny black peak sloping down over the
    front, a black chin strap held by two silver buttons, a gold star badge on the front of the
    crown above the band."""
    sz, y0, bh = 1.1, 0.064, 0.075
    parts = [cylinder(0.2, 0.2, bh, at(0, y0, 0) @ scl(1, 1, sz), 1, "body")]  # the band
    for k in range(28):  # its chequer of white squares
        a = 2 * np.pi * k / 28
        for row in (0, 1):
            if (k + row) % 2:
                continue
            m = at(0.202 * np.sin(a), y0 + 0.004 + row * 0.034, 0.202 * sz * np.cos(a))
            parts.append(box(0.044, 0.033, 0.004, m @ rot("y", np.degrees(a)), "snow"))
    crown = [(0.2, 0.0), (0.22, 0.03), (0.255, 0.065), (0.27, 0.085), (0.25, 0.1), (0.15, 0.107),
             (0.0, 0.108)]  # fmt: skip
    top = at(0, y0 + bh, 0) @ rot("x", -7) @ scl(1, 1, sz)
    parts.append(lathe(crown, top, 0))
    peak = []
    for a in np.linspace(-1.35, 1.35, 16):
        d = np.array([np.sin(a), 0.0, sz * np.cos(a)])
        reach = 0.115 * np.cos(a) ** 0.8 + 0.005
        p0 = d * 0.195 + (0, y0 + 0.012, 0)
        p1 = p0 + d * reach - (0, 0.55 * reach, 0)
        peak.append([p0, p1, p1 - (0, 0.01, 0), p0 - (0, 0.012, 0)])
    parts.append(_loft(peak, "pupil"))
    strap = [(0.2 * np.sin(a), y0 + 0.022, 0.2 * sz * np.cos(a) + 0.006)
             for a in np.linspace(-1.25, 1.25, 9)]  # fmt: skip
    parts.append(tube(strap, 0.009, None, "pupil", shape=polygon(4)(4) * [1.0, 0.6]))
    for s in (-1, 1):
        a = s * 1.25
        parts.append(sphere(0.014, at(0.205 * np.sin(a), y0 + 0.022, 0.205 * sz * np.cos(a)),
                            "steel"))  # fmt: skip
    badge = top @ at(0, 0.05, 0.225) @ rot("x", -30)
    star = [
        (
            0.06 * (1 if k % 2 == 0 else 0.5) * np.sin(k * np.pi / 5),
            0.06 * (1 if k % 2 == 0 else 0.5) * np.cos(k * np.pi / 5),
        )
        for k in range(10)
    ]
    parts.append(slab(sharp(star), 0.008, badge, "copper"))  # fmt: skip
    parts.append(cylinder(0.02, 0.02, 0.01, badge @ rot("x", 90), "steel"))
    return parts


def _cell_door(rng: Rng) -> list[Part]:
    """A prison cell door: a door of thick round iron bars in a flat iron frame with two flat
    crossbars, hung on three hinges in the opening of a thick stone wall and standing a little
    ajar towards the viewer, a big lock box with a keyhole and a handle on its free side, the cell
    floor inside."""
    W, H, T, ow, oh = 0.9, 1.0, 0.14, 0.44, 0.82
    side = (W - ow) / 2
    parts = [box(side, H, T, at(-(ow + side) / 2, 0, 0), 1, "body")]  # the wall
    parts.append(box(side, H, T, at((ow + side) / 2, 0, 0), 1))
    parts.append(box(ow, H - oh, T, at(0, oh, 0), 1))
    for y in (0.25, 0.5, 0.75):  # courses of stone blocks either side of the opening
        for s in (-1, 1):
            m = at(s * (ow + side) / 2, y, 0)
            parts.append(box(side + 0.004, 0.008, T + 0.004, m, "marking"))
    for k in range(4):  # the blocks' upright joints
        y = 0.125 + 0.25 * k
        for x in (-0.4, -0.3, 0.3, 0.4) if k % 2 else (-0.35, 0.35):
            parts.append(box(0.008, 0.25, T + 0.004, at(x, y - 0.125, 0), "marking"))
    parts.append(box(ow, 0.02, 0.5, at(0, 0, -0.2), 1))  # the floor and its threshold
    ajar = -22 - float(rng.uniform(0, 8))
    dw, dh = ow - 0.02, oh - 0.02
    door = at(ow / 2 - 0.01, 0.01, T / 2 - 0.03) @ rot("y", -ajar) @ scl(-1, 1, 1)
    for x in (0.02, dw - 0.02):  # the stiles
        parts.append(box(0.04, dh, 0.03, door @ at(x, 0, 0), 0))
    for y, h in ((0.0, 0.05), (dh - 0.04, 0.04), (0.3, 0.035), (0.56, 0.035)):  # rails
        parts.append(box(dw, h, 0.02, door @ at(dw / 2, y, 0), 0))
    for k in range(6):  # the bars
        x = 0.04 + (dw - 0.08) * (k + 1) / 7
        parts.append(cylinder(0.012, 0.012, dh, door @ at(x, 0, 0), 0))
    lock = door @ at(dw - 0.03, 0.4, 0)
    parts.append(box(0.1, 0.16, 0.07, lock, 0))
    parts.append(box(0.012, 0.03, 0.004, lock @ at(0, 0.09, 0.036), "marking"))  # the keyhole
    parts.append(sphere(0.01, lock @ at(0, 0.11, 0.036), "marking"))
    parts.append(stick(tuple((lock @ [-0.03, 0.04, 0.035, 1])[:3]),
                       tuple((lock @ [-0.03, 0.04, 0.07, 1])[:3]), 0.008, 0))  # fmt: skip
    parts.append(box(0.08, 0.016, 0.016, lock @ at(-0.05, 0.032, 0.07), 0))  # the handle
    for y in (0.08, 0.4, 0.72):  # the hinges
        parts.append(cylinder(0.018, 0.018, 0.07, at(ow / 2 - 0.01, y, T / 2 - 0.03), 0))
    return parts


def _fire_alarm(rng: Rng) -> list[Part]:
    """A wall-mounted fire alarm: a round red gong bell, a shallow dome with a rolled rim and a
    bright nut at its middle, on a round backplate with a small striker under its rim, all on a
    square wall panel; beside it a red break-glass call point with a white window and 'FIRE'
    above it, joined to the bell's panel by a conduit."""
    S, by = 0.38, 0.19
    parts = [box(S, S, 0.025, at(0, 0, -0.0125), 1, "body")]  # the panel
    for sx in (-1, 1):
        for sy in (-1, 1):
            parts.append(sphere(0.01, at(sx * 0.16, by + sy * 0.16, 0.0), "steel"))  # screws
    up = at(0, by, 0) @ rot("x", 90)  # +y of the parts below points out at the viewer
    parts.append(cylinder(0.085, 0.08, 0.045, up, 0))  # the backplate
    gong = [(0.0, 0.0), (0.16, 0.0), (0.158, 0.02), (0.145, 0.045), (0.11, 0.07), (0.06, 0.082),
            (0.0, 0.085)]  # fmt: skip
    parts.append(lathe(gong, up @ at(0, 0.045, 0), 0))
    parts.append(torus(0.157, 0.009, up @ at(0, 0.05, 0), 0))  # its rolled rim
    parts.append(cylinder(0.024, 0.02, 0.02, up @ at(0, 0.125, 0), "steel"))  # the nut
    parts.append(cylinder(0.01, 0.008, 0.015, up @ at(0, 0.143, 0), "steel"))
    parts.append(box(0.05, 0.04, 0.03, at(0, by - 0.185, 0.01), 0))  # the striker's housing
    parts.append(stick((0, by - 0.16, 0.03), (0, by - 0.155, 0.07), 0.006, "steel"))
    parts.append(sphere(0.014, at(0, by - 0.15, 0.07), "steel"))  # the hammer
    cp = at(0.34, 0.11, 0)  # the call point
    parts.append(box(0.17, 0.17, 0.055, cp @ at(0, -0.085, 0.0275), "card-red"))
    face = cp @ at(0, 0, 0.055)
    parts.append(box(0.11, 0.1, 0.006, face @ at(0, -0.075, 0), "snow"))
    parts.append(box(0.085, 0.075, 0.01, face @ at(0, -0.0625, 0), "pane"))
    parts.append(box(0.03, 0.012, 0.012, face @ at(0, -0.03, 0), "marking"))
    parts += paint_text("FIRE", face @ at(0, 0.05, 0.004), 0.028, "snow")
    parts.append(stick((S / 2 - 0.01, by - 0.02, 0.01), (0.26, by - 0.02, 0.01), 0.01, "steel"))
    return parts


def _donut(x: float, z: float, icing: str, sprinkles: bool, rng: Rng) -> list[Part]:
    """A ring donut lying in the box at (x, z): the dough ring, a glossy icing over its top, a
    scatter of short coloured sprinkles on that."""
    R, r, y = 0.082, 0.043, 0.044
    parts = [torus(R, r, at(x, y, z) @ scl(1, 0.75, 1), 0)]
    parts.append(torus(R, r, at(x, y + 0.012, z) @ scl(1.025, 0.62, 1.025), icing))
    if not sprinkles:
        return parts
    colours = ("fruit-yellow", "plume", "vine", "snow", "fruit-orange", "card-red")
    for k in range(12):
        a = rng.uniform(0, 2 * np.pi)
        d = rng.uniform(-0.6, 0.6) * r
        top = y + 0.012 + 0.62 * np.sqrt(r * r - d * d)
        m = at(x + (R + d) * np.cos(a), top - 0.001, z + (R + d) * np.sin(a))
        m = m @ rot("y", float(rng.uniform(0, 180)))
        parts.append(box(0.022, 0.007, 0.007, m, colours[k % 6]))
    return parts


def _donut_box(rng: Rng) -> list[Part]:
    """An open box of donuts: a flat square cardboard box with low walls, its lid folded open up
    behind with a red seal and 'DONUTS' printed inside, holding six ring donuts in two rows of
    three, iced pink, red, white and chocolate, some with coloured sprinkles."""
    W, D, H, t = 0.8, 0.54, 0.075, 0.008
    parts = [box(W, t, D, None, 1, "body")]
    for s in (-1, 1):
        parts.append(box(W, H, t, at(0, 0, s * (D - t) / 2), 1))
        parts.append(box(t, H, D, at(s * (W - t) / 2, 0, 0), 1))
    lid = at(0, H, -D / 2) @ rot("x", -108)
    parts.append(box(W, t, D, lid @ at(0, -t, D / 2), 1))
    parts.append(box(W, 0.05, t, lid @ at(0, -0.05, D), 1))  # its front flap
    for s in (-1, 1):
        parts.append(box(t, 0.05, D * 0.85, lid @ at(s * (W - t) / 2, -0.05, D * 0.5), 1))
    inside = lid @ at(0, -t - 0.001, D / 2) @ rot("x", 90)
    parts.append(cylinder(0.1, 0.1, 0.004, inside @ at(0, 0.05, 0) @ rot("x", 90), "card-red"))
    parts += paint_text("DONUTS", inside @ at(0, -0.1, 0.002), 0.06, "card-red")
    icings = ["eraser", "card-red", "snow", "soil", "eraser", "soil"]
    rng.shuffle(icings)
    for k in range(6):
        x, z = (k % 3 - 1) * 0.255, (k // 3 - 0.5) * 0.255
        parts += _donut(x, z, icings[k], icings[k] != "soil" or k < 3, rng)
    return parts


MORE_APPLIANCES_ZZM = {
    911: _fire_helmet, 912: _fire_axe, 913: _fire_pole, 914: _police_car, 915: _police_cap,
    916: _cell_door, 917: _fire_alarm, 918: _donut_box,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
