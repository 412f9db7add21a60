"""Whole sentences: an answer that runs out of tokens ends at its last complete sentence.

The text stage streams through a :class:`SentenceGate`: each delta passes as soon as it completes a
sentence, and the unfinished tail is held back. When the answer ends by itself (end of sequence or
a stop string) the tail is its last sentence and is sent; when the token budget ends it, the tail
is dropped, so no answer stops mid-word. An answer whose first sentence is longer than the whole
budget keeps its words up to the last whole one and ends with an ellipsis: it says it was cut.
``finish_reason`` says which happened ("stop" or "length").

``figment eval`` trims its answers with :func:`whole_sentences`, the same rule.
"""

from __future__ import annotations

import re

__all__ = ["ELLIPSIS", "SentenceGate", "sentence_end", "whole_sentences"]

ELLIPSIS = "…"

# A sentence ends at ., !, ? or … (with closing quotes or brackets), before whitespace or, once the
# answer is over, the end of the text. "3.5" and "e.g.," do not end one.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_END_FINAL = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")


def sentence_end(text: str, final: bool = False) -> int:
    """The index just after the last sentence end in ``text`` (0 when there is none);
    ``final``: the text is over, so an end at the very end counts."""
    last = 0
    for match in (_END_FINAL if final else _END).finditer(text):
        last = match.end()
    return last


def whole_sentences(text: str, cut: bool) -> str:
    """``text`` as shown: when ``cut`` (the budget ended it), up to its last complete sentence, or,
    with none, its whole words and an ellipsis; otherwise unchanged."""
    text = text.rstrip()
    if not cut:
        return text
    end = sentence_end(text, final=True)
    if end:
        return text[:end]
    words = text.rsplit(None, 1)[0] if " " in text.strip() else text
    return words.rstrip(" ,;:-–—") + ELLIPSIS if words.strip() else ""


class SentenceGate:
    """Feed text deltas; get back what may be shown: whole sentences, never an unfinished tail."""

    def __init__(self) -> None:
        self.text = ""
        self.sent = 0  # characters of ``text`` already let through

    def feed(self, delta: str) -> str:
        """The newly completed sentences (with the space after them), or ""."""
        self.text += delta
        # look back a little: an ending split across deltas ("." then " ") is found
        end = sentence_end(self.text[max(0, self.sent - 4) :])
        end = end + max(0, self.sent - 4) if end else 0
        if end <= self.sent:
            return ""
        out, self.sent = self.text[self.sent : end], end
        return out

    def finish(self, cut: bool) -> str:
        """What is left to show when the answer ended; ``cut``: the token budget ended it."""
        shown = whole_sentences(self.text, cut)
        if len(shown) < self.sent:  # never take back what was shown
            return ""
        out, self.sent = shown[self.sent :], len(shown)
        return out
