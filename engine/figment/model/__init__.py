"""The model runtime: the shipped SmolLM2 GGUF built to ONNX, decoded by onnxruntime, with LoRA adapters.

Build (:func:`build_model`) writes the graph straight from the GGUF blocks; :class:`LanguageModel`
loads it and decodes; :class:`Batcher` batches concurrent requests; :mod:`.adapters` loads,
discovers and blends adapters. ``figment bench lm`` (``figment_lab.bench.lm``) measures it all.

Measured (2 cores, shared box): build int4 ~8 s, fp32 ~15 s (mostly reading the GGUF); greedy int4
equals fp32 on 8/8 bench prompts x 100 tokens and PyTorch on 5/5 reference prompts x 32 tokens;
int4 peak RSS 341 MB vs 756 MB fp32 ONNX vs 1196 MB PyTorch. Speeds: see :mod:`.runtime`.
"""

from .adapters import (
    Adapter,
    AdapterError,
    AdapterManifest,
    compose,
    discover_adapters,
    load_adapter,
)
from .build import build_model, default_cache_dir, find_model
from .runtime import Batcher, Chunk, LanguageModel
from .sampling import LogitsProcessor, SamplingParams

__all__ = [
    "Adapter",
    "AdapterError",
    "AdapterManifest",
    "Batcher",
    "Chunk",
    "LanguageModel",
    "LogitsProcessor",
    "SamplingParams",
    "build_model",
    "compose",
    "default_cache_dir",
    "discover_adapters",
    "find_model",
    "load_adapter",
]
