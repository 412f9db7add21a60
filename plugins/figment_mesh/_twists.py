"""Twists that read: raining, rising, frozen and burning grow parts; folded and becoming reshape
and recolour the finished geometry.

- ``melting`` (besides its sag): drips of the object run down its sides into a puddle.
- ``raining``: streams run down from the underside and break into drops above a puddle, in the
  material the text says it rains (the one named after the twist), else its own.
- ``rising``: the same drops climb off the top instead, smaller as they go ("raining upward").
- ``frozen``: icicles hang from every downward face and frost caps the top.
- ``burning``: flames lick up from the top and sides, embers float above.
- ``folded``: the surface is flattened into facets with sharp folds between them, like origami.
- ``becoming``: "X that turns into Y": from a wavering line up the object, everything is Y
  (the material named after the twist); when Y is no material, the top comes apart into flakes
  drifting up and out, and when Y is a part (wings for "moths", leaves, petals, flames) a flock
  of those, in the object's material, leaves it from the top.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from figment.spec import Modifier, ObjectSpec

from ._geometry import Part, Slot, Solid, align, at, rot, scl
from ._mesh import unique_rows, vertex_normals
from ._parts import Anchor
from ._primitives import box, cylinder, lathe, slab, sphere, tube
from ._shapes import leaf
from ._twists_b import flakes, lightning, sinking, tangled, unravelling

__all__ = [
    "FLOWS", "GROWN", "becomes_part", "becoming", "flow_slot", "folded", "part_slot", "said_flow",
]  # fmt: skip

Rng = np.random.Generator

FLOWS = ("raining", "rising", "becoming")
"""Twists with a material of their own: the one the text names after them."""

_DROP = [(0.0, 0.0), (0.5, 0.12), (0.55, 0.4), (0.32, 0.75), (0.0, 1.25)]
_FLAME = [(0, 0), (0.05, 0.03), (0.045, 0.09), (0.015, 0.15), (0, 0.18)]


def flow_slot(spec: ObjectSpec, kind: str) -> int:
    """The material slot of what a flow twist rains, sheds or becomes: the material whose name
    the text says after the twist's own words, else the last material (the only one: itself)."""
    said = said_flow(spec, kind)
    return len(spec.materials) - 1 if said is None else said


def said_flow(spec: ObjectSpec, kind: str) -> int | None:
    """The material slot whose name the text says after the words of the twist ``kind`` ("tangled
    in red yarn", "sinking into the sand"), or None when it names none."""
    start = next(
        (
            s.start
            for s in spec.spans
            if s.field.startswith("modifiers[") and _kind(spec, s.field) == kind
        ),
        None,
    )
    if start is not None:
        for s in spec.spans:
            if (
                s.field.startswith("materials[")
                and s.field.endswith("made_of")
                and s.start >= start
            ):
                return int(s.field[len("materials[") : s.field.index("]")])
    return None


def _index(field: str) -> int:
    return int(field[field.index("[") + 1 : field.index("]")])


def _material_spans(spec: ObjectSpec) -> list[tuple[int, int]]:
    """(start, material index) of every material the text names."""
    return [
        (s.start, _index(s.field))
        for s in spec.spans
        if s.field.startswith("materials[") and s.field.endswith("made_of")
    ]


def part_slot(spec: ObjectSpec, i: int) -> int | None:
    """The material slot the text says part i is made of ("whose leaves are tiny mirrors"),
    or None: the parse marks it with a ``parts[i].made_of`` span over the material's words."""
    made = next((s for s in spec.spans if s.field == f"parts[{i}].made_of"), None)
    if made is None:
        return None
    for start, k in _material_spans(spec):
        if start == made.start and k < len(spec.materials):
            return k
    return None


def becomes_part(spec: ObjectSpec) -> int | None:
    """The part the object turns into ("a clock that melts into a flock of moths": wings): a
    part the text names right after the ``becoming`` twist (within ``_NEXT`` characters) with no
    material named from the twist on, or None."""
    span = next(
        (
            s
            for s in spec.spans
            if s.field.startswith("modifiers[") and _kind(spec, s.field) == "becoming"
        ),
        None,
    )
    if span is None:
        return None
    twist = span.start
    named = sorted(
        (s.start, _index(s.field))
        for s in spec.spans
        if s.field.startswith("parts[") and s.field.endswith("]") and s.start > twist
    )
    mats = [start for start, _ in _material_spans(spec) if start >= twist]
    for start, i in named:
        if i < len(spec.parts) and start - span.end <= _NEXT and not any(m < start for m in mats):
            return i
    return None


_NEXT = 24
"""How far after a becoming twist its part may be named ("melts into a flock of moths")."""


def _kind(spec: ObjectSpec, field: str) -> str:
    i = int(field[len("modifiers[") : field.index("]")])
    return spec.modifiers[i].kind if i < len(spec.modifiers) else ""


def _drop(p: np.ndarray, r: float, slot: Slot, tag: str) -> Part:
    return lathe(_DROP, at(*p) @ scl(r), slot, tag)


_GASES = ("cloud", "smoke", "shadow", "starlight")
"""Stuff that rises as puffs, not drops (steam, smoke), and that an object fades into at its top
as billows ("a staircase climbing into fog")."""


_GRAINS = frozenset({
    "ice", "stone", "sand", "pebbles", "sugar", "sugar cubes", "coins", "buttons", "leaves", "feathers",
    "paper", "newsprint", "maps", "cards", "crystal", "clockwork", "needles", "pearl", "shells",
    "marbles", "dice", "teeth", "bones", "keys", "nails", "matches", "bread", "cheese",
    "gold", "silver", "brass", "iron", "chrome", "foil", "petals", "salt", "cookie", "citrus",
    "salami", "popcorn", "rust", "wood", "glass", "bone", "obsidian", "marble", "porcelain",
    "cardboard", "wire", "berries", "stained glass", "chains", "books", "pencils", "spoons",
    "candles", "bricks", "bamboo", "concrete", "straw", "bark", "toy bricks", "sushi",
    "sprinkles", "waffle", "pizza", "cork", "barbed wire", "gingerbread", "circuit board",
    "chainmail", "blue cheese", "scales", "peacock feathers", "licorice", "bacon", "watermelon",
    "pumpkin", "granite", "jade stone", "sea glass", "soap", "vinyl", "marshmallow", "walnut shells",
    "citrus peel", "broad leaves", "bottle caps", "tin cans", "nuts and bolts", "eyeballs",
    "banknotes", "pretzel",
})  # fmt: skip
"""Stuff that falls as flakes and grains, not drops (snow, sand, coins, leaves; a metal rains
its nuggets and coins, not molten drops)."""


def raining(a: Anchor, m: Modifier, spec: ObjectSpec, rng: Rng) -> list[Part]:
    """Streams from the underside breaking into drops, falling to a puddle below (a thing of
    cloud rains water); smoke or steam it leaks rises instead, as puffs; snow, sand or coins
    fall as flakes to a heap, feathers, leaves and paper flutter down flat; fire, light and
    starlight (sparks, embers, neon) fall as glowing streaks that go out before they
    land."""
    slot, s = flow_slot(spec, "raining"), a.size
    made_of = spec.materials[slot].made_of
    if made_of == "cloud":  # a cloud (or a thing of cloud) rains rain
        slot = "rain"
    elif made_of in _SPARKS:
        return _falling(a, m, slot, rng, sparks=True)
    elif made_of in _GASES:
        return _puffs(a, m, slot, rng, "raining")
    elif made_of in _GRAINS:
        wide = 1.6 if made_of == "petals" else 1.0  # round petals, not blades
        return _falling(a, m, slot, rng, flat=made_of in _FLUTTER, wide=wide,
                        discs=made_of in _DISCS, balls=made_of in _BALLS)  # fmt: skip
    if any(c.place == "fill" and c.made_of == made_of for c in spec.companions):
        return _spilling(a, m, slot, rng)  # "overflowing with honey": it fills it and runs over
    floor = a.lo[1] - (0.25 + 0.35 * m.amount) * s
    out: list[Part] = []
    for p, _ in a.scatter(rng, 3 + round(5 * m.amount), up_bias=-2.0):
        top = np.asarray(p, dtype=float)
        length = (top[1] - floor) * rng.uniform(0.25, 0.45)
        r = s * rng.uniform(0.012, 0.022)
        out.append(tube([top, top - (0, length * 0.5, 0), top - (0, length, 0)], [r, r * 0.8, 0.0],
                        slot=slot, tag="raining"))  # fmt: skip
        y = top[1] - length - s * 0.04
        while y > floor + s * 0.03:
            out.append(_drop(np.array([top[0], y, top[2]]), r * 1.3, slot, "raining"))
            y -= s * rng.uniform(0.06, 0.1)
        puddle = at(top[0], floor, top[2]) @ scl(s * rng.uniform(0.06, 0.1), s * 0.008, s * 0.08)
        out.append(sphere(1.0, puddle, slot, "raining"))
    return out


def _spilling(a: Anchor, m: Modifier, slot: Slot, rng: Rng) -> list[Part]:
    """What it overflows with: streams from its rim running down its sides, hugging them, into
    a pool round its foot."""
    s, c, rim = a.size, a.axis, a.rim()
    out: list[Part] = []
    n = 4 + round(4 * m.amount)
    for k in range(n):
        turn = 2 * np.pi * (k + rng.uniform(-0.3, 0.3)) / n
        d = np.array([np.cos(turn), 0.0, np.sin(turn)])
        path: list[np.ndarray] = []
        end = rng.uniform(0.0, 0.5) if k % 2 else 0.0  # some stop part way down
        for y in np.linspace(rim, a.lo[1] + end * (rim - a.lo[1]) + 0.01 * s, 8):
            hit = a.exit(np.array([c[0], y, c[2]]), d)
            if hit is not None:
                path.append(hit[0] + d * s * 0.012)
            elif path:  # below a bulge: it falls straight
                path.append(np.array([path[-1][0], y, path[-1][2]]))
        if len(path) < 3:
            continue
        r = s * rng.uniform(0.014, 0.026)
        radii = [r * 1.3, *([r] * (len(path) - 2)), r * (0.7 if end else 1.2)]
        out.append(tube(path, radii, slot=slot, tag="raining"))
        if end:
            out.append(_drop(path[-1] - (0, r * 1.8, 0), r * 1.2, slot, "raining"))
    foot = a.point(0.5, 0.0, 0.5)
    return [*out, _puddle(foot, a.ext[0] * 0.7, a.ext[2] * 0.7, s * 0.015, slot, rng, "raining")]


def _falling(
    a: Anchor,
    m: Modifier,
    slot: Slot,
    rng: Rng,
    flat: bool = False,
    sparks: bool = False,
    wide: float = 1.0,
    discs: bool = False,
    balls: bool = False,
) -> list[Part]:
    """Flakes and grains falling from the underside, spreading as they fall, onto a low heap
    below each place they fall from; ``flat`` things (feathers, leaves, paper) flutter down as
    long thin blades (``wide``: broader and shorter, petals) and lie scattered where they land;
    ``sparks`` fall as short streaks along their fall, spreading wide, and leave nothing
    below; ``discs`` (coins, buttons) tumble down as flat round pieces onto a pile of them."""
    s = a.size
    floor = a.lo[1] - (0.2 + 0.3 * m.amount) * s
    out: list[Part] = []
    for p, _ in a.scatter(rng, 3 + round(4 * m.amount), up_bias=-2.0):
        top = np.asarray(p, dtype=float)
        drop = max(float(top[1] - floor), 1e-3)
        for _ in range((8 + round(8 * m.amount)) // (2 if flat else 1)):
            t = rng.uniform(0.05, 0.95)
            spread = rng.normal(size=2) * s * (0.01 + (0.1 if flat else 0.06) * t)
            c = top + np.array([spread[0], -t * drop, spread[1]])
            r = s * rng.uniform(0.008, 0.016)
            tumble = rot("x", rng.uniform(0, 180)) @ rot("z", rng.uniform(0, 180))
            if flat:
                blade = at(*c) @ tumble @ scl(r * 1.8 * wide, r * 4.5 / wide, 1.0)
                out.append(slab(leaf(0.4 * wide), 0.004, blade, slot, "raining"))
            elif sparks:  # a streak along its fall, leaning out the way it spreads
                lean = np.array([spread[0] * 0.2, -s * 0.05, spread[1] * 0.2])
                lean *= s * 0.05 / max(float(np.linalg.norm(lean)), 1e-6)
                out.append(tube([c + lean, c, c - lean], [0.0, r * 0.45, 0.0], slot=slot,
                                tag="raining"))  # fmt: skip
            elif balls:  # round and whole, big enough to read as marbles or pearls
                out.append(sphere(1.6 * r, at(*c), slot, "raining"))
            elif discs:  # as big as a coin or a button, so it shows what falls (as flakes,
                # red buttons read as drops of blood)
                piece = at(*c) @ tumble @ at(0, -0.2 * r, 0)
                out.append(cylinder(1.8 * r, 1.8 * r, 0.4 * r, piece, slot, "raining"))
            else:
                out.append(sphere(r, at(*c) @ tumble @ scl(1.0, 0.45, 1.0), slot, "raining"))
        if discs:  # a pile where they land
            for k in range(7):
                r = s * 0.016
                c = top * (1, 0, 1) + (rng.normal() * s * 0.03, floor + 0.4 * r * (k // 3),
                                       rng.normal() * s * 0.03)  # fmt: skip
                lie = at(*c) @ rot("x", rng.uniform(-10, 10)) @ rot("z", rng.uniform(-10, 10))
                out.append(cylinder(1.8 * r, 1.8 * r, 0.4 * r, lie, slot, "raining"))
            continue
        if balls:  # a few lying where they rolled
            for _ in range(5):
                r = s * 0.02
                c = top * (1, 0, 1) + (rng.normal() * s * 0.05, floor + r, rng.normal() * s * 0.05)
                out.append(sphere(r, at(*c), slot, "raining"))
            continue
        if flat:  # a few lying where they fell
            for _ in range(3):
                c = top * (1, 0, 1) + (
                    rng.normal() * s * 0.05,
                    floor + 0.002,
                    rng.normal() * s * 0.05,
                )
                lie = at(*c) @ rot("y", rng.uniform(0, 180)) @ rot("x", 90)
                size = scl(s * 0.025 * wide, s * 0.06 / wide, 1.0)
                out.append(slab(leaf(0.4 * wide), 0.004, lie @ size, slot, "raining"))
            continue
        if sparks:
            continue
        w = s * rng.uniform(0.06, 0.09)
        heap = [(0.0, 0.0), (w, 0.0), (w * 0.5, w * 0.25), (0.0, w * 0.4)]
        out.append(lathe(heap, at(top[0], floor, top[2]), slot, "raining"))
    return out


_DISCS = frozenset({"coins", "buttons", "cookie", "citrus", "salami"})
"""Stuff that falls as flat round pieces, big enough to show what they are."""
_BALLS = frozenset({"marbles", "pearl", "popcorn", "berries"})
"""Stuff that falls as whole round balls and rolls where it lands."""

_SPARKS = frozenset({"fire", "light", "starlight"})
"""Stuff that rains as glowing streaks that go out before they land (sparks, neon light)."""

_FLUTTER = frozenset({
    "feathers", "leaves", "paper", "newsprint", "maps", "cards", "foil", "petals",
    "peacock feathers",
})  # fmt: skip
"""Flat things that flutter down rather than fall as grains."""


def _puffs(a: Anchor, m: Modifier, slot: Slot, rng: Rng, tag: str) -> list[Part]:
    """Steam or smoke: columns of puffs from the top, swelling and drifting as they climb."""
    s = a.size
    out: list[Part] = []
    top = max((np.asarray(p, dtype=float) for p, _ in a.scatter(rng, 12, up_bias=6.0)),
              key=lambda q: q[1])  # fmt: skip
    for _ in range(1 + round(m.amount)):
        c = top + np.array([rng.normal() * s * 0.05, s * 0.04, rng.normal() * s * 0.05])
        r = s * 0.05
        lean = rng.normal(size=2) * s * 0.03
        for _ in range(4 + round(2 * m.amount)):
            for _ in range(3):  # a puff: a few overlapping balls
                off = rng.normal(size=3) * r * 0.45
                out.append(sphere(r * rng.uniform(0.7, 1.0), at(*(c + off)), slot, tag))
            c = c + np.array([lean[0], r * 1.5, lean[1]])
            r *= 1.22
    return out


def rising(a: Anchor, m: Modifier, spec: ObjectSpec, rng: Rng) -> list[Part]:
    """Drops (bubbles: balls) climbing off the top, smaller and further apart as they rise; steam and smoke a
    column of puffs from the top, swelling and drifting as they climb."""
    slot, s = flow_slot(spec, "rising"), a.size
    cloud = spec.materials[slot].made_of == "cloud"
    if cloud and "cloud" in (spec.archetype if not spec.family else "", spec.materials[0].made_of):
        slot = "rain"  # a cloud raining upward rains rain, up (not steam off a kettle)
    elif spec.materials[slot].made_of in _GASES:
        return _puffs(a, m, slot, rng, "rising")
    elif spec.materials[slot].made_of in _FLUTTER:
        return _fluttering_up(a, m, slot, spec.materials[slot].made_of, rng)
    out: list[Part] = []
    for p, _ in a.scatter(rng, 4 + round(6 * m.amount), up_bias=3.0):
        y, r = float(p[1]) + s * 0.05, s * rng.uniform(0.03, 0.05)
        drift = rng.normal(size=2) * s * 0.02
        for k in range(3 + round(3 * m.amount)):
            c = np.array([p[0] + drift[0] * k, y, p[2] + drift[1] * k])
            if slot != "rain" and spec.materials[slot].made_of == "bubbles":  # round
                out.append(sphere(r * 1.2, at(*c), slot, "rising"))
            else:
                out.append(_drop(c, r, slot, "rising"))
            y += s * (0.07 + 0.03 * k)
            r *= 0.85
    return out


def _fluttering_up(a: Anchor, m: Modifier, slot: Slot, made_of: str, rng: Rng) -> list[Part]:
    """Flat things rising off the top (pages, leaves, feathers, petals): thin sheets (paper's
    square, a leaf's pointed) tumbling up and out, spreading as they climb (as drops they read
    as white teardrops)."""
    s = a.size
    out: list[Part] = []
    sheet = made_of in ("paper", "newsprint", "maps", "cards", "foil")
    wide = 1.6 if made_of == "petals" else 1.0
    for p, _ in a.scatter(rng, 3 + round(4 * m.amount), up_bias=3.0):
        top = np.asarray(p, dtype=float)
        for _ in range(5 + round(4 * m.amount)):
            t = rng.uniform(0.05, 1.0)
            spread = rng.normal(size=2) * s * (0.03 + 0.18 * t)
            c = top + np.array([spread[0], s * (0.05 + 0.7 * t), spread[1]])
            r = s * rng.uniform(0.02, 0.035)
            tumble = at(*c) @ rot("x", rng.uniform(0, 180)) @ rot("z", rng.uniform(0, 180))
            if sheet:  # a page: a thin oblong
                out.append(box(r * 2.4, r * 3.2, 0.004 * s, tumble, slot, "rising"))
            else:
                blade = tumble @ scl(r * 2.2 * wide, r * 3.0 / wide, 1.0)
                out.append(slab(leaf(0.45 * wide), 0.004, blade, slot, "rising"))
    return out


def frozen(a: Anchor, m: Modifier, spec: ObjectSpec, rng: Rng) -> list[Part]:
    """Icicles hanging from the lower faces above its foot (eaves, a jaw, a branch) and snow
    lying on the top; frozen all the way (``amount`` 1: "frozen solid", "encased in ice"), a
    clear block of ice around it too."""
    s = a.size
    out: list[Part] = []
    if m.amount >= 0.95:
        pad = 0.08 * s
        block = at(a.mid[0], a.lo[1], a.mid[2]) @ rot("y", float(rng.uniform(-8, 8)))
        w, h, d = (float(e) + 2 * pad for e in a.ext)
        out.append(box(w, h - pad, d, block, "clear_ice", "frozen"))
        return out  # encased: no snow or icicles inside the block
    for p, n in a.scatter(rng, 10 + round(20 * m.amount), up_bias=-2.5):
        if n[1] > 0.2 or p[1] < a.lo[1] + 0.15 * a.ext[1]:
            continue  # not from the ground it stands on
        h = s * rng.uniform(0.06, 0.2) * (0.6 + m.amount)
        r = s * rng.uniform(0.012, 0.025)
        out.append(
            cylinder(r, 0.0, h, at(*p) @ rot("x", 180 + rng.uniform(-6, 6)), "frost", "frozen")
        )
    # snow lies in a layer on whatever faces up, seen from above: drifts on a grid that run
    # together, thicker the more it snowed, a little lip over the edges
    # (on steep faces too, a fir's tiers, thin: in big round caps only on flat tops it read
    # as meringue, and a snowy fir had snow only round its foot)
    for x, z, y, n, g in _facing_up(a, 14, 0.35):
        w = g * rng.uniform(0.7, 0.85)
        depth = s * (0.008 + 0.014 * m.amount) * rng.uniform(0.8, 1.2) * (0.5 + 0.5 * n[1])
        lift = 0.02 * s  # the coarse build it is placed on runs below a curved roof
        cap = at(x, y + lift, z) @ align(n) @ scl(w, depth, w * rng.uniform(0.85, 1.15))
        out.append(sphere(1.0, cap, "snow", "frozen"))
    return out


def _facing_up(a: Anchor, cells: int, steep: float):
    """Points on a grid of ``cells`` across, seen from above, where the highest face below
    faces up (its normal's y at least ``steep``) above the ground it stands on: (x, z, height,
    normal, grid step)."""
    g = max(float(a.ext[0]), float(a.ext[2])) / cells
    # (at least one row each way: a flat thing, a hanger, is thinner than a cell)
    xs, zs = (
        a.lo[i] + (np.arange(k) + 0.5) * a.ext[i] / k
        for i, k in ((0, max(1, round(a.ext[0] / g))), (2, max(1, round(a.ext[2] / g))))
    )
    xz = np.array([(x, z) for x in xs for z in zs])
    top, normal = a.tops(xz)
    for (x, z), y, n in zip(xz, top, normal, strict=True):
        if np.isfinite(y) and n[1] >= steep and y >= a.lo[1] + 0.05 * a.ext[1]:
            yield x, z, y, n, g


def covered(a: Anchor, m: Modifier, spec: ObjectSpec, rng: Rng) -> list[Part]:
    """What covers it ("covered in moss", "overgrown with moss") in patches: a layer over what
    faces up, as snow lies, and clumps hugging its sides, more the more it is covered (frost
    and sugar in many small ones; rust, dust and ink as flat blotches on its faces, dust
    lying on what faces up too)."""
    slot = flow_slot(spec, "covered")
    s = a.size
    made_of = spec.materials[slot].made_of
    if made_of == "sprinkles":
        return _sprinkles(a, m, rng)
    # frost or sugar lies fine and thick all over, not in a few clumps
    fine = made_of in ("ice", "sugar", "water")  # (dew: many small drops, not puddles)
    stain = made_of in _STAINS  # rust, dust, ink: flat blotches on it, no clumps
    many, small = (2.5, 0.55) if fine else (1.6, 1.2) if stain else (1.0, 1.0)
    out: list[Part] = []
    for x, z, y, n, g in () if made_of in ("rust", "ink") else _facing_up(a, 9, 0.5):
        if rng.uniform() > 0.55 + 0.4 * m.amount:
            continue  # in patches, bare wood between
        w = g * rng.uniform(0.6, 0.9)
        cap = at(x, y + 0.012 * s, z) @ align(n) @ scl(w, 0.022 * s, w * rng.uniform(0.8, 1.2))
        out.append(sphere(1.0, cap, slot, "covered"))
    flat = 0.06 if stain else 0.25
    for p, n in a.scatter(rng, round(many * (14 + 16 * m.amount)), up_bias=0.3):
        if stain:  # flat on the face itself, not at the nearest corner
            hit = a.exit(a.mid, p - a.mid)
            p, n = hit if hit is not None else (p, n)
        if p[1] < a.lo[1] + 0.04 * a.ext[1]:
            continue
        r = min(s * small * rng.uniform(0.04, 0.08), 0.3 * float(a.ext.min()))  # small on thin
        if stain:  # a blotch stays on its face, short of the edges
            room = [min(p[i] - a.lo[i], a.lo[i] + a.ext[i] - p[i]) for i in range(3)
                    if abs(n[i]) < 0.7]  # fmt: skip
            r = min(r, max(min(room, default=r), 0.25 * r))
        clump = at(*(p + n * 0.004 * s)) @ align(n) @ scl(r, flat * r, r * rng.uniform(0.7, 1.3))
        out.append(sphere(1.0, clump, slot, "covered"))
    return out


def _sprinkles(a: Anchor, m: Modifier, rng: Rng) -> list[Part]:
    """Sprinkles: many tiny rounded rods lying every which way on what faces up and stuck to
    its sides, each in a sugar colour of its own."""
    out: list[Part] = []
    r = 0.007 * a.grain
    for p, n in a.scatter(rng, 90 + round(90 * m.amount), up_bias=1.2):
        p, n = np.asarray(p, dtype=float), np.asarray(n, dtype=float)
        d = np.cross(n, rng.normal(size=3))
        d *= 0.02 * a.grain / max(float(np.linalg.norm(d)), 1e-9)
        c = p + n * r
        colour = _SPRINKLE_SLOTS[int(rng.integers(len(_SPRINKLE_SLOTS)))]
        out.append(tube([c - d, c + d], r, slot=colour, tag="covered"))
    return out


_SPRINKLE_SLOTS = ("card-red", "plume-tip", "fruit-green", "plume", "eraser", "snow")
"""The sugar colours sprinkles come in (specials of a fixed colour)."""

_STAINS = frozenset({"rust", "sand", "ink"})
"""What covers a thing as flat blotches on its surface (rust, dust, ink), not heaped clumps."""


def burning(a: Anchor, m: Modifier, spec: ObjectSpec, rng: Rng) -> list[Part]:
    """Flames licking up from the top and sides, embers floating above; at strength 0 none
    (the twist only colours the object's own flames: a torch's, a candle's)."""
    if m.amount <= 0:
        return []
    s = a.size
    # smaller flames on a thin thing (a blade, a pole), so they lick it and do not hide it
    thin = float(np.clip(3.0 * np.sort(a.ext)[1] / s, 0.35, 1.0))
    out: list[Part] = []
    for p, _ in a.scatter(rng, 6 + round(10 * m.amount), up_bias=1.5):
        lean = rot("z", rng.uniform(-12, 12)) @ rot("x", rng.uniform(-12, 12))
        k = s * rng.uniform(0.55, 1.05) * thin  # (larger ones hid a horse or a fish)
        out.append(
            lathe(_FLAME, at(*p) @ lean @ scl(k * 0.8, k * 2.2, k * 0.8), "flame", "burning")
        )
    for _ in range(4 + round(6 * m.amount)):
        lift = np.array([0.0, s * rng.uniform(0.05, 0.3), 0.0])
        c = a.point(rng.uniform(0.2, 0.8), 1.0, rng.uniform(0.2, 0.8)) + lift
        out.append(sphere(s * rng.uniform(0.006, 0.012), at(*c), "glow", "burning"))
    return out


def melting(a: Anchor, m: Modifier, spec: ObjectSpec, rng: Rng) -> list[Part]:
    """Drips of the object itself running down its sides into a puddle at its foot (the sag
    itself is the ``melting`` deformation)."""
    s = a.size
    out: list[Part] = []
    slot: Slot = f"melt{a.melts}" if isinstance(a.melts, int) else a.melts
    want = 6 + round(8 * m.amount)
    for p, n in a.scatter(rng, 3 * want, up_bias=0.3):
        if len(out) >= 2 * want:
            break
        start = np.asarray(p, dtype=float) + np.asarray(n, dtype=float) * s * 0.01
        if start[1] < a.firm_top:
            continue  # (what keeps its shape does not run: an ice cream's cone)
        # short runs, thinner than a leg (long thick ones stood like pillars round a melting
        # unicorn and read as more legs)
        length = min((start[1] - a.lo[1]) * rng.uniform(0.3, 0.65), 0.3 * s)
        if a.firm_top > a.lo[1]:  # over the cone's rim, not down to the floor beside it
            length = min(length, start[1] - a.firm_top + 0.12 * s)
        r = s * rng.uniform(0.014, 0.026)  # (thinner, a melting locomotive's read as specks)
        # down its outside, hugging its side (straight down from its top, a run went through
        # it and did not show)
        way = np.array([n[0], 0.0, n[2]], dtype=float)
        if float(np.linalg.norm(way)) < 0.3:  # off its top: down its nearer long side
            across = 0 if a.ext[0] < a.ext[2] else 2
            way = np.zeros(3)
            way[across] = 1.0 if start[across] >= a.mid[across] else -1.0
        way /= float(np.linalg.norm(way))
        path = [start]
        for f in (0.35, 0.7, 1.0):
            y = start[1] - f * length
            edge = _side_at(a, start, y, way)
            if edge is None:
                break  # (nothing below it on that side to run down)
            edge = edge + way * 0.6 * r
            path.append(edge if f > 0.35 else (start + edge) / 2)
        if len(path) < 4:
            continue
        out.append(tube(path, [r, r * 0.9, r * 0.95, r * 1.3], slot=slot, tag="melting"))
        out.append(_drop(path[-1] - (0, r * 2.2, 0), r * 1.4, slot, "melting"))
    # a pool round its foot a little wider than it (radius 0.75 of its extent made a long slab
    # half again as long as a melting unicorn)
    floor = 0.25 * float(max(a.ext[0], a.ext[2]))
    c, rx, rz = a.point(0.5, 0.0, 0.5), max(a.ext[0] * 0.4, floor), max(a.ext[2] * 0.4, floor)
    out.append(_puddle(c, rx, rz, s * 0.02, slot, rng))
    return out


def _side_at(a: Anchor, start: np.ndarray, y: float, way: np.ndarray) -> np.ndarray | None:
    """Its outside at height ``y`` the way ``way`` (horizontal) points from ``start``: the
    furthest of its points near that height and near the vertical plane through ``start``
    along ``way``; None where it has none there."""
    rel = a.verts - start
    across = np.array([-way[2], 0.0, way[0]])
    near = (np.abs(a.verts[:, 1] - y) < 0.06 * a.ext[1] + 1e-6) & (
        np.abs(rel @ across) < 0.05 * a.size
    )
    if not near.any():
        return None
    pts = a.verts[near]
    p = pts[int(np.argmax(pts @ way))]
    return np.array([p[0], y, p[2]])


def _puddle(
    c: np.ndarray, rx: float, rz: float, depth: float, slot: Slot, rng: Rng, tag: str = "melting"
) -> Part:
    """A flat pool with a wavering edge, lying on the floor at ``c``."""
    k = rng.uniform(0, 2 * np.pi, 2)

    def outline(n: int) -> np.ndarray:
        t = np.arange(max(n, 24)) * (2 * np.pi / max(n, 24))
        r = 1.0 + 0.18 * np.sin(3 * t + k[0]) + 0.1 * np.sin(7 * t + k[1])
        return np.stack([r * np.cos(t), r * np.sin(t)], 1)

    place = at(c[0], c[1] + depth / 2, c[2]) @ scl(rx, 1.0, rz) @ rot("x", 90)
    return slab(outline, depth, place, slot, tag)


def _moth(c: np.ndarray, r: float, yaw: float, lift: float) -> list[Part]:
    """A moth seen from anywhere: a slim body, and on each side a broad forewing and a smaller
    hindwing raised in a V."""
    place = at(*c) @ rot("y", yaw)
    out = [sphere(1.0, place @ scl(r * 0.08, r * 0.08, r * 0.38), 0, "becoming")]
    for side in (-1, 1):
        for sweep, length in ((-55, 0.55), (-125, 0.38)):
            # a leaf along +y, turned to point out and forward (back), laid flat, then raised
            wing_m = (
                place @ rot("z", side * lift) @ rot("y", side * (sweep + 90)) @ rot("x", 90)
                @ at(0, length * r, 0) @ scl(r * length * 0.9, r * length, 1.0)
            )  # fmt: skip
            out.append(slab(leaf(0.62), 0.03 * r, wing_m, 0, "becoming"))
    return out


def _leaf(c: np.ndarray, r: float, yaw: float, lift: float, width: float) -> list[Part]:
    place = at(*c) @ rot("y", yaw) @ rot("x", 90 - lift) @ scl(r * 0.5, r * 0.5, 1.0)
    return [slab(leaf(width), 0.02 * r, place, 0, "becoming")]


def _billows(a: Anchor, m: Modifier, slot: int, rng: Rng) -> list[Part]:
    """Soft billows of fog or smoke wrapping the top and drifting above it."""
    s, out = a.size, []
    for _ in range(7 + round(6 * m.amount)):
        t = rng.uniform(0.0, 1.0)
        ang = rng.uniform(0, 2 * np.pi)
        spread = a.ext[[0, 2]].max() * (0.25 + 0.35 * t)
        c = a.mid + np.array([spread * np.cos(ang), 0.0, spread * np.sin(ang)])
        c[1] = a.lo[1] + a.ext[1] * (0.65 + 0.2 * t) + s * 0.15 * t
        r = s * rng.uniform(0.12, 0.2)
        out.append(sphere(1.0, at(*c) @ scl(r * 1.4, r * 0.8, r * 1.2), slot, "becoming"))
    return out


def flock(a: Anchor, m: Modifier, spec: ObjectSpec, rng: Rng) -> list[Part]:
    """What the object turns into, when that is a part: a flock of winged things (or leaves,
    petals, flames) in its own material leaving its top, wider and further as they go; the
    ``becoming`` deformation dissolves the top they come from. When it is a gas (fog, smoke),
    billows of it wrap the top."""
    i = becomes_part(spec)
    if i is None:
        slot = flow_slot(spec, "becoming")
        gas = slot > 0 and spec.materials[slot].made_of in _GASES
        return _billows(a, m, slot, rng) if gas else []
    thing, s = spec.parts[i], a.size
    out: list[Part] = []
    for _ in range(8 + round(6 * m.amount)):
        t = rng.uniform(0.0, 1.0)
        ang = rng.uniform(0, 2 * np.pi)
        out_r = s * (0.1 + 0.55 * t) * rng.uniform(0.6, 1.0)
        c = a.mid + np.array([out_r * np.cos(ang), 0.0, out_r * np.sin(ang)])
        c[1] = a.lo[1] + a.ext[1] * 0.75 + s * 0.75 * t
        r = s * rng.uniform(0.14, 0.2) * (1.0 - 0.3 * t)
        yaw, lift = rng.uniform(0, 360), rng.uniform(15, 55)
        if thing == "wings":
            out += _moth(c, r, yaw, lift)
        elif thing == "flames":
            out.append(lathe(_FLAME, at(*c) @ scl(r * 5, r * 9, r * 5), "flame", "becoming"))
        else:
            out += _leaf(c, r, yaw, lift, 0.45 if thing == "leaves" else 0.3)
    return out


GROWN: dict[str, Callable[[Anchor, Modifier, ObjectSpec, Rng], list[Part]]] = {
    "becoming": flock,
    "melting": melting,
    "raining": raining,
    "rising": rising,
    "frozen": frozen,
    "burning": burning,
    "covered": covered,
    "lightning": lightning,
    "unravelling": unravelling,
    "tangled": tangled,
    "sinking": sinking,
}
"""Twists that add parts (built before the deformations, so those carry them along)."""


def folded(solids: list[Solid], amount: float) -> list[Solid]:
    """Flatten the surface into facets, like folded paper: vertices in each cell of a coarse
    grid (0.14 .. 0.3 of the object) move onto the plane of their cell, so every triangle stays
    and the folds fall where the planes meet (shaded with sharp creases)."""
    cell = 0.14 + 0.16 * amount
    out = []
    for s in solids:
        if s.tag == "becoming":  # billows of fog and flocks keep their own shape
            out.append(s)
            continue
        v = s.verts
        normal = vertex_normals(v, s.faces)
        # A cell may hold two sides of a thin wall: each side (by the way it faces) gets its
        # own plane, or the two would be crushed onto one.
        axis = np.abs(normal).argmax(1)
        side = axis * 2 + (normal[np.arange(len(v)), axis] > 0)
        keys = np.concatenate([np.floor(v / cell).astype(np.int64), side[:, None]], 1)
        _, group = unique_rows(keys)
        count = np.bincount(group).astype(float)[:, None]
        centre = np.stack([np.bincount(group, weights=v[:, c]) for c in range(3)], 1) / count
        plane = np.stack([np.bincount(group, weights=normal[:, c]) for c in range(3)], 1)
        length = np.linalg.norm(plane, axis=1, keepdims=True)
        plane = np.where(length > 1e-9, plane / np.maximum(length, 1e-9), 0.0)
        n = plane[group]
        offset = ((v - centre[group]) * n).sum(1, keepdims=True)
        out.append(Solid(v - offset * n, s.faces, s.slot, s.tag, True, s.uv))
    return out


_SURFACES = frozenset(("sclera", "pupil", "tooth", "marking", "seed", "snow"))
"""Special slots that are only a colour of the object's own surface, not light or weather."""


def becoming(
    solids: list[Solid],
    amount: float,
    target: int | None,
    seed: int,
    keep: float = 1.0,
    start: float | None = None,
    scatter: bool = False,
) -> list[Solid]:
    """Faces above a wavering line (lower for a larger amount) take the target material (and
    with ``scatter``, a stuff of grains or sparks, come apart into flakes of it); with
    no material to become (the text names a thing, not a material), they come apart into
    flakes drifting up and out, the object dissolving into something else (``keep``: the
    share of them that stays as flakes, less where a flock of what it becomes flies off;
    ``start``: the share of its height the line is at, else lower the larger the amount)."""
    from ._modifiers import noise3

    body = [s for s in solids if s.tag != "becoming" and len(s.verts)] or solids
    lo = np.min([s.verts.min(0) for s in body], axis=0)
    hi = np.max([s.verts.max(0) for s in body], axis=0)
    top, mid = float(hi[1]), (lo + hi) / 2
    line = top * (0.75 - 0.45 * amount if start is None else start)
    rng = np.random.default_rng(seed)
    out: list[Solid] = []
    for s in solids:
        # what it becomes stays whole, and so do flames and glows; white surfaces (sails,
        # keys, strings, eyes) turn with the rest: a ship turning into coral, sails and all
        if (isinstance(s.slot, str) and s.slot not in _SURFACES) or s.tag == "becoming":
            out.append(s)
            continue
        centre = s.verts[s.faces].mean(1)
        wave = 0.08 * top * noise3(centre * 4.0, seed)[:, 0]
        above = centre[:, 1] + wave > line
        if len(s.faces[~above]):
            out.append(Solid(s.verts, s.faces[~above], s.slot, s.tag, s.welded, s.uv))
        if not above.any():
            continue
        if target is not None and not scatter:
            out.append(Solid(s.verts, s.faces[above], target, s.tag, s.welded, s.uv))
            continue
        if target is not None:  # "dissolving into sparks": flakes of fire, not a flame coat
            s = Solid(s.verts, s.faces, target, s.tag, s.welded, s.uv)
        faces, c = s.faces[above], centre[above]
        if keep < 1.0:
            kept = rng.random(len(faces)) < keep
            faces, c = faces[kept], c[kept]
        rise = np.clip((c[:, 1] - line) / max(top - line, 1e-6), 0, 1)[:, None]
        away = (c - mid) * np.array([1.0, 0.0, 1.0])
        drift = (away * 0.6 + np.array([0.0, 0.5, 0.0]) * top) * rise**1.5
        drift = drift + rng.normal(0, 0.03 * top, drift.shape) * rise
        out.append(flakes(s, faces, c, 1.0 - 0.6 * rise, drift))
    return out
