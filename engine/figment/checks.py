"""Request checks and budgets: every RPC's input is checked here, before any work starts.

One rule for every RPC: a budget of 0 takes the daemon's default; any other value must lie
within the tighter of the daemon's ``Limits`` and the selected stage's own ``Bounds``, else
INVALID_ARGUMENT names the field and the range. Stage options are validated against the
selected stage's Options model before admission, so a bad option costs no stage time.
Nothing is clamped silently.
"""

from __future__ import annotations

import functools
import json
import math
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from google.protobuf import json_format
from pydantic import BaseModel, ValidationError

from .errors import FigmentError, InvalidArgument
from .labels import AUTO, PIP_ADAPTER, decide
from .rooms import check_room_name
from .stages import (
    AudioClip,
    Label,
    Mode,
    Pose,
    Sampling,
    Stage,
    StageKind,
    StageOptions,
    TextRequest,
)
from .v1 import figment_pb2 as pb

if TYPE_CHECKING:
    from .engine import Engine

__all__ = [
    "MAX_SEED",
    "ConjurePlan",
    "audio_clip",
    "blend_of",
    "budget",
    "check_experts",
    "check_text",
    "installed_adapters",
    "intensity_of",
    "mode_of",
    "options_for",
    "plan_conjure",
    "plan_live",
    "pose_of",
    "sampling_of",
    "seed_of",
    "speech_chars",
    "spoken_line",
    "stage_options",
    "struct_dict",
    "text_request",
    "tokens",
    "validation_error",
]

AUDIO_FORMATS = ("", "wav", "ogg", "flac", "pcm16")
MIN_SECONDS = 0.1
"""Shortest sound or speech budget, seconds."""
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def validation_error(exc: ValidationError, prefix: str) -> InvalidArgument:
    """An InvalidArgument naming the first invalid field under ``prefix``."""
    first = exc.errors()[0]
    path = ".".join(str(p) for p in (prefix, *first["loc"]) if p != "")
    return InvalidArgument(path, first["msg"])


# ---- budgets: the daemon's limits and the selected stage's bounds ----------------------------


def _bound(engine: Engine, kind: StageKind, name: str) -> float | None:
    """The selected ``kind`` stage's own bound ``name``, or None (none declared or installed)."""
    try:
        value = getattr(engine.registry.selected(kind).cls.bounds, name)
    except FigmentError:
        return None
    return None if value is None else float(value)


def _tighter(limit: float, bound: float | None, pick: Any = min) -> float:
    return limit if bound is None else float(pick(limit, bound))


def budget(value: float, default: float, low: float, high: float, field: str) -> float:
    """``value`` within [low, high]; 0 takes ``default`` (itself capped at ``high``)."""
    if value == 0:
        return min(default, high)
    if not math.isfinite(value) or not low <= value <= high:
        raise InvalidArgument(
            field, f"must be 0 (the default) or in [{low:g}, {high:g}] (got {value:g})"
        )
    return float(value)


def tokens(engine: Engine, value: int, field: str) -> int:
    """Text tokens to generate."""
    lim = engine.limits
    high = _tighter(lim.max_tokens, _bound(engine, StageKind.TEXT, "max_tokens"))
    return int(budget(value, lim.default_tokens, 1, high, field))


def triangles(engine: Engine, value: int, field: str) -> int:
    """The mesh's triangle budget."""
    lim = engine.limits
    low = _tighter(lim.min_triangles, _bound(engine, StageKind.MESH, "min_triangles"), max)
    high = _tighter(lim.max_triangles, _bound(engine, StageKind.MESH, "max_triangles"))
    return int(budget(value, lim.default_triangles, low, high, field))


def sound_seconds(engine: Engine, value: float, field: str) -> float:
    """The object's sound length."""
    lim = engine.limits
    high = _tighter(lim.max_audio_seconds, _bound(engine, StageKind.SOUND, "max_seconds"))
    return budget(value, lim.default_audio_seconds, MIN_SECONDS, high, field)


def speech_seconds(engine: Engine, value: float, field: str) -> float:
    """The spoken line's length (Conjure and Speak alike)."""
    lim = engine.limits
    high = _tighter(lim.max_audio_seconds, _bound(engine, StageKind.TTS, "max_seconds"))
    return budget(value, lim.default_speech_seconds, MIN_SECONDS, high, field)


def speech_chars(engine: Engine) -> int:
    """Longest text the TTS stage is handed."""
    bound = _bound(engine, StageKind.TTS, "max_text_chars")
    return int(_tighter(engine.limits.max_prompt_chars, bound))


def input_seconds(engine: Engine) -> float:
    """Longest speech input."""
    bound = _bound(engine, StageKind.STT, "max_input_seconds")
    return _tighter(engine.limits.max_audio_input_seconds, bound)


def spoken_line(text: str, max_chars: int) -> str:
    """The opening whole sentences of ``text`` that fit in ``max_chars`` (at least some words)."""
    text = text.strip()
    if len(text) <= max_chars:
        return text
    line = ""
    for sentence in (s.strip() for s in _SENTENCE_END.split(text) if s.strip()):
        longer = f"{line} {sentence}".strip()
        if len(longer) > max_chars:
            break
        line = longer
    if not line:  # one sentence longer than the limit: whole words of it
        line = text[: max_chars + 1].rsplit(maxsplit=1)[0][:max_chars]
    return line


# ---- fields -------------------------------------------------------------------------------------


def check_text(text: str, field: str, max_chars: int) -> str:
    """A non-empty text input within ``max_chars``."""
    if len(text) > max_chars:
        raise InvalidArgument(field, f"{len(text)} characters is over the limit of {max_chars}")
    if not text.strip():
        raise InvalidArgument(field, "must not be empty")
    return text


def mode_of(mode: int) -> Mode:
    """The requested mode (UNSPECIFIED is FACTUAL)."""
    if mode == pb.MODE_IMAGINATIVE:
        return Mode.IMAGINATIVE
    if mode in (pb.MODE_FACTUAL, pb.MODE_UNSPECIFIED):
        return Mode.FACTUAL
    raise InvalidArgument("mode", f"unknown mode {mode}")


def intensity_of(msg: Any, max_intensity: float) -> float:
    """The intensity dial, default 1, within [0, max_intensity]."""
    if not msg.HasField("intensity"):
        return 1.0
    value = msg.intensity
    if not math.isfinite(value) or not 0.0 <= value <= max_intensity:
        raise InvalidArgument("intensity", f"must be in [0, {max_intensity}] (got {value})")
    return float(value) + 0.0  # -0.0 is 0


def blend_of(items: Any, max_blend: int, max_weight: float) -> tuple[tuple[str, float], ...]:
    """Adapter names with weights, checked against the blend limits."""
    if len(items) > max_blend:
        raise InvalidArgument("blend", f"{len(items)} adapters is over the limit of {max_blend}")
    out: list[tuple[str, float]] = []
    for i, item in enumerate(items):
        if not item.name or len(item.name) > 64 or not item.name.replace("-", "_").isidentifier():
            raise InvalidArgument(
                f"blend[{i}].name", "must be an adapter name (letters, digits, _ -)"
            )
        if not math.isfinite(item.weight) or not 0.0 <= item.weight <= max_weight:
            raise InvalidArgument(
                f"blend[{i}].weight", f"must be in [0, {max_weight}] (got {item.weight})"
            )
        out.append((item.name, float(item.weight)))
    if len(out) > 1 and any(name == AUTO for name, _ in out):
        raise InvalidArgument(
            "blend", f"{AUTO!r} lets the router choose every expert: give it alone"
        )
    return tuple(out)


@functools.lru_cache(maxsize=16)
def installed_adapters(home: Path) -> frozenset[str]:
    """Names of the adapters under ``home``/adapters and the plugins' (read once per home, as the
    loaded model reads them once)."""
    from .model.adapters import discover_adapters

    return frozenset(discover_adapters([home / "adapters"]))


def check_experts(engine: Engine, blend: tuple[tuple[str, float], ...]) -> None:
    """Every blended adapter is installed (``auto`` is the router)."""
    known = installed_adapters(engine.settings.home) if blend else frozenset()
    for i, (name, _) in enumerate(blend):
        if name != AUTO and name not in known:
            have = ", ".join(sorted(known - {PIP_ADAPTER, "parse"})) or "none"
            raise InvalidArgument(f"blend[{i}].name", f"no adapter {name!r} (installed: {have})")


def sampling_of(msg: pb.Sampling) -> Sampling:
    """Sampling controls, range-checked."""
    fields = {f.name: getattr(msg, f.name) for f in msg.DESCRIPTOR.fields if msg.HasField(f.name)}
    try:
        return Sampling(**fields)
    except ValidationError as exc:
        raise validation_error(exc, "sampling") from exc


def pose_of(msg: pb.Pose, field: str) -> Pose:
    """A pose with finite numbers; an all-zero rotation is the identity."""
    p, r = msg.position, msg.rotation
    values = {"position.x": p.x, "position.y": p.y, "position.z": p.z}
    values |= {"rotation.x": r.x, "rotation.y": r.y, "rotation.z": r.z, "rotation.w": r.w}
    for name, v in values.items():
        if not math.isfinite(v) or abs(v) > 1e6:
            raise InvalidArgument(f"{field}.{name}", f"must be finite and within ±1e6 (got {v})")
    rotation = (r.x, r.y, r.z, r.w) if any((r.x, r.y, r.z, r.w)) else (0.0, 0.0, 0.0, 1.0)
    return Pose(position=(p.x, p.y, p.z), rotation=rotation)


def audio_clip(engine: Engine, msg: pb.AudioInput, field: str) -> AudioClip:
    """Audio input within the byte limit, with a known format and the effective length limit."""
    lim = engine.limits
    if not msg.data:
        raise InvalidArgument(f"{field}.data", "is empty")
    if len(msg.data) > lim.max_audio_input_bytes:
        raise InvalidArgument(
            f"{field}.data",
            f"{len(msg.data)} bytes is over the limit of {lim.max_audio_input_bytes}",
        )
    fmt = msg.format.lower()
    if fmt not in AUDIO_FORMATS:
        raise InvalidArgument(
            f"{field}.format", f"must be one of wav, ogg, flac, pcm16 (got {fmt!r})"
        )
    if fmt == "pcm16" and not 8000 <= msg.sample_rate <= 192_000:
        raise InvalidArgument(f"{field}.sample_rate", "pcm16 needs a rate in [8000, 192000] Hz")
    return AudioClip(
        data=msg.data, format=fmt, sample_rate=msg.sample_rate, max_seconds=input_seconds(engine)
    )


def struct_dict(msg: Any, field: str, max_bytes: int) -> dict[str, Any]:
    """A google.protobuf.Struct as a dict, within the stage-options size limit."""
    data: dict[str, Any] = json_format.MessageToDict(msg)
    size = len(json.dumps(data))
    if size > max_bytes:
        raise InvalidArgument(field, f"{size} bytes of options is over the limit of {max_bytes}")
    return data


MAX_SEED = (1 << 63) - 1
"""Largest seed (the samplers' generators take 63 bits); every RPC applies the same rule."""


def seed_of(msg: Any) -> int:
    """The request's seed within [0, MAX_SEED], or a fresh one."""
    if not msg.HasField("seed"):
        return random.getrandbits(63)
    if not 0 <= msg.seed <= MAX_SEED:
        raise InvalidArgument("seed", f"must be in [0, {MAX_SEED}] (2^63 - 1), got {msg.seed}")
    return int(msg.seed)


# ---- stage options --------------------------------------------------------------------------


def options_for(
    engine: Engine, stage: type[Stage], given: dict[str, Any], field: str
) -> StageOptions:
    """A stage's options: config defaults overlaid with the request's, validated by the stage."""
    defaults = engine.settings.stage_options.get(stage.id, {})
    return _validated(stage.Options, {**defaults, **given}, field)


_M = TypeVar("_M", bound=BaseModel)


def _validated(model: type[_M], data: dict[str, Any], field: str) -> _M:
    try:
        return model(**data)
    except ValidationError as exc:
        raise validation_error(exc, field) from exc


def stage_options(
    engine: Engine, given: dict[str, dict[str, Any]], field: str
) -> dict[StageKind, StageOptions]:
    """Options per kind, validated against each selected stage before any work starts.

    ``given`` maps a kind's name to its options. A kind with no stage installed keeps no
    options here: running it reports the missing stage as that stage's own error.
    """
    kinds = {k.value: k for k in StageKind}
    out: dict[StageKind, StageOptions] = {}
    for name, data in given.items():
        if name not in kinds:
            raise InvalidArgument(f"{field}.{name}", "is not a stage kind")
        try:
            cls = engine.registry.selected(kinds[name]).cls
        except FigmentError:
            continue
        out[kinds[name]] = options_for(engine, cls, data, f"{field}.{name}")
    return out


# ---- whole requests ---------------------------------------------------------------------------


def text_request(
    engine: Engine, req: pb.ConjureRequest | pb.ImagineRequest, prompt: str, max_tokens: int
) -> tuple[TextRequest, Label]:
    """The text stage's request and its label, with the consent rule applied."""
    lim = engine.limits
    intensity = intensity_of(req, lim.max_intensity)
    blend = blend_of(req.blend, lim.max_blend, lim.max_blend_weight)
    label = decide(mode_of(req.mode), req.consent, intensity, blend)
    if label.mode == Mode.IMAGINATIVE:
        check_experts(engine, blend)
    request = TextRequest(
        prompt=prompt,
        mode=label.mode,
        intensity=label.intensity if label.mode == Mode.IMAGINATIVE else 0.0,
        blend=blend,
        seed=seed_of(req),
        max_tokens=max_tokens,
        sampling=sampling_of(req.sampling),
    )
    return request, label


@dataclass(frozen=True)
class ConjurePlan:
    """A checked Conjure request: every budget and option resolved."""

    label: Label
    text: TextRequest
    room: str
    wish: str | None
    audio: AudioClip | None
    max_triangles: int
    sound_s: float
    speech_s: float
    speech_chars: int
    options: dict[StageKind, StageOptions]
    anchor: Pose
    listener: Pose
    speak: bool
    preview: bool

    @property
    def seed(self) -> int:
        """The request's seed (drawn when it gave none)."""
        return self.text.seed


CONJURE_PROMPT = "Describe this object, what it is made of and how it sounds: {wish}"
"""How a wish is put to the text stage."""


def plan_conjure(engine: Engine, req: pb.ConjureRequest) -> ConjurePlan:
    """Check every field of a Conjure request before any work starts."""
    lim = engine.limits
    which = req.WhichOneof("input")
    if which is None:
        raise InvalidArgument("input", "give text or audio")
    wish = check_text(req.text, "text", lim.max_prompt_chars) if which == "text" else None
    audio = audio_clip(engine, req.audio, "audio") if which == "audio" else None
    return _plan(engine, req, wish, audio)


def plan_live(engine: Engine, start: pb.LiveStart) -> ConjurePlan:
    """Check the request of a ConjureLive (its input is the speech that follows)."""
    if start.request.WhichOneof("input") is not None:
        raise InvalidArgument(
            "start.request.input", "the input of ConjureLive is the streamed audio"
        )
    return _plan(engine, start.request, None, None)


def _plan(
    engine: Engine, req: pb.ConjureRequest, wish: str | None, audio: AudioClip | None
) -> ConjurePlan:
    lim = engine.limits
    b = req.budgets
    text, label = text_request(engine, req, "", tokens(engine, b.max_tokens, "budgets.max_tokens"))
    given = {
        kind: struct_dict(s, f"stage_options.{kind}", lim.max_stage_options_bytes)
        for kind, s in req.stage_options.items()
    }
    return ConjurePlan(
        label=label,
        text=text,
        room=check_room_name(req.room, lim.max_room_chars),
        wish=wish,
        audio=audio,
        max_triangles=triangles(engine, b.max_triangles, "budgets.max_triangles"),
        sound_s=sound_seconds(engine, b.max_audio_seconds, "budgets.max_audio_seconds"),
        speech_s=speech_seconds(engine, b.max_speech_seconds, "budgets.max_speech_seconds"),
        speech_chars=speech_chars(engine),
        options=stage_options(engine, given, "stage_options"),
        anchor=pose_of(req.anchor, "anchor"),
        listener=pose_of(req.listener, "listener"),
        speak=req.speak,
        preview=req.preview,
    )
