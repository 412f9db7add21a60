"""Replicas sharing rooms and assets through a real redis-server, behind a real nginx.

The fixtures start redis-server and nginx (Debian packages that scripts/setup installs) on free
loopback ports in temporary folders; the tests skip, saying what is missing, only where they are
not installed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import time
from pathlib import Path

import aiohttp
import grpc
import pytest
from conftest import make_registry
from google.protobuf import struct_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc

from figment.config import Limits, Settings
from figment.engine import Engine
from figment.errors import FailedPrecondition, MissingDependency, NotFound
from figment.server import LIVENESS, Daemon
from figment.v1 import figment_pb2 as pb
from figment.v1 import figment_pb2_grpc as pb_grpc
from figment_lab.bench.parts import Nginx, RedisServer, Replica, free_port, missing

pytestmark = pytest.mark.skipif(missing() is not None, reason=str(missing()))

SERVE = [sys.executable, str(Path(__file__).with_name("serve_doubles.py"))]


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path / "redis")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@contextlib.asynccontextmanager
async def replica(tmp_path: Path, name: str, url: str, **limits):
    """An in-process daemon whose rooms and assets are in ``url``; yields (stub, engine)."""
    settings = Settings(
        home=tmp_path / name,
        grpc_port=0,
        http_port=None,
        rooms=url,
        assets=url,
        limits=Limits(**limits),
    )
    engine = Engine(settings, make_registry())
    daemon = Daemon(engine)
    await daemon.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{daemon.port}") as channel:
            yield pb_grpc.FigmentStub(channel), engine
    finally:
        await daemon.stop(0.5)


def slow(room: str, seed: int = 1, delay: float = 0.0, words: int = 4) -> pb.ConjureRequest:
    opts = struct_pb2.Struct()
    opts.update({"delay_s": delay, "words": words})
    return pb.ConjureRequest(text="a lamp", room=room, seed=seed, stage_options={"text": opts})


async def subscribed(url: str, room: str, n: int, seconds: float = 30) -> None:
    """Wait until ``n`` subscribers of ``room`` have joined (their entries are in Redis)."""
    import redis.asyncio

    from figment.shared import PREFIX
    from figment.shared_rooms import _digest

    client = redis.asyncio.Redis.from_url(url)
    try:
        key = f"{PREFIX}room:{_digest(room)}:subs"
        async with asyncio.timeout(seconds):
            while await client.zcard(key) < n:
                await asyncio.sleep(0.02)
    finally:
        await client.aclose()


async def take(call, n: int, seconds: float = 30) -> list[pb.SceneEvent]:
    out: list[pb.SceneEvent] = []
    async with asyncio.timeout(seconds):
        async for event in call:
            out.append(event)
            if len(out) >= n:
                break
    return out


async def until_complete(call, seconds: float = 30) -> list[pb.SceneEvent]:
    """Events until one says its object is complete."""
    out: list[pb.SceneEvent] = []
    async with asyncio.timeout(seconds):
        async for event in call:
            out.append(event)
            if event.object.complete:
                break
    return out


def summary(events) -> list[tuple[int, str, str, bool]]:
    return [(e.kind, e.object.object_id, e.object.mesh.asset.id, e.object.complete) for e in events]


async def conjure(stub, req) -> list[pb.ConjureEvent]:
    return [e async for e in stub.Conjure(req, timeout=60)]


# ---- two replicas in this process ------------------------------------------------------------


async def test_a_spawn_on_one_replica_reaches_subscribers_on_both_in_order(tmp_path, redis_server):
    url = redis_server.url
    async with replica(tmp_path, "a", url) as (a, _), replica(tmp_path, "b", url) as (b, _):
        on_a, on_b = (
            a.Subscribe(pb.SubscribeRequest(room="hall")),
            b.Subscribe(pb.SubscribeRequest(room="hall")),
        )
        await subscribed(url, "hall", 2)
        events = await conjure(b, slow("hall", seed=3))
        assert events[-1].WhichOneof("event") == "done"
        seen_a, seen_b = await until_complete(on_a), await until_complete(on_b)
        assert len(seen_a) >= 3 and summary(seen_a) == summary(seen_b)
        assert seen_a[0].kind == pb.SceneEvent.KIND_SPAWNED
        assert seen_a[-1].object.complete
        # a late joiner on A gets the room's one object as a snapshot, the final state
        late_call = a.Subscribe(pb.SubscribeRequest(room="hall"))
        late = await take(late_call, 1)
        late_call.cancel()  # its subscription (and its redis connection) ends with the call
        assert late[0].kind == pb.SceneEvent.KIND_SNAPSHOT
        assert late[0].object.object_id == seen_a[0].object.object_id and late[0].object.complete
        # each event once: nothing more arrives
        with pytest.raises(TimeoutError):
            await take(on_a, 1, seconds=0.5)
        on_a.cancel()
        on_b.cancel()


async def test_an_asset_written_by_one_replica_is_read_from_another(tmp_path, redis_server):
    url = redis_server.url
    async with replica(tmp_path, "a", url) as (a, _), replica(tmp_path, "b", url) as (b, _):
        events = await conjure(a, slow("", seed=5))
        mesh = next(e.mesh for e in events if e.WhichOneof("event") == "mesh")
        chunks = [c async for c in b.GetAsset(pb.GetAssetRequest(id=mesh.asset.id), timeout=30)]
        data = b"".join(c.data for c in chunks)
        assert len(data) == mesh.asset.size and chunks[0].media_type == "model/gltf-binary"
        with pytest.raises(grpc.aio.AioRpcError) as err:
            [c async for c in b.GetAsset(pb.GetAssetRequest(id="0" * 64), timeout=30)]
        assert err.value.code() == grpc.StatusCode.NOT_FOUND
        notes = (await b.Describe(pb.DescribeRequest(), timeout=30)).notes
        assert notes["backend.rooms"] == notes["backend.assets"] == url


async def test_room_and_subscriber_limits_hold_across_replicas(tmp_path, redis_server):
    url = redis_server.url
    limits = {"max_subscribers": 1, "max_room_objects": 2, "max_rooms": 2}
    async with (
        replica(tmp_path, "a", url, **limits) as (a, _),
        replica(tmp_path, "b", url, **limits) as (b, _),
    ):
        first = a.Subscribe(pb.SubscribeRequest(room="hall"))
        await subscribed(url, "hall", 1)
        with pytest.raises(grpc.aio.AioRpcError) as err:
            await take(b.Subscribe(pb.SubscribeRequest(room="hall")), 1)
        assert err.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        assert "1 subscribers" in err.value.details()
        for seed, stub in ((1, a), (2, b), (3, a)):  # three objects, two kept: the first leaves
            await conjure(stub, slow("hall", seed=seed))
        seen: list[pb.SceneEvent] = []
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(2):
                async for event in first:
                    seen.append(event)
        removed = [e for e in seen if e.kind == pb.SceneEvent.KIND_REMOVED]
        assert len(removed) == 1 and removed[0].object.object_id == seen[0].object.object_id
        # a second room fits; a third pushes out the idle one, never the subscribed one
        await conjure(b, slow("porch", seed=4))
        await conjure(b, slow("attic", seed=5))
        snap = await take(a.Subscribe(pb.SubscribeRequest(room="attic")), 1)
        assert snap[0].kind == pb.SceneEvent.KIND_SNAPSHOT
        first.cancel()


async def test_malformed_and_foreign_values_are_skipped_with_a_log_line(
    tmp_path, redis_server, caplog
):
    import redis

    from figment.shared import PREFIX
    from figment.shared_rooms import _digest

    url = redis_server.url
    async with replica(tmp_path, "a", url) as (a, _):
        await conjure(a, slow("hall", seed=1))
        r = redis.Redis.from_url(url)
        key = f"{PREFIX}room:{_digest('hall')}"
        r.hset(f"{key}:objects", "junk", b"\xff\xff not a protobuf")
        r.zadd(f"{key}:order", {"junk": 0})
        caplog.set_level(logging.WARNING, "figment.rooms")
        sub = a.Subscribe(pb.SubscribeRequest(room="hall"))
        snap = await take(sub, 1)
        assert snap[0].kind == pb.SceneEvent.KIND_SNAPSHOT and snap[0].object.object_id != "junk"
        await asyncio.sleep(0.2)
        r.publish(f"{key}:events", b"hello from another program")
        await conjure(a, slow("hall", seed=2))
        later = await take(sub, 1)
        assert later[0].kind == pb.SceneEvent.KIND_SPAWNED
        text = caplog.text
        assert "malformed object in room 'hall'" in text and "not ours" in text
        sub.cancel()
        # a value of another type under a room's key: that room's calls fail and say so
        r.set(f"{PREFIX}room:{_digest('porch')}:order", b"someone else's")
        with pytest.raises(grpc.aio.AioRpcError) as err:
            await take(a.Subscribe(pb.SubscribeRequest(room="porch")), 1)
        assert err.value.code() == grpc.StatusCode.FAILED_PRECONDITION
        assert "did not write" in err.value.details()
        with pytest.raises(grpc.aio.AioRpcError) as err:
            await conjure(a, slow("porch", seed=3))
        assert err.value.code() == grpc.StatusCode.FAILED_PRECONDITION
        assert "refused an operation on room 'porch'" in caplog.text
        assert (await conjure(a, slow("hall", seed=4)))[-1].WhichOneof("event") == "done"
        r.close()


async def test_rooms_outlive_every_replica(tmp_path, redis_server):
    async with replica(tmp_path, "a", redis_server.url) as (a, _):
        await conjure(a, slow("hall", seed=1))
    async with replica(tmp_path, "b", redis_server.url) as (b, _):
        snap = await take(b.Subscribe(pb.SubscribeRequest(room="hall")), 1)
        assert snap[0].kind == pb.SceneEvent.KIND_SNAPSHOT and snap[0].object.complete


async def test_a_replica_stopped_under_open_subscriptions_leaves_no_connection_behind(
    tmp_path, redis_server
):
    import redis

    settings = Settings(
        home=tmp_path / "a", grpc_port=0, http_port=None, rooms=redis_server.url, grace_s=0.2
    )
    daemon = Daemon(Engine(settings, make_registry()))
    await daemon.start()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{daemon.port}") as channel:
        stub = pb_grpc.FigmentStub(channel)
        await conjure(stub, slow("hall"))
        subs = [Collector(stub.Subscribe(pb.SubscribeRequest(room="hall"))) for _ in range(3)]
        for sub in subs:
            await sub.wait(1)
        await daemon.stop(0.2)  # the calls are still open: the server cancels them
        await asyncio.wait([sub.task for sub in subs], timeout=10)
    await asyncio.sleep(0.5)  # a stream's own clean-up runs after the server has stopped
    r = redis.Redis.from_url(redis_server.url)
    try:
        r.client_setname("checker")
        others = [c for c in r.client_list() if c.get("name") != "checker"]
    finally:
        r.close()
    assert others == []  # every connection the replica opened is closed, none opened after


def test_an_evicted_asset_is_not_found_never_broken(redis_server):
    from figment.shared_assets import RedisAssetStore

    store = RedisAssetStore(redis_server.url, max_bytes=3000, max_asset_bytes=2000, protect_s=0)
    heard: list[set[str]] = []
    store.on_evict = heard.append
    first = store.put(b"a" * 2000, "model/gltf-binary")
    assert store.read(first.id, 0, 10) == b"a" * 10
    second = store.put(b"b" * 2000, "audio/wav")  # 4000 > 3000: the first goes
    assert heard == [{first.id}]
    with pytest.raises(NotFound):
        store.read(first.id, 10, 10)  # a reader between two chunks
    with pytest.raises(NotFound):
        store.info(first.id)
    assert store.info(second.id).size == 2000 and store.total_bytes() == 2000
    store.close()


async def test_redis_unreachable_at_start_names_the_url(tmp_path):
    url = f"redis://127.0.0.1:{free_port()}/0"
    settings = Settings(home=tmp_path, grpc_port=0, http_port=None, rooms=url)
    daemon = Daemon(Engine(settings, make_registry()))
    with pytest.raises(FailedPrecondition) as err:
        await daemon.start()
    assert url in err.value.message and err.value.message.startswith("rooms:")
    await daemon.engine.close()


def test_a_redis_url_without_the_package_says_which_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "redis", None)
    settings = Settings(home=tmp_path, rooms="redis://127.0.0.1:1/0")
    with pytest.raises(MissingDependency) as err:
        Engine(settings, make_registry())
    assert "figment[scale]" in err.value.message


def test_the_backend_settings_are_checked():
    with pytest.raises(ValueError, match="rooms"):
        Settings(rooms="postgres://x")
    with pytest.raises(ValueError, match="assets"):
        Settings(assets="memory")
    with pytest.raises(ValueError, match="rooms_persist"):
        Settings(rooms="redis://127.0.0.1:6379/0", rooms_persist=True)


# ---- processes behind nginx ------------------------------------------------------------------


async def health(target: str, service: str = "") -> int:
    async with grpc.aio.insecure_channel(target) as ch:
        reply = await health_pb2_grpc.HealthStub(ch).Check(
            health_pb2.HealthCheckRequest(service=service), timeout=5
        )
        return int(reply.status)


async def until(predicate, seconds: float = 20.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if await predicate():
            return True
        await asyncio.sleep(0.1)
    return False


@pytest.fixture
def cluster(tmp_path, redis_server):
    """Two replica processes and nginx in front of them."""
    replicas = [Replica(SERVE, tmp_path / n, redis_server.url) for n in ("a", "b")]
    proxy = Nginx(tmp_path / "nginx", [(r.grpc_port, r.http_port) for r in replicas])
    try:
        for r in replicas:
            r.start(wait=False)
        for r in replicas:
            r.wait_ready()
        proxy.start()
        yield replicas, proxy
    finally:
        proxy.stop()
        for r in replicas:
            r.stop()


async def test_spawns_through_the_proxy_reach_a_subscriber_on_each_replica(cluster, redis_server):
    (a, b), proxy = cluster
    async with (
        grpc.aio.insecure_channel(a.grpc) as ch_a,
        grpc.aio.insecure_channel(b.grpc) as ch_b,
        grpc.aio.insecure_channel(f"127.0.0.1:{proxy.grpc_port}") as ch_p,
    ):
        subs = [
            pb_grpc.FigmentStub(ch).Subscribe(pb.SubscribeRequest(room="hall"))
            for ch in (ch_a, ch_b)
        ]
        await subscribed(redis_server.url, "hall", 2)
        via = pb_grpc.FigmentStub(ch_p)
        for seed in range(1, 5):  # nginx spreads these over both replicas
            events = await conjure(via, slow("hall", seed=seed))
            assert events[-1].WhichOneof("event") == "done"
        seen = []
        for sub in subs:
            got = []
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(3):
                    async for event in sub:
                        got.append(event)
            seen.append(summary(got))
            sub.cancel()
        assert seen[0] == seen[1]
        spawned = [s for s in seen[0] if s[0] == pb.SceneEvent.KIND_SPAWNED]
        assert len({s[1] for s in spawned}) == len(spawned) == 4
        # both replicas served: an asset from each is found through the proxy's gateway
        async with aiohttp.ClientSession() as http:
            meshes = {s[1]: s[2] for s in seen[0] if s[2]}
            assert meshes.keys() == {s[1] for s in spawned}
            for obj_id, mesh_id in meshes.items():
                async with http.get(f"http://127.0.0.1:{proxy.http_port}/assets/{mesh_id}") as r:
                    assert r.status == 200, obj_id
    served = {line.split()[0] for line in (proxy.folder / "upstream.log").read_text().splitlines()}
    assert {a.grpc, b.grpc} <= served


def _same(obj: pb.SceneObject, collector: Collector):
    """A check that the collector's last event carries ``obj``."""

    async def check() -> bool:
        return bool(collector.events) and collector.events[-1].object == obj

    return check


class Collector:
    """Reads a stream in the background (cancelling a read would cancel the call)."""

    def __init__(self, call):
        self.call, self.events, self.error = call, [], None
        self.task = asyncio.ensure_future(self._read())

    async def _read(self) -> None:
        try:
            async for event in self.call:
                self.events.append(event)
        except grpc.aio.AioRpcError as exc:
            self.error = exc

    async def wait(self, n: int, seconds: float = 30) -> list:
        end = time.monotonic() + seconds
        while len(self.events) < n and time.monotonic() < end and not self.task.done():
            await asyncio.sleep(0.02)
        return self.events

    def cancel(self) -> None:
        self.call.cancel()


async def test_a_replica_killed_mid_conjure_leaves_the_room_consistent(cluster, redis_server):
    (a, b), proxy = cluster
    async with (
        grpc.aio.insecure_channel(b.grpc) as ch_b,
        grpc.aio.insecure_channel(f"127.0.0.1:{proxy.grpc_port}") as ch_p,
    ):
        on_b = Collector(pb_grpc.FigmentStub(ch_b).Subscribe(pb.SubscribeRequest(room="hall")))
        await subscribed(redis_server.url, "hall", 1)
        via = pb_grpc.FigmentStub(ch_p)
        # a fresh nginx sends its first request to the first replica, A (the log checks it)
        call = Collector(via.Conjure(slow("hall", seed=9, delay=0.2, words=200)))
        seen = await on_b.wait(1)  # A spawned the object; its text is still streaming
        assert seen[0].kind == pb.SceneEvent.KIND_SPAWNED
        async with grpc.aio.insecure_channel(a.grpc) as ch_a:  # and one straight to A
            straight = Collector(pb_grpc.FigmentStub(ch_a).Conjure(slow("", delay=0.2, words=200)))
            await straight.wait(3)
            a.kill()
            await straight.wait(10_000)
        assert straight.error is not None, "the straight stream did not end with an error"
        assert straight.error.code() == grpc.StatusCode.UNAVAILABLE, straight.error
        await call.wait(10_000)
        # nginx cannot write a grpc-status after the replica died mid-stream: it resets the
        # stream, which gRPC reports as INTERNAL "Stream removed" (docs/scale-out.md: retry it
        # like UNAVAILABLE). Straight to a replica, the same death is UNAVAILABLE.
        assert call.error is not None, "the stream did not end with an error"
        assert call.error.code() == grpc.StatusCode.INTERNAL, call.error
        assert "RST_STREAM" in call.error.details(), call.error
        # a late joiner sees exactly what the first subscriber saw last, nothing half-written
        late = Collector(pb_grpc.FigmentStub(ch_b).Subscribe(pb.SubscribeRequest(room="hall")))
        snap = await late.wait(1)
        assert snap[0].kind == pb.SceneEvent.KIND_SNAPSHOT
        assert await until(_same(snap[0].object, on_b)), (snap[0].object, seen[-1].object)
        # the retry, through the proxy, lands on the live replica and reaches the room
        count = len(seen)
        events = await conjure(via, slow("hall", seed=10))
        assert events[-1].WhichOneof("event") == "done"
        more = await on_b.wait(count + 1)
        assert more[count].kind == pb.SceneEvent.KIND_SPAWNED
        on_b.cancel()
        late.cancel()
    first = (proxy.folder / "upstream.log").read_text().splitlines()[0]
    assert first.startswith(a.grpc), first


async def test_redis_restarted_the_replicas_say_so_and_recover(cluster, redis_server):
    (a, b), proxy = cluster
    async with grpc.aio.insecure_channel(f"127.0.0.1:{proxy.grpc_port}") as ch_p:
        via = pb_grpc.FigmentStub(ch_p)
        await conjure(via, slow("hall", seed=1))
        redis_server.stop()
        serving = health_pb2.HealthCheckResponse.SERVING
        not_serving = health_pb2.HealthCheckResponse.NOT_SERVING
        for r in (a, b):
            assert await until(lambda r=r: _is(r.grpc, not_serving)), r.log()[-2000:]
            assert await _is(r.grpc, serving, LIVENESS)  # alive: no reason to restart it
        async with (
            aiohttp.ClientSession() as http,
            http.get(f"http://127.0.0.1:{a.http_port}/healthz") as reply,
        ):
            assert reply.status == 503 and "unreachable" in (await reply.json())["reason"]
        async with grpc.aio.insecure_channel(a.grpc) as ch_a:
            with pytest.raises(grpc.aio.AioRpcError) as err:
                await take(pb_grpc.FigmentStub(ch_a).Subscribe(pb.SubscribeRequest(room="hall")), 1)
            assert err.value.code() == grpc.StatusCode.UNAVAILABLE
            assert redis_server.url in err.value.details()
        redis_server.start()  # same port, same AOF
        for r in (a, b):
            assert await until(lambda r=r: _is(r.grpc, serving)), r.log()[-2000:]
            assert a.proc is not None and a.proc.poll() is None
        assert "NOT_SERVING" in a.log() and "reachable again" in a.log()
        async with grpc.aio.insecure_channel(b.grpc) as ch_b:
            snap = await take(
                pb_grpc.FigmentStub(ch_b).Subscribe(pb.SubscribeRequest(room="hall")), 1
            )
            assert snap[0].kind == pb.SceneEvent.KIND_SNAPSHOT  # the room came back from the AOF
        events = await conjure(via, slow("hall", seed=2))
        assert events[-1].WhichOneof("event") == "done"


async def _is(target: str, status: int, service: str = "") -> bool:
    try:
        return await health(target, service) == status
    except grpc.aio.AioRpcError:
        return False


async def test_the_gateway_through_the_proxy_streams_and_upgrades_websockets(cluster, redis_server):
    _, proxy = cluster
    base = f"http://127.0.0.1:{proxy.http_port}"
    async with aiohttp.ClientSession() as http:
        ws = await http.ws_connect(f"{base}/figment.v1.Figment/Subscribe?room=hall")
        await subscribed(redis_server.url, "hall", 1)
        body = {"text": "a lamp", "room": "hall", "seed": "3"}
        async with http.post(f"{base}/figment.v1.Figment/Conjure", json=body) as reply:
            lines = (await reply.text()).splitlines()
        assert reply.status == 200 and '"done"' in lines[-1]
        msg = await asyncio.wait_for(ws.receive_json(), 10)
        assert msg["kind"] == "KIND_SPAWNED"
        await ws.close()
        async with http.get(f"{base}/healthz") as reply:
            assert reply.status == 200 and (await reply.json())["status"] == "SERVING"


async def test_a_replica_killed_mid_stream_cuts_the_gateways_stream_short(cluster):
    (a, _), proxy = cluster
    base = f"http://127.0.0.1:{proxy.http_port}"
    opts = {"delay_s": 0.2, "words": 200}
    body = {"text": "a lamp", "room": "hall", "seed": "4", "stageOptions": {"text": opts}}
    lines: list[str] = []
    async with aiohttp.ClientSession() as http:
        # a fresh nginx sends its first request to the first replica, A
        with pytest.raises(aiohttp.ClientPayloadError):
            async with http.post(f"{base}/figment.v1.Figment/Conjure", json=body) as reply:
                async for line in reply.content:
                    lines.append(line.decode())
                    if '"textDelta"' in line.decode() and a.proc is not None:
                        a.kill()
        # the stream ended without its last line (no "done", no error line): a client that
        # sees a cut NDJSON stream retries, and the retry lands on B
        assert lines and '"done"' not in lines[-1]
        async with http.post(
            f"{base}/figment.v1.Figment/Conjure", json={"text": "a lamp", "room": "hall"}
        ) as r:
            assert r.status == 200 and '"done"' in (await r.text()).splitlines()[-1]


async def test_redis_gone_ends_streams_and_calls_with_unavailable_then_recovers(
    tmp_path, redis_server
):
    async with replica(tmp_path, "a", redis_server.url) as (a, _):
        sub = Collector(a.Subscribe(pb.SubscribeRequest(room="hall")))
        await subscribed(redis_server.url, "hall", 1)
        redis_server.stop()
        # the assets cannot be stored: each is an UNAVAILABLE error event naming the URL, and
        # the object (which has no proxy) never reaches the room
        events = await conjure(a, slow("hall", seed=1))
        errors = [e.error for e in events if e.WhichOneof("event") == "error"]
        assert errors and all(e.code == "UNAVAILABLE" for e in errors), errors
        assert redis_server.url in errors[0].message
        await asyncio.wait_for(sub.task, 20)  # the open stream ends, within a renewal
        assert sub.error is not None and sub.error.code() == grpc.StatusCode.UNAVAILABLE
        redis_server.start()
        assert await until(lambda: _served(a, slow("hall", seed=2)))


async def _served(stub, req) -> bool:
    try:
        events = await conjure(stub, req)
    except grpc.aio.AioRpcError:
        return False
    return events[-1].WhichOneof("event") == "done"


async def test_an_asset_evicted_by_one_replica_leaves_objects_seen_on_another(
    tmp_path, redis_server
):
    url = redis_server.url
    async with replica(tmp_path, "a", url) as (a, engine_a), replica(tmp_path, "b", url) as (b, _):
        on_b = Collector(b.Subscribe(pb.SubscribeRequest(room="hall")))
        await subscribed(url, "hall", 1)
        events = await conjure(a, slow("hall", seed=1))
        mesh = next(e.mesh for e in events if e.WhichOneof("event") == "mesh")
        count = len(await on_b.wait(3))
        engine_a.assets.on_evict({mesh.asset.id})  # as a put over the cap would report it
        got = await on_b.wait(count + 1)
        last = got[-1]
        assert last.kind == pb.SceneEvent.KIND_UPDATED and not last.object.HasField("mesh")
        assert last.object.HasField("proxy")
        on_b.cancel()


def test_a_daemon_with_memory_rooms_and_disk_assets_never_imports_redis(tmp_path):
    import subprocess

    script = (
        "import sys; from figment.config import Settings; from figment.engine import Engine; "
        f"Engine(Settings(home={str(tmp_path)!r})); print('redis' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert out.stdout.strip() == "False", out.stderr[-2000:]


async def test_a_subscriber_that_missed_events_is_told_to_subscribe_again(tmp_path, redis_server):
    import redis

    from figment.shared import PREFIX
    from figment.shared_rooms import _digest

    async with replica(tmp_path, "a", redis_server.url) as (a, _):
        await conjure(a, slow("hall", seed=1))
        sub = Collector(a.Subscribe(pb.SubscribeRequest(room="hall")))
        await sub.wait(1)
        r = redis.Redis.from_url(redis_server.url)
        seq = int(r.get(f"{PREFIX}room:{_digest('hall')}:seq"))
        obj = sub.events[0].object.SerializeToString()
        # the event after next arrives: the next one was lost on the way
        r.publish(f"{PREFIX}room:{_digest('hall')}:events", f"{seq + 2} U ".encode() + obj)
        r.close()
        await asyncio.wait_for(sub.task, 20)
        assert sub.error is not None and sub.error.code() == grpc.StatusCode.UNAVAILABLE
        assert "subscribe again" in sub.error.details()
        assert len(sub.events) == 1  # the snapshot, nothing after the gap
