#!/usr/bin/env python3
"""Prints the mcs reference options an assembly definition (.asmdef) gives its code, as Unity would.

run-tests.sh compiles each assembly of the package with exactly what its .asmdef references, so a
reference missing from an .asmdef fails here as it would in Unity, and a reference to an assembly
that does not exist fails too. Known assemblies: the package's own .asmdef names (built into
BUILD_DIR) and the other packages' assemblies in tools/reference/assemblies.json (read from
glTFast's own .asmdef files by tools/reference/generate.py).

    asmdef_refs.py ASMDEF BUILD_DIR NUNIT_FRAMEWORK_DLL
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent / "com.figment.bridge"
# Assemblies of the test framework: they hold the Unity test runner, which NUnit runs without here.
RUNNER = {"UnityEngine.TestRunner", "UnityEditor.TestRunner"}


def own_assemblies(package: Path) -> set[str]:
    return {json.loads(p.read_text())["name"] for p in package.rglob("*.asmdef")}


def reference_options(asmdef: Path, build: Path, nunit: str) -> list[str]:
    """The ``-r:`` options for ``asmdef``; raises ValueError for a reference to nothing known."""
    spec = json.loads(asmdef.read_text())
    external = json.loads((HERE / "reference" / "assemblies.json").read_text())
    own = own_assemblies(PACKAGE)
    out = []
    for name in spec.get("references", []):
        if name in own:
            out.append(f"-r:{build / name}.dll")
        elif name == "glTFast" and name in external:
            out.append(f"-r:{build / 'reference' / name}.dll")
        elif name in RUNNER and name in external:
            continue
        else:
            raise ValueError(f"{asmdef.name} references {name!r}, which is no known assembly")
    for dll in spec.get("precompiledReferences", []):
        if dll != "nunit.framework.dll" or dll not in external:
            raise ValueError(f"{asmdef.name} references the unknown precompiled {dll!r}")
        out.append(f"-r:{nunit}")
    if not spec.get("noEngineReferences", False):
        out.append(f"-r:{build / 'reference' / 'UnityEngine.dll'}")
        if spec.get("includePlatforms") == ["Editor"]:
            out.append(f"-r:{build / 'reference' / 'UnityEditor.dll'}")
    return out


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    try:
        print("\n".join(reference_options(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])))
    except ValueError as e:
        sys.exit(str(e))
