"""More of the device family's appliances, from 1369: clothes on their dress forms and hangers: a
laced corset, a bridal veil, a cassock, a nightgown, a pair of suspenders, a fisherman's
raincoat, a mackinaw jacket and a tuxedo.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material. The dress
forms are smooth solids (signed-distance fields meshed by marching cubes, ``_sdf``); the clothes
on them are sheets laid on their skins.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, align, at, mesh_part, rot, scl, v3
from ._kit import (
    HEX,
    band,
    bead,
    cloth_sheet,
    cone,
    cut,
    ellipse,
    grid_normals,
    grid_skin,
    hoop,
    lobed,
    skin_field,
    skin_hits,
    skin_strip,
    solid,
    studs,
    superellipse,
)
from ._primitives import DIAMOND, box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import Shape
from ._sdf import ellipsoid as blob
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZZU"]

Rng = np.random.Generator

_LIFT = 0.22
"""How far a dress form's torso is raised on its stand."""


# ---- shared: a dress form, a hanger, a garment's body -----------------------------------------


def _form_shapes(waist: float = 0.125, bust: bool = True) -> list[Shape]:
    """A dress form's torso from its thigh stumps to its shoulders: hips, a narrow waist, ribs,
    (a bust) and shoulders smoothly joined."""
    shapes = [blob((0.0, 0.79, 0.0), (0.2, 0.15, 0.14))]  # the hips
    shapes.append(blob((0.0, 0.96, -0.01), (waist, 0.14, waist * 0.75), None, 0.08))
    shapes.append(blob((0.0, 1.13, 0.0), (0.185, 0.13, 0.12), None, 0.08))
    if bust:
        for s in (-1, 1):
            shapes.append(blob((s * 0.075, 1.1, 0.075), (0.075, 0.07, 0.06), None, 0.04))
    shapes.append(blob((0.0, 1.24, -0.01), (0.22, 0.065, 0.1), None, 0.06))
    for s in (-1, 1):  # the thigh stumps
        shapes.append(cone((s * 0.11, 0.78, 0.0), (s * 0.13, 0.5, 0.01), 0.1, 0.085, 0.04))
    return shapes


def _dress_form(shapes: list[Shape], skin="plaster", stand=1, head: bool = False) -> list[Part]:
    """A dress form on its stand: the torso of ``shapes`` cut off below the hips, its neck
    capped (or carrying a smooth oval head), on a turned pole rising from three curved legs."""
    low = (-0.4, 0.3, -0.3)
    form = [*shapes, cone((0.0, 1.24, 0.0), (0.0, 1.4, 0.0), 0.065, 0.055, 0.05)]  # the neck
    form.append(cut(1, 0.68, False, 0.01, low, (0.4, 0.68, 0.3)))
    up = at(0, _LIFT, 0)
    if head:
        form.append(blob((0.0, 1.5, 0.01), (0.085, 0.115, 0.1), None, 0.04))
    else:
        form.append(cut(1, 1.38, True, 0.01, (-0.1, 1.38, -0.1), (0.1, 1.6, 0.1)))
    parts = [solid(form, 0.026, skin).moved(up)]
    if not head:
        parts.append(cylinder(0.058, 0.05, 0.02, at(0, 1.375 + _LIFT, 0), stand))  # neck cap
        parts.append(sphere(1.0, at(0, 1.41 + _LIFT, 0) @ scl(0.035, 0.03, 0.035), stand))
    parts.append(cylinder(0.12, 0.12, 0.02, at(0, 0.67 + _LIFT, 0) @ scl(1, 1, 0.75), stand))
    pole = [(0.0, 0.0), (0.03, 0.0), (0.03, 0.05), (0.045, 0.07), (0.025, 0.1), (0.022, 0.45),
            (0.035, 0.48), (0.022, 0.51), (0.022, 0.62), (0.0, 0.63)]  # fmt: skip
    parts.append(lathe(pole, at(0, 0.28, 0), stand, sides=12))
    parts.append(lathe([(0.0, 0.0), (0.06, 0.0), (0.07, 0.05), (0.05, 0.1), (0.0, 0.1)],
                       at(0, 0.22, 0), stand, sides=12))  # its hub # fmt: skip
    for k in range(3):  # the legs, curving down to the floor
        a = np.radians(90 + 120 * k + 30)
        d = v3(np.cos(a), 0.0, np.sin(a))
        leg = [v3(0, 0.27, 0) + d * 0.05, v3(0, 0.2, 0) + d * 0.2, v3(0, 0.05, 0) + d * 0.38]
        parts.append(tube(leg, [0.03, 0.025, 0.02], slot=stand, shape=HEX))
        parts.append(bead(0.035, at(*(d * 0.39 + v3(0, 0.035, 0))), stand))
    return parts


def _skin_grid(field, angles, ys, off: float) -> tuple[np.ndarray, np.ndarray]:
    """Points ``off`` out from a form's skin (and its normals there) on a grid: for each angle
    (0 at the front, a quarter turn at +x) a column at the heights ``ys`` (angles × heights, or
    one row of heights for all)."""
    a = np.asarray(angles, float)
    y = np.broadcast_to(np.asarray(ys, float), (len(a), np.shape(ys)[-1]))
    aa = np.broadcast_to(a[:, None], y.shape)
    d = np.stack([np.sin(aa), np.zeros_like(aa), np.cos(aa)], -1).reshape(-1, 3)
    o = np.stack([np.zeros_like(aa), y, np.full_like(aa, -0.01)], -1).reshape(-1, 3)
    p, n = skin_hits(field, o, d, 0.32, 40, 0.04)
    return (p + n * off).reshape(*y.shape, 3), n.reshape(*y.shape, 3)


def _hanger(y: float, w: float = 0.21, slot=1) -> list[Part]:
    """A wooden coat hanger whose middle is at height y: a curved bar of flat wood sloping down
    to its rounded ends, a steel hook rising from its middle."""
    bar = [(-w, y - 0.07, 0.0), (-w * 0.5, y - 0.025, 0.0), (0.0, y, 0.0),
           (w * 0.5, y - 0.025, 0.0), (w, y - 0.07, 0.0)]  # fmt: skip
    parts = [tube(bar, [0.016, 0.018, 0.02, 0.018, 0.016], None, slot)]
    hook = [(0.0, y, 0.0), (0.0, y + 0.085, 0.0), (0.03, y + 0.125, 0.0), (0.0, y + 0.155, 0.0),
            (-0.028, y + 0.128, 0.0)]  # fmt: skip
    parts.append(tube(hook, 0.0055, None, "steel"))
    return parts


class _Shell:
    """A garment's body as it hangs: a lathe through (half width, height) points from the hem
    up over the shoulders to the neck, its cross-section a rounded oblong ``depth`` times as
    deep as it is wide (squarer as ``p`` grows). It knows where its front is, to lay pockets,
    lapels and buttons on it."""

    def __init__(self, prof, depth: float, p: float = 3.0) -> None:
        self.prof, self.depth, self.p = prof, depth, p
        m = 16
        c = catmull_rom(prof, (len(prof) - 1) * m + 1)[m : (len(prof) - 2) * m + 1]
        self.ys, self.rs = c[:, 1], c[:, 0]

    def part(self, slot=0, tag: str = "body", sides: int = 36) -> Part:
        shape = superellipse(1.0, self.depth, self.p, sides)
        return lathe(self.prof, None, slot, tag, shape=shape)

    def r(self, y: float) -> float:
        return float(np.interp(y, self.ys, self.rs))

    def z(self, x: float, y: float) -> float:
        """How far forward its front is at (x, y)."""
        r = self.r(y)
        q = min(abs(x) / r, 1.0)
        return r * self.depth * (1.0 - q**self.p) ** (1.0 / self.p)

    def on(self, x: float, y: float, lift: float = 0.0) -> np.ndarray:
        """A placing on its front at (x, y), lifted off it, turned to lie along it."""
        e = 0.01
        dy = (self.z(x, y + e) - self.z(x, y - e)) / (2 * e)
        dx = (self.z(x + e, y) - self.z(x - e, y)) / (2 * e)
        turn = rot("y", -np.degrees(np.arctan(dx))) @ rot("x", np.degrees(np.arctan(dy)))
        return at(x, y, self.z(x, y) + lift) @ turn

    def front(self, x: float, y0: float, y1: float, lift: float, n: int = 8) -> list[tuple]:
        """Points down its front at x from y1 to y0, lifted off it."""
        return [(x, y, self.z(x, y) + lift) for y in np.linspace(y1, y0, n)]

    def loop(self, a) -> np.ndarray:
        """Points (n, 2) (x and z) on its unit cross-section at angles a (0 at the front, a
        quarter turn at +x)."""
        s, c = np.sin(a), np.cos(a)
        e = 2.0 / self.p
        return np.stack([np.sign(s) * np.abs(s) ** e, self.depth * np.sign(c) * np.abs(c) ** e], 1)

    def shoulder_y(self, r) -> np.ndarray:
        """The height of its shoulders' slope where it is r wide."""
        widest = int(np.argmax(np.where(self.ys > 0.6 * self.ys.max(), self.rs, 0.0)))
        top = self.ys > self.ys[widest]
        return np.interp(r, self.rs[top][::-1], self.ys[top][::-1])

    def collar(self, r0: float, r1: float, stand: float, span: float, slot=0) -> Part:
        """A collar round the back of the neck, open ``span`` degrees either side of the back:
        standing ``stand`` up from the neck where it is r0 wide, then folded down over the
        shoulders' slope to where it is r1 wide."""
        a = np.radians(np.linspace(180 - span, 180 + span, 25))
        ring = self.loop(a)
        y0, y1 = float(self.shoulder_y(r0)), float(self.shoulder_y(r1))
        rows = []
        for lx, lz in ring:
            rows.append([(lx * r0 * 0.96, y0 - 0.01, lz * r0 * 0.96),
                         (lx * r0 * 1.02, y0 + stand, lz * r0 * 1.02),
                         (lx * (r0 + r1) * 0.56, (y0 + y1) / 2 + 0.015, lz * (r0 + r1) * 0.56),
                         (lx * r1 * 1.04, y1 + 0.012, lz * r1 * 1.04)])  # fmt: skip
        return cloth_sheet(np.array(rows), 0.014, slot)


def _sleeves(
    x: float, top: float, drop: float, r: float, slot=0, cuff=None, fwd: float = 0.06
) -> list[Part]:
    """Two sleeves hanging from the shoulders at ±x, ``top`` high, a little out and ``fwd``
    forward at the wrist, ``drop`` long, radius r at the shoulder; a band of cuff at the wrist
    in ``cuff``."""
    parts = []
    for s in (-1, 1):
        pts = np.array([(s * (x - 0.04), top, -0.005), (s * (x + 0.02), top - 0.1, 0.005),
                        (s * (x + 0.045), top - drop * 0.55, fwd * 0.5),
                        (s * (x + 0.05), top - drop, fwd)])  # fmt: skip
        parts.append(tube(pts, [r, r * 0.98, r * 0.86, r * 0.76], None, slot))
        if cuff is not None:
            d = pts[-1] - pts[-2]
            d /= np.linalg.norm(d)
            end = pts[-1] + d * 0.012
            parts.append(cylinder(r * 0.8, r * 0.8, 0.07, at(*(end - d * 0.07)) @ align(d), cuff))
    return parts


def _robe_grid(ctrl, n_rows: int, n: int, folds: int, p: float = 2.0, phase: float = 0.0):
    """A long garment's skin as a grid of loops (rows, n, 3) through control rows (y, half
    width, half depth, depth of folds), a rounded oblong (squarer as p grows) rippled into
    ``folds`` soft folds, one crest at the front middle."""
    rows = catmull_rom(np.asarray(ctrl, float), n_rows)
    a = np.arange(n) * (2 * np.pi / n)
    sa, ca = np.sin(a), np.cos(a)
    ex, ez = np.sign(sa) * np.abs(sa) ** (2 / p), np.sign(ca) * np.abs(ca) ** (2 / p)
    out = []
    for y, hw, hd, amp in rows:
        f = 1.0 + amp * np.cos(folds * a + phase * np.sin(a) ** 2)
        out.append(np.stack([hw * ex * f, np.full(n, max(y, 0.0)), hd * ez * f], 1))
    return np.array(out)


# ---- 1369 corset ------------------------------------------------------------------------------


def _corset_top(a):
    """The corset's top edge at angle a: a sweetheart curve rising over the bust."""
    w = np.abs((np.asarray(a) + np.pi) % (2 * np.pi) - np.pi)
    return 1.1 + 0.045 * np.exp(-(((w - 0.45) / 0.3) ** 2)) - 0.012 * (w / np.pi)


def _corset_bottom(a):
    """The corset's bottom edge at angle a: a point low over the belly, higher at the hips."""
    c = np.cos(np.asarray(a))
    return 0.84 - 0.055 * np.maximum(c, 0.0) ** 1.5 - 0.025 * np.maximum(-c, 0.0) ** 2


def _lacing(field, gap: float, n: int, slot, rng: Rng) -> list[Part]:
    """The corset's lacing up its front: steel eyelets down both edges of the gap and two laces
    criss-crossing between them, tied in a bow at the top with its ends hanging."""
    ys = np.linspace(0.0, 1.0, n)
    sides = []
    for a in (gap * 0.7, -gap * 0.7):
        y = _corset_bottom(a) + 0.025 + ys * (_corset_top(a) - _corset_bottom(a) - 0.05)
        sides.append(_skin_grid(field, [a], y[None], 0.016))
    parts = []
    for p, nrm in sides:
        for q, m in zip(p[0], nrm[0], strict=True):
            parts.append(hoop(0.008, 0.0028, at(*q) @ align(m), "steel", 7, 3))
    (pl, _), (pr, _) = sides
    for first, second in ((pl[0], pr[0]), (pr[0], pl[0])):
        path = [first[k] if k % 2 == 0 else second[k] for k in range(n)]
        path = [p + v3(0, 0, 0.004) for p in path]
        parts.append(tube(path, 0.0035, None, slot, shape=DIAMOND))
    top = (pl[0][-1] + pr[0][-1]) / 2 + v3(0, 0.005, 0.008)
    for s in (-1, 1):  # the bow
        loop = [top, top + v3(s * 0.03, 0.025, 0.006), top + v3(s * 0.05, 0.005, 0.008),
                top + v3(s * 0.03, -0.012, 0.006), top]  # fmt: skip
        parts.append(tube(loop, 0.004, None, slot, shape=HEX))
        sway = float(rng.uniform(-0.015, 0.015))
        tail = [top, top + v3(s * 0.012, -0.05, 0.012), top + v3(s * 0.02 + sway, -0.1, 0.01)]
        parts.append(tube(tail, 0.0035, None, slot, shape=DIAMOND))
    parts.append(sphere(0.008, at(*top), slot))
    return parts


def _corset(rng: Rng) -> list[Part]:
    """A laced corset on a dress form: an hourglass bodice hugging the form from the hips up
    over the bust, its top a sweetheart curve edged with a scalloped lace trim and its foot
    dipping to a point over the belly, stiff vertical boning channels all round, and a gap up
    its front criss-crossed by laces through steel eyelets, tied in a bow at the top. The form
    stands on a turned pole on three curved legs."""
    shapes = _form_shapes(0.118)
    field = skin_field(shapes)
    gap = 0.17
    angles = np.linspace(gap, 2 * np.pi - gap, 48)
    t = np.linspace(0.0, 1.0, 11)
    bot, top = _corset_bottom(angles), _corset_top(angles)
    ys = bot[:, None] + t[None, :] * (top - bot)[:, None]
    grid, nrm = _skin_grid(field, angles, ys, 0.008)
    up = v3(0, _LIFT, 0)
    parts = [cloth_sheet(grid + up, 0.01, 0, "body")]
    for i in range(3, 46, 3):  # the boning channels
        parts.append(skin_strip(grid[i, 1:-1:2] + up + nrm[i, 1:-1:2] * 0.005, nrm[i, 1:-1:2],
                                0.014, 0.006, 0))  # fmt: skip
    for i in (0, 47):  # the edges of the gap, bound
        parts.append(skin_strip(grid[i] + up + nrm[i] * 0.004, nrm[i], 0.018, 0.008, 1))
    low = _skin_grid(field, angles, bot[:, None] + 0.004, 0.016)[0][:, 0]  # the foot's binding
    parts.append(band(low[::4] + up, 0.012, 0.006, (0, 1, 0), 1))
    fine = np.linspace(gap, 2 * np.pi - gap, 92)  # the lace trim along the top
    scallop = 0.014 * np.abs(np.sin(fine * 11.5)) ** 0.5
    trim_y = _corset_top(fine)[:, None] + np.array([-0.012, 0.006, 0.018])[None, :]
    trim_y[:, 2] += scallop
    trim_y[:, 1] += scallop * 0.5
    trim = _skin_grid(field, fine, trim_y, 0.016)[0]
    parts.append(cloth_sheet(trim + up, 0.005, "snow"))
    parts += [q.moved(at(0, _LIFT, 0)) for q in _lacing(field, gap, 10, 1, rng)]
    parts += _dress_form(shapes)
    return parts


# ---- 1370 bridal veil -------------------------------------------------------------------------

_VEIL = np.array([
    # y, half width, half depth, centre z, half span (degrees), folds' depth
    (1.605, 0.05, 0.05, 0.0, 30.0, 0.0),
    (1.55, 0.1, 0.105, 0.0, 80.0, 0.0),
    (1.45, 0.125, 0.13, 0.0, 98.0, 0.01),
    (1.29, 0.25, 0.14, 0.0, 100.0, 0.02),
    (1.1, 0.25, 0.16, -0.01, 100.0, 0.04),
    (0.75, 0.27, 0.2, -0.03, 102.0, 0.06),
    (0.3, 0.33, 0.3, -0.06, 105.0, 0.08),
    (-0.1, 0.4, 0.42, -0.1, 108.0, 0.09),
    (-0.2, 0.44, 0.55, -0.14, 110.0, 0.09),
    (-0.215, 0.46, 0.68, -0.16, 112.0, 0.09),
])  # fmt: skip
"""The veil's rows from the comb at the crown of the head down to its train on the floor (in
the dress form's own heights: the floor is at -0.22)."""


def _veil_grid(rows: int, cols: int, rng: Rng) -> np.ndarray:
    """The veil as a grid (rows, cols, 3): each row an arc round the back of the head and the
    form, gathered narrow at the comb, widening over the shoulders and falling in deepening
    folds to a long train on the floor behind."""
    ctrl = catmull_rom(_VEIL, rows)
    u = np.linspace(-1.0, 1.0, cols)
    phase = float(rng.uniform(0, np.pi))
    out = []
    for y, hw, hd, zc, span, amp in ctrl:
        a = np.radians(span) * u
        f = 1.0 + amp * np.sin(9.0 * a + phase)
        x, z = hw * np.sin(a) * f, zc - hd * np.cos(a) * f
        out.append(np.stack([x, np.full(cols, max(y, -0.216)), z], 1))
    return np.array(out)


def _tiara(slot) -> list[Part]:
    """A small tiara on the head like a hair band: a thin band over the crown with a row of
    points rising to a tall middle one at the front, a pearl on each."""
    c = v3(0.0, 1.56, 0.005)

    def on_head(a: float, up: float = 0.0) -> np.ndarray:
        return c + v3(0.078 * np.sin(a), up + 0.03 * (1 - np.cos(a)), 0.09 * np.cos(a))

    band_pts = [on_head(a) for a in np.radians(np.linspace(-95, 95, 9))]
    parts = [tube(band_pts, 0.006, None, slot, shape=HEX)]
    for k, a in enumerate(np.radians(np.linspace(-56, 56, 7))):
        base = on_head(a)
        h = 0.07 if k == 3 else 0.045 - 0.007 * abs(k - 3)
        tip = base + v3(0.15 * h * np.sin(a), h, 0.35 * h * np.cos(a))
        parts.append(cylinder(0.013, 0.0, h, at(*base) @ align(tip - base), slot))
        parts.append(bead(0.008, at(*(tip - (tip - base) * 0.45)), "snow", 6))
    return parts


def _bridal_veil(rng: Rng) -> list[Part]:
    """A bridal veil on a dress form with a head: a long sheer veil gathered under a small
    tiara on the crown of the head, falling over the back of the head and the shoulders in
    deepening folds down the back to a long train spread on the floor, its edges trimmed all
    round with a scalloped lace border. The form stands on a turned pole on three legs."""
    grid = _veil_grid(20, 25, rng)
    up = v3(0, _LIFT, 0)
    parts = [cloth_sheet(grid + up, 0.006, 0, "body")]
    nrm = grid_normals(grid)
    edge = np.concatenate([grid[3:, 0], grid[-1, 1:], grid[-2:2:-1, -1]])
    en = np.concatenate([nrm[3:, 0], nrm[-1, 1:], nrm[-2:2:-1, -1]])
    seg = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(edge, axis=0), axis=1))]
    s = np.arange(0.0, seg[-1], 0.045)
    pts = np.stack([np.interp(s, seg, edge[:, i]) for i in range(3)], 1)
    pts[:, 1] = np.maximum(pts[:, 1], 0.014 - _LIFT)  # off the floor
    nn = np.stack([np.interp(s, seg, en[:, i]) for i in range(3)], 1)
    parts.append(studs(pts + up, nn, 0.026, 0.004, "snow", 6))  # the scalloped lace border
    for k in range(5):  # gathered in puffs under the comb
        x = (k - 2) * 0.024
        parts.append(bead(1.0, at(x, 1.6 + _LIFT - 0.006 * abs(k - 2), -0.045)
                          @ scl(0.018, 0.024, 0.022), 0, 10))  # fmt: skip
    parts += [q.moved(at(0, _LIFT, 0)) for q in _tiara(1)]
    parts += _dress_form(_form_shapes(0.13), head=True)
    return parts


# ---- 1371 cassock -----------------------------------------------------------------------------


_CASSOCK = [
    (0.0, 0.3, 0.25, 0.05), (0.01, 0.3, 0.25, 0.05), (0.35, 0.27, 0.21, 0.04),
    (0.7, 0.22, 0.16, 0.025), (0.95, 0.19, 0.13, 0.006), (1.15, 0.2, 0.135, 0.0),
    (1.33, 0.215, 0.125, 0.0), (1.43, 0.2, 0.11, 0.0), (1.49, 0.14, 0.09, 0.0),
    (1.525, 0.075, 0.07, 0.0), (1.53, 0.07, 0.066, 0.0),
]  # fmt: skip
"""The cassock's control rows: height, half width, half depth, depth of its folds."""


def _cassock_front(y: float) -> float:
    """How far forward the middle of the cassock's front is at height y."""
    y_, _, hd, amp = np.array(_CASSOCK).T
    return float(np.interp(y, y_, hd * (1.0 + amp)))


def _cassock(rng: Rng) -> list[Part]:
    """A priest's cassock on a dress form: a long narrow black robe falling straight to the
    floor in soft folds, a standing collar round the neck with a white tab at the throat, a long
    row of many small buttons down the front from the collar to the hem, long sleeves hanging
    to cuffs at the sides and a wide sash round the waist with its ends hanging at the left
    side; only the form's capped neck shows above the collar, whose white clerical band
    shows round its top."""
    grid = _robe_grid(_CASSOCK, 34, 36, 11, 2.4, float(rng.uniform(-0.3, 0.3)))
    parts = [grid_skin(grid, 0, "body")]
    parts += _sleeves(0.205, 1.44, 0.66, 0.062, 0, 0)
    collar = at(0, 1.515, 0.004) @ scl(1.0, 1.0, 0.92)
    parts.append(cylinder(0.074, 0.07, 0.055, collar, 0))  # the standing collar
    parts.append(cylinder(0.073, 0.073, 0.012, collar @ at(0, 0.05, 0), "snow"))  # its rim
    parts.append(box(0.03, 0.034, 0.006, at(0, 1.53, 0.071) @ rot("x", -4), "snow"))  # tab
    parts.append(cylinder(0.052, 0.052, 0.05, at(0, 1.53, 0), 1))  # the form's neck and cap
    parts.append(sphere(1.0, at(0, 1.585, 0) @ scl(0.035, 0.03, 0.035), 1))
    ys = np.linspace(1.49, 0.07, 33)
    front = [(0.0, y, _cassock_front(y) + 0.004) for y in ys[::4]]
    parts.append(band(front, 0.03, 0.006, (1, 0, 0), 0))  # the placket
    for y in ys:
        parts.append(bead(0.0085, at(0, y, _cassock_front(y) + 0.01), 1, 6))
    sash = _robe_grid([(0.93, 0.198, 0.138, 0.0), (1.0, 0.197, 0.137, 0.0),
                       (1.07, 0.197, 0.136, 0.0)], 3, 28, 1)  # fmt: skip
    parts.append(grid_skin(sash, 0))
    for k, dx in enumerate((-0.01, 0.03)):  # the sash's ends
        top = v3(-0.17 + dx, 0.98, 0.08 - 0.03 * k)
        parts.append(band([top, top + v3(-0.01, -0.25, 0.02), top + v3(-0.02, -0.5 + 0.06 * k,
                           0.03)], 0.075, 0.01, (1, 0, 0.6), 0))  # fmt: skip
    return parts


# ---- 1372 nightgown ---------------------------------------------------------------------------

_GOWN = [
    (0.0, 0.36, 0.2, 0.11), (0.01, 0.36, 0.2, 0.11), (0.4, 0.32, 0.16, 0.09),
    (0.8, 0.26, 0.12, 0.07), (1.06, 0.21, 0.09, 0.04), (1.11, 0.19, 0.08, 0.01),
    (1.2, 0.185, 0.076, 0.0), (1.28, 0.175, 0.07, 0.0), (1.315, 0.13, 0.058, 0.0),
    (1.33, 0.09, 0.05, 0.0), (1.335, 0.08, 0.045, 0.0),
]  # fmt: skip
"""The nightgown's control rows: height, half width, half depth, depth of its folds."""


def _bow(c, w: float, slot) -> list[Part]:
    """A ribbon bow at c facing +z: two flat loops w wide, a knot and two tails hanging."""
    parts = [sphere(1.0, at(*c) @ scl(w * 0.2, w * 0.2, w * 0.13), slot)]
    for s in (-1, 1):
        loop = [c, c + v3(s * w * 0.5, w * 0.35, 0.004), c + v3(s * w, w * 0.12, 0.006),
                c + v3(s * w * 0.9, -w * 0.22, 0.005), c + v3(s * w * 0.3, -w * 0.1, 0.0),
                c]  # fmt: skip
        parts.append(band(loop, w * 0.28, 0.003, (0, 0, 1), slot))
        tail = [c, c + v3(s * w * 0.3, -w * 0.8, 0.006), c + v3(s * w * 0.45, -w * 1.6, 0.004)]
        parts.append(band(tail, [w * 0.22, w * 0.24, w * 0.28], 0.003, (0, 0, 1), slot))
    return parts


def _nightgown(rng: Rng) -> list[Part]:
    """A long nightgown on a wooden hanger: a loose gown falling to the ankles in soft folds
    that deepen toward the hem, gathered under a lace yoke over the chest with a scalloped
    edge, short puffed sleeves gathered into bands at the shoulders and a ribbon bow at the
    front of its round neck."""
    grid = _robe_grid(_GOWN, 30, 44, 9, 2.2, float(rng.uniform(-0.4, 0.4)))
    parts = [grid_skin(grid, 0, "body")]
    yoke = _robe_grid([(1.11, 0.196, 0.086, 0.02), (1.2, 0.19, 0.082, 0.015),
                       (1.28, 0.18, 0.076, 0.01), (1.318, 0.135, 0.064, 0.0),
                       (1.334, 0.095, 0.056, 0.0)], 9, 48, 23, 2.2)  # fmt: skip
    parts.append(grid_skin(yoke, 1))  # the gathered lace yoke
    a = np.radians(np.linspace(-100, 100, 23))
    edge = np.stack([0.2 * np.sin(a), np.full_like(a, 1.11), 0.09 * np.cos(a)], 1)
    parts.append(studs(edge, np.stack([np.sin(a), np.full_like(a, -0.3), np.cos(a)], 1),
                       0.018, 0.004, 1, 6))  # its scalloped edge # fmt: skip
    for s in (-1, 1):  # the puffed sleeves
        m = at(s * 0.14, 1.275, 0.0) @ align((s * 0.75, -0.66, 0.0))
        puff = [(0.0, 0.0), (0.05, 0.0), (0.085, 0.04), (0.09, 0.09), (0.07, 0.14), (0.0, 0.15)]
        parts.append(lathe(puff, m, 0, shape=lobed(30, 10, 0.12)))
        parts.append(torus(0.066, 0.011, m @ at(0, 0.135, 0), 1))
    parts += _bow(v3(0.0, 1.29, 0.078), 0.075, "eraser")
    parts += _hanger(1.33, 0.15)
    return parts


# ---- 1373 suspenders --------------------------------------------------------------------------


def _strap(path, w: float, slot=0) -> Part:
    """A flat elastic strap w wide through 3D points."""
    return band(path, w, 0.006, (1, 0, 0), slot)


def _clip(x: float, y: float, z: float, out: float) -> list[Part]:
    """A suspender's metal clip biting the waistband's top at (x, y, z): a plate with a hinged
    jaw and a bar at its top that the strap's end is sewn round."""
    m = at(x, y, z)
    parts = [box(0.036, 0.04, 0.006, m @ at(0, -0.03, out * 0.006), "steel")]
    parts.append(box(0.032, 0.022, 0.005, m @ at(0, -0.03, out * 0.012) @ rot("x", out * 8),
                     "steel"))  # fmt: skip
    parts.append(cylinder(0.006, 0.006, 0.034, m @ at(-0.017, 0.012, out * 0.006)
                          @ rot("z", -90), "steel"))  # fmt: skip
    return parts


def _trousers(slot) -> list[Part]:
    """A pair of trousers hanging from their waistband, seen from behind (the back toward +z):
    the seat, two legs falling straight to their turn-ups, a waistband with belt loops, the
    slits of two back pockets and the seam down the middle."""
    seat = _robe_grid([(0.66, 0.2, 0.12, 0.0), (0.72, 0.215, 0.13, 0.0),
                       (0.85, 0.215, 0.13, 0.0), (0.94, 0.205, 0.12, 0.0),
                       (0.975, 0.2, 0.116, 0.0)], 9, 32, 1, 2.6)  # fmt: skip
    parts = [grid_skin(seat, slot)]
    for s in (-1, 1):
        leg = [(s * 0.105, 0.78, 0.0), (s * 0.11, 0.4, 0.005), (s * 0.115, 0.02, 0.01)]
        parts.append(tube(leg, [1.0, 0.9, 0.86], None, slot, shape=ellipse(0.12, 0.105, 16)))
        parts.append(cylinder(0.1, 0.1, 0.05, at(s * 0.115, 0.0, 0.01) @ scl(1, 1, 1.12), slot))
        parts.append(box(0.12, 0.008, 0.01, at(s * 0.09, 0.83, 0.128), "marking"))  # pockets
    band_ = _robe_grid([(0.95, 0.207, 0.123, 0.0), (0.99, 0.207, 0.123, 0.0)], 2, 32, 1, 2.6)
    parts.append(grid_skin(band_, slot))  # the waistband
    for x in (-0.17, -0.06, 0.06, 0.17):  # belt loops
        z = 0.123 * (1 - (abs(x) / 0.207) ** 2.6) ** (1 / 2.6) + 0.004
        parts.append(box(0.014, 0.05, 0.006, at(x, 0.945, z), slot))
    seam = [(0.0, 0.97, 0.121), (0.0, 0.85, 0.132), (0.0, 0.72, 0.12)]
    parts.append(band(seam, 0.006, 0.004, (1, 0, 0), "marking"))
    return parts


def _suspenders(rng: Rng) -> list[Part]:
    """A pair of suspenders holding up a pair of trousers on a wooden hanger, seen from the
    back: two elastic straps crossing in an X through a leather patch in the middle of the
    back, each running up and over an end of the hanger and down the front, metal clips
    biting the waistband at the four ends, and a metal slider on each strap."""
    H = 1.45
    zb, zf = 0.128, -0.128
    dy = float(rng.uniform(-0.012, 0.012))  # where the sliders sit
    parts = []
    for s in (-1, 1):  # strap from the back clip at -s, through the patch, over the hanger at s
        lift = 0.004 * s
        path = [(-s * 0.075, 0.99, zb), (-s * 0.045, 1.07, 0.11 + lift),
                (0.0, 1.17, 0.08 + lift), (s * 0.1, 1.32, 0.035), (s * 0.14, 1.405, 0.0),
                (s * 0.13, 1.33, -0.04), (s * 0.1, 1.12, -0.1), (s * 0.09, 0.99, zf)]  # fmt: skip
        parts.append(_strap(path, 0.036, 0))
        parts += _clip(-s * 0.075, 0.985, zb, 1.0) + _clip(s * 0.09, 0.985, zf, -1.0)
        slide = at(-s * 0.052, 1.06 + dy, 0.116) @ rot("z", s * 22) @ rot("x", -10)
        parts.append(box(0.046, 0.016, 0.01, slide, "steel"))
    parts[0] = Part(parts[0].gen, parts[0].matrix, 0, "body")
    patch = [(0.0, 0.05), (0.04, 0.0), (0.0, -0.045), (-0.04, 0.0)]
    pm = at(0.0, 1.17, 0.085) @ rot("x", -18)
    parts.append(slab(patch, 0.008, pm, 1))  # the leather patch
    parts.append(slab([(0.0, 0.04), (0.031, 0.0), (0.0, -0.036), (-0.031, 0.0)], 0.002,
                      pm @ at(0, 0, 0.005), "marking"))  # its stitching # fmt: skip
    parts.append(slab(patch, 0.009, pm @ at(0, 0, 0.0005) @ scl(0.8), 1))
    parts += _trousers("plaster")
    parts += _hanger(H, 0.19)
    return parts


# ---- 1374 raincoat ----------------------------------------------------------------------------


def _sou_wester(m: np.ndarray, slot) -> list[Part]:
    """A sou'wester under ``m``: a round crown of stitched panels on a brim that slopes down
    all round, short at the front and long over the back of the neck."""
    crown = [(0.0, 0.0), (0.1, 0.0), (0.102, 0.05), (0.095, 0.09), (0.06, 0.125), (0.0, 0.135)]
    parts = [lathe(crown, m, slot, shape=lobed(24, 6, 0.03))]
    brim = [(0.09, 0.02), (0.12, 0.01), (0.17, -0.03), (0.2, -0.06), (0.19, -0.063),
            (0.13, -0.012), (0.09, 0.008)]  # fmt: skip
    parts.append(lathe(brim, m @ at(0, 0, -0.035) @ scl(0.95, 1.0, 1.25), slot, closed=True))
    parts.append(torus(0.1, 0.006, m @ at(0, 0.012, 0), slot))
    return parts


def _raincoat(rng: Rng) -> list[Part]:
    """A fisherman's oilskin raincoat on a wooden hanger: a stiff, glossy slicker flaring to
    the knees with long wide sleeves strapped at the cuffs, a storm flap down the front closed
    by a row of big snap fasteners, two big patch pockets with flaps, a brown corduroy collar
    and a sou'wester hat of the same oilskin hung over the hanger's hook, resting on the
    collar."""
    T = 1.0
    shell = _Shell([(0.0, 0.0), (0.35, 0.0), (0.368, 0.03), (0.335, 0.3), (0.29, 0.65), (0.27, 0.85),
                    (0.265, 0.94), (0.25, 0.99), (0.2, 1.02), (0.12, 1.045), (0.085, 1.052),
                    (0.0, 1.056)], 0.42, 3.0)  # fmt: skip
    parts = [shell.part(0, "body")]
    parts += _sleeves(0.27, T - 0.04, 0.62, 0.082, 0, 0, 0.13)
    for s in (-1, 1):  # the straps across the cuffs
        cuff = at(s * 0.322, T - 0.63, 0.178) @ rot("z", s * 5)
        parts.append(box(0.12, 0.03, 0.014, cuff, 0))
        parts.append(cylinder(0.01, 0.01, 0.008, cuff @ at(-s * 0.035, 0.015, 0.006)
                              @ rot("x", 90), 1))  # fmt: skip
    parts.append(band(shell.front(0.03, 0.01, T + 0.02, 0.007), 0.085, 0.016, (1, 0, 0), 0))
    for k in range(6):  # the snaps
        y = T - 0.08 - k * 0.16
        parts.append(cylinder(0.017, 0.015, 0.012, shell.on(0.03, y, 0.014) @ rot("x", 90), 1))
    for s in (-1, 1):  # the patch pockets and their flaps
        x, y = s * 0.18, 0.32
        parts.append(box(0.19, 0.21, 0.012, shell.on(x, y - 0.12, 0.004), 0))
        parts.append(box(0.205, 0.07, 0.022, shell.on(x, y + 0.02, 0.012) @ rot("x", -10), 0))
        parts.append(cylinder(0.011, 0.011, 0.01, shell.on(x, y + 0.045, 0.03) @ rot("x", 90), 1))
    parts.append(shell.collar(0.088, 0.2, 0.06, 150, "cork"))
    hat = at(0.0, T + 0.16, -0.01) @ rot("z", float(rng.uniform(-8, 8))) @ rot("x", -6) @ scl(0.85)
    parts += _sou_wester(hat, 0)
    parts += _hanger(T + 0.05, 0.22)
    return parts


# ---- 1375 mackinaw ----------------------------------------------------------------------------


def _tiles(frames, t: float, slot) -> Part:
    """Many thin panels in one part: one on each frame (its centre, its across and up edges
    as vectors and its outward direction), t thick."""
    corners = np.array([(x, y, z) for z in (0.0, 1.0) for y in (-0.5, 0.5) for x in (-0.5, 0.5)])
    faces = np.array([(0, 2, 3), (0, 3, 1), (4, 5, 7), (4, 7, 6), (0, 1, 5), (0, 5, 4), (2, 6, 7),
                      (2, 7, 3), (0, 4, 6), (0, 6, 2), (1, 3, 7), (1, 7, 5)])  # fmt: skip
    c, u, v, n = (np.array(f) for f in zip(*frames, strict=True))
    verts = (c[:, None] + corners[None, :, :1] * u[:, None] + corners[None, :, 1:2] * v[:, None]
             + corners[None, :, 2:] * t * n[:, None])  # fmt: skip
    f = faces[None] + 8 * np.arange(len(c))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), f.reshape(-1, 3), slot)


def _body_checks(shell: _Shell, y0: float, r_top: float, size: float) -> list[list]:
    """The frames of a check pattern of squares about ``size`` across laid round a body from y0
    up its sides and over its shoulders until it is r_top wide, sorted by colour."""
    a = np.linspace(0.0, 2 * np.pi, 361)
    loop = shell.loop(a)
    seg = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(loop, axis=0), axis=1))]
    keep = (shell.ys >= y0) & ~((shell.rs < r_top) & (shell.ys > shell.ys[np.argmax(shell.rs)]))
    rs, ys = shell.rs[keep], shell.ys[keep]
    arc = np.r_[0.0, np.cumsum(np.hypot(np.diff(rs), np.diff(ys)))]
    rows = max(1, round(float(arc[-1]) / size))
    cols = 2 * round(float(seg[-1] * rs.max()) / size / 2)
    out: list[list] = [[], []]
    for j in range(rows):
        q = (j + 0.5) / rows * arc[-1]
        r, y = float(np.interp(q, arc, rs)), float(np.interp(q, arc, ys))
        e = arc[-1] / rows / 2
        dr = (np.interp(q + e, arc, rs) - np.interp(q - e, arc, rs)) / (2 * e)
        dy = (np.interp(q + e, arc, ys) - np.interp(q - e, arc, ys)) / (2 * e)
        for i in range(cols):
            t0, t1 = np.interp([(i + 0.5) / cols * seg[-1], (i + 0.52) / cols * seg[-1]], seg, a)
            lx, lz = shell.loop(np.array([t0, t1])).T
            c = v3(r * lx[0], y, r * lz[0])
            u = v3(lx[1] - lx[0], 0.0, lz[1] - lz[0])
            u *= r * seg[-1] / cols / np.linalg.norm(u)
            v = v3(dr * lx[0], dy, dr * lz[0])
            v *= arc[-1] / rows / np.linalg.norm(v)
            n = np.cross(u, v)
            out[(i + j) % 2].append((c, u, v, n / np.linalg.norm(n)))
    return out


def _sleeve_checks(a, b, r0: float, r1: float, size: float) -> list[list]:
    """The frames of a check pattern round a straight sleeve from a to b (radius r0 to r1)."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    d = b_ - a_
    L = float(np.linalg.norm(d))
    d /= L
    side = np.cross(d, v3(0, 0, 1))
    side /= np.linalg.norm(side)
    fwd = np.cross(side, d)
    out: list[list] = [[], []]
    rows, cols = round(L / size), 6
    for j in range(rows):
        f = (j + 0.5) / rows
        c = a_ + d * L * f
        r = r0 + (r1 - r0) * f
        for i in range(cols):
            ang = 2 * np.pi * (i + 0.5) / cols
            n = side * np.cos(ang) + fwd * np.sin(ang)
            u = np.cross(d, n) * (2 * np.pi * r / cols)
            out[(i + j) % 2].append((c + n * r, u, d * L / rows, n))
    return out


def _mackinaw(rng: Rng) -> list[Part]:
    """A mackinaw jacket on a wooden hanger: a short, boxy, heavy wool jacket to the hips in a
    bold buffalo check of big squares of two colours (raised panels alternating the first and
    second materials) over its body and long sleeves, two breast pockets with buttoned flaps,
    a big wide collar, a row of big buttons down the front and a plain band round the hem."""
    T = 0.72
    shell = _Shell([(0.0, 0.0), (0.29, 0.0), (0.3, 0.02), (0.3, 0.08), (0.295, 0.45), (0.29, 0.56),
                    (0.29, 0.67), (0.26, 0.72), (0.13, 0.775), (0.085, 0.79), (0.0, 0.795)],
                   0.42, 3.5)  # fmt: skip
    parts = [shell.part(0, "body")]
    size = 0.085
    checks = _body_checks(shell, 0.07, 0.2, size)
    for s in (-1, 1):
        a, b = np.array((s * 0.29, 0.66, 0.0)), np.array((s * 0.37, 0.08, 0.07))
        d = (b - a) / np.linalg.norm(b - a)
        parts.append(cylinder(0.085, 0.072, float(np.linalg.norm(b - a)), at(*a) @ align(d), 0))
        sc = _sleeve_checks(a, b, 0.086, 0.073, size)
        checks[0] += sc[0]
        checks[1] += sc[1]
        parts.append(cylinder(0.07, 0.07, 0.06, at(*(b - d * 0.02)) @ align(d), 0))  # the cuff
    first = int(rng.integers(0, 2))  # which colour the check pattern starts with
    parts.append(_tiles(checks[first], 0.004, 0))
    parts.append(_tiles(checks[1 - first], 0.012, 1))
    band_ = _Shell([(0.0, 0.0), (0.3, 0.0), (0.308, 0.01), (0.308, 0.06), (0.3, 0.07), (0.0, 0.07)],
                   0.42, 3.5)  # fmt: skip
    parts.append(band_.part(0, ""))  # the hem band
    parts.append(band(shell.front(0.012, 0.0, T, 0.012), 0.02, 0.01, (1, 0, 0), "marking"))
    for k in range(4):
        y = 0.15 + k * 0.14
        parts.append(cylinder(0.02, 0.02, 0.012, shell.on(0.045, y, 0.014) @ rot("x", 90), "cork"))
    for s in (-1, 1):  # the breast pockets
        x, y = s * 0.15, 0.5
        parts.append(box(0.12, 0.13, 0.01, shell.on(x, y - 0.13, 0.012), 0))
        parts.append(box(0.13, 0.05, 0.016, shell.on(x, y - 0.01, 0.016) @ rot("x", -6), 0))
        parts.append(cylinder(0.011, 0.011, 0.01, shell.on(x, y, 0.03) @ rot("x", 90), "cork"))
    parts.append(shell.collar(0.1, 0.225, 0.05, 150, 0))
    parts += _hanger(T + 0.05, 0.23)
    return parts


# ---- 1376 tuxedo ------------------------------------------------------------------------------


def _tuxedo(rng: Rng) -> list[Part]:
    """A tuxedo's dinner jacket on a wooden hanger: a black jacket to the hips with long
    sleeves, glossy satin peaked lapels folded back from a deep V showing a white pleated shirt
    front with black studs and a black bow tie at its wing collar, a single satin button where
    the fronts meet, satin-piped pockets and a white pocket square in the breast pocket."""
    T = 0.76
    shell = _Shell([(0.0, 0.0), (0.26, 0.0), (0.27, 0.02), (0.27, 0.1), (0.25, 0.36), (0.262, 0.52),
                    (0.262, 0.7), (0.235, 0.76), (0.12, 0.81), (0.08, 0.822), (0.0, 0.826)],
                   0.4, 3.0)  # fmt: skip
    parts = [shell.part(0, "body")]
    parts += _sleeves(0.25, T - 0.05, 0.6, 0.066, 0)
    yV = 0.36  # the bottom of the V: the button
    D = shell.z(0.0, 0.6)
    vee = [(-0.075, T + 0.065), (0.075, T + 0.065), (0.0, yV)]
    parts.append(slab(sharp(vee), 0.004, at(0, 0, D + 0.004), "snow"))  # the shirt front
    for k in range(-2, 3):  # its pleats
        x = k * 0.013
        top = T + 0.04 - abs(k) * 0.02
        parts.append(box(0.005, top - yV - 0.09 + abs(k) * 0.03, 0.004,
                         at(x, yV + 0.08 - abs(k) * 0.02, D + 0.007), "snow"))  # fmt: skip
    for k in range(3):  # its studs
        parts.append(bead(0.006, at(0.0, T - 0.08 - k * 0.07, D + 0.01), "marking", 6))
    for s in (-1, 1):  # the peaked lapels
        lap = [(0.012, yV), (0.15, T - 0.16), (0.15, T - 0.1), (0.205, T - 0.045),
               (0.15, T - 0.035), (0.14, T + 0.03), (0.07, T + 0.07)]  # fmt: skip
        lap = [(s * x, y) for x, y in lap]
        fold = at(s * 0.03, 0, D + 0.012) @ rot("y", -s * 20) @ at(-s * 0.03, 0, 0)
        parts.append(slab(sharp(lap), 0.014, fold, 1))
        wing = [(s * 0.012, T + 0.06), (s * 0.045, T + 0.045), (s * 0.02, T + 0.02)]
        parts.append(slab(sharp(wing), 0.006, at(0, 0, D + 0.012), "snow"))  # wing collar
    parts.append(shell.collar(0.085, 0.14, 0.03, 140, 0))
    bow = at(0.0, T + 0.03, D + 0.018)
    for s in (-1, 1):  # the bow tie
        wing = [(0.0, 0.01), (s * 0.055, 0.025), (s * 0.06, -0.025), (0.0, -0.01)]
        parts.append(slab(wing, 0.012, bow, "marking"))
    parts.append(box(0.018, 0.026, 0.018, bow @ at(0, -0.013, 0.002), "marking"))
    edge = [(0.012, yV, D + 0.008), (0.02, 0.2, shell.z(0.02, 0.2) + 0.006),
            (0.08, 0.02, shell.z(0.08, 0.02) + 0.004)]  # fmt: skip
    parts.append(band(edge, 0.008, 0.006, (1, 0, 0), 0))  # the front's edge
    parts.append(cylinder(0.018, 0.018, 0.01, shell.on(0.012, yV - 0.01, 0.014) @ rot("x", 90),
                          1))  # the button # fmt: skip
    for s in (-1, 1):  # piped pockets
        parts.append(box(0.14, 0.014, 0.008, shell.on(s * 0.16, 0.22, 0.002), 1))
    parts.append(box(0.1, 0.012, 0.008, shell.on(0.16, 0.56, 0.002) @ rot("z", 6), 0))
    sq = [(-0.045, 0.0), (0.045, 0.0), (0.02, 0.035), (0.0, 0.018), (-0.02, 0.04)]
    tilt = rot("z", 6 + float(rng.uniform(-5, 5)))
    parts.append(slab(sharp(sq), 0.006, shell.on(0.16, 0.565, 0.004) @ tilt, "snow"))
    parts += _hanger(T + 0.05, 0.22)
    return parts


MORE_APPLIANCES_ZZZZU = {
    1369: _corset, 1370: _bridal_veil, 1371: _cassock, 1372: _nightgown, 1373: _suspenders,
    1374: _raincoat, 1375: _mackinaw, 1376: _tuxedo,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
