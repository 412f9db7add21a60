"""More of the device family's appliances, from 1413: the sky and space: a spiral galaxy, a
nebula, a black hole, a solar system, an aurora, a total solar eclipse, a wormhole and a
constellation.

Each stands on y = 0 facing +z (the viewer), or floats above it on nothing, its main stuff in the
first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, Sweep, at, mesh_part, rot, scl
from ._kit import ALONG_Z, annulus, ellipse, hoop, rod, scaled, solid, swept
from ._primitives import cylinder, lathe, slab, sphere, tube
from ._sdf import ellipsoid as blob
from ._shapes import sharp, star

__all__ = ["MORE_APPLIANCES_ZZZZZA"]

Rng = np.random.Generator

_LENS = ellipse(1.0, 1.0, 8)
"""A flat strip's cross-section for ``_strip``: a lens, thin across its normal."""
_OCTA = np.array([[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]], float)
_OCTA_FACES = np.array([[0, 2, 4], [2, 1, 4], [1, 3, 4], [3, 0, 4], [2, 0, 5], [1, 2, 5],
                        [3, 1, 5], [0, 3, 5]])  # fmt: skip


# ---- shared pieces ------------------------------------------------------------------------------


def _specks(points, sizes, slot) -> Part:
    """Many tiny star points as one part: a small octahedron of half-size ``sizes`` at each
    point (eight triangles a star)."""
    p = np.asarray(points, float).reshape(-1, 3)
    s = np.broadcast_to(np.asarray(sizes, float), (len(p),))
    verts = p[:, None, :] + s[:, None, None] * _OCTA[None]
    faces = _OCTA_FACES[None] + 6 * np.arange(len(p))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), faces.reshape(-1, 3), slot)


def _sparkle(m: np.ndarray, r: float, slot="glow", thick: float = 0.008, tag: str = "") -> Part:
    """A four-pointed sparkle of radius r facing +z under m: a thin star with long sharp rays."""
    return slab(star(4, 0.2), thick, m @ scl(r, r, 1.0), slot, tag)


def _strips(strips, thick: float, slot) -> Part:
    """Flat strips in one part, each (points, across, normal, widths): through its 3D points,
    lying in a surface, ``widths`` (per point) wide along ``across`` (per point) and ``thick``
    thick along ``normal``; one sweep through each strip in turn, a pole closing each end."""
    cs, us, vs, rs = [], [], [], []
    for points, across, normal, widths in strips:
        c = np.asarray(points, float)
        a = np.broadcast_to(np.asarray(across, float), c.shape)
        n = np.broadcast_to(np.asarray(normal, float), c.shape)
        w = np.broadcast_to(np.asarray(widths, float), (len(c),))
        u = a / np.linalg.norm(a, axis=-1, keepdims=True) * (w[:, None] / 2)
        v = n / np.linalg.norm(n, axis=-1, keepdims=True) * (thick / 2)
        cs += [c[:1], c, c[-1:]]
        us += [u[:1], u, u[-1:]]
        vs += [v[:1], v, v[-1:]]
        rs += [[0.0], np.ones(len(c)), [0.0]]
    sweep = Sweep(np.concatenate(cs), np.concatenate(us), np.concatenate(vs),
                  np.concatenate(rs), _LENS)  # fmt: skip
    return swept(lambda k: sweep, slot)


def _strip(points, across, normal, widths, thick: float, slot) -> Part:
    """One flat strip (see ``_strips``), pointed at its ends."""
    return _strips([(points, across, normal, widths)], thick, slot)


def _flat_curve(r, a, y: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """Points at radii r and angles a (radians) in the plane y (xz), and the in-plane
    directions square to the curve through them."""
    r, a = np.asarray(r, float), np.asarray(a, float)
    p = np.stack([r * np.cos(a), np.full_like(r, y), r * np.sin(a)], 1)
    t = np.gradient(p, axis=0)
    side = np.stack([-t[:, 2], np.zeros(len(p)), t[:, 0]], 1)
    return p, side


def _placed(m: np.ndarray, p: np.ndarray) -> np.ndarray:
    """Points p (n, 3) placed by m."""
    return np.asarray(p, float) @ m[:3, :3].T + m[:3, 3]


# ---- 1413 spiral galaxy -------------------------------------------------------------------------


def _spiral_galaxy(rng: Rng) -> list[Part]:
    """A spiral galaxy floating in the air, its flat disc tipped toward the viewer: a thin
    faint disc (the second material), two broad raised spiral arms (the first material)
    winding out from a bright glowing bulge at the centre, lumpy with star clouds, fainter
    spurs between them, a dark dust lane along the inside of each arm, many small glowing
    star points strewn along the arms and pink knots of new stars."""
    m = at(0, 0.5, 0) @ rot("x", 32) @ rot("y", float(rng.uniform(0, 360)))
    R = 0.46
    disc = [(0.0, -0.007), (0.15, -0.006), (0.35, -0.004), (R, -0.001), (R, 0.001),
            (0.35, 0.004), (0.15, 0.006), (0.0, 0.007)]  # fmt: skip
    local = [lathe(disc, None, 1, "body")]
    local.append(sphere(1.0, scl(0.09, 0.06, 0.09), "glow"))  # the bulge
    local.append(sphere(1.0, scl(0.15, 0.03, 0.15), 0))  # its halo
    turns, r0 = 4.2, 0.06
    b = np.log(0.48 / r0) / turns
    stars, sizes, knots = [], [], []
    for arm in range(2):
        ph = np.pi * arm
        th = np.linspace(1.2, turns * 0.85, 14)  # a fainter spur between the arms
        r = r0 * np.exp(b * th) * 1.05
        p, side = _flat_curve(r, th + ph + 1.5, 0.006)
        local.append(_strip(p, side, (0, 1, 0), 0.03 + 0.04 * th / turns, 0.016, 0))
        th = np.linspace(0.0, turns, 22)
        s = th / turns
        r = r0 * np.exp(b * th)
        w = (0.04 + 0.12 * s) * np.minimum(1.0, (1.0 - s) * 4 + 0.06)
        p, side = _flat_curve(r, th + ph, 0.006)
        local.append(_strip(p, side, (0, 1, 0), w, 0.034, 0))
        for k in range(3, 19, 2):  # star clouds along the arm
            off = float(rng.uniform(-0.25, 0.3)) * w[k]
            c = p[k] + side[k] / np.linalg.norm(side[k]) * off + (0, 0.01, 0)
            local.append(sphere(1.0, at(*c) @ scl(w[k] * 0.35, 0.012, w[k] * 0.35), 0))
        pd, sd = _flat_curve(r - 0.32 * w, th + ph - 0.05, 0.022)  # the dust lane
        local.append(_strip(pd[2:-2], sd[2:-2], (0, 1, 0), 0.016, 0.008, "marking"))
        k = rng.uniform(0.05, 0.97, 90)
        rr = r0 * np.exp(b * k * turns) + rng.normal(0, 1, 90) * (0.015 + 0.04 * k)
        aa = k * turns + ph + rng.normal(0, 0.05, 90)
        stars += list(np.stack([rr * np.cos(aa), rng.uniform(0.022, 0.03, 90), rr * np.sin(aa)], 1))
        sizes += list(rng.uniform(0.004, 0.01, 90))
        kk = rng.uniform(0.25, 0.9, 6)
        ra = r0 * np.exp(b * kk * turns)
        knots += list(np.stack([ra * np.cos(kk * turns + ph + 0.1), np.full(6, 0.026),
                                ra * np.sin(kk * turns + ph + 0.1)], 1))  # fmt: skip
    local.append(_specks(stars, sizes, "glow"))
    local.append(_specks(knots, 0.012, "eraser"))
    return scaled(local, m)


# ---- 1414 nebula --------------------------------------------------------------------------------


def _puffs(rng: Rng, lobes, n: int, size: float, z: float, depth: float) -> list:
    """Soft billows of gas: n squashed ellipsoids scattered over the lobes (x, y, half width,
    half height), bigger near a lobe's middle, ``depth`` deep behind z, each blending into the
    last."""
    shapes = []
    for k in range(n):
        cx, cy, sx, sy = lobes[k % len(lobes)]
        u = float(rng.uniform(0, 1)) ** 0.6
        a = float(rng.uniform(0, 2 * np.pi))
        c = (cx + sx * u * np.cos(a), cy + sy * u * np.sin(a), z - float(rng.uniform(0, depth)))
        r = size * (1.2 - 0.6 * u) * float(rng.uniform(0.7, 1.2))
        shapes.append(blob(c, (r * 1.3, r, r * 0.8), rot("z", float(rng.uniform(0, 180))),
                           0.03 if shapes else 0.0))  # fmt: skip
    return shapes


def _nebula(rng: Rng) -> list[Part]:
    """A nebula floating in the air, spread wide and flat toward the viewer: a ragged cloud of
    glowing gas billowing in many small soft lumps of the first material, thinning to scraps
    at its edges, with billowing patches of the second breaking through its face; three dusty
    pillars (a dark shade of the first) rising like fingers out of its lower bank; thin wisps
    curling round its edges; and bright star points and four-pointed sparkles ('glow')
    scattered through and round it."""
    lobes = ((-0.2, 0.6, 0.24, 0.15), (0.2, 0.55, 0.22, 0.14), (0.0, 0.72, 0.2, 0.08),
             (0.42, 0.7, 0.08, 0.06), (-0.46, 0.45, 0.07, 0.05),
             (-0.05, 0.4, 0.26, 0.06))  # fmt: skip
    parts = [solid(_puffs(rng, lobes, 46, 0.065, 0.04, 0.2), 0.038, 0, "body")]
    patches = ((0.14, 0.58, 0.2, 0.09), (-0.28, 0.66, 0.14, 0.07), (0.04, 0.76, 0.14, 0.05))
    parts.append(solid(_puffs(rng, patches, 18, 0.055, 0.04, 0.14), 0.03, 1))
    for x, h, lean, r0 in ((-0.2, 0.26, 0.04, 0.04), (-0.08, 0.2, -0.02, 0.032),
                           (0.02, 0.14, 0.03, 0.026)):  # the pillars # fmt: skip
        pts = [(x, 0.36, 0.05), (x + lean * 0.4, 0.36 + h * 0.45, 0.06),
               (x + lean * 0.8, 0.36 + h * 0.85, 0.065), (x + lean, 0.36 + h, 0.065)]  # fmt: skip
        parts.append(tube(pts, [r0, r0 * 0.72, r0 * 0.6, r0 * 0.7], None, 2))
        parts.append(sphere(1.0, at(*pts[-1]) @ scl(r0 * 0.9, r0 * 0.75, r0 * 0.75), 2))
    for k in range(5):  # the wisps curling round its edges
        a0 = 2 * np.pi * (k + 0.2) / 5 + float(rng.uniform(-0.2, 0.2))
        t = np.linspace(0, 1, 10)
        ang = a0 + (0.8 if k % 2 else -0.8) * t
        rad = 0.92 + 0.12 * t
        p = np.stack([0.5 * rad * np.cos(ang), 0.57 + 0.27 * rad * np.sin(ang), np.zeros(10)], 1)
        side = np.stack([np.cos(ang), np.sin(ang), np.zeros(10)], 1)
        w = 0.028 * np.sin(np.pi * (0.05 + 0.9 * t))
        parts.append(_strip(p, side, (0, 0, 1), w, 0.006, 1 - k % 2))
    a = rng.uniform(0, 2 * np.pi, 50)
    u = np.sqrt(rng.uniform(0, 1, 50))
    pts = np.stack([0.6 * u * np.cos(a), 0.58 + 0.34 * u * np.sin(a), rng.uniform(0.0, 0.12, 50)],
                   1)  # fmt: skip
    parts.append(_specks(pts, rng.uniform(0.005, 0.011, 50), "glow"))
    for x, y, r in ((-0.3, 0.72, 0.065), (0.3, 0.44, 0.05), (0.14, 0.86, 0.045),
                    (-0.46, 0.45, 0.04), (0.5, 0.7, 0.035)):  # fmt: skip
        parts.append(_sparkle(at(x, y, 0.12) @ rot("y", 25), r))
    return parts


# ---- 1415 black hole ----------------------------------------------------------------------------


def _black_hole(rng: Rng) -> list[Part]:
    """A black hole floating in the air: a perfectly black sphere ('marking') ringed by a wide
    flat accretion disc of hot gas, white-hot ('glow') at its inner edge, orange ('flame')
    across its middle and the first material at its rim, streaked with swirling spiral arcs;
    and, framing the sphere, the disc's far side bent up over its top and under its bottom: a
    thin glowing halo turned to the viewer."""
    c = (0.0, 0.5, 0.0)
    R = 0.15
    parts = [sphere(R, at(*c), "marking", "body")]
    spin = float(rng.uniform(0, 360))
    d = at(*c) @ rot("y", 37) @ rot("x", -17) @ rot("y", spin)  # nearly edge-on to the viewer
    for r0, r1, h, slot in ((0.19, 0.27, 0.012, "glow"), (0.26, 0.37, 0.01, "flame"),
                            (0.36, 0.55, 0.006, 0)):  # fmt: skip
        parts.append(lathe(annulus(r0, r1, h), d, slot, closed=True))
    for k in range(10):  # the swirls on both faces
        a0 = 2 * np.pi * k / 10 + float(rng.uniform(-0.2, 0.2))
        t = np.linspace(0, 1, 8)
        r = 0.53 - 0.3 * t
        for y in (0.0065, -0.0065):
            p, side = _flat_curve(r, a0 + 1.8 * t, y * (1 + t))
            w = 0.02 * np.sin(np.pi * (0.1 + 0.8 * t))
            slot = ("glow", "flame", 1)[k % 3]
            parts.append(_strip(p, side, (0, 1, 0), w, 0.003, slot).moved(d))
    h = at(*c) @ rot("y", 37) @ rot("x", -27) @ at(0, 0, -0.03)  # the halo, facing the viewer
    a = np.linspace(0, np.pi, 17)
    for sign, wide in ((1, 0.11), (-1, 0.05)):  # over the top, under the bottom
        p = np.stack([np.cos(a), sign * np.sin(a), np.zeros_like(a)], 1)
        r = R * 1.04 + wide / 2 * np.sin(a) ** 0.7
        w = wide * (0.25 + 0.75 * np.sin(a) ** 0.7)
        parts.append(_strip(p * r[:, None], p, (0, 0, 1), w, 0.005, "flame").moved(h))
        parts.append(_strip(p * (R * 1.04), p, (0, 0, 1), 0.012, 0.008, "glow").moved(h))
    return parts


# ---- 1416 solar system --------------------------------------------------------------------------


def _planet(m: np.ndarray, r: float, kind: str) -> list[Part]:
    """One planet of radius r at m: a coloured ball, with bands and a spot (a gas giant), land
    (the earth) or a wide flat ring (the ringed one)."""
    if kind == "jupiter":
        parts = [sphere(r, m, "fruit-orange")]
        for lat in (-35, -12, 14, 38):
            a = np.radians(lat)
            parts.append(hoop(r * np.cos(a) * 1.0, r * 0.08, m @ at(0, r * np.sin(a), 0),
                              "snow" if lat % 2 else "cork", 24, 4))  # fmt: skip
        spot = m @ at(r * 0.5, -r * 0.3, r * 0.78) @ scl(r * 0.28, r * 0.16, r * 0.2)
        parts.append(sphere(1.0, spot, "card-red"))  # the great red spot
        return parts
    if kind == "earth":
        parts = [sphere(r, m, "plume")]
        for a, e in ((30, 20), (150, -10), (260, 30)):
            x, z = np.cos(np.radians(a)), np.sin(np.radians(a))
            ce = np.cos(np.radians(e))
            p = (r * 0.75 * ce * x, r * 0.75 * np.sin(np.radians(e)), r * 0.75 * ce * z)
            parts.append(sphere(r * 0.45, m @ at(*p), "land"))
        return parts
    if kind == "saturn":
        parts = [sphere(r, m @ scl(1.0, 0.92, 1.0), "cloth-yellow")]
        ring = [(r * 1.35, 0.0), (r * 2.3, 0.0), (r * 2.3, r * 0.04), (r * 1.35, r * 0.04)]
        parts.append(lathe(ring, m @ rot("x", 22) @ at(0, -r * 0.02, 0), 1, closed=True))
        return parts
    return [sphere(r, m, kind)]


def _solar_system(rng: Rng) -> list[Part]:
    """A model of the solar system floating flat in the air, tipped a little toward the viewer:
    a glowing sun at the centre and the eight planets of their own sizes and colours, each on
    its own thin circular orbit ring (the first material) round the sun: small grey, yellow,
    blue-and-green and red rocky ones near it, a big banded orange giant with a red spot, a
    yellow one with a wide flat ring (the second material), and a pale one and a blue one far
    out."""
    m = at(0, 0.3, 0) @ rot("x", 22)
    parts = [sphere(0.08, m, "glow", "body")]
    planets = (("stones", 0.125, 0.016), ("plume-tip", 0.165, 0.024), ("earth", 0.21, 0.026),
               ("card-red", 0.25, 0.02), ("jupiter", 0.315, 0.055), ("saturn", 0.39, 0.044),
               ("snow", 0.445, 0.032), ("plume", 0.495, 0.031))  # fmt: skip
    for k, (kind, orbit, r) in enumerate(planets):
        parts.append(hoop(orbit, 0.0025, m, 0, 64, 4))
        a = np.radians(float(rng.uniform(0, 360)) + 137.5 * k)
        p = m @ at(orbit * np.cos(a), 0, orbit * np.sin(a))
        parts += _planet(p, r, kind)
    return parts


# ---- 1417 aurora --------------------------------------------------------------------------------


def _pine(x: float, z: float, h: float, y: float) -> list[Part]:
    """A small dark pine standing at (x, y, z): a short trunk, four stacked cones and a little
    snow on its tip."""
    parts = [cylinder(0.012, 0.01, 0.2 * h, at(x, y, z), "cork")]
    for k in range(4):
        r = (0.24 - 0.045 * k) * h
        yy = y + (0.15 + 0.2 * k) * h
        parts.append(cylinder(r, 0.0, 0.38 * h, at(x, yy, z), "chalkboard"))
    parts.append(cylinder(0.05 * h, 0.0, 0.1 * h, at(x, y + 0.95 * h, z), "snow"))
    return parts


def _curtain(rng: Rng, z0: float, y0: float, width: float, height: float, sway: float,
             n: int = 36) -> list[Part]:  # fmt: skip
    """One curtain of the aurora hanging in the sky: a tall ribbon folding in a wide S along
    its length, made of many thin upright rays side by side, the first material below and
    the second at their tips, touching at their bright glowing lower edge and narrowing apart
    upward so that it frays out toward the top."""
    x = np.linspace(-width / 2, width / 2, n)
    ph = float(rng.uniform(-0.4, 0.4))
    z = z0 + sway * np.sin(2.2 * np.pi * x / width + ph)
    yb = y0 + 0.03 * np.sin(5 * x + ph)
    swell = np.convolve(rng.uniform(-1, 1, n + 4), np.ones(5) / 5, "valid")
    bulge = 1 - 0.55 * (2 * x / width) ** 2
    h = height * bulge * (0.85 + 0.1 * np.sin(17 * x + 3 * ph) + 0.3 * swell)
    dz = np.gradient(z, x)
    along = np.stack([np.ones(n), np.zeros(n), dz], 1)
    normal = np.stack([-dz, np.zeros(n), np.ones(n)], 1)
    w = 0.9 * width / (n - 1) * np.sqrt(1 + dz**2)
    rays: tuple[list, list] = ([], [])
    for i in range(n):
        hi = h[i] * float(rng.uniform(0.9, 1.1))
        for f0, f1, w0, w1, slot in ((0.0, 0.72, 1.0, 0.55, 0), (0.7, 1.0, 0.55, 0.12, 1)):
            pts = [(x[i], yb[i] + hi * f, z[i]) for f in (f0, (f0 + f1) / 2, f1)]
            ws = [w[i] * w0, w[i] * (w0 + w1) / 2, w[i] * w1]
            rays[slot].append((pts, along[i], normal[i], ws))
    parts = [_strips(rays[0], 0.005, 0), _strips(rays[1], 0.005, 1)]
    edge = np.stack([x, yb, z], 1)
    parts.append(tube(edge[::3], 0.006, None, "glow"))
    return parts


def _aurora(rng: Rng) -> list[Part]:
    """The northern lights as a diorama: a small oval of snowy ground ('snow') with a few dark
    pine trees, and above and behind it in the sky two tall curtains of light, each a ribbon
    folding in a wide S made of many upright rays (the first material), hanging from a bright
    glowing lower edge and fraying out upward into tips of the second material."""
    parts = [cylinder(0.48, 0.46, 0.06, scl(1, 1, 0.6), "snow", "body")]
    parts.append(cylinder(0.48, 0.48, 0.03, scl(1, 1, 0.6), "soil"))
    for x, z, s in ((0.1, 0.08, 0.07), (-0.25, -0.05, 0.09), (0.3, -0.1, 0.06)):
        parts.append(sphere(1.0, at(x, 0.06, z) @ scl(s * 2, s * 0.5, s), "snow"))
    for x, z, h in ((-0.34, 0.0, 0.3), (-0.24, 0.1, 0.24), (0.26, 0.04, 0.28),
                    (0.35, 0.12, 0.2), (-0.05, 0.16, 0.16), (0.12, -0.1, 0.22)):  # fmt: skip
        parts += _pine(x, z, h, 0.06)
    parts += _curtain(rng, -0.2, 0.5, 1.0, 0.55, 0.14)
    parts += _curtain(rng, 0.02, 0.4, 0.6, 0.4, -0.08, 22)
    return parts


# ---- 1418 eclipse -------------------------------------------------------------------------------


def _eclipse(rng: Rng) -> list[Part]:
    """A total solar eclipse floating in the air, facing the viewer: a black moon disc
    ('marking') exactly in front of the sun, a thin bright ring of sunlight ('glow') round its
    edge with one brilliant diamond-ring bead and its four-pointed flare, a soft inner corona
    of the second material close round it and long thin streamers of the first material
    fanning out behind, longest to the sides, with a few small red prominences at the rim."""
    c = at(0, 0.5, 0)
    R = 0.16
    parts = [cylinder(R, R, 0.02, c @ ALONG_Z, "marking", "body")]
    parts.append(cylinder(R * 1.035, R * 1.035, 0.01, c @ at(0, 0, -0.012) @ ALONG_Z, "glow"))
    parts.append(hoop(R * 1.02, 0.004, c @ at(0, 0, 0.012) @ ALONG_Z, "glow", 48, 5))
    a = np.linspace(0, 2 * np.pi, 36, endpoint=False)
    rr = R * (1.32 + 0.06 * np.cos(6 * a) + 0.1 * np.cos(a) ** 2)
    inner = [(np.cos(t) * r, np.sin(t) * r) for t, r in zip(a, rr, strict=True)]
    parts.append(slab(inner, 0.008, c @ at(0, 0, -0.022), 1))  # the inner corona
    n = 56
    for k in range(n):  # the streamers, fine and many, longest toward the sides
        ang = 360.0 * k / n + float(rng.uniform(-2, 2))
        lat = abs(np.cos(np.radians(ang)))
        length = 0.05 + 0.26 * lat**3 + float(rng.uniform(0, 0.08))
        w = 0.016 + 0.012 * lat
        bend = float(rng.uniform(-0.5, 0.5)) * w
        blade = sharp([(-w / 2, 0.0), (w / 2, 0.0), (w * 0.2 + bend, length * 0.6),
                       (bend * 2, length), (-w * 0.2 + bend, length * 0.6)])  # fmt: skip
        mm = c @ rot("z", ang - 90) @ at(0, R * 1.1, -0.03 - 0.001 * (k % 3))
        parts.append(slab(blade, 0.004, mm, 0))
    for ang in (-8, 12, 172, 192):  # the long streamers out to the sides
        length = 0.3 + float(rng.uniform(0, 0.06))
        blade = sharp([(-0.05, 0.0), (0.05, 0.0), (0.012, length * 0.6), (0.0, length),
                       (-0.012, length * 0.6)])  # fmt: skip
        parts.append(slab(blade, 0.004, c @ rot("z", ang - 90) @ at(0, R * 1.15, -0.036), 0))
    bead = c @ rot("z", 48) @ at(R * 1.02, 0, 0.016)  # the diamond ring
    parts.append(sphere(0.026, bead, "glow"))
    parts.append(_sparkle(bead @ at(0, 0, 0.008) @ rot("z", -48), 0.15, "glow", 0.004))
    for ang in (150, 205, 290):  # prominences
        mm = c @ rot("z", ang) @ at(R * 1.0, 0, 0.004)
        pts = [(0, -0.018, 0), (0.018, -0.014, 0), (0.026, 0.0, 0), (0.018, 0.014, 0),
               (0, 0.018, 0)]  # fmt: skip
        parts.append(tube(pts, 0.0055, mm, "card-red"))
    return parts


# ---- 1419 wormhole ------------------------------------------------------------------------------


def _wormhole(rng: Rng) -> list[Part]:
    """A wormhole floating in the air, its mouth open to the viewer like a portal: a flaring
    funnel (the first material) narrowing back into a bright glowing point, lined inside with
    concentric glowing rings ('glow', 'flame' and the second material) that crowd together
    toward the throat and spiral streaks of light swirling down into it."""
    c = at(0, 0.5, 0.0) @ rot("y", 15)
    depth, mouth, throat = 0.42, 0.42, 0.03
    t = np.linspace(0, 1, 12)

    def radius(u):
        return throat + (mouth - throat) * u**2.2

    outer = [(radius(u) + 0.012, depth * u) for u in t]
    inner = [(radius(u) - 0.004, depth * u + 0.004) for u in t[::-1]]
    parts = [lathe(outer + inner, c @ at(0, 0, -depth) @ ALONG_Z, 0, "body", closed=True)]
    for k in range(14):
        u = 1 - (k / 14) ** 0.7
        slot = ("glow", "flame", 1)[k % 3]
        zz = -depth + depth * u
        parts.append(hoop(radius(u) - 0.006, 0.004 + 0.004 * u, c @ at(0, 0, zz) @ ALONG_Z, slot,
                          40, 4))  # fmt: skip
    for k in range(6):
        a0 = 2 * np.pi * k / 6 + float(rng.uniform(-0.2, 0.2))
        u = np.linspace(0.95, 0.05, 10)
        a = a0 + 3.0 * (1 - u)
        r = radius(u) - 0.01
        pts = np.stack([r * np.cos(a), r * np.sin(a), -depth + depth * u], 1)
        parts.append(tube(_placed(c, pts), np.linspace(0.007, 0.002, 10), None,
                          "glow" if k % 2 else 1))  # fmt: skip
    parts.append(sphere(0.04, c @ at(0, 0, -depth + 0.03), "glow"))
    parts.append(_sparkle(c @ at(0, 0, -depth + 0.07), 0.14, "glow", 0.004))
    return parts


# ---- 1420 constellation -------------------------------------------------------------------------

_DIPPER = ((11.5, 61.75, 1.8), (11.8, 56.38, 2.3), (4.3, 53.69, 2.4), (1.2, 57.03, 3.3),
           (-4.3, 55.96, 1.8), (-8.6, 54.93, 2.2), (-12.0, 49.31, 1.85))  # fmt: skip
"""The Big Dipper's seven stars as seen in the sky (x in degrees east to the left, declination,
magnitude): Dubhe, Merak, Phecda, Megrez, Alioth, Mizar, Alkaid."""
_DIPPER_LINES = ((0, 1), (1, 2), (2, 3), (3, 0), (3, 4), (4, 5), (5, 6))


def _constellation(rng: Rng) -> list[Part]:
    """The Big Dipper as a constellation floating upright in a flat plane facing the viewer:
    its seven stars as four-pointed sparkles (the first material) of different sizes round
    glowing cores, the brighter the bigger, joined by thin straight lines (the second
    material) into the dipper's square bowl and its bent three-star handle."""
    s = 1.0 / 24.0
    pts = [np.array([x * s, 0.25 + (dec - 49.0) * s, 0.0]) for x, dec, _ in _DIPPER]
    parts = []
    for k, ((_, _, mag), p) in enumerate(zip(_DIPPER, pts, strict=True)):
        r = 0.03 + 0.035 * (3.4 - mag)
        turn = float(rng.uniform(-8, 8))
        parts.append(_sparkle(at(*p) @ rot("z", turn), r, 0, 0.012, "" if k else "body"))
        parts.append(sphere(r * 0.3, at(*p), "glow"))
    for i, j in _DIPPER_LINES:
        a, b = pts[i], pts[j]
        d = (b - a) / np.linalg.norm(b - a)
        parts.append(rod(a + d * 0.05, b - d * 0.05, 0.006, 1))
    return parts


# ---- the table ----------------------------------------------------------------------------------


MORE_APPLIANCES_ZZZZZA = {
    1413: _spiral_galaxy, 1414: _nebula, 1415: _black_hole, 1416: _solar_system, 1417: _aurora,
    1418: _eclipse, 1419: _wormhole, 1420: _constellation,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
