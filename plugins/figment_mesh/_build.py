"""Spec → GLB: recipe, detail from the triangle budget, modifiers, fit to size, normals, GLB.

Limits (each raises InvalidArgument naming the field): ``max_triangles`` within the stage's
``BOUNDS`` (200 ..= 200,000); 0 means the default, 20,000.

The triangle budget is never exceeded: the detail level is solved from exact triangle counts of
the recipe before anything is built; booleans add cut faces, so the object is rebuilt at a lower
detail if it overshoots, and as a last resort (a 64-copy swarm in 200 triangles) vertices are
clustered on a grid until it fits. LODs are the same recipe rebuilt for 1/2, 1/4 ... of the
finest level's triangles, so they keep the same silhouette, seed and materials. A spec that
breathes (a ``breathe`` motion) gets a morph target and its looping animation in every level
(``_breath``).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from figment.errors import InvalidArgument
from figment.spec import APPLIANCE_KINDS, GROUNDED_APPLIANCES, ObjectSpec, kind_of

from . import BOUNDS
from ._appliances_c import FLOOR
from ._archetypes_a import BUILDERS_A
from ._archetypes_b import BUILDERS_B
from ._archetypes_c import BUILDERS_C, VARIANTS_C
from ._booleans import bitten, fractured, hollow
from ._breath import breath_of, carried, swell
from ._creatures import BUILDERS_ORGANIC
from ._families import FAMILY_BUILDERS, Params
from ._geometry import CREASE_DEG, Part, Solid, align, at, build_part, rot, scl
from ._glb import Primitive, material_for, write_glb
from ._materials import Images, said_stuff
from ._mesh import (
    KEEP_SMALL,
    bounds,
    cluster_decimate,
    face_normals,
    simplified,
    smooth_normals,
    smooth_normals_src,
    vertex_normals,
    weld,
)
from ._modifiers import COPIES, DEFORMERS, GROWTHS, copies_of
from ._parts import OWN_LOOK, PART_BUILDERS, Anchor, exhale
from ._places import PLACES, TOP
from ._primitives import cylinder, lathe, sphere
from ._textures import MAX_TEXTURE, MIN_TEXTURE
from ._things import THINGS, UNDER_SHADE
from ._twists import GROWN, becomes_part, becoming, flow_slot, folded, part_slot
from ._twists_b import blowing_away, inside_out, unfolding
from ._uv import finish, tangents

__all__ = [
    "ARCHETYPE_BUILDERS",
    "DEFAULT_TEXTURE",
    "DEFAULT_TRIANGLES",
    "MAX_GLB_BYTES",
    "MAX_TRIANGLES",
    "MIN_TRIANGLES",
    "Built",
    "build",
    "check_budget",
    "check_texture_size",
    "proxy_glb",
]

DEFAULT_TRIANGLES = 20_000
DEFAULT_TEXTURE = 256
"""Default texture size (pixels a side): a 1 m object then gets about 1,000 texels across."""
MAX_GLB_BYTES = 2 * 1024 * 1024
"""At texture sizes up to the default, a GLB (textures included) is at most this big."""
MIN_TRIANGLES = int(BOUNDS.min_triangles or 0)
MAX_TRIANGLES = int(BOUNDS.max_triangles or 0)
ARCHETYPE_BUILDERS = {**BUILDERS_A, **BUILDERS_B, **BUILDERS_C, **BUILDERS_ORGANIC}
"""Every archetype's builder by name."""
ARCHETYPE_VARIANTS = {**VARIANTS_C}
"""Archetypes built another way when a parameter (at 0.5 or more) asks: (archetype, parameter)."""

_K_MIN, _K_MAX = 0.05, 8.0
_BOOLEAN = ("fractured", "hollow")
_PLANTS = ("flower", "tree", "shrub", "cactus", "mushroom")
"""Companions that stand up out of what holds them (a vase of roses) or grows them (a boot
sprouting mushrooms)."""
_LOD_FLOOR = MIN_TRIANGLES // 4
"""LODs stop once a level's budget (half the previous level's triangles) would be below this."""


def _plant(c) -> bool:
    """Whether a companion is a plant that stands up out of what holds or grows it."""
    return c.archetype in _PLANTS or kind_of(c.family, c.params) in _PLANTS


@dataclass(frozen=True)
class Built:
    """A built object: the finest GLB, its triangle count and the coarser LOD GLBs."""

    glb: bytes
    triangles: int
    lods: tuple[bytes, ...]
    lod_triangles: tuple[int, ...]


def check_budget(max_triangles: int) -> int:
    """The effective triangle budget, or InvalidArgument naming ``max_triangles``."""
    if max_triangles == 0:
        return DEFAULT_TRIANGLES
    if not MIN_TRIANGLES <= max_triangles <= MAX_TRIANGLES:
        raise InvalidArgument(
            "max_triangles",
            f"must be in [{MIN_TRIANGLES}, {MAX_TRIANGLES}] (or 0 for the default "
            f"{DEFAULT_TRIANGLES}); got {max_triangles}",
        )
    return max_triangles


def check_texture_size(texture_size: int) -> int:
    """The texture size (0: untextured), or InvalidArgument naming ``texture_size``."""
    if texture_size == 0 or (
        MIN_TEXTURE <= texture_size <= MAX_TEXTURE and texture_size & (texture_size - 1) == 0
    ):
        return texture_size
    raise InvalidArgument(
        "texture_size",
        f"must be a power of two in [{MIN_TEXTURE}, {MAX_TEXTURE}] (or 0 for no textures); "
        f"got {texture_size}",
    )


def _rng(seed: int, *salt: str) -> np.random.Generator:
    words = [seed & 0xFFFFFFFF, (seed >> 32) & 0xFFFFFFFF, *(zlib.crc32(s.encode()) for s in salt)]
    return np.random.default_rng(words)


def _shape(
    archetype: str, family: str, params: dict[str, float], rng: np.random.Generator
) -> list[Part]:
    if family:
        return FAMILY_BUILDERS[family](Params(params), rng)
    return _archetype(archetype, params, rng)


def _archetype(archetype: str, params: dict[str, float], rng: np.random.Generator) -> list[Part]:
    """The hand-made archetype, or its variant where a parameter asks for one (a bivalve)."""
    for (name, param), builder in ARCHETYPE_VARIANTS.items():
        if name == archetype and params.get(param, 0.0) >= 0.5:
            return builder(rng)
    return ARCHETYPE_BUILDERS[archetype](rng)


_FLOORS = {f"device:{k}": TOP if k in PLACES else FLOOR for k in GROUNDED_APPLIANCES}
"""Rooms and places, and the height of their floor (a room's) or ground (a place's tile) above
their lowest point: what is in them stands on it."""
_SHOWCASES = {"device:668": (0.5, 0.78, 0.5)}
"""Glass cases on a stand, and where their glass box's heart is (as fractions of the whole):
what is in them is there, in place of what they held."""
_ENCLOSURES = {"device:198"}
_SCATTERS = frozenset({"fire", "light", "sand"})
"""Stuffs a thing dissolves into as flakes of it ("dissolving into sparks", "into glowing
dust"), not as a coat of it (gases billow out of its top instead)."""
"""Closed boxes with a door (tagged lid) that open to show what is in them (a pet carrier)."""
_ITSELF = {
    ("@feather", "feathers"),
    ("@cloud", "cloud"),
    ("device:223", "crystal"),
    ("device:286", "leaves"),
    ("shrub", "leaves"),
    ("bird", "feathers"),
    ("@bird", "feathers"),
    *((f"device:{n}", "feathers") for n, kind in APPLIANCE_KINDS.items() if kind == "bird"),
    *(
        (f"device:{n}", "leaves")
        for n, kind in APPLIANCE_KINDS.items()
        if kind in ("tree", "shrub")
    ),
}
"""(kind, material) of a thing made of its own kind: a feather of feathers, a cut gem of
crystal, a haystack of hay, a bush or a tree of its own build of leaves is not covered in more
of them."""


def _kind(spec: ObjectSpec) -> str:
    """``@archetype``, the family, or a device's ``device:appliance``."""
    if not spec.family:
        return f"@{spec.archetype}"
    if spec.family == "device":
        return f"device:{int(spec.params.get('appliance', 0))}"
    return spec.family


def recipe(spec: ObjectSpec, seed: int) -> list[Part]:
    """Every part of the object before modifiers: archetype (or family), attached parts, surface
    growths, and what it holds or carries."""
    if spec.family:
        parts = FAMILY_BUILDERS[spec.family](Params(spec.params), _rng(seed, "family", spec.family))
    else:
        parts = _archetype(spec.archetype, spec.params, _rng(seed, "archetype", spec.archetype))
    made_of = spec.materials[0].made_of
    covered = (
        made_of in THINGS
        and (_kind(spec), made_of) not in _ITSELF
        and (made_of != "bone" or said_stuff(spec))  # (a skull's own bone is not carved)
    )
    if (
        not spec.parts
        and not covered
        and not spec.companions
        and not any(m.kind in GROWTHS or m.kind in GROWN for m in spec.modifiers)
        and not any(m.kind == "breathe" for m in spec.motions)
    ):
        return parts
    if any(c.place == "in" for c in spec.companions):  # full of something: its lid is off,
        parts = [p for p in parts if p.tag not in ("lid", "contents")]  # what it held out
    anchor = Anchor([build_part(p, 0.4) for p in parts])
    extra: list[Part] = _companions(spec, anchor, seed)
    if covered:  # made of a thing: covered in instances of it
        extra += THINGS[made_of](anchor, _rng(seed, "things", made_of), 0)
        if made_of in UNDER_SHADE:  # the object under them in a darker shade of their stuff
            # (every part in the primary or a shade of it, now its darkest; a second material
            # named stays)
            n = len(spec.materials)
            parts = [
                replace(p, slot=n + 2) if isinstance(p.slot, int) and (p.slot == 0 or p.slot >= n)
                else p
                for p in parts
            ]  # fmt: skip
    becomes = becomes_part(spec)
    own = {p.tag for p in parts}
    if any(p.slot == "flame" for p in parts):
        own.add("flames")  # a candle, a torch: its own flame is the one the wish speaks of
    for i, name in enumerate(spec.parts):
        if i == becomes:  # what the object turns into is built by the twist, not attached
            continue
        if name in own:  # the shape has its own (a tiger's eyes): a second pair would cover it
            slot = part_slot(spec, i)
            if slot is not None:  # "an owl whose wings are stained glass": its own, in glass
                parts = [
                    replace(p, slot=slot) if p.tag == name and isinstance(p.slot, int) else p
                    for p in parts
                ]
            continue
        built = PART_BUILDERS[name](anchor, _rng(seed, "part", name, str(i)))
        slot = part_slot(spec, i)
        if slot is not None:  # "whose leaves are tiny mirrors": the part in that material
            # (a breath is fire unless it is said to be of something: "breathing frost")
            built = [
                replace(p, slot=slot) if isinstance(p.slot, int) or p.tag in OWN_LOOK else p
                for p in built
            ]
        elif name == "leaves" and said_stuff(spec) and len(spec.materials) < 2:
            # leaves sprouting from a thing of wicker are green leaves, not a shade of wicker
            built = [replace(p, slot="ivy") if p.slot == 1 else p for p in built]
        extra += built
    for i, m in enumerate(spec.modifiers):
        if m.kind in GROWTHS:
            extra += GROWTHS[m.kind](anchor, m.amount, _rng(seed, "growth", m.kind, str(i)))
        elif m.kind in GROWN:
            extra += GROWN[m.kind](anchor, m, spec, _rng(seed, "twist", m.kind, str(i)))
    if any(m.kind == "breathe" for m in spec.motions) and "breath" not in spec.parts:
        extra += exhale(anchor, _rng(seed, "exhale"))  # a still shows it breathes too
    return parts + extra


def _companions(spec: ObjectSpec, anchor: Anchor, seed: int) -> list[Part]:
    """What the object holds or carries, each copy scaled to a share of the object and placed on
    its top, in its top opening, floating above it, all over it, circling it or under it, in
    the companion's own material."""
    out: list[Part] = []
    for i, c in enumerate(spec.companions):
        if c.place == "fill":
            deep = spec.materials[0].opacity < 0.9  # seen through: full of it, not a top
            out.append(_fill(anchor, f"companion{i}", deep))
            continue
        rng = _rng(seed, "companion", str(i))
        normals: tuple[np.ndarray, ...] = ()
        if c.place == "within" and (
            spec.materials[0].opacity < 0.9
            or spec.has("fractured") is not None  # split open: what was in it comes out
            or (not spec.family and spec.archetype == "lantern")
            or _kind(spec) in _FLOORS
            or _kind(spec) in _ENCLOSURES
            or _kind(spec) in _SHOWCASES
        ):  # seen through it, or on its floor: as what is in it
            c = c.model_copy(update={"place": "in"})
        holes: list[Part] = []
        own = _shape(c.archetype, c.family, c.params, rng)
        if c.place in ("case", "holder"):  # the holder alone, in its own stuff (a snow
            # globe's glowing heart is not the bell jar's)
            own = [p for p in own if isinstance(p.slot, int)]
        if c.place == "holder":  # open: its lid off, what it held out (a kitten in a box)
            own = [p for p in own if p.tag not in ("lid", "contents")]
        shape = Anchor([build_part(p, 0.3) for p in own])
        count = c.count
        width = float(min(anchor.ext[0], anchor.ext[2]))
        if c.place == "in" and _plant(c):
            # flowers stand up out of a vase or a pot, their stems in it (a long-stemmed
            # rose of its own build longer than the vase)
            size = (0.8 if c.family != "device" else 1.3) * float(anchor.ext[1])
            rise = anchor.rim() - 0.35 * size / shape.size * shape.ext[1]
            turns = np.linspace(0, 2 * np.pi, count, endpoint=False) + rng.uniform(0, 1)
            spots = [
                np.array([anchor.mid[0], rise, anchor.mid[2]])
                + np.array([np.cos(a), 0.0, np.sin(a)]) * width * 0.08 * (k > 0)
                for k, a in enumerate(turns)
            ]
            # a bunch fans out from where the stems meet (five stood as one in a bathtub)
            lean = [np.radians(0.0 if k == 0 else rng.uniform(18, 30)) for k in range(count)]
            normals = tuple(
                np.array([np.cos(a) * np.sin(t), np.cos(t), np.sin(a) * np.sin(t)])
                for a, t in zip(turns, lean, strict=True)
            )
        elif c.place == "in" and (floor := _FLOORS.get(_kind(spec))) is not None:
            # in a room or a place: standing on its floor or ground in the open space toward
            # the viewer, several round it (a bedroom with a dog in it, a pond with ducks)
            size = 0.45 * width * min(c.scale, 1.0) / max(1.0, count**0.4)
            front = anchor.point(0.68, 0.0, 0.72)
            front[1] = anchor.lo[1] + floor  # (a companion stands on its spot by its foot)
            spots = [
                front + np.array([np.cos(a), 0.0, np.sin(a)]) * width * 0.15 * (k > 0)
                for k, a in enumerate(rng.uniform(0, 2 * np.pi, count))
            ]
        elif c.place == "in" and _kind(spec) in _ENCLOSURES:
            # in a closed box with its door open: filling it, its front looking out of the
            # door (a cat in a pet carrier)
            fit = min(
                0.7 * float(anchor.ext[1] / max(shape.ext[1], 1e-9)),
                0.7 * float(anchor.ext[0] / max(shape.ext[0], 1e-9)),
            )
            size = fit * shape.size
            spots = [
                np.array([anchor.mid[0], anchor.lo[1] + 0.08 * anchor.ext[1],
                          anchor.hi[2] - 0.2 * fit * float(shape.ext[2])])
            ]  # fmt: skip
        elif c.place == "in" and (at_heart := _SHOWCASES.get(_kind(spec))) is not None:
            # in a glass case on its stand: at the case's heart (butterflies in a display case)
            size = 0.55 * width / max(1.0, count**0.4)
            heart = anchor.point(*at_heart)
            rise = heart[1] - 0.5 * size / shape.size * shape.ext[1]
            spots = [
                np.array([heart[0], rise, heart[2]])
                + np.array([np.cos(a), 0.0, np.sin(a)]) * width * 0.18 * (k > 0)
                for k, a in enumerate(rng.uniform(0, 2 * np.pi, count))
            ]
        elif c.place == "in" and (
            spec.materials[0].opacity < 0.9 or (not spec.family and spec.archetype == "lantern")
        ):
            # in a see-through thing, seen through it at its heart (a ship in a bottle, a
            # goldfish in a glass pear, a house in a snow globe, a bird in a cage); the heart
            # of its body, where it has one (an amber yo-yo's, not half way up its string)
            body = anchor.tagged("body")
            lo, hi = (body.min(0), body.max(0)) if len(body) else (anchor.lo, anchor.hi)
            heart = (lo + hi) / 2
            # (by its middle extent: in a thin thing, a yo-yo, a beetle by its thinness hid)
            size = 0.45 * float(np.median(hi - lo)) / max(1.0, np.sqrt(count))
            rise = heart[1] - 0.5 * size / shape.size * shape.ext[1]
            spots = [
                np.array([heart[0], rise, heart[2]])
                + np.array([np.cos(a), 0.0, np.sin(a)]) * width * 0.15 * (k > 0)
                for k, a in enumerate(rng.uniform(0, 2 * np.pi, count))
            ]
        elif c.place == "in":  # in its top opening, rising half out of it; several heaped
            # across it, one in the middle and the rest round it (a wheelbarrow full of apples);
            # past six, a second ring heaped on the first (overflowing with them)
            heap = min(count, 5) if count <= 9 else count  # overflowing: the heap grows, not
            size = c.scale * width / max(1.0, heap**0.4)  # smaller things in it (many: smaller)
            rise = anchor.rim() - 0.6 * size / shape.size * shape.ext[1]
            lower, upper = min(count - 1, 5), max(0, count - 6)
            ring = rng.uniform(0, 2 * np.pi) + np.linspace(0, 2 * np.pi, max(1, lower), False)
            top = rise + (0.95 if upper else 0.2) * size
            spots = [np.array([anchor.mid[0], top, anchor.mid[2]])] + [
                np.array([anchor.mid[0], rise, anchor.mid[2]])
                + np.array([np.cos(a), 0.0, np.sin(a)]) * width * 0.27
                for a in ring[:lower]
            ]
            if upper:
                heap = ring[0] + np.pi / upper + np.linspace(0, 2 * np.pi, upper, False)
                spots += [
                    np.array([anchor.mid[0], rise + 0.55 * size, anchor.mid[2]])
                    + np.array([np.cos(a), 0.0, np.sin(a)]) * width * 0.14
                    for a in heap
                ]
            if count >= 9:  # overflowing: some tumble over its rim, down its side and onto
                # the floor by it (a bathtub overflowing with stars)
                tall = size / shape.size * float(shape.ext[1])
                for a, y, far in zip(
                    ring[0] + np.pi / 3 + np.array([0.0, 0.5, 1.1, -0.6]),
                    (rise - 0.5 * tall, anchor.lo[1], anchor.lo[1], anchor.lo[1]),
                    (0.25, 0.45, 0.9, 0.6),
                    strict=True,
                ):
                    way = np.array([np.cos(a), 0.0, np.sin(a)])
                    # (its outline at half its height or more: at the floor, only its feet)
                    level = np.array([anchor.axis[0], max(y, anchor.lo[1] + 0.5 * anchor.ext[1]),
                                      anchor.axis[2]])  # fmt: skip
                    edge, _ = anchor.surface(level, way)
                    spots.append(np.array([edge[0], y, edge[2]]) + way * far * size)
        elif c.place == "within":  # living inside a thing it cannot be seen through: each
            # peeking out of a dark round doorway in the front it shows (a trumpet of coral with
            # tiny fish living inside, a cheese with mice in it)
            # (by its girth too: in a tall thin tower, mice by its grain were specks)
            girth = 0.7 * float(min(anchor.ext[0], anchor.ext[2]))
            size = min(c.scale, 0.3) * max(anchor.grain, girth) / max(1.0, count**0.3)
            k = size / shape.size
            hole = 0.6 * k * float(max(shape.ext[0], shape.ext[1]))
            turns = np.radians(np.linspace(-40, 40, count) if count > 1 else [0.0])
            bulk = anchor.verts.mean(0)  # (in its bulk: a tulip's bloom, not beside its stem)
            found = []
            for j, turn in enumerate(turns):
                rise = 0.45 + 0.25 * ((j * 0.618) % 1.0) if count > 1 else 0.55
                origin = np.array([bulk[0], anchor.lo[1] + rise * anchor.ext[1], bulk[2]])
                view = rot("y", float(np.degrees(turn)))[:3, :3] @ np.array([0.6, 0.0, 0.8])
                found.append(anchor.surface(origin, view))
            spots = [p for p, _ in found]
            normals = tuple(n for _, n in found)
            if shape.ext[1] <= shape.ext[2]:  # a lying creature comes half out, turned aside
                # (straight out, a mouse showed the camera only its nose)
                normals = tuple(
                    rot("y", 45.0 if j % 2 == 0 else -45.0)[:3, :3] @ n
                    for j, n in enumerate(normals)
                )
                spots = [
                    p + n * 0.2 * k * float(shape.ext[2])
                    for p, n in zip(spots, normals, strict=True)
                ]
            holes = [
                cylinder(hole, hole, 0.004 * anchor.size, at(*p) @ align(n), "doorway", "within")
                for p, n in found  # (the doorway in its surface, however what is in it turns)
            ]
        elif c.place == "above":
            size = c.scale * anchor.size
            spots = [anchor.point(0.5, 1.0, 0.5) + np.array([0.0, 0.1 * anchor.size, 0.0])]
        elif c.place == "under":  # what it rests or floats on: as wide as it, its top just
            # under its foot (a cloud under a rowboat)
            wide = float(max(shape.ext[0], shape.ext[2]))
            size = 1.25 * float(max(anchor.ext[0], anchor.ext[2])) * shape.size / max(wide, 1e-9)
            spots = []  # placed below, once its height is known
        elif c.place == "over":  # built from them: small copies all over its surface
            size = c.scale * anchor.size
            # mostly on what faces up: books covering a table lie on its top, not on its legs
            # (built from them, the most: all over it, a little more on top)
            bias = 0.4 if count >= 20 else 1.0
            spots, normals = zip(*anchor.scatter(rng, count, up_bias=bias), strict=True)
        elif c.place == "around":  # a swarm circling it, round its upper half
            size = c.scale * anchor.size
            reach = 0.5 * float(max(anchor.ext[0], anchor.ext[2])) + 0.15 * anchor.size
            spots = [
                np.array([anchor.mid[0], 0.0, anchor.mid[2]])
                + np.array([reach * np.cos(a), 0.0, reach * np.sin(a)])
                + np.array([0.0, anchor.lo[1] + anchor.ext[1] * rng.uniform(0.45, 1.05), 0.0])
                for a in np.linspace(0, 2 * np.pi, count, endpoint=False) + rng.uniform(0, 1)
            ]
        elif c.place == "head":  # the top of its front: a creature's head
            eyes = anchor.eyes  # (a tortoise's build: its pupils, not the top of its shell)
            if len(eyes):  # where its eyes are (a tortoise's shell stands higher than its head)
                reach = np.linalg.norm(anchor.verts - eyes.mean(0), axis=1)
                near = anchor.verts[reach < 0.12 * anchor.size]
            else:
                near = anchor.verts[anchor.verts[:, 2] > anchor.mid[2]]
            top = near[int(np.argmax(near[:, 1]))]
            # sized to the head, not the whole creature (a rat's crown fits its head; its thin
            # whiskers do not count), centred on it and sunk a little onto it
            head = anchor.verts[np.linalg.norm(anchor.verts - top, axis=1) < 0.15 * anchor.size]
            lo, hi = np.percentile(head[:, 0], [10, 90])
            full = c.scale * anchor.size
            size = float(np.clip(1.3 * (hi - lo), 0.6 * full, full))
            sink = 0.25 * size / shape.size * float(shape.ext[1])
            spots = [np.array([(lo + hi) / 2, top[1] - sink, float(np.median(head[:, 2]))])]
        elif c.place == "hand":  # a figure's hand: the furthest reach of its right side,
            # between its hips and its shoulders (an arm out, or hanging by its side)
            size = c.scale * anchor.size
            h = float(anchor.ext[1])
            if spec.family != "biped":  # a creature's mouth or beak: the front of its head
                up = anchor.verts[anchor.verts[:, 1] > anchor.lo[1] + 0.45 * h]
                hand = up[int(np.argmax(up[:, 2]))]
            else:
                band = anchor.verts[
                    (anchor.verts[:, 1] > anchor.lo[1] + 0.3 * h)
                    & (anchor.verts[:, 1] < anchor.lo[1] + 0.75 * h)
                ]
                hand = band[int(np.argmax(band[:, 0]))]
            spots = []  # hung from it once its height is known
        elif c.place == "case":  # shut inside it: the holder round the whole object, which
            # stands on its floor and fills its lower part (a brain in a jar, a rat in a cage)
            fit = max(
                float(anchor.ext[0] / max(shape.ext[0], 1e-9)),
                float(anchor.ext[2] / max(shape.ext[2], 1e-9)),
                float(anchor.ext[1] / max(0.7 * shape.ext[1], 1e-9)),
            )
            size = 1.3 * fit * shape.size
            spots = [np.array([anchor.mid[0], anchor.lo[1] - 0.05 * anchor.size, anchor.mid[2]])]
        elif c.place == "holder":  # the open thing it sits in: a fifth wider than it, its
            # rim as high as the lower part of the object (a black hole in a teacup)
            wide = float(max(shape.ext[0], shape.ext[2]))
            size = 1.2 * float(max(anchor.ext[0], anchor.ext[2])) * shape.size / max(wide, 1e-9)
            tall = size / shape.size * float(shape.ext[1])
            sunk = min(0.4 * float(anchor.ext[1]), 0.85 * tall)
            spots = [np.array([anchor.mid[0], anchor.lo[1] + sunk - tall, anchor.mid[2]])]
        elif c.place == "behind":  # what it pulls: on the ground behind it, a little apart,
            # its long side along the object's length (an ox pulling a cart)
            size = c.scale * anchor.size
            long = float(max(shape.ext[0], shape.ext[2])) * size / shape.size
            reach = anchor.lo[2] - 0.05 * anchor.size - 0.5 * long
            spots = [np.array([anchor.mid[0], anchor.lo[1], reach])]
        else:  # on its back: the highest points over the middle, spread apart
            size = c.scale * anchor.size / count**0.65
            spots = _spread_top(anchor, count)
        k = size / shape.size
        base = at(-shape.mid[0], -shape.lo[1], -shape.mid[2])
        thin = int(np.argmin(shape.ext))
        if c.place == "under" and thin != 1 and shape.ext[thin] < 0.5 * shape.ext.max():
            # a flat thing lies flat under it (a book on its back, not on its edge)
            flat = (rot("z", 90), np.eye(4), rot("x", 90))[thin]
            own = [replace(p, matrix=flat @ p.matrix) for p in own]
            shape = Anchor([build_part(p, 0.3) for p in own])
            wide = float(max(shape.ext[0], shape.ext[2]))
            k = 1.25 * float(max(anchor.ext[0], anchor.ext[2])) / max(wide, 1e-9)
            base = at(-shape.mid[0], -shape.lo[1], -shape.mid[2])
        grown = _plant(c)
        upright = c.place == "within" and shape.ext[1] > shape.ext[2]
        if upright:  # a figure stands in its doorway, facing out
            base = at(-shape.mid[0], -shape.mid[1], -shape.mid[2])
            normals = tuple(rot("y", float(np.degrees(np.arctan2(n[0], n[2])))) for n in normals)
        elif c.place == "within":  # its front out along the normal, its middle in the doorway
            base = rot("x", -90) @ at(-shape.mid[0], -shape.mid[1], -shape.mid[2])
        elif c.place == "over" and grown:  # a mushroom or a flower stands up out of the surface
            base = at(0, -0.15 * float(shape.ext[1]), 0) @ base
        elif c.place == "over":  # each lies on the surface, its thinnest side down, half sunk
            flat = (rot("z", 90), np.eye(4), rot("x", 90))[thin]
            sink = at(0, -0.4 * float(shape.ext[thin]), 0)
            base = flat @ at(-shape.mid[0], -shape.mid[1], -shape.mid[2])
            base = sink @ at(0, float(shape.ext[thin]) / 2, 0) @ base
        ky = k
        if c.place == "hand" and spec.family != "biped":  # hung from its mouth, its top in it
            drop = min(0.85 * k * float(shape.ext[1]), float(hand[1] - anchor.lo[1]))
            spots = [hand + np.array([0.0, -drop, 0.02 * anchor.size])]
        elif c.place == "hand":  # its middle in the hand, just in front of it
            grip = hand + np.array(
                [0.04 * anchor.size, -0.5 * k * float(shape.ext[1]), 0.03 * anchor.size]
            )
            spots = [grip]
        if c.place == "under":  # low under a low thing: a frog on a cloud, not in one
            ky = k * float(np.clip(0.6 * anchor.ext[1] / max(k * shape.ext[1], 1e-9), 0.5, 1.0))
            top = anchor.lo[1] - 0.85 * ky * float(shape.ext[1])
            spots = [np.array([anchor.mid[0], top, anchor.mid[2]])]
        for j, spot in enumerate(spots):
            up = normals[j] if upright else align(normals[j]) if normals else np.eye(4)
            spin = (
                rot("y", float(rng.uniform(0, 360)))
                if c.place not in ("hand", "case", "holder", "behind", "within")
                else np.eye(4)
            )
            if c.place == "behind":  # its long side along z, as the object's is
                spin = rot("y", 90.0 * (shape.ext[0] > shape.ext[2]))
            if c.place == "under":  # its long side along the object's
                spin = rot(
                    "y", 90.0 * ((shape.ext[0] >= shape.ext[2]) != (anchor.ext[0] >= anchor.ext[2]))
                )
            m = at(*spot) @ up @ spin @ scl(k, ky, k) @ base
            out += [
                replace(
                    p,
                    matrix=m @ p.matrix,
                    slot=f"companion{i}" if isinstance(p.slot, int) else p.slot,
                )
                for p in own
            ]
        out += holes
    return out


def _fill(anchor: Anchor, slot: str, deep: bool = False) -> Part:
    """Stuff filling the top opening to the brim ("a jar of honey", "a cup of coffee"): a low
    dome as wide as the rim, just proud of it: a liquid's meniscus, a heap of solids. In a
    see-through thing (``deep``), the stuff inside it, up to its shoulder, inside its walls."""
    # the rim: the highest slice that rings the axis all round (a basket's handle arching over
    # its top does not; a vase's narrow neck does), its radius the ring's narrowest reach
    v, lo, h = anchor.verts, anchor.lo[1], max(float(anchor.ext[1]), 1e-9)
    mid = anchor.axis  # (a mug's handle does not pull it aside)
    d = (v - mid)[:, [0, 2]]
    band = np.minimum((v[:, 1] - lo) / h * 12, 11).astype(int)
    sector = ((np.arctan2(d[:, 1], d[:, 0]) + np.pi) / (2 * np.pi) * 8).astype(int) % 8
    reach = np.linalg.norm(d, axis=1)
    ring = {}
    for b in np.unique(band):
        inside = band == b
        ring[int(b)] = min(float(reach[inside & (sector == k)].max(initial=0.0)) for k in range(8))
    widest = max(ring.values())
    rim = max(b for b, w in ring.items() if w >= 0.25 * widest)
    top = float(v[band == rim, 1].max())
    if deep and rim >= 3:
        step = h / 12
        # (a band a straight wall has no vertices in reads as narrow: it is left out)
        levels = [b for b in range(1, max(2, round(0.8 * rim))) if ring.get(b, 0) > 0.3 * widest]
        if not levels:
            levels = [rim - 1]
        # only the bowl: below a stem or a waist (a band it has, but narrow) it stays dry (a wine
        # glass)
        waist = [b for b in range(1, levels[-1]) if 0 < ring.get(b, 0) <= 0.3 * widest]
        if waist:
            levels = [b for b in levels if b > max(waist)] or levels[-1:]
        start = max(waist) + 1 if waist else 0.6
        bottom, surface = lo + start * step, lo + (levels[-1] + 0.6) * step
        prof = [(0.0, bottom), (0.85 * ring[levels[0]], bottom)]  # flat at the foot
        prof += [(0.85 * ring[b], lo + (b + 0.5) * step) for b in levels]
        prof += [(0.85 * ring[levels[-1]], surface), (0.0, surface)]  # and level on top
        return lathe(prof, at(mid[0], 0.0, mid[2]), slot, "fill")
    r = min(0.92 * ring[rim], 0.5 * float(anchor.ext[[0, 2]].min()))
    dome = at(mid[0], top - 0.06 * r, mid[2]) @ scl(r, 0.14 * r, r)
    return sphere(1.0, dome, slot, "fill")


def _spread_top(anchor: Anchor, count: int) -> list[np.ndarray]:
    """``count`` points of the object's top over its middle half (a tortoise's shell, not its
    raised head), the highest first, each then as far from the others as it can be."""
    rel = np.abs(anchor.verts - anchor.mid)[:, [0, 2]] / (anchor.ext[[0, 2]] / 2)
    middle = anchor.verts[(rel < 0.5).all(axis=1)]
    if not len(middle):
        middle = anchor.verts
    high = middle[middle[:, 1] >= np.quantile(middle[:, 1], 0.8)]
    spots = [high[int(np.argmax(high[:, 1]))]]
    while len(spots) < count:
        gap = np.min([np.linalg.norm((high - q)[:, [0, 2]], axis=1) for q in spots], axis=0)
        spots.append(high[int(np.argmax(gap))])
    return spots


def _copies(spec: ObjectSpec, seed: int, top: float = 1.0) -> list[np.ndarray]:
    mats = [np.eye(4)]
    for i, m in enumerate(spec.modifiers):
        if m.kind in COPIES:
            rng = _rng(seed, "copies", m.kind, str(i))
            mats = [b @ a for b in copies_of(m.kind, m.amount, m.count, rng, top) for a in mats]
    return mats


def _count(parts: list[Part], k: float) -> int:
    return sum(p.count(k) for p in parts)


def _solve_detail(parts: list[Part], target: float, k: float = 1.0) -> float:
    """A detail whose exact triangle count fits ``target`` and comes within ~7% of it."""
    counts: dict[float, int] = {}

    def count(x: float) -> int:
        if x not in counts:
            counts[x] = _count(parts, x)
        return counts[x]

    for _ in range(3):  # triangles grow about as k squared
        c = count(k)
        if 0.93 * target <= c <= target:
            return k
        nk = float(np.clip(k * np.sqrt(target / max(c, 1)), _K_MIN, _K_MAX))
        if nk == k:
            break
        k = nk
    while k > _K_MIN and count(k) > target:
        k = max(_K_MIN, k * min(0.97, float(np.sqrt(target / count(k)))))
    return k


def _canonical(solids: list[Solid]) -> None:
    lo, hi = bounds(solids)
    shift = np.array([(lo[0] + hi[0]) / 2, lo[1], (lo[2] + hi[2]) / 2])
    scale = 1.0 / max(float((hi - lo).max()), 1e-9)
    for s in solids:
        s.verts = (s.verts - shift) * scale


def _geometry(spec, seed, parts, k, check) -> list[Solid]:
    """One object at detail k, in the canonical frame, with every shaping modifier applied."""
    solids = [build_part(p, k) for p in parts]
    _canonical(solids)
    check()
    mods = {m.kind: (i, m) for i, m in reversed(list(enumerate(spec.modifiers)))}
    for name, fn in DEFORMERS.items():
        if name in mods:
            i, m = mods[name]
            fn(solids, m.amount, _rng(seed, "modifier", name, str(i)))
    for bname, bfn in (("hollow", hollow), ("fractured", fractured), ("bitten", bitten)):
        if bname in mods:
            i, m = mods[bname]
            solids = bfn(solids, m.amount, _rng(seed, "modifier", bname, str(i)))
            check()
    if "inside_out" in mods:
        i, m = mods["inside_out"]
        solids = inside_out(solids, m.amount, seed + i)
    if "folded" in mods:
        solids = folded(solids, mods["folded"][1].amount)
    if "becoming" in mods:
        i, m = mods["becoming"]
        flock = becomes_part(spec) is not None  # it turns into things, not a material
        target = 0 if flock else flow_slot(spec, "becoming")
        # a flock leaves from the top and takes only its crown (it must still read: a crow
        # dissolving into moths kept its legs, an hourglass half a bulb)
        keep, start = (0.15, 0.88) if flock else (1.0, None)
        scatter = bool(target) and (
            spec.materials[target].made_of in _SCATTERS
            or spec.materials[target].pattern == "rainbow"  # into confetti: bits of it fly
        )
        if scatter:  # only its top goes to sparks (a hummingbird was all sparks, no bird)
            start = 0.72
        solids = becoming(solids, m.amount, target or None, seed + i, keep, start, scatter)
    if "unfolding" in mods:
        i, m = mods["unfolding"]
        solids = unfolding(solids, m.amount, seed + i)
    if "blowing_away" in mods:
        i, m = mods["blowing_away"]
        solids = blowing_away(solids, m.amount, seed + i)
    return _merged([s for s in solids if len(s.faces)])


def _copied(solids: list[Solid], copies: list[np.ndarray]) -> list[Solid]:
    """Swarms and impossible scales copy the finished object."""
    if len(copies) == 1:
        return solids
    return _merged(
        [
            Solid(s.verts @ m[:3, :3].T + m[:3, 3], s.faces, s.slot, s.tag, s.welded, s.uv)
            for m in copies
            for s in solids
        ]
    )


def _merged(solids: list[Solid]) -> list[Solid]:
    """One solid per (material slot, welded): fewer, larger arrays for everything after."""
    groups: dict = {}
    for s in solids:
        groups.setdefault((type(s.slot).__name__, s.slot, s.welded), []).append(s)
    out = []
    for (_, slot, welded), group in groups.items():
        offs = np.cumsum([0] + [len(s.verts) for s in group])
        v = np.concatenate([s.verts for s in group])
        f = np.concatenate([s.faces + o for s, o in zip(group, offs, strict=False)])
        uv = None
        if any(s.uv is not None for s in group):
            uv = np.concatenate(
                [s.uv if s.uv is not None else np.full((len(s.verts), 4), np.nan) for s in group]
            )
        out.append(Solid(v, f, slot, "", welded, uv))
    return out


def _lift(spec: ObjectSpec, height: float | None = None) -> float:
    """How high a floating object hangs above the ground: a clear gap, about half to 0.7 of its
    height by the twist's amount (a quarter of it at most hardly read as floating, a third did
    not for a crown); of the ``height`` it was built to, where it lies lower than its
    size says (a wrench lying flat floated its standing height up, a speck at the top), or of
    half its breadth where it is flat (a pizza floating in the air lay on the floor)."""
    floating = spec.has("floating")
    tall = spec.size.y if height is None else min(spec.size.y, height)
    # (0.46 at the least: at a third, a crown floating above the ground seemed to stand on it)
    return (0.3 + 0.4 * max(floating.amount, 0.4)) * tall if floating else 0.0


def _fit(solids: list[Solid], spec: ObjectSpec) -> None:
    lo, hi = bounds(solids)
    size = np.array([spec.size.x, spec.size.y, spec.size.z])
    # Fit inside the size, undistorted: a family's proportions come from its parameters and an
    # archetype's from its builder (a coiled snake squeezed into a snake's length was a line).
    scale = np.full(3, (size / np.maximum(hi - lo, 1e-9)).min())
    built = (hi - lo) * scale  # (what it was built to: a flat thing floats by its breadth)
    lift = _lift(spec, max(float(built[1]), 0.5 * float(np.sqrt(built[0] * built[2]))))
    shift = np.array([(lo[0] + hi[0]) / 2, lo[1], (lo[2] + hi[2]) / 2])
    for s in solids:
        s.verts = (s.verts - shift) * scale + (0.0, lift, 0.0)


def _triangles(solids: list[Solid]) -> int:
    return sum(len(s.faces) for s in solids)


def _within(solids: list[Solid], budget: int) -> list[Solid]:
    if _triangles(solids) <= budget:
        return solids
    # Start from the cell size at which the surface would hold about the budget's triangles.
    area = sum(
        float(np.linalg.norm(face_normals(s.verts, s.faces), axis=1).sum()) / 2 for s in solids
    )
    cell = float(np.sqrt(2.0 * area / budget))
    while True:
        merged = [cluster_decimate(s, cell) for s in solids]
        merged = [s for s in merged if len(s.faces)]
        if _triangles(merged) <= budget:
            # Clustering never empties an object that had a face: one cell per part survives.
            return merged or [max(solids, key=lambda s: len(s.faces))]
        cell *= 1.15


def _shaded(
    s: Solid, smooth: bool, crease: float = CREASE_DEG
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(vertices, normals, faces, uv (V, 4), NaN where the solid has none)."""
    uv = s.uv if s.uv is not None else np.full((len(s.verts), 4), np.nan)
    if not smooth or s.welded:
        src, n, f = smooth_normals_src(s.verts, s.faces, crease if smooth else 0.0)
        return s.verts[src], n, f, uv[src]
    return s.verts, vertex_normals(s.verts, s.faces), s.faces, uv


def _glb(
    spec: ObjectSpec,
    solids: list[Solid],
    smooth: bool,
    seed: int,
    texture_size: int,
    breathes: list | None = None,
) -> bytes:
    """The GLB of the solids; ``breathes`` (an empty list for the finest level, then the same
    list for the coarser ones) carries a breathing object's swell from one level to the next."""
    slots: dict = {}
    for s in solids:
        slots.setdefault((type(s.slot).__name__, s.slot), []).append(s)
    lo, hi = bounds(solids)
    extent = float((hi - lo).max())
    images = Images()
    prims = []
    for (_, slot), group in slots.items():
        # Folded paper shows every fold, however shallow.
        shaded = [_shaded(s, smooth, 8.0 if spec.has("folded") else CREASE_DEG) for s in group]
        offs = np.cumsum([0] + [len(v) for v, _, _, _ in shaded])
        v = np.concatenate([v for v, _, _, _ in shaded])
        n = np.concatenate([n for _, n, _, _ in shaded])
        f = np.concatenate([f + o for (_, _, f, _), o in zip(shaded, offs, strict=False)])
        material = material_for(spec, slot, images, seed, texture_size)
        if "normalTexture" not in material:
            prims.append(Primitive(v, n, f, material))
            continue
        uv = np.concatenate([uv for _, _, _, uv in shaded])
        v, n, f, uv2 = finish(v, n, f, uv, extent)
        prims.append(Primitive(v, n, f, material, uv2, tangents(v, n, f, uv2)))
    breath = breath_of(spec)
    if breath is not None:
        if breathes:  # a coarser level breathes as the finest does
            swells = carried(breathes[0], [p.positions for p in prims], breath.amplitude)
        else:  # the finest level: read from its own surface
            swells = swell([(p.positions, p.indices) for p in prims], breath.amplitude)
            if breathes is not None:
                points = np.concatenate([p.positions for p in prims])
                breathes.append((points, np.concatenate(swells)))
        prims = [replace(p, swell=d) for p, d in zip(prims, swells, strict=True)]
    return write_glb(prims, spec.name, images.data, breath)


def _level(
    spec, seed, parts, n_copies, budget, smooth, check, texture_size, k=1.0, growth=1.0,
    breathes=None,
):  # fmt: skip
    """One level of detail within ``budget`` triangles.

    Returns (GLB, triangles, detail used, growth, solids): growth is how many triangles the
    booleans made per counted one, so a rebuild aims right the first time.
    """
    per_copy = budget // n_copies
    k = _solve_detail(parts, per_copy / growth, k)
    for _ in range(3):
        solids = _geometry(spec, seed, parts, k, check)
        total = _triangles(solids)
        growth = max(1.0, total / max(_count(parts, k), 1))
        if total <= per_copy or k <= _K_MIN:
            break
        k = _solve_detail(parts, per_copy / growth * 0.97, k)
    top = float(bounds(solids)[1][1])
    solids = _copied(_within(solids, max(per_copy, 1)), _copies(spec, seed, top))
    solids = _within(solids, budget)
    _fit(solids, spec)
    check()
    glb = _glb(spec, solids, smooth, seed, texture_size, breathes)
    return glb, _triangles(solids), k, growth, solids


def build(
    spec: ObjectSpec,
    seed: int,
    max_triangles: int,
    lod_levels: int = 2,
    smooth: bool = True,
    check: Callable[[], None] = lambda: None,
    texture_size: int = DEFAULT_TEXTURE,
) -> Built:
    """Build the object's GLB within the triangle budget, plus ``lod_levels`` coarser GLBs.

    Every level embeds the same texture set (built once, for this seed); ``texture_size`` 0
    leaves the materials untextured. Up to the default texture size a GLB is at most
    ``MAX_GLB_BYTES``: one that would be larger is rebuilt with fewer triangles.
    """
    budget = check_budget(max_triangles)
    texture_size = check_texture_size(texture_size)
    parts = recipe(spec, seed)
    n_copies = len(_copies(spec, seed))
    boolean = any(m.kind in _BOOLEAN for m in spec.modifiers)
    breathes: list = []
    glb, tris, k, growth, solids = _level(
        spec, seed, parts, n_copies, budget, smooth, check, texture_size,
        growth=1.4 if boolean else 1.0, breathes=breathes,
    )  # fmt: skip
    # A GLB whose vertices split a lot (a swarm of small parts: seams, poles, creases) can pass
    # MAX_GLB_BYTES at the default sizes; it is rebuilt with fewer triangles until it fits.
    for _ in range(3):
        if len(glb) <= MAX_GLB_BYTES or texture_size > DEFAULT_TEXTURE or tris <= MIN_TRIANGLES:
            break
        check()
        budget = max(MIN_TRIANGLES, int(tris * MAX_GLB_BYTES / len(glb) * 0.92))
        breathes = []
        glb, tris, k, growth, solids = _level(
            spec, seed, parts, n_copies, budget, smooth, check, texture_size, k, growth, breathes
        )
    # Coarser levels simplify the finished object (its twists, copies and fit already done):
    # each halves the triangles of the one before and keeps its silhouette.
    lods, lod_tris = [], []
    coarse = [weld(s) for s in solids]
    big = [c is not s for c, s in zip(coarse, solids, strict=True)]  # (weld keeps small ones)
    small = sum(len(s.faces) for s, b in zip(solids, big, strict=True) if not b)
    for level in range(1, lod_levels + 1):
        budget = tris >> level
        if budget < _LOD_FLOOR:
            break
        check()
        now = _triangles(coarse) - small
        keep = max(0.05, min(0.6, 0.97 * (budget - small) / max(now, 1)))
        coarse = [simplified(s, keep) if b else s for s, b in zip(coarse, big, strict=True)]
        kept = _within(coarse, budget)  # (what a simplification left over the budget)
        if len(kept) != len(coarse):  # clustering dropped parts smaller than its cells
            big = [len(s.faces) >= KEEP_SMALL for s in kept]
            small = sum(len(s.faces) for s, b in zip(kept, big, strict=True) if not b)
        coarse = kept
        _fit(coarse, spec)  # (simplifying moved its outermost points in a little)
        lods.append(_glb(spec, coarse, smooth, seed, texture_size, breathes))
        lod_tris.append(_triangles(coarse))
    return Built(glb, tris, tuple(lods), tuple(lod_tris))


def proxy_glb(spec: ObjectSpec) -> bytes:
    """A box of spec.size in the primary colour, standing where the object will stand."""
    corners = np.array([[x, y, z] for x in (-0.5, 0.5) for y in (0.0, 1.0) for z in (-0.5, 0.5)])
    faces = np.array(
        [[0, 1, 3], [0, 3, 2], [4, 6, 7], [4, 7, 5], [0, 4, 5], [0, 5, 1],
         [2, 3, 7], [2, 7, 6], [0, 2, 6], [0, 6, 4], [1, 5, 7], [1, 7, 3]]
    )  # fmt: skip
    size = np.array([spec.size.x, spec.size.y, spec.size.z])
    lift = _lift(spec)
    v = (corners @ scl(*size)[:3, :3]) + (0.0, lift, 0.0)
    v2, n2, f2 = smooth_normals(v, faces, 0.0)
    return write_glb([Primitive(v2, n2, f2, material_for(spec, 0))], f"{spec.name} (proxy)")
