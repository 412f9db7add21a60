"""More of the device family's appliances, from 1048: a gayageum, a janggu drum, a hanbok, a
bowl of bibimbap, a bingsu, a haetae guardian, a dol hareubang and an onggi jar.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import (
    ALONG_X,
    FLAT_UP,
    HEX,
    band,
    bead,
    flat_solid,
    hoop,
    lobed,
    loft,
    rod,
    rope,
    skin_strip,
    solid,
    studs,
    unit,
)
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._sdf import ellipsoid as blob

__all__ = ["MORE_APPLIANCES_ZZZD"]

Rng = np.random.Generator


def _rough(n: int, amount: float, rng: Rng) -> np.ndarray:
    """A lathe's cross-section for a lumpy thing (shaved ice, rough stone): a circle of radius
    about 1 whose edge wanders by ``amount`` in soft bumps (n points)."""
    t = np.arange(n) * (2 * np.pi / n)
    r = np.ones(n)
    for k in (3, 5, 7, 11):
        r += amount * 2 / k * np.cos(k * t + rng.uniform(0, 2 * np.pi))
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def _radius_at(profile, y: float) -> float:
    """A lathe profile's radius at height y (straight between its points)."""
    p = np.asarray(profile, float)
    return float(np.interp(y, p[:, 1], p[:, 0]))


# 1048 gayageum

_GL, _GW = 1.6, 0.29
"""The gayageum's length (along x) and width."""


def _gayageum_top(x: float, z: float) -> float:
    """The height of the gayageum's arched soundboard at (x, z)."""
    h = 0.075 + 0.018 * np.cos(np.pi * x / _GL)
    c = np.clip(z / (_GW / 2), -1.0, 1.0)
    return float(h / 2 * (1.0 + (-0.5 + 1.5 * (1 - c * c) ** 0.25)))


def _gayageum_body() -> Part:
    """The gayageum's long hollow body: flat underneath, its soundboard arched across and gently
    along its length, square-ended."""
    a = np.linspace(0, np.pi, 13)
    arch = np.stack([np.cos(a), -0.5 + 1.5 * np.sin(a) ** 0.5], 1)
    shape = np.concatenate([[[1.0, -1.0]], arch, [[-1.0, -1.0]]])
    xs = np.linspace(-_GL / 2, _GL / 2 - 0.06, 9)
    h = 0.075 + 0.018 * np.cos(np.pi * xs / _GL)
    c = np.stack([xs, h / 2, np.zeros_like(xs)], 1)
    u = np.stack([np.zeros_like(xs), np.zeros_like(xs), np.full_like(xs, -_GW / 2)], 1)
    v = np.stack([np.zeros_like(xs), h / 2, np.zeros_like(xs)], 1)
    return loft(c, u, v, shape, 0, "body")


def _gayageum_bridge() -> Part:
    """One movable bridge (anjok): a little flat trestle across its string, two splayed feet
    and a notched top, standing at the origin in the yz plane."""
    pts = [(-0.026, 0.0), (-0.013, 0.0), (-0.004, 0.02), (0.004, 0.02), (0.013, 0.0),
           (0.026, 0.0), (0.006, 0.058), (-0.006, 0.058)]  # fmt: skip
    return flat_solid(lambda n: [np.array(pts)], 0.012, rot("y", 90) @ at(0, 0, -0.006), 1)


def _gayageum(rng: Rng) -> list[Part]:
    """A gayageum, the Korean zither, lying flat on the floor: a long low wooden body with an
    arched soundboard, twelve silk strings running its length from a nut at the head end over
    twelve little movable bridges set in a diagonal line, to a tail where the strings gather
    through the end into twisted coils, between the curled ram's-horn tail pieces."""
    L = _GL
    parts = [_gayageum_body()]
    x0, x1 = -L / 2, L / 2 - 0.06
    parts.append(box(0.05, 0.1, _GW, at(x0 + 0.025, 0, 0), 0))  # the head block
    parts.append(box(0.012, 0.03, _GW - 0.02, at(x0 + 0.06, _gayageum_top(x0 + 0.06, 0), 0),
                     "marking"))  # the head's dark band # fmt: skip
    nut_x, tail_x = x0 + 0.12, x1 - 0.07
    parts.append(box(0.02, 0.02, _GW - 0.04, at(nut_x, _gayageum_top(nut_x, 0) - 0.004, 0), 1))
    parts.append(box(0.03, 0.016, _GW - 0.05, at(tail_x, _gayageum_top(tail_x, 0) - 0.004, 0), 1))
    bridge = _gayageum_bridge()
    jig = float(rng.uniform(-0.02, 0.02))
    for i in range(12):
        z = (_GW / 2 - 0.035) - (_GW - 0.07) * i / 11
        bx = 0.42 - 0.034 * i + jig
        ys = (_gayageum_top(nut_x, z) + 0.016, _gayageum_top(bx, z), _gayageum_top(tail_x, z))
        parts.append(bridge.moved(at(bx, ys[1] - 0.002, z)))
        top = ys[1] + 0.056
        parts.append(stick((nut_x, ys[0], z), (bx, top, z), 0.0028, "snow"))
        parts.append(stick((bx, top, z), (tail_x, ys[2] + 0.012, z), 0.0028, "snow"))
        end = (x1 + 0.005, ys[2] - 0.02, z * 0.5)  # through the tail to the coils
        parts.append(stick((tail_x, ys[2] + 0.012, z), end, 0.0028, "snow"))
    parts.append(box(0.06, 0.06, _GW, at(x1 + 0.03, 0, 0), 0))  # the tail block
    for s in (-1, 1):  # the ram's-horn tail pieces curling up
        c = np.array([x1 + 0.1, 0.1, s * (_GW / 2 - 0.04)])
        spiral = [c + v3(0.075 * np.cos(a) * (1 - a / 9), 0.06 * np.sin(a) * (1 - a / 9), 0)
                  for a in np.linspace(-2.6, 3.4, 9)]  # fmt: skip
        spiral = [v3(x1, 0.07, c[2]), *spiral]
        parts.append(tube(spiral, [0.022, 0.022, 0.02, 0.018, 0.016, 0.014, 0.012, 0.011, 0.01,
                                   0.01], None, 0, shape=np.array([[1.0, 0], [0, 0.6], [-1, 0],
                                                                   [0, -0.6]])))  # fmt: skip
    for k, s in enumerate((-1, 0, 1)):  # the gathered strings' twisted coils over the end
        z = s * 0.06
        coil = [(x1 + 0.005, 0.06, z * 0.8), (x1 + 0.05, 0.05, z), (x1 + 0.1, 0.02, z * 1.2),
                (x1 + 0.16, 0.015, z * 1.4 + 0.03), (x1 + 0.19, 0.015, z * 1.4 - 0.02),
                (x1 + 0.14, 0.015, z * 1.4 - 0.04), (x1 + 0.12, 0.015, z * 1.4)]  # fmt: skip
        parts.append(tube(coil, 0.011 - 0.002 * k, None, "snow", shape=HEX))
    return parts


# 1049 janggu


def _janggu(rng: Rng) -> list[Part]:
    """A janggu, the Korean hourglass drum, lying on its side on a low stand: a lacquered body
    of two deep bowls joined by a narrow waist, a big round hide head on each end, wider than
    the bowls, on iron hoops; cords laced zig-zag from rim to rim with little leather toggles,
    the whole cradled on two low wooden saddles."""
    R, half, y0 = 0.19, 0.31, 0.25
    axis = at(0, y0, 0) @ ALONG_X
    prof = [(0.0, -half), (0.152, -half), (0.148, -0.24), (0.12, -0.17), (0.075, -0.115),
            (0.046, -0.085), (0.042, 0.0), (0.046, 0.085), (0.075, 0.115), (0.12, 0.17),
            (0.148, 0.24), (0.152, half), (0.0, half)]  # fmt: skip
    parts = [lathe(prof, axis, 0, "body")]
    for s in (-1, 1):  # the bowls' lips and the heads
        parts.append(torus(0.15, 0.008, axis @ at(0, s * (half - 0.03), 0), 0))
        head = axis @ at(0, s * half, 0)
        parts.append(cylinder(R - 0.004, R - 0.004, 0.014, head @ at(0, -0.007, 0), 1))
        parts.append(torus(R, 0.012, head, 1))
        parts.append(torus(R - 0.02, 0.004, head @ at(0, s * 0.008, 0), "marking"))
    n = 8
    turn = float(rng.uniform(0, 360 / n))
    pts = []
    for k in range(n):  # the cords: rim to rim and back, a zig-zag round the drum
        for j, s in enumerate((-1, 1)):
            a = np.radians(turn + 360 * (k + j * 0.5) / n)
            pts.append(np.array([s * (half - 0.006), y0 + (R - 0.02) * np.cos(a),
                                 (R - 0.02) * np.sin(a)]))  # fmt: skip
    for i in range(len(pts)):
        a, b = pts[i], pts[(i + 1) % len(pts)]
        parts.append(stick(a, b, 0.005, "card-red"))
        if i % 2 == 0:  # a leather toggle gathering each pair near the right head
            c = a + (b - a) * 0.8
            d = pts[(i + 2) % len(pts)]
            c2 = d + (b - d) * 0.8
            mid = (c + c2) / 2
            parts.append(box(0.022, 0.045, 0.012, at(*mid) @ align(b - mid) @ at(0, -0.022, 0),
                             "cork"))  # fmt: skip
    for s in (-1, 1):  # the stand: two low saddles on a base rail
        x = s * 0.17
        outline = [(-0.1, 0.0), (0.1, 0.0), (0.1, 0.12), (0.05, 0.105), (0.0, 0.1),
                   (-0.05, 0.105), (-0.1, 0.12)]  # fmt: skip
        parts.append(slab(outline, 0.04, at(x, 0.02, 0) @ rot("y", 90), "cork"))
        parts.append(box(0.06, 0.02, 0.26, at(x, 0, 0), "cork"))
    for z in (-0.08, 0.08):
        parts.append(box(0.4, 0.02, 0.03, at(0, 0.0, z), "cork"))
    return parts


# 1050 hanbok

_CHIMA = [(0.0, 0.0), (0.47, 0.0), (0.475, 0.03), (0.45, 0.2), (0.4, 0.45), (0.32, 0.7),
          (0.24, 0.9), (0.18, 1.04), (0.16, 1.12), (0.0, 1.13)]  # fmt: skip
"""The hanbok skirt's profile: high on the chest, belling out to the floor."""
_JEOGORI = [(0.0, 1.0), (0.2, 1.0), (0.205, 1.06), (0.2, 1.16), (0.205, 1.24), (0.19, 1.31),
            (0.13, 1.355), (0.07, 1.375), (0.0, 1.38)]  # fmt: skip
"""The hanbok jacket's profile (its depth squashed by ``_FLAT``)."""
_FLAT = 0.68


def _on_jacket(path, lift: float) -> tuple[list, list]:
    """Points (angle from the front in degrees, height) on the jacket's surface and their
    outward normals, raised ``lift`` off it."""
    pts, nrm = [], []
    for deg, y in path:
        a = np.radians(deg)
        r = _radius_at(_JEOGORI, y)
        dr = (_radius_at(_JEOGORI, y + 0.01) - _radius_at(_JEOGORI, y - 0.01)) / 0.02
        n = unit((np.sin(a), -0.5 * dr, np.cos(a) / _FLAT))
        pts.append(np.array([r * np.sin(a), y, _FLAT * r * np.cos(a)]) + n * lift)
        nrm.append(n)
    return pts, nrm


def _hanbok(rng: Rng) -> list[Part]:
    """A hanbok on an invisible form: a short jacket (jeogori) with a white-edged crossed
    collar, long curved sleeves with coloured cuffs and a long ribbon bow (goreum) tied at the
    chest, its two ribbons hanging down the front, over a full high-waisted skirt (chima)
    gathered in pleats that bells out to the floor."""
    deep = 0.82
    parts = [lathe(_CHIMA, scl(1.0, 1.0, deep), 0, "body", shape=lobed(48, 18, 0.05))]
    parts.append(torus(0.162, 0.012, at(0, 1.1, 0) @ scl(1.0, 1.0, deep), 0))  # the waistband
    parts.append(lathe(_JEOGORI, scl(1.0, 1.0, _FLAT), 1))
    parts.append(cylinder(0.075, 0.075, 0.006, at(0, 1.374, -0.01) @ scl(1.0, 1.0, 0.7),
                          "marking"))  # the empty neck # fmt: skip
    for s in (-1, 1):  # the sleeves, wide and curved under, with cuffs
        sh = (s * 0.17, 1.3, -0.01)
        pts = [sh, (s * 0.25, 1.18, 0.0), (s * 0.28, 1.0, 0.04), (s * 0.285, 0.84, 0.07)]
        parts.append(tube(pts, [0.07, 0.075, 0.07, 0.05], None, 1))
        parts.append(sphere(1.0, at(s * 0.27, 1.02, 0.02) @ rot("z", s * 8)
                            @ scl(0.055, 0.13, 0.07), 1))  # the sleeve's curved belly # fmt: skip
        parts.append(tube([(s * 0.283, 0.88, 0.064), (s * 0.286, 0.82, 0.073)], 0.053, None,
                          "card-red"))  # the cuff # fmt: skip
    lap = [(180, 1.37), (140, 1.365), (100, 1.36), (60, 1.345), (30, 1.3), (8, 1.24),
           (-12, 1.17), (-26, 1.1)]  # fmt: skip
    pts, nrm = _on_jacket(lap, 0.004)
    parts.append(skin_strip(pts, nrm, 0.05, 0.008, "plume"))  # the collar over the front
    pts, nrm = _on_jacket([(180, 1.37), (220, 1.365), (260, 1.36), (300, 1.345), (330, 1.31)],
                          0.004)  # fmt: skip
    parts.append(skin_strip(pts, nrm, 0.05, 0.008, "plume"))  # the under collar
    pts, nrm = _on_jacket([(d, y + 0.012) for d, y in lap[:6]], 0.009)
    parts.append(skin_strip(pts, nrm, 0.02, 0.006, "snow"))  # the white neckband
    knot_pts, _ = _on_jacket([(-22, 1.13)], 0.012)
    knot = knot_pts[0]  # the ribbon bow
    parts.append(sphere(1.0, at(*knot) @ scl(0.028, 0.022, 0.016), "card-red"))
    loop = [knot, knot + v3(-0.05, 0.035, 0.015), knot + v3(-0.13, 0.02, 0.01),
            knot + v3(-0.1, -0.03, 0.012), knot]  # fmt: skip
    parts.append(band(loop, 0.04, 0.006, (0.0, 0.0, 1.0), "card-red"))
    sway = float(rng.uniform(-0.01, 0.01))
    for dx, length in ((0.0, 0.52), (0.04, 0.44)):
        ribbon = []
        for t in np.linspace(0, 1, 6):
            y = knot[1] - 0.02 - length * t
            z = _radius_at(_CHIMA, y) * deep * np.cos(0.35) + 0.012 if y < 1.05 else knot[2]
            ribbon.append((knot[0] + dx + sway * t - 0.02 * t, y, max(z, knot[2])))
        parts.append(band(ribbon, [0.045, 0.055, 0.06, 0.06, 0.06, 0.055], 0.006,
                          (1.0, 0.0, 0.0), "card-red"))  # fmt: skip
    return parts


# 1051 bibimbap


def _sector(r0: float, r1: float, a0: float, a1: float):
    """An annular wedge's outline (a function of a point count) in the xy plane."""

    def outline(n: int) -> np.ndarray:
        t = np.linspace(a0, a1, max(4, n // 3))
        outer = np.stack([r1 * np.cos(t), r1 * np.sin(t)], 1)
        inner = np.stack([r0 * np.cos(t[::-1]), r0 * np.sin(t[::-1])], 1)
        return np.concatenate([outer, inner])

    return outline


def _topping(kind: str, a0: float, a1: float, y: float, rng: Rng) -> list[Part]:
    """One wedge of bibimbap's toppings between angles a0 and a1 (radians, about y) at height
    y: a low bed of it and, on top, its pieces: julienned carrot, spinach leaves, sliced
    mushrooms, bean sprouts or minced beef."""
    slot = {"carrot": "fruit-orange", "spinach": "vine", "mushroom": "cloth-dark",
            "sprouts": "snow", "beef": 1}[kind]  # fmt: skip
    r0, r1 = 0.07, 0.2
    bed = slab(_sector(r0, r1, a0 + 0.04, a1 - 0.04), 0.02, at(0, y + 0.01, 0) @ FLAT_UP, slot)
    parts = [bed]
    for _ in range(9):
        a = a0 + 0.12 + (a1 - a0 - 0.24) * rng.uniform()
        r = rng.uniform(r0 + 0.02, r1 - 0.03)
        p = np.array([r * np.cos(a), y + 0.022, -r * np.sin(a)])
        out = np.array([np.cos(a), 0.0, -np.sin(a)])
        side = np.array([np.sin(a), 0.0, np.cos(a)])
        tw = float(rng.uniform(-0.5, 0.5))
        d = out * np.cos(tw) + side * np.sin(tw)
        if kind == "carrot":
            parts.append(rod(p - d * 0.045, p + d * 0.045 + v3(0, 0.008, 0), 0.011, slot))
        elif kind == "sprouts":
            parts.append(rod(p - d * 0.04, p + d * 0.04 + v3(0, 0.006, 0), 0.008, slot))
            parts.append(bead(0.009, at(*(p + d * 0.045)), "cloth-yellow", 6))
        elif kind == "spinach":
            m = at(*p) @ align(d) @ rot("y", float(rng.uniform(0, 180)))
            parts.append(bead(1.0, m @ scl(0.02, 0.045, 0.008), slot, 6))
        elif kind == "mushroom":
            m = at(*p) @ rot("y", float(rng.uniform(0, 360))) @ rot("x", 80)
            parts.append(cylinder(0.026, 0.026, 0.008, m @ scl(1.0, 1.0, 0.6), slot))
        else:
            parts.append(bead(float(rng.uniform(0.014, 0.02)), at(*p), slot, 6))
    return parts


def _bibimbap(rng: Rng) -> list[Part]:
    """Dolsot bibimbap: a heavy dark stone bowl on a round wooden trivet, full of rice, topped
    with neat wedges of julienned carrot, spinach, dark mushrooms, bean sprouts and minced beef
    set round a fried egg with a bright yolk in the middle, a dab of red chilli paste."""
    outer = [(0.0, 0.045), (0.16, 0.045), (0.2, 0.06), (0.235, 0.12), (0.25, 0.2),
             (0.248, 0.245), (0.235, 0.26), (0.222, 0.25), (0.222, 0.2), (0.0, 0.2)]  # fmt: skip
    parts = [lathe(outer, None, 0, "body")]
    tray = [(0.0, 0.0), (0.27, 0.0), (0.285, 0.015), (0.285, 0.04), (0.26, 0.05), (0.0, 0.05)]
    parts.append(lathe(tray, None, "cork"))
    parts.append(torus(0.2, 0.012, at(0, 0.05, 0), "cork"))
    rice = [(0.0, 0.19), (0.224, 0.19), (0.222, 0.215), (0.15, 0.225), (0.0, 0.228)]
    parts.append(lathe(rice, None, "pages", shape=lobed(40, 20, 0.06)))
    turn = float(rng.uniform(0, 2 * np.pi))
    kinds = ("carrot", "spinach", "mushroom", "sprouts", "beef")
    for k, kind in enumerate(kinds):
        a0 = turn + 2 * np.pi * k / 5
        parts += _topping(kind, a0, a0 + 2 * np.pi / 5, 0.215, rng)
    egg = [(0.085 + 0.012 * np.cos(3 * t + 1) + 0.006 * np.cos(5 * t), t)
           for t in np.linspace(0, 2 * np.pi, 14, endpoint=False)]  # fmt: skip
    white = [(r * np.cos(t), r * np.sin(t)) for r, t in egg]
    parts.append(slab(white, 0.014, at(0, 0.245, 0) @ FLAT_UP, "snow"))
    parts.append(sphere(1.0, at(0.008, 0.252, 0.01) @ scl(0.036, 0.024, 0.036), "plume-tip"))
    dab = at(0.1 * np.cos(turn + 0.6), 0.25, -0.1 * np.sin(turn + 0.6))
    parts.append(sphere(1.0, dab @ scl(0.028, 0.016, 0.024), "card-red"))
    parts.append(sphere(1.0, dab @ at(0.005, 0.012, 0) @ scl(0.014, 0.012, 0.013), "card-red"))
    return parts


# 1052 bingsu


def _bingsu(rng: Rng) -> list[Part]:
    """Bingsu, Korean shaved ice: a tall fluffy mound of shaved ice heaped in a wide footed glass
    bowl, crowned with a heap of sweet red beans, little cubes of rice cake and pieces of
    strawberry and mango round it, a drizzle of syrup running down, a long spoon stuck in."""
    bowl = [(0.0, 0.0), (0.13, 0.0), (0.135, 0.012), (0.05, 0.03), (0.045, 0.07), (0.1, 0.085),
            (0.24, 0.14), (0.32, 0.25), (0.33, 0.262), (0.315, 0.258), (0.23, 0.15),
            (0.0, 0.1)]  # fmt: skip
    parts = [lathe(bowl, None, 1, "body")]
    mound = [(0.0, 0.1), (0.22, 0.15), (0.29, 0.245), (0.275, 0.29), (0.235, 0.37),
             (0.175, 0.46), (0.11, 0.54), (0.05, 0.585), (0.0, 0.595)]  # fmt: skip
    parts.append(lathe(mound, None, 0, shape=_rough(36, 0.035, rng)))
    for k in range(7):  # fluffy lumps round the mound
        a = 2 * np.pi * k / 7 + float(rng.uniform(-0.2, 0.2))
        y = float(rng.uniform(0.28, 0.42))
        r = _radius_at(mound, y) - 0.025
        parts.append(sphere(float(rng.uniform(0.045, 0.06)), at(r * np.cos(a), y, r * np.sin(a))))
    beans = [(0.0, 0.53), (0.1, 0.53), (0.115, 0.56), (0.09, 0.61), (0.04, 0.64), (0.0, 0.645)]
    parts.append(lathe(beans, None, "soil", shape=_rough(20, 0.08, rng)))
    bp = []
    for k in range(24):  # the red beans on top
        a = 2.4 * k
        r = 0.105 * np.sqrt((k + 0.5) / 24)
        y = float(np.interp(r, [0.0, 0.04, 0.09, 0.115], [0.645, 0.64, 0.61, 0.56]))
        bp.append((r * np.cos(a), y, r * np.sin(a)))
    parts += [bead(1.0, at(*p) @ scl(0.016, 0.012, 0.013), "match-head", 6) for p in bp]
    for k in range(7):  # rice cake cubes
        a = 2 * np.pi * k / 7 + 0.3
        y = 0.47 - 0.012 * (k % 2)
        r = _radius_at(mound, y) - 0.005
        m = at(r * np.cos(a), y, r * np.sin(a)) @ rot("y", float(rng.uniform(0, 90)))
        m = m @ rot("z", -25 * np.cos(a)) @ rot("x", 25 * np.sin(a))
        parts.append(box(0.045, 0.045, 0.045, m, "cloth-yellow" if k % 2 else "eraser"))
    for k in range(6):  # strawberries and mango round the lower slope
        a = 2 * np.pi * k / 6 + 0.8
        y = 0.33
        r = _radius_at(mound, y) + 0.005
        p = at(r * np.cos(a), y, r * np.sin(a)) @ rot("y", -np.degrees(a) + 90)
        if k % 2:
            parts.append(sphere(1.0, p @ rot("x", 20) @ scl(0.035, 0.045, 0.025), "fruit-red"))
        else:
            parts.append(box(0.05, 0.05, 0.05, p @ rot("z", 20) @ rot("x", 15), "fruit-orange"))
    for k, (a0, length) in enumerate(((1.9, 0.24), (3.6, 0.16), (5.2, 0.2))):  # syrup drips
        pts, nrm = [], []
        for t in np.linspace(0.0, 1.0, 6):
            y = 0.54 - length * t
            r = _radius_at(mound, y) + 0.012
            a = a0 + 0.1 * np.sin(7 * t + k)
            pts.append((r * np.cos(a), y, r * np.sin(a)))
            nrm.append((np.cos(a), 0.5, np.sin(a)))
        parts.append(skin_strip(pts, nrm, 0.022, 0.01, "cork"))
    tip, grip = np.array([0.06, 0.42, 0.1]), np.array([0.3, 0.9, 0.22])
    parts.append(stick(tip, grip, 0.008, "steel"))  # the long spoon
    parts.append(sphere(1.0, at(*tip) @ align(grip - tip) @ scl(0.03, 0.045, 0.012), "steel"))
    return parts


# 1053 haetae

_HEAD = (np.array([0.0, 0.8, 0.08]), np.array([0.18, 0.16, 0.16]))
"""The haetae's head: its centre and radii (before the plinth lifts it)."""


def _haetae_body() -> list:
    """The haetae's smooth shapes: haunches, a chest upright on straight forelegs, a big head
    with a broad muzzle, a flat nose and a heavy brow, a wide grinning mouth carved in, a tail
    curling up behind."""
    sh = [blob((0.0, 0.42, -0.04), (0.17, 0.24, 0.2), rot("x", -18))]  # the trunk
    for s in (-1, 1):
        sh.append(blob((s * 0.13, 0.3, -0.12), (0.11, 0.15, 0.19), None, 0.06))  # the haunches
        sh.append(blob((s * 0.17, 0.17, 0.04), (0.06, 0.035, 0.11), None, 0.03))  # hind feet
        sh += rope([(s * 0.1, 0.5, 0.1), (s * 0.11, 0.32, 0.17), (s * 0.11, 0.2, 0.2)],
                   [0.065, 0.052, 0.048], 0.04, 0.02)  # the forelegs # fmt: skip
        sh.append(blob((s * 0.11, 0.17, 0.24), (0.065, 0.035, 0.07), None, 0.03))  # the paws
        sh.append(blob((s * 0.15, 0.92, 0.0), (0.035, 0.06, 0.02), rot("z", s * 35), 0.02))
    sh.append(blob((0.0, 0.56, 0.08), (0.15, 0.15, 0.13), None, 0.06))  # the chest
    sh.append(blob(_HEAD[0], _HEAD[1], None, 0.06))
    sh.append(blob((0.0, 0.73, 0.19), (0.15, 0.09, 0.1), None, 0.05))  # the muzzle
    sh.append(blob((0.0, 0.775, 0.27), (0.06, 0.03, 0.035), None, 0.02))  # the nose
    sh.append(blob((0.0, 0.875, 0.18), (0.16, 0.035, 0.05), None, 0.03))  # the brow
    sh.append(blob((0.0, 0.705, 0.29), (0.135, 0.03, 0.07), None, -0.008))  # the grin
    for s in (-1, 1):  # its corners turned up
        sh.append(blob((s * 0.11, 0.72, 0.25), (0.04, 0.025, 0.05), rot("z", s * 30), -0.006))
    sh += rope([(0.0, 0.22, -0.28), (0.0, 0.3, -0.38), (0.0, 0.46, -0.36), (0.0, 0.52, -0.28)],
               [0.04, 0.035, 0.03, 0.03], 0.03, 0.01)  # the tail # fmt: skip
    return sh


def _curls(points, normals, r: float) -> list[Part]:
    """Carved snail-shell curls of mane or tail: a ring and a knob at each point, facing out."""
    parts = [hoop(r, r * 0.4, at(*p) @ align(n), 0, 10, 4) for p, n in zip(points, normals,
                                                                          strict=True)]  # fmt: skip
    parts.append(studs(points, normals, r * 0.55, r * 0.7, 0, 7))
    return parts


def _mane(y0: float) -> tuple[list, list]:
    """Points and normals on the back and sides of the haetae's head and neck for its curls."""
    c, r = _HEAD
    pts, nrm = [], []
    for e, n, spread in ((62, 4, 100), (32, 7, 130), (2, 9, 140), (-28, 9, 135)):
        for k in range(n):
            f = np.radians(180 + spread * (-1 + 2 * k / (n - 1)))
            d = np.array([np.sin(f) * np.cos(np.radians(e)), np.sin(np.radians(e)),
                          np.cos(f) * np.cos(np.radians(e))])  # fmt: skip
            pts.append(c + r * d + v3(0, y0, 0))
            nrm.append(unit(d / r))
    return pts, nrm


def _haetae(rng: Rng) -> list[Part]:
    """A haetae, the Korean stone guardian beast, seated on its haunches on a plinth: a lion-like
    body on straight forelegs, a big head with bulging eyes under a heavy brow, a single horn,
    a broad grin full of teeth, a mane of carved snail curls, a collar with a bell at its neck,
    rows of scales on its flanks and a curly tail, all in one stone."""
    y0 = 0.12
    parts = [solid(_haetae_body(), 0.025, 0, "body").moved(at(0, y0, 0))]
    parts.append(box(0.56, y0, 0.74, at(0, 0, -0.04), 1))  # the plinth
    parts.append(box(0.6, 0.03, 0.78, at(0, 0, -0.04), 1))
    for s in (-1, 1):  # bulging eyes, each with a drilled pupil
        e = np.array([s * 0.075, y0 + 0.83, 0.215])
        parts.append(sphere(0.047, at(*e), 0))
        parts.append(studs([e + v3(0, -0.005, 0.044)], [(0, 0, 1)], 0.016, 0.01, "marking"))
    horn = [(0.0, y0 + 0.93, 0.05), (0.0, y0 + 1.02, 0.03), (0.0, y0 + 1.1, 0.07)]
    parts.append(tube(horn, [0.04, 0.025, 0.005], None, 0))
    parts.append(sphere(1.0, at(0, y0 + 0.71, 0.24) @ scl(0.125, 0.032, 0.03), "marking"))
    for i in range(7):  # the teeth, fangs at the corners
        x = -0.09 + 0.03 * i
        z = 0.19 + 0.1 * np.sqrt(1 - (x / 0.15) ** 2) - 0.02
        fang, up = i in (0, 6), 1.6 * x * x
        parts.append(box(0.022, 0.034 if fang else 0.026, 0.014,
                         at(x, y0 + up + (0.7 if fang else 0.709), z), 0))  # fmt: skip
        if 0 < i < 6:
            parts.append(box(0.022, 0.024, 0.014, at(x, y0 + up + 0.676, z), 0))
    for s in (-1, 1):  # the nostrils
        parts.append(studs([(s * 0.025, y0 + 0.77, 0.302)], [(s * 0.3, -0.2, 1)], 0.011, 0.01,
                           "marking"))  # fmt: skip
    mane_p, mane_n = _mane(y0)
    parts += _curls(mane_p, mane_n, 0.03)
    parts += _curls([(0.0, y0 + 0.53, -0.26)], [(0, 0.2, -1)], 0.035)  # the tail's curl
    parts.append(torus(0.15, 0.018, at(0, y0 + 0.6, 0.09) @ rot("x", 28), 1))  # the collar
    bell = [(0.0, 0.0), (0.055, 0.0), (0.052, 0.02), (0.042, 0.05), (0.024, 0.068),
            (0.0, 0.072)]  # fmt: skip
    parts.append(lathe(bell, at(0, y0 + 0.5, 0.25), 1))
    parts.append(box(0.07, 0.008, 0.008, at(0, y0 + 0.5, 0.302), "marking"))
    pts, nrm = [], []
    for s in (-1, 1):  # scales on the flanks
        for j in range(3):
            for i in range(4):
                a = np.radians(-40 + 22 * i + 11 * (j % 2))
                y = 0.3 + 0.08 * j
                n = np.array([s * np.cos(a), 0.1, np.sin(a)])
                pts.append(np.array([0, y0 + y, -0.09]) + n * np.array([0.21, 0.0, 0.2]))
                nrm.append(n)
    parts.append(studs(pts, nrm, 0.028, 0.02, 0, 10))
    del rng
    return parts


# 1054 dol hareubang


def _hareubang(rng: Rng) -> list[Part]:
    """A dol hareubang, Jeju's stone grandfather: a tall pitted stone figure on a low base, a
    legless column body, a big head under a round mushroom hat with a small brim, big bulging
    ringed eyes, a long broad nose, a tight straight mouth, both hands laid on the belly, one
    above the other."""
    ry = 0.78
    body = [(0.0, 0.07), (0.19, 0.07), (0.2, 0.2), (0.205, 0.4), (0.19, 0.54), (0.16, 0.6),
            (0.13, 0.62), (0.0, 0.63)]  # fmt: skip
    parts = [lathe(body, scl(1.0, 1.0, ry), 0, "body", shape=_rough(24, 0.015, rng))]
    base = [(0.0, 0.0), (0.25, 0.0), (0.26, 0.05), (0.24, 0.075), (0.0, 0.075)]
    parts.append(lathe(base, scl(1.0, 1.0, 0.85), 1, shape=_rough(16, 0.04, rng)))
    head = [(0.0, 0.58), (0.13, 0.6), (0.155, 0.66), (0.16, 0.74), (0.15, 0.82), (0.13, 0.86),
            (0.0, 0.87)]  # fmt: skip
    parts.append(lathe(head, at(0, 0, 0.02) @ scl(1.0, 1.0, 0.9), 0))
    hat = [(0.0, 0.83), (0.175, 0.83), (0.18, 0.85), (0.15, 0.87), (0.145, 0.92), (0.12, 0.98),
           (0.07, 1.01), (0.0, 1.015)]  # fmt: skip
    parts.append(lathe(hat, at(0, 0, 0.01), 0))
    fz = 0.02 + 0.9 * 0.155
    for s in (-1, 1):  # the bulging eyes in their rims
        e = at(s * 0.07, 0.77, fz - 0.022)
        parts.append(sphere(1.0, e @ scl(0.05, 0.044, 0.04), 0))
        parts.append(torus(0.052, 0.009, e @ rot("x", 80) @ scl(1.0, 1.0, 0.88), 0))
    nose = [(0.0, 0.79, fz - 0.01), (0.0, 0.72, fz + 0.012), (0.0, 0.66, fz + 0.03)]
    parts.append(tube(nose, [0.02, 0.032, 0.042], None, 0))
    parts.append(sphere(1.0, at(0, 0.65, fz + 0.018) @ scl(0.058, 0.028, 0.036), 0))
    for s in (-1, 1):
        parts.append(studs([(s * 0.022, 0.64, fz + 0.035)], [(s * 0.3, -1, 0.4)], 0.01, 0.01,
                           "marking"))  # the nostrils # fmt: skip
    parts.append(box(0.08, 0.006, 0.012, at(0, 0.607, fz - 0.01), "marking"))  # the mouth
    parts.append(box(0.09, 0.012, 0.014, at(0, 0.592, fz - 0.016), 0))  # the lower lip
    for s, hy in ((1, 0.45), (-1, 0.33)):  # the arms and the hands on the belly
        bz = _radius_at(body, hy) * ry
        arm = [(s * 0.15, 0.58, 0.0), (s * 0.2, 0.5, 0.04), (s * 0.19, hy + 0.03, bz * 0.7),
               (s * 0.13, hy, bz * 0.93)]  # fmt: skip
        parts.append(tube(arm, [0.04, 0.045, 0.042, 0.04], None, 0))
        for k in range(4):  # the fingers, laid across the belly
            fy = hy - 0.03 + 0.02 * k
            r = _radius_at(body, fy)
            xs = np.linspace(s * 0.13, -s * (0.03 - 0.008 * k), 4)
            finger = [(x, fy, ry * np.sqrt(max(r * r - x * x, 0.0)) + 0.008) for x in xs]
            parts.append(tube(finger, 0.0125, None, 0))
        tx = s * 0.1
        thumb = [(tx, hy + 0.035, bz + 0.005), (tx - s * 0.05, hy + 0.045, bz + 0.008)]
        parts.append(tube(thumb, 0.012, None, 0))
    pits, nrm = [], []
    for _ in range(70):  # the porous basalt's pits
        y = float(rng.uniform(0.1, 0.98))
        a = float(rng.uniform(-np.pi, np.pi))
        prof = body if y < 0.58 else head if y < 0.84 else hat
        r = _radius_at(prof, y)
        if r < 0.05:
            continue
        n = np.array([np.sin(a), 0.0, np.cos(a)])
        pits.append(np.array([r * np.sin(a), y, r * np.cos(a) * (ry if y < 0.58 else 0.9)]))
        nrm.append(n)
    parts.append(studs(pits, nrm, 0.008, 0.012, "marking", 6))
    return parts


# 1055 onggi

_ONGGI = [(0.0, 0.0), (0.25, 0.0), (0.29, 0.03), (0.37, 0.12), (0.43, 0.25), (0.45, 0.34),
          (0.44, 0.42), (0.39, 0.5), (0.32, 0.555), (0.27, 0.57), (0.262, 0.6), (0.27, 0.63),
          (0.285, 0.64), (0.0, 0.64)]  # fmt: skip
"""The onggi's profile: a small foot, a wide round belly and shoulder, a short wide neck."""


def _grass(a: float, y: float, h: float) -> list[tuple]:
    """One finger-drawn orchid-grass motif at angle a round the onggi from height y: three
    strokes fanning up from one point, the middle one tallest; (points, normals) pairs."""
    out = []
    for lean, tall in ((-0.22, 0.75), (0.0, 1.0), (0.25, 0.8)):
        pts, nrm = [], []
        for t in np.linspace(0, 1, 5):
            yy = y + h * tall * t
            r = _radius_at(_ONGGI, yy) + 0.002
            aa = a + lean * np.sin(t * 1.4)
            pts.append((r * np.sin(aa), yy, r * np.cos(aa)))
            nrm.append((np.sin(aa), 0.25, np.cos(aa)))
        out.append((pts, nrm))
    return out


def _onggi(rng: Rng) -> list[Part]:
    """An onggi, a Korean earthenware storage jar: a big round-shouldered pot wider than tall,
    a short wide neck with a rolled rim under a shallow domed lid with a knob, four small lug
    handles on the shoulder, a band of finger-drawn orchid-grass strokes round its belly."""
    parts = [lathe(_ONGGI, None, 0, "body")]
    parts.append(torus(0.276, 0.014, at(0, 0.633, 0), 0))  # the rolled rim
    lid = [(0.0, 0.638), (0.3, 0.638), (0.305, 0.65), (0.27, 0.68), (0.18, 0.705), (0.07, 0.715),
           (0.05, 0.725), (0.06, 0.75), (0.045, 0.765), (0.0, 0.767)]  # fmt: skip
    parts.append(lathe(lid, None, 0))
    for k in range(4):  # the lugs
        a = np.pi / 4 + np.pi / 2 * k
        r = _radius_at(_ONGGI, 0.46)
        out = np.array([np.sin(a), 0.0, np.cos(a)])
        side = np.array([np.cos(a), 0.0, -np.sin(a)])
        base = out * (r - 0.01) + v3(0, 0.46, 0)
        lug = [base - side * 0.04, base - side * 0.03 + out * 0.035, base + side * 0.03
               + out * 0.035, base + side * 0.04]  # fmt: skip
        parts.append(tube(lug, 0.013, None, 0))
    turn = float(rng.uniform(0, 0.5))
    for k in range(10):
        for pts, nrm in _grass(turn + 2 * np.pi * k / 10, 0.22, 0.2):
            parts.append(skin_strip(pts, nrm, 0.012, 0.008, 1))
    for y in (0.2, 0.44):  # the band's lines
        parts.append(torus(_radius_at(_ONGGI, y), 0.005, at(0, y, 0), 1))
    return parts


MORE_APPLIANCES_ZZZD = {
    1048: _gayageum, 1049: _janggu, 1050: _hanbok, 1051: _bibimbap, 1052: _bingsu,
    1053: _haetae, 1054: _hareubang, 1055: _onggi,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
