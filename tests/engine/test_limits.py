"""Table-driven bad input over every RPC field: INVALID_ARGUMENT naming the field and limit."""

from __future__ import annotations

import grpc
import pytest

from figment.v1 import figment_pb2 as pb

LONG = "x" * 4001


def conj(**kw):
    kw.setdefault("text", "a lamp")
    return pb.ConjureRequest(**kw)


CONJURE_CASES = [
    ("no input", pb.ConjureRequest(), "input"),
    ("empty text", conj(text="   "), "text"),
    ("long text", conj(text=LONG), "4000"),
    ("intensity high", conj(intensity=1.6), "intensity"),
    ("intensity negative", conj(intensity=-0.1), "intensity"),
    ("intensity nan", conj(intensity=float("nan")), "intensity"),
    (
        "blend too many",
        conj(blend=[pb.AdapterWeight(name=f"a{i}", weight=0.1) for i in range(5)]),
        "blend",
    ),
    ("blend bad name", conj(blend=[pb.AdapterWeight(name="../x", weight=0.1)]), "blend[0].name"),
    ("blend weight", conj(blend=[pb.AdapterWeight(name="cosmic", weight=3)]), "blend[0].weight"),
    ("tokens", conj(budgets=pb.Budgets(max_tokens=513)), "budgets.max_tokens"),
    ("triangles low", conj(budgets=pb.Budgets(max_triangles=10)), "budgets.max_triangles"),
    ("triangles high", conj(budgets=pb.Budgets(max_triangles=200_001)), "budgets.max_triangles"),
    ("audio seconds", conj(budgets=pb.Budgets(max_audio_seconds=31)), "budgets.max_audio_seconds"),
    ("temperature", conj(sampling=pb.Sampling(temperature=-1)), "sampling.temperature"),
    ("top_p", conj(sampling=pb.Sampling(top_p=1.5)), "sampling.top_p"),
    ("top_k", conj(sampling=pb.Sampling(top_k=5000)), "sampling.top_k"),
    (
        "repetition",
        conj(sampling=pb.Sampling(repetition_penalty=0.5)),
        "sampling.repetition_penalty",
    ),
    ("ngram", conj(sampling=pb.Sampling(no_repeat_ngram=11)), "sampling.no_repeat_ngram"),
    ("anchor nan", conj(anchor=pb.Pose(position=pb.Vec3(x=float("inf")))), "anchor.position.x"),
    ("listener huge", conj(listener=pb.Pose(rotation=pb.Quat(w=1e9))), "listener.rotation.w"),
    ("room long", conj(room="r" * 65), "room"),
    ("audio empty", pb.ConjureRequest(audio=pb.AudioInput(data=b"")), "audio.data"),
    (
        "audio format",
        pb.ConjureRequest(audio=pb.AudioInput(data=b"abc", format="mp3")),
        "audio.format",
    ),
    (
        "pcm rate",
        pb.ConjureRequest(audio=pb.AudioInput(data=b"ab", format="pcm16", sample_rate=100)),
        "audio.sample_rate",
    ),
    (
        "audio bytes",
        pb.ConjureRequest(audio=pb.AudioInput(data=b"0" * (8 << 20 | 1), format="wav")),
        "audio.data",
    ),
]


@pytest.mark.parametrize("name,req,needle", CONJURE_CASES, ids=[c[0] for c in CONJURE_CASES])
async def test_conjure_bad_input(stub, name, req, needle):
    with pytest.raises(grpc.aio.AioRpcError) as info:
        async for _ in stub.Conjure(req):
            pass
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT, info.value.details()
    assert needle in info.value.details()


OTHER_CASES = [
    ("Imagine", pb.ImagineRequest(text=LONG), "text"),
    ("Imagine", pb.ImagineRequest(text="hi", max_tokens=9999), "max_tokens"),
    ("Imagine", pb.ImagineRequest(text="hi", sampling=pb.Sampling(top_p=0)), "sampling.top_p"),
    ("Parse", pb.ParseRequest(text=""), "text"),
    ("Transcribe", pb.TranscribeRequest(audio=pb.AudioInput(format="wav")), "audio.data"),
    ("Speak", pb.SpeakRequest(text="hi", max_audio_seconds=99), "max_audio_seconds"),
    ("Speak", pb.SpeakRequest(text=LONG), "text"),
    ("GetAsset", pb.GetAssetRequest(id="../../etc/passwd"), "id"),
    ("GetAsset", pb.GetAssetRequest(id="A" * 64), "id"),
    ("Subscribe", pb.SubscribeRequest(room=""), "room"),
    ("Subscribe", pb.SubscribeRequest(room="r" * 100), "room"),
]


@pytest.mark.parametrize(
    "method,req,needle", OTHER_CASES, ids=[f"{c[0]}-{c[2]}" for c in OTHER_CASES]
)
async def test_other_rpcs_bad_input(stub, method, req, needle):
    rpc = getattr(stub, method)
    with pytest.raises(grpc.aio.AioRpcError) as info:
        result = rpc(req)
        if hasattr(result, "__aiter__"):
            async for _ in result:
                pass
        else:
            await result
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT, info.value.details()
    assert needle in info.value.details()


async def test_unknown_asset_is_not_found(stub):
    with pytest.raises(grpc.aio.AioRpcError) as info:
        async for _ in stub.GetAsset(pb.GetAssetRequest(id="0" * 64)):
            pass
    assert info.value.code() == grpc.StatusCode.NOT_FOUND


async def test_message_size_limit(settings, registry):
    from figment.engine import Engine
    from figment.server import Daemon
    from figment.v1 import figment_pb2_grpc as pb_grpc

    settings.limits.max_message_bytes = 1 << 16
    d = Daemon(Engine(settings, registry))
    await d.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{d.port}") as ch:
            big = pb.ConjureRequest(audio=pb.AudioInput(data=b"0" * (1 << 17), format="wav"))
            with pytest.raises(grpc.aio.AioRpcError) as info:
                async for _ in pb_grpc.FigmentStub(ch).Conjure(big):
                    pass
    finally:
        await d.stop(0.5)
    assert info.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED


async def test_describe_lists_every_limit_and_vocabulary(stub):
    from figment.config import Limits
    from figment.spec import ARCHETYPES

    info = await stub.Describe(pb.DescribeRequest())
    derived = {"request_bytes", "audio_request_bytes"}  # figment.wire.request_limit
    assert {lim.name for lim in info.limits} == set(Limits.model_fields) | derived
    assert all(lim.description for lim in info.limits)
    assert info.vocabulary["archetypes"].split(",") == list(ARCHETYPES)
    kinds = {s.kind for s in info.stages if s.selected}
    assert kinds == {"text", "parse", "mesh", "sound", "spatial", "tts", "stt"}
