"""Conjure end to end through a real gRPC server with test stages."""

from __future__ import annotations

import grpc
import pytest

from figment.v1 import figment_pb2 as pb

ORDER = [
    "accepted",
    "object",  # the wish names a lamp: the object comes before the text
    "proxy",
    "mesh",
    "sound",
    "speech",
    "done",
]


async def collect(stub, req, **kw):
    return [e async for e in stub.Conjure(req, **kw)]


async def test_events_arrive_in_order_with_labels(stub):
    req = pb.ConjureRequest(
        text="a lamp of brass", mode=pb.MODE_IMAGINATIVE, consent=True, seed=5, speak=True
    )
    events = await collect(stub, req)
    kinds = [e.WhichOneof("event") for e in events]
    firsts = [k for i, k in enumerate(kinds) if k not in kinds[:i] and not k.startswith("text")]
    assert firsts == ORDER
    assert kinds.index("text_done") < kinds.index("speech")
    assert [e.sequence for e in events] == list(range(len(events)))
    assert all(e.label.fiction and e.label.mode == pb.MODE_IMAGINATIVE for e in events)
    assert events[0].accepted.seed == 5
    done = events[-1].done
    assert {t.kind for t in done.timings} >= {"text", "parse", "mesh", "sound", "spatial", "tts"}
    assert not done.failed


async def test_imaginative_without_consent_answers_factually(stub):
    events = await collect(stub, pb.ConjureRequest(text="a lamp", mode=pb.MODE_IMAGINATIVE))
    assert all(e.label.mode == pb.MODE_FACTUAL and not e.label.fiction for e in events)
    assert all(e.label.consent_missing for e in events)
    from doubles import EchoText

    assert EchoText.seen[-1].mode == "factual"


async def test_a_failing_stage_yields_an_error_and_the_rest_arrives(settings):
    from conftest import make_registry
    from doubles import ALL, BrokenMesh

    from figment.engine import Engine
    from figment.server import Daemon
    from figment.v1 import figment_pb2_grpc as pb_grpc

    reg = make_registry([*ALL, BrokenMesh], {"mesh": BrokenMesh.id})
    d = Daemon(Engine(settings, reg))
    await d.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{d.port}") as ch:
            events = await collect(
                pb_grpc.FigmentStub(ch), pb.ConjureRequest(text="a lamp", speak=True)
            )
    finally:
        await d.stop(0.5)
    kinds = [e.WhichOneof("event") for e in events]
    errors = [e.error for e in events if e.WhichOneof("event") == "error"]
    assert [(x.kind, x.code) for x in errors] == [("mesh", "INTERNAL")]
    assert "boom" not in errors[0].message  # no internals leak
    assert "sound" in kinds and "speech" in kinds and kinds[-1] == "done"
    assert list(events[-1].done.failed) == ["mesh"]


async def test_missing_stage_kind_is_failed_precondition_naming_it(settings):
    from conftest import make_registry
    from doubles import ALL, SineSound

    from figment.engine import Engine
    from figment.server import Daemon
    from figment.v1 import figment_pb2_grpc as pb_grpc

    reg = make_registry([c for c in ALL if c is not SineSound])
    d = Daemon(Engine(settings, reg))
    await d.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{d.port}") as ch:
            events = await collect(pb_grpc.FigmentStub(ch), pb.ConjureRequest(text="a lamp"))
    finally:
        await d.stop(0.5)
    errors = [e.error for e in events if e.WhichOneof("event") == "error"]
    assert errors[0].kind == "sound" and errors[0].code == "FAILED_PRECONDITION"
    assert "sound stage" in errors[0].message and "install" in errors[0].message


async def test_audio_input_gives_a_transcript_first(stub):
    from doubles import wav_bytes

    req = pb.ConjureRequest(audio=pb.AudioInput(data=wav_bytes(), format="wav"))
    events = await collect(stub, req)
    kinds = [e.WhichOneof("event") for e in events]
    assert kinds[:2] == ["accepted", "transcript"]
    assert events[1].transcript.text == "a humming lamp"


async def test_assets_are_fetchable_and_content_addressed(stub):
    import hashlib

    events = await collect(stub, pb.ConjureRequest(text="a lamp", seed=1))
    mesh = next(e.mesh for e in events if e.WhichOneof("event") == "mesh")
    data = b"".join([c.data async for c in stub.GetAsset(pb.GetAssetRequest(id=mesh.asset.id))])
    assert data[:4] == b"glTF"
    assert hashlib.sha256(data).hexdigest() == mesh.asset.id == mesh.asset.id.lower()
    assert len(data) == mesh.asset.size


async def test_per_stage_options_are_validated_by_the_stage_before_any_work(stub):
    from doubles import EchoText
    from google.protobuf import struct_pb2

    EchoText.seen.clear()
    opts = struct_pb2.Struct()
    opts.update({"bogus": 1})
    req = pb.ConjureRequest(text="a lamp", stage_options={"text": opts})
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await collect(stub, req)
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "stage_options.text.bogus" in info.value.details()
    assert EchoText.seen == []  # refused before the text stage ran


@pytest.mark.parametrize("kind", ["nonsense"])
async def test_unknown_stage_kind_in_options(stub, kind):
    from google.protobuf import struct_pb2

    req = pb.ConjureRequest(text="a lamp", stage_options={kind: struct_pb2.Struct()})
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await collect(stub, req)
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert f"stage_options.{kind}" in info.value.details()


async def test_speech_is_a_line_within_its_budget(stub):
    from doubles import SineSpeech

    SineSpeech.spoken.clear()
    budgets = pb.Budgets(max_speech_seconds=1.0, max_audio_seconds=2.0)
    req = pb.ConjureRequest(text="one two three. four five six.", speak=True, budgets=budgets)
    events = await collect(stub, req)
    text = next(e.text_done.text for e in events if e.WhichOneof("event") == "text_done")
    assert SineSpeech.spoken[-1] == (text, 1.0)  # the speech budget, not the object sound's
    speech = next(e.speech for e in events if e.WhichOneof("event") == "speech")
    assert speech.text == text
    await collect(stub, pb.ConjureRequest(text="a lamp", speak=True))
    assert SineSpeech.spoken[-1][1] == 12.0  # the default spoken-line budget
