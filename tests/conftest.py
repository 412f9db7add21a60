"""Shared fixtures: an engine with test stages, and a real in-process gRPC server on port 0."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator

import grpc
import pytest
from doubles import ALL

from figment import testing
from figment.config import Limits, Settings
from figment.engine import Engine
from figment.gateway import Gateway
from figment.plugins import Registry
from figment.server import Daemon
from figment.v1 import figment_pb2_grpc as pb_grpc


@pytest.fixture
def settings(tmp_path) -> Settings:
    """Settings with a temporary home and port 0."""
    return Settings(home=tmp_path / "home", grpc_port=0, http_port=0, limits=Limits())


def make_registry(stages=ALL, selection=None) -> Registry:
    """A registry holding only the given stages (entry points not read)."""
    return testing.make_registry(stages, selection)


@contextlib.asynccontextmanager
async def both(settings, registry, channel_options=()):
    """(gRPC stub, gateway base URL, engine) over one real daemon and its JSON gateway."""
    engine = Engine(settings, registry)
    daemon = Daemon(engine)
    await daemon.start()
    gateway = Gateway(engine, f"127.0.0.1:{daemon.port}", settings)
    port = await gateway.start()
    try:
        target = f"127.0.0.1:{daemon.port}"
        async with grpc.aio.insecure_channel(target, options=list(channel_options)) as channel:
            stub = pb_grpc.FigmentStub(channel)
            stub.channel = channel  # for raw calls that bypass the stub's serializers
            stub.daemon = daemon  # for its port and its heap keeper
            yield stub, f"http://127.0.0.1:{port}", engine
    finally:
        await gateway.stop()
        await daemon.stop(0.5)


@pytest.fixture
def registry() -> Iterator[Registry]:
    """The test stages, unregistered afterwards."""
    reg = make_registry()
    try:
        yield reg
    finally:
        for cls in ALL:
            reg.remove(cls.id)


@pytest.fixture
async def daemon(settings, registry) -> AsyncIterator[Daemon]:
    """A real gRPC server on a free port."""
    d = Daemon(Engine(settings, registry))
    await d.start()
    try:
        yield d
    finally:
        await d.stop(grace=0.5)


@pytest.fixture
async def stub(daemon) -> AsyncIterator[pb_grpc.FigmentStub]:
    """A client stub connected to the daemon fixture."""
    async with grpc.aio.insecure_channel(f"127.0.0.1:{daemon.port}") as channel:
        yield pb_grpc.FigmentStub(channel)


@pytest.fixture(scope="session")
def real_model_home():
    """FIGMENT_HOME-like root holding the real int4 model, built once (reused across runs)."""
    import os
    from pathlib import Path

    pytest.importorskip("gguf")
    from figment.model import build_model, default_cache_dir
    from figment.model._gguf import find_smollm2_gguf

    try:
        find_smollm2_gguf()
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    models = Path(os.environ.get("FIGMENT_TEST_MODELS", default_cache_dir()))
    build_model(models, "int4", progress=None)
    return models.parent
