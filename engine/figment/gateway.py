"""The JSON gateway: HTTP/1.1 and WebSocket for engines without HTTP/2 (Unity, Godot, web builds).

It is derived from the proto's service descriptor, not written per method: every RPC is served at
``POST /figment.v1.Figment/<Method>`` with a proto3-JSON body, and forwarded to the daemon's own
gRPC server on loopback, so auth, limits, rate limits and error codes are the gRPC ones by
construction. Unary answers are JSON; server streams are NDJSON (or SSE with
``Accept: text/event-stream``); ``Subscribe`` is also a WebSocket at ``GET`` of the same path;
assets are plain ``GET /assets/<id>`` with the id as ETag. Errors are
``{"error": {"code", "message", "httpStatus"}}`` with the HTTP status of google.rpc's mapping;
an error after a stream started is its last line.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any
from urllib.parse import urlsplit

import grpc
from aiohttp import WSMsgType, web
from aiohttp.web_protocol import RequestPayloadError
from google.protobuf import json_format
from google.protobuf.message import Message

from .assets import is_asset_id
from .config import Limits, Settings, is_loopback
from .engine import Engine
from .errors import FigmentError
from .v1 import figment_pb2 as pb
from .wire import check_json, check_length, request_limit

__all__ = ["HTTP_STATUS", "Gateway"]

log = logging.getLogger("figment.gateway")

HTTP_STATUS: dict[str, int] = {
    "OK": 200, "CANCELLED": 499, "UNKNOWN": 500, "INVALID_ARGUMENT": 400,
    "DEADLINE_EXCEEDED": 504, "NOT_FOUND": 404, "ALREADY_EXISTS": 409, "PERMISSION_DENIED": 403,
    "UNAUTHENTICATED": 401, "RESOURCE_EXHAUSTED": 429, "FAILED_PRECONDITION": 400,
    "ABORTED": 409, "OUT_OF_RANGE": 400, "UNIMPLEMENTED": 501, "INTERNAL": 500,
    "UNAVAILABLE": 503, "DATA_LOSS": 500,
}  # fmt: skip
"""gRPC status code name → HTTP status (google.rpc.Code's mapping)."""

SERVICE = pb.DESCRIPTOR.services_by_name["Figment"]
PREFIX = f"/{SERVICE.full_name}/"
_ALLOWED_HEADERS = "authorization, content-type, x-request-id, x-figment-timeout"
KEEPALIVE_S = 15.0
"""An idle keep-alive connection is closed after this many seconds."""
BODY_TIMEOUT_S = 30.0
"""A request body must arrive within this many seconds (a dribbling client is cut off)."""
HEARTBEAT_S = 40.0
"""A WebSocket is pinged after this many quiet seconds and closed when no pong comes within half
of it: long enough that a client busy importing a large mesh (or a loaded machine) is not cut off,
short enough that a client gone without a close frame is noticed within a minute."""


class _HttpError(Exception):
    def __init__(self, code: str, message: str, status: int | None = None, *, close: bool = False):
        super().__init__(message)
        self.code, self.message, self.status = code, message, status
        self.close = close  # the connection cannot go on after this answer


def error_body(code: str, message: str, status: int | None = None) -> dict[str, Any]:
    """The JSON error body both transports agree on."""
    status = status or HTTP_STATUS.get(code, 500)
    return {"error": {"code": code, "message": message, "httpStatus": status}}


def _error_response(code: str, message: str, status: int | None = None) -> web.Response:
    body = error_body(code, message, status)
    return web.json_response(body, status=body["error"]["httpStatus"])


def _too_large(message: str) -> _HttpError:
    """A request over the size limit: RESOURCE_EXHAUSTED, as HTTP 413 (not 429: retrying the
    same body will not help)."""
    return _HttpError("RESOURCE_EXHAUSTED", message, 413)


async def _read_body(request: web.Request, method: str, limits: Limits) -> bytes:
    """The body (decompressed), refused as soon as it is longer than ``method``'s request limit:
    from Content-Length before any of it is read, else while it arrives."""
    if request.content_length is not None:
        check_length(method, request.content_length, limits, json=True)
    body = bytearray()
    async for chunk in request.content.iter_any():
        body += chunk
        check_length(method, len(body), limits, json=True)
    return bytes(body)


def _printable(value: str) -> bool:
    return value.isascii() and value.isprintable()


def _decode(raw: bytes, message_type: type[Message]) -> Message:
    """A JSON body as a message, or _HttpError naming what is wrong."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise _HttpError("INVALID_ARGUMENT", f"body: malformed JSON ({exc})") from None
    if not isinstance(data, dict):
        raise _HttpError("INVALID_ARGUMENT", "body: must be a JSON object")
    try:
        return json_format.ParseDict(data, message_type())
    except (json_format.ParseError, RecursionError, ValueError, TypeError) as exc:
        raise _HttpError("INVALID_ARGUMENT", f"body: {exc}") from None


async def _relay(
    call: Any, ws: web.WebSocketResponse, seen: Callable[[Any], None] | None = None
) -> None:
    """A gRPC stream's messages to a WebSocket as JSON text frames (each shown to ``seen``
    first); its error as the last frame; then the socket closes."""
    try:
        async for event in call:
            if seen is not None:
                seen(event)
            await ws.send_str(to_json(event))
    except grpc.aio.AioRpcError as exc:
        if not ws.closed:
            await ws.send_str(json.dumps(error_body(exc.code().name, exc.details() or "")))
    await ws.close()


def _loopback_host(host: str) -> bool:
    """Whether a Host header names this machine by a loopback name or address."""
    name = urlsplit(f"//{host}").hostname
    return name is not None and is_loopback(name)


def _peer(request: web.Request) -> str:
    """The client's address and port, as gRPC writes a peer (each connection its own)."""
    peer = request.transport.get_extra_info("peername") if request.transport else None
    if isinstance(peer, tuple) and len(peer) >= 2:
        host, port = peer[0], peer[1]
        return f"ipv6:[{host}]:{port}" if ":" in str(host) else f"ipv4:{host}:{port}"
    return f"ipv4:{request.remote}:0"


def to_json(msg: Message) -> str:
    """A message as compact proto3 JSON with default-valued fields printed."""
    data = json_format.MessageToDict(msg, always_print_fields_with_no_presence=True)
    return json.dumps(data, separators=(",", ":"))


class Gateway:
    """An aiohttp app in front of the daemon's gRPC server."""

    def __init__(self, engine: Engine, grpc_target: str, settings: Settings):
        self.settings = settings
        self.engine = engine
        self.gateway_key = engine.gateway_key
        size = settings.limits.max_message_bytes
        self.channel = grpc.aio.insecure_channel(
            grpc_target,
            options=[
                ("grpc.max_receive_message_length", size),
                ("grpc.max_send_message_length", size),
            ],
        )
        self.methods = {m.name: m for m in SERVICE.methods}
        # each route reads its body with its own limit (_read_body); this is the largest of them
        largest, _ = request_limit("Conjure", settings.limits, json=True)
        self.app = web.Application(client_max_size=largest, middlewares=[self._guard, self._cors])
        self.app.router.add_get(f"{PREFIX}Subscribe", self._websocket)
        self.app.router.add_get(f"{PREFIX}ConjureLive", self._live)
        self.app.router.add_post(f"{PREFIX}Subscribe", self._subscribe_by_post)
        self.app.router.add_post(PREFIX + "{method}", self._rpc)
        self.app.router.add_get("/assets/{id}", self._asset)
        self.app.router.add_get("/healthz", self._health)
        for resource in list(self.app.router.resources()):  # CORS preflight on real routes only
            if isinstance(resource, web.Resource):  # every route above is one
                resource.add_route("OPTIONS", self._preflight)
        self.runner: web.AppRunner | None = None

    async def start(self) -> int:
        """Listen on the configured port; returns the bound port."""
        s = self.settings
        self.runner = web.AppRunner(
            self.app,
            handler_cancellation=True,
            access_log=None,
            keepalive_timeout=KEEPALIVE_S,  # an idle connection is closed after this
        )
        await self.runner.setup()
        ssl_context = None
        if s.tls_cert and s.tls_key:
            import ssl

            ssl_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            ssl_context.load_cert_chain(s.tls_cert, s.tls_key)
        site = web.TCPSite(self.runner, s.host, s.http_port or 0, ssl_context=ssl_context)
        await site.start()
        server = site._server
        assert server is not None and server.sockets  # type: ignore[attr-defined]
        return int(server.sockets[0].getsockname()[1])  # type: ignore[attr-defined]

    async def stop(self) -> None:
        """Stop accepting and close the channel."""
        if self.runner is not None:
            await self.runner.cleanup()
        await self.channel.close()

    # ---- plumbing --------------------------------------------------------------------------

    def _add_cors(self, request: web.Request, response: web.StreamResponse) -> None:
        origin = request.headers.get("Origin")
        if origin and self._origin_allowed(origin):
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Vary"] = "Origin"
            response.headers["Access-Control-Expose-Headers"] = "ETag, X-Request-Id"

    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Refuse what a web page the user happens to visit could send: a foreign Origin (a
        cross-site request), a foreign Host on a loopback daemon (DNS rebinding), and a POST body
        that is not JSON (a form posted across sites needs no preflight)."""
        origin = request.headers.get("Origin")
        if origin and not self._origin_allowed(origin):
            return _error_response(
                "PERMISSION_DENIED",
                f"Origin {origin!r} is not allowed: start the daemon with --cors-origin {origin}",
            )
        if is_loopback(self.settings.host) and not _loopback_host(request.host):
            return _error_response(
                "PERMISSION_DENIED", f"Host {request.host!r}: this daemon serves loopback only"
            )
        if request.method == "POST" and request.content_length != 0:
            media = request.content_type
            if media not in ("application/json", "application/octet-stream"):
                return _error_response(
                    "INVALID_ARGUMENT",
                    f"Content-Type: must be application/json (got {media!r})",
                    415,
                )
        try:
            return await handler(request)  # type: ignore[no-any-return]
        except web.HTTPNotFound:
            return _error_response("NOT_FOUND", f"no route {request.method} {request.path}")
        except web.HTTPMethodNotAllowed as exc:
            allowed = ", ".join(sorted(exc.allowed_methods))
            return _error_response(
                "UNIMPLEMENTED", f"{request.method} {request.path}: use {allowed}", 405
            )

    def _origin_allowed(self, origin: str) -> bool:
        allowed = self.settings.cors_origins
        if "*" in allowed or origin in allowed:
            return True
        host = urlsplit(origin).hostname
        return host is not None and is_loopback(host)

    @web.middleware
    async def _cors(self, request: web.Request, handler: Any) -> web.StreamResponse:
        response: web.StreamResponse = await handler(request)
        if not response.prepared:
            self._add_cors(request, response)
        return response

    async def _preflight(self, request: web.Request) -> web.Response:
        response = web.Response(status=204)
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = _ALLOWED_HEADERS
        response.headers["Access-Control-Max-Age"] = "600"
        return response

    async def _health(self, request: web.Request) -> web.Response:
        problem = self.engine.health_problem  # a shared backend (Redis) out of reach
        if problem:
            return web.json_response({"status": "NOT_SERVING", "reason": problem}, status=503)
        return web.json_response({"status": "SERVING"})

    def _authorization(self, request: web.Request) -> str:
        header = request.headers.get("Authorization", "")
        # ?token= only where a browser cannot set a header: the WebSocket and asset GETs
        if not header and request.method == "GET" and request.query.get("token"):
            header = f"Bearer {request.query['token']}"
        token = self.settings.token
        if header and not _printable(header):
            raise _HttpError("UNAUTHENTICATED", "header 'Authorization': printable ASCII only")
        if token and not hmac.compare_digest(header.encode(), f"Bearer {token}".encode()):
            raise _HttpError(
                "UNAUTHENTICATED", "missing or wrong bearer token (header 'Authorization')"
            )
        return header

    def _metadata(self, request: web.Request) -> tuple[tuple[str, str], ...]:
        md = [
            ("x-figment-peer", _peer(request)),
            ("x-figment-gateway", self.gateway_key),
        ]
        header = self._authorization(request)
        if header:
            md.append(("authorization", header))
        request_id = request.headers.get("X-Request-Id", "")
        if request_id:
            if not _printable(request_id):
                raise _HttpError("INVALID_ARGUMENT", "X-Request-Id: printable ASCII only")
            md.append(("x-request-id", request_id[:64]))
        return tuple(md)

    def _timeout(self, request: web.Request) -> float | None:
        raw = request.headers.get("X-Figment-Timeout")
        if raw is None:
            return None
        try:
            value = float(raw)
        except ValueError:
            raise _HttpError("INVALID_ARGUMENT", "X-Figment-Timeout: seconds as a number") from None
        if not 0 < value <= 3600:
            raise _HttpError("INVALID_ARGUMENT", "X-Figment-Timeout: must be in (0, 3600] seconds")
        return value

    async def _parse(
        self, request: web.Request, method: str, message_type: type[Message]
    ) -> Message:
        limits = self.settings.limits
        try:
            async with asyncio.timeout(BODY_TIMEOUT_S):
                raw = await _read_body(request, method, limits)
            check_json(raw, limits)
        except TimeoutError:
            raise _HttpError(
                "DEADLINE_EXCEEDED", f"body: not received within {BODY_TIMEOUT_S:g} s", 408
            ) from None
        except RequestPayloadError as exc:  # e.g. Content-Encoding: gzip on a plain body
            # the rest of it cannot be read either: the connection closes after the answer, rather
            # than aiohttp draining it (which raises the same error again, as a logged traceback)
            reason = " ".join(str(exc).split())
            raise _HttpError(
                "INVALID_ARGUMENT", f"body: cannot be read ({reason})", close=True
            ) from None
        except FigmentError as exc:
            raise _too_large(exc.message) from None
        if not raw.strip():
            return message_type()
        # decoding a large body is CPU work: off the event loop, which keeps serving meanwhile
        return await asyncio.to_thread(_decode, raw, message_type)

    # ---- routes ----------------------------------------------------------------------------

    async def _rpc(self, request: web.Request) -> web.StreamResponse:
        method = self.methods.get(request.match_info["method"])
        if method is None:
            return _error_response("UNIMPLEMENTED", f"no method {request.match_info['method']}")
        req_type = getattr(pb, method.input_type.name)
        resp_type = getattr(pb, method.output_type.name)
        path = f"{PREFIX}{method.name}"
        try:
            metadata = self._metadata(request)
            if method.client_streaming:
                raise _HttpError(
                    "UNIMPLEMENTED",
                    f"{method.name} is a WebSocket: GET {path} with an Upgrade header",
                    405,
                )
            timeout = self._timeout(request)
            message = await self._parse(request, method.name, req_type)
            check_length(method.name, message.ByteSize(), self.settings.limits)
        except FigmentError as exc:
            return _error_response(exc.code, exc.message, 413)
        except _HttpError as exc:
            response = _error_response(exc.code, exc.message, exc.status)
            if exc.close:
                response.force_close()
                await response.prepare(request)
                await response.write_eof()
                request.protocol.force_close()
            return response
        if not method.server_streaming:
            rpc = self.channel.unary_unary(
                path,
                request_serializer=req_type.SerializeToString,
                response_deserializer=resp_type.FromString,
            )
            try:
                reply = await rpc(message, metadata=metadata, timeout=timeout)
            except grpc.aio.AioRpcError as exc:
                return _error_response(exc.code().name, exc.details() or "")
            return web.Response(text=to_json(reply), content_type="application/json")
        stream = self.channel.unary_stream(
            path,
            request_serializer=req_type.SerializeToString,
            response_deserializer=resp_type.FromString,
        )
        call = stream(message, metadata=metadata, timeout=timeout)
        return await self._stream(request, call)

    async def _stream(self, request: web.Request, call: Any) -> web.StreamResponse:
        sse = "text/event-stream" in request.headers.get("Accept", "")
        iterator: AsyncIterator[Message] = call.__aiter__()
        try:
            try:
                first: Message | None = await iterator.__anext__()
            except StopAsyncIteration:
                first = None
            except grpc.aio.AioRpcError as exc:
                return _error_response(exc.code().name, exc.details() or "")
            response = web.StreamResponse(status=200)
            response.content_type = "text/event-stream" if sse else "application/x-ndjson"
            response.headers["Cache-Control"] = "no-cache"
            response.headers["X-Accel-Buffering"] = "no"
            self._add_cors(request, response)
            await response.prepare(request)

            async def write(line: str) -> None:
                await response.write((f"data: {line}\n\n" if sse else f"{line}\n").encode())

            try:
                if first is not None:
                    await write(to_json(first))
                    async for item in iterator:
                        await write(to_json(item))
            except grpc.aio.AioRpcError as exc:
                await write(json.dumps(error_body(exc.code().name, exc.details() or "")))
            await response.write_eof()
            return response
        finally:
            call.cancel()

    async def _subscribe_by_post(self, request: web.Request) -> web.StreamResponse:
        try:
            self._authorization(request)
        except _HttpError as exc:
            return _error_response(exc.code, exc.message, exc.status)
        return _error_response(
            "UNIMPLEMENTED",
            f"Subscribe is a WebSocket: GET {PREFIX}Subscribe?room=NAME with an Upgrade header",
            405,
        )

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        try:
            metadata = self._metadata(request)
        except _HttpError as exc:
            return _error_response(exc.code, exc.message)
        ws = web.WebSocketResponse(heartbeat=HEARTBEAT_S)
        self._add_cors(request, ws)
        await ws.prepare(request)
        rpc = self.channel.unary_stream(
            f"{PREFIX}Subscribe",
            request_serializer=pb.SubscribeRequest.SerializeToString,
            response_deserializer=pb.SceneEvent.FromString,
        )
        call = rpc(pb.SubscribeRequest(room=request.query.get("room", "")), metadata=metadata)
        task = asyncio.create_task(_relay(call, ws))
        try:
            async for msg in ws:  # the client may only close; anything else is ignored
                if msg.type in (WSMsgType.CLOSE, WSMsgType.ERROR):
                    break
        finally:
            call.cancel()
            task.cancel()
        return ws

    async def _live(self, request: web.Request) -> web.StreamResponse:
        """ConjureLive as a WebSocket: a text frame with the LiveStart (proto3 JSON), binary
        frames of PCM, a text frame ``{"end": true}``; events come back as text frames."""
        try:
            metadata = self._metadata(request)
        except _HttpError as exc:
            return _error_response(exc.code, exc.message, exc.status)
        ws = web.WebSocketResponse(heartbeat=HEARTBEAT_S, max_msg_size=1 << 20)
        self._add_cors(request, ws)
        await ws.prepare(request)
        parts: asyncio.Queue[pb.LiveRequest | None] = asyncio.Queue(maxsize=256)

        async def requests() -> AsyncIterator[pb.LiveRequest]:
            while (part := await parts.get()) is not None:
                yield part

        rpc = self.channel.stream_stream(
            f"{PREFIX}ConjureLive",
            request_serializer=pb.LiveRequest.SerializeToString,
            response_deserializer=pb.ConjureEvent.FromString,
        )
        ended = False

        def end_requests() -> None:
            """Close the request stream: after the end, or once the daemon stopped listening
            (the final transcript, an error, the end), what the client still sends is dropped
            here."""
            nonlocal ended
            ended = True
            while not parts.empty():
                parts.get_nowait()
            parts.put_nowait(None)

        def seen(event: pb.ConjureEvent) -> None:
            final = event.HasField("transcript") and not event.transcript.partial
            if not ended and (final or event.HasField("error") or event.HasField("done")):
                end_requests()

        call = rpc(requests(), metadata=metadata)
        task = asyncio.create_task(_relay(call, ws, seen))
        started = False
        try:
            async for msg in ws:
                if ended and msg.type in (WSMsgType.BINARY, WSMsgType.TEXT):
                    continue  # the request stream is closed
                if msg.type == WSMsgType.BINARY:
                    await parts.put(pb.LiveRequest(pcm=msg.data))
                elif msg.type == WSMsgType.TEXT:
                    try:
                        data = json.loads(msg.data)
                        if not started:
                            start = json_format.ParseDict(data, pb.LiveStart())
                            await parts.put(pb.LiveRequest(start=start))
                            started = True
                        elif data.get("end"):
                            await parts.put(pb.LiveRequest(end=True))
                            await parts.put(None)  # nothing follows the end
                            ended = True
                    except (ValueError, json_format.ParseError, AttributeError) as exc:
                        body = error_body("INVALID_ARGUMENT", f"message: {exc}")
                        await ws.send_str(json.dumps(body))
                        break
                else:  # CLOSE, ERROR
                    break
        finally:  # the events ended (the daemon closed the socket) or the client left
            with contextlib.suppress(asyncio.QueueFull):  # full: the cancel below ends it
                parts.put_nowait(None)  # ends the request stream even if the call is not read
            call.cancel()
            task.cancel()
        return ws

    async def _asset(self, request: web.Request) -> web.StreamResponse:
        asset_id = request.match_info["id"]
        if not is_asset_id(asset_id):
            return _error_response(
                "INVALID_ARGUMENT", "id: an asset id is 64 lowercase hex characters"
            )
        try:
            metadata = self._metadata(request)
        except _HttpError as exc:
            return _error_response(exc.code, exc.message)
        etag = f'"{asset_id}"'
        headers = {"ETag": etag, "Cache-Control": "public, max-age=31536000, immutable"}
        rpc = self.channel.unary_stream(
            f"{PREFIX}GetAsset",
            request_serializer=pb.GetAssetRequest.SerializeToString,
            response_deserializer=pb.AssetChunk.FromString,
        )
        chunks: list[bytes] = []
        media_type = "application/octet-stream"
        try:
            async for chunk in rpc(pb.GetAssetRequest(id=asset_id), metadata=metadata):
                media_type = chunk.media_type or media_type
                if request.headers.get("If-None-Match") == etag:
                    return web.Response(status=304, headers=headers)
                chunks.append(chunk.data)
        except grpc.aio.AioRpcError as exc:
            return _error_response(exc.code().name, exc.details() or "")
        return web.Response(body=b"".join(chunks), content_type=media_type, headers=headers)
