"""The plugin API: everything a plugin author needs, in this one module.

A plugin is a module named by an entry point in group ``figment.stages``. Figment imports it on
first use and calls each hook the module defines; every hook receives a callback (or the CLI) and
the module passes what it contributes to it. The hooks (each documented in ``docs/plugins.md``)::

    register_stages(register: Register)          # Stage subclasses, one call each
    register_commands(cli: typer.Typer)          # `figment` subcommands: a bench, a tool
    register_renderers(register: RegisterRenderer)  # media type -> PNG preview of an asset

A whole plugin::

    # pyproject.toml
    [project.entry-points."figment.stages"]
    my_mesh = "my_mesh"

    # my_mesh/__init__.py
    from figment.stages import Bounds, Mesh, MeshRequest, Proxy, Stage, StageKind

    class BlobMesh(Stage):
        id = "acme.mesh.blob"
        kind = StageKind.MESH
        description = "Everything is a blob."
        bounds = Bounds(max_triangles=50_000)

        async def run(self, request: MeshRequest, options, ctx):
            yield Proxy(...)
            yield Mesh(glb=await ctx.to_thread(build, request.spec), triangles=...)

    def register_stages(register):
        register(BlobMesh)

What each kind receives and yields, in order, is ``CONTRACTS``; the core checks every output
against it. Importing a plugin module must be cheap: heavy imports and model files belong in
``load``, which receives the ``Host`` (the home folder and the daemon's shared language model).
``run`` either returns its output (a coroutine) or yields outputs (an async generator: the text
stage yields deltas, the mesh stage a proxy then the mesh). CPU-heavy work goes through
``ctx.to_thread`` so the event loop never blocks; long loops call ``ctx.check()`` (or read
``ctx.cancelled``, a ``threading.Event``) so a cancelled or late request stops promptly.
A stage declares its own limits as ``bounds``; the core applies the tighter of them and the
daemon's ``Limits`` before the stage runs, and ``figment describe`` lists them. Stages raise
``figment.errors`` types; ``MissingDependency`` says what to install. Stages never see gRPC
types. The built-in stages use exactly this API; ``figment.testing`` makes a stage's test short.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from .config import SPIN_US
from .errors import Cancelled, DeadlineExceeded
from .spec import Color, ObjectSpec, Vec3

if TYPE_CHECKING:
    from concurrent.futures import Executor

    import typer

    from .assets import AssetBackend
    from .model.service import SharedModel

__all__ = [
    "CONTRACTS",
    "HOOKS",
    "AudioClip",
    "Bounds",
    "Contract",
    "Emitter",
    "Host",
    "Judgement",
    "Label",
    "Mesh",
    "MeshRequest",
    "Mode",
    "ParseRequest",
    "ParsedObject",
    "Placement",
    "Pose",
    "Proxy",
    "Register",
    "RegisterCommands",
    "RegisterRenderer",
    "Renderer",
    "Sampling",
    "Sound",
    "SoundRequest",
    "SpatialRequest",
    "SpeakRequest",
    "Speech",
    "Stage",
    "StageContext",
    "StageKind",
    "StageOptions",
    "TextDelta",
    "TextDone",
    "TextRequest",
    "Transcript",
    "command_group",
]

T = TypeVar("T")


class StageKind(StrEnum):
    """What a stage does; the pipeline runs one stage per kind."""

    STT = "stt"
    TEXT = "text"
    PARSE = "parse"
    MESH = "mesh"
    SOUND = "sound"
    SPATIAL = "spatial"
    TTS = "tts"


class Mode(StrEnum):
    """FACTUAL runs the base model; IMAGINATIVE adds the PIP adapter and is fiction."""

    FACTUAL = "factual"
    IMAGINATIVE = "imaginative"


class StageOptions(BaseModel):
    """Base of a stage's per-request options: unknown fields are rejected."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


@dataclass(frozen=True)
class Judgement:
    """How the discriminator sorted an imaginative answer: Type "I" (coherent, novel, within its
    domains' rules), "II" (coherent, crossing domains or breaking their rules: the product), "III"
    (incoherent) or "literal" (coherent, neither novel nor crossing); scores in [0, 1]."""

    type: str
    coherence: float
    novelty: float
    violation: float
    perplexity: float
    perplexity_source: str = "generator"
    domains: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Label:
    """What made an output; imaginative output is fiction. ``judgement`` is set once an
    imaginative text is whole."""

    mode: Mode
    fiction: bool
    text: str
    adapters: tuple[tuple[str, float], ...] = ()
    intensity: float = 0.0
    consent_missing: bool = False
    judgement: Judgement | None = None


@dataclass(frozen=True)
class Pose:
    """Position in metres and rotation (x, y, z, w) in the engine's world frame."""

    position: tuple[float, float, float] = (0.0, 0.0, 0.0)
    rotation: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 1.0)


class Sampling(BaseModel):
    """Sampling controls; None takes the mode's default."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)
    temperature: float | None = Field(default=None, ge=0.0, le=2.0, description="0 is greedy")
    top_p: float | None = Field(default=None, gt=0.0, le=1.0, description="nucleus mass")
    top_k: int | None = Field(default=None, ge=0, le=1000, description="0 is off")
    repetition_penalty: float | None = Field(default=None, ge=1.0, le=2.0, description="1 is off")
    no_repeat_ngram: int | None = Field(default=None, ge=0, le=10, description="0 is off")


class Emitter(BaseModel):
    """Where and how an engine plays an object's sound on its own 3D audio player."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)
    position: tuple[float, float, float] = Field(description="relative to the anchor, metres")
    min_distance: float = Field(ge=0.01, le=100.0, description="full volume inside, metres")
    max_distance: float = Field(ge=0.1, le=1000.0, description="attenuation ends, metres")
    rolloff: str = Field(pattern="^(inverse|linear|logarithmic)$", description="distance curve")
    cone_inner_deg: float = Field(ge=0.0, le=360.0, description="full-volume cone")
    cone_outer_deg: float = Field(ge=0.0, le=360.0, description="cone where gain reaches outer")
    cone_outer_gain: float = Field(ge=0.0, le=1.0, description="gain outside the outer cone")
    doppler: float = Field(ge=0.0, le=5.0, description="doppler factor")
    reverb_send: float = Field(ge=0.0, le=1.0, description="share sent to room reverb")
    volume_db: float = Field(ge=-60.0, le=12.0, description="level")
    loop: bool = Field(description="the clip loops seamlessly")


# ---- inputs and outputs, one pair per kind -------------------------------------------------


@dataclass(frozen=True)
class AudioClip:
    """Audio bytes as sent by the client: wav, ogg, flac, or pcm16 with its rate."""

    data: bytes
    format: str = ""
    sample_rate: int = 0
    max_seconds: float = 0.0
    """Longest audio accepted (the core sets the effective limit; 0: the stage's own)."""
    partial: bool = False
    """A look at speech still arriving (a partial transcript): the stage may trade accuracy for
    speed, since the whole utterance is transcribed again when it ends."""


@dataclass(frozen=True)
class Transcript:
    """STT output."""

    text: str
    duration_s: float
    language: str = "en"
    matched: tuple[str, ...] = ()
    """Vocabulary entries heard (spec values, wish verbs, colours), in the order first heard."""


@dataclass(frozen=True)
class TextRequest:
    """TEXT input; the core has already applied the consent rule to ``mode``."""

    prompt: str
    mode: Mode
    intensity: float
    blend: tuple[tuple[str, float], ...]
    seed: int
    max_tokens: int
    sampling: Sampling
    lead: str = ""
    """The answer's first words, given (Conjure: the object the wish names, "The glass whale"):
    the stage continues them, and they are the start of what it streams and of ``TextDone.text``;
    ``max_tokens`` counts the tokens it adds. Empty: the stage starts the answer itself."""


@dataclass(frozen=True)
class TextDelta:
    """A piece of streamed text."""

    text: str


@dataclass(frozen=True)
class TextDone:
    """The whole text; the last thing a text stage yields."""

    text: str
    tokens: int
    finish_reason: str = "stop"
    judgement: Judgement | None = None  # imaginative answers: the discriminator's verdict
    blend: tuple[tuple[str, float], ...] | None = None  # the experts a routed (auto) blend chose


@dataclass(frozen=True)
class ParseRequest:
    """PARSE input."""

    text: str
    seed: int
    quick: bool = False
    wish_chars: int = 0  # the first characters of text are the person's own words (0: all are)
    """Answer from the words alone, skipping slow model work: the pipeline parses the wish and
    each sentence of the text while the language model is still writing."""
    text_twists: int = 1
    """How many twists the imagined text (after ``wish_chars``) may add to a wish that names
    none: the pipeline allows one only above the default intensity."""


@dataclass(frozen=True)
class ParsedObject:
    """PARSE output: always a valid spec, with a confidence in [0, 1]."""

    spec: ObjectSpec
    confidence: float


@dataclass(frozen=True)
class MeshRequest:
    """MESH input."""

    spec: ObjectSpec
    seed: int
    max_triangles: int


@dataclass(frozen=True)
class Proxy:
    """A quick stand-in GLB: a coloured bounding shape of the right size."""

    glb: bytes
    size: Vec3
    color: Color


@dataclass(frozen=True)
class Mesh:
    """The built GLB and its coarser levels of detail (finest first)."""

    glb: bytes
    triangles: int
    lods: tuple[bytes, ...] = ()


@dataclass(frozen=True)
class SoundRequest:
    """SOUND input."""

    spec: ObjectSpec
    seed: int
    max_seconds: float


@dataclass(frozen=True)
class Sound:
    """A mono WAV of the object's own sound."""

    wav: bytes
    duration_s: float
    loop: bool = True


@dataclass(frozen=True)
class SpatialRequest:
    """SPATIAL input: where the object is, where the listener is, and its sound."""

    spec: ObjectSpec
    anchor: Pose
    listener: Pose
    sound: Sound | None
    preview: bool


@dataclass(frozen=True)
class Placement:
    """SPATIAL output: emitter parameters and an optional binaural preview WAV."""

    emitter: Emitter
    preview_wav: bytes | None = None


@dataclass(frozen=True)
class SpeakRequest:
    """TTS input."""

    text: str
    max_seconds: float


@dataclass(frozen=True)
class Speech:
    """TTS output: the same line as WAV and OGG Vorbis."""

    wav: bytes
    ogg: bytes
    duration_s: float
    text: str


# ---- the context and the base class --------------------------------------------------------


@dataclass
class StageContext:
    """What a running stage may use: deadline, cancellation, seed, assets, logger, CPU pool."""

    request_id: str
    seed: int
    assets: AssetBackend
    log: logging.Logger | logging.LoggerAdapter[logging.Logger]
    deadline: float | None = None
    """``time.monotonic()`` value after which the request has failed, or None."""
    cancelled: threading.Event = field(default_factory=threading.Event)
    executor: Executor | None = None

    def time_left(self) -> float | None:
        """Seconds until the deadline, or None without one."""
        return None if self.deadline is None else self.deadline - time.monotonic()

    def check(self) -> None:
        """Raise if the request was cancelled or its deadline passed (safe from any thread)."""
        if self.cancelled.is_set():
            raise Cancelled("the request was cancelled")
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise DeadlineExceeded("the request's deadline passed")

    async def to_thread(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run CPU-bound ``fn`` on the daemon's worker pool without blocking the event loop."""
        self.check()
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, _guarded, fn, args, kwargs)


def _guarded(fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]) -> T:
    """Run stage work in a worker; a SystemExit or KeyboardInterrupt there is the stage's crash.

    Left alone, it would travel back to the event loop and stop the whole daemon; as a
    RuntimeError it becomes that stage's error event, and the worker thread serves on.
    """
    try:
        return fn(*args, **kwargs)
    except (SystemExit, KeyboardInterrupt) as exc:
        raise RuntimeError(f"stage work crashed its worker with {type(exc).__name__}") from exc


class Bounds(BaseModel):
    """Limits a stage declares about itself (None: no bound of its own).

    The core applies the tighter of these and the daemon's ``Limits`` to every request before
    the stage runs, so a request over them is INVALID_ARGUMENT naming the field and the bound,
    and ``figment describe`` lists them per stage.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    max_text_chars: int | None = Field(None, ge=1, description="characters of text input")
    max_tokens: int | None = Field(None, ge=1, description="text tokens generated")
    min_triangles: int | None = Field(None, ge=1, description="smallest triangle budget")
    max_triangles: int | None = Field(None, ge=1, description="largest triangle budget")
    max_seconds: float | None = Field(None, gt=0, description="longest audio output")
    max_input_seconds: float | None = Field(None, gt=0, description="longest audio input")

    def declared(self) -> dict[str, float]:
        """The bounds that are set, by name."""
        return {k: float(v) for k, v in self.model_dump().items() if v is not None}


@dataclass(frozen=True)
class Host:
    """What the daemon lends a stage when it loads: its home folder and its language model."""

    home: Path
    model: str = "int4"
    """The language model build the daemon serves (int4, int4-fast, fp32)."""
    device: str = "auto"
    """Where that model runs (auto, cpu, cuda)."""
    spin_us: int = SPIN_US
    """How long its CPU threads spin for the next kernel before sleeping (0: never)."""

    def language_model(self) -> SharedModel:
        """The daemon's language model, shared by every stage that asks (loaded on first call).

        Raises MissingDependency naming the build command when the model is not built.
        """
        from .model.service import shared_model

        return shared_model(self.home, self.model, self.device, self.spin_us)


class Stage(ABC):
    """Base of every stage. Subclasses set ``id``, ``kind``, ``description``, ``Options``
    and, where the stage has limits of its own, ``bounds``."""

    id: ClassVar[str]
    kind: ClassVar[StageKind]
    description: ClassVar[str] = ""
    Options: ClassVar[type[StageOptions]] = StageOptions
    bounds: ClassVar[Bounds] = Bounds()

    async def load(self, host: Host) -> None:
        """Import heavy modules and load model files; raise MissingDependency if you cannot."""

    async def unload(self) -> None:
        """Release what ``load`` took."""

    @abstractmethod
    def run(
        self, request: Any, options: Any, ctx: StageContext
    ) -> Awaitable[Any] | AsyncIterator[Any]:
        """Do the work: return the output, or yield outputs as they become ready."""

    def info(self) -> dict[str, str]:
        """Extra facts for Describe (models, devices, notes); empty by default."""
        return {}


# ---- what each kind takes and gives -------------------------------------------------------


@dataclass(frozen=True)
class Contract:
    """What a stage of one kind receives and what it yields, in order.

    ``outputs`` are the types it may yield; ``last`` is the type of its final output, which it
    must yield exactly once; ``streams`` says whether it yields several outputs (an async
    generator) or returns one.
    """

    request: type
    outputs: tuple[type, ...]
    last: type
    streams: bool


CONTRACTS: dict[StageKind, Contract] = {
    StageKind.STT: Contract(AudioClip, (Transcript,), Transcript, streams=False),
    StageKind.TEXT: Contract(TextRequest, (TextDelta, TextDone), TextDone, streams=True),
    StageKind.PARSE: Contract(ParseRequest, (ParsedObject,), ParsedObject, streams=False),
    StageKind.MESH: Contract(MeshRequest, (Proxy, Mesh), Mesh, streams=True),
    StageKind.SOUND: Contract(SoundRequest, (Sound,), Sound, streams=False),
    StageKind.SPATIAL: Contract(SpatialRequest, (Placement,), Placement, streams=False),
    StageKind.TTS: Contract(SpeakRequest, (Speech,), Speech, streams=False),
}
"""Per kind: TEXT yields deltas then one TextDone; MESH yields an optional Proxy (first) then
one Mesh; every other kind returns one output. A stage that streams may also return one output."""


# ---- the hooks ---------------------------------------------------------------------------------

Register = Callable[[type[Stage]], None]
"""The callback a plugin's ``register_stages`` receives."""

Renderer = Callable[[bytes], bytes]
"""Turns an asset's bytes into a PNG preview (e.g. a GLB into a 3/4 view)."""

RegisterRenderer = Callable[[str, Renderer], None]
"""The callback a plugin's ``register_renderers`` receives: ``register(media_type, render)``."""

RegisterCommands = Callable[["typer.Typer"], None]
"""A plugin's ``register_commands(cli)``: it adds commands (or groups) to the ``figment`` CLI."""


def command_group(cli: typer.Typer, name: str, help: str = "") -> typer.Typer:
    """The ``figment NAME`` command group (e.g. ``bench``), made if it is not there yet.

    For ``register_commands``: ``command_group(cli, "bench").command("sound")(my_bench)``.
    """
    import typer

    for info in cli.registered_groups:
        if info.name == name and info.typer_instance is not None:
            return info.typer_instance
    group = typer.Typer(no_args_is_help=True, help=help)
    cli.add_typer(group, name=name)
    return group


HOOKS: dict[str, str] = {
    "register_stages": "register_stages(register: Register) -> None",
    "register_commands": "register_commands(cli: typer.Typer) -> None",
    "register_renderers": "register_renderers(register: RegisterRenderer) -> None",
}
"""Every hook a plugin module may define, with its signature (each documented in docs/plugins.md)."""
