"""ConjureLive: speech streamed while the user speaks, on gRPC and on the gateway's WebSocket."""

from __future__ import annotations

import asyncio
import io
import json
import wave
from typing import ClassVar

import aiohttp
import grpc
import numpy as np
import pytest
from conftest import both

from figment.client import Client
from figment.live import Utterance
from figment.stages import Stage, StageKind, Transcript
from figment.testing import DOUBLES, make_registry
from figment.v1 import figment_pb2 as pb

RATE = 16000


class LengthSTT(Stage):
    """Hears 'a lamp' in anything loud and longer than half a second; records what it got."""

    id, kind = "test.stt.length", StageKind.STT
    heard: ClassVar[list[float]] = []
    partial: ClassVar[list[bool]] = []

    async def run(self, request, options, ctx):
        with wave.open(io.BytesIO(request.data)) as w:
            seconds = w.getnframes() / w.getframerate()
            samples = np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(float)
        LengthSTT.heard.append(seconds)
        LengthSTT.partial.append(request.partial)
        loud = bool(len(samples)) and float(np.sqrt(np.mean(samples**2))) > 500
        return Transcript(text="a lamp" if seconds > 0.5 and loud else "", duration_s=seconds)


def tone(seconds: float, level: float = 0.3) -> bytes:
    t = np.arange(int(seconds * RATE)) / RATE
    return (np.sin(2 * np.pi * 220 * t) * level * 32767).astype("<i2").tobytes()


def silence(seconds: float) -> bytes:
    rng = np.random.default_rng(0)  # a faint room, not digital zero
    return (rng.normal(0, 20, int(seconds * RATE))).astype("<i2").tobytes()


def chunks(pcm: bytes, seconds: float = 0.1) -> list[bytes]:
    step = int(seconds * RATE) * 2
    return [pcm[i : i + step] for i in range(0, len(pcm), step)]


@pytest.fixture
async def live(settings):
    """A daemon with the length-hearing STT; yields (stub, gateway base, engine)."""
    LengthSTT.heard.clear()
    LengthSTT.partial.clear()
    settings.limits.live_idle_s = 1.5
    registry = make_registry([*DOUBLES, LengthSTT], {"stt": LengthSTT.id})
    async with both(settings, registry) as served:
        yield served


def start(push_to_talk: bool = False, rate: int = RATE) -> pb.LiveRequest:
    request = pb.ConjureRequest(seed=4)
    return pb.LiveRequest(
        start=pb.LiveStart(request=request, sample_rate=rate, push_to_talk=push_to_talk)
    )


async def speak(parts: list[bytes], end: bool = False, pace_s: float = 0.0, hold_s: float = 0.0):
    yield start(push_to_talk=end)
    for part in parts:
        yield pb.LiveRequest(pcm=part)
        if pace_s:
            await asyncio.sleep(pace_s)
    if end:
        yield pb.LiveRequest(end=True)
    await asyncio.sleep(hold_s)  # the client keeps the stream open


def kinds(events) -> list[str]:
    return [e.WhichOneof("event") for e in events]


async def test_the_utterance_ends_at_silence_with_partials_on_the_way(live):
    stub, _, _ = live
    audio = chunks(tone(2.2) + silence(1.2))
    events = [e async for e in stub.ConjureLive(speak(audio, pace_s=0.02, hold_s=5))]
    transcripts = [e.transcript for e in events if e.HasField("transcript")]
    assert [t.partial for t in transcripts][-1] is False
    assert any(t.partial and t.text == "a lamp" for t in transcripts), "no partial transcript"
    final = transcripts[-1]
    assert final.text == "a lamp" and 2.2 < final.duration_s < 3.4  # ended by the silence
    k = kinds(events)
    assert k[0] == "accepted" and k[-1] == "done" and "mesh" in k


async def test_push_to_talk_waits_for_the_end(live):
    stub, _, _ = live
    audio = chunks(tone(1.0) + silence(2.0) + tone(0.5))
    events = [e async for e in stub.ConjureLive(speak(audio, end=True))]
    final = [e.transcript for e in events if e.HasField("transcript")][-1]
    assert final.duration_s == pytest.approx(3.5, abs=0.05)  # the silence did not end it


async def test_a_client_that_goes_quiet_ends_the_utterance(live):
    stub, _, engine = live
    events = [e async for e in stub.ConjureLive(speak(chunks(tone(1.0)), hold_s=30))]
    assert kinds(events)[-1] == "done"
    final = [e.transcript for e in events if e.HasField("transcript")][-1]
    assert final.text == "a lamp" and engine.admission.active == 0


async def test_the_utterance_stops_at_the_audio_limit(live):
    stub, _, engine = live
    engine.limits.max_audio_input_seconds = 1.5
    events = [e async for e in stub.ConjureLive(speak(chunks(tone(4.0)), end=True))]
    final = [e.transcript for e in events if e.HasField("transcript")][-1]
    assert final.duration_s == pytest.approx(1.5, abs=0.01)


async def test_silence_only_gives_an_empty_transcript_and_no_object(live):
    stub, _, _ = live
    events = [e async for e in stub.ConjureLive(speak(chunks(silence(1.5)), end=True))]
    assert "object" not in kinds(events) and kinds(events)[-1] == "done"
    assert [e.transcript.text for e in events if e.HasField("transcript")] == [""]


async def _requests(*parts):
    for part in parts:
        yield part


@pytest.mark.parametrize(
    ("parts", "needle"),
    [
        ((start(rate=1000),), "start.sample_rate: must be in [8000, 48000]"),
        ((pb.LiveRequest(pcm=b"\0\0"),), "start: the first message is a LiveStart"),
        ((start(), pb.LiveRequest(pcm=b"\0\0\0")), "pcm: 16-bit samples"),
        ((start(), start()), "start: comes once, first"),
        (
            (
                pb.LiveRequest(
                    start=pb.LiveStart(request=pb.ConjureRequest(text="x"), sample_rate=RATE)
                ),
            ),
            "start.request.input",
        ),
    ],
)
async def test_bad_streams_get_a_clear_error(live, parts, needle):
    stub, _, _ = live
    with pytest.raises(grpc.aio.AioRpcError) as info:
        async for _ in stub.ConjureLive(_requests(*parts)):
            pass
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert needle in info.value.details()


async def test_a_client_that_never_starts_is_refused(live):
    stub, _, _ = live

    async def nothing():
        await asyncio.sleep(30)
        yield start()

    with pytest.raises(grpc.aio.AioRpcError) as info:
        async for _ in stub.ConjureLive(nothing()):
            pass
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT


async def test_the_gateway_serves_it_as_a_websocket(live):
    _, base, _ = live
    url = f"{base}/figment.v1.Figment/ConjureLive"
    async with aiohttp.ClientSession() as s:
        async with s.post(url, json={}) as r:
            assert r.status == 405
        ws = await s.ws_connect(url)
        await ws.send_str(
            json.dumps({"request": {"seed": "4"}, "sampleRate": RATE, "pushToTalk": True})
        )
        for part in chunks(tone(1.0)):
            await ws.send_bytes(part)
        await ws.send_str(json.dumps({"end": True}))
        events = []
        async for msg in ws:
            events.append(json.loads(msg.data))
        await ws.close()
    names = [next(k for k in e if k not in ("requestId", "sequence", "label")) for e in events]
    assert names[0] == "accepted" and names[-1] == "done" and "object" in names
    final = [e["transcript"] for e in events if "transcript" in e][-1]
    assert final["text"] == "a lamp" and not final.get("partial")


def test_voice_activity_ends_after_speech_then_silence():
    u = Utterance(RATE, max_seconds=30, max_bytes=1 << 24, push_to_talk=False)
    u.add(silence(0.5))
    assert not u.speech_started and not u.ended  # quiet before speaking never ends it
    u.add(tone(0.6))
    assert u.speech_started and not u.ended
    u.add(silence(0.5))
    assert not u.ended
    u.add(silence(0.5))
    assert u.ended == "silence"


def test_a_pause_after_words_asks_for_a_partial_transcript_once():
    u = Utterance(RATE, max_seconds=30, max_bytes=1 << 24, push_to_talk=True)
    u.add(tone(0.3))  # under PARTIAL_EVERY_S of speech: not yet
    assert not u.partial_due()
    u.add(silence(0.1))
    assert not u.partial_due()  # a gap between words
    u.add(silence(0.15))  # a pause: what was said may be the whole wish
    assert u.partial_due()
    u.add(silence(0.5))
    assert not u.partial_due()  # the same pause, heard already
    u.add(tone(0.2) + silence(0.3))
    assert u.partial_due()  # new words, then another pause


class SlowFirstSTT(LengthSTT):
    """The length-hearing STT, slow on its first call (a busy machine)."""

    id = "test.stt.slow-first"

    async def run(self, request, options, ctx):
        if not LengthSTT.heard:
            await asyncio.sleep(0.7)
        return await super().run(request, options, ctx)


async def spoken_to(settings, stt: type[Stage], pcm: bytes) -> list[pb.ConjureEvent]:
    """The events of a push-to-talk stream of ``pcm`` in real time to a daemon with ``stt``."""
    LengthSTT.heard.clear()
    LengthSTT.partial.clear()
    registry = make_registry([*DOUBLES, stt], {"stt": stt.id})
    async with both(settings, registry) as (stub, _, _):
        return [e async for e in stub.ConjureLive(speak(chunks(pcm), end=True, pace_s=0.1))]


async def test_a_pause_while_a_partial_runs_still_gets_its_own_partial(settings):
    await spoken_to(settings, SlowFirstSTT, tone(0.9) + silence(0.6))
    partials = [s for s, p in zip(LengthSTT.heard, LengthSTT.partial, strict=True) if p]
    # the first partial (0.5 s of speech) was still running at the pause: the pause's partial
    # comes once it is done, and it hears the whole wish
    assert any(s >= 0.9 for s in partials), LengthSTT.heard


class StuckPartialSTT(LengthSTT):
    """Never finishes a partial transcript; the final one works."""

    id = "test.stt.stuck-partial"

    async def run(self, request, options, ctx):
        if request.partial:
            await asyncio.Event().wait()
        return await super().run(request, options, ctx)


async def test_a_stuck_partial_transcript_does_not_hold_the_call(settings):
    events = await spoken_to(settings, StuckPartialSTT, tone(0.8))
    final = [e.transcript for e in events if e.HasField("transcript")]
    assert final[-1].text == "a lamp" and not final[-1].partial
    assert kinds(events)[-1] == "done"


async def test_a_partial_that_names_the_object_spawns_it_while_the_user_speaks(live):
    stub, _, _ = live
    audio = chunks(tone(3.0))
    events = [e async for e in stub.ConjureLive(speak(audio, end=True, pace_s=0.1))]
    k = kinds(events)
    final = next(
        i for i, e in enumerate(events) if e.HasField("transcript") and not e.transcript.partial
    )
    assert "proxy" in k[:final], "the object waited for the end of speech"
    objects = [e.object for e in events if e.HasField("object")]
    assert objects[-1].final and len({o.spec.name for o in objects}) == 1  # one object, revised
    # partial transcripts may trade accuracy for speed; the final one (heard last) may not
    assert LengthSTT.partial[-1] is False and any(LengthSTT.partial[:-1])


async def test_a_client_that_talks_on_after_the_end_still_gets_its_object(live):
    """The utterance ended at the silence, the client still sends (it has not heard the final
    transcript yet): the daemon reads and drops the rest, so no write of the client waits on a
    full window when the call ends (grpc then reports INTERNAL instead of the call's status)."""
    stub, _, engine = live
    audio = chunks(tone(1.0) + silence(1.2) + silence(60.0), seconds=0.02)

    async def talk_on():
        async for part in speak(audio):  # not push-to-talk: the silence ends it
            yield part
        yield pb.LiveRequest(end=True)

    events = [e async for e in stub.ConjureLive(talk_on())]
    assert kinds(events)[-1] == "done" and "object" in kinds(events)
    final = [e.transcript for e in events if e.HasField("transcript")][-1]
    assert final.text == "a lamp" and final.duration_s < 3.0  # ended by the silence
    assert engine.admission.active == 0


async def test_the_gateway_relays_a_talk_past_the_end_without_an_error(live):
    """On the WebSocket as on gRPC: audio after the silence ended the utterance, and even after
    the client's own end, is dropped; the events end with 'done', never an error."""
    _, base, engine = live
    async with aiohttp.ClientSession() as s:
        ws = await s.ws_connect(f"{base}/figment.v1.Figment/ConjureLive")
        await ws.send_str(json.dumps({"request": {"seed": "4"}, "sampleRate": RATE}))
        for part in chunks(tone(1.0) + silence(1.2) + silence(60.0), seconds=0.02):
            await ws.send_bytes(part)
        await ws.send_str(json.dumps({"end": True}))
        for part in chunks(silence(3.0)):
            await ws.send_bytes(part)
        events = [json.loads(msg.data) async for msg in ws]
        await ws.close()
    assert not [e for e in events if "error" in e], events[-1]
    assert "done" in events[-1] and any("object" in e for e in events)
    assert engine.admission.active == 0


async def test_the_client_stops_sending_once_the_daemon_has_heard(live):
    """Client.conjure_live sends no more of a microphone that goes on once the final transcript
    is in: the call ends with 'done', and the rest of the audio stays unread."""
    stub, _, _ = live
    sent = []

    async def microphone():
        for part in chunks(tone(1.0) + silence(60.0), seconds=0.02):
            sent.append(part)
            yield part
            await asyncio.sleep(0.002)

    client = Client(f"127.0.0.1:{stub.daemon.port}")
    try:
        start_ = start().start
        events = [e async for e in client.conjure_live(start_, microphone())]
    finally:
        await client.close()
    assert kinds(events)[-1] == "done" and "object" in kinds(events)
    assert len(sent) < 300  # of 3050: the speech, the silence that ended it, a little more


class DeafFinalSTT(LengthSTT):
    """Hears partials; the final transcript fails."""

    id = "test.stt.deaf-final"

    async def run(self, request, options, ctx):
        if not request.partial:
            raise RuntimeError("no final transcript")
        return await super().run(request, options, ctx)


async def test_the_client_stops_sending_when_the_final_transcript_fails(settings):
    """No final transcript comes when its stage fails: the client stops sending at the error
    (or at 'done') instead, and the call ends with its events, not INTERNAL."""
    settings.limits.live_idle_s = 1.5
    registry = make_registry([*DOUBLES, DeafFinalSTT], {"stt": DeafFinalSTT.id})
    sent = []

    async def microphone():
        for part in chunks(tone(1.0) + silence(60.0), seconds=0.02):
            sent.append(part)
            yield part
            await asyncio.sleep(0.002)

    async with both(settings, registry) as (stub, _, _):
        client = Client(f"127.0.0.1:{stub.daemon.port}")
        try:
            events = [e async for e in client.conjure_live(start().start, microphone())]
        finally:
            await client.close()
    assert kinds(events)[-1] == "done" and "error" in kinds(events)
    assert len(sent) < 300  # of 3050
