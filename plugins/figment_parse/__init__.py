"""The parse stage: surreal text in, a valid object spec out, every time.

Two readers, chosen by measurement (``figment bench objects``): the lexicon reader
(``extract``) takes every value the text names, with its span; the language model, decoding
under a grammar built from the spec's vocabularies (``constrained``), chooses what the text
leaves open (an object that is never named, a material never said). Word salad still gives a
valid spec: a best guess with a low confidence.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from figment.stages import (
    Host,
    ParsedObject,
    ParseRequest,
    Stage,
    StageContext,
    StageKind,
    StageOptions,
)

__all__ = ["SpecParse", "register_commands", "register_stages"]

_FACE = frozenset(("eyes", "teeth"))
"""Parts that make a face: only the person's own words may ask for them."""

MODEL_MATERIAL_MIN = 0.6
"""How sure the model must be of a named object's material for its choice to stand over the
object's own: asked "a crown" (no material said), it guessed wood at 0.16, a moon glass at 0.21,
a teapot water at 0.38; where the words name a stuff the lexicon lacks it is sure ("a crown
carved from driftwood": wood at 0.99, "a table of whalebone": bone at 0.99)."""


def _named(found: Any, shape: Any, wish_chars: int) -> bool:
    """Whether the person's own words name the object (a noun or an archetype word)."""
    if shape is not None:
        return shape.span is not None and shape.span[0] < wish_chars
    return found.archetype is not None and found.archetype.start < wish_chars


_DRESSING = frozenset(("floating", "raining", "rising", "frozen", "burning"))
"""Twists that add to an object without unmaking its shape: the imagined text may still give
them to an object the wish names (and no twist)."""


def _own_parts(found: Any, wish_chars: int) -> None:
    """Only the wish's parts, and of the text's twists only those that dress the object: its
    cracks, sags and dissolving tops came from anything ("broken down into tiny parts" said of
    a lantern's sound) and left a lantern in pieces, a fox inside out."""
    found.parts[:] = [h for h in found.parts if h.start < wish_chars]
    found.bound[:] = [(p, m) for p, m in found.bound if any(p is h for h in found.parts)]
    found.modifiers[:] = [
        h for h in found.modifiers if h.start < wish_chars or h.value in _DRESSING
    ]


class ParseOptions(StageOptions):
    """Options of the parse stage."""

    use_model: bool = Field(
        True, description="let the language model fill what the text leaves open"
    )


class SpecParse(Stage):
    """Text → ObjectSpec with the lexicon and grammar-constrained decoding."""

    id = "figment.parse.spec"
    kind = StageKind.PARSE
    description = (
        "Reads an object spec out of text: lexicon spans plus grammar-constrained choices."
    )
    Options = ParseOptions

    def __init__(self) -> None:
        self.chooser: Any = None
        self.note = "lexicon only (no language model built)"

    async def load(self, host: Host) -> None:
        """Load the lexicon and noun table, and the language model for gap filling when built."""
        from . import extract  # noqa: F401  (imports the lexicon tables once)
        from .shapes import noun_shape

        noun_shape("giraffe", embed=False)  # reads the noun table once, off the request path

        try:
            from .constrained import Chooser

            self.chooser = Chooser(host.language_model())
            self.note = f"lexicon + constrained decoding ({self.chooser.describe()})"
        except Exception as exc:  # the stage still works without the model, and says so
            self.chooser = None
            self.note = f"lexicon only: {exc}"

    async def run(
        self, request: ParseRequest, options: ParseOptions, ctx: StageContext
    ) -> ParsedObject:
        """Parse one text."""
        use_model = options.use_model and not request.quick
        return await ctx.to_thread(
            self.parse,
            request.text,
            request.seed,
            use_model,
            ctx,
            request.wish_chars,
            request.text_twists,
        )

    def parse(
        self,
        text: str,
        seed: int,
        use_model: bool,
        ctx: StageContext | None = None,
        wish_chars: int = 0,
        text_twists: int = 1,
    ) -> ParsedObject:
        """Parse synchronously (the bench and tests call this). With ``wish_chars``, the text
        after the person's own words adds no face (eyes, teeth): the model imagines eyes on
        almost anything, and a face nobody asked for turns every object into a cartoon. Nor
        does it add a twist to a wish that names one, or paint the object (``wish_first``),
        nor parts, nor twists that unmake the shape, to an object the wish names: its wings
        turned a rocking horse into a bat, a car into a plane, its antennae or fins grew on
        mushrooms and crystals, and its cracks broke a lantern carved from a pumpkin. It adds
        ``text_twists`` twists at most (0 or 1) to a wish that names none."""
        from .companions import with_companions
        from .extract import build_spec, find, find_object, said_studs, wish_first

        if (
            0 < wish_chars < len(text)
            and text[wish_chars].isspace()  # (a space or the blank line before the text)
            and text[wish_chars - 1].isalnum()
        ):
            # the person's words end a sentence: "a mug, steaming" and the text's "The mug ..."
            # are not a mug steaming the mug (same length: the spans stay true)
            text = f"{text[:wish_chars]}.{text[wish_chars + 1 :]}"
        text = said_studs(text)
        found = find(text)
        if wish_chars:
            for hits in (found.parts, found.modifiers):
                hits[:] = [h for h in hits if h.value not in _FACE or h.start < wish_chars]
            wish_first(found, wish_chars, text_twists)
        shape = find_object(text, found, wish_chars=wish_chars)
        if wish_chars and _named(found, shape, wish_chars):
            _own_parts(found, wish_chars)
        archetype = material = None
        confidence = found.evidence
        if shape is not None and found.archetype is None:
            confidence += round(0.45 * shape.confidence, 3)
        # The model fills what the words leave open: the object when no word names one, the
        # material of an archetype; a family brings its own materials.
        need_object = found.archetype is None and shape is None
        if (
            use_model
            and self.chooser is not None
            and (need_object or (shape is None and not found.materials))
        ):
            if ctx is not None:
                ctx.check()
            known = found.archetype.value if found.archetype else None
            # What the object turns into is read ("melts into moths": wings), not open: the
            # model would take the word for a material ("moths": moss).
            # The object known, only its material is open: the person's words choose it, as
            # the text's own materials count only where it says something is made of them
            # (the model read "a chamber of orange light" as a clock of light).
            asked = text[:wish_chars] if wish_chars and not need_object else text
            for hit in found.becomes:
                asked = asked[: hit.start] + " " * (hit.end - hit.start) + asked[hit.end :]
            choice = self.chooser.choose(
                asked,
                known,
                need_material=not found.materials,
                cancel=ctx.cancelled if ctx else None,
            )
            archetype, material = choice.archetype, choice.material
            if need_object or choice.probability >= MODEL_MATERIAL_MIN:
                confidence = max(confidence, round(0.5 * choice.probability, 3))
            else:  # a guess: the object keeps its own material
                material = None
        if need_object and archetype is None:
            from .shapes import fallback

            shape = fallback()  # nothing names an object: the most general family
        spec = build_spec(
            text, found, archetype=archetype, material=material, shape=shape, wish_chars=wish_chars
        )
        spec = with_companions(spec, text, wish_chars)
        if need_object and archetype is not None:
            sure = round(min(1.0, confidence), 3)
            spec = spec.model_copy(update={"shape_source": "model", "shape_confidence": sure})
        return ParsedObject(spec=spec, confidence=min(1.0, max(0.05, confidence)))

    def info(self) -> dict[str, str]:
        """How this stage reads text."""
        return {"reader": self.note}


def register_stages(register: Any) -> None:
    """Register the parse stage."""
    register(SpecParse)


def register_commands(cli: Any) -> None:
    """Add ``figment bench shapes``."""
    from figment.stages import command_group

    def bench_shapes(
        labels: str = "",
        meshes: int = 120,
        wishes: str = "",
        seed: int = 0,
        sheet: str = "",
    ) -> None:
        """Noun → shape accuracy on the held-out labelled nouns, and mesh time per family
        (--labels FILE: another labelled list; --wishes FILE: also write 60 seeded random nouns
        as wishes for `figment gallery`; --sheet PNG: render one noun of every family)."""
        from .bench_shapes import main

        main(labels or None, meshes, wishes or None, seed, sheet or None)

    command_group(cli, "bench", "Benchmarks that print numbers.").command("shapes")(bench_shapes)
