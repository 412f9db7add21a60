"""More of the device family's appliances, from 1389: a grey wolf, a coyote, a cocker spaniel, a
wire-haired terrier, a Newfoundland dog, an ocelot, a wildcat and a Hereford cow.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, at, mesh_part, rot, scl, v3
from ._kit import bristles, colour_patch, hair_locks, rope, skin_field, skin_hits, skin_strip, solid
from ._primitives import catmull_rom, lathe, tube
from ._sdf import Field, ellipsoid

__all__ = ["MORE_APPLIANCES_ZZZZX"]

Rng = np.random.Generator


# ---- shared: fur, locks, spots, ears, legs ----------------------------------------------------


def _dirs(n: int) -> np.ndarray:
    """n directions spread evenly over the sphere."""
    i = np.arange(n) + 0.5
    y = 1 - 2 * i / n
    r = np.sqrt(1 - y * y)
    t = np.pi * (3 - np.sqrt(5)) * i
    return np.stack([r * np.cos(t), y, r * np.sin(t)], 1)


def _hits(field: Field, centres, n: int, keep) -> tuple[np.ndarray, np.ndarray]:
    """Points on a skin and their normals: where rays from each of ``centres`` in n directions
    leave it, kept where ``keep(points)`` holds."""
    d = _dirs(n)
    c = np.asarray(centres, float).reshape(-1, 3)
    ps, ns = skin_hits(field, np.repeat(c, n, axis=0), np.tile(d, (len(c), 1)), 0.36, 32)
    k = keep(ps)
    return ps[k], ns[k]


def _spikes(ps, ns, lay, length: float, width: float, slot, rng: Rng, stand: float = 0.5):
    """Tufts of rough fur standing off a skin at ps (normals ns): a spike from just under the
    skin, leaning between its normal (by ``stand``) and the way the fur lies (``lay``, one
    direction or one per point), about ``length`` long."""
    lay = np.broadcast_to(np.asarray(lay, float), ns.shape)
    d = ns * stand + lay * (1 - stand) + rng.normal(0, 0.12, ns.shape)
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    ln = length * rng.uniform(0.7, 1.2, len(ps))[:, None]
    return bristles(ps - ns * 0.008, ps + d * ln, width, slot)


def _hair(paths, width: float, thick: float, slot) -> Part:
    """Flat tapering locks of hair: ``_kit.hair_locks``, coarser, narrowing and thinning less."""
    return hair_locks(paths, width, thick, slot, 5, narrow=0.85, thin=0.6)


def _locks(roots, out, lengths, width: float, thick: float, slot, rng: Rng, wave=0.015) -> Part:
    """Long locks of hair falling from roots: each sets off along ``out`` (per root), bends
    down under its own weight and hangs about ``lengths`` long, waving a little."""
    p0 = np.asarray(roots, float)
    d = np.asarray(out, float)
    d = d / np.linalg.norm(d, axis=1, keepdims=True)
    ln = np.broadcast_to(np.asarray(lengths, float), (len(p0),))[:, None]
    down = np.array([0.0, -1.0, 0.0])
    w = rng.uniform(-wave, wave, (len(p0), 3, 3)) * (1, 0.3, 1)
    pts = [p0, p0 + d * ln * 0.25 + down * ln * 0.08 + w[:, 0],
           p0 + d * ln * 0.35 + down * ln * 0.45 + w[:, 1],
           p0 + d * ln * 0.4 + down * ln * 0.9 + w[:, 2]]  # fmt: skip
    paths = np.stack(pts, 1)
    paths[..., 1] = np.maximum(paths[..., 1], 0.01)
    return _hair(paths, width, thick, slot)


def _lump_mesh() -> tuple[np.ndarray, np.ndarray]:
    """A low flat lozenge of unit size: a ring of 6 round its middle, a point on top and one
    under (12 triangles)."""
    a = np.arange(6) * (np.pi / 3)
    v = np.concatenate([[(0.0, -0.5, 0.0)], np.stack([np.cos(a), 0 * a, np.sin(a)], 1),
                        [(0.0, 1.0, 0.0)]])  # fmt: skip
    f = [(0, 1 + (k + 1) % 6, 1 + k) for k in range(6)]
    f += [(7, 1 + k, 1 + (k + 1) % 6) for k in range(6)]
    return v, np.array(f)


def _ball_mesh() -> tuple[np.ndarray, np.ndarray]:
    """A low unit sphere: 8 sides, 4 rings between its poles (64 triangles)."""
    a = np.arange(8) * (2 * np.pi / 8)
    lat = np.linspace(-np.pi / 2, np.pi / 2, 6)[1:-1]
    ring = np.stack([np.cos(lat)[:, None] * np.cos(a), np.sin(lat)[:, None] + 0 * a,
                     np.cos(lat)[:, None] * np.sin(a)], -1).reshape(-1, 3)  # fmt: skip
    v = np.concatenate([[(0.0, -1.0, 0.0)], ring, [(0.0, 1.0, 0.0)]])
    f = [(0, 1 + (k + 1) % 8, 1 + k) for k in range(8)]
    for r in range(3):
        for k in range(8):
            a0, a1 = 1 + 8 * r + k, 1 + 8 * r + (k + 1) % 8
            f += [(a0, a1, a1 + 8), (a0, a1 + 8, a0 + 8)]
    f += [(33, 25 + k, 25 + (k + 1) % 8) for k in range(8)]
    return v, np.array(f)


def _ball(m: np.ndarray, slot) -> Part:
    """A small smooth ball (an eye, a nose, an ear's leather) of radius 1 under m, in few
    triangles."""
    return mesh_part(*_ball_mesh(), slot).moved(m)


def _spots(c, d, nrm, size, slot) -> Part:
    """Many small raised spots as one part: a low lozenge at each of c, long along d (kept
    square to the skin's normal nrm there), semi-axes ``size`` (long, high, wide; per spot or
    shared)."""
    c = np.asarray(c, float).reshape(-1, 3)
    y = np.asarray(nrm, float).reshape(-1, 3)
    y = y / np.linalg.norm(y, axis=1, keepdims=True)
    d = np.broadcast_to(np.asarray(d, float), c.shape)
    x = d - y * (d * y).sum(1, keepdims=True)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    z = np.cross(x, y)
    sz = np.broadcast_to(np.asarray(size, float), c.shape)
    v0, f0 = _lump_mesh()
    verts = c[:, None] + sum(v0[None, :, i : i + 1] * (ax * sz[:, i : i + 1])[:, None]
                             for i, ax in enumerate((x, y, z)))  # fmt: skip
    faces = f0[None] + (np.arange(len(c)) * len(v0))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), faces.reshape(-1, 3), slot)


_EAR = [(0.0, 0.0), (1.0, 0.04), (0.8, 0.45), (0.35, 0.82), (0.0, 1.0)]
"""A pointed ear's profile (radius, height) from its base to its tip."""


_ROUND_EAR = [(0.0, 0.0), (1.0, 0.04), (1.0, 0.4), (0.8, 0.75), (0.4, 0.95), (0.0, 1.0)]
"""A rounded ear's profile."""


def _ear(base, h: float, w: float, t: float, lean_x: float, lean_z: float, slot=0, prof=None):
    """A pointed upright ear on base: a flattened cone h tall, w wide and t thick, leaning out
    sideways by ``lean_x`` and back by ``lean_z`` degrees (``prof`` another profile)."""
    m = at(*base) @ rot("x", lean_x) @ rot("z", lean_z) @ scl(t, h, w)
    return lathe(prof or _EAR, m, slot, sides=8)


def _legs(xf: float, xh: float, z: float, h: float, r: float, paw: float, cat: bool = False):
    """Four legs (head toward +x) reaching up h into the body: forelegs straight under the
    shoulder at xf, hind legs at xh with the stifle forward and the hock back, round paws
    (a cat's rounder and neater); r the upper legs' radius."""
    shapes = []
    k = 0.8 if cat else 1.0
    for s in (-1, 1):
        fore = [(xf - 0.03 * h, h, s * z * 0.8), (xf, 0.5 * h, s * z),
                (xf + 0.01 * h, 0.16 * h, s * z), (xf + 0.04 * h, 0.05 * h, s * z)]  # fmt: skip
        shapes += rope(fore, [r * 1.3, r * 0.85, r * 0.7, r * 0.7], 0.05, 0.02)
        hind = [(xh + 0.02 * h, h, s * z * 0.85), (xh + 0.12 * h, 0.62 * h, s * z),
                (xh - 0.14 * h, 0.3 * h, s * z), (xh - 0.08 * h, 0.05 * h, s * z)]  # fmt: skip
        shapes += rope(hind, [r * 1.8, r * 1.05, r * 0.7, r * 0.7], 0.05, 0.02)
        for x in (xf + 0.06 * h, xh - 0.05 * h):
            shapes.append(ellipsoid((x, paw * 0.6, s * z), (paw * 1.3 * k, paw * 0.65, paw), None,
                                    0.02))  # fmt: skip
    return shapes


def _eyes(c, r: float, slot="pupil") -> list[Part]:
    """Two eyes at c (its z the distance out from the middle), r across."""
    return [_ball(at(c[0], c[1], s * c[2]) @ scl(r * 0.8, r, r), slot) for s in (-1, 1)]


def _turned(parts: list[Part], yaw: float) -> list[Part]:
    """The parts turned about the vertical by ``yaw`` degrees."""
    return [p.moved(rot("y", yaw)) for p in parts]


# ---- 1389 wolf --------------------------------------------------------------------------------


def _wolf_shapes(lean: float) -> list:
    """A wolf's smooth body (head toward +x): a narrow deep chest on long legs, a tucked belly,
    lean haunches, a neck carried forward, a broad skull and a long muzzle, a bushy tail
    hanging low."""
    shapes = [ellipsoid((-0.04, 0.52, 0.0), (0.3, 0.11, 0.095))]  # the barrel
    shapes.append(ellipsoid((0.16, 0.49, 0.0), (0.15, 0.17, 0.105), None, 0.08))  # the chest
    shapes.append(ellipsoid((-0.27, 0.53, 0.0), (0.12, 0.11, 0.095), None, 0.06))  # haunches
    shapes.append(ellipsoid((0.12, 0.6, 0.0), (0.12, 0.05, 0.07), None, 0.06))  # withers
    shapes += rope([(0.2, 0.58, 0.0), (0.36, 0.66, 0.0)], [0.1, 0.08], 0.06)  # the neck
    shapes.append(ellipsoid((0.31, 0.57, 0.0), (0.09, 0.11, 0.095), rot("z", -30), 0.05))  # ruff
    shapes.append(ellipsoid((0.42, 0.69, 0.0), (0.09, 0.085, 0.085), None, 0.04))  # the skull
    for s in (-1, 1):  # the cheeks
        shapes.append(ellipsoid((0.43, 0.655, s * 0.045), (0.07, 0.05, 0.045), None, 0.03))
    shapes += rope([(0.48, 0.67, 0.0), (0.6, 0.64, 0.0)], [0.05, 0.03], 0.04)  # the muzzle
    shapes.append(ellipsoid((0.51, 0.635, 0.0), (0.075, 0.03, 0.04), None, 0.03))  # the jaw
    shapes += _legs(0.19, -0.29, 0.06, 0.44, 0.038, 0.032)
    tail = [(-0.37, 0.56, 0.0), (-0.45, 0.45, 0.0), (-0.48 - lean, 0.3, 0.01),
            (-0.47 - lean, 0.2, 0.02)]  # fmt: skip
    shapes += rope(tail, [0.035, 0.055, 0.055, 0.03], 0.03, 0.02)
    return shapes


def _ruff(field: Field, rng: Rng, length: float, slot=0) -> Part:
    """A thick ruff of fur round a wolf's neck and shoulders, lying back and down."""
    spine = [(0.25, 0.57, 0.0), (0.33, 0.6, 0.0), (0.39, 0.65, 0.0)]
    ps, ns = _hits(field, spine, 48, lambda p: (p[:, 0] > 0.22) & (p[:, 0] < 0.43)
                   & (p[:, 1] < 0.68 + 0.4 * (p[:, 0] - 0.3)))  # fmt: skip
    ln = length * (0.6 + 0.6 * np.clip((ps[:, 0] - 0.22) / 0.15, 0, 1))[:, None]
    d = ns * 0.45 + np.array([-0.6, -0.5, 0.0]) + rng.normal(0, 0.12, ns.shape)
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    return bristles(ps - ns * 0.008, ps + d * ln, 0.03, slot)


def _bushy_tail(field: Field, path, rng: Rng, length: float, tip: float, slot=0) -> list[Part]:
    """Long fur standing off a bushy tail along path (its tip end last), lying toward the tip,
    the last of it dark below the height ``tip``."""
    ps, ns = _hits(field, path, 22, lambda p: (p[:, 0] < path[0][0] + 0.03) & (p[:, 1] > 0.18))
    dark = ps[:, 1] < tip
    return [
        _spikes(ps[~dark], ns[~dark], (0.0, -1.0, 0.0), length, 0.024, slot, rng, 0.5),
        _spikes(ps[dark], ns[dark], (0.0, -1.0, 0.0), length, 0.024, "marking", rng, 0.5),
    ]


def _wolf(rng: Rng) -> list[Part]:
    """A grey wolf standing, head toward +x turned a little to the viewer: a rangy dog on long
    legs, a deep narrow chest and a tucked-up belly, a thick ruff of fur round its neck, a broad
    head with a long muzzle, a black nose and upright pointed ears, a long bushy tail hanging
    low to its hocks with a dark tip; its muzzle, cheeks, throat, chest and belly paler
    (second material)."""
    shapes = _wolf_shapes(float(rng.uniform(-0.01, 0.01)))
    parts = [solid(shapes, 0.024, 0, "body")]
    field = skin_field(shapes)
    for c, r in (((0.5, 0.6, 0.0), (0.12, 0.045, 0.1)), ((0.44, 0.63, 0.0), (0.05, 0.03, 0.1)),
                 ((0.36, 0.55, 0.0), (0.1, 0.1, 0.07)), ((0.28, 0.4, 0.0), (0.08, 0.12, 0.06)),
                 ((-0.05, 0.39, 0.0), (0.24, 0.04, 0.2))):  # fmt: skip
        parts.append(colour_patch(shapes, c, r, 1, g=0.005, cell=0.026))
    parts.append(colour_patch(shapes, (-0.47, 0.18, 0.0), (0.06, 0.07, 0.08), "marking"))
    parts.append(_ruff(field, rng, 0.08))
    parts += _bushy_tail(field, [(-0.4, 0.5, 0.0), (-0.46, 0.4, 0.0), (-0.48, 0.28, 0.01)], rng,
                         0.055, 0.25)  # fmt: skip
    parts.append(_ball(at(0.605, 0.645, 0.0) @ scl(0.02, 0.019, 0.024), "marking"))
    parts += _eyes((0.485, 0.7, 0.05), 0.011)
    for s in (-1, 1):
        parts.append(_ear((0.405, 0.745, s * 0.05), 0.095, 0.04, 0.026, -s * 12, -3))
    return _turned(parts, 14)


# ---- 1390 coyote ------------------------------------------------------------------------------


def _coyote_shapes() -> list:
    """A coyote's smooth body (head toward +x): lean and slight, a shallow chest on thin
    legs, a narrow head with a long pointed muzzle, a bushy tail held down."""
    shapes = [ellipsoid((-0.03, 0.5, 0.0), (0.28, 0.095, 0.08))]  # the barrel
    shapes.append(ellipsoid((0.15, 0.48, 0.0), (0.13, 0.13, 0.085), None, 0.07))  # the chest
    shapes.append(ellipsoid((-0.25, 0.51, 0.0), (0.11, 0.1, 0.08), None, 0.05))  # haunches
    shapes += rope([(0.2, 0.54, 0.0), (0.34, 0.65, 0.0)], [0.075, 0.055], 0.05)  # the neck
    shapes.append(ellipsoid((0.39, 0.67, 0.0), (0.07, 0.058, 0.058), None, 0.035))  # the skull
    shapes += rope([(0.43, 0.66, 0.0), (0.58, 0.615, 0.0)], [0.036, 0.014], 0.035)  # muzzle
    shapes.append(ellipsoid((0.46, 0.635, 0.0), (0.06, 0.022, 0.03), None, 0.025))  # the jaw
    shapes += _legs(0.18, -0.27, 0.05, 0.44, 0.028, 0.024)
    tail = [(-0.35, 0.53, 0.0), (-0.44, 0.42, 0.0), (-0.49, 0.3, 0.02), (-0.5, 0.2, 0.03)]
    shapes += rope(tail, [0.028, 0.052, 0.05, 0.022], 0.03, 0.02)
    return shapes


def _coyote(rng: Rng) -> list[Part]:
    """A coyote standing, head toward +x turned a little to the viewer: a lean, slight,
    tan-grey wild dog on thin long legs, a narrow head with a long sharply pointed muzzle and
    big upright pointed ears, a bushy tail held down with a black tip; its throat, belly and
    muzzle paler (second material)."""
    shapes = _coyote_shapes()
    parts = [solid(shapes, 0.023, 0, "body")]
    field = skin_field(shapes)
    for c, r in (((0.48, 0.625, 0.0), (0.09, 0.022, 0.06)), ((0.32, 0.53, 0.0), (0.08, 0.08, 0.05)),
                 ((-0.03, 0.4, 0.0), (0.22, 0.04, 0.2))):  # fmt: skip
        parts.append(colour_patch(shapes, c, r, 1, g=0.005, cell=0.024))
    parts.append(colour_patch(shapes, (-0.5, 0.19, 0.0), (0.06, 0.06, 0.08), "marking", cell=0.02))
    parts += _bushy_tail(field, [(-0.4, 0.48, 0.0), (-0.47, 0.36, 0.01), (-0.5, 0.25, 0.02)],
                         rng, 0.045, 0.26)  # fmt: skip
    ps, ns = _hits(field, [(0.24, 0.56, 0.0), (0.3, 0.61, 0.0)], 30,
                   lambda p: (p[:, 0] > 0.2) & (p[:, 0] < 0.37))  # fmt: skip
    parts.append(_spikes(ps, ns, (-0.8, -0.3, 0.0), 0.035, 0.02, 0, rng, 0.5))
    parts.append(_ball(at(0.585, 0.615, 0.0) @ scl(0.015, 0.014, 0.016), "marking"))
    parts += _eyes((0.435, 0.685, 0.038), 0.01)
    for s in (-1, 1):
        parts.append(_ear((0.375, 0.715, s * 0.04), 0.1, 0.04, 0.013, -s * 14, -6))
    return _turned(parts, 14)


# ---- 1391 spaniel -----------------------------------------------------------------------------


def _spaniel_shapes() -> list:
    """A cocker spaniel's smooth body (head toward +x): compact and sturdy, a deep chest, a
    back sloping a little to the rump, a domed head with a marked stop and a square muzzle."""
    shapes = [ellipsoid((-0.02, 0.42, 0.0), (0.24, 0.12, 0.12))]  # the barrel
    shapes.append(ellipsoid((0.13, 0.4, 0.0), (0.13, 0.15, 0.12), None, 0.07))  # the chest
    shapes.append(ellipsoid((-0.2, 0.42, 0.0), (0.1, 0.11, 0.11), None, 0.05))  # haunches
    shapes += rope([(0.17, 0.48, 0.0), (0.27, 0.6, 0.0)], [0.1, 0.08], 0.05)  # the neck
    shapes.append(ellipsoid((0.3, 0.675, 0.0), (0.085, 0.09, 0.078), None, 0.04))  # domed skull
    shapes += rope([(0.37, 0.63, 0.0), (0.45, 0.615, 0.0)], [0.05, 0.047], 0.025)  # muzzle
    for s in (-1, 1):
        shapes.append(ellipsoid((0.42, 0.59, s * 0.025), (0.045, 0.04, 0.03), None, 0.02))  # flews
    shapes += _legs(0.15, -0.21, 0.06, 0.31, 0.032, 0.03)
    shapes += rope([(-0.27, 0.48, 0.0), (-0.34, 0.52, 0.0)], [0.03, 0.025], 0.03)  # docked tail
    return shapes


def _spaniel_hair(rng: Rng) -> Part:
    """A cocker spaniel's long silky hair: wavy locks falling over its ears to below them,
    hanging from under its chest and belly and feathering the backs of its legs."""
    roots, outs, lens = [], [], []
    for s in (-1, 1):  # over the ears
        for k in range(16):
            f = (k % 8) / 7
            row = k // 8
            roots.append((0.26 + 0.1 * f, 0.655 - 0.07 * row - 0.03 * (f - 0.5) ** 2, s * 0.1))
            outs.append((0.1 * (f - 0.5), -1.0, s * (0.15 + 0.1 * row)))
            lens.append(0.26 - 0.07 * row + 0.04 * np.sin(np.pi * f))
    for k in range(22):  # under the chest and belly
        x = 0.2 - 0.38 * k / 21
        for s in (-1, 1):
            roots.append((x, 0.31 + 0.03 * (x < -0.05), s * 0.06))
            outs.append((-0.3, -1.0, s * 0.4))
            lens.append(0.1 if x > 0.0 else 0.075)
    for s in (-1, 1):  # behind the legs
        for k in range(5):
            roots.append((0.12, 0.27 - 0.035 * k, s * 0.06))
            outs.append((-1.0, -0.6, s * 0.2))
            lens.append(0.07)
            roots.append((-0.27 + 0.01 * k, 0.34 - 0.035 * k, s * 0.06))
            outs.append((-1.0, -0.8, s * 0.2))
            lens.append(0.07)
    return _locks(roots, outs, lens, 0.034, 0.01, 1, rng, 0.012)


def _spaniel(rng: Rng) -> list[Part]:
    """A cocker spaniel standing, head toward +x turned a little to the viewer: a compact
    sturdy little dog with a domed head and a square muzzle, a black nose, long floppy ears
    hanging from eye level to well below its jaw, covered in long wavy silky hair; long wavy
    feathering hanging from its chest, belly and the backs of its legs, a short docked tail
    (the ears and feathering in the second material)."""
    shapes = _spaniel_shapes()
    parts = [solid(shapes, 0.02, 0, "body")]
    parts.append(_ball(at(0.475, 0.63, 0.0) @ scl(0.018, 0.02, 0.026), "marking"))
    parts += _eyes((0.365, 0.68, 0.055), 0.013)
    for s in (-1, 1):  # the ear leathers
        ear = at(0.31, 0.665, s * 0.08) @ rot("x", -s * 6) @ rot("z", 8)
        parts.append(_ball(ear @ at(0, -0.13, 0) @ scl(0.068, 0.145, 0.022), 1))
    parts.append(_spaniel_hair(rng))
    return _turned(parts, 16)


# ---- 1392 terrier -----------------------------------------------------------------------------


def _terrier_shapes() -> list:
    """A wire terrier's smooth body (head toward +x): short and square, a level back, a deep
    chest, a long flat head with a long blocky muzzle."""
    shapes = [ellipsoid((-0.02, 0.47, 0.0), (0.22, 0.11, 0.1))]  # the barrel
    shapes.append(ellipsoid((0.12, 0.46, 0.0), (0.12, 0.14, 0.1), None, 0.06))  # the chest
    shapes.append(ellipsoid((-0.18, 0.48, 0.0), (0.09, 0.1, 0.095), None, 0.05))  # haunches
    shapes += rope([(0.16, 0.52, 0.0), (0.24, 0.66, 0.0)], [0.085, 0.065], 0.05)  # the neck
    shapes += rope([(0.26, 0.72, 0.0), (0.33, 0.72, 0.0)], [0.06, 0.055], 0.03)  # flat skull
    shapes += rope([(0.33, 0.705, 0.0), (0.46, 0.69, 0.0)], [0.045, 0.043], 0.02)  # muzzle
    shapes += _legs(0.14, -0.18, 0.055, 0.38, 0.03, 0.027)
    tail = [(-0.22, 0.55, 0.0), (-0.25, 0.65, 0.0), (-0.25, 0.73, 0.0)]
    shapes += rope(tail, [0.03, 0.022, 0.012], 0.03)
    return shapes


def _terrier(rng: Rng) -> list[Part]:
    """A wire-haired terrier standing alert, head toward +x turned a little to the viewer: a
    small square dog with a level back on straight legs, a rough wiry coat bristling all over
    it, a long flat head with a blocky muzzle ending in a square bushy beard, bushy eyebrows
    jutting over its eyes, small ears folded forward, a black nose, an upright carrot of a tail;
    a dark saddle over its back (second material)."""
    shapes = _terrier_shapes()
    parts = [solid(shapes, 0.02, 0, "body")]
    field = skin_field(shapes)
    parts.append(colour_patch(shapes, (-0.04, 0.6, 0.0), (0.22, 0.1, 0.2), 1, g=0.005, cell=0.022))
    body = [(x, 0.47, 0.0) for x in np.linspace(-0.2, 0.14, 6)]
    ps, ns = _hits(field, body, 40, lambda p: (p[:, 1] > 0.3) & (p[:, 0] < 0.2))
    slots = np.where(ps[:, 1] > 0.53 + 0.03 * np.sin(ps[:, 0] * 40), 1, 0)
    for sl in (0, 1):
        k = slots == sl
        parts.append(_spikes(ps[k], ns[k], (-1.0, -0.2, 0.0), 0.035, 0.016, sl, rng, 0.55))
    legs = [(x, y, z) for x in (0.14, -0.2) for z in (-0.055, 0.055) for y in (0.12, 0.25)]
    ps, ns = _hits(field, legs, 10, lambda p: p[:, 1] < 0.33)
    parts.append(_spikes(ps, ns, (0.0, -1.0, 0.0), 0.028, 0.014, 0, rng, 0.6))
    # the beard and the eyebrows
    roots = [(0.36 + 0.1 * f, 0.675, z) for f in np.linspace(0, 1, 6) for z in (-0.035, 0.0, 0.035)]
    outs = [(0.3, -0.6, z * 8) for _, _, z in roots]
    parts.append(_locks(roots, outs, 0.08, 0.03, 0.012, 0, rng, 0.006))
    for s in (-1, 1):
        c = np.array([0.36, 0.745, s * 0.035])
        tips = [c + v3(0.06, 0.015 + 0.006 * k, s * (0.012 * k - 0.01)) for k in range(3)]
        parts.append(bristles([c] * 3, tips, 0.016, 0))
        parts.append(_ear((0.28, 0.765, s * 0.05), 0.055, 0.03, 0.01, -s * 40, -115, 1))
    parts += _eyes((0.35, 0.725, 0.04), 0.011)
    parts.append(_ball(at(0.505, 0.7, 0.0) @ scl(0.018, 0.02, 0.025), "marking"))
    return _turned(parts, 16)


# ---- 1393 Newfoundland ------------------------------------------------------------------------


_NEWFIE_HEAD = np.array([0.45, 0.8, 0.0])


def _newfie_shapes() -> list:
    """A Newfoundland's smooth body (head toward +x): massive and deep, a broad back, heavy
    bone, a thick neck, a broad head with a short square muzzle and heavy jowls, a long tail
    hanging down."""
    h = _NEWFIE_HEAD
    shapes = [ellipsoid((-0.03, 0.52, 0.0), (0.33, 0.16, 0.15))]  # the barrel
    shapes.append(ellipsoid((0.18, 0.5, 0.0), (0.16, 0.19, 0.15), None, 0.08))  # the chest
    shapes.append(ellipsoid((-0.27, 0.54, 0.0), (0.13, 0.14, 0.14), None, 0.06))  # haunches
    shapes += rope([(0.22, 0.6, 0.0), (0.38, 0.74, 0.0)], [0.15, 0.115], 0.06)  # the neck
    shapes.append(ellipsoid(h, (0.1, 0.095, 0.105), None, 0.05))  # the broad skull
    shapes += rope([h + v3(0.07, -0.03, 0), h + v3(0.16, -0.05, 0)], [0.065, 0.06], 0.03)
    for s in (-1, 1):  # the heavy jowls
        shapes.append(ellipsoid(h + v3(0.12, -0.095, s * 0.035), (0.055, 0.05, 0.035), None, 0.03))
    shapes += _legs(0.2, -0.27, 0.09, 0.42, 0.05, 0.045)
    tail = [(-0.38, 0.58, 0.0), (-0.44, 0.45, 0.0), (-0.46, 0.3, 0.01), (-0.42, 0.2, 0.02)]
    shapes += rope(tail, [0.05, 0.05, 0.045, 0.035], 0.04, 0.02)
    return shapes


def _newfie(rng: Rng) -> list[Part]:
    """A Newfoundland dog standing, head toward +x turned a little to the viewer: a huge heavy
    black dog, its massive body hung all over with a thick long shaggy coat falling below its
    belly, a thick ruff round its neck, heavy legs feathered behind, a broad head with a short
    square muzzle and heavy drooping jowls, small ears drooping flat beside its head, a long
    furry tail hanging down; a small white star on its chest (second material)."""
    h = _NEWFIE_HEAD
    shapes = _newfie_shapes()
    parts = [solid(shapes, 0.026, 0, "body")]
    field = skin_field(shapes)
    spine = [(x, 0.52, 0.0) for x in np.linspace(-0.3, 0.2, 6)]
    ps, ns = _hits(field, spine, 32, lambda p: (p[:, 1] > 0.44) & (p[:, 0] < 0.3))
    out = ns * (1, 0, 1) + (-0.3, -0.6, 0.0)
    drop = np.clip(ps[:, 1] - 0.38, 0.05, 0.16)
    parts.append(_locks(ps - ns * 0.01, out, drop + 0.05, 0.05, 0.014, 0, rng, 0.02))
    ps, ns = _hits(field, [(0.25, 0.62, 0.0), (0.33, 0.7, 0.0)], 30,
                   lambda p: (p[:, 0] > 0.2) & (p[:, 0] < 0.38) & (p[:, 1] > 0.56))  # fmt: skip
    parts.append(_spikes(ps, ns, (-1.0, -0.6, 0.0), 0.06, 0.032, 0, rng, 0.4))
    parts.append(colour_patch(shapes, (0.35, 0.5, 0.0), (0.05, 0.07, 0.05), 1, cell=0.02))
    legs = [(x, 0.2, s * 0.09) for x in (0.2, -0.3) for s in (-1, 1)]
    roots = [np.array(c) + v3(-0.04, 0.14 - 0.05 * k, 0.0) for c in legs for k in range(3)]
    outs = [(-1.0, -0.4, c[2] * 3) for c in legs for _ in range(3)]
    parts.append(_locks(roots, outs, 0.1, 0.045, 0.014, 0, rng, 0.01))
    tail = [(-0.42, 0.52, 0.0), (-0.45, 0.4, 0.0), (-0.45, 0.28, 0.01)]
    ps, ns = _hits(field, tail, 20, lambda p: (p[:, 0] < -0.4) & (p[:, 1] > 0.22))
    parts.append(_locks(ps, ns * (1, 0, 1) + (-0.2, -0.3, 0), 0.1, 0.045, 0.014, 0, rng, 0.01))
    for s in (-1, 1):
        ear = at(*(h + v3(-0.03, 0.03, s * 0.1))) @ rot("x", -s * 12) @ rot("z", 10)
        parts.append(_ball(ear @ at(0, -0.06, 0) @ scl(0.045, 0.075, 0.02), 0))
    parts += _eyes(h + v3(0.08, 0.01, 0.06), 0.012)
    parts.append(_ball(at(*(h + v3(0.17, -0.04, 0))) @ scl(0.022, 0.025, 0.035), "marking"))
    return _turned(parts, 16)


# ---- cats: shared ------------------------------------------------------------------------------


def _cat_head(c, r: float, flat: float = 0.85) -> list:
    """A cat's round head at c (r across, ``flat`` times as high): a broad round skull, a
    short muzzle with two round whisker pads and a small chin."""
    cx, cy, _ = c
    shapes = [ellipsoid(c, (r * 0.95, r * flat, r), None, 0.04)]
    for s in (-1, 1):
        pad = (cx + r * 0.75, cy - r * 0.3, s * r * 0.28)
        shapes.append(ellipsoid(pad, (r * 0.35, r * 0.3, r * 0.32), None, 0.02))
    shapes.append(ellipsoid((cx + r * 0.6, cy - r * 0.55, 0.0), (r * 0.3, r * 0.2, r * 0.3), None,
                            0.02))  # fmt: skip
    return shapes


def _cat_face(c, r: float, ears: tuple, nose="marking", prof=None) -> list[Part]:
    """A cat's face on a head at c (r across): golden eyes with dark pupils, a small nose,
    ears (h tall, leaning out; pointed, or of ``prof``) on top."""
    cx, cy, _ = c
    parts = []
    for s in (-1, 1):
        eye = at(cx + r * 0.72, cy + r * 0.12, s * r * 0.5) @ rot("y", -s * 35)
        parts.append(_ball(eye @ scl(r * 0.12, r * 0.16, r * 0.2), "plume-tip"))
        pupil = eye @ at(r * 0.04, 0, 0) @ scl(r * 0.1, r * 0.14, r * 0.06)
        parts.append(_ball(pupil, "pupil"))
        h, lean = ears
        parts.append(_ear((cx - r * 0.1, cy + r * 0.6, s * r * 0.5), h, r * 0.38, r * 0.12,
                          -s * lean, -10, 0, prof))  # fmt: skip
    tip = at(cx + r * 1.08, cy - r * 0.12, 0.0)
    parts.append(_ball(tip @ scl(r * 0.1, r * 0.09, r * 0.14), nose))
    return parts


def _tail_rings(path, radii, rings, slot, tip: float = 0.0) -> list[Part]:
    """Dark rings round a tail along path (its radii per point): a short sleeve at each
    fraction in ``rings`` (start, end) along it, and a dark tip over its last ``tip``."""
    pts = catmull_rom(np.asarray(path, float), 40)
    r = np.interp(np.linspace(0, 1, 40), np.linspace(0, 1, len(radii)), radii)
    parts = []
    spans = list(rings) + ([(1 - tip, 1.0)] if tip else [])
    for a, b in spans:
        i0, i1 = int(a * 39), max(int(b * 39), int(a * 39) + 2)
        parts.append(tube(pts[i0 : i1 + 1], r[i0 : i1 + 1] * 1.08 + 0.002, None, slot))
    return parts


# ---- 1394 ocelot ------------------------------------------------------------------------------

_OCELOT_HEAD = (0.38, 0.37, 0.0)


def _ocelot_shapes() -> list:
    """An ocelot's smooth body (head toward +x): long and low on short sturdy legs, a level
    back, a small round head on a short neck."""
    shapes = [ellipsoid((-0.05, 0.3, 0.0), (0.29, 0.095, 0.085))]  # the long body
    shapes.append(ellipsoid((0.15, 0.3, 0.0), (0.11, 0.11, 0.085), None, 0.06))  # the chest
    shapes.append(ellipsoid((-0.27, 0.31, 0.0), (0.1, 0.1, 0.085), None, 0.05))  # haunches
    shapes += rope([(0.2, 0.33, 0.0), (0.32, 0.36, 0.0)], [0.07, 0.062], 0.05)  # the neck
    shapes += _cat_head(_OCELOT_HEAD, 0.082)
    shapes += _legs(0.18, -0.28, 0.05, 0.28, 0.032, 0.03, True)
    return shapes


_OCELOT_TAIL = [(-0.36, 0.33, 0.0), (-0.45, 0.3, 0.02), (-0.53, 0.22, 0.04), (-0.57, 0.12, 0.06)]


def _rosettes(field: Field, rng: Rng) -> Part:
    """Chain-like open rosettes over an ocelot's back and flanks, long spots in lines along
    its neck and dots down its legs, raised in the second material."""
    spine = [(x, 0.3, 0.0) for x in np.linspace(-0.28, 0.16, 8)]
    ps, ns = _hits(field, spine, 12, lambda p: (p[:, 1] > 0.23) & (p[:, 0] > -0.34)
                   & (p[:, 0] < 0.2))  # fmt: skip
    along = np.array([1.0, 0.0, 0.0])
    side = np.cross(ns, along)
    side /= np.linalg.norm(side, axis=1, keepdims=True)
    a = rng.uniform(0.03, 0.04, (len(ps), 1))
    b = rng.uniform(0.016, 0.021, (len(ps), 1))
    cs, ds, nn = [], [], []
    for k in range(4):  # each an open oval ring of short bars, a gap at its back
        t = 2 * np.pi * (k + 0.55) / 4.6
        cs.append(ps + along * a * np.cos(t) + side * b * np.sin(t))
        ds.append(-along * a * np.sin(t) + side * b * np.cos(t))
        nn.append(ns)
    sizes = [(0.018, 0.005, 0.007)] * (4 * len(ps))
    neck = [(0.26, 0.345, 0.0), (0.33, 0.37, 0.0)]
    p2, n2 = _hits(field, neck, 16, lambda p: (p[:, 1] > 0.34) & (p[:, 0] > 0.22)
                   & (p[:, 0] < 0.36))  # fmt: skip
    cs.append(p2)
    ds.append(np.tile((1.0, 0.3, 0.0), (len(p2), 1)))
    nn.append(n2)
    sizes += [(0.03, 0.005, 0.007)] * len(p2)
    legs = [(x, y, z) for x in (0.18, -0.3) for z in (-0.05, 0.05) for y in (0.08, 0.16)]
    p3, n3 = _hits(field, legs, 8, lambda p: p[:, 1] < 0.2)
    cs.append(p3)
    ds.append(np.tile((1.0, 0.0, 0.0), (len(p3), 1)))
    nn.append(n3)
    sizes += [(0.008, 0.004, 0.008)] * len(p3)
    return _spots(np.concatenate(cs), np.concatenate(ds), np.concatenate(nn), sizes, 1)


def _ocelot(rng: Rng) -> list[Part]:
    """An ocelot standing, head toward +x turned a little to the viewer: a small wild cat with
    a long low body on short sturdy legs, a small round head with rounded ears, golden eyes and a
    pink nose; its tawny coat covered in dark chain-like open rosettes and long spots along its
    flanks, bold stripes down its neck and dots on its legs (raised, second material), a white
    belly and throat, a tail ringed with dark bands."""
    shapes = _ocelot_shapes()
    parts = [solid(shapes, 0.018, 0, "body")]
    field = skin_field(shapes)
    parts.append(colour_patch(shapes, (0.0, 0.18, 0.0), (0.27, 0.04, 0.2), "snow", cell=0.02))
    parts.append(colour_patch(shapes, (0.42, 0.31, 0.0), (0.08, 0.035, 0.1), "snow", cell=0.02))
    parts.append(_rosettes(field, rng))
    radii = [0.03, 0.027, 0.022, 0.016]
    parts.append(tube(_OCELOT_TAIL, radii, None, 0))
    rings = [(0.1 + 0.16 * k, 0.16 + 0.16 * k) for k in range(5)]
    parts += _tail_rings(_OCELOT_TAIL, radii, rings, 1, 0.06)
    parts += _cat_face(_OCELOT_HEAD, 0.082, (0.065, 16), "eraser", _ROUND_EAR)
    return _turned(parts, 14)


# ---- 1395 wildcat -----------------------------------------------------------------------------

_WILDCAT_HEAD = (0.34, 0.4, 0.0)


def _wildcat_shapes() -> list:
    """A wildcat's smooth body (head toward +x): stocky and solid on sturdy legs, a broad flat
    head on a thick neck."""
    shapes = [ellipsoid((-0.04, 0.34, 0.0), (0.24, 0.11, 0.1))]  # the body
    shapes.append(ellipsoid((0.13, 0.33, 0.0), (0.11, 0.12, 0.095), None, 0.06))  # the chest
    shapes.append(ellipsoid((-0.21, 0.35, 0.0), (0.1, 0.11, 0.1), None, 0.05))  # haunches
    shapes += rope([(0.18, 0.36, 0.0), (0.29, 0.39, 0.0)], [0.085, 0.075], 0.05)  # the neck
    shapes += _cat_head(_WILDCAT_HEAD, 0.09, 0.72)
    shapes += _legs(0.16, -0.22, 0.055, 0.3, 0.036, 0.032, True)
    return shapes


_WILDCAT_TAIL = [(-0.27, 0.39, 0.0), (-0.38, 0.34, 0.02), (-0.46, 0.26, 0.04), (-0.49, 0.16, 0.05)]


def _streaks(field: Field, rays, w: float, slot) -> list[Part]:
    """Raised painted streaks on a skin, each through the points where its rays (a list of
    (starts, directions) pairs, one per streak) leave it, w wide."""
    o = np.concatenate([np.broadcast_to(np.asarray(c, float), np.shape(d)) for c, d in rays])
    ps, ns = skin_hits(field, o, np.concatenate([d for _, d in rays]), 0.2, 32, 0.002)
    out, i = [], 0
    for _, d in rays:
        j = i + len(d)
        out.append(skin_strip(ps[i:j] + ns[i:j] * 0.005, ns[i:j], w, 0.006, slot))
        i = j
    return out


def _tabby_stripes(field: Field, rng: Rng) -> list[Part]:
    """A wildcat's raised dark stripes: wavy bands down its flanks from a dark line along its
    spine, bars round its legs, two lines down its neck from the crown."""
    a = np.radians(np.linspace(12, 128, 12))
    flanks = []
    for k, x in enumerate(np.linspace(-0.25, 0.17, 9)):
        wave = 0.035 * np.sin(2.5 * a + float(rng.uniform(0, 6)))
        cut = int(rng.integers(4, 8))
        end = len(a) - int(rng.integers(0, 3))
        for s in (-1, 1):
            dirs = np.stack([wave + 0.12 * (k > 6) * np.sin(a), np.cos(a), s * np.sin(a)], 1)
            flanks += [((x, 0.33, 0.0), dirs[:cut]), ((x, 0.33, 0.0), dirs[cut + 1 : end])]
    up = np.tile((0, 1.0, 0), (12, 1))
    spine = [(np.stack([np.linspace(-0.28, 0.3, 12), np.full(12, 0.33), np.zeros(12)], 1), up)]
    for z in (-0.025, 0.025):  # the neck lines from the crown
        line = np.stack([np.linspace(0.2, 0.36, 6), np.full(6, 0.38), np.full(6, z)], 1)
        spine.append((line, np.tile((0, 1.0, 0.3 * np.sign(z)), (6, 1))))
    ring = np.radians(np.linspace(-80, 80, 7))
    legs = []
    for x in (0.165, -0.25):  # the leg bars
        for y in (0.1, 0.17):
            for s in (-1, 1):
                d = np.stack([np.sin(ring), 0 * ring, s * np.cos(ring)], 1)
                legs.append(((x, y, s * 0.055), d))
    return (_streaks(field, flanks, 0.016, 1) + _streaks(field, spine, 0.02, 1)
            + _streaks(field, legs, 0.014, 1))  # fmt: skip


def _wildcat(rng: Rng) -> list[Part]:
    """A European wildcat standing, head toward +x turned a little to the viewer: a stocky
    grey-brown tabby cat, bigger and heavier than a house cat, a broad flat head with tufted
    ears and golden eyes; bold wavy dark stripes down its flanks, a dark line along its spine,
    lines down its neck and bars on its legs (raised, second material); a very thick bushy
    blunt tail with black rings and a blunt black tip."""
    shapes = _wildcat_shapes()
    parts = [solid(shapes, 0.019, 0, "body")]
    field = skin_field(shapes)
    parts += _tabby_stripes(field, rng)
    radii = [0.04, 0.052, 0.052, 0.05]
    parts.append(tube(_WILDCAT_TAIL, radii, None, 0))
    rings = [(0.4 + 0.13 * k, 0.46 + 0.13 * k) for k in range(4)]
    parts += _tail_rings(_WILDCAT_TAIL, radii, rings, "marking", 0.09)
    parts += _cat_face(_WILDCAT_HEAD, 0.09, (0.055, 26), "marking")
    for s in (-1, 1):  # the ear tufts
        tip = np.array([_WILDCAT_HEAD[0] - 0.012, _WILDCAT_HEAD[1] + 0.1, s * 0.07])
        parts.append(bristles([tip] * 2, [tip + v3(-0.01, 0.025, s * 0.01 * k) for k in (0, 1)],
                              0.006, "marking"))  # fmt: skip
    return _turned(parts, 14)


# ---- 1396 Hereford ----------------------------------------------------------------------------

_HEREFORD_HEAD = np.array([0.62, 0.75, 0.0])
_HEREFORD_FEET = ((0.33, 0.13), (0.31, -0.13), (-0.38, 0.13), (-0.4, -0.13))


def _hereford_shapes() -> list:
    """A Hereford's smooth body (head toward +x): a long deep blocky barrel, a broad level back,
    square full hindquarters, a deep brisket, a short thick neck, a broad short face, short
    sturdy legs, a thin tail."""
    shapes = [ellipsoid((-0.04, 0.66, 0.0), (0.5, 0.24, 0.23))]  # the barrel
    shapes.append(ellipsoid((0.27, 0.65, 0.0), (0.2, 0.25, 0.21), None, 0.08))  # the chest
    shapes.append(ellipsoid((-0.38, 0.7, 0.0), (0.16, 0.2, 0.21), None, 0.08))  # the rump
    shapes.append(ellipsoid((0.38, 0.48, 0.0), (0.12, 0.1, 0.1), None, 0.08))  # the brisket
    shapes += rope([(0.36, 0.72, 0.0), (0.54, 0.76, 0.0)], [0.17, 0.12], 0.06)  # the neck
    h = _HEREFORD_HEAD
    shapes.append(ellipsoid(h, (0.09, 0.095, 0.115), None, 0.04))  # the poll
    shapes += rope([h + v3(0.03, -0.02, 0), h + v3(0.12, -0.18, 0)], [0.095, 0.075], 0.03)
    shapes.append(ellipsoid(h + v3(0.13, -0.21, 0), (0.072, 0.06, 0.085), None, 0.02))
    for x, z in _HEREFORD_FEET:
        top = 0.55
        knee = (x, 0.25, z) if x > 0 else (x - 0.03, 0.27, z)
        shapes += rope([(x, top, z * 0.9), knee, (x, 0.05, z)], [0.11, 0.068, 0.06], 0.05, 0.02)
    tail = [(-0.53, 0.82, 0.0), (-0.58, 0.62, 0.0), (-0.59, 0.38, 0.01)]
    shapes += rope(tail, [0.03, 0.018, 0.015], 0.03)
    return shapes


def _hereford(rng: Rng) -> list[Part]:
    """A Hereford beef cow standing, head toward +x turned a little to the viewer: a stocky,
    deep, blocky red-brown body on short sturdy legs with dark hooves, a broad white face, a
    white crest along the top of the neck, white brisket and chest, white belly and white
    lower legs, short horns curving out and forward, ears out to the sides, a pink-grey
    muzzle, a thin tail ending in a white switch (the white in the second material)."""
    shapes = _hereford_shapes()
    parts = [solid(shapes, 0.033, 0, "body")]
    h = _HEREFORD_HEAD
    white = (
        (h + v3(0.06, -0.05, 0), (0.16, 0.17, 0.14)),
        ((0.42, 0.52, 0.0), (0.14, 0.2, 0.2)),
        ((-0.02, 0.3, 0.0), (0.38, 0.17, 0.3)),
        ((0.53, 0.87, 0.0), (0.1, 0.05, 0.06)),
    )
    for c, r in white:  # the face, the brisket, the belly, the crest
        parts.append(colour_patch(shapes, c, r, 1, g=0.006, cell=0.034))
    for x, z in _HEREFORD_FEET:
        parts.append(colour_patch(shapes, (x, 0.05, z), (0.08, 0.12, 0.08), 1, g=0.006, cell=0.034))
        parts.append(tube([(x, 0.0, z), (x, 0.05, z)], [0.062, 0.06], None, "marking"))
    nose = at(*(h + v3(0.195, -0.225, 0))) @ rot("z", -20) @ scl(0.02, 0.042, 0.065)
    parts.append(_ball(nose, "eraser"))
    for s in (-1, 1):
        root = h + v3(0.0, 0.065, s * 0.09)
        horn = [root, root + v3(0.0, 0.01, s * 0.07), root + v3(0.05, 0.01, s * 0.115),
                root + v3(0.1, -0.03, s * 0.1)]  # fmt: skip
        parts.append(tube(horn, [0.026, 0.022, 0.014, 0.004], None, "tooth"))
        ear = at(*(h + v3(-0.02, -0.01, s * 0.11))) @ rot("x", -s * 80)
        parts.append(_ball(ear @ at(0, 0.06, 0) @ scl(0.035, 0.065, 0.015), 0))
        parts.append(_ball(at(*(h + v3(0.075, -0.03, s * 0.088))) @ scl(0.014, 0.016, 0.011),
                           "pupil"))  # fmt: skip
    switch = [[(-0.59, 0.4, 0.0), (-0.6 + dx, 0.26, dz)]
              for dx, dz in rng.uniform(-0.025, 0.025, (9, 2))]  # fmt: skip
    parts.append(_hair(np.array([[a, (np.array(a) + b) / 2, b] for a, b in switch]), 0.03, 0.01,
                       1))  # fmt: skip
    return _turned(parts, 10)


MORE_APPLIANCES_ZZZZX = {
    1389: _wolf, 1390: _coyote, 1391: _spaniel, 1392: _terrier, 1393: _newfie, 1394: _ocelot,
    1395: _wildcat, 1396: _hereford,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
