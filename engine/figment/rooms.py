"""Rooms: every subscriber of a room sees the same spawns; a late joiner gets the room first.

Objects are kept per room (the oldest go past ``max_objects``) as protobuf ``SceneObject``s.
Each subscriber has a bounded queue; one that falls too far behind is dropped rather than
slowing the room down (its stream ends with RESOURCE_EXHAUSTED).

With ``Settings.rooms_persist`` a ``RoomStore`` keeps each room in one file under
``home/rooms/`` (named by a hash of the room name, never by the name itself), replaced atomically
(temp file, fsync, rename) by a background thread so the event loop never waits on the disk. A
restarted daemon, even one killed with SIGKILL, comes back with its rooms, within the room
limits; a file that cannot be read is skipped with a warning.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import struct
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator
from pathlib import Path

from .errors import InvalidArgument, ResourceExhausted
from .files import TMP_SUFFIX, write_atomic
from .v1 import figment_pb2 as pb

__all__ = ["RoomStore", "Rooms", "check_room_name"]

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
        for leftover in self.root.glob(f"*{TMP_SUFFIX}"):
            leftover.unlink(missing_ok=True)
        self._pending: dict[str, bytes | None] = {}
        self._writing = 0
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
            rooms[room] = objects[-self.max_objects :]
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

    def delete(self, room: str) -> None:
        """Queue the room's file for removal."""
        self._queue(room, None)

    def _queue(self, room: str, data: bytes | None) -> None:
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
            try:
                self._write(room, data)
            except OSError as exc:
                log.warning("cannot save room %r: %s", room, exc.strerror or exc)
            finally:
                with self._cond:
                    self._writing -= 1
                    self._cond.notify_all()

    def _write(self, room: str, data: bytes | None) -> None:
        path = self.path(room)
        if data is None:
            path.unlink(missing_ok=True)
            return
        write_atomic(path, data)

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
        self._objects: dict[str, OrderedDict[str, pb.SceneObject]] = {}
        self._subscribers: dict[str, set[asyncio.Queue[object]]] = {}
        if store is not None:
            for room, objects in store.load().items():
                self._objects[room] = OrderedDict((o.object_id, o) for o in objects)

    def close(self) -> None:
        """Write what is pending to disk (persistent rooms only)."""
        if self.store is not None:
            self.store.close()

    def _room(self, room: str) -> OrderedDict[str, pb.SceneObject]:
        if room not in self._objects:
            if len(self._objects) >= self.max_rooms:
                empty = [r for r in self._objects if not self._subscribers.get(r)]
                if not empty:
                    raise ResourceExhausted(f"{self.max_rooms} rooms are open; that is the limit")
                del self._objects[empty[0]]
                if self.store is not None:
                    self.store.delete(empty[0])
            self._objects[room] = OrderedDict()
        return self._objects[room]

    def objects(self, room: str) -> list[pb.SceneObject]:
        """The room's current objects, oldest first."""
        return list(self._objects.get(room, {}).values())

    def publish(self, room: str, obj: pb.SceneObject) -> None:
        """Add or update an object and tell every subscriber."""
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
        try:
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
