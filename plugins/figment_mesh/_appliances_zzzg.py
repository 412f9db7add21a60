"""More of the device family's appliances, from 1064: a heavy bomber, a brig, a fortepiano, a
divan, a shawl, a car headlight, a cathedral and a house's front porch.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, rot, scl
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    blocks,
    cloth_sheet,
    crisp,
    grid_skin,
    hoop,
    loft,
    rod,
    superellipse,
    window,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZG"]

Rng = np.random.Generator

_SQ = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
"""A square cross-section for ``tube`` (a strut, a rib)."""


# Shared shapes


def _lancet(w: float, h: float, n: int = 5) -> list[tuple[float, float]]:
    """A Gothic pointed arch's outline w wide and h high to its point, its foot centred on 0:
    straight sides up to the springing, two arcs of radius w meeting in a point."""
    spring = h - 0.866 * w
    pts = [(-w / 2, 0.0), (w / 2, 0.0)]
    for a in np.linspace(0, 60, n)[:-1]:  # the right arc about the left springing
        t = np.radians(a)
        pts.append((-w / 2 + w * np.cos(t), spring + w * np.sin(t)))
    pts.append((0.0, h))
    for a in np.linspace(120, 180, n)[1:]:  # the left arc about the right springing
        t = np.radians(a)
        pts.append((w / 2 + w * np.cos(t), spring + w * np.sin(t)))
    return pts


def _block(w: float, h: float, d: float, m: np.ndarray, slot=0, tag: str = "", p=6.0) -> Part:
    """A soft block (a mattress, a cushion, a bolster seat) w long along x, h high and d deep,
    standing on y = 0 under m: rings of a rounded rectangle along x, drawn in at the ends."""
    xs = np.array([-1.0, -0.97, -0.9, 0.9, 0.97, 1.0]) * w / 2
    f = np.array([0.78, 0.93, 1.0, 1.0, 0.93, 0.78])
    n = len(xs)
    centres = np.stack([xs, np.full(n, h / 2), np.zeros(n)], 1)
    u = np.zeros((n, 3))
    v = np.zeros((n, 3))
    u[:, 2], v[:, 1] = d / 2 * f, h / 2 * f
    return loft(centres, u, v, superellipse(1.0, 1.0, p, 24), slot, tag).moved(m)


def _turned(h: float, r: float, m: np.ndarray, slot=0) -> Part:
    """A slim turned leg or post h tall and about r round standing on 0 under m: a foot, a
    long taper, rings and a bulb, a neck under its top block."""
    prof = [(0.0, 0.0), (r * 0.7, 0.0), (r * 0.8, 0.04 * h), (r * 0.55, 0.1 * h),
            (r * 0.7, 0.4 * h), (r * 1.05, 0.6 * h), (r * 0.75, 0.72 * h), (r * 1.1, 0.78 * h),
            (r * 0.7, 0.84 * h), (r * 1.2, 0.93 * h), (r * 1.2, h), (0.0, h)]  # fmt: skip
    return lathe(prof, m, slot)


# 1064: a heavy bomber


def _bomber_prop(x: float, y: float, z: float, turn: float) -> list[Part]:
    """A three-bladed propeller facing +x at (x, y, z): a pointed spinner and dark blades."""
    parts = [cylinder(0.022, 0.0, 0.045, at(x, y, z) @ ALONG_X, 1)]
    for k in range(3):
        a = turn + 120 * k
        m = at(x + 0.012, y, z) @ rot("x", a) @ rot("y", 12)
        parts.append(box(0.006, 0.1, 0.022, m, "marking"))
        parts.append(box(0.0065, 0.014, 0.023, m @ at(0, 0.088, 0), "cloth-yellow"))
    return parts


def _roundel(m: np.ndarray, r: float) -> list[Part]:
    """An RAF roundel on a face whose normal is local +y under m: blue, white, red rings."""
    return [cylinder(r, r, 0.003, m, "plume"), cylinder(r * 0.62, r * 0.62, 0.005, m, "snow"),
            cylinder(r * 0.32, r * 0.32, 0.007, m, "card-red")]  # fmt: skip


def _heavy_bomber(rng: Rng) -> list[Part]:
    """A WWII four-engined heavy bomber standing on its wheels, nose to +x: a long slim round
    fuselage with a glazed nose, a framed cockpit canopy, a high straight wing with four
    engines in nacelles, each with a spinner and three dark blades; a tall single fin and
    rudder and the tailplanes, clear gun turrets on top and at the tail with their guns, two
    tall main undercarriage legs and a tail wheel, roundels on the wings and fuselage."""
    xs = [0.47, 0.44, 0.38, 0.28, 0.1, -0.12, -0.3, -0.42, -0.48]
    ys = [0.2, 0.2, 0.2, 0.2, 0.2, 0.205, 0.215, 0.225, 0.23]
    rs = [0.034, 0.044, 0.051, 0.056, 0.057, 0.053, 0.043, 0.031, 0.022]
    parts = [tube(list(zip(xs, ys, [0.0] * 9, strict=True)), rs, None, 0, "body")]
    nose = at(0.455, 0.2, 0) @ scl(0.06, 0.04, 0.04)
    parts.append(sphere(1.0, nose, "pane"))  # the glazed nose and its frames
    for a in (-50, -25, 0, 25, 50):
        parts.append(hoop(1.0, 0.06, nose @ rot("x", a), "marking", 20, 4))
    for f in (0.45, 0.8):
        parts.append(
            hoop(np.sqrt(1 - f * f), 0.06, nose @ at(f, 0, 0) @ rot("z", 90), "marking", 20, 4)
        )
    canopy = at(0.33, 0.252, 0) @ scl(0.08, 0.036, 0.046)
    parts.append(sphere(1.0, canopy, "pane"))  # the cockpit canopy and its frames
    for f in (-0.5, 0.0, 0.5):
        parts.append(
            hoop(np.sqrt(1 - f * f), 0.05, canopy @ at(f, 0, 0) @ rot("z", 90), "marking", 20, 4)
        )
    parts.append(hoop(1.0, 0.06, canopy @ rot("x", 90), "marking", 20, 4))
    turrets = ((0.16, 0.262, 0.04, 1), (-0.16, 0.256, 0.036, -1))
    for x, y, r, aim in turrets:  # the dorsal turrets and their guns
        parts.append(cylinder(r * 1.15, r * 1.05, 0.014, at(x, y - 0.014, 0), 1))
        dome = at(x, y, 0) @ scl(r, r * 0.9, r)
        parts.append(sphere(1.0, dome, "pane"))
        parts.append(hoop(1.0, 0.06, dome @ rot("x", 90), "marking", 20, 4))
        parts.append(hoop(1.0, 0.06, dome @ rot("z", 90), "marking", 20, 4))
        for s in (-1, 1):
            parts.append(rod((x, y + 0.012, s * 0.012), (x + aim * 0.1, y + 0.02, s * 0.012),
                             0.006, 1))  # fmt: skip
    tail = at(-0.505, 0.232, 0) @ scl(0.04, 0.034, 0.034)  # the tail turret and its guns
    parts.append(sphere(1.0, tail, "pane"))
    for a in (0, 90):
        parts.append(hoop(1.0, 0.06, tail @ rot("x", a) @ rot("z", 90 - a), "marking", 20, 4))
    for s in (-1, 1):
        for dy in (-0.008, 0.008):
            parts.append(rod((-0.53, 0.232 + dy, s * 0.014), (-0.62, 0.23 + dy, s * 0.014),
                             0.005, 1))  # fmt: skip
    wing_y = 0.245
    for s in (-1, 1):  # the high wing, in two halves with a little dihedral
        half = [(0.11, 0.0), (0.07, 0.68), (0.04, 0.72), (-0.01, 0.73), (-0.05, 0.71),
                (-0.13, 0.0)]  # fmt: skip
        m = at(0, wing_y, 0) @ rot("x", -s * 3) @ FLAT_UP @ scl(1, s, 1)
        parts.append(slab(sharp(half), 0.022, m, 0))
        parts += _roundel(at(-0.01, wing_y + 0.011 + 0.03, s * 0.55) @ rot("x", -s * 3), 0.04)
    parts += _roundel(at(-0.2, 0.21, 0.056) @ rot("x", 90), 0.032)
    turn = float(rng.uniform(0, 120))
    for z in (-0.42, -0.2, 0.2, 0.42):  # the engines
        lift = abs(z) * np.tan(np.radians(3)) + wing_y - 0.012
        pod = [(0.2, lift, z), (0.15, lift, z), (0.02, lift - 0.005, z), (-0.1, lift + 0.004, z)]
        parts.append(tube(pod, [0.028, 0.034, 0.03, 0.01], None, 0))  # the nacelle
        parts.append(hoop(0.029, 0.006, at(0.2, lift, z) @ rot("z", 90), 1, 20, 4))
        for s in (-1, 1):  # exhaust stubs
            parts.append(box(0.03, 0.006, 0.006, at(0.13, lift - 0.01, z + s * 0.03), "marking"))
        parts += _bomber_prop(0.205, lift, z, turn + 40 * z)
    fin = [(-0.36, 0.0), (-0.44, 0.12), (-0.47, 0.2), (-0.51, 0.21), (-0.53, 0.19),
           (-0.53, 0.0)]  # fmt: skip
    parts.append(slab(sharp(fin), 0.012, at(0, 0.24, 0), 0))  # the fin and rudder
    parts.append(box(0.003, 0.2, 0.014, at(-0.5, 0.24, 0) @ rot("z", 8), 1))  # rudder hinge
    tp = [(-0.4, 0.0), (-0.44, 0.2), (-0.49, 0.2), (-0.5, 0.0)]
    for s in (-1, 1):  # the tailplanes
        parts.append(slab(sharp(tp), 0.01, at(0, 0.235, 0) @ FLAT_UP @ scl(1, s, 1), 0))
    for z in (-0.2, 0.2):  # the main undercarriage, wheels down
        for dz in (-0.018, 0.018):
            parts.append(stick((0.07, 0.22, z + dz), (0.08, 0.055, z + dz), 0.005, 1))
        parts.append(stick((0.0, 0.22, z), (0.075, 0.07, z), 0.004, 1))
        parts.append(cylinder(0.055, 0.055, 0.026, at(0.08, 0.055, z - 0.013) @ ALONG_Z,
                              "marking"))  # fmt: skip
        parts.append(cylinder(0.026, 0.026, 0.03, at(0.08, 0.055, z - 0.015) @ ALONG_Z, 1))
    parts.append(stick((-0.41, 0.2, 0), (-0.43, 0.025, 0), 0.005, 1))  # the tail wheel
    parts.append(cylinder(0.025, 0.025, 0.016, at(-0.43, 0.025, -0.008) @ ALONG_Z, "marking"))
    return parts


# 1065: a brig


def _hull_points(n: int = 22, k: int = 7) -> np.ndarray:
    """A wooden sailing ship's hull as a grid (rows along its length from stern to bow, each a
    loop round its section): a deep round-bilged body, a sharp stem curving up at the bow, a
    flat raked transom at the stern, its deck rising fore and aft."""
    t = np.linspace(0, 1, n)
    x = -0.36 + 0.72 * t
    bow = np.clip((x - 0.1) / 0.26, 0, 1)
    aft = np.clip((-0.2 - x) / 0.16, 0, 1)
    half = 0.095 * np.sqrt(np.clip(1 - bow**1.7, 0, 1)) * (1 - 0.3 * aft**1.5)
    half = np.maximum(half, 0.003)
    keel = 0.01 + 0.1 * bow**2.4 + 0.03 * aft**2
    deck = 0.15 + 0.035 * ((x - 0.02) / 0.36) ** 2
    th = np.concatenate([np.linspace(0, np.pi / 2, k), np.linspace(np.pi / 2, 0, k)[1:]])
    side = np.concatenate([np.ones(k), -np.ones(k - 1)])
    p = np.zeros((n, len(th), 3))
    for i in range(n):
        fall = np.sin(th)
        p[i, :, 1] = deck[i] - (deck[i] - keel[i]) * fall
        p[i, :, 2] = side * half[i] * np.cos(th) ** (0.5 + 0.6 * aft[i])
        p[i, :, 0] = x[i] - (0.035 * (1 - fall) if i == 0 else 0.0)
    return p


def _square_sail(x: float, y0: float, y1: float, head: float, foot: float) -> Part:
    """A square sail across the ship at x hanging from its yard at y1 down to its foot at y0,
    ``head`` half-wide at the yard and ``foot`` at its foot, bellied forward (+x)."""
    v = np.linspace(0, 1, 6)[:, None]
    u = np.linspace(-1, 1, 9)[None, :]
    hw = foot + (head - foot) * v
    belly = 0.045 * (y1 - y0) / 0.2 * (1 - u**2 * 0.8) * np.sin(np.pi * (0.15 + 0.8 * v))
    p = np.zeros((6, 9, 3))
    p[..., 0] = x + 0.012 + belly
    p[..., 1] = y0 + (y1 - y0) * v + 0.012 * (1 - u**2) * (1 - v)
    p[..., 2] = u * hw
    return cloth_sheet(p, 0.004, 1)


def _spanker(x: float, lo: float, hi: float, rng: Rng) -> Part:
    """The big fore-and-aft sail abaft the mainmast at x: its luff on the mast from lo to hi,
    its head up the gaff, its foot along the boom reaching past the stern; a little bellied."""
    u = np.linspace(0, 1, 8)[None, :]
    v = np.linspace(0, 1, 6)[:, None]
    bx, gx, gy = x - 0.33, x - 0.27, hi + 0.1
    p = np.zeros((6, 8, 3))
    p[..., 0] = (x + (bx - x) * u) * (1 - v) + (x + (gx - x) * u) * v
    p[..., 1] = lo * (1 - v) + (hi + (gy - hi) * u) * v
    p[..., 2] = (0.025 + float(rng.uniform(0, 0.01))) * np.sin(np.pi * u) * np.sin(np.pi * v)
    return cloth_sheet(p, 0.004, 1)


def _triangle(a, b, c, slot=1, thick: float = 0.004) -> Part:
    """A flat three-cornered sheet (a jib, a pennant) through the points a, b and c in the
    plane z = a's z."""
    pts = sharp([(a[0], a[1]), (b[0], b[1]), (c[0], c[1])])
    return slab(pts, thick, at(0, 0, a[2]), slot)


def _shrouds(x: float, y: float, half: float, deck: float, rungs: int) -> list[Part]:
    """A mast's shrouds on both sides: three lines from the mast at height y down to the rail
    at the deck, leading aft, crossed by ratlines."""
    parts = []
    for s in (-1, 1):
        tops = [(x - 0.004 * i, y, s * 0.01) for i in range(3)]
        feet = [(x + 0.02 - 0.035 * i, deck, s * half) for i in range(3)]
        for a, b in zip(tops, feet, strict=True):
            parts.append(rod(a, b, 0.005, "marking"))
        for j in range(1, rungs + 1):
            f = j / (rungs + 1)
            p0 = [feet[0][k] + (tops[0][k] - feet[0][k]) * f for k in range(3)]
            p1 = [feet[2][k] + (tops[2][k] - feet[2][k]) * f for k in range(3)]
            parts.append(rod(p0, p1, 0.0035, "marking"))
    return parts


def _brig(rng: Rng) -> list[Part]:
    """A brig under sail, bow to +x: a deep wooden hull with a rising sheer, a white strake
    along each side chequered with black gunports, a raked transom with stern windows, a
    rudder; a long bowsprit with two jibs; two masts, each with four stacked square sails
    (course, topsail, topgallant, royal) on their yards, bellied forward, a platform at each
    lower masthead; a big fore-and-aft spanker on a gaff and boom abaft the mainmast; shrouds
    with ratlines, stays, a red ensign at the gaff and a long pennant at the main truck."""
    grid = _hull_points()
    parts = [grid_skin(grid, 0, "body")]
    for col, off in ((1, 0.004), (grid.shape[1] - 1, -0.004)):  # the strakes and gunports
        pts = grid[3:-3, col] + np.array([0, 0, off])
        parts.append(tube(pts, 1.0, None, "snow", shape=np.array(
            [[-0.002, -0.011], [0.002, -0.011], [0.002, 0.011], [-0.002, 0.011]])))  # fmt: skip
        for i in range(4, grid.shape[0] - 4, 2):
            p = grid[i, col] + np.array([0, -0.006, 2 * off])
            parts.append(box(0.016, 0.013, 0.004, at(*p), "marking"))
    for col in (0, grid.shape[1] - 1):  # the bulwarks and their rail
        pts = grid[1:-1, col] + np.array([0, 0.012, 0])
        parts.append(tube(pts, 1.0, None, 0, shape=np.array(
            [[-0.012, -0.003], [0.012, -0.003], [0.012, 0.003], [-0.012, 0.003]])))  # fmt: skip
    parts.append(box(0.012, 0.15, 0.012, at(-0.385, 0.01, 0) @ rot("z", -12), 0))  # rudder
    for z in (-0.035, 0.0, 0.035):  # the stern windows
        parts.append(box(0.004, 0.018, 0.018, at(-0.39, 0.15, z) @ rot("z", -12), "window"))
    parts.append(tube([(0.3, 0.165, 0), (0.45, 0.21, 0), (0.6, 0.25, 0)], [0.009, 0.007, 0.004],
                      None, 0))  # the bowsprit # fmt: skip
    masts = ((0.17, 0.0), (-0.08, 0.03))
    tiers = ((0.22, 0.44, 0.14, 0.16), (0.46, 0.63, 0.115, 0.14), (0.65, 0.77, 0.09, 0.11),
             (0.79, 0.87, 0.065, 0.085))  # fmt: skip
    for x, up in masts:
        deck = 0.15 + 0.035 * ((x - 0.02) / 0.36) ** 2
        parts.append(tube([(x, deck, 0), (x, 0.6, 0), (x, 0.95 + up, 0)], [0.009, 0.007, 0.004],
                          None, 0))  # fmt: skip
        parts.append(box(0.04, 0.008, 0.06, at(x, 0.46 + up, 0), 0))  # the top
        for y0, y1, head, foot in tiers:
            parts.append(_square_sail(x, y0 + up, y1 + up, head, foot))
            reach = head + 0.015  # the yard
            parts.append(stick((x + 0.012, y1 + up, -reach), (x + 0.012, y1 + up, reach), 0.004, 0))
        parts += _shrouds(x, 0.46 + up, 0.1, deck + 0.012, 5)
        parts += _shrouds(x, 0.72 + up, 0.03, 0.47 + up, 2)
    parts.append(_spanker(-0.08, 0.2, 0.5, rng))  # the spanker, its boom and gaff
    parts.append(stick((-0.08, 0.2, 0), (-0.42, 0.2, 0), 0.004, 0))
    parts.append(stick((-0.08, 0.5, 0), (-0.36, 0.6, 0), 0.004, 0))
    parts.append(_triangle((0.19, 0.74, 0), (0.57, 0.25, 0), (0.38, 0.29, 0)))  # the jibs
    parts.append(_triangle((0.19, 0.55, 0.01), (0.43, 0.2, 0.01), (0.28, 0.24, 0.01)))
    for a, b in (
        ((0.17, 0.95, 0), (0.6, 0.25, 0)),
        ((-0.05, 0.98, 0), (0.17, 0.75, 0)),
        ((-0.08, 0.46, 0), (0.17, 0.2, 0)),
        ((-0.08, 0.98, 0), (-0.36, 0.17, 0)),
    ):
        parts.append(rod(a, b, 0.003, "marking"))  # the stays
    wave = float(rng.uniform(-0.01, 0.01))
    flag = np.zeros((3, 4, 3))  # the ensign at the gaff's peak
    for i, f in enumerate(np.linspace(0, 1, 4)):
        for j, g in enumerate(np.linspace(0, 1, 3)):
            flag[j, i] = (
                -0.36 - 0.08 * f,
                0.6 - 0.05 * g - 0.03 * f,
                (0.012 + wave) * np.sin(3 * f),
            )
    parts.append(cloth_sheet(flag, 0.003, "card-red"))
    parts.append(_triangle((-0.08, 1.01, 0), (-0.08, 0.99, 0), (-0.2, 0.99 + wave, 0), "card-red"))
    return parts


# 1066: a fortepiano

_CASE = [(-0.19, 0.38), (0.19, 0.38), (0.19, 0.22), (0.18, 0.1), (0.155, -0.04), (0.11, -0.2),
         (0.05, -0.35), (0.0, -0.45), (-0.05, -0.51), (-0.1, -0.53), (-0.19, -0.53)]  # fmt: skip
"""A fortepiano's case seen from above (x, z): the keyboard's straight front, the straight bass
side, the long bent side narrowing to a small squared tail."""


def _case_slab(grow: float, thick: float, y: float, slot, tag: str = "") -> Part:
    """The case outline grown by ``grow`` (about its middle), ``thick`` thick, its foot at y."""
    c = np.mean(_CASE, axis=0)
    pts = [(c[0] + (x - c[0]) * (1 + grow), -(c[1] + (z - c[1]) * (1 + grow))) for x, z in _CASE]
    return slab(sharp(pts), thick, at(0, y + thick / 2, 0) @ FLAT_UP, slot, tag)


def _fortepiano(rng: Rng) -> list[Part]:
    """An early piano (a fortepiano): a slender harp-shaped case like a small grand's, long and
    narrow, its lid closed, on five slim turned legs; a short five-octave keyboard across the
    front between cheek blocks, its naturals black and its sharps white, a music desk standing
    on the lid, a moulded band round the foot of the case, two knee levers under the keys."""
    bot, top = 0.28, 0.39
    parts = [_case_slab(0.0, top - bot, bot, 0, "body")]
    parts.append(_case_slab(0.02, 0.018, top, 0))  # the lid
    parts.append(_case_slab(0.025, 0.012, bot, 1))  # the moulding round its foot
    parts.append(_case_slab(0.012, 0.008, top - 0.015, 1))  # and under the lid's edge
    parts.append(box(0.39, 0.002, 0.005, at(0, top + 0.018, 0.26), "marking"))  # the lid's flap
    legs = ((-0.16, 0.34), (0.16, 0.34), (-0.16, -0.47), (-0.05, -0.45), (0.13, -0.08))
    for x, z in legs:
        parts.append(_turned(bot, 0.016, at(x, 0, z), 0))
    parts.append(box(0.38, 0.03, 0.12, at(0, bot, 0.44), 0))  # the keybed and key slip
    parts.append(box(0.39, 0.018, 0.008, at(0, bot + 0.012, 0.5), 1))
    for s in (-1, 1):  # the cheek blocks
        parts.append(box(0.022, 0.06, 0.125, at(s * 0.18, bot, 0.44), 0))
    parts.append(box(0.34, 0.07, 0.008, at(0, bot + 0.03, 0.384), 0))  # the nameboard
    nat, n = 0.338 / 36, 36
    x0 = -0.169 + nat / 2
    feet = [(x0 + i * nat, bot + 0.03, 0.44) for i in range(n)]
    parts.append(blocks(feet, (nat - 0.0012, 0.012, 0.105), None, "marking"))  # ebony naturals
    sharps = [(x0 + (i + 0.5) * nat, bot + 0.042, 0.415) for i in range(n - 1)
              if i % 7 in (0, 1, 2, 4, 5)]  # fmt: skip
    parts.append(blocks(sharps, (nat * 0.5, 0.009, 0.055), None, "snow"))  # bone sharps
    lean = float(rng.uniform(-3, 3))
    desk = at(0, top + 0.018, 0.2) @ rot("x", -18 + lean)  # the music desk
    parts.append(box(0.24, 0.11, 0.008, desk @ at(0, 0.008, 0), 0))
    parts.append(box(0.24, 0.012, 0.03, desk @ at(0, 0.0, 0.012), 0))  # its ledge
    for i in range(7):  # its fretwork
        parts.append(box(0.006, 0.07, 0.011, desk @ at(-0.09 + 0.03 * i, 0.025, 0), 1))
    parts.append(stick((0, top + 0.02, 0.15), (0, top + 0.09, 0.165), 0.004, 0))  # its prop
    for x in (-0.05, 0.05):  # the knee levers
        parts.append(box(0.02, 0.07, 0.012, at(x, bot - 0.07, 0.46) @ rot("x", 10), 1))
    return parts


# 1067: a divan


def _bolster(length: float, r: float, m: np.ndarray, slot) -> list[Part]:
    """A round bolster cushion along x under m, its middle at the origin: a plump roll gathered
    in at its ends, a button in each end."""
    L = length / 2
    prof = [(0.0, -L), (r * 0.55, -L + 0.004), (r * 0.9, -L + r * 0.25), (r, -L + r * 0.6),
            (r, L - r * 0.6), (r * 0.9, L - r * 0.25), (r * 0.55, L - 0.004), (0.0, L)]  # fmt: skip
    parts = [lathe(prof, m @ ALONG_X, slot)]
    for s in (-1, 1):
        parts.append(sphere(r * 0.16, m @ at(s * L, 0, 0) @ scl(0.6, 1, 1), slot))
    return parts


def _throw(x0: float, x1: float, top: float, front: float, foot: float, rng: Rng) -> list[Part]:
    """A fringed throw laid over a couch's end from its back across the top and hanging down
    the front in soft folds, striped near its hem, a fringe along the hem."""
    path = [(-0.2, top), (0.0, top + 0.004), (front - 0.03, top + 0.002),
            (front + 0.008, top - 0.03), (front + 0.014, top - 0.1), (front + 0.018, foot + 0.03),
            (front + 0.02, foot)]  # fmt: skip
    cols = 13
    u = np.linspace(0, 1, cols)
    p = np.zeros((len(path), cols, 3))
    phase = float(rng.uniform(0, np.pi))
    for i, (z, y) in enumerate(path):
        hang = max(0.0, (top - y) / (top - foot))
        p[i, :, 0] = x0 + (x1 - x0) * u
        p[i, :, 1] = y - hang * 0.02 * (np.cos(np.pi * u) ** 2)
        p[i, :, 2] = z + hang * 0.016 * np.sin(4 * np.pi * u + phase)
    parts = [cloth_sheet(p, 0.006, "card-red")]
    for f in (0.86, 0.92):  # the stripes near the hem
        i, w = divmod(f * (len(path) - 1), 1.0)
        row = p[int(i)] * (1 - w) + p[int(i) + 1] * w
        parts.append(tube(row + np.array([0, 0, 0.004]), 0.005, None, "cloth-yellow"))
    hem = p[-1]
    feet = np.concatenate([hem, (hem[:-1] + hem[1:]) / 2]) - np.array([0, 0.035, 0])
    parts.append(blocks(feet, (0.005, 0.035, 0.005), None, "cloth-yellow"))
    return parts


def _divan(rng: Rng) -> list[Part]:
    """A divan: a long low backless couch, a thick upholstered mattress with piped edges on a
    low wooden base with short turned feet; square cushions propped upright along its back,
    round bolsters lying at each end and before the cushions, a fringed striped throw draped
    over one end and hanging down the front."""
    L, D = 1.0, 0.44
    base, top = 0.11, 0.24
    parts = [_block(L, top - base, D, at(0, base, 0), 0, "body")]
    parts.append(box(L - 0.02, base - 0.04, D - 0.02, at(0, 0.04, 0), 1))  # the base
    parts.append(box(L, 0.015, D + 0.01, at(0, base - 0.015, 0), 1))
    for x in (-0.46, 0.0, 0.46):  # the feet
        for z in (-0.19, 0.19):
            parts.append(lathe([(0.0, 0.0), (0.018, 0.0), (0.026, 0.02), (0.02, 0.04),
                                (0.026, 0.045), (0.0, 0.045)], at(x, 0, z), 1))  # fmt: skip
    for y in (base + 0.008, top - 0.008):  # the piping
        parts.append(stick((-L / 2 + 0.02, y, D / 2 - 0.004), (L / 2 - 0.02, y, D / 2 - 0.004),
                           0.006, 0))  # fmt: skip
    for x in (-0.3, 0.0, 0.3):  # the cushions along the back
        tilt = float(rng.uniform(-3, 3))
        m = at(x, top - 0.01, -D / 2 + 0.08) @ rot("x", -14) @ rot("z", tilt)
        parts.append(_pillow(0.27, 0.26, 0.11, m, 0))
    for s in (-1, 1):  # the bolsters at the ends and before the cushions
        end = at(s * (L / 2 - 0.075), top + 0.055, 0.0) @ rot("y", 90)
        parts += _bolster(0.4, 0.065, end, "cloth-yellow")
    parts += _bolster(0.32, 0.06, at(-0.15, top + 0.05, -0.07), "plume")
    parts += _throw(0.12, 0.42, top + 0.003, D / 2, 0.06, rng)
    return parts


def _pillow(w: float, h: float, d: float, m: np.ndarray, slot) -> Part:
    """A plump square cushion w wide and h high standing on 0 under m, d thick in its middle:
    a block whose section puffs out in the middle and pinches to its seams."""
    t = np.linspace(0, 1, 11)
    s = np.sin(np.pi * t)
    n = len(t)
    centres = np.stack([np.zeros(n), h * (0.03 + 0.94 * t), np.zeros(n)], 1)
    u = np.zeros((n, 3))
    v = np.zeros((n, 3))
    u[:, 0] = w / 2 * (0.86 + 0.14 * s)
    v[:, 2] = d / 2 * s**0.6 + 0.006
    a = np.linspace(0, 2 * np.pi, 24, endpoint=False)
    ca, sa = np.cos(a), np.sin(a)
    shape = np.stack([np.sign(ca) * np.abs(ca) ** 0.5, sa * (1 - 0.3 * ca**2)], 1)
    return loft(centres, u, v, shape, slot).moved(m)


# 1068: a shawl


def _shawl_surface(u, v, phase: float) -> np.ndarray:
    """Points of a triangular shawl hung by its long edge over a hidden rail: u across (-1..1),
    v down from the rail (0) to the point (1); the corners drooping and wrapping back round the
    rail's ends, soft vertical folds deepening toward the point."""
    W, top, drop = 1.0, 0.69, 0.6
    u, v = np.broadcast_arrays(np.asarray(u, float), np.asarray(v, float))
    x = u * (1 - v) * W / 2
    wide = (u * (1 - v)) ** 2
    y = top - v * drop - 0.1 * wide * (1 - v) - 0.02 * np.sin(np.pi * v)
    fold = (0.012 + 0.03 * v) * np.sin(2 * np.pi * x / 0.16 + phase)
    z = -0.16 * wide * (1 - 0.5 * v) + fold + 0.05 * v
    return np.stack([x, y, z], -1)


def _shawl(rng: Rng) -> list[Part]:
    """A big triangular fringed shawl hung over a hidden rail like over a chair back, its point
    down: its long top edge rolled over the rail and its ends wrapping back, soft folds, a
    woven border band and a thin stripe inside the two lower edges, a long fringe of tassels
    hanging from both lower edges."""
    phase = float(rng.uniform(0, 2 * np.pi))
    u = np.linspace(-1, 1, 25)[None, :]
    v = np.linspace(0, 1, 16)[:, None] ** 0.9
    p = _shawl_surface(u, v, phase)
    parts = [cloth_sheet(p, 0.006, 0, "body")]
    roll = _shawl_surface(np.linspace(-1, 1, 15), 0.0, phase)
    parts.append(tube(roll + np.array([0, 0.004, -0.012]), 0.018, None, 0))  # the fold over
    back = np.stack([roll + np.array([0, -0.08 * f, -0.04 - 0.01 * f]) for f in (0, 0.5, 1)])
    parts.append(cloth_sheet(back, 0.006, 0))  # the part hanging behind the rail
    for d0, d1, slot, lift in ((0.04, 0.1, 1, 0.004), (0.12, 0.135, "card-red", 0.005)):
        for s in (-1, 1):  # the border band and the stripe inside it
            vv = np.linspace(0.02, 1 - d1 * 1.25 / 0.5, 12)[:, None]
            w = (1 - vv) * 0.5
            uu = s * (1 - np.array([d0, (d0 + d1) / 2, d1])[None, :] / w)
            band = _shawl_surface(uu, vv, phase)
            band[..., 2] += lift
            parts.append(cloth_sheet(band, 0.004, slot))
    feet = []
    for s in (-1, 1):  # the fringe
        for t in np.linspace(0.02, 1, 30):
            x, y, z = _shawl_surface(s, t, phase)
            length = 0.1 + 0.01 * np.sin(7 * t + phase)
            feet.append((x, y - length, z))
    parts.append(blocks(feet, (0.005, 0.1, 0.005), None, 1))
    return parts


# 1069: a car headlight


def _lens_z(r):
    """The height of a headlamp's domed lens over its rim at radius r."""
    return 0.045 - 0.035 * (np.asarray(r) / 0.25) ** 2


def _car_headlight(rng: Rng) -> list[Part]:
    """A round car headlamp seen from the front: a deep bullet-shaped chrome bowl, a thick
    chrome bezel ring round a domed glass lens moulded with concentric rings round a square grid
    of ribs in its middle, the mirror reflector and bulb behind the glass; a short flat bracket
    from under the bowl down to a bolted mounting shoe."""
    c = at(0, 0.45, 0)
    bowl = [(0.0, -0.37), (0.07, -0.36), (0.14, -0.32), (0.2, -0.25), (0.248, -0.16),
            (0.272, -0.07), (0.278, -0.01), (0.278, 0.0), (0.0, 0.0)]  # fmt: skip
    parts = [lathe(bowl, c @ ALONG_Z, 0, "body")]
    ring = [(0.24, 0.0), (0.282, -0.008), (0.305, 0.012), (0.302, 0.035), (0.275, 0.052),
            (0.24, 0.045)]  # fmt: skip
    parts.append(lathe(ring, c @ ALONG_Z, 0, closed=True))  # the bezel
    lens = [(0.0, 0.045), (0.1, 0.04), (0.18, 0.029), (0.25, 0.01), (0.25, 0.0), (0.0, 0.0)]
    parts.append(lathe(lens, c @ ALONG_Z, 1))
    g = 0.13
    for x in np.linspace(-0.1, 0.1, 7):  # the central grid of ribs
        h = np.sqrt(g**2 - x**2)
        for ax in (0, 1):
            pts = []
            for y in np.linspace(-h, h, 5):
                p = (x, y) if ax == 0 else (y, x)
                pts.append((p[0], p[1], float(_lens_z(np.hypot(*p))) + 0.003 * ax))
            parts.append(tube(pts, 0.009, c, 1, shape=_SQ))
    for r in (g, 0.17, 0.205, 0.238):  # the concentric rings
        parts.append(torus(r, 0.009, c @ at(0, 0, float(_lens_z(r)) + 0.002) @ ALONG_Z, 1))
    refl = [(0.03, -0.22), (0.1, -0.19), (0.18, -0.12), (0.24, -0.02), (0.0, -0.022)]
    parts.append(lathe(refl, c @ ALONG_Z, "mirror"))  # the reflector
    parts.append(sphere(0.035, c @ at(0, 0, -0.12) @ scl(1, 1, 1.4), "snow"))  # the bulb
    parts.append(torus(0.27, 0.006, c @ at(0, 0, -0.1) @ ALONG_Z, 0))  # a bead round the bowl
    tilt = float(rng.uniform(-3, 3))
    b = at(0, 0, -0.16) @ rot("x", tilt)  # the bracket and its shoe
    parts.append(cylinder(0.05, 0.05, 0.035, b @ at(0, 0.185, 0), 0))
    parts.append(box(0.05, 0.16, 0.03, b @ at(0, 0.04, 0), 0))
    parts.append(box(0.09, 0.05, 0.05, b @ at(0, 0.03, 0), 0))
    parts.append(box(0.16, 0.03, 0.3, b, 0))
    for z in (-0.1, 0.1):
        parts.append(lathe([(0.0, 0.0), (0.02, 0.0), (0.02, 0.012), (0.0, 0.012)],
                           b @ at(0, 0.03, z), 0, sides=6))  # fmt: skip
    return parts


# 1070: a cathedral


def _lancet_on(m: np.ndarray, w: float, h: float, slot="window") -> Part:
    """A pointed window or door w wide and h high on a face under m (facing local +z)."""
    return slab(sharp(_lancet(w, h)), 0.008, m, slot)


def _pinnacle(x: float, y: float, z: float, r: float, h: float, slot=0) -> Part:
    """A slender four-sided pinnacle standing at (x, y, z)."""
    return lathe([(0.0, 0.0), (r, 0.0), (r, h * 0.3), (r * 0.9, h * 0.32), (0.0, h)],
                 at(x, y, z) @ rot("y", 45), slot, sides=4)  # fmt: skip


def _prism(w: float, rise: float, length: float, m: np.ndarray, slot=1) -> Part:
    """A pitched roof w wide rising to a ridge ``rise`` above its eaves, ``length`` long along
    local z, its eaves at 0 under m."""
    return slab(sharp([(-w / 2, 0.0), (w / 2, 0.0), (0.0, rise)]), length, m, slot)


def _tower(x: float, z: float, w: float, h: float) -> list[Part]:
    """A tall square west tower at (x, z) w wide and h high: corner buttresses, pairs of tall
    pointed belfry openings, a lancet lower down, a parapet and four corner pinnacles."""
    parts = [box(w, h, w, at(x, 0, z), 0)]
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(box(0.02, h * 0.95, 0.02, at(x + sx * w / 2, 0, z + sz * w / 2), 0))
            parts.append(_pinnacle(x + sx * w / 2, h, z + sz * w / 2, 0.013, 0.09))
    parts.append(box(w + 0.012, 0.014, w + 0.012, at(x, h - 0.014, z), 0))  # the parapet
    face = z + w / 2 + 0.001
    for dx in (-0.024, 0.024):  # the belfry openings
        parts.append(_lancet_on(at(x + dx, h - 0.2, face), 0.03, 0.15, "marking"))
    parts.append(_lancet_on(at(x, h * 0.48, face), 0.04, 0.1))
    for sx in (-1, 1):  # and on its outer side
        parts.append(_lancet_on(at(x + sx * (w / 2 + 0.001), h - 0.2, z) @ rot("y", 90 * sx),
                                0.04, 0.15, "marking"))  # fmt: skip
    return parts


def _rose(m: np.ndarray, r: float) -> list[Part]:
    """A rose window facing local +z under m, centred on its origin: round glass, a moulded
    ring, spokes of tracery radiating from a small hub, a ring of small foils."""
    parts = [cylinder(r, r, 0.006, m @ ALONG_Z, "window")]
    parts.append(hoop(r, 0.008, m @ at(0, 0, 0.006) @ ALONG_Z, 0, 24, 4))
    parts.append(hoop(r * 0.35, 0.004, m @ at(0, 0, 0.006) @ ALONG_Z, 0, 12, 4))
    for k in range(12):
        a = np.radians(30 * k)
        p0 = (r * 0.35 * np.cos(a), r * 0.35 * np.sin(a), 0.007)
        p1 = (r * np.cos(a), r * np.sin(a), 0.007)
        parts.append(rod(p0, p1, 0.004, 0).moved(m))
    parts.append(cylinder(r * 0.1, r * 0.1, 0.012, m @ ALONG_Z, 0))
    return parts


def _cathedral(rng: Rng) -> list[Part]:
    """A Gothic cathedral, its west front to the viewer: a long nave under a steep roof, lower
    aisles under lean-to roofs, flying buttresses arching from pinnacled piers along both
    sides to the clerestory, tall pointed windows; a transept across with a rose in each end,
    a slender spire over the crossing, a rounded apse; the west front between two tall square
    towers with a great rose window over a deep pointed portal and two smaller ones."""
    z0, z1, nave, aisle = -0.36, 0.38, 0.09, 0.175
    H, ha = 0.3, 0.16
    length = z1 - z0
    mid = (z0 + z1) / 2
    parts = [box(2 * nave, H, length, at(0, 0, mid), 0, "body")]
    parts.append(_prism(2 * nave + 0.02, 0.15, length, at(0, H, mid)))  # the nave's roof
    for s in (-1, 1):
        parts.append(box(aisle - nave, ha, length, at(s * (nave + aisle) / 2, 0, mid), 0))
        lean = sharp([(0.0, 0.0), (aisle - nave + 0.01, 0.0), (0.0, 0.05)])
        parts.append(slab(lean, length, at(s * nave, ha, mid) @ scl(s, 1, 1), 1))
    bays = np.linspace(z0 + 0.05, z1 - 0.06, 7)
    for s in (-1, 1):
        for z in bays:
            if abs(z + 0.12) < 0.1:  # the transept stands here
                continue
            face = rot("y", 90 * s)  # the clerestory and aisle windows
            parts.append(_lancet_on(at(s * (nave + 0.001), 0.185, z + 0.05) @ face, 0.04, 0.09))
            parts.append(_lancet_on(at(s * (aisle + 0.001), 0.03, z + 0.05) @ face, 0.04, 0.1))
            px = s * (aisle + 0.025)
            parts.append(box(0.035, 0.2, 0.03, at(px, 0, z), 0))  # a pier
            parts.append(_pinnacle(px, 0.2, z, 0.017, 0.08))
            fly = [(px - s * 0.012, 0.19, z), (s * (aisle - 0.01), 0.235, z),
                   (s * (nave + 0.04), 0.268, z), (s * (nave + 0.004), 0.28, z)]  # fmt: skip
            parts.append(tube(fly, [0.01, 0.009, 0.008, 0.008], None, 0, shape=_SQ))  # the flyer
    tz = -0.12  # the transept and its roof
    parts.append(box(0.6, H, 0.16, at(0, 0, tz), 0))
    parts.append(_prism(0.17, 0.15, 0.62, at(0, H, tz) @ rot("y", 90)))
    for s in (-1, 1):
        parts += _rose(at(s * 0.301, 0.2, tz) @ rot("y", 90 * s), 0.045)
        parts.append(_lancet_on(at(s * 0.301, 0.03, tz) @ rot("y", 90 * s), 0.06, 0.11, "marking"))
    parts.append(box(0.11, 0.1, 0.11, at(0, H + 0.1, tz), 0))  # the crossing spire
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(_pinnacle(sx * 0.055, H + 0.2, tz + sz * 0.055, 0.01, 0.08))
    parts.append(lathe([(0.0, 0.0), (0.05, 0.0), (0.045, 0.03), (0.0, 0.42)],
                       at(0, H + 0.2, tz) @ rot("y", 22.5), 1, sides=8))  # fmt: skip
    apse = crisp([(0.0, 0.0), (nave, 0.0), (nave, H), (0.0, H)])  # the apse, the ambulatory
    parts.append(lathe(apse, at(0, 0, z0), 0, sides=8))
    parts.append(lathe([(0.0, 0.0), (nave + 0.012, 0.0), (0.0, 0.14)], at(0, H, z0), 1, sides=8))
    amb = crisp([(0.0, 0.0), (aisle, 0.0), (aisle, ha), (0.0, ha)])
    parts.append(lathe(amb, at(0, 0, z0 - 0.02), 0, sides=8))
    amb_roof = [(0.0, 0.0), (aisle + 0.01, 0.0), (nave, 0.06), (0.0, 0.07)]
    parts.append(lathe(amb_roof, at(0, ha, z0 - 0.02), 1, sides=8))
    # the west front
    fz, tw, th = z1 + 0.03, 0.13, 0.62 + float(rng.uniform(-0.02, 0.02))
    parts.append(box(0.18, 0.44, 0.06, at(0, 0, fz), 0))
    parts.append(_prism(0.18, 0.09, 0.05, at(0, 0.44, fz)))
    parts.append(_pinnacle(0, 0.52, fz, 0.01, 0.06))
    for s in (-1, 1):
        parts += _tower(s * (0.09 + tw / 2), fz, tw, th)
    face = fz + 0.03
    parts += _rose(at(0, 0.3, face + 0.001), 0.065)
    parts.append(box(0.44, 0.014, 0.015, at(0, 0.41, face + 0.005), 0))  # the galleries
    parts.append(box(0.44, 0.014, 0.015, at(0, 0.2, face + 0.075), 0))
    for k in range(17):  # the gallery of kings
        x = -0.2 + 0.4 * k / 16
        parts.append(_lancet_on(at(x, 0.165, face + 0.069), 0.014, 0.032, "marking"))
    for x, w, h in ((0.0, 0.08, 0.15), (-0.155, 0.06, 0.12), (0.155, 0.06, 0.12)):  # portals
        zf = face if x == 0 else fz + tw / 2
        for k, grow in enumerate((0.04, 0.024, 0.0)):
            slot = "marking" if k == 2 else 0
            parts.append(_lancet_on(at(x, 0, zf + 0.004 + 0.004 * k), w + grow, h + grow * 0.8,
                                    slot))  # fmt: skip
    return parts


# 1071: a porch


def _lattice(x0: float, x1: float, y0: float, y1: float, z: float, step: float) -> list[Part]:
    """A diagonal lattice of thin laths in the plane z between x0..x1 and y0..y1 (the skirting
    under a porch), each lath cut to the rectangle."""
    parts = []
    h = y1 - y0
    for sgn in (1, -1):
        for c in np.arange(x0 - h, x1 + h, step):
            lo, hi = (x0 - c, x1 - c) if sgn > 0 else (c - x1, c - x0)
            t0, t1 = max(0.0, lo), min(h, hi)
            if t1 - t0 > 0.01:
                a = (c + sgn * t0, y0 + t0, z + 0.004 * sgn)
                b = (c + sgn * t1, y0 + t1, z + 0.004 * sgn)
                parts.append(rod(a, b, 0.01, "snow"))
    return parts


def _rocking_chair(m: np.ndarray) -> list[Part]:
    """A wooden rocking chair standing on 0 under m facing local +z: curved rockers, four legs,
    a seat, arms on spindles, a tall back of spindles under a top rail."""
    parts = []
    seat, w, d = 0.2, 0.2, 0.2
    for s in (-1, 1):
        x = s * w / 2
        pts = [(x, 0.05, -0.17), (x, 0.01, -0.06), (x, 0.0, 0.04), (x, 0.02, 0.14)]
        parts.append(tube(pts, 0.009, m, 0))  # a rocker
        for z in (-d / 2 + 0.01, d / 2 - 0.01):
            parts.append(stick((x, 0.01, z), (x, seat, z), 0.008, 0).moved(m))
        parts.append(stick((x, seat + 0.12, -d / 2 + 0.02), (x, seat + 0.12, d / 2), 0.008, 0)
                     .moved(m))  # an arm # fmt: skip
        parts.append(stick((x, seat, d / 2 - 0.01), (x, seat + 0.12, d / 2 - 0.01), 0.006, 0)
                     .moved(m))  # fmt: skip
    parts.append(box(w + 0.02, 0.02, d, m @ at(0, seat, 0), 0))  # the seat
    back = m @ at(0, seat + 0.02, -d / 2) @ rot("x", -12)
    for s in (-1, 1):
        parts.append(box(0.018, 0.3, 0.018, back @ at(s * w / 2, 0, 0), 0))
    parts.append(box(w + 0.03, 0.04, 0.02, back @ at(0, 0.3, 0), 0))  # the top rail
    for i in range(5):
        parts.append(box(0.008, 0.3, 0.008, back @ at(-0.06 + 0.03 * i, 0, 0), 0))
    return parts


def _porch(rng: Rng) -> list[Part]:
    """A house's front porch: a raised wooden deck on lattice skirting with three steps up the
    front; four turned posts on square bases carrying a beam and a shingled roof sloping down
    from the house wall; railings of square balusters between the posts and along the sides,
    open at the steps; behind, the clapboarded house wall with a panelled front door in its
    frame and a shuttered window; a rocking chair by the window."""
    W, zw, zf, deck = 1.0, -0.3, 0.25, 0.24
    parts = [box(W, 0.035, zf - zw, at(0, deck - 0.035, (zf + zw) / 2), 0, "body")]
    parts.append(box(W - 0.02, deck - 0.035, zf - zw - 0.02, at(0, 0, (zf + zw) / 2), "marking"))
    parts += _lattice(-W / 2 + 0.02, -0.19, 0.01, deck - 0.045, zf - 0.005, 0.06)
    parts += _lattice(0.19, W / 2 - 0.02, 0.01, deck - 0.045, zf - 0.005, 0.06)
    for s in (-1, 1):  # the deck's frame boards
        parts.append(box(0.03, deck - 0.035, 0.03, at(s * (W / 2 - 0.015), 0, zf - 0.015), 0))
    parts.append(box(W + 0.01, 0.03, 0.015, at(0, deck - 0.065, zf), 0))
    for i in range(3):  # the three steps
        y, reach = 0.06 * (i + 1), 0.09 * (3 - i)
        parts.append(box(0.36, y, reach, at(0, 0, zf + reach / 2), 0))
        parts.append(box(0.37, 0.012, 0.02, at(0, y - 0.012, zf + reach - 0.005), 0))
    # the house wall, its clapboards, the door and the window
    parts.append(box(W + 0.2, 1.3, 0.06, at(0, 0, zw - 0.03), "plaster"))
    feet = [(0, y, zw + 0.002) for y in np.arange(0.05, 1.29, 0.05)]
    parts.append(blocks(feet, (W + 0.2, 0.004, 0.006), None, "marking"))
    parts.append(box(0.3, 0.52, 0.02, at(0, deck, zw + 0.01), "snow"))  # the door frame
    parts.append(box(0.24, 0.48, 0.02, at(0, deck, zw + 0.02), "card-red"))
    for y in (0.03, 0.27):  # its panels
        for x in (-0.055, 0.055):
            parts.append(box(0.08, 0.18, 0.01, at(x, deck + y, zw + 0.03), "card-red"))
    parts.append(sphere(0.014, at(0.09, deck + 0.24, zw + 0.04), "steel"))
    wm = at(0.3, deck + 0.22, zw + 0.01)
    parts += window(wm, 0.24, 0.3, "snow")
    for s in (-1, 1):  # its shutters
        parts.append(box(0.1, 0.3, 0.015, wm @ at(s * 0.18, 0, 0), 1))
        for k in range(6):
            parts.append(box(0.09, 0.006, 0.01, wm @ at(s * 0.18, 0.03 + 0.045 * k, 0.01), 1))
    # the posts, the beam and the roof
    posts = (-0.47, -0.18, 0.18, 0.47)
    top = 0.95
    for x in posts:
        parts.append(box(0.06, 0.12, 0.06, at(x, deck, zf - 0.04), 0))
        parts.append(_turned(top - deck - 0.2, 0.024, at(x, deck + 0.12, zf - 0.04), 0))
        parts.append(box(0.06, 0.08, 0.06, at(x, top - 0.08, zf - 0.04), 0))
    parts.append(box(W, 0.05, 0.06, at(0, top, zf - 0.04), 0))  # the beam
    slope = np.degrees(np.arctan2(0.14, zf + 0.06 - zw))
    run = float(np.hypot(0.14, zf + 0.08 - zw))
    roof = at(0, top + 0.05, zf + 0.06) @ rot("x", -slope) @ at(0, 0, -run / 2)
    parts.append(box(W + 0.1, 0.025, run, roof, 1))
    parts.append(blocks([(0, 0.025, -run / 2 + 0.04 + 0.07 * k) for k in range(int(run / 0.07))],
                        (W + 0.1, 0.008, 0.012), roof, 1))  # the shingle courses # fmt: skip
    parts.append(box(W + 0.1, 0.05, 0.02, at(0, top + 0.02, zf + 0.07), "snow"))  # the fascia
    # the railings: top and bottom rails with balusters, open at the steps
    rail_y = deck + 0.3
    runs = [
        ((-0.44, zf - 0.04), (-0.21, zf - 0.04)),
        ((0.21, zf - 0.04), (0.44, zf - 0.04)),
        ((-0.47, zf - 0.07), (-0.47, zw + 0.01)),
        ((0.47, zf - 0.07), (0.47, zw + 0.01)),
    ]
    for (ax, az), (bx, bz) in runs:
        length = float(np.hypot(bx - ax, bz - az))
        n = max(2, int(length / 0.045))
        feet = [(ax + (bx - ax) * (i + 0.5) / n, deck + 0.03, az + (bz - az) * (i + 0.5) / n)
                for i in range(n)]  # fmt: skip
        parts.append(blocks(feet, (0.014, rail_y - deck - 0.03, 0.014), None, 0))
        for y, t in ((rail_y, 0.04), (deck + 0.02, 0.025)):
            parts.append(rod((ax, y, az), (bx, y, bz), t, 0))
    # a rocking chair by the window
    parts += _rocking_chair(at(-0.3, deck, -0.1) @ rot("y", 20 + float(rng.uniform(-5, 5))))
    return parts


MORE_APPLIANCES_ZZZG = {
    1064: _heavy_bomber, 1065: _brig, 1066: _fortepiano, 1067: _divan, 1068: _shawl,
    1069: _car_headlight, 1070: _cathedral, 1071: _porch,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
