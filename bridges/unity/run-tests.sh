#!/usr/bin/env bash
# Builds and tests the Unity bridge without Unity, and ends with the line "N passed, N failed".
#
#   1. mcs (C# 7.2, warnings as errors) compiles the engine-free core, Runtime/Core.
#   2. The Unity layer, the editor window, the sample and the runtime tests are compiled against
#      tests/bridges/unity/UnityStubs: a signature check of the Unity API they call, not a behaviour test.
#   3. NUnit 2.6 runs Tests/Editor: unit tests of the core, and live tests against a running daemon when
#      FIGMENT_GATEWAY_URL is set (http://127.0.0.1:PORT/; FIGMENT_TOKEN if it has one). Without it the
#      live tests are reported as skipped. tests/bridges/unity/test_unity_bridge.py starts a daemon for them.
#   4. Every package file has a .meta with a stored, unique GUID (tools/unity_meta.py --check).
#
# Needs Debian: mono-devel nunit-console libnunit-cil-dev (python3 for the .meta check).
# Build output goes to $FIGMENT_UNITY_BUILD (default: a new temporary directory).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
pkg="$here/com.figment.bridge"
stubs="$here/../../tests/bridges/unity/UnityStubs"
out="${FIGMENT_UNITY_BUILD:-$(mktemp -d -t figment-unity.XXXXXX)}"
mkdir -p "$out/stubs"

nunit_framework="${NUNIT_FRAMEWORK:-$(ls /usr/lib/cli/nunit.framework-2.6*/nunit.framework.dll 2>/dev/null | head -n1)}"
nunit_console="${NUNIT_CONSOLE:-nunit-console}"
for tool in mcs mono "$nunit_console"; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y mono-devel nunit-console libnunit-cil-dev"; echo "0 passed, 1 failed"; exit 1; }
done
[ -f "$nunit_framework" ] || { echo "missing nunit.framework.dll: apt-get install -y libnunit-cil-dev"; echo "0 passed, 1 failed"; exit 1; }

strict=(-langversion:7.2 -warnaserror+ -warn:4 -debug -target:library)

# compile NAME DIR [mcs options...]: every .cs under DIR into $out/NAME.dll.
compile() {
    local name="$1" dir="$2"
    shift 2
    local files=()
    while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$dir" -name '*.cs' -print0 | sort -z)
    if ! mcs "$@" -out:"$out/$name.dll" "${files[@]}"; then
        echo "build failed: $name"
        echo "0 passed, 1 failed"
        exit 1
    fi
    echo "built $name (${#files[@]} files)"
}

core="$out/Figment.Bridge.Core.dll"
compile Figment.Bridge.Core "$pkg/Runtime/Core" "${strict[@]}" -r:System.Net.Http.dll

# The stubs are not product code: no warnings-as-errors, and their members only throw.
stub() {
    local name="$1" file="$2"
    shift 2
    mcs -langversion:7.2 -target:library -nowarn:660,661 -out:"$out/stubs/$name.dll" "$@" "$stubs/$file" \
        || { echo "build failed: stub $name"; echo "0 passed, 1 failed"; exit 1; }
}
stub UnityEngine UnityEngine.cs
stub UnityEditor UnityEditor.cs -r:"$out/stubs/UnityEngine.dll"
stub glTFast GLTFast.cs -r:"$out/stubs/UnityEngine.dll"
engine=(-r:"$out/stubs/UnityEngine.dll")

compile Figment.Bridge "$pkg/Runtime/Unity" "${strict[@]}" -r:"$core" "${engine[@]}" -r:"$out/stubs/glTFast.dll"
compile Figment.Bridge.Editor "$pkg/Editor" "${strict[@]}" -r:"$core" -r:"$out/Figment.Bridge.dll" "${engine[@]}" -r:"$out/stubs/UnityEditor.dll"
compile Figment.Bridge.Samples.XRConjurer "$pkg/Samples~/XR Conjurer" "${strict[@]}" -r:"$core" -r:"$out/Figment.Bridge.dll" "${engine[@]}"
compile Figment.Bridge.Tests "$pkg/Tests/Runtime" "${strict[@]}" -r:"$core" -r:"$out/Figment.Bridge.dll" "${engine[@]}" -r:"$nunit_framework"
compile Figment.Bridge.Editor.Tests "$pkg/Tests/Editor" "${strict[@]}" -r:"$core" -r:System.Net.Http.dll -r:"$nunit_framework"

meta_failed=0
if command -v python3 >/dev/null; then
    if python3 "$here/tools/unity_meta.py" --check; then echo "meta files: ok"; else meta_failed=1; fi
else
    echo "meta files: not checked (no python3)"
fi

if [ -z "${FIGMENT_GATEWAY_URL:-}" ]; then
    echo "FIGMENT_GATEWAY_URL is not set: live tests will be skipped"
fi
# Stack frames inside NUnit and reflection say nothing about the bridge: leave them out of the log.
( cd "$out" && "$nunit_console" -nologo -labels -xml="$out/TestResult.xml" "$out/Figment.Bridge.Editor.Tests.dll" 2>&1 ) \
    | grep -Ev '^ +at (NUnit\.|System\.Reflection\.|\(wrapper )' || true

xml="$out/TestResult.xml"
[ -f "$xml" ] || { echo "NUnit wrote no result"; echo "0 passed, 1 failed"; exit 1; }
attr() { sed -n "s/.*<test-results [^>]*\b$1=\"\([0-9]*\)\".*/\1/p" "$xml" | head -n1; }
total=$(attr total); errors=$(attr errors); failures=$(attr failures)
inconclusive=$(attr inconclusive); skipped=$(( $(attr not-run) ))
failed=$(( errors + failures + meta_failed ))
passed=$(( total - errors - failures - inconclusive ))
echo "results: $xml"
[ "$skipped" -eq 0 ] || echo "$skipped skipped"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
