"""LoRA adapters: the on-disk format, loading with validation, discovery, and composition.

An adapter is a directory ``<name>/`` holding ``manifest.json`` (:class:`AdapterManifest`) and
``adapter.npz`` with float32 arrays ``model.layers.{i}.self_attn.{q_proj|v_proj}.lora_A`` (r x in)
and ``...lora_B`` (out x r): PEFT's names without ``base_model.model.``. The weight delta is
``(alpha / rank) * B @ A``.

The decoder graph takes A and B as inputs (rank 0 = off), so switching adapters is choosing which
arrays to feed: no reload, no graph change. :func:`compose` turns a request's adapters, weights and
intensity into those arrays: each adapter's B is scaled by ``weight * intensity * alpha / rank`` and
the adapters are concatenated along the rank axis, which is exactly the weighted sum of their
deltas in one pass. Adapters with weight 0 are left out, so a blend (1, 0) is the single adapter
bit for bit, and intensity 0 feeds nothing (the base model).

Discovery: every ``*/manifest.json`` under a folder, and entry points in group ``figment.adapters``
whose object is a directory path (str/Path), a callable returning one or more, or a module or
package whose directory holds adapter directories (or is one).
"""

from __future__ import annotations

import json
import logging
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from figment.errors import FailedPrecondition

__all__ = [
    "ENTRY_POINT_GROUP",
    "Adapter",
    "AdapterError",
    "AdapterManifest",
    "compose",
    "discover_adapters",
    "load_adapter",
]

log = logging.getLogger(__name__)
ENTRY_POINT_GROUP = "figment.adapters"
TARGET_ATTRS = {"q_proj": "q", "v_proj": "v", "k_proj": "k", "o_proj": "o"}
_KEY = re.compile(r"^model\.layers\.(\d+)\.self_attn\.(q_proj|v_proj|k_proj|o_proj)\.lora_(A|B)$")


class AdapterError(FailedPrecondition):
    """An adapter directory is missing, corrupt, or does not fit the base model."""


class AdapterManifest(BaseModel):
    """``manifest.json`` of an adapter directory."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", description="Unique adapter name."
    )
    description: str = Field(description="What the adapter does, for people.")
    rank: int = Field(gt=0, le=256, description="LoRA rank r.")
    alpha: float = Field(gt=0, description="LoRA alpha; the delta is (alpha / rank) * B @ A.")
    targets: list[Literal["q_proj", "v_proj", "k_proj", "o_proj"]] = Field(
        min_length=1, description="Projections the adapter changes."
    )
    base_sha256: str = Field(description="sha256 of the base model source (the GGUF).")
    data_sha256: str = Field(description="sha256 of the training data.")
    created: str = Field(description="ISO 8601 creation time.")
    metrics: dict[str, Any] = Field(default_factory=dict, description="Training/eval metrics.")


@dataclass(frozen=True)
class Adapter:
    """A loaded adapter: its manifest and per-(layer, target) A (r, in) and B (out, r) arrays."""

    manifest: AdapterManifest
    path: Path
    weights: dict[tuple[int, str], tuple[np.ndarray, np.ndarray]]

    @property
    def name(self) -> str:
        """The adapter's name."""
        return self.manifest.name

    @property
    def scale(self) -> float:
        """alpha / rank."""
        return self.manifest.alpha / self.manifest.rank


def load_adapter(
    path: Path | str, architecture: dict[str, Any] | None = None, base_sha256: str | None = None
) -> Adapter:
    """Load and validate an adapter directory; shapes are checked against ``architecture`` if given."""
    path = Path(path)
    mpath, npath = path / "manifest.json", path / "adapter.npz"
    for p in (mpath, npath):
        if not p.is_file():
            raise AdapterError(f"adapter {path.name}: {p} is missing")
    try:
        manifest = AdapterManifest.model_validate(json.loads(mpath.read_text()))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise AdapterError(f"adapter {path.name}: {mpath} is not valid JSON: {e}") from e
    except ValidationError as e:
        raise AdapterError(f"adapter {path.name}: {mpath} is invalid: {e}") from e
    try:
        with np.load(npath, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, KeyError) as e:
        raise AdapterError(f"adapter {manifest.name}: {npath} is corrupt: {e}") from e
    r = manifest.rank
    weights: dict[tuple[int, str], tuple[np.ndarray, np.ndarray]] = {}
    found: dict[tuple[int, str], dict[str, np.ndarray]] = {}
    for key, arr in arrays.items():
        m = _KEY.match(key)
        if not m:
            raise AdapterError(f"adapter {manifest.name}: {npath} has an unexpected array {key!r}")
        layer, target, ab = int(m.group(1)), m.group(2), m.group(3)
        if target not in manifest.targets:
            raise AdapterError(
                f"adapter {manifest.name}: {npath} has {key} but targets are {manifest.targets}"
            )
        if arr.ndim != 2 or arr.dtype.kind != "f" or not np.all(np.isfinite(arr)):
            raise AdapterError(
                f"adapter {manifest.name}: {npath} {key} must be a finite float matrix"
            )
        found.setdefault((layer, target), {})[ab] = arr.astype(np.float32, copy=False)
    if not found:
        raise AdapterError(f"adapter {manifest.name}: {npath} holds no LoRA arrays")
    n_layers = architecture["num_hidden_layers"] if architecture else None
    for (layer, target), ab in sorted(found.items()):
        name = f"model.layers.{layer}.self_attn.{target}"
        if set(ab) != {"A", "B"}:
            raise AdapterError(
                f"adapter {manifest.name}: {npath} has {name} without both lora_A and lora_B"
            )
        a, b = ab["A"], ab["B"]
        if n_layers is not None and layer >= n_layers:
            raise AdapterError(
                f"adapter {manifest.name}: {npath} {name}: the base model has {n_layers} layers"
            )
        want_in, want_out = (
            _dims(architecture, target) if architecture else (a.shape[1], b.shape[0])
        )
        if a.shape != (r, want_in) or b.shape != (want_out, r):
            raise AdapterError(
                f"adapter {manifest.name}: {npath} {name}: lora_A {a.shape} / lora_B {b.shape}, "
                f"expected ({r}, {want_in}) / ({want_out}, {r})"
            )
        weights[(layer, target)] = (a, b)
    if base_sha256 and manifest.base_sha256 != base_sha256:
        log.warning(
            "adapter %s was trained on base %s, not %s",
            manifest.name,
            manifest.base_sha256[:12],
            base_sha256[:12],
        )
    return Adapter(manifest=manifest, path=path, weights=weights)


def _dims(arch: dict[str, Any], target: str) -> tuple[int, int]:
    hs, hd = arch["hidden_size"], arch["head_dim"]
    out = {
        "q_proj": arch["num_attention_heads"] * hd,
        "k_proj": arch["num_key_value_heads"] * hd,
        "v_proj": arch["num_key_value_heads"] * hd,
        "o_proj": hs,
    }[target]
    return (arch["num_attention_heads"] * hd if target == "o_proj" else hs), out


def _adapter_dirs(root: Path) -> list[Path]:
    if (root / "manifest.json").is_file():
        return [root]
    # a hidden folder is one being written (figment.files.atomic_dir), or left by a kill
    found = (p.parent for p in root.glob("*/manifest.json"))
    return sorted(d for d in found if not d.name.startswith("."))


def _from_entry_point(obj: Any) -> list[Path]:
    if callable(obj) and not isinstance(obj, type):
        obj = obj()
    if isinstance(obj, (str, Path)):
        return _adapter_dirs(Path(obj))
    if isinstance(obj, Iterable) and not hasattr(obj, "__path__"):
        return [d for item in obj for d in _from_entry_point(item)]
    roots = list(getattr(obj, "__path__", [])) or (
        [str(Path(obj.__file__).parent)] if getattr(obj, "__file__", None) else []
    )
    return [d for r in roots for d in _adapter_dirs(Path(r))]


def discover_adapters(
    folders: Sequence[Path | str] = (), use_entry_points: bool = True
) -> dict[str, Path]:
    """Adapter name -> directory, from folders and the ``figment.adapters`` entry points.

    Names come from each manifest; a later duplicate is ignored with a warning. A broken entry
    point is logged and skipped, so one bad plugin does not hide the others.
    """
    dirs: list[Path] = []
    for folder in folders:
        if Path(folder).is_dir():
            dirs += _adapter_dirs(Path(folder))
    if use_entry_points:
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            try:
                dirs += _from_entry_point(ep.load())
            except Exception as e:  # a plugin's failure must not take discovery down
                log.warning("adapter entry point %s failed: %s", ep.name, e)
    found: dict[str, Path] = {}
    for d in dirs:
        try:
            name = json.loads((d / "manifest.json").read_text())["name"]
        except Exception as e:
            log.warning("skipping adapter %s: %s", d, e)
            continue
        if name in found and found[name] != d:
            log.warning("adapter %s at %s ignored: already found at %s", name, d, found[name])
            continue
        found[name] = d
    return found


def compose(
    adapters: Sequence[tuple[Adapter, float]], intensity: float = 1.0
) -> dict[str, np.ndarray]:
    """Feed arrays ``lora.{i}.{q|v}.A`` (r, in) / ``.B`` (out, r) for a weighted blend at an intensity.

    Empty dict = base model. Each (layer, target) concatenates the adapters that touch it; B carries
    ``weight * intensity * alpha / rank``.
    """
    active = [
        (a, float(w) * float(intensity)) for a, w in adapters if float(w) * float(intensity) != 0.0
    ]
    parts: dict[tuple[int, str], list[tuple[np.ndarray, np.ndarray]]] = {}
    for adapter, w in active:
        s = np.float32(w * adapter.scale)
        for key, (a, b) in adapter.weights.items():
            parts.setdefault(key, []).append((a, b * s))
    feed: dict[str, np.ndarray] = {}
    for (layer, target), ab in sorted(parts.items()):
        t = TARGET_ATTRS[target]
        feed[f"lora.{layer}.{t}.A"] = np.ascontiguousarray(
            np.concatenate([a for a, _ in ab], axis=0)
        )
        feed[f"lora.{layer}.{t}.B"] = np.ascontiguousarray(
            np.concatenate([b for _, b in ab], axis=1)
        )
    return feed
