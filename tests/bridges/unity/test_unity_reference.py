"""The reference assemblies the Unity layer compiles against (``bridges/unity/tools/reference``).

They are generated from Unity's and glTFast's own C# sources, so they catch what hand-written stubs
could not: a call to an ``[Obsolete]`` member, a member of ours that hides one of Unity's, a name
that two ``using`` directives make ambiguous. The reader of C# declarations behind the generator is
tested here too, and, when clones of the sources are at hand, the committed output is checked to be
exactly what the generator makes of them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
TOOLS = REPO / "bridges" / "unity" / "tools" / "reference"
sys.path.insert(0, str(TOOLS))

from csharp_decls import Model, finish, parse_file, preprocess, tokenize  # noqa: E402

# Environment variables naming local clones, for the freshness check.
CLONES = {"unity": "FIGMENT_UNITY_CS_REFERENCE", "gltfast": "FIGMENT_GLTFAST_SOURCE"}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The three reference assemblies, built with mcs as run-tests.sh builds them."""
    if shutil.which("mcs") is None:
        pytest.skip("mcs not installed: apt-get install -y mono-devel")
    out = tmp_path_factory.mktemp("reference")
    for name, refs in (
        ("UnityEngine", []),
        ("UnityEditor", ["UnityEngine"]),
        ("glTFast", ["UnityEngine"]),
    ):
        proc = subprocess.run(
            ["mcs", "-langversion:7.2", "-target:library", "-warn:0", "-unsafe",
             f"-out:{out / name}.dll", *[f"-r:{out / r}.dll" for r in refs], str(TOOLS / f"{name}.cs")],
            capture_output=True, text=True,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stdout + proc.stderr
    return out


def compile_snippet(reference: Path, tmp_path: Path, code: str) -> str:
    """mcs output for ``code`` compiled as the bridge is (C# 7.2, warnings as errors); "" if clean."""
    src = tmp_path / "snippet.cs"
    src.write_text(code)
    proc = subprocess.run(
        ["mcs", "-langversion:7.2", "-target:library", "-warnaserror+", "-warn:4",
         f"-out:{tmp_path / 'snippet.dll'}", f"-r:{reference / 'UnityEngine.dll'}",
         f"-r:{reference / 'glTFast.dll'}", str(src)],
        capture_output=True, text=True,
    )  # fmt: skip
    return "" if proc.returncode == 0 else proc.stdout + proc.stderr


@pytest.mark.parametrize(
    ("why", "code", "error"),
    [
        (
            "an obsolete overload (AudioClip.Create with _3D) is an error with warnings as errors",
            'using UnityEngine;\nclass A { object F() { return AudioClip.Create("n", 1, 1, 1, false, false); } }',
            "CS0618",
        ),
        (
            "a field hiding Component.light (an obsolete member the stubs never declared)",
            "using UnityEngine;\nclass B : MonoBehaviour { public Light light; }",
            "CS0108",
        ),
        (
            "Material under `using GLTFast.Schema; using UnityEngine;`",
            "using GLTFast.Schema;\nusing UnityEngine;\nclass C { public Material M; }",
            "CS0104",
        ),
        (
            "RenderPipeline under `using GLTFast; using UnityEngine.Rendering;`",
            "using GLTFast;\nusing UnityEngine.Rendering;\nclass D { public RenderPipeline P; }",
            "CS0104",
        ),
        (
            "a wrong argument type to a real method",
            "using UnityEngine;\nclass E { object F() { return Resources.GetBuiltinResource<Font>(1); } }",
            "CS1503",
        ),
    ],
)
def test_the_reference_catches_what_unity_would_refuse(
    reference: Path, tmp_path: Path, why: str, code: str, error: str
) -> None:
    out = compile_snippet(reference, tmp_path, code)
    assert error in out, f"{why}: expected {error}, got:\n{out or 'a clean compile'}"


def test_the_same_api_used_rightly_compiles(reference: Path, tmp_path: Path) -> None:
    """The control for the cases above: they fail for the reason named, not for a missing name."""
    code = """using System.Threading;
using GLTFast;
using GLTFast.Logging;
using UnityEngine;
using Object = UnityEngine.Object;
class Ok : MonoBehaviour
{
    public Light Glow = null;
    async void F(byte[] glb, CancellationToken ct)
    {
        var clip = AudioClip.Create("n", 1, 1, 1, false);
        var font = Resources.GetBuiltinResource<Font>("LegacyRuntime.ttf");
        var label = gameObject.AddComponent<TextMesh>();
        label.font = font;
        GetComponent<MeshRenderer>().sharedMaterial = font.material;
        var logger = new CollectingLogger();
        using (var import = new GltfImport(null, null, null, logger))
        {
            if (await import.Load(glb, null, null, ct))
                await import.InstantiateMainSceneAsync(transform, ct);
        }
        foreach (var item in logger.Items)
            if (item.Code == LogCode.ShaderMissing && item.Type != LogType.Log) Debug.LogWarning(item.ToString());
        Object.Destroy(clip);
    }
}
"""
    assert compile_snippet(reference, tmp_path, code) == ""


def test_the_reference_says_where_it_comes_from() -> None:
    for name, source in (
        ("UnityEngine", "UnityCsReference at branch 2022.3"),
        ("UnityEditor", "UnityCsReference at branch 2022.3"),
        ("glTFast", "com.unity.cloud.gltfast at 8e1c19f1 (the tree released as 6.14.1)"),
    ):
        head = (TOOLS / f"{name}.cs").read_text()[:600]
        assert "<auto-generated>" in head and source in head, name


def test_preprocessor_branches() -> None:
    text = "#if A && !B\none\n#elif C\ntwo\n#else\nthree\n#endif\n#if (A || B) && C\nfour\n#endif\n"
    assert preprocess(text, {"A"}).split() == ["one"]
    assert preprocess(text, {"A", "B", "C"}).split() == ["two", "four"]
    assert preprocess(text, set()).split() == ["three"]
    nested = "#if A\n#if B\nx\n#else\ny\n#endif\n#else\nz\n#endif\n"
    assert preprocess(nested, {"A"}).split() == ["y"]
    assert preprocess(nested, {"B"}).split() == ["z"]


def test_tokens_skip_comments_and_keep_literals_whole() -> None:
    code = 'var s = $"a {(x ? "}" : "{")} b"; // c { \n/* { */ @"q""{" ;'
    assert tokenize(code) == ["var", "s", "=", '$"a {(x ? "}" : "{")} b"', ";", '@"q""{"', ";"]


def test_declarations_are_read_with_their_members() -> None:
    model = Model()
    source = """using System;
namespace N
{
    using Inner;
    public partial struct V : IEquatable<V>
    {
        public float x, y = 2, z;
        public const int K = 1 << 2;
        public V(float x) : this() { }
        public static bool operator >=(V a, V b) => true;
        public (int, int) Pair(int a = 3) { return (a, a); }
        public T Get<T>() where T : class { return null; }
        public float this[int i] { get { return x; } private set { } }
        [Obsolete("no")] public event Action Changed;
        internal int Hidden;
        public delegate void Callback(V v);
    }
}
"""
    parse_file("v.cs", source, set(), model, "test")
    finish(model)
    v = model.types["N.V`0"]
    members = {(m.kind, m.name) for p in v.pieces for m in p.members}
    assert {("field", "z"), ("field", "K"), ("ctor", "V"), ("operator", "operator >="),
            ("method", "Pair"), ("method", "Get"), ("indexer", "this[]"), ("event", "Changed"),
            ("type", "Callback")} <= members  # fmt: skip
    fields = next(m for p in v.pieces for m in p.members if m.name == "z")
    assert fields.header == ["float", "x", ",", "y", ",", "z"]
    ctor = next(m for p in v.pieces for m in p.members if m.kind == "ctor")
    assert ctor.header[-1] == ")", "the constructor initializer is not part of the signature"
    hidden = next(m for p in v.pieces for m in p.members if m.name == "Hidden")
    assert not hidden.is_visible
    assert "N.V`0.Callback`0" in model.all
    assert [u[1:] for u in v.pieces[0].usings] == [["System"], ["Inner"]]


def test_the_committed_output_is_what_the_generator_makes(tmp_path: Path) -> None:
    """Only where clones of the two source repositories are at hand (CI has no network)."""
    clones = {k: os.environ.get(v) for k, v in CLONES.items()}
    if not all(clones.values()):
        pytest.skip("set " + " and ".join(CLONES.values()) + " to local clones to check this")
    proc = subprocess.run(
        [sys.executable, str(TOOLS / "generate.py"), "--unity", clones["unity"],
         "--gltfast", clones["gltfast"], "--out", str(tmp_path)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    for name in (
        "UnityEngine.cs",
        "UnityEditor.cs",
        "glTFast.cs",
        "modules.json",
        "assemblies.json",
    ):
        assert (tmp_path / name).read_text() == (TOOLS / name).read_text(), f"{name} is stale"
