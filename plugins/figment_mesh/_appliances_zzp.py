"""More of the device family's appliances, from 935: a lion dance head, a dragon dance, a paifang
gate, a bamboo steamer, a bowl of noodle soup, a string of firecrackers, a mooncake, a plate of
dumplings.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, frames, rot, scl, v3
from ._kit import blocks, hoop, lobed, loft, plate, pt, rod, studs
from ._primitives import HEXAGON, box, catmull_rom, cylinder, lathe, slab, sphere, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZP"]

Rng = np.random.Generator

_PUFF = np.stack([np.cos(np.arange(8) * np.pi / 4), np.sin(np.arange(8) * np.pi / 4)], 1)
"""An eight-sided cross-section for fur and other soft round tubes."""


def _fur(points, r: float, puffs: int, slot="snow") -> Part:
    """A fluffy trim of fur along a smooth curve through 3D points: a tube swelling into
    ``puffs`` tufts."""
    n = 3 * puffs + 1
    path = catmull_rom(points, n)
    radii = np.where(np.arange(n) % 3 == 0, r * 0.65, r)[:, None]
    u, v = frames(path)
    return loft(path, u * radii, v * radii, _PUFF, slot)


def _cone(a, b, r: float, slot, tip: float = 0.0) -> Part:
    """A small six-sided cone (a tooth, a lash, a horn's tine) from its foot of radius r at a to
    its point at b."""
    return tube([a, b], [r, tip], None, slot, shape=HEXAGON)


def _frame(origin, x_axis, up) -> np.ndarray:
    """A placement at ``origin`` whose x runs along ``x_axis`` and whose y is ``up`` made square
    to it."""
    x = np.asarray(x_axis, float)
    x /= np.linalg.norm(x)
    y = np.asarray(up, float) - x * float(np.dot(up, x))
    y /= np.linalg.norm(y)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = x, y, np.cross(x, y), origin
    return m


def _chopsticks(a, b, gap: float, slot="cork") -> list[Part]:
    """A pair of chopsticks from their thick ends round a to their tips round b, ``gap`` apart
    at the thick end and closer at the tips."""
    a_, b_ = np.asarray(a, float), np.asarray(b, float)
    side = np.cross(b_ - a_, (0.0, 1.0, 0.0))
    side /= np.linalg.norm(side)
    return [tube([a_ + s * side * gap / 2, b_ + s * side * gap / 5], [0.009, 0.005], None, slot)
            for s in (-1, 1)]  # fmt: skip


# 935: a lion dance head


def _lion_eye(c, r: float) -> list[Part]:
    """A lion dance head's eye at c: a big white ball with a dark pupil staring forward, a gold
    lid over its top and dark lashes fanning up from the lid's edge."""
    c = np.asarray(c, float)
    parts = [sphere(r, at(*c), "sclera")]
    parts.append(sphere(r * 0.46, at(*c) @ at(0, -0.05 * r, 0.8 * r) @ scl(1, 1, 0.5), "pupil"))
    lid = at(*c) @ rot("x", -38)
    prof = [(r * 1.1, 0.0), (r * 1.02, r * 0.45), (r * 0.7, r * 0.85), (0.0, r * 1.1)]
    parts.append(lathe(prof, lid, 1))
    parts.append(hoop(r * 1.1, r * 0.09, lid, 1))
    for k in range(5):
        phi = np.radians(30 + 120 * k / 4)
        radial = (lid @ np.array([np.cos(phi), 0.0, np.sin(phi), 0.0]))[:3]
        root = c + radial * r * 1.12
        tip = root + radial * r * 0.55 + np.array([0.0, r * 0.45, 0.0])
        parts.append(_cone(root, tip, r * 0.09, "marking", r * 0.02))
    return parts


def _lion_cape(rng: Rng) -> list[Part]:
    """The lion's cloth body behind its head: an arch of cloth hanging from the back of the
    head, sinking to the floor and trailing back in a low wide heap, rows of gold scales on
    it, white fur down its spine and along its hems, a fluffy tail at its end."""
    t = np.linspace(0, np.pi, 21)
    fold = 1 + 0.05 * np.sin(t * 10) ** 2
    outer = np.stack([np.cos(t), np.sin(t)], 1) * fold[:, None]
    shape = np.concatenate([outer, outer[::-1] * [0.95, 0.9]])
    zs = (-0.1, -0.32, -0.52, -0.72, -0.92, -1.1, -1.25)
    tops = (0.75, 0.66, 0.42, 0.22, 0.15, 0.12, 0.06)
    widths = (0.32, 0.36, 0.42, 0.45, 0.44, 0.38, 0.2)
    sway = rng.uniform(-0.04, 0.04, 7) * np.linspace(0, 1, 7)
    lift = (0.3, 0.2, 0.08, 0.0, 0.0, 0.0, 0.0)
    centres = [(x, y, z) for x, y, z in zip(sway, lift, zs, strict=True)]
    us = [(w, 0.0, 0.0) for w in widths]
    vs = [(0.0, top - y, 0.0) for top, y in zip(tops, lift, strict=True)]
    parts = [loft(centres, us, vs, shape, 0)]
    pts, nrm = [], []
    for j, z in enumerate(np.linspace(-0.42, -1.05, 8)):  # rows of gold scales
        w, top, y0, x0 = (float(np.interp(-z, [-v for v in zs], q))
                          for q in (widths, tops, lift, sway))  # fmt: skip
        for t in np.linspace(0.55, np.pi - 0.55, 5)[: 5 - j % 2] + 0.14 * (j % 2):
            pts.append((x0 + w * np.cos(t) * 1.03, y0 + (top - y0) * np.sin(t) * 1.03, z))
            nrm.append((np.cos(t) / w, np.sin(t) / (top - y0), 0.0))
    parts.append(studs(pts, nrm, 0.032, 0.012, 1))
    spine = [(x, top + 0.01, z) for x, top, z in zip(sway, tops, zs, strict=True)]
    parts.append(_fur(spine[1:], 0.04, 8))
    parts.append(_fur([(sway[-1] - 0.1, 0.05, -1.25), (sway[-1], 0.1, -1.38),
                       (sway[-1] + 0.1, 0.05, -1.25)], 0.06, 3))  # the tail # fmt: skip
    for s in (-1, 1):  # the fur along the hems
        hem = [(x + s * w, y + 0.02, z) for x, y, w, z in zip(sway, lift, widths, zs, strict=True)]
        parts.append(_fur(hem[1:], 0.03, 8))
    return parts


def _lion_dance_head(rng: Rng) -> list[Part]:
    """A Chinese lion dance head resting on the floor: a big round hollow head with a high
    forehead carrying a round mirror and a single horn, huge round eyes under gold lids with
    dark lashes, a big bulbous nose between puffed cheeks, a wide open mouth with teeth and a
    tongue over a dropped lower jaw, bushy white fur framing the face and edging the ears and
    the beard, its cloth body trailing behind on the floor."""
    cx, cy, cz = 0.0, 0.5, 0.04
    rx, ry, rz = 0.4, 0.35, 0.38
    parts = [sphere(1.0, at(cx, cy, cz) @ scl(rx, ry, rz), 0, "body")]

    def front(x: float, y: float) -> float:
        q = 1 - (x / rx) ** 2 - ((y - cy) / ry) ** 2
        return cz + rz * float(np.sqrt(max(q, 0.0)))

    parts.append(sphere(1.0, at(0, 0.7, 0.2) @ scl(0.25, 0.17, 0.2), 0))  # the forehead
    parts.append(cylinder(0.065, 0.065, 0.02, at(0, 0.76, 0.38) @ rot("x", 55), "mirror"))
    parts.append(hoop(0.07, 0.014, at(0, 0.76, 0.38) @ rot("x", 55), 1))
    parts.append(tube([(0, 0.82, 0.3), (0, 0.93, 0.35), (0, 1.0, 0.31)], [0.05, 0.03, 0.012],
                      None, 1))  # the horn # fmt: skip
    parts.append(sphere(0.025, at(0, 1.0, 0.31), "card-red"))
    for s in (-1, 1):
        parts += _lion_eye((s * 0.17, 0.6, front(0.17, 0.6) - 0.02), 0.095)
        parts.append(sphere(1.0, at(s * 0.21, 0.42, front(0.21, 0.42) - 0.07)
                            @ scl(0.13, 0.1, 0.1), 0))  # a cheek # fmt: skip
        ear = at(s * 0.3, 0.8, -0.02) @ rot("z", -s * 35) @ rot("y", s * 20)
        parts.append(sphere(1.0, ear @ scl(0.09, 0.14, 0.03), 1))
        ring = [
            (0.09 * np.cos(a), 0.14 * np.sin(a), 0.0) for a in np.linspace(-0.3, np.pi + 0.3, 7)
        ]
        parts.append(_fur([(ear @ np.array([*p, 1.0]))[:3] for p in ring], 0.03, 4))
        parts.append(hoop(0.06, 0.012, at(s * 0.33, 0.45, 0.12) @ rot("z", s * 70), 1))
    parts.append(sphere(1.0, at(0, 0.47, front(0, 0.47) + 0.02) @ scl(0.1, 0.075, 0.07), 1))
    # the open mouth: a dark inside, an upper lip with its teeth, the dropped lower jaw
    parts.append(sphere(1.0, at(0, 0.29, 0.27) @ scl(0.3, 0.13, 0.17), "marking"))
    lip = [(x, 0.37 - 0.3 * x * x, front(x, 0.37) + 0.01) for x in np.linspace(-0.3, 0.3, 7)]
    parts.append(tube(lip, 0.024, None, 1))
    for k in range(6):
        x = -0.2 + 0.4 * k / 5
        y, z = 0.36 - 0.3 * x * x, front(x, 0.37) - 0.005
        parts.append(_cone((x, y - 0.01, z + 0.02), (x, y - 0.065, z + 0.015), 0.02, "tooth"))
    jaw = at(0, 0.15, 0.17) @ rot("x", 16)
    parts.append(sphere(1.0, jaw @ scl(0.3, 0.07, 0.27), 0))
    parts.append(sphere(1.0, jaw @ at(0, 0.05, 0.06) @ scl(0.17, 0.035, 0.15), "eraser"))
    low = [(x, 0.0, 0.26 * np.sqrt(1 - (x / 0.31) ** 2)) for x in np.linspace(-0.28, 0.28, 7)]
    parts.append(tube([(jaw @ np.array([*p, 1.0]))[:3] for p in low], 0.022, None, 1))
    for k in range(4):
        x = -0.15 + 0.1 * k
        p = (jaw @ np.array([x, 0.01, 0.25 * np.sqrt(1 - (x / 0.3) ** 2) - 0.01, 1.0]))[:3]
        parts.append(_cone(p, p + v3(0, 0.05, 0), 0.018, "tooth"))
    beard = [(jaw @ np.array([p[0], -0.06, p[2] - 0.03, 1.0]))[:3] for p in low]
    parts.append(_fur(beard, 0.06, 7))
    trim = [(0.37 * np.cos(a), cy + 0.35 * np.sin(a)) for a in np.linspace(-0.45, np.pi + 0.45, 11)]
    parts.append(_fur([(x, y, front(x * 0.95, cy + (y - cy) * 0.95) - 0.05) for x, y in trim],
                      0.085, 12))  # fmt: skip
    parts.append(_fur([(0, 0.84, 0.12), (0, 0.86, -0.05), (0, 0.8, -0.2)], 0.06, 4))
    parts += _lion_cape(rng)
    return parts


# 936: a dragon dance


def _dragon_head(m: np.ndarray) -> list[Part]:
    """A dance dragon's head under m, its snout along +x: a round skull and a long snout ending
    in a bulbous gold nose, a gaping mouth with teeth and a lolling tongue over a dropped jaw,
    big bulging eyes under gold brows, branching gold antlers sweeping back, long whiskers
    curling from the nose, a white beard and a white mane."""
    parts = [sphere(1.0, m @ scl(0.15, 0.13, 0.14), 0)]  # the skull
    parts.append(sphere(1.0, m @ at(0.17, -0.01, 0) @ scl(0.19, 0.07, 0.1), 0))  # the snout
    parts.append(sphere(1.0, m @ at(0.34, 0.02, 0) @ scl(0.05, 0.05, 0.085), 1))  # the nose
    parts.append(sphere(1.0, m @ at(0.13, -0.08, 0) @ scl(0.17, 0.05, 0.08), "comb"))
    jaw = m @ at(0.0, -0.09, 0) @ rot("z", -20)
    parts.append(sphere(1.0, jaw @ at(0.16, 0, 0) @ scl(0.17, 0.03, 0.085), 0))
    parts.append(tube([pt(jaw, 0.08, 0.02, 0), pt(jaw, 0.3, 0.03, 0), pt(jaw, 0.38, 0.08, 0)],
                      [0.03, 0.025, 0.01], None, "card-red"))  # the tongue # fmt: skip
    for s in (-1, 1):
        for k in range(4):  # the teeth
            x = 0.1 + 0.06 * k
            parts.append(_cone(pt(m, x, -0.05, s * 0.075), pt(m, x, -0.1, s * 0.07), 0.012,
                               "tooth"))  # fmt: skip
        eye = pt(m, 0.05, 0.08, s * 0.1)
        parts.append(sphere(0.055, at(*eye), "sclera"))
        parts.append(sphere(0.03, at(*pt(m, 0.075, 0.08, s * 0.13)), "pupil"))
        parts.append(sphere(1.0, m @ at(0.05, 0.125, s * 0.1) @ rot("z", -15)
                            @ scl(0.08, 0.025, 0.05), 1))  # the brow # fmt: skip
        beam = [pt(m, -0.03, 0.1, s * 0.06), pt(m, -0.1, 0.25, s * 0.1),
                pt(m, -0.2, 0.35, s * 0.14), pt(m, -0.32, 0.38, s * 0.16)]  # fmt: skip
        parts.append(tube(beam, [0.025, 0.02, 0.014, 0.006], None, 1))  # the antler
        parts.append(_cone(pt(m, -0.1, 0.25, s * 0.1), pt(m, -0.03, 0.36, s * 0.12), 0.012, 1))
        parts.append(_cone(pt(m, -0.2, 0.35, s * 0.14), pt(m, -0.17, 0.46, s * 0.15), 0.01, 1))
        whisker = [pt(m, 0.32, 0.0, s * 0.07), pt(m, 0.42, 0.04, s * 0.17),
                   pt(m, 0.38, 0.12, s * 0.3), pt(m, 0.22, 0.08, s * 0.4)]  # fmt: skip
        parts.append(tube(whisker, [0.008, 0.006, 0.004, 0.002], None, 1))
    for z in (-0.05, 0.0, 0.05):  # the beard
        tuft = [pt(m, 0.1, -0.13, z), pt(m, 0.04, -0.24, z * 1.4), pt(m, -0.02, -0.32, z * 2)]
        parts.append(tube(tuft, [0.025, 0.02, 0.006], None, "snow"))
    mane = [
        pt(m, -0.1, 0.14 * np.sin(a) - 0.02, 0.15 * np.cos(a))
        for a in np.linspace(-0.6, np.pi + 0.6, 9)
    ]
    parts.append(_fur(mane, 0.045, 9))
    return parts


def _dragon_dance(rng: Rng) -> list[Part]:
    """A Chinese dance dragon: its big head held high on a pole, its long cloth body snaking
    behind it in waves, held up on six poles, banded in gold, a scalloped gold ridge along its
    back and a tufted tail at its end."""
    head = at(0.95, 0.9, 0.16) @ rot("y", -22) @ rot("z", 8) @ scl(1.2)
    neck = pt(head, -0.12, -0.02, 0.0)
    wave = float(rng.uniform(-0.03, 0.03))
    ctrl = np.array([neck, (0.62, 1.0, 0.06), (0.4, 0.92 + wave, -0.06), (0.2, 0.6, -0.12),
                     (-0.02, 0.45 - wave, -0.04), (-0.26, 0.62, 0.08), (-0.46, 0.95, 0.12),
                     (-0.7, 0.88 + wave, 0.02), (-0.9, 0.58, -0.08), (-1.1, 0.46, -0.1),
                     (-1.3, 0.56, -0.06)])  # fmt: skip
    radii = [0.09] * 9 + [0.065, 0.04]
    parts = [tube(ctrl, radii, None, 0, "body")]
    path = catmull_rom(ctrl, 73)
    rad = np.interp(np.linspace(0, 1, 73), np.linspace(0, 1, len(ctrl)), radii)
    belly = path[::6] - np.array([0.0, 0.03, 0.0])
    parts.append(tube(belly, rad[::6] * 0.86, None, 1))
    up = np.array([0.0, 1.0, 0.0])
    for i in range(2, 71):
        tan = path[i + 1] - path[i - 1]
        f = _frame(path[i], tan, up)
        if i % 6 == 0:  # the gold hoops
            parts.append(hoop(rad[i] + 0.004, 0.01, f @ rot("z", 90), 1, 20, 4))
        if i % 3 == 0 and i < 68:  # the scalloped ridge
            fin = [(-0.05, 0.0), (0.04, 0.0), (0.03, 0.045), (-0.02, 0.08), (-0.055, 0.04)]
            parts.append(slab(fin, 0.01, f @ at(0.0, rad[i] - 0.01, 0.0), 1))
    for i in (7, 20, 33, 45, 57, 67):  # the poles
        x, y, z = path[i]
        parts.append(stick((x, 0.0, z), (x, y - rad[i] * 0.8, z), 0.013, "cork"))
    x, y, z = pt(head, 0.05, 0.0, 0.0)
    parts.append(stick((x, 0.0, z), (x, y - 0.22, z), 0.016, "cork"))
    for k in range(4):  # the tail's tufts
        a = np.radians(-40 + 26 * k)
        tip = ctrl[-1] + np.array([-0.16 * np.cos(a), 0.16 * np.sin(a) + 0.04, 0.04 * (k - 1.5)])
        parts.append(tube([ctrl[-2], ctrl[-1], tip], [0.03, 0.03, 0.005], None, 1))
    parts += _dragon_head(head)
    return parts


# 937: a paifang gate


def _tiled_roof(m: np.ndarray, length: float, depth: float, rise: float) -> list[Part]:
    """A Chinese tiled roof under m, along x and centred on its eaves' line: two concave slopes
    from a ridge down to eaves that curl up at their edges, the whole roof sweeping up toward
    both ends, ribbed with rows of tiles, a ridge beam with curled ends on top."""
    u = np.linspace(-1, 1, 17)
    top = np.stack([u * depth / 2, rise * (1 - np.abs(u)) ** 1.8 + 0.012 * np.abs(u) ** 8], 1)
    under = top[::-1] - np.array([0.0, 0.018])
    shape = np.concatenate([top, under])
    n = 2 * int(length / 0.03) + 1
    xs = np.linspace(-length / 2, length / 2, n)
    end = np.abs(xs / (length / 2)) ** 3
    centres = [
        pt(m, x, 0.06 * e + 0.005 * (i % 2), 0.0)
        for i, (x, e) in enumerate(zip(xs, end, strict=True))
    ]
    us = [(m[:3, :3] @ np.array([0.0, 0.0, 1.0])) * (1 + 0.18 * e) for e in end]
    vs = [m[:3, :3] @ np.array([0.0, 1.0, 0.0]) for _ in end]
    parts = [loft(centres, us, vs, shape, 1)]
    ridge = [pt(m, -length / 2 - 0.01, rise + 0.1, 0), pt(m, -length * 0.42, rise + 0.02, 0),
             pt(m, 0, rise + 0.005, 0), pt(m, length * 0.42, rise + 0.02, 0),
             pt(m, length / 2 + 0.01, rise + 0.1, 0)]  # fmt: skip
    parts.append(tube(ridge, [0.008, 0.02, 0.02, 0.02, 0.008], None, 1))
    return parts


def _paifang_gate(rng: Rng) -> list[Part]:
    """A Chinese paifang gate: four red columns in a row on stone plinths braced by stone
    blocks, red beams across its three bays, a painted frieze of brackets under each roof, a
    gold-edged plaque with characters in the middle, and curved tiled roofs with upturned
    eaves on top, the middle one higher than the two at the sides."""
    xm, xo, r = 0.16, 0.44, 0.028
    hm, ho = 0.74, 0.58
    parts = [cylinder(r, r, hm, at(-xm, 0, 0), 0, "body")]
    parts.append(cylinder(r, r, hm, at(xm, 0, 0), 0))
    for s in (-1, 1):
        parts.append(cylinder(r, r, ho, at(s * xo, 0, 0), 0))
    for x in (-xo, -xm, xm, xo):  # the plinths and bracing stones
        parts.append(box(0.09, 0.05, 0.09, at(x, 0, 0), "stones"))
        for s in (-1, 1):
            brace = [(-0.025, 0.0), (0.025, 0.0), (0.025, 0.07), (0.0, 0.12), (-0.025, 0.07)]
            parts.append(slab(sharp(brace), 0.04, at(x, 0.05, s * 0.06) @ rot("y", 90), "stones"))
    # the middle bay: two beams, the plaque between them, the frieze under the roof
    for y, h in ((0.46, 0.045), (0.62, 0.04)):
        parts.append(box(2 * xm + 0.08, h, 0.05, at(0, y, 0), 0))
    plaque = at(0, 0.51, 0.028)
    parts.append(box(0.2, 0.105, 0.012, plaque, "plume-tip"))
    parts.append(box(0.17, 0.08, 0.014, plaque @ at(0, 0.012, 0), "plume"))
    for k in range(3):  # its characters
        x = -0.05 + 0.05 * k
        for y0, w in ((0.025, 0.03), (0.046, 0.024), (0.067, 0.03)):
            parts.append(box(w, 0.006, 0.016, plaque @ at(x, y0, 0), "plume-tip"))
        parts.append(box(0.006, 0.05, 0.016, plaque @ at(x, 0.022, 0), "plume-tip"))
    parts.append(box(2 * xm + 0.12, 0.05, 0.07, at(0, 0.665, 0), "plume"))
    feet = [(-xm - 0.04 + 0.04 * k, 0.68, 0.0) for k in range(int((2 * xm + 0.09) / 0.04))]
    parts.append(blocks(feet, (0.022, 0.035, 0.09), None, "fruit-green"))
    parts += _tiled_roof(at(0, hm + 0.02, 0), 0.6, 0.22, 0.09)
    for s in (-1, 1):  # the side bays
        xc = s * (xm + xo) / 2
        for y, h in ((0.36, 0.04), (0.47, 0.035)):
            parts.append(box(xo - xm + 0.06, h, 0.045, at(xc, y, 0), 0))
        parts.append(box(xo - xm - 0.04, 0.07, 0.02, at(xc, 0.4, 0), "fruit-green"))
        parts.append(box(xo - xm + 0.08, 0.045, 0.065, at(xc, 0.505, 0), "plume"))
        feet = [(xc - 0.12 + 0.04 * k, 0.52, 0.0) for k in range(7)]
        parts.append(blocks(feet, (0.02, 0.03, 0.08), None, "fruit-green"))
        parts += _tiled_roof(at(s * (xo + 0.01), ho - 0.03, 0), 0.38, 0.19, 0.075)
    return parts


# 938: a bamboo steamer


def _steamer_tier(y0: float, r: float, h: float) -> list[Part]:
    """One round tier of a bamboo steamer standing at height y0: a ribbed bamboo wall bound by
    thick strips round its top and foot, a slatted floor inside."""
    wall = [(r - 0.014, 0.0), (r, 0.0), (r, h), (r - 0.014, h)]
    parts = [lathe(wall, at(0, y0, 0), 0, closed=True, shape=lobed(48, 24, 0.035))]
    for y in (0.011, h - 0.011):
        parts.append(hoop(r + 0.003, 0.012, at(0, y0 + y, 0), 0, 32, 4))
    parts.append(cylinder(r - 0.01, r - 0.01, 0.008, at(0, y0 + 0.012, 0), 0))
    for k in range(7):  # the floor's slats
        z = (k - 3) * r / 4
        x = np.sqrt(max(r * r - z * z, 0.0)) - 0.016
        parts.append(rod((-x, y0 + 0.024, z), (x, y0 + 0.024, z), 0.012, 0))
    return parts


def _bun(m: np.ndarray, r: float, slot="pages") -> Part:
    """A steamed soup dumpling under m: a soft round bun gathered into fine pleats that twist
    up to a little knot on top."""
    prof = [(0.0, 0.0), (r, 0.0), (r * 1.04, r * 0.45), (r * 0.6, r * 0.95), (r * 0.12, r * 1.2),
            (0.0, r * 1.22)]  # fmt: skip
    return lathe(prof, m, slot, shape=lobed(24, 12, 0.1))


def _bamboo_steamer(rng: Rng) -> list[Part]:
    """A bamboo steamer on a plate: two round shallow tiers of ribbed bamboo bound with strips,
    stacked, the top one full of pleated steamed buns, its domed woven lid lifted ajar on the
    rim so the buns peek out."""
    r, h = 0.28, 0.1
    parts = _steamer_tier(0.024, r, h)
    parts[0] = replace(parts[0], tag="body")
    parts += _steamer_tier(0.024 + h, r, h)
    parts.append(plate(np.eye(4), 0.46, 1))
    y = 0.024 + h + 0.03
    for k in range(4):  # the buns
        a = np.radians(45 + 90 * k + float(rng.uniform(-8, 8)))
        parts.append(_bun(at(0.12 * np.cos(a), y, 0.12 * np.sin(a)), 0.07))
    top = 0.024 + 2 * h
    lid = at(0, top, -r) @ rot("x", -20) @ at(0, 0, r)
    shell = [(0.0, 0.1), (r * 0.7, 0.075), (r - 0.01, 0.045), (r - 0.01, 0.0), (r + 0.012, 0.0),
             (r + 0.012, 0.05), (r * 0.75, 0.1), (r * 0.35, 0.13), (0.0, 0.135)]  # fmt: skip
    parts.append(lathe(shell, lid, 0, shape=lobed(64, 32, 0.02)))
    for y_, rr in ((0.008, r + 0.014), (0.045, r + 0.014), (0.095, r * 0.72), (0.122, r * 0.42)):
        parts.append(hoop(rr, 0.006, lid @ at(0, y_, 0), 0, 32, 4))
    return parts


# 939: a bowl of noodle soup


def _half_egg(m: np.ndarray, r: float) -> list[Part]:
    """Half a boiled egg under m, cut face up: a rounded white, a flat cut face, a soft yolk."""
    cup = [(0.0, -r * 0.75), (r * 0.62, -r * 0.62), (r * 0.95, -r * 0.3), (r, 0.0), (0.0, 0.001)]
    parts = [lathe(cup, m @ scl(1.0, 1.0, 0.72), "snow")]
    parts.append(sphere(1.0, m @ scl(r * 0.5, r * 0.12, r * 0.42), "fruit-orange"))
    return parts


def _noodle_soup(rng: Rng) -> list[Part]:
    """A bowl of noodle soup: a deep round bowl with a foot ring and a red band under its rim,
    full of broth, a tangle of noodles on top and more of them draped over a pair of chopsticks
    resting across the rim, two slices of pork and half a boiled egg leaning on the far side, a
    sheet of nori standing up behind, green onion sprinkled over."""
    bowl = [(0.0, 0.0), (0.12, 0.0), (0.13, 0.025), (0.22, 0.07), (0.285, 0.15), (0.31, 0.24),
            (0.315, 0.26), (0.3, 0.262), (0.292, 0.2), (0.25, 0.12), (0.16, 0.065),
            (0.0, 0.05)]  # fmt: skip
    parts = [lathe(bowl, None, 0, "body")]
    parts.append(hoop(0.307, 0.007, at(0, 0.225, 0), "card-red", 40, 4))
    broth = 0.215
    parts.append(cylinder(0.286, 0.296, 0.012, at(0, broth - 0.01, 0), "cork"))
    a, b = np.array([-0.46, 0.28, 0.1]), np.array([0.36, 0.28, -0.02])
    parts += _chopsticks(a, b, 0.03, 1)
    for k in range(7):  # noodles draped over the chopsticks
        x = -0.13 + 0.04 * k + float(rng.uniform(-0.01, 0.01))
        zc = float(a[2] + (b[2] - a[2]) * (x - a[0]) / (b[0] - a[0]))
        dz = 0.09 + 0.02 * (k % 3)
        pts = [(x - 0.02, broth, zc + dz), (x - 0.005, 0.26, zc + 0.04), (x, 0.295, zc),
               (x + 0.005, 0.26, zc - 0.04), (x + 0.02, broth, zc - dz)]  # fmt: skip
        parts.append(tube(pts, 0.0065, None, "pages", shape=HEXAGON))
    for k in range(9):  # the tangle on the broth
        a0 = 2 * np.pi * k / 9 + float(rng.uniform(-0.2, 0.2))
        p0 = np.array([0.22 * np.cos(a0), 0.22 * np.sin(a0)])
        p1 = np.array([0.2 * np.cos(a0 + 2.3), 0.2 * np.sin(a0 + 2.3)])
        side = np.array([-(p1 - p0)[1], (p1 - p0)[0]]) / np.linalg.norm(p1 - p0)
        pts = []
        for j in range(8):
            t = j / 7
            q = p0 + (p1 - p0) * t + side * 0.035 * np.sin(t * np.pi * 3 + k)
            pts.append((q[0], broth + 0.002 + 0.003 * np.cos(t * 9 + k), q[1]))
        parts.append(tube(pts, 0.0065, None, "pages", shape=HEXAGON))
    for k in range(2):  # the pork
        m = at(-0.13 + 0.07 * k, broth - 0.005, -0.17 + 0.02 * k) @ rot("x", 58) @ rot("y", 15 * k)
        parts.append(cylinder(0.075, 0.075, 0.014, m, "eraser"))
        parts.append(hoop(0.075, 0.009, m @ at(0, 0.007, 0), "cork", 24, 4))
    parts += _half_egg(at(0.14, broth + 0.03, -0.1) @ rot("x", 30) @ rot("y", -20), 0.075)
    parts.append(box(0.13, 0.17, 0.005, at(0.03, 0.13, -0.25) @ rot("x", -14), "marking"))
    scatter = rng.uniform(-1, 1, (18, 2)) * [0.09, 0.07] + [0.02, 0.1]
    pts = [(x, broth + 0.004, z) for x, z in scatter]
    parts.append(studs(pts, [(0.0, 1.0, 0.0)] * len(pts), 0.012, 0.006, "fruit-green"))
    return parts


# 940: a string of firecrackers


def _chinese_knot(c, h: float, slot="card-red") -> list[Part]:
    """A decorative Chinese knot at c facing +z, h from its middle to each tip: a diamond
    lattice of cords crossing both ways, a loop at each tip."""
    c = np.asarray(c, float)
    e1 = np.array([1.0, 1.0, 0.0]) * h / 2
    e2 = np.array([1.0, -1.0, 0.0]) * h / 2
    parts = []
    for u in (-1.0, -1 / 3, 1 / 3, 1.0):
        parts.append(stick(c + u * e1 - e2, c + u * e1 + e2, h * 0.05, slot))
        parts.append(stick(c + u * e2 - e1, c + u * e2 + e1, h * 0.05, slot))
    for k in range(4):
        a = np.radians(90 * k)
        p = c + np.array([np.cos(a), np.sin(a), 0.0]) * h * 1.15
        parts.append(hoop(h * 0.2, h * 0.05, at(*p) @ rot("x", 90), slot, 16, 4))
    return parts


def _firecrackers(rng: Rng) -> list[Part]:
    """A string of Chinese firecrackers hanging straight down: dozens of small red paper
    cylinders with gold tips braided onto a central cord, level by level, pointing out all
    round and angled down like a herringbone, a red cord and a Chinese knot at the top, the
    fuse curling from the bottom."""
    top, bot, step = 0.84, 0.12, 0.027
    n = int((top - bot) / step) + 1
    pts, dirs, tips = [], [], []
    for i in range(n):
        y = top - i * step
        for j in range(4):
            a = np.radians(90 * j + 45 * (i % 2) + float(rng.uniform(-6, 6)))
            d = np.array([np.cos(a) * 0.9, -0.42, np.sin(a) * 0.9])
            d /= np.linalg.norm(d)
            pts.append(np.array([0.0, y, 0.0]) + d * 0.056)
            dirs.append(d)
            tips.append(np.array([0.0, y, 0.0]) + d * 0.095)
    parts = [replace(studs(pts, dirs, 0.013, 0.078, 0), tag="body")]
    parts.append(studs(tips, dirs, 0.0135, 0.012, 1))
    parts.append(stick((0, bot - 0.01, 0), (0, top + 0.01, 0), 0.012, "card-red"))
    parts.append(stick((0, top, 0), (0, 0.93, 0), 0.008, "card-red"))
    parts += _chinese_knot((0, 0.99, 0), 0.06)
    parts.append(hoop(0.025, 0.006, at(0, 1.1, 0) @ rot("x", 90), "card-red", 16, 4))
    fuse = [(0, bot, 0), (0.0, 0.07, 0.01), (0.02, 0.03, 0.03), (0.05, 0.012, 0.02)]
    parts.append(tube(fuse, 0.004, None, "cork", shape=HEXAGON))
    return parts


# 941: a mooncake

_GLYPHS = (
    ((-0.7, 0.5, 0.7, 0.5), (-0.7, -0.3, 0.7, -0.3), (-0.7, -0.3, -0.7, 0.5),
     (0.7, -0.3, 0.7, 0.5), (0.0, -1.0, 0.0, 1.0)),
    ((-0.5, -1.0, -0.5, 1.0), (0.5, -1.0, 0.5, 1.0), (-0.5, 1.0, 0.5, 1.0),
     (-0.5, 0.35, 0.5, 0.35), (-0.5, -0.3, 0.5, -0.3)),
    ((-0.8, 0.8, 0.8, 0.8), (-0.6, 0.1, 0.6, 0.1), (-0.9, -0.7, 0.9, -0.7), (0.0, -1.0, 0.0, 1.0)),
    ((-0.7, -0.8, 0.7, -0.8), (-0.7, 0.8, 0.7, 0.8), (-0.7, -0.8, -0.7, 0.8),
     (0.7, -0.8, 0.7, 0.8), (-0.7, 0.0, 0.7, 0.0), (0.0, -0.8, 0.0, 0.8)),
)  # fmt: skip
"""Four blocky characters for a mooncake's stamp: strokes (x0, y0, x1, y1) in a square -1..1."""


def _scallop(t: np.ndarray, r: float, lobes: int) -> np.ndarray:
    """The radius of a fluted edge of ``lobes`` round flutes at the angles t."""
    return r * (0.94 + 0.06 * np.abs(np.cos(t * lobes / 2)) ** 0.6)


def _mooncake_top(x: float, y: float, z: float, r: float) -> list[Part]:
    """A mooncake's stamped top at (x, y, z): a ring of raised dots inside the fluted edge, a
    raised ring round four blocky characters."""
    parts = [hoop(r * 0.82, 0.007, at(x, y, z), 0, 40, 4)]
    parts.append(hoop(r * 0.58, 0.006, at(x, y, z), 0, 32, 4))
    a = np.linspace(0, 2 * np.pi, 18, endpoint=False)
    dots = [(x + r * 0.7 * np.cos(t), y, z + r * 0.7 * np.sin(t)) for t in a]
    parts.append(studs(dots, [(0.0, 1.0, 0.0)] * len(dots), 0.012, 0.014, 0))
    g = r * 0.17
    for k, glyph in enumerate(_GLYPHS):
        cx, cz = x + (k % 2 - 0.5) * 2.3 * g, z + (k // 2 - 0.5) * 2.3 * g
        for x0, y0, x1, y1 in glyph:
            a_ = (cx + x0 * g * 0.9, y, cz - y0 * g)
            b_ = (cx + x1 * g * 0.9, y, cz - y1 * g)
            parts.append(rod(a_, b_, 0.011, 0))
    return parts


def _mooncake(rng: Rng) -> list[Part]:
    """A mooncake on a small plate: a round thick golden pastry with a fluted edge and a stamped
    top (a ring of dots, a ring round four characters), and behind it another cut in half,
    its cut face turned forward showing the thin crust round a dark filling and the round
    yolk in the middle."""
    r, h, y0 = 0.17, 0.085, 0.018
    cx, cz = -0.13, 0.08
    prof = [(0.0, 0.0), (r * 0.96, 0.0), (r, 0.012), (r, h - 0.015), (r * 0.95, h),
            (0.0, h)]  # fmt: skip
    parts = [lathe(prof, at(cx, y0, cz), 0, "body", shape=lobed(64, 16, 0.06))]
    parts += _mooncake_top(cx, y0 + h, cz, r)
    parts.append(plate(np.eye(4), 0.36, 1))
    turn = float(rng.uniform(-8, 8))
    half = at(0.14, y0, -0.04) @ rot("y", 22 + turn)
    t = np.linspace(0, np.pi, 41)
    rr = _scallop(t, r, 16)
    outline = list(zip(rr * np.cos(t), rr * np.sin(t), strict=True))
    parts.append(slab(sharp(outline), h, half @ at(0, h / 2, 0) @ rot("x", -90), 0))
    parts.append(box(2 * r - 0.03, h - 0.026, 0.004, half @ at(0, 0.012, 0), "soil"))
    parts.append(sphere(1.0, half @ at(0, h / 2, 0.002) @ scl(0.036, 0.034, 0.012), "fruit-orange"))
    return parts


# 942: dumplings


def _jiaozi(m: np.ndarray, length: float) -> list[Part]:
    """One jiaozi under m, lying along x: a plump half-moon of dough curving round +z, pointed
    at both ends, its two edges pinched into a crimped ridge of pleats along its top."""
    t = np.linspace(0, 2 * np.pi, 18, endpoint=False)
    shape = np.stack([np.cos(t) * (1 - 0.5 * np.sin(t)), np.maximum(np.sin(t), -0.55)], 1)
    bow = length * 0.35
    centres, us, vs, ridge = [], [], [], []
    for s in np.linspace(-1, 1, 11):
        fat = max(np.sqrt(1 - s * s), 0.08)
        c = np.array([s * length / 2, 0.0, bow * (1 - s * s)])
        side = np.array([4 * bow * s / length, 0.0, 1.0])  # across the crescent
        side = side / np.linalg.norm(side)
        h = length * 0.25 * fat
        w = length * 0.22 * fat**0.7
        centres.append(pt(m, *(c + v3(0.0, h * 0.55, 0.0))))
        us.append(m[:3, :3] @ (side * w))
        vs.append(m[:3, :3] @ np.array([0.0, h, 0.0]))
        ridge.append(c + v3(0.0, h * 1.55, 0.0))
    parts = [loft(centres, us, vs, shape, 0)]
    parts.append(_fur([pt(m, *p) for p in ridge[1:-1]], length * 0.06, 9, 0))
    return parts


def _dumplings(rng: Rng) -> list[Part]:
    """A plate of six jiaozi: plump pleated half-moon dumplings in a ring on a round plate, a
    small dish of dark dipping sauce beside it and a pair of chopsticks resting on the plate's
    rim."""
    parts = []
    for k in range(6):
        a = 2 * np.pi * (k + 0.5) / 6 + float(rng.uniform(-0.06, 0.06))
        m = at(0.15 * np.cos(a), 0.021, 0.15 * np.sin(a)) @ rot("y", 90 - np.degrees(a))
        parts += _jiaozi(m, 0.2)
    parts[0] = replace(parts[0], tag="body")
    parts.append(plate(np.eye(4), 0.42, 1))
    dish = [(0.0, 0.0), (0.06, 0.0), (0.09, 0.03), (0.1, 0.045), (0.092, 0.046), (0.08, 0.03),
            (0.0, 0.015)]  # fmt: skip
    parts.append(lathe(dish, at(0.36, 0, 0.32), 1))
    parts.append(cylinder(0.082, 0.084, 0.006, at(0.36, 0.026, 0.32), "marking"))
    parts += _chopsticks((-0.36, 0.062, 0.3), (0.36, 0.056, 0.34), 0.03)
    return parts


MORE_APPLIANCES_ZZP = {
    935: _lion_dance_head, 936: _dragon_dance, 937: _paifang_gate, 938: _bamboo_steamer,
    939: _noodle_soup, 940: _firecrackers, 941: _mooncake, 942: _dumplings,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
