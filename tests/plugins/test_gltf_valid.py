"""Every GLB the mesh stage writes passes the Khronos glTF Validator with no error, and is light.

The validator is npm ``gltf-validator`` run by ``scripts/gltf-validate.cjs`` (one JSON report a
line); scripts/setup installs it into ``.cache/gltf``. Without node the tests skip, naming it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from studio_samples import sphere_glb

from figment.lexicon import ARCHETYPE_SIZE, MATERIAL_PBR
from figment.spec import ARCHETYPES, MATERIALS, MODIFIERS, PARTS, ObjectSpec
from figment_mesh._build import build, proxy_glb

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "gltf-validate.cjs"
MAX_GLB_BYTES = 2 * 1024 * 1024
"""A default-budget GLB, textures included, is at most 2 MiB."""


def validate(glbs: dict[str, bytes], folder: Path) -> dict[str, dict]:
    """The validator's report for each named GLB (written to ``folder`` first)."""
    node = shutil.which("node")
    if node is None or shutil.which("npm") is None:
        pytest.skip("node and npm are not installed: the glTF Validator runs on node")
    paths = []
    for name, glb in glbs.items():
        path = folder / f"{name}.glb"
        path.write_bytes(glb)
        paths.append(str(path))
    run = subprocess.run([node, str(SCRIPT), *paths], capture_output=True, text=True, check=False)
    assert run.returncode in (0, 1), f"the validator did not run: {run.stderr}"
    reports = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(reports) == len(glbs)
    return {Path(r["uri"]).stem: r for r in reports}


def problems(reports: dict[str, dict]) -> list[str]:
    """One line for each error in any report."""
    return [
        f"{name}: {m['code']} at {m.get('pointer', '?')}: {m['message']}"
        for name, report in reports.items()
        for m in report["issues"]["messages"]
        if m["severity"] == 0
    ]


def material(made_of: str) -> dict:
    """A spec material with the lexicon's PBR defaults (what the parse stage writes)."""
    pbr = MATERIAL_PBR[made_of]
    rgb = dict(zip("rgb", pbr.base_color, strict=True))
    return {
        "made_of": made_of,
        "base_color": rgb,
        "metallic": pbr.metallic,
        "roughness": pbr.roughness,
        "emissive": dict(zip("rgb", pbr.emissive, strict=True)),
        "emissive_strength": pbr.emissive_strength,
        "opacity": pbr.opacity,
    }


def sample(i: int, archetype: str) -> ObjectSpec:
    """The i-th archetype with two materials, a part and a modifier, cycling through each list."""
    x, y, z = ARCHETYPE_SIZE[archetype]
    return ObjectSpec.model_validate(
        {
            "name": f"sample {archetype}",
            "archetype": archetype,
            "size": {"x": x, "y": y, "z": z},
            "materials": [
                material(MATERIALS[i % len(MATERIALS)]),
                material(MATERIALS[(i * 7 + 3) % len(MATERIALS)]),
            ],
            "parts": [PARTS[i % len(PARTS)]],
            "modifiers": [{"kind": MODIFIERS[i % len(MODIFIERS)], "amount": 0.6, "count": 3}],
        }
    )


def test_every_archetype_with_materials_parts_and_modifiers_is_valid(tmp_path: Path) -> None:
    glbs: dict[str, bytes] = {}
    for i, archetype in enumerate(ARCHETYPES):
        spec = sample(i, archetype)
        built = build(spec, seed=i, max_triangles=0, lod_levels=1)
        assert len(built.glb) <= MAX_GLB_BYTES, f"{archetype}: {len(built.glb):,} bytes"
        glbs[archetype] = built.glb
        glbs[f"{archetype}-lod1"] = built.lods[0]
        glbs[f"{archetype}-proxy"] = proxy_glb(spec)
    reports = validate(glbs, tmp_path)
    assert not problems(reports), "\n".join(problems(reports))
    assert all(r["info"]["totalTriangleCount"] > 0 for r in reports.values())


def with_fields(spec: ObjectSpec, **fields: object) -> ObjectSpec:
    """``spec`` with some fields replaced (validated again)."""
    return ObjectSpec.model_validate({**spec.model_dump(), **fields})


def test_every_material_and_modifier_is_valid_on_one_shape(tmp_path: Path) -> None:
    glbs = {}
    for i, made_of in enumerate(MATERIALS):
        spec = with_fields(sample(i, "vase"), materials=[material(made_of)], modifiers=[])
        glbs[made_of] = build(spec, seed=i, max_triangles=3000, lod_levels=0).glb
    for i, kind in enumerate(MODIFIERS):
        spec = with_fields(sample(i, "cup"), modifiers=[{"kind": kind, "count": 4}])
        glbs[kind] = build(spec, seed=i, max_triangles=3000, lod_levels=0).glb
    reports = validate(glbs, tmp_path)
    assert not problems(reports), "\n".join(problems(reports))


def test_the_validator_finds_errors_and_passes_the_preview_samples(tmp_path: Path) -> None:
    texture = np.full((8, 8, 4), 200, np.uint8)
    textured = sphere_glb(
        {
            "pbrMetallicRoughness": {"baseColorTexture": {"index": 0}},
            "normalTexture": {"index": 0},
            "extensions": {"KHR_materials_transmission": {"transmissionFactor": 0.5}},
        },
        [texture],
        rings=4,
    )
    bad = sphere_glb({"pbrMetallicRoughness": {"metallicFactor": 2.0}}, rings=4)
    reports = validate({"textured": textured, "bad": bad}, tmp_path)
    assert reports["textured"]["issues"]["numErrors"] == 0, problems(reports)
    codes = [m["code"] for m in reports["bad"]["issues"]["messages"]]
    assert "VALUE_NOT_IN_RANGE" in codes, "a metallic factor of 2 is out of [0, 1]"


def test_breathing_objects_are_valid_light_and_animated(tmp_path: Path) -> None:
    """A morph target and its looping animation on the heaviest archetypes (each with the sample's
    modifier: a twisted whale, a fractured snake, a swarm of crystals...) and their LODs."""
    breathe = [{"kind": "breathe", "amplitude": 0.06, "frequency_hz": 0.25}]
    glbs = {}
    for archetype in ("whale", "egg", "snake", "vase", "crystal", "book", "teapot"):
        i = ARCHETYPES.index(archetype)
        built = build(with_fields(sample(i, archetype), motions=breathe), seed=i, max_triangles=0,
                      lod_levels=1)  # fmt: skip
        assert len(built.glb) <= MAX_GLB_BYTES, f"{archetype}: {len(built.glb):,} bytes"
        glbs[archetype] = built.glb
        glbs[f"{archetype}-lod1"] = built.lods[0]
    reports = validate(glbs, tmp_path)
    assert not problems(reports), "\n".join(problems(reports))
    for name, report in reports.items():
        assert report["issues"]["numWarnings"] == 0, (name, report["issues"]["messages"])
        assert report["info"]["animationCount"] == 1 and report["info"]["hasMorphTargets"], name


def test_flocks_billows_and_parts_in_their_own_material_are_valid_and_light(
    tmp_path: Path,
) -> None:
    from figment_parse import SpecParse

    wishes = {
        "moths": "a clock that melts into a flock of moths",
        "fog": "a staircase of folded paper climbing into fog",
        "mirrors": "a tree whose leaves are tiny mirrors",
        "glass-wings": "an owl whose wings are stained glass",
        "flames": "a violin that bursts into flames",
    }
    glbs = {}
    for name, wish in wishes.items():
        built = build(SpecParse().parse(wish, 1, False).spec, seed=5, max_triangles=0)
        assert len(built.glb) <= MAX_GLB_BYTES, f"{name}: {len(built.glb):,} bytes"
        glbs[name] = built.glb
    reports = validate(glbs, tmp_path)
    assert not problems(reports), "\n".join(problems(reports))


def test_the_game_prop_shapes_are_valid(tmp_path: Path) -> None:
    """The family modes the sixth gallery added: campfire, robot, throne, barrel, winged beast,
    and a ship turning into coral (its sails with it)."""
    from figment_parse import SpecParse

    wishes = {
        "campfire": "a campfire made of ice",
        "robot": "a robot woven from wicker",
        "throne": "a throne of antlers that is frozen",
        "barrel": "a glass barrel leaking honey",
        "dragon": "a dragon built from rusty chains",
        "ship": "a wooden pirate ship turning into coral",
    }
    glbs = {}
    for i, (name, wish) in enumerate(wishes.items()):
        spec = SpecParse().parse(wish, i, False).spec
        assert spec.family, wish
        glbs[name] = build(spec, seed=i, max_triangles=0, lod_levels=0).glb
    reports = validate(glbs, tmp_path)
    assert not problems(reports), "\n".join(problems(reports))
