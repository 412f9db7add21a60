"""Running the daemon: logging, the gRPC server, the JSON gateway, signals and the ready file."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .config import Settings
from .engine import Engine
from .files import write_atomic
from .plugins import Registry
from .server import Daemon

__all__ = ["run_daemon", "serve", "setup_logging"]

log = logging.getLogger("figment")


class _Formatter(logging.Formatter):
    """One line per record with the request id when there is one; JSON when asked."""

    def __init__(self, as_json: bool):
        super().__init__()
        self.as_json = as_json

    def format(self, record: logging.LogRecord) -> str:
        rid = getattr(record, "request_id", "")
        if self.as_json:
            data = {
                "time": round(record.created, 3),
                "level": record.levelname,
                "logger": record.name,
                "message": record.getMessage(),
            }
            if rid:
                data["request_id"] = rid
            if record.exc_info:
                data["exception"] = self.formatException(record.exc_info)
            return json.dumps(data)
        head = f"{self.formatTime(record, '%H:%M:%S')} {record.levelname:<7} {record.name}"
        text = f"{head} [{rid}] {record.getMessage()}" if rid else f"{head} {record.getMessage()}"
        if record.exc_info:
            text += "\n" + self.formatException(record.exc_info)
        return text


def setup_logging(level: str = "INFO", as_json: bool = False) -> None:
    """Send figment's logs to stderr, one line each."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter(as_json))
    root = logging.getLogger("figment")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False


async def serve(
    settings: Settings,
    ready_file: Path | None = None,
    on_ready: Callable[[dict[str, Any]], None] | None = None,
    registry: Registry | None = None,
    stop: asyncio.Event | None = None,
) -> None:
    """Serve until SIGINT or SIGTERM, then shut down gracefully (``registry``: other stages).

    ``on_ready`` gets the addresses once both ports listen. With ``stop`` (a daemon in a thread
    that is not the main one, which cannot take signals), serve until that event is set instead.
    """
    settings.check_bind()
    engine = Engine(settings, registry)
    daemon = Daemon(engine)
    await daemon.start()
    gateway = None
    info: dict[str, Any] = {"grpc": f"{settings.host}:{daemon.port}", "pid": os.getpid()}
    if settings.http_port is not None:
        from .gateway import Gateway

        gateway = Gateway(engine, f"127.0.0.1:{daemon.internal_port}", settings)
        http_port = await gateway.start()
        info["http"] = f"{settings.host}:{http_port}"
    log.info("listening: gRPC %s, gateway %s", info["grpc"], info.get("http", "off"))
    if ready_file is not None:
        write_atomic(ready_file, json.dumps(info))
    if on_ready is not None:
        on_ready(info)
    if stop is None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    log.info("shutting down: finishing in-flight requests (grace %.0f s)", settings.grace_s)
    if gateway is not None:
        await gateway.stop()
    await daemon.stop()
    log.info("stopped")


def run_daemon(settings: Settings, ready_file: Path | None = None) -> None:
    """Blocking entry point for ``figment serve``."""
    setup_logging(settings.log_level, settings.log_json)
    asyncio.run(serve(settings, ready_file))
