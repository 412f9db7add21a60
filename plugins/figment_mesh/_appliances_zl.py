"""More of the device family's appliances, from 696: a spaceship captain's chair, an escape
pod, a hologram table, a radar screen, an airlock door, a spittoon, a poker table, a cowboy
boot, a shoji screen, a folding fan.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import polygon, star

__all__ = ["MORE_APPLIANCES_ZL"]

Rng = np.random.Generator


def _captains_chair(rng: Rng) -> list[Part]:
    """A spaceship captain's chair: a high padded back with a headrest, wide armrests ending in
    sloped control pads of glowing buttons, on a round swivel pedestal and base plate."""
    parts = [cylinder(0.42, 0.38, 0.05, None, 1, "body")]  # the base plate
    parts.append(lathe([(0.0, 0.05), (0.12, 0.05), (0.08, 0.2), (0.08, 0.36), (0.2, 0.42),
                        (0.0, 0.42)], None, 0))  # fmt: skip
    parts.append(box(0.72, 0.08, 0.62, at(0, 0.42, 0.02), 0))  # the seat shell
    parts.append(box(0.6, 0.1, 0.56, at(0, 0.5, 0.04), 1))  # its cushion
    back = at(0, 0.46, -0.28) @ rot("x", -10)
    parts.append(box(0.7, 1.0, 0.1, back, 0))
    parts.append(box(0.56, 0.8, 0.06, back @ at(0, 0.14, 0.07), 1))  # the padding
    for k in range(3):  # the padding's tufted seams
        parts.append(box(0.56, 0.012, 0.07, back @ at(0, 0.35 + 0.2 * k, 0.075), 0))
    parts.append(box(0.44, 0.22, 0.14, back @ at(0, 1.02, 0.02), 0))  # the headrest
    parts.append(box(0.36, 0.16, 0.06, back @ at(0, 1.05, 0.1), 1))
    for s in (-1, 1):  # the armrests
        x = s * 0.45
        parts.append(box(0.08, 0.24, 0.08, at(x, 0.46, -0.05), 0))
        parts.append(box(0.2, 0.08, 0.6, at(x, 0.7, 0.0), 0))
        parts.append(box(0.16, 0.04, 0.4, at(x, 0.78, -0.08), 1))
        pad = at(x, 0.74, 0.3) @ rot("x", 25)
        parts.append(box(0.22, 0.06, 0.22, pad, 1))
        for i in range(3):
            for j in range(2):
                c = ("glow", "spark", "card-red")[(i + j + (s > 0)) % 3]
                b = pad @ at(-0.06 + 0.06 * i, 0.06, -0.04 + 0.08 * j)
                parts.append(cylinder(0.018, 0.018, 0.02, b, c))
    del rng
    return parts


def _escape_pod(rng: Rng) -> list[Part]:
    """A sci-fi escape or cryo pod: a rounded capsule standing upright on a base, a big frosted
    window in its door within a hatch seam, hoses running down and a row of glowing lights."""
    parts = [cylinder(0.58, 0.52, 0.14, None, 1, "body")]
    prof = [(0.0, 0.1), (0.34, 0.1), (0.42, 0.2), (0.45, 0.4), (0.45, 1.2), (0.4, 1.45),
            (0.26, 1.62), (0.0, 1.68)]  # fmt: skip
    parts.append(lathe(prof, None, 0))
    for y in (0.3, 1.3):  # bands round it
        parts.append(torus(0.45 if y < 1 else 0.43, 0.025, at(0, y, 0), 1))
    door = [(0.0, 0.38), (0.25, 0.42), (0.32, 0.8), (0.28, 1.3), (0.0, 1.42)]
    for s in (-1, 1):  # the hatch seam round the door
        pts = []
        for x, y in door:
            z = float(np.sqrt(max(0.455**2 - x**2, 0.0)))
            if y > 1.2:
                z -= 0.06
            pts.append((s * x, y, z))
        parts.append(tube(pts, 0.015, None, "cloth-dark"))
    win = at(0, 0.95, 0.4) @ scl(0.2, 0.3, 0.1)
    parts.append(sphere(1.0, win, "frost"))
    parts.append(torus(1.0, 0.12, win @ rot("x", 90) @ scl(1.05, 1.0, 1.05), 1))
    for k in range(5):  # the row of lights below the window
        x = -0.16 + 0.08 * k
        parts.append(sphere(0.025, at(x, 0.55, float(np.sqrt(0.45**2 - x**2)) + 0.005), "glow"))
    for s in (-1, 1):  # hoses from the base up its sides
        hose = [(s * 0.5, 0.14, 0.1), (s * 0.56, 0.4, 0.05), (s * 0.5, 0.8, 0.0),
                (s * 0.45, 1.0, -0.05)]  # fmt: skip
        parts.append(tube(hose, 0.035, None, "cloth-dark"))
        parts.append(cylinder(0.05, 0.05, 0.06, at(s * 0.45, 1.0, -0.05) @ rot("z", -s * 90), 1))
    del rng
    return parts


def _hologram_table(rng: Rng) -> list[Part]:
    """A round sci-fi table on a pedestal, a glowing ring of emitters in its top and a blue
    hologram of a ringed planet and its moons floating above it."""
    parts = [lathe([(0.0, 0.0), (0.35, 0.0), (0.3, 0.06), (0.12, 0.15), (0.1, 0.55),
                    (0.2, 0.62), (0.0, 0.62)], None, 0, "body")]  # fmt: skip
    parts.append(cylinder(0.62, 0.62, 0.08, at(0, 0.62, 0), 0))
    parts.append(torus(0.62, 0.035, at(0, 0.66, 0), 1))
    parts.append(cylinder(0.2, 0.2, 0.02, at(0, 0.7, 0), 1))  # the projector
    parts.append(torus(0.16, 0.02, at(0, 0.72, 0), "spark"))
    parts.append(torus(0.45, 0.012, at(0, 0.705, 0), "spark"))
    for k in range(8):  # faint beams up to the planet
        a = 2 * np.pi * k / 8
        parts.append(stick((0.16 * np.cos(a), 0.72, 0.16 * np.sin(a)),
                           (0.2 * np.cos(a), 1.05, 0.2 * np.sin(a)), 0.004, "spark"))  # fmt: skip
    c = at(0, 1.22, 0)
    parts.append(sphere(0.22, c, "spark"))
    for k in range(3):  # latitude lines on the planet, darker bands
        y = -0.1 + 0.1 * k
        parts.append(torus(float(np.sqrt(0.222**2 - y**2)), 0.006, c @ at(0, y, 0), "plume"))
    tilt = c @ rot("z", 20) @ rot("x", 10)
    parts.append(torus(0.36, 0.02, tilt, "spark"))
    parts.append(torus(0.42, 0.01, tilt, "spark"))
    for k in range(3):  # moons
        a = 2 * np.pi * k / 3 + rng.uniform(0, 0.5)
        parts.append(sphere(0.04, c @ at(0.55 * np.cos(a), 0.12 * np.sin(a * 2), 0.55 * np.sin(a)),
                            "spark"))  # fmt: skip
    return parts


def _radar_screen(rng: Rng) -> list[Part]:
    """A radar scope on a console: a dark green round screen with range rings and crosshairs,
    a bright sweep line and blips, in a thick metal bezel on the console's sloped face."""
    parts = [box(1.0, 0.55, 0.55, None, 0, "body")]
    parts.append(box(0.9, 0.75, 0.36, at(0, 0.55, -0.08), 0))  # the scope's housing
    parts.append(box(1.04, 0.05, 0.6, at(0, 0.52, 0.0), 1))
    scope = at(0, 0.92, 0.1) @ rot("x", 75)
    parts.append(cylinder(0.36, 0.36, 0.05, scope, 1))  # the bezel
    parts.append(torus(0.34, 0.04, scope @ at(0, 0.05, 0), 1))
    parts.append(cylinder(0.31, 0.31, 0.06, scope, "land"))
    top = scope @ at(0, 0.062, 0)
    for r in (0.1, 0.19, 0.28):  # range rings
        parts.append(torus(r, 0.005, top, "vine"))
    for a in (0, 90):
        parts.append(box(0.6, 0.004, 0.008, top @ rot("y", a), "vine"))
    a = rng.uniform(20, 70)
    parts.append(box(0.3, 0.01, 0.016, top @ rot("y", a) @ at(0.15, 0, 0), "spark"))
    for k in range(5):  # the sweep's fading trail
        parts.append(
            box(0.28, 0.006, 0.01, top @ rot("y", a + 6 * (k + 1)) @ at(0.14, 0, 0), "vine")
        )
    for r, b in ((0.14, 130), (0.23, 250), (0.2, 320)):  # blips
        parts.append(sphere(0.022, top @ rot("y", b) @ at(r, 0, 0), "glow"))
    for k in range(6):  # knobs and switches below
        x = -0.38 + 0.15 * k
        parts.append(cylinder(0.03, 0.03, 0.04, at(x, 0.38, 0.27) @ rot("x", 90), 1))
        parts.append(sphere(0.015, at(x, 0.25, 0.28), ("glow", "card-red")[k % 2]))
    return parts


def _airlock_door(rng: Rng) -> list[Part]:
    """A heavy round spaceship hatch in a square frame on a patch of wall: a thick door with a
    spoked wheel lock in its middle, bolts round its rim, yellow and black warning stripes."""
    c = 0.8
    parts = [box(1.7, 1.6, 0.12, at(0, 0, -0.12), 0, "body")]  # the wall
    for k in range(3):  # its panel seams
        parts.append(box(1.7, 0.012, 0.01, at(0, 0.3 + 0.5 * k, -0.055), 1))
    for s in (-1, 1):  # the square frame
        parts.append(box(1.3, 0.16, 0.1, at(0, c + s * 0.57 - 0.08, -0.04), "cloth-dark"))
        parts.append(box(0.16, 1.3, 0.1, at(s * 0.57, c - 0.65, -0.04), "cloth-dark"))
    for k in range(12):  # warning stripes on the frame
        t = -0.55 + 0.1 * k
        yel = "cloth-yellow"
        for y in (c + 0.57, c - 0.57):
            parts.append(box(0.05, 0.15, 0.01, at(t + 0.05, y - 0.065, 0.015) @ rot("z", 30), yel))
        for x in (-0.57, 0.57):
            parts.append(box(0.15, 0.05, 0.01, at(x, c + t + 0.05, 0.015) @ rot("z", 30), yel))
    face = at(0, c, -0.02) @ rot("x", 90)
    parts.append(cylinder(0.5, 0.5, 0.04, face @ scl(1, -1, 1), 1))  # the door's seat ring
    parts.append(cylinder(0.46, 0.44, 0.16, at(0, c, -0.02) @ rot("x", 90), 0))  # the door
    front = at(0, c, 0.14) @ rot("x", 90)
    parts.append(torus(0.44, 0.03, front, 0))
    for k in range(16):  # bolts round its rim
        a = 2 * np.pi * k / 16
        parts.append(
            cylinder(0.025, 0.02, 0.03, front @ at(0.38 * np.cos(a), 0, 0.38 * np.sin(a)), 1)
        )
    wheel = at(0, c, 0.22) @ rot("x", 90)
    parts.append(cylinder(0.05, 0.05, 0.09, at(0, c, 0.14) @ rot("x", 90), 1))
    parts.append(torus(0.22, 0.025, wheel, 1))
    for k in range(3):  # the spokes
        a = np.pi * k / 3 + rng.uniform(0, 0.2)
        e = 0.22 * np.array([np.cos(a), np.sin(a)])
        parts.append(stick((-e[0], c - e[1], 0.22), (e[0], c + e[1], 0.22), 0.018, 1))
    parts.append(cylinder(0.06, 0.06, 0.04, wheel, 1))
    return parts


def _spittoon(rng: Rng) -> list[Part]:
    """A brass spittoon on the floor: a squat wide-bellied pot with a narrow neck and a broad
    flared funnel top dipping into it, bands round its belly and foot."""
    prof = [(0.0, 0.0), (0.34, 0.0), (0.37, 0.04), (0.5, 0.14), (0.55, 0.26), (0.5, 0.38),
            (0.28, 0.48), (0.2, 0.52), (0.24, 0.58), (0.46, 0.68), (0.48, 0.7), (0.45, 0.7),
            (0.2, 0.6), (0.1, 0.5), (0.0, 0.48)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body", closed=False)]
    parts.append(torus(0.35, 0.025, at(0, 0.03, 0), 1))  # foot band
    parts.append(torus(0.55, 0.02, at(0, 0.26, 0), 1))  # belly band
    parts.append(torus(0.47, 0.02, at(0, 0.695, 0), 1))  # the funnel's lip
    parts.append(torus(0.2, 0.02, at(0, 0.52, 0), 1))
    parts.append(cylinder(0.09, 0.09, 0.02, at(0, 0.48, 0), "cloth-dark"))  # the dark hole
    del rng
    return parts


def _poker_table(rng: Rng) -> list[Part]:
    """A poker table: an octagonal top of green felt inside a padded rail, stacks of coloured
    chips and a few playing cards on it, on a central pedestal."""
    parts = [lathe([(0.0, 0.0), (0.4, 0.0), (0.35, 0.06), (0.14, 0.12), (0.12, 0.6),
                    (0.3, 0.68), (0.0, 0.68)], None, 0, "body")]  # fmt: skip
    top = at(0, 0.68, 0) @ rot("x", -90) @ rot("z", 22.5)
    parts.append(slab(polygon(8, 0.95), 0.08, top @ at(0, 0, 0.04), 0))
    parts.append(slab(polygon(8, 0.86), 0.02, top @ at(0, 0, 0.085), "land"))  # the felt
    corners = [(0.9 * np.cos(a), 0.8, 0.9 * np.sin(a))
               for a in np.radians(22.5 + 45 * np.arange(9))]  # fmt: skip
    for a, b in pairwise(corners):  # the padded rail
        parts.append(stick(a, b, 0.065, 1))
    for p in corners[:-1]:
        parts.append(sphere(0.065, at(*p), 1))
    parts.append(torus(0.5, 0.006, at(0, 0.77, 0), "cloth-yellow"))  # the betting line
    chips = ("card-red", "snow", "plume", "cloth-dark", "vine")
    for k, (x, z) in enumerate([(-0.45, 0.35), (-0.35, 0.45), (0.45, 0.3), (0.3, -0.45),
                                (-0.5, -0.2), (0.05, 0.1), (0.14, 0.05)]):  # fmt: skip
        n = int(rng.integers(3, 8))
        for i in range(n):
            col = chips[(k + (i // 2)) % len(chips)] if k == 5 else chips[k % len(chips)]
            parts.append(cylinder(0.065, 0.065, 0.022, at(x, 0.775 + 0.024 * i, z), col))
        parts.append(torus(0.065, 0.005, at(x, 0.775 + 0.024 * n - 0.011, z), "snow"))
    for k in range(5):  # cards: a hand before the viewer and the flop in the middle
        x, z, a = (-0.2 + 0.1 * k, -0.1, 0) if k < 3 else (-0.05 + 0.12 * (k - 3), 0.55, 15 * k)
        m = at(x, 0.775, z) @ rot("y", a)
        parts.append(box(0.09, 0.006, 0.13, m, "snow"))
        parts.append(box(0.03, 0.002, 0.04, m @ at(0, 0.006, 0),
                         "card-red" if k % 2 else "cloth-dark"))  # fmt: skip
    return parts


def _cowboy_boot(rng: Rng) -> list[Part]:
    """A cowboy boot: a tall shaft stitched with scrolls and with pull tabs at its top, a foot
    tapering to a pointed toe, a slanted stacked heel and a spur with a star rowel at its
    back."""
    x0 = -0.3  # the shaft's axis
    parts = [lathe([(0.0, 0.25), (0.18, 0.25), (0.17, 0.6), (0.19, 0.95), (0.2, 1.2),
                    (0.0, 1.2)], at(x0, 0, 0) @ scl(1.0, 1.0, 0.8), 0, "body")]  # fmt: skip
    for s in (-1, 1):  # the scalloped top and pull tabs
        parts.append(slab([(-0.05, 0.0), (0.05, 0.0), (0.04, 0.1), (0.0, 0.13), (-0.04, 0.1)],
                          0.02, at(x0 + s * 0.2, 1.15, 0) @ rot("y", 90), 1))  # fmt: skip
    parts.append(torus(0.2, 0.018, at(x0, 1.19, 0) @ scl(1, 1, 0.8), 1))
    for side in (-1, 1):  # stitched scrolls on both sides of the shaft
        z = side * 0.155
        for k in range(3):
            y = 0.55 + 0.2 * k
            pts = [(x0 - 0.1, y, z), (x0 - 0.03, y + 0.1, z), (x0 + 0.05, y + 0.04, z),
                   (x0, y - 0.02, z), (x0 + 0.1, y + 0.12, z)]  # fmt: skip
            parts.append(tube(pts, 0.012, None, 1))
        parts.append(tube([(x0 - 0.02, 0.4, z * 1.03), (x0 + 0.08, 0.5, z * 1.03)], 0.01, None, 1))
    foot = [(x0 - 0.04, 0.26, 0), (x0 + 0.15, 0.2, 0), (0.12, 0.13, 0), (0.34, 0.08, 0),
            (0.47, 0.06, 0)]  # fmt: skip
    flat = np.stack([np.cos(np.linspace(0, 2 * np.pi, 12, endpoint=False)),
                     0.75 * np.sin(np.linspace(0, 2 * np.pi, 12, endpoint=False))], 1)  # fmt: skip
    parts.append(tube(foot, [0.2, 0.18, 0.14, 0.08, 0.012], None, 0, shape=flat))
    parts.append(tube([(x0 + 0.1, 0.26, 0.0), (0.2, 0.16, 0.0)], [0.005, 0.005], None, 1))
    sole = at(0.0, 0.06, 0) @ rot("x", -90)
    parts.append(slab([(-0.12, -0.13), (0.25, -0.12), (0.42, -0.05), (0.5, 0.0), (0.42, 0.05),
                       (0.25, 0.12), (-0.12, 0.13)], 0.03, sole, "cloth-dark"))  # fmt: skip
    heel = [(-0.13, 0.0), (0.02, 0.0), (0.08, 0.26), (-0.15, 0.26)]
    for z in np.linspace(-0.1, 0.1, 2):
        parts.append(slab(heel, 0.1, at(x0 - 0.02, 0, z), "cloth-dark"))
    spur = at(x0 - 0.2, 0.33, 0)  # the spur's strap, shank and rowel
    parts.append(torus(0.2, 0.018, at(x0, 0.33, 0) @ scl(1, 1, 0.85) @ rot("z", 8), "steel"))
    parts.append(stick((x0 - 0.18, 0.33, 0), (x0 - 0.32, 0.3, 0), 0.015, "steel"))
    parts.append(slab(star(8, 0.35), 0.012, spur @ at(-0.18, -0.03, 0) @ scl(0.07), "steel"))
    del rng
    return parts


def _shoji_screen(rng: Rng) -> list[Part]:
    """A shoji screen: three sliding panels of pale translucent paper behind a wooden lattice
    of thin bars in a grid, on a low track along the floor with a rail along the top."""
    w, h = 0.56, 1.6
    parts = [box(1.8, 0.05, 0.16, None, 1, "body")]  # the track
    parts.append(box(1.8, 0.05, 0.16, at(0, h + 0.07, 0), 1))
    for s in (-1, 1):
        parts.append(box(0.06, h + 0.12, 0.16, at(s * 0.9, 0, 0), 1))
    for k in range(3):
        x = (k - 1) * (w + 0.0) + (0.03 if k == 1 else 0.0)
        z = 0.035 if k % 2 else -0.035
        y0 = 0.06
        parts.append(box(w - 0.02, h - 0.04, 0.008, at(x, y0 + 0.02, z), "lampshade"))
        for sx in (-1, 1):  # the stiles
            parts.append(box(0.04, h, 0.05, at(x + sx * (w / 2 - 0.02), y0, z), 0))
        for y in (y0, y0 + h - 0.05):  # the rails
            parts.append(box(w, 0.05, 0.05, at(x, y, z), 0))
        parts.append(box(w, 0.08, 0.05, at(x, y0 + 0.2, z), 0))  # the kick rail
        for i in range(1, 3):  # the lattice's uprights
            parts.append(box(0.016, h - 0.3, 0.03, at(x - w / 2 + i * w / 3, y0 + 0.25, z), 0))
        for j in range(1, 7):
            parts.append(box(w - 0.04, 0.016, 0.03, at(x, y0 + 0.28 + j * (h - 0.33) / 7, z), 0))
        parts.append(box(0.02, 0.12, 0.056, at(x + (w / 2 - 0.08) * (1 if k else -1), 0.8, z), 1))
    del rng
    return parts


def _folding_fan(rng: Rng) -> list[Part]:
    """A folding hand fan opened in a half circle upright: thin ribs fanned out from a rivet,
    a pleated paper leaf painted with a blossoming branch, and a silk tassel from the pivot."""
    c = np.array([0.0, 0.22, 0.0])
    R, r0, n = 0.95, 0.4, 16
    parts: list[Part] = []
    base = at(*c) @ rot("x", -8)
    for k in range(n):  # the pleats, tilted alternately
        a0, a1 = np.pi * k / n, np.pi * (k + 1) / n
        mid = np.degrees((a0 + a1) / 2)
        half = (a1 - a0) / 2
        sector = [(r0 * np.cos(half), -r0 * np.sin(half)), (R * np.cos(half), -R * np.sin(half)),
                  (R * np.cos(half), R * np.sin(half)), (r0 * np.cos(half), r0 * np.sin(half))]  # fmt: skip
        m = base @ rot("z", mid) @ rot("x", 18 if k % 2 else -18)
        parts.append(slab(sector, 0.008, m, 0, "body" if k == 0 else ""))
    for k in range(n + 1):  # the ribs
        a = np.pi * k / n
        d = np.array([np.cos(a), np.sin(a), 0.0])
        thick = 0.016 if k in (0, n) else 0.007
        parts.append(tube([(0, 0, 0.012), tuple(d * (R if k in (0, n) else r0 + 0.05) + [0, 0, 0.012])],
                          thick, base, 1))  # fmt: skip
    parts.append(cylinder(0.035, 0.035, 0.05, base @ rot("x", 90) @ at(0, -0.02, 0), "steel"))
    # the painted branch with blossoms
    br = [(-0.65, 0.15), (-0.35, 0.35), (0.0, 0.55), (0.3, 0.62), (0.6, 0.5)]
    parts.append(tube([(x, y, 0.03) for x, y in br], [0.022, 0.02, 0.016, 0.012, 0.008], base,
                      "cloth-dark"))  # fmt: skip
    parts.append(
        tube([(-0.1, 0.48, 0.03), (-0.05, 0.78, 0.03)], [0.012, 0.006], base, "cloth-dark")
    )
    for x, y in ((-0.45, 0.3), (-0.2, 0.5), (0.1, 0.62), (0.42, 0.6), (-0.05, 0.75), (0.6, 0.5),
                 (0.25, 0.5), (-0.55, 0.35)):  # fmt: skip
        jit = rng.uniform(-0.02, 0.02)
        parts.append(slab(star(5, 0.6), 0.01, base @ at(x + jit, y + 0.03, 0.04) @ scl(0.045),
                          "card-red"))  # fmt: skip
    # the tassel: a cord down from the pivot and a bunch of threads
    parts.append(tube([(0.0, c[1], 0.02), (0.05, 0.14, 0.06), (0.07, 0.1, 0.08)], 0.008, None,
                      "card-red"))  # fmt: skip
    parts.append(sphere(0.025, at(0.07, 0.09, 0.08), "cloth-yellow"))
    parts.append(cylinder(0.03, 0.045, 0.08, at(0.07, 0.0, 0.08) @ scl(1, 1, 1), "card-red"))
    # a small stand holding it up
    parts.append(box(0.5, 0.03, 0.2, None, 1))
    parts.append(box(0.06, c[1], 0.05, at(0, 0, -0.04), 1))
    return parts


MORE_APPLIANCES_ZL = {
    696: _captains_chair, 697: _escape_pod, 698: _hologram_table, 699: _radar_screen,
    700: _airlock_door, 701: _spittoon, 702: _poker_table, 703: _cowboy_boot,
    704: _shoji_screen, 705: _folding_fan,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
