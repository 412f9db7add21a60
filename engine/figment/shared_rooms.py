"""Rooms in Redis, shared by every replica (``rooms = "redis://..."``).

The same interface as :class:`figment.rooms.Rooms`. A room is kept under a hash of its name: its
objects (a hash of serialized ``SceneObject``s), their order (a sorted set), a sequence number,
its subscribers (a sorted set of expiry times) and a pub/sub channel. Every change is one Lua
script, which Redis runs alone: it numbers the event (the room's next sequence number), changes
the objects and publishes ``"<seq> <kind> <object bytes>"`` on the channel, so every replica sees
a room's events in one order. A subscriber subscribes to the channel first, then reads the
snapshot with its sequence number in one script, then passes on only events numbered after it:
each event once, in order, with nothing lost between snapshot and stream. An event that skips a
number (the subscriber's connection dropped and pub/sub lost what was sent meanwhile) ends the
stream with UNAVAILABLE, and the client subscribes again (a new snapshot).

Limits hold across replicas because the scripts count in Redis: ``max_room_objects`` (the oldest
object leaves, REMOVED), ``max_subscribers`` per room (each subscriber renews its entry every
``_RENEW_S`` seconds; one whose replica died is forgotten after ``_TTL_S``) and ``max_rooms``
(a new room pushes out the least recently used room without subscribers).

A replica's own writes to one room go out in the order it made them (a chain of tasks);
``persisted`` waits for Redis to have the room's latest write. When Redis cannot be reached,
writes and new subscriptions fail with UNAVAILABLE, open streams end with UNAVAILABLE, and the
next call after Redis is back works again (redis-py reconnects by itself). A value that does not
parse as an object, or a message that is not ours, is skipped with a warning; a value of another
type under one of a room's keys fails that room's calls with FAILED_PRECONDITION (and a warning).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

from .errors import FailedPrecondition, FigmentError, ResourceExhausted, Unavailable
from .shared import PREFIX, async_client, is_connection_error, redacted, unavailable
from .v1 import figment_pb2 as pb

__all__ = ["RedisRooms"]

log = logging.getLogger("figment.rooms")

_TTL_S = 30
_RENEW_S = 5.0
_SOCKET_S = 5.0
_KINDS = {
    b"S": pb.SceneEvent.KIND_SPAWNED,
    b"U": pb.SceneEvent.KIND_UPDATED,
    b"R": pb.SceneEvent.KIND_REMOVED,
}

_COMMON = """
local t = redis.call('TIME'); local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
local p, d, name = ARGV[1], ARGV[2], ARGV[3]
local r = p .. 'room:' .. d
local rooms = p .. 'rooms'
local function ensure(max_rooms)
  if not redis.call('ZSCORE', rooms, d) and redis.call('ZCARD', rooms) >= max_rooms then
    local victim = nil
    for _, v in ipairs(redis.call('ZRANGE', rooms, 0, -1)) do
      local subs = p .. 'room:' .. v .. ':subs'
      redis.call('ZREMRANGEBYSCORE', subs, '-inf', now)
      if redis.call('ZCARD', subs) == 0 then victim = v break end
    end
    if not victim then return false end
    local vr = p .. 'room:' .. victim
    redis.call('DEL', vr .. ':objects', vr .. ':order', vr .. ':seq', vr .. ':subs')
    redis.call('ZREM', rooms, victim)
    redis.call('HDEL', rooms .. ':names', victim)
  end
  redis.call('ZADD', rooms, now, d)
  redis.call('HSET', rooms .. ':names', d, name)
  return true
end
local function emit(kind, data)
  local seq = redis.call('INCR', r .. ':seq')
  redis.call('PUBLISH', r .. ':events', seq .. ' ' .. kind .. ' ' .. data)
  return seq
end
"""

_CHANGE = (
    _COMMON
    + """
local mode, id, data = ARGV[4], ARGV[5], ARGV[6]
local max_objects, max_rooms = tonumber(ARGV[7]), tonumber(ARGV[8])
local objects, order = r .. ':objects', r .. ':order'
local present = redis.call('HEXISTS', objects, id) == 1
if mode == 'put' then
  if not ensure(max_rooms) then return -1 end
  local kind = 'S'
  if present then kind = 'U' end
  local seq = emit(kind, data)
  redis.call('HSET', objects, id, data)
  redis.call('ZADD', order, seq, id)
  while redis.call('ZCARD', order) > max_objects do
    local old = redis.call('ZPOPMIN', order)[1]
    local bytes = redis.call('HGET', objects, old) or ''
    redis.call('HDEL', objects, old)
    seq = emit('R', bytes)
  end
  return seq
end
if not present then return 0 end
if mode == 'update' then
  redis.call('HSET', objects, id, data)
  return emit('U', data)
end
redis.call('HDEL', objects, id)
redis.call('ZREM', order, id)
return emit('R', data)
"""
)

_JOIN = (
    _COMMON
    + """
local sub, max_subs, max_rooms = ARGV[4], tonumber(ARGV[5]), tonumber(ARGV[6])
local ttl = tonumber(ARGV[7])
redis.call('ZREMRANGEBYSCORE', r .. ':subs', '-inf', now)
if redis.call('ZCARD', r .. ':subs') >= max_subs then return {-2} end
if not ensure(max_rooms) then return {-1} end
redis.call('ZADD', r .. ':subs', now + ttl, sub)
local out = {tonumber(redis.call('GET', r .. ':seq') or '0')}
for _, id in ipairs(redis.call('ZRANGE', r .. ':order', 0, -1)) do
  out[#out + 1] = redis.call('HGET', r .. ':objects', id) or ''
end
return out
"""
)

_RENEW = (
    _COMMON
    + """
local sub, ttl = ARGV[4], tonumber(ARGV[5])
if ARGV[6] == 'leave' then return redis.call('ZREM', r .. ':subs', sub) end
redis.call('ZADD', r .. ':subs', now + ttl, sub)
redis.call('ZADD', rooms, 'XX', now, d)
return 1
"""
)


def _digest(room: str) -> str:
    return hashlib.sha256(room.encode("utf-8", "replace")).hexdigest()[:32]


def _still_cancelled(exc: BaseException) -> None:
    """Raise CancelledError again when the task was being cancelled: redis-py may turn the
    cancellation of a command in flight into a connection error."""
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError() from exc


def _foreign(room: str, exc: BaseException) -> FigmentError:
    """A value Figment did not write sits under one of the room's keys (WRONGTYPE): a warning,
    and FAILED_PRECONDITION for this call; the daemon and the other rooms go on."""
    log.warning("rooms: Redis refused an operation on room %r: %s", room, exc)
    return FailedPrecondition(
        f"rooms: room {room!r} holds a value in Redis that Figment did not write ({exc})"
    )


def _asset_ids(obj: pb.SceneObject) -> list[tuple[str, str]]:
    from .rooms import _asset_fields

    return _asset_fields(obj)


class RedisRooms:
    """All rooms of every replica that shares one Redis."""

    def __init__(self, url: str, max_rooms: int, max_objects: int, max_subscribers: int):
        self.url = url
        self.max_rooms = max_rooms
        self.max_objects = max_objects
        self.max_subscribers = max_subscribers
        self.store = None  # nothing on this replica's disk: Redis (with AOF) is the record
        self._redis = async_client(url)
        self._change = self._redis.register_script(_CHANGE)
        self._join = self._redis.register_script(_JOIN)
        self._renew = self._redis.register_script(_RENEW)
        self._writes: dict[str, asyncio.Task[FigmentError | None]] = {}
        self._pubsubs: set[Any] = set()
        """Every subscriber's connection, closed by :meth:`aclose` even when a subscriber's
        stream is never finished (a call still open when the daemon stops)."""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._leaves: set[asyncio.Task[None]] = set()
        """Subscribers saying they left, awaited by :meth:`aclose`: a connection still being
        opened when the pool is dropped would stay open."""
        self._closed = False
        """Set by :meth:`aclose`: a subscriber's stream that ends later (the server cancels
        calls as it stops) must not open a new connection to say it left; its entry expires."""

    # ---- lifecycle ------------------------------------------------------------------------

    async def open(self) -> None:
        """Check that Redis answers (a clear error naming the URL when it does not)."""
        self._loop = asyncio.get_running_loop()  # evictions from worker threads come back here
        try:
            await self._redis.ping()
        except Exception as exc:
            raise FailedPrecondition(
                f"rooms: cannot reach Redis at {redacted(self.url)}: {exc}"
            ) from exc

    async def check(self) -> str | None:
        """None when Redis answers, else what is wrong (for health)."""
        try:
            async with asyncio.timeout(3):
                await self._redis.ping()
        except Exception as exc:
            _still_cancelled(exc)
            return f"rooms: Redis at {redacted(self.url)} is unreachable ({exc or type(exc)})"
        return None

    def close(self) -> None:
        """Nothing to do here: :meth:`aclose` finishes writes and drops the connections."""

    async def aclose(self) -> None:
        """Let queued writes finish (a few seconds at most), then drop the connections."""
        self._closed = True
        pending = [t for t in (*self._writes.values(), *self._leaves) if not t.done()]
        if pending:
            await asyncio.wait(pending, timeout=5)
        for pubsub in list(self._pubsubs):
            with contextlib.suppress(Exception):
                await pubsub.aclose()
        self._pubsubs.clear()
        await self._redis.aclose()

    # ---- writing --------------------------------------------------------------------------

    async def _script(self, script: Any, room: str, *args: Any) -> Any:
        try:
            return await script(args=[PREFIX, _digest(room), room, *args])
        except Exception as exc:
            if is_connection_error(exc):
                raise unavailable("rooms", self.url, exc) from exc
            raise

    def _queue(self, room: str, mode: str, obj: pb.SceneObject) -> None:
        """Send one change after this replica's earlier changes to the room."""
        if self._loop is None:
            self._loop = asyncio.get_running_loop()
        data = obj.SerializeToString()  # now: the caller goes on changing ``obj``
        before = self._writes.get(room)
        task = self._loop.create_task(self._write(room, mode, obj.object_id, data, before))
        self._writes[room] = task

        def forget(done: asyncio.Task[FigmentError | None]) -> None:
            if self._writes.get(room) is done:
                del self._writes[room]

        task.add_done_callback(forget)

    async def _write(
        self,
        room: str,
        mode: str,
        object_id: str,
        data: bytes,
        before: asyncio.Task[FigmentError | None] | None,
    ) -> FigmentError | None:
        if before is not None:
            await asyncio.wait([before])
        args = (mode, object_id, data, self.max_objects, self.max_rooms)
        try:
            seq = await self._script(self._change, room, *args)
        except FigmentError as exc:
            log.warning("%s", exc.message)
            return exc
        except Exception as exc:  # e.g. WRONGTYPE: a foreign value under one of our keys
            return _foreign(room, exc)
        if seq == -1:
            return ResourceExhausted(f"{self.max_rooms} rooms are open; that is the limit")
        return None

    def publish(self, room: str, obj: pb.SceneObject) -> None:
        """Add or update an object and tell every subscriber on every replica (sent in the
        background; :meth:`persisted` waits for it and raises what went wrong)."""
        self._queue(room, "put", obj)

    async def persisted(self, room: str) -> None:
        """Wait until Redis has the room's latest change; UNAVAILABLE when it could not."""
        task = self._writes.get(room)
        if task is None:
            return
        problem = await asyncio.shield(task)
        if problem is not None:
            raise problem

    def forget_assets(self, asset_ids: set[str]) -> None:
        """Assets the store evicted: objects lose them (UPDATED), or leave (REMOVED) when
        neither their proxy nor their mesh is left. Safe to call from any thread."""
        if self._loop is None:
            return  # nothing published from here yet; the replica that wrote them will
        self._loop.call_soon_threadsafe(
            lambda: self._loop.create_task(self._forget(asset_ids)) if self._loop else None
        )

    async def _forget(self, asset_ids: set[str]) -> None:
        try:
            rooms = await self._redis.hgetall(PREFIX + "rooms:names")
            for raw_name in rooms.values():
                room = raw_name.decode("utf-8", "replace")
                for obj in await self.snapshot(room):
                    gone = {name for name, aid in _asset_ids(obj) if aid in asset_ids}
                    if not gone:
                        continue
                    for name in gone:
                        obj.ClearField(name)
                    keep = obj.HasField("proxy") or obj.HasField("mesh")
                    self._queue(room, "update" if keep else "remove", obj)
        except Exception as exc:
            log.warning("rooms: could not drop evicted assets from the rooms: %s", exc)

    # ---- reading --------------------------------------------------------------------------

    def _parse(self, room: str, raw: bytes) -> pb.SceneObject | None:
        try:
            obj: pb.SceneObject = pb.SceneObject.FromString(raw)
        except Exception as exc:  # DecodeError
            log.warning("rooms: skipping a malformed object in room %r: %s", room, exc)
            return None
        if not obj.object_id:
            log.warning("rooms: skipping an object without an id in room %r", room)
            return None
        return obj

    async def snapshot(self, room: str) -> list[pb.SceneObject]:
        """The room's current objects, oldest first (malformed values skipped)."""
        key = f"{PREFIX}room:{_digest(room)}"
        try:
            ids = await self._redis.zrange(f"{key}:order", 0, -1)
            raws = await self._redis.hmget(f"{key}:objects", ids) if ids else []
        except Exception as exc:
            if is_connection_error(exc):
                raise unavailable("rooms", self.url, exc) from exc
            log.warning("rooms: cannot read room %r: %s", room, exc)
            return []
        objects = (self._parse(room, raw) for raw in raws if raw is not None)
        return [obj for obj in objects if obj is not None]

    async def subscribe(self, room: str) -> AsyncIterator[pb.SceneEvent]:
        """The room's objects as snapshots, then every event from any replica until the caller
        stops; UNAVAILABLE when Redis goes away or events were lost."""
        if self._loop is None:
            self._loop = asyncio.get_running_loop()
        channel = f"{PREFIX}room:{_digest(room)}:events"
        member = uuid.uuid4().hex
        pubsub = self._redis.pubsub()
        self._pubsubs.add(pubsub)
        joined = False
        try:
            try:
                await pubsub.subscribe(channel)
                if await pubsub.get_message(timeout=_SOCKET_S) is None:  # the confirmation
                    raise Unavailable(f"rooms: Redis at {redacted(self.url)} did not confirm")
                args = (member, self.max_subscribers, self.max_rooms, _TTL_S)
                answer = await self._script(self._join, room, *args)
            except FigmentError:
                raise
            except Exception as exc:
                if is_connection_error(exc):
                    raise unavailable("rooms", self.url, exc) from exc
                raise _foreign(room, exc) from exc
            if answer[0] == -2:
                raise ResourceExhausted(f"room {room!r} has {self.max_subscribers} subscribers")
            if answer[0] == -1:
                raise ResourceExhausted(f"{self.max_rooms} rooms are open; that is the limit")
            joined = True
            last = int(answer[0])
            for raw in answer[1:]:
                obj = self._parse(room, raw)
                if obj is not None:
                    yield pb.SceneEvent(room=room, kind=pb.SceneEvent.KIND_SNAPSHOT, object=obj)
            renew = time.monotonic() + _RENEW_S
            while True:
                try:
                    message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
                    if time.monotonic() >= renew:
                        await self._script(self._renew, room, member, _TTL_S, "renew")
                        renew = time.monotonic() + _RENEW_S
                except FigmentError:
                    raise
                except Exception as exc:
                    if is_connection_error(exc):
                        raise unavailable("rooms", self.url, exc) from exc
                    raise
                if message is None or message.get("type") != "message":
                    continue
                event = self._event(room, message.get("data"))
                if event is None:
                    continue
                seq, scene = event
                if seq <= last:
                    continue  # already in the snapshot
                if seq != last + 1:
                    raise Unavailable(
                        f"rooms: events of room {room!r} were lost while Redis was out of reach; "
                        "subscribe again"
                    )
                last = seq
                if scene is not None:
                    yield scene
        finally:
            try:
                if joined and not self._closed:
                    leave = asyncio.ensure_future(self._leave(room, member))
                    self._leaves.add(leave)
                    leave.add_done_callback(self._leaves.discard)
                    await asyncio.shield(leave)  # it runs on when this stream is cancelled
            finally:  # closed even when the leave above is cancelled
                with contextlib.suppress(Exception):
                    await pubsub.aclose()
                self._pubsubs.discard(pubsub)

    async def _leave(self, room: str, member: str) -> None:
        with contextlib.suppress(Exception):
            async with asyncio.timeout(2):
                await self._script(self._renew, room, member, _TTL_S, "leave")

    def _event(self, room: str, data: Any) -> tuple[int, pb.SceneEvent | None] | None:
        """(sequence number, event) of a channel message; None (with a warning) when it is not
        one of ours; the event is None when its object is malformed (the number still counts)."""
        try:
            seq_raw, kind_raw, raw = bytes(data).split(b" ", 2)
            seq, kind = int(seq_raw), _KINDS[kind_raw]
        except (TypeError, ValueError, KeyError):
            log.warning("rooms: ignoring a message on room %r's channel that is not ours", room)
            return None
        obj = self._parse(room, raw)
        return seq, (None if obj is None else pb.SceneEvent(room=room, kind=kind, object=obj))
