"""Connecting to the Redis that replicas share (rooms and assets); imported only when a setting
names a ``redis://`` URL, so a daemon with ``rooms = "memory"`` and ``assets = "disk"`` never
needs the ``redis`` package.

Every key Figment writes starts with :data:`PREFIX`; nothing else in the database is read, so a
Redis may hold other applications' keys too. Scripts touch keys they compute (other rooms, when
one must leave to make space), so the database is one Redis server (with a replica or Sentinel
for failover), not a Redis Cluster.
"""

from __future__ import annotations

import re
from typing import Any

from .errors import FigmentError, MissingDependency, Unavailable

__all__ = [
    "PREFIX",
    "async_client",
    "is_connection_error",
    "redacted",
    "sync_client",
    "unavailable",
]

PREFIX = "figment:v1:"
"""What every Figment key starts with."""

_CONNECT_S = 2.0
_SOCKET_S = 5.0


def redacted(url: str) -> str:
    """The URL without its password, for logs and errors."""
    return re.sub(r"//([^/@]*):[^/@]*@", r"//\1:***@", url)


def _redis() -> Any:
    try:
        import redis
    except ImportError as exc:
        raise MissingDependency(
            "the redis package (for a redis:// rooms or assets setting)",
            "install the scale extra: pip install 'figment[scale]'",
        ) from exc
    return redis


def async_client(url: str) -> Any:
    """A ``redis.asyncio`` client (a connection pool; reconnects by itself after a failure)."""
    redis = _redis()
    return redis.asyncio.Redis.from_url(
        url, socket_connect_timeout=_CONNECT_S, socket_timeout=_SOCKET_S, health_check_interval=10
    )


def sync_client(url: str) -> Any:
    """A blocking ``redis`` client (thread-safe pool), for the asset store's worker threads."""
    redis = _redis()
    return redis.Redis.from_url(
        url, socket_connect_timeout=_CONNECT_S, socket_timeout=_SOCKET_S, health_check_interval=10
    )


def unavailable(what: str, url: str, exc: BaseException) -> FigmentError:
    """UNAVAILABLE naming the backend and its URL (the password left out)."""
    return Unavailable(f"{what}: Redis at {redacted(url)} is unreachable ({exc}); retry later")


def is_connection_error(exc: BaseException) -> bool:
    """Whether ``exc`` means the Redis server cannot be reached (rather than a bad command)."""
    redis = _redis()
    return isinstance(exc, (redis.ConnectionError, redis.TimeoutError, OSError))
