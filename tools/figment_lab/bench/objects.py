"""``figment bench objects``: from words to objects — parse and mesh speed, validity, fidelity.

Held-out pairs come from the PIP-One generator with a seed no adapter was trained on; each
records the object it was written from and the span of every value the text names. Fidelity is
the share of the archetypes, materials and colours named in a text that land in the parsed spec.
The baseline in the same run is the lexicon reader alone (no language model).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import numpy as np

__all__ = ["fidelity", "main", "measure"]

HELD_OUT_SEED = 90_210


def _close(a: Any, b: Any, tol: float = 0.06) -> bool:
    return abs(a.r - b.r) <= tol and abs(a.g - b.g) <= tol and abs(a.b - b.b) <= tol


def fidelity(text: str, truth: Any, parsed: Any) -> tuple[int, int]:
    """(hits, named): how many of the values the text names the parsed spec has."""
    named = {s.field for s in truth.spans}
    hits = total = 0
    if "archetype" in named:
        total += 1
        hits += parsed.archetype == truth.archetype
    for k, mat in enumerate(truth.materials):
        if f"materials[{k}].made_of" in named:
            total += 1
            hits += any(m.made_of == mat.made_of for m in parsed.materials)
        if f"materials[{k}].base_color" in named:
            total += 1
            hits += any(_close(m.base_color, mat.base_color) for m in parsed.materials)
    return hits, total


def _pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def measure(n: int = 100) -> dict[str, Any]:
    """Run the objects benchmark."""
    from figment.spec import ObjectSpec
    from figment_lab.pipone import build_dataset
    from figment_mesh.bench import run_bench
    from figment_parse import SpecParse

    pairs = build_dataset(n, seed=HELD_OUT_SEED)
    from figment.config import load_settings
    from figment.stages import Host

    settings = load_settings()
    stage = SpecParse()
    asyncio.run(stage.load(Host(settings.home, settings.model, settings.device)))
    rows: dict[str, Any] = {"model": stage.note}
    for label, use_model in (("lexicon (baseline)", False), ("lexicon + model", True)):
        if use_model and stage.chooser is None:
            continue
        times, hits, named, valid = [], 0, 0, 0
        for p in pairs:
            t = time.perf_counter()
            out = stage.parse(p.answer, 1, use_model)
            times.append((time.perf_counter() - t) * 1000)
            valid += ObjectSpec.model_validate(out.spec.model_dump()) == out.spec
            h, m = fidelity(p.answer, p.spec, out.spec)
            hits, named = hits + h, named + m
        rows[label] = {
            "p50": _pct(times, 50), "p95": _pct(times, 95), "valid": valid / len(pairs),
            "fidelity": hits / max(1, named), "named": named,
        }  # fmt: skip
    rows["mesh"] = run_bench(n)
    return rows


def main(n: int = 100) -> None:
    """Print the objects benchmark."""
    r = measure(n)
    print(
        f"figment bench objects — {n} held-out PIP-One texts (seed {HELD_OUT_SEED}); parser: {r['model']}"
    )
    print(f"{'parse':<22}{'p50 ms':>9}{'p95 ms':>9}{'valid':>8}{'fidelity':>10}")
    for label in ("lexicon (baseline)", "lexicon + model"):
        if label in r:
            row = r[label]
            print(
                f"{label:<22}{row['p50']:>9.2f}{row['p95']:>9.2f}{row['valid']:>8.0%}{row['fidelity']:>10.1%}"
            )
    m = r["mesh"]
    print(f"mesh ({m['n']} varied specs, default budget, proxy + mesh + textures + LODs):")
    print(
        f"  ms p50 {m['mesh_ms_p50']:.1f}  p95 {m['mesh_ms_p95']:.1f}  max {m['mesh_ms_max']:.1f}"
    )
    print(f"  cpu ms p50 {m['cpu_ms_p50']:.1f}  p95 {m['cpu_ms_p95']:.1f} (process time)")
    print(
        f"  textures ({m['texture_size']}² a material) ms p50 {m['tex_ms_p50']:.1f}  "
        f"p95 {m['tex_ms_p95']:.1f} (included above)"
    )
    print(
        f"  triangles p50 {m['triangles_p50']}  max {m['triangles_max']};  GLB KiB p50 {m['glb_kb_p50']:.0f}  p95 {m['glb_kb_p95']:.0f}  max {m['glb_kb_max']:.0f} (textures included)"
    )
    print(f"  slowest: {'; '.join(m['slowest'])}")
