"""The real parts of a scaled-out Figment, started on loopback ports for the tests and
``figment bench load --scale``: redis-server (with AOF, in a temporary folder), nginx
(deploy/nginx.conf.template filled in, in a temporary prefix) and daemon replica processes.
Never the system services, never an address other than 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import string
import subprocess
import time
from pathlib import Path

__all__ = ["Nginx", "RedisServer", "Replica", "free_port", "missing"]

TEMPLATE = Path(__file__).resolve().parents[3] / "deploy" / "nginx.conf.template"
"""The nginx settings of deploy/ (in a checkout of the repository)."""


def missing() -> str | None:
    """Why the parts cannot start here (a binary missing), or None."""
    if not TEMPLATE.exists():
        return f"{TEMPLATE.name} is not here (run from a checkout of the repository)"
    for name in ("redis-server", "nginx"):
        if not _which(name):
            return f"{name} is not installed (scripts/setup installs it from Debian)"
    try:
        import redis  # noqa: F401
    except ImportError:
        return "the redis package is not installed (the scale extra)"
    return None


def _which(name: str) -> str | None:
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin:/sbin:/bin")


def free_port() -> int:
    """A port nothing listens on now, on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_port(port: int, proc: subprocess.Popen, what: str, seconds: float = 30) -> None:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.02)
    raise RuntimeError(f"{what} did not listen on {port}")


class RedisServer:
    """redis-server on a loopback port with AOF in ``folder``; restartable on the same port."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        args = [
            "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(self.folder),
            "--appendonly", "yes", "--appendfsync", "everysec", "--save", "",
            "--daemonize", "no", "--protected-mode", "yes",
            "--logfile", str(self.folder / "redis.log"),
        ]  # fmt: skip
        self.proc = subprocess.Popen(
            [_which("redis-server") or "redis-server", *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_port(self.port, self.proc, "redis-server")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM: redis writes the AOF and exits
            self.proc.wait(30)
        self.proc = None


class Nginx:
    """nginx from deploy/nginx.conf.template in front of ``(grpc_port, http_port)`` replicas."""

    def __init__(self, folder: Path, replicas: list[tuple[int, int]]):
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.grpc_port, self.http_port = free_port(), free_port()
        servers = "max_fails=1 fail_timeout=2s"
        snippet = string.Template(TEMPLATE.read_text()).safe_substitute(
            FIGMENT_GRPC_SERVERS=" ".join(f"server 127.0.0.1:{g} {servers};" for g, _ in replicas),
            FIGMENT_HTTP_SERVERS=" ".join(f"server 127.0.0.1:{h} {servers};" for _, h in replicas),
            FIGMENT_GRPC_LISTEN=f"127.0.0.1:{self.grpc_port}",
            FIGMENT_HTTP_LISTEN=f"127.0.0.1:{self.http_port}",
        )
        (folder / "figment.conf").write_text(snippet)
        user = "user root;" if os.geteuid() == 0 else ""
        (folder / "nginx.conf").write_text(
            f"""{user}
worker_processes 1;
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    log_format figment_upstream '$upstream_addr $status $request_time';
    access_log {folder}/upstream.log figment_upstream;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    include {folder}/figment.conf;
}}
"""
        )
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        conf = self.folder / "nginx.conf"
        with open(self.folder / "stderr.log", "wb") as err:
            self.proc = subprocess.Popen(
                [
                    _which("nginx") or "nginx",
                    "-p",
                    str(self.folder),
                    "-c",
                    str(conf),
                    "-e",
                    "stderr",
                ],
                stdout=subprocess.DEVNULL,
                stderr=err,
            )
        _wait_port(self.grpc_port, self.proc, "nginx")
        _wait_port(self.http_port, self.proc, "nginx")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT)  # graceful
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


class Replica:
    """One daemon process (``script HOME READY --rooms R --assets A --grpc-port P
    --http-port P``); it writes READY when it serves. ``assets`` defaults to ``rooms``."""

    def __init__(self, script: list[str], home: Path, rooms: str, assets: str = "", *flags: str):
        self.home = home
        self.home.mkdir(parents=True, exist_ok=True)
        self.grpc_port, self.http_port = free_port(), free_port()
        self.args = [
            *script, str(home), str(home / "ready.json"),
            "--rooms", rooms, "--assets", assets or rooms,
            "--grpc-port", str(self.grpc_port), "--http-port", str(self.http_port), *flags,
        ]  # fmt: skip
        self.proc: subprocess.Popen | None = None

    @property
    def grpc(self) -> str:
        return f"127.0.0.1:{self.grpc_port}"

    def start(self, wait: bool = True) -> None:
        ready = self.home / "ready.json"
        ready.unlink(missing_ok=True)
        with open(self.home / "daemon.log", "ab") as err:
            self.proc = subprocess.Popen(self.args, stdout=subprocess.DEVNULL, stderr=err)
        if wait:
            self.wait_ready()

    def wait_ready(self, seconds: float = 60) -> dict:
        ready = self.home / "ready.json"
        assert self.proc is not None
        until = time.monotonic() + seconds
        while time.monotonic() < until:
            if ready.exists():
                return dict(json.loads(ready.read_text()))
            if self.proc.poll() is not None:
                raise RuntimeError(f"replica exited: {self.log()[-2000:]}")
            time.sleep(0.05)
        raise RuntimeError("replica did not become ready")

    def log(self) -> str:
        return (self.home / "daemon.log").read_text(errors="replace")

    def kill(self) -> None:
        """SIGKILL, as a crash."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
