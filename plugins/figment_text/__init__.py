"""The text stage: the PIP model answers, factually or imaginatively, streaming.

FACTUAL runs the base model (no adapter) with conservative sampling. IMAGINATIVE runs the ``pip``
adapter scaled by the intensity, blended with any domain adapters the request names (one pass:
the adapters are concatenated along the rank axis). The core has already applied the consent
rule, so this stage runs the mode it is given. The small model loops under greedy decoding, so
both modes default to a repetition penalty and a no-repeat n-gram ban.

The answer streams in whole sentences (:mod:`figment.model.sentences`): a sentence is sent when it
ends, and an answer the token budget cuts ends at its last complete sentence (``finish_reason``
"length"). An imaginative answer is judged by the discriminator (:mod:`figment.model.discriminator`,
from the sampler's own log-probabilities) and the judgement rides on TextDone. ``candidates`` N > 1
decodes N answers together in the batcher (seeds seed, seed+1, ...); the first sentence decides:
when every candidate has one, the discriminator judges them, the best Type II goes on streaming
and the others are cancelled. The blend ``auto`` lets the router (:mod:`figment.model.router`)
choose the domain experts; TextDone names them.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

from pydantic import Field

from figment.labels import AUTO, PIP_ADAPTER
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

__all__ = [
    "MAX_CANDIDATES",
    "MODE_DEFAULTS",
    "PipText",
    "Recorder",
    "TextOptions",
    "preference",
    "register_stages",
]

MAX_CANDIDATES = 4
"""Most imaginative answers one request may decode together (``candidates``)."""

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
    candidates: int = Field(
        1, ge=1, le=MAX_CANDIDATES,
        description="imaginative answers decoded together; the discriminator keeps the best",
    )  # fmt: skip


class PipText(Stage):
    """SmolLM2-135M-Instruct with PIP adapters, on onnxruntime."""

    id = "figment.text.pip"
    kind = StageKind.TEXT
    description = (
        "SmolLM2-135M-Instruct on onnxruntime; IMAGINATIVE adds the PIP adapter and blends, "
        "judged by the discriminator; blend `auto` lets the router choose the experts."
    )
    Options = TextOptions

    def __init__(self) -> None:
        self.shared: Any = None
        self.discriminator: Any = None

    async def load(self, host: Host) -> None:
        """Load the built model (shared with the parse stage) and the discriminator."""
        from figment.model.discriminator import Discriminator

        self.shared = host.language_model()
        self.discriminator = Discriminator.for_model(self.shared.model)
        await asyncio.to_thread(self.discriminator.warm)  # its banks, off the first answer's path

    def _feed(self, request: TextRequest) -> dict[str, Any]:
        if request.mode != Mode.IMAGINATIVE or request.intensity == 0:
            return {}
        mix = [(PIP_ADAPTER, 1.0), *((n, w) for n, w in request.blend if n != PIP_ADAPTER)]
        adapters = [(self.shared.adapter(name), weight) for name, weight in mix]
        return self.shared.model.adapter_feed(adapters, request.intensity)

    def _params(self, request: TextRequest, options: TextOptions, k: int = 0) -> Any:
        from figment.model import SamplingParams

        s = {**MODE_DEFAULTS[request.mode]}
        s.update({k: v for k, v in request.sampling.model_dump().items() if v is not None})
        return SamplingParams(
            max_tokens=request.max_tokens, temperature=s["temperature"], top_p=s["top_p"],
            top_k=int(s["top_k"]), repetition_penalty=s["repetition_penalty"],
            no_repeat_ngram_size=int(s["no_repeat_ngram"]), stop=list(options.stop),
            seed=(request.seed + k) % (1 << 63),
        )  # fmt: skip

    def experts(self) -> dict[str, str]:
        """Domain experts the router may choose: every adapter but ``pip`` and ``parse``."""
        out = {}
        for name in self.shared.adapter_names():
            if name not in (PIP_ADAPTER, "parse", AUTO):
                out[name] = self.shared.adapter(name).manifest.description
        return out

    async def _route(self, request: TextRequest, ctx: StageContext) -> TextRequest | None:
        """The request with the router's experts in place of ``auto`` (None: no auto blend)."""
        if request.mode != Mode.IMAGINATIVE or [n for n, _ in request.blend] != [AUTO]:
            return None
        from figment.model.embed import embed
        from figment.model.router import route

        experts = self.experts()
        weight = request.blend[0][1]
        blend = await ctx.to_thread(route, request.prompt, experts, weight, request.seed, embed)
        return replace(request, blend=blend)

    async def run(self, request: TextRequest, options: TextOptions, ctx: StageContext) -> Any:
        """Stream the answer in whole sentences as TextDelta pieces, then TextDone."""
        routed = await self._route(request, ctx)
        request = routed or request
        lm = self.shared.model
        prompt = lm.chat_prompt(
            [{"role": "user", "content": request.prompt}], system=options.system
        )
        imaginative = request.mode == Mode.IMAGINATIVE
        n = options.candidates if imaginative else 1
        lora = self._feed(request)
        # the log-probabilities are recorded only for an answer the discriminator will judge:
        # the hook costs a log-softmax over the vocabulary on every decode step
        judged = imaginative and self.discriminator is not None
        params = [self._params(request, options, k) for k in range(n)]
        batcher, lead = self.shared.batcher, request.lead
        cands = [
            _Candidate(batcher, prompt, p, lora, ctx, judged, lead, self._guard(lead))
            for p in params
        ]
        try:
            best = cands[0]
            if n > 1:  # the first sentence decides: each candidate's, judged, picks the winner
                await asyncio.gather(*(c.until_sentence() for c in cands))
                best = await self._choose(cands, request.prompt, ctx)
                for c in cands:
                    if c is not best:
                        await c.close()
            while (piece := await best.next_piece()) is not None:
                if piece:
                    yield TextDelta(piece)
        finally:
            for c in cands:
                await c.close()
        ctx.check()
        judgement = None
        if imaginative and self.discriminator is not None and best.text:
            verdict = await ctx.to_thread(
                self.discriminator.judge, best.text, best.logprobs, request.prompt
            )
            judgement = verdict.judgement
        yield TextDone(
            text=best.text, tokens=best.tokens, finish_reason=best.reason, judgement=judgement,
            blend=routed.blend if routed else None,
        )  # fmt: skip

    def _guard(self, lead: str) -> Any:
        """The lead's stuff guard (:mod:`figment_text.guard`); None without a lead."""
        if not lead:
            return None
        from .guard import StuffGuard

        lm = self.shared.model
        return StuffGuard(lm.encode, lm.decode, lead)

    async def _choose(self, cands: list[_Candidate], wish: str, ctx: StageContext) -> _Candidate:
        if self.discriminator is None:
            return cands[0]
        items = [(c.passed or c.gate.text, c.logprobs, wish, None) for c in cands]
        verdicts = await ctx.to_thread(self.discriminator.judge_many, items)
        ranked = sorted(range(len(cands)), key=lambda k: (-preference(verdicts[k].judgement), k))
        return cands[ranked[0]]

    def info(self) -> dict[str, str]:
        """Model, device, adapters and what the discriminator scores."""
        if self.shared is None:
            return {}
        dev = self.shared.model.device_info()
        out = {
            "model": f"{dev['model']} ({dev['precision']})",
            "device": f"{dev['provider']}, {dev['intra_op_threads']} threads",
            "adapters": ", ".join(self.shared.adapter_names()) or "none installed",
        }
        if self.discriminator is not None:
            out["discriminator"] = self.discriminator.scores
        return out


def preference(j: Any) -> float:
    """How much best-of-N wants an answer: Type II first (the more coherent and the more it
    crosses, the better), then Type I, literal, and Type III last."""
    rank = {"II": 3.0, "I": 2.0, "literal": 1.0, "III": 0.0}[j.type]
    novelty = max(j.novelty, 0.0)
    return rank + 0.5 * j.coherence + 0.25 * max(j.violation, 0.0) + 0.25 * novelty


class Recorder:
    """A logits hook that records the log-probability of each token the sampler picked."""

    def __init__(self) -> None:
        self.logprobs: list[float] = []
        self._last: Any = None

    def __call__(self, step: int, ids: Any, logits: Any) -> Any:
        import numpy as np

        if self._last is not None:
            self.logprobs.append(float(self._last[ids[-1]]))
        x = logits.astype(np.float64)
        top = x.max()
        self._last = x - (top + np.log(np.exp(x - top).sum()))
        return logits

    def finish(self, last: int | None) -> None:
        """Record the final token's (the hook never sees the ids after it)."""
        if self._last is not None and last is not None:
            self.logprobs.append(float(self._last[last]))
            self._last = None


def _chain(hooks: list[Any]) -> Any:
    """One logits hook that runs ``hooks`` in order (None for none)."""
    if len(hooks) <= 1:
        return hooks[0] if hooks else None

    def run(step: int, ids: Any, logits: Any) -> Any:
        for hook in hooks:
            logits = hook(step, ids, logits)
        return logits

    return run


class _Candidate:
    """One decode of the answer, streamed through a sentence gate."""

    def __init__(
        self,
        batcher: Any,
        prompt: str,
        params: Any,
        lora: Any,
        ctx: StageContext,
        judged: bool,
        lead: str = "",
        guard: Any = None,
    ) -> None:
        from figment.model.sentences import SentenceGate

        self.gate = SentenceGate()
        self.recorder = Recorder() if judged else None
        hooks = [h for h in (guard, self.recorder) if h is not None and getattr(h, "active", True)]
        self.stream = batcher.astream(  # the model continues the lead: it ends the prompt
            prompt + lead, params, lora=lora, cancel=ctx.cancelled, logits_processor=_chain(hooks)
        ).__aiter__()
        self.tokens = 0
        self.reason = ""
        self.passed = self.gate.feed(lead)  # everything the gate let through
        self.shown = self.passed  # gated text not yet handed to the caller
        self.text = ""  # the whole answer, once it ended

    @property
    def logprobs(self) -> list[float]:
        """Log-probabilities of the tokens so far, as the sampler saw them (none unjudged)."""
        return self.recorder.logprobs if self.recorder is not None else []

    async def _chunk(self) -> str | None:
        """The gated text of the next chunk ("" for none yet); None once the answer ended."""
        if self.reason:
            return None
        chunk = await self.stream.__anext__()
        self.tokens += len(chunk.token_ids)
        if chunk.finish_reason:
            eos = chunk.finish_reason == "eos"
            if self.recorder is not None:
                self.recorder.finish(None if eos or not chunk.token_ids else chunk.token_ids[-1])
            cut = chunk.finish_reason == "length"
            self.reason = {"eos": "stop", "stop": "stop"}.get(
                chunk.finish_reason, chunk.finish_reason
            )
            piece = self.gate.feed(chunk.text) + self.gate.finish(cut)
            self.passed += piece
            self.text = self.passed.strip()
            return piece
        piece = self.gate.feed(chunk.text)
        self.passed += piece
        return piece

    async def until_sentence(self) -> None:
        """Decode until a whole sentence is ready (or the answer ended)."""
        while not self.reason and self.gate.sent == 0:
            piece = await self._chunk()
            self.shown += piece or ""

    async def next_piece(self) -> str | None:
        """The next gated piece ("" when a chunk completed no sentence); None at the end."""
        if self.shown:
            piece, self.shown = self.shown, ""
            return piece
        return await self._chunk()

    async def close(self) -> None:
        """Stop decoding (cancels the request in the batcher)."""
        await self.stream.aclose()  # type: ignore[attr-defined]


def register_stages(register: Any) -> None:
    """Register the text stage."""
    register(PipText)
