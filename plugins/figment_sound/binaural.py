"""Binaural rendering of a mono source that may move: windowed overlap-add HRIR convolution.

The signal is cut into Hann frames with 50% overlap (they sum to one). Each frame is convolved,
in the frequency domain, with the left and right responses for the source direction at that
frame's centre and scaled by that frame's gain; overlapping frames cross-fade from one response
to the next, so a moving source glides instead of clicking. All frames go through one batched FFT.
"""

from __future__ import annotations

from typing import Final

import numpy as np
from scipy import fft

from .hrtf import HrtfSet

__all__ = ["HOP", "frame_centres", "render_binaural"]

HOP: Final = 512
"""Samples between frame starts (11.6 ms at 44.1 kHz): how often direction and gain update."""
_FRAME: Final = 2 * HOP


def frame_centres(samples: int) -> np.ndarray:
    """Centre sample of each frame used for ``samples`` of audio."""
    return np.arange(samples // HOP + 2) * HOP


def render_binaural(
    mono: np.ndarray, hrtf: HrtfSet, directions: np.ndarray, gains: np.ndarray
) -> np.ndarray:
    """Stereo (frames, 2) float32: ``mono`` at ``hrtf.rate`` placed per frame.

    ``directions`` are unit vectors in the SOFA frame (+x ahead, +y left, +z up), one per entry
    of ``frame_centres(len(mono))``; ``gains`` likewise.
    """
    n = len(mono)
    count = n // HOP + 2
    if directions.shape != (count, 3) or gains.shape != (count,):
        raise ValueError(f"need {count} directions and gains for {n} samples")
    taps = hrtf.irs.shape[-1]
    nfft = 1 << int(np.ceil(np.log2(_FRAME + taps - 1)))
    # Pad one hop in front so the first frame is centred on sample 0.
    padded = np.zeros((count + 1) * HOP, dtype=np.float32)
    padded[HOP : HOP + n] = mono
    starts = np.arange(count) * HOP
    window = (np.hanning(_FRAME + 1)[:-1]).astype(np.float32)
    frames = padded[starts[:, None] + np.arange(_FRAME)] * window
    frames *= gains[:, None].astype(np.float32)
    spectra = fft.rfft(frames, nfft, axis=-1)  # float32 in, complex64 out
    responses = hrtf.spectra(nfft)[hrtf.nearest(directions)]  # (count, 2, bins)
    wet = fft.irfft(spectra[:, None, :] * responses, nfft, axis=-1)  # (count, 2, nfft)
    # Overlap-add: frame k lands at k * HOP; add it hop-sized piece by piece.
    pieces = nfft // HOP
    out = np.zeros((count + pieces, 2, HOP), dtype=np.float32)
    for p in range(pieces):
        out[p : p + count] += wet[:, :, p * HOP : (p + 1) * HOP]
    stereo = out.transpose(0, 2, 1).reshape(-1, 2)[HOP : HOP + n]
    return stereo.astype(np.float32)
