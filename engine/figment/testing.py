"""For tests of stages and plugins: a registry of given stages, the daemon's runner, and doubles.

A new stage's test in a few lines::

    from figment.testing import conjure, run_stage

    async def test_my_mesh_builds_a_lamp(tmp_path):
        outputs = await run_stage(MyMesh, MeshRequest(spec=LAMP, seed=1, max_triangles=5000))
        assert isinstance(outputs[-1], Mesh)

    async def test_my_mesh_in_the_whole_pipeline(tmp_path):
        events = await conjure([MyMesh], "a lamp of brass", home=tmp_path)
        assert "mesh" in [e.WhichOneof("event") for e in events]

``run_stage`` goes through the same runner as the daemon, so options are validated, the kind's
contract is checked and failures carry their code. ``conjure`` runs a whole Conjure in process
with the given stages, and a quick double for every other kind (``DOUBLES``).

The doubles here are for tests only: no entry point names this module, so the daemon never
registers them (their ids start with ``test.``). The box GLB of :func:`glb_bytes` (and so
``BoxMesh``, and ``conjure``'s mesh double) is made with trimesh, a dependency of the ``dev``
extra only: ``pip install -e ".[dev]"``.
"""

from __future__ import annotations

import asyncio
import io
import tempfile
import time
import wave
from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import Any, ClassVar

from .config import Settings
from .engine import Call, Engine
from .plugins import Registry
from .runner import Runner
from .spec import Color, Material, ObjectSpec, Vec3
from .stages import (
    Emitter,
    Mesh,
    ParsedObject,
    Placement,
    Proxy,
    Sound,
    Speech,
    Stage,
    StageContext,
    StageKind,
    StageOptions,
    TextDelta,
    TextDone,
    Transcript,
)

__all__ = [
    "DOUBLES",
    "BoxMesh",
    "EchoText",
    "FixedParse",
    "FixedSpatial",
    "HeardSTT",
    "SineSound",
    "SineSpeech",
    "conjure",
    "make_engine",
    "make_registry",
    "run_stage",
    "wav_bytes",
]


def make_registry(
    stages: Iterable[type[Stage]], selection: dict[str, str] | None = None
) -> Registry:
    """A registry holding only ``stages`` (no entry point is read); ``selection``: kind → id."""
    registry = Registry(selection or {}, allow=[])
    registry.mark_discovered()
    for cls in stages:
        registry.add(cls, "tests")
    return registry


def make_engine(stages: Iterable[type[Stage]], home: Path | None = None, **settings: Any) -> Engine:
    """An engine with ``stages`` (each selected for its kind) and doubles for every other kind."""
    given = list(stages)
    kinds = {cls.kind for cls in given}
    chosen = [*given, *(d for d in DOUBLES if d.kind not in kinds)]
    selection = {cls.kind.value: cls.id for cls in given}
    home = home or Path(tempfile.mkdtemp(prefix="figment-test-"))
    return Engine(Settings(home=home, **settings), make_registry(chosen, selection))


async def run_stage(
    stage: type[Stage],
    request: Any,
    options: dict[str, Any] | None = None,
    *,
    seed: int = 0,
    home: Path | None = None,
) -> list[Any]:
    """Every output of ``stage`` for ``request``, through the daemon's own runner."""
    from .checks import options_for

    engine = make_engine([stage], home)
    try:
        opts = options_for(engine, stage, options or {}, f"stage_options.{stage.kind.value}")
        runner = Runner(engine, Call(), seed, {stage.kind: opts})
        return await runner.run(stage.kind, request)
    finally:
        await engine.close()


async def conjure(
    stages: Iterable[type[Stage]], text: str, *, home: Path | None = None, **fields: Any
) -> list[Any]:
    """Every event of a Conjure of ``text`` in process, with ``stages`` in the pipeline.

    ``fields`` are more ConjureRequest fields (``seed``, ``speak``, ``budgets`` ...).
    """
    from .pipeline import conjure as run
    from .v1 import figment_pb2 as pb

    engine = make_engine(stages, home)
    try:
        request = pb.ConjureRequest(text=text, **fields)
        return [event async for event in run(engine, request, Call())]
    finally:
        await engine.close()


# ---- doubles: quick, deterministic stages of every kind ----------------------------------------


def wav_bytes(seconds: float = 0.5, rate: int = 16000) -> bytes:
    """A short 220 Hz sine as a 16-bit mono WAV."""
    import numpy as np

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
    """A box of ``size`` metres as GLB (needs trimesh, from the ``dev`` extra)."""
    import trimesh

    data: bytes = trimesh.creation.box(extents=(size, size, size)).export(file_type="glb")
    return data


class EchoOptions(StageOptions):
    """Options of the echo text stage."""

    delay_s: float = 0.0
    words: int = 0


class EchoText(Stage):
    """Streams the prompt back word by word (and records the requests it saw)."""

    id = "test.text.echo"
    kind = StageKind.TEXT
    Options = EchoOptions
    seen: ClassVar[list[Any]] = []
    stopped: ClassVar[list[float]] = []

    async def run(self, request: Any, options: Any, ctx: StageContext) -> AsyncIterator[Any]:
        """Yield each word of the prompt (repeated up to ``words``), then the whole text."""
        EchoText.seen.append(request)
        prompt = request.prompt.split()
        words = prompt * max(1, options.words // max(1, len(prompt)) or 1)
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
    """Always a small brass lamp."""

    id = "test.parse.fixed"
    kind = StageKind.PARSE

    async def run(self, request: Any, options: Any, ctx: StageContext) -> ParsedObject:
        """The lamp, at confidence 0.5."""
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

    async def run(self, request: Any, options: Any, ctx: StageContext) -> AsyncIterator[Any]:
        """The proxy, then the mesh."""
        yield Proxy(
            glb=glb_bytes(0.5), size=request.spec.size, color=request.spec.materials[0].base_color
        )
        yield Mesh(glb=await ctx.to_thread(glb_bytes, 1.0), triangles=12)


class SineSound(Stage):
    """A half-second sine."""

    id = "test.sound.sine"
    kind = StageKind.SOUND

    async def run(self, request: Any, options: Any, ctx: StageContext) -> Sound:
        """The sine as WAV."""
        return Sound(wav=wav_bytes(0.5), duration_s=0.5)


class FixedSpatial(Stage):
    """The same emitter parameters for everything."""

    id = "test.spatial.fixed"
    kind = StageKind.SPATIAL

    async def run(self, request: Any, options: Any, ctx: StageContext) -> Placement:
        """A plain inverse-distance emitter 20 cm above the anchor."""
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
    """A sine as the spoken line, WAV and real OGG Vorbis (records what it was asked to say)."""

    id = "test.tts.sine"
    kind = StageKind.TTS
    spoken: ClassVar[list[tuple[str, float]]] = []

    async def run(self, request: Any, options: Any, ctx: StageContext) -> Speech:
        """Record the request; a 0.3 s sine."""
        import soundfile as sf

        SineSpeech.spoken.append((request.text, request.max_seconds))
        wav = wav_bytes(0.3)
        data, rate = sf.read(io.BytesIO(wav))
        buf = io.BytesIO()
        sf.write(buf, data, rate, format="OGG", subtype="VORBIS")
        return Speech(wav=wav, ogg=buf.getvalue(), duration_s=0.3, text=request.text)


class HeardSTT(Stage):
    """Hears 'a humming lamp' in any audio."""

    id = "test.stt.fixed"
    kind = StageKind.STT

    async def run(self, request: Any, options: Any, ctx: StageContext) -> Transcript:
        """The same words every time."""
        return Transcript(text="a humming lamp", duration_s=0.5)


DOUBLES: tuple[type[Stage], ...] = (
    EchoText,
    FixedParse,
    BoxMesh,
    SineSound,
    FixedSpatial,
    SineSpeech,
    HeardSTT,
)
"""One quick double per kind."""
