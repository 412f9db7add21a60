"""The single-stage RPCs (Imagine, Parse, Transcribe, Speak) for engines that orchestrate."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

from . import convert
from .engine import Call, Engine
from .errors import DeadlineExceeded, InvalidArgument
from .labels import decide
from .stages import (
    Mode,
    ParsedObject,
    ParseRequest,
    SpeakRequest,
    Speech,
    StageKind,
    TextDelta,
    TextDone,
    TextRequest,
    Transcript,
)
from .v1 import figment_pb2 as pb

__all__ = ["imagine", "parse", "speak", "transcribe"]


async def _one(
    engine: Engine, call: Call, kind: StageKind, request: Any, options: Any, seed: int
) -> Any:
    """Run a one-output stage under admission, deadline and cancellation."""
    stage = await engine.stage(kind)
    opts = convert.options_of(
        stage.Options,
        engine.stage_defaults(type(stage)),
        convert.struct_dict(options, "options", engine.limits),
        "options",
    )
    async with engine.admission.slot():
        work = asyncio.ensure_future(
            Engine.outputs(stage, request, opts, engine.context(call, seed))
        )
        left = engine.deadline_of(call) - time.monotonic()
        try:
            async with asyncio.timeout(max(left, 0.0)):
                return (await work)[-1]
        except TimeoutError as exc:
            raise DeadlineExceeded(f"the {kind} stage did not finish before the deadline") from exc
        finally:
            if not work.done():
                call.cancelled.set()
                work.cancel()


async def imagine(
    engine: Engine, req: pb.ImagineRequest, call: Call
) -> AsyncIterator[pb.ImagineEvent]:
    """Stream the text stage's answer, labelled."""
    lim = engine.limits
    prompt = convert.check_text(req.text, "text", lim)
    intensity = convert.intensity_of(req, lim)
    blend = convert.blend_of(req.blend, lim)
    label = decide(convert.mode_of(req.mode), req.consent, intensity, blend)
    max_tokens = req.max_tokens or lim.default_tokens
    if max_tokens > lim.max_tokens:
        raise InvalidArgument("max_tokens", f"{max_tokens} is over the limit of {lim.max_tokens}")
    seed = engine.seed_of(req)
    request = TextRequest(
        prompt=prompt,
        mode=label.mode,
        intensity=label.intensity if label.mode == Mode.IMAGINATIVE else 0.0,
        blend=blend,
        seed=seed,
        max_tokens=max_tokens,
        sampling=convert.sampling_of(req.sampling),
    )
    stage = await engine.stage(StageKind.TEXT)
    opts = convert.options_of(
        stage.Options,
        engine.stage_defaults(type(stage)),
        convert.struct_dict(req.options, "options", lim),
        "options",
    )
    label_pb = convert.label_pb(label)
    async with engine.admission.slot():
        ctx = engine.context(call, seed)
        queue: asyncio.Queue[Any] = asyncio.Queue()

        async def produce() -> None:
            # the stage runs in its own task under the deadline, as Conjure's pipeline does:
            # a stage that hangs ends with DEADLINE_EXCEEDED even when the client set none
            left = engine.deadline_of(call) - time.monotonic()
            try:
                async with asyncio.timeout(max(left, 0.0)):
                    result: Any = stage.run(request, opts, ctx)  # a text stage streams
                    async with contextlib.aclosing(result) as items:
                        async for item in items:
                            ctx.check()
                            await queue.put(item)
            except TimeoutError as exc:
                call.cancelled.set()
                raise DeadlineExceeded("the text stage did not finish before the deadline") from exc

        work = asyncio.create_task(produce())
        work.add_done_callback(lambda _: queue.put_nowait(None))
        try:
            while (item := await queue.get()) is not None:
                if isinstance(item, TextDelta) and item.text:
                    yield pb.ImagineEvent(
                        request_id=call.request_id,
                        label=label_pb,
                        text_delta=pb.TextDelta(text=item.text),
                    )
                elif isinstance(item, TextDone):
                    yield pb.ImagineEvent(
                        request_id=call.request_id,
                        label=label_pb,
                        text_done=pb.TextDone(
                            text=item.text, tokens=item.tokens, finish_reason=item.finish_reason
                        ),
                    )
            await work  # re-raises the stage's error, if any
        finally:
            call.cancelled.set()
            if not work.done():
                work.cancel()
            elif not work.cancelled():
                work.exception()  # retrieved: re-raised above, or the client left


async def parse(engine: Engine, req: pb.ParseRequest, call: Call) -> pb.ParseResponse:
    """Text to an object spec."""
    text = convert.check_text(req.text, "text", engine.limits)
    seed = engine.seed_of(req)
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
    clip = convert.audio_clip(req.audio, "audio", engine.limits)
    out: Transcript = await _one(engine, call, StageKind.STT, clip, req.options, 0)
    return pb.TranscribeResponse(text=out.text, duration_s=out.duration_s, language=out.language)


async def speak(engine: Engine, req: pb.SpeakRequest, call: Call) -> pb.SpeakResponse:
    """Text to a spoken line, stored as WAV and OGG assets."""
    lim = engine.limits
    text = convert.check_text(req.text, "text", lim)
    seconds = req.max_audio_seconds or lim.max_audio_seconds
    if not 0.1 <= seconds <= lim.max_audio_seconds:
        raise InvalidArgument(
            "max_audio_seconds", f"must be in [0.1, {lim.max_audio_seconds:g}] (got {seconds:g})"
        )
    out: Speech = await _one(
        engine, call, StageKind.TTS, SpeakRequest(text=text, max_seconds=seconds), req.options, 0
    )
    wav = convert.asset_ref(await asyncio.to_thread(engine.assets.put, out.wav, "audio/wav"))
    ogg = convert.asset_ref(await asyncio.to_thread(engine.assets.put, out.ogg, "audio/ogg"))
    return pb.SpeakResponse(wav=wav, ogg=ogg, duration_s=out.duration_s)
