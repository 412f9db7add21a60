"""Plugins: finds them through entry points and calls their hooks; the stage registry.

Entry points in group ``figment.stages`` are read on first use (importing figment imports no
plugin). ``Settings.plugins`` (or ``FIGMENT_PLUGINS``, comma-separated) limits which entry
points load. Each module may define the hooks of :mod:`figment.stages` (``HOOKS``):
``register_stages(register)`` passes its Stage classes, ``register_commands(cli)`` adds CLI
commands, ``register_renderers(register)`` previews for media types. The built-in plugins
arrive the same way. A plugin that fails to import is reported in Describe, not fatal.

Selection: ``Settings.stages[kind]`` names the stage id for a kind; without it, a kind with one
registered stage uses it, and among several the built-in ``figment.*`` one wins.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from types import ModuleType
from typing import Any

from .errors import FailedPrecondition, FigmentError, MissingDependency
from .stages import HOOKS, Host, Renderer, Stage, StageKind

__all__ = [
    "ENTRY_POINT_GROUP",
    "INSTALL_HINTS",
    "Registry",
    "StageSlot",
    "call_hook",
    "renderers",
]

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


def _allowed(allow: list[str] | None) -> list[str] | None:
    if allow is not None:
        return allow
    env = os.environ.get("FIGMENT_PLUGINS")
    return env.split(",") if env else None


def _modules(allow: list[str] | None, broken: dict[str, str]) -> Iterator[tuple[str, ModuleType]]:
    """Each allowed plugin module, imported; one that fails is recorded in ``broken``."""
    allow = _allowed(allow)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if allow is not None and ep.name not in allow:
            continue
        try:
            yield ep.name, importlib.import_module(ep.value)
        except Exception as exc:  # a broken plugin must not take the daemon down
            broken[ep.name] = f"{type(exc).__name__}: {exc}"
            log.warning("plugin %s failed to import: %s", ep.name, exc)


def call_hook(
    hook: str,
    make_arg: Callable[[str], Any],
    allow: list[str] | None = None,
    broken: dict[str, str] | None = None,
) -> None:
    """Call ``hook(make_arg(plugin_name))`` on every allowed plugin module that defines it."""
    if hook not in HOOKS:
        raise ValueError(f"{hook} is not a hook (the hooks: {', '.join(HOOKS)})")
    broken = {} if broken is None else broken
    for name, module in _modules(allow, broken):
        fn = getattr(module, hook, None)
        if fn is None:
            continue
        try:
            fn(make_arg(name))
        except Exception as exc:
            broken[name] = f"{hook}: {type(exc).__name__}: {exc}"
            log.warning("plugin %s failed in %s: %s", name, hook, exc)


def renderers(allow: list[str] | None = None) -> dict[str, Renderer]:
    """Preview renderers by media type, from every plugin's ``register_renderers``."""
    found: dict[str, Renderer] = {}
    call_hook("register_renderers", lambda _name: found.__setitem__, allow)
    return found


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
        self.allow = _allowed(allow)
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

    def mark_discovered(self) -> None:
        """Read no entry point from now on: the registry holds only what ``add`` gave it."""
        self._discovered = True

    def discover(self) -> None:
        """Import every allowed plugin entry point once."""
        if self._discovered:
            return
        self._discovered = True

        def register_for(plugin: str) -> Callable[[type[Stage]], None]:
            return lambda cls: self.add(cls, plugin)

        call_hook("register_stages", register_for, self.allow, self.broken)

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

    async def get(self, kind: StageKind, host: Host) -> tuple[Stage, StageSlot]:
        """The loaded stage for a kind; loads it on first use, remembers a failure to load."""
        slot = self.selected(kind)
        if slot.instance is not None:
            return slot.instance, slot
        async with slot.lock:
            if slot.instance is None:
                stage = slot.cls()
                try:
                    await stage.load(host)
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
