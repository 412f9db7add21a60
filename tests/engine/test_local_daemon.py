"""The in-process daemon of conjure/smoke/describe: the same start-up as ``figment serve``."""

from __future__ import annotations

import json
import os
import socket
import urllib.request

import pytest

from figment.client import LocalDaemon, daemon_at, daemon_running
from figment.errors import FailedPrecondition


def test_local_daemon_serves_grpc_and_the_gateway_from_a_thread(settings, registry):
    with LocalDaemon(settings, registry) as local:
        assert local.info["pid"] == os.getpid()  # what serve reports, ready file or not
        assert daemon_running(local.info["grpc"])
        req = urllib.request.Request(
            f"http://{local.info['http']}/figment.v1.Figment/Describe",
            data=b"{}",
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=10) as reply:
            stages = {s["id"] for s in json.loads(reply.read())["stages"]}
        assert "test.text.echo" in stages
    assert not daemon_running(local.info["grpc"])


def test_local_daemon_applies_the_bind_rule_of_serve(settings, registry):
    exposed = settings.model_copy(update={"host": "0.0.0.0"})
    with pytest.raises(FailedPrecondition, match="token"), LocalDaemon(exposed, registry):
        pass


def test_daemon_at_starts_a_private_daemon_when_none_answers(settings, tmp_path):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        nobody = f"127.0.0.1:{s.getsockname()[1]}"
    # a configuration for a LAN daemon: the private one still binds loopback, plain, no gateway
    lan = settings.model_copy(
        update={"host": "0.0.0.0", "tls_cert": tmp_path / "none.pem", "tls_key": tmp_path / "k"}
    )
    with daemon_at(nobody, lan) as address:
        assert address != nobody and address.startswith("127.0.0.1:")
        assert daemon_running(address)
    assert not daemon_running(address)
