"""PIP-One: the imagination dataset, its datasheet and LoRA training of Figment's adapters.

Importing this package is cheap; torch, transformers and peft load only inside :func:`train`.
"""

from __future__ import annotations

from figment.lexicon import COLOURS, MATERIAL_PBR
from figment.pipone.dataset import (
    Pair,
    build_dataset,
    build_domain_dataset,
    build_parse_dataset,
    complete_spec,
    parse_target,
)

__all__ = [
    "COLOURS",
    "MATERIAL_PBR",
    "Pair",
    "build_dataset",
    "build_domain_dataset",
    "build_parse_dataset",
    "complete_spec",
    "parse_target",
]
