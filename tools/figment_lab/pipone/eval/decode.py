"""Deterministic batched decoding and teacher-forced scoring for the eval.

The daemon's :class:`~figment.model.Batcher` batches on a worker thread, so which rows share a step
depends on timing; the eval drives the same :class:`~figment.model._batch.Batch` from this thread
in a fixed order instead, so a run is reproducible bit for bit.

Scoring: the graph returns only the last position's logits, so a text is scored by decoding it
through the KV cache with a logits processor that records log p(target) from the raw logits and
then forces the target token. Rows are batched like generation (one step per token for all rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from figment.model import LanguageModel, SamplingParams
from figment.model._batch import Batch
from figment.model.sampling import LogitsProcessor
from figment.model.sentences import whole_sentences
from figment_text import Recorder

__all__ = ["Job", "Recorder", "run_jobs", "score_texts", "shown"]


@dataclass
class Job:
    """One decode: prompt token ids, sampling, adapter feed and an optional logits processor."""

    prompt_ids: list[int]
    params: SamplingParams
    lora: dict[str, np.ndarray] = field(default_factory=dict)
    processor: LogitsProcessor | None = None


def run_jobs(model: LanguageModel, jobs: Sequence[Job], max_batch: int = 16) -> list[list[int]]:
    """Generated token ids (eos excluded) of every job, decoded in batches in a fixed order."""
    seqs = [
        model.new_sequence(j.prompt_ids, j.params, lora=j.lora, logits_processor=j.processor)
        for j in jobs
    ]
    pending = list(seqs)
    batch = Batch(model)
    while pending or batch.rows:
        while pending and len(batch.rows) < max_batch:
            batch.admit(pending.pop(0))
        batch.step()
    return [list(s.generated) for s in seqs]


def shown(model: LanguageModel, ids: Sequence[int], max_tokens: int) -> str:
    """The answer as the text stage shows it: whole sentences when the budget cut it."""
    return whole_sentences(model.decode(list(ids)).strip(), cut=len(ids) >= max_tokens)


class _Forcer:
    """Records log p(target) at each step, then forces the target token."""

    def __init__(self, targets: list[int]) -> None:
        self.targets = targets
        self.logprobs: list[float] = []

    def __call__(self, step: int, ids: Sequence[int], logits: np.ndarray) -> np.ndarray:
        x = logits.astype(np.float64)
        top = x.max()
        lse = top + np.log(np.exp(x - top).sum())
        t = self.targets[step]
        self.logprobs.append(float(x[t] - lse))
        forced = np.full(logits.shape, -np.inf, np.float32)
        forced[t] = 0.0
        return forced


def score_texts(
    model: LanguageModel,
    items: Sequence[tuple[list[int], list[int]]],
    lora: dict[str, np.ndarray] | None = None,
    max_batch: int = 16,
) -> list[list[float]]:
    """Per-token log-probabilities of each (prompt ids, continuation ids) under the model."""
    jobs, forcers, index = [], [], []
    for k, (prompt, target) in enumerate(items):
        target = [t for t in target if t not in model.eos_ids]
        if not target:
            continue
        f = _Forcer(target)
        params = SamplingParams(max_tokens=len(target), temperature=0.0, repetition_penalty=1.0)
        jobs.append(Job(list(prompt), params, lora or {}, f))
        forcers.append(f)
        index.append(k)
    run_jobs(model, jobs, max_batch)
    out: list[list[float]] = [[] for _ in items]
    for k, f in zip(index, forcers, strict=True):
        out[k] = f.logprobs
    return out
