"""Rooms: two subscribers see the same spawn; a late joiner gets the room's objects first."""

from __future__ import annotations

import asyncio

from figment.v1 import figment_pb2 as pb


async def next_of(call, kind=None):
    while True:
        event = await asyncio.wait_for(call.read(), 5)
        if kind is None or event.kind == kind:
            return event


async def test_two_subscribers_and_a_late_joiner(stub):
    a = stub.Subscribe(pb.SubscribeRequest(room="lobby"))
    b = stub.Subscribe(pb.SubscribeRequest(room="lobby"))
    other = stub.Subscribe(pb.SubscribeRequest(room="elsewhere"))
    await asyncio.sleep(0.2)
    events = [e async for e in stub.Conjure(pb.ConjureRequest(text="a lamp", room="lobby", seed=3))]
    object_id = events[-1].done.object_id
    spawned_a = await next_of(a, pb.SceneEvent.KIND_SPAWNED)
    spawned_b = await next_of(b, pb.SceneEvent.KIND_SPAWNED)
    assert spawned_a.object.object_id == spawned_b.object.object_id == object_id
    assert spawned_a.object.proxy.asset.id
    while True:
        update = await next_of(a, pb.SceneEvent.KIND_UPDATED)
        if update.object.complete:
            break
    assert update.object.mesh.asset.id and update.object.sound.asset.id
    late = stub.Subscribe(pb.SubscribeRequest(room="lobby"))
    snap = await next_of(late)
    assert snap.kind == pb.SceneEvent.KIND_SNAPSHOT and snap.object.object_id == object_id
    assert snap.object.complete and snap.object.seed == 3
    read = asyncio.ensure_future(other.read())
    await asyncio.sleep(0.2)
    assert not read.done(), "a spawn leaked into another room"
    for call in (a, b, late, other):
        call.cancel()


def test_room_keeps_at_most_max_objects():
    from figment.rooms import Rooms

    rooms = Rooms(max_rooms=2, max_objects=2, max_subscribers=2)
    for i in range(3):
        rooms.publish("r", pb.SceneObject(object_id=str(i)))
    assert [o.object_id for o in rooms.objects("r")] == ["1", "2"]
