"""The procedural mesh builder: every archetype, part and modifier makes a valid, sized GLB."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys

import numpy as np
import pytest
import trimesh

from figment.errors import InvalidArgument
from figment.spec import ARCHETYPES, MODIFIERS, PARTS, ObjectSpec
from figment_mesh._build import (
    ARCHETYPE_BUILDERS,
    DEFAULT_TRIANGLES,
    MAX_TRIANGLES,
    MIN_TRIANGLES,
    build,
    check_budget,
    recipe,
)
from figment_mesh._geometry import build_part

SIZE = {"x": 0.8, "y": 1.2, "z": 0.6}
MATERIALS = [
    {"made_of": "brass", "base_color": {"r": 0.8, "g": 0.6, "b": 0.2}, "metallic": 0.9},
    {"made_of": "glass", "base_color": {"r": 0.6, "g": 0.8, "b": 1.0}, "opacity": 0.4},
    {
        "made_of": "fire",
        "base_color": {"r": 1.0, "g": 0.4, "b": 0.1},
        "emissive": {"r": 1.0, "g": 0.5, "b": 0.1},
        "emissive_strength": 4.0,
    },
]


def spec(archetype: str = "clock", **extra: object) -> ObjectSpec:
    """A valid spec; ``extra`` overrides fields."""
    data: dict[str, object] = {
        "name": f"a {archetype}",
        "archetype": archetype,
        "size": SIZE,
        "materials": MATERIALS[:2],
    }
    data.update(extra)
    return ObjectSpec.model_validate(data)


def load(glb: bytes) -> trimesh.Trimesh:
    """The GLB as one trimesh (world space), failing if it does not parse."""
    scene = trimesh.load(io.BytesIO(glb), file_type="glb", force="scene", process=False)
    return scene.to_geometry()


def gltf_json(glb: bytes) -> dict:
    """The GLB's JSON chunk."""
    (length,) = struct.unpack_from("<I", glb, 12)
    return json.loads(glb[20 : 20 + length])


def assert_valid(glb: bytes, triangles: int, budget: int, s: ObjectSpec) -> trimesh.Trimesh:
    """Loads back; budget kept; finite; fits inside spec.size, touching it on one axis (the
    fit is undistorted); pivot at the base."""
    mesh = load(glb)
    assert len(mesh.faces) == triangles <= budget
    assert np.isfinite(mesh.vertices).all()
    lo, hi = mesh.bounds
    size = np.array([s.size.x, s.size.y, s.size.z])
    assert ((hi - lo) / size).max() == pytest.approx(1.0, rel=1e-3)
    if not s.has("floating"):
        assert abs(lo[1]) < 1e-5
    np.testing.assert_allclose([(lo[0] + hi[0]) / 2, (lo[2] + hi[2]) / 2], 0.0, atol=1e-4)
    return mesh


def test_every_archetype_has_a_builder() -> None:
    assert set(ARCHETYPE_BUILDERS) == set(ARCHETYPES)


# Every archetype with a rotating sample of modifiers (two each) and parts (one each).
CASES = [
    (
        a,
        (MODIFIERS[i % len(MODIFIERS)], MODIFIERS[(i * 5 + 3) % len(MODIFIERS)]),
        PARTS[i % len(PARTS)],
    )
    for i, a in enumerate(ARCHETYPES)
]


@pytest.mark.parametrize(("archetype", "mods", "part"), CASES)
def test_archetype_with_modifiers_builds_valid_glb(archetype, mods, part) -> None:
    s = spec(
        archetype,
        modifiers=[{"kind": m, "amount": 0.6, "count": 3} for m in dict.fromkeys(mods)],
        parts=[part],
    )
    built = build(s, seed=7, max_triangles=DEFAULT_TRIANGLES, lod_levels=1)
    mesh = assert_valid(built.glb, built.triangles, DEFAULT_TRIANGLES, s)
    assert built.triangles > DEFAULT_TRIANGLES // 4, "the budget should be used, not wasted"
    assert len(built.lods) == 1
    lod = assert_valid(built.lods[0], built.lod_triangles[0], built.triangles // 2, s)
    assert len(lod.faces) < len(mesh.faces)


@pytest.mark.parametrize("archetype", ARCHETYPES)
def test_plain_archetype_is_a_closed_outward_solid_set(archetype) -> None:
    built = build(spec(archetype), seed=1, max_triangles=5000, lod_levels=0)
    mesh = load(built.glb)
    # Every part is a closed solid with outward faces: the total signed volume is positive and
    # the normals stored in the GLB agree with the face winding.
    assert mesh.volume > 0
    assert (mesh.area_faces > 1e-12).all(), "no degenerate triangles"
    fn = mesh.face_normals
    vn = mesh.vertex_normals[mesh.faces].mean(1)
    agree = np.einsum("ij,ij->i", fn, vn) > 0
    assert agree.mean() > 0.97


@pytest.mark.parametrize("part", PARTS)
def test_every_part_adds_geometry(part) -> None:
    plain = build(spec("vase"), seed=3, max_triangles=20000, lod_levels=0)
    with_part = build(spec("vase", parts=[part]), seed=3, max_triangles=20000, lod_levels=0)
    a, b = load(plain.glb), load(with_part.glb)
    assert len(with_part.glb) != len(plain.glb)
    assert len(b.vertices) != len(a.vertices) or not np.allclose(a.vertices, b.vertices)


@pytest.mark.parametrize("modifier", MODIFIERS)
def test_every_modifier_changes_geometry(modifier) -> None:
    base = spec("teapot")
    plain = load(build(base, seed=5, max_triangles=8000, lod_levels=0).glb)
    changed = build(
        spec("teapot", modifiers=[{"kind": modifier, "amount": 0.8, "count": 4}]),
        seed=5,
        max_triangles=8000,
        lod_levels=0,
    )
    mesh = load(changed.glb)
    same_shape = len(mesh.vertices) == len(plain.vertices) and len(mesh.faces) == len(plain.faces)
    if same_shape:
        moved = np.abs(mesh.vertices - plain.vertices).max()
        flipped = not np.array_equal(mesh.faces, plain.faces)
        assert moved > 1e-3 or flipped, f"{modifier} left the geometry as it was"
    if modifier == "floating":
        assert mesh.bounds[0][1] > 0.1 * SIZE["y"]
    if modifier == "inside_out":  # peeled open: its inside, lined in red, shows
        assert "lining" in [m["name"] for m in gltf_json(changed.glb)["materials"]]


def test_materials_are_pbr_and_differ_between_parts() -> None:
    s = spec("lantern", materials=MATERIALS)
    doc = gltf_json(build(s, seed=1, max_triangles=4000, lod_levels=0).glb)
    mats = doc["materials"]
    assert len(mats) >= 3
    by_name = {m["name"]: m for m in mats}
    assert by_name["brass"]["pbrMetallicRoughness"]["metallicFactor"] == pytest.approx(0.9)
    glass = by_name["glass"]
    # Clear glass transmits all but the square of the spec's opacity (0.4) and blends with
    # alpha as the fallback for engines without transmission (at the square root of the
    # opacity).
    assert glass["alphaMode"] == "BLEND"
    assert glass["extensions"]["KHR_materials_transmission"]["transmissionFactor"] == 0.84
    assert glass["pbrMetallicRoughness"]["baseColorFactor"][3] == pytest.approx(0.4**0.5, 1e-5)
    fire = by_name["fire"]
    assert fire["extensions"]["KHR_materials_emissive_strength"]["emissiveStrength"] == 4.0
    assert "emissiveTexture" in fire
    assert "KHR_materials_emissive_strength" in doc["extensionsUsed"]


def test_one_material_still_gives_distinct_shades() -> None:
    s = spec("clock", materials=MATERIALS[:1])
    doc = gltf_json(build(s, seed=1, max_triangles=4000, lod_levels=0).glb)
    colours = {tuple(m["pbrMetallicRoughness"]["baseColorFactor"]) for m in doc["materials"]}
    assert len(colours) >= 3


def test_same_seed_same_bytes_and_other_seed_differs() -> None:
    s = spec("tree", modifiers=[{"kind": "noise"}, {"kind": "fractured"}], parts=["wings"])
    a = build(s, seed=42, max_triangles=6000)
    b = build(s, seed=42, max_triangles=6000)
    c = build(s, seed=43, max_triangles=6000)
    assert a.glb == b.glb and a.lods == b.lods
    assert a.glb != c.glb


DIGEST = """
import hashlib, sys
from figment.spec import ObjectSpec
from figment_mesh._build import build
spec = ObjectSpec.model_validate_json(sys.argv[1])
built = build(spec, seed=9, max_triangles=3000)
print(hashlib.sha256(built.glb + b"".join(built.lods)).hexdigest())
"""


def test_bytes_do_not_depend_on_the_process() -> None:
    # Hash randomisation changes set and dict-of-str ordering between processes; the GLB must
    # not change with it.
    s = spec("crown", parts=["eyes", "halo"], modifiers=[{"kind": "twisted"}, {"kind": "swarm"}])
    digests = set()
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run(
            [sys.executable, "-c", DIGEST, s.model_dump_json()],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(out.stdout.strip())
    assert len(digests) == 1


@pytest.mark.parametrize("budget", [MIN_TRIANGLES, 1000, 50_000])
def test_budget_is_respected_even_for_a_big_swarm(budget) -> None:
    s = spec("jellyfish", modifiers=[{"kind": "swarm", "count": 64}], parts=["tentacles"])
    built = build(s, seed=2, max_triangles=budget, lod_levels=2)
    assert_valid(built.glb, built.triangles, budget, s)
    for glb, tris in zip(built.lods, built.lod_triangles, strict=True):
        assert_valid(glb, tris, budget, s)


@pytest.mark.parametrize("bad", [-1, 1, MIN_TRIANGLES - 1, MAX_TRIANGLES + 1])
def test_bad_budget_is_invalid_argument_naming_the_field(bad) -> None:
    with pytest.raises(InvalidArgument) as err:
        build(spec(), seed=1, max_triangles=bad)
    assert err.value.field == "max_triangles"
    assert str(MIN_TRIANGLES) in err.value.message and str(MAX_TRIANGLES) in err.value.message


def test_zero_budget_means_default() -> None:
    assert check_budget(0) == DEFAULT_TRIANGLES
    assert check_budget(MIN_TRIANGLES) == MIN_TRIANGLES
    assert check_budget(MAX_TRIANGLES) == MAX_TRIANGLES


def flatness(mesh: trimesh.Trimesh) -> float:
    """Share of corners whose stored normal equals its face's normal."""
    corners = mesh.vertex_normals[mesh.faces]
    dots = np.einsum("ijk,ik->ij", corners, mesh.face_normals)
    return float((dots > 0.9999).mean())


def test_flat_shading_gives_every_corner_its_face_normal() -> None:
    s = spec("egg")
    flat = load(build(s, seed=1, max_triangles=3000, lod_levels=0, smooth=False).glb)
    smooth = load(build(s, seed=1, max_triangles=3000, lod_levels=0, smooth=True).glb)
    assert flatness(flat) == 1.0
    assert flatness(smooth) < 0.5
    assert len(smooth.vertices) < len(flat.vertices)


@pytest.mark.parametrize("archetype", ARCHETYPES[::3])
def test_triangle_counts_are_exact_before_building(archetype) -> None:
    # The budget is met by counting before building; a wrong count would waste or overshoot it.
    s = spec(archetype, parts=list(PARTS[:8]), modifiers=[{"kind": "eyes"}, {"kind": "teeth"}])
    for part in recipe(s, seed=4):
        for k in (0.05, 0.3, 1.0, 2.7):
            assert part.count(k) == len(build_part(part, k).faces)


def test_lods_get_coarser_and_stop_at_the_floor() -> None:
    s = spec("bell")
    built = build(s, seed=1, max_triangles=MIN_TRIANGLES, lod_levels=4)
    assert len(built.lods) < 4, "a level whose budget would fall under 50 triangles is skipped"
    assert all(t > 0 for t in built.lod_triangles)
    big = build(s, seed=1, max_triangles=40_000, lod_levels=3)
    tris = [big.triangles, *big.lod_triangles]
    assert tris == sorted(tris, reverse=True) and len(tris) == 4
    for level, count in enumerate(tris):
        assert count <= big.triangles >> level, "level i keeps within 1/2^i of the finest"


def test_a_part_the_shape_has_of_its_own_is_not_attached_again():
    from figment_parse import SpecParse

    parser = SpecParse()
    tiger = parser.parse("a tiger with blue eyes", 0, False).spec
    assert "eyes" in tiger.parts
    parts = recipe(tiger, 1)
    # the tiger's own eyes, not a second, object-sized pair over its face
    assert not any(p.slot == "sclera" for p in parts)
    assert any(p.tag == "eyes" for p in parts)
    clock = parser.parse("a clock with eyes", 0, False).spec  # a clock has none: they are added
    assert any(p.slot == "sclera" for p in recipe(clock, 1))


def test_a_shell_with_the_shell_parameter_is_a_bivalve_not_a_conch() -> None:
    from figment_mesh._build import recipe

    clam = spec("shell", params={"shell": 1.0})
    conch = spec("shell")
    clam_parts, conch_parts = recipe(clam, 3), recipe(conch, 3)
    assert any(p.slot == "sclera" for p in clam_parts)  # the pearl between its valves
    assert not any(p.slot == "sclera" for p in conch_parts)
    built = build(clam, 3, 4000, lod_levels=1)
    assert_valid(built.glb, built.triangles, 4000, clam)


def test_a_coarser_level_is_the_object_simplified_and_its_slivers_stay_whole() -> None:
    from figment_mesh._geometry import Solid
    from figment_mesh._mesh import KEEP_SMALL, weld

    s = spec("vase")
    built = build(s, 3, 0)
    assert len(built.lods) == 2
    budgets = (built.triangles // 2, built.triangles // 4)
    for glb, tris, budget in zip(built.lods, built.lod_triangles, budgets, strict=True):
        assert_valid(glb, tris, budget, s)
        assert tris > budget // 2  # simplified to about its share, not crushed
    # A solid of nothing but slivers (every vertex in one place) is kept whole, not emptied.
    faces = np.arange(3 * KEEP_SMALL).reshape(-1, 3)
    sliver = Solid(np.zeros((3 * KEEP_SMALL, 3)), faces, 0)
    assert weld(sliver) is sliver


def test_what_fills_a_mug_sits_in_its_mouth_not_over_its_handle() -> None:
    from figment_parse import SpecParse

    mug = SpecParse().parse("a mug of cocoa", 1, False).spec
    parts = recipe(mug, 1)
    (fill,) = [p for p in parts if p.tag == "fill"]
    (body,) = [p for p in parts if p.tag == "body"]
    f, b = build_part(fill, 0.5).verts, build_part(body, 0.5).verts
    centre = (b.min(0) + b.max(0)) / 2
    assert abs((f.min(0) + f.max(0))[0] / 2 - centre[0]) < 0.02  # on the mug's axis
    assert f.max(0)[1] > b.max(0)[1] - 0.05  # up at its brim, not down inside


def test_a_level_that_drops_small_parts_still_builds_the_next() -> None:
    # A hallway's many small parts (door knobs, lamps, pictures): the clustering that brings a
    # coarse level within its budget drops some, and the next level must still build.
    s = spec("clock", family="device", params={"appliance": 213.0})
    built = build(s, seed=1, max_triangles=DEFAULT_TRIANGLES, lod_levels=3)
    assert len(built.lods) == 3
    for level, (glb, tris) in enumerate(zip(built.lods, built.lod_triangles, strict=True), 1):
        assert_valid(glb, tris, built.triangles >> level, s)


@pytest.mark.parametrize(
    ("kind", "extra", "made_of"),
    [
        ("feather", {}, "feathers"),
        ("clock", {"family": "device", "params": {"appliance": 223.0}}, "crystal"),
        ("clock", {"family": "bird", "params": {}}, "feathers"),
    ],
)
def test_a_thing_made_of_its_own_kind_is_not_covered_in_more_of_it(kind, extra, made_of) -> None:
    # A feather of feathers, a cut gem of crystal: the material is the look, not a swarm on it;
    # a vase of feathers or crystal is covered in them.
    own = {**MATERIALS[0], "made_of": made_of}
    itself = spec(kind, materials=[own], **extra)
    plain = spec(kind, **extra)
    assert len(recipe(itself, 3)) == len(recipe(plain, 3))
    vase, covered = spec("vase"), spec("vase", materials=[own])
    assert len(recipe(covered, 3)) > len(recipe(vase, 3))


def test_things_covering_a_thin_object_stay_smaller_than_it() -> None:
    from figment_parse import SpecParse

    def spans(wish: str) -> tuple[float, float]:
        made = SpecParse().parse(wish, 0, False).spec
        parts = recipe(made, 3)
        whole = np.concatenate([build_part(p, 0.4).verts for p in parts])
        gears = [build_part(p, 0.4).verts for p in parts if p.tag == "clockwork"]
        assert gears, wish
        return float(np.ptp(whole, axis=0).max()), max(
            float(np.ptp(g, axis=0).max()) for g in gears
        )

    length, gear = spans("a sword made of clockwork")
    assert gear < 0.1 * length  # gears the size of the blade's width, not of its length
    size, big = spans("a teapot made of clockwork")
    assert big > 0.1 * size  # a broad object keeps its big gears


@pytest.mark.parametrize(
    ("wish", "tag", "least"),
    [
        ("a saxophone made of smoke", "smoke", 30),  # wisps curling up off it
        ("a ladder built from spaghetti", "pasta", 20),  # strands over it
        ("a mitten knitted from seaweed", "seaweed", 10),  # fronds hanging off it
        ("a lobster made of lego bricks", "toy bricks", 50),  # bricks and their studs
    ],
)
def test_a_thing_of_smoke_pasta_seaweed_or_toy_bricks_is_covered_in_them(wish, tag, least) -> None:
    from figment_parse import SpecParse

    made = SpecParse().parse(wish, 0, False).spec
    assert made.materials[0].made_of == tag
    covering = [p for p in recipe(made, 3) if p.tag == tag]
    assert len(covering) >= least, len(covering)
    assert all(p.slot == 0 for p in covering)  # in the stuff's own slot, with its texture


def test_a_see_through_stuffs_shades_stay_see_through_and_sprouted_leaves_green() -> None:
    from figment_parse import SpecParse

    def mats(wish: str) -> dict:
        s = SpecParse().parse(wish, 1, False).spec
        doc = gltf_json(build(s, seed=1, max_triangles=6000, lod_levels=0).glb)
        return {m["name"]: m["pbrMetallicRoughness"]["baseColorFactor"] for m in doc["materials"]}

    axe = mats("a battle axe forged from ice")
    ice, shade = axe["ice"], axe["ice-shade1"]
    assert shade[0] > 0.8 * ice[0]  # (at half its light, an ice axe's head read as slate)
    for wish in ("a rocking horse woven from wicker, sprouting leaves",
                 "a rocking horse woven from wicker, sprouting green leaves"):  # fmt: skip
        horse = mats(wish)
        assert {"ivy", "leaves"} & set(horse), wish  # green leaves, not a shade of wicker


def test_a_flat_thing_floats_by_its_own_reach_not_its_standing_height() -> None:
    from figment_parse import SpecParse

    s = SpecParse().parse("a wrench carved from jade, floating", 1, False).spec
    mesh = load(build(s, seed=1, max_triangles=6000, lod_levels=0).glb)
    lo, hi = mesh.bounds
    reach = float(max(hi - lo))
    assert 0.05 * reach < lo[1] < 0.4 * reach  # a gap under it (it floated out of the picture)
    s = SpecParse().parse("a pizza of lace, floating in the air", 1, False).spec
    lo, hi = load(build(s, seed=1, max_triangles=6000, lod_levels=0).glb).bounds
    assert lo[1] > 2 * (hi[1] - lo[1])  # clear of the floor by more than its thickness
