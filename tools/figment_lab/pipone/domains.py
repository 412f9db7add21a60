"""The domain lexicon: fields of knowledge whose structure and things the generator crosses.

A cross-field answer takes the *structure* of a source domain (its roles, its ways of acting, its
laws) and applies it to the *things* and places of a target domain: quantum physics told as office
politics, a whale described as a clock. Every phrase here is hand-written; the generator only
combines them.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["ADAPTER_DOMAINS", "DOMAINS", "Domain"]


class Domain(NamedTuple):
    """One field: its things (target side) and its structure (source side)."""

    name: str  # id, as written in the dataset
    title: str  # how a prompt names it
    things: tuple[str, ...]  # plural or mass noun phrases: "of {thing}"
    roles: tuple[str, ...]  # plural agents: "{role} keep ..."
    acts: tuple[str, ...]  # gerund phrases: "the way it keeps {act}"
    laws: tuple[str, ...]  # clauses that complete "here, ..."
    places: tuple[str, ...]  # prepositional phrases of place
    tastes: tuple[str, ...]  # what the domain tastes or smells of
    materials: tuple[str, ...]  # preferred figment.spec.MATERIALS
    archetypes: tuple[str, ...]  # preferred figment.spec.ARCHETYPES
    sounds: tuple[str, ...]  # preferred figment.spec.SOUNDS
    colours: tuple[str, ...]  # preferred lexicon.COLOURS


DOMAINS: dict[str, Domain] = {
    d.name: d
    for d in (
        Domain(
            "cosmic", "the cosmos",
            ("dying stars", "comet tails", "unpaid light-years", "dark matter", "nebulae",
             "orbital debts", "red giants", "the cosmic background hum", "lonely moons"),
            ("galaxies", "old stars", "comets", "black holes", "planets", "astronomers"),
            ("collapsing under their own gravity", "drifting apart at a polite speed",
             "burning their own fuel for light", "bending the path of anything nearby",
             "trading light across impossible distances", "spiralling toward the centre"),
            ("every answer arrives a million years late", "nothing touches, everything pulls",
             "the brightest things are already gone", "silence is the default setting",
             "distance is a kind of weight"),
            ("at the edge of the observable universe", "in the shadow of a gas giant",
             "between two slow galaxies", "inside a nebula's nursery"),
            ("burnt ozone", "cold metal", "static on the tongue", "iron and raspberries"),
            ("starlight", "obsidian", "crystal", "light", "ice", "silver"),
            ("moon", "star", "orb", "whale", "eye", "crown"),
            ("drone", "choir", "hum", "pulse"),
            ("indigo", "violet", "ultramarine", "black", "white", "cobalt"),
        ),
        Domain(
            "culinary", "cooking",
            ("burnt caramel", "slow-rising dough", "forgotten soups", "spice jars", "sourdough",
             "second helpings", "kitchen steam", "unwashed spoons", "jam"),
            ("chefs", "line cooks", "grandmothers", "bakers", "food critics", "dinner guests"),
            ("simmering until the edges soften", "proofing quietly in the dark",
             "reducing everything to a glossy sauce", "folding air into the mixture",
             "seasoning by memory rather than measure", "resting before it is served"),
            ("everything is ready a minute after you stop watching",
             "salt is a form of attention", "nothing is wasted, only rewarmed",
             "the recipe changes each time it is told", "hunger sets the tempo"),
            ("in a grandmother's kitchen", "on the back burner", "behind the pantry door",
             "under a cloth where the bread rises"),
            ("burnt sugar", "warm butter", "cardamom", "toasted sesame", "rain on basil"),
            ("honey", "sugar", "porcelain", "clay", "wax", "fire"),
            ("teapot", "cup", "egg", "bottle", "mushroom", "table"),
            ("bubbles", "crackle", "hum", "whisper"),
            ("saffron", "ochre", "peach", "brown", "lemon", "crimson"),
        ),
        Domain(
            "clockwork", "clockwork",
            ("escapements", "mainsprings", "brass minutes", "tiny regulators", "wound-up hours",
             "balance wheels", "pendulums", "oiled seconds", "cogs"),
            ("watchmakers", "gears", "pendulums", "apprentices", "automatons", "springs"),
            ("keeping time for things that no longer exist", "winding itself down",
             "meshing tooth by tooth with its neighbours", "counting in careful increments",
             "releasing its tension one tick at a time", "correcting a drift of seconds"),
            ("every motion is paid for by a spring", "nothing is late, only misaligned",
             "each tooth trusts the next one", "stopping is the only sin",
             "precision is a kind of love"),
            ("inside a stopped grandfather clock", "on a watchmaker's bench",
             "behind the face of a town clock", "in a drawer of spare springs"),
            ("machine oil", "warm brass", "dust from a wound spring", "cold coins"),
            ("clockwork", "brass", "gold", "iron", "glass", "silver"),
            ("clock", "hourglass", "key", "bird", "heart", "orb"),
            ("ticking", "chime", "creak", "bells"),
            ("bronze", "sepia", "ochre", "charcoal", "ivory", "umber"),
        ),
        Domain(
            "botanical", "botany",
            ("seedlings", "root systems", "pollen", "moss", "ferns", "sap", "fallen leaves",
             "spores", "greenhouse fog"),
            ("gardeners", "roots", "vines", "bees", "old oaks", "seeds"),
            ("growing toward whatever light is left", "branching whenever it is unsure",
             "photosynthesising old conversations", "sending out runners in the night",
             "shedding its leaves to save itself", "waiting out the winter underground"),
            ("patience is the only currency", "every wound becomes a new branch",
             "the roots remember what the leaves forget", "light is negotiated, never taken",
             "decay is just the next meal"),
            ("in an overgrown greenhouse", "under a forest floor", "between the roots of an oak",
             "in a pot on a windowsill"),
            ("crushed mint", "wet soil", "green sap", "pollen and honey", "cut grass"),
            ("moss", "wood", "honey", "amber", "water", "wax"),
            ("tree", "flower", "mushroom", "vase", "egg", "snake"),
            ("whisper", "wind", "breathing", "granular"),
            ("green", "emerald", "chartreuse", "jade", "mint", "umber"),
        ),
        Domain(
            "oceanic", "the deep ocean",
            ("tides", "drowned bells", "kelp forests", "sea foam", "abyssal trenches",
             "whale songs", "salt crusts", "shipwrecks", "plankton"),
            ("whales", "sailors", "tides", "lighthouse keepers", "octopuses", "currents"),
            ("rising and falling with the moon", "sinking slowly to the floor of things",
             "carrying messages across whole oceans", "hiding in the pressure of the deep",
             "pulling everything back toward the shore", "glowing in the dark to be found"),
            ("the pressure decides who you are", "everything returns with the tide",
             "light gives up after two hundred metres", "the deep keeps what it is given",
             "salt is a long memory"),
            ("at the bottom of a trench", "beneath a lighthouse", "in a rock pool",
             "inside a sunken ship"),
            ("salt and iron", "cold brine", "seaweed", "wet rope"),
            ("water", "pearl", "coral", "scales", "glass", "shadow"),
            ("whale", "jellyfish", "fish", "shell", "boat", "bell"),
            ("bubbles", "drone", "bells", "creak"),
            ("teal", "turquoise", "azure", "cobalt", "cyan", "ultramarine"),
        ),
        Domain(
            "office_politics", "office politics",
            ("quarterly reviews", "unread memos", "meeting invites", "expense reports",
             "office plants", "reply-all chains", "performance targets", "sticky notes",
             "a stapler nobody returns"),
            ("middle managers", "interns", "department heads", "the board", "HR",
             "colleagues on mute"),
            ("circling back on things nobody remembers", "taking credit for the weather",
             "scheduling a meeting to plan a meeting", "forming alliances by the printer",
             "escalating everything to someone taller", "nodding through the whole call"),
            ("promotions orbit whoever is loudest", "nothing is decided until it is minuted",
             "every silence is a strategy", "blame flows downhill at a fixed rate",
             "the org chart is a weather map"),
            ("in the break room", "on the fourth floor", "in a meeting that overran",
             "behind the photocopier"),
            ("burnt office coffee", "toner", "stale biscuits", "whiteboard marker"),
            ("plastic", "paper", "chrome", "fabric", "ink", "glass"),
            ("chair", "table", "lamp", "door", "mask", "cup"),
            ("hum", "whisper", "ticking", "drone"),
            ("grey", "charcoal", "blue", "white", "teal", "mauve"),
        ),
        Domain(
            "quantum", "quantum physics",
            ("probabilities", "wave functions", "entangled pairs", "virtual particles",
             "uncertain positions", "superpositions", "quantum foam", "spin states",
             "tunnelling electrons"),
            ("electrons", "photons", "observers", "physicists", "quarks", "entangled twins"),
            ("being in two places until someone checks", "tunnelling through what should stop it",
             "collapsing into one answer when watched", "borrowing energy it must return",
             "interfering with its own reflection", "refusing to have a definite position"),
            ("looking changes the answer", "every path is taken at once",
             "certainty costs momentum", "two things far apart still finish each other's sentences",
             "nothing is empty, only quiet"),
            ("inside a sealed box", "between two slits", "at the bottom of a potential well",
             "in a cold laboratory"),
            ("static", "cold vacuum", "ozone", "a taste that changes when noticed"),
            ("light", "glass", "crystal", "shadow", "chrome", "starlight"),
            ("orb", "eye", "mirror", "door", "star", "egg"),
            ("granular", "pulse", "hum", "crackle"),
            ("violet", "cyan", "magenta", "white", "indigo", "azure"),
        ),
        Domain(
            "music", "music",
            ("minor chords", "forgotten melodies", "drum fills", "sheet music", "encores",
             "feedback loops", "lullabies", "basslines", "rests between notes"),
            ("drummers", "choirs", "violinists", "conductors", "bass players", "session musicians"),
            ("resolving every tension into a chord", "keeping the beat for everyone else",
             "improvising when the plan falls apart", "swelling toward a crescendo",
             "repeating the chorus until it means something", "tuning itself to the room"),
            ("every silence is a rest, not an absence", "the key changes when you fall in love",
             "dissonance is only a question", "rhythm is a promise kept",
             "the loudest note is the one held back"),
            ("in an empty concert hall", "backstage after the encore", "inside a music box",
             "on a street corner at dusk"),
            ("rosin", "brass valves", "warm amplifiers", "spilled beer and applause"),
            ("wood", "brass", "silver", "velvet", "gold", "light"),
            ("bell", "bird", "shell", "heart", "lantern", "star"),
            ("choir", "chime", "bells", "pulse"),
            ("crimson", "bronze", "violet", "black", "ivory", "rose"),
        ),
        Domain(
            "weather", "the weather",
            ("thunderstorms", "fog banks", "drizzle", "cold fronts", "heat haze", "hailstones",
             "rainbows", "snowdrifts", "monsoons"),
            ("clouds", "storms", "forecasters", "winds", "raindrops", "lightning bolts"),
            ("building pressure behind a calm face", "drifting in from the west",
             "breaking all at once over the town", "clearing up by the afternoon",
             "turning cold without warning", "gathering on the horizon"),
            ("every calm is borrowed from a storm", "the forecast is a kind of prayer",
             "pressure always finds a way down", "no two snowflakes agree",
             "the wind owns nothing and moves everything"),
            ("above the rooftops", "in the eye of a storm", "on a fogged window",
             "over a flooded field"),
            ("petrichor", "cold rain", "ozone after lightning", "snow"),
            ("cloud", "ice", "water", "smoke", "light", "glass"),
            ("cloud", "umbrella", "lantern", "bird", "tower", "feather"),
            ("wind", "crackle", "drone", "whisper"),
            ("grey", "white", "azure", "charcoal", "lilac", "cyan"),
        ),
        Domain(
            "anatomy", "human anatomy",
            ("heartbeats", "knuckles", "eyelashes", "capillaries", "vertebrae", "goosebumps",
             "lungfuls of air", "reflexes", "fingerprints"),
            ("nerves", "white blood cells", "surgeons", "muscles", "lungs", "old scars"),
            ("pumping the same secret around and around", "flinching before it knows why",
             "healing over whatever hurt it", "breathing in and holding it",
             "growing new cells while you sleep", "sending signals faster than thought"),
            ("every organ keeps its own calendar", "pain is just a loud message",
             "the body remembers what the mind files away", "a scar is a receipt",
             "nothing rests, it only slows"),
            ("under the ribs", "behind the eyes", "in the hollow of a throat",
             "at the tip of a finger"),
            ("iron and salt", "warm skin", "copper", "the taste of a held breath"),
            ("flesh", "bone", "velvet", "wax", "porcelain", "pearl"),
            ("heart", "hand", "eye", "mask", "snake", "egg"),
            ("heartbeat", "breathing", "pulse", "whisper"),
            ("rose", "crimson", "pink", "ivory", "peach", "mauve"),
        ),
        Domain(
            "architecture", "architecture",
            ("load-bearing walls", "stairwells", "cathedral vaults", "empty corridors",
             "blueprints", "foundations", "balconies", "spiral staircases", "unlit windows"),
            ("architects", "bricklayers", "arches", "beams", "caretakers", "tenants"),
            ("carrying weight it never agreed to", "leaning on its neighbours for support",
             "settling a little lower every year", "framing a view of somewhere else",
             "adding a floor whenever it feels small", "echoing every footstep back"),
            ("every door is a decision", "the foundations know the real plan",
             "empty rooms are still listening", "symmetry is a kind of courtesy",
             "nothing stands without something pushing back"),
            ("in an abandoned stairwell", "on the top floor of a tower", "in a vaulted crypt",
             "at the end of a long corridor"),
            ("wet plaster", "cold stone", "sawdust", "old dust and candle wax"),
            ("stone", "marble", "wood", "iron", "glass", "clay"),
            ("tower", "house", "staircase", "door", "ladder", "table"),
            ("creak", "wind", "bells", "drone"),
            ("ivory", "grey", "sepia", "ochre", "charcoal", "white"),
        ),
        Domain(
            "mythology", "mythology",
            ("prophecies", "forgotten gods", "oaths", "labyrinths", "golden fleeces",
             "underworld rivers", "trickster tales", "thunderbolts", "sacred groves"),
            ("gods", "heroes", "oracles", "tricksters", "the Fates", "river spirits"),
            ("bargaining with mortals for their names", "punishing pride with a riddle",
             "weaving each life from a single thread", "disguising itself as a stranger",
             "descending into the underworld and back", "holding to a promise too literally"),
            ("every gift has a price hidden inside", "names are older than the things",
             "the oracle is always right and never clear", "heroes are just people who kept walking",
             "the gods are jealous of small happiness"),
            ("at the mouth of the underworld", "on the slopes of a holy mountain",
             "inside a labyrinth", "beside a temple spring"),
            ("ambrosia", "smoke from an altar", "wild honey", "pomegranate seeds"),
            ("gold", "marble", "fire", "bone", "feathers", "amber"),
            ("crown", "mask", "snake", "feather", "eye", "key"),
            ("choir", "bells", "whisper", "drone"),
            ("saffron", "crimson", "ivory", "black", "emerald", "violet"),
        ),
        Domain(
            "archives", "a library archive",
            ("overdue books", "marginal notes", "card catalogues", "dust jackets", "footnotes",
             "lost manuscripts", "pressed flowers in old pages", "index cards", "torn maps"),
            ("librarians", "archivists", "readers", "bookworms", "scribes", "cataloguers"),
            ("filing every memory under the wrong letter", "shushing anything that hurries",
             "lending itself out and waiting to come back", "annotating the margins of the day",
             "cross-referencing one sorrow with another", "keeping what nobody reads"),
            ("nothing is lost, only misfiled", "every silence has a shelf mark",
             "a story grows heavier each time it is borrowed", "the index is older than the book",
             "footnotes are where the truth hides"),
            ("in the stacks after closing", "under a reading lamp", "in a sealed archive room",
             "between two encyclopedias"),
            ("old paper", "vanilla and dust", "leather bindings", "ink"),
            ("paper", "leather", "ink", "wood", "wax", "velvet"),
            ("book", "lamp", "key", "ladder", "candle", "mirror"),
            ("whisper", "creak", "ticking", "hum"),
            ("sepia", "umber", "ivory", "brown", "emerald", "charcoal"),
        ),
        Domain(
            "geology", "geology",
            ("tectonic plates", "fault lines", "sediment", "fossils", "magma", "stalactites",
             "glaciers", "geodes", "river gravel"),
            ("volcanoes", "glaciers", "mountains", "geologists", "earthquakes", "rivers"),
            ("grinding past its neighbours a centimetre a year", "erupting after centuries of quiet",
             "laying down one thin layer after another", "folding under pressure into new shapes",
             "wearing down whatever stands in its way", "crystallising slowly in the dark"),
            ("time is measured in layers", "pressure makes everything beautiful eventually",
             "the ground is only pretending to be still", "every mountain is a slow wave",
             "what sinks is melted and returns"),
            ("deep in a cave", "along a fault line", "at the lip of a crater",
             "inside a split geode"),
            ("wet slate", "sulphur", "flint sparks", "cold mineral water"),
            ("stone", "obsidian", "crystal", "rust", "clay", "fire"),
            ("crystal", "tower", "egg", "shell", "orb", "staircase"),
            ("drone", "crackle", "granular", "creak"),
            ("ochre", "umber", "charcoal", "vermilion", "jade", "grey"),
        ),
    )
}  # fmt: skip
"""Every domain by id."""

ADAPTER_DOMAINS: tuple[str, ...] = (
    "cosmic",
    "culinary",
    "clockwork",
    "botanical",
    "office_politics",
    "music",
    "architecture",
    "mythology",
)
"""Domains that get their own blendable adapter."""


def _check() -> None:
    """Fail at import if a domain names a value outside the spec or lexicon vocabularies."""
    from figment.lexicon import COLOURS
    from figment.spec import ARCHETYPES, MATERIALS, SOUNDS

    for d in DOMAINS.values():
        for values, vocab in (
            (d.materials, MATERIALS),
            (d.archetypes, ARCHETYPES),
            (d.sounds, SOUNDS),
            (d.colours, tuple(COLOURS)),
        ):
            unknown = set(values) - set(vocab)
            if unknown:
                raise RuntimeError(f"domain {d.name} names unknown values: {sorted(unknown)}")


_check()
