"""Security: a non-loopback bind needs a token (the real CLI refuses); the token guards every RPC
on both transports; asset ids cannot reach outside the store; message size and request rate are
limited per client on both transports, and a client cannot dodge the rate limit."""

from __future__ import annotations

import base64
import os
import subprocess
import sys

import aiohttp
import grpc
import pytest
from conftest import both

from figment.assets import is_asset_id
from figment.v1 import figment_pb2 as pb

SERVICE = pb.DESCRIPTOR.services_by_name["Figment"]
SECRET = b"glTF not yours"


async def code_of(stub, method: str, request, metadata=()) -> grpc.StatusCode:
    """The status of one call (reading a stream to its end or first error)."""
    desc = SERVICE.methods_by_name[method]
    if desc.client_streaming:  # ConjureLive: the request is the stream's first message

        async def one(first=request):
            yield first

        request = one()
    try:
        call = getattr(stub, method)(request, metadata=metadata, timeout=10)
        if desc.server_streaming:
            async for _ in call:
                break
        else:
            await call
    except grpc.aio.AioRpcError as exc:
        return exc.code()
    return grpc.StatusCode.OK


def request_of(method: str):
    return getattr(pb, SERVICE.methods_by_name[method].input_type.name)()


# ---- binding ------------------------------------------------------------------------------


def test_the_cli_refuses_a_non_loopback_bind_without_a_token(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "FIGMENT_TOKEN"}
    env["FIGMENT_HOME"] = str(tmp_path)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "figment",
            "serve",
            "--host",
            "0.0.0.0",
            "--grpc-port",
            "0",
            "--no-gateway",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert proc.returncode != 0
    message = " ".join((proc.stdout + proc.stderr).split())
    assert "--token" in message and "0.0.0.0" in message and "FAILED_PRECONDITION" in message
    assert not list(tmp_path.glob("*")), "it prepared a home before refusing"


# ---- the token ----------------------------------------------------------------------------

WRONG = [
    (),
    (("authorization", "Bearer nope"),),
    (("authorization", "tok"),),
    (("authorization", "Bearer tok "),),
]


async def test_every_rpc_needs_the_token_on_grpc(settings, registry):
    settings.token = "tok"
    async with both(settings, registry) as (stub, _, _):
        for method in SERVICE.methods_by_name:
            for metadata in WRONG:
                code = await code_of(stub, method, request_of(method), metadata)
                assert code == grpc.StatusCode.UNAUTHENTICATED, (method, metadata, code)
        good = (("authorization", "Bearer tok"),)
        assert await code_of(stub, "Describe", pb.DescribeRequest(), good) == grpc.StatusCode.OK


async def test_every_route_needs_the_token_on_the_gateway(settings, registry):
    settings.token = "tok"
    async with both(settings, registry) as (_, base, _), aiohttp.ClientSession() as s:
        for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "tok"}):
            for method in SERVICE.methods_by_name:
                async with s.post(
                    f"{base}/{SERVICE.full_name}/{method}", json={}, headers=headers
                ) as r:
                    body = await r.json()
                    assert r.status == 401 and body["error"]["code"] == "UNAUTHENTICATED", method
                    assert "tok" not in body["error"]["message"].replace("token", "")
            async with s.get(f"{base}/assets/{'0' * 64}", headers=headers) as r:
                assert r.status == 401
            for socket in ("Subscribe?room=r", "ConjureLive"):
                with pytest.raises(aiohttp.WSServerHandshakeError) as info:
                    await s.ws_connect(f"{base}/{SERVICE.full_name}/{socket}", headers=headers)
                assert info.value.status == 401
        async with s.get(f"{base}/assets/{'0' * 64}?token=nope") as r:
            assert r.status == 401
        async with s.get(f"{base}/assets/{'0' * 64}", headers={"Authorization": "Bearer tok"}) as r:
            assert r.status == 404  # past the token: an unknown asset


# ---- asset ids ----------------------------------------------------------------------------

TRAVERSALS = [
    "../secret.glb",
    "../../secret.glb",
    "..%2fsecret.glb",
    "/etc/passwd",
    "0" * 64 + "/../../secret",
    "0" * 64 + "\n",
    "0" * 64 + ".glb",
    "٠" * 64,  # Arabic-Indic zeros: digits to str.isdigit, not to the id pattern
    "secret",
    "",
    "." * 64,
]


def test_asset_ids_are_exactly_64_lowercase_hex():
    assert is_asset_id("0" * 64)
    assert not any(is_asset_id(t) for t in TRAVERSALS)


async def test_asset_ids_cannot_escape_the_store(settings, registry):
    async with both(settings, registry) as (stub, base, engine):
        for where in (settings.home, settings.home.parent, engine.assets.root):
            (where / "secret.glb").write_bytes(SECRET)
        for bad in TRAVERSALS:
            code = await code_of(stub, "GetAsset", pb.GetAssetRequest(id=bad))
            assert code == grpc.StatusCode.INVALID_ARGUMENT, (bad, code)
        async with aiohttp.ClientSession() as s:
            for bad in TRAVERSALS:
                for path in (bad, aiohttp.helpers.quote(bad, safe="")):
                    async with s.get(f"{base}/assets/{path}") as r:
                        assert r.status in (400, 404, 405), (bad, r.status)
                        assert SECRET not in await r.read()
            body = {"id": "../secret.glb"}
            async with s.post(f"{base}/{SERVICE.full_name}/GetAsset", json=body) as r:
                assert r.status == 400 and SECRET not in await r.read()


# ---- message size -------------------------------------------------------------------------


async def test_message_size_limit_on_both_transports(settings, registry):
    limit = 1 << 16
    settings.limits.max_message_bytes = limit
    settings.limits.max_audio_input_bytes = 1024
    async with both(settings, registry) as (stub, base, _):
        under = pb.ConjureRequest(audio=pb.AudioInput(data=b"\0" * (limit - 100), format="wav"))
        over = pb.ConjureRequest(audio=pb.AudioInput(data=b"\0" * (limit + 100), format="wav"))
        assert (
            await code_of(stub, "Conjure", under) == grpc.StatusCode.INVALID_ARGUMENT
        )  # audio.data
        assert await code_of(stub, "Conjure", over) == grpc.StatusCode.RESOURCE_EXHAUSTED
        async with aiohttp.ClientSession() as s:
            url = f"{base}/{SERVICE.full_name}/Conjure"
            # fits the HTTP body limit (base64 room) but not the message limit once decoded
            audio = base64.b64encode(b"\0" * (limit + 2000)).decode()
            async with s.post(url, json={"audio": {"data": audio, "format": "wav"}}) as r:
                error = (await r.json())["error"]
                assert r.status == 413 and error["code"] == "RESOURCE_EXHAUSTED"
                assert f"over the limit of {limit} bytes" in error["message"]
                assert "(audio_request_bytes;" in error["message"]
            body = b'{"text": "' + b"x" * (limit * 2) + b'"}'
            async with s.post(url, data=body, headers={"Content-Type": "application/json"}) as r:
                error = (await r.json())["error"]
                assert r.status == 413 and "over the limit" in error["message"]


# ---- request rate -------------------------------------------------------------------------


async def test_rate_limit_per_client_on_the_gateway(settings, registry):
    settings.limits.rate_per_minute = 3
    async with both(settings, registry) as (stub, base, _), aiohttp.ClientSession() as s:
        url = f"{base}/{SERVICE.full_name}/Describe"
        statuses = []
        for _ in range(4):
            async with s.post(url, json={}) as r:
                statuses.append(r.status)
                last = await r.json()
        assert statuses == [200, 200, 200, 429]
        assert (
            last["error"]["code"] == "RESOURCE_EXHAUSTED"
            and "rate limit" in last["error"]["message"]
        )
        async with s.get(f"{base}/assets/{'0' * 64}") as r:
            assert r.status == 429  # every route counts
        # another local program (its own connection) has a bucket of its own: one busy local
        # tool does not starve a local engine
        assert await code_of(stub, "Describe", pb.DescribeRequest()) == grpc.StatusCode.OK


async def test_a_client_cannot_dodge_the_rate_limit_by_naming_another_peer(settings, registry):
    settings.limits.rate_per_minute = 3
    async with both(settings, registry) as (stub, _, engine):
        codes = []
        for i in range(6):
            spoof = (("x-figment-peer", f"ipv4:10.0.0.{i}:1"), ("x-figment-gateway", "guess"))
            codes.append(await code_of(stub, "Describe", pb.DescribeRequest(), spoof))
        assert codes[:3] == [grpc.StatusCode.OK] * 3
        assert codes[3:] == [grpc.StatusCode.RESOURCE_EXHAUSTED] * 3
        assert engine.gateway_key not in ("", "guess")
