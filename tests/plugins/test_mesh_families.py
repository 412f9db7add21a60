"""Shape families: every family builds a valid, finite mesh for any parameters in range, and
the parameters change the shape they name."""

from __future__ import annotations

import io

import numpy as np
import pytest
import trimesh
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from figment.spec import FAMILIES, SHAPE_PARAMS, ObjectSpec, kind_of
from figment_mesh._build import build, recipe
from figment_mesh._families import FAMILY_BUILDERS
from figment_mesh._geometry import build_part

SIZE = {"x": 0.9, "y": 1.3, "z": 0.7}
NAMES = sorted(SHAPE_PARAMS)


def spec(family: str, params: dict[str, float] | None = None, **extra: object) -> ObjectSpec:
    """A valid family spec with two materials."""
    data: dict[str, object] = {
        "name": f"a {family}",
        "archetype": "orb",
        "family": family,
        "params": params or {},
        "size": SIZE,
        "materials": [
            {"made_of": "wood", "base_color": {"r": 0.5, "g": 0.3, "b": 0.2}},
            {"made_of": "brass", "base_color": {"r": 0.8, "g": 0.6, "b": 0.2}, "metallic": 1},
        ],
        "shape_source": "lexicon",
        "shape_confidence": 0.8,
    }
    data.update(extra)
    return ObjectSpec.model_validate(data)


def load(glb: bytes) -> trimesh.Trimesh:
    """The GLB as one trimesh (world space), failing if it does not parse."""
    scene = trimesh.load(io.BytesIO(glb), file_type="glb", force="scene", process=False)
    return scene.to_geometry()


def assert_valid(glb: bytes, triangles: int, budget: int, s: ObjectSpec) -> trimesh.Trimesh:
    """Parses; budget kept; finite; inside spec.size and touching it on one axis (a family is
    scaled without distortion); standing on y = 0, centred in x and z."""
    mesh = load(glb)
    assert 0 < len(mesh.faces) == triangles <= budget
    assert np.isfinite(mesh.vertices).all()
    lo, hi = mesh.bounds
    size = np.array([s.size.x, s.size.y, s.size.z])
    ratio = (hi - lo) / size
    assert (ratio <= 1 + 1e-3).all(), ratio
    assert ratio.max() > 1 - 1e-3, ratio
    assert abs(lo[1]) < 1e-5
    np.testing.assert_allclose([(lo[0] + hi[0]) / 2, (lo[2] + hi[2]) / 2], 0.0, atol=1e-4)
    return mesh


def test_every_family_has_a_builder() -> None:
    assert set(FAMILY_BUILDERS) == set(FAMILIES)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("corner", ["low", "default", "high"])
def test_every_family_builds_at_the_corners_of_its_parameter_ranges(family, corner) -> None:
    if corner == "default":
        params: dict[str, float] = {}
    else:
        params = {k: v[0] if corner == "low" else v[1] for k, v in SHAPE_PARAMS.items()}
    s = spec(family, params)
    built = build(s, seed=5, max_triangles=20_000, lod_levels=1)
    mesh = assert_valid(built.glb, built.triangles, 20_000, s)
    assert mesh.area > 0
    assert len(built.lods) == 1


@pytest.mark.parametrize("kind", range(int(SHAPE_PARAMS["appliance"][1]) + 1))
def test_every_appliance_builds_a_valid_mesh(kind) -> None:
    s = spec("device", {"appliance": float(kind)})
    built = build(s, seed=kind, max_triangles=1_500, lod_levels=0)
    assert assert_valid(built.glb, built.triangles, 1_500, s).area > 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    family=st.sampled_from(FAMILIES),
    unit=st.dictionaries(st.sampled_from(NAMES), st.floats(0.0, 1.0), max_size=32),
    seed=st.integers(0, 2**63 - 1),
    budget=st.sampled_from([200, 1_500, 20_000]),
)
def test_every_family_builds_a_valid_finite_mesh_for_any_parameters_in_range(
    family, unit, seed, budget
) -> None:
    params = {
        k: SHAPE_PARAMS[k][0] + u * (SHAPE_PARAMS[k][1] - SHAPE_PARAMS[k][0])
        for k, u in unit.items()
    }
    s = spec(family, params)
    built = build(s, seed=seed, max_triangles=budget, lod_levels=0)
    assert_valid(built.glb, built.triangles, budget, s)


def test_a_family_keeps_its_proportions_whatever_box_it_is_given() -> None:
    a = load(build(spec("quadruped"), 1, 5000, lod_levels=0).glb)
    b = load(build(spec("quadruped", size={"x": 5, "y": 1, "z": 1}), 1, 5000, lod_levels=0).glb)
    ea, eb = a.extents, b.extents
    np.testing.assert_allclose(ea / ea.max(), eb / eb.max(), rtol=1e-3)


def _extent(family: str, params: dict[str, float]) -> np.ndarray:
    return load(build(spec(family, params), 3, 8000, lod_levels=0).glb).extents


def _slots(family: str, params: dict[str, float], slot: object) -> int:
    return sum(1 for p in recipe(spec(family, params), 3) if p.slot == slot)


def test_a_long_neck_and_long_legs_make_a_giraffe_not_a_dog() -> None:
    giraffe = _extent("quadruped", {"neck": 1.0, "height": 0.9})
    dog = _extent("quadruped", {"neck": 0.1, "height": 0.3})
    assert giraffe[1] / giraffe[2] > 1.5 * dog[1] / dog[2]


def test_counts_in_the_parameters_are_the_counts_built() -> None:
    assert _slots("wheeled", {"wheels": 2}, "pupil") == 2  # one tyre per wheel
    assert _slots("wheeled", {"wheels": 6}, "pupil") == 6
    assert _slots("string_instrument", {"strings": 4}, "sclera") == 4
    assert _slots("string_instrument", {"strings": 12, "frame": 1}, "sclera") == 12
    arms = {n: len(recipe(spec("cephalopod", {"arms": n}), 3)) for n in (5, 10)}
    assert arms[10] - arms[5] == 5
    flames = {n: _slots("light", {"arms": n}, "flame") for n in (3, 7)}
    assert flames[7] - flames[3] == 4
    petals = {n: len(recipe(spec("flower", {"petals": n}), 3)) for n in (5, 12)}
    assert petals[12] - petals[5] == 7


def test_bicycle_and_bus_differ_in_kind_not_just_size() -> None:
    bike = _extent("wheeled", {"wheels": 2, "frame": 1})
    bus = _extent("wheeled", {"wheels": 6, "height": 0.8, "length": 1})
    assert bike[0] / bike[2] < 0.5  # a thin frame
    assert bus[1] / bus[2] > bike[1] / bike[2] * 0.5
    assert not np.allclose(bike / bike.max(), bus / bus.max(), atol=0.05)


def test_same_seed_same_bytes_for_a_family() -> None:
    s = spec("tree", {"branches": 4})
    assert build(s, 9, 4000, lod_levels=0).glb == build(s, 9, 4000, lod_levels=0).glb
    assert build(s, 9, 4000, lod_levels=0).glb != build(s, 10, 4000, lod_levels=0).glb


def test_modifiers_and_parts_apply_to_families() -> None:
    s = spec(
        "quadruped",
        {"neck": 1},
        modifiers=[{"kind": "fractured", "amount": 0.6}, {"kind": "twisted"}],
        parts=["wings"],
    )
    built = build(s, 2, 20_000, lod_levels=0)
    assert_valid(built.glb, built.triangles, 20_000, s)
    plain = build(spec("quadruped", {"neck": 1}), 2, 20_000, lod_levels=0)
    assert built.glb != plain.glb


def test_a_flaming_light_with_no_height_is_a_campfire_and_winged_beasts_have_wings() -> None:
    fire = recipe(spec("light", {"flare": 1, "height": 0, "arms": 5}), 3)
    torch = recipe(spec("light", {"flare": 1, "height": 0.5}), 3)
    assert sum(p.slot == 0 for p in fire) == 5  # the logs
    assert sum(p.slot == "stones" for p in fire) > 5  # a ring of stones
    assert sum(p.slot == "flame" for p in fire) == 1 and len(torch) == 3
    low = _extent("light", {"flare": 1, "height": 0, "arms": 5})
    assert low[1] < low[0]  # wider than tall, unlike the torch
    winged = recipe(spec("quadruped", {"wings": 1.0}), 3)
    assert sum(p.tag == "wings" for p in winged) == 2
    assert not any(p.tag == "wings" for p in recipe(spec("quadruped", {}), 3))


def test_robots_thrones_and_barrels_have_their_own_build() -> None:
    robot = recipe(spec("biped", {"frame": 1.0}), 3)
    person = recipe(spec("biped", {}), 3)
    assert sum(p.slot == "glow" for p in robot) == 3  # two eyes and the antenna's tip
    assert not any(p.slot == "glow" for p in person)
    throne = _extent("seat", {"width": 0.0, "height": 1.0})
    armchair = _extent("seat", {"width": 0.0, "height": 0.8})
    assert throne[1] / throne[0] > 1.5 * armchair[1] / armchair[0]  # a tall back
    barrel = recipe(spec("vessel", {"tiers": 4, "height": 0.8}), 3)
    assert sum(p.slot == 1 for p in barrel) == 4  # its hoops
    assert not any(p.slot == 1 for p in recipe(spec("vessel", {"handles": 0}), 3))


def test_a_hare_has_long_ears_standing_up_not_an_elephants() -> None:
    hare = _extent("quadruped", {"ears": 1.0, "trunk": 0.0, "tail": 0.0})
    deaf = _extent("quadruped", {"ears": 0.0, "trunk": 0.0, "tail": 0.0})
    elephant = _extent("quadruped", {"ears": 1.0, "trunk": 1.0, "tail": 0.0})
    assert hare[1] / hare[2] > 1.1 * deaf[1] / deaf[2]
    assert elephant[1] / elephant[2] < hare[1] / hare[2]  # an elephant's hang at the sides


FEET = 4
"""A four-legged body's second-material parts when nothing else asks for that material."""


@pytest.mark.parametrize("ears", [0.0, 0.3, 0.5, 0.7, 1.0])
def test_ears_are_of_the_body_not_pale_horns(ears: float) -> None:
    # the tiger read as a horned bull: its ears were built in the second (bone) material
    assert _slots("quadruped", {"ears": ears, "horns": 0.0}, 1) == FEET
    assert _slots("quadruped", {"ears": ears, "horns": 0.5}, 1) == FEET + 2  # the horns


def test_the_snout_follows_the_kind() -> None:
    cat = _extent("quadruped", {"trunk": 0.0, "tail": 0.0, "length": 0.5})
    fox = _extent("quadruped", {"trunk": 0.6, "tail": 0.0, "length": 0.5})
    assert fox[2] / fox[1] > 1.08 * cat[2] / cat[1]  # a long muzzle out front


def test_coat_markings_and_fur() -> None:
    nose = _slots("quadruped", {"pattern": 0.0}, "marking")
    assert nose == 1
    assert _slots("quadruped", {"pattern": 1.0}, "marking") == nose + 9  # stripes
    assert _slots("quadruped", {"pattern": 0.5}, "marking") == nose + 20  # patches
    assert _slots("quadruped", {"pattern": 0.25}, "marking") == nose + 40  # a big cat's spots
    fleece = _slots("quadruped", {"fur": 1.0, "tail": 0.0}, 0)
    assert fleece > _slots("quadruped", {"fur": 0.0, "tail": 0.0}, 0) + 40  # woolly lumps all
    # over, in its own stuff (a sheep is white wool, not a white body with cream lumps)
    assert _slots("quadruped", {"fur": 0.5, "tail": 0.5}, 1) == FEET + 1  # a brush's tip
    assert _slots("quadruped", {"fur": 0.5, "tail": 0.0}, 1) == FEET
    lion = {"fur": 0.5, "trunk": 0.1, "width": 0.6, "tail": 0.8}
    assert _slots("quadruped", lion, "marking") == nose + 13 + 1  # a mane, a tufted tail
    assert _slots("quadruped", lion, 1) == FEET  # and no fox's brush
    assert _slots("quadruped", {**lion, "trunk": 0.5}, "marking") == nose  # a long muzzle: none


def test_a_squat_tailless_quadruped_sits_as_a_frog() -> None:
    frog = _extent("quadruped", {"height": 0.15, "tail": 0.0})
    lizard = _extent("quadruped", {"height": 0.15, "tail": 0.6})
    assert frog[0] / frog[2] > 1.5 * lizard[0] / lizard[2]  # folded legs out wide, short
    assert _slots("quadruped", {"height": 0.15, "tail": 0.0}, "pupil") == 2


def test_snails_balloons_tubs_chess_pieces_and_hedgehogs_have_their_own_build() -> None:
    snail = recipe(spec("serpent", {"horns": 1.0, "shell": 1.0}), 3)
    slug = recipe(spec("serpent", {"horns": 1.0, "shell": 0.0}), 3)
    assert sum(p.tag == "eyes" for p in slug) == 2  # on stalks
    assert len(snail) == len(slug) + 1 and snail[-1].slot == 1  # the coiled shell
    assert not any(p.slot == 1 for p in recipe(spec("serpent", {}), 3))
    balloon = _extent("aircraft", {"wings": 0.0, "arms": 0})
    airship = _extent("aircraft", {"wings": 0.0, "arms": 0, "length": 1.0})
    helicopter = recipe(spec("aircraft", {"wings": 0.0, "arms": 4}), 3)
    assert balloon[1] > balloon[0] and airship[2] > 2 * airship[1]  # tall; long
    assert not any(p.slot == "flame" for p in helicopter)
    assert any(p.slot == "flame" for p in recipe(spec("aircraft", {"wings": 0.0}), 3))
    tub = _extent("container", {"legs": 4})
    assert tub[0] > 1.5 * tub[2]  # long, on its feet
    assert sum(p.slot == 1 for p in recipe(spec("container", {"legs": 4}), 3)) == 5  # and a tap
    king, pawn = _extent("stack", {"piece": 6}), _extent("stack", {"piece": 1})
    assert king[1] / king[0] > 1.5 * pawn[1] / pawn[0]  # the king is the tallest piece
    violin = recipe(spec("string_instrument", {"strings": 4, "neck": 0.4}), 3)
    guitar = recipe(spec("string_instrument", {"strings": 6, "neck": 0.7}), 3)
    assert sum(p.slot == "pupil" for p in violin) == 4  # f-holes, tailpiece, fingerboard
    assert not any(p.slot == "pupil" for p in guitar[2:])  # a sound hole, no f-holes
    lighthouse = recipe(spec("tower", {"pole": 1.0}), 3)
    assert sum(p.slot == "glow" for p in lighthouse) == 1  # one lamp room, no windows
    owl = recipe(spec("bird", {"horns": 1.0}), 3)
    assert sum(p.slot == "sclera" for p in owl) == 2  # two big forward eyes
    rowboat = recipe(spec("boat", {"masts": 0}), 3)
    assert len(rowboat) == 10 and not any(p.slot == "sclera" for p in rowboat)  # oars, no sail
    wheelchair = recipe(spec("seat", {"wheels": 2}), 3)
    assert sum(p.slot == "pupil" for p in wheelchair) > 2  # tyres and castors, unlike a sofa
    assert not any(p.slot == "pupil" for p in recipe(spec("seat", {}), 3))
    crab = _extent("insect", {"legs": 8, "claws": 1.0, "shell": 1.0, "length": 0.2})
    lobster = _extent("insect", {"legs": 8, "claws": 1.0, "shell": 1.0, "length": 1.0, "tail": 1})
    assert crab[0] > crab[2] and lobster[2] > lobster[0]  # wide; long
    spiny = recipe(spec("quadruped", {"spines": 1.0, "height": 0.0, "tail": 0.0}), 3)
    assert len(spiny) > 80  # quills, not a frog


def test_a_tortoise_shell_is_its_top_and_its_head_reaches_forward() -> None:
    from figment_mesh._geometry import build_part

    params = {"shell": 1.0, "height": 0.15, "tail": 0.1, "ears": 0.0, "neck": 0.3}
    parts = recipe(spec("quadruped", params), 3)
    tops = [float(build_part(p, 0.5).verts[:, 1].max()) for p in parts]
    shell = max(range(len(parts)), key=lambda i: parts[i].slot == 1 and parts[i].tag == "body")
    assert tops[shell] == max(tops)  # no neck or chest standing out above it


@pytest.mark.parametrize("kind", range(1, 21))
def test_every_dish_builds_in_its_own_materials_and_differs_from_a_plain_fruit(kind) -> None:
    from figment_mesh._food import DISHES
    from figment_parse.families import DISH_MATERIALS

    assert set(DISHES) == set(DISH_MATERIALS) == set(range(1, 21))
    s = spec("fruit", {"dish": kind})
    built = build(s, 3, 4000, lod_levels=1)
    assert_valid(built.glb, built.triangles, 4000, s)
    parts = recipe(s, 3)
    slots = {p.slot for p in parts if isinstance(p.slot, int)}
    assert slots == set(range(len(DISH_MATERIALS[kind])))  # each of its materials, no more
    assert sum(p.tag == "body" for p in parts) == 1
    assert len(parts) != len(recipe(spec("fruit", {}), 3))


def test_dishes_have_the_shape_of_their_kind() -> None:
    pizza, pancakes = _extent("fruit", {"dish": 1}), _extent("fruit", {"dish": 4})
    cone, hot_dog = _extent("fruit", {"dish": 9}), _extent("fruit", {"dish": 12})
    assert pizza[1] < 0.2 * pizza[0]  # flat
    assert pancakes[1] > 2 * pizza[1] / pizza[0] * pancakes[0]  # a stack
    assert cone[1] > 2 * cone[0]  # tall
    assert hot_dog[0] > 2.5 * hot_dog[2]  # long


def test_lorries_tractors_motorcycles_bulbs_searchlights_palaces_and_lemons() -> None:
    lorry = recipe(spec("wheeled", {"wheels": 6, "height": 0.7, "length": 1.0, "cab": 1.0}), 3)
    bus = recipe(spec("wheeled", {"wheels": 6, "height": 0.8, "length": 1.0}), 3)
    assert any(p.slot == 2 for p in lorry) and not any(p.slot == 2 for p in bus)  # the load
    tractor = _extent("wheeled", {"wheels": 4, "height": 0.2, "cab": 1.0})
    assert tractor[1] > 0.8 * tractor[2]  # tall for its length: big wheels under a cab roof
    moto = recipe(spec("wheeled", {"wheels": 2, "frame": 1.0, "width": 0.5}), 3)
    bike = recipe(spec("wheeled", {"wheels": 2, "frame": 1.0}), 3)
    assert any(p.slot == "glow" for p in moto) and not any(p.slot == "glow" for p in bike)
    bulb = recipe(spec("light", {"arms": 0, "height": 0.0}), 3)
    assert sum(p.slot == "glow" for p in bulb) == 1 and not any(p.slot == "flame" for p in bulb)
    beam = _extent("light", {"arms": 0, "trunk": 1.0})
    assert beam[2] > 0.8 * beam[0]  # the drum points forward
    palace = _extent("building", {"frame": 1.0})
    assert palace[0] > 1.5 * palace[1]  # a long front
    lemon = _extent("fruit", {"length": 0.55})
    assert lemon[2] > 1.5 * lemon[1]  # lying, long


def test_penguins_scissors_windmills_xylophones_and_rockers() -> None:
    penguin = recipe(spec("bird", {"wings": 0.1, "height": 0.1}), 3)
    assert sum(p.slot == "sclera" for p in penguin) == 1  # its white front
    scissors = recipe(spec("blade", {"handles": 2}), 3)
    assert sum(p.tag == "body" for p in scissors) == 1 and len(scissors) == 5  # two rings
    mill = recipe(spec("tower", {"arms": 4}), 3)
    turbine = recipe(spec("tower", {"arms": 3}), 3)
    assert sum(p.slot == 2 for p in mill) == 4 and not any(p.slot == 2 for p in turbine)
    xylophone = _extent("drum", {"keys": 1.0})
    assert xylophone[0] > 1.5 * xylophone[1]  # a long row of bars, not a drum
    rocking = recipe(spec("seat", {"rock": 1.0}), 3)
    assert len(rocking) > len(recipe(spec("seat", {}), 3))
    horse = {"height": 0.8, "neck": 0.6, "tail": 0.6}
    plain = recipe(spec("quadruped", horse), 3)
    assert (
        len(recipe(spec("quadruped", {**horse, "rock": 1.0}), 3)) == len(plain) + 6
    )  # rockers, posts


def test_a_rabbit_crouches_and_a_horse_has_a_long_head() -> None:
    """A rabbit crouches (round and compact, its ears the top), not a dog with long ears; a
    horse's head is long and drops to its nose, not a fox's pointed snout."""
    rabbit = _extent("quadruped", {"height": 0.3, "ears": 1.0, "tail": 0.1})
    dog = _extent("quadruped", {"height": 0.3, "ears": 0.6, "tail": 0.6})
    assert rabbit[0] / rabbit[2] > 1.5 * dog[0] / dog[2]  # round and compact, not long
    horse = {"height": 0.8, "neck": 0.6, "tail": 0.6, "trunk": 0.55}
    nostrils = [p for p in recipe(spec("quadruped", horse), 3) if p.slot == "marking"]
    assert len(nostrils) >= 3  # the mane and two nostrils


def test_saucers_rainbows_tornadoes_anchors_gramophones_telescopes_and_unicorns() -> None:
    saucer = _extent("rocket", {"rings": 1.0})
    assert saucer[0] > 2 * saucer[1]  # a wide disc on legs, not a standing rocket
    rainbow = recipe(spec("arch", {"rings": 1.0}), 3)
    assert {p.slot for p in rainbow if isinstance(p.slot, str)} == {
        f"rainbow-{c}" for c in ("red", "orange", "yellow", "green", "blue", "violet")
    }
    tornado = _extent("celestial", {"flare": 1.0})
    assert tornado[1] > 1.1 * tornado[0]  # a funnel standing on its tip
    anchor = recipe(spec("device", {"claws": 1.0}), 3)
    gramophone = recipe(spec("device", {"flare": 1.0}), 3)
    telescope = recipe(spec("device", {"trunk": 1.0, "length": 1.0}), 3)
    assert not any(p.slot == "glow" for p in anchor + gramophone + telescope)  # no screens
    assert sum(p.slot == "pupil" for p in gramophone) == 1  # the record
    horse = {"height": 0.8, "neck": 0.6, "tail": 0.6}
    unicorn = recipe(spec("quadruped", {**horse, "horns": 0.3}), 3)
    giraffe = recipe(spec("quadruped", {"height": 0.9, "neck": 1.0, "horns": 0.2}), 3)
    assert (
        sum(p.slot == 1 for p in unicorn)
        - sum(p.slot == 1 for p in recipe(spec("quadruped", horse), 3))
        == 5
    )
    assert len(giraffe) == len(
        recipe(spec("quadruped", {"height": 0.9, "neck": 1.0, "horns": 0.3}), 3)
    )


def test_staffs_wands_saxophones_and_striped_melons() -> None:
    staff = recipe(spec("tool", {"pole": 1.0, "length": 0.8}), 3)
    wand = recipe(spec("tool", {"pole": 1.0, "length": 0.1}), 3)
    assert sum(p.slot == "glow" for p in staff) == sum(p.slot == "glow" for p in wand) == 1
    sax = _extent("wind_instrument", {"neck": 1.0})
    clarinet = _extent("wind_instrument", {})
    assert sax[1] > sax[2] and clarinet[2] > clarinet[1]  # standing, its bell turned up
    melon = recipe(spec("fruit", {"length": 0.5, "pattern": 0.3}), 3)
    assert sum(p.slot == "chalkboard" for p in melon) == 12  # its dark green stripes


def test_crescents_top_hats_and_sunflowers() -> None:
    crescent = _extent("celestial", {"horns": 1.0})
    assert crescent[2] < 0.5 * crescent[0]  # a thin curve, not a ball
    top_hat, hat = _extent("hat", {"height": 1.0, "width": 0.3}), _extent("hat", {})
    assert top_hat[1] / top_hat[0] > 1.5 * hat[1] / hat[0]
    sunflower = recipe(spec("flower", {"petals": 22, "width": 1.0}), 3)
    assert sum(p.slot == "marking" for p in sunflower) == 1  # its dark seed head
    sun = [build_part(p, 0.5) for p in recipe(spec("celestial", {"spines": 1.0}), 3)]
    rays = sun[1:]
    assert len(rays) == 16  # straight pointed rays round its ball, long and short by turns
    reach = sorted(float(np.linalg.norm(r.verts - (0, 0.5, 0), axis=1).max()) for r in rays)
    assert reach[-1] > 1.15 * reach[0]
    shirt, coat = recipe(spec("garment", {}), 3), recipe(spec("garment", {"length": 0.8}), 3)
    body = next(build_part(p, 0.5) for p in shirt if p.tag == "body")
    assert np.ptp(body.verts[:, 2]) > 0.08  # a torso with depth, not a flat cut-out
    assert (
        len(coat) > len(shirt) - 6
        and _extent("garment", {"length": 0.8})[1] > _extent("garment", {})[1]
    )  # a coat hangs longer than a shirt


def test_a_waistcoat_has_no_sleeves_a_hoodie_a_hood_a_turnip_a_root_a_boater_a_flat_crown() -> None:
    waistcoat = _extent("garment", {"arms": 0, "length": 0.45})
    assert waistcoat[0] < 0.8 * _extent("garment", {"length": 0.45})[0]  # no sleeves at its sides
    hoodie, sweater = (
        recipe(spec("garment", {"fur": 1.0, **more}), 3) for more in ({"shell": 1.0}, {})
    )
    assert _slots("garment", {"fur": 1.0, "shell": 1.0}, "cloth-dark") == 1  # inside its hood
    assert not any(p.slot == "cloth-dark" for p in sweater) and len(hoodie) > len(sweater)
    root, apple = _extent("fruit", {"tail": 1.0}), _extent("fruit", {})
    assert root[1] > 1.5 * apple[1]  # a taproot below, leaves above
    assert _slots("fruit", {"tail": 1.0}, "vine") >= 10
    from figment_parse import SpecParse

    boater = SpecParse().parse("a boater", 0, False).spec
    assert boater.family == "hat" and boater.params["height"] < 0.3
    flat, hat = _extent("hat", boater.params), _extent("hat", {})
    assert flat[1] / flat[0] < 0.9 * hat[1] / hat[0]  # a low flat crown, not any straw hat


def test_goblets_steamers_and_loaves() -> None:
    goblet, vase = _extent("vessel", {"pole": 1.0}), _extent("vessel", {})
    assert goblet[1] > goblet[0] and len(recipe(spec("vessel", {"pole": 1.0}), 3)) == 4
    steamer = recipe(spec("boat", {"masts": 0, "tiers": 3}), 3)
    assert sum(p.slot == "pupil" for p in steamer) == 1 and not any(
        p.slot == "sclera" for p in steamer
    )
    loaf = recipe(spec("fruit", {"length": 1.0, "height": 0.4}), 3)
    carrot = recipe(spec("fruit", {"length": 1.0, "taper": 1.0}), 3)
    assert not any(p.slot == 1 for p in loaf) and any(p.slot == 1 for p in carrot)  # no leaves
    assert vase[1] > 0  # the plain vessel still builds


def test_a_long_beak_is_a_thin_one() -> None:
    from figment_mesh._geometry import build_part

    def beak(trunk: float) -> np.ndarray:
        parts = recipe(spec("bird", {"trunk": trunk}), 3)
        tip = max(
            (p for p in parts if p.slot == 1), key=lambda p: build_part(p, 0.5).verts[:, 2].max()
        )
        return build_part(tip, 0.5).verts.max(0)

    assert beak(1.0)[2] > beak(0.0)[2] + 0.2  # reaches further forward


def test_a_figure_with_no_height_is_its_skull() -> None:
    skull = recipe(spec("biped", {"height": 0.0}), 3)
    assert (
        sum(p.slot == "tooth" for p in skull) == 8 and sum(p.slot == "marking" for p in skull) == 3
    )
    assert not any(p.slot == "tooth" for p in recipe(spec("biped", {}), 3))


def test_a_patterned_sphere_is_a_ball_with_seams() -> None:
    ball = recipe(spec("celestial", {"pattern": 1.0}), 3)
    assert sum(p.slot == 1 for p in ball) == 4 and len(ball) == 5


def test_a_long_piano_is_a_grand() -> None:
    grand, upright = (
        _extent("furniture", {"keys": 1.0, "length": 1.0}),
        _extent("furniture", {"keys": 1.0}),
    )
    assert grand[2] > 1.3 * grand[0] and upright[0] > 1.3 * upright[2]  # deep; wide


def test_a_furry_figure_is_a_teddy_bear_sitting() -> None:
    teddy = _extent("biped", {"fur": 1.0})
    man = _extent("biped", {})
    assert teddy[1] < 1.6 * teddy[0] and man[1] > 2 * man[0]  # squat and sitting; tall


def test_a_pig_has_a_flat_snout_and_a_bear_a_nose() -> None:
    pig = {"height": 0.25, "trunk": 0.3, "tail": 0.2, "ears": 0.4, "width": 0.9}
    bear = {"height": 0.4, "tail": 0.05, "ears": 0.3, "trunk": 0.3, "width": 0.95}
    assert _slots("quadruped", pig, "marking") == 2  # two nostrils
    assert _slots("quadruped", bear, "marking") == 1  # one dark nose


def test_a_pair_of_shoes_is_two() -> None:
    one, two = recipe(spec("footwear", {}), 3), recipe(spec("footwear", {"pair": 1.0}), 3)
    assert len(two) == 2 * len(one) and sum(p.tag == "body" for p in two) == 1
    # a shoe lies along x (its side to the viewer): the other stands beside it, along z
    assert _extent("footwear", {"pair": 1.0})[2] > 1.5 * _extent("footwear", {})[2]


def test_a_sloop_has_one_mast_a_mainsail_and_a_jib() -> None:
    sloop = recipe(spec("boat", {"masts": 1}), 3)
    assert sum(p.slot == "sclera" for p in sloop) == 2  # two triangles, not stacked squares
    ship = recipe(spec("boat", {"masts": 3}), 3)
    assert sum(p.slot == 1 for p in ship) == 10  # seven square sails, two jibs, a spanker
    assert sum(p.slot == "steel" for p in ship) >= 14  # a row of gun muzzles on each side
    pirate = recipe(spec("boat", {"masts": 2, "tiers": 2}), 3)
    assert sum(p.slot == "steel" for p in pirate) > sum(p.slot == "steel" for p in ship)


def test_a_tumbler_is_a_glass_with_no_handle() -> None:
    from figment_parse import SpecParse

    made = SpecParse().parse("a tumbler", 0, False).spec  # a teacup on its saucer, once
    assert made.family == "vessel" and [m.made_of for m in made.materials] == ["glass"]
    assert len(recipe(made, 3)) == 1  # one turned glass: no handle, no saucer
    x, y, _ = _extent("vessel", made.params)
    assert y > 1.3 * x  # taller than wide


def test_a_shoe_is_seen_from_the_side_and_laced() -> None:
    x, y, z = _extent("footwear", {})
    assert x > 2.5 * z and x > 2.5 * y  # long along x, low and narrow
    assert _slots("footwear", {}, "tooth") == 4  # its laces
    assert _slots("footwear", {"height": 1.0}, "tooth") == 0  # a boot has none


def test_a_tall_covered_vehicle_is_a_coach_on_spoked_wheels() -> None:
    coach = recipe(spec("wheeled", {"wheels": 4, "height": 0.7, "roof": 1.0}), 3)
    wagon = recipe(spec("wheeled", {"wheels": 4, "height": 0.3, "roof": 1.0}), 3)
    assert len(coach) > 2 * len(wagon) and sum(p.slot == "glow" for p in coach) == 4


def test_a_wide_cabinet_is_a_long_low_sideboard() -> None:
    w, h, _ = _extent("cabinet", {"width": 1.0, "height": 0.15})
    assert w > 2 * h  # a buffet, not a tall wardrobe
    tall_w, tall_h, _ = _extent("cabinet", {})
    assert tall_h > tall_w


def test_a_skyscraper_is_banded_in_glass_floor_by_floor_with_windows_lit() -> None:
    sky = {"tiers": 6, "taper": 0.1, "width": 0.0}
    assert _slots("tower", sky, "window") >= 20  # a band of dark glass on every floor
    assert _slots("tower", sky, "glow") >= 2  # its lobby, and some windows lit
    assert _slots("tower", {"taper": 1.0, "width": 0.0}, "glow") == 0  # an obelisk has none
    w, h, _ = _extent("tower", sky)
    assert h < 6 * w  # a broad block, not a stack of lanterns


def test_a_pointed_hat_and_a_frying_pan() -> None:
    wizard, hat = _extent("hat", {"taper": 1.0}), _extent("hat", {})
    assert wizard[1] > 1.2 * hat[1]  # a tall cone
    pan = _extent("vessel", {"height": 0.05, "width": 1.0, "handles": 1})
    assert pan[1] < 0.2 * pan[2]  # flat, long with its handle


def test_a_device_with_slots_is_a_toaster() -> None:
    toaster = recipe(spec("device", {"tiers": 2, "screen": 0.0}), 3)
    assert sum(p.slot == 1 for p in toaster) == 2 and not any(p.slot == "glow" for p in toaster)


def test_a_full_winged_insect_is_a_butterfly_with_eyespots() -> None:
    butterfly = recipe(spec("insect", {"legs": 6, "wings": 1.0}), 3)
    assert sum(p.tag == "wings" for p in butterfly) == 4  # two broad wings a side
    assert sum(p.slot == "marking" for p in butterfly) == 12  # 3 spots a side, on both faces
    plain = recipe(spec("insect", {"legs": 6, "wings": 1.0, "pattern": 0.0}), 3)
    assert not any(p.slot == "marking" for p in plain)
    fly = recipe(spec("insect", {"legs": 6, "wings": 0.5}), 3)  # two clear wings
    assert [p.slot for p in fly if p.tag == "wings"] == ["membrane", "membrane"]
    wide, ant = _extent("insect", {"wings": 1.0}), _extent("insect", {"wings": 0.0})
    assert wide[0] / wide[2] > 1.3 * ant[0] / ant[2]  # wings wider than the body is long


def test_a_long_slim_fish_is_a_shark_with_gill_slits() -> None:
    shark = recipe(spec("fish", {"length": 1.0, "tail": 0.8}), 3)
    assert sum(p.slot == "marking" for p in shark) == 10  # five slits a side
    trout = recipe(spec("fish", {"length": 0.8}), 3)
    assert not any(p.slot == "marking" for p in trout)


def test_a_horse_neck_leans_forward_and_a_cows_horns_reach_sideways() -> None:
    horse = {"height": 0.8, "neck": 0.6, "tail": 0.6, "trunk": 0.55, "length": 0.85}
    giraffe = {"height": 0.9, "neck": 1.0, "trunk": 0.45}
    h, g = _extent("quadruped", horse), _extent("quadruped", giraffe)
    assert h[1] < h[2] and g[1] > 1.2 * g[2]  # longer than tall; taller than long
    cow = {"horns": 0.25, "height": 0.55, "neck": 0.2, "width": 0.9, "tail": 0.0, "ears": 0.0}

    def rise(params: dict[str, float]) -> float:  # the height the horns add, over the length
        w, wo = _extent("quadruped", params), _extent("quadruped", {**params, "horns": 0.0})
        return w[1] / w[2] - wo[1] / wo[2]

    assert rise(cow) < 0.6 * rise({**cow, "width": 0.6})  # a goat's stand up


def test_ducks_swim_banjos_are_round_brushes_have_bristles_and_saddles_stirrups() -> None:
    duck = recipe(spec("bird", {"height": 0.05, "width": 1.0}), 3)
    heron = recipe(spec("bird", {"height": 0.9}), 3)
    assert len(heron) - len(duck) == 2 + 6  # no legs, no toes on the water
    banjo = recipe(spec("string_instrument", {"strings": 5, "width": 1.0}), 3)
    assert sum(p.slot == "sclera" for p in banjo) == 5 + 1  # strings and the drumhead
    brush = recipe(spec("tool", {"head": 1.0, "fur": 1.0}), 3)
    rake = recipe(spec("tool", {"head": 1.0}), 3)
    assert len(brush) == 2 + 24 and len(rake) < len(brush)  # handle, head, 24 tufts
    broom = _extent("tool", {"head": 1.0, "fur": 1.0, "length": 1.0})
    assert broom[0] > 0.2 * broom[1]  # a flared bundle of straw at the foot
    saddle = recipe(spec("seat", {"horns": 1.0}), 3)
    assert sum(p.slot == 1 for p in saddle) == 4  # two stirrups, two treads


def test_a_horned_fruit_is_a_curved_banana_and_a_beetle_stands_low() -> None:
    banana = _extent("fruit", {"horns": 1.0})
    carrot = _extent("fruit", {"length": 1.0, "taper": 1.0})
    assert banana[1] / banana[2] > 1.5 * carrot[1] / carrot[2]  # it curves up at both ends
    assert sum(p.slot == "marking" for p in recipe(spec("fruit", {"horns": 1.0}), 3)) == 2
    beetle = _extent("insect", {"legs": 6, "shell": 1.0})
    ant = _extent("insect", {"legs": 6})
    assert beetle[0] / beetle[2] < 0.9 * ant[0] / ant[2]  # legs tucked in, not splayed


def test_a_dragon_has_membrane_wings_a_spiked_ridge_and_a_heavy_tail() -> None:
    dragon = {"height": 0.3, "tail": 1.0, "length": 0.8, "neck": 0.5, "horns": 0.4, "wings": 1.0}
    parts = recipe(spec("quadruped", dragon), 3)
    assert sum(p.tag == "wings" for p in parts) == 2
    cat = recipe(spec("quadruped", {**dragon, "tail": 0.9, "wings": 0.0}), 3)
    spikes = sum(p.slot == 1 for p in parts) - sum(p.slot == 1 for p in cat) - 2  # less wings
    assert spikes == 9


def test_a_wide_brass_instrument_is_a_tuba_standing_bell_up() -> None:
    tuba, horn = (
        _extent("wind_instrument", {"flare": 1.0, "width": 1.0}),
        _extent("wind_instrument", {"flare": 1.0}),
    )
    assert tuba[1] > 1.5 * tuba[2] and horn[2] > 1.5 * horn[1]  # upright, not lying along z


def test_a_fire_engine_carries_a_ladder_and_an_electric_guitar_has_pickups() -> None:
    engine = recipe(spec("wheeled", {"wheels": 6, "height": 0.7, "cab": 1.0, "frame": 1.0}), 3)
    lorry = recipe(spec("wheeled", {"wheels": 6, "height": 0.7, "cab": 1.0}), 3)
    assert len(engine) - len(lorry) > 10  # two rails, rungs, a light bar
    electric = recipe(spec("string_instrument", {"strings": 6, "horns": 1.0}), 3)
    acoustic = recipe(spec("string_instrument", {"strings": 6}), 3)
    assert sum(p.slot == "pupil" for p in electric) == 2  # pickups, no sound hole
    assert sum(p.slot == "pupil" for p in acoustic) == 1


def test_a_tall_clock_is_a_grandfather_clock() -> None:
    base = {
        "name": "a clock",
        "archetype": "clock",
        "size": {"x": 1.0, "y": 2.0, "z": 1.0},
        "materials": [{"made_of": "wood", "base_color": {"r": 0.5, "g": 0.3, "b": 0.2}}],
    }
    tall = load(build(ObjectSpec.model_validate({**base, "params": {"height": 1.0}}), 3, 8000,
                      lod_levels=0).glb).extents  # fmt: skip
    alarm = load(build(ObjectSpec.model_validate(base), 3, 8000, lod_levels=0).glb).extents
    assert tall[1] > 3 * tall[0] and alarm[1] < 1.5 * alarm[0]


def test_a_pineapple_is_covered_in_diamond_scales_of_its_own_skin() -> None:
    parts = recipe(spec("fruit", {"pattern": 1.0}), 3)
    assert sum(p.slot == 0 for p in parts) == 1 + 80  # the body and its scales
    assert sum(p.slot == "marking" for p in parts) == 80  # an eye on each


def test_a_long_low_device_is_a_rifle_with_a_stock_and_scope() -> None:
    gun = recipe(spec("device", {"length": 1.0, "height": 0.2}), 3)
    assert sum(p.slot == 1 for p in gun) == 3  # fore-end, grip and stock in the second material
    rifle = _extent("device", {"length": 1.0, "height": 0.2})
    assert rifle[2] > 2.5 * rifle[1]  # long and low


def test_a_strung_arch_is_an_archers_bow_with_an_arrow() -> None:
    bow = recipe(spec("arch", {"strings": 1}), 3)
    assert sum(p.slot == "sclera" for p in bow) == 1 + 3  # the string and three fletchings
    upright = _extent("arch", {"strings": 1})
    assert upright[1] > 2 * upright[0]  # standing on a tip, taller than it is wide


def test_a_horned_device_is_an_anvil_on_its_stump() -> None:
    anvil = recipe(spec("device", {"horns": 1.0}), 3)
    assert [p.slot for p in anvil].count(1) == 1  # the stump
    assert len(anvil) == 5  # stump, foot, waist, face, horn


def test_a_whiskered_quadruped_is_a_rodent_low_with_a_long_thin_tail() -> None:
    rat = {"height": 0.15, "tail": 0.8, "ears": 0.35, "trunk": 0.2, "whiskers": 1.0}
    parts = recipe(spec("quadruped", rat), 3)
    assert sum(p.slot == "marking" for p in parts) == 7  # a nose and six whiskers
    low = load(build(spec("quadruped", rat), 3, 8000).glb)
    plain = load(build(spec("quadruped", {**rat, "whiskers": 0.0}), 3, 8000).glb)
    aspect = [np.ptp(m.vertices[:, 1]) / np.ptp(m.vertices[:, 2]) for m in (low, plain)]
    assert aspect[0] < 0.4 < aspect[1], aspect  # long and low, not a bear on legs
    squirrel = load(build(spec("quadruped", {**rat, "fur": 0.7}), 3, 8000).glb)
    up = np.ptp(squirrel.vertices[:, 1]) / np.ptp(squirrel.vertices[:, 2])
    assert up > 2 * aspect[0], (up, aspect)  # a furry one holds a plume up over its back


def test_a_lantern_that_is_all_frame_is_a_birdcage_of_bars() -> None:
    from figment_parse import SpecParse

    cage = SpecParse().parse("a cage", 0, False).spec
    assert cage.archetype == "lantern" and cage.params.get("frame", 0) >= 0.5
    bars = [p for p in recipe(cage, 3) if p.slot == 0]
    lantern = recipe(cage.model_copy(update={"params": {}}), 3)
    assert len(bars) >= 18 and not any(p.slot == "flame" for p in recipe(cage, 3))
    assert len(lantern) < len(bars)


def test_a_low_narrow_brimmed_hat_is_a_cap_with_a_visor_and_no_brim_is_a_helmet() -> None:
    def crown_offset(params: dict[str, float]) -> float:
        """How far behind the middle the top of the crown is, as a share of the length."""
        v = load(build(spec("hat", params), 3, 8000, lod_levels=0).glb).vertices
        return float(-v[np.argmax(v[:, 1]), 2] / np.ptp(v[:, 2]))

    assert crown_offset({"height": 0.3, "width": 0.2}) > 0.1  # a cap's visor juts forward
    assert abs(crown_offset({"height": 0.6, "width": 0.7})) < 0.02  # a brim goes all round
    parts = recipe(spec("hat", {"height": 0.5, "width": 0.1}), 3)
    assert len(parts) == 3 and parts[0].tag == "body"  # a helmet: shell, rim, ridge


def test_a_container_with_no_height_is_a_tray_and_a_long_searchlight_a_flashlight() -> None:
    tray = load(build(spec("container", {"height": 0.0, "handles": 2}), 3, 8000).glb).extents
    box_ = load(build(spec("container", {}), 3, 8000).glb).extents
    assert tray[1] < 0.15 * tray[0] and box_[1] > 0.4 * box_[0]
    torch = {"arms": 0, "trunk": 1.0, "length": 1.0}
    lying = load(build(spec("light", torch), 3, 8000).glb).extents
    standing = load(build(spec("light", {**torch, "length": 0.0}), 3, 8000).glb).extents
    assert lying[2] > 2.5 * lying[1] and standing[1] > standing[2]


def test_a_ghost_is_a_sheet_and_anything_ghostly_is_pale_smoke() -> None:
    from figment_parse import SpecParse

    parse = SpecParse()
    ghost = parse.parse("a ghost", 0, False).spec
    assert ghost.family == "biped" and ghost.params.get("flare", 0) > 0.5
    parts = recipe(ghost, 3)
    assert sum(p.slot == "pupil" for p in parts) == 3 and not any(p.slot == "sclera" for p in parts)
    for text in ("a ghostly ship", "a spectral wolf", "a ghost ship", "a ghostly white horse"):
        spec = parse.parse(text, 0, False).spec
        assert [m.made_of for m in spec.materials] == ["smoke"], text
    ship = parse.parse("a ghost ship", 0, False).spec
    assert kind_of(ship.family, ship.params) == "boat"  # the ghost says how it looks, not what


def test_soft_flat_things_are_rugs_and_cushions_in_fabric() -> None:
    from figment_parse import SpecParse

    parse = SpecParse()
    assert kind_of(*(lambda s: (s.family, s.params))(parse.parse("a blanket", 0, False).spec)) == (
        "sheet"
    )  # its own build: folded, a corner draped
    for noun in ("rug", "cushion", "pillow"):
        soft = parse.parse(f"a {noun}", 0, False).spec
        assert soft.family == "sheet" and soft.materials[0].made_of == "fabric", noun
    rug = load(build(spec("sheet", {"fur": 0.5}), 3, 8000).glb).extents
    cushion = load(build(spec("sheet", {"fur": 1.0}), 3, 8000).glb).extents
    assert rug[1] < 0.1 * min(rug[0], rug[2])  # lying on the floor
    assert 0.2 * cushion[0] < cushion[1] < 0.6 * cushion[0]  # puffed up


def test_skateboards_sleds_shields_and_beehives_have_their_own_build() -> None:
    from figment_parse import SpecParse

    parse = SpecParse()
    kinds = {noun: parse.parse(f"a {noun}", 0, False).spec for noun in
             ("skateboard", "sled", "shield", "beehive")}  # fmt: skip
    board = load(build(kinds["skateboard"], 3, 8000).glb).extents
    assert board[1] < 0.25 * board[2]  # a flat deck, not a car
    shield = load(build(kinds["shield"], 3, 8000).glb).extents
    assert shield[2] < 0.25 * shield[0] < shield[1]  # standing, thin
    assert [m.made_of for m in kinds["shield"].materials] == ["wood", "iron"]
    hive = recipe(kinds["beehive"], 3)
    assert sum(p.slot == 0 for p in hive) >= 9 and kinds["beehive"].family == "container"
    sled = recipe(kinds["sled"], 3)
    assert len(sled) > 10 and not any(p.tag == "wheels" for p in sled)


@pytest.mark.parametrize(
    ("noun", "kind"),
    [("refrigerator", 1), ("washing machine", 2), ("oven", 3), ("vending machine", 4)],
)
def test_appliances_are_built_as_themselves_not_as_a_radio(noun: str, kind: int) -> None:
    from figment_parse import SpecParse

    made = SpecParse().parse(f"a {noun}", 0, False).spec
    assert made.family == "device" and made.params.get("appliance") == kind
    radio = recipe(spec("device", {}), 3)
    parts = recipe(made, 3)
    assert len(parts) != len(radio) and parts[0].tag == "body"
    tall = load(build(made, 3, 8000).glb).extents
    assert (tall[1] > 2 * tall[0]) == (kind in (1, 4))  # a fridge and a vending machine stand tall


def test_wells_dinosaurs_drones_and_school_buses() -> None:
    from figment_parse import SpecParse

    parse = SpecParse()
    well = parse.parse("a wishing well", 0, False).spec
    assert well.family == "vessel" and [m.made_of for m in well.materials] == ["stone", "wood"]
    dino = parse.parse("a dinosaur", 0, False).spec
    assert dino.family == "quadruped" and dino.materials[0].made_of == "scales"
    assert parse.parse("a combat drone", 0, False).spec.family == "aircraft"  # not the bee
    bus = parse.parse("an upside-down school bus", 0, False).spec
    assert [m.kind for m in bus.modifiers] == ["upside_down"]  # a school bus is not a swarm
    piano = parse.parse("a grand piano melting into a puddle", 0, False).spec
    assert [m.kind for m in piano.modifiers] == ["melting"]  # it melts; it is not water


CHARACTERS = [
    ("a wizard", 1), ("a witch", 2), ("a skeleton", 3), ("a zombie", 4), ("a mummy", 5),
    ("a vampire", 6), ("a knight", 7), ("a queen", 8), ("a werewolf", 9), ("a minotaur", 10),
    ("a centaur", 11), ("a mermaid", 12), ("an ogre", 13), ("a goblin", 14), ("a golem", 15),
    ("a lich", 16), ("an angel", 17), ("a demon", 18), ("a fairy", 19), ("a pirate", 20),
    ("a ninja", 21), ("a chef", 22), ("a cowboy", 23), ("a dwarf", 25), ("an elf", 26),
    ("an archer", 27), ("a monster", 28), ("a slime", 29), ("an astronaut", 30),
    ("a goblin archer", 14), ("a skeleton warrior", 3), ("a zombie pirate", 4),  # what it is first
    ("a jester", 35), ("a clown", 36), ("a scientist", 37), ("a frankenstein monster", 38),
    ("a nurse", 39), ("a viking", 40), ("a police officer", 41), ("an explorer", 42),
    ("a detective", 43), ("a gangster", 44), ("a sailor", 45), ("a mariachi", 46), ("a bride", 47),
]  # fmt: skip


@pytest.mark.parametrize(("wish", "figure"), CHARACTERS)
def test_characters_are_dressed_as_themselves_not_as_a_plain_figure(wish, figure) -> None:
    from figment_parse import SpecParse
    from figment_parse.families import FIGURE_MATERIALS

    made = SpecParse().parse(wish, 0, False).spec
    assert made.family == "biped" and made.params.get("figure") == figure
    assert [m.made_of for m in made.materials] == list(FIGURE_MATERIALS[figure])
    plain = made.model_copy(update={"params": {}})
    assert {p.gen.__qualname__ for p in recipe(made, 3)} != {
        p.gen.__qualname__ for p in recipe(plain, 3)
    } or len(recipe(made, 3)) != len(recipe(plain, 3))
    built = build(made, seed=2, max_triangles=20_000, lod_levels=0)
    assert_valid(built.glb, built.triangles, 20_000, made)


def test_a_character_made_of_something_is_all_of_it() -> None:
    from figment_parse import SpecParse

    made = SpecParse().parse("a skeleton made of glass", 0, False).spec
    assert made.params.get("figure") == 3 and [m.made_of for m in made.materials] == ["glass"]
    wizard = SpecParse().parse("a wizard carved from ice", 0, False).spec
    assert wizard.params.get("figure") == 1 and wizard.materials[0].made_of == "ice"


@pytest.mark.parametrize(
    ("wish", "family", "param", "value"),
    [
        ("a combat drone", "aircraft", "frame", 1.0),
        ("a fire hydrant", "device", "appliance", 5),
        ("a telephone booth", "device", "appliance", 6),
        ("a scarecrow", "biped", "pole", 1.0),
        ("a cuckoo clock", "", "roof", 1.0),
        ("a safe", "device", "appliance", 7),
        ("a bird's nest", "vessel", "fur", 1.0),
        ("a t-rex", "quadruped", "legs", 2),
        ("a pterodactyl", "quadruped", "wings", 1.0),
        ("a jack-o-lantern", "fruit", "screen", 1.0),
        ("a tombstone", "device", "appliance", 682),
        ("a coffin", "container", "length", 1.0),
        ("a cannon", "device", "wheels", 2),
        ("a flintlock pistol", "device", "appliance", 411),
        ("a rusty wrench", "tool", "claws", 1.0),
        ("a mailbox", "container", "pole", 1.0),
        ("a garden gnome", "biped", "taper", 1.0),
        ("a column", "tower", "tiers", 1),
        ("a knight's helmet", "hat", "shell", 1.0),
        ("a strawberry", "fruit", "taper", 0.8),
        ("a lollipop", "fruit", "dish", 16),
        ("a pufferfish", "fish", "spines", 1.0),
        ("an anglerfish", "fish", "pole", 1.0),
        ("a spinning top", "device", "appliance", 10),
        ("a ship's wheel", "device", "appliance", 8),
        ("a satellite dish", "device", "appliance", 9),
        ("a wooden rolling pin", "device", "appliance", 442),
        ("a red barn", "building", "roof", 1.0),
        ("a gas mask", "", "trunk", 1.0),
        ("a marble bust", "biped", "figure", 24),
        ("a grenade", "device", "appliance", 11),
        ("a chainsaw", "device", "appliance", 12),
        ("an oxygen tank", "device", "appliance", 13),
        ("a christmas tree", "tree", "pattern", 1.0),
        ("a pine christmas tree made of felt", "tree", "pattern", 1.0),
        ("an iron cauldron", "vessel", "legs", 3),
        ("a beer mug", "vessel", "handles", 1),
        ("a medkit", "container", "pattern", 1.0),
        ("a space helmet", "hat", "screen", 1.0),
        ("a healing potion", "", "flare", 1.0),
        ("a lightning bolt", "sheet", "flare", 1.0),
        ("Zeus's thunderbolt", "sheet", "flare", 1.0),
        ("a celtic cross", "sheet", "arms", 1),
        ("an ankh", "sheet", "arms", 1),
        ("an egyptian pyramid", "building", "taper", 1.0),
        ("a spear", "blade", "pole", 1.0),
        ("a trophy cup", "device", "appliance", 403),
        ("a tennis racket", "tool", "strings", 8),
        ("a red balloon", "celestial", "strings", 1),
        ("a gift box", "container", "flare", 1.0),
        ("a gumball machine", "device", "appliance", 14),
        ("a medusa", "biped", "figure", 32),
        ("a pumpkin", "fruit", "width", 1.0),
        ("an iron gear wheel", "jewelry", "spines", 1.0),
        ("a brass pocket watch", "", "handles", 1),
        ("a sundial", "device", "appliance", 695),
        ("a life buoy", "device", "appliance", 491),
        ("a surfboard", "sheet", "length", 1.0),
        ("a seahorse", "fish", "neck", 1.0),
        ("an espresso machine", "device", "appliance", 15),
        ("a fruit market stall", "furniture", "roof", 1.0),
        ("a steak", "fruit", "dish", 17),
        ("a tree stump", "device", "appliance", 1549),
        ("a lily pad", "device", "appliance", 1550),
        ("a hedgehog", "device", "appliance", 1551),
        ("a chef's knife", "blade", "width", 0.6),
        ("a brass diving helmet", "hat", "rings", 1.0),
        ("a victorian street lamp", "light", "height", 1.0),
        ("a steam locomotive", "wheeled", "flare", 1.0),
        ("a steel robotic arm", "device", "appliance", 16),
        ("a pair of glasses", "jewelry", "pair", 1.0),
        ("a rhino", "quadruped", "horns", 0.8),
        ("a kangaroo", "quadruped", "legs", 2),
        ("a gorilla", "biped", "figure", 33),
        ("a seal", "fish", "whiskers", 1.0),
        ("a wooden wagon wheel", "device", "appliance", 17),
        ("a pickaxe made of steel", "tool", "horns", 1.0),
        ("a dynamite stick", "device", "appliance", 18),
        ("a traffic light", "device", "appliance", 19),
        ("a smartphone made of gold", "device", "appliance", 20),
        ("a trash can", "device", "appliance", 21),
        ("a fountain made of granite", "vessel", "rings", 1.0),
        ("a potted plant", "shrub", "handles", 1),
        ("a cardboard pizza box", "container", "height", 0.2),
        ("a cowboy hat", "hat", "flare", 1.0),
        ("a camel", "device", "appliance", 790),
        ("a playground slide", "device", "appliance", 22),
        ("a flaming arrow", "blade", "wings", 1.0),
        ("a wooden spoon", "tool", "flare", 1.0),
        ("the sun", "celestial", "spines", 1.0),
        ("a velvet cloak", "device", "appliance", 1492),
        ("a wooden bucket", "vessel", "frame", 1.0),
        ("a pear made of porcelain", "fruit", "neck", 1.0),
        ("a red sports car", "wheeled", "height", 0.1),
        ("a golden trident", "blade", "spines", 1.0),  # three barbed prongs up, not a fork
        ("a typewriter", "device", "appliance", 26),  # keys, roller and paper, not a radio
        ("a brass microscope", "device", "appliance", 27),
        ("a blender", "device", "appliance", 28),  # a clear jug on a motor, not a hammer
        ("a magnifying glass", "device", "appliance", 29),
        ("a yellow pencil", "device", "appliance", 30),  # a hammer, once
        ("a wooden ruler", "device", "appliance", 31),  # a king, once
        ("a traffic cone", "device", "appliance", 32),  # a lump, once
        ("a chalkboard", "device", "appliance", 33),
        ("a calculator", "device", "appliance", 34),  # a radio, once
        ("a stapler", "device", "appliance", 35),
        ("a dog bone", "device", "appliance", 36),
        ("a paper clip", "device", "appliance", 37),  # a ring, once
        ("a hay bale", "device", "appliance", 38),
        ("a weathervane", "device", "appliance", 39),
        ("a trebuchet", "device", "appliance", 40),  # a radio, once
        ("a laptop", "device", "appliance", 41),  # a monitor and a keyboard, once
        ("a keyboard", "device", "appliance", 42),
        ("a printer", "device", "appliance", 43),
        ("a cash register", "device", "appliance", 44),
        ("an eraser", "device", "appliance", 45),  # a hammer, once
        ("a christmas wreath", "device", "appliance", 46),  # a ball, once
        ("a microphone", "device", "appliance", 47),  # radios, once
        ("a loudspeaker", "device", "appliance", 48),
        ("a pair of headphones", "device", "appliance", 49),
        ("a vinyl record", "device", "appliance", 50),
        ("a turntable", "device", "appliance", 51),  # a tray, once
        ("a black bat", "device", "appliance", 1512),  # wings spread wide, not a dog
        ("a candy cane", "tool", "pattern", 1.0),  # its red bands
        ("an iron dumbbell", "device", "appliance", 52),  # a blob, once
        ("a barbell", "device", "appliance", 53),
        ("a kettlebell", "device", "appliance", 54),  # a church bell, once
        ("a whistle", "device", "appliance", 56),  # a horn, once
        ("a dartboard", "device", "appliance", 57),
        ("a bowling pin", "device", "appliance", 58),  # a ring, once
        ("a soccer goal", "device", "appliance", 59),
        ("a fallen log", "device", "appliance", 60),  # a radio, once
        ("a hammock", "device", "appliance", 61),  # a bed, once
        ("a fishing rod", "device", "appliance", 62),  # a hammer, once
        ("a toilet", "device", "appliance", 63),  # a house, once
        ("a unicycle", "device", "appliance", 64),  # a pickup truck, once
        ("a jack-in-the-box", "device", "appliance", 65),  # a lump, once
        ("a treadmill", "device", "appliance", 66),  # a boxy radio, once
        ("a roller coaster", "device", "appliance", 67),  # a lump, once
        ("a metronome", "device", "appliance", 68),  # a lump, once
        ("a cassette tape", "device", "appliance", 69),  # a lump, once
        ("an accordion", "device", "appliance", 70),  # a piano, once
        ("a pair of handcuffs", "device", "appliance", 71),  # a boxy radio, once
        ("a punching bag", "device", "appliance", 72),  # a ball, once
        ("a boxing glove", "device", "appliance", 73),  # a hand, once
        ("a golf club", "device", "appliance", 74),  # a baseball bat, once
        ("a water tower", "device", "appliance", 75),  # a castle tower, once
        ("a tesla coil", "device", "appliance", 76),  # a house, once
        ("an igloo", "device", "appliance", 77),  # a house, once
        ("a cement mixer", "device", "appliance", 78),  # a stone radio, once
        ("a sawhorse", "device", "appliance", 79),  # a house, once
        ("a jukebox", "device", "appliance", 80),  # a loudspeaker, once
        ("a tumbleweed", "shrub", "spines", 1.0),  # a clump of balls, once
        ("a gurney", "device", "appliance", 81),  # a lump, once
        ("a parking meter", "device", "appliance", 82),  # a clock, once
        ("a pretzel", "fruit", "dish", 18),  # a plastic fruit, once
        ("cotton candy", "fruit", "dish", 19),  # a cluster of clouds, once
        ("an oil lamp", "device", "appliance", 83),  # a desk lamp, once
        ("a bronze brazier", "device", "appliance", 84),  # a boxy radio, once
        ("a roman chariot", "wheeled", "vehicle", 1),  # a coach, once
        ("a bulldozer", "wheeled", "vehicle", 2),  # a tractor, once
        ("an excavator", "wheeled", "vehicle", 3),  # a boxy radio, once
        ("a snowmobile", "wheeled", "vehicle", 4),  # a car, once
        ("a sealskin kayak", "device", "appliance", 89),  # a canoe with oars, once
        ("a hand plane", "device", "appliance", 90),  # an aeroplane, once
        ("a jackhammer", "device", "appliance", 91),  # a hammer, once
        ("a portable generator", "device", "appliance", 92),  # a boxy radio, once
        ("a vise", "device", "appliance", 93),  # a boxy radio, once
        ("a steel girder", "device", "appliance", 94),  # a boxy radio, once
        ("a scaffolding tower", "device", "appliance", 95),  # a castle tower, once
        ("a porta potty", "device", "appliance", 96),  # a toilet, once
        ("a crane hook", "device", "appliance", 97),  # a crane, the bird, once
        ("a snowshoe", "device", "appliance", 98),  # a boxy radio, once
        ("a stack of lumber", "device", "appliance", 99),  # a lump, once
        ("a brick pallet", "device", "appliance", 100),  # a hammer, once
        ("a brain", "device", "appliance", 101),  # a jar, once
        ("a syringe", "device", "appliance", 102),  # a boxy radio, once
        ("a test tube rack", "device", "appliance", 103),  # a boxy radio, once
        ("an iv drip stand", "device", "appliance", 104),  # a table, once
        ("a defibrillator", "device", "appliance", 105),  # a boxy radio, once
        ("an x-ray lightbox", "device", "appliance", 106),  # a sheet of paper, once
        ("a spinning wheel", "device", "appliance", 107),  # a boxy radio, once
        ("a portcullis", "device", "appliance", 108),  # a house, once
        ("a paper lantern", "device", "appliance", 109),  # a glass lantern, once
        ("a torii gate", "device", "appliance", 110),  # a door, once
        ("a stone lantern", "device", "appliance", 111),  # a hanging lantern, once
        ("a daruma doll", "device", "appliance", 112),  # a lump, once
        ("a pagoda", "tower", "roof", 1.0),  # a house with a tower, once
        ("an obelisk", "tower", "taper", 1.0),
        ("a court jester", "biped", "figure", 35),  # a man in a sweater, once
        ("a mad scientist", "biped", "figure", 37),  # a man in a sweater, once
        ("a castle guard holding a spear", "biped", "figure", 7),  # a man in a sweater, once
        ("a suit of armor", "biped", "figure", 7),  # a shirt, once
        ("a hand mirror", "device", "appliance", 113),  # a standing mirror, once
        ("a beaker", "device", "appliance", 114),  # a jar, once
        ("a scalpel", "device", "appliance", 115),  # a kitchen knife, once
        ("a pill bottle", "device", "appliance", 116),  # a liquor bottle, once
        ("a mammoth tusk", "device", "appliance", 117),  # a dog bone, once
        ("an ice fishing auger", "device", "appliance", 118),  # a mallet, once
        ("a ski lift chair", "device", "appliance", 119),  # a kitchen chair, once
        ("a workbench", "device", "appliance", 120),  # a plain table, once
        ("a circular saw", "device", "appliance", 121),  # a hammer, once
        ("a canopic jar", "device", "appliance", 122),  # a glass jar, once
        ("an eagle standard", "device", "appliance", 123),  # a flag, once
        ("an operating table", "device", "appliance", 124),  # a plain table, once
        ("a bonsai tree", "tree", "handles", 1),  # a full-size tree, once
        ("a straw rice hat", "hat", "taper", 1.0),  # a boater, once
        ("a samurai helmet", "hat", "flare", 1.0),  # a knight's helm, once
        ("a four-poster bed", "furniture", "pole", 1.0),  # a plain bed, once
        ("a tanuki", "quadruped", "fur", 0.5),  # a lump, once
        ("a glass slipper", "footwear", "flare", 1.0),  # a flat shoe, once
        ("a sleeping red dragon", "device", "appliance", 1532),  # a dragon of its own
        ("a longhouse with a thatched roof", "device", "appliance", 125),  # stone balls, once
        ("a drinking horn made of silver", "device", "appliance", 126),  # a trumpet, once
        ("a stack of firewood", "device", "appliance", 127),  # a stone tower, once
        ("a ruined gas pump", "device", "appliance", 128),  # a boxy radio, once
        ("a geiger counter", "device", "appliance", 129),  # a table, once
        ("a shopping cart", "device", "appliance", 130),  # a hand cart, once
        ("a hookah", "device", "appliance", 131),  # a glass arch, once
        ("a loom", "device", "appliance", 132),  # a boxy radio, once
        ("a totem pole", "device", "appliance", 133),  # a mallet, once
        ("a sandbag wall", "device", "appliance", 134),  # a handbag, once
        ("a viking warrior", "biped", "figure", 40),  # a knight, once
        ("a minaret", "tower", "flare", 1.0),  # a castle turret, once
        ("a viking longship", "boat", "horns", 1.0),  # a plank with a sail, once
        ("a date palm tree", "tree", "branches", 0),  # a round tree, once
        ("a cockroach", "device", "appliance", 1326),  # a spider, once
        ("a spice sack", "device", "appliance", 135),  # a handbag, once
        ("a handsaw made of copper", "device", "appliance", 136),  # a hammer, once
        ("a power drill", "device", "appliance", 137),  # a hammer, once
        ("a tape measure", "device", "appliance", 138),  # a sheet, once
        ("a road roller leaking tar", "wheeled", "vehicle", 5),  # a wagon wheel, once
        ("a road barrier", "device", "appliance", 140),  # a cottage, once
        ("a spool of cable", "device", "appliance", 141),  # a boxy radio, once
        ("a claw hammer", "tool", "flare", 1.0),  # a mallet, once
        ("a pith helmet", "hat", "width", 0.14),  # a boater, once
        ("a conductor in a navy uniform", "biped", "figure", 41),  # a man in a sweater, once
        ("a jungle explorer", "biped", "figure", 42),  # a man in a sweater, once
        ("a passenger carriage on fire", "wheeled", "vehicle", 6),  # a horse-drawn coach, once
        ("a railway handcar", "wheeled", "vehicle", 7),  # a bus, once
        ("a porter's luggage trolley", "device", "appliance", 144),  # a pickup truck, once
        ("a buffer stop", "device", "appliance", 145),  # a sledgehammer, once
        ("a railway signal", "device", "appliance", 147),  # a desk lamp, once
        ("a leather suitcase", "device", "appliance", 148),  # a chest, once
        ("an idol made of jade", "device", "appliance", 149),  # a doll, once
        ("a dump truck", "wheeled", "vehicle", 9),  # a box truck, once
        ("a cement mixer truck", "wheeled", "vehicle", 10),  # a box truck, once
        ("a mayan calendar stone", "device", "appliance", 152),  # a stone golem, once
        ("a canteen made of leather", "device", "appliance", 153),  # a bottle, once
        ("a swing made of candy", "device", "appliance", 154),  # a lump, once
        ("a wooden seesaw", "device", "appliance", 155),  # a lump, once
        ("a merry-go-round", "device", "appliance", 765),  # a boxy radio, once; the fairground ride
        ("a shipwreck", "device", "appliance", 766),
        ("a business suit", "device", "appliance", 767),
        ("a percolator", "device", "appliance", 768),
        ("a snuffbox", "device", "appliance", 769),
        ("a finger", "device", "appliance", 770),
        ("a rhubarb", "device", "appliance", 771),
        ("a diary", "device", "appliance", 772),
        ("a koala", "device", "appliance", 773),
        ("a sloth", "device", "appliance", 774),
        ("a bank vault door", "device", "appliance", 776),
        ("a cash machine", "device", "appliance", 777),
        ("a hotel desk bell", "device", "appliance", 778),
        ("a clapperboard", "device", "appliance", 779),
        ("a film reel", "device", "appliance", 780),
        ("a museum rope barrier", "device", "appliance", 781),
        ("a kaleidoscope", "device", "appliance", 782),
        ("a barber pole", "device", "appliance", 783),
        ("a harmonica", "device", "appliance", 784),
        ("a pair of maracas", "device", "appliance", 785),
        ("a sea turtle", "device", "appliance", 786),
        ("a hippo", "device", "appliance", 787),
        ("a coral reef", "device", "appliance", 788),
        ("a sphinx", "device", "appliance", 789),
        ("a camel", "device", "appliance", 790),
        ("a cobra", "device", "appliance", 791),
        ("a runestone", "device", "appliance", 792),
        ("a horned viking helmet", "device", "appliance", 793),
        ("a treasure chest", "device", "appliance", 794),
        ("a persian rug", "device", "appliance", 795),
        ("a telegraph pole", "device", "appliance", 796),
        ("a clover", "device", "appliance", 797),
        ("a clownfish", "device", "appliance", 798),
        ("a flail", "device", "appliance", 799),
        ("a halberd", "device", "appliance", 800),
        ("a wine rack", "device", "appliance", 801),
        ("a yurt", "device", "appliance", 802),
        ("a dreamcatcher", "device", "appliance", 803),
        ("a tomahawk", "device", "appliance", 804),
        ("a teepee", "device", "appliance", 805),
        ("a potato", "device", "appliance", 806),
        ("a salad", "device", "appliance", 807),
        ("a tulip", "device", "appliance", 808),
        ("a crossbow", "device", "appliance", 809),
        ("a tomato", "device", "appliance", 810),
        ("a pair of overalls", "device", "appliance", 811),
        ("a stack of tyres", "device", "appliance", 812),
        ("an oil drum", "device", "appliance", 813),
        ("a creeper board", "device", "appliance", 814),
        ("an air compressor", "device", "appliance", 815),
        ("a car battery", "device", "appliance", 816),
        ("a tow truck", "device", "appliance", 817),
        ("a garage door", "device", "appliance", 818),
        ("an oil can", "device", "appliance", 819),
        ("a motor oil bottle", "device", "appliance", 820),
        ("a mechanic's jumpsuit", "device", "appliance", 821),
        ("a roller grill", "device", "appliance", 822),
        ("a petrol price sign", "device", "appliance", 823),
        ("a toy soldier", "device", "appliance", 824),
        ("a box of crayons", "device", "appliance", 825),
        ("a wind-up music box", "device", "appliance", 826),
        ("a red tricycle", "device", "appliance", 827),
        ("a striped beach ball", "device", "appliance", 828),
        ("a dollhouse", "device", "appliance", 829),
        ("a weight bench", "device", "appliance", 830),
        ("stadium bleachers", "device", "appliance", 831),
        ("a swimming pool ladder", "device", "appliance", 832),
        ("a diving board", "device", "appliance", 833),
        ("a pair of swim goggles", "device", "appliance", 834),
        ("an inflatable swim ring", "device", "appliance", 835),
        ("a pool noodle", "device", "appliance", 836),
        ("a stadium floodlight pole", "device", "appliance", 837),
        ("a mounted triceratops skull", "device", "appliance", 838),
        ("an antique card catalog cabinet", "device", "appliance", 839),
        ("a green banker's desk lamp", "device", "appliance", 840),
        ("a ship in a bottle", "device", "appliance", 841),
        ("a wooden rolling book cart", "device", "appliance", 842),
        ("an ammonite fossil", "device", "appliance", 843),
        ("a reading lectern", "device", "appliance", 844),
        ("a medieval tapestry", "device", "appliance", 845),
        ("a wooden bread peel", "device", "appliance", 846),
        ("an ice cream sundae in a glass bowl", "device", "appliance", 847),
        ("a chocolate fountain", "device", "appliance", 848),
        ("a gingerbread house", "device", "appliance", 849),
        ("an ice cream cart with an umbrella", "device", "appliance", 850),
        ("a stand mixer", "device", "appliance", 851),
        ("a macaron tower", "device", "appliance", 852),
        ("a three tiered wedding cake", "device", "appliance", 853),
        ("a neon sign", "device", "appliance", 854),
        ("a baby mobile", "device", "appliance", 855),
        ("a nightlight", "device", "appliance", 856),
        ("a tyre pressure gauge", "device", "appliance", 857),
        ("a baguette", "device", "appliance", 858),
        ("a stack of books", "device", "appliance", 859),
        ("a red sleigh full of presents", "device", "appliance", 860),
        ("a christmas stocking", "device", "appliance", 861),
        ("a christmas bauble", "device", "appliance", 862),
        ("a gingerbread man", "device", "appliance", 863),
        ("a christmas pudding", "device", "appliance", 864),
        ("an advent wreath", "device", "appliance", 865),
        ("a pile of presents", "device", "appliance", 866),
        ("a nutcracker soldier", "device", "appliance", 867),
        ("a mooring mast for airships", "device", "appliance", 868),
        ("a rope ladder", "device", "appliance", 869),
        ("a glass bell jar", "device", "appliance", 870),
        ("a hand crank drill", "device", "appliance", 871),
        ("an olive press", "device", "appliance", 872),
        ("a golden laurel wreath", "device", "appliance", 873),
        ("a bronze hoplite helmet", "device", "appliance", 874),
        ("a kylix", "device", "appliance", 875),
        ("a lyre", "device", "appliance", 876),
        ("a trireme warship", "device", "appliance", 877),
        ("a snowy mountain peak", "device", "appliance", 878),
        ("a marble statue of zeus", "device", "appliance", 879),
        ("a dog sled", "device", "appliance", 880),
        ("an icebreaker ship", "device", "appliance", 881),
        ("a weather balloon", "device", "appliance", 882),
        ("an ice core drill", "device", "appliance", 883),
        ("a research hut", "device", "appliance", 884),
        ("an iceberg", "device", "appliance", 885),
        ("a narwhal", "device", "appliance", 886),
        ("a radio tower", "device", "appliance", 887),
        ("a vintage film projector", "device", "appliance", 888),
        ("a theatre mask", "device", "appliance", 889),
        ("a dressing room mirror with bulbs", "device", "appliance", 890),
        ("a stage trapdoor", "device", "appliance", 891),
        ("a folding cinema seat", "device", "appliance", 892),
        ("a ventriloquist dummy", "device", "appliance", 893),
        ("a ghost light", "device", "appliance", 894),
        ("a roman triclinium dining couch", "device", "appliance", 895),
        ("a wooden abacus", "device", "appliance", 896),
        ("a roman stone aqueduct", "device", "appliance", 897),
        ("a gladiator helmet", "device", "appliance", 898),
        ("a roman legionary shield", "device", "appliance", 899),
        ("a roman mosaic floor tile", "device", "appliance", 900),
        ("the colosseum", "device", "appliance", 901),
        ("a wooden arena gate", "device", "appliance", 902),
        ("a beehive skep of woven straw", "device", "appliance", 903),
        ("an inkwell", "device", "appliance", 904),
        ("a stone baptismal font", "device", "appliance", 905),
        ("a brass censer hanging on chains", "device", "appliance", 906),
        ("a rosary of amber beads", "device", "appliance", 907),
        ("an abbot's crozier", "device", "appliance", 908),
        ("a reliquary casket", "device", "appliance", 909),
        ("a pot of lavender", "device", "appliance", 910),
        ("a firefighter helmet", "device", "appliance", 911),
        ("a fire axe", "device", "appliance", 912),
        ("a brass fire pole", "device", "appliance", 913),
        ("a police car with siren lights", "device", "appliance", 914),
        ("a police officer's hat", "device", "appliance", 915),
        ("a jail cell door with bars", "device", "appliance", 916),
        ("a fire alarm bell", "device", "appliance", 917),
        ("a box of donuts", "device", "appliance", 918),
        ("a plastic shopping basket", "device", "appliance", 919),
        ("a refrigerated drinks cooler", "device", "appliance", 920),
        ("a bunch of bananas", "device", "appliance", 921),
        ("a glass milk bottle", "device", "appliance", 922),
        ("a supermarket shelving unit", "device", "appliance", 923),
        ("a paper grocery bag", "device", "appliance", 924),
        ("a full shopping cart", "device", "appliance", 925),
        ("a checkout counter", "device", "appliance", 926),
        ("a roulette wheel", "device", "appliance", 927),
        ("a slot machine", "device", "appliance", 928),
        ("a stack of poker chips", "device", "appliance", 929),
        ("a cocktail shaker", "device", "appliance", 930),
        ("a champagne tower", "device", "appliance", 931),
        ("a blackjack table", "device", "appliance", 932),
        ("a revolving door", "device", "appliance", 933),
        ("a dice cup", "device", "appliance", 934),
        ("a lion dance head", "device", "appliance", 935),
        ("a dragon dance", "device", "appliance", 936),
        ("a chinese gate", "device", "appliance", 937),
        ("a bamboo steamer", "device", "appliance", 938),
        ("a bowl of noodles", "device", "appliance", 939),
        ("a string of firecrackers", "device", "appliance", 940),
        ("a mooncake", "device", "appliance", 941),
        ("a plate of dumplings", "device", "appliance", 942),
        ("a plum blossom tree", "device", "appliance", 943),
        ("a red envelope", "device", "appliance", 944),
        ("a bamboo tea whisk", "device", "appliance", 945),
        ("a dragon kite", "device", "appliance", 946),
        ("a pincushion", "device", "appliance", 947),
        ("a monkey wrench", "device", "appliance", 948),
        ("a paint can", "device", "appliance", 949),
        ("a champagne bottle", "device", "appliance", 950),
        ("a red pillar box", "device", "appliance", 951),
        ("a mail sorting cabinet", "device", "appliance", 952),
        ("a rubber stamp", "device", "appliance", 953),
        ("a coal tender", "device", "appliance", 954),
        ("an envelope", "device", "appliance", 955),
        ("a wax seal", "device", "appliance", 956),
        ("a bolt of cloth", "device", "appliance", 957),
        ("a hanging basket", "device", "appliance", 958),
        ("a trellis arch", "device", "appliance", 959),
        ("a potting bench", "device", "appliance", 960),
        ("a tandoor", "device", "appliance", 961),
        ("a sitar", "device", "appliance", 962),
        ("a tabla", "device", "appliance", 963),
        ("a cycle rickshaw", "device", "appliance", 964),
        ("a tuk tuk", "device", "appliance", 965),
        ("a rickshaw", "device", "appliance", 966),
        ("a snake charmer's basket", "device", "appliance", 967),
        ("a spice stall", "device", "appliance", 968),
        ("a marble pavilion", "device", "appliance", 969),
        ("a wingback armchair", "device", "appliance", 970),
        ("a cigar box", "device", "appliance", 971),
        ("a jharokha", "device", "appliance", 972),
        ("a potted palm", "device", "appliance", 973),
        ("a pair of stilts", "device", "appliance", 974),
        ("a thumb", "device", "appliance", 975),
        ("a hatchway", "device", "appliance", 976),
        ("a taxi", "device", "appliance", 977),
        ("an electrocardiograph", "device", "appliance", 978),
        ("a bowl of lentils", "device", "appliance", 979),
        ("a bayonet", "device", "appliance", 980),
        ("a turban", "device", "appliance", 981),
        ("an axle", "device", "appliance", 982),
        ("a bird feeder", "device", "appliance", 983),
        ("a papel picado banner", "device", "appliance", 984),
        ("a pan de muerto", "device", "appliance", 985),
        ("a catrina doll", "device", "appliance", 986),
        ("a marigold garland", "device", "appliance", 987),
        ("an incense burner", "device", "appliance", 988),
        ("a string of prayer flags", "device", "appliance", 989),
        ("a prayer wheel", "device", "appliance", 990),
        ("a stupa", "device", "appliance", 991),
        ("a tibetan horn", "device", "appliance", 992),
        ("a singing bowl", "device", "appliance", 993),
        ("a butter churn", "device", "appliance", 994),
        ("a butter lamp", "device", "appliance", 995),
        ("a thangka", "device", "appliance", 996),
        ("a rope bridge", "device", "appliance", 997),
        ("a buddha statue", "device", "appliance", 998),
        ("a cairn", "device", "appliance", 999),
        ("a dorje", "device", "appliance", 1000),
        ("a caber", "device", "appliance", 1001),
        ("a haggis", "device", "appliance", 1002),
        ("a curling stone", "device", "appliance", 1003),
        ("a kilt", "device", "appliance", 1004),
        ("a sporran", "device", "appliance", 1005),
        ("a thistle", "device", "appliance", 1006),
        ("a tam o'shanter", "device", "appliance", 1007),
        ("a two-man crosscut saw", "device", "appliance", 1008),
        ("a sawmill", "device", "appliance", 1009),
        ("a peavey", "device", "appliance", 1010),
        ("a water wheel", "device", "appliance", 1011),
        ("a chopping block", "device", "appliance", 1012),
        ("a logging sled", "device", "appliance", 1013),
        ("a lunch pail", "device", "appliance", 1014),
        ("a saw blade", "device", "appliance", 1015),
        ("a jeweller's loupe", "device", "appliance", 1016),
        ("a pair of tweezers", "device", "appliance", 1017),
        ("a ruby pendant", "device", "appliance", 1018),
        ("a brooch", "device", "appliance", 1019),
        ("a ring box", "device", "appliance", 1020),
        ("a pair of clogs", "device", "appliance", 1021),
        ("a canal boat", "device", "appliance", 1022),
        ("a dutch canal house", "device", "appliance", 1023),
        ("a footstool", "device", "appliance", 1024),
        ("a cheese barrow", "device", "appliance", 1025),
        ("a cheese press", "device", "appliance", 1026),
        ("a beaver", "device", "appliance", 1027),
        ("a highland cow", "device", "appliance", 1028),
        ("a yak", "device", "appliance", 1029),
        ("an ambulance", "device", "appliance", 1030),
        ("a t-square", "device", "appliance", 1031),
        ("a cricket bat", "device", "appliance", 1032),
        ("cricket stumps", "device", "appliance", 1033),
        ("a garden roller", "device", "appliance", 1034),
        ("a tombola", "device", "appliance", 1035),
        ("a coconut shy", "device", "appliance", 1036),
        ("a maypole", "device", "appliance", 1037),
        ("a lych gate", "device", "appliance", 1038),
        ("a rosette", "device", "appliance", 1039),
        ("a plague doctor mask", "device", "appliance", 1040),
        ("a jester hat", "device", "appliance", 1041),
        ("a winged lion statue", "device", "appliance", 1042),
        ("a venetian palazzo", "device", "appliance", 1043),
        ("a bauta mask", "device", "appliance", 1044),
        ("a palanquin", "device", "appliance", 1045),
        ("a machete", "device", "appliance", 1046),
        ("a dugout canoe", "device", "appliance", 1047),
        ("a gayageum", "device", "appliance", 1048),
        ("a janggu", "device", "appliance", 1049),
        ("a hanbok", "device", "appliance", 1050),
        ("bibimbap", "device", "appliance", 1051),
        ("bingsu", "device", "appliance", 1052),
        ("a haetae", "device", "appliance", 1053),
        ("a dol hareubang", "device", "appliance", 1054),
        ("an onggi", "device", "appliance", 1055),
        ("a seed packet", "device", "appliance", 1056),
        ("a lawn sprinkler", "device", "appliance", 1057),
        ("a grow light", "device", "appliance", 1058),
        ("a mushroom growing rack", "device", "appliance", 1059),
        ("a strawberry plant", "device", "appliance", 1060),
        ("a pitcher plant", "device", "appliance", 1061),
        ("a beekeeper's smoker", "device", "appliance", 1062),
        ("an origami crane", "device", "appliance", 1063),
        ("a bomber", "device", "appliance", 1064),
        ("a brig", "device", "appliance", 1065),
        ("a fortepiano", "device", "appliance", 1066),
        ("a divan", "device", "appliance", 1067),
        ("a shawl", "device", "appliance", 1068),
        ("a headlight", "device", "appliance", 1069),
        ("a cathedral", "device", "appliance", 1070),
        ("a porch", "device", "appliance", 1071),
        ("a pigeon", "device", "appliance", 1072),
        ("a sparrow", "device", "appliance", 1073),
        ("a magpie", "device", "appliance", 1074),
        ("a robin", "device", "appliance", 1075),
        ("a crow", "device", "appliance", 1076),
        ("a seagull", "device", "appliance", 1077),
        ("a kingfisher", "device", "appliance", 1078),
        ("a swallow", "device", "appliance", 1079),
        ("a lizard", "device", "appliance", 1080),
        ("a gecko", "device", "appliance", 1081),
        ("an iguana", "device", "appliance", 1082),
        ("a chameleon", "device", "appliance", 1083),
        ("a salamander", "device", "appliance", 1084),
        ("an axolotl", "device", "appliance", 1085),
        ("a komodo dragon", "device", "appliance", 1086),
        ("a crocodile", "device", "appliance", 1087),
        ("a river delta", "device", "appliance", 1088),
        ("a peninsula", "device", "appliance", 1089),
        ("a fjord", "device", "appliance", 1090),
        ("a mesa", "device", "appliance", 1091),
        ("a geyser", "device", "appliance", 1092),
        ("a crater", "device", "appliance", 1093),
        ("an oasis", "device", "appliance", 1094),
        ("an archipelago", "device", "appliance", 1095),
        ("a rose", "device", "appliance", 1096),
        ("a convertible", "device", "appliance", 1097),
        ("a pamphlet", "device", "appliance", 1098),
        ("a pedestal", "device", "appliance", 1099),
        ("an animal hide", "device", "appliance", 1100),
        ("a printing press", "device", "appliance", 1101),
        ("an oil derrick", "device", "appliance", 1102),
        ("a spatula", "device", "appliance", 1103),
        ("window shutters", "device", "appliance", 1104),
        ("a portrait", "device", "appliance", 1105),
        ("a t-shirt", "device", "appliance", 1106),
        ("a plant stem", "device", "appliance", 1107),
        ("a cabbage", "device", "appliance", 1108),
        ("a lettuce", "device", "appliance", 1109),
        ("a cauliflower", "device", "appliance", 1110),
        ("a broccoli", "device", "appliance", 1111),
        ("an onion", "device", "appliance", 1112),
        ("a garlic bulb", "device", "appliance", 1113),
        ("an eggplant", "device", "appliance", 1114),
        ("a leek", "device", "appliance", 1115),
        ("a celery", "device", "appliance", 1116),
        ("a cucumber", "device", "appliance", 1117),
        ("an artichoke", "device", "appliance", 1118),
        ("asparagus", "device", "appliance", 1119),
        ("an avocado", "device", "appliance", 1120),
        ("kale", "device", "appliance", 1121),
        ("brussels sprouts", "device", "appliance", 1122),
        ("a zebra", "device", "appliance", 1123),
        ("a warthog", "device", "appliance", 1124),
        ("an acacia tree", "device", "appliance", 1125),
        ("a baobab tree", "device", "appliance", 1126),
        ("a calabash gourd", "device", "appliance", 1127),
        ("a termite mound", "device", "appliance", 1128),
        ("a maasai shield", "device", "appliance", 1129),
        ("a maasai hut", "device", "appliance", 1130),
        ("a tagine", "device", "appliance", 1131),
        ("a mashrabiya", "device", "appliance", 1132),
        ("a horseshoe arch doorway", "device", "appliance", 1133),
        ("babouche slippers", "device", "appliance", 1134),
        ("a stack of rolled carpets", "device", "appliance", 1135),
        ("a zellige fountain", "device", "appliance", 1136),
        ("a didgeridoo", "device", "appliance", 1137),
        ("a galah", "device", "appliance", 1138),
        ("a corrugated iron water tank", "device", "appliance", 1139),
        ("a swag bedroll", "device", "appliance", 1140),
        ("a ute", "device", "appliance", 1141),
        ("a branding iron", "device", "appliance", 1142),
        ("an outhouse", "device", "appliance", 1143),
        ("a windpump", "device", "appliance", 1144),
        ("a billy can", "device", "appliance", 1145),
        ("a kookaburra", "device", "appliance", 1146),
        ("a toucan", "device", "appliance", 1147),
        ("a pelican", "device", "appliance", 1148),
        ("a puffin", "device", "appliance", 1149),
        ("a turkey", "device", "appliance", 1150),
        ("an ostrich", "device", "appliance", 1151),
        ("a dodo", "device", "appliance", 1152),
        ("a flamingo", "device", "appliance", 1153),
        ("a heron", "device", "appliance", 1154),
        ("a tiki statue", "device", "appliance", 1155),
        ("an outrigger canoe", "device", "appliance", 1156),
        ("a ukulele", "device", "appliance", 1157),
        ("a flower lei", "device", "appliance", 1158),
        ("a coconut cup", "device", "appliance", 1159),
        ("a conch shell", "device", "appliance", 1160),
        ("a ski lift gondola", "device", "appliance", 1161),
        ("an alphorn", "device", "appliance", 1162),
        ("a saint bernard", "device", "appliance", 1163),
        ("a cheese fondue pot", "device", "appliance", 1164),
        ("a church", "device", "appliance", 1165),
        ("a ham", "device", "appliance", 1166),
        ("an ox yoke", "device", "appliance", 1167),
        ("cufflinks", "device", "appliance", 1168),
        ("a monastery", "device", "appliance", 1169),
        ("a canoe paddle", "device", "appliance", 1170),
        ("a carnival headdress", "device", "appliance", 1171),
        ("a brigadeiro", "device", "appliance", 1172),
        ("a giant water lily", "device", "appliance", 1173),
        ("a stilt house", "device", "appliance", 1174),
        ("a tambourine", "device", "appliance", 1175),
        ("a capybara", "device", "appliance", 1176),
        ("a piranha", "device", "appliance", 1177),
        ("a banana tree", "device", "appliance", 1178),
        ("a llama", "device", "appliance", 1179),
        ("a quipu", "device", "appliance", 1180),
        ("a stirrup spout vessel", "device", "appliance", 1181),
        ("a pan flute", "device", "appliance", 1182),
        ("a tumi knife", "device", "appliance", 1183),
        ("a chullo hat", "device", "appliance", 1184),
        ("a condor", "device", "appliance", 1185),
        ("a reed boat", "device", "appliance", 1186),
        ("a honey extractor", "device", "appliance", 1187),
        ("a honeycomb frame", "device", "appliance", 1188),
        ("a wine press", "device", "appliance", 1189),
        ("a honey dipper", "device", "appliance", 1190),
        ("a beekeeper's hat", "device", "appliance", 1191),
        ("a grapevine", "device", "appliance", 1192),
        ("a wine barrel rack", "device", "appliance", 1193),
        ("a winery", "device", "appliance", 1194),
        ("a pair of trousers", "device", "appliance", 1195),
        ("shorts", "device", "appliance", 1196),
        ("a napkin", "device", "appliance", 1197),
        ("a sail", "device", "appliance", 1198),
        ("a furnace", "device", "appliance", 1199),
        ("some ivy", "device", "appliance", 1200),
        ("a roast chicken", "device", "appliance", 1201),
        ("a round hay bale", "device", "appliance", 1202),
        ("a road train", "device", "appliance", 1203),
        ("a brahman bull", "device", "appliance", 1204),
        ("a basset hound", "device", "appliance", 1205),
        ("a boa constrictor", "device", "appliance", 1206),
        ("a pansy", "device", "appliance", 1207),
        ("a nestling", "device", "appliance", 1208),
        ("a carnival float", "device", "appliance", 1209),
        ("a grass skirt", "device", "appliance", 1210),
        ("a burlap sack", "device", "appliance", 1211),
        ("a rolled carpet", "device", "appliance", 1212),
        ("a mob cap", "device", "appliance", 1213),
        ("a marquee", "device", "appliance", 1214),
        ("farming terraces", "device", "appliance", 1215),
        ("a pheasant", "device", "appliance", 1216),
        ("an orthodox church", "device", "appliance", 1217),
        ("a samovar", "device", "appliance", 1218),
        ("a matryoshka doll", "device", "appliance", 1219),
        ("a balalaika", "device", "appliance", 1220),
        ("an ushanka", "device", "appliance", 1221),
        ("a russian stove", "device", "appliance", 1222),
        ("a duga", "device", "appliance", 1223),
        ("an icon of a saint", "device", "appliance", 1224),
        ("a simit", "device", "appliance", 1225),
        ("an evil eye charm", "device", "appliance", 1226),
        ("a turkish tea glass", "device", "appliance", 1227),
        ("a hamam", "device", "appliance", 1228),
        ("a mosaic lamp", "device", "appliance", 1229),
        ("a box of turkish delight", "device", "appliance", 1230),
        ("a plate of beignets", "device", "appliance", 1231),
        ("a voodoo doll", "device", "appliance", 1232),
        ("a crab", "device", "appliance", 1233),
        ("a pint of stout", "device", "appliance", 1234),
        ("a currach", "device", "appliance", 1235),
        ("fish and chips", "device", "appliance", 1236),
        ("a bodhran", "device", "appliance", 1237),
        ("a pub sign", "device", "appliance", 1238),
        ("a cod", "device", "appliance", 1239),
        ("a shotgun house", "device", "appliance", 1240),
        ("an elm", "device", "appliance", 1241),
        ("a sapling", "device", "appliance", 1242),
        ("a maple", "device", "appliance", 1243),
        ("a ginkgo", "device", "appliance", 1244),
        ("a dogwood", "device", "appliance", 1245),
        ("an oak tree", "device", "appliance", 1246),
        ("a birch", "device", "appliance", 1247),
        ("an ash tree", "device", "appliance", 1248),
        ("a magazine", "device", "appliance", 1249),
        ("an encyclopedia", "device", "appliance", 1250),
        ("a photo album", "device", "appliance", 1251),
        ("a journal", "device", "appliance", 1252),
        ("a paperback", "device", "appliance", 1253),
        ("a dictionary", "device", "appliance", 1254),
        ("an instruction leaflet", "device", "appliance", 1255),
        ("a quill", "device", "appliance", 1256),
        ("an entrance", "device", "appliance", 1257),
        ("a magic portal", "device", "appliance", 1258),
        ("a farmhouse", "device", "appliance", 1259),
        ("a boardinghouse", "device", "appliance", 1260),
        ("a parsonage", "device", "appliance", 1261),
        ("an oyster", "device", "appliance", 1262),
        ("a stone balustrade", "device", "appliance", 1263),
        ("a banister", "device", "appliance", 1264),
        ("an eagle", "device", "appliance", 1265),
        ("a falcon", "device", "appliance", 1266),
        ("a vulture", "device", "appliance", 1267),
        ("a cockatoo", "device", "appliance", 1268),
        ("a budgerigar", "device", "appliance", 1269),
        ("a loon", "device", "appliance", 1270),
        ("a gamecock", "device", "appliance", 1271),
        ("a nightingale", "device", "appliance", 1272),
        ("a boxcar", "device", "appliance", 1273),
        ("a tram", "device", "appliance", 1274),
        ("a tea trolley", "device", "appliance", 1275),
        ("a buggy", "device", "appliance", 1276),
        ("a sulky", "device", "appliance", 1277),
        ("an oxcart", "device", "appliance", 1278),
        ("a troika", "device", "appliance", 1279),
        ("a jet airliner", "device", "appliance", 1280),
        ("a hoe", "device", "appliance", 1281),
        ("a trowel", "device", "appliance", 1282),
        ("a plough", "device", "appliance", 1283),
        ("a crowbar", "device", "appliance", 1284),
        ("a candle snuffer", "device", "appliance", 1285),
        ("a conductor's baton", "device", "appliance", 1286),
        ("a clothes brush", "device", "appliance", 1287),
        ("a trip hammer", "device", "appliance", 1288),
        ("a hopper", "device", "appliance", 1289),
        ("a walk-in closet", "device", "appliance", 1290),
        ("a rosebud", "device", "appliance", 1291),
        ("a salmon", "device", "appliance", 1292),
        ("a tin of sardines", "device", "appliance", 1293),
        ("mars", "device", "appliance", 1294),
        ("a beer stein", "device", "appliance", 1295),
        ("a drawer", "device", "appliance", 1296),
        ("a french horn", "device", "appliance", 1297),
        ("a homburg", "device", "appliance", 1298),
        ("an apron", "device", "appliance", 1299),
        ("a nun", "device", "appliance", 1300),
        ("a muff", "device", "appliance", 1301),
        ("a lotus", "device", "appliance", 1302),
        ("an orchid", "device", "appliance", 1303),
        ("a peony", "device", "appliance", 1304),
        ("a melon", "device", "appliance", 1305),
        ("a bowl of berries", "device", "appliance", 1306),
        ("a cracker", "device", "appliance", 1307),
        ("a root", "device", "appliance", 1308),
        ("a seedpod", "device", "appliance", 1309),
        ("a leg of lamb", "device", "appliance", 1310),
        ("a pork chop", "device", "appliance", 1311),
        ("a t-bone steak", "device", "appliance", 1312),
        ("a corral", "device", "appliance", 1313),
        ("a gutter", "device", "appliance", 1314),
        ("a manifold", "device", "appliance", 1315),
        ("a gable", "device", "appliance", 1316),
        ("a windpipe", "device", "appliance", 1317),
        ("a tunnel mouth", "device", "appliance", 1318),
        ("a railway track", "device", "appliance", 1319),
        ("a catheter", "device", "appliance", 1320),
        ("a dime", "device", "appliance", 1321),
        ("an amulet", "device", "appliance", 1322),
        ("a bead", "device", "appliance", 1323),
        ("a tick", "device", "appliance", 1324),
        ("a louse", "device", "appliance", 1325),
        ("a cockroach on the floor", "device", "appliance", 1326),
        ("a bumblebee", "device", "appliance", 1327),
        ("a leafhopper", "device", "appliance", 1328),
        ("a tall ship", "device", "appliance", 1329),
        ("a ketch", "device", "appliance", 1330),
        ("a tanker", "device", "appliance", 1331),
        ("a kamikaze", "device", "appliance", 1332),
        ("an aircraft carrier", "device", "appliance", 1333),
        ("a bronco", "device", "appliance", 1334),
        ("an armadillo", "device", "appliance", 1335),
        ("a bison", "device", "appliance", 1336),
        ("a cottonmouth", "device", "appliance", 1337),
        ("a sidewinder", "device", "appliance", 1338),
        ("an electric cable", "device", "appliance", 1339),
        ("a daybed", "device", "appliance", 1340),
        ("a fauteuil", "device", "appliance", 1341),
        ("a blanket", "device", "appliance", 1342),
        ("a window blind", "device", "appliance", 1343),
        ("a banner", "device", "appliance", 1344),
        ("a lilac bush", "device", "appliance", 1345),
        ("an oleander", "device", "appliance", 1346),
        ("a sagebrush", "device", "appliance", 1347),
        ("a hydrangea", "device", "appliance", 1348),
        ("a boxwood", "device", "appliance", 1349),
        ("an azalea", "device", "appliance", 1350),
        ("a bramble", "device", "appliance", 1351),
        ("a clump of heather", "device", "appliance", 1352),
        ("a honeysuckle", "device", "appliance", 1353),
        ("a manzanita", "device", "appliance", 1354),
        ("a hollyhock", "device", "appliance", 1355),
        ("a myrtle bush", "device", "appliance", 1356),
        ("a columbine", "device", "appliance", 1357),
        ("a snapdragon", "device", "appliance", 1358),
        ("a gentian", "device", "appliance", 1359),
        ("a frangipani", "device", "appliance", 1360),
        ("a wallflower", "device", "appliance", 1361),
        ("a verbena", "device", "appliance", 1362),
        ("a periwinkle", "device", "appliance", 1363),
        ("a tuft of grass", "device", "appliance", 1364),
        ("a stamen", "device", "appliance", 1365),
        ("a railing", "device", "appliance", 1366),
        ("a magic wand", "device", "appliance", 1367),
        ("a ramrod", "device", "appliance", 1368),
        ("a corset", "device", "appliance", 1369),
        ("a bridal veil", "device", "appliance", 1370),
        ("a cassock", "device", "appliance", 1371),
        ("a nightgown", "device", "appliance", 1372),
        ("a pair of suspenders", "device", "appliance", 1373),
        ("a raincoat", "device", "appliance", 1374),
        ("a mackinaw", "device", "appliance", 1375),
        ("a tuxedo", "device", "appliance", 1376),
        ("a bluefish", "device", "appliance", 1377),
        ("a locust", "device", "appliance", 1378),
        ("a mackerel", "device", "appliance", 1379),
        ("a yellow perch", "device", "appliance", 1380),
        ("a pony", "device", "appliance", 1381),
        ("a foal", "device", "appliance", 1382),
        ("a puppy", "device", "appliance", 1383),
        ("a kitten", "device", "appliance", 1384),
        ("a panther", "device", "appliance", 1385),
        ("a hare", "device", "appliance", 1386),
        ("a toad", "device", "appliance", 1387),
        ("a possum", "device", "appliance", 1388),
        ("a wolf", "device", "appliance", 1389),
        ("a coyote", "device", "appliance", 1390),
        ("a cocker spaniel", "device", "appliance", 1391),
        ("a terrier", "device", "appliance", 1392),
        ("a newfoundland", "device", "appliance", 1393),
        ("an ocelot", "device", "appliance", 1394),
        ("a wildcat", "device", "appliance", 1395),
        ("a hereford", "device", "appliance", 1396),
        ("a bull", "device", "appliance", 1397),
        ("an ox", "device", "appliance", 1398),
        ("a water buffalo", "device", "appliance", 1399),
        ("a calf", "device", "appliance", 1400),
        ("a lamb", "device", "appliance", 1401),
        ("a warhorse", "device", "appliance", 1402),
        ("a nag", "device", "appliance", 1403),
        ("a piglet", "device", "appliance", 1404),
        ("a rock formation", "device", "appliance", 1405),
        ("a rock ledge", "device", "appliance", 1406),
        ("a mountain range", "device", "appliance", 1407),
        ("a glacier", "device", "appliance", 1408),
        ("a meteor", "device", "appliance", 1409),
        ("a pebble", "device", "appliance", 1410),
        ("an asteroid", "device", "appliance", 1411),
        ("a ridge", "device", "appliance", 1412),
        ("a spiral galaxy", "device", "appliance", 1413),
        ("a nebula", "device", "appliance", 1414),
        ("a black hole", "device", "appliance", 1415),
        ("a solar system", "device", "appliance", 1416),
        ("an aurora", "device", "appliance", 1417),
        ("an eclipse", "device", "appliance", 1418),
        ("a wormhole", "device", "appliance", 1419),
        ("a constellation", "device", "appliance", 1420),
        ("a barracks", "device", "appliance", 1421),
        ("a jousting lance", "device", "appliance", 1422),
        ("a clodhopper", "device", "appliance", 1423),
        ("a heap of down", "device", "appliance", 1424),
        ("a sandal", "device", "appliance", 1425),
        ("a warehouse", "device", "appliance", 1426),
        ("a crate of produce", "device", "appliance", 1427),
        ("a handlebar", "device", "appliance", 1428),
        ("a holster", "device", "appliance", 1429),
        ("a micelle", "device", "appliance", 1430),
        ("an air vent", "device", "appliance", 1431),
        ("a schoolhouse", "device", "appliance", 1432),
        ("a cutlass", "device", "appliance", 1433),
        ("a beech", "device", "appliance", 1434),
        ("a worksheet", "device", "appliance", 1435),
        ("a blossom", "device", "appliance", 1436),
        ("a cabana", "device", "appliance", 1437),
        ("a buckboard", "device", "appliance", 1438),
        ("a poncho", "device", "appliance", 1439),
        ("a pasture", "device", "appliance", 1440),
        ("a mine shaft", "device", "appliance", 1441),
        ("a general", "device", "appliance", 1442),
        ("a sharpening steel", "device", "appliance", 1443),
        ("a kick scooter", "device", "appliance", 1444),
        ("a motor scooter", "device", "appliance", 1445),
        ("a clock tower", "device", "appliance", 1446),
        ("a kettle", "device", "appliance", 1447),
        ("a watering can", "device", "appliance", 1448),
        ("a fox", "device", "appliance", 1449),
        ("a pair of sneakers", "device", "appliance", 1450),
        ("a submersible", "device", "appliance", 1451),
        ("a pressure hatch", "device", "appliance", 1452),
        ("a sea anemone", "device", "appliance", 1453),
        ("a kelp", "device", "appliance", 1454),
        ("a sea urchin", "device", "appliance", 1455),
        ("a harpoon gun", "device", "appliance", 1456),
        ("tube worms", "device", "appliance", 1457),
        ("a diving suit", "device", "appliance", 1458),
        ("a giant squid", "device", "appliance", 1459),
        ("a hydrothermal vent", "device", "appliance", 1460),
        ("a sonar console", "device", "appliance", 1461),
        ("an underwater drone", "device", "appliance", 1462),
        ("a dome habitat", "device", "appliance", 1463),
        ("a floodlight", "device", "appliance", 1464),
        ("a drive-in speaker", "device", "appliance", 1465),
        ("a ketchup bottle", "device", "appliance", 1466),
        ("a drive-in movie screen", "device", "appliance", 1467),
        ("a popcorn bucket", "device", "appliance", 1468),
        ("a napkin dispenser", "device", "appliance", 1469),
        ("a banana split", "device", "appliance", 1470),
        ("a basket of fries", "device", "appliance", 1471),
        ("a mustard bottle", "device", "appliance", 1472),
        ("a diner stool", "device", "appliance", 1473),
        ("a diner counter", "device", "appliance", 1474),
        ("the Eiffel Tower", "device", "appliance", 1475),
        ("the Leaning Tower of Pisa", "device", "appliance", 1476),
        ("the Statue of Liberty", "device", "appliance", 1477),
        ("the Taj Mahal", "device", "appliance", 1478),
        ("the Great Wall of China", "device", "appliance", 1479),
        ("Stonehenge", "device", "appliance", 1480),
        ("the Sydney Opera House", "device", "appliance", 1481),
        ("the Golden Gate Bridge", "device", "appliance", 1482),
        ("the Empire State Building", "device", "appliance", 1483),
        ("Tower Bridge", "device", "appliance", 1484),
        ("the Arc de Triomphe", "device", "appliance", 1485),
        ("a moai", "device", "appliance", 1486),
        ("the Burj Khalifa", "device", "appliance", 1487),
        ("the White House", "device", "appliance", 1488),
        ("Christ the Redeemer", "device", "appliance", 1489),
        ("Mount Rushmore", "device", "appliance", 1490),
        ("a bonnet", "device", "appliance", 1491),
        ("a cape", "device", "appliance", 1492),
        ("an antelope", "device", "appliance", 1493),
        ("a marketplace", "device", "appliance", 1494),
        ("a backdrop", "device", "appliance", 1495),
        ("a capillary", "device", "appliance", 1496),
        ("Venus", "device", "appliance", 1497),
        ("a spore", "device", "appliance", 1498),
        ("a snowflake", "device", "appliance", 1499),
        ("an ocean wave", "device", "appliance", 1500),
        ("a phoenix", "device", "appliance", 1501),
        ("an acorn", "device", "appliance", 1502),
        ("a wind chime", "device", "appliance", 1503),
        ("a hydra", "device", "appliance", 1504),
        ("a cyclops", "device", "appliance", 1505),
        ("a koi fish", "device", "appliance", 1506),
        ("a seashell", "device", "appliance", 1507),
        ("a nautilus shell", "device", "appliance", 1508),
        ("a hummingbird", "device", "appliance", 1509),
        ("a dolphin", "device", "appliance", 1510),
        ("a moth", "device", "appliance", 1511),
        ("a bat", "device", "appliance", 1512),
        ("a stag", "device", "appliance", 1513),
        ("a wristwatch", "device", "appliance", 1514),
        ("a fork", "device", "appliance", 1515),
        ("a spoon", "device", "appliance", 1516),
        ("a whisk", "device", "appliance", 1517),
        ("a paintbrush", "device", "appliance", 1518),
        ("a village", "device", "appliance", 1519),
        ("a city", "device", "appliance", 1520),
        ("a necktie", "device", "appliance", 1521),
        ("a barnacle", "device", "appliance", 1522),
        ("a rubber duck", "device", "appliance", 1523),
        ("a pair of scissors", "device", "appliance", 1524),
        ("a bow and arrow", "device", "appliance", 1525),
        ("a horse", "device", "appliance", 1526),
        ("a unicorn", "device", "appliance", 1527),
        ("a tortoise", "device", "appliance", 1528),
        ("a tank", "device", "appliance", 1529),
        ("a sunflower", "device", "appliance", 1530),
        ("a frog", "device", "appliance", 1531),
        ("a dragon", "device", "appliance", 1532),
        ("a windmill", "device", "appliance", 1533),
        ("a submarine", "device", "appliance", 1534),
        ("an owl", "device", "appliance", 1535),
        ("a snail", "device", "appliance", 1536),
        ("a crescent moon", "device", "appliance", 1537),
        ("a floor lamp", "device", "appliance", 1538),
        ("a sweater", "device", "appliance", 1539),
        ("a chess knight", "device", "appliance", 1540),
        ("a tiara", "device", "appliance", 1541),
        ("a griffin", "device", "appliance", 1542),
        ("a great white shark", "device", "appliance", 1543),
        ("a saxophone", "device", "appliance", 1544),
        ("a desk lamp", "device", "appliance", 1545),
        ("a wizard's staff", "device", "appliance", 1546),
        ("a lobster", "device", "appliance", 1547),
        ("a sock", "device", "appliance", 1548),
        ("a rack of server towers", "device", "appliance", 730),  # a glass turret, once
        ("a cybernetic arm", "device", "appliance", 16),  # a house, once
        ("a subway car", "wheeled", "vehicle", 6),  # a toy car, once
        ("a cracked crt monitor", "device", "appliance", 410),  # a flat screen, once
        ("a jungle gym made of bamboo", "device", "appliance", 157),  # a house, once
        ("a spring rider horse", "device", "appliance", 158),  # a horse, once
        ("a picnic table", "device", "appliance", 159),  # a plain table, once
        ("a sandbox", "device", "appliance", 160),  # a closed crate, once
        ("a wooden easel", "device", "appliance", 161),  # a boxy radio, once
        ("a palette made of marble", "device", "appliance", 162),  # a lump, once
        ("a gondola made of glass", "device", "appliance", 163),  # a sailboat, once
        ("a ceiling fan made of bronze", "device", "appliance", 164),  # a boxy radio, once
        ("a manhole cover", "device", "appliance", 165),  # a rug, once
        ("an ashtray", "device", "appliance", 166),  # a closed box, once
        ("a newspaper stand", "device", "appliance", 167),  # a table, once
        ("a kite floating", "device", "appliance", 168),  # a sheet of paper, once
        ("an arcade cabinet", "device", "appliance", 169),  # a wardrobe, once
        ("a pinball machine", "device", "appliance", 170),  # a boxy radio, once
        ("a claw crane machine", "device", "appliance", 171),  # a flamingo, once
        ("an air hockey table", "device", "appliance", 172),  # a plain table, once
        ("a foosball table made of ice", "device", "appliance", 173),  # a plain table, once
        ("a disco ball", "device", "appliance", 174),  # a plain ball, once
        ("a periscope made of brass", "device", "appliance", 175),  # a boxy radio, once
        ("a torpedo leaking oil", "device", "appliance", 176),  # a sandwich, once
        ("a porthole made of copper", "device", "appliance", 177),  # a house, once
        ("a hatch wheel valve", "device", "appliance", 178),  # a toy TV cart, once
        ("a control lever made of chrome", "device", "appliance", 179),  # a hammer, once
        ("a sombrero", "hat", "flare", 1.0),  # a straw boater, once
        ("a sphinx", "device", "appliance", 789),  # a winged lion standing, once; then a lion lying
        ("an amphora", "vessel", "handles", 2),  # a glass jar, once
        ("a ladybug", "insect", "pattern", 0.5),  # a plain beetle, once
        ("a fern", "shrub", "fur", 1.0),  # arching fronds, not a clump of balls
        ("a baseball bat", "tool", "width", 0.7),  # a club's swelling end, not a glowing wand
        ("a walking cane", "tool", "handles", 1),  # its crook
        ("a steel harpoon", "blade", "horns", 1.0),  # a barbed head
        ("a meat cleaver", "blade", "width", 1.0),  # a broad rectangle, not a knife
        ("a leather stingray", "fish", "width", 1.0),  # a flat diamond, not a disc
        ("a silver peacock", "bird", "tail", 1.0),  # its eyed fan
        ("an escape pod", "device", "appliance", 697),  # a capsule of its own, not a rocket
        ("a sleeping lion", "quadruped", "rest", 1.0),  # lying down, its tail on the ground
        ("a liver", "device", "appliance", 85),  # an apple, once
        ("a kidney", "device", "appliance", 86),  # a lump, once
        ("a pair of lungs", "device", "appliance", 87),  # a lump, once
        ("a stomach", "device", "appliance", 88),  # a person, once
        ("the intestines", "device", "appliance", 139),  # a house, once
        ("a projectile", "device", "appliance", 142),  # a sword, once
        ("a cliff", "device", "appliance", 143),  # a round boulder, once
        ("a chimney", "device", "appliance", 146),  # a pillar of stones, once
        ("a church steeple", "device", "appliance", 150),
        ("a wool sock", "device", "appliance", 1548),  # a leather boot, once
        ("a sandal", "device", "appliance", 1425),  # a laced shoe, once; now a pair of its own
        ("a silver flute", "wind_instrument", "flare", 0.0),  # a belled clarinet, once
        ("a football", "device", "appliance", 180),  # a beach ball, once
        ("a soccer ball", "device", "appliance", 181),  # a beach ball, once
        ("a basketball", "device", "appliance", 182),  # a beach ball, once
        ("a baseball", "device", "appliance", 183),  # a beach ball, once
        ("a tennis ball", "device", "appliance", 184),  # a beach ball, once
        ("a wheel of cheese", "device", "appliance", 185),  # an apple, once
        ("a crutch", "device", "appliance", 186),  # a wizard's staff, once
        ("bagpipes", "device", "appliance", 187),  # a horn, once
        ("a backpack", "device", "appliance", 188),  # a crate, once
        ("an oil tanker", "device", "appliance", 1331),  # a two-masted sailing ship, once
        ("an ocean liner", "boat", "tiers", 6),  # a two-masted sailing ship, once
        ("a weeping willow", "tree", "flare", 1.0),  # a round tree raining, once
        ("a sewing needle", "device", "appliance", 189),  # a dragonfly, once
        ("a thimble", "device", "appliance", 190),  # a box, once
        ("a safety pin", "device", "appliance", 191),  # a lump, once
        ("a fish tank", "device", "appliance", 717),  # a fish, once; then a fishbowl
        ("a woolen scarf", "device", "appliance", 193),  # a shirt on a hanger, once
        ("a violin case", "device", "appliance", 194),  # a violin, once
        ("a straight razor", "device", "appliance", 195),  # a sword, once
        ("a cordless drill", "device", "appliance", 137),  # a hammer, once
        ("a melting wristwatch", "device", "appliance", 1514),  # an alarm clock, once
        ("a floating handbag", "device", "appliance", 197),  # a wooden box, once
        ("a cat carrier", "device", "appliance", 198),  # a toy car, once
        ("an icicle", "device", "appliance", 199),  # a crystal pointing up, once
        ("a shelf", "device", "appliance", 200),  # a radio, once
        ("a knitted mitten", "device", "appliance", 201),  # a bare hand, once
        ("a string of sausages", "device", "appliance", 202),  # a tomato, once
        ("a pair of skis", "device", "appliance", 203),  # a radio, once
        ("a pair of ice skates", "footwear", "pole", 1.0),  # a stingray, once
        ("a roller skate", "footwear", "wheels", 4),  # a lump, once
        ("a hedge", "device", "appliance", 204),  # a stone fence, once
        ("a schooner", "boat", "masts", 2),  # a beer glass, once
        ("a beret", "hat", "height", 0.05),  # a baseball cap, once  # a round castle turret, once
        ("a guided missile", "device", "appliance", 151),  # a toy rocket with a porthole, once
        ("a bedroom", "device", "appliance", 206),  # a house, once
        ("a kitchen", "device", "appliance", 207),  # a house, once
        ("a bathroom", "device", "appliance", 208),  # a house, once
        ("a cosy living room", "device", "appliance", 209),  # a house, once
        ("a dining room", "device", "appliance", 210),  # a house, once
        ("a classroom", "device", "appliance", 211),  # a house, once
        ("a study", "device", "appliance", 212),  # a house, once
        ("a long hallway", "device", "appliance", 213),  # an arch, once
        ("a prison cell", "device", "appliance", 214),  # a house, once
        ("a booth", "device", "appliance", 215),  # a plain table, once
        ("a butter", "device", "appliance", 216),  # a yellow fruit, once
        ("a rabbit burrow", "device", "appliance", 217),  # two boulders, once
        ("castanets", "device", "appliance", 218),  # a drum, once
        ("sleigh bells", "device", "appliance", 219),  # a church bell, once
        ("a silo", "device", "appliance", 220),  # a turret, once
        ("a coconut", "device", "appliance", 221),  # an apple, once
        ("a catkin", "device", "appliance", 222),  # a daisy, once
        ("a diamond", "device", "appliance", 223),  # a crystal cluster, once
        ("a workboard", "device", "appliance", 503),  # a lump, once
        ("a flat", "building", "tiers", 4.0),  # a seedling box, once
        ("a donkey", "quadruped", "ears", 0.8),  # a horse's short ears, once
        ("a barge", "boat", "width", 1.0),  # a sailing boat, once
        ("a fist", "", "rest", 1.0),  # an open hand, once
        ("a grasshopper", "device", "appliance", 1378),  # an ant, once; now the locust's build
        ("a cricket", "insect", "height", 0.9),  # an ant, once
        ("a dragonfly", "insect", "length", 0.9),  # an ant with orange wings, once
        ("a mosquito", "insect", "length", 0.8),  # an ant with orange wings, once
        ("a wasp", "insect", "pattern", 0.9),  # an ant, once
        ("a cicada", "insect", "wings", 0.6),  # an ant with orange wings, once
        ("a library", "device", "appliance", 224),  # a house, once
        ("a pond", "device", "appliance", 225),  # a lump, once
        ("a river", "device", "appliance", 226),  # a lump, once
        ("a canal", "device", "appliance", 227),  # an arch, once
        ("the ocean", "device", "appliance", 228),  # a lump, once
        ("a waterfall", "device", "appliance", 229),  # a boulder, once
        ("a floating island made of honey", "device", "appliance", 230),  # a lump, once
        ("a swamp", "device", "appliance", 231),  # a lump, once
        ("a desert", "device", "appliance", 232),  # a lump, once
        ("a dark forest", "device", "appliance", 233),  # a lump, once
        ("a field of flowers", "device", "appliance", 234),  # a lump, once
        ("a garden", "device", "appliance", 235),  # a lump, once
        ("a park", "device", "appliance", 236),  # a figure, once
        ("a street", "device", "appliance", 237),  # an arch, once
        ("a beach", "device", "appliance", 238),  # a rock, once
        ("a tin can", "device", "appliance", 239),  # a destroyer, once
        ("a leather belt", "device", "appliance", 240),  # a shirt on a hanger, once
        ("a bar", "device", "appliance", 241),  # a plain table, once
        ("a coil of tubing", "device", "appliance", 242),  # an arch, once
        ("a mechanism", "jewelry", "spines", 1.0),  # two rocks, once
        ("a wig", "device", "appliance", 243),  # a shirt on a hanger, once
        ("a coffeepot", "", "height", 1.0),  # a two-handled urn, once
        ("a trestle", "device", "appliance", 79),  # a tower, once
        ("a brick fireplace", "device", "appliance", 263),  # a brick house, once
        ("a marble", "device", "appliance", 264),  # a banded ball of stone, once
        ("a monk", "biped", "figure", 48),  # a man in a sweater, once
        ("a flask", "device", "appliance", 267),  # a plain bottle, once
        ("a fedora", "device", "appliance", 1298),  # a flat-topped planter's hat, once
        ("a spur", "device", "appliance", 268),  # a road, once
        ("a fighter", "aircraft", "taper", 1.0),  # an airliner, once
        ("a rattlesnake", "serpent", "tail", 1.0),  # a snake without its rattle, once
        ("a poppy", "flower", "flare", 1.0),  # a daisy in red, once
        ("an arroyo", "device", "appliance", 274),  # two boulders, once
        ("a coat rack", "device", "appliance", 275),  # a radio, once
        ("an aloe", "cactus", "height", 0.2),  # a bush of green balls, once (a yucca)
        ("a pinecone", "device", "appliance", 276),  # a bush, once
        ("a toadstool house", "", "roof", 1.0),  # a plain orange mushroom, once
        ("the vatican", "building", "frame", 1.0),  # a cottage, once
        ("a knob", "device", "appliance", 277),  # a house, once
        ("a daffodil", "flower", "taper", 1.0),  # a rose in yellow, once
        ("a mast", "device", "appliance", 269),  # a hammer, once
        ("a boiler", "device", "appliance", 270),  # a vase, once
        ("a saddlebag", "device", "appliance", 271),  # a handbag, once
        ("a screwdriver", "device", "appliance", 272),  # a hammer, once
        ("a toast", "device", "appliance", 273),  # a loaf, once
        ("a weight", "device", "appliance", 54),  # two metal blobs, once
        ("a pin", "device", "appliance", 189),  # a ring, once
        ("a batwing", "device", "appliance", 265),  # a panelled door, once
        ("a chock", "device", "appliance", 266),  # a lump, once
        ("a robe", "garment", "width", 1.0),  # a buttoned shirt, once
        ("a stable", "building", "roof", 1.0),  # a house, once
        ("an inquisitor", "biped", "figure", 48),  # a man in a sweater, once
        ("a nut", "device", "appliance", 258),  # an apple, once
        ("a chute", "device", "appliance", 22),  # an arch, once
        ("a bath", "container", "legs", 4.0),  # an urn, once
        ("a sweatshirt", "device", "appliance", 1539),  # a buttoned shirt, once
        ("a chisel", "device", "appliance", 254),  # a sword, once
        ("a capstan", "device", "appliance", 255),  # a radio, once
        ("a sheaf", "device", "appliance", 256),  # a box, once
        ("a worm", "device", "appliance", 257),  # a snake with a forked tongue, once
        ("a walnut", "device", "appliance", 258),  # an apple, once
        ("a proton", "device", "appliance", 259),  # two boulders, once
        ("a bunk", "device", "appliance", 260),  # a single bed, once
        ("an ice", "device", "appliance", 261),  # a quartz cluster, once
        ("a charcoal", "device", "appliance", 262),  # a sledgehammer, once
        ("an oak", "device", "appliance", 1246),  # a lollipop tree, once; then a broad dome
        ("a luggage", "device", "appliance", 148),  # a black box, once
        ("a man-of-war", "boat", "masts", 3.0),  # a container ship, once
        ("a caterpillar", "device", "appliance", 244),  # a tracked vehicle, once
        ("a larva", "device", "appliance", 244),  # a dog, once
        ("a pothole", "device", "appliance", 245),  # two boulders, once
        ("a china", "device", "appliance", 246),  # a porcelain hammer, once
        ("a cellar", "device", "appliance", 247),  # a house, once
        ("an electromagnet", "device", "appliance", 248),  # a radio, once
        ("a lobster trap made of driftwood", "device", "appliance", 249),  # a bear trap, once
        ("a fishing net", "device", "appliance", 250),  # a bear trap, once
        ("a buoy made of amber floating", "device", "appliance", 251),  # a lump, once
        ("a wooden dock post", "device", "appliance", 252),  # a shrub, once
        ("a fish skeleton made of ice", "device", "appliance", 253),  # a man's skeleton, once
        ("a mule", "quadruped", "ears", 0.8),  # a horse's short ears, once
        ("a leaf", "device", "appliance", 278),  # a feather, once
        ("a bough", "device", "appliance", 279),  # a ball of a bush, once
        ("a stadium", "device", "appliance", 280),  # a house, once
        ("a hillside", "device", "appliance", 281),  # a boulder, once
        ("a cradle", "device", "appliance", 282),  # a table, once
        ("a crib", "device", "appliance", 283),  # a bed with no sides, once
        ("an affidavit", "device", "appliance", 284),  # a blank sheet, once
        ("a destroyer", "boat", "arms", 2.0),  # a container ship, once
        ("a flea", "insect", "width", 0.1),  # an ant, once
        ("a yucca", "cactus", "trunk", 1.0),  # an aloe, once
        ("a larkspur", "flower", "tiers", 4.0),  # a daisy, once
        ("a jonquil", "flower", "taper", 1.0),  # a daisy, once
        ("a meat", "fruit", "dish", 17.0),  # a tomato, once
        ("a pottery", "device", "appliance", 246),  # a sledgehammer, once
        ("a woodpecker", "bird", "pole", 1.0),  # a white gull, once
        ("a jupiter", "celestial", "tiers", 5.0),  # an orange with a ring decal, once
        ("a chicken coop", "device", "appliance", 285),  # a barn, once
        ("a haystack", "device", "appliance", 286),  # a burning chimney stack, once
        ("a bunch of grapes", "device", "appliance", 287),  # apples, once
        ("a kennel", "device", "appliance", 288),  # a house, once
        ("a pease", "device", "appliance", 289),  # a tomato, once
        ("a milk churn", "device", "appliance", 290),  # a vase, once
        ("a soup", "fruit", "dish", 20.0),  # an empty bowl, once
        ("a farmer", "biped", "figure", 49.0),  # a man in a sweater, once
        ("a skyscraper", "tower", "tiers", 6.0),  # a stack of lit cubes, once
        ("a skullcap", "hat", "width", 0.0),  # a baseball cap, once
        ("a mobcap", "device", "appliance", 1213),  # a baseball cap, once; then a knitted pouf
        ("a stop sign", "device", "appliance", 291),  # a blank placard, once
        ("a bus shelter", "device", "appliance", 292),  # a bus, once
        ("a park bench", "device", "appliance", 293),  # a velvet sofa, once
        ("a block", "device", "appliance", 294),  # a lumpy ball, once
        ("a perfume", "device", "appliance", 295),  # a lump, once
        ("a counter", "device", "appliance", 296),  # a table, once
        ("a notebook", "device", "appliance", 297),  # a thick book, once
        ("a briefcase", "device", "appliance", 298),  # a wooden box, once
        ("a bugle", "wind_instrument", "length", 0.3),  # a straight horn, once
        ("a floor", "device", "appliance", 299),  # a lump, once
        ("a watercolorist", "biped", "figure", 50.0),  # a man in a sweater, once
        ("a guitarist", "biped", "figure", 51.0),
        ("a ballerina", "biped", "figure", 52.0),
        ("a parthenon", "device", "appliance", 300),  # a church, once
        ("a skirt", "garment", "height", 0.0),  # a shirt, once
        ("a waistcoat", "garment", "arms", 0.0),  # a shirt with sleeves, once
        ("a hoodie", "garment", "shell", 1.0),  # a shirt, once
        ("a turnip", "fruit", "tail", 1.0),  # an apple, once
        ("a fig", "fruit", "neck", 1.0),  # an apple, once
        ("a cypress tree", "tree", "taper", 1.0),  # a Christmas fir, once
        ("a dead tree", "tree", "spines", 1.0),  # green and leafy, once
        ("a gargoyle", "quadruped", "pole", 1.0),  # a winged bear, once
        ("a map", "device", "appliance", 301),  # a blank sheet, once
        ("a satellite", "device", "appliance", 302),  # a gold lump, once
        ("a lunar rover", "wheeled", "vehicle", 11.0),  # a man in a sweater, once
        ("a python", "device", "appliance", 1206),  # a thin plain snake, once; then a blotched one
        ("a step", "device", "appliance", 303),  # a whole spiral staircase, once
        ("a volcano", "device", "appliance", 305),  # a snowy mountain, once
        ("a stegosaurus", "quadruped", "spines", 1.0),  # a long-necked sauropod, once
        ("a wheat", "device", "appliance", 256),  # a bush, once
        # everyday things, a radio or a lump of clay once
        ("binoculars", "device", "appliance", 318),
        ("a thermometer", "device", "appliance", 319),
        ("a tripod", "device", "appliance", 320),
        ("a propeller", "device", "appliance", 321),
        ("a remote control", "device", "appliance", 322),
        ("a fire extinguisher", "device", "appliance", 323),
        ("tongs", "device", "appliance", 324),
        ("a pipe", "device", "appliance", 325),
        ("a whip", "device", "appliance", 326),
        ("a pen", "device", "appliance", 327),
        ("a wallet", "device", "appliance", 328),
        ("a lipstick", "device", "appliance", 329),
        ("a bomb", "device", "appliance", 354),
        ("a window", "device", "appliance", 355),
        ("a virus", "device", "appliance", 356),
        ("a cd", "device", "appliance", 357),
        ("a card", "device", "appliance", 382),
        ("a treehouse", "device", "appliance", 383),
        ("a parachute", "device", "appliance", 330),
        ("a raft", "device", "appliance", 331),
        ("a gate", "device", "appliance", 332),
        ("a hut", "device", "appliance", 333),
        ("a factory", "device", "appliance", 334),
        ("a prison", "device", "appliance", 335),
        ("a pier", "device", "appliance", 336),
        ("a maze", "device", "appliance", 337),
        ("a podium", "device", "appliance", 338),
        ("a shower", "device", "appliance", 339),
        ("a trampoline", "device", "appliance", 340),
        ("a dumpster", "device", "appliance", 341),
        ("a padlock", "device", "appliance", 306),
        ("a screw", "device", "appliance", 307),
        ("a nail", "device", "appliance", 308),
        ("a sink", "device", "appliance", 309),
        ("a tap", "device", "appliance", 310),
        ("a fan", "device", "appliance", 311),
        ("a comb", "device", "appliance", 312),
        ("a tyre", "device", "appliance", 313),
        ("a brick", "device", "appliance", 314),
        ("dice", "device", "appliance", 315),
        ("a button", "device", "appliance", 316),
        ("a hook", "device", "appliance", 317),
        ("a battery", "device", "appliance", 358),
        ("a light switch", "device", "appliance", 359),
        ("a plug", "device", "appliance", 360),
        ("a socket", "device", "appliance", 361),
        ("a bar of soap", "device", "appliance", 362),
        ("money", "device", "appliance", 363),
        ("a calendar", "device", "appliance", 364),
        ("a stamp", "device", "appliance", 365),
        ("a newspaper", "device", "appliance", 366),
        ("a sponge", "device", "appliance", 367),
        ("an iron", "device", "appliance", 368),
        ("a hair dryer", "device", "appliance", 369),
        ("a nose", "device", "appliance", 342),
        ("a foot", "device", "appliance", 343),
        ("a tongue", "device", "appliance", 344),
        ("lips", "device", "appliance", 345),
        ("a moustache", "device", "appliance", 346),
        ("a beard", "device", "appliance", 347),
        ("an ear", "device", "appliance", 348),
        ("a bouquet", "device", "appliance", 349),
        ("a pill", "device", "appliance", 350),
        ("a chocolate bar", "device", "appliance", 351),
        ("bacon", "device", "appliance", 352),
        ("a chain", "device", "appliance", 353),
        ("an engine", "device", "appliance", 370),
        ("an elevator", "device", "appliance", 371),
        ("a zipper", "device", "appliance", 372),
        ("a cigarette", "device", "appliance", 373),
        ("a cigar", "device", "appliance", 374),
        ("a match", "device", "appliance", 375),
        ("a knot", "device", "appliance", 376),
        ("a jigsaw puzzle", "device", "appliance", 377),
        ("lego", "device", "appliance", 378),
        ("a yo-yo", "device", "appliance", 379),
        ("a vacuum cleaner", "device", "appliance", 380),
        ("a sewing machine", "device", "appliance", 381),
        ("a shop", "device", "appliance", 384),
        ("a train station", "device", "appliance", 385),
        ("an airport", "device", "appliance", 386),
        ("a police station", "device", "appliance", 387),
        ("a fire station", "device", "appliance", 388),
        ("a gas station", "device", "appliance", 389),
        ("a dam", "device", "appliance", 390),
        ("a zoo", "device", "appliance", 391),
        ("a gym", "device", "appliance", 392),
        ("a greenhouse", "device", "appliance", 393),
        ("a tunnel", "device", "appliance", 394),
        ("a garage", "device", "appliance", 395),
        ("a computer monitor", "device", "appliance", 396),
        ("a parcel", "device", "appliance", 397),
        ("a roll of tape", "device", "appliance", 398),
        ("wire", "device", "appliance", 399),
        ("a cork", "device", "appliance", 400),
        ("a tile", "device", "appliance", 401),
        ("a spring", "device", "appliance", 402),
        ("a trophy", "device", "appliance", 403),
        ("a laser", "device", "appliance", 404),
        ("a pump", "device", "appliance", 405),
        ("a radiator", "device", "appliance", 406),
        ("garbage", "device", "appliance", 407),
        ("a camera", "device", "appliance", 408),
        ("a computer", "device", "appliance", 409),
        ("a television", "device", "appliance", 410),
        ("a pistol", "device", "appliance", 411),
        ("a rifle", "device", "appliance", 412),
        ("a painting", "device", "appliance", 413),
        ("a swimming pool", "device", "appliance", 414),
        ("a curtain", "device", "appliance", 415),
        ("a microwave", "device", "appliance", 418),
        ("a desk", "device", "appliance", 419),
        ("a dustpan", "device", "appliance", 420),
        ("a bathroom scale", "device", "appliance", 421),
        ("a paint roller", "device", "appliance", 422),
        ("a colander", "device", "appliance", 423),
        ("an ironing board", "device", "appliance", 424),
        ("a stepladder", "device", "appliance", 425),
        ("a laundry basket", "device", "appliance", 426),
        ("a toolbox", "device", "appliance", 427),
        ("a bicycle helmet", "device", "appliance", 428),
        ("a stethoscope", "device", "appliance", 429),
        ("a water cooler", "device", "appliance", 430),
        ("a pencil sharpener", "device", "appliance", 431),
        ("a paper shredder", "device", "appliance", 432),
        ("a hospital bed", "device", "appliance", 433),
        ("a filing cabinet", "device", "appliance", 434),
        ("an office chair", "device", "appliance", 435),
        ("a lunchbox", "device", "appliance", 436),
        ("a drinking fountain", "device", "appliance", 437),
        ("a dishwasher", "device", "appliance", 438),
        ("a coffee maker", "device", "appliance", 439),
        ("a coat hanger", "device", "appliance", 440),
        ("a doormat", "device", "appliance", 441),
        ("a rolling pin", "device", "appliance", 442),
        ("a birdcage", "device", "appliance", 443),
        ("a grave", "device", "appliance", 444),
        ("a sarcophagus", "device", "appliance", 445),
        ("a snowboard", "device", "appliance", 446),
        ("a frisbee", "device", "appliance", 447),
        ("a slingshot", "device", "appliance", 448),
        ("an oar", "device", "appliance", 449),
        ("a megaphone", "device", "appliance", 450),
        ("a snorkel", "device", "appliance", 451),
        ("a pacifier", "device", "appliance", 452),
        ("a honeycomb", "device", "appliance", 453),
        ("a cocoon", "device", "appliance", 454),
        ("a clipboard", "device", "appliance", 455),
        ("a bazooka", "device", "appliance", 456),
        ("a detonator", "device", "appliance", 457),
        ("a chessboard", "device", "appliance", 458),
        ("dominoes", "device", "appliance", 459),
        ("candy", "device", "appliance", 460),
        ("a pinata", "device", "appliance", 461),
        ("a life jacket", "device", "appliance", 462),
        ("a mausoleum", "device", "appliance", 463),
        ("a forge", "device", "appliance", 464),
        ("a barbecue", "device", "appliance", 465),
        ("a sandcastle", "device", "appliance", 466),
        ("a cool box", "device", "appliance", 467),
        ("a piggy bank", "device", "appliance", 468),
        ("a lawn mower", "device", "appliance", 469),
        ("pruning shears", "device", "appliance", 470),
        ("a birdbath", "device", "appliance", 471),
        ("a rake", "device", "appliance", 472),
        ("a sleeping bag", "device", "appliance", 473),
        ("a lifeguard tower", "device", "appliance", 474),
        ("a thermos", "device", "appliance", 475),
        ("a camp chair", "device", "appliance", 476),
        ("a beach umbrella", "device", "appliance", 477),
        ("flip-flops", "device", "appliance", 478),
        ("a party hat", "device", "appliance", 479),
        ("a pickup truck", "device", "appliance", 480),
        ("a camper van", "device", "appliance", 481),
        ("a log cabin", "device", "appliance", 482),
        ("a hermit crab", "device", "appliance", 483),
        ("a mantel clock", "device", "appliance", 484),
        ("a leash", "device", "appliance", 485),
        ("a pew", "device", "appliance", 486),
        ("a jeep", "device", "appliance", 487),
        ("a signpost", "device", "appliance", 488),
        ("a crate", "device", "appliance", 489),
        ("a radish", "device", "appliance", 490),
        ("a lifebuoy", "device", "appliance", 491),
        ("a chairlift chair", "device", "appliance", 119),  # a dining chair, once
        ("an oven mitt", "device", "appliance", 201),  # a bare hand, once
        ("a pair of ski goggles", "jewelry", "pair", 1.0),  # a pair of skis, once
        ("chocolate", "device", "appliance", 351),  # a lump of chocolate, once
        ("a pair of dice", "device", "appliance", 315),  # a lump of dice, once
        ("a coffee grinder", "device", "appliance", 492),
        ("a pepper mill", "device", "appliance", 493),  # a jar, once
        ("a strawberry milkshake", "device", "appliance", 494),
        ("a dish rack", "device", "appliance", 495),
        ("a marble cake stand", "device", "appliance", 496),  # a market stall, once
        ("a menu holder", "device", "appliance", 497),
        ("a chef's hat", "device", "appliance", 498),  # the hat alone, once
        ("a soup ladle", "device", "appliance", 499),
        ("a copper saucepan", "device", "appliance", 500),
        ("a soup tureen", "device", "appliance", 501),
        ("a fondue set", "device", "appliance", 502),
        ("a cutting board with a knife", "device", "appliance", 503),
        ("a pair of ski poles", "device", "appliance", 504),
        ("a cable car", "device", "appliance", 505),
        ("a ski boot", "device", "appliance", 506),
        ("a snow shovel", "device", "appliance", 507),
        ("a cowbell", "device", "appliance", 508),
        ("a glass snow globe", "device", "appliance", 509),  # a crystal ball, once
        ("an ice axe", "device", "appliance", 510),
        ("a hurdle", "device", "appliance", 511),  # a fence, once
        ("a basketball hoop", "device", "appliance", 512),
        ("a concrete bunker", "device", "appliance", 513),
        ("a slice of watermelon", "device", "appliance", 514),
        ("a pair of slippers", "device", "appliance", 515),
        ("a tube of toothpaste", "device", "appliance", 516),
        ("a towel rail", "device", "appliance", 517),
        ("a plunger", "device", "appliance", 518),
        ("a toilet roll", "device", "appliance", 519),
        ("a soap dispenser", "device", "appliance", 520),
        ("a car jack", "device", "appliance", 521),
        ("a spirit level", "device", "appliance", 522),
        ("a soldering iron", "device", "appliance", 523),
        ("a hose reel", "device", "appliance", 524),
        ("a bunsen burner", "device", "appliance", 525),
        ("a bandage", "device", "appliance", 526),
        ("a music stand", "device", "appliance", 527),
        ("a cheese grater", "device", "appliance", 528),
        ("a corkscrew", "device", "appliance", 529),
        ("a tin opener", "device", "appliance", 530),
        ("a potato peeler", "device", "appliance", 531),
        ("a fried egg", "device", "appliance", 532),
        ("a boiled egg in an egg cup", "device", "appliance", 533),
        ("a martini", "device", "appliance", 534),
        ("a teabag", "device", "appliance", 535),
        ("a juice box", "device", "appliance", 536),
        ("a photo frame", "device", "appliance", 537),
        ("nail varnish", "device", "appliance", 538),
        ("salt and pepper shakers", "device", "appliance", 539),
        ("a bikini", "device", "appliance", 540),  # an atoll, once
        ("boxer shorts", "device", "appliance", 541),  # a boxer dog, once
        ("a game controller", "device", "appliance", 542),
        ("a pencil case", "device", "appliance", 543),
        ("a water trough", "device", "appliance", 544),
        ("a clothes horse", "device", "appliance", 545),
        ("a hamster wheel", "device", "appliance", 546),
        ("a licence plate", "device", "appliance", 547),
        ("a hubcap", "device", "appliance", 548),
        ("a windscreen wiper", "device", "appliance", 549),
        ("a baby rattle", "device", "appliance", 550),
        ("a leaf blower", "device", "appliance", 551),
        ("a smoke detector", "device", "appliance", 552),
        ("a hole punch", "device", "appliance", 553),
        ("a glue stick", "device", "appliance", 554),
        ("a ring binder", "device", "appliance", 555),
        ("cotton buds", "device", "appliance", 556),
        ("a name badge", "device", "appliance", 557),
        ("a litter box", "device", "appliance", 558),
        ("a cat tree", "device", "appliance", 559),
        ("a shipping container", "device", "appliance", 560),
        ("a conveyor belt", "device", "appliance", 561),
        ("a box of tissues", "device", "appliance", 562),
        ("sticky notes", "device", "appliance", 563),
        ("a pair of leather gloves", "device", "appliance", 564),  # a bare hand, once
        ("a whiteboard", "device", "appliance", 565),
        ("bubble wrap", "device", "appliance", 566),
        ("a feather duster", "device", "appliance", 567),
        ("a ball of yarn", "device", "appliance", 568),
        ("a washing line", "device", "appliance", 569),
        ("an umbrella stand", "device", "appliance", 570),
        ("a bottle opener", "device", "appliance", 571),
        ("a high chair", "device", "appliance", 572),
        ("a nappy", "device", "appliance", 573),
        ("a dog bed", "device", "appliance", 574),
        ("a garden shed", "device", "appliance", 575),
        ("an ice lolly", "device", "appliance", 576),
        ("corn on the cob", "device", "appliance", 577),  # a shrub, once
        ("a chilli pepper", "device", "appliance", 578),
        ("a bagel", "device", "appliance", 579),
        ("french fries", "device", "appliance", 580),
        ("a burrito", "device", "appliance", 581),
        ("a kebab", "device", "appliance", 582),
        ("a samosa", "device", "appliance", 583),
        ("a spring roll", "device", "appliance", 584),
        ("macarons", "device", "appliance", 585),
        ("a cinnamon roll", "device", "appliance", 586),
        ("a pickle", "device", "appliance", 587),
        ("a venus flytrap", "device", "appliance", 588),
        ("a chicken drumstick", "device", "appliance", 589),
        ("a bag of crisps", "device", "appliance", 590),
        ("a slinky", "device", "appliance", 591),
        ("a fidget spinner", "device", "appliance", 592),
        ("a board game", "device", "appliance", 593),
        ("a whoopee cushion", "device", "appliance", 594),
        ("a magic eight ball", "device", "appliance", 595),
        ("a water balloon", "device", "appliance", 596),
        ("a speedboat", "device", "appliance", 597),
        ("a headband", "device", "appliance", 598),
        ("nachos", "device", "appliance", 599),
        ("a vice", "device", "appliance", 93),
        ("a jack in the box", "device", "appliance", 65),
        ("a hat rack", "device", "appliance", 275),
        ("a marker", "device", "appliance", 327),
        ("a hot tub", "device", "appliance", 600),
        ("a sun lounger", "device", "appliance", 601),
        ("a ceiling light", "device", "appliance", 602),
        ("a lava lamp", "device", "appliance", 603),
        ("a bean bag", "device", "appliance", 604),
        ("a futon", "device", "appliance", 605),
        ("a dressing table", "device", "appliance", 606),
        ("a shoe rack", "device", "appliance", 607),
        ("coat hooks", "device", "appliance", 608),
        ("a doorbell", "device", "appliance", 609),
        ("a bunch of keys", "device", "appliance", 610),
        ("a pram", "device", "appliance", 611),  # a pickup, once
        ("a toothbrush", "device", "appliance", 612),  # a brush on a pole, once
        ("a hairbrush", "device", "appliance", 613),
        ("a mop and bucket", "device", "appliance", 614),
        ("a hard hat", "device", "appliance", 615),
        ("a clothes peg", "device", "appliance", 616),  # a sewing needle, once
        ("a jerry can", "device", "appliance", 617),  # a tin can, once
        ("a hot water bottle", "device", "appliance", 618),
        ("a tablecloth", "device", "appliance", 619),
        ("a drinking straw", "device", "appliance", 620),
        ("a game console", "device", "appliance", 621),
        ("a safety razor", "device", "appliance", 622),
        ("a lanyard", "device", "appliance", 623),
        ("a rolling suitcase", "device", "appliance", 624),
        ("a departure board", "device", "appliance", 625),
        ("a passport", "device", "appliance", 626),
        ("a boarding pass", "device", "appliance", 627),  # a house, once
        ("a control tower", "device", "appliance", 628),
        ("a security gate", "device", "appliance", 629),
        ("a passenger seat", "device", "appliance", 630),
        ("a duffel bag", "device", "appliance", 631),
        ("a hotel luggage cart", "device", "appliance", 632),
        ("a station clock", "device", "appliance", 633),
        ("a neck pillow", "device", "appliance", 634),
        ("a ticket machine", "device", "appliance", 635),
        ("a barber chair", "device", "appliance", 636),
        ("a clothes rack", "device", "appliance", 637),  # a house, once
        ("a mannequin", "device", "appliance", 638),
        ("a sneaker", "device", "appliance", 639),  # an oxford, once
        ("a high heel shoe", "device", "appliance", 640),  # a flat shoe, once
        ("a shoe box", "device", "appliance", 641),
        ("a shoe horn", "device", "appliance", 642),
        ("hair clippers", "device", "appliance", 643),
        ("a deck chair", "device", "appliance", 644),
        ("a fishing trawler", "device", "appliance", 645),
        ("a ship's bell", "device", "appliance", 646),
        ("a glass fishing float", "device", "appliance", 647),
        ("a wastebasket", "device", "appliance", 21),  # a chest, once
        ("a grocery store", "device", "appliance", 384),
        ("a koi pond", "device", "appliance", 225),  # a fish, once
        ("a saloon door", "device", "appliance", 265),  # a plain door, once
        ("a microphone stand", "device", "appliance", 47),  # a market stall, once
        ("a fuel tank", "device", "appliance", 13),  # a military tank, once
        ("a horseshoe", "device", "appliance", 648),  # a round ring, once
        ("a barn door", "device", "appliance", 649),  # a house door, once
        ("a peg leg", "device", "appliance", 650),
        ("a message in a bottle", "device", "appliance", 651),
        ("a spider web", "device", "appliance", 652),  # a trap, once
        ("a wall mirror", "device", "appliance", 653),
        ("a fish crate", "device", "appliance", 654),
        ("a train wheel", "device", "appliance", 655),  # a locomotive, once
        ("a porcelain doll", "device", "appliance", 656),
        ("a pirate hat", "device", "appliance", 657),
        ("a dandelion", "device", "appliance", 658),
        ("a telegraph key", "device", "appliance", 659),
        ("a control panel", "device", "appliance", 660),
        ("a solar panel", "device", "appliance", 661),
        ("a torch sconce", "device", "appliance", 662),
        ("a mixing desk", "device", "appliance", 663),
        ("a quiver of arrows", "device", "appliance", 664),
        ("a price tag", "device", "appliance", 665),
        ("a cereal box", "device", "appliance", 666),
        ("a milk carton", "device", "appliance", 667),
        ("a display case", "device", "appliance", 668),
        ("a walkie talkie", "device", "appliance", 669),
        ("dog tags", "device", "appliance", 670),
        ("a dinosaur skeleton", "device", "appliance", 671),
        ("a covered wagon", "device", "appliance", 672),  # a tanker truck, once
        ("a drawbridge", "device", "appliance", 673),
        ("a pharaoh mask", "device", "appliance", 674),
        ("a spellbook", "device", "appliance", 675),  # a plain book, once
        ("a wanted poster", "device", "appliance", 676),
        ("a jetpack", "device", "appliance", 677),  # a backpack, once
        ("a hoverboard", "device", "appliance", 678),
        ("a teleporter", "device", "appliance", 679),
        ("a laser sword", "device", "appliance", 680),
        ("a flying carpet", "device", "appliance", 681),
        ("a gravestone", "device", "appliance", 682),
        ("a geode", "device", "appliance", 683),
        ("a rowing machine", "device", "appliance", 684),
        ("a climbing wall", "device", "appliance", 685),
        ("a skipping rope", "device", "appliance", 686),
        ("a yoga mat", "device", "appliance", 687),
        ("a boxing ring", "device", "appliance", 688),
        ("a scoreboard", "device", "appliance", 689),
        ("a ping pong table", "device", "appliance", 690),
        ("a pool table", "device", "appliance", 691),
        ("a bowling ball", "device", "appliance", 692),
        ("a golf cart", "device", "appliance", 693),
        ("a fire pit", "device", "appliance", 694),  # a rock on fire, once
        ("a sundial", "device", "appliance", 695),
        ("a laser gun", "device", "appliance", 404),  # a revolver, once
        ("a control console", "device", "appliance", 660),  # a computer, once
        ("a captain's chair", "device", "appliance", 696),  # an armchair, once
        ("a cryo pod", "device", "appliance", 697),
        ("a hologram table", "device", "appliance", 698),
        ("a radar screen", "device", "appliance", 699),
        ("an airlock door", "device", "appliance", 700),
        ("a brass spittoon", "device", "appliance", 701),  # a box, once
        ("a poker table", "device", "appliance", 702),
        ("a cowboy boot", "device", "appliance", 703),
        ("a shoji screen", "device", "appliance", 704),  # a lightbox, once
        ("a folding fan", "device", "appliance", 705),
        ("a tatami mat", "device", "appliance", 706),
        ("a low tea table", "device", "appliance", 707),
        ("a bamboo water fountain", "device", "appliance", 708),
        ("a pair of geta sandals", "device", "appliance", 709),  # lace-up shoes, once
        ("a bento box", "device", "appliance", 710),
        ("a temple bell", "device", "appliance", 711),
        ("a hydroponic tray", "device", "appliance", 712),
        ("an observation dome", "device", "appliance", 713),
        ("a storage locker", "device", "appliance", 714),
        ("a folding screen", "device", "appliance", 715),
        ("a church organ", "device", "appliance", 716),
        ("an aquarium tank", "device", "appliance", 717),
        ("a siege tower", "device", "appliance", 718),
        ("a pillory", "device", "appliance", 719),
        ("a set of stocks", "device", "appliance", 720),
        ("a gallows", "device", "appliance", 721),
        ("a bellows", "device", "appliance", 722),
        ("a grindstone", "device", "appliance", 723),
        ("a spit roast", "device", "appliance", 724),
        ("a hay cart", "device", "appliance", 725),
        ("an x-ray machine", "device", "appliance", 726),
        ("a dentist chair", "device", "appliance", 727),
        ("an astrolabe", "device", "appliance", 728),
        ("an orrery", "device", "appliance", 729),
        ("a server rack", "device", "appliance", 730),
        ("a theremin", "device", "appliance", 731),
        ("a disco dance floor", "device", "appliance", 732),
        ("a popcorn cart", "device", "appliance", 733),
        ("a musical triangle", "device", "appliance", 734),
        ("a gong", "device", "appliance", 735),
        ("a ferris wheel", "device", "appliance", 736),
        ("a juggling pin", "device", "appliance", 737),
        ("a helter skelter slide", "device", "appliance", 738),
        ("a stuffed teddy bear", "device", "appliance", 739),
        ("a caramel apple", "device", "appliance", 740),
        ("a roller coaster cart", "device", "appliance", 741),
        ("a high striker", "device", "appliance", 742),
        ("a circus tent", "device", "appliance", 743),
        ("a carousel horse", "device", "appliance", 744),
        ("a bumper car", "device", "appliance", 745),
        ("a cotton candy stand", "device", "appliance", 746),
        ("a hot dog stand", "device", "appliance", 747),
        ("a ring toss game stall", "device", "appliance", 748),
        ("a ticket booth", "device", "appliance", 749),
        ("a circus wagon", "device", "appliance", 750),
        ("a funhouse mirror", "device", "appliance", 751),
        ("a trapeze", "device", "appliance", 752),
        ("a pair of clown shoes", "device", "appliance", 753),
        ("a drum kit", "device", "appliance", 754),
        ("a guitar amplifier", "device", "appliance", 755),
        ("a chemistry lab bench", "device", "appliance", 756),
        ("a celestial globe", "device", "appliance", 757),
        ("an observatory", "device", "appliance", 758),
        ("a meteorite", "device", "appliance", 759),
        ("a copper alembic", "device", "appliance", 760),
        ("a sextant", "device", "appliance", 761),
        ("a stack of vinyl records", "device", "appliance", 762),
        ("a circus hoop", "device", "appliance", 763),
        ("a balloon cart", "device", "appliance", 764),
        ("a carousel", "device", "appliance", 765),
    ],
)
def test_named_things_have_a_build_of_their_own(wish, family, param, value) -> None:
    from figment_parse import SpecParse

    made = SpecParse().parse(wish, 0, False).spec
    assert made.family == family and made.params.get(param) == value
    plain = made.model_copy(update={"params": {k: v for k, v in made.params.items() if k != param}})
    if param == "wings" and family != "blade":  # a pterosaur's leathery wings, not a T. rex's arms
        assert sum(p.tag == "wings" for p in recipe(made, 3)) == 2
    else:  # a build of its own: other parts, not the family's usual ones

        def kinds(spec: ObjectSpec) -> list[tuple[str, object, int]]:
            return [(p.gen.__qualname__, p.slot, p.count(0.4)) for p in recipe(spec, 3)]

        assert kinds(made) != kinds(plain)
    if wish == "a t-rex":  # a T. rex stands on two legs, its tail held out behind
        assert sum(p.slot == 1 for p in recipe(made, 3)) == 2
    if wish == "a cuckoo clock":
        assert [m.made_of for m in made.materials] == ["wood", "bone"]  # carved wood, no gears
    if wish == "a ship's wheel":  # a kind numbered past the safe's is not made as a safe
        assert [m.made_of for m in made.materials] == ["wood", "brass"]


def test_a_wheelbarrow_has_one_wheel_in_front_and_a_helmet_covers_the_face() -> None:
    barrow = recipe(spec("wheeled", {"wheels": 1, "height": 0.2, "handles": 2}), 3)
    assert _slots("wheeled", {"wheels": 1, "height": 0.2, "handles": 2}, "pupil") == 1  # tyre
    assert _slots("wheeled", {"wheels": 2, "height": 0.2, "handles": 2}, "pupil") == 2
    body = next(build_part(p, 0.5) for p in barrow if p.tag == "body")
    assert np.ptp(body.verts[:, 2]) > 1.2 * np.ptp(body.verts[:, 0])  # a tub longer than wide
    helm = _extent("hat", {"shell": 1.0, "height": 0.5, "width": 0.1})
    cap = _extent("hat", {"height": 0.5, "width": 0.1})
    assert helm[1] > 1.3 * cap[1]  # down round the face to the chin


def test_a_sleeping_creature_lies_down_with_its_eyes_shut() -> None:
    from figment_parse import SpecParse

    dog = SpecParse().parse("a sleeping dog", 1, False).spec
    assert dog.params.get("rest") == 1.0
    assert "rest" not in SpecParse().parse("a dog", 1, False).spec.params
    up = _extent("quadruped", {"height": 0.5})
    down = _extent("quadruped", {"height": 0.5, "rest": 1.0})
    assert down[1] < 0.7 * up[1]  # lower
    shut = recipe(spec("quadruped", {"rest": 1.0}), 3)
    assert {p.slot for p in shut if p.tag == "eyes"} == {"marking"}


def test_a_tricorn_has_a_triangle_of_walls_and_no_round_brim() -> None:
    from figment_mesh._kit import tricorn

    parts = tricorn()
    assert not any(p.gen.__qualname__.startswith("cylinder") for p in parts)  # no round brim
    assert sum(p.gen.__qualname__.startswith("box") for p in parts) == 6  # 3 walls, 3 braids
