"""Cancellation, deadlines, admission, shutdown, auth, health and reflection."""

from __future__ import annotations

import asyncio
import time

import grpc
import pytest
from conftest import make_registry
from doubles import EchoText
from google.protobuf import struct_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc

from figment.engine import Engine
from figment.errors import FailedPrecondition
from figment.server import Daemon
from figment.v1 import figment_pb2 as pb
from figment.v1 import figment_pb2_grpc as pb_grpc


def slow(delay=0.05, words=400):
    opts = struct_pb2.Struct()
    opts.update({"delay_s": delay, "words": words})
    return pb.ConjureRequest(text="one two three four", stage_options={"text": opts})


async def test_client_cancel_stops_the_stage(stub):
    EchoText.stopped.clear()
    call = stub.Conjure(slow())
    async for event in call:
        if event.WhichOneof("event") == "text_delta":
            break
    cancelled_at = time.monotonic()
    call.cancel()
    for _ in range(200):
        if EchoText.stopped:
            break
        await asyncio.sleep(0.01)
    assert EchoText.stopped, "the text stage kept running after the client cancelled"
    assert EchoText.stopped[-1] >= cancelled_at


async def test_deadline_gives_deadline_exceeded(stub):
    with pytest.raises(grpc.aio.AioRpcError) as info:
        async for _ in stub.Conjure(slow(), timeout=0.3):
            pass
    assert info.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED


async def test_server_side_deadline(settings, registry):
    settings.limits.default_deadline_s = 0.3
    d = Daemon(Engine(settings, registry))
    await d.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{d.port}") as ch:
            with pytest.raises(grpc.aio.AioRpcError) as info:
                async for _ in pb_grpc.FigmentStub(ch).Conjure(slow()):
                    pass
    finally:
        await d.stop(0.5)
    assert info.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    assert "deadline" in info.value.details()


async def test_full_queue_is_resource_exhausted_and_recovers(settings, registry):
    settings.limits.max_concurrent = 1
    settings.limits.max_queue = 1
    d = Daemon(Engine(settings, registry))
    await d.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{d.port}") as ch:
            stub = pb_grpc.FigmentStub(ch)
            running = stub.Conjure(slow(0.05, 40))
            await running.read()  # accepted: holds the slot
            queued = stub.Conjure(slow(0.01, 4))
            await asyncio.sleep(0.2)
            with pytest.raises(grpc.aio.AioRpcError) as info:
                async for _ in stub.Conjure(slow()):
                    pass
            assert info.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
            assert "busy" in info.value.details()
            running.cancel()
            events = [e async for e in queued]
            assert events[-1].WhichOneof("event") == "done"
            after = [e async for e in stub.Conjure(pb.ConjureRequest(text="a lamp"))]
            assert after[-1].WhichOneof("event") == "done"
    finally:
        await d.stop(0.5)


async def test_graceful_shutdown_finishes_in_flight_and_goes_not_serving(settings, registry):
    d = Daemon(Engine(settings, registry))
    await d.start()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{d.port}") as ch:
        stub = pb_grpc.FigmentStub(ch)
        health = health_pb2_grpc.HealthStub(ch)
        assert (
            await health.Check(health_pb2.HealthCheckRequest())
        ).status == health_pb2.HealthCheckResponse.SERVING
        watch = health.Watch(health_pb2.HealthCheckRequest())
        assert (await watch.read()).status == health_pb2.HealthCheckResponse.SERVING
        call = stub.Conjure(slow(0.02, 20))
        events = [await call.read()]
        stopping = asyncio.create_task(d.stop(grace=5))
        assert (await watch.read()).status == health_pb2.HealthCheckResponse.NOT_SERVING
        while (event := await call.read()) is not grpc.aio.EOF:
            events.append(event)
        await stopping
    assert events[-1].WhichOneof("event") == "done"


async def test_token_required_when_set(settings, registry):
    settings.token = "s3cret"
    d = Daemon(Engine(settings, registry))
    await d.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{d.port}") as ch:
            stub = pb_grpc.FigmentStub(ch)
            for metadata in ((), (("authorization", "Bearer wrong"),)):
                with pytest.raises(grpc.aio.AioRpcError) as info:
                    await stub.Describe(pb.DescribeRequest(), metadata=metadata)
                assert info.value.code() == grpc.StatusCode.UNAUTHENTICATED
                with pytest.raises(grpc.aio.AioRpcError) as info:
                    async for _ in stub.Conjure(pb.ConjureRequest(text="x"), metadata=metadata):
                        pass
                assert info.value.code() == grpc.StatusCode.UNAUTHENTICATED
            ok = await stub.Describe(
                pb.DescribeRequest(), metadata=(("authorization", "Bearer s3cret"),)
            )
            assert ok.version
            health = health_pb2_grpc.HealthStub(ch)
            assert (await health.Check(health_pb2.HealthCheckRequest())).status == 1
    finally:
        await d.stop(0.5)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.1", "::"])
def test_non_loopback_bind_needs_a_token(settings, host):
    settings.host = host
    with pytest.raises(FailedPrecondition, match="token"):
        settings.check_bind()
    settings.token = "t"
    settings.check_bind()
    settings.token = None
    settings.insecure = True
    settings.check_bind()


async def test_reflection_lists_the_service(daemon):
    from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

    async with grpc.aio.insecure_channel(f"127.0.0.1:{daemon.port}") as ch:
        stub = reflection_pb2_grpc.ServerReflectionStub(ch)
        call = stub.ServerReflectionInfo()
        await call.write(reflection_pb2.ServerReflectionRequest(list_services=""))
        reply = await call.read()
        await call.done_writing()
    names = {s.name for s in reply.list_services_response.service}
    assert "figment.v1.Figment" in names and "grpc.health.v1.Health" in names


async def test_rate_limit_per_client(settings, registry):
    settings.limits.rate_per_minute = 3
    d = Daemon(Engine(settings, registry))
    await d.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{d.port}") as ch:
            stub = pb_grpc.FigmentStub(ch)
            for _ in range(3):
                await stub.Describe(pb.DescribeRequest())
            with pytest.raises(grpc.aio.AioRpcError) as info:
                await stub.Describe(pb.DescribeRequest())
    finally:
        await d.stop(0.5)
    assert info.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert "rate limit" in info.value.details()


def test_registry_picks_builtin_and_reports_missing():
    from doubles import BoxMesh

    from figment.errors import MissingDependency
    from figment.stages import StageKind

    reg = make_registry([BoxMesh])
    assert reg.selected(StageKind.MESH).cls is BoxMesh
    with pytest.raises(MissingDependency, match="a sound stage is missing; install"):
        reg.selected(StageKind.SOUND)
