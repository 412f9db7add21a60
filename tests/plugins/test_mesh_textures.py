"""Materials that show: every material has a procedural texture set, varied per seed, on UVs that
do not smear, with the glTF extensions its look needs; LODs share the set; a texture size out of
range is refused naming the field; and no combination of modifiers breaks the GLB."""

from __future__ import annotations

import io
import json
import struct

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PIL import Image
from test_gltf_valid import material, problems, validate

from figment.errors import InvalidArgument
from figment.lexicon import MATERIAL_PBR
from figment.spec import ARCHETYPES, MATERIALS, MODIFIERS, PARTS, ObjectSpec
from figment_mesh._build import DEFAULT_TEXTURE, MAX_GLB_BYTES, build
from figment_mesh._textures import PATTERNS, texture_set
from figment_mesh._uv import TILE


def spec(archetype: str = "vase", materials: tuple[str, ...] = ("wood",), **extra) -> ObjectSpec:
    """A spec with the lexicon's defaults for each named material."""
    data: dict = {
        "name": f"a {archetype}",
        "archetype": archetype,
        "size": {"x": 0.4, "y": 0.6, "z": 0.4},
        "materials": [material(m) for m in materials],
    }
    data.update(extra)
    return ObjectSpec.model_validate(data)


def parse(glb: bytes) -> tuple[dict, bytes]:
    """The JSON and binary chunks of a GLB."""
    (jlen,) = struct.unpack_from("<I", glb, 12)
    doc = json.loads(glb[20 : 20 + jlen])
    (blen,) = struct.unpack_from("<I", glb, 20 + jlen)
    return doc, glb[28 + jlen : 28 + jlen + blen]


def accessor(doc: dict, blob: bytes, index: int) -> np.ndarray:
    """An accessor's data as a float or integer array (rows of its type's width)."""
    acc = doc["accessors"][index]
    view = doc["bufferViews"][acc["bufferView"]]
    dtype = {5126: "<f4", 5123: "<u2", 5125: "<u4"}[acc["componentType"]]
    width = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4}[acc["type"]]
    data = np.frombuffer(blob, dtype, acc["count"] * width, view["byteOffset"])
    return data.reshape(acc["count"], width)


def image(doc: dict, blob: bytes, texture: int) -> np.ndarray:
    """The pixels of a texture's image (decoded from the GLB)."""
    img = doc["images"][doc["textures"][texture]["source"]]
    view = doc["bufferViews"][img["bufferView"]]
    data = blob[view["byteOffset"] : view["byteOffset"] + view["byteLength"]]
    assert img["mimeType"] == "image/jpeg"
    return np.asarray(Image.open(io.BytesIO(data)), dtype=np.float32) / 255


def test_every_material_has_a_full_texture_set_on_uvs_and_tangents() -> None:
    for i in range(0, len(MATERIALS), 4):
        mats = tuple(MATERIALS[i : i + 4])
        doc, blob = parse(build(spec("clock", mats), seed=3, max_triangles=3000, lod_levels=0).glb)
        by_name = {m["name"]: m for m in doc["materials"]}
        for made_of in mats:
            m = by_name[made_of]
            pbr = m["pbrMetallicRoughness"]
            for key in ("baseColorTexture", "metallicRoughnessTexture"):
                assert image(doc, blob, pbr[key]["index"]).shape[:2] == (DEFAULT_TEXTURE,) * 2
            assert m["occlusionTexture"]["index"] == pbr["metallicRoughnessTexture"]["index"]
            normal = image(doc, blob, m["normalTexture"]["index"])
            # A normal map points mostly out of the surface (blue) and is not flat everywhere.
            assert normal[..., 2].mean() > 0.7 and normal[..., :2].std() > 0.005, made_of
        for prim in doc["meshes"][0]["primitives"]:
            if "normalTexture" not in doc["materials"][prim["material"]]:
                continue
            attrs = prim["attributes"]
            uv = accessor(doc, blob, attrs["TEXCOORD_0"])
            tangent = accessor(doc, blob, attrs["TANGENT"])
            normal = accessor(doc, blob, attrs["NORMAL"])
            assert np.isfinite(uv).all()
            assert np.allclose(np.linalg.norm(tangent[:, :3], axis=1), 1, atol=1e-3)
            assert set(np.unique(tangent[:, 3])) <= {-1.0, 1.0}
            assert np.abs((tangent[:, :3] * normal).sum(1)).max() < 1e-3


def test_each_pattern_shows_and_changes_with_the_seed() -> None:
    for made_of in PATTERNS:
        a = texture_set(made_of, 1, 128)
        b = texture_set(made_of, 2, 128)
        pa = np.asarray(Image.open(io.BytesIO(a.base)), dtype=np.float32)
        pb = np.asarray(Image.open(io.BytesIO(b.base)), dtype=np.float32)
        na = np.asarray(Image.open(io.BytesIO(a.normal)), dtype=np.float32)
        # The signature is visible: colour or relief varies across the tile ...
        assert pa.std() > 2.0 or na[..., :2].std() > 4.0, f"{made_of} is flat"
        # ... and another seed gives another texture, not the same bytes.
        assert a.base != b.base and a.normal != b.normal, made_of
        assert np.abs(pa - pb).mean() > 0.5, f"{made_of} barely changes with the seed"
    assert texture_set("wood", 1, 128) is texture_set("wood", 1, 128)


def test_plain_glass_is_clear_and_stained_glass_is_leaded() -> None:
    """Plain glass has no dark lead lines or coloured panes (every glass read as a church
    window); stained glass has both."""
    for seed in (1, 2, 3):
        clear = np.asarray(Image.open(io.BytesIO(texture_set("glass", seed, 128).base)), np.float32)
        leaded = np.asarray(
            Image.open(io.BytesIO(texture_set("stained glass", seed, 128).base)), np.float32
        )
        assert clear.min() > 150 and np.ptp(clear.mean(axis=(0, 1))) < 20, seed
        assert (leaded.max(axis=2) < 100).mean() > 0.03, seed  # the cames
        hue = leaded.max(axis=2) - leaded.min(axis=2)
        assert np.percentile(hue, 90) > 30, seed  # panes in colours


def test_straw_is_a_basket_weave_of_wide_strands_with_dark_gaps() -> None:
    """Straw and wicker are strands woven over and under (they read as yellow knitted cloth):
    bright strands, dark gaps between them, and the strands both ways."""
    for seed in (1, 2, 3):
        base = np.asarray(Image.open(io.BytesIO(texture_set("straw", seed, 128).base)), np.float32)
        shade = base.mean(axis=2)
        assert (shade < 0.75 * np.median(shade)).mean() > 0.03, seed  # the gaps
        assert (shade > 0.9 * np.median(shade)).mean() > 0.4, seed  # the strands
        rows, cols = np.abs(np.diff(shade, axis=0)).mean(), np.abs(np.diff(shade, axis=1)).mean()
        assert 0.5 < rows / cols < 2.0, seed  # woven both ways, not streaked one way


def test_petals_are_pink_and_broad_not_green_blades() -> None:
    """Petals are a material of their own (they were leaves: "raining flower petals" fell as
    green blades): pink, and a few broad rounded petals across the tile, not fine scales."""
    colour = MATERIAL_PBR["petals"].base_color
    assert colour[0] > 2 * colour[1] and colour[2] > colour[1]  # pink
    for seed in (1, 2):
        base = np.asarray(Image.open(io.BytesIO(texture_set("petals", seed, 128).base)), np.float32)
        r, g, b = (float(np.median(base[..., i])) for i in range(3))
        assert r >= g and b >= g, (seed, r, g, b)  # blushing, never green
        shade = base.mean(axis=2)
        edges = (np.abs(np.diff(shade, axis=1)) > 12).mean()
        fine = np.asarray(Image.open(io.BytesIO(texture_set("scales", seed, 128).base)), np.float32)
        assert edges < (np.abs(np.diff(fine.mean(axis=2), axis=1)) > 12).mean(), seed


def test_wool_is_knitted_in_columns_of_stitches_not_woven() -> None:
    """Knitted wool is a material of its own (as woven fabric a knitted tam o'shanter read as
    wicker): columns of V stitches, so the tile's shade changes across the columns far more than
    down them, where woven cloth changes alike both ways."""
    for seed in (1, 2, 3):
        for made_of, columns in (("wool", True), ("fabric", False)):
            base = texture_set(made_of, seed, 128).base
            shade = np.asarray(Image.open(io.BytesIO(base)), np.float32).mean(axis=2)
            across, down = shade.mean(axis=0).std(), shade.mean(axis=1).std()
            assert (across > 2 * down) == columns, (made_of, seed, across, down)


def test_pearl_shimmers_rose_and_blue_green() -> None:
    """Nacre's hue shifts across the tile (a flat white pearl read as paper in a gallery)."""
    base = np.asarray(Image.open(io.BytesIO(texture_set("pearl", 3, 128).base)), np.float32)
    tilt = base[..., 0] - base[..., 2]  # rose where red leads, blue-green where blue does
    assert tilt.max() > 12 and tilt.min() < -12, (tilt.min(), tilt.max())


def test_uvs_do_not_smear_across_a_face() -> None:
    """No triangle's UVs span much more texture than its size calls for.

    UVs are measured in object lengths (``TILE`` a repeat), so a triangle's UV span is about its
    longest edge / TILE (up to the stretch of fitting the object to spec.size). A seam that wraps
    back (a strip spanning the whole texture) or a pole fan pinched to one point spans many times
    more: the outline's column count, 20 or so.
    """
    for archetype in ("vase", "tree", "crown", "orb", "star", "snake", "umbrella", "cup"):
        for modifiers in ([], [{"kind": "fractured", "amount": 0.7}]):
            s = spec(archetype, modifiers=modifiers)
            doc, blob = parse(build(s, seed=1, max_triangles=20000, lod_levels=0).glb)
            for prim in doc["meshes"][0]["primitives"]:
                if "TEXCOORD_0" not in prim["attributes"]:
                    continue
                uv = accessor(doc, blob, prim["attributes"]["TEXCOORD_0"]).astype(float)
                p = accessor(doc, blob, prim["attributes"]["POSITION"]).astype(float)
                f = accessor(doc, blob, prim["indices"]).reshape(-1, 3).astype(int)
                scale = (p.max(0) - p.min(0)).max() * TILE
                edges = [
                    np.linalg.norm(p[f[:, a]] - p[f[:, b]], axis=1)
                    for a, b in ((0, 1), (1, 2), (2, 0))
                ]
                edge = np.max(edges, axis=0) / scale
                span = (uv[f].max(1) - uv[f].min(1)).max(1)
                worst = float((span / np.maximum(edge, 1e-6))[edge > 1e-6].max())
                assert worst < 6, f"{archetype} {modifiers}: a triangle spans {worst:.1f}× its size"


def test_lods_share_the_texture_set() -> None:
    built = build(spec("clock", ("brass", "glass")), seed=4, max_triangles=8000, lod_levels=2)
    assert built.lods
    doc, blob = parse(built.glb)
    finest = [image(doc, blob, t) for t in range(len(doc["textures"]))]
    for lod in built.lods:
        ldoc, lblob = parse(lod)
        assert len(ldoc["textures"]) == len(finest)
        for t, pixels in enumerate(finest):
            assert np.array_equal(image(ldoc, lblob, t), pixels)


def test_heaps_of_small_things_are_things_on_a_dark_ground() -> None:
    """Keys, bones, teeth, shells, pencils, matches, chains and sugar cubes: bright things over
    a dark ground, neither all ground nor all things, a few large to a tile (a texture of
    seventy keys read as camouflage at gallery size)."""
    for made_of in ("keys", "bones", "teeth", "shells", "pencils", "matches", "chains",
                    "sugar cubes"):  # fmt: skip
        base = np.asarray(Image.open(io.BytesIO(texture_set(made_of, 4, 256).base)), np.float32)
        grey = base.mean(axis=2)
        dark = grey < 0.8 * np.percentile(grey, 95)  # (the image is sRGB)
        assert 0.15 < dark.mean() < 0.85, (made_of, dark.mean())
    matches = np.asarray(Image.open(io.BytesIO(texture_set("matches", 4, 256).base)), np.float32)
    assert ((matches[..., 0] > 1.8 * matches[..., 1]) & (matches[..., 0] > 60)).mean() > 0.002


def test_soap_bubbles_shimmer_and_marbles_are_clear() -> None:
    s = spec("vase", ("bubbles", "marbles"))
    doc, _ = parse(build(s, seed=1, max_triangles=4000, lod_levels=0).glb)
    by_name = {m["name"]: m for m in doc["materials"]}
    assert by_name["bubbles"]["extensions"]["KHR_materials_iridescence"]["iridescenceFactor"] == 1
    assert "KHR_materials_transmission" in by_name["marbles"]["extensions"]


def test_extensions_follow_the_material() -> None:
    s = spec("clock", ("glass", "porcelain", "velvet", "fire"))
    doc, _ = parse(build(s, seed=1, max_triangles=4000, lod_levels=0).glb)
    by_name = {m["name"]: m for m in doc["materials"]}
    glass = by_name["glass"]["extensions"]
    assert glass["KHR_materials_transmission"]["transmissionFactor"] > 0.5
    assert glass["KHR_materials_ior"]["ior"] == 1.5
    assert glass["KHR_materials_volume"]["thicknessFactor"] > 0
    assert by_name["glass"]["alphaMode"] == "BLEND"  # the fallback where transmission is ignored
    assert by_name["porcelain"]["extensions"]["KHR_materials_clearcoat"]["clearcoatFactor"] == 1
    assert "KHR_materials_sheen" in by_name["velvet"]["extensions"]
    fire = by_name["fire"]
    assert "emissiveTexture" in fire
    assert fire["extensions"]["KHR_materials_emissive_strength"]["emissiveStrength"] > 1
    used = set(doc["extensionsUsed"])
    assert {"KHR_materials_transmission", "KHR_materials_clearcoat"} <= used
    opaque, _ = parse(build(spec("vase", ("wood",)), seed=1, max_triangles=2000).glb)
    assert "extensions" not in opaque["materials"][0] and "extensionsUsed" not in opaque


@pytest.mark.parametrize("size", [-1, 32, 100, 4096])
def test_texture_size_out_of_range_names_the_field(size: int) -> None:
    with pytest.raises(InvalidArgument) as err:
        build(spec(), seed=1, max_triangles=2000, texture_size=size)
    assert err.value.field == "texture_size" and "64" in str(err.value)


def test_texture_size_sets_the_images_and_zero_turns_them_off() -> None:
    doc, blob = parse(build(spec(), seed=1, max_triangles=2000, texture_size=64).glb)
    assert image(doc, blob, 0).shape[:2] == (64, 64)
    flat, _ = parse(build(spec(), seed=1, max_triangles=2000, texture_size=0).glb)
    assert (
        "images" not in flat
        and "TEXCOORD_0" not in flat["meshes"][0]["primitives"][0]["attributes"]
    )


def random_spec(rng: np.random.Generator) -> ObjectSpec:
    """Any archetype, any two materials, up to four modifiers at any amount, up to two parts."""
    mods = rng.choice(MODIFIERS, size=int(rng.integers(0, 5)), replace=False)
    return spec(
        str(rng.choice(ARCHETYPES)),
        tuple(str(m) for m in rng.choice(MATERIALS, 2)),
        modifiers=[
            {"kind": str(k), "amount": float(rng.uniform()), "count": int(rng.integers(1, 9))}
            for k in mods
        ],
        parts=[str(p) for p in rng.choice(PARTS, size=int(rng.integers(0, 3)), replace=False)],
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32 - 1), st.sampled_from([200, 1500, 6000]))
@example(6260, 1500)  # once left NaN uvs on vertices no face used
def test_no_combination_of_modifiers_breaks_the_mesh(seed: int, budget: int) -> None:
    built = build(random_spec(np.random.default_rng(seed)), seed, budget, lod_levels=1,
                  texture_size=64)  # fmt: skip
    assert 0 < built.triangles <= budget
    for glb in (built.glb, *built.lods):
        doc, blob = parse(glb)
        prims = doc["meshes"][0]["primitives"]
        assert prims
        for prim in prims:
            attrs = {k: accessor(doc, blob, i) for k, i in prim["attributes"].items()}
            faces = accessor(doc, blob, prim["indices"])
            assert len(faces) and faces.max() < len(attrs["POSITION"])
            for name, data in attrs.items():
                assert np.isfinite(data).all(), f"non-finite {name}"
            assert np.allclose(np.linalg.norm(attrs["NORMAL"], axis=1), 1, atol=1e-3)


def test_random_specs_pass_the_validator(tmp_path) -> None:
    rng = np.random.default_rng(20261204)
    glbs = {}
    for i in range(10):
        built = build(random_spec(rng), i, int(rng.choice([300, 4000, 20000])), lod_levels=1)
        glbs[f"random{i}"] = built.glb
        glbs[f"random{i}-lod"] = built.lods[0] if built.lods else built.glb
    assert problems(validate(glbs, tmp_path)) == []


def test_a_swarm_of_split_vertices_still_fits_the_glb_budget() -> None:
    """Swarms of small parts split many vertices (seams, poles, creases); the default GLB is
    rebuilt with fewer triangles rather than pass 2 MiB."""
    s = spec(
        "eye",
        ("moss", "amber", "scales"),
        modifiers=[
            {"kind": "floating", "amount": 0.5},
            {"kind": "melting", "amount": 0.7},
            {"kind": "swarm", "amount": 0.9, "count": 24},
        ],
    )
    built = build(s, seed=94, max_triangles=0)
    assert len(built.glb) <= MAX_GLB_BYTES
    assert built.triangles > 2000


def test_tangent_frames_follow_gltf_normal_map_convention() -> None:
    """glTF normal maps have +X along +u and +Y up the image (decreasing v): the tangent runs
    along +u and the bitangent (cross(normal, tangent) × w) against +v on every textured face."""
    doc, blob = parse(build(spec("vase", ("stone",)), seed=2, max_triangles=4000, lod_levels=0).glb)
    prim = doc["meshes"][0]["primitives"][0]
    p = accessor(doc, blob, prim["attributes"]["POSITION"]).astype(float)
    n = accessor(doc, blob, prim["attributes"]["NORMAL"]).astype(float)
    t = accessor(doc, blob, prim["attributes"]["TANGENT"]).astype(float)
    uv = accessor(doc, blob, prim["attributes"]["TEXCOORD_0"]).astype(float)
    f = accessor(doc, blob, prim["indices"]).reshape(-1, 3).astype(int)
    e1, e2 = p[f[:, 1]] - p[f[:, 0]], p[f[:, 2]] - p[f[:, 0]]
    d1, d2 = uv[f[:, 1]] - uv[f[:, 0]], uv[f[:, 2]] - uv[f[:, 0]]
    det = d1[:, 0] * d2[:, 1] - d2[:, 0] * d1[:, 1]
    ok = np.abs(det) > 1e-9
    dpdu = (e1 * d2[:, 1:] - e2 * d1[:, 1:])[ok] / det[ok, None]
    dpdv = (e2 * d1[:, :1] - e1 * d2[:, :1])[ok] / det[ok, None]
    corner = f[ok, 0]
    bitangent = np.cross(n[corner], t[corner, :3]) * t[corner, 3:]
    assert ((t[corner, :3] * dpdu).sum(1) > 0).mean() > 0.95
    assert ((bitangent * dpdv).sum(1) < 0).mean() > 0.95


def test_a_things_own_paint_is_made_of_what_the_words_say() -> None:
    from figment_mesh._materials import material_for
    from figment_parse import SpecParse

    rose = SpecParse().parse("a rose carved from bone", 1, False).spec  # its stem was green
    plain = SpecParse().parse("a rose", 1, False).spec
    stem = material_for(rose, "vine")
    assert stem["name"].startswith("bone")
    assert material_for(plain, "vine")["name"] == "vine"  # nothing said: its own green
    assert material_for(rose, "pupil")["name"] == "pupil"  # eyes and lettering keep their look
    saw = SpecParse().parse("a saw made of seashells", 1, False).spec
    assert material_for(saw, "steel")["name"].startswith("shells")  # its blade too
    assert material_for(SpecParse().parse("a saw", 1, False).spec, "steel")["name"] == "steel"


def test_a_colour_pattern_is_painted_into_its_base_colour_texture() -> None:
    from figment_parse import SpecParse

    reader = SpecParse()

    def said(text: str) -> ObjectSpec:
        return reader.parse(text, 1, False).spec

    assert [m.pattern for m in said("a rainbow teapot").materials] == ["rainbow"]
    kettle = said("a kettle puffing rainbow smoke")
    assert [(m.made_of, m.pattern) for m in kettle.materials] == [
        ("chrome", ""),
        ("smoke", "rainbow"),
    ]
    assert said("a rainbow made of stacked books").materials[0].pattern == ""  # it is the rainbow
    assert said("a polka-dot mushroom").materials[0].pattern == "spotted"
    assert said("a chequered table").materials[0].pattern == "checked"
    cat = said("a striped cat")
    assert cat.params.get("pattern") == 1.0 and cat.materials[0].pattern == ""  # its coat's
    paisley = {**spec().model_dump(), "materials": [material("wood") | {"pattern": "paisley"}]}
    with pytest.raises(ValueError, match="pattern must be one of"):
        ObjectSpec.model_validate(paisley)

    teapot = said("a striped teapot")
    doc, blob = parse(build(teapot, 1, 0, lod_levels=0).glb)
    (porcelain,) = [m for m in doc["materials"] if m["name"] == "porcelain"]
    assert porcelain["pbrMetallicRoughness"]["baseColorFactor"][:3] == [1.0, 1.0, 1.0]
    pixels = image(doc, blob, porcelain["pbrMetallicRoughness"]["baseColorTexture"]["index"])
    red = (pixels[..., 0] > pixels[..., 1] + 0.3).mean()
    assert 0.2 < red < 0.8  # red stripes on the white porcelain, not all one or the other
    assert said("a teapot").materials[0].pattern == ""
    rainbow = texture_set("porcelain", 1, 128, None, ("rainbow", (0.9, 0.9, 0.9)))
    hues = np.asarray(Image.open(io.BytesIO(rainbow.base)).convert("HSV"), dtype=np.float32)
    assert np.ptp(hues[..., 0]) > 200  # round the whole colour wheel


def test_stained_glass_panes_are_jewel_coloured_and_willow_twigs_woven() -> None:
    maps = PATTERNS["stained glass"](128, np.random.default_rng(5))
    rgb = maps.albedo.reshape(-1, 3)
    saturation = rgb.max(1) - rgb.min(1)
    assert np.mean(saturation > 0.5) > 0.3  # deep reds, blues, greens (pale tints read white)
    from figment_parse import SpecParse

    bike = SpecParse().parse("a bicycle woven from willow twigs", 1, False).spec
    assert [m.made_of for m in bike.materials] == ["straw"]  # twigs, not planks of willow


def test_peppermint_candy_is_striped_sugar() -> None:
    from figment_parse import SpecParse

    reader = SpecParse()
    unicorn = reader.parse("a unicorn made of peppermint candy", 1, False).spec
    assert [(m.made_of, m.pattern) for m in unicorn.materials] == [("sugar", "striped")]
    assert reader.parse("a horse made of sugar", 1, False).spec.materials[0].pattern == ""
    whale = reader.parse("a whale melting into the sea", 1, False).spec
    assert [m.kind for m in whale.modifiers] == ["melting", "sinking"]  # it melts, in the sea


def test_lace_is_an_openwork_of_white_thread() -> None:
    from figment_parse import SpecParse

    reader = SpecParse()
    for text in ("a wedding dress made of lace", "a harp of spider silk"):
        assert reader.parse(text, 1, False).spec.materials[0].made_of == "lace", text
    maps = PATTERNS["lace"](128, np.random.default_rng(6))
    shade = maps.albedo[..., 0]
    assert 0.1 < (shade < 0.5).mean() < 0.6  # dark holes between white threads


def test_books_are_stacked_in_covers_of_many_colours_and_cream_pages() -> None:
    maps = PATTERNS["books"](128, np.random.default_rng(3))
    rgb = maps.albedo.reshape(-1, 3)
    hues = {tuple(np.round(c / max(float(c.max()), 1e-6), 1)) for c in rgb[rgb.max(1) > 0.1]}
    assert len(hues) >= 4  # covers of several colours, not one stuff's shades
    rows = maps.albedo.mean(1)  # each row of the tile one book (or two) lying flat
    assert np.abs(np.diff(rows, axis=0)).max() > 0.1


def test_licorice_is_a_glossy_twisted_rope_of_black_candy() -> None:
    from figment_parse import SpecParse

    reader = SpecParse()
    for text in ("a necklace of licorice beads", "a saxophone made of liquorice"):
        m = reader.parse(text, 1, False).spec.materials[0]
        assert m.made_of == "licorice" and max(m.base_color.r, m.base_color.g) < 0.05, text
    red = reader.parse("a chair made of red licorice", 1, False).spec.materials[0]
    assert red.made_of == "licorice" and red.base_color.r > 5 * red.base_color.g
    maps = PATTERNS["licorice"](128, np.random.default_rng(2))
    row = maps.height[40]
    crests = int(((row[1:-1] > row[:-2]) & (row[1:-1] >= row[2:]) & (row[1:-1] > 0.8)).sum())
    assert crests >= 5  # ridges running round it
    assert not np.allclose(maps.height[:, 40], maps.height[40, :])  # in a spiral, not rings
    assert np.asarray(maps.rough).min() < 0.6 < np.asarray(maps.rough).max()  # glossy crests


def test_a_many_coloured_stuff_lit_from_within_glows_in_its_own_colours() -> None:
    from figment_mesh._textures import texture_set
    from figment_parse import SpecParse

    spec = (
        SpecParse().parse("a jellyfish made of stained glass, glowing from within", 1, False).spec
    )
    glass = spec.materials[0]
    assert glass.emissive_strength >= 1.0  # see-through: bright enough to read as lit
    pale = (1.0, 0.95, 0.85)
    glow = np.asarray(Image.open(io.BytesIO(texture_set("stained glass", 1, 64, pale).emissive)))
    spread = glow.reshape(-1, 3).astype(float)
    saturation = (spread.max(1) - spread.min(1)) / np.maximum(spread.max(1), 1)
    assert np.percentile(saturation, 75) > 0.3  # its jewel panes, not a grey-white light


def test_a_tiger_s_stripes_are_black_on_orange_and_a_candy_cane_s_white_on_red() -> None:
    from figment.lexicon import COLOURS
    from figment_mesh._textures import paint

    tiger = paint("striped", COLOURS["orange"], 32).reshape(-1, 3)
    assert tiger.max(1).min() < 0.05  # black stripes
    cane = paint("striped", COLOURS["scarlet"], 32).reshape(-1, 3)
    assert cane.min(1).max() > 0.8  # white stripes


def test_a_rainbow_made_of_a_stuff_is_that_stuff_in_its_bands_colours() -> None:
    from figment_mesh._materials import Images, material_for
    from figment_parse import SpecParse

    reader = SpecParse()
    books = reader.parse("a rainbow built from stacked books", 1, False).spec
    red, blue = (material_for(books, f"rainbow-{b}", Images(), 1, 64) for b in ("red", "blue"))
    assert "books" in red["name"] and "baseColorTexture" in red["pbrMetallicRoughness"]
    assert (
        red["pbrMetallicRoughness"]["baseColorFactor"][0]
        > blue["pbrMetallicRoughness"]["baseColorFactor"][0]
    )  # each band in its colour
    assert "emissiveTexture" not in red  # of books, not of light
    plain = reader.parse("a rainbow", 1, False).spec
    assert "books" not in material_for(plain, "rainbow-red", Images(), 1, 64)["name"]


def test_peacock_feathers_wear_their_eyes() -> None:
    from figment_parse import SpecParse

    m = SpecParse().parse("a fern made of peacock feathers", 1, False).spec.materials[0]
    assert m.made_of == "peacock feathers" and min(m.base_color.r, m.base_color.b) > 0.9  # own
    maps = PATTERNS["peacock feathers"](256, np.random.default_rng(4))
    rgb = np.asarray(maps.albedo)
    navy = (rgb[..., 2] > 2 * rgb[..., 0]) & (rgb[..., 2] > rgb[..., 1]) & (rgb.max(-1) < 0.5)
    green = (rgb[..., 1] > 1.5 * rgb[..., 0]) & (rgb[..., 1] > rgb[..., 2])
    bronze = (rgb[..., 0] > 1.3 * rgb[..., 2]) & (rgb[..., 0] > 0.25)
    assert 0.01 < navy.mean() < 0.2 and green.mean() > 0.2 and bronze.mean() > 0.02  # eyes
    from scipy import ndimage

    _, hearts = ndimage.label(navy)
    assert hearts >= 4  # an eye on each feather


def test_black_marble_shows_pale_veins_and_black_granite_grey_grains() -> None:
    def base(made_of: str, painted: tuple[str, tuple[float, float, float]] | None) -> np.ndarray:
        image = Image.open(io.BytesIO(texture_set(made_of, 3, 128, None, painted).base))
        return np.asarray(image.convert("L"), np.float32) / 255

    black = (0.006, 0.006, 0.006)
    veins = base("marble", ("dark veins", black))
    assert np.median(veins) < 0.35 and np.percentile(veins, 99) > 0.55  # black, veined pale
    grains = base("granite", ("dark grains", black))
    assert np.median(grains) < 0.4 and np.percentile(grains, 95) > 0.45  # black, grey grains
    # (multiplied by black, the texture showed nothing)
    from figment.lexicon import material_named
    from figment_mesh._materials import _from_spec, _painted

    ink = material_named("ink").base_color  # (near black)
    m = material_named("marble").model_copy(update={"base_color": ink})
    assert _painted(m, _from_spec(m, 0))[1] == ("dark veins", (ink.r, ink.g, ink.b))
    assert _painted(material_named("marble"), _from_spec(material_named("marble"), 0))[1] is None
