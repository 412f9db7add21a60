"""Archetype builders, third part (same conventions as ``_archetypes_a``)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ._geometry import Part, align, at, rot, scl, v3
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import heart as heart_outline
from ._shapes import leaf as leaf_outline
from ._shapes import star

__all__ = ["BUILDERS_C", "VARIANTS_C"]

Rng = np.random.Generator


def _stick(a, b, r, slot=0, tag="") -> Part:
    return tube([a, b], r, slot=slot, tag=tag)


def _flame(m: np.ndarray) -> Part:
    return lathe([(0, 0), (0.05, 0.03), (0.045, 0.09), (0.015, 0.15), (0, 0.18)], m, "flame")


def crystal(rng: Rng) -> list[Part]:
    """Crystal cluster: pointed hexagonal prisms fanning out of a rock."""
    parts = [sphere(0.35, at(0, 0.08, 0) @ scl(1, 0.35, 1), 1)]
    for i in range(6):
        h = rng.uniform(0.5, 1.0) if i else 1.2
        r = h * 0.16
        tilt = 0 if i == 0 else rng.uniform(20, 45)
        m = at(0, 0.05, 0) @ rot("y", i * 60 + rng.uniform(0, 30)) @ rot("x", tilt)
        prof = [(0, 0), (r, 0.0), (r, h * 0.75), (0, h)]
        parts.append(lathe(prof, m, 0, "body" if i == 0 else "", sides=6))
    return parts


def shell(rng: Rng) -> list[Part]:
    """Conch shell: a tube coiling down a widening spiral, each whorl resting on the one below
    (the spire, apex up), ending in a flared, lipped mouth."""
    turns = rng.uniform(3.2, 4.0)
    t = np.linspace(0, 1, 64)
    ang = t * turns * 2 * np.pi
    rad = 0.015 + 0.25 * t**1.6
    thick = 0.7 * rad
    drop = np.concatenate([[0.0], np.cumsum(1.75 * thick[1:] * np.diff(ang) / (2 * np.pi))])
    pts = np.stack([rad * np.cos(ang), drop[-1] - drop + thick[-1], rad * np.sin(ang)], 1)
    end = pts[-1] - pts[-2]
    return [
        tube(pts, thick, slot=0, tag="body"),
        torus(thick[-1] * 1.05, 0.035, at(*pts[-1]) @ align(end), 1),
    ]


def house(rng: Rng) -> list[Part]:
    """House: walls, gabled roof, door, windows, chimney."""
    parts = [
        box(1.0, 0.7, 0.8, None, 0, "body"),
        slab([(0.62, 0), (0, 0.45), (-0.62, 0)], 0.95, at(0, 0.7, 0), 1),
        box(0.2, 0.38, 0.04, at(0, 0, 0.41), 2),
        box(0.12, 0.35, 0.12, at(0.3, 0.8, -0.12), 1),
    ]
    for x in (-0.3, 0.3):
        parts.append(box(0.18, 0.18, 0.03, at(x, 0.35, 0.41), 3))
    for z in (-0.2, 0.2):
        parts.append(box(0.03, 0.18, 0.18, at(0.51, 0.35, z), 3))
    del rng
    return parts


def boat(rng: Rng) -> list[Part]:
    """Sailing boat: tapered hull, mast, triangular sail, flag."""
    t = np.linspace(0, np.pi, 9)
    # The tube's frame has v pointing down here, so +v is the keel and the deck bulges slightly.
    hull_shape = np.stack([0.9 * np.cos(t), np.sin(t)], 1)
    hull_shape = np.concatenate([hull_shape, [[0.0, -0.12]]])
    hull = tube(
        [(0, 0.3, -0.8), (0, 0.3, 0.0), (0, 0.32, 0.8)],
        [0.05, 0.3, 0.02],
        slot=0,
        tag="body",
        shape=hull_shape,
    )
    return [
        hull,
        _stick((0, 0.3, 0.05), (0, 1.5, 0.05), 0.025, 1),
        slab([(0, 0), (0, 1.0), (0.6, 0)], 0.02, at(0, 0.45, 0.1) @ rot("y", -90), 2),
        slab(
            [(0, 0), (0.2, -0.05), (0, -0.1)],
            0.01,
            at(0, 1.5, 0.05) @ rot("y", rng.uniform(-120, -60)),
            3,
        ),
    ]


def hourglass(rng: Rng) -> list[Part]:
    """Hourglass: two glass bulbs, end plates, posts, sand."""
    sand = rng.uniform(0.2, 0.8)
    parts = [
        lathe(
            [
                (0, 0.08),
                (0.25, 0.12),
                (0.22, 0.4),
                (0.03, 0.55),
                (0.22, 0.7),
                (0.25, 0.98),
                (0, 1.02),
            ],
            None,
            0,
            "body",
        ),
        cylinder(0.35, 0.35, 0.08, None, 1),
        cylinder(0.35, 0.35, 0.08, at(0, 1.02, 0), 1),
        cylinder(0.2, 0.0, 0.3 * sand, at(0, 0.1, 0), 2),
        cylinder(0.19 * (1 - sand) + 0.03, 0.03, 0.25 * (1 - sand) + 0.02, at(0, 0.57, 0), 2),
    ]
    for i in range(3):
        a = np.radians(i * 120)
        parts.append(cylinder(0.025, 0.025, 0.94, at(0.3 * np.cos(a), 0.08, 0.3 * np.sin(a)), 1))
    return parts


def lantern(rng: Rng) -> list[Part]:
    """Lantern: base and roof in its stuff round a clear chimney (its own stuff where that is
    see-through), cage posts, ring, flame."""
    parts = [
        cylinder(0.3, 0.28, 0.08, None, 0),
        cylinder(0.22, 0.22, 0.55, at(0, 0.08, 0), "pane", "body"),
        cylinder(0.3, 0.05, 0.2, at(0, 0.63, 0), 0),
        torus(0.1, 0.02, at(0, 0.92, 0) @ rot("x", 90), 2),
        _flame(at(0, 0.22, 0) @ scl(1.2)),
    ]
    for i in range(4):
        a = np.radians(i * 90 + 45)
        parts.append(
            _stick(
                (0.26 * np.cos(a), 0.08, 0.26 * np.sin(a)),
                (0.26 * np.cos(a), 0.64, 0.26 * np.sin(a)),
                0.015,
                1,
            )
        )
    del rng
    return parts


def cloud(rng: Rng) -> list[Part]:
    """Cloud: a flattened cluster of puffs."""
    parts = [sphere(0.35, at(0, 0.35, 0) @ scl(1.3, 0.9, 1), 0, "body")]
    for i in range(9):
        a = np.radians(i * 40 + rng.uniform(0, 20))
        r = rng.uniform(0.15, 0.28)
        c = (0.55 * np.cos(a), 0.25 + rng.uniform(0, 0.25), 0.35 * np.sin(a))
        parts.append(sphere(r, at(*c), 0))
    return parts


def star_(rng: Rng) -> list[Part]:
    """Five-pointed star, faceted into a double pyramid, standing on a point."""
    m = at(0, 0.5, 0) @ rot("z", rng.uniform(-8, 8)) @ scl(0.5)
    front = slab(star(5, 0.45), 0.001, m, 0, "body")

    def gen(k: float):
        sweep = front.gen(k)
        centres = np.zeros((3, 3))
        centres[:, :2] = sweep.centres[0, :2]
        centres[:, 2] = (-0.25, 0.0, 0.25)
        return replace(
            sweep, centres=centres, u=sweep.u[:3], v=sweep.v[:3], radii=np.array([0.0, 1.0, 0.0])
        )

    return [Part(gen, m, 0, "body"), sphere(0.06, at(0, 0.5, 0.13), 2)]


def mask(rng: Rng) -> list[Part]:
    """Theatre mask: curved face shell, eye holes, brows, mouth, ribbons."""
    face = lathe(
        [(0, 0.0), (0.42, 0.1), (0.5, 0.3), (0.45, 0.32), (0.37, 0.12), (0, 0.04)], None, 0, "body"
    )
    parts = [Part(face.gen, at(0, 0.55, -0.2) @ scl(0.8, 1.2, 1) @ rot("x", 90), 0, "body")]
    for s in (-1, 1):
        parts.append(sphere(0.09, at(s * 0.16, 0.68, 0.14) @ scl(1, 0.6, 0.4), "pupil"))
        parts.append(
            tube(
                [(s * 0.05, 0.78, 0.16), (s * 0.17, 0.83, 0.15), (s * 0.28, 0.78, 0.1)],
                0.02,
                slot=1,
            )
        )
        parts.append(
            tube(
                [(s * 0.36, 0.6, -0.1), (s * 0.45, 0.4, -0.2), (s * 0.42, 0.1, -0.15)], 0.02, slot=2
            )
        )
    smile = rng.uniform(-0.06, 0.06)
    parts.append(
        tube(
            [(-0.15, 0.36, 0.13), (0, 0.36 - smile, 0.17), (0.15, 0.36, 0.13)], 0.025, slot="pupil"
        )
    )
    parts.append(cylinder(0.05, 0.0, 0.1, at(0, 0.55, 0.14) @ rot("x", 70), 0))
    return parts


def _hour_marks(m: np.ndarray, r: float, w: float, h: float) -> list[Part]:
    """Twelve dark marks round a dial of radius ``r`` in the xy plane of ``m``."""
    return [box(w, h, w * 0.7, m @ rot("z", -30.0 * k) @ at(0, r, 0), "pupil") for k in range(12)]


def pocket_watch(rng: Rng) -> list[Part]:
    """A pocket watch standing on its edge: a round case, a domed glass over the dial with its
    hands, the crown and bow ring on top, its chain curling down to the floor."""
    m = at(0, 0.45, 0) @ rot("x", 90)
    parts = [cylinder(0.4, 0.4, 0.12, m @ at(0, -0.06, 0), 0, "body")]
    parts.append(cylinder(0.34, 0.34, 0.01, m @ at(0, -0.07, 0), 1))  # the dial
    parts += _hour_marks(at(0, 0.45, 0.075), 0.27, 0.015, 0.05)
    parts.append(box(0.02, 0.2, 0.01, at(0, 0.45, 0.08) @ rot("z", -40), "pupil"))
    parts.append(box(0.02, 0.14, 0.01, at(0, 0.45, 0.08) @ rot("z", 120), "pupil"))
    parts.append(cylinder(0.05, 0.05, 0.08, at(0, 0.85, 0), 0))  # the crown
    parts.append(torus(0.08, 0.02, at(0, 0.99, 0) @ rot("x", 90), 0))  # the bow
    chain = [
        (0.0, 1.05, 0.0),
        (0.25, 1.0, 0.05),
        (0.45, 0.7, 0.1),
        (0.5, 0.3, 0.12),
        (0.4, 0.05, 0.2),
    ]
    parts.append(tube(chain, 0.012, slot=0))
    del rng
    return parts


def sundial(rng: Rng) -> list[Part]:
    """A sundial on its pedestal: a round dial plate with hour marks, the triangular gnomon
    standing on it, the turned pillar and a square base."""
    parts = [box(0.5, 0.08, 0.5, None, 1),
             lathe([(0.0, 0.0), (0.14, 0.0), (0.1, 0.1), (0.08, 0.5), (0.14, 0.6), (0.0, 0.6)], at(0, 0.08, 0), 1),
             cylinder(0.38, 0.38, 0.04, at(0, 0.68, 0), 0, "body")]  # fmt: skip
    parts += _hour_marks(at(0, 0.725, 0) @ rot("x", -90), 0.26, 0.02, 0.08)
    parts.append(
        slab([(0.0, 0.0), (0.3, 0.0), (0.0, 0.25)], 0.025, at(-0.15, 0.72, 0) @ rot("y", 0), 0)
    )
    del rng
    return parts


def gas_mask(rng: Rng) -> list[Part]:
    """A gas mask: a rubber face-piece, two round glass eyepieces in rims, a filter canister on
    a short snout at the mouth, straps back over the head."""
    face = lathe(
        [(0, 0.0), (0.36, 0.08), (0.42, 0.3), (0.38, 0.34), (0.3, 0.12), (0, 0.05)], None, 0, "body"
    )
    parts = [Part(face.gen, at(0, 0.55, 0.12) @ scl(0.85, 1.25, 0.9) @ rot("x", -90), 0, "body")]
    for s in (-1, 1):  # (the face-piece bulges forward, its rim back)
        eye = at(s * 0.15, 0.68, 0.1) @ rot("x", 90)
        parts.append(cylinder(0.1, 0.1, 0.05, eye, 1))
        parts.append(cylinder(0.08, 0.08, 0.06, eye, "clear_ice"))
        parts.append(
            tube(
                [(s * 0.3, 0.7, -0.05), (s * 0.33, 0.85, -0.25), (s * 0.2, 1.0, -0.35)],
                0.022,
                slot=0,
            )
        )
    snout = at(0, 0.42, 0.1) @ rot("x", 65)
    parts.append(cylinder(0.1, 0.07, 0.12, snout, 0))
    parts.append(cylinder(0.11, 0.11, 0.16, snout @ at(0, 0.12, 0), 1))  # the filter
    for k in range(4):
        parts.append(torus(0.112, 0.008, snout @ at(0, 0.15 + 0.035 * k, 0), 1))
    del rng
    return parts


def crown(rng: Rng) -> list[Part]:
    """Crown: a band, pointed tines with jewels, a jewelled front."""
    n = int(rng.integers(5, 9))
    parts = [lathe([(0.4, 0), (0.44, 0), (0.44, 0.3), (0.4, 0.3)], None, 0, "body", closed=True)]
    for i in range(n):
        a = i * 360 / n
        m = rot("y", a) @ at(0, 0.28, 0.42)
        parts.append(cylinder(0.08, 0.0, 0.3, m @ scl(1, 1, 0.4), 0))
        parts.append(sphere(0.035, m @ at(0, 0.32, 0), 2))
        parts.append(sphere(0.04, rot("y", a + 180 / n) @ at(0, 0.15, 0.44) @ scl(1, 1, 0.5), 1))
    return parts


def vase(rng: Rng) -> list[Part]:
    """Vase: bulbous body with a hollow neck and a decorative band."""
    w = rng.uniform(0.3, 0.42)
    return [
        lathe(
            [
                (0, 0),
                (0.2, 0.0),
                (w, 0.35),
                (0.15, 0.8),
                (0.2, 1.0),
                (0.16, 1.0),
                (0.11, 0.8),
                (0, 0.7),
            ],
            None,
            0,
            "body",
        ),
        torus(w * 0.92, 0.025, at(0, 0.4, 0), 1),
        lathe([(0, 0), (0.22, 0.0), (0.2, 0.04), (0, 0.04)], None, 2),
    ]


def egg(rng: Rng) -> list[Part]:
    """Egg standing on its broad end, speckled (no cup: a dragon's, a golden, a marble egg)."""
    shell = [(0, 0), (0.17, 0.03), (0.25, 0.13), (0.28, 0.3), (0.25, 0.48), (0.16, 0.63), (0, 0.7)]
    parts = [lathe(shell, None, 0, "body")]
    ys, rs = [p[1] for p in shell], [p[0] for p in shell]
    for _ in range(14):  # speckles lying flat in the shell (tilted to its slope)
        y, a = rng.uniform(0.18, 0.6), rng.uniform(0, 360)
        r = float(np.interp(y, ys, rs))
        slope = float(np.interp(y + 0.02, ys, rs) - np.interp(y - 0.02, ys, rs)) / 0.04
        tilt = np.degrees(np.arctan(slope))
        m = rot("y", a) @ at(0, y, r - 0.004) @ rot("x", tilt) @ scl(1, 1, 0.2)
        parts.append(sphere(float(rng.uniform(0.012, 0.022)), m, 2))
    return parts


def tower(rng: Rng) -> list[Part]:
    """Castle tower: tapering body, battlements, conical roof, windows, door."""
    h = rng.uniform(1.6, 2.2)
    parts = [
        cylinder(0.42, 0.36, h, None, 0, "body"),
        cylinder(0.42, 0.42, 0.12, at(0, h, 0), 0),
        cylinder(0.4, 0.0, 0.6, at(0, h + 0.3, 0), 1),
        box(0.22, 0.35, 0.1, at(0, 0, 0.39), 2),
    ]
    for i in range(8):
        parts.append(box(0.12, 0.18, 0.1, rot("y", i * 45) @ at(0, h + 0.12, 0.37), 0))
    for i in range(3):
        parts.append(
            box(
                0.08,
                0.16,
                0.06,
                rot("y", i * 120 + 30) @ at(0, h * (0.35 + 0.2 * i), 0.39 - 0.03 * i),
                3,
            )
        )
    return parts


def bottle(rng: Rng) -> list[Part]:
    """Bottle: body with a long neck, cork, label band."""
    w = rng.uniform(0.2, 0.28)
    return [
        lathe(
            [(0, 0), (w, 0.01), (w, 0.55), (0.08, 0.75), (0.07, 0.95), (0, 0.96)], None, 0, "body"
        ),
        cylinder(0.065, 0.075, 0.1, at(0, 0.93, 0), 1),
        cylinder(w + 0.005, w + 0.005, 0.2, at(0, 0.2, 0), 2),
    ]


def potion(rng: Rng) -> list[Part]:
    """A potion: a round-bellied glass flask on a flat foot, a long thin neck, a cork, and the
    potion inside filling most of the belly (the second material: what glows when it glows)."""
    r = rng.uniform(0.3, 0.34)
    flask = [(0.0, 0.0), (r * 0.6, 0.0), (r, r * 0.9), (r * 0.85, r * 1.6), (0.07, r * 2.0),
             (0.065, r * 2.0 + 0.3), (0.085, r * 2.0 + 0.32), (0.0, r * 2.0 + 0.32)]  # fmt: skip
    parts = [lathe(flask, None, 0, "body")]
    liquid = [
        (0.0, 0.02),
        (r * 0.58, 0.02),
        (r * 0.93, r * 0.9),
        (r * 0.88, r * 1.3),
        (0.0, r * 1.3),
    ]
    parts.append(lathe(liquid, None, 1))
    parts.append(cylinder(0.06, 0.07, 0.1, at(0, r * 2.0 + 0.28, 0), "cork"))
    return parts


def feather(rng: Rng) -> list[Part]:
    """Feather: a curved shaft (its bare quill at the foot) with a vane of barbs on each side,
    angled toward the tip and split in a few places, a wisp of down where the vane begins;
    one side narrower than the other, as a flight feather's is."""
    curve = rng.uniform(0.05, 0.15)

    def spine(t: float) -> np.ndarray:  # the shaft's point at t (0 foot, 1 tip)
        return v3(curve * t * t, 1.3 * t, 0)

    parts = [tube([spine(0.0), spine(0.5), spine(1.0)], [0.02, 0.014, 0.004], slot=1)]
    parts[0] = replace(parts[0], tag="body")
    n = 36
    for side, wide in ((1, 0.24), (-1, 0.17)):
        splits = set(rng.choice(np.arange(4, n - 3), size=2, replace=False).tolist())
        for k in range(n):
            if k in splits:
                continue  # a split in the vane
            t = 0.2 + 0.78 * k / n
            reach = wide * np.sin(np.pi * min(1.0, (t - 0.2) / 0.78 * 0.85 + 0.12)) + 0.01
            root = spine(t)
            lean = np.radians(35 + 25 * t)  # barbs sweep toward the tip, more so near it
            tip = root + v3(side * reach * np.cos(lean), reach * np.sin(lean) + 0.02, 0)
            d = (tip - root)[:2]
            d = d / np.linalg.norm(d)
            w = 1.1 * 1.3 * 0.78 / n
            q = np.array([-d[1], d[0]]) * w / 2
            r0, r1 = root[:2], tip[:2]
            quad = [tuple(r0 - q), tuple(r1 - q * 0.6), tuple(r1 + q * 0.6), tuple(r0 + q)]
            parts.append(slab(quad, 0.008, at(0, 0, -0.004), 0))
        for j in range(4):  # down at the foot of the vane
            t = 0.13 + 0.025 * j
            a = np.radians(side * rng.uniform(20, 70))
            root = spine(t)
            parts.append(tube([root, root + v3(np.sin(a) * 0.1, np.cos(a) * 0.05, 0.01)],
                              [0.012, 0.004], slot=0))  # fmt: skip
    return parts


def heart(rng: Rng) -> list[Part]:
    """Anatomical-ish heart: a rounded heart with arteries rising from it."""
    outline = heart_outline()

    def gen(k: float):
        base = slab(outline, 1.0).gen(k)
        z = np.array([-0.35, -0.3, 0.0, 0.3, 0.35])
        centres = np.zeros((5, 3))
        centres[:, :2] = base.centres[0, :2]
        centres[:, 2] = z
        u, v = np.tile(base.u[:1], (5, 1)), np.tile(base.v[:1], (5, 1))
        return replace(base, centres=centres, u=u, v=v, radii=np.array([0.0, 0.7, 1.0, 0.7, 0.0]))

    parts = [Part(gen, at(0, 0.5, 0) @ scl(0.5), 0, "body")]
    for i, x in enumerate((-0.12, 0.05, 0.18)):
        parts.append(
            tube(
                [(x, 0.8, 0), (x + rng.uniform(-0.1, 0.1), 1.0, 0), (x * 1.8, 1.1, 0)],
                0.06 - 0.01 * i,
                slot=1,
            )
        )
    return parts


def bivalve(rng: Rng) -> list[Part]:
    """A bivalve (clam, oyster, scallop): two ribbed, fan-shaped valves hinged at the back, the
    upper one lifted open on a pearl."""
    gape = rng.uniform(22, 32)
    hinge = at(0, 0.1, -0.42)
    # each valve a cupped dome over a fan: narrow at the hinge, its rim scalloped by the ribs
    t = np.linspace(0.0, 2 * np.pi, 112, endpoint=False)
    r = 1.0 + 0.045 * np.abs(np.cos(9 * t))
    x, z = r * np.cos(t), r * np.sin(t)
    fan = np.stack([x * (0.72 + 0.14 * (z + 1)), z], 1)
    dome = [(0.0, 0.0), (0.92, 0.0), (1.0, 0.05), (0.85, 0.45), (0.5, 0.8), (0.0, 0.9)]
    cup = scl(0.5, 0.16, 0.44)
    lower = lathe(dome, at(0, 0.1, 0) @ cup @ rot("x", 180), 0, "body", shape=fan)
    upper_m = hinge @ rot("x", -gape) @ at(0, 0.02, 0.42)
    parts = [lower, lathe(dome, upper_m @ cup @ rot("y", 180), 0, shape=fan)]  # narrow at the hinge
    for k in range(9):  # ribs fanning from the hinge over the upper valve
        a = np.radians(-64 + 16 * k)
        rim = np.array([0.48 * np.sin(a), 0.0, 0.44 * np.cos(a)])
        pts = [(rim[0] * f, 0.15 * np.sqrt(max(0.0, 1 - f * f)) + 0.006, rim[2] * f)
               for f in (0.15, 0.5, 0.8, 0.97)]  # fmt: skip
        parts.append(tube(pts, [0.006, 0.012, 0.015, 0.012], m=upper_m, slot=0))
    parts.append(box(0.16, 0.06, 0.08, at(0, 0.1, -0.44), 0))
    parts.append(sphere(0.08, at(0, 0.25, 0.05), "sclera"))
    return parts


def longcase(rng: Rng) -> list[Part]:
    """A grandfather clock: a tall narrow case on a plinth, a hood with an arched crest round the
    dial (face, ticks, hands), and a glazed door showing the pendulum."""
    parts = [
        box(0.44, 0.3, 0.3, None, 0, "body"),  # the plinth
        box(0.36, 1.0, 0.24, at(0, 0.3, 0), 0),  # the trunk
        box(0.46, 0.5, 0.3, at(0, 1.3, 0), 0),  # the hood
        cylinder(0.23, 0.23, 0.3, at(0, 1.8, -0.15) @ rot("x", 90) @ scl(1, 1, 1), 0),  # crest
        box(0.5, 0.04, 0.34, at(0, 1.28, 0), 3),
        box(0.48, 0.04, 0.32, at(0, 0.28, 0), 3),
    ]
    face = at(0, 1.56, 0.152)
    parts.append(cylinder(0.17, 0.17, 0.012, face @ rot("x", 90), 1))
    parts.append(torus(0.175, 0.012, face @ at(0, 0, 0.01) @ rot("x", 90), 2))
    for i in range(12):
        parts.append(box(0.012, 0.035, 0.01, face @ rot("z", -30.0 * i) @ at(0, 0.12, 0.012), 3))
    for length, width in ((0.09, 0.018), (0.13, 0.012)):
        hand = face @ at(0, 0, 0.02) @ rot("z", float(rng.uniform(0, 360)))
        parts.append(box(width, length, 0.008, hand, 2))
    parts.append(box(0.22, 0.7, 0.01, at(0, 0.45, 0.121), "sclera"))  # the glazed door
    parts.append(tube([(0, 1.2, 0.13), (0, 0.66, 0.13)], 0.008, slot=2))  # the pendulum
    parts.append(cylinder(0.07, 0.07, 0.015, at(0, 0.62, 0.13) @ rot("x", 90), 2))
    return parts


def birdcage(rng: Rng) -> list[Part]:
    """A cage: thin bars standing round a disc base and bending into a dome, held by two hoops,
    a ring to hang it from on top, a perch across and a small door in the bars."""
    bars = 18
    ts = np.linspace(0, np.pi / 2, 6)
    parts = [
        cylinder(0.34, 0.32, 0.06, None, 1, "body"),
        torus(0.3, 0.012, at(0, 0.32, 0), 0),
        torus(0.3, 0.014, at(0, 0.6, 0), 0),
        torus(0.07, 0.018, at(0, 0.97, 0) @ rot("x", 90), 0),  # the ring it hangs from
        tube([(-0.26, 0.3, 0.0), (0.26, 0.3, 0.0)], 0.015, slot=1),  # the perch
    ]
    for i in range(bars):
        a = 2 * np.pi * i / bars
        pts = [(0.3 * np.cos(a), 0.06, 0.3 * np.sin(a))]
        pts += [(0.3 * np.cos(t) * np.cos(a), 0.6 + 0.3 * np.sin(t), 0.3 * np.cos(t) * np.sin(a))
                for t in ts]  # fmt: skip
        parts.append(tube(pts, 0.008, slot=0))
    door = at(0, 0.06, 0.3)
    parts.append(box(0.16, 0.012, 0.012, door @ at(0, 0.2, 0), 0))  # the door's lintel
    parts.append(torus(0.02, 0.006, door @ at(0.07, 0.12, 0.01) @ rot("x", 90), 1))  # its latch
    del rng
    return parts


def cuckoo_clock(rng: Rng) -> list[Part]:
    """A cuckoo clock: a little wooden house with a steep roof and carved leaves on its gable,
    a dial with hands, the bird's door open over it with the bird peeping out, and two
    pine-cone weights on chains below."""
    parts = [
        box(0.5, 0.42, 0.22, at(0, 0.55, 0), 0, "body"),  # the house
        box(0.56, 0.04, 0.26, at(0, 0.53, 0), 0),  # its sill
    ]
    for s in (-1, 1):  # the steep roof
        parts.append(box(0.44, 0.03, 0.3, at(0, 1.2, 0) @ rot("z", -s * 50) @ at(s * 0.2, 0, 0), 0))
    face = at(0, 0.75, 0.112)
    parts.append(cylinder(0.15, 0.15, 0.012, face @ rot("x", 90), 1))
    for i in range(12):
        parts.append(box(0.01, 0.03, 0.008, face @ rot("z", -30.0 * i) @ at(0, 0.11, 0.012), 3))
    for length, width in ((0.07, 0.014), (0.1, 0.01)):
        hand = face @ at(0, 0, 0.018) @ rot("z", float(rng.uniform(0, 360)))
        parts.append(box(width, length, 0.006, hand, 3))
    parts.append(box(0.1, 0.1, 0.01, at(0, 0.96, 0.112), "pupil"))  # the bird's door, open
    parts.append(sphere(0.04, at(0, 1.01, 0.14), 1))  # the cuckoo
    parts.append(cylinder(0.015, 0.0, 0.04, at(0, 1.015, 0.17) @ rot("x", 90), 1))  # its beak
    for s in (-1, 1):  # carved leaves on the gable
        parts.append(slab(leaf_outline(0.5), 0.02, at(s * 0.1, 1.25, 0.14) @ rot("z", s * 50)
                          @ scl(0.08), 1))  # fmt: skip
        x = s * 0.12  # the weights
        parts.append(tube([(x, 0.55, 0.05), (x, 0.2, 0.05)], 0.004, slot=3))
        parts.append(lathe([(0, 0), (0.035, 0.03), (0.04, 0.1), (0.02, 0.16), (0, 0.17)],
                           at(x, 0.03, 0.05), 1))  # fmt: skip
    return parts


def crystal_ball(rng: Rng) -> list[Part]:
    """A crystal ball: a clear sphere resting in a cup on a turned stand."""
    del rng
    stand = [
        (0.0, 0.0),
        (0.3, 0.0),
        (0.3, 0.06),
        (0.14, 0.1),
        (0.1, 0.16),
        (0.22, 0.26),
        (0.0, 0.24),
    ]
    return [
        sphere(0.38, at(0, 0.58, 0), 0, "body"),
        sphere(0.12, at(0, 0.58, 0), "glow"),  # the mist at its heart
        lathe(stand, None, 1),
    ]


def kettle(rng: Rng) -> list[Part]:
    """A kettle: a tall body narrowing to a lid and knob, a short straight spout from low on
    its side, and a handle arching over the top."""
    del rng
    body = [(0.0, 0.0), (0.4, 0.0), (0.42, 0.08), (0.38, 0.45), (0.24, 0.62), (0.0, 0.64)]
    return [
        lathe(body, None, 0, "body"),
        lathe([(0.0, 0.6), (0.2, 0.6), (0.14, 0.68), (0.0, 0.7)], None, 0),
        sphere(0.05, at(0, 0.74, 0), 1),
        tube([(0.3, 0.2, 0), (0.5, 0.38, 0), (0.62, 0.52, 0)], [0.07, 0.045, 0.035], slot=0),
        tube([(-0.24, 0.6, 0), (-0.2, 0.9, 0), (0.2, 0.9, 0), (0.24, 0.6, 0)], 0.035, slot=1),
    ]


def coffee_pot(rng: Rng) -> list[Part]:
    """A coffee pot: a tall body tapering up to a domed lid with its knob, a long slender spout
    rising from low on its side to the height of the lid, a loop handle opposite."""
    del rng
    body = [(0.0, 0.0), (0.3, 0.0), (0.31, 0.05), (0.27, 0.5), (0.22, 0.78), (0.0, 0.8)]
    return [
        lathe(body, None, 0, "body"),
        lathe([(0.0, 0.76), (0.23, 0.76), (0.18, 0.84), (0.0, 0.88)], None, 0),
        sphere(0.045, at(0, 0.91, 0), 1),
        tube(
            [(0.26, 0.15, 0), (0.4, 0.35, 0), (0.46, 0.62, 0), (0.56, 0.78, 0)],
            [0.06, 0.045, 0.035, 0.03],
            slot=0,
        ),
        tube(
            [(-0.25, 0.65, 0), (-0.45, 0.6, 0), (-0.44, 0.25, 0), (-0.28, 0.18, 0)], 0.035, slot=1
        ),
    ]


def birdhouse(rng: Rng) -> list[Part]:
    """A birdhouse on its post: a small box under a pitched roof, a round dark hole in its
    front with a perch below it."""
    del rng
    return [
        cylinder(0.05, 0.05, 0.9, None, 1),  # the post
        box(0.5, 0.5, 0.45, at(0, 0.9, 0), 0, "body"),
        slab([(0.34, 0), (0, 0.3), (-0.34, 0)], 0.55, at(0, 1.4, 0), 1),  # the roof
        cylinder(0.09, 0.09, 0.02, at(0, 1.2, 0.225) @ rot("x", 90), "pupil"),  # the hole
        cylinder(0.015, 0.015, 0.12, at(0, 1.06, 0.22) @ rot("x", 90), 1),  # the perch
    ]


def badge(rng: Rng) -> list[Part]:
    """A sheriff's badge: a flat five-pointed metal star with a ball on each point, a raised
    ring round its middle and a round boss."""
    del rng
    m = at(0, 0.5, 0) @ scl(0.5)
    parts = [slab(star(5, 0.5), 0.08, m, 0, "body")]
    for k in range(5):
        a = np.radians(90 + 72 * k)
        parts.append(sphere(0.05, at(0.5 * np.cos(a), 0.5 + 0.5 * np.sin(a), 0.0), 0))
    parts.append(torus(0.17, 0.02, at(0, 0.5, 0.03) @ rot("x", 90), 1))
    parts.append(cylinder(0.1, 0.1, 0.03, at(0, 0.5, 0.02) @ rot("x", 90), 1))
    return parts


def starfish(rng: Rng) -> list[Part]:
    """A starfish lying flat: five thick arms tapering from a domed middle, curling a little at
    their tips, rows of knobs along their backs."""
    parts = [sphere(1.0, at(0, 0.06, 0) @ scl(0.16, 0.08, 0.16), 0, "body")]
    for k in range(5):
        a = np.radians(90 + 72 * k + rng.uniform(-6, 6))
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        lift = rng.uniform(0.0, 0.06)
        pts = [tuple(d * 0.05 + (0, 0.06, 0)), tuple(d * 0.3 + (0, 0.05, 0)),
               tuple(d * 0.5 + (0, 0.04 + lift, 0))]  # fmt: skip
        parts.append(tube(pts, [0.1, 0.06, 0.02], m=scl(1, 0.55, 1), slot=0))
        for t in (0.12, 0.22, 0.32, 0.41):
            parts.append(sphere(0.016, at(*(d * t + (0, 0.062 - 0.04 * t, 0))), 0))
    return parts


def fist(rng: Rng) -> list[Part]:
    """A clenched fist: the four fingers curled tight into the palm in a row of knuckles, the
    thumb folded across them, the wrist below."""
    parts = [
        sphere(1.0, at(0, 0.56, 0.02) @ scl(0.25, 0.24, 0.15), 0, "body"),
        cylinder(0.14, 0.16, 0.38, scl(1, 1, 0.6), 0),
    ]
    for i, x in enumerate((-0.16, -0.055, 0.055, 0.16)):
        top = 0.74 + (0.02 if 0 < i < 3 else 0.0)
        curl = [(x, top - 0.04, 0.0), (x, top + 0.02, 0.1), (x, top - 0.06, 0.2),
                (x, top - 0.2, 0.19), (x, top - 0.24, 0.11)]  # fmt: skip
        parts.append(tube(curl, [0.06, 0.06, 0.055, 0.05, 0.045], slot=0))
        parts.append(sphere(0.055, at(x, top + 0.005, 0.11) @ scl(1, 0.8, 1), 0))  # a knuckle
        parts.append(sphere(0.02, at(x, top - 0.24, 0.16) @ scl(1.2, 0.6, 0.5), 1))  # a nail
    thumb = [(0.24, 0.45, 0.02), (0.24, 0.52, 0.16), (0.1, 0.56, 0.25), (-0.04, 0.56, 0.26)]
    parts.append(tube(thumb, [0.07, 0.065, 0.055, 0.045], slot=0))
    del rng
    return parts


def mushroom_house(rng: Rng) -> list[Part]:
    """A mushroom house: a fat pale stem for its walls with a round door and two lit windows,
    under a great spotted cap, a chimney through the cap and stepping stones to the door."""
    parts = [
        lathe([(0, 0), (0.3, 0.0), (0.29, 0.4), (0.25, 0.66), (0, 0.68)], None, 1),
        lathe([(0, 0.6), (0.62, 0.6), (0.64, 0.68), (0.48, 0.98), (0, 1.1)], None, 0, "body"),
    ]
    door = at(0, 0.02, 0.285) @ rot("x", 90) @ scl(1, 1, 1.45)
    parts.append(cylinder(0.1, 0.1, 0.03, door @ at(0, 0, -0.095), "cork"))
    parts.append(sphere(0.015, at(0.06, 0.14, 0.32), "steel"))
    for x in (-0.17, 0.17):  # the windows, lit from within
        z = float(np.sqrt(0.285**2 - x**2))
        turn = rot("y", float(np.degrees(np.arctan2(x, z))))
        parts.append(cylinder(0.05, 0.05, 0.02, at(x, 0.42, z) @ turn @ rot("x", 90), "lampshade"))
    for _ in range(9):  # pale spots on the cap
        a, e = rng.uniform(0, 2 * np.pi), rng.uniform(0.3, 1.1)
        d = np.array([0.62 * np.cos(e) * np.sin(a), 0.45 * np.sin(e), 0.62 * np.cos(e) * np.cos(a)])
        n = d / np.array([0.62, 0.45, 0.62]) ** 2
        parts.append(
            sphere(1.0, at(*(d + v3(0, 0.64, 0))) @ align(n) @ scl(0.07, 0.02, 0.07), "snow")
        )
    parts.append(cylinder(0.05, 0.05, 0.25, at(0.25, 0.9, -0.15), "stones"))  # the chimney
    for k in range(3):  # stepping stones to the door
        parts.append(cylinder(0.06, 0.06, 0.02, at(0.05 * k, 0.0, 0.42 + 0.14 * k), "stones"))
    return parts


VARIANTS_C = {
    ("hand", "rest"): fist,
    ("star", "rest"): starfish,
    ("shell", "shell"): bivalve,
    ("clock", "height"): longcase,
    ("lantern", "frame"): birdcage,
    ("clock", "roof"): cuckoo_clock,
    ("mask", "trunk"): gas_mask,
    ("bottle", "flare"): potion,
    ("clock", "handles"): pocket_watch,
    ("clock", "pole"): sundial,
    ("orb", "pole"): crystal_ball,
    ("star", "pattern"): badge,
    ("house", "pole"): birdhouse,
    ("teapot", "handles"): kettle,
    ("teapot", "height"): coffee_pot,
    ("mushroom", "roof"): mushroom_house,
}
"""Archetypes built another way when a parameter (at 0.5 or more) says so: a shell with
``shell`` is a bivalve rather than a conch, a tall clock (``height``) a grandfather clock, a
lantern that is all ``frame`` a cage, a clock under a ``roof`` a cuckoo clock, a mask with a
``trunk`` (its filter) a gas mask, a bottle with a ``flare``d round belly a potion flask, a
clock with a bow to hold it by (``handles``) a pocket watch, a clock on a ``pole`` a sundial, a
hand at ``rest`` a clenched fist, a tall (``height``) teapot a coffee pot, a mushroom under a
``roof`` a mushroom house."""

BUILDERS_C = {
    **{
        f.__name__: f
        for f in (
            crystal,
            shell,
            house,
            boat,
            hourglass,
            lantern,
            cloud,
            mask,
            crown,
            vase,
            egg,
            tower,
            bottle,
            feather,
            heart,
        )
    },
    "star": star_,
}
"""Builders by archetype name."""
