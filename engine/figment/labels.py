"""The consent rule and labels: one place decides what mode runs and how output is labelled.

IMAGINATIVE needs the client's consent flag. Without it the daemon answers FACTUAL and the label
says consent was missing. Imaginative output is always labelled fiction, with the adapters and
intensity that made it.
"""

from __future__ import annotations

from dataclasses import replace

from .spec import ObjectSpec
from .stages import Judgement, Label, Mode

__all__ = [
    "AUTO",
    "PIP_ADAPTER",
    "TYPE_NAMES",
    "decide",
    "judged",
    "routed",
    "shape_note",
    "updated",
]

PIP_ADAPTER = "pip"
"""The imaginative adapter every IMAGINATIVE request uses, blended with any domain adapters."""
AUTO = "auto"
"""The blend name that asks the router to choose the domain experts (never an adapter's name)."""
TYPE_NAMES = {
    "I": "Type I, an insight",
    "II": "Type II, uselessly insightful",
    "III": "Type III, incoherent",
    "literal": "literal, not imagined",
}
"""How a label's text names each discriminator type."""


def decide(
    mode: Mode, consent: bool, intensity: float, blend: tuple[tuple[str, float], ...]
) -> Label:
    """The label for a request: the mode that will actually run, and what to tell the user."""
    if mode == Mode.IMAGINATIVE and not consent:
        return Label(
            mode=Mode.FACTUAL,
            fiction=False,
            text="Factual: imaginative mode was asked without consent, so this is a plain answer.",
            consent_missing=True,
        )
    if mode == Mode.FACTUAL:
        return Label(mode=Mode.FACTUAL, fiction=False, text="Factual: the base model's answer.")
    adapters = ((PIP_ADAPTER, 1.0), *((n, w) for n, w in blend if n != PIP_ADAPTER))
    return Label(
        mode=Mode.IMAGINATIVE,
        fiction=True,
        text=_imagined(adapters, intensity),
        adapters=adapters,
        intensity=intensity,
    )


def _imagined(adapters: tuple[tuple[str, float], ...], intensity: float) -> str:
    mix = ", ".join(f"{n} {w:g}" for n, w in adapters)
    return f"Imagined (fiction, not fact): {mix}, intensity {intensity:g}."


def routed(label: Label, blend: tuple[tuple[str, float], ...]) -> Label:
    """The label once the router chose the experts of an ``auto`` blend."""
    adapters = ((PIP_ADAPTER, 1.0), *blend)
    text = _imagined(adapters, label.intensity) + " Experts chosen by the router."
    return replace(label, adapters=adapters, text=text)


def updated(
    label: Label,
    blend: tuple[tuple[str, float], ...] | None,
    judgement: Judgement | None,
) -> Label:
    """The label after the text: with the routed experts and the judgement, when there are."""
    if blend is not None:
        label = routed(label, blend)
    return judged(label, judgement) if judgement is not None else label


def judged(label: Label, judgement: Judgement) -> Label:
    """The label once the discriminator judged the text: its type beside the fiction label."""
    return replace(label, judgement=judgement, text=f"{label.text} {TYPE_NAMES[judgement.type]}.")


_SOURCES = {
    "lexicon": "the noun table",
    "embedding": "the nearest family by meaning",
    "model": "the language model's choice",
    "fallback": "nothing placed the object",
}


def shape_note(spec: ObjectSpec) -> str:
    """What the object's label says of its shape when it is not a hand-made archetype: which
    family stands in, why, and how sure; empty for an archetype the words named."""
    if spec.shape_source == "archetype" and not spec.family:
        return ""
    shape = f"the {spec.family} family" if spec.family else f"a {spec.archetype}"
    why = _SOURCES.get(spec.shape_source, spec.shape_source)
    sure = spec.shape_confidence
    guess = "a guess" if sure < 0.5 or spec.shape_source == "fallback" else "an approximation"
    return f"Shape: {guess}, {shape} ({why}, confidence {sure:.2f})."
