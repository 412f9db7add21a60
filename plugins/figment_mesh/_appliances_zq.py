"""More of the device family's appliances, from 746: a cotton candy stand, a hot dog stand, a
ring toss stall, a ticket booth, a circus cage wagon, a funhouse mirror, a trapeze, a pair of
clown shoes, a drum kit, a guitar amplifier.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl
from ._primitives import HEXAGON, box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZQ"]

Rng = np.random.Generator

_UP = rot("x", 90)  # turns +y onto +z: a cylinder's axis or a torus's face toward the viewer
_FLAT = rot("x", 90)  # lays a slab's outline (x, y) flat as (x, z), extruded down
_STRIPES = ("card-red", "snow")
_ROPE = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])  # a thin rope's section


def _rope(points, r: float, slot="seed") -> Part:
    """A thin rope (a four-sided tube) through the points."""
    return tube(points, r, None, slot, shape=_ROPE)


def _gores(n: int, bulge: float, scale) -> np.ndarray:
    """A canopy's cross-section: n gores bulging out between the seams, gore i's radius times
    ``scale(i)`` (a step at each seam when the scales differ)."""
    pts = []
    for i in range(n):
        t = np.linspace(2 * np.pi * i / n, 2 * np.pi * (i + 1) / n, 5)[:-1]
        r = (1.0 - bulge + bulge * np.abs(np.sin(n * t / 2))) * scale(i)
        pts.append(np.stack([r * np.cos(t), r * np.sin(t)], 1))
        if scale(i) != scale((i + 1) % n):
            t1 = 2 * np.pi * (i + 1) / n
            r1 = (1.0 - bulge) * scale(i)
            pts.append(np.array([[r1 * np.cos(t1), r1 * np.sin(t1)]]))
    return np.concatenate(pts)


def _striped_canopy(shell, m: np.ndarray, n: int, slots=_STRIPES) -> list[Part]:
    """A round canopy of lathe profile ``shell`` in n gores of alternating colour."""
    plain = _gores(n, 0.04, lambda i: 1.0)
    stepped = _gores(n, 0.04, lambda i: 1.02 if i % 2 else 0.97)
    return [lathe(shell, m, slots[1], shape=plain), lathe(shell, m, slots[0], shape=stepped)]


def _awning(w: float, depth: float, y: float, z: float, drop: float, n: int) -> list[Part]:
    """A striped awning from a back edge at height y (z) sloping down ``drop`` to its front edge
    ``depth`` further toward the viewer, n red and white stripes, a scalloped valance in front."""
    length = float(np.hypot(depth, drop))
    tilt = at(0, y - drop / 2, z + depth / 2) @ rot("x", float(np.degrees(np.arctan2(drop, depth))))
    sw = w / n
    parts = []
    for k in range(n):
        x = -w / 2 + sw * (k + 0.5)
        parts.append(box(sw, 0.02, length, tilt @ at(x, -0.01, 0), _STRIPES[k % 2]))
        tab = [(-sw / 2, 0.0), (sw / 2, 0.0), (sw * 0.42, -sw * 0.3), (0.0, -sw * 0.5),
               (-sw * 0.42, -sw * 0.3)]  # fmt: skip
        parts.append(slab(tab, 0.012, at(x, y - drop - 0.01, z + depth + 0.006), _STRIPES[k % 2]))
    parts.append(box(w + 0.02, 0.03, 0.02, at(0, y - drop - 0.03, z + depth + 0.006), "snow"))
    return parts


def _wheel(
    x: float, y: float, z: float, r: float, spokes: int = 10, slot=1, rim: bool = True
) -> list[Part]:
    """A spoked wheel at (x, y, z) facing the viewer (its axle along z): a dark tyre (on a rim
    when ``rim``; else an iron tyre in ``slot``), a hub and spokes."""
    m = at(x, y, z) @ _UP
    if rim:
        parts = [torus(r - r * 0.07, r * 0.08, m, "pupil"), torus(r - r * 0.17, r * 0.05, m, slot)]
    else:
        parts = [torus(r - r * 0.09, r * 0.09, m @ scl(1, 1.4, 1), slot)]
    parts.append(cylinder(r * 0.17, r * 0.17, r * 0.3, at(x, y, z - r * 0.15) @ _UP, slot))
    for k in range(spokes):
        spoke = at(x, y, z) @ rot("z", 360.0 * k / spokes)
        parts.append(box(r * 0.07, r * 0.85, r * 0.05, spoke, slot))
    return parts


def _caster(x: float, z: float, r: float) -> list[Part]:
    """A small solid wheel at x, z on the floor, facing the viewer."""
    m = at(x, r, z) @ _UP
    return [torus(r * 0.75, r * 0.25, m, "pupil"), cylinder(r * 0.6, r * 0.6, r * 0.5,
            at(x, r, z - r * 0.25) @ _UP, "steel")]  # fmt: skip


def _scroll(m: np.ndarray, size: float, slot=1, turns: float = 1.6) -> Part:
    """A carved C-scroll in the xy plane under m: a tube winding inward in a spiral."""
    t = np.linspace(0, turns * 2 * np.pi, 7)
    r = size * (1.0 - 0.75 * t / t[-1])
    pts = np.stack([r * np.cos(t), r * np.sin(t), np.zeros_like(t)], 1)
    return tube(pts, size * 0.12, m, slot, shape=HEXAGON)


# ---- 746 cotton candy stand --------------------------------------------------------------------


def _puff(x: float, y: float, z: float, r: float, rng: Rng) -> list[Part]:
    """A puff of pink candy floss on a paper cone, its tip at (x, y, z)."""
    cone = cylinder(0.0, r * 0.3, r * 2.2, at(x, y, z), "pages")
    top = y + r * 2.2 + r * 0.7
    parts = [cone, sphere(r, at(x, top, z) @ scl(1.0, 1.1, 1.0), "eraser")]
    for k in range(2):
        a = float(rng.uniform(0, 2 * np.pi))
        parts.append(sphere(r * 0.65, at(x + r * 0.6 * np.cos(a), top + r * (0.3 + 0.3 * k),
                                         z + r * 0.6 * np.sin(a)), "eraser"))  # fmt: skip
    return parts


def _cotton_candy_stand(rng: Rng) -> list[Part]:
    """A cotton candy stand: a small cart on four little wheels, a round steel candy-floss
    machine bowl with pink floss spun inside it on the counter, a rack of pink floss puffs on
    paper cones beside it, and a red and white striped canopy on four poles over it all."""
    w, d, y0, h = 1.0, 0.56, 0.16, 0.64
    parts = [box(w, h, d, at(0, y0, 0), 0, "body")]
    parts.append(box(w - 0.1, h - 0.12, 0.02, at(0, y0 + 0.06, d / 2), 1))  # the front panel
    parts.append(cylinder(0.13, 0.13, 0.012, at(0, y0 + h / 2, d / 2 + 0.01) @ _UP, "eraser"))
    top = y0 + h
    parts.append(box(w + 0.08, 0.04, d + 0.08, at(0, top, 0), 1))  # the counter
    top += 0.04
    for x in (-0.38, 0.38):
        for z in (-d / 2 + 0.03, d / 2 - 0.03):
            parts += _caster(x, z, 0.08)
    # the floss machine: a wide steel bowl on a base, pink floss spun round its inside
    mx = -0.18
    parts.append(cylinder(0.14, 0.16, 0.14, at(mx, top, 0), "steel"))
    bowl = [(0.0, 0.0), (0.14, 0.0), (0.27, 0.05), (0.31, 0.17), (0.3, 0.19), (0.27, 0.08),
            (0.14, 0.04), (0.0, 0.04)]  # fmt: skip
    parts.append(lathe(bowl, at(mx, top + 0.14, 0), "steel"))
    parts.append(torus(0.2, 0.07, at(mx, top + 0.25, 0) @ scl(1, 0.9, 1), "eraser"))
    parts.append(cylinder(0.05, 0.04, 0.12, at(mx, top + 0.16, 0), "steel"))  # the spinner head
    parts.append(sphere(0.09, at(mx + 0.03, top + 0.32, 0.02), "eraser"))
    # the rack of puffs: a board with holes on a short stand
    rx = 0.3
    parts.append(box(0.05, 0.22, 0.05, at(rx, top, -0.08), 1))
    parts.append(box(0.3, 0.05, 0.26, at(rx, top + 0.22, -0.08), 1))
    for i, (dx, dz) in enumerate(((-0.09, -0.17), (0.0, -0.19), (0.09, -0.17), (-0.09, 0.0),
                                  (0.0, 0.02), (0.09, 0.0))):  # fmt: skip
        y = top + 0.16 + (0.05 if i < 3 else 0.0)
        parts += _puff(rx + dx, y, -0.08 + dz + 0.08, 0.062, rng)
    # the canopy on four poles
    ph = 1.55
    for x in (-w / 2, w / 2):
        for z in (-d / 2, d / 2):
            parts.append(stick((x, top, z), (x, ph, z), 0.015, 1))
    parts += _awning(w + 0.16, d + 0.16, ph + 0.1, -d / 2 - 0.08, 0.14, 8)
    return parts


# ---- 747 hot dog stand ----------------------------------------------------------------------


def _hot_dog(m: np.ndarray) -> list[Part]:
    """A hot dog lying along x under m: a sausage longer than its split bun."""
    parts = []
    for s in (-1, 1):
        parts.append(sphere(1.0, m @ at(0, 0.025, s * 0.022) @ scl(0.1, 0.028, 0.022), "seed"))
    parts.append(tube([(-0.125, 0.04, 0), (0.125, 0.04, 0)], 0.02, m, "match-head"))
    return parts


def _hot_dog_stand(rng: Rng) -> list[Part]:
    """A hot dog stand: a steel food cart on two wheels at one end and a leg at the other, a
    steam tray of hot dogs in buns on top, a red ketchup and a yellow mustard bottle, a push
    handle, a hot dog sign on its side and a big red and yellow striped umbrella on a pole."""
    w, d, y0, h = 1.1, 0.56, 0.3, 0.55
    parts = [box(w, h, d, at(0, y0, 0), 0, "body")]
    top = y0 + h
    parts.append(box(w + 0.04, 0.03, d + 0.04, at(0, top, 0), 1))
    top += 0.03
    parts.append(box(w - 0.08, 0.03, 0.02, at(0, y0 + 0.04, d / 2), 1))  # trims
    parts.append(box(w - 0.08, 0.03, 0.02, at(0, top - 0.1, d / 2), 1))
    # the sign on its side: a big hot dog on a red panel
    sign = at(0.06, y0 + 0.25, d / 2 + 0.012)
    parts.append(box(0.62, 0.22, 0.012, sign @ at(0, -0.11, 0), "card-red"))
    parts += _hot_dog(sign @ rot("x", 90) @ scl(2.0) @ at(0, -0.05, -0.02))
    # wheels at the right end, a leg at the left, a push handle out to the left
    parts += _wheel(0.36, 0.22, d / 2 + 0.05, 0.22, 10, 1)
    parts += _wheel(0.36, 0.22, -d / 2 - 0.05, 0.22, 10, 1)
    parts.append(stick((0.36, 0.22, -d / 2 - 0.1), (0.36, 0.22, d / 2 + 0.1), 0.015, 1))
    for z in (-d / 2 + 0.05, d / 2 - 0.05):
        parts.append(stick((-0.45, y0, z), (-0.47, 0.02, z), 0.02, 1))
        parts.append(cylinder(0.035, 0.035, 0.02, at(-0.47, 0, z), "pupil"))
    for z in (-0.2, 0.2):
        parts.append(
            tube([(-w / 2, top - 0.12, z), (-w / 2 - 0.22, top + 0.05, z)], 0.016, None, 1)
        )
    parts.append(stick((-w / 2 - 0.22, top + 0.05, -0.23), (-w / 2 - 0.22, top + 0.05, 0.23),
                       0.022, "pupil"))  # fmt: skip
    # the steam tray with hot dogs, condiments at the right end
    parts.append(box(0.6, 0.02, 0.4, at(-0.12, top, 0), "steel"))
    parts.append(box(0.56, 0.01, 0.36, at(-0.12, top + 0.015, 0), "marking"))
    for k in range(4):
        z = -0.13 + 0.087 * k
        yaw = float(rng.uniform(-6, 6))
        parts += _hot_dog(at(-0.12 + float(rng.uniform(-0.03, 0.03)), top + 0.02, z)
                          @ rot("y", yaw))  # fmt: skip
    for x, slot in ((0.32, "fruit-red"), (0.42, "fruit-yellow")):
        z = 0.1
        bottle = [(0.0, 0.0), (0.035, 0.0), (0.038, 0.13), (0.03, 0.16), (0.012, 0.18),
                  (0.004, 0.24), (0.0, 0.24)]  # fmt: skip
        parts.append(lathe(bottle, at(x, top, z), slot, sides=12))
    # the umbrella on its pole
    pole = (0.18, top, -0.12)
    ut = 1.95
    parts.append(stick(pole, (pole[0], ut + 0.02, pole[2]), 0.02, 1))
    shell = [(0.0, ut + 0.03), (0.3, ut - 0.04), (0.6, ut - 0.16), (0.82, ut - 0.3),
             (0.8, ut - 0.31), (0.58, ut - 0.19), (0.3, ut - 0.07), (0.0, ut - 0.01)]  # fmt: skip
    parts += _striped_canopy(shell, at(pole[0], 0, pole[2]), 8, ("card-red", "cloth-yellow"))
    parts.append(sphere(0.035, at(pole[0], ut + 0.05, pole[2]), 1))
    return parts


# ---- 748 ring toss --------------------------------------------------------------------------


def _bottle(x: float, y: float, z: float, slot="vine") -> Part:
    """A glass soda bottle standing at (x, y, z)."""
    prof = [(0.0, 0.0), (0.045, 0.0), (0.047, 0.13), (0.026, 0.19), (0.016, 0.24), (0.018, 0.27),
            (0.0, 0.27)]  # fmt: skip
    return lathe(prof, at(x, y, z), slot, sides=10)


def _ring_toss(rng: Rng) -> list[Part]:
    """A ring toss stall: a wooden booth with a counter across its front, a red and white
    striped awning over it, rows of green bottles on a stepped stand behind the counter,
    a few coloured rings lying on the counter and one ringing a bottle."""
    w, d, ch, top = 1.5, 0.9, 0.85, 2.2
    zf = d / 2
    parts = [box(w, ch, 0.14, at(0, 0, zf - 0.07), 0, "body")]  # the counter's front
    parts.append(box(w + 0.06, 0.04, 0.3, at(0, ch, zf - 0.12), 1))  # the counter top
    for k in range(7):  # painted stripes down the counter's front
        parts.append(box(0.1, ch - 0.14, 0.01, at(-0.6 + 0.2 * k, 0.07, zf + 0.002),
                         _STRIPES[k % 2]))  # fmt: skip
    for s in (-1, 1):  # low side panels, corner posts and beams
        x = s * (w / 2 - 0.03)
        parts.append(box(0.05, ch, d, at(x, 0, 0), 0))
        for z in (-zf + 0.03, zf - 0.03):
            parts.append(box(0.07, top, 0.07, at(x, 0, z), 1))
        parts.append(box(0.06, 0.06, d, at(x, top - 0.06, 0), 1))
    parts.append(box(w, top, 0.05, at(0, 0, -zf + 0.025), 0))  # the back wall
    parts.append(box(w, 0.22, 0.06, at(0, top - 0.22, zf - 0.03), 1))  # the header board
    # the stepped stand of bottles
    for k in range(3):
        z, hy = 0.12 - 0.22 * k, 0.95 + 0.16 * k
        parts.append(box(w - 0.14, hy, 0.22, at(0, 0, z), "cork"))
        count = 5 - k % 2
        for j in range(count):
            parts.append(_bottle((j - (count - 1) / 2) * 0.24, hy, z, "vine"))
    parts += _awning(w + 0.1, 0.38, top - 0.12, zf, 0.24, 9)
    # rings on the counter and one round a bottle's neck
    cols = ("cloth-yellow", "card-red", "plume")
    for k in range(3):
        x = -0.45 + 0.32 * k + float(rng.uniform(-0.04, 0.04))
        parts.append(torus(0.075, 0.01, at(x, ch + 0.05, zf - 0.1) @ rot("x", 4 * k), cols[k]))
    ringed = at(0.24, 0.95 + 0.17, 0.12) @ rot("z", 12)
    parts.append(torus(0.06, 0.01, ringed, "card-red"))
    return parts


# ---- 749 ticket booth -----------------------------------------------------------------------


def _ticket_booth(rng: Rng) -> list[Part]:
    """A ticket booth: a small square wooden kiosk on a plinth with corner pilasters, a wide
    window with a counter ledge at the front, a red sign board with a ticket over the window,
    a door in its side, a scalloped striped valance under a tall pointed roof with a finial
    and a pennant."""
    w, hw = 1.1, 1.9
    parts = [box(w, hw, w, None, 0, "body")]
    parts.append(box(w + 0.08, 0.12, w + 0.08, None, 1))  # the plinth
    for sx in (-1, 1):  # corner pilasters
        for sz in (-1, 1):
            parts.append(box(0.09, hw, 0.09, at(sx * w / 2, 0, sz * w / 2), 1))
    f = w / 2 + 0.005
    # the window: dark glass in a frame, the ledge under it on two brackets
    wy, wh = 0.8, 0.52
    parts.append(box(0.7, wh, 0.02, at(0, wy, f), "window"))
    for s in (-1, 1):
        parts.append(box(0.05, wh + 0.06, 0.04, at(s * 0.375, wy - 0.03, f), 1))
        parts.append(slab([(0, 0), (0.12, 0), (0, -0.12)], 0.03,
                          at(s * 0.3, wy - 0.04, f) @ rot("y", -90), 1))  # fmt: skip
    parts.append(box(0.8, 0.05, 0.04, at(0, wy + wh, f), 1))
    parts.append(box(0.86, 0.04, 0.2, at(0, wy - 0.04, f + 0.08), 1))  # the ledge
    parts.append(box(0.3, 0.05, 0.02, at(0, wy, f + 0.01), "marking"))  # the money slot
    parts.append(box(0.02, wh, 0.01, at(0, wy, f + 0.012), 1))  # the window's middle bar
    # the sign board over the window with a big ticket on it
    sy = wy + wh + 0.1
    parts.append(box(0.9, 0.32, 0.04, at(0, sy, f + 0.02), 1))
    parts.append(box(0.82, 0.25, 0.01, at(0, sy + 0.035, f + 0.04), "card-red"))
    tk = [(-0.2, 0.08), (0.2, 0.08), (0.16, 0.0), (0.2, -0.08), (-0.2, -0.08), (-0.16, 0.0)]
    parts.append(slab(tk, 0.01, at(0, sy + 0.16, f + 0.048), "cloth-yellow"))
    for s in (-1, 1):
        parts.append(sphere(0.025, at(s * 0.32, sy + 0.16, f + 0.05), "glow"))
    # wainscot panels below the window and a door at the side
    parts.append(box(0.7, 0.5, 0.015, at(0, 0.2, f), 1))
    parts.append(box(0.5, 0.36, 0.02, at(0, 0.27, f + 0.005), 0))
    parts.append(box(0.015, 1.5, 0.55, at(f, 0.12, 0), 1))
    parts.append(box(0.02, 1.4, 0.45, at(f + 0.005, 0.17, 0), 0))
    parts.append(sphere(0.025, at(f + 0.03, 0.85, 0.16), "steel"))
    # the cornice, the valance and the roof
    parts.append(box(w + 0.12, 0.1, w + 0.12, at(0, hw, 0), 1))
    n = 7
    sw = (w + 0.12) / n
    for face in range(4):
        turn = rot("y", 90 * face)
        for k in range(n):
            x = -(w + 0.12) / 2 + sw * (k + 0.5)
            tab = [(-sw / 2, 0.0), (sw / 2, 0.0), (sw * 0.42, -sw * 0.3), (0.0, -sw * 0.5),
                   (-sw * 0.42, -sw * 0.3)]  # fmt: skip
            parts.append(slab(tab, 0.012, turn @ at(x, hw + 0.02, (w + 0.12) / 2 + 0.006),
                              _STRIPES[k % 2]))  # fmt: skip
    R = (w / 2 + 0.14) * np.sqrt(2)
    roof = [(0.0, 0.0), (R, 0.0), (R * 0.6, 0.24), (R * 0.28, 0.6), (0.0, 0.95)]
    parts.append(lathe(roof, at(0, hw + 0.1, 0) @ rot("y", 45), 0, sides=4))
    ridge = [(0.0, 0.0), (R * 1.02, 0.0), (R * 1.02, 0.04), (0.0, 0.04)]
    parts.append(lathe(ridge, at(0, hw + 0.08, 0) @ rot("y", 45), 1, sides=4))
    tip = hw + 0.1 + 0.95
    parts.append(sphere(0.06, at(0, tip, 0), 1))
    parts.append(stick((0, tip, 0), (0, tip + 0.35, 0), 0.012, 1))
    wave = float(rng.uniform(-0.03, 0.03))
    parts.append(slab([(0, 0), (0.28, -0.06 + wave), (0, -0.13)], 0.008,
                      at(0.01, tip + 0.34, 0), "card-red"))  # fmt: skip
    return parts


# ---- 750 circus wagon -----------------------------------------------------------------------


def _circus_wagon(rng: Rng) -> list[Part]:
    """A circus animal cage wagon: a wooden box body on four big spoked wheels, its front side
    open behind a row of vertical iron bars, carved gilt scrolls on the skirt and the frieze,
    twisted corner posts with finials, a sunburst crest on top and a draw shaft at the front."""
    L, D, yb, H = 1.7, 0.72, 0.5, 1.0
    parts = [box(L, 0.1, D, at(0, yb, 0), 0, "body")]  # the floor
    yt = yb + H
    parts.append(box(L, H, 0.05, at(0, yb, -D / 2 + 0.025), 0))  # the back wall
    parts.append(box(L - 0.1, H - 0.2, 0.01, at(0, yb + 0.1, -D / 2 + 0.05), "cloth-dark"))
    for s in (-1, 1):
        parts.append(box(0.06, H, D, at(s * (L / 2 - 0.03), yb, 0), 0))  # the end walls
    parts.append(box(L + 0.12, 0.1, D + 0.12, at(0, yt, 0), 0))  # the roof and its rim
    parts.append(box(L + 0.18, 0.05, D + 0.18, at(0, yt + 0.1, 0), 1))
    fz = D / 2
    # the frieze over the bars and the skirt under them, with scrolls
    parts.append(box(L, 0.18, 0.04, at(0, yt - 0.18, fz), 0))
    parts.append(box(L, 0.2, 0.04, at(0, yb - 0.1, fz), 0))
    for k in range(3):
        x = -0.5 + 0.5 * k
        for s in (-1, 1):
            m = at(x + s * 0.09, yt - 0.09, fz + 0.03) @ scl(-s, 1, 1)
            parts.append(_scroll(m, 0.065, 1))
            parts.append(_scroll(at(x + s * 0.1, yb, fz + 0.03) @ scl(-s, -1, 1), 0.07, 1))
    # the bars and the corner posts with their collars and finials
    for k in range(15):
        x = -L / 2 + 0.1 + (L - 0.2) * k / 14
        parts.append(box(0.024, H - 0.28, 0.024, at(x, yb + 0.1, fz - 0.02), 1))
    for s in (-1, 1):
        for sz in (-1, 1):
            x, z = s * (L / 2 + 0.01), sz * (fz + 0.01)
            parts.append(box(0.1, H + 0.1, 0.1, at(x, yb - 0.1, z), 0))
            for j in range(3):
                parts.append(box(0.13, 0.04, 0.13, at(x, yb + 0.08 + 0.36 * j, z), 1))
            parts.append(sphere(0.06, at(x, yt + 0.2, z), 1))
            parts.append(cylinder(0.03, 0.03, 0.06, at(x, yt + 0.14, z), 1))
    # the sunburst crest on top
    crest = at(0, yt + 0.15, fz + 0.02)
    fan = [(np.cos(a) * 0.36, np.sin(a) * 0.3) for a in np.linspace(0, np.pi, 9)]
    parts.append(slab([*fan, (0.0, -0.02)], 0.04, crest, 0))
    for k in range(9):
        a = np.pi * (k + 0.5) / 9
        ray = crest @ rot("z", np.degrees(a) - 90) @ at(0, 0.05, 0.02)
        parts.append(box(0.035, 0.24, 0.015, ray, 1))
    parts.append(cylinder(0.08, 0.08, 0.03, crest @ at(0, 0.02, 0.01) @ _UP, "card-red"))
    # wheels, axles and the draw shaft
    r = 0.34
    for x in (-0.52, 0.52):
        for z in (-fz - 0.08, fz + 0.08):
            parts += _wheel(x, r, z, r, 10, 1, rim=False)
        parts.append(stick((x, r, -fz - 0.1), (x, r, fz + 0.1), 0.025, 1))
        parts.append(box(0.12, yb - r, D - 0.1, at(x, r, 0), 0))
    ang = float(rng.uniform(-0.08, 0.08))
    tip = (-L / 2 - 0.85, 0.12, ang)
    parts.append(stick((-0.52, r, 0), tip, 0.03, 0))
    parts.append(stick((tip[0] + 0.12, 0.17, -0.25), (tip[0] + 0.12, 0.17, 0.25), 0.025, 0))
    parts.append(box(0.08, 0.05, 0.05, at(tip[0] - 0.02, 0.1, ang), 1))
    return parts


# ---- 751 funhouse mirror --------------------------------------------------------------------


def _funhouse_mirror(rng: Rng) -> list[Part]:
    """A funhouse mirror: a tall mirror whose glass bulges in and out in waves, standing in a
    deep ornate frame with rounded corners, an arched scrolled crest with a star, a row of
    little marquee bulbs round it and two curled feet."""
    w, h, y0 = 0.8, 1.6, 0.18
    depth = 0.16
    ph = float(rng.uniform(0, 0.6))
    ys = np.linspace(y0 + 0.03, y0 + h - 0.03, 11)
    zs = 0.045 * np.sin(np.linspace(0, 3.5 * np.pi, 11) + ph)
    # the glass: a thin sheet rippled across its width, swept up a path waving in and out
    xs = np.linspace(-(w - 0.12) / 2, (w - 0.12) / 2, 17)
    ripple = 0.02 * np.sin(xs / (w - 0.12) * 3 * np.pi)
    sheet = np.concatenate([np.stack([-(ripple + 0.006), -xs], 1),
                            np.stack([-(ripple - 0.006), -xs], 1)[::-1]])  # fmt: skip
    glass = tube([(0, y, z) for y, z in zip(ys, zs, strict=True)], 1.0, None, "mirror",
                 shape=sheet)  # fmt: skip
    rim = [(-w / 2, 0.0), (w / 2, 0.0), (w / 2, h), (-w / 2, h)]
    frame = []
    for k in range(4):  # the frame's four sides, deep enough to hold the waves
        a, b = rim[k], rim[(k + 1) % 4]
        c = (np.add(a, b)) / 2
        horiz = a[1] == b[1]
        size = (w + 0.1, 0.1, depth) if horiz else (0.1, h + 0.1, depth)
        frame.append(box(*size, at(c[0], y0 + c[1] - size[1] / 2, 0), 0, "body" if k == 0 else ""))
    parts = [frame[0], glass, *frame[1:]]
    for s in (-1, 1):  # a bead moulding on the frame's face
        parts.append(stick((s * (w / 2 + 0.02), y0 - 0.02, depth / 2),
                           (s * (w / 2 + 0.02), y0 + h + 0.02, depth / 2), 0.018, 1))  # fmt: skip
    for y in (y0 - 0.02, y0 + h + 0.02):
        parts.append(stick((-w / 2 - 0.02, y, depth / 2), (w / 2 + 0.02, y, depth / 2), 0.018, 1))
    # the crest: an arch with scrolls and a star, bulbs round the frame
    top = y0 + h + 0.05
    arch = [(np.cos(a) * (w / 2 + 0.05), np.sin(a) * 0.28) for a in np.linspace(0, np.pi, 9)]
    parts.append(slab([*arch, (0.0, 0.0)], 0.06, at(0, top, 0), 0))
    for s in (-1, 1):
        parts.append(_scroll(at(s * 0.2, top + 0.1, 0.035) @ scl(s, 1, 1), 0.07, 1))
    star = [(0.09 * np.sin(a) * (1 if i % 2 == 0 else 0.45),
             0.09 * np.cos(a) * (1 if i % 2 == 0 else 0.45))
            for i, a in enumerate(np.linspace(0, 2 * np.pi, 11)[:-1])]  # fmt: skip
    parts.append(slab(star, 0.03, at(0, top + 0.17, 0.04), "cloth-yellow"))
    for k in range(7):
        y = y0 + 0.1 + (h - 0.2) * k / 6
        for s in (-1, 1):
            parts.append(sphere(0.022, at(s * (w / 2 + 0.02), y, depth / 2 + 0.025), "glow"))
    for s in (-1, 1):  # the feet
        foot = [(0.0, 0.0), (0.16, 0.0), (0.2, 0.06), (0.1, 0.08), (0.04, 0.2), (-0.04, 0.2),
                (-0.1, 0.08), (-0.2, 0.06), (-0.16, 0.0)]  # fmt: skip
        parts.append(slab(foot, 0.08, at(s * (w / 2 - 0.02), 0, 0) @ rot("y", 90), 0))
        parts.append(box(0.08, 0.02, 0.46, at(s * (w / 2 - 0.02), 0, 0), 1))
    return parts


# ---- 752 trapeze ----------------------------------------------------------------------------


def _trapeze(rng: Rng) -> list[Part]:
    """A circus trapeze rig: two tall poles braced by guy ropes to stakes, a crossbeam between
    their tops, a wooden bar with taped ends hanging on two long ropes from it, a small
    platform with a rope ladder up to it on one pole, and a rope safety net stretched low
    underneath on four short posts."""
    px, ph = 1.0, 3.0
    parts = [box(2 * px + 0.2, 0.1, 0.1, at(0, ph, 0), 1, "body")]  # the crossbeam
    for s in (-1, 1):
        parts.append(cylinder(0.05, 0.045, ph + 0.06, at(s * px, 0, 0), 1))
        parts.append(cylinder(0.16, 0.16, 0.04, at(s * px, 0, 0), 1))  # base plates
        parts.append(sphere(0.06, at(s * px, ph + 0.12, 0), 1))
        for sz in (-1, 1):  # guy ropes out to stakes
            stake = (s * (px + 0.35), 0.0, sz * 0.95)
            parts.append(_rope([(s * px, ph - 0.05, 0), stake], 0.007))
            parts.append(cylinder(0.025, 0.0, 0.1, at(*stake) @ rot("x", 180) @ at(0, -0.08, 0),
                                  1))  # fmt: skip
    # the trapeze: two ropes down to a bar with taped ends
    swing = float(rng.uniform(-0.08, 0.08))
    bar_y, rx = 1.75, 0.36
    for s in (-1, 1):
        parts.append(_rope([(s * rx, ph, 0), (s * rx, bar_y, swing)], 0.014))
        parts.append(sphere(0.03, at(s * rx, bar_y, swing), "steel"))
        parts.append(stick((s * (rx - 0.12), bar_y, swing), (s * (rx - 0.02), bar_y, swing), 0.034,
                           "snow"))  # fmt: skip
    parts.append(stick((-rx, bar_y, swing), (rx, bar_y, swing), 0.03, 0))
    # the platform and its rope ladder on the left pole
    py = 2.15
    parts.append(box(0.5, 0.05, 0.5, at(-px + 0.15, py, 0), 0))
    parts.append(box(0.04, 0.3, 0.04, at(-px + 0.38, py + 0.05, 0.23), 1))
    parts.append(box(0.04, 0.04, 0.5, at(-px + 0.38, py + 0.33, 0), 1))
    for z in (-0.12, 0.12):
        parts.append(_rope([(-px + 0.2, py, z), (-px + 0.35, 0.55, z)], 0.008))
    for k in range(8):
        t = (k + 0.5) / 8
        x, y = -px + 0.2 + 0.15 * t, py - (py - 0.55) * t
        parts.append(stick((x, y, -0.12), (x, y, 0.12), 0.012, "cork"))
    # the safety net, sagging a little in the middle
    nx, nz, ny, sag = 1.0, 0.65, 0.55, 0.1

    def net_y(x: float, z: float) -> float:
        return ny - sag * (1 - (x / nx) ** 2) * (1 - (z / nz) ** 2)

    for x in np.linspace(-nx, nx, 15):
        zs = np.linspace(-nz, nz, 4)
        parts.append(_rope([(x, net_y(x, z), z) for z in zs], 0.005, "snow"))
    for z in np.linspace(-nz, nz, 9):
        xs = np.linspace(-nx, nx, 5)
        parts.append(_rope([(x, net_y(x, z), z) for x in xs], 0.005, "snow"))
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(cylinder(0.025, 0.025, ny + 0.02, at(sx * nx * 0.98, 0, sz * nz), 1))
    for z in (-nz, nz):
        parts.append(stick((-nx, ny, z), (nx, ny, z), 0.014, "seed"))
    for x in (-nx, nx):
        parts.append(stick((x, ny, -nz), (x, ny, nz), 0.014, "seed"))
    return parts


# ---- 753 clown shoes ------------------------------------------------------------------------


def _clown_shoe(m: np.ndarray, tag: str = "") -> list[Part]:
    """One clown shoe under m, long along +z: a huge round toe bulb, a narrow heel with its
    ankle opening, big laces tied in a bow and a thick contrasting sole."""
    sole = [(0.0, -0.42), (0.08, -0.39), (0.095, -0.26), (0.08, -0.08), (0.13, 0.1),
            (0.19, 0.28), (0.16, 0.45), (0.0, 0.52), (-0.16, 0.45), (-0.19, 0.28), (-0.13, 0.1),
            (-0.08, -0.08), (-0.095, -0.26), (-0.08, -0.39)]  # fmt: skip
    parts = [slab(sole, 0.07, m @ at(0, 0.035, 0) @ _FLAT, 1, tag)]
    parts.append(sphere(1.0, m @ at(0, 0.16, 0.27) @ scl(0.18, 0.14, 0.23), 0))  # the toe
    parts.append(sphere(1.0, m @ at(0, 0.15, -0.27) @ scl(0.09, 0.12, 0.15), 0))  # the heel
    parts.append(tube([(0, 0.15, -0.26), (0, 0.17, -0.05), (0, 0.16, 0.14)], [0.085, 0.095, 0.12],
                      m, 0))  # fmt: skip
    parts.append(cylinder(0.07, 0.07, 0.01, m @ at(0, 0.255, -0.27) @ scl(1, 1, 1.4), "marking"))
    parts.append(torus(0.075, 0.018, m @ at(0, 0.26, -0.27) @ scl(1, 1, 1.4), 0))
    for k in range(3):  # the laces across the instep
        z = -0.16 + 0.07 * k
        parts.append(tube([(-0.08, 0.22, z), (0.0, 0.26, z + 0.03), (0.08, 0.22, z)], 0.014, m,
                          "snow"))  # fmt: skip
    bow = m @ at(0, 0.27, -0.02)
    for s in (-1, 1):
        parts.append(torus(0.06, 0.016, bow @ at(s * 0.06, 0, 0) @ rot("z", s * 20)
                           @ scl(1, 1, 0.55), "snow"))  # fmt: skip
        parts.append(tube([(0, 0, 0), (s * 0.05, -0.02, 0.06), (s * 0.1, -0.08, 0.09)], 0.014, bow,
                          "snow"))  # fmt: skip
    parts.append(sphere(0.03, bow, "snow"))
    return parts


def _clown_shoes(rng: Rng) -> list[Part]:
    """A pair of clown shoes side by side: enormously long, their round toes ballooning far
    wider than the heels, big white laces tied in bows, thick contrasting soles."""
    parts = []
    for s in (-1, 1):
        yaw = s * float(rng.uniform(6, 12))
        m = at(s * 0.23, 0, 0) @ rot("y", yaw) @ scl(s, 1, 1)
        parts += _clown_shoe(m, "body" if s < 0 else "")
    return parts


# ---- 754 drum kit ---------------------------------------------------------------------------


def _drum(m: np.ndarray, r: float, depth: float, lugs: int = 6, tag: str = "") -> list[Part]:
    """A drum under m, its axis along y from 0 to depth: the shell, white heads at both ends
    with metal hoops, and tension lugs round the shell."""
    parts = [cylinder(r, r, depth, m, 0, tag)]
    for y in (0.0, depth):  # the heads just proud of their hoops
        parts.append(cylinder(r - 0.006, r - 0.006, 0.024, m @ at(0, y - 0.012, 0), "snow"))
        parts.append(cylinder(r + 0.008, r + 0.008, 0.016, m @ at(0, y - 0.008, 0), 1))
    for k in range(lugs):
        a = 360.0 * (k + 0.5) / lugs
        parts.append(box(0.025, depth * 0.5, 0.03, m @ rot("y", a) @ at(r, depth * 0.25, 0), 1))
    return parts


def _cymbal(m: np.ndarray, r: float) -> Part:
    """A cymbal under m: a thin shallow cone with a bell in its middle."""
    prof = [(0.0, -0.006), (0.05, -0.008), (r, -0.03), (r, -0.026), (0.05, 0.0),
            (0.04, 0.02), (0.0, 0.022)]  # fmt: skip
    return lathe(prof, m, "copper")


def _tripod(x: float, z: float, top: float, spread: float, slot=1) -> list[Part]:
    """A thin stand at (x, z) up to height top on three splayed legs."""
    parts = [stick((x, 0.2, z), (x, top, z), 0.012, slot)]
    for k in range(3):
        a = 2 * np.pi * k / 3 + 0.5
        parts.append(stick((x, 0.22, z), (x + spread * np.cos(a), 0.0, z + spread * np.sin(a)),
                           0.01, slot))  # fmt: skip
    return parts


def _drum_kit(rng: Rng) -> list[Part]:
    """A drum kit: a big bass drum on its side facing the front with its pedal behind, two tom
    toms mounted on top of it, a snare drum on a stand, a floor tom on three legs, a hi-hat's
    pair of cymbals and a tilted crash cymbal on thin stands, and a round drum stool."""
    rb, db = 0.28, 0.36
    parts = _drum(at(0, rb, -db / 2) @ _UP, rb, db, 8, "body")
    parts.append(cylinder(0.1, 0.1, 0.006, at(0, rb, db / 2 + 0.003) @ _UP, "card-red"))  # logo
    for s in (-1, 1):  # spurs
        parts.append(stick((s * 0.2, 0.2, 0.08), (s * 0.34, 0.0, 0.16), 0.01, 1))
    # the pedal behind the bass drum
    parts.append(box(0.1, 0.02, 0.28, at(0, 0.02, -db / 2 - 0.2) @ rot("x", -10), 1))
    parts.append(stick((0, 0.05, -db / 2 - 0.08), (0, rb + 0.05, -db / 2 - 0.05), 0.008, 1))
    parts.append(sphere(0.03, at(0, rb + 0.05, -db / 2 - 0.04), "cloth-dark"))
    # the two toms on a mount
    parts.append(stick((0, 2 * rb, 0), (0, 2 * rb + 0.12, 0), 0.02, 1))
    for s, r in ((-1, 0.12), (1, 0.135)):
        m = at(s * 0.17, 2 * rb + 0.1, -0.04) @ rot("z", -s * 12) @ rot("x", -18)
        parts += _drum(m, r, 0.17, 6)
        parts.append(stick((0, 2 * rb + 0.12, 0), (s * 0.12, 2 * rb + 0.16, -0.04), 0.012, 1))
    # the snare on its stand (the drummer's left), the floor tom (the right)
    sx, sz = 0.46, -0.3
    parts += _tripod(sx, sz, 0.5, 0.2)
    parts += _drum(at(sx, 0.5, sz) @ rot("x", -8), 0.17, 0.12, 8)
    fx, fz = -0.48, -0.28
    parts += _drum(at(fx, 0.2, fz), 0.2, 0.3, 6)
    for k in range(3):
        a = 2 * np.pi * k / 3 + 0.3
        c, s = float(np.cos(a)), float(np.sin(a))
        parts.append(stick((fx + 0.22 * c, 0.42, fz + 0.22 * s), (fx + 0.3 * c, 0.0, fz + 0.3 * s),
                           0.01, 1))  # fmt: skip
    # the hi-hat and the crash
    hx, hz = 0.8, -0.1
    parts += _tripod(hx, hz, 0.98, 0.2)
    parts.append(_cymbal(at(hx, 0.92, hz), 0.17))
    parts.append(_cymbal(at(hx, 0.95, hz) @ rot("x", 180) @ at(0, 0, 0), 0.17))
    cx, cz = -0.7, 0.05
    parts += _tripod(cx, cz, 1.1, 0.24)
    parts.append(stick((cx, 1.1, cz), (cx + 0.15, 1.3, cz - 0.05), 0.01, 1))
    tilt = float(rng.uniform(12, 20))
    parts.append(_cymbal(at(cx + 0.15, 1.3, cz - 0.05) @ rot("z", -tilt) @ rot("x", 8), 0.23))
    # the stool behind
    parts.append(cylinder(0.17, 0.17, 0.08, at(0, 0.48, -0.85), "cloth-dark"))
    parts += _tripod(0, -0.85, 0.48, 0.2)
    return parts


# ---- 755 guitar amplifier -------------------------------------------------------------------


def _rounded_rect(w: float, h: float, r: float) -> list[tuple[float, float]]:
    """Control points of a rectangle w × h with corners rounded by about r."""
    hw, hh = w / 2, h / 2
    return [(-hw + r, -hh), (hw - r, -hh), (hw, -hh + r), (hw, hh - r), (hw - r, hh),
            (-hw + r, hh), (-hw, hh - r), (-hw, -hh + r)]  # fmt: skip


def _guitar_amp(rng: Rng) -> list[Part]:
    """A combo guitar amplifier: a boxy cabinet in black vinyl with metal corner caps, its front
    a dark grille cloth framed in pale piping, a metal control strip across the top of the front
    with a row of small knobs and a jack, a strap handle on top and a small logo plate."""
    w, h, d = 0.8, 0.62, 0.3
    parts = [slab(_rounded_rect(w, h, 0.03), d, at(0, h / 2, 0), 0, "body")]
    gw, gh, gy = w - 0.08, h - 0.2, 0.04
    fz = d / 2
    parts.append(box(gw, gh, 0.01, at(0, gy, fz), "cloth-dark"))  # the grille cloth
    for k in range(9):  # its weave
        y = gy + 0.03 + (gh - 0.06) * k / 8
        parts.append(box(gw - 0.02, 0.004, 0.004, at(0, y, fz + 0.006), "marking"))
    for y in (gy, gy + gh):  # the piping
        parts.append(stick((-gw / 2, y, fz + 0.005), (gw / 2, y, fz + 0.005), 0.007, "pages"))
    for x in (-gw / 2, gw / 2):
        parts.append(stick((x, gy, fz + 0.005), (x, gy + gh, fz + 0.005), 0.007, "pages"))
    # the control strip and its knobs
    cy = gy + gh + 0.025
    parts.append(box(gw, 0.1, 0.012, at(0, cy, fz), 1))
    knobs = 6 + int(rng.integers(0, 2))
    for k in range(knobs):
        x = -gw / 2 + 0.16 + (gw - 0.22) * k / (knobs - 1)
        m = at(x, cy + 0.05, fz + 0.006) @ _UP
        parts.append(cylinder(0.02, 0.016, 0.03, m, "marking"))
        parts.append(cylinder(0.012, 0.012, 0.005, m @ at(0, 0.03, 0), "steel"))
    parts.append(cylinder(0.015, 0.015, 0.01, at(-gw / 2 + 0.06, cy + 0.05, fz + 0.006) @ _UP,
                          "steel"))  # fmt: skip
    parts.append(sphere(0.01, at(-gw / 2 + 0.06, cy + 0.05, fz + 0.016), "marking"))
    parts.append(box(0.14, 0.04, 0.01, at(-gw / 2 + 0.12, gy + gh - 0.07, fz + 0.008), "snow"))
    # metal corner caps, the handle and feet
    for sx in (-1, 1):
        for sy in (0, 1):
            for sz in (-1, 1):
                c = at(sx * (w / 2 - 0.02), sy * (h - 0.05), sz * (d / 2 - 0.02))
                parts.append(box(0.055, 0.055, 0.055, c, "steel"))
        parts.append(box(0.04, 0.025, 0.06, at(sx * 0.15, h, 0), "steel"))
    strap = [(-0.15, h + 0.015, 0), (-0.1, h + 0.06, 0), (0.1, h + 0.06, 0), (0.15, h + 0.015, 0)]
    parts.append(tube(strap, 0.016, scl(1, 1, 1.8), "marking"))
    return parts


MORE_APPLIANCES_ZQ = {
    746: _cotton_candy_stand, 747: _hot_dog_stand, 748: _ring_toss, 749: _ticket_booth,
    750: _circus_wagon, 751: _funhouse_mirror, 752: _trapeze, 753: _clown_shoes,
    754: _drum_kit, 755: _guitar_amp,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
