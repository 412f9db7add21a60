"""Whole sentences: an answer that runs out of tokens ends at its last complete sentence.

The text stage streams through a :class:`SentenceGate`: each delta passes as soon as it completes a
sentence, and the unfinished tail is held back. When the answer ends by itself (end of sequence or
a stop string) the tail is sent when it ends a sentence; either way an unfinished tail is dropped
and the answer ends at its last complete sentence: a model may stop on its own after a fragment
("... yesterday... (chuckles)", a hashtag, half a clause). An answer with no complete sentence
keeps its whole words: a cut one ends with an ellipsis (it says it was cut), one that ended by
itself with a full stop. ``finish_reason`` says which happened ("stop" or "length").

``figment eval`` trims its answers with :func:`whole_sentences`, the same rule.
"""

from __future__ import annotations

import re

__all__ = ["ELLIPSIS", "SentenceGate", "sentence_end", "whole_sentences"]

ELLIPSIS = "…"

# A sentence ends at ., !, ? or … (with closing quotes, brackets or markdown emphasis), before
# whitespace or, once the answer is over, the end of the text. "3.5" and "e.g.," do not end one.
_END = re.compile(r"[.!?…]+[\"'”’)\]*_]*(?=\s)")
_END_FINAL = re.compile(r"[.!?…]+[\"'”’)\]*_]*(?=\s|$)")
_TRAILING = " ,;:-–—"  # what a kept fragment loses before its ellipsis or full stop


def sentence_end(text: str, final: bool = False) -> int:
    """The index just after the last sentence end in ``text`` (0 when there is none);
    ``final``: the text is over, so an end at the very end counts."""
    last = 0
    for match in (_END_FINAL if final else _END).finditer(text):
        last = match.end()
    return last


def whole_sentences(text: str, cut: bool) -> str:
    """``text`` as shown: up to its last complete sentence, whether the budget ended it (``cut``)
    or the model stopped; with none, its whole words and an ellipsis when cut, a full stop when
    not."""
    text = text.rstrip()
    end = sentence_end(text, final=True)
    if end:
        return text[:end]
    if not cut:
        words = text.rstrip(_TRAILING)
        return words + "." if words.strip() else ""
    words = text.rsplit(None, 1)[0] if " " in text.strip() else text
    return words.rstrip(_TRAILING) + ELLIPSIS if words.strip() else ""


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
