"""Word error rate, for the round-trip tests and the benchmark."""

from __future__ import annotations

import re

__all__ = ["normalize_words", "wer", "word_errors"]

_NUMBERS = {
    "0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
    "7": "seven", "8": "eight", "9": "nine", "10": "ten", "12": "twelve",
}  # fmt: skip


def normalize_words(text: str) -> list[str]:
    """Lower-case words without punctuation; small digits spelled out; hyphens split words."""
    text = text.lower().replace("-", " ").replace("'", "")
    return [_NUMBERS.get(w, w) for w in re.findall(r"[a-z0-9]+", text)]


def word_errors(reference: str, hypothesis: str) -> tuple[int, int]:
    """(substitutions + deletions + insertions, reference word count) by edit distance."""
    ref, hyp = normalize_words(reference), normalize_words(hypothesis)
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1], len(ref)


def wer(pairs: list[tuple[str, str]]) -> float:
    """Corpus WER over (reference, hypothesis) pairs: total errors / total reference words."""
    errors = words = 0
    for reference, hypothesis in pairs:
        e, n = word_errors(reference, hypothesis)
        errors, words = errors + e, words + n
    return errors / words if words else 0.0
