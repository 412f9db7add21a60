"""Odd input gets the right answer: clear 4xx codes naming the field, never a 500, and one rule
for every RPC (seeds, intensity), on both transports."""

from __future__ import annotations

import logging
import os

import aiohttp
import grpc
import pytest
from conftest import both
from hypothesis import given, settings
from hypothesis import strategies as st

from figment.config import Settings, is_loopback
from figment.errors import FailedPrecondition
from figment.v1 import figment_pb2 as pb

PARSE = "/figment.v1.Figment/Parse"


@pytest.fixture
async def gateway(settings, registry):
    """A daemon with a token and its gateway; yields (stub, base URL)."""
    settings.token = "tok"
    async with both(settings, registry) as (stub, base, _):
        yield stub, base


AUTH = {"Authorization": "Bearer tok"}


async def answer(base, path, method="POST", **kw):
    async with aiohttp.ClientSession() as s, s.request(method, base + path, **kw) as r:
        body = await r.read()
        return r.status, body


@pytest.mark.parametrize(
    ("headers", "status", "needle"),
    [
        ({**AUTH, "X-Request-Id": "caf\u00e9"}, 400, "X-Request-Id"),
        ({"Authorization": "Bearer t\u00f6k"}, 401, "Authorization"),
        ({**AUTH, "Content-Encoding": "gzip"}, 400, "body: cannot be read"),
    ],
)
async def test_odd_headers_get_a_4xx_naming_them(gateway, headers, status, needle):
    _, base = gateway
    got, body = await answer(base, PARSE, data=b'{"text": "a lamp"}', headers=headers)
    assert got == status and needle in body.decode()


async def test_a_body_that_cannot_be_read_is_answered_without_a_traceback(gateway, caplog):
    _, base = gateway
    headers = {**AUTH, "Content-Encoding": "gzip"}  # and a plain body: it cannot be read at all
    async with aiohttp.ClientSession() as s:
        for _ in range(2):
            async with s.post(base + PARSE, data=b'{"text": "a lamp"}', headers=headers) as r:
                assert r.status == 400
                await r.read()
        async with s.get(base + "/healthz") as r:  # the daemon has finished with those requests
            assert r.status == 200
    # the rest of such a body cannot be read either: the connection is closed, not drained
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text


@pytest.mark.parametrize("method", ["GET", "POST", "PUT"])
async def test_unknown_paths_are_not_found(gateway, method):
    _, base = gateway
    got, _ = await answer(base, "/no/such/path", method, headers=AUTH)
    assert got == 404


async def test_preflight_still_answers_on_real_routes(gateway):
    _, base = gateway
    got, _ = await answer(base, PARSE, "OPTIONS")
    assert got == 204


@pytest.mark.parametrize("method", ["Parse", "Imagine", "Conjure"])
async def test_a_seed_over_63_bits_is_refused_alike_by_every_rpc(gateway, method):
    stub, base = gateway
    request = {"Parse": pb.ParseRequest, "Imagine": pb.ImagineRequest}.get(
        method, pb.ConjureRequest
    )(text="a lamp", seed=1 << 63)
    call = getattr(stub, method)(request, metadata=(("authorization", "Bearer tok"),))
    with pytest.raises(grpc.aio.AioRpcError) as info:
        if method == "Parse":
            await call
        else:
            async for _ in call:
                pass
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert info.value.details().startswith("seed: must be in [0, 9223372036854775807]")
    got, body = await answer(
        base, f"/figment.v1.Figment/{method}", json={"text": "a lamp", "seed": str(1 << 63)},
        headers=AUTH,
    )  # fmt: skip
    assert got == 400 and b"seed: must be in" in body


async def test_the_largest_seed_is_served(gateway):
    stub, _ = gateway
    reply = await stub.Parse(
        pb.ParseRequest(text="a lamp", seed=(1 << 63) - 1),
        metadata=(("authorization", "Bearer tok"),),
    )
    assert reply.spec.archetype


async def test_negative_zero_intensity_is_zero(gateway):
    stub, _ = gateway
    request = pb.ImagineRequest(
        text="a lamp", mode=pb.MODE_IMAGINATIVE, consent=True, intensity=-0.0
    )
    events = [e async for e in stub.Imagine(request, metadata=(("authorization", "Bearer tok"),))]
    assert "-0" not in events[0].label.text
    assert str(events[0].label.intensity) == "0.0"


# ---- binding --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.2.3.4", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("127.evil.example", False),
        ("127.0.0.1.nip.io", False),
        ("0.0.0.0", False),
        ("192.168.1.10", False),
    ],
)
def test_loopback_is_decided_by_parsing_the_address(host, loopback):
    assert is_loopback(host) is loopback


@given(st.text(max_size=40))
@settings(max_examples=200, deadline=None)
def test_no_name_is_loopback_unless_it_parses_as_one(host):
    import ipaddress

    try:
        expected = ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        expected = host == "localhost"
    assert is_loopback(host) is expected


@pytest.mark.parametrize("token", ["", " ", "\t\n"])
def test_a_blank_token_is_refused(tmp_path, token):
    with pytest.raises(FailedPrecondition, match="blank"):
        Settings(home=tmp_path, token=token).check_bind()


def test_a_name_that_only_starts_with_127_needs_a_token(tmp_path):
    with pytest.raises(FailedPrecondition, match="without a token"):
        Settings(home=tmp_path, host="127.evil.example").check_bind()


# ---- rooms on disk ----------------------------------------------------------------------------


def test_a_fifo_among_the_room_files_is_skipped(tmp_path):
    from figment.rooms import RoomStore

    root = tmp_path / "rooms"
    root.mkdir()
    os.mkfifo(root / ("0" * 32 + ".room"))
    store = RoomStore(root, max_rooms=4, max_objects=4, max_room_chars=64)
    try:
        assert store.load() == {}  # returns at once instead of blocking on the FIFO
    finally:
        store.close()


async def test_the_query_token_works_on_gets_only(gateway):
    _, base = gateway
    got, _ = await answer(base, PARSE + "?token=tok", json={"text": "a lamp"})
    assert got == 401  # a POST carries the header
    got, _ = await answer(base, f"/assets/{'0' * 64}?token=tok", "GET")
    assert got == 404  # authorized, and no such asset
