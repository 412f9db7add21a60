"""The eval's imagination experiments: the discriminator's calibration, Type shares, best-of-N and
the router, each beside its baseline in the same run.

* **Calibration.** Answers with a known label (:mod:`.calibration`'s curated ones, every base
  answer with its words shuffled = Type III, the base model's answers to the factual questions =
  literal), scored under the base model, judged; the confusion matrix. The generator-perplexity
  threshold the daemon uses at run time is fitted here: the one under which judging the pip@1
  answers by their own log-probabilities agrees best with judging them by the base model's.
* **Types.** The share of each type among every IMAGINATIVE condition's answers, judged with the
  base model's perplexity and each prompt's base answer as the reference.
* **Best of N.** pip@1 with N = 1, 2, 4 candidates chosen as the text stage chooses (the first
  sentence decides, judged from the sampler's log-probabilities); time per answer through the
  batched engine, Type shares, incoherence and dispersion.
* **Router.** ``auto`` (the router's experts) beside the fixed blend and pip alone.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from figment.model import LanguageModel
from figment.model.discriminator import Discriminator
from figment.model.sentences import sentence_end
from figment_lab.pipone.eval import metrics as M
from figment_lab.pipone.eval.calibration import CURATED
from figment_lab.pipone.eval.decode import Job, Recorder, run_jobs, score_texts, shown

__all__ = [
    "TYPES",
    "best_of_n",
    "calibrate",
    "choose_first_sentence",
    "ends_whole",
    "finite",
    "fit_generator_threshold",
    "judge_texts",
    "summary",
    "type_shares",
    "with_thresholds",
]

TYPES = ("I", "II", "III", "literal")
Embed = Callable[[Sequence[str]], np.ndarray]


def type_shares(judgements: Sequence[Any]) -> dict[str, float]:
    """Share of each type."""
    counts = Counter(j.type for j in judgements)
    n = max(1, len(judgements))
    return {t: counts.get(t, 0) / n for t in TYPES}


def calibrate(
    disc: Discriminator,
    model: LanguageModel,
    prompt_ids: Callable[[str], list[int]],
    controls: Sequence[tuple[str, str]],
    factual: Sequence[tuple[str, str]],
    max_batch: int,
) -> tuple[Discriminator, dict[str, Any]]:
    """Fit the base-perplexity threshold on answers with a known type (curated, shuffled
    controls = III, base factual answers = literal; (wish, answer) pairs for the last two): the
    one whose Type III calls are right most often (ties: the lower). Returns the discriminator
    with it and the confusion matrix it gives."""
    known = [(t, w, a) for t, w, a in CURATED]
    known += [("III", w, a) for w, a in controls] + [("literal", w, a) for w, a in factual]
    items = [(prompt_ids(w), model.encode(a)) for _, w, a in known]
    lps = score_texts(model, items, None, max_batch)
    is_iii = [t == "III" for t, _, _ in known]
    best = (disc.t.ppl_base, -1.0)
    for limit in np.geomspace(30.0, 3000.0, 60):
        calls = [
            disc.coherence(a, M.perplexity(lp), "base", float(limit))[0] < 0.5
            for (_, _, a), lp in zip(known, lps, strict=True)
        ]
        right = float(np.mean([c == k for c, k in zip(calls, is_iii, strict=True)]))
        if right > best[1] + 1e-9:
            best = (float(limit), right)
    disc = with_thresholds(disc, ppl_base=best[0])
    verdicts = disc.judge_many(
        [(a, lp, w, None) for (_, w, a), lp in zip(known, lps, strict=True)], source="base"
    )
    matrix = {t: {u: 0 for u in TYPES} for t in TYPES}
    for (t, _, _), v in zip(known, verdicts, strict=True):
        matrix[t][v.judgement.type] += 1
    right = sum(matrix[t][t] for t in TYPES)
    return disc, {
        "matrix": matrix,
        "accuracy": right / max(1, len(known)),
        "iii_accuracy": best[1],
        "sources": {"curated": len(CURATED), "shuffled": len(controls), "factual": len(factual)},
    }


def fit_generator_threshold(
    disc: Discriminator, texts: Sequence[str], own: Sequence[Sequence[float]], base_iii: list[bool]
) -> tuple[float, float]:
    """The generator-perplexity threshold whose Type III calls agree best with the base model's
    (ties: the lower threshold); returns it and the agreement."""
    best = (disc.t.ppl_generator, -1.0)
    for limit in np.geomspace(3.0, 60.0, 40):
        calls = [
            disc.coherence(t, M.perplexity(lp), "generator", limit)[0] < 0.5
            for t, lp in zip(texts, own, strict=True)
        ]
        agree = float(np.mean([a == b for a, b in zip(calls, base_iii, strict=True)]))
        if agree > best[1] + 1e-9:
            best = (float(limit), agree)
    return best


def _prefix_logprobs(
    model: LanguageModel, ids: Sequence[int], lps: Sequence[float], chars: int
) -> list[float]:
    """The log-probabilities of the tokens that make the first ``chars`` characters."""
    for n in range(1, len(ids) + 1):
        if len(model.decode(list(ids[:n]))) >= chars:
            return list(lps[:n])
    return list(lps)


def choose_first_sentence(
    disc: Discriminator,
    model: LanguageModel,
    wish: str,
    cands: Sequence[tuple[Sequence[int], Sequence[float]]],
) -> int:
    """The candidate the text stage keeps: each judged on its first sentence (by the sampler's
    log-probabilities), the most preferred wins, the earliest on a tie."""
    from figment_text import preference

    items = []
    for ids, lps in cands:
        text = model.decode(list(ids))
        end = sentence_end(text) or len(text)
        items.append((text[:end].strip(), _prefix_logprobs(model, ids, lps, end), wish, None))
    verdicts = disc.judge_many(items)
    return max(range(len(cands)), key=lambda k: (preference(verdicts[k].judgement), -k))


def _decode(
    model: LanguageModel, jobs: list[Job], max_batch: int, max_tokens: int
) -> tuple[list[list[int]], list[list[float]], float]:
    recs = [Recorder() for _ in jobs]
    for j, r in zip(jobs, recs, strict=True):
        j.processor = r
    t0 = time.perf_counter()
    outs = run_jobs(model, jobs, max_batch)
    took = time.perf_counter() - t0
    for r, o in zip(recs, outs, strict=True):
        r.finish(o[-1] if len(o) >= max_tokens else None)
    return outs, [r.logprobs for r in recs], took


def best_of_n(
    disc: Discriminator,
    model: LanguageModel,
    job: Callable[[str, int, tuple[tuple[str, float], ...]], Job],
    prompts: Sequence[str],
    seed: int,
    ns: Sequence[int],
    max_batch: int,
    max_tokens: int,
) -> dict[int, dict[str, Any]]:
    """For each N: the chosen answers, seconds per answer (decoding all candidates in batches)."""
    out: dict[int, dict[str, Any]] = {}
    for n in ns:
        jobs = [job(p, seed + k + j, ()) for k, p in enumerate(prompts) for j in range(n)]
        outs, lps, took = _decode(model, jobs, max_batch, max_tokens)
        chosen = []
        for k, p in enumerate(prompts):
            group = [(outs[k * n + j], lps[k * n + j]) for j in range(n)]
            pick = choose_first_sentence(disc, model, p, group) if n > 1 else 0
            chosen.append(shown(model, group[pick][0], max_tokens))
        out[n] = {"texts": chosen, "seconds_per_answer": took / max(1, len(prompts))}
    return out


def judge_texts(
    disc: Discriminator,
    model: LanguageModel,
    prompt_ids: Callable[[str], list[int]],
    prompts: Sequence[str],
    texts: Sequence[str],
    references: Sequence[str] | None,
    max_batch: int,
) -> list[Any]:
    """Judgements of answers by the base model's perplexity (the exact source)."""
    items = [(prompt_ids(p), model.encode(t)) for p, t in zip(prompts, texts, strict=True)]
    lps = score_texts(model, items, None, max_batch)
    refs = references or [None] * len(texts)
    return [
        v.judgement
        for v in disc.judge_many(
            [(t, lp, p, r) for t, lp, p, r in zip(texts, lps, prompts, refs, strict=True)],
            source="base",
        )
    ]


def summary(judgements: Sequence[Any], texts: Sequence[str], vectors: np.ndarray) -> dict[str, Any]:
    """Type shares, Type III share, mid-sentence endings and dispersion of a set of answers."""
    return {
        "types": type_shares(judgements),
        "mid_sentence": sum(1 for t in texts if t and not ends_whole(t)),
        "dispersion": M.dispersion(vectors),
        "mean_words": M.mean_length(list(texts)),
    }


def ends_whole(text: str) -> bool:
    """Whether the answer ends at a sentence end, or says with an ellipsis that it was cut."""
    return sentence_end(text, final=True) == len(text.rstrip()) or text.endswith("…")


def with_thresholds(disc: Discriminator, **changes: float) -> Discriminator:
    """The same discriminator with some thresholds changed."""
    return Discriminator(disc.wordlist, disc.embed, replace(disc.t, **changes), disc.missing)


def finite(x: float) -> float | None:
    """JSON-safe float."""
    return x if math.isfinite(x) else None
