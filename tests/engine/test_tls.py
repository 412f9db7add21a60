"""TLS: the daemon serves gRPC and the gateway over TLS with a given certificate."""

from __future__ import annotations

import shutil
import ssl
import subprocess

import aiohttp
import grpc
import pytest

from figment.engine import Engine
from figment.gateway import Gateway
from figment.server import Daemon
from figment.v1 import figment_pb2 as pb
from figment.v1 import figment_pb2_grpc as pb_grpc


@pytest.fixture
def cert(tmp_path):
    """A self-signed certificate for 127.0.0.1 (made with the openssl command)."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed")
    key, crt = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=figment.test",
         "-addext", "subjectAltName=DNS:figment.test,IP:127.0.0.1", "-keyout", str(key), "-out", str(crt)],
        check=True, capture_output=True,
    )  # fmt: skip
    return key, crt


async def test_grpc_and_gateway_over_tls(settings, registry, cert):
    key, crt = cert
    settings.tls_key, settings.tls_cert = key, crt
    engine = Engine(settings, registry)
    daemon = Daemon(engine)
    await daemon.start()
    gateway = Gateway(engine, f"127.0.0.1:{daemon.internal_port}", settings)
    port = await gateway.start()
    try:
        assert daemon.internal_port != daemon.port
        creds = grpc.ssl_channel_credentials(root_certificates=crt.read_bytes())
        async with grpc.aio.secure_channel(f"127.0.0.1:{daemon.port}", creds) as channel:
            info = await pb_grpc.FigmentStub(channel).Describe(pb.DescribeRequest())
            assert info.version
        async with grpc.aio.insecure_channel(f"127.0.0.1:{daemon.port}") as plain:
            with pytest.raises(grpc.aio.AioRpcError):
                await pb_grpc.FigmentStub(plain).Describe(pb.DescribeRequest(), timeout=2)
        context = ssl.create_default_context(cafile=str(crt))
        async with aiohttp.ClientSession() as s:
            async with s.post(
                f"https://127.0.0.1:{port}/figment.v1.Figment/Describe", json={}, ssl=context
            ) as r:
                assert r.status == 200 and (await r.json())["version"]
            async with s.post(
                f"https://127.0.0.1:{port}/figment.v1.Figment/Conjure",
                json={"text": "a lamp"},
                ssl=context,
            ) as r:
                lines = (await r.text()).splitlines()
                assert '"done"' in lines[-1]
    finally:
        await gateway.stop()
        await daemon.stop(0.5)
