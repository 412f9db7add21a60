"""Test doubles: small stages registered by fixtures, never shipped."""

from __future__ import annotations

import asyncio
import io
import time
import wave
from typing import ClassVar

import numpy as np

from figment.errors import FailedPrecondition
from figment.spec import Color, Material, ObjectSpec, Vec3
from figment.stages import (
    Emitter,
    Mesh,
    ParsedObject,
    Placement,
    Proxy,
    Sound,
    Speech,
    Stage,
    StageKind,
    StageOptions,
    TextDelta,
    TextDone,
    Transcript,
)


def wav_bytes(seconds: float = 0.5, rate: int = 16000) -> bytes:
    """A short sine WAV."""
    t = np.arange(int(seconds * rate)) / rate
    pcm = (np.sin(2 * np.pi * 220 * t) * 8000).astype("<i2")
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return buf.getvalue()


def glb_bytes(size: float = 1.0) -> bytes:
    """A box as GLB."""
    import trimesh

    return trimesh.creation.box(extents=(size, size, size)).export(file_type="glb")


class EchoOptions(StageOptions):
    """Options of the echo text stage."""

    delay_s: float = 0.0
    words: int = 0


class EchoText(Stage):
    """Streams the prompt back word by word (and records the request it saw)."""

    id = "test.text.echo"
    kind = StageKind.TEXT
    Options = EchoOptions
    seen: ClassVar[list] = []
    stopped: ClassVar[list] = []

    async def run(self, request, options, ctx):
        EchoText.seen.append(request)
        words = request.prompt.split() * max(
            1, options.words // max(1, len(request.prompt.split())) or 1
        )
        out = []
        try:
            for w in words:
                if options.delay_s:
                    await asyncio.sleep(options.delay_s)
                ctx.check()
                out.append(w)
                yield TextDelta(w + " ")
        except BaseException:
            EchoText.stopped.append(time.monotonic())
            raise
        yield TextDone(" ".join(out), tokens=len(out))


class FixedParse(Stage):
    """Always a small lamp."""

    id = "test.parse.fixed"
    kind = StageKind.PARSE

    async def run(self, request, options, ctx):
        spec = ObjectSpec(
            name="lamp",
            archetype="lamp",
            size=Vec3(x=0.3, y=0.5, z=0.3),
            materials=[Material(made_of="brass", base_color=Color(r=0.8, g=0.6, b=0.2))],
        )
        return ParsedObject(spec=spec, confidence=0.5)


class BoxMesh(Stage):
    """A proxy box, then a box mesh."""

    id = "test.mesh.box"
    kind = StageKind.MESH

    async def run(self, request, options, ctx):
        yield Proxy(
            glb=glb_bytes(0.5), size=request.spec.size, color=request.spec.materials[0].base_color
        )
        yield Mesh(glb=await ctx.to_thread(glb_bytes, 1.0), triangles=12)


class SineSound(Stage):
    """A sine WAV."""

    id = "test.sound.sine"
    kind = StageKind.SOUND

    async def run(self, request, options, ctx):
        return Sound(wav=wav_bytes(0.5), duration_s=0.5)


class FixedSpatial(Stage):
    """Fixed emitter parameters."""

    id = "test.spatial.fixed"
    kind = StageKind.SPATIAL

    async def run(self, request, options, ctx):
        emitter = Emitter(
            position=(0, 0.2, 0),
            min_distance=1,
            max_distance=20,
            rolloff="inverse",
            cone_inner_deg=360,
            cone_outer_deg=360,
            cone_outer_gain=1,
            doppler=1,
            reverb_send=0.2,
            volume_db=0,
            loop=True,
        )
        return Placement(emitter=emitter)


class SineSpeech(Stage):
    """A sine WAV as speech (and a tiny OGG header stand-in is not used: real OGG via soundfile)."""

    id = "test.tts.sine"
    kind = StageKind.TTS
    spoken: ClassVar[list] = []

    async def run(self, request, options, ctx):
        SineSpeech.spoken.append((request.text, request.max_seconds))
        import soundfile as sf

        wav = wav_bytes(0.3)
        data, rate = sf.read(io.BytesIO(wav))
        buf = io.BytesIO()
        sf.write(buf, data, rate, format="OGG", subtype="VORBIS")
        return Speech(wav=wav, ogg=buf.getvalue(), duration_s=0.3, text=request.text)


class HeardSTT(Stage):
    """Hears 'a lamp' in any audio."""

    id = "test.stt.fixed"
    kind = StageKind.STT

    async def run(self, request, options, ctx):
        return Transcript(text="a humming lamp", duration_s=0.5)


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

    async def load(self):
        raise FailedPrecondition("the test sound model is missing; nothing to install")

    async def run(self, request, options, ctx):
        return None


ALL = [EchoText, FixedParse, BoxMesh, SineSound, FixedSpatial, SineSpeech, HeardSTT]
