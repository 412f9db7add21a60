"""figment_mesh: the built-in procedural mesh stage (``figment.mesh.procedural``).

Spec → GLB with trimesh-compatible output built from numpy sweeps, distance fields meshed by
marching cubes (the organic archetypes) and manifold3d booleans: every archetype in
``figment.spec.ARCHETYPES`` is assembled from parts, every entry of ``PARTS`` attaches to any
archetype and every modifier is real geometry. The stage yields a proxy (a box of
spec.size in the primary colour) at once, then the mesh with its LODs.

Importing this package is cheap: numpy and the builders load on first ``run`` (or ``load``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from pydantic import Field

from figment.spec import Color, Vec3
from figment.stages import (
    Bounds,
    Host,
    Mesh,
    MeshRequest,
    Proxy,
    Register,
    RegisterRenderer,
    Stage,
    StageContext,
    StageKind,
)
from figment.stages import StageOptions as _StageOptions

if TYPE_CHECKING:
    import typer

__all__ = [
    "BOUNDS",
    "MeshOptions",
    "ProceduralMesh",
    "register_commands",
    "register_renderers",
    "register_stages",
]

BOUNDS = Bounds(min_triangles=200, max_triangles=200_000)
"""The triangle budgets the builders accept (the daemon's limits may be tighter)."""


class MeshOptions(_StageOptions):
    """Per-request options of the procedural mesh stage."""

    lod_levels: int = Field(
        default=2, ge=0, le=4, description="coarser levels after the mesh: 1/2, 1/4 ... triangles"
    )
    smooth: bool = Field(
        default=True, description="smooth shading with 40° creases; false shades every face flat"
    )
    texture_size: int = Field(
        default=256,
        ge=0,
        le=2048,
        description="pixels a side of each material's textures: a power of two in 64..2048, "
        "0 for flat colours; every LOD embeds the same set",
    )


class ProceduralMesh(Stage):
    """Builds every archetype procedurally from parts, with modifiers as real geometry."""

    id = "figment.mesh.procedural"
    kind = StageKind.MESH
    description = "Procedural GLB meshes from the object spec: parts, PBR materials, LODs."
    Options = MeshOptions
    bounds = BOUNDS

    async def load(self, host: Host) -> None:
        """Import numpy, manifold3d and the builders once, and compute the default texture
        size's noise fields, off the request path."""
        import asyncio

        from . import _build
        from ._textures import warm

        await asyncio.to_thread(warm, _build.DEFAULT_TEXTURE)

    def info(self) -> dict[str, str]:
        """What Describe reports beside the bounds."""
        return {"archetypes": "all of figment.spec.ARCHETYPES"}

    async def run(
        self, request: MeshRequest, options: Any, ctx: StageContext
    ) -> AsyncIterator[Proxy | Mesh]:
        """Yield the proxy, then the finished mesh with its LODs."""
        from ._build import build, check_budget, check_texture_size, proxy_glb

        opts = (
            options
            if isinstance(options, MeshOptions)
            else MeshOptions.model_validate(options or {})
        )
        check_budget(request.max_triangles)
        check_texture_size(opts.texture_size)
        spec = request.spec
        primary = spec.materials[0].base_color
        glb = await ctx.to_thread(proxy_glb, spec)
        yield Proxy(
            glb=glb,
            size=Vec3(x=spec.size.x, y=spec.size.y, z=spec.size.z),
            color=Color(r=primary.r, g=primary.g, b=primary.b, a=primary.a),
        )
        built = await ctx.to_thread(
            build,
            spec,
            request.seed,
            request.max_triangles,
            lod_levels=opts.lod_levels,
            smooth=opts.smooth,
            check=ctx.check,
            texture_size=opts.texture_size,
        )
        yield Mesh(glb=built.glb, triangles=built.triangles, lods=built.lods)


def register_stages(register: Register) -> None:
    """Register the procedural mesh stage with Figment."""
    register(ProceduralMesh)


def register_commands(cli: typer.Typer) -> None:
    """Add ``figment gallery``: conjure a file of wishes into PNGs and one contact sheet."""
    from .gallery import gallery

    cli.command("gallery")(gallery)


def register_renderers(register: RegisterRenderer) -> None:
    """Render GLBs to a PNG preview (``figment conjure --preview``) with three.js in Chromium."""

    def render(glb: bytes) -> bytes:
        from .preview import render_png

        return render_png(glb)

    register("model/gltf-binary", render)
