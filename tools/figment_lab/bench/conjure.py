"""``figment bench conjure``: the whole path, wish to sounding object, beside a naive baseline.

For varied wishes through the real default pipeline (an in-process daemon, over gRPC), it prints
p50/p95 of the time from the request to the first text token, the proxy, the mesh, the sound and
done (the first of each: the wish's object comes before the text when it names one, so the rows
split wishes that name their object from open ones); then the same with spoken wishes (the wish synthesized by the TTS stage, then sent as
audio). The baseline in the same run calls the same stages one after another with nothing
streamed or overlapped (the text is complete before anything else starts; mesh, sound and
speech wait for each other), so the gain of streaming and overlap is a measured ratio.
"""

from __future__ import annotations

import asyncio
import random
import time
from typing import Any

import numpy as np

from figment.v1 import figment_pb2 as pb

__all__ = ["main", "wishes"]

_SIZES = ("tiny", "small", "large", "enormous", "")
_COLOURS = ("crimson", "blue", "golden", "pale green", "violet", "black", "")
_MATERIALS = (
    "glass",
    "clockwork",
    "coral",
    "smoke",
    "brass",
    "ice",
    "paper",
    "moss",
    "porcelain",
    "wax",
)
_OBJECTS = ("whale", "lamp", "teapot", "tree", "staircase", "jellyfish", "clock", "chair", "moon",
            "key", "book", "bird", "bell", "umbrella", "lantern", "crown", "mask", "door", "mirror")  # fmt: skip
_TAILS = ("floating above the table", "that hums softly", "that breathes when nobody looks",
          "melting onto the floor", "spinning slowly by the window", "that ticks like a heart",
          "singing in a tiny choir", "", "covered in eyes", "twisted around itself")  # fmt: skip
_FREE = ("something impossible is floating above the table", "show me what loneliness looks like",
         "the smell of rain as an object", "a memory of the sea", "what lives under the stairs?")  # fmt: skip

MARKS = ("first_token", "proxy", "mesh", "sound", "done")
VOICES = {"piper": {"engine": "piper"}, "espeak-ng": {"engine": "espeak"}}
"""The voices spoken wishes are synthesized with (options of the TTS stage)."""


def wishes(n: int = 50, seed: int = 3) -> list[str]:
    """``n`` varied wishes: composed ones and a few open-ended ones."""
    rng = random.Random(seed)
    out = list(_FREE)
    while len(out) < n:
        words = [
            rng.choice(_SIZES),
            rng.choice(_COLOURS),
            rng.choice(_MATERIALS),
            rng.choice(_OBJECTS),
            rng.choice(_TAILS),
        ]
        out.append("a " + " ".join(w for w in words if w))
    return out[:n]


async def _streamed(stub: Any, request: pb.ConjureRequest) -> dict[str, float]:
    t0 = time.perf_counter()
    marks: dict[str, float] = {}
    async for event in stub.Conjure(request):
        kind = event.WhichOneof("event")
        now = (time.perf_counter() - t0) * 1000
        if kind == "text_delta":
            marks.setdefault("first_token", now)
        elif kind in ("proxy", "mesh", "sound", "done"):
            marks.setdefault(kind, now)
    return marks


async def _live(stub: Any, wav: bytes, request: pb.ConjureRequest) -> dict[str, float]:
    """Stream a spoken wish through ConjureLive in real time (100 ms chunks, as a microphone
    would), then end it (push-to-talk released); marks from the end of speech."""
    import io

    import soundfile as sf

    data, rate = sf.read(io.BytesIO(wav), dtype="int16", always_2d=True)
    pcm = data[:, 0].astype("<i2").tobytes()
    step = int(rate * 0.1) * 2
    ended: list[float] = []

    async def requests() -> Any:
        start = pb.LiveStart(sample_rate=int(rate), push_to_talk=True)
        start.request.CopyFrom(request)
        yield pb.LiveRequest(start=start)
        for i in range(0, len(pcm), step):
            yield pb.LiveRequest(pcm=pcm[i : i + step])
            await asyncio.sleep(0.1)
        ended.append(time.perf_counter())
        yield pb.LiveRequest(end=True)

    seen: dict[str, float] = {}  # the object may come before the end of speech: negative marks
    shapes: dict[int, str] = {}  # revision -> the shape it shows
    shown: dict[str, float] = {}  # shape -> when its proxy first came
    async for event in stub.ConjureLive(requests()):
        kind = event.WhichOneof("event")
        now = time.perf_counter()
        if kind == "text_delta":
            seen.setdefault("first_token", now)
        elif kind == "object":
            spec = event.object.spec
            shapes[event.object.revision] = spec.family or spec.archetype
        elif kind in ("proxy", "mesh", "sound", "done"):
            seen.setdefault(kind, now)
            if kind == "proxy":
                shown.setdefault(shapes.get(event.proxy.revision, ""), now)
    if shapes:  # an early partial may show the wrong thing: when the shape that stays first came
        final = shapes[max(shapes)]
        if final in shown:
            seen["final_shape"] = shown[final]
    return {k: (t - ended[0]) * 1000 for k, t in seen.items()}


async def _sequential(engine: Any, wish: str, mode: Any, seed: int) -> dict[str, float]:
    """The same stages, one after another, nothing streamed or overlapped."""
    from figment import engine as engine_mod
    from figment.labels import decide
    from figment.pipeline import CONJURE_PROMPT
    from figment.runner import Runner
    from figment.stages import (
        MeshRequest,
        ParseRequest,
        Sampling,
        SoundRequest,
        SpatialRequest,
        SpeakRequest,
        StageKind,
        TextDone,
        TextRequest,
    )  # fmt: skip

    runner = Runner(engine, engine_mod.Call(), seed)
    label = decide(mode, True, 1.0, ())
    t0 = time.perf_counter()
    marks: dict[str, float] = {}

    async def run(kind: Any, request: Any) -> list[Any]:
        return await runner.run(kind, request)

    lim = engine.limits
    req = TextRequest(
        CONJURE_PROMPT.format(wish=wish),
        label.mode,
        label.intensity,
        (),
        seed,
        lim.default_tokens,
        Sampling(),
    )
    text = next(o for o in await run(StageKind.TEXT, req) if isinstance(o, TextDone)).text
    marks["first_token"] = (time.perf_counter() - t0) * 1000
    parsed = (await run(StageKind.PARSE, ParseRequest(f"{wish}\n\n{text}", seed)))[0]
    outputs = await run(StageKind.MESH, MeshRequest(parsed.spec, seed, lim.default_triangles))
    marks["proxy"] = marks["mesh"] = (time.perf_counter() - t0) * 1000
    sound = (
        await run(StageKind.SOUND, SoundRequest(parsed.spec, seed, lim.default_audio_seconds))
    )[0]
    await run(StageKind.SPATIAL, SpatialRequest(parsed.spec, _pose(), _pose(), sound, False))
    marks["sound"] = (time.perf_counter() - t0) * 1000
    await run(StageKind.TTS, SpeakRequest(text, lim.default_speech_seconds))
    marks["done"] = (time.perf_counter() - t0) * 1000
    del outputs
    return marks


def _pose() -> Any:
    from figment.stages import Pose

    return Pose()


def _row(name: str, rows: list[dict[str, float]]) -> str:
    cells = []
    for mark in MARKS:
        values = [r[mark] for r in rows if mark in r]
        cells.append(
            f"{np.percentile(values, 50):>8.0f}{np.percentile(values, 95):>7.0f}"
            if values
            else f"{'-':>8}{'-':>7}"
        )
    return f"{name:<26}" + "".join(cells)


async def _measure(n: int, mode: str, audio: bool) -> dict[str, list[dict[str, float]]]:
    import grpc

    from figment.checks import options_for
    from figment.client import LocalDaemon
    from figment.config import load_settings
    from figment.engine import Engine
    from figment.runner import Runner
    from figment.stages import Mode, SpeakRequest, StageKind
    from figment.v1 import figment_pb2_grpc as pb_grpc

    settings = load_settings().model_copy(update={"grpc_port": 0, "http_port": None})
    pb_mode = pb.MODE_IMAGINATIVE if mode == "imaginative" else pb.MODE_FACTUAL
    out: dict[str, list[dict[str, float]]] = {"streamed": [], "sequential": [], "spoken": []}
    items = wishes(n)
    with LocalDaemon(settings) as daemon:
        async with grpc.aio.insecure_channel(daemon.info["grpc"]) as channel:
            stub = pb_grpc.FigmentStub(channel)
            await _streamed(
                stub,
                pb.ConjureRequest(text="a lamp", mode=pb_mode, consent=True, seed=1, speak=True),
            )
            for i, wish in enumerate(items):
                req = pb.ConjureRequest(text=wish, mode=pb_mode, consent=True, seed=i, speak=True)
                out["streamed"].append(await _streamed(stub, req))
                print(f"\r  streamed {i + 1}/{n}", end="", flush=True)
            print()
            if audio:
                engine = Engine(settings)
                tts = type(await engine.stage(StageKind.TTS))
                # Spoken wishes that name their object (the goal's case), then, in the Piper
                # voice, a few open ones, whose object waits for the imagined text.
                named = [w for w in wishes(max(n, 15)) if w not in _FREE][: max(5, n // 5)]
                spoken = [(v, w, "") for v in VOICES for w in named]
                spoken += [("piper", w, ", open wish") for w in _FREE[:3]]
                for i, (voice, wish, kind) in enumerate(spoken):
                    opts = {StageKind.TTS: options_for(engine, tts, VOICES[voice], "tts")}
                    speech = await Runner(engine, _call(), i, opts).run(
                        StageKind.TTS, SpeakRequest(wish, 10.0)
                    )
                    req = pb.ConjureRequest(mode=pb_mode, consent=True, seed=i, speak=True)
                    if voice == "piper" and not kind:  # the whole recording at once
                        whole = pb.ConjureRequest()
                        whole.CopyFrom(req)
                        whole.audio.data, whole.audio.format = speech[0].wav, "wav"
                        out["spoken"].append(await _streamed(stub, whole))
                    out.setdefault(f"live {voice}{kind}", []).append(
                        await _live(stub, speech[0].wav, req)
                    )
                    print(f"\r  spoken {i + 1}/{len(spoken)}", end="", flush=True)
                print()
    engine = Engine(settings)
    the_mode = Mode.IMAGINATIVE if mode == "imaginative" else Mode.FACTUAL
    for i, wish in enumerate(items):
        out["sequential"].append(await _sequential(engine, wish, the_mode, i))
        print(f"\r  sequential {i + 1}/{n}", end="", flush=True)
    print()
    await engine.close()
    return out


def _call() -> Any:
    from figment.engine import Call

    return Call()


def main(n: int = 50, mode: str = "imaginative", audio: bool = True) -> None:
    """Print the whole-path benchmark."""
    import os

    print(
        f"figment bench conjure — {n} wishes, mode {mode}, real default pipeline; load {os.getloadavg()[0]:.1f}"
    )
    r = asyncio.run(_measure(n, mode, audio))
    print(f"{'ms from request (p50 p95)':<26}" + "".join(f"{m:>15}" for m in MARKS))
    print(_row("streamed + overlapped", r["streamed"]))
    named = [m for w, m in zip(wishes(n), r["streamed"], strict=True) if w not in _FREE]
    open_ = [m for w, m in zip(wishes(n), r["streamed"], strict=True) if w in _FREE]
    print(_row(f"  wish names its object ({len(named)})", named))
    print(_row(f"  open wish ({len(open_)})", open_))
    if r["spoken"]:
        print(_row(f"spoken wish ({len(r['spoken'])})", r["spoken"]))
    for key in (k for k in r if k.startswith("live ")):
        print(_row(f"{key[5:]}, live ({len(r[key])})", r[key]) + "   (from the end of speech)")
    for key in (k for k in r if k.startswith("live ")):
        final = [x["final_shape"] for x in r[key] if "final_shape" in x]
        if final:
            print(
                f"  {key[5:]}: the shape it ends as was first shown at p50 "
                f"{np.percentile(final, 50):.0f} ms, p95 {np.percentile(final, 95):.0f} ms "
                f"from the end of speech ({len(final)} of {len(r[key])})"
            )
    print(_row("sequential baseline", r["sequential"]))
    for mark in ("proxy", "done"):
        a = np.percentile([x[mark] for x in r["sequential"] if mark in x], 50)
        b = np.percentile([x[mark] for x in r["streamed"] if mark in x], 50)
        print(f"{mark}: sequential p50 / streamed p50 = {a / b:.2f}x")
