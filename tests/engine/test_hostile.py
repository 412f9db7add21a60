"""Hostile requests: refused from their bytes before they become objects (memory comes back),
decoded off the event loop, and a gateway that a web page cannot drive."""

from __future__ import annotations

import asyncio
import io

import aiohttp
import grpc
import pytest
from conftest import both

from figment import gateway as gateway_mod
from figment.config import Limits
from figment.engine import Engine
from figment.errors import InvalidArgument, ResourceExhausted
from figment.ratelimit import client_key
from figment.server import Daemon
from figment.v1 import figment_pb2 as pb
from figment.wire import MAX_FIELDS, check_json, check_message

IMAGINE = "/figment.v1.Figment/Imagine"
EMPTY_BLEND = bytes([(5 << 3) | 2, 0])  # ImagineRequest.blend (field 5), an empty entry


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        line = next(x for x in f if x.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def test_repeated_fields_are_refused_from_the_bytes():
    limits = Limits()
    hostile = b"\x0a\x06a lamp" + EMPTY_BLEND * 3_000_000
    with pytest.raises(InvalidArgument, match="blend: more than 4 entries"):
        check_message(hostile, pb.ImagineRequest.DESCRIPTOR, limits)
    check_message(b"\x0a\x06a lamp" + EMPTY_BLEND * 4, pb.ImagineRequest.DESCRIPTOR, limits)


def test_unknown_fields_and_long_options_are_refused():
    limits = Limits()
    unknown = (_varint(99 << 3) + b"\x01") * (MAX_FIELDS + 1)
    with pytest.raises(InvalidArgument, match=f"more than {MAX_FIELDS} fields"):
        check_message(unknown, pb.ParseRequest.DESCRIPTOR, limits)
    size = 4 * limits.max_stage_options_bytes + 1
    options = bytes([(3 << 3) | 2]) + _varint(size) + b"\0" * size  # ParseRequest.options
    with pytest.raises(InvalidArgument, match=r"options: .* over the limit"):
        check_message(options, pb.ParseRequest.DESCRIPTOR, limits)
    with pytest.raises(InvalidArgument, match="truncated"):
        check_message(b"\x0a\x05abc", pb.ParseRequest.DESCRIPTOR, limits)


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def test_json_bodies_with_millions_of_values_are_refused_before_parsing():
    limits = Limits()
    with pytest.raises(ResourceExhausted, match="JSON values"):
        check_json(b'{"text":"a lamp","blend":[' + b"{}," * 1_000_000 + b"{}]}", limits)
    with pytest.raises(ResourceExhausted, match="JSON values"):
        check_json(b'{"options":{"a":[' + b"0," * 1_000_000 + b"0]}}", limits)
    check_json(b'{"text":"' + b"{[,]}" * 800 + b'"}', limits)  # a weird but valid prompt passes


@pytest.fixture
async def served(settings, registry):
    """A daemon and gateway; yields (gRPC stub, base URL); the client may send 32 MB."""
    options = [("grpc.max_send_message_length", 32 << 20)]
    async with both(settings, registry, options) as (stub, base, _):
        yield stub, base


async def test_twenty_hostile_requests_leave_no_memory_behind(served):
    stub, base = served
    raw = stub.channel.unary_stream(IMAGINE, request_serializer=lambda b: b)
    hostile = b"\x0a\x06a lamp" + EMPTY_BLEND * 6_000_000  # 12 MB
    body = b'{"text":"a lamp","blend":[' + b"{}," * 3_000_000 + b"{}]}"  # 9 MB
    before = rss_mb()
    async with aiohttp.ClientSession() as s:
        for _ in range(20):
            with pytest.raises(grpc.aio.AioRpcError) as info:
                async for _ in raw(hostile):
                    pass
            assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
            assert "blend: more than 4" in info.value.details()
            async with s.post(
                base + IMAGINE, data=io.BytesIO(body), headers={"Content-Type": "application/json"}
            ) as r:
                assert r.status == 413 and (await r.json())["error"]["code"] == "RESOURCE_EXHAUSTED"
            assert rss_mb() - before < 400, "memory grows with every hostile request"
    async with aiohttp.ClientSession() as s, s.get(base + "/healthz") as r:
        assert r.status == 200


@pytest.mark.parametrize(
    ("method", "path", "headers", "status", "code"),
    [
        ("POST", IMAGINE, {"Origin": "http://evil.example"}, 403, "PERMISSION_DENIED"),
        ("POST", IMAGINE, {"Host": "evil.example:7341"}, 403, "PERMISSION_DENIED"),
        ("POST", IMAGINE, {"Content-Type": "text/plain"}, 415, "INVALID_ARGUMENT"),
        ("POST", IMAGINE, {"Content-Type": "application/x-www-form-urlencoded"}, 415, None),
        ("POST", "/figment.v1.Figment/Subscribe", {}, 405, "UNIMPLEMENTED"),
        ("GET", "/healthz", {"Origin": "http://localhost:8060"}, 200, None),
        ("POST", IMAGINE, {"Origin": "http://127.0.0.1:8060"}, 200, None),
    ],
)
async def test_what_a_web_page_could_send_is_refused(served, method, path, headers, status, code):
    _, base = served
    headers = {"Content-Type": "application/json", **headers}
    async with (
        aiohttp.ClientSession() as s,
        s.request(method, base + path, data=b'{"text": "a lamp"}', headers=headers) as r,
    ):
        assert r.status == status
        if code:
            assert (await r.json())["error"]["code"] == code


async def test_a_dribbled_body_is_cut_off(served, monkeypatch):
    monkeypatch.setattr(gateway_mod, "BODY_TIMEOUT_S", 0.3)
    _, base = served

    async def dribble():
        yield b'{"text": '
        await asyncio.sleep(2)
        yield b'"a lamp"}'

    async with (
        aiohttp.ClientSession() as s,
        s.post(base + IMAGINE, data=dribble(), headers={"Content-Type": "application/json"}) as r,
    ):
        assert r.status == 408


def test_loopback_clients_each_have_their_own_bucket():
    assert client_key("ipv4:127.0.0.1:5000") != client_key("ipv4:127.0.0.1:5001")
    assert client_key("ipv6:[::1]:5000") == "::1:5000"
    assert client_key("ipv4:10.0.0.5:5000") == client_key("ipv4:10.0.0.5:5001") == "10.0.0.5"


async def test_two_local_connections_do_not_share_a_rate_limit(settings, registry):
    settings.limits.rate_per_minute = 2
    engine = Engine(settings, registry)
    daemon = Daemon(engine)
    await daemon.start()
    try:
        for _ in range(2):  # each channel is its own connection, with its own bucket
            async with grpc.aio.insecure_channel(
                f"127.0.0.1:{daemon.port}", options=[("grpc.use_local_subchannel_pool", 1)]
            ) as ch:
                from figment.v1 import figment_pb2_grpc as pb_grpc

                stub = pb_grpc.FigmentStub(ch)
                await stub.Describe(pb.DescribeRequest())
                await stub.Describe(pb.DescribeRequest())
                with pytest.raises(grpc.aio.AioRpcError) as info:
                    await stub.Describe(pb.DescribeRequest())
                assert info.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    finally:
        await daemon.stop(0.5)
