"""Property-based fuzz over every RPC's fields (gRPC, structured and raw wire bytes) and over the
gateway's JSON: only documented status codes come back, never INTERNAL/UNKNOWN or HTTP 500,
and the daemon stays healthy. Bounded and derandomized so CI sees the same examples each run."""

from __future__ import annotations

import asyncio
import json
import math
import urllib.parse
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import grpc
import pytest
from conftest import make_registry
from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message
from grpc_health.v1 import health_pb2, health_pb2_grpc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from figment.config import Limits
from figment.engine import Engine
from figment.gateway import Gateway
from figment.server import Daemon
from figment.spec import Color, Material, ObjectSpec, Vec3
from figment.stages import (
    Emitter,
    Mesh,
    ParsedObject,
    Placement,
    Proxy,
    Sound,
    Speech,
    Stage,
    StageKind,
    StageOptions,
    TextDelta,
    TextDone,
    Transcript,
)
from figment.v1 import figment_pb2 as pb

SERVICE = pb.DESCRIPTOR.services_by_name["Figment"]
METHODS = [m.name for m in SERVICE.methods]
ALLOWED = {
    grpc.StatusCode.OK,
    grpc.StatusCode.INVALID_ARGUMENT,
    grpc.StatusCode.RESOURCE_EXHAUSTED,
    grpc.StatusCode.FAILED_PRECONDITION,
    grpc.StatusCode.NOT_FOUND,
    grpc.StatusCode.UNAUTHENTICATED,
    grpc.StatusCode.DEADLINE_EXCEEDED,
}
ALLOWED_NAMES = {c.name for c in ALLOWED}
SECRET = b"glTF secret outside the store"
HTTP_ALLOWED = {200, 400, 401, 404, 405, 408, 413, 415, 429, 504}
FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

# ---- cheap stages: the fuzz is about input handling, not stage work -----------------------

SPEC = ObjectSpec(
    name="n",
    archetype="orb",
    size=Vec3(x=1, y=1, z=1),
    materials=[Material(made_of="glass", base_color=Color(r=1, g=1, b=1))],
)


class TextOptions(StageOptions):
    """Bounded options, as a real stage's are."""

    temperature_scale: float = 1.0
    words: int = 2


class QuickText(Stage):
    """Two words."""

    id, kind, Options = "fuzz.text", StageKind.TEXT, TextOptions

    async def run(self, request, options, ctx):
        yield TextDelta("two ")
        yield TextDone("two words", tokens=2)


class QuickParse(Stage):
    """An orb."""

    id, kind = "fuzz.parse", StageKind.PARSE

    async def run(self, request, options, ctx):
        return ParsedObject(spec=SPEC, confidence=1.0)


class QuickMesh(Stage):
    """A few bytes as proxy and mesh."""

    id, kind = "fuzz.mesh", StageKind.MESH

    async def run(self, request, options, ctx):
        yield Proxy(glb=b"glTF-proxy", size=SPEC.size, color=SPEC.materials[0].base_color)
        yield Mesh(glb=b"glTF-mesh", triangles=12)


class QuickSound(Stage):
    """A few bytes as sound."""

    id, kind = "fuzz.sound", StageKind.SOUND

    async def run(self, request, options, ctx):
        return Sound(wav=b"RIFF-sound", duration_s=0.1)


class QuickSpatial(Stage):
    """Fixed emitter."""

    id, kind = "fuzz.spatial", StageKind.SPATIAL

    async def run(self, request, options, ctx):
        emitter = Emitter(
            position=(0, 0, 0),
            min_distance=1,
            max_distance=10,
            rolloff="inverse",
            cone_inner_deg=360,
            cone_outer_deg=360,
            cone_outer_gain=1,
            doppler=0,
            reverb_send=0,
            volume_db=0,
            loop=True,
        )
        return Placement(emitter=emitter, preview_wav=b"RIFF-preview" if request.preview else None)


class QuickSpeech(Stage):
    """A few bytes as speech."""

    id, kind = "fuzz.tts", StageKind.TTS

    async def run(self, request, options, ctx):
        return Speech(wav=b"RIFF-speech", ogg=b"OggS-speech", duration_s=0.1, text=request.text)


class QuickSTT(Stage):
    """Hears a lamp."""

    id, kind = "fuzz.stt", StageKind.STT

    async def run(self, request, options, ctx):
        return Transcript(text="a lamp", duration_s=0.1)


QUICK = [QuickText, QuickParse, QuickMesh, QuickSound, QuickSpatial, QuickSpeech, QuickSTT]


class Fuzzed:
    """A daemon with the quick stages and its gateway, shared by every example of a test."""

    def __init__(
        self, daemon: Daemon, channel: grpc.aio.Channel, base: str, session: aiohttp.ClientSession
    ):
        self.daemon, self.channel, self.base, self.session = daemon, channel, base, session
        self.health = health_pb2_grpc.HealthStub(channel)

    async def grpc_call(self, method: str, request: bytes) -> tuple[grpc.StatusCode, list[Any]]:
        """Send raw request bytes; the status code and the (decoded) replies."""
        desc = SERVICE.methods_by_name[method]
        out_type = getattr(pb, desc.output_type.name)
        path = f"/{SERVICE.full_name}/{method}"
        replies: list[Any] = []
        timeout = 0.2 if method == "Subscribe" else 20
        try:
            if desc.client_streaming:  # ConjureLive: the fuzzed bytes as its only message

                async def one() -> Any:
                    yield request

                call = self.channel.stream_stream(path, None, out_type.FromString)(
                    one(), timeout=timeout
                )
                async for reply in call:
                    replies.append(reply)
            elif desc.server_streaming:
                call = self.channel.unary_stream(path, None, out_type.FromString)(
                    request, timeout=timeout
                )
                async for reply in call:
                    replies.append(reply)
                    if len(replies) >= 100:
                        call.cancel()
                        break
            else:
                unary = self.channel.unary_unary(path, None, out_type.FromString)
                replies.append(await unary(request, timeout=timeout))
        except grpc.aio.AioRpcError as exc:
            if exc.code() == grpc.StatusCode.DEADLINE_EXCEEDED and method == "Subscribe":
                return grpc.StatusCode.OK, replies  # a valid room: the stream stays open
            return exc.code(), [exc.details()]
        return grpc.StatusCode.OK, replies

    async def healthy(self) -> None:
        """Health is SERVING and a normal conjure still completes."""
        reply = await self.health.Check(health_pb2.HealthCheckRequest(), timeout=10)
        assert reply.status == health_pb2.HealthCheckResponse.SERVING
        request = pb.ConjureRequest(text="a lamp", speak=True).SerializeToString()
        code, events = await self.grpc_call("Conjure", request)
        assert code == grpc.StatusCode.OK and events[-1].WhichOneof("event") == "done"
        assert not events[-1].done.failed
        assert self.daemon.engine.admission.active == 0


@pytest.fixture
async def fuzzed(settings):
    """The fuzz daemon: small limits so 'huge' is cheap to send, no rate limit in the way."""
    settings.limits = Limits(
        rate_per_minute=1_000_000,
        max_message_bytes=1 << 20,
        max_audio_input_bytes=1 << 16,
        max_concurrent=4,
        max_queue=64,
    )
    engine = Engine(settings, make_registry(QUICK))
    daemon = Daemon(engine)
    await daemon.start()
    gateway = Gateway(engine, f"127.0.0.1:{daemon.port}", settings)
    port = await gateway.start()
    try:
        timeout = aiohttp.ClientTimeout(total=30)
        async with (
            grpc.aio.insecure_channel(
                f"127.0.0.1:{daemon.port}", options=[("grpc.max_send_message_length", 4 << 20)]
            ) as channel,
            aiohttp.ClientSession(timeout=timeout) as session,
        ):
            yield Fuzzed(daemon, channel, f"http://127.0.0.1:{port}", session)
    finally:
        await gateway.stop()
        await daemon.stop(0.5)


# ---- strategies built from the proto's descriptors ----------------------------------------

HOSTILE_TEXT = [
    "",
    " ",
    "../../etc/passwd",
    "a lamp",
    "0" * 64,
    "\x00",
    "\u202e\u200b",
    "🙂" * 1500,
    "x" * 4000,
    "x" * 4001,
    "imaginative",
    "text",
    "mesh",
]
texts = st.one_of(
    st.text(max_size=24),
    st.sampled_from(HOSTILE_TEXT),
    st.builds(lambda c, n: c * n, st.characters(codec="utf-8"), st.integers(3990, 70_000)),
)
FLOAT32 = st.one_of(
    st.floats(width=32),
    st.sampled_from([math.nan, math.inf, -math.inf, 3.4e38, -3.4e38, 1e-45, -0.0, 1.5, 2.0]),
)
INT_RANGES = {
    FieldDescriptor.TYPE_UINT32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_UINT64: (0, 2**64 - 1),
    FieldDescriptor.TYPE_INT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_INT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_ENUM: (-(2**31), 2**31 - 1),
}


def ints(lo: int, hi: int) -> st.SearchStrategy[int]:
    return st.one_of(st.integers(lo, hi), st.sampled_from([lo, hi, 0, 1, 2, min(hi, 1000)]))


def nested(depth: int) -> dict:
    out: dict = {"leaf": 1}
    for i in range(depth):
        out = {f"k{i}": out} if i % 2 else {"list": [out, i]}
    return out


json_values = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.floats(), st.integers(-(2**70), 2**70), st.text(max_size=12)
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=12,
)
structs = st.one_of(
    st.dictionaries(
        st.sampled_from(["words", "temperature_scale", "delay_s", "bogus"]) | st.text(max_size=8),
        json_values,
        max_size=4,
    ),
    st.integers(1, 120).map(nested),
    st.integers(1, 400).map(lambda n: {"big": "y" * (n * 100)}),
)


def _field(field: FieldDescriptor, depth: int) -> st.SearchStrategy[Any]:
    if field.message_type is not None:
        if field.message_type.full_name == "google.protobuf.Struct":
            return structs
        if field.message_type.GetOptions().map_entry:
            value = field.message_type.fields_by_name["value"]
            return st.dictionaries(
                st.sampled_from(["text", "mesh", "sound", "stt", "nope"]) | st.text(max_size=6),
                _field(value, depth + 1),
                max_size=3,
            )
        return messages(getattr_message(field.message_type), depth + 1)
    if field.type == FieldDescriptor.TYPE_STRING:
        return texts
    if field.type == FieldDescriptor.TYPE_BYTES:
        return st.one_of(
            st.binary(max_size=64),
            st.sampled_from([b"RIFF\x00\x00\x00\x00WAVE", b"OggS", b"fLaC"]),
            st.sampled_from([1 << 16, (1 << 16) + 1, 900_000]).map(lambda n: b"\x00" * n),
        )
    if field.type == FieldDescriptor.TYPE_BOOL:
        return st.booleans()
    if field.type == FieldDescriptor.TYPE_FLOAT:
        return FLOAT32
    if field.type == FieldDescriptor.TYPE_DOUBLE:
        return st.floats()
    return ints(*INT_RANGES[field.type])


def getattr_message(descriptor) -> type[Message]:
    """The generated class of a message descriptor."""
    from google.protobuf import message_factory

    return message_factory.GetMessageClass(descriptor)


def _set(msg: Message, field: FieldDescriptor, value: Any) -> None:
    if field.message_type is not None and field.message_type.full_name == "google.protobuf.Struct":
        getattr(msg, field.name).update(value)
    elif field.message_type is not None and field.message_type.GetOptions().map_entry:
        target = getattr(msg, field.name)
        for key, item in value.items():
            target[key].update(item)
    elif field.is_repeated:
        target = getattr(msg, field.name)
        for item in value:
            if field.message_type is not None:
                target.add().CopyFrom(item)
            else:
                target.append(item)
    elif field.message_type is not None:
        getattr(msg, field.name).CopyFrom(value)
    else:
        setattr(msg, field.name, value)


def messages(cls: type[Message], depth: int = 0) -> st.SearchStrategy[Message]:
    """Any message of a type: each field set or not, with hostile values; oneofs at random."""
    fields = [f for f in cls.DESCRIPTOR.fields if depth < 3 or f.message_type is None]
    optional = {}
    for f in fields:
        one = _field(f, depth)
        is_map = f.message_type is not None and f.message_type.GetOptions().map_entry
        if f.is_repeated and not is_map:
            one = st.lists(one, max_size=6)
        optional[f.name] = one

    def build(values: dict[str, Any]) -> Message:
        msg = cls()
        for name, value in values.items():
            _set(msg, cls.DESCRIPTOR.fields_by_name[name], value)
        return msg

    return st.fixed_dictionaries({}, optional=optional).map(build)


def request_type(method: str) -> type[Message]:
    return getattr(pb, SERVICE.methods_by_name[method].input_type.name)


def mutate(data: bytes, where: int, junk: bytes, how: int) -> bytes:
    """Corrupt serialized bytes: overwrite, insert, truncate or append."""
    i = where % (len(data) + 1)
    if how == 0:
        return data[:i] + junk + data[i + len(junk) :]
    if how == 1:
        return data[:i] + junk + data[i:]
    if how == 2:
        return data[:i]
    return data + junk


async def run_fuzz(
    how: Any, strategies: dict[str, st.SearchStrategy[Any]], body: Callable[..., Awaitable[None]]
) -> None:
    """Run ``body`` on every example; hypothesis drives from a thread, the daemon's loop serves."""
    loop = asyncio.get_running_loop()

    @how
    @given(**strategies)
    def one(**values: Any) -> None:
        asyncio.run_coroutine_threadsafe(body(**values), loop).result(timeout=120)

    await asyncio.to_thread(one)


# ---- gRPC ---------------------------------------------------------------------------------


def _check_reply(method: str, code: grpc.StatusCode, replies: list[Any]) -> None:
    assert code in ALLOWED, f"{method} answered {code}: {replies}"
    if method == "Conjure" and code == grpc.StatusCode.OK:
        for event in replies:
            if event.WhichOneof("event") == "error":
                assert event.error.code in ALLOWED_NAMES, event.error


@pytest.mark.parametrize("method", METHODS)
async def test_grpc_fields(fuzzed, method):
    async def one(request: Message) -> None:
        try:
            data = request.SerializeToString()
        except Exception:  # e.g. nesting deeper than protobuf writes: nothing to send
            return
        code, replies = await fuzzed.grpc_call(method, data)
        _check_reply(method, code, replies)

    await run_fuzz(FUZZ, {"request": messages(request_type(method))}, one)
    await fuzzed.healthy()


@pytest.mark.parametrize("method", METHODS)
async def test_grpc_wire_bytes(fuzzed, method):
    raw = st.one_of(
        st.binary(max_size=200),
        st.builds(
            mutate,
            messages(request_type(method)).map(lambda m: m.SerializeToString()),
            st.integers(0, 10_000),
            st.binary(min_size=1, max_size=8)
            | st.sampled_from([b"\xff\xfe", b"\x0a\x02\xc3\x28", b"\x80" * 11]),
            st.integers(0, 3),
        ),
    )

    async def one(data: bytes) -> None:
        code, replies = await fuzzed.grpc_call(method, data)
        _check_reply(method, code, replies)

    await run_fuzz(settings(FUZZ, max_examples=30), {"data": raw}, one)
    await fuzzed.healthy()


# ---- the JSON gateway ---------------------------------------------------------------------


def _json_names(method: str) -> list[str]:
    fields = request_type(method).DESCRIPTOR.fields
    return [f.json_name for f in fields] + [f.name for f in fields]


def bodies(method: str) -> st.SearchStrategy[bytes]:
    """Hostile bodies: wrong types, huge strings, deep nesting, NaN/Inf, invalid UTF-8, noise."""
    value = st.one_of(
        json_values,
        st.sampled_from([math.nan, math.inf, -math.inf, 1e308, -(2**64), 2**64, "NaN", "Infinity"]),
        st.builds(lambda n: "z" * n, st.integers(4000, 200_000)),
        st.builds(lambda n: "\ud800" * n, st.integers(1, 3)),
        st.integers(1, 150).map(nested),
        st.fixed_dictionaries(
            {
                "position": st.fixed_dictionaries(
                    {"x": st.sampled_from([math.nan, math.inf, "NaN", "-Infinity", 1e39])}
                )
            }
        ),
    )
    names = _json_names(method)
    keys = st.sampled_from(names) | st.text(max_size=8) if names else st.text(max_size=8)
    documents = st.dictionaries(keys, value, max_size=5)
    as_json = documents.map(lambda d: json.dumps(d).encode())  # NaN/Infinity tokens allowed
    return st.one_of(
        as_json,
        st.builds(
            mutate,
            as_json,
            st.integers(0, 1000),
            st.sampled_from([b"\xff", b"\xc3\x28", b"\x00", b"{"]),
            st.integers(0, 3),
        ),
        st.binary(max_size=200),
        st.integers(1, 3000).map(lambda d: b'{"text":' + b"[" * d + b"]" * d + b"}"),
        st.sampled_from([b"", b"null", b"[]", b'"x"', b"1e999", b'{"text": "a lamp"}']),
    )


async def _post(
    session: aiohttp.ClientSession, url: str, body: bytes, headers: dict[str, str]
) -> tuple[int, bytes]:
    async with session.post(url, data=body, headers=headers) as r:
        return r.status, await r.read()


def _check_http(status: int, raw: bytes) -> None:
    assert status in HTTP_ALLOWED, (status, raw[:300])
    if status != 200:
        error = json.loads(raw)["error"]
        allowed = ALLOWED_NAMES | ({"UNIMPLEMENTED"} if status == 405 else set())
        assert error["code"] in allowed and error["httpStatus"] == status
        return
    for line in raw.decode().splitlines():
        if line.startswith("data: "):
            line = line[len("data: ") :]
        if not line.strip():
            continue
        event = json.loads(line)
        if "error" in event:  # a stage's error event, or a stream's last line
            assert event["error"]["code"] in ALLOWED_NAMES, event


TIMEOUT_HEADERS = st.sampled_from(
    [None, "0.5", "abc", "-1", "0", "1e9", "nan", "inf", "", "99999999"]
)


@pytest.mark.parametrize("method", METHODS)
async def test_gateway_json(fuzzed, method):
    async def one(body: bytes, timeout: str | None, sse: bool) -> None:
        headers = {"Content-Type": "application/json"}
        if sse:
            headers["Accept"] = "text/event-stream"
        if method == "Subscribe":
            timeout = "0.3"  # a WebSocket only: POST is refused
        if timeout is not None:
            headers["X-Figment-Timeout"] = timeout
        url = f"{fuzzed.base}/{SERVICE.full_name}/{method}"
        status, raw = await _post(fuzzed.session, url, body, headers)
        _check_http(status, raw)

    strategies = {"body": bodies(method), "timeout": TIMEOUT_HEADERS, "sse": st.booleans()}
    await run_fuzz(settings(FUZZ, max_examples=40), strategies, one)
    await fuzzed.healthy()


async def test_gateway_asset_paths(fuzzed, settings):
    for where in (settings.home, settings.home.parent, settings.assets_dir):
        (where / "secret.glb").write_bytes(SECRET)  # what a traversal would try to reach
    segment = st.one_of(
        st.text(max_size=80),
        st.sampled_from(
            ["..", "../../etc/passwd", "%2e%2e%2f", "0" * 64, "0" * 64 + "\n", "A" * 64, "f" * 63]
        ),
    )

    async def one(parts: list[str]) -> None:
        path = "/".join(urllib.parse.quote(p, safe="") for p in parts)
        async with fuzzed.session.get(f"{fuzzed.base}/assets/{path}") as r:
            # 400: not an asset id; 404: no such asset or route; 405: the URL collapsed onto
            # another route ('/assets/.' is '/assets/'). Never 200: no path reaches a file.
            assert r.status in (400, 404, 405), (path, r.status)
            assert SECRET not in await r.read()
            error = (await r.json(content_type=None))["error"] if r.status == 400 else None
            assert error is None or error["code"] == "INVALID_ARGUMENT"

    await run_fuzz(FUZZ, {"parts": st.lists(segment, min_size=1, max_size=3)}, one)
    await fuzzed.healthy()


def test_the_fuzz_covers_every_rpc():
    assert set(METHODS) == {
        "Conjure",
        "Imagine",
        "Parse",
        "Transcribe",
        "Speak",
        "GetAsset",
        "Subscribe",
        "Describe",
        "ConjureLive",
    }
    assert all(isinstance(request_type(m)(), Message) for m in METHODS)
