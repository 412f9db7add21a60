"""The datasheet: how a pair file was made and what is in it, as JSON and as Markdown.

Figures: counts per category, domain, transfer pair, person and vocabulary value; answer length;
distinct-1/2 over answers and prompts; the share of answers each clause template appears in (the
largest must stay at or under ``MAX_TEMPLATE_SHARE``); exact duplicates; the near-duplicate rate
(share of answers whose nearest other answer has hashed TF-IDF cosine > 0.95).
"""

from __future__ import annotations

import json
import statistics
from collections import Counter
from collections.abc import Sequence
from typing import Any

from figment_lab.pipone.dataset import ANSWER_WORDS, NEAR_DUPLICATE_COSINE, PARSE_INSTRUCTION, Pair
from figment_lab.pipone.similarity import distinct_n, nearest_cosines

__all__ = [
    "MAX_TEMPLATE_SHARE",
    "datasheet",
    "render_markdown",
    "semantic_figures",
    "template_shares",
]

MAX_TEMPLATE_SHARE = 0.05
"""No clause template may appear in more than this share of answers."""


def template_shares(pairs: Sequence[Pair]) -> dict[str, float]:
    """Share of answers each clause template appears in, largest first."""
    counts = Counter(t for p in pairs for t in set(p.templates))
    n = max(len(pairs), 1)
    return {t: c / n for t, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))}


def _skeleton_share(pairs: Sequence[Pair]) -> float:
    """Share of the most common slot order (which slots, in which order)."""
    c = Counter(tuple(t.split(":")[0] for t in p.templates) for p in pairs)
    return max(c.values()) / len(pairs) if pairs else 0.0


def semantic_figures(texts: Sequence[str]) -> dict[str, Any]:
    """Near-duplicate rate and dispersion on MiniLM sentence embeddings (optional packages)."""
    import numpy as np

    from figment_lab.pipone.embed import minilm_embed, semantic_nearest

    vectors = minilm_embed(texts)
    nearest = semantic_nearest(vectors)
    centroid = vectors.mean(axis=0)
    return {
        "model": "all-MiniLM-L6-v2 int8 ONNX",
        "near_duplicate_rate": round(float(np.mean(nearest > NEAR_DUPLICATE_COSINE)), 5),
        "nearest_cosine_mean": round(float(nearest.mean()), 4),
        "nearest_cosine_max": round(float(nearest.max()), 4),
        "dispersion": round(float(np.linalg.norm(vectors - centroid, axis=1).mean()), 4),
    }


def datasheet(pairs: Sequence[Pair], how: dict[str, Any], semantic: bool = False) -> dict[str, Any]:
    """Every figure of the datasheet for ``pairs``; ``how`` records how they were made.

    For parse pairs (prompt = instruction + text, answer = JSON) the text figures are taken on
    the text the parser reads, and the JSON targets get their own length figures."""
    parse = bool(pairs) and pairs[0].prompt.startswith(PARSE_INSTRUCTION)
    cut = len(PARSE_INSTRUCTION) + 2
    answers = [p.prompt[cut:] if parse else p.answer for p in pairs]
    prompts = [PARSE_INSTRUCTION if parse else p.prompt for p in pairs]
    lengths = [len(a.split()) for a in answers]
    nearest = nearest_cosines(answers) if len(answers) > 1 else []
    shares = template_shares(pairs)
    spec_counts: dict[str, Counter[str]] = {
        "archetype": Counter(p.spec.archetype for p in pairs),
        "material": Counter(m.made_of for p in pairs for m in p.spec.materials),
        "modifier": Counter(m.kind for p in pairs for m in p.spec.modifiers),
        "motion": Counter(m.kind for p in pairs for m in p.spec.motions),
        "sound": Counter(s.kind for p in pairs for s in p.spec.sounds),
        "part": Counter(part for p in pairs for part in p.spec.parts),
    }
    near = sum(1 for v in nearest if v > NEAR_DUPLICATE_COSINE)
    extra: dict[str, Any] = {}
    if semantic:
        extra["semantic"] = semantic_figures(answers)
    if parse:
        chars = [len(p.answer) for p in pairs]
        extra["parse_targets"] = {
            "format": "compact ObjectSpec JSON (names, colours, size); see latent.parse_target",
            "chars_min": min(chars),
            "chars_mean": round(statistics.fmean(chars), 1),
            "chars_max": max(chars),
        }
    return {
        "how": how,
        **extra,
        "pairs": len(pairs),
        "categories": dict(sorted(Counter(p.category for p in pairs).items())),
        "domains": dict(sorted(Counter(p.domain for p in pairs).items())),
        "transfer_pairs": sum(1 for p in pairs if p.source_domain),
        "transfers": dict(
            Counter(
                f"{p.source_domain}->{p.target_domain}" for p in pairs if p.source_domain
            ).most_common(10)
        ),
        "person": dict(sorted(Counter(p.person for p in pairs).items())),
        "answer_words": {
            "bounds": list(ANSWER_WORDS),
            "min": min(lengths, default=0),
            "mean": round(statistics.fmean(lengths), 2) if lengths else 0,
            "max": max(lengths, default=0),
        },
        "distinct": {
            "answers_distinct_1": round(distinct_n(answers, 1), 4),
            "answers_distinct_2": round(distinct_n(answers, 2), 4),
            "prompts_distinct_1": round(distinct_n(prompts, 1), 4),
            "prompts_distinct_2": round(distinct_n(prompts, 2), 4),
            "distinct_prompts": len(set(prompts)),
        },
        "templates": {
            "count": len(shares),
            "max_share": round(max(shares.values(), default=0.0), 4),
            "bound": MAX_TEMPLATE_SHARE,
            "top": {t: round(s, 4) for t, s in list(shares.items())[:10]},
            "max_slot_order_share": round(_skeleton_share(pairs), 4),
        },
        "duplicates": {
            "exact_answers": len(answers) - len(set(answers)),
            "exact_pairs": len(pairs) - len({(p.prompt, p.answer) for p in pairs}),
            "near_duplicate_cosine": NEAR_DUPLICATE_COSINE,
            "near_duplicate_rate": round(near / max(len(pairs), 1), 5),
            "nearest_cosine_mean": round(float(sum(nearest)) / max(len(nearest), 1), 4),
            "nearest_cosine_max": round(float(max(nearest, default=0.0)), 4),
        },
        "vocabulary": {k: dict(sorted(v.items())) for k, v in spec_counts.items()},
    }


def _semantic_rows(sem: dict[str, Any] | None) -> list[str]:
    if not sem:
        return []
    return [
        f"| near-duplicate rate, {sem['model']} | {sem['near_duplicate_rate']:.3%} |",
        f"| embedding nearest cosine mean / max | {sem['nearest_cosine_mean']} / "
        f"{sem['nearest_cosine_max']} |",
        f"| embedding dispersion (mean distance to centroid) | {sem['dispersion']} |",
    ]


def _table(title: str, counts: dict[str, Any]) -> list[str]:
    rows = [f"| {k} | {v} |" for k, v in counts.items()]
    return [f"| {title} | count |", "|---|---|", *rows, ""]


def render_markdown(sheet: dict[str, Any], examples: Sequence[Pair] = ()) -> str:
    """The datasheet as Markdown, with a few example pairs."""
    how, d, t = sheet["how"], sheet["duplicates"], sheet["templates"]
    lines = [
        f"# Datasheet: {how.get('name', 'PIP-One')}",
        "",
        "## How it was made",
        "",
        "Synthetic, by `figment dataset build` (`figment_lab.pipone`), from a hand-authored lexicon",
        "of 14 domains (things, roles, ways of acting, laws, places, tastes) and of how every",
        "object-spec value looks, sounds and is said. Each pair is written *from* a latent object",
        "(archetype, materials with PBR values, colour, modifier, motion, sound, parts, size): the",
        "answer names each value and the spec records the character span of each. Three quarters",
        "of the answers are cross-field transfers: the structure of a source domain (its roles,",
        "acts, laws) applied to the things of a target domain. Answers are assembled from small",
        "clause templates (opener, transfer, behaviour, detail, sound, closing move), each picked",
        "as the least used of three random candidates; prompts come from nine families (describe,",
        "taste, remember, explain, warn, confess, imagine, paper-style, XR scene). Exact and near",
        f"duplicates (hashed TF-IDF cosine > {d['near_duplicate_cosine']}) are dropped.",
        "No model wrote any of it; it is fiction by design and contains no personal data.",
        "",
        "```json",
        json.dumps(how, indent=2),
        "```",
        "",
        "## Figures",
        "",
        "| figure | value |",
        "|---|---|",
        f"| pairs | {sheet['pairs']} |",
        f"| cross-field pairs | {sheet['transfer_pairs']} |",
        f"| answer words min / mean / max | {sheet['answer_words']['min']} / "
        f"{sheet['answer_words']['mean']} / {sheet['answer_words']['max']} |",
        *[f"| {k} | {v} |" for k, v in sheet["distinct"].items()],
        f"| clause templates | {t['count']} |",
        f"| largest template share | {t['max_share']:.2%} (bound {t['bound']:.0%}) |",
        f"| largest slot-order share | {t['max_slot_order_share']:.2%} |",
        f"| exact duplicate answers | {d['exact_answers']} |",
        f"| near-duplicate rate | {d['near_duplicate_rate']:.3%} |",
        f"| nearest-neighbour cosine mean / max | {d['nearest_cosine_mean']} / "
        f"{d['nearest_cosine_max']} |",
        *_semantic_rows(sheet.get("semantic")),
        "",
        *_table("category", sheet["categories"]),
        *_table("domain (source)", sheet["domains"]),
        *_table("person", sheet["person"]),
        *_table("top transfers", sheet["transfers"]),
        *_table("most used templates", t["top"]),
    ]
    lines += [
        "## Known limitations",
        "",
        "- Built from templates: the surface variety is bounded (see distinct-1/2); a model",
        "  trained on it learns the style and the vocabulary, not open-ended writing.",
        '- Grammar slips occur where a plural template meets a mass noun ("what does dying',
        '  stars sound like"), and XR-scene answers do not always echo the place the prompt',
        "  names.",
        "- English only. Fiction by design: no statement in it is meant to be true.",
        "",
    ]
    for name, counts in sheet["vocabulary"].items():
        lines += _table(name, counts)
    if examples:
        lines += ["## Examples", ""]
        for p in examples:
            lines += [f"**{p.category} / {p.domain}** — {p.prompt}", "", f"> {p.answer}", ""]
    return "\n".join(lines)
