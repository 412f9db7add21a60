"""A per-client request rate limit: a token bucket per client.

A client is its address, except on loopback, where every local program shares the address: there
each connection is its own client, so one busy local tool cannot starve a local engine. (A remote
client cannot dodge the limit by opening connections: its bucket is its address.)
"""

from __future__ import annotations

import threading
import time

from .config import is_loopback
from .errors import ResourceExhausted

__all__ = ["RateLimiter", "client_key"]

_MAX_CLIENTS = 10_000


def client_key(peer: str) -> str:
    """The client: 'ipv4:10.0.0.5:5555' → '10.0.0.5'; on loopback the connection,
    'ipv4:127.0.0.1:5555' → '127.0.0.1:5555'."""
    kind, _, rest = peer.partition(":")
    if kind in ("ipv4", "ipv6"):
        host, _, port = rest.rpartition(":")
        host = host.strip("[]")
        if not host:
            return rest
        return f"{host}:{port}" if is_loopback(host) else host
    return peer


class RateLimiter:
    """Allows ``per_minute`` requests per client, refilled continuously."""

    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self.rate = per_minute / 60.0
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def check(self, peer: str) -> None:
        """Take one request from the client's bucket, or raise RESOURCE_EXHAUSTED."""
        key = client_key(peer)
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - last) * self.rate)
            if tokens < 1.0:
                self._buckets[key] = (tokens, now)
                raise ResourceExhausted(
                    f"rate limit: {self.per_minute} requests per minute per client; retry later"
                )
            self._buckets[key] = (tokens - 1.0, now)
            if len(self._buckets) > _MAX_CLIENTS:
                self._buckets.pop(next(iter(self._buckets)))
