"""One owner of limits: the daemon's Limits and each stage's declared Bounds, applied alike by
every RPC before any work; and the runner's check of what a stage yields."""

from __future__ import annotations

import grpc
import pytest

from figment import checks
from figment.errors import InvalidArgument
from figment.stages import Bounds, Mesh, Proxy, Speech, Stage, StageKind, TextDelta, TextDone
from figment.testing import BoxMesh, EchoText, SineSpeech, conjure, make_engine, run_stage
from figment.v1 import figment_pb2 as pb


class ShortTts(SineSpeech):
    """A TTS stage that speaks at most 120 characters and 5 seconds."""

    id = "test.tts.short"
    bounds = Bounds(max_text_chars=120, max_seconds=5.0)

    async def run(self, request, options, ctx):
        if len(request.text) > 120:  # what a real stage does with text over its bound
            raise InvalidArgument("text", "over 120 characters")
        return await super().run(request, options, ctx)


class SmallMesh(BoxMesh):
    """A mesh stage that builds at most 1,000 triangles."""

    id = "test.mesh.small"
    bounds = Bounds(max_triangles=1000)


LONG_WISH = "A lamp of brass. " * 30


async def test_conjure_speaks_whole_sentences_within_the_tts_bound(tmp_path):
    SineSpeech.spoken.clear()
    events = await conjure([ShortTts], LONG_WISH, home=tmp_path, speak=True)
    kinds = [e.WhichOneof("event") for e in events]
    assert "error" not in kinds and "speech" in kinds
    said, seconds = SineSpeech.spoken[-1]
    assert 0 < len(said) <= 120 and said.endswith(".")  # whole sentences
    assert seconds == 5.0  # the default 12 s is capped at the stage's bound


async def test_conjure_refuses_a_budget_over_a_stage_bound_before_any_work(tmp_path):
    EchoText.seen.clear()
    budgets = pb.Budgets(max_triangles=5000)
    with pytest.raises(InvalidArgument, match=r"budgets.max_triangles: .*\[200, 1000\]"):
        await conjure([SmallMesh], "a lamp", home=tmp_path, budgets=budgets)
    assert EchoText.seen == []


async def test_the_default_triangle_budget_fits_the_stage(tmp_path):
    engine = make_engine([SmallMesh], tmp_path)
    assert checks.triangles(engine, 0, "budgets.max_triangles") == 1000
    assert checks.triangles(engine, 800, "budgets.max_triangles") == 800


async def test_speak_and_conjure_share_the_default_speech_budget(stub):
    SineSpeech.spoken.clear()
    await stub.Speak(pb.SpeakRequest(text="Hello there."))
    async for _ in stub.Conjure(pb.ConjureRequest(text="a lamp", speak=True)):
        pass
    seconds = {s for _, s in SineSpeech.spoken}
    assert seconds == {12.0}  # Limits.default_speech_seconds, for both RPCs


async def test_speak_refuses_text_over_the_tts_bound_naming_it(tmp_path):
    from figment.engine import Call
    from figment.single import speak

    engine = make_engine([ShortTts], tmp_path)
    with pytest.raises(InvalidArgument, match="text: 121 characters is over the limit of 120"):
        await speak(engine, pb.SpeakRequest(text="x" * 121), Call())


async def test_describe_lists_each_stage_bounds(tmp_path):
    engine = make_engine([ShortTts], tmp_path)
    info = {s.id: s for s in engine.describe().stages}
    assert dict(info[ShortTts.id].bounds) == {"max_text_chars": 120.0, "max_seconds": 5.0}
    assert dict(info[EchoText.id].bounds) == {}


def test_spoken_line_keeps_whole_sentences_or_whole_words():
    assert checks.spoken_line("One two. Three four. Five.", 20) == "One two. Three four."
    assert checks.spoken_line("short", 20) == "short"
    assert checks.spoken_line("a very long sentence with no end", 12) == "a very long"


async def test_bad_stage_options_are_refused_before_admission(stub):
    from google.protobuf import struct_pb2

    opts = struct_pb2.Struct()
    opts.update({"nope": True})
    with pytest.raises(grpc.aio.AioRpcError) as info:
        async for _ in stub.Imagine(pb.ImagineRequest(text="a lamp", options=opts)):
            pass
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "options.nope" in info.value.details()


# ---- the runner checks each kind's contract -----------------------------------------------


class MeshWithoutMesh(Stage):
    """Yields a proxy and stops."""

    id, kind = "test.mesh.nomesh", StageKind.MESH

    async def run(self, request, options, ctx):
        yield Proxy(glb=b"", size=request.spec.size, color=request.spec.materials[0].base_color)


class TextAfterDone(Stage):
    """Yields a delta after its TextDone."""

    id, kind = "test.text.late", StageKind.TEXT

    async def run(self, request, options, ctx):
        yield TextDone("done", tokens=1)
        yield TextDelta("late")


class WrongKind(Stage):
    """A TTS stage that returns a mesh."""

    id, kind = "test.tts.wrong", StageKind.TTS

    async def run(self, request, options, ctx):
        return Mesh(glb=b"", triangles=0)


@pytest.mark.parametrize(
    ("stage", "needle"),
    [
        (MeshWithoutMesh, "ended without a Mesh"),
        (TextAfterDone, "gave a TextDelta after its TextDone"),
        (WrongKind, "gave a Mesh; a tts stage gives Speech"),
    ],
)
async def test_a_stage_that_breaks_its_kinds_contract_is_that_stages_error(tmp_path, stage, needle):
    events = await conjure([stage], "a lamp", home=tmp_path, speak=True)
    errors = [e.error for e in events if e.WhichOneof("event") == "error"]
    assert [(e.kind, e.stage, e.code) for e in errors] == [(stage.kind.value, stage.id, "INTERNAL")]
    assert needle in errors[0].message
    assert events[-1].WhichOneof("event") == "done"


async def test_run_stage_goes_through_the_runner(tmp_path):
    from figment.stages import SpeakRequest

    outputs = await run_stage(SineSpeech, SpeakRequest(text="hi", max_seconds=1.0), home=tmp_path)
    assert isinstance(outputs[-1], Speech) and outputs[-1].text == "hi"
    with pytest.raises(InvalidArgument, match=r"stage_options\.text\.bogus"):
        await run_stage(EchoText, None, {"bogus": 1}, home=tmp_path)
