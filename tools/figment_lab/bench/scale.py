"""``figment bench load --scale``: what nginx and Redis add, with 1 and 2 replicas on loopback.

Replicas are ``figment serve`` processes with the quick stages of :mod:`figment.testing` (a
conjure costs a few milliseconds, so the rows show the proxy and Redis, not a model). One client
conjures ``n`` times in a row into one room while a subscriber listens; each row gives the
conjure's latency (send to done) and the spawn's (send to the subscriber's SPAWNED), p50/p99,
and the difference to the baseline row measured in the same run: one replica, rooms in memory,
assets on disk, no proxy. Then GetAsset of a mesh, straight and through nginx, and the asset
stores' put + read in this process (disk folder against Redis). redis-server and nginx are the
Debian packages, started on free loopback ports in a temporary folder.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .parts import Nginx, RedisServer, Replica, missing

__all__ = ["main", "measure"]

_REPLICA = [sys.executable, "-m", "figment_lab.bench.replica"]


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


async def _row(conjure_at: str, subscribe_at: str, n: int, room: str) -> dict[str, Any]:
    """``n`` conjures at one address with a subscriber at another: latencies in ms."""
    import grpc

    from figment.v1 import figment_pb2 as pb
    from figment.v1 import figment_pb2_grpc as pb_grpc

    spawns: list[float] = []
    conjures: list[float] = []
    mesh_id = ""
    async with (
        grpc.aio.insecure_channel(conjure_at) as ch_c,
        grpc.aio.insecure_channel(subscribe_at) as ch_s,
    ):
        stub = pb_grpc.FigmentStub(ch_c)
        arrived: asyncio.Queue[float] = asyncio.Queue()
        sub = pb_grpc.FigmentStub(ch_s).Subscribe(pb.SubscribeRequest(room=room))

        async def listen() -> None:
            async for event in sub:
                if event.kind == pb.SceneEvent.KIND_SPAWNED:
                    arrived.put_nowait(time.perf_counter())

        listener = asyncio.ensure_future(listen())
        await asyncio.sleep(0.3)
        for i in range(n + 3):  # three to warm up
            t = time.perf_counter()
            async for event in stub.Conjure(
                pb.ConjureRequest(text="a lamp", room=room, seed=i + 1), timeout=60
            ):
                if event.WhichOneof("event") == "mesh":
                    mesh_id = event.mesh.asset.id
            done = time.perf_counter()
            spawned = await asyncio.wait_for(arrived.get(), 30)
            if i >= 3:
                conjures.append((done - t) * 1000)
                spawns.append((spawned - t) * 1000)
        sub.cancel()
        listener.cancel()
        await asyncio.gather(listener, return_exceptions=True)
    return {"conjure": conjures, "spawn": spawns, "mesh": mesh_id}


async def _fetch(address: str, asset_id: str, n: int) -> list[float]:
    import grpc

    from figment.v1 import figment_pb2 as pb
    from figment.v1 import figment_pb2_grpc as pb_grpc

    out = []
    async with grpc.aio.insecure_channel(address) as ch:
        stub = pb_grpc.FigmentStub(ch)
        for i in range(n + 3):
            t = time.perf_counter()
            async for _ in stub.GetAsset(pb.GetAssetRequest(id=asset_id), timeout=30):
                pass
            if i >= 3:
                out.append((time.perf_counter() - t) * 1000)
    return out


def _stores(url: str, folder: Path, n: int) -> dict[str, list[float]]:
    """Put then read a 96 KiB asset ``n`` times in each store (distinct bytes each time)."""
    from figment.assets import AssetStore
    from figment.shared_assets import RedisAssetStore

    stores: dict[str, Any] = {
        "disk": AssetStore(folder / "assets", 1 << 30, 64 << 20),
        "Redis": RedisAssetStore(url, 1 << 30, 64 << 20),
    }
    out: dict[str, list[float]] = {}
    for name, store in stores.items():
        times = []
        for i in range(n):
            data = i.to_bytes(4, "little") * (24 << 10)
            t = time.perf_counter()
            info = store.put(data, "model/gltf-binary")
            assert store.read(info.id) == data
            times.append((time.perf_counter() - t) * 1000)
        out[name] = times
        store.close()
    return out


async def measure(n: int = 100) -> dict[str, Any]:
    """Every row; raises RuntimeError naming what is missing when the parts cannot start."""
    problem = missing()
    if problem:
        raise RuntimeError(problem)
    rows: list[tuple[str, dict[str, Any]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        redis = RedisServer(root / "redis")
        started: list[Any] = [redis]
        try:
            redis.start()
            local = Replica(_REPLICA, root / "local", "memory", "disk")
            a = Replica(_REPLICA, root / "a", redis.url)
            b = Replica(_REPLICA, root / "b", redis.url)
            for r in (local, a, b):
                started.append(r)
                r.start(wait=False)
            for r in (local, a, b):
                r.wait_ready()
            one = Nginx(root / "nginx1", [(a.grpc_port, a.http_port)])
            two = Nginx(root / "nginx2", [(x.grpc_port, x.http_port) for x in (a, b)])
            for proxy in (one, two):
                started.append(proxy)
                proxy.start()
            via_one, via_two = f"127.0.0.1:{one.grpc_port}", f"127.0.0.1:{two.grpc_port}"
            plan = [
                ("1 replica, memory rooms, disk assets (baseline)", local.grpc, local.grpc),
                ("1 replica, Redis rooms + assets", a.grpc, a.grpc),
                ("2 replicas, conjure on A, subscriber on B", a.grpc, b.grpc),
                ("nginx -> 1 replica (Redis)", via_one, a.grpc),
                ("nginx -> 2 replicas (Redis), subscriber on B", via_two, b.grpc),
            ]
            for i, (label, at, sub) in enumerate(plan):
                rows.append((label, await _row(at, sub, n, f"bench-{i}")))
            mesh = rows[1][1]["mesh"]
            fetch = {
                "GetAsset straight to a replica (Redis)": await _fetch(a.grpc, mesh, n),
                "GetAsset through nginx (Redis)": await _fetch(via_two, mesh, n),
                "GetAsset straight, disk assets (baseline)": await _fetch(
                    local.grpc, rows[0][1]["mesh"], n
                ),
            }
            stores = await asyncio.to_thread(_stores, redis.url, root, n)
        finally:
            for part in reversed(started):
                part.stop()
    return {"rows": rows, "fetch": fetch, "stores": stores, "n": n}


def main(n: int = 100) -> None:
    """Print the scale-out rows."""
    try:
        r = asyncio.run(measure(n))
    except RuntimeError as exc:
        print(f"figment bench load --scale cannot run: {exc}")
        raise SystemExit(1) from exc
    print(
        f"figment bench load --scale — {n} sequential conjures per row (quick test stages), "
        "one subscriber in the room; nginx and redis-server on loopback; ms"
    )
    print(f"{'row':<50}{'conj p50':>9}{'p99':>7}{'+p50':>7}{'spawn p50':>10}{'p99':>7}{'+p50':>7}")
    base_c = _pct(r["rows"][0][1]["conjure"], 0.5)
    base_s = _pct(r["rows"][0][1]["spawn"], 0.5)
    for label, row in r["rows"]:
        c50, c99 = _pct(row["conjure"], 0.5), _pct(row["conjure"], 0.99)
        s50, s99 = _pct(row["spawn"], 0.5), _pct(row["spawn"], 0.99)
        print(
            f"{label:<50}{c50:>9.1f}{c99:>7.1f}{c50 - base_c:>+7.1f}"
            f"{s50:>10.1f}{s99:>7.1f}{s50 - base_s:>+7.1f}"
        )
    cross = r["rows"][2][1]["spawn"]
    print(
        f"spawn to a subscriber on another replica: p99 {_pct(cross, 0.99):.1f} ms "
        f"(goal < 50 ms on loopback)"
    )
    for label, times in r["fetch"].items():
        print(f"{label:<50} p50 {_pct(times, 0.5):.2f}  p99 {_pct(times, 0.99):.2f}")
    for name, times in r["stores"].items():
        print(
            f"asset store put + read of 96 KiB, {name:<5} (in process)      "
            f"p50 {_pct(times, 0.5):.2f}  p99 {_pct(times, 0.99):.2f}"
        )
