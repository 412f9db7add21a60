"""Test doubles: the quick stages of ``figment.testing`` and a few that fail on purpose."""

from __future__ import annotations

from figment.errors import FailedPrecondition
from figment.stages import Stage, StageKind
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
    "BoxMesh",
    "BrokenMesh",
    "EchoText",
    "FixedParse",
    "FixedSpatial",
    "HeardSTT",
    "SineSound",
    "SineSpeech",
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


ALL = list(DOUBLES)
