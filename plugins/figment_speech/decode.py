"""Whisper decoding that hears the words that matter: a vocabulary hint, then n-best rescoring.

Whisper tiny.en mishears the object and material words of a wish on unfamiliar voices ("a
glass whale" → "and last wave"). Two things bias it, both measured by ``figment bench sound``:

- The hint: the vocabulary's leading words as a comma list in the prompt (the previous-text
  slot that faster-whisper's ``initial_prompt`` and ``hotwords`` both fill: alone, either gave
  the same transcripts). Key-word recall on the espeak-ng voices went from 43-59% to 65-86%.
  Example sentences ("Conjure a glass clock.") scored higher on the bench's wishes but cut
  other lines short ("A teacup full of thunder, please." → "a teapot."), so it is a list.
- Rescoring: a beam search keeps ``beam_size`` finished hypotheses; each gains
  ``KEYWORD_BONUS`` per distinct key word it holds, and the best total wins. The beam often
  ends with "a nice umbrella" and "an ice umbrella" a fraction of a nat apart; this picks the
  one the wish is made of. Recall on espeak-ng went to 81-95%, Piper's from 87-92% to 98%;
  a 10-wide beam cost ~0.06 CPU s a clip over greedy (the encoder is most of the ~0.5 s).

Decoding here is one 30-second window, which is all the stage accepts. A best hypothesis that
looks like a failure (a repetition loop, a very low log-probability) is decoded again by
faster-whisper's own ``transcribe``, with the same hint and its temperature fallback.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

import numpy as np

__all__ = [
    "KEYWORD_BONUS",
    "Decoded",
    "Hypothesis",
    "WhisperDecoder",
    "is_silence",
    "looks_failed",
    "pick",
    "speech_only",
]

KEYWORD_BONUS: Final = 3.0
"""Nats of log-probability one distinct key word is worth when the n-best list is rescored.
Tuned on the bench's wishes: 1 already helps, 2 to 5 differ by a word or two, 3 was best."""
_WINDOW_FRAMES: Final = 3000  # Whisper's 30-second window in 10 ms mel frames
_NO_SPEECH: Final = 0.6  # faster-whisper's defaults for "this was not speech" ...
_LOW_LOGPROB: Final = -1.0  # ... and "this decode failed"
_REPETITIVE: Final = 2.4  # gzip ratio over which a text is a repetition loop


@dataclass(frozen=True)
class Hypothesis:
    """One finished beam: its text and cumulative log-probability over ``tokens`` tokens."""

    text: str
    logprob: float
    tokens: int

    @property
    def avg_logprob(self) -> float:
        """Mean log-probability per token, end-of-text included (faster-whisper's measure)."""
        return self.logprob / (self.tokens + 1)


@dataclass(frozen=True)
class Decoded:
    """The n-best list of one window, best model score first, and how likely it was silence."""

    hypotheses: tuple[Hypothesis, ...]
    no_speech_prob: float


def pick(decoded: Decoded, keywords: Callable[[str], int], bonus: float) -> Hypothesis | None:
    """The hypothesis with the best log-probability plus ``bonus`` per key word; None for none.

    ``keywords`` counts the distinct key words of a text; ties keep the model's order. With no
    bonus the model's own first choice (by length-normalized score) stands, as in faster-whisper.
    Cumulative log-probability, not the normalized score, is what the bonus is added to: on the
    bench it chose as well or better (WER and key words) at every bonus tried.
    """
    if not decoded.hypotheses:
        return None
    if not bonus:
        return decoded.hypotheses[0]
    return max(decoded.hypotheses, key=lambda h: h.logprob + bonus * keywords(h.text))


def speech_only(audio: np.ndarray) -> np.ndarray:
    """The speech in 16 kHz ``audio`` by Silero VAD, joined; empty when there is none."""
    from faster_whisper.vad import VadOptions, collect_chunks, get_speech_timestamps

    chunks = get_speech_timestamps(audio, VadOptions())
    if not chunks:
        return np.zeros(0, dtype=np.float32)
    pieces, _ = collect_chunks(audio, chunks)
    return np.concatenate(pieces).astype(np.float32)


class WhisperDecoder:
    """Beam decoding of one window with a loaded ``faster_whisper.WhisperModel``."""

    def __init__(self, model: Any) -> None:
        from faster_whisper.tokenizer import Tokenizer
        from faster_whisper.transcribe import get_suppressed_tokens

        self.model = model
        self._tokenizer = Tokenizer(
            model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language="en"
        )
        self._suppress = list(get_suppressed_tokens(self._tokenizer, [-1]) or ())

    def count_tokens(self, hint: str) -> int:
        """Tokens ``hint`` takes in the prompt."""
        return len(self._tokenizer.encode(" " + hint.strip()))

    def nbest(self, audio: np.ndarray, hint: str, beam_size: int) -> Decoded:
        """Up to ``beam_size`` hypotheses for ``audio`` (at most one window) after ``hint``."""
        from faster_whisper.audio import pad_or_trim

        features = self.model.feature_extractor(audio)
        encoded = self.model.encode(pad_or_trim(features[:, :_WINDOW_FRAMES], _WINDOW_FRAMES))
        previous = self._tokenizer.encode(" " + hint.strip()) if hint.strip() else []
        prompt = self.model.get_prompt(self._tokenizer, previous, without_timestamps=True)
        result = self.model.model.generate(
            encoded,
            [prompt],
            beam_size=beam_size,
            num_hypotheses=beam_size,
            max_length=self.model.max_length,
            return_scores=True,
            return_no_speech_prob=True,
            suppress_blank=True,
            suppress_tokens=self._suppress,
        )[0]
        hypotheses = []
        for ids, score in zip(result.sequences_ids, result.scores, strict=True):
            # generate reports the length-normalized score (length_penalty 1): undo it
            text = self._tokenizer.decode(ids).strip()
            hypotheses.append(Hypothesis(text, float(score) * len(ids), len(ids)))
        return Decoded(tuple(hypotheses), float(result.no_speech_prob))

    def transcribe(self, audio: np.ndarray, hint: str, beam_size: int) -> str:
        """faster-whisper's own decoding (temperature fallback included) after ``hint``."""
        segments, _ = self.model.transcribe(
            audio,
            language="en",
            beam_size=beam_size,
            initial_prompt=hint or None,
            condition_on_previous_text=False,
            without_timestamps=True,
        )
        return " ".join(s.text.strip() for s in segments if s.text.strip())


def is_silence(decoded: Decoded, best: Hypothesis) -> bool:
    """Whisper's own test: it says "no speech" and its best guess is improbable."""
    return decoded.no_speech_prob > _NO_SPEECH and best.avg_logprob < _LOW_LOGPROB


def looks_failed(best: Hypothesis) -> bool:
    """A repetition loop or a very improbable text: worth faster-whisper's fallback."""
    raw = best.text.encode("utf-8")
    repetitive = bool(raw) and len(raw) / len(zlib.compress(raw)) > _REPETITIVE
    return repetitive or best.avg_logprob < _LOW_LOGPROB
