"""``figment bench load``: many clients at once, over gRPC and over the JSON gateway.

For each transport and each number of concurrent clients, every client conjures in a closed loop
for a fixed time. It prints throughput, latency p50/p95/p99 of completed conjures, errors by
code, the latency of RESOURCE_EXHAUSTED refusals (overload must be refused quickly, not queued
without bound) and the daemon's peak memory; after the heaviest level a single request checks
that the daemon recovered.

The daemon runs in this process with the default admission limits. Its stages are benchmark
instruments that cost a little CPU in the worker pool, as real stages do, and the spatial double
of :mod:`figment.testing` (or, with ``real``, the installed stages). The clients run in a child
process so that their CPU and memory are not counted as the daemon's. A refused client waits
``BACKOFF_S`` before retrying, as a polite client does.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import multiprocessing
import resource
import tempfile
import time
import wave
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from figment.config import Limits, Settings
from figment.engine import Engine
from figment.gateway import Gateway
from figment.plugins import Registry
from figment.server import Daemon
from figment.spec import Color, Material, ObjectSpec, Vec3
from figment.stages import (
    Mesh,
    ParsedObject,
    Proxy,
    Sound,
    Stage,
    StageKind,
    TextDelta,
    TextDone,
)
from figment.testing import FixedSpatial, make_registry

__all__ = ["BACKOFF_S", "IDLE_S", "main", "measure"]

BACKOFF_S = 0.02
"""How long a refused client waits before it tries again (by default)."""
IDLE_S = 3.0
"""How long the daemon idles after the hostile row before its memory is read again (it gives
freed heap back once a second while quiet: ``figment.heap``)."""

_SPEC = ObjectSpec(
    name="bench",
    archetype="orb",
    size=Vec3(x=1, y=1, z=1),
    materials=[Material(made_of="glass", base_color=Color(r=0.5, g=0.7, b=1))],
)


def _work(seed: int, rounds: int, size: int = 64 << 10) -> bytes:
    """Fixed CPU work (hashing releases the GIL, as model runtimes do); ``size`` bytes out."""
    block = hashlib.sha256(seed.to_bytes(8, "little")).digest() * 2048
    digest = b""
    for _ in range(rounds):
        digest = hashlib.sha256(block + digest).digest()
    return (digest * (size // len(digest) + 1))[:size]


def _wav(seed: int, seconds: float = 0.5, rate: int = 22050) -> bytes:
    import numpy as np

    t = np.arange(int(seconds * rate)) / rate
    pcm = (np.sin(2 * np.pi * (110 + seed % 440) * t) * 8000).astype("<i2")
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return buf.getvalue()


class _Text(Stage):
    id, kind = "bench.load.text", StageKind.TEXT

    async def run(self, request: Any, options: Any, ctx: Any) -> Any:
        words = []
        for i in range(8):  # eight "tokens", each a little CPU in the worker pool
            await ctx.to_thread(_work, request.seed + i, 40, 32)
            ctx.check()
            words.append(f"w{i}")
            yield TextDelta(f"w{i} ")
        yield TextDone(" ".join(words), tokens=len(words))


class _Parse(Stage):
    id, kind = "bench.load.parse", StageKind.PARSE

    async def run(self, request: Any, options: Any, ctx: Any) -> Any:
        await ctx.to_thread(_work, request.seed, 20, 32)
        return ParsedObject(spec=_SPEC, confidence=1.0)


class _Mesh(Stage):
    id, kind = "bench.load.mesh", StageKind.MESH

    async def run(self, request: Any, options: Any, ctx: Any) -> Any:
        size, color = _SPEC.size, _SPEC.materials[0].base_color
        yield Proxy(
            glb=await ctx.to_thread(_work, request.seed, 5, 4 << 10), size=size, color=color
        )
        glb = await ctx.to_thread(_work, request.seed + 1, 120, 96 << 10)
        yield Mesh(glb=glb, triangles=2000)


class _Sound(Stage):
    id, kind = "bench.load.sound", StageKind.SOUND

    async def run(self, request: Any, options: Any, ctx: Any) -> Any:
        return Sound(wav=await ctx.to_thread(_wav, request.seed), duration_s=0.5)


def _registry() -> Registry:
    """The instruments, with the quick spatial double of ``figment.testing`` (it costs nothing)."""
    return make_registry((_Text, _Parse, _Mesh, _Sound, FixedSpatial))


# ---- the clients (in a child process) -----------------------------------------------------


async def _grpc_client(
    address: str, until: float, seed: int, out: dict[str, Any], backoff_s: float
) -> None:
    import grpc

    from figment.v1 import figment_pb2 as pb
    from figment.v1 import figment_pb2_grpc as pb_grpc

    async with grpc.aio.insecure_channel(address) as channel:
        stub = pb_grpc.FigmentStub(channel)
        while True:  # at least one request, then until the time is up
            seed += 1
            t = time.perf_counter()
            code = "OK"
            try:
                async for event in stub.Conjure(
                    pb.ConjureRequest(text="a lamp", seed=seed), timeout=60
                ):
                    if event.WhichOneof("event") == "error":
                        out["stage_errors"][event.error.code] += 1
            except grpc.aio.AioRpcError as exc:
                code = exc.code().name
            _record(out, code, time.perf_counter() - t)
            if time.monotonic() >= until:
                return
            if code == "RESOURCE_EXHAUSTED":
                await asyncio.sleep(backoff_s)


async def _http_client(
    base: str, until: float, seed: int, out: dict[str, Any], backoff_s: float
) -> None:
    import aiohttp

    url = f"{base}/figment.v1.Figment/Conjure"
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
        while True:  # at least one request, then until the time is up
            seed += 1
            t = time.perf_counter()
            code = "OK"
            try:
                async with session.post(url, json={"text": "a lamp", "seed": str(seed)}) as r:
                    raw = await r.read()
                if r.status != 200:
                    code = json.loads(raw)["error"]["code"]
                else:
                    for line in raw.decode().splitlines():
                        event = json.loads(line)
                        if "error" in event and "code" in event["error"]:
                            if "httpStatus" in event["error"]:  # the stream's own last line
                                code = event["error"]["code"]
                            else:
                                out["stage_errors"][event["error"]["code"]] += 1
            except (TimeoutError, aiohttp.ClientError) as exc:
                code = type(exc).__name__
            _record(out, code, time.perf_counter() - t)
            if time.monotonic() >= until:
                return
            if code == "RESOURCE_EXHAUSTED":
                await asyncio.sleep(backoff_s)


def _record(out: dict[str, Any], code: str, seconds: float) -> None:
    out["codes"][code] += 1
    if code == "OK":
        out["ok_s"].append(seconds)
    elif code == "RESOURCE_EXHAUSTED":
        out["refused_s"].append(seconds)


def _run_clients(
    transport: str, target: str, clients: int, duration_s: float, backoff_s: float = BACKOFF_S
) -> dict[str, Any]:
    """Child process: ``clients`` closed-loop clients for ``duration_s``; their raw results."""

    async def go() -> dict[str, Any]:
        out: dict[str, Any] = {
            "codes": Counter(), "stage_errors": Counter(), "ok_s": [], "refused_s": [],
        }  # fmt: skip
        client = _grpc_client if transport == "gRPC" else _http_client
        start = time.monotonic()
        until = start + duration_s
        await asyncio.gather(
            *(client(target, until, i * 1_000_000, out, backoff_s) for i in range(clients))
        )
        out["wall_s"] = time.monotonic() - start
        return out

    return asyncio.run(go())


# ---- the hostile row: probes mixed into normal traffic --------------------------------------

_EMPTY_BLEND = bytes([(5 << 3) | 2, 0])  # ImagineRequest.blend, an empty entry


def _probes(base: str) -> list[tuple[str, dict[str, Any]]]:
    """The hostile requests (as aiohttp keyword arguments) of the hardening issue."""
    imagine = f"{base}/figment.v1.Figment/Imagine"
    json_h = {"Content-Type": "application/json"}
    blend = b'{"text":"a lamp","blend":[' + b"{}," * 3_000_000 + b"{}]}"
    zeros = b'{"text":"a lamp","options":{"a":[' + b"0," * 5_000_000 + b"0]}}"
    conjure = f"{base}/figment.v1.Figment/Conjure"  # carries audio: its body may be 12 MB
    return [
        ("POST", {"url": imagine, "data": blend, "headers": json_h}),
        ("POST", {"url": conjure, "data": blend, "headers": json_h}),
        ("POST", {"url": imagine, "data": zeros, "headers": json_h}),
        ("POST", {"url": imagine, "data": b'{"text":"a"}', "headers": {**json_h, "X-Request-Id": "caf\u00e9"}}),
        ("POST", {"url": imagine, "data": b'{"text":"a"}', "headers": {**json_h, "Content-Encoding": "gzip"}}),
        ("POST", {"url": imagine, "data": b'{"text":"a"}', "headers": {**json_h, "Origin": "http://evil.example"}}),
        ("POST", {"url": imagine, "data": b'{"text":"a"}', "headers": {"Content-Type": "text/plain"}}),
        ("POST", {"url": f"{base}/figment.v1.Figment/Subscribe", "data": b"{}", "headers": json_h}),
        ("GET", {"url": f"{base}/no/such/route"}),
        ("POST", {"url": imagine, "data": b'{"text":"a","seed":"18446744073709551615"}', "headers": json_h}),
    ]  # fmt: skip


def _run_hostile(grpc_target: str, base: str, duration_s: float) -> dict[str, Any]:
    """Child process: normal clients, hostile probes and a health prober, side by side."""

    async def go() -> dict[str, Any]:
        import aiohttp
        import grpc
        from grpc_health.v1 import health_pb2, health_pb2_grpc

        out: dict[str, Any] = {
            "codes": Counter(), "stage_errors": Counter(), "ok_s": [], "refused_s": [],
            "health_s": [], "probe_s": [], "probe_grpc_s": [], "statuses": Counter(),
        }  # fmt: skip
        until = time.monotonic() + duration_s

        async def prober() -> None:
            async with (
                grpc.aio.insecure_channel(grpc_target) as ch,
                aiohttp.ClientSession() as session,
            ):
                health = health_pb2_grpc.HealthStub(ch)
                while time.monotonic() < until:
                    t = time.perf_counter()
                    await health.Check(health_pb2.HealthCheckRequest(), timeout=60)
                    async with session.get(f"{base}/healthz") as r:
                        await r.read()
                    out["health_s"].append((time.perf_counter() - t) / 2)
                    await asyncio.sleep(0.05)

        async def hostile_http() -> None:
            probes = _probes(base)
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as s:
                i = 0
                while time.monotonic() < until:
                    method, kw = probes[i % len(probes)]
                    i += 1
                    data = kw.get("data")
                    kw = {**kw, "data": io.BytesIO(data)} if data is not None else kw
                    t = time.perf_counter()
                    try:
                        async with s.request(method, **kw) as r:
                            await r.read()
                        status: int | str = r.status
                    except aiohttp.ClientError as exc:  # e.g. the server closed after a bad body
                        status = f"client {type(exc).__name__}"
                    out["probe_s"].append(time.perf_counter() - t)
                    out["statuses"][status] += 1

        async def hostile_grpc() -> None:
            # 12 MB: over every RPC's limit (gRPC refuses it); 8 MB: under Conjure's, over Imagine's
            messages = [b"\x0a\x06a lamp" + _EMPTY_BLEND * n for n in (6_000_000, 4_000_000)]
            async with grpc.aio.insecure_channel(
                grpc_target, options=[("grpc.max_send_message_length", 64 << 20)]
            ) as ch:
                raw = ch.unary_stream("/figment.v1.Figment/Imagine", request_serializer=bytes)
                i = 0
                while time.monotonic() < until:
                    message = messages[i % len(messages)]
                    i += 1
                    t = time.perf_counter()
                    try:
                        async for _ in raw(message):
                            pass
                        code = "OK"
                    except grpc.aio.AioRpcError as exc:
                        code = exc.code().name
                    out["probe_grpc_s"].append(time.perf_counter() - t)
                    out["statuses"][f"gRPC {code}"] += 1

        await asyncio.gather(
            prober(),
            hostile_http(),
            hostile_grpc(),
            *(_grpc_client(grpc_target, until, i * 1_000_000, out, BACKOFF_S) for i in range(4)),
        )
        return out

    return asyncio.run(go())


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        return int(next(x for x in f if x.startswith("VmRSS:")).split()[1]) / 1024


# ---- the daemon side ----------------------------------------------------------------------


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


async def measure(
    duration_s: float = 5.0,
    clients: tuple[int, ...] = (1, 4, 16, 64),
    real: bool = False,
    limits: Limits | None = None,
    backoff_s: float = BACKOFF_S,
) -> dict[str, Any]:
    """Run every level on both transports; rows of numbers and the recovery checks."""
    rows: list[dict[str, Any]] = []
    recovery: dict[str, float | str] = {}
    limits = limits or Limits(rate_per_minute=10_000_000)  # one machine: one client to the limiter
    ctx = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as home, ProcessPoolExecutor(1, mp_context=ctx) as pool:
        settings = Settings(home=Path(home), grpc_port=0, http_port=0, limits=limits)
        engine = Engine(settings, None if real else _registry())
        daemon = Daemon(engine)
        await daemon.start()
        gateway = Gateway(engine, f"127.0.0.1:{daemon.port}", settings)
        port = await gateway.start()
        targets = {"gRPC": f"127.0.0.1:{daemon.port}", "gateway": f"http://127.0.0.1:{port}"}
        loop = asyncio.get_running_loop()
        try:
            warm = await loop.run_in_executor(pool, _run_clients, "gRPC", targets["gRPC"], 1, 0.01)
            recovery["warm-up"] = "ok" if warm["codes"].get("OK") else str(dict(warm["codes"]))
            for transport, target in targets.items():
                for n in clients:
                    raw = await loop.run_in_executor(
                        pool, _run_clients, transport, target, n, duration_s, backoff_s
                    )
                    rows.append(_row(transport, n, raw, engine))
                after = await loop.run_in_executor(pool, _run_clients, transport, target, 1, 0.001)
                recovery[transport] = (
                    f"succeeded in {after['ok_s'][0] * 1000:.1f} ms"
                    if after["ok_s"]
                    else f"FAILED: {dict(after['codes'])}"
                )
            hostile = await _hostile_row(loop, pool, targets, duration_s)
        finally:
            await gateway.stop()
            await daemon.stop(1.0)
    return {"rows": rows, "recovery": recovery, "limits": limits, "hostile": hostile}


async def _hostile_row(
    loop: asyncio.AbstractEventLoop, pool: Any, targets: dict[str, str], duration_s: float
) -> dict[str, Any]:
    """Normal gRPC clients with the hostile probes mixed in; the daemon's memory around it."""
    before = _rss_mb()
    peak = before
    done = asyncio.Event()

    async def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _rss_mb())
            await asyncio.sleep(0.05)

    sampler = asyncio.create_task(sample())
    raw = await loop.run_in_executor(
        pool, _run_hostile, targets["gRPC"], targets["gateway"], duration_s
    )
    done.set()
    await sampler
    await asyncio.sleep(IDLE_S)
    return {"raw": raw, "rss_before": before, "rss_peak": peak, "rss_after": _rss_mb()}


def _row(transport: str, n: int, raw: dict[str, Any], engine: Engine) -> dict[str, Any]:
    ok = raw["ok_s"]
    return {
        "transport": transport,
        "clients": n,
        "rps": len(ok) / raw["wall_s"],
        "p50": _pct(ok, 0.5) * 1000,
        "p95": _pct(ok, 0.95) * 1000,
        "p99": _pct(ok, 0.99) * 1000,
        "codes": dict(raw["codes"]),
        "stage_errors": dict(raw["stage_errors"]),
        "refused": len(raw["refused_s"]),
        "refused_p50": _pct(raw["refused_s"], 0.5) * 1000,
        "peak_mb": _peak_mb(),
        "idle": engine.admission.active == 0 and engine.admission.waiting == 0,
    }


def main(
    duration_s: float = 5.0,
    clients: tuple[int, ...] = (1, 4, 16, 64),
    real: bool = False,
    backoff_s: float = BACKOFF_S,
) -> None:
    """Print the load benchmark."""
    r = asyncio.run(measure(duration_s, tuple(clients), real, backoff_s=backoff_s))
    lim = r["limits"]
    stages = "installed stages" if real else "CPU-costing instrument stages"
    print(
        f"figment bench load — {duration_s:g} s per row, closed-loop Conjure clients in a child "
        f"process, {stages}; admission: {lim.max_concurrent} running + {lim.max_queue} queued; "
        f"a refused client retries after {backoff_s * 1000:g} ms"
    )
    print(
        f"{'transport':<9}{'clients':>8}{'ok/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
        f"{'refused':>9}{'ref p50':>9}{'peak MB':>9}  codes"
    )
    for row in r["rows"]:
        codes = ", ".join(f"{k} {v}" for k, v in sorted(row["codes"].items()))
        if row["stage_errors"]:
            codes += "; stage errors " + ", ".join(
                f"{k} {v}" for k, v in row["stage_errors"].items()
            )
        if not row["idle"]:
            codes += "; daemon NOT idle after the row"
        print(
            f"{row['transport']:<9}{row['clients']:>8}{row['rps']:>8.1f}{row['p50']:>9.1f}"
            f"{row['p95']:>9.1f}{row['p99']:>9.1f}{row['refused']:>9}{row['refused_p50']:>9.2f}"
            f"{row['peak_mb']:>9.0f}  {codes}"
        )
    for transport in ("gRPC", "gateway"):
        print(f"right after the {transport} rows, one normal request: {r['recovery'][transport]}")
    h = r["hostile"]
    raw = h["raw"]
    bad = {
        k: v
        for k, v in raw["statuses"].items()
        if isinstance(k, int) and k >= 500 and k not in (503, 504)
    }
    print(
        f"hostile row ({duration_s:g} s; 4 normal gRPC clients, hostile probes on both transports "
        f"in a loop: 12 MB and 8 MB of empty blend entries, 9 MB and 10 MB JSON bodies (to "
        f"Imagine and to Conjure), odd headers, foreign Origin, non-JSON body, POST Subscribe, "
        f"unknown route, 64-bit seed):"
    )
    print(
        f"  normal conjures ok {len(raw['ok_s'])} (p50 {_pct(raw['ok_s'], 0.5) * 1000:.0f} ms); "
        f"health p50 {_pct(raw['health_s'], 0.5) * 1000:.1f} ms, p99 "
        f"{_pct(raw['health_s'], 0.99) * 1000:.1f} ms (goal < 50); refused probes answered p99 "
        f"(goal < 100): gateway {_pct(raw['probe_s'], 0.99) * 1000:.1f} ms over "
        f"{len(raw['probe_s'])}, gRPC {_pct(raw['probe_grpc_s'], 0.99) * 1000:.1f} ms over "
        f"{len(raw['probe_grpc_s'])}"
    )  # fmt: skip
    print(
        f"  daemon RSS before {h['rss_before']:.0f} MB, peak {h['rss_peak']:.0f} MB "
        f"({h['rss_peak'] / h['rss_before']:.2f}x, goal < 1.5x), after {IDLE_S:g} s idle "
        f"{h['rss_after']:.0f} MB "
        f"({(h['rss_after'] / h['rss_before'] - 1) * 100:+.0f}%, goal within 10%)"
    )  # fmt: skip
    statuses = ", ".join(f"{k} {v}" for k, v in sorted(raw["statuses"].items(), key=str))
    print(f"  answers: {statuses}; 5xx other than 503/504: {sum(bad.values())}")
