#!/usr/bin/env bash
# Runs the package's tests in a real Unity editor (2022.3 or later), in batch mode: Edit Mode
# (Tests/Editor) then Play Mode (Tests/Runtime), and ends with "N passed, N failed".
#
#   UNITY=/path/to/Unity bridges/unity/run-unity-tests.sh [PROJECT_DIR]
#
# The checks only a real editor can make: the Unity layer's behaviour, glTFast loading a GLB, the
# package importing cleanly. PROJECT_DIR (default: a new temporary directory) becomes a bare project
# whose Packages/manifest.json embeds this package from disk as testable, with the Test Framework;
# Unity creates the rest of the project on first open. For the live tests, start `figment serve`
# and export FIGMENT_GATEWAY_URL (and FIGMENT_TOKEN) first. run-tests.sh is the check without Unity.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
unity="${UNITY:-}"
[ -n "$unity" ] && [ -x "$unity" ] || { echo "set UNITY to the Unity editor executable (2022.3 or later)"; exit 2; }
project="${1:-$(mktemp -d -t figment-unity-project.XXXXXX)}"
mkdir -p "$project/Assets" "$project/Packages"
cat > "$project/Packages/manifest.json" <<EOF
{
  "dependencies": {
    "com.figment.bridge": "file:$here/com.figment.bridge",
    "com.unity.test-framework": "1.1.33"
  },
  "testables": ["com.figment.bridge"]
}
EOF

passed_total=0
failed_total=0
for platform in EditMode PlayMode; do
    results="$project/results-$platform.xml"
    rm -f "$results"
    # -runTests quits by itself; its exit code is 2 when tests failed, 3 when the run could not start.
    set +e
    "$unity" -batchmode -nographics -projectPath "$project" -runTests -testPlatform "$platform" \
        -testResults "$results" -logFile "$project/unity-$platform.log"
    code=$?
    set -e
    if [ ! -f "$results" ]; then
        echo "$platform: Unity wrote no results (exit $code); see $project/unity-$platform.log"
        echo "0 passed, 1 failed"
        exit 1
    fi
    attr() { sed -n "s/.*<test-run [^>]*\b$1=\"\([0-9]*\)\".*/\1/p" "$results" | head -n1; }
    passed=$(attr passed); failed=$(attr failed); skipped=$(attr skipped)
    echo "$platform: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped ($results)"
    passed_total=$(( passed_total + ${passed:-0} ))
    failed_total=$(( failed_total + ${failed:-0} ))
    [ "$code" -eq 0 ] || [ "$code" -eq 2 ] || failed_total=$(( failed_total + 1 ))
done
echo "$passed_total passed, $failed_total failed"
[ "$failed_total" -eq 0 ]
