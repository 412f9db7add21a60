"""Headless Chromium driven over the DevTools protocol on a pipe (no port, no extra package).

Chromium's ``--remote-debugging-pipe`` reads commands on file descriptor 3 and writes replies and
events on 4, each a JSON message ended by a NUL byte. ``/bin/sh`` maps the child's 3 and 4 onto
its stdin and stdout, so the standard library's ``subprocess`` is all it takes.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = ["Browser", "BrowserError", "living"]

_FLAGS = (
    "--headless",
    # Chromium refuses to run as root with its sandbox, and containers often lack the user
    # namespaces it needs; the page loads only local files and the GLB's own data.
    "--no-sandbox",
    # WebGL on the CPU: ANGLE over SwiftShader (Chromium's own software GPU).
    "--disable-gpu",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    # The page imports three.js as ES modules from file:// URLs.
    "--allow-file-access-from-files",
    "--disable-background-networking",
    "--disable-background-timer-throttling",
    "--disable-renderer-backgrounding",
    "--disable-component-update",
    "--disable-extensions",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--remote-debugging-pipe",
)


def living(group: int) -> list[int]:
    """Processes of a process group that have not exited (zombies are not counted)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            # pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses
            fields = entry.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == group and fields[0] not in ("Z", "X"):
            found.append(int(entry.parent.name))
    return found


def _wait_gone(group: int, deadline: float) -> None:
    # Killed helpers take a moment to exit; the profile folder is removed after them.
    while living(group) and time.monotonic() < deadline:
        time.sleep(0.05)


class BrowserError(RuntimeError):
    """The browser died, timed out, or a script on the page threw."""


class Browser:
    """One headless Chromium with one page, for :meth:`evaluate` calls on it."""

    def __init__(self, executable: str, page: Path, timeout: float = 120.0) -> None:
        self.timeout = timeout
        self._dir = tempfile.TemporaryDirectory(
            prefix="figment-studio-", ignore_cleanup_errors=True
        )
        self._log = Path(self._dir.name) / "browser.log"
        self._buffer = b""
        self._next_id = 0
        self._problems: list[str] = []
        with self._log.open("wb") as log:
            self._proc = subprocess.Popen(
                [
                    "/bin/sh",
                    "-c",
                    'exec "$0" "$@" 3<&0 4>&1 0</dev/null 1>&2',
                    executable,
                    *_FLAGS,
                    f"--user-data-dir={self._dir.name}/profile",
                    "about:blank",
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                # Its own process group, so its helper processes end with it in close().
                start_new_session=True,
            )
        try:
            target = self._call("Target.createTarget", url="about:blank")["targetId"]
            self._session = self._call("Target.attachToTarget", targetId=target, flatten=True)[
                "sessionId"
            ]
            self._call("Page.enable", session=True)
            self._call("Runtime.enable", session=True)
            self._call("Page.navigate", session=True, url=page.resolve().as_uri())
            self._wait_event("Page.loadEventFired")
        except BaseException:
            self.close()
            raise

    def evaluate(self, expression: str) -> Any:
        """The value of ``expression`` on the page (awaited when it is a promise)."""
        reply = self._call(
            "Runtime.evaluate",
            session=True,
            expression=expression,
            awaitPromise=True,
            returnByValue=True,
        )
        if "exceptionDetails" in reply:
            details = reply["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text", "")
            raise BrowserError(f"the page threw: {text}{self._page_problems()}")
        return reply["result"].get("value")

    def close(self) -> None:
        """End the browser and its helpers and remove its profile."""
        proc = self._proc
        if proc.poll() is None:
            with contextlib.suppress(OSError):
                self._send("Browser.close")
            with contextlib.suppress(OSError, ValueError):
                proc.stdin.close()  # type: ignore[union-attr]
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)  # helpers still in the browser's group
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)
        _wait_gone(proc.pid, deadline=time.monotonic() + 5)
        if proc.stdout is not None:
            proc.stdout.close()
        self._dir.cleanup()

    # ---- the protocol ----------------------------------------------------------------------

    def _send(self, method: str, session: bool = False, **params: Any) -> int:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        assert self._proc.stdin is not None
        self._proc.stdin.write(json.dumps(message).encode() + b"\0")
        self._proc.stdin.flush()
        return self._next_id

    def _read(self, deadline: float) -> dict[str, Any]:
        assert self._proc.stdout is not None
        fd = self._proc.stdout.fileno()
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError(f"no answer from the browser in {self.timeout:g} s")
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                raise BrowserError(f"the browser exited{self._log_tail()}")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        if message.get("method") == "Runtime.exceptionThrown":
            details = message["params"]["exceptionDetails"]
            self._problems.append(
                details.get("exception", {}).get("description") or details.get("text", "")
            )
        elif (
            message.get("method") == "Runtime.consoleAPICalled"
            and message["params"].get("type") == "error"
        ):
            args = message["params"].get("args", [])
            self._problems.append(" ".join(str(a.get("value", "")) for a in args))
        return message

    def _call(self, method: str, session: bool = False, **params: Any) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        sent = self._send(method, session, **params)
        while True:
            message = self._read(deadline)
            if message.get("id") == sent:
                if "error" in message:
                    raise BrowserError(f"{method}: {message['error'].get('message')}")
                result: dict[str, Any] = message.get("result", {})
                return result

    def _wait_event(self, method: str) -> None:
        deadline = time.monotonic() + self.timeout
        while self._read(deadline).get("method") != method:
            pass

    def _page_problems(self) -> str:
        return "".join(f"\n  page: {p}" for p in self._problems[-5:])

    def _log_tail(self) -> str:
        try:
            lines = self._log.read_text(errors="replace").splitlines()[-8:]
        except OSError:
            return ""
        return "".join(f"\n  {line}" for line in lines)
