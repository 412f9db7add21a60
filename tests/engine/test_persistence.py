"""Rooms on disk and a daemon killed with SIGKILL mid-conjure: after a restart on the same home,
no corrupt or partial asset is ever served and persistent rooms come back with their objects."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import grpc
import pytest
from doubles import glb_bytes

from figment.rooms import Rooms, RoomStore
from figment.v1 import figment_pb2 as pb
from figment.v1 import figment_pb2_grpc as pb_grpc

HELPER = Path(__file__).with_name("serve_doubles.py")


def obj(i: int, text: str = "") -> pb.SceneObject:
    return pb.SceneObject(object_id=f"o{i}", seed=i, text=text or f"object {i}")


def store(root: Path, max_rooms: int = 4, max_objects: int = 3) -> RoomStore:
    return RoomStore(root, max_rooms=max_rooms, max_objects=max_objects, max_room_chars=64)


def test_rooms_come_back_after_a_restart(tmp_path):
    rooms = Rooms(4, 3, 4, store(tmp_path))
    for i in range(5):
        rooms.publish("hall", obj(i))
    rooms.publish("../../escape", obj(9))
    rooms.publish("hall", obj(4, "updated"))
    rooms.close()
    again = Rooms(4, 3, 4, store(tmp_path))
    assert [o.object_id for o in again.objects("hall")] == ["o2", "o3", "o4"]
    assert again.objects("hall")[-1].text == "updated"
    assert [o.object_id for o in again.objects("../../escape")] == ["o9"]
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == 2 and all(n.endswith(".room") and len(n) == 37 for n in names)
    assert not list(tmp_path.parent.glob("escape*")) and not list(tmp_path.glob("*.tmp"))


def test_loading_is_bounded_by_the_room_limits(tmp_path):
    big = Rooms(10, 10, 4, store(tmp_path, max_rooms=10, max_objects=10))
    for r in range(6):
        for i in range(8):
            big.publish(f"room{r}", obj(i))
        big.store.flush()
        os.utime(big.store.path(f"room{r}"), (1000 + r, 1000 + r))  # room5 is the newest
    big.close()
    small = Rooms(3, 2, 4, store(tmp_path, max_rooms=3, max_objects=2))
    assert sorted(small._objects) == ["room3", "room4", "room5"]
    assert all(len(small.objects(r)) == 2 for r in small._objects)


def test_unreadable_room_files_are_skipped(tmp_path):
    rooms = Rooms(4, 3, 4, store(tmp_path))
    rooms.publish("good", obj(1))
    rooms.publish("truncated", obj(2))
    rooms.close()
    truncated = store(tmp_path).path("truncated")
    truncated.write_bytes(truncated.read_bytes()[:-3])
    (tmp_path / ("0" * 32 + ".room")).write_bytes(b"\x00 not a room at all")
    moved = store(tmp_path).path("good").read_bytes()
    (tmp_path / ("1" * 32 + ".room")).write_bytes(moved)  # a copy under another room's name
    again = Rooms(4, 3, 4, store(tmp_path))
    assert list(again._objects) == ["good"]
    assert [o.object_id for o in again.objects("good")] == ["o1"]


def test_an_evicted_room_stays_on_disk_and_comes_back(tmp_path):
    rooms = Rooms(2, 3, 4, store(tmp_path, max_rooms=2))
    for name in ("a", "b", "c"):
        rooms.publish(name, obj(1))
    rooms.store.flush()
    assert sorted(rooms._objects) == ["b", "c"]  # "a" left memory...
    assert len(list(tmp_path.glob("*.room"))) == 3  # ...not the disk
    assert [o.object_id for o in rooms.objects("a")] == ["o1"]  # read back from its file
    rooms.publish("a", obj(2))  # used again: it comes back whole
    assert [o.object_id for o in rooms.objects("a")] == ["o1", "o2"]
    rooms.close()
    again = Rooms(3, 3, 4, store(tmp_path, max_rooms=3))
    assert [o.object_id for o in again.objects("a")] == ["o1", "o2"]


def test_rooms_are_evicted_by_last_use(tmp_path):
    rooms = Rooms(2, 3, 4)
    rooms.publish("a", obj(1))
    rooms.publish("b", obj(1))
    rooms.publish("a", obj(2))  # "a" is used after "b"
    rooms.publish("c", obj(1))
    assert sorted(rooms._objects) == ["a", "c"]


async def test_a_subscribed_room_is_used_and_never_evicted():
    rooms = Rooms(2, 3, 4)
    rooms.publish("a", obj(1))
    rooms.publish("b", obj(1))
    watcher = rooms.subscribe("a")
    assert (await anext(watcher)).object.object_id == "o1"
    rooms.publish("c", obj(1))  # "a" has a subscriber: "b" goes
    assert sorted(rooms._objects) == ["a", "c"]
    await watcher.aclose()


def test_objects_cut_short_by_a_crash_come_back_complete(tmp_path):
    rooms = Rooms(4, 3, 4, store(tmp_path))
    rooms.publish("hall", pb.SceneObject(object_id="o1", complete=False))
    rooms.close()
    (restored,) = Rooms(4, 3, 4, store(tmp_path)).objects("hall")
    assert restored.complete  # nothing more will come for it


async def test_evicted_assets_leave_the_rooms_objects(tmp_path):
    from figment.assets import AssetStore

    assets = AssetStore(
        tmp_path / "assets", max_bytes=1 << 20, max_asset_bytes=1 << 20, protect_s=0
    )
    rooms = Rooms(4, 8, 4)
    assets.on_evict = rooms.forget_assets
    proxy = assets.put(b"p" * 1000, "model/gltf-binary")
    mesh = assets.put(b"m" * 1000, "model/gltf-binary")
    whole = pb.SceneObject(object_id="whole", complete=True)
    whole.proxy.asset.id, whole.mesh.asset.id = proxy.id, mesh.id
    meshless = pb.SceneObject(object_id="meshless", complete=True)
    meshless.mesh.asset.id = mesh.id
    rooms.publish("hall", whole)
    rooms.publish("hall", meshless)
    watcher = rooms.subscribe("hall")
    assert len([await anext(watcher), await anext(watcher)]) == 2  # the snapshots
    assets.read(proxy.id)  # the proxy was used more recently: the mesh goes first
    # 500 bytes past the cap: only the least recently used asset, the mesh, has to go
    await asyncio.to_thread(assets.put, b"w" * ((1 << 20) - 1500), "audio/wav")
    events = [await asyncio.wait_for(anext(watcher), 5) for _ in range(2)]
    kinds = {e.object.object_id: e.kind for e in events}
    assert kinds == {"whole": pb.SceneEvent.KIND_UPDATED, "meshless": pb.SceneEvent.KIND_REMOVED}
    (left,) = rooms.objects("hall")
    assert left.object_id == "whole" and not left.HasField("mesh") and left.HasField("proxy")
    await watcher.aclose()


async def test_rooms_are_not_written_unless_asked(stub, daemon):
    events = [e async for e in stub.Conjure(pb.ConjureRequest(text="a lamp", room="hall"))]
    assert events[-1].WhichOneof("event") == "done"
    assert daemon.engine.rooms.store is None
    assert not (daemon.engine.settings.home / "rooms").exists()


# ---- SIGKILL mid-conjure ------------------------------------------------------------------


async def _start(home: Path, *flags: str) -> tuple[subprocess.Popen, dict]:
    ready = home / "ready.json"
    ready.unlink(missing_ok=True)
    log = home / "daemon.log"
    with open(log, "ab") as err:
        proc = subprocess.Popen(
            [sys.executable, str(HELPER), str(home), str(ready), *flags],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    for _ in range(1200):  # 60 s at most: the machine may be loaded
        if ready.exists():
            return proc, json.loads(ready.read_text())
        if proc.poll() is not None:
            raise AssertionError(f"daemon exited: {log.read_text()[-2000:]}")
        await asyncio.sleep(0.05)
    proc.kill()
    proc.wait()
    raise AssertionError("daemon did not become ready")


async def _wait_for(predicate, seconds: float = 30.0) -> bool:
    for _ in range(int(seconds / 0.05)):
        if predicate():
            return True
        await asyncio.sleep(0.05)
    return predicate()


async def _asset(stub, asset_id: str) -> bytes:
    return b"".join(
        [c.data async for c in stub.GetAsset(pb.GetAssetRequest(id=asset_id), timeout=30)]
    )


async def test_sigkill_mid_conjure_then_restart(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    proc, info = await _start(home, "--persist", "--stall-after", "1")
    events: list[pb.ConjureEvent] = []
    try:
        async with grpc.aio.insecure_channel(info["grpc"]) as ch:
            call = pb_grpc.FigmentStub(ch).Conjure(
                pb.ConjureRequest(text="a lamp", room="hall", seed=7)
            )

            async def read() -> None:
                async for event in call:
                    events.append(event)

            reader = asyncio.ensure_future(read())
            # the proxy is stored and published; the next asset write stalls before its rename
            assert await _wait_for((home / "stalled").exists), "the second write never started"
            assert await _wait_for(lambda: bool(list((home / "rooms").glob("*.room"))))
            assert list((home / "assets").glob("*.tmp")), "no write was in flight at the kill"
            os.kill(proc.pid, signal.SIGKILL)
            assert proc.wait(timeout=30) == -signal.SIGKILL
            with pytest.raises(grpc.aio.AioRpcError):
                await asyncio.wait_for(reader, 30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    proxies = [e.proxy.asset.id for e in events if e.WhichOneof("event") == "proxy"]
    assert not [e for e in events if e.WhichOneof("event") == "mesh"]

    proc, info = await _start(home, "--persist")
    try:
        assets = home / "assets"
        assert not list(assets.glob("*.tmp")), "a temporary file survived the restart"
        files = list(assets.iterdir())
        assert files and all(hashlib.sha256(f.read_bytes()).hexdigest() == f.stem for f in files)
        async with grpc.aio.insecure_channel(info["grpc"]) as ch:
            stub = pb_grpc.FigmentStub(ch)
            for f in files:  # every stored asset is served whole
                assert hashlib.sha256(await _asset(stub, f.stem)).hexdigest() == f.stem
            mesh_id = hashlib.sha256(
                glb_bytes(1.0)
            ).hexdigest()  # the mesh being written at the kill
            with pytest.raises(grpc.aio.AioRpcError) as err:
                await _asset(stub, mesh_id)
            assert err.value.code() == grpc.StatusCode.NOT_FOUND
            room = stub.Subscribe(pb.SubscribeRequest(room="hall"))
            snapshot = await asyncio.wait_for(room.read(), 30)
            assert snapshot.kind == pb.SceneEvent.KIND_SNAPSHOT and snapshot.object.seed == 7
            proxy_id = snapshot.object.proxy.asset.id
            assert proxies in ([], [proxy_id])  # what the client saw before the kill, if anything
            assert hashlib.sha256(await _asset(stub, proxy_id)).hexdigest() == proxy_id
            # cut short by the kill: complete with what it had, never waiting forever
            assert snapshot.object.complete and not snapshot.object.HasField("mesh")
            after = [
                e
                async for e in stub.Conjure(
                    pb.ConjureRequest(text="a lamp", room="hall"), timeout=60
                )
            ]
            assert after[-1].WhichOneof("event") == "done" and not after[-1].done.failed
            spawned = await asyncio.wait_for(room.read(), 30)
            assert spawned.object.object_id == after[-1].done.object_id
            room.cancel()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    restarted = Rooms(256, 256, 4, store(home / "rooms", max_rooms=256, max_objects=256))
    assert len(restarted.objects("hall")) == 2  # written on the graceful stop as well
