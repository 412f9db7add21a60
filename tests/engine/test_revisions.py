"""The wish first, revisions as the text streams: what is sent, when, and what is not sent again."""

from __future__ import annotations

import asyncio
from typing import ClassVar

import pytest

from figment.revisions import Sentences, changes
from figment.spec import Color, Material, ObjectSpec, SoundDescriptor, Vec3
from figment.stages import Mesh, ParsedObject, Proxy, Sound, Stage, StageKind, TextDelta, TextDone
from figment.testing import BoxMesh, conjure, make_engine, wav_bytes
from figment.v1 import figment_pb2 as pb

BRASS = Color(r=0.8, g=0.6, b=0.2)
GLASS = Color(r=0.7, g=0.9, b=1.0, a=0.4)


def lamp(made_of: str = "brass", sounds: tuple[str, ...] = ()) -> ObjectSpec:
    return ObjectSpec(
        name="lamp",
        archetype="lamp",
        size=Vec3(x=0.3, y=0.5, z=0.3),
        materials=[Material(made_of=made_of, base_color=GLASS if made_of == "glass" else BRASS)],
        sounds=[SoundDescriptor(kind=k) for k in sounds],
    )


class WordsParse(Stage):
    """A lamp when the text says lamp (confident), glass when it says glass, a hum when it hums;
    nothing named: an unsure orb-like lamp guess."""

    id, kind = "test.parse.words", StageKind.PARSE
    seen: ClassVar[list[tuple[str, bool]]] = []

    async def run(self, request, options, ctx):
        WordsParse.seen.append((request.text, request.quick))
        text = request.text.lower()
        made_of = "glass" if "glass" in text else "brass"
        sounds = ("hum",) if "hums" in text else ()
        confidence = 0.7 if "lamp" in text else 0.05
        return ParsedObject(spec=lamp(made_of, sounds), confidence=confidence)


class StoryText(Stage):
    """Writes fixed sentences slowly, so the object can arrive between them."""

    id, kind = "test.text.story", StageKind.TEXT
    sentences: ClassVar[list[str]] = []

    async def run(self, request, options, ctx):
        for sentence in StoryText.sentences:
            for word in sentence.split(" "):
                await asyncio.sleep(0.02)
                yield TextDelta(word + " ")
        yield TextDone(" ".join(StoryText.sentences), tokens=10)


class MaterialMesh(BoxMesh):
    """A mesh whose bytes depend on its material (and records builds that were cancelled)."""

    id = "test.mesh.material"
    delay_s = 0.0
    cancelled: ClassVar[list[str]] = []

    async def run(self, request, options, ctx):
        made_of = request.spec.materials[0].made_of
        yield Proxy(glb=b"proxy-" + made_of.encode(), size=request.spec.size, color=BRASS)
        try:
            await asyncio.sleep(self.delay_s)
        except asyncio.CancelledError:
            MaterialMesh.cancelled.append(made_of)
            raise
        yield Mesh(glb=b"mesh-" + made_of.encode(), triangles=12)


class SpecSound(Stage):
    """A sine whose length follows the material and the sounds, so each spec sounds apart."""

    id, kind = "test.sound.spec", StageKind.SOUND

    async def run(self, request, options, ctx):
        spec = request.spec
        seconds = (
            0.3 + 0.1 * len(spec.sounds) + (0.05 if spec.materials[0].made_of == "glass" else 0)
        )
        return Sound(wav=wav_bytes(seconds), duration_s=seconds)


class SlowMesh(MaterialMesh):
    """A mesh that takes longer than the pipeline waits for a first mesh."""

    id = "test.mesh.slow"
    delay_s = 1.5


def kinds(events) -> list[str]:
    return [e.WhichOneof("event") for e in events]


def of(events, kind: str) -> list:
    return [getattr(e, kind) for e in events if e.WhichOneof("event") == kind]


@pytest.fixture(autouse=True)
def _clear():
    WordsParse.seen.clear()
    MaterialMesh.cancelled.clear()
    StoryText.sentences = ["It glows.", "It is warm."]


async def test_a_wish_that_names_its_object_spawns_it_before_the_first_token(tmp_path):
    events = await conjure([WordsParse, StoryText], "a lamp of brass", home=tmp_path, seed=1)
    k = kinds(events)
    assert k.index("object") < k.index("proxy") < k.index("text_delta")
    assert k.index("mesh") < k.index("text_done")  # the mesh is there while the words come
    assert WordsParse.seen[0] == ("a lamp of brass", True)  # the wish alone, quickly


async def test_an_open_wish_waits_for_the_first_sentence(tmp_path):
    StoryText.sentences = ["A lamp hangs there.", "It is warm."]
    events = await conjure([WordsParse, StoryText], "what floats above the table?", home=tmp_path)
    k = kinds(events)
    first_object = k.index("object")
    text_before = "".join(
        e.text_delta.text for e in events[:first_object] if e.HasField("text_delta")
    )
    assert "hangs there." in text_before and "warm" not in text_before
    assert of(events, "object")[0].revision == 0


async def test_revisions_rebuild_only_what_changed_and_the_last_is_final(tmp_path):
    StoryText.sentences = ["It glows.", "Now it is glass.", "It hums softly.", "The end."]
    stages = [WordsParse, StoryText, MaterialMesh, SpecSound]
    events = await conjure(stages, "a lamp", home=tmp_path, seed=2)
    objects = of(events, "object")
    assert [o.revision for o in objects] == [0, 1, 2, 2]
    assert [o.final for o in objects] == [False, False, False, True]
    assert [o.spec.materials[0].made_of for o in objects] == ["brass", "glass", "glass", "glass"]
    meshes, sounds = of(events, "mesh"), of(events, "sound")
    # the material changed the mesh and sound (rev 1); the hum changed only the sound (rev 2)
    assert sorted(m.revision for m in meshes) == [0, 1]
    assert sorted(s.revision for s in sounds) in ([0, 1, 2], [0, 2])  # 1 may be superseded
    assert len({m.asset.id for m in meshes}) == len(meshes)  # nothing sent twice
    done = events[-1].done
    assert not done.failed


async def test_superseded_mesh_work_is_cancelled(tmp_path):
    StoryText.sentences = ["Now it is glass."]  # arrives while revision 0's mesh still builds
    events = await conjure([WordsParse, StoryText, SlowMesh], "a lamp", home=tmp_path)
    meshes = of(events, "mesh")
    assert [m.revision for m in meshes] == [1]  # revision 0's build never finished
    assert MaterialMesh.cancelled == ["brass"]
    assert [p.revision for p in of(events, "proxy")] == [0, 1]


async def test_rooms_hold_one_object_at_its_latest_revision(tmp_path):
    StoryText.sentences = ["Now it is glass.", "It hums."]
    engine = make_engine([WordsParse, StoryText, MaterialMesh], tmp_path)
    from figment.engine import Call
    from figment.pipeline import conjure as run

    request = pb.ConjureRequest(text="a lamp", room="hall", seed=3)
    events = [e async for e in run(engine, request, Call())]
    objects = engine.rooms.objects("hall")
    assert len(objects) == 1
    latest = objects[0]
    assert latest.revision == of(events, "object")[-1].revision == 2
    assert latest.spec.materials[0].made_of == "glass" and latest.complete
    assert latest.mesh.asset.id == of(events, "mesh")[-1].asset.id
    await engine.close()


def test_changes_says_what_a_new_spec_makes_stale():
    assert changes(None, lamp()) == {"object", "mesh", "sound"}
    assert changes(lamp(), lamp()) == set()
    assert changes(lamp(), lamp("glass")) == {"object", "mesh", "sound"}
    assert changes(lamp(), lamp(sounds=("hum",))) == {"object", "sound"}
    renamed = lamp().model_copy(update={"name": "a brass lamp"})
    assert changes(lamp(), renamed) == {"object", "mesh"}  # the GLB carries the name


def test_a_twist_rebuilds_when_the_text_names_its_material_in_another_order():
    from figment.spec import Modifier, Span

    def raining(*order: tuple[str, int]) -> ObjectSpec:
        spans = [Span(field=f, start=s, end=s + 3) for f, s in order]
        return lamp().model_copy(update={"modifiers": [Modifier(kind="raining")], "spans": spans})

    twist_first = raining(("modifiers[0].kind", 5), ("materials[0].made_of", 20))
    moved = raining(("modifiers[0].kind", 40), ("materials[0].made_of", 60))  # text grew
    material_first = raining(("materials[0].made_of", 5), ("modifiers[0].kind", 20))
    assert changes(twist_first, moved) == set()
    assert changes(twist_first, material_first) == {"mesh"}
    assert changes(lamp(), lamp().model_copy(update={"spans": moved.spans})) == set()


@pytest.mark.parametrize(
    ("deltas", "ends"),
    [
        (["One. ", "Two"], ["One."]),
        (["One.", " Two.", " "], ["One.", "One. Two."]),
        (["No end yet"], []),
        (["Line\n", "next\n"], ["Line", "Line\nnext"]),
        (["Who? ", "Me!", " Yes"], ["Who?", "Who? Me!"]),
    ],
)
def test_sentences_are_found_in_streamed_deltas(deltas, ends):
    s = Sentences()
    assert [x for d in deltas if (x := s.feed(d))] == ends


class GuessParse(Stage):
    """Nothing in the words places the object: the general family, and it says so."""

    id, kind = "test.parse.guess", StageKind.PARSE

    async def run(self, request, options, ctx):
        spec = lamp().model_copy(
            update={"family": "lump", "shape_source": "fallback", "shape_confidence": 0.1}
        )
        return ParsedObject(spec=spec, confidence=0.5)


async def test_a_shape_guess_is_said_in_the_objects_label(tmp_path):
    events = await conjure([GuessParse], "a glorpwhistle", home=tmp_path, seed=1)
    objects = [e for e in events if e.HasField("object")]
    assert objects and all("Shape: a guess, the lump family" in e.label.text for e in objects)
    assert "(nothing placed the object, confidence 0.10)" in objects[0].label.text
    others = [e for e in events if not e.HasField("object")]
    assert not any("Shape:" in e.label.text for e in others)  # only the object event says it
    events = await conjure([], "a lamp", home=tmp_path, seed=1)
    assert not any("Shape:" in e.label.text for e in events)  # a named archetype: nothing to say


class SteadyMesh(MaterialMesh):
    """A mesh still building when the text's first sentence revises only the sound."""

    id = "test.mesh.steady"
    delay_s = 0.9


async def test_a_sound_only_revision_does_not_cancel_the_mesh_being_built(tmp_path):
    StoryText.sentences = ["It hums softly."]
    stages = [WordsParse, StoryText, SteadyMesh, SpecSound]
    events = await conjure(stages, "a lamp", home=tmp_path, seed=5)
    last = of(events, "object")[-1]
    assert last.revision == 1 and last.final  # the hum changed the sound only
    assert [m.revision for m in of(events, "mesh")] == [0]  # revision 0's mesh still arrives
    assert MaterialMesh.cancelled == []
    assert not events[-1].done.failed
