"""The stage plugin API: everything a stage needs, in one place.

A plugin is a module named by an entry point in group ``figment.stages``. Figment imports it on
first use and calls its ``register_stages(register)`` with a callback; the module passes each
``Stage`` subclass to it::

    # pyproject.toml
    [project.entry-points."figment.stages"]
    my_mesh = "my_mesh"

    # my_mesh/__init__.py
    from figment.stages import MeshRequest, Mesh, Proxy, Stage, StageKind

    class BlobMesh(Stage):
        id = "acme.mesh.blob"
        kind = StageKind.MESH
        description = "Everything is a blob."

        async def run(self, request, options, ctx):
            yield Proxy(...)
            yield Mesh(glb=await ctx.to_thread(build, request.spec), triangles=...)

    def register_stages(register):
        register(BlobMesh)

Importing a plugin module must be cheap: heavy imports and model files belong in ``load``.
``run`` either returns its output (a coroutine) or yields outputs (an async generator: the text
stage yields deltas, the mesh stage a proxy then the mesh). CPU-heavy work goes through
``ctx.to_thread`` so the event loop never blocks; long loops call ``ctx.check()`` (or read
``ctx.cancelled``, a ``threading.Event``) so a cancelled or late request stops promptly.
Stages raise ``figment.errors`` types; ``MissingDependency`` says what to install. Stages never
see gRPC types. The built-in stages use exactly this API.
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
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from .errors import Cancelled, DeadlineExceeded
from .spec import Color, ObjectSpec, Vec3

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from .assets import AssetStore

__all__ = [
    "AudioClip",
    "Emitter",
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
class Label:
    """What made an output; imaginative output is fiction."""

    mode: Mode
    fiction: bool
    text: str
    adapters: tuple[tuple[str, float], ...] = ()
    intensity: float = 0.0
    consent_missing: bool = False


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


@dataclass(frozen=True)
class Transcript:
    """STT output."""

    text: str
    duration_s: float
    language: str = "en"


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


@dataclass(frozen=True)
class ParseRequest:
    """PARSE input."""

    text: str
    seed: int


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
    assets: AssetStore
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


class Stage(ABC):
    """Base of every stage. Subclasses set ``id``, ``kind``, ``description`` and ``Options``."""

    id: ClassVar[str]
    kind: ClassVar[StageKind]
    description: ClassVar[str] = ""
    Options: ClassVar[type[StageOptions]] = StageOptions

    async def load(self) -> None:
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


Register = Callable[[type[Stage]], None]
"""The callback a plugin's ``register_stages`` receives."""
