"""The text stage on a tiny model built by the real builder: whole sentences, the judgement on the
label, best of N, the router, and the checks on blends and candidates, on both transports."""

from __future__ import annotations

import json

import aiohttp
import grpc
import pytest
from conftest import both
from google.protobuf import json_format, struct_pb2
from model.conftest import write_adapter

from figment.config import Limits, Settings
from figment.model import build_model, discover_adapters, service
from figment.model._synthetic import synthetic_source
from figment.plugins import Registry
from figment.spec import Color, Material, ObjectSpec, Span, Vec3
from figment.stages import ParsedObject, Stage, StageKind
from figment.testing import make_registry
from figment.v1 import figment_pb2 as pb
from figment_text import MAX_CANDIDATES, PipText


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    """A home with the tiny model and a tiny adapter under every installed adapter's name (the
    shipped ones are for the real model's shapes)."""
    root = tmp_path_factory.mktemp("text-home")
    build_model(root / "models", "int4", progress=None, source=synthetic_source(seed=0))
    from figment.model import LanguageModel, find_model

    arch = LanguageModel(find_model(root / "models", "int4"), threads=1).arch
    names = {"pip", "cosmic", "culinary", *discover_adapters()} - {"parse"}
    for k, name in enumerate(sorted(names)):
        write_adapter(root / "adapters", name, arch, seed=k + 1, scale=0.3)
    yield root
    for key in [k for k in service._models if k[0] == root / "models"]:
        service._models.pop(key).batcher.close()


@pytest.fixture
def settings(home) -> Settings:
    return Settings(home=home, grpc_port=0, http_port=0, limits=Limits())


@pytest.fixture
def registry() -> Registry:
    from doubles import ALL

    return make_registry([PipText, *(d for d in ALL if d.kind.value != "text")])


def _imagine(**fields) -> pb.ImagineRequest:
    return pb.ImagineRequest(text="What is floating above the table?", seed=5, **fields)


async def _events(stub, req):
    return [e async for e in stub.Imagine(req)]


async def test_text_streams_whole_sentences_and_says_why_it_ended(settings, registry):
    async with both(settings, registry) as (stub, _, _):
        for max_tokens in (6, 24):
            events = await _events(stub, _imagine(mode=pb.MODE_FACTUAL, max_tokens=max_tokens))
            done = events[-1].text_done
            streamed = "".join(e.text_delta.text for e in events[:-1])
            assert streamed.strip() == done.text
            assert done.finish_reason in ("stop", "length")
            # cut or stopped by the model: ends at a sentence end or says it was cut
            assert done.text == "" or done.text[-1] in ".!?…\"')]*_”’"
            assert not events[-1].label.HasField("judgement")  # factual output is not judged


async def test_imaginative_text_carries_the_judgement_on_both_transports(settings, registry):
    req = _imagine(mode=pb.MODE_IMAGINATIVE, consent=True, max_tokens=24)
    async with both(settings, registry) as (stub, base, _):
        events = await _events(stub, req)
        assert not events[0].label.HasField("judgement")  # not before the text is whole
        label = events[-1].label
        assert label.fiction and label.judgement.type != pb.HALLUCINATION_TYPE_UNSPECIFIED
        assert 0 <= label.judgement.coherence <= 1
        assert label.judgement.perplexity_source == "generator"
        assert "Type" in label.text or "literal" in label.text
        async with aiohttp.ClientSession() as http:
            body = json_format.MessageToJson(req)
            headers = {"Content-Type": "application/json"}
            async with http.post(
                f"{base}/figment.v1.Figment/Imagine", data=body, headers=headers
            ) as r:
                lines = (await r.text()).strip().splitlines()
        last = json.loads(lines[-1])
        assert last["label"]["judgement"]["type"].startswith("HALLUCINATION_TYPE_")


async def test_best_of_n_streams_one_whole_answer(settings, registry):
    opts = struct_pb2.Struct()
    opts.update({"candidates": 3})
    req = _imagine(mode=pb.MODE_IMAGINATIVE, consent=True, max_tokens=20, options=opts)
    async with both(settings, registry) as (stub, _, _):
        events = await _events(stub, req)
        again = await _events(stub, req)
    done = events[-1].text_done
    assert "".join(e.text_delta.text for e in events[:-1]).strip() == done.text
    assert done.text == again[-1].text_done.text  # same seed, same choice
    assert events[-1].label.judgement.type != pb.HALLUCINATION_TYPE_UNSPECIFIED


async def test_candidates_out_of_range_is_invalid_argument_naming_the_field(settings, registry):
    opts = struct_pb2.Struct()
    opts.update({"candidates": MAX_CANDIDATES + 1})
    async with both(settings, registry) as (stub, _, _):
        with pytest.raises(grpc.aio.AioRpcError) as err:
            await _events(stub, _imagine(mode=pb.MODE_IMAGINATIVE, consent=True, options=opts))
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "candidates" in err.value.details()


async def test_auto_blend_routes_to_installed_experts_deterministically(settings, registry):
    req = _imagine(mode=pb.MODE_IMAGINATIVE, consent=True, max_tokens=12,
                   blend=[pb.AdapterWeight(name="auto", weight=1.0)])  # fmt: skip
    async with both(settings, registry) as (stub, _, _):
        first = (await _events(stub, req))[-1].label
        second = (await _events(stub, req))[-1].label
    experts = [(a.name, round(a.weight, 3)) for a in first.adapters]
    assert experts[0] == ("pip", 1.0) and 3 <= len(experts) <= 4
    assert "auto" not in {n for n, _ in experts} and "parse" not in {n for n, _ in experts}
    assert abs(sum(w for _, w in experts[1:]) - 1.0) < 1e-3
    assert [(a.name, a.weight) for a in second.adapters] == [
        (a.name, a.weight) for a in first.adapters
    ]
    assert "router" in first.text


@pytest.mark.parametrize(
    ("blend", "field"),
    [
        ([pb.AdapterWeight(name="no_such_expert", weight=1.0)], "blend[0].name"),
        (
            [
                pb.AdapterWeight(name="auto", weight=1.0),
                pb.AdapterWeight(name="cosmic", weight=1.0),
            ],
            "blend",
        ),
        ([pb.AdapterWeight(name="cosmic", weight=3.0)], "blend[0].weight"),
    ],
)
async def test_bad_blends_are_invalid_argument_naming_the_field(settings, registry, blend, field):
    async with both(settings, registry) as (stub, _, _):
        with pytest.raises(grpc.aio.AioRpcError) as err:
            await _events(stub, _imagine(mode=pb.MODE_IMAGINATIVE, consent=True, blend=blend))
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field in err.value.details()


async def test_conjure_label_gets_the_judgement_with_the_text(settings, registry):
    req = pb.ConjureRequest(text="a glass whale above the table", mode=pb.MODE_IMAGINATIVE,
                            consent=True, seed=3, budgets=pb.Budgets(max_tokens=16))  # fmt: skip
    async with both(settings, registry) as (stub, _, _):
        events = [e async for e in stub.Conjure(req)]
    kinds = [e.WhichOneof("event") for e in events]
    at = kinds.index("text_done")
    assert all(not e.label.HasField("judgement") for e in events[:at])
    assert all(e.label.HasField("judgement") for e in events[at:])


class WhaleParse(Stage):
    """Finds the whale of the wish (with its span), at a confidence that spawns it at once."""

    id, kind = "test.parse.whale", StageKind.PARSE

    async def run(self, request, options, ctx):
        at = request.text.find("whale")
        spans = [Span(field="archetype", start=at, end=at + 5)] if at >= 0 else []
        spec = ObjectSpec(name="whale", archetype="whale", size=Vec3(x=3, y=1, z=1),
                          materials=[Material(made_of="glass", base_color=Color(r=1, g=1, b=1))],
                          spans=spans)  # fmt: skip
        return ParsedObject(spec=spec, confidence=0.9)


async def test_conjured_text_starts_on_the_object_the_wish_names(settings):
    from doubles import ALL

    stages = [PipText, WhaleParse, *(d for d in ALL if d.kind.value not in ("text", "parse"))]
    registry = make_registry(stages, {"parse": WhaleParse.id})
    texts = {}
    for mode in (pb.MODE_IMAGINATIVE, pb.MODE_FACTUAL):
        req = pb.ConjureRequest(text="conjure a glass whale above the table", mode=mode,
                                consent=True, seed=3, budgets=pb.Budgets(max_tokens=16))  # fmt: skip
        async with both(settings, registry) as (stub, _, _):
            events = [e async for e in stub.Conjure(req)]
        done = next(e.text_done for e in events if e.HasField("text_done"))
        streamed = "".join(e.text_delta.text for e in events if e.HasField("text_delta"))
        assert streamed.strip() == done.text
        texts[mode] = done.text
    assert texts[pb.MODE_IMAGINATIVE].startswith("The glass whale")
    assert len(texts[pb.MODE_IMAGINATIVE]) > len("The glass whale")  # the model went on
    assert not texts[pb.MODE_FACTUAL].startswith("The glass whale")  # factual: the model's own
