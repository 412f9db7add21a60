"""The JSON gateway: same results and errors as gRPC, NDJSON/SSE streams, WebSocket, assets."""

from __future__ import annotations

import asyncio
import json

import aiohttp
import grpc
import pytest
from google.protobuf import json_format

from figment.engine import Engine
from figment.gateway import Gateway
from figment.server import Daemon
from figment.v1 import figment_pb2 as pb
from figment.v1 import figment_pb2_grpc as pb_grpc


@pytest.fixture
async def both(settings, registry):
    """(gRPC stub, gateway base URL) over one daemon."""
    settings.cors_origins = ["http://game.local"]
    engine = Engine(settings, registry)
    d = Daemon(engine)
    await d.start()
    gw = Gateway(engine, f"127.0.0.1:{d.port}", settings)
    port = await gw.start()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{d.port}") as ch:
        yield pb_grpc.FigmentStub(ch), f"http://127.0.0.1:{port}"
    await gw.stop()
    await d.stop(0.5)


async def post(base, method, body, **kw):
    kw["headers"] = {"Content-Type": "application/json", **kw.get("headers", {})}
    async with (
        aiohttp.ClientSession() as s,
        s.post(
            f"{base}/figment.v1.Figment/{method}",
            data=body if isinstance(body, (bytes, str)) else json.dumps(body),
            **kw,
        ) as r,
    ):
        return r.status, r.headers, await r.read()


def events_of(raw: bytes) -> list[dict]:
    return [json.loads(line) for line in raw.decode().splitlines() if line.strip()]


def comparable(event: dict) -> dict:
    event = dict(event)
    event.pop("requestId", None)
    event.pop("sequence", None)  # text deltas interleave with the wish's assets by timing
    if "accepted" in event:
        event["accepted"].pop("requestId", None)
    if "speech" in event:
        event["speech"] = {
            k: v for k, v in event["speech"].items() if k != "ogg"
        }  # ogg serials are random
    if "done" in event:
        event["done"] = {"failed": event["done"]["failed"]}
    return event


async def test_conjure_same_events_on_both_transports(both):
    stub, base = both
    req = pb.ConjureRequest(text="a lamp", seed=9, speak=True)
    via_grpc = [
        json.loads(json_format.MessageToJson(e, always_print_fields_with_no_presence=True))
        async for e in stub.Conjure(req)
    ]
    status, headers, raw = await post(base, "Conjure", json_format.MessageToJson(req))
    assert status == 200 and headers["Content-Type"].startswith("application/x-ndjson")
    via_http = events_of(raw)
    http_c, grpc_c = [comparable(e) for e in via_http], [comparable(e) for e in via_grpc]
    assert sorted(map(json.dumps, http_c)) == sorted(map(json.dumps, grpc_c))
    assert [e["sequence"] for e in via_http] == list(range(len(via_http)))
    assert via_http[0]["accepted"]["seed"] == "9"  # 64-bit ints are JSON strings


async def test_unary_rpcs_same_on_both(both):
    stub, base = both
    via_grpc = json_format.MessageToDict(
        await stub.Describe(pb.DescribeRequest()), always_print_fields_with_no_presence=True
    )
    status, _, raw = await post(base, "Describe", "{}")
    assert status == 200
    assert json.loads(raw)["limits"] == via_grpc["limits"]
    status, _, raw = await post(base, "Parse", {"text": "a lamp", "seed": "1"})
    grpc_parse = await stub.Parse(pb.ParseRequest(text="a lamp", seed=1))
    assert json.loads(raw)["spec"] == json_format.MessageToDict(
        grpc_parse.spec, always_print_fields_with_no_presence=True
    )


async def test_sse_on_request(both):
    _, base = both
    status, headers, raw = await post(
        base, "Imagine", {"text": "hello there"}, headers={"Accept": "text/event-stream"}
    )
    assert status == 200 and headers["Content-Type"].startswith("text/event-stream")
    frames = [
        json.loads(f[len("data: ") :]) for f in raw.decode().split("\n\n") if f.startswith("data: ")
    ]
    assert frames[-1]["textDone"]["text"] == "hello there"


@pytest.mark.parametrize(
    "body,status,needle",
    [
        (b"{not json", 400, "malformed JSON"),
        (b"[1, 2]", 400, "JSON object"),
        (b'{"text": "a", "nonsense": 1}', 400, "nonsense"),
        (b'{"text": 12}', 400, "text"),
        (b'{"intensity": "high", "text": "x"}', 400, "intensity"),
        (b'{"text": "' + b"x" * 4001 + b'"}', 400, "4000"),
        (b"\xff\xfe", 400, "malformed JSON"),
        (b'{"text": "x", "anchor": ' + b'{"position": ' * 200 + b"{}" + b"}" * 200 + b"}", 400, ""),
        (b'{"text": "x", "intensity": "NaN"}', 400, "intensity"),
    ],
)
async def test_bad_bodies(both, body, status, needle):
    _, base = both
    got, _headers, raw = await post(base, "Conjure", body)
    error = json.loads(raw)["error"]
    assert got == status and error["code"] == "INVALID_ARGUMENT" and error["httpStatus"] == status
    assert needle in error["message"]


async def test_oversize_body(settings, registry):
    settings.limits.max_message_bytes = 1 << 16
    engine = Engine(settings, registry)
    d = Daemon(engine)
    await d.start()
    gw = Gateway(engine, f"127.0.0.1:{d.port}", settings)
    port = await gw.start()
    try:
        status, _, raw = await post(
            f"http://127.0.0.1:{port}", "Conjure", json.dumps({"text": "x" * (1 << 17)})
        )
    finally:
        await gw.stop()
        await d.stop(0.5)
    error = json.loads(raw)["error"]
    assert (
        status == 413
        and error["code"] == "RESOURCE_EXHAUSTED"
        and "body: over the limit" in error["message"]
    )


async def test_token_on_both_transports(settings, registry):
    settings.token = "tok"
    engine = Engine(settings, registry)
    d = Daemon(engine)
    await d.start()
    gw = Gateway(engine, f"127.0.0.1:{d.port}", settings)
    port = await gw.start()
    base = f"http://127.0.0.1:{port}"
    try:
        status, _, raw = await post(base, "Describe", "{}")
        assert status == 401 and json.loads(raw)["error"]["code"] == "UNAUTHENTICATED"
        status, _, _ = await post(base, "Describe", "{}", headers={"Authorization": "Bearer nope"})
        assert status == 401
        status, _, _ = await post(base, "Describe", "{}", headers={"Authorization": "Bearer tok"})
        assert status == 200
        async with aiohttp.ClientSession() as s:
            with pytest.raises(aiohttp.WSServerHandshakeError):
                await s.ws_connect(f"{base}/figment.v1.Figment/Subscribe?room=r")
            ws = await s.ws_connect(f"{base}/figment.v1.Figment/Subscribe?room=r&token=tok")
            await ws.close()
    finally:
        await gw.stop()
        await d.stop(0.5)


async def test_websocket_subscribe_and_asset_get(both):
    stub, base = both
    async with aiohttp.ClientSession() as s:
        ws = await s.ws_connect(f"{base}/figment.v1.Figment/Subscribe?room=hall")
        await asyncio.sleep(0.2)
        events = [e async for e in stub.Conjure(pb.ConjureRequest(text="a lamp", room="hall"))]
        msg = await asyncio.wait_for(ws.receive_json(), 5)
        assert (
            msg["kind"] == "KIND_SPAWNED" and msg["object"]["objectId"] == events[-1].done.object_id
        )
        await ws.close()
        mesh = next(e.mesh for e in events if e.WhichOneof("event") == "mesh")
        async with s.get(f"{base}/assets/{mesh.asset.id}") as r:
            body = await r.read()
            assert r.status == 200 and body[:4] == b"glTF"
            assert r.headers["Content-Type"] == "model/gltf-binary"
            assert r.headers["ETag"] == f'"{mesh.asset.id}"'
        async with s.get(
            f"{base}/assets/{mesh.asset.id}", headers={"If-None-Match": f'"{mesh.asset.id}"'}
        ) as r:
            assert r.status == 304
        async with s.get(f"{base}/assets/{'0' * 64}") as r:
            assert r.status == 404
        async with s.get(f"{base}/assets/..%2f..%2fetc%2fpasswd") as r:
            assert r.status in (400, 404)


async def test_websocket_heartbeat(both, monkeypatch):
    """A subscriber that answers pings stays; one that stops answering is closed after about one
    and a half heartbeats (``HEARTBEAT_S``), not left open forever."""
    monkeypatch.setattr("figment.gateway.HEARTBEAT_S", 0.4)
    _, base = both
    url = f"{base}/figment.v1.Figment/Subscribe?room=beat"
    async with aiohttp.ClientSession() as s:
        live = await s.ws_connect(url)  # answers every ping, while something reads it
        reading = asyncio.create_task(live.receive())  # (aiohttp pongs inside receive())
        mute = await s.ws_connect(url, autoping=False)
        kinds = []
        while not kinds or kinds[-1] == aiohttp.WSMsgType.PING:
            kinds.append((await asyncio.wait_for(mute.receive(), 5)).type)
        assert kinds[0] == aiohttp.WSMsgType.PING
        assert kinds[-1] in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
        await asyncio.sleep(1.0)  # more than a heartbeat and a half after the mute one's ping
        assert not reading.done() and not live.closed  # still open, still waiting for events
        reading.cancel()
        await live.close()


async def test_cors_allow_list(both):
    _, base = both
    async with aiohttp.ClientSession() as s:
        async with s.options(
            f"{base}/figment.v1.Figment/Conjure",
            headers={"Origin": "http://game.local", "Access-Control-Request-Method": "POST"},
        ) as r:
            assert (
                r.status == 204 and r.headers["Access-Control-Allow-Origin"] == "http://game.local"
            )
        async with s.post(
            f"{base}/figment.v1.Figment/Describe",
            json={},
            headers={"Origin": "http://evil.example"},
        ) as r:
            assert r.status == 403 and (await r.json())["error"]["code"] == "PERMISSION_DENIED"
            assert "Access-Control-Allow-Origin" not in r.headers
        async with s.post(
            f"{base}/figment.v1.Figment/Conjure",
            json={"text": "a lamp"},
            headers={"Origin": "http://game.local"},
        ) as r:
            assert r.headers["Access-Control-Allow-Origin"] == "http://game.local"


async def test_unknown_method_and_error_after_stream_start(both):
    _, base = both
    status, _, raw = await post(base, "Nope", "{}")
    assert status == 501 and json.loads(raw)["error"]["code"] == "UNIMPLEMENTED"
    body = {"text": "one two", "stageOptions": {"text": {"delay_s": 0.05, "words": 200}}}
    status, _, raw = await post(
        base, "Conjure", json.dumps(body), headers={"X-Figment-Timeout": "0.5"}
    )
    lines = events_of(raw)
    assert status == 200 and "accepted" in lines[0]
    assert (
        lines[-1]["error"]["code"] == "DEADLINE_EXCEEDED"
        and lines[-1]["error"]["httpStatus"] == 504
    )
