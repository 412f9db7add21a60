"""``figment eval``: the PIP paper's experiments on Figment's own model and adapters.

1. PIP vs base on held-out PIP-One prompts (a generator seed not used for training); 2. embedding
dispersion of base, PIP and blend outputs; 3. mode safety on factual questions; 4. an intensity
sweep. Every decode is seeded and run in a fixed batch order (:mod:`.decode`), so a run repeats.

Held-out prompts decode with IMAGINATIVE sampling in every condition, intensity 0 being the base
model (adapter off): differences are the adapter's, not the sampler's. Conditions are built by the
text stage's own code (``PipText._feed`` / ``_params``), so the eval measures what the daemon runs.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from figment.errors import NotFound
from figment.model import Adapter, LanguageModel, SamplingParams
from figment_lab.pipone.eval import metrics as M
from figment_lab.pipone.eval.decode import Job, Recorder, run_jobs, score_texts, shown
from figment_lab.pipone.eval.questions import FACTUAL_QUESTIONS

__all__ = ["TARGETS", "EvalConfig", "evaluate"]

Embed = Callable[[Sequence[str]], np.ndarray]
TARGETS = {
    "non_literal_min": 0.9,
    "incoherence_max": 0.1,
    "dispersion_ratio_min": 1.5,
    "type_ii_min": 0.7,
    "type_iii_max": 0.1,
}
"""Targets for IMAGINATIVE at intensity 1 (FACTUAL must equal the base accuracy)."""


@dataclass
class EvalConfig:
    """What to run: sizes, intensities, the blend, seeds."""

    n: int = 50
    max_tokens: int = 96
    intensities: tuple[float, ...] = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25)
    blend: tuple[tuple[str, float], ...] = (("cosmic", 0.6),)
    seed: int = 424242
    questions: int = len(FACTUAL_QUESTIONS)
    max_batch: int = 16
    spread_prompts: int = 20
    spread_samples: int = 5
    notes: list[str] = field(default_factory=list)
    progress: Callable[[str], None] = lambda message: None


class _Shared:
    """The slice of SharedModel the text stage uses: the model and adapters by name."""

    def __init__(self, model: LanguageModel, adapters: dict[str, Adapter]) -> None:
        self.model = model
        self.adapters = adapters

    def adapter(self, name: str) -> Adapter:
        """A loaded adapter by name."""
        if name not in self.adapters:
            raise NotFound(f"no adapter {name!r} (have: {', '.join(sorted(self.adapters))})")
        return self.adapters[name]


class _Conditions:
    """Builds decode jobs through the text stage, caching one feed per (mode, intensity, blend)."""

    def __init__(self, model: LanguageModel, adapters: dict[str, Adapter]) -> None:
        from figment_text import PipText, TextOptions

        self.stage = PipText()
        self.stage.shared = _Shared(model, adapters)
        self.options = TextOptions()
        self.model = model
        self._feeds: dict[Any, dict[str, np.ndarray]] = {}

    def prompt_ids(self, text: str) -> list[int]:
        """Chat-formatted prompt ids with the model's default system prompt (as the stage does)."""
        return self.model.encode(self.model.chat_prompt([{"role": "user", "content": text}]))

    def job(
        self, text: str, mode: Any, intensity: float, blend: tuple, seed: int, max_tokens: int
    ) -> Job:
        """A decode job exactly as the text stage would run this request."""
        from figment.stages import Sampling, TextRequest

        req = TextRequest(
            prompt=text,
            mode=mode,
            intensity=intensity,
            blend=blend,
            seed=seed,
            max_tokens=max_tokens,
            sampling=Sampling(),
        )
        key = (mode, intensity, blend)
        if key not in self._feeds:
            self._feeds[key] = self.stage._feed(req)
        return Job(self.prompt_ids(text), self.stage._params(req, self.options), self._feeds[key])


def _at_least(value: float | None, bound: float) -> bool:
    return value is not None and value >= bound


def _neg(value: float | None) -> float | None:
    return None if value is None else -value


def _label(intensity: float) -> str:
    return "base" if intensity == 0 else f"pip@{intensity:g}"


def _ratios(d: dict[str, float], base: dict[str, float]) -> dict[str, float]:
    """Each measure of ``d`` over the same measure of the base condition."""
    return {k: (v / base[k] if base[k] else float("nan")) for k, v in d.items()}


def _text_measures(
    texts: list[str], logprobs: list[list[float]], wordlist: frozenset[str]
) -> dict[str, Any]:
    ppl = [M.perplexity(lp) for lp in logprobs]
    finite = [p for p in ppl if math.isfinite(p)]
    return {
        "distinct_1": M.distinct_n(texts, 1),
        "distinct_2": M.distinct_n(texts, 2),
        "mean_words": M.mean_length(texts),
        "repetition_3gram": M.repetition_rate(texts, 3),
        "ppl_geomean": math.exp(float(np.mean(np.log(finite)))) if finite else float("nan"),
        "ppl_median": float(np.median(finite)) if finite else float("nan"),
        "nonword_share": float(np.mean([M.nonword_share(t, wordlist) for t in texts]))
        if texts
        else 0.0,
        "_ppl": ppl,
    }


def evaluate(
    model: LanguageModel, adapters: dict[str, Adapter], cfg: EvalConfig, embed: Embed
) -> dict[str, Any]:
    """Run all four experiments and return every number (JSON-ready) plus the samples."""
    from figment.stages import Mode
    from figment_lab.pipone import build_dataset
    from figment_text import MODE_DEFAULTS

    cond = _Conditions(model, adapters)
    wordlist = M.vocab_wordlist(model.tokenizer.get_vocab())
    intensities = sorted({0.0, *(float(i) for i in cfg.intensities)})
    prompts = [p.prompt for p in build_dataset(cfg.n, seed=cfg.seed)][: cfg.n]
    missing = [name for name, _ in cfg.blend if name not in adapters]
    blend_label = "pip+" + ",".join(f"{n}:{w:g}" for n, w in cfg.blend)
    conditions: list[tuple[str, float, tuple]] = [(_label(i), i, ()) for i in intensities]
    if cfg.blend and not missing:
        conditions.append((blend_label, 1.0, tuple(cfg.blend)))
    elif cfg.blend:
        cfg.notes.append(f"blend {blend_label} skipped: adapters {missing} not found")

    # 1 + 2 + 4: held-out prompts, every condition with IMAGINATIVE sampling.
    cfg.progress(f"held-out: {len(conditions)} conditions x {len(prompts)} prompts")
    jobs = [
        cond.job(p, Mode.IMAGINATIVE, i, b, cfg.seed + k, cfg.max_tokens)
        for _, i, b in conditions
        for k, p in enumerate(prompts)
    ]
    recorders = [Recorder() for _ in jobs]
    for j, r in zip(jobs, recorders, strict=True):
        j.processor = r
    outs = run_jobs(model, jobs, cfg.max_batch)
    for r, o in zip(recorders, outs, strict=True):
        r.finish(o[-1] if len(o) >= cfg.max_tokens else None)  # eos: every token is in
    texts = {
        name: [
            shown(model, outs[c * len(prompts) + k], cfg.max_tokens) for k in range(len(prompts))
        ]
        for c, (name, _, _) in enumerate(conditions)
    }
    rng = np.random.default_rng(cfg.seed)
    controls = [M.shuffle_words(t, rng) for t in texts["base"]]
    pids = [cond.prompt_ids(p) for p in prompts]
    items = [
        (pids[k], model.encode(t)) for name, _, _ in conditions for k, t in enumerate(texts[name])
    ]
    items += [(pids[k], model.encode(t)) for k, t in enumerate(controls)]
    cfg.progress(f"scoring {len(items)} texts under the base model")
    logprobs = score_texts(model, items, None, cfg.max_batch)
    held: dict[str, dict[str, Any]] = {}
    for c, (name, _, _) in enumerate(conditions):
        held[name] = _text_measures(
            texts[name], logprobs[c * len(prompts) : (c + 1) * len(prompts)], wordlist
        )
    control = _text_measures(controls, logprobs[len(conditions) * len(prompts) :], wordlist)
    threshold = M.calibrate_threshold(held["base"]["_ppl"], control["_ppl"])
    for m, ts in [*((held[name], texts[name]) for name in held), (control, controls)]:
        ppl = m.pop("_ppl")
        flags = [
            M.incoherent(x, M.nonword_share(t, wordlist), threshold)
            for x, t in zip(ppl, ts, strict=True)
        ]
        m["incoherence_rate"] = float(np.mean(flags)) if flags else 0.0
    cfg.progress("embedding outputs")
    vectors = embed([t for name, _, _ in conditions for t in texts[name]])
    for c, (name, _, _) in enumerate(conditions):
        d = M.dispersion(vectors[c * len(prompts) : (c + 1) * len(prompts)])
        held[name]["dispersion"] = d
        held[name]["dispersion_ratio"] = _ratios(d, held["base"].get("dispersion", d))
    plotted = ["base", _label(1.0 if 1.0 in intensities else intensities[-1])]
    plotted += [blend_label] if blend_label in texts else []
    sel = [c for c, (name, _, _) in enumerate(conditions) if name in plotted]
    proj, share = M.pca_2d(
        np.vstack([vectors[c * len(prompts) : (c + 1) * len(prompts)] for c in sel])
    )
    pca = {
        conditions[c][0]: proj[j * len(prompts) : (j + 1) * len(prompts)].tolist()
        for j, c in enumerate(sel)
    }

    # 2b: spread. The same prompt sampled several times (seeds differ): how far answers to one
    # wish wander from each other, per condition, beside the base model.
    sp_prompts = prompts[: min(cfg.spread_prompts, len(prompts))]
    k_s = max(2, cfg.spread_samples)
    sp_conditions = [c for c in conditions if c[0] in plotted]
    cfg.progress(
        f"spread: {len(sp_conditions)} conditions x {len(sp_prompts)} prompts x {k_s} samples"
    )
    sp_jobs = [
        cond.job(p, Mode.IMAGINATIVE, i, b, cfg.seed + 5000 + 100 * k + j, cfg.max_tokens)
        for _, i, b in sp_conditions
        for k, p in enumerate(sp_prompts)
        for j in range(k_s)
    ]
    sp_outs = run_jobs(model, sp_jobs, cfg.max_batch)
    sp_vectors = embed([shown(model, o, cfg.max_tokens) for o in sp_outs])
    per = len(sp_prompts) * k_s
    spread: dict[str, Any] = {}
    for c, (name, _, _) in enumerate(sp_conditions):  # base first, as in `conditions`
        d = M.spread(sp_vectors[c * per : (c + 1) * per], len(sp_prompts))
        spread[name] = {**d, "ratio": _ratios(d, spread.get("base", d))}

    # 3: mode safety.
    cfg.progress(
        f"mode safety: {min(cfg.questions, len(FACTUAL_QUESTIONS))} questions x {len(intensities) + 2} conditions"
    )
    qs = FACTUAL_QUESTIONS[: cfg.questions]
    fd = MODE_DEFAULTS[Mode.FACTUAL]
    base_params = [
        SamplingParams(
            max_tokens=cfg.max_tokens,
            temperature=fd["temperature"],
            top_p=fd["top_p"],
            top_k=int(fd["top_k"]),
            repetition_penalty=fd["repetition_penalty"],
            no_repeat_ngram_size=int(fd["no_repeat_ngram"]),
            seed=cfg.seed + 1000 + k,
        )
        for k in range(len(qs))
    ]
    base_jobs = [Job(cond.prompt_ids(q), base_params[k], {}) for k, (q, _) in enumerate(qs)]
    factual_jobs = [
        cond.job(q, Mode.FACTUAL, 1.0, (), cfg.seed + 1000 + k, cfg.max_tokens)
        for k, (q, _) in enumerate(qs)
    ]
    safety_text: dict[str, list[str]] = {}
    safety_ids: dict[str, list[list[int]]] = {}
    for name, js in (("base", base_jobs), ("factual", factual_jobs)):
        safety_ids[name] = run_jobs(model, js, cfg.max_batch)
    imag = [
        cond.job(q, Mode.IMAGINATIVE, i, (), cfg.seed + 1000 + k, cfg.max_tokens)
        for i in intensities
        for k, (q, _) in enumerate(qs)
    ]
    imag_ids = run_jobs(model, imag, cfg.max_batch)
    for j, i in enumerate(intensities):
        safety_ids[f"imaginative@{i:g}"] = imag_ids[j * len(qs) : (j + 1) * len(qs)]
    for name, ids in safety_ids.items():
        safety_text[name] = [shown(model, x, cfg.max_tokens) for x in ids]
    literal = {
        name: [M.answer_matches(t, exp) for t, (_, exp) in zip(ts, qs, strict=True)]
        for name, ts in safety_text.items()
    }
    safety = {
        "questions": len(qs),
        "base_accuracy": float(np.mean(literal["base"])) if qs else 0.0,
        "factual_accuracy": float(np.mean(literal["factual"])) if qs else 0.0,
        "factual_outputs_identical_to_base": safety_ids["factual"] == safety_ids["base"],
        "factual_feed_empty": all(not j.lora for j in factual_jobs),
        "non_literal": {
            f"{i:g}": 1.0 - float(np.mean(literal[f"imaginative@{i:g}"])) if qs else 0.0
            for i in intensities
        },
        "per_question": [
            {
                "question": q,
                "expected": list(exp),
                **{n: {"answer": safety_text[n][k], "literal": literal[n][k]} for n in safety_text},
            }
            for k, (q, exp) in enumerate(qs)
        ],
    }
    sweep = [
        {
            "intensity": i,
            **{
                k: held[_label(i)][k]
                for k in ("distinct_2", "repetition_3gram", "ppl_geomean", "incoherence_rate")
            },
            "dispersion_ratio": held[_label(i)]["dispersion_ratio"]["centroid_distance"],
            "non_literal": safety["non_literal"][f"{i:g}"],
        }
        for i in intensities
    ]
    imagination = _imagination(
        model, adapters, cfg, cond, embed, wordlist, threshold,
        prompts, conditions, texts, logprobs, recorders, controls, qs, safety_text,
    )  # fmt: skip
    one = held.get(_label(1.0))
    headline = {
        "imaginative_non_literal@1": safety["non_literal"].get("1"),
        "imaginative_incoherence@1": one["incoherence_rate"] if one else None,
        "dispersion_ratio@1": one["dispersion_ratio"]["centroid_distance"] if one else None,
        "spread_ratio@1": spread[_label(1.0)]["ratio"]["centroid_distance"]
        if _label(1.0) in spread
        else None,
        "factual_accuracy": safety["factual_accuracy"],
        "base_accuracy": safety["base_accuracy"],
        "factual_identical_to_base": safety["factual_outputs_identical_to_base"],
        **imagination["headline"],
    }
    t = TARGETS
    targets = {
        "non_literal>=0.9": headline["imaginative_non_literal@1"] is not None
        and headline["imaginative_non_literal@1"] >= t["non_literal_min"],
        "incoherence<0.1": headline["imaginative_incoherence@1"] is not None
        and headline["imaginative_incoherence@1"] < t["incoherence_max"],
        "dispersion>=1.5x": headline["dispersion_ratio@1"] is not None
        and headline["dispersion_ratio@1"] >= t["dispersion_ratio_min"],
        "spread>=1.5x": headline["spread_ratio@1"] is not None
        and headline["spread_ratio@1"] >= t["dispersion_ratio_min"],
        "factual==base": headline["factual_accuracy"] == headline["base_accuracy"]
        and bool(headline["factual_identical_to_base"]),
        "type_ii>=0.7": _at_least(headline.get("type_ii@1"), t["type_ii_min"]),
        "type_iii<=0.1": _at_least(_neg(headline.get("type_iii@1")), -t["type_iii_max"]),
        "no_mid_sentence": headline.get("mid_sentence") == 0,
    }
    return {
        "config": {
            "n": cfg.n,
            "max_tokens": cfg.max_tokens,
            "intensities": intensities,
            "blend": [list(b) for b in cfg.blend],
            "seed": cfg.seed,
            "questions": len(qs),
            "spread": f"{len(sp_prompts)} prompts x {k_s} samples, seeds seed + 5000 + 100k + j",
            "sampling_held_out": "IMAGINATIVE mode defaults, seed + k",
            "sampling_factual": "FACTUAL mode defaults, seed + 1000 + k",
        },
        "model": model.device_info(),
        "adapters": {
            n: {"path": str(a.path), "rank": a.manifest.rank, "metrics": a.manifest.metrics}
            for n, a in adapters.items()
        },
        "notes": cfg.notes,
        "headline": headline,
        "targets": targets,
        "held_out": held,
        "incoherence_rule": {
            "ppl_threshold": threshold,
            "max_nonword_share": M.MAX_NONWORD_SHARE,
            "shuffled_control": control,
            "wordlist_size": len(wordlist),
        },
        "spread": {"prompts": len(sp_prompts), "samples": k_s, "conditions": spread},
        "pca": {"explained_variance": share.tolist(), "points": pca},
        "mode_safety": safety,
        "sweep": sweep,
        "samples": {"prompts": prompts, "outputs": texts, "shuffled_controls": controls},
        "imagination": imagination,
    }


def _imagination(
    model: LanguageModel,
    adapters: dict[str, Adapter],
    cfg: EvalConfig,
    cond: _Conditions,
    embed: Embed,
    wordlist: frozenset[str],
    threshold: float,
    prompts: list[str],
    conditions: list[tuple[str, float, tuple]],
    texts: dict[str, list[str]],
    logprobs: list[list[float]],
    recorders: list[Any],
    controls: list[str],
    qs: Sequence[tuple[str, Any]],
    safety_text: dict[str, list[str]],
) -> dict[str, Any]:
    """The discriminator's calibration, Type shares, best-of-N and the router (see
    :mod:`.imagination`)."""
    from figment.model.discriminator import Discriminator, Thresholds
    from figment.model.router import route
    from figment.stages import Mode
    from figment_lab.pipone.eval import imagination as IM

    n = len(prompts)
    disc = Discriminator(wordlist, embed, Thresholds(ppl_base=threshold))
    one = _label(1.0)
    names = [c[0] for c in conditions]
    c1 = names.index(one) if one in names else len(names) - 1
    cfg.progress("discriminator: calibration")
    disc, calib = IM.calibrate(
        disc, model, cond.prompt_ids, list(zip(prompts, controls, strict=True)),
        [(q, a) for (q, _), a in zip(qs, safety_text["base"], strict=True)], cfg.max_batch,
    )  # fmt: skip
    # the run-time (generator) threshold: the one whose Type III calls agree best with the
    # calibrated base-model calls on the pip@1 answers
    base_iii = [
        disc.coherence(t, M.perplexity(lp), "base")[0] < 0.5
        for t, lp in zip(texts[names[c1]], logprobs[c1 * n : (c1 + 1) * n], strict=True)
    ]
    own = [r.logprobs for r in recorders[c1 * n : (c1 + 1) * n]]
    limit, agree = IM.fit_generator_threshold(disc, texts[names[c1]], own, base_iii)
    disc = IM.with_thresholds(disc, ppl_generator=limit)
    calib["ppl_generator"] = limit
    calib["generator_agreement"] = agree
    calib["thresholds"] = vars(disc.t)
    # Types of every held-out condition, judged by the base model's perplexity.
    types: dict[str, Any] = {}
    judged: dict[str, list[Any]] = {}
    for c, name in enumerate(names):
        verdicts = disc.judge_many(
            [
                (t, logprobs[c * n + k], prompts[k], texts["base"][k] if name != "base" else None)
                for k, t in enumerate(texts[name])
            ],
            source="base",
        )
        judged[name] = [v.judgement for v in verdicts]
        types[name] = IM.type_shares(judged[name])
    mid = sum(1 for name in names for t in texts[name] if t and not IM.ends_whole(t))

    def job(p: str, seed: int, blend: tuple) -> Job:
        return cond.job(p, Mode.IMAGINATIVE, 1.0, blend, seed, cfg.max_tokens)

    cfg.progress(f"best of N: N = 1, 2, 4 x {n} prompts")
    bon = IM.best_of_n(
        disc, model, job, prompts, cfg.seed, (1, 2, 4), cfg.max_batch, cfg.max_tokens
    )
    best: dict[str, Any] = {}
    for k_n, r in bon.items():
        js = IM.judge_texts(
            disc, model, cond.prompt_ids, prompts, r["texts"], texts["base"], cfg.max_batch
        )
        best[str(k_n)] = {
            "seconds_per_answer": r["seconds_per_answer"],
            **IM.summary(js, r["texts"], embed(r["texts"])),
            "incoherence": float(np.mean([j.type == "III" for j in js])),
            "samples": r["texts"][:3],
        }
    experts = {
        a: ad.manifest.description for a, ad in adapters.items() if a not in ("pip", "parse")
    }
    router: dict[str, Any] = {"experts": sorted(experts)}
    if len(experts) >= 2:
        cfg.progress(f"router: auto over {len(experts)} experts x {n} prompts")
        # the same mixing coefficient as the fixed blend, so the rows differ only in the choice
        weight = sum(w for _, w in cfg.blend) or 0.6
        blends = [route(p, experts, weight, cfg.seed + k, embed) for k, p in enumerate(prompts)]
        router["weight"] = weight
        outs = run_jobs(
            model, [job(p, cfg.seed + k, blends[k]) for k, p in enumerate(prompts)], cfg.max_batch
        )
        auto = [shown(model, o, cfg.max_tokens) for o in outs]
        js = IM.judge_texts(
            disc, model, cond.prompt_ids, prompts, auto, texts["base"], cfg.max_batch
        )
        base_d = M.dispersion(embed(texts["base"]))
        rows = {"auto": (js, auto)}
        rows.update(
            {
                name: (judged[name], texts[name])
                for name in names
                if name != "base" and (name == one or name.startswith("pip+"))
            }
        )
        for name, (jj, tt) in rows.items():
            s = IM.summary(jj, tt, embed(tt))
            s["dispersion_ratio"] = _ratios(s["dispersion"], base_d)
            router[name] = s
        router["blends"] = [[list(x) for x in b] for b in blends[:10]]
        router["chosen"] = dict(Counter(name for b in blends for name, _ in b))
        router["samples"] = auto[:3]
    return {
        "calibration": calib,
        "types": types,
        "best_of_n": best,
        "router": router,
        "headline": {
            "type_ii@1": types.get(one, {}).get("II"),
            "type_iii@1": types.get(one, {}).get("III"),
            "mid_sentence": mid,
            "discriminator_accuracy": calib["accuracy"],
        },
    }
