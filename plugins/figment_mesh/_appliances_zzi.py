"""More of the device family's appliances, from 880: a dog sled, an icebreaker ship, a weather
balloon, an ice core drill, a polar research hut, an iceberg, a narwhal, a radio mast.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material; the long
ones (the sled, the ship, the narwhal) lie along x with their fronts to +x, so that the 3/4 view
shows them side on.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, Sweep, align, at, rot, scl, v3
from ._primitives import DIAMOND, box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZI"]

Rng = np.random.Generator

_SQUARE = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])


def _loft(centres, u, v, radii, shape: np.ndarray, slot, tag: str = "") -> Part:
    """A sweep of one outline through rings at centres, spanned per ring by the axes u and v
    (their lengths stretch the outline), scaled by radii (0: a pole that closes the end)."""
    sweep = Sweep(np.asarray(centres, float), np.asarray(u, float), np.asarray(v, float),
                  np.asarray(radii, float), np.asarray(shape, float))  # fmt: skip
    return Part(lambda k: sweep, np.eye(4), slot, tag)


def _pieces(items, shape: np.ndarray, slot, tag: str = "") -> Part:
    """Many small separate prisms of one outline as one part: each item (a, b, u, v) runs
    from a to b, its outline spanned by the axes u and v (u x v along b - a)."""
    c, uu, vv = [], [], []
    for a, b, u, v in items:
        c += [a, a, b, b]
        uu += [u] * 4
        vv += [v] * 4
    return _loft(c, uu, vv, [0.0, 1.0, 1.0, 0.0] * len(items), shape, slot, tag)


def _rod_piece(a, b, r: float) -> tuple:
    """A rod of square section r from a to b, as an item for ``_pieces``."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    t = (b_ - a_) / np.linalg.norm(b_ - a_)
    u = np.cross(t, [0.0, 1.0, 0.0] if abs(t[1]) < 0.9 else [1.0, 0.0, 0.0])
    u /= np.linalg.norm(u)
    return a_, b_, u * r, np.cross(t, u) * r


def _rods(ends, r: float, slot=0, tag: str = "") -> Part:
    """Thin straight rods of square section between pairs of points, 16 triangles each, as one
    part (bracing, wires)."""
    return _pieces([_rod_piece(a, b, r) for a, b in ends], _SQUARE, slot, tag)


def _rod(a, b, r: float, slot=0, tag: str = "") -> Part:
    """A thin straight rod of square section from a to b (a brace, a wire)."""
    return _rods([(a, b)], r, slot, tag)


def _panes(items, slot="window", depth: float = 0.006) -> Part:
    """Flat panels (m, w, h), each w x h centred at m facing its +z, as one part (rows of
    windows)."""
    out = []
    for m, w, h in items:
        a, b = m @ [0.0, 0.0, -depth / 2, 1.0], m @ [0.0, 0.0, depth / 2, 1.0]
        out.append((a[:3], b[:3], m[:3, 0] * w / 2, m[:3, 1] * h / 2))
    return _pieces(out, _SQUARE, slot)


def _pane(m: np.ndarray, w: float, h: float, slot="window", depth: float = 0.006) -> Part:
    """A flat w x h panel centred at m, facing m's +z (a window, a sign, a door)."""
    return _panes([(m, w, h)], slot, depth)


def _blob(r: float, rng: Rng, n: int = 7) -> list[tuple[float, float]]:
    """An irregular convex-ish polygon of about radius r (an ice floe, a spot)."""
    a = (np.arange(n) + rng.uniform(-0.3, 0.3, n)) * (2 * np.pi / n)
    rr = r * rng.uniform(0.75, 1.1, n)
    return [(float(x), float(y)) for x, y in zip(rr * np.cos(a), rr * np.sin(a), strict=True)]


# ---- 880 dog sled ----------------------------------------------------------------------------


def _dog_sled(rng: Rng) -> list[Part]:
    """A musher's dog sled, its front to +x: two long narrow runners curling up at the front
    into a curved brush bow, a slatted bed on stanchions carrying a zipped canvas sled bag, high
    side rails running back to a tall upright U-shaped handlebar, rubber foot pads on the runner
    tails where the musher stands, a claw brake between them, and a towline running forward
    from the front to a padded harness lying on the snow."""
    hw = 0.12  # half the width between the runners
    runner = np.array([[1.0, 0.45], [-1.0, 0.45], [-1.0, -0.45], [1.0, -0.45]])
    parts = []
    for s in (-1, 1):
        z = s * hw
        pts = [(-0.52, 0.017, z), (0.0, 0.017, z), (0.3, 0.019, z), (0.42, 0.045, z),
               (0.48, 0.1, z), (0.48, 0.17, z), (0.44, 0.2, z)]  # fmt: skip
        parts.append(tube(pts, 0.016, None, 0, "body" if s < 0 else "", shape=runner))
        parts.append(box(0.15, 0.008, 0.045, at(-0.44, 0.022, z), "marking"))  # the foot pad
        for x in (-0.3, -0.08, 0.14, 0.33):  # the stanchions up to the bed and on to the rail
            parts.append(stick((x, 0.02, z), (x, 0.145, z), 0.009, 0))
            parts.append(stick((x, 0.145, z), (x - 0.01, 0.27 - 0.05 * (x > 0.2), z * 1.05),
                               0.006, 0))  # fmt: skip
        rail = [(-0.39, 0.3, z * 1.05), (-0.1, 0.27, z * 1.05), (0.2, 0.26, z * 1.05),
                (0.4, 0.22, z), (0.46, 0.18, z)]  # fmt: skip
        parts.append(tube(rail, 0.009, None, 0))  # the side rail
    for x in (-0.3, -0.08, 0.14, 0.33):  # the cross pieces under the bed
        parts.append(stick((x, 0.14, -hw), (x, 0.14, hw), 0.008, 0))
    for k in range(5):  # the slatted bed
        z = -0.1 + 0.05 * k
        parts.append(box(0.7, 0.008, 0.032, at(0.02, 0.15, z), 0))
    bow = [(0.44, 0.2, -hw), (0.52, 0.12, -0.09), (0.56, 0.09, 0.0), (0.52, 0.12, 0.09),
           (0.44, 0.2, hw)]  # fmt: skip
    parts.append(tube(bow, 0.01, None, 0))  # the brush bow
    # the U-bar handlebar, raked back, with its foam grip
    bar = [(-0.3, 0.15, -hw), (-0.38, 0.38, -hw), (-0.41, 0.47, -0.08), (-0.415, 0.48, 0.0),
           (-0.41, 0.47, 0.08), (-0.38, 0.38, hw), (-0.3, 0.15, hw)]  # fmt: skip
    parts.append(tube(bar, 0.011, None, 0))
    parts.append(tube([(-0.41, 0.475, -0.07), (-0.415, 0.482, 0.0), (-0.41, 0.475, 0.07)], 0.017,
                      None, "marking"))  # fmt: skip
    for s in (-1, 1):  # the handlebar's struts down to the runner tails
        parts.append(stick((-0.36, 0.33, s * hw), (-0.48, 0.02, s * hw), 0.007, 0))
    # the sled bag: a soft zipped canvas box on the bed
    a = np.linspace(0, 2 * np.pi, 20, endpoint=False)
    soft = np.stack([np.sign(np.cos(a)) * np.abs(np.cos(a)) ** 0.4,
                     np.sign(np.sin(a)) * np.abs(np.sin(a)) ** 0.4 * 0.75], 1)  # fmt: skip
    parts.append(tube([(-0.3, 0.235, 0), (0.0, 0.24, 0), (0.34, 0.23, 0)], [0.1, 0.115, 0.105],
                      None, 1, shape=soft[:, ::-1]))  # fmt: skip
    parts.append(tube([(-0.29, 0.326, 0), (0.0, 0.333, 0), (0.33, 0.318, 0)], 0.005, None,
                      "marking"))  # the zip # fmt: skip
    for x in (-0.15, 0.17):  # straps over the bag
        parts.append(tube([(x, 0.15, -0.118), (x, 0.32, -0.09), (x, 0.335, 0.0), (x, 0.32, 0.09),
                           (x, 0.15, 0.118)], 0.006, None, "cloth-dark"))  # fmt: skip
    # the claw brake: a hinged board between the runners, two steel claws under it
    parts.append(stick((-0.3, 0.045, -hw), (-0.3, 0.045, hw), 0.007, "steel"))  # its hinge
    parts.append(box(0.14, 0.01, 0.09, at(-0.3, 0.045, 0) @ rot("z", 14) @ at(-0.07, 0, 0),
                     "steel"))  # fmt: skip
    for z in (-0.03, 0.03):
        parts.append(cylinder(0.008, 0.0, 0.045, at(-0.33, 0.05, z) @ align((-0.4, -1.0, 0.0)),
                              "steel"))  # fmt: skip
    # the bridle and the towline forward, to an X-back harness lying flat on the snow
    for s in (-1, 1):
        parts.append(tube([(0.33, 0.03, s * hw), (0.5, 0.05, s * 0.04), (0.6, 0.045, 0.0)],
                          0.005, None, "plume"))  # fmt: skip
    sway = float(rng.uniform(-0.03, 0.03))
    line = [(0.6, 0.045, 0.0), (0.68, 0.012, 0.04), (0.75, 0.008, 0.1 + sway),
            (0.8, 0.008, 0.17 + sway)]  # fmt: skip
    parts.append(tube(line, 0.006, None, "plume"))
    hm = at(0.8, 0.008, 0.17 + sway) @ rot("y", -48)
    flat = np.array([(1.0, 0.3), (-1.0, 0.3), (-1.0, -0.3), (1.0, -0.3)])
    parts.append(torus(0.014, 0.005, hm, "card-red"))  # the tail loop
    for s in (-1, 1):  # the webbing, crossing over the back
        x_back = [(0.0, 0.0, 0.0), (0.07, 0.0, s * 0.045), (0.14, 0.0, 0.0),
                  (0.21, 0.0, -s * 0.05), (0.27, 0.0, -s * 0.035)]  # fmt: skip
        parts.append(tube(x_back, 0.012, hm, "card-red", shape=flat))
        parts.append(tube([(0.1, 0.0, s * 0.04), (0.18, 0.0, s * 0.055), (0.26, 0.0, s * 0.04)],
                          0.012, hm, "card-red", shape=flat))  # fmt: skip
    parts.append(torus(0.035, 0.01, hm @ at(0.3, 0.003, 0.0) @ scl(1.0, 0.7, 1.0), "cloth-dark"))
    return parts


# ---- 881 icebreaker --------------------------------------------------------------------------


_FLARE = 0.86
"""The half beam at the waterline, as a share of the half beam at the deck."""


def _outlines() -> tuple[np.ndarray, np.ndarray]:
    """A ship's section in [-1, 1], in two: the rounded bottom up to the waterline and the
    flared topsides from there up to the flat deck."""
    c = _FLARE
    low = [(0.0, -1.0), (0.55, -1.0), (0.76, -0.86), (0.84, -0.5), (c, 1.0)]
    top = [(0.0, -1.0), (c, -1.0), (1.0, 1.0)]
    return tuple(np.array([*h, (0.0, 1.0), *[(-x, y) for x, y in reversed(h[1:])]])
                 for h in (low, top))  # fmt: skip


def _ship_lines(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The icebreaker's half beam at the deck, keel height and deck height along its length
    (x from -0.5 at the stern to 0.52 at the stem): a long parallel body, a raised forecastle,
    a rounded spoon bow raked far forward."""
    f = np.clip((x - 0.04) / 0.48, 0.0, 1.0)
    half = 0.1 * np.sqrt(np.clip(1 - f**2.2, 0.0, 1.0)) + 0.004
    half = half - 0.015 * np.clip((-0.42 - x) / 0.08, 0.0, 1.0) ** 2
    keel = 0.165 * np.clip((x - 0.14) / 0.38, 0.0, 1.0) ** 1.3
    deck = 0.13 + 0.035 * np.clip((x - 0.17) / 0.05, 0.0, 1.0) + 0.02 * f**2
    return half, keel, deck


def _hull(x: np.ndarray, lo, hi, outline, slot, tag: str = "") -> Part:
    """The hull between heights lo and hi (arrays along x) in this section outline."""
    half, _, _ = _ship_lines(x)
    n = len(x)
    centres = np.zeros((n + 2, 3))
    centres[1:-1, 0] = x
    centres[1:-1, 1] = (lo + hi) / 2
    centres[0], centres[-1] = centres[1], centres[-2]
    u = np.zeros((n + 2, 3))
    u[1:-1, 2] = half
    u[0], u[-1] = u[1], u[-2]
    v = np.zeros((n + 2, 3))
    v[1:-1, 1] = np.maximum((hi - lo) / 2, 1e-4)
    v[0], v[-1] = v[1], v[-2]
    radii = np.ones(n + 2)
    radii[0] = radii[-1] = 0.0
    return _loft(centres, u, v, radii, outline, slot, tag)


def _floes(rng: Rng, half_of) -> Part:
    """Broken ice floes packed round the bow and along the sides, some tipped up by the stem,
    a channel left astern."""
    shape = np.array(_blob(1.0, rng, 6))
    items = []
    for gx in np.arange(0.0, 0.92, 0.1):
        for gz in np.arange(-0.35, 0.36, 0.1):
            x = gx + float(rng.uniform(-0.02, 0.02))
            z = gz + float(rng.uniform(-0.02, 0.02)) + 0.05 * (gx * 7 % 1)
            edge = float(half_of(np.array([min(x, 0.53)]))[0]) + 0.035
            if (x < 0.57 and abs(z) < edge) or x * 0.7 + abs(z) > 0.85:
                continue
            r = float(rng.uniform(0.04, 0.055))
            tip = 25.0 * np.exp(-(((x - 0.55) ** 2 + z**2) / 0.012)) * np.sign(z + 1e-3)
            m = at(x, 1.35 * r * np.sin(np.radians(abs(tip))), z) @ rot("x", tip)
            m = m @ rot("y", float(rng.uniform(0, 180)))
            a, b = m @ [0.0, 0.0, 0.0, 1.0], m @ [0.0, 0.018, 0.0, 1.0]
            sx, sz = r * float(rng.uniform(0.8, 1.2)), r * float(rng.uniform(0.8, 1.2))
            items.append((a[:3], b[:3], m[:3, 0] * sx, -m[:3, 2] * sz))
    return _pieces(items, shape, "snow")


def _icebreaker(rng: Rng) -> list[Part]:
    """A polar icebreaker ship in broken ice: a long red hull with a broad black band at its
    waterline and a heavily raked, rounded spoon bow under a raised forecastle, a tall white
    superstructure aft of midships with rows of windows, a wide bridge with a band of windows
    and bridge wings, a funnel, a radar mast, a foremast and a crane on the foredeck, a
    helicopter deck over the stern marked with its H, and broken floes of ice packed round the
    bow and along the sides."""
    low, top = _outlines()
    x = np.concatenate([np.linspace(-0.5, 0.1, 7), np.linspace(0.13, 0.52, 16)])
    _, keel, deck = _ship_lines(x)
    wl = 0.05
    lo = np.maximum(keel, wl)
    parts = [_hull(x, lo, deck, top, 0, "body")]
    xb = x[keel < wl - 0.003]
    _, kb, _ = _ship_lines(xb)
    parts.append(_hull(xb, kb, np.full_like(xb, wl), low, "marking"))  # the waterline band
    parts.append(box(0.5, 0.004, 0.19, at(-0.08, 0.13, 0), "stones"))  # the main deck
    # the superstructure: stacked white decks, each a little shorter, with rows of windows
    tiers = [(-0.34, 0.02, 0.19, 0.13), (-0.31, 0.01, 0.18, 0.18), (-0.27, 0.0, 0.16, 0.23)]
    windows = []
    for x0, x1, w, y in tiers:
        parts.append(box(x1 - x0, 0.05, w, at((x0 + x1) / 2, y, 0), "snow"))
        n = int((x1 - x0) / 0.028)
        for k in range(n):
            wx = x0 + 0.02 + k * (x1 - x0 - 0.03) / max(n - 1, 1)
            for s in (-1, 1):
                windows.append((at(wx, y + 0.03, s * w / 2) @ rot("y", 90 - 90 * s), 0.014, 0.014))
        for k in range(5):  # windows on the front face
            windows.append((at(x1, y + 0.03, (k - 2) * w / 6) @ rot("y", 90), 0.016, 0.014))
    # the bridge: a wider deck with wings and a band of windows round its front
    parts.append(box(0.14, 0.055, 0.24, at(-0.08, 0.28, 0), "snow"))
    parts.append(box(0.15, 0.008, 0.25, at(-0.08, 0.335, 0), "snow"))
    windows.append((at(-0.01, 0.312, 0) @ rot("y", 90), 0.22, 0.026))
    for s in (-1, 1):
        windows.append((at(-0.06, 0.312, s * 0.12) @ rot("y", 90 - 90 * s), 0.08, 0.026))
    parts.append(_panes(windows))
    # the radar mast on the bridge roof, its scanners and lights
    parts.append(cylinder(0.009, 0.006, 0.14, at(-0.1, 0.34, 0), "snow"))
    parts.append(box(0.012, 0.008, 0.09, at(-0.1, 0.43, 0), "snow"))  # the yard
    parts.append(box(0.01, 0.006, 0.08, at(-0.085, 0.4, 0) @ rot("y", 40), "marking"))
    parts.append(box(0.01, 0.006, 0.07, at(-0.1, 0.468, 0) @ rot("y", -20), "marking"))
    parts.append(sphere(0.006, at(-0.1, 0.482, 0), "glow"))
    # the funnel behind the bridge, red with a black top
    fun = at(-0.21, 0.28, 0) @ scl(1.3, 1.0, 1.0)
    parts.append(cylinder(0.036, 0.034, 0.1, fun, 0))
    parts.append(cylinder(0.0345, 0.034, 0.024, fun @ at(0, 0.09, 0), "marking"))
    # the helicopter deck over the stern, dark with a yellow circle and a white H
    hd = at(-0.42, 0.175, 0)
    parts.append(box(0.17, 0.008, 0.2, hd, "cloth-dark"))
    for dx in (-0.06, 0.06):
        for dz in (-0.08, 0.08):
            parts.append(stick((-0.42 + dx, 0.13, dz), (-0.42 + dx, 0.177, dz), 0.005, "snow"))
    parts.append(torus(0.055, 0.004, hd @ at(0, 0.009, 0), "cloth-yellow"))
    for dz in (-0.018, 0.018):
        parts.append(box(0.05, 0.003, 0.008, hd @ at(0, 0.008, dz), "snow"))
    parts.append(box(0.008, 0.003, 0.036, hd @ at(0, 0.008, 0), "snow"))
    # the foremast and a crane on the forecastle, hatches on the main deck
    parts.append(cylinder(0.007, 0.005, 0.16, at(0.32, 0.17, 0), "snow"))
    parts.append(box(0.008, 0.006, 0.06, at(0.32, 0.29, 0), "snow"))
    parts.append(sphere(0.006, at(0.32, 0.332, 0), "glow"))
    parts.append(cylinder(0.015, 0.015, 0.05, at(0.23, 0.16, 0.05), "cloth-yellow"))
    parts.append(stick((0.23, 0.2, 0.05), (0.11, 0.27, 0.02), 0.006, "cloth-yellow"))
    parts.append(stick((0.11, 0.27, 0.02), (0.11, 0.16, 0.02), 0.0015, "marking"))
    for hx in (0.07, 0.15):
        parts.append(box(0.06, 0.014, 0.09, at(hx, 0.13, -0.02), 1))
    parts.append(_floes(rng, lambda xx: _ship_lines(xx)[0]))
    return parts


# ---- 882 weather balloon ---------------------------------------------------------------------


def _weather_balloon(rng: Rng) -> list[Part]:
    """A weather balloon in flight: a big pale latex balloon, a bulbous teardrop narrowing to a
    tied neck at the bottom, a long thin line hanging down to a small orange parachute and on
    to a small white radiosonde box with a sensor arm, its antenna wire dangling below."""
    prof = [(0.0, 0.6), (0.014, 0.605), (0.02, 0.62), (0.05, 0.65), (0.11, 0.7), (0.165, 0.78),
            (0.185, 0.86), (0.175, 0.93), (0.135, 0.985), (0.07, 1.012), (0.0, 1.02)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body")]
    parts.append(cylinder(0.012, 0.014, 0.03, at(0, 0.575, 0), 0))  # the neck
    parts.append(cylinder(0.016, 0.016, 0.008, at(0, 0.58, 0), "marking"))  # its tie
    dx = float(rng.uniform(-0.02, 0.02))
    parts.append(tube([(0, 0.575, 0), (dx * 0.5, 0.5, 0), (dx, 0.445, 0)], 0.0022, None,
                      "marking", shape=DIAMOND))  # fmt: skip
    # the parachute: a small orange canopy, its shroud lines gathered below
    top = (dx, 0.445, 0.0)
    canopy = [(0.0, 0.0), (0.03, -0.006), (0.052, -0.02), (0.062, -0.036), (0.058, -0.04),
              (0.045, -0.03), (0.0, -0.018)]  # fmt: skip
    parts.append(lathe(canopy, at(*top), "fruit-orange"))
    parts.append(torus(0.06, 0.003, at(dx, 0.406, 0), "snow"))
    knot = (dx * 0.8, 0.33, 0.0)
    rims = [(dx + 0.058 * np.cos(a), 0.406, 0.058 * np.sin(a)) for a in np.arange(6) * np.pi / 3]
    parts.append(_rods([(rim, knot) for rim in rims], 0.0012, "marking"))
    bx = dx * 0.3
    parts.append(tube([knot, (bx * 1.5, 0.24, 0), (bx, 0.15, 0)], 0.002, None, "marking",
                      shape=DIAMOND))  # fmt: skip
    # the radiosonde: a small white foam box with a label, a sensor arm and the antenna wire
    parts.append(box(0.06, 0.075, 0.05, at(bx, 0.075, 0), 1))
    parts.append(_pane(at(bx, 0.11, 0.026), 0.044, 0.02, "card-red", 0.003))
    parts.append(_pane(at(bx, 0.09, 0.026), 0.03, 0.006, "marking", 0.003))
    parts.append(_pane(at(bx + 0.031, 0.11, 0.0) @ rot("y", 90), 0.03, 0.012, "card-red", 0.003))
    parts.append(_rod((bx + 0.02, 0.15, 0.0), (bx + 0.05, 0.19, 0.0), 0.0025, "snow"))
    parts.append(cylinder(0.004, 0.004, 0.02, at(bx + 0.05, 0.19, 0), "steel"))
    parts.append(tube([(bx - 0.015, 0.075, 0.01), (bx - 0.018, 0.04, 0.012), (bx - 0.014, 0.0,
                       0.01)], 0.0018, None, "steel", shape=DIAMOND))  # fmt: skip
    return parts


# ---- 883 ice core drill ----------------------------------------------------------------------


def _ice_core_drill(rng: Rng) -> list[Part]:
    """A polar ice core drilling rig on the ice: a tall steel tripod derrick braced half way up,
    a pulley wheel at its head, a winch with a drum of cable at its foot, the cable running up
    over the pulley and down to a long cylindrical drill (a yellow motor section, anti-torque
    springs, a steel core barrel wound with an auger flight) hanging into a hole in the snow,
    and two clear ice cores lying in a tray beside it."""
    top = np.array([0.0, 1.0, 0.0])
    feet = [np.array([0.34 * np.sin(a), 0.03, 0.34 * np.cos(a)])
            for a in np.radians([0.0, 120.0, 240.0]) + np.radians(97)]  # fmt: skip
    parts = [_rods([(f, top) for f in feet], 0.016, 0, "body")]
    for f in feet:
        parts.append(box(0.06, 0.012, 0.06, at(f[0], 0.03, f[2]), 0))  # the foot plates
    braces = []
    for t in (0.33, 0.6):  # the bracing between the legs
        ring = [f + (top - f) * t for f in feet]
        braces += [(ring[i], ring[(i + 1) % 3]) for i in range(3)]
    parts.append(_rods(braces, 0.008, 0))
    parts.append(box(0.08, 0.03, 0.08, at(0, 0.985, 0), 0))  # the head
    sheave = at(0.0, 0.96, 0.0) @ rot("x", 90)
    parts.append(torus(0.05, 0.009, sheave, "steel"))
    parts.append(cylinder(0.05, 0.05, 0.012, sheave @ at(0, -0.006, 0), 0))
    parts.append(cylinder(0.012, 0.012, 0.05, sheave @ at(0, -0.025, 0), "marking"))
    # the snow and the hole
    parts.append(cylinder(0.55, 0.55, 0.03, None, "snow"))
    parts.append(cylinder(0.06, 0.06, 0.004, at(0, 0.03, 0), "marking"))
    parts.append(torus(0.065, 0.01, at(0, 0.035, 0), 0))  # the casing's collar
    # the drill hanging into the hole: cable head, motor, anti-torque springs, barrel, cutter
    d = 0.034
    parts.append(cylinder(d * 0.5, d, 0.04, at(0, 0.8, 0), "steel"))
    parts.append(cylinder(d, d, 0.14, at(0, 0.66, 0), "cloth-yellow"))
    for a in range(3):
        m = rot("y", a * 120)
        parts.append(tube([(d, 0.6, 0), (d + 0.02, 0.63, 0), (d, 0.66, 0)], 0.004, m, "steel"))
    parts.append(cylinder(d, d, 0.06, at(0, 0.6, 0), "marking"))
    parts.append(cylinder(d, d, 0.6, at(0, 0.0, 0), "steel"))  # the core barrel
    coil = [(d * 1.05 * np.cos(t), 0.06 + 0.012 * t, d * 1.05 * np.sin(t))
            for t in np.linspace(0, 12 * np.pi, 49)]  # fmt: skip
    parts.append(tube(coil, 0.0035, None, "steel", shape=DIAMOND))  # the auger flight
    parts.append(stick((0.0, 0.84, 0.0), (0.0, 0.91, 0.0), 0.004, 1))
    # the winch at the foot: a frame, a drum of cable, a motor
    wm = at(0.34, 0.03, 0.16)
    parts.append(box(0.16, 0.02, 0.14, wm, 0))
    for s in (-1, 1):
        parts.append(box(0.02, 0.12, 0.14, wm @ at(s * 0.07, 0.02, 0), 0))
    drum = wm @ at(0, 0.1, 0) @ rot("z", 90) @ at(0, -0.06, 0)
    parts.append(cylinder(0.045, 0.045, 0.12, drum, 1))
    for yy in (0.0, 0.114):
        parts.append(cylinder(0.06, 0.06, 0.006, drum @ at(0, yy, 0), "steel"))
    parts.append(box(0.08, 0.08, 0.08, wm @ at(0, 0.02, -0.1), "cloth-yellow"))
    wl = np.array([0.34, 0.175, 0.16])
    parts.append(_rod(wl, (0.05, 0.96, 0.0), 0.003, 1))  # up to the pulley
    parts.append(_rod((-0.05, 0.96, 0.0), (-0.05, 0.94, 0.0), 0.003, 1))
    parts.append(tube([(-0.05, 0.95, 0), (-0.03, 0.9, 0), (0.0, 0.86, 0), (0.0, 0.84, 0)], 0.003,
                      None, 1))  # fmt: skip
    # the core tray with two clear cores
    tm = at(-0.36, 0.03, 0.1) @ rot("y", 75)
    parts.append(box(0.44, 0.02, 0.12, tm, "pencil-wood"))
    for s in (-1, 1):
        parts.append(box(0.44, 0.05, 0.012, tm @ at(0, 0.0, s * 0.055), "pencil-wood"))
    for z, (x0, ln) in zip((-0.025, 0.025), ((-0.2, 0.24), (-0.18, 0.3)), strict=True):
        core = tm @ at(x0, 0.047, z) @ rot("z", -90)
        parts.append(cylinder(0.024, 0.024, ln, core, "frost"))
        if ln > 0.25:
            parts.append(cylinder(0.0242, 0.0242, 0.003, core @ at(0, 0.11, 0), "snow"))
    return parts


# ---- 884 research hut ------------------------------------------------------------------------


def _research_hut(rng: Rng) -> list[Part]:
    """A polar research hut: a small orange prefab box of panels on short stilts over the
    snow, a rounded roof, small square framed windows, a door with a railed flight of steps, a
    radio antenna and a weather mast with a cup anemometer and a vane on the roof, snow drifted
    up against one end."""
    w, d, h, y0 = 0.8, 0.5, 0.3, 0.15
    parts = [box(w, h, d, at(0, y0, 0), 0, "body")]
    parts.append(box(1.35, 0.03, 0.95, at(0.075, 0.0, 0.08), "snow"))
    for sx in (-1, 0, 1):  # the stilts and the floor beams
        for sz in (-1, 1):
            px, pz = sx * (w / 2 - 0.05), sz * (d / 2 - 0.05)
            parts.append(box(0.03, y0 - 0.03, 0.03, at(px, 0.03, pz), 1))
            parts.append(box(0.07, 0.01, 0.07, at(px, 0.03, pz), 1))
    for sz in (-1, 1):
        parts.append(box(w, 0.03, 0.04, at(0, y0 - 0.03, sz * (d / 2 - 0.05)), 1))
    for k in range(1, 6):  # the panel joints
        x = -w / 2 + k * w / 6
        for s in (-1, 1):
            parts.append(box(0.01, h, 0.006, at(x, y0, s * d / 2), 1))
    for k in range(1, 4):
        z = -d / 2 + k * d / 4
        parts.append(box(0.006, h, 0.01, at(w / 2, y0, z), 1))
    # the rounded roof: a shallow vault with eaves
    a = np.linspace(0, np.pi, 11)
    arch = np.array([*[(np.cos(t), 0.6 * np.sin(t)) for t in a], (-1.0, -0.12),
                     (1.0, -0.12)])  # fmt: skip
    xs = np.array([-w / 2 - 0.04, -w / 2 - 0.04, w / 2 + 0.04, w / 2 + 0.04])
    n = len(xs)
    c = np.stack([xs, np.full(n, y0 + h + 0.012), np.zeros(n)], 1)
    parts.append(_loft(c, np.tile([0.0, 0.0, d / 2 + 0.04], (n, 1)),
                       np.tile([0.0, 0.2, 0.0], (n, 1)), [0, 1, 1, 0], arch, 0))  # fmt: skip
    # windows: small squares with white frames on the front and the right end
    front = [(-0.26, 0.3), (-0.04, 0.3)]
    for x, y in front:
        parts.append(_pane(at(x, y0 + y - 0.12, d / 2 + 0.002), 0.12, 0.12, "snow", 0.01))
        parts.append(_pane(at(x, y0 + y - 0.12, d / 2 + 0.006), 0.09, 0.09, "window", 0.01))
    for z in (-0.1, 0.1):
        m = at(w / 2 + 0.002, y0 + 0.19, z) @ rot("y", 90)
        parts.append(_pane(m, 0.11, 0.11, "snow", 0.01))
        parts.append(_pane(m @ at(0, 0, 0.004), 0.08, 0.08, "window", 0.01))
    # the door and its steps with a handrail
    dx = 0.24
    parts.append(_pane(at(dx, y0 + 0.12, d / 2 + 0.004), 0.15, 0.25, "snow", 0.012))
    parts.append(_pane(at(dx, y0 + 0.12, d / 2 + 0.008), 0.12, 0.22, 1, 0.012))
    parts.append(_pane(at(dx, y0 + 0.17, d / 2 + 0.012), 0.05, 0.05, "window", 0.008))
    parts.append(box(0.02, 0.012, 0.012, at(dx - 0.04, y0 + 0.1, d / 2 + 0.014), "steel"))
    parts.append(box(0.2, 0.015, 0.1, at(dx, y0 - 0.015, d / 2 + 0.05), 1))  # the landing
    for k in range(3):
        parts.append(box(0.18, 0.012, 0.06, at(dx, y0 - 0.05 - 0.035 * k, d / 2 + 0.12 + 0.06 * k),
                         1))  # fmt: skip
    for s in (-1, 1):
        xr = dx + s * 0.095
        parts.append(stick((xr, 0.03, d / 2 + 0.27), (xr, y0, d / 2 + 0.09), 0.006, 1))
        parts.append(stick((xr, y0 + 0.13, d / 2 + 0.08), (xr, 0.17, d / 2 + 0.27), 0.006, 1))
        parts.append(stick((xr, 0.17, d / 2 + 0.27), (xr, 0.03, d / 2 + 0.27), 0.006, 1))
        parts.append(stick((xr, y0, d / 2 + 0.09), (xr, y0 + 0.13, d / 2 + 0.08), 0.006, 1))
    # the weather mast with its cup anemometer and vane, the radio antenna
    top = y0 + h + 0.12
    mx, mz = -0.22, -0.08
    parts.append(stick((mx, top - 0.02, mz), (mx, top + 0.3, mz), 0.008, "steel"))
    hub = np.array([mx, top + 0.3, mz])
    parts.append(cylinder(0.012, 0.012, 0.02, at(*hub), "steel"))
    spin = float(rng.uniform(0, 120))
    for k in range(3):
        a = np.radians(spin + 120 * k)
        tip = hub + v3(0.07 * np.cos(a), 0.015, 0.07 * np.sin(a))
        parts.append(stick(tuple(hub + v3(0, 0.015, 0)), tuple(tip), 0.003, "steel"))
        cup = at(*tip) @ rot("y", -np.degrees(a)) @ rot("x", 90)
        parts.append(lathe([(0.0, -0.012), (0.016, -0.006), (0.02, 0.008), (0.0, 0.006)], cup,
                           "snow"))  # fmt: skip
    vane = hub + v3(0, -0.06, 0)
    parts.append(stick(tuple(vane - v3(0.06, 0, 0)), tuple(vane + v3(0.06, 0, 0)), 0.003, "steel"))
    parts.append(_pane(at(*(vane - v3(0.07, 0, 0))), 0.04, 0.03, "snow", 0.004))
    parts.append(sphere(0.008, at(*(vane + v3(0.06, 0, 0))), "steel"))
    ax = 0.25
    parts.append(stick((ax, top - 0.04, -0.1), (ax, top + 0.42, -0.1), 0.006, "steel"))
    for k in range(4):  # a small beam antenna at its top
        y = top + 0.28 + 0.035 * k
        ln = 0.16 - 0.025 * k
        parts.append(stick((ax, y, -0.1 - ln / 2), (ax, y, -0.1 + ln / 2), 0.003, "steel"))
    for s in (-1, 1):  # its guy wires
        parts.append(_rod((ax, top + 0.25, -0.1), (ax + s * 0.17, y0 + h + 0.07, -0.1), 0.0012,
                          "marking"))  # fmt: skip
    parts.append(box(0.1, 0.05, 0.08, at(-0.02, y0 + h + 0.1, -0.1), 1))  # a vent housing
    # snow drifted up against the right end, and a layer of it on the roof
    xo = np.linspace(0.0, 0.34, 8)
    prof = [(-0.02, 0.0), *[(float(x), float(0.24 * (1 - x / 0.34) ** 1.6)) for x in xo[::-1]],
            (-0.02, 0.24)][::-1]  # fmt: skip
    zs = np.array([-0.34, -0.34, -0.22, 0.0, 0.22, 0.36, 0.36])
    rr = np.array([0.0, 0.5, 0.85, 1.0, 0.9, 0.55, 0.0])
    cen = np.stack([np.full(7, w / 2), np.full(7, 0.03), zs], 1)
    parts.append(_loft(cen, np.tile([1.0, 0.0, 0.0], (7, 1)), np.tile([0.0, 1.0, 0.0], (7, 1)), rr,
                       prof, "snow"))  # fmt: skip
    t = np.linspace(0.22 * np.pi, 0.78 * np.pi, 9)
    cap = np.array([*[(np.cos(a) * 1.03, 0.6 * np.sin(a) * 1.03 + 0.012) for a in t],
                    *[(np.cos(a) * 0.99, 0.6 * np.sin(a) * 0.99) for a in t[::-1]]])  # fmt: skip
    cap -= cap.mean(0)
    xs = np.array([-0.3, -0.3, 0.0, 0.28, 0.28])
    cen = np.stack([xs, np.full(5, y0 + h + 0.012 + 0.2 * 0.6 * 0.93), np.zeros(5)], 1)
    parts.append(_loft(cen, np.tile([0.0, 0.0, d / 2 + 0.04], (5, 1)),
                       np.tile([0.0, 0.2, 0.0], (5, 1)), [0, 1, 1.05, 1, 0], cap,
                       "snow"))  # fmt: skip
    return parts


# ---- 885 iceberg ----------------------------------------------------------------------------


def _iceberg(rng: Rng) -> list[Part]:
    """An iceberg afloat in a round patch of dark sea: a big jagged mass of white and pale blue
    ice rising in sharp peaks and sheer faceted cliffs from the water, its much wider
    underwater part showing pale and ghostly through the water below the surface."""
    sea = 0.2
    parts = [slab(sharp([(-0.34, 0.0), (-0.36, 0.14), (-0.3, 0.22), (-0.22, 0.2), (-0.14, 0.36),
                         (-0.05, 0.58), (0.02, 0.5), (0.08, 0.54), (0.16, 0.34), (0.24, 0.3),
                         (0.33, 0.16), (0.36, 0.0)]), 0.34,
                  at(0, sea, 0) @ rot("y", 8), 0, "body")]  # fmt: skip
    peaks = [
        ([(-0.3, 0.0), (-0.28, 0.2), (-0.18, 0.3), (-0.1, 0.46), (0.0, 0.44), (0.07, 0.3),
          (0.2, 0.24), (0.28, 0.0)], 0.4, -55.0, 0),
        ([(-0.24, 0.0), (-0.22, 0.3), (-0.12, 0.4), (-0.02, 0.7), (0.06, 0.62), (0.14, 0.4),
          (0.22, 0.16), (0.24, 0.0)], 0.16, 62.0, "snow"),
        ([(-0.26, 0.0), (-0.2, 0.12), (-0.1, 0.18), (0.0, 0.3), (0.12, 0.2), (0.26, 0.0)], 0.5,
         100.0, "frost"),
    ]  # fmt: skip
    for k, (outline, depth, yaw, slot) in enumerate(peaks):
        off = (0.04 * k - 0.04, 0.0, 0.03 * (k - 1))
        parts.append(slab(sharp(outline), depth, at(off[0], sea, off[2]) @ rot("y", yaw), slot))
    # the water and the ghostly underwater part
    parts.append(lathe([(0.0, 0.008), (0.36, 0.008), (0.45, 0.06), (0.46, 0.13), (0.36, sea - 0.02),
                        (0.0, sea - 0.02)], rot("y", 13), "clear_ice", sides=9))  # fmt: skip
    parts.append(cylinder(0.72, 0.72, sea + 0.005, None, 1))
    for _ in range(6):  # small bits of brash ice floating round it
        a = float(rng.uniform(0, 2 * np.pi))
        r = float(rng.uniform(0.45, 0.65))
        parts.append(slab(sharp(_blob(0.035, rng, 5)), 0.02,
                          at(r * np.cos(a), sea, r * np.sin(a)) @ rot("x", 90),
                          "snow"))  # fmt: skip
    return parts


# ---- 886 narwhal ----------------------------------------------------------------------------


def _narwhal(rng: Rng) -> list[Part]:
    """A narwhal swimming: a plump torpedo-shaped mottled grey whale with a small rounded
    head, no dorsal fin but a low ridge along its back, two small flippers, a wide horizontal
    fluked tail, and a very long straight ivory tusk, spiral-twisted, sticking straight forward
    from its upper lip."""
    xs = np.array([-0.4, -0.33, -0.22, -0.08, 0.06, 0.16, 0.22, 0.26])
    ys = np.array([0.15, 0.138, 0.128, 0.124, 0.124, 0.126, 0.128, 0.128])
    rs = np.array([0.018, 0.038, 0.085, 0.116, 0.12, 0.106, 0.08, 0.04])
    body = scl(1.0, 1.0, 0.9)
    parts = [tube(np.stack([xs, ys, np.zeros(8)], 1), rs, body, 0, "body")]
    parts.append(sphere(1.0, at(0.235, 0.128, 0) @ scl(0.07, 0.07, 0.064), 0))  # the melon
    # the flukes: a wide crescent, flat, at the tail
    fl = [(0.0, 0.0), (-0.04, 0.05), (-0.09, 0.12), (-0.12, 0.15), (-0.13, 0.12), (-0.12, 0.05),
          (-0.1, 0.0), (-0.12, -0.05), (-0.13, -0.12), (-0.12, -0.15), (-0.09, -0.12),
          (-0.04, -0.05)]  # fmt: skip
    parts.append(slab(fl, 0.014, at(-0.38, 0.155, 0) @ rot("z", 8) @ rot("x", 90), 0))
    # the flippers, low on the chest
    for s in (-1, 1):
        fm = at(0.13, 0.06, s * 0.09) @ rot("y", s * 30) @ rot("x", s * 30) @ rot("x", 90)
        parts.append(slab([(0.02, 0.0), (0.0, 0.02), (-0.06, 0.016), (-0.085, 0.0),
                           (-0.06, -0.016), (0.0, -0.02)], 0.01, fm, 0))  # fmt: skip
        parts.append(sphere(0.007, at(0.225, 0.135, s * 0.062), "marking"))  # the eyes
    # the low ridge along its back where a dorsal fin would be
    parts.append(tube([(-0.24, 0.2, 0), (-0.13, 0.232, 0), (-0.02, 0.243, 0)],
                      [0.004, 0.01, 0.003], None, 0))  # fmt: skip
    # mottling: dark flecks over the back and sides, thinning toward the belly
    spots = []
    for _ in range(40):
        x = float(rng.uniform(-0.3, 0.2))
        phi = float(rng.uniform(-1.0, 1.0)) * 1.6 * float(rng.uniform(0.4, 1.0))
        r = float(np.interp(x, xs, rs))
        y = float(np.interp(x, xs, ys))
        nrm = np.array([0.0, np.cos(phi), 0.9 * np.sin(phi)])
        p = np.array([x, y, 0.0]) + r * np.array([0.0, np.cos(phi), 0.9 * np.sin(phi)])
        sz = float(rng.uniform(0.007, 0.017))
        m = at(*p) @ align(nrm) @ rot("y", float(rng.uniform(0, 180)))
        a, b = m @ [0.0, -0.002, 0.0, 1.0], m @ [0.0, 0.002, 0.0, 1.0]
        spots.append((a[:3], b[:3], m[:3, 0] * sz * 1.3, -m[:3, 2] * sz))
    parts.append(_pieces(spots, np.array(_blob(1.0, rng, 8)), "marking"))
    # the tusk: a long straight twisted spiral from the left of the upper lip
    n = 24
    t = np.linspace(0, 1, n)
    L = 0.46
    c = np.stack([0.27 + L * t, 0.112 - 0.004 * t, np.full(n, -0.022)], 1)
    ang = 7 * 2 * np.pi * t
    u = np.stack([np.zeros(n), np.cos(ang), np.sin(ang)], 1)
    v = np.stack([np.zeros(n), -np.sin(ang), np.cos(ang)], 1)
    r = 0.014 * (1 - t) + 0.0025 * t
    r[-1] = 0.0
    k = np.arange(10)
    lobes = 1 - 0.22 * (k % 2)
    shape = np.stack([lobes * np.cos(k * np.pi / 5), lobes * np.sin(k * np.pi / 5)], 1)
    parts.append(_loft(np.concatenate([c[:1], c]), np.concatenate([u[:1], u]),
                       np.concatenate([v[:1], v]), np.concatenate([[0.0], r]), shape,
                       1))  # fmt: skip
    return [p.moved(at(0, -0.01, 0)) for p in parts]


# ---- 887 radio mast -------------------------------------------------------------------------


def _radio_mast(rng: Rng) -> list[Part]:
    """A guyed radio transmission mast: a tall narrow triangular steel lattice painted in red
    and white bands, cross-braced in zigzags on every face, guy wires from three heights down
    to anchor blocks on the ground, microwave dishes and panel antennas near the top, a whip
    antenna on top, red aircraft warning lights, a small equipment hut with its cable bridge at
    the foot, all on a concrete pad."""
    H, R = 1.0, 0.035
    ang = np.radians([90.0, 210.0, 330.0])
    legs = [np.array([R * np.cos(a), 0.0, R * np.sin(a)]) for a in ang]
    bands = 7
    legs_of: dict = {0: [], 1: []}
    braces_of: dict = {0: [], 1: []}
    for b in range(bands):  # red and white bands, red at the ends
        y0, y1 = 0.03 + b * (H - 0.03) / bands, 0.03 + (b + 1) * (H - 0.03) / bands
        legs_of[b % 2] += [(p + v3(0, y0, 0), p + v3(0, y1, 0)) for p in legs]
        for j in range(3):  # zigzag bracing and struts on each face
            ya = y0 + j * (y1 - y0) / 3
            yb = ya + (y1 - y0) / 3
            for i in range(3):
                p, q = legs[i], legs[(i + 1) % 3]
                braces_of[b % 2] += [(p + v3(0, ya, 0), q + v3(0, yb, 0)),
                                     (p + v3(0, ya, 0), q + v3(0, ya, 0))]  # fmt: skip
    parts = [_rods(legs_of[1], 0.005, 0, "body"), _rods(legs_of[0], 0.005, "card-red")]
    parts.append(_rods(braces_of[1], 0.0025, 0))
    parts.append(_rods(braces_of[0], 0.0025, "card-red"))
    parts.append(box(0.14, 0.03, 0.14, None, "stones"))  # the footing
    # guy wires from three heights to three anchors
    guys = []
    for a in np.radians([90.0, 210.0, 330.0]) + np.radians(20):
        anchor = np.array([0.48 * np.cos(a), 0.03, 0.48 * np.sin(a)])
        parts.append(box(0.05, 0.03, 0.05, at(anchor[0], 0.0, anchor[2]) @ rot("y", 30), "stones"))
        guys += [(anchor, v3(R * np.cos(a), y, R * np.sin(a))) for y in (0.35, 0.65, 0.92)]
    parts.append(_rods(guys, 0.002, "plaster"))
    # the antennas: dishes, panels and a whip
    for a, y in ((35.0, 0.8), (160.0, 0.74), (280.0, 0.84)):
        m = at(0, y, 0) @ rot("y", a) @ at(0.07, 0, 0) @ rot("z", -90)
        parts.append(lathe([(0.0, 0.0), (0.03, 0.004), (0.05, 0.02), (0.05, 0.03), (0.0, 0.03)],
                           m, "snow"))  # fmt: skip
        parts.append(_rod((0, y, 0), tuple((m @ [0, 0.0, 0, 1])[:3]), 0.004, "steel"))
    for k in range(3):
        a = np.radians(30 + 120 * k)
        p = (0.05 * np.cos(a), 0.93, 0.05 * np.sin(a))
        parts.append(box(0.028, 0.09, 0.012, at(*p) @ rot("y", -np.degrees(a) + 90), "snow"))
    parts.append(cylinder(0.006, 0.003, 0.2, at(0, H, 0), "steel"))
    for y in (H + 0.2, 0.66, 0.33):  # the aircraft warning lights
        for p in legs if y < H else [np.zeros(3)]:
            parts.append(sphere(0.009, at(p[0] * 1.3, y + 0.005, p[2] * 1.3), "rainbow-red"))
    # the equipment hut and its cable bridge
    hm = at(0.2, 0.0, 0.14) @ rot("y", -20)
    parts.append(box(0.16, 0.11, 0.12, hm, "plaster"))
    parts.append(box(0.18, 0.012, 0.14, hm @ at(0, 0.11, 0), 1))
    parts.append(_pane(hm @ at(0.03, 0.05, 0.061), 0.04, 0.08, 1, 0.004))
    parts.append(box(0.02, 0.012, 0.03, hm @ at(-0.09, 0.09, 0) @ rot("y", 20), "steel"))
    parts.append(_rod((0.11, 0.1, 0.15), (0.02, 0.1, 0.03), 0.006, "steel"))
    return parts


MORE_APPLIANCES_ZZI = {
    880: _dog_sled, 881: _icebreaker, 882: _weather_balloon, 883: _ice_core_drill,
    884: _research_hut, 885: _iceberg, 886: _narwhal, 887: _radio_mast,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
