"""``figment bench daemon``: the daemon's own overhead, with stages that do no work.

The stages are benchmark instruments, not product stages (text, mesh and sound here; parse and
spatial are the quick doubles of :mod:`figment.testing`), in this process's private registry, so
the numbers are the cost of the contract, admission, event streaming and gRPC itself.
Baseline: a bare gRPC unary call (health Check) on the same server.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from figment.config import Limits, Settings
from figment.engine import Engine
from figment.plugins import Registry
from figment.server import Daemon
from figment.stages import Mesh, Proxy, Sound, Stage, StageKind, TextDelta, TextDone
from figment.testing import FixedParse, FixedSpatial, make_registry
from figment.v1 import figment_pb2 as pb
from figment.v1 import figment_pb2_grpc as pb_grpc

__all__ = ["main", "measure"]


class _Text(Stage):
    id, kind = "bench.text", StageKind.TEXT

    async def run(self, request: Any, options: Any, ctx: Any) -> Any:
        for _ in range(4):
            ctx.check()
            await asyncio.sleep(0)
            yield TextDelta("word ")
        yield TextDone("word word word word", tokens=4)


class _SlowText(Stage):
    id, kind = "bench.text.slow", StageKind.TEXT

    stopped_at: float = 0.0

    async def run(self, request: Any, options: Any, ctx: Any) -> Any:
        def spin() -> None:
            while True:  # CPU work in a worker thread that only stops when told
                if ctx.cancelled.is_set():
                    _SlowText.stopped_at = time.perf_counter()
                    return
                time.sleep(0.0005)

        await ctx.to_thread(spin)
        yield TextDone("", tokens=0)


class _Mesh(Stage):
    id, kind = "bench.mesh", StageKind.MESH

    async def run(self, request: Any, options: Any, ctx: Any) -> Any:
        spec = request.spec
        yield Proxy(glb=b"glTF-proxy", size=spec.size, color=spec.materials[0].base_color)
        yield Mesh(glb=b"glTF-mesh", triangles=0)


class _Sound(Stage):
    id, kind = "bench.sound", StageKind.SOUND

    async def run(self, request: Any, options: Any, ctx: Any) -> Any:
        return Sound(wav=b"RIFF-sound", duration_s=0.0)


def _registry(text: type[Stage]) -> Registry:
    """The instruments, with the quick parse and spatial doubles (they do no work either)."""
    return make_registry((text, FixedParse, _Mesh, _Sound, FixedSpatial))


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


async def _load(stub: Any, n: int, concurrency: int, conjure: bool) -> dict[str, float]:
    latencies: list[float] = []
    queue = list(range(n))

    async def worker() -> None:
        while queue:
            queue.pop()
            t = time.perf_counter()
            if conjure:
                async for _ in stub.Conjure(pb.ConjureRequest(text="bench", seed=1)):
                    pass
            else:
                await stub.health.Check(health_pb2.HealthCheckRequest())
            latencies.append(time.perf_counter() - t)

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    wall = time.perf_counter() - start
    return {
        "rps": n / wall,
        "p50_ms": _pct(latencies, 0.5) * 1000,
        "p99_ms": _pct(latencies, 0.99) * 1000,
    }


async def _cancel_times(stub: Any, rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        _SlowText.stopped_at = 0.0
        call = stub.Conjure(pb.ConjureRequest(text="bench"))
        await call.read()  # accepted: the stage is starting
        await asyncio.sleep(0.05)
        t = time.perf_counter()
        call.cancel()
        while not _SlowText.stopped_at:
            await asyncio.sleep(0.0005)
        out.append((_SlowText.stopped_at - t) * 1000)
    return out


async def measure(requests: int = 400) -> dict[str, Any]:
    """Run the daemon benchmark and return its numbers."""
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as home:
        limits = Limits(max_concurrent=64, max_queue=256, rate_per_minute=10**6)
        settings = Settings(home=Path(home), grpc_port=0, http_port=None, limits=limits, workers=4)
        for name, text in (("load", _Text), ("cancel", _SlowText)):
            daemon = Daemon(Engine(settings, _registry(text)))
            await daemon.start()
            async with grpc.aio.insecure_channel(f"127.0.0.1:{daemon.port}") as ch:
                stub = pb_grpc.FigmentStub(ch)
                stub.health = health_pb2_grpc.HealthStub(ch)
                if name == "load":
                    await _load(stub, 20, 1, True)  # warm up
                    for c in (1, 32):
                        results[f"health_c{c}"] = await _load(stub, requests, c, False)
                        results[f"conjure_c{c}"] = await _load(stub, requests, c, True)
                else:
                    results["cancel_ms"] = await _cancel_times(stub, 20)
            await daemon.stop(0.5)
    return results


def main(requests: int = 400) -> None:
    """Print the daemon benchmark."""
    r = asyncio.run(measure(requests))
    print(f"figment bench daemon — {requests} requests per row, no-op stages, in-process gRPC")
    print(f"{'call':<22}{'clients':>8}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}")
    for c in (1, 32):
        for kind in ("health", "conjure"):
            row = r[f"{kind}_c{c}"]
            label = "Health (baseline)" if kind == "health" else "Conjure (10 events)"
            print(
                f"{label:<22}{c:>8}{row['rps']:>10.0f}{row['p50_ms']:>10.2f}{row['p99_ms']:>10.2f}"
            )
    cancel = r["cancel_ms"]
    print(
        f"client cancel → stage work stopped: p50 {statistics.median(cancel):.1f} ms, "
        f"max {max(cancel):.1f} ms over {len(cancel)} cancels"
    )
