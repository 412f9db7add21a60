"""Test doubles: the quick stages of ``figment.testing`` and a few that fail on purpose."""

from __future__ import annotations

from figment.errors import FailedPrecondition
from figment.spec import Color, Material, ObjectSpec, Vec3
from figment.stages import Mesh, ParsedObject, Proxy, Sound, Stage, StageKind
from figment.testing import (
    DOUBLES,
    BoxMesh,
    EchoText,
    FixedParse,
    FixedSpatial,
    HeardSTT,
    SineSound,
    SineSpeech,
    glb_bytes,
    wav_bytes,
)

__all__ = [
    "ALL",
    "REVISING",
    "BoxMesh",
    "BrokenMesh",
    "EchoText",
    "FixedParse",
    "FixedSpatial",
    "GrowingParse",
    "HeardSTT",
    "SineSound",
    "SineSpeech",
    "SizedBoxMesh",
    "SizedSineSound",
    "UnloadableSound",
    "glb_bytes",
    "wav_bytes",
]


class BrokenMesh(Stage):
    """A mesh stage that raises."""

    id = "test.mesh.broken"
    kind = StageKind.MESH

    async def run(self, request, options, ctx):
        raise RuntimeError("boom")


class UnloadableSound(Stage):
    """A sound stage whose model is missing."""

    id = "test.sound.missing"
    kind = StageKind.SOUND

    async def load(self, host):
        raise FailedPrecondition("the test sound model is missing; nothing to install")

    async def run(self, request, options, ctx):
        return None


class GrowingParse(Stage):
    """A lamp that grows with the words it reads, so each longer text is a new revision."""

    id = "test.parse.growing"
    kind = StageKind.PARSE

    async def run(self, request, options, ctx):
        words = min(len(request.text.split()), 40)
        height = round(0.3 + 0.02 * words, 2)
        spec = ObjectSpec(
            name="lamp",
            archetype="lamp",
            size=Vec3(x=0.3, y=height, z=0.3),
            materials=[Material(made_of="brass", base_color=Color(r=0.8, g=0.6, b=0.2))],
        )
        return ParsedObject(spec=spec, confidence=0.5)


class SizedBoxMesh(Stage):
    """A proxy box, then a box mesh, both as tall as the spec (a new size is a new asset)."""

    id = "test.mesh.sized"
    kind = StageKind.MESH

    async def run(self, request, options, ctx):
        height = request.spec.size.y
        yield Proxy(
            glb=glb_bytes(height / 2),
            size=request.spec.size,
            color=request.spec.materials[0].base_color,
        )
        yield Mesh(glb=await ctx.to_thread(glb_bytes, height), triangles=12)


class SizedSineSound(Stage):
    """A sine as long as the spec is tall (a new size is a new sound)."""

    id = "test.sound.sized"
    kind = StageKind.SOUND

    async def run(self, request, options, ctx):
        seconds = round(min(request.spec.size.y, request.max_seconds), 2)
        return Sound(wav=wav_bytes(seconds), duration_s=seconds)


ALL = list(DOUBLES)

REVISING = [
    {FixedParse: GrowingParse, BoxMesh: SizedBoxMesh, SineSound: SizedSineSound}.get(cls, cls)
    for cls in DOUBLES
]
"""Every kind, with a parse that revises the object as the text grows and a mesh and sound that
change with it: a Conjure through these sends several revisions of one object."""
