"""An animal's, a flower's or a fruit's own colour, read from its WordNet gloss.

"large feline ... having long thick whitish fur" (a snow leopard) is white; "red pear-shaped
tropical fruit" (an ackee) is crimson; "plant ... having racemes of blue-violet flowers" is
violet. A colour that names a part ("with a red throat", "black-faced", "white-tipped") says
nothing of the whole and is passed over; for a flower only the colour of its flowers counts.
The answer is a name of the colour table, or "" when the gloss names no colour of the whole.
"""

from __future__ import annotations

import re

__all__ = ["gloss_colour"]

_HUES = {
    "black": "black", "blackish": "black", "sooty": "charcoal", "dusky": "charcoal",
    "white": "white", "whitish": "white", "snowy": "white", "creamy": "ivory",
    "red": "crimson", "reddish": "vermilion", "rust": "ochre", "rusty": "ochre",
    "chestnut": "umber", "brown": "brown", "brownish": "brown", "gray": "grey", "grey": "grey",
    "grayish": "grey", "greyish": "grey", "slaty": "grey", "yellow": "lemon", "yellowish": "lemon",
    "golden": "saffron", "green": "green", "greenish": "green", "olive": "green", "blue": "blue",
    "bluish": "blue", "orange": "orange", "pink": "pink", "pinkish": "pink", "rose": "rose",
    "purple": "violet", "violet": "violet", "lilac": "lilac", "silver": "tin", "silvery": "tin",
    "tawny": "tawny", "scarlet": "scarlet", "crimson": "crimson", "buff": "sandstone",
    "tan": "tawny",
}  # fmt: skip
"""Colour words of glosses and the colour table's name for each."""

_PARTS = {
    "throat", "breast", "crest", "head", "bill", "beak", "eye", "eyes", "tail", "tails", "wing",
    "wings", "leg", "legs", "feet", "marking", "markings", "spot", "spots", "stripe", "stripes",
    "patch", "patches", "ring", "rings", "band", "bands", "tip", "tips", "belly", "underparts",
    "crown", "cap", "rump", "neck", "face", "center", "centre", "heart", "eyespots", "bar",
    "bars", "mask", "collar", "shoulders", "shoulder", "ear", "ears", "cheeks", "chin", "flanks",
    "sides", "fins", "fin", "lip", "lips", "mark", "marks", "disk", "disc", "sap", "juice",
    "pulp", "flesh", "berries", "berry", "fruit", "seeds", "spines", "underside", "lining",
    "edges", "edge", "margins", "veins", "eyelids", "muzzle", "hindquarters", "plume",
    "feathers", "tinge", "tentacles", "shells", "sauce", "flour", "sugar", "peel",
}  # fmt: skip
"""Nouns after a colour that make it a part's colour, not the whole's."""

_PART_ADJ = re.compile(
    r"(faced|headed|spotted|tipped|striped|barred|throated|breasted|backed|winged|tailed|eyed|"
    r"necked|billed|capped|crested|collared|bellied|legged|footed|finned|marked|streaked|banded|"
    r"ringed|edged|veined|centered|centred|eared|nosed|masked|rumped|crowned|fronted|cheeked|"
    r"chinned|flanked|sided|lipped|scaled|bordered|sized|shaped|like)$"
)
"""Second halves of a compound that make the colour a part's ("black-faced", "white-tipped")."""

_BETWEEN = {"and", "or", "to", "mottled", "dark", "light", "pale", "bright", "deep", "dull",
            "brilliant", "glossy", "shining", "showy", "usually", "mostly", "largely", "part"}  # fmt: skip
"""Words that may stand between a colour and the noun it colours."""

_OTHERS = {"the", "of", "like", "from", "than", "resembling"}
"""Words before a colour that make it another thing's ("like the red squirrel")."""

_FLOWERS = {"flower", "flowers", "blossoms", "blooms", "florets", "petals", "rays", "bracts",
            "heads", "flowerheads"}  # fmt: skip

_NAMES = re.compile(r"\b(Red|Black|White|Yellow|Green|Blue|Orange)(?= [A-Z])")
"""A colour in a proper name ("the Red Sea", "Black Forest") is no colour of the thing."""


def _compound(m: re.Match[str]) -> str:
    first, second = m.group(1), m.group(2)
    if second in _HUES:
        return second  # "reddish-brown" is a brown; "blue-grey" a grey
    if _PART_ADJ.match(second) or second in _PARTS:
        return "part"  # "black-faced", "white-tipped": read as a word between, not a colour
    return f"{first} {second}"


def gloss_colour(gloss: str, flowers: bool = False) -> str:
    """The colour of the whole thing the gloss describes (see the module's text), or ""."""
    text = gloss.split(";")[0].split(" (")[0]
    text = _NAMES.sub("Named", re.sub(r"`[^']*'", " ", text)).lower()
    text = re.sub(r"\b([a-z]+)-([a-z]+)\b", _compound, text)
    words = [w for w in re.findall(r"[a-z]+", text) if not _PART_ADJ.match(w)]
    for i, word in enumerate(words):
        if word not in _HUES or (i + 1 < len(words) and words[i + 1] in _HUES):
            continue  # "silvery grey" is grey: the last of a run of colours
        if i and words[i - 1] in _OTHERS:
            continue  # "descended from the red jungle fowl": another creature's colour
        j = i + 1
        while j < len(words) and (words[j] in _HUES or words[j] in _BETWEEN):
            j += 1
        after = words[j] if j < len(words) else ""
        if after in _PARTS or (flowers and after not in _FLOWERS):
            continue
        if {word, *words[i + 1 : j]} >= {"black", "white"}:
            return ""  # black-and-white (a panda, a magpie): neither colour is the whole
        return _HUES[word]
    return ""
