"""The single-stage RPCs (Imagine, Parse, Transcribe, Speak) for engines that orchestrate.

Each checks its request (:mod:`figment.checks`), takes a slot, and runs its one stage through the
same :class:`~figment.runner.Runner` and :func:`~figment.runner.pump` as Conjure.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from . import checks, convert
from .engine import Call, Engine
from .errors import FigmentError
from .labels import decide, updated
from .runner import Runner, pump
from .stages import (
    Mode,
    ParsedObject,
    ParseRequest,
    SpeakRequest,
    Speech,
    StageKind,
    StageOptions,
    TextDone,
    Transcript,
)
from .v1 import figment_pb2 as pb

__all__ = ["imagine", "parse", "speak", "transcribe"]


def _options(engine: Engine, kind: StageKind, options: Any) -> dict[StageKind, StageOptions]:
    """The request's ``options`` for the selected stage, validated before any work."""
    given = checks.struct_dict(options, "options", engine.limits.max_stage_options_bytes)
    try:
        stage = engine.registry.selected(kind).cls
    except FigmentError:
        return {}  # running it reports the missing stage
    return {kind: checks.options_for(engine, stage, given, "options")}


async def _stream(
    engine: Engine, call: Call, kind: StageKind, request: Any, options: Any, seed: int
) -> AsyncIterator[Any]:
    """Every output of one stage, under admission, deadline and cancellation."""
    runner = Runner(engine, call, seed, options)

    async def work(put: Callable[[Any], Awaitable[None]]) -> None:
        await runner.run(kind, request, put)

    async with engine.admission.slot():
        async for item in pump(engine, call, work, f"the {kind} stage"):
            yield item


async def _one(
    engine: Engine, call: Call, kind: StageKind, request: Any, options: Any, seed: int
) -> Any:
    """The last output of one stage."""
    opts = _options(engine, kind, options)
    outputs = [item async for item in _stream(engine, call, kind, request, opts, seed)]
    return outputs[-1]


async def imagine(
    engine: Engine, req: pb.ImagineRequest, call: Call
) -> AsyncIterator[pb.ImagineEvent]:
    """Stream the text stage's answer, labelled."""
    lim = engine.limits
    prompt = checks.check_text(req.text, "text", lim.max_prompt_chars)
    max_tokens = checks.tokens(engine, req.max_tokens, "max_tokens")
    request, label = checks.text_request(engine, req, prompt, max_tokens)
    opts = _options(engine, StageKind.TEXT, req.options)
    items = _stream(engine, call, StageKind.TEXT, request, opts, request.seed)
    async for item in items:
        if isinstance(item, TextDone):  # the router's experts and the judgement, when there are
            label = updated(label, item.blend, item.judgement)
        fields = convert.text_event(item)
        if fields:
            yield pb.ImagineEvent(
                request_id=call.request_id, label=convert.label_pb(label), **fields
            )


async def parse(engine: Engine, req: pb.ParseRequest, call: Call) -> pb.ParseResponse:
    """Text to an object spec."""
    text = checks.check_text(req.text, "text", engine.limits.max_prompt_chars)
    seed = checks.seed_of(req)
    out: ParsedObject = await _one(
        engine, call, StageKind.PARSE, ParseRequest(text=text, seed=seed), req.options, seed
    )
    label = convert.label_pb(decide(Mode.FACTUAL, False, 0.0, ()))
    label.text = "Parsed: a best-guess object description of the given text."
    return pb.ParseResponse(spec=convert.spec_pb(out.spec), confidence=out.confidence, label=label)


async def transcribe(
    engine: Engine, req: pb.TranscribeRequest, call: Call
) -> pb.TranscribeResponse:
    """Speech to text."""
    clip = checks.audio_clip(engine, req.audio, "audio")
    out: Transcript = await _one(engine, call, StageKind.STT, clip, req.options, 0)
    return pb.TranscribeResponse(text=out.text, duration_s=out.duration_s, language=out.language)


async def speak(engine: Engine, req: pb.SpeakRequest, call: Call) -> pb.SpeakResponse:
    """Text to a spoken line, stored as WAV and OGG assets."""
    text = checks.check_text(req.text, "text", checks.speech_chars(engine))
    seconds = checks.speech_seconds(engine, req.max_audio_seconds, "max_audio_seconds")
    out: Speech = await _one(
        engine, call, StageKind.TTS, SpeakRequest(text=text, max_seconds=seconds), req.options, 0
    )
    wav = convert.asset_ref(await asyncio.to_thread(engine.assets.put, out.wav, "audio/wav"))
    ogg = convert.asset_ref(await asyncio.to_thread(engine.assets.put, out.ogg, "audio/ogg"))
    return pb.SpeakResponse(wav=wav, ogg=ogg, duration_s=out.duration_s)
