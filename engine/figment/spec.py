"""The object spec: what the parse stage makes and the mesh and sound stages build from.

One schema in three forms kept in step by a test: this pydantic model (the source of truth for
ranges and vocabularies), its JSON Schema (``ObjectSpec.model_json_schema()``, used for
constrained decoding) and the ``figment.v1.ObjectSpec`` proto message.

Every number has a range. Values out of range are rejected with an error naming the field, never
clamped silently. Vocabularies (archetypes, materials, parts, modifiers, motions, sounds) are plain
string tuples so a plugin can read them; the model only accepts names from them.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "ARCHETYPES",
    "MATERIALS",
    "MODIFIERS",
    "MOTIONS",
    "PARTS",
    "SOUNDS",
    "Color",
    "Material",
    "Modifier",
    "Motion",
    "ObjectSpec",
    "SoundDescriptor",
    "Span",
    "Vec3",
]

ARCHETYPES: tuple[str, ...] = (
    "clock", "whale", "tree", "lamp", "door", "staircase", "eye", "jellyfish", "chair", "moon",
    "key", "book", "bird", "fish", "hand", "bell", "teapot", "ladder", "mirror", "umbrella",
    "cup", "table", "candle", "flower", "mushroom", "crystal", "shell", "house", "boat",
    "hourglass", "lantern", "cloud", "star", "mask", "crown", "vase", "egg", "tower", "bottle",
    "feather", "heart", "snake", "orb",
)  # fmt: skip
"""Object archetypes the mesh stage builds. ``orb`` is the fallback for anything unnamed."""

MATERIALS: tuple[str, ...] = (
    "glass", "clockwork", "coral", "smoke", "brass", "gold", "silver", "iron", "rust", "chrome",
    "wood", "stone", "marble", "bone", "paper", "ice", "water", "fire", "light", "fabric",
    "velvet", "leather", "porcelain", "wax", "crystal", "moss", "honey", "ink", "cloud",
    "starlight", "obsidian", "amber", "pearl", "sugar", "flesh", "feathers", "scales", "shadow",
    "plastic", "clay",
)  # fmt: skip
"""What things can be made of; each maps to PBR defaults in the mesh stage."""

PARTS: tuple[str, ...] = (
    "wings", "legs", "tentacles", "eyes", "teeth", "spikes", "roots", "handle", "horns", "tail",
    "petals", "gears", "chains", "flames", "antennae", "leaves", "windows", "wheels", "fins",
    "halo",
)  # fmt: skip
"""Extra parts that can be attached to any archetype."""

MODIFIERS: tuple[str, ...] = (
    "melting", "twisted", "bent", "fractured", "hollow", "inside_out", "swarm",
    "impossible_scale", "eyes", "teeth", "floating", "noise", "stretched",
)  # fmt: skip
"""Surreal modifiers, each applied as real geometry by the mesh stage."""

MOTIONS: tuple[str, ...] = (
    "bob", "spin", "pulse", "breathe", "sway", "orbit", "flicker", "drift",
)  # fmt: skip
"""Motion hints the engine bridges animate."""

SOUNDS: tuple[str, ...] = (
    "drone", "chime", "ticking", "breathing", "granular", "heartbeat", "hum", "whisper",
    "bubbles", "wind", "bells", "crackle", "creak", "choir", "pulse",
)  # fmt: skip
"""Sound descriptors the sound stage synthesizes."""

Unit = Annotated[float, Field(ge=0.0, le=1.0)]

_STRICT = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


def _one_of(vocabulary: tuple[str, ...], field: str, value: str) -> str:
    if value not in vocabulary:
        raise ValueError(f"{field} must be one of: {', '.join(vocabulary)} (got {value!r})")
    return value


class Vec3(BaseModel):
    """A size or position in metres."""

    model_config = _STRICT
    x: float = Field(description="metres")
    y: float = Field(description="metres")
    z: float = Field(description="metres")


class Color(BaseModel):
    """Linear RGBA, each channel in [0, 1]."""

    model_config = _STRICT
    r: Unit = Field(description="red")
    g: Unit = Field(description="green")
    b: Unit = Field(description="blue")
    a: Unit = Field(default=1.0, description="alpha")


class Material(BaseModel):
    """A PBR material and what it is made of."""

    model_config = _STRICT
    made_of: str = Field(description="one of MATERIALS")
    base_color: Color = Field(description="base colour")
    metallic: Unit = Field(default=0.0, description="metalness")
    roughness: Unit = Field(default=0.5, description="roughness")
    emissive: Color = Field(default=Color(r=0, g=0, b=0), description="emitted colour")
    emissive_strength: float = Field(default=0.0, ge=0.0, le=10.0, description="emission")
    opacity: Unit = Field(default=1.0, description="1 is opaque")

    @field_validator("made_of")
    @classmethod
    def _known_material(cls, value: str) -> str:
        return _one_of(MATERIALS, "made_of", value)


class Modifier(BaseModel):
    """A surreal modifier applied to the geometry."""

    model_config = _STRICT
    kind: str = Field(description="one of MODIFIERS")
    amount: Unit = Field(default=0.5, description="strength")
    count: int = Field(default=1, ge=1, le=64, description="copies, for swarm")

    @field_validator("kind")
    @classmethod
    def _known_modifier(cls, value: str) -> str:
        return _one_of(MODIFIERS, "kind", value)


class Motion(BaseModel):
    """A motion hint the engine animates."""

    model_config = _STRICT
    kind: str = Field(description="one of MOTIONS")
    amplitude: float = Field(default=0.1, ge=0.0, le=2.0, description="metres, fraction or turns")
    frequency_hz: float = Field(default=0.5, ge=0.0, le=10.0, description="cycles per second")

    @field_validator("kind")
    @classmethod
    def _known_motion(cls, value: str) -> str:
        return _one_of(MOTIONS, "kind", value)


class SoundDescriptor(BaseModel):
    """What the object sounds like."""

    model_config = _STRICT
    kind: str = Field(description="one of SOUNDS")
    pitch_hz: float = Field(default=220.0, ge=20.0, le=4000.0, description="base pitch")
    tempo_bpm: float = Field(default=60.0, ge=0.0, le=400.0, description="events per minute")
    brightness: Unit = Field(default=0.5, description="spectral tilt")
    loudness: Unit = Field(default=0.7, description="relative level")

    @field_validator("kind")
    @classmethod
    def _known_sound(cls, value: str) -> str:
        return _one_of(SOUNDS, "kind", value)


class Span(BaseModel):
    """Where in the source text a field came from (character offsets, end exclusive)."""

    model_config = _STRICT
    field: str = Field(max_length=64, description="field path, e.g. materials[0].made_of")
    start: int = Field(ge=0, le=100_000, description="first character")
    end: int = Field(ge=0, le=100_000, description="one past the last character")


SIZE_MIN_M = 0.01
SIZE_MAX_M = 100.0


class ObjectSpec(BaseModel):
    """A hallucinated object, ready to build."""

    model_config = _STRICT
    name: str = Field(min_length=1, max_length=80, description="a short name")
    archetype: str = Field(description="one of ARCHETYPES")
    parts: list[str] = Field(default_factory=list, max_length=8, description="extra parts")
    size: Vec3 = Field(
        description=f"bounding size in metres, each axis in [{SIZE_MIN_M}, {SIZE_MAX_M}]"
    )
    materials: list[Material] = Field(min_length=1, max_length=4, description="first is primary")
    modifiers: list[Modifier] = Field(default_factory=list, max_length=6, description="surreal")
    motions: list[Motion] = Field(default_factory=list, max_length=4, description="animation")
    sounds: list[SoundDescriptor] = Field(default_factory=list, max_length=4, description="sound")
    spans: list[Span] = Field(default_factory=list, max_length=64, description="provenance")

    @field_validator("archetype")
    @classmethod
    def _known_archetype(cls, value: str) -> str:
        return _one_of(ARCHETYPES, "archetype", value)

    @field_validator("parts")
    @classmethod
    def _known_parts(cls, value: list[str]) -> list[str]:
        return [_one_of(PARTS, "parts", part) for part in value]

    @field_validator("size")
    @classmethod
    def _size_in_range(cls, value: Vec3) -> Vec3:
        for axis in ("x", "y", "z"):
            v = getattr(value, axis)
            if not SIZE_MIN_M <= v <= SIZE_MAX_M:
                raise ValueError(f"size.{axis} must be in [{SIZE_MIN_M}, {SIZE_MAX_M}] m (got {v})")
        return value

    def has(self, modifier: str) -> Modifier | None:
        """The first modifier of this kind, or None."""
        return next((m for m in self.modifiers if m.kind == modifier), None)


VOCABULARY: dict[str, tuple[str, ...]] = {
    "archetypes": ARCHETYPES,
    "materials": MATERIALS,
    "parts": PARTS,
    "modifiers": MODIFIERS,
    "motions": MOTIONS,
    "sounds": SOUNDS,
}
"""Every vocabulary by name, as listed by Describe."""
