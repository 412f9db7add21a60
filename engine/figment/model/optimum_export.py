"""``figment model build --via optimum``: the conventional export, as a reference beside our graph.

The usual path from a Hugging Face model to onnxruntime: transformers reads the shipped GGUF
(``gguf_file=``, every weight dequantized to fp32), the weights are saved as a plain checkpoint in
a temporary folder, and optimum's exporter (what ``optimum-cli export onnx`` runs, task
``text-generation-with-past``) traces it with torch into an fp32 ONNX decoder with a KV cache,
which ``optimum.onnxruntime.ORTModelForCausalLM`` runs. Nothing is fetched: the source is the GGUF
on disk and the hub is kept offline.

The daemon never uses this build: it runs our own graph (:mod:`.graph`), which fuses attention,
keeps the Q4_1 codes bit for bit in its 4-bit build and takes LoRA adapters as inputs. This one is
an independent reference (a test checks both give PyTorch's greedy tokens and logits) and the
``optimum + onnxruntime`` row of ``figment bench lm``. It needs the ``export`` extra (optimum-onnx,
transformers, torch): ``pip install 'figment[export]'``.

Output, one folder per (source hash, exporter versions) under the models cache dir::

    <cache>/smollm2-135m-optimum-fp32-<sha12>-<versions8>/
        model.onnx  config.json  generation_config.json  tokenizer files  manifest.json
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

from ..errors import MissingDependency
from ..files import atomic_dir
from ._gguf import file_sha256, find_smollm2_gguf
from .build import MODEL_NAME, Progress, default_cache_dir

__all__ = [
    "EXTRA",
    "TASK",
    "check_installed",
    "export_model",
    "exporter_versions",
    "find_export",
    "load_export",
    "load_torch_model",
]

EXTRA = "export"
"""The optional dependencies this module needs: ``pip install 'figment[export]'``."""
TASK = "text-generation-with-past"
"""optimum's task: a causal LM whose ONNX graph takes and returns the KV cache."""
_MODULES = ("torch", "transformers", "optimum.exporters.onnx", "optimum.onnxruntime")
_DISTRIBUTIONS = ("optimum-onnx", "optimum", "transformers", "torch")
"""What a build depends on: their versions are part of its key."""


def check_installed() -> None:
    """Raise :class:`MissingDependency` naming the extra when optimum or its stack is missing."""
    for name in _MODULES:
        try:
            found = importlib.util.find_spec(name) is not None
        except ImportError:  # a parent package is missing
            found = False
        if not found:
            raise MissingDependency(
                f"the optimum export ({name} not installed)",
                f"install the {EXTRA!r} extra: pip install 'figment[{EXTRA}]'",
            )


def exporter_versions() -> dict[str, str]:
    """Installed versions of optimum-onnx, optimum, transformers and torch."""
    check_installed()
    return {d: importlib.metadata.version(d) for d in _DISTRIBUTIONS}


def _key(sha256: str, versions: dict[str, str]) -> str:
    digest = hashlib.sha256(json.dumps(versions, sort_keys=True).encode()).hexdigest()[:8]
    return f"{MODEL_NAME}-optimum-fp32-{sha256[:12]}-{digest}"


def find_export(cache_dir: Path | str | None = None, gguf: Path | None = None) -> Path | None:
    """The complete export for this source and these installed versions, or None."""
    path = Path(cache_dir or default_cache_dir()) / _key(
        file_sha256(gguf or find_smollm2_gguf()), exporter_versions()
    )
    return path if (path / "manifest.json").is_file() else None


def load_torch_model(gguf: Path | None = None) -> Any:
    """The fp32 PyTorch model transformers reads from the GGUF (offline), in eval mode."""
    check_installed()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import AutoModelForCausalLM

    gguf = gguf or find_smollm2_gguf()
    model = AutoModelForCausalLM.from_pretrained(
        str(gguf.parent), gguf_file=gguf.name, dtype=torch.float32
    )
    return model.eval()


def export_model(
    cache_dir: Path | str | None = None,
    progress: Progress | None = None,
    *,
    gguf: Path | None = None,
    force: bool = False,
) -> Path:
    """Export (or reuse) the fp32 ONNX decoder with optimum; returns its folder."""
    versions = exporter_versions()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    report = progress or (lambda step, done, total: None)
    t0 = time.perf_counter()
    gguf = gguf or find_smollm2_gguf()
    sha = file_sha256(gguf)
    final = Path(cache_dir or default_cache_dir()) / _key(sha, versions)
    if (final / "manifest.json").is_file() and not force:
        report("reuse", 1, 1)
        return final
    from optimum.exporters.onnx import main_export
    from transformers import AutoTokenizer

    with atomic_dir(final) as out, tempfile.TemporaryDirectory(dir=final.parent) as hf:
        report("read source", 0, 1)
        model = load_torch_model(gguf)
        # The exporter reads a checkpoint folder; transformers keeps no file for a GGUF source.
        model.save_pretrained(hf)
        AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name).save_pretrained(hf)
        del model
        report("read source", 1, 1)
        report("export", 0, 1)
        t_export = time.perf_counter()
        with warnings.catch_warnings():
            # optimum 0.1.0 drives torch's legacy TorchScript exporter, which warns that it is
            # deprecated and that traced Python branches become constants: expected for this
            # decoder (the tests compare the export's tokens and logits with PyTorch's instead).
            warnings.simplefilter("ignore")
            main_export(hf, output=out, task=TASK, device="cpu", dtype="fp32", do_validation=False)
        report("export", 1, 1)
        manifest = {
            "format": 1,
            "name": MODEL_NAME,
            "via": "optimum",
            "precision": "fp32",
            "task": TASK,
            "versions": versions,
            "source": {"file": gguf.name, "sha256": sha},
            "files": {p.name: p.stat().st_size for p in sorted(out.iterdir())},
            "export_seconds": round(time.perf_counter() - t_export, 2),
            "build_seconds": round(time.perf_counter() - t0, 2),
            "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        (out / "manifest.json").write_text(json.dumps(manifest, indent=2))
    report("done", 1, 1)
    return final


def load_export(path: Path | str, *, threads: int | None = None, device: str = "cpu") -> Any:
    """``ORTModelForCausalLM`` over an export (``device``: cpu or cuda), with ``threads`` intra-op threads."""
    check_installed()
    import onnxruntime as ort
    from optimum.onnxruntime import ORTModelForCausalLM

    so = ort.SessionOptions()
    so.intra_op_num_threads = threads or os.cpu_count() or 1
    so.inter_op_num_threads = 1
    provider = "CUDAExecutionProvider" if device == "cuda" else "CPUExecutionProvider"
    return ORTModelForCausalLM.from_pretrained(
        str(path), provider=provider, session_options=so, use_cache=True
    )
