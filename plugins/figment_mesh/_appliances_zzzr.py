"""More of the device family's appliances, from 1147: big and strange birds: a toucan, a
pelican, a puffin, a turkey, an ostrich, a dodo, a flamingo and a heron.

Each stands on y = 0, built head toward +x and turned to show its side, its head a little
toward the viewer (+z): its plumage in the first material, its legs (and the plain beaks, the
ostrich's bare neck) in the second, its markings, bare skin, the bright beaks and its perch in
fixed colours. The bodies are smooth distance-field solids; each patch of colour on them is the
same skin grown a little and kept inside an ellipsoid, so its edge follows the body.
"""

from __future__ import annotations

import numpy as np

from ._geometry import Part, at, rot, scl
from ._kit import (
    FLAT_UP,
    HEX,
    bird_beak,
    bird_eyes,
    ccw,
    colour_patch,
    cut,
    ellipse,
    flat_solid,
    flat_tail,
    folded_wings,
    rope,
    skin_field,
    skin_streak,
    solid,
    turned,
)
from ._primitives import slab, sphere, tube
from ._sdf import ellipsoid

__all__ = ["MORE_APPLIANCES_ZZZR"]

Rng = np.random.Generator


# Skins and patches of colour on them


# Pieces of a bird of its own (the shared ones are _kit's), head toward +x, right side toward +z


def _tips(wing, start: int, lead, slot="marking", grow: float = 1.12) -> list[Part]:
    """Dark wing tips: the rows of ``wing`` from ``start`` on, a little bigger, led by the row
    ``lead`` (x, y, z, half height, half thickness) where the dark begins."""
    tip = [(x, y, z * 1.03, h * grow, t * 1.25) for x, y, z, h, t in wing[start:]]
    return folded_wings([lead, *tip], 20, slot, 10)


def _legs(hip, foot, r: float, toe: float, slot=1, spread: float = 0.07,
          knee=None) -> list[Part]:  # fmt: skip
    """Two legs from hips (x, y) to feet (x, y) spread ±spread across (through a ``knee``
    (x, y) when given), each standing on three toes forward and one back flat on the ground
    at the foot's height."""
    parts = []
    for s in (-1, 1):
        a, b = (hip[0], hip[1], s * spread * 0.8), (foot[0], foot[1] + r, s * spread)
        pts = [a, (knee[0], knee[1], s * spread * 0.9), b] if knee else [a, b]
        rad = [r * 1.3, r * 1.1, r] if knee else [r * 1.3, r]
        parts.append(tube(pts, rad, None, slot, "legs"))
        parts += _toes(b, foot[1], r, toe, s, slot)
    return parts


def _toes(b, y: float, r: float, toe: float, s: int, slot) -> list[Part]:
    """Three toes forward and one back from the ankle b, flat on the ground at height y."""
    parts = []
    for yaw in (-30, 0, 30, 180):
        t = np.radians(yaw + s * 8)
        k = 0.55 if yaw == 180 else 1.0
        tip = (b[0] + toe * k * np.cos(t), y + r * 0.5, b[2] + toe * k * np.sin(t))
        parts.append(tube([b, tip], [r * 0.9, r * 0.45], None, slot, shape=HEX))
    return parts


def _web(x: float, y: float, z: float, toe: float, slot, yaw: float = 0.0) -> Part:
    """A webbed foot flat at (x, y, z), pointing to +x (turned ``yaw`` degrees about y)."""
    pts = [(-0.01, 0.0), (toe * 0.95, -toe * 0.55), (toe * 0.82, 0.0), (toe * 0.95, toe * 0.55)]
    m = at(x, y, z) @ rot("y", yaw) @ FLAT_UP
    return flat_solid(lambda n: [ccw(np.asarray(pts))], 0.01, m, slot)


# 1147 toucan


def _branch(top: float, rng: Rng) -> list[Part]:
    """A bare branch across the bird's feet (along z, its top at ``top``), growing out of a
    short stump standing behind to the bird's left, with a few leaves at its free end."""
    r = 0.035
    y = top - r
    sway = float(rng.uniform(-0.02, 0.02))
    parts = [tube([(0.02, y - 0.02, -0.34), (0.0, y, 0.0), (sway, y + 0.01, 0.3)],
                  [r * 1.3, r, r * 0.7], None, "soil", "perch")]  # fmt: skip
    parts.append(tube([(0.04, 0.01, -0.36), (0.02, y, -0.35), (0.03, y + 0.16, -0.37)],
                      [r * 2.2, r * 1.7, r * 1.4], None, "soil"))  # the stump # fmt: skip
    parts.append(tube([(sway, y + 0.01, 0.22), (sway + 0.06, y + 0.07, 0.3)], [r * 0.5, r * 0.3],
                      None, "soil"))  # a twig # fmt: skip
    for k, (dx, dy, dz, yaw) in enumerate(((0.0, 0.0, 0.33, 0), (0.07, 0.08, 0.32, 50),
                                           (-0.03, 0.03, 0.27, -60))):  # fmt: skip
        m = at(sway + dx, y + dy + 0.02, dz) @ rot("y", yaw + 30 * k) @ rot("z", -30)
        parts.append(sphere(1.0, m @ at(0.05, 0, 0) @ scl(0.06, 0.006, 0.025), "vine"))
    return [p.moved(rot("y", -30)) for p in parts]


def _perched(x: float, hip: float, top: float, twig_r: float, r: float, slot=1,
             spread: float = 0.05) -> list[Part]:  # fmt: skip
    """Two short legs from the hips (at height ``hip``) down to a branch along z whose top is
    at (x, top), their toes curled over its front and back."""
    parts = []
    cy, rr = top - twig_r, twig_r + r * 0.7
    for s in (-1, 1):
        z = s * spread
        parts.append(tube([(x - 0.01, hip, z * 0.8), (x, top + r, z)], [r * 1.3, r], None, slot,
                          "legs"))  # fmt: skip
        for a0, a1, dz in ((90, 15, -0.012), (90, 15, 0.012), (90, 160, 0.0)):
            t = np.radians(np.linspace(a0, a1, 4))
            pts = [(x + rr * np.cos(a), cy + rr * np.sin(a), z + dz * (i / 3))
                   for i, a in enumerate(t)]  # fmt: skip
            parts.append(tube(pts, [r, r, r * 0.8, r * 0.5], None, slot, shape=HEX))
    return parts


def _toucan(rng: Rng) -> list[Part]:
    """A toco toucan perched on a branch: a black body held upright, a white throat and bib
    edged in yellow, a red patch under the tail, a long square tail hanging straight down,
    blue bare skin round its eye, and a huge curved banana of a bill as long as its body,
    bright orange with a red tip, a black band at its root and a black line along its gape."""
    top = 0.36
    head = (0.08, 0.8, 0.0)
    shapes = [ellipsoid((0.0, 0.57, 0.0), (0.2, 0.12, 0.12), rot("z", 68))]
    shapes.append(ellipsoid((0.04, 0.62, 0.0), (0.1, 0.12, 0.11), None, 0.06))  # the breast
    shapes.append(ellipsoid(head, (0.1, 0.085, 0.085), None, 0.06))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.02, 0, "body")]
    parts.append(colour_patch(shapes, (0.13, 0.66, 0.0), (0.1, 0.12, 0.3), "plume-tip", 0, 0.007))
    parts.append(colour_patch(shapes, (0.15, 0.7, 0.0), (0.09, 0.1, 0.3), "snow", 0, 0.01))
    parts.append(colour_patch(shapes, (-0.05, 0.38, 0.0), (0.07, 0.06, 0.2), "comb", 0, 0.009))
    bend = float(rng.uniform(-0.01, 0.01))
    bill = [(0.15, 0.8, 0.07, 0.042), (0.26, 0.795, 0.066, 0.036),
            (0.37, 0.775 + bend, 0.054, 0.029), (0.47, 0.735 + bend, 0.036, 0.021),
            (0.535, 0.685 + bend, 0.016, 0.011), (0.56, 0.655 + bend, 0.004, 0.004)]  # fmt: skip
    parts.append(bird_beak(bill, "fruit-orange"))
    tip = [(x, y, h * 1.06 + 0.002, w * 1.08 + 0.002) for x, y, h, w in bill[3:]]
    parts.append(bird_beak([(0.44, 0.75 + bend, 0.042, 0.024), *tip], "comb"))
    parts.append(bird_beak([(0.15, 0.8, 0.074, 0.046), (0.17, 0.8, 0.074, 0.046)], "marking"))
    gape = [(x, y - h * 0.15, 0.006, w + 0.002) for x, y, h, w in bill[:5]]
    parts.append(bird_beak(gape, "marking"))
    parts += bird_eyes(field, head, (0.55, 0.25, 0.8), 0.013, "plume", 2.4)
    wing = [(0.06, 0.7, 0.1, 0.09, 0.03), (-0.01, 0.6, 0.12, 0.11, 0.035),
            (-0.07, 0.48, 0.11, 0.08, 0.03), (-0.11, 0.38, 0.07, 0.035, 0.015),
            (-0.12, 0.33, 0.04, 0.006, 0.004)]  # fmt: skip
    parts += folded_wings(wing, 20)
    square = [(0.0, -0.06), (0.3, -0.07), (0.31, 0.0), (0.3, 0.07), (0.0, 0.06)]
    parts.append(flat_tail(square, (-0.08, 0.42), 78 + float(rng.uniform(-4, 4)), 0.028))
    parts += _perched(0.0, 0.45, top, 0.035, 0.01, 1, 0.05)
    parts += _branch(top, rng)
    return turned(parts, rng)


# 1148 pelican


def _pelican(rng: Rng) -> list[Part]:
    """A great white pelican standing: a big heavy white body held level, black flight
    feathers at its wing tips, a short tail, a long neck drawn up in an S, a small head, a
    very long flat straight bill hooked at its tip with a big pale orange throat pouch hanging
    under it, short thick legs on orange webbed feet."""
    head = (0.24, 0.95, 0.0)
    neck = [(0.18, 0.5, 0.0), (0.27, 0.63, 0.0), (0.22, 0.76, 0.0), (0.2, 0.86, 0.0),
            (0.23, 0.93, 0.0)]  # fmt: skip
    shapes = [ellipsoid((0.0, 0.42, 0.0), (0.32, 0.17, 0.18), rot("z", 10))]
    shapes.append(ellipsoid((0.13, 0.43, 0.0), (0.17, 0.15, 0.16), None, 0.08))  # the breast
    shapes += rope(neck, [0.085, 0.07, 0.06, 0.052, 0.05], 0.07, 0.03)
    shapes.append(ellipsoid(head, (0.075, 0.06, 0.055), None, 0.04))
    shapes += rope([(-0.25, 0.38, 0.0), (-0.36, 0.36, 0.0)], [0.1, 0.05], 0.06)  # the rump
    field = skin_field(shapes)
    parts = [solid(shapes, 0.022, 0, "body")]
    y0 = 0.945 + float(rng.uniform(-0.01, 0.01))
    bill = [(0.28, y0, 0.022, 0.04), (0.4, y0 - 0.03, 0.014, 0.034),
            (0.55, y0 - 0.07, 0.012, 0.03), (0.66, y0 - 0.1, 0.014, 0.024),
            (0.69, y0 - 0.125, 0.01, 0.012), (0.685, y0 - 0.145, 0.003, 0.004)]  # fmt: skip
    parts.append(bird_beak(bill, 1))
    pouch = [(0.27, y0 - 0.04, 0.02, 0.03), (0.33, y0 - 0.1, 0.07, 0.04),
             (0.45, y0 - 0.14, 0.08, 0.045), (0.56, y0 - 0.13, 0.05, 0.035),
             (0.64, y0 - 0.115, 0.012, 0.02)]  # fmt: skip
    parts.append(bird_beak(pouch, "fruit-orange"))
    parts += bird_eyes(field, head, (0.5, 0.3, 0.8), 0.011, "plume-tip")
    wing = [(0.18, 0.52, 0.14, 0.11, 0.035), (0.03, 0.52, 0.175, 0.13, 0.045),
            (-0.15, 0.48, 0.16, 0.09, 0.04), (-0.32, 0.44, 0.1, 0.045, 0.02),
            (-0.45, 0.42, 0.05, 0.01, 0.008)]  # fmt: skip
    parts += folded_wings(wing, 22)
    parts += _tips(wing, 3, (-0.2, 0.47, 0.145, 0.08, 0.038))
    tail = [(0.0, -0.07), (0.14, -0.08), (0.15, 0.0), (0.14, 0.08), (0.0, 0.07)]
    parts.append(flat_tail(tail, (-0.33, 0.38), 15, 0.03))
    parts += _legs((0.04, 0.3), (0.06, 0.0), 0.024, 0.02, 1, 0.08)
    for s in (-1, 1):
        parts.append(_web(0.07, 0.0, s * 0.085, 0.11, "fruit-orange", -s * 10))
    return turned(parts, rng)


# 1149 puffin


def _rock(rng: Rng, top: float) -> list[Part]:
    """A grey sea rock whose flat top is at ``top``."""
    tilt = float(rng.uniform(-4, 4))
    shapes = [ellipsoid((0.0, top - 0.1, 0.0), (0.26, 0.1, 0.22), rot("z", tilt))]
    shapes.append(ellipsoid((-0.1, top - 0.13, 0.06), (0.17, 0.12, 0.16), None, 0.05))
    shapes.append(ellipsoid((0.14, top - 0.16, -0.05), (0.15, 0.12, 0.17), None, 0.05))
    shapes.append(cut(1, 0.0, False, 0.02, (-0.5, -0.2, -0.5), (0.5, 0.02, 0.5)))
    return [solid(shapes, 0.032, "stones", "rock")]


def _puffin(rng: Rng) -> list[Part]:
    """An Atlantic puffin standing upright on a rock: a black back, wings and crown, a black
    collar, a white face and belly, a big flat triangular bill striped grey-blue at its root,
    yellow and bright orange at its tip, a red-ringed eye with a dark streak behind it, short
    orange legs on big orange webbed feet."""
    top = 0.18
    head = (0.04, 0.67, 0.0)
    shapes = [ellipsoid((0.0, top + 0.23, 0.0), (0.14, 0.2, 0.12), rot("z", -8))]
    shapes.append(ellipsoid((0.03, top + 0.16, 0.0), (0.13, 0.13, 0.12), None, 0.08))  # belly
    shapes.append(ellipsoid(head, (0.1, 0.095, 0.085), None, 0.07))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.02, 0, "body")]
    parts.append(
        colour_patch(shapes, (0.1, 0.64, 0.0), (0.09, 0.06, 0.3), "snow", -10, 0.007, 0.015)
    )
    parts.append(colour_patch(shapes, (0.13, 0.32, 0.0), (0.17, 0.22, 0.3), "snow", 0, 0.007, 0.02))
    y0 = 0.635
    bill = [(0.115, y0, 0.08, 0.032), (0.17, y0 - 0.01, 0.064, 0.025),
            (0.22, y0 - 0.026, 0.036, 0.016), (0.25, y0 - 0.04, 0.005, 0.004)]  # fmt: skip
    parts.append(bird_beak(bill, "fruit-orange"))
    parts.append(bird_beak([(0.115, y0, 0.082, 0.035), (0.14, y0 - 0.002, 0.078, 0.032)], "glaze"))
    parts.append(bird_beak([(0.142, y0 - 0.002, 0.078, 0.031), (0.152, y0 - 0.003, 0.075, 0.03)],
                       "plume-tip"))  # fmt: skip
    for x in (0.18, 0.2):  # the grooves on its tip
        h = 0.064 - (x - 0.17) * 0.6
        parts.append(bird_beak([(x, y0 - 0.016, h, 0.024), (x + 0.004, y0 - 0.017, h, 0.023)],
                           "plume-tip"))  # fmt: skip
    for s in (-1, 1):  # the yellow rosettes at the gape
        parts.append(sphere(1.0, at(0.118, y0 - 0.035, s * 0.032) @ scl(0.014, 0.01, 0.006),
                            "plume-tip"))  # fmt: skip
    parts += bird_eyes(field, head, (0.45, 0.3, 0.85), 0.011, "comb", 1.5)
    parts += skin_streak(field, head, [(0.2, 0.25, 1.0), (-0.05, 0.22, 1.0), (-0.35, 0.1, 1.0)],
                     0.01)  # fmt: skip
    wing = [(-0.02, 0.53, 0.1, 0.09, 0.025), (-0.07, 0.43, 0.115, 0.1, 0.03),
            (-0.1, 0.32, 0.1, 0.07, 0.025), (-0.12, 0.25, 0.06, 0.03, 0.012),
            (-0.13, 0.22, 0.03, 0.005, 0.004)]  # fmt: skip
    parts += folded_wings(wing, 15)
    tail = [(0.0, -0.045), (0.07, -0.05), (0.08, 0.0), (0.07, 0.05), (0.0, 0.045)]
    parts.append(flat_tail(tail, (-0.1, 0.24), 55, 0.02))
    for s in (-1, 1):
        z = s * 0.055
        parts.append(tube([(0.0, 0.26, z * 0.8), (0.03, top + 0.01, z)], [0.016, 0.012], None,
                          "fruit-orange", "legs"))  # fmt: skip
        parts.append(_web(0.03, top, z, 0.09, "fruit-orange", -s * 12))
    parts += _rock(rng, top)
    return turned(parts, rng, 14.0)


# 1150 turkey


def _fan_outline(r0: float, r1: float, n: int, a0: float, a1: float, scallop: float):
    """A fanned tail's band seen face on: the ring sector between radii r0 and r1 from angle
    a0 to a1 (degrees), its outer edge scalloped into n feather tips by ``scallop``."""
    t = np.linspace(0.0, 1.0, (8 if scallop else 2) * n + 1)
    a = np.radians(a0 + (a1 - a0) * t)
    r = r1 * (1.0 - scallop + scallop * np.abs(np.sin(np.pi * n * t)) ** 0.5)
    outer = np.stack([r * np.cos(a), r * np.sin(a)], 1)
    ai = np.radians(np.linspace(a1, a0, 12))
    inner = np.stack([r0 * np.cos(ai), r0 * np.sin(ai)], 1)
    return ccw(np.concatenate([outer, inner]))


def _fan(c, radius: float, rng: Rng) -> list[Part]:
    """A tom turkey's tail fanned in a big upright half circle at c, facing +x: brown feathers
    barred with dark lines, a black band near their ends and pale chestnut tips, split into
    feathers by dark lines from its hub."""
    n = 15 + int(rng.integers(0, 2)) * 2
    a0, a1 = -12.0, 192.0
    m = at(*c) @ rot("y", -90)  # its face toward +x
    t = 0.02
    parts = [flat_solid(lambda k: [_fan_outline(0.05, radius, n, a0, a1, 0.07)], t,
                        m @ at(0, 0, -t), 0, "tail")]  # fmt: skip
    bands = ((0.77, 0.88, "marking", 0.0), (0.88, 1.0, "cork", 0.07), (0.5, 0.53, "marking", 0.0),
             (0.62, 0.65, "marking", 0.0))  # fmt: skip
    for r0, r1, slot, sc in bands:
        pts = _fan_outline(r0 * radius, r1 * radius, n, a0, a1, sc)
        for s in (-1, 1):
            z = 0.0 if s > 0 else -t - 0.006
            parts.append(flat_solid(lambda k, p=pts: [p], 0.006, m @ at(0, 0, z), slot))
    for k in range(1, n):  # the lines between the feathers
        a = np.radians(a0 + (a1 - a0) * k / n)
        d = np.array([np.cos(a), np.sin(a), 0.0])
        p0, p1 = m @ np.r_[d * 0.1, 1.0], m @ np.r_[d * radius * 0.77, 1.0]
        parts.append(tube([p0[:3], p1[:3]], 0.005, None, "marking", shape=HEX))
    return parts


def _turkey(rng: Rng) -> list[Part]:
    """A wild tom turkey strutting: a big round dark bronze body, its tail fanned out in a
    big upright half circle of barred, dark-banded, pale-tipped feathers behind it, its wings
    drooped to the ground with pale-tipped flight feathers, a small bare blue head on a red
    neck, a red wattle hanging from its throat and a red snood over its short beak, a black
    beard tuft on its breast, sturdy legs."""
    head = (0.3, 0.78, 0.0)
    shapes = [ellipsoid((0.0, 0.44, 0.0), (0.26, 0.21, 0.22), rot("z", -5))]
    shapes.append(ellipsoid((0.12, 0.5, 0.0), (0.17, 0.18, 0.18), None, 0.08))  # the breast
    parts = [solid(shapes, 0.025, 0, "body")]
    neck = [(0.22, 0.63, 0.0), (0.27, 0.68, 0.0), (0.3, 0.75, 0.0)]
    parts.append(tube(neck, [0.045, 0.035, 0.03], None, "comb", "neck"))
    parts.append(sphere(1.0, at(*head) @ scl(0.05, 0.042, 0.036), "plume", "head"))
    parts.append(sphere(1.0, at(0.2, 0.62, 0.0) @ rot("z", -40) @ scl(0.08, 0.05, 0.07), 0))
    parts.append(bird_beak([(0.34, 0.775, 0.014, 0.012), (0.375, 0.765, 0.003, 0.003)], 1))
    drop = float(rng.uniform(-0.01, 0.01))
    snood = [(0.33, 0.805, 0.0), (0.37, 0.79, 0.0), (0.385, 0.74 + drop, 0.0),
             (0.38, 0.7 + drop, 0.0)]  # fmt: skip
    parts.append(tube(snood, [0.01, 0.01, 0.009, 0.011], None, "comb"))
    wattle = [(0.31, 0.75, 0.0), (0.31, 0.71, 0.0), (0.295, 0.66, 0.0)]
    parts.append(tube(wattle, [0.018, 0.03, 0.02], None, "comb"))
    for dz in (-0.012, 0.0, 0.012):  # the beard
        parts.append(tube([(0.27, 0.6, dz), (0.315, 0.49, dz * 1.3), (0.31, 0.4, dz * 1.6)],
                          [0.01, 0.009, 0.004], None, "marking"))  # fmt: skip
    parts += bird_eyes(
        skin_field([ellipsoid(head, (0.05, 0.042, 0.036))]), head, (0.5, 0.35, 0.8), 0.008
    )
    wing = [(0.14, 0.56, 0.18, 0.12, 0.04), (0.0, 0.46, 0.22, 0.15, 0.045),
            (-0.12, 0.3, 0.2, 0.12, 0.04), (-0.16, 0.14, 0.17, 0.06, 0.025),
            (-0.17, 0.06, 0.15, 0.01, 0.008)]  # fmt: skip
    parts += folded_wings(wing, 10)
    parts += _tips(wing, 2, (-0.08, 0.34, 0.205, 0.12, 0.04), "plaster", 1.05)
    parts += _fan((-0.2, 0.5, 0.0), 0.5, rng)
    parts += _legs((0.05, 0.26), (0.07, 0.0), 0.02, 0.08, 1, 0.08)
    return turned(parts, rng, 8.0)


# 1151 ostrich


def _ostrich(rng: Rng) -> list[Part]:
    """A male ostrich standing: a big round fluffy body of black feathers, white plumes at
    its drooped wings and a white tail puff, a very long bare neck, a small flat head with big
    dark eyes and a flat broad beak, very long bare thick legs bent back at the ankle, each on
    a big two-toed foot."""
    hip = 0.5
    shapes = [ellipsoid((0.0, hip + 0.12, 0.0), (0.3, 0.17, 0.2), rot("z", 6))]
    shapes.append(ellipsoid((0.14, hip + 0.1, 0.0), (0.14, 0.13, 0.16), None, 0.08))
    for x in (-0.2, -0.08, 0.05):  # the shaggy hem
        for s in (-1, 1):
            shapes.append(ellipsoid((x, hip - 0.0, s * 0.13), (0.08, 0.08, 0.07), None, 0.05))
    parts = [solid(shapes, 0.025, 0, "body")]
    wing = [(0.14, hip + 0.2, 0.17, 0.08, 0.03), (0.0, hip + 0.16, 0.2, 0.1, 0.035),
            (-0.16, hip + 0.1, 0.2, 0.09, 0.03), (-0.28, hip + 0.04, 0.17, 0.05, 0.02)]  # fmt: skip
    parts += folded_wings(wing, 5)
    parts += _plumes(hip, rng)
    neck = [(0.2, hip + 0.15, 0.0), (0.28, hip + 0.32, 0.0), (0.29, hip + 0.5, 0.0),
            (0.3, hip + 0.64, 0.0)]  # fmt: skip
    head = (0.34, hip + 0.67, 0.0)
    parts.append(tube(neck, [0.06, 0.035, 0.03, 0.03], None, 1, "neck"))
    parts.append(sphere(1.0, at(*head) @ scl(0.06, 0.04, 0.04), 1, "head"))
    skull = skin_field([ellipsoid(head, (0.06, 0.04, 0.04))])
    parts += bird_eyes(skull, head, (0.3, 0.3, 0.9), 0.014, "marking", 1.35)
    y = head[1] - 0.008
    parts.append(bird_beak([(0.38, y, 0.014, 0.026), (0.43, y - 0.004, 0.01, 0.024),
                        (0.465, y - 0.01, 0.004, 0.014)], 1))  # fmt: skip
    parts.append(sphere(1.0, at(0.2, hip + 0.19, 0.0) @ scl(0.08, 0.07, 0.075), 0))  # collar
    parts += _ostrich_legs(hip, rng)
    return turned(parts, rng)


def _plumes(hip: float, rng: Rng) -> list[Part]:
    """An ostrich's white plumes: soft drooping lobes along the trailing edge of both wings
    and a fluffy fountain of them for its tail."""
    lobes = []
    for k in range(5):  # the wing plumes
        x = 0.02 - 0.085 * k
        y = hip + 0.06 - 0.015 * k
        for s in (-1, 1):
            tip = rot("z", 55 - 6 * k + float(rng.uniform(-6, 6)))
            lobes.append(ellipsoid((x, y, s * (0.19 + 0.01 * k)), (0.085, 0.03, 0.04), tip,
                                   0.02))  # fmt: skip
    for k in range(6):  # the tail
        a = np.radians(95 + 22 * k + float(rng.uniform(-6, 6)))
        d = np.array([np.cos(a), np.sin(a), 0.0])
        for dz in (-0.05, 0.05):
            c = (-0.3 + 0.07 * d[0], hip + 0.18 + 0.07 * d[1], dz * (1 + 0.2 * (k % 2)))
            lobes.append(ellipsoid(c, (0.1, 0.035, 0.05), rot("z", np.degrees(a)), 0.02))
    return [solid(lobes, 0.02, "snow", "plumes")]


def _ostrich_legs(hip: float, rng: Rng) -> list[Part]:
    """An ostrich's long bare legs: thick thighs down and back to the ankle joint, long shanks
    down and forward to the feet, each on a big toe and a small outer one."""
    parts = []
    step = float(rng.uniform(-0.02, 0.03))
    for s in (-1, 1):
        z = s * 0.08
        dx = step * s
        knee = (0.0 + dx, hip - 0.24, z)
        foot = (0.05 + dx * 2, 0.03, z * 1.05)
        parts.append(tube([(0.05, hip + 0.02, z * 0.9), (0.03 + dx, hip - 0.1, z), knee],
                          [0.05, 0.038, 0.024], None, 1, "legs"))  # fmt: skip
        parts.append(sphere(1.0, at(*knee) @ scl(0.028), 1))
        parts.append(tube([knee, foot], [0.022, 0.02], None, 1))
        parts.append(tube([foot, (foot[0] + 0.1, 0.014, z * 1.05 + s * 0.01)], [0.024, 0.012],
                          None, 1))  # the big toe # fmt: skip
        parts.append(tube([foot, (foot[0] + 0.06, 0.01, z * 1.05 + s * 0.04)], [0.016, 0.008],
                          None, 1))  # fmt: skip
    return parts


# 1152 dodo


def _dodo(rng: Rng) -> list[Part]:
    """A dodo standing: a fat round grey-blue bird, a big bulbous body sagging low, tiny
    stubby useless wings, a curly tuft of white tail feathers on its rump, stout yellow legs,
    a big head on a thick neck with a bare pale face round its eye and a long heavy hooked
    beak, pale with a dark hooked tip."""
    head = (0.28, 0.63, 0.0)
    shapes = [ellipsoid((0.0, 0.38, 0.0), (0.3, 0.25, 0.25), rot("z", -8))]
    shapes.append(ellipsoid((0.13, 0.36, 0.0), (0.18, 0.2, 0.21), None, 0.08))  # the breast
    shapes += rope([(0.14, 0.5, 0.0), (0.25, 0.6, 0.0)], [0.13, 0.1], 0.08)  # the neck
    shapes.append(ellipsoid(head, (0.12, 0.1, 0.095), None, 0.05))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.022, 0, "body")]
    parts.append(colour_patch(shapes, (0.36, 0.62, 0.0), (0.08, 0.07, 0.3), "plaster", -10, 0.007))
    y0 = 0.615
    beak = [(0.36, y0, 0.06, 0.048), (0.45, y0 - 0.005, 0.05, 0.038),
            (0.53, y0 - 0.01, 0.052, 0.032), (0.59, y0 - 0.01, 0.048, 0.027),
            (0.63, y0 - 0.03, 0.03, 0.02), (0.645, y0 - 0.065, 0.01, 0.01)]  # fmt: skip
    parts.append(bird_beak(beak, 1))
    tip = [(x, y, h * 1.08 + 0.002, w * 1.08 + 0.002) for x, y, h, w in beak[3:]]
    parts.append(bird_beak([(0.56, y0 - 0.01, 0.052, 0.03), *tip], "marking"))
    parts.append(bird_beak([(0.4, y0 - 0.02, 0.006, 0.045), (0.6, y0 - 0.03, 0.005, 0.03)],
                       "marking"))  # the gape # fmt: skip
    parts += bird_eyes(field, head, (0.45, 0.3, 0.85), 0.014, "snow", 1.4)
    wing = [(0.06, 0.5, 0.2, 0.06, 0.02), (-0.02, 0.47, 0.225, 0.07, 0.025),
            (-0.1, 0.44, 0.2, 0.04, 0.015), (-0.13, 0.43, 0.17, 0.008, 0.006)]  # fmt: skip
    parts += folded_wings(wing, 30)
    curls = ((-0.05, 0.0, 0.05), (0.0, 0.03, 0.065), (0.05, 0.0, 0.05), (-0.025, -0.03, 0.04),
             (0.025, -0.03, 0.04))  # fmt: skip
    for dz, lift, r in curls:  # the curly tail tuft
        a = np.radians(np.linspace(-90, -390, 7) + float(rng.uniform(-15, 15)))
        cx, cy = -0.3 - 0.2 * r, 0.63 + lift
        pts = [(cx + r * np.cos(t) * (1 - i / 12), cy + r * np.sin(t) * (1 - i / 12), dz)
               for i, t in enumerate(a)]  # fmt: skip
        parts.append(tube([(-0.22, 0.52, dz * 0.5), *pts], [0.03, 0.028, 0.026, 0.024, 0.02,
                           0.016, 0.012, 0.007], None, "snow"))  # fmt: skip
    parts += _legs((0.05, 0.2), (0.07, 0.0), 0.03, 0.09, 1, 0.1)
    return turned(parts, rng)


# 1153 flamingo


def _flamingo(rng: Rng) -> list[Part]:
    """A flamingo standing on one long thin pink leg, the other folded up under it with its
    ankle bent forward: a pink oval body, black wing edges at its rear, a long slender neck in
    an S, a small head and a thick pale bill bent sharply down, its outer half black."""
    body = 0.76
    head = (0.25, body + 0.5, 0.0)
    shapes = [ellipsoid((0.0, body, 0.0), (0.21, 0.1, 0.11), rot("z", 8))]
    shapes += rope([(-0.18, body - 0.03, 0.0), (-0.27, body - 0.05, 0.0)], [0.07, 0.03], 0.05)
    neck = [(0.16, body + 0.03, 0.0), (0.23, body + 0.12, 0.0), (0.22, body + 0.23, 0.0),
            (0.14, body + 0.33, 0.0), (0.14, body + 0.44, 0.0),
            (0.21, body + 0.5, 0.0)]  # fmt: skip
    shapes += rope(neck, [0.055, 0.035, 0.028, 0.026, 0.026, 0.03], 0.06, 0.02)
    shapes.append(ellipsoid(head, (0.05, 0.042, 0.036), None, 0.025))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.015, 0, "body")]
    y0 = head[1]
    bill = [(0.27, y0, 0.033, 0.024), (0.33, y0 - 0.004, 0.031, 0.022),
            (0.365, y0 - 0.03, 0.023, 0.017), (0.372, y0 - 0.07, 0.014, 0.011),
            (0.362, y0 - 0.1, 0.004, 0.004)]  # fmt: skip
    parts.append(bird_beak(bill, "eraser"))
    tip = [(x, y, h * 1.08 + 0.002, w * 1.08 + 0.002) for x, y, h, w in bill[2:]]
    parts.append(bird_beak([(0.35, y0 - 0.012, 0.03, 0.021), *tip], "marking"))
    parts += bird_eyes(field, head, (0.4, 0.25, 0.9), 0.008, "plume-tip")
    wing = [(0.12, body + 0.05, 0.1, 0.07, 0.025), (0.0, body + 0.04, 0.12, 0.08, 0.03),
            (-0.14, body + 0.02, 0.1, 0.06, 0.025), (-0.26, body - 0.01, 0.06, 0.025, 0.012),
            (-0.32, body - 0.02, 0.03, 0.005, 0.004)]  # fmt: skip
    parts += folded_wings(wing, 20)
    parts += _tips(wing, 3, (-0.13, body + 0.0, 0.105, 0.045, 0.027), "marking", 1.0)
    hip = (0.0, body - 0.07)
    ankle = (0.005, 0.42)
    leg = [(hip[0], hip[1], 0.035), (0.01, body - 0.16, 0.035), (*ankle, 0.035), (0.0, 0.02, 0.035)]
    parts.append(tube(leg, [0.018, 0.013, 0.011, 0.009], None, 1, "legs"))
    parts.append(sphere(1.0, at(*ankle, 0.035) @ scl(0.015), 1))
    parts.append(_web(0.0, 0.0, 0.035, 0.075, 1))
    knee = (0.11, body - 0.26, -0.03)
    parts.append(tube([(hip[0], hip[1], -0.03), (0.05, body - 0.16, -0.03), knee],
                      [0.018, 0.013, 0.011], None, 1))  # the folded leg # fmt: skip
    parts.append(sphere(1.0, at(*knee) @ scl(0.015), 1))
    foot = (-0.14, body - 0.17, -0.035)
    parts.append(tube([knee, foot], [0.011, 0.009], None, 1))
    parts.append(tube([foot, (-0.2, body - 0.23, -0.035)], [0.012, 0.006], None, 1))
    return turned(parts, rng)


# 1154 heron


def _heron(rng: Rng) -> list[Part]:
    """A grey heron standing in shallow water: a tall slender bird, a pale grey body and
    grey wings with black flight feathers, a long neck folded in an S, a
    white face and neck streaked down the front with black, a black stripe from its eye into
    black crest plumes trailing back, a long yellow dagger of a beak, long yellow legs."""
    body = 0.6
    head = (0.25, body + 0.42, 0.0)
    shapes = [ellipsoid((0.0, body, 0.0), (0.2, 0.095, 0.1), rot("z", 22))]
    shapes += rope([(-0.16, body - 0.07, 0.0), (-0.24, body - 0.1, 0.0)], [0.06, 0.03], 0.05)
    neck = [(0.14, body + 0.06, 0.0), (0.2, body + 0.15, 0.0), (0.15, body + 0.25, 0.0),
            (0.17, body + 0.36, 0.0), (0.22, body + 0.41, 0.0)]  # fmt: skip
    shapes += rope(neck, [0.055, 0.04, 0.032, 0.03, 0.03], 0.06, 0.02)
    shapes.append(ellipsoid(head, (0.05, 0.036, 0.032), None, 0.025))
    field = skin_field(shapes)
    parts = [solid(shapes, 0.015, 0, "body")]
    parts.append(colour_patch(shapes, (0.25, body + 0.26, 0.0), (0.075, 0.2, 0.3), "snow", -5, 0.006, 0.015))  # fmt: skip
    parts.append(colour_patch(shapes, (0.28, body + 0.415, 0.0), (0.05, 0.035, 0.3), "snow", 0, 0.009, 0.015))  # fmt: skip
    ny, nx = [p[1] for p in neck], [p[0] for p in neck]
    for k in range(6):  # the streaks down the front of its neck
        y = body + 0.1 + 0.045 * k
        c = (float(np.interp(y, ny, nx)), y, 0.0)
        parts += skin_streak(field, c, [(1.0, 0.3, 0.3), (1.0, -0.3, 0.3)], 0.007)
    stripe = [(0.6, 0.4, 1.0), (0.0, 0.6, 1.0), (-0.6, 0.5, 0.8), (-1.0, 0.4, 0.4)]
    parts += skin_streak(field, head, stripe, 0.012)
    for dz, length in ((-0.008, 0.16), (0.008, 0.13)):  # the crest plumes
        c = head[0] - 0.04, head[1] + 0.015
        parts.append(tube([(c[0], c[1], dz), (c[0] - length * 0.6, c[1] - 0.01, dz * 2),
                           (c[0] - length, c[1] - 0.04, dz * 3)], [0.007, 0.005, 0.002], None,
                          "marking"))  # fmt: skip
    y0 = head[1] - 0.005
    parts.append(bird_beak([(0.29, y0, 0.017, 0.014), (0.38, y0 - 0.012, 0.011, 0.009),
                        (0.47, y0 - 0.026, 0.002, 0.002)], 1))  # fmt: skip
    parts += bird_eyes(field, head, (0.35, 0.25, 0.9), 0.008, "plume-tip")
    wing = [(0.1, body + 0.08, 0.1, 0.07, 0.025), (-0.02, body + 0.04, 0.115, 0.08, 0.03),
            (-0.14, body - 0.02, 0.1, 0.06, 0.025), (-0.25, body - 0.07, 0.06, 0.025, 0.012),
            (-0.3, body - 0.09, 0.03, 0.005, 0.004)]  # fmt: skip
    parts += folded_wings(wing, 20)
    parts += _tips(wing, 3, (-0.13, body - 0.015, 0.105, 0.05, 0.027), "marking", 1.05)
    step = float(rng.uniform(-0.03, 0.03))
    for s in (-1, 1):
        z, dx = s * 0.05, step * s
        pts = [(0.0, body - 0.06, z * 0.8), (0.01, body - 0.2, z), (0.02 + dx, 0.3, z),
               (0.04 + dx * 2, 0.01, z * 1.1)]  # fmt: skip
        parts.append(tube(pts, [0.02, 0.014, 0.01, 0.009], None, 1, "legs"))
    parts += _pond(rng)
    return turned(parts, rng)


def _pond(rng: Rng) -> list[Part]:
    """A shallow patch of still water round the heron's feet, a few reeds at its back."""
    parts = [slab(lambda n: ellipse(0.5, 0.4, 28), 0.02, at(0.03, 0.012, 0.0) @ FLAT_UP, "glaze",
                  "water")]  # fmt: skip
    for r in (0.05, 0.09):
        for s in (-1, 1):
            parts.append(sphere(1.0, at(0.04, 0.022, s * 0.05) @ scl(r, 0.002, r * 0.8), "pane"))
    for k in range(5):  # the reeds
        x = -0.35 + float(rng.uniform(-0.05, 0.05))
        z = -0.25 + 0.09 * k
        h = float(rng.uniform(0.3, 0.5))
        lean = float(rng.uniform(-0.06, 0.06))
        parts.append(tube([(x, 0.0, z), (x + lean * 0.5, h * 0.5, z), (x + lean, h, z + 0.02)],
                          [0.008, 0.006, 0.002], None, "vine"))  # fmt: skip
    return parts


MORE_APPLIANCES_ZZZR = {
    1147: _toucan, 1148: _pelican, 1149: _puffin, 1150: _turkey, 1151: _ostrich, 1152: _dodo,
    1153: _flamingo, 1154: _heron,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
