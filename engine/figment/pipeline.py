"""Conjure: the whole path from a wish to a spawned, sounding object, streamed as events.

The wish first: it is parsed the moment it arrives (typed, or the transcript), and when it names
an object (parse confidence at least ``Settings.wish_first_confidence``) the object, its proxy,
mesh and sound are sent while the language model is still writing, and the imagined text starts
on that object's own words (``figment.lead``), so it speaks of the thing in the scene. Otherwise
the text's first sentence decides. At each sentence end the wish and the text so far are parsed
again (quickly, from the words alone); a spec that changed becomes a new revision, and only the
assets it makes stale are rebuilt (superseded work is cancelled) and sent. When the text is whole, a full parse
gives the last revision, marked final; then speech, then ``done``.

Order: ``accepted`` first, ``done`` last; each revision's ``object`` comes before its proxy,
mesh and sound, a revision's mesh before its sound; text deltas interleave with them. A stage
that fails yields an ``error`` event for its kind and the rest still arrives: without text the
wish itself is parsed; without a spec only speech can follow.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any

from . import checks, convert, labels
from .checks import CONJURE_PROMPT, ConjurePlan
from .engine import Call, Engine
from .errors import FigmentError, InvalidArgument
from .labels import shape_note
from .lead import lead_of
from .live import Utterance, wav_of
from .revisions import Sentences, changes
from .runner import Runner, StageFailed, pump
from .stages import (
    AudioClip,
    Label,
    Mesh,
    MeshRequest,
    Mode,
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
    Transcript,
)
from .v1 import figment_pb2 as pb

__all__ = ["conjure", "conjure_live"]

_PIPELINE_KINDS = (StageKind.TEXT, StageKind.PARSE, StageKind.MESH, StageKind.SOUND)
_IDLE_GRACE_S = 0.25
"""After ``live_idle_s`` without audio, how much longer a message may take to be read before the
utterance ends (the loop may have been busy rather than the client quiet)."""
_PARTIAL_GRACE_S = 2.0
"""How long a partial transcript still running when the utterance ends may go on (it has heard
most of the wish, so its object usually comes before the final transcript's); then it is
cancelled, so a stuck STT stage cannot hold the call."""
_FIRST_MESH_WAIT_S = 0.5
"""How long the text waits for the wish's first mesh: on 2 cores the mesh (~40 ms) is built
sooner alone than beside the language model, and the object is in the scene before the words;
a slower mesh stage finishes in the background instead of holding the text back."""


@dataclass
class _Run:
    """State of one running Conjure."""

    engine: Engine
    call: Call
    plan: ConjurePlan
    emit: Callable[..., Awaitable[None]]
    runner: Runner
    failed: list[str] = field(default_factory=list)
    scene: pb.SceneObject = field(default_factory=pb.SceneObject)
    children: list[asyncio.Task[Any]] = field(default_factory=list)
    label: Label | None = None  # the plan's, then with the router's experts and the judgement

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

    async def run_stage(
        self,
        kind: StageKind,
        request: Any,
        on_output: Callable[[Any], Awaitable[None]] | None = None,
    ) -> list[Any] | None:
        """Run one stage; on failure emit its error event and return None."""
        try:
            return await self.runner.run(kind, request, on_output)
        except StageFailed as exc:
            await self.fail(kind, exc.stage_id, exc.code, exc.message)
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
            timings = self.runner.timings
            stage_id = next((t.stage_id for t in reversed(timings) if t.kind == kind), "")
            await self.fail(kind, stage_id, exc.code, exc.message)
            return None

    async def publish(self) -> None:
        """Tell the room, and wait until a persistent room has it on disk, so whatever the
        client is told next survives a crash; an object spawns with its proxy (speech may
        finish before it)."""
        if self.plan.room and self.scene.HasField("proxy"):
            self.engine.rooms.publish(self.plan.room, self.scene)
            await self.engine.rooms.persisted(self.plan.room)


async def conjure(
    engine: Engine, req: pb.ConjureRequest, call: Call
) -> AsyncIterator[pb.ConjureEvent]:
    """Run the whole pipeline for one request, yielding events as they happen."""
    plan = checks.plan_conjure(engine, req)
    async for event in _conjure(engine, plan, call, _hear):
        yield event


async def conjure_live(
    engine: Engine, requests: AsyncIterator[pb.LiveRequest], call: Call
) -> AsyncIterator[pb.ConjureEvent]:
    """Conjure from speech streamed while the user speaks (see :mod:`figment.live`)."""
    lim = engine.limits
    try:
        async with asyncio.timeout(lim.live_idle_s):
            first = await anext(requests)
    except (TimeoutError, StopAsyncIteration):
        raise InvalidArgument(
            "start", f"send LiveStart first (within {lim.live_idle_s:g} s)"
        ) from None
    if first.WhichOneof("part") != "start":
        raise InvalidArgument("start", "the first message is a LiveStart")
    plan = checks.plan_live(engine, first.start)
    utterance = Utterance(
        first.start.sample_rate,
        checks.input_seconds(engine),
        lim.max_audio_input_bytes,
        first.start.push_to_talk,
    )

    rest: list[asyncio.Task[None]] = []  # the request stream after the utterance, dropped

    async def hear(run: _Run, spawn: _Spawn) -> str | None:
        return await _hear_live(run, spawn, requests, utterance, rest.append)

    try:
        async for event in _conjure(engine, plan, call, hear):
            yield event
        # The call ends once the client closed its side (bounded): a client write still in
        # flight when a call ends fails, and gRPC then reports INTERNAL to that client instead
        # of the call's status.
        if rest:
            await asyncio.wait(rest, timeout=lim.live_idle_s)
    finally:
        for task in rest:
            task.cancel()


async def _conjure(
    engine: Engine,
    plan: ConjurePlan,
    call: Call,
    hear: Callable[[_Run, _Spawn], Awaitable[str | None]],
) -> AsyncIterator[pb.ConjureEvent]:
    async with engine.admission.slot():
        counter = iter(range(1 << 31))

        async def work(put: Callable[[pb.ConjureEvent], Awaitable[None]]) -> None:
            async def emit(**kwargs: Any) -> None:
                kwargs.setdefault("label", convert.label_pb(run.label or plan.label))
                await put(
                    pb.ConjureEvent(request_id=call.request_id, sequence=next(counter), **kwargs)
                )

            run = _Run(engine, call, plan, emit, Runner(engine, call, plan.seed, plan.options))
            run.label = plan.label
            try:
                await _steps(run, hear)
            finally:
                await run.end_children()

        async for event in pump(engine, call, work, "the object"):
            yield event


async def _hear(run: _Run, spawn: _Spawn) -> str | None:
    """The wish: typed, or transcribed from the request's audio."""
    if run.plan.audio is None:
        return run.plan.wish
    return await _transcribe(run, run.plan.audio, partial=False)


async def _transcribe(run: _Run, clip: AudioClip, partial: bool) -> str | None:
    """Send what the STT stage heard (a failure is its error event, unless partial)."""
    if partial:
        try:
            out: list[Any] | None = await run.runner.run(StageKind.STT, clip)
        except StageFailed:
            return None
    else:
        out = await run.run_stage(StageKind.STT, clip)
    if not out:
        return None
    t: Transcript = out[0]
    if partial and not t.text:
        return None
    await run.emit(
        transcript=pb.Transcript(
            text=t.text,
            duration_s=t.duration_s,
            language=t.language,
            partial=partial,
            matched=t.matched,
        )
    )
    return t.text or None


async def _heard_so_far(run: _Run, spawn: _Spawn, clip: AudioClip) -> None:
    """A partial transcript, and the object it names (the wish first, while still speaking)."""
    text = await _transcribe(run, clip, partial=True)
    if text:
        parsed = await spawn.parse(text)
        if parsed is not None and parsed.confidence >= run.engine.settings.wish_first_confidence:
            await spawn.revise(parsed, text)


async def _hear_live(
    run: _Run,
    spawn: _Spawn,
    requests: AsyncIterator[pb.LiveRequest],
    utterance: Utterance,
    keep: Callable[[asyncio.Task[None]], None],
) -> str | None:
    """Collect the streamed speech until the utterance ends, with partial transcripts on the
    way (a partial that names an object spawns it while the user still speaks); then the final
    transcript. What the client sends after the end is read and dropped by a task given to
    ``keep``."""
    idle = run.engine.limits.live_idle_s
    max_s = checks.input_seconds(run.engine)

    def clip(partial: bool) -> AudioClip:
        wav = wav_of(bytes(utterance.pcm), utterance.rate)
        return AudioClip(wav, "wav", 0, max_s, partial=partial)

    partial: asyncio.Task[Any] | None = None
    pending: asyncio.Task[pb.LiveRequest] | None = None
    while not utterance.ended:
        pending = pending or asyncio.ensure_future(anext(requests))
        done, _ = await asyncio.wait({pending}, timeout=idle)
        if not done:  # a busy event loop can look like a quiet client: one short grace more
            done, _ = await asyncio.wait({pending}, timeout=_IDLE_GRACE_S)
        if not done:
            pending.cancel()
            utterance.end("idle")
            break
        task, pending = pending, None
        try:
            message = task.result()
        except StopAsyncIteration:
            utterance.end("client")
            break
        part = message.WhichOneof("part")
        if part == "pcm":
            utterance.add(message.pcm)
        elif part == "end":
            utterance.end("client")
        else:
            raise InvalidArgument("start", "comes once, first")
        # Ask whether one is due only when none runs: asking uses up a pause.
        if (partial is None or partial.done()) and utterance.partial_due():
            partial = run.spawn(_heard_so_far(run, spawn, clip(partial=True)))
    if utterance.ended != "idle":  # "idle" cancelled the read: that client sends nothing
        keep(asyncio.ensure_future(_drop_the_rest(requests)))
    if partial is not None and not partial.done():
        # Let it finish rather than cancel it: it started after a pause or close to the end, so
        # it has heard most of the wish and its object comes sooner than the final transcript's
        # (which would wait for the recogniser it holds anyway). Within a bound.
        await asyncio.wait({partial}, timeout=_PARTIAL_GRACE_S)
        partial.cancel()
        results = await asyncio.gather(partial, return_exceptions=True)
        if isinstance(result := results[0], Exception):
            run.engine.log.warning(
                "partial transcript failed [request %s]: %r", run.call.request_id, result
            )
    if not utterance.pcm:
        await run.emit(transcript=pb.Transcript(text="", duration_s=0.0, language="en"))
        return None
    return await _transcribe(run, clip(partial=False), partial=False)


async def _drop_the_rest(requests: AsyncIterator[pb.LiveRequest]) -> None:
    """Read and drop what the client sends after its utterance ended (it has not heard the
    final transcript yet), until it closes its side: its writes never wait on a full window.
    What it sends then is not looked at, so a malformed message there is no error either."""
    with contextlib.suppress(Exception):
        async for _ in requests:
            pass


async def _steps(run: _Run, hear: Callable[[_Run, _Spawn], Awaitable[str | None]]) -> None:
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

    spawn = _Spawn(run, "")
    wish = await hear(run, spawn)
    if not wish:
        if spawn.current is not None:  # heard while speaking, then nothing in the end
            await spawn.revise(spawn.current, spawn.source, final=True)
            await spawn.settled()
        await _done(run)
        return
    spawn.wish = wish
    # The wish first: when it names an object, the object is in the scene before the first token.
    first = await spawn.parse(wish)
    lead = ""
    if first is not None and first.confidence >= engine.settings.wish_first_confidence:
        await spawn.revise(first, wish)
        await spawn.first_mesh(_FIRST_MESH_WAIT_S)
        if plan.text.mode == Mode.IMAGINATIVE:  # the imagined text speaks of the named object
            lead = lead_of(wish, first.spec)
    reviser = run.spawn(spawn.follow())
    sentences = Sentences()

    async def on_text(item: Any) -> None:
        if isinstance(item, TextDone):
            run.label = labels.updated(run.label or plan.label, item.blend, item.judgement)
            run.scene.label.CopyFrom(convert.label_pb(run.label))
        fields = convert.text_event(item)
        if fields:
            await run.emit(**fields)
        if isinstance(item, TextDelta) and (so_far := sentences.feed(item.text)):
            spawn.sentence(so_far)

    text_request = replace(plan.text, prompt=CONJURE_PROMPT.format(wish=wish), lead=lead)
    outputs = await run.run_stage(StageKind.TEXT, text_request, on_text)
    done = next((o for o in outputs or [] if isinstance(o, TextDone)), None)
    text = done.text if done and _adds_words(done.text, lead) else wish
    run.scene.text = text
    spawn.sentence(None)  # the text is whole: no more sentence revisions
    await reviser

    # Speech starts once the text is whole, beside the last parse, mesh and sound. Starting it
    # on the opening sentences while the text still streams was measured slower on 2 cores (the
    # TTS and the language model then share them): proxy p50 2.8 s vs 1.8 s.
    speech_task = run.spawn(_speech(run, text)) if plan.speak else None
    # The wish comes first, so what the user named wins over what the model added.
    source = wish if text == wish else f"{wish}\n\n{text}"
    parsed = await run.run_stage(
        StageKind.PARSE,
        ParseRequest(
            text=source, seed=plan.seed, wish_chars=len(wish), text_twists=_text_twists(plan)
        ),
    )
    if parsed:
        await spawn.revise(parsed[0], source, final=True)
    elif spawn.current is not None:
        await spawn.revise(spawn.current, spawn.source, final=True)
    await spawn.settled()
    if speech_task is not None:
        kwargs = await speech_task
        if kwargs:
            await run.emit(**kwargs)
    await _done(run)


def _text_twists(plan: ConjurePlan) -> int:
    """How many twists the imagined text may add to a wish that names none: one above the
    default intensity, none at or below it. At the default the wish is the object, and the text
    may still give it a material, colours and sounds when the wish names none; every blind judge
    counted a twist nobody asked for (a floating loaf, embers rising off a shield) against it."""
    return 1 if plan.text.intensity > 1.0 else 0


def _adds_words(text: str, lead: str) -> bool:
    """Whether the text says anything past the lead it was given (a model that stopped at once
    leaves only "The glass whale", and then the wish itself stands for the text)."""
    rest = text[len(lead) :] if lead and text.startswith(lead) else text
    return any(ch.isalnum() for ch in rest)


@dataclass
class _Spawn:
    """The object of one Conjure through its revisions: the latest spec, and the mesh and sound
    work building it (superseded work is cancelled)."""

    run: _Run
    wish: str
    current: ParsedObject | None = None
    source: str = ""
    revision: int = -1
    mesh_task: asyncio.Task[Any] | None = None
    sound_task: asyncio.Task[Any] | None = None
    texts: asyncio.Queue[str | None] = field(default_factory=asyncio.Queue)
    proxied: asyncio.Event = field(default_factory=asyncio.Event)  # the current proxy was sent

    async def parse(self, text: str) -> ParsedObject | None:
        """A quick parse (the words alone); None when the parse stage cannot answer, which the
        last, full parse reports."""
        wish_chars = len(self.wish) if self.wish and text.startswith(self.wish) else 0
        request = ParseRequest(
            text=text,
            seed=self.run.plan.seed,
            quick=True,
            wish_chars=wish_chars,
            text_twists=_text_twists(self.run.plan),
        )
        try:
            out = await self.run.runner.run(StageKind.PARSE, request)
        except StageFailed:
            return None
        parsed: ParsedObject = out[0]
        return parsed

    def sentence(self, text_so_far: str | None) -> None:
        """A sentence of the text ended (None: the text is whole)."""
        self.texts.put_nowait(text_so_far)

    async def follow(self) -> None:
        """Parse the wish with the text so far at each sentence end; revise when it changes."""
        while (text := await self.texts.get()) is not None:
            while not self.texts.empty():  # only the newest text matters
                newer = self.texts.get_nowait()
                if newer is None:
                    return
                text = newer
            source = f"{self.wish}\n\n{text}"
            parsed = await self.parse(source)
            if parsed is not None:
                await self.revise(parsed, source)

    async def revise(self, obj: ParsedObject, source: str, final: bool = False) -> None:
        """Send the object when it changed (or is final), and rebuild what it makes stale."""
        stale = changes(self.current.spec if self.current else None, obj.spec)
        if not stale and not final:
            return
        if stale:
            self.revision += 1
        self.current, self.source = obj, source
        run = self.run
        spec_pb = convert.spec_pb(obj.spec)
        run.scene.spec.CopyFrom(spec_pb)
        run.scene.revision = self.revision
        label = convert.label_pb(run.label or run.plan.label)
        if note := shape_note(obj.spec):  # a family standing in for the named thing says so
            label.text = f"{label.text} {note}"
        await run.emit(
            object=pb.ObjectSpecified(
                spec=spec_pb,
                confidence=obj.confidence,
                source_text=source,
                revision=self.revision,
                final=final,
            ),
            label=label,
        )
        if "mesh" in stale:
            _cancel(self.mesh_task)
            self.proxied = asyncio.Event()
            self.mesh_task = run.spawn(_mesh(run, obj, self.revision, self.proxied))
        if "sound" in stale:
            _cancel(self.sound_task)
            self.sound_task = run.spawn(_sound(run, obj, self.revision, self.mesh_task))

    async def first_mesh(self, seconds: float) -> None:
        """Wait for the current proxy (milliseconds: the object is in the scene before the first
        token, however busy the machine), then up to ``seconds`` for the mesh (it goes on building
        after that)."""
        if self.mesh_task is not None:
            proxied = asyncio.ensure_future(self.proxied.wait())
            try:
                await asyncio.wait({self.mesh_task, proxied}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                proxied.cancel()
            await asyncio.wait({self.mesh_task}, timeout=seconds)

    async def settled(self) -> None:
        """Wait for the latest mesh and sound work."""
        for task in (self.mesh_task, self.sound_task):
            if task is not None:
                await asyncio.gather(task, return_exceptions=True)


def _cancel(task: asyncio.Task[Any] | None) -> None:
    if task is not None and not task.done():
        task.cancel()


async def _mesh(
    run: _Run, obj: ParsedObject, revision: int, proxied: asyncio.Event | None = None
) -> None:
    async def on_output(item: Any) -> None:
        if isinstance(item, Proxy):
            proxy = pb.ProxyReady(
                asset=await asyncio.to_thread(run.store, item.glb, "model/gltf-binary"),
                size=pb.Vec3(**item.size.model_dump()),
                color=pb.Color(**item.color.model_dump()),
                revision=revision,
            )
            if run.scene.proxy.asset.id != proxy.asset.id:  # an unchanged asset is not resent
                run.scene.proxy.CopyFrom(proxy)
                await run.publish()
                await run.emit(proxy=proxy)
            if proxied is not None:
                proxied.set()

    request = MeshRequest(spec=obj.spec, seed=run.plan.seed, max_triangles=run.plan.max_triangles)
    outputs = await run.run_stage(StageKind.MESH, request, on_output)
    mesh = next((o for o in outputs or [] if isinstance(o, Mesh)), None)
    if mesh is None:
        return
    ready = await run.stored(
        StageKind.MESH,
        lambda: pb.MeshReady(
            asset=run.store(mesh.glb, "model/gltf-binary"),
            triangles=mesh.triangles,
            lods=[run.store(lod, "model/gltf-binary") for lod in mesh.lods],
            revision=revision,
        ),
    )
    if ready is None or run.scene.mesh.asset.id == ready.asset.id:
        return
    run.scene.mesh.CopyFrom(ready)
    await run.publish()
    await run.emit(mesh=ready)


async def _sound(
    run: _Run, obj: ParsedObject, revision: int, mesh_task: asyncio.Task[Any] | None
) -> None:
    plan = run.plan
    out = await run.run_stage(
        StageKind.SOUND, SoundRequest(spec=obj.spec, seed=plan.seed, max_seconds=plan.sound_s)
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
        return
    placement: Placement | None = spatial[0] if spatial else None

    def make() -> pb.SoundReady:
        ready = pb.SoundReady(
            asset=run.store(sound.wav, "audio/wav"), duration_s=sound.duration_s, revision=revision
        )
        if placement is not None:
            ready.emitter.CopyFrom(convert.emitter_pb(placement.emitter))
            if placement.preview_wav:
                ready.preview.CopyFrom(run.store(placement.preview_wav, "audio/wav"))
        return ready

    ready = await run.stored(StageKind.SOUND, make)
    if ready is None:
        return
    if mesh_task is not None:  # a revision's mesh is sent before its sound
        # wait, not gather: cancelling this (superseded) sound must not cancel the mesh it waits on
        await asyncio.wait({mesh_task})
    old = run.scene.sound
    if old.asset.id == ready.asset.id and old.emitter == ready.emitter:
        return  # an unchanged asset is not resent
    run.scene.sound.CopyFrom(ready)
    await run.publish()
    await run.emit(sound=ready)


async def _speech(run: _Run, text: str) -> dict[str, Any] | None:
    line = checks.spoken_line(text, run.plan.speech_chars)
    out = await run.run_stage(StageKind.TTS, SpeakRequest(text=line, max_seconds=run.plan.speech_s))
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
    await run.publish()
    return {"speech": ready}


async def _done(run: _Run) -> None:
    run.scene.complete = True
    await run.publish()
    timings = [
        pb.StageTiming(kind=t.kind.value, stage=t.stage_id, start_ms=t.start_ms, end_ms=t.end_ms)
        for t in run.runner.timings
    ]
    await run.emit(
        done=pb.Done(
            timings=timings,
            total_ms=run.runner.ms(),
            failed=run.failed,
            object_id=run.scene.object_id,
        )
    )
