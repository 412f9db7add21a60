"""Reads the declarations of C# sources (types, their members' signatures) without compiling them.

Enough of C# for reference assemblies: preprocessor directives are evaluated against a set of
symbols, comments and literals are skipped, and every namespace, type (with its partial pieces,
nested types, base list and constraints) and member header is kept as tokens, with the using
directives of its file. Bodies and initializers are skipped by bracket matching. It is used by
``generate.py``; nothing here knows about Unity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = [
    "Member",
    "Model",
    "Piece",
    "TypeDecl",
    "finish",
    "params_at",
    "parse_file",
    "preprocess",
    "render",
    "split_commas",
    "top_index",
    "top_tokens",
]

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<str>\$?@\$?"(?:[^"]|"")*"|\$?"(?:[^"\\\n]|\\.)*")
  | (?P<char>'(?:[^'\\\n]|\\.)+')
  | (?P<num>(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?
              |\.\d+(?:[eE][+-]?\d+)?)[uUlLfFdDmM]*)
  | (?P<id>@?[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>=>|::|\?\?=?|\?\.|&&|\|\||==|!=|<=|\+\+|--|[-+*/%&|^]=|
            [{}()\[\];,.:?<>=+\-*/%&|^!~#])
    """,
    re.S | re.X,
)
_DIRECTIVE = re.compile(r"^\s*#\s*(\w+)(.*)$")
_TYPE_KEYWORDS = ("class", "struct", "interface", "enum", "record", "delegate")
MODIFIERS = {
    "public", "private", "protected", "internal", "static", "readonly", "const", "volatile",
    "virtual", "override", "abstract", "sealed", "new", "extern", "unsafe", "partial", "async",
    "fixed", "ref",
}  # fmt: skip


def preprocess(text: str, symbols: set[str]) -> str:
    """``text`` with directive lines and the lines of false #if branches blanked (lines kept)."""
    defined = set(symbols)
    out: list[str] = []
    # Each frame: [this branch is active, some branch was taken, the enclosing one is active]
    stack: list[list[bool]] = []
    active = True
    for line in text.split("\n"):
        m = _DIRECTIVE.match(line)
        if m is None:
            out.append(line if active else "")
            continue
        word, rest = m.group(1), m.group(2).split("//")[0].strip()
        if word == "if":
            taken = active and _condition(rest, defined)
            stack.append([taken, taken, active])
        elif word == "elif":
            frame = stack[-1]
            frame[0] = frame[2] and not frame[1] and _condition(rest, defined)
            frame[1] = frame[1] or frame[0]
        elif word == "else":
            frame = stack[-1]
            frame[0] = frame[2] and not frame[1]
            frame[1] = True
        elif word == "endif":
            stack.pop()
        elif word == "define" and active:
            defined.add(rest)
        elif word == "undef" and active:
            defined.discard(rest)
        active = all(f[0] for f in stack)
        out.append("")
    return "\n".join(out)


def _condition(expr: str, defined: set[str]) -> bool:
    """Evaluates a #if condition: symbols, true/false, !, &&, ||, ==, != and parentheses."""
    tokens = re.findall(r"\w+|&&|\|\||==|!=|!|\(|\)", expr)
    pos = 0

    def peek() -> str:
        return tokens[pos] if pos < len(tokens) else ""

    def take() -> str:
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def primary() -> bool:
        tok = take()
        if tok == "!":
            return not primary()
        if tok == "(":
            value = either()
            take()  # )
            return value
        return tok == "true" or (tok != "false" and tok in defined)

    def equality() -> bool:
        value = primary()
        while peek() in ("==", "!="):
            op = take()
            other = primary()
            value = value == other if op == "==" else value != other
        return value

    def both() -> bool:
        value = equality()
        while peek() == "&&":
            take()
            value = equality() and value
        return value

    def either() -> bool:
        value = both()
        while peek() == "||":
            take()
            value = both() or value
        return value

    return either() if tokens else False


def _interpolated_end(text: str, pos: int) -> int:
    """The end of the interpolated string starting at ``pos`` (``$"``, ``$@"`` or ``@$"``): its
    holes may hold expressions with strings of their own."""
    verbatim = "@" in text[pos : pos + 3]
    i = text.index('"', pos) + 1
    depth = 0
    while i < len(text):
        c = text[i]
        if depth == 0:
            if c == '"':
                if verbatim and text.startswith('""', i):
                    i += 2
                    continue
                return i + 1
            if c == "\\" and not verbatim:
                i += 2
                continue
            if c == "{":
                if text.startswith("{{", i):
                    i += 2
                    continue
                depth = 1
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c in "\"'":  # a literal inside a hole
            m = _TOKEN.match(text, i)
            i = m.end() if m else i + 1
            continue
        i += 1
    raise SyntaxError("unterminated interpolated string")


def tokenize(text: str) -> list[str]:
    """Tokens of preprocessed C#, without whitespace and comments."""
    out = []
    pos = 0
    while pos < len(text):
        if text.startswith(('$"', '$@"', '@$"'), pos):
            end = _interpolated_end(text, pos)
            out.append(text[pos:end])
            pos = end
            continue
        m = _TOKEN.match(text, pos)
        if m is None:
            raise SyntaxError(f"cannot read {text[pos : pos + 30]!r}")
        pos = m.end()
        if m.lastgroup not in ("ws", "comment"):
            out.append(m.group())
    return out


def render(tokens: list[str]) -> str:
    """Tokens back to readable C#."""
    out = ""
    for tok in tokens:
        if not out:
            out = tok
        elif tok in (",", ";", ")", "]", ".", "?", ":") and not (tok == ":" and out[-1] != " "):
            out += tok if tok != ":" else " :"
        elif (
            (tok in ("(", "[") and (out[-1].isalnum() or out[-1] in "_>]?"))
            or (tok == "<" and (out[-1].isalnum() or out[-1] == "_"))
            or (tok == ">" and not out.endswith(" =") and not out.endswith("operator"))
            or out[-1] in "(.[<"
            or out.endswith("::")
        ):
            out += tok
        else:
            out += " " + tok
    return out


@dataclass
class Member:
    """One member declaration: its kind, name, attributes, modifiers and header tokens."""

    kind: str  # field, property, indexer, event, method, ctor, operator, enum_member, type
    name: str
    attrs: list[list[str]]
    modifiers: list[str]
    header: list[str]  # the declaration after attributes and modifiers, without body
    accessors: list[tuple[list[str], str]] = field(default_factory=list)  # (modifiers, get|set)
    initializer: list[str] = field(default_factory=list)  # const fields and enum members
    nested: TypeDecl | None = None
    line: int = 0

    @property
    def is_visible(self) -> bool:
        mods = set(self.modifiers)
        if "private" in mods and "protected" in mods:
            return False
        return bool(mods & {"public", "protected"})


@dataclass
class Piece:
    """One declaration of a type in one file (a partial type has several)."""

    path: str
    namespace: str
    usings: list[list[str]]  # each (namespace it was declared in) + its tokens
    attrs: list[list[str]]
    modifiers: list[str]
    kind: str
    type_params: list[str]
    bases: list[list[str]]
    constraints: list[str]
    underlying: list[str]  # an enum's underlying type
    members: list[Member] = field(default_factory=list)
    delegate: list[str] = field(default_factory=list)  # a delegate's whole header


@dataclass
class TypeDecl:
    """A type and all its pieces; ``key`` is ``Namespace.Outer.Name`N``."""

    key: str
    namespace: str
    name: str
    arity: int
    kind: str
    outer: TypeDecl | None = None
    pieces: list[Piece] = field(default_factory=list)
    nested: dict[str, TypeDecl] = field(default_factory=dict)  # by "Name`N"

    @property
    def is_public(self) -> bool:
        return any("public" in p.modifiers for p in self.pieces)


class Model:
    """Every type read so far, by key; namespaces seen; where each type came from."""

    def __init__(self) -> None:
        self.types: dict[str, TypeDecl] = {}  # top-level types
        self.all: dict[str, TypeDecl] = {}  # every type, nested ones too (after finish)
        self.namespaces: set[str] = set()
        self.origin: dict[str, str] = {}  # key → the source label given to parse_file

    def by_simple(self, namespace: str, name: str) -> list[TypeDecl]:
        prefix = f"{namespace}.{name}`" if namespace else f"{name}`"
        return [
            t for k, t in self.types.items() if k.startswith(prefix) and "." not in k[len(prefix) :]
        ]


class _Parser:
    def __init__(self, tokens: list[str], path: str, model: Model, label: str) -> None:
        self.t = tokens
        self.i = 0
        self.path = path
        self.model = model
        self.label = label

    def peek(self, k: int = 0) -> str:
        j = self.i + k
        return self.t[j] if j < len(self.t) else ""

    def take(self) -> str:
        tok = self.t[self.i]
        self.i += 1
        return tok

    def skip_group(self) -> list[str]:
        """Tokens of a bracketed group starting at the current token, which opens it."""
        opening = self.take()
        closing = {"(": ")", "[": "]", "{": "}"}[opening]
        depth, out = 1, [opening]
        while depth:
            tok = self.take()
            out.append(tok)
            if tok in ("(", "[", "{"):
                depth += 1
            elif tok in (")", "]", "}"):
                depth -= 1
        assert out[-1] == closing, f"{self.path}: unbalanced {opening}"
        return out

    def skip_until(self, stops: tuple[str, ...]) -> list[str]:
        """Tokens up to (not including) one of ``stops`` at bracket depth 0."""
        out = []
        while self.peek() not in stops:
            if self.peek() in ("(", "[", "{"):
                out += self.skip_group()
            else:
                out.append(self.take())
        return out

    def parse_unit(self) -> None:
        self.block("", [], None)

    def block(self, namespace: str, usings: list[list[str]], owner: TypeDecl | None) -> None:
        usings = list(usings)
        while self.i < len(self.t) and self.peek() != "}":
            tok = self.peek()
            if tok == ";":
                self.take()
            elif owner is None and tok in ("using", "global") and self.peek(1) != "(":
                if tok == "global":
                    self.take()
                self.take()
                usings.append([namespace, *self.skip_until((";",))])
                self.take()
            elif owner is None and tok == "extern" and self.peek(1) == "alias":
                self.skip_until((";",))
                self.take()
            elif owner is None and tok == "namespace":
                self.take()
                name = "".join(self.skip_until(("{", ";")))
                full = f"{namespace}.{name}" if namespace else name
                self.model.namespaces.add(full)
                if self.take() == "{":
                    self.block(full, usings, None)
                    self.take()
                else:
                    namespace = full
            else:
                self.declaration(namespace, usings, owner)

    def attributes(self) -> list[list[str]]:
        out = []
        while self.peek() == "[":
            out.append(self.skip_group())
        return out

    def declaration(self, namespace: str, usings: list[list[str]], owner: TypeDecl | None) -> None:
        line = self.i
        attrs = self.attributes()
        if attrs and any(a[1:3] in (["assembly", ":"], ["module", ":"]) for a in attrs):
            return
        mods = []
        while self.peek() in MODIFIERS:
            mods.append(self.take())
        if self.peek() in _TYPE_KEYWORDS and (self.peek() == "delegate" or _is_name(self.peek(1))):
            self.type_declaration(namespace, usings, owner, attrs, mods)
            return
        header = []
        # The header ends at a body, a terminator, an expression body or an initializer.
        while self.peek() not in ("{", ";", "=>", "=") or (
            self.peek() == "=" and "operator" in header and "(" not in header  # operator >=
        ):
            if self.peek() in ("(", "["):
                header += self.skip_group()
            else:
                header.append(self.take())
        member = self.member(header, attrs, mods)
        member.line = line
        if owner is not None and member is not None:
            owner.pieces[-1].members.append(member)

    def member(self, header: list[str], attrs: list[list[str]], mods: list[str]) -> Member:
        tok = self.peek()
        initializer: list[str] = []
        accessors: list[tuple[list[str], str]] = []
        kind = _member_kind(header)
        if tok == "=":
            self.take()
            initializer = self.skip_until((";",))
            self.take()
            if kind == "field_or_property":
                header, initializer = _more_declarators(header, initializer)
        elif tok == ";":
            self.take()
        elif tok == "=>":
            self.take()
            self.skip_until((";",))
            self.take()
            if kind in ("field_or_property", "indexer"):
                accessors = [([], "get")]
        else:  # a body: accessors, or code
            if kind in ("field_or_property", "indexer", "event"):
                accessors = self.accessors()
                if self.peek() == "=":  # an auto-property initializer
                    self.take()
                    self.skip_until((";",))
                    self.take()
            else:
                self.skip_group()
        if kind == "ctor" and ":" in top_tokens(header):  # drop `: base(...)` / `: this(...)`
            header = header[: top_index(header, top_tokens(header).index(":"))]
        return Member(kind, _member_name(header, kind), attrs, mods, header, accessors, initializer)

    def accessors(self) -> list[tuple[list[str], str]]:
        self.take()  # {
        out = []
        while self.peek() != "}":
            self.attributes()
            mods = []
            while self.peek() in ("private", "protected", "internal", "readonly"):
                mods.append(self.take())
            name = self.take()
            if self.peek() == "{":
                self.skip_group()
            elif self.peek() == "=>":
                self.take()
                self.skip_until((";",))
                self.take()
            else:
                self.take()  # ;
            out.append((mods, "set" if name == "init" else name))
        self.take()
        return out

    def type_declaration(
        self,
        namespace: str,
        usings: list[list[str]],
        owner: TypeDecl | None,
        attrs: list[list[str]],
        mods: list[str],
    ) -> None:
        kind = self.take()
        if kind == "record" and self.peek() in ("class", "struct"):
            kind = self.take()
        if kind == "delegate":
            header = self.skip_until((";",))
            self.take()
            name_at = top_tokens(header).index("(") - 1
            tops = top_tokens(header)
            name = tops[name_at]
            tparams: list[str] = []
            if name == ">":  # generic delegate: Name<T>
                lt = max(i for i, t in enumerate(tops[:name_at]) if t == "<")
                name = tops[lt - 1]
                tparams = [t for t in tops[lt + 1 : name_at] if _is_name(t)]
            decl = self.register(namespace, owner, name, len(tparams), kind)
            decl.pieces.append(
                Piece(
                    self.path, namespace, usings, attrs, mods, kind, tparams, [], [], [], [], header
                )
            )
            return
        name = self.take()
        tparams = []
        if self.peek() == "<":
            self.take()
            while self.peek() != ">":
                tok = self.take()
                if _is_name(tok) and tok not in ("in", "out"):
                    tparams.append(tok)
            self.take()
        bases: list[list[str]] = []
        underlying: list[str] = []
        if self.peek() == ":":
            self.take()
            base_list: list[str] = []
            depth = 0
            while not (depth == 0 and self.peek() in ("{", "where", ";")):
                base_list.append(self.take())
                depth += {"<": 1, ">": -1}.get(base_list[-1], 0)
            bases = split_commas(base_list, "<>")
            if kind == "enum":
                underlying, bases = bases[0], []
        constraints = self.skip_until(("{", ";"))
        decl = self.register(namespace, owner, name, len(tparams), kind)
        piece = Piece(
            self.path, namespace, usings, attrs, mods, kind, tparams, bases, constraints, underlying
        )
        decl.pieces.append(piece)
        if self.take() == ";":
            return
        if kind == "enum":
            while self.peek() != "}":
                line = self.i
                eattrs = self.attributes()
                ename = self.take()
                value = []
                if self.peek() == "=":
                    self.take()
                    value = self.skip_until((",", "}"))
                if self.peek() == ",":
                    self.take()
                member = Member("enum_member", ename, eattrs, ["public"], [ename], [], value)
                member.line = line
                piece.members.append(member)
        else:
            self.block(namespace, usings, decl)
        self.take()  # }

    def register(
        self, namespace: str, owner: TypeDecl | None, name: str, arity: int, kind: str
    ) -> TypeDecl:
        local = f"{name}`{arity}"
        if owner is not None:
            found = owner.nested.get(local)
            if found is None:
                found = TypeDecl(f"{owner.key}.{local}", namespace, name, arity, kind, owner)
                owner.nested[local] = found
                owner.pieces[-1].members.append(Member("type", name, [], [], [name], nested=found))
            return found
        key = f"{namespace}.{local}" if namespace else local
        found = self.model.types.get(key)
        if found is None:
            found = TypeDecl(key, namespace, name, arity, kind)
            self.model.types[key] = found
            self.model.origin[key] = self.label
        return found


def split_commas(tokens: list[str], brackets: str) -> list[list[str]]:
    """``tokens`` split at the commas outside the bracket pairs in ``brackets`` (openers first,
    then closers: "<>" or "([{)]}")."""
    half = len(brackets) // 2
    opening, closing = brackets[:half], brackets[half:]
    parts: list[list[str]] = [[]]
    depth = 0
    for tok in tokens:
        depth += 1 if tok in opening else -1 if tok in closing else 0
        if tok == "," and depth == 0:
            parts.append([])
        else:
            parts[-1].append(tok)
    return parts


def _more_declarators(header: list[str], initializer: list[str]) -> tuple[list[str], list[str]]:
    """``int a = 1, b, c = 2``: the header gains ``, b, c``; the initializer keeps only ``1``."""
    segments = split_commas(initializer, "([{)]}")
    first, extra = segments[0], []
    for segment in segments[1:]:
        if segment and _is_name(segment[0]) and (len(segment) == 1 or segment[1] == "="):
            extra += [",", segment[0]]
        else:  # a comma inside the expression (generic arguments): not a declarator
            first += [",", *segment]
    return header + extra, first


def _is_name(tok: str) -> bool:
    return bool(tok) and (tok[0].isalpha() or tok[0] in "_@")


def top_tokens(tokens: list[str]) -> list[str]:
    """Tokens outside any bracket group (a group collapses to its opening token)."""
    out, depth = [], 0
    for tok in tokens:
        if depth == 0:
            out.append(tok)
        if tok in ("(", "[", "{"):
            depth += 1
        elif tok in (")", "]", "}"):
            depth -= 1
    return out


def top_index(tokens: list[str], at: int) -> int:
    """The index in ``tokens`` of the ``at``-th top-level token (see ``top_tokens``)."""
    seen, depth = -1, 0
    for i, tok in enumerate(tokens):
        if depth == 0:
            seen += 1
            if seen == at:
                return i
        if tok in ("(", "[", "{"):
            depth += 1
        elif tok in (")", "]", "}"):
            depth -= 1
    return len(tokens)


def params_at(top: list[str]) -> int:
    """Where a member's parameter list opens in its top-level tokens (a tuple type also opens
    with "(", but never right after a name), or -1."""
    for i, tok in enumerate(top):
        if tok == "(" and i > 0 and (_is_name(top[i - 1]) or top[i - 1] == ">"):
            return i
    return -1


def _member_kind(header: list[str]) -> str:
    top = top_tokens(header)
    if "event" in top:
        return "event"
    if "operator" in top:
        return "operator"
    if "this" in top and "[" in top[top.index("this") :]:
        return "indexer"
    if params_at(top) >= 0:
        return "ctor" if _is_ctor(top) else "method"
    return "field_or_property"


def _is_ctor(top: list[str]) -> bool:
    before = top[: params_at(top)]
    return len(before) == 1 or (len(before) == 2 and before[0] == "~")


def _member_name(header: list[str], kind: str) -> str:
    top = top_tokens(header)
    if kind == "operator":
        at = top.index("operator")
        return "operator " + ("".join(top[at + 1 : top.index("(", at)]))
    if kind == "indexer":
        return "this[]"
    if kind in ("ctor", "method"):
        before = top[: params_at(top)]
        if before and before[-1] == ">":  # generic method: Name<T>(
            depth = 0
            for j in range(len(before) - 1, -1, -1):
                depth += {">": 1, "<": -1}.get(before[j], 0)
                if depth == 0:
                    return before[j - 1]
        return before[-1]
    # A field (possibly several declarators), property or event: the last name before the end.
    names = [t for t in top if _is_name(t)]
    return names[-1] if names else ""


def parse_file(path: str, text: str, symbols: set[str], model: Model, label: str) -> None:
    """Adds the declarations of one source file to ``model``."""
    tokens = tokenize(preprocess(text, symbols))
    parser = _Parser(tokens, path, model, label)
    parser.parse_unit()


def finish(model: Model) -> None:
    """Fields versus properties, known once every file was read; ``model.all`` indexes nested
    types too."""
    stack = list(model.types.values())
    while stack:
        decl = stack.pop()
        model.all[decl.key] = decl
        for piece in decl.pieces:
            for m in piece.members:
                if m.kind == "field_or_property":
                    m.kind = "property" if m.accessors else "field"
                if m.nested is not None:
                    stack.append(m.nested)
