"""Faults: stages that raise, hang or crash their worker; clients that leave; a full disk; a
corrupt model file. Each time the request ends with a documented code or error event, nothing
already produced is lost, no task or worker is left behind, and the daemon keeps serving."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hashlib
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, ClassVar

import aiohttp
import grpc
import pytest
from conftest import make_registry
from doubles import ALL, FixedParse, SineSound, SineSpeech, glb_bytes
from grpc_health.v1 import health_pb2, health_pb2_grpc

import figment.files
from figment.engine import Call, Engine
from figment.errors import FailedPrecondition
from figment.gateway import Gateway
from figment.server import Daemon
from figment.stages import Mesh, Mode, Proxy, Stage, StageKind, TextDelta, TextDone
from figment.v1 import figment_pb2 as pb
from figment.v1 import figment_pb2_grpc as pb_grpc

PIPELINE_TASKS = {"pump.<locals>.timed", "_Spawn.follow", "_mesh", "_sound", "_speech"}


class Served:
    """A daemon with chosen stages, its stub, and its gateway's base URL."""

    def __init__(self, engine: Engine, daemon: Daemon, channel: Any, base: str):
        self.engine, self.daemon, self.base = engine, daemon, base
        self.stub = pb_grpc.FigmentStub(channel)
        self.health = health_pb2_grpc.HealthStub(channel)

    async def healthy(self) -> None:
        """Health is SERVING and a normal conjure (which uses the worker pool) completes."""
        reply = await self.health.Check(health_pb2.HealthCheckRequest(), timeout=10)
        assert reply.status == health_pb2.HealthCheckResponse.SERVING
        events = [e async for e in self.stub.Conjure(pb.ConjureRequest(text="a lamp"), timeout=30)]
        kinds = [e.WhichOneof("event") for e in events]
        assert "error" not in kinds and {"proxy", "mesh", "sound"} <= set(kinds)
        assert kinds[-1] == "done"


@contextlib.asynccontextmanager
async def serving(settings, stages, selection=None) -> AsyncIterator[Served]:
    """A real daemon and gateway on free ports with the given stages."""
    engine = Engine(settings, make_registry(stages, selection))
    daemon = Daemon(engine)
    await daemon.start()
    gateway = Gateway(engine, f"127.0.0.1:{daemon.port}", settings)
    port = await gateway.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{daemon.port}") as channel:
            yield Served(engine, daemon, channel, f"http://127.0.0.1:{port}")
    finally:
        await gateway.stop()
        await daemon.stop(0.5)


def kinds_of(events) -> list[str]:
    return [e.WhichOneof("event") for e in events]


def errors_of(events) -> list[tuple[str, str]]:
    return [(e.error.kind, e.error.code) for e in events if e.WhichOneof("event") == "error"]


async def until(predicate, seconds: float = 10.0, step: float = 0.02) -> bool:
    """Poll ``predicate`` for at most ``seconds``; whether it came true."""
    for _ in range(int(seconds / step)):
        if predicate():
            return True
        await asyncio.sleep(step)
    return predicate()


def pipeline_tasks() -> list[asyncio.Task]:
    return [t for t in asyncio.all_tasks() if t.get_coro().__qualname__ in PIPELINE_TASKS]


# ---- a stage that raises ------------------------------------------------------------------


class RaisingText(Stage):
    """Streams two words, then its worker raises."""

    id, kind = "fault.text.raises", StageKind.TEXT

    async def run(self, request, options, ctx):
        yield TextDelta("two ")
        yield TextDelta("words ")
        await ctx.to_thread(_raise, ValueError("secret internals"))
        yield TextDone("two words", tokens=2)


class RaisingMesh(Stage):
    """Yields its proxy, then its worker raises."""

    id, kind = "fault.mesh.raises", StageKind.MESH

    async def run(self, request, options, ctx):
        yield Proxy(
            glb=glb_bytes(0.5), size=request.spec.size, color=request.spec.materials[0].base_color
        )
        await ctx.to_thread(_raise, ValueError("secret internals"))
        yield Mesh(glb=b"never", triangles=0)


def _raise(exc: BaseException) -> None:
    raise exc


async def test_a_stage_that_raises_loses_nothing_already_produced(settings):
    stages = [*ALL, RaisingText, RaisingMesh]
    selection = {"text": RaisingText.id, "mesh": RaisingMesh.id}
    async with serving(settings, stages, selection) as s:
        events = [
            e async for e in s.stub.Conjure(pb.ConjureRequest(text="a lamp", speak=True, room="r"))
        ]
        kinds = kinds_of(events)
        # the wish's mesh fails while the text streams, and then the text fails
        assert sorted(errors_of(events)) == [("mesh", "INTERNAL"), ("text", "INTERNAL")]
        assert all(
            "secret" not in e.error.message for e in events if e.WhichOneof("event") == "error"
        )
        assert kinds.count("text_delta") == 2  # what the text stage said before failing arrived
        text_error = next(
            i for i, e in enumerate(events) if kinds[i] == "error" and e.error.kind == "text"
        )
        assert kinds.index("text_delta") < text_error
        assert {"object", "proxy", "sound", "speech"} <= set(kinds) and kinds[-1] == "done"
        assert sorted(events[-1].done.failed) == ["mesh", "text"]
        proxy = next(e.proxy for e in events if e.WhichOneof("event") == "proxy")
        data = b"".join(
            [c.data async for c in s.stub.GetAsset(pb.GetAssetRequest(id=proxy.asset.id))]
        )
        assert hashlib.sha256(data).hexdigest() == proxy.asset.id
        (obj,) = s.engine.rooms.objects("r")
        assert obj.proxy.asset.id == proxy.asset.id and obj.complete and not obj.HasField("mesh")
        reply = await s.health.Check(health_pb2.HealthCheckRequest())
        assert reply.status == health_pb2.HealthCheckResponse.SERVING


# ---- a stage that hangs -------------------------------------------------------------------


class Spinner:
    """Work that spins in a worker thread until the request is cancelled; records that it ended."""

    started = threading.Event()
    ended = threading.Event()

    @classmethod
    def reset(cls) -> None:
        cls.started.clear()
        cls.ended.clear()

    @classmethod
    def spin(cls, ctx) -> None:
        cls.started.set()
        try:
            for _ in range(600_000):  # bounded: 10 minutes at most, even if never told to stop
                if ctx.cancelled.is_set():
                    return
                time.sleep(0.001)
        finally:
            cls.ended.set()


class HangingText(Stage):
    """Hangs (in a worker) on a prompt with 'hang' in it; echoes otherwise."""

    id, kind = "fault.text.hangs", StageKind.TEXT

    async def run(self, request, options, ctx):
        if "hang" in request.prompt:
            await ctx.to_thread(Spinner.spin, ctx)
        yield TextDelta(request.prompt)
        yield TextDone(request.prompt, tokens=1)


class HangingParse(Stage):
    """Hangs (in a worker) on text with 'hang' in it; a lamp otherwise."""

    id, kind = "fault.parse.hangs", StageKind.PARSE

    async def run(self, request, options, ctx):
        if "hang" in request.text:
            await ctx.to_thread(Spinner.spin, ctx)
        return await FixedParse().run(request, options, ctx)


async def _conjure_hang(s: Served) -> None:
    async for _ in s.stub.Conjure(pb.ConjureRequest(text="hang"), timeout=0.5):
        pass


async def _imagine_hang(s: Served) -> None:
    async for _ in s.stub.Imagine(pb.ImagineRequest(text="hang")):  # no client deadline
        pass


async def _parse_hang(s: Served) -> None:
    await s.stub.Parse(pb.ParseRequest(text="hang"))  # no client deadline


@pytest.mark.parametrize(
    "call", [_conjure_hang, _imagine_hang, _parse_hang], ids=["conjure", "imagine", "parse"]
)
async def test_a_hanging_stage_meets_its_deadline_and_its_worker_stops(settings, call):
    settings.limits.default_deadline_s = 0.5  # the server's own deadline, for calls without one
    settings.workers = 2
    Spinner.reset()
    stages = [*ALL, HangingText, HangingParse]
    selection = {"text": HangingText.id, "parse": HangingParse.id}
    async with serving(settings, stages, selection) as s:
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await asyncio.wait_for(call(s), 20)
        assert info.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
        assert Spinner.started.is_set()
        assert await until(Spinner.ended.is_set), "the hung worker thread never stopped"
        assert await until(lambda: s.engine.admission.active == 0)
        s.engine.limits.default_deadline_s = 120.0
        await s.healthy()


# ---- a stage that crashes its worker ------------------------------------------------------


def _killed_subprocess() -> None:
    proc = subprocess.run(["sh", "-c", "kill -9 $$"], check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"mesh worker process died (status {proc.returncode})")


CRASHES = {
    "SystemExit in worker": lambda: _raise(SystemExit(3)),
    "KeyboardInterrupt in worker": lambda: _raise(KeyboardInterrupt()),
    "MemoryError in worker": lambda: _raise(MemoryError()),
    "worker subprocess killed": _killed_subprocess,
}


class CrashingMesh(Stage):
    """Its worker crashes in the way the test names; sys.exit() in the stage itself for 'exit'."""

    id, kind = "fault.mesh.crashes", StageKind.MESH
    how = ""

    async def run(self, request, options, ctx):
        yield Proxy(
            glb=glb_bytes(0.5), size=request.spec.size, color=request.spec.materials[0].base_color
        )
        if CrashingMesh.how == "sys.exit in the stage":
            sys.exit(4)
        await ctx.to_thread(CRASHES[CrashingMesh.how])
        yield Mesh(glb=b"never", triangles=0)


class CrashingParse(Stage):
    """SystemExit in the worker of a single-stage RPC's stage, on text with 'crash' in it."""

    id, kind = "fault.parse.crashes", StageKind.PARSE

    async def run(self, request, options, ctx):
        if "crash" in request.text:
            await ctx.to_thread(_raise, SystemExit(5))
        return await FixedParse().run(request, options, ctx)


@pytest.mark.parametrize("how", [*CRASHES, "sys.exit in the stage"])
async def test_a_stage_that_crashes_its_worker_is_survivable(settings, how):
    CrashingMesh.how = how
    settings.workers = 1  # one worker: if the crash took it, the health check's mesh would hang
    stages = [*ALL, CrashingMesh, CrashingParse]
    async with serving(settings, stages, {"mesh": CrashingMesh.id, "parse": CrashingParse.id}) as s:
        events = [
            e
            async for e in s.stub.Conjure(pb.ConjureRequest(text="a lamp", speak=True), timeout=30)
        ]
        assert errors_of(events) == [("mesh", "INTERNAL")]
        assert {"proxy", "sound", "speech"} <= set(kinds_of(events)) and kinds_of(events)[
            -1
        ] == "done"
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await s.stub.Parse(pb.ParseRequest(text="crash"), timeout=30)
        assert info.value.code() == grpc.StatusCode.INTERNAL and "request" in info.value.details()
        reply = await s.health.Check(health_pb2.HealthCheckRequest())
        assert reply.status == health_pb2.HealthCheckResponse.SERVING
        # the one worker thread still runs stage work
        assert (await s.stub.Parse(pb.ParseRequest(text="a lamp"))).spec.archetype == "lamp"
        ctx = s.engine.context(Call(), 0)
        assert await ctx.to_thread(lambda: 42) == 42


# ---- the client leaves mid-stream ---------------------------------------------------------


class Stubborn:
    """Stages that never look at cancellation: only cancelling their task stops them."""

    stopped: ClassVar[list[str]] = []


class StubbornSound(Stage):
    """Sleeps long without checking the context."""

    id, kind = "fault.sound.stubborn", StageKind.SOUND

    async def run(self, request, options, ctx):
        try:
            await asyncio.sleep(60)
        finally:
            Stubborn.stopped.append("sound")
        return await SineSound().run(request, options, ctx)


class StubbornSpeech(Stage):
    """Sleeps long without checking the context."""

    id, kind = "fault.tts.stubborn", StageKind.TTS

    async def run(self, request, options, ctx):
        try:
            await asyncio.sleep(60)
        finally:
            Stubborn.stopped.append("tts")
        return await SineSpeech().run(request, options, ctx)


class SlowMesh(Stage):
    """A proxy, then a mesh built slowly in a worker that checks cancellation."""

    id, kind = "fault.mesh.slow", StageKind.MESH

    async def run(self, request, options, ctx):
        yield Proxy(
            glb=glb_bytes(0.5), size=request.spec.size, color=request.spec.materials[0].base_color
        )
        await ctx.to_thread(Spinner.spin, ctx)
        yield Mesh(glb=b"never", triangles=0)


LEAVERS = [*ALL, StubbornSound, StubbornSpeech, SlowMesh]
LEAVER_SELECTION = {"sound": StubbornSound.id, "tts": StubbornSpeech.id, "mesh": SlowMesh.id}


async def _work_stopped(s: Served) -> None:
    assert await until(Spinner.ended.is_set), "the mesh worker kept running"
    assert await until(lambda: sorted(Stubborn.stopped) == ["sound", "tts"]), Stubborn.stopped
    assert await until(lambda: not pipeline_tasks()), f"leaked: {pipeline_tasks()}"
    assert await until(lambda: s.engine.admission.active == 0 and s.engine.admission.waiting == 0)


async def test_grpc_client_leaving_mid_stream_stops_all_work(settings):
    Spinner.reset()
    Stubborn.stopped.clear()
    async with serving(settings, LEAVERS, LEAVER_SELECTION) as s:
        call = s.stub.Conjure(pb.ConjureRequest(text="a lamp", speak=True))
        seen = set()
        async for event in call:  # leave once the mesh and the speech are being made
            seen.add(event.WhichOneof("event"))
            if {"proxy", "text_done"} <= seen:
                break
        assert await until(Spinner.started.is_set)
        call.cancel()
        await _work_stopped(s)
        await s.health.Check(health_pb2.HealthCheckRequest())


async def test_http_client_leaving_mid_stream_stops_all_work(settings):
    Spinner.reset()
    Stubborn.stopped.clear()
    async with serving(settings, LEAVERS, LEAVER_SELECTION) as s:
        async with aiohttp.ClientSession() as session:
            url = f"{s.base}/figment.v1.Figment/Conjure"
            async with session.post(url, json={"text": "a lamp", "speak": True}) as response:
                assert response.status == 200
                seen = set()
                for _ in range(50):
                    line = await asyncio.wait_for(response.content.readline(), 20)
                    seen |= {k for k in ("proxy", "textDone") if f'"{k}"'.encode() in line}
                    if seen == {"proxy", "textDone"}:
                        break
                assert await until(Spinner.started.is_set)
                response.close()  # the engine's player quit mid-stream
        await _work_stopped(s)


# ---- a full disk --------------------------------------------------------------------------


class _FullDiskOs:
    """``os`` for the atomic writes, whose fsync fails as a full disk does."""

    def fsync(self, fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        import os

        return getattr(os, name)


async def test_a_full_disk_gives_resource_exhausted_events_and_the_daemon_serves_on(
    settings, monkeypatch
):
    async with serving(settings, ALL) as s:
        monkeypatch.setattr(figment.files, "os", _FullDiskOs())
        events = [
            e
            async for e in s.stub.Conjure(pb.ConjureRequest(text="a lamp", speak=True), timeout=30)
        ]
        assert sorted(errors_of(events)) == [
            ("mesh", "RESOURCE_EXHAUSTED"),
            ("sound", "RESOURCE_EXHAUSTED"),
            ("tts", "RESOURCE_EXHAUSTED"),
        ]
        assert all(
            "No space left" in e.error.message for e in events if e.WhichOneof("event") == "error"
        )
        assert {"text_done", "object"} <= set(kinds_of(events)) and kinds_of(events)[-1] == "done"
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await s.stub.Speak(pb.SpeakRequest(text="hello"))
        assert info.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        url = f"{s.base}/figment.v1.Figment/Speak"
        async with aiohttp.ClientSession() as session, session.post(url, json={"text": "hi"}) as r:
            assert r.status == 429 and (await r.json())["error"]["code"] == "RESOURCE_EXHAUSTED"
        root = s.engine.assets.root
        assert not list(root.iterdir()), "a partial or temporary file was left in the store"
        monkeypatch.undo()  # space was freed
        await s.healthy()


# ---- a corrupt model or adapter file ------------------------------------------------------


class ModelText(Stage):
    """Loads a model file (it must start with b'MODEL'); imaginative mode also needs an adapter."""

    id, kind = "fault.text.model", StageKind.TEXT
    model_file: Path = Path()
    adapter_file: Path = Path()

    async def load(self, host):
        data = self.model_file.read_bytes()
        if not data.startswith(b"MODEL"):
            raise FailedPrecondition(
                f"model file {self.model_file} is corrupt (bad header); rebuild it with `figment model build`"
            )

    async def run(self, request, options, ctx):
        if request.mode == Mode.IMAGINATIVE and not self.adapter_file.read_bytes().startswith(
            b"LORA"
        ):
            raise FailedPrecondition(f"adapter file {self.adapter_file} is corrupt (bad header)")
        yield TextDone(f"{request.mode} {request.prompt}", tokens=2)


class BrokenLoadParse(Stage):
    """A parse stage whose model library fails to read its file (not a Figment error)."""

    id, kind = "fault.parse.brokenload", StageKind.PARSE
    model_file: Path = Path()

    async def load(self, host):
        raise ValueError(f"protobuf parsing failed while reading {self.model_file}")

    async def run(self, request, options, ctx):
        raise AssertionError("never loaded, never run")


async def test_a_corrupt_model_file_is_named_and_the_rest_still_serves(settings, tmp_path):
    ModelText.model_file = tmp_path / "text.onnx"
    ModelText.model_file.write_bytes(b"\x00garbage")
    ModelText.adapter_file = tmp_path / "pip.lora"
    ModelText.adapter_file.write_bytes(b"LORA ok")
    async with serving(settings, [*ALL, ModelText], {"text": ModelText.id}) as s:
        events = [e async for e in s.stub.Conjure(pb.ConjureRequest(text="a lamp"), timeout=30)]
        (error,) = [e.error for e in events if e.WhichOneof("event") == "error"]
        assert (error.kind, error.code) == ("text", "FAILED_PRECONDITION")
        assert str(ModelText.model_file) in error.message and "corrupt" in error.message
        assert {"object", "proxy", "mesh", "sound"} <= set(kinds_of(events))  # the wish was parsed
        with pytest.raises(grpc.aio.AioRpcError) as info:
            async for _ in s.stub.Imagine(pb.ImagineRequest(text="hi")):
                pass
        assert info.value.code() == grpc.StatusCode.FAILED_PRECONDITION
        assert str(ModelText.model_file) in info.value.details()
        assert (await s.stub.Parse(pb.ParseRequest(text="a lamp"))).spec.archetype == "lamp"
        described = {st.id: st for st in (await s.stub.Describe(pb.DescribeRequest())).stages}
        assert str(ModelText.model_file) in described[ModelText.id].status
        ModelText.model_file.write_bytes(b"MODEL repaired")  # fixed on disk: no restart needed
        done = [e async for e in s.stub.Imagine(pb.ImagineRequest(text="hi"))][-1]
        assert done.text_done.text == "factual hi"


async def test_a_corrupt_adapter_fails_its_mode_only(settings, tmp_path):
    ModelText.model_file = tmp_path / "text.onnx"
    ModelText.model_file.write_bytes(b"MODEL ok")
    ModelText.adapter_file = tmp_path / "pip.lora"
    ModelText.adapter_file.write_bytes(b"\xffnot an adapter")
    async with serving(settings, [*ALL, ModelText], {"text": ModelText.id}) as s:
        wish = pb.ConjureRequest(text="a lamp", mode=pb.MODE_IMAGINATIVE, consent=True)
        events = [e async for e in s.stub.Conjure(wish, timeout=30)]
        (error,) = [e.error for e in events if e.WhichOneof("event") == "error"]
        assert error.code == "FAILED_PRECONDITION" and str(ModelText.adapter_file) in error.message
        factual = [e async for e in s.stub.Conjure(pb.ConjureRequest(text="a lamp"), timeout=30)]
        assert not errors_of(factual)
        text = next(e.text_done.text for e in factual if e.WhichOneof("event") == "text_done")
        assert text.startswith("factual ") and text.endswith("a lamp")


async def test_a_model_library_error_at_load_is_failed_precondition_naming_the_file(
    settings, tmp_path
):
    BrokenLoadParse.model_file = tmp_path / "parse.onnx"
    async with serving(settings, [*ALL, BrokenLoadParse], {"parse": BrokenLoadParse.id}) as s:
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await s.stub.Parse(pb.ParseRequest(text="a lamp"))
        assert info.value.code() == grpc.StatusCode.FAILED_PRECONDITION
        assert (
            "failed to load" in info.value.details()
            and str(BrokenLoadParse.model_file) in info.value.details()
        )
        events = [
            e
            async for e in s.stub.Conjure(pb.ConjureRequest(text="a lamp", speak=True), timeout=30)
        ]
        assert errors_of(events) == [("parse", "FAILED_PRECONDITION")]
        assert {"text_done", "speech"} <= set(kinds_of(events)) and kinds_of(events)[-1] == "done"
