"""The object lexicon: how each spec vocabulary word looks, sounds and is said in text.

Hand-authored tables keyed by the vocabularies of :mod:`figment.spec`, shared by the dataset
generator (to write answers and their latent specs) and the parse stage (to turn names back into
numbers). ``MATERIAL_PBR`` gives every material its PBR defaults and ``COLOURS`` maps colour names
to linear RGB. ``*_WORDS`` tables list the surface forms a value takes in text; a span in a latent
spec always covers one of them. Public vocabulary beside :mod:`figment.spec`, which is all it
imports: a stage that reads objects out of text uses it without loading the dataset tools.
"""

from __future__ import annotations

from typing import NamedTuple

from figment.spec import (
    ARCHETYPES,
    MATERIALS,
    MODIFIERS,
    MOTIONS,
    PARTS,
    SIZE_MAX_M,
    SIZE_MIN_M,
    SOUNDS,
    Color,
    Material,
)

__all__ = [
    "ARCHETYPE_SIZE",
    "COLOURS",
    "FULL_WORDS",
    "LIKENESS_WORDS",
    "MADE_VERBS",
    "MATERIAL_PBR",
    "MODIFIER_PHRASES",
    "MODIFIER_WORDS",
    "MOTION_DEFAULTS",
    "MOTION_WORDS",
    "PART_PHRASES",
    "SIZE_WORDS",
    "SOUND_DEFAULTS",
    "SOUND_PHRASES",
    "WISH_VERBS",
    "Pbr",
    "material_named",
    "srgb_to_linear",
]


def srgb_to_linear(hex_rgb: str) -> tuple[float, float, float]:
    """Linear RGB in [0, 1] of an sRGB hex colour such as ``"#ff8800"``."""
    out = []
    for i in (1, 3, 5):
        c = int(hex_rgb[i : i + 2], 16) / 255.0
        lin = c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
        out.append(round(lin, 3))
    return (out[0], out[1], out[2])


_COLOUR_HEX = {
    "crimson": "#b0102a", "scarlet": "#e8250f", "vermilion": "#e34234", "orange": "#f07c18",
    "saffron": "#f4c430", "ochre": "#cc7722", "lemon": "#f5e050", "chartreuse": "#a8e01a",
    "green": "#2e9e3e", "emerald": "#1f9e6a", "jade": "#3fa37a", "teal": "#16807e",
    "turquoise": "#38d0c4", "cyan": "#2ad4ec", "azure": "#2f8fff", "cobalt": "#1f4fbf",
    "blue": "#2458d8", "indigo": "#3b2a8f", "ultramarine": "#2a2aa8", "violet": "#8a3fd1",
    "lilac": "#c2a2e0", "magenta": "#d01f9a", "rose": "#e86a8a", "pink": "#f2a0bc",
    "mauve": "#b784a7", "white": "#f4f2ee", "ivory": "#efe8d2", "grey": "#8c8c8c",
    "charcoal": "#333438", "black": "#121212", "brown": "#6b4226", "umber": "#5b3d24",
    "sepia": "#704214", "bronze": "#b48a52", "peach": "#f6b38a", "mint": "#9fe3c0",
    "tawny": "#c98a3e", "taupe": "#8b7560", "ruby": "#c0102e", "sapphire": "#1c3fb0",
    "amethyst": "#8e55c4", "sandstone": "#d2a66e", "copper": "#c87048", "tin": "#c4c7c9",
    "pewter": "#9a9b95", "steel": "#8a9099", "navy": "#27406e",
}  # fmt: skip
COLOURS: dict[str, tuple[float, float, float]] = {
    name: srgb_to_linear(hex_rgb) for name, hex_rgb in _COLOUR_HEX.items()
}
"""Colour names as they appear in text, mapped to linear RGB."""


class Pbr(NamedTuple):
    """PBR defaults of one material (linear RGB colours)."""

    base_color: tuple[float, float, float]
    metallic: float
    roughness: float
    emissive: tuple[float, float, float]
    emissive_strength: float
    opacity: float


_NO_GLOW = "#000000"
# name: (base colour, metallic, roughness, emissive colour, emissive strength, opacity)
_PBR_TABLE: dict[str, tuple[str, float, float, str, float, float]] = {
    "glass": ("#dfeff2", 0.0, 0.05, _NO_GLOW, 0.0, 0.25),
    "stained glass": ("#f4eee2", 0.0, 0.1, _NO_GLOW, 0.0, 0.6),
    "clockwork": ("#b58a3c", 1.0, 0.35, _NO_GLOW, 0.0, 1.0),
    "coral": ("#f07f6a", 0.0, 0.8, _NO_GLOW, 0.0, 1.0),
    "smoke": ("#8a8a92", 0.0, 1.0, _NO_GLOW, 0.0, 0.35),
    "brass": ("#c9a043", 1.0, 0.3, _NO_GLOW, 0.0, 1.0),
    "gold": ("#ffcc55", 1.0, 0.2, _NO_GLOW, 0.0, 1.0),
    "silver": ("#e6e6ea", 1.0, 0.15, _NO_GLOW, 0.0, 1.0),
    "iron": ("#5e5f63", 1.0, 0.6, _NO_GLOW, 0.0, 1.0),
    "rust": ("#8b3b1a", 0.6, 0.9, _NO_GLOW, 0.0, 1.0),
    "chrome": ("#f2f4f7", 1.0, 0.05, _NO_GLOW, 0.0, 1.0),
    "wood": ("#8a5a33", 0.0, 0.7, _NO_GLOW, 0.0, 1.0),
    "stone": ("#85817a", 0.0, 0.9, _NO_GLOW, 0.0, 1.0),
    "marble": ("#ece8e2", 0.0, 0.25, _NO_GLOW, 0.0, 1.0),
    "bone": ("#e8dcc0", 0.0, 0.6, _NO_GLOW, 0.0, 1.0),
    "paper": ("#f3eedf", 0.0, 0.95, _NO_GLOW, 0.0, 1.0),
    "ice": ("#dcf3fd", 0.0, 0.05, _NO_GLOW, 0.0, 0.45),
    "water": ("#3b7fb0", 0.0, 0.05, _NO_GLOW, 0.0, 0.45),
    "fire": ("#ff7a1a", 0.0, 0.8, "#ff6a00", 4.0, 0.85),
    "light": ("#fff6dc", 0.0, 0.5, "#fff2cc", 1.8, 0.5),
    "fabric": ("#a8978a", 0.0, 0.95, _NO_GLOW, 0.0, 1.0),
    "velvet": ("#5a1030", 0.0, 0.85, _NO_GLOW, 0.0, 1.0),
    "leather": ("#6b3f22", 0.0, 0.65, _NO_GLOW, 0.0, 1.0),
    "porcelain": ("#f6f4f0", 0.0, 0.15, _NO_GLOW, 0.0, 1.0),
    "wax": ("#efe0b8", 0.0, 0.45, _NO_GLOW, 0.0, 0.9),
    "crystal": ("#e2d6ff", 0.0, 0.05, "#b9a6ff", 0.5, 0.4),
    "moss": ("#4f7a2a", 0.0, 1.0, _NO_GLOW, 0.0, 1.0),
    "honey": ("#e0a020", 0.0, 0.2, _NO_GLOW, 0.0, 0.75),
    "ink": ("#10121c", 0.0, 0.3, _NO_GLOW, 0.0, 1.0),
    "cloud": ("#f4f6fa", 0.0, 1.0, _NO_GLOW, 0.0, 0.55),
    "starlight": ("#dfe6ff", 0.0, 0.4, "#cfdcff", 2.0, 0.6),
    "obsidian": ("#16131c", 0.0, 0.05, _NO_GLOW, 0.0, 1.0),
    "amber": ("#d98a1c", 0.0, 0.2, "#e89a2a", 0.6, 0.45),
    "pearl": ("#f0ebe3", 0.2, 0.25, _NO_GLOW, 0.0, 1.0),
    "sugar": ("#fbf7ef", 0.0, 0.7, _NO_GLOW, 0.0, 0.9),
    "flesh": ("#d99a86", 0.0, 0.55, _NO_GLOW, 0.0, 1.0),
    "feathers": ("#d8d2c4", 0.0, 0.9, _NO_GLOW, 0.0, 1.0),
    "scales": ("#3f7a60", 0.3, 0.4, _NO_GLOW, 0.0, 1.0),
    "shadow": ("#101014", 0.0, 1.0, _NO_GLOW, 0.0, 0.7),
    "plastic": ("#e04848", 0.0, 0.4, _NO_GLOW, 0.0, 1.0),
    "clay": ("#b4673f", 0.0, 0.85, _NO_GLOW, 0.0, 1.0),
    "chocolate": ("#4a2a18", 0.0, 0.3, _NO_GLOW, 0.0, 1.0),
    "bread": ("#c98a45", 0.0, 0.9, _NO_GLOW, 0.0, 1.0),
    "cheese": ("#f2c64a", 0.0, 0.6, _NO_GLOW, 0.0, 1.0),
    "cardboard": ("#b08a5a", 0.0, 0.95, _NO_GLOW, 0.0, 1.0),
    "newsprint": ("#ece6d6", 0.0, 0.95, _NO_GLOW, 0.0, 1.0),
    "maps": ("#efe4c8", 0.0, 0.9, _NO_GLOW, 0.0, 1.0),
    "leaves": ("#4f8a2e", 0.0, 0.7, _NO_GLOW, 0.0, 1.0),
    "needles": ("#2f5e2a", 0.0, 0.8, _NO_GLOW, 0.0, 1.0),
    "wire": ("#c87533", 1.0, 0.3, _NO_GLOW, 0.0, 1.0),
    "foil": ("#d8dade", 1.0, 0.2, _NO_GLOW, 0.0, 1.0),
    "fur": ("#8a6a4a", 0.0, 0.95, _NO_GLOW, 0.0, 1.0),
    "coins": ("#e8b84a", 1.0, 0.3, _NO_GLOW, 0.0, 1.0),
    "buttons": ("#d0473a", 0.0, 0.35, _NO_GLOW, 0.0, 1.0),
    "berries": ("#c8102e", 0.0, 0.25, _NO_GLOW, 0.0, 1.0),
    "chains": ("#6a6b70", 1.0, 0.45, _NO_GLOW, 0.0, 1.0),
    "keys": ("#c9a043", 1.0, 0.3, _NO_GLOW, 0.0, 1.0),
    "teeth": ("#f4efe2", 0.0, 0.3, _NO_GLOW, 0.0, 1.0),
    "bones": ("#e8dcc0", 0.0, 0.6, _NO_GLOW, 0.0, 1.0),
    "shells": ("#f7efe8", 0.1, 0.35, _NO_GLOW, 0.0, 1.0),
    "marbles": ("#4f9fd8", 0.0, 0.05, _NO_GLOW, 0.0, 0.55),
    "dice": ("#f6f4ee", 0.0, 0.3, _NO_GLOW, 0.0, 1.0),
    "cards": ("#fbfaf6", 0.0, 0.5, _NO_GLOW, 0.0, 1.0),
    "books": ("#eeeae2", 0.0, 0.6, _NO_GLOW, 0.0, 1.0),  # (its covers are in its texture)
    "bubbles": ("#eef4ff", 0.0, 0.02, _NO_GLOW, 0.0, 0.2),
    "nails": ("#8a8c90", 1.0, 0.4, _NO_GLOW, 0.0, 1.0),
    "pencils": ("#f2b705", 0.0, 0.4, _NO_GLOW, 0.0, 1.0),
    "matches": ("#e2c48f", 0.0, 0.8, _NO_GLOW, 0.0, 1.0),
    "spoons": ("#e6e6ea", 1.0, 0.15, _NO_GLOW, 0.0, 1.0),
    "candles": ("#f3ead2", 0.0, 0.45, _NO_GLOW, 0.0, 0.9),
    "bricks": ("#a4452c", 0.0, 0.9, _NO_GLOW, 0.0, 1.0),
    "pebbles": ("#8d8880", 0.0, 0.75, _NO_GLOW, 0.0, 1.0),
    "sugar cubes": ("#fbf9f4", 0.0, 0.6, _NO_GLOW, 0.0, 1.0),
    "lava": ("#2b1d19", 0.0, 0.85, "#ff5a10", 2.5, 1.0),
    "sand": ("#d8bd8a", 0.0, 0.95, _NO_GLOW, 0.0, 1.0),
    "honeycomb": ("#e3a21a", 0.0, 0.3, _NO_GLOW, 0.0, 1.0),
    "bamboo": ("#c8b46a", 0.0, 0.45, _NO_GLOW, 0.0, 1.0),
    "concrete": ("#9a9893", 0.0, 0.92, _NO_GLOW, 0.0, 1.0),
    "straw": ("#d8b565", 0.0, 0.8, _NO_GLOW, 0.0, 1.0),
    "petals": ("#f2a7bf", 0.0, 0.7, _NO_GLOW, 0.0, 1.0),
    "wool": ("#e6dccb", 0.0, 0.95, _NO_GLOW, 0.0, 1.0),
    "bark": ("#6e5a48", 0.0, 0.95, _NO_GLOW, 0.0, 1.0),
    "pasta": ("#f1d98e", 0.0, 0.45, _NO_GLOW, 0.0, 1.0),
    "seaweed": ("#44521e", 0.0, 0.35, _NO_GLOW, 0.0, 1.0),
    "toy bricks": ("#ffffff", 0.0, 0.3, _NO_GLOW, 0.0, 1.0),
    "sushi": ("#ffffff", 0.0, 0.55, _NO_GLOW, 0.0, 1.0),
    "sprinkles": ("#ffffff", 0.0, 0.45, _NO_GLOW, 0.0, 1.0),
    "ice cream": ("#f4c4cf", 0.0, 0.6, _NO_GLOW, 0.0, 1.0),
    "lace": ("#f7f4ec", 0.0, 0.7, _NO_GLOW, 0.0, 1.0),
    "licorice": ("#1c1416", 0.0, 0.3, _NO_GLOW, 0.0, 1.0),
    "waffle": ("#d9953f", 0.0, 0.7, _NO_GLOW, 0.0, 1.0),
    "bacon": ("#ffffff", 0.0, 0.45, _NO_GLOW, 0.0, 1.0),  # (meat and fat are in its texture)
    "pizza": ("#ffffff", 0.0, 0.55, _NO_GLOW, 0.0, 1.0),
    "cookie": ("#c98f4e", 0.0, 0.85, _NO_GLOW, 0.0, 1.0),
    "popcorn": ("#fff3d6", 0.0, 0.8, _NO_GLOW, 0.0, 1.0),
    "watermelon": ("#ffffff", 0.0, 0.35, _NO_GLOW, 0.0, 1.0),
    "citrus": ("#f28a1a", 0.0, 0.35, _NO_GLOW, 0.0, 1.0),
    "pumpkin": ("#e07a1f", 0.0, 0.5, _NO_GLOW, 0.0, 1.0),
    "salt": ("#f3efe8", 0.0, 0.4, _NO_GLOW, 0.0, 1.0),
    "denim": ("#ffffff", 0.0, 0.9, _NO_GLOW, 0.0, 1.0),  # (the indigo is in its texture)
    "cork": ("#b88652", 0.0, 0.95, _NO_GLOW, 0.0, 1.0),
    "bubble wrap": ("#eef4f8", 0.0, 0.15, _NO_GLOW, 0.0, 0.55),
    "barbed wire": ("#9a9da3", 1.0, 0.45, _NO_GLOW, 0.0, 1.0),
    "gingerbread": ("#ffffff", 0.0, 0.85, _NO_GLOW, 0.0, 1.0),  # (its icing in its texture)
    "peacock feathers": ("#ffffff", 0.2, 0.5, _NO_GLOW, 0.0, 1.0),  # (its eyes in its texture)
    "cactus": ("#eaf6e0", 0.0, 0.55, _NO_GLOW, 0.0, 1.0),  # (its green and spines in its texture)
    "circuit board": ("#ffffff", 1.0, 0.5, _NO_GLOW, 0.0, 1.0),  # (traces metal, in texture)
    "chainmail": ("#b8bcc4", 1.0, 0.35, _NO_GLOW, 0.0, 1.0),
    "blue cheese": ("#ffffff", 0.0, 0.7, _NO_GLOW, 0.0, 1.0),
    "salami": ("#ffffff", 0.0, 0.5, _NO_GLOW, 0.0, 1.0),
    "pancakes": ("#dea25a", 0.0, 0.8, _NO_GLOW, 0.0, 1.0),
    "granite": ("#b5aea6", 0.0, 0.3, _NO_GLOW, 0.0, 1.0),
    "jade stone": ("#3f9a6a", 0.0, 0.2, _NO_GLOW, 0.0, 1.0),
    "sea glass": ("#a9dcc4", 0.0, 0.6, _NO_GLOW, 0.0, 0.75),
    "soap": ("#f3dbe4", 0.0, 0.25, _NO_GLOW, 0.0, 1.0),
    "silk": ("#efe2cc", 0.0, 0.3, _NO_GLOW, 0.0, 1.0),
    "patchwork": ("#ffffff", 0.0, 0.9, _NO_GLOW, 0.0, 1.0),  # (its patches in its texture)
    "neon": ("#ff3fb4", 0.0, 0.3, "#ff3fb4", 2.5, 1.0),
    "vinyl": ("#ffffff", 0.0, 0.3, _NO_GLOW, 0.0, 1.0),  # (black discs, labels in texture)
    "marshmallow": ("#fbf6f0", 0.0, 0.85, _NO_GLOW, 0.0, 1.0),
    "walnut shells": ("#a97b50", 0.0, 0.85, _NO_GLOW, 0.0, 1.0),
    "citrus peel": ("#f07c18", 0.0, 0.45, _NO_GLOW, 0.0, 1.0),
    "broad leaves": ("#5aa83c", 0.0, 0.5, _NO_GLOW, 0.0, 1.0),
    "bottle caps": ("#ffffff", 0.8, 0.35, _NO_GLOW, 0.0, 1.0),  # (their tops in its texture)
    "tin cans": ("#ffffff", 0.7, 0.35, _NO_GLOW, 0.0, 1.0),  # (their labels in its texture)
    "nuts and bolts": ("#9a9da3", 1.0, 0.4, _NO_GLOW, 0.0, 1.0),
    "eyeballs": ("#ffffff", 0.0, 0.2, _NO_GLOW, 0.0, 1.0),  # (irises in its texture)
    "banknotes": ("#ffffff", 0.0, 0.8, _NO_GLOW, 0.0, 1.0),  # (their print in its texture)
    "bubblegum": ("#f59ac0", 0.0, 0.35, _NO_GLOW, 0.0, 1.0),
    "pretzel": ("#fbf5ee", 0.0, 0.4, _NO_GLOW, 0.0, 1.0),  # (its crust and salt in texture)
}

MATERIAL_PBR: dict[str, Pbr] = {
    name: Pbr(srgb_to_linear(c), m, r, srgb_to_linear(e), s, o)
    for name, (c, m, r, e, s, o) in _PBR_TABLE.items()
}
"""PBR defaults of every material in ``figment.spec.MATERIALS`` (the parse stage reuses them)."""


def material_named(name: str) -> Material:
    """A material of ``MATERIALS`` with its PBR defaults (its own colour)."""
    pbr = MATERIAL_PBR[name]
    r, g, b = pbr.base_color
    e = pbr.emissive
    return Material(
        made_of=name, base_color=Color(r=r, g=g, b=b), metallic=pbr.metallic,
        roughness=pbr.roughness, emissive=Color(r=e[0], g=e[1], b=e[2]),
        emissive_strength=pbr.emissive_strength, opacity=pbr.opacity,
    )  # fmt: skip


# archetype: typical bounding size in metres (x, y, z; y up, the front toward +z, as the mesh
# builders face it: a whale is long in z)
ARCHETYPE_SIZE: dict[str, tuple[float, float, float]] = {
    "clock": (0.35, 0.4, 0.14), "whale": (4.6, 2.9, 12.0), "tree": (4.6, 6.0, 4.9),
    "lamp": (0.6, 0.6, 0.39), "door": (1.1, 2.1, 0.25), "staircase": (3.0, 3.0, 3.0),
    "eye": (0.23, 0.23, 0.3), "jellyfish": (0.73, 0.8, 0.71), "chair": (0.42, 0.9, 0.47),
    "moon": (1.0, 1.0, 0.98), "key": (0.033, 0.08, 0.01), "book": (0.077, 0.28, 0.22),
    "bird": (0.3, 0.26, 0.29), "fish": (0.082, 0.16, 0.4), "hand": (0.11, 0.2, 0.059),
    "bell": (0.3, 0.35, 0.31), "teapot": (0.25, 0.15, 0.17), "ladder": (0.84, 3.0, 0.09),
    "mirror": (0.68, 1.2, 0.28), "umbrella": (0.82, 1.0, 0.82), "cup": (0.1, 0.055, 0.097),
    "table": (1.5, 1.0, 0.88), "candle": (0.24, 0.25, 0.21), "flower": (0.2, 0.4, 0.12),
    "mushroom": (0.25, 0.25, 0.25), "crystal": (0.3, 0.4, 0.29), "shell": (0.2, 0.18, 0.2),
    "house": (8.0, 7.3, 6.1), "boat": (1.2, 3.7, 4.0), "hourglass": (0.19, 0.3, 0.19),
    "lantern": (0.2, 0.35, 0.2), "cloud": (4.0, 2.1, 3.0), "star": (0.5, 0.5, 0.17),
    "mask": (0.21, 0.25, 0.099), "crown": (0.2, 0.14, 0.2), "vase": (0.27, 0.4, 0.27),
    "egg": (0.048, 0.08, 0.048), "tower": (6.1, 20.0, 6.3), "bottle": (0.17, 0.3, 0.17),
    "feather": (0.1, 0.3, 0.012), "heart": (0.13, 0.14, 0.044), "snake": (0.8, 0.8, 0.78),
    "orb": (0.3, 0.23, 0.3),
}  # fmt: skip
"""Typical bounding size of each archetype, before the size word scales it."""

SIZE_WORDS: dict[str, float] = {
    "tiny": 0.25, "small": 0.5, "pocket-sized": 0.35, "modest": 0.8, "ordinary-sized": 1.0,
    "life-sized": 1.0, "large": 1.8, "enormous": 3.0, "vast": 4.0, "towering": 3.5,
    "miniature": 0.2, "oversized": 2.2,
}  # fmt: skip
"""Size words in text and the factor they apply to the archetype's typical size."""

WISH_VERBS = frozenset({
    "put", "make", "show", "conjure", "summon", "give", "create", "build", "place", "bring",
    "draw", "imagine", "paint", "spawn", "set", "drop", "hang", "get", "craft", "grow", "cast",
    "sculpt", "carve", "forge", "knit", "weave", "fold",
})  # fmt: skip
"""Verbs people wish with ("put a clock on the floor", "spawn glass whales"): before an object
they are the wish's verb, never the object or a word describing it."""

MADE_VERBS = frozenset({
    "made", "built", "woven", "carved", "cast", "forged", "knitted", "sculpted", "assembled",
    "stitched", "grown", "formed", "folded", "spun", "blown", "moulded", "molded", "cut", "hewn",
    "chiselled", "chiseled", "whittled", "sewn", "crafted", "fashioned", "shaped", "etched",
    "welded", "fused", "braided", "plaited", "crocheted", "baked", "poured", "printed",
})  # fmt: skip
"""Verbs whose "of"/"from" names what an object is made of ("a whale built from clock springs")."""

LIKENESS_WORDS = frozenset({
    "statue", "statuette", "figurine", "figure", "sculpture", "carving", "effigy", "idol",
    "replica", "model", "toy", "doll", "puppet", "plush", "plushie", "ornament", "topiary",
    "costume", "kite", "balloon", "mask", "shape", "sculpt",
})  # fmt: skip
"""Nouns that name a likeness of the noun before them: "a cat statue" is shaped as a cat."""

FULL_WORDS = frozenset({
    "full", "filled", "brimming", "stuffed", "packed", "overflowing", "heaped", "crammed",
    "teeming", "covered", "coated", "crawling",
})  # fmt: skip
"""Words whose "of"/"with"/"in" names what an object holds or wears, not the object ("a bathtub
full of stars" is a bathtub)."""

MOTION_WORDS: dict[str, tuple[str, str]] = {
    "bob": ("bobs", "bobbing"), "spin": ("spins", "spinning"), "pulse": ("pulses", "pulsing"),
    "breathe": ("breathes", "breathing"), "sway": ("sways", "swaying"),
    "orbit": ("orbits", "orbiting"), "flicker": ("flickers", "flickering"),
    "drift": ("drifts", "drifting"),
}  # fmt: skip
"""Each motion as (third-person verb, gerund) in text."""

MOTION_DEFAULTS: dict[str, tuple[float, float]] = {
    "bob": (0.1, 0.5), "spin": (1.0, 0.2), "pulse": (0.1, 1.0), "breathe": (0.06, 0.25),
    "sway": (0.15, 0.4), "orbit": (0.5, 0.1), "flicker": (0.3, 4.0), "drift": (0.4, 0.05),
}  # fmt: skip
"""Each motion's (amplitude, frequency_hz) in the latent spec."""

MODIFIER_WORDS: dict[str, str] = {
    "melting": "melting", "twisted": "twisted", "bent": "bent", "fractured": "fractured",
    "hollow": "hollow", "inside_out": "inside out", "swarm": "swarm",
    "impossible_scale": "impossibly", "eyes": "eyes", "teeth": "teeth", "floating": "floating",
    "noise": "noise", "stretched": "stretched", "raining": "raining", "rising": "rising",
    "frozen": "frozen", "burning": "burning", "folded": "folded", "becoming": "turns into",
    "upside_down": "upside down", "covered": "covered", "lightning": "lightning",
    "unravelling": "unravelling", "tangled": "tangled", "blowing_away": "blowing away",
    "unfolding": "unfolding", "sinking": "sinking", "bitten": "bitten",
}  # fmt: skip
"""The word of each modifier that a span covers."""

MODIFIER_PHRASES: dict[str, tuple[str, ...]] = {
    "melting": ("melting at the edges", "slowly melting", "melting upward, against sense"),
    "twisted": ("twisted like a wrung cloth", "twisted a quarter turn", "twisted around itself"),
    "bent": ("bent as if listening", "bent under an invisible weight", "bent like a question"),
    "fractured": ("fractured into careful pieces", "fractured but still whole",
                  "fractured along lines nobody drew"),
    "hollow": ("hollow all the way through", "hollow as a held breath", "hollow and humming"),
    "inside_out": ("turned inside out", "worn inside out", "inside out, lining showing"),
    "upside_down": ("hanging upside down", "standing upside down", "upside down, on its head"),
    "swarm": ("a swarm of smaller copies of itself", "less one thing than a swarm",
              "a loose swarm that agrees on a shape"),
    "impossible_scale": ("impossibly large for the room", "impossibly heavy for its size",
                         "impossibly far away and close at once"),
    "eyes": ("covered in small blinking eyes", "studded with sleepy eyes",
             "dotted with eyes that close when watched"),
    "teeth": ("lined with tiny polite teeth", "fringed with teeth", "edged in milk teeth"),
    "floating": ("floating a hand's width above the floor", "floating without permission",
                 "floating just out of reach"),
    "noise": ("rippling with visual noise", "grainy with noise like an old broadcast",
              "crawling with soft static noise"),
    "stretched": ("stretched thin as a rumour", "stretched taller than it should be",
                  "stretched like taffy between two moments"),
    "raining": ("raining on the floor beneath it", "raining softly from its underside",
                "raining as if it were a cloud"),
    "rising": ("rising in drops toward the ceiling", "rising like rain that forgot how to fall",
               "rising off it in beads"),
    "frozen": ("frozen mid-gesture", "frozen solid, icicles and all", "frozen in a held breath"),
    "burning": ("burning without being consumed", "burning with a patient flame",
                "burning at every edge"),
    "folded": ("folded like origami", "folded from a single sheet", "folded along careful creases"),
    "becoming": ("that turns into something else halfway up", "that slowly turns into its opposite",
                 "that turns into what it dreams of"),
    "covered": ("covered in a fine moss", "covered in dust like an old secret",
                "covered as if it had stood for a century"),
    "lightning": ("crackling with lightning", "struck by lightning and still standing",
                  "crackling with lightning at every edge"),
    "unravelling": ("unravelling one thread at a time", "slowly unravelling onto the floor",
                    "unravelling from the hem up"),
    "tangled": ("tangled up in itself", "tangled as if it had rolled downhill",
                "hopelessly tangled"),
    "blowing_away": ("blowing away in the wind", "blowing away grain by grain",
                     "quietly blowing away"),
    "unfolding": ("slowly unfolding", "unfolding like a letter", "unfolding at the top"),
    "bitten": ("bitten into", "bitten, a bite out of its top", "bitten at the edge"),
    "sinking": ("slowly sinking", "sinking without a sound", "sinking as if the floor were a pond"),
}  # fmt: skip
"""Predicate phrases for each modifier; each contains the modifier's word."""

PART_PHRASES: dict[str, tuple[str, ...]] = {
    "wings": ("a pair of folded wings", "wings like shop awnings"),
    "legs": ("thin jointed legs", "far too many legs"),
    "tentacles": ("a fringe of tentacles", "slow tentacles"),
    "eyes": ("a row of eyes", "eyes where the seams are"),
    "teeth": ("a crescent of teeth", "teeth arranged like piano keys"),
    "spikes": ("a crest of spikes", "soft spikes"),
    "roots": ("roots that search the floor", "a beard of roots"),
    "handle": ("a handle nobody asked for", "a curled handle"),
    "horns": ("two polished horns", "horns like question marks"),
    "tail": ("a long curious tail", "a tail that keeps time"),
    "petals": ("a collar of petals", "petals that open on the hour"),
    "gears": ("a spine of gears", "gears that show through like ribs"),
    "chains": ("hanging chains", "chains that lead nowhere"),
    "flames": ("a crown of small flames", "flames that lean toward you"),
    "antennae": ("a pair of antennae", "antennae tuned to gossip"),
    "leaves": ("a mane of leaves", "leaves that turn like pages"),
    "windows": ("tiny lit windows", "windows with someone behind them"),
    "wheels": ("little wheels", "wheels that spin in the wrong direction"),
    "fins": ("translucent fins", "fins like fans"),
    "halo": ("a faint halo", "a halo slightly askew"),
    "breath": ("a breath of fire", "a long breath that glows"),
    "vines": ("vines winding round it", "a tangle of flowering vines"),
}
"""Noun phrases for each part; each contains the part's name."""

# kind: (pitch_hz, tempo_bpm, brightness)
SOUND_DEFAULTS: dict[str, tuple[float, float, float]] = {
    "drone": (70.0, 0.0, 0.3), "chime": (1200.0, 20.0, 0.9), "ticking": (2000.0, 60.0, 0.8),
    "breathing": (180.0, 12.0, 0.3), "granular": (600.0, 0.0, 0.6), "heartbeat": (55.0, 64.0, 0.2),
    "hum": (120.0, 0.0, 0.4), "whisper": (900.0, 0.0, 0.7), "bubbles": (500.0, 90.0, 0.6),
    "wind": (300.0, 0.0, 0.5), "bells": (660.0, 30.0, 0.8), "crackle": (1500.0, 120.0, 0.7),
    "creak": (200.0, 8.0, 0.4), "choir": (330.0, 0.0, 0.6), "pulse": (100.0, 90.0, 0.5),
}  # fmt: skip
"""Each sound's (pitch_hz, tempo_bpm, brightness) in the latent spec."""

SOUND_PHRASES: dict[str, tuple[str, ...]] = {
    "drone": ("a low drone", "a drone like a far-off engine", "a drone you feel in your teeth"),
    "chime": ("a glassy chime", "one clear chime", "a chime like a spoon on a glass"),
    "ticking": ("a patient ticking", "ticking a little behind time", "a dry ticking"),
    "breathing": ("slow breathing", "breathing that is not quite yours", "careful breathing"),
    "granular": ("a granular hiss", "a granular rustle, sand on paper", "a granular shimmer"),
    "heartbeat": ("a heartbeat", "a heartbeat one size too big", "a muffled heartbeat"),
    "hum": ("a warm hum", "a hum like a fridge at night", "a contented hum"),
    "whisper": ("a whisper", "a whisper in a language of vowels", "a whisper that repeats"),
    "bubbles": ("a stream of bubbles", "bubbles rising in a glass", "bubbles popping"),
    "wind": ("a thin wind", "wind through a keyhole", "a wind from nowhere"),
    "bells": ("far-off bells", "small bells", "bells from a drowned village"),
    "crackle": ("a dry crackle", "a crackle like a record", "a crackle of static"),
    "creak": ("a creak", "a creak like an old door", "the creak of a ship"),
    "choir": ("a tiny choir", "a choir humming one note", "a choir of distant voices"),
    "pulse": ("a soft pulse", "an electronic pulse", "a pulse under the floor"),
}  # fmt: skip
"""Noun phrases for each sound; each contains the sound's name."""


def _check() -> None:
    """Fail at import if a table misses a vocabulary word (the spec is the source of truth)."""
    for table, vocab in (
        (MATERIAL_PBR, MATERIALS),
        (ARCHETYPE_SIZE, ARCHETYPES),
        (MOTION_WORDS, MOTIONS),
        (MOTION_DEFAULTS, MOTIONS),
        (MODIFIER_WORDS, MODIFIERS),
        (MODIFIER_PHRASES, MODIFIERS),
        (PART_PHRASES, PARTS),
        (SOUND_DEFAULTS, SOUNDS),
        (SOUND_PHRASES, SOUNDS),
    ):
        if set(table) != set(vocab):
            raise RuntimeError(f"lexicon out of step with figment.spec: {set(table) ^ set(vocab)}")
    for kind, phrases in MODIFIER_PHRASES.items():
        assert all(MODIFIER_WORDS[kind] in p for p in phrases), kind
    for kind, phrases in SOUND_PHRASES.items():
        assert all(kind in p for p in phrases), kind
    for part, phrases in PART_PHRASES.items():
        assert all(part in p for p in phrases), part
    assert not set(COLOURS) & set(MATERIALS), set(COLOURS) & set(MATERIALS)
    for name, size in ARCHETYPE_SIZE.items():  # a spec must accept every typical size
        assert all(SIZE_MIN_M <= v <= SIZE_MAX_M for v in size), name


_check()
