"""Assets in Redis, readable by id from every replica (``assets = "redis://..."``).

The same interface and rules as :class:`figment.assets.AssetStore`: an id is the sha256 of the
bytes; each asset is one Redis string (``GETRANGE`` serves GetAsset's chunks) plus its media
type in a hash, both written by one Lua script, so a reader sees all of an asset or none of it
(never a partial one). A sorted set keeps each asset's last use (Redis's own clock, so replicas
agree); when the total passes ``store_bytes`` the script evicts the least recently used, except
those used in the last ``protect_s`` seconds, and the writer's ``on_evict`` hears which. A read
of an evicted asset is NOT_FOUND: every chunk is read by a script that checks the asset is still
there, and bytes under one id never change, so a reader never gets broken bytes.

Why Redis rather than a shared folder: it is the one part the replicas already share (rooms),
it needs no shared filesystem in Kubernetes, and a write is atomic without rename semantics.
The price is memory: Redis holds every asset in RAM (``store_bytes`` plus the rooms), and each
read is a network round trip (``figment bench load --scale`` measures it beside the disk store).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from .assets import AssetInfo, asset_id_of, is_asset_id
from .errors import InvalidArgument, NotFound
from .shared import PREFIX, is_connection_error, redacted, sync_client, unavailable

__all__ = ["RedisAssetStore"]

log = logging.getLogger("figment.assets")

_NOW = "local t = redis.call('TIME'); local now = tonumber(t[1]) + tonumber(t[2]) / 1e6\n"

_PUT = (
    _NOW
    + """
local p, id, media, data = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local cap, protect = tonumber(ARGV[5]), tonumber(ARGV[6])
local blob = p .. 'asset:' .. id
if redis.call('EXISTS', blob) == 1 then
  redis.call('ZADD', p .. 'assets:used', now, id)
  return {}
end
redis.call('SET', blob, data)
redis.call('HSET', p .. 'assets:media', id, media)
redis.call('ZADD', p .. 'assets:used', now, id)
local total = redis.call('INCRBY', p .. 'assets:bytes', #data)
local evicted = {}
if total > cap then
  local oldest = redis.call('ZRANGE', p .. 'assets:used', 0, -1, 'WITHSCORES')
  for i = 1, #oldest, 2 do
    if total <= cap then break end
    local old, used = oldest[i], tonumber(oldest[i + 1])
    if now - used >= protect then
      local size = redis.call('STRLEN', p .. 'asset:' .. old)
      redis.call('DEL', p .. 'asset:' .. old)
      redis.call('HDEL', p .. 'assets:media', old)
      redis.call('ZREM', p .. 'assets:used', old)
      total = redis.call('DECRBY', p .. 'assets:bytes', size)
      evicted[#evicted + 1] = old
    end
  end
end
return evicted
"""
)

_READ = (
    _NOW
    + """
local p, id = ARGV[1], ARGV[2]
local offset, size = tonumber(ARGV[3]), tonumber(ARGV[4])
local blob = p .. 'asset:' .. id
local media = redis.call('HGET', p .. 'assets:media', id)
if not media or redis.call('EXISTS', blob) == 0 then return false end
redis.call('ZADD', p .. 'assets:used', 'XX', now, id)
local total = redis.call('STRLEN', blob)
if size == 0 then return {media, total, ''} end
local last = total - 1
if size > 0 then last = math.min(offset + size - 1, total - 1) end
if offset > last then return {media, total, ''} end
return {media, total, redis.call('GETRANGE', blob, offset, last)}
"""
)


class RedisAssetStore:
    """Content-addressed assets in one Redis, capped in total size (LRU), shared by replicas."""

    def __init__(self, url: str, max_bytes: int, max_asset_bytes: int, protect_s: float = 60.0):
        self.url = url
        self.max_bytes = max_bytes
        self.max_asset_bytes = max_asset_bytes
        self.protect_s = protect_s
        self.on_evict: Callable[[set[str]], None] | None = None
        """Called (from the writing thread) with the ids of assets this replica's write evicted."""
        self._redis = sync_client(url)
        self._put = self._redis.register_script(_PUT)
        self._read = self._redis.register_script(_READ)

    def open(self) -> None:
        """Check that Redis answers (a clear error naming the URL when it does not)."""
        from .errors import FailedPrecondition

        try:
            self._redis.ping()
        except Exception as exc:
            raise FailedPrecondition(
                f"assets: cannot reach Redis at {redacted(self.url)}: {exc}"
            ) from exc

    def check(self) -> str | None:
        """None when Redis answers, else what is wrong."""
        try:
            self._redis.ping()
        except Exception as exc:
            return f"assets: Redis at {redacted(self.url)} is unreachable ({exc})"
        return None

    def close(self) -> None:
        """Drop the connections."""
        self._redis.close()

    def _call(self, script: Any, *args: Any) -> Any:
        try:
            return script(args=[PREFIX, *args])
        except Exception as exc:
            if is_connection_error(exc):
                raise unavailable("assets", self.url, exc) from exc
            raise

    def put(self, data: bytes, media_type: str) -> AssetInfo:
        """Store ``data`` and return its info; storing the same bytes twice is free."""
        asset_id = asset_id_of(data, media_type, self.max_asset_bytes)
        evicted = self._call(self._put, asset_id, media_type, data, self.max_bytes, self.protect_s)
        gone = {e.decode() if isinstance(e, bytes) else str(e) for e in evicted}
        if gone and self.on_evict is not None:
            self.on_evict(gone)
        return AssetInfo(asset_id, media_type, len(data))

    def _get(self, asset_id: str, offset: int, size: int) -> tuple[str, int, bytes]:
        if not is_asset_id(asset_id):
            raise InvalidArgument("id", "an asset id is 64 lowercase hex characters")
        found = self._call(self._read, asset_id, offset, size)
        if not found:
            raise NotFound(f"no asset {asset_id}")
        media, total, data = found
        return (media.decode() if isinstance(media, bytes) else str(media)), int(total), data

    def info(self, asset_id: str) -> AssetInfo:
        """The info of an asset; NotFound if unknown or evicted, InvalidArgument if malformed."""
        media, total, _ = self._get(asset_id, 0, 0)
        return AssetInfo(asset_id, media, total)

    def read(self, asset_id: str, offset: int = 0, size: int = -1) -> bytes:
        """Bytes of an asset from ``offset`` (all of them when size is -1); NotFound once it is
        evicted, even between two chunks."""
        return bytes(self._get(asset_id, offset, size)[2])

    def total_bytes(self) -> int:
        """Bytes held now (by every replica together)."""
        try:
            return int(self._redis.get(PREFIX + "assets:bytes") or 0)
        except Exception as exc:
            if is_connection_error(exc):
                raise unavailable("assets", self.url, exc) from exc
            raise
