"""More of the device family's appliances, from 1377: a bluefish, a desert locust, a mackerel and
a perch.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, mesh_part, rot, scl
from ._kit import band, ccw, flat_solid, loft, scaled, skin_strip, solid, studs, superellipse, unit
from ._primitives import catmull_rom, cylinder, slab, sphere, tube
from ._sdf import ellipsoid

__all__ = ["MORE_APPLIANCES_ZZZZV"]

Rng = np.random.Generator

_HEX = np.stack([np.cos(np.arange(6) * np.pi / 3), np.sin(np.arange(6) * np.pi / 3)], 1)
"""A six-sided cross-section for thin spines and rays."""


# ---- fish: shared -----------------------------------------------------------------------------


def _stations(rows) -> np.ndarray:
    """A fish body's stations, rows (x from the tail to the nose, back height, belly height,
    half width) relative to its middle line, smoothed into 44 rows."""
    return catmull_rom(rows, 44)


def _at(st: np.ndarray, x: float) -> tuple[float, float, float]:
    """The body's middle height, half depth and half width at x."""
    top = float(np.interp(x, st[:, 0], st[:, 1]))
    bot = float(np.interp(x, st[:, 0], st[:, 2]))
    return (
        (top + bot) / 2,
        max((top - bot) / 2, 1e-4),
        max(float(np.interp(x, st[:, 0], st[:, 3])), 1e-4),
    )


def _skin(st: np.ndarray, cy: float, x: float, f: float, side: int, lift: float = 0.0):
    """The point on the flank at x and height fraction f (-1 the belly, 1 the back) on side
    +-1, lifted off the skin by ``lift``, and the outward normal there."""
    mid, h, w = _at(st, x)
    c = np.sqrt(max(1.0 - f * f, 0.0))
    n = unit(np.array([0.0, f / h, side * c / w]))
    return np.array([x, cy + mid + f * h, side * w * c]) + n * lift, n


def _body(st: np.ndarray, cy: float, slot, tag: str = "", f_top: float | None = None) -> Part:
    """The fish's body as a loft through its stations; with ``f_top`` only its lower part (from
    the belly up to that height fraction), standing a hair proud of it: a pale belly."""
    if f_top is None:
        a = np.linspace(0.0, 2 * np.pi, 24, endpoint=False)
        grow = 1.0
    else:
        t0 = np.arccos(f_top)
        a = np.linspace(t0, 2 * np.pi - t0, 17)
        grow = 1.015
    shape = np.stack([np.cos(a), np.sin(a)], 1) * grow
    rows = st[1:-1]
    c = [(x, cy + (t + b) / 2, 0.0) for x, t, b, _ in rows]
    u = [(0.0, max((t - b) / 2, 1e-4), 0.0) for _, t, b, _ in rows]
    v = [(0.0, 0.0, max(w, 1e-4)) for *_, w in rows]
    return loft(c, u, v, shape, slot, tag)


def _bezier(p0, c, p1, n: int = 8) -> np.ndarray:
    """n points on the quadratic curve from p0 past c to p1 (p1 left off)."""
    t = np.linspace(0.0, 1.0, n, endpoint=False)[:, None]
    p0, c, p1 = (np.asarray(q, float) for q in (p0, c, p1))
    return (1 - t) ** 2 * p0 + 2 * (1 - t) * t * c + t * t * p1


def _flat(outline, thick: float, slot, z: float = 0.0) -> Part:
    """A thin fin of this outline (xy points) centred on the plane z."""
    shape = ccw(np.asarray(outline, float))
    return flat_solid(lambda n: [shape], thick, at(0, 0, z - thick / 2), slot)


def _edge(st: np.ndarray, cy: float, x0: float, x1: float, heights, side: int, n: int = 14):
    """The free edge of a median fin on the back (side 1) or belly (-1) from x1 (its front) to
    x0: ``heights`` (front to back, smoothed) above the body's outline."""
    hs = catmull_rom([(float(k), h) for k, h in enumerate(heights)], n)[:, 1]
    out = []
    for t, hh in zip(np.linspace(0.0, 1.0, n), hs, strict=True):
        x = x1 + (x0 - x1) * t
        mid, h, _ = _at(st, x)
        out.append((x, cy + mid + side * (h + max(hh, 0.0))))
    return out


def _root(st: np.ndarray, cy: float, x0: float, x1: float, side: int, sink: float = 0.75):
    """A median fin's root sunk into the body, from x0 (its back) to x1."""
    out = []
    for x in np.linspace(x0, x1, 6):
        mid, h, _ = _at(st, x)
        out.append((x, cy + mid + side * h * sink))
    return out


def _soft_fin(st, cy, x0, x1, heights, side: int, slot, thick: float = 0.008) -> list[Part]:
    """A soft median fin on the back or belly from x0 to x1 with a few rays running out to its
    edge."""
    edge = _edge(st, cy, x0, x1, heights, side)
    parts = [_flat(edge + _root(st, cy, x0, x1, side), thick, slot)]
    for k in range(1, len(edge) - 1, 2):
        x, y = edge[k]
        mid, h, _ = _at(st, x)
        base = (x + 0.006, cy + mid + side * h * 0.8, 0.0)
        parts.append(tube([base, (x - 0.004, y - side * 0.004, 0.0)], 0.0028, None, slot,
                          shape=_HEX))  # fmt: skip
    return parts


def _spiny_fin(st, cy, x0, x1, heights, slot, thick: float = 0.006) -> list[Part]:
    """A spiny fin on the back from x1 (its front) to x0: a stiff spine per height, standing
    that far above the back, the membrane between them notched down from tip to tip."""
    n = len(heights)
    xs = np.linspace(x1, x0, n)
    edge, parts = [], []
    for k, (x, hh) in enumerate(zip(xs, heights, strict=True)):
        mid, h, _ = _at(st, x)
        top = cy + mid + h
        tip = (x - hh * 0.22, top + hh, 0.0)
        parts.append(tube([(x + 0.004, top - 0.02, 0.0), tip], [0.0045, 0.0008], None,
                          slot, shape=_HEX))  # fmt: skip
        edge.append((tip[0] + 0.002, top + hh * 0.9))
        if k < n - 1:  # the notch to the next spine
            xn = (x + xs[k + 1]) / 2
            midn, hn, _ = _at(st, xn)
            dip = 0.55 * (hh + heights[k + 1]) / 2
            edge.append((xn - dip * 0.22, cy + midn + hn + dip))
    edge.append((x0 - 0.01, cy + _at(st, x0 - 0.01)[0] + _at(st, x0 - 0.01)[1] + 0.004))
    parts.insert(0, _flat(edge + _root(st, cy, x0 - 0.01, x1 + 0.004, 1), thick, slot))
    return parts


def _forked_tail(x0: float, y0: float, root: float, span: float, length: float, fork: float,
                 slot, sweep: float = 0.75, lower=None) -> list[Part]:  # fmt: skip
    """A forked tail from its root (half depth ``root``) at (x0, y0) back along -x: two pointed
    lobes reaching ``span`` above and below, ``length`` long, the notch between them ``fork``
    of the length deep, the lower lobe in ``lower`` when given; a few rays fanning out to its
    edge."""
    tip_u = (x0 - length, y0 + span)
    tip_d = (x0 - length * 0.97, y0 - span * 0.97)
    notch = (x0 - length * (1 - fork), y0)
    mid = (x0 + 0.02, y0)
    up = [mid, (x0 + 0.02, y0 + root)]
    up += list(_bezier(up[-1], (x0 - length * 0.3, y0 + span * sweep), tip_u))
    up += list(_bezier(tip_u, (x0 - length * 0.72, y0 + span * 0.25), notch))
    down = [notch]
    down += list(_bezier(notch, (x0 - length * 0.72, y0 - span * 0.25), tip_d))[1:]
    down += list(_bezier(tip_d, (x0 - length * 0.3, y0 - span * sweep), (x0 + 0.02, y0 - root)))
    down += [(x0 + 0.02, y0 - root), mid]
    parts = [_flat(up, 0.008, slot), _flat(down, 0.008, slot if lower is None else lower)]
    for f in (-0.85, -0.55, -0.25, 0.25, 0.55, 0.85):
        lobe = tip_u if f > 0 else tip_d
        q = abs(f)
        end = (lobe[0] * q + notch[0] * (1 - q) - 0.01 * (1 - q), lobe[1] * q + y0 * (1 - q))
        ray = slot if f > 0 or lower is None else lower
        parts.append(tube([(x0 + 0.01, y0 + f * root, 0.0), (*end, 0.0)], [0.004, 0.0015], None,
                          ray, shape=_HEX))  # fmt: skip
    return parts


def _paired_fin(p, n, back: float, down: float, length: float, width: float, slot) -> Part:
    """A pectoral or pelvic fin from the point p on the flank (outward normal n): a rounded
    blade ``length`` long swept back and ``down`` degrees, splayed a little off the body."""
    side = 1.0 if n[2] >= 0 else -1.0
    m = at(*p) @ rot("y", side * back) @ rot("z", 180 + down)
    blade = [
        (0.0, -width * 0.5),
        (length * 0.55, -width * 0.6),
        (length, -width * 0.15),
        (length * 0.96, width * 0.2),
        (length * 0.5, width * 0.5),
        (0.0, width * 0.5),
    ]
    return slab(blade, 0.006, m, slot)


def _eye(st, cy, x: float, f: float, r: float, iris) -> list[Part]:
    """Both eyes at x and height fraction f: a bulging round iris with a big dark pupil."""
    parts = []
    for s in (-1, 1):
        p, _ = _skin(st, cy, x, f, s, -r * 0.3)
        m = at(*p) @ rot("y", 90 - s * 90) @ scl(r, r, r * 0.6)
        parts.append(sphere(1.0, m, iris))
        parts.append(sphere(1.0, m @ at(0, 0, 0.5) @ scl(0.64, 0.64, 0.6), "pupil"))
    return parts


def _gill(st, cy, x: float, f0: float, f1: float, bow: float, slot) -> list[Part]:
    """The back edge of both gill covers: a raised ridge curving from height fraction f0 down to
    f1 at x, bowed back by ``bow``."""
    parts = []
    for s in (-1, 1):
        pts = []
        for f in np.linspace(f0, f1, 6):
            p, _ = _skin(st, cy, x - bow * (1 - ((f - (f0 + f1) / 2) / ((f0 - f1) / 2)) ** 2),
                         f, s, 0.001)  # fmt: skip
            pts.append(p)
        parts.append(tube(pts, 0.0045, None, slot, shape=_HEX))
    return parts


def _teeth(bases, dirs, size: float, slot="tooth") -> Part:
    """Small pointed teeth in one part: a three-sided pyramid ``size`` tall on each base point,
    pointing along its direction."""
    verts, faces = [], []
    for k, (b, d) in enumerate(zip(bases, dirs, strict=True)):
        d = unit(np.asarray(d, float))
        a = unit(
            np.cross(d, np.array([0.0, 0.0, 1.0]) if abs(d[2]) < 0.9 else np.array([1.0, 0, 0]))
        )
        c = np.cross(d, a)
        r = size * 0.4
        b = np.asarray(b, float)
        verts += [b + r * (np.cos(t) * a + np.sin(t) * c) for t in (0.0, 2.1, 4.2)]
        verts.append(b + d * size)
        i = 4 * k
        faces += [(i, i + 1, i + 3), (i + 1, i + 2, i + 3), (i + 2, i, i + 3), (i, i + 2, i + 1)]
    return mesh_part(verts, faces, slot)


def _stand(x: float, top: float) -> list[Part]:
    """A display stand: a low round dark base and a steel rod up to the fish's belly at x."""
    return [cylinder(0.13, 0.12, 0.03, at(x, 0, 0), "marking"),
            stick((x, 0.02, 0.0), (x, top, 0.0), 0.011, "steel")]  # fmt: skip


# ---- 1377 bluefish ----------------------------------------------------------------------------

_BLUEFISH = [(-0.4, 0.03, -0.03, 0.012), (-0.36, 0.033, -0.033, 0.016),
             (-0.3, 0.048, -0.048, 0.025), (-0.2, 0.08, -0.078, 0.042),
             (-0.08, 0.112, -0.108, 0.06), (0.04, 0.13, -0.124, 0.07), (0.15, 0.132, -0.122, 0.072),
             (0.25, 0.118, -0.1, 0.066), (0.33, 0.095, -0.07, 0.056), (0.4, 0.066, -0.04, 0.042),
             (0.45, 0.042, -0.022, 0.03), (0.49, 0.022, -0.01, 0.018), (0.51, 0.008, -0.004, 0.008),
             (0.515, 0.0, 0.0, 0.002)]  # fmt: skip
"""The bluefish's stations: x (its nose to +x), back and belly heights, half width."""

_BLUE_JAW = [(0.26, -0.055, -0.12, 0.054), (0.33, -0.055, -0.115, 0.052),
             (0.4, -0.04, -0.095, 0.043), (0.46, -0.022, -0.075, 0.033),
             (0.505, -0.008, -0.056, 0.024), (0.535, 0.002, -0.04, 0.015),
             (0.55, -0.004, -0.026, 0.006), (0.555, -0.012, -0.018, 0.002)]  # fmt: skip
"""Its lower jaw's stations, shut: it juts out past the nose."""


def _bluefish(rng: Rng) -> list[Part]:
    """A bluefish on a display stand, side on, head to the right: a stout, deep, muscular body
    (blue-green back) fading to a silver belly (the second material), a big head with a wide
    gaping mouth, its heavy lower jaw jutting past the snout, both jaws lined with small sharp
    teeth; a big yellow eye, a gill cover's edge, a dark blotch at the root of the pectoral fin;
    a short low spiny first dorsal fin, a long soft second dorsal and an anal fin matching it
    underneath, and a deeply forked tail."""
    st = _stations(_BLUEFISH)
    cy = 0.37
    parts = [_body(st, cy, 0, "body"), _body(st[:-6], cy, 1, f_top=0.05)]
    jaw = _stations(_BLUE_JAW)
    gape = float(rng.uniform(9, 12))
    hinge = at(0.31, cy - 0.075, 0) @ rot("z", -gape) @ at(-0.31, -(cy - 0.075), 0)
    parts.append(_body(jaw, cy, 1).moved(hinge))
    parts.append(sphere(1.0, at(0.42, cy - 0.038, 0) @ rot("z", -gape * 0.5)
                        @ scl(0.085, 0.028, 0.03), "marking"))  # the mouth's throat # fmt: skip
    top, bot, dn, up = [], [], [], []
    for x in np.linspace(0.385, 0.495, 6):  # the teeth
        for s in (-1, 1):
            p, _ = _skin(st, cy, x, -0.75, s)
            top.append(p - np.array([0, 0, s * 0.004]))
            dn.append((0.15, -1.0, 0.0))
    for x in np.linspace(0.39, 0.535, 7):
        for s in (-1, 1):
            p, _ = _skin(jaw, cy, x, 0.75, s)
            bot.append((hinge @ np.append(p - np.array([0, 0, s * 0.003]), 1.0))[:3])
            up.append(hinge[:3, :3] @ np.array([0.15, 1.0, 0.0]))
    parts.append(_teeth(top, dn, 0.014))
    parts.append(_teeth(bot, up, 0.013))
    parts += _eye(st, cy, 0.405, 0.42, 0.021, "cloth-yellow")
    parts += _gill(st, cy, 0.31, 0.55, -0.75, 0.035, 0)
    parts += _spiny_fin(st, cy, 0.03, 0.13, [0.035, 0.045, 0.044, 0.038, 0.03, 0.022, 0.014], 0)
    parts += _soft_fin(st, cy, -0.27, 0.0, [0.075, 0.05, 0.032, 0.026, 0.022, 0.016], 1, 0)
    parts += _soft_fin(st, cy, -0.27, -0.04, [0.065, 0.042, 0.03, 0.024, 0.018, 0.012], -1, 1)
    parts += _forked_tail(-0.38, cy, 0.03, 0.17, 0.19, 0.62, 0)
    for s in (-1, 1):
        p, n = _skin(st, cy, 0.275, -0.3, s, 0.004)
        parts.append(_paired_fin(p, n, 18, 10, 0.1, 0.036, 0))
        q, _ = _skin(st, cy, 0.275, -0.24, s, 0.0)
        parts.append(sphere(1.0, at(*q) @ scl(0.016, 0.02, 0.006), "marking"))  # the blotch
        p, n = _skin(st, cy, 0.2, -0.9, s, 0.0)
        parts.append(_paired_fin(p, n, 12, 30, 0.06, 0.024, 1))
    parts += _stand(0.06, cy - 0.09)
    return scaled(parts, rot("y", 24 + float(rng.uniform(-4, 4))))


# ---- 1378 locust ------------------------------------------------------------------------------


def _ell(c, r, slot=0, m: np.ndarray | None = None) -> Part:
    """An ellipsoid at c of radii r, turned by m."""
    return sphere(1.0, at(*c) @ (np.eye(4) if m is None else m) @ scl(*r), slot)


def _knob(c, r, slot=0) -> Part:
    """A small round knob (a joint, a foot) at c of radii r, in few triangles."""
    lat = np.radians([-60.0, -20.0, 20.0, 60.0])
    ring = np.stack([np.cos(np.linspace(0, 2 * np.pi, 8, endpoint=False)),
                     np.sin(np.linspace(0, 2 * np.pi, 8, endpoint=False))], 1)  # fmt: skip
    cen = [(c[0], c[1] + r[1] * np.sin(a), c[2]) for a in lat]
    return loft(
        cen,
        [(r[0] * np.cos(a), 0.0, 0.0) for a in lat],
        [(0.0, 0.0, r[2] * np.cos(a)) for a in lat],
        ring,
        slot,
    )


def _along(a, b, depths, widths, up, slot, sides: int = 16) -> Part:
    """A flattened limb (a thigh) from a to b: its half depth (toward ``up``) and half width
    (across) at evenly spaced stations."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = unit(b - a)
    u = unit(np.asarray(up, float) - d * (d @ np.asarray(up, float)))
    w = np.cross(d, u)
    ts = np.linspace(0.0, 1.0, len(depths))
    c = [a + (b - a) * t for t in ts]
    ang = np.linspace(0.0, 2 * np.pi, sides, endpoint=False)
    shape = np.stack([np.cos(ang), np.sin(ang)], 1)
    return loft(c, [u * h for h in depths], [w * q for q in widths], shape, slot)


def _locust_wing(s: int, slot) -> Part:
    """One folded forewing lying along the locust's back like half a steep roof: a long narrow
    plate from the ridge down its side, from behind the pronotum to a rounded tip well past the
    end of the abdomen."""
    xs = np.array([0.1, 0.02, -0.1, -0.22, -0.34, -0.44, -0.5, -0.53])
    ridge = np.array([0.262, 0.262, 0.255, 0.242, 0.226, 0.21, 0.2, 0.194])
    hw = np.array([0.04, 0.06, 0.064, 0.064, 0.06, 0.05, 0.034, 0.012])
    a = np.radians(62)
    across = np.array([0.0, -np.sin(a), s * np.cos(a)])
    normal = np.array([0.0, np.cos(a), s * np.sin(a)])
    c = np.stack([xs, ridge, np.full(8, s * 0.008)], 1) + hw[:, None] * across
    sq = np.array([[1.0, -1.0], [1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0]])
    return loft(c, hw[:, None] * across, np.tile(normal * 0.005, (8, 1)), sq, slot)


def _wing_spots(rng: Rng, s: int) -> tuple[list, list]:
    """Points and normals of dark spots scattered over one folded wing."""
    a = np.radians(62)
    across = np.array([0.0, -np.sin(a), s * np.cos(a)])
    normal = np.array([0.0, np.cos(a), s * np.sin(a)])
    pts, nrm = [], []
    for _ in range(16):
        x = float(rng.uniform(-0.48, -0.05))
        ridge = float(np.interp(-x, [0.05, 0.5], [0.258, 0.2]))
        q = float(rng.uniform(0.02, 0.1))
        pts.append(np.array([x, ridge, s * 0.008]) + across * q + normal * 0.006)
        nrm.append(normal)
    return pts, nrm


def _hind_leg(s: int, rng: Rng) -> list[Part]:
    """A great jumping hind leg folded at rest: a thick, flattened thigh rising steeply back
    from the hip to a knee high above the back, a herringbone of ridges on its outer face, a
    thin spiny shin folded back down under it to a foot flat on the ground."""
    hip = np.array([0.0, 0.135, s * 0.06])
    knee = np.array([-0.31, 0.3 + float(rng.uniform(-0.01, 0.01)), s * 0.105])
    up = np.array([-0.45, 0.9, 0.0])
    parts = [_along(hip, knee, [0.03, 0.05, 0.052, 0.044, 0.034, 0.024, 0.016, 0.014],
                    [0.024, 0.03, 0.03, 0.026, 0.02, 0.015, 0.011, 0.011], up, 0)]  # fmt: skip
    d = unit(knee - hip)
    u = unit(up - d * (d @ up))
    out = np.array([0.0, 0.0, float(s)])
    for k in range(9):  # the herringbone
        t = 0.14 + 0.08 * k
        depth = float(np.interp(t, np.linspace(0, 1, 8), [0.03, 0.05, 0.052, 0.044, 0.034, 0.024,
                                                           0.016, 0.014]))  # fmt: skip
        wide = float(np.interp(t, np.linspace(0, 1, 8), [0.024, 0.03, 0.03, 0.026, 0.02, 0.015,
                                                          0.011, 0.011]))  # fmt: skip
        mid = hip + (knee - hip) * t + out * wide * 1.0
        for q in (1, -1):
            edge = hip + (knee - hip) * (t - 0.05) + u * q * depth * 0.8 + out * wide * 0.62
            parts.append(tube([edge, mid], 0.0035, None, 0, shape=_HEX))
    parts.append(tube([hip + (knee - hip) * 0.1 + out * 0.03, knee + out * 0.012 - d * 0.02],
                      0.0035, None, 0, shape=_HEX))  # the midrib # fmt: skip
    parts.append(_knob(knee, (0.02, 0.018, 0.016), "marking"))  # the dark knee
    foot = np.array([-0.09, 0.012, s * 0.125])
    parts.append(
        tube([knee - np.array([0.0, 0.01, 0.0]), foot], [0.011, 0.008], None, 0, shape=_HEX)
    )
    spikes, dirs = [], []
    for t in np.linspace(0.25, 0.9, 8):  # the shin's spines, along its back edge
        p = knee + (foot - knee) * t + np.array([-0.008, -0.004, 0.0])
        for q in (-1, 1):
            spikes.append(p + np.array([0.0, 0.0, q * 0.005]))
            dirs.append((-0.6, -0.5, q * 0.5))
    parts.append(_teeth(spikes, dirs, 0.018, 0))
    tars = [
        foot + np.array([dx, dy, s * dz])
        for dx, dy, dz in ((0, 0, 0), (-0.04, -0.004, 0.005), (-0.085, -0.005, 0.01))
    ]
    parts.append(tube(tars, [0.008, 0.007, 0.004], None, 0, shape=_HEX))
    parts.append(_knob(tars[-1], (0.012, 0.005, 0.008), 0))
    return parts


def _walking_leg(hip, knee, foot, s: int) -> list[Part]:
    """A short front or middle leg: a thigh, a shin and a jointed foot on the ground."""
    hip, knee, foot = (np.array([x, y, s * z]) for x, y, z in (hip, knee, foot))
    toe = foot + np.array([0.03 if foot[0] > 0.15 else -0.02, -0.004, s * 0.02])
    return [tube([hip, knee], [0.016, 0.012], None, 0, shape=_HEX),
            _knob(knee, (0.011, 0.011, 0.011), 0),
            tube([knee, foot, toe], [0.009, 0.007, 0.004], None, 0, shape=_HEX)]  # fmt: skip


def _locust(rng: Rng) -> list[Part]:
    """A desert locust standing side on, head to the right: a stout body, a big blunt head held
    upright with a flat face, two large oval eyes and short thread-like antennae; a saddle-shaped
    pronotum like a shield over its thorax, its middle keel and cross grooves raised; long narrow
    forewings (the second material, dotted with dark spots) folded roof-like along its back and
    reaching well past the tip of its ringed abdomen; short front and middle legs, and two big
    jumping hind legs with thick herringboned thighs raised high, their knees above the back and
    their spiny shins folded under them."""
    xs = np.linspace(-0.42, 0.02, 23)
    base = np.interp(xs, [-0.42, -0.36, -0.2, -0.05, 0.02], [0.022, 0.036, 0.056, 0.064, 0.06])
    ring = 1.0 + 0.07 * np.abs(np.sin(np.pi * (xs + 0.42) / 0.044)) ** 0.6
    r = base * ring
    c = [(x, 0.165 + 0.1 * (x + 0.02) * (x < -0.25), 0.0) for x in xs]
    parts = [loft(c, [(0.0, q, 0.0) for q in r], [(0.0, 0.0, q * 0.9) for q in r],
                  np.stack([np.cos(np.linspace(0, 2 * np.pi, 16, endpoint=False)),
                            np.sin(np.linspace(0, 2 * np.pi, 16, endpoint=False))], 1),
                  0, "body")]  # the abdomen # fmt: skip
    parts.append(_ell((0.1, 0.17, 0.0), (0.12, 0.07, 0.06)))  # the thorax
    prono = [(0.035, 0.264, 0.236, 0.05), (0.06, 0.262, 0.19, 0.064), (0.09, 0.256, 0.13, 0.07),
             (0.14, 0.25, 0.104, 0.066), (0.19, 0.252, 0.104, 0.065), (0.23, 0.256, 0.112, 0.066),
             (0.245, 0.25, 0.14, 0.06)]  # fmt: skip
    pst = catmull_rom(prono, 18)
    sq = superellipse(1.0, 1.0, 3.2, 24)
    parts.append(loft([(x, (t + b) / 2, 0.0) for x, t, b, _ in pst],
                      [(0.0, (t - b) / 2, 0.0) for _, t, b, _ in pst],
                      [(0.0, 0.0, w) for *_, w in pst], sq, 0))  # the pronotum # fmt: skip
    parts.append(tube([(0.04, 0.266, 0.0), (0.15, 0.256, 0.0), (0.243, 0.258, 0.0)], 0.006,
                      None, 0, shape=_HEX))  # its keel # fmt: skip
    for x in (0.135, 0.185):  # its cross grooves
        groove = [(x + 0.01, 0.12, -0.068), (x, 0.23, -0.064), (x, 0.256, 0.0), (x, 0.23, 0.064),
                  (x + 0.01, 0.12, 0.068)]  # fmt: skip
        parts.append(tube(groove, 0.0045, None, 0, shape=_HEX))
    tilt = rot("z", -12)[:3, :3]
    head = [ellipsoid((0.29, 0.19, 0.0), (0.066, 0.088, 0.062), tilt),
            ellipsoid((0.302, 0.125, 0.0), (0.05, 0.05, 0.05), tilt, 0.035)]  # fmt: skip
    parts.append(solid(head, 0.011, 0))  # the big blunt head
    parts.append(_ell((0.31, 0.085, 0.0), (0.03, 0.026, 0.034), "marking"))  # the mouthparts
    for s in (-1, 1):
        eye = at(0.3, 0.205, s * 0.048) @ rot("y", -s * 25) @ rot("z", -12)
        parts.append(_ell((0, 0, 0), (0.03, 0.045, 0.022), "marking", eye))
        root = np.array([0.345, 0.215, s * 0.02])
        bends = ((0, 0, 0), (0.05, 0.035, 0.02), (0.1, 0.08, 0.045), (0.14, 0.13, 0.07))
        ant = [root + np.array([dx, dy, s * dz]) for dx, dy, dz in bends]
        parts.append(tube(ant, [0.006, 0.005, 0.004, 0.003], None, 0, shape=_HEX))
        parts.append(tube([(0.31, 0.085, s * 0.03), (0.32, 0.05, s * 0.04), (0.315, 0.03,
                           s * 0.045)], 0.005, None, 0, shape=_HEX))  # a palp # fmt: skip
        parts.append(_locust_wing(s, 1))
        pts, nrm = _wing_spots(rng, s)
        parts.append(studs(pts, nrm, 0.011, 0.004, "marking", 8))
        parts += _hind_leg(s, rng)
        parts += _walking_leg((0.2, 0.11, 0.04), (0.27, 0.1, 0.1), (0.3, 0.013, 0.12), s)
        parts += _walking_leg((0.1, 0.11, 0.05), (0.1, 0.12, 0.13), (0.04, 0.013, 0.17), s)
    return scaled(parts, rot("y", 20 + float(rng.uniform(-4, 4))))


# ---- 1379 mackerel ----------------------------------------------------------------------------

_MACKEREL = [(-0.41, 0.015, -0.015, 0.013), (-0.37, 0.017, -0.017, 0.016),
             (-0.29, 0.029, -0.029, 0.025), (-0.17, 0.054, -0.052, 0.043),
             (-0.03, 0.074, -0.07, 0.055), (0.09, 0.08, -0.074, 0.058),
             (0.21, 0.075, -0.067, 0.054), (0.31, 0.06, -0.052, 0.046),
             (0.39, 0.043, -0.035, 0.035), (0.45, 0.026, -0.019, 0.022),
             (0.49, 0.01, -0.007, 0.009), (0.5, 0.0, 0.0, 0.002)]  # fmt: skip
"""The mackerel's stations: x (its nose to +x), back and belly heights, half width."""


def _finlet(x: float, y: float, side: int, size: float, slot) -> Part:
    """One of a mackerel's little finlets on the back (side 1) or belly at (x, y): a small
    triangular flag leaning back."""
    pts = [
        (x + size * 0.3, y - side * 0.01),
        (x - size * 0.45, y + side * size),
        (x - size * 0.6, y + side * size * 0.55),
        (x - size * 0.4, y - side * 0.01),
    ]
    return _flat(pts, 0.005, slot)


def _tiger_stripes(st, cy: float, rng: Rng, slot) -> list[Part]:
    """The dark wavy bars over a mackerel's back, down to about the middle of each flank."""
    parts = []
    n = 19
    for k in range(n):
        x0 = 0.29 - 0.6 * (k + 0.5) / n + float(rng.uniform(-0.006, 0.006))
        low = 0.02 + 0.3 * ((k * 0.618) % 1.0)
        ph = 0.4 * k + float(rng.uniform(-0.4, 0.4))
        for s in (-1, 1):
            pts, nrm = [], []
            for f in np.linspace(0.985, low, 5):
                x = x0 + 0.01 * np.sin(6.0 * f + ph) - 0.03 * (1 - f)
                p, nn = _skin(st, cy, x, f, s, 0.004)
                pts.append(p)
                nrm.append(nn)
            parts.append(skin_strip(pts, nrm, 0.014, 0.011, slot))
    return parts


def _mackerel(rng: Rng) -> list[Part]:
    """A mackerel on a display stand, side on, head to the right: a slim, round torpedo of a
    body, pointed at the snout and drawn out to a thin tail stalk with two little keels, its
    back and upper flanks barred with dark wavy tiger stripes (raised bands in the second
    material) above a plain pale belly; a big eye, a gill cover's edge, a small spiny first
    dorsal fin and a second small dorsal fin far behind it over a matching anal fin, then a row
    of five little finlets above and below the tail stalk before a wide, deeply forked tail."""
    st = _stations(_MACKEREL)
    cy = 0.3
    parts = [_body(st, cy, 0, "body")]
    parts += _tiger_stripes(st, cy, rng, 1)
    parts += _eye(st, cy, 0.42, 0.28, 0.019, "sclera")
    parts += _gill(st, cy, 0.34, 0.6, -0.8, 0.03, 0)
    for s in (-1, 1):
        mouth = [_skin(st, cy, x, -0.2 - 2.5 * (0.5 - x) ** 2, s, 0.001)[0]
                 for x in (0.497, 0.47, 0.44, 0.415)]  # fmt: skip
        parts.append(tube(mouth, 0.0035, None, "marking", shape=_HEX))
    parts += _spiny_fin(st, cy, -0.01, 0.12, [0.05, 0.056, 0.05, 0.042, 0.033, 0.025, 0.017,
                                               0.01], 0)  # fmt: skip
    parts += _soft_fin(st, cy, -0.19, -0.11, [0.045, 0.03, 0.014], 1, 0)
    parts += _soft_fin(st, cy, -0.2, -0.12, [0.04, 0.027, 0.012], -1, 0)
    for k in range(5):  # the finlets
        x = -0.225 - 0.032 * k
        for side in (1, -1):
            mid, h, _ = _at(st, x)
            parts.append(_finlet(x, cy + mid + side * h, side, 0.022 - 0.002 * k, 0))
    for s in (-1, 1):  # the keels on the tail stalk
        keel = [_skin(st, cy, x, 0.0, s, 0.0)[0] for x in (-0.33, -0.37, -0.41)]
        parts.append(tube(keel, [0.003, 0.007, 0.004], None, 0, shape=_HEX))
        p, n = _skin(st, cy, 0.3, -0.05, s, 0.003)
        parts.append(_paired_fin(p, n, 20, 25, 0.075, 0.026, 0))
        p, n = _skin(st, cy, 0.24, -0.9, s, 0.0)
        parts.append(_paired_fin(p, n, 12, 25, 0.045, 0.018, 0))
    parts += _forked_tail(-0.4, cy, 0.016, 0.15, 0.16, 0.72, 0, 0.85)
    parts += _stand(0.04, cy - 0.07)
    return scaled(parts, rot("y", 24 + float(rng.uniform(-4, 4))))


# ---- 1380 perch -------------------------------------------------------------------------------

_PERCH = [(-0.37, 0.04, -0.04, 0.016), (-0.33, 0.045, -0.045, 0.02), (-0.26, 0.068, -0.064, 0.03),
          (-0.16, 0.112, -0.1, 0.048), (-0.04, 0.152, -0.13, 0.062), (0.06, 0.172, -0.14, 0.068),
          (0.14, 0.168, -0.138, 0.068), (0.22, 0.15, -0.126, 0.064), (0.3, 0.12, -0.104, 0.058),
          (0.37, 0.092, -0.08, 0.05), (0.43, 0.07, -0.056, 0.042), (0.47, 0.05, -0.036, 0.032),
          (0.495, 0.028, -0.016, 0.02), (0.505, 0.008, -0.004, 0.008),
          (0.507, 0.0, 0.0, 0.002)]  # fmt: skip
"""The perch's stations: x (its nose to +x), back and belly heights, half width."""


def _perch_bars(st, cy: float, rng: Rng, slot) -> list[Part]:
    """A perch's dark vertical bars: six broad at the back, tapering down each flank."""
    parts = []
    for k, x0 in enumerate((0.2, 0.1, 0.0, -0.1, -0.19, -0.27)):
        x0 += float(rng.uniform(-0.008, 0.008))
        low = -0.45 + 0.12 * (k % 2)
        wide = 0.05 if k < 5 else 0.035
        for s in (-1, 1):
            pts = []
            for f in np.linspace(0.97, low, 6):
                pts.append(_skin(st, cy, x0 - 0.02 * (1 - f), f, s, 0.003)[0])
            widths = [wide, wide, wide * 0.85, wide * 0.6, wide * 0.35, wide * 0.15]
            parts.append(band(pts, widths, 0.008, (1.0, 0.0, 0.0), slot))
    return parts


def _perch(rng: Rng) -> list[Part]:
    """A European perch on a display stand, side on, head to the right: a deep, humped body
    rising steeply behind the head, six dark bars (raised bands in the second material) across
    its sides tapering downward, a big spiny first dorsal fin of sharp spines joined by membrane
    with a black spot at its back, a soft second dorsal fin behind it, bright orange-red pelvic
    and anal fins and lower tail lobe, a big golden eye, a wide mouth, a spiky gill cover and a
    forked tail."""
    st = _stations(_PERCH)
    cy = 0.4
    parts = [_body(st, cy, 0, "body")]
    parts += _perch_bars(st, cy, rng, 1)
    parts += _eye(st, cy, 0.41, 0.3, 0.024, "cloth-yellow")
    parts += _gill(st, cy, 0.31, 0.6, -0.8, 0.04, 0)
    for s in (-1, 1):
        mouth = [_skin(st, cy, x, -0.1 - 4.0 * (0.505 - x) ** 2, s, 0.001)[0]
                 for x in (0.503, 0.48, 0.455, 0.425, 0.405)]  # fmt: skip
        parts.append(tube(mouth, 0.0045, None, "marking", shape=_HEX))
        lip = [_skin(st, cy, x, 0.02 - 3.0 * (0.505 - x) ** 2, s, 0.002)[0]
               for x in (0.5, 0.47, 0.44, 0.41)]  # fmt: skip
        parts.append(tube(lip, [0.004, 0.006, 0.007, 0.005], None, 0, shape=_HEX))
        spine = _skin(st, cy, 0.27, 0.15, s, 0.0)[0]
        tip = spine - np.array([0.02, 0.0, -s * 0.003])
        parts.append(tube([spine + np.array([0.03, 0.0, 0.0]), tip], [0.006, 0.0], None, 0,
                          shape=_HEX))  # the gill cover's spine # fmt: skip
    tall = float(rng.uniform(0.95, 1.05))
    spines = [0.09, 0.125, 0.14, 0.142, 0.138, 0.13, 0.12, 0.11, 0.1, 0.09, 0.078, 0.062,
              0.045, 0.028]  # fmt: skip
    parts += _spiny_fin(st, cy, -0.07, 0.21, [h * tall for h in spines], 0)
    mid, h, _ = _at(st, 0.0)
    for s in (-1, 1):  # the black spot at the spiny fin's back
        spot = at(-0.01, cy + mid + h + 0.024, s * 0.003) @ scl(0.024, 0.015, 0.003)
        parts.append(sphere(1.0, spot, "marking"))
    parts += _soft_fin(st, cy, -0.24, -0.08, [0.065, 0.078, 0.07, 0.058, 0.044, 0.03], 1, 0)
    parts += _soft_fin(st, cy, -0.23, -0.12, [0.075, 0.065, 0.048, 0.03], -1, "fruit-orange")
    parts += _forked_tail(-0.35, cy, 0.04, 0.13, 0.15, 0.42, 0, 0.7, "fruit-orange")
    for s in (-1, 1):
        p, n = _skin(st, cy, 0.255, -0.15, s, 0.003)
        parts.append(_paired_fin(p, n, 18, 15, 0.09, 0.036, 0))
        p, n = _skin(st, cy, 0.18, -0.92, s, 0.0)
        parts.append(_paired_fin(p, n, 10, 35, 0.09, 0.03, "fruit-orange"))
    parts += _stand(0.04, cy - 0.11)
    return scaled(parts, rot("y", 24 + float(rng.uniform(-4, 4))))


MORE_APPLIANCES_ZZZZV = {
    1377: _bluefish, 1378: _locust, 1379: _mackerel, 1380: _perch,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
