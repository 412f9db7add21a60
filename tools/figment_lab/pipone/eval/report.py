"""The eval report: Markdown, PNG plots and a JSON of every number, written into one folder."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from figment.files import write_atomic
from figment_lab.pipone.eval.metrics import dispersion_ceiling
from figment_lab.pipone.eval.plots import line_panels, scatter_plot
from figment_lab.pipone.eval.run import TARGETS

__all__ = ["headline_lines", "render_markdown", "write_report"]


def _f(v: Any, pct: bool = False) -> str:
    if v is None:
        return "n/a"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float) and not math.isfinite(v):
        return "n/a"
    return f"{100 * v:.1f}%" if pct else f"{v:.3g}" if isinstance(v, float) else str(v)


def _cell(text: str, limit: int = 300) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _ceilings(r: dict[str, Any]) -> tuple[dict[str, float], dict[str, float]]:
    """The largest dispersion ratios to the base any answers could reach: across prompts, within one.

    Computed from the base rows and the counts the run recorded (n answers per condition across
    prompts; samples per prompt for the spread), so an older eval.json renders them too."""
    across = dispersion_ceiling(r["config"]["n"], r["held_out"]["base"]["dispersion"])
    sp = r["spread"]
    return across, dispersion_ceiling(sp["samples"], sp["conditions"]["base"])


def headline_lines(r: dict[str, Any]) -> list[str]:
    """The headline numbers against the issue's targets, one line each."""
    h, t = r["headline"], r["targets"]
    ok = {True: "MET", False: "NOT MET"}
    across, within = _ceilings(r)
    most = "the most any answers can reach on this metric:"
    return [
        f"IMAGINATIVE@1 non-literal on factual questions: {_f(h['imaginative_non_literal@1'], True)} (target >= 90%: {ok[t['non_literal>=0.9']]})",
        f"IMAGINATIVE@1 incoherence (word salad): {_f(h['imaginative_incoherence@1'], True)} (target < 10%: {ok[t['incoherence<0.1']]})",
        f"IMAGINATIVE@1 embedding dispersion vs base: {_f(h['dispersion_ratio@1'])}x ({most} {_f(across['centroid_distance'])}x; target >= 1.5x: {ok[t['dispersion>=1.5x']]})",
        f"IMAGINATIVE@1 spread (one prompt sampled repeatedly) vs base: {_f(h['spread_ratio@1'])}x ({most} {_f(within['centroid_distance'])}x; target >= 1.5x: {ok[t['spread>=1.5x']]})",
        f"FACTUAL accuracy {_f(h['factual_accuracy'], True)} vs base {_f(h['base_accuracy'], True)}; outputs identical: {_f(h['factual_identical_to_base'])} (target equal: {ok[t['factual==base']]})",
        f"IMAGINATIVE@1 Type II share (discriminator): {_f(h.get('type_ii@1'), True)} (target >= 70%: {ok[t.get('type_ii>=0.7', False)]})",
        f"IMAGINATIVE@1 Type III share (discriminator): {_f(h.get('type_iii@1'), True)} (target <= 10%: {ok[t.get('type_iii<=0.1', False)]})",
        f"Answers ending mid-sentence, every held-out condition: {h.get('mid_sentence')} (target 0: {ok[t.get('no_mid_sentence', False)]})",
    ]


def render_markdown(r: dict[str, Any]) -> str:
    """The whole report as Markdown (plots referenced by file name)."""
    c, held, rule = r["config"], r["held_out"], r["incoherence_rule"]
    out = ["# Figment eval: PIP adapters vs the base model", ""]
    out += [
        f"Model {r['model'].get('model')} ({r['model'].get('precision')}), adapters: "
        + ", ".join(f"{n} (rank {a['rank']})" for n, a in r["adapters"].items())
        + f". n = {c['n']} held-out prompts (PIP-One generator, seed {c['seed']}), "
        f"{c['questions']} factual questions, max {c['max_tokens']} tokens. "
        f"Held-out sampling: {c['sampling_held_out']}; factual: {c['sampling_factual']}.",
        "",
    ]
    out += [f"- {n}" for n in r["notes"]] + ([""] if r["notes"] else [])
    out += ["## Headline", ""] + [f"- {x}" for x in headline_lines(r)] + [""]
    out += [
        "## 1. PIP vs base on held-out prompts",
        "",
        "| condition | distinct-1 | distinct-2 | mean words | repeated 3-grams | base ppl (geo mean) | base ppl (median) | non-words | incoherent | dispersion | ratio |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    rows = [*held.items(), ("shuffled base (control)", rule["shuffled_control"])]
    for name, m in rows:
        d = m.get("dispersion", {}).get("centroid_distance")
        ratio = m.get("dispersion_ratio", {}).get("centroid_distance")
        out.append(
            f"| {name} | {_f(m['distinct_1'])} | {_f(m['distinct_2'])} | {_f(m['mean_words'])} | "
            f"{_f(m['repetition_3gram'], True)} | {_f(m['ppl_geomean'])} | {_f(m['ppl_median'])} | "
            f"{_f(m['nonword_share'], True)} | {_f(m['incoherence_rate'], True)} | {_f(d)} | {_f(ratio)} |"
        )
    out += [
        "",
        f"Incoherence rule: base-model perplexity above {_f(rule['ppl_threshold'])} (geometric "
        "midpoint of the median base and median shuffled-control perplexities of this run) or more than "
        f"{_f(rule['max_nonword_share'], True)} of words outside a {rule['wordlist_size']}-word list taken "
        "from the tokenizer's whole-word tokens. The control row shows how often the rule catches word salad.",
        "",
    ]
    s = r["samples"]
    names = list(s["outputs"])
    out += [
        "### Samples (first 5)",
        "",
        "| prompt | " + " | ".join(names) + " |",
        "|---" * (len(names) + 1) + "|",
    ]
    for k, p in enumerate(s["prompts"][:5]):
        out.append(f"| {_cell(p)} | " + " | ".join(_cell(s["outputs"][n][k]) for n in names) + " |")
    out += [
        "",
        "## 2. Embedding divergence (all-MiniLM-L6-v2)",
        "",
        "| condition | mean distance to centroid | mean pairwise cosine distance | ratios to base |",
        "|---|---|---|---|",
    ]
    for name, m in held.items():
        d, q = m["dispersion"], m["dispersion_ratio"]
        out.append(
            f"| {name} | {_f(d['centroid_distance'])} | {_f(d['pairwise_cosine_distance'])} | "
            f"{_f(q['centroid_distance'])}x / {_f(q['pairwise_cosine_distance'])}x |"
        )
    sp = r["spread"]
    across, within = _ceilings(r)
    out.append(_ceiling_row(f"the most any {c['n']} answers can reach", c["n"], across))
    out += [
        "",
        f"Across prompts (above): one answer per prompt, {c['n']} prompts. Spread (below): each of "
        f"{sp['prompts']} prompts sampled {sp['samples']} times; dispersion within each prompt's "
        "answers, averaged over prompts.",
        "",
        "| condition | spread: distance to centroid | spread: pairwise cosine distance | ratios to base |",
        "|---|---|---|---|",
    ]
    for name, m in sp["conditions"].items():
        out.append(
            f"| {name} | {_f(m['centroid_distance'])} | {_f(m['pairwise_cosine_distance'])} | "
            f"{_f(m['ratio']['centroid_distance'])}x / {_f(m['ratio']['pairwise_cosine_distance'])}x |"
        )
    out.append(
        _ceiling_row(
            f"the most any {sp['samples']} answers to one prompt can reach", sp["samples"], within
        )
    )
    ev = r["pca"]["explained_variance"]
    out += [
        "",
        _ceiling_text(r, across, within),
        "",
        f"![PCA of output embeddings](embeddings_pca.png) (PC1 {_f(ev[0], True)}, PC2 {_f(ev[1], True)} of variance)",
        "",
    ]
    ms = r["mode_safety"]
    out += [
        "## 3. Mode safety",
        "",
        f"FACTUAL accuracy {_f(ms['factual_accuracy'], True)}, base {_f(ms['base_accuracy'], True)} on {ms['questions']} questions; "
        f"FACTUAL adds no adapter feed: {_f(ms['factual_feed_empty'])}; outputs identical to base: {_f(ms['factual_outputs_identical_to_base'])}.",
        "",
        "| intensity | " + " | ".join(ms["non_literal"]) + " |",
        "|---" * (len(ms["non_literal"]) + 1) + "|",
        "| IMAGINATIVE non-literal | "
        + " | ".join(_f(v, True) for v in ms["non_literal"].values())
        + " |",
        "",
        "| question | expected | base | IMAGINATIVE@1 |",
        "|---|---|---|---|",
    ]
    for q in ms["per_question"][:10]:
        im = q.get("imaginative@1", {"answer": "", "literal": False})
        out.append(
            f"| {_cell(q['question'])} | {'/'.join(q['expected'])} | {_cell(q['base']['answer'], 160)} | {_cell(im['answer'], 160)} |"
        )
    out += [
        "",
        "## 4. Intensity sweep",
        "",
        "| intensity | distinct-2 | repeated 3-grams | base ppl | incoherent | dispersion ratio | non-literal |",
        "|---|---|---|---|---|---|---|",
    ]
    for w in r["sweep"]:
        out.append(
            f"| {w['intensity']:g} | {_f(w['distinct_2'])} | {_f(w['repetition_3gram'], True)} | {_f(w['ppl_geomean'])} | "
            f"{_f(w['incoherence_rate'], True)} | {_f(w['dispersion_ratio'])} | {_f(w['non_literal'], True)} |"
        )
    out += ["", "![Intensity sweep](intensity_sweep.png)", ""]
    if "imagination" in r:
        out += _imagination(r["imagination"])
    return "\n".join(out)


def _ceiling_row(label: str, n: int, ratios: dict[str, float]) -> str:
    top = dispersion_ceiling(n)
    return (
        f"| {label} | {_f(top['centroid_distance'])} | {_f(top['pairwise_cosine_distance'])} | "
        f"{_f(ratios['centroid_distance'])}x / {_f(ratios['pairwise_cosine_distance'])}x |"
    )


def _ceiling_text(r: dict[str, Any], across: dict[str, float], within: dict[str, float]) -> str:
    """The paragraph on the ceilings: the bound in words, which 1.5x targets it rules out."""
    target, h = TARGETS["dispersion_ratio_min"], r["headline"]
    names = {"centroid_distance": "distance to the centroid (the headline's)", "pairwise_cosine_distance": "pairwise cosine distance"}  # fmt: skip
    base, n = r["held_out"]["base"]["dispersion"], r["config"]["n"]

    def verdict(where: str, ceil: dict[str, float]) -> str:
        can = [f"the {names[k]} could reach {_f(ceil[k])}x" for k in names if ceil[k] >= target]
        out = [names[k] for k in names if ceil[k] < target]
        if not out:
            return f"{where} " + " and ".join(can)
        which = "either metric" if len(out) == 2 else f"the {out[0]}"
        return f"{where} no answers can be {target:g}x as dispersed as the base's on {which}" + (
            f", while {can[0]}" if can else ""
        )

    d, s = h["dispersion_ratio@1"], h["spread_ratio@1"]
    less = d is not None and s is not None and d < 1 and s < 1
    return (
        'The "most any ... can reach" rows are arithmetic, not measurements. The embeddings are unit '
        "vectors, so for n answers with centroid c the mean distance to c is at most sqrt(1 - |c|²) "
        "and the mean pairwise cosine distance is exactly n/(n-1) x (1 - |c|²): both are largest, 1 "
        "and n/(n-1), when the answers' directions cancel out (c at the origin, as for opposite "
        f"pairs). The base's {n} answers to {n} prompts already sit near that top "
        f"({_f(base['centroid_distance'])} of 1, {_f(base['pairwise_cosine_distance'])} of "
        f"{_f(n / (n - 1))}), so {verdict('across prompts', across)}; "
        f"{verdict('within one prompt', within)}. A {target:g}x target on a metric whose ceiling is "
        "below it cannot be met, whatever the model does. "
        + (
            f"The measured ratios stand: pip@1's answers are less varied than the base model's "
            f"({_f(d)}x across prompts, {_f(s)}x within one)."
            if less
            else f"pip@1 measured {_f(d)}x across prompts and {_f(s)}x within one."
        )
    )


_TYPES = ("I", "II", "III", "literal")


def _imagination(im: dict[str, Any]) -> list[str]:
    cal = im["calibration"]
    th = cal["thresholds"]
    out = [
        "## 5. The discriminator",
        "",
        "Types: I (coherent, novel, within its domains' rules), II (coherent, novel, crossing domains "
        "or breaking their rules: the product), III (incoherent), literal (says what the wish, the "
        "base answer or a stock phrase says). Thresholds of this run: base perplexity "
        f"{_f(th['ppl_base'])}, generator perplexity {_f(th['ppl_generator'])} (fitted here: its Type III "
        f"calls agree with the base model's on {_f(cal['generator_agreement'], True)} of the pip@1 "
        f"answers), novelty {_f(th['novelty_min'])}, violation {_f(th['violation_min'])}.",
        "",
        f"Calibration on answers with a known type ({cal['sources']['curated']} curated, "
        f"{cal['sources']['shuffled']} shuffled base answers = III, {cal['sources']['factual']} base "
        f"factual answers = literal), scored under the base model; the base-perplexity threshold is "
        f"the one whose Type III calls are right most often on them ({_f(cal.get('iii_accuracy'), True)}). "
        f"Accuracy over the four types: {_f(cal['accuracy'], True)}.",
        "",
        "| known \\ judged | " + " | ".join(_TYPES) + " |",
        "|---|" + "---|" * len(_TYPES),
    ]
    for t in _TYPES:
        out.append(f"| {t} | " + " | ".join(str(cal["matrix"][t][u]) for u in _TYPES) + " |")
    out += [
        "",
        "Type shares per held-out condition (base-model perplexity; the base answer as reference):",
        "",
    ]
    out += ["| condition | " + " | ".join(_TYPES) + " |", "|---|" + "---|" * len(_TYPES)]
    for name, shares in im["types"].items():
        out.append(f"| {name} | " + " | ".join(_f(shares[t], True) for t in _TYPES) + " |")
    out += [
        "",
        "## 6. Best of N (pip@1; the first sentence decides)",
        "",
        "| N | seconds per answer | Type II | Type III | literal | dispersion | mid-sentence |",
        "|---|---|---|---|---|---|---|",
    ]
    for n, b in im["best_of_n"].items():
        ty = b["types"]
        out.append(
            f"| {n} | {_f(b['seconds_per_answer'])} | {_f(ty['II'], True)} | {_f(ty['III'], True)} | "
            f"{_f(ty['literal'], True)} | {_f(b['dispersion']['centroid_distance'])} | {b['mid_sentence']} |"
        )
    out += [
        "",
        "Seconds per answer: wall time of decoding every candidate of the 50 prompts through the "
        "batched engine (16 rows), divided by 50; the machine was shared, so compare rows, not runs.",
        "",
    ]
    ro = im["router"]
    out += ["## 7. The router (`blend: auto`)", ""]
    if "auto" not in ro:
        return [*out, f"Skipped: fewer than two domain experts installed ({ro['experts']}).", ""]
    out += [
        f"Experts: {', '.join(ro['experts'])}; mixing coefficient {_f(ro.get('weight'))} (the fixed "
        "blend's). Chosen (count over the prompts): "
        + ", ".join(f"{k} {v}" for k, v in sorted(ro["chosen"].items(), key=lambda x: -x[1]))
        + ".",
        "",
        "| condition | Type II | Type III | literal | dispersion | ratio to base |",
        "|---|---|---|---|---|---|",
    ]
    for name, m in ro.items():
        if not isinstance(m, dict) or "types" not in m:
            continue
        ty = m["types"]
        out.append(
            f"| {name} | {_f(ty['II'], True)} | {_f(ty['III'], True)} | {_f(ty['literal'], True)} | "
            f"{_f(m['dispersion']['centroid_distance'])} | {_f(m['dispersion_ratio']['centroid_distance'])} |"
        )
    out += ["", "Routed samples:", ""] + [f"- {_cell(x)}" for x in ro["samples"]] + [""]
    return out


def _json_safe(v: Any) -> Any:
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, dict):
        return {str(k): _json_safe(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_json_safe(x) for x in v]
    if isinstance(v, np.generic):
        return _json_safe(v.item())
    return v


def write_report(r: dict[str, Any], out: Path) -> list[Path]:
    """Write report.md, eval.json, embeddings_pca.png and intensity_sweep.png into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    pts = {
        name: np.asarray(p, dtype=float).reshape(-1, 2) for name, p in r["pca"]["points"].items()
    }
    scatter_plot(out / "embeddings_pca.png", pts, "MINILM EMBEDDINGS, PCA")
    xs = [w["intensity"] for w in r["sweep"]]
    measures = {
        "distinct-2": "distinct_2",
        "repeated 3-grams": "repetition_3gram",
        "base ppl": "ppl_geomean",
        "incoherent": "incoherence_rate",
        "dispersion ratio": "dispersion_ratio",
        "non-literal": "non_literal",
    }
    panels = {
        label: {"imaginative": [float(w[k]) if w[k] is not None else math.nan for w in r["sweep"]]}
        for label, k in measures.items()
    }
    line_panels(out / "intensity_sweep.png", xs, panels, "INTENSITY SWEEP (X: INTENSITY)")
    paths = [
        out / "report.md",
        out / "eval.json",
        out / "embeddings_pca.png",
        out / "intensity_sweep.png",
    ]
    for path, text in (
        (paths[0], render_markdown(r)),
        (paths[1], json.dumps(_json_safe(r), indent=1)),
    ):
        write_atomic(path, text)
    return paths
