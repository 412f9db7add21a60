"""Rooms: every subscriber of a room sees the same spawns; a late joiner gets the room first.

Objects are kept per room (the oldest go past ``max_objects``) as protobuf ``SceneObject``s.
Each subscriber has a bounded queue; one that falls too far behind is dropped rather than
slowing the room down (its stream ends with RESOURCE_EXHAUSTED). Past ``max_rooms``, the least
recently used room without a subscriber leaves memory.

With ``Settings.rooms_persist`` a ``RoomStore`` keeps each room in one file under
``home/rooms/`` (named by a hash of the room name, never by the name itself), replaced atomically
(temp file, fsync, rename) by a background thread so the event loop never waits on the disk; the
pipeline waits for a room's write (``Rooms.persisted``) before it tells its client, so what a
client saw survives a SIGKILL. A room evicted from memory stays on disk and comes back when it is
used again. A restarted daemon comes back with its rooms, within the room limits; objects that
were still being made when it died come back complete with what they had; a file that cannot be
read is skipped with a warning. When the asset store evicts an asset a room object names, the
object loses that asset (an UPDATED event), or leaves the room (REMOVED) when nothing of it
can be shown any more.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import struct
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator
from pathlib import Path

from .errors import InvalidArgument, ResourceExhausted
from .files import sweep_temporaries, write_atomic
from .v1 import figment_pb2 as pb

__all__ = ["RoomStore", "Rooms", "check_room_name"]


def _on_loop(loop: asyncio.AbstractEventLoop) -> bool:
    try:
        return asyncio.get_running_loop() is loop
    except RuntimeError:
        return False


_QUEUE = 256
_DROPPED = object()
_MAGIC = b"FIGMENT-ROOM 1\n"
_MAX_RECORD = 16 << 20
log = logging.getLogger("figment.rooms")


def check_room_name(room: str, max_chars: int) -> str:
    """A room name: 1..max_chars printable characters; '' means no room."""
    if len(room) > max_chars:
        raise InvalidArgument("room", f"{len(room)} characters is over the limit of {max_chars}")
    if room and not room.isprintable():
        raise InvalidArgument("room", "must be printable characters")
    return room


class RoomStore:
    """Rooms on disk: one file per room, each record a length-prefixed ``SceneEvent``."""

    def __init__(self, root: Path, max_rooms: int, max_objects: int, max_room_chars: int):
        self.root = Path(root)
        self.max_rooms = max_rooms
        self.max_objects = max_objects
        self.max_room_chars = max_room_chars
        self.root.mkdir(parents=True, exist_ok=True)
        sweep_temporaries(self.root)  # a killed writer's, not a running neighbour's
        self._pending: dict[str, bytes] = {}
        self._writing = 0
        self._current = ""
        self._closed = False
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    def path(self, room: str) -> Path:
        """The file of a room: a hash of its name, so no name can point outside ``root``."""
        digest = hashlib.sha256(room.encode("utf-8", "replace")).hexdigest()
        return self.root / f"{digest[:32]}.room"

    def load(self) -> dict[str, list[pb.SceneObject]]:
        """Every readable room, the newest ``max_rooms``, each with its last ``max_objects``."""
        files = []
        for path in self.root.glob("*.room"):
            if path.is_file():  # a FIFO or folder would block or fail the read
                files.append(path)
            else:
                log.warning("skipping %s: not a regular file", path.name)
        files.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        rooms: dict[str, list[pb.SceneObject]] = {}
        for path in files:
            if len(rooms) >= self.max_rooms:
                break
            try:
                room, objects = self._read(path)
            except (OSError, ValueError) as exc:
                log.warning("skipping room file %s: %s", path.name, exc)
                continue
            if room in rooms or path != self.path(room):
                log.warning("skipping room file %s: it does not belong to room %r", path.name, room)
                continue
            rooms[room] = _restored(objects[-self.max_objects :])
        return dict(reversed(list(rooms.items())))  # oldest first, as they were opened

    def _read(self, path: Path) -> tuple[str, list[pb.SceneObject]]:
        limit = len(_MAGIC) + self.max_objects * (_MAX_RECORD + 4)
        with open(path, "rb") as f:
            data = f.read(min(limit, 256 << 20) + 1)
        if not data.startswith(_MAGIC):
            raise ValueError("not a room file")
        pos, room, objects = len(_MAGIC), None, []
        while pos < len(data):
            if pos + 4 > len(data):
                raise ValueError("truncated")
            (size,) = struct.unpack_from(">I", data, pos)
            if size > _MAX_RECORD or pos + 4 + size > len(data):
                raise ValueError("truncated or oversized record")
            try:
                event = pb.SceneEvent.FromString(data[pos + 4 : pos + 4 + size])
            except Exception as exc:  # DecodeError
                raise ValueError(f"bad record: {exc}") from exc
            pos += 4 + size
            if room is None:
                room = check_room_name(event.room, self.max_room_chars)
            elif event.room != room:
                raise ValueError("records of two rooms in one file")
            if event.HasField("object"):
                objects.append(event.object)
        if not room:
            raise ValueError("no room name")
        return room, objects

    def save(self, room: str, objects: list[pb.SceneObject]) -> None:
        """Queue the room's current objects to be written (the latest state wins)."""
        records = [_MAGIC]
        for obj in objects or [pb.SceneObject()]:
            record = pb.SceneEvent(room=room, kind=pb.SceneEvent.KIND_SNAPSHOT, object=obj)
            if not obj.object_id:
                record.ClearField("object")  # an empty room still names itself
            raw = record.SerializeToString()
            records.append(struct.pack(">I", len(raw)) + raw)
        self._queue(room, b"".join(records))

    def read(self, room: str) -> list[pb.SceneObject]:
        """One room's objects from its file (none when it has no readable file of its own)."""
        path = self.path(room)
        if not path.is_file():
            return []
        try:
            owner, objects = self._read(path)
        except (OSError, ValueError) as exc:
            log.warning("skipping room file %s: %s", path.name, exc)
            return []
        return _restored(objects[-self.max_objects :]) if owner == room else []

    def wait(self, room: str, timeout: float = 10.0) -> bool:
        """Wait until the room's queued write is on disk; False if that took over ``timeout``."""
        with self._cond:
            return self._cond.wait_for(
                lambda: room not in self._pending and self._current != room, timeout
            )

    def _queue(self, room: str, data: bytes) -> None:
        with self._cond:
            if self._closed:
                return
            self._pending[room] = data
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._writer, name="figment-rooms", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()

    def _writer(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._pending or self._closed)
                if not self._pending:
                    return
                room = next(iter(self._pending))
                data = self._pending.pop(room)
                self._writing += 1
                self._current = room
            try:
                write_atomic(self.path(room), data)
            except OSError as exc:
                log.warning("cannot save room %r: %s", room, exc.strerror or exc)
            finally:
                with self._cond:
                    self._writing -= 1
                    self._current = ""
                    self._cond.notify_all()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every queued write is on disk; False if that took over ``timeout``."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._pending and not self._writing, timeout)

    def close(self, timeout: float = 10.0) -> None:
        """Finish queued writes and stop the writer."""
        self.flush(timeout)
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)


def _restored(objects: list[pb.SceneObject]) -> list[pb.SceneObject]:
    """Objects read back from disk: whatever was still being made is complete with what it had
    (the daemon that made it is gone)."""
    for obj in objects:
        obj.complete = True
    return objects


def _asset_fields(obj: pb.SceneObject) -> list[tuple[str, str]]:
    """(field, asset id) of every asset an object names."""
    out = [("proxy", obj.proxy.asset.id), ("mesh", obj.mesh.asset.id)]
    out += [("mesh", lod.id) for lod in obj.mesh.lods]
    out += [("sound", obj.sound.asset.id), ("sound", obj.sound.preview.id)]
    out += [("speech", obj.speech.wav.id), ("speech", obj.speech.ogg.id)]
    return [(name, asset_id) for name, asset_id in out if asset_id]


class Rooms:
    """All rooms of one daemon."""

    def __init__(
        self,
        max_rooms: int,
        max_objects: int,
        max_subscribers: int,
        store: RoomStore | None = None,
    ):
        self.max_rooms = max_rooms
        self.max_objects = max_objects
        self.max_subscribers = max_subscribers
        self.store = store
        self._objects: OrderedDict[str, OrderedDict[str, pb.SceneObject]] = OrderedDict()
        """Rooms in memory, least recently used first."""
        self._subscribers: dict[str, set[asyncio.Queue[object]]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        if store is not None:
            for room, objects in store.load().items():
                self._objects[room] = OrderedDict((o.object_id, o) for o in objects)

    def close(self) -> None:
        """Write what is pending to disk (persistent rooms only)."""
        if self.store is not None:
            self.store.close()

    async def open(self) -> None:
        """Nothing to connect: rooms in memory (the Redis rooms check their server here)."""

    async def check(self) -> str | None:
        """None: rooms in memory are always there (the Redis rooms say when theirs is not)."""
        return None

    async def aclose(self) -> None:
        """:meth:`close` off the event loop."""
        await asyncio.to_thread(self.close)

    def _room(self, room: str) -> OrderedDict[str, pb.SceneObject]:
        """The room's objects, brought into memory (from disk when it has a file) and marked
        used; past ``max_rooms`` the least recently used room without subscribers leaves memory
        (its file stays)."""
        if room not in self._objects:
            if len(self._objects) >= self.max_rooms:
                idle = next((r for r in self._objects if not self._subscribers.get(r)), None)
                if idle is None:
                    raise ResourceExhausted(f"{self.max_rooms} rooms are open; that is the limit")
                del self._objects[idle]
            stored = self.store.read(room) if self.store is not None else []
            self._objects[room] = OrderedDict((o.object_id, o) for o in stored)
        self._objects.move_to_end(room)
        return self._objects[room]

    def objects(self, room: str) -> list[pb.SceneObject]:
        """The room's current objects, oldest first."""
        if room not in self._objects and self.store is not None:
            return self.store.read(room)
        return list(self._objects.get(room, {}).values())

    async def persisted(self, room: str) -> None:
        """Wait until the room's latest state is on disk (at once without persistence)."""
        if self.store is not None:
            await asyncio.to_thread(self.store.wait, room)

    def _note_loop(self) -> None:
        """Remember the event loop the rooms live on (for calls from worker threads)."""
        if self._loop is None:
            # used outside a loop (tools, tests) there is nothing to hand over to
            with contextlib.suppress(RuntimeError):
                self._loop = asyncio.get_running_loop()

    def forget_assets(self, asset_ids: set[str]) -> None:
        """Assets the store evicted: objects lose them (UPDATED), or leave (REMOVED) when
        neither their proxy nor their mesh is left. Safe to call from any thread."""
        if self._loop is not None and not _on_loop(self._loop):
            self._loop.call_soon_threadsafe(self.forget_assets, asset_ids)
            return
        for room, objects in self._objects.items():
            changed = False
            for object_id, obj in list(objects.items()):
                gone = {name for name, asset_id in _asset_fields(obj) if asset_id in asset_ids}
                if not gone:
                    continue
                changed = True
                for name in gone:
                    obj.ClearField(name)
                if not obj.HasField("proxy") and not obj.HasField("mesh"):
                    del objects[object_id]
                    kind = pb.SceneEvent.KIND_REMOVED
                else:
                    kind = pb.SceneEvent.KIND_UPDATED
                self._send(room, pb.SceneEvent(room=room, kind=kind, object=obj))
            if changed and self.store is not None:
                self.store.save(room, list(objects.values()))

    def publish(self, room: str, obj: pb.SceneObject) -> None:
        """Add or update an object and tell every subscriber."""
        self._note_loop()
        objects = self._room(room)
        kind = (
            pb.SceneEvent.KIND_UPDATED if obj.object_id in objects else pb.SceneEvent.KIND_SPAWNED
        )
        objects[obj.object_id] = obj
        objects.move_to_end(obj.object_id)
        self._send(room, pb.SceneEvent(room=room, kind=kind, object=obj))
        while len(objects) > self.max_objects:
            _, old = objects.popitem(last=False)
            self._send(room, pb.SceneEvent(room=room, kind=pb.SceneEvent.KIND_REMOVED, object=old))
        if self.store is not None:
            self.store.save(room, list(objects.values()))

    def _send(self, room: str, event: pb.SceneEvent) -> None:
        for queue in list(self._subscribers.get(room, ())):
            if queue.qsize() >= _QUEUE - 1:
                queue.put_nowait(_DROPPED)
                self._subscribers[room].discard(queue)
            else:
                queue.put_nowait(event)

    async def subscribe(self, room: str) -> AsyncIterator[pb.SceneEvent]:
        """The room's objects as snapshots, then every event until the caller stops."""
        subscribers = self._subscribers.setdefault(room, set())
        if len(subscribers) >= self.max_subscribers:
            raise ResourceExhausted(f"room {room!r} has {self.max_subscribers} subscribers")
        queue: asyncio.Queue[object] = asyncio.Queue()
        subscribers.add(queue)
        self._note_loop()
        try:
            if room in self._objects or self.store is not None:
                self._room(room)  # a subscriber uses the room: it stays in memory
            for obj in self.objects(room):
                yield pb.SceneEvent(room=room, kind=pb.SceneEvent.KIND_SNAPSHOT, object=obj)
            while True:
                item = await queue.get()
                if item is _DROPPED:
                    raise ResourceExhausted("subscriber fell too far behind the room")
                assert isinstance(item, pb.SceneEvent)
                yield item
        finally:
            subscribers.discard(queue)
