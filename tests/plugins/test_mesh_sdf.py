"""Organic archetypes built as distance fields: closed, outward, finite meshes for any seed,
size and detail; exact triangle counts; the parts the rest of the builder expects."""

from __future__ import annotations

import io

import numpy as np
import pytest
import trimesh
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from figment.spec import ObjectSpec
from figment_mesh._build import build, recipe
from figment_mesh._creatures import BUILDERS_ORGANIC
from figment_mesh._geometry import build_part, signed_volume
from figment_mesh._sdf import Field, ellipsoid, mesh_field, spine, surface_point

ORGANIC = sorted(BUILDERS_ORGANIC)


def spec(archetype: str, size=(0.5, 0.4, 1.2), modifiers=()) -> ObjectSpec:
    return ObjectSpec.model_validate(
        {
            "name": archetype,
            "archetype": archetype,
            "size": dict(zip("xyz", size, strict=True)),
            "materials": [
                {"made_of": "scales", "base_color": {"r": 0.5, "g": 0.6, "b": 0.7}},
                {"made_of": "brass", "base_color": {"r": 0.8, "g": 0.6, "b": 0.2}},
            ],
            "modifiers": list(modifiers),
        }
    )


def assert_closed_outward(v: np.ndarray, f: np.ndarray) -> None:
    """Every directed edge is matched by exactly one reverse edge (closed, consistently wound),
    the volume is positive (outward) and no triangle is degenerate."""
    assert len(f) and np.isfinite(v).all()
    edges = np.concatenate([f[:, [0, 1]], f[:, [1, 2]], f[:, [2, 0]]])
    n = len(v)
    fwd = np.unique(edges[:, 0] * n + edges[:, 1], return_counts=True)
    assert (fwd[1] == 1).all(), "an edge is used twice in one direction"
    rev = set((edges[:, 1] * n + edges[:, 0]).tolist())
    assert set(fwd[0].tolist()) == rev, "an edge has no partner: the mesh is open"
    assert signed_volume(v, f) > 0
    area = np.linalg.norm(np.cross(v[f[:, 1]] - v[f[:, 0]], v[f[:, 2]] - v[f[:, 0]]), axis=1)
    assert (area > 1e-12).all()


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    archetype=st.sampled_from(ORGANIC),
    seed=st.integers(0, 2**31 - 1),
    k=st.sampled_from([0.05, 0.4, 1.0, 2.5]),
)
def test_field_parts_are_closed_outward_and_counted_exactly(archetype, seed, k) -> None:
    parts = BUILDERS_ORGANIC[archetype](np.random.default_rng(seed))
    fields = [p for p in parts if not hasattr(p.sweep(k), "shape")]
    assert fields, "the organic builder makes no field part"
    for part in fields:
        solid = build_part(part, k)
        assert part.count(k) == len(solid.faces)
        assert_closed_outward(solid.verts, solid.faces)
        assert solid.uv is not None and solid.uv.shape == (len(solid.verts), 4)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    archetype=st.sampled_from(ORGANIC),
    seed=st.integers(0, 2**31 - 1),
    size=st.tuples(*[st.floats(0.05, 20.0)] * 3),
    budget=st.sampled_from([200, 2000, 20_000]),
)
def test_any_seed_and_size_gives_a_finite_sized_glb_within_budget(
    archetype, seed, size, budget
) -> None:
    s = spec(archetype, size)
    built = build(s, seed, budget, lod_levels=1)
    assert built.triangles <= budget
    assert all(t <= budget for t in built.lod_triangles)
    scene = trimesh.load(io.BytesIO(built.glb), file_type="glb", force="scene", process=False)
    mesh = scene.to_geometry()
    assert len(mesh.faces) == built.triangles
    assert np.isfinite(mesh.vertices).all()
    # fits inside the size undistorted, touching it on one axis
    assert ((mesh.bounds[1] - mesh.bounds[0]) / size).max() == pytest.approx(1.0, rel=1e-3)


@pytest.mark.parametrize(
    ("archetype", "slots"),
    [("whale", {0, 1, "pupil"}), ("fish", {0, 1, "pupil"}), ("bird", {0, 1, 2, "pupil"})],
)
def test_one_tagged_body_and_the_slots_the_materials_expect(archetype, slots) -> None:
    # whale: body and its pale belly; fish: body and fins; bird: body, wings, beak and legs
    parts = recipe(spec(archetype), seed=3)
    assert [p.tag for p in parts].count("body") == 1
    assert {p.slot for p in parts} == slots


@pytest.mark.parametrize("archetype", ORGANIC)
@pytest.mark.parametrize("modifier", ["melting", "fractured", "frozen", "hollow", "swarm"])
def test_modifiers_still_apply_to_field_bodies(archetype, modifier) -> None:
    plain = build(spec(archetype), 5, 4000, lod_levels=0)
    twisted = build(spec(archetype, modifiers=[{"kind": modifier, "amount": 0.7}]), 5, 4000, 0)
    assert twisted.glb != plain.glb
    assert twisted.triangles <= 4000


def test_a_smooth_union_fills_the_crease_between_shapes() -> None:
    a = ellipsoid((0, 0, 0), (0.3, 0.2, 0.2))
    b = ellipsoid((0.35, 0.0, 0.0), (0.2, 0.2, 0.2), blend=0.1)
    hard = ellipsoid((0.35, 0.0, 0.0), (0.2, 0.2, 0.2))
    probe = np.array([[0.25, 0.19, 0.0]])  # just above where the two meet
    blended = Field((a, b), np.zeros((2, 3))).at(probe)[0]
    plain = Field((a, hard), np.zeros((2, 3))).at(probe)[0]
    assert blended < plain


def test_spine_tube_is_closed_and_its_surface_is_found() -> None:
    shapes = spine([(0, 0, 0.5), (0, 0.05, 0), (0, 0, -0.5)], [0.1, 0.2, 0.05], [0.15, 0.25, 0.1])
    field = Field(tuple(shapes), np.array([[0, 0, -0.5], [0, 0, 0.5]]))
    v, f = mesh_field(field, 0.03)
    assert_closed_outward(v, f)
    p = surface_point(field, (0, 0.05, 0), (1, 0, 0))
    # on the level set, on the ray; the joint's smooth union swells the tube a little there
    assert abs(field.at(p[None])[0]) < 1e-3
    assert p[1:] == pytest.approx([0.05, 0.0])
    assert 0.2 <= p[0] <= 0.2 + 0.3 * 0.2 / 4 + 1e-3
