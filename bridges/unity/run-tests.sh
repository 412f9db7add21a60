#!/usr/bin/env bash
# Builds and tests the Unity bridge without Unity, and ends with the line "N passed, N failed".
#
#   1. mcs (C# 7.2, warnings as errors) compiles the engine-free core, Runtime/Core.
#   2. The Unity layer, the editor window, the sample and the runtime tests are compiled (warnings as
#      errors too) against tools/reference: reference assemblies generated from the real sources of
#      Unity 2022.3 and glTFast 6.14 (signatures, [Obsolete], every public name of the namespaces the
#      bridge imports). A compile check of the API they call, not a behaviour test.
#   3. NUnit 2.6 runs Tests/Editor: unit tests of the core, and live tests against a running daemon when
#      FIGMENT_GATEWAY_URL is set (http://127.0.0.1:PORT/; FIGMENT_TOKEN if it has one). Without it the
#      live tests are reported as skipped. tests/bridges/unity/test_unity_bridge.py starts a daemon for them.
#   4. Every package file has a .meta with a stored, unique GUID (tools/unity_meta.py --check).
#
# Needs Debian: mono-devel nunit-console libnunit-cil-dev python3. FIGMENT_UNITY_BUILD_ONLY=1 stops after step 2.
# Build output goes to $FIGMENT_UNITY_BUILD (default: a new temporary directory).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
pkg="$here/com.figment.bridge"
reference="$here/tools/reference"
out="${FIGMENT_UNITY_BUILD:-$(mktemp -d -t figment-unity.XXXXXX)}"
mkdir -p "$out/reference"

nunit_framework="${NUNIT_FRAMEWORK:-$(ls /usr/lib/cli/nunit.framework-2.6*/nunit.framework.dll 2>/dev/null | head -n1)}"
nunit_console="${NUNIT_CONSOLE:-nunit-console}"
for tool in mcs mono "$nunit_console" python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y mono-devel nunit-console libnunit-cil-dev python3"; echo "0 passed, 1 failed"; exit 1; }
done
[ -f "$nunit_framework" ] || { echo "missing nunit.framework.dll: apt-get install -y libnunit-cil-dev"; echo "0 passed, 1 failed"; exit 1; }

strict=(-langversion:7.2 -warnaserror+ -warn:4 -debug -target:library)

# The reference assemblies are generated declarations, not product code: their warnings are not ours.
reference() {
    local name="$1"
    shift
    mcs -langversion:7.2 -target:library -warn:0 -unsafe -out:"$out/reference/$name.dll" "$@" "$reference/$name.cs" \
        || { echo "build failed: reference $name"; echo "0 passed, 1 failed"; exit 1; }
}
reference UnityEngine
reference UnityEditor -r:"$out/reference/UnityEngine.dll"
reference glTFast -r:"$out/reference/UnityEngine.dll"

# compile DIR [mcs options...]: every .cs under DIR into the assembly its .asmdef names, with the
# references that .asmdef gives it (tools/asmdef_refs.py) and nothing else, as in Unity.
compile() {
    local dir="$1"
    shift
    local asmdef name refs files=()
    asmdef="$(find "$dir" -maxdepth 1 -name '*.asmdef' | head -n1)"
    name="$(basename "$asmdef" .asmdef)"
    if ! refs="$(python3 "$here/tools/asmdef_refs.py" "$asmdef" "$out" "$nunit_framework")"; then
        echo "build failed: $name"
        echo "0 passed, 1 failed"
        exit 1
    fi
    local ref_args=()
    while IFS= read -r r; do [ -n "$r" ] && ref_args+=("$r"); done <<< "$refs"
    while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$dir" -name '*.cs' -print0 | sort -z)
    if ! mcs "${strict[@]}" "${ref_args[@]}" "$@" -out:"$out/$name.dll" "${files[@]}"; then
        echo "build failed: $name"
        echo "0 passed, 1 failed"
        exit 1
    fi
    echo "built $name (${#files[@]} files)"
}

# System.Net.Http is one of the .NET assemblies Unity references for every script.
compile "$pkg/Runtime/Core" -r:System.Net.Http.dll
compile "$pkg/Runtime/Unity"
compile "$pkg/Editor"
compile "$pkg/Samples~/XR Conjurer"
compile "$pkg/Tests/Runtime"
compile "$pkg/Tests/Editor" -r:System.Net.Http.dll

if [ -n "${FIGMENT_UNITY_BUILD_ONLY:-}" ]; then
    echo "built into $out"
    exit 0
fi

meta_failed=0
if python3 "$here/tools/unity_meta.py" --check; then echo "meta files: ok"; else meta_failed=1; fi

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
