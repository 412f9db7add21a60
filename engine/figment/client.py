"""A small gRPC client for the CLI, the smoke test and benchmarks; a daemon started on demand."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import grpc

from .config import Settings
from .v1 import figment_pb2 as pb
from .v1 import figment_pb2_grpc as pb_grpc

if TYPE_CHECKING:
    from .plugins import Registry

__all__ = ["Client", "ConjureResult", "LocalDaemon", "daemon_running", "parse_blend"]

_EXT = {"model/gltf-binary": ".glb", "audio/wav": ".wav", "audio/ogg": ".ogg", "image/png": ".png"}


def parse_blend(text: str) -> list[pb.AdapterWeight]:
    """'cosmic:0.6,culinary:0.4' → adapter weights."""
    out = []
    for item in filter(None, (p.strip() for p in text.split(","))):
        name, _, weight = item.partition(":")
        out.append(pb.AdapterWeight(name=name.strip(), weight=float(weight or 1.0)))
    return out


@dataclass
class ConjureResult:
    """Every event of one Conjure, and the assets it named."""

    events: list[pb.ConjureEvent] = field(default_factory=list)

    def of(self, kind: str) -> list[Any]:
        """The payloads of every event of one kind ('text_delta', 'mesh', ...)."""
        return [getattr(e, kind) for e in self.events if e.WhichOneof("event") == kind]

    def last(self, kind: str) -> Any | None:
        """The payload of the last event of a kind (the latest revision), or None."""
        found = self.of(kind)
        return found[-1] if found else None

    def assets(self) -> dict[str, pb.AssetRef]:
        """Name → asset reference for every asset the events named (the latest revision's)."""
        named: dict[str, pb.AssetRef] = {}
        for kind, attrs in (
            ("proxy", ("asset",)),
            ("mesh", ("asset",)),
            ("sound", ("asset", "preview")),
            ("speech", ("wav", "ogg")),
        ):
            payload = self.last(kind)
            for attr in attrs:
                if payload is not None and payload.HasField(attr):
                    ref = getattr(payload, attr)
                    named[f"{kind}-{attr}" if attr != "asset" else kind] = ref
        return named


def _heard(event: pb.ConjureEvent) -> bool:
    """Whether a live call's daemon has stopped listening by this event: the final transcript,
    an error (the final transcript's own, too) or the end."""
    final = event.HasField("transcript") and not event.transcript.partial
    return final or event.HasField("error") or event.HasField("done")


class Client:
    """An async client over one channel."""

    def __init__(self, address: str, token: str | None = None):
        self.channel = grpc.aio.insecure_channel(address)
        self.stub = pb_grpc.FigmentStub(self.channel)
        self.metadata = (("authorization", f"Bearer {token}"),) if token else ()

    async def close(self) -> None:
        """Close the channel."""
        await self.channel.close()

    async def conjure(
        self, request: pb.ConjureRequest, timeout: float | None = None
    ) -> AsyncIterator[pb.ConjureEvent]:
        """Stream a Conjure's events."""
        call = self.stub.Conjure(request, metadata=self.metadata, timeout=timeout)
        try:
            async for event in call:
                yield event
        finally:
            call.cancel()

    async def conjure_live(
        self, start: pb.LiveStart, pcm: AsyncIterator[bytes], timeout: float | None = None
    ) -> AsyncIterator[pb.ConjureEvent]:
        """Stream speech (16-bit mono PCM chunks at ``start.sample_rate``) into ConjureLive; the
        events, as Conjure's. The utterance ends when ``pcm`` ends (or at silence); once the
        final transcript is in (or the call is done or failed), the rest of ``pcm`` is not sent:
        the daemon stopped listening."""
        heard = asyncio.Event()

        async def requests() -> AsyncIterator[pb.LiveRequest]:
            yield pb.LiveRequest(start=start)
            async for chunk in pcm:
                if heard.is_set():
                    return
                yield pb.LiveRequest(pcm=chunk)
            yield pb.LiveRequest(end=True)

        call = self.stub.ConjureLive(requests(), metadata=self.metadata, timeout=timeout)
        try:
            async for event in call:
                if _heard(event):
                    heard.set()
                yield event
        finally:
            call.cancel()

    async def asset(self, asset_id: str) -> bytes:
        """An asset's bytes."""
        parts = [
            c.data
            async for c in self.stub.GetAsset(
                pb.GetAssetRequest(id=asset_id), metadata=self.metadata
            )
        ]
        return b"".join(parts)

    async def describe(self) -> pb.DescribeResponse:
        """The daemon's description."""
        reply: pb.DescribeResponse = await self.stub.Describe(
            pb.DescribeRequest(), metadata=self.metadata
        )
        return reply

    async def save_assets(self, result: ConjureResult, out: Path) -> dict[str, Path]:
        """Write every asset of a result to ``out`` as <name><ext>."""
        out.mkdir(parents=True, exist_ok=True)
        written = {}
        for name, ref in result.assets().items():
            path = out / f"{name}{_EXT.get(ref.media_type, '.bin')}"
            path.write_bytes(await self.asset(ref.id))
            written[name] = path
        return written


def daemon_running(address: str, timeout: float = 0.5) -> bool:
    """Whether a daemon answers health checks at ``address``."""
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    with grpc.insecure_channel(address) as channel:
        try:
            reply = health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(), timeout=timeout
            )
        except grpc.RpcError:
            return False
    return bool(reply.status == health_pb2.HealthCheckResponse.SERVING)


class LocalDaemon:
    """A daemon in a background thread of this process (for the CLI and smoke test).

    It runs :func:`figment.serve.serve`, the start-up of ``figment serve``, stopped by an event
    instead of a signal; ``info`` holds the addresses serve reports.
    """

    def __init__(self, settings: Settings, registry: Registry | None = None):
        self.settings = settings
        self.registry = registry
        self.info: dict[str, Any] = {}
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._main, name="figment-daemon", daemon=True)

    def _main(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:
            self._error = exc
            self._ready.set()

    async def _serve(self) -> None:
        from .serve import serve

        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        await serve(self.settings, on_ready=self._on_ready, registry=self.registry, stop=self._stop)

    def _on_ready(self, info: dict[str, Any]) -> None:
        self.info.update(info)
        self._ready.set()

    def __enter__(self) -> LocalDaemon:
        self._thread.start()
        self._ready.wait()
        if self._error is not None:
            raise self._error
        return self

    def __exit__(self, *exc: object) -> None:
        if self._loop is not None and self._stop is not None:
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout=10)


@contextlib.contextmanager
def daemon_at(address: str, settings: Settings) -> Iterator[str]:
    """The address of a running daemon: ``address`` if one answers there, else a local one.

    The local one serves this process only: plain gRPC on a free loopback port, no gateway, and
    1 s of grace for a call still running when the process leaves.
    """
    if daemon_running(address):
        yield address
        return
    private = settings.model_copy(
        update={
            "host": "127.0.0.1",
            "grpc_port": 0,
            "http_port": None,
            "tls_cert": None,  # Client speaks plain gRPC
            "tls_key": None,
            "grace_s": 1.0,
        }
    )
    with LocalDaemon(private) as local:
        yield local.info["grpc"]
