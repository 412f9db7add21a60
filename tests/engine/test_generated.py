"""The committed generated code matches the proto, and the spec schema matches its proto message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from figment.spec import ObjectSpec
from figment.v1 import figment_pb2 as pb

ROOT = Path(__file__).resolve().parents[2]


def test_generated_code_is_fresh(tmp_path):
    from importlib.resources import files

    from grpc_tools import protoc

    args = [
        "protoc",
        f"-I{ROOT / 'proto'}",
        f"-I{files('grpc_tools') / '_proto'}",
        f"--python_out={tmp_path}",
        f"--pyi_out={tmp_path}",
        f"--grpc_python_out={tmp_path}",
        str(ROOT / "proto/figment/v1/figment.proto"),
    ]
    assert protoc.main(args) == 0
    for name in ("figment_pb2.py", "figment_pb2.pyi", "figment_pb2_grpc.py"):
        fresh = (tmp_path / "figment/v1" / name).read_text()
        committed = (ROOT / "engine/figment/v1" / name).read_text()
        assert fresh == committed, f"{name} is stale: run scripts/gen_proto.sh"


def _fields(model) -> dict:
    out = {}
    for name, info in model.model_fields.items():
        out[name] = info.annotation
    return out


def test_spec_model_and_proto_have_the_same_fields():
    def walk(model, message):
        proto_fields = {f.name for f in message.DESCRIPTOR.fields}
        assert set(model.model_fields) == proto_fields, message.DESCRIPTOR.name
        for name, info in model.model_fields.items():
            sub = getattr(info.annotation, "__args__", (info.annotation,))[0]
            field = message.DESCRIPTOR.fields_by_name[name]
            if field.message_type is not None and hasattr(sub, "model_fields"):
                walk(sub, getattr(pb, field.message_type.name))

    walk(ObjectSpec, pb.ObjectSpec)


def test_spec_round_trips_through_proto_and_json_schema():
    from figment.convert import spec_from_pb, spec_pb
    from figment.spec import Color, Material, Modifier, Motion, SoundDescriptor, Span, Vec3

    spec = ObjectSpec(
        name="clock whale",
        archetype="whale",
        parts=["gears", "fins"],
        size=Vec3(x=4, y=1.5, z=1.2),
        materials=[
            Material(made_of="clockwork", base_color=Color(r=0.7, g=0.5, b=0.2), metallic=0.9)
        ],
        modifiers=[Modifier(kind="swarm", amount=0.5, count=7)],
        motions=[Motion(kind="bob", amplitude=0.25, frequency_hz=0.5)],
        sounds=[SoundDescriptor(kind="ticking", tempo_bpm=120)],
        spans=[Span(field="archetype", start=2, end=7)],
    )
    assert spec_from_pb(spec_pb(spec)) == spec
    schema = ObjectSpec.model_json_schema()
    assert set(schema["properties"]) == set(ObjectSpec.model_fields)
    assert ObjectSpec.model_validate_json(spec.model_dump_json()) == spec


def test_spec_rejects_out_of_range_without_clamping():
    import pytest
    from pydantic import ValidationError

    from figment.spec import Color, Material, Vec3

    base = dict(
        name="x",
        archetype="orb",
        size=Vec3(x=1, y=1, z=1),
        materials=[Material(made_of="glass", base_color=Color(r=1, g=1, b=1))],
    )
    with pytest.raises(ValidationError, match=r"size\.y"):
        ObjectSpec(**{**base, "size": Vec3(x=1, y=500, z=1)})
    with pytest.raises(ValidationError, match="archetype must be one of"):
        ObjectSpec(**{**base, "archetype": "spaceship"})
    with pytest.raises(ValidationError):
        Color(r=1.2, g=0, b=0)


def test_cli_imports_without_plugins():
    out = subprocess.run(
        [sys.executable, "-m", "figment", "--help"], capture_output=True, text=True
    )
    assert out.returncode == 0 and "conjure" in out.stdout
