"""The latent object behind a pair, and the compact JSON the parse adapter learns to write.

Vocabulary names come from the text; every number comes from the lexicon (size from the
archetype and size word, PBR values from the material, colour from the colour word, motion and
sound parameters from their kind), so a parser that recovers the names recovers the object.
"""

from __future__ import annotations

import json
from typing import Any

from figment import lexicon as lx
from figment.spec import (
    Color,
    Material,
    Modifier,
    Motion,
    ObjectSpec,
    SoundDescriptor,
    Span,
    Vec3,
)

__all__ = ["complete_spec", "latent_spec", "parse_target"]


def latent_spec(
    name: str,
    arch: str,
    size_word: str,
    mat: str,
    col: str,
    mat2: str | None,
    modifier: str,
    motion: str,
    sound: str,
    part: str | None,
    spans: list[tuple[str, int, int]],
) -> ObjectSpec:
    """The latent object: vocabulary names from the text, numbers from the lexicon."""
    factor = lx.SIZE_WORDS[size_word]
    size = [min(100.0, max(0.01, round(v * factor, 3))) for v in lx.ARCHETYPE_SIZE[arch]]

    def material(made_of: str, colour: tuple[float, float, float] | None) -> Material:
        pbr = lx.MATERIAL_PBR[made_of]
        r, g, b = colour or pbr.base_color
        er, eg, eb = pbr.emissive
        return Material(
            made_of=made_of,
            base_color=Color(r=r, g=g, b=b),
            metallic=pbr.metallic,
            roughness=pbr.roughness,
            emissive=Color(r=er, g=eg, b=eb),
            emissive_strength=pbr.emissive_strength,
            opacity=pbr.opacity,
        )

    materials = [material(mat, lx.COLOURS[col])]
    if mat2:
        materials.append(material(mat2, None))
    amplitude, frequency = lx.MOTION_DEFAULTS[motion]
    pitch, tempo, brightness = lx.SOUND_DEFAULTS[sound]
    return ObjectSpec(
        name=name,
        archetype=arch,
        parts=[part] if part else [],
        size=Vec3(x=size[0], y=size[1], z=size[2]),
        materials=materials,
        modifiers=[Modifier(kind=modifier, count=12 if modifier == "swarm" else 1)],
        motions=[Motion(kind=motion, amplitude=amplitude, frequency_hz=frequency)],
        sounds=[
            SoundDescriptor(kind=sound, pitch_hz=pitch, tempo_bpm=tempo, brightness=brightness)
        ],
        spans=[Span(field=f, start=a, end=b) for f, a, b in spans],
    )


def parse_target(spec: ObjectSpec) -> str:
    """The compact JSON the parse adapter writes: only what the text says (names, colours,
    size), no spans. Numbers the text never states (PBR values, motion and sound parameters)
    are left out; :func:`complete_spec` fills them from the lexicon."""
    data: dict[str, Any] = {"name": spec.name, "archetype": spec.archetype}
    if spec.parts:
        data["parts"] = list(spec.parts)
    data["size"] = spec.size.model_dump()
    data["materials"] = [
        {"made_of": m.made_of, "base_color": m.base_color.model_dump(exclude={"a"})}
        for m in spec.materials
    ]
    data["modifiers"] = [
        {"kind": m.kind, **({"count": m.count} if m.count != 1 else {})} for m in spec.modifiers
    ]
    data["motions"] = [{"kind": m.kind} for m in spec.motions]
    data["sounds"] = [{"kind": s.kind} for s in spec.sounds]
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def complete_spec(compact: str | dict[str, Any]) -> ObjectSpec:
    """A full :class:`ObjectSpec` from parse output: every field the JSON leaves out of a
    material, motion or sound takes the lexicon's value for that name (``MATERIAL_PBR``,
    ``MOTION_DEFAULTS``, ``SOUND_DEFAULTS``); fields it states are kept."""
    spec = (
        ObjectSpec.model_validate_json(compact)
        if isinstance(compact, str)
        else (ObjectSpec.model_validate(compact))
    )
    materials = []
    for m in spec.materials:
        pbr = lx.MATERIAL_PBR[m.made_of]
        er, eg, eb = pbr.emissive
        fill = {
            "metallic": pbr.metallic,
            "roughness": pbr.roughness,
            "emissive": Color(r=er, g=eg, b=eb),
            "emissive_strength": pbr.emissive_strength,
            "opacity": pbr.opacity,
        }
        materials.append(
            m.model_copy(update={k: v for k, v in fill.items() if k not in m.model_fields_set})
        )
    motions = []
    for mo in spec.motions:
        amplitude, frequency = lx.MOTION_DEFAULTS[mo.kind]
        fill = {"amplitude": amplitude, "frequency_hz": frequency}
        motions.append(
            mo.model_copy(update={k: v for k, v in fill.items() if k not in mo.model_fields_set})
        )
    sounds = []
    for so in spec.sounds:
        pitch, tempo, brightness = lx.SOUND_DEFAULTS[so.kind]
        fill = {"pitch_hz": pitch, "tempo_bpm": tempo, "brightness": brightness}
        sounds.append(
            so.model_copy(update={k: v for k, v in fill.items() if k not in so.model_fields_set})
        )
    return spec.model_copy(update={"materials": materials, "motions": motions, "sounds": sounds})
