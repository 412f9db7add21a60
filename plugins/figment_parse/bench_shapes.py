"""``figment bench shapes``: how often a named thing gets the right shape, and how fast it builds.

Part 1 reads each held-out noun of ``shape_labels.tsv`` as the wish "a NOUN" through the parse
stage (lexicon and embeddings, no language model) and counts it right when the shape it gets
(family, or ``@archetype``; a thing's own build counts as the kind it is, ``APPLIANCE_KINDS``: a
convertible's build is a wheeled vehicle) is one a person would accept. It prints the accuracy,
the same over the nouns that reach no build of their own (the families' mapping alone), where
the shapes came from, and every miss. Part 2 builds meshes for
nouns drawn (seeded) from the noun table, the same number from every family, at the default
triangle budget and prints mesh time p50/p95 and triangles. It prints numbers; it does not judge
them.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from pathlib import Path

from figment.spec import kind_of

__all__ = [
    "EXEMPLARS",
    "accuracy",
    "common_nouns",
    "family_sheet",
    "load_labels",
    "main",
    "mesh_times",
]

LABELS = Path(__file__).with_name("shape_labels.tsv")


def load_labels(path: Path = LABELS) -> list[tuple[str, set[str]]]:
    """(noun, accepted shapes) rows of a labels file."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            noun, shapes = line.split("\t")
            rows.append((noun, set(shapes.split("|"))))
    return rows


def shape_of(spec) -> str:
    """A spec's shape as the labels write it: the family, or ``@`` and the archetype."""
    return spec.family or f"@{spec.archetype}"


def accuracy(
    rows: list[tuple[str, set[str]]], parse, kinds: bool = False, builds: bool = True
) -> tuple[float, list, Counter]:
    """(fraction right, misses as (noun, got, wanted, source), shape sources); with ``kinds``,
    an appliance of ``APPLIANCE_KINDS`` also counts as its kind; without ``builds``, nouns that
    reach a build of their own are left out (the fraction is the families' alone, and
    ``sources["build"]`` says how many were left out)."""
    misses, sources, counted = [], Counter(), 0
    for noun, wanted in rows:
        spec = parse(f"a {noun}")
        got = shape_of(spec)
        if got == "device" and not builds:
            sources["build"] += 1
            continue
        sources[spec.shape_source] += 1
        counted += 1
        if got == "device" and kinds and kind_of(spec.family, spec.params) in wanted:
            continue
        if got not in wanted:
            misses.append((noun, got, "|".join(sorted(wanted)), spec.shape_source))
    return 1 - len(misses) / max(1, counted), misses, sources


def mesh_times(n: int, seed: int = 0) -> tuple[list[float], list[int], Counter]:
    """Build about ``n`` nouns from the table, the same number from every family (drawn
    seeded): seconds and triangles each, and how many of each family were built."""
    from figment_mesh._build import build

    from . import SpecParse
    from .shapes import _table

    by_family: dict[str, list[str]] = {}
    for noun, entry in sorted(_table().items()):
        if not entry.target.startswith("@"):
            by_family.setdefault(entry.target, []).append(noun)
    rng = random.Random(seed)
    per = max(1, n // max(1, len(by_family)))
    picked = [
        w for f in sorted(by_family) for w in rng.sample(by_family[f], min(per, len(by_family[f])))
    ]
    parser = SpecParse()
    times, tris, families = [], [], Counter()
    for noun in picked:
        spec = parser.parse(f"a {noun}", seed, False).spec
        families[spec.family or spec.archetype] += 1
        t = time.perf_counter()
        built = build(spec, seed, 0, lod_levels=0)
        times.append(time.perf_counter() - t)
        tris.append(built.triangles)
    return times, tris, families


def common_nouns(n: int, seed: int = 0) -> list[str]:
    """``n`` nouns drawn (seeded) from the table: one from every shape first, then any; only
    nouns WordNet's tagged corpus uses in the sense the table gives them (things people name,
    not Latin genera) and no plurals."""
    from .shapes import _singulars, _table

    table = _table()
    nouns = sorted(
        k
        for k, e in table.items()
        if e.uses > 0 and " " not in k and not any(f in table for f in _singulars(k)[1:])
    )
    by_shape: dict[str, list[str]] = {}
    for noun in nouns:
        by_shape.setdefault(table[noun].target, []).append(noun)
    rng = random.Random(seed)
    picked = [rng.choice(by_shape[t]) for t in sorted(by_shape)]
    rng.shuffle(picked)
    rest = [w for w in nouns if w not in set(picked)]
    return (picked + rng.sample(rest, max(0, n - len(picked))))[:n]


def _article(noun: str) -> str:
    return "an" if noun[0] in "aeiou" else "a"


EXEMPLARS: dict[str, str] = {
    "quadruped": "giraffe", "biped": "knight", "bird": "flamingo", "fish": "shark",
    "insect": "beetle", "serpent": "cobra", "cephalopod": "octopus", "tree": "maple",
    "shrub": "bush", "flower": "daisy", "cactus": "saguaro", "fruit": "pear", "vessel": "amphora",
    "furniture": "bed", "seat": "sofa", "cabinet": "wardrobe", "container": "chest",
    "wheeled": "bicycle", "boat": "galleon", "aircraft": "airplane", "rocket": "rocket",
    "building": "church", "tower": "skyscraper", "arch": "bridge", "string_instrument": "violin",
    "wind_instrument": "trumpet", "drum": "drum", "light": "chandelier", "tool": "hammer",
    "blade": "sword", "hat": "sombrero", "footwear": "boot", "garment": "coat",
    "jewelry": "necklace", "stack": "snowman", "sheet": "flag", "celestial": "saturn",
    "device": "computer", "rock": "mountain", "lump": "zorbulator",
}  # fmt: skip
"""One everyday noun per family, for the family sheet."""


def family_sheet(out: Path, seed: int = 0, size: int = 320) -> None:
    """Render "a NOUN" for every family's exemplar (parse, mesh, three.js) into one sheet."""
    from figment_mesh._build import build
    from figment_mesh.preview import Studio, Tile

    from . import SpecParse

    parser = SpecParse()
    tiles = []
    with Studio() as studio:
        for family, noun in EXEMPLARS.items():
            spec = parser.parse(f"a {noun}", seed, False).spec
            png = studio.render(build(spec, seed, 0, lod_levels=0).glb, size)
            params = ", ".join(f"{k} {v:g}" for k, v in sorted(spec.params.items()))
            shape = spec.family or f"@{spec.archetype}"
            note = f"{shape} · {spec.shape_source} {spec.shape_confidence:.2f}"
            tiles.append(
                Tile(png, f"a {noun} ({family})", note + (f" · {params}" if params else ""))
            )
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(studio.sheet(tiles, 256, 8))
    print(f"wrote {len(tiles)} families to {out}")


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def main(
    labels: str | None = None,
    meshes: int = 120,
    wishes: str | None = None,
    seed: int = 0,
    sheet: str | None = None,
) -> None:
    """Print mapping accuracy on the labelled nouns, then mesh times; with ``wishes``, first
    write 60 seeded random common nouns there as wishes ("a NOUN") for ``figment gallery``;
    with ``sheet``, render every family's exemplar into that PNG."""
    from . import SpecParse

    if sheet:
        family_sheet(Path(sheet), seed)

    if wishes:
        lines = [
            f"# 60 random nouns from the noun table, one from every shape first "
            f"(figment bench shapes --wishes FILE --seed {seed})"
        ]
        nouns = common_nouns(60, seed)
        Path(wishes).write_text("\n".join(lines + [f"{_article(w)} {w}" for w in nouns]) + "\n")
        print(f"wrote 60 wishes to {wishes}")

    parser = SpecParse()
    path = Path(labels) if labels else LABELS
    name = path.name
    rows = load_labels(path)
    t = time.perf_counter()
    read = lambda text: parser.parse(text, 0, False).spec  # noqa: E731
    acc, misses, sources = accuracy(rows, read, kinds=True)
    dt = time.perf_counter() - t
    print(f"shape mapping: {acc:.1%} of {len(rows)} labelled nouns in {name} ({len(misses)} misses), "
          f"{1000 * dt / max(1, len(rows)):.2f} ms a noun")  # fmt: skip
    family, _, served = accuracy(rows, read, builds=False)
    print(f"  {family:.1%} of the {len(rows) - served['build']} nouns the families serve "
          f"({served['build']} reach a build of their own)")  # fmt: skip
    print("  sources: " + ", ".join(f"{k} {v}" for k, v in sources.most_common()))
    for noun, got, wanted, source in misses:
        print(f"  miss: {noun!r} → {got} ({source}); wanted {wanted}")
    if meshes:
        times, tris, families = mesh_times(meshes)
        ms = [1000 * x for x in times]
        print(f"family meshes: {len(ms)} nouns from the table, {len(families)} shapes, at the default budget; "
              f"p50 {_pct(ms, 0.5):.0f} ms, p95 {_pct(ms, 0.95):.0f} ms, max {max(ms):.0f} ms; "
              f"triangles p50 {int(_pct(tris, 0.5))}")  # fmt: skip


if __name__ == "__main__":
    main()
