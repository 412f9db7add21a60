"""One language model per process, shared by every stage that uses it (text, parse).

Both stages submit to the same :class:`Batcher`, whose single worker thread batches their decode
steps, so a Conjure's text and parse never compete for the 2 cores with two sessions. Adapters
are discovered once (the ``figment.adapters`` entry points, ``$FIGMENT_HOME/adapters``) and
loaded on first use.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from figment.errors import MissingDependency, NotFound

from .adapters import Adapter, discover_adapters
from .build import check_precision, find_model
from .runtime import DEVICES, SPIN_US, Batcher, LanguageModel

__all__ = ["SharedModel", "loaded_provider", "shared_model"]

log = logging.getLogger(__name__)
_lock = threading.Lock()
_models: dict[tuple[Path, str, str], SharedModel] = {}
"""Loaded models by (models folder, precision, device): each is loaded once per process."""


class SharedModel:
    """A loaded model, its batcher and its adapters."""

    def __init__(self, model_dir: Path, home: Path, device: str = "auto", spin_us: int = SPIN_US):
        self.model = LanguageModel(model_dir, device=device, spin_us=spin_us)
        self.batcher = Batcher(self.model)
        self.home = home
        self._adapters: dict[str, Adapter] = {}
        self._paths = discover_adapters([home / "adapters"])
        self._lock = threading.Lock()

    def adapter_names(self) -> list[str]:
        """Names of the adapters found (loaded or not)."""
        return sorted(self._paths)

    def adapter(self, name: str) -> Adapter:
        """A loaded adapter by name; NotFound lists the ones there are."""
        with self._lock:
            if name not in self._adapters:
                if name not in self._paths:
                    known = ", ".join(self.adapter_names()) or "none"
                    raise NotFound(f"no adapter {name!r} (installed: {known})")
                self._adapters[name] = self.model.load_adapter(self._paths[name])
            return self._adapters[name]


def shared_model(home: Path, precision: str = "int4", device: str = "auto",
                 spin_us: int = SPIN_US) -> SharedModel:  # fmt: skip
    """The model of this precision under ``home``/models for ``device``, loaded on first call
    (with that call's ``spin_us``: see :class:`LanguageModel`).

    Stages reach it through ``Host.language_model()``, which passes the daemon's settings.
    """
    check_precision(precision)
    if device not in DEVICES:
        raise ValueError(f"device must be one of {', '.join(DEVICES)}, not {device!r}")
    models = home / "models"
    root = home
    with _lock:
        key = (models, precision, device)
        if key not in _models:
            found = find_model(models, precision)
            if found is None:
                raise MissingDependency(
                    f"the {precision} language model (not built in {models})",
                    f"run `figment model build --precision {precision}` (offline, under a minute)",
                )
            _models[key] = SharedModel(found, root, device, spin_us)
            log.info("language model %s loaded", found.name)
        return _models[key]


def loaded_provider(models: Path, precision: str, device: str) -> str | None:
    """The execution provider of the model of ``precision`` in ``models`` loaded for ``device``
    (auto, cpu or cuda), or None when it is not loaded."""
    shared = _models.get((models, precision, device))
    return None if shared is None else str(shared.model.provider)
