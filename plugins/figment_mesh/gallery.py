"""``figment gallery WISHES.txt --out sheet.png``: conjure a list of wishes, picture each one.

Each wish (one a line; blank lines and ``#`` comments are skipped) is conjured through a daemon
exactly as ``figment conjure`` does (the one at ``--address``, else one started in this
process). Beside ``sheet.png`` a folder ``sheet/`` receives ``NN-words-of-the-wish.png`` and
``.glb`` for each wish, and the sheet shows every picture with its wish under it and a grey
note: what the parser made of it (family or archetype, marked when the shape is a guess;
materials, modifiers) and the seed, or the stage that failed. For browsing what a seed or a
blend does, and for judging the look.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .preview import MAX_SIZE, MIN_SIZE

if TYPE_CHECKING:
    from rich.console import Console

    from figment.client import ConjureResult
    from figment.config import Settings

__all__ = ["Shot", "gallery", "read_wishes", "run_gallery"]


@dataclass
class Shot:
    """One wish's outcome: its mesh (None if none came), what it became, what failed."""

    wish: str
    glb: bytes | None = None
    made: str = ""
    seed: int | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def note(self) -> str:
        """The grey line under the picture."""
        if self.glb is None:
            return "no mesh: " + ("; ".join(self.errors) or "the daemon sent none")
        seed = f"seed {self.seed}" if self.seed is not None else ""
        return " · ".join(p for p in (self.made, seed) if p)


def read_wishes(path: Path) -> list[str]:
    """The wishes in a text file: one a line, without blank lines and ``#`` comments."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _slug(text: str, words: int = 6) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())[:words]) or "wish"


def _made(result: ConjureResult) -> str:
    found = result.last("object")
    if found is None:
        return ""
    s = found.spec
    shape = s.family or s.archetype
    if s.shape_source in ("embedding", "fallback"):  # a guess says so
        shape += f" ({s.shape_source} {s.shape_confidence:.2f})"
    made = [shape, ", ".join(m.made_of for m in s.materials)]
    made += [m.kind for m in s.modifiers]
    return " · ".join(p for p in made if p)


async def _conjure_all(
    address: str, token: str | None, wishes: list[str], request: Any, console: Console
) -> list[Shot]:
    from figment.client import Client

    client = Client(address, token)
    shots = []
    try:
        for i, wish in enumerate(wishes, 1):
            req = type(request)()
            req.CopyFrom(request)
            req.text = wish
            shot = await _shot(client, req)
            state = "[green]ok[/green]" if not shot.errors else "[yellow]with errors[/yellow]"
            console.print(f"[{i}/{len(wishes)}] {wish!r}: {shot.made or '-'} {state}")
            for err in shot.errors:
                console.print(f"    [red]error[/red] {err}")
            shots.append(shot)
    finally:
        await client.close()
    return shots


async def _shot(client: Any, req: Any) -> Shot:
    """One wish conjured and its mesh fetched. A mesh evicted before it could be fetched (a busy
    store shared with other daemons) is made again once (same seed, same object), then reported
    under the picture; it never ends the gallery."""
    import grpc

    from figment.client import ConjureResult

    for attempt in (1, 2):
        result = ConjureResult()
        async for event in client.conjure(req):
            result.events.append(event)
        shot = Shot(req.text, made=_made(result))
        accepted = result.last("accepted")
        shot.seed = accepted.seed if accepted is not None else None
        shot.errors = [f"{e.kind} {e.code} {e.message}" for e in result.of("error")]
        mesh = result.assets().get("mesh")
        if mesh is None:
            return shot
        try:
            shot.glb = await client.asset(mesh.id)
            return shot
        except grpc.aio.AioRpcError as exc:
            if exc.code() != grpc.StatusCode.NOT_FOUND:
                raise
            if attempt == 2:
                shot.errors.append("mesh NOT_FOUND the asset was evicted before it was fetched")
            elif shot.seed is not None:
                req.seed = shot.seed  # the same object again, drawn with no seed asked
    return shot


def run_gallery(
    settings: Settings,
    address: str,
    token: str | None,
    wishes: list[str],
    out: Path,
    console: Console,
    *,
    mode: str = "imaginative",
    consent: bool = False,
    seed: int | None = None,
    intensity: float | None = None,
    blend: str = "",
    size: int = 384,
    tile: int = 256,
    columns: int = 5,
) -> list[Shot]:
    """Conjure every wish, write its PNG and GLB beside ``out`` and the contact sheet to ``out``."""
    from figment.client import daemon_at, parse_blend
    from figment.v1 import figment_pb2 as pb

    from .preview import Studio, Tile

    modes = {"factual": pb.MODE_FACTUAL, "imaginative": pb.MODE_IMAGINATIVE}
    if mode not in modes:
        raise typer.BadParameter(
            f"must be factual or imaginative (got {mode!r})", param_hint="--mode"
        )
    if not wishes:
        raise typer.BadParameter("the file has no wishes (one a line)", param_hint="WISHES")
    for name, value in (("--size", size), ("--tile", tile)):
        if not MIN_SIZE <= value <= MAX_SIZE:
            raise typer.BadParameter(f"must be in [{MIN_SIZE}, {MAX_SIZE}]", param_hint=name)
    request = pb.ConjureRequest(
        mode=modes[mode], consent=consent, speak=False, blend=parse_blend(blend)
    )
    if seed is not None:
        request.seed = seed
    if intensity is not None:
        request.intensity = intensity
    # The browser starts first: a missing one is reported before any conjuring.
    with Studio() as studio:
        with daemon_at(address, settings) as addr:
            if addr != address:
                console.print(f"[dim]no daemon at {address}: started one in this process[/dim]")
            shots = asyncio.run(_conjure_all(addr, token, wishes, request, console))
        folder = out.with_suffix("")
        folder.mkdir(parents=True, exist_ok=True)
        tiles = []
        for i, shot in enumerate(shots, 1):
            png = None
            if shot.glb is not None:
                stem = folder / f"{i:02d}-{_slug(shot.wish)}"
                png = studio.render(shot.glb, size)
                stem.with_suffix(".glb").write_bytes(shot.glb)
                stem.with_suffix(".png").write_bytes(png)
            tiles.append(Tile(png, shot.wish, shot.note))
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(studio.sheet(tiles, tile, columns))
    pictured = sum(s.glb is not None for s in shots)
    console.print(f"{pictured} of {len(shots)} wishes pictured: {out} and {folder}/")
    return shots


def gallery(
    wishes: Annotated[
        Path,
        typer.Argument(
            help="a text file: one wish a line, # comments", exists=True, dir_okay=False
        ),
    ],
    out: Annotated[Path, typer.Option(help="the contact sheet (PNG)")] = Path("out/gallery.png"),
    mode: Annotated[str, typer.Option(help="factual or imaginative")] = "imaginative",
    consent: Annotated[
        bool, typer.Option(help="consent to imaginative (fictional) output")
    ] = False,
    seed: Annotated[int | None, typer.Option(help="the same seed for every wish")] = None,
    intensity: Annotated[float | None, typer.Option(help="imagination dial, 0..1.5")] = None,
    blend: Annotated[str, typer.Option(help="domain adapters, e.g. cosmic:0.6,culinary:0.4")] = "",
    size: Annotated[
        int, typer.Option(help="pixels of each wish's PNG", min=MIN_SIZE, max=MAX_SIZE)
    ] = 384,
    tile: Annotated[
        int, typer.Option(help="pixels of each picture on the sheet", min=MIN_SIZE, max=MAX_SIZE)
    ] = 256,
    columns: Annotated[int, typer.Option(help="pictures in a row of the sheet", min=1)] = 5,
    address: Annotated[str, typer.Option(help="daemon gRPC address")] = "127.0.0.1:7340",
    token: Annotated[str | None, typer.Option(envvar="FIGMENT_TOKEN", help="bearer token")] = None,
    config: Annotated[Path | None, typer.Option(help="TOML config file")] = None,
) -> None:
    """Conjure each wish in a file and write one PNG each and a contact sheet of them all."""
    from rich.console import Console

    from figment.config import load_settings
    from figment.errors import FigmentError

    console = Console(stderr=True)
    try:
        shots = run_gallery(
            load_settings(config),
            address,
            token,
            read_wishes(wishes),
            out,
            console,
            mode=mode,
            consent=consent,
            seed=seed,
            intensity=intensity,
            blend=blend,
            size=size,
            tile=tile,
            columns=columns,
        )
    except FigmentError as exc:
        console.print(f"[red]error[/red] {exc.code}: {exc.message}")
        raise typer.Exit(2) from None
    raise typer.Exit(0 if all(not s.errors and s.glb for s in shots) else 1)
