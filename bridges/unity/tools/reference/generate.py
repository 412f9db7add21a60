#!/usr/bin/env python3
"""Generates the reference assemblies the Unity layer is compiled against outside Unity.

They are a faithful subset of the real APIs, read from their public C# sources: Unity's C#
reference source (Unity-Technologies/UnityCsReference, branch 2022.3) and glTFast
(Unity-Technologies/com.unity.cloud.gltfast, the tree released as 6.14.1). ``api.json`` names what
to take:

- ``members``: types with the members the bridge uses, each with every overload of that name;
- ``full``: types the bridge derives from (MonoBehaviour, ScriptableObject, EditorWindow...), with
  every public and protected member, so that a member of ours that hides or clashes with one of
  theirs is a compile error, as in Unity;
- ``namespaces``: every public type of the namespaces the bridge imports, as empty shells, so that
  two ``using`` directives that bring the same name into scope are ambiguous here as they are in
  Unity (``GLTFast.RenderPipeline`` is not ``UnityEngine.Rendering.RenderPipeline``).

Signatures are copied with their ``[Obsolete]`` attributes (the bridge compiles with warnings as
errors, so an obsolete call fails), bases and constraints; everything they mention is added as a
shell. Bodies throw: the output declares, it does not behave. The output (``*.cs`` beside this
file, plus ``modules.json``: the Unity module of each UnityEngine type, and ``assemblies.json``) is
committed, since CI cannot reach the sources. Regenerate after changing ``api.json``::

    git clone https://github.com/Unity-Technologies/UnityCsReference
    git clone https://github.com/Unity-Technologies/com.unity.cloud.gltfast
    python bridges/unity/tools/reference/generate.py --unity UnityCsReference \\
        --gltfast com.unity.cloud.gltfast

Members that do not compile with Mono's mcs (C# 7, Mono's class library: ``Span<T>``, C# 8
syntax) are left out and listed in the header of each file.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from csharp_decls import (
    Member,
    Model,
    Piece,
    TypeDecl,
    finish,
    params_at,
    parse_file,
    render,
    split_commas,
    top_index,
    top_tokens,
)

HERE = Path(__file__).resolve().parent
KEPT_ATTRIBUTES = {"Obsolete", "ObsoleteAttribute", "AttributeUsage", "Flags"}
OBJECT_VIRTUALS = {"ToString", "Equals", "GetHashCode"}
# Interfaces of the .NET class library that reference types implement: explicit members that keep
# the type a valid implementation whatever subset of its own members is emitted.
BCL_INTERFACES = {
    "IEnumerable": ["System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator()"],
    "IEnumerable<>": [
        "System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator()",
        "System.Collections.Generic.IEnumerator<{0}> System.Collections.Generic.IEnumerable<{0}>.GetEnumerator()",
    ],
    "IEquatable<>": ["bool System.IEquatable<{0}>.Equals({0} other)"],
    "IFormattable": ["string System.IFormattable.ToString(string format, System.IFormatProvider formatProvider)"],
    "IDisposable": ["void System.IDisposable.Dispose()"],
    "IComparable": ["int System.IComparable.CompareTo(object obj)"],
    "IComparable<>": ["int System.IComparable<{0}>.CompareTo({0} other)"],
}  # fmt: skip
LITERAL = re.compile(r'^-?[0-9.]|^"|^@"|^\'|^(null|true|false)$')


def git_files(repo: Path, ref: str, roots: list[str]) -> dict[str, str]:
    """The text of every .cs file under ``roots`` at ``ref`` of a local clone."""
    names = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "-r", "--name-only", ref, *roots],
        capture_output=True, text=True, check=True,
    ).stdout.split("\n")  # fmt: skip
    names = [n for n in names if n.endswith(".cs")]
    proc = subprocess.Popen(
        ["git", "-C", str(repo), "cat-file", "--batch"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None
    out = {}
    for name in names:
        proc.stdin.write(f"{ref}:{name}\n".encode())
        proc.stdin.flush()
        size = int(proc.stdout.readline().split()[2])
        out[name] = proc.stdout.read(size).decode("utf-8-sig", "replace")
        proc.stdout.read(1)
    proc.stdin.close()
    proc.wait()
    return out


@dataclass
class Want:
    """What to emit of one type."""

    mode: str  # shell, members, full
    names: set[str] = field(default_factory=set)
    nested: set[str] = field(default_factory=set)  # keys of nested types to emit inside it


class Generator:
    def __init__(self, model: Model, config: dict, labels: dict[str, str]) -> None:
        self.model = model
        self.config = config
        self.labels = labels  # source path → source label
        self.want: dict[str, Want] = {}
        self.dropped: dict[tuple[str, int], str] = {}  # (type key, member line) → why
        self.bad_bases: dict[str, set[str]] = {}  # type key → bases that do not resolve here
        self.heads: dict[tuple[str, int], list[str]] = {}
        self.pending: list[str] = []

    # ---- what to emit
    def need(self, key: str, mode: str = "shell", names: set[str] | None = None) -> None:
        decl = self.model.all.get(key)
        if decl is None:
            return
        if decl.outer is not None:
            self.need(decl.outer.key)
            self.want[decl.outer.key].nested.add(key)
        rank = {"shell": 0, "members": 1, "full": 2}
        want = self.want.get(key)
        if want is None:
            want = self.want[key] = Want(mode)
            self.pending.append(key)
        elif rank[mode] > rank[want.mode]:
            want.mode = mode
            self.pending.append(key)
        if names:
            new = names - want.names
            if new:
                want.names |= new
                self.pending.append(key)

    def select(self) -> None:
        for assembly in self.config["assemblies"].values():
            label = assembly["source"]
            for ns in assembly.get("namespaces", []):
                for key, decl in self.model.types.items():
                    public = decl.namespace == ns and decl.outer is None and decl.is_public
                    if public and self.model.origin[key] == label:
                        self.need(key)
            for key in assembly.get("full", []):
                self.need(self.key(key), "full")
            for key, names in assembly.get("members", {}).items():
                self.need(self.key(key), "members", set(names))
        while self.pending:
            key = self.pending.pop()
            decl = self.model.all[key]
            for piece, members in self.pieces(decl):
                self.closure(decl, piece, members)

    def key(self, name: str) -> str:
        """``UnityEngine.Object``, ``UnityEngine.Events.UnityEvent`1`` or
        ``UnityEditor.EditorGUI.DisabledScope`` (a nested type), as a model key."""
        if not hasattr(self, "_display"):
            self._display: dict[str, str] = {}
            stack = list(self.model.types.values())
            while stack:
                decl = stack.pop()
                stack += decl.nested.values()
                self._display[re.sub(r"`0(?=\.|$)", "", decl.key)] = decl.key
        key = self._display.get(name)
        if key is None:
            raise SystemExit(f"api.json names {name}, which the sources do not declare")
        return key

    def own_pieces(self, decl: TypeDecl) -> list[Piece]:
        """Pieces read from the type's own source (an editor file can add to an engine type)."""
        top = decl
        while top.outer is not None:
            top = top.outer
        label = self.model.origin[top.key]
        return [p for p in decl.pieces if self.labels.get(p.path) == label]

    def pieces(self, decl: TypeDecl) -> list[tuple[Piece, list[Member]]]:
        """The pieces of ``decl`` to emit, each with its members to emit."""
        want = self.want[decl.key]
        out = []
        for n, piece in enumerate(self.own_pieces(decl)):
            members = [m for m in piece.members if self.emits(decl, piece, m, want)]
            if n == 0 or members or piece.bases:
                out.append((piece, members))
        return out

    def emits(self, decl: TypeDecl, piece: Piece, m: Member, want: Want) -> bool:
        if (decl.key, m.line) in self.dropped:
            return False
        if m.kind == "type":
            return m.nested is not None and m.nested.key in want.nested
        if m.kind == "enum_member":
            return True
        visible = m.is_visible or decl.kind == "interface"
        if not visible or "fixed" in m.modifiers or (m.kind == "ctor" and "static" in m.modifiers):
            return False
        if m.name.startswith("~"):
            return False
        if want.mode == "full":
            return True
        if decl.kind == "struct" and m.kind == "field" and "static" not in m.modifiers:
            return True  # a struct's layout is its fields
        if want.mode == "members":
            return member_id(m) in want.names or _operator_pair(m) in want.names
        return False

    def closure(self, decl: TypeDecl, piece: Piece, members: list[Member]) -> None:
        scope = Scope(self.model, decl, piece)
        for base in piece.bases:
            for key in scope.types_in(base):
                self.need(key)
        if piece.kind == "delegate":
            for key in scope.types_in(piece.delegate):
                self.need(key)
        if self.want[decl.key].mode != "shell":
            for key in scope.types_in(piece.constraints):
                self.need(key)
        for m in members:
            if m.kind != "type":
                for key in scope.types_in(m.header, method_params(m)):
                    self.need(key)

    # ---- emission
    def emit(self, assembly: str) -> tuple[str, dict[int, tuple[str, int]]]:
        """The C# source of one assembly, and which (type, member line) each output line holds."""
        label = self.config["assemblies"][assembly]["source"]
        self.visible = {label, "engine"}
        lines: list[str] = []
        where: dict[int, tuple[str, int]] = {}
        for key in sorted(self.want):
            decl = self.model.all[key]
            if decl.outer is not None or self.model.origin[key] != label:
                continue
            for piece, members in self.pieces(decl):
                # One block per namespace segment, each using directive in the block of the
                # namespace it was written in (a file's own usings in the outermost one): names
                # then resolve as in the source, where UnityEngine.Object wins over System.Object
                # inside UnityEngine.Rendering.
                segments = piece.namespace.split(".") if piece.namespace else []
                for depth, segment in enumerate(segments):
                    pad = "    " * depth
                    lines += [pad + f"namespace {segment}", pad + "{"]
                    here = ".".join(segments[: depth + 1])
                    for using in piece.usings:
                        level, tokens = using[0], using[1:]
                        if level == here or (depth == 0 and level == ""):
                            text = self.using(tokens, level)
                            if text:
                                lines.append(pad + "    " + text)
                first = piece is self.own_pieces(decl)[0]
                self.emit_type(decl, piece, members, lines, where, max(1, len(segments)), first)
                for depth in range(len(segments) - 1, -1, -1):
                    lines.append("    " * depth + "}")
        return "\n".join(lines) + "\n", where

    def using(self, tokens: list[str], inside: str) -> str:
        """A using directive to copy, or "" when it names a namespace the reference lacks."""
        text = render(tokens)
        if "=" not in text and tokens[0] != "static":
            full = full_namespace(self.model, text, inside)
            if full == "System" or full.startswith("System."):
                return f"using {full};"
            return f"using {full};" if self.has_namespace(full) else ""
        target = text.split("=", 1)[-1].strip()
        if tokens[0] == "static":
            target = text.removeprefix("static").strip()
            return "" if self.declared(target) is None else f"using {text};"
        root = target.split("<")[0].removeprefix("global::")
        if root == "System" or root.startswith("System."):
            return f"using {text};"
        if "=" in text:
            return f"using {text};" if self.declared(root) or self.has_namespace(root) else ""
        return f"using {text};" if self.has_namespace(root) else ""

    def declared(self, name: str) -> str | None:
        key = name + "`0"
        return key if key in self.want and self.origin_of(key) in self.visible else None

    def has_namespace(self, ns: str) -> bool:
        return any(
            (t.namespace == ns or t.namespace.startswith(ns + "."))
            and self.origin_of(k) in self.visible
            for k, t in ((k, self.model.all[k]) for k in self.want)
        )

    def origin_of(self, key: str) -> str:
        decl = self.model.all[key]
        while decl.outer is not None:
            decl = decl.outer
        return self.model.origin[decl.key]

    def emit_type(
        self,
        decl: TypeDecl,
        piece: Piece,
        members: list[Member],
        lines: list[str],
        where: dict[int, tuple[str, int]],
        depth: int,
        first: bool,
    ) -> None:
        pad = "    " * depth
        want = self.want[decl.key]
        for attr in piece.attrs:
            kept = kept_attribute(attr)
            if kept:
                lines.append(pad + kept)
        every = {x for p in self.own_pieces(decl) for x in p.modifiers}
        mods = [
            m
            for m in ("public", "protected", "static", "sealed", "abstract", "readonly", "unsafe")
            if m in every
        ]
        if "ref" in every:
            mods.append("ref")
        if piece.kind == "delegate":
            where[len(lines)] = (decl.key, -1)
            lines.append(
                pad + " ".join([*mods, "delegate", render(strip_params(piece.delegate))]) + ";"
            )
            return
        head = " ".join([*mods, "partial", piece.kind] if piece.kind != "enum" else [*mods, "enum"])
        name = decl.name + (f"<{', '.join(piece.type_params)}>" if piece.type_params else "")
        bases = []
        scope = Scope(self.model, decl, piece)
        explicit: list[str] = []
        for base in piece.bases:
            key = scope.head(base)
            resolved = [self.model.all[key]] if key in self.want else []
            if resolved:
                if want.mode != "shell" or resolved[0].kind == "class":
                    bases.append(render(base))
                continue
            bcl = bcl_interface(base)
            if bcl is not None and want.mode != "shell" and decl.kind != "interface":
                bases.append(render(base))
                explicit += bcl
            elif not looks_like_interface(base) and render(base) not in self.bad_bases.get(
                decl.key, ()
            ):
                bases.append(render(base))  # a .NET base class: Attribute, Exception, ...
        if piece.underlying:
            bases = [render(piece.underlying)]
        head += f" {name}" + (f" : {', '.join(bases)}" if bases else "")
        if want.mode != "shell" and piece.constraints:
            head += " " + render(piece.constraints)
        where[len(lines)] = (decl.key, -1)
        self.heads[(decl.key, len(lines))] = bases
        lines.append(pad + head)
        lines.append(pad + "{")
        if decl.kind == "enum":
            names = {m.name for m in members}
            for m in members:
                value = m.initializer
                ok = value and all(
                    t in names or LITERAL.match(t) or t in "|&~()<>+-" for t in value
                )
                lines.append(pad + "    " + m.name + (f" = {render(value)}" if ok else "") + ",")
        else:
            for m in members:
                if m.kind == "type":
                    nested = m.nested
                    assert nested is not None
                    for npiece, nmembers in self.pieces(nested):
                        nfirst = npiece is self.own_pieces(nested)[0]
                        self.emit_type(nested, npiece, nmembers, lines, where, depth + 1, nfirst)
                    continue
                text = self.emit_member(decl, m)
                if text:
                    where[len(lines)] = (decl.key, m.line)
                    lines.append(pad + "    " + text)
            for signature in explicit:
                lines.append(pad + "    " + signature + " { throw null; }")
            hidden_ctors = (
                first
                and want.mode != "shell"
                and decl.kind == "class"
                and "static" not in piece.modifiers
                and not self.has_ctor(decl)
                and any(m.kind == "ctor" for p in decl.pieces for m in p.members)
            )
            if (
                hidden_ctors
            ):  # constructors exist but none is public: nobody outside may construct it
                lines.append(pad + f"    internal {decl.name}() {{ throw null; }}")
        lines.append(pad + "}")

    def member_name(self, spot: tuple[str, int]) -> str:
        decl = self.model.all[spot[0]]
        for piece in decl.pieces:
            for m in piece.members:
                if m.line == spot[1]:
                    return m.name
        return "?"

    def has_ctor(self, decl: TypeDecl) -> bool:
        want = self.want[decl.key]
        return any(
            m.kind == "ctor" and self.emits(decl, p, m, want)
            for p in decl.pieces
            for m in p.members
        )

    def emit_member(self, decl: TypeDecl, m: Member) -> str:
        interface = decl.kind == "interface"
        attrs = [a for a in (kept_attribute(x) for x in m.attrs) if a]
        mods = [
            x
            for x in m.modifiers
            if x
            in (
                "public",
                "protected",
                "static",
                "virtual",
                "abstract",
                "new",
                "override",
                "sealed",
                "const",
                "readonly",
                "unsafe",
            )
        ]
        if m.kind != "field":
            mods = [x for x in mods if x != "readonly"]  # readonly members are C# 8
        if "override" in mods and not self.overrides(decl, m):
            mods = [x for x in mods if x not in ("override", "sealed")]
        if interface:
            mods = []
        if "ref" in m.modifiers:
            mods.append("ref readonly" if "readonly" in m.modifiers else "ref")
        header = strip_params(m.header)
        text = " ".join(attrs + mods + [render(header)])
        abstract = interface or "abstract" in mods
        body = ";" if abstract else " { throw null; }"
        if m.kind == "field":
            if "const" in mods:
                value = m.initializer
                literal = len(value) <= 2 and all(LITERAL.match(t) or t == "-" for t in value)
                text += " = " + (
                    render(value) if literal and value else f"default({render(field_type(header))})"
                )
            return text + ";"
        if m.kind in ("property", "indexer"):
            accessors = [
                name for mods_, name in m.accessors if not set(mods_) & {"private", "internal"}
            ]
            if not accessors:
                return ""
            inner = " ".join(f"{a};" if abstract else f"{a} {{ throw null; }}" for a in accessors)
            return f"{text} {{ {inner} }}"
        if m.kind == "event":
            return text + ";"
        return text + body

    def overrides(self, decl: TypeDecl, m: Member) -> bool:
        """Whether an emitted base class declares ``m``'s name (or it is one of object's)."""
        if m.name in OBJECT_VIRTUALS:
            return True
        base = self.base_class(decl)
        while base is not None:
            for _piece, members in self.pieces(base):
                if any(x.name == m.name for x in members):
                    return True
            base = self.base_class(base)
        return False

    def base_class(self, decl: TypeDecl) -> TypeDecl | None:
        for piece in decl.pieces:
            scope = Scope(self.model, decl, piece)
            for base in piece.bases:
                key = scope.head(base)
                if key in self.want and self.model.all[key].kind == "class":
                    return self.model.all[key]
        return None


class Scope:
    """Resolves the type names one piece of source mentions, as the compiler would there."""

    def __init__(self, model: Model, decl: TypeDecl, piece: Piece) -> None:
        self.model = model
        self.decl = decl
        ns = piece.namespace
        self.namespaces = []
        while True:
            self.namespaces.append(ns)
            if not ns:
                break
            ns = ns.rpartition(".")[0]
        self.aliases: dict[str, list[str]] = {}
        for using in piece.usings:
            text = render(using[1:]).removeprefix("static ").replace("global::", "")
            if "=" in text:
                alias, target = (s.strip() for s in text.split("=", 1))
                self.aliases[alias] = target.split(".")
            else:
                self.namespaces.append(full_namespace(model, text, piece.namespace))
        self.type_params = set(piece.type_params)
        outer = decl.outer
        while outer is not None:
            for p in outer.pieces:
                self.type_params |= set(p.type_params)
            outer = outer.outer

    def head(self, tokens: list[str]) -> str | None:
        """The model type a type expression names itself (not its type arguments), or None."""
        found = self.types_in(tokens, first_only=True)
        return next(iter(found), None)

    def types_in(
        self, tokens: list[str], more_params: set[str] | None = None, first_only: bool = False
    ) -> set[str]:
        """Keys of the model types ``tokens`` mention."""
        skip = self.type_params | (more_params or set())
        found = set()
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if not _is_name(tok) or (i > 0 and tokens[i - 1] in (".", "::")):
                i += 1
                continue
            chain, j = [], i
            while j < len(tokens) and _is_name(tokens[j]):
                arity, j = _arity(tokens, j + 1)
                chain.append(
                    (tokens[j - 1] if arity == 0 else tokens[_name_before(tokens, j)], arity)
                )
                if j < len(tokens) and tokens[j] in (".", "::"):
                    j += 1
                    continue
                break
            if tok == "global" and len(chain) > 1:
                chain = chain[1:]
                key = self.absolute(chain)
            elif len(chain) == 1 and chain[0][0] in skip:
                key = None
            else:
                key = self.lookup(chain)
            if key:
                found.add(key)
            if first_only:
                break
            i += 1  # type arguments inside the chain are names too
        return found

    def lookup(self, chain: list[tuple[str, int]]) -> str | None:
        name, arity = chain[0]
        if name in self.aliases and arity == 0:
            target = [(n, 0) for n in self.aliases[name]]
            return self.absolute(target + chain[1:])
        decl: TypeDecl | None = self.decl
        while decl is not None:  # nested types of this type and its outer ones
            nested = decl.nested.get(f"{name}`{arity}")
            if nested is not None:
                return self.walk(nested, chain[1:])
            decl = decl.outer
        for ns in self.namespaces:
            key = f"{ns}.{name}`{arity}" if ns else f"{name}`{arity}"
            if key in self.model.types:
                return self.walk(self.model.types[key], chain[1:])
        for ns in self.namespaces[: len(self.namespaces)]:  # a namespace-qualified name
            key = self.absolute(chain, ns)
            if key:
                return key
        return None

    def absolute(self, chain: list[tuple[str, int]], relative_to: str = "") -> str | None:
        names = [n for n, _ in chain]
        for k in range(len(chain) - 1, 0, -1):
            ns = ".".join(names[:k])
            if relative_to:
                ns = f"{relative_to}.{ns}"
            name, arity = chain[k]
            key = f"{ns}.{name}`{arity}"
            if key in self.model.types:
                return self.walk(self.model.types[key], chain[k + 1 :])
        return None

    def walk(self, decl: TypeDecl, rest: list[tuple[str, int]]) -> str | None:
        for name, arity in rest:
            nested = decl.nested.get(f"{name}`{arity}")
            if nested is None:
                return decl.key
            decl = nested
        return decl.key


def full_namespace(model: Model, name: str, inside: str) -> str:
    """The namespace ``using name;`` means inside namespace ``inside`` (it may be relative)."""
    ns = inside
    while ns:
        if f"{ns}.{name}" in model.namespaces:
            return f"{ns}.{name}"
        ns = ns.rpartition(".")[0]
    return name


def _is_name(tok: str) -> bool:
    return bool(tok) and (tok[0].isalpha() or tok[0] in "_@") and tok not in KEYWORDS


def _arity(tokens: list[str], j: int) -> tuple[int, int]:
    """Generic arity of the name before ``j`` and the index after its type arguments."""
    if j >= len(tokens) or tokens[j] != "<":
        return 0, j
    depth, commas, k = 0, 0, j
    while k < len(tokens):
        depth += {"<": 1, ">": -1}.get(tokens[k], 0)
        if tokens[k] == "," and depth == 1:
            commas += 1
        if depth == 0:
            return commas + 1, k + 1
        if tokens[k] in (";", "{"):
            break
        k += 1
    return 0, j


def _name_before(tokens: list[str], j: int) -> int:
    depth = 0
    for k in range(j - 1, -1, -1):
        depth += {">": 1, "<": -1}.get(tokens[k], 0)
        if depth == 0:
            return k - 1
    return 0


KEYWORDS = {
    "void", "int", "uint", "long", "ulong", "short", "ushort", "byte", "sbyte", "float", "double",
    "decimal", "bool", "char", "string", "object", "dynamic", "var", "ref", "out", "in", "params",
    "this", "where", "new", "class", "struct", "null", "true", "false", "default", "typeof",
    "operator", "implicit", "explicit", "event", "readonly", "unmanaged", "notnull", "static",
}  # fmt: skip


def member_id(m: Member) -> str:
    return ".ctor" if m.kind == "ctor" else m.name


def _operator_pair(m: Member) -> str:
    pairs = {
        "==": "!=",
        "!=": "==",
        "<": ">",
        ">": "<",
        "<=": ">=",
        ">=": "<=",
        "true": "false",
        "false": "true",
    }
    if m.kind != "operator":
        return ""
    op = m.name.removeprefix("operator ")
    return "operator " + pairs[op] if op in pairs else ""


def method_params(m: Member) -> set[str]:
    """The generic parameters a method declares (``T`` of ``GetComponent<T>``)."""
    if m.kind not in ("method", "ctor"):
        return set()
    top = m.header
    at = params_at(top_tokens(top))
    if at <= 0:
        return set()
    idx = top_index(top, at)
    names = set()
    if top[idx - 1] == ">":
        depth = 0
        for k in range(idx - 1, -1, -1):
            depth += {">": 1, "<": -1}.get(top[k], 0)
            if depth == 1 and _is_name(top[k]):
                names.add(top[k])
            if depth == 0:
                break
    return names


def kept_attribute(tokens: list[str]) -> str:
    """The attributes of ``[...]`` the reference keeps, rendered, or ""."""
    kept = []
    for part in split_commas(tokens[1:-1], "()"):
        name = part[0] if part[0] != "System" else part[2] if len(part) > 2 else ""
        if name in KEPT_ATTRIBUTES:
            kept.append(render(part))
    return f"[{', '.join(kept)}]" if kept else ""


def strip_params(header: list[str]) -> list[str]:
    """``header`` without parameter attributes, and with every default value that is not a plain
    literal written as ``default`` (only whether a parameter has one matters to callers)."""
    out: list[str] = []
    depth = 0
    i = 0
    while i < len(header):
        tok = header[i]
        if tok == "[" and depth >= 1 and out and out[-1] in ("(", ",", "["):
            level = 0
            while True:  # an attribute on a parameter
                level += {"[": 1, "]": -1}.get(header[i], 0)
                i += 1
                if level == 0:
                    break
            continue
        if tok == "=" and depth >= 1:
            value, level = [], 0
            i += 1
            while i < len(header):
                t = header[i]
                if level == 0 and t in (",", ")", "]"):
                    break
                level += {"(": 1, "[": 1, ")": -1, "]": -1}.get(t, 0)
                value.append(t)
                i += 1
            plain = len(value) <= 2 and all(LITERAL.match(t) or t == "-" for t in value)
            out += ["="] + (value if plain else ["default"])
            continue
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(tok, 0)
        out.append(tok)
        i += 1
    return out


def field_type(header: list[str]) -> list[str]:
    names = [i for i, t in enumerate(header) if _is_name(t)]
    return header[: names[-1]] if names else header


def looks_like_interface(base: list[str]) -> bool:
    name = base[-1] if base[-1] != ">" else base[base.index("<") - 1]
    return bool(re.match(r"I[A-Z]", name))


def bcl_interface(base: list[str]) -> list[str] | None:
    """Explicit member stubs for a .NET interface in a base list, or None when it is not one."""
    name = base[-1] if base[-1] != ">" else base[base.index("<") - 1]
    name = name.rsplit(".", 1)[-1]
    generic = "<" in base
    table = BCL_INTERFACES.get(name + ("<>" if generic else ""))
    if table is None:
        return None
    arg = render(base[base.index("<") + 1 : len(base) - 1]) if generic else ""
    return [s.format(arg) for s in table]


def module_of(path: str) -> str:
    """The Unity assembly a UnityEngine source file is compiled into."""
    parts = path.split("/")
    if parts[0] == "Modules":
        return f"UnityEngine.{parts[1]}Module"
    if parts[:2] == ["ModuleOverrides", "com.unity.ui"]:
        return "UnityEngine.UIElementsModule"
    return "UnityEngine.CoreModule"


def compile_all(sources: dict[str, str], out: Path) -> list[tuple[str, int, str]]:
    """Compiles the assemblies in dependency order; (assembly, line, message) of each error."""
    errors = []
    refs = {"UnityEngine": [], "UnityEditor": ["UnityEngine"], "glTFast": ["UnityEngine"]}
    for name in ("UnityEngine", "UnityEditor", "glTFast"):
        src = out / f"{name}.cs"
        src.write_text(sources[name])
        cmd = ["mcs", "-target:library", "-langversion:7.2", "-warn:0",
               "-unsafe", f"-out:{out / name}.dll", *[f"-r:{out / r}.dll" for r in refs[name]], str(src)]  # fmt: skip
        proc = subprocess.run(cmd, capture_output=True, text=True)
        for m in re.finditer(r"\((\d+),\d+\+?\): error (CS\d+: .*)", proc.stdout + proc.stderr):
            errors.append((name, int(m.group(1)), m.group(2)))
        if proc.returncode != 0 and not errors:
            raise SystemExit(f"mcs failed on {name}:\n{proc.stdout}{proc.stderr}")
        if errors:
            return errors
    return errors


def external_assemblies(args: argparse.Namespace, config: dict) -> dict[str, dict[str, str]]:
    """Assemblies an asmdef of the bridge may reference from other packages, read from glTFast:
    its runtime asmdef's name, and the test runner assemblies its own test asmdefs reference
    (with the test framework package its test package depends on)."""
    source = config["sources"]["gltfast"]

    def show(path: str) -> str:
        return subprocess.run(
            ["git", "-C", str(args.gltfast), "show", f"{source['ref']}:{path}"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip

    out = {
        json.loads(show(source["asmdef"]))["name"]: {
            "package": source["package"],
            "read from": f"{source['repository']}: {source['asmdef']}",
        }
    }
    tests = source["tests"]
    framework = [
        d
        for d in json.loads(show(tests["package"]))["dependencies"]
        if d.endswith("test-framework")
    ]
    for asmdef in tests["asmdefs"]:
        for name in json.loads(show(asmdef))["references"]:
            if re.fullmatch(r"Unity(Engine|Editor)\.TestRunner", name):
                out[name] = {
                    "package": framework[0],
                    "read from": f"{source['repository']}: {asmdef}",
                }
        for dll in json.loads(show(asmdef)).get("precompiledReferences", []):
            if (
                dll == "nunit.framework.dll"
            ):  # the test framework brings NUnit (com.unity.ext.nunit)
                out[dll] = {
                    "package": framework[0],
                    "read from": f"{source['repository']}: {asmdef}",
                }
    return dict(sorted(out.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unity", type=Path, required=True, help="a clone of UnityCsReference")
    parser.add_argument(
        "--gltfast", type=Path, required=True, help="a clone of com.unity.cloud.gltfast"
    )
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    config = json.loads((HERE / "api.json").read_text())
    model = Model()
    paths: dict[str, str] = {}
    labels: dict[str, str] = {}
    for label, source in config["sources"].items():
        repo = {"unity": args.unity, "gltfast": args.gltfast}[source["clone"]]
        files = git_files(repo, source["ref"], source["roots"])
        skip = [re.compile(x) for x in source.get("skip", [])]
        failed = 0
        for path, text in sorted(files.items()):
            if any(x.search(path) for x in skip):
                continue
            labels[path] = label
            before = set(model.types)
            try:
                parse_file(path, text, set(source["symbols"]), model, label)
            except (SyntaxError, ValueError, IndexError, AssertionError) as e:
                failed += 1
                print(f"skipped {path}: {type(e).__name__} {e}", file=sys.stderr)
            for key in set(model.types) - before:
                paths[key] = path
        print(f"{label}: {len(files)} files, {failed} unreadable", file=sys.stderr)
    finish(model)
    gen = Generator(model, config, labels)
    gen.select()
    with tempfile.TemporaryDirectory() as tmp:
        for round_ in range(40):
            gen.heads.clear()
            emitted = {name: gen.emit(name) for name in config["assemblies"]}
            errors = compile_all({n: e[0] for n, e in emitted.items()}, Path(tmp))
            if not errors:
                break
            print(f"round {round_ + 1}: {len(errors)} errors", file=sys.stderr)
            progress = False
            for assembly, line, message in errors:
                spot = emitted[assembly][1].get(line - 1)
                if spot is None:
                    continue
                if spot[1] < 0:  # a type's header: a base the reference cannot resolve
                    name = re.search(r"`([\w.]+)'", message)
                    bases = gen.heads.get((spot[0], line - 1), [])
                    bad = [b for b in bases if name and b.split("<")[0].endswith(name.group(1))]
                    if bad and "CS0246" in message:
                        gen.bad_bases.setdefault(spot[0], set()).update(bad)
                        progress = True
                    continue
                if spot not in gen.dropped:
                    gen.dropped[spot] = f"{gen.member_name(spot)}: {message}"
                    progress = True
            if not progress:
                text = emitted[errors[0][0]][0].split("\n")
                raise SystemExit(
                    "cannot compile the reference:\n"
                    + "\n".join(
                        f"{a}:{ln}: {msg}\n    {text[ln - 1].strip()}" for a, ln, msg in errors[:20]
                    )
                )
        else:
            raise SystemExit("the reference did not compile after 40 rounds")
    for name, (text, _) in emitted.items():
        label = config["assemblies"][name]["source"]
        source = config["sources"][label]
        dropped = sorted(
            f"{re.sub('`0', '', key).replace('`', '`')}.{why}"
            for (key, _), why in gen.dropped.items()
            if gen.origin_of(key) == label
        )
        header = [
            "// <auto-generated> by bridges/unity/tools/reference/generate.py from api.json: do not edit.",
            f"// Reference declarations of {source['repository']} at {source['describe']}: public",
            "// signatures only, every body throws. Not Unity, not glTFast: a compile-time check of the calls",
            "// the Figment bridge makes (see bridges/unity/tools/reference/README.md).",
        ]
        if dropped:
            header.append(
                "// Left out, since Mono's mcs cannot compile them (the bridge must not use them either):"
            )
            header += [f"//   {d}" for d in dropped]
        (args.out / f"{name}.cs").write_text("\n".join(header) + "\n" + text)
    modules = {
        key.split("`")[0] + ("`" + key.split("`")[1] if not key.endswith("`0") else ""): module_of(
            paths[key]
        )
        for key in gen.want
        if model.all[key].outer is None and model.origin[key] == "engine"
    }
    (args.out / "modules.json").write_text(
        json.dumps(dict(sorted(modules.items())), indent=1) + "\n"
    )
    (args.out / "assemblies.json").write_text(
        json.dumps(external_assemblies(args, config), indent=1) + "\n"
    )
    print(f"{len(gen.want)} types, {len(gen.dropped)} members left out", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
