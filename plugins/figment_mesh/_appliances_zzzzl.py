"""More of the device family's appliances, from 1297: a French horn, a fedora, a kitchen apron,
a nun in her habit, a fur muff, a sacred lotus, a potted moth orchid and a peony bush.

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
    bead,
    ccw,
    cloth_sheet,
    ellipse,
    flat_solid,
    grid_mesh,
    lobed,
    rect,
    rod,
    scaled,
    skin_strip,
    studs,
    superellipse,
    unit,
)
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZZZZL"]

Rng = np.random.Generator


def _placed(p: np.ndarray, m: np.ndarray) -> np.ndarray:
    """Points (..., 3) placed by ``m``."""
    return p @ m[:3, :3].T + m[:3, 3]


def _spiral(c, r0: float, r1: float, a0: float, a1: float, n: int) -> np.ndarray:
    """n points on a spiral in the xy plane round (x, y) c from a0 to a1 degrees, its radius
    running from r0 to r1."""
    t = np.linspace(0.0, 1.0, n)
    a = np.radians(a0 + (a1 - a0) * t)
    r = r0 + (r1 - r0) * t
    return np.stack([c[0] + r * np.cos(a), c[1] + r * np.sin(a), np.zeros(n)], 1)


def _sheets(grids: np.ndarray, thick: float, slot, tag: str = "") -> Part:
    """Many thin sheets (petals) in one part: grids (count, rows, cols, 3), each ``thick``
    thick, its two faces joined round the edges into a closed skin (``cloth_sheet`` for many
    at once)."""
    du = np.gradient(grids, axis=1)
    dv = np.gradient(grids, axis=2)
    n = np.cross(du, dv)
    n *= (thick / 2) / np.maximum(np.linalg.norm(n, axis=-1, keepdims=True), 1e-12)
    ring = np.concatenate([grids + n, (grids - n)[:, :, ::-1]], axis=2)
    count, r, c, _ = ring.shape
    _, faces = grid_mesh(ring[0])
    verts = np.concatenate([ring.reshape(count, r * c, 3), ring[:, :1].mean(2),
                            ring[:, -1:].mean(2)], axis=1)  # fmt: skip
    offsets = (np.arange(count) * (r * c + 2))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), (faces[None] + offsets).reshape(-1, 3), slot, tag)


# ---- 1297 French horn -------------------------------------------------------------------------


def _rotary_valve(x: float, y: float, lever: float) -> list[Part]:
    """A rotary valve at (x, y) across the horn's coil: a drum along z with capped ends, its
    slide looping up behind, and a flat lever running out to a round finger paddle."""
    parts = [cylinder(0.022, 0.022, 0.06, at(x, y, -0.03) @ ALONG_Z, 0)]
    for z in (-0.036, 0.03):
        parts.append(cylinder(0.025, 0.025, 0.006, at(x, y, z) @ ALONG_Z, 1))
    slide = [(x - 0.013, y + 0.015, -0.012), (x - 0.013, y + 0.075, -0.014),
             (x, y + 0.09, -0.015), (x + 0.013, y + 0.075, -0.014),
             (x + 0.013, y + 0.015, -0.012)]  # fmt: skip
    parts.append(tube(slide, 0.0065, None, 0))
    tip = (x - 0.1, y + lever, 0.05)
    parts.append(stick((x, y, 0.036), (x - 0.02, y + 0.01, 0.045), 0.004, 1))
    parts.append(
        tube([(x - 0.02, y + 0.01, 0.045), tip], 0.0045, None, 1, shape=ellipse(1.6, 0.6, 6))
    )
    parts.append(cylinder(0.011, 0.011, 0.004, at(*tip) @ ALONG_Z, 1))
    return parts


def _french_horn(rng: Rng) -> list[Part]:
    """A French horn standing on its coil: a round loop of brass tubing wound in a bundle of
    several turns, the last turn widening into a very wide flaring bell that opens out to the
    right, three rotary valves with their slides and flat finger levers across the middle of
    the loop, and a thin leadpipe running out to the left to a silver mouthpiece."""
    R, tr = 0.16, 0.0105
    cx, cy = -0.14, R + 0.1
    parts = []
    for k, (dr, dz) in enumerate(((-0.011, -0.011), (0.011, -0.011), (-0.011, 0.011),
                                  (0.011, 0.011))):  # fmt: skip
        m = at(cx, cy, dz) @ rot("x", 90)
        parts.append(torus(R + dr, tr, m, 0, "body" if k == 0 else ""))
    arc = _spiral((cx, cy), R + 0.03, R + 0.052, 90, 290, 14)
    parts.append(tube(arc, np.linspace(0.011, 0.024, 14), None, 0))
    d = unit((-np.sin(np.radians(290)), np.cos(np.radians(290)), 0.0))
    bell = [(0.0, 0.0), (0.024, 0.001), (0.03, 0.08), (0.04, 0.15), (0.06, 0.2), (0.09, 0.24),
            (0.13, 0.27), (0.165, 0.285), (0.17, 0.292), (0.16, 0.292), (0.12, 0.275),
            (0.07, 0.24), (0.03, 0.19), (0.0, 0.17)]  # fmt: skip
    parts.append(lathe(bell, at(*arc[-1]) @ align(d), 0))
    parts.append(torus(0.167, 0.005, at(*(arc[-1] + d * 0.29)) @ align(d), 0))  # the rim's wire
    lean = float(rng.uniform(-0.01, 0.01))
    valves = [(cx + 0.0 + 0.045 * k, cy + 0.045 - 0.03 * k) for k in range(3)]
    for k, (x, y) in enumerate(valves):
        parts += _rotary_valve(x, y, 0.05 - 0.012 * k + lean)
    parts.append(stick((valves[0][0], valves[0][1], 0.0), (valves[2][0], valves[2][1], 0.0),
                       0.008, 0))  # fmt: skip
    a = np.radians(-25)
    parts.append(tube([(valves[2][0], valves[2][1], 0.0), (cx + 0.11, cy - 0.04, 0.0),
                       (cx + (R - 0.01) * np.cos(a), cy + (R - 0.01) * np.sin(a), 0.0)],
                      0.009, None, 0))  # fmt: skip
    mouth = np.array([cx - R - 0.13, cy + 0.04, 0.035])
    lead = [mouth, (cx - R - 0.03, cy + 0.02, 0.04), (cx - 0.09, cy - 0.03, 0.04),
            (cx - 0.035, cy + 0.02, 0.03), (valves[0][0], valves[0][1], 0.0)]  # fmt: skip
    parts.append(tube(lead, [0.006, 0.007, 0.008, 0.009, 0.009], None, 0))
    piece = [(0.0, 0.0), (0.0065, 0.0), (0.007, 0.035), (0.011, 0.058), (0.016, 0.068),
             (0.018, 0.074), (0.013, 0.075), (0.0, 0.066)]  # fmt: skip
    parts.append(lathe(piece, at(*mouth) @ align((-1.0, 0.25, 0.0)), 1))
    return parts


# ---- 1298 fedora ------------------------------------------------------------------------------


def _bump(a: np.ndarray, a0: float, width: float) -> np.ndarray:
    """A soft bump round the angle a0 (radians), ``width`` wide, on angles a."""
    d = (a - a0 + np.pi) % (2 * np.pi) - np.pi
    return np.exp(-((d / width) ** 2))


def _fedora_crown(n: int) -> np.ndarray:
    """The fedora's crown as rows of loops (rows, n, 3) up from its foot to the middle of its
    top: an oval wall leaning in a little, narrower at the front, two pinches on the front's
    shoulders, and a top dented by a long crease from front to back."""
    a = np.arange(n) * (2 * np.pi / n)
    rx, rz, hs, h1, crease = 0.092, 0.108, 0.088, 0.12, 0.042
    front = np.maximum(0.0, np.sin(a))
    pinch = _bump(a, np.radians(90 - 42), 0.38) + _bump(a, np.radians(90 + 42), 0.38)
    rows = []

    def dent(x):
        return crease * np.exp(-((x / 0.032) ** 2))

    for t in np.linspace(0.0, 1.0, 7):
        x = rx * np.cos(a) * (1 - 0.07 * t) * (1 - 0.2 * front * t**1.5)
        z = rz * np.sin(a) * (1 - 0.06 * t)
        inward = 1 - 0.42 * pinch * t**1.6
        x, z = x * inward, z * (1 - 0.1 * pinch * t**1.6)
        rows.append(np.stack([x, hs * t - dent(x) * t**3, z], 1))
    wx, wz = rows[-1][:, 0], rows[-1][:, 2]
    for s in (0.93, 0.82, 0.68, 0.52, 0.36, 0.2, 0.07, 0.0):
        x, z = wx * s, wz * s
        y = hs + (h1 - hs) * (1 - s**6) - dent(x) - 0.048 * pinch * s * (1 - s)
        rows.append(np.stack([x, y, z], 1))
    return np.array(rows)


def _fedora_brim(n: int) -> np.ndarray:
    """The fedora's brim as a grid (angle, out, 3): flat round the sides, snapped down at the
    front and turned up at the back."""
    a = np.linspace(0.0, 2 * np.pi, n + 1)
    f = np.linspace(0.0, 1.0, 6)
    rx, rz = 0.089, 0.105
    bw = 0.058 + 0.01 * np.abs(np.sin(a))
    front = np.maximum(0.0, np.sin(a)) ** 2
    back = np.maximum(0.0, -np.sin(a)) ** 2
    side = np.cos(a) ** 2
    d = bw[:, None] * f[None, :]
    x = (rx + d) * np.cos(a)[:, None]
    z = (rz + d) * np.sin(a)[:, None]
    lift = (-0.03 * front + 0.034 * back + 0.014 * side)[:, None] * f[None, :] ** 2
    return np.stack([x, lift + 0.003, z], -1)


def _fedora(rng: Rng) -> list[Part]:
    """A felt fedora: an oval crown with a long crease down its top from front to back and two
    pinches at the front (the dented teardrop crown), a ribbon band round its foot with a small
    flat bow on the left side, and a medium brim snapped down at the front and turned up at
    the back."""
    n = 36
    crown = _fedora_crown(n) + v3(0, 0.004, 0)
    ribs = crown[:, np.r_[0:n, 0]].transpose(1, 0, 2)  # foot to top, round the crown
    parts = [cloth_sheet(ribs, 0.004, 0, "body")]
    parts.append(cloth_sheet(_fedora_brim(n), 0.006, 0))
    a = np.arange(n + 3) * (2 * np.pi / n)
    loop = np.stack([0.0955 * np.cos(a), np.full(n + 3, 0.02), 0.1115 * np.sin(a)], 1)
    parts.append(tube(loop, 1.0, None, 1, shape=rect(0.005, 0.03)))
    side = np.radians(-18 + float(rng.uniform(-5, 5)))  # the bow, on the wearer's left
    p = np.array([0.0985 * np.cos(side), 0.021, 0.1145 * np.sin(side)])
    out = unit((np.cos(side) / 0.0955, 0.0, np.sin(side) / 0.1115))
    along = np.cross(out, (0.0, 1.0, 0.0))
    frame = np.eye(4)
    frame[:3, 0], frame[:3, 1], frame[:3, 2], frame[:3, 3] = along, (0, 1, 0), out, p
    parts.append(sphere(1.0, frame @ scl(0.007, 0.014, 0.006), 1))
    for s in (-1, 1):
        parts.append(sphere(1.0, frame @ at(s * 0.016, 0.002, 0.0) @ scl(0.016, 0.011, 0.004), 1))
        tail = [(s * 0.004, -0.004, 0.002), (s * 0.01, -0.016, 0.004), (s * 0.013, -0.026, 0.004)]
        parts.append(
            tube(_placed(np.array(tail), frame), 0.004, None, 1, shape=ellipse(1.8, 0.5, 6))
        )
    drop = 0.03
    return scaled(parts, scl(2.7) @ at(0, drop, 0))


# ---- 1299 apron -------------------------------------------------------------------------------


def _apron_half_width(y: np.ndarray) -> np.ndarray:
    """Half the apron's width at heights y: the skirt flaring a little to its hem, the armholes'
    curves in from the waist to the bib, the bib."""
    skirt = 0.28 + 0.03 * np.clip((0.74 - y) / 0.54, 0.0, 1.0)
    q = np.clip((0.88 - y) / 0.14, 0.0, 1.0)
    arm = 0.28 - 0.145 * np.sqrt(1.0 - q**2)
    bib = 0.135 - 0.01 * np.clip((y - 0.88) / 0.12, 0.0, 1.0)
    return np.where(y < 0.74, skirt, np.where(y < 0.88, arm, bib))


def _apron_z(x: np.ndarray, y: np.ndarray, phase: float) -> np.ndarray:
    """How far the hanging apron stands off the wall at (x, y): soft folds deepening toward the
    hem."""
    amp = 0.004 + 0.022 * np.clip((0.76 - y) / 0.56, 0.0, 1.0) ** 1.2
    return -0.022 + amp * (0.5 + 0.5 * np.cos(3.2 * np.pi * x / 0.3 + phase))


def _apron_patch(x0: float, x1: float, y0: float, y1: float, lift: float, phase: float,
                 nx: int = 12, across: bool = False) -> np.ndarray:  # fmt: skip
    """A grid (rows, cols, 3) lying on the apron from x0 to x1 and y0 to y1, ``lift`` in front
    of it; ``across``: x0 and x1 are fractions of its half width there (a stripe edge to
    edge)."""
    ys = np.linspace(y0, y1, 3)
    u = np.linspace(x0, x1, nx)
    rows = []
    for y in ys:
        x = u * _apron_half_width(np.array(y)) if across else u
        rows.append(np.stack([x, np.full(nx, y), _apron_z(x, np.full(nx, y), phase) + lift], 1))
    return np.array(rows)


def _apron(rng: Rng) -> list[Part]:
    """A kitchen apron hanging by its neck strap on a wall hook: a bib panel, armhole curves out
    to the wider skirt falling in soft folds, a patch pocket across the front, two stripes
    across the skirt near the hem and one across the bib, long waist ties hanging down the
    sides; a wooden peg rail on a wall of planks behind."""
    phase = float(rng.uniform(0, 2 * np.pi))
    ys = np.concatenate([np.linspace(0.2, 0.74, 14), np.linspace(0.75, 0.88, 8),
                         np.linspace(0.9, 1.0, 4)])  # fmt: skip
    u = np.linspace(-1.0, 1.0, 16)
    x = u[None, :] * _apron_half_width(ys)[:, None]
    y = np.broadcast_to(ys[:, None], x.shape)
    grid = np.stack([x, y, _apron_z(x, y, phase)], -1)
    parts = [cloth_sheet(grid, 0.008, 0, "body")]
    for y0, y1 in ((0.27, 0.305), (0.325, 0.34), (0.95, 0.97)):  # the stripes
        parts.append(cloth_sheet(_apron_patch(-1.0, 1.0, y0, y1, 0.005, phase, 16, True), 0.004, 1))
    pocket = _apron_patch(-0.19, 0.19, 0.38, 0.56, 0.008, phase)
    parts.append(cloth_sheet(pocket, 0.006, 0))
    parts.append(cloth_sheet(_apron_patch(-0.19, 0.19, 0.53, 0.56, 0.013, phase), 0.004, 1))
    for x in (-0.19, 0.19):  # its piped sides
        parts.append(cloth_sheet(_apron_patch(x - 0.008, x + 0.008, 0.38, 0.54, 0.012, phase, 3),
                                 0.004, 1))  # fmt: skip
    parts.append(cloth_sheet(_apron_patch(-0.19, 0.19, 0.375, 0.39, 0.012, phase), 0.004, 1))
    mid = _apron_z(np.array(0.0), np.array(0.46), phase) + 0.014
    parts.append(rod((0.0, 0.39, float(mid)), (0.0, 0.53, float(mid)), 0.004, 1))  # its seam
    strap = catmull_rom([(-0.125, 0.99, -0.02), (-0.1, 1.07, -0.018), (-0.04, 1.16, -0.008),
                         (0.0, 1.185, 0.006), (0.04, 1.16, -0.008), (0.1, 1.07, -0.018),
                         (0.125, 0.99, -0.02)], 30)  # fmt: skip
    parts.append(skin_strip(strap, np.tile((0.0, 0.0, 1.0), (30, 1)), 0.028, 0.006, 0))
    for s in (-1, 1):  # the waist ties
        sway = float(rng.uniform(-0.02, 0.02))
        tie = catmull_rom([(s * 0.27, 0.745, -0.016), (s * 0.31, 0.73, -0.014),
                           (s * (0.33 + sway), 0.55, -0.016), (s * (0.31 - sway), 0.38, -0.02),
                           (s * (0.34 + sway), 0.24, -0.024)], 24)  # fmt: skip
        parts.append(skin_strip(tie, np.tile((0.0, 0.0, 1.0), (24, 1)), 0.034, 0.005, 0))
    parts.append(cylinder(0.03, 0.03, 0.02, at(0.0, 1.17, -0.04) @ ALONG_Z, "steel"))  # the hook
    hook = [(0.0, 1.17, -0.03), (0.0, 1.165, 0.01), (0.0, 1.18, 0.028), (0.0, 1.21, 0.03)]
    parts.append(tube(hook, 0.008, None, "steel"))
    parts.append(slab(superellipse(0.4, 0.045, 6), 0.025, at(0.0, 1.17, -0.0525), "cork"))
    parts.append(box(0.8, 1.32, 0.06, at(0.0, 0.0, -0.095), "cork"))  # the plank wall
    for k in range(1, 6):  # its seams
        parts.append(box(0.006, 1.32, 0.004, at(-0.4 + 0.8 * k / 6, 0.0, -0.064), "marking"))
    return parts


# ---- 1300 nun ---------------------------------------------------------------------------------

_ROBE = [(0.0, 0.0), (0.2, 0.0), (0.205, 0.02), (0.19, 0.12), (0.17, 0.3), (0.152, 0.46),
         (0.14, 0.58), (0.142, 0.66), (0.15, 0.73), (0.14, 0.78), (0.1, 0.815), (0.05, 0.83),
         (0.0, 0.832)]  # fmt: skip
"""The nun's robe: (radius, height) from the hem on the ground to the shoulders."""
_DEEP = 0.72
"""How deep the robe is across its width."""


def _robe_front(x: float, y: float) -> float:
    """Where the front of the nun's robe is at (x, y): z on its outer folds."""
    r, h = np.array(_ROBE).T
    rr = float(np.interp(y, h[1:-1], r[1:-1]))
    return _DEEP * float(np.sqrt(max(rr**2 - x**2, 0.0)))


def _veil(n: int = 15) -> np.ndarray:
    """The veil as a grid (rows, cols, 3) from the crown of the head down the back: hugging the
    head round the top and sides, open at the front round the face, spreading over the
    shoulders and falling behind them."""
    ys = np.array([0.998, 0.99, 0.975, 0.96, 0.94, 0.91, 0.88, 0.85, 0.82, 0.79, 0.75, 0.7, 0.62])
    head = 0.085 * np.sqrt(np.clip(1 - ((ys - 0.9) / 0.1) ** 2, 0.04, 1.0))
    rx = np.where(ys > 0.86, head, np.interp(ys, [0.62, 0.7, 0.75, 0.79, 0.82, 0.86],
                                             [0.178, 0.175, 0.168, 0.145, 0.11, 0.085]))  # fmt: skip
    rz = np.where(ys > 0.86, rx * 0.96, np.interp(ys, [0.62, 0.75, 0.86], [0.12, 0.122, 0.082]))
    zc = np.where(ys > 0.86, -0.01, np.interp(ys, [0.62, 0.75, 0.86], [-0.035, -0.03, -0.01]))
    span = np.interp(ys, [0.62, 0.8, 0.93, 0.965, 0.98], [100, 112, 122, 150, 180])
    rows = []
    for y, x0, z0, c, h in zip(ys, rx, rz, zc, span, strict=True):
        a = np.radians(np.linspace(-h, h, n))
        rows.append(np.stack([x0 * np.sin(a), np.full(n, y), c - z0 * np.cos(a)], 1))
    return np.array(rows)


def _rosary(rng: Rng) -> list[Part]:
    """A wooden rosary hanging from the nun's belt: a loop of beads down her right side and a
    short strand from it to a cross."""
    sway = float(rng.uniform(-0.01, 0.01))
    loop = catmull_rom([(0.05, 0.59, 0.0), (0.07, 0.5, 0.0), (0.1 + sway, 0.42, 0.0),
                        (0.13, 0.5, 0.0), (0.13, 0.59, 0.0)], 26)  # fmt: skip
    drop = catmull_rom([(0.1 + sway, 0.42, 0.0), (0.1 + sway, 0.37, 0.0)], 4)[1:]
    parts = []
    for x, y, _ in np.concatenate([loop, drop]):
        z = _robe_front(x, y) + 0.012
        parts.append(bead(0.0065, at(x, y, z), 1, 6))
    cx, cy = 0.1 + sway, 0.33
    z = _robe_front(cx, cy) + 0.012
    parts.append(box(0.011, 0.065, 0.008, at(cx, cy - 0.028, z), 1))
    parts.append(box(0.042, 0.011, 0.008, at(cx, cy + 0.007, z), 1))
    return parts


def _nun(rng: Rng) -> list[Part]:
    """A nun standing in her habit, seen from the front: a long black robe falling in folds to
    the ground with the toes of black shoes under its hem, wide bell sleeves meeting in front
    where her hands are folded in prayer, a black belt with a wooden rosary and cross hanging
    from it, a white wimple round her face and over her chest, a white coif band across her
    forehead, and a black veil over her head falling behind her shoulders."""
    parts = [lathe(_ROBE, scl(1, 1, _DEEP), 0, "body", shape=lobed(40, 12, 0.05))]
    parts.append(torus(0.142, 0.009, at(0, 0.6, 0) @ scl(1, 1, _DEEP), "marking"))  # the belt
    for s in (-1, 1):
        parts.append(sphere(1.0, at(s * 0.05, 0.018, 0.14) @ scl(0.03, 0.018, 0.045), "marking"))
        arm = [(s * 0.13, 0.775, -0.005), (s * 0.168, 0.7, 0.0), (s * 0.16, 0.625, 0.04),
               (s * 0.062, 0.635, 0.13)]  # fmt: skip
        parts.append(tube(arm, [0.045, 0.05, 0.055, 0.066], None, 0))
        end = np.array(arm[-1])
        parts.append(stick(end - (s * 0.02, 0.0, 0.0), (s * 0.012, 0.66, 0.155), 0.014,
                           "pencil-wood"))  # fmt: skip
        hand = at(s * 0.011, 0.695, 0.158) @ rot("x", -12) @ rot("z", -s * 4)
        parts.append(sphere(1.0, hand @ scl(0.011, 0.045, 0.028), "pencil-wood"))
    collar = [(0.0, 0.7), (0.12, 0.705), (0.158, 0.728), (0.162, 0.745), (0.13, 0.79),
              (0.075, 0.835), (0.05, 0.87), (0.0, 0.88)]  # fmt: skip
    parts.append(lathe(collar, at(0, 0, 0.006) @ scl(1, 1, 0.8), "sheet"))  # the wimple
    parts.append(sphere(1.0, at(0, 0.9, -0.008) @ scl(0.075, 0.092, 0.078), "sheet"))
    parts.append(sphere(1.0, at(0, 0.898, 0.03) @ scl(0.05, 0.062, 0.053), "pencil-wood"))
    for s in (-1, 1):  # her eyes and brows
        parts.append(sphere(1.0, at(s * 0.017, 0.91, 0.077) @ scl(0.006, 0.004, 0.004), "marking"))
    parts.append(sphere(1.0, at(0, 0.872, 0.075) @ scl(0.01, 0.003, 0.004), "comb"))
    parts.append(cloth_sheet(_veil(), 0.006, 0))
    parts += _rosary(rng)
    return parts


# ---- 1301 muff --------------------------------------------------------------------------------


def _muff(rng: Rng) -> list[Part]:
    """A fur muff lying on a tasselled velvet cushion: a short fat cylinder of fluffy fur, its
    ends rolled round into the two hand holes (dark inside), a cord loop to hang it from the
    neck running out of both hand holes and lying in a loop on the cushion in front."""
    R = 0.15
    prof = [(0.062, -0.12), (0.075, -0.175), (0.105, -0.198), (0.14, -0.185), (0.155, -0.14),
            (0.158, -0.07), (0.162, 0.0), (0.158, 0.07), (0.155, 0.14), (0.14, 0.185),
            (0.105, 0.198), (0.075, 0.175), (0.062, 0.12), (0.058, 0.0)]  # fmt: skip
    t = np.arange(40) * (2 * np.pi / 40)
    fluff = 1.0 + 0.02 * np.sin(13 * t) + rng.uniform(-0.035, 0.035, 40)
    shape = np.stack([fluff * np.cos(t), fluff * np.sin(t)], 1)
    top = 0.11
    yaw = float(rng.uniform(-34, -26))
    m = at(0.0, top + R * 0.92, -0.02) @ rot("y", yaw) @ scl(1.0, 0.92, 1.0)
    parts = [lathe(prof, m @ ALONG_X, 0, "body", closed=True, shape=shape)]
    parts.append(cylinder(0.057, 0.057, 0.2, m @ at(-0.1, 0, 0) @ ALONG_X, "cloth-dark"))
    cord = [(0.16, 0.075, 0.03), (0.22, 0.0, 0.07), (0.24, -R * 0.9, 0.16),
            (0.12, -R * 0.92, R + 0.12), (-0.08, -R * 0.92, R + 0.14), (-0.22, -R * 0.9, 0.15),
            (-0.24, -R * 0.5, 0.06), (-0.2, 0.06, 0.02), (-0.16, 0.075, 0.02)]  # fmt: skip
    parts.append(tube(_placed(np.array(cord), m), 0.008, None, 1))
    cushion = [(0.0, 0.0), (0.9, 0.0), (0.99, 0.02), (1.0, 0.055), (0.95, 0.085), (0.6, 0.105),
               (0.0, 0.11)]  # fmt: skip
    parts.append(lathe(cushion, None, "card-red", shape=superellipse(0.32, 0.29, 5, 32)))
    for sx in (-1, 1):  # its tassels
        for sz in (-1, 1):
            c = (sx * 0.29, 0.05, sz * 0.26)
            parts.append(sphere(0.013, at(*c), "plume-tip"))
            parts.append(cylinder(0.012, 0.02, 0.045, at(c[0], 0.0, c[2]), "plume-tip"))
    return parts


# ---- 1302 lotus -------------------------------------------------------------------------------


def _petal(m: np.ndarray, length: float, width: float, cup: float, curl: float,
           pointed: bool = True, nu: int = 6, nv: int = 5, crumple=None) -> np.ndarray:  # fmt: skip
    """One petal's grid (nu, nv, 3) under ``m``, from its foot at the origin along +y: broad,
    pointed or rounded at its tip, cupped across (its hollow facing +z) and curled toward +z
    at the tip; ``crumple`` (nu, nv) adds a crumpled wave."""
    u = np.linspace(0.0, 1.0, nu)[:, None]
    v = np.linspace(-1.0, 1.0, nv)[None, :]
    if pointed:
        w = width / 2 * np.sin(np.pi * (0.06 + 0.94 * u)) ** 0.75
    else:
        w = width / 2 * np.sqrt(np.clip(1 - ((u - 0.58) / 0.62) ** 2, 0.03, 1.0))
    x = w * v
    z = cup * (w * v) ** 2 / (width / 2) + curl * length * u**2
    if crumple is not None:
        z = z + crumple
    return _placed(np.stack([x, np.broadcast_to(length * u, x.shape), z], -1), m)


def _cup_flower(c, rings, slot, rng: Rng) -> Part:
    """A cup of pointed petals at c opening upward: ``rings`` of (count, foot radius, length,
    width, lean from upright in degrees, cup, curl) each."""
    grids = []
    for k, (n, r0, length, width, lean, cup, curl) in enumerate(rings):
        spin = float(rng.uniform(0, 360))
        for i in range(n):
            az = spin + 360 * (i + 0.5 * k) / n
            tilt = lean + float(rng.uniform(-5, 5))
            m = at(*c) @ rot("y", az) @ at(0, 0, -r0) @ rot("x", -tilt)
            grids.append(_petal(m, length, width, cup, curl))
    return _sheets(np.array(grids), 0.005, slot)


def _lotus_pad(m: np.ndarray, R: float, slot=1) -> list[Part]:
    """A round lotus leaf under ``m``: a thin disc dished a little to its middle, its margin
    gently waved, a pale spot where the stalk meets it and veins running out to the rim."""
    prof = [(0.0, 0.0), (0.2 * R, 0.004), (0.9 * R, 0.016), (R, 0.022), (0.97 * R, 0.028),
            (0.2 * R, 0.012), (0.0, 0.008)]  # fmt: skip
    parts = [lathe(prof, m, slot, shape=lobed(36, 9, 0.04))]
    parts.append(cylinder(0.02, 0.02, 0.012, m @ at(0, 0.004, 0), "fruit-green"))
    for i in range(11):
        a = 2 * np.pi * (i + 0.3) / 11
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        p0 = _placed(d * 0.02 + v3(0, 0.013, 0), m)
        p1 = _placed(d * 0.92 * R + v3(0, 0.024, 0), m)
        parts.append(rod(p0, p1, 0.006, "fruit-green"))
    return parts


def _lotus(rng: Rng) -> list[Part]:
    """A sacred lotus on a round pool: a big pink cup-shaped flower of broad pointed petals in
    three rings round a flat-topped yellow seed pod fringed with golden stamens, standing up
    on its stem above the water; two big round flat leaves floating on the water and a third
    held up on its stalk, cupped; a tall pointed bud on its own stem."""
    parts = [cylinder(0.5, 0.5, 0.012, None, "window", "body")]  # the pool's dark floor
    parts.append(cylinder(0.5, 0.5, 0.04, at(0, 0.004, 0), "pane"))  # the water
    w = 0.045
    parts += _lotus_pad(at(-0.22, w, 0.12) @ rot("y", 20), 0.2)
    parts += _lotus_pad(at(0.24, w, -0.2) @ rot("y", 70), 0.17)
    up = at(-0.3, 0.3, -0.22) @ rot("x", 22) @ rot("z", -12)
    parts += _lotus_pad(up @ scl(1.0, 2.6, 1.0), 0.15)
    parts.append(tube([(-0.22, w, -0.18), (-0.27, 0.18, -0.21), (-0.3, 0.3, -0.22)], 0.008,
                      None, "vine"))  # fmt: skip
    c = np.array([0.05, 0.5, 0.05])
    stem = [(0.1, w, 0.1), (0.08, 0.2, 0.08), (0.05, 0.4, 0.05), c + v3(0, 0.01, 0)]
    parts.append(tube(stem, [0.012, 0.011, 0.01, 0.012], None, "vine"))
    parts.append(sphere(1.0, at(*c) @ scl(0.04, 0.03, 0.04), "vine"))  # the receptacle
    rings = ((8, 0.025, 0.24, 0.13, 60, 0.25, 0.1), (8, 0.025, 0.22, 0.12, 38, 0.3, 0.12),
             (6, 0.025, 0.18, 0.1, 18, 0.35, 0.15))  # fmt: skip
    parts.append(_cup_flower(c, rings, 0, rng))
    pod = at(*(c + v3(0, 0.03, 0)))
    parts.append(cylinder(0.026, 0.046, 0.045, pod, "fruit-green"))
    parts.append(cylinder(0.046, 0.044, 0.006, pod @ at(0, 0.045, 0), "cloth-yellow"))
    holes = [(0.0, 0.0)] + [(0.027 * np.cos(a), 0.027 * np.sin(a))
                            for a in np.linspace(0, 2 * np.pi, 7)[:-1]]  # fmt: skip
    pts = np.array([_placed(np.array([x, 0.051, z]), pod) for x, z in holes])
    parts.append(studs(pts, np.tile((0.0, 1.0, 0.0), (len(pts), 1)), 0.006, 0.003, "fruit-green"))
    fringe = [(0.042, 0.0), (0.074, 0.005), (0.078, 0.034), (0.06, 0.042), (0.036, 0.036)]
    parts.append(lathe(fringe, pod, "plume-tip", closed=True, shape=lobed(48, 24, 0.25)))
    b = np.array([-0.25, 0.4, 0.16])  # the bud
    parts.append(tube([(-0.2, w, 0.14), (-0.23, 0.2, 0.15), b + v3(0, 0.01, 0)], 0.008, None,
                      "vine"))  # fmt: skip
    bud = [(0.0, 0.0), (0.035, 0.025), (0.05, 0.07), (0.042, 0.12), (0.02, 0.16), (0.0, 0.18)]
    parts.append(lathe(bud, at(*b) @ rot("z", 8), 0, shape=lobed(20, 5, 0.08)))
    return parts


# ---- 1303 orchid ------------------------------------------------------------------------------


def _oval_petal(m: np.ndarray, rx: float, ry: float, slot) -> Part:
    """A flat oval petal under ``m`` from its foot at the origin along +y."""
    return slab([(x, y + ry) for x, y in ellipse(rx, ry, 12)], 0.004, m, slot)


def _orchid_flower(m: np.ndarray, size: float, slot) -> list[Part]:
    """A moth orchid's flower under ``m`` facing +z: two big round side petals, a narrower top
    sepal, two lower sepals, and a small frilled red lip with a yellow throat in the middle."""
    f = m @ scl(size)
    parts = [_oval_petal(f @ at(0, 0.004, 0), 0.17, 0.27, slot)]  # the top sepal
    for s in (-1, 1):
        parts.append(_oval_petal(f @ rot("z", s * 140) @ at(0, 0.004, -0.002), 0.14, 0.26, slot))
        petal = f @ rot("z", -s * 78) @ at(0, 0.01, 0.008) @ rot("x", 8)
        parts.append(_oval_petal(petal, 0.3, 0.27, slot))
    lip = f @ at(0, -0.07, 0.04) @ rot("x", -35)
    lobes = [(0.0, 0.12), (0.09, 0.1), (0.12, 0.02), (0.07, -0.12), (0.1, -0.22), (0.0, -0.28),
             (-0.1, -0.22), (-0.07, -0.12), (-0.12, 0.02), (-0.09, 0.1)]  # fmt: skip
    parts.append(slab(lobes, 0.03, lip, "card-red"))
    parts.append(sphere(1.0, f @ at(0, 0.0, 0.05) @ scl(0.06, 0.07, 0.05), "cloth-yellow"))
    parts.append(sphere(1.0, f @ at(0, 0.08, 0.04) @ scl(0.04, 0.07, 0.04), slot))  # column
    return parts


def _orchid_leaf(base, az: float, length: float, width: float) -> Part:
    """A broad oval fleshy orchid leaf from base, reaching out along the compass angle az and
    arching down at its tip, folded a little along its midrib."""
    u = np.linspace(0.0, 1.0, 7)[:, None]
    v = np.linspace(-1.0, 1.0, 5)[None, :]
    w = width / 2 * np.sqrt(np.clip(1 - ((u - 0.5) / 0.53) ** 2, 0.05, 1.0))
    y = length * (0.35 * u - 0.6 * u**2) + 0.25 * w * np.abs(v)
    p = np.stack([w * v, y, np.broadcast_to(length * u, y.shape)], -1)
    return cloth_sheet(_placed(p, at(*base) @ rot("y", az)), 0.008, "vine")


def _orchid(rng: Rng) -> list[Part]:
    """A potted moth orchid: a pot with a thick rim full of bark, four broad oval leaves
    spreading low from its middle and arching over the rim, one flower stem rising up a thin
    bamboo stake and arching over forward, carrying a row of big flat flowers (two round side
    petals, a narrower top sepal, a small frilled red lip) and two buds at its tip."""
    pot = [(0.0, 0.0), (0.072, 0.0), (0.076, 0.012), (0.094, 0.15), (0.104, 0.152),
           (0.106, 0.176), (0.097, 0.178), (0.093, 0.162), (0.0, 0.162)]  # fmt: skip
    parts = [lathe(pot, at(0, 0.003, 0), 1, "body")]
    parts.append(cylinder(0.092, 0.092, 0.004, at(0, 0.16, 0), "cork"))
    spin = float(rng.uniform(0, 90))
    for k, (length, width) in enumerate(((0.24, 0.085), (0.22, 0.08), (0.2, 0.075), (0.18, 0.07))):
        parts.append(_orchid_leaf((0, 0.18, 0), spin + 95 * k, length, width))
    parts.append(rod((0.008, 0.15, -0.025), (0.008, 0.55, -0.025), 0.006, "cork"))  # the stake
    stem = np.array([(0.0, 0.17, -0.015), (0.0, 0.35, -0.015), (0.004, 0.5, -0.015),
                     (0.05, 0.59, 0.0), (0.13, 0.62, 0.02), (0.22, 0.6, 0.04),
                     (0.3, 0.54, 0.05), (0.36, 0.47, 0.055), (0.39, 0.41, 0.055)])  # fmt: skip
    parts.append(tube(stem, 0.005, None, "vine"))
    for y in (0.3, 0.45):
        parts.append(torus(0.012, 0.003, at(0.004, y, -0.02), "snow"))  # its clips
    path = catmull_rom(stem, 60)
    face = unit((0.25, 0.05, 1.0))
    for k, i in enumerate((27, 33, 39, 45, 51)):
        p = path[i] + v3(0.0, -0.035, 0.03)
        parts.append(stick(path[i], p + v3(0.0, 0.012, -0.02), 0.003, "vine"))
        turn = np.degrees(np.arctan2(face[0], face[2])) + float(rng.uniform(-12, 12))
        m = at(*p) @ rot("y", turn) @ rot("z", float(rng.uniform(-12, 12)))
        parts += _orchid_flower(m, 0.105 - 0.003 * k, 0)
    for i, r in ((56, 0.014), (59, 0.01)):
        parts.append(sphere(1.0, at(*(path[i] + v3(0.0, -0.02, 0.01))) @ scl(r, r * 1.2, r), 0))
    return parts


# ---- 1304 peony -------------------------------------------------------------------------------


def _lobe(base, ang: float, length: float, width: float) -> np.ndarray:
    """A pointed leaf lobe from base along the angle ang (radians, from +y), counter-clockwise."""
    t = np.linspace(0.0, np.pi, 9)
    d = np.array([-np.sin(ang), np.cos(ang)])
    n = np.array([d[1], -d[0]])
    along = length * (1 - np.cos(t)) / 2
    side = width / 2 * np.sin(t) ** 1.1
    one = base + along[:, None] * d + side[:, None] * n
    other = base + along[::-1, None] * d - side[::-1, None] * n
    return ccw(np.concatenate([one, other[1:-1]]))


def _peony_leaf() -> Part:
    """A deeply cut peony leaf lying in the xz plane and reaching along +z: three leaflets on a
    short stalk, each split into narrow pointed lobes (one mesh, moved into place for each
    leaf)."""
    lobes = [((0.0, 0.0), 0.0, 0.2, 0.05), ((0.0, 0.0), 0.9, 0.15, 0.042),
             ((0.0, 0.0), -0.9, 0.15, 0.042), ((0.0, 0.07), 0.35, 0.12, 0.036),
             ((0.0, 0.07), -0.35, 0.12, 0.036), ((0.05, 0.03), 1.5, 0.08, 0.03),
             ((-0.05, 0.03), -1.5, 0.08, 0.03)]  # fmt: skip
    contours = [_lobe(np.array(b), a, length, w) for b, a, length, w in lobes]
    contours.append(ccw(np.array([(-0.006, -0.08), (0.006, -0.08), (0.006, 0.02), (-0.006, 0.02)])))
    return flat_solid(lambda n: contours, 0.006, FLAT_UP @ rot("z", 180), 1)


def _peony_flower(c, r: float, slot, rng: Rng) -> list[Part]:
    """A big round peony at c: guard petals cupped round a ruffled ball of many crumpled
    petals."""
    core = [(0.0, 0.0), (0.75, 0.25), (0.95, 0.72), (0.78, 1.15), (0.4, 1.35), (0.0, 1.34)]
    spin = float(rng.uniform(0, 60))
    parts = [lathe([(x * r, y * r) for x, y in core], at(*c) @ rot("y", spin), slot,
                   shape=lobed(20, 7, 0.16))]  # fmt: skip
    rings = ((6, 0.2, 1.05, 1.0, 52, 0.3, 0.2), (7, 0.25, 1.05, 0.85, 32, 0.35, 0.3),
             (8, 0.3, 1.0, 0.7, 14, 0.4, 0.4))  # fmt: skip
    fade = np.linspace(0.0, 1.0, 4)[:, None]
    grids = []
    for k, (n, r0, length, width, lean, cup, curl) in enumerate(rings):
        for i in range(n):
            az = spin + 360 * (i + 0.5 * k) / n
            tilt = lean + float(rng.uniform(-6, 6))
            m = at(*c) @ rot("y", az) @ at(0, 0.1 * r, -r0 * r) @ rot("x", -tilt)
            wave = 0.08 * r * np.sin(np.pi * np.array([[0.0, 1.0, 2.0]]) + float(rng.uniform(0, 6)))
            grids.append(_petal(m, length * r, width * r, cup, curl, False, 4, 3, wave * fade))
    parts.append(_sheets(np.array(grids), 0.005, slot))
    return parts


def _peony(rng: Rng) -> list[Part]:
    """A peony bush in bloom on a patch of earth: a mound of deeply cut dark green leaves, five
    big round ruffled ball-shaped pink flowers (dense layers of crumpled petals inside cupped
    guard petals) held on stems just above it, and two round tight buds cupped in green
    sepals."""
    parts = [cylinder(0.42, 0.4, 0.03, None, "soil", "body")]
    parts.append(sphere(1.0, at(0, 0.2, 0) @ scl(0.3, 0.2, 0.27), 1))  # the bush's mass
    leaf = _peony_leaf()
    for i in range(12):
        a = 2 * np.pi * (i + float(rng.uniform(-0.2, 0.2))) / 12
        ring = i % 2
        h = (0.12, 0.25)[ring]
        r = (0.24, 0.14)[ring]
        pos = (r * np.sin(a), h, r * np.cos(a))
        tilt = (12, -8)[ring] + float(rng.uniform(-6, 6))
        m = at(*pos) @ rot("y", np.degrees(a)) @ rot("x", tilt)
        parts.append(leaf.moved(m @ scl(1.35 + 0.15 * ring)))
    flowers = [(-0.16, 0.36, 0.08), (0.16, 0.38, 0.02), (0.02, 0.33, 0.22), (0.03, 0.44, -0.08),
               (-0.14, 0.38, -0.2)]  # fmt: skip
    for c in flowers:
        parts.append(tube([(c[0] * 0.3, 0.1, c[2] * 0.3), (c[0] * 0.8, c[1] - 0.15, c[2] * 0.8), c],
                          0.007, None, 1))  # fmt: skip
        parts += _peony_flower(np.array(c), 0.1 + float(rng.uniform(-0.008, 0.008)), 0, rng)
    for b in ((-0.2, 0.38, -0.1), (0.22, 0.34, 0.15)):
        parts.append(tube([(b[0] * 0.3, 0.1, b[2] * 0.3), b], 0.006, None, 1))
        parts.append(sphere(0.032, at(*b) @ at(0, 0.03, 0), 0))
        for k in range(3):
            m = at(*b) @ rot("y", 120 * k) @ at(0, 0.022, 0.02) @ rot("x", 30)
            parts.append(bead(1.0, m @ scl(0.018, 0.03, 0.008), 1, 6))
    return parts


MORE_APPLIANCES_ZZZZL = {
    1297: _french_horn, 1298: _fedora, 1299: _apron, 1300: _nun,
    1301: _muff, 1302: _lotus, 1303: _orchid, 1304: _peony,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
