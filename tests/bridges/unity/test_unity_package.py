"""The Unity package as Unity reads it, checked on its files: layout, .meta GUIDs that survive a
rename, asmdef references, the built-in modules package.json declares, the sample scene, docs."""

from __future__ import annotations

import json
import os
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


# Unity 2022.3's built-in module packages (the ones a project can turn off; its default manifest
# lists them). A module missing here is always present (CoreModule, TextRenderingModule, ...).
BUILT_IN_PACKAGES = {
    "ai", "androidjni", "animation", "assetbundle", "audio", "cloth", "director", "imageconversion",
    "imgui", "jsonserialize", "particlesystem", "physics", "physics2d", "screencapture", "subsystems",
    "terrain", "terrainphysics", "tilemap", "ui", "uielements", "umbra", "unityanalytics",
    "unitywebrequest", "unitywebrequestassetbundle", "unitywebrequestaudio",
    "unitywebrequesttexture", "unitywebrequestwww", "vehicles", "video", "vr", "wind", "xr",
}  # fmt: skip
REFERENCE = BRIDGE / "tools" / "reference"


def asmdefs() -> dict[Path, dict]:
    return {p: json.loads(p.read_text()) for p in sorted(PACKAGE.rglob("*.asmdef"))}


def test_every_asmdef_reference_names_a_real_assembly() -> None:
    """Own assemblies, glTFast's (read from its own asmdef) and the test framework's, nothing else;
    the test framework only from test assemblies, another package only when package.json has it."""
    own = {spec["name"] for spec in asmdefs().values()}
    external = json.loads((REFERENCE / "assemblies.json").read_text())
    dependencies = json.loads((PACKAGE / "package.json").read_text())["dependencies"]
    for path, spec in asmdefs().items():
        assert path.stem == spec["name"], f"{path.name}: the file is named after its assembly"
        is_test = spec.get("defineConstraints") == ["UNITY_INCLUDE_TESTS"]
        for name in spec.get("references", []) + spec.get("precompiledReferences", []):
            assert not name.startswith("GUID:"), f"{path.name}: references by name, not GUID"
            if name in own:
                assert name != spec["name"]
                continue
            assert name in external, f"{path.name} references {name!r}, which is no assembly"
            package = external[name]["package"]
            if package == "com.unity.test-framework":
                assert is_test, f"{path.name} is not a test assembly but references {name}"
            else:
                assert package in dependencies, f"{path.name} needs {package} in package.json"
        if spec.get("precompiledReferences"):
            assert spec.get("overrideReferences") is True, path.name


def test_the_asmdef_check_can_fail(tmp_path: Path) -> None:
    sys.path.insert(0, str(BRIDGE / "tools"))
    from asmdef_refs import reference_options

    bad = tmp_path / "X.asmdef"
    bad.write_text(json.dumps({"name": "X", "references": ["Figment.Bridge.Core", "glTFastt"]}))
    with pytest.raises(ValueError, match="glTFastt"):
        reference_options(bad, tmp_path, "nunit.framework.dll")
    good = PACKAGE / "Runtime" / "Unity" / "Figment.Bridge.asmdef"
    options = reference_options(good, tmp_path, "nunit.framework.dll")
    assert f"-r:{tmp_path / 'reference' / 'glTFast.dll'}" in options


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package's assemblies, compiled by run-tests.sh (build only)."""
    for tool in ("mcs", "ikdasm"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} not installed: apt-get install -y mono-devel")
    out = tmp_path_factory.mktemp("unity-build")
    proc = subprocess.run(
        ["bash", str(BRIDGE / "run-tests.sh")],
        env={**os.environ, "FIGMENT_UNITY_BUILD": str(out), "FIGMENT_UNITY_BUILD_ONLY": "1"},
        capture_output=True,
        text=True,
    )
    if "missing nunit" in proc.stdout or "missing nunit-console" in proc.stdout:
        pytest.skip(proc.stdout.strip())
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    return out


def unity_types(dll: Path) -> set[str]:
    """The UnityEngine types an assembly uses, from its IL (``[UnityEngine]UnityEngine.X``)."""
    il = subprocess.run(["ikdasm", str(dll)], capture_output=True, text=True, check=True).stdout
    return {m.split("/")[0] for m in re.findall(r"\[UnityEngine\]([\w.`/]+)", il)}


def test_package_json_declares_every_built_in_module_the_code_uses(built: Path) -> None:
    """A project that turned a module off (Audio, IMGUI) gets it back from our package.json."""
    modules = json.loads((REFERENCE / "modules.json").read_text())
    dependencies = json.loads((PACKAGE / "package.json").read_text())["dependencies"]
    used: dict[str, set[str]] = {}
    for spec in asmdefs().values():
        if spec.get("noEngineReferences"):
            continue
        for t in unity_types(built / f"{spec['name']}.dll"):
            assert t in modules, f"{t}: not in the reference's module table"
            used.setdefault(modules[t], set()).add(t)
    assert "UnityEngine.AudioModule" in used and "UnityEngine.IMGUIModule" in used, used
    for module, types in used.items():
        short = module.removeprefix("UnityEngine.").removesuffix("Module").lower()
        if short in BUILT_IN_PACKAGES:
            package = f"com.unity.modules.{short}"
            assert package in dependencies, (
                f"{package} (for {sorted(types)}) is not in package.json"
            )


def test_the_package_ships_a_license_and_the_glTFast_it_was_checked_against() -> None:
    manifest = json.loads((PACKAGE / "package.json").read_text())
    assert manifest["license"] == "Apache-2.0"
    assert "Apache License" in (PACKAGE / "LICENSE.md").read_text()
    # The reference assembly is generated from glTFast 6.14.1: the package requires that version.
    assert manifest["dependencies"]["com.unity.cloud.gltfast"] == "6.14.1"
    assert "6.14.1" in (REFERENCE / "glTFast.cs").read_text()[:400]


def test_first_time_steps_are_documented() -> None:
    """Testables in the project manifest, glTFast's shaders in player builds, the Godot autoload;
    and where a real Unity editor is the only check left, with the script that runs it."""
    docs = (PACKAGE / "Documentation~" / "index.md").read_text()
    assert '"testables"' in docs and '"com.figment.bridge"' in docs
    assert "glTF/PbrMetallicRoughness" in docs and "glTF-pbrMetallicRoughness" in docs
    assert "Preloaded Shaders" in docs
    assert (
        "run-unity-tests.sh" in docs and "-runTests" in (BRIDGE / "run-unity-tests.sh").read_text()
    )
    assert "real Unity" in docs
    godot = (REPO / "bridges" / "godot" / "README.md").read_text()
    assert 'Figment="*res://addons/figment/figment.gd"' in godot


def test_the_real_unity_script_runs_both_platforms_and_reports(tmp_path: Path) -> None:
    """run-unity-tests.sh with a stand-in for the editor: the project it writes, the arguments it
    passes, and the verdict it reads back from Unity's NUnit 3 results."""
    fake = tmp_path / "Unity"
    fake.write_text(
        r"""#!/usr/bin/env bash
set -e
while [ $# -gt 0 ]; do
  case "$1" in
    -projectPath) project="$2"; shift ;;
    -testPlatform) platform="$2"; shift ;;
    -testResults) results="$2"; shift ;;
  esac
  shift
done
echo "$platform" >> "$project/calls"
failed=0; [ "$platform" = PlayMode ] && failed="${FAKE_PLAYMODE_FAILED:-0}"
echo "<test-run id=\"2\" result=\"x\" total=\"5\" passed=\"$((5 - failed))\" failed=\"$failed\" skipped=\"0\">" > "$results"
[ "$failed" -eq 0 ] || exit 2
"""
    )
    fake.chmod(0o755)
    script = BRIDGE / "run-unity-tests.sh"
    project = tmp_path / "project"
    ok = subprocess.run(
        ["bash", str(script), str(project)],
        env={**os.environ, "UNITY": str(fake)},
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert ok.stdout.strip().endswith("10 passed, 0 failed")
    assert (project / "calls").read_text().split() == ["EditMode", "PlayMode"]
    manifest = json.loads((project / "Packages" / "manifest.json").read_text())
    assert manifest["testables"] == ["com.figment.bridge"]
    assert manifest["dependencies"]["com.figment.bridge"] == f"file:{PACKAGE}"
    bad = subprocess.run(
        ["bash", str(script), str(tmp_path / "again")],
        env={**os.environ, "UNITY": str(fake), "FAKE_PLAYMODE_FAILED": "2"},
        capture_output=True,
        text=True,
    )
    assert bad.returncode != 0 and bad.stdout.strip().endswith("8 passed, 2 failed"), bad.stdout


def scene_documents(text: str) -> list[tuple[int, str, str]]:
    """(class id, file id, body) of each object in a Unity YAML scene."""
    parts = re.split(r"^--- !u!(\d+) &(\d+)\n", text, flags=re.MULTILINE)
    return [(int(parts[i]), parts[i + 1], parts[i + 2]) for i in range(1, len(parts), 3)]


def serialized_fields(script: Path) -> list[str]:
    """The fields Unity serializes of a MonoBehaviour script: public or [SerializeField], not
    static, const, readonly or an event (in declaration order)."""
    out = []
    for line in script.read_text().splitlines():
        rest = line.strip()
        attrs = ""
        while rest.startswith("["):
            end = rest.index("]") + 1
            attrs, rest = attrs + rest[:end], rest[end:].strip()
        m = re.match(r"(public\s+)?([\w<>\[\], .]+?)\s+(\w+)\s*(=[^;]*)?;$", rest)
        if (
            not m
            or re.search(r"\b(static|const|readonly|event)\b", rest)
            or "(" in rest.split("=")[0]
        ):
            continue
        if m.group(1) or "SerializeField" in attrs:
            out.append(m.group(3))
    return out


def test_the_sample_scene_has_every_block_unity_writes() -> None:
    """Scene settings, full components, every serialized field (UnityEvents too), SceneRoots; the
    file is what tools/sample_scene.py writes, and scripts are referenced by their stored GUIDs."""
    scene = next((PACKAGE / "Samples~" / "XR Conjurer").glob("*.unity")).read_text()
    docs = scene_documents(scene)
    assert [(c, f) for c, f, _ in docs[:4]] == [(29, "1"), (104, "2"), (157, "3"), (196, "4")]
    assert docs[-1][:2] == (1660057539, "9223372036854775807")
    by_id = {f: (c, body) for c, f, body in docs}
    roots = re.findall(r"- \{fileID: (\d+)\}", docs[-1][2])
    transforms = [f for c, f, body in docs if c == 4 and "m_Father: {fileID: 0}" in body]
    assert sorted(roots) == sorted(transforms), "SceneRoots lists every root transform"
    scripts = {guid_of(m): m.with_suffix("") for m in PACKAGE.rglob("*.cs.meta")}
    for class_id, fid, body in docs[4:-1]:
        assert body.split("\n", 1)[1].startswith(
            "  m_ObjectHideFlags: 0\n  m_CorrespondingSourceObject:"
        ), fid
        if class_id == 1:
            for comp in re.findall(r"- component: \{fileID: (\d+)\}", body):
                assert f"m_GameObject: {{fileID: {fid}}}" in by_id[comp][1], (fid, comp)
        if class_id == 114:
            guid = re.search(r"m_Script: \{fileID: 11500000, guid: (\w+), type: 3\}", body)
            assert guid and guid.group(1) in scripts, f"{fid}: unknown script"
            for name in serialized_fields(scripts[guid.group(1)]):
                assert re.search(rf"^  {name}:", body, re.MULTILINE), f"{fid}: no field {name}"
    events = re.findall(r"^  (\w+):\n    m_PersistentCalls:\n      m_Calls: \[\]$", scene, re.M)
    assert events == ["spawned", "revised", "textChanged", "failed", "judged", "completed"]
    proc = subprocess.run(
        [sys.executable, str(BRIDGE / "tools" / "sample_scene.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr


def missing_required_components(scene: str) -> list[str]:
    """Each [RequireComponent] of a script in the scene whose required script is not on the same
    GameObject, as "GameObject: Script needs Required": Unity adds them when a component is added in
    the editor, not when it loads a scene that lacks them."""
    docs = scene_documents(scene)
    scripts = {guid_of(m): m.with_suffix("") for m in PACKAGE.rglob("*.cs.meta")}
    on: dict[str, set[str]] = {}
    for class_id, _, body in docs:
        guid = re.search(r"m_Script: \{fileID: 11500000, guid: (\w+), type: 3\}", body)
        if class_id == 114 and guid:
            go = re.search(r"m_GameObject: \{fileID: (\d+)\}", body).group(1)  # type: ignore[union-attr]
            on.setdefault(go, set()).add(scripts[guid.group(1)].stem)
    missing = []
    for go, names in sorted(on.items()):
        for name in sorted(names):
            path = next(p for p in scripts.values() if p.stem == name)
            for needed in re.findall(r"\[RequireComponent\(typeof\((\w+)\)\)\]", path.read_text()):
                if needed not in names:
                    missing.append(f"{go}: {name} needs {needed}")
    return missing


def test_the_sample_scene_has_every_component_its_scripts_require() -> None:
    scene = next((PACKAGE / "Samples~" / "XR Conjurer").glob("*.unity")).read_text()
    assert missing_required_components(scene) == []
    # The microphone the sample streams from is set to push-to-talk: releasing the button ends it.
    mic = guid_of(PACKAGE / "Runtime" / "Unity" / "FigmentMicrophone.cs.meta")
    body = next(b for c, _, b in scene_documents(scene) if c == 114 and mic in b)
    assert re.search(r"^  pushToTalk: 1$", body, re.MULTILINE)


def test_the_required_component_check_can_fail() -> None:
    scene = next((PACKAGE / "Samples~" / "XR Conjurer").glob("*.unity")).read_text()
    mic = guid_of(PACKAGE / "Runtime" / "Unity" / "FigmentMicrophone.cs.meta")
    without = "".join(f"--- !u!{c} &{f}\n{b}" for c, f, b in scene_documents(scene) if mic not in b)
    assert missing_required_components(without) == ["300000: XRConjurer needs FigmentMicrophone"]


def test_the_serialized_field_reader_can_fail() -> None:
    spawner = PACKAGE / "Runtime" / "Unity" / "FigmentSpawner.cs"
    fields = serialized_fields(spawner)
    assert fields[:3] == ["client", "anchor", "distance"] and "completed" in fields
    assert "_marker" not in fields and "Consent" not in fields and "Heard" not in fields
