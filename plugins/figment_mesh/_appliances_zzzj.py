"""More of the device family's appliances, from 1088: landforms as diorama tiles: a river delta,
a peninsula, a fjord, a mesa, a geyser, an impact crater, an oasis and an archipelago.

Each stands on y = 0 facing +z (the viewer), its land (or rock, or sand) in the first material
and its water in the second, unless its docstring says otherwise.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, at, mesh_part, rot, scl, v3
from ._kit import FLAT_UP, band, ccw, flat_solid, grid_mesh, grid_skin, lobed, loft, tree
from ._primitives import DIAMOND, box, cylinder, lathe, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZZZJ"]

Rng = np.random.Generator


# ---- plans, outlines and ground -----------------------------------------------------------------


def _plan(points) -> np.ndarray:
    """Points (x, z) on the ground as a ``flat_solid`` contour under ``FLAT_UP`` (x, -z)."""
    p = np.asarray(points, float)
    return np.stack([p[:, 0], -p[:, 1]], 1)


def _holes(outlines) -> list[np.ndarray]:
    """Outlines (x, z) as the contours ``_ground`` cuts away (turned clockwise)."""
    return [ccw(_plan(c))[::-1] for c in outlines]


def _ground(adds, holes, y0: float, y1: float, slot, tag: str = "") -> Part:
    """A flat solid from height y0 to y1 whose plan is the outlines ``adds`` (x, z) less the
    ``holes`` (from ``_holes``): a layer of land with channels or a hole cut through it."""
    loops = [ccw(_plan(a)) for a in adds] + list(holes)
    return flat_solid(lambda n: loops, y1 - y0, at(0, y0, 0) @ FLAT_UP, slot, tag)


def _rect(w: float, d: float) -> np.ndarray:
    """A rectangle w × d round the origin on the ground."""
    return np.array([(-w / 2, -d / 2), (w / 2, -d / 2), (w / 2, d / 2), (-w / 2, d / 2)])


def _blob(cx: float, cz: float, rx: float, rz: float, rng: Rng, rough: float = 0.12,
          n: int = 36) -> np.ndarray:  # fmt: skip
    """A wobbly round outline rx × rz round (cx, cz) on the ground (an island, a sand bar)."""
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    r = np.ones(n)
    for k, a in ((2, 0.5), (3, 0.35), (5, 0.2)):
        r += rough * a * np.sin(k * t + rng.uniform(0, 2 * np.pi))
    return np.stack([cx + rx * r * np.cos(t), cz + rz * r * np.sin(t)], 1)


def _capsule(a, b, ra: float, rb: float, n: int = 6) -> np.ndarray:
    """The outline round a channel's stretch from a to b (x, z), ra wide at a and rb at b, its
    ends rounded so that stretches overlap into one channel."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    ang = np.arctan2(b[1] - a[1], b[0] - a[0])
    t = np.linspace(-np.pi / 2, np.pi / 2, n)
    end = b + rb * np.stack([np.cos(ang + t), np.sin(ang + t)], 1)
    start = a + ra * np.stack([np.cos(ang + np.pi + t), np.sin(ang + np.pi + t)], 1)
    return np.concatenate([end, start])


def _sea(w: float, d: float, top: float, bed="plume") -> list[Part]:
    """A tile of sea w × d: a thin bed under flat water (the second material) up to ``top``."""
    return [box(w, 0.025, d, None, bed), box(w, top - 0.025, d, at(0, 0.025, 0), 1)]


def _field(xs: np.ndarray, zs: np.ndarray, h: np.ndarray, slot, tag: str = "") -> Part:
    """A block of ground over the grid xs × zs whose top follows the heights h (len(zs),
    len(xs)), its four sides straight down to y = 0 and a flat bottom: rolling dunes, a
    hollow."""
    nz, nx = h.shape
    gx, gz = np.meshgrid(xs, zs)
    top = np.stack([gx, h, gz], -1).reshape(-1, 3)
    idx = np.arange(nz * nx).reshape(nz, nx)
    a, b, c, d = idx[:-1, :-1], idx[1:, :-1], idx[:-1, 1:], idx[1:, 1:]
    faces = [np.stack([a, b, c], -1).reshape(-1, 3), np.stack([c, b, d], -1).reshape(-1, 3)]
    ring = np.concatenate([idx[0, :-1], idx[:-1, -1], idx[-1, :0:-1], idx[:0:-1, 0]])
    n = len(top)
    low = top[ring] * [1.0, 0.0, 1.0]
    m = len(ring)
    k = np.arange(m)
    p, q = ring, np.roll(ring, -1)
    pl, ql = n + k, n + np.roll(k, -1)
    faces += [np.stack([p, q, pl], 1), np.stack([q, ql, pl], 1)]
    hub = n + m
    faces.append(np.stack([np.full(m, hub), pl, ql], 1))
    verts = np.concatenate([top, low, [[float(xs.mean()), 0.0, float(zs.mean())]]])
    return mesh_part(verts, np.concatenate(faces), slot, tag)


def _stack(rings, shape: np.ndarray, m: np.ndarray | None = None, slot=0, tag: str = "") -> Part:
    """A solid through level rings of ``shape`` (a lathe's cross-section), each scaled by r at
    height y, bottom to top, closed flat at both ends: a crisp lathe in few triangles (a terrace,
    a bed of rock)."""
    r = np.array([q[0] for q in rings], float)
    y = np.array([q[1] for q in rings], float)
    zero = np.zeros_like(r)
    part = loft(np.stack([zero, y, zero], 1), np.stack([r, zero, zero], 1),
                np.stack([zero, zero, -r], 1), shape, slot, tag)  # fmt: skip
    return part if m is None else part.moved(m)


def _lump(m: np.ndarray, slot, sides: int = 7) -> Part:
    """A rough round lump of radius 1 under ``m`` (a boulder, a bunch of dates, a puff of
    steam) in few triangles."""
    return lathe([(0.0, -1.0), (1.0, 0.0), (0.0, 1.0)], m, slot, sides=sides)


# ---- small things on the land -------------------------------------------------------------------


def _palm(foot, h: float, lean, rng: Rng, fronds: int = 9) -> list[Part]:
    """A date palm standing at ``foot``: a tall slender trunk curving over toward ``lean`` (x,
    z), a crown of long arching fronds drooping at their tips, two hanging clusters of orange
    dates under it."""
    f = np.asarray(foot, float)
    d = v3(lean[0], 0.0, lean[1])
    pts = [f, f + v3(0, 0.35 * h, 0) + 0.08 * d, f + v3(0, 0.7 * h, 0) + 0.4 * d,
           f + v3(0, h, 0) + d]  # fmt: skip
    parts = [tube(pts, [0.05 * h, 0.038 * h, 0.034 * h, 0.03 * h], None, "cork")]
    crown = pts[-1]
    parts.append(_lump(at(*crown) @ scl(0.05 * h, 0.07 * h, 0.05 * h), "cork"))
    turn = float(rng.uniform(0, 2 * np.pi))
    for k in range(fronds):
        a = turn + 2 * np.pi * k / fronds
        out = v3(np.cos(a), 0.0, np.sin(a))
        side = v3(-np.sin(a), 0.0, np.cos(a))
        rise = 0.5 if k % 2 else 0.25
        L = 0.5 * h * float(rng.uniform(0.9, 1.1))
        path = [crown, crown + out * 0.35 * L + v3(0, rise * L, 0),
                crown + out * 0.75 * L + v3(0, 0.6 * rise * L, 0),
                crown + out * L + v3(0, -0.35 * L, 0)]  # fmt: skip
        parts.append(band(path, [0.02 * h, 0.14 * h, 0.11 * h, 0.01 * h], 0.012 * h, side, "vine"))
    for k in range(2):  # the dates
        a = turn + np.pi * k + 0.6
        c = crown + v3(0.06 * h * np.cos(a), -0.08 * h, 0.06 * h * np.sin(a))
        parts.append(_lump(at(*c) @ scl(0.045 * h, 0.08 * h, 0.045 * h), "fruit-orange"))
    return parts


def _tuft(x: float, y: float, z: float, h: float, rng: Rng, slot="vine") -> list[Part]:
    """A tuft of three grass blades or reeds at (x, y, z), h high, splaying a little."""
    parts = []
    for k in range(3):
        a = 2 * np.pi * k / 3 + float(rng.uniform(0, 1))
        tip = (x + 0.3 * h * np.cos(a), y + h * float(rng.uniform(0.8, 1.1)),
               z + 0.3 * h * np.sin(a))  # fmt: skip
        parts.append(tube([(x, y, z), tip], [0.12 * h, 0.0], None, slot, shape=DIAMOND))
    return parts


def _rock(c, s: float, rng: Rng, slot="stones") -> Part:
    """A boulder at c about s across: a squashed, tipped lump."""
    m = at(*c) @ rot("y", float(rng.uniform(0, 180))) @ rot("z", float(rng.uniform(-15, 15)))
    return _lump(m @ scl(s * 0.6, s * 0.42, s * 0.5), slot, 6)


# ---- 1088 river delta ---------------------------------------------------------------------------


def _channels(rng: Rng) -> list[tuple[np.ndarray, float, float]]:
    """A river's channels across the delta: the trunk coming in from the back edge, splitting
    again and again into a dozen or so distributaries fanning out to the front, each a polyline
    (x, z) with its width at each end."""
    out = []

    def grow(p, ang: float, w: float, level: int) -> None:
        last = level == 4 or (level == 3 and rng.uniform() < 0.35)
        length = 0.35 if last else (0.26, 0.16, 0.13, 0.12)[level]
        pts = [np.asarray(p, float)]
        for _ in range(4):
            ang += float(rng.uniform(-0.12, 0.12))
            pts.append(pts[-1] + length / 4 * np.array([np.sin(ang), np.cos(ang)]))
        out.append((np.array(pts), w, w * 0.9))
        if not last:
            spread = (0.5, 0.32, 0.24, 0.2)[level] + float(rng.uniform(-0.06, 0.06))
            for s in (-1, 1):
                grow(pts[-1], ang + s * spread, w * 0.74, level + 1)

    grow((float(rng.uniform(-0.08, 0.0)), -0.56), 0.0, 0.11, 0)
    return out


def _river_delta(rng: Rng) -> list[Part]:
    """A river delta on a square tile of land: a river coming in from the back edge and
    splitting again and again into a dozen or so branching channels that fan out across the
    flat land to its front, where the land ends in a rounded fan into a strip of sea; the water
    flat in the channels cut down into the land; green marsh and reeds on the islands between
    the channels, small marshy islets off the mouths."""
    y_water, y_top = 0.066, 0.094
    xs = np.linspace(-0.5, 0.5, 25)
    coast = 0.14 + 0.28 * np.cos(np.pi * xs / 1.15) ** 1.6 + 0.015 * np.sin(xs * 31)
    land = np.concatenate([[(-0.5, -0.5), (0.5, -0.5)], np.stack([xs, coast], 1)[::-1]])
    cuts, lines = [], []
    for pts, w0, w1 in _channels(rng):
        ws = np.linspace(w0, w1, len(pts))
        for i in range(len(pts) - 1):
            cuts.append(_capsule(pts[i], pts[i + 1], ws[i] / 2, ws[i + 1] / 2))
            lines.append((pts[i], pts[i + 1], max(ws[i], ws[i + 1]) / 2))
    cuts = _holes(cuts)
    parts = [_ground([land], cuts, y_water - 0.004, y_top, 0, "body")]
    parts.append(_ground([land], cuts, 0.02, y_water - 0.003, "plume"))  # the banks under water
    parts += _sea(1.0, 1.0, y_water)
    parts.append(box(1.008, y_water - 0.002, 0.004, at(0, 0, -0.502), "soil"))  # the tile's sides
    for s in (-1, 1):
        z1 = float(coast[0 if s < 0 else -1])
        parts.append(
            box(0.004, y_water - 0.002, z1 + 0.5, at(s * 0.502, 0, (z1 - 0.5) / 2), "soil")
        )
    marsh = []  # green marsh on the islands between the channels
    for _ in range(8):
        x, z = float(rng.uniform(-0.42, 0.42)), float(rng.uniform(-0.2, 0.32))
        marsh.append(_blob(x, z, 0.08, 0.055, rng, 0.25, 20))
    parts.append(_ground(marsh, cuts, y_top - 0.004, y_top + 0.006, "vine"))
    spots = rng.uniform((-0.45, -0.45), (0.45, 0.35), (40, 2))  # reeds where the marsh is dry
    dry = _clear(spots, lines, 0.02) & (spots[:, 1] < np.interp(spots[:, 0], xs, coast) - 0.03)
    for x, z in spots[dry]:
        parts += _tuft(float(x), y_top, float(z), 0.045, rng)
    for k in range(5):  # marshy islets off the mouths
        x = -0.36 + 0.18 * k + float(rng.uniform(-0.03, 0.03))
        z = min(float(np.interp(x, xs, coast)) + 0.07 + float(rng.uniform(0, 0.03)), 0.44)
        parts.append(_lump(at(x, y_water - 0.002, z) @ scl(0.035, 0.008, 0.016), "vine", 10))
    return parts


def _clear(pts: np.ndarray, lines, margin: float) -> np.ndarray:
    """Which points (n, 2) lie further than ``margin`` from every channel stretch (a, b, half
    width)."""
    a = np.array([q[0] for q in lines])[None]
    d = np.array([q[1] for q in lines])[None] - a
    r = np.array([q[2] for q in lines])[None]
    rel = pts[:, None] - a
    t = np.clip((rel * d).sum(-1) / np.maximum((d * d).sum(-1), 1e-12), 0.0, 1.0)
    gap = np.linalg.norm(rel - t[..., None] * d, axis=-1) - r
    return gap.min(1) > margin


# ---- 1089 peninsula -----------------------------------------------------------------------------


def _spit(spine: np.ndarray, half: np.ndarray, rng: Rng, rough: float) -> np.ndarray:
    """The outline (x, z) of a finger of land along the spine (n, 2) from the tile's back edge,
    ``half`` wide each side at each spine point, its sides ragged by ``rough`` and its end
    rounded."""
    d = np.gradient(spine, axis=0)
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    nrm = np.stack([-d[:, 1], d[:, 0]], 1)
    left = spine + nrm * (half + rough * rng.uniform(-1, 1, len(spine)))[:, None]
    right = spine - nrm * (half + rough * rng.uniform(-1, 1, len(spine)))[:, None]
    a = np.arctan2(nrm[-1, 1], nrm[-1, 0])
    t = np.linspace(0, np.pi, 9)[1:-1]
    tip = spine[-1] + half[-1] * np.stack([np.cos(a - t), np.sin(a - t)], 1)
    return np.concatenate([left, tip, right[::-1]])


def _lighthouse(x: float, y: float, z: float, h: float) -> list[Part]:
    """A small lighthouse standing at (x, y, z), h high: a white tapering tower with two red
    bands, a railed gallery, a glowing lantern and a red domed cap."""
    r = 0.16 * h
    parts = [cylinder(r, r * 0.72, h * 0.78, at(x, y, z), "snow")]
    for k in range(2):
        y0 = y + h * (0.2 + 0.3 * k)
        rr = r - (r * 0.28) * (0.2 + 0.3 * k) / 0.78
        parts.append(cylinder(rr + 0.002, rr * 0.95 + 0.002, h * 0.13, at(x, y0, z), "card-red"))
    parts.append(cylinder(r * 0.95, r * 0.95, h * 0.04, at(x, y + h * 0.78, z), "marking"))
    parts.append(cylinder(r * 0.55, r * 0.55, h * 0.12, at(x, y + h * 0.82, z), "glow"))
    parts.append(cylinder(r * 0.7, 0.0, h * 0.12, at(x, y + h * 0.94, z), "card-red"))
    return parts


def _peninsula(rng: Rng) -> list[Part]:
    """A peninsula: a square tile of flat sea with a long finger of land reaching out into it
    from the back edge and curving a little as it goes, its top grassy, its sides low rocky
    cliffs on a ledge of rock at the water, a sandy beach sloping into the sea round its tip
    with white surf, a lighthouse near its end and a few trees further back; rocks in the
    water off its cliffs."""
    y_water, y_cliff, y_top = 0.06, 0.16, 0.175
    bend = float(rng.uniform(-0.04, 0.04))
    ctrl = [(0.22, -0.5), (0.18, -0.25), (0.04 + bend, -0.02), (-0.13, 0.16), (-0.22, 0.27)]
    u = np.linspace(0, 1, 18)
    spine = np.stack([np.interp(u, np.linspace(0, 1, 5), [p[i] for p in ctrl]) for i in (0, 1)], 1)
    half = np.interp(u, [0, 0.35, 1], [0.15, 0.085, 0.07])
    spit = _spit(spine, half, rng, 0.012)
    parts = [_ground([spit], [], y_cliff, y_top, 0, "body")]
    parts.append(_ground([spit], [], 0.02, y_cliff, "stones"))
    parts.append(_ground([_spit(spine, half + 0.025, rng, 0.01)], [], 0.02, y_water + 0.012,
                         "stones"))  # fmt: skip
    tip, d = spine[-1], spine[-1] - spine[-2]
    d /= np.linalg.norm(d)
    beach = at(tip[0] + 0.05 * d[0], y_water - 0.03, tip[1] + 0.05 * d[1])
    beach = beach @ rot("y", -np.degrees(np.arctan2(d[1], d[0])))
    parts.append(sphere(1.0, beach @ scl(0.12, 0.1, 0.095), "plaster"))
    parts.append(torus(1.0, 0.06, beach @ at(0, 0.03, 0) @ scl(0.12, 0.15, 0.095), "snow"))
    parts += _sea(1.0, 1.0, y_water)
    parts += _lighthouse(float(spine[-3, 0]), y_top, float(spine[-3, 1]), 0.26)
    for k in range(4):  # trees on the broad end of the finger
        i = 2 + 2 * k
        off = float(rng.uniform(-0.06, 0.06))
        parts += tree(float(spine[i, 0]) + off, float(spine[i, 1]), 0.22, rng, k % 2 == 1, y_top)
    for k in range(6):  # rocks off the cliffs
        i = 3 + 2 * k
        side = 1 if k % 2 else -1
        nrm = np.array([-(spine[i + 1, 1] - spine[i - 1, 1]), spine[i + 1, 0] - spine[i - 1, 0]])
        nrm /= np.linalg.norm(nrm)
        p = spine[i] + side * nrm * (half[i] + 0.05)
        parts.append(_rock((p[0], y_water - 0.01, p[1]), 0.05, rng))
    return parts


# ---- 1090 fjord ---------------------------------------------------------------------------------


def _fjord_rows(s: int, phase: np.ndarray, nz: int = 26) -> np.ndarray:
    """The cross-sections of one side of a fjord (s = -1 left, 1 right), one per row along z
    (nz, 13, 3): a near-vertical rock wall ribbed with buttresses rising from the water's edge,
    a ledge of high ground along its top (columns 5 to 8), a ridge of peaks behind it (8 to
    10) and the outer side down to the ground. The water widens toward the mouth at the
    front; the right side sinks toward it, so the arm shows over it."""
    rows = []
    for z in np.linspace(-0.5, 0.5, nz):
        c = 0.035 * np.sin(3.0 * z + phase[0])  # the arm's middle
        e = s * c + 0.09 + 0.07 * (z + 0.5) + 0.015 * np.sin(11 * z + phase[1])
        drop = 1.0 if s < 0 else float(np.interp(z, [-0.5, 0.0, 0.5], [1.0, 0.85, 0.5]))
        he = (0.42 + 0.04 * np.sin(7 * z + phase[2])) * drop
        hr = he + 0.11 + 0.06 * np.sin(4 * z + phase[3]) + 0.03 * np.sin(13 * z + phase[4])
        hr += 0.03 * np.abs(np.sin(29 * z + phase[0])) - 0.015
        rib = 0.014 * np.sin(37 * z + phase[1]) + 0.008 * np.sin(71 * z + phase[2])
        pts = [(e - 0.012, 0.0), (e + rib, 0.25 * he), (e + 0.008 + rib, 0.5 * he),
               (e + 0.016 + rib, 0.75 * he), (e + 0.02 + 0.5 * rib, 0.92 * he), (e + 0.03, he),
               (e + 0.08, he + 0.012), (e + 0.13, he + 0.045), (e + 0.18, hr - 0.03),
               (e + 0.215, hr), (e + 0.25, hr - 0.035), (0.42, hr - 0.1), (0.42, 0.0)]  # fmt: skip
        rows.append([(s * x, y, z) for x, y in pts])
    return np.array(rows)


def _shell_rows(rows: np.ndarray, c0: int, c1: int, up: float, down: float, slot) -> Part:
    """A thin skin over columns c0..c1 of a side's cross-sections: the top raised by ``up``, a
    copy sunk by ``down``, closed into one solid along the rows."""
    top = rows[:, c0 : c1 + 1] + [0.0, up, 0.0]
    low = rows[:, c0 : c1 + 1][:, ::-1] - [0.0, down, 0.0]
    return grid_skin(np.concatenate([top, low], 1), slot)


def _fjord(rng: Rng) -> list[Part]:
    """A fjord as a diorama tile seen from its mouth: a long narrow arm of calm dark sea water
    running from the back of the tile to the front between two steep high walls of rock that
    drop nearly sheer into it, ribbed with buttresses, a green ledge of high pasture along the
    top of each wall, ridges of peaks behind with snow on the highest, a thin white waterfall
    down the left wall, a small white boat on the water."""
    phase = rng.uniform(0, 2 * np.pi, 5)
    parts = []
    for s in (-1, 1):
        rows = _fjord_rows(s, phase)
        parts.append(mesh_part(*grid_mesh(rows), 0, "body" if s < 0 else "", facets=True))
        parts.append(_shell_rows(rows, 5, 8, 0.006, 0.012, "land"))
        high = rows[:, 9, 1] > 0.52
        start = None
        for i, h in enumerate([*high, False]):  # snow on each run of high peaks
            if h and start is None:
                start = i
            elif not h and start is not None:
                if i - start >= 2:
                    parts.append(_shell_rows(rows[start:i], 8, 10, 0.008, 0.02, "snow"))
                start = None
        if s < 0:  # the waterfall down the left wall
            face = rows[9, 1:6] + [0.006, 0.0, 0.0]
            parts.append(band(face[::-1], 0.028, 0.006, (0, 0, 1), "snow"))
    parts += _sea(0.84, 1.0, 0.06, "marking")
    z = 0.22
    hull = at(0.035 * np.sin(3.0 * z + phase[0]), 0.058, z) @ rot("y", 8)  # the boat
    parts.append(box(0.035, 0.02, 0.1, hull, "snow"))
    parts.append(box(0.025, 0.018, 0.04, hull @ at(0, 0.02, -0.01), "snow"))
    return parts


# ---- 1091 mesa ----------------------------------------------------------------------------------


def _mesa_shape(rng: Rng, squash: float, n: int = 64) -> np.ndarray:
    """A mesa's plan as a lathe cross-section: a ragged oval 1 across x and ``squash`` across
    z, fluted with small buttresses and bitten into by a few gullies."""
    t = np.arange(n) * (2 * np.pi / n)
    ph = rng.uniform(0, 2 * np.pi, 4)
    r = (1.0 + 0.05 * np.sin(3 * t + ph[0]) + 0.03 * np.sin(7 * t + ph[1])
         + 0.015 * np.sin(17 * t + ph[2]) + 0.012 * np.sin(29 * t + ph[3]))  # fmt: skip
    for g in rng.uniform(0, 2 * np.pi, 5):
        r -= 0.1 * np.exp(-((((t - g + np.pi) % (2 * np.pi) - np.pi) / 0.07) ** 2))
    return np.stack([r * np.cos(t), squash * r * np.sin(t)], 1)


def _mesa(rng: Rng) -> list[Part]:
    """A mesa: a flat-topped desert hill much wider than it is tall, its sides sheer cliffs of
    red rock fluted and cut by gullies, banded with horizontal strata (alternate beds standing
    out as ledges and set back as softer layers, one paler), a jutting cap rock, its top
    perfectly flat; a broad skirt of scree slopes round its foot strewn with fallen boulders,
    on a small tile of sandy ground (the second material) with a small butte and a few
    desert shrubs."""
    shape = _mesa_shape(rng, 0.58)
    R, g = 0.34, 0.05
    top, foot = g + 0.3, g + 0.12
    parts = [_stack([(R * 1.03, top - 0.035), (R * 1.03, top)], shape, None, 0, "body")]
    beds = rng.uniform(0.6, 1.4, 7)
    ys = foot + np.concatenate([[0], np.cumsum(beds)]) / beds.sum() * (top - 0.035 - foot)
    for k in range(7):  # the strata, bottom up
        r = R * (1.0 - 0.004 * k) * (0.965 if k % 2 else 1.0)
        parts.append(_stack([(r, ys[k]), (r * 0.995, ys[k + 1])], shape, None,
                            "cork" if k == 3 else 0))  # fmt: skip
    scree = [(R * 1.55, g - 0.01), (R * 1.45, g + 0.01), (R * 1.3, g + 0.035),
             (R * 1.17, g + 0.07), (R * 1.07, g + 0.1), (R * 0.99, foot + 0.01)]  # fmt: skip
    parts.append(_stack(scree, shape))
    parts.append(box(1.16, g, 0.8, None, 1))  # the sandy ground
    for k in range(10):  # boulders on the scree
        a = 2 * np.pi * k / 10 + float(rng.uniform(-0.2, 0.2))
        f = float(rng.uniform(1.15, 1.45))
        c = (R * f * np.cos(a), g + 0.11 * (1.55 - f) / 0.4, -0.6 * R * f * np.sin(a))
        parts.append(_rock(c, float(rng.uniform(0.03, 0.05)), rng, 0))
    butte = [(0.1, g), (0.075, g + 0.03), (0.055, g + 0.06), (0.05, g + 0.15)]
    parts.append(_stack(butte, _mesa_shape(rng, 0.7, 32), at(0.46, 0, 0.3) @ scl(0.8)))
    for x, z in ((-0.42, 0.28), (0.3, 0.33), (-0.15, 0.34), (0.46, -0.25)):  # shrubs
        parts.append(_lump(at(x, g, z) @ scl(0.03, 0.022, 0.03), "vine"))
    return parts


# ---- 1092 geyser --------------------------------------------------------------------------------


def _geyser(rng: Rng) -> list[Part]:
    """A geyser erupting: a tall white column of water and steam shooting straight up from the
    vent of a low mound of pale mineral crust built up in scalloped terraces, streaked and
    widening as it climbs, bursting at its top into a cloud of steam drifting in the wind,
    veils of water falling back from it; a blue pool round the mound's foot in a raised crust
    rim, on a round tile of barren crust."""
    parts = []
    tiers = ((0.34, 0.075), (0.27, 0.1), (0.2, 0.125), (0.14, 0.15), (0.09, 0.17))
    for k, (r, y) in enumerate(tiers):  # the terraces
        rings = [(r, y - 0.04), (r * 1.03, y - 0.006), (r * 0.99, y), (r * 0.9, y - 0.004)]
        parts.append(_stack(rings, lobed(40, 11 - k, 0.07), None, 0, "body" if k == 0 else ""))
    vent = [(0.0, 0.15), (0.075, 0.15), (0.05, 0.2), (0.036, 0.2), (0.03, 0.18), (0.0, 0.18)]
    parts.append(lathe(vent, None, 0))
    parts.append(cylinder(0.5, 0.5, 0.035, None, "soil"))  # the ground
    parts.append(cylinder(0.5, 0.5, 0.01, at(0, 0.035, 0), 0))
    parts.append(torus(0.44, 0.025, at(0, 0.05, 0) @ scl(1, 0.6, 1), 0))  # the pool's rim
    parts.append(cylinder(0.44, 0.44, 0.005, at(0, 0.042, 0), "plume"))  # the pool
    parts.append(cylinder(0.44, 0.44, 0.016, at(0, 0.045, 0), 1))
    drift = v3(float(rng.uniform(0.02, 0.05)), 0.0, float(rng.uniform(-0.03, 0.0)))
    jet = [(0.0, 0.18), (0.03, 0.18), (0.04, 0.35), (0.055, 0.55), (0.075, 0.75), (0.1, 0.9),
           (0.09, 1.0), (0.0, 1.04)]  # fmt: skip
    parts.append(lathe(jet, None, "snow", shape=lobed(27, 9, 0.3)))
    for k in range(22):  # the cloud of steam and spray at the top, billowing and drifting
        u = k / 21
        a = 2.4 * k + float(rng.uniform(-0.3, 0.3))
        y = 0.72 + 0.42 * u
        out = (0.05 + 0.09 * np.sin(np.pi * min(1.0, 0.25 + u))) * float(rng.uniform(0.7, 1.1))
        c = v3(out * np.cos(a), y, out * np.sin(a)) + drift * 2.5 * u
        r = 0.035 + 0.04 * np.sin(np.pi * (0.2 + 0.7 * u))
        parts.append(lathe([(0.0, -r), (r * 0.8, -r * 0.6), (r, 0.0), (r * 0.8, r * 0.6), (0.0, r)],
                           at(*c), "snow", sides=11))  # fmt: skip
    for k in range(6):  # veils of water falling back
        a = 2 * np.pi * (k + 0.5) / 6 + float(rng.uniform(-0.25, 0.25))
        d = v3(np.cos(a), 0, np.sin(a))
        drop = float(rng.uniform(0.55, 0.72))
        pts = [v3(0, 0.93, 0) + 0.1 * d, v3(0, 0.9, 0) + 0.15 * d, v3(0, drop, 0) + 0.19 * d]
        parts.append(tube(pts, [0.022, 0.012, 0.002], None, "snow"))
    return parts


# ---- 1093 crater --------------------------------------------------------------------------------


def _crater(rng: Rng) -> list[Part]:
    """An impact crater: a round bowl pressed into a square tile of flat ground, ringed by a
    raised rim whose outer slope spreads out over the ground, its inner wall dropping to a dark
    floor well below the ground with a small central peak in its middle; boulders (the second
    material) thrown out all round it."""
    g, ro = 0.16, 0.42
    t = np.linspace(0, 2 * np.pi, 40, endpoint=False)
    hole = np.stack([ro * np.cos(t), ro * np.sin(t)], 1)
    shape = np.stack([np.cos(t), np.sin(t)], 1) * (1 + 0.03 * np.sin(3 * t + rng.uniform(0, 6))
                                                   + 0.02 * np.sin(5 * t))[:, None]  # fmt: skip
    prof = [(0.0, 0.01), (ro + 0.005, 0.01), (ro + 0.005, g - 0.006), (ro + 0.06, g + 0.002),
            (0.4, g + 0.025), (0.36, g + 0.06), (0.33, g + 0.068), (0.3, g + 0.04),
            (0.25, g - 0.04), (0.19, g - 0.1), (0.12, g - 0.12), (0.07, g - 0.115),
            (0.04, g - 0.08), (0.0, g - 0.07)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body", shape=shape)]
    floor = [(0.0, g - 0.09), (0.25, g - 0.05), (0.26, g - 0.035), (0.19, g - 0.097),
             (0.12, g - 0.117), (0.07, g - 0.112), (0.04, g - 0.077), (0.0, g - 0.067)]  # fmt: skip
    parts.append(lathe(floor, None, "soil", shape=shape))  # the shadowed floor
    parts.append(_ground([_rect(1.0, 1.0)], _holes([hole]), g - 0.015, g, 0))
    parts.append(_ground([_rect(1.0, 1.0)], _holes([hole]), 0.0, g - 0.015, "soil"))
    for k in range(22):  # the boulders thrown out
        a = float(rng.uniform(0, 2 * np.pi))
        d = float(rng.uniform(0.37, 0.49)) if k < 14 else float(rng.uniform(0.15, 0.24))
        y = g + 0.03 if k < 14 else g - 0.09
        parts.append(_rock((d * np.cos(a), y, d * np.sin(a)), float(rng.uniform(0.025, 0.05)),
                           rng, 1))  # fmt: skip
    return parts


# ---- 1094 oasis ---------------------------------------------------------------------------------


_DUNES = ((-0.3, -0.38, 0.17, 0.32, 0.18), (0.32, -0.42, 0.12, 0.25, 0.15),
          (0.45, 0.2, 0.07, 0.15, 0.3), (-0.45, 0.25, 0.06, 0.2, 0.2))  # fmt: skip
"""The oasis's dunes: where (x, z), how high, and how far they spread across x and z."""


def _oasis(rng: Rng) -> list[Part]:
    """An oasis: a square tile of rolling sand dunes with a small pool of clear blue water (the
    second material) in a hollow in its middle, a ring of green grass round the water's edge,
    five date palms round the back and sides of the pool with tall curving trunks leaning out
    and crowns of arching fronds hung with dates."""
    xs = np.linspace(-0.5, 0.5, 37)
    gx, gz = np.meshgrid(xs, xs)
    h = np.full_like(gx, 0.07)
    for x, z, a, sx, sz in _DUNES:
        h += a * np.exp(-(((gx - x) / sx) ** 2) - ((gz - z) / sz) ** 2)
    h += 0.008 * np.sin(18 * gx + 9 * gz)
    d = np.hypot(gx / 0.3, gz / 0.22)
    p = np.clip(1.3 - d, 0.0, 1.0) ** 1.5
    h = h * (1 - p) + 0.035 * p
    parts = [_field(xs, xs, h, 0, "body")]
    y_water = 0.058
    parts.append(cylinder(1.0, 1.0, 0.004, at(0, y_water - 0.01, 0) @ scl(0.26, 1, 0.19),
                          "plume"))  # fmt: skip
    parts.append(cylinder(1.0, 1.0, 0.01, at(0, y_water - 0.01, 0) @ scl(0.3, 1, 0.22), 1))
    parts.append(torus(1.0, 0.07, at(0, y_water + 0.002, 0) @ scl(0.255, 0.15, 0.187), "vine"))
    for k in range(15):  # grass at the water's edge
        a = 2 * np.pi * k / 15 + float(rng.uniform(-0.1, 0.1))
        parts += _tuft(0.27 * np.cos(a), y_water, 0.2 * np.sin(a), 0.05, rng)
    for k in range(5):  # the palms, round the back and sides of the pool
        a = np.pi * (0.85 + 1.3 * k / 4) + float(rng.uniform(-0.15, 0.15))
        x, z = 0.37 * np.cos(a), 0.29 * np.sin(a)
        hh = float(rng.uniform(0.33, 0.45))
        lean = (0.1 * np.cos(a) + float(rng.uniform(-0.03, 0.03)), 0.1 * np.sin(a))
        parts += _palm((x, y_water + 0.01, z), hh, lean, rng, 8)
    return parts


# ---- 1095 archipelago ---------------------------------------------------------------------------


def _island(x: float, z: float, r: float, hill: float, rng: Rng, tag: str = "") -> list[Part]:
    """A small island at (x, z) about r across: a rounded green top rising ``hill`` high inside
    a narrow sandy beach that slopes on down into the water."""
    shape = _blob(0, 0, 1, 1, rng, 0.18, 28)
    m = at(x, 0, z)
    top = [(r * 0.86, 0.055), (r * 0.82, 0.07), (r * 0.72, 0.076 + 0.3 * hill),
           (r * 0.5, 0.078 + 0.75 * hill), (r * 0.25, 0.08 + 0.95 * hill)]  # fmt: skip
    beach = [(r * 1.12, 0.048), (r * 1.03, 0.058), (r * 0.93, 0.065), (r * 0.82, 0.069)]
    return [_stack(top, shape, m, 0, tag), _stack(beach, shape, m, "plaster")]


def _archipelago(rng: Rng) -> list[Part]:
    """An archipelago: a loose chain of seven small islands strung across a square tile of flat
    sea, each a rounded green top inside a narrow sandy beach, some rising into hills; palms on
    two of them, pines on one, a round tree on another."""
    isles = ((0.36, -0.34, 0.06, 0.015), (0.14, -0.25, 0.09, 0.05), (0.32, 0.04, 0.05, 0.01),
             (0.04, 0.02, 0.1, 0.06), (-0.2, -0.13, 0.055, 0.015), (-0.2, 0.2, 0.085, 0.035),
             (-0.38, 0.36, 0.05, 0.01))  # fmt: skip
    parts = []
    for k, (x, z, r, hill) in enumerate(isles):
        x, z = x + float(rng.uniform(-0.02, 0.02)), z + float(rng.uniform(-0.02, 0.02))
        parts += _island(x, z, r, hill, rng, "" if k else "body")
        y = 0.075 + hill * 0.6
        if k in (1, 5):
            parts += _palm((x - 0.3 * r, y, z + 0.2 * r), 0.18, (-0.04, 0.03), rng, 7)
            parts += _palm((x + 0.25 * r, y, z - 0.1 * r), 0.14, (0.04, 0.0), rng, 7)
        elif k == 3:
            for dx, dz in ((-0.035, 0.0), (0.025, -0.025), (0.02, 0.035)):
                parts += tree(x + dx, z + dz, 0.16, rng, True, y + 0.01)
        elif k == 2:
            parts += tree(x, z, 0.13, rng, False, y)
    return [parts[0], *_sea(1.0, 1.0, 0.06), *parts[1:]]


# ---- the table ----------------------------------------------------------------------------------


MORE_APPLIANCES_ZZZJ = {
    1088: _river_delta, 1089: _peninsula, 1090: _fjord, 1091: _mesa, 1092: _geyser,
    1093: _crater, 1094: _oasis, 1095: _archipelago,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
