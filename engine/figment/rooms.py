"""Rooms: every subscriber of a room sees the same spawns; a late joiner gets the room first.

Objects are kept per room (the oldest go past ``max_objects``) as protobuf ``SceneObject``s.
Each subscriber has a bounded queue; one that falls too far behind is dropped rather than
slowing the room down (its stream ends with RESOURCE_EXHAUSTED).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import AsyncIterator

from .errors import InvalidArgument, ResourceExhausted
from .v1 import figment_pb2 as pb

__all__ = ["Rooms", "check_room_name"]

_QUEUE = 256
_DROPPED = object()


def check_room_name(room: str, max_chars: int) -> str:
    """A room name: 1..max_chars printable characters; '' means no room."""
    if len(room) > max_chars:
        raise InvalidArgument("room", f"{len(room)} characters is over the limit of {max_chars}")
    if room and not room.isprintable():
        raise InvalidArgument("room", "must be printable characters")
    return room


class Rooms:
    """All rooms of one daemon."""

    def __init__(self, max_rooms: int, max_objects: int, max_subscribers: int):
        self.max_rooms = max_rooms
        self.max_objects = max_objects
        self.max_subscribers = max_subscribers
        self._objects: dict[str, OrderedDict[str, pb.SceneObject]] = {}
        self._subscribers: dict[str, set[asyncio.Queue[object]]] = {}

    def _room(self, room: str) -> OrderedDict[str, pb.SceneObject]:
        if room not in self._objects:
            if len(self._objects) >= self.max_rooms:
                empty = [r for r in self._objects if not self._subscribers.get(r)]
                if not empty:
                    raise ResourceExhausted(f"{self.max_rooms} rooms are open; that is the limit")
                del self._objects[empty[0]]
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
