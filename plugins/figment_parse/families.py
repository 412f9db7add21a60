"""What the parse stage knows about each shape family of :data:`figment.spec.FAMILIES`.

Per family: a sentence naming typical members (the sentence-embedding fallback compares an
unknown noun with these), the proportions of its bounding box at default parameters (x, y, z,
largest 1; the mesh stage fits the built object inside the spec's size without distorting it),
its default materials (slot 0 first) and the hand-made archetype an older client may show
instead. Hand-written seeds, like the seeds of the noun table.
"""

from __future__ import annotations

from typing import NamedTuple

from figment.spec import APPLIANCE_KINDS, ARCHETYPES, FAMILIES, MATERIALS

__all__ = [
    "APPLIANCE_KINDS",
    "DISH_MATERIALS",
    "FAMILY_INFO",
    "FIGURE_MATERIALS",
    "SHAPE_MATERIALS",
    "FamilyInfo",
    "own_materials",
]


class FamilyInfo(NamedTuple):
    """How the parse stage describes, sizes and dresses one family."""

    members: str
    aspect: tuple[float, float, float]
    materials: tuple[str, ...]
    stand_in: str


FAMILY_INFO: dict[str, FamilyInfo] = {
    "quadruped": FamilyInfo("a four-legged animal: dog, cat, horse, cow, giraffe, elephant, lion, deer, pig, lizard", (0.4, 0.8, 1.0), ("leather", "bone"), "orb"),
    "biped": FamilyInfo("a person or figure standing on two legs: man, woman, child, king, soldier, robot, monkey, doll, statue", (0.45, 1.0, 0.25), ("fabric", "leather", "flesh", "ink"), "hand"),
    "bird": FamilyInfo("a bird: sparrow, eagle, owl, duck, swan, heron, parrot, penguin, ostrich, chicken", (0.6, 0.8, 1.0), ("feathers", "amber"), "bird"),
    "fish": FamilyInfo("a swimming sea animal: fish, shark, trout, salmon, dolphin, seal, ray, tuna", (0.35, 0.45, 1.0), ("scales", "pearl"), "fish"),
    "insect": FamilyInfo("a small many-legged creature: ant, bee, beetle, butterfly, spider, crab, lobster, scorpion", (0.8, 0.35, 1.0), ("obsidian", "amber"), "orb"),
    "serpent": FamilyInfo("a long legless creature: snake, worm, eel, python, cobra, dragon", (1.0, 0.15, 0.6), ("scales",), "snake"),
    "cephalopod": FamilyInfo("a many-armed sea creature: octopus, squid, cuttlefish, kraken", (1.0, 0.8, 1.0), ("flesh", "coral"), "jellyfish"),
    "tree": FamilyInfo("a tree: oak, pine, palm, willow, birch, maple, fir, apple tree", (0.7, 1.0, 0.7), ("moss", "wood"), "tree"),
    "shrub": FamilyInfo("a bush, shrub, herb or plant: fern, grass, hedge, ivy, basil, weed, houseplant", (1.0, 0.8, 1.0), ("leaves", "wood"), "tree"),
    "flower": FamilyInfo("a flower: rose, tulip, daisy, sunflower, lily, orchid, poppy", (0.45, 1.0, 0.45), ("velvet", "moss"), "flower"),
    "cactus": FamilyInfo("a cactus or succulent: saguaro, prickly pear, aloe, agave", (0.6, 1.0, 0.4), ("cactus", "clay"), "tree"),
    "fruit": FamilyInfo("a fruit, vegetable or food: apple, orange, pear, pumpkin, carrot, potato, bread, cheese", (1.0, 0.9, 1.0), ("plastic", "moss"), "egg"),
    "vessel": FamilyInfo("a turned vessel: vase, jar, urn, pot, bowl, jug, pitcher, bucket, amphora", (0.6, 1.0, 0.6), ("porcelain", "gold"), "vase"),
    "furniture": FamilyInfo("furniture on legs: table, desk, bed, stool, piano, workbench, counter", (1.0, 0.55, 0.6), ("wood", "fabric"), "table"),
    "seat": FamilyInfo("a seat: sofa, couch, bench, armchair, throne, pew, settee", (1.0, 0.5, 0.45), ("velvet", "wood"), "chair"),
    "cabinet": FamilyInfo("a cabinet: wardrobe, cupboard, dresser, bookcase, chest of drawers, shelf", (0.6, 1.0, 0.3), ("wood", "brass"), "door"),
    "container": FamilyInfo("a container: box, chest, crate, basket, bag, suitcase, trunk, barrel", (1.0, 0.7, 0.7), ("wood", "brass"), "book"),
    "wheeled": FamilyInfo("a vehicle on wheels: car, bus, truck, bicycle, cart, wagon, train, tractor", (0.45, 0.45, 1.0), ("plastic", "iron"), "boat"),
    "boat": FamilyInfo("a boat or ship: sailboat, ship, canoe, yacht, galleon, raft, ferry", (0.35, 0.8, 1.0), ("wood", "fabric"), "boat"),
    "aircraft": FamilyInfo("an aircraft: airplane, jet, glider, helicopter, biplane, drone", (1.0, 0.3, 0.9), ("silver", "plastic"), "bird"),
    "rocket": FamilyInfo("a rocket or spacecraft: rocket, missile, space shuttle, submarine, torpedo", (0.35, 1.0, 0.35), ("chrome", "plastic"), "tower"),
    "building": FamilyInfo("a building: church, castle, barn, shop, temple, palace, hut, tent", (1.0, 0.8, 0.8), ("stone", "rust"), "house"),
    "tower": FamilyInfo("a tall structure: tower, skyscraper, lighthouse, column, obelisk, chimney, minaret", (0.3, 1.0, 0.3), ("stone", "iron"), "tower"),
    "arch": FamilyInfo("an arch, bridge, gate, fence or wall", (1.0, 0.6, 0.25), ("stone",), "door"),
    "string_instrument": FamilyInfo("a string instrument: guitar, violin, cello, harp, lute, banjo, ukulele", (0.4, 1.0, 0.15), ("wood", "brass"), "key"),
    "wind_instrument": FamilyInfo("a wind instrument: flute, trumpet, horn, clarinet, saxophone, trombone, tuba", (0.3, 0.3, 1.0), ("brass", "silver"), "bell"),
    "drum": FamilyInfo("a percussion instrument: drum, tambourine, kettledrum, bongo, gong, cymbal", (1.0, 0.8, 1.0), ("wood", "leather"), "cup"),
    "light": FamilyInfo("a light fitting: floor lamp, chandelier, candelabra, torch, street light, sconce", (0.6, 1.0, 0.6), ("brass", "light"), "lamp"),
    "tool": FamilyInfo("a tool with a handle: hammer, axe, shovel, rake, spoon, fork, broom, pickaxe", (0.35, 1.0, 0.1), ("iron", "wood"), "key"),
    "blade": FamilyInfo("a blade or weapon: sword, knife, dagger, spear, scythe, sabre", (0.2, 1.0, 0.05), ("silver", "leather"), "key"),
    "hat": FamilyInfo("something worn on the head: hat, cap, helmet, bonnet, top hat, turban", (1.0, 0.7, 1.0), ("fabric", "velvet"), "crown"),
    "footwear": FamilyInfo("footwear: boot, shoe, sandal, slipper, sneaker, clog", (0.35, 0.6, 1.0), ("leather",), "cup"),
    "garment": FamilyInfo("clothing: shirt, coat, dress, robe, jacket, cloak, sweater, gown", (1.0, 1.0, 0.25), ("fabric", "velvet"), "hand"),
    "jewelry": FamilyInfo("jewellery: ring, necklace, bracelet, pendant, brooch, earring", (1.0, 1.0, 0.3), ("gold", "crystal"), "crown"),
    "stack": FamilyInfo("a stacked figure: snowman, totem pole, cairn, layer cake, stack of stones", (0.5, 1.0, 0.5), ("ice", "stone"), "egg"),
    "sheet": FamilyInfo("something flat: paper, letter, map, scroll, painting, poster, sign, flag, card", (1.0, 0.8, 0.1), ("paper", "wood"), "book"),
    "celestial": FamilyInfo("a body in the sky: planet, sun, comet, world, globe, Saturn, Jupiter", (1.0, 1.0, 1.0), ("stone", "light"), "moon"),
    "device": FamilyInfo("a device or machine: computer, television, telephone, radio, camera, engine, robot arm", (1.0, 0.7, 0.5), ("plastic", "chrome"), "clock"),
    "rock": FamilyInfo("a natural lump: rock, stone, boulder, pebble, mountain, hill, island, meteorite", (1.0, 0.6, 0.8), ("stone", "moss"), "egg"),
    "lump": FamilyInfo("a thing of no known shape: an object, a blob, a lump, something", (1.0, 0.85, 0.9), ("clay",), "orb"),
}  # fmt: skip
"""Every family's description, proportions, default materials and stand-in archetype."""

DISH_MATERIALS: dict[int, tuple[str, ...]] = {
    1: ("bread", "cheese", "berries", "leaves"),  # pizza: crust, cheese, pepperoni, basil
    2: ("bread", "berries"),  # pie: crust, filling
    3: ("bread", "honey", "wax"),  # waffle: batter, syrup, butter
    4: ("bread", "honey", "wax", "berries"),  # pancakes
    5: ("bread", "chocolate"),  # cookie: dough, chips
    6: ("bread", "leather", "cheese", "leaves"),  # burger: bun, patty, cheese, lettuce
    7: ("bread", "cheese", "leaves", "flesh"),  # sandwich: bread, cheese, lettuce, ham
    8: ("bread", "chocolate", "cheese", "berries"),  # doughnut: dough, glaze, sprinkles
    9: ("bread", "sugar", "chocolate", "chocolate"),  # ice cream: cone, two scoops, wafer
    10: ("bread", "sugar", "berries", "paper"),  # cupcake: cake, frosting, cherry, case
    11: ("sugar", "flesh", "moss", "wood"),  # sushi: rice, fish, seaweed, board
    12: ("bread", "clay", "cheese"),  # hot dog: bun, sausage, mustard
    13: ("bread",),  # croissant
    14: ("cheese", "leather", "leaves", "berries"),  # taco: shell, meat, lettuce, tomato
    15: ("bread", "sugar", "berries", "wax"),  # cake: sponge, icing, berries, candles
    16: ("plastic", "sugar", "paper"),  # lollipop: hard candy, its swirl, a paper stick
    17: ("leather", "bone", "wax"),  # steak: seared meat, the bone, its fat
    18: ("bread",),  # pretzel
    19: ("sugar", "paper"),  # cotton candy: spun sugar, its paper cone
    20: ("honey", "porcelain", "clay", "leaves"),  # soup: broth, its bowl, chunks, herbs
}  # fmt: skip
"""A prepared food's own materials by the fruit family's ``dish`` (slot 0 first), used when
the wish names none: a pizza is bread, cheese and pepperoni, not the family's plastic."""

FIGURE_MATERIALS: dict[int, tuple[str, ...]] = {
    1: ("fabric", "flesh", "wood"),  # a wizard: robe and hat, face and hands, staff
    2: ("fabric", "flesh", "wood"),  # a witch: robe and hat, face, broom
    3: ("bone",),  # a skeleton
    4: ("flesh", "fabric", "leather"),  # a zombie: skin, torn shirt, trousers
    5: ("fabric",),  # a mummy's linen wrappings
    6: ("fabric", "flesh", "velvet"),  # a vampire: dark suit, pale face, velvet cape
    7: ("silver", "velvet", "leather"),  # a knight: plate armour, tabard and shield, grips
    8: ("velvet", "flesh", "gold"),  # a king or queen: robe, face, crown and sceptre
    9: ("fur", "fabric"),  # a werewolf: fur, torn trousers
    10: ("fur", "leather", "iron"),  # a minotaur: hide, loincloth, axe
    11: ("leather", "flesh", "wood"),  # a centaur: a horse's hide, a man's torso, a bow
    12: ("scales", "flesh", "pearl"),  # a mermaid: a fish's tail, skin, shells
    13: ("leather", "fabric", "wood"),  # a troll: hide, loincloth, club
    14: ("leather", "fabric", "iron"),  # a goblin: skin, rags, dagger
    15: ("stone", "moss"),  # a golem
    16: ("fabric", "bone", "gold"),  # a lich: robe, skull and hands, crown
    17: ("fabric", "flesh", "feathers"),  # an angel: robe, face, wings
    18: ("leather", "obsidian"),  # a demon: hide, horns and wing bones
    19: ("fabric", "flesh", "glass"),  # a fairy: dress, skin, wings
    20: ("fabric", "flesh", "leather"),  # a pirate: coat, face, hat
    21: ("fabric", "flesh", "velvet"),  # a ninja: black cloth, the eyes, headband and sash
    22: ("fabric", "flesh", "wood"),  # a chef: whites, face, wooden spoon
    23: ("fabric", "flesh", "leather"),  # a cowboy: shirt, face, hat and trousers
    24: ("marble", "stone"),  # a bust on its plinth
    25: ("fabric", "flesh", "leather"),  # a dwarf: tunic, face and hands, boots and belt
    26: ("fabric", "flesh", "wood"),  # an elf: cloak and tunic, face, bow
    27: ("fabric", "flesh", "wood"),  # an archer: hood and cloak, face, bow
    28: ("fur", "bone"),  # a monster: shaggy hide, horns
    29: ("honey",),  # a slime: glossy jelly
    30: ("fabric", "silver"),  # an astronaut: the suit, its fittings
    31: ("bone",),  # a skull
    32: ("fabric", "flesh", "scales"),  # a gorgon: robe, skin, snakes
    33: ("fur", "flesh"),  # an ape or a monkey: fur, a bare face and hands
    34: ("flesh",),  # an alien's smooth skin
    35: ("velvet", "flesh", "flesh"),  # a jester's motley (its other colour its own), face
    36: ("fabric", "flesh", "flesh"),  # a clown: baggy suit, face and hands
    37: ("fabric", "flesh", "fabric"),  # a scientist: lab coat, face, trousers
    38: ("flesh", "fabric", "leather"),  # Frankenstein's monster: skin, -, trousers
    39: ("fabric", "flesh", "fabric"),  # a nurse: dress, face, hair
    40: ("fabric", "flesh", "wood"),  # a Viking: tunic, face and hands, shield
    41: ("fabric", "flesh", "leather"),  # someone in uniform: tunic and cap, face, trousers
    42: ("fabric", "flesh", "leather"),  # an explorer: khaki, face and legs, helmet and pack
    43: ("fabric", "flesh", "fabric"),  # a detective: trench coat, face, hat
    44: ("fabric", "flesh", "fabric"),  # a gangster: suit and hat, face
    45: ("fabric", "flesh", "fabric"),  # a sailor: jersey, face, trousers
    46: ("velvet", "flesh", "fabric"),  # a mariachi: suit, face, sombrero
    47: ("fabric", "flesh", "fabric"),  # a bride: gown, face
    48: ("fabric", "flesh", "fabric"),  # a monk, a priest, a judge: robe and hood, face
    49: ("fabric", "flesh"),  # a farmer: his clothes, face
    50: ("fabric", "flesh", "fabric"),  # a painter: smock, face, trousers
    51: ("fabric", "flesh", "fabric"),  # a musician: shirt, face, trousers
    52: ("fabric", "flesh"),  # a dancer: bodice and tutu, face and tights
}  # fmt: skip
"""A character's own materials by the biped family's ``figure`` (slot 0 first)."""

SHAPE_MATERIALS: dict[tuple[str, str, float], tuple[str, ...]] = {
    ("serpent", "shell", 0.5): ("clay", "amber"),  # a snail: a soft foot under a glossy shell
    ("celestial", "pattern", 0.5): ("plastic", "porcelain"),  # a ball and its pale seams
    ("celestial", "spines", 0.5): ("fire", "light"),  # a sun: burning, its rays alight
    ("celestial", "shell", 0.5): ("iron", "iron"),  # a cannonball
    ("celestial", "pole", 0.5): ("water", "brass"),  # a world globe, its seas and its stand
    ("serpent", "fur", 0.5): ("fabric",),  # a coil of rope
    ("@star", "pattern", 0.5): ("silver", "gold"),  # a sheriff's badge
    ("@teapot", "handles", 1): ("iron", "wood"),  # a kettle and its handle's grip
    ("tool", "spines", 0.5): ("iron", "leather"),  # a mace and its wrapped grip
    ("container", "shell", 0.5): ("leather", "leather"),  # a satchel and its straps
    ("jewelry", "shell", 0.5): ("gold", "brass"),  # a coin, its face struck in relief
    ("jewelry", "rings", 0.5): ("iron", "iron"),  # a chain
    ("vessel", "head", 0.5): ("glass", "iron"),  # a jar: clear, what it holds shows
    ("light", "flare", 0.5): ("wood", "iron"),  # a torch's stick and cup, a campfire's logs
    ("garment", "shell", 0.5): ("velvet", "fabric"),  # a cloak: velvet, lined
    ("biped", "fur", 0.5): ("fur", "velvet"),  # a teddy bear: plush, a soft muzzle and pads
    ("biped", "frame", 0.5): ("clay", "fabric"),  # a robot: painted boxes, grey joints
    ("biped", "flare", 0.5): ("fabric", "smoke"),  # a ghost's sheet
    ("biped", "pole", 0.5): ("fabric", "wood"),  # a scarecrow: old clothes, a wooden stake
    ("biped", "taper", 0.5): ("clay", "plastic"),  # a garden gnome: painted clay, a hat
    ("tool", "claws", 0.5): ("iron", "iron"),  # a wrench: all steel
    ("hat", "rings", 0.5): ("brass", "brass"),  # a diving helmet, its portholes' rims
    ("hat", "fur", 0.5): ("fabric", "gold"),  # a turban, its jewel
    ("hat", "flare", 0.5): ("leather", "leather"),  # a cowboy hat
    ("hat", "screen", 0.5): ("plastic", "silver"),  # a space helmet and its collar
    ("hat", "shell", 0.5): ("iron", "leather"),  # a helmet of armour
    ("container", "taper", 0.5): ("fabric", "leather"),  # a bag, a backpack
    ("container", "pole", 0.5): ("iron", "plastic"),  # a mailbox and its flag
    ("container", "rings", 0.5): ("fabric", "wood"),  # a beehive: coiled straw on a board
    ("@clock", "roof", 0.5): ("wood", "bone"),  # a cuckoo clock: carved wood, a pale dial
    ("@clock", "height", 0.5): ("wood", "brass"),  # a grandfather clock: a wooden case
    ("@mushroom", "roof", 0.5): ("clay", "wax"),  # a mushroom house: its cap, pale walls
    ("vessel", "roof", 0.5): ("stone", "wood"),  # a wishing well
    ("vessel", "fur", 0.5): ("wood", "bone"),  # a nest of twigs, pale eggs
    ("vessel", "trunk", 0.5): ("iron", "brass"),  # a watering can
    ("fruit", "taper", 0.6): ("plastic", "moss"),  # a strawberry's or a carrot's glossy skin
    ("device", "wheels", 2): ("iron", "wood"),  # a cannon on its carriage
    ("sheet", "roof", 0.5): ("stone", "moss"),  # a tombstone
    ("device", "appliance", 7): ("iron", "brass"),  # a safe
    ("device", "appliance", 8): ("wood", "brass"),  # a ship's wheel
    ("device", "appliance", 9): ("plastic", "iron"),  # a satellite dish
    ("device", "appliance", 10): ("wood", "plastic"),  # a spinning top
    ("device", "appliance", 11): ("iron", "iron"),  # a grenade
    ("device", "appliance", 12): ("plastic", "plastic"),  # a chainsaw's housing and grips
    ("device", "appliance", 13): ("iron", "brass"),  # a gas cylinder and its valve
    ("device", "appliance", 14): ("glass", "plastic"),  # a gumball machine's base
    ("device", "appliance", 15): ("chrome", "iron"),  # an espresso machine
    ("device", "appliance", 16): ("plastic", "iron"),  # a robotic arm
    ("device", "appliance", 17): ("wood", "iron"),  # a wagon wheel and its tyre
    ("device", "appliance", 18): ("paper", "fabric"),  # dynamite's paper, its fuse
    ("device", "appliance", 19): ("iron", "iron"),  # a traffic light's pole and box
    ("device", "appliance", 20): ("plastic", "glass"),  # a smartphone
    ("device", "appliance", 21): ("iron", "iron"),  # a trash can
    ("device", "appliance", 22): ("plastic", "iron"),  # a playground slide
    ("device", "appliance", 23): ("brass", "brass"),  # a pair of scales
    ("device", "appliance", 24): ("brass", "brass"),  # a compass
    ("device", "appliance", 25): ("iron", "iron"),  # a trap
    ("device", "appliance", 26): ("iron", "plastic"),  # a typewriter
    ("device", "appliance", 27): ("iron", "chrome"),  # a microscope
    ("device", "appliance", 28): ("plastic", "glass"),  # a blender
    ("device", "appliance", 29): ("brass", "wood"),  # a magnifying glass
    ("device", "appliance", 30): ("plastic", "wood"),  # a pencil's painted body
    ("device", "appliance", 31): ("wood", "wood"),  # a ruler
    ("device", "appliance", 32): ("plastic", "plastic"),  # a traffic cone
    ("device", "appliance", 33): ("stone", "wood"),  # a chalkboard's slate and frame
    ("device", "appliance", 34): ("plastic", "plastic"),  # a calculator
    ("device", "appliance", 35): ("iron", "plastic"),  # a stapler
    ("device", "appliance", 36): ("bone", "bone"),  # a bone
    ("device", "appliance", 37): ("iron", "iron"),  # a paper clip's wire
    ("device", "appliance", 38): ("leaves", "leaves"),  # a bale of hay (straw)
    ("device", "appliance", 39): ("iron", "iron"),  # a weathervane
    ("device", "appliance", 40): ("wood", "wood"),  # a catapult
    ("device", "appliance", 41): ("chrome", "plastic"),  # a laptop
    ("device", "appliance", 42): ("plastic", "plastic"),  # a keyboard
    ("device", "appliance", 43): ("plastic", "plastic"),  # a printer
    ("device", "appliance", 44): ("brass", "iron"),  # a cash register
    ("device", "appliance", 45): ("plastic", "paper"),  # an eraser in its sleeve
    ("device", "appliance", 46): ("needles", "velvet"),  # a wreath of greenery, its bow
    ("device", "appliance", 47): ("iron", "iron"),  # a microphone
    ("device", "appliance", 48): ("wood", "iron"),  # a loudspeaker
    ("device", "appliance", 49): ("plastic", "leather"),  # headphones and their cushions
    ("device", "appliance", 50): ("plastic", "paper"),  # a record and its label
    ("device", "appliance", 51): ("wood", "paper"),  # a turntable
    ("device", "appliance", 52): ("iron", "chrome"),  # a dumbbell
    ("device", "appliance", 53): ("iron", "chrome"),  # a barbell
    ("device", "appliance", 54): ("iron", "iron"),  # a kettlebell
    ("device", "appliance", 55): ("gold", "fabric"),  # a medal on its ribbon
    ("device", "appliance", 56): ("silver", "silver"),  # a whistle
    ("device", "appliance", 57): ("cardboard", "iron"),  # a dartboard (cork)
    ("device", "appliance", 58): ("porcelain", "porcelain"),  # a bowling pin
    ("device", "appliance", 59): ("plastic", "fabric"),  # a goal and its net
    ("device", "appliance", 60): ("wood", "wood"),  # a log in its bark
    ("device", "appliance", 61): ("fabric", "wood"),  # a hammock's netting, its posts
    ("device", "appliance", 62): ("plastic", "iron"),  # a fishing rod and its reel
    ("device", "appliance", 63): ("porcelain", "porcelain"),  # a toilet
    ("device", "appliance", 64): ("chrome", "leather"),  # a unicycle and its saddle
    ("device", "appliance", 65): ("wood", "fabric"),  # a jack-in-the-box, the clown's hat
    ("device", "appliance", 66): ("plastic", "chrome"),  # a treadmill
    ("device", "appliance", 67): ("wood", "chrome"),  # a roller coaster's trestles, its rails
    ("device", "appliance", 68): ("wood", "brass"),  # a metronome and its weight
    ("device", "appliance", 69): ("plastic", "plastic"),  # a cassette tape
    ("device", "appliance", 70): ("plastic", "fabric"),  # an accordion and its bellows
    ("device", "appliance", 71): ("chrome",),  # handcuffs
    ("device", "appliance", 72): ("leather", "iron"),  # a punching bag on its stand
    ("device", "appliance", 73): ("leather",),  # a boxing glove
    ("device", "appliance", 74): ("wood", "chrome"),  # a golf club's head and shaft
    ("device", "appliance", 75): ("wood", "iron"),  # a water tower's tank, its legs
    ("device", "appliance", 76): ("wood", "wood"),  # a tesla coil
    ("device", "appliance", 77): ("ice",),  # an igloo of snow blocks
    ("device", "appliance", 78): ("plastic", "iron"),  # a cement mixer's drum, its frame
    ("device", "appliance", 79): ("wood", "iron"),  # a sawhorse, a saw on it
    ("device", "appliance", 80): ("wood", "chrome"),  # a jukebox
    ("device", "appliance", 81): ("leather", "chrome"),  # a gurney: its pad, its frame
    ("device", "appliance", 82): ("iron", "iron"),  # a parking meter
    ("device", "appliance", 83): ("brass",),  # an oil lamp
    ("device", "appliance", 84): ("iron",),  # a brazier
    ("wheeled", "vehicle", 1): ("wood", "brass"),  # a chariot, its rails and wheels' rims
    ("wheeled", "vehicle", 2): ("plastic", "iron"),  # a bulldozer
    ("wheeled", "vehicle", 3): ("plastic", "iron"),  # an excavator
    ("wheeled", "vehicle", 4): ("plastic", "chrome"),  # a snowmobile
    ("device", "appliance", 89): ("plastic", "wood"),  # a kayak and its paddle
    ("device", "appliance", 90): ("wood", "iron"),  # a hand plane, its iron body
    ("device", "appliance", 91): ("iron", "iron"),  # a jackhammer
    ("device", "appliance", 92): ("plastic", "chrome"),  # a generator in its frame
    ("device", "appliance", 93): ("iron", "wood"),  # a vise, the wood in its jaws
    ("device", "appliance", 94): ("iron",),  # a girder
    ("device", "appliance", 95): ("iron", "wood"),  # scaffolding, its planks
    ("device", "appliance", 96): ("plastic",),  # a portable toilet
    ("device", "appliance", 97): ("iron", "iron"),  # a tower crane
    ("device", "appliance", 98): ("wood", "leather"),  # a snowshoe, its webbing
    ("device", "appliance", 99): ("wood",),  # a stack of lumber
    ("device", "appliance", 100): ("bricks", "wood"),  # a pallet of bricks
    ("tower", "roof", 0.5): ("wood", "stone"),  # a pagoda: its storeys, its roofs
    ("device", "appliance", 101): ("flesh",),  # a brain
    ("device", "appliance", 102): ("plastic", "plastic"),  # a syringe: what it holds, its plunger
    ("device", "appliance", 103): ("wood",),  # a rack of test tubes
    ("device", "appliance", 104): ("chrome", "water"),  # a drip stand, its bag's fluid
    ("device", "appliance", 105): ("plastic", "plastic"),  # a defibrillator and its paddles
    ("device", "appliance", 106): ("iron",),  # an X-ray lightbox
    ("device", "appliance", 107): ("wood", "fabric"),  # a spinning wheel, its yarn and wool
    ("device", "appliance", 108): ("iron", "stone"),  # a portcullis in its archway
    ("device", "appliance", 109): ("paper", "wood"),  # a paper lantern and its ribs
    ("device", "appliance", 110): ("wood",),  # a torii gate, lacquered
    ("device", "appliance", 111): ("stone",),  # a stone lantern
    ("device", "appliance", 112): ("wood",),  # a daruma doll, painted
    ("device", "appliance", 113): ("silver",),  # a hand mirror
    ("device", "appliance", 114): ("water",),  # a beaker's liquid (the glass its own)
    ("device", "appliance", 115): ("chrome",),  # a scalpel
    ("device", "appliance", 116): ("amber",),  # a pill bottle
    ("device", "appliance", 117): ("bone",),  # a tusk of ivory
    ("device", "appliance", 118): ("iron", "plastic"),  # an auger and its grips
    ("device", "appliance", 119): ("plastic", "iron"),  # a ski lift chair on its hanger
    ("device", "appliance", 120): ("wood", "iron"),  # a workbench and its vise
    ("device", "appliance", 121): ("plastic", "iron"),  # a circular saw
    ("device", "appliance", 122): ("stone", "stone"),  # a canopic jar and its lid
    ("device", "appliance", 123): ("gold", "wood"),  # an eagle standard, its pole
    ("device", "appliance", 124): ("leather", "chrome"),  # an operating table
    ("device", "appliance", 125): ("wood",),  # a longhouse's timber (its thatch its own)
    ("device", "appliance", 126): ("bone", "silver"),  # a drinking horn and its bands
    ("device", "appliance", 127): ("wood",),  # a stack of firewood
    ("device", "appliance", 128): ("plastic",),  # a petrol pump
    ("device", "appliance", 129): ("plastic", "chrome"),  # a Geiger counter and its probe
    ("device", "appliance", 130): ("chrome",),  # a shopping cart
    ("device", "appliance", 131): ("brass", "leather"),  # a hookah, its hose
    ("device", "appliance", 132): ("wood", "fabric"),  # a loom, its warp and cloth
    ("device", "appliance", 133): ("wood", "wood"),  # a totem pole, painted
    ("device", "appliance", 134): ("fabric",),  # sandbags of burlap
    ("device", "appliance", 135): ("fabric", "fabric"),  # a sack of burlap, its cord
    ("device", "appliance", 136): ("wood",),  # a handsaw's handle (its blade steel)
    ("device", "appliance", 137): ("plastic", "plastic"),  # a power drill, its battery
    ("device", "appliance", 138): ("plastic",),  # a tape measure's case
    ("wheeled", "vehicle", 5): ("plastic", "iron"),  # a road roller, its drum
    ("device", "appliance", 140): ("plastic", "iron"),  # a road barrier, its legs
    ("device", "appliance", 141): ("plastic", "wood"),  # a cable spool: its cable, its discs
    ("wheeled", "vehicle", 6): ("plastic", "iron"),  # a railway carriage, its roof
    ("wheeled", "vehicle", 7): ("wood", "iron"),  # a handcar, its pump
    ("device", "appliance", 144): ("wood", "iron"),  # a luggage trolley
    ("device", "appliance", 145): ("iron",),  # a buffer stop
    ("wheeled", "vehicle", 8): ("iron", "iron"),  # a coal wagon
    ("device", "appliance", 147): ("iron",),  # a railway signal
    ("device", "appliance", 148): ("leather", "leather"),  # a suitcase and its straps
    ("device", "appliance", 149): ("stone",),  # an idol
    ("wheeled", "vehicle", 9): ("plastic", "iron"),  # a dump truck
    ("wheeled", "vehicle", 10): ("plastic", "iron"),  # a cement mixer truck
    ("wheeled", "vehicle", 11): ("silver", "iron"),  # a lunar rover
    ("device", "appliance", 152): ("stone", "stone"),  # a calendar stone
    ("device", "appliance", 153): ("fabric", "leather"),  # a canteen, its strap
    ("device", "appliance", 154): ("iron", "wood"),  # a swing set, its seats
    ("device", "appliance", 155): ("wood", "iron"),  # a seesaw, its stand and handles
    ("device", "appliance", 156): ("iron", "iron"),  # a roundabout
    ("device", "appliance", 157): ("iron", "iron"),  # a climbing frame
    ("device", "appliance", 158): ("plastic",),  # a spring rider
    ("device", "appliance", 159): ("wood",),  # a picnic table
    ("device", "appliance", 160): ("wood", "sand"),  # a sandbox and its sand
    ("device", "appliance", 161): ("wood",),  # an easel
    ("device", "appliance", 162): ("wood",),  # a palette
    ("device", "appliance", 163): ("wood",),  # a gondola, lacquered black
    ("device", "appliance", 164): ("brass", "wood"),  # a ceiling fan, its blades
    ("device", "appliance", 165): ("iron",),  # a manhole cover
    ("device", "appliance", 166): ("glass",),  # an ashtray
    ("device", "appliance", 167): ("plastic", "iron"),  # a newspaper stand
    ("device", "appliance", 168): ("fabric",),  # a kite
    ("device", "appliance", 169): ("wood",),  # an arcade cabinet, painted
    ("device", "appliance", 170): ("wood", "chrome"),  # a pinball machine, its legs
    ("device", "appliance", 171): ("plastic", "chrome"),  # a claw crane game
    ("device", "appliance", 172): ("wood", "chrome"),  # an air hockey table
    ("device", "appliance", 173): ("wood",),  # a foosball table
    ("device", "appliance", 174): ("chrome",),  # a disco ball's mirrors
    ("device", "appliance", 175): ("iron", "iron"),  # a periscope
    ("device", "appliance", 176): ("iron", "iron"),  # a torpedo
    ("device", "appliance", 177): ("brass", "iron"),  # a porthole
    ("device", "appliance", 178): ("iron", "iron"),  # a valve wheel on its pipe
    ("device", "appliance", 179): ("iron", "iron"),  # a lever
    ("device", "appliance", 85): ("flesh", "flesh"),  # a liver
    ("device", "appliance", 86): ("flesh", "flesh"),  # a kidney and its vessels
    ("device", "appliance", 87): ("flesh", "flesh"),  # lungs and the windpipe
    ("device", "appliance", 88): ("flesh",),  # a stomach
    ("device", "appliance", 139): ("flesh",),  # intestines
    ("device", "appliance", 142): ("brass", "iron"),  # a cartridge and its bullet
    ("device", "appliance", 143): ("stone",),  # a cliff
    ("device", "appliance", 146): ("bricks", "clay"),  # a chimney stack and its pots
    ("footwear", "fur", 1.0): ("wool", "velvet"),  # a sock, knitted, its heel and toe darker
    ("boat", "tiers", 4): ("iron", "rust", "plastic"),  # a motor ship: steel, its cargo
    ("boat", "width", 1.0): ("iron", "sand", "plastic"),  # a barge: steel, its heaped cargo
    ("device", "appliance", 150): ("stone", "brass"),  # a steeple and its bell
    ("device", "appliance", 189): ("chrome",),  # a sewing needle
    ("device", "appliance", 190): ("silver",),  # a thimble
    ("device", "appliance", 191): ("chrome",),  # a safety pin
    ("device", "appliance", 192): ("glass", "water"),  # a fishbowl and its water
    ("device", "appliance", 193): ("wool", "wool"),  # a knitted scarf, striped
    ("device", "appliance", 194): ("leather", "chrome"),  # a violin case, its clasps
    ("device", "appliance", 195): ("chrome", "wood"),  # a straight razor, its handle
    ("device", "appliance", 196): ("silver", "leather"),  # a wristwatch and its strap
    ("device", "appliance", 197): ("leather", "leather"),  # a handbag
    ("device", "appliance", 198): ("plastic", "plastic"),  # a pet carrier
    ("device", "appliance", 199): ("ice",),  # icicles
    ("device", "appliance", 200): ("wood", "iron"),  # a shelf on its brackets
    ("device", "appliance", 201): ("wool", "wool"),  # a knitted mitten
    ("device", "appliance", 202): ("flesh",),  # sausages
    ("device", "appliance", 203): ("plastic", "iron"),  # skis and their bindings
    ("device", "appliance", 204): ("leaves", "wood"),  # a clipped hedge
    **{("device", "appliance", k): ("wood", "fabric") for k in (205, 206, 209, 210, 211, 212, 213)},
    ("device", "appliance", 207): ("wood", "porcelain"),  # a kitchen
    ("device", "appliance", 208): ("stone", "fabric"),  # a bathroom's tiled floor
    ("device", "appliance", 214): ("stone", "fabric"),  # a prison cell
    ("device", "appliance", 215): ("wood", "leather"),  # a diner's booth
    ("device", "appliance", 216): ("wax", "wood"),  # butter
    ("device", "appliance", 217): ("moss", "wood"),  # a burrow
    ("device", "appliance", 218): ("wood", "fabric"),  # castanets
    ("device", "appliance", 219): ("brass", "leather"),  # sleigh bells
    ("device", "appliance", 220): ("stone", "iron"),  # a silo
    ("device", "appliance", 221): ("fur", "wood"),  # coconuts
    ("device", "appliance", 222): ("fur", "wood"),  # catkins
    ("device", "appliance", 223): ("crystal", "gold"),  # a cut gem
    ("device", "appliance", 224): ("wood", "fabric"),  # a library
    **{("device", "appliance", k): ("moss", "water") for k in (225, 226, 227, 229, 231)},
    ("device", "appliance", 228): ("water", "sand"),  # the sea
    ("device", "appliance", 230): ("sand", "water"),  # an island
    ("device", "appliance", 232): ("sand", "stone"),  # a desert
    **{("device", "appliance", k): ("moss", "wood") for k in (233, 234, 235, 236)},
    ("device", "appliance", 237): ("stone", "stone"),  # a road's tarmac
    ("device", "appliance", 238): ("sand", "water"),  # a beach
    ("device", "appliance", 239): ("silver", "paper"),  # a tin can
    ("device", "appliance", 240): ("leather", "silver"),  # a belt
    ("device", "appliance", 241): ("wood", "leather"),  # a bar
    ("device", "appliance", 242): ("plastic", "brass"),  # a coil of hose
    ("device", "appliance", 243): ("fur", "porcelain"),  # a wig on its stand
    ("device", "appliance", 244): ("wax", "leather"),  # a caterpillar
    ("device", "appliance", 245): ("stone", "stone"),  # a pothole in tarmac
    ("device", "appliance", 246): ("porcelain", "porcelain"),  # china
    ("device", "appliance", 247): ("stone", "wood"),  # a cellar
    ("device", "appliance", 248): ("iron", "iron"),  # a magnet
    ("device", "appliance", 249): ("wood", "fabric"),  # a lobster pot
    ("device", "appliance", 250): ("fabric", "wood"),  # a fishing net and its floats
    ("device", "appliance", 251): ("plastic", "iron"),  # a buoy
    ("device", "appliance", 252): ("wood", "fabric"),  # a mooring post and its rope
    ("device", "appliance", 253): ("bone", "bone"),  # a fish skeleton
    ("device", "appliance", 254): ("wood", "wood"),  # a chisel: its handle (the blade is steel)
    ("device", "appliance", 255): ("wood", "iron"),  # a capstan
    ("device", "appliance", 256): ("bread", "fabric"),  # a sheaf of wheat: straw
    ("device", "appliance", 257): ("flesh", "flesh"),  # an earthworm
    ("device", "appliance", 258): ("wood", "bread"),  # walnuts: shell and kernel
    ("device", "appliance", 259): ("plastic", "silver"),  # an atom
    ("device", "appliance", 260): ("wood", "fabric"),  # a bunk bed
    ("device", "appliance", 261): ("ice", "ice"),  # ice cubes
    ("device", "appliance", 262): ("stone", "stone"),  # charcoal
    ("device", "appliance", 263): ("stone", "wood"),  # a fireplace and its mantelshelf
    ("device", "appliance", 264): ("glass", "glass"),  # marbles
    ("device", "appliance", 265): ("wood", "wood"),  # saloon doors
    ("device", "appliance", 266): ("wood", "fabric"),  # a chock
    ("device", "appliance", 267): ("glass", "glass"),  # a laboratory flask
    ("device", "appliance", 268): ("silver", "leather"),  # a spur
    ("device", "appliance", 269): ("wood", "fabric"),  # a mast and its sail
    ("device", "appliance", 270): ("iron", "brass"),  # a boiler
    ("device", "appliance", 271): ("leather", "brass"),  # saddlebags
    ("device", "appliance", 272): ("plastic", "iron"),  # a screwdriver
    ("device", "appliance", 273): ("bread", "bread"),  # toast
    ("device", "appliance", 274): ("stone", "water"),  # a canyon: its rock, its stream
    ("device", "appliance", 275): ("wood", "fabric"),  # a coat stand
    ("device", "appliance", 276): ("wood", "wood"),  # a pine cone
    ("device", "appliance", 277): ("brass", "brass"),  # a doorknob
    ("device", "appliance", 278): ("moss", "moss"),  # a leaf
    ("device", "appliance", 279): ("wood", "moss"),  # a leafy branch
    ("device", "appliance", 280): ("stone", "plastic"),  # a stadium: its stands, its seats
    ("device", "appliance", 281): ("moss", "stone"),  # a hill
    ("device", "appliance", 282): ("wood", "fabric"),  # a cradle
    ("device", "appliance", 283): ("wood", "fabric"),  # a crib
    ("device", "appliance", 284): ("paper", "ink"),  # a document
    ("device", "appliance", 285): ("wood", "wood"),  # a chicken coop
    ("device", "appliance", 286): ("leaves", "wood"),  # a haystack
    ("device", "appliance", 287): ("plastic", "wood"),  # grapes: the berries, the stalk
    ("device", "appliance", 288): ("wood", "wood"),  # a doghouse
    ("device", "appliance", 289): ("plastic", "moss"),  # a pea pod
    ("device", "appliance", 290): ("silver",),  # a milk churn
    ("device", "appliance", 291): ("plastic", "iron"),  # a stop sign (red: its coat)
    ("device", "appliance", 292): ("glass", "iron"),  # a bus shelter
    ("device", "appliance", 293): ("wood", "iron"),  # a park bench
    ("device", "appliance", 294): ("wood",),  # a block
    ("device", "appliance", 295): ("glass", "amber"),  # a perfume bottle: glass, its scent
    ("device", "appliance", 296): ("wood", "wood"),  # a shop counter
    ("device", "appliance", 297): ("cardboard", "paper"),  # a spiral notebook
    ("device", "appliance", 298): ("leather", "brass"),  # a briefcase
    ("device", "appliance", 299): ("wood", "fabric"),  # a floor: its boards, a rug
    ("device", "appliance", 300): ("marble", "stone"),  # a classical temple
    ("device", "appliance", 301): ("paper", "ink"),  # a map: parchment, its drawing
    ("device", "appliance", 302): ("foil", "silver"),  # a satellite
    ("device", "appliance", 303): ("stone",),  # stone steps
    ("device", "appliance", 304): ("fabric", "velvet"),  # a necktie and its stripes
    ("device", "appliance", 305): ("obsidian", "cloud"),  # a volcano: dark rock, smoke
    ("device", "appliance", 480): ("plastic", "chrome"),  # pickup truck
    ("device", "appliance", 481): ("plastic", "chrome"),  # camper van
    ("device", "appliance", 482): ("wood", "stone"),  # log cabin
    ("device", "appliance", 483): ("porcelain", "plastic"),  # hermit crab
    ("device", "appliance", 484): ("wood", "brass"),  # mantel clock
    ("device", "appliance", 485): ("leather", "brass"),  # dog lead
    ("device", "appliance", 486): ("wood", "velvet"),  # church pew
    ("device", "appliance", 487): ("sand", "leather"),  # jeep
    ("device", "appliance", 488): ("wood", "iron"),  # signpost
    ("device", "appliance", 489): ("wood", "iron"),  # wooden crate
    ("device", "appliance", 490): ("plastic", "leaves"),  # radishes
    ("device", "appliance", 491): ("porcelain", "plastic"),  # life ring
    ("device", "appliance", 492): ("wood", "brass"),  # coffee grinder
    ("device", "appliance", 493): ("wood", "silver"),  # pepper mill
    ("device", "appliance", 494): ("glass", "plastic"),  # milkshake
    ("device", "appliance", 495): ("chrome", "plastic"),  # dish rack
    ("device", "appliance", 496): ("porcelain", "chocolate"),  # cake stand
    ("device", "appliance", 497): ("wood", "brass"),  # menu holder
    ("device", "appliance", 498): ("paper", "cloud"),  # chef's hat
    ("device", "appliance", 499): ("chrome", "wood"),  # ladle
    ("device", "appliance", 500): ("chrome", "iron"),  # saucepan
    ("device", "appliance", 501): ("porcelain", "gold"),  # soup tureen
    ("device", "appliance", 502): ("clay", "iron"),  # fondue pot
    ("device", "appliance", 503): ("wood", "iron"),  # cutting board
    ("device", "appliance", 504): ("chrome", "plastic"),  # ski poles
    ("device", "appliance", 505): ("plastic", "chrome"),  # cable car cabin
    ("device", "appliance", 506): ("plastic", "iron"),  # ski boot
    ("device", "appliance", 507): ("plastic", "wood"),  # snow shovel
    ("device", "appliance", 508): ("brass", "leather"),  # cowbell
    ("device", "appliance", 509): ("glass", "wood"),  # snow globe
    ("device", "appliance", 510): ("chrome", "plastic"),  # ice axe
    ("device", "appliance", 511): ("chrome", "ink"),  # hurdle
    ("device", "appliance", 512): ("porcelain", "ink"),  # basketball hoop
    ("device", "appliance", 513): ("concrete", "moss"),  # bunker
    ("device", "appliance", 514): ("plastic", "leaves"),  # watermelon slice
    ("device", "appliance", 515): ("fur", "fabric"),  # slippers
    ("device", "appliance", 516): ("porcelain", "plastic"),  # toothpaste tube
    ("device", "appliance", 517): ("chrome", "velvet"),  # towel rail
    ("device", "appliance", 518): ("plastic", "wood"),  # plunger
    ("device", "appliance", 519): ("paper", "cardboard"),  # toilet roll
    ("device", "appliance", 520): ("glass", "chrome"),  # soap dispenser
    ("device", "appliance", 521): ("iron", "chrome"),  # car jack
    ("device", "appliance", 522): ("silver", "plastic"),  # spirit level
    ("device", "appliance", 523): ("plastic", "iron"),  # soldering iron
    ("device", "appliance", 524): ("iron", "plastic"),  # hose reel
    ("device", "appliance", 525): ("chrome", "iron"),  # bunsen burner
    ("device", "appliance", 526): ("fabric", "plastic"),  # bandage roll
    ("device", "appliance", 527): ("iron", "paper"),  # music stand
    ("device", "appliance", 528): ("chrome", "plastic"),  # box grater
    ("device", "appliance", 529): ("chrome", "wood"),  # corkscrew
    ("device", "appliance", 530): ("chrome", "plastic"),  # can opener
    ("device", "appliance", 531): ("plastic", "chrome"),  # vegetable peeler
    ("device", "appliance", 532): ("porcelain", "honey"),  # fried egg
    ("device", "appliance", 533): ("porcelain", "wax"),  # boiled egg in an egg cup
    ("device", "appliance", 534): ("glass", "water"),  # cocktail glass
    ("device", "appliance", 535): ("paper", "newsprint"),  # tea bag
    ("device", "appliance", 536): ("plastic", "paper"),  # juice box
    ("device", "appliance", 537): ("gold", "wood"),  # picture frame
    ("device", "appliance", 538): ("glass", "plastic"),  # nail polish
    ("device", "appliance", 539): ("glass", "chrome"),  # salt and pepper shakers
    ("device", "appliance", 540): ("plastic", "ink"),  # swimsuit
    ("device", "appliance", 541): ("plastic", "porcelain"),  # underpants
    ("device", "appliance", 542): ("porcelain", "obsidian"),  # game controller
    ("device", "appliance", 543): ("fabric", "plastic"),  # pencil case
    ("device", "appliance", 544): ("silver", "iron"),  # water trough
    ("device", "appliance", 545): ("wood", "fabric"),  # clothes horse
    ("device", "appliance", 546): ("chrome", "plastic"),  # hamster wheel
    ("device", "appliance", 547): ("porcelain", "ink"),  # licence plate
    ("device", "appliance", 548): ("chrome", "plastic"),  # hubcap
    ("device", "appliance", 549): ("iron", "plastic"),  # windscreen wiper
    ("device", "appliance", 550): ("plastic", "porcelain"),  # baby rattle
    ("device", "appliance", 551): ("plastic", "iron"),  # leaf blower
    ("device", "appliance", 552): ("porcelain", "plastic"),  # smoke detector
    ("device", "appliance", 553): ("plastic", "chrome"),  # hole punch
    ("device", "appliance", 554): ("porcelain", "plastic"),  # glue stick
    ("device", "appliance", 555): ("cardboard", "chrome"),  # ring binder
    ("device", "appliance", 556): ("bamboo", "glass"),  # cotton buds
    ("device", "appliance", 557): ("paper", "plastic"),  # name badge
    ("device", "appliance", 558): ("plastic", "pebbles"),  # litter box
    ("device", "appliance", 559): ("fabric", "bamboo"),  # cat tree
    ("device", "appliance", 560): ("clay", "iron"),  # shipping container
    ("device", "appliance", 561): ("iron", "cardboard"),  # conveyor belt
    ("device", "appliance", 562): ("cardboard", "paper"),  # tissue box
    ("device", "appliance", 563): ("bamboo", "ink"),  # sticky notes
    ("device", "appliance", 564): ("leather", "fabric"),  # pair of gloves
    ("device", "appliance", 565): ("silver", "plastic"),  # whiteboard
    ("device", "appliance", 566): ("glass", "bubbles"),  # bubble wrap
    ("device", "appliance", 567): ("feathers", "wood"),  # feather duster
    ("device", "appliance", 568): ("wool", "wood"),  # ball of yarn
    ("device", "appliance", 569): ("wood", "fabric"),  # washing line
    ("device", "appliance", 570): ("brass", "iron"),  # umbrella stand
    ("device", "appliance", 571): ("chrome", "gold"),  # bottle opener
    ("device", "appliance", 572): ("wood", "plastic"),  # high chair
    ("device", "appliance", 573): ("paper", "plastic"),  # nappy
    ("device", "appliance", 574): ("fabric", "fur"),  # dog bed
    ("device", "appliance", 575): ("wood", "iron"),  # garden shed
    ("device", "appliance", 576): ("plastic", "honey"),  # ice lolly
    ("device", "appliance", 577): ("honey", "leaves"),  # corn on the cob
    ("device", "appliance", 578): ("plastic", "leaves"),  # chilli pepper
    ("device", "appliance", 579): ("bread", "wax"),  # bagel
    ("device", "appliance", 580): ("bread", "plastic"),  # french fries
    ("device", "appliance", 581): ("wax", "foil"),  # burrito
    ("device", "appliance", 582): ("leather", "chrome"),  # kebab
    ("device", "appliance", 583): ("bread", "porcelain"),  # samosa
    ("device", "appliance", 584): ("bread", "porcelain"),  # spring rolls
    ("device", "appliance", 585): ("flesh", "sugar"),  # macarons
    ("device", "appliance", 586): ("bread", "sugar"),  # cinnamon roll
    ("device", "appliance", 587): ("moss", "glass"),  # pickle
    ("device", "appliance", 588): ("moss", "clay"),  # venus flytrap
    ("device", "appliance", 589): ("bread", "bone"),  # chicken drumstick
    ("device", "appliance", 590): ("foil", "plastic"),  # bag of crisps
    ("device", "appliance", 591): ("chrome", "wood"),  # slinky
    ("device", "appliance", 592): ("plastic", "chrome"),  # fidget spinner
    ("device", "appliance", 593): ("cardboard", "plastic"),  # board game
    ("device", "appliance", 594): ("plastic", "coral"),  # whoopee cushion
    ("device", "appliance", 595): ("obsidian", "plastic"),  # magic 8 ball
    ("device", "appliance", 596): ("plastic", "water"),  # water balloon
    ("device", "appliance", 597): ("porcelain", "plastic"),  # speedboat
    ("device", "appliance", 598): ("velvet", "plastic"),  # headband
    ("device", "appliance", 599): ("bread", "porcelain"),  # nachos
    ("device", "appliance", 600): ("wood", "leather"),  # hot tub
    ("device", "appliance", 601): ("wood", "fabric"),  # sun lounger
    ("device", "appliance", 602): ("porcelain", "brass"),  # ceiling light
    ("device", "appliance", 603): ("plastic", "chrome"),  # lava lamp
    ("device", "appliance", 604): ("leather", "fabric"),  # bean bag
    ("device", "appliance", 605): ("fabric", "wood"),  # futon
    ("device", "appliance", 606): ("wood", "velvet"),  # dressing table
    ("device", "appliance", 607): ("wood", "plastic"),  # shoe rack
    ("device", "appliance", 608): ("wood", "brass"),  # coat hooks
    ("device", "appliance", 609): ("wood", "brass"),  # doorbell
    ("device", "appliance", 610): ("silver", "brass"),  # key ring
    ("device", "appliance", 611): ("fabric", "chrome"),  # pram
    ("device", "appliance", 612): ("plastic", "porcelain"),  # toothbrush
    ("device", "appliance", 613): ("wood", "bone"),  # hairbrush
    ("device", "appliance", 614): ("plastic", "chrome"),  # mop and bucket
    ("device", "appliance", 615): ("plastic", "plastic"),  # hard hat
    ("device", "appliance", 616): ("wood", "fabric"),  # clothes pegs
    ("device", "appliance", 617): ("plastic", "silver"),  # jerry can
    ("device", "appliance", 618): ("plastic", "obsidian"),  # hot water bottle
    ("device", "appliance", 619): ("paper", "plastic"),  # tablecloth
    ("device", "appliance", 620): ("glass", "honey"),  # drinking straws
    ("device", "appliance", 621): ("obsidian", "pearl"),  # game console
    ("device", "appliance", 622): ("chrome", "wood"),  # safety razor
    ("device", "appliance", 623): ("velvet", "plastic"),  # lanyard
    ("device", "appliance", 624): ("plastic", "chrome"),  # rolling suitcase
    ("device", "appliance", 625): ("iron", "chrome"),  # departure board
    ("device", "appliance", 626): ("velvet", "gold"),  # passport
    ("device", "appliance", 627): ("paper", "plastic"),  # boarding pass
    ("device", "appliance", 628): ("concrete", "iron"),  # control tower
    ("device", "appliance", 629): ("porcelain", "iron"),  # security gate
    ("device", "appliance", 630): ("fabric", "iron"),  # passenger seats
    ("device", "appliance", 631): ("fabric", "leather"),  # duffel bag
    ("device", "appliance", 632): ("brass", "velvet"),  # luggage cart
    ("device", "appliance", 633): ("iron", "chrome"),  # station clock
    ("device", "appliance", 634): ("fabric", "plastic"),  # neck pillow
    ("device", "appliance", 635): ("plastic", "chrome"),  # ticket machine
    ("device", "appliance", 636): ("leather", "chrome"),  # barber chair
    ("device", "appliance", 637): ("chrome", "fabric"),  # clothes rack
    ("device", "appliance", 638): ("fabric", "wood"),  # mannequin
    ("device", "appliance", 639): ("fabric", "plastic"),  # sneaker
    ("device", "appliance", 640): ("plastic", "velvet"),  # high heel shoe
    ("device", "appliance", 641): ("cardboard", "leather"),  # shoe box
    ("device", "appliance", 642): ("plastic", "leather"),  # shoe horn
    ("device", "appliance", 643): ("plastic", "chrome"),  # hair clippers
    ("device", "appliance", 644): ("wood", "fabric"),  # deck chair
    ("device", "appliance", 645): ("wood", "iron"),  # fishing trawler
    ("device", "appliance", 646): ("brass", "wood"),  # ship's bell
    ("device", "appliance", 647): ("glass", "fabric"),  # fishing float
    ("device", "appliance", 648): ("iron", "chrome"),  # horseshoe
    ("device", "appliance", 649): ("wood", "iron"),  # barn door
    ("device", "appliance", 650): ("wood", "leather"),  # peg leg
    ("device", "appliance", 651): ("glass", "paper"),  # message in a bottle
    ("device", "appliance", 652): ("pearl", "wood"),  # spider web
    ("device", "appliance", 653): ("gold", "wood"),  # wall mirror
    ("device", "appliance", 654): ("wood", "iron"),  # fish crate
    ("device", "appliance", 655): ("iron", "brass"),  # train wheel
    ("device", "appliance", 656): ("porcelain", "velvet"),  # porcelain doll
    ("device", "appliance", 657): ("leather", "gold"),  # pirate hat
    ("device", "appliance", 658): ("moss", "cloud"),  # dandelion
    ("device", "appliance", 659): ("brass", "wood"),  # telegraph key
    ("device", "appliance", 660): ("iron", "chrome"),  # control panel
    ("device", "appliance", 661): ("chrome", "iron"),  # solar panel
    ("device", "appliance", 662): ("iron", "wood"),  # torch sconce
    ("device", "appliance", 663): ("iron", "wood"),  # mixing desk
    ("device", "appliance", 664): ("leather", "wood"),  # quiver of arrows
    ("device", "appliance", 665): ("paper", "fabric"),  # price tag
    ("device", "appliance", 666): ("cardboard", "porcelain"),  # cereal box
    ("device", "appliance", 667): ("paper", "glass"),  # milk carton
    ("device", "appliance", 668): ("wood", "brass"),  # display case
    ("device", "appliance", 669): ("plastic", "iron"),  # walkie-talkie
    ("device", "appliance", 670): ("silver", "iron"),  # dog tags
    ("device", "appliance", 671): ("bone", "stone"),  # dinosaur skeleton
    ("device", "appliance", 672): ("wood", "iron"),  # covered wagon
    ("device", "appliance", 673): ("wood", "iron"),  # drawbridge
    ("device", "appliance", 674): ("gold", "stone"),  # pharaoh mask
    ("device", "appliance", 675): ("leather", "brass"),  # spellbook
    ("device", "appliance", 676): ("paper", "wood"),  # wanted poster
    ("device", "appliance", 677): ("chrome", "iron"),  # jetpack
    ("device", "appliance", 678): ("plastic", "chrome"),  # hoverboard
    ("device", "appliance", 679): ("chrome", "iron"),  # teleporter
    ("device", "appliance", 680): ("chrome", "iron"),  # laser sword
    ("device", "appliance", 681): ("velvet", "gold"),  # flying carpet
    ("device", "appliance", 682): ("stone", "moss"),  # gravestone
    ("device", "appliance", 683): ("stone", "crystal"),  # geode
    ("device", "appliance", 684): ("iron", "plastic"),  # rowing machine
    ("device", "appliance", 685): ("wood", "fabric"),  # climbing wall
    ("device", "appliance", 686): ("leather", "wood"),  # skipping rope
    ("device", "appliance", 687): ("plastic", "fabric"),  # yoga mat
    ("device", "appliance", 688): ("fabric", "leather"),  # boxing ring
    ("device", "appliance", 689): ("iron", "chrome"),  # scoreboard
    ("device", "appliance", 690): ("iron", "wood"),  # ping pong table
    ("device", "appliance", 691): ("wood", "brass"),  # pool table
    ("device", "appliance", 692): ("obsidian", "plastic"),  # bowling ball
    ("device", "appliance", 693): ("plastic", "leather"),  # golf cart
    ("device", "appliance", 694): ("stone", "wood"),  # fire pit
    ("device", "appliance", 695): ("stone", "brass"),  # sundial
    ("device", "appliance", 696): ("iron", "leather"),  # captain's chair
    ("device", "appliance", 697): ("chrome", "iron"),  # escape pod
    ("device", "appliance", 698): ("chrome", "iron"),  # hologram table
    ("device", "appliance", 699): ("iron", "chrome"),  # radar screen
    ("device", "appliance", 700): ("iron", "chrome"),  # airlock door
    ("device", "appliance", 701): ("brass", "brass"),  # spittoon
    ("device", "appliance", 702): ("wood", "leather"),  # poker table
    ("device", "appliance", 703): ("leather", "gold"),  # cowboy boot
    ("device", "appliance", 704): ("wood", "wood"),  # shoji screen
    ("device", "appliance", 705): ("bamboo", "wood"),  # folding fan
    ("device", "appliance", 706): ("bamboo", "fabric"),  # tatami mat
    ("device", "appliance", 707): ("wood", "porcelain"),  # low tea table
    ("device", "appliance", 708): ("stone", "bamboo"),  # bamboo water fountain
    ("device", "appliance", 709): ("wood", "velvet"),  # geta sandals
    ("device", "appliance", 710): ("obsidian", "wood"),  # bento box
    ("device", "appliance", 711): ("brass", "wood"),  # temple bell
    ("device", "appliance", 712): ("plastic", "chrome"),  # hydroponic tray
    ("device", "appliance", 713): ("glass", "iron"),  # observation dome
    ("device", "appliance", 714): ("silver", "brass"),  # storage lockers
    ("device", "appliance", 715): ("paper", "gold"),  # folding screen
    ("device", "appliance", 716): ("wood", "silver"),  # pipe organ
    ("device", "appliance", 717): ("wood", "iron"),  # aquarium
    ("device", "appliance", 718): ("wood", "leather"),  # siege tower
    ("device", "appliance", 719): ("wood", "iron"),  # pillory
    ("device", "appliance", 720): ("wood", "iron"),  # stocks
    ("device", "appliance", 721): ("wood", "iron"),  # gallows
    ("device", "appliance", 722): ("wood", "leather"),  # bellows
    ("device", "appliance", 723): ("stone", "wood"),  # grindstone
    ("device", "appliance", 724): ("leather", "iron"),  # spit roast
    ("device", "appliance", 725): ("wood", "iron"),  # hay cart
    ("device", "appliance", 726): ("porcelain", "chrome"),  # x-ray machine
    ("device", "appliance", 727): ("leather", "porcelain"),  # dentist chair
    ("device", "appliance", 728): ("brass", "wood"),  # astrolabe
    ("device", "appliance", 729): ("brass", "wood"),  # orrery
    ("device", "appliance", 730): ("iron", "silver"),  # server rack
    ("device", "appliance", 731): ("wood", "chrome"),  # theremin
    ("device", "appliance", 732): ("chrome", "glass"),  # dance floor
    ("device", "appliance", 733): ("plastic", "chrome"),  # popcorn machine
    ("device", "appliance", 734): ("silver", "wood"),  # musical triangle
    ("device", "appliance", 735): ("brass", "wood"),  # gong
    ("device", "appliance", 736): ("chrome", "plastic"),  # ferris wheel
    ("device", "appliance", 737): ("plastic", "porcelain"),  # juggling clubs
    ("device", "appliance", 738): ("plastic", "porcelain"),  # helter skelter
    ("device", "appliance", 739): ("fur", "bone"),  # teddy bear
    ("device", "appliance", 740): ("plastic", "wood"),  # toffee apple
    ("device", "appliance", 741): ("plastic", "silver"),  # roller coaster car
    ("device", "appliance", 742): ("wood", "plastic"),  # high striker
    ("device", "appliance", 743): ("plastic", "porcelain"),  # big top
    ("device", "appliance", 744): ("porcelain", "gold"),  # carousel horse
    ("device", "appliance", 745): ("plastic", "leather"),  # bumper car
    ("device", "appliance", 746): ("wood", "chrome"),  # cotton candy stand
    ("device", "appliance", 747): ("chrome", "iron"),  # hot dog stand
    ("device", "appliance", 748): ("wood", "wood"),  # ring toss stall
    ("device", "appliance", 749): ("wood", "porcelain"),  # ticket booth
    ("device", "appliance", 750): ("wood", "gold"),  # circus wagon
    ("device", "appliance", 751): ("wood", "gold"),  # funhouse mirror
    ("device", "appliance", 752): ("wood", "iron"),  # trapeze
    ("device", "appliance", 753): ("leather", "plastic"),  # clown shoes
    ("device", "appliance", 754): ("wood", "chrome"),  # drum kit
    ("device", "appliance", 755): ("leather", "chrome"),  # guitar amplifier
    ("device", "appliance", 756): ("wood", "wood"),  # lab bench
    ("device", "appliance", 757): ("wood", "brass"),  # celestial globe
    ("device", "appliance", 758): ("marble", "silver"),  # observatory
    ("device", "appliance", 759): ("obsidian", "sand"),  # meteorite
    ("device", "appliance", 760): ("brass", "wood"),  # alembic
    ("device", "appliance", 761): ("brass", "wood"),  # sextant
    ("device", "appliance", 762): ("obsidian", "paper"),  # stack of records
    ("device", "appliance", 763): ("gold", "velvet"),  # circus hoop
    ("device", "appliance", 764): ("wood", "iron"),  # balloon cart
    ("device", "appliance", 765): ("wood", "brass"),  # carousel
    ("device", "appliance", 766): ("wood", "sand"),  # shipwreck
    ("device", "appliance", 767): ("ink", "velvet"),  # suit
    ("device", "appliance", 768): ("chrome", "wood"),  # percolator
    ("device", "appliance", 769): ("gold", "coral"),  # snuffbox
    ("device", "appliance", 770): ("flesh", "marble"),  # finger
    ("device", "appliance", 771): ("plastic", "leaves"),  # rhubarb
    ("device", "appliance", 772): ("leather", "ink"),  # journal
    ("device", "appliance", 773): ("concrete", "bone"),  # koala
    ("device", "appliance", 774): ("fur", "wood"),  # sloth
    ("device", "appliance", 775): ("fabric", "wood"),  # moth
    ("device", "appliance", 776): ("chrome", "stone"),  # vault door
    ("device", "appliance", 777): ("silver", "plastic"),  # cash machine
    ("device", "appliance", 778): ("chrome", "obsidian"),  # desk bell
    ("device", "appliance", 779): ("ink", "wood"),  # clapperboard
    ("device", "appliance", 780): ("silver", "iron"),  # film reel
    ("device", "appliance", 781): ("brass", "velvet"),  # rope barrier
    ("device", "appliance", 782): ("brass", "wood"),  # kaleidoscope
    ("device", "appliance", 783): ("chrome", "porcelain"),  # barber pole
    ("device", "appliance", 784): ("chrome", "wood"),  # harmonica
    ("device", "appliance", 785): ("wood", "bamboo"),  # maracas
    ("device", "appliance", 786): ("scales", "bone"),  # sea turtle
    ("device", "appliance", 787): ("stone", "flesh"),  # hippopotamus
    ("device", "appliance", 788): ("stone", "coral"),  # coral reef
    ("device", "appliance", 789): ("sand", "gold"),  # sphinx
    ("device", "appliance", 790): ("sand", "velvet"),  # camel
    ("device", "appliance", 791): ("scales", "bone"),  # cobra
    ("device", "appliance", 792): ("stone", "clay"),  # runestone
    ("device", "appliance", 793): ("iron", "bone"),  # Viking helmet
    ("device", "appliance", 794): ("wood", "coins"),  # treasure chest
    ("device", "appliance", 795): ("velvet", "fabric"),  # Persian rug
    ("device", "appliance", 796): ("wood", "iron"),  # utility pole
    ("device", "appliance", 797): ("moss", "flesh"),  # clover
    ("device", "appliance", 798): ("amber", "flesh"),  # clownfish
    ("device", "appliance", 799): ("wood", "iron"),  # flail
    ("device", "appliance", 800): ("wood", "silver"),  # halberd
    ("device", "appliance", 801): ("wood", "obsidian"),  # wine rack
    ("device", "appliance", 802): ("fabric", "wood"),  # yurt
    ("device", "appliance", 803): ("leather", "feathers"),  # dreamcatcher
    ("device", "appliance", 804): ("wood", "iron"),  # tomahawk
    ("device", "appliance", 805): ("fabric", "wood"),  # tipi
    ("device", "appliance", 806): ("bread", "wax"),  # potato
    ("device", "appliance", 807): ("silver", "wood"),  # salad
    ("device", "appliance", 808): ("plastic", "moss"),  # tulip
    ("device", "appliance", 809): ("wood", "iron"),  # crossbow
    ("device", "appliance", 810): ("plastic", "moss"),  # tomato
    ("device", "appliance", 811): ("fabric", "fabric"),  # overalls
    ("device", "appliance", 812): ("ink", "silver"),  # stack of tyres
    ("device", "appliance", 813): ("rust", "plastic"),  # oil drum
    ("device", "appliance", 814): ("leather", "chrome"),  # mechanic's creeper
    ("device", "appliance", 815): ("plastic", "iron"),  # air compressor
    ("device", "appliance", 816): ("ink", "plastic"),  # car battery
    ("device", "appliance", 817): ("plastic", "chrome"),  # tow truck
    ("device", "appliance", 818): ("plastic", "stone"),  # garage door
    ("device", "appliance", 819): ("chrome", "brass"),  # oil can
    ("device", "appliance", 820): ("plastic", "paper"),  # motor oil bottle
    ("device", "appliance", 821): ("fabric", "leather"),  # coveralls
    ("device", "appliance", 822): ("chrome", "iron"),  # roller grill
    ("device", "appliance", 823): ("plastic", "iron"),  # petrol price sign
    ("device", "appliance", 824): ("wood", "iron"),  # toy soldier
    ("device", "appliance", 825): ("paper", "wax"),  # box of crayons
    ("device", "appliance", 826): ("wood", "brass"),  # music box
    ("device", "appliance", 827): ("plastic", "chrome"),  # tricycle
    ("device", "appliance", 828): ("plastic", "plastic"),  # beach ball
    ("device", "appliance", 829): ("wood", "stone"),  # dollhouse
    ("device", "appliance", 830): ("leather", "iron"),  # weight bench
    ("device", "appliance", 831): ("silver", "iron"),  # bleachers
    ("device", "appliance", 832): ("chrome", "concrete"),  # pool ladder
    ("device", "appliance", 833): ("plastic", "concrete"),  # diving board
    ("device", "appliance", 834): ("plastic", "plastic"),  # swim goggles
    ("device", "appliance", 835): ("plastic", "plastic"),  # swim ring
    ("device", "appliance", 836): ("plastic", "plastic"),  # pool noodle
    ("device", "appliance", 837): ("iron", "concrete"),  # stadium floodlight
    ("device", "appliance", 838): ("bone", "wood"),  # triceratops skull
    ("device", "appliance", 839): ("wood", "brass"),  # card catalogue
    ("device", "appliance", 840): ("glass", "brass"),  # banker's lamp
    ("device", "appliance", 841): ("glass", "wood"),  # ship in a bottle
    ("device", "appliance", 842): ("wood", "iron"),  # book cart
    ("device", "appliance", 843): ("amber", "stone"),  # ammonite
    ("device", "appliance", 844): ("wood", "leather"),  # lectern
    ("device", "appliance", 845): ("velvet", "wood"),  # tapestry
    ("device", "appliance", 846): ("wood", "bread"),  # bread peel
    ("device", "appliance", 847): ("glass", "sugar"),  # sundae
    ("device", "appliance", 848): ("chocolate", "chrome"),  # chocolate fountain
    ("device", "appliance", 849): ("bread", "chocolate"),  # gingerbread house
    ("device", "appliance", 850): ("porcelain", "bread"),  # ice cream cart
    ("device", "appliance", 851): ("plastic", "chrome"),  # stand mixer
    ("device", "appliance", 852): ("sugar", "porcelain"),  # macaron tower
    ("device", "appliance", 853): ("sugar", "silver"),  # wedding cake
    ("device", "appliance", 854): ("iron", "obsidian"),  # neon sign
    ("device", "appliance", 855): ("wood", "plastic"),  # baby mobile
    ("device", "appliance", 856): ("porcelain", "wood"),  # nightlight
    ("device", "appliance", 857): ("chrome", "plastic"),  # tyre pressure gauge
    ("device", "appliance", 858): ("bread", "bread"),  # baguette
    ("device", "appliance", 859): ("leather", "velvet"),  # stack of books
    ("device", "appliance", 860): ("plastic", "gold"),  # sleigh
    ("device", "appliance", 861): ("velvet", "fabric"),  # Christmas stocking
    ("device", "appliance", 862): ("glass", "gold"),  # bauble
    ("device", "appliance", 863): ("bread", "sugar"),  # gingerbread man
    ("device", "appliance", 864): ("leather", "porcelain"),  # Christmas pudding
    ("device", "appliance", 865): ("moss", "gold"),  # advent wreath
    ("device", "appliance", 866): ("paper", "gold"),  # pile of presents
    ("device", "appliance", 867): ("plastic", "wood"),  # nutcracker
    ("device", "appliance", 868): ("iron", "stone"),  # mooring mast
    ("device", "appliance", 869): ("straw", "wood"),  # rope ladder
    ("device", "appliance", 870): ("glass", "wood"),  # bell jar
    ("device", "appliance", 871): ("iron", "wood"),  # hand drill
    ("device", "appliance", 872): ("stone", "wood"),  # olive press
    ("device", "appliance", 873): ("gold", "velvet"),  # laurel wreath
    ("device", "appliance", 874): ("brass", "velvet"),  # Corinthian helmet
    ("device", "appliance", 875): ("clay", "clay"),  # kylix
    ("device", "appliance", 876): ("amber", "wood"),  # lyre
    ("device", "appliance", 877): ("wood", "wood"),  # trireme
    ("device", "appliance", 878): ("stone", "moss"),  # mountain
    ("device", "appliance", 879): ("marble", "stone"),  # classical statue
    ("device", "appliance", 880): ("wood", "fabric"),  # dog sled
    ("device", "appliance", 881): ("plastic", "iron"),  # icebreaker
    ("device", "appliance", 882): ("wax", "paper"),  # weather balloon
    ("device", "appliance", 883): ("silver", "iron"),  # ice core drill
    ("device", "appliance", 884): ("plastic", "iron"),  # research hut
    ("device", "appliance", 885): ("ice", "water"),  # iceberg
    ("device", "appliance", 886): ("stone", "bone"),  # narwhal
    ("device", "appliance", 887): ("silver", "iron"),  # radio mast
    ("device", "appliance", 888): ("iron", "silver"),  # film projector
    ("device", "appliance", 889): ("porcelain", "velvet"),  # theatre masks
    ("device", "appliance", 890): ("porcelain", "wood"),  # dressing-room mirror
    ("device", "appliance", 891): ("wood", "iron"),  # stage trapdoor
    ("device", "appliance", 892): ("velvet", "iron"),  # cinema seats
    ("device", "appliance", 893): ("velvet", "wood"),  # ventriloquist dummy
    ("device", "appliance", 894): ("iron", "iron"),  # ghost light
    ("device", "appliance", 895): ("wood", "velvet"),  # triclinium couch
    ("device", "appliance", 896): ("wood", "wood"),  # abacus
    ("device", "appliance", 897): ("stone", "stone"),  # aqueduct
    ("device", "appliance", 898): ("brass", "brass"),  # gladiator helmet
    ("device", "appliance", 899): ("wood", "brass"),  # legionary shield
    ("device", "appliance", 900): ("stone", "marble"),  # mosaic
    ("device", "appliance", 901): ("stone", "sand"),  # Colosseum
    ("device", "appliance", 902): ("wood", "iron"),  # arena gate
    ("device", "appliance", 903): ("straw", "wood"),  # beehive skep
    ("device", "appliance", 904): ("porcelain", "brass"),  # inkwell
    ("device", "appliance", 905): ("stone", "water"),  # baptismal font
    ("device", "appliance", 906): ("brass", "silver"),  # censer
    ("device", "appliance", 907): ("wood", "silver"),  # rosary
    ("device", "appliance", 908): ("wood", "gold"),  # crozier
    ("device", "appliance", 909): ("gold", "crystal"),  # reliquary
    ("device", "appliance", 910): ("velvet", "clay"),  # potted lavender
    ("device", "appliance", 911): ("plastic", "leather"),  # firefighter helmet
    ("device", "appliance", 912): ("plastic", "pencils"),  # fire axe
    ("device", "appliance", 913): ("brass", "wood"),  # fire pole
    ("device", "appliance", 914): ("porcelain", "chrome"),  # police car
    ("device", "appliance", 915): ("ink", "ink"),  # police cap
    ("device", "appliance", 916): ("iron", "concrete"),  # cell door
    ("device", "appliance", 917): ("plastic", "porcelain"),  # fire alarm bell
    ("device", "appliance", 918): ("bread", "cardboard"),  # box of donuts
    ("device", "appliance", 919): ("plastic", "chrome"),  # shopping basket
    ("device", "appliance", 920): ("plastic", "chrome"),  # drinks fridge
    ("device", "appliance", 921): ("cheese", "wood"),  # bunch of bananas
    ("device", "appliance", 922): ("glass", "foil"),  # milk bottle
    ("device", "appliance", 923): ("silver", "plastic"),  # shop shelves
    ("device", "appliance", 924): ("cardboard", "paper"),  # grocery bag
    ("device", "appliance", 925): ("chrome", "plastic"),  # full shopping cart
    ("device", "appliance", 926): ("porcelain", "iron"),  # checkout counter
    ("device", "appliance", 927): ("wood", "brass"),  # roulette wheel
    ("device", "appliance", 928): ("plastic", "chrome"),  # slot machine
    ("device", "appliance", 929): ("plastic", "porcelain"),  # poker chips
    ("device", "appliance", 930): ("chrome", "glass"),  # cocktail shaker
    ("device", "appliance", 931): ("glass", "wood"),  # champagne tower
    ("device", "appliance", 932): ("wood", "leather"),  # blackjack table
    ("device", "appliance", 933): ("chrome", "marble"),  # revolving door
    ("device", "appliance", 934): ("leather", "brass"),  # dice cup
    ("device", "appliance", 935): ("plastic", "gold"),  # lion dance head
    ("device", "appliance", 936): ("plastic", "gold"),  # dragon dance
    ("device", "appliance", 937): ("plastic", "gold"),  # paifang gate
    ("device", "appliance", 938): ("bamboo", "porcelain"),  # bamboo steamer
    ("device", "appliance", 939): ("porcelain", "wood"),  # noodle soup
    ("device", "appliance", 940): ("plastic", "gold"),  # firecrackers
    ("device", "appliance", 941): ("bread", "porcelain"),  # mooncake
    ("device", "appliance", 942): ("wax", "porcelain"),  # dumplings
    ("device", "appliance", 943): ("wood", "moss"),  # plum blossom tree
    ("device", "appliance", 944): ("plastic", "gold"),  # red envelope
    ("device", "appliance", 945): ("bamboo", "obsidian"),  # tea whisk
    ("device", "appliance", 946): ("paper", "wood"),  # dragon kite
    ("device", "appliance", 947): ("plastic", "leaves"),  # pincushion
    ("device", "appliance", 948): ("iron", "wood"),  # monkey wrench
    ("device", "appliance", 949): ("silver", "plastic"),  # paint can
    ("device", "appliance", 950): ("glass", "gold"),  # champagne bottle
    ("device", "appliance", 951): ("plastic", "ink"),  # pillar box
    ("device", "appliance", 952): ("wood", "brass"),  # sorting cabinet
    ("device", "appliance", 953): ("wood", "silver"),  # rubber stamp
    ("device", "appliance", 954): ("obsidian", "iron"),  # coal tender
    ("device", "appliance", 955): ("paper", "ink"),  # envelope
    ("device", "appliance", 956): ("wood", "brass"),  # wax seal
    ("device", "appliance", 957): ("fabric", "wood"),  # bolt of cloth
    ("device", "appliance", 958): ("straw", "iron"),  # hanging basket
    ("device", "appliance", 959): ("wood", "wood"),  # trellis arch
    ("device", "appliance", 960): ("wood", "clay"),  # potting bench
    ("device", "appliance", 961): ("clay", "iron"),  # tandoor
    ("device", "appliance", 962): ("wood", "bone"),  # sitar
    ("device", "appliance", 963): ("wood", "brass"),  # tabla
    ("device", "appliance", 964): ("iron", "leather"),  # cycle rickshaw
    ("device", "appliance", 965): ("moss", "gold"),  # auto rickshaw
    ("device", "appliance", 966): ("wood", "leather"),  # rickshaw
    ("device", "appliance", 967): ("straw", "wood"),  # snake charmer's basket
    ("device", "appliance", 968): ("wood", "brass"),  # spice display
    ("device", "appliance", 969): ("marble", "stone"),  # chhatri
    ("device", "appliance", 970): ("velvet", "wood"),  # wingback armchair
    ("device", "appliance", 971): ("wood", "brass"),  # cigar box
    ("device", "appliance", 972): ("marble", "stone"),  # jharokha
    ("device", "appliance", 973): ("clay", "wood"),  # potted palm
    ("device", "appliance", 974): ("wood", "leather"),  # stilts
    ("device", "appliance", 975): ("flesh", "fabric"),  # thumbs-up
    ("device", "appliance", 976): ("wood", "iron"),  # floor hatch
    ("device", "appliance", 977): ("gold", "chrome"),  # taxi
    ("device", "appliance", 978): ("porcelain", "iron"),  # heart monitor
    ("device", "appliance", 979): ("clay", "porcelain"),  # lentils
    ("device", "appliance", 980): ("chrome", "wood"),  # bayonet
    ("device", "appliance", 981): ("velvet", "wood"),  # turban
    ("device", "appliance", 982): ("iron", "wood"),  # railway axle
    ("device", "appliance", 983): ("wood", "iron"),  # bird feeder
    ("device", "appliance", 984): ("wood", "fabric"),  # papel picado
    ("device", "appliance", 985): ("bread", "porcelain"),  # pan de muerto
    ("device", "appliance", 986): ("velvet", "fabric"),  # Catrina
    ("device", "appliance", 987): ("wood", "fabric"),  # marigold garland
    ("device", "appliance", 988): ("clay", "clay"),  # incense burner
    ("device", "appliance", 989): ("wood", "fabric"),  # prayer flags
    ("device", "appliance", 990): ("gold", "wood"),  # prayer wheel
    ("device", "appliance", 991): ("marble", "gold"),  # stupa
    ("device", "appliance", 992): ("brass", "silver"),  # dungchen
    ("device", "appliance", 993): ("brass", "wood"),  # singing bowl
    ("device", "appliance", 994): ("wood", "iron"),  # butter churn
    ("device", "appliance", 995): ("brass", "silver"),  # butter lamps
    ("device", "appliance", 996): ("fabric", "wood"),  # thangka
    ("device", "appliance", 997): ("wood", "straw"),  # rope bridge
    ("device", "appliance", 998): ("gold", "brass"),  # seated Buddha
    ("device", "appliance", 999): ("stone", "moss"),  # stone cairn
    ("device", "appliance", 1000): ("gold", "velvet"),  # dorje
    ("device", "appliance", 1001): ("wood", "bone"),  # caber
    ("device", "appliance", 1002): ("wax", "porcelain"),  # haggis
    ("device", "appliance", 1003): ("stone", "marble"),  # curling stone
    ("device", "appliance", 1004): ("fabric", "leather"),  # kilt
    ("device", "appliance", 1005): ("leather", "silver"),  # sporran
    ("device", "appliance", 1006): ("moss", "bone"),  # thistle
    ("device", "appliance", 1007): ("wool", "wood"),  # tam o'shanter
    ("device", "appliance", 1008): ("silver", "wood"),  # crosscut saw
    ("device", "appliance", 1009): ("wood", "iron"),  # sawmill
    ("device", "appliance", 1010): ("wood", "iron"),  # peavey
    ("device", "appliance", 1011): ("wood", "water"),  # water wheel
    ("device", "appliance", 1012): ("wood", "iron"),  # chopping block
    ("device", "appliance", 1013): ("wood", "iron"),  # logging sled
    ("device", "appliance", 1014): ("porcelain", "iron"),  # lunch pail
    ("device", "appliance", 1015): ("silver", "wood"),  # saw blade
    ("device", "appliance", 1016): ("obsidian", "chrome"),  # loupe
    ("device", "appliance", 1017): ("silver", "crystal"),  # tweezers
    ("device", "appliance", 1018): ("gold", "velvet"),  # pendant
    ("device", "appliance", 1019): ("gold", "pearl"),  # brooch
    ("device", "appliance", 1020): ("velvet", "gold"),  # ring box
    ("device", "appliance", 1021): ("wood", "ink"),  # clogs
    ("device", "appliance", 1022): ("wood", "ink"),  # canal boat
    ("device", "appliance", 1023): ("clay", "wood"),  # canal house
    ("device", "appliance", 1024): ("velvet", "wood"),  # footstool
    ("device", "appliance", 1025): ("wood", "leather"),  # cheese barrow
    ("device", "appliance", 1026): ("wood", "iron"),  # cheese press
    ("device", "appliance", 1027): ("fur", "leather"),  # beaver
    ("device", "appliance", 1028): ("clay", "bone"),  # highland cow
    ("device", "appliance", 1029): ("fur", "bone"),  # yak
    ("device", "appliance", 1030): ("porcelain", "chrome"),  # ambulance
    ("device", "appliance", 1031): ("bamboo", "wood"),  # T-square
    ("device", "appliance", 1032): ("wood", "leather"),  # cricket bat
    ("device", "appliance", 1033): ("wood", "wood"),  # cricket stumps
    ("device", "appliance", 1034): ("iron", "wood"),  # garden roller
    ("device", "appliance", 1035): ("wood", "brass"),  # tombola
    ("device", "appliance", 1036): ("wood", "iron"),  # coconut shy
    ("device", "appliance", 1037): ("porcelain", "wood"),  # maypole
    ("device", "appliance", 1038): ("wood", "clay"),  # lych gate
    ("device", "appliance", 1039): ("velvet", "gold"),  # rosette
    ("device", "appliance", 1040): ("leather", "brass"),  # plague doctor mask
    ("device", "appliance", 1041): ("velvet", "gold"),  # jester hat
    ("device", "appliance", 1042): ("marble", "gold"),  # winged lion
    ("device", "appliance", 1043): ("stone", "marble"),  # palazzo
    ("device", "appliance", 1044): ("porcelain", "gold"),  # bauta mask
    ("device", "appliance", 1045): ("wood", "gold"),  # palanquin
    ("device", "appliance", 1046): ("iron", "wood"),  # machete
    ("device", "appliance", 1047): ("wood", "bamboo"),  # dugout canoe
    ("device", "appliance", 1048): ("wood", "bone"),  # gayageum
    ("device", "appliance", 1049): ("plastic", "bone"),  # janggu
    ("device", "appliance", 1050): ("velvet", "fabric"),  # hanbok
    ("device", "appliance", 1051): ("stone", "leather"),  # bibimbap
    ("device", "appliance", 1052): ("sugar", "glass"),  # bingsu
    ("device", "appliance", 1053): ("stone", "stone"),  # haetae
    ("device", "appliance", 1054): ("stone", "stone"),  # dol hareubang
    ("device", "appliance", 1055): ("clay", "sand"),  # onggi
    ("device", "appliance", 1056): ("paper", "paper"),  # seed packet
    ("device", "appliance", 1057): ("brass", "plastic"),  # lawn sprinkler
    ("device", "appliance", 1058): ("iron", "plastic"),  # grow light
    ("device", "appliance", 1059): ("chrome", "chrome"),  # mushroom rack
    ("device", "appliance", 1060): ("clay", "clay"),  # strawberry plant
    ("device", "appliance", 1061): ("wax", "clay"),  # pitcher plant
    ("device", "appliance", 1062): ("silver", "wood"),  # bee smoker
    ("device", "appliance", 1063): ("paper", "paper"),  # origami crane
    ("device", "appliance", 1064): ("silver", "iron"),  # heavy bomber
    ("device", "appliance", 1065): ("wood", "fabric"),  # brig
    ("device", "appliance", 1066): ("wood", "brass"),  # fortepiano
    ("device", "appliance", 1067): ("velvet", "wood"),  # divan
    ("device", "appliance", 1068): ("wool", "velvet"),  # shawl
    ("device", "appliance", 1069): ("chrome", "glass"),  # car headlight
    ("device", "appliance", 1070): ("stone", "iron"),  # cathedral
    ("device", "appliance", 1071): ("wood", "stone"),  # porch
    ("device", "appliance", 1072): ("feathers", "amber"),  # pigeon
    ("device", "appliance", 1073): ("feathers", "amber"),  # sparrow
    ("device", "appliance", 1074): ("feathers", "amber"),  # magpie
    ("device", "appliance", 1075): ("feathers", "amber"),  # robin
    ("device", "appliance", 1076): ("feathers", "amber"),  # crow
    ("device", "appliance", 1077): ("feathers", "amber"),  # gull
    ("device", "appliance", 1078): ("feathers", "amber"),  # kingfisher
    ("device", "appliance", 1079): ("feathers", "amber"),  # swallow
    ("device", "appliance", 1080): ("scales", "bone"),  # lizard
    ("device", "appliance", 1081): ("bone", "stone"),  # gecko
    ("device", "appliance", 1082): ("scales", "wood"),  # iguana
    ("device", "appliance", 1083): ("scales", "wood"),  # chameleon
    ("device", "appliance", 1084): ("obsidian", "leaves"),  # salamander
    ("device", "appliance", 1085): ("petals", "pebbles"),  # axolotl
    ("device", "appliance", 1086): ("leather", "bone"),  # komodo dragon
    ("device", "appliance", 1087): ("scales", "bone"),  # crocodile
    ("device", "appliance", 1088): ("moss", "water"),  # river delta
    ("device", "appliance", 1089): ("moss", "water"),  # peninsula
    ("device", "appliance", 1090): ("stone", "water"),  # fjord
    ("device", "appliance", 1091): ("clay", "sand"),  # mesa
    ("device", "appliance", 1092): ("bone", "water"),  # geyser
    ("device", "appliance", 1093): ("sand", "stone"),  # crater
    ("device", "appliance", 1094): ("sand", "water"),  # oasis
    ("device", "appliance", 1095): ("moss", "water"),  # archipelago
    ("device", "appliance", 1096): ("velvet", "wood"),  # rose
    ("device", "appliance", 1097): ("plastic", "chrome"),  # convertible
    ("device", "appliance", 1098): ("paper", "ink"),  # pamphlet
    ("device", "appliance", 1099): ("marble", "brass"),  # pedestal
    ("device", "appliance", 1100): ("fur", "leather"),  # animal hide
    ("device", "appliance", 1101): ("wood", "iron"),  # printing press
    ("device", "appliance", 1102): ("iron", "wood"),  # oil derrick
    ("device", "appliance", 1103): ("silver", "wood"),  # spatula
    ("device", "appliance", 1104): ("wood", "stone"),  # window shutters
    ("device", "appliance", 1105): ("wood", "gold"),  # portrait
    ("device", "appliance", 1106): ("fabric", "fabric"),  # t-shirt
    ("device", "appliance", 1107): ("moss", "velvet"),  # plant stem
    ("device", "appliance", 1108): ("moss", "wax"),  # cabbage
    ("device", "appliance", 1109): ("moss", "wax"),  # lettuce
    ("device", "appliance", 1110): ("wax", "moss"),  # cauliflower
    ("device", "appliance", 1111): ("moss", "wax"),  # broccoli
    ("device", "appliance", 1112): ("clay", "paper"),  # onion
    ("device", "appliance", 1113): ("paper", "velvet"),  # garlic
    ("device", "appliance", 1114): ("obsidian", "moss"),  # eggplant
    ("device", "appliance", 1115): ("moss", "paper"),  # leek
    ("device", "appliance", 1116): ("moss", "wax"),  # celery
    ("device", "appliance", 1117): ("moss", "wax"),  # cucumber
    ("device", "appliance", 1118): ("moss", "velvet"),  # artichoke
    ("device", "appliance", 1119): ("moss", "plastic"),  # asparagus
    ("device", "appliance", 1120): ("wax", "moss"),  # avocado
    ("device", "appliance", 1121): ("moss", "wax"),  # kale
    ("device", "appliance", 1122): ("leaves", "wax"),  # brussels sprouts
    ("device", "appliance", 1123): ("leather", "wood"),  # zebra
    ("device", "appliance", 1124): ("leather", "fur"),  # warthog
    ("device", "appliance", 1125): ("wood", "leaves"),  # acacia
    ("device", "appliance", 1126): ("stone", "leaves"),  # baobab
    ("device", "appliance", 1127): ("bamboo", "wood"),  # calabash
    ("device", "appliance", 1128): ("clay", "sand"),  # termite mound
    ("device", "appliance", 1129): ("leather", "wood"),  # maasai shield
    ("device", "appliance", 1130): ("clay", "wood"),  # maasai hut
    ("device", "appliance", 1131): ("clay", "porcelain"),  # tagine
    ("device", "appliance", 1132): ("wood", "iron"),  # mashrabiya
    ("device", "appliance", 1133): ("wood", "brass"),  # horseshoe arch doorway
    ("device", "appliance", 1134): ("leather", "leather"),  # babouches
    ("device", "appliance", 1135): ("wool", "fabric"),  # rolled carpet
    ("device", "appliance", 1136): ("marble", "stone"),  # zellige fountain
    ("device", "appliance", 1137): ("wood", "wax"),  # didgeridoo
    ("device", "appliance", 1138): ("feathers", "stone"),  # galah
    ("device", "appliance", 1139): ("silver", "wood"),  # corrugated water tank
    ("device", "appliance", 1140): ("fabric", "leather"),  # swag
    ("device", "appliance", 1141): ("plastic", "chrome"),  # ute
    ("device", "appliance", 1142): ("iron", "wood"),  # branding iron
    ("device", "appliance", 1143): ("wood", "iron"),  # outhouse
    ("device", "appliance", 1144): ("silver", "rust"),  # windpump
    ("device", "appliance", 1145): ("silver", "wood"),  # billy can
    ("device", "appliance", 1146): ("feathers", "wood"),  # kookaburra
    ("device", "appliance", 1147): ("feathers", "amber"),  # toucan
    ("device", "appliance", 1148): ("feathers", "amber"),  # pelican
    ("device", "appliance", 1149): ("feathers", "amber"),  # puffin
    ("device", "appliance", 1150): ("feathers", "amber"),  # turkey
    ("device", "appliance", 1151): ("feathers", "flesh"),  # ostrich
    ("device", "appliance", 1152): ("feathers", "amber"),  # dodo
    ("device", "appliance", 1153): ("feathers", "flesh"),  # flamingo
    ("device", "appliance", 1154): ("feathers", "amber"),  # heron
    ("device", "appliance", 1155): ("wood", "stone"),  # tiki statue
    ("device", "appliance", 1156): ("wood", "bamboo"),  # outrigger canoe
    ("device", "appliance", 1157): ("wood", "obsidian"),  # ukulele
    ("device", "appliance", 1158): ("fabric", "velvet"),  # lei
    ("device", "appliance", 1159): ("wood", "bamboo"),  # coconut cup
    ("device", "appliance", 1160): ("bone", "amber"),  # conch shell
    ("device", "appliance", 1161): ("plastic", "iron"),  # ski lift gondola
    ("device", "appliance", 1162): ("wood", "leather"),  # alphorn
    ("device", "appliance", 1163): ("leather", "wood"),  # saint bernard
    ("device", "appliance", 1164): ("clay", "iron"),  # fondue pot
    ("device", "appliance", 1165): ("marble", "wood"),  # alpine church
    ("device", "appliance", 1166): ("honey", "porcelain"),  # ham
    ("device", "appliance", 1167): ("wood", "iron"),  # ox yoke
    ("device", "appliance", 1168): ("silver", "obsidian"),  # cufflinks
    ("device", "appliance", 1169): ("stone", "clay"),  # monastery
    ("device", "appliance", 1170): ("wood", "plastic"),  # canoe paddle
    ("device", "appliance", 1171): ("feathers", "gold"),  # carnival headdress
    ("device", "appliance", 1172): ("chocolate", "paper"),  # brigadeiros
    ("device", "appliance", 1173): ("moss", "porcelain"),  # giant water lily
    ("device", "appliance", 1174): ("wood", "bamboo"),  # stilt house
    ("device", "appliance", 1175): ("wood", "leather"),  # tambourine
    ("device", "appliance", 1176): ("fur", "leather"),  # capybara
    ("device", "appliance", 1177): ("silver", "bone"),  # piranha
    ("device", "appliance", 1178): ("leaves", "bamboo"),  # banana plant
    ("device", "appliance", 1179): ("wool", "wood"),  # llama
    ("device", "appliance", 1180): ("wool", "wood"),  # quipu
    ("device", "appliance", 1181): ("bone", "clay"),  # stirrup spout vessel
    ("device", "appliance", 1182): ("bamboo", "straw"),  # pan flute
    ("device", "appliance", 1183): ("gold", "gold"),  # tumi
    ("device", "appliance", 1184): ("wool", "wool"),  # chullo
    ("device", "appliance", 1185): ("obsidian", "stone"),  # condor
    ("device", "appliance", 1186): ("straw", "wood"),  # reed boat
    ("device", "appliance", 1187): ("chrome", "wood"),  # honey extractor
    ("device", "appliance", 1188): ("wood", "wax"),  # beehive frame
    ("device", "appliance", 1189): ("wood", "iron"),  # wine press
    ("device", "appliance", 1190): ("wood", "porcelain"),  # honey dipper
    ("device", "appliance", 1191): ("fabric", "leather"),  # beekeeper's hat
    ("device", "appliance", 1192): ("wood", "iron"),  # grapevine trellis
    ("device", "appliance", 1193): ("wood", "iron"),  # wine barrel rack
    ("device", "appliance", 1194): ("stone", "wood"),  # winery
    ("device", "appliance", 1195): ("fabric", "leather"),  # trousers
    ("device", "appliance", 1196): ("fabric", "fabric"),  # shorts
    ("device", "appliance", 1197): ("fabric", "silver"),  # folded napkin
    ("device", "appliance", 1198): ("fabric", "wood"),  # sail
    ("device", "appliance", 1199): ("iron", "brass"),  # furnace
    ("device", "appliance", 1200): ("stone", "wood"),  # ivy
    ("device", "appliance", 1201): ("bread", "porcelain"),  # roast chicken
    ("device", "appliance", 1202): ("straw", "wood"),  # round hay bale
    ("device", "appliance", 1203): ("plastic", "chrome"),  # road train
    ("device", "appliance", 1204): ("concrete", "bone"),  # brahman bull
    ("device", "appliance", 1205): ("fur", "leather"),  # basset hound
    ("device", "appliance", 1206): ("scales", "leather"),  # python
    ("device", "appliance", 1207): ("honey", "velvet"),  # pansy
    ("device", "appliance", 1208): ("wood", "feathers"),  # nestlings
    ("device", "appliance", 1209): ("paper", "gold"),  # carnival float
    ("device", "appliance", 1210): ("straw", "wood"),  # grass skirt
    ("device", "appliance", 1211): ("fabric", "leather"),  # overflowing sack
    ("device", "appliance", 1212): ("velvet", "wool"),  # rolled carpet
    ("device", "appliance", 1213): ("paper", "velvet"),  # mob cap
    ("device", "appliance", 1214): ("paper", "wood"),  # marquee
    ("device", "appliance", 1215): ("stone", "moss"),  # farming terraces
    ("device", "appliance", 1216): ("rust", "bone"),  # pheasant
    ("device", "appliance", 1217): ("marble", "gold"),  # Orthodox church
    ("device", "appliance", 1218): ("brass", "wood"),  # samovar
    ("device", "appliance", 1219): ("wood", "gold"),  # matryoshka dolls
    ("device", "appliance", 1220): ("wood", "wood"),  # balalaika
    ("device", "appliance", 1221): ("leather", "fur"),  # ushanka
    ("device", "appliance", 1222): ("marble", "porcelain"),  # Russian stove
    ("device", "appliance", 1223): ("wood", "leather"),  # duga
    ("device", "appliance", 1224): ("wood", "gold"),  # icon
    ("device", "appliance", 1225): ("bread", "porcelain"),  # simit
    ("device", "appliance", 1226): ("water", "brass"),  # nazar
    ("device", "appliance", 1227): ("glass", "porcelain"),  # Turkish tea glass
    ("device", "appliance", 1228): ("stone", "marble"),  # hamam
    ("device", "appliance", 1229): ("glass", "brass"),  # mosaic lamp
    ("device", "appliance", 1230): ("honey", "wood"),  # Turkish delight
    ("device", "appliance", 1231): ("bread", "porcelain"),  # beignets
    ("device", "appliance", 1232): ("fabric", "bone"),  # voodoo doll
    ("device", "appliance", 1233): ("rust", "bone"),  # crab
    ("device", "appliance", 1234): ("glass", "cardboard"),  # pint of stout
    ("device", "appliance", 1235): ("ink", "wood"),  # currach
    ("device", "appliance", 1236): ("bread", "plastic"),  # fish and chips
    ("device", "appliance", 1237): ("wood", "bone"),  # bodhran
    ("device", "appliance", 1238): ("wood", "gold"),  # pub sign
    ("device", "appliance", 1239): ("scales", "leather"),  # cod
    ("device", "appliance", 1240): ("wood", "iron"),  # shotgun house
    ("device", "appliance", 1241): ("wood", "leaves"),  # elm
    ("device", "appliance", 1242): ("wood", "leaves"),  # sapling
    ("device", "appliance", 1243): ("wood", "rust"),  # maple
    ("device", "appliance", 1244): ("wood", "gold"),  # ginkgo
    ("device", "appliance", 1245): ("wood", "leaves"),  # dogwood
    ("device", "appliance", 1246): ("wood", "leaves"),  # oak
    ("device", "appliance", 1247): ("leaves", "wood"),  # birch
    ("device", "appliance", 1248): ("stone", "leaves"),  # ash
    ("device", "appliance", 1249): ("paper", "plastic"),  # magazine
    ("device", "appliance", 1250): ("leather", "brass"),  # encyclopedias
    ("device", "appliance", 1251): ("leather", "plastic"),  # photo album
    ("device", "appliance", 1252): ("leather", "plastic"),  # journal
    ("device", "appliance", 1253): ("paper", "plastic"),  # paperback
    ("device", "appliance", 1254): ("leather", "wood"),  # dictionary
    ("device", "appliance", 1255): ("paper", "plastic"),  # instruction leaflet
    ("device", "appliance", 1256): ("porcelain", "glass"),  # quill and inkwell
    ("device", "appliance", 1257): ("wood", "bricks"),  # entrance
    ("device", "appliance", 1258): ("stone", "light"),  # magic portal
    ("device", "appliance", 1259): ("wood", "clay"),  # farmhouse
    ("device", "appliance", 1260): ("clay", "stone"),  # boardinghouse
    ("device", "appliance", 1261): ("stone", "ink"),  # parsonage
    ("device", "appliance", 1262): ("stone", "pearl"),  # oyster
    ("device", "appliance", 1263): ("marble", "stone"),  # balustrade
    ("device", "appliance", 1264): ("wood", "wood"),  # banister
    ("device", "appliance", 1265): ("leather", "wood"),  # bald eagle
    ("device", "appliance", 1266): ("stone", "leather"),  # falcon
    ("device", "appliance", 1267): ("fur", "flesh"),  # vulture
    ("device", "appliance", 1268): ("feathers", "wood"),  # cockatoo
    ("device", "appliance", 1269): ("moss", "wood"),  # budgerigar
    ("device", "appliance", 1270): ("ink", "water"),  # loon
    ("device", "appliance", 1271): ("chocolate", "amber"),  # gamecock
    ("device", "appliance", 1272): ("fur", "wool"),  # nightingale
    ("device", "appliance", 1273): ("wood", "iron"),  # boxcar
    ("device", "appliance", 1274): ("wood", "iron"),  # tram
    ("device", "appliance", 1275): ("wood", "brass"),  # tea trolley
    ("device", "appliance", 1276): ("wood", "leather"),  # buggy
    ("device", "appliance", 1277): ("wood", "leather"),  # sulky
    ("device", "appliance", 1278): ("wood", "iron"),  # oxcart
    ("device", "appliance", 1279): ("wood", "leather"),  # troika
    ("device", "appliance", 1280): ("silver", "porcelain"),  # jet airliner
    ("device", "appliance", 1281): ("wood", "iron"),  # hoe
    ("device", "appliance", 1282): ("wood", "iron"),  # trowel
    ("device", "appliance", 1283): ("wood", "iron"),  # plough
    ("device", "appliance", 1284): ("iron", "wood"),  # crowbar
    ("device", "appliance", 1285): ("brass", "wax"),  # candle snuffer
    ("device", "appliance", 1286): ("porcelain", "wood"),  # conductor's baton
    ("device", "appliance", 1287): ("wood", "fur"),  # clothes brush
    ("device", "appliance", 1288): ("wood", "iron"),  # trip hammer
    ("device", "appliance", 1289): ("iron", "wood"),  # hopper
    ("device", "appliance", 1290): ("wood", "brass"),  # closet
    ("device", "appliance", 1291): ("velvet", "moss"),  # flower bud
    ("device", "appliance", 1292): ("silver", "coral"),  # salmon
    ("device", "appliance", 1293): ("silver", "silver"),  # tin of sardines
    ("device", "appliance", 1294): ("rust", "leather"),  # Mars
    ("device", "appliance", 1295): ("stone", "silver"),  # beer stein
    ("device", "appliance", 1296): ("wood", "brass"),  # open drawer
    ("device", "appliance", 1297): ("brass", "silver"),  # French horn
    ("device", "appliance", 1298): ("fur", "leather"),  # fedora
    ("device", "appliance", 1299): ("wool", "plastic"),  # apron
    ("device", "appliance", 1300): ("ink", "wood"),  # nun
    ("device", "appliance", 1301): ("fur", "velvet"),  # muff
    ("device", "appliance", 1302): ("petals", "leaves"),  # lotus
    ("device", "appliance", 1303): ("porcelain", "clay"),  # orchid
    ("device", "appliance", 1304): ("petals", "leaves"),  # peony
    ("device", "appliance", 1305): ("moss", "honey"),  # melon
    ("device", "appliance", 1306): ("porcelain", "wood"),  # bowl of berries
    ("device", "appliance", 1307): ("bread", "wood"),  # crackers
    ("device", "appliance", 1308): ("bone", "wood"),  # roots
    ("device", "appliance", 1309): ("moss", "moss"),  # pea pods
    ("device", "appliance", 1310): ("bread", "wood"),  # leg of lamb
    ("device", "appliance", 1311): ("flesh", "porcelain"),  # pork chop
    ("device", "appliance", 1312): ("flesh", "wood"),  # T-bone steak
    ("device", "appliance", 1313): ("wood", "iron"),  # corral
    ("device", "appliance", 1314): ("iron", "clay"),  # rain gutter
    ("device", "appliance", 1315): ("iron", "iron"),  # pipe manifold
    ("device", "appliance", 1316): ("wood", "porcelain"),  # gable
    ("device", "appliance", 1317): ("flesh", "bone"),  # airway
    ("device", "appliance", 1318): ("stone", "sand"),  # tunnel
    ("device", "appliance", 1319): ("wood", "iron"),  # railway track
    ("device", "appliance", 1320): ("amber", "plastic"),  # catheter
    ("device", "appliance", 1321): ("silver", "gold"),  # coin
    ("device", "appliance", 1322): ("gold", "crystal"),  # amulet
    ("device", "appliance", 1323): ("glass", "coral"),  # bead
    ("device", "appliance", 1324): ("leather", "obsidian"),  # tick
    ("device", "appliance", 1325): ("wax", "amber"),  # louse
    ("device", "appliance", 1326): ("leather", "amber"),  # cockroach
    ("device", "appliance", 1327): ("cheese", "ink"),  # bumblebee
    ("device", "appliance", 1328): ("moss", "wax"),  # leafhopper
    ("device", "appliance", 1329): ("wood", "paper"),  # tall ship
    ("device", "appliance", 1330): ("porcelain", "paper"),  # ketch
    ("device", "appliance", 1331): ("iron", "silver"),  # oil tanker
    ("device", "appliance", 1332): ("silver", "iron"),  # Zero fighter
    ("device", "appliance", 1333): ("silver", "porcelain"),  # aircraft carrier
    ("device", "appliance", 1334): ("fur", "leather"),  # bucking bronco
    ("device", "appliance", 1335): ("leather", "flesh"),  # armadillo
    ("device", "appliance", 1336): ("fur", "leather"),  # bison
    ("device", "appliance", 1337): ("iron", "obsidian"),  # cottonmouth
    ("device", "appliance", 1338): ("sand", "leather"),  # sidewinder
    ("device", "appliance", 1339): ("obsidian", "porcelain"),  # electric cable
    ("device", "appliance", 1340): ("fabric", "wood"),  # daybed
    ("device", "appliance", 1341): ("velvet", "gold"),  # fauteuil
    ("device", "appliance", 1342): ("wool", "velvet"),  # blanket
    ("device", "appliance", 1343): ("plastic", "wood"),  # window blind
    ("device", "appliance", 1344): ("velvet", "gold"),  # banner
    ("device", "appliance", 1345): ("petals", "leaves"),  # lilac bush
    ("device", "appliance", 1346): ("petals", "leaves"),  # oleander
    ("device", "appliance", 1347): ("stone", "wood"),  # sagebrush
    ("device", "appliance", 1348): ("petals", "leaves"),  # hydrangea
    ("device", "appliance", 1349): ("moss", "wood"),  # boxwood hedge
    ("device", "appliance", 1350): ("petals", "leaves"),  # azalea
    ("device", "appliance", 1351): ("wood", "leaves"),  # bramble
    ("device", "appliance", 1352): ("petals", "needles"),  # heather
    ("device", "appliance", 1353): ("petals", "leaves"),  # honeysuckle
    ("device", "appliance", 1354): ("rust", "leaves"),  # manzanita
    ("device", "appliance", 1355): ("petals", "leaves"),  # hollyhock
    ("device", "appliance", 1356): ("leaves", "wood"),  # myrtle
    ("device", "appliance", 1357): ("petals", "leaves"),  # columbine
    ("device", "appliance", 1358): ("petals", "leaves"),  # snapdragon
    ("device", "appliance", 1359): ("petals", "leaves"),  # gentian
    ("device", "appliance", 1360): ("porcelain", "leaves"),  # frangipani
    ("device", "appliance", 1361): ("velvet", "moss"),  # wallflower
    ("device", "appliance", 1362): ("petals", "moss"),  # verbena
    ("device", "appliance", 1363): ("velvet", "moss"),  # periwinkle
    ("device", "appliance", 1364): ("moss", "straw"),  # tuft of grass
    ("device", "appliance", 1365): ("wax", "moss"),  # stamens
    ("device", "appliance", 1366): ("iron", "stone"),  # railing
    ("device", "appliance", 1367): ("wood", "gold"),  # magic wand
    ("device", "appliance", 1368): ("iron", "brass"),  # ramrod
    ("device", "appliance", 1369): ("velvet", "gold"),  # corset
    ("device", "appliance", 1370): ("cloud", "silver"),  # bridal veil
    ("device", "appliance", 1371): ("ink", "velvet"),  # cassock
    ("device", "appliance", 1372): ("cloud", "pearl"),  # nightgown
    ("device", "appliance", 1373): ("plastic", "leather"),  # suspenders
    ("device", "appliance", 1374): ("plastic", "iron"),  # rain slicker
    ("device", "appliance", 1375): ("velvet", "ink"),  # mackinaw
    ("device", "appliance", 1376): ("ink", "obsidian"),  # tuxedo
    ("device", "appliance", 1377): ("scales", "silver"),  # bluefish
    ("device", "appliance", 1378): ("amber", "leather"),  # locust
    ("device", "appliance", 1379): ("silver", "ink"),  # mackerel
    ("device", "appliance", 1380): ("scales", "ink"),  # perch
    ("device", "appliance", 1381): ("fur", "leather"),  # pony
    ("device", "appliance", 1382): ("fur", "leather"),  # foal
    ("device", "appliance", 1383): ("fur", "leather"),  # puppy
    ("device", "appliance", 1384): ("fur", "leather"),  # kitten
    ("device", "appliance", 1385): ("ink", "leather"),  # panther
    ("device", "appliance", 1386): ("fur", "wool"),  # hare
    ("device", "appliance", 1387): ("leather", "clay"),  # toad
    ("device", "appliance", 1388): ("wool", "leather"),  # possum
    ("device", "appliance", 1389): ("fur", "wool"),  # wolf
    ("device", "appliance", 1390): ("fur", "wool"),  # coyote
    ("device", "appliance", 1391): ("fur", "leather"),  # spaniel
    ("device", "appliance", 1392): ("fur", "fur"),  # terrier
    ("device", "appliance", 1393): ("fur", "wool"),  # newfoundland
    ("device", "appliance", 1394): ("fur", "ink"),  # ocelot
    ("device", "appliance", 1395): ("fur", "chocolate"),  # wildcat
    ("device", "appliance", 1396): ("leather", "wool"),  # hereford
    ("device", "appliance", 1397): ("leather", "bone"),  # bull
    ("device", "appliance", 1398): ("fur", "wood"),  # ox in its yoke
    ("device", "appliance", 1399): ("stone", "obsidian"),  # water buffalo
    ("device", "appliance", 1400): ("porcelain", "ink"),  # calf
    ("device", "appliance", 1401): ("wool", "leather"),  # lamb
    ("device", "appliance", 1402): ("fur", "velvet"),  # warhorse
    ("device", "appliance", 1403): ("fur", "leather"),  # nag
    ("device", "appliance", 1404): ("flesh", "flesh"),  # piglet
    ("device", "appliance", 1405): ("clay", "sand"),  # rock formation
    ("device", "appliance", 1406): ("stone", "stone"),  # rock ledge
    ("device", "appliance", 1407): ("stone", "moss"),  # mountain range
    ("device", "appliance", 1408): ("ice", "stone"),  # glacier
    ("device", "appliance", 1409): ("stone", "smoke"),  # meteor
    ("device", "appliance", 1410): ("stone", "marble"),  # pebbles
    ("device", "appliance", 1411): ("stone", "stone"),  # asteroid
    ("device", "appliance", 1412): ("stone", "moss"),  # ridge
    ("device", "appliance", 1413): ("starlight", "smoke"),  # spiral galaxy
    ("device", "appliance", 1414): ("starlight", "fire"),  # nebula
    ("device", "appliance", 1415): ("fire", "light"),  # black hole
    ("device", "appliance", 1416): ("silver", "stone"),  # solar system
    ("device", "appliance", 1417): ("scales", "crystal"),  # aurora
    ("device", "appliance", 1418): ("starlight", "light"),  # eclipse
    ("device", "appliance", 1419): ("shadow", "crystal"),  # wormhole
    ("device", "appliance", 1420): ("starlight", "light"),  # constellation
    ("device", "appliance", 1421): ("stone", "iron"),  # barracks
    ("device", "appliance", 1422): ("wood", "iron"),  # jousting lance
    ("device", "appliance", 1423): ("leather", "plastic"),  # clodhopper
    ("device", "appliance", 1424): ("cloud", "bone"),  # down
    ("device", "appliance", 1425): ("leather", "plastic"),  # sandals
    ("device", "appliance", 1426): ("iron", "rust"),  # warehouse
    ("device", "appliance", 1427): ("wood", "iron"),  # crate of produce
    ("device", "appliance", 1428): ("chrome", "plastic"),  # handlebar
    ("device", "appliance", 1429): ("leather", "wood"),  # holster
    ("device", "appliance", 1430): ("wax", "plastic"),  # micelle
    ("device", "appliance", 1431): ("silver", "iron"),  # air vent
    ("device", "appliance", 1432): ("plastic", "iron"),  # schoolhouse
    ("device", "appliance", 1433): ("silver", "wood"),  # cutlass
    ("device", "appliance", 1434): ("concrete", "leaves"),  # beech
    ("device", "appliance", 1435): ("paper", "wood"),  # worksheet
    ("device", "appliance", 1436): ("petals", "wood"),  # blossom
    ("device", "appliance", 1437): ("fabric", "wood"),  # cabana
    ("device", "appliance", 1438): ("wood", "iron"),  # buckboard
    ("device", "appliance", 1439): ("wool", "velvet"),  # poncho
    ("device", "appliance", 1440): ("moss", "wood"),  # pasture
    ("device", "appliance", 1441): ("wood", "iron"),  # mine shaft
    ("device", "appliance", 1442): ("fabric", "brass"),  # general
    ("device", "appliance", 1443): ("chrome", "wood"),  # sharpening steel
    ("device", "appliance", 1444): ("plastic", "chrome"),  # kick scooter
    ("device", "appliance", 1445): ("plastic", "leather"),  # motor scooter
    ("device", "appliance", 1446): ("stone", "iron"),  # clock tower
    ("device", "appliance", 1447): ("chrome", "plastic"),  # kettle
    ("device", "appliance", 1448): ("silver", "brass"),  # watering can
    ("device", "appliance", 1449): ("fur", "fur"),  # fox
    ("device", "appliance", 1450): ("fabric", "plastic"),  # pair of sneakers
    ("device", "appliance", 1451): ("plastic", "iron"),  # submersible
    ("device", "appliance", 1452): ("iron", "brass"),  # pressure hatch
    ("device", "appliance", 1453): ("flesh", "velvet"),  # sea anemone
    ("device", "appliance", 1454): ("amber", "moss"),  # kelp
    ("device", "appliance", 1455): ("velvet", "bone"),  # sea urchin
    ("device", "appliance", 1456): ("wood", "iron"),  # speargun
    ("device", "appliance", 1457): ("bone", "obsidian"),  # tube worms
    ("device", "appliance", 1458): ("fabric", "brass"),  # diving suit
    ("device", "appliance", 1459): ("flesh", "pearl"),  # giant squid
    ("device", "appliance", 1460): ("stone", "stone"),  # hydrothermal vent
    ("device", "appliance", 1461): ("iron", "plastic"),  # sonar console
    ("device", "appliance", 1462): ("iron", "plastic"),  # underwater drone
    ("device", "appliance", 1463): ("silver", "iron"),  # dome habitat
    ("device", "appliance", 1464): ("iron", "plastic"),  # floodlight
    ("device", "appliance", 1465): ("silver", "iron"),  # drive-in speaker
    ("device", "appliance", 1466): ("plastic", "plastic"),  # ketchup bottle
    ("device", "appliance", 1467): ("wood", "iron"),  # drive-in screen
    ("device", "appliance", 1468): ("plastic", "paper"),  # popcorn bucket
    ("device", "appliance", 1469): ("chrome", "obsidian"),  # napkin dispenser
    ("device", "appliance", 1470): ("glass", "chocolate"),  # banana split
    ("device", "appliance", 1471): ("plastic", "paper"),  # basket of fries
    ("device", "appliance", 1472): ("glass", "paper"),  # mustard bottle
    ("device", "appliance", 1473): ("chrome", "plastic"),  # diner stool
    ("device", "appliance", 1474): ("porcelain", "marble"),  # diner counter
    ("device", "appliance", 1475): ("iron", "iron"),  # Eiffel Tower
    ("device", "appliance", 1476): ("marble", "stone"),  # Leaning Tower of Pisa
    ("device", "appliance", 1477): ("marble", "stone"),  # Statue of Liberty
    ("device", "appliance", 1478): ("marble", "stone"),  # Taj Mahal
    ("device", "appliance", 1479): ("stone", "moss"),  # Great Wall
    ("device", "appliance", 1480): ("stone", "moss"),  # Stonehenge
    ("device", "appliance", 1481): ("porcelain", "concrete"),  # Sydney Opera House
    ("device", "appliance", 1482): ("plastic", "concrete"),  # Golden Gate Bridge
    ("device", "appliance", 1483): ("stone", "silver"),  # Empire State Building
    ("device", "appliance", 1484): ("stone", "iron"),  # Tower Bridge
    ("device", "appliance", 1485): ("marble", "stone"),  # Arc de Triomphe
    ("device", "appliance", 1486): ("concrete", "rust"),  # moai
    ("device", "appliance", 1487): ("chrome", "glass"),  # Burj Khalifa
    ("device", "appliance", 1488): ("porcelain", "stone"),  # White House
    ("device", "appliance", 1489): ("marble", "stone"),  # Christ the Redeemer
    ("device", "appliance", 1490): ("stone", "stone"),  # Mount Rushmore
    ("device", "appliance", 1491): ("fabric", "velvet"),  # bonnet
    ("device", "appliance", 1492): ("velvet", "fabric"),  # cape
    ("device", "appliance", 1493): ("fur", "bone"),  # antelope
    ("device", "appliance", 1494): ("stone", "wood"),  # marketplace
    ("device", "appliance", 1495): ("paper", "wood"),  # backdrop
    ("device", "appliance", 1496): ("flesh", "glass"),  # capillary
    ("device", "appliance", 1497): ("bone", "brass"),  # Venus
    ("device", "appliance", 1498): ("wax", "amber"),  # puffball
    ("device", "appliance", 1499): ("ice", "silver"),  # snowflake
    ("device", "appliance", 1500): ("water", "sand"),  # ocean wave
    ("device", "appliance", 1501): ("fire", "gold"),  # phoenix
    ("device", "appliance", 1502): ("leather", "wood"),  # acorn
    ("device", "appliance", 1503): ("brass", "wood"),  # wind chime
    ("device", "appliance", 1504): ("scales", "bone"),  # hydra
    ("device", "appliance", 1505): ("flesh", "wood"),  # cyclops
    ("device", "appliance", 1506): ("porcelain", "pearl"),  # koi
    ("device", "appliance", 1507): ("porcelain", "pearl"),  # scallop shell
    ("device", "appliance", 1508): ("pearl", "leather"),  # nautilus shell
    ("device", "appliance", 1509): ("moss", "velvet"),  # hummingbird
    ("device", "appliance", 1510): ("silver", "water"),  # dolphin
    ("device", "appliance", 1511): ("fabric", "fur"),  # moth
    ("device", "appliance", 1512): ("leather", "fur"),  # bat
    ("device", "appliance", 1513): ("fur", "bone"),  # stag
    ("device", "appliance", 1514): ("gold", "leather"),  # wristwatch
    ("device", "appliance", 1515): ("silver", "chrome"),  # fork
    ("device", "appliance", 1516): ("silver", "chrome"),  # spoon
    ("device", "appliance", 1517): ("chrome", "wood"),  # whisk
    ("device", "appliance", 1518): ("fur", "wood"),  # paintbrush
    ("device", "appliance", 1519): ("paper", "stone"),  # village
    ("device", "appliance", 1520): ("marble", "brass"),  # city
    ("device", "appliance", 1521): ("fabric", "silver"),  # necktie
    ("device", "appliance", 1522): ("bone", "obsidian"),  # barnacles
    ("device", "appliance", 1523): ("plastic", "brass"),  # rubber duck
    ("device", "appliance", 1524): ("silver", "plastic"),  # scissors
    ("device", "appliance", 1525): ("wood", "leather"),  # bow and arrow
    ("device", "appliance", 1526): ("leather", "ink"),  # horse
    ("device", "appliance", 1527): ("porcelain", "gold"),  # unicorn
    ("device", "appliance", 1528): ("bark", "leather"),  # tortoise
    ("device", "appliance", 1529): ("iron", "rust"),  # tank
    ("device", "appliance", 1530): ("moss", "wood"),  # sunflower
    ("device", "appliance", 1531): ("leather", "wax"),  # frog
    ("device", "appliance", 1532): ("scales", "leather"),  # dragon
    ("device", "appliance", 1533): ("stone", "wood"),  # windmill
    ("device", "appliance", 1534): ("obsidian", "brass"),  # submarine
    ("device", "appliance", 1535): ("wood", "bone"),  # owl
    ("device", "appliance", 1536): ("amber", "wax"),  # snail
    ("device", "appliance", 1537): ("gold", "wood"),  # crescent moon
    ("device", "appliance", 1538): ("brass", "fabric"),  # floor lamp
    ("device", "appliance", 1539): ("fabric", "wood"),  # sweater
    ("device", "appliance", 1540): ("wood", "wood"),  # chess knight
    ("device", "appliance", 1541): ("silver", "crystal"),  # tiara
    ("device", "appliance", 1542): ("fur", "feathers"),  # griffin
    ("device", "appliance", 1543): ("leather", "pearl"),  # shark: its pale belly
    ("device", "appliance", 1544): ("brass", "brass"),  # saxophone
    ("device", "appliance", 1545): ("iron", "brass"),  # desk lamp
    ("device", "appliance", 1546): ("wood", "leather"),  # wizard's staff
    ("device", "appliance", 1547): ("obsidian", "obsidian"),  # lobster
    ("device", "appliance", 1548): ("wool", "wool"),  # sock
    ("device", "appliance", 1549): ("bark", "wood"),  # tree stump
    ("device", "appliance", 1550): ("moss", "petals"),  # lily pad
    ("device", "appliance", 1551): ("fur", "leather"),  # hedgehog
    ("device", "appliance", 456): ("iron", "wood"),  # bazooka
    ("device", "appliance", 457): ("wood", "brass"),  # detonator
    ("device", "appliance", 458): ("wood", "wood"),  # chessboard
    ("device", "appliance", 459): ("bone", "ink"),  # dominoes
    ("device", "appliance", 460): ("foil", "plastic"),  # sweets
    ("device", "appliance", 461): ("paper", "plastic"),  # pinata
    ("device", "appliance", 462): ("plastic", "chrome"),  # life jacket
    ("device", "appliance", 463): ("marble", "brass"),  # mausoleum
    ("device", "appliance", 464): ("stone", "iron"),  # forge
    ("device", "appliance", 465): ("iron", "chrome"),  # barbecue grill
    ("device", "appliance", 466): ("sand", "plastic"),  # sandcastle
    ("device", "appliance", 467): ("plastic", "porcelain"),  # cool box
    ("device", "appliance", 468): ("flesh", "gold"),  # piggy bank
    ("device", "appliance", 469): ("plastic", "chrome"),  # lawn mower
    ("device", "appliance", 470): ("chrome", "plastic"),  # pruning shears
    ("device", "appliance", 471): ("stone", "concrete"),  # birdbath
    ("device", "appliance", 472): ("wood", "iron"),  # garden rake
    ("device", "appliance", 473): ("velvet", "fabric"),  # sleeping bag
    ("device", "appliance", 474): ("wood", "plastic"),  # lifeguard tower
    ("device", "appliance", 475): ("silver", "plastic"),  # thermos flask
    ("device", "appliance", 476): ("fabric", "iron"),  # camp chair
    ("device", "appliance", 477): ("porcelain", "plastic"),  # beach umbrella
    ("device", "appliance", 478): ("plastic", "leather"),  # flip-flops
    ("device", "appliance", 479): ("plastic", "gold"),  # party hat
    ("device", "appliance", 444): ("stone", "iron"),  # grave
    ("device", "appliance", 445): ("stone", "marble"),  # sarcophagus
    ("device", "appliance", 446): ("plastic", "gold"),  # snowboard
    ("device", "appliance", 447): ("plastic", "porcelain"),  # frisbee
    ("device", "appliance", 448): ("wood", "leather"),  # slingshot
    ("device", "appliance", 449): ("wood", "plastic"),  # oars
    ("device", "appliance", 450): ("plastic", "iron"),  # megaphone
    ("device", "appliance", 451): ("plastic", "iron"),  # snorkel
    ("device", "appliance", 452): ("plastic", "pearl"),  # pacifier
    ("device", "appliance", 453): ("bone", "honey"),  # honeycomb
    ("device", "appliance", 454): ("pearl", "wood"),  # cocoon
    ("device", "appliance", 455): ("wood", "plastic"),  # clipboard
    ("device", "appliance", 432): ("obsidian", "chrome"),  # paper shredder
    ("device", "appliance", 433): ("chrome", "plastic"),  # hospital bed
    ("device", "appliance", 434): ("silver", "brass"),  # filing cabinet
    ("device", "appliance", 435): ("fabric", "chrome"),  # office chair
    ("device", "appliance", 436): ("plastic", "chrome"),  # lunchbox
    ("device", "appliance", 437): ("stone", "brass"),  # drinking fountain
    ("device", "appliance", 438): ("chrome", "iron"),  # dishwasher
    ("device", "appliance", 439): ("obsidian", "chrome"),  # coffee maker
    ("device", "appliance", 440): ("wood", "chrome"),  # clothes hanger
    ("device", "appliance", 441): ("sand", "leather"),  # doormat
    ("device", "appliance", 442): ("wood", "bamboo"),  # rolling pin
    ("device", "appliance", 443): ("gold", "wood"),  # bird cage
    ("device", "appliance", 420): ("plastic", "wood"),  # dustpan
    ("device", "appliance", 421): ("porcelain", "ink"),  # bathroom scale
    ("device", "appliance", 422): ("porcelain", "plastic"),  # paint roller
    ("device", "appliance", 423): ("silver", "brass"),  # colander
    ("device", "appliance", 424): ("fabric", "chrome"),  # ironing board
    ("device", "appliance", 425): ("silver", "plastic"),  # stepladder
    ("device", "appliance", 426): ("plastic", "fabric"),  # laundry basket
    ("device", "appliance", 427): ("plastic", "iron"),  # toolbox
    ("device", "appliance", 428): ("plastic", "ink"),  # bicycle helmet
    ("device", "appliance", 429): ("plastic", "chrome"),  # stethoscope
    ("device", "appliance", 430): ("porcelain", "water"),  # water cooler
    ("device", "appliance", 431): ("chrome", "wood"),  # pencil sharpener
    ("device", "appliance", 408): ("obsidian", "chrome"),  # camera
    ("device", "appliance", 409): ("porcelain", "silver"),  # desktop computer
    ("device", "appliance", 410): ("obsidian", "chrome"),  # television
    ("device", "appliance", 411): ("silver", "wood"),  # pistol
    ("device", "appliance", 412): ("wood", "iron"),  # rifle
    ("device", "appliance", 413): ("gold", "wood"),  # painting
    ("device", "appliance", 414): ("marble", "plastic"),  # swimming pool
    ("device", "appliance", 415): ("velvet", "brass"),  # curtains
    ("device", "appliance", 416): ("silver", "velvet"),  # fork
    ("device", "appliance", 417): ("silver", "fabric"),  # spoon
    ("device", "appliance", 418): ("porcelain", "chrome"),  # microwave oven
    ("device", "appliance", 419): ("wood", "brass"),  # desk
    ("device", "appliance", 384): ("wood", "brass"),  # shop
    ("device", "appliance", 385): ("stone", "wood"),  # train station
    ("device", "appliance", 386): ("marble", "silver"),  # airport
    ("device", "appliance", 387): ("stone", "iron"),  # police station
    ("device", "appliance", 388): ("clay", "stone"),  # fire station
    ("device", "appliance", 389): ("porcelain", "plastic"),  # petrol station
    ("device", "appliance", 390): ("stone", "iron"),  # dam
    ("device", "appliance", 391): ("wood", "stone"),  # zoo
    ("device", "appliance", 392): ("iron", "leather"),  # gym
    ("device", "appliance", 393): ("stone", "wood"),  # greenhouse
    ("device", "appliance", 394): ("stone", "marble"),  # tunnel
    ("device", "appliance", 395): ("clay", "iron"),  # garage
    ("device", "appliance", 396): ("obsidian", "silver"),  # computer monitor
    ("device", "appliance", 397): ("cardboard", "leather"),  # parcel
    ("device", "appliance", 398): ("amber", "cardboard"),  # roll of tape
    ("device", "appliance", 399): ("brass", "wood"),  # wire
    ("device", "appliance", 400): ("cork", "chrome"),  # cork
    ("device", "appliance", 401): ("porcelain", "ink"),  # tiles
    ("device", "appliance", 402): ("chrome", "iron"),  # spring
    ("device", "appliance", 403): ("gold", "obsidian"),  # trophy
    ("device", "appliance", 404): ("silver", "obsidian"),  # laser
    ("device", "appliance", 405): ("iron", "stone"),  # pump
    ("device", "appliance", 406): ("iron", "brass"),  # radiator
    ("device", "appliance", 407): ("obsidian", "plastic"),  # garbage bag
    ("device", "appliance", 306): ("brass", "chrome"),  # padlock
    ("device", "appliance", 307): ("chrome", "iron"),  # screw
    ("device", "appliance", 308): ("silver", "iron"),  # nails
    ("device", "appliance", 309): ("chrome", "wood"),  # kitchen sink
    ("device", "appliance", 310): ("chrome", "porcelain"),  # tap
    ("device", "appliance", 311): ("chrome", "plastic"),  # electric fan
    ("device", "appliance", 312): ("plastic", "silver"),  # comb
    ("device", "appliance", 313): ("ink", "chrome"),  # tyre
    ("device", "appliance", 314): ("clay", "stone"),  # bricks
    ("device", "appliance", 315): ("porcelain", "ink"),  # dice
    ("device", "appliance", 316): ("pearl", "ink"),  # button
    ("device", "appliance", 317): ("silver", "gold"),  # hook
    ("device", "appliance", 318): ("obsidian", "chrome"),  # binoculars
    ("device", "appliance", 319): ("wood", "brass"),  # thermometer
    ("device", "appliance", 320): ("iron", "chrome"),  # tripod
    ("device", "appliance", 321): ("chrome", "brass"),  # propeller
    ("device", "appliance", 322): ("obsidian", "porcelain"),  # remote control
    ("device", "appliance", 323): ("plastic", "chrome"),  # fire extinguisher
    ("device", "appliance", 324): ("chrome", "plastic"),  # tongs
    ("device", "appliance", 325): ("wood", "obsidian"),  # smoking pipe
    ("device", "appliance", 326): ("leather", "fabric"),  # whip
    ("device", "appliance", 327): ("obsidian", "gold"),  # pen
    ("device", "appliance", 328): ("leather", "brass"),  # wallet
    ("device", "appliance", 329): ("gold", "silver"),  # lipstick
    ("device", "appliance", 330): ("fabric", "plastic"),  # parachute
    ("device", "appliance", 331): ("wood", "fabric"),  # raft
    ("device", "appliance", 332): ("wood", "iron"),  # gate
    ("device", "appliance", 333): ("clay", "wood"),  # hut
    ("device", "appliance", 334): ("clay", "iron"),  # factory
    ("device", "appliance", 335): ("stone", "iron"),  # prison
    ("device", "appliance", 336): ("wood", "iron"),  # pier
    ("device", "appliance", 337): ("leaves", "sand"),  # maze
    ("device", "appliance", 338): ("marble", "gold"),  # podium
    ("device", "appliance", 339): ("porcelain", "chrome"),  # shower
    ("device", "appliance", 340): ("chrome", "iron"),  # trampoline
    ("device", "appliance", 341): ("iron", "plastic"),  # dumpster
    ("device", "appliance", 342): ("marble", "stone"),  # nose
    ("device", "appliance", 343): ("flesh", "pearl"),  # foot
    ("device", "appliance", 344): ("flesh", "plastic"),  # tongue
    ("device", "appliance", 345): ("plastic", "flesh"),  # lips
    ("device", "appliance", 346): ("fur", "wood"),  # moustache
    ("device", "appliance", 347): ("fur", "wood"),  # beard
    ("device", "appliance", 348): ("flesh", "wood"),  # ear
    ("device", "appliance", 349): ("paper", "velvet"),  # bouquet
    ("device", "appliance", 350): ("plastic", "porcelain"),  # pills
    ("device", "appliance", 351): ("chocolate", "paper"),  # chocolate bar
    ("device", "appliance", 352): ("clay", "wax"),  # bacon
    ("device", "appliance", 353): ("chrome", "iron"),  # chain
    ("device", "appliance", 354): ("iron", "brass"),  # bomb
    ("device", "appliance", 355): ("wood", "velvet"),  # window
    ("device", "appliance", 356): ("flesh", "coral"),  # virus
    ("device", "appliance", 357): ("chrome", "glass"),  # compact disc
    ("device", "appliance", 358): ("plastic", "gold"),  # battery
    ("device", "appliance", 359): ("porcelain", "plastic"),  # light switch
    ("device", "appliance", 360): ("plastic", "brass"),  # electric plug
    ("device", "appliance", 361): ("porcelain", "plastic"),  # wall socket
    ("device", "appliance", 362): ("wax", "glass"),  # bar of soap
    ("device", "appliance", 363): ("paper", "gold"),  # money
    ("device", "appliance", 364): ("paper", "plastic"),  # calendar
    ("device", "appliance", 365): ("paper", "glass"),  # postage stamp
    ("device", "appliance", 366): ("newsprint", "stone"),  # newspaper
    ("device", "appliance", 367): ("cheese", "moss"),  # sponge
    ("device", "appliance", 368): ("plastic", "chrome"),  # clothes iron
    ("device", "appliance", 369): ("plastic", "chrome"),  # hair dryer
    ("device", "appliance", 370): ("iron", "chrome"),  # car engine
    ("device", "appliance", 371): ("chrome", "wood"),  # elevator
    ("device", "appliance", 372): ("brass", "fabric"),  # zipper
    ("device", "appliance", 373): ("paper", "sand"),  # cigarette
    ("device", "appliance", 374): ("leather", "gold"),  # cigar
    ("device", "appliance", 375): ("cardboard", "paper"),  # matches
    ("device", "appliance", 376): ("fabric", "sand"),  # knot
    ("device", "appliance", 377): ("cardboard", "plastic"),  # jigsaw puzzle
    ("device", "appliance", 378): ("plastic", "porcelain"),  # toy bricks
    ("device", "appliance", 379): ("plastic", "silver"),  # yo-yo
    ("device", "appliance", 380): ("plastic", "chrome"),  # vacuum cleaner
    ("device", "appliance", 381): ("iron", "gold"),  # sewing machine
    ("device", "appliance", 382): ("paper", "velvet"),  # playing cards
    ("device", "appliance", 383): ("wood", "wood"),  # treehouse
    ("device", "appliance", 180): ("leather",),  # an American football
    ("device", "appliance", 181): ("leather",),  # a soccer ball
    ("device", "appliance", 182): ("leather",),  # a basketball
    ("device", "appliance", 183): ("leather",),  # a baseball
    ("device", "appliance", 184): ("fur",),  # a tennis ball's felt
    ("device", "appliance", 185): ("cheese", "cheese"),  # a cheese and its rind
    ("device", "appliance", 186): ("chrome", "fabric"),  # a crutch and its pads
    ("device", "appliance", 187): ("fabric", "wood"),  # bagpipes: the bag, the pipes
    ("device", "appliance", 188): ("fabric", "fabric"),  # a backpack
    ("device", "appliance", 151): ("chrome", "iron"),  # a missile and its warhead
    ("furniture", "shell", 0.5): ("stone", "gold"),  # an altar and its offering bowl
    ("vessel", "taper", 0.95): ("clay", "clay"),  # a flowerpot
    ("vessel", "shell", 0.5): ("stone", "wood"),  # a mortar and its pestle
    ("jewelry", "horns", 0.5): ("iron",),  # a horseshoe
    ("tool", "horns", 0.5): ("iron", "wood"),  # a pickaxe
    ("vessel", "rings", 0.5): ("stone", "water"),  # a fountain and its water
    ("fish", "whiskers", 0.5): ("leather", "bone"),  # a seal's smooth hide, a walrus's tusks
    ("jewelry", "pair", 0.5): ("plastic",),  # spectacles' frames
    ("jewelry", "spines", 0.5): ("brass", "iron"),  # a cogwheel
    ("jewelry", "pattern", 0.5): ("plastic", "fabric"),  # a life ring and its rope
    ("sheet", "length", 0.9): ("plastic", "plastic"),  # a surfboard
    ("fish", "neck", 0.5): ("leather", "bone"),  # a seahorse
    ("furniture", "roof", 0.5): ("wood", "velvet"),  # a market stall's awning
    ("furniture", "frame", 0.7): ("wood", "wood", "fabric"),  # a bed: its frame, its bedding
    ("tree", "rings", 0.5): ("wood", "wood"),  # a stump
    ("tree", "spines", 0.5): ("wood",),  # a dead tree: bare wood
    ("@tree", "branches", 0.0): ("moss", "wood"),  # a leafy crown on a wooden trunk
    ("shrub", "handles", 1): ("leaves", "clay"),  # a potted plant: leaves, a terracotta pot
    ("shrub", "spines", 0.5): ("wood",),  # a tumbleweed's dry twigs
    ("wheeled", "flare", 0.5): ("iron", "iron"),  # a steam locomotive
    ("@clock", "handles", 1): ("gold", "porcelain"),  # a pocket watch and its dial
    ("@clock", "pole", 0.5): ("brass", "stone"),  # a sundial on its pillar
    ("@star", "rest", 0.5): ("coral",),  # a starfish's rough skin
    ("device", "claws", 0.5): ("iron", "rust"),  # an anchor
    ("sheet", "flare", 0.5): ("light",),  # a lightning bolt
    ("sheet", "arms", 1): ("stone",),  # a stone cross
    ("building", "taper", 0.9): ("stone", "gold"),  # a pyramid and its capstone
    ("building", "fur", 0.5): ("fabric", "wood"),  # a tent: its canvas, its pole and pegs
    ("blade", "pole", 0.5): ("iron", "wood"),  # a spear's head and shaft
    ("tool", "strings", 3): ("plastic", "fabric"),  # a racket's frame and strings
    ("celestial", "strings", 1): ("plastic",),  # a balloon
    ("container", "flare", 0.5): ("paper", "velvet"),  # a present: wrapping, ribbon
    ("vessel", "legs", 3): ("iron", "water"),  # a cauldron and its brew
    ("vessel", "pole", 0.5): ("porcelain", "gold"),  # a goblet or a trophy
    ("vessel", "handles", 2): ("clay", "clay"),  # an amphora or an urn
    ("@mask", "trunk", 0.5): ("leather", "iron"),  # a gas mask's rubber, its filter
    ("@bottle", "flare", 0.5): ("glass", "berries"),  # a potion flask and its red potion
    ("tool", "handles", 2): ("wood", "wood"),  # a rolling pin
    ("sheet", "shell", 0.5): ("wood", "iron"),  # a shield: planks, an iron rim and boss
    ("sheet", "fur", 0.3): ("fabric", "velvet"),  # a rug, a blanket, a cushion
    ("device", "tiers", 0.5): ("plastic", "bread"),  # a toaster and its toast
    ("fish", "length", 0.85): ("leather", "pearl"),  # a shark's, a dolphin's smooth skin
    ("fish", "spines", 0.5): ("leather", "bone"),  # a pufferfish's skin and spines
    ("fish", "pole", 0.5): ("leather", "bone"),  # an anglerfish's skin, its stalk and fins
    ("tool", "fur", 0.5): ("fur", "wood"),  # a brush's or a broom's bristles, a wooden handle
    ("bird", "fur", 0.5): ("fur", "leather"),  # a bat: fur, leathery wings
    ("tool", "pattern", 0.5): ("sugar", "sugar"),  # a candy cane
    ("tool", "pole", 0.9): ("wood", "wood"),  # a staff, a cane, a stick
    ("seat", "horns", 0.5): ("leather", "iron"),  # a saddle and its stirrups
    ("quadruped", "tail", 0.95): ("scales", "bone"),  # a dragon's, a crocodile's hide, spikes
    ("quadruped", "shell", 0.5): ("scales", "leather"),  # a tortoise: scaly skin, a horn shell
    ("quadruped", "whiskers", 0.5): ("fur", "bone"),  # a rat's fur, its naked tail and ears
    ("quadruped", "fur", 0.35): ("fur", "bone"),  # a fox's, a lion's, a rabbit's coat
    ("string_instrument", "horns", 0.5): ("plastic", "wood", "chrome"),  # an electric guitar
    ("device", "length", 0.95): ("iron", "wood"),  # a gun's steel and stock, a telescope's tripod
    ("arch", "strings", 1.0): ("wood", "leather"),  # a bow and its grip
    ("device", "horns", 0.5): ("iron", "wood"),  # an anvil on its stump
    ("wheeled", "handles", 1): ("wood", "iron"),  # a cart, a handcart, a wheelbarrow
}  # fmt: skip
"""A family's own materials when one of its parameters (at the given value or more) makes it
another kind of thing, used when the wish names none ("@clock": the clock archetype's variant);
a parameter that numbers kinds (``appliance``) names its kind exactly."""


_KINDS = {"appliance", "vehicle"}
"""Parameters that number kinds of thing rather than measure: their entries match exactly."""


def own_materials(family: str, params: dict[str, float]) -> tuple[str, ...]:
    """The materials a family's parameters give it when the wish names none (a dish's foods, a
    snail's shell), or () for the family's usual ones."""
    if family == "fruit" and (dish := round(params.get("dish", 0))) in DISH_MATERIALS:
        return DISH_MATERIALS[dish]
    if family == "biped" and (figure := round(params.get("figure", 0))) in FIGURE_MATERIALS:
        return FIGURE_MATERIALS[figure]
    if (
        family == "vessel"
        and not round(params.get("handles", 0))
        and max(params.get(k, 0.3) for k in ("neck", "taper", "flare")) <= 0.05
    ):
        return ("glass",)  # straight, open and handleless: a drinking glass
    if family == "vessel" and params.get("pole", 0) >= 0.5 and params.get("width", 0.5) <= 0.3:
        return ("glass",)  # a slim bowl on a stem: a wineglass, a champagne flute
    if family == "vessel" and params.get("height", 0.5) <= 0.08 and round(params.get("handles", 0)):
        return ("iron", "wood")  # low with a long handle: a frying pan (it was white china)
    if family == "container" and round(params.get("legs", 0)) == 4:
        return ("porcelain", "brass")  # a tub on four feet: a clawfoot bath (it was wood)
    return next(
        (
            names
            for (f, p, at), names in SHAPE_MATERIALS.items()
            if f == family
            and (round(params.get(p, 0)) == at if p in _KINDS else params.get(p, 0) >= at)
        ),
        (),
    )


def _check() -> None:
    if set(FAMILY_INFO) != set(FAMILIES):
        raise RuntimeError(
            f"families out of step with figment.spec: {set(FAMILY_INFO) ^ set(FAMILIES)}"
        )
    for name, info in FAMILY_INFO.items():
        assert info.stand_in in ARCHETYPES, name
        assert all(m in MATERIALS for m in info.materials), name
        assert max(info.aspect) == 1.0, name
    for kind, names in (*DISH_MATERIALS.items(), *SHAPE_MATERIALS.items()):
        assert all(m in MATERIALS for m in names), kind


_check()
