"""What an object holds, carries or brews: read from the wish, built into its mesh, carried by
both transports."""

from __future__ import annotations

import io
import json
import struct

import numpy as np
import pytest
import trimesh
from pydantic import ValidationError

from figment.convert import spec_from_pb, spec_pb
from figment.spec import VOCABULARY, ObjectSpec
from figment_mesh._build import build, recipe
from figment_mesh._geometry import build_part
from figment_parse import SpecParse
from figment_parse.companions import MAX_COMPANIONS

PARSER = SpecParse()


def parse(text: str, wish_chars: int = 0) -> ObjectSpec:
    return PARSER.parse(text, 0, False, wish_chars=wish_chars).spec


@pytest.mark.parametrize(
    ("wish", "shape", "place", "count", "made_of"),
    [
        ("a tortoise carrying a small forest on its back", "tree", "on", 5, "moss"),
        ("a bathtub full of stars", "star", "in", 5, "light"),
        ("a teapot boiling a thunderstorm", "cloud", "above", 1, "smoke"),  # dark
        ("a hand holding a candle", "candle", "on", 1, "wax"),
        ("a jar filled with fireflies", "orb", "in", 14, "light"),  # sparks of light
        ("a whale carrying a village on its back", "device", "on", 1, "paper"),  # a village
        ("an octopus with lanterns in its tentacles", "lantern", "on", 3, "brass"),
        ("a tortoise with a cottage for a shell", "house", "on", 1, "wood"),
        ("a cat with a top hat on its head", "hat", "head", 1, "fabric"),
        ("a tortoise with a tiny forest growing on its shell", "tree", "on", 5, "moss"),
        ("a top hat with a rabbit popping out", "quadruped", "in", 1, "fur"),  # its own coat
        ("a lantern full of fireflies", "orb", "in", 14, "light"),  # they glow
        ("a bathtub full of goldfish", "fish", "in", 5, "scales"),  # full: many, said "-s" or not
        ("a wheelbarrow full of oranges", "fruit", "in", 5, "plastic"),  # not orangs (apes)
        ("a lighthouse made of stacked teacups", "cup", "over", 16, "gold"),  # against its white
        ("boots with mushrooms sprouting from them", "mushroom", "over", 10, "clay"),  # grown
        ("a rocking chair growing tiny flowers", "flower", "over", 10, "wood"),  # not its velvet
        ("a tractor overgrown with ferns", "shrub", "over", 10, "leaves"),  # ivy: vines wind
        ("a whale covered in barnacles", "device", "over", 10, "bone"),  # all over, not in
        ("a lantern with fireflies swirling around it", "orb", "around", 14, "light"),
        ("a hat with butterflies circling around it", "insect", "around", 7, "obsidian"),
        ("a top hat with rabbits falling out", "quadruped", "in", 3, "fur"),
        ("a rusty robot with birds circling it", "bird", "around", 7, "feathers"),
        ("a frog wearing a crown", "crown", "head", 1, "gold"),  # worn on its head
        ("an octopus playing a violin", "string_instrument", "on", 1, "wood"),
        ("a teacup with a storm inside", "cloud", "in", 1, "smoke"),  # a dark storm cloud
        ("a basket of eggs", "egg", "in", 5, "porcelain"),  # what a container holds
        ("a wheelbarrow full of pumpkins", "fruit", "in", 5, "pumpkin"),  # not its stuff
        ("a flower pot with a sunflower", "device", "in", 1, "moss"),  # its own build
        ("a vase of roses", "device", "in", 5, "velvet"),  # long-stemmed roses of their own
        ("a bowl of fruit", "fruit", "in", 5, "plastic"),  # several, said once
        ("a bottle containing a tiny snowstorm", "cloud", "in", 1, "cloud"),
        ("a birdcage holding a bird", "bird", "in", 1, "feathers"),  # in a container it holds
        ("a bowl made of stone, full of ramen", "orb", "fill", 1, "pasta"),  # said after its stuff
    ],
)
def test_what_the_object_holds_carries_or_brews(wish, shape, place, count, made_of) -> None:
    spec = parse(wish)
    (c,) = spec.companions
    assert (c.family or c.archetype, c.place, c.count, c.made_of) == (shape, place, count, made_of)
    span = next(s for s in spec.spans if s.field == "companions[0]")
    assert wish[span.start : span.end] in wish.split()


@pytest.mark.parametrize(
    "wish",
    [
        "a cat covered in moss",  # a material, not a thing
        "a whale made of glass",
        "a lamp full of light",  # light is what it is made of
        "a bottle full of qwxzptl",  # nothing places the word: left out, not guessed
        "a boat carrying",
        "a whale with blue eyes",  # a part, not a thing it carries
        "a cat with a long tail",
        "a horse made of bones",  # a stuff the surface shows
        "a bird made of feathers",  # things the mesh stage already lays over it
        "a box with a lid",  # what a container has, not what it holds
    ],
)
def test_no_companion_where_the_words_name_no_thing(wish) -> None:
    assert parse(wish).companions == []


def test_a_companion_does_not_vanish_into_the_objects_own_stuff() -> None:
    (boats,) = parse("a bathtub full of tiny boats").companions  # wooden boats, wooden tub
    assert boats.made_of != parse("a bathtub").materials[0].made_of


def test_only_the_persons_own_words_add_one() -> None:
    wish = "a lantern"
    text = f"{wish}. The lantern is carrying a small forest on its back."
    assert parse(text, wish_chars=len(wish)).companions == []
    assert parse(text).companions  # the same words said by the person do


def test_at_most_two() -> None:
    spec = parse("a boat full of books carrying a lamp holding a candle balancing a bell")
    assert len(spec.companions) == MAX_COMPANIONS == 2


def _mesh(spec: ObjectSpec) -> trimesh.Trimesh:
    built = build(spec, 3, 20000, lod_levels=0)
    scene = trimesh.load(io.BytesIO(built.glb), file_type="glb", force="scene", process=False)
    return scene.to_geometry()


def _materials(spec: ObjectSpec) -> list[str]:
    glb = build(spec, 3, 20000, lod_levels=0).glb
    (length,) = struct.unpack_from("<I", glb, 12)
    return [m.get("name", "") for m in json.loads(glb[20 : 20 + length])["materials"]]


@pytest.mark.parametrize(
    ("wish", "alone", "stuff"),
    [
        ("a teapot boiling a thunderstorm", "a teapot", "smoke"),
        ("a tortoise carrying a small forest on its back", "a tortoise", "moss"),
        ("a bathtub full of stars", "a bathtub", "light"),
    ],
)
def test_the_companion_is_built_into_the_mesh_in_its_own_material(wish, alone, stuff) -> None:
    with_it, without = parse(wish), parse(alone)
    # a material is written only for geometry that uses it: the companion is in the mesh
    assert stuff in " ".join(_materials(with_it))
    assert stuff not in " ".join(_materials(without))


def test_companions_round_trip_and_are_checked() -> None:
    spec = parse("a whale carrying a village on its back")
    assert spec_from_pb(spec_pb(spec)) == spec
    assert "companion_places" in VOCABULARY
    data = spec.model_dump(mode="json")
    for field, value, needle in (
        ("place", "beside", "companions.place must be one of"),
        ("made_of", "cheesecake", "companions.made_of must be one of"),
        ("archetype", "spaceship", "companions.archetype must be one of"),
        ("count", 33, "less than or equal to 32"),
    ):
        bad = {**data, "companions": [{**data["companions"][0], field: value}]}
        with pytest.raises(ValidationError, match=needle):
            ObjectSpec.model_validate(bad)
    three = {**data, "companions": data["companions"] * 3}
    with pytest.raises(ValidationError, match="at most 2"):
        ObjectSpec.model_validate(three)
    assert np.isfinite(_mesh(spec).vertices).all()


def test_a_swarm_circles_the_object_and_what_grows_from_it_is_all_over_it() -> None:
    from figment_mesh._build import recipe
    from figment_mesh._geometry import build_part

    def extents(wish: str) -> tuple[np.ndarray, np.ndarray]:
        spec = parse(wish)
        alone = recipe(spec.model_copy(update={"companions": []}), 3)
        own = np.concatenate([build_part(p, 0.4).verts for p in alone])
        them = [build_part(p, 0.4).verts for p in recipe(spec, 3) if p.slot == "companion0"]
        return own, np.concatenate(them)

    own, swarm = extents("a lantern with moths swirling around it")
    centre = (own.min(0) + own.max(0)) / 2
    reach = np.hypot(swarm[:, 0] - centre[0], swarm[:, 2] - centre[2])
    wide = (own.max(0) - own.min(0))[[0, 2]].max()
    assert reach.min() > 0.5 * wide  # round it, outside it
    own, grown = extents("boots with mushrooms sprouting from them")
    assert np.ptp(grown[:, 1]) > 0.3 * np.ptp(own[:, 1])  # up and down it, not one heap


def test_on_its_head_is_at_the_front_and_on_its_back_over_the_middle() -> None:
    from figment_mesh._build import recipe
    from figment_mesh._geometry import build_part

    def centre(wish: str) -> tuple[float, float]:
        parts = recipe(parse(wish), 3)
        own = np.concatenate([build_part(p, 0.4).verts for p in parts if p.slot != "companion0"])
        hat = np.concatenate([build_part(p, 0.4).verts for p in parts if p.slot == "companion0"])
        lo, hi = own.min(0), own.max(0)
        return (float((hat[:, 2].mean() - lo[2]) / (hi[2] - lo[2])), float(hat[:, 1].min()))

    head, _ = centre("a cat with a top hat on its head")
    back, _ = centre("a cat carrying a top hat on its back")
    assert head > 0.7 and 0.25 < back < 0.75
    assert parse("a turtle balancing a teapot on its head").companions[0].place == "head"


@pytest.mark.parametrize(
    ("wish", "stuff", "own"),
    [
        ("a jar of honey", "honey", "glass"),
        ("a cup of hot coffee", "chocolate", "porcelain"),  # a drink by its look
        ("a bowl of steaming ramen", "pasta", "porcelain"),  # noodles, not a bowl woven of wire
        ("a treasure chest full of gold coins", "coins", "wood"),
        ("a jar full of jelly beans", "sugar", "glass"),  # sweets, not jelly (honey) and beans
    ],
)
def test_a_container_of_stuff_is_filled_with_it_not_made_of_it(wish, stuff, own) -> None:
    spec = parse(wish)
    assert [(c.place, c.made_of) for c in spec.companions] == [("fill", stuff)]
    assert spec.materials[0].made_of == own
    assert not any(c.place == "fill" for c in parse("a jar made of honey").companions)
    assert parse("a jar made of honey").materials[0].made_of == "honey"
    assert not parse("a crown of thorns").companions  # not a container
    held = parse("a dragon holding a cup of tea").companions  # a cup it holds: not its fill
    assert not any(c.place == "fill" for c in held)


def test_the_fill_is_a_dome_at_the_brim_in_its_own_stuff() -> None:
    from figment_mesh._build import recipe
    from figment_mesh._geometry import build_part

    spec = parse("a bucket of water")
    (fill,) = [p for p in recipe(spec, 3) if p.tag == "fill"]
    dome = build_part(fill, 0.5).verts
    walls = [p for p in recipe(spec, 3) if p.tag != "fill" and p.slot == 0]  # not its bail
    body = np.concatenate([build_part(p, 0.5).verts for p in walls])
    top = body[:, 1].max()
    assert abs(dome[:, 1].max() - top) < 0.1 * np.ptp(body[:, 1])  # at the brim, not above
    assert np.ptp(dome[:, 0]) < np.ptp(body[:, 0])  # inside the rim
    assert "water" in _materials(spec)
    assert "water" not in _materials(parse("a bucket"))


def test_what_it_wears_only_shows_where_it_can_be_worn() -> None:
    assert parse("a cat wearing boots").companions == []  # not a pile of boots on its back
    (helmet,) = parse("a knight wearing a helmet").companions
    assert helmet.place == "head" and helmet.family == "hat"


def test_what_a_container_holds_is_not_what_it_is_made_of() -> None:
    assert parse("a wheelbarrow full of pumpkins").materials[0].made_of not in ("clay", "pumpkin")


def test_flowers_stand_up_out_of_a_vase_and_eggs_sit_in_a_basket_under_its_handle() -> None:
    from figment_mesh._build import recipe
    from figment_mesh._geometry import build_part

    def split(wish: str) -> tuple[np.ndarray, np.ndarray]:
        parts = recipe(parse(wish), 3)
        own = np.concatenate([build_part(p, 0.4).verts for p in parts if p.slot != "companion0"])
        held = [build_part(p, 0.4).verts for p in parts if p.slot == "companion0"]
        return own, np.concatenate(held)

    vase, roses = split("a vase of roses")
    assert roses[:, 1].max() > vase[:, 1].max() + 0.1 * np.ptp(vase[:, 1])  # above its lip
    assert np.median(roses[:, 1]) > vase[:, 1].max() - 0.3 * np.ptp(vase[:, 1])  # not sunk in
    basket, eggs = split("a basket of eggs")
    assert eggs[:, 1].max() < basket[:, 1].max()  # in it, under the arch of its handle


def test_a_crown_on_a_rats_head_fits_its_head() -> None:
    from figment_mesh._build import recipe
    from figment_mesh._geometry import build_part

    parts = recipe(parse("a rat wearing a crown"), 3)
    own = np.concatenate([build_part(p, 0.4).verts for p in parts if p.slot != "companion0"])
    crown = np.concatenate([build_part(p, 0.4).verts for p in parts if p.slot == "companion0"])
    assert np.ptp(crown[:, 0]) < 0.8 * np.ptp(own[:, 0])  # not as wide as the rat
    assert crown[:, 2].mean() > own[:, 2].min() + 0.6 * np.ptp(own[:, 2])  # at its front


def test_grown_things_stand_up_and_things_inside_glass_are_at_its_heart() -> None:
    (forest,) = parse("a tortoise growing a forest on its back").companions
    assert forest.place == "on" and forest.family == "tree"  # on its back, not a surface stuff
    pear = parse("a pear made of glass with a goldfish inside")
    parts = recipe(pear, 3)
    own = np.concatenate([build_part(p, 0.4).verts for p in parts if p.slot != "companion0"])
    fish = np.concatenate([build_part(p, 0.4).verts for p in parts if p.slot == "companion0"])
    mid, span = (own.max(0) + own.min(0)) / 2, own.max(0) - own.min(0)
    assert np.all(np.abs(fish.mean(0) - mid) < 0.2 * span)  # inside, seen through it
    yoyo = recipe(parse("an amber yo-yo with a tiny beetle living inside"), 3)
    body = np.concatenate([build_part(p, 0.4).verts for p in yoyo if p.tag == "body"])
    bug = np.concatenate([build_part(p, 0.4).verts for p in yoyo if p.slot == "companion0"])
    assert body.min(0)[1] < bug.mean(0)[1] < body.max(0)[1]  # in its body, not up its string
    boot = recipe(parse("a boot sprouting mushrooms"), 3)
    caps = [p for p in boot if p.slot == "companion0"]
    assert len(caps) >= 10  # ten mushrooms, each standing out of the leather


def test_a_companion_takes_its_own_kinds_stuff() -> None:
    (sun,) = parse("a hand of moss, holding a small sun").companions
    assert sun.made_of == "fire"  # a sun burns, not the grey stone of a planet


def test_what_it_rests_or_floats_on_is_built_under_it_and_is_not_its_stuff() -> None:
    boat = parse("a rowboat made of bread, floating on a cloud")
    (cloud,) = boat.companions
    assert cloud.place == "under" and cloud.archetype == "cloud"
    assert [m.made_of for m in boat.materials] == ["bread"]  # the cloud is not its stuff
    frog = parse("a frog sitting on a rock")
    assert frog.companions[0].place == "under" and "stone" not in [
        m.made_of for m in frog.materials
    ]
    assert parse("a rusty sword stuck in a rock").companions[0].place == "under"
    assert parse("a sleeping cat on a cushion").companions[0].place == "under"
    (turban,) = parse("a merchant in a turban").companions  # worn: "in" a hat
    assert turban.place == "head" and turban.params["appliance"] == 981  # its own build, a hat
    assert parse("a cat in a top hat").companions[0].place == "head"
    assert not parse("a man in a car").companions  # not what he wears
    (fire,) = parse("a cooking cauldron over a campfire").companions  # under it, not brewed
    assert fire.place == "under" and fire.family == "light"
    assert not parse("a dragon breathing fire on a village").companions  # not what it is on
    castle = parse("a stone castle standing on a rock")
    assert castle.companions[0].made_of == "stone"  # a rock under it, whatever it is made of
    parts = recipe(parse("a teapot floating on a cloud"), 3)
    own = np.concatenate([build_part(p, 0.4).verts for p in parts if p.slot != "companion0"])
    under = np.concatenate([build_part(p, 0.4).verts for p in parts if p.slot == "companion0"])
    assert under[:, 1].mean() < own[:, 1].min()  # below it
    assert np.ptp(under[:, 0]) > np.ptp(own[:, 0])  # as wide as it, and more


def test_a_stand_it_stands_on_is_a_pedestal_not_a_market_stand() -> None:
    (stand,) = parse("a microphone on a stand").companions
    assert stand.place == "under" and stand.family == "tower"  # a plinth, not a stall
    (base,) = parse("a vase on a base").companions
    assert base.family == "tower"
    assert parse("a market stand").family == "furniture"  # the stall, said as the thing


def test_a_plant_in_a_pot_grows_in_a_flowerpot_of_the_pots_stuff() -> None:
    tree = parse("a lemon tree in a terracotta pot")
    (pot,) = tree.companions
    assert pot.place == "under" and pot.family == "vessel" and pot.params == {"taper": 1.0}
    assert pot.made_of == "clay" and "clay" not in [m.made_of for m in tree.materials]
    (glazed,) = parse("a bonsai in a ceramic pot").companions
    assert glazed.made_of == "porcelain"
    assert parse("a cactus in a clay pot").companions[0].place == "under"
    # only a pot, a planter or a tub is what a plant grows in; a box is what a thing sits in
    assert [c.place for c in parse("a bottle in a box").companions] == ["holder"]


def test_what_it_is_shut_inside_is_built_round_it() -> None:
    rat = parse("a lab rat in a cage")
    (cage,) = rat.companions
    assert rat.family == "quadruped" and cage.place == "case" and cage.archetype == "lantern"
    rose = parse("a rose under a glass dome")
    assert rose.params["appliance"] == 1096 and "glass" not in [m.made_of for m in rose.materials]
    assert rose.companions[0].made_of == "glass"  # the dome's glass, not the rose's
    assert parse("a glass box").materials[0].made_of == "glass"
    assert not parse("a cat under a table").companions  # a table is no case
    assert parse("a skeleton hanging in a cage").family == "biped"  # not a wall hanging
    parts = recipe(parse("a frog in a jar"), 3)
    own = np.concatenate([build_part(p, 0.4).verts for p in parts if p.slot != "companion0"])
    case = np.concatenate([build_part(p, 0.4).verts for p in parts if p.slot == "companion0"])
    for axis in (0, 1, 2):  # round all of it
        assert case[:, axis].min() < own[:, axis].min() and case[:, axis].max() > own[:, axis].max()
    assert spec_from_pb(spec_pb(rat)) == rat
    jar = [p for p in recipe(parse("a moth in a bell jar"), 3) if p.slot == "companion0"]
    assert jar and not any(p.slot == "glow" for p in recipe(parse("a moth in a bell jar"), 3))
    (oranges,) = parse("a crate of oranges").companions  # their own colour when none is said
    assert oranges.color is not None and oranges.color.r > 3 * oranges.color.b
    assert parse("a dog holding a golden bone").companions[0].color is None  # gold's own


@pytest.mark.parametrize(
    ("wish", "kind", "made_of"),
    [
        ("a black hole in a teacup", "@cup", "porcelain"),
        ("a goldfish in a glass bowl", "vessel", "glass"),
        ("a kitten in a wicker basket", "container", "straw"),
        ("a bird in a nest", "vessel", "wood"),
        ("a frog inside a teapot", "@teapot", "porcelain"),
        ("a dragon sleeping in a box", "container", "wood"),
    ],
)
def test_the_open_thing_it_sits_in_is_built_round_its_lower_part(wish, kind, made_of) -> None:
    spec = parse(wish)
    (holder,) = spec.companions
    assert holder.place == "holder" and (holder.family or f"@{holder.archetype}") == kind
    assert holder.made_of == made_of
    span = next(s for s in spec.spans if s.field == "companions[0]")
    assert wish[span.start : span.end] in wish.split(" in ")[-1].split(" inside ")[-1]
    assert spec_from_pb(spec_pb(spec)) == spec


def test_what_it_sits_in_rises_round_it_and_what_it_pulls_follows_it() -> None:
    def apart(spec: ObjectSpec) -> tuple[np.ndarray, np.ndarray]:
        """The object's own vertices and its companion's (built after them)."""
        own = recipe(spec.model_copy(update={"companions": []}), 3)
        both = recipe(spec, 3)
        mine = np.concatenate([build_part(p, 0.4).verts for p in own])
        theirs = np.concatenate([build_part(p, 0.4).verts for p in both[len(own) :]])
        return mine, theirs

    own, cup = apart(parse("a mouse in a teacup"))
    for axis in (0, 2):  # wider than it
        assert cup[:, axis].min() < own[:, axis].min() and cup[:, axis].max() > own[:, axis].max()
    assert cup[:, 1].min() <= own[:, 1].min()  # its foot inside, not on the rim
    assert own[:, 1].min() < cup[:, 1].max() < own[:, 1].max()  # and its top above the rim
    box = [p for p in recipe(parse("a kitten in a box"), 3) if p.slot == "companion0"]
    assert box and not any(p.tag == "lid" for p in box)  # open
    ox = parse("an ox pulling a cart")
    assert ox.family == "device" and ox.params["appliance"] == 1398  # "ox" is a word
    (cart,) = ox.companions
    assert cart.place == "behind" and cart.family == "wheeled" and cart.made_of == "wood"
    own, pulled = apart(ox)
    assert pulled[:, 2].max() < own[:, 2].min()  # behind it
    assert abs(pulled[:, 1].min() - own[:, 1].min()) < 0.05 * np.ptp(own[:, 1])  # on the ground
    assert parse("a tugboat towing a barge").companions[0].place == "behind"
    assert not parse("a whale in a suit").companions  # not a thing it sits in


def test_a_colour_said_as_a_things_name_is_the_thing() -> None:
    rose = parse("a rose in a vase")
    assert rose.params.get("appliance") == 1096 and rose.companions[0].archetype == "vase"
    assert parse("a single red rose in a vase").params.get("appliance") == 1096
    assert parse("an orange on a plate").family == "fruit"
    assert parse("a rose dress").family == "garment"  # a colour before a thing is its colour


def test_things_it_is_built_from_show_against_it_and_made_of_is_no_carrying() -> None:
    cups = parse("a giraffe made of stacked teacups")
    (c,) = cups.companions
    assert c.place == "over" and c.made_of not in ("", cups.materials[0].made_of)  # gold on white
    # small things the mesh stage covers it in are its material, not companions
    books = parse("a giraffe made of stacked books")
    assert books.materials[0].made_of == "books" and not books.companions
    assert all(c.place != "on" for c in parse("a house made of playing cards").companions)


def test_what_a_see_through_thing_holds_fills_it_and_shows() -> None:
    """A jar of honey is a glass jar with a lid, full of honey to its shoulder (not a disc on
    top), and the honey keeps its colour behind the glass; a porcelain cup's coffee is its top."""
    jar = parse("a jar of honey")
    assert jar.family == "vessel" and jar.materials[0].made_of == "glass"
    fill = [build_part(p, 0.5) for p in recipe(jar, 3) if p.tag == "fill"]
    body = [build_part(p, 0.5) for p in recipe(jar, 3) if p.tag == "body"]
    top = max(float(s.verts[:, 1].max()) for s in body)
    low = min(float(s.verts[:, 1].min()) for s in fill)
    assert len(fill) == 1 and low < 0.25 * top  # from near the foot
    assert float(fill[0].verts[:, 1].max()) < top  # and inside it
    glb = build(jar, 3, 6000, lod_levels=0).glb
    doc = json.loads(glb[20 : 20 + struct.unpack_from("<I", glb, 12)[0]])
    honey = next(m for m in doc["materials"] if m["name"].startswith("honey"))
    assert honey["pbrMetallicRoughness"]["baseColorFactor"][3] == 1.0
    assert "KHR_materials_transmission" not in honey.get("extensions", {})
    cup = parse("a porcelain cup of coffee")
    dome = next(build_part(p, 0.5) for p in recipe(cup, 3) if p.tag == "fill")
    assert float(np.ptp(dome.verts[:, 1])) < 0.2 * float(np.ptp(dome.verts[:, 0]))


def test_a_glass_of_something_is_a_drinking_glass() -> None:
    for wish in ("a glass of water", "a glass full of stars", "a glass"):
        spec = parse(wish)
        assert spec.archetype == "cup" and spec.materials[0].made_of == "glass", wish
    assert parse("a glass of water").companions[0].made_of == "water"
    assert parse("a glass bird").archetype == "bird"


def test_what_a_figure_holds_is_in_its_hand() -> None:
    """ "A scarecrow with a lantern", "a girl holding a balloon": in the hand, at its side
    between hips and shoulders, in its own stuff; "with a pointed hat" is worn on the head, and
    "with a red cape" or "with a long beard" is no thing held."""
    for wish, noun in (("a scarecrow with a lantern", "lantern"), ("a girl holding a balloon", "")):
        spec = parse(wish)
        held = spec.companions[0]
        assert held.place == "hand", wish
        if noun:
            assert held.archetype == noun
        parts = recipe(spec, 3)
        body = np.concatenate(
            [build_part(p, 0.3).verts for p in parts if not str(p.slot).startswith("companion")]
        )
        thing = np.concatenate(
            [build_part(p, 0.3).verts for p in parts if str(p.slot).startswith("companion")]
        )
        mid = thing.mean(0)
        assert mid[0] > np.percentile(body[:, 0], 80), wish  # out at its side
        lo, hi = body[:, 1].min(), body[:, 1].max()
        assert lo + 0.15 * (hi - lo) < mid[1] < lo + 0.85 * (hi - lo), wish
    assert parse("a witch with a pointed hat").companions[0].place == "head"
    assert parse("a knight with a red cape").companions == []
    assert parse("a wizard with a long beard").companions == []
    assert parse("a tortoise carrying a house on its back").companions[0].place == "on"
    lit = parse("a rusty iron scarecrow with a glowing lantern")
    assert lit.materials[0].emissive_strength == 0  # the lantern glows, not the scarecrow


def test_what_a_creature_holds_is_in_its_mouth_and_what_it_wears_keeps_its_stuff() -> None:
    """ "A fox holding a lantern": hung from the front of its head, its top at its mouth;
    "carrying" on a pack animal stays on its back; the stuff of what it holds or wears on its
    head is that thing's, not the creature's ("a frog wearing a golden crown" is no gold frog)."""
    for wish in ("a fox holding a lantern", "a crow clutching a silver key",
                 "a dog carrying a stick in its mouth"):  # fmt: skip
        spec = parse(wish)
        (held,) = spec.companions
        assert held.place == "hand", wish
        parts = recipe(spec, 3)
        body = np.concatenate(
            [build_part(p, 0.3).verts for p in parts if not str(p.slot).startswith("companion")]
        )
        thing = np.concatenate(
            [build_part(p, 0.3).verts for p in parts if str(p.slot).startswith("companion")]
        )
        assert thing[:, 2].max() > np.percentile(body[:, 2], 95), wish  # in front of it
        assert thing[:, 1].max() > body[:, 1].min() + 0.4 * np.ptp(body[:, 1]), wish  # up at it
    assert parse("a camel carrying a wooden chest").companions[0].place == "on"
    for wish, made_of in (("a frog wearing a golden crown", "gold"),
                          ("a toad with a silver crown", "silver"),
                          ("a knight holding a golden sword", "gold"),
                          ("a dragon holding a gem", "crystal")):  # fmt: skip
        spec = parse(wish)
        assert spec.companions[0].made_of == made_of, wish
        assert made_of not in [m.made_of for m in spec.materials], wish
    assert parse("a golden frog wearing a crown").materials[0].made_of == "gold"
    dog = parse("a dog made of gold, wearing a red collar").materials[0]  # a small thing worn
    assert dog.made_of == "gold" and dog.base_color.g > 0.3  # gold, not red
    assert [m.made_of for m in parse("a gorilla made of granite, wearing sunglasses").materials][
        :1
    ] == ["granite"]
    assert parse("a cat wearing a wool sweater").materials[0].made_of == "wool"  # worn: its look
    (hat,) = parse("an octopus wearing a pirate hat").companions  # two words name it: a tricorn
    assert (hat.family, hat.place, hat.params.get("appliance")) == ("device", "head", 657)
    (hat,) = parse("a goblin wearing a hard hat").companions  # a build of its own, on its head
    assert (hat.place, hat.params.get("appliance")) == ("head", 615)
    assert not parse("a stuffed teddy bear prize").companions  # stuffed: a plush toy, not full
    (corn,) = parse("a bucket of popcorn").companions
    assert (corn.place, corn.made_of) == ("fill", "popcorn")  # white puffs, not a green shrub
    (helmet,) = parse("a cat wearing a viking helmet").companions  # horned, on its head
    assert (helmet.place, helmet.params.get("appliance")) == ("head", 793)


def test_a_colour_said_of_what_it_holds_colours_that_thing_and_goes_through_proto() -> None:
    """ "Full of green potion", "holding a red rose", "a basket of red apples": the held thing
    takes the colour, the object does not, and the GLB's material for it is that colour."""
    for wish, place in (("a cauldron made of black iron, full of green potion", "fill"),
                        ("a cat holding a red rose", "hand"),
                        ("a basket of red apples", "in")):  # fmt: skip
        spec = parse(wish)
        (held,) = spec.companions
        assert held.place == place and held.color is not None, wish
        c = held.color
        hue = "g" if "green" in wish else "r"
        assert getattr(c, hue) > 2 * min(c.r, c.g, c.b) + 0.01, wish
        own = spec.materials[0].base_color
        assert not (abs(own.r - c.r) < 0.02 and abs(own.g - c.g) < 0.02), wish  # not the object's
        assert spec_from_pb(spec_pb(spec)) == spec
        glb = build(spec, 3, 0).glb
        n = struct.unpack("<I", glb[12:16])[0]
        doc = json.loads(glb[20 : 20 + n])
        factors = [m["pbrMetallicRoughness"].get("baseColorFactor") for m in doc["materials"]]
        assert any(
            f is not None and abs(f[0] - c.r) < 0.02 and abs(f[1] - c.g) < 0.02 for f in factors
        ), wish
    assert parse("a jar of honey").companions[0].color is None  # honey's own amber
    (rubies,) = parse("a crown made of silver, studded with rubies").companions
    assert rubies.color is not None and rubies.color.r > 5 * rubies.color.g  # ruby red
    (gems,) = parse("a treasure chest full of emeralds").companions  # what it holds, too
    assert gems.place == "in" and gems.color is not None and gems.color.g > 3 * gems.color.r
    box = parse("a gift box made of gold, wrapped with a red ribbon").materials[0]
    assert box.made_of == "gold" and box.base_color.g > 0.3  # the ribbon is red, not the box
    door = parse("a red door").materials[0].base_color  # the door is the object: red
    assert door.r > 5 * door.g
    (crown,) = parse("a toad with a silver crown").companions
    assert crown.made_of == "silver" and crown.color is None  # silver's own shine, not grey
    cat = parse("a cat wearing a pair of golden boots").materials[0]
    assert cat.made_of != "gold"


def test_what_a_container_is_full_of_glows_not_the_container() -> None:
    chest = parse("a treasure chest full of glowing mushrooms")
    assert chest.materials[0].emissive_strength == 0
    assert chest.companions[0].archetype == "mushroom" and chest.companions[0].made_of == "light"
    held = parse("a scarecrow with a glowing lantern").companions[0]
    assert held.archetype == "lantern" and held.made_of != "light"  # its flame is its glow


def test_what_it_rests_on_keeps_its_own_stuff_and_colour() -> None:
    cat = parse("a black cat sleeping on a wool cushion")
    assert cat.companions[0].place == "under" and cat.params.get("rest") == 1.0
    frog = parse("a frog sitting on a golden throne")
    assert frog.companions[0].place == "under" and frog.companions[0].made_of == "gold"
    skin = frog.materials[0].base_color
    assert not (skin.r > 0.5 and skin.g > 0.3 and skin.b < 0.1)  # the frog is not golden
    dragon = parse("a sleeping dragon on a pile of gold coins")
    assert dragon.params == {"appliance": 1532.0}  # the dragon, not the pile it sleeps on


def test_a_hat_on_a_tortoise_sits_on_its_head_not_its_shell() -> None:
    from figment_mesh._build import recipe
    from figment_mesh._geometry import build_part

    spec = SpecParse().parse("a tortoise wearing a tiny hat", 1, False).spec
    parts = recipe(spec, 1)

    def verts(keep) -> np.ndarray:
        return np.concatenate([build_part(p, 0.5).verts for p in parts if keep(p)])

    hat = verts(lambda p: str(p.slot).startswith("companion"))
    eyes = verts(lambda p: p.tag == "eyes" or p.slot == "pupil").mean(0)  # its own or a build's
    shell_top = verts(lambda p: not str(p.slot).startswith("companion"))[:, 1].max()
    centre = (hat.min(0) + hat.max(0)) / 2
    assert np.linalg.norm(centre[[0, 2]] - eyes[[0, 2]]) < 0.1  # over its eyes
    assert hat[:, 1].max() < shell_top  # on its head, lower than the top of its shell


@pytest.mark.parametrize(
    ("wish", "shape"),
    [
        ("a bedroom with a dog in it", "quadruped"),
        ("a pond with ducks", "bird"),
        ("a forest with a deer", "quadruped"),
        ("a kitchen with a cat", "quadruped"),
    ],
)
def test_what_is_in_a_room_or_a_place_stands_on_its_floor(wish, shape) -> None:
    spec = parse(wish)
    (c,) = spec.companions
    assert (c.place, c.family) == ("in", shape)
    parts = recipe(spec, 3)
    own = np.concatenate([build_part(p, 0.4).verts for p in parts if p.slot != "companion0"])
    it = np.concatenate([build_part(p, 0.4).verts for p in parts if p.slot == "companion0"])
    floor = own.min(0)[1]
    assert floor < it.min(0)[1] < floor + 0.2 * np.ptp(own[:, 1])  # on the floor, not on top
    assert it.max(0)[1] < own.max(0)[1]


def test_a_pet_in_its_carrier_looks_out_of_the_open_door() -> None:
    shut = recipe(parse("a cat carrier"), 3)
    spec = parse("a cat carrier with a cat inside")
    parts = recipe(spec, 3)
    assert any(p.tag == "lid" for p in shut) and not any(p.tag == "lid" for p in parts)
    own = np.concatenate([build_part(p, 0.4).verts for p in shut if p.tag != "lid"])
    cat = np.concatenate([build_part(p, 0.4).verts for p in parts if p.slot == "companion0"])
    assert cat.max(0)[2] > own.max(0)[2] > cat.min(0)[2]  # its front out of the door
    assert cat.max(0)[1] < own.max(0)[1]  # under the roof


@pytest.mark.parametrize(
    "wish", ["a display case of butterflies", "a display case with a crown inside"]
)
def test_what_a_display_case_holds_is_in_its_glass_in_place_of_its_own_treasure(wish) -> None:
    spec = parse(wish)
    assert [c.place for c in spec.companions] == ["in"]
    parts = recipe(spec, 3)
    assert not any(p.tag == "contents" for p in parts)  # its vase or skull is out
    assert any(p.tag == "contents" for p in recipe(parse("a display case"), 3))
    own = np.concatenate([build_part(p, 0.4).verts for p in parts if p.slot != "companion0"])
    held = np.concatenate([build_part(p, 0.4).verts for p in parts if p.slot == "companion0"])
    lo, hi = own.min(0), own.max(0)
    low, high = (held[:, 1].min() - lo[1]) / (hi[1] - lo[1]), held[:, 1].max() < hi[1]
    assert low > 0.55 and high  # up in the glass box on the plinth, not on its lid


@pytest.mark.parametrize("container", ["a wheelbarrow", "a basket"])
def test_overflowing_is_heaped_over_the_top_not_just_full(container) -> None:
    # "overflowing with oranges" read as full of them: five in the top, nothing over it
    full, over = (parse(f"{container} {how} oranges") for how in ("full of", "overflowing with"))
    assert [c.count for c in full.companions] == [5] and [c.count for c in over.companions] == [9]

    def heap(spec: ObjectSpec) -> tuple[float, float]:
        parts = recipe(spec, 3)
        held = [build_part(p, 0.4).verts for p in parts if p.slot == "companion0"]
        return float(np.concatenate(held)[:, 1].max()), max(float(np.ptp(v[:, 1])) for v in held)

    (full_top, full_one), (over_top, over_one) = heap(full), heap(over)
    assert over_top > full_top + 0.5 * full_one  # a second layer rises over the first
    assert over_one == pytest.approx(full_one, rel=0.05)  # the same oranges, more of them


def test_a_bowl_of_soup_is_filled_with_it_in_the_soups_colour() -> None:
    from figment_parse import SpecParse

    parse = SpecParse()
    for wish in ("a bowl of borscht", "a bowl of steaming borscht"):
        (fill,) = parse.parse(wish, 0, False).spec.companions
        assert fill.place == "fill" and fill.color is not None and fill.color.r > fill.color.g, wish
    gumbo = parse.parse("a bowl of steaming gumbo", 0, False).spec.companions
    assert [c.place for c in gumbo] == ["fill"]  # not a pod floating over the bowl
    dragon = parse.parse("a dragon full of gumbo", 0, False).spec.companions
    assert all(c.place != "fill" for c in dragon)  # only what holds it is filled


def test_what_it_turns_into_rises_out_of_its_top_in_its_stuff() -> None:
    chair = parse("a chair turning into a tree")
    assert [m.kind for m in chair.modifiers] == ["becoming"]
    (tree,) = chair.companions
    assert tree.family == "tree" and tree.place == "on" and tree.made_of == "wood"
    cat = parse("a porcelain teapot that turns into a cat").companions
    assert [(c.family, c.made_of) for c in cat] == [("quadruped", "porcelain")]
    assert not parse("a clock that melts into a flock of moths").companions  # a flock: its part
    assert not parse("a glass bell that turns into smoke").companions  # a stuff, not a thing
    cranes = parse("an origami castle unfolding into paper cranes").companions
    assert [(c.params.get("appliance"), c.count) for c in cranes] == [(1063.0, 3)]  # not birds


def test_things_of_a_stuff_it_is_built_from_are_still_things() -> None:
    (cups,) = parse("a crab made of porcelain teacups").companions  # they were left out
    assert cups.archetype == "cup" and cups.place == "over" and cups.made_of == "porcelain"


def test_what_is_said_of_a_holder_or_the_rain_is_not_the_objects() -> None:
    cat = parse("a cat in a red box")
    (box,) = cat.companions
    assert box.color is not None and box.color.r > 5 * box.color.b  # the box is red
    assert cat.materials[0].base_color.r < 3 * cat.materials[0].base_color.g + 0.2  # not the cat
    assert not parse("a cat in the fridge").companions  # a closed thing is no open holder
    assert not parse("a frog in the rain forest").companions  # a forest, not the rain
    assert not parse("a girl in a rain jacket").companions
    assert not parse("a dentist pulling a tooth").companions  # nothing pulled behind him
    assert parse("a mule pulling a cart of apples").companions[0].family == "wheeled"
    assert not parse("a thief breaking into a house").companions
    assert not parse("a snowman melting into a puddle").companions


def test_what_lives_inside_it_said_without_with_is_in_it() -> None:
    boot = parse("a boot made of moss, tiny frogs living inside")
    assert [(c.place, c.count) for c in boot.companions] == [("in", 3)]  # a boot is open
    assert boot.materials[0].made_of == "moss"
    assert not parse("a lamp made of living wood").companions


def test_what_is_inside_a_part_of_it_is_in_it() -> None:
    tortoise = parse("a tortoise made of coral with a tiny town inside its shell")
    assert [(c.place, c.params) for c in tortoise.companions] == [("in", {"appliance": 1519.0})]
    assert tortoise.params == {"appliance": 1528.0}  # the tortoise is the thing, the town in it


def test_what_is_trapped_inside_it_is_in_it_and_does_not_freeze_it() -> None:
    sword = parse("a sword carved from amber, with ants trapped inside")
    assert [(c.place, c.count) for c in sword.companions] == [("within", 3)]
    egg = parse("an amber egg, a tiny dragon frozen inside")
    assert [c.place for c in egg.companions] == ["within"]
    assert not egg.modifiers  # the dragon is caught in it; the egg is not frozen
    assert not parse("a fly trapped inside an amber ring").companions  # the fly is the thing
    assert [m.kind for m in parse("a rose frozen in ice").modifiers] == ["frozen"]


def test_what_lives_inside_a_thing_it_cannot_be_seen_through_peeks_out_of_doorways() -> None:
    from figment_mesh._build import recipe

    pumpkin = parse("a pumpkin with a family of mice living inside")
    assert [c.place for c in pumpkin.companions] == ["within"]
    parts = recipe(pumpkin, 3)
    doors = [p for p in parts if p.slot == "doorway"]
    mice = [p for p in parts if p.slot == "companion0"]
    assert doors and mice
    assert [c.place for c in parse("a jar with frogs living inside").companions] == ["in"]
    glass = parse("a glass pumpkin with a mouse living inside")  # seen through: at its heart
    assert not [p for p in recipe(glass, 3) if p.slot == "doorway"]


def test_things_a_thing_is_built_from_cover_it_whatever_their_colour_or_plural() -> None:
    tree = parse("a pine tree made of green glass bottles")
    assert [(c.archetype, c.place) for c in tree.companions] == [("bottle", "over")]
    assert tree.materials[0].made_of == "glass"
    lamp = parse("a table lamp made of jellyfish")
    assert [(c.archetype, c.place) for c in lamp.companions] == [("jellyfish", "over")]
    assert [c.place for c in parse("a bird made of blue teacups").companions] == ["over"]
    assert not parse("a house made of copper pipes").companions  # pipes: brass, no pipes


def test_bubbles_round_a_thing_float_round_it() -> None:
    for wish in ("a hedgehog covered in bubbles", "a seahorse surrounded by bubbles"):
        (b,) = parse(wish).companions
        assert (b.archetype, b.place, b.made_of) == ("orb", "around", "bubbles"), wish
    (b,) = parse("a bath full of bubbles").companions
    assert (b.place, b.made_of) == ("in", "bubbles")
    assert len(parse("a glass full of bubbles").companions) == 1  # filled, once


def test_what_marches_out_of_a_thing_comes_out_of_it() -> None:
    (ants,) = parse("a flute of bamboo and gold, with ants marching out of it").companions
    assert ants.family == "insect" and ants.place == "in"  # out of its top
    (round_,) = parse("a flute with ants marching around it").companions
    assert round_.place == "around"


def test_fireflies_are_sparks_of_light_and_what_orbits_goes_round() -> None:
    for wish in ("a crab of rusted iron, swarmed by fireflies", "a jar filled with fireflies"):
        (f,) = parse(wish).companions
        assert (f.archetype, f.made_of) == ("orb", "light") and f.scale < 0.1, wish  # small
        assert f.color is not None and f.color.g > f.color.b  # yellow-green
    (bees,) = parse("a bracelet of lemon slices, orbited by bees").companions
    assert bees.place == "around"
    (sats,) = parse("a moon orbited by tiny satellites").companions
    assert sats.place == "around"  # round it, not stuck all over it


def test_rusty_tin_cans_are_rusted_cans() -> None:
    (cans,) = parse("a robot toy made of rusty tin cans").companions
    assert cans.made_of == "rust"  # (tin alone: iron)
    (tin,) = parse("a robot made of tin cans").companions
    assert tin.made_of == "tin cans"  # labelled cans over a body of them


def test_what_floats_among_bubbles_has_them_round_it() -> None:
    for wish in (
        "a seahorse of woven wicker, floating among bubbles",
        "a cork clock floating in bubbles",
    ):
        (b,) = parse(wish).companions
        assert (b.place, b.made_of) == ("around", "bubbles"), wish
    assert not parse("a teapot made of bubbles").companions  # made of them: no more round it


def test_what_is_trapped_or_coiled_inside_it_is_in_it() -> None:
    for wish, family in (
        ("an amber chair with bugs trapped inside it", "insect"),
        ("a dagger of green glass with a snake coiled inside", "serpent"),
    ):
        (c,) = parse(wish).companions
        assert (c.family, c.place) == (family, "within"), wish
    assert len(parse("a frog of glass with a goldfish swimming inside").companions) == 1


def test_what_floats_on_a_flowing_stuff_floats_on_a_pool_of_it() -> None:
    for wish, stuff in (
        ("a rubber duck made of gold, floating on honey", "honey"),
        ("a paper boat floating on ink", "ink"),
    ):
        (pool,) = parse(wish).companions
        assert (pool.place, pool.made_of) == ("under", stuff), wish  # (honey was a hand)
        assert pool.params == {"appliance": 225.0}, wish  # a pond, not a swimming pool


def test_what_swims_or_flies_through_clouds_has_clouds_under_it() -> None:
    for wish in ("a shark of denim fabric, swimming through clouds",
                 "a whale floating in the clouds", "a balloon drifting among clouds"):  # fmt: skip
        assert [(c.archetype, c.place) for c in parse(wish).companions] == [("cloud", "under")]
    assert parse("a shark of denim fabric").materials[0].made_of == "denim"


def test_a_thing_made_of_a_stuff_then_trapped_in_a_bubble_is_in_one() -> None:
    (bubble,) = parse("a dragonfly carved from amber, trapped in a bubble").companions
    assert (bubble.place, bubble.made_of) == ("case", "bubbles")


def test_a_twist_said_of_what_it_has_is_not_its_own() -> None:
    amber = parse("a screwdriver carved from amber with a frozen fly inside")
    assert not amber.modifiers and [c.place for c in amber.companions] == ["in"]  # not frozen
    assert [m.kind for m in parse("a castle with a burning tower").modifiers] == ["burning"]


def test_fish_a_thing_is_swarmed_by_swim_round_it() -> None:
    (fish,) = parse("a shark made of lego bricks, swarmed by tiny fish").companions
    assert fish.place == "around"  # (on its skin they were specks)
    (ants,) = parse("a teapot swarmed by ants").companions
    assert ants.place == "over"  # ants crawl over it


def test_what_pierces_a_thing_sticks_in_it_big_enough_to_see() -> None:
    (arrows,) = parse("a shield of woven straw, pierced by arrows").companions
    assert (arrows.place, arrows.count) == ("over", 4) and arrows.scale > 0.3
    (sword,) = parse("a heart of glass pierced by a sword").companions
    assert sword.count == 1
