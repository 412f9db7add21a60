"""Self-distillation: the base model as the teacher the template dataset lacked.

``figment dataset distill`` takes PIP-One prompts (a generator seed the ``pip`` pairs do not use)
and has the base model answer each one in a persona that imagines (a surrealist, a curator of
impossible things, ...) seeded with a domain, at a high temperature. Then four filters, each
counted in the datasheet: (1) whole: at least two sentences and 20 words, ended by the model or
at a sentence end; (2) Type II by the discriminator, scored under the base model against the
plain prompt (so the persona is what the adapter must learn, not what it is told); (3) unique: no
answer within cosine 0.9 (MiniLM) of one already kept; (4) not house style: none within 0.9 of a
template answer. The kept answers, paired with the plain prompts, are written as
``pip-distilled.jsonl``; ``pip-v2.jsonl`` mixes them with the template pairs (``--template-n``),
shuffled with the seed. Train on it like any pair file (``figment train --name pip --data ...``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["PERSONAS", "distill", "main"]

PERSONAS: tuple[str, ...] = (
    "You are a surrealist poet. Answer in two to four vivid sentences about one impossible object, "
    "made of something it could never be made of, in the language of {domain}.",
    "You are the curator of a museum of impossible things. Describe the exhibit the visitor asks "
    "about in three sentences: what it is made of, how it behaves, one rule of {domain} it breaks.",
    "You are a dream cartographer. Answer as if the question were a place in a dream shaped by "
    "{domain}: concrete, strange, calm, in complete sentences.",
    "You are an inventor of useless marvels. Answer with one invention that borrows the workings "
    "of {domain}, described plainly in three sentences.",
    "You are a naturalist of imaginary creatures. Describe what the visitor asks about as a species "
    "whose habits come from {domain}, in three sentences.",
    "You are a storyteller for children who never lies about being fiction. Answer with a small, "
    "gentle impossibility drawn from {domain}, in three short sentences.",
)
"""System prompts of the teacher; ``{domain}`` is filled with a domain's title."""

Embed = Callable[[Sequence[str]], np.ndarray]


def distill(
    model: Any,
    embed: Embed,
    n: int,
    seed: int,
    max_tokens: int = 96,
    max_batch: int = 16,
    ppl_base: float = 118.0,
    progress: Callable[[str], None] = lambda m: None,
) -> tuple[list[Any], dict[str, int]]:
    """Distilled pairs and the yield of each filter step."""
    from figment.model import SamplingParams
    from figment.model.discriminator import Discriminator, Thresholds, vocab_wordlist
    from figment.model.sentences import ELLIPSIS
    from figment_lab.pipone import build_dataset
    from figment_lab.pipone.domains import DOMAINS
    from figment_lab.pipone.eval.decode import Job, run_jobs, score_texts, shown

    sources = build_dataset(n, seed=seed + 7919)
    titles = [DOMAINS[d].title for d in sorted(DOMAINS)]
    jobs = []
    for k, p in enumerate(sources):
        system = PERSONAS[k % len(PERSONAS)].format(domain=titles[(k * 7 + seed) % len(titles)])
        ids = model.encode(
            model.chat_prompt([{"role": "user", "content": p.prompt}], system=system)
        )
        params = SamplingParams(max_tokens=max_tokens, temperature=1.05, top_p=0.95, top_k=80,
                                repetition_penalty=1.15, no_repeat_ngram_size=3, seed=seed + k)  # fmt: skip
        jobs.append(Job(ids, params))
    progress(f"teacher: {len(jobs)} answers")
    outs = run_jobs(model, jobs, max_batch)
    answers = [shown(model, o, max_tokens) for o in outs]
    yields = {"generated": len(answers)}

    whole = [
        k for k, a in enumerate(answers)
        if len(a.split()) >= 20 and a.count(". ") + a.count("! ") + a.count("? ") >= 1
        and not a.endswith(ELLIPSIS)
    ]  # fmt: skip
    yields["whole"] = len(whole)

    progress(f"discriminator: {len(whole)} answers under the base model")
    plain = [model.encode(model.chat_prompt([{"role": "user", "content": sources[k].prompt}]))
             for k in whole]  # fmt: skip
    lps = score_texts(model, [(p, model.encode(answers[k])) for p, k in zip(plain, whole, strict=True)], None, max_batch)  # fmt: skip
    disc = Discriminator(
        vocab_wordlist(model.tokenizer.get_vocab()), embed, Thresholds(ppl_base=ppl_base)
    )
    verdicts = disc.judge_many(
        [(answers[k], lp, sources[k].prompt, None) for k, lp in zip(whole, lps, strict=True)],
        source="base",
    )
    type_ii = [k for k, v in zip(whole, verdicts, strict=True) if v.judgement.type == "II"]
    yields["type_ii"] = len(type_ii)

    vecs = embed([answers[k] for k in type_ii]) if type_ii else np.zeros((0, 1))
    kept_idx: list[int] = []
    for j in range(len(type_ii)):
        if not kept_idx or float((vecs[kept_idx] @ vecs[j]).max()) <= 0.9:
            kept_idx.append(j)
    yields["unique"] = len(kept_idx)

    house = build_dataset(min(2000, max(200, n)), seed=0)
    hv = embed([p.answer for p in house])
    final = [type_ii[j] for j in kept_idx if float((hv @ vecs[j]).max()) <= 0.9]
    yields["not_house_style"] = len(final)
    pairs = [
        replace(
            sources[k],
            id=f"distilled-{k:05d}",
            answer=answers[k],
            category="distilled",
            templates=(),
        )
        for k in final
    ]
    return pairs, yields


def main(argv: Sequence[str] | None = None) -> int:
    """``figment dataset distill [--n 600] [--out out/dataset] [--template-n 5000] ...``."""
    from figment.model import LanguageModel, default_cache_dir, find_model
    from figment_lab.pipone import build_dataset
    from figment_lab.pipone.datasheet import datasheet, render_markdown
    from figment_lab.pipone.embed import minilm_embed
    from figment_lab.pipone.jsonl import sha256_file, write_jsonl

    p = argparse.ArgumentParser(prog="figment dataset distill", description=__doc__)
    p.add_argument("--n", type=int, default=600, help="teacher answers to generate")
    p.add_argument("--seed", type=int, default=0, help="prompt, persona and sampling seed")
    p.add_argument("--out", type=Path, default=Path("out/dataset"), help="output folder")
    p.add_argument("--template-n", type=int, default=5000, help="template pairs mixed in")
    p.add_argument("--max-tokens", type=int, default=96, help="tokens per teacher answer")
    p.add_argument("--model-dir", type=Path, default=None, help="a built model (default: int4)")
    args = p.parse_args(argv)
    if args.n < 1 or args.template_n < 0:
        print("figment dataset distill: --n must be >= 1 and --template-n >= 0", file=sys.stderr)
        return 2
    model_dir = args.model_dir or find_model(default_cache_dir(), "int4")
    if model_dir is None:
        print("figment dataset distill: no int4 model; run `figment model build`", file=sys.stderr)
        return 2
    model = LanguageModel(model_dir)

    def say(message: str) -> None:
        print(f"figment dataset distill: {message}", file=sys.stderr, flush=True)

    pairs, yields = distill(model, minilm_embed, args.n, args.seed, args.max_tokens, progress=say)
    if not pairs:
        print(f"figment dataset distill: no answer passed every filter: {yields}", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    how = {"generator": "figment_lab.pipone.distill", "seed": args.seed, "n": args.n,
           "teacher": "the base model, no adapter, personas: see PERSONAS", "yield": yields}  # fmt: skip
    path = write_jsonl((q.to_record() for q in pairs), out / "pip-distilled.jsonl")
    sheet = datasheet(pairs, {"name": "pip-distilled", **how, "sha256": sha256_file(path)})
    (out / "pip-distilled.datasheet.json").write_text(json.dumps(sheet, indent=2) + "\n", "utf-8")
    (out / "pip-distilled.datasheet.md").write_text(render_markdown(sheet, pairs[:6]), "utf-8")
    mixed = [*build_dataset(args.template_n, seed=0), *pairs] if args.template_n else list(pairs)
    random.Random(args.seed).shuffle(mixed)
    v2 = write_jsonl((q.to_record() for q in mixed), out / "pip-v2.jsonl")
    print(json.dumps({"yield": yields, "distilled": str(path), "mixed": str(v2),
                      "mixed_pairs": len(mixed)}, indent=2))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
