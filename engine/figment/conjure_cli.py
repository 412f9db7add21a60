"""What ``figment conjure``, ``figment smoke`` and ``figment describe`` print and check."""

from __future__ import annotations

import asyncio
import io
import struct
import wave
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from .client import Client, ConjureResult, daemon_at, parse_blend
from .config import Settings
from .plugins import renderers
from .v1 import figment_pb2 as pb

__all__ = ["check_result", "print_describe", "run_conjure", "run_smoke"]

GLB = "model/gltf-binary"
SMOKE_WISH = "a small lantern that hums softly, floating above the table"


def build_request(
    text: str | None,
    audio: Path | None,
    mode: str,
    consent: bool,
    intensity: float | None,
    blend: str,
    seed: int | None,
    room: str,
    speak: bool,
    listen: bool,
) -> pb.ConjureRequest:
    """A ConjureRequest from CLI arguments."""
    modes = {"factual": pb.MODE_FACTUAL, "imaginative": pb.MODE_IMAGINATIVE}
    if mode not in modes:
        raise SystemExit(f"--mode must be factual or imaginative (got {mode!r})")
    req = pb.ConjureRequest(
        mode=modes[mode],
        consent=consent,
        room=room,
        speak=speak,
        preview=listen,
        blend=parse_blend(blend),
    )
    if text is not None:
        req.text = text
    else:
        assert audio is not None
        req.audio.data = audio.read_bytes()
    if intensity is not None:
        req.intensity = intensity
    if seed is not None:
        req.seed = seed
    req.anchor.position.z = -1.5
    req.anchor.position.y = 1.0
    return req


def _describe_event(event: pb.ConjureEvent) -> str | None:
    kind = event.WhichOneof("event")
    e = getattr(event, kind)
    if kind == "accepted":
        stages = ", ".join(f"{k}={v or '-'}" for k, v in sorted(e.stages.items()))
        return f"[bold]accepted[/bold] seed {e.seed}  ({stages})"
    if kind == "transcript":
        return f"[bold]{'hearing' if e.partial else 'heard'}[/bold] {e.text!r}"
    if kind == "text_done":
        j = event.label.judgement
        judged = ""
        if event.label.HasField("judgement"):
            name = pb.HallucinationType.Name(j.type).removeprefix("HALLUCINATION_TYPE_")
            judged = f", {'type ' if name != 'LITERAL' else ''}{name.lower() if name == 'LITERAL' else name}"
            judged += f" (coherence {j.coherence:.2f}, novelty {j.novelty:.2f}, violation {j.violation:.2f})"
        return f"[bold]text[/bold] ({e.tokens} tokens, {e.finish_reason}{judged})"
    if kind == "object":
        s = e.spec
        made = ", ".join(m.made_of for m in s.materials)
        rev = f"revision {e.revision}{', final' if e.final else ''}"
        return (
            f"[bold]object[/bold] {s.name!r}: {s.family or s.archetype} of {made} "
            f"(confidence {e.confidence:.2f}, {rev})"
        )
    if kind == "proxy":
        return f"[bold]proxy[/bold] {e.size.x:.2f}×{e.size.y:.2f}×{e.size.z:.2f} m"
    if kind == "mesh":
        return f"[bold]mesh[/bold] {e.triangles} triangles, {e.asset.size} bytes (revision {e.revision})"
    if kind == "sound":
        return f"[bold]sound[/bold] {e.duration_s:.1f} s loop"
    if kind == "speech":
        return f"[bold]speech[/bold] {e.duration_s:.1f} s"
    if kind == "error":
        return f"[red]error[/red] {e.kind}: {e.code} {e.message}"
    if kind == "done":
        return f"[bold]done[/bold] in {e.total_ms:.0f} ms"
    return None


def _file_pcm_of(req: pb.ConjureRequest) -> tuple[bytes, int]:
    """The request's audio file as 16-bit mono PCM and its rate."""
    import numpy as np
    import soundfile as sf

    data, rate = sf.read(io.BytesIO(req.audio.data), dtype="int16", always_2d=True)
    return np.ascontiguousarray(data.mean(axis=1).astype("<i2")).tobytes(), int(rate)


async def _in_real_time(pcm: bytes, rate: int, chunk_s: float = 0.1) -> AsyncIterator[bytes]:
    """PCM in chunks at the pace a microphone would deliver them."""
    step = int(rate * chunk_s) * 2
    for i in range(0, len(pcm), step):
        yield pcm[i : i + step]
        await asyncio.sleep(chunk_s)


async def _conjure(
    address: str,
    token: str | None,
    req: pb.ConjureRequest,
    console: Console,
    live: bool,
    stream_audio: bool = False,
) -> tuple[ConjureResult, Client]:
    client = Client(address, token)
    result = ConjureResult()
    mid_line = False  # the streamed text has an unfinished line on screen
    if stream_audio:  # the audio as a microphone would send it, through ConjureLive
        pcm, rate = _file_pcm_of(req)
        start = pb.LiveStart(sample_rate=rate)
        start.request.CopyFrom(req)
        start.request.ClearField("audio")
        events = client.conjure_live(start, _in_real_time(pcm, rate))
    else:
        events = client.conjure(req)
    async for event in events:
        result.events.append(event)
        kind = event.WhichOneof("event")
        if not live:
            continue
        if kind == "text_delta":
            console.print(
                event.text_delta.text, end="", highlight=False, markup=False, soft_wrap=True
            )
            mid_line = True
            continue
        if mid_line:
            console.print()
            mid_line = False
        if kind == "text_done":
            console.print(f"[dim]{event.label.text}[/dim]")
        line = _describe_event(event)
        if line:
            console.print(line)
    return result, client


def run_conjure(
    settings: Settings,
    address: str,
    token: str | None,
    *,
    out: Path,
    console: Console,
    preview: bool,
    live_audio: bool = False,
    **args: Any,
) -> bool:
    """Conjure once, print progress, save assets to ``out``; True when no stage failed.

    With ``live_audio`` the audio file is streamed in real time, as a microphone would be."""
    req = build_request(**args)

    async def go(addr: str) -> bool:
        result, client = await _conjure(
            addr, token, req, console, live=True, stream_audio=live_audio
        )
        try:
            written = await client.save_assets(result, out)
        finally:
            await client.close()
        if preview and "mesh" in written:
            render = renderers().get(GLB)
            if render is None:
                console.print(f"[yellow]no preview[/yellow]: no installed plugin renders {GLB}")
            else:
                png = out / "mesh.png"
                png.write_bytes(render(written["mesh"].read_bytes()))
                written["preview"] = png
        for name, path in sorted(written.items()):
            console.print(f"  {name:<12} {path}")
        return not result.of("error")

    with daemon_at(address, settings) as addr:
        if addr != address:
            console.print(f"[dim]no daemon at {address}: started one in this process[/dim]")
        return asyncio.run(go(addr))


def check_result(result: ConjureResult, blobs: dict[str, bytes]) -> list[str]:
    """Problems with a conjure's events and assets (empty when all is well)."""
    problems = []
    kinds = [e.WhichOneof("event") for e in result.events]
    for err in result.of("error"):
        problems.append(f"{err.kind} stage failed: {err.code} {err.message}")
    wanted = ["accepted", "text_done", "object", "proxy", "mesh", "sound", "speech", "done"]
    for missing in (k for k in wanted if k not in kinds):
        problems.append(f"no {missing} event")
    # the object may come before the text (the wish names it); each revision's object comes
    # before its proxy, mesh and sound, and speech follows the whole text
    firsts = {k: kinds.index(k) for k in wanted if k in kinds}
    for before, after in (
        ("accepted", "object"), ("object", "proxy"), ("proxy", "mesh"), ("mesh", "sound"),
        ("text_done", "speech"),
    ):  # fmt: skip
        if before in firsts and after in firsts and firsts[before] > firsts[after]:
            problems.append(f"events out of order: {after} before {before}")
    objects = result.of("object")
    if objects and not objects[-1].final:
        problems.append("the last object event is not marked final")
    if kinds and kinds[-1] != "done":
        problems.append("done is not the last event")
    if any(not e.label.text for e in result.events):
        problems.append("an event has no label")
    if [e.sequence for e in result.events] != list(range(len(result.events))):
        problems.append("sequence numbers are not 0, 1, 2, ...")
    for name, data in blobs.items():
        if name in ("proxy", "mesh") and (
            data[:4] != b"glTF" or struct.unpack("<I", data[4:8])[0] != 2
        ):
            problems.append(f"{name} is not a glTF 2 binary")
        if name.endswith("wav") or name in ("sound", "sound-preview"):
            try:
                with wave.open(io.BytesIO(data)) as w:
                    if w.getnframes() == 0:
                        problems.append(f"{name} has no audio")
            except (wave.Error, EOFError) as exc:
                problems.append(f"{name} is not a WAV: {exc}")
        if name.endswith("ogg") and data[:4] != b"OggS":
            problems.append(f"{name} is not OGG")
    return problems


def run_smoke(
    settings: Settings, address: str, token: str | None, out: Path, console: Console
) -> bool:
    """The headless smoke test users run in their CI."""
    req = build_request(SMOKE_WISH, None, "imaginative", True, 1.0, "", 7, "", True, True)

    async def go(addr: str) -> list[str]:
        result, client = await _conjure(addr, token, req, console, live=True)
        try:
            blobs = {name: await client.asset(ref.id) for name, ref in result.assets().items()}
            await client.save_assets(result, out)
        finally:
            await client.close()
        return check_result(result, blobs)

    with daemon_at(address, settings) as addr:
        problems = asyncio.run(go(addr))
    for p in problems:
        console.print(f"[red]FAIL[/red] {p}")
    console.print(
        "[green]smoke: ok[/green]"
        if not problems
        else f"[red]smoke: {len(problems)} problem(s)[/red]"
    )
    return not problems


def print_describe(info: pb.DescribeResponse, console: Console) -> None:
    """Describe as tables."""
    console.print(f"[bold]Figment {info.version}[/bold]")
    stages = Table("kind", "id", "selected", "status", "plugin", "bounds", title="stages")
    for s in info.stages:
        bounds = ", ".join(f"{k} {v:g}" for k, v in sorted(s.bounds.items()))
        stages.add_row(s.kind, s.id, "yes" if s.selected else "", s.status, s.plugin, bounds)
    console.print(stages)
    limits = Table("limit", "value", "unit", "meaning", title="limits")
    for lim in info.limits:
        value = f"{lim.value:,.0f}" if lim.value == int(lim.value) else f"{lim.value:g}"
        limits.add_row(lim.name, value, lim.unit, lim.description)
    console.print(limits)
    for m in info.models:
        on = f" on {m.device}" if m.device else ""
        console.print(f"model {m.name} ({m.precision}): {m.status}{on}")
    for a in info.adapters:
        console.print(f"adapter {a.name} (rank {a.rank}): {a.description}")
    if not info.adapters:
        console.print("adapters: none installed (imaginative mode needs the pip adapter)")
    console.print(f"devices: {', '.join(info.devices)}")
    for key, value in sorted(info.notes.items()):
        console.print(f"[dim]{key}[/dim]: {value}")
