"""The discriminator's and the router's reference phrases, hand-written for this project.

``STOCK``: clichés and stock metaphors; an answer close to one of them is not novel. ``RULES``:
pairs of a statement that breaks a domain's rules (a stone that breathes) and its plain counterpart
(a stone that lies still). ``DOMAINS``: fields of knowledge, each described by a few phrases; an answer
draws from the domains its sentences are close to.
"""

from __future__ import annotations

__all__ = ["DOMAINS", "RULES", "STOCK"]

STOCK: tuple[str, ...] = (
    "Time is money.", "Life is a journey.", "Love is a battlefield.", "The world is a stage.",
    "A heart of gold.", "Light at the end of the tunnel.", "The calm before the storm.",
    "Every cloud has a silver lining.", "Its eyes were the windows to the soul.",
    "As busy as a bee.", "As cold as ice.", "As light as a feather.", "As old as time.",
    "Quiet as a mouse.", "Sharp as a knife.", "Bright as the sun.", "As strong as an ox.",
    "A needle in a haystack.", "A drop in the ocean.", "The tip of the iceberg.",
    "Time flies when you are having fun.", "A sea of faces.", "A blanket of snow.",
    "The stars were diamonds in the sky.", "The moon was a ghostly galleon.",
    "Her voice was music to my ears.", "He has a heart of stone.", "A storm of emotions.",
    "The city never sleeps.", "Knowledge is power.", "Laughter is the best medicine.",
    "Home is where the heart is.", "The pen is mightier than the sword.",
    "Beauty is in the eye of the beholder.", "It was a dark and stormy night.",
    "Once upon a time there was a magical kingdom.", "They lived happily ever after.",
    "A rollercoaster of emotions.", "Frozen in time.", "Lost in thought.",
    "A whisper of the wind.", "The sun smiled down on us.", "The trees danced in the wind.",
    "Waves crashed against the shore.", "The fire crackled in the fireplace.",
    "A mysterious ancient artifact with magical powers.", "A glowing orb of pure energy.",
    "It holds the secrets of the universe.", "A portal to another dimension.",
    "An ancient magical creature from another world.", "It shimmers with an otherworldly glow.",
    "The key to unlocking your true potential.", "A symbol of hope and resilience.",
    "It represents the beauty of nature.", "A testament to human ingenuity.",
    "It is a reminder that we are all connected.", "The journey of a thousand miles.",
    "A picture is worth a thousand words.", "All that glitters is not gold.",
    "Actions speak louder than words.", "The early bird catches the worm.",
    "Curiosity killed the cat.", "Don't judge a book by its cover.",
    "The grass is always greener on the other side.", "Rome was not built in a day.",
    "The elephant in the room.", "Break the ice.", "Under the weather.",
    "A blessing in disguise.", "Once in a blue moon.", "Raining cats and dogs.",
    "I am sorry, but I cannot help with that.", "As an AI, I do not have personal experiences.",
    "That is a great question.", "There are many possible answers to this question.",
    "It depends on many factors.", "In conclusion, it is important to remember.",
)  # fmt: skip
"""Clichés and stock answers: nearness to one of them counts against novelty."""

RULES: tuple[tuple[str, str], ...] = (
    ("The stone breathes slowly in its sleep.", "The stone lies still on the ground."),
    (
        "Time pools in the corners of the room.",
        "The clock in the corner of the room shows the time.",
    ),
    ("The clock eats the light around it.", "The clock hangs on the wall in the light."),
    ("Its shadow walks away on its own.", "Its shadow falls on the floor behind it."),
    ("The teapot boils a small thunderstorm.", "The teapot is full of boiling water."),
    (
        "The whale is made of unwound clock springs.",
        "The whale is a large mammal that swims in the ocean.",
    ),
    ("The soup tastes of the colour blue.", "The soup tastes of salt and onions."),
    ("The chair remembers everyone who sat on it.", "The chair stands beside the table."),
    ("The moon hums when nobody is listening.", "The moon rises over the hills at night."),
    ("Rain falls upward from the table.", "Rain falls from the clouds onto the roof."),
    ("The door is afraid of being opened.", "The door opens onto the hallway."),
    ("The map grows new roads at night.", "The map shows the roads of the city."),
    ("The lamp shines darkness instead of light.", "The lamp lights the room."),
    ("The bird is built from broken violin strings.", "The bird has feathers and a small beak."),
    ("The library shelves its readers.", "The library lends books to its readers."),
    ("The mountain is late for its meeting.", "The mountain is covered in snow."),
    ("The kettle votes in office elections.", "The kettle whistles when the water boils."),
    ("The star was promoted to middle management.", "The star shines in the night sky."),
    ("The tree grows downward into the sky.", "The tree grows tall in the forest."),
    ("The fish swims through the air of the attic.", "The fish swims in the river."),
    ("The coin has three sides.", "The coin is made of copper."),
    ("The cathedral is folded like paper origami.", "The cathedral has tall stone arches."),
    ("Its echo arrives before the sound.", "The echo comes back a moment after the sound."),
    ("The jellyfish is made of stained glass.", "The jellyfish drifts in the sea."),
    ("The staircase climbs itself at night.", "The staircase leads to the second floor."),
    ("The violin is carved from frozen honey.", "The violin is made of spruce and maple."),
    ("The book reads whoever opens it.", "The book has three hundred pages."),
    ("The garden is planted with small thunderstorms.", "The garden is planted with roses."),
    ("The candle burns cold and wet.", "The candle burns with a small warm flame."),
    ("The river flows backwards into last week.", "The river flows down to the sea."),
    ("The bone hums like a transformer.", "The bone is hard and white."),
    ("The cloud is made of unpaid invoices.", "The cloud is made of water droplets."),
    ("The sword is forged from a lullaby.", "The sword is forged from steel."),
    ("The house digests its furniture.", "The house is full of furniture."),
    ("The crown is made of dying stars.", "The crown is made of gold."),
    ("The ladder leads down into the ceiling.", "The ladder leans against the wall."),
    ("The apple ripens into an old man.", "The apple ripens on the tree."),
    ("The bread rises until it becomes a small moon.", "The bread rises in the oven."),
    ("The bridge crosses from Tuesday to the sea.", "The bridge crosses the river."),
    ("The glass is full of quiet arguments.", "The glass is full of water."),
)
"""Pairs on one subject: a statement that breaks its domain's rules (what a thing is made of, how
it acts), and its plain counterpart. Their differences point from keeping the rules to breaking
them, whatever the subject."""


DOMAINS: dict[str, tuple[str, ...]] = {
    "cosmos": ("stars, galaxies and planets", "orbits, gravity and light-years",
               "a comet crossing the night sky", "nebulae and black holes"),
    "cooking": ("a kitchen with pots, spices and ovens", "baking bread and simmering soup",
                "the taste of caramel, salt and butter", "a chef plating a dinner"),
    "clockwork": ("gears, springs and cogs ticking", "a clockmaker winding a watch",
                  "brass mechanisms and pendulums", "a wind-up automaton"),
    "botany": ("roots, leaves and flowers growing", "seeds sprouting in soil",
               "moss, ferns and vines in a garden", "a tree with bark and branches"),
    "ocean": ("the deep sea with whales and coral", "waves, tides and salt water",
              "jellyfish drifting in the dark water", "a shipwreck on the seabed"),
    "office": ("meetings, memos and managers", "an office with desks and spreadsheets",
               "a promotion and a quarterly report", "coworkers and office politics"),
    "physics": ("quantum particles and wave functions", "atoms, electrons and energy",
                "an experiment in a physics laboratory", "entropy, fields and forces"),
    "music": ("a violin, a piano and a choir", "melody, rhythm and harmony",
              "an orchestra playing a symphony", "notes on a musical score"),
    "weather": ("rain, thunderstorms and wind", "clouds, fog and snow",
                "a forecast of storms", "lightning over the hills"),
    "anatomy": ("bones, muscles and the heart", "blood, veins and skin",
                "teeth, eyes and lungs", "a skeleton and its ribs"),
    "architecture": ("a cathedral with arches and columns", "walls, stairs and windows",
                     "an architect drawing a building", "towers, bridges and domes"),
    "mythology": ("gods, heroes and monsters", "a dragon guarding treasure",
                  "an ancient legend and a prophecy", "spirits, oracles and curses"),
    "archives": ("a library of books and catalogues", "manuscripts, letters and files",
                 "a librarian shelving old records", "ink, paper and index cards"),
    "geology": ("rocks, minerals and crystals", "a volcano and lava",
                "layers of sediment and fossils", "caves, quartz and granite"),
    "animals": ("a dog, a cat and birds", "wild animals in a forest",
                "fur, feathers and paws", "insects, moths and beetles"),
    "mind": ("memories, dreams and fears", "feelings of grief, hope and longing",
             "a thought forgotten at night", "secrets, wishes and regrets"),
    "home": ("a table, a chair and a lamp", "a room with a sofa and a rug",
             "a teapot, cups and spoons", "a door, a key and a window"),
    "machines": ("engines, wires and circuits", "a robot, a computer and a motor",
                 "electricity humming in cables", "a factory with conveyor belts"),
}  # fmt: skip
"""Domains an answer can draw from, each described by four phrases."""
