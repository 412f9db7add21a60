"""The plugin registry: finds stages through entry points, picks one per kind, loads it lazily.

Entry points in group ``figment.stages`` are read once, on first use (importing figment imports
no plugin). ``Settings.plugins`` (or ``FIGMENT_PLUGINS``, comma-separated) limits which entry
points load. Each module's ``register_stages(register)`` passes its Stage classes; the built-in
stages arrive the same way. A plugin that fails to import is reported in Describe, not fatal.

Selection: ``Settings.stages[kind]`` names the stage id for a kind; without it, a kind with one
registered stage uses it, and among several the built-in ``figment.*`` one wins.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
from dataclasses import dataclass, field
from importlib.metadata import entry_points

from .errors import FailedPrecondition, FigmentError, MissingDependency
from .stages import Stage, StageKind

__all__ = ["ENTRY_POINT_GROUP", "INSTALL_HINTS", "Registry", "StageSlot"]

ENTRY_POINT_GROUP = "figment.stages"

INSTALL_HINTS: dict[StageKind, str] = {
    StageKind.STT: "install the speech plugin: pip install -e '.[speech]' (package figment_speech)",
    StageKind.TEXT: "install the text plugin (package figment_text) and run `figment model build`",
    StageKind.PARSE: "install the parse plugin (package figment_parse)",
    StageKind.MESH: "install the mesh plugin (package figment_mesh)",
    StageKind.SOUND: "install the sound plugin (package figment_sound)",
    StageKind.SPATIAL: "install the sound plugin (package figment_sound)",
    StageKind.TTS: "install the speech plugin: pip install -e '.[speech]' (package figment_speech)",
}
"""How to get a stage of each kind, named in FAILED_PRECONDITION errors."""

log = logging.getLogger("figment.plugins")


@dataclass
class StageSlot:
    """A registered stage class, its plugin, and its instance once loaded."""

    cls: type[Stage]
    plugin: str
    instance: Stage | None = None
    error: FigmentError | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @property
    def status(self) -> str:
        """ready, not loaded, or what went wrong."""
        if self.instance is not None:
            return "ready"
        return self.error.message if self.error else "not loaded"


class Registry:
    """Stages by id, with per-kind selection and lazy loading."""

    def __init__(self, selection: dict[str, str] | None = None, allow: list[str] | None = None):
        self.selection = dict(selection or {})
        env = os.environ.get("FIGMENT_PLUGINS")
        self.allow = allow if allow is not None else (env.split(",") if env else None)
        self.slots: dict[str, StageSlot] = {}
        self.broken: dict[str, str] = {}
        self._discovered = False

    def add(self, cls: type[Stage], plugin: str = "") -> None:
        """Register a stage class (what a plugin's ``register_stages`` callback does)."""
        for attr in ("id", "kind"):
            if not hasattr(cls, attr):
                raise TypeError(f"stage {cls.__name__} has no {attr}")
        if cls.id in self.slots and self.slots[cls.id].cls is not cls:
            raise ValueError(f"stage id {cls.id} is registered twice")
        self.slots[cls.id] = StageSlot(cls=cls, plugin=plugin or cls.__module__.split(".")[0])

    def remove(self, stage_id: str) -> None:
        """Unregister a stage (tests use this in ``finally``)."""
        self.slots.pop(stage_id, None)

    def discover(self) -> None:
        """Import every allowed plugin entry point once."""
        if self._discovered:
            return
        self._discovered = True
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            if self.allow is not None and ep.name not in self.allow:
                continue
            try:
                module = importlib.import_module(ep.value)
                module.register_stages(lambda cls, _p=ep.name: self.add(cls, _p))
            except Exception as exc:  # a broken plugin must not take the daemon down
                self.broken[ep.name] = f"{type(exc).__name__}: {exc}"
                log.warning("plugin %s failed to register: %s", ep.name, exc)

    def by_kind(self, kind: StageKind) -> list[StageSlot]:
        """Every registered stage of a kind."""
        self.discover()
        return [s for s in self.slots.values() if s.cls.kind == kind]

    def selected(self, kind: StageKind) -> StageSlot:
        """The stage that runs for a kind, or FAILED_PRECONDITION naming how to install one."""
        self.discover()
        wanted = self.selection.get(kind.value)
        if wanted:
            slot = self.slots.get(wanted)
            if slot is None or slot.cls.kind != kind:
                raise FailedPrecondition(f"config stages.{kind.value}: no {kind} stage {wanted!r}")
            return slot
        candidates = self.by_kind(kind)
        if not candidates:
            raise MissingDependency(f"a {kind.value} stage", INSTALL_HINTS[kind])
        builtin = [s for s in candidates if s.cls.id.startswith("figment.")]
        return sorted(builtin or candidates, key=lambda s: s.cls.id)[0]

    def is_selected(self, slot: StageSlot) -> bool:
        """Whether a slot is the one its kind uses."""
        try:
            return self.selected(slot.cls.kind) is slot
        except FigmentError:
            return False

    async def get(self, kind: StageKind) -> tuple[Stage, StageSlot]:
        """The loaded stage for a kind; loads it on first use, remembers a failure to load."""
        slot = self.selected(kind)
        if slot.instance is not None:
            return slot.instance, slot
        async with slot.lock:
            if slot.instance is None:
                stage = slot.cls()
                try:
                    await stage.load()
                except FigmentError as exc:
                    slot.error = exc
                    raise
                except Exception as exc:
                    slot.error = FailedPrecondition(f"stage {slot.cls.id} failed to load: {exc}")
                    raise slot.error from exc
                slot.instance, slot.error = stage, None
        assert slot.instance is not None
        return slot.instance, slot

    async def unload_all(self) -> None:
        """Unload every loaded stage."""
        for slot in self.slots.values():
            if slot.instance is not None:
                try:
                    await slot.instance.unload()
                finally:
                    slot.instance = None
