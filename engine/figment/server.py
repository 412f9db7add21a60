"""The gRPC transport: a ``grpc.aio`` servicer that only translates to and from the engine.

Domain errors become ``context.abort(code, message)`` in one place (``_guard``); anything
unexpected becomes INTERNAL with the request id, never a stack trace. A client that cancels or
disconnects sets the call's cancellation event through ``context.add_callback``. Health
(``grpc.health.v1``) and reflection are served; ``Daemon.stop`` turns health NOT_SERVING, lets
in-flight calls finish within the grace period, then stops.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from . import heap, pipeline, single
from .config import Limits, is_loopback
from .engine import Call, Engine
from .errors import FigmentError, InvalidArgument, Unauthenticated
from .ratelimit import RateLimiter
from .v1 import figment_pb2 as pb
from .v1 import figment_pb2_grpc as pb_grpc
from .wire import check_length, check_message, request_limit

__all__ = ["LIVENESS", "Daemon", "FigmentServicer"]

log = logging.getLogger("figment.server")
_T = TypeVar("_T")
SERVICE = pb.DESCRIPTOR.services_by_name["Figment"].full_name


def _call(context: grpc.aio.ServicerContext, gateway_key: str = "") -> Call:
    metadata = dict(context.invocation_metadata() or ())
    # only the daemon's own gateway may name the client it forwards for; anyone else could
    # rotate fake peers past the rate limit
    forwarded = gateway_key and _safe_equal(str(metadata.get("x-figment-gateway", "")), gateway_key)
    call = Call(peer=(forwarded and metadata.get("x-figment-peer")) or context.peer())
    if metadata.get("x-request-id"):
        call.request_id = str(metadata["x-request-id"])[:64]
    remaining = context.time_remaining()
    if remaining is not None:
        call.deadline = time.monotonic() + remaining
    context.add_done_callback(lambda _ctx: call.cancelled.set())
    return call


async def _abort(context: grpc.aio.ServicerContext, exc: FigmentError) -> None:
    await context.abort(getattr(grpc.StatusCode, exc.code), exc.message)


class FigmentServicer(pb_grpc.FigmentServicer):
    """Maps each RPC onto the engine."""

    def __init__(self, engine: Engine, limiter: RateLimiter | None = None):
        self.engine = engine
        self.limiter = limiter

    def _admit(self, call: Call) -> None:
        if self.limiter is not None:
            self.limiter.check(call.peer)

    def _call(self, context: grpc.aio.ServicerContext) -> Call:
        return _call(context, self.engine.gateway_key)

    @asynccontextmanager
    async def _guard(self, context: grpc.aio.ServicerContext, method: str) -> AsyncIterator[Call]:
        """Admit a call, map its errors to status codes, and log one line when it ends."""
        call = self._call(context)
        start = time.monotonic()
        outcome = "OK"
        try:
            self._admit(call)
            yield call
        except FigmentError as exc:
            outcome = exc.code
            await _abort(context, exc)
        except asyncio.CancelledError:
            outcome = "CANCELLED"
            call.cancelled.set()
            raise
        except (Exception, SystemExit):  # a plugin's sys.exit() must not stop the daemon
            outcome = "INTERNAL"
            log.exception("internal error", extra={"request_id": call.request_id})
            await context.abort(
                grpc.StatusCode.INTERNAL, f"internal error (request {call.request_id})"
            )
        finally:
            ms = (time.monotonic() - start) * 1000
            log.info(
                "%s %s in %.0f ms (%s)",
                method,
                outcome,
                ms,
                call.peer,
                extra={"request_id": call.request_id},
            )

    async def _stream(
        self,
        context: grpc.aio.ServicerContext,
        method: str,
        make: Callable[[Call], AsyncIterator[Any]],
    ) -> AsyncIterator[Any]:
        async with self._guard(context, method) as call:
            async for item in make(call):
                yield item

    async def _unary(
        self, context: grpc.aio.ServicerContext, method: str, make: Callable[[Call], Awaitable[_T]]
    ) -> _T:
        async with self._guard(context, method) as call:
            return await make(call)
        raise AssertionError("unreachable: the guard aborted the call, which raises")

    async def Conjure(
        self, request: pb.ConjureRequest, context: Any
    ) -> AsyncIterator[pb.ConjureEvent]:
        """The whole pipeline."""
        async for item in self._stream(
            context, "Conjure", lambda call: pipeline.conjure(self.engine, request, call)
        ):
            yield item

    async def ConjureLive(
        self, requests: AsyncIterator[pb.LiveRequest], context: Any
    ) -> AsyncIterator[pb.ConjureEvent]:
        """The whole pipeline from speech streamed while the user speaks."""
        async for item in self._stream(
            context, "ConjureLive", lambda call: pipeline.conjure_live(self.engine, requests, call)
        ):
            yield item

    async def Imagine(
        self, request: pb.ImagineRequest, context: Any
    ) -> AsyncIterator[pb.ImagineEvent]:
        """The text stage."""
        async for item in self._stream(
            context, "Imagine", lambda call: single.imagine(self.engine, request, call)
        ):
            yield item

    async def GetAsset(
        self, request: pb.GetAssetRequest, context: Any
    ) -> AsyncIterator[pb.AssetChunk]:
        """An asset in chunks."""
        async for item in self._stream(
            context, "GetAsset", lambda call: self.engine.asset_chunks(request)
        ):
            yield item

    async def Subscribe(
        self, request: pb.SubscribeRequest, context: Any
    ) -> AsyncIterator[pb.SceneEvent]:
        """A room's events."""
        async for item in self._stream(
            context, "Subscribe", lambda call: self.engine.subscribe(request)
        ):
            yield item

    async def Parse(self, request: pb.ParseRequest, context: Any) -> pb.ParseResponse:
        """Text to spec."""
        return await self._unary(
            context, "Parse", lambda call: single.parse(self.engine, request, call)
        )

    async def Transcribe(
        self, request: pb.TranscribeRequest, context: Any
    ) -> pb.TranscribeResponse:
        """Speech to text."""
        return await self._unary(
            context, "Transcribe", lambda call: single.transcribe(self.engine, request, call)
        )

    async def Speak(self, request: pb.SpeakRequest, context: Any) -> pb.SpeakResponse:
        """Text to speech."""
        return await self._unary(
            context, "Speak", lambda call: single.speak(self.engine, request, call)
        )

    async def Describe(self, request: pb.DescribeRequest, context: Any) -> pb.DescribeResponse:
        """What this daemon has."""

        async def describe(call: Call) -> pb.DescribeResponse:
            return self.engine.describe()

        return await self._unary(context, "Describe", describe)


class _Malformed:
    """Stands in for a request refused from its bytes: not a valid message, or over a limit."""

    def __init__(self, error: FigmentError):
        self.error = error


class _DecodeInterceptor(grpc.aio.ServerInterceptor):
    """Checks request bytes against the limits before decoding them (``figment.wire``), and
    answers undecodable bytes with INVALID_ARGUMENT (grpc itself says UNKNOWN)."""

    def __init__(self, limits: Limits):
        self.limits = limits

    async def intercept_service(self, continuation: Any, details: Any) -> Any:
        handler = await continuation(details)
        if (
            handler is None
            or not details.method.startswith(f"/{SERVICE}/")
            or handler.request_deserializer is None
        ):
            return handler
        method = pb.DESCRIPTOR.services_by_name["Figment"].methods_by_name.get(
            details.method.rsplit("/", 1)[-1]
        )
        if method is None:
            return handler
        return _tolerant(handler, method, self.limits)


def _tolerant(handler: Any, method: Any, limits: Limits) -> Any:
    parse = handler.request_deserializer
    descriptor = method.input_type

    def deserialize(data: bytes) -> Any:
        try:
            check_length(method.name, len(data), limits)
            check_message(data, descriptor, limits)
        except FigmentError as exc:
            # without its traceback, whose frames hold ``data``: a refused call's abort leaves
            # the error in a reference cycle that only a full garbage collection frees, and 20
            # refused 12 MB messages kept ~190 MB alive that way
            return _Malformed(exc.with_traceback(None))
        try:
            return parse(data)
        except Exception as exc:
            return _Malformed(InvalidArgument("request", f"not a valid message ({exc})"))

    async def refuse(request: _Malformed, context: grpc.aio.ServicerContext) -> None:
        await context.abort(getattr(grpc.StatusCode, request.error.code), request.error.message)

    if handler.request_streaming:  # ConjureLive: each message is checked as it arrives
        inner_bidi = handler.stream_stream

        async def checked(requests: AsyncIterator[Any]) -> AsyncIterator[Any]:
            async for item in requests:
                if isinstance(item, _Malformed):
                    raise item.error  # the call fails with its code, through the usual guard
                yield item

        async def bidi(requests: AsyncIterator[Any], context: grpc.aio.ServicerContext) -> Any:
            async for item in inner_bidi(checked(requests), context):
                yield item

        return grpc.stream_stream_rpc_method_handler(bidi, deserialize, handler.response_serializer)
    if handler.response_streaming:
        inner_stream = handler.unary_stream

        async def stream(request: Any, context: grpc.aio.ServicerContext) -> Any:
            if isinstance(request, _Malformed):
                await refuse(request, context)
            async for item in inner_stream(request, context):
                yield item

        return grpc.unary_stream_rpc_method_handler(
            stream, deserialize, handler.response_serializer
        )
    inner_unary = handler.unary_unary

    async def unary(request: Any, context: grpc.aio.ServicerContext) -> Any:
        if isinstance(request, _Malformed):
            await refuse(request, context)
        return await inner_unary(request, context)

    return grpc.unary_unary_rpc_method_handler(unary, deserialize, handler.response_serializer)


class _TokenInterceptor(grpc.aio.ServerInterceptor):
    """Rejects calls without ``authorization: Bearer <token>`` (health stays open)."""

    def __init__(self, token: str):
        self.expected = f"Bearer {token}"

    async def intercept_service(self, continuation: Any, details: Any) -> Any:
        if details.method.startswith("/grpc.health.v1.") or details.method.startswith(
            "/grpc.reflection."
        ):
            return await continuation(details)
        metadata = dict(details.invocation_metadata or ())
        if _safe_equal(metadata.get("authorization", ""), self.expected):
            return await continuation(details)
        handler = await continuation(details)
        return _deny(handler)


def _safe_equal(a: str, b: str) -> bool:
    import hmac

    return hmac.compare_digest(a.encode(), b.encode())


def _deny(handler: Any) -> Any:
    message = Unauthenticated("missing or wrong bearer token (metadata 'authorization')").message

    async def unary(request: Any, context: grpc.aio.ServicerContext) -> Any:
        await context.abort(grpc.StatusCode.UNAUTHENTICATED, message)

    async def stream(request: Any, context: grpc.aio.ServicerContext) -> Any:
        await context.abort(grpc.StatusCode.UNAUTHENTICATED, message)
        yield  # pragma: no cover

    if handler is None:
        return None
    if handler.request_streaming:  # ConjureLive: refused before a request is read
        return grpc.stream_stream_rpc_method_handler(
            stream, handler.request_deserializer, handler.response_serializer
        )
    if handler.response_streaming:
        return grpc.unary_stream_rpc_method_handler(
            stream, handler.request_deserializer, handler.response_serializer
        )
    return grpc.unary_unary_rpc_method_handler(
        unary, handler.request_deserializer, handler.response_serializer
    )


_WATCH_S = 1.0
LIVENESS = "figment.liveness"
"""A health service name that is SERVING from start to shutdown, whatever Redis does: for a
liveness probe (a replica that cannot reach Redis is not ready, but restarting it would not help)."""


def server_options(limits: Limits) -> list[tuple[str, int]]:
    """The gRPC server's channel arguments for these limits.

    gRPC holds a whole message before a deserializer sees it: past the largest request any RPC can
    legitimately be (audio_request_bytes), gRPC itself refuses it, and it never becomes Python
    bytes; each RPC's own, smaller limit is checked from the length first. gRPC's "tarpit" holds
    such a refusal back 100-1000 ms to slow an abusive peer; a local daemon answers at once, so the
    client learns which limit it passed without waiting.
    """
    receive, _ = request_limit("Conjure", limits)
    return [
        ("grpc.max_receive_message_length", receive),
        ("grpc.max_send_message_length", limits.max_message_bytes),
        ("grpc.http.tarpit", 0),
        ("grpc.so_reuseport", 0),
    ]


class Daemon:
    """A running gRPC server around one engine."""

    def __init__(self, engine: Engine):
        heap.tune_malloc()
        self.engine = engine
        s = engine.settings
        interceptors: list[grpc.aio.ServerInterceptor] = [_DecodeInterceptor(engine.limits)]
        if s.token:
            interceptors.insert(0, _TokenInterceptor(s.token))
        self.server = grpc.aio.server(
            interceptors=interceptors, options=server_options(engine.limits)
        )
        limiter = RateLimiter(engine.limits.rate_per_minute)
        pb_grpc.add_FigmentServicer_to_server(FigmentServicer(engine, limiter), self.server)
        self._watch: asyncio.Task[None] | None = None
        self._stopping = False
        admission = engine.admission
        self.heap = heap.HeapKeeper(lambda: admission.active == 0 and admission.waiting == 0)
        self._heap_task: asyncio.Task[None] | None = None
        self.health = (
            health.aio.HealthServicer() if hasattr(health, "aio") else health.HealthServicer()
        )
        health_pb2_grpc.add_HealthServicer_to_server(self.health, self.server)
        reflection.enable_server_reflection(
            (
                SERVICE,
                health_pb2.DESCRIPTOR.services_by_name["Health"].full_name,
                reflection.SERVICE_NAME,
            ),
            self.server,
        )
        address = f"{s.host}:{s.grpc_port}"
        if s.tls_cert and s.tls_key:
            creds = grpc.ssl_server_credentials([(s.tls_key.read_bytes(), s.tls_cert.read_bytes())])
            self.port = self.server.add_secure_port(address, creds)
        else:
            self.port = self.server.add_insecure_port(address)
        if not self.port:
            raise OSError(f"cannot listen on {address}")
        # The gateway reaches gRPC on loopback. When the public port is TLS or not on loopback,
        # it gets a plain port of its own on 127.0.0.1 (the token still applies there).
        loopback = is_loopback(s.host) and ":" not in s.host  # reachable at 127.0.0.1
        plain_loopback = loopback and not (s.tls_cert and s.tls_key)
        self.internal_port = (
            self.port if plain_loopback else self.server.add_insecure_port("127.0.0.1:0")
        )

    async def start(self) -> None:
        """Connect the shared backends, start serving and report SERVING (and, with shared
        backends, NOT_SERVING while one of them cannot be reached)."""
        await self.engine.open()
        await self.server.start()
        await self._set_health(health_pb2.HealthCheckResponse.SERVING)
        await self._set_health(health_pb2.HealthCheckResponse.SERVING, (LIVENESS,))
        if self.engine.shared:
            self._watch = asyncio.create_task(self._watch_backends())
        self._heap_task = asyncio.create_task(self.heap.run())

    async def _watch_backends(self) -> None:
        """Every ``_WATCH_S`` seconds: NOT_SERVING (and one log line) when Redis stops
        answering, SERVING again (and a line) when it is back."""
        while not self._stopping:
            problem = await self.engine.check_backends()
            if problem != self.engine.health_problem:
                if problem:
                    log.warning("%s; health is NOT_SERVING until it is back", problem)
                else:
                    log.warning("shared backends reachable again; health is SERVING")
                self.engine.health_problem = problem
                await self._set_health(
                    health_pb2.HealthCheckResponse.NOT_SERVING
                    if problem
                    else health_pb2.HealthCheckResponse.SERVING
                )
            await asyncio.sleep(_WATCH_S)

    async def _set_health(self, status: int, names: tuple[str, ...] = ("", SERVICE)) -> None:
        for name in names:
            result = self.health.set(name, status)
            if asyncio.iscoroutine(result):
                await result

    async def stop(self, grace: float | None = None) -> None:
        """NOT_SERVING, then let in-flight calls finish within ``grace`` seconds, then stop."""
        self._stopping = True
        if self._heap_task is not None:
            self._heap_task.cancel()
            await asyncio.wait([self._heap_task])
        if self._watch is not None:
            # a client library may swallow the cancellation of a call in flight: the flag ends
            # the loop then, and the wait is bounded either way
            self._watch.cancel()
            await asyncio.wait([self._watch], timeout=_WATCH_S + 5)
        await self._set_health(health_pb2.HealthCheckResponse.NOT_SERVING, ("", SERVICE, LIVENESS))
        await self.server.stop(self.engine.settings.grace_s if grace is None else grace)
        await self.engine.close()

    async def wait(self) -> None:
        """Until the server stops."""
        await self.server.wait_for_termination()
