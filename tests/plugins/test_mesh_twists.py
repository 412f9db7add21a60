"""Twists that read: raining, rising, frozen, burning, folded and becoming are geometry and
materials you can see, in the material the text names for them."""

from __future__ import annotations

import numpy as np
import pytest
from test_mesh_textures import accessor, parse

from figment.spec import ObjectSpec
from figment_mesh._build import build, recipe
from figment_mesh._geometry import Solid, build_part
from figment_mesh._materials import Images, material_for, pattern_of
from figment_mesh._modifiers import melting, twisted
from figment_mesh._parts import FIRM
from figment_mesh._patterns import PATTERNS
from figment_mesh._things import THINGS
from figment_mesh._twists import becomes_part
from figment_mesh._twists_b import WIND, blowing_away
from figment_parse import SpecParse


def parsed(text: str) -> ObjectSpec:
    """The spec the lexicon reader makes of a text."""
    return SpecParse().parse(text, 1, False).spec


def prims_by_material(glb: bytes) -> dict[str, np.ndarray]:
    """Each primitive's positions by material name."""
    doc, blob = parse(glb)
    out = {}
    for prim in doc["meshes"][0]["primitives"]:
        name = doc["materials"][prim["material"]]["name"]
        out[name] = accessor(doc, blob, prim["attributes"]["POSITION"])
    return out


def tagged(spec: ObjectSpec, tag: str) -> np.ndarray:
    """Vertices of the parts a twist grew, in the recipe's frame."""
    parts = [build_part(p, 0.5) for p in recipe(spec, 3) if p.tag == tag]
    assert parts, f"no {tag} parts"
    return np.concatenate([s.verts for s in parts])


def body(spec: ObjectSpec, tag: str) -> np.ndarray:
    """Vertices of everything else."""
    return np.concatenate([build_part(p, 0.5).verts for p in recipe(spec, 3) if p.tag != tag])


def test_the_parser_reads_the_twists_and_what_they_are_made_of() -> None:
    s = parsed("a clock that turns into gold")
    assert [m.kind for m in s.modifiers] == ["becoming"]
    assert [m.made_of for m in s.materials] == ["clockwork", "gold"]
    s = parsed("a cloud raining honey")
    assert [m.kind for m in s.modifiers] == ["raining"]
    assert s.materials[-1].made_of == "honey"
    assert [m.kind for m in parsed("a teapot raining upward").modifiers] == ["rising"]
    assert [m.kind for m in parsed("a frozen violin").modifiers] == ["frozen"]
    assert [m.kind for m in parsed("a chair on fire").modifiers] == ["burning"]
    assert [m.kind for m in parsed("an origami whale").modifiers] == ["folded"]
    drips = parsed("a feather quill dripping ink")
    assert [m.kind for m in drips.modifiers] == ["raining"] and drips.materials[-1].made_of == "ink"
    assert [m.kind for m in parsed("a candle dripping").modifiers] == ["melting"]


def test_rain_falls_below_in_the_named_material_and_rising_drops_climb() -> None:
    s = parsed("a cloud raining honey")
    rain, rest = tagged(s, "raining"), body(s, "raining")
    assert rain[:, 1].min() < rest[:, 1].min() - 0.1 * np.ptp(rest[:, 1])
    slots = {p.slot for p in recipe(s, 3) if p.tag == "raining"}
    assert slots == {1} and s.materials[1].made_of == "honey"
    assert "honey" in prims_by_material(build(s, 3, 6000, lod_levels=0).glb)
    up = parsed("a teapot raining upward")
    drops, pot = tagged(up, "rising"), body(up, "rising")
    assert drops[:, 1].max() > pot[:, 1].max() + 0.1 * np.ptp(pot[:, 1])


def test_frozen_hangs_icicles_and_burning_grows_glowing_flames() -> None:
    s = parsed("a frozen clock")
    ice = [p for p in recipe(s, 3) if p.tag == "frozen"]
    assert len(ice) >= 10 and {p.slot for p in ice} == {"frost", "snow"}  # icicles, snow on top
    doc, _ = parse(build(s, 3, 6000, lod_levels=0).glb)
    frost = next(m for m in doc["materials"] if m["name"] == "frost")
    assert "KHR_materials_transmission" in frost["extensions"] and "normalTexture" in frost
    fire = parsed("a chair on fire")
    assert sum(p.tag == "burning" and p.slot == "flame" for p in recipe(fire, 3)) >= 6
    doc, _ = parse(build(fire, 3, 6000, lod_levels=0).glb)
    flame = next(m for m in doc["materials"] if m["name"] == "flame")
    assert "emissiveTexture" in flame


def test_flames_take_the_colour_the_wish_gives_them() -> None:
    """ "Blue flames" are blue flames on an object that keeps its own colour; a torch or a
    candle with a green flame colours its own flame and grows no others."""
    chair = parsed("a wooden chair wreathed in blue flames")
    burning = chair.has("burning")
    assert burning is not None and burning.color is not None and burning.amount > 0
    assert burning.color.b > 2 * max(burning.color.r, burning.color.g)
    assert chair.materials[0].made_of == "wood" and chair.materials[0].base_color.r > 0.2
    doc, _ = parse(build(chair, 3, 6000, lod_levels=0).glb)
    flame = next(m for m in doc["materials"] if m["name"] == "flame")
    r, g, b, _ = flame["pbrMetallicRoughness"]["baseColorFactor"]
    assert b > 2 * max(r, g)
    plain = parse(build(parsed("a chair on fire"), 3, 6000, lod_levels=0).glb)[0]
    flame = next(m for m in plain["materials"] if m["name"] == "flame")
    r, g, b, _ = flame["pbrMetallicRoughness"]["baseColorFactor"]
    assert r > 2 * b  # no colour said: orange
    for wish in ("a torch with blue flames", "a candle with a green flame"):
        spec = parsed(wish)
        own = spec.has("burning")
        assert own is not None and own.amount == 0 and own.color is not None, wish
        flames = [p for p in recipe(spec, 3) if p.slot == "flame"]
        assert len(flames) == 1, wish  # its own flame, no crown of others round it
    assert not any(p.tag == "burning" for p in recipe(parsed("a candle with a green flame"), 3))


def test_fire_said_as_what_it_is_made_of_stays_the_stuff() -> None:
    phoenix = parsed("a phoenix made of blue fire")
    assert phoenix.materials[0].made_of == "fire" and phoenix.materials[0].base_color.b > 0.5
    assert phoenix.has("burning") and phoenix.has("burning").color.b > 0.5
    dragon = parsed("a dragon breathing green fire")
    assert dragon.parts == ["breath"] and dragon.materials[2].made_of == "fire"
    assert dragon.materials[2].base_color.g > 2 * dragon.materials[2].base_color.r
    assert parsed("a fire truck").has("burning") is None


def test_a_lanterns_chimney_is_clear_so_its_flame_shows() -> None:
    doc, _ = parse(build(parsed("a brass lantern"), 3, 6000, lod_levels=0).glb)
    pane = next(m for m in doc["materials"] if m["name"] == "pane")
    assert pane["pbrMetallicRoughness"]["baseColorFactor"][3] < 0.7
    ice = parse(build(parsed("a lantern made of ice"), 3, 6000, lod_levels=0).glb)[0]
    assert not any(m["name"] == "pane" for m in ice["materials"])  # its own clear stuff


def flat_share(glb: bytes) -> tuple[int, float]:
    """(triangles, share of neighbouring triangles that lie in one plane, within 1°)."""
    doc, blob = parse(glb)
    prim = doc["meshes"][0]["primitives"][0]
    v = accessor(doc, blob, prim["attributes"]["POSITION"]).astype(float)
    f = accessor(doc, blob, prim["indices"]).reshape(-1, 3).astype(np.int64)
    v, weld = np.unique(np.round(v, 5), axis=0, return_inverse=True)
    f = weld.ravel()[f]
    n = np.cross(v[f[:, 1]] - v[f[:, 0]], v[f[:, 2]] - v[f[:, 0]])
    n /= np.maximum(np.linalg.norm(n, axis=1, keepdims=True), 1e-12)
    edges = np.sort(np.concatenate([f[:, [0, 1]], f[:, [1, 2]], f[:, [2, 0]]]), axis=1)
    face = np.tile(np.arange(len(f)), 3)
    order = np.lexsort((edges[:, 1], edges[:, 0]))
    e, face = edges[order], face[order]
    pair = (e[1:] == e[:-1]).all(1)
    cos = (n[face[1:][pair]] * n[face[:-1][pair]]).sum(1)
    return len(f), float((cos > np.cos(np.radians(1.0))).mean())


def test_folded_flattens_into_facets_and_keeps_the_triangles() -> None:
    plain = build(parsed("a paper vase"), 3, 6000, lod_levels=0)
    folded = build(parsed("a paper vase folded like origami"), 3, 6000, lod_levels=0)
    (tris_plain, flat_plain), (tris_folded, flat_folded) = (
        flat_share(plain.glb),
        flat_share(folded.glb),
    )
    assert tris_folded > 0.8 * tris_plain
    assert flat_folded > flat_plain + 0.1, (flat_plain, flat_folded)


def test_becoming_turns_the_top_into_the_named_material() -> None:
    s = parsed("a glass bell that turns into smoke")
    assert [m.made_of for m in s.materials] == ["glass", "smoke"]
    prims = prims_by_material(build(s, 3, 6000, lod_levels=0).glb)
    assert prims["smoke"][:, 1].mean() > prims["glass"][:, 1].mean()


def test_an_object_made_of_a_thing_is_covered_in_that_thing() -> None:
    """Clockwork, feathers, coral, crystal, leaves, needles, wire, coins, buttons, berries, keys,
    chains, teeth, bones, shells, marbles, dice, playing cards, books, bubbles, nails, pencils,
    matches, spoons, candles, bricks, pebbles, sugar cubes and cloud cover the object in that material;
    other materials add nothing."""
    for made_of in THINGS:
        s = parsed(f"a vase made of {made_of}")
        assert s.materials[0].made_of == made_of
        things = [p for p in recipe(s, 3) if p.tag == made_of]
        # in its stuff (a match's head or a die's pips in their own)
        slots = {p.slot for p in things}
        assert len(things) >= 12 and {s for s in slots if isinstance(s, int)} == {0}, made_of
        cover, vase = tagged(s, made_of), body(s, made_of)
        # Spread over the object, not heaped in one place.
        assert np.ptp(cover[:, 1]) > 0.5 * np.ptp(vase[:, 1]), made_of
    plain = parsed("a vase made of wood")
    assert {p.tag for p in recipe(plain, 3)} == {p.tag for p in recipe(parsed("a vase"), 3)}


def test_small_things_stand_out_on_a_darker_shade_of_their_stuff() -> None:
    """A bird of spoons is spoons on dark silver: under spoons, nails or dice the object is in
    the darkest shade of their stuff (a slot past the spec's materials); a vase of coral is not,
    nor one of keys (their texture is a heap of keys on a dark ground)."""
    for wish in ("a bird made of spoons", "a vase made of nails", "a tower made of dice"):
        s = parsed(wish)
        body_slots = {p.slot for p in recipe(s, 3) if p.tag != s.materials[0].made_of}
        assert 0 not in body_slots and len(s.materials) + 2 in body_slots, wish
    assert 0 in {p.slot for p in recipe(parsed("a vase made of coral"), 3) if p.tag != "coral"}
    assert 0 in {p.slot for p in recipe(parsed("a vase made of keys"), 3) if p.tag != "keys"}


def test_becoming_something_that_is_no_material_dissolves_the_top() -> None:
    def flakes(glb: bytes) -> float:
        """Share of triangles standing alone (no corner shared with another triangle)."""
        doc, blob = parse(glb)
        alone = total = 0
        for prim in doc["meshes"][0]["primitives"]:
            f = accessor(doc, blob, prim["indices"]).reshape(-1, 3)
            uses = np.bincount(f.ravel())
            alone += int((uses[f] == 1).all(1).sum())
            total += len(f)
        return alone / total

    s = parsed("a wooden tree that turns into sand")  # (into birds: a flock, tested below)
    assert [m.made_of for m in s.materials] == ["wood"] and not s.parts
    assert flakes(build(parsed("a wooden tree"), 3, 6000, lod_levels=0).glb) < 0.02
    assert flakes(build(s, 3, 6000, lod_levels=0).glb) > 0.2


def test_a_part_made_of_something_is_built_in_that_material() -> None:
    s = parsed("a tree whose leaves are tiny mirrors")
    leaves = [p for p in recipe(s, 3) if p.tag == "" and p.slot == 0]
    assert s.materials[0].made_of == "chrome" and len(leaves) >= 14
    prims = prims_by_material(build(s, 3, 6000, lod_levels=0).glb)
    assert {"chrome", "wood"} <= set(prims)
    glass = parsed("an owl whose wings are stained glass")
    k = [m.made_of for m in glass.materials].index("stained glass")
    assert {p.slot for p in recipe(glass, 3) if p.tag == "wings"} == {k}


def test_turning_into_a_flock_sends_it_off_the_top_in_the_objects_material() -> None:
    s = parsed("a clock that melts into a flock of moths")
    parts = recipe(s, 3)
    assert not any(p.tag == "wings" for p in parts)  # the moths are not wings on the clock
    flock = [p for p in parts if p.tag == "becoming"]
    assert len(flock) >= 24 and {p.slot for p in flock} == {0}
    moths, clock = tagged(s, "becoming"), body(s, "becoming")
    assert moths[:, 1].max() > clock[:, 1].max() + 0.3 * np.ptp(clock[:, 1])
    built = build(s, 3, 0)
    assert len(built.glb) <= 2 * 1024 * 1024
    # only its crown comes apart: an hourglass dissolving into moths keeps both its bulbs
    glass = parsed("an hourglass of blown glass dissolving into moths")
    whole = prims_by_material(build(parsed("an hourglass of blown glass"), 1, 0, lod_levels=0).glb)
    left = prims_by_material(build(glass, 1, 0, lod_levels=0).glb)
    assert len(left["glass"]) > 0.7 * len(whole["glass"])
    # a part named later is the object's, and turning into a material sends no flock
    later = parsed("a loaf of bread that is slowly rusting. Its flames rise.")
    assert later.parts == ["flames"] and becomes_part(later) is None
    assert becomes_part(parsed("a lamp that turns into gold, with wings")) is None


def test_fading_into_fog_wraps_the_top_in_billows_of_it() -> None:
    s = parsed("a staircase of folded paper climbing into fog")
    k = [m.made_of for m in s.materials].index("cloud")
    billows = [p for p in recipe(s, 3) if p.tag == "becoming"]
    assert len(billows) >= 7 and {p.slot for p in billows} == {k}
    fog, stairs = tagged(s, "becoming"), body(s, "becoming")
    assert fog[:, 1].mean() > np.percentile(stairs[:, 1], 60)
    assert "cloud" in prims_by_material(build(s, 3, 6000, lod_levels=0).glb)
    assert not any(p.tag == "becoming" for p in recipe(parsed("a clock that turns into gold"), 3))


def test_a_ship_turning_into_something_turns_its_sails_too() -> None:
    s = parsed("a wooden pirate ship turning into coral")
    assert s.family == "boat" and [m.made_of for m in s.materials] == ["wood", "coral"]
    prims = prims_by_material(build(s, 3, 8000, lod_levels=0).glb)
    sails = prims.get("sclera")
    # the sails' tops are coral now; what is left white sits low
    assert sails is None or sails[:, 1].max() < prims["coral"][:, 1].max()
    assert prims["coral"][:, 1].max() > prims["wood"][:, 1].max()


def test_snow_lies_on_the_top_and_icicles_hang_above_the_ground() -> None:
    from figment_mesh._geometry import build_part

    parts = recipe(parsed("a cottage covered in snow"), 3)
    own = np.concatenate([build_part(p, 0.4).verts for p in parts if p.tag != "frozen"])
    snow = [build_part(p, 0.4).verts.mean(0) for p in parts if p.slot == "snow"]
    icicles = [build_part(p, 0.4).verts.max(0) for p in parts if p.slot == "frost"]
    lo, hi = own.min(0), own.max(0)
    assert len(snow) >= 10 and np.mean([c[1] for c in snow]) > lo[1] + 0.5 * (hi[1] - lo[1])
    assert all(top[1] > lo[1] + 0.15 * (hi[1] - lo[1]) for top in icicles)
    assert parsed("a cottage covered in snow").materials[0].made_of == "wood"  # not ice
    # a layer, not polka dots: each drift touches its neighbours
    caps = [build_part(p, 0.4).verts for p in parts if p.slot == "snow"]
    centres = np.array([c.mean(0) for c in caps])
    reach = np.median([np.ptp(c[:, [0, 2]], axis=0).max() / 2 for c in caps])
    gaps = np.linalg.norm(centres[:, None] - centres[None], axis=2) + np.eye(len(centres)) * 1e9
    assert np.median(gaps.min(1)) < 2 * reach


def test_steam_and_smoke_rise_as_puffs_and_what_it_overflows_with_spills() -> None:
    for text in ("a steaming kettle", "a chimney belching smoke", "a kettle puffing steam"):
        s = parsed(text)
        assert [m.kind for m in s.modifiers] == ["rising"], text
        assert s.materials[0].made_of != "smoke" and s.materials[-1].made_of == "smoke", text
        puffs, rest = tagged(s, "rising"), body(s, "rising")
        assert puffs[:, 1].max() > rest[:, 1].max() + 0.3 * np.ptp(rest[:, 1]), text
        assert {p.slot for p in recipe(s, 3) if p.tag == "rising"} == {len(s.materials) - 1}
    spill = parsed("a goblet overflowing with honey")
    assert [m.kind for m in spill.modifiers] == ["raining"]
    assert [m.made_of for m in spill.materials][-1] == "honey" != spill.materials[0].made_of
    brew = parsed("a cauldron steaming a thunderstorm")  # brews a thing: no steam of its own
    assert not brew.modifiers and [c.archetype for c in brew.companions] == ["cloud"]
    assert not parsed("a bathtub overflowing with stars").modifiers  # holds things
    coins = parsed("a treasure chest overflowing with coins")  # things that are a material
    assert [m.kind for m in coins.modifiers] == ["raining"]
    assert coins.materials[-1].made_of == "coins" != coins.materials[0].made_of
    tea = parsed("a cup of steaming tea").companions  # a drink filling it, not tea bushes
    assert [(c.place, c.made_of) for c in tea] == [("fill", "honey")]


def test_frozen_solid_is_a_clear_block_of_ice_round_it() -> None:
    s = parsed("an owl made of paper, frozen in ice")
    assert [(m.kind, m.amount) for m in s.modifiers] == [("frozen", 1.0)]
    assert [m.made_of for m in s.materials] == ["paper"]  # the ice is the twist's, not its stuff
    (block,) = [p for p in recipe(s, 3) if p.tag == "frozen"]
    assert block.slot == "clear_ice"
    ice, owl = tagged(s, "frozen"), body(s, "frozen")
    assert (ice.min(0) <= owl.min(0) + 1e-6).all() and (ice.max(0) >= owl.max(0) - 1e-6).all()
    assert "clear_ice" in prims_by_material(build(s, 3, 6000, lod_levels=0).glb)
    light = parsed("a frozen clock")
    assert light.modifiers[0].amount < 1.0
    assert not any(p.slot == "clear_ice" for p in recipe(light, 3))


def test_leaked_smoke_and_bubbles_rise() -> None:
    for text, stuff in (("a lantern made of brass, leaking smoke", "smoke"),
                        ("a teapot made of iron, leaking bubbles", "bubbles")):  # fmt: skip
        s = parsed(text)
        assert [m.kind for m in s.modifiers] == ["rising"] and s.materials[-1].made_of == stuff
        up, rest = tagged(s, "rising"), body(s, "rising")
        assert up[:, 1].min() > rest[:, 1].min() + 0.5 * np.ptp(rest[:, 1])  # above, not below
    honey = parsed("a lantern made of brass, leaking honey")
    assert tagged(honey, "raining")[:, 1].min() < body(honey, "raining")[:, 1].min()


def test_upside_down_turns_the_object_over_onto_its_top() -> None:
    import io

    import trimesh

    def verts(text: str) -> np.ndarray:
        glb = build(parsed(text), 3, 8000, lod_levels=0).glb
        scene = trimesh.load(io.BytesIO(glb), file_type="glb", force="scene", process=False)
        return np.asarray(scene.to_geometry().vertices)

    for text in ("an upside-down lamp", "a tree growing upside down"):
        assert [m.kind for m in parsed(text).modifiers] == ["upside_down"], text
    assert parsed("a cat with a top hat on its head").modifiers == []  # where the hat goes
    up, down = verts("a tree"), verts("a tree growing upside down")
    # the crown, high and wide on a tree, is low on the turned one; it still stands on y = 0
    assert np.mean(up[:, 1]) / np.ptp(up[:, 1]) > 0.5 > np.mean(down[:, 1]) / np.ptp(down[:, 1])
    assert abs(down[:, 1].min()) < 1e-4


def test_breathing_fire_comes_from_the_mouth_and_the_beast_keeps_its_hide() -> None:
    dragon = parsed("a dragon breathing fire")
    made = [m.made_of for m in dragon.materials]
    assert dragon.parts == ["breath"] and made[:2] == ["scales", "leather"] and made[2] == "fire"
    fire = tagged(dragon, "breath")
    beast = body(dragon, "breath")
    ahead = [fire[:, k].max() > beast[:, k].max() + 0.1 * np.ptp(beast[:, k]) for k in (0, 2)]
    assert any(ahead)  # out in front, the way its build faces (a dragon's runs along x)
    slots = {p.slot for p in recipe(dragon, 3) if p.tag == "breath"}
    assert slots == {2}  # in the fire it breathes
    frost = parsed("a wolf breathing frost")
    assert frost.parts == ["breath"] and frost.materials[-1].made_of == "ice"
    plain = {p.slot for p in recipe(parsed("a fire-breathing dragon"), 3) if p.tag == "breath"}
    assert plain == {"flame"}
    assert parsed("a breathing lamp").parts == []  # alone, breathing is how it moves


def test_vines_wind_round_the_object_in_green_or_in_what_they_are_made_of() -> None:
    for text in ("a bicycle tangled in vines", "a tower overgrown with ivy"):
        assert parsed(text).parts == ["vines"], text
    tower = parsed("a tower overgrown with ivy")
    vines = tagged(tower, "vines")
    stone = body(tower, "vines")
    assert np.ptp(vines[:, 1]) > 0.6 * np.ptp(stone[:, 1])  # from its foot up most of it
    assert {p.slot for p in recipe(tower, 3) if p.tag == "vines"} == {"ivy"}
    books = parsed("a wardrobe built from stacked old books, overgrown with ivy")
    ivy = {p.slot for p in recipe(books, 3) if p.tag == "vines"}
    assert [material_for(books, slot)["name"] for slot in ivy] == ["ivy"]  # green, not books
    gold = parsed("a lamp whose vines are gold")
    assert {p.slot for p in recipe(gold, 3) if p.tag == "vines"} == {1}
    assert parsed("a dress made of vines").parts == []  # what it is made of, not wound round


def test_covered_in_moss_lies_in_patches_over_it_in_moss() -> None:
    spec = parsed("a wooden treasure chest covered in moss")
    assert [m.kind for m in spec.modifiers] == ["covered"]
    assert [m.made_of for m in spec.materials][:2] == ["wood", "moss"]  # wood under the moss
    moss = [p for p in recipe(spec, 3) if p.tag == "covered"]
    assert len(moss) >= 10 and {p.slot for p in moss} == {1}  # in the moss slot
    own, patches = body(spec, "covered"), tagged(spec, "covered")
    lo, hi = own.min(0), own.max(0)
    assert patches[:, 1].max() > hi[1] - 0.05 * (hi[1] - lo[1])  # on the lid
    assert np.ptp(patches[:, 1]) > 0.5 * (hi[1] - lo[1])  # and down its sides
    # a thing it is covered in is a companion, not a patch; snow is the frozen twist
    assert parsed("a whale covered in barnacles").modifiers == []
    assert [m.kind for m in parsed("a cottage covered in snow").modifiers] == ["frozen"]


def test_rust_covers_a_thing_in_flat_blotches_on_its_faces_not_heaped_clumps() -> None:
    for wish in ("a gym locker covered in rust", "a steel safe covered in rust"):
        spec = parsed(wish)
        assert [m.made_of for m in spec.materials][1:2] == ["rust"], wish
        patches, own = tagged(spec, "covered"), body(spec, "covered")
        lo, hi = own.min(0), own.max(0)
        out = np.maximum(lo - patches.min(0), patches.max(0) - hi) / (hi - lo).max()
        assert out.max() < 0.04, wish  # on its faces, nothing sticking out past its edges
        for part in recipe(spec, 3):
            if part.tag == "covered":  # each blotch thin, as a stain is
                verts = build_part(part, 0.5).verts
                spread = np.linalg.svd(verts - verts.mean(0), compute_uv=False)
                assert spread[-1] < 0.15 * spread[0], wish


def test_melting_ice_cream_runs_over_a_cone_that_keeps_its_shape() -> None:
    cone = parsed("a melting ice cream cone")
    runs = [p for p in recipe(cone, 3) if p.tag == "melting"]
    # the ice cream runs, not the wafer, gone smooth (its melted look: no scoop texture)
    assert runs and {p.slot for p in runs} == {"melt1"}
    melted = material_for(cone, "melt1", Images(), 3, 64)
    assert melted["name"] == f"melted-{cone.materials[1].made_of}"
    assert "baseColorTexture" not in melted["pbrMetallicRoughness"]
    solids = [build_part(p, 0.5) for p in recipe(cone, 3)]
    before = [s.verts.copy() for s in solids]
    melting(solids, 1.0, np.random.default_rng(0))
    moved = [not np.allclose(s.verts, v) for s, v in zip(solids, before, strict=True)]
    assert not any(m for s, m in zip(solids, moved, strict=True) if s.tag == FIRM)  # the cone
    assert any(m for s, m in zip(solids, moved, strict=True) if s.tag == "body")  # the scoop
    candle = parsed("a melting candle")  # all of it melts, and runs in its own wax
    assert {p.slot for p in recipe(candle, 3) if p.tag == "melting"} == {"melt0"}


def test_what_it_overflows_with_runs_down_its_sides_and_rain_falls_below() -> None:
    spill = parsed("a cauldron overflowing with honey")
    runs, own = tagged(spill, "raining"), body(spill, "raining")
    tall = np.ptp(own[:, 1])
    assert runs[:, 1].max() > own[:, 1].max() - 0.35 * tall  # from up at its rim
    assert runs[:, 1].min() > own[:, 1].min() - 0.05 * tall  # down to its foot, not below it
    rain = parsed("a cloud raining honey")  # a cloud rains from its underside, below it
    drops, cloud = tagged(rain, "raining"), body(rain, "raining")
    assert drops[:, 1].min() < cloud[:, 1].min() - 0.1 * np.ptp(cloud[:, 1])
    tractor = parsed("a melting tractor")  # it runs in its own body's stuff, not its tyres'
    assert {p.slot for p in recipe(tractor, 3) if p.tag == "melting"} == {"melt0"}


def test_moss_and_snow_cover_a_thing_thinner_than_their_grid() -> None:
    # a coat hanger is flat: thinner front to back than one cell of the grid that looks down on
    # it (it once had no cell at all, and the build failed)
    for wish, tag in (
        ("a wooden clothes hanger covered in moss", "covered"),
        ("a clothes hanger covered in snow", "frozen"),
    ):
        spec = parsed(wish)
        assert spec.params.get("appliance") == 440
        assert len(tagged(spec, tag))
        build(spec, 0, 3000)


def test_growing_moss_lies_in_patches_and_snow_falls_as_flakes() -> None:
    bike = parsed("a bicycle made of coral, growing seaweed")
    assert [m.kind for m in bike.modifiers] == ["covered"]
    assert [m.made_of for m in bike.materials] == ["coral", "seaweed"]
    giraffe = parsed("a giraffe knitted from wool, with moss growing on it")
    assert [m.kind for m in giraffe.modifiers] == ["covered"]  # in patches, not its stuff
    assert [m.made_of for m in giraffe.materials] == ["wool", "moss"]
    # snow falls in flakes onto heaps, not in streams to puddles
    snowing = parsed("an umbrella raining snow")
    assert [m.kind for m in snowing.modifiers] == ["raining"]
    flakes = [p for p in recipe(snowing, 3) if p.tag == "raining"]
    assert not any(p.gen.__qualname__.startswith("tube") for p in flakes)
    wet = [p for p in recipe(parsed("an umbrella raining honey"), 3) if p.tag == "raining"]
    assert any(p.gen.__qualname__.startswith("tube") for p in wet)  # a stream breaking into drops


def test_haunted_trails_pale_wisps_and_flaming_burns() -> None:
    lantern = parsed("a haunted lantern")
    assert [m.kind for m in lantern.modifiers] == ["rising"] and lantern.materials[
        -1
    ].made_of == "smoke"
    sword = parsed("a cursed sword")
    assert sword.materials[-1].made_of == "shadow"
    assert [m.kind for m in parsed("a flaming arrow").modifiers] == ["burning"]


def test_dripping_with_a_stuff_sheds_it_and_steam_rises() -> None:
    pancakes = parsed("a stack of pancakes dripping with maple syrup")
    assert [m.kind for m in pancakes.modifiers] == ["raining"]  # the syrup drips: no melting
    assert pancakes.materials[-1].made_of == "honey"
    kettle = parsed("a copper kettle whistling with steam")
    assert [m.kind for m in kettle.modifiers] == ["rising"]
    # (its handle keeps its own plastic; the steam is a stuff of its own, not the handle's)
    assert [m.made_of for m in kettle.materials] == ["brass", "plastic", "smoke"]


def test_a_leaked_drink_drips_in_its_own_look_and_ice_freezes_over() -> None:
    """ "Leaking wine" drips wine (berries' red), "leaking coffee" coffee (chocolate), and the
    object keeps its own second stuff (a barrel's hoops are not wine); "covered in ice" is
    frozen over, not dotted with ice."""
    barrel = parsed("a barrel made of oak, leaking wine")
    assert [m.kind for m in barrel.modifiers] == ["raining"]
    assert barrel.materials[-1].made_of == "berries" and len(barrel.materials) == 3
    assert parsed("a mug made of ceramic, leaking coffee").materials[-1].made_of == "chocolate"
    assert [m.kind for m in parsed("a kettle leaking steam").modifiers] == ["rising"]  # once
    trophy = parsed("a trophy made of bronze, covered in ice")
    assert [m.kind for m in trophy.modifiers] == ["frozen"]


def test_a_flow_said_to_run_upward_rises() -> None:
    chair = parsed("a chair made of honeycomb dripping honey upward")
    assert [m.kind for m in chair.modifiers] == ["rising"]
    assert [m.kind for m in parsed("a cloud raining honey").modifiers] == ["raining"]


def test_flames_on_a_thin_blade_lick_it_and_do_not_hide_it() -> None:
    sword = parsed("a steel longsword on fire")
    flames = [build_part(p, 0.5).verts for p in recipe(sword, 3) if p.slot == "flame"]
    height = np.ptp(body(sword, "burning")[:, 1])
    assert flames and np.median([np.ptp(f[:, 0]) for f in flames]) < 0.08 * height


def test_a_cloud_rains_water_and_feathers_flutter_down_flat() -> None:
    rabbit = parsed("a rabbit made of clouds that is raining")
    rain = [p for p in recipe(rabbit, 3) if p.tag == "raining"]
    assert rain and {p.slot for p in rain} == {"rain"}  # drops of water, not puffs of cloud
    honey = parsed("a cloud raining honey")
    assert "rain" not in {p.slot for p in recipe(honey, 3) if p.tag == "raining"}
    umbrella = parsed("an umbrella made of autumn leaves that is raining feathers")
    falling = [build_part(p, 0.5) for p in recipe(umbrella, 3) if p.tag == "raining"]
    spans = [np.linalg.svd(s.verts - s.verts.mean(0), compute_uv=False) for s in falling]
    assert all(v[2] < 0.1 * v[0] for v in spans)  # thin blades, not grains


def test_sparks_fall_as_glowing_streaks_that_leave_nothing_below() -> None:
    coil = parsed("a tesla coil raining sparks")
    assert coil.materials[-1].made_of == "fire" and coil.has("raining")
    sparks = [build_part(p, 0.5) for p in recipe(coil, 3) if p.tag == "raining"]
    assert len(sparks) > 20
    spans = [np.ptp(s.verts, axis=0) for s in sparks]
    assert all(v[1] > max(v[0], v[2]) for v in spans)  # streaks along their fall, not drops
    ground = min(float(s.verts[:, 1].min()) for s in sparks)
    flat = [v for v in spans if v[1] < 0.2 * max(v[0], v[2])]
    assert not flat and ground > -1.0  # no puddle, no heap
    honey = parsed("a lamp raining honey")  # a liquid still drips into a puddle
    drops = [build_part(p, 0.5) for p in recipe(honey, 3) if p.tag == "raining"]
    assert any(np.ptp(d.verts[:, 1]) < 0.2 * np.ptp(d.verts[:, 0]) for d in drops)


def test_a_drink_it_overflows_with_spills_and_a_metal_rains_as_nuggets() -> None:
    vase = parsed("a vase overflowing with wine")
    assert vase.has("raining") and vase.materials[-1].made_of == "berries"  # the wine's look
    assert [c.place for c in vase.companions] == ["fill"]
    mug = parsed("a mug overflowing with beer")
    assert mug.has("raining") and mug.materials[-1].made_of == "honey"
    assert not parsed("a cup of tea").modifiers  # only held, not spilling
    gold = [build_part(p, 0.5) for p in recipe(parsed("a cloud raining gold"), 3)
            if p.tag == "raining"]  # fmt: skip
    spans = np.array([np.ptp(g.verts, axis=0).max() for g in gold])
    assert len(gold) > 20 and np.median(spans) < 0.1  # grains and low heaps, not puddles


def test_a_twist_said_of_what_it_holds_or_is_made_of_is_theirs() -> None:
    boat = parsed("a wooden rowboat full of burning candles")
    assert not boat.has("burning") and boat.companions[0].made_of == "wax"
    teapot = parsed("a teapot made of bubbling lava that is overflowing")
    assert teapot.materials[0].made_of == "lava" and teapot.has("rising")
    assert parsed("a staircase of lemon fire").materials[0].made_of == "fire"


def test_twists_said_after_what_it_is_made_of_read_as_said() -> None:
    pizza = parsed("a pizza carved from marble, glowing from within")
    assert [m.made_of for m in pizza.materials] == ["marble"]  # lit, not given a light
    assert 0 < pizza.materials[0].emissive_strength < 0.5  # white stuff glows warm, its veins seen
    assert parsed("a wooden box that glows").materials[0].emissive_strength > 0
    assert parsed("a lantern glowing from within").materials[0].made_of == "light"  # its flame
    ice = parsed("a pair of scissors carved from bone, frozen in a block of ice")
    assert [(m.kind, m.amount) for m in ice.modifiers] == [("frozen", 1.0)]  # all the way
    castle = parsed("a castle crumbling to dust")
    assert "sand" not in [m.made_of for m in castle.materials]  # it comes apart, not of sand
    assert [m.kind for m in castle.modifiers] == ["blowing_away"]  # flakes of it, carried off
    assert not parsed("a sunflower turning to the sun").modifiers  # it turns, it does not become


def test_a_thing_in_the_rain_drips_under_a_raincloud() -> None:
    taxi = parsed("a taxi made of cardboard, sagging in the rain")
    assert taxi.materials[0].made_of == "cardboard"  # not made of water
    assert "raining" in [m.kind for m in taxi.modifiers]
    (cloud,) = taxi.companions
    assert cloud.archetype == "cloud" and cloud.place == "above" and cloud.made_of == "smoke"
    chair = parsed("a chair in the pouring rain")
    assert chair.materials[0].made_of == "wood" and chair.materials[-1].made_of == "water"
    drops = [p for p in recipe(chair, 3) if p.tag == "raining"]
    assert drops
    assert not [c for c in parsed("a chair in the sun").companions if c.archetype == "cloud"]


def test_what_breathes_shows_its_breath_in_a_still() -> None:
    frog = parsed("a frog made of jade, breathing slowly")
    assert [m.kind for m in frog.motions] == ["breathe"]
    puffs = [p for p in recipe(frog, 3) if p.tag == "exhale"]
    assert puffs and {p.slot for p in puffs} == {"mist"}  # pale mist, not the frog's jade
    body = np.concatenate([build_part(p, 0.4).verts for p in recipe(frog, 3) if p.tag != "exhale"])
    mist = np.concatenate([build_part(p, 0.4).verts for p in puffs])
    ahead = [mist[:, k].max() > body[:, k].max() for k in (0, 2)]
    assert any(ahead)  # out in front of it (its build faces the viewer or runs along x)
    fox = parsed("a fox breathing slowly")  # its build runs along x: it breathes out that way
    fox_body = np.concatenate(
        [build_part(p, 0.4).verts for p in recipe(fox, 3) if p.tag != "exhale"]
    )
    fox_mist = np.concatenate(
        [build_part(p, 0.4).verts for p in recipe(fox, 3) if p.tag == "exhale"]
    )
    assert fox_mist[:, 0].max() > fox_body[:, 0].max()
    assert not [p for p in recipe(parsed("a dragon breathing fire"), 3) if p.tag == "exhale"]
    assert not [p for p in recipe(parsed("a frog made of jade"), 3) if p.tag == "exhale"]


def test_a_thing_made_of_clouds_billows_and_a_cotton_shirt_does_not() -> None:
    sofa = parsed("a sofa made of clouds")
    assert sofa.materials[0].made_of == "cloud"
    assert len([p for p in recipe(sofa, 3) if p.tag == "cloud"]) >= 30  # its outline is soft
    assert not [p for p in recipe(parsed("a cloud"), 3) if p.tag == "cloud"]  # it is one
    assert parsed("a cotton shirt").materials[0].made_of == "fabric"
    storm = parsed("a teddy bear made of storm clouds").materials[0]
    assert storm.made_of == "cloud" and storm.base_color.r < 0.5  # grey, not white


def test_origami_paper_is_coloured_so_its_folds_show() -> None:
    bear = parsed("a teddy bear folded from origami paper").materials[0]
    assert bear.made_of == "paper" and bear.base_color.r > 3 * bear.base_color.g  # red
    blue = parsed("a blue origami crane made of paper").materials[0]
    assert blue.base_color.b > blue.base_color.r  # the colour said wins
    plain = parsed("a paper boat").materials[0]
    assert plain.base_color.g > 0.5  # unfolded paper stays paper-white


def test_origami_paper_shows_its_creases() -> None:
    owl = parsed("an owl folded from origami paper")
    assert pattern_of(owl, "paper") == "origami"
    assert pattern_of(parsed("a paper boat"), "paper") == "paper"  # a flat sheet's fibres
    elephant = parsed("a blue origami elephant").materials[0]
    assert elephant.made_of == "paper" and elephant.base_color.b > elephant.base_color.r
    maps = PATTERNS["origami"](128, np.random.default_rng(3))
    tones = np.unique(np.round(maps.albedo[..., 0], 3))
    assert len(tones) > 20  # every facet its own shade
    assert maps.height.min() < 0.45 < 0.55 < maps.height.max()  # mountain and valley folds


def test_lightning_glows_electric_blue_not_lamplight() -> None:
    harp = parsed("a harp made of lightning").materials[0]
    assert harp.made_of == "light" and harp.emissive.b > 0.9 and harp.emissive.r < 0.2
    lamp = parsed("a lamp made of light").materials[0]
    assert lamp.emissive.r > lamp.emissive.b  # light itself keeps its warm glow


def test_lightning_strikes_from_above_and_crackles_over_it() -> None:
    tree = parsed("a tree struck by lightning")
    assert [m.kind for m in tree.modifiers] == ["lightning"]
    assert [m.made_of for m in tree.materials] == ["moss", "wood"]  # a tree still, not light
    bolts = tagged(tree, "lightning")
    wood = body(tree, "lightning")
    assert bolts[:, 1].max() > wood[:, 1].max() + 0.3 * np.ptp(wood[:, 1])  # from the sky
    assert {p.slot for p in recipe(tree, 3) if p.tag == "lightning"} == {"spark"}
    red = parsed("a sword crackling with electricity")
    assert red.materials[0].made_of != "light"  # its steel, with sparks
    bolt = parsed("a horse made of lightning")  # of it: electric light, crackling with bolts
    assert bolt.materials[0].made_of == "light"
    assert [m.kind for m in bolt.modifiers] == ["lightning"]
    glb = build(tree, 1, 0, lod_levels=0).glb
    assert "spark" in prims_by_material(glb)


def test_unravelling_trails_a_strand_of_itself_to_the_floor() -> None:
    scarf = parsed("a scarf knitted from wool, unravelling")
    assert [m.kind for m in scarf.modifiers] == ["unravelling"]
    strand = [p for p in recipe(scarf, 3) if p.tag == "unravelling"]
    assert strand and {p.slot for p in strand} == {0}  # its own wool
    v = tagged(scarf, "unravelling")
    rest = body(scarf, "unravelling")
    assert v[:, 1].min() <= rest[:, 1].min() + 0.05 * np.ptp(rest[:, 1])  # down on the floor
    assert [m.kind for m in parsed("a sweater coming undone").modifiers] == ["unravelling"]
    # what it unravels into is what it becomes
    assert [m.kind for m in parsed("a rug unravelling into snakes").modifiers] == ["becoming"]


def test_tangled_winds_string_round_it_or_what_it_is_tangled_in() -> None:
    cat = parsed("a cat tangled in red yarn")
    assert [m.kind for m in cat.modifiers] == ["tangled"]
    assert cat.materials[0].made_of != "wool"  # a cat, not a cat of wool
    slots = {p.slot for p in recipe(cat, 3) if p.tag == "tangled"}
    assert slots == {len(cat.materials) - 1} and cat.materials[-1].made_of == "wool"
    assert not cat.companions  # strands round it, not yarn balls on it
    puppet = parsed("a marionette made of copper wire, tangled in its own strings")
    assert {p.slot for p in recipe(puppet, 3) if p.tag == "tangled"} == {"string"}
    loops = tagged(puppet, "tangled")
    wire = body(puppet, "tangled")
    assert np.ptp(loops[:, 1]) > 0.6 * np.ptp(wire[:, 1])  # at every height
    reach = np.ptp(loops[:, [0, 2]], axis=0) / np.ptp(wire[:, [0, 2]], axis=0)
    assert (reach < 1.6).all()  # hugging it, not a cage far off
    assert {p.slot for p in recipe(parsed("a bicycle tangled in ivy"), 3)
            if p.tag == "tangled"} == {"ivy"}  # fmt: skip


def test_blowing_away_carries_flakes_of_it_off_downwind() -> None:
    castle = parsed("a castle of sand blowing away in the wind")
    assert [m.kind for m in castle.modifiers] == ["blowing_away"]
    glb = build(castle, 1, 0, lod_levels=0).glb
    assert np.isfinite(prims_by_material(glb)["sand"]).all()
    tower = [build_part(p, 0.6) for p in recipe(parsed("a castle of sand"), 3)]
    blown = blowing_away([Solid(s.verts.copy(), s.faces, s.slot, s.tag, s.welded, s.uv)
                          for s in tower], 0.6, 1)  # fmt: skip
    before = np.concatenate([s.verts for s in tower]) @ WIND
    after = np.concatenate([s.verts[np.unique(s.faces)] for s in blown]) @ WIND
    assert after.max() > before.max() + 0.2 * np.ptp(before)  # flakes carried off downwind
    assert after.min() == pytest.approx(before.min(), abs=1e-6)  # the upwind side stays
    assert [m.kind for m in parsed("a dandelion blown away").modifiers] == ["blowing_away"]


def test_inside_out_peels_its_top_back_and_shows_its_lining() -> None:
    fridge = parsed("an inside-out refrigerator made of white marble")
    assert [m.kind for m in fridge.modifiers] == ["inside_out"]
    prims = prims_by_material(build(fridge, 1, 0, lod_levels=0).glb)
    lining, marble = prims["lining"], prims["marble"]
    assert np.isfinite(lining).all() and np.isfinite(marble).all()
    plain = prims_by_material(build(parsed("a refrigerator made of white marble"), 1, 0,
                                    lod_levels=0).glb)["marble"]  # fmt: skip

    # the petals curl out past where its sides were: wider for its height than it stood
    def squat(v: np.ndarray) -> float:
        return float(np.ptp(v[:, [0, 2]], axis=0).max() / np.ptp(v[:, 1]))

    assert squat(marble) > 1.1 * squat(plain)
    assert lining[:, 1].mean() > marble[:, 1].mean()  # the red shows at its top


def test_sprinkles_are_a_stuff_and_lie_on_what_they_cover_as_coloured_rods() -> None:
    donut = parsed("a donut covered in sprinkles")
    assert [m.kind for m in donut.modifiers] == ["covered"]
    assert donut.materials[-1].made_of == "sprinkles"
    rods = [p for p in recipe(donut, 3) if p.tag == "covered"]
    assert len(rods) >= 90 and len({p.slot for p in rods}) >= 4  # many, in several colours
    assert parsed("a horse made of sprinkles").materials[0].made_of == "sprinkles"
    maps = PATTERNS["sprinkles"](128, np.random.default_rng(2))
    assert np.ptp(maps.albedo.reshape(-1, 3), axis=0).min() > 0.5  # bright colours on white


def test_ice_cream_is_a_stuff_and_an_ice_cream_a_thing() -> None:
    tower = parsed("a lighthouse made of ice cream, melting")
    assert tower.materials[0].made_of == "ice cream"
    assert tower.materials[0].base_color.r > tower.materials[0].base_color.b  # strawberry
    assert parsed("a castle of ice cream").materials[0].made_of == "ice cream"
    assert "ice cream" not in [m.made_of for m in parsed("an ice cream cone").materials]
    maps = PATTERNS["ice cream"](128, np.random.default_rng(4))
    assert np.ptp(maps.height) > 0.5  # scooped mounds, not a flat colour


def test_flat_things_rising_flutter_up_as_sheets_not_drops() -> None:
    tower = parsed("a skyscraper of old books, raining pages upward")
    assert [m.kind for m in tower.modifiers] == ["rising"]
    pages = [p for p in recipe(tower, 3) if p.tag == "rising"]
    assert len(pages) >= 15
    for page in pages:  # each a thin sheet, however it tumbles
        v = build_part(page, 0.4).verts
        spread = np.linalg.svd(v - v.mean(0), compute_uv=False)
        assert spread[2] < 0.25 * spread[0]


def test_a_long_low_thing_turned_inside_out_peels_from_one_end() -> None:
    flute = parsed("a flute turned inside out")
    prims = prims_by_material(build(flute, 1, 0, lod_levels=0).glb)
    lining = prims["lining"]
    own = np.concatenate([v for name, v in prims.items() if name != "lining"])
    # the red is at one end of its length, not over its back
    long = int(np.argmax(np.ptp(own[:, [0, 2]], axis=0))) * 2
    ends = (own[:, long].min(), own[:, long].max())
    near = min(abs(lining[:, long].mean() - e) for e in ends)
    assert near < 0.35 * (ends[1] - ends[0])
    plain = prims_by_material(build(parsed("a flute"), 1, 0, lod_levels=0).glb)
    length = np.ptp(np.concatenate(list(plain.values()))[:, long])
    assert ends[1] - ends[0] > 0.6 * length  # still long: its petals do not shrink it to fit


def test_unfolding_opens_its_top_out_in_flaps_of_itself() -> None:
    owl = parsed("an owl sculpted from origami paper, slowly unfolding")
    assert "unfolding" in [m.kind for m in owl.modifiers]
    assert [m.kind for m in parsed("a rose opening up").modifiers] == ["unfolding"]
    prims = prims_by_material(build(owl, 1, 0, lod_levels=0).glb)
    assert "lining" not in prims  # its flaps' insides are its own paper
    plain = prims_by_material(build(parsed("an owl sculpted from origami paper"), 1, 0,
                                    lod_levels=0).glb)  # fmt: skip

    def squat(v: np.ndarray) -> float:
        return float(np.ptp(v[:, [0, 2]], axis=0).max() / np.ptp(v[:, 1]))

    assert squat(prims["paper"]) > 1.05 * squat(plain["paper"])  # flaps opened out wider


def test_sinking_stands_it_in_a_pool_of_what_it_sinks_into() -> None:
    piano = parsed("a piano sinking into the sand")
    assert [m.kind for m in piano.modifiers] == ["sinking"]
    assert piano.materials[0].made_of == "wood"  # a wooden piano, in sand
    pool = [p for p in recipe(piano, 3) if p.tag == "sinking"]
    assert {p.slot for p in pool} == {len(piano.materials) - 1}
    assert piano.materials[-1].made_of == "sand"
    water = tagged(parsed("a house slowly sinking"), "sinking")
    house = body(parsed("a house slowly sinking"), "sinking")
    assert house.min(0)[1] < water[:, 1].mean() < house.min(0)[1] + 0.5 * np.ptp(house[:, 1])
    assert np.ptp(water[:, 0]) > np.ptp(house[:, 0])  # wider than it: it stands in the pool
    assert [m.kind for m in parsed("a tower climbing into fog").modifiers] == ["becoming"]
    ship = parsed("a ship sinking into a sea of milk")  # a sea of milk: milk, not water
    assert ship.materials[-1].made_of == "porcelain" and ship.materials[0].made_of == "wood"


def test_a_long_thing_lying_down_tied_in_a_knot_loops_up() -> None:
    from figment_mesh._geometry import rot
    from figment_mesh._modifiers import twisted
    from figment_mesh._primitives import cylinder

    lying = [build_part(cylinder(0.05, 0.05, 1.0, rot("z", 90)), 1.0)]  # a rod along x
    before = np.ptp(lying[0].verts, axis=0)
    twisted(lying, 0.6, np.random.default_rng(0))
    after = np.ptp(lying[0].verts, axis=0)
    assert after[1] > 2.0 * before[1]  # the loop rises over it
    assert after[0] < before[0]  # its length is taken up by the loop


def test_wrapped_in_chains_winds_chain_links_round_it_not_its_stuff() -> None:
    for wish in ("a teapot bound in heavy iron chains", "a crossbow of jade, wrapped in chains"):
        spec = parsed(wish)
        assert [m.kind for m in spec.modifiers] == ["tangled"], wish
        assert spec.materials[0].made_of != "chains" and spec.materials[1].made_of == "chains"
        links = [p for p in recipe(spec, 3) if p.tag == "tangled"]
        assert len(links) > 30 and {p.slot for p in links} == {1}, wish  # many links of chain
        chain, own = tagged(spec, "tangled"), body(spec, "tangled")
        # round it: links on every side of it
        for axis in (0, 2):
            assert chain[:, axis].min() < own[:, axis].mean() < chain[:, axis].max(), wish
    assert parsed("a ghost made of chains").materials[0].made_of == "chains"  # its stuff


def test_melting_runs_down_its_outside_into_a_smooth_pool() -> None:
    shark = parsed("a shark carved from chocolate, melting")
    runs = [build_part(p, 0.5) for p in recipe(shark, 3) if p.tag == "melting"]
    assert len(runs) >= 4
    own = body(shark, "melting")
    lo, hi = own.min(0), own.max(0)
    for run in runs:  # each run ends low, no further than a little outside it
        assert run.verts[:, 1].min() < lo[1] + 0.8 * (hi[1] - lo[1])
        assert np.all(run.verts[:, [0, 2]] > lo[[0, 2]] - 0.3 * (hi - lo).max())


def test_overflowing_things_spill_over_its_rim_onto_the_floor() -> None:
    tub = parsed("a bathtub made of moon rock, overflowing with stars")
    assert tub.materials[0].made_of == "stone" and tub.companions[0].count >= 9
    base = tub.materials[0].base_color
    assert abs(base.r - base.b) < 0.05  # moon rock is grey
    parts = recipe(tub, 3)
    own = np.concatenate([build_part(p, 0.5).verts for p in parts if p.slot != "companion0"])
    stars = [build_part(p, 0.5).verts for p in parts if p.slot == "companion0"]
    lo, hi = own.min(0), own.max(0)
    low = [s for s in stars if s[:, 1].min() < lo[1] + 0.1 * (hi[1] - lo[1])]
    assert len(low) >= 3  # some on the floor by it
    centre = (lo + hi) / 2
    for s in low:  # outside it: further out that way than any of it
        way = (s.mean(0) - centre)[[0, 2]]
        way /= np.linalg.norm(way)
        rel = (own - centre)[:, [0, 2]]
        near = np.abs(rel @ np.array([-way[1], way[0]])) < 0.1 * (hi - lo).max()
        assert (s.mean(0) - centre)[[0, 2]] @ way > 0.9 * (rel[near] @ way).max()


def test_a_post_twisted_into_a_corkscrew_winds_round() -> None:
    post = parsed("a flagpole twisted into a spiral")
    assert [(m.kind, m.amount) for m in post.modifiers] == [("twisted", 1.0)]
    solids = [build_part(p, 0.5) for p in recipe(post, 3)]
    plain = np.concatenate([s.verts for s in solids])
    twisted(solids, 1.0, np.random.default_rng(0))
    wound = np.concatenate([s.verts for s in solids])
    assert np.ptp(wound[:, 1]) > 0.9 * np.ptp(plain[:, 1])  # as tall
    assert np.ptp(wound[:, [0, 2]], axis=0).max() > 2 * np.ptp(plain[:, [0, 2]], axis=0).max()


def test_a_long_low_thing_melting_slumps_more_than_a_tall_one() -> None:
    def drop(wish: str) -> float:
        spec = parsed(wish)
        solids = [build_part(p, 0.5) for p in recipe(spec, 3)]
        top = max(float(s.verts[:, 1].max()) for s in solids if len(s.verts))
        melting(solids, 0.6, np.random.default_rng(0))
        return 1 - max(float(s.verts[:, 1].max()) for s in solids if len(s.verts)) / top

    assert drop("a steam locomotive made of chocolate") > 1.5 * drop("a candle")


def test_marbles_rain_as_round_balls_of_every_colour() -> None:
    spec = parsed("an umbrella of stained glass, raining marbles")
    marbles = spec.materials[-1]
    assert (marbles.made_of, marbles.pattern) == ("marbles", "rainbow")
    balls = [build_part(p, 0.5).verts for p in recipe(spec, 3) if p.tag == "raining"]
    assert len(balls) >= 10
    for v in balls:  # round, not flattened into drops or flakes
        ext = np.ptp(v, axis=0)
        assert ext.min() > 0.8 * ext.max()
    assert parsed("a chair made of marbles").materials[0].pattern == ""  # glass, covered in them


def test_breaking_apart_cuts_a_thing_of_one_part_and_of_many_small_ones() -> None:
    from figment_mesh._booleans import fractured
    from figment_mesh._primitives import sphere

    ball = [build_part(sphere(0.5, None, 0, "body"), 1.0)]
    assert len(fractured(ball, 1.0, np.random.default_rng(3))) > 1  # (fewer than three parts)
    bead = build_part(sphere(0.04, None, 0), 1.0)
    many = [  # a row of small parts, none a quarter of the whole: its biggest are cut all the same
        Solid(bead.verts + np.array([0.1 * k, 0.0, 0.0]), bead.faces, bead.slot, bead.tag)
        for k in range(12)
    ]
    assert len(fractured(many, 1.0, np.random.default_rng(3))) > len(many)
