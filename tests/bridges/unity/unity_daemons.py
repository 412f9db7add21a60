"""Daemons for the Unity bridge's live tests: ``figment serve`` itself, and the same daemon code
(engine, gRPC server, JSON gateway) with the deterministic test stages of ``tests/doubles.py``."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["doubles_daemon", "figment_serve"]

REPO = Path(__file__).resolve().parents[3]
START_TIMEOUT_S = 120.0  # loading models on a CPU; only a hang reaches it


@contextmanager
def figment_serve(tmp_path: Path, token: str) -> Iterator[str]:
    """``figment serve`` on free ports with a bearer token; yields the gateway's base URL."""
    ready = tmp_path / "ready.json"
    log_path = tmp_path / "daemon.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [
                sys.executable, "-m", "figment", "serve", "--grpc-port", "0", "--http-port", "0",
                "--ready-file", str(ready), "--token", token,
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=REPO,
            env={**os.environ, "FIGMENT_TOKEN": ""},
        )  # fmt: skip
        try:
            deadline = time.monotonic() + START_TIMEOUT_S
            while not ready.exists():
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("figment serve did not start:\n" + log_path.read_text())
                time.sleep(0.1)
            yield "http://" + json.loads(ready.read_text())["http"] + "/"
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@contextmanager
def doubles_daemon(home: Path, token: str) -> Iterator[str]:
    """The daemon's engine, gRPC server and gateway in a thread, with every test stage installed
    (so every event and asset arrives), revising the object as the text grows; yields the
    gateway's base URL."""
    from doubles import REVISING

    from figment.config import Limits, Settings
    from figment.engine import Engine
    from figment.gateway import Gateway
    from figment.plugins import Registry
    from figment.server import Daemon

    registry = Registry({}, allow=[])
    registry._discovered = True  # only the test stages, no entry points
    for cls in REVISING:
        registry.add(cls, "tests")
    settings = Settings(home=home, grpc_port=0, http_port=0, limits=Limits(), token=token)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()

    async def start() -> tuple[Daemon, Gateway, int]:
        engine = Engine(settings, registry)
        grpc_daemon = Daemon(engine)
        await grpc_daemon.start()
        gateway = Gateway(engine, f"127.0.0.1:{grpc_daemon.port}", settings)
        return grpc_daemon, gateway, await gateway.start()

    grpc_daemon, gateway, port = asyncio.run_coroutine_threadsafe(start(), loop).result(60)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:

        async def stop() -> None:
            await gateway.stop()
            await grpc_daemon.stop(0.5)
            # What the servers left waiting (a ConjureLive's request stream) ends before the loop
            # closes, or it is torn down on a closed loop and reported as unraisable.
            rest = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in rest:
                task.cancel()
            await asyncio.gather(*rest, return_exceptions=True)
            await asyncio.get_running_loop().shutdown_asyncgens()

        asyncio.run_coroutine_threadsafe(stop(), loop).result(60)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
