"""What a revision of the object changes, and where the streaming text's sentences end.

The pipeline parses the wish first and then each sentence of the imagined text as it arrives;
``changes`` tells which of the object's assets a new spec makes stale, so only those are built
and sent again, and ``Sentences`` finds the sentence boundaries in the streamed deltas.
"""

from __future__ import annotations

import re
from typing import Any

from .spec import ObjectSpec

__all__ = ["MESH_FIELDS", "SOUND_FIELDS", "Sentences", "changes"]

MESH_FIELDS = (
    "name",
    "archetype",
    "family",
    "params",
    "parts",
    "size",
    "materials",
    "modifiers",
    "companions",
)
"""The spec fields the mesh (and its proxy) is built from (the GLB carries the name too); the
mesh also reads which material or part the text names after a twist and what a part is made
of (the order of their spans)."""
SOUND_FIELDS = ("archetype", "family", "size", "materials", "motions", "sounds")
"""The spec fields the object's sound and its placement are made from."""
_IGNORED = {"spans"}
"""Provenance only: the spans move as the text grows without changing the object."""

_END = re.compile(r"[.!?…]+[\"')\]]*(?=\s)|\n")


def _fields(spec: ObjectSpec, names: tuple[str, ...]) -> dict[str, Any]:
    data = spec.model_dump(mode="json")
    return {name: data[name] for name in names}


def _twist_order(spec: ObjectSpec) -> list[str]:
    """The order in which the text names modifiers, materials and parts (a flowing twist takes
    the material or part named after it, a part may say what it is made of): positions move as
    the text grows, this order does not."""
    spans = sorted(spec.spans, key=lambda s: s.start)
    return [s.field for s in spans if s.field.startswith(("modifiers[", "materials[", "parts["))]


def changes(old: ObjectSpec | None, new: ObjectSpec) -> set[str]:
    """Which of ``object``, ``mesh``, ``sound`` differ between ``old`` and ``new`` (all when
    there is no old spec; empty when only provenance moved)."""
    if old is None:
        return {"object", "mesh", "sound"}
    out = set()
    a = old.model_dump(mode="json", exclude=_IGNORED)
    b = new.model_dump(mode="json", exclude=_IGNORED)
    if a != b:
        out.add("object")
    if _fields(old, MESH_FIELDS) != _fields(new, MESH_FIELDS) or (
        new.modifiers and _twist_order(old) != _twist_order(new)
    ):
        out.add("mesh")
    if _fields(old, SOUND_FIELDS) != _fields(new, SOUND_FIELDS):
        out.add("sound")
    return out


class Sentences:
    """Feed text deltas; get the text so far each time a sentence has ended."""

    def __init__(self) -> None:
        self.text = ""
        self._checked = 0
        self._reported = 0

    def feed(self, delta: str) -> str | None:
        """The whole text up to the last sentence end in it, when ``delta`` completed one."""
        self.text += delta
        # a sentence ends at punctuation followed by whitespace; look back one character so an
        # ending split across deltas ("." then " ") is found
        start = max(0, self._checked - 1)
        last = None
        for match in _END.finditer(self.text, start):
            last = match.end()
        self._checked = len(self.text)
        if last is None or last <= self._reported:
            return None
        self._reported = last
        return self.text[:last].strip() or None
