"""Spec → glTF materials: PBR factors, the material's texture set and the extensions it needs.

Which extension each engine reads (from their sources; see docs/materials.md):

- ``KHR_materials_emissive_strength``: Godot 4 (emission energy), three.js; glTFast 6.14 ignores
  it (emission stays at factor ≤ 1).
- ``KHR_materials_transmission``: glTFast (URP with the opaque texture, HDRP; Built-In
  approximates with alpha), three.js; Godot ignores it, so clear materials also blend with
  alpha (the fallback), at the square root of the spec's opacity so that an engine that does both
  still shows the glass.
- ``KHR_materials_volume`` and ``KHR_materials_ior``: three.js; glTFast and Godot ignore them.
- ``KHR_materials_clearcoat``: glTFast (shader-graph pipelines), three.js; Godot ignores it.
- ``KHR_materials_sheen``: three.js, glTFast's HDRP shader; Godot ignores it.
- ``KHR_materials_iridescence``: three.js; an engine without it shows the base colour.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from figment.lexicon import material_named
from figment.spec import Color, Material, ObjectSpec

from ._geometry import Slot
from ._textures import TextureSet, texture_set

__all__ = ["CLEAR", "CLEARCOAT", "IRIDESCENT", "SHEEN", "Images", "material_for", "pattern_of"]

CLEAR: dict[str, float] = {
    "glass": 1.5, "stained glass": 1.5, "ice": 1.31, "water": 1.33, "crystal": 1.54, "honey": 1.49, "amber": 1.55,
    "marbles": 1.5, "bubbles": 1.33,
}  # fmt: skip
"""Materials that transmit light when the spec makes them see-through, with their IOR."""

CLEARCOAT: dict[str, tuple[float, float]] = {
    "porcelain": (1.0, 0.04), "plastic": (0.7, 0.1), "obsidian": (1.0, 0.03),
    "pearl": (0.6, 0.1), "marble": (0.5, 0.08), "honey": (1.0, 0.05), "amber": (1.0, 0.05),
    "ink": (0.8, 0.05), "wax": (0.3, 0.3), "chocolate": (0.5, 0.15), "buttons": (0.7, 0.1),
    "teeth": (0.8, 0.1), "dice": (0.6, 0.1), "shells": (0.6, 0.1), "pencils": (0.5, 0.2),
    "candles": (0.3, 0.3), "ice": (1.0, 0.02),
}  # fmt: skip
"""Glossy materials: (clearcoat, clearcoat roughness)."""

SHEEN: dict[str, float] = {
    "velvet": 1.0, "fabric": 0.5, "feathers": 0.4, "moss": 0.5, "fur": 0.8, "leaves": 0.2,
}  # fmt: skip
"""Materials with a soft sheen at grazing angles, by strength."""

IRIDESCENT: dict[str, float] = {"bubbles": 1.0, "shells": 0.5, "pearl": 0.4}
"""Materials with a thin-film rainbow sheen (a soap bubble's, nacre's), by strength
(KHR_materials_iridescence: the preview shows it; an engine without it, the base colour)."""

_SPECIAL: dict[str, dict] = {
    "sclera": {"rgb": (0.92, 0.9, 0.86), "metallic": 0.0, "roughness": 0.25},
    "pupil": {"rgb": (0.02, 0.02, 0.03), "metallic": 0.0, "roughness": 0.05},
    "tooth": {"rgb": (0.93, 0.9, 0.8), "metallic": 0.0, "roughness": 0.45},
    "seed": {"rgb": (0.93, 0.84, 0.62), "metallic": 0.0, "roughness": 0.55},
    "snow": {"rgb": (0.94, 0.96, 0.99), "metallic": 0.0, "roughness": 0.85},
    "mist": {"rgb": (0.9, 0.93, 0.96), "metallic": 0.0, "roughness": 0.9, "alpha": 0.35},  # breath
    "steel": {"rgb": (0.78, 0.8, 0.83), "metallic": 1.0, "roughness": 0.25},
    "cork": {"rgb": (0.55, 0.38, 0.22), "metallic": 0.0, "roughness": 0.9},
    **{  # a rainbow's bands, each glowing in its own colour
        f"rainbow-{band}": {
            "rgb": rgb,
            "metallic": 0.0,
            "roughness": 0.4,
            "emissive": rgb,
            "strength": 1.0,
        }
        for band, rgb in (
            ("red", (0.9, 0.05, 0.04)),
            ("orange", (1.0, 0.35, 0.02)),
            ("yellow", (1.0, 0.8, 0.05)),
            ("green", (0.1, 0.6, 0.08)),
            ("blue", (0.05, 0.2, 0.9)),
            ("violet", (0.35, 0.06, 0.7)),
        )
    },
    "marking": {"rgb": (0.05, 0.04, 0.035), "metallic": 0.0, "roughness": 0.75},
    # the parts of small things an object is made of that are not their own stuff
    "match-head": {"rgb": (0.55, 0.04, 0.03), "metallic": 0.0, "roughness": 0.8},
    "pencil-wood": {"rgb": (0.85, 0.66, 0.45), "metallic": 0.0, "roughness": 0.8},
    "pages": {"rgb": (0.93, 0.9, 0.8), "metallic": 0.0, "roughness": 0.9},
    "card-red": {"rgb": (0.75, 0.03, 0.05), "metallic": 0.0, "roughness": 0.5},
    "eraser": {"rgb": (0.93, 0.45, 0.5), "metallic": 0.0, "roughness": 0.9},
    "window": {"rgb": (0.06, 0.08, 0.11), "metallic": 0.3, "roughness": 0.05},  # dark glass
    # a room's fittings
    "plaster": {"rgb": (0.86, 0.82, 0.74), "metallic": 0.0, "roughness": 0.9},
    "sheet": {"rgb": (0.94, 0.93, 0.9), "metallic": 0.0, "roughness": 0.85},  # bed linen
    "chalkboard": {"rgb": (0.08, 0.2, 0.14), "metallic": 0.0, "roughness": 0.9},
    "mirror": {"rgb": (0.9, 0.92, 0.94), "metallic": 1.0, "roughness": 0.03},
    "lampshade": {  # a lit lamp's shade
        "rgb": (0.98, 0.9, 0.7),
        "metallic": 0.0,
        "roughness": 0.8,
        "emissive": (1.0, 0.8, 0.45),
        "strength": 1.5,
    },
    "flame": {
        "rgb": (1.0, 0.45, 0.08),
        "metallic": 0.0,
        "roughness": 0.9,
        "emissive": (1.0, 0.4, 0.05),
        "strength": 3.0,
        "alpha": 0.85,
    },
    "frost": {
        "rgb": (0.86, 0.94, 1.0),
        "metallic": 0.0,
        "roughness": 0.15,
        "alpha": 0.7,
        "made_of": "ice",
    },
    "clear_ice": {  # a block of ice something is frozen in: clear enough to see it inside
        "rgb": (0.8, 0.92, 1.0),
        "metallic": 0.0,
        "roughness": 0.05,
        "alpha": 0.3,
        "made_of": "ice",
    },
    "vine": {"rgb": (0.16, 0.42, 0.1), "metallic": 0.0, "roughness": 0.7},
    "ivy": {"rgb": (0.16, 0.42, 0.1), "metallic": 0.0, "roughness": 0.7},  # grown on it
    **{  # a fruit tree's fruit
        f"fruit-{name}": {"rgb": rgb, "metallic": 0.0, "roughness": 0.35}
        for name, rgb in (
            ("red", (0.62, 0.03, 0.03)),
            ("orange", (0.95, 0.35, 0.02)),
            ("yellow", (0.92, 0.75, 0.08)),
            ("green", (0.35, 0.6, 0.08)),
        )
    },
    "rain": {  # what a cloud rains
        "rgb": (0.62, 0.76, 0.95),
        "metallic": 0.0,
        "roughness": 0.05,
        "alpha": 0.6,
        "made_of": "water",
    },
    "membrane": {"rgb": (0.92, 0.95, 1.0), "metallic": 0.0, "roughness": 0.2, "alpha": 0.4},
    "plume": {"rgb": (0.05, 0.22, 0.75), "metallic": 0.0, "roughness": 0.55},  # a parrot's
    "plume-tip": {"rgb": (0.95, 0.75, 0.05), "metallic": 0.0, "roughness": 0.55},
    "beak": {"rgb": (0.12, 0.1, 0.09), "metallic": 0.0, "roughness": 0.4},
    "land": {"rgb": (0.16, 0.32, 0.09), "metallic": 0.0, "roughness": 0.8},  # a globe's
    "soil": {"rgb": (0.16, 0.1, 0.06), "metallic": 0.0, "roughness": 0.95},
    "comb": {"rgb": (0.7, 0.04, 0.03), "metallic": 0.0, "roughness": 0.6},  # a hen's
    "pane": {  # a lantern's chimney: clear glass, so its flame shows
        "rgb": (0.92, 0.95, 0.97),
        "metallic": 0.0,
        "roughness": 0.05,
        "alpha": 0.3,
        "made_of": "glass",
    },
    "stones": {"rgb": (0.45, 0.43, 0.4), "metallic": 0.0, "roughness": 0.9, "made_of": "stone"},
    "copper": {"rgb": (0.85, 0.45, 0.25), "metallic": 1.0, "roughness": 0.3},  # a coil's wire
    "thatch": {"rgb": (0.72, 0.58, 0.3), "metallic": 0.0, "roughness": 0.95},  # a roof of straw
    "fur-cape": {"rgb": (0.42, 0.32, 0.22), "metallic": 0.0, "roughness": 0.95},  # a pelt
    "glaze": {"rgb": (0.16, 0.22, 0.3), "metallic": 0.0, "roughness": 0.2},  # a glazed pot
    "cloth-yellow": {"rgb": (0.93, 0.7, 0.08), "metallic": 0.0, "roughness": 0.85},  # motley
    "cloth-dark": {"rgb": (0.09, 0.09, 0.1), "metallic": 0.0, "roughness": 0.9},  # a jacket
    "spark": {  # lightning's blue-white arc
        "rgb": (0.75, 0.85, 1.0),
        "metallic": 0.0,
        "roughness": 0.3,
        "emissive": (0.55, 0.7, 1.0),
        "strength": 3.0,
    },
    "string": {"rgb": (0.86, 0.8, 0.66), "metallic": 0.0, "roughness": 0.9},  # what tangles
    "lining": {"rgb": (0.55, 0.05, 0.09), "metallic": 0.0, "roughness": 0.45},  # inside out
    "doorway": {"rgb": (0.012, 0.01, 0.008), "metallic": 0.0, "roughness": 1.0},  # a hole lived in
    "display": {"rgb": (0.035, 0.03, 0.04), "metallic": 0.0, "roughness": 0.9},  # a jeweller's bust
    "glow": {
        "rgb": (1.0, 0.85, 0.4),
        "metallic": 1.0,
        "roughness": 0.2,
        "emissive": (1.0, 0.8, 0.35),
        "strength": 2.0,
    },
}
"""Materials of grown features that are the same whatever the object is made of."""

PAINTS: dict[str, int] = {
    "card-red": 0, "fruit-red": 0, "fruit-orange": 0, "fruit-green": 0, "comb": 0, "glaze": 0,
    "lampshade": 0, "vine": 1, "cloth-dark": 1, "beak": 1, "plume": 1, "fur-cape": 1,
    "plume-tip": 2, "cloth-yellow": 2, "fruit-yellow": 2, "membrane": 2, "steel": 0,
}  # fmt: skip
"""Specials that are a thing's own paint (a rose's green stem, a parrot's blue plume, a toy
soldier's coat, a saw's steel blade): where the words say what the object is made of, they are
made of it too, in the shade given (0 the stuff itself, 1 darker, 2 lighter). Eyes, flames,
glass, lettering, snow, soil, paper and cloth, and what a twist grows keep their own look (a
golden flowerpot's soil is soil; a saw made of seashells is seashells, its blade too: a steel
blade on a handle of shells read as a saw with shells on its handle)."""


def said_stuff(spec: ObjectSpec) -> bool:
    """Whether the words say what the object is made of (its first material has a span)."""
    return any(s.field == "materials[0].made_of" for s in spec.spans)


_SPECIAL_PATTERN = {
    "frost": "ice", "flame": "fire", "vine": "leaves", "ivy": "leaves", "lining": "velvet",
    "stones": "stone", "thatch": "leaves", "fur-cape": "fur", "mist": "cloud",
}  # fmt: skip
"""Specials that wear a material's texture."""
_COLOURED_BY = {"flame": "burning", "spark": "lightning", "string": "tangled"}
"""Specials a twist grows, in the colour the text gives the twist ("blue flames")."""
_TREES = ("tree", "shrub")


@dataclass
class Images:
    """The images of one GLB, each stored once however many materials use it."""

    data: list[bytes] = field(default_factory=list)
    _index: dict[int, int] = field(default_factory=dict)

    def add(self, image: bytes) -> int:
        """The texture index of ``image`` (texture i samples image i)."""
        key = id(image)
        if key not in self._index:
            self._index[key] = len(self.data)
            self.data.append(image)
        return self._index[key]


def _r(x: float) -> float:
    return round(float(x), 6)


def pattern_of(spec: ObjectSpec, made_of: str) -> str:
    """The texture pattern of a material on this object (wood on a tree is bark)."""
    if made_of == "wood" and (
        (spec.archetype == "tree" and not spec.family) or spec.family in _TREES
    ):
        return "bark"
    if made_of == "paper" and spec.has("folded") is not None:
        return "origami"  # its creases show, not a flat sheet's
    return made_of


def _from_spec(m: Material, shade: int) -> dict:
    rgb = np.array([m.base_color.r, m.base_color.g, m.base_color.b])
    metallic, roughness = m.metallic, m.roughness
    # Slots past the spec's list are shades of the primary so parts stay distinguishable (a
    # see-through stuff only a little darker: an ice axe's head at half its light read as slate)
    clear = m.made_of in CLEAR and m.opacity < 1.0
    if shade == 1:
        rgb = rgb * (0.85 if clear else 0.55)
    elif shade == 2:
        rgb = rgb + (1.0 - rgb) * 0.45
        roughness = max(0.05, roughness * 0.6)
    elif shade == 3:
        rgb = rgb * (0.7 if clear else 0.35)
        metallic = metallic if clear else min(1.0, metallic + 0.3)
    emissive = np.array([m.emissive.r, m.emissive.g, m.emissive.b])
    return {
        "name": m.made_of if shade == 0 else f"{m.made_of}-shade{shade}",
        "made_of": m.made_of,
        "rgb": tuple(rgb),
        "alpha": m.base_color.a * m.opacity,
        "metallic": metallic,
        "roughness": roughness,
        "emissive": tuple(emissive),
        "strength": m.emissive_strength,
    }


def material_for(
    spec: ObjectSpec,
    slot: Slot,
    images: Images | None = None,
    seed: int = 0,
    texture_size: int = 0,
) -> dict:
    """The glTF material of a slot: spec.materials[slot], a shade of the primary, or a special.

    With ``images`` and a ``texture_size``, the material's texture set (for this seed) is added
    to ``images`` and referenced.
    """
    mats = spec.materials
    if isinstance(slot, str) and slot.startswith("companion"):  # what it holds: its own stuff
        held = spec.companions[int(slot[len("companion") :])]
        own = material_named(held.made_of) if held.made_of else mats[min(1, len(mats) - 1)]
        if held.place == "fill":  # honey in a jar: its colour shows through the glass
            own = own.model_copy(update={"opacity": 1.0})
        if held.color is not None:  # "a green potion", "a red rose"
            own = own.model_copy(update={"base_color": held.color})
            if own.emissive_strength > 0:  # a green light glows green
                c = np.array([held.color.r, held.color.g, held.color.b])
                e = c / max(float(c.max()), 1e-3)
                own = own.model_copy(update={"emissive": Color(r=e[0], g=e[1], b=e[2])})
        ts = None
        if images is not None and texture_size:
            ts = texture_set(pattern_of(spec, own.made_of), seed, texture_size, _glow(own))
        return _gltf(_from_spec(own, 0), ts, images, spec)
    if isinstance(slot, str) and slot.startswith("melt") and slot[4:].isdigit():
        # what runs off a melting thing: its stuff gone smooth and wet (a melted chocolate's
        # bar grid, a cheese's holes, do not run with it)
        i = int(slot[4:])
        m = _from_spec(mats[i] if i < len(mats) else mats[0], 0)
        m["name"] = f"melted-{m['name']}"
        m["roughness"] = min(m["roughness"], 0.3)
        return _gltf(m, None, images, spec)
    if slot == "pane" and mats[0].opacity < 1.0:
        slot = 0  # a lantern of ice or crystal: its panes are its own see-through stuff
    if (
        isinstance(slot, str)
        and slot.startswith("rainbow-")
        and spec.family == "arch"
        and said_stuff(spec)
        and mats[0].made_of not in ("light", "starlight", "fire")
    ):  # a rainbow made of books, of licorice: each band of that stuff, in the band's colour
        # where the stuff is pale enough to take it (a licorice rainbow stays black)
        m = _from_spec(mats[0], 0)
        if float(np.dot(m["rgb"], (0.2126, 0.7152, 0.0722))) > 0.25:
            m["rgb"] = _SPECIAL[slot]["rgb"]
        m["name"] = f"{m['name']}-{slot}"
        # (its band's colour, not the stuff's own colour pattern: a rainbow of crayons, each
        # band every colour at once, read as tie-dye)
        return _of_said_stuff(spec, m, images, seed, texture_size, patterned=False)
    if isinstance(slot, str) and slot in PAINTS and said_stuff(spec):
        # made of what the words say, all of it: "a toy soldier made of bread" is bread, its
        # painted coat too (a shade of it, so its parts still show apart)
        return _of_said_stuff(spec, _from_spec(mats[0], PAINTS[slot]), images, seed, texture_size)
    if isinstance(slot, str):
        special = {"name": slot, **_SPECIAL[slot]}
        twist = spec.has(_COLOURED_BY.get(slot, ""))
        if twist is not None and twist.color is not None:  # blue flames, red lightning
            rgb = np.array([twist.color.r, twist.color.g, twist.color.b])
            special["rgb"] = tuple(rgb)
            if "emissive" in special:
                special["emissive"] = tuple(rgb / max(float(rgb.max()), 1e-3))
        pattern = _SPECIAL_PATTERN.get(slot)
        ts = None
        if pattern and images is not None and texture_size:
            glow = special.get("emissive")
            ts = texture_set(pattern, seed, texture_size, tuple(glow) if glow else None)
        return _gltf(special, ts, images, spec)
    m = (
        _from_spec(mats[slot], 0)
        if slot < len(mats)
        else _from_spec(mats[0], 1 + (slot - len(mats)) % 3)
    )
    source = mats[slot] if slot < len(mats) else mats[0]
    ts = None
    if images is not None and texture_size:
        m, painted = _painted(source, m)
        ts = texture_set(pattern_of(spec, m["made_of"]), seed, texture_size, _glow(source), painted)
    return _gltf(m, ts, images, spec)


def _of_said_stuff(
    spec: ObjectSpec,
    m: dict,
    images: Images | None,
    seed: int,
    texture_size: int,
    patterned: bool = True,
) -> dict:
    """The glTF material ``m`` (a shade of the stuff the words say) with that stuff's texture
    (and its colour pattern, unless not ``patterned``)."""
    ts = None
    if images is not None and texture_size:
        source = (
            spec.materials[0] if patterned else spec.materials[0].model_copy(update={"pattern": ""})
        )
        m, painted = _painted(source, m)
        ts = texture_set(pattern_of(spec, spec.materials[0].made_of), seed, texture_size,
                         _glow(spec.materials[0]), painted)  # fmt: skip
    return _gltf(m, ts, images, spec)


_LIGHT_ON_DARK = {"marble": "dark veins", "granite": "dark grains"}
"""Stones whose black kind shows its veins or grains pale on black (a dark tint of their pale
texture hid them)."""


def _painted(
    source: Material, m: dict
) -> tuple[dict, tuple[str, tuple[float, float, float]] | None]:
    """The glTF material ``m`` and the colour pattern it wears (``Material.pattern``, or "dark
    veins" or "dark grains" for a black stone's pale veins or grains) with the colour under it, for its base-colour texture: with
    a pattern, its factor is white, so the texture's colours show as they are (only where there
    are textures to show them)."""
    rgb = tuple(_r(c) for c in m["rgb"])
    if not source.pattern and source.made_of in _LIGHT_ON_DARK and max(rgb) < 0.03:
        return {**m, "rgb": (1.0, 1.0, 1.0)}, (_LIGHT_ON_DARK[source.made_of], rgb)
    if not source.pattern:
        return m, None
    return {**m, "rgb": (1.0, 1.0, 1.0)}, (source.pattern, rgb)


def _glow(m: Material) -> tuple[float, float, float] | None:
    rgb = np.array([m.emissive.r, m.emissive.g, m.emissive.b])
    if m.emissive_strength <= 0 or rgb.max() <= 0:
        return None
    rgb = rgb / rgb.max()
    return (_r(rgb[0]), _r(rgb[1]), _r(rgb[2]))


def _gltf(m: dict, ts: TextureSet | None, images: Images | None, spec: ObjectSpec) -> dict:
    alpha = float(m.get("alpha", 1.0))
    made_of = m.get("made_of", "")
    ext: dict = {}
    clear = made_of in CLEAR and alpha < 1.0
    shown_alpha = float(np.sqrt(alpha)) if clear else alpha
    rough = float(m["roughness"])
    pbr: dict = {
        "baseColorFactor": [*(_r(c) for c in m["rgb"]), _r(shown_alpha)],
        "metallicFactor": _r(m["metallic"]),
        "roughnessFactor": _r(min(1.0, rough * (ts.rough_gain if ts else 1.0))),
    }
    out: dict = {"name": m["name"], "pbrMetallicRoughness": pbr}
    if ts is not None and images is not None:
        pbr["baseColorTexture"] = {"index": images.add(ts.base)}
        orm = images.add(ts.orm)
        pbr["metallicRoughnessTexture"] = {"index": orm}
        out["normalTexture"] = {"index": images.add(ts.normal)}
        out["occlusionTexture"] = {"index": orm}
    emissive = np.asarray(m.get("emissive", (0.0, 0.0, 0.0)), dtype=float)
    strength = float(m.get("strength", 0.0))
    if strength > 0 and emissive.any():
        if ts is not None and ts.emissive is not None and images is not None:
            # The glow's colour is in the image (Godot reads the image, not the factor).
            out["emissiveTexture"] = {"index": images.add(ts.emissive)}
            strength *= float(emissive.max())
            emissive = np.ones(3)
        if strength <= 1.0:
            out["emissiveFactor"] = [_r(c) for c in emissive * strength]
        else:
            out["emissiveFactor"] = [_r(c) for c in emissive]
            ext["KHR_materials_emissive_strength"] = {"emissiveStrength": _r(strength)}
    if clear:
        size = np.array([spec.size.x, spec.size.y, spec.size.z])
        # Most light passes through (glass at opacity 0.25 transmits 94%): what is behind
        # shows, bent, tinted by its colour; a transmission of 1 - opacity left a quarter of
        # its light as a diffuse white film over it, and glass read as grey plastic.
        ext["KHR_materials_transmission"] = {"transmissionFactor": _r(1.0 - alpha * alpha)}
        ext["KHR_materials_ior"] = {"ior": CLEAR[made_of]}
        ext["KHR_materials_volume"] = {
            "thicknessFactor": _r(0.25 * size.min()),
            "attenuationDistance": _r(size.max()),
            "attenuationColor": [_r(c) for c in m["rgb"]],
        }
    if made_of in CLEARCOAT:
        coat, coat_rough = CLEARCOAT[made_of]
        ext["KHR_materials_clearcoat"] = {
            "clearcoatFactor": coat,
            "clearcoatRoughnessFactor": coat_rough,
        }
    if made_of in SHEEN:
        rgb = np.asarray(m["rgb"], dtype=float)
        sheen = np.clip(rgb + (1 - rgb) * 0.5, 0, 1) * SHEEN[made_of]
        ext["KHR_materials_sheen"] = {
            "sheenColorFactor": [_r(c) for c in sheen],
            "sheenRoughnessFactor": 0.5,
        }
    if made_of in IRIDESCENT:
        ext["KHR_materials_iridescence"] = {
            "iridescenceFactor": IRIDESCENT[made_of],
            "iridescenceIor": 1.33,
            "iridescenceThicknessMinimum": 200,
            "iridescenceThicknessMaximum": 600,
        }
    if shown_alpha < 1.0:
        out["alphaMode"] = "BLEND"
    if ext:
        out["extensions"] = ext
    return out
