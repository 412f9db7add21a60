"""The text stage: the PIP model answers, factually or imaginatively, streaming.

FACTUAL runs the base model (no adapter) with conservative sampling. IMAGINATIVE runs the ``pip``
adapter scaled by the intensity, blended with any domain adapters the request names (one pass:
the adapters are concatenated along the rank axis). The core has already applied the consent
rule, so this stage runs the mode it is given. The small model loops under greedy decoding, so
both modes default to a repetition penalty and a no-repeat n-gram ban.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from figment.labels import PIP_ADAPTER
from figment.stages import (
    Host,
    Mode,
    Stage,
    StageContext,
    StageKind,
    StageOptions,
    TextDelta,
    TextDone,
    TextRequest,
)

__all__ = ["MODE_DEFAULTS", "PipText", "register_stages"]

MODE_DEFAULTS: dict[Mode, dict[str, float]] = {
    Mode.FACTUAL: {"temperature": 0.2, "top_p": 0.9, "top_k": 40, "repetition_penalty": 1.15, "no_repeat_ngram": 4},
    Mode.IMAGINATIVE: {"temperature": 0.8, "top_p": 0.95, "top_k": 60, "repetition_penalty": 1.15, "no_repeat_ngram": 3},
}  # fmt: skip
"""Sampling defaults per mode; a request's Sampling fields override them."""


class TextOptions(StageOptions):
    """Options of the text stage."""

    system: str | None = Field(
        None, max_length=2000, description="system prompt (default: the model's)"
    )
    stop: list[str] = Field(default_factory=list, max_length=8, description="stop sequences")


class PipText(Stage):
    """SmolLM2-135M-Instruct with PIP adapters, on onnxruntime."""

    id = "figment.text.pip"
    kind = StageKind.TEXT
    description = (
        "SmolLM2-135M-Instruct on onnxruntime; IMAGINATIVE adds the PIP adapter and blends."
    )
    Options = TextOptions

    def __init__(self) -> None:
        self.shared: Any = None

    async def load(self, host: Host) -> None:
        """Load the built model (shared with the parse stage)."""
        self.shared = host.language_model()

    def _feed(self, request: TextRequest) -> dict[str, Any]:
        if request.mode != Mode.IMAGINATIVE or request.intensity == 0:
            return {}
        mix = [(PIP_ADAPTER, 1.0), *((n, w) for n, w in request.blend if n != PIP_ADAPTER)]
        adapters = [(self.shared.adapter(name), weight) for name, weight in mix]
        return self.shared.model.adapter_feed(adapters, request.intensity)

    def _params(self, request: TextRequest, options: TextOptions) -> Any:
        from figment.model import SamplingParams

        s = {**MODE_DEFAULTS[request.mode]}
        s.update({k: v for k, v in request.sampling.model_dump().items() if v is not None})
        return SamplingParams(
            max_tokens=request.max_tokens, temperature=s["temperature"], top_p=s["top_p"],
            top_k=int(s["top_k"]), repetition_penalty=s["repetition_penalty"],
            no_repeat_ngram_size=int(s["no_repeat_ngram"]), stop=list(options.stop), seed=request.seed,
        )  # fmt: skip

    async def run(self, request: TextRequest, options: TextOptions, ctx: StageContext) -> Any:
        """Stream the answer as TextDelta pieces, then TextDone."""
        lm = self.shared.model
        prompt = lm.chat_prompt(
            [{"role": "user", "content": request.prompt}], system=options.system
        )
        params = self._params(request, options)
        lora = self._feed(request)
        pieces: list[str] = []
        tokens = 0
        reason = "stop"
        async for chunk in self.shared.batcher.astream(
            prompt, params, lora=lora, cancel=ctx.cancelled
        ):
            tokens += len(chunk.token_ids)
            if chunk.text:
                pieces.append(chunk.text)
                yield TextDelta(chunk.text)
            if chunk.finish_reason:
                reason = {"eos": "stop", "stop": "stop"}.get(
                    chunk.finish_reason, chunk.finish_reason
                )
        ctx.check()
        yield TextDone(text="".join(pieces).strip(), tokens=tokens, finish_reason=reason)

    def info(self) -> dict[str, str]:
        """Model, device and adapters."""
        if self.shared is None:
            return {}
        dev = self.shared.model.device_info()
        return {
            "model": f"{dev['model']} ({dev['precision']})",
            "device": f"{dev['provider']}, {dev['intra_op_threads']} threads",
            "adapters": ", ".join(self.shared.adapter_names()) or "none installed",
        }


def register_stages(register: Any) -> None:
    """Register the text stage."""
    register(PipText)
