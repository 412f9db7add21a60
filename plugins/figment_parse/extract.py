"""Reading an object out of text with the lexicon: every named value, with the span it came from.

Deterministic and fast (well under a millisecond per paragraph). It finds the archetype (the
first object word that is not a place: "floating above the *table*" is where, not what), the
materials with the colours said next to them, parts, modifiers, motions, sounds and a size
word, and turns the names into numbers with the tables of ``figment.lexicon``. What it cannot find
it leaves empty for the language model to choose (see ``constrained``), and ``evidence`` says
how much the text actually named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from figment.lexicon import (
    ARCHETYPE_SIZE,
    COLOURS,
    FULL_WORDS,
    MADE_VERBS,
    MATERIAL_PBR,
    MOTION_DEFAULTS,
    SOUND_DEFAULTS,
)
from figment.spec import (
    SIZE_MAX_M,
    SIZE_MIN_M,
    Color,
    Material,
    Modifier,
    Motion,
    ObjectSpec,
    SoundDescriptor,
    Span,
    Vec3,
    kind_of,
)

from .families import FAMILY_INFO, own_materials
from .shapes import (
    FRUIT_TREES,
    PORTIONS,
    Shape,
    dwelling,
    find_shape,
    noun_shape,
    param_words,
    table_target,
)
from .words import (
    ARCHETYPE_WORDS,
    BECOMES_PART,
    BECOMING_WORDS,
    COLOUR_WORDS,
    COUNTED,
    DRINKS,
    FITTINGS,
    GROW_VERBS,
    INTO_MATERIAL,
    MATERIAL_WORDS,
    MODIFIER_FORMS,
    MOTION_FORMS,
    PART_WORDS,
    PATTERN_WORDS,
    SHED_WORDS,
    SIZE_FORMS,
    SOUND_WORDS,
    THING_MATERIALS,
    THING_STUFF,
    UNMAKING,
    WHOLE_FORMS,
    carried,
    colours_before,
    contents,
    held_things,
    rests_on,
)

__all__ = ["Found", "build_spec", "find", "find_object", "wish_first"]

_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")
_PLACE = {"above", "below", "under", "over", "beside", "behind", "near", "on", "onto", "upon",
          "across", "atop", "by", "inside", "into", "through", "beneath", "around", "from", "against",
          "toward", "towards", "past"}  # fmt: skip
_GROW = {"covered", "studded", "dotted", "lined", "fringed", "grows", "growing", "sprouting",
         "sprouts", "full", "edged", "blinking", "teeming"}  # fmt: skip
_NOT_ITS = {"no", "without", "not", "never", "nor", "lacks", "lacking", "your", "my", "his",
            "her", "their", "our"}  # fmt: skip
"""Words before a part or modifier that say the object does not have it ("a mask with no
eyes", "not melting") or that it belongs to someone else ("your eyes")."""
_DETERMINERS = {"a", "an", "the", "some", "its", "his", "her", "their", "my", "your", "two",
                "three", "tiny", "little", "small"}  # fmt: skip
"""Words that begin a thing's name: "steaming a storm" brews a thing, "steaming" alone sheds."""
_SOUND_CUE = {"sound", "sounds", "hear", "hears", "heard", "makes", "making", "with", "of",
              "like", "a", "an", "its", "soft", "low", "faint", "slow", "quiet", "loud"}  # fmt: skip
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "twelve": 12, "dozen": 12, "dozens": 24, "hundreds": 64,
            "hundred": 64, "thousands": 64, "countless": 48, "many": 16}  # fmt: skip
_AS_MATERIAL = {
    "clock": "clockwork", "cloud": "cloud", "crystal": "crystal", "feather": "feathers",
    "shell": "pearl", "star": "starlight", "candle": "wax", "book": "paper", "moon": "starlight",
    "mirror": "chrome", "bell": "brass", "key": "iron", "egg": "porcelain", "orb": "glass",
    "umbrella": "fabric", "flower": "velvet", "snake": "scales",
}  # fmt: skip
"""An object named after "made of" is a material: "a whale made of clocks" is clockwork (other
archetypes are made of their default material: "a horse built from old doors" is wood)."""
_ALSO_A_THING = {"straw"}
"""Stuff words that, said with "a" and no noun after them, are one thing ("with a straw")."""
_AS_COLOUR = {"umbrella": "charcoal", "jellyfish": "lilac"}
_DARK_COATS = {"black", "charcoal"}
"""Coats a bird's beak, legs and tail (its second material) take the colour of (a crow)."""
"""Things whose material has a colour of its own: umbrellas are dark cloth, a jellyfish's jelly
is lilac glass (as clear glass a lantern made of jellyfish read as a plain glass lantern)."""
_THING_FAMILIES = frozenset(
    ("vessel", "furniture", "seat", "cabinet", "container", "wheeled", "boat", "aircraft",
     "string_instrument", "wind_instrument", "drum", "light", "tool", "blade", "hat",
     "footwear", "garment", "jewelry", "sheet", "device", "fruit")
)  # fmt: skip
"""Families of made things whose first material is what a thing of them is made of: "a horse
made of spoons" is iron, "a whale built from old pianos" wood, "a chair of lemons" glossy yellow."""
_LINK = {"are", "is", "of", "from", "were", "made", "built", "like"}
_BLEEDS = {"bleeding", "bleeds"}
_FROSTED = {
    "cake",
    "cakes",
    "cupcake",
    "cupcakes",
    "donut",
    "donuts",
    "doughnut",
    "doughnuts",
    "cookie",
    "cookies",
    "biscuit",
    "biscuits",
    "bun",
    "buns",
    "flakes",
}
"""Foods that "frosted" ices, not freezes."""
_WEBS = {"cobwebs", "cobweb", "spiderwebs", "spiderweb", "webs", "spider"}
"""Words of the threads that drape a thing (its covering is strands, not lace)."""
_SHELL_FIRST = {1528, 1536}
"""Builds whose first stuff is their shell (a tortoise's): "whose shell is made of moss" is
that, its skin its own."""
_FOODS = {"fruit", "fruits", "food", "foods", "vegetables", "veggies", "produce", "groceries"}
"""Words for food in general: no one fruit's skin or colour."""
_WINDS = {"wind", "winds", "breeze", "gale", "air"}
"""What a thing crumbling or scattering in the ... blows away on."""
"""Twists that shed blood when the wish names nothing else that flows."""
_WATERS = {"sea", "ocean", "lake", "river"}
"""Waters a thing melts into: it melts standing in them."""
_POOLS = {"puddle", "puddles", "pool", "mess", "goo", "blob", "heap", "slush", "sludge", "ooze",
          *_WATERS}  # fmt: skip
"""What something melts into when it simply melts."""
_SEEN_THROUGH = {"ghostly", "spectral", "ghostlike", "ghost"}
"""Words that make the object pale smoke one sees through, whatever colour follows ("a ghostly
white horse"): a ghost's look, not its colour."""
_BREATHES = {"breathing", "breathes", "breathe", "breathed", "spitting", "spits", "spit"}
"""Verbs that, before a material, make a breath of it from the mouth ("a dragon breathing
fire"); alone, "breathing" is a motion."""
_AND = {"and", "or", "but", "with", "while", "that", "which"}
"""Words between a part and what it is made of ("whose leaves are tiny mirrors")."""
_DRIP = {"dripping", "drips", "dripped"}
"""Melting words that, before a material, say the object sheds it ("dripping ink")."""
_NAMED_AFTER = {
    "ice": {"cream", "creams", "lolly", "lollies", "pick", "picks", "skate", "skates", "axe",
            "axes", "auger", "augers", "bucket", "buckets"},
    "fire": {"truck", "trucks", "engine", "engines", "hydrant", "hydrants", "extinguisher",
             "extinguishers", "station", "stations", "escape", "alarm", "alarms", "pit",
             "pits"},
    "water": {"lily", "lilies", "buffalo", "bottle", "bottles", "tower", "wheel", "pistol",
              "gun", "guns", "mill", "pump", "heater", "cooler", "coolers", "fountain", "trough",
              "troughs", "balloon", "balloons", "jug", "jugs", "pot", "pots", "jar", "jars",
              "can", "cans", "carrier", "carriers", "tank", "tanks", "butt", "butts", "barrel",
              "barrels", "pitcher", "pitchers", "flask", "flasks", "bucket", "buckets", "clock",
              "clocks"},
    "honey": {"bee", "bees", "extractor", "extractors", "dipper", "dippers", "wand", "wands"},
    "grass": {"skirt", "skirts"},
    "hay": {"bale", "bales", "fork", "forks", "loft", "lofts", "wagon", "wagons", "cart", "carts",
            "rake", "rakes", "barn", "barns"},
    "honeycomb": {"frame", "frames"},
    "cheese": {"grater", "graters"},
    "bread": {"bin", "bins", "knife", "knives", "board", "boards", "basket", "baskets"},
    "jam": {"jar", "jars"},
    "ketchup": {"bottle", "bottles"},
    "popcorn": {"bucket", "buckets", "tub", "tubs", "machine", "machines", "cart", "carts",
                "stand", "stall", "box", "boxes", "bag", "bags", "maker"},
    "cookie": {"jar", "jars", "cutter", "cutters", "tin", "tins", "monster"},
    "salt": {"shaker", "shakers", "cellar", "cellars", "lamp", "lamps"},
    "oil": {"lamp", "lamps", "painting", "paintings", "can", "cans", "drum", "drums", "barrel",
            "barrels", "rig", "rigs", "tanker", "lantern", "lanterns", "well", "slick"},
    "crystal": {"ball", "balls"},
    "light": {"bulb", "bulbs", "fixture", "fitting", "switch"},
    "river": {"stone", "stones", "rock", "rocks", "pebble", "pebbles"},
    "sea": {"shell", "shells"},
    "cement": {"mixer", "mixers", "truck", "trucks"},
    "paper": {"clip", "clips", "shredder", "shredders"},
    "cotton": {"bud", "buds", "swab", "swabs"},
    "pizza": {"slice", "box", "boxes", "oven", "ovens", "cutter", "stone", "peel"},
    "watermelon": {"slice", "seed", "seeds"},
    "smoke": {"detector", "detectors", "alarm", "alarms"},
    "tin": {"opener", "openers", "of"},
    "soap": {"dispenser", "dispensers", "dish", "dishes"},
    "lava": {"lamp", "lamps"},
    "snow": {"globe", "globes", "shovel", "shovels", "plough", "plow", "leopard", "leopards",
             "owl", "owls", "boot", "boots", "cat", "cats", "monkey", "monkeys", "goose",
             "geese", "hare", "hares"},
    "sugar": {"bowl", "bowls", "glider", "gliders"},
    "coal": {"miner", "miners", "mine", "cart", "carts", "scuttle"},
    "gold": {"miner", "miners", "digger", "prospector", "pan"},
}  # fmt: skip
"""Things named after a material they are not made of: "an ice cream cone" is not ice, "a
fire truck" not fire."""
_FULL_OF = {("full", "of"), ("filled", "with"), ("packed", "with"), ("stuffed", "with"),
            ("loaded", "with"), ("crammed", "with"), ("heaped", "with"), ("piled", "with")}  # fmt: skip
"""Words before the things a container holds: a twist right after them is theirs."""
OWN_LIGHT = {"lantern", "lanterns", "lamp", "lamps", "candle", "candles", "torch", "torches"}
"""Things whose glow is their own flame or bulb, not a body of light."""
_LIT_INSIDE = OWN_LIGHT | {"jack-o-lantern", "jack-o'-lantern", "potion", "potions", "bottle",
                           "bottles", "flask", "flasks", "vial", "vials", "jar", "jars", "orb",
                           "orbs", "chandelier", "lamppost", "sconce", "ball"}  # fmt: skip
"""Things whose glow is a light inside them, not their own stuff lit."""
_ARTICLE_WORDS = {"a", "an", "the"}
_AFTER_A_THING = {"in", "inside", "on", "with", "made", "of", "carved", "floating", "under",
                  "that", "which", "holding", "sitting", "standing", "growing", "melting"}  # fmt: skip
"""Words that follow a thing's name, not a colour's: "a rose in a vase" is a rose."""
_SAID_OF = {"red", "white", "yellow", "pink", "blue", "black", "single", "lone", "fresh",
            "wilted", "dried", "big", "small", "little", "giant", "tiny", "ripe", "juicy"}  # fmt: skip
"""Words said of a thing between its article and its name ("a red rose in a vase")."""
_ARTICLES_AND = {"a", "an", "the", "and", "or", "with", "in", "of"}
"""Words before "glowing" that make the colour after it a thing's, not the object's glow."""
_HELD_BY = {"with", "holding", "holds", "carrying", "carries", "wielding", "clutching"}
"""Words before a thing the object has or holds: what is said of it is not the object's."""
_A_GLASS_OF = {"of", "full", "filled", "with", "that", "which", "half", ","}
"""Words after "a glass" that make it a drinking glass."""
_WOODS = {"oak", "maple", "pine", "birch", "cedar", "beech", "elm", "spruce", "willow", "yew",
          "cherrywood", "applewood", "driftwood", "bamboo"}  # fmt: skip
_OF_TREES = {"tree", "trees", "leaf", "leaves", "forest", "forests", "grove", "sapling",
             "saplings", "branch", "branches", "acorn", "acorns", "cone", "cones", "needles",
             "syrup", "seed", "seeds", "bonsai", "shoot", "shoots", "and", "or", ",", "twigs",
             "twig", "sticks", "switches", "withies", "rods", "bark"}  # fmt: skip
"""Trees whose name before a thing says it is of their wood, except before what a tree has."""
_GLASS_CASES = {"dome", "jar", "case", "box", "bottle", "cage", "globe", "cloche", "tank", "bowl"}
_SHUT_IN = {"in", "inside", "within", "under"}
"""What a thing may be shut inside, of glass ("a rose under a glass dome"): the glass is the
case's, not the thing's."""
_NOT_A_NOUN = {"is", "are", "was", "were", "stands", "grows", "that", "which", "with", "in",
               "on", "of", "the", "a", "an", "its", "his", "her", "their", "and", "or", "but",
               "has", "had", "whose", "at", "by", "for", "from", "to", "under", "over"}  # fmt: skip
_FLOWS = {"becoming", "raining", "rising", "sinking"}
"""Twists whose material comes after them: what the object turns into, rains or sheds."""
_PLANTS = ("tree", "shrub", "flower", "cactus")
_ADJECTIVE = {"melting", "twisted", "bent", "fractured", "hollow", "floating", "stretched"}
_DEFAULT_MATERIAL = {
    "tree": "wood", "whale": "flesh", "door": "wood", "staircase": "wood", "eye": "porcelain",
    "jellyfish": "glass", "chair": "wood", "moon": "stone", "key": "brass", "book": "leather",
    "bird": "feathers", "fish": "scales", "hand": "flesh", "bell": "brass", "teapot": "porcelain",
    "ladder": "wood", "mirror": "chrome", "umbrella": "fabric", "cup": "porcelain", "table": "wood",
    "candle": "wax", "flower": "velvet", "mushroom": "clay", "crystal": "crystal", "shell": "pearl",
    "house": "wood", "boat": "wood", "hourglass": "glass", "lantern": "brass", "cloud": "cloud",
    "star": "light", "mask": "porcelain", "crown": "gold", "vase": "porcelain", "egg": "porcelain",
    "tower": "stone", "bottle": "glass", "feather": "feathers", "heart": "flesh", "snake": "scales",
    "orb": "glass", "clock": "clockwork", "lamp": "brass",
}  # fmt: skip


@dataclass
class Hit:
    """A vocabulary value found at a span."""

    value: str
    start: int
    end: int
    index: int


@dataclass
class Found:
    """Everything the lexicon found in a text."""

    archetype: Hit | None = None
    materials: list[Hit] = field(default_factory=list)
    colours: list[Hit] = field(default_factory=list)
    parts: list[Hit] = field(default_factory=list)
    modifiers: list[Hit] = field(default_factory=list)
    motions: list[Hit] = field(default_factory=list)
    sounds: list[Hit] = field(default_factory=list)
    size: Hit | None = None
    count: int = 0
    words: int = 0
    bound: list[tuple[Hit, Hit]] = field(default_factory=list)
    """(part, material): a part the text says is made of a material ("leaves of glass")."""
    soft: list[Hit] = field(default_factory=list)
    """Twists said of what the object is made of ("cast from *melted* candles"): milder."""
    whole: list[Hit] = field(default_factory=list)
    """Twists taken all the way ("frozen solid", "encased in ice"): their amount is 1."""
    becomes: list[Hit] = field(default_factory=list)
    """Parts that are what the object turns into ("melts into moths"), not what it has."""
    said: list[Hit] = field(default_factory=list)
    """Materials said as what something is made of, or turns into, rains or sheds."""
    made: list[Hit] = field(default_factory=list)
    """Materials said as what the object itself is made of ("knitted from wool")."""
    shed: list[Hit] = field(default_factory=list)
    """Materials named before the twist that sheds them ("with syrup dripping")."""
    covers: list[Hit] = field(default_factory=list)
    """Materials that cover the object ("overgrown with moss"), not what it is made of."""
    held_colours: list[Hit] = field(default_factory=list)
    """Colours said of what a container holds ("filled with red wine"): not the object's."""
    flame_colour: Hit | None = None
    """A colour said of flames ("blue flames", "green fire"): theirs, not the object's."""
    hot: list[Hit] = field(default_factory=list)
    """Where the text says the object is red-hot: its own stuff glows like hot metal."""
    shell: list[Hit] = field(default_factory=list)
    """Materials said of a shell ("a snail with a crystal shell"): the shell's, not the body's."""
    patterns: list[Hit] = field(default_factory=list)
    """Colour patterns said ("a rainbow teapot", "striped"): a ``PATTERNS`` value each."""
    glows: list[Hit] = field(default_factory=list)
    """Where the text says the object glows ("a glowing mushroom"): its own stuff, lit."""
    glow_colour: Hit | None = None
    """The colour it glows, said after it ("a marble elephant glowing blue")."""
    stuff_of: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    """Small things said in a stuff, by the token they start at ("copper coins"): the stuff,
    and its colour where its word is one."""

    @property
    def evidence(self) -> float:
        """How much the text named, in [0, 1]."""
        score = 0.45 if self.archetype else 0.0
        score += 0.2 if self.materials else 0.0
        score += 0.1 if self.colours else 0.0
        score += min(
            0.25,
            0.08 * (len(self.parts) + len(self.modifiers) + len(self.motions) + len(self.sounds)),
        )
        return round(min(1.0, score), 3)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """The words of a text with their spans; "moss-covered" reads as "covered (in) moss",
    "orange-painted" as "orange"."""
    out = []
    for m in _WORD.finditer(text.lower()):
        cover = _COVERED.fullmatch(m.group())
        if cover and m.group() not in MODIFIER_FORMS:  # ("snow-covered" is a twist's own word)
            out += [(cover.group(2), m.start(), m.end()), (cover.group(1), m.start(), m.end())]
        elif painted := _PAINTED.fullmatch(m.group()):  # "orange-painted steel": orange steel
            out.append((painted.group(1), m.start(), m.end()))
        else:
            out.append((m.group(), m.start(), m.end()))
    return out


_SHADED = {"dust": "grey", "blueberries": "indigo", "blueberry": "indigo",
           "blackberries": "charcoal", "blackcurrants": "charcoal", "slate": "charcoal", "asphalt": "charcoal", "coal": "charcoal",
           "plaster": "white",
           "chalk": "white", "bakelite": "umber", "cement": "grey", "topaz": "saffron",
           "alabaster": "ivory", "snow": "white", "driftwood": "grey", "cinnamon": "sepia",
           "dark": "umber", "storm": "grey",
           "thunderclouds": "grey", "electricity": "cyan", "lightning": "cyan",
           "thunderbolt": "cyan", "thunderbolts": "cyan", "whipped": "white",
           "tortoiseshell": "sepia", "tortoise": "sepia",
           "dandelion": "white", "thistledown": "white", "birch": "ivory"}  # fmt: skip
"""Stuff words that take another stuff's look in a colour of their own (snow is ice, white and
not clear: raining snow fell as grey glassy pellets)."""
_BUOYANT = {"bubbles", "smoke", "cloud"}
"""What leaks up, not down."""
_PAINTED = re.compile(r"([a-z]+)-(?:painted|coloured|colored|tinted|dyed|glazed|lacquered)")
_COVERED = re.compile(
    r"([a-z]+)-(covered|encrusted|crusted|caked|draped|studded|smeared|overgrown)"
)


def _lookup(
    tokens: list[tuple[str, int, int]], i: int, table: dict[str, str]
) -> tuple[str, int] | None:
    """The value of the longest phrase (up to 3 words) starting at token i, and its length."""
    for n in (3, 2, 1):
        if i + n <= len(tokens):
            phrase = " ".join(t[0] for t in tokens[i : i + n])
            if phrase in table:
                return table[phrase], n
    return None


def _lookup_near(tokens: list[tuple[str, int, int]], i: int, table: dict[str, str]) -> bool:
    """Whether a phrase of ``table`` starts within the two tokens from i."""
    return any(_lookup(tokens, j, table) is not None for j in range(i, min(i + 2, len(tokens))))


def _add(hits: list[Hit], value: str, tokens: list[tuple[str, int, int]], i: int, n: int) -> None:
    if all(h.value != value for h in hits):
        hits.append(Hit(value, tokens[i][1], tokens[i + n - 1][2], i))


def _with_before(found: Found, tokens: list[tuple[str, int, int]], i: int) -> Hit | None:
    """The material named just after a "with" right before token i ("with syrup dripping",
    "with honey slowly pouring"): what the twist at i sheds."""
    for h in found.materials:
        if 1 <= i - h.index <= 3 and h.index >= 1 and _after_with(tokens, h.index):
            return h
    return None


def _after_with(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether token i follows "with" ("with syrup", "with a waterfall")."""
    return (i >= 1 and tokens[i - 1][0] == "with") or (
        i >= 2 and tokens[i - 1][0] in ("a", "an", "the") and tokens[i - 2][0] == "with"
    )


def _sheds_next(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether token i, after a "with", is what a flow right after it sheds ("with a waterfall
    pouring out", "with sand spilling")."""
    return _after_with(tokens, i) and any(
        MODIFIER_FORMS.get(t[0]) in _FLOWS for t in tokens[i + 1 : i + 3]
    )


LIKENESS_STUFF = {
    "statue": "stone", "statuette": "stone", "sculpture": "stone", "effigy": "stone",
    "figurine": "porcelain", "ornament": "porcelain", "carving": "wood", "idol": "gold",
    "toy": "plastic", "plush": "fur", "plushie": "fur", "balloon": "plastic", "kite": "paper",
    "topiary": "leaves", "sphinx": "stone", "gargoyle": "stone",
}  # fmt: skip
"""What a likeness is made of when the wish does not say: a statue of a horse is stone."""


def _likeness(text: str, span: tuple[int, int] | None) -> list[str]:
    """The stuff of a likeness word that names the object a likeness ("a statue of a horse",
    "a lion statue"): right before its noun (up to "of a"), right after it or the noun itself
    ("a statue"); a toy elsewhere in the wish ("a dog playing with a toy") makes no plastic
    dog."""
    if span is None:
        return []
    out = []
    for m in re.finditer(r"[a-z]+", text.lower()):
        if m.group() in LIKENESS_STUFF and (
            0 <= span[0] - m.end() <= 7
            or 0 <= m.start() - span[1] <= 1
            or span[0] <= m.start() < span[1]  # the noun is one: "a statue" is stone
        ):
            out.append(LIKENESS_STUFF[m.group()])
    return out


_HOT = dict.fromkeys(
    ("red-hot", "red hot", "white-hot", "white hot", "glowing hot", "glowing red hot",
     "glowing red-hot", "searing hot", "blazing hot", "red-hot glowing", "lava cracks",
     "glowing cracks", "molten cracks", "fiery cracks", "cracks of lava", "cracks of fire",
     "veins of lava", "lava veins", "molten veins", "glowing veins of lava", "cracks of magma",
     "magma cracks"),
    "hot",
)  # fmt: skip
"""Words that make an object's own stuff glow like hot metal."""
_HOT_GLOW = (1.0, 0.32, 0.04)
_PAPERS = {"newsprint", "maps", "cards", "cardboard", "foil"}
"""Papers that origami may be folded from, said right after it."""
_RUNS_HOT = {"gold", "silver", "brass", "iron", "chrome", "glass", "rust", "coins", "stone"}
"""Stuffs that glow when they are said molten ("a sun of molten glass")."""
_TWIST_STUFF = {"burning": "fire", "frozen": "ice"}
"""The stuff a twist shows, which the imagined text does not also make the object of."""
_ALIVE_KINDS = {"quadruped", "bird", "fish", "insect", "serpent", "cephalopod", "tree", "shrub",
                "flower", "cactus"}  # fmt: skip
"""Kinds of living things: a word of their name is never their stuff ("a golden eagle"). (Not
food: "a chocolate cake" is of chocolate.)"""
_STUFF_FIRST = {"ice bear", "iron tree", "glass snake", "glass lizard", "gold fish"}
"""Living kinds' names that a wish means as the stuff ("an ice bear" is a bear of ice, though
WordNet files it as the polar bear)."""
_ALIVE = {"smoke": "rising", "shadow": "rising", "fire": "burning"}
"""What an object made of a restless stuff does with no twist said: smoke wisps off it, fire
burns (a cat of smoke read as grey glass)."""
_STUFF_COLOURS = {"jade", "granite", "ruby", "emerald", "sapphire", "amethyst", "amber",
                  "ivory", "ebony", "obsidian", "marble", "pearl", "gold", "silver", "copper",
                  "bronze", "coral", "turquoise"}  # fmt: skip
"""Colour names that are stuffs too: glowing, it is the stuff that glows (not a light)."""
_GLOWS = {"glowing", "luminous", "bioluminescent", "phosphorescent", "radiant", "shining",
          "gleaming", "luminescent", "incandescent"}  # fmt: skip
"""Words that light an object's own stuff when they stand before its name ("a glowing
mushroom"); "glowing red" or "glowing with light" still name a light."""


def _pattern_at(tokens: list[tuple[str, int, int]], i: int) -> tuple[str, int] | None:
    """The colour pattern said at token i and its length in tokens, when a thing or a stuff
    follows it ("a rainbow teapot", "rainbow yarn", "a polka-dot mushroom"); not the thing
    itself ("a rainbow made of books") nor a rainbow trout's name."""
    hit = _lookup(tokens, i, PATTERN_WORDS)
    if hit is None:
        return None
    j = i + hit[1]
    if j >= len(tokens) or tokens[j][0] in _NOT_PAINTED or tokens[j][1] - tokens[j - 1][2] > 1:
        return None  # (a comma or a full stop between: the pattern is the thing, or said alone)
    if tokens[j][0] in PART_WORDS or tokens[j][0] in _PAINTED_PARTS:
        return None  # "a unicorn with a rainbow mane": the mane's, not the body's
    if tokens[i][0] in _ANIMAL_PAINT and not (
        _lookup(tokens, j, MATERIAL_WORDS)
        or tokens[j][0] in ("stripes", "striped", "print", "spots")
    ):
        return None  # "a zebra", "a tiger made of glass": the animal; "zebra fur" its stripes
    return hit


def _sinks_into_stuff(tokens: list[tuple[str, int, int]], j: int) -> bool:
    """Whether what follows a sinking twist at token j is a stuff it sinks into (water, sand,
    honey, a sea of milk) or nothing at all ("a ship, slowly sinking"), not a thing or a place
    it sinks into or behind ("into a cushion", "behind the hills")."""
    rest = [t[0] for t in tokens[j : j + 4] if t[0] not in ("a", "an", "the", "into", "in")]
    if not rest or tokens[j - 1][2] < tokens[min(j, len(tokens) - 1)][1] - 1:
        return True  # said alone, or the clause ends there
    if rest[0] in ("behind", "below", "beneath", "under", "beyond", "towards", "toward"):
        return False
    return any(
        w in MATERIAL_WORDS or w in THING_MATERIALS or w in DRINKS or w in _WATERS
        or w in ("mud", "quicksand", "swamp", "bog", "marsh")
        for w in rest[:3]
    )  # fmt: skip


def _lit_from_within(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the glow word at ``i`` lights the object's own stuff from within: "glowing from
    within" (or "from inside"), or "that glows" ending the wish or its clause."""
    after = [t[0] for t in tokens[i + 1 : i + 3]]
    if after[:1] == ["from"] and after[1:] in (["within"], ["inside"]):
        return True
    return (
        tokens[i][0] == "glows"
        and i > 0
        and tokens[i - 1][0] in ("that", "which", "it")
        and (not after or after[0] in ("softly", "faintly", "gently", "and"))
    )


_SITS_IN = re.compile(
    r"\b(?:in|inside|within)\s+(?:a|an|the|its|his|her|their)\s+(?P<words>(?:[^\W\d_][\w'-]*\s+)"
    r"{0,2}?)(?P<head>[^\W\d_][\w'-]*)\s*(?=[,.;!]|$)",
    re.IGNORECASE,
)


def _sits_in(text: str) -> list[tuple[int, int]]:
    """The words of the open thing the object sits in, ending the wish or its clause ("in a red
    box", "in a porcelain teacup"): what they say is the holder's, not the object's."""
    out = []
    for m in _SITS_IN.finditer(text):
        shape = noun_shape(m.group("head").lower(), embed=False)
        if shape.source != "fallback" and open_holder(shape):
            out.append((m.start("words"), m.end("head")))
    return out


def open_holder(shape: Shape) -> bool:
    """Whether a shape is an open thing another sits in: a vessel or a container of the noun
    table, a cup, a vase or a teapot (not a fridge or an oven)."""
    return kind_of(shape.family, shape.params) in ("vessel", "container") or (
        not shape.family and shape.archetype in ("cup", "vase", "teapot")
    )


_RAINS = {"rain", "rainstorm", "downpour", "drizzle", "thunderstorm", "storm"}
_AFTER_RAIN = {"and", "while", "with", "at", "on", "by", "near", "under", "as", "that", "which"}
"""Words that may follow the rain that falls on it (not "rain forest", "rain jacket")."""
_RAIN_SAID = {"pouring", "heavy", "driving", "falling", "summer", "spring", "autumn", "cold",
              "warm", "soft", "gentle", "torrential"}  # fmt: skip


def _rain_at(tokens: list[tuple[str, int, int]], i: int) -> int:
    """How many tokens from ``i`` say the object stands in the rain ("in the pouring rain",
    "under a downpour", "caught in a rainstorm"), or 0."""
    words = [t[0] for t in tokens[i : i + 5]]
    if len(words) < 2 or words[0] not in ("in", "under"):
        return 0
    k = 2 if words[1] in ("the", "a", "an") else 1  # ("sagging in rain": no article)
    if k >= len(words):
        return 0
    while k < len(words) - 1 and words[k] in _RAIN_SAID:
        k += 1
    after = (
        tokens[i + k + 1][0]
        if i + k + 1 < len(tokens) and tokens[i + k + 1][1] - tokens[i + k][2] <= 1
        else ""  # (the end of the wish, or of its sentence)
    )
    if words[k] not in _RAINS or (after and after not in _AFTER_RAIN):
        return 0  # ("a frog in the rain forest", "a girl in a rain jacket", "a storm of petals")
    return k + 1


_ORIGAMI = "scarlet"
"""The colour of origami paper when none is said."""
_THING_STUFFS = {"pumpkin", "pumpkins", "butter", "cheese", "bread", "chocolate", "cloud"}
"""Stuff words that are also things: said after an article and before "made of" or "with",
the thing itself ("a pumpkin made of glass", "a cheese with holes")."""
_MANY_COLOURED = {"confetti", "gumdrops", "gumdrop", "jellybeans", "gummies", "candies", "marbles",
                  "crayons", "gummy"}  # fmt: skip
"""Stuffs whose name says every colour at once: confetti is rainbow paper."""
_STRIPED_STUFF = {"peppermint", "peppermints", "humbug", "humbugs", "candy-cane", "canes"}
"""Words of stuffs that come striped ("peppermint candy", "candy canes")."""
_PAINTED_PARTS = {"mane", "hair", "beard", "scarf", "ribbon", "bow", "collar", "hat", "stripe",
                  "stripes", "band", "bands", "trim", "spots", "dots", "shell", "sail",
                  "sails"}  # fmt: skip
"""Parts and trimmings a pattern word may be said of instead of the whole thing."""
_NOT_PAINTED = {"made", "of", "built", "carved", "woven", "with", "that", "which", "and", "in",
                "on", "over", "above", "is", "trout", "arch",
                "colours", "colors", "coloured", "colored"}  # fmt: skip
"""Words after a pattern's word that make it the thing itself or a name, not its paint."""
_WARM_GLOW = (1.0, 0.72, 0.4)
"""The glow of pale stuff lit from within (white marble, bone): warm, so it shows on white."""

_BLOCK = re.compile(r"\s+(?:in|inside|into|within)\s+(?:an?\s+)?(?:\w+\s+)?(?:block|cube|slab)\b")
"""Frozen all the way, in a block: "frozen in a block of glass", "frozen into a solid cube"."""
_SCENES = {"city", "town", "village", "forest", "garden", "castle", "reef", "island", "world",
           "kingdom", "jungle", "meadow", "park", "farm", "ocean", "sea", "lake", "desert"}  # fmt: skip
_WHOSE = re.compile(
    r"\bwhose\s+(?P<part>shell|cap|wings|handle|hull|roof|dome|blade|blades|wheels|basket|shade|"
    r"lampshade|walls|sails|canopy|seat|face|lid|frame|strings|bell|head|trunk|keys)\s+"
    r"(?:is|are|was|were)\s+(?:an?\s+|made\s+of\s+|made\s+from\s+)?"
    r"(?:[a-z-]+\s+){0,4}?(?P<thing>[a-z]+)\b(?=\s*(?:[,.;]|$|\s+(?:and|with|that|which|while)\b))",
    re.IGNORECASE,
)
"""A part said to be a thing ("whose shell is a teacup", "whose blade is a slab of bacon"), of
a part a build draws in its first or second stuff: the thing's own word, at the end of the
phrase."""
_OF_AFTER = re.compile(r"^\s+of\s+(?:[\w'-]+\s+){0,3}$")
"""What comes between a thing's name and what it is said to be "of" ("a spoon of polished")."""
_VERDIGRIS = re.compile(
    r"\b(?:copper|bronze|brass|verdigris|patina)\b|\b(?:rust\w*|corrod\w*|tarnish\w*)\s+"
    r"(?:a\s+)?(?:bright\s+|pale\s+|deep\s+)?(?:green|teal|turquoise|blue-green)\b",
    re.IGNORECASE,
)
"""Rust that is verdigris: on copper or bronze, or said green."""
_TEAL = (0.06, 0.42, 0.32)  # verdigris: a pale blue-green
_LIMP = re.compile(
    r"\W*(?:like|as if (?:made of|it were))\s+(?:an? |wet |cooked |limp |soft )*"
    r"(?:noodles?|spaghetti|rubber|jelly|taffy|putty|licorice|liquorice|worms?|snakes?|"
    r"wet paper|cooked pasta|pasta|plasticine|gum|toffee|corkscrew|screw|spring|helix|pretzel)\b"
    r"|\W*(?:into|in)\s+(?:an?\s+)?(?:tight\s+|perfect\s+|long\s+)?(?:spiral|corkscrew|helix|"
    r"coil|pretzel|knot|twist)s?\b"
)
"""How a thing bends or twists all the way: "bending like a noodle", "twisting like taffy",
"twisted into a spiral"."""
_UPWARD = re.compile(r"^[\w\s'-]*?\b(?:upward|upwards|skyward|skywards)\b")
"""Said a few words after a flow: it runs up, not down."""

_COLOUR_IN_NAME = {"blue cheese", "chocolate chip cookie", "chocolate chip cookies",
                   "chocolate chip", "blue denim", "blue jeans", "tin cans", "tin can"}  # fmt: skip
"""Stuffs whose name starts with a colour that is not theirs (blue cheese is ivory, veined)."""
_CRUMBS = {"sand", "sandy", "dust", "ash", "ashes"}
"""What a thing crumbles into rather than a stuff it turns into."""

_PLACE_COLOURS = {"sky", "sea", "ocean", "night", "sunset", "dawn", "midnight", "forest",
                  "desert", "snow", "storm"}  # fmt: skip
_WHERE = {"in", "into", "across", "through", "over", "above", "under", "beneath", "below", "to",
          "toward", "towards", "from", "at", "on", "by", "near"}  # fmt: skip
"""Colour words that, after "in the", say where a thing is ("floating in the sky")."""
_METALS = {"brass", "chrome", "silver", "gold", "wire", "chains", "foil", "clockwork", "nails",
           "keys", "coins", "spoons", "barbed wire"}  # fmt: skip
"""Stuffs that show under rust in patches ("rusted copper"); rusty iron is rust all over (as
iron with rust spots it read as lava rock)."""
_ANIMAL_PAINT = {"zebra": "charcoal", "tiger": "orange", "leopard": "ochre", "dalmatian": "white",
                 "cheetah": "ochre", "jaguar": "ochre"}  # fmt: skip
"""A pattern named for an animal, and the colour under it ("zebra fur": white stripes on black)."""
_SINKS = {"sinking", "sinks", "sank", "sunk", "sunken", "sink", "slipping", "settling"}
"""Verbs of going down into a stuff, which stays the stuff ("sinking into sand")."""
_GROWING_ON = {"growing", "sprouting", "spreading", "creeping", "climbing"}
"""Words after a stuff that say it grows over the object ("with moss growing on it")."""
_COVER_VERBS = {"covered", "overgrown", "encrusted", "crusted", "caked", "smeared", "draped",
                "studded", "dotted"}  # fmt: skip
"""Verbs whose material lies over the object in patches (the ``covered`` twist)."""
_CLAD = {"upholstered", "clad", "cast", "dressed", "wrapped", "sheathed", "bound", "plated",
         "feathered", "furred", "tiled", "shingled", "carpeted", "quilted", "robed",
         "cloaked"}  # fmt: skip
"""Verbs whose "in" names what an object is made of ("an armchair upholstered in honeycomb")."""
_COATS = {"fur", "feathers", "peacock feathers", "scales", "velvet", "wool", "fabric", "denim",
          "leather", "foil"}  # fmt: skip
"""Stuffs a thing covered in wears as its coat, all over (not in patches)."""
_SPROUT_VERBS = {"growing", "grows", "sprouting", "sprouts", "blooming", "blooms"}
_SPROUTS = {"moss", "leaves", "coral", "crystal", "fur", "seaweed"}
"""What grows over an object in patches when it is said to grow it ("growing seaweed")."""

_WRAP_VERBS = {"wrapped", "bound", "wound", "tied", "chained", "shackled", "entwined", "coiled",
               "looped"}  # fmt: skip
_WRAPPINGS = {"chains"}
"""What winds round a thing said to be wrapped in it (the ``tangled`` twist in its stuff),
rather than being what the thing is made of."""


def _wrapped_in(tokens: list[tuple[str, int, int]], i: int) -> int | None:
    """The index of the verb when token i is what a thing is wrapped in ("wrapped in heavy
    chains", "bound with chains"), else None."""
    for j in range(i - 1, max(0, i - 4), -1):
        if tokens[j][0] in ("in", "with", "by", "round", "around") and j >= 1:
            return j - 1 if tokens[j - 1][0] in _WRAP_VERBS else None
    return None


_A_PIECE = {"a", "an", "one", "single", "solid", "whole", "piece", "block", "chunk", "slab",
            "lump", "sheet", "length", "log", "of", "slice", "slices", "strand", "strands",
            "strip", "strips", "pile", "piles", "heap", "heaps", "stack", "stacks", "pieces",
            "chunks", "slabs", "sheets", "lumps", "wedge", "wedges"}  # fmt: skip
"""Words between "carved from" and what it is carved from: "carved from a single piece of
driftwood"."""


_STACKED = {"stacked", "piled", "heaped"}
_OWN_BITS = {"top", "tower", "towers", "roof", "edge", "edges", "base", "handle", "lid", "heart",
             "core", "centre", "center", "tip", "tips", "side", "sides", "spire", "crown",
             "surface", "shell", "crust", "skin", "body", "face", "hull", "trunk", "blade",
             "head", "back", "belly", "rim", "bottom", "front", "seat", "frame", "neck",
             "lip", "mouth", "wall", "walls", "sail", "sails", "bark", "icing", "frosting",
             "glaze", "coat", "case", "spout", "bowl", "dome", "cap", "stem"}  # fmt: skip
"""A thing's own bits: what a twist said of them is said of it."""
_SPRAYS = {"shooting", "spitting", "spraying", "showering", "throwing", "giving", "sending"}
"""Verbs that, before sparks, shed them ("shooting sparks", "throwing off sparks")."""
_FROSTED_PALE = {"sea glass"}
"""Stuffs whose colour is always washed pale, whatever colour is said."""


def _made_of(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether token i is what something is made of: "made of clock springs", "built from
    broken violin strings" (up to two describing words between the verb's of/from and it), or
    "carved from a single block of marble"."""
    if any(
        j >= 1
        and (
            (tokens[j][0] in ("of", "from") and tokens[j - 1][0] in MADE_VERBS)
            or (  # "built out of bricks"
                tokens[j][0] == "of"
                and tokens[j - 1][0] == "out"
                and j >= 2
                and tokens[j - 2][0] in MADE_VERBS
            )
            or (tokens[j][0] == "in" and tokens[j - 1][0] in _CLAD)  # "upholstered in"
            or (  # "of stacked teacups", "of neatly stacked teacups"
                tokens[j][0] == "of"
                and (
                    tokens[j + 1][0] in _STACKED
                    or (
                        tokens[j + 1][0] == "neatly"
                        and tokens[j + 2 : j + 3] != []
                        and tokens[j + 2][0] in _STACKED
                    )
                )
            )
        )
        and all(t[0] != "with" for t in tokens[j + 1 : i])  # "made of wood, with teeth"
        for j in range(max(0, i - 3), i)
    ):
        return True
    j = i - 1
    while j >= 1 and i - j <= 6 and tokens[j][0] in _A_PIECE:
        j -= 1
    if j < i - 1 and tokens[j][0] in MADE_VERBS and tokens[j + 1][0] in ("of", "from"):
        return True  # "made of a slice of watermelon"
    return j >= 1 and j < i - 1 and tokens[j][0] == "from" and tokens[j - 1][0] in MADE_VERBS


_FIRE = {"flame", "flames", "fire", "fires"}
_BY_FIRE = {
    "in": "burning", "into": "burning", "on": "burning", "by": "burning", "with": "flames",
}  # fmt: skip
"""The word before fire, and what the fire is: the object burns ("engulfed in flames", "set
on fire") or has flames ("with a green flame"). Fire it breathes is its breath's stuff, and
"of fire" what something is made of."""


def _hue(rgb: tuple[float, float, float]) -> tuple[float, ...]:
    """A colour at full brightness: what a glow of it emits."""
    return tuple(round(c / max(max(rgb), 1e-3), 3) for c in rgb)


def _colour_word(word: str) -> bool:
    return word in COLOURS or word in COLOUR_WORDS


def _flames_at(tokens: list[tuple[str, int, int]], i: int) -> str | None:
    """What token i is when it is fire the object burns with or has ("wreathed in blue
    flames": ``burning``; "with a flame": ``flames``), not a stuff it is made of ("made of blue
    fire", "a bird of flames") nor part of a name ("a fire truck"); else None."""
    if not 0 < i < len(tokens) or tokens[i][0] not in _FIRE:
        return None
    if i + 1 < len(tokens) and tokens[i + 1][0] in _NAMED_AFTER["fire"]:
        return None
    j = i - 1
    if _colour_word(tokens[j][0]):
        j -= 1
    if j >= 0 and tokens[j][0] in ("a", "an", "the"):
        j -= 1
    if j < 0 or tokens[j][0] not in _BY_FIRE or _made_of(tokens, i) or _noun_of(tokens, i):
        return None
    return _BY_FIRE[tokens[j][0]]


def _names_after(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether token i is the first word of a noun's name ("ice" of "ice bucket", "water" of
    "water jug"), not a stuff: "a silver ice bucket" is silver."""
    return i + 1 < len(tokens) and tokens[i + 1][0] in _NAMED_AFTER.get(tokens[i][0], ())


def _one_thing(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether token i is a stuff's word said as one thing: "a", then no noun after it ("a
    milkshake with a straw" has a drinking straw; "a straw hat" is made of straw)."""
    return (
        tokens[i][0] in _ALSO_A_THING
        and i > 0
        and tokens[i - 1][0] in ("a", "an")
        and (i + 1 == len(tokens) or table_target(tokens[i + 1][0]) is None)
    )


_STUDS = {"covered", "studded", "dotted", "encrusted", "crusted", "speckled"}


def _studded(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether token i is what the object is covered or studded with (up to two describing
    words between): "a crown studded with cherries", "a chair covered in coins"."""
    return any(
        tokens[j][0] in ("in", "with") and tokens[j - 1][0] in _STUDS
        for j in range(max(1, i - 3), i)
    )


def _noun_of(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether token i follows "a <noun> of" (up to two describing words between "of" and it,
    and up to two before the noun): "a throne of antlers" is made of them, like "a crown of
    feathers", "a tall tower of books" and "a leaning tower of books"."""
    return any(
        tokens[j][0] == "of"
        and tokens[j - 1][0] not in PORTIONS  # "a pile of books" is books
        and tokens[j - 1][0] not in FULL_WORDS  # "a lantern full of fireflies" holds them
        and any(
            j >= k
            and tokens[j - k][0] in ("a", "an")
            and not {t[0] for t in tokens[j - k + 1 : j]} & {"of", "and", "with", "in", "on"}
            for k in (2, 3, 4)
        )
        for j in range(max(1, i - 3), i)
    )


def _part_before(found: Found, tokens: list[tuple[str, int, int]], i: int) -> Hit | None:
    """The part that token i says what it is made of: "whose leaves are tiny mirrors", "wings
    of glass" (a linking word, then up to two describing words, between them)."""
    for part in reversed(found.parts):
        gap = [t[0] for t in tokens[part.index + 1 : i]]
        if (
            part.value == "breath"
            and tokens[part.index][0] in _BREATHES
            and (i == part.index + 1 or (i == part.index + 2 and _colour_word(tokens[i - 1][0])))
        ):
            return part  # "breathing (green) fire": the breath is of fire
        if (
            1 <= len(gap) <= 4
            and gap[0] in _LINK
            and not any(
                w in _AND or w in MATERIAL_WORDS or w in ARCHETYPE_WORDS or w in PART_WORDS
                for w in gap[1:]
            )
        ):
            return part
    return None


def _thing_look(
    word: str, tokens: list[tuple[str, int, int]], i: int, said: bool = False
) -> tuple[str, str] | None:
    """The material of a made thing named as what something is made of ("spoons": iron) and
    its natural colour (a name of ``COLOURS``, "grapes": purple, or ""), or None. The last noun
    of a compound names the thing ("spider silk" is silk, not a spider)."""
    if i + 1 < len(tokens) and (
        _lookup(tokens, i + 1, MATERIAL_WORDS) or table_target(tokens[i + 1][0])
    ):
        return None
    target = table_target(word)
    if target is None:
        return None
    shape = noun_shape(word, embed=False)  # its own build's stuff: diamonds are crystal, vinyl
    coat = shape.coat if shape.source != "fallback" else ""  # records plastic, springs iron
    if target.startswith("@"):
        stuff = _AS_MATERIAL.get(target[1:]) or _DEFAULT_MATERIAL.get(target[1:])
        return (stuff, coat) if stuff else None
    if target not in _THING_FAMILIES:
        return None
    own = own_materials(shape.family, shape.params) if shape.family == target else ()
    if word in ("watermelon", "watermelons") and (
        said or _made_of(tokens, i) or _noun_of(tokens, i)
    ):
        # carved from one, or a part said to be one: its red flesh and seeds
        return "watermelon", ""
    if target == "fruit" and not shape.params.get("dish"):  # a fruit's glossy skin, in its
        return ("plastic", coat) if shape.coat and word not in _FOODS else None  # own colour
    return (own or FAMILY_INFO[target].materials)[0], coat


_STUDS_SAID = re.compile(
    r"\bwhose\s+(?:(?P<set>jewels|jewel|gems|gemstones|gem|studs)|(?:pearls|beads))\s+"
    r"(?:are|is)\s+(?:made\s+of\s+)?(?=(?:a|an|tiny|small|little|giant|big)\s|[^\W\d_]+s\b)",
    re.IGNORECASE,
)


def said_studs(text: str) -> str:
    """The text with what a thing's jewels or beads are said to be put plainly, in as many
    characters (the spans stay true): "a crown whose jewels are gumdrops" is studded with
    them (it was all gumdrop, or plain gold where they were rubies), "a necklace whose pearls
    are eyeballs" made of them."""
    return _STUDS_SAID.sub(
        lambda m: ("studded with " if m.group("set") else "made of ").ljust(len(m.group(0))), text
    )


_COAT = re.compile(
    r"\bwhose\s+(?:whole\s+|entire\s+)?(?:feathers|plumage|fur|pelt|scales|skin|hide|body|"
    r"petals|bloom|blossoms|flesh)\s+(?:is|are|was|were)\s+(?:(?:made|built|woven|carved)\s+"
    r"(?:of|from)\s+)?",
    re.IGNORECASE,
)
"""A thing's coat said as what it is: "a phoenix whose feathers are autumn leaves" is made of
them, as "a rose whose petals are glass" is (its feathers, petals or fur are its stuff)."""


def find(text: str) -> Found:
    """Every vocabulary value the text names, in order of appearance."""
    # (the same length: every span stays where it is in the text)
    text = _COAT.sub(lambda m: "made of".ljust(len(m.group(0))), text)
    tokens = _tokens(text)
    found = Found(words=len(tokens))
    colour_names = {c: c for c in COLOURS} | COLOUR_WORDS
    coats: list[Hit] = []  # the colours of things it is made of, "grapes": purple
    archetypes: list[tuple[float, Hit]] = []
    sizes: list[Hit] = []
    # what a container holds is not its stuff: honey in a jar, pumpkins in a wheelbarrow
    spills = [  # "overflowing with honey": it fills it and spills over (the twist's stuff too)
        (a, b) for a, b, _, c in contents(text) if re.search(r"overflow|brimming", text[c:a])
    ]
    held = [
        (a, b)
        for a, b, *_ in (*contents(text), *rests_on(text), *carried(text))
        if (a, b) not in spills
    ]
    # "a basket of red apples": the apples are red
    held += [(colours_before(text, a), b) for a, b, *_ in held_things(text)]
    held += _sits_in(text)  # "a cat in a red box": the box is red, not the cat
    under = [(a, b) for a, b, _ in rests_on(text)]  # "on a giant egg": the egg is giant

    def material(value: str, i: int, n: int) -> None:
        if any(a <= tokens[i][1] < b for a, b in held):
            return
        if (
            tokens[i][0] in _CRUMBS
            and (flowing(i, "becoming") or (i and tokens[i - 1][0] in ("to", "into")))
            and not (i >= 2 and tokens[i - 2][0] in _SINKS)
        ):  # ("sinking into sand": sand)
            return  # "a tree that turns into sand", "crumbling to dust": it comes apart, it is
            # not stone above nor made of sand
        if i and tokens[i - 1][0] == "like" and any(0 < i - h.index <= 3 for h in found.modifiers):
            return  # "melting like wax": how it melts, not what it is made of
        if _one_thing(tokens, i):
            return  # "a milkshake with a straw": a drinking straw, not woven straw
        if (
            value == "water"
            and tokens[i][0] in _WATERS
            and [t[0] for t in tokens[i + 1 : i + 2]] == ["of"]
        ):
            return  # "a sea of milk": of milk, not water
        if (
            flowing(i)
            and tokens[i][0] in _MANY_COLOURED
            and any(h.value == value and h.index < i for h in found.materials)
        ):  # "made of cotton candy, raining gumdrops": the sweets that fall are their own
            found.materials.append(Hit(value, tokens[i][1], tokens[i + n - 1][2], i))
            found.said.append(found.materials[-1])
            return
        early = next((h for h in found.materials if h.value == value and h.index < i), None)
        if early is not None and _made_of(tokens, i) and not _made_of(tokens, early.index):
            found.materials.remove(early)  # "a rain cloud made of cotton candy": made of it
        _add(found.materials, value, tokens, i, n)
        hit = next(h for h in found.materials if h.value == value)
        wrap = _wrapped_in(tokens, i) if value in _WRAPPINGS else None
        if (
            value == "lace"
            and tokens[i][0] in _WEBS
            and not (
                tokens[i][0] == "spider" and tokens[i + 1 : i + 2] and tokens[i + 1][0] == "silk"
            )
            and i
            and (
                tokens[i - 1][0] in ("with", "in")
                or (i >= 2 and tokens[i - 1][0] == "of" and tokens[i - 2][0] == "full")
            )
            and not _made_of(tokens, i)
            and not any(t[0] in GROW_VERBS for t in tokens[max(0, i - 3) : i])
        ):  # "with cobwebs around it", "full of cobwebs": strands of them wind round it
            wrap = i - 1
        if wrap is not None and hit.index == i:  # "wrapped in chains": they wind round it
            found.covers.append(hit)
            _add(found.modifiers, "tangled", tokens, wrap, 1)
            return
        part = _part_before(found, tokens, i)
        if (
            part is not None
            and all(p is not part for p, _ in found.bound)
            and (
                hit.index == i
                or any(h is hit for _, h in found.bound)
                or any(t[0] == "with" for t in tokens[: hit.index])  # "with paper wings"
            )
        ):  # (said again of a part, the thing's own stuff stays its own: "a paper dragon
            # breathing paper flames" is paper, its flames too)
            found.bound.append((part, hit))
        if part is not None or _made_of(tokens, i) or flowing(i):
            found.said.append(hit)
        if (
            part is None
            and _made_of(tokens, i)
            and (not flowing(i) or (i >= 2 and tokens[i - 2][0] in ("of", "from")))  # "made of
            # bubbling lava": of it (not "made of oak, leaking wine")
            and hit.index == i
        ):
            found.made.append(hit)  # (a later mention does not change what the first said)
        verb = next(
            (k for k in range(max(0, i - 3), i) if tokens[k][0] in GROW_VERBS),
            None,
        )
        if (
            hit.index == i
            and verb is not None
            and tokens[verb][0] != "coated"
            and not (value in _COATS and tokens[verb][0] == "covered")
        ):  # (what it is coated in is its surface: "a sword coated in gold" is gold; covered
            # in fur it wears a coat of it: "a submarine covered in orange fur" is furry)
            found.covers.append(hit)  # "a mailbox overgrown with moss": moss on a mailbox
            if tokens[verb][0] in _COVER_VERBS or (
                tokens[verb][0] in _SPROUT_VERBS and value in _SPROUTS
            ):  # in patches over it ("growing seaweed", "sprouting moss")
                # (covered in ice is frozen over: icicles and snow, not blobs of ice; draped
                # in cobwebs, strands of them wind round it, not doilies)
                kind = "frozen" if value == "ice" else "tangled" if (
                    value == "lace" and tokens[i][0] in _WEBS
                ) else "covered"  # fmt: skip
                _add(found.modifiers, kind, tokens, verb, 1)
        elif (
            hit.index == i
            and i
            and tokens[i - 1][0] == "with"
            and i + n < len(tokens)
            and tokens[i + n][0] in _GROWING_ON
            and value in _SPROUTS
        ):  # "a giraffe with moss growing on it": moss in patches over it, not its stuff
            found.covers.append(hit)
            _add(found.modifiers, "covered", tokens, i + n, 1)

    def flowing(i: int, kind: str = "") -> bool:
        """Whether token i is what a twist just said turns into, rains or sheds (``kind``:
        that twist only)."""
        flows = [h for h in found.modifiers if h.value in _FLOWS and kind in ("", h.value)]
        return bool(flows) and 0 <= i - flows[-1].index <= 5  # (sinking into a sea of milk)

    i = 0
    while i < len(tokens):
        word = tokens[i][0]
        if (paint := _pattern_at(tokens, i)) is not None:  # "a rainbow teapot", "polka-dot"
            _add(found.patterns, paint[0], tokens, i, paint[1])
            if word in _ANIMAL_PAINT:  # "zebra fur" is striped black and white
                found.colours.append(Hit(_ANIMAL_PAINT[word], tokens[i][1], tokens[i][2], i))
            i += paint[1]
            continue
        if (heat := _lookup(tokens, i, _HOT)) is not None:  # "red-hot", "glowing hot"
            _add(found.hot, "hot", tokens, i, heat[1])
            i += heat[1]
            continue
        if (
            (word in _GLOWS or word == "glows")
            and _lit_from_within(tokens, i)
            and not {t[0] for t in tokens[:i]} & _LIT_INSIDE
        ):  # "a marble pizza, glowing from within", "a box
            # that glows": its own stuff glows
            _add(found.glows, "glows", tokens, i, 1)
            i += 1
            while i < len(tokens) and tokens[i][0] in ("from", "within", "inside", "softly"):
                i += 1
            continue
        if (
            word in _GLOWS
            and (
                i + 1 == len(tokens)  # "a crystal mushroom, glowing"
                or (
                    tokens[i + 1][0] not in colour_names
                    and tokens[i + 1][0] not in ("with", "in", "like", "from")
                )
                or (  # "a glowing blue crystal dagger": blue crystal, lit
                    tokens[i + 1][0] in colour_names
                    and i + 2 < len(tokens)
                    and _lookup(tokens, i + 2, MATERIAL_WORDS) is not None
                )
                or (  # "a glowing jade dragon", "of glowing jade": jade, lit ("a lantern
                    # glowing amber" glows amber)
                    tokens[i + 1][0] in _STUFF_COLOURS
                    and i > 0
                    and tokens[i - 1][0] in ("a", "an", "the", "of", "from")
                )
            )
            and not any(h.value == "becoming" for h in found.modifiers)
        ):  # "a glowing mushroom": its own stuff glows, it is not made of light
            if (
                i >= 2 and tokens[i - 1][0] in ("a", "an", "the") and tokens[i - 2][0] in _HELD_BY
            ) or tuple(t[0] for t in tokens[max(0, i - 2) : i]) in _FULL_OF:
                i += 1  # "a scarecrow with a glowing lantern", "a chest full of glowing
                continue  # mushrooms": they glow, not it
            _add(found.glows, "glows", tokens, i, 1)
            i += 1
            continue
        if (
            (word in _GLOWS or word == "glows")
            and i + 1 < len(tokens)
            and tokens[i + 1][0] in colour_names
            and i >= 2
            and (
                i + 2 == len(tokens)
                or "." in text[tokens[i + 1][2] : tokens[i + 2][1]]  # (the next sentence's)
                or (
                    tokens[i + 2][0] not in ("light", "fire", "flames")
                    and _lookup(tokens, i + 2, MATERIAL_WORDS) is None
                )
            )
            and not any(h.value == "becoming" for h in found.modifiers)
            and tokens[i - 1][0] not in _ARTICLES_AND
            and not {t[0] for t in tokens[:i]} & _LIT_INSIDE
        ):  # "a marble elephant glowing blue": the marble, lit blue from within ("a lantern
            # glowing red", "a potion glowing green": the light inside it, in that colour)
            _add(found.glows, "glows", tokens, i, 1)
            found.glow_colour = Hit(
                colour_names[tokens[i + 1][0]], tokens[i + 1][1], tokens[i + 1][2], i + 1
            )
            i += 2
            continue
        if (rain := _rain_at(tokens, i)) and not any(h.value == "raining" for h in found.modifiers):
            # "sagging in the rain": rain runs off it and drips from it, it is not made of water
            _add(found.modifiers, "raining", tokens, i, rain)
            material("water", i + rain - 1, 1)
            i += rain
            continue
        if (fire := _flames_at(tokens, i)) is not None:
            # "wreathed in blue flames", "on fire": it burns; "a candle with a green flame": its
            # own flame, or a crown of them
            _add(found.modifiers if fire == "burning" else found.parts, fire, tokens, i, 1)
            i += 1
            continue
        before = {t[0] for t in tokens[max(0, i - 3) : i]}
        # what the object becomes is named right after the twist ("melts into a flock of moths")
        becoming = any(h.value == "becoming" and 0 < i - h.index <= 6 for h in found.modifiers)
        if word in _NUMBERS and not found.count:
            found.count = _NUMBERS[word]
        elif word.isdigit() and not found.count:
            found.count = min(64, max(2, int(word)))
        if word in BECOMING_WORDS and not before & _NOT_ITS:
            # "slowly rusting": a twist and what it turns into, in one word
            _add(found.modifiers, "becoming", tokens, i, 1)
            material(BECOMING_WORDS[word], i, 1)
            i += 1
            continue
        if becoming and word in BECOMES_PART and not before & _NOT_ITS:
            # "a clock that melts into a flock of moths": what it turns into, not an object
            _add(found.parts, BECOMES_PART[word], tokens, i, 1)
            found.becomes.append(Hit(word, tokens[i][1], tokens[i][2], i))
            i += 1
            continue
        if (
            word in SHED_WORDS
            and not before & _NOT_ITS
            and (
                i + 1 == len(tokens)
                or tokens[i + 1][0] not in _DETERMINERS
                or re.search(r"[.,;:!?]", text[tokens[i][2] : tokens[i + 1][1]]) is not None
            )
        ):
            # "a steaming kettle": steam rises off it (not "a cauldron steaming a storm"; "a
            # mug, steaming. The mug ...": the next sentence is not what it brews)
            kind, stuff = SHED_WORDS[word]
            _add(found.modifiers, kind, tokens, i, 1)
            material(stuff, i, 1)
            i += 1
            continue
        if word in ("icicle", "icicles") and (_made_of(tokens, i) or _noun_of(tokens, i)):
            material("ice", i, 1)  # "a harp of icicles": ice, not a wooden harp frozen over
            i += 1
            continue
        sparks = next(
            (j for j in range(i + 1, min(i + 3, len(tokens))) if tokens[j][0] == "sparks"), None
        )
        if word in _SPRAYS and sparks is not None:
            _add(found.modifiers, "raining", tokens, i, 1)  # "shooting sparks": they fly off
            material("fire", sparks, 1)  # it, as a shower of fire
            i = sparks + 1
            continue
        hit = _lookup(tokens, i, MODIFIER_FORMS)
        if hit is not None and (
            any(a <= tokens[i][1] < b for a, b in under)
            or tuple(t[0] for t in tokens[max(0, i - 2) : i]) in _FULL_OF
            or (  # "with a frozen fly inside": the fly is frozen, not it
                i >= 2
                and tokens[i - 1][0] in ("a", "an")
                and tokens[i - 2][0] == "with"
                and hit[1] == 1
                and i + 1 < len(tokens)
                and tokens[i + 1][0] not in ("in", "into", "with", "and")
                and tokens[i + 1][0] not in PART_WORDS
                and tokens[i + 1][0] not in _OWN_BITS  # ("a cake with a frozen top")
            )
        ):
            i += 1  # said of what it rests on or holds, not of it ("full of burning candles")
            continue
        into = _lookup(tokens, i, INTO_MATERIAL)
        if into is not None and (
            _lookup_near(tokens, i + into[1], MATERIAL_WORDS)
            or _lookup_near(tokens, i + into[1], THING_MATERIALS)  # "overflowing with coins"
            or _lookup_near(tokens, i + into[1], DRINKS)  # "overflowing with wine"
        ):
            hit = into  # "climbing into fog": the top fades into it
        if hit is not None:
            value, n = hit
            if before & _NOT_ITS:
                i += n
                continue
            shed = _with_before(found, tokens, i)
            after = [t[0] for t in tokens[i + n : i + n + 3] if t[0] not in ("a", "an", "the")]
            if value == "becoming" and word.startswith("melt") and after[:1] and after[0] in _POOLS:
                # "a piano melting into a puddle": it melts, it does not turn into water; into
                # the sea, it melts standing in it
                _add(found.modifiers, "melting", tokens, i, n)
                j = i + n + (tokens[i + n][0] in ("a", "an", "the"))
                if after[0] in _WATERS:
                    _add(found.modifiers, "sinking", tokens, j, 1)
                    material("water", j, 1)
                i = j + 1
                continue
            gap = int(i + n < len(tokens) and tokens[i + n][0] in ("with", "in"))
            if (
                value == "melting"
                and word in _DRIP
                and (_lookup_near(tokens, i + n + gap, MATERIAL_WORDS) or shed is not None)
            ):  # ("pancakes dripping with maple syrup": the syrup drips)
                value = "raining"  # "a quill dripping ink": it sheds the ink, it does not melt
            if value in _FLOWS and shed is not None and shed not in found.said:
                # "pancakes with syrup dripping": the syrup is what flows, not what they are
                _add(found.modifiers, value, tokens, i, n)
                found.said.append(shed)
                found.shed.append(shed)
                i += n
                continue
            if value == "swarm" and (
                becoming
                or (i + n < len(tokens) and tokens[i + n][0] in ("with", "in"))
                or "with" in [t[0] for t in tokens[max(0, i - 3) : i]]  # "with bees swarming
                # out": the bees swarm, it is one saxophone
                or (
                    i + n < len(tokens)
                    and tokens[i + n][0] == "of"
                    and before & {"with", "containing", "holding", "full", "by", "and"}
                )
            ):
                # "turns into a flock of moths": the flock is what it becomes; "a beetle
                # swarming with smaller beetles": they cover it (a companion), it is one beetle;
                # "a lantern with a swarm of fireflies inside": the fireflies are many
                i += n
                continue
            if (
                value == "sinking"
                and not (i and tokens[i - 1][0] in ("a", "an", "the"))  # "a sinking ship"
                and not _sinks_into_stuff(tokens, i + n)
            ):
                i += n  # "a cat sinking into a cushion", "the sun sinking behind the hills":
                continue  # no pool to stand it in
            if (
                value == "blowing_away"
                and tokens[i + n - 1][0] == "the"
                and (i + n == len(tokens) or tokens[i + n][0] not in _WINDS)
            ):  # "a temple crumbling in the jungle", "in the rain": it crumbles where it
                # stands, and what it stands in is read after it; in the wind it blows away
                _add(found.modifiers, "fractured", tokens, i, 1)
                i += 1
                continue
            if (
                value == "bitten"
                and i > 2
                and i + n < len(tokens)
                and tokens[i + n][0] not in _LINK
                and tokens[i + n][0] not in ("and", "by", "with", "at", "on", "in")
                and tokens[i - 1][0] in _DETERMINERS
            ):
                i += n  # "a boy holding a half-eaten apple": the apple is bitten, not the boy
                continue
            if (
                word == "frosted"
                and i + 1 < len(tokens)
                and (_lookup(tokens, i + 1, MATERIAL_WORDS) or tokens[i + 1][0] in _FROSTED)
            ):
                i += n  # "frosted glass" is glass, "a frosted cake" iced: no snow on them
                continue
            if (
                value == "frozen"
                and i + n < len(tokens)
                and tokens[i + n][0] in ("inside", "within")
                and i
                and tokens[i - 1][0] not in ("a", "an", "the")
                and (
                    i + n + 1 == len(tokens)
                    or tokens[i + n + 1][0] not in _DETERMINERS
                    or tokens[i + n + 1][1] - tokens[i + n][2] > 1  # (a full stop between)
                )
            ):  # ("a mammoth frozen inside a glacier" is frozen)
                i += n  # "an amber egg, a tiny dragon frozen inside": the dragon is caught in
                continue  # it, the egg is not frozen
            if (
                value == "melting"
                and word in ("molten", "melted")
                and _lookup_near(tokens, i + n, MATERIAL_WORDS)
                and (_made_of(tokens, i) or _noun_of(tokens, i) or word == "molten")
            ):
                nxt = next(
                    (h[0] for j in (i + n, i + n + 1) if (h := _lookup(tokens, j, MATERIAL_WORDS))),
                    "",
                )
                if word == "molten" and nxt in _RUNS_HOT:  # molten gold, molten glass: glowing
                    _add(found.hot, "hot", tokens, i, n)
                i += n  # "a spinning top of molten lava": the stuff is molten, it does not melt
                continue
            if value == "teeth" and _made_of(tokens, i):
                material("teeth", i, n)  # "a chair built from teeth": covered in them, no jaw
            elif value in ("eyes", "teeth") and not before & _GROW:
                _add(found.parts, value, tokens, i, n)
            else:
                _add(found.modifiers, value, tokens, i, n)
                paper = _lookup(tokens, i + n, MATERIAL_WORDS) or _lookup(
                    tokens, i + n, THING_MATERIALS
                )
                if word == "origami" and not (paper and paper[0] in _PAPERS):
                    material("paper", i, n)  # "an origami elephant": folded, and of paper
                    # ("origami newspaper" is newsprint folded)
                if word in ("snowing", "snows", "snowed") or " ".join(
                    t[0] for t in tokens[i : i + n]
                ) in ("falling snow", "drifting snow"):  # it snows: white flakes fall
                    material("ice", i, n)
                    found.stuff_of[i] = ("ice", "white")
                if word in _BLEEDS and not _lookup_near(tokens, i + n, MATERIAL_WORDS):
                    material("ink", i, n)  # "a stone heart, bleeding": blood runs from it
                    found.colours.append(Hit("crimson", tokens[i][1], tokens[i][2], i))
                if _made_of(tokens, i + n) and found.modifiers[-1].index == i:
                    found.soft.append(found.modifiers[-1])  # "built from broken umbrellas"
                if " ".join(t[0] for t in tokens[i : i + n]) in WHOLE_FORMS:
                    found.whole.append(found.modifiers[-1])  # "frozen solid": all the way
            i += n
            continue
        if (
            word == "glass"
            and i
            and tokens[i - 1][0] in _DETERMINERS
            and (i + 1 == len(tokens) or tokens[i + 1][0] in _A_GLASS_OF)
        ):  # "a glass of water", "a glass full of stars": a drinking glass, of glass
            archetypes.append((float(i), Hit("cup", tokens[i][1], tokens[i][2], i)))
            material("glass", i, 1)
            i += 1
            continue
        if (
            word in _WOODS
            and _made_of(tokens, i)
            and (i + 1 == len(tokens) or tokens[i + 1][0] not in _OF_TREES)  # (pine needles)
        ):  # "a barrel made of oak": its wood (driftwood bleached grey)
            material("bamboo" if word == "bamboo" else "wood", i, 1)
            if word in _SHADED:
                found.stuff_of[i] = ("wood", _SHADED[word])
            i += 1
            continue
        if (
            word in _WOODS
            and i + 1 < len(tokens)
            and tokens[i + 1][0] not in _OF_TREES
            and tokens[i + 1][1] - tokens[i][2] == 1  # one space: the same noun phrase
            and not text[tokens[i + 1][1]].isupper()  # (not the next sentence)
            and tokens[i + 1][0] not in _NOT_A_NOUN
        ):
            material("bamboo" if word == "bamboo" else "wood", i, 1)  # "an oak rocking chair":
            # of its wood (an oak tree is a tree)
            if word in _SHADED:
                found.stuff_of[i] = ("wood", _SHADED[word])
            i += 1
            continue
        if (
            word == "ice"
            and i + 1 < len(tokens)
            and tokens[i + 1][0] in ("cream", "creams")
            and (_made_of(tokens, i) or _noun_of(tokens, i))
        ):  # "a lighthouse made of ice cream": of it (an ice cream is the thing itself)
            material("ice cream", i, 2)
            i += 2
            continue
        if (
            _names_after(tokens, i)
            or (
                word == "china"
                and [t[0] for t in tokens[max(0, i - 3) : i]] == ["great", "wall", "of"]
            )
            or (word == "golden" and [t[0] for t in tokens[i + 1 : i + 3]] == ["gate", "bridge"])
        ):
            i += 1  # the noun's own word: the object finder reads the compound (the Golden Gate
            continue  # Bridge is no gold, the Great Wall of China no porcelain)
        if (
            word == "glass"
            and i + 1 < len(tokens)
            and tokens[i + 1][0] in _GLASS_CASES
            and i >= 2
            and tokens[i - 2][0] in _SHUT_IN
        ):
            i += 1  # "a rose under a glass dome": the dome's glass, not the rose's
            continue
        if (
            (hit := _lookup(tokens, i, MATERIAL_WORDS)) is not None
            and hit[0] not in COUNTED
            and (
                thing := _lookup(
                    tokens,
                    # ("brass clockwork gears": brass gears)
                    i
                    + hit[1]
                    + (i + hit[1] < len(tokens) and tokens[i + hit[1]][0] == "clockwork"),
                    THING_MATERIALS,
                )
            )
            is not None
            and thing[0] in COUNTED
            and (_made_of(tokens, i) or _noun_of(tokens, i))
        ):  # "made of copper coins", "rusty keys": the things, in that stuff's look (glass
            # marbles keep their own colours)
            if THING_STUFF.get(thing[0]) != hit[0]:
                found.stuff_of[i + hit[1]] = (hit[0], colour_names.get(word))
            i += hit[1]
            continue
        if (
            word in _THING_STUFFS
            and i
            and any(  # ("a hollow amber pumpkin with a forest inside": the pumpkin)
                tokens[j][0] in ("a", "an", "the")
                and all(t[0] in MODIFIER_FORMS or t[0] in colour_names for t in tokens[j + 1 : i])
                for j in range(max(0, i - 3), i)
            )
            and i + 1 < len(tokens)
            and tokens[i + 1][0] in ("made", "carved", "built", "woven", "with", "of")
            and not (word == "cloud" and tokens[i + 1][0] == "with")  # (its silver lining)
        ):  # "a pumpkin made of glass": the pumpkin is the thing (it was orange clay); "a
            # cloud made of cotton candy" is a cloud (it was a cotton candy on its cone)
            i += 1
            continue
        if word in _CLAD and tokens[i + 1 : i + 2] and tokens[i + 1][0] == "in":
            i += 1  # "feathered in autumn leaves": what it is clad in, said next
            continue
        if (
            word == "patchwork"
            and _lookup(tokens, i, MATERIAL_WORDS) == ("patchwork", 1)
            and _lookup(tokens, i + 1, MATERIAL_WORDS) is not None
        ):
            i += 1  # "patchwork denim" is denim, in patches (a quilt of cotton prints was not)
            continue
        if (hit := _lookup(tokens, i, MATERIAL_WORDS)) is not None and not (
            hit[1] == 1  # ("dark chocolate" is one stuff)
            and word in colour_names
            and word not in _SEEN_THROUGH
            and i + 1 < len(tokens)
            # "a jade glass vase", "an emerald green dress": a colour, not what it is made of
            # ("made of steel glowing blue": steel, glowing)
            and (
                (_lookup(tokens, i + 1, MATERIAL_WORDS) and not _names_after(tokens, i + 1))
                or tokens[i + 1][0] in colour_names
            )
            and tokens[i + 1][0] not in _GLOWS
        ):
            material(hit[0], i, hit[1])
            if word in _SHADED:  # dust: sand's look in grey
                found.stuff_of[i] = (hit[0], _SHADED[word])
            phrase = " ".join(t[0] for t in tokens[i : i + hit[1]])
            if (
                hit[1] > 1
                and phrase in COLOUR_WORDS
                and not any(a <= tokens[i][1] < b for a, b in held)
            ):  # "paper money" is green paper, "moon rock" grey stone, "blue cheese" white
                _add(found.colours, COLOUR_WORDS[phrase], tokens, i, hit[1])
            elif (
                word in colour_names
                and word not in MATERIAL_PBR
                and not (hit[1] > 1 and word in _SHADED)  # "dark chocolate": its own shade
                and phrase not in _COLOUR_IN_NAME
                and not any(a <= tokens[i][1] < b for a, b in held)  # ("on a golden throne")
                and not _one_thing(tokens, i)
            ):
                _add(found.colours, colour_names[word], tokens, i, 1)
            i += hit[1]
            continue
        if word in FRUIT_TREES and i + 1 < len(tokens) and tokens[i + 1][0] in ("tree", "trees"):
            i += 1  # "an orange tree", "a lemon tree": its fruit, not its colour
            continue
        if (
            word in colour_names
            and i
            and any(
                tokens[j][0] in _ARTICLE_WORDS
                and all(
                    t[0] in _SAID_OF
                    or t[0] in MATERIAL_WORDS
                    or t[0] in colour_names
                    or t[0] in MODIFIER_FORMS
                    for t in tokens[j + 1 : i]
                )  # ("a hollow amber pumpkin with a forest inside": the pumpkin)
                for j in range(max(0, i - 3), i)
            )  # ("a single red rose in a vase")
            and (i + 1 == len(tokens) or tokens[i + 1][0] in _AFTER_A_THING)
            and (i < 2 or tokens[i - 2][0] != "of")  # ("a car the colour of an orange")
            and noun_shape(word, embed=False).source == "lexicon"
            and any(t[0] in _AFTER_A_THING for t in tokens[i + 1 : i + 2])
        ):  # "a rose in a vase", "an orange on a plate": the thing, not its colour
            i += 1
            continue
        if (
            word in _PLACE_COLOURS
            and i >= 2
            and tokens[i - 1][0] == "the"
            and tokens[i - 2][0] in _WHERE
            and (i + 1 == len(tokens) or tokens[i + 1][0] not in MATERIAL_WORDS)
        ):  # "floating in the sky", "across the night": where it is, not its colour
            i += 1
            continue
        if word in colour_names:
            found.colours.append(Hit(colour_names[word], tokens[i][1], tokens[i][2], i))
            grown = (
                tokens[max(0, i - 2)][0] in GROW_VERBS
                or (i and tokens[i - 1][0] in GROW_VERBS)
                or (  # "overgrown with red roses", "sprouting pink flowers"
                    i >= 2 and tokens[i - 1][0] == "with" and tokens[i - 2][0] in GROW_VERBS
                )
            )
            flames = _flames_at(tokens, i + 1) is not None
            if flames:
                found.flame_colour = found.colours[-1]
            fitted = any(t[0] in FITTINGS for t in tokens[i + 1 : i + 3]) and any(
                t[0] in ("with", "has", "its", "having") for t in tokens[max(0, i - 3) : i]
            )  # "with a red ribbon" (not "a red door": the object itself)
            if any(a <= tokens[i][1] < b for a, b in (*held, *spills)) or grown or flames or fitted:
                # "filled with red wine", "overgrown with red roses", "blue flames", "with a red
                # ribbon": not its own
                found.held_colours.append(found.colours[-1])
            i += 1
            continue
        made_of = _made_of(tokens, i) or _part_before(found, tokens, i) is not None
        if word in DRINKS and flowing(i):  # "leaking wine", "dripping coffee": the drink's look
            material(DRINKS[word], i, 1)
            i += 1
            continue
        if word in ("stars", "star") and flowing(i):  # "spilling stars": starlight falls
            material("starlight", i, 1)
            i += 1
            continue
        if (thing := _lookup(tokens, i, THING_MATERIALS)) is not None and (
            made_of
            or flowing(i)
            or _noun_of(tokens, i)
            or _sheds_next(tokens, i)
            or (_studded(tokens, i) and word not in PART_WORDS)  # (vines grow as vines)
        ):
            # "carved from a glacier": ice; "melting into a river": water; "cast from melted
            # candles": their wax; "made of whipped cream"
            value, n = thing
            unmade = i and tokens[i - 1][0] in UNMAKING and value in THING_STUFF
            material(THING_STUFF[value] if unmade else value, i, n)
            if word in _SHADED:  # lightning: light in electric blue
                found.stuff_of[i] = (value, _SHADED[word])
            if (
                word == "lightning"
                and made_of
                and all(m.value != "lightning" for m in found.modifiers)
            ):
                _add(found.modifiers, "lightning", tokens, i, n)  # a thing of lightning crackles
                # with its bolts (as straight blue bars it read as neon)
            if made_of and PART_WORDS.get(word) in ("leaves", "petals"):
                _add(found.parts, PART_WORDS[word], tokens, i, 1)  # leaves sprout, in it
                found.bound.append((found.parts[-1], found.said[-1]))
            i += n
            continue
        if (hit := _lookup(tokens, i, ARCHETYPE_WORDS)) is not None:
            value, n = hit
            as_material = _AS_MATERIAL.get(value) or _DEFAULT_MATERIAL.get(value)
            if made_of and as_material:
                material(as_material, i, n)
                if value in _AS_COLOUR and not any(c.index >= i - 3 for c in found.colours):
                    found.colours.append(Hit(_AS_COLOUR[value], tokens[i][1], tokens[i][2], i))
            elif not before & _PLACE:
                archetypes.append((float(i), Hit(value, tokens[i][1], tokens[i + n - 1][2], i)))
            i += n
            continue
        k = i + 1 + (i + 2 < len(tokens) and _colour_word(tokens[i + 1][0]))
        if word in _BREATHES and k < len(tokens) and _lookup(tokens, k, MATERIAL_WORDS):
            _add(found.parts, "breath", tokens, i, 1)  # the material after it is the breath's
            i += 1
            continue
        for table, hits in ((PART_WORDS, found.parts), (MOTION_FORMS, found.motions)):
            if (hit := _lookup(tokens, i, table)) is not None:
                if table is not PART_WORDS or not before & _NOT_ITS:
                    _add(hits, hit[0], tokens, i, hit[1])
                break
        else:
            if (hit := _lookup(tokens, i, SOUND_WORDS)) is not None:
                ambiguous = hit[0] in ("pulse", "breathing", "bells") and not before & _SOUND_CUE
                if not ambiguous:
                    _add(found.sounds, hit[0], tokens, i, hit[1])
            elif word in SIZE_FORMS:
                sizes.append(Hit(word, tokens[i][1], tokens[i][2], i))
            elif (
                made_of
                and not any(m.index == i - 1 for m in found.materials)  # "clock springs"
                and not (word in _A_PIECE and i + 1 < len(tokens) and tokens[i + 1][0] == "of")
                # ("carved from a block of salt": of salt, not of a wooden block)
                and (look := _thing_look(word, tokens, i)) is not None
            ):
                material(look[0], i, 1)  # "a horse made of spoons": iron
                if look[1]:  # in their colour (if nothing else is said)
                    coats.append(Hit(look[1], tokens[i][1], tokens[i][2], i))
        i += 1
    if archetypes:
        found.archetype = min(archetypes, key=lambda a: a[0])[1]
        near = [h for h in sizes if 0 < found.archetype.index - h.index <= 3]
        found.size = near[-1] if near else None
    for m in _WHOSE.finditer(text):  # "a snail whose shell is a teacup": of the teacup's stuff
        a, b = m.span("thing")
        k = next((j for j, t in enumerate(tokens) if t[1] == a), None)
        if k is None or tokens[k][0] in _SCENES or any(a <= h.start < b for h in found.materials):
            continue  # (a shell that is a city or a forest carries it: what is on it, not a stuff)
        said = next(
            (
                hit
                for t in (MATERIAL_WORDS, THING_MATERIALS, DRINKS)
                if (hit := _lookup(tokens, k, t))
            ),
            None,
        )
        if said is not None:  # a stuff a bowl or a pile holds: "a bowl of ramen", "of books"
            _add(found.materials, said[0], tokens, k, 1)
            # in the order said (after "dripping syrup", the syrup had become its shell)
            found.materials.sort(key=lambda h: h.index)
            if m.group("part").lower() == "shell":
                found.shell += [h for h in found.materials if h.index == k]
        elif (look := _thing_look(tokens[k][0], tokens, k, said=True)) is not None:
            material(look[0], k, 1)
            if look[1]:
                coats.append(Hit(look[1], tokens[k][1], tokens[k][2], k))
    for h in found.materials:  # "a snail with a crystal shell", "whose shell is made of glass"
        near = [t[0] for t in tokens[max(0, h.index - 4) : h.index + 2]]
        if ("shell" in near[-1:] or "shell" in near[:-2]) and h not in found.shell:
            found.shell.append(h)
    if (home := dwelling(tokens)) is not None:  # "a mushroom house": lit windows in it
        _add(found.parts, "windows", tokens, home + 1, 1)
    rainbow = any(t[0] in ("rainbow", "rainbows") for t in tokens[:4])  # its bands' colours
    # (what the imagined text after the wish names does not count: "a beetle made of rubies"
    # whose text says it shines is ruby red)
    end = (text.find("\n", coats[0].start) % (len(text) + 1)) if coats else 0
    if (
        coats
        and not any(c.start < end for c in found.colours)
        and len([h for h in found.materials if h.start < end]) == 1
        and not rainbow
    ):
        found.colours.append(coats[0])  # "a chair made of grapes" is purple; "painted blue", or
        # "of diamonds and gold", keep what is said
    first = found.materials[0] if found.materials else None
    if (
        first is not None
        and first.value == "cloud"
        and found.materials[1:2]
        and found.materials[1].value not in ("water", "ice", "light", "fire")  # a rain cloud
        and len(found.materials) > 1
        and first.index + 1 < len(tokens)
        and tokens[first.index + 1][0] == "of"
        and found.materials[1].index - first.index <= 4
    ):  # "a cloud of knitted wool": a cloud made of wool, not of cloud
        found.materials.remove(first)
    rust = next((h for h in found.materials if h.value == "rust"), None)
    metal = next((h for h in found.materials if rust and h.index == rust.index + 1), None)
    if (
        rust is not None
        and metal is not None
        and (
            metal.value in _METALS
            or (metal.value != "iron" and MATERIAL_PBR[metal.value].metallic >= 0.7)
        )
        and tokens[rust.index][0] in ("rusty", "rusted", "corroded", "tarnished")
    ):  # "rusted copper", "rusty bottle caps": the metal, rust in patches over it (rusty iron
        # is rust all over)
        k = found.materials.index(rust)
        found.materials[k], found.materials[k + 1] = metal, rust
        if rust in found.made and metal in found.made:
            j = found.made.index(rust)
            found.made[j], found.made[j + 1] = metal, rust
        if not any(h.value in ("covered", "becoming") for h in found.modifiers):
            found.modifiers.append(Hit("covered", rust.start, rust.end, rust.index))
    return found


def wish_first(found: Found, wish_chars: int, text_twists: int = 1) -> None:
    """Keep the look the person asked for when imagined text follows their words (the first
    ``wish_chars`` characters): the text's twists and materials only when the wish names none
    (its fire or cracks would hide the wish's own twist, and a simile's "like water" or
    "like clockwork" would dress a part of the object in it), and then one twist at most (fire,
    snow and icicles on one teddy bear buried it, to blind judges), and its colours only where
    they say what colour a material is (its "black eyes" do not paint the object); with
    ``text_twists`` 0, none of its twists."""
    for hits in (found.modifiers, found.materials):
        if any(h.start < wish_chars for h in hits):
            hits[:] = [h for h in hits if h.start < wish_chars]
    dropped: list[Hit] = []
    if wish_chars and not any(h.start < wish_chars for h in found.modifiers):
        keep = min(text_twists, 1)
        dropped, found.modifiers[:] = found.modifiers[keep:], found.modifiers[:keep]
    found.materials[:] = [  # not what a dropped twist of the text shed or turned into
        h
        for h in found.materials
        if h.start < wish_chars
        or (
            any(h is m for m in found.said)
            and not any(0 <= h.index - t.index <= 4 for t in dropped)
        )
    ]
    # nor the stuff of the wish's own twist: "a book on fire" is a burning book, not one the
    # text then calls made of flames
    twisted = {_TWIST_STUFF.get(h.value) for h in found.modifiers if h.start < wish_chars}
    found.materials[:] = [
        h for h in found.materials if h.start < wish_chars or h.value not in twisted
    ]
    found.bound[:] = [(p, m) for p, m in found.bound if any(m is h for h in found.materials)]
    found.colours[:] = [
        c
        for c in found.colours
        if c.start < wish_chars or any(_colour_for(found, m) is c for m in found.materials)
    ]


_SURE_THING = 0.9
"""How sure the table must be of the thing a lone stuff's word names ("chocolate" the bar,
"soap" the bar; "honey", "wood" and "fire" stay what they are made of)."""


def find_object(text: str, found: Found, embed: bool = True, wish_chars: int = 0) -> Shape | None:
    """The shape of the object a text names when it is not (first) an archetype word: a noun
    of the WordNet table, else the head of the first noun phrase placed by embeddings. Parts
    named inside the object's own name are dropped from ``found``. With ``wish_chars``, an
    object the person's own words name comes first, even one the table does not know: the
    imagined text's "halibut" does not make a campfire a fish."""
    # how hot it is names no thing ("a red hot poker" is no hot dog)
    tokens = [
        ("", a, b) if any(h.start <= a < h.end for h in found.hot) else (w, a, b)
        for w, a, b in _tokens(text)
    ]
    spans = [
        (h.start, h.end)
        for h in (*found.materials, *found.colours, *found.parts, *found.modifiers,
                  *found.motions, *found.sounds, *found.hot, *([found.size] if found.size else []))
    ]  # fmt: skip
    taken = {i for i, (_, a, b) in enumerate(tokens) if any(s <= a and b <= e for s, e in spans)}
    index = found.archetype.index if found.archetype else None
    shape, named = None, False
    wish = [t for t in tokens if t[2] <= wish_chars]
    if wish and len(wish) < len(tokens):
        own = index if found.archetype and found.archetype.start < wish_chars else None
        shape = find_shape(wish, taken, _PLACE, own, embed=embed)
        named = shape is not None or own is not None  # its noun, or its archetype word
    if not named:
        shape = find_shape(tokens, taken, _PLACE, index, embed=embed)
    if (shape is None or shape.source == "fallback") and found.materials and not found.archetype:
        # nothing but a stuff is named ("chocolate", "soap"): the thing the word surely names
        stuff = [(m.start, m.end) for m in found.materials]
        loose = taken - {i for i, (_, a, b) in enumerate(tokens) for s, e in stuff
                         if s <= a and b <= e}  # fmt: skip
        thing = find_shape(tokens, loose, _PLACE, index, embed=False)
        if (
            thing is not None
            and thing.source == "lexicon"
            and thing.confidence >= _SURE_THING
            and thing.span is not None
            and any(s <= thing.span[0] and thing.span[1] <= e for s, e in stuff)
        ):  # the stuff's own word, not another ("a bar of gold" is no pub)
            shape = thing
    if shape is not None and shape.span is not None:
        # A part word inside the object's own name ("french horn") is not an extra part, nor
        # a twist ("a weeping willow" does not weep); fire still burns ("a burning bush").
        a, b = shape.span
        found.parts = [h for h in found.parts if h.end <= a or h.start >= b]
        found.modifiers = [
            h for h in found.modifiers if h.end <= a or h.start >= b or h.value == "burning"
        ]
    return shape


def _colour_for(found: Found, material: Hit) -> Hit | None:
    """The colour said right before a material (within two words), if any."""
    near = [
        c
        for c in found.colours
        if (
            0 < material.index - c.index <= 2
            or c.index == material.index
            or (material.value == "light" and c.index == material.index + 1)  # "glowing green"
        )
        and not any(m.index == c.index for m in found.materials if m is not material)
    ]  # (a colour that is another stuff's own word is that stuff's: "made of copper, breathing
    # smoke" has grey smoke)
    said = [c for c in near if c.index < material.index]  # "orange steel": orange, not steel's
    return (said or near)[-1] if near else None


def _paint_for(found: Found, hit: Hit | None, k: int, shape, said: str = "") -> Hit | None:
    """The colour pattern of material k: the one said right before its word ("rainbow yarn"),
    else, for the object's own stuff, one said before the object's name ("a striped teapot");
    a four-legged creature's stripes and spots are its coat's (the family draws them). A
    stuff whose name is striped ("peppermint candy", ``said``: its words and a word either side)
    is striped."""
    for p in found.patterns:
        if hit is not None and 0 < hit.index - p.index <= 2:
            return p
    words = [w.strip(",.;") for w in said.lower().split()]
    if hit is not None and (
        any(w in _STRIPED_STUFF for w in words) or "candy cane" in " ".join(words)
    ):  # (a wooden walking cane is not striped)
        return Hit("striped", hit.start, hit.end, hit.index)
    if hit is not None and (
        "piano keys" in " ".join(words) or "dominoes" in words or "domino" in words
    ):
        # piano keys black and white in a row, dominoes black with white pips
        return Hit("checked" if "piano" in words else "spotted", hit.start, hit.end, hit.index)
    if (
        hit is not None
        and any(w in _MANY_COLOURED for w in words)
        and not (hit.value == "marbles" and any(hit is h for h in found.made))
    ):  # (made of marbles, it is glass covered in them; raining marbles, they are every colour)
        return Hit("rainbow", hit.start, hit.end, hit.index)  # confetti: bits of every colour
    if k != 0:
        return None
    coat = shape is not None and kind_of(shape.family, shape.params) == "quadruped"
    for p in found.patterns:
        near = any(0 < m.index - p.index <= 2 for m in found.materials)
        if not near and not (coat and p.value in ("striped", "spotted")):
            return p
    return None


def build_spec(
    text: str,
    found: Found,
    archetype: str | None = None,
    material: str | None = None,
    shape: Shape | None = None,
    wish_chars: int = 0,
) -> ObjectSpec:
    """A complete, valid spec from what was found; ``archetype``/``material`` fill the gaps and
    ``shape`` (see ``find_object``) is the family the object is built as, when it has one;
    ``wish_chars``: the person's own words are the text's first characters."""
    spans: list[Span] = []
    arch = found.archetype.value if found.archetype else (archetype or "orb")
    if shape is not None:
        arch = shape.archetype
        if shape.span is not None:
            field = "family" if shape.family else "archetype"
            spans.append(Span(field=field, start=shape.span[0], end=shape.span[1]))
    elif found.archetype:
        spans.append(Span(field="archetype", start=found.archetype.start, end=found.archetype.end))
    mats = found.materials[:4]
    if shape is not None and shape.span is not None and " " in shape.noun:
        a, b = shape.span  # "a traffic light", "a soldering iron": the light or the iron is
        # in its name, not its stuff ("a stone lantern" is of stone, "a wine glass" of glass)
        mats = [
            m
            for m in mats
            if not (
                a <= m.start < b
                and (
                    m.value == "light"
                    or (m.value == "iron" and m.end >= b)
                    or text[m.start : m.end].lower() == "steam"  # a steam locomotive
                )
            )
        ]
    if (
        shape is not None
        and shape.span is not None
        and shape.lexical
        and kind_of(shape.family, shape.params) in _ALIVE_KINDS
        and shape.noun not in _STUFF_FIRST
    ):
        a, b = shape.span  # a living kind's name, not its stuff: "a golden eagle", "a timber
        # wolf", "a stone crab", "a copper beech" (but "a crab of stone", "a golden wolf", and
        # "a rubber duck", a toy, the project's own noun)
        mats = [m for m in mats if not (a <= m.start and m.end < b)]
    if shape is not None and shape.span is not None and shape.family:
        # the noun itself, not a stuff: "a marble" is a glass marble, not one of marble stone
        mats = [m for m in mats if (m.start, m.end) != tuple(shape.span)]
    if shape is not None and shape.family:  # "a stack of gold coins" is coins of gold, not a
        # thing covered in coins
        own = {THING_MATERIALS.get(shape.noun), THING_MATERIALS.get(shape.noun + "s")}
        mats = [
            Hit(THING_STUFF[m.value], m.start, m.end, m.index)
            if m.value in own and m.value in THING_STUFF
            else m
            for m in mats
        ]
    named = (  # where the thing's name ends ("a wooden ladder": the ladder, built by hand)
        shape.span[1]
        if shape is not None and shape.span is not None
        else found.archetype.end
        if found.archetype is not None
        else None
    )
    of = next(
        (m for m in mats if named is not None and _OF_AFTER.match(text[named : m.start])), None
    )  # what it is said to be of: "a wooden spoon of polished amber" is of amber
    if (
        of is not None
        and all(of is not h for h in found.made)
        and any((named or 0) <= h.start < of.start for h in found.modifiers if h.value in _FLOWS)
    ):
        found.made.append(of)  # "a guitar of bubbling lava": of lava that bubbles, not shed
    if of is not None and len(mats) > 1 and mats[0].end <= (named or 0):
        mats = [of] + [m for m in mats if m is not of]  # its wood only its kind's
    made = [m for m in mats if any(m is h for h in found.made)]
    if made and all(mats[0] is not h for h in made) and not found.bound:
        # "a leather boot knitted from green wool": what it is made of comes first
        mats = made + [m for m in mats if all(m is not h for h in made)]
    defaults = (
        list(FAMILY_INFO[shape.family].materials)
        if shape is not None and shape.family
        else [material or _DEFAULT_MATERIAL.get(arch, "glass")]
    )
    own = (
        own_materials(shape.family or f"@{shape.archetype}", shape.params)
        if shape is not None
        else own_materials(f"@{arch}", {})  # a tree's leafy crown on its wooden trunk
    )
    if own:  # a pizza is crust, cheese and pepperoni; a snail's shell its own
        defaults = list(own)
    stuff = [w for w in (shape.noun.split() if shape else [])[::-1] if w in THING_MATERIALS]
    if stuff and not own:  # a loaf of bread is dough, a glacier ice (a strawberry is its own)
        defaults = [THING_MATERIALS[stuff[0]], *defaults[1:]]
    likeness = _likeness(text, shape.span if shape is not None else None)
    if likeness and shape is not None:  # "a statue of a horse" is stone, not a horse's hide
        defaults = likeness[:1]
    names = [m.value for m in mats] or defaults
    # "A clock that turns into gold", "a cloud raining honey": when every material named comes
    # after the twist, it is what the object becomes or sheds; the object keeps its own first.
    # So does an object whose first material is a part's ("a bird whose wings are glass"),
    # unless the part is a plant's foliage ("a tree whose leaves are mirrors": the canopy).
    flow = [h for h in found.modifiers if h.value in _FLOWS]
    plant = arch in ("tree", "flower") or (shape is not None and shape.family in _PLANTS)
    # (a part sprouting from what the object is made of, "stitched from leaves", is its own)
    part_of = {id(m): p.value for p, m in found.bound if p.index != m.index}
    foliage = bool(mats) and plant and part_of.get(id(mats[0])) in ("leaves", "petals")
    foliage = foliage or (  # a build whose shell is its first stuff: its skin keeps its own
        bool(mats)
        and shape is not None
        and shape.family == "device"
        and round(shape.params.get("appliance", 0)) in _SHELL_FIRST
        and any(mats[0] is h for h in found.shell)
    )
    lead = int(
        bool(mats)
        and not foliage
        and (
            bool(
                flow
                and all(
                    (m.start >= flow[0].start and all(m is not h for h in found.made))
                    or m in found.shed
                    for m in mats
                )
            )  # ("made of bubbling lava" is lava that bubbles)
            or id(mats[0]) in part_of
        )
    )
    if mats and not lead and all(any(m is c for c in found.covers) for m in mats):
        lead = 1  # only what covers it is named: the object keeps its own stuff under it
    shelled = (  # (a shell itself, a clam's, is all shell: gold all over)
        shape is not None and bool(shape.family) and shape.params.get("shell", 0.0) >= 0.3
    )
    if mats and not lead and shelled and any(mats[0] is h for h in found.shell):
        lead = 1  # its shell's stuff: the snail keeps its own soft body under a crystal shell
    breath = bool(mats) and part_of.get(id(mats[0])) == "breath"
    if lead and breath and len(defaults) > 1:  # what it breathes leaves its own two alone
        lead = 2
        names = [*defaults[:2], *names][:4]
    elif lead:
        names = [defaults[0], *names][:4]
    elif foliage and defaults[-1] not in names:
        names = [names[0], defaults[-1], *names[1:]][:4]  # the trunk or stem keeps its own
    hits: list[Hit | None] = [None] * lead + list(mats)
    if foliage and len(names) > len(hits):
        hits = [hits[0], None, *hits[1:]]
    shed = hits[1] if len(hits) > 1 else None
    sheds = [h for h in flow if h.value != "becoming"]  # (what it turns into is its own second)
    if (
        not lead
        and sheds
        and shed is not None
        and shed.start >= sheds[0].start
        and all(shed is not h for h in found.made)
        and len(defaults) > 1
        and defaults[1] not in names
    ):  # "a barrel made of oak, leaking wine": its hoops stay iron, the wine drips
        names, hits = [names[0], defaults[1], *names[1:]][:4], [hits[0], None, *hits[1:]][:4]
    materials = []
    # A colour said of a part ("a tiger with blue eyes") colours neither the object nor its coat.
    own = [
        c
        for c in found.colours
        if not any(0 < p.index - c.index <= 2 for p in found.parts)
        and all(c is not h for h in found.held_colours)
    ]
    loose_colours = [c for c in own if all(_colour_for(found, m) is not c for m in mats)]
    # An animal's own coat ("a tiger" is orange) when the wish names no colour and no material
    # of the object itself (what it turns into or sheds does not count: "a pineapple turning
    # into crystal" is still ochre); the imagined text's colours do not repaint it.
    wish_end = wish_chars or len(text)
    first = hits[0] if hits else None
    coat = (
        ""
        if shape is None
        or likeness[:1] in (["stone"], ["wood"], ["gold"])  # a statue is not painted; a toy is
        or any(c.start < wish_end for c in own)
        or (
            first is not None
            and first.start < wish_end
            # (a stuff in the noun's own name keeps its colour: "a rubber duck" is yellow)
            and not (shape.span and shape.span[0] <= first.start < shape.span[1])
        )
        else shape.coat
    )
    for k, name in enumerate(names):
        pbr = MATERIAL_PBR[name]
        hit = hits[k] if k < len(hits) else None
        colour = _colour_for(found, hit) if hit is not None else None
        stuff, named = found.stuff_of.get(hit.index, ("", None)) if hit is not None else ("", None)
        if hit is None and name == "ice" and shape is not None and "snow" in shape.noun:
            stuff, named = "ice", "white"  # a snowman's own ice is snow
        if stuff:  # "copper coins": coins that look copper
            look = MATERIAL_PBR[stuff]
            pbr = look._replace(base_color=COLOURS[named] if named else look.base_color)
            if stuff == "ice" and named == "white":  # snow: white all through, matte
                pbr = pbr._replace(opacity=1.0, roughness=0.85)
        if colour is None and k == 0 and loose_colours and not coat:
            colour = loose_colours[0]
        said = [c for c in loose_colours if c.start < wish_end]
        if k == 0 and said and colour is not None and colour.start >= wish_end:
            colour = said[0]  # the person's colour, not the imagined text's ("a red umbrella")
        rgb = COLOURS[colour.value] if colour else pbr.base_color
        if colour is not None and name in _FROSTED_PALE:  # green sea glass is a pale green
            rgb = tuple(round(c + (1.0 - c) * 0.45, 3) for c in rgb)
        if (
            k == 0
            and colour is None
            and name == "paper"
            and any(h.value == "folded" for h in found.modifiers)
        ):  # origami paper is coloured: its folds show in it (in cream they read as plaster)
            rgb = COLOURS[_ORIGAMI]
        if k == 0 and coat:
            colour, rgb = None, COLOURS[coat]
        elif (
            k == 1
            and hit is None
            and coat in _DARK_COATS
            and kind_of(shape.family, shape.params) == "bird"
        ):
            colour, rgb = None, COLOURS["charcoal"]  # a raven's beak and legs are black too
        glow, strength = pbr.emissive, pbr.emissive_strength
        if (colour is not None or named) and max(glow) > 0:  # an emerald crystal glows green,
            glow = _hue(rgb)  # not violet; lightning glows electric blue, not lamplight
        if k == 0 and found.hot and strength <= 0:  # "a red-hot sword": hot metal's glow
            glow, strength = _HOT_GLOW, 0.45
        elif k == 0 and found.glows and strength <= 0:  # its own colour, lit from within
            glow = _hue(rgb)
            strength = 0.4 if pbr.metallic > 0.5 else 0.5  # (its stuff still shows)
            if pbr.opacity <= 0.6:  # see-through: its light is spread thin, so brighter
                strength = 1.5  # (a glowing jellyfish of soap bubbles showed no glow)
            elif max(rgb) - min(rgb) < 0.12 and max(rgb) > 0.35 and pbr.metallic < 0.5:  # pale
                glow, strength = _WARM_GLOW, 0.25  # a warm light under it, its veins still seen
        elif k == 0 and found.glows:  # a glowing crystal glows more than a crystal
            strength = max(strength, 1.5)
        if k == 0 and found.glows and found.glow_colour is not None:  # "glowing blue"
            glow = _hue(COLOURS[found.glow_colour.value])
            strength = 0.35  # (its own stuff still shows under the glow)
        near = text[max(0, hit.start - 12) : hit.end + 7] if hit else ""  # its words and the next
        paint = _paint_for(found, hit, k, shape, near)
        materials.append(Material(
            made_of=name, base_color=Color(r=rgb[0], g=rgb[1], b=rgb[2]), metallic=pbr.metallic,
            roughness=pbr.roughness, emissive=Color(r=glow[0], g=glow[1], b=glow[2]),
            emissive_strength=strength, opacity=pbr.opacity, pattern=paint.value if paint else "",
        ))  # fmt: skip
        if paint is not None:
            spans.append(Span(field=f"materials[{k}].pattern", start=paint.start, end=paint.end))
        if k == 0 and (found.hot or found.glows):
            lit = (found.hot or found.glows)[0]
            spans.append(Span(field="materials[0].emissive", start=lit.start, end=lit.end))
        if hit is not None:
            spans.append(Span(field=f"materials[{k}].made_of", start=hit.start, end=hit.end))
        if colour is not None:
            spans.append(
                Span(field=f"materials[{k}].base_color", start=colour.start, end=colour.end)
            )
    for k, m in enumerate(materials):
        said = next((s for s in spans if s.field == f"materials[{k}].base_color"), None)
        if m.made_of == "rust" and said is None and _VERDIGRIS.search(text):
            # copper and bronze rust green ("a griffin of copper wire, rusting green")
            materials[k] = m.model_copy(
                update={"base_color": Color(r=_TEAL[0], g=_TEAL[1], b=_TEAL[2])}
            )
    modifiers = []
    for k, hit in enumerate(found.modifiers[:6]):
        count = max(2, found.count or 7) if hit.value == "swarm" else 1
        # said of the material ("melted candles"), the twist shows without unmaking the object
        amount = (
            1.0 if any(h is hit for h in found.whole)  # ("carved from bone, frozen solid")
            or (hit.value in ("bent", "twisted") and _LIMP.match(text, hit.end))  # ("bending
            # like a noodle")
            or (hit.value == "frozen" and _BLOCK.match(text, hit.end))  # ("frozen in a block")
            else 0.3 if any(h is hit for h in found.soft)
            else 0.6
        )  # fmt: skip
        kind = hit.value
        if kind in ("raining", "melting") and _UPWARD.search(text[hit.end : hit.end + 40]):
            kind = "rising"  # "dripping honey upward", "raining fireflies upwards", "candle
            # wax dripping upward": it climbs off the top
        elif (
            kind == "raining"
            and any(m.value in _BUOYANT and 0 < m.index - hit.index <= 3 for m in found.materials)
            and not text[hit.start : hit.end].lower().startswith(("overflow", "brimming"))
        ):
            kind = "rising"  # "leaking bubbles", "leaking steam": they rise
        if kind == "rising" and any(m.kind == "rising" for m in modifiers):
            continue  # ("a kettle leaking steam": steam said twice rises once)
        modifiers.append(Modifier(kind=kind, amount=amount, count=count))
        spans.append(Span(field=f"modifiers[{k}].kind", start=hit.start, end=hit.end))
    lit = _ALIVE.get(materials[0].made_of) if materials and not modifiers else None
    made = next((h for h in found.made if h.value == materials[0].made_of), None)
    if lit and made is not None:  # "a cat made of smoke" wisps off its top; of fire, burns
        coloured = any(sp.field == "materials[0].base_color" for sp in spans)
        own = materials[0].base_color if coloured and lit == "burning" else None  # blue fire
        modifiers.append(Modifier(kind=lit, amount=0.4, color=own))
        spans.append(Span(field="modifiers[0].kind", start=made.start, end=made.end))
    if (fc := found.flame_colour) is not None:
        # "blue flames": the flames it burns with take the colour; where it has flames of its
        # own and burns with none (a torch, a candle), a burning twist of strength 0 carries it
        k = next((k for k, m in enumerate(modifiers) if m.kind == "burning"), len(modifiers))
        if k == len(modifiers) and k < 6:
            modifiers.append(Modifier(kind="burning", amount=0.0))
        if k < len(modifiers):
            rgb = COLOURS[fc.value]
            flame = Color(r=rgb[0], g=rgb[1], b=rgb[2])
            modifiers[k] = modifiers[k].model_copy(update={"color": flame})
            spans.append(Span(field=f"modifiers[{k}].color", start=fc.start, end=fc.end))
    motions = []
    for k, hit in enumerate(found.motions[:4]):
        amp, freq = MOTION_DEFAULTS[hit.value]
        motions.append(Motion(kind=hit.value, amplitude=amp, frequency_hz=freq))
        spans.append(Span(field=f"motions[{k}].kind", start=hit.start, end=hit.end))
    sounds = []
    for k, hit in enumerate(found.sounds[:4]):
        pitch, tempo, bright = SOUND_DEFAULTS[hit.value]
        sounds.append(
            SoundDescriptor(kind=hit.value, pitch_hz=pitch, tempo_bpm=tempo, brightness=bright)
        )
        spans.append(Span(field=f"sounds[{k}].kind", start=hit.start, end=hit.end))
    parts = []
    made_of = {id(p): m for p, m in found.bound}
    for hit in found.parts:
        if hit.value not in parts and len(parts) < 8:
            spans.append(Span(field=f"parts[{len(parts)}]", start=hit.start, end=hit.end))
            if id(hit) in made_of:  # the mesh builds the part in that material's slot
                m = made_of[id(hit)]
                spans.append(Span(field=f"parts[{len(parts)}].made_of", start=m.start, end=m.end))
            parts.append(hit.value)
    factor = 1.0
    if found.size is not None:
        factor = SIZE_FORMS[found.size.value]
        spans.append(Span(field="size", start=found.size.start, end=found.size.end))
    if any(m.kind == "impossible_scale" for m in modifiers):
        factor *= 3.0
    typical = shape.size if shape is not None else ARCHETYPE_SIZE[arch]
    x, y, z = (min(SIZE_MAX_M, max(SIZE_MIN_M, v * factor)) for v in typical)
    noun = shape.noun if shape is not None and shape.noun else arch
    name = f"{names[0]} {noun}" if names[0] != noun else noun
    family_fields: dict = {}
    if shape is not None:
        params = dict(shape.params)
        said, said_spans = param_words(text, shape.family, wish_chars)
        params.update(said)
        named = text[shape.span[0] : shape.span[1]] if shape.span else ""
        if shape.family == "footwear" and (
            named.endswith("s") or re.search(r"\bpairs?\s+of\b", text[: wish_chars or None])
        ):
            params["pair"] = 1.0  # "a pair of sneakers", "glass boots": two of them
        spans += [Span(field=f, start=a, end=b) for f, a, b in said_spans]
        family_fields = dict(
            family=shape.family, params=params if shape.family else dict(shape.params),
            shape_source=shape.source, shape_confidence=shape.confidence,
        )  # fmt: skip
    adjectives = [m.value for m in found.modifiers if m.value in _ADJECTIVE]
    if adjectives:
        name = f"{adjectives[0]} {name}"
    return ObjectSpec(
        name=name[:80], archetype=arch, parts=parts, size=Vec3(x=x, y=y, z=z),
        materials=materials, modifiers=modifiers, motions=motions, sounds=sounds, spans=spans[:64],
        **family_fields,
    )  # fmt: skip
