"""More of the device family's appliances, from 1451: a deep-sea submersible, a pressure hatch,
a sea anemone, a giant kelp, a sea urchin, a harpoon gun, giant tube worms, an old diving suit.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, mesh_part, rot, scl
from ._kit import (
    ALONG_X,
    ALONG_Z,
    annulus,
    ball_mesh,
    balls,
    bristles,
    grid_mesh,
    hoop,
    lobed,
    pt,
    sphere_dirs,
    square_bar,
    strands,
    unit,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZZZZZF"]

Rng = np.random.Generator


def _rock(rng: Rng, size, c=(0.0, 0.0, 0.0), slot="stones", tag: str = "") -> Part:
    """A rough rock at c, ``size`` (half width, height, half depth): a lumpy ball cut flat
    underneath, its faces shaded flat."""
    v, f = ball_mesh(16, 8)
    d = rng.normal(0.0, 1.0, (4, 3))
    phase = rng.uniform(0.0, 6.3, 4)
    r = 1.0 + sum(0.07 * np.sin(2.4 * v @ d[k] + phase[k]) for k in range(4))
    v = v * r[:, None]
    v[:, 1] = np.maximum(v[:, 1], -0.25) + 0.25
    v = v * np.array([size[0], size[1] / v[:, 1].max(), size[2]]) + np.asarray(c, float)
    return mesh_part(v, f, slot, tag, facets=True)


# ---- a deep-sea submersible -----------------------------------------------------------------


def _thruster(m: np.ndarray, r: float) -> list[Part]:
    """A stubby ducted thruster under ``m`` blowing along -x: a short ring duct round a hub
    with three propeller blades."""
    parts = [lathe(annulus(r, r * 1.25, r * 1.1), m @ ALONG_X, 1, sides=14, closed=True)]
    parts.append(cylinder(r * 0.28, r * 0.2, r * 1.3, m @ at(-r * 0.6, 0, 0) @ ALONG_X, 1))
    for k in range(3):
        parts.append(box(r * 0.12, r * 0.95, r * 0.45, m @ rot("x", 120 * k + 20), "marking"))
    return parts


def _manipulator(s: int, x: float, y: float) -> list[Part]:
    """A jointed manipulator arm folded under a submersible's nose on side s: a shoulder joint,
    an upper arm reaching forward and down, an elbow, a forearm folded back under it and a
    two-fingered claw."""
    z = s * 0.1
    sh, el, wr = (x, y, z), (x + 0.14, y - 0.07, z + s * 0.01), (x + 0.04, y - 0.15, z)
    parts = [balls([sh, el], [0.03, 0.026], "marking", 8, 4)]
    parts.append(stick(sh, el, 0.018, 1))
    parts.append(stick(el, wr, 0.015, 1))
    parts.append(cylinder(0.02, 0.02, 0.025, at(*wr) @ rot("z", 70), "marking"))
    for k in (-1, 1):  # the claw's fingers
        a = (wr[0] + 0.02, wr[1] - 0.005, z + k * 0.012)
        b = (wr[0] + 0.07, wr[1] - 0.015, z + k * 0.02)
        c = (wr[0] + 0.09, wr[1] - 0.01, z + k * 0.006)
        parts.append(tube([a, b, c], [0.008, 0.007, 0.004], None, 1))
    return parts


def _submersible(rng: Rng) -> list[Part]:
    """A deep-sea research submersible, its nose toward the front right: a bulbous rounded
    yellow hull with a low hump along its top, a hatch tower and a small tail fin, a big round
    domed glass viewport in a thick ring frame filling its nose, a small round porthole on
    each side, stubby ducted thrusters at the tail, two jointed manipulator arms folded under
    the nose with claws, lamps round the dome and on the tower, two landing skids on struts."""
    yc = 0.4
    hull = [(0.0, 0.0), (0.07, 0.012), (0.14, 0.07), (0.2, 0.18), (0.225, 0.32), (0.23, 0.48),
            (0.222, 0.62), (0.205, 0.74), (0.185, 0.82), (0.175, 0.855), (0.0, 0.86)]  # fmt: skip
    parts = [lathe(hull, at(-0.45, yc, 0) @ ALONG_X, 0, "body")]
    nose = 0.41
    parts.append(cylinder(0.168, 0.168, 0.006, at(nose - 0.004, yc, 0) @ ALONG_X, "window"))
    parts.append(sphere(1.0, at(nose, yc, 0) @ scl(0.15, 0.162, 0.162), "pane"))  # the dome
    parts.append(torus(0.168, 0.022, at(nose + 0.005, yc, 0) @ rot("z", 90), 1))  # its frame
    a = 2 * np.pi * (np.arange(12) + 0.5) / 12  # the frame's bolts
    bolts = np.stack([np.full(12, nose + 0.02), yc + 0.168 * np.sin(a), 0.168 * np.cos(a)], 1)
    parts.append(balls(bolts, 0.009, "steel", 6, 3))
    parts.append(sphere(1.0, at(-0.04, yc + 0.19, 0) @ scl(0.34, 0.09, 0.13), 0))  # the hump
    parts.append(cylinder(0.065, 0.06, 0.1, at(0.08, yc + 0.2, 0), 0))  # the hatch tower
    parts.append(cylinder(0.07, 0.066, 0.02, at(0.08, yc + 0.3, 0), 1))
    fin = [(0.0, 0.0), (0.16, 0.0), (0.05, 0.13), (-0.02, 0.13)]
    parts.append(slab(fin, 0.018, at(-0.42, yc + 0.08, 0), 0))
    for s in (-1, 1):  # the side portholes
        m = at(0.2, yc + 0.03, s * 0.226) @ rot("x", s * 90)
        parts.append(cylinder(0.036, 0.036, 0.012, m, "window"))
        parts.append(torus(0.038, 0.01, m @ at(0, 0.008, 0), 1))
    parts += _thruster(at(-0.5, yc, 0), 0.06)  # the tail thruster
    for s in (-1, 1):  # the side thrusters on pylons
        parts += _thruster(at(-0.3, yc - 0.02, s * 0.27), 0.05)
        parts.append(box(0.08, 0.025, 0.08, at(-0.3, yc - 0.032, s * 0.22), 1))
    parts += _thruster(at(-0.22, yc + 0.24, 0) @ rot("z", 90), 0.04)  # the vertical one
    for s in (-1, 1):  # the manipulator arms
        parts += _manipulator(s, 0.3, yc - 0.16)
    for s in (-1, 1):  # the skids on their struts
        z = s * 0.17
        rail = [(-0.4, 0.02, z), (0.28, 0.02, z), (0.4, 0.05, z), (0.45, 0.1, z)]
        parts.append(tube(rail, 0.018, None, 1))
        for x in (-0.28, 0.0, 0.24):
            parts.append(stick((x, 0.03, z), (x, yc - 0.15, s * 0.11), 0.013, 1))
    lamps = [(0.36, yc + 0.17, 0.13), (0.36, yc + 0.17, -0.13), (0.38, yc - 0.15, 0.14),
             (0.38, yc - 0.15, -0.14), (0.12, yc + 0.28, 0.0)]  # fmt: skip
    for x, y, z in lamps:  # lamps looking forward
        parts.append(cylinder(0.026, 0.03, 0.06, at(x, y, z) @ ALONG_X, 1))
        parts.append(cylinder(0.022, 0.022, 0.008, at(x + 0.058, y, z) @ ALONG_X, "glow"))
    turn = -22.0 + float(rng.uniform(-4, 4))
    return [p.moved(rot("y", turn)) for p in parts]


# ---- a pressure hatch -----------------------------------------------------------------------


def _rivet_rows(w: float, h: float, inset: float, pitch: float, z: float) -> np.ndarray:
    """Rivet heads round the edge of a plate w × h standing on y = 0, its face at z, ``inset``
    in from the edges, about ``pitch`` apart."""
    nx, ny = round((w - 2 * inset) / pitch), round((h - 2 * inset) / pitch)
    xs = np.linspace(-w / 2 + inset, w / 2 - inset, nx + 1)
    ys = np.linspace(inset, h - inset, ny + 1)
    pts = [(x, y) for x in xs for y in (ys[0], ys[-1])]
    pts += [(x, y) for y in ys[1:-1] for x in (xs[0], xs[-1])]
    return np.array([(x, y, z) for x, y in pts])


def _pressure_hatch(rng: Rng) -> list[Part]:
    """A round watertight hatch in a ship's bulkhead, facing the viewer: a square section of
    steel bulkhead plate framed by flat bars with rows of rivets, a raised ring coaming round
    the opening ringed with rivets, the thick round door on it behind a dark gasket, its face
    dished inside a ring of bolts, a big five-spoked handwheel on a hub at its centre, eight
    clamp dogs round its rim (each a lug on the coaming, a clamp bar reaching over the door's
    edge and a wing nut), two heavy hinges with a long pin on the left."""
    W, H, T, cy = 1.12, 1.12, 0.06, 0.56
    parts = [box(W, H, T, at(0, 0, -T), 0, "body")]  # the bulkhead plate
    for y in (0.0, H - 0.08):  # its frame of flat bars
        parts.append(box(W, 0.08, 0.02, at(0, y, 0), 0))
    for s in (-1, 1):
        parts.append(box(0.08, H - 0.16, 0.02, at(s * (W / 2 - 0.04), 0.08, 0), 0))
    rivets = _rivet_rows(W, H, 0.04, 0.075, 0.02)
    ring = [a for a in np.radians(np.arange(0, 360, 12)) if abs(np.cos(a) + 1) > 0.12]
    rivets = np.concatenate([rivets, [(0.46 * np.cos(a), cy + 0.46 * np.sin(a), 0.0)
                                      for a in ring]])  # fmt: skip
    parts.append(balls(rivets, 0.013, 0, 8, 3))
    parts.append(lathe(annulus(0.3, 0.38, 0.05), at(0, cy, 0.025) @ ALONG_Z, 0, closed=True))
    door = [(0.0, 0.0), (0.34, 0.0), (0.345, 0.05), (0.335, 0.075), (0.3, 0.085), (0.27, 0.085),
            (0.25, 0.1), (0.0, 0.11)]  # fmt: skip
    parts.append(lathe(door, at(0, cy, 0.05) @ ALONG_Z, 0))
    parts.append(torus(0.345, 0.013, at(0, cy, 0.06) @ rot("x", 90), "marking"))  # the gasket
    a = np.radians(np.arange(0, 360, 20) + 10)
    bolts = np.stack([0.3 * np.cos(a), cy + 0.3 * np.sin(a), np.full(len(a), 0.135)], 1)
    parts.append(balls(bolts, 0.012, 0, 8, 3))
    parts.append(cylinder(0.045, 0.035, 0.06, at(0, cy, 0.155) @ ALONG_Z, 1))  # the handwheel
    wheel = at(0, cy, 0.2)
    parts.append(torus(0.15, 0.017, wheel @ rot("x", 90), 1))
    spin = float(rng.uniform(0, 72))
    for k in range(5):
        a = np.radians(spin + 72 * k)
        parts.append(stick((0, cy, 0.2), (0.15 * np.cos(a), cy + 0.15 * np.sin(a), 0.2), 0.011,
                           1))  # fmt: skip
    parts.append(cylinder(0.03, 0.025, 0.03, wheel @ ALONG_Z, 1))
    for k in range(8):  # the clamp dogs
        a = np.radians(22.5 + 45 * k)
        c, s = np.cos(a), np.sin(a)
        parts.append(square_bar((0.39 * c, cy + 0.39 * s, 0.0), (0.45 * c, cy + 0.45 * s, 0.0),
                                0.07, 0.1, 1))  # its lug  # fmt: skip
        parts.append(square_bar((0.29 * c, cy + 0.29 * s, 0.1), (0.45 * c, cy + 0.45 * s, 0.1),
                                0.05, 0.04, 1))  # fmt: skip
        parts.append(cylinder(0.022, 0.018, 0.06, at(0.41 * c, cy + 0.41 * s, 0.12) @ ALONG_Z,
                              1))  # its wing nut  # fmt: skip
        parts.append(box(0.07, 0.015, 0.012, at(0.41 * c, cy + 0.41 * s, 0.175)
                         @ rot("z", np.degrees(a)) @ at(0, -0.0075, 0), 1))  # fmt: skip
    for y in (cy + 0.07, cy - 0.07):  # the hinges
        parts.append(box(0.1, 0.07, 0.12, at(-0.5, y - 0.035, 0.0), 0))
        parts.append(cylinder(0.042, 0.042, 0.07, at(-0.47, y - 0.035, 0.12), 0))
        parts.append(box(0.34, 0.06, 0.035, at(-0.3, y - 0.03, 0.12), 0))
    parts.append(cylinder(0.02, 0.02, 0.26, at(-0.47, cy - 0.13, 0.12), "steel"))  # the pin
    return parts


# ---- a sea anemone --------------------------------------------------------------------------


def _sea_anemone(rng: Rng) -> list[Part]:
    """A sea anemone on a rock: a soft fleshy column widening from its foot up to a flat oral
    disc with a small mouth in its middle, ringed by three rows of soft curving tentacles
    (seventy of them) splaying outward and up, the outer ones long and curling over, each tapering
    to a rounded tip."""
    top = 0.42
    col = [(0.0, 0.06), (0.14, 0.06), (0.13, 0.12), (0.105, 0.2), (0.1, 0.28), (0.115, 0.36),
           (0.15, top - 0.01), (0.16, top), (0.0, top + 0.005)]  # fmt: skip
    parts = [lathe(col, None, 0, "body", shape=lobed(32, 16, 0.04))]  # the column
    parts.append(_rock(rng, (0.34, 0.13, 0.3), (0.0, 0.0, -0.02)))
    disc = [(0.0, top - 0.01), (0.15, top - 0.01), (0.15, top + 0.01), (0.06, top + 0.005),
            (0.0, top + 0.015)]  # fmt: skip
    parts.append(lathe(disc, None, 1))  # the oral disc
    parts.append(sphere(1.0, at(0, top + 0.01, 0) @ scl(0.035, 0.016, 0.02), "marking"))
    parts.append(torus(0.035, 0.008, at(0, top + 0.012, 0) @ scl(1, 1, 0.6), 1))  # the lips
    paths, radii = [], []
    for ring, (n, r0, length, rise) in enumerate(((30, 0.145, 0.25, 0.45), (24, 0.115, 0.22, 0.8),
                                                   (16, 0.085, 0.17, 1.2))):  # fmt: skip
        for i in range(n):
            a = 2 * np.pi * (i + 0.5 * ring) / n + float(rng.uniform(-0.06, 0.06))
            out = np.array([np.cos(a), 0.0, np.sin(a)])
            side = np.array([-np.sin(a), 0.0, np.cos(a)])
            ln = length * float(rng.uniform(0.85, 1.1))
            curl = float(rng.uniform(-0.25, 0.25))
            root = out * r0 + (0, top, 0)
            pts = [root]
            for t in (0.25, 0.5, 0.75, 1.0):
                up = rise * (1.0 - 0.7 * t) + (0.2 if ring else -0.3) * t * t
                pts.append(root + ln * t * (out + up * np.array([0, 1.0, 0]) + curl * t * side))
            paths.append(pts)
            radii.append([0.021, 0.02, 0.018, 0.016, 0.015, 0.013, 0.006])
    parts.append(strands(paths, radii, 0, sides=6, n=9))
    return parts


# ---- a giant kelp ---------------------------------------------------------------------------


def _sheets(grids, thick: float, slot) -> Part:
    """Many thin sheets in one part (kelp blades): each grid of points (rows, cols, 3) given
    ``thick`` along its normals and closed round its edges, as ``cloth_sheet`` does one."""
    g = np.asarray(grids, float)
    n = np.cross(np.gradient(g, axis=1), np.gradient(g, axis=2))
    n *= thick / 2 / np.maximum(np.linalg.norm(n, axis=-1, keepdims=True), 1e-12)
    ring = np.concatenate([g + n, (g - n)[:, :, ::-1]], axis=2)
    _, f = grid_mesh(ring[0])
    verts = ring.reshape(len(g), -1, 3)
    hubs = np.stack([ring[:, 0].mean(1), ring[:, -1].mean(1)], 1)
    verts = np.concatenate([verts, hubs], 1)
    faces = f[None] + (np.arange(len(g)) * verts.shape[1])[:, None, None]
    return mesh_part(verts.reshape(-1, 3), faces.reshape(-1, 3), slot)


def _kelp_stipe(rng: Rng, root, top, sway: float) -> tuple[list, list, list]:
    """One stipe of kelp from its root to its top, bowing to +x as if swaying: its path, the
    long ruffled ribbon blades lining it on alternate sides (grids for ``_sheets``) and the gas
    bladders at their bases."""
    root, top = np.asarray(root, float), np.asarray(top, float)
    phase = float(rng.uniform(0, 1))
    ts = np.linspace(0, 1, 7)
    path = [root + (top - root) * t + (sway * np.sin(np.pi * t * 1.2 + phase), 0, 0) for t in ts]
    pts = np.array(path)
    blades, bladders = [], []
    u = np.linspace(0.0, 1.0, 12)[:, None, None]
    v = np.linspace(-0.5, 0.5, 4)[None, :, None]
    width = np.interp(u, [0.0, 0.12, 0.45, 0.8, 1.0], [0.006, 0.05, 0.065, 0.045, 0.004])
    n = 9
    for i in range(n):
        t = 0.16 + 0.82 * i / (n - 1)
        p = np.array([np.interp(t, ts, pts[:, j]) for j in range(3)])
        dp = unit(np.array([np.interp(t + 0.02, ts, pts[:, j]) for j in range(3)]) - p)
        turn = 2.4 * i + float(rng.uniform(-0.3, 0.3))
        side = unit(np.cross(dp, [np.cos(turn), 0.0, np.sin(turn)]))
        base = p + side * 0.018
        bladders.append(base)
        d = unit(0.4 * side + 0.9 * dp + np.array([0.2, 0.0, 0.0]))
        face = unit(np.cross(d, side))
        across = unit(np.cross(face, d))
        length = (0.3 if i < n - 1 else 0.2) * float(rng.uniform(0.85, 1.15))
        wave = float(rng.uniform(0, 6.3))
        bend = 0.016 * np.sin(13 * u + wave) + 0.02 * np.abs(v) * np.sin(40 * u + 3 * v)
        blades.append(base + d * length * u + across * width * v + face * bend)
    return path, blades, bladders


def _kelp(rng: Rng) -> list[Part]:
    """Tall giant kelp swaying in a current: a tangle of root-like holdfast gripping a rock,
    five long thin stipes rising from it and bowing gently all one way, each lined from low
    down to its tip with long wavy ribbon blades with ruffled edges on alternate sides, a small
    round gas bladder at each blade's base; much taller than wide."""
    y0 = 0.14
    parts = [sphere(1.0, at(0, y0, 0) @ scl(0.07, 0.05, 0.06), 0, "body")]  # the holdfast
    roots = []
    for k in range(14):
        a = 2 * np.pi * k / 14 + float(rng.uniform(-0.2, 0.2))
        r = float(rng.uniform(0.1, 0.17))
        c, s = np.cos(a), np.sin(a)
        far = 1.15 * r
        roots.append([(0.03 * c, y0, 0.03 * s), (0.6 * r * c, y0 + 0.01, 0.6 * r * s),
                      (r * c, y0 - 0.04, r * s), (far * c, y0 - 0.08, far * s)])  # fmt: skip
    parts.append(strands(roots, [0.016, 0.013, 0.01, 0.006], 0, sides=5, n=7))
    parts.append(_rock(rng, (0.22, 0.12, 0.2), (0.0, 0.0, 0.0)))
    tops = ((-0.16, 1.25, 0.02), (0.04, 1.32, -0.1), (0.16, 1.12, 0.06), (-0.02, 1.0, 0.12),
            (0.1, 0.86, -0.14))  # fmt: skip
    stipes, blades, bladders = [], [], []
    for k, (x, y, z) in enumerate(tops):
        a = 2 * np.pi * k / 5
        root = (0.025 * np.cos(a), y0 + 0.03, 0.025 * np.sin(a))
        top = (x, y * float(rng.uniform(0.95, 1.03)), z)
        path, grids, bulbs = _kelp_stipe(rng, root, top, 0.08)
        stipes.append(path)
        blades += grids
        bladders += bulbs
    parts.append(strands(stipes, [0.011, 0.009, 0.007, 0.004], 0, sides=7, n=16))
    parts.append(_sheets(blades, 0.004, 0))
    parts.append(balls(bladders, 0.017, 1, 6, 3))
    return parts


# ---- a sea urchin ---------------------------------------------------------------------------


def _sea_urchin(rng: Rng) -> list[Part]:
    """A sea urchin sitting on a small flat rock: a round, slightly flattened test with ten
    faint ribs, densely covered all over in over two hundred long straight spines radiating
    from it, tapering to points, the lowest ones splayed out onto the rock."""
    r, squash, yc = 0.15, 0.72, 0.2
    prof = [(0.0, -1.0), (0.55, -0.88), (0.88, -0.5), (1.0, 0.0), (0.88, 0.5), (0.55, 0.86),
            (0.15, 0.98), (0.0, 0.96)]  # fmt: skip
    test = [(x * r, y * r * squash) for x, y in prof]
    parts = [lathe(test, at(0, yc, 0), 1, "body", shape=lobed(30, 10, 0.04))]
    parts.append(_rock(rng, (0.32, 0.1, 0.28), (0.02, 0.0, -0.01)))
    d = sphere_dirs(240, rng, 0.04)
    d = d[d[:, 1] > -0.5]
    roots = d * (r, r * squash, r) * 0.96 + (0, yc, 0)
    length = 0.23 * rng.uniform(0.85, 1.1, len(d))
    low = d[:, 1] < 0.0
    length[low] *= 0.75
    aim = d.copy()
    aim[low, 1] *= 0.35  # the lowest spines splay out sideways
    aim = aim / np.linalg.norm(aim, axis=1, keepdims=True)
    tips = roots + aim * length[:, None]
    tips[:, 1] = np.maximum(tips[:, 1], 0.1)
    parts.append(bristles(roots, tips, 0.0075, 0))
    parts.append(sphere(1.0, at(0, yc + r * squash * 0.98, 0) @ scl(0.02, 0.006, 0.02), 1))
    return parts


# ---- a harpoon gun --------------------------------------------------------------------------


def _harpoon_gun(rng: Rng) -> list[Part]:
    """A speargun resting level on a small display stand, side on: a long slim wooden stock
    with a steel muzzle at its front, a pistol grip under its back end with a trigger and a
    trigger guard, the long steel spear lying along its top and sticking well out ahead to a
    barbed point with a hinged barb, two thick rubber bands looped from the muzzle back to
    notches on the spear, their wire wishbones over it."""
    Y = 0.2
    sy = Y + 0.052  # the spear's axis
    parts = [box(0.8, 0.042, 0.034, at(0.1, Y, 0), 0, "body")]  # the stock
    parts.append(cylinder(0.021, 0.021, 0.034, at(-0.3, Y + 0.021, -0.017) @ rot("x", 90), 0))
    parts.append(box(0.78, 0.006, 0.012, at(0.11, Y + 0.042, 0), "marking"))  # the spear track
    parts.append(box(0.06, 0.07, 0.05, at(0.52, Y - 0.01, 0), "steel"))  # the muzzle
    grip = [(-0.16, Y + 0.01), (-0.26, Y + 0.01), (-0.31, Y - 0.13), (-0.245, Y - 0.14)]
    parts.append(slab(grip, 0.034, None, 0))
    trigger = [(-0.135, Y + 0.005), (-0.15, Y + 0.005), (-0.165, Y - 0.04), (-0.152, Y - 0.043)]
    parts.append(slab(trigger, 0.008, None, "steel"))
    guard = [(-0.08, Y + 0.002, 0), (-0.1, Y - 0.055, 0), (-0.17, Y - 0.07, 0),
             (-0.235, Y - 0.075, 0)]  # fmt: skip
    parts.append(tube(guard, 0.006, None, "steel"))
    parts.append(stick((-0.36, sy, 0), (0.8, sy, 0), 0.0045, "steel"))  # the spear
    parts.append(cylinder(0.0045, 0.0, 0.055, at(0.8, sy, 0) @ ALONG_X, "steel"))
    barb = [(0.0, 0.0), (-0.07, 0.014), (-0.065, 0.006)]
    parts.append(slab(barb, 0.004, at(0.81, sy + 0.002, 0), "steel"))
    for x in (0.17, 0.27):  # the notches (shark fins) on the spear
        parts.append(slab([(0.0, 0.0), (-0.03, 0.0), (-0.005, 0.012)], 0.003, at(x, sy, 0),
                          "steel"))  # fmt: skip
    for k, x in enumerate((0.17, 0.27)):  # the bands and their wishbones
        for s in (-1, 1):
            z0, z1 = s * 0.032, s * 0.009
            pts = [(0.52, Y + 0.03, z0), ((0.52 + x) / 2, Y + 0.045 + 0.006 * k, z0 * 0.7),
                   (x, sy + 0.012, z1)]  # fmt: skip
            parts.append(tube(pts, 0.0095, None, "marking"))
        parts.append(tube([(x, sy + 0.012, -0.009), (x, sy + 0.017, 0), (x, sy + 0.012, 0.009)],
                          0.0025, None, "steel"))  # fmt: skip
    for s in (-1, 1):  # the band's ends through the muzzle
        parts.append(cylinder(0.012, 0.012, 0.014, at(0.52, Y + 0.03, s * 0.025)
                              @ rot("x", s * 90), "marking"))  # fmt: skip
    parts.append(box(0.64, 0.02, 0.15, at(0.08, 0, 0), 1))  # the stand
    for x in (-0.08, 0.36):
        parts.append(stick((x, 0.02, 0), (x, Y - 0.012, 0), 0.012, 1))
        parts.append(box(0.05, 0.012, 0.06, at(x, Y - 0.012, 0), 1))
        for s in (-1, 1):
            parts.append(box(0.05, 0.04, 0.01, at(x, Y - 0.012, s * 0.024), 1))
    del rng
    return parts


# ---- giant tube worms -----------------------------------------------------------------------


def _tube_worms(rng: Rng) -> list[Part]:
    """A cluster of giant tube worms on a dark rock: sixteen tall white tubes of varied heights
    rising close together from the rock, leaning a little outward, the tallest in the middle,
    each rimmed at its mouth and topped by a bright red feathery plume of ribbed gills with a
    few loose filaments curling out of its top."""
    n = 16
    parts = [_rock(rng, (0.38, 0.16, 0.32), (0.0, 0.0, 0.0), 1, "body")]
    parts.append(_rock(rng, (0.15, 0.08, 0.13), (0.3, 0.0, 0.2), 1))
    i = np.arange(n) + 0.5
    rad = 0.2 * np.sqrt(i / n) + rng.uniform(-0.015, 0.015, n)
    ang = i * np.pi * (3 - np.sqrt(5)) + float(rng.uniform(0, 6.3))
    plume = lobed(16, 8, 0.4)
    tubes, radii, fringe = [], [], []
    for k in range(n):
        c, s = np.cos(ang[k]), np.sin(ang[k])
        x, z = rad[k] * c, rad[k] * s * 0.85
        yb = 0.15 * np.sqrt(max(0.0, 1 - (x / 0.38) ** 2 - (z / 0.32) ** 2)) - 0.02
        h = (0.9 - 1.5 * rad[k]) * float(rng.uniform(0.8, 1.1))
        r = float(rng.uniform(0.02, 0.028))
        lean = 0.1 + 0.3 * rad[k]
        w = rng.uniform(-0.03, 0.03, (2, 2))
        path = [np.array([x + lean * c * h * t + w[i % 2, 0] * (0 < t < 1),
                          yb + h * t, z + lean * s * h * t + w[i % 2, 1] * (0 < t < 1)])
                for i, t in enumerate((0.0, 0.35, 0.7, 1.0))]  # fmt: skip
        tubes.append(path)
        radii.append([r * 0.75, r * 0.9, r, r * 1.05])
        m = at(*path[3]) @ align(unit(path[3] - path[2]))
        parts.append(hoop(r * 1.05, r * 0.28, m, 0, 16, 4))  # the rim
        tall = float(rng.uniform(0.9, 1.25))
        ph = [(r * 0.9, -0.01), (r * 1.7, 0.05), (r * 1.6, 0.12), (r * 0.7, 0.165), (0.0, 0.17)]
        parts.append(lathe([(a, b * tall) for a, b in ph], m, "comb", shape=plume))
        for j in range(4):  # the plume's loose filaments
            e = 2 * np.pi * (j + rng.uniform(-0.2, 0.2)) / 4 + k
            o = np.array([np.cos(e), 0.0, np.sin(e)])
            fringe.append([pt(m, *(o * r * 1.4 + (0, 0.12 * tall, 0))),
                           pt(m, *(o * r * 2.3 + (0, 0.17 * tall, 0))),
                           pt(m, *(o * r * 2.9 + (0, 0.19 * tall, 0)))])  # fmt: skip
    parts.append(strands(tubes, radii, 0, sides=9, n=8))
    parts.append(strands(fringe, [0.006, 0.004, 0.002], "comb", sides=4, n=4))
    return parts


# ---- an old diving suit ---------------------------------------------------------------------


def _helmet_window(c, a: float, r: float, yh: float, big: float) -> list[Part]:
    """A helmet's round window turned ``a`` degrees about y from the front: a thick ring frame,
    dark glass and a grille of three bars."""
    m = at(0, yh, 0) @ rot("y", a) @ at(0, 0, c) @ ALONG_Z
    parts = [cylinder(r * 1.2, r * 1.15, 0.03, m @ at(0, -0.015, 0), 1)]
    parts.append(cylinder(r, r, 0.024, m, "window"))
    parts.append(torus(r * 1.1, r * 0.16, m @ at(0, 0.018, 0), 1))
    for k in (-1, 0, 1):
        x = k * r * 0.45
        h = 2 * np.sqrt(r * r - x * x) * big
        parts.append(box(0.007, 0.01, h, m @ at(x, 0.022, 0), 1))
    parts.append(box(2 * r * big, 0.01, 0.007, m @ at(0, 0.022, 0), 1))
    return parts


def _diving_suit(rng: Rng) -> list[Part]:
    """An old standard diving dress standing on a round wooden stand: a baggy canvas suit with
    wrinkled legs and arms hanging by its sides, rubber cuffs and gloves, heavy lead boots with
    brass toe caps, a leather weight belt hung with lead weights round its waist, a copper
    breastplate (corselet) over its shoulders with a ring of bolts, the big round copper helmet
    on it with three round windows (front and sides) each behind a grille, a valve on its side,
    and a black air hose from the back of the helmet down to a coil on the floor."""
    P = 0.04
    parts = [cylinder(0.29, 0.3, P, None, "cork", "body")]  # the stand
    parts.append(stick((0, P, -0.15), (0, 0.72, -0.1), 0.018, "cork"))
    torso = [(0.0, 0.44), (0.12, 0.46), (0.155, 0.52), (0.16, 0.6), (0.165, 0.68),
             (0.175, 0.75), (0.14, 0.8), (0.0, 0.82)]  # fmt: skip
    parts.append(lathe(torso, scl(1, 1, 0.72), 0, shape=lobed(28, 7, 0.05)))
    for s in (-1, 1):
        x = s * 0.075
        parts.append(tube([(x, 0.5, 0), (s * 0.08, 0.38, 0.01), (s * 0.082, 0.26, 0.012),
                           (s * 0.078, 0.17, 0.0)],
                          [0.07, 0.076, 0.068, 0.06], None, 0))  # the legs  # fmt: skip
        parts.append(box(0.1, 0.035, 0.19, at(x, P, 0.02), "marking"))  # the lead boots
        parts.append(sphere(1.0, at(x, P + 0.035, 0.025) @ scl(0.05, 0.05, 0.085), "marking"))
        parts.append(cylinder(0.058, 0.058, 0.1, at(x, P + 0.035, -0.005), "marking"))
        parts.append(sphere(1.0, at(x, P + 0.04, 0.085) @ scl(0.045, 0.035, 0.035), "copper"))
        parts.append(torus(0.058, 0.008, at(x, P + 0.11, -0.005), "cork"))
        sh, el, wr = (s * 0.17, 0.74, 0.0), (s * 0.215, 0.58, -0.01), (s * 0.205, 0.44, 0.04)
        parts.append(tube([sh, el, wr], [0.058, 0.06, 0.05], None, 0))  # the arms
        cuff = at(*wr) @ rot("x", 18)
        parts.append(cylinder(0.042, 0.04, 0.04, cuff @ at(0, -0.03, 0), "marking"))
        parts.append(sphere(1.0, cuff @ at(0, -0.07, 0) @ scl(0.035, 0.055, 0.045), "marking"))
    parts.append(torus(0.152, 0.022, at(0, 0.56, 0) @ scl(1, 1, 0.74), "cork"))  # the belt
    for k in range(7):
        a = np.radians(-90 + 30 * (k - 3))
        c, s = np.cos(a), -np.sin(a)
        m = at(0.165 * c, 0.53, 0.165 * 0.74 * s) @ rot("y", 90 - np.degrees(a))
        parts.append(box(0.07, 0.065, 0.03, m, "marking"))
    parts.append(box(0.04, 0.035, 0.012, at(0, 0.545, 0.125), "copper"))  # the buckle
    cors = [(0.0, 0.735), (0.205, 0.735), (0.21, 0.75), (0.185, 0.795), (0.135, 0.835),
            (0.1, 0.86), (0.1, 0.88), (0.0, 0.88)]  # fmt: skip
    parts.append(lathe(cors, scl(1, 1, 0.82), 1))  # the corselet
    bolts = [(0.19 * np.cos(a), 0.76, 0.82 * 0.19 * np.sin(a)) for a in
             np.linspace(0, 2 * np.pi, 12, endpoint=False)]  # fmt: skip
    parts.append(balls(bolts, 0.013, "steel", 6, 3))
    yh, rh = 0.99, 0.125
    parts.append(torus(0.1, 0.016, at(0, 0.885, 0), 1))  # the neck ring
    parts.append(sphere(1.0, at(0, yh, 0) @ scl(rh, rh * 1.04, rh), 1))  # the helmet
    parts += _helmet_window(rh * 0.93, 0, 0.055, yh, 0.85)
    for s in (-1, 1):
        parts += _helmet_window(rh * 0.95, s * 80, 0.04, yh + 0.005, 0.85)
    parts.append(cylinder(0.018, 0.018, 0.05, at(0.1, yh - 0.06, 0.05) @ rot("z", -60), 1))
    parts.append(cylinder(0.022, 0.022, 0.05, at(0.03, yh + 0.02, -0.11) @ rot("x", -70), 1))
    sway = float(rng.uniform(-0.03, 0.03))
    hose = [(0.03, yh + 0.035, -0.15), (0.08, yh - 0.02, -0.21), (0.17, 0.8, -0.24),
            (0.25, 0.45, -0.22 + sway), (0.3, 0.12, -0.12), (0.34, 0.02, 0.05),
            (0.44, 0.02, 0.16), (0.53, 0.02, 0.05), (0.47, 0.02, -0.08),
            (0.36, 0.035, -0.02)]  # fmt: skip
    parts.append(tube(hose, 0.014, None, "marking"))
    return parts


MORE_APPLIANCES_ZZZZZF = {
    1451: _submersible, 1452: _pressure_hatch, 1453: _sea_anemone, 1454: _kelp,
    1455: _sea_urchin, 1456: _harpoon_gun, 1457: _tube_worms, 1458: _diving_suit,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
