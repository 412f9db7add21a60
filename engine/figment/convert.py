"""Converters between protobuf messages and the domain types stages see.

Input checks live in :mod:`figment.checks`; these only translate.
"""

from __future__ import annotations

from typing import Any

from google.protobuf import json_format
from pydantic import ValidationError

from .assets import AssetInfo
from .checks import validation_error
from .spec import ObjectSpec
from .stages import Emitter, Judgement, Label, Mode, TextDelta, TextDone
from .v1 import figment_pb2 as pb

__all__ = [
    "asset_ref",
    "emitter_pb",
    "judgement_pb",
    "label_pb",
    "spec_from_pb",
    "spec_pb",
    "text_event",
]


def spec_pb(spec: ObjectSpec) -> pb.ObjectSpec:
    """The proto form of a spec."""
    msg = pb.ObjectSpec()
    json_format.ParseDict(spec.model_dump(mode="json"), msg)
    return msg


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
        judgement=judgement_pb(label.judgement) if label.judgement else None,
    )


_TYPES = {
    "I": pb.HALLUCINATION_TYPE_I,
    "II": pb.HALLUCINATION_TYPE_II,
    "III": pb.HALLUCINATION_TYPE_III,
    "literal": pb.HALLUCINATION_TYPE_LITERAL,
}


def judgement_pb(j: Judgement) -> pb.Judgement:
    """The proto form of the discriminator's verdict."""
    return pb.Judgement(
        type=_TYPES.get(j.type, pb.HALLUCINATION_TYPE_UNSPECIFIED),
        coherence=j.coherence,
        novelty=j.novelty,
        violation=j.violation,
        perplexity=j.perplexity,
        perplexity_source=j.perplexity_source,
        domains=list(j.domains),
        note=j.note,
    )


def emitter_pb(emitter: Emitter) -> pb.Emitter:
    """The proto form of emitter parameters."""
    data = emitter.model_dump()
    x, y, z = data.pop("position")
    return pb.Emitter(position=pb.Vec3(x=x, y=y, z=z), **data)


def asset_ref(info: AssetInfo) -> pb.AssetRef:
    """The proto reference to a stored asset."""
    return pb.AssetRef(id=info.id, media_type=info.media_type, size=info.size)


def text_event(item: Any) -> dict[str, Any] | None:
    """A text stage's output as event fields (``text_delta`` or ``text_done``), or None."""
    if isinstance(item, TextDelta):
        return {"text_delta": pb.TextDelta(text=item.text)} if item.text else None
    if isinstance(item, TextDone):
        done = pb.TextDone(text=item.text, tokens=item.tokens, finish_reason=item.finish_reason)
        return {"text_done": done}
    return None
