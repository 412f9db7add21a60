"""Conjure: the whole path from a wish to a spawned, sounding object, streamed as events.

Order of events: accepted, transcript (audio input), text deltas, text done, object, proxy,
mesh, sound, speech, done. Mesh, sound (+ spatial) and speech run at the same time once the
text is known; their events are still emitted in that order. A stage that fails yields an
``error`` event for its kind and the rest still arrives: without text the wish itself is
parsed; without a spec only speech can follow. ``done`` is always last and carries timings.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from . import convert
from .engine import Call, Engine
from .errors import Cancelled, DeadlineExceeded, FigmentError, InvalidArgument
from .labels import decide
from .rooms import check_room_name
from .stages import (
    Label,
    Mesh,
    MeshRequest,
    ParsedObject,
    ParseRequest,
    Placement,
    Proxy,
    Sound,
    SoundRequest,
    SpatialRequest,
    SpeakRequest,
    Speech,
    StageKind,
    TextDelta,
    TextDone,
    TextRequest,
    Transcript,
)
from .v1 import figment_pb2 as pb

__all__ = ["conjure"]

CONJURE_PROMPT = "Describe this object, what it is made of and how it sounds: {wish}"
"""How a wish is put to the text stage."""

_PIPELINE_KINDS = (StageKind.TEXT, StageKind.PARSE, StageKind.MESH, StageKind.SOUND)


@dataclass
class _Plan:
    """A checked Conjure request."""

    label: Label
    seed: int
    room: str
    text: str | None
    audio: Any
    max_tokens: int
    max_triangles: int
    max_audio_s: float
    options: dict[str, dict[str, Any]]
    sampling: Any
    anchor: Any
    listener: Any
    blend: tuple[tuple[str, float], ...]
    speak: bool
    preview: bool
    speech_s: float


def _budget(value: float, default: float, low: float, high: float, field: str) -> float:
    if value == 0:
        return default
    if not low <= value <= high:
        raise InvalidArgument(field, f"must be in [{low:g}, {high:g}] (got {value:g})")
    return value


def plan_conjure(engine: Engine, req: pb.ConjureRequest) -> _Plan:
    """Check every field of a Conjure request before any work starts."""
    lim = engine.limits
    which = req.WhichOneof("input")
    if which is None:
        raise InvalidArgument("input", "give text or audio")
    text = convert.check_text(req.text, "text", lim) if which == "text" else None
    audio = convert.audio_clip(req.audio, "audio", lim) if which == "audio" else None
    intensity = convert.intensity_of(req, lim)
    blend = convert.blend_of(req.blend, lim)
    b = req.budgets
    options = {
        kind: convert.struct_dict(s, f"stage_options.{kind}", lim)
        for kind, s in req.stage_options.items()
    }
    for kind in options:
        if kind not in {k.value for k in StageKind}:
            raise InvalidArgument(f"stage_options.{kind}", "is not a stage kind")
    return _Plan(
        label=decide(convert.mode_of(req.mode), req.consent, intensity, blend),
        seed=engine.seed_of(req),
        room=check_room_name(req.room, lim.max_room_chars),
        text=text,
        audio=audio,
        max_tokens=int(
            _budget(b.max_tokens, lim.default_tokens, 1, lim.max_tokens, "budgets.max_tokens")
        ),
        max_triangles=int(
            _budget(
                b.max_triangles,
                lim.default_triangles,
                lim.min_triangles,
                lim.max_triangles,
                "budgets.max_triangles",
            )
        ),
        max_audio_s=_budget(
            b.max_audio_seconds,
            lim.default_audio_seconds,
            0.1,
            lim.max_audio_seconds,
            "budgets.max_audio_seconds",
        ),
        options=options,
        sampling=convert.sampling_of(req.sampling),
        anchor=convert.pose_of(req.anchor, "anchor"),
        listener=convert.pose_of(req.listener, "listener"),
        blend=blend,
        speak=req.speak,
        preview=req.preview,
        # a spoken line, not the whole text: whole sentences within this many seconds
        speech_s=b.max_audio_seconds or lim.default_speech_seconds,
    )


@dataclass
class _Run:
    """State of one running Conjure."""

    engine: Engine
    call: Call
    plan: _Plan
    emit: Callable[..., Awaitable[None]]
    t0: float = field(default_factory=time.monotonic)
    timings: list[pb.StageTiming] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    scene: pb.SceneObject = field(default_factory=pb.SceneObject)
    children: list[asyncio.Task[Any]] = field(default_factory=list)

    def spawn(self, work: Awaitable[Any]) -> asyncio.Task[Any]:
        """A task that ends with this run (cancelled if the run stops first)."""
        task = asyncio.ensure_future(work)
        self.children.append(task)
        return task

    async def end_children(self) -> None:
        """Cancel and wait for every child still running, so none outlives its request."""
        for task in self.children:
            task.cancel()
        await asyncio.gather(*self.children, return_exceptions=True)

    def ms(self) -> float:
        return (time.monotonic() - self.t0) * 1000.0

    async def options(self, kind: StageKind) -> tuple[Any, Any]:
        """The loaded stage for a kind and its validated options."""
        stage = await self.engine.stage(kind)
        given = self.plan.options.get(kind.value, {})
        opts = convert.options_of(
            stage.Options,
            self.engine.stage_defaults(type(stage)),
            given,
            f"stage_options.{kind.value}",
        )
        return stage, opts

    async def run_stage(
        self,
        kind: StageKind,
        request: Any,
        on_output: Callable[[Any], Awaitable[None]] | None = None,
    ) -> list[Any] | None:
        """Run one stage; on failure emit its error event and return None."""
        start = self.ms()
        stage_id = ""
        try:
            stage, opts = await self.options(kind)
            stage_id = stage.id
            ctx = self.engine.context(self.call, self.plan.seed)
            result = stage.run(request, opts, ctx)
            outputs: list[Any] = []
            if hasattr(result, "__anext__"):
                async for item in result:
                    outputs.append(item)
                    if on_output:
                        await on_output(item)
            else:
                outputs.append(await result)
                if on_output:
                    await on_output(outputs[-1])
            return outputs
        except (Cancelled, DeadlineExceeded, asyncio.CancelledError):
            raise
        except FigmentError as exc:
            await self.fail(kind, stage_id, exc.code, exc.message)
        except (Exception, SystemExit) as exc:  # a plugin's sys.exit() is its own failure
            self.engine.log.exception("stage %s failed [request %s]", kind, self.call.request_id)
            await self.fail(
                kind,
                stage_id,
                "INTERNAL",
                f"{kind} stage failed: {type(exc).__name__} "
                f"(request {self.call.request_id}; see the daemon log)",
            )
        finally:
            self.timings.append(
                pb.StageTiming(kind=kind.value, stage=stage_id, start_ms=start, end_ms=self.ms())
            )
        return None

    async def fail(self, kind: StageKind, stage_id: str, code: str, message: str) -> None:
        self.failed.append(kind.value)
        await self.emit(
            error=pb.StageError(stage=stage_id, kind=kind.value, code=code, message=message)
        )

    def store(self, data: bytes, media_type: str) -> pb.AssetRef:
        return convert.asset_ref(self.engine.assets.put(data, media_type))

    async def stored(self, kind: StageKind, make: Callable[[], Any]) -> Any | None:
        """``make()`` (which stores assets); a store failure is that kind's error event."""
        try:
            # writes end in fsync: off the event loop, which keeps serving (and refusing) meanwhile
            return await asyncio.to_thread(make)
        except FigmentError as exc:
            stage_id = next((t.stage for t in reversed(self.timings) if t.kind == kind), "")
            await self.fail(kind, stage_id, exc.code, exc.message)
            return None

    def publish(self) -> None:
        """Tell the room; an object spawns with its proxy (speech may finish before it)."""
        if self.plan.room and self.scene.HasField("proxy"):
            self.engine.rooms.publish(self.plan.room, self.scene)


async def conjure(
    engine: Engine, req: pb.ConjureRequest, call: Call
) -> AsyncIterator[pb.ConjureEvent]:
    """Run the whole pipeline for one request, yielding events as they happen."""
    plan = plan_conjure(engine, req)
    async with engine.admission.slot():
        queue: asyncio.Queue[pb.ConjureEvent | None] = asyncio.Queue()
        label = convert.label_pb(plan.label)
        counter = iter(range(1 << 31))

        async def emit(**kwargs: Any) -> None:
            await queue.put(
                pb.ConjureEvent(
                    request_id=call.request_id, sequence=next(counter), label=label, **kwargs
                )
            )

        run = _Run(engine, call, plan, emit)
        work = asyncio.create_task(_pipeline(run))
        work.add_done_callback(lambda _: queue.put_nowait(None))
        try:
            while (event := await queue.get()) is not None:
                yield event
            await work  # re-raises the pipeline's error, if any
        finally:
            if not work.done():
                call.cancelled.set()
                work.cancel()
            elif not work.cancelled():
                work.exception()  # mark it retrieved: it was re-raised above, or the client left


async def _pipeline(run: _Run) -> None:
    engine = run.engine
    left = engine.deadline_of(run.call) - time.monotonic()
    try:
        async with asyncio.timeout(max(left, 0.0)):
            await _steps(run)
    except TimeoutError as exc:
        run.call.cancelled.set()
        raise DeadlineExceeded("the request's deadline passed before the object was done") from exc
    finally:
        await run.end_children()


async def _steps(run: _Run) -> None:
    plan, engine = run.plan, run.engine
    stages = {}
    for kind in _PIPELINE_KINDS:
        try:
            stages[kind.value] = engine.registry.selected(kind).cls.id
        except FigmentError:
            stages[kind.value] = ""
    await run.emit(
        accepted=pb.Accepted(request_id=run.call.request_id, seed=plan.seed, stages=stages)
    )
    run.scene = pb.SceneObject(
        object_id=uuid.uuid4().hex[:16],
        request_id=run.call.request_id,
        seed=plan.seed,
        label=convert.label_pb(plan.label),
    )
    run.scene.anchor.position.x, run.scene.anchor.position.y, run.scene.anchor.position.z = (
        plan.anchor.position
    )
    (
        run.scene.anchor.rotation.x,
        run.scene.anchor.rotation.y,
        run.scene.anchor.rotation.z,
        run.scene.anchor.rotation.w,
    ) = plan.anchor.rotation

    wish = plan.text
    if plan.audio is not None:
        out = await run.run_stage(StageKind.STT, plan.audio)
        if out:
            t: Transcript = out[0]
            await run.emit(
                transcript=pb.Transcript(text=t.text, duration_s=t.duration_s, language=t.language)
            )
            wish = t.text or None
    if not wish:
        await _done(run)
        return

    async def on_text(item: Any) -> None:
        if isinstance(item, TextDelta) and item.text:
            await run.emit(text_delta=pb.TextDelta(text=item.text))
        elif isinstance(item, TextDone):
            await run.emit(
                text_done=pb.TextDone(
                    text=item.text, tokens=item.tokens, finish_reason=item.finish_reason
                )
            )

    text_request = TextRequest(
        prompt=CONJURE_PROMPT.format(wish=wish),
        mode=plan.label.mode,
        intensity=plan.label.intensity,
        blend=plan.blend,
        seed=plan.seed,
        max_tokens=plan.max_tokens,
        sampling=plan.sampling,
    )
    outputs = await run.run_stage(StageKind.TEXT, text_request, on_text)
    done = next((o for o in outputs or [] if isinstance(o, TextDone)), None)
    text = done.text if done and done.text.strip() else wish
    run.scene.text = text

    # Speech starts once the text is whole, beside parse, mesh and sound. Starting it on the
    # opening sentences while the text still streams was measured slower on 2 cores (the TTS
    # and the language model then share them): proxy p50 2.8 s vs 1.8 s.
    speech_task = run.spawn(_speech(run, text)) if plan.speak else None
    # The wish comes first, so what the user named wins over what the model added.
    source = wish if text == wish else f"{wish}\n\n{text}"
    parsed = await run.run_stage(StageKind.PARSE, ParseRequest(text=source, seed=plan.seed))
    if parsed:
        obj: ParsedObject = parsed[0]
        spec_pb = convert.spec_pb(obj.spec)
        run.scene.spec.CopyFrom(spec_pb)
        await run.emit(
            object=pb.ObjectSpecified(spec=spec_pb, confidence=obj.confidence, source_text=source)
        )
        mesh_task = run.spawn(_mesh(run, obj))
        sound_task = run.spawn(_sound(run, obj))
        for task in (mesh_task, sound_task):
            kwargs = await task
            if kwargs:
                await run.emit(**kwargs)
    if speech_task is not None:
        kwargs = await speech_task
        if kwargs:
            await run.emit(**kwargs)
    await _done(run)


async def _mesh(run: _Run, obj: ParsedObject) -> dict[str, Any] | None:
    async def on_output(item: Any) -> None:
        if isinstance(item, Proxy):
            proxy = pb.ProxyReady(
                asset=await asyncio.to_thread(run.store, item.glb, "model/gltf-binary"),
                size=pb.Vec3(**item.size.model_dump()),
                color=pb.Color(**item.color.model_dump()),
            )
            run.scene.proxy.CopyFrom(proxy)
            run.publish()
            await run.emit(proxy=proxy)

    request = MeshRequest(spec=obj.spec, seed=run.plan.seed, max_triangles=run.plan.max_triangles)
    outputs = await run.run_stage(StageKind.MESH, request, on_output)
    mesh = next((o for o in outputs or [] if isinstance(o, Mesh)), None)
    if mesh is None:
        return None
    ready = await run.stored(
        StageKind.MESH,
        lambda: pb.MeshReady(
            asset=run.store(mesh.glb, "model/gltf-binary"),
            triangles=mesh.triangles,
            lods=[run.store(lod, "model/gltf-binary") for lod in mesh.lods],
        ),
    )
    if ready is None:
        return None
    run.scene.mesh.CopyFrom(ready)
    run.publish()
    return {"mesh": ready}


async def _sound(run: _Run, obj: ParsedObject) -> dict[str, Any] | None:
    plan = run.plan
    out = await run.run_stage(
        StageKind.SOUND, SoundRequest(spec=obj.spec, seed=plan.seed, max_seconds=plan.max_audio_s)
    )
    sound: Sound | None = out[0] if out else None
    spatial = await run.run_stage(
        StageKind.SPATIAL,
        SpatialRequest(
            spec=obj.spec,
            anchor=plan.anchor,
            listener=plan.listener,
            sound=sound,
            preview=plan.preview,
        ),
    )
    if sound is None:
        return None
    placement: Placement | None = spatial[0] if spatial else None

    def make() -> pb.SoundReady:
        ready = pb.SoundReady(asset=run.store(sound.wav, "audio/wav"), duration_s=sound.duration_s)
        if placement is not None:
            ready.emitter.CopyFrom(convert.emitter_pb(placement.emitter))
            if placement.preview_wav:
                ready.preview.CopyFrom(run.store(placement.preview_wav, "audio/wav"))
        return ready

    ready = await run.stored(StageKind.SOUND, make)
    if ready is None:
        return None
    run.scene.sound.CopyFrom(ready)
    run.publish()
    return {"sound": ready}


async def _speech(run: _Run, text: str) -> dict[str, Any] | None:
    out = await run.run_stage(StageKind.TTS, SpeakRequest(text=text, max_seconds=run.plan.speech_s))
    if not out:
        return None
    speech: Speech = out[0]
    ready = await run.stored(
        StageKind.TTS,
        lambda: pb.SpeechReady(
            wav=run.store(speech.wav, "audio/wav"),
            ogg=run.store(speech.ogg, "audio/ogg"),
            text=speech.text,
            duration_s=speech.duration_s,
        ),
    )
    if ready is None:
        return None
    run.scene.speech.CopyFrom(ready)
    run.publish()
    return {"speech": ready}


async def _done(run: _Run) -> None:
    run.scene.complete = True
    run.publish()
    await run.emit(
        done=pb.Done(
            timings=run.timings, total_ms=run.ms(), failed=run.failed, object_id=run.scene.object_id
        )
    )
