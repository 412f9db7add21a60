"""More of the device family's appliances, from 516: a toothpaste tube, a towel rail, a
plunger, a toilet roll, a soap dispenser, a car jack, a spirit level, a soldering iron, a hose
reel, a bunsen burner, a bandage roll and a music stand.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import FixedMesh, Part, Sweep, align, at, frames, rot, scl, segs, v3
from ._kit import (
    ALONG_X,
    ALONG_Z,
    band,
    by_detail,
    disc,
    flat_solid,
    rect_ring,
    rrect,
    rrect_outline,
    side_wheel,
    skin_strip,
    square_bar,
    studs,
    swept,
    unit,
)
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import gear

__all__ = ["MORE_APPLIANCES_W"]

Rng = np.random.Generator


def _ring(n: int) -> np.ndarray:
    t = np.arange(n) * (2 * np.pi / n)
    return np.stack([np.cos(t), np.sin(t)], 1)


def _dense(points, n: int) -> np.ndarray:
    """n points on the smooth curve through ``points`` (as ``tube`` draws it)."""
    return catmull_rom(np.asarray(points, float), n)


def _rect(x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    """A rectangle's corners, counter-clockwise."""
    return np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])


def _prints(polys, depth: float, m: np.ndarray, slot, coarse: int = 0) -> Part:
    """Many small flat marks in one part (printed lines, notes, a scale's ticks): each convex
    outline (counter-clockwise in the xy plane under ``m``) a prism from z = 0 to ``depth``.
    Below half detail only the first ``coarse`` outlines are kept (all of them if 0)."""
    memo: dict[bool, FixedMesh] = {}

    def mesh(few: bool) -> FixedMesh:
        verts, faces, base = [], [], 0
        groups: dict[int, list] = {}
        for poly in polys[:coarse] if few else polys:
            groups.setdefault(len(poly), []).append(poly)
        for k, same in groups.items():
            q = np.asarray(same, float)  # (P, k, 2)
            n = len(q)
            top = np.concatenate([q, np.full((n, k, 1), depth)], 2)
            bot = np.concatenate([q, np.zeros((n, k, 1))], 2)
            nxt = np.roll(np.arange(k), -1)
            sides = np.stack([bot, bot[:, nxt], top[:, nxt], top], 2).reshape(n, 4 * k, 3)
            verts.append(np.concatenate([top, bot, sides], 1).reshape(-1, 3))
            fan = np.array([(0, i, i + 1) for i in range(1, k - 1)])
            sq = np.arange(k)[:, None] * 4 + 2 * k
            one = np.concatenate(
                [fan, fan[:, ::-1] + k, sq + np.array([0, 1, 2]), sq + np.array([0, 2, 3])]
            )
            faces.append((one[None] + (base + 6 * k * np.arange(n))[:, None, None]).reshape(-1, 3))
            base += 6 * k * n
        return FixedMesh(np.concatenate(verts), np.concatenate(faces).astype(np.int64))

    def gen(k: float) -> FixedMesh:
        few = bool(coarse) and k < 0.5
        if few not in memo:
            memo[few] = mesh(few)
        return memo[few]

    return Part(gen, m, slot)  # type: ignore[arg-type]


def _hollow(r0: float, r1: float, h: float, m: np.ndarray | None, slot, tag: str = "") -> Part:
    """A thick-walled hollow cylinder (a roll, a tube's core) round +y from y = 0 to h, r0 to
    r1 round: four exact rings, so its edges stay sharp and it stands on y = 0."""
    ring = np.array([(r0, 0.0), (r1, 0.0), (r1, h), (r0, h)])

    def gen(k: float) -> Sweep:
        n = len(ring)
        c = np.zeros((n, 3))
        c[:, 1] = ring[:, 1]
        u = np.tile([1.0, 0.0, 0.0], (n, 1))
        v = np.tile([0.0, 0.0, -1.0], (n, 1))
        return Sweep(c, u, v, ring[:, 0], _ring(segs(k, 28, 8)), closed=True)

    return Part(gen, np.eye(4) if m is None else m, slot, tag)


# ---- 516 toothpaste tube -------------------------------------------------------------------


def _paste_w(t: np.ndarray) -> np.ndarray:
    """The tube's half width (across z) from the crimp (t = 0) to the shoulder (t = 1): wide
    and flat at the crimp, bulging a little where it was squeezed."""
    dent = np.exp(-(((t - 0.42) / 0.1) ** 2))
    return (0.13 + 0.085 * (1 - t) ** 2) * (1 + 0.07 * dent)


def _paste_h(t: np.ndarray) -> np.ndarray:
    """The tube's half height: flat at the crimp, round at the shoulder, dented where it was
    squeezed."""
    dent = np.exp(-(((t - 0.42) / 0.1) ** 2))
    return (0.01 + 0.12 * (1 - (1 - t) ** 3)) * (1 - 0.14 * dent)


def _squeeze_tube(x0: float, x1: float, t0: float, t1: float, grow: float, slot, tag=""):
    """The part of a squeezable tube lying along +x (x0 at the crimp, x1 at the shoulder) from
    t0 to t1: rings of ellipse ``_paste_w`` across by ``_paste_h`` high, resting on y = 0,
    scaled out by ``grow`` (a printed band over the tube)."""

    def gen(k: float) -> Sweep:
        n = segs(k, 22, 6)
        t = np.linspace(t0, t1, n)
        w, h = _paste_w(t), _paste_h(t)
        c = np.stack([x0 + (x1 - x0) * t, h, np.zeros(n)], 1)
        u = np.zeros((n, 3))
        v = np.zeros((n, 3))
        u[:, 2], v[:, 1] = w * grow, h * grow
        c = np.concatenate([c[:1], c, c[-1:]])
        u = np.concatenate([u[:1], u, u[-1:]])
        v = np.concatenate([v[:1], v, v[-1:]])
        r = np.concatenate([[0.0], np.ones(n), [0.0]])
        return Sweep(c, u, v, r, _ring(segs(k, 20, 6)))

    return swept(gen, slot, tag)


def _striped_worm(points, r: float, stripes, body="snow") -> list[Part]:
    """A squeezed-out worm of paste along a curve: a round body with stripes (one per slot in
    ``stripes``) running along it."""
    path = _dense(points, 14)
    u, v = frames(path)
    parts = [tube(path, np.linspace(r, r * 0.8, len(path)), slot=body)]
    for i, slot in enumerate(stripes):
        a = 2 * np.pi * i / len(stripes) + 0.5
        off = (np.cos(a) * u + np.sin(a) * v) * r * 0.72
        parts.append(tube(path + off * np.linspace(1.0, 0.8, len(path))[:, None], r * 0.42,
                          slot=slot))  # fmt: skip
    return parts


def _toothpaste(rng: Rng) -> list[Part]:
    """A toothpaste tube lying on its side: the body flattening toward its crimped, serrated
    end, a printed band round it, a round flip-top cap at the other end with its lid open and a
    striped worm of paste squeezed out onto the floor."""
    x0, x1 = -0.55, 0.38
    parts = [_squeeze_tube(x0, x1, 0.0, 1.0, 1.0, 0, "body")]
    parts.append(_squeeze_tube(x0, x1, 0.34, 0.78, 1.02, 1))  # the printed band
    parts.append(_squeeze_tube(x0, x1, 0.52, 0.58, 1.035, "snow"))  # a white line across it
    parts.append(box(0.11, 0.02, 0.45, at(x0 - 0.045, 0.0, 0.0), 0))  # the crimp
    for k in range(7):  # its serrations
        parts.append(box(0.006, 0.008, 0.44, at(x0 - 0.092 + 0.013 * k, 0.02, 0.0), 0))
    cy = _paste_h(np.array([1.0]))[0]
    shoulder = [(0.13, 0.0), (0.125, 0.025), (0.1, 0.05), (0.07, 0.07), (0.0, 0.075)]
    parts.append(lathe(shoulder, at(x1, cy, 0) @ ALONG_X, 0))
    cap = at(x1 + 0.04, cy, 0) @ ALONG_X
    prof = [(0.0, 0.0), (0.12, 0.0), (0.128, 0.01), (0.128, 0.11), (0.12, 0.12), (0.0, 0.12)]
    parts.append(by_detail(lathe(prof, cap, 1, shape=gear(20, 0.05)(80)), lathe(prof, cap, 1)))
    hole = at(x1 + 0.16, cy, 0)
    parts.append(cylinder(0.04, 0.04, 0.012, hole @ ALONG_X, 1))  # the spout's boss
    hinge = v3(x1 + 0.165, cy + 0.12, 0.0)
    lid = at(*hinge) @ rot("z", float(rng.uniform(-158, -145)))  # flipped open and back
    parts.append(cylinder(0.11, 0.11, 0.022, lid @ at(0.0, -0.12, 0.0) @ rot("z", 90), 1))
    parts.append(cylinder(0.035, 0.035, 0.02, lid @ at(-0.015, -0.12, 0.0) @ rot("z", 90), 1))
    tip = x1 + 0.17
    paste = [(tip, cy, 0.0), (tip + 0.09, cy + 0.005, 0.01), (tip + 0.17, cy - 0.04, 0.05),
             (tip + 0.2, 0.05, 0.13), (tip + 0.15, 0.035, 0.22), (tip + 0.05, 0.03, 0.25)]  # fmt: skip
    parts += _striped_worm(paste, 0.04, (1, 1, "rainbow-blue"))
    return parts


# ---- 517 towel rail --------------------------------------------------------------------------


def _towel(x: float, width: float, y: float, r: float, front: float, back: float, slot=1):
    """A folded towel width wide hanging over a bar of radius r at height y: folded over the
    bar, its front half down to ``front``, its back half down to ``back``, flaring a little
    toward its hems; two stripes woven across near each hem."""
    t = 0.028
    c = r + t / 2 + 0.002

    def side(s: float, low: float) -> list[tuple[float, float, float]]:
        return [
            (x, low, s * (c + 0.025)),
            (x, (low + y) / 2, s * (c + 0.008)),
            (x, y - 0.05, s * c),
        ]

    path = [*side(1, front), (x, y, c * 0.98), (x, y + c * 0.7, c * 0.7), (x, y + c, 0.0),
            (x, y + c * 0.7, -c * 0.7), (x, y, -c * 0.98), *side(-1, back)[::-1]]  # fmt: skip
    parts = [band(path, width, t, (1.0, 0.0, 0.0), slot, "body")]
    curve = _dense(path, 240)
    for s, low in ((1, front), (-1, back)):  # the stripes near each hem, on the curve itself
        half = curve[curve[:, 2] * s > 0]
        for dy in (0.05, 0.09):
            run = half[(half[:, 1] > low + dy) & (half[:, 1] < low + dy + 0.024)]
            if len(run) >= 2:
                parts.append(band(run[:: max(1, len(run) // 3)], width + 0.004, t + 0.006,
                                   (1.0, 0.0, 0.0), "snow"))  # fmt: skip
    return parts


def _towel_rail(rng: Rng) -> list[Part]:
    """A floor-standing towel rail: two uprights on splayed feet with ball finials, three round
    bars across them and a striped towel folded over the top bar, a hand towel on the lowest."""
    X, top = 0.48, 1.0
    parts = []
    for s in (-1, 1):
        x = s * X
        parts.append(stick((x, 0.03, 0.0), (x, top, 0.0), 0.022, 0, "body" if s < 0 else ""))
        parts.append(sphere(0.04, at(x, top + 0.015, 0), 0))
        parts.append(tube([(x, 0.02, -0.22), (x, 0.04, 0.0), (x, 0.02, 0.22)], 0.022, slot=0))
        for z in (-0.22, 0.22):
            parts.append(sphere(1.0, at(x, 0.015, z) @ scl(0.03, 0.015, 0.03), "marking"))
    bars = (0.94, 0.64, 0.34)
    for y in bars:
        parts.append(stick((-X, y, 0.0), (X, y, 0.0), 0.017, 0))
        for s in (-1, 1):  # the bars' collars on the uprights
            parts.append(cylinder(0.03, 0.03, 0.04, at(s * (X - 0.02), y, 0) @ ALONG_X, 0))
    shift = float(rng.uniform(-0.05, 0.05))
    parts += _towel(shift, 0.66, bars[0], 0.017, 0.38, 0.46)
    parts += _towel(0.18 - shift, 0.32, bars[2], 0.017, 0.1, 0.14)
    return parts


# ---- 518 plunger -----------------------------------------------------------------------------


def _plunger(rng: Rng) -> list[Part]:
    """A sink plunger standing on its cup: a dome of rubber open underneath, its rim flaring
    out round the bottom, and a long straight wooden handle rising from its neck with a
    rounded end and a hanging hole."""
    cup = [(0.0, 0.215), (0.15, 0.185), (0.215, 0.11), (0.24, 0.02), (0.248, 0.0), (0.285, 0.0),
           (0.29, 0.02), (0.275, 0.08), (0.25, 0.15), (0.19, 0.235), (0.11, 0.29),
           (0.06, 0.315), (0.05, 0.38), (0.0, 0.385)]  # fmt: skip
    parts = [lathe(cup, None, 0, "body")]
    parts.append(torus(0.272, 0.018, at(0, 0.018, 0), 0))  # the flared rim
    parts.append(torus(0.2, 0.012, at(0, 0.205, 0), 0))  # a moulded ring round the dome
    H = float(rng.uniform(1.25, 1.35))
    parts.append(cylinder(0.034, 0.034, H - 0.3, at(0, 0.3, 0), 1))
    parts.append(sphere(1.0, at(0, H, 0) @ scl(0.034, 0.03, 0.034), 1))
    parts.append(cylinder(0.042, 0.04, 0.05, at(0, 0.34, 0), 0))  # the neck's grip collar
    parts.append(cylinder(0.013, 0.013, 0.08, at(0, H - 0.08, -0.04) @ ALONG_Z, "pupil"))
    return parts


# ---- 519 toilet roll -------------------------------------------------------------------------


def _tail_frames(points, normals, n: int):
    """A strip's dense path through ``points``, the unit normals there (interpolated and kept
    square to the path) and the direction across it."""
    s = np.linspace(0.0, 1.0, len(points))
    t = np.linspace(0.0, 1.0, n)
    path = _dense(points, n)
    nrm = np.stack([np.interp(t, s, np.asarray(normals, float)[:, i]) for i in range(3)], 1)
    d = np.gradient(path, axis=0)
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    nrm -= d * (nrm * d).sum(1, keepdims=True)
    nrm /= np.linalg.norm(nrm, axis=1, keepdims=True)
    return path, nrm, np.cross(d, nrm)


def _toilet_roll(rng: Rng) -> list[Part]:
    """A roll of toilet paper standing on end: the thick roll round its brown cardboard core,
    the hole dark down its middle, the wound layers ringed on its top, and the loose tail
    peeling off its side and flopping over onto the floor, a dotted perforation across it every
    sheet."""
    R, r0, H = 0.33, 0.13, 0.56
    parts = [_hollow(r0, R, H, None, 0, "body")]
    parts.append(_hollow(r0 - 0.014, r0 + 0.002, H + 0.006, None, 1))  # the cardboard core
    parts.append(cylinder(r0 - 0.014, r0 - 0.014, 0.01, at(0, H - 0.03, 0), "marking"))  # its dark
    for rr in (0.16, 0.2, 0.245, 0.29):  # the wound layers on its top
        parts.append(torus(rr, 0.003, at(0, H, 0), 2))
    w = H - 0.03
    a0 = float(rng.uniform(-10, 10))
    lift = R + 0.007
    pts, nrm = [], []
    for a in (-50, -30, -12, 0):  # lying on the roll's side, then peeling off it
        c, s = np.cos(np.radians(a)), np.sin(np.radians(a))
        pts.append((lift * c, H / 2, lift * s))
        nrm.append((c, 0.0, s))
    pts += [(lift + 0.02, H / 2 - 0.01, 0.16), (lift + 0.1, 0.27, 0.36), (lift + 0.2, 0.12, 0.52),
            (lift + 0.26, 0.012, 0.7), (lift + 0.28, 0.008, 0.9)]  # fmt: skip
    nrm += [(1.0, 0.0, 0.0), (0.75, 0.65, 0.0), (0.25, 1.0, 0.0), (0.0, 1.0, 0.0), (0.0, 1.0, 0.0)]
    turn = at(0, 0, 0) @ rot("y", a0)
    pts = [tuple((turn @ np.array([*p, 1.0]))[:3]) for p in pts]
    nrm = [tuple(turn[:3, :3] @ np.array(q)) for q in nrm]
    path, nn, across = _tail_frames(pts, nrm, 40)
    parts.append(skin_strip(path, nn, w, 0.012, 0))
    dots, normals = [], []
    arc = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(path, axis=0), axis=1))])
    start = arc[round((len(path) - 1) * 3 / (len(pts) - 1))]  # where it leaves the roll
    for cut in np.arange(start + 0.2, arc[-1] - 0.05, 0.24):
        i = int(np.searchsorted(arc, cut))
        for f in np.linspace(-0.45, 0.45, 13):
            dots.append(path[i] + nn[i] * 0.006 + across[i] * f * w)
            normals.append(nn[i])
    parts.append(studs(dots, normals, 0.008, 0.006, "marking", sides=4))
    return parts


# ---- 520 soap dispenser ----------------------------------------------------------------------


def _soap_dispenser(rng: Rng) -> list[Part]:
    """A pump bottle of liquid soap: a rounded bottle with a label round it and the soap inside,
    a ribbed screw collar, the pump's stem and a round push-head with a long spout nozzle
    reaching out and down, a drop of soap at its tip."""
    body = [(0.0, 0.0), (0.2, 0.0), (0.235, 0.02), (0.25, 0.08), (0.25, 0.34), (0.235, 0.42),
            (0.18, 0.5), (0.1, 0.55), (0.085, 0.575), (0.0, 0.58)]  # fmt: skip
    parts = [lathe(body, None, 0, "body")]
    soap = [(0.0, 0.012), (0.19, 0.012), (0.225, 0.03), (0.235, 0.08), (0.235, 0.3),
            (0.0, 0.3)]  # fmt: skip
    parts.append(lathe(soap, None, "fruit-green"))
    arc = [(0.257 * np.sin(a), 0.21, 0.257 * np.cos(a)) for a in np.radians(np.linspace(-8, 68, 7))]
    label = np.array([[-0.004, -0.09], [0.004, -0.09], [0.004, 0.09], [-0.004, 0.09]])
    parts.append(tube(arc, 1.0, slot="pages", shape=label))  # the label, round the front
    drop = [(0.0, 0.06), (0.035, 0.0), (0.0, -0.045), (-0.035, 0.0)]
    parts.append(slab(drop, 0.01, rot("y", 30) @ at(0, 0.21, 0.262), 1))
    parts.append(cylinder(0.01, 0.01, 0.6, at(0, 0.02, 0), 1))  # the dip tube
    ribs = gear(16, 0.08)(64)
    parts.append(lathe([(0.0, 0.56), (0.095, 0.56), (0.095, 0.66), (0.0, 0.66)], None, 1,
                       shape=ribs))  # fmt: skip
    parts.append(cylinder(0.028, 0.028, 0.1, at(0, 0.66, 0), 1))  # the stem
    head = [(0.0, 0.0), (0.075, 0.0), (0.08, 0.02), (0.078, 0.06), (0.06, 0.075), (0.0, 0.078)]
    parts.append(lathe(head, at(0, 0.74, 0), 1))
    turn = rot("y", float(rng.uniform(-35, -20)))  # the spout, toward the viewer's right
    spout = [(0.04, 0.78, 0.0), (0.16, 0.79, 0.0), (0.26, 0.775, 0.0), (0.3, 0.74, 0.0)]
    parts.append(tube(spout, [0.026, 0.022, 0.019, 0.017], turn, 1))
    parts.append(cylinder(0.011, 0.011, 0.01, turn @ at(0.303, 0.722, 0), "pupil"))
    parts.append(sphere(1.0, turn @ at(0.303, 0.7, 0) @ scl(0.014, 0.02, 0.014), "fruit-green"))
    return parts


# ---- 521 car jack ----------------------------------------------------------------------------


def _car_jack(rng: Rng) -> list[Part]:
    """A scissor jack: a flat base plate, four channel struts in a diamond hinged on it, on
    each other at the sides and under the top, gear teeth meshing at their ends, a long
    threaded screw through the side hinges with its crank eye, and a grooved saddle on top."""
    ya, yb = 0.1, float(rng.uniform(0.62, 0.7))
    ym, a = (ya + yb) / 2, 0.42
    parts = [box(0.86, 0.025, 0.3, None, 0, "body")]
    for s in (-1, 1):  # the base's side flanges
        parts.append(box(0.76, 0.06, 0.02, at(0, 0.02, s * 0.14), 0))
    parts.append(box(0.26, ya - 0.02, 0.24, at(0, 0.02, 0), 0))  # the lower hinge block
    parts.append(box(0.26, 0.05, 0.24, at(0, yb, 0), 0))  # the upper hinge block
    for s in (-1, 1):  # the struts: channels of two plates each
        for y0 in (ya, yb):
            p0, p1 = v3(s * 0.07, y0 + 0.02, 0.0), v3(s * a, ym, 0.0)
            d = p1 - p0
            for z in (-0.085, 0.085):
                parts.append(square_bar(p0 + v3(0, 0, z), p1 + v3(0, 0, z), 0.075, 0.02, 0))
            web = at(*p0) @ align(d)
            parts.append(box(0.02, float(np.linalg.norm(d)), 0.17, web @ at(0.03 * s, 0, 0), 0))
            teeth = at(s * 0.07, y0 + 0.02, 0.0)
            parts.append(slab(gear(9, 0.3), 0.19, teeth @ scl(0.055, 0.055, 1.0), 0))
        parts.append(cylinder(0.045, 0.045, 0.24, at(s * a, ym, -0.12) @ ALONG_Z, 0))  # trunnion
        for y in (ya + 0.02, yb + 0.02):  # hinge pins
            parts.append(cylinder(0.018, 0.018, 0.22, at(s * 0.07, y, -0.11) @ ALONG_Z, 1))
    screw = at(-a - 0.12, ym, 0) @ ALONG_X
    parts.append(cylinder(0.024, 0.024, 2 * a + 0.38, screw, 1))
    thread = [(0.0, 0.1), (0.024, 0.1)]
    for k in range(int((2 * a + 0.06) / 0.044)):  # its thread's ridges
        thread += [(0.04, 0.122 + 0.044 * k), (0.026, 0.144 + 0.044 * k)]
    plain = [(0.0, 0.1), (0.034, 0.1), (0.034, thread[-1][1]), (0.0, thread[-1][1])]
    parts.append(by_detail(lathe([*thread, (0.0, thread[-1][1])], screw, 1, sides=10),
                            lathe(plain, screw, 1, sides=10)))  # fmt: skip
    parts.append(lathe([(0.0, 0.0), (0.05, 0.0), (0.05, 0.05), (0.0, 0.05)],
                       screw @ at(0, 0.01, 0), 1, sides=6))  # its nut # fmt: skip
    parts.append(torus(0.05, 0.016, at(a + 0.31, ym, 0) @ rot("x", 90), 1))  # the crank eye
    parts.append(box(0.3, 0.035, 0.2, at(0, yb + 0.05, 0), 0))  # the saddle
    for s in (-1, 1):
        parts.append(box(0.3, 0.05, 0.03, at(0, yb + 0.085, s * 0.085), 0))
    parts.append(box(0.3, 0.012, 0.14, at(0, yb + 0.085, 0), "marking"))  # its rubber
    return parts


# ---- 522 spirit level ------------------------------------------------------------------------


def _vial(c, along: str, length: float, r: float, bubble_at: float) -> list[Part]:
    """A glowing liquid vial at c along x or y, two dark marks round it either side of its
    middle and the bubble (at ``bubble_at`` along it) bulging out of its front."""
    c = np.asarray(c, float)
    m = at(*c) @ (ALONG_X if along == "x" else np.eye(4))
    parts = [cylinder(r, r, length, m @ at(0, -length / 2, 0), "glow")]
    for s in (-1, 1):
        parts.append(cylinder(r * 1.02, r * 0.9, length * 0.06, m @ at(0, s * length / 2, 0)
                              @ rot("x", 90 - 90 * s), "marking"))  # fmt: skip
        parts.append(torus(r + 0.002, 0.004, m @ at(0, s * length * 0.22, 0), "marking"))
    turn = ALONG_X if along == "x" else np.eye(4)
    lift = v3(0, r * 0.5, r * 0.35) if along == "x" else v3(0, 0, r * 0.45)
    b = c + turn[:3, 1] * bubble_at + lift
    parts.append(sphere(1.0, at(*b) @ turn @ scl(r * 0.75, r * 1.1, r * 0.75), "snow"))
    return parts


def _spirit_level(rng: Rng) -> list[Part]:
    """A spirit level lying on its edge: a long aluminium I-bar with a window through its
    middle holding a glowing vial with its bubble between two marks, a round window near one
    end holding a second, upright vial, a hanging hole at the other end, a scale along its top
    and rubber caps on its ends."""
    L, H, D, f = 1.5, 0.22, 0.075, 0.026
    yc = H / 2

    def web(n: int) -> list[np.ndarray]:
        outer = np.array([(-L / 2, 0.0), (L / 2, 0.0), (L / 2, H), (-L / 2, H)])
        win = rrect(0.34, H - 2 * f - 0.03, 0.025, 4)[::-1] + np.array([0.0, yc])
        return [outer, win, disc((0.52, yc), 0.06, n, True), disc((-0.62, yc), 0.025, n, True)]

    parts = [flat_solid(web, 0.03, at(0, 0, -0.015), 0, "body")]
    for y in (0.0, H - f):  # its flanges
        parts.append(box(L, f, D, at(0, y, 0), 0))
    for s in (-1, 1):  # the rubber end caps
        parts.append(box(0.05, H + 0.012, D + 0.012, at(s * (L / 2 + 0.02), 0, 0), 1))
        frame = at(0, yc, s * 0.015 - 0.004) @ rot("x", 90)
        parts.append(rect_ring(0.37, H - 2 * f - 0.012, 0.016, 0.008, frame, 1))
        parts.append(torus(0.062, 0.01, at(0.52, yc, s * 0.016) @ rot("x", 90), 1))
    parts += _vial((0.0, yc, 0.0), "x", 0.3, 0.036, float(rng.uniform(-0.015, 0.015)))
    parts += _vial((0.52, yc, 0.0), "y", 0.1, 0.03, 0.02)
    ticks = [
        _rect(x - 0.003, H - (0.02 if k % 2 else 0.011), x + 0.003, H - 0.003)
        for k, x in enumerate(np.linspace(-0.7, 0.7, 29))
    ]  # the scale along its top
    parts.append(_prints(ticks, 0.003, at(0, 0, D / 2), "marking"))
    return parts


# ---- 523 soldering iron ----------------------------------------------------------------------


def _soldering_iron(rng: Rng) -> list[Part]:
    """A soldering iron resting in its stand: a heavy base with a tray holding a wet yellow
    sponge, a coiled spring holder on a post, and the pen-shaped iron pushed tip first through
    the coil: a pointed tip poking out of its narrow end, a thin steel shaft, a finger guard and
    a thick grip with rubber rings, its cable trailing off the back end over the floor."""
    parts = [slab(rrect_outline(0.76, 0.46, 0.08), 0.05, at(0, 0.025, 0) @ rot("x", -90), 1,
                  "body")]  # fmt: skip
    parts.append(rect_ring(0.3, 0.2, 0.018, 0.035, at(-0.17, 0.05, 0.1), 1))  # the tray
    parts.append(box(0.27, 0.04, 0.17, at(-0.17, 0.05, 0.1), "fruit-yellow"))  # its sponge
    parts.append(box(0.12, 0.006, 0.012, at(-0.17, 0.088, 0.1), "marking"))  # the sponge's slit
    d = unit((1.0, 0.42, 0.2))
    tip = v3(-0.33, 0.17, -0.1)
    side = unit(np.cross(d, (0.0, 1.0, 0.0)))
    lift = np.cross(side, d)
    A, coil_len, turns = tip + d * 0.12, 0.3, 5.5
    t = np.linspace(0.0, 1.0, int(turns * 8))
    ang = t * turns * 2 * np.pi
    rad = 0.032 + 0.055 * t
    helix = (
        A
        + d * (t * coil_len)[:, None]
        + rad[:, None] * (np.cos(ang)[:, None] * side + np.sin(ang)[:, None] * lift)
    )
    parts.append(tube(helix, 0.008, slot="steel", shape=_ring(6)))
    mid = A + d * coil_len * 0.3
    parts.append(torus(0.055, 0.01, at(*mid) @ align(d), 1))  # the coil's clamp
    foot = v3(mid[0], 0.05, mid[2])
    parts.append(stick(foot, mid - v3(0, 0.05, 0), 0.016, 1))  # its post
    parts.append(cylinder(0.05, 0.04, 0.03, at(*foot), 1))
    m = at(*(tip - lift * 0.012)) @ align(d)
    parts.append(cylinder(0.0, 0.016, 0.09, m @ rot("x", 180) @ at(0, -0.09, 0), "copper"))
    parts.append(cylinder(0.016, 0.016, 0.45, m @ at(0, 0.09, 0), "steel"))
    g = 0.52
    grip = [(0.0, g), (0.03, g), (0.064, g + 0.015), (0.064, g + 0.03), (0.04, g + 0.04),
            (0.042, g + 0.12), (0.05, g + 0.26), (0.046, g + 0.36), (0.032, g + 0.42),
            (0.0, g + 0.425)]  # fmt: skip
    parts.append(lathe(grip, m, 0, "body"))
    for k in range(4):  # the grip's rubber rings
        parts.append(torus(0.043 + 0.002 * k, 0.008, m @ at(0, g + 0.07 + 0.045 * k, 0), "marking"))
    parts.append(cylinder(0.028, 0.018, 0.1, m @ at(0, g + 0.4, 0), "marking"))  # strain relief
    end = tip + d * (g + 0.5)
    sway = float(rng.uniform(-0.05, 0.05))
    cable = [end, end + d * 0.05, end + d * 0.06 + v3(0.02, -0.12, -0.12),
             v3(end[0] + 0.02, 0.1, end[2] - 0.36), v3(end[0] - 0.12, 0.016, end[2] - 0.52),
             v3(-0.1, 0.016, -0.56 + sway), v3(-0.4, 0.016, -0.5)]  # fmt: skip
    parts.append(tube(cable, 0.014, slot="marking"))
    return parts


# ---- 524 hose reel ---------------------------------------------------------------------------


def _hose_reel(rng: Rng) -> list[Part]:
    """A garden hose reel on a cart: a drum between two round side plates wound with rows of
    hose, on a frame of tubes with small wheels behind and a handle rising at the back, a crank
    on one side plate and the hose's free end hanging off the drum and across the floor to its
    nozzle."""
    yc, Rp, X, fx = 0.52, 0.36, 0.3, 0.38
    parts = []
    for s in (-1, 1):  # the side plates and their ribs
        x = s * X
        parts.append(cylinder(Rp, Rp, 0.025, at(x - 0.0125, yc, 0) @ ALONG_X, 0,
                              "body" if s < 0 else ""))  # fmt: skip
        parts.append(torus(Rp, 0.014, at(x, yc, 0) @ rot("z", 90), 0))
        for k in range(6):
            a = np.radians(60 * k + 15)
            dr = v3(0, np.sin(a), np.cos(a))
            p0, p1 = (
                v3(x + s * 0.012, yc, 0) + dr * 0.06,
                v3(x + s * 0.012, yc, 0) + dr * (Rp - 0.03),
            )
            parts.append(square_bar(p0, p1, 0.025, 0.025, 0))
        parts.append(cylinder(0.06, 0.06, 0.05, at(x, yc, 0) @ rot("z", -90 * s), 0))  # hub
    parts.append(cylinder(0.25, 0.25, 2 * X - 0.02, at(-X + 0.01, yc, 0) @ ALONG_X, 1))
    n = 9
    for i in range(n):  # the outer turns of hose
        x = -X + 0.035 + (2 * X - 0.07) * i / (n - 1)
        parts.append(torus(0.262, 0.03, at(x, yc, 0) @ rot("z", 90), 1))
    for s in (-1, 1):  # the cart frame
        x = s * fx
        parts.append(tube([(x, 0.03, 0.34), (x, yc - 0.1, 0.08), (x, yc, 0.0)], 0.022, slot=0))
        parts.append(tube([(x, yc, 0.0), (x, 0.3, -0.2), (x, 0.1, -0.3)], 0.022, slot=0))
        parts.append(tube([(x, 0.1, -0.3), (x, 0.6, -0.36), (x, 1.02, -0.42)], 0.022, slot=0))
        parts.append(stick((x, yc, 0.0), (s * (X + 0.02), yc, 0.0), 0.024, 0))  # the axle ends
        parts.append(sphere(1.0, at(x, 0.02, 0.34) @ scl(0.035, 0.02, 0.05), "marking"))
        parts += side_wheel(s * (fx + 0.06), 0.1, -0.3, 0.1, 0.05, hub=0)
    parts.append(stick((-fx, 0.03, 0.34), (fx, 0.03, 0.34), 0.018, 0))
    parts.append(stick((-fx - 0.04, 0.1, -0.3), (fx + 0.04, 0.1, -0.3), 0.014, "steel"))
    parts.append(stick((-fx, 1.02, -0.42), (fx, 1.02, -0.42), 0.022, 0))  # the handle
    parts.append(cylinder(0.032, 0.032, 0.4, at(-0.2, 1.02, -0.42) @ ALONG_X, "marking"))
    crank = X + 0.1  # the crank: an arm off the axle and its knob
    parts.append(stick((fx, yc, 0), (crank, yc, 0), 0.022, 0))
    a = np.radians(float(rng.uniform(20, 70)))
    knob = v3(crank, yc + 0.2 * np.sin(a), 0.2 * np.cos(a))
    parts.append(square_bar(v3(crank, yc, 0), knob, 0.04, 0.025, 0))
    parts.append(cylinder(0.025, 0.022, 0.12, at(*knob) @ ALONG_X, "marking"))
    hose = [(-0.1, yc + 0.08, 0.285), (-0.1, yc - 0.08, 0.3), (-0.06, 0.22, 0.38),
            (0.02, 0.04, 0.48), (0.2, 0.032, 0.62), (0.42, 0.032, 0.62), (0.56, 0.032, 0.5)]  # fmt: skip
    parts.append(tube(hose, 0.03, slot=1))
    end = v3(*hose[-1])
    way = unit(end - v3(*hose[-2]))
    m = at(*end) @ align(way)
    parts.append(cylinder(0.04, 0.04, 0.05, m, "fruit-yellow"))  # the coupling
    parts.append(lathe([(0.0, 0.0), (0.045, 0.0), (0.045, 0.06), (0.03, 0.16), (0.022, 0.17),
                        (0.0, 0.17)], m @ at(0, 0.05, 0), "fruit-yellow"))  # fmt: skip
    return parts


# ---- 525 bunsen burner -----------------------------------------------------------------------


def _bunsen(rng: Rng) -> list[Part]:
    """A bunsen burner: a heavy round base, a tall metal tube with an air collar round its foot
    (holes dark in it), a serrated gas inlet nozzle out of its side with a rubber hose pushed
    on, a gas tap's wheel, and a blue flame with a paler inner cone roaring from its top."""
    base = [(0.0, 0.0), (0.24, 0.0), (0.25, 0.015), (0.245, 0.045), (0.2, 0.07), (0.1, 0.09),
            (0.06, 0.1), (0.0, 0.1)]  # fmt: skip
    parts = [lathe(base, None, 1, "body")]
    top = 0.7
    parts.append(cylinder(0.04, 0.04, top - 0.09, at(0, 0.09, 0), 0))
    parts.append(torus(0.04, 0.006, at(0, top, 0), 0))
    parts.append(lathe([(0.0, 0.0), (0.055, 0.0), (0.058, 0.01), (0.058, 0.11), (0.055, 0.12),
                        (0.0, 0.12)], at(0, 0.2, 0), 0))  # the air collar # fmt: skip
    for a in (-40, 50, 140, 230):  # its air holes
        m = rot("y", a) @ at(0, 0.26, 0.057)
        parts.append(slab(rrect(0.045, 0.065, 0.02, 3), 0.008, m, "pupil"))
    parts.append(lathe([(0.0, 0.0), (0.07, 0.0), (0.07, 0.05), (0.0, 0.05)], at(0, 0.09, 0), 0,
                       sides=6))  # the tube's foot nut # fmt: skip
    turn = rot("y", float(rng.uniform(-30, -15)))
    inlet = [(0.0, 0.0), (0.03, 0.0), (0.03, 0.06)]
    for k in range(3):  # its serrations
        y = 0.06 + 0.045 * k
        inlet += [(0.034, y + 0.004), (0.022, y + 0.04)]
    inlet += [(0.022, 0.2), (0.0, 0.2)]
    parts.append(lathe(inlet, turn @ at(0.05, 0.14, 0) @ ALONG_X, 0))
    hose = [(0.2, 0.14, 0.0), (0.34, 0.14, 0.0), (0.45, 0.08, 0.05), (0.52, 0.03, 0.2),
            (0.5, 0.03, 0.42)]  # fmt: skip
    parts.append(tube([(turn @ np.array([*p, 1.0]))[:3] for p in hose], 0.034, slot="fruit-orange"))
    outer = [(0.0, 0.0), (0.045, 0.02), (0.06, 0.1), (0.05, 0.22), (0.025, 0.33), (0.0, 0.4)]
    inner = [(0.0, 0.0), (0.036, 0.012), (0.03, 0.06), (0.0, 0.14)]
    parts.append(lathe(outer, at(0, top + 0.005, 0), "rainbow-blue"))
    parts.append(lathe(inner, at(0, top + 0.003, 0) @ scl(1.35, 1.0, 1.35), "spark"))
    return parts


# ---- 526 bandage roll ------------------------------------------------------------------------


def _bandage(rng: Rng) -> list[Part]:
    """A rolled crepe bandage lying on its side: a fat roll with crinkled ridges, the wound
    spiral on its end, a coloured line along it, the unrolled strip trailing across the floor
    in a lazy curve, and a small metal clip (two toothed plates on an elastic band) by it."""
    R, W = 0.22, 0.34
    c = v3(-0.1, R, -0.3)
    m = at(*c) @ rot("z", -90) @ at(0, -W / 2, 0)
    prof = [(0.0, 0.0), (R - 0.02, 0.0), (R, 0.02), (R, W - 0.02), (R - 0.02, W), (0.0, W)]
    parts = [by_detail(lathe(prof, m, 0, "body", shape=gear(24, 0.025)(96)),
                        lathe(prof, m, 0, "body"))]  # fmt: skip
    t = np.linspace(0.0, 1.0, 48)
    ang = t * 5.5 * 2 * np.pi
    rr = 0.02 + (R - 0.035) * t
    spiral = np.stack([np.full_like(t, c[0] + W / 2 + 0.004), c[1] + rr * np.sin(ang),
                       c[2] + rr * np.cos(ang)], 1)  # fmt: skip
    parts.append(tube(spiral, 0.005, slot=2, shape=_ring(4)))
    parts.append(torus(R + 0.002, 0.008, at(c[0], c[1], c[2]) @ rot("z", 90), 1))  # its line
    sway = float(rng.uniform(-0.06, 0.06))
    path = [(c[0], 0.008, c[2]), (c[0] + 0.02, 0.008, c[2] + 0.2), (c[0] + 0.15, 0.008, 0.15),
            (c[0] + 0.3 + sway, 0.008, 0.38), (c[0] + 0.22, 0.008, 0.62),
            (c[0] + 0.05 + sway, 0.008, 0.82)]  # fmt: skip
    strip = _dense(path, 30)
    parts.append(band(strip, W - 0.01, 0.014, (1.0, 0.0, 0.0), 0))
    parts.append(band(strip + v3(0, 0.006, 0), 0.018, 0.006, (1.0, 0.0, 0.0), 1))
    clip = at(c[0] + 0.45, 0.0, -0.02) @ rot("y", float(rng.uniform(20, 40))) @ scl(1.5)
    parts.append(box(0.16, 0.008, 0.05, clip, "sheet"))  # the clip's elastic
    for s in (-1, 1):
        plate = clip @ at(s * 0.1, 0.0, 0.0)
        parts.append(box(0.06, 0.01, 0.07, plate, "steel"))
        for k in range(4):  # its teeth, bent up
            tooth = plate @ at(s * 0.026, 0.01, -0.027 + 0.018 * k) @ rot("z", -s * 30)
            parts.append(cylinder(0.006, 0.0, 0.03, tooth, "steel"))
    return parts


# ---- 527 music stand -------------------------------------------------------------------------


def _sheet_music(m: np.ndarray, w: float, h: float, rng: Rng) -> list[Part]:
    """A page of music w × h on the face z = 0 under m (its foot at y = 0): staves of five
    lines, notes on them with their stems (all the printing one flat part, the notes left off
    at low detail)."""
    lines, notes = [], []
    head = _ring(6) * (0.011, 0.008) @ np.array([[0.9, 0.42], [-0.42, 0.9]])
    for k in range(5):  # the staves
        y0 = h - 0.08 - 0.085 * k
        for j in range(5):
            y = y0 - 0.01 * j
            lines.append(_rect(-w / 2 + 0.03, y - 0.0016, w / 2 - 0.03, y + 0.0016))
        for i in range(4):
            x = -w / 2 + 0.08 + (w - 0.14) * i / 4
            y = y0 - 0.04 + 0.005 * int(rng.integers(0, 9))
            notes.append(head + np.array([x, y]))
            notes.append(_rect(x + 0.008, y, x + 0.0115, y + 0.045))
    parts = [box(w, h, 0.004, m, 1)]
    parts.append(_prints(lines + notes, 0.002, m @ at(0, 0, 0.002), "marking", len(lines)))
    return parts


def _music_stand(rng: Rng) -> list[Part]:
    """A folding music stand: three thin legs splayed from a collar with struts to the pole,
    a telescoping pole (a thinner tube sliding out of a thicker one, a clamp knob at the join)
    and a desk tilted back on top, a fan of slats with a lip along its foot holding an open
    sheet of music."""
    parts = []
    hub = 0.3
    for k in range(3):  # the tripod
        a = np.radians(90 + 120 * k + 30)
        foot = v3(0.45 * np.cos(a), 0.0, 0.45 * np.sin(a))
        parts.append(stick(v3(0, hub, 0), foot + v3(0, 0.012, 0), 0.013, 0))
        parts.append(sphere(1.0, at(*foot) @ at(0, 0.012, 0) @ scl(0.024, 0.014, 0.024),
                            "marking"))  # fmt: skip
        parts.append(stick(v3(0, 0.15, 0), foot * 0.5 + v3(0, hub * 0.5, 0), 0.008, 0))
    parts.append(cylinder(0.03, 0.03, 0.08, at(0, hub - 0.04, 0), 0))
    parts.append(cylinder(0.024, 0.024, 0.05, at(0, 0.125, 0), 0))
    low, high = 0.78, float(rng.uniform(0.98, 1.06))
    parts.append(cylinder(0.02, 0.02, low - 0.13, at(0, 0.13, 0), 0, "body"))
    parts.append(cylinder(0.028, 0.028, 0.05, at(0, low - 0.03, 0), 0))  # the clamp
    parts.append(stick((0.02, low - 0.005, 0), (0.075, low - 0.005, 0), 0.008, 0))
    parts.append(box(0.012, 0.05, 0.04, at(0.08, low - 0.03, 0), 0))  # its knob
    parts.append(cylinder(0.013, 0.013, high - low + 0.02, at(0, low, 0), 0))
    W, Hd = 0.92, 0.56
    desk = at(0, high + 0.04, 0.03) @ rot("x", -16)
    parts.append(box(0.1, 0.05, 0.04, at(0, high - 0.02, 0.0), 0))  # the desk's bracket
    for x in np.linspace(-W / 2, W / 2, 9):  # the fan of slats
        spread = 0.7 + 0.3 * abs(x) / (W / 2)
        a, b = desk @ np.array([x * 0.35, 0.0, 0.0, 1.0]), desk @ np.array([x, Hd * spread, 0, 1])
        parts.append(square_bar(a[:3], b[:3], 0.032, 0.006, 0))
    parts.append(box(W, 0.022, 0.01, desk @ at(0, Hd - 0.022, 0), 0))  # its top rail
    parts.append(box(W, 0.012, 0.09, desk @ at(0, -0.006, 0.042), 0))  # the tray
    parts.append(box(W, 0.05, 0.012, desk @ at(0, -0.006, 0.086), 0))  # its lip
    parts.append(box(W, 0.02, 0.01, desk @ at(0, 0.18, 0), 0))  # a rail across the middle
    pw, ph = 0.4, 0.5
    for s in (-1, 1):  # the open music, its two pages a little apart like a book's
        page = desk @ at(s * (pw / 2 + 0.003), 0.006, 0.03) @ rot("y", -s * 6)
        parts += _sheet_music(page, pw, ph, rng)
    return parts


MORE_APPLIANCES_W = {
    516: _toothpaste, 517: _towel_rail, 518: _plunger, 519: _toilet_roll, 520: _soap_dispenser,
    521: _car_jack, 522: _spirit_level, 523: _soldering_iron, 524: _hose_reel, 525: _bunsen,
    526: _bandage, 527: _music_stand,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
