"""The Unity package as Unity reads it, checked on its files: layout, .meta GUIDs that survive a
rename, asmdef references, the built-in modules package.json declares, the sample scene, docs."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
BRIDGE = REPO / "bridges" / "unity"
PACKAGE = BRIDGE / "com.figment.bridge"
META_TOOL = BRIDGE / "tools" / "unity_meta.py"
GUID = re.compile(r"^guid: ([0-9a-f]{32})$", re.MULTILINE)


def guid_of(meta: Path) -> str:
    found = GUID.search(meta.read_text())
    assert found, f"{meta} holds no GUID"
    return found.group(1)


def meta_tool(package: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(META_TOOL), "--package", str(package), *args],
        capture_output=True,
        text=True,
    )


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(PACKAGE, tmp_path / "com.figment.bridge"))


def test_package_layout_follows_unity_conventions() -> None:
    manifest = json.loads((PACKAGE / "package.json").read_text())
    assert manifest["name"] == "com.figment.bridge"
    assert manifest["unity"] == "2022.3"
    assert "com.unity.cloud.gltfast" in manifest["dependencies"]
    for sample in manifest["samples"]:
        assert (PACKAGE / sample["path"]).is_dir()
    asmdefs = {
        p.parent.relative_to(PACKAGE).as_posix(): json.loads(p.read_text())
        for p in PACKAGE.rglob("*.asmdef")
    }
    assert asmdefs["Runtime/Core"]["noEngineReferences"] is True
    assert "glTFast" in asmdefs["Runtime/Unity"]["references"]
    assert asmdefs["Editor"]["includePlatforms"] == ["Editor"]
    for folder in ("Tests/Editor", "Tests/Runtime"):
        assert asmdefs[folder]["defineConstraints"] == ["UNITY_INCLUDE_TESTS"]
    for path in (PACKAGE / "Runtime" / "Core").rglob("*.cs"):
        assert "UnityEngine" not in path.read_text(), f"{path.name}: the core stays engine-free"


def test_every_asset_has_its_meta_and_guids_are_unique() -> None:
    proc = meta_tool(PACKAGE, "--check")
    assert proc.returncode == 0, proc.stderr
    guids = [guid_of(m) for m in PACKAGE.rglob("*.meta")]
    assert len(guids) > 70 and len(set(guids)) == len(guids)
    meta = PACKAGE / "Runtime" / "Unity" / "FigmentSpawner.cs.meta"
    scene = next((PACKAGE / "Samples~" / "XR Conjurer").glob("*.unity")).read_text()
    assert guid_of(meta) in scene, "the sample scene refers to the spawner by its GUID"


def test_a_renamed_asset_keeps_its_guid(package_copy: Path) -> None:
    """Scenes and prefabs refer to scripts by GUID: a rename must not change it (Unity keeps it)."""
    unity = package_copy / "Runtime" / "Unity"
    spawner = guid_of(unity / "FigmentSpawner.cs.meta")
    # Renamed the way Unity (or `git mv` of both files) does it; then the tool is run as usual.
    (unity / "FigmentSpawner.cs").rename(unity / "Spawner.cs")
    (unity / "FigmentSpawner.cs.meta").rename(unity / "Spawner.cs.meta")
    assert meta_tool(package_copy).returncode == 0
    assert guid_of(unity / "Spawner.cs.meta") == spawner
    assert meta_tool(package_copy, "--check").returncode == 0

    # The tool's own move, of a folder: every GUID inside stays.
    inside = {p.name: guid_of(p) for p in unity.glob("*.meta")}
    folder = guid_of(package_copy / "Runtime" / "Unity.meta")
    assert meta_tool(package_copy, "mv", "Runtime/Unity", "Runtime/Engine").returncode == 0
    moved = package_copy / "Runtime" / "Engine"
    assert {p.name: guid_of(p) for p in moved.glob("*.meta")} == inside
    assert guid_of(package_copy / "Runtime" / "Engine.meta") == folder
    check = meta_tool(package_copy, "--check")
    assert check.returncode == 0, check.stderr


def test_new_assets_get_fresh_guids_and_orphans_are_kept(package_copy: Path) -> None:
    a = package_copy / "Runtime" / "Unity" / "A.cs"
    b = package_copy / "Runtime" / "Core" / "A.cs"
    a.write_text("")
    b.write_text("")
    missing = meta_tool(package_copy, "--check")
    assert missing.returncode == 1 and "missing: Runtime/Unity/A.cs.meta" in missing.stderr
    assert meta_tool(package_copy).returncode == 0
    new = {guid_of(a.with_name("A.cs.meta")), guid_of(b.with_name("A.cs.meta"))}
    every = [guid_of(m) for m in package_copy.rglob("*.meta")]
    assert len(new) == 2 and len(set(every)) == len(every)
    # An asset renamed without its .meta: the old .meta is reported, never silently dropped.
    a.unlink()
    assert meta_tool(package_copy).returncode == 0
    orphan = meta_tool(package_copy, "--check")
    assert orphan.returncode == 1 and "orphan: Runtime/Unity/A.cs.meta" in orphan.stderr
    assert a.with_name("A.cs.meta").exists()
