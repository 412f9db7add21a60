"""More of the device family's appliances, from 1124: the African savanna: a zebra, a warthog, an
acacia tree, a baobab tree, a calabash gourd, a termite mound, a Maasai shield and a Maasai hut.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, Sweep, align, at, cross, rot, scl, v3
from ._kit import (
    blocks,
    bristles,
    cloth_sheet,
    lobed,
    pt,
    rect,
    rope,
    solid,
    superellipse,
    swept,
    unit,
)
from ._primitives import box, catmull_rom, cylinder, lathe, sphere, strip, torus, tube
from ._sdf import Field, ellipsoid

__all__ = ["MORE_APPLIANCES_ZZZO"]

Rng = np.random.Generator


# Bands wrapped round a smooth body (a zebra's stripes)


def _field_at(field: Field, p: np.ndarray) -> np.ndarray:
    """The field at (n, 3) points, each shape evaluated only near its own bounds."""
    p = p.astype(np.float32)
    d = np.full(len(p), 1e3, np.float32)
    for s in field.shapes:
        pad = abs(s.blend)
        near = np.all((p >= s.lo - pad) & (p <= s.hi + pad), axis=1)
        if s.blend < 0:
            near &= d < 1e3
        if not near.any():
            continue
        q = p[near]
        e = s.dist(q[:, 0], q[:, 1], q[:, 2])
        a = d[near]
        if s.blend < 0:  # a smooth cut
            a, e, sign = -a, e, -1.0
        else:
            sign = 1.0
        k = abs(s.blend)
        if k > 0:
            h = np.maximum(k - np.abs(a - e), 0.0) / k
            m = np.minimum(a, e) - h * h * (k * 0.25)
        else:
            m = np.minimum(a, e)
        d[near] = sign * m
    return d


def _rays(field: Field, o: np.ndarray, d: np.ndarray, reach) -> tuple[np.ndarray, np.ndarray]:
    """Where rays from points o inside the field along unit directions d first leave it, and
    the outward normals there; a ray still inside at its ``reach`` (one, or per ray) stops."""
    far = np.broadcast_to(np.asarray(reach, float), (len(o),))
    t = np.linspace(0.0, 1.0, 13)[1:][None, :] * far[:, None]
    val = _field_at(field, (o[:, None] + t[..., None] * d[:, None]).reshape(-1, 3))
    out = val.reshape(t.shape) >= 0
    i = np.where(out.any(1), out.argmax(1), t.shape[1] - 1)
    rows = np.arange(len(o))
    lo = np.where(i > 0, t[rows, np.maximum(i - 1, 0)], 0.0)
    hi = np.where(out.any(1), t[rows, i], far)
    for _ in range(4):  # narrow each crossing down
        mid = (lo + hi) / 2
        inside = _field_at(field, o + mid[:, None] * d) < 0
        lo, hi = np.where(inside, mid, lo), np.where(inside, hi, mid)
    hit = o + ((lo + hi) / 2)[:, None] * d
    f0 = _field_at(field, hit)
    grad = np.stack([_field_at(field, hit + 0.004 * np.eye(3)[k]) - f0 for k in range(3)], 1)
    return hit, grad / np.maximum(np.linalg.norm(grad, axis=1, keepdims=True), 1e-9)


def _fan(spots, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Rays fanned out n round from each (centre, axis, reference) of ``spots``, in the plane
    square to the axis, from the reference direction round: origins and directions."""
    c, ax, ref = (np.array([s[i] for s in spots], float) for i in range(3))
    ax /= np.linalg.norm(ax, axis=1, keepdims=True)
    e1 = ref - ax * (ref * ax).sum(1, keepdims=True)
    e1 /= np.linalg.norm(e1, axis=1, keepdims=True)
    e2 = cross(ax, e1)
    a = np.arange(n) * (2 * np.pi / n)
    d = np.cos(a)[None, :, None] * e1[:, None] + np.sin(a)[None, :, None] * e2[:, None]
    return np.broadcast_to(c[:, None], d.shape).reshape(-1, 3), d.reshape(-1, 3)


def _band(p: np.ndarray, nrm: np.ndarray, width, thick: float, slot) -> Part:
    """A flat band ``width`` wide (per point, or one) and ``thick`` thick lying on a surface
    round the closed loop of points p with outward normals nrm."""
    n = len(p)
    tan = p[np.r_[1:n, 0]] - p[np.r_[n - 1, 0 : n - 1]]
    tan /= np.maximum(np.linalg.norm(tan, axis=1, keepdims=True), 1e-9)
    u = nrm - tan * (nrm * tan).sum(1, keepdims=True)
    u /= np.maximum(np.linalg.norm(u, axis=1, keepdims=True), 1e-9)
    v = cross(u, tan) * np.broadcast_to(np.asarray(width, float), (n,))[:, None]
    sweep = Sweep(
        p + u * (0.0045 - thick / 2), u, v, np.ones(len(p)), rect(thick, 1.0), closed=True
    )
    return swept(lambda k: sweep, slot)


def _rings(field: Field, groups, slot="marking") -> list[Part]:
    """Bands round a body: for each group (spots, n, reach, width) a band round each spot
    (centre, axis, reference), where n rays fanned round its axis leave the body; ``width``
    one, or a function of the band's points."""
    fans = [_fan(spots, n) for spots, n, _, _ in groups]
    reach = np.concatenate([np.full(len(o), g[2]) for (o, _), g in zip(fans, groups, strict=True)])
    origins, dirs = (np.concatenate([f[i] for f in fans]) for i in (0, 1))
    hit, nrm = _rays(field, origins, dirs, reach)
    parts, k = [], 0
    for spots, n, _, width in groups:
        for _ in spots:
            p, q = hit[k : k + n], nrm[k : k + n]
            parts.append(_band(p, q, width(p) if callable(width) else width, 0.01, slot))
            k += n
    return parts


def _middles(field: Field, origins, dirs, reach: float) -> np.ndarray:
    """The middle of the first stretch inside the field along each ray from origins."""
    o = np.asarray(origins, float)
    d = np.asarray(dirs, float)
    d = d / np.linalg.norm(d, axis=1, keepdims=True)
    t = np.linspace(0.0, reach, 40)
    inside = _field_at(field, (o[:, None] + t[None, :, None] * d[:, None]).reshape(-1, 3)) < 0
    inside = inside.reshape(len(o), len(t))
    i0 = inside.argmax(1)
    after = inside & (np.arange(len(t))[None] >= i0[:, None])
    gone = ~after & (np.arange(len(t))[None] > i0[:, None])
    i1 = np.where(gone.any(1), gone.argmax(1), len(t))
    return o + d * ((t[i0] + t[i1 - 1]) / 2)[:, None]


def _limb(pts, radii, slot=0) -> Part:
    """A smooth round limb through pts, tapering through radii (``_limb_rings`` wraps it)."""
    return tube(pts, radii, None, slot)


def _limb_rings(pts, radii, step: float, start: float, width: float, n: int = 8) -> list[Part]:
    """Bands every ``step`` from ``start`` round a ``_limb`` through pts with radii."""
    ctrl = np.asarray(pts, float)
    path = catmull_rom(ctrl, 80)
    r = np.interp(np.linspace(0, 1, 80), np.linspace(0, 1, len(ctrl)), radii)
    seg = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(path, axis=0), axis=1))]
    s = np.arange(start, seg[-1] - 0.01, step)
    c = np.stack([np.interp(s, seg, path[:, i]) for i in range(3)], 1)
    d = np.stack([np.interp(s, seg, np.gradient(path[:, i])) for i in range(3)], 1)
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    e1 = _side(d)
    e2 = cross(d, e1)
    a = np.arange(n) * (2 * np.pi / n)
    nrm = np.cos(a)[None, :, None] * e1[:, None] + np.sin(a)[None, :, None] * e2[:, None]
    hit = c[:, None] + np.interp(s, seg, r)[:, None, None] * nrm
    return [_band(hit[i], nrm[i], width, 0.01, "marking") for i in range(len(c))]


def _along(points, step: float, start: float = 0.0):
    """Points every ``step`` along a polyline from ``start`` and the direction there."""
    p = np.asarray(points, float)
    seg = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))]
    s = np.arange(start, seg[-1], step)
    out = np.stack([np.interp(s, seg, p[:, i]) for i in range(3)], 1)
    j = np.clip(np.searchsorted(seg, s, side="right") - 1, 0, len(p) - 2)
    d = p[j + 1] - p[j]
    return out, d / np.linalg.norm(d, axis=1, keepdims=True)


def _cast(field: Field, origins, dirs, reach: float):
    """Where rays from points inside the field first leave it, and the outward normals there."""
    d = np.asarray(dirs, float)
    return _rays(field, np.asarray(origins, float), d / np.linalg.norm(d, axis=1, keepdims=True),
                 reach)  # fmt: skip


def _side(d: np.ndarray) -> np.ndarray:
    """A direction square to each row of d."""
    ref = np.where(np.abs(d[:, 1:2]) < 0.9, [[0.0, 1.0, 0.0]], [[1.0, 0.0, 0.0]])
    s = cross(d, ref)
    return s / np.linalg.norm(s, axis=1, keepdims=True)


def _empty_field(shapes) -> Field:
    """The shapes as a field to cast rays into (its texture axis unused)."""
    return Field(tuple(shapes), np.array([[0.0, 0.5, -1.0], [0.0, 0.5, 1.0]]))


_EAR = [(0.0, 0.0), (0.7, 0.1), (1.0, 0.4), (0.8, 0.7), (0.45, 0.9), (0.0, 1.0)]
"""A pointed ear's profile (radius, height), its tip at 1."""


def _pebble(m: np.ndarray, slot) -> Part:
    """A small round lump (an eye, a wart) of radius 1 under m, in few triangles."""
    return lathe([(0.0, -1.0), (0.8, -0.6), (1.0, 0.0), (0.8, 0.6), (0.0, 1.0)], m, slot, sides=8)


def _turned(parts: list[Part], yaw: float) -> list[Part]:
    """The parts turned about the vertical by ``yaw`` degrees (head toward the viewer)."""
    return [p.moved(rot("y", yaw)) for p in parts]


# 1124 zebra


def _zebra_shapes(legs):
    """A horse's smooth body, neck, head and legs (head toward +x) for a zebra."""
    shapes = [ellipsoid((-0.02, 0.62, 0.0), (0.3, 0.15, 0.13))]  # the barrel
    shapes.append(ellipsoid((0.2, 0.64, 0.0), (0.14, 0.15, 0.12), None, 0.06))  # the chest
    shapes.append(ellipsoid((-0.24, 0.66, 0.0), (0.15, 0.15, 0.13), None, 0.06))  # the rump
    shapes += rope(_NECK, [0.1, 0.072, 0.058], 0.05, 0.03)
    shapes += rope([_POLL, _MUZZLE], [0.062, 0.043], 0.03)
    shapes.append(ellipsoid(_POLL + v3(0.03, -0.05, 0), (0.075, 0.06, 0.055), None, 0.03))
    for pts, radii in legs:  # the upper legs (smooth tubes below)
        shapes += rope(pts[:2], radii[:2], 0.05)
    return shapes


_NECK = np.array([(0.2, 0.7, 0.0), (0.35, 0.88, 0.0), (0.45, 0.99, 0.0)])
_POLL = np.array([0.46, 1.0, 0.0])
_MUZZLE = np.array([0.66, 0.79, 0.0])


def _zebra_legs():
    """The four legs: (centre line, radii) each, a foreleg straight down through its knee, a
    hind leg bent back at its hock."""
    legs = []
    for z in (-0.07, 0.07):
        legs.append(([(0.2, 0.58, z), (0.21, 0.4, z), (0.2, 0.24, z), (0.2, 0.07, z),
                      (0.21, 0.035, z)], [0.07, 0.045, 0.032, 0.024, 0.028]))  # fmt: skip
        legs.append(([(-0.25, 0.62, z), (-0.22, 0.42, z), (-0.3, 0.27, z), (-0.28, 0.07, z),
                      (-0.27, 0.035, z)], [0.085, 0.055, 0.032, 0.024, 0.028]))  # fmt: skip
    return legs


def _zebra_stripes(field: Field, legs, phase: float) -> list[Part]:
    """A zebra's black bands where they wrap its smooth body: upright round the barrel,
    fanning back round the stifle over the rump and forward under the neck over the chest,
    square to the neck round it, narrow round the face, round the tops of the legs."""
    x = np.arange(0.23, -0.1, -0.064) + phase
    barrel = [((x, 0.64, 0.0), (1, 0, 0), (0, 1, 0)) for x in x]
    back = v3(-0.1 + phase, 0.3, 0.0)  # the rump's bands fan round a line below the stifle
    front = v3(0.2 + phase, 1.0, 0.0)  # the chest's round a line above the withers
    a, b = np.radians(np.arange(10, 80, 9.5)), np.radians([9.0, 18.0])
    runs = np.concatenate([np.stack([-np.sin(a), np.cos(a), 0 * a], 1),
                           np.stack([np.sin(b), -np.cos(b), 0 * b], 1)])  # fmt: skip
    axes = np.concatenate([np.stack([np.cos(a), np.sin(a), 0 * a], 1),
                           np.stack([np.cos(b), np.sin(b), 0 * b], 1)])  # fmt: skip
    starts = np.concatenate([back + runs[: len(a)] * 0.12, front + runs[len(a) :] * 0.25])
    mids = _middles(field, starts, runs, 0.6)
    fans = list(zip(mids, axes, runs, strict=True))
    rump, chest = fans[: len(a)], fans[len(a) :]
    neck, d = _along(_NECK, 0.05, 0.03)
    head, e = _along([_POLL, _MUZZLE], 0.03, 0.035)
    tops = []
    for pts, _ in legs:
        top = float(np.linalg.norm(np.subtract(pts[1], pts[0])))
        ring, f = _along(pts[:2], 0.045, top - 0.045 * (2 if pts[0][0] > 0 else 3))
        tops += [(p, a, (0, 0, 1)) for p, a in zip(ring, f, strict=True)]

    def taper(p: np.ndarray) -> np.ndarray:  # narrower toward the stifle
        return 0.032 * np.clip(np.linalg.norm(p - back, axis=1) / 0.36, 0.3, 1.0)

    groups = [(barrel, 16, 0.3, 0.032), (rump, 16, 0.3, taper), (chest, 16, 0.3, 0.03),
              ([(p, a, (0, 0, 1)) for p, a in zip(neck, d, strict=True)], 12, 0.17, 0.025),
              ([(p, a, (0, 0, 1)) for p, a in zip(head[:-2], e[:-2], strict=True)], 10, 0.1, 0.013),
              (tops, 10, 0.12, 0.022)]  # fmt: skip
    return _rings(field, groups)


def _zebra(rng: Rng) -> list[Part]:
    """A zebra standing side on, head toward +x (seen from the front right): a horse's body
    on four slim legs with dark hooves, a short upright mane, all white and covered in bold
    black stripes as wide as the white between them: vertical bands round the body and neck,
    slanting back over the rump, horizontal bands round the legs, narrow bands round the face,
    a black muzzle, the mane striped too, a thin tail ending in a black tuft."""
    legs = _zebra_legs()
    shapes = _zebra_shapes(legs)
    parts = [solid(shapes, 0.029, 0, "body")]
    field = _empty_field(shapes)
    phase = float(rng.uniform(-0.01, 0.01))
    parts += _zebra_stripes(field, legs, phase)
    for pts, radii in legs:  # the lower legs, smooth and round, striped across
        parts.append(_limb(pts[1:], radii[1:]))
        parts += _limb_rings(pts[1:], radii[1:], 0.045, 0.0, 0.022)
    head_dir = unit(_MUZZLE - _POLL)
    parts.append(sphere(1.0, at(*(_MUZZLE - head_dir * 0.012)) @ scl(0.052, 0.05, 0.05),
                        "marking"))  # the muzzle # fmt: skip
    for s in (-1, 1):
        eye = _POLL + head_dir * 0.05 + v3(0, 0.005, s * 0.052)
        parts.append(_pebble(at(*eye) @ scl(0.013), "pupil"))
        ear = at(*(_POLL + v3(-0.02, 0.03, s * 0.035))) @ rot("x", -s * 15) @ rot("z", -10)
        parts.append(lathe(_EAR, ear @ scl(0.024, 0.085, 0.014), 0, sides=8))
        parts.append(lathe(_EAR[3:], ear @ scl(0.026, 0.085, 0.016), "marking", sides=8))
    for pts, _ in legs:  # the hooves
        x, _, z = pts[-1]
        parts.append(cylinder(0.032, 0.029, 0.04, at(x, 0, z), "marking"))
    # the mane: an upright brush along the crest of the neck, striped
    crest, d = _along([_NECK[0] + v3(-0.02, 0.0, 0), *_NECK[1:], _POLL], 0.025, 0.02)
    up = np.stack([-d[:, 1], d[:, 0], np.zeros(len(d))], 1)
    top, _ = _cast(field, crest, up, 0.2)
    a = unit(top[-1] - top[0])
    frame = at(*top[0]) @ rot("z", np.degrees(np.arctan2(a[1], a[0])))
    local = (top - top[0]) @ frame[:3, :3] - v3(0, 0.025, 0)  # the crest in the mane's frame
    for k, slot in enumerate((0, "marking")):
        parts.append(blocks(local[k::2], (0.03, 0.085, 0.026), frame, slot))
    tail = [(-0.38, 0.74, 0.0), (-0.44, 0.62, 0.0), (-0.46, 0.44, 0.01)]
    parts.append(tube(tail, [0.02, 0.016, 0.014], None, 0))
    n = 9
    roots = np.array(tail[-1]) + rng.uniform(-0.008, 0.008, (n, 3))
    fan = np.linspace(-1, 1, n)
    tips = np.stack([-0.47 + 0.025 * fan, 0.26 + 0.02 * np.abs(fan), 0.025 * np.roll(fan, 3)], 1)
    parts.append(bristles(roots, tips, 0.014, "marking"))
    return parts


# 1125 warthog


def _warthog(rng: Rng) -> list[Part]:
    """A warthog standing, head toward +x turned a little to the viewer: a grey barrel body,
    high at the shoulders, on slim legs with dark hooves, a big flat wide head held low, its
    long face ending in a flat pig's snout, two pairs of curved tusks curling up and out of
    the snout's sides, big warty bumps on the cheeks and the face, small eyes high up, pointed
    ears, a long coarse mane along the neck and back, a thin tail held straight up with a
    tuft at its tip."""
    shapes = [ellipsoid((-0.04, 0.41, 0.0), (0.26, 0.145, 0.14))]  # the barrel
    shapes.append(ellipsoid((0.13, 0.44, 0.0), (0.15, 0.16, 0.14), None, 0.06))  # shoulders
    shapes.append(ellipsoid((-0.22, 0.41, 0.0), (0.11, 0.12, 0.12), None, 0.05))  # the rump
    shapes.append(ellipsoid((0.3, 0.42, 0.0), (0.1, 0.11, 0.11), None, 0.06))  # the neck
    head = np.array([0.38, 0.42, 0.0])
    snout = np.array([0.58, 0.29, 0.0])
    face = unit(snout - head)
    tilt = rot("z", np.degrees(np.arctan2(face[1], face[0])))
    shapes.append(ellipsoid(head, (0.12, 0.09, 0.15), tilt, 0.05))  # the broad flat skull
    shapes.append(ellipsoid((head + snout) / 2, (0.14, 0.065, 0.085), tilt, 0.05))  # the face
    shapes.append(ellipsoid(snout - face * 0.03, (0.05, 0.055, 0.065), tilt, 0.03))
    for s in (-1, 1):  # the warts: big ones under the eyes, smaller ones on the face
        shapes.append(ellipsoid(head + face * 0.09 + v3(0, -0.02, s * 0.12), (0.035, 0.03, 0.055),
                                None, 0.02))  # fmt: skip
        shapes.append(ellipsoid(head + face * 0.2 + v3(0, 0.0, s * 0.075),
                                (0.025, 0.022, 0.035), None, 0.015))  # fmt: skip
    legs = []
    for z in (-0.075, 0.075):
        legs.append(([(0.16, 0.4, z), (0.17, 0.26, z), (0.165, 0.12, z), (0.17, 0.04, z)],
                     [0.06, 0.032, 0.022, 0.02]))  # fmt: skip
        legs.append(([(-0.2, 0.42, z), (-0.17, 0.28, z), (-0.23, 0.16, z), (-0.22, 0.04, z)],
                     [0.07, 0.036, 0.022, 0.02]))  # fmt: skip
    for pts, radii in legs:
        shapes += rope(pts[:2], radii[:2], 0.05)
    parts = [solid(shapes, 0.02, 0, "body")]
    field = _empty_field(shapes)
    for pts, radii in legs:
        parts.append(_limb(pts[1:], radii[1:]))
        x, _, z = pts[-1]
        parts.append(cylinder(0.024, 0.021, 0.04, at(x + 0.005, 0, z), "marking"))  # hooves
    disc = at(*(snout + face * 0.005)) @ rot("z", np.degrees(np.arctan2(face[1], face[0])) - 90)
    parts.append(cylinder(0.056, 0.056, 0.03, disc @ scl(1, 1, 1.2), 0))  # the snout's disc
    for s in (-1, 1):
        parts.append(cylinder(0.012, 0.012, 0.004, disc @ at(0, 0.03, s * 0.025), "marking"))
        root = snout + v3(-0.01, -0.01, s * 0.06)  # the upper tusks, curling up, out and back
        tusk = [root, root + v3(0.04, 0.03, s * 0.04), root + v3(0.03, 0.12, s * 0.085),
                root + v3(-0.04, 0.17, s * 0.09)]  # fmt: skip
        parts.append(tube(tusk, [0.02, 0.016, 0.011, 0.003], None, "tooth"))
        low = snout + v3(-0.01, -0.02, s * 0.04)
        parts.append(tube([low, low + v3(0.04, 0.03, s * 0.02), low + v3(0.05, 0.1, s * 0.035)],
                          [0.013, 0.01, 0.002], None, "tooth"))  # fmt: skip
        eye = head + face * 0.03 + v3(0.0, 0.062, s * 0.1)
        parts.append(_pebble(at(*eye) @ scl(0.016), "pupil"))
        ear = at(*(head + v3(-0.06, 0.07, s * 0.08))) @ rot("x", -s * 40) @ rot("z", 25)
        parts.append(lathe(_EAR, ear @ scl(0.03, 0.08, 0.014), 0, sides=8))
    # the mane: coarse long hair from the poll along the neck and back, swept up and back
    n = 46
    x = np.linspace(0.34, -0.1, n) + rng.uniform(-0.008, 0.008, n)
    z = rng.uniform(-0.025, 0.025, n)
    roots, _ = _cast(
        field, np.stack([x, np.full(n, 0.38), z], 1), np.tile([0.0, 1.0, 0.0], (n, 1)), 0.3
    )
    length = 0.09 + 0.05 * np.sin(np.linspace(0.2, 2.8, n)) + rng.uniform(-0.015, 0.015, n)
    lean = np.stack([-0.7 * np.ones(n), np.ones(n), z * 4], 1)
    tips = roots - v3(0, 0.01, 0) + lean / np.linalg.norm(lean, axis=1)[:, None] * length[:, None]
    parts.append(bristles(roots - v3(0, 0.01, 0), tips, 0.012, 1))
    base = v3(-0.32, 0.46, 0.0)  # the tail, straight up, and its tuft
    parts.append(tube([base, base + v3(-0.01, 0.12, 0), base + v3(0.0, 0.24, 0)],
                      [0.012, 0.008, 0.006], None, 0))  # fmt: skip
    k = 7
    fan = np.linspace(-1, 1, k)
    top = np.tile(base + v3(0, 0.23, 0), (k, 1))
    parts.append(bristles(top, top + np.stack([0.03 * fan, 0.07 - 0.02 * np.abs(fan),
                                                0.03 * np.roll(fan, 2)], 1), 0.008, 1))  # fmt: skip
    return _turned(parts, -10)


# 1126 acacia, 1127 baobab


def _ground(r: float, rng: Rng, tufts: int = 0) -> list[Part]:
    """A low round patch of dry earth of radius r, tufts of dry grass on it."""
    prof = [(0.0, 0.0), (r, 0.0), (r * 0.97, 0.02), (r * 0.8, 0.035), (0.0, 0.04)]
    parts = [lathe(prof, None, "soil", shape=lobed(28, 7, 0.06))]
    for _ in range(tufts):
        a, d = rng.uniform(0, 2 * np.pi), r * np.sqrt(rng.uniform(0.15, 0.8))
        c = v3(d * np.cos(a), 0.03, d * np.sin(a))
        k = 7
        spread = rng.normal(0, 1, (k, 3)) * (0.03, 0.0, 0.03)
        spread[:, 1] = rng.uniform(0.05, 0.09, k)
        parts.append(bristles(np.tile(c, (k, 1)), c + spread, 0.004, "thatch"))
    return parts


def _branch(a, b, r0: float, r1: float, bend, slot=0, tag: str = "") -> Part:
    """A branch from a to b, tapering from r0 to r1, bowed by ``bend`` at its middle."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    mid = (a_ + b_) / 2 + np.asarray(bend, float)
    return tube([a_, mid, b_], [r0, (r0 + r1) / 2, r1], None, slot, tag)


def _pad(c, r: float, h: float, slot=1, lobes: int = 7) -> Part:
    """A flat layer of foliage centred at c (its underside), r across and h thick: a thin
    lens with a flat top and a lobed edge."""
    prof = [(0.0, 0.0), (0.8, 0.05), (1.0, 0.45), (0.85, 0.92), (0.0, 1.0)]
    return lathe(prof, at(*c) @ scl(r, h, r), slot, shape=lobed(4 * lobes, lobes, 0.14))


def _acacia(rng: Rng) -> list[Part]:
    """An African umbrella thorn tree on a patch of dry earth: a thin trunk forking low into
    four limbs that rise outward at a slant and fork again, ending under a wide flat-topped
    canopy: a broad thin layer of leaves much wider than tall, lobed at its edge, with smaller
    flat layers of leaves tucked under its rim, like an umbrella."""
    fork = v3(0.03, 0.34, 0.0)
    parts = [_branch((0.0, 0.02, 0.0), fork, 0.045, 0.034, (-0.025, 0.0, 0.01), 0, "body")]
    turn = float(rng.uniform(0, 90))
    top = 0.86
    for k in range(4):
        az = np.radians(turn + 90 * k + rng.uniform(-15, 15))
        out = v3(np.cos(az), 0.0, np.sin(az))
        elbow = fork + out * 0.2 + v3(0, 0.26, 0)
        parts.append(_branch(fork, elbow, 0.03, 0.02, out * -0.03 + v3(0, 0.02, 0)))
        for s in (-1, 1):  # each limb forks again up to the canopy
            az2 = az + s * np.radians(22)
            tip = fork + v3(np.cos(az2), 0, np.sin(az2)) * 0.42 + v3(0, top - fork[1] - 0.02, 0)
            parts.append(_branch(elbow, tip, 0.018, 0.008, v3(0, 0.02, 0)))
            parts.append(_pad(tip - v3(0, 0.03, 0), 0.19, 0.055, 1, 5))
    parts.append(_pad(v3(0.0, top, 0.0), 0.56, 0.065, 1, 9))  # the flat top
    parts.append(_pad(v3(0.02, top + 0.005, 0.02), 0.42, 0.07, 1, 7))
    parts += _ground(0.5, rng, 6)
    return parts


def _baobab(rng: Rng) -> list[Part]:
    """A baobab tree on a patch of dry earth: a huge fat bottle-shaped trunk, very thick and
    swelling in its middle, smooth bark gently fluted, narrowing at its top where short stubby
    crooked branches stick out all round like roots, each forking into a few twigs with a
    sparse small clump of leaves."""
    prof = [(0.0, 0.0), (0.25, 0.0), (0.27, 0.04), (0.3, 0.16), (0.31, 0.28), (0.28, 0.42),
            (0.21, 0.54), (0.155, 0.62), (0.14, 0.68), (0.13, 0.72), (0.0, 0.74)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body", shape=lobed(32, 8, 0.05))]
    top = 0.7
    n = 8
    turn = float(rng.uniform(0, 45))
    for k in range(n):
        az = np.radians(turn + 360 * k / n + rng.uniform(-12, 12))
        out = v3(np.cos(az), 0.0, np.sin(az))
        side = v3(-np.sin(az), 0.0, np.cos(az))
        root = out * 0.07 + v3(0, top - 0.03 + 0.025 * (k % 2), 0)
        rise = 0.05 + 0.035 * (k % 3)
        knee = root + out * 0.1 + v3(0, rise, 0) + side * rng.uniform(-0.03, 0.03)
        end = knee + out * 0.06 + v3(0, rise * 0.5 + 0.03, 0) + side * rng.uniform(-0.04, 0.04)
        parts.append(tube([root, knee, end], [0.055, 0.035, 0.02], None, 0))
        for s in (-1, 1):  # its stubby twigs
            twig = end + out * 0.03 + side * s * 0.035 + v3(0, 0.05, 0)
            parts.append(tube([end, twig], [0.013, 0.005], None, 0))
            if (k + s) % 3:
                c = twig + v3(0, 0.005, 0)
                parts.append(_pebble(at(*c) @ scl(0.035, 0.026, 0.035), 1))
    parts += _ground(0.55, rng, 5)
    return parts


# 1128 calabash


_GOURD = [(0.0, 0.0), (0.1, 0.008), (0.175, 0.05), (0.205, 0.13), (0.2, 0.22), (0.165, 0.3),
          (0.105, 0.36), (0.07, 0.41), (0.075, 0.46), (0.1, 0.51), (0.11, 0.56), (0.095, 0.62),
          (0.055, 0.66), (0.0, 0.675)]  # fmt: skip
"""A bottle gourd's profile (radius, height): a big bottom bulb, a waist, a small top bulb."""


def _radius_at(profile, y) -> np.ndarray:
    """The radius of a lathe of ``profile`` (as smoothed) at heights y."""
    ry = catmull_rom(profile, 200)
    keep = np.r_[True, np.diff(ry[:, 1]) > 0]
    return np.interp(y, ry[keep, 1], ry[keep, 0])


def _burnt_zigzag(m: np.ndarray, profile, y0: float, y1: float, n: int, slot="marking"):
    """A ring of burnt zigzag lines between heights y0 and y1 round a lathe of ``profile``
    under m: n teeth, each two strokes."""
    parts = []
    r0, r1 = _radius_at(profile, [y0, y1]) + 0.001
    for k in range(n):
        for a0, a1 in ((k, k + 0.5), (k + 0.5, k + 1)):
            lo, hi = (y0, y1) if a0 == k else (y1, y0)
            ra, rb = (r0, r1) if a0 == k else (r1, r0)
            p = [np.array([r * np.cos(2 * np.pi * t / n), y, r * np.sin(2 * np.pi * t / n)])
                 for r, y, t in ((ra, lo, a0), (rb, hi, a1))]  # fmt: skip
            mid = (p[0] + p[1]) / 2
            parts.append(strip(p[0], p[1], (mid[0], 0.0, mid[2]), 0.009, 0.005, slot, 0.004,
                               0.003, m))  # fmt: skip
    return parts


def _calabash(rng: Rng) -> list[Part]:
    """A dried calabash gourd: a hard shell in two rounded bulbs like a figure eight, a small
    one on top of a big one, with a short dry crooked stem, burnt-in lines round its belly (two
    rings framing a zigzag, a ring round its waist); beside it a calabash cut in half as a bowl,
    its hollow inside showing, a burnt line under its rim."""
    parts = [lathe(_GOURD, None, 0, "body")]
    parts.append(tube([(0.0, 0.66, 0.0), (0.01, 0.7, 0.0), (0.035, 0.73, 0.01)],
                      [0.018, 0.014, 0.01], None, 1))  # the stem # fmt: skip
    for y in (0.11, 0.23):
        r = float(_radius_at(_GOURD, y))
        parts.append(torus(r, 0.005, at(0, y, 0), "marking"))
    parts += _burnt_zigzag(np.eye(4), _GOURD, 0.125, 0.215, 12)
    parts.append(torus(float(_radius_at(_GOURD, 0.44)), 0.005, at(0, 0.44, 0), "marking"))
    # the half calabash: a hemispherical shell, tipped toward the viewer
    R, H, t = 0.19, 0.15, 0.012
    a = np.linspace(0.0, np.pi / 2, 8)
    outer = [(R * np.sin(x), H * (1 - np.cos(x))) for x in a]
    inner = [((R - t) * np.sin(x), H - (H - t) * np.cos(x)) for x in a[::-1]]
    bowl = at(0.37, H, 0.12) @ rot("x", 16) @ at(0, -H, 0) @ rot("y", float(rng.uniform(0, 360)))
    parts.append(lathe([*outer, *inner], bowl, 0))
    parts.append(torus(R * 0.985, 0.004, bowl @ at(0, H * 0.82, 0), "marking"))
    return parts


# 1129 termite mound


def _termite_mound(rng: Rng) -> list[Part]:
    """A tall earthen termite mound on a patch of ground: a rough lumpy spire of earth rising
    from a wide base into several tall pointed turrets of different heights joined by
    buttresses, like a sandcastle of chimneys, twice as tall as it is wide, its surface knobbed
    with lumps and dotted with small dark holes."""
    shapes = [ellipsoid((0.0, 0.02, 0.0), (0.3, 0.16, 0.26))]  # the wide base
    spires = [((0.0, 0.0, 0.0), (0.02, 1.0, -0.01), 0.2),
              ((0.13, 0.0, 0.07), (0.19, 0.72, 0.1), 0.13),
              ((-0.13, 0.0, 0.05), (-0.2, 0.6, 0.08), 0.12),
              ((0.04, 0.0, -0.13), (0.07, 0.8, -0.17), 0.12),
              ((-0.08, 0.0, -0.08), (-0.13, 0.5, -0.14), 0.1),
              ((0.16, 0.0, -0.05), (0.25, 0.42, -0.06), 0.09)]  # fmt: skip
    for a, b, r in spires:
        mid = (np.array(a) * 0.45 + np.array(b) * 0.55) + rng.uniform(-0.015, 0.015, 3)
        shapes += rope([a, mid, b], [r, r * 0.6, 0.018], 0.06, 0.03)
    for _ in range(26):  # lumps on the surface
        a, b, r = spires[int(rng.integers(0, len(spires)))]
        t = rng.uniform(0.1, 0.8)
        c = np.array(a) * (1 - t) + np.array(b) * t
        d = unit(rng.normal(0, 1, 3) * (1, 0.3, 1))
        size = r * (1 - 0.7 * t) * rng.uniform(0.35, 0.6)
        shapes.append(ellipsoid(c + d * r * (1 - 0.75 * t), (size, size * 1.3, size), None, 0.03))
    parts = [solid(shapes, 0.024, 0, "body")]
    field = _empty_field(shapes)
    n = 14  # the holes
    ys = rng.uniform(0.12, 0.6, n)
    az = rng.uniform(-0.6 * np.pi, 0.9 * np.pi, n)
    dirs = np.stack([np.cos(az), np.zeros(n), np.sin(az)], 1)
    hit, nrm = _cast(field, np.stack([np.zeros(n), ys, np.zeros(n)], 1), dirs, 0.5)
    for p, q in zip(hit, nrm, strict=True):
        parts.append(_pebble(at(*p) @ align(q) @ scl(0.02, 0.012, 0.02), "marking"))
    prof = [(0.0, 0.0), (0.55, 0.0), (0.53, 0.015), (0.4, 0.03), (0.0, 0.035)]
    parts.append(lathe(prof, None, 1, shape=lobed(28, 6, 0.08)))
    return parts


# 1130 Maasai shield


_SHIELD = (0.22, 0.5, 0.56, 0.55)
"""The shield's half width, half height, the height of its middle, and the radius it curves
back round (across)."""


def _on_shield(x, y, lift: float = 0.0) -> np.ndarray:
    """Points on the shield's front face at (x, y) (its flat plan), ``lift`` proud of it: the
    face curves back to its sides and a little to its ends."""
    yc, bend = _SHIELD[2:]
    x, y = np.asarray(x, float), np.asarray(y, float)
    z = -(x**2) / (2 * bend) - ((y - yc) ** 2) / (2 * 3.0) + lift
    return np.stack([x, y, z], -1)


def _half_width(y) -> np.ndarray:
    """The shield's half width at height y: a tall oval, a little pointed at its ends."""
    w, h, yc, _ = _SHIELD
    t = np.clip(np.abs(np.asarray(y, float) - yc) / h, 0.0, 1.0)
    return w * (1 - t**2.2) ** 0.5


def _paint(lo, hi, y0: float, y1: float, lift: float, slot, rows: int = 24, cols: int = 5) -> Part:
    """A patch of paint on the shield between heights y0 and y1, from x = lo(y) to hi(y)."""
    y = np.linspace(y0, y1, rows)
    t = np.linspace(0.0, 1.0, cols)
    a, b = lo(y), hi(y)
    x = a[:, None] + (b - a)[:, None] * t[None]
    return cloth_sheet(_on_shield(x, np.repeat(y[:, None], cols, 1), lift), 0.004, slot)


def _across(f: float):
    """The edge x = f times the shield's half width, as a function of height (for ``_paint``)."""
    return lambda y: f * _half_width(y)


def _upright(x: float):
    """The edge x = x at every height (for ``_paint``)."""
    return lambda y: np.full_like(y, x)


def _dot(y: float, r: float, lift: float, slot) -> Part:
    """A round dot of paint of radius r on the shield's middle line at height y."""

    def half(s: int):
        return lambda yy: s * np.sqrt(np.clip(r**2 - (yy - y) ** 2, 0.0, None))

    return _paint(half(-1), half(1), y - r, y + r, lift, slot, 12, 7)


def _maasai_shield(rng: Rng) -> list[Part]:
    """A Maasai warrior's shield standing upright facing the viewer: a tall oval of hide,
    curved gently back to its edges, its rim bound; its face painted in bold red, black and
    white: a white field, a black stripe with thin red borders down the middle, a red crescent
    down each side hugging the rim edged in black, a red boss at the centre ringed in black,
    black dots at the stripe's ends; a wooden stick along its back as the handle, lashed on."""
    h, yc = _SHIELD[1:3]
    ys = np.linspace(yc - h * 0.985, yc + h * 0.985, 40)
    hw = _half_width(ys)
    x = hw[:, None] * np.linspace(-1.0, 1.0, 15)[None]
    body = cloth_sheet(_on_shield(x, np.repeat(ys[:, None], 15, 1), -0.008), 0.016, 0, "body")
    parts = [body]
    rim = np.concatenate([_on_shield(hw, ys), _on_shield(-hw[::-1], ys[::-1])])
    parts.append(tube([*rim[::2], rim[0]], 0.011, None, 0))
    e = 0.9  # the painted face inside the rim
    y0, y1 = yc - h * 0.93, yc + h * 0.93
    parts.append(_paint(_across(-e), _across(e), y0, y1, 0.002, "snow", 30, 9))
    for s in (-1, 1):  # the crescents hugging the rim, edged in black
        a, b = sorted((s * 0.42, s * 0.84))
        parts.append(_paint(_across(a), _across(b), yc - h * 0.8, yc + h * 0.8, 0.005, "card-red"))
        a, b = sorted((s * 0.36, s * 0.42))
        parts.append(_paint(_across(a), _across(b), yc - h * 0.78, yc + h * 0.78, 0.005, "marking"))
    sy0, sy1 = yc - h * 0.84, yc + h * 0.84  # the middle stripe
    parts.append(_paint(_upright(-0.035), _upright(0.035), sy0, sy1, 0.005, "marking", 8, 3))
    for s in (-1, 1):  # its red borders
        a, b = sorted((s * 0.035, s * 0.05))
        parts.append(_paint(_upright(a), _upright(b), sy0, sy1, 0.005, "card-red", 8, 2))
    parts.append(_dot(yc, 0.08, 0.008, "marking"))  # the boss: a red disc ringed in black
    parts.append(_dot(yc, 0.065, 0.011, "card-red"))
    for y in (sy0 + 0.04, sy1 - 0.04):  # dots at the stripe's ends
        parts.append(_dot(y, 0.024, 0.008, "card-red"))
    spine = _on_shield(np.zeros(7), np.linspace(0.0, 1.12, 7), -0.04)  # the stick, lashed on
    parts.append(tube(spine, 0.016, None, 1))
    for y in (0.22, 0.56, 0.9):
        for dy in (-0.03, 0.03):
            p = _on_shield(0.0, y + dy, -0.03)
            parts.append(box(0.05, 0.012, 0.036, at(*p), 0))
    parts.append(cylinder(0.022, 0.018, 0.05, at(*spine[-1]) @ at(0, -0.04, 0), 1))
    del rng
    return parts


# 1131 Maasai hut


def _brush_ring(r: float, gap: float, rng: Rng, slot=1) -> list[Part]:
    """A ring fence of dry thorn brush of radius r round the origin, open by ``gap`` degrees
    toward the front right: a lumpy heaped band of brushwood bristling with dry twigs."""
    a = np.radians(np.linspace(45 + gap / 2, 405 - gap / 2, 44))
    wob = 1 + rng.uniform(-0.03, 0.03, len(a))
    path = np.stack([r * wob * np.cos(a), 0.055 + rng.uniform(-0.01, 0.01, len(a)),
                     r * wob * np.sin(a)], 1)  # fmt: skip
    radii = 0.06 + rng.uniform(-0.018, 0.018, len(a))
    radii[[0, -1]] = 0.03
    shape = lobed(14, 5, 0.35) * (1.0, 1.35)
    parts = [tube(path, radii, None, slot, shape=shape)]
    n = 90
    t = rng.uniform(0.0, 1.0, n)
    ang = np.radians(45 + gap / 2 + (360 - gap) * t)
    base = np.stack([r * np.cos(ang), rng.uniform(0.04, 0.1, n), r * np.sin(ang)], 1)
    d = rng.normal(0.0, 1.0, (n, 3)) * (1.0, 0.6, 1.0) + (0.0, 0.7, 0.0)
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    tips = base + d * rng.uniform(0.08, 0.15, (n, 1))
    parts.append(bristles(base, tips, 0.006, slot))
    return parts


def _maasai_hut(rng: Rng) -> list[Part]:
    """A Maasai hut inside its thorn fence: a low oval loaf-shaped hut of mud and dung
    plastered over a frame of poles, its walls and flat-ish rounded roof one smooth skin, a
    small low doorway in a short curved porch at one end, a few pole ends poking out at the
    eaves and the roof; round it on the bare earth a ring of heaped dry brushwood, open at a
    gap toward the front."""
    m = at(-0.04, 0.0, -0.04) @ rot("y", 8)
    prof = [(0.0, 0.0), (1.0, 0.0), (1.0, 0.09), (0.96, 0.16), (0.86, 0.21), (0.62, 0.245),
            (0.3, 0.26), (0.0, 0.262)]  # fmt: skip
    parts = [lathe(prof, m, 0, "body", shape=superellipse(0.31, 0.19, 2.4, 32))]
    porch = m @ at(0.25, 0.0, 0.06) @ rot("y", 40)  # the porch and its doorway
    parts.append(lathe([(0.0, 0.0), (1.0, 0.0), (1.0, 0.08), (0.85, 0.15), (0.0, 0.17)], porch,
                       0, shape=superellipse(0.11, 0.075, 2.4, 20)))  # fmt: skip
    door = porch @ at(0.0, 0.0, 0.073)
    parts.append(box(0.07, 0.1, 0.014, door, "marking"))
    parts.append(cylinder(0.035, 0.035, 0.014, door @ at(0, 0.1, -0.007) @ rot("x", 90), "marking"))
    for k in range(9):  # pole ends poking out
        u = (k + 0.5) / 9
        az = 2 * np.pi * u + rng.uniform(-0.15, 0.15)
        y = 0.2 if k % 3 else 0.25
        s = 0.9 if y < 0.22 else 0.5
        p = np.array([0.31 * s * np.cos(az), y, 0.19 * s * np.sin(az)])
        q = p + np.array([0.05 * np.cos(az), 0.02 + 0.03 * (k % 2), 0.05 * np.sin(az)])
        parts.append(tube([pt(m, *p), pt(m, *q)], [0.007, 0.005], None, 1))
    parts.append(cylinder(0.55, 0.55, 0.012, None, "soil"))  # the bare earth of the yard
    parts += _brush_ring(0.52, 38.0, rng)
    return parts


MORE_APPLIANCES_ZZZO = {
    1123: _zebra, 1124: _warthog, 1125: _acacia, 1126: _baobab, 1127: _calabash,
    1128: _termite_mound, 1129: _maasai_shield, 1130: _maasai_hut,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
