"""The mesh stage through the plugin API: registration, proxy then mesh, options, cancellation."""

from __future__ import annotations

import asyncio
import io
import logging
import subprocess
import sys

import numpy as np
import pytest
import trimesh
from pydantic import ValidationError

from figment.errors import Cancelled, InvalidArgument
from figment.spec import ObjectSpec
from figment.stages import Mesh, MeshRequest, Proxy, Stage, StageContext, StageKind
from figment_mesh import MeshOptions, ProceduralMesh, register_stages


def spec(**extra: object) -> ObjectSpec:
    """A floating brass whale."""
    data: dict[str, object] = {
        "name": "a brass whale",
        "archetype": "whale",
        "size": {"x": 1.0, "y": 0.6, "z": 2.5},
        "materials": [{"made_of": "brass", "base_color": {"r": 0.8, "g": 0.6, "b": 0.2}}],
        "modifiers": [{"kind": "floating", "amount": 0.5}],
    }
    data.update(extra)
    return ObjectSpec.model_validate(data)


def context(**extra: object) -> StageContext:
    """A stage context; this stage never touches the asset store, so it is None here."""
    return StageContext(
        request_id="test",
        seed=1,
        assets=None,
        log=logging.getLogger("test"),
        **extra,  # type: ignore[arg-type]
    )


async def collect(request: MeshRequest, options: MeshOptions, ctx: StageContext) -> list:
    """Everything the stage yields, in order."""
    return [out async for out in ProceduralMesh().run(request, options, ctx)]


def test_register_stages_registers_the_mesh_stage() -> None:
    seen: list[type[Stage]] = []
    register_stages(seen.append)
    assert seen == [ProceduralMesh]
    assert ProceduralMesh.id == "figment.mesh.procedural"
    assert ProceduralMesh.kind is StageKind.MESH
    assert ProceduralMesh.Options is MeshOptions


def test_options_reject_unknown_fields_and_out_of_range() -> None:
    with pytest.raises(ValidationError):
        MeshOptions(colour="red")  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="lod_levels"):
        MeshOptions(lod_levels=5)


async def test_run_yields_proxy_then_mesh() -> None:
    s = spec()
    outs = await collect(MeshRequest(spec=s, seed=3, max_triangles=0), MeshOptions(), context())
    assert [type(o) for o in outs] == [Proxy, Mesh]
    proxy, mesh = outs
    assert proxy.size == s.size
    assert (proxy.color.r, proxy.color.g, proxy.color.b) == (0.8, 0.6, 0.2)
    box = trimesh.load(
        io.BytesIO(proxy.glb), file_type="glb", force="scene", process=False
    ).to_geometry()
    np.testing.assert_allclose(box.extents, [1.0, 0.6, 2.5], rtol=1e-5)
    assert box.bounds[0][1] > 0, "a floating object's proxy floats too"
    assert 0 < mesh.triangles <= 20_000
    assert len(mesh.lods) == 2
    loaded = trimesh.load(
        io.BytesIO(mesh.glb), file_type="glb", force="scene", process=False
    ).to_geometry()
    assert len(loaded.faces) == mesh.triangles


async def test_options_reach_the_builder() -> None:
    req = MeshRequest(spec=spec(), seed=3, max_triangles=2000)
    outs = await collect(req, MeshOptions(lod_levels=0, smooth=False), context())
    assert outs[1].lods == ()
    flat = trimesh.load(
        io.BytesIO(outs[1].glb), file_type="glb", force="scene", process=False
    ).to_geometry()
    real = flat.area_faces > 1e-12
    corners = flat.vertex_normals[flat.faces][real]
    faces = np.repeat(flat.face_normals[real][:, None], 3, 1)
    np.testing.assert_allclose(corners, faces, atol=1e-3)


async def test_bad_budget_fails_before_anything_is_yielded() -> None:
    gen = ProceduralMesh().run(
        MeshRequest(spec=spec(), seed=1, max_triangles=10), MeshOptions(), context()
    )
    with pytest.raises(InvalidArgument, match="max_triangles"):
        await gen.__anext__()


async def test_cancelled_request_stops() -> None:
    ctx = context()
    gen = ProceduralMesh().run(
        MeshRequest(spec=spec(), seed=1, max_triangles=0), MeshOptions(), ctx
    )
    first = await gen.__anext__()
    assert isinstance(first, Proxy)
    ctx.cancelled.set()
    with pytest.raises(Cancelled):
        await gen.__anext__()


async def test_runs_off_the_event_loop() -> None:
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0)
            ticks += 1

    task = asyncio.create_task(ticker())
    try:
        await collect(MeshRequest(spec=spec(), seed=1, max_triangles=0), MeshOptions(), context())
    finally:
        task.cancel()
    assert ticks > 10


def test_import_is_cheap() -> None:
    code = "import sys, figment_mesh; print('trimesh' in sys.modules, 'manifold3d' in sys.modules, 'figment_mesh._build' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "False"]


def test_building_a_mesh_needs_no_trimesh() -> None:
    # trimesh is in the dev extra only (tests, figment.testing's box): the stage must not need it
    code = """
import asyncio, logging, sys
sys.modules["trimesh"] = None  # any import of it now fails
from figment.spec import ObjectSpec
from figment.stages import MeshRequest, StageContext
from figment_mesh import MeshOptions, ProceduralMesh
spec = ObjectSpec.model_validate({"name": "a lamp", "archetype": "lamp",
    "size": {"x": 0.3, "y": 0.5, "z": 0.3},
    "materials": [{"made_of": "brass", "base_color": {"r": 0.8, "g": 0.6, "b": 0.2}}]})
ctx = StageContext(request_id="t", seed=1, assets=None, log=logging.getLogger("t"))
async def main():
    request = MeshRequest(spec=spec, seed=1, max_triangles=5000)
    return [type(o).__name__ async for o in ProceduralMesh().run(request, MeshOptions(), ctx)]
print(*asyncio.run(main()))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["Proxy", "Mesh"]
