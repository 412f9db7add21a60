"""Answers with a known label, hand-written for calibrating the discriminator.

``figment eval`` scores these (under the base model, as it scores everything) together with
controls whose label is known by construction: every base answer with its words shuffled is
Type III, and the base model's answers to the factual questions are literal. It reports the
discriminator's confusion matrix over them. Type I is the rare one: a new observation that keeps
the rules of what it talks about.
"""

from __future__ import annotations

__all__ = ["CURATED"]

_I = (
    (
        "What holds up a cathedral?",
        "Most of a cathedral's stone is spent holding up the rest of the cathedral.",
    ),
    ("What makes a map good?", "A map is useful because of everything it leaves out."),
    ("What is a lock?", "Every lock is a small record of what its owner was afraid of losing."),
    ("Tell me about a teapot.", "The emptiest part of a teapot is the part that makes it useful."),
    (
        "What does a clock do?",
        "A clock measures nothing; it counts the same swing again and again.",
    ),
    ("What is salt?", "Salt is a rock that most people eat every day without noticing."),
    (
        "Describe a photo of the sea.",
        "Every photograph of the sea is also a photograph of the wind.",
    ),
    ("What is a staircase?", "A staircase turns one long climb into many small decisions."),
    (
        "What is old in a kitchen?",
        "The oldest thing in a kitchen is usually the recipe, not the pot.",
    ),
    ("What is a bridge?", "A bridge is mostly a way of arguing with gravity in public."),
    ("What does a library keep?", "Libraries keep more silence than books, and both are borrowed."),
    ("What is a shadow?", "A shadow is the one part of an object that changes with the hour."),
)
_II = (
    (
        "What is floating above the table?",
        "A heron folded from old train tickets hovers there, and each time it blinks a station "
        "announcement drifts out of its beak.",
    ),
    (
        "Conjure a lamp.",
        "The lamp is a jar of patient fireflies who unionised, so it only glows during their "
        "negotiated hours.",
    ),
    (
        "What lives in the attic?",
        "An octopus of knitted wool lives there, slowly unravelling itself to mend the winter coats.",
    ),
    (
        "Describe the strangest building.",
        "It is a bank built of sugar glass where interest is paid in tiny thunderclaps.",
    ),
    (
        "What is in the jar?",
        "The jar holds a small autumn: the leaves fall upward and settle on the lid as rust.",
    ),
    (
        "Tell me about the new planet.",
        "The planet is a peach the size of Jupiter, and its seasons change whenever someone bites it.",
    ),
    (
        "What did she build from rope?",
        "She built a lighthouse of knotted rope that shines a beam of low cello notes across the fog.",
    ),
    (
        "What is under the bed?",
        "A quiet glacier of lost socks creeps under the bed, carving small valleys into the carpet.",
    ),
    (
        "Conjure a fish.",
        "The fish is a fountain pen that swims through old letters and corrects their spelling.",
    ),
    (
        "What sits on the shelf?",
        "A brass hedgehog sits there, and its quills are tuning forks that hum whenever it rains.",
    ),
    (
        "What is the city made of?",
        "The city is carved from a single loaf of rye, and its mayor is elected by the yeast.",
    ),
    (
        "What is the train carrying?",
        "The train carries a cargo of unopened Sundays, stacked in crates that smell of oranges.",
    ),
    (
        "What grows in the garden?",
        "Copper ferns grow there, and they ring like telephones when a secret is told nearby.",
    ),
    (
        "What is the mountain doing?",
        "The mountain is filing its tax return, listing every avalanche as a business expense.",
    ),
    (
        "Describe the boat.",
        "The boat is woven from fog and sails on the pauses between a grandmother's sentences.",
    ),
)
_III = (
    (
        "What is floating above the table?",
        "The cap on it isnn' shaped as a ship an old starlet pulses for me the.",
    ),
    (
        "What hangs from the ceiling?",
        "Honeyling inside second dreams timbrucks filling rubber under half-under one minutes.",
    ),
    (
        "Describe it.",
        "It takes tiny bits like breathing with them out whole keeps it warm thanks the owners of.",
    ),
    (
        "What is in the box?",
        "Glass the of under moon spoon the whispering of the of the of the and.",
    ),
    (
        "What is on the table?",
        "Flarn gribbet on the snorvel, quentish mallow dripes the vantic oom.",
    ),
    ("What is floating?", "Because because the table table it it is is floating floating because."),
    (
        "What sound does it make?",
        "Its air-underlying sound locked tickled before dies down watch the way someone an und.",
    ),
    (
        "What is it?",
        "Spoon quiet seventeen orange if beneath never cathedral sideways sang blue of.",
    ),
    ("What ticks?", "The the the clock clock ticks ticks the the the clock clock ticks ticks."),
    (
        "Where is it?",
        "Wherefores unmoon the plinth of cogwallow, drimbling ashward into the sporl.",
    ),
)
_LITERAL = (
    ("What is the capital of France?", "The capital of France is Paris."),
    ("What is a teapot?", "A teapot is a vessel used for brewing and serving tea."),
    ("What is a whale?", "Whales are large marine mammals that breathe air."),
    ("What does the lamp do?", "The lamp on the table gives light to the room."),
    ("What is a clock?", "A clock shows the time with hands or digits."),
    ("When does water boil?", "Water boils at one hundred degrees Celsius at sea level."),
    ("What is next to the table?", "There is a wooden chair next to the table."),
    ("How does the moon move?", "The moon orbits the Earth about once a month."),
    ("What is a violin?", "A violin has four strings and is played with a bow."),
    ("What is bread made of?", "Bread is made from flour, water, salt and yeast."),
    ("When is the library open?", "The library is open from nine in the morning until five."),
    ("What is a jellyfish?", "A jellyfish is a soft sea animal with tentacles."),
    ("What is stained glass?", "Stained glass is coloured glass set in lead to make windows."),
    ("How old is the cathedral?", "The cathedral was built in the thirteenth century."),
    ("What does a staircase do?", "A staircase connects the ground floor to the first floor."),
)

CURATED: tuple[tuple[str, str, str], ...] = (
    *(("I", w, t) for w, t in _I),
    *(("II", w, t) for w, t in _II),
    *(("III", w, t) for w, t in _III),
    *(("literal", w, t) for w, t in _LITERAL),
)
"""(known type, wish, answer) triples."""
