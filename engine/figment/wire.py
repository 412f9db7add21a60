"""Refuse over-limit requests from their bytes, before they become Python objects.

A 14 MB request of seven million empty ``blend`` entries is refused by the blend limit, but
only after protobuf has built seven million objects (hundreds of MB, not returned to the OS).
``check_message`` walks the top-level fields of the wire bytes (each skipped in O(1), the walk
stops at the first field over a limit) and ``check_json`` counts a JSON body's containers and
separators with ``bytes.count``: both refuse such a request in microseconds, naming the field.
The precise checks of :mod:`figment.checks` still run on what passes.

Before either walk, a request longer than the largest legitimate one is refused from its length
alone (``request_limit``): a few hundred KiB for every RPC but the three that carry audio. On
gRPC the audio limit is also gRPC's own receive limit, so a larger message never becomes Python
bytes at all.
"""

from __future__ import annotations

from collections import Counter

from google.protobuf.descriptor import Descriptor

from .config import Limits
from .errors import InvalidArgument, ResourceExhausted
from .stages import StageKind

__all__ = [
    "AUDIO_METHODS",
    "MAX_FIELDS",
    "check_json",
    "check_length",
    "check_message",
    "request_limit",
]

AUDIO_METHODS = frozenset({"Conjure", "ConjureLive", "Transcribe"})
"""The RPCs whose requests may carry audio (up to ``max_audio_input_bytes``)."""

MAX_FIELDS = 1024
"""Top-level fields in one request (a real one has a few dozen at most)."""
_REPEATED_DEFAULT = 64
_OPTIONS = ("options", "stage_options")


def _repeated_cap(name: str, limits: Limits) -> int:
    if name == "blend":
        return limits.max_blend
    if name == "stage_options":
        return len(StageKind)
    return _REPEATED_DEFAULT


def _length_cap(name: str, limits: Limits) -> int | None:
    if name in _OPTIONS:  # the JSON form is checked against max_stage_options_bytes later
        return 4 * limits.max_stage_options_bytes
    if name == "text":
        return 4 * limits.max_prompt_chars  # UTF-8: at most 4 bytes a character
    return None


def request_limit(method: str, limits: Limits, json: bool = False) -> tuple[int, str]:
    """The largest request ``method`` can legitimately be, in bytes, and the limit's name.

    Without audio: its text (at most 4 bytes a character), the options of every stage kind and
    of the request (each at most 4x its JSON size once encoded) and 4 KiB for the small fields:
    ``request_bytes`` in Describe. With audio, ``max_audio_input_bytes`` more:
    ``audio_request_bytes``. Neither is more than ``max_message_bytes``. A JSON body may be as
    long (base64 makes the audio 4/3 longer, so 4/3 of it for those RPCs).
    """
    small = (
        4 * limits.max_prompt_chars
        + (len(StageKind) + 1) * 4 * limits.max_stage_options_bytes
        + 4096
    )
    if method not in AUDIO_METHODS:
        return min(small, limits.max_message_bytes), "request_bytes"
    cap = min(small + limits.max_audio_input_bytes, limits.max_message_bytes)
    if json:  # base64 makes the audio 4/3 larger
        cap = cap * 4 // 3 + 4096
    return cap, "audio_request_bytes"


def check_length(method: str, size: int, limits: Limits, json: bool = False) -> None:
    """Raise ResourceExhausted when a ``method`` request of ``size`` bytes (a JSON body with
    ``json``) is longer than ``request_limit`` allows, naming the limit."""
    cap, name = request_limit(method, limits, json)
    if size > cap:
        what = "body" if json else "request"
        raise ResourceExhausted(
            f"{what}: over the limit of {cap} bytes for {method} ({name}; got {size})"
        )


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise InvalidArgument("request", "not a valid message (truncated varint)")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7


def check_message(data: bytes, descriptor: Descriptor, limits: Limits) -> None:
    """Raise InvalidArgument when the top-level fields of ``data`` (a ``descriptor`` message)
    repeat more often, or run longer, than the limits allow."""
    counts: Counter[str] = Counter()
    pos, fields = 0, 0
    while pos < len(data):
        tag, pos = _varint(data, pos)
        number, wire_type = tag >> 3, tag & 7
        fields += 1
        if fields > MAX_FIELDS:
            raise InvalidArgument("request", f"more than {MAX_FIELDS} fields")
        field = descriptor.fields_by_number.get(number)
        name = field.name if field is not None else f"field {number}"
        if wire_type == 0:
            _, pos = _varint(data, pos)
        elif wire_type == 1:
            pos += 8
        elif wire_type == 5:
            pos += 4
        elif wire_type == 2:
            length, pos = _varint(data, pos)
            cap = _length_cap(name, limits)
            if cap is not None and length > cap:
                raise InvalidArgument(name, f"{length} bytes is over the limit of {cap}")
            pos += length
        else:
            raise InvalidArgument("request", f"not a valid message (wire type {wire_type})")
        if pos > len(data):
            raise InvalidArgument("request", "not a valid message (truncated)")
        if field is not None and field.is_repeated:
            counts[name] += 1
            cap = _repeated_cap(name, limits)
            if counts[name] > cap:
                raise InvalidArgument(name, f"more than {cap} entries (the limit)")


def check_json(raw: bytes, limits: Limits) -> None:
    """Refuse a JSON body with more containers or separators than any valid request holds.

    A valid request's brackets, braces and commas come from its text, its stage options and a
    handful of fields; base64 audio has none. So the bound is generous for every real request
    and refuses ``[0,0,0,...]`` or ``[{},{},...]`` bodies before ``json.loads`` builds them.
    """
    bound = limits.max_prompt_chars + (len(StageKind) + 1) * limits.max_stage_options_bytes + 4096
    found = raw.count(b",") + raw.count(b"[") + raw.count(b"{")
    if found > bound:
        raise ResourceExhausted(
            f"body: {found} JSON values is over the limit of {bound} for one request"
        )
