"""What the object holds, carries or brews: a second thing built into its mesh.

"A tortoise carrying a small forest on its back" is a tortoise with trees on top, "a bathtub
full of stars" a bathtub with stars in it, "a teapot boiling a thunderstorm" a teapot with a storm
cloud over it. The phrase after the verb names the thing; its head noun is placed like any object
(an archetype word, the noun table), and a thing nothing places is left out rather than guessed.
"""

from __future__ import annotations

import re

from figment.lexicon import COLOURS, FULL_WORDS, MADE_VERBS, MATERIAL_PBR
from figment.spec import GROUNDED_APPLIANCES, Color, Companion, ObjectSpec, Span, kind_of

from .extract import _DEFAULT_MATERIAL, _GLOWS, OWN_LIGHT, open_holder
from .families import FAMILY_INFO, own_materials
from .shapes import Shape, noun_shape
from .words import (
    BECOMES_PART,
    CARRY_VERBS,
    COLOUR_WORDS,
    COUNTED,
    DRINKS,
    FITTINGS,
    GROW_VERBS,
    MATERIAL_WORDS,
    MODIFIER_FORMS,
    PART_WORDS,
    TANGLE_VERBS,
    THING_MATERIALS,
    WEAR_VERBS,
    colours_before,
    contents,
    held_things,
    rests_on,
)

__all__ = ["MAX_COMPANIONS", "with_companions"]

MAX_COMPANIONS = 2
_MIN_CONFIDENCE = 0.5
_CARRY = CARRY_VERBS
_BREW = ("boiling", "boils", "brewing", "brews", "steaming", "cooking")
_OVERFLOW = frozenset({"overflowing", "brimming", "heaped"})
"""What holds more than it can: its things heaped over its top in a second layer."""

_PULL = ("pulling", "pulls", "towing", "tows", "dragging", "drags", "hauling", "hauls")
"""Verbs of what it draws behind it ("an ox pulling a cart", "a tugboat towing a barge")."""
_PULLED = frozenset({1283, 860, 880, 1013})
"""Builds of things that are pulled though no vehicle: a plough, a sleigh, sleds."""
_CONTAIN = ("containing", "contains", "holding inside", "trapping", "hiding")
"""Verbs of what it has inside it ("a bottle containing a tiny snowstorm")."""
_GROW = tuple(v for v in GROW_VERBS if v not in TANGLE_VERBS)
"""(What it is tangled in winds round it as strands: the ``tangled`` twist, no companions.)"""
_AROUND = ("swirling", "circling", "flying", "buzzing", "orbiting", "dancing", "fluttering",
           "swarming", "spinning", "drifting", "swimming", "darting", "gliding", "flitting",
           "hovering", "floating", "marching", "crawling", "scurrying", "running", "walking",
           "prowling", "slithering")  # fmt: skip
_PIERCING = frozenset({"pierced", "impaled", "skewered", "speared"})
"""Verbs whose things stick into it: "a shield pierced by arrows"."""
_SWARMING = ("swarming", "teeming", "buzzing", "swarmed", "infested", "overrun", "mobbed",
             "surrounded", "orbited", "circled", "encircled")  # fmt: skip
_FLIERS = frozenset({
    "bee", "honeybee", "bumblebee", "wasp", "hornet", "fly", "flie", "firefly", "fireflie",
    "moth", "butterfly", "butterflie", "dragonfly", "dragonflie", "mosquito", "mosquitoe",
    "gnat", "midge", "locust", "bat",
})  # fmt: skip
"""What a thing swarming with them (birds too, and fish, which swim round it) has flying round
it, not sitting on it (ants and beetles crawl over it)."""
_PLACE_WORDS = (
    "on",
    "in",
    "inside",
    "above",
    "under",
    "with",
    "and",
    "that",
    "which",
    "while",
    "from",
)
_PHRASE = re.compile(
    r"\b(?P<verb>{verbs})\s+(?:(?:of|with|in|by)\s+)?(?:(?:a|an|the|some|its|his|her|their|tiny|"
    r"small|little|whole|entire)\s+)*(?P<words>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){{0,3}})"
    r"(?P<tail>\s+on\s+(?:its|his|her|their)\s+(?:back|head|top|shell))?".format(
        verbs="|".join(
            (*_CONTAIN, *_CARRY, *_BREW, *_GROW, *_PULL, *sorted(set(FULL_WORDS) - set(_GROW)))
        )
    ),
    re.IGNORECASE,
)
_WITH = re.compile(
    r"\bwith\s+(?:(?:a|an|the|some|tiny|small|little|whole)\s+)*"
    r"(?P<words>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){{0,3}}?)\s+"
    r"(?:(?:\w+ing\s+)?(?:on|in)\s+(?:its|his|her|their)\s+(?:back|head|top|shell|hands?|"
    r"tentacles|arms|paws|mouth|beak|claws|trunk)|on\s+(?:it|top)\b|(?:for|as)\s+(?:a|an|its|his|her|their)\s+"
    r"(?:shell|hat|crown|roof)|(?P<out>(?:popping|peeking|poking|sticking|climbing|spilling|falling|tumbling|jumping|hopping|pouring|"
    r"marching|running|crawling|streaming|scurrying|escaping|emerging|coming|"
    r"wriggling|slithering|hatching|bursting|breaking|flying|leaping|peering)\s+out)|"
    r"(?P<around>{around})\s+(?:around|round|about|over|above|it|them)|(?P<grow>{grow})\b|"
    r"(?P<inside>(?:inside(?:\s+(?:it|them|(?:its|his|her|their)\s+[^\W\d_][\w'-]*))?|"
    r"in\s+(?:it|them))$))\b".format(grow="|".join(_GROW), around="|".join(_AROUND)),
    re.IGNORECASE,
)
"""What it has on or in a part of it ("an octopus with lanterns in its tentacles", "a tortoise
with a cottage for a shell"): carried on its top; what grows from it ("with mushrooms sprouting
from them"): small ones all over it; what circles it ("with fireflies swirling around it")."""
_DWELL = "living|nesting|hiding|sleeping|dwelling"
"""How what lives in a thing is said to be there."""
_LIVING = re.compile(
    r"(?:^|[,;]\s*|\band\s+|\bwhere\s+)(?:(?:a|an|the|some|tiny|small|little|two|three|four|"
    r"five|many)\s+)*(?P<words>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2}?)\s+"
    rf"(?:{_DWELL}|live|lives)\s+(?:inside|within|in\s+it)\b",
    re.IGNORECASE,
)
"""What lives inside it, said without "with" ("a boot made of moss, tiny frogs living inside"):
in it, as "with frogs inside"."""
_MANY_WORDS = frozenset({"mice", "geese", "children", "teeth", "feet", "lice", "oxen"})
"""Plurals that end in no s."""
_DWELLS = re.compile(rf"\b(?:{_DWELL})$", re.IGNORECASE)
"""How "with mice living inside" says they live in it (not "with a rabbit inside": in it)."""
_TRAPPED = re.compile(
    r"(?:[,;]\s*(?:with\s+)?|\b(?:and|with)\s+)(?:(?:a|an|the|some|tiny|small|little|two|three|"
    r"four|five|many)\s+)*(?P<words>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2}?)\s+(?:trapped|sealed|"
    r"caught|preserved|suspended|encased|frozen|locked|imprisoned|coiled|curled)\s+"
    r"(?:inside(?:\s+(?:it|them))?|within(?:\s+(?:it|them))?|"
    r"in\s+(?:it|them))\s*(?:$|[,;.])",
    re.IGNORECASE,
)
"""What is caught inside it ("carved from amber, with ants trapped inside"): in it, as what
lives there (only at the end of a clause: "a fly trapped inside a jar" names the jar)."""
_WITH_IN = re.compile(
    r"\bwith\s+(?:(?:a|an|the|some|one|two|three|four|five|several|many|tiny|small|little)\s+)*"
    r"(?P<words>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2})",
    re.IGNORECASE,
)
"""What a room or a place has in it ("a bedroom with a sleeping dog", "a pond with ducks"):
standing on its floor."""
_DRESSED_IN = re.compile(
    r"^(?:a|an|the)?\s*(?:[\w'-]+\s+){1,3}?in\s+(?:a|an|the|his|her|its|their)\s+"
    r"(?P<words>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2})",
    re.IGNORECASE,
)
"""What a figure or a creature wears on its head, said right after its name with "in" ("a
merchant in a turban", "a cat in a top hat"): worn on its head."""
_WITH_HELD = re.compile(
    r"\bwith\s+(?:a|an|the|his|her|its|their|one)\s+"
    r"(?P<words>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2})",
    re.IGNORECASE,
)
"""What a figure has with it that it holds ("a scarecrow with a lantern", "a knight with a
sword"): in its hand."""
_MADE = re.compile(
    r"\b(?:(?:{verbs})\s+(?:entirely\s+|only\s+)?(?:out\s+)?(?:of|from)|"
    r"of(?=\s+(?:neatly\s+)?(?:stacked|piled|heaped)\s))\s+"
    r"(?:(?:a|an|the|some|many|hundreds|thousands|of|tiny|small|little|old|neatly|stacked|broken|"
    r"rusty|glass|paper|wooden|silver|golden|[a-z]+ed|{stuffs})\s+)*(?P<words>[^\W\d_][\w'-]*s|(?:jelly|star|cuttle)?fish|"
    r"sheep|deer|squid|shrimp|mice|geese|people|children)\b".format(
        verbs="|".join(sorted(MADE_VERBS)),
        stuffs="|".join(
            sorted(w for w in (*MATERIAL_WORDS, *COLOURS, *COLOUR_WORDS) if w.isalpha())
        ),  # ("green glass bottles")
    ),
    re.IGNORECASE,
)
"""What it is built from, when that is a thing that has a shape ("stacked teacups", "old
keys", "porcelain teacups": a stuff said of them is theirs; "a pine tree of stacked teacups"):
small copies of it all over the object."""
_ON_BACK = re.compile(r"\s+on\s+(?:its|his|her|their)\s+(?:back|top|shell)\b", re.IGNORECASE)
_ON_HEAD = re.compile(
    r"\s+(?:on\s+(?:its|his|her|their)\s+head|(?:for|as)\s+(?:a|an|its|his|her|their)\s+"
    r"(?:hat|crown))\b",
    re.IGNORECASE,
)
_WEAR = WEAR_VERBS
_HOLD = ("holding", "holds", "clutching")
"""Verbs of what a creature holds: in its mouth or beak ("a fox holding a lantern")."""
_FULL = ("full", "filled", "packed", "stuffed", "crammed")
"""Words of what a thing is full of, inside it."""
_IN_MOUTH = re.compile(
    r"\s+in\s+(?:its|his|her|their)\s+(?:mouth|beak|jaws|teeth|bill|claws|talons)\b",
    re.IGNORECASE,
)
_CREATURES = {"quadruped", "bird", "serpent", "fish", "insect", "cephalopod", "whale", "snake"}
"""Families and archetypes of creatures: what they hold is in their mouth or beak."""
_HOLDERS = frozenset({1, 3, 7, 21, 130, 135, 148, 188, 192, 197, 198, 239, 249, 290, 298, 309,
                      341, 397, 414, 418, 423, 426, 427, 436, 438, 443, 467, 489, 500, 501,
                      502, 543, 544, 558, 560, 562, 600, 614, 624, 631, 641})  # fmt: skip
"""The device family's appliances that hold things inside them (a fridge, a dumpster, a bird
cage): "a birdcage holding a parrot" has it in there."""
_FEATURES = {
    "beard", "beards", "moustache", "moustaches", "mustache", "mustaches", "nose", "noses", "ear",
    "ears", "tongue", "tongues", "lips", "lip", "mouth", "foot", "feet", "toe", "toes", "hair",
    "finger", "fingers",
}  # fmt: skip
"""A body's own features: "a wizard with a long beard" grows it, he does not hold one."""

_MANY = {"fruit", "food", "candy", "sweets", "fish", "treasure", "popcorn"}
"""Words for several things at once ("a bowl of fruit")."""
_HEADWEAR = ("crown", "mask")


def _worn_on_head(shape: Shape) -> bool:
    """Whether a thing worn is worn on the head (a hat, a helmet, a crown, a mask)."""
    return (
        shape.family == "hat"
        or (not shape.family and shape.archetype in _HEADWEAR)
        or kind_of(shape.family, shape.params) == "hat"
    )


_PONDS = frozenset({"puddle", "pool", "pond", "lake", "sea", "river"})
"""Waters that may be of another stuff ("a puddle of oil")."""
_POOLS = frozenset({"honey", "water", "ink", "chocolate", "lava", "berries", "porcelain"})
"""Stuffs that flow: what floats on one floats on a pool of it (porcelain is milk's look)."""
_SUPPORTS = {"stand": "column", "base": "column", "pot": "flowerpot", "planter": "flowerpot"}
"""What a thing stands on that its noun alone would read otherwise: "a microphone on a stand"
stands on a plain column, not a market stand (a pedestal has its vase); "a lemon tree in a
terracotta pot" grows in a flowerpot, not a cooking pot."""

_GROUPS = {
    "forest": ("tree", 5), "woods": ("tree", 5), "wood": ("tree", 4), "grove": ("tree", 4),
    "orchard": ("tree", 4), "jungle": ("tree", 5), "garden": ("flower", 5), "meadow": ("flower", 5),
    "flock": ("bird", 5),
    "storm": ("cloud", 1), "thunderstorm": ("cloud", 1), "raincloud": ("cloud", 1),
    "snowstorm": ("cloud", 1), "blizzard": ("cloud", 1),
    "galaxy": ("star", 6), "sky": ("star", 6), "constellation": ("star", 6),
    "people": ("person", 3), "folk": ("person", 3), "townsfolk": ("person", 3),
    "crowd": ("person", 5),
}  # fmt: skip
"""Words for many things, or for weather: what each is built as, and how many."""
_OPEN = frozenset({
    "boat", "wheeled", "hat", "footwear", "vessel", "container", "flower", "seat", "furniture",
    "garment", "cup", "teapot", "vase", "bottle", "lantern", "aircraft", "bed",
})  # fmt: skip
"""Kinds of thing open to what is in them (a boat, a hat, a shoe, a pram, a flower)."""
_SHOWN = frozenset(
    {
        "bottles",
        "barrels",
        "kegs",
        "casks",
        "forks",
        "tusks",
        "skulls",
        "cans",
    }
)
"""Things that are a stuff where a thing is made of them (glass, wood, bone, tin) whose copies
also cover it, as a thing built from teacups is (a pine tree made of bottles)."""
_GLOWING = {"firefly": "light", "fireflies": "light", "glowworm": "light", "glowworms": "light"}
"""Things whose own stuff is their light."""
_STORMY = {"storm": "smoke", "thunderstorm": "smoke", "raincloud": "smoke"}
"""Weather whose cloud is dark grey, not a fair-weather white."""
_DEFAULT = {"star": "light", "cloud": "cloud"}
"""A companion's own stuff where it differs from its archetype's as an object (a star that
holds light, a storm cloud)."""


def _head(words: str) -> tuple[str, int]:
    """The head noun of a short phrase (the last word before a preposition or a verb's "-ing":
    "forest growing on its shell"), and its offset."""
    out, end = "", 0
    for m in re.finditer(r"[^\W\d_][\w'-]*", words):
        if m.group().lower() in _PLACE_WORDS or (out and m.group().lower().endswith("ing")):
            break
        out, end = m.group(), m.end()
    return out, end


_CONTRAST = {"paper": "leather", "wood": "brass", "glass": "crystal", "stone": "marble",
             "iron": "brass", "gold": "silver", "silver": "gold", "porcelain": "gold"}  # fmt: skip
"""Another stuff for things the object is built from when theirs is its own and it has no
other: a giraffe made of stacked books (paper) shows books in leather covers."""


def _stuff(shape: Shape, own: str, spec: ObjectSpec, apart: bool = False) -> str:
    """A companion's material: its own (``own``, when its word says), else its shape's usual
    one, unless that is the object's own stuff (boats of wood in a wooden tub would not show)
    and the companion is not ``apart`` from it (a rock under a stone castle is a rock)."""
    kind = own_materials(shape.family or f"@{shape.archetype}", shape.params)  # a sun's fire
    stuff = own or (
        kind[0]
        if kind
        else FAMILY_INFO[shape.family].materials[0]
        if shape.family
        else _DEFAULT.get(shape.archetype) or _DEFAULT_MATERIAL.get(shape.archetype, "")
    )
    if stuff == spec.materials[0].made_of and not apart:
        stuff = next(
            (m.made_of for m in spec.materials[1:] if m.made_of != stuff),
            _CONTRAST.get(stuff, ""),
        )
    return stuff


def _colour_in(words: str, gems: bool = False) -> Color | None:
    """The colour a few words say ("green potion": green), or None; with ``gems``, only a gem's
    ("rubies": ruby red). A metal's word is its stuff, not a colour ("a silver sword")."""
    for w in re.findall(r"[a-z]+", words.lower()):
        if w.endswith("ies") and w[:-3] + "y" in _GEMS:  # "rubies": ruby red
            w = w[:-3] + "y"
        elif w.endswith("s") and w[:-1] in _GEMS:  # "emeralds"
            w = w[:-1]
        if (gems and w not in _GEMS) or MATERIAL_PBR.get(
            MATERIAL_WORDS.get(w, ""), _MATTE
        ).metallic:
            continue
        name = w if w in COLOURS else COLOUR_WORDS.get(w)
        if name in COLOURS:
            r, g, b = COLOURS[name]
            return Color(r=r, g=g, b=b)
    return None


_GEMS = {"ruby", "emerald", "sapphire", "amethyst"}
"""Gems whose name is their colour: what is studded with them shows it."""
_MATTE = MATERIAL_PBR["clay"]


def _coat(shape: Shape) -> Color | None:
    """A thing's natural colour when nothing is said of it ("oranges" are orange), or None."""
    if not shape.coat:
        return None
    r, g, b = COLOURS[shape.coat]
    return Color(r=r, g=g, b=b)


def _said_stuff(words: str) -> str:
    """The first stuff a phrase's words name ("a golden throne": gold; two words before one:
    "jelly beans" are sugar), or ""."""
    ws = re.findall(r"[a-z]+", words.lower())
    for i, w in enumerate(ws):
        pair = " ".join(ws[i : i + 2])
        if pair in MATERIAL_WORDS or w in MATERIAL_WORDS:
            return MATERIAL_WORDS.get(pair) or MATERIAL_WORDS[w]
    return ""


_SOUP = 20
"""The fruit family's ``dish`` that is a bowl of soup: held by a bowl or pot, it fills it."""


def _soup(shape: Shape) -> bool:
    """Whether a shape is a bowl of soup (``_SOUP``): what holds it is filled with it."""
    return shape.family == "fruit" and shape.params.get("dish") == _SOUP


def _spark(place: str) -> Companion:
    """Fireflies: sparks of yellow-green light (as pale beetles sitting on the floor they
    neither glowed nor flew)."""
    return Companion(archetype="orb", place=place, count=14, made_of="light", scale=0.06,
                     color=Color(r=0.8, g=1.0, b=0.35))  # fmt: skip


def _bubbles(place: str) -> Companion:
    """Soap bubbles, nine round ones, in it or round it."""
    return Companion(archetype="orb", place=place, count=9, made_of="bubbles", scale=0.3)


def _held(shape: Shape, word: str, count: int, spec: ObjectSpec) -> Companion:
    """A thing a container holds, in its opening, in the thing's own stuff (pumpkins are
    orange, as the word's own material says); fireflies, sparks of light."""
    if word in _GLOWING:
        return _spark("in")
    own = MATERIAL_WORDS.get(word, "")
    return Companion(
        archetype=shape.archetype,
        family=shape.family,
        params=shape.params,
        place="in",
        count=count,
        made_of=_stuff(shape, own, spec),
        scale=0.4 if count > 1 else 0.6,
    )


def with_companions(spec: ObjectSpec, text: str, wish_chars: int = 0) -> ObjectSpec:
    """The spec with the things its words say it holds, carries or brews (at most
    ``MAX_COMPANIONS``), each in its own material; only the person's own words (the first
    ``wish_chars`` characters) when there are any."""
    said = text[:wish_chars] if wish_chars else text
    taken = [(s.start, s.end) for s in spec.spans if s.field in ("archetype", "family")]
    spans = list(spec.spans)
    companions: list[Companion] = []
    for start, end, stuff, container in contents(said):  # "a jar of honey": honey to its brim
        if any(a <= container < b for a, b in taken):  # the object's own, not a cup it holds
            companions.append(
                Companion(
                    archetype="orb", place="fill", made_of=stuff, scale=1.0,
                    color=_colour_in(said[start:end]),
                )
            )  # fmt: skip
            spans.append(Span(field="companions[0]", start=start, end=end))
            break
    inside: set[int] = set()  # "a basket of eggs", "a pot with a sunflower": in its opening
    for start, end, word, container, full in held_things(said):
        shape = noun_shape(word, embed=False)
        if (
            not any(a <= container < b for a, b in taken)
            or shape.source == "fallback"
            or shape.confidence < _MIN_CONFIDENCE
            or word in PART_WORDS
            or word in FITTINGS
            or len(companions) == MAX_COMPANIONS
        ):
            continue
        many = full or word in _MANY or (word.endswith("s") and not word.endswith("ss"))
        heaped = many and any(w in said[container:start].lower() for w in _OVERFLOW)
        held = _held(shape, word, 9 if heaped else 5 if many else 1, spec)
        colour = (
            _colour_in(said[colours_before(said, start) : start])
            or _colour_in(word, gems=True)  # "full of rubies": red
            or (None if held.made_of in MATERIAL_WORDS.values() and word in MATERIAL_WORDS
                else _coat(shape))  # its own colour: "a crate of oranges" holds orange ones
        )  # fmt: skip
        if _soup(shape):  # "a bowl of borscht": soup to its brim, in the soup's colour
            held = Companion(archetype="orb", place="fill", made_of=held.made_of, scale=1.0)
        companions.append(held.model_copy(update={"color": colour}))
        spans.append(Span(field=f"companions[{len(companions) - 1}]", start=start, end=end))
        inside.add(start)
    for start, end, head in rests_on(said):  # what it rests or floats on: one thing, under it
        noun, _ = _GROUPS.get(head.lower(), (_SUPPORTS.get(head.lower(), head.lower()), 0))
        pool = DRINKS.get(noun) or MATERIAL_WORDS.get(noun, "")
        if noun in _PONDS and (of := re.match(r"\s+of\s+([^\W\d_][\w'-]*)", said[end:])):
            pool = DRINKS.get(of.group(1).lower()) or MATERIAL_WORDS.get(of.group(1).lower(), "")
        pool = pool if pool in _POOLS else ""  # "floating on honey": a pool of it
        shape = noun_shape("puddle" if pool else noun, embed=False)
        if (
            shape.source == "fallback"
            or shape.confidence < _MIN_CONFIDENCE
            or noun in PART_WORDS
            or head.lower() in _PLACE_WORDS
            or any(a <= start < b for a, b in taken)
            or len(companions) == MAX_COMPANIONS
        ):
            continue
        companions.append(
            Companion(
                archetype=shape.archetype,
                family=shape.family,
                params=shape.params,
                place="under",
                # its own stuff even where the object shares it: a stone castle on a rock; the
                # stuff its words give it ("on a golden throne")
                made_of=pool
                or _stuff(
                    shape, _STORMY.get(noun, "") or _said_stuff(said[start:end]), spec, apart=True
                ),
                scale=1.0,
            )
        )
        spans.append(Span(field=f"companions[{len(companions) - 1}]", start=start, end=end))
        inside.update((start, end - len(head)))  # (no phrase reads it again: "cooking over a
        # campfire" is not brewing one)
        break
    found = [
        (m, m.group("verb").lower())
        for m in _PHRASE.finditer(said)
        # "a stuffed teddy bear": said right after its article, a full word is how it is made
        if not re.search(r"\b(?:a|an|the)\s+$", said[: m.start()], re.IGNORECASE)
    ]
    found += [
        (m, "lives" if m.group("inside") and _DWELLS.search(m.group("words")) else
         "out" if m.group("out") or m.group("inside") else
         "grow" if m.group("grow") else "around" if m.group("around") else "with")
        for m in _WITH.finditer(said)
    ]  # fmt: skip
    found += [(m, "made") for m in _MADE.finditer(said)]
    found += [(m, "lives") for m in (*_LIVING.finditer(said), *_TRAPPED.finditer(said))]
    figure = spec.family == "biped"
    creature = (
        spec.family in _CREATURES
        or (not spec.family and spec.archetype in _CREATURES)
        or kind_of(spec.family, spec.params) in _CREATURES  # of its own build: a crow
    )
    holder = (
        spec.family in ("container", "vessel", "cabinet")
        or (not spec.family and spec.archetype in ("lantern", "cup", "vase", "bottle", "teapot"))
        or (spec.family == "device" and int(spec.params.get("appliance", 0)) in _HOLDERS)
    )
    place_like = (
        spec.family == "device" and int(spec.params.get("appliance", 0)) in GROUNDED_APPLIANCES
    )
    opens = kind_of(spec.family, spec.params) in _OPEN or (
        not spec.family and spec.archetype in _OPEN
    )  # what lives in a boat, a hat, a shoe or a flower is in it, not behind a doorway
    if place_like:
        found += [(m, "within") for m in _WITH_IN.finditer(said)]  # in a room or a place
    if figure or creature:  # "a scarecrow with a lantern": held in its hand; "a frog with a
        # crown": worn on its head
        found += [(m, "held") for m in _WITH_HELD.finditer(said)]
        found += [(m, "dressed") for m in _DRESSED_IN.finditer(said)]
    for m, verb in sorted(found, key=lambda f: f[0].start()):
        if verb in _CARRY and re.search(r"\b(?:of|from)\s*$", said[: m.start()]):
            continue  # "made of playing cards": what it is made of, not what it plays
        if verb in ("held", "within") and any(
            f[0].start("words") == m.start("words") for f in found if f[1] != verb
        ):
            continue  # another phrase already reads it ("with a hat on its head")
        said_words = m.group("words")
        if verb in _PULL:  # "a mule pulling a cart of apples": the cart
            said_words = re.split(r"\s+of\s+", said_words)[0]
        head, end = _head(said_words)
        start = m.start("words") + end - len(head)
        if (
            not head
            or (head.lower() in COLOURS and verb not in (*_CARRY, "held"))  # (a rose is held)
            or any(a < start + 1 <= b for a, b in taken)
        ):
            continue
        if start in inside or len(companions) == MAX_COMPANIONS:
            continue
        if (
            head.lower() in ("bubbles", "air bubbles")
            and verb != "made"
            and not any(c.made_of == "bubbles" for c in companions)  # (full of it: filled)
        ):  # "a jelly frog with bubbles inside": round bubbles in its heart; "surrounded by
            # bubbles", "covered in bubbles": round it
            within = ("inside" in m.groupdict() and bool(m.group("inside"))) or verb in _FULL
            companions.append(_bubbles("in" if within else "around"))
            spans.append(Span(field=f"companions[{len(companions) - 1}]", start=start,
                              end=start + len(head)))  # fmt: skip
            inside.add(start)
            continue
        noun, many = _GROUPS.get(head.lower(), (head.lower(), 0))
        shape = noun_shape(noun, embed=False)
        said_of = re.search(r"([^\W\d_][\w'-]*)\s+$", said[:start])  # "paper lanterns"
        before = said_of.group(1).lower() if said_of else ""
        named = noun_shape(f"{before} {noun}", embed=False) if before else shape
        if named.noun in (f"{before} {noun}", f"{before} {shape.noun}"):  # a thing named by two
            # words: "a pirate hat", "sea anemones"
            shape = named
        if shape.source == "fallback" or shape.confidence < _MIN_CONFIDENCE:
            continue
        if verb in _PULL and not (
            kind_of(shape.family, shape.params) in ("wheeled", "boat")
            or int(shape.params.get("appliance", 0)) in _PULLED
        ):
            continue  # "a dentist pulling a tooth", "a man pulling a lever": nothing behind
        grows = verb == "grow" or verb in _GROW
        after = said[start + len(head) : start + len(head) + 24]  # "on its head", "for a hat"
        # grown on its back ("a tortoise growing a forest on its back"): carried there, whole
        on_back = grows and _ON_BACK.match(after) is not None
        if on_back:
            grows = False
            verb = "carrying"
        if (verb == "made" or grows) and (
            noun in MATERIAL_WORDS or noun in PART_WORDS or many
            or THING_MATERIALS.get(noun) in COUNTED
            or (verb == "made" and noun in THING_MATERIALS and noun not in _SHOWN)
            # (copper pipes: brass; green glass bottles: glass, and bottles all over it)
        ):  # fmt: skip
            continue  # stuff the surface shows, a part, or the small things the mesh stage
            # covers it in (keys, books): not things to build it from
        if verb == "held" and (
            noun in MATERIAL_WORDS
            or noun in PART_WORDS
            or noun in FITTINGS
            or noun in _FEATURES
            or kind_of(shape.family, shape.params) == "garment"
        ):
            continue  # "with a red cape", "with long legs", "with a long beard": not a thing
            # in its hand
        if verb == "dressed" and not _worn_on_head(shape):
            continue  # "a man in a car": not what he wears
        if f"{before} {noun}" in MATERIAL_WORDS and noun not in _SHOWN:
            continue  # "jelly beans" are a stuff (sugar), not beans (tin cans are both)
        if (verb in FULL_WORDS and noun in MATERIAL_WORDS) or noun in DRINKS:
            continue  # "a goblet overflowing with honey": stuff, not things (honey was a person);
            # a drink is not the plant or thing its word also names ("steaming tea": tea bushes)
        place = (
            "head" if verb == "dressed"  # "a merchant in a turban": on his head
            else "behind" if verb in _PULL  # "an ox pulling a cart": the cart behind it
            else "around" if verb in ("orbited", "circled", "encircled")
            else "around" if verb in _SWARMING and (
                kind_of(shape.family, shape.params) in ("bird", "fish")
                or noun.rstrip("s") in _FLIERS
            )
            # ("swarming with bees": they fly round it, they do not sit on it)
            else "over" if verb == "made" or grows  # built from them, or grown all over it
            else "around" if verb == "around"
            else "above" if verb in _BREW
            else "hand" if figure and (verb == "held" or verb in _CARRY) and not _ON_BACK.match(after)
            # (a creature holds a thing in its mouth or beak; what it carries is on its back)
            else "hand" if creature and (verb in _HOLD or _IN_MOUTH.match(after))
            else "in" if holder and verb in _HOLD  # "a birdcage holding a bird": in it
            else "in" if verb == "within"
            else "on" if verb == "lives" and kind_of(spec.family, spec.params) in ("tree", "shrub")
            # (birds nesting in a tree sit in its branches, not in holes in it)
            else "within" if verb == "lives" and not holder and not place_like and not opens and (
                shape.family in (*_CREATURES, "biped")
                or kind_of(shape.family, shape.params) in _CREATURES
            )  # a creature living in it: in a thing with no opening, peeking out of holes in
            # it (a trumpet of coral with tiny fish inside; a town in a shell stays in it)
            else "on" if verb in (*_CARRY, "with", "held")
            else "in"  # full of them, or popping out of its top
        )  # fmt: skip
        if _soup(shape) and holder and place in ("above", "in"):
            place = "fill"  # "a bowl of steaming gumbo": soup to its brim, not a bowl over it
        if before in _GLOWS:  # glowing mushrooms are light; a lantern's glow is its own flame
            own_word = "light" if noun not in OWN_LIGHT else ""
        elif before in MODIFIER_FORMS or before.endswith("ing"):
            own_word = ""  # a state's word, not a stuff's: "burning candles" are lit wax
        else:
            own_word = MATERIAL_WORDS.get(f"{before} {noun}") or MATERIAL_WORDS.get(before, "")
            two = re.search(r"([^\W\d_][\w'-]*)\s+[^\W\d_][\w'-]*\s+$", said[:start])
            if two and MATERIAL_WORDS.get(two.group(1).lower()) == "rust":
                own_word = "rust"  # "rusty tin cans": rusted cans (their green labels hid it)
        stuff_of = _GLOWING.get(noun, "") or _STORMY.get(head.lower(), "") or own_word
        if place in ("on", "hand") and (
            _ON_HEAD.match(after) or ((verb in _WEAR or verb == "held") and _worn_on_head(shape))
        ):
            place = "head"
        elif verb in _WEAR or (verb == "held" and not figure):
            continue  # boots or a scarf cannot be put on it: not a pile of them on its back
            # (nor is "a dog with a bone" holding it)
        plural = (noun.endswith("s") and not noun.endswith("ss")) or noun in _MANY_WORDS
        # (what it holds or wears is its own thing: a knight's sword is steel like his armour)
        stuff = _stuff(
            shape,
            stuff_of,
            spec,
            apart=place in ("hand", "head")
            or bool(own_word)
            or (verb == "made" and bool(shape.coat)),
        )  # (things of a natural colour it is built from keep their stuff, now its own: nuts
        # are wood; teacups on a porcelain giraffe are gold so they show)
        companions.append(
            Companion(
                color=_colour_in(before)
                or _colour_in(head, gems=True)  # "with rubies": red
                or (None if own_word or stuff_of else _coat(shape)),  # a lemon's yellow
                archetype="orb" if place == "fill" else shape.archetype,
                family="" if place == "fill" else shape.family,
                params={} if place == "fill" else shape.params,
                place=place,
                count=many
                or {"over": 10 if grows else 16, "around": 7}.get(place)
                or (9 if verb in _OVERFLOW else 5 if verb in FULL_WORDS else 3 if plural else 1),
                made_of=stuff,
                scale={
                    "fill": 1.0,
                    "above": 0.55,
                    "head": 0.25,
                    "in": 0.4 if plural else 0.6,
                    "over": 0.16 if grows else 0.15,  # (at a tenth, crabs and records were specks)
                    "around": 0.16,
                    "hand": 0.3,
                    "behind": 0.9,
                }.get(place, 0.4 if many else 0.3),
            )
        )
        if noun in _GLOWING and place != "fill":
            companions[-1] = _spark(place)
        if verb in _PIERCING:  # a few big ones stuck in it (sixteen specks did not read)
            companions[-1] = companions[-1].model_copy(
                update={"count": many or (4 if plural else 1), "scale": 0.45}
            )
        if len(spans) < 64:
            k = len(companions) - 1
            spans.append(Span(field=f"companions[{k}]", start=start, end=start + len(head)))
        if len(companions) == MAX_COMPANIONS:
            break
    becomes = _INTO_THING.search(said)
    if becomes is not None and len(companions) < MAX_COMPANIONS:  # "a chair turning into a
        # tree": the tree rising out of its top, in its stuff, as its top comes apart
        head, end = _head(becomes.group("words"))
        start = becomes.start("words") + end - len(head)
        shape = noun_shape(head.lower(), embed=False) if head else None
        pair = becomes.group("words")[:end].split()[-2:]
        if len(pair) == 2 and " " in (two := noun_shape(" ".join(pair).lower(), embed=False)).noun:
            shape = two  # a thing named by two words: "paper cranes"
        if (
            shape is not None
            and shape.source != "fallback"
            and shape.confidence >= _MIN_CONFIDENCE
            and head.lower() not in BECOMES_PART
            and head.lower() not in MATERIAL_WORDS
            and head.lower() not in PART_WORDS
            and head.lower() not in _NOT_BECOME
            and kind_of(shape.family, shape.params) not in ("building", "sheet", "lump")
            and int(shape.params.get("appliance", 0)) not in GROUNDED_APPLIANCES
            and not any(a <= start < b for a, b in taken)
        ):
            many = head.lower().endswith("s") and not head.lower().endswith("ss")
            companions.append(
                Companion(archetype=shape.archetype, family=shape.family, params=shape.params,
                          place="on", made_of=spec.materials[0].made_of,
                          scale=0.4 if many else 0.6, count=3 if many else 1)
            )  # fmt: skip
            spans.append(
                Span(field=f"companions[{len(companions) - 1}]", start=start, end=start + len(head))
            )
    rain = next(  # "in the rain" (the parse's raining twist said with in or under)
        (
            sp
            for sp in spec.spans
            if sp.field.endswith("].kind")
            and sp.field.startswith("modifiers[")
            and spec.modifiers[int(sp.field[10 : sp.field.index("]")])].kind == "raining"
            and re.match(r"(?:in|under)\b", said[sp.start : sp.end], re.IGNORECASE)
        ),
        None,
    )
    if rain is not None and len(companions) < MAX_COMPANIONS:  # a raincloud over it (the
        cloud = noun_shape("cloud", embed=False)  # drops are the twist's)
        companions.append(
            Companion(archetype=cloud.archetype, family=cloud.family, params=cloud.params,
                      place="above", made_of="smoke", scale=0.7)
        )  # fmt: skip
        spans.append(
            Span(field=f"companions[{len(companions) - 1}]", start=rain.start, end=rain.end)
        )
    amid = _AMID_BUBBLES.search(said)  # "floating among bubbles": bubbles round it
    if (
        amid is not None
        and len(companions) < MAX_COMPANIONS
        and not any(c.made_of == "bubbles" for c in companions)
    ):
        companions.append(_bubbles("around"))
        spans.append(Span(field=f"companions[{len(companions) - 1}]", start=amid.start(),
                          end=amid.end()))  # fmt: skip
    case = _case(said, taken) or _holder(said, taken, spec)
    if (
        case is not None
        and len(companions) < MAX_COMPANIONS
        and not any(s.start <= case[1] < s.end for s in spans if s.field.startswith("compan"))
    ):
        companions.append(case[0])
        spans.append(Span(field=f"companions[{len(companions) - 1}]", start=case[1], end=case[2]))
    if not companions:
        return spec
    return ObjectSpec.model_validate({**dict(spec), "companions": companions, "spans": spans})


_AMID_BUBBLES = re.compile(
    r"\b(?:among|amid|amidst|through|in|within)\s+(?:a\s+|the\s+)?(?:cloud|sea|swarm|shower|"
    r"rain|stream|storm|haze|flurry|froth)?\s*(?:of\s+)?(?:soap\s+|air\s+|floating\s+)?bubbles\b",
    re.IGNORECASE,
)
"""Bubbles a thing floats or drifts among ("a seahorse floating among bubbles")."""

_CASES = {
    "jar": ("jar", "glass"), "glass jar": ("jar", "glass"), "mason jar": ("jar", "glass"),
    "specimen jar": ("jar", "glass"), "bottle": ("bottle", "glass"), "vial": ("bottle", "glass"),
    "cage": ("cage", "iron"), "birdcage": ("cage", "iron"), "bird cage": ("cage", "iron"),
    "bell jar": ("snow globe", "glass"), "glass dome": ("snow globe", "glass"),
    "glass case": ("snow globe", "glass"), "cloche": ("snow globe", "glass"),
    "dome": ("snow globe", "glass"), "snow globe": ("snow globe", "glass"),
    "bubble": ("snow globe", "bubbles"), "fishbowl": ("fishbowl", "glass"),
    "fish bowl": ("fishbowl", "glass"), "aquarium": ("fishbowl", "glass"),
    "fish tank": ("fishbowl", "glass"), "terrarium": ("fishbowl", "glass"),
}  # fmt: skip
"""What a thing can be shut inside, seen round it: the shape it takes and its stuff."""
_CASE = re.compile(
    r"^(?:\s+(?:" + "|".join(sorted(MADE_VERBS)) + r")\s+(?:of|from)(?:\s+[^\W\d_][\w'-]*){1,3})?,?"
    r"(?:\s+[a-z]+ing)?\s+(?:in|inside|within|under|trapped in|kept in|sealed in)\s+(?:a|an|the)\s+"
    r"(?:(?:small|little|big|large|old|tiny|giant|cracked|dusty|rusty|golden|iron|glass)\s+)?"
    r"(?P<case>" + "|".join(sorted(_CASES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _case(said: str, taken: list[tuple[int, int]]) -> tuple[Companion, int, int] | None:
    """What the object is shut inside, said right after it or after what it is made of ("a
    brain in a jar", "a fairy trapped in a bottle", "a dragonfly carved from amber, trapped in
    a bubble"): the holder round it, and its span."""
    if not taken or (m := _CASE.match(said[taken[0][1] :])) is None:
        return None
    end = taken[0][1]
    shape_of, stuff = _CASES[m.group("case").lower()]
    shape = noun_shape(shape_of, embed=False)
    held = Companion(
        archetype=shape.archetype, family=shape.family, params=shape.params, place="case",
        made_of=stuff, scale=1.0,
    )  # fmt: skip
    return held, end + m.start("case"), end + m.end("case")


_NOT_BECOME = frozenset({"puddle", "puddles", "pool", "river", "stream", "lake", "pond", "sea",
                         "ocean", "colours", "colors", "pieces", "bits", "two", "three", "halves",
                         "driveway", "road", "street", "house", "room", "ash", "ashes",
                         "dust", "sand", "confetti", "smoke", "mist", "steam"})  # fmt: skip
"""What a thing "turns into" that is no thing rising out of it: a puddle, its pieces, a road."""
_INTO_THING = re.compile(
    r"\b(?:turning|turns|turned|transforming|transforms|morphing|morphs|changing|changes|"
    r"becoming|becomes|dissolving|dissolves|melting|melts|unfolding|unfolds|folding|folds|"
    r"exploding|explodes)\s+into\s+(?:(?:a|an|the|one|some|"
    r"many|tiny|small|little|flying)\s+)*"
    r"(?P<words>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2})",
    re.IGNORECASE,
)
"""What the object turns into when that is one thing ("a teapot turning into a cat")."""
_IN_HOLDER = re.compile(
    r"^(?:\s+[a-z]+ing)?\s+(?:in|inside|within)\s+(?:a|an|the|its|his|her|their)\s+"
    r"(?P<words>(?:[^\W\d_][\w'-]*\s+){0,2}?)(?P<head>[^\W\d_][\w'-]*)\s*(?:[,.;!]|$)",
    re.IGNORECASE,
)


def _holder(
    said: str, taken: list[tuple[int, int]], spec: ObjectSpec
) -> tuple[Companion, int, int] | None:
    """The open thing the object sits in, said right after it and ending the wish ("a black
    hole in a teacup", "a kitten in a basket", "a goldfish in a bowl"): a cup, a vessel or a
    container of the noun table round its lower part, in that thing's own stuff (or the one
    its words say: "in a porcelain teacup"), and its span."""
    if not taken or (m := _IN_HOLDER.match(said[taken[0][1] :])) is None:
        return None
    end = taken[0][1]
    words = (m.group("words") + m.group("head")).strip()
    shape, start = noun_shape(m.group("head"), embed=False), m.start("head")
    last = words.rsplit(" ", 1)[-1]
    if " " in words and (two := noun_shape(" ".join(words.split()[-2:]), embed=False)).noun == (
        " ".join(words.lower().split()[-2:])
    ):  # a thing named by two words: "a soup bowl"
        shape, start = two, m.end("head") - len(" ".join(words.split()[-2:]))
    if (
        shape.source == "fallback"
        or shape.confidence < _MIN_CONFIDENCE
        or last.lower() in PART_WORDS
        or not open_holder(shape)
    ):
        return None
    held = Companion(
        archetype=shape.archetype, family=shape.family, params=shape.params, place="holder",
        made_of=_stuff(shape, _said_stuff(m.group("words")), spec, apart=True), scale=1.0,
        color=_colour_in(m.group("words")),
    )  # fmt: skip
    return held, end + start, end + m.end("head")
