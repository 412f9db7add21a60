"""More of the device family's appliances, from 860: Christmas things: Santa's sleigh, a Christmas
stocking, a tree bauble, a gingerbread man, a Christmas pudding, an advent wreath, a pile of
presents, a nutcracker.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import FixedMesh, Part, at, rot, scl
from ._kit import band, disc, flat_solid, rrect, studs
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import gear, star

__all__ = ["MORE_APPLIANCES_ZZF"]

Rng = np.random.Generator


def _pad(w: float, h: float, d: float, m: np.ndarray, slot) -> Part:
    """A cushion w × h × d standing on y = 0 under m: a rounded rectangle with its top and
    bottom edges rounded off."""
    prof = [(0.0, 0.0), (0.9, 0.0), (1.0, h * 0.3), (1.0, h * 0.7), (0.9, h), (0.0, h)]
    return lathe(prof, m, slot, shape=rrect(w, d, 0.25 * min(w, d), 4))


def _capsule(a, b, r: float, n: int) -> np.ndarray:
    """A stadium outline round the segment a-b in the xy plane, counter-clockwise."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    th = np.arctan2(*(b - a)[::-1])
    k = max(4, n // 2)
    t1 = th + np.linspace(-np.pi / 2, np.pi / 2, k)
    t0 = th + np.linspace(np.pi / 2, 3 * np.pi / 2, k)
    ends = [
        b + r * np.stack([np.cos(t1), np.sin(t1)], 1),
        a + r * np.stack([np.cos(t0), np.sin(t0)], 1),
    ]
    return np.concatenate(ends)


def _needles(bases, directions, lengths, width: float, slot="vine") -> Part:
    """Many flat pointed needles in one part (a fir's needles, an evergreen's): each a thin
    lozenge ``width`` wide from its base along its direction, as long as its length."""
    p = np.asarray(bases, float)
    d = np.asarray(directions, float)
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    ref = np.where(np.abs(d[:, 1:2]) < 0.9, [[0.0, 1.0, 0.0]], [[1.0, 0.0, 0.0]])
    u = np.cross(d, ref)
    u /= np.linalg.norm(u, axis=1, keepdims=True)
    v = np.cross(d, u)
    length = np.broadcast_to(np.asarray(lengths, float), (len(p),))
    ring = np.array([(0.0, 0.0), (0.5, -0.5 * width), (1.0, 0.0), (0.5, 0.5 * width)])
    t = width * 0.2
    bot = np.c_[ring, np.full(4, -t)]
    top = np.c_[ring, np.full(4, t)]
    nxt = np.roll(np.arange(4), -1)
    local = np.concatenate([top, bot, np.stack([bot, bot[nxt], top[nxt], top], 1).reshape(-1, 3)])
    fan = np.array([(0, 1, 2), (0, 2, 3)])
    quads = np.arange(4)[:, None] * 4 + 8
    faces = np.concatenate(
        [fan, fan[:, ::-1] + 4, quads + np.array([0, 1, 2]), quads + np.array([0, 2, 3])]
    )
    scaled = np.broadcast_to(local, (len(p), *local.shape)).copy()
    scaled[:, :, 0] *= length[:, None]
    frame = np.stack([d, u, v], 1)
    verts = p[:, None, :] + np.einsum("nlk,nkj->nlj", scaled, frame)
    all_faces = faces[None] + (np.arange(len(p)) * len(local))[:, None, None]
    mesh = FixedMesh(verts.reshape(-1, 3), all_faces.reshape(-1, 3).astype(np.int64))
    return Part(lambda k: mesh, np.eye(4), slot)  # type: ignore[arg-type,return-value]


def _ball(r: float, m: np.ndarray, slot) -> Part:
    """A small ball (a berry, a bead) in fewer triangles than a sphere."""
    return lathe([(0.0, -r), (r, 0.0), (0.0, r)], m, slot, sides=8)


def _bow(m: np.ndarray, size: float, slot) -> list[Part]:
    """A ribbon bow at m (sitting on y = 0 there, facing +z): two loops of flat ribbon, a knot
    and two short tails."""
    parts = [_ball(size * 0.15, m @ at(0, size * 0.12, 0) @ scl(1.1, 1.0, 1.0), slot)]
    across = m[:3, :3] @ np.array([0.0, 0.0, 1.0])
    for s in (-1, 1):
        t = np.linspace(0, 2 * np.pi, 9)
        loop = [(s * (0.4 - 0.4 * np.cos(u)) * size, (0.12 + 0.3 * (1 - np.cos(u)) * 0.5 + 0.17
                 * np.sin(u) * s) * size, 0.0) for u in t]  # fmt: skip
        pts = [tuple((m @ np.array([*p, 1.0]))[:3]) for p in loop]
        parts.append(band(pts, size * 0.26, size * 0.05, across, slot))
        tail = [(s * 0.05 * size, 0.1 * size, 0.05 * size), (s * 0.3 * size, 0.02 * size,
                 0.35 * size), (s * 0.45 * size, 0.01 * size, 0.55 * size)]  # fmt: skip
        pts = [tuple((m @ np.array([*p, 1.0]))[:3]) for p in tail]
        parts.append(band(pts, size * 0.22, size * 0.04, (m[:3, :3] @ np.array([1.0, 0, 0])),
                           slot))  # fmt: skip
    return parts


def _present(m: np.ndarray, w: float, h: float, d: float, wrap, ribbon, tag: str = "",
             bow: bool = True) -> list[Part]:  # fmt: skip
    """A wrapped gift box w × h × d standing on y = 0 under m: a ribbon crossing over its top
    and down its four sides, a bow on top (unless something sits there)."""
    e, rb = 0.008, 0.16 * min(w, d) + 0.01
    parts = [box(w, h, d, m, wrap, tag)]
    parts.append(box(w + e, h + e, rb, m, ribbon))
    parts.append(box(rb, h + e, d + e, m, ribbon))
    if bow:
        parts += _bow(m @ at(0, h + e, 0), 0.4 * min(w, d) + 0.03, ribbon)
    return parts


# ---- 860 sleigh -----------------------------------------------------------------------------

_SIDE = [(-0.5, 0.14), (0.2, 0.14), (0.3, 0.22), (0.3, 0.45), (0.12, 0.41), (-0.06, 0.42),
         (-0.26, 0.5), (-0.44, 0.54), (-0.53, 0.5), (-0.54, 0.3)]  # fmt: skip
_HORN = [(0.05, 0.14), (0.2, 0.14), (0.32, 0.2), (0.42, 0.32), (0.47, 0.48), (0.49, 0.62),
         (0.46, 0.72), (0.4, 0.64), (0.3, 0.5), (0.15, 0.42), (0.05, 0.4)]  # fmt: skip
_SCROLL = [(0.46, 0.72), (0.52, 0.8), (0.62, 0.79), (0.67, 0.7), (0.63, 0.61), (0.55, 0.6),
           (0.52, 0.66), (0.56, 0.7), (0.6, 0.67)]  # fmt: skip


def _curl(points, thick: float):
    """Contours of a strip ``thick`` wide along the smooth curve through points (a scroll's
    sheet seen edge on)."""

    def contours(n: int) -> list[np.ndarray]:
        p = catmull_rom(points, 4 * len(points))
        t = np.gradient(p, axis=0)
        t /= np.linalg.norm(t, axis=1, keepdims=True)
        nrm = np.stack([-t[:, 1], t[:, 0]], 1) * thick / 2
        out = np.concatenate([p - nrm, (p + nrm)[::-1]])
        return [out if _area(out) > 0 else out[::-1]]

    return contours


def _fixed(points):
    """Contours of one outline through exactly these points, whatever the detail."""
    return lambda n: [np.array(points)]


def _area(p: np.ndarray) -> float:
    """Signed area of a closed outline (positive counter-clockwise)."""
    return 0.5 * float(np.sum(p[:, 0] * np.roll(p[:, 1], -1) - np.roll(p[:, 0], -1) * p[:, 1]))


def _sleigh(rng: Rng) -> list[Part]:
    """Santa's sleigh: a high open body with red side panels, its front sweeping up into a big
    scroll curl, gold trim along its edges, a padded seat with a tall back, on two long runners
    that curl up in front, a bulging sack of wrapped presents heaped in the back behind the
    seat."""
    W = 0.46
    side, horn = _fixed(_SIDE), _fixed(_HORN)
    parts = [flat_solid(side, W - 0.06, at(0, 0, -(W - 0.06) / 2), 0, "body")]
    for s in (-1, 1):
        z = s * W / 2 - (0.03 if s > 0 else 0.0)
        parts.append(flat_solid(side, 0.03, at(0, 0, z), 0))
        parts.append(flat_solid(horn, 0.03, at(0, 0, z), 0))
        zt = s * (W / 2 + 0.005)
        top = [(x, y + 0.005, zt) for x, y in _SIDE[3:9]]
        parts.append(tube(top, 0.014, None, 1))  # gold trim along the top edge
        front = [(x + 0.005, y, zt) for x, y in _HORN[2:7]]
        parts.append(tube(front, 0.014, None, 1))
        parts.append(flat_solid(_curl(_SCROLL, 0.045), 0.09, at(0, 0, s * W / 2 - 0.045), 0))
        parts.append(tube([(x, y, zt + s * 0.045) for x, y in _SCROLL], 0.012, None, 1))
        curl = [(-0.4, 0.3), (-0.25, 0.22), (-0.05, 0.25), (0.02, 0.33), (-0.06, 0.37),
                (-0.12, 0.32), (-0.07, 0.29)]  # a painted gold flourish # fmt: skip
        parts.append(tube([(x, y, zt) for x, y in curl], 0.008, None, 1))
    parts.append(flat_solid(horn, W - 0.02, at(0, 0, -(W - 0.02) / 2), 0))  # the curved dash
    for s in (-1, 1):  # the runners, curling up at the front, and their struts
        z = s * (W / 2 - 0.04)
        run = [(-0.58, 0.07), (-0.5, 0.02), (0.3, 0.02), (0.5, 0.06), (0.64, 0.18), (0.68, 0.32),
               (0.62, 0.4), (0.55, 0.36), (0.57, 0.3)]  # fmt: skip
        parts.append(tube([(x, y, z) for x, y in run], 0.02, None, 1))
        for x in (-0.4, -0.1, 0.18):
            parts.append(stick((x, 0.02, z), (x, 0.15, z), 0.014, 1))
        parts.append(stick((0.3, 0.02, z), (0.4, 0.28, z), 0.012, 1))
    # the padded seat and its tall back in the middle
    parts.append(_pad(0.28, 0.09, W - 0.07, at(0.11, 0.27, 0), "card-red"))
    parts.append(_pad(0.36, 0.08, W - 0.07, at(0.0, 0.45, 0) @ rot("z", 102), "card-red"))
    parts.append(stick((-0.08, 0.63, -W / 2 + 0.03), (-0.08, 0.63, W / 2 - 0.03), 0.018, 1))
    # the sack of presents heaped in the back
    sack = [(0.0, 0.14), (0.2, 0.15), (0.27, 0.32), (0.26, 0.54), (0.2, 0.67), (0.1, 0.73),
            (0.0, 0.74)]  # fmt: skip
    parts.append(lathe(sack, at(-0.32, 0.0, 0) @ rot("z", 8) @ scl(1, 1, 0.74), "cork"))
    lean = float(rng.uniform(-10, 10))
    gifts = [
        ((-0.4, 0.68, 0.06), (0.18, 0.18, 0.16), 20 + lean, 15, "card-red", "cloth-yellow"),
        ((-0.28, 0.66, -0.06), (0.13, 0.24, 0.13), -30, -10, "plume", "snow"),
        ((-0.44, 0.64, -0.12), (0.16, 0.12, 0.16), 40, 25, "fruit-green", "cloth-yellow"),
        ((-0.25, 0.62, 0.12), (0.12, 0.12, 0.12), 10, -20, "cloth-yellow", "card-red"),
    ]
    for (x, y, z), (w, h, d), yaw, tilt, wrap, rib in gifts:
        parts += _present(at(x, y, z) @ rot("y", yaw) @ rot("z", tilt), w, h, d, wrap, rib)
    return parts


# ---- 861 Christmas stocking ----------------------------------------------------------------


def _candy_cane(m: np.ndarray, length: float, r: float) -> list[Part]:
    """A candy cane standing up from m: a straight stick and a hook at the top, striped red and
    white in short bands."""
    parts = []
    n = 9
    step = length / n
    for k in range(n):
        parts.append(cylinder(r, r, step, m @ at(0, k * step, 0), "card-red" if k % 2 else "snow"))
    hook_r = 0.06 * length / 0.3
    t = np.linspace(0.0, np.pi, 7)
    arc = [(hook_r - hook_r * np.cos(a), length + hook_r * np.sin(a), 0.0) for a in t]
    for k in range(6):
        seg = [tuple((m @ np.array([*p, 1.0]))[:3]) for p in arc[k : k + 2]]
        parts.append(tube(seg, r, None, "snow" if k % 2 else "card-red"))
    return parts


def _stocking(rng: Rng) -> list[Part]:
    """A Christmas stocking hanging by a loop: a big boot-shaped sock, its long leg down to a
    rounded heel and a foot pointing sideways with a rounded toe, a thick fluffy white cuff
    round its top, a candy cane and a wrapped present peeking out of it."""
    hw, hd = 0.16, 0.075  # the leg's half width and half depth
    flat = np.stack([np.cos(t := np.linspace(0, 2 * np.pi, 16, endpoint=False)),
                     0.47 * np.sin(t)], 1)  # fmt: skip
    leg = [(0.0, 0.9), (0.0, 0.6), (0.01, 0.38), (0.06, 0.2), (0.18, 0.15), (0.32, 0.15)]
    parts = [tube([(x, y, 0.0) for x, y in leg], [hw, hw, hw, 0.145, 0.14, 0.14], None, 0,
                  "body", shape=flat)]  # the leg and foot # fmt: skip
    parts.append(sphere(1.0, at(-0.05, 0.19, 0) @ scl(0.12, 0.15, hd * 0.98), 0))  # the heel
    parts.append(sphere(1.0, at(0.34, 0.15, 0) @ scl(0.16, 0.138, hd * 0.98), 0))  # the toe
    parts.append(sphere(1.0, at(0.39, 0.15, 0) @ scl(0.13, 0.128, hd * 1.03), "snow"))
    parts.append(sphere(1.0, at(-0.08, 0.17, 0) @ scl(0.1, 0.12, hd * 1.03), "snow"))
    cuff = np.stack([np.cos(t), 0.55 * np.sin(t)], 1) * 0.2
    prof = [(0.0, 0.8), (0.92, 0.8), (1.0, 0.84), (1.04, 0.92), (1.0, 0.99), (0.9, 1.02),
            (0.0, 1.02)]  # fmt: skip
    parts.append(lathe(prof, None, "snow", shape=cuff))
    for k in range(14):  # fluffy tufts round the cuff
        a = 2 * np.pi * k / 14 + float(rng.uniform(-0.1, 0.1))
        y = 0.82 if k % 2 else 0.99
        parts.append(sphere(0.04, at(0.2 * np.cos(a), y, 0.11 * np.sin(a)), "snow"))
    loop = [(-0.15, 0.96, 0.0), (-0.22, 1.08, 0.0), (-0.17, 1.16, 0.0), (-0.1, 1.1, 0.0),
            (-0.09, 0.98, 0.0)]  # fmt: skip
    parts.append(tube(loop, 0.016, None, "card-red"))  # the hanging loop
    parts += _candy_cane(at(0.08, 0.8, -0.03) @ rot("z", -14), 0.4, 0.024)
    parts += _present(at(-0.05, 0.86, 0.0) @ rot("z", 12) @ rot("y", 20), 0.17, 0.24, 0.12,
                      "fruit-green", "card-red")  # fmt: skip
    return parts


# ---- 862 bauble -----------------------------------------------------------------------------


def _bauble(rng: Rng) -> list[Part]:
    """A Christmas tree bauble: a shiny round glass ball, a small fluted metal cap on its top
    with a wire loop through it, a band round its equator of white stars between two gold
    rings, hung on a short red ribbon tied in a bow to a sprig of fir."""
    R = 0.3
    c = R
    parts = [sphere(R, at(0, c, 0), 0, "body")]
    for dy in (-0.05, 0.05):
        rr = np.sqrt(R * R - dy * dy)
        parts.append(torus(rr, 0.009, at(0, c + dy, 0), "copper"))
    spin = float(rng.uniform(0, 45))
    for k in range(8):
        m = at(0, c, 0) @ rot("y", spin + 45 * k) @ at(0, 0, R - 0.004)
        parts.append(slab(star(5, 0.45), 0.012, m @ scl(0.035), "snow"))
    dots = []  # small dots above and below the band
    for k in range(16):
        a = np.radians(spin + 22.5 * k + 11.25)
        for dy in (-0.1, 0.1):
            rr = np.sqrt(R * R - dy * dy)
            dots.append((rr * np.sin(a), dy, rr * np.cos(a)))
    dots_ = np.array(dots)
    parts.append(studs(dots_ + np.array([0.0, c, 0.0]), dots_, 0.01, 0.008, "snow"))
    cap = [(0.0, -0.02), (0.08, -0.02), (0.085, 0.02), (0.07, 0.06), (0.0, 0.065)]
    top = c + R - 0.01
    parts.append(lathe(cap, at(0, top, 0), 1, shape=gear(12, 0.25)(48)))
    parts.append(torus(0.022, 0.005, at(0, top + 0.085, 0) @ rot("x", 90), "steel"))
    y0 = top + 0.1
    for s in (-1, 1):  # the ribbon, looped through the wire
        ribbon = [(0.0, y0 - 0.01, 0), (s * 0.04, y0 + 0.1, 0), (0.0, y0 + 0.22, 0)]
        parts.append(tube(ribbon, 0.006, None, "card-red"))
    parts += _bow(at(0, y0 + 0.2, 0.02), 0.09, "card-red")
    by = y0 + 0.26
    parts.append(stick((-0.3, by + 0.03, -0.02), (0.3, by - 0.01, -0.02), 0.012, "cork"))
    bases, dirs = [], []  # the fir sprig's needles, all round its twig
    for k in range(30):
        x = -0.28 + 0.56 * k / 29
        y = by + 0.03 - 0.04 * (x + 0.3) / 0.6
        for j in range(5):
            a = np.radians(72 * j + 36 * (k % 2))
            bases.append((x, y, -0.02))
            dirs.append((0.6, np.sin(a), np.cos(a)))
    parts.append(_needles(bases, dirs, 0.065, 0.012))
    return parts


# ---- 863 gingerbread man --------------------------------------------------------------------

_LIMBS = [((0.1, 0.1), (0.33, 0.04), 0.085), ((-0.1, 0.1), (-0.33, 0.04), 0.085),
          ((0.07, -0.1), (0.17, -0.4), 0.095), ((-0.07, -0.1), (-0.17, -0.4), 0.095)]  # fmt: skip


def _gingerbread_outline(n: int) -> list[np.ndarray]:
    """The cookie's outline: a round head, a plump body, stubby arms and legs."""
    out = [disc((0.0, 0.3), 0.17, n), rrect(0.34, 0.46, 0.15, max(3, n // 4))]
    out += [_capsule(a, b, r, n) for a, b, r in _LIMBS]
    return out


def _squiggle(m: np.ndarray, a, b, r: float, across: float, z: float) -> Part:
    """A zigzag of piped icing across a limb near its end b (from a), on the face z."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = (b - a) / np.linalg.norm(b - a)
    n = np.array([-d[1], d[0]])
    c = b - d * across
    pts = [(*(c + n * r * u + d * 0.025 * (-1) ** k), z) for k, u in enumerate(np.linspace(-0.85,
           0.85, 6))]  # fmt: skip
    return tube(pts, 0.011, m, "snow")


def _gingerbread_man(rng: Rng) -> list[Part]:
    """A gingerbread man cookie lying on its back, tilted up toward the viewer: a thick flat
    outline of round head, stubby arms and legs, white icing piped in zigzags across its wrists
    and ankles, two dot eyes and a smile, three gumdrop buttons down its front."""
    t = 0.07
    tilt = -62 + float(rng.uniform(-4, 4))
    m = at(0, 0.26, 0.05) @ rot("x", tilt)
    parts = [flat_solid(_gingerbread_outline, t, m @ at(0, 0, -t / 2), 0, "body")]
    f = t / 2
    for a, b, r in _LIMBS:
        parts.append(_squiggle(m, a, b, r, 0.065, f))
    for s in (-1, 1):
        parts.append(sphere(1.0, m @ at(s * 0.06, 0.34, f) @ scl(0.022, 0.022, 0.012), "snow"))
    smile = [(0.09 * np.cos(a), 0.3 + 0.09 * np.sin(a), f) for a in np.radians(np.linspace(210,
             330, 6))]  # fmt: skip
    parts.append(tube(smile, 0.011, m, "snow"))
    drop = [(0.0, 0.0), (0.04, 0.0), (0.038, 0.02), (0.022, 0.04), (0.0, 0.045)]
    for k, slot in enumerate(("card-red", "fruit-green", "card-red")):
        parts.append(lathe(drop, m @ at(0, 0.1 - 0.11 * k, f - 0.004) @ rot("x", 90), slot))
    return parts


# ---- 864 Christmas pudding ------------------------------------------------------------------


def _holly_leaf(n: int) -> list[np.ndarray]:
    """A holly leaf along +x from 0 to 1: sharp spikes along both edges, notches between."""
    us = [0.14, 0.27, 0.4, 0.53, 0.66, 0.79, 0.9]
    edge = [
        (u, 0.42 * np.sin(np.pi * u) ** 0.6 * (1.3 if k % 2 else 0.7)) for k, u in enumerate(us)
    ]
    pts = [(0.0, 0.0), *[(u, -w) for u, w in edge], (1.05, 0.0), *[(u, w) for u, w in edge[::-1]]]
    return [np.array(pts)]


def _holly(m: np.ndarray, size: float) -> list[Part]:
    """A sprig of holly lying at m: two spiky leaves fanned apart, three red berries."""
    parts = []
    for a in (-35, 205):
        leaf = m @ rot("y", a) @ rot("z", 18) @ rot("x", -90) @ at(0.02, 0, 0) @ scl(size)
        parts.append(flat_solid(_holly_leaf, 0.04, leaf, "vine"))
    for k in range(3):
        a = 2 * np.pi * k / 3 + 0.5
        parts.append(sphere(0.09 * size, m @ at(0.07 * size * np.cos(a), 0.06 * size,
                                                 0.07 * size * np.sin(a)), "card-red"))  # fmt: skip
    return parts


def _pudding(rng: Rng) -> list[Part]:
    """A Christmas pudding on a plate: a dark round dome speckled with bits of fruit, thick
    white custard poured over its top and dripping down its sides, a sprig of holly (two spiky
    leaves, three red berries) on top, a round white plate under it."""
    plate = [(0.0, 0.0), (0.3, 0.0), (0.42, 0.03), (0.5, 0.05), (0.5, 0.06), (0.38, 0.04),
             (0.0, 0.035)]  # fmt: skip
    R, H, y0 = 0.3, 0.37, 0.035
    ts = np.linspace(0, np.pi / 2, 8)
    dome = [(0.0, y0), *[(R * np.cos(a), y0 + H * np.sin(a)) for a in ts[:-1]], (0.0, y0 + H)]
    round_ = disc((0.0, 0.0), 1.0, 40)
    parts = [lathe(dome, None, 0, "body", shape=round_), lathe(plate, None, 1, shape=round_)]
    a = rng.uniform(0, 2 * np.pi, 60)  # bits of fruit in the pudding
    e = rng.uniform(0.08, 0.75, 60)
    p = np.stack([R * np.cos(e) * np.cos(a), y0 + H * np.sin(e), R * np.cos(e) * np.sin(a)], 1)
    n = np.stack([np.cos(e) * np.cos(a) / R, np.sin(e) / H, np.cos(e) * np.sin(a) / R], 1)
    parts.append(studs(p[::3], n[::3], 0.018, 0.012, "card-red", 6))
    parts.append(studs(np.delete(p, np.s_[::3], 0), np.delete(n, np.s_[::3], 0), 0.018, 0.012,
                        "marking", 6))  # fmt: skip
    e0 = 0.78  # where the custard's edge lies
    R1, H1 = R + 0.012, H + 0.012
    te = np.linspace(e0, np.pi / 2, 7)
    ye = y0 + H1 * np.sin(e0)
    cap = [(0.0, ye - 0.03), (R1 * np.cos(e0) - 0.01, ye - 0.012),
           *[(R1 * np.cos(a), y0 + H1 * np.sin(a)) for a in te[:-1]], (0.0, y0 + H1)]  # fmt: skip
    parts.append(lathe(cap, None, "snow", shape=round_))
    spin = float(rng.uniform(0, 1))
    for k in range(9):  # drips running down the sides
        a = spin + 2 * np.pi * k / 9 + float(rng.uniform(-0.15, 0.15))
        e1 = e0 - float(rng.uniform(0.2, 0.6))
        es = np.linspace(e0 + 0.05, e1, 4)
        path = [((R + 0.006) * np.cos(e) * np.cos(a), y0 + (H + 0.006) * np.sin(e),
                 (R + 0.006) * np.cos(e) * np.sin(a)) for e in es]  # fmt: skip
        parts.append(tube(path, [0.03, 0.025, 0.021, 0.02], None, "snow"))
        parts.append(_ball(0.027, at(*path[-1]), "snow"))
    parts += _holly(at(0, y0 + H1 - 0.01, 0) @ rot("y", float(rng.uniform(0, 90))), 0.3)
    return parts


# ---- 865 advent wreath ----------------------------------------------------------------------


def _flame(m: np.ndarray, h: float) -> list[Part]:
    """A candle's wick and a teardrop flame above it at m."""
    drop = [(0.0, 0.0), (0.5, 0.1), (0.62, 0.28), (0.4, 0.6), (0.0, 1.0)]
    parts = [cylinder(0.004, 0.004, 0.03, m, "marking")]
    parts.append(lathe([(r * h * 0.3, y * h) for r, y in drop], m @ at(0, 0.015, 0), "flame"))
    return parts


def _advent_wreath(rng: Rng) -> list[Part]:
    """An advent wreath lying flat on a table: a thick ring of evergreen bristling with needles,
    four tall candles standing evenly round it in gold dishes, one or more of them lit (the lit
    ones burnt shorter), clusters of red berries and red ribbon bows between them."""
    Rb, r = 0.36, 0.085
    parts = [torus(Rb, r, at(0, r, 0), 0, "body")]
    N = 420  # needles all over the ring, swept along it
    a = rng.uniform(0, 2 * np.pi, N)
    b = rng.uniform(-0.3, np.pi + 0.3, N)
    n = np.stack([np.cos(b) * np.cos(a), np.sin(b), np.cos(b) * np.sin(a)], 1)
    tng = np.stack([-np.sin(a), 0 * a, np.cos(a)], 1) * np.where(np.arange(N) % 2, 1, -1)[:, None]
    base = np.stack([Rb * np.cos(a), np.full(N, r), Rb * np.sin(a)], 1) + n * r * 0.8
    parts.append(_needles(base, 0.75 * n + 0.65 * tng, rng.uniform(0.06, 0.09, N), 0.016))
    wax = "card-red" if rng.uniform() < 0.6 else "snow"
    lit = int(rng.integers(1, 5))
    for k in range(4):
        a = np.radians(45 + 90 * k)
        x, z = Rb * np.cos(a), Rb * np.sin(a)
        parts.append(cylinder(0.07, 0.075, 0.025, at(x, 2 * r - 0.02, z), 1))  # the dish
        h = 0.38 - (0.06 * (lit - k) if k < lit else 0.0)
        parts.append(cylinder(0.045, 0.045, h, at(x, 2 * r, z), wax))
        if k < lit:
            parts += _flame(at(x, 2 * r + h - 0.005, z), 0.1)
        else:
            parts.append(cylinder(0.004, 0.004, 0.025, at(x, 2 * r + h, z), "marking"))
        b = a + np.pi / 4  # berries and a bow between this candle and the next
        for j in range(3):
            o = 0.03 * np.array([np.cos(2.1 * j), np.sin(2.1 * j)])
            parts.append(_ball(0.022, at(Rb * np.cos(b) + o[0], 2 * r - 0.005,
                                         Rb * np.sin(b) + o[1]), "card-red"))  # fmt: skip
        bow = at((Rb + r * 0.85) * np.cos(b), r * 0.9, (Rb + r * 0.85) * np.sin(b))
        parts += _bow(bow @ rot("y", 90 - np.degrees(b)) @ rot("x", -10), 0.14, "card-red")
    return parts


# ---- 866 pile of presents --------------------------------------------------------------------


def _presents(rng: Rng) -> list[Part]:
    """A heap of wrapped Christmas presents: six gift boxes of different sizes (a big cube, a
    tall box, a long flat one, small ones stacked on top and one leaning against the pile),
    each in its own wrapping paper with a contrasting ribbon crossing it and a bow on top."""
    j = rng.uniform(-1, 1, 5)
    parts = _present(at(-0.14, 0, -0.12) @ rot("y", 8 + 5 * j[0]), 0.44, 0.4, 0.4, 0, "card-red",
                     "body", False)  # the big cube # fmt: skip
    parts += _present(at(0.27, 0, -0.16) @ rot("y", -15 + 5 * j[1]), 0.22, 0.58, 0.22, "card-red",
                      "snow")  # the tall one # fmt: skip
    parts += _present(at(0.08, 0, 0.24) @ rot("y", -6 + 4 * j[2]), 0.5, 0.12, 0.3, "plume",
                      "cloth-yellow", "", False)  # the long flat one # fmt: skip
    parts += _present(at(0.06, 0.125, 0.24) @ rot("y", 28 + 8 * j[3]), 0.18, 0.16, 0.18,
                      "fruit-green", "card-red")  # on the flat one # fmt: skip
    parts += _present(at(-0.16, 0.41, -0.13) @ rot("y", -20 + 8 * j[4]), 0.24, 0.2, 0.24, 1,
                      "plume")  # on the big cube # fmt: skip
    lean = at(-0.47, 0, 0.14) @ rot("y", 35) @ rot("z", -14)
    parts += _present(lean, 0.22, 0.3, 0.14, "cloth-yellow", "card-red")  # leaning on the pile
    return parts


# ---- 867 nutcracker ---------------------------------------------------------------------------


def _nutcracker(rng: Rng) -> list[Part]:
    """A wooden nutcracker soldier standing stiffly on a round base: black boots and trousers,
    a red coat with gold buttons, a white belt and gold epaulettes, a big square painted head
    with a huge white beard, moustache and hair, its hinged lever jaw under a dark mouth slot, a
    tall black shako hat with a gold badge and a gold plume, the jaw's lever handle sticking out
    at its back."""
    parts = [cylinder(0.2, 0.21, 0.06, None, 1, "body")]  # the base
    parts.append(torus(0.2, 0.012, at(0, 0.055, 0), "cloth-yellow"))
    for s in (-1, 1):
        x = s * 0.065
        parts.append(box(0.1, 0.1, 0.15, at(x, 0.06, 0.02), "marking"))  # boots
        parts.append(cylinder(0.055, 0.055, 0.12, at(x, 0.06, 0), "marking"))
        parts.append(cylinder(0.05, 0.055, 0.2, at(x, 0.18, 0), "cloth-dark"))  # trousers
    coat = [(0.0, 0.34), (0.15, 0.34), (0.14, 0.4), (0.125, 0.5), (0.13, 0.6), (0.14, 0.64),
            (0.0, 0.66)]  # fmt: skip
    parts.append(lathe(coat, None, 0))  # the red coat
    parts.append(cylinder(0.135, 0.135, 0.035, at(0, 0.44, 0), "snow"))  # the belt
    parts.append(box(0.06, 0.045, 0.02, at(0, 0.435, 0.13), "cloth-yellow"))  # its buckle
    parts.append(box(0.05, 0.2, 0.01, at(0, 0.48, 0.124), "snow"))  # the shirt front
    for y in (0.5, 0.56, 0.62, 0.38):  # gold buttons
        for s in (-1, 1):
            parts.append(sphere(0.012, at(s * 0.045, y, 0.128), "cloth-yellow"))
    for s in (-1, 1):  # epaulettes with fringes, arms held stiffly down, white gloves
        parts.append(sphere(1.0, at(s * 0.14, 0.64, 0) @ scl(0.06, 0.025, 0.06), "cloth-yellow"))
        for k in range(5):
            z = -0.04 + 0.02 * k
            parts.append(cylinder(0.007, 0.007, 0.04, at(s * 0.19, 0.6, z), "cloth-yellow"))
        parts.append(cylinder(0.048, 0.044, 0.25, at(s * 0.175, 0.38, 0.0), 0))
        parts.append(cylinder(0.05, 0.05, 0.035, at(s * 0.175, 0.38, 0.0), "cloth-yellow"))
        parts.append(sphere(1.0, at(s * 0.175, 0.355, 0.005) @ scl(0.045, 0.05, 0.045), "snow"))
    # the big square head: face, hair, eyes, nose, moustache, mouth slot, jaw and beard
    hy, hw, hd = 0.66, 0.24, 0.22
    parts.append(box(hw, 0.24, hd, at(0, hy, 0), "pencil-wood"))
    parts.append(sphere(1.0, at(0, hy + 0.13, -hd / 2 + 0.02) @ scl(hw / 2 + 0.015, 0.11, 0.05),
                        "snow"))  # the hair at the back # fmt: skip
    for s in (-1, 1):  # white hair down the sides into the beard
        x = s * (hw / 2 + 0.01)
        mane = [(x, hy + 0.22, -0.07), (x, hy + 0.12, -0.05), (x, hy + 0.03, 0.02),
                (s * 0.1, hy - 0.04, hd / 2 - 0.02)]  # fmt: skip
        parts.append(tube(mane, [0.03, 0.04, 0.035, 0.03], None, "snow"))
        parts.append(sphere(1.0, at(s * 0.05, hy + 0.17, hd / 2) @ scl(0.022, 0.018, 0.01),
                            "sclera"))  # fmt: skip
        parts.append(sphere(0.011, at(s * 0.05, hy + 0.17, hd / 2 + 0.008), "pupil"))
        parts.append(box(0.05, 0.014, 0.02, at(s * 0.05, hy + 0.2, hd / 2), "snow"))  # brows
        parts.append(sphere(1.0, at(s * 0.075, hy + 0.125, hd / 2) @ scl(0.022, 0.016, 0.01),
                            "eraser"))  # rosy cheeks # fmt: skip
        tache = [(0.0, hy + 0.1, hd / 2 + 0.02), (s * 0.05, hy + 0.095, hd / 2 + 0.02),
                 (s * 0.1, hy + 0.07, hd / 2 + 0.005)]  # fmt: skip
        parts.append(tube(tache, [0.02, 0.018, 0.008], None, "snow"))
    parts.append(sphere(1.0, at(0, hy + 0.13, hd / 2 + 0.02) @ scl(0.025, 0.035, 0.035),
                        "pencil-wood"))  # the nose # fmt: skip
    parts.append(box(0.13, 0.03, 0.03, at(0, hy + 0.05, hd / 2 - 0.01), "marking"))  # the mouth
    parts.append(box(0.13, 0.05, 0.05, at(0, hy, hd / 2 - 0.02), "pencil-wood"))  # the jaw
    beard = [(-0.11, 0.0), (0.11, 0.0), (0.1, -0.06), (0.06, -0.13), (0.0, -0.16),
             (-0.06, -0.13), (-0.1, -0.06)]  # fmt: skip
    parts.append(slab(beard, 0.07, at(0, hy + 0.02, hd / 2 - 0.005), "snow"))
    # the tall black shako: a gold band and badge, a peak, a gold plume
    hat = [(0.0, 0.0), (0.125, 0.0), (0.13, 0.1), (0.135, 0.2), (0.0, 0.2)]
    top = hy + 0.24
    parts.append(lathe(hat, at(0, top - 0.01, 0) @ scl(1, 1, 0.95), "marking"))
    parts.append(cylinder(0.13, 0.132, 0.025, at(0, top, 0), "cloth-yellow"))
    parts.append(cylinder(0.136, 0.138, 0.02, at(0, top + 0.17, 0), "cloth-yellow"))
    parts.append(slab(star(6, 0.5), 0.012, at(0, top + 0.09, 0.13) @ scl(0.045), "cloth-yellow"))
    parts.append(box(0.2, 0.01, 0.07, at(0, top - 0.005, hd / 2 - 0.01) @ rot("x", 12), "marking"))
    sway = float(rng.uniform(-0.01, 0.01))
    plume = [(0.0, top + 0.19, 0.08), (0.01 + sway, top + 0.27, 0.085), (0.0, top + 0.33, 0.07)]
    parts.append(tube(plume, [0.022, 0.03, 0.012], None, "cloth-yellow"))
    # the lever handle down its back from the jaw's hinge
    lever = [(0.0, hy + 0.1, -hd / 2), (0.0, hy - 0.04, -hd / 2 - 0.09), (0.0, 0.36, -0.36)]
    parts.append(box(0.05, 0.06, 0.04, at(0, hy + 0.07, -hd / 2 - 0.01), 1))
    parts.append(tube(lever, [0.022, 0.02, 0.018], None, 1))
    return parts


MORE_APPLIANCES_ZZF = {
    860: _sleigh, 861: _stocking, 862: _bauble, 863: _gingerbread_man, 864: _pudding,
    865: _advent_wreath, 866: _presents, 867: _nutcracker,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
