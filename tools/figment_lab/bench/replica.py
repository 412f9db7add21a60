"""One daemon replica for ``figment bench load --scale``: the daemon of ``figment serve`` with the
quick stages of :mod:`figment.testing` (so what is measured is the proxy and Redis, not a model).

``python -m figment_lab.bench.replica HOME READY --rooms R --assets A --grpc-port P --http-port P``
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from figment.config import Limits, Settings
from figment.serve import serve, setup_logging
from figment.testing import DOUBLES, make_registry

__all__ = ["main"]


def main() -> None:
    """Parse the arguments and serve until SIGTERM."""
    parser = argparse.ArgumentParser()
    parser.add_argument("home", type=Path)
    parser.add_argument("ready", type=Path)
    parser.add_argument("--rooms", default="memory")
    parser.add_argument("--assets", default="disk")
    parser.add_argument("--grpc-port", type=int, default=0)
    parser.add_argument("--http-port", type=int, default=0)
    args = parser.parse_args()
    settings = Settings(
        home=args.home,
        grpc_port=args.grpc_port,
        http_port=args.http_port,
        rooms=args.rooms,
        assets=args.assets,
        grace_s=1.0,
        limits=Limits(rate_per_minute=10_000_000),  # one bench client is many requests
    )
    setup_logging("WARNING")
    asyncio.run(serve(settings, args.ready, registry=make_registry(DOUBLES)))


if __name__ == "__main__":
    main()
