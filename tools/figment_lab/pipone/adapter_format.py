"""The runtime's adapter format, as the trainer writes it.

A directory ``<name>/`` holding:

- ``manifest.json``: ``name``, ``description``, ``rank``, ``alpha``, ``targets``, ``base_sha256``
  (sha256 of the base GGUF file), ``data_sha256``, ``created`` (ISO 8601, UTC), ``metrics``;
- ``adapter.npz``: float32 arrays ``model.layers.{i}.self_attn.{q_proj|v_proj}.lora_A`` (r × in)
  and ``...lora_B`` (out × r), PEFT's names without ``base_model.model.`` and ``.weight``. The
  effective weight change is ``(alpha / rank) * B @ A``;
- ``MODEL_CARD.md`` and ``training.json`` (hyperparameters and loss history), for people.

The directory is written next to its final place and renamed into it, so a reader never sees
half an adapter.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from figment.files import atomic_dir

__all__ = ["ADAPTER_FILE", "MANIFEST_FILE", "lora_name", "read_adapter", "write_adapter"]

ADAPTER_FILE = "adapter.npz"
MANIFEST_FILE = "manifest.json"
MANIFEST_KEYS = (
    "name", "description", "rank", "alpha", "targets", "base_sha256", "data_sha256", "created",
    "metrics",
)  # fmt: skip
_PEFT_KEY = re.compile(
    r"^(?:base_model\.model\.)?(model\.layers\.\d+\.self_attn\.[a-z_]+\.lora_[AB])(?:\.default)?"
    r"\.weight$"
)


def lora_name(peft_key: str) -> str:
    """The runtime's array name for a PEFT state-dict key (raises ValueError if not LoRA)."""
    m = _PEFT_KEY.match(peft_key)
    if not m:
        raise ValueError(f"not a LoRA weight of a self-attention projection: {peft_key}")
    return m.group(1)


def write_adapter(
    directory: Path,
    arrays: Mapping[str, np.ndarray],
    manifest: Mapping[str, Any],
    model_card: str,
    training: Mapping[str, Any],
) -> Path:
    """Write an adapter directory atomically (replacing an older one); returns ``directory``."""
    missing = [k for k in MANIFEST_KEYS if k not in manifest]
    if missing:
        raise ValueError(f"manifest lacks {missing}")
    directory = Path(directory)
    with atomic_dir(directory) as tmp:
        arrays32 = {k: np.asarray(v, dtype=np.float32) for k, v in arrays.items()}
        np.savez(tmp / ADAPTER_FILE, **arrays32)
        (tmp / MANIFEST_FILE).write_text(json.dumps(dict(manifest), indent=2) + "\n", "utf-8")
        (tmp / "MODEL_CARD.md").write_text(model_card, encoding="utf-8")
        (tmp / "training.json").write_text(json.dumps(dict(training), indent=2) + "\n", "utf-8")
    return directory


def read_adapter(directory: Path) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The manifest and arrays of an adapter directory (for tests and tools)."""
    directory = Path(directory)
    manifest = json.loads((directory / MANIFEST_FILE).read_text(encoding="utf-8"))
    with np.load(directory / ADAPTER_FILE) as npz:
        arrays = {k: npz[k] for k in npz.files}
    return manifest, arrays
