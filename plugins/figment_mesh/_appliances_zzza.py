"""More of the device family's appliances, from 1024: a footstool, a cheese porter's barrow, a
cheese press, a beaver, a Highland cow, a yak, an ambulance and a T-square.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, at, mesh_part, rot, scl, v3
from ._kit import (
    ALONG_X,
    ALONG_Z,
    FLAT_UP,
    HEX,
    band,
    blocks,
    cloth_sheet,
    grid_skin,
    lobed,
    number,
    pencil,
    rect_ring,
    rod,
    rope,
    rrect_outline,
    solid,
    superellipse,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import ellipsoid
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZA"]

Rng = np.random.Generator


# Skins from grids of points and locks of hair


def _locks(roots, dirs, lengths, width: float, slot, rng: Rng, wave: float = 0.02) -> Part:
    """Many locks of long hair as one part: from each root a flat tapering strand that sets
    out along its direction and falls under its own weight, waving a little side to side;
    ``lengths`` per lock."""
    p0 = np.asarray(roots, float)
    d = np.asarray(dirs, float)
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    length = np.broadcast_to(np.asarray(lengths, float), (len(p0),))
    n, segs, sides = len(p0), 5, 4
    down = np.array([0.0, -1.0, 0.0])
    side = np.cross(d, down)
    flat = np.linalg.norm(side, axis=1) < 1e-3  # straight down: any side will do
    turn = rng.uniform(0, 2 * np.pi, int(flat.sum()))
    side[flat] = np.stack([np.cos(turn), np.zeros_like(turn), np.sin(turn)], 1)
    side /= np.linalg.norm(side, axis=1, keepdims=True)
    t = np.linspace(0.0, 1.0, segs + 1)
    pts = np.empty((n, segs + 1, 3))
    pts[:, 0] = p0
    for i in range(segs):
        fall = np.clip(t[i] * 2.2 + 0.25, 0, 1)[None, None]
        step = d * (1 - fall) + down * fall
        step /= np.linalg.norm(step, axis=1, keepdims=True)
        pts[:, i + 1] = pts[:, i] + step * (length / segs)[:, None]
    ph = rng.uniform(0, 2 * np.pi, n)[:, None]
    pts += side[:, None] * (wave * np.sin(ph + 5 * t[None]) * t[None])[..., None]
    pts[..., 1] = np.maximum(pts[..., 1], 0.012)  # what reaches the ground lies on it
    tan = np.gradient(pts, axis=1)
    tan /= np.maximum(np.linalg.norm(tan, axis=2, keepdims=True), 1e-9)
    u = side[:, None].repeat(segs + 1, 1)
    u -= tan * (u * tan).sum(2, keepdims=True)
    u /= np.maximum(np.linalg.norm(u, axis=2, keepdims=True), 1e-9)
    v = np.cross(tan, u)
    r = width * (1 - 0.85 * t) ** 0.7
    ang = np.arange(sides) * (2 * np.pi / sides)
    ring = (
        np.cos(ang)[None, None, :, None] * u[:, :, None] * r[None, :, None, None]
        + 0.45 * np.sin(ang)[None, None, :, None] * v[:, :, None] * r[None, :, None, None]
    )
    verts = pts[:, :segs, None] + ring[:, :segs]  # (n, segs, sides, 3)
    tip = pts[:, segs]
    per = segs * sides + 1
    idx = np.arange(segs * sides).reshape(segs, sides)
    nxt = np.roll(idx, -1, axis=1)
    a, b, c, e = idx[:-1], nxt[:-1], idx[1:], nxt[1:]
    faces = [np.stack([a, b, e], -1).reshape(-1, 3), np.stack([a, e, c], -1).reshape(-1, 3)]
    last = idx[-1]
    faces.append(np.stack([last, np.roll(last, -1), np.full(sides, segs * sides)], 1))
    faces.append(np.stack([np.zeros(sides - 2, int), np.arange(2, sides), np.arange(1, sides - 1)],
                          1))  # fmt: skip
    one = np.concatenate(faces)
    all_v = np.concatenate([verts.reshape(n, -1, 3), tip[:, None]], 1).reshape(-1, 3)
    all_f = (one[None] + (np.arange(n) * per)[:, None, None]).reshape(-1, 3)
    return mesh_part(all_v, all_f, slot)


def _on_ellipsoid(c, r, u: np.ndarray, a: np.ndarray):
    """Points and outward normals on an ellipsoid centred c with radii r, its long axis along
    x: u (-1 to 1) along x, a the angle round x from the top (0) toward +z."""
    c, r = np.asarray(c, float), np.asarray(r, float)
    s = np.sqrt(np.clip(1 - u**2, 0, 1))
    e = np.stack([u, s * np.cos(a), s * np.sin(a)], 1)
    p = c + e * r
    nrm = e / r
    return p, nrm / np.linalg.norm(nrm, axis=1, keepdims=True)


def _coat(c, r, u: np.ndarray, a: np.ndarray, hem: float, rng: Rng, width: float, slot=0,
          wave: float = 0.025) -> Part:  # fmt: skip
    """A long coat of locks over an ellipsoid body (as ``_on_ellipsoid``): parted along the
    spine, each lock setting off sideways and a little down from its root and falling to about
    ``hem`` high."""
    p, nrm = _on_ellipsoid(c, r, u, a)
    out = nrm * (1, 0, 1)
    out[:, 2] += np.where(a >= 0, 1.0, -1.0) * 0.25  # parted at the spine
    out[:, 1] = -0.35
    p = p - nrm * 0.01
    drop = np.maximum(p[:, 1] - hem, 0.05) * rng.uniform(0.95, 1.15, len(p))
    return _locks(p, out, drop * 1.05 + 0.03, width, slot, rng, wave)


# 1024 footstool


def _tufted_top(w: float, d: float, y0: float, y1: float, buttons, rng: Rng) -> Part:
    """A plump upholstered cushion w × d on its base at y0, domed up to y1: a rounded oblong
    that bulges at its sides and is drawn down into a dimple at each button."""
    cols, rows = 72, 26
    th = np.arange(cols) * (2 * np.pi / cols)
    ring = superellipse(w / 2, d / 2, 5.0, cols)
    s = np.linspace(0.03, 1.0, 18)  # out across the top
    h = y1 - y0
    top = np.empty((len(s), cols, 3))
    top[..., 0] = s[:, None] * ring[None, :, 0]
    top[..., 2] = s[:, None] * ring[None, :, 1]
    top[..., 1] = y1 - 0.18 * h * s[:, None] ** 3
    for bx, bz in buttons:
        dist2 = (top[..., 0] - bx) ** 2 + (top[..., 2] - bz) ** 2
        top[..., 1] -= 0.2 * h * np.exp(-dist2 / 0.0016)
    top[..., 1] += 0.03 * h * rng.uniform(-1, 1) * s[:, None] ** 2 * np.cos(2 * th)[None]
    # the side: bulging out past the top's edge and back in to the base
    k = np.linspace(0.0, 1.0, rows - len(s) + 2)[1:-1]
    bulge = 1 + 0.06 * np.sin(np.pi * k)
    side = np.empty((len(k), cols, 3))
    side[..., 0] = bulge[:, None] * ring[None, :, 0] * (1 - 0.03 * k[:, None] ** 4)
    side[..., 2] = bulge[:, None] * ring[None, :, 1] * (1 - 0.03 * k[:, None] ** 4)
    side[..., 1] = ((y1 - 0.18 * h) - (y1 - 0.18 * h - y0) * (1 - np.cos(np.pi / 2 * k)))[:, None]
    base = np.empty((1, cols, 3))
    base[..., 0], base[..., 2], base[..., 1] = ring[None, :, 0] * 0.97, ring[None, :, 1] * 0.97, y0
    return grid_skin(np.concatenate([top, side, base]), 0, "body")


def _turned_leg(x: float, z: float, h: float) -> Part:
    """A short turned wooden leg standing at (x, z), h high: a bun foot, a waist and a collar."""
    prof = [(0.0, 0.0), (0.026, 0.0), (0.034, 0.16 * h), (0.028, 0.32 * h), (0.02, 0.48 * h),
            (0.03, 0.66 * h), (0.036, 0.8 * h), (0.03, 0.92 * h), (0.034, h), (0.0, h)]  # fmt: skip
    return lathe(prof, at(x, 0, z), 1)


def _footstool(rng: Rng) -> list[Part]:
    """A low padded footstool (an ottoman): a plump upholstered oblong cushion, its top domed and
    drawn into dimples by six covered buttons, its sides bulging, piped round the top edge, on a
    wooden rail with four short turned legs; wider than it is tall."""
    w, d, leg = 0.78, 0.54, 0.14
    buttons = [(x, z) for x in (-0.2, 0.0, 0.2) for z in (-0.1, 0.1)]
    parts = [_tufted_top(w, d, leg + 0.05, 0.44, buttons, rng)]
    rail = at(0, leg + 0.03, 0) @ FLAT_UP  # the wooden rail under the cushion
    parts.append(slab(rrect_outline(w - 0.02, d - 0.02, 0.1), 0.06, rail, 1))
    for bx, bz in buttons:
        y = 0.44 - 0.2 * (0.44 - leg - 0.05) + 0.004
        parts.append(sphere(1.0, at(bx, y, bz) @ scl(0.018, 0.01, 0.018), 0))
    edge = superellipse(w / 2, d / 2, 5.0, 48) * 1.035
    y = 0.44 - 0.18 * (0.44 - leg - 0.05) - 0.012
    pipe = [(px, y, pz) for px, pz in np.concatenate([edge, edge[:3]])]
    parts.append(tube(pipe, 0.009, None, 0, shape=HEX))
    for sx in (-1, 1):
        for sz in (-1, 1):
            parts.append(_turned_leg(sx * (w / 2 - 0.08), sz * (d / 2 - 0.07), leg + 0.01))
    return parts


# 1025 cheese porter's barrow


def _gouda(m: np.ndarray, r: float, h: float, slot="plume-tip") -> Part:
    """A round cheese wheel of radius r and height h under ``m``: convex sides, rounded edges."""
    prof = [(0.0, 0.0), (0.8 * r, 0.0), (0.95 * r, 0.1 * h), (r, 0.5 * h), (0.95 * r, 0.9 * h),
            (0.8 * r, h), (0.0, h)]  # fmt: skip
    return lathe(prof, m, slot)


def _cheese_barrow(rng: Rng) -> list[Part]:
    """A Dutch cheese porters' barrow: a flat wooden tray like a stretcher, its slatted bed
    between two long side rails that run out at both ends into round handles, its low sides and
    its ends curving up like a sledge's; it stands on four little feet, loaded with two layers
    of round yellow cheese wheels, and a leather strap hangs in a loop between the handles at
    each end, for the porters' shoulders."""
    L, W, y = 0.76, 0.4, 0.08
    parts = [box(L, 0.02, W - 0.04, at(0, y, 0), 0, "body")]  # the bed
    for k in range(7):  # its slats
        x = -L / 2 + 0.04 + k * (L - 0.08) / 6
        parts.append(box(0.05, 0.012, W - 0.02, at(x, y + 0.02, 0), 0))
    for s in (-1, 1):
        z = s * W / 2
        rail = [(-0.66, y + 0.05, z), (-L / 2, y + 0.02, z), (L / 2, y + 0.02, z),
                (0.66, y + 0.05, z)]  # fmt: skip
        parts.append(tube(rail, 0.022, None, 0))  # the rail running out to both handles
        for e in (-1, 1):
            grip = at(e * 0.66, y + 0.05, z) @ rot("z", -e * 90 - e * 5)
            parts.append(cylinder(0.02, 0.017, 0.1, grip, 0))  # a handle, rounded
            parts.append(sphere(0.02, at(e * 0.76, y + 0.058, z), 0))
        parts.append(box(L, 0.06, 0.02, at(0, y + 0.02, z - s * 0.005), 0))  # the low side
    for e in (-1, 1):  # the ends curving up like a sledge's
        a = np.radians(np.linspace(0, 70, 6))
        curve = [(e * (L / 2 - 0.05 + 0.09 * np.sin(t)), y + 0.025 + 0.09 * (1 - np.cos(t)), 0.0)
                 for t in a]  # fmt: skip
        parts.append(band(curve, W, 0.018, (0, 0, 1), 0))
        for s in (-1, 1):  # the feet
            parts.append(box(0.05, y, 0.05, at(e * (L / 2 - 0.06), 0, s * (W / 2 - 0.04)), 0))
    # the cheeses: six below, two on them and one on top
    r, h = 0.09, 0.065
    base = y + 0.032
    for i, x in enumerate((-0.22, 0.0, 0.22)):
        for z in (-0.095, 0.095):
            turn = at(x + float(rng.uniform(-0.01, 0.01)), base, z) @ rot("y", 30 * i)
            parts.append(_gouda(turn, r, h))
    for x, lift in ((-0.11, 1), (0.11, 1), (0.0, 2)):
        tip = rot("z", float(rng.uniform(-3, 3)))
        parts.append(_gouda(at(x, base + lift * (h - 0.004), 0.0) @ tip, r, h))
    # the straps: one from handle to handle at each end, slack on the ground
    for e in (-1, 1):
        x = e * 0.72
        loop = [(x, y + 0.05, -W / 2 - 0.02), (x + e * 0.05, 0.03, -W / 2 + 0.02),
                (x + e * 0.12, 0.026, 0.0), (x + e * 0.05, 0.03, W / 2 - 0.02),
                (x, y + 0.05, W / 2 + 0.02)]  # fmt: skip
        parts.append(band(loop, 0.05, 0.008, (e, 1, 0), 1))
        for s in (-1, 1):  # the strap's ends wrapped round the handle
            parts.append(torus(0.026, 0.009, at(x, y + 0.052, s * W / 2) @ rot("z", 90), 1))
    return parts


# 1026 cheese press


def _screw(a: float, b: float, r: float, m: np.ndarray, slot=1) -> list[Part]:
    """A coarse threaded screw along y from a to b under ``m``: a round core with a thread
    wound round it."""
    turns = int((b - a) / 0.045)
    t = np.linspace(0.0, turns * 2 * np.pi, turns * 6 + 1)
    y = a + 0.01 + (b - a - 0.02) * t / t[-1]
    helix = np.stack([r * 0.78 * np.cos(t), y, r * 0.78 * np.sin(t)], 1)
    return [cylinder(r * 0.78, r * 0.78, b - a, m @ at(0, a, 0), slot),
            tube(helix, r * 0.3, m, slot, shape=HEX)]  # fmt: skip


def _cheese_press(rng: Rng) -> list[Part]:
    """A farmhouse cheese press: a heavy base board with a round drain groove and a spout at the
    front, two square upright posts joined at the top by a thick crossbeam, a big iron screw
    through the beam with a long handle across its top, pressing a round wooden follower down
    into a round mould of upright slats bound by two iron hoops, the curd showing between the
    slats; a finished cheese wheel on a board beside it."""
    bw, bd, bt = 0.78, 0.5, 0.07
    parts = [box(bw, bt, bd, at(0, 0.05, 0), 0, "body")]
    for x in (-0.3, 0.3):  # the base's two bearers
        parts.append(box(0.08, 0.05, bd, at(x, 0, 0), 0))
    top = 0.05 + bt
    parts.append(torus(0.2, 0.012, at(-0.06, top, 0.0) @ scl(1, 0.4, 1), "marking"))  # the groove
    spout = at(-0.06, top - 0.035, 0.25)
    parts.append(box(0.07, 0.035, 0.14, spout @ at(0, 0, 0.04), 0))  # the spout
    parts.append(box(0.035, 0.01, 0.15, spout @ at(0, 0.026, 0.04), "marking"))
    for s in (-1, 1):
        parts.append(box(0.012, 0.02, 0.14, spout @ at(s * 0.03, 0.033, 0.04), 0))
    H = 0.98
    for x in (-0.32, 0.2):  # the posts, the screw between them
        parts.append(box(0.08, H - 0.05, 0.1, at(x, 0.05, 0), 0))
        parts.append(box(0.1, 0.04, 0.12, at(x, top, 0), 0))
    cx = -0.06
    parts.append(box(0.68, 0.12, 0.13, at(cx, H - 0.14, 0), 0))  # the crossbeam
    parts.append(box(0.76, 0.03, 0.15, at(cx, H - 0.02, 0), 0))
    for x in (-0.32, 0.2):
        parts.append(cylinder(0.018, 0.018, 0.02, at(x, H - 0.08, 0.065) @ ALONG_Z, 1))
    parts.append(cylinder(0.06, 0.06, 0.03, at(cx, H - 0.05 + 0.04, 0), 1))  # the nut plate
    # the mould: slats round a hoop, two iron bands, the curd inside
    my, mr, mh = top + 0.02, 0.15, 0.2
    parts.append(cylinder(0.19, 0.19, 0.02, at(cx, top, 0), 0))  # its board
    parts.append(cylinder(mr - 0.01, mr - 0.01, mh - 0.05, at(cx, my, 0), "seed"))  # the curd
    for k in range(16):
        a = 2 * np.pi * k / 16
        slat = at(cx + mr * np.cos(a), my, mr * np.sin(a)) @ rot("y", -np.degrees(a))
        parts.append(box(0.018, mh, 0.045, slat, 0))
    for y in (my + 0.04, my + mh - 0.05):
        parts.append(torus(mr + 0.012, 0.008, at(cx, y, 0), 1))
    press = my + mh - 0.08 + float(rng.uniform(0, 0.02))
    parts.append(cylinder(mr - 0.012, mr - 0.012, 0.05, at(cx, press, 0), 0))  # the follower
    parts.append(cylinder(0.05, 0.04, 0.04, at(cx, press + 0.05, 0), 0))
    # the screw, its handle
    sy = press + 0.08
    parts += _screw(sy, H + 0.1, 0.03, at(cx, 0, 0))
    parts.append(cylinder(0.045, 0.045, 0.05, at(cx, H + 0.08, 0), 1))  # the boss
    turn = float(rng.uniform(20, 50))
    bar = at(cx, H + 0.105, 0) @ rot("y", turn)
    parts.append(cylinder(0.014, 0.014, 0.6, bar @ at(-0.3, 0, 0) @ ALONG_X, 1))
    for s in (-1, 1):
        parts.append(sphere(1.0, bar @ at(s * 0.3, 0, 0) @ scl(0.03, 0.025, 0.025), 1))
    # a finished cheese beside it, on its own little board
    parts.append(cylinder(0.14, 0.14, 0.02, at(0.48, 0, 0.12), 0))
    parts.append(_gouda(at(0.48, 0.02, 0.12), 0.12, 0.1))
    return parts


# 1027 beaver


def _gnawed_stump(x: float, z: float, rng: Rng) -> list[Part]:
    """A tree stump at (x, z) gnawed by a beaver: a barked trunk flaring at its roots, its top
    whittled into a pale point, chips of wood round its foot."""
    bark = [(0.0, 0.0), (0.16, 0.0), (0.13, 0.04), (0.11, 0.12), (0.105, 0.3), (0.1, 0.34),
            (0.0, 0.34)]  # fmt: skip
    parts = [lathe(bark, at(x, 0, z), "soil", shape=lobed(24, 9, 0.06))]
    point = [(0.0, 0.3), (0.102, 0.3), (0.085, 0.35), (0.05, 0.42), (0.015, 0.47), (0.0, 0.48)]
    parts.append(lathe(point, at(x, 0, z) @ rot("z", 4), "pencil-wood", shape=lobed(16, 8, 0.08)))
    for _ in range(9):
        a = float(rng.uniform(0, 2 * np.pi))
        rr = float(rng.uniform(0.17, 0.3))
        chip = at(x + rr * np.cos(a), 0.004, z + rr * np.sin(a)) @ rot("y", float(a * 57))
        parts.append(box(0.04, 0.008, 0.02, chip, "pencil-wood"))
    return parts


def _beaver_tail(m: np.ndarray) -> list[Part]:
    """A beaver's tail under ``m``: a broad flat paddle lying along -z from the origin, scaled
    with a criss-cross of grooves."""
    a, b, c = 0.085, 0.17, 0.18  # its half width, half length and middle
    oval = [(a * np.sin(t) * (1 - 0.25 * np.cos(t) ** 8), c - b * np.cos(t))
            for t in np.linspace(-np.pi, np.pi, 17)[:-1]]  # fmt: skip
    parts = [slab(oval, 0.03, m @ at(0, 0.015, 0) @ FLAT_UP, 1)]
    ends = []
    for sgn in (-1, 1):
        for k in range(-6, 7):
            q = np.array([-a, c + 0.04 * k - sgn * a]), np.array([a, c + 0.04 * k + sgn * a])
            ts = np.linspace(0, 1, 40)[:, None]
            pts = q[0] + (q[1] - q[0]) * ts
            inside = (pts[:, 0] / (a - 0.01)) ** 2 + ((pts[:, 1] - c) / (b - 0.015)) ** 2 < 1
            if inside.sum() > 2:
                ends.append((pts[inside][0], pts[inside][-1]))
    for p, q in ends:
        a3 = (m @ np.array([p[0], 0.03, -p[1], 1.0]))[:3]
        b3 = (m @ np.array([q[0], 0.03, -q[1], 1.0]))[:3]
        parts.append(rod(a3, b3, 0.006, "marking"))
    return parts


def _webbed_foot(n: int) -> np.ndarray:
    """A beaver's hind foot seen from above, heel at -y and five webbed toes fanned at +y."""
    t = np.linspace(0.0, 2 * np.pi, max(n, 40), endpoint=False)
    toes = 1 + 0.12 * np.clip(np.cos(5 * (t - np.pi / 2)), 0, None) * (np.sin(t) > 0.3)
    rx = 0.045 + 0.015 * np.sin(t)
    return np.stack([rx * np.cos(t) * toes, (0.07 * np.sin(t) + 0.01) * toes], 1)


def _beaver(rng: Rng) -> list[Part]:
    """A brown beaver sitting up on its haunches beside a gnawed tree stump, seen half from the
    side: a stocky pear of a furry body hunched forward, a small head with tiny round ears, small
    eyes and a broad blunt muzzle, a dark nose, two big orange front teeth, small dark front
    paws holding a stick under its chin, big webbed hind feet flat in front, and its broad flat
    scaly paddle of a tail lying flat on the ground behind it."""
    shapes = [ellipsoid((0.0, 0.17, 0.0), (0.2, 0.17, 0.22))]  # the haunches
    shapes.append(ellipsoid((0.0, 0.3, 0.04), (0.165, 0.19, 0.16), None, 0.06))  # the belly
    shapes.append(ellipsoid((0.0, 0.42, 0.08), (0.12, 0.1, 0.11), None, 0.05))  # shoulders
    shapes.append(ellipsoid((0.0, 0.5, 0.14), (0.095, 0.085, 0.11), None, 0.04))  # the head
    shapes.append(ellipsoid((0.0, 0.47, 0.225), (0.075, 0.06, 0.065), None, 0.03))  # muzzle
    for s in (-1, 1):
        shapes.append(ellipsoid((s * 0.07, 0.565, 0.1), (0.022, 0.022, 0.014), None, 0.008))
        arm = [(s * 0.1, 0.4, 0.12), (s * 0.08, 0.36, 0.2), (s * 0.045, 0.39, 0.25)]
        shapes += rope(arm, [0.034, 0.028, 0.022], 0.03, 0.01)
        shapes.append(ellipsoid((s * 0.15, 0.08, 0.1), (0.07, 0.08, 0.1), None, 0.04))  # thigh
    shapes += rope([(0.0, 0.06, -0.15), (0.0, 0.03, -0.24)], [0.06, 0.035], 0.04)  # tail root
    parts = [solid(shapes, 0.018, 0, "body")]
    parts.append(sphere(1.0, at(0, 0.5, 0.282) @ scl(0.03, 0.02, 0.018), "marking"))  # nose
    for s in (-1, 1):
        parts.append(box(0.022, 0.045, 0.012, at(s * 0.012, 0.4, 0.272), "fruit-orange"))
        parts.append(sphere(0.011, at(s * 0.062, 0.535, 0.2), "pupil"))  # the eyes
        parts.append(sphere(1.0, at(s * 0.04, 0.395, 0.26) @ scl(0.028, 0.024, 0.024), 1))
        foot = at(s * 0.14, 0.0, 0.2) @ rot("y", s * 10)
        parts.append(slab(_webbed_foot, 0.022, foot @ at(0, 0.011, 0) @ FLAT_UP, 1))
    stk = at(-0.2, 0.4, 0.28) @ rot("z", -8) @ ALONG_X
    parts.append(cylinder(0.018, 0.018, 0.42, stk, "soil"))  # the stick, gnawed in its middle
    parts.append(cylinder(0.016, 0.016, 0.08, stk @ at(0, 0.25, 0), "pencil-wood"))
    parts += _beaver_tail(at(0, 0.0, -0.2))
    yaw = 80 + float(rng.uniform(-5, 5))
    parts = [p.moved(at(-0.12, 0, 0.1) @ rot("y", yaw)) for p in parts]
    parts += _gnawed_stump(0.3, -0.3, rng)
    return parts


# 1028 Highland cow


def _hooves(feet, slot="marking") -> list[Part]:
    """A cloven hoof on each foot (x, z): a short dark stub split at the front."""
    parts = []
    for x, z in feet:
        parts.append(cylinder(0.05, 0.045, 0.05, at(x, 0, z), slot))
        parts.append(box(0.006, 0.045, 0.03, at(x + 0.035, 0.002, z), "pupil"))
    return parts


def _horn(a, mid, tip, r: float, slot=1) -> Part:
    """A horn from its root at a, sweeping through mid to its point at tip, tapering from r."""
    pts = [a, mid, tip]
    return tube(pts, [r, r * 0.6, r * 0.12], None, slot)


def _highland_cow(rng: Rng) -> list[Part]:
    """A Scottish Highland cow standing, head toward +x turned a little to the viewer: a
    stocky deep body on short legs with dark hooves, all hung with a long shaggy coat of wavy
    locks parted along its back and falling past its belly, a thick fringe falling over its eyes
    down its face, hairy ears out to the sides, a dark nose, and very long wide horns sweeping
    out sideways and curving up to their points; a tufted tail."""
    body_c, body_r = (-0.02, 0.5, 0.0), (0.4, 0.2, 0.2)
    shapes = [ellipsoid(body_c, body_r)]  # the barrel
    shapes.append(ellipsoid((0.24, 0.5, 0.0), (0.2, 0.21, 0.19), None, 0.08))  # the chest
    shapes.append(ellipsoid((-0.28, 0.52, 0.0), (0.18, 0.19, 0.18), None, 0.08))  # the rump
    shapes += rope([(0.3, 0.55, 0.0), (0.48, 0.56, 0.03)], [0.16, 0.12], 0.05)  # the neck
    head_c = np.array([0.57, 0.52, 0.05])
    shapes.append(ellipsoid(head_c, (0.11, 0.1, 0.095), None, 0.04))
    shapes.append(ellipsoid(head_c + v3(0.1, -0.08, 0.01), (0.08, 0.075, 0.075), None, 0.04))
    feet = [(0.24, 0.11), (0.22, -0.11), (-0.28, 0.11), (-0.3, -0.11)]
    for x, z in feet:
        shapes += rope([(x, 0.45, z * 0.9), (x, 0.25, z), (x + 0.01, 0.05, z)],
                       [0.09, 0.06, 0.05], 0.05, 0.02)  # fmt: skip
    tail = [(-0.42, 0.6, 0.0), (-0.47, 0.45, 0.0), (-0.48, 0.3, 0.01)]
    shapes += rope(tail, [0.03, 0.022, 0.02], 0.03)
    parts = [solid(shapes, 0.034, 0, "body")]
    parts += _hooves(feet)
    nose = at(*(head_c + v3(0.17, -0.09, 0.01))) @ scl(0.025, 0.042, 0.058)
    parts.append(sphere(1.0, nose, "marking"))
    # the coat: locks over back and flanks, shorter over the neck; the fringe; the tail's tuft
    n = 130
    u = rng.uniform(-0.98, 0.98, n)
    a = np.where(np.arange(n) % 2 == 0, 1.0, -1.0) * rng.uniform(0.05, 1.8, n)
    parts.append(_coat(body_c, (0.46, 0.21, 0.21), u, a, 0.2, rng, 0.05))
    k = 28
    u = rng.uniform(0.3, 1.0, k)
    a = np.where(np.arange(k) % 2 == 0, 1.0, -1.0) * rng.uniform(0.05, 1.6, k)
    parts.append(_coat((0.35, 0.55, 0.02), (0.14, 0.15, 0.15), u, a, 0.3, rng, 0.045))
    k = 22  # the fringe over the eyes
    fa = rng.uniform(-1.3, 1.3, k)
    fr = np.stack([head_c[0] + 0.07 * np.cos(fa), head_c[1] + 0.07 + 0.015 * np.cos(fa),
                   head_c[2] + 0.09 * np.sin(fa)], 1)  # fmt: skip
    fd = np.stack([np.ones(k), 0.3 * np.ones(k), 0.8 * np.sin(fa)], 1)
    parts.append(_locks(fr, fd, rng.uniform(0.12, 0.16, k), 0.04, 0, rng, 0.012))
    for s in (-1, 1):  # the ears, fringed, and the horns
        ear = at(*(head_c + v3(-0.01, 0.02, s * 0.12))) @ rot("x", -s * 70)
        parts.append(sphere(1.0, ear @ scl(0.04, 0.07, 0.025), 0))
        root = head_c + v3(0.0, 0.085, s * 0.07)
        pts = [root, root + v3(0.0, 0.0, s * 0.16), root + v3(0.02, 0.05, s * 0.3),
               root + v3(0.06, 0.2, s * 0.38)]  # fmt: skip
        parts.append(tube(pts, [0.042, 0.032, 0.02, 0.004], None, 1))
    tuft = np.array([[-0.48, 0.32, 0.01]] * 7)
    parts.append(_locks(tuft, rng.normal(0, 1, (7, 3)) * 0.3 + (0, -1, 0), 0.14, 0.03, 0, rng))
    return [p.moved(rot("y", -20)) for p in parts]


# 1029 yak


def _yak(rng: Rng) -> list[Part]:
    """A Himalayan yak standing, head toward +x turned a little to the viewer: a big body with a
    high hump over the shoulders, its long dark coat hanging from its flanks almost to the ground
    like a skirt over its short legs, a small head carried low with curved horns, a bushy tail;
    a red saddle blanket with a yellow border over its back and a pair of blue saddlebags hanging
    at its sides."""
    body_c, body_r = (-0.05, 0.56, 0.0), (0.44, 0.23, 0.22)
    shapes = [ellipsoid(body_c, body_r)]  # the barrel
    shapes.append(ellipsoid((0.2, 0.64, 0.0), (0.22, 0.25, 0.2), None, 0.08))  # the shoulders
    shapes.append(ellipsoid((0.15, 0.8, 0.0), (0.17, 0.1, 0.1), None, 0.1))  # the hump
    shapes += rope([(0.32, 0.6, 0.0), (0.5, 0.44, 0.0)], [0.16, 0.1], 0.06)  # the neck
    head_c = np.array([0.56, 0.4, 0.0])
    shapes.append(ellipsoid(head_c, (0.1, 0.085, 0.08), None, 0.04))
    shapes.append(ellipsoid(head_c + v3(0.09, -0.06, 0.0), (0.07, 0.06, 0.06), None, 0.03))
    feet = [(0.24, 0.12), (0.22, -0.12), (-0.3, 0.12), (-0.32, -0.12)]
    for x, z in feet:
        shapes += rope([(x, 0.45, z * 0.9), (x, 0.25, z), (x, 0.05, z)], [0.08, 0.05, 0.045],
                       0.05, 0.02)  # fmt: skip
    parts = [solid(shapes, 0.04, 0, "body")]
    parts += _hooves(feet)
    # the coat: a skirt of long locks down to the ground, over the hump and shoulders too
    n = 134
    u = rng.uniform(-0.98, 0.98, n)
    a = np.where(np.arange(n) % 2 == 0, 1.0, -1.0) * rng.uniform(0.05, 1.7, n)
    parts.append(_coat(body_c, (0.46, 0.23, 0.23), u, a, 0.05, rng, 0.055, wave=0.015))
    m = 40
    u = rng.uniform(-0.3, 1.0, m)
    a = np.where(np.arange(m) % 2 == 0, 1.0, -1.0) * rng.uniform(0.05, 1.7, m)
    parts.append(_coat((0.2, 0.66, 0.0), (0.23, 0.27, 0.21), u, a, 0.08, rng, 0.055, wave=0.015))
    tail = np.array([[-0.49, 0.62, 0.0]] * 10)
    parts.append(_locks(tail, rng.normal(0, 1, (10, 3)) * 0.25 + (-0.5, -1, 0), 0.42, 0.045, 0,
                        rng))  # fmt: skip
    nose = at(*(head_c + v3(0.155, -0.06, 0.0))) @ scl(0.02, 0.04, 0.05)
    parts.append(sphere(1.0, nose, "marking"))
    for s in (-1, 1):
        root = head_c + v3(0.0, 0.06, s * 0.06)
        pts = [root, root + v3(0.0, 0.04, s * 0.12), root + v3(0.03, 0.14, s * 0.16),
               root + v3(0.08, 0.2, s * 0.1)]  # fmt: skip
        parts.append(tube(pts, [0.03, 0.022, 0.014, 0.003], None, 1))
        ear = at(*(head_c + v3(0.0, 0.02, s * 0.1))) @ scl(0.035, 0.02, 0.05)
        parts.append(sphere(1.0, ear, 0))
    # the saddle blanket over the back, its border, and the saddlebags
    cols = np.linspace(-1.25, 1.25, 16)
    rows = np.linspace(-0.3, -0.02, 6)
    grid = np.empty((len(rows), len(cols), 3))
    for i, x in enumerate(rows):
        top = body_c[1] + body_r[1] * np.sqrt(1 - ((x - body_c[0]) / 0.5) ** 2) + 0.045
        grid[i, :, 0] = x
        grid[i, :, 1] = top - 0.275 * (1 - np.cos(cols))
        grid[i, :, 2] = 0.275 * np.sin(cols)
    parts.append(cloth_sheet(grid, 0.012, "card-red"))
    for i in (0, -1):
        parts.append(tube(grid[i, ::3] + (0, 0.004, 0), 0.012, None, "plume-tip", shape=HEX))
    for s in (-1, 1):
        bag = at(-0.16, 0.36, s * 0.32) @ rot("x", s * 6)
        parts.append(slab(rrect_outline(0.2, 0.17, 0.04), 0.08, bag @ at(0, 0.085, 0), "plume"))
        parts.append(box(0.21, 0.06, 0.09, bag @ at(0, 0.13, s * 0.004), "plume"))  # the flap
        parts.append(box(0.03, 0.14, 0.09, bag @ at(0, 0.06, s * 0.008), "cloth-dark"))
        parts.append(band([grid[3, 0 if s < 0 else -1], bag[:3, 3] + (0, 0.17, 0)],
                          0.03, 0.006, (1, 0, 0), "cloth-dark"))  # fmt: skip
    return [p.moved(rot("y", -20)) for p in parts]


# 1030 ambulance


def _red_cross(m: np.ndarray, s: float) -> list[Part]:
    """A red cross s across on the face z = 0 under ``m`` (its middle at the origin)."""
    return [box(s, s / 3, 0.006, m @ at(0, -s / 6, 0), "card-red"),
            box(s / 3, s, 0.006, m @ at(0, -s / 2, 0), "card-red")]  # fmt: skip


def _ambulance(rng: Rng) -> list[Part]:
    """A white box-van ambulance, nose toward +x: a short cab with a sloping bonnet, a raked
    windscreen and side windows, and behind it a tall square box body reaching over the cab's
    roof; a red stripe and a blue one along its sides, big red crosses on its sides and back,
    a light bar of blue and red lamps on the cab roof and more at the box's corners, two back
    doors with windows and handles, bumpers, headlamps, and four dark wheels."""
    W = 0.42
    x0, x1, xc = -0.52, 0.2, 0.5  # the box's back and front, the nose
    yb, yt = 0.11, 0.56
    parts = [box(x1 - x0, yt - yb, W, at((x0 + x1) / 2, yb, 0), 0, "body")]
    cab = [(x1 - 0.01, yb), (xc, yb), (xc + 0.01, 0.24), (xc - 0.06, 0.27), (x1 + 0.13, 0.43),
           (x1 - 0.01, 0.44)]  # fmt: skip
    parts.append(slab(sharp(cab), W - 0.02, None, 0))
    ws = np.array([[x1 + 0.13, 0.43], [xc - 0.06, 0.27]])
    d = ws[1] - ws[0]
    ang = np.degrees(np.arctan2(d[1], d[0]))
    mid = ws.mean(0)
    pane = at(mid[0] + 0.004, mid[1] + 0.004, 0) @ rot("z", ang) @ at(0, -0.003, 0)
    parts.append(box(float(np.linalg.norm(d)) * 0.86, 0.01, W - 0.06, pane, "window"))
    for s in (-1, 1):
        z = s * (W / 2 - 0.008)
        win = [(x1 + 0.03, 0.3), (x1 + 0.12, 0.3), (x1 + 0.17, 0.41), (x1 + 0.03, 0.41)]
        parts.append(slab(sharp(win), 0.006, at(0, 0, z), "window"))
        parts.append(box(0.003, 0.2, 0.004, at(x1 + 0.2, 0.14, z), "marking"))  # door seam
        parts.append(box(0.035, 0.012, 0.01, at(x1 + 0.15, 0.26, z), 1))  # handle
        sz = s * (W / 2 + 0.002)
        parts.append(box(x1 - x0 - 0.01, 0.05, 0.006, at((x0 + x1) / 2, 0.24, sz), "card-red"))
        parts.append(box(x1 - x0 - 0.01, 0.018, 0.006, at((x0 + x1) / 2, 0.3, sz), "plume"))
        parts.append(box(xc - x1 - 0.04, 0.05, 0.006, at((x1 + xc) / 2 - 0.01, 0.24, s * 0.21),
                         "card-red"))  # fmt: skip
        side = at(-0.2, 0.43, sz) @ rot("y", 90 * (1 - s))
        parts += _red_cross(side, 0.15)
        parts.append(box(0.16, 0.08, 0.006, at(0.07, 0.44, sz), "window"))  # a side window
        mirror = at(x1 + 0.12, 0.36, s * (W / 2 + 0.03))
        parts.append(box(0.02, 0.06, 0.035, mirror, "marking"))
        parts.append(box(0.025, 0.012, 0.04, mirror @ at(0, 0.02, -s * 0.03), "marking"))
    # the back: two doors, windows, handles, a cross
    bk = at(x0 - 0.003, 0, 0) @ rot("y", -90)
    parts.append(box(0.004, yt - yb - 0.04, 0.006, bk @ at(0, yb + 0.02, 0), "marking"))
    for s in (-1, 1):
        parts.append(box(0.12, 0.1, 0.006, bk @ at(s * 0.09, 0.4, 0), "window"))
        parts.append(box(0.012, 0.04, 0.012, bk @ at(s * 0.02, 0.3, 0.004), 1))
    parts += _red_cross(bk @ at(0, 0.24, 0.004), 0.09)
    parts.append(box(0.06, 0.03, W + 0.01, at(x0 - 0.02, 0.1, 0), 1))  # bumpers
    parts.append(box(0.04, 0.04, W + 0.01, at(xc + 0.01, 0.1, 0), 1))
    parts.append(box(0.1, 0.02, 0.2, at(x0 - 0.06, 0.08, 0), 1))  # the back step
    for s in (-1, 1):
        parts.append(box(0.012, 0.035, 0.08, at(xc + 0.004, 0.2, s * 0.13), "glow"))
        parts.append(box(0.012, 0.05, 0.04, at(x0 - 0.004, 0.16, s * 0.18), "card-red"))
    parts.append(box(0.012, 0.05, 0.16, at(xc + 0.006, 0.14, 0), "marking"))  # the grille
    # the lights: a bar on the cab roof, lamps at the box's top corners
    bar = at(x1 + 0.06, 0.44, 0)
    parts.append(box(0.06, 0.02, W - 0.06, bar, 1))
    for s in (-1, 1):
        parts.append(box(0.05, 0.035, 0.12, bar @ at(0, 0.02, s * 0.09), "plume"))
    parts.append(box(0.05, 0.035, 0.06, bar @ at(0, 0.02, 0), "glow"))
    for x in (x0 + 0.03, x1 - 0.03):
        for s in (-1, 1):
            lamp = "plume" if (x > 0) == (s > 0) else "card-red"
            parts.append(box(0.04, 0.03, 0.04, at(x, yt, s * (W / 2 - 0.03)), lamp))
    for x in (-0.33, 0.36):  # the wheels under dark arches
        for s in (-1, 1):
            wm = at(x, 0.085, s * (W / 2 - 0.03)) @ rot("x", 90 * s)
            parts.append(cylinder(0.085, 0.085, 0.06, wm, "marking"))
            parts.append(cylinder(0.05, 0.045, 0.065, wm, 1))
        arch = [(x - 0.11, 0.11), (x + 0.11, 0.11), (x + 0.08, 0.18), (x, 0.2), (x - 0.08, 0.18)]
        parts.append(slab(arch, W + 0.004, None, "marking"))
    del rng
    return parts


# 1031 T-square


def _t_square(rng: Rng) -> list[Part]:
    """A draughtsman's T-square on a drawing board: a long flat thin ruler blade with a white
    edge marked with graduations, joined at its left end at right angles to a shorter, thicker
    head piece that hooks against the board's left edge, two screws through the joint. The
    board, propped up a little at the back, has a green cover, a pencil ledge along its front
    with a pencil on it, and a sheet of paper pinned down with a drawing begun, a line ruled
    along the blade."""
    bw, bd, bt = 1.0, 0.66, 0.035
    tilt = 10.0
    m = at(0, 0.03, bd / 2) @ rot("x", tilt) @ at(0, 0, -bd / 2)  # the board's frame
    board = [box(bw, bt, bd, m, 1)]
    board.append(box(bw - 0.03, 0.004, bd - 0.03, m @ at(0, bt, 0), "chalkboard"))
    board.append(box(bw, 0.03, 0.03, m @ at(0, 0.0, bd / 2 + 0.012), 1))  # the pencil ledge
    board.append(box(bw, 0.012, 0.01, m @ at(0, 0.03, bd / 2 + 0.024), 1))
    for x in (-0.4, 0.4):  # the props at the back, the front on feet
        back = m @ at(x, 0, -bd / 2 + 0.05)
        foot = float(back[1, 3])
        board.append(box(0.05, foot + 0.01, 0.05, at(x, 0, float(back[2, 3])), 1))
        board.append(box(0.05, 0.035, 0.05, at(x, 0, bd / 2 - 0.03), 1))
    top = bt + 0.004
    paper = m @ at(0.06, top, -0.02) @ rot("y", float(rng.uniform(-1.5, 1.5)))
    board.append(box(0.62, 0.002, 0.44, paper, "sheet"))
    for x, z in ((-0.29, -0.2), (0.29, -0.2), (-0.29, 0.2), (0.29, 0.2)):
        board.append(cylinder(0.01, 0.01, 0.006, paper @ at(x, 0, z), "card-red"))
    drawing = paper @ at(0.04, 0.002, -0.05)
    board.append(rect_ring(0.3, 0.18, 0.004, 0.001, drawing, "marking"))
    board.append(torus(0.05, 0.002, drawing @ scl(1, 0.2, 1), "marking"))
    board.append(box(0.004, 0.001, 0.18, drawing, "marking"))
    # the T-square: the blade across the board, the head against its left edge
    zb = 0.16 + float(rng.uniform(-0.03, 0.03))  # the blade's near edge
    L, wid, t = 0.9, 0.075, 0.008
    x0 = -bw / 2
    blade = m @ at(x0 + L / 2, top, zb - wid / 2)
    tsq = [box(L, t, wid, blade, 0, "body")]
    tsq.append(box(L - 0.04, t + 0.001, 0.026, blade @ at(0.02, 0, wid / 2 - 0.013), "snow"))
    hl, hw, ht = 0.34, 0.06, 0.07
    head = m @ at(x0 - hw / 2, top + t, zb - wid / 2)
    tsq.append(box(hw, ht, hl, head @ at(0, -ht, 0), 0))
    tsq.append(box(0.08, 0.006, wid + 0.01, head @ at(hw / 2 + 0.02, 0, 0), 0))  # the plate
    for dz in (-0.022, 0.022):
        tsq.append(cylinder(0.008, 0.008, 0.004, head @ at(hw / 2 + 0.02, 0.006, dz), "steel"))
    ticks = m @ at(x0 + 0.07, top + t, zb - 0.001)
    xs = np.arange(0.0, L - 0.08, 0.02)
    long = [(x, 0, -0.0065) for x in xs[::5]]
    short = [(x, 0, -0.004) for i, x in enumerate(xs) if i % 5]
    tsq.append(blocks(long, (0.0025, 0.0025, 0.013), ticks, "marking"))
    tsq.append(blocks(short, (0.002, 0.0025, 0.008), ticks, "marking"))
    for k in range(1, 8):
        tsq += number(k, ticks @ at(0.1 * k, 0.001, -0.021) @ FLAT_UP, 0.005, 0.008, "marking")
    board.append(box(0.5, 0.0015, 0.003, m @ at(0.06, top + 0.002, zb + 0.004), "marking"))
    board += pencil(m @ at(0.3, 0.04, bd / 2 + 0.02) @ rot("z", 90) @ rot("y", 30), 0.17)
    return tsq + board


MORE_APPLIANCES_ZZZA = {
    1024: _footstool, 1025: _cheese_barrow, 1026: _cheese_press, 1027: _beaver,
    1028: _highland_cow, 1029: _yak, 1030: _ambulance, 1031: _t_square,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
