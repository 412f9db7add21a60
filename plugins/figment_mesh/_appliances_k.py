"""More of the device family's appliances, from 370: a car engine, an elevator, a zipper, a
lit cigarette, a cigar, a box of matches, a knotted rope, jigsaw puzzle pieces, toy bricks, a
yo-yo, a vacuum cleaner and a sewing machine.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import ALONG_X, ALONG_Z, disc, flame, flat_solid, rrect, rrect_outline, smoke
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_K"]

Rng = np.random.Generator


def _hull(points: np.ndarray) -> np.ndarray:
    """The convex hull of (n, 2) points, counter-clockwise (Andrew's monotone chain)."""
    pts = sorted({(round(float(x), 9), round(float(y), 9)) for x, y in points})

    def half(seq):
        out: list[tuple[float, float]] = []
        for p in seq:
            while len(out) >= 2:
                (ax, ay), (bx, by) = out[-2], out[-1]
                if (bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax) > 0:
                    break
                out.pop()
            out.append(p)
        return out[:-1]

    return np.array(half(pts) + half(pts[::-1]))


def _belt(wheels: list[tuple[float, float, float]], x: float, width: float) -> Part:
    """A flat belt round pulleys in the y-z plane at x: ``wheels`` are (z, y, radius); the belt
    hugs their convex hull, ``width`` wide along x."""
    t = np.linspace(0.0, 2 * np.pi, 16, endpoint=False)
    ring = np.concatenate(
        [np.stack([z + r * np.cos(t), y + r * np.sin(t)], 1) for z, y, r in wheels]
    )
    hull = _hull(ring)
    path = [(x, y, z) for z, y in hull]
    flat = np.array([[-0.35, -1.0], [0.35, -1.0], [0.35, 1.0], [-0.35, 1.0]])
    return tube([*path, *path[:2]], width / 2, slot="marking", shape=flat)


def _engine(rng: Rng) -> list[Part]:
    """A car engine (a V8): the block over its oil pan, a cylinder head under a finned valve
    cover along each bank, the big round air filter on top, pulleys and their belt at its
    front end, the exhaust manifold's pipes down its side and the flywheel housing behind."""
    L = 1.0
    parts = [box(0.84, 0.14, 0.4, None, 0)]  # the oil pan
    parts.append(box(L, 0.34, 0.56, at(0, 0.12, 0), 0, "body"))  # the block
    for s in (-1, 1):  # the two banks, leaning out
        bank = at(0, 0.42, s * 0.13) @ rot("x", s * 40)
        parts.append(box(L * 0.96, 0.17, 0.3, bank, 0))  # the cylinder head
        cover = bank @ at(0, 0.22, 0)
        parts.append(slab(rrect_outline(0.3, 0.12, 0.05), L * 0.92, cover @ rot("y", 90), 1))
        for k in (-1, 0, 1):  # its fins
            parts.append(box(L * 0.78, 0.035, 0.018, cover @ at(0, 0.04, 0.075 * k), 1))
        for k in range(4):  # the spark plug leads
            x = -0.36 + 0.24 * k
            lead = (bank @ np.array([x, 0.1, s * 0.17, 1.0]))[:3]
            end = (-L / 2 + 0.06, 0.82, s * 0.05)
            parts.append(tube([lead, lead + v3(0, 0.12, s * 0.08), end], 0.01, slot="card-red"))
    parts.append(box(L * 0.8, 0.16, 0.26, at(0, 0.5, 0), 0))  # the intake manifold
    parts.append(cylinder(0.05, 0.04, 0.16, at(-L / 2 + 0.06, 0.66, 0), 1))  # the distributor
    # the air filter: a pleated ring between a chrome pan and its domed lid, a wing nut on top
    y = 0.66
    parts.append(cylinder(0.36, 0.36, 0.03, at(0, y, 0), 1))
    t = np.arange(60) * (2 * np.pi / 60)
    pleats = np.stack([np.cos(t), np.sin(t)], 1) * np.where(np.arange(60) % 2, 0.95, 1.0)[:, None]
    element = [(0.0, 0.0), (0.31, 0.0), (0.31, 0.1), (0.0, 0.1)]
    parts.append(lathe(element, at(0, y + 0.03, 0), "seed", shape=pleats))
    lid = [(0.0, 0.0), (0.36, 0.0), (0.37, 0.03), (0.3, 0.07), (0.0, 0.08)]
    parts.append(lathe(lid, at(0, y + 0.13, 0), 1))
    parts.append(cylinder(0.03, 0.03, 0.06, at(0, y + 0.2, 0), 1))
    parts.append(slab([(-0.08, 0.0), (0.08, 0.0), (0.06, 0.04), (-0.06, 0.04)], 0.015,
                      at(0, y + 0.23, 0), 1))  # fmt: skip
    # the front: a timing cover, the crank, water pump, alternator and steering pump pulleys
    xf = L / 2
    parts.append(box(0.04, 0.4, 0.3, at(xf + 0.02, 0.1, 0), 0))
    wheels = [(0.0, 0.2, 0.13), (0.0, 0.52, 0.1), (0.3, 0.66, 0.06), (-0.28, 0.6, 0.075)]
    for z, yy, r in wheels:
        parts.append(cylinder(r, r, 0.07, at(xf + 0.04, yy, z) @ ALONG_X, 1))
        parts.append(cylinder(r * 0.4, r * 0.4, 0.085, at(xf + 0.04, yy, z) @ ALONG_X, 0))
    parts.append(cylinder(0.11, 0.11, 0.22, at(xf - 0.18, 0.66, 0.3) @ ALONG_X, 1))
    parts.append(cylinder(0.08, 0.08, 0.12, at(xf - 0.08, 0.6, -0.28) @ ALONG_X, 0))
    parts.append(_belt([(z, yy, r + 0.012) for z, yy, r in wheels], xf + 0.075, 0.05))
    # the exhaust manifold: a pipe from each port down to a log along the side
    for k in range(4):
        x = -0.36 + 0.24 * k
        port = np.array([x, 0.42, 0.3])
        runner = [port, port + v3(0, -0.03, 0.08), (x * 0.85 - 0.05, 0.26, 0.4)]
        parts.append(tube(runner, 0.035, slot="steel"))
    parts.append(tube([(0.33, 0.26, 0.4), (-0.45, 0.26, 0.4), (-0.58, 0.16, 0.38),
                       (-0.72, 0.06, 0.34)], 0.045, slot="steel"))  # fmt: skip
    # the flywheel's bell housing behind
    bell = [(0.0, 0.0), (0.26, 0.0), (0.3, 0.04), (0.3, 0.1), (0.0, 0.1)]
    parts.append(lathe(bell, at(-L / 2, 0.33, 0) @ rot("z", 90), 0))
    del rng
    return parts


def _elevator(rng: Rng) -> list[Part]:
    """An elevator (a lift): a steel car, its doors slid open on a lit, panelled inside, lit
    buttons beside the doorway and a floor indicator over it, its cables rising over a big
    pulley in a frame above and down to the counterweight beside it."""
    W, H, D, y0 = 0.9, 1.0, 0.7, 0.06
    parts = [box(W + 0.06, y0, D + 0.06, None, 0, "body")]  # the floor
    parts.append(box(W - 0.06, 0.004, D - 0.06, at(0, y0, 0), "marking"))
    parts.append(box(W, H, 0.03, at(0, y0, -D / 2 + 0.015), 0))  # the back wall
    for s in (-1, 1):
        parts.append(box(0.03, H, D, at(s * (W / 2 - 0.015), y0, 0), 0))  # the side walls
    top = y0 + H
    parts.append(box(W + 0.06, 0.06, D + 0.06, at(0, top, 0), 0))  # the roof
    # inside: panelling lit from the ceiling, a handrail round it
    parts.append(box(W - 0.12, H - 0.16, 0.01, at(0, y0 + 0.08, -D / 2 + 0.035), 1))
    for s in (-1, 1):
        parts.append(box(0.01, H - 0.16, D - 0.22, at(s * (W / 2 - 0.035), y0 + 0.08, -0.05), 1))
    parts.append(box(W - 0.16, 0.012, D - 0.2, at(0, top - 0.014, -0.04), "glow"))
    parts.append(box(W - 0.2, 0.08, 0.01, at(0, top - 0.16, -D / 2 + 0.042), "glow"))
    rail = [(-W / 2 + 0.06, 0.45, 0.1), (-W / 2 + 0.06, 0.45, -D / 2 + 0.06),
            (W / 2 - 0.06, 0.45, -D / 2 + 0.06), (W / 2 - 0.06, 0.45, 0.1)]  # fmt: skip
    parts.append(tube(rail, 0.012, slot="steel"))
    # the front: posts either side of the doorway, the door leaves slid open behind them
    gap = 0.5
    post = (W - gap) / 2
    shift = float(rng.uniform(0.17, 0.2))
    for s in (-1, 1):
        parts.append(box(post, H, 0.04, at(s * (gap / 2 + post / 2), y0, D / 2), 0))
        x = s * (gap / 4 + shift)
        parts.append(box(gap / 2, H - 0.1, 0.02, at(x, y0, D / 2 - 0.035), "steel"))
        parts.append(box(0.01, H - 0.1, 0.024, at(x - s * gap / 4, y0, D / 2 - 0.035), "marking"))
    parts.append(box(W + 0.06, 0.14, 0.05, at(0, top - 0.12, D / 2), 0))  # the header
    parts.append(box(0.2, 0.07, 0.01, at(0, top - 0.085, D / 2 + 0.03), "pupil"))  # indicator
    parts.append(slab([(-0.03, -0.02), (0.03, -0.02), (0.0, 0.025)], 0.01,
                      at(-0.05, top - 0.05, D / 2 + 0.036), "glow"))  # fmt: skip
    parts.append(box(0.06, 0.03, 0.01, at(0.04, top - 0.065, D / 2 + 0.036), "glow"))
    parts.append(box(gap, 0.012, 0.06, at(0, y0, D / 2), "steel"))  # the sill
    # the panel of buttons on the post beside the doorway
    plate = at(gap / 2 + post / 2, 0.38, D / 2 + 0.02)
    parts.append(box(0.1, 0.34, 0.012, plate, "steel"))
    for k in range(8):
        x, yy = -0.024 + 0.048 * (k % 2), 0.06 + 0.07 * (k // 2)
        parts.append(cylinder(0.014, 0.014, 0.012, plate @ at(x, yy, 0.004) @ ALONG_Z, "glow"))
    # on the roof: the crosshead the cables hang from
    parts.append(box(W * 0.7, 0.05, 0.08, at(0, top + 0.06, 0), "steel"))
    parts.append(box(0.08, 0.12, 0.08, at(0, top + 0.06, 0), "steel"))
    # the machine above: a frame of two uprights and a beam, the pulley facing the viewer on
    # its axle, the cables from the crosshead over it and down beside the car to the
    # counterweight
    R, cy = 0.24, top + 0.38
    cx, yb = R + 0.08, cy + R + 0.05
    for x in (-W / 2 - 0.12, cx + R + 0.12):
        parts.append(box(0.06, yb, 0.06, at(x, 0, 0), 0))
    parts.append(box(cx + R + W / 2 + 0.3, 0.07, 0.12, at((cx + R - W / 2) / 2, yb, 0), 0))
    for z in (-0.08, 0.08):  # the brackets its axle turns in
        parts.append(box(0.05, yb - cy, 0.02, at(cx, cy, z), 0))
    sheave = at(cx, cy, 0) @ ALONG_Z
    parts.append(torus(R - 0.02, 0.045, sheave @ scl(1.0, 1.2, 1.0), 0))  # its grooved rim
    for y in (-0.045, 0.045):
        parts.append(torus(R + 0.01, 0.014, sheave @ at(0, y, 0), 0))
    for k in range(5):  # its spokes
        a = np.radians(72 * k + 15)
        parts.append(stick((0, 0, 0), (R * np.cos(a), 0, R * np.sin(a)), 0.018, 0).moved(sheave))
    parts.append(cylinder(0.06, 0.06, 0.16, sheave @ at(0, -0.08, 0), "steel"))
    parts.append(cylinder(0.1, 0.1, 0.22, sheave @ at(0, -0.35, 0), 0))  # the hoist motor
    cw = (cx + R, 0.45)
    for k in (-1, 0, 1):  # the cables
        z = 0.025 * k
        over = [(cx - np.cos(a) * (R + 0.006), cy + np.sin(a) * (R + 0.006), z)
                for a in np.linspace(0.0, np.pi, 9)]  # fmt: skip
        path = [(cx - R, top + 0.17, z), (cx - R, cy - 0.2, z), *over, (cw[0], cy - 0.2, z),
                (cw[0], cw[1] + 0.4, z)]  # fmt: skip
        parts.append(tube(path, 0.008, slot="steel"))
    parts.append(box(0.1, 0.4, 0.14, at(cw[0], cw[1], 0), 0))  # the counterweight
    parts.append(box(0.03, 0.05, 0.03, at(cw[0], cw[1] + 0.4, 0), "steel"))
    return parts


def _zipper(rng: Rng) -> list[Part]:
    """A zip fastener lying tilted to the viewer: two fabric tapes closed by interlocking
    metal teeth below the slider and parted above it in a Y, the slider at the fork and its
    pull tab lying down over the closed teeth."""
    m = at(0, 0.49, 0.0) @ rot("x", -55)  # its plane, leaning back; +y up the zip
    parts = []
    pitch, L = 0.046, 0.78

    def teeth(places: list[tuple[float, float]]):
        """A row of teeth at (x, y) places: one outline, so one part."""
        return lambda n: [rrect(0.1, 0.03, 0.012, max(2, n // 8)) + p for p in places]

    for s in (-1, 1):  # the closed stem below the slider, each side's teeth between the other's
        parts.append(box(0.2, L, 0.012, m @ at(s * 0.14, -L, 0), 1, "body" if s < 0 else ""))
        row = [(s * 0.016, -L + 0.03 + pitch * (k + (s + 1) / 4)) for k in range(int(L / pitch))]
        parts.append(flat_solid(teeth(row), 0.036, m @ at(0, 0, -0.018 + 0.003 * s), 0))
    parts.append(box(0.16, 0.05, 0.03, m @ at(0, -L - 0.01, -0.015), 0))  # the bottom stop
    spread = float(rng.uniform(18, 24))
    for s in (-1, 1):  # the parted arms above it
        arm = m @ at(s * 0.03, 0.0, 0) @ rot("z", -s * spread)
        parts.append(box(0.2, L, 0.012, arm @ at(s * 0.14, 0, 0), 1))
        row = [(s * 0.026, 0.16 + pitch * k) for k in range(int((L - 0.16) / pitch))]
        parts.append(flat_solid(teeth(row), 0.036, arm @ at(0, 0, -0.018), 0))
        parts.append(box(0.07, 0.04, 0.03, arm @ at(s * 0.04, L - 0.02, -0.015), 0))  # top stop
    # the slider: a tapered body over the fork, a lug on top and the pull tab
    body = [(-0.08, -0.14), (0.08, -0.14), (0.14, 0.12), (0.12, 0.15), (-0.12, 0.15),
            (-0.14, 0.12)]  # fmt: skip
    parts.append(slab(body, 0.08, m @ at(0, 0.0, 0.0), 0))
    parts.append(slab(body, 0.02, m @ at(0, 0.01, 0.045) @ scl(0.8, 0.8, 1.0), 0))
    parts.append(box(0.04, 0.08, 0.04, m @ at(0, 0.0, 0.05), 0))  # the lug
    tab = m @ at(0, 0.02, 0.075) @ rot("x", 8)
    parts.append(slab(rrect_outline(0.12, 0.34, 0.05), 0.02, tab @ at(0, -0.17, 0), 0))
    parts.append(slab(rrect_outline(0.045, 0.11, 0.02), 0.022, tab @ at(0, -0.22, 0.002),
                      "pupil"))  # fmt: skip
    return parts


def _cigarette(rng: Rng) -> list[Part]:
    """A lit cigarette lying on the ground: a long white paper tube with its tan filter at one
    end, grey ash and a glowing tip at the other and a wisp of smoke curling up from it."""
    r, L, f = 0.07, 1.35, 0.38
    yaw = float(rng.uniform(8, 18))
    m = at(0, r + 0.006, 0) @ rot("y", yaw) @ ALONG_X @ at(0, -L / 2, 0)  # +y along it
    parts = [cylinder(r, r, f, m, 1)]  # the filter
    parts.append(torus(r, 0.006, m @ at(0, f - 0.01, 0), "seed"))
    burn = L - 0.11
    parts.append(cylinder(r, r, burn - f, m @ at(0, f, 0), 0, "body"))  # the paper
    parts.append(cylinder(r * 1.01, r * 1.01, 0.012, m @ at(0, burn - 0.012, 0), "marking"))
    parts.append(cylinder(r * 0.99, r * 0.97, 0.035, m @ at(0, burn, 0), "glow"))
    ash = [(0.0, 0.0), (r * 0.96, 0.0), (r * 0.93, 0.05), (r * 0.8, 0.075), (0.0, 0.08)]
    parts.append(lathe(ash, m @ at(0, burn + 0.03, 0), "stones"))
    parts.append(sphere(1.0, m @ at(0, burn + 0.09, 0) @ scl(r * 0.55, 0.02, r * 0.55), "glow"))
    tip = (m @ np.array([0.0, L, 0.0, 1.0]))[:3]
    parts.append(smoke(tip + v3(0.0, r * 0.5, 0.0), 0.75, 0.12, curl=True))
    return parts


def _cigar(rng: Rng) -> list[Part]:
    """A fat brown cigar lying on the ground: its rounded head, a gold and red paper band near
    it, the wrapper leaf's seam spiralling along it, grey ash and a glowing ring at its lit end,
    a curl of smoke rising."""
    r, L = 0.13, 1.4
    yaw = float(rng.uniform(-16, -8))
    m = at(0, r * 1.06, 0) @ rot("y", yaw) @ ALONG_X @ at(0, -L / 2, 0)  # +y along it, head at 0
    body = [(0.0, 0.0), (0.07, 0.006), (0.11, 0.03), (r, 0.09), (r, 0.35), (r * 0.97, L - 0.3),
            (r * 0.95, L - 0.13), (0.0, L - 0.13)]  # fmt: skip
    parts = [lathe(body, m, 0, "body")]
    parts.append(cylinder(r * 1.04, r * 1.04, 0.11, m @ at(0, 0.2, 0), 1))  # the band
    parts.append(cylinder(r * 1.05, r * 1.05, 0.035, m @ at(0, 0.2375, 0), "card-red"))
    parts.append(sphere(1.0, m @ at(0, 0.255, r * 1.05) @ scl(0.04, 0.05, 0.015), 1))
    turns = 5.5
    t = np.linspace(0.0, 1.0, 44)
    a = 2 * np.pi * turns * t
    yy = 0.34 + (L - 0.5) * t
    seam = np.stack([r * np.cos(a), yy, r * np.sin(a)], 1) * [0.975, 1.0, 0.975]
    parts.append(tube(seam, 0.01, m, 0))
    parts.append(cylinder(r * 0.99, r * 0.99, 0.04, m @ at(0, L - 0.14, 0), "glow"))
    ash = [(0.0, 0.0), (r * 0.92, 0.0), (r * 0.88, 0.05), (r * 0.7, 0.08), (0.0, 0.09)]
    parts.append(lathe(ash, m @ at(0, L - 0.1, 0), "stones"))
    tip = (m @ np.array([0.0, L - 0.02, 0.0, 1.0]))[:3]
    parts.append(smoke(tip + v3(0.0, r * 0.6, 0.0), 0.8, -0.16, curl=True))
    return parts


def _match(m: np.ndarray, length: float = 0.78, lit: bool = False) -> list[Part]:
    """One match along +y under ``m``: a square wooden stick, its round red head at the top
    (when ``lit``, its head glowing and the stick charred below it)."""
    r = 0.022
    parts = [lathe([(0.0, 0.0), (r, 0.0), (r, length), (0.0, length)], m @ rot("y", 45),
                   "pencil-wood", sides=4)]  # fmt: skip
    head = m @ at(0, length + 0.02, 0) @ scl(0.036, 0.05, 0.036)
    if not lit:
        parts.append(sphere(1.0, head, "match-head"))
        return parts
    parts.append(cylinder(r * 1.05, r * 1.05, 0.16, m @ at(0, length - 0.16, 0), "marking"))
    parts.append(sphere(1.0, head, "glow"))
    return parts


def _matches(rng: Rng) -> list[Part]:
    """An open box of matches: its sleeve with a label on top and a dark striking strip down
    its side, the drawer pushed half out full of matches with red heads, one match lying on
    the ground before it and another burning."""
    Lx, H, D = 0.82, 0.2, 0.56
    out = 0.42  # how far the drawer is pushed out toward +x
    t = 0.012
    parts = [box(Lx, t, D, at(0, 0, 0), 0, "body"), box(Lx, t, D, at(0, H - t, 0), 0)]
    for s in (-1, 1):  # the sleeve's sides, a striking strip on each
        parts.append(box(Lx, H, t, at(0, 0, s * (D / 2 - t / 2)), 0))
        parts.append(box(Lx * 0.9, H * 0.7, 0.004, at(0, H * 0.15, s * D / 2), "cork"))
    parts.append(box(Lx * 0.8, 0.004, D * 0.75, at(0, H, 0), 1))  # the label
    parts.append(box(Lx * 0.5, 0.005, D * 0.3, at(0, H, 0), "card-red"))
    parts.append(cylinder(0.06, 0.06, 0.006, at(0.0, H, 0.0), "fruit-yellow"))
    # the drawer: a floor and four low walls, pushed out
    x0 = out
    dw, dh, dd = Lx - 0.01, H - 2 * t - 0.004, D - 2 * t - 0.004
    parts.append(box(dw, 0.01, dd, at(x0, t, 0), 0))
    for s in (-1, 1):
        parts.append(box(dw, dh, 0.01, at(x0, t, s * (dd / 2 - 0.005)), 0))
        parts.append(box(0.01, dh, dd, at(x0 + s * (dw / 2 - 0.005), t, 0), 0))
    n = 9
    for i in range(n):  # the matches in it, heads toward its open end
        z = -dd / 2 + 0.04 + (dd - 0.08) * i / (n - 1)
        y = t + 0.035 + 0.03 * (i % 2)
        lie = at(x0 - dw / 2 + 0.03, y, z) @ ALONG_X @ rot("y", float(rng.uniform(0, 20)))
        parts += _match(lie, 0.66)
    # one lying on the ground before it, one burning beside it
    parts += _match(at(-0.5, 0.036, D / 2 + 0.1) @ rot("y", -8) @ ALONG_X)
    burn = at(-0.1, 0.036, D / 2 + 0.36) @ rot("y", 6) @ ALONG_X
    parts += _match(burn, lit=True)
    head = (burn @ np.array([0.0, 0.8, 0.0, 1.0]))[:3]
    parts += flame(head + v3(0.0, 0.01, 0.0), 0.3)
    return parts


def _knot_path() -> np.ndarray:
    """The centre line of a rope tied in a loose overhand knot standing up facing the viewer,
    both ends falling to the ground and trailing away to the sides."""
    t = np.linspace(np.pi + 0.5, 3 * np.pi - 0.5, 44)
    k = np.stack([np.sin(t) + 2 * np.sin(2 * t), np.cos(t) - 2 * np.cos(2 * t), -np.sin(3 * t)], 1)
    k = k * [0.22, 0.22, 0.16] + [0.0, 0.95, 0.0]
    start = [(-1.05, 0.12, 0.25), (-0.8, 0.13, 0.2), (-0.45, 0.28, 0.15)]
    end = [(0.45, 0.28, -0.15), (0.8, 0.13, -0.05), (1.05, 0.12, 0.2)]
    return np.concatenate([start, k, end])


def _frames_along(path: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unit tangents and two normals along a polyline, parallel-transported (no twist)."""
    tan = np.gradient(path, axis=0)
    tan /= np.linalg.norm(tan, axis=1, keepdims=True)
    u = np.empty_like(path)
    ref = v3(0, 0, 1) if abs(tan[0, 2]) < 0.9 else v3(1, 0, 0)
    u[0] = np.cross(tan[0], ref)
    u[0] /= np.linalg.norm(u[0])
    for i in range(1, len(path)):
        w = u[i - 1] - tan[i] * np.dot(u[i - 1], tan[i])
        u[i] = w / max(np.linalg.norm(w), 1e-9)
    return tan, u, np.cross(tan, u)


def _resample(path: np.ndarray, n: int) -> np.ndarray:
    """n points evenly spaced by length along a polyline."""
    seg = np.linalg.norm(np.diff(path, axis=0), axis=1)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    at_s = np.linspace(0.0, s[-1], n)
    return np.stack([np.interp(at_s, s, path[:, i]) for i in range(3)], 1)


def _knot(rng: Rng) -> list[Part]:
    """A thick rope tied in a big loose overhand knot, standing up facing the viewer: its three
    twisted strands laid round one another, both ends falling to the ground and trailing away,
    each whipped with twine and frayed into a tuft."""
    R = 0.085
    fine = _resample(_knot_path(), 160)
    length = float(np.linalg.norm(np.diff(fine, axis=0), axis=1).sum())
    tan, u, w = _frames_along(fine)
    lay = 8.0 * R  # one turn of a strand
    per_turn = 5
    n = max(8, round(length / lay * per_turn))
    idx = np.linspace(0, len(fine) - 1, n).round().astype(int)
    s = np.linspace(0.0, length, n)
    parts = []
    for j in range(3):  # the strands, each a helix round the centre line
        a = 2 * np.pi * (s / lay + j / 3)
        off = 0.45 * R * (np.cos(a)[:, None] * u[idx] + np.sin(a)[:, None] * w[idx])
        parts.append(tube(fine[idx] + off, 0.62 * R, slot=0, tag="body" if j == 0 else ""))
    for end, d in ((0, 1), (-1, -1)):  # whipping and a frayed tuft at each end
        p, t0 = fine[end], tan[end] * d  # t0 points into the rope
        parts.append(cylinder(R * 1.08, R * 1.08, 0.1, at(*(p + t0 * 0.02)) @ align(t0), 1))
        for k in range(5):
            a = 2 * np.pi * k / 5 + float(rng.uniform(-0.3, 0.3))
            side = np.cos(a) * u[end] + np.sin(a) * w[end]
            tip = p - t0 * 0.13 + side * R * 1.1
            parts.append(tube([p + t0 * 0.02 + side * R * 0.4, tip], [0.02, 0.006], slot=0))
    return parts


def _puzzle_piece(
    cx: float, cz: float, s: float, sides: tuple[int, int, int, int], depth: float,
    m: np.ndarray, slot, tag: str = "",
) -> Part:  # fmt: skip
    """A jigsaw piece s across, centred at (cx, cz) of the plane y = 0 under ``m`` and
    ``depth`` thick: ``sides`` (+x, -z, -x, +z) each 1 for a knob, -1 for a socket (the knob
    of the piece beside it, with a hair of play) or 0 for a straight edge."""
    r, e, play = 0.16 * s, 0.13 * s, 0.012 * s
    h = s / 2 - play / 2

    def contours(n: int) -> list[np.ndarray]:
        out = [np.array([(-h, -h), (h, -h), (h, h), (-h, h)])]
        for side, (dx, dy) in zip(sides, ((1, 0), (0, 1), (-1, 0), (0, -1)), strict=True):
            if side > 0:  # a knob: a disc just beyond the edge, joined by a narrow neck
                out.append(disc((dx * (s / 2 + e), dy * (s / 2 + e)), r, n))
            elif side < 0:  # a socket: the same disc cut from just inside the edge
                out.append(disc((dx * (s / 2 - e), dy * (s / 2 - e)), r + play, n, cut=True))
        return [c + np.array([cx, -cz]) for c in out]

    return flat_solid(contours, depth, m @ rot("x", -90), slot, tag)


def _jigsaw(rng: Rng) -> list[Part]:
    """Jigsaw puzzle pieces lying on the ground: four fitted together in a square, their
    round knobs locked in one another's sockets, and one more lying apart, turned, showing
    its knobs and sockets."""
    s, thick = 0.46, 0.05
    # each piece's sides (+x, -z, -x, +z): a knob on one side is a socket on its neighbour's
    a, b, c, d = 1, -1, -1, 1  # the four joins inside the square
    grid = {
        (0, 0): (a, 1, -1, c),
        (1, 0): (1, -1, -a, d),
        (0, 1): (b, -c, 1, -1),
        (1, 1): (-1, -d, -b, 1),
    }
    slots = {(0, 0): 0, (1, 0): 1, (0, 1): 1, (1, 1): 0}
    place = at(-0.32, 0.0, -0.3) @ rot("y", float(rng.uniform(-8, 8)))
    parts = []
    for (i, j), sides in grid.items():
        cx, cz = (i - 0.5) * s, (j - 0.5) * s
        parts.append(_puzzle_piece(cx, cz, s, sides, thick, place, slots[(i, j)],
                                   "body" if (i, j) == (0, 0) else ""))  # fmt: skip
    apart = at(0.5, 0.0, 0.42) @ rot("y", float(rng.uniform(25, 40)))
    parts.append(_puzzle_piece(0.0, 0.0, s, (1, -1, -1, 1), thick, apart, 0))
    return parts


def _brick(w: int, d: int, m: np.ndarray, slot, tag: str = "") -> list[Part]:
    """A toy building brick w studs by d studs, standing on y = 0 under ``m``: a block with a
    round stud on top at each place."""
    p, h = 0.16, 0.192
    parts = [box(w * p - 0.004, h, d * p - 0.004, m, slot, tag)]
    for i in range(w):
        for j in range(d):
            c = m @ at((i - (w - 1) / 2) * p, h, (j - (d - 1) / 2) * p)
            parts.append(cylinder(0.048, 0.048, 0.034, c, slot))
    return parts


def _toy_bricks(rng: Rng) -> list[Part]:
    """Toy building bricks snapped together in a little stepped stack, each a different colour
    with round studs on top, and a small one lying loose beside them."""
    h = 0.192
    parts = _brick(4, 2, at(0.0, 0.0, 0.0), 0, "body")
    parts += _brick(4, 2, at(-0.16, h, 0.0), 1)
    parts += _brick(2, 2, at(-0.32, 2 * h, 0.0), "plume")
    parts += _brick(2, 4, at(0.08, 2 * h, 0.0), "fruit-yellow")
    parts += _brick(2, 2, at(0.05, 3 * h, 0.08), "fruit-green")
    yaw = float(rng.uniform(20, 35))
    parts += _brick(2, 1, at(0.55, 0.0, 0.45) @ rot("y", yaw), 0)
    parts += _brick(1, 1, at(-0.45, 0.0, 0.45) @ rot("y", 10), "plume")
    return parts


def _yoyo(rng: Rng) -> list[Part]:
    """A yo-yo standing on its rim: two round discs joined by an axle, its string wound in the
    gap between them and rising from it taut to a finger loop above."""
    R, w, gap = 0.32, 0.13, 0.05
    m = at(0, R, 0) @ rot("y", float(rng.uniform(28, 38))) @ ALONG_Z  # its axle along +y
    half = [(0.0, 0.0), (0.08, 0.0), (0.1, 0.01), (R - 0.06, 0.02), (R - 0.01, 0.05),
            (R, 0.08), (R - 0.015, w - 0.01), (R - 0.05, w), (0.12, w - 0.012),
            (0.0, w - 0.012)]  # fmt: skip
    parts = []
    for s in (-1, 1):  # the two discs, their faces out
        face = m @ at(0, s * gap / 2, 0) @ scl(1.0, s, 1.0)
        parts.append(lathe(half, face, 0, "body" if s < 0 else ""))
        parts.append(cylinder(0.11, 0.11, 0.01, face @ at(0, w - 0.014, 0), 1))  # the caps
        parts.append(torus(R - 0.03, 0.008, face @ at(0, w - 0.02, 0), 1))
    parts.append(cylinder(0.03, 0.03, gap + 0.02, m @ at(0, -gap / 2 - 0.01, 0), "steel"))
    parts.append(cylinder(0.13, 0.13, gap * 0.9, m @ at(0, -gap * 0.45, 0), "snow"))  # wound
    for k in range(3):
        y = -gap * 0.35 + gap * 0.35 * k
        parts.append(torus(0.13, 0.008, m @ at(0, y, 0), "snow"))
    top = (m @ np.array([0.0, 0.0, -0.13, 1.0]))[:3]  # the string leaves the top of the wound
    top = v3(top[0], R + 0.13, top[2])
    hi = 1.5
    parts.append(tube([top, top + v3(0.0, 0.5, 0.0), v3(0, hi - 0.1, 0.0) + v3(top[0], 0, 0)],
                      0.007, slot="snow"))  # fmt: skip
    loop = at(top[0], hi, 0.0) @ rot("y", 20) @ ALONG_Z
    parts.append(torus(0.09, 0.008, loop @ scl(0.7, 1.0, 1.0), "snow"))
    parts.append(sphere(0.018, at(top[0], hi - 0.095, 0.0), "snow"))  # its slip knot
    return parts


def _vacuum(rng: Rng) -> list[Part]:
    """A canister vacuum cleaner: a rounded body on big rear wheels with a lid and a carry
    handle, its ribbed hose curving out of the front up to a hand grip, a long straight wand
    down to the broad floor head with its brush strip."""
    parts = []
    bx, bz = -0.45, -0.2
    body = at(bx, 0.24, bz) @ rot("y", 30)
    parts.append(sphere(1.0, body @ scl(0.26, 0.2, 0.42), 0, "body"))
    parts.append(sphere(1.0, body @ at(0, 0.05, -0.04) @ scl(0.22, 0.16, 0.33), 1))  # the lid
    handle = [(0.0, 0.18, -0.16), (0.0, 0.28, -0.09), (0.0, 0.28, 0.07), (0.0, 0.18, 0.14)]
    parts.append(tube(handle, 0.025, body, 1))  # its carry handle
    for s in (-1, 1):  # the rear wheels
        wheel = body @ at(s * 0.24, -0.06, -0.22) @ rot("z", s * 90)
        parts.append(cylinder(0.13, 0.13, 0.06, wheel @ at(0, -0.03, 0), "cloth-dark"))
        parts.append(cylinder(0.06, 0.06, 0.065, wheel @ at(0, -0.03, 0), 1))
    nose = body @ at(0, 0.0, 0.4)
    parts.append(cylinder(0.07, 0.06, 0.1, nose @ ALONG_Z, 1))  # the hose socket
    start = (nose @ np.array([0.0, 0.0, 0.09, 1.0]))[:3]
    grip = v3(0.25, 0.85, 0.05)
    ctrl = np.array([start, start + v3(0.15, -0.05, 0.25), v3(0.15, 0.15, 0.35),
                     v3(0.35, 0.45, 0.2), v3(0.3, 0.75, 0.05), grip])  # fmt: skip
    fine = _resample(ctrl, 60)
    ribs = [0.05 if k % 2 else 0.042 for k in range(len(fine))]
    parts.append(tube(fine, ribs, slot="cloth-dark"))  # the ribbed hose
    head = v3(0.5, 0.0, 0.62)
    neck = head + v3(0.0, 0.08, -0.05)
    d = neck - grip
    d /= np.linalg.norm(d)
    parts.append(tube([grip - d * 0.02, grip + d * 0.2], 0.045, slot=1))  # the grip
    parts.append(tube([grip + v3(0, 0.01, 0) - d * 0.02, grip + v3(0.0, 0.15, 0.02),
                       grip + d * 0.22 + v3(0.0, 0.08, 0.0)], 0.022, slot=1))  # fmt: skip
    parts.append(stick(grip + d * 0.2, neck, 0.028, "steel"))  # the wand
    floor = at(*head) @ rot("y", -10)
    lie = floor @ rot("x", -90) @ at(0, 0, 0.035)
    parts.append(slab(rrect_outline(0.62, 0.2, 0.06), 0.07, lie, 1))
    parts.append(box(0.6, 0.02, 0.03, floor @ at(0, 0.0, 0.09), "cloth-dark"))
    parts.append(cylinder(0.045, 0.045, 0.1, floor @ at(0, 0.07, -0.05) @ rot("z", 90) @
                          at(0, -0.05, 0), "cloth-dark"))  # fmt: skip
    parts.append(sphere(0.05, at(*neck), 1))
    del rng
    return parts


def _sewing_machine(rng: Rng) -> list[Part]:
    """A classic sewing machine on its wooden base: the arched arm over the flat bed, gold
    scrollwork on it, the needle and presser foot over a scrap of cloth, a spool of thread on
    top feeding down to the needle and the big handwheel at its right end."""
    parts = [box(1.3, 0.08, 0.6, None, "cork")]  # the wooden base
    bed_y = 0.08
    parts.append(slab(rrect_outline(1.12, 0.5, 0.05), 0.09, at(0, bed_y + 0.045, 0)
                      @ rot("x", -90), 0, "body"))  # fmt: skip
    top = bed_y + 0.09
    parts.append(box(0.14, 0.004, 0.12, at(-0.36, top, 0.02), "steel"))  # the needle plate
    # the arm: rising from the bed at its right in a pillar, arching over to the head
    sq = rrect(2.0, 1.6, 0.5, 3)  # its cross-section: flat faced, rounded
    arm = [(0.36, top - 0.02, 0), (0.37, top + 0.3, 0), (0.3, top + 0.5, 0), (0.12, top + 0.56, 0),
           (-0.14, top + 0.56, 0), (-0.3, top + 0.55, 0)]  # fmt: skip
    parts.append(tube(arm, [0.14, 0.125, 0.11, 0.095, 0.09, 0.09], slot=0, shape=sq))
    head = at(-0.38, top + 0.3, 0)
    parts.append(slab(rrect_outline(0.2, 0.38, 0.05), 0.19, head @ at(0, 0.19, 0), 0))
    parts.append(slab(rrect_outline(0.012, 0.34, 0.005), 0.2, head @ at(-0.1, 0.19, 0),
                      "steel"))  # the face plate # fmt: skip
    # the needle bar, the needle and the presser foot below the head
    parts.append(stick((-0.4, top + 0.32, 0.04), (-0.4, top + 0.12, 0.04), 0.014, "steel"))
    parts.append(stick((-0.4, top + 0.13, 0.04), (-0.4, top + 0.03, 0.04), 0.005, "steel"))
    parts.append(stick((-0.35, top + 0.32, 0.0), (-0.35, top + 0.06, 0.0), 0.012, "steel"))
    parts.append(box(0.09, 0.02, 0.1, at(-0.37, top + 0.03, 0.02), "steel"))
    parts.append(box(0.46, 0.006, 0.34, at(-0.3, top, 0.06) @ rot("y", 12), "plume"))  # cloth
    parts.append(cylinder(0.035, 0.03, 0.05, at(-0.38, top + 0.42, 0.1) @ ALONG_Z, "steel"))
    # gold scrollwork on its side: lines along the arm, rings between them, a medallion
    for y in (top + 0.51, top + 0.6):
        parts.append(box(0.4, 0.012, 0.01, at(-0.06, y, 0.074), 1))
    for k in range(3):
        ring = at(-0.2 + 0.13 * k, top + 0.555, 0.078) @ ALONG_Z
        parts.append(torus(0.03, 0.006, ring, 1))
    parts.append(cylinder(0.05, 0.05, 0.006, at(0.37, top + 0.18, 0.1) @ ALONG_Z, 1))
    # the handwheel at its right end, on its axle
    wheel = at(0.48, top + 0.42, 0.0) @ ALONG_X
    parts.append(cylinder(0.025, 0.025, 0.08, at(0.42, top + 0.42, 0) @ ALONG_X, "steel"))
    parts.append(torus(0.15, 0.022, wheel @ at(0, 0.06, 0), "steel"))
    parts.append(cylinder(0.045, 0.045, 0.06, wheel @ at(0, 0.03, 0), "steel"))
    for k in range(5):  # its spokes
        a = np.radians(72 * k + 10)
        c = (0.0, 0.06, 0.0)
        parts.append(stick(c, (0.14 * np.cos(a), 0.06, 0.14 * np.sin(a)), 0.014, "steel"))
        parts[-1] = parts[-1].moved(wheel)
    # the spool on its pin on top of the arm, and the thread down to the needle
    pin = at(0.12, top + 0.64, 0.0)
    parts.append(stick((0.12, top + 0.6, 0), (0.12, top + 0.8, 0), 0.008, "steel"))
    parts.append(cylinder(0.055, 0.055, 0.015, pin, "pencil-wood"))
    parts.append(cylinder(0.045, 0.045, 0.1, pin @ at(0, 0.015, 0), "card-red"))
    parts.append(cylinder(0.055, 0.055, 0.015, pin @ at(0, 0.115, 0), "pencil-wood"))
    thread = [(0.12, top + 0.7, 0.045), (-0.1, top + 0.67, 0.08), (-0.36, top + 0.64, 0.1),
              (-0.38, top + 0.45, 0.12), (-0.4, top + 0.3, 0.06),
              (-0.4, top + 0.06, 0.045)]  # fmt: skip
    parts.append(tube(thread, 0.004, slot="card-red"))
    del rng
    return parts


MORE_APPLIANCES_K = {
    370: _engine, 371: _elevator, 372: _zipper, 373: _cigarette, 374: _cigar, 375: _matches,
    376: _knot, 377: _jigsaw, 378: _toy_bricks, 379: _yoyo, 380: _vacuum, 381: _sewing_machine,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
