"""PIP-One: the imagination dataset, its datasheet, LoRA training of Figment's adapters and
their evaluation (:mod:`.eval`).

Importing this package is cheap; torch, transformers and peft load only inside :func:`train`.
"""

from __future__ import annotations

from figment_lab.pipone.dataset import (
    Pair,
    build_dataset,
    build_domain_dataset,
    build_parse_dataset,
    complete_spec,
    parse_target,
)

__all__ = [
    "Pair",
    "build_dataset",
    "build_domain_dataset",
    "build_parse_dataset",
    "complete_spec",
    "parse_target",
]
