"""Surface forms: the words a text may use for each value of the spec's vocabularies.

The lexicon (``figment.lexicon``) gives the canonical words and their numbers;
these tables add the synonyms, inflections and everyday words people and the model actually use
("golden" → gold, "timepiece" → clock, "red" → a colour). Keys are lower-case single words or
short phrases; values are vocabulary names.
"""

from __future__ import annotations

import re

from figment.lexicon import COLOURS, MADE_VERBS
from figment.spec import ARCHETYPES, MATERIALS, MODIFIERS, MOTIONS, PARTS, SOUNDS

__all__ = [
    "ARCHETYPE_WORDS",
    "BECOMES_PART",
    "BECOMING_WORDS",
    "COLOUR_WORDS",
    "CONTAINER_WORDS",
    "DRINKS",
    "HELD_MATERIALS",
    "INTO_MATERIAL",
    "MATERIAL_WORDS",
    "MODIFIER_FORMS",
    "MOTION_FORMS",
    "PART_WORDS",
    "PATTERN_WORDS",
    "SHED_WORDS",
    "SIZE_FORMS",
    "SOUND_WORDS",
    "TANGLE_VERBS",
    "THING_MATERIALS",
    "WHOLE_FORMS",
    "contents",
]

ARCHETYPE_WORDS: dict[str, str] = {a: a for a in ARCHETYPES} | {
    "clocks": "clock", "timepiece": "clock", "whales": "whale", "leviathan": "whale", "trees": "tree",
    "lamps": "lamp", "lampshade": "lamp",
    "streetlamp": "lamp", "doors": "door",
    "stairs": "staircase", "staircases": "staircase", "stairway": "staircase",
    "steps": "staircase", "eyes": "eye", "eyeball": "eye", "jellyfishes": "jellyfish",
    "chairs": "chair",
    "moons": "moon", "keys": "key", "books": "book", "tome": "book",
    "birds": "bird", "fishes": "fish", "carp": "fish", "eel": "snake",
    "hands": "hand", "bells": "bell", "teapots": "teapot",
    "ladders": "ladder", "mirrors": "mirror", "looking glass": "mirror", "umbrellas": "umbrella",
    "parasol": "umbrella", "cups": "cup", "teacup": "cup",
    "tables": "table", "candles": "candle", "candlestick": "candle",
    "flowers": "flower",
    "mushrooms": "mushroom", "fungus": "mushroom",
    "crystals": "crystal", "prism": "crystal",
    "shells": "shell", "houses": "house",
    "cottage": "house", "cabin": "house", "boats": "boat",
    "hourglasses": "hourglass", "sandglass": "hourglass",
    "lanterns": "lantern", "clouds": "cloud", "stars": "star", "masks": "mask",
    "crowns": "crown", "vases": "vase",
    "eggs": "egg", "towers": "tower", "bottles": "bottle",
    "feathers": "feather", "hearts": "heart",
    "snakes": "snake", "serpent": "snake", "orbs": "orb", "sphere": "orb",
    "bubble": "orb",
}  # fmt: skip
"""Words for archetypes."""

COUNTED = frozenset({
    "clockwork", "feathers", "coral", "crystal", "leaves", "needles", "wire", "coins", "buttons",
    "berries", "chains", "keys", "teeth", "bones", "shells", "marbles", "dice", "cards", "books",
    "bubbles", "nails", "pencils", "matches", "spoons", "candles", "bricks", "pebbles",
    "sugar cubes",
})  # fmt: skip
"""Materials that are many small things: an object made of them is covered in them (the mesh
stage builds them), so what they are made of only colours them ("copper coins", "rusty keys")."""

THING_STUFF: dict[str, str] = {
    "clockwork": "brass", "feathers": "feathers", "coral": "coral", "crystal": "crystal",
    "leaves": "leaves", "needles": "needles", "wire": "wire", "coins": "gold", "buttons": "plastic",
    "berries": "berries", "chains": "iron", "keys": "brass", "teeth": "bone", "bones": "bone",
    "shells": "shells", "marbles": "glass", "dice": "plastic", "cards": "paper", "books": "paper",
    "bubbles": "glass", "nails": "iron", "pencils": "wood", "matches": "wood", "spoons": "silver",
    "candles": "wax", "bricks": "clay", "pebbles": "stone", "sugar cubes": "sugar",
}  # fmt: skip
"""What each of the small things is made of, for when they are unmade: "a bell cast from melted
candles" is wax, "a statue of crushed bones" bone."""
UNMAKING = frozenset({"melted", "molten", "crushed", "ground", "powdered", "shredded", "pulped",
                      "mashed", "smelted", "pulverised", "pulverized", "ground-up"})  # fmt: skip
"""Words that turn small things back into their stuff."""

_THINGS = (
    "bread", "cheese", "maps", "leaves", "needles", "coins", "buttons", "berries", "chains", "keys",
    "teeth", "bones", "shells", "marbles", "dice", "cards", "books", "bubbles", "nails", "pencils",
    "matches", "spoons", "candles", "bricks", "pebbles", "sugar cubes", "sushi", "pizza", "cookie",
    "waffle", "watermelon", "cactus", "pancakes", "pretzel",
)  # fmt: skip
"""Materials that are things, said as such only where something is made of them (a tree's leaves,
a loaf of bread, a map are not what the object is made of): they are in ``THING_MATERIALS``."""

MATERIAL_WORDS: dict[str, str] = {m: m for m in MATERIALS if m not in _THINGS} | {
    "glassy": "glass", "glasswork": "glass", "blood": "ink", "brick": "bricks", "sand": "sand",
    "sandy": "sand", "seaweed": "seaweed", "algae": "moss", "kelp": "seaweed", "nori": "seaweed", "flour": "sugar", "ghostly": "smoke", "spectral": "smoke",
    "ghostlike": "smoke", "ghost": "smoke", "stained-glass": "stained glass",
    "leaded glass": "stained glass", "tiffany glass": "stained glass", "clockworks": "clockwork", "cogs": "clockwork",
    "corals": "coral", "smoky": "smoke", "smoke-like": "smoke", "mist": "smoke", "steam": "smoke",
    "copper": "brass", "bronze": "brass", "golden": "gold", "gilded": "gold", "silvery": "silver",
    "silvered": "silver", "cast iron": "iron", "cast-iron": "iron", "wrought iron": "iron",
    "steel": "iron", "metal": "iron", "metallic": "iron", "tin": "iron",
    "rusty": "rust", "rusted": "rust", "mirrored": "chrome", "wooden": "wood", "timber": "wood",
    "oaken": "wood", "bark": "bark", "tree bark": "bark", "driftwood": "wood", "stony": "stone", "granite": "granite", "rock": "stone",
    "pebble": "stone", "marbled": "marble", "bony": "bone",
    "ivory": "bone", "whalebone": "bone", "papery": "paper", "parchment": "paper", "icy": "ice",
    "frozen": "ice", "frost": "ice", "snow": "ice", "watery": "water", "liquid": "water",
    "rain": "water", "flame": "fire", "fiery": "fire", "burning": "fire", "embers": "fire",
    "sparks": "fire", "confetti": "paper", "robotic": "chrome", "cybernetic": "chrome",
    "lava": "lava", "magma": "lava", "glowing": "light", "luminous": "light", "neon": "neon", "neon tubes": "neon", "neon tube": "neon",
    "neon lights": "neon", "neon signs": "neon", "neon sign": "neon", "neon tubing": "neon", "glows": "light",
    "glow": "light", "shines": "light", "shining": "light", "gleaming": "light",
    "radiant": "light", "bioluminescent": "light", "phosphorescent": "light", "cloth": "fabric",
    "wool": "wool", "linen": "fabric", "lace": "lace", "velvety": "velvet",
    "leathery": "leather", "ceramic": "porcelain", "china": "porcelain", "waxy": "wax",
    "crystalline": "crystal", "quartz": "crystal", "diamond": "crystal", "mossy": "moss",
    "lichen": "moss", "grass": "moss", "syrup": "honey", "inky": "ink", "cloudy": "cloud",
    "cotton": "fabric", "cotton wool": "cloud", "cotton balls": "cloud", "cotton ball": "cloud", "stardust": "starlight", "moonlight": "starlight", "sunlight": "light",
    "volcanic glass": "obsidian", "resin": "amber", "pearly": "pearl", "nacre": "pearl",
    "pine branches": "needles", "fir branches": "needles", "pine boughs": "needles",
    "fir boughs": "needles", "evergreen branches": "needles", "spruce branches": "needles",
    "mother-of-pearl": "pearl", "candy": "sugar", "jelly beans": "sugar", "jelly bean": "sugar",
    "jellybeans": "sugar", "gumdrops": "sugar", "gummy bears": "sugar", "jelly babies": "sugar", "caramel": "honey", "bubblegum": "bubblegum",
    "licorice": "licorice", "liquorice": "licorice", "liquorish": "licorice",
    "bubble gum": "bubblegum", "chewing gum": "bubblegum", "gum": "bubblegum", "spaghetti": "pasta", "noodles": "pasta",
    "linguine": "pasta", "ramen": "pasta", "macaroni": "pasta", "fettuccine": "pasta",
    "tagliatelle": "pasta", "vermicelli": "pasta", "udon": "pasta",
    "lego": "toy bricks", "legos": "toy bricks", "lego-like": "toy bricks", "lego bricks": "toy bricks",
    "lego blocks": "toy bricks", "building blocks": "toy bricks", "duplo": "toy bricks",
    "toy building bricks": "toy bricks", "lego pieces": "toy bricks", "plastic bricks": "toy bricks",
    "sushi rolls": "sushi", "maki": "sushi",
    "banknotes": "banknotes", "bank notes": "banknotes", "dollar bills": "banknotes",
    "dollar bill": "banknotes", "paper money": "banknotes", "banknote": "banknotes",
    "money notes": "banknotes", "sea glass": "sea glass", "beach glass": "sea glass", "seaglass": "sea glass",
    "frosted glass": "sea glass", "frosted sea glass": "sea glass",
    "spider silk": "lace", "cobwebs": "lace", "cobweb": "lace", "spider webs": "lace",
    "doily": "lace", "doilies": "lace", "spiderweb": "lace", "spiderwebs": "lace",
    "dark chocolate": "chocolate", "milk chocolate": "chocolate", "chandelier crystals": "crystal",
    "dew": "water", "dewdrops": "water", "dew drops": "water", "raindrops": "water",
    "raindrop": "water", "seawater": "water", "sea water": "water", "saltwater": "water",
    "salt water": "water", "brine": "water",
    "sea salt": "salt", "rock salt": "salt", "salt crystals": "salt", "salt crystal": "salt",
    "himalayan salt": "salt", "pink salt": "salt", "table salt": "salt", "salt block": "salt",
    "storm clouds": "cloud",
    "storm cloud": "cloud", "thunderclouds": "cloud", "rain clouds": "cloud",
    "braided rope": "straw", "woven rope": "straw", "twisted rope": "straw", "knotted rope": "straw",
    "coiled rope": "straw",
    "meat": "flesh", "skin": "flesh", "feathered": "feathers", "feathery": "feathers",
    "scaled": "scales", "scaly": "scales", "shadows": "shadow", "shadowy": "shadow",
    "darkness": "shadow", "rubber": "plastic", "vinyl": "vinyl", "vinyl records": "vinyl", "vinyl record": "vinyl",
    "vinyl discs": "vinyl", "vinyl lps": "vinyl", "plastics": "plastic",
    "mud": "clay", "terracotta": "clay", "earthen": "clay",
    # cords and cables are plastic (words that name things people also wish for, a cake or a
    # loaf, stay objects: the noun table shapes them; made of one, they are bread)
    "sourdough": "bread", "dough": "bread", "pastry": "bread", "gingerbread": "gingerbread",
    "raw salmon": "flesh", "salmon fillet": "flesh", "smoked salmon": "flesh",
    "raw fish": "flesh", "raw meat": "bacon", "raw steak": "bacon", "raw beef": "bacon",
    "sliced fruit": "citrus", "fruit slices": "citrus", "birch wood": "wood", "birch bark": "bark", "stuffing": "wool", "popsicle sticks": "wood", "lolly sticks": "wood",
    "craft sticks": "wood", "ice lolly sticks": "wood", "piano keys": "plastic",
    "dominoes": "plastic", "domino tiles": "plastic", "orange peel": "citrus peel", "orange peels": "citrus peel",
    "lemon peel": "citrus peel", "lime peel": "citrus peel", "citrus peel": "citrus peel",
    "orange rind": "citrus peel", "lemon rind": "citrus peel", "orange skin": "citrus peel",
    "orange skins": "citrus peel", "tangerine peel": "citrus peel", "lemon peels": "citrus peel",
    "mandarin peel": "citrus peel", "grapefruit peel": "citrus peel", "cactus skin": "cactus", "blue cheese": "blue cheese",
    "gorgonzola": "blue cheese", "stilton": "blue cheese", "roquefort": "blue cheese",
    "salami": "salami", "pepperoni slices": "salami", "chorizo": "salami",
    "circuit boards": "circuit board", "circuit board": "circuit board",
    "circuitry": "circuit board", "circuits": "circuit board", "motherboards": "circuit board",
    "motherboard": "circuit board", "microchips": "circuit board", "computer chips": "circuit board",
    "silicon chips": "circuit board", "printed circuits": "circuit board",
    "stacked pancakes": "pancakes", "pancake stack": "pancakes",
    "flapjacks": "pancakes", "tortilla": "bread", "tortillas": "bread", "wine corks": "cork", "corks": "cork", "cork": "cork",
    "champagne corks": "cork", "corkboard": "cork", "cork board": "cork",
    "whale bone": "bone", "whale bones": "bone", "foam": "bubbles", "soap suds": "bubbles",
    "suds": "bubbles", "soapsuds": "bubbles", "froth": "bubbles", "bubble bath": "bubbles",
    "banana peels": "leather", "banana peel": "leather", "banana skins": "leather", "blueberries": "berries",
    "blueberry": "berries", "blackberries": "berries", "blackcurrants": "berries",
    "fluff": "wool", "zebra fur": "fur",
    "zebra skin": "fur", "zebra hide": "fur", "tiger fur": "fur", "tiger skin": "fur",
    "leopard fur": "fur", "leopard skin": "fur",
    "cinnamon roll": "bread", "cinnamon rolls": "bread", "cinnamon bun": "bread",
    "cinnamon buns": "bread",
    "chocolate": "chocolate", "cocoa": "chocolate", "fudge": "chocolate",
    "corrugated": "cardboard", "corrugated iron": "iron", "corrugated steel": "iron",
    "corrugated tin": "iron", "corrugated metal": "iron", "wire": "wire", "wires": "wire", "wiring": "wire",
    "chainmail": "chainmail", "chain mail": "chainmail", "chain-mail": "chainmail",
    "ring mail": "chainmail", "mail armour": "chainmail",
    "barbed wire": "barbed wire", "razor wire": "barbed wire", "copper wire": "wire", "chicken wire": "wire", "foil": "foil",
    "tinfoil": "foil", "tin foil": "foil", "aluminium foil": "foil", "aluminum foil": "foil",
    "aluminium": "silver", "aluminum": "silver", "furry": "fur", "furred": "fur", "fleece": "fur",
    "denim": "denim", "blue denim": "denim", "denim fabric": "denim", "denim cloth": "denim", "jeans": "denim", "blue jeans": "denim",
    "old jeans": "denim", "chambray": "denim", "tweed": "fabric", "yarn": "wool", "bamboo": "bamboo", "felt": "fabric",
    "crocheted": "wool", "crochet": "wool", "woollen": "wool",
    "woolen": "wool", "woolly": "wool",
    "wooly": "wool", "cashmere": "wool", "mohair": "wool", "angora": "wool", "merino": "wool",
    "burlap": "fabric", "corduroy": "fabric", "plush": "fur", "fluffy": "fur",
    "hay": "needles", "sheet music": "newsprint", "sandpaper": "sand", "emery paper": "sand", "soap": "soap", "soaps": "soap", "bath soap": "soap", "soapstone": "soap",
    # "gold coins" are coins in gold's colour, not gold with coins beside it
    "gold coins": "coins", "soap bubbles": "bubbles", "soap bubble": "bubbles",
    "playing cards": "cards", "playing card": "cards", "sugar cubes": "sugar cubes",
    "sugar cube": "sugar cubes", "sugar lumps": "sugar cubes",
    "marshmallow": "marshmallow", "marshmallows": "marshmallow",
    "mini marshmallows": "marshmallow", "toasted marshmallows": "marshmallow", "jelly": "honey", "jam": "berries",
    "ketchup": "berries", "marmalade": "honey", "tomato sauce": "berries", "marinara": "berries",
    "pasta sauce": "berries", "tomato juice": "berries",
    "cord": "plastic", "cords": "plastic", "cable": "plastic", "cables": "plastic",
    # fog and haze are what a thing fades into, not objects ("climbing into fog")
    "fog": "cloud", "foggy": "cloud", "haze": "smoke", "hazy": "smoke", "misty": "smoke",
    "mirror shards": "chrome", "shards of mirror": "chrome", "mirror glass": "chrome",
    # woven cane is wood; jade is a polished green stone (its colour comes with it)
    "wicker": "straw", "rattan": "straw", "wickerwork": "straw", "raffia": "straw",
    "woven straw": "straw", "jade": "jade stone", "nephrite": "jade stone", "jadeite": "jade stone",
    "green jade": "jade stone", "jade stone": "jade stone", "white jade": "jade stone",
    # grass woven, dried or plaited is straw (growing grass is moss)
    "woven grass": "straw", "dried grass": "straw", "dry grass": "straw", "plaited grass":
    "straw", "braided grass": "straw", "seagrass": "straw", "sisal": "straw", "reeds": "straw",
    "woven reeds": "straw", "woven palm": "straw", "palm leaves": "straw", "palm fronds": "straw",
    # a gem is cut crystal in its own colour (gems, jewels: things a chest is full of); sandstone
    # is stone in its own
    "emerald": "crystal", "ruby": "crystal", "sapphire": "crystal", "amethyst": "crystal",
    "gem": "crystal", "gemstone": "crystal",
    "pewter": "iron", "titanium": "chrome", "platinum": "silver", "nickel": "silver",
    "sandstone": "stone", "mahogany": "wood", "ebony": "wood", "teak": "wood", "walnut": "wood",
    "basalt": "stone", "lapis": "stone", "lapis lazuli": "stone", "malachite": "jade stone", "rose gold": "gold", "steel wool": "wire", "wire wool": "wire", "latex": "plastic",
    "moon rock": "stone", "moonrock": "stone", "moon rocks": "stone", "lunar rock": "stone",
    "pumice": "stone",
    "snakeskin": "scales", "carbon fiber": "plastic", "carbon fibre": "plastic",
    "stainless steel": "chrome",
    "rosewood": "wood", "balsa": "wood", "plywood": "wood",
    # thick, glossy, running stuff: honey's look, in the colour the wish gives it
    "slime": "honey", "goo": "honey", "ooze": "honey", "sludge": "honey", "mucus": "honey",
    "sprinkles": "sprinkles", "hundreds and thousands": "sprinkles", "nonpareils": "sprinkles",
    "seeds": "sprinkles", "sesame seeds": "sprinkles", "poppy seeds": "sprinkles",
    "jimmies": "sprinkles", "frosting": "sugar", "icing": "sugar", "slate": "stone",
    "enamel": "porcelain", "enamelled": "porcelain", "bakelite": "plastic",
    "beeswax": "wax", "glitter": "foil", "glittery": "foil", "damascus": "iron",
    "canvas": "fabric", "plaster": "clay", "cement": "concrete", "asphalt": "stone", "chalk": "clay",
    "coal": "stone", "soot": "smoke",
    "plasma": "light", "hologram": "light", "holographic": "light", "energy": "light",
    "electricity": "light", "mercury": "chrome", "satin": "silk", "silk": "silk", "silken": "silk", "silks": "silk",
    "charmeuse": "silk", "raw silk": "silk", "suede": "leather",
    "opal": "pearl", "onyx": "obsidian", "topaz": "crystal",
    "alabaster": "marble", "sealskin": "leather", "rawhide": "leather",
    "scrap metal": "rust", "scrap iron": "rust", "scrap": "rust", "corroded": "rust",
    "verdigris": "rust", "patina": "rust",
    "chitin": "obsidian",
    "lacquer": "porcelain", "lacquered": "porcelain", "sandalwood": "wood",
    "dust": "sand", "oil": "ink", "oily": "ink", "grease": "ink", "greasy": "ink", "tar": "ink",
    "gel": "honey", "gelatin": "honey", "gelatine": "honey", "gunmetal": "iron",
    "pumpkin": "pumpkin", "pumpkins": "pumpkin", "pumpkin skin": "pumpkin",
    "raspberry jelly": "honey", "strawberry jelly": "honey", "cherry jelly": "honey",
    "grape jelly": "honey", "lime jelly": "honey", "orange jelly": "honey",
    "blackcurrant jelly": "honey", "raspberry jam": "berries", "strawberry jam": "berries",
    "smoky quartz": "crystal", "smokey quartz": "crystal", "sliced cucumber": "citrus",
    "cucumber slices": "citrus", "brass clockwork": "clockwork", "copper clockwork": "clockwork", "sparkles": "starlight", "sparkle": "starlight", "jello": "honey", "jell-o": "honey", "sequins": "foil", "sequin": "foil",
    "marzipan": "sugar", "fondant": "sugar", "gummy worms": "sugar", "gummy candy": "sugar",
    "tofu": "wax", "photographs": "paper", "photos": "paper", "old photographs": "paper",
    "coffee beans": "pebbles", "burnt toast": "bread", "burned toast": "bread",
    "cinnamon bread": "bread", "cinnamon toast": "bread", "chocolate bark": "chocolate",
    "corn husks": "leaves", "corn husk": "leaves",
    "meatballs": "bread", "orange juice": "honey", "frozen orange juice": "ice",
    "apple juice": "honey", "grape juice": "berries",
    "sponge cake": "bread", "kitchen sponge": "cheese", "eggshells": "porcelain", "eggshell": "porcelain",
    "egg shells": "porcelain", "walnut shells": "walnut shells", "walnut shell": "walnut shells",
    "nutshells": "walnut shells", "nut shells": "walnut shells", "pecan shells": "walnut shells",
    "cabbage leaves": "broad leaves", "lettuce leaves": "broad leaves",
    "banana leaves": "broad leaves", "banana leaf": "broad leaves",
    "lotus leaves": "broad leaves", "taro leaves": "broad leaves",
    "monstera leaves": "broad leaves", "giant leaves": "broad leaves", "huge leaves": "broad leaves",
    "big leaves": "broad leaves", "broad leaves": "broad leaves", "rhubarb leaves": "broad leaves",
    "lettuce leaf": "broad leaves", "cabbage leaf": "broad leaves", "kale leaves": "broad leaves",
    "collard greens": "broad leaves", "leafy greens": "broad leaves", "salad leaves": "broad leaves",
    "cinnamon sticks": "bark", "cinnamon stick": "bark",
    "cotton candy": "cloud", "candy floss": "cloud", "fairy floss": "cloud",
    "pinecones": "scales", "pine cones": "scales",
    "bottle caps": "bottle caps", "bottlecaps": "bottle caps", "bottle tops": "bottle caps",
    "beer caps": "bottle caps", "crown caps": "bottle caps", "soda caps": "bottle caps",
    "bottle cap": "bottle caps", "beer bottle caps": "bottle caps", "soda bottle caps": "bottle caps",
    "bacon": "bacon", "raw bacon": "bacon", "streaky bacon": "bacon", "bacon strips": "bacon",
    "bacon rashers": "bacon", "rashers": "bacon", "pancetta": "bacon", "prosciutto": "bacon",
    "popcorn": "popcorn", "popped corn": "popcorn", "chocolate chip cookie": "cookie",
    "chocolate chip cookies": "cookie", "chocolate chip": "cookie", "shortbread": "cookie",
    "cookie dough": "cookie", "oreo": "cookie", "oreos": "cookie", "oreo cookie": "cookie",
    "oreo cookies": "cookie", "watermelon slices": "watermelon", "watermelon rind": "watermelon",
    "orange slices": "citrus", "sliced oranges": "citrus", "sliced orange": "citrus",
    "lemon slices": "citrus", "sliced lemons": "citrus", "sliced lemon": "citrus",
    "lime slices": "citrus", "citrus slices": "citrus", "grapefruit slices": "citrus",
    "lime slice": "citrus", "lemon slice": "citrus", "orange slice": "citrus",
    "slice of lime": "citrus", "slice of lemon": "citrus", "slice of orange": "citrus",
    "slices of lime": "citrus", "slices of lemon": "citrus", "slices of orange": "citrus",
    "citrus": "citrus", "dried orange slices": "citrus", "bubble wrap": "bubble wrap",
    "bubblewrap": "bubble wrap", "bubble-wrap": "bubble wrap", "packing bubbles": "bubble wrap",
    "waffle batter": "waffle", "waffle cone": "waffle", "waffle cones": "waffle",
    "belgian waffle": "waffle", "belgian waffles": "waffle",
    # butter: soft, pale yellow lumps (wax's look, in its colour)
    "butter": "wax", "buttery": "wax",
}  # fmt: skip
"""Words for materials."""

COLOUR_WORDS: dict[str, str] = {
    "blood": "crimson", "bloody": "crimson", "butter": "lemon", "buttery": "lemon",
    "ghostly": "mint", "spectral": "mint", "ghostlike": "mint", "ghost": "mint",  # see-through
    "red": "crimson", "yellow": "lemon", "purple": "violet", "gray": "grey", "golden": "saffron",
    "gold": "saffron", "silver": "tin", "silvery": "tin", "sky": "azure",
    "lime": "chartreuse", "olive": "ochre", "tan": "umber", "beige": "ivory", "cream": "ivory",
    "amber": "ochre", "copper": "copper", "rust": "sepia", "coral": "rose", "scarlet": "scarlet",
    "lavender": "lilac", "plum": "mauve", "ruby": "crimson", "sapphire": "cobalt", "aqua": "cyan",
    "snow": "white", "ebony": "black", "jet": "black", "ashen": "grey", "pale": "white",
    "dark": "charcoal", "orange": "orange", "autumn": "ochre", "autumnal": "ochre",
    "chocolate": "brown", "denim": "navy", "lemon slices": "lemon", "sliced lemons": "lemon",
    "sliced lemon": "lemon", "lime slices": "chartreuse", "lime slice": "chartreuse",
    "lemon slice": "lemon", "smoky quartz": "taupe", "smokey quartz": "taupe",
    "sliced cucumber": "chartreuse", "cucumber slices": "chartreuse", "slice of lime": "chartreuse", "slices of lime": "chartreuse",
    "slice of lemon": "lemon", "slices of lemon": "lemon", "sea glass": "mint",
    "beach glass": "mint", "grapefruit slices": "rose",
    "raspberry jelly": "crimson", "strawberry jelly": "scarlet", "cherry jelly": "crimson",
    "grape jelly": "violet", "lime jelly": "chartreuse", "orange jelly": "orange",
    "blackcurrant jelly": "violet", "raspberry jam": "crimson", "strawberry jam": "scarlet",
    "tofu": "ivory", "coffee beans": "sepia", "burnt toast": "umber", "burned toast": "umber",
    "cinnamon bread": "sepia", "cinnamon toast": "sepia",
    "corn husks": "ivory", "corn husk": "ivory", "meatballs": "umber", "orange juice": "orange",
    "frozen orange juice": "orange", "apple juice": "saffron", "photographs": "taupe",
    "old photographs": "sepia",
    "eggshells": "ivory", "eggshell": "ivory", "egg shells": "ivory",
    "walnut shells": "bronze", "walnut shell": "bronze", "cabbage leaves": "mint",
    "steel wool": "steel", "wire wool": "steel", "rose gold": "peach",
    "cinnamon sticks": "sepia", "cinnamon stick": "sepia",
    "himalayan salt": "pink", "cotton candy": "pink", "candy floss": "pink",
    "fairy floss": "pink", "pinecones": "sepia", "pine cones": "sepia",  "oreo": "black", "oreos": "black", "oreo cookie": "black",
    "oreo cookies": "black",
    "sand": "sandstone", "sandy": "sandstone", "brick": "vermilion",
    "mahogany": "sepia", "walnut": "umber", "basalt": "charcoal", "granite": "grey",
    "moon rock": "grey", "popsicle sticks": "sandstone",
    "lolly sticks": "sandstone", "craft sticks": "sandstone", "piano keys": "white",
    "dominoes": "black", "domino tiles": "black", "orange peel": "orange", "orange peels": "orange",
    "lemon peel": "lemon", "lime peel": "chartreuse", "tortilla": "ivory", "tortillas": "ivory",
    "seeds": "ivory", "sesame seeds": "ivory", "poppy seeds": "charcoal", "banana peels": "lemon", "banana peel": "lemon",
    "banana skins": "lemon", "zebra fur": "charcoal",
    "zebra skin": "charcoal", "zebra hide": "charcoal", "tiger fur": "orange", "tiger skin": "orange",
    "leopard fur": "ochre", "leopard skin": "ochre",
    "stuffing": "white", "fluff": "white", "tomato sauce": "scarlet",
    "marinara": "scarlet", "pasta sauce": "scarlet", "tomato juice": "scarlet",
    "ketchup": "scarlet",
    "raw salmon": "peach", "salmon fillet": "peach", "smoked salmon": "peach",
    "birch bark": "ivory", "birch wood": "ivory", "sliced fruit": "orange", "moonrock": "grey", "moon rocks": "grey", "lunar rock": "grey", "pumice": "grey",
    "concrete": "grey", "lapis": "ultramarine", "lapis lazuli": "ultramarine",
    "carbon fiber": "charcoal", "carbon fibre": "charcoal", "carbon": "charcoal",
    "yellowed": "ivory", "marshmallow": "white", "marshmallows": "white",
    "straw": "saffron", "hay": "saffron", "wicker": "sandstone", "rattan": "sandstone", "candy": "rose",
    "wickerwork": "sandstone",
    "red licorice": "scarlet", "red liquorice": "scarlet",
}  # fmt: skip
"""Everyday colour words mapped to the lexicon's colour names (which also match as themselves)."""

PART_WORDS: dict[str, str] = {p: p for p in PARTS} | {
    "wing": "wings", "leg": "legs", "tentacle": "tentacles", "spike": "spikes", "thorns": "spikes",
    "root": "roots", "handles": "handle", "horn": "horns", "tails": "tail", "petal": "petals",
    "gear": "gears", "cog": "gears", "cogwheels": "gears", "chain": "chains", "flame": "flames",
    "chained": "chains",
    "antenna": "antennae", "leaf": "leaves", "window": "windows", "wheel": "wheels", "fin": "fins",
    "halos": "halo", "eye": "eyes", "tooth": "teeth", "fangs": "teeth",
    "fire-breathing": "breath", "firebreathing": "breath", "vine": "vines", "ivy": "vines",
    "creepers": "vines", "creeper": "vines", "tendrils": "vines", "brambles": "vines",
}  # fmt: skip
"""Words for parts. 'eyes' and 'teeth' also name modifiers (a part on anything)."""

MODIFIER_FORMS: dict[str, str] = {
    m: m for m in MODIFIERS if m not in ("inside_out", "upside_down", "covered", "lightning", "blowing_away")
} | {
    "inside out": "inside_out", "inside-out": "inside_out", "upside down": "upside_down",
    "upside-down": "upside_down", "upturned": "upside_down", "inverted": "upside_down",
    "topsy-turvy": "upside_down", "melts": "melting", "melted": "melting", "thawing": "melting",
    "thaws": "melting", "defrosting": "melting",
    "snowing": "raining", "snows": "raining", "snowed": "raining",
    "falling snow": "raining", "drifting snow": "raining",
    "molten": "melting", "deflating": "melting", "deflated": "melting", "deflates": "melting",
    "dripping": "melting", "drips": "melting", "twisting": "twisted",
    "twists": "twisted", "spiralling": "twisted", "warped": "bent", "bending": "bent",
    "curved": "bent", "wilting": "bent", "wilted": "bent", "drooping": "bent",
    "droopy": "bent", "sagging": "bent", "fracture": "fractured", "cracked": "fractured", "shattered": "fractured",
    "hatching": "fractured", "hover": "floating", "bleeding": "raining", "bleeds": "raining",
    "cracking": "fractured", "cracks": "fractured", "crumbling": "fractured", "collapsing": "fractured", "collapses": "fractured",
    "falling apart": "fractured", "toppling": "fractured", "crack": "fractured",
    "breaking apart": "fractured", "breaks apart": "fractured", "coming apart": "fractured",
    "comes apart": "fractured", "splitting apart": "fractured", "broken apart": "fractured",
    "cracking apart": "fractured", "falling to pieces": "fractured",
    "breaking into pieces": "fractured", "shattering into pieces": "fractured",
    "shattering": "fractured", "breaking into shards": "fractured",
    "shattering into shards": "fractured",
    "breaking into fragments": "fractured", "splintering": "fractured",
    "broken": "fractured", "splintered": "fractured", "hollowed": "hollow", "empty": "hollow",
    "swarming": "swarm", "flock": "swarm", "school of": "swarm", "dozens": "swarm", "hundreds": "swarm",
    "countless": "swarm", "impossibly": "impossible_scale",
    "impossible": "impossible_scale", "colossal": "impossible_scale", "giant": "impossible_scale",
    "gigantic": "impossible_scale", "floats": "floating", "float": "floating",
    "hovering": "floating", "hovers": "floating", "levitating": "floating", "suspended": "floating",
    "weightless": "floating", "rippling": "noise", "static": "noise", "glitching": "noise",
    "grainy": "noise", "stretching": "stretched", "elongated": "stretched", "stretches": "stretched",
    "rains": "raining", "leaking": "raining", "leaks": "raining", "pouring": "raining",
    "pours": "raining", "weeping": "raining", "oozing": "raining", "spilling": "raining",
    "drizzling": "raining", "shedding": "raining", "raining upward": "rising", "raining up": "rising",
    "rains upward": "rising", "falling upward": "rising", "falls upward": "rising",
    "rises": "rising", "bubbling": "rising", "freezing": "frozen", "frosted": "frozen",
    "snowy": "frozen", "snow-covered": "frozen", "snowcapped": "frozen", "snow-capped": "frozen",
    "covered in snow": "frozen", "covered with snow": "frozen", "dusted with snow": "frozen",
    "under snow": "frozen", "in the snow": "frozen", "frozen solid": "frozen",
    "frozen in ice": "frozen", "encased in ice": "frozen", "trapped in ice": "frozen",
    "block of ice": "frozen", "frozen inside ice": "frozen", "sealed in ice": "frozen",
    "encased in glass": "frozen", "frozen in glass": "frozen", "encased in crystal": "frozen",
    "icicles": "frozen", "iced": "frozen", "burns": "burning", "ablaze": "burning",
    "aflame": "burning", "on fire": "burning", "catching fire": "burning",
    "catches fire": "burning", "caught fire": "burning", "catching alight": "burning",
    "bursting into flames": "burning", "bursts into flames": "burning", "set alight": "burning",
    "going up in": "burning", "blazing": "burning", "smouldering": "burning",
    "flaming": "burning", "alight": "burning", "ignited": "burning",
    "smoldering": "burning", "folds": "folded", "origami": "folded", "creased": "folded",
    "crumpled": "folded", "turns into": "becoming", "turning into": "becoming",
    "becomes": "becoming", "dissolves into": "becoming", "dissolving into": "becoming",
    "transforms into": "becoming",
    "changes into": "becoming", "fades into": "becoming", "fading into": "becoming",
    # "a clock that melts into moths": melting *into* something is becoming it, not a sag
    "melts into": "becoming", "melting into": "becoming", "melt into": "becoming",
    "melted into": "becoming", "dissolve into": "becoming", "turn into": "becoming",
    "turned into": "becoming", "transform into": "becoming", "transforming into": "becoming",
    "change into": "becoming", "changing into": "becoming", "morphs into": "becoming",
    "morphing into": "becoming", "crumbles into": "becoming", "crumbling into": "becoming",
    "unravels into": "becoming", "unravelling into": "becoming", "unraveling into": "becoming",
    "bursts into": "becoming", "bursting into": "becoming", "scatters into": "becoming",
    "scattering into": "becoming", "blossoms into": "becoming", "blossoming into": "becoming",
    "evaporates into": "becoming", "evaporating into": "becoming", "erupts into": "becoming",
    "erupting into": "becoming", "explodes into": "becoming", "exploding into": "becoming",
    # lightning: said as a twist ("a made of lightning" is a stuff, electric blue light)
    "crackling with lightning": "lightning", "crackles with lightning": "lightning",
    "crackling with electricity": "lightning", "crackling with energy": "lightning",
    "crackling with sparks": "lightning", "crackling with static": "lightning",
    "sparking with electricity": "lightning", "buzzing with electricity": "lightning",
    "humming with electricity": "lightning", "charged with lightning": "lightning",
    "struck by lightning": "lightning", "hit by lightning": "lightning",
    "lightning-struck": "lightning", "wreathed in lightning": "lightning",
    "shooting lightning": "lightning", "spitting lightning": "lightning",
    "throwing lightning": "lightning", "sparking": "lightning", "electrified": "lightning",
    "electrocuted": "lightning",
    "unraveling": "unravelling", "unravels": "unravelling", "unravel": "unravelling",
    "unravelled": "unravelling", "unraveled": "unravelling", "coming undone": "unravelling",
    "coming unravelled": "unravelling", "coming unstitched": "unravelling",
    "fraying": "unravelling", "frayed": "unravelling", "unspooling": "unravelling",
    "entangled": "tangled", "tangled up": "tangled", "tangle": "tangled",
    "tied in knots": "twisted", "in a knot": "twisted", "into a knot": "twisted",
    "folding in": "folded", "folding up": "folded", "folding itself": "folded",
    "sinking into": "sinking", "sinks into": "sinking", "sinking in": "sinking",
    "sunk in": "sinking", "half sunk": "sinking", "half-sunk": "sinking",
    "submerged in": "sinking", "half-submerged": "sinking", "half submerged": "sinking",
    "drowning in": "sinking", "sinking beneath": "sinking", "half buried": "sinking",
    "half-buried": "sinking", "buried in": "sinking", "partly buried": "sinking",
    "unfolds": "unfolding", "unfolded": "unfolding", "unfold": "unfolding",
    "folding open": "unfolding", "opening up": "unfolding", "opens up": "unfolding",
    "blowing away": "blowing_away", "blown away": "blowing_away", "blows away": "blowing_away",
    "blow away": "blowing_away", "blowing apart": "blowing_away", "blown apart": "blowing_away",
    "scattering in the": "blowing_away", "scattered by the": "blowing_away",
    "disintegrating": "blowing_away", "disintegrates": "blowing_away", "eroding": "blowing_away",
    "crumbling in the": "blowing_away", "crumbles in the": "blowing_away",  # (wind)
    "drifting apart": "blowing_away", "drifts apart": "blowing_away",
    "crumbling to dust": "blowing_away", "turning to dust": "blowing_away",
    "turning into ash": "blowing_away", "turning to ash": "blowing_away",
    "turning into ashes": "blowing_away", "turning to ashes": "blowing_away",
    "crumbling into ash": "blowing_away", "crumbling to ash": "blowing_away",
    "crumbling into ashes": "blowing_away", "crumbling to ashes": "blowing_away",
    "turning into dust": "blowing_away", "crumbling into dust": "blowing_away",
    "burning to ash": "blowing_away", "burning to ashes": "blowing_away",
    "burnt to ash": "blowing_away", "burned to ash": "blowing_away",
    "crumbling into sand": "blowing_away", "crumbling to sand": "blowing_away",
    "dissolving into sand": "blowing_away", "dissolving into dust": "blowing_away",
    "dissolving into ash": "blowing_away", "dissolving into ashes": "blowing_away",
    "dissolves into sand": "blowing_away", "dissolves into dust": "blowing_away",
    "turning into sand": "blowing_away", "turning to sand": "blowing_away",
    "dissolving into the wind": "blowing_away",
    "dissolving": "melting", "dissolves": "melting",
    "folded in half": "bent", "folded in two": "bent", "bent in half": "bent",
    "bent double": "bent", "folded double": "bent",
    "split open": "fractured", "cracked open": "fractured", "broken open": "fractured",
    "split in two": "fractured", "split in half": "fractured", "sliced open": "fractured",
    "cut open": "fractured", "splitting open": "fractured", "bursting open": "fractured",
    "half eaten": "bitten", "half-eaten": "bitten", "partly eaten": "bitten",
    "partially eaten": "bitten", "nibbled": "bitten", "bitten into": "bitten",
    "bite taken out": "bitten", "bite out of": "bitten", "bite marks": "bitten",
    "being eaten": "bitten", "chewed": "bitten", "gnawed": "bitten",
}  # fmt: skip
"""Words for modifiers. 'eyes'/'teeth' are parts unless the text grows them ('covered in eyes')."""

WHOLE_FORMS = frozenset({
    "folded in half", "folded in two", "bent in half", "bent double", "folded double",
    "frozen solid", "frozen in ice", "encased in ice", "trapped in ice", "block of ice",
    "breaking apart", "breaks apart", "coming apart", "comes apart", "splitting apart",
    "broken apart", "cracking apart", "falling apart", "falling to pieces", "breaking into pieces",
    "shattering into pieces",
    "frozen inside ice", "sealed in ice", "encased in glass", "frozen in glass",
    "encased in crystal",
})  # fmt: skip
"""Words for a twist taken all the way (its ``amount`` 1): frozen into a block of ice."""

INTO_MATERIAL: dict[str, str] = {
    f"{verb} into": "becoming"
    for verb in ("climbing", "climbs", "climb", "rising", "rises", "rise", "disappearing",
                 "disappears", "vanishing", "vanishes", "reaching", "reaches", "spiralling",
                 "spiraling", "spirals", "leading", "leads", "drifting",
                 "drifts", "fraying", "frays", "trailing", "trails", "thinning", "thins")
} | {
    # "a goblet overflowing with honey": honey spills down it (a goblet of its own stuff), while
    # "a bathtub overflowing with stars" holds stars
    **dict.fromkeys(
        ("overflowing with", "overflows with", "overflowed with", "brimming with",
         "brimming over with", "spilling over with", "spills over with", "bubbling over with",
         "running over with", "gushing", "gushes", "spewing", "spews"),
        "raining",
    ),
    # "a chimney belching smoke", "a kettle puffing steam": it rises off the top
    **dict.fromkeys(
        ("puffing", "puffs", "belching", "belches", "billowing", "billows", "venting", "vents",
         "exhaling", "exhales"),
        "rising",
    ),
}  # fmt: skip
"""Movements that become a twist only before a material: "a staircase climbing into fog" fades
into cloud at its top, while "a ball rising into the sky" only rises; what it overflows with or
puffs out is what flows, not what it is made of."""

SHED_WORDS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("steaming", "steams", "steamy", "steam"), ("rising", "smoke")),
    **dict.fromkeys(("smoking", "smokes"), ("rising", "smoke")),
    **dict.fromkeys(("haunted", "spooky", "possessed"), ("rising", "smoke")),  # ghostly wisps
    **dict.fromkeys(("cursed", "accursed"), ("rising", "shadow")),  # dark ones
}  # fmt: skip
"""One word that is a flow and its stuff: "a steaming kettle" has steam (smoke) rising off it;
"a smoking volcano" smoke; a haunted lantern pale wisps, a cursed one dark. Not before a thing
it brews ("a cauldron steaming a storm")."""

BECOMES_PART: dict[str, str] = {
    **dict.fromkeys(
        ("moth", "moths", "butterfly", "butterflies", "bird", "birds", "bat", "bats", "bee",
         "bees", "wasp", "wasps", "dragonfly", "dragonflies", "dove", "doves", "crow", "crows",
         "raven", "ravens", "sparrow", "sparrows", "swallow", "swallows", "firefly", "fireflies",
         "fly", "flies", "locust", "locusts", "pigeon", "pigeons", "gull", "gulls", "seagulls",
         "starling", "starlings", "finch", "finches", "insect", "insects", "beetle", "beetles",
         "owl", "owls", "hummingbird", "hummingbirds", "cicada", "cicadas", "midges"),
        "wings",
    ),
    "leaf": "leaves", "leaves": "leaves", "petal": "petals", "petals": "petals",
    "flame": "flames", "flames": "flames",
}  # fmt: skip
"""What an object may turn into that is a part, not a material: fliers (a flock of winged
things leaving it), leaves, petals, flames. Read only after a ``becoming`` twist."""

BECOMING_WORDS: dict[str, str] = {
    "rusting": "rust", "rusts": "rust", "corroding": "rust", "corrodes": "rust",
    "oxidizing": "rust", "oxidising": "rust", "petrifying": "stone", "fossilizing": "stone",
    "fossilising": "stone", "crystallizing": "crystal", "crystallising": "crystal",
    "crystallizes": "crystal", "crystallises": "crystal", "ossifying": "bone",
    "calcifying": "bone", "gilding": "gold", "evaporating": "smoke", "evaporates": "smoke",
}  # fmt: skip
"""One word that is a twist and what it becomes: "a loaf of bread that is slowly rusting"
turns to rust from the top."""

CARRY_VERBS = (
    "carrying", "carries", "holding", "holds", "bearing", "bears", "balancing", "balances",
    "playing", "plays", "strumming", "wielding", "clutching", "wearing", "wears", "sporting",
)  # fmt: skip
"""Verbs whose object is a thing the object carries ("a tortoise carrying a forest", "an
octopus playing a violin"); what it wears goes on its head when it is worn there ("a frog
wearing a crown")."""
GROW_VERBS = (
    "growing", "grows", "sprouting", "sprouts", "blooming", "blooms", "overgrown", "encrusted",
    "studded", "bristling", "swarming", "crawling", "teeming", "covered", "coated", "dotted",
    "speckled", "crusted", "caked", "smeared", "draped", "tangled", "entangled", "swarmed",
    "infested", "overrun", "mobbed", "surrounded", "orbited", "circled", "encircled",
    "pierced", "impaled", "skewered", "speared", "riddled",
)  # fmt: skip
"""Verbs whose object grows on or covers the object ("a chair growing tiny flowers")."""
PATTERN_WORDS: dict[str, str] = {
    "rainbow": "rainbow", "rainbow-coloured": "rainbow", "rainbow-colored": "rainbow",
    "rainbow coloured": "rainbow", "rainbow colored": "rainbow", "multicoloured": "rainbow",
    "multicolored": "rainbow", "multi-coloured": "rainbow", "multi-colored": "rainbow",
    "striped": "striped", "stripy": "striped", "stripey": "striped", "candy-striped": "striped",
    "candy striped": "striped", "pinstriped": "striped", "banded": "striped",
    "polka-dot": "spotted", "polka dot": "spotted", "polka-dotted": "spotted",
    "polka dotted": "spotted", "spotted": "spotted", "spotty": "spotted", "dotty": "spotted",
    "checked": "checked", "checkered": "checked", "chequered": "checked", "checkerboard": "checked",
    "chequerboard": "checked", "plaid": "checked", "tartan": "checked", "gingham": "checked",
    "harlequin": "checked", "zebra": "striped", "tiger": "striped", "zebra-striped": "striped",
    "tiger-striped": "striped", "leopard": "spotted", "leopard-print": "spotted",
    "dalmatian": "spotted",
}  # fmt: skip
"""Words for the colour pattern a stuff wears (``Material.pattern``)."""
TANGLE_VERBS = ("tangled", "entangled")
"""Verbs whose object winds round it as strands ("tangled in red yarn"): not its stuff."""

FITTINGS = {
    "lid", "lids", "handle", "handles", "spout", "hinge", "hinges", "lock", "latch", "strap",
    "straps", "wheel", "wheels", "cover", "zip", "zipper", "label", "rim", "base", "legs", "feet",
    "knob", "knobs", "door", "doors", "drawer", "drawers", "window", "windows", "ribbon", "bow",
    "pattern", "patterns", "stripes", "spots", "crack", "cracks", "hole", "holes", "buckle",
}  # fmt: skip
"""What a thing has rather than holds ("a box with a lid"); a colour said of one is its own ("a
gold box with a red ribbon" is gold)."""

CONTAINER_WORDS = frozenset({
    "cup", "cups", "mug", "mugs", "bowl", "bowls", "jar", "jars", "bottle", "bottles", "glass",
    "bucket", "pail", "basket", "pot", "cauldron", "kettle", "teapot", "vase", "jug", "pitcher",
    "flask", "vial", "tankard", "goblet", "chalice", "tub", "bathtub", "barrel", "cask", "crate",
    "box", "chest", "sack", "bag", "tray", "plate", "dish", "pan", "saucepan", "tin", "can",
    "urn", "beaker", "pouch", "trough", "wheelbarrow", "cart", "bin", "teacup", "tumbler",
    "carafe", "decanter", "punchbowl", "skillet", "wok", "blender", "aquarium", "tank", "fishbowl",
    "cage", "birdcage", "sink", "basin", "trunk", "coffin", "case", "showcase", "vitrine",
})  # fmt: skip
"""Things that hold stuff: "a <container> of <stuff>" is that container filled with it, not made
of it ("a jar of honey", "a bowl of ramen")."""

DRINKS: dict[str, str] = {
    "tea": "honey", "beer": "honey", "ale": "honey", "mead": "honey", "cider": "honey", "juice": "honey",
    "lemonade": "honey", "soup": "honey", "broth": "honey", "stew": "chocolate",
    "coffee": "chocolate", "cocoa": "chocolate", "espresso": "chocolate", "gravy": "chocolate",
    "milk": "porcelain", "cream": "porcelain", "yoghurt": "porcelain", "yogurt": "porcelain",
    "porridge": "bread", "oatmeal": "bread", "cereal": "bread", "rice": "sugar",
    "wine": "berries", "potion": "berries", "potions": "berries", "jam": "berries", "soda": "ink",
    "smoothie": "berries", "smoothies": "berries", "milkshake": "porcelain", "shake": "porcelain",
}  # fmt: skip
"""What a container holds that is no material of its own, by its look: tea and soup are clear
amber like honey, coffee dark like chocolate, milk white like porcelain."""

HELD_MATERIALS = frozenset({
    "honey", "water", "ink", "berries", "coins", "chocolate", "sugar", "wire", "leaves",
    "buttons", "smoke", "cloud", "light", "starlight", "fire", "pearl", "needles", "feathers",
    "shadow", "gold", "newsprint", "maps", "moss", "bread", "cheese", "pasta", "sushi",
    "seaweed", "toy bricks", "sprinkles", "bubbles", "popcorn", "cookie", "citrus", "salt",
    "bacon", "pizza",
})  # fmt: skip
"""Stuff a container holds rather than is made of after "of": "a jar of honey" is full of honey,
"a teapot of porcelain" made of porcelain (glass, wood, stone, metals but gold ... are not
held)."""

THING_MATERIALS: dict[str, str] = {
    # only what a thing is made of ("a cake with whipped cream" is a cake, "a girl with ribbons
    # in her hair" a girl, "a tortoiseshell cat" a cat)
    "copper pipes": "brass", "pipes": "brass", "silk ribbons": "fabric", "ribbons": "fabric",
    "whipped cream": "porcelain", "tortoiseshell": "amber", "tortoise shell": "amber",
    "peacock feathers": "peacock feathers", "peacock feather": "peacock feathers",
    "peacock plumes": "peacock feathers", "peacock tail feathers": "peacock feathers", "dandelion seeds": "feathers",
    "dandelion fluff": "feathers", "thistledown": "feathers",
    "glacier": "ice", "glaciers": "ice", "iceberg": "ice", "icebergs": "ice", "tornado": "smoke",
    "tornadoes": "smoke", "twister": "smoke", "whirlwind": "smoke",
    "icicle": "ice", "icicles": "ice", "thunderbolt": "light", "thunderbolts": "light", "lightning": "light",
    "sunbeam": "light", "sunbeams": "light", "moonbeams": "starlight", "river": "water",
    "rivers": "water", "sea": "water", "ocean": "water", "lake": "water", "pond": "water",
    "waterfall": "water", "stream": "water", "tears": "water", "puddle": "water",
    "newspaper": "newsprint", "newspapers": "newsprint", "newsprint": "newsprint",
    "letters": "newsprint", "pages": "newsprint", "magazines": "newsprint",
    "comics": "newsprint", "maps": "maps", "map": "maps", "atlas": "maps", "atlases": "maps",
    "charts": "maps", "seashell": "shells", "seashells": "shells",
    "shells": "shells", "conches": "shells", "scallops": "shells", "oyster": "pearl", "leaf": "leaves", "leaves": "leaves", "foliage": "leaves",
    "ivy": "leaves", "petals": "petals", "petal": "petals", "blossoms": "petals",
    "driftwood": "wood",
    "bread": "bread", "loaf": "bread", "baguette": "bread", "croissant": "bread",
    "brioche": "bread", "sourdough": "bread", "biscuits": "cookie", "cookies": "cookie",
    "cookie": "cookie", "biscuit": "cookie", "waffle": "waffle", "waffles": "waffle",
    "pizza": "pizza", "pizzas": "pizza", "pepperoni": "pizza",
    "toast": "bread", "crust": "bread", "crusts": "bread", "crackers": "bread",
    "cheese": "cheese", "cheeses": "cheese", "cheddar": "cheese", "carton": "cardboard",
    "cartons": "cardboard", "boxes": "cardboard", "needles": "needles", "spines": "needles",
    "thorns": "needles", "quills": "needles", "pins": "needles", "bristles": "needles",
    "cactus": "cactus", "cacti": "cactus", "cactuses": "cactus", "cabbage": "broad leaves", "coils": "wire", "paperclips": "wire", "paper clips": "wire", "hair": "fur", "pelt": "fur",
    "pelts": "fur", "mane": "fur", "buttons": "buttons", "button": "buttons", "coin": "coins",
    "pennies": "coins", "money": "coins", "pretzel": "pretzel", "pretzels": "pretzel", "marshmallow": "marshmallow",
    "marshmallows": "marshmallow", "doubloons": "coins", "sponge": "cheese",
    "sponges": "cheese", "sea sponge": "coral", "sea sponges": "coral", "teeth": "teeth", "tooth": "teeth", "fangs": "teeth", "rope": "straw", "ropes": "straw",
    "string": "fabric", "twine": "straw", "twigs": "straw", "branches": "straw", "sticks": "straw",
    "osiers": "straw", "lettuce": "broad leaves", "kale": "broad leaves", "salt": "salt",
    "cinnamon": "bark", "sushi": "sushi",
    "spinach": "broad leaves", "thread": "fabric", "strawberries": "berries",
    "sweets": "sugar", "lollipops": "sugar", "honeycomb": "honeycomb", "pebbles": "pebbles",
    "stones": "pebbles", "rocks": "pebbles", "gravel": "pebbles", "cobblestones": "pebbles",
    "bricks": "bricks", "bubbles": "bubbles", "marbles": "marbles", "screws": "nails",
    "bolts": "nails", "nuts and bolts": "nuts and bolts", "bolts and nuts": "nuts and bolts",
    "hex nuts": "nuts and bolts", "nuts and screws": "nuts and bolts", "washers": "nuts and bolts",
    "cans": "tin cans", "tin cans": "tin cans", "tin can": "tin cans", "soup cans": "tin cans",
    "soda cans": "tin cans", "beer cans": "tin cans", "tins": "tin cans", "food cans": "tin cans",
    "aluminium cans": "tin cans", "aluminum cans": "tin cans", "cans of soup": "tin cans",
    "eyeballs": "eyeballs", "eyeball": "eyeballs", "googly eyes": "eyeballs", "glass eyes": "eyeballs",
    "vinyl records": "vinyl", "vinyl record": "vinyl", "records": "vinyl", "vinyl discs": "vinyl",
    "vinyl lps": "vinyl", "lps": "vinyl", "gramophone records": "vinyl", "old records": "vinyl",
    "patchwork": "patchwork", "patchwork quilt": "patchwork", "patchwork quilts": "patchwork",
    "quilt": "patchwork", "quilts": "patchwork", "fabric scraps": "patchwork", "scraps of fabric": "patchwork",
    "walnuts": "walnut shells", "matches": "matches", "matchsticks": "matches",
    "pencils": "pencils", "crayons": "pencils",
    "chopsticks": "wood", "toothpicks": "wood", "lego": "toy bricks", "legos": "toy bricks",
    "snowflakes": "ice", "hail": "ice", "fireflies": "light", "vines": "leaves",
    "receipts": "newsprint", "tickets": "newsprint",
    "strawberry": "berries", "berries": "berries", "raspberries": "berries",
    "cherries": "berries", "cranberries": "berries", "redcurrants": "berries",
    "pancakes": "pancakes", "pancake": "pancakes", "steak": "bacon", "steaks": "bacon",
    "gumdrops": "sugar", "gumdrop": "sugar", "gummy bears": "sugar",
    "gummies": "sugar", "jellybeans": "sugar", "candies": "sugar",
    "bottles": "glass", "windows": "glass", "spoons": "spoons", "forks": "silver",
    "cutlery": "spoons", "teaspoons": "spoons", "coins": "coins", "nails": "nails",
    "chains": "chains", "chain": "chains", "bicycle chains": "chains", "bike chains": "chains",
    "keys": "keys", "dice": "dice", "cards": "cards",
    "books": "books", "candles": "candles", "bones": "bones",
    "gears": "clockwork", "clock gears": "clockwork", "clock parts": "clockwork",
    "watch parts": "clockwork", "watch gears": "clockwork", "flames": "fire", "wings": "feathers",
    "campfire": "wood", "bonfire": "wood", "barrel": "wood", "barrels": "wood", "cask": "wood",
    "casks": "wood", "keg": "wood", "kegs": "wood",
    "antler": "bone", "antlers": "bone", "tusks": "bone", "skulls": "bones", "ribs": "bones",
}  # fmt: skip
"""Things that are a material only where something is made of them or turns into them:
"a cello carved from a glacier" is ice, "a piano melting into a river" water (a glacier or a
river alone is a place; the noun table builds the rest as things)."""

MOTION_FORMS: dict[str, str] = {m: m for m in MOTIONS} | {
    "bobs": "bob", "bobbing": "bob", "bounces": "bob", "bouncing": "bob", "spins": "spin",
    "spinning": "spin", "rotates": "spin", "rotating": "spin", "turning": "spin", "whirls": "spin",
    "pulses": "pulse", "pulsing": "pulse", "throbs": "pulse", "throbbing": "pulse",
    "breathes": "breathe", "breathing": "breathe", "inhales": "breathe", "sways": "sway",
    "swaying": "sway", "rocks": "sway", "rocking": "sway", "orbits": "orbit", "orbiting": "orbit",
    "circles": "orbit", "circling": "orbit", "flickers": "flicker", "flickering": "flicker",
    "blinks": "flicker", "twinkles": "flicker", "twinkling": "flicker", "drifts": "drift",
    "drifting": "drift", "wanders": "drift", "glides": "drift", "gliding": "drift",
}  # fmt: skip
"""Words for motions."""

SOUND_WORDS: dict[str, str] = {s: s for s in SOUNDS} | {
    "drones": "drone", "droning": "drone", "rumble": "drone", "rumbling": "drone",
    "chimes": "chime", "chiming": "chime", "tinkling": "chime", "ticks": "ticking", "tick": "ticking",
    "tock": "ticking", "clicking": "ticking", "breath": "breathing", "breathes": "breathing",
    "sighs": "breathing", "sighing": "breathing", "rustle": "granular", "rustling": "granular",
    "hiss": "granular", "hissing": "granular", "heartbeats": "heartbeat", "thump": "heartbeat",
    "thumping": "heartbeat", "beating": "heartbeat", "hums": "hum", "humming": "hum", "buzz": "hum",
    "buzzing": "hum", "whispers": "whisper", "whispering": "whisper", "murmur": "whisper",
    "murmuring": "whisper", "bubbling": "bubbles", "gurgling": "bubbles", "fizz": "bubbles",
    "howl": "wind", "howling": "wind", "gust": "wind", "breeze": "wind", "bell": "bells",
    "ringing": "bells", "rings": "bells", "tolling": "bells", "crackles": "crackle",
    "crackling": "crackle", "creaks": "creak", "creaking": "creak", "groan": "creak",
    "groaning": "creak", "singing": "choir", "sings": "choir", "song": "choir", "hymn": "choir",
    "chant": "choir", "voices": "choir", "pulses": "pulse", "throb": "pulse", "beeping": "pulse",
}  # fmt: skip
"""Words for sounds. Ambiguous words ('pulse', 'breathing') count as sounds only near a sound verb."""

SIZE_FORMS: dict[str, float] = {
    "tiny": 0.25, "small": 0.5, "little": 0.5, "pocket-sized": 0.35, "miniature": 0.2,
    "modest": 0.8, "life-sized": 1.0, "large": 1.8, "big": 1.8, "huge": 2.5, "enormous": 3.0,
    "vast": 4.0, "towering": 3.5, "oversized": 2.2, "massive": 3.0, "immense": 4.0,
}  # fmt: skip
"""Size words and the factor they apply to the archetype's typical size."""


_MADE_CLAUSE = (
    r"(?:\s+(?:made|carved|built|cast|woven|sculpted|formed|crafted|forged|blown)\s+(?:out\s+)?"
    r"(?:of|from)\s+[a-z' -]{1,40}?,)?"
)
"""What it is made of, said between a container and what fills it ("a bowl made of stone, full
of ramen")."""
_CONTENTS = re.compile(
    r"\b(?P<container>[a-z]+)"
    + _MADE_CLAUSE
    + r"\s+(?:(?:full\s+)?of|(?:filled|bubbling|boiling|sloshing|swirling|(?:overflowing|brimming)(?:\s+over)?)\s+with)\s+(?P<held>(?:(?:hot|cold|warm|fresh|steaming|"
    r"bubbling|golden|glowing|melted|liquid|spilled|thick|sweet|dark|clear|boiling|black|red|"
    r"white|green|blue|purple|pink|gold|silver|molten|sparkling|fizzy|mulled|spiced|iced|frothy)\s+){0,2}"
    r"(?P<stuff>[a-z]+))\b",
    re.IGNORECASE,
)


_HELD_THINGS = re.compile(
    r"\b(?P<container>[a-z]+)"
    + _MADE_CLAUSE
    + r"\s+(?:(?:full|filled|brimming|overflowing|heaped|piled|packed|"
    r"stuffed|loaded|crammed)\s+)?(?:of|with)\s+(?P<article>(?:a|an|some|two|three|four|five|"
    r"many)\s+)?(?:(?:fresh|ripe|big|small|tiny|little|round|shiny|golden|red|green|orange|"
    r"yellow|white|brown|blue|pink|purple)\s+){0,2}(?P<thing>[a-z]+)\b",
    re.IGNORECASE,
)


def colours_before(text: str, start: int) -> int:
    """Where the colour words said right before ``start`` begin ("a basket of red apples": at
    "red"), or ``start`` when there are none."""
    while m := re.search(r"([a-z]+)\s+$", text[:start].lower()):
        if m.group(1) not in COLOURS and m.group(1) not in COLOUR_WORDS:
            break
        start = m.start(1)
    return start


_CRAFTED = frozenset({
    "woven", "carved", "knitted", "plaited", "braided", "polished", "hammered", "beaten", "blown",
    "spun", "cast", "forged", "gilded", "sculpted", "whittled", "welded", "riveted",
})  # fmt: skip
"""Words for how a stuff is worked, said before it after "of": what a thing is made of."""


_SOLID = frozenset({
    "stained glass", "glass", "iron", "stone", "marble", "gold", "silver", "brass", "chrome",
    "crystal", "porcelain", "obsidian", "wood",
})  # fmt: skip
"""Stuffs a thing is made of, never a heap it holds ("a teapot of stained glass")."""


def held_things(text: str) -> list[tuple[int, int, str, int, bool]]:
    """Things a container in ``text`` holds, as (start, end, word) of the thing, where the
    container's word starts and whether it is said to be full of them: "a basket of eggs", "a wheelbarrow full of pumpkins", "a pot with a
    sunflower". Stuff it is filled with ("a jar of honey", :func:`contents`) is not a thing, nor
    is a material word said without an article or a plural ("a bucket of water", "a bowl with
    gold")."""
    stuff = {a for a, _, _, _ in contents(text)}
    out = []
    for m in _HELD_THINGS.finditer(text):
        word = m.group("thing").lower()
        if m.group("container").lower() not in CONTAINER_WORDS or m.start("thing") in stuff:
            continue
        if text[m.end("thing") : m.end("thing") + 1] == "-":
            continue  # "a teapot of mother-of-pearl": one word, a stuff
        nxt = re.match(r"\s+([a-z]+)", text[m.end("thing") :].lower())
        if nxt and MATERIAL_WORDS.get(f"{word} {nxt.group(1)}") in _SOLID:
            continue  # "a teapot of stained glass" is made of it (a box of playing cards
            # holds them)
        before = text[: m.start()].lower().split()[-1:]
        if before and before[0] in MADE_VERBS:
            continue
        plural = word.endswith("s") and not word.endswith("ss")
        stuff_of = MATERIAL_WORDS.get(word) or (word if word in MATERIALS else None)
        if word in DRINKS or (
            stuff_of is not None
            and (stuff_of in HELD_MATERIALS or not (plural or m.group("article")))
        ):
            continue  # (coins or berries a chest is full of are its fill, not things in it)
        if (word in COLOURS and not m.group("article")) or word in _CRAFTED:
            continue  # ("a jar of woven straw" is made of it)
        full = m.group(0).lower().split()[1] not in ("of", "with")  # "full of", "filled with"
        out.append((m.start("thing"), m.end("thing"), word, m.start("container"), full))
    return out


def contents(text: str) -> list[tuple[int, int, str, int]]:
    """What containers in ``text`` hold, as (start, end, material) of the words that say it and
    where the container's word starts: "a jar of honey" holds honey, "a cup of hot coffee"
    coffee (dark, as chocolate), "a bowl of ramen" noodles (pasta); "a jar made of honey" is made
    of it, "a crown of thorns" holds nothing."""
    out = []
    for m in _CONTENTS.finditer(text):
        if m.group("container").lower() not in CONTAINER_WORDS:
            continue
        before = text[: m.start()].lower().split()[-1:]
        if before and before[0] in MADE_VERBS:
            continue
        word = m.group("stuff").lower()
        nxt = re.match(r"\s+([a-z]+)", text[m.end("stuff") :].lower())
        if nxt and f"{word} {nxt.group(1)}" in MATERIAL_WORDS:  # "jelly beans" are sugar
            word = f"{word} {nxt.group(1)}"
        filled = " filled " in f" {m.group(0).lower()} "  # (filled with fireflies: things)
        stuff = MATERIAL_WORDS.get(word) or (None if filled else THING_MATERIALS.get(word))
        if stuff not in HELD_MATERIALS:  # "a teapot of porcelain" is made of it
            stuff = DRINKS.get(word)
        if stuff:
            out.append((m.start("held"), m.end("held"), stuff, m.start("container")))
    return out


_RESTS_ON = re.compile(
    r"\b(?:(?:floating|floats|sitting|sits|standing|stands|resting|rests|perched|sailing|sails|"
    r"lying|lies|balanced|balancing|draped|melting|melts|hanging|drifting|riding|surfing|"
    r"sleeping|placed|set|mounted|growing|bobbing)\s+(?:on|upon|over|atop|across)\s+"
    r"|(?:floating|floats|hovering|hovers|drifting|bobbing)\s+(?:just\s+)?above\s+"
    r"|(?:floating|floats|drifting|flying|flies|sailing|sails|soaring|hovering|gliding|"
    r"swimming|swims|diving|dives)\s+"
    r"(?:among|amid|amidst|through|in|into|between)\s+(?=(?:the\s+)?(?:storm\s+)?clouds?\b)"
    r"|(?:stuck|embedded|planted|wedged|lodged|sunk)\s+(?:in|into)\s+"
    r"|\bover\s+(?=(?:a|an|the)\s+(?:roaring\s+|small\s+|open\s+|crackling\s+)?"
    r"(?:campfire|bonfire|fire|fire\s?pit|brazier|hearth)\b)"
    r"|^\s*(?:a|an|the)\s+(?:[\w'-]+\s+)?(?:(?![\w'-]*ing\b)[\w'-]+\s+){1,2}?"
    r"(?:on|upon|atop)\s+(?=(?:a|an|the)\s)"
    r"|^\s*(?:a|an|the)\s+(?:[\w'-]+\s+)?(?:(?![\w'-]*ing\b)[\w'-]+\s+){1,2}?"
    r"(?:in|inside)\s+(?=(?:a|an|the)\s+(?:[\w'-]+\s+){0,2}?(?:pot|flowerpot|planter|tub)\b))"
    r"(?P<lead>(?:(?:a|an|the|some|its|fluffy|small|tiny|big|giant|huge|little|old|dead|mossy|"
    r"bare|thick|white|dark|grey|gray|gnarled|stormy|flat|round|floating|pile|stack|heap|bed|"
    r"of|woollen|wool|velvet|silk|silken|satin|stone|wooden|golden|silver|iron|glass|marble|"
    r"straw|crystal|ice|icy|mossy|red|blue|green|purple|pink|soft|terracotta|clay|ceramic|"
    r"painted|glazed|copper|brass)\s+)*)(?P<thing>[^\W\d_][\w'-]*)",
    re.IGNORECASE,
)


_CARRIED = re.compile(
    r"\b(?=(?P<verb>[a-z]+)\s+(?P<article>(?:a\s+pair\s+of|a|an|the|his|her|its|their|one|some)\s+)?"
    r"(?P<words>[a-z'-]+(?:\s+[a-z'-]+){0,2}))",  # (overlapping: every word a verb)
    re.IGNORECASE,
)
WEAR_VERBS = ("wearing", "wears", "sporting")
"""Verbs of what a thing wears."""
HEADWEAR = {
    "crown", "hat", "helmet", "tiara", "cap", "bonnet", "turban", "diadem", "wig", "beret",
    "sombrero", "fez", "bowler", "stetson", "tricorn", "circlet", "headdress", "hood",
}  # fmt: skip
"""What is worn on the head: its stuff is its own ("a frog wearing a golden crown")."""
ACCESSORIES = {
    "collar", "scarf", "bow", "bowtie", "tie", "necktie", "necklace", "sunglasses", "glasses",
    "spectacles", "goggles", "monocle", "boots", "shoes", "gloves", "mittens", "ribbon",
    "bandana", "belt", "badge", "earrings", "bracelet", "watch", "ring", "medal", "amulet",
    "pendant", "locket", "harness", "saddle", "bell", "leash", "apron", "socks", "sneakers",
}  # fmt: skip
"""Small things worn that are not what the object looks like ("a dog wearing a red collar" is no
red dog)."""


_HUES = {*COLOURS, *COLOUR_WORDS}


def carried(text: str) -> list[tuple[int, int]]:
    """Where the words of a thing the object carries, holds or wears on its head say what that
    thing is made of, as (start, end): "a knight holding a silver sword", "a frog wearing a
    golden crown", "a toad with a silver crown", "a dog wearing a red collar". Those words say nothing of what the object itself is made of; what it wears
    elsewhere does ("a cat wearing a wool sweater" is woolly)."""
    out = []
    for m in _CARRIED.finditer(text):
        verb = m.group("verb").lower()
        if verb not in CARRY_VERBS and verb != "with":
            continue
        worn = verb in WEAR_VERBS
        if not m.group("article") and not worn:
            continue  # ("holding gold": what it holds is stuff, said of nothing else)
        words = m.group("words").lower().split()
        k = next(
            (j for j, w in enumerate(words) if w not in MATERIAL_WORDS and w not in _HUES),
            len(words) - 1,  # "a dragon holding a gem", "a red rose": named by its stuff
        )
        if words[k] in PART_WORDS:
            continue
        if (worn or verb == "with") and words[k] not in HEADWEAR | (ACCESSORIES if worn else set()):
            continue
        end = m.start("words") + len(" ".join(m.group("words").split()[: k + 1]))
        out.append((m.start("words"), end))
    return out


def rests_on(text: str) -> list[tuple[int, int, str]]:
    """What the object rests or floats on, as (start, end, word): "a rowboat floating on a
    cloud" on a cloud, "a cat sleeping on a pile of books" on books, "a sword stuck in a rock"
    on a rock, "a sleeping cat on a cushion" (said right after its name) on a cushion, "a
    cauldron over a campfire" over the fire. Its
    words say nothing of what the object is made of."""
    return [(m.start("lead"), m.end("thing"), m.group("thing")) for m in _RESTS_ON.finditer(text)]
