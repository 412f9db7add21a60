"""Serves a real daemon with the test-double stages, for tests that kill and restart a process.

``python serve_doubles.py HOME READY_FILE [--persist] [--stall-after N] [--rooms URL]
[--assets URL] [--grpc-port P] [--http-port P]``: the daemon of
``figment serve`` (signals, ready file, gateway) with ``tests/doubles.py`` stages. With
``--stall-after N`` the asset store's (N+1)-th write stops forever after its temporary file is
written and before it is renamed, and ``HOME/stalled`` appears: the moment to SIGKILL it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from doubles import ALL

import figment.assets
from figment.config import Limits, Settings
from figment.files import atomic_open, write_atomic
from figment.plugins import Registry
from figment.serve import serve, setup_logging


class _StallingWrites:
    """The asset store's ``write_atomic``, which stops for good after ``allowed`` writes."""

    def __init__(self, allowed: int, marker: Path):
        self.allowed = allowed
        self.marker = marker

    def __call__(self, path: Path, data: bytes) -> None:
        """Let ``allowed`` writes through; then write the temporary file, announce the stall and
        never rename it."""
        if self.allowed > 0:
            self.allowed -= 1
            write_atomic(path, data)
            return
        with atomic_open(path) as f:
            f.write(data)
            f.flush()
            self.marker.write_text(str(os.getpid()))
            while True:
                time.sleep(1)


def main() -> None:
    """Parse the arguments and serve until SIGTERM or SIGKILL."""
    parser = argparse.ArgumentParser()
    parser.add_argument("home", type=Path)
    parser.add_argument("ready", type=Path)
    parser.add_argument("--persist", action="store_true")
    parser.add_argument("--stall-after", type=int, default=-1)
    parser.add_argument("--rooms", default="memory", help="memory or a redis:// URL")
    parser.add_argument("--assets", default="disk", help="disk or a redis:// URL")
    parser.add_argument("--grpc-port", type=int, default=0)
    parser.add_argument("--http-port", type=int, default=0)
    args = parser.parse_args()
    if args.stall_after >= 0:
        figment.assets.write_atomic = _StallingWrites(args.stall_after, args.home / "stalled")
    registry = Registry({}, allow=[])
    registry.mark_discovered()
    for cls in ALL:
        registry.add(cls, "tests")
    settings = Settings(
        home=args.home,
        grpc_port=args.grpc_port,
        http_port=args.http_port,
        rooms_persist=args.persist,
        rooms=args.rooms,
        assets=args.assets,
        grace_s=1.0,
        limits=Limits(),
    )
    setup_logging("WARNING")
    asyncio.run(serve(settings, args.ready, registry=registry))


if __name__ == "__main__":
    main()
