"""What one daemon holds (settings, stages, assets, rooms, workers, admission) and the RPCs that
run no stage: Describe, GetAsset and Subscribe.

The gRPC server (:mod:`figment.server`) calls it; the JSON gateway does not, it forwards every
call to that server over loopback gRPC, so both transports take one path. The RPCs that run
stages (:mod:`figment.pipeline`, :mod:`figment.single`) check their requests in
:mod:`figment.checks`, take a slot from :class:`Admission` (a concurrency limit with a bounded
queue) and run stages through :mod:`figment.runner` with a context carrying the deadline and the
call's cancellation event. Transports only translate: they set ``Call.cancelled`` when the
client goes away and map ``FigmentError`` codes to their own status.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import threading
import time
import uuid
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import __version__
from .assets import AssetBackend, AssetStore
from .config import LIMIT_UNITS, Settings
from .errors import InvalidArgument, ResourceExhausted
from .plugins import Registry
from .rooms import Rooms, RoomStore, check_room_name
from .shared import redacted
from .spec import VOCABULARY
from .stages import Host, Stage, StageContext, StageKind
from .v1 import figment_pb2 as pb
from .wire import request_limit

if TYPE_CHECKING:
    from .shared_rooms import RedisRooms

__all__ = ["Admission", "Call", "Engine"]


@dataclass
class Call:
    """One client call: its id, deadline (``time.monotonic``) and cancellation event."""

    request_id: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    deadline: float | None = None
    cancelled: threading.Event = field(default_factory=threading.Event)
    peer: str = ""


class Admission:
    """At most ``running`` requests at once and ``queue`` waiting; beyond that, refuse at once."""

    def __init__(self, running: int, queue: int):
        self.running = running
        self.queue = queue
        self._sem = asyncio.Semaphore(running)
        self.waiting = 0
        self.active = 0

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold a slot for the duration of the block."""
        if self._sem.locked() and self.waiting >= self.queue:
            raise ResourceExhausted(
                f"busy: {self.running} requests running and {self.queue} waiting (the limits); "
                "retry later"
            )
        self.waiting += 1
        try:
            await self._sem.acquire()
        finally:
            self.waiting -= 1
        self.active += 1
        try:
            yield
        finally:
            self.active -= 1
            self._sem.release()


class Engine:
    """Everything one daemon holds: settings, stages, assets, rooms, workers, admission."""

    def __init__(self, settings: Settings, registry: Registry | None = None):
        self.settings = settings
        self.host = Host(home=settings.home, model=settings.model, device=settings.device,
                         spin_us=settings.spin_us)  # fmt: skip
        """What stages receive when they load: the home folder and the shared language model."""
        self.limits = settings.limits
        self.registry = registry or Registry(settings.stages, settings.plugins)
        self.assets: AssetBackend
        self.rooms: Rooms | RedisRooms
        if settings.assets == "disk":
            self.assets = AssetStore(
                settings.assets_dir, self.limits.store_bytes, self.limits.max_asset_bytes
            )
        else:
            from .shared_assets import RedisAssetStore

            self.assets = RedisAssetStore(
                settings.assets, self.limits.store_bytes, self.limits.max_asset_bytes
            )
        room_store = (
            RoomStore(
                settings.rooms_dir,
                self.limits.max_rooms,
                self.limits.max_room_objects,
                self.limits.max_room_chars,
            )
            if settings.rooms_persist
            else None
        )
        if settings.rooms == "memory":
            self.rooms = Rooms(
                self.limits.max_rooms,
                self.limits.max_room_objects,
                self.limits.max_subscribers,
                room_store,
            )
        else:
            from .shared_rooms import RedisRooms

            self.rooms = RedisRooms(
                settings.rooms,
                self.limits.max_rooms,
                self.limits.max_room_objects,
                self.limits.max_subscribers,
            )
        self.health_problem: str | None = None
        """Why this replica cannot serve now (a shared backend is unreachable), or None."""
        self.assets.on_evict = self.rooms.forget_assets  # no room names an evicted asset
        self.executor = ThreadPoolExecutor(settings.workers, thread_name_prefix="figment-stage")
        self.admission = Admission(self.limits.max_concurrent, self.limits.max_queue)
        self.log = logging.getLogger("figment")
        self.gateway_key = secrets.token_hex(16)
        """Proves a call comes from this daemon's gateway, which may name the client's address."""

    async def open(self) -> None:
        """Connect the shared backends (a clear error naming the Redis URL when one cannot be
        reached; nothing to do for memory rooms and disk assets)."""
        await self.rooms.open()
        await asyncio.to_thread(self.assets.open)

    @property
    def shared(self) -> bool:
        """Whether rooms or assets live in a Redis shared with other replicas."""
        return self.settings.rooms != "memory" or self.settings.assets != "disk"

    async def check_backends(self) -> str | None:
        """None when the shared backends answer, else what is wrong (for health)."""
        return await self.rooms.check() or await asyncio.to_thread(self.assets.check)

    async def close(self) -> None:
        """Unload stages, write persistent rooms, and stop the workers."""
        await self.registry.unload_all()
        await self.rooms.aclose()
        await asyncio.to_thread(self.assets.close)
        self.executor.shutdown(wait=False, cancel_futures=True)

    # ---- helpers shared by the RPCs -----------------------------------------------------------

    def deadline_of(self, call: Call) -> float:
        """The call's deadline, or the default one."""
        default = time.monotonic() + self.limits.default_deadline_s
        return min(call.deadline, default) if call.deadline else default

    def context(self, call: Call, seed: int) -> StageContext:
        """A stage context bound to this call."""
        return StageContext(
            request_id=call.request_id,
            seed=seed,
            assets=self.assets,
            log=logging.LoggerAdapter(self.log, {"request_id": call.request_id}),
            deadline=self.deadline_of(call),
            cancelled=call.cancelled,
            executor=self.executor,
        )

    async def stage(self, kind: StageKind) -> Stage:
        """The loaded stage for a kind (FAILED_PRECONDITION when none is installed)."""
        stage, _ = await self.registry.get(kind, self.host)
        return stage

    # ---- Describe -----------------------------------------------------------------------------

    def describe(self) -> pb.DescribeResponse:
        """Version, stages, limits and vocabularies."""
        self.registry.discover()
        out = pb.DescribeResponse(version=__version__)
        for slot in sorted(self.registry.slots.values(), key=lambda s: (s.cls.kind, s.cls.id)):
            schema = slot.cls.Options.model_json_schema()
            out.stages.append(
                pb.StageInfo(
                    id=slot.cls.id,
                    kind=slot.cls.kind.value,
                    plugin=slot.plugin,
                    description=slot.cls.description,
                    selected=self.registry.is_selected(slot),
                    loaded=slot.instance is not None,
                    status=slot.status,
                    options_schema=json.dumps(schema, sort_keys=True),
                    bounds=slot.cls.bounds.declared(),
                )
            )
            if slot.instance is not None:
                for key, value in slot.instance.info().items():
                    out.notes[f"{slot.cls.id}.{key}"] = value
        for name, problem in self.registry.broken.items():
            out.notes[f"plugin.{name}"] = f"failed to load: {problem}"
        for name, finfo in type(self.limits).model_fields.items():
            out.limits.append(
                pb.LimitInfo(
                    name=name,
                    value=float(getattr(self.limits, name)),
                    unit=LIMIT_UNITS[name],
                    description=finfo.description or "",
                )
            )
        for method, what in (
            ("Imagine", "without audio: 4 x max_prompt_chars + 8 x 4 x max_stage_options_bytes "
             "+ 4 KiB"),
            ("Conjure", "with audio: request_bytes + max_audio_input_bytes (gRPC's own receive "
             "limit)"),
        ):  # fmt: skip
            size, name = request_limit(method, self.limits)
            description = f"one request {what}, at most max_message_bytes (derived)"
            out.limits.append(
                pb.LimitInfo(name=name, value=float(size), unit="bytes", description=description)
            )
        for name, value in (("rooms", self.settings.rooms), ("assets", self.settings.assets)):
            out.notes[f"backend.{name}"] = redacted(value)
        if self.health_problem:
            out.notes["backend.problem"] = self.health_problem
        for name, words in VOCABULARY.items():
            out.vocabulary[name] = ",".join(words)
        self._describe_models(out)
        return out

    def _describe_models(self, out: pb.DescribeResponse) -> None:
        """Built models and installed adapters (read from their manifests; nothing is loaded)."""
        from .model.adapters import discover_adapters
        from .model.build import PRECISIONS, find_model
        from .model.runtime import available_providers
        from .model.service import loaded_provider

        out.devices.extend(available_providers())
        models = self.settings.home / "models"
        for precision in PRECISIONS:
            found = find_model(models, precision)
            status = (
                "built" if found else f"not built: `figment model build --precision {precision}`"
            )
            device = ""
            if precision == self.settings.model:  # the one the daemon serves
                status += ", selected"
                loaded = loaded_provider(models, precision, self.settings.device)
                device = loaded or f"{self.settings.device} (not loaded)"
            name = found.name if found else f"smollm2-135m-{precision}"
            out.models.append(
                pb.ModelInfo(name=name, precision=precision, device=device, status=status)
            )
        for name, path in sorted(discover_adapters([self.settings.home / "adapters"]).items()):
            try:
                manifest = json.loads((path / "manifest.json").read_text())
                out.adapters.append(
                    pb.AdapterInfo(
                        name=name,
                        description=manifest.get("description", ""),
                        rank=int(manifest.get("rank", 0)),
                    )
                )
            except (OSError, ValueError) as exc:
                out.notes[f"adapter.{name}"] = f"unreadable manifest: {exc}"

    # ---- GetAsset -----------------------------------------------------------------------------

    async def asset_chunks(self, req: pb.GetAssetRequest) -> AsyncIterator[pb.AssetChunk]:
        """An asset's bytes in chunks from ``offset`` (read off the event loop: the store may be
        a Redis on the network)."""
        info = await asyncio.to_thread(self.assets.info, req.id)
        if req.offset > info.size:
            raise InvalidArgument("offset", f"{req.offset} is past the asset's {info.size} bytes")
        chunk = self.limits.asset_chunk_bytes
        offset = int(req.offset)
        while True:
            data = await asyncio.to_thread(self.assets.read, req.id, offset, chunk)
            yield pb.AssetChunk(
                data=data, offset=offset, total_size=info.size, media_type=info.media_type
            )
            offset += len(data)
            if offset >= info.size or not data:
                return

    async def subscribe(self, req: pb.SubscribeRequest) -> AsyncIterator[pb.SceneEvent]:
        """Every event of a room, snapshots first."""
        room = check_room_name(req.room, self.limits.max_room_chars)
        if not room:
            raise InvalidArgument("room", "must not be empty")
        async for event in self.rooms.subscribe(room):
            yield event
