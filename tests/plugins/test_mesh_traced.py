"""Only what the spec says: the mesh adds no part nor feature that neither the wish nor the text
asked for (no cartoon eyes on an orb), and the parser does not read eyes into "no eyes"."""

from __future__ import annotations

import pytest

from figment.spec import ARCHETYPES, FAMILIES, MODIFIERS, PARTS, ObjectSpec
from figment_mesh._build import recipe
from figment_parse import SpecParse

BASE = {
    "name": "thing",
    "size": {"x": 0.5, "y": 0.5, "z": 0.5},
    "materials": [{"made_of": "wood", "base_color": {"r": 0.5, "g": 0.4, "b": 0.3}}],
}


def plain(archetype: str = "orb", family: str = "", **extra: object) -> ObjectSpec:
    """A spec with no parts and no modifiers unless given."""
    return ObjectSpec.model_validate({**BASE, "archetype": archetype, "family": family, **extra})


def googly_eyes(spec: ObjectSpec) -> int:
    """Parts that are an eyeball with a white (the cartoon eyes the ``eyes`` part grows)."""
    return sum(p.slot == "sclera" and p.tag == "eyes" for p in recipe(spec, 7))


@pytest.mark.parametrize("archetype", ARCHETYPES)
def test_no_archetype_grows_a_part_or_eyes_it_was_not_asked_for(archetype: str) -> None:
    parts = recipe(plain(archetype), 7)
    extra = {p.tag for p in parts} & (set(PARTS) | set(MODIFIERS))
    assert not extra, f"{archetype} built {extra} that the spec does not name"
    if archetype != "eye":  # the eye archetype is an eyeball
        assert not any(p.slot == "sclera" for p in parts)


@pytest.mark.parametrize("family", FAMILIES)
def test_no_family_grows_cartoon_eyes_unasked(family: str) -> None:
    assert googly_eyes(plain(family=family)) == 0


def test_eyes_appear_when_the_spec_asks() -> None:
    assert googly_eyes(plain("teapot", parts=["eyes"])) >= 2
    grown = plain("orb", modifiers=[{"kind": "eyes", "amount": 0.5}])
    assert sum(p.slot == "sclera" for p in recipe(grown, 7)) >= 3


@pytest.mark.parametrize(
    ("text", "parts", "modifiers"),
    [
        ("a mask with no eyes", [], []),
        ("a chair without teeth", [], []),
        ("a lamp that is not melting", [], []),
        ("a whale that looks into your eyes", [], []),
        ("a teapot that catches the eye", [], []),
        ("a teapot with eyes", ["eyes"], []),
        ("a vase covered in eyes", [], ["eyes"]),
        ("a clock that is melting", [], ["melting"]),
    ],
)
def test_the_parser_reads_eyes_only_where_the_object_has_them(
    text: str, parts: list[str], modifiers: list[str]
) -> None:
    spec = SpecParse().parse(text, 1, False).spec
    assert spec.parts == parts
    assert [m.kind for m in spec.modifiers] == modifiers
