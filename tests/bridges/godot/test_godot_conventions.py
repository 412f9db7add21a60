"""Godot conventions the addon keeps, checked on its files: past-tense signals (old names stay as
documented, deprecated aliases for one release) and a committed ``.uid`` file for every script."""

from __future__ import annotations

import re
from pathlib import Path

from godot_uid import UID_TEXT, scripts_without_uid

GODOT = Path(__file__).resolve().parents[3] / "bridges" / "godot"
ADDON = GODOT / "addons" / "figment"
# A signal line with the doc comment lines just above it.
_SIGNAL = re.compile(r"((?:^##[^\n]*\n)*)^signal\s+(\w+)", re.MULTILINE)
_DEPRECATED = re.compile(r"^## @deprecated: use \[signal (\w+)\]", re.MULTILINE)
# Past participles that do not end in -ed.
_IRREGULAR = {"begun", "built", "done", "found", "lost", "made", "sent", "shown", "spoken", "torn"}


def signals(source: str) -> list[tuple[str, str]]:
    """(name, doc comment) of every signal declared in ``source``."""
    return [(m.group(2), m.group(1)) for m in _SIGNAL.finditer(source)]


def is_past_tense(name: str) -> bool:
    last = name.rsplit("_", 1)[-1]
    return last.endswith("ed") or last in _IRREGULAR


def test_signals_are_named_in_the_past_tense() -> None:
    """Every signal says what happened; an old name is a documented alias of a past-tense one."""
    seen = 0
    for script in sorted(ADDON.glob("*.gd")):
        declared = signals(script.read_text())
        names = {name for name, _ in declared}
        for name, doc in declared:
            seen += 1
            if is_past_tense(name):
                continue
            alias = _DEPRECATED.search(doc)
            assert alias, f"{script.name}: signal {name} is not in the past tense"
            assert alias.group(1) in names, f"{script.name}: {name} aliases an unknown signal"
            assert is_past_tense(alias.group(1))
    assert seen >= 15


def test_deprecated_signals_are_documented() -> None:
    """The README and the changelog name every deprecated alias and its replacement."""
    readme = (GODOT / "README.md").read_text()
    changelog = (GODOT / "CHANGELOG.md").read_text()
    for script in sorted(ADDON.glob("*.gd")):
        for name, doc in signals(script.read_text()):
            alias = _DEPRECATED.search(doc)
            if alias is None:
                continue
            for text, where in ((readme, "README.md"), (changelog, "CHANGELOG.md")):
                assert f"`{name}`" in text and f"`{alias.group(1)}`" in text, (name, where)


def test_the_signal_check_can_fail() -> None:
    bad = "## The mesh.\nsignal mesh_ready(id: String)\n"
    ((name, doc),) = signals(bad)
    assert not is_past_tense(name) and not _DEPRECATED.search(doc)
    ok = "## @deprecated: use [signal mesh_received] instead.\nsignal mesh_ready(id: String)\n"
    ((_, doc),) = signals(ok)
    assert _DEPRECATED.search(doc).group(1) == "mesh_received"
    assert is_past_tense("conjure_finished") and is_past_tense("asset_sent")


def test_every_script_has_its_uid_file() -> None:
    """Godot 4.4+ writes a ``.gd.uid`` beside each script on first open; they are committed, so
    opening a project leaves no untracked files and a moved script keeps its id."""
    assert scripts_without_uid(GODOT) == []
    uids = [p.read_text().strip() for p in GODOT.rglob("*.gd.uid") if ".godot" not in p.parts]
    assert len(uids) >= 15
    assert all(UID_TEXT.fullmatch(u) for u in uids), uids
    assert len(set(uids)) == len(uids), "two scripts share a uid"


def test_the_uid_check_can_fail(tmp_path: Path) -> None:
    (tmp_path / "a.gd").write_text("extends Node\n")
    assert scripts_without_uid(tmp_path) == [tmp_path / "a.gd"]
    assert not UID_TEXT.fullmatch("uid://")
    assert not UID_TEXT.fullmatch("uid://ABC")
