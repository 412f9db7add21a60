"""Decoding parameters (validated, errors name the field and the limit) and the per-step sampler.

Order per step, as in transformers: repetition penalty, no-repeat n-gram ban, the caller's
``logits_processor(step, token_ids, logits)``, then greedy (temperature 0) or temperature, top-k,
top-p sampling from a ``numpy.random.Generator`` seeded per request, so a seed reproduces output.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from figment.errors import InvalidArgument

__all__ = ["LIMITS", "LogitsProcessor", "Sampler", "SamplingParams"]

LogitsProcessor = Callable[[int, Sequence[int], np.ndarray], "np.ndarray | None"]
"""processor(step, token_ids, logits) -> logits (or None after editing in place).

``token_ids`` holds prompt and generated ids so far; ``logits`` is a float32 vector over the
vocabulary. Set entries to ``-inf`` to forbid tokens (constrained decoding)."""

LIMITS = {
    "max_tokens": (1, 4096),
    "temperature": (0.0, 5.0),
    "top_p": (0.0, 1.0),  # exclusive low end
    "top_k": (0, 1 << 20),
    "repetition_penalty": (0.0, 10.0),  # exclusive low end
    "no_repeat_ngram_size": (0, 32),
    "stop": (0, 16),
    "stop_length": (1, 256),
    "seed": (0, 2**63 - 1),
}


@dataclass
class SamplingParams:
    """How to decode one request. temperature 0 = greedy; top_k 0 = off; seed None = random."""

    max_tokens: int = 256
    temperature: float = 0.7
    top_p: float = 1.0
    top_k: int = 0
    repetition_penalty: float = 1.0
    no_repeat_ngram_size: int = 0
    stop: list[str] = field(default_factory=list)
    seed: int | None = None

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> SamplingParams:
        """Raise :class:`InvalidArgument` naming the first field out of its documented range."""

        def rng(name: str, value: float, low_open: bool = False) -> None:
            lo, hi = LIMITS[name]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
                raise InvalidArgument(name, f"must be a number, got {value!r}")
            if value > hi or value < lo or (low_open and value == lo):
                low = f"> {lo}" if low_open else f">= {lo}"
                raise InvalidArgument(name, f"must be {low} and <= {hi}, got {value}")

        for name in ("max_tokens", "top_k", "no_repeat_ngram_size"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int):
                raise InvalidArgument(name, f"must be an integer, got {v!r}")
            rng(name, v)
        rng("temperature", self.temperature)
        rng("top_p", self.top_p, low_open=True)
        rng("repetition_penalty", self.repetition_penalty, low_open=True)
        if self.seed is not None:
            if isinstance(self.seed, bool) or not isinstance(self.seed, int):
                raise InvalidArgument("seed", f"must be an integer, got {self.seed!r}")
            rng("seed", self.seed)
        if not isinstance(self.stop, (list, tuple)) or len(self.stop) > LIMITS["stop"][1]:
            raise InvalidArgument("stop", f"must be a list of at most {LIMITS['stop'][1]} strings")
        for s in self.stop:
            if not isinstance(s, str) or not 1 <= len(s) <= LIMITS["stop_length"][1]:
                raise InvalidArgument(
                    "stop", f"each stop sequence must be 1 to {LIMITS['stop_length'][1]} characters"
                )
        return self


_NUCLEUS_POOL = 1024
"""Candidates sorted for top-p without top-k; a wider nucleus falls back to sorting everything."""


class Sampler:
    """Picks the next token for one request; holds its random generator."""

    def __init__(self, params: SamplingParams, processor: LogitsProcessor | None = None) -> None:
        self.p = params
        self.processor = processor
        self.rng = np.random.default_rng(params.seed)

    def __call__(self, step: int, ids: Sequence[int], logits: np.ndarray) -> int:
        """The next token id given all ids so far and this step's logits (float32, vocab)."""
        p = self.p
        x = logits.astype(np.float32, copy=True)
        if p.repetition_penalty != 1.0 and len(ids):
            seen = np.unique(np.asarray(ids, dtype=np.int64))
            seen = seen[seen < x.shape[0]]
            v = x[seen]
            x[seen] = np.where(v > 0, v / p.repetition_penalty, v * p.repetition_penalty)
        n = p.no_repeat_ngram_size
        if n > 0 and len(ids) >= n:
            x[self._banned(ids, n)] = -np.inf
        if self.processor is not None:
            out = self.processor(step, ids, x)
            if out is not None:
                x = np.asarray(out, dtype=np.float32)
        if not np.isfinite(x).any():
            raise InvalidArgument("logits_processor", "forbade every token")
        if p.temperature == 0.0:
            return int(np.argmax(x))
        x = x / np.float32(p.temperature)
        # Sort only the candidates: a full argsort of the 49k vocabulary costs ~5 ms a token.
        vocab, whole = x.shape[0], True  # whole: the probabilities are normalized over the pool
        if 0 < p.top_k < vocab:
            kth = np.partition(x, -p.top_k)[-p.top_k]
            pool = np.flatnonzero(x >= kth)  # ties at the k-th value stay in
        elif p.top_p < 1.0 and vocab > _NUCLEUS_POOL:
            least = x[np.argpartition(x, -_NUCLEUS_POOL)[-_NUCLEUS_POOL:]].min()
            pool = np.flatnonzero(x >= least)  # every token tied with the last one, in index order,
            whole = False  # so the stable sort below orders ties as a full sort would
        else:
            pool = np.arange(vocab)
        order = pool[np.argsort(-x[pool], kind="stable")]
        top = x[order[0]]
        probs = np.exp(x[order] - top)
        probs /= probs.sum() if whole else np.exp(x - top).sum()
        if p.top_p < 1.0:
            cum = np.cumsum(probs)
            if not whole and cum[-1] < p.top_p:  # the nucleus is wider than the pool
                order = np.argsort(-x, kind="stable")
                probs = np.exp(x[order] - top)
                cum = np.cumsum(probs / probs.sum())
            keep = int(np.searchsorted(cum, p.top_p) + 1)
            probs = probs[:keep] / probs[:keep].sum()
            order = order[:keep]
        return int(order[self.rng.choice(len(order), p=probs)])

    @staticmethod
    def _banned(ids: Sequence[int], n: int) -> list[int]:
        prefix = tuple(ids[len(ids) - n + 1 :]) if n > 1 else ()
        banned = []
        for i in range(len(ids) - n + 1):
            if tuple(ids[i : i + n - 1]) == prefix:
                banned.append(ids[i + n - 1])
        return banned
