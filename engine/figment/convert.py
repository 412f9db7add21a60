"""Converters between protobuf messages and the domain types stages see, with input checks.

Every check names the field and the limit; nothing is clamped silently.
"""

from __future__ import annotations

import json
import math
from typing import Any

from google.protobuf import json_format
from pydantic import BaseModel, ValidationError

from .assets import AssetInfo
from .config import Limits
from .errors import InvalidArgument
from .spec import ObjectSpec
from .stages import AudioClip, Emitter, Label, Mode, Pose, Sampling
from .v1 import figment_pb2 as pb

__all__ = [
    "asset_ref",
    "audio_clip",
    "blend_of",
    "check_text",
    "emitter_pb",
    "intensity_of",
    "label_pb",
    "mode_of",
    "pose_of",
    "sampling_of",
    "spec_from_pb",
    "spec_pb",
    "struct_dict",
    "validation_error",
]

AUDIO_FORMATS = ("", "wav", "ogg", "flac", "pcm16")


def validation_error(exc: ValidationError, prefix: str) -> InvalidArgument:
    """An InvalidArgument naming the first invalid field under ``prefix``."""
    first = exc.errors()[0]
    path = ".".join(str(p) for p in (prefix, *first["loc"]) if p != "")
    return InvalidArgument(path, first["msg"])


def check_text(text: str, field: str, limits: Limits, allow_empty: bool = False) -> str:
    """A text input within the prompt limit."""
    if len(text) > limits.max_prompt_chars:
        raise InvalidArgument(
            field, f"{len(text)} characters is over the limit of {limits.max_prompt_chars}"
        )
    if not allow_empty and not text.strip():
        raise InvalidArgument(field, "must not be empty")
    return text


def mode_of(mode: int) -> Mode:
    """The requested mode (UNSPECIFIED is FACTUAL)."""
    if mode == pb.MODE_IMAGINATIVE:
        return Mode.IMAGINATIVE
    if mode in (pb.MODE_FACTUAL, pb.MODE_UNSPECIFIED):
        return Mode.FACTUAL
    raise InvalidArgument("mode", f"unknown mode {mode}")


def intensity_of(msg: Any, limits: Limits) -> float:
    """The intensity dial, default 1, within [0, max_intensity]."""
    if not msg.HasField("intensity"):
        return 1.0
    value = msg.intensity
    if not math.isfinite(value) or not 0.0 <= value <= limits.max_intensity:
        raise InvalidArgument("intensity", f"must be in [0, {limits.max_intensity}] (got {value})")
    return float(value)


def blend_of(items: Any, limits: Limits) -> tuple[tuple[str, float], ...]:
    """Adapter names with weights, checked against the blend limits."""
    if len(items) > limits.max_blend:
        raise InvalidArgument(
            "blend", f"{len(items)} adapters is over the limit of {limits.max_blend}"
        )
    out: list[tuple[str, float]] = []
    for i, item in enumerate(items):
        if not item.name or len(item.name) > 64 or not item.name.replace("-", "_").isidentifier():
            raise InvalidArgument(
                f"blend[{i}].name", "must be an adapter name (letters, digits, _ -)"
            )
        if not math.isfinite(item.weight) or not 0.0 <= item.weight <= limits.max_blend_weight:
            raise InvalidArgument(
                f"blend[{i}].weight",
                f"must be in [0, {limits.max_blend_weight}] (got {item.weight})",
            )
        out.append((item.name, float(item.weight)))
    return tuple(out)


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


def audio_clip(msg: pb.AudioInput, field: str, limits: Limits) -> AudioClip:
    """Audio input within the byte limit, with a known format."""
    if not msg.data:
        raise InvalidArgument(f"{field}.data", "is empty")
    if len(msg.data) > limits.max_audio_input_bytes:
        raise InvalidArgument(
            f"{field}.data",
            f"{len(msg.data)} bytes is over the limit of {limits.max_audio_input_bytes}",
        )
    fmt = msg.format.lower()
    if fmt not in AUDIO_FORMATS:
        raise InvalidArgument(
            f"{field}.format", f"must be one of wav, ogg, flac, pcm16 (got {fmt!r})"
        )
    if fmt == "pcm16" and not 8000 <= msg.sample_rate <= 192_000:
        raise InvalidArgument(f"{field}.sample_rate", "pcm16 needs a rate in [8000, 192000] Hz")
    return AudioClip(data=msg.data, format=fmt, sample_rate=msg.sample_rate)


def struct_dict(msg: Any, field: str, limits: Limits) -> dict[str, Any]:
    """A google.protobuf.Struct as a dict, within the stage-options size limit."""
    data = json_format.MessageToDict(msg)
    size = len(json.dumps(data))
    if size > limits.max_stage_options_bytes:
        raise InvalidArgument(
            field, f"{size} bytes of options is over the limit of {limits.max_stage_options_bytes}"
        )
    return data


def options_of(
    model: type[BaseModel], defaults: dict[str, Any], given: dict[str, Any], field: str
) -> Any:
    """A stage's options: config defaults overlaid with the request's, validated by the stage."""
    try:
        return model(**{**defaults, **given})
    except ValidationError as exc:
        raise validation_error(exc, field) from exc


def spec_pb(spec: ObjectSpec) -> pb.ObjectSpec:
    """The proto form of a spec."""
    return json_format.ParseDict(spec.model_dump(mode="json"), pb.ObjectSpec())


def spec_from_pb(msg: pb.ObjectSpec, field: str = "spec") -> ObjectSpec:
    """A validated spec from its proto form."""
    data = json_format.MessageToDict(
        msg, preserving_proto_field_name=True, always_print_fields_with_no_presence=True
    )
    try:
        return ObjectSpec.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc, field) from exc


def label_pb(label: Label) -> pb.Label:
    """The proto form of a label."""
    return pb.Label(
        mode=pb.MODE_IMAGINATIVE if label.mode == Mode.IMAGINATIVE else pb.MODE_FACTUAL,
        fiction=label.fiction,
        text=label.text,
        adapters=[pb.AdapterWeight(name=n, weight=w) for n, w in label.adapters],
        intensity=label.intensity,
        consent_missing=label.consent_missing,
    )


def emitter_pb(emitter: Emitter) -> pb.Emitter:
    """The proto form of emitter parameters."""
    data = emitter.model_dump()
    x, y, z = data.pop("position")
    return pb.Emitter(position=pb.Vec3(x=x, y=y, z=z), **data)


def asset_ref(info: AssetInfo) -> pb.AssetRef:
    """The proto reference to a stored asset."""
    return pb.AssetRef(id=info.id, media_type=info.media_type, size=info.size)
