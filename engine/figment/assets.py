"""The asset store: content-addressed files with atomic writes and least-recently-used eviction.

An asset's id is the sha256 hex of its bytes, so the same bytes are stored once and an id can
never name a path: ids are checked against ``[0-9a-f]{64}`` before any file is touched. A write
goes to a temporary file in the same folder and is renamed into place, so a reader (or a daemon
restarted after SIGKILL) never sees a partial asset; leftover temporary files are removed at
start. When the store passes its size cap, the least recently used assets are evicted, except
those written in the last ``protect_s`` seconds (a request still streaming them); ``on_evict``
hears which (the rooms drop them from their objects). Daemons may share one folder (a gallery's
own daemon beside a running one): storing or reading an asset touches its file, and a store
never evicts a file that another touched more recently than it knows, so one daemon's eviction
cannot pull an asset from under another's client.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .errors import InvalidArgument, NotFound, ResourceExhausted
from .files import sweep_temporaries, write_atomic

__all__ = ["AssetBackend", "AssetInfo", "AssetStore", "asset_id_of", "is_asset_id"]

_ID = re.compile(r"^[0-9a-f]{64}$")
_SUFFIX = {
    "model/gltf-binary": ".glb",
    "audio/wav": ".wav",
    "audio/ogg": ".ogg",
    "image/png": ".png",
    "application/json": ".json",
}
_MEDIA = {suffix: media for media, suffix in _SUFFIX.items()}


def is_asset_id(value: str) -> bool:
    """True when ``value`` is a well-formed asset id (64 lowercase hex characters)."""
    return bool(_ID.fullmatch(value))  # match() would let "$" accept a trailing newline


def asset_id_of(data: bytes, media_type: str, max_asset_bytes: int) -> str:
    """The id ``data`` is stored under, once its media type and size are checked."""
    if media_type not in _SUFFIX:
        raise InvalidArgument("media_type", f"{media_type!r} is not one of {sorted(_SUFFIX)}")
    if len(data) > max_asset_bytes:
        raise ResourceExhausted(
            f"asset of {len(data)} bytes is over the limit of {max_asset_bytes} bytes"
        )
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class AssetInfo:
    """An asset's id, media type and size."""

    id: str
    media_type: str
    size: int


class AssetBackend(Protocol):
    """What stages and RPCs use of an asset store: this folder's, or the Redis one replicas
    share (:mod:`figment.shared_assets`)."""

    max_bytes: int
    max_asset_bytes: int
    on_evict: Callable[[set[str]], None] | None

    def open(self) -> None: ...
    def check(self) -> str | None: ...
    def close(self) -> None: ...
    def put(self, data: bytes, media_type: str) -> AssetInfo: ...
    def info(self, asset_id: str) -> AssetInfo: ...
    def read(self, asset_id: str, offset: int = 0, size: int = -1) -> bytes: ...
    def total_bytes(self) -> int: ...


class AssetStore:
    """Content-addressed files under one folder, capped in total size."""

    def __init__(self, root: Path, max_bytes: int, max_asset_bytes: int, protect_s: float = 60.0):
        self.root = Path(root)
        self.max_bytes = max_bytes
        self.max_asset_bytes = max_asset_bytes
        self.protect_s = protect_s
        self._lock = threading.Lock()
        self.root.mkdir(parents=True, exist_ok=True)
        sweep_temporaries(self.root)  # a killed writer's, not a running neighbour's
        self.on_evict: Callable[[set[str]], None] | None = None
        """Called (from the writing thread) with the ids of evicted assets."""
        self._index: dict[str, tuple[Path, int, float]] = {}
        for path in self.root.iterdir():
            asset_id = path.stem
            if path.suffix in _MEDIA and is_asset_id(asset_id):
                stat = path.stat()
                self._index[asset_id] = (path, stat.st_size, _used(stat))

    def open(self) -> None:
        """Nothing to connect: the files are local (the Redis store checks its server here)."""

    def check(self) -> str | None:
        """None: a local folder is always there (the Redis store says when its server is not)."""
        return None

    def close(self) -> None:
        """Nothing to release."""

    def put(self, data: bytes, media_type: str) -> AssetInfo:
        """Store ``data`` (atomically) and return its info; storing the same bytes twice is free."""
        asset_id = asset_id_of(data, media_type, self.max_asset_bytes)
        path = self.root / f"{asset_id}{_SUFFIX[media_type]}"
        with self._lock:
            if asset_id in self._index and _touch(path):
                self._index[asset_id] = (path, len(data), time.time())
                return AssetInfo(asset_id, media_type, len(data))
        try:
            write_atomic(path, data)
        except OSError as exc:
            raise ResourceExhausted(f"asset store cannot write: {exc.strerror or exc}") from exc
        with self._lock:
            self._index[asset_id] = (path, len(data), time.time())
            evicted = self._evict()
        if evicted and self.on_evict is not None:
            self.on_evict(evicted)
        return AssetInfo(asset_id, media_type, len(data))

    def info(self, asset_id: str) -> AssetInfo:
        """The info of an asset; NotFound if unknown, InvalidArgument if malformed."""
        path = self._path(asset_id)
        return AssetInfo(asset_id, _MEDIA[path.suffix], path.stat().st_size)

    def read(self, asset_id: str, offset: int = 0, size: int = -1) -> bytes:
        """Bytes of an asset from ``offset`` (all of them when size is -1)."""
        path = self._path(asset_id)
        with self._lock:
            entry = self._index.get(asset_id)
            if entry:
                self._index[asset_id] = (entry[0], entry[1], time.time())
        if offset == 0:
            _touch(path)
        with open(path, "rb") as f:
            f.seek(offset)
            return f.read(size)

    def total_bytes(self) -> int:
        """Bytes held now."""
        with self._lock:
            return sum(size for _, size, _ in self._index.values())

    def _path(self, asset_id: str) -> Path:
        if not is_asset_id(asset_id):
            raise InvalidArgument("id", "an asset id is 64 lowercase hex characters")
        with self._lock:
            entry = self._index.get(asset_id)
        if entry is None or not entry[0].exists():
            raise NotFound(f"no asset {asset_id}")
        return entry[0]

    def _evict(self) -> set[str]:
        """Drop the least recently used assets past the cap; their ids."""
        evicted: set[str] = set()
        total = sum(size for _, size, _ in self._index.values())
        if total <= self.max_bytes:
            return evicted
        now = time.time()
        for asset_id, (path, size, used) in sorted(self._index.items(), key=lambda kv: kv[1][2]):
            if total <= self.max_bytes:
                break
            if now - used < self.protect_s:
                continue
            try:
                on_disk = _used(path.stat())
            except FileNotFoundError:
                on_disk = used  # gone already: drop it from the index
            if on_disk > used + 1.0:  # a neighbour sharing the folder used it since
                self._index[asset_id] = (path, size, on_disk)
                continue
            path.unlink(missing_ok=True)
            del self._index[asset_id]
            evicted.add(asset_id)
            total -= size
        return evicted


def _used(stat: os.stat_result) -> float:
    """When a file was last stored or read, as far as its timestamps tell."""
    return max(stat.st_atime, stat.st_mtime)


def _touch(path: Path) -> bool:
    """Mark ``path`` as used now, for neighbours sharing the folder (where the file may not be
    touched, a neighbour's or on a read-only mount, it is only looked at); False when it is
    gone."""
    try:
        os.utime(path)
    except FileNotFoundError:
        return False
    except OSError:
        return path.exists()
    return True
