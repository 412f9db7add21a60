"""Head-related impulse responses: MIT KEMAR from a SOFA file, or a spherical-head model.

Directions are unit vectors in the SOFA listener frame: +x ahead, +y to the left, +z up. The
SOFA file is Debian ``libmysofa1``'s ``MIT_KEMAR_normal_pinna.sofa`` (an HDF5/netCDF-4 file read
with h5py); ``FIGMENT_HRTF_SOFA`` names another. Without it (or without h5py) the spherical-head
model (Brown & Duda 1998: a one-pole/one-zero head shadow plus Woodworth's interaural delay)
stands in, and the stage reports which one it uses.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import numpy as np

__all__ = [
    "DEFAULT_SOFA_PATHS",
    "HrtfSet",
    "load_hrtf",
    "load_sofa",
    "spherical_head",
]

DEFAULT_SOFA_PATHS: Final = (
    "/usr/share/libmysofa/MIT_KEMAR_normal_pinna.sofa",  # Debian/Ubuntu libmysofa1
    "/usr/local/share/libmysofa/MIT_KEMAR_normal_pinna.sofa",
)
"""Where the KEMAR set is looked for, after ``$FIGMENT_HRTF_SOFA``."""

HEAD_RADIUS_M: Final = 0.0875
SPEED_OF_SOUND: Final = 343.0


@dataclass
class HrtfSet:
    """Impulse responses ``irs`` (directions, 2 ears [left, right], taps) at ``rate``."""

    name: str
    directions: np.ndarray
    irs: np.ndarray
    rate: int
    _spectra: dict[int, np.ndarray] = field(default_factory=dict, repr=False)

    def nearest(self, directions: np.ndarray) -> np.ndarray:
        """Index of the measured direction closest to each unit vector in ``directions``."""
        return np.asarray(np.argmax(directions @ self.directions.T, axis=1))

    def spectra(self, nfft: int) -> np.ndarray:
        """The responses' rfft at ``nfft`` (cached)."""
        if nfft not in self._spectra:
            spectra = np.fft.rfft(self.irs, nfft, axis=-1).astype(np.complex64)
            self._spectra[nfft] = spectra
        return self._spectra[nfft]


def _unit(azimuth_deg: np.ndarray, elevation_deg: np.ndarray) -> np.ndarray:
    az, el = np.radians(azimuth_deg), np.radians(elevation_deg)
    return np.stack([np.cos(el) * np.cos(az), np.cos(el) * np.sin(az), np.sin(el)], axis=1)


def _diffuse_normalize(irs: np.ndarray) -> np.ndarray:
    """Scale so the mean energy over all directions and both ears is 1 (levels stay comparable)."""
    energy = float(np.mean(np.sum(irs.astype(np.float64) ** 2, axis=-1)))
    return (irs / np.sqrt(energy)).astype(np.float32) if energy > 0 else irs.astype(np.float32)


def load_sofa(path: str | os.PathLike[str]) -> HrtfSet:
    """Read a SimpleFreeFieldHRIR SOFA file (spherical source positions in degrees)."""
    import h5py

    with h5py.File(path, "r") as f:
        irs = np.asarray(f["Data.IR"], dtype=np.float64)
        rate = int(np.asarray(f["Data.SamplingRate"]).ravel()[0])
        pos = np.asarray(f["SourcePosition"], dtype=np.float64)
        kind = f["SourcePosition"].attrs.get("Type", b"spherical")
        receivers = np.asarray(f["ReceiverPosition"], dtype=np.float64).reshape(-1, 3)
    if irs.ndim != 3 or irs.shape[1] != 2:
        raise ValueError(f"expected Data.IR of shape (M, 2, N), got {irs.shape}")
    if (kind.decode() if isinstance(kind, bytes) else str(kind)) == "cartesian":
        directions = pos / np.linalg.norm(pos, axis=1, keepdims=True)
    else:
        directions = _unit(pos[:, 0], pos[:, 1])
    if receivers[0, 1] < receivers[1, 1]:  # receiver 0 must be the left ear (+y)
        irs = irs[:, ::-1, :]
    return HrtfSet(
        name="MIT KEMAR (libmysofa)" if "KEMAR" in Path(path).name else Path(path).stem,
        directions=directions,
        irs=_diffuse_normalize(irs),
        rate=rate,
    )


def _taper(taps: int) -> np.ndarray:
    """Flat window with short raised-cosine edges: trims wrap-around without weighting delays."""
    edge = taps // 8
    window = np.ones(taps)
    ramp = 0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, edge))
    window[:edge], window[-edge:] = ramp, ramp[::-1]
    return window


def spherical_head(rate: int = 44_100, taps: int = 256) -> HrtfSet:
    """A rigid-sphere head (Brown & Duda 1998) sampled every 5° azimuth and 10° elevation."""
    az, el = np.meshgrid(np.arange(0, 360, 5.0), np.arange(-40, 91, 10.0))
    directions = _unit(az.ravel(), el.ravel())
    omega = 2 * np.pi * np.fft.rfftfreq(taps, 1.0 / rate)
    omega0 = SPEED_OF_SOUND / HEAD_RADIUS_M
    base_delay = 0.25 * taps / rate  # keeps the filters causal
    irs = np.empty((len(directions), 2, taps))
    for ear, axis in enumerate((np.array([0.0, 1.0, 0.0]), np.array([0.0, -1.0, 0.0]))):
        # Angle between the source and this ear: 0 facing the ear, pi on the far side.
        theta = np.arccos(np.clip(directions @ axis, -1.0, 1.0))
        alpha = 1.05 + 0.95 * np.cos(theta / np.radians(150.0) * np.pi)
        a = HEAD_RADIUS_M / SPEED_OF_SOUND
        incidence = np.pi / 2 - theta  # 0 at the ear's side, pi/2 straight ahead
        delay = np.where(incidence >= 0, -a * np.cos(theta), a * np.abs(incidence))
        shadow = (1 + 1j * alpha[:, None] * omega / (2 * omega0)) / (1 + 1j * omega / (2 * omega0))
        phase = np.exp(-1j * omega * (base_delay + a + delay)[:, None])
        irs[:, ear, :] = np.fft.irfft(shadow * phase, taps, axis=-1) * _taper(taps)
    return HrtfSet(
        name="spherical head model", directions=directions, irs=_diffuse_normalize(irs), rate=rate
    )


def load_hrtf(prefer: str = "auto") -> tuple[HrtfSet, str]:
    """The HRTF set to use and a note on why: KEMAR when found (``auto``), else the head model."""
    if prefer != "spherical":
        candidates = [os.environ.get("FIGMENT_HRTF_SOFA", ""), *DEFAULT_SOFA_PATHS]
        for candidate in filter(None, candidates):
            if Path(candidate).is_file():
                try:
                    return load_sofa(candidate), f"read {Path(candidate).name}"
                except ImportError:
                    return spherical_head(), "h5py is not installed (pip install h5py)"
                except (OSError, KeyError, ValueError) as exc:
                    return spherical_head(), f"{Path(candidate).name} unreadable: {exc}"
        return spherical_head(), "MIT KEMAR SOFA not found (apt-get install libmysofa1)"
    return spherical_head(), "spherical head model requested"
