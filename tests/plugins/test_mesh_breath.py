"""Breathing: a spec with a ``breathe`` motion builds a GLB with a morph target (a swell along the
normals, sized by the object and the motion's amplitude) and a looping animation of its weight at
the motion's frequency, in every LOD; other specs carry neither."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_mesh_textures import accessor, parse, random_spec

from figment.spec import Motion, ObjectSpec
from figment_mesh._breath import ANIMATION, KEYS, TARGET, breath_of, swell
from figment_mesh._build import build
from figment_mesh._geometry import build_part
from figment_mesh._mesh import smooth_normals_src
from figment_mesh._primitives import box, sphere
from figment_parse import SpecParse


def parsed(text: str) -> ObjectSpec:
    """The spec the lexicon reader makes of a text."""
    return SpecParse().parse(text, 1, False).spec


def breathing(text: str, amplitude: float, hz: float) -> ObjectSpec:
    """The parsed spec of ``text`` breathing with this amplitude and frequency."""
    motion = Motion(kind="breathe", amplitude=amplitude, frequency_hz=hz)
    return parsed(text).model_copy(update={"motions": [motion]})


def test_the_parser_reads_breathing_as_the_breathe_motion() -> None:
    for text in ("a book that breathes", "a breathing teapot"):
        spec = parsed(text)
        assert [m.kind for m in spec.motions] == ["breathe"], text
        assert breath_of(spec) is not None
    assert breath_of(parsed("a teapot")) is None
    assert breath_of(breathing("a teapot", 0.0, 0.25)) is None, "amplitude 0 does not move"
    assert breath_of(breathing("a teapot", 0.1, 0.0)) is None, "frequency 0 does not move"


def check_breath(glb: bytes, amplitude: float, hz: float) -> float:
    """Assert the GLB breathes at ``hz``; the largest swell of a vertex (metres)."""
    doc, blob = parse(glb)
    mesh = doc["meshes"][0]
    assert mesh["weights"] == [0.0] and mesh["extras"]["targetNames"] == [TARGET]
    largest = 0.0
    for prim in mesh["primitives"]:
        (target,) = prim["targets"]
        acc = doc["accessors"][target["POSITION"]]
        base = doc["accessors"][prim["attributes"]["POSITION"]]
        assert (acc["type"], acc["componentType"], acc["count"]) == ("VEC3", 5126, base["count"])
        data = accessor(doc, blob, target["POSITION"])
        assert np.isfinite(data).all()
        assert acc["min"] == pytest.approx(data.min(0).tolist())
        assert acc["max"] == pytest.approx(data.max(0).tolist())
        largest = max(largest, float(np.linalg.norm(data, axis=1).max()))
    (anim,) = doc["animations"]
    assert anim["name"] == ANIMATION
    (channel,) = anim["channels"]
    assert channel["target"] == {"node": 0, "path": "weights"}
    sampler = anim["samplers"][channel["sampler"]]
    assert sampler["interpolation"] == "LINEAR"
    times = accessor(doc, blob, sampler["input"]).ravel()
    weights = accessor(doc, blob, sampler["output"]).ravel()
    assert len(times) == len(weights) == KEYS + 1
    assert times[0] == 0.0 and times[-1] == pytest.approx(1.0 / hz)
    assert (np.diff(times) > 0).all()
    assert doc["accessors"][sampler["input"]]["max"] == [pytest.approx(1.0 / hz)]
    # The bridges' breathe curve, (1 - cos 2πft) / 2: rest at both ends (a seamless loop), the
    # top of the breath at half the period.
    expected = 0.5 * (1 - np.cos(2 * np.pi * hz * times))
    assert weights == pytest.approx(expected, abs=1e-6)
    assert weights[0] == weights[-1] == 0.0 and weights.max() == pytest.approx(1.0)
    # At most the amplitude times the cap, half the object's middle extent.
    prims = mesh["primitives"]
    lo = np.min([doc["accessors"][p["attributes"]["POSITION"]]["min"] for p in prims], axis=0)
    hi = np.max([doc["accessors"][p["attributes"]["POSITION"]]["max"] for p in prims], axis=0)
    assert 0.0 < largest <= 0.5 * amplitude * float(np.sort(hi - lo)[1]) * 1.001 + 1e-6
    return largest


@pytest.mark.parametrize("text", ["a book that breathes", "a breathing teapot"])
def test_a_breathing_object_carries_a_morph_target_and_its_loop_in_every_lod(text: str) -> None:
    spec = parsed(text)
    (motion,) = spec.motions
    built = build(spec, seed=2, max_triangles=0, lod_levels=2)
    assert len(built.lods) == 2
    swells = [
        check_breath(g, motion.amplitude, motion.frequency_hz) for g in (built.glb, *built.lods)
    ]
    # LODs are one object: the swell is read from the surface's own size, not its triangles.
    assert max(swells) / min(swells) < 1.3, swells


def test_the_breath_follows_the_motion_amplitude_and_frequency() -> None:
    weak = build(breathing("a vase", 0.05, 0.5), seed=1, max_triangles=3000, lod_levels=0).glb
    strong = build(breathing("a vase", 0.2, 2.0), seed=1, max_triangles=3000, lod_levels=0).glb
    a = check_breath(weak, 0.05, 0.5)
    b = check_breath(strong, 0.2, 2.0)
    assert b / a == pytest.approx(4.0, rel=1e-3)


def test_without_breathing_the_glb_has_no_animation_or_target() -> None:
    for spec in (parsed("a teapot that spins"), breathing("a teapot", 0.0, 0.25)):
        doc, _ = parse(build(spec, seed=1, max_triangles=2000, lod_levels=0).glb)
        assert "animations" not in doc
        assert "weights" not in doc["meshes"][0]
        assert all("targets" not in p for p in doc["meshes"][0]["primitives"])


def test_a_sphere_swells_like_its_own_scale_and_split_vertices_move_together() -> None:
    ball = build_part(sphere(0.5), 2.0)
    # Flat shading splits every vertex per face: the copies must still move as one.
    src, _, faces = smooth_normals_src(ball.verts, ball.faces, 0.0)
    verts = ball.verts[src]
    (offset,) = swell([(verts, faces)], 0.1)
    radial = verts / np.linalg.norm(verts, axis=1, keepdims=True)
    along = (offset * radial).sum(1)
    up = verts[:, 1] > -0.4  # near its base a vertex may not sink below it
    assert along[up] == pytest.approx(0.05, rel=0.15), "amplitude × radius, outward"
    assert np.linalg.norm(offset - along[:, None] * radial, axis=1)[up].max() < 0.005
    assert (verts[:, 1] + offset[:, 1] >= -0.5 - 1e-9).all()
    key = np.round(verts, 6)
    for point in np.unique(key, axis=0)[:50]:
        same = (key == point).all(1)
        assert np.ptp(offset[same], axis=0).max() < 1e-6, "a crease or seam would open"


def test_a_thin_part_swells_by_its_own_thickness_and_nothing_sinks_below_the_base() -> None:
    slab = build_part(box(1.0, 1.0, 1.0), 2.0)
    leg = build_part(box(0.04, 1.0, 0.04, _shift(2.0)), 2.0)
    offs = swell([(slab.verts, slab.faces), (leg.verts, leg.faces)], 0.1)
    big, thin = (float(np.linalg.norm(o, axis=1).max()) for o in offs)
    assert thin < 0.2 * big, (thin, big)
    assert thin > 0.0
    low = min(slab.verts[:, 1].min(), leg.verts[:, 1].min())
    for v, o in zip((slab.verts, leg.verts), offs, strict=True):
        assert (v[:, 1] + o[:, 1] >= low - 1e-9).all()


def _shift(x: float) -> np.ndarray:
    m = np.eye(4)
    m[0, 3] = x
    return m


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(0, 2**32 - 1),
    st.floats(0.01, 2.0),
    st.floats(0.01, 10.0),
    st.sampled_from([200, 3000]),
)
def test_any_object_breathes_with_finite_offsets_above_its_base(
    seed: int, amplitude: float, hz: float, budget: int
) -> None:
    """Any archetype, materials, parts and modifiers, at any amplitude and frequency the spec
    allows: the breath is finite, within a few times the amplitude of the object's size, and
    nothing sinks below the object's base."""
    motion = Motion(kind="breathe", amplitude=amplitude, frequency_hz=hz)
    spec = random_spec(np.random.default_rng(seed)).model_copy(update={"motions": [motion]})
    built = build(spec, seed, budget, lod_levels=1, texture_size=64)
    for glb in (built.glb, *built.lods):
        check_breath(glb, amplitude, hz)
        doc, blob = parse(glb)
        prims = doc["meshes"][0]["primitives"]
        base = min(doc["accessors"][p["attributes"]["POSITION"]]["min"][1] for p in prims)
        for prim in prims:
            pos = accessor(doc, blob, prim["attributes"]["POSITION"])
            moved = pos + accessor(doc, blob, prim["targets"][0]["POSITION"])
            assert moved[:, 1].min() >= base - 1e-5
