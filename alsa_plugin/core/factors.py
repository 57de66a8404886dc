"""Factors: classified (integer codes) and classification-free continuous (SPEC §4-5).

Every factor is encoded once, over the valid cells only, as small integer *codes*:
code j stands for class value ``keys[j]`` (classified) or for the distinct normalised
value ``centres[j]`` (continuous). Later steps only look up per-code tables, so a new
bin width costs a pass over the codes, never a new pass over raw values.

Continuous factors (Li & Lan 2023, §3 step 3): min–max normalisation over the valid
cells, then rounding to P decimals. With P > 0 the rounded value is held as the
integer grid position k = ⌊(x − min)/(max − min)·10^P + ½⌋ (half up) and the centre
is k/10^P; bins are then compared in whole units of 10^−P, so bin edges are exact.
P = 0 keeps every distinct normalised value.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import kernels
from .errors import AlsaInputError

MAX_PRECISION = 6


@dataclass(frozen=True)
class Factor:
    """A predisposing factor as an array on the study grid.

    ``values`` holds NaN or ``nodata`` where there is no data. A ``classified`` factor
    must hold whole numbers (class codes); the others are continuous.
    """

    name: str
    values: np.ndarray
    classified: bool = False
    nodata: float | None = None

    def has_data(self) -> np.ndarray:
        """Boolean array: True where the factor has a value."""
        v = self.values
        ok = np.isfinite(v) if v.dtype.kind == "f" else np.ones(v.shape, dtype=bool)
        if self.nodata is not None and not np.isnan(self.nodata):
            ok &= v != self.nodata
        return ok


@dataclass(frozen=True)
class EncodedFactor:
    """A factor over the valid cells as codes into per-code tables.

    ``keys``: class value (classified), integer grid position k (P > 0) or normalised
    value (P = 0), ascending. ``centres``: class value, or the normalised bin centre in
    0–1. ``n_cells``: N(F) of each code alone. ``vmin``/``vmax``: raw range used by the
    normalisation (``raw = vmin + centre·(vmax − vmin)``).
    """

    name: str
    classified: bool
    codes: np.ndarray
    keys: np.ndarray
    centres: np.ndarray
    n_cells: np.ndarray
    vmin: float
    vmax: float
    precision: int

    @property
    def n_codes(self) -> int:
        return int(self.keys.size)

    def raw_centres(self) -> np.ndarray:
        """Bin centres or classes in the factor's own units."""
        if self.classified:
            return self.centres.astype(np.float64)
        return self.vmin + self.centres * (self.vmax - self.vmin)

    def bin_bounds(self, width: float | None) -> tuple[np.ndarray, np.ndarray]:
        """Index ranges [lo, hi) of codes inside the bin of each code (SPEC §4 step 3).

        The bin of centre u is [u − w/2, u + w/2], inclusive. Classified factors and
        ``width=None`` give every code its own class.
        """
        own = np.arange(self.n_codes)
        if self.classified or width is None:
            return own, own + 1
        if self.precision > 0:
            half = half_width_units(width, self.precision)
            return (
                np.searchsorted(self.keys, self.keys - half, side="left"),
                np.searchsorted(self.keys, self.keys + half, side="right"),
            )
        return (
            np.searchsorted(self.centres, self.centres - width / 2.0, side="left"),
            np.searchsorted(self.centres, self.centres + width / 2.0, side="right"),
        )


def half_width_units(width: float, precision: int) -> int:
    """Half a bin width in whole units of 10^−P: ⌊w·10^P/2⌋ (0 below the effective minimum)."""
    return int(np.floor(width * 10**precision / 2.0 + 1e-9))


def effective_min_width(precision: int) -> float:
    """The smallest bin width that changes anything: 2·10^−P (0 when P = 0)."""
    return 2.0 * 10.0**-precision if precision > 0 else 0.0


def check_precision(precision: int) -> int:
    """Validate the precision P (0-6)."""
    if isinstance(precision, bool) or int(precision) != precision or not 0 <= precision <= 6:
        raise AlsaInputError(
            f"precision must be a whole number from 0 to {MAX_PRECISION} "
            f"(0 = no rounding), got {precision!r}"
        )
    return int(precision)


def check_width(width: float) -> float:
    """Validate a bin width in (0, 1]."""
    if not (isinstance(width, (int, float, np.floating)) and 0.0 < float(width) <= 1.0):
        raise AlsaInputError(f"bin width must be in (0, 1] (normalised units), got {width!r}")
    return float(width)


def _codes_from_positions(k: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Map integer positions 0..size-1 to dense codes: (codes, present positions, counts)."""
    counts = np.bincount(k, minlength=size)
    present = np.flatnonzero(counts)
    dtype = np.uint16 if present.size <= 1 << 16 else np.uint32
    lut = np.zeros(size, dtype=dtype)
    lut[present] = np.arange(present.size, dtype=dtype)
    return lut[k], present, counts[present].astype(np.int64)


def encode_classified(name: str, values: np.ndarray) -> EncodedFactor:
    """Encode a classified factor's valid values (whole numbers) as dense codes."""
    if values.dtype.kind == "f":
        if not np.array_equal(values, np.floor(values)):
            bad = values[values != np.floor(values)][:3]
            raise AlsaInputError(
                f"factor {name!r} is flagged classified but holds non-integer values "
                f"(e.g. {', '.join(f'{b:g}' for b in bad)}); reclassify it into integer "
                "classes or treat it as a continuous factor"
            )
    vmin, vmax = kernels.value_range(values)
    if vmax - vmin < 1 << 24:
        codes, present, counts = _codes_from_positions(
            values.astype(np.int64) - int(vmin), int(vmax - vmin) + 1
        )
        keys = present + int(vmin)
    else:
        keys, inverse, counts = np.unique(values.astype(np.int64), return_inverse=True, return_counts=True)
        codes = inverse.astype(np.uint32)
    return EncodedFactor(name, True, codes, keys, keys.astype(np.float64), counts, vmin, vmax, 0)


def encode_continuous(name: str, values: np.ndarray, precision: int) -> EncodedFactor:
    """Normalise (min–max), round to P decimals and encode a continuous factor (SPEC §4)."""
    vmin, vmax = kernels.value_range(values)
    if vmax == vmin:
        raise AlsaInputError(
            f"factor {name!r} has a single value ({vmin:g}) over the study area and "
            "cannot separate landslide from stable cells; remove it"
        )
    if precision > 0:
        scale = 10.0**precision
        codes, keys, counts = _codes_from_positions(
            kernels.grid_positions(values, vmin, vmax, scale), int(scale) + 1
        )
        centres = keys / scale
    else:
        u = (values.astype(np.float64) - vmin) / (vmax - vmin)
        centres, inverse, counts = np.unique(u, return_inverse=True, return_counts=True)
        codes = inverse.astype(np.uint16 if centres.size <= 1 << 16 else np.uint32)
        keys = centres
    return EncodedFactor(name, False, codes, keys, centres, counts, vmin, vmax, precision)
