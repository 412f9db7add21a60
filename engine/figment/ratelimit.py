"""A per-client request rate limit (token bucket per client address)."""

from __future__ import annotations

import threading
import time

from .errors import ResourceExhausted

__all__ = ["RateLimiter", "client_key"]

_MAX_CLIENTS = 10_000


def client_key(peer: str) -> str:
    """The client's address without its port: 'ipv4:127.0.0.1:5555' → '127.0.0.1'."""
    kind, _, rest = peer.partition(":")
    if kind in ("ipv4", "ipv6"):
        host, _, _ = rest.rpartition(":")
        return host.strip("[]") or rest
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
