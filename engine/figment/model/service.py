"""One language model per process, shared by every stage that uses it (text, parse).

Both stages submit to the same :class:`Engine`, whose single worker thread batches their decode
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
from .build import default_cache_dir, find_model
from .runtime import Engine, LanguageModel

__all__ = ["SharedModel", "shared_model"]

log = logging.getLogger(__name__)
_lock = threading.Lock()
_models: dict[tuple[Path, str], SharedModel] = {}


class SharedModel:
    """A loaded model, its batching engine and its adapters."""

    def __init__(self, model_dir: Path, home: Path):
        self.model = LanguageModel(model_dir)
        self.engine = Engine(self.model)
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


def shared_model(home: Path | None = None, precision: str = "int4") -> SharedModel:
    """The process's model of this precision, loaded on first call."""
    models = default_cache_dir() if home is None else home / "models"
    root = models.parent
    with _lock:
        key = (models, precision)
        if key not in _models:
            found = find_model(models, precision)
            if found is None:
                raise MissingDependency(
                    f"the {precision} language model (not built in {models})",
                    "run `figment model build` (offline, about a minute)",
                )
            _models[key] = SharedModel(found, root)
            log.info("language model %s loaded", found.name)
        return _models[key]
