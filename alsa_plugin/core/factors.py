"""Factors: classified (integer codes) and classification-free continuous (SPEC §4-5).

Every factor is encoded once, over the valid cells only, as small integer *codes*:
code j stands for class value ``keys[j]`` (classified) or for the distinct normalised
value ``centres[j]`` (continuous). Later steps only look up per-code tables, so a new
bin width costs a pass over the codes, never a new pass over raw values.

Continuous factors (Li & Lan 2023, §3 step 3): min–max normalisation over the valid
cells, then rounding to P decimals. With P > 0 the rounded value is held as the
integer grid position k = ⌊(x − min)·10^P/(max − min) + ½⌋ (half up) and the centre
is k/10^P; bins are then compared in whole units of 10^−P, so bin edges are exact.
P = 0 keeps every distinct normalised value.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import kernels
from .errors import AlsaInputError
from .i18n import tr

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
            tr(
                "precision must be a whole number from 0 to {MAX_PRECISION} (0 = no rounding), got {precision!r}"
            ).format(MAX_PRECISION=MAX_PRECISION, precision=precision)
        )
    return int(precision)


def check_width(width: float) -> float:
    """Validate a bin width in (0, 1]."""
    if not (isinstance(width, (int, float, np.floating)) and 0.0 < float(width) <= 1.0):
        raise AlsaInputError(tr("bin width must be in (0, 1] (normalised units), got {width!r}").format(width=width))
    return float(width)


def code_dtype(n_positions: int) -> np.dtype:
    """The smallest unsigned dtype holding codes 0..n_positions-1."""
    return np.dtype(np.uint16 if n_positions <= 1 << 16 else np.uint32)


def _dense_codes(codes: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Turn positions 0..size-1 in ``codes`` into dense codes, in place.

    Returns the positions present (ascending) and their cell counts.
    """
    counts = kernels.count_codes(codes, size)
    present = np.flatnonzero(counts)
    lut = np.zeros(size, dtype=codes.dtype)
    lut[present] = np.arange(present.size, dtype=codes.dtype)
    kernels.remap(codes, lut)
    return present, counts[present]


def _flat_inputs(values, valid, value_range):
    """Flat values and validity, and (min, max) over the valid cells unless given."""
    values = np.ravel(values)
    valid = np.ones(values.size, dtype=bool) if valid is None else np.ravel(valid)
    return values, valid, value_range or kernels.masked_range(values, valid)


def _codes_out(out, valid, n_positions):
    """``out``, or a new array of one code per valid cell."""
    return np.empty(int(np.count_nonzero(valid)), dtype=code_dtype(n_positions)) if out is None else out


def encode_classified(
    name: str,
    values: np.ndarray,
    valid: np.ndarray | None = None,
    out: np.ndarray | None = None,
    value_range: tuple[float, float] | None = None,
) -> EncodedFactor:
    """Encode a classified factor (whole-number class codes) over the valid cells.

    ``out`` receives the codes (one per valid cell, in order); ``value_range`` may pass
    the (min, max) over the valid cells when already known.
    """
    values, valid, (vmin, vmax) = _flat_inputs(values, valid, value_range)
    size = int(vmax - vmin) + 1
    if size > 1 << 24:
        raise AlsaInputError(
            tr(
                "factor {name!r} is flagged classified but its class codes span {vmin:g}…{vmax:g}; use "
                "class codes from a compact range (e.g. 1…n)"
            ).format(name=name, vmin=vmin, vmax=vmax)
        )
    out = _codes_out(out, valid, size)
    bad = kernels.masked_positions(values, valid, vmin, vmax, 0.0, out)
    if bad:
        raise AlsaInputError(
            tr(
                "factor {name!r} is flagged classified but {bad} of its cells hold non-integer values; "
                "reclassify it into integer classes or treat it as a continuous factor"
            ).format(name=name, bad=bad)
        )
    present, counts = _dense_codes(out, size)
    keys = present + int(vmin)
    return EncodedFactor(name, True, out, keys, keys.astype(np.float64), counts, vmin, vmax, 0)


def encode_continuous(
    name: str,
    values: np.ndarray,
    precision: int,
    valid: np.ndarray | None = None,
    out: np.ndarray | None = None,
    value_range: tuple[float, float] | None = None,
) -> EncodedFactor:
    """Normalise (min–max), round to P decimals and encode a continuous factor (SPEC §4)."""
    values, valid, (vmin, vmax) = _flat_inputs(values, valid, value_range)
    if vmax == vmin:
        raise AlsaInputError(
            tr(
                "factor {name!r} has a single value ({vmin:g}) over the study area and cannot separate "
                "landslide from stable cells; remove it"
            ).format(name=name, vmin=vmin)
        )
    if precision > 0:
        scale = 10**precision
        out = _codes_out(out, valid, scale + 1)
        kernels.masked_positions(values, valid, vmin, vmax, float(scale), out)
        keys, counts = _dense_codes(out, scale + 1)
        centres = keys / scale
    else:
        out = _codes_out(out, valid, 1 << 17)
        u = (values[valid].astype(np.float64) - vmin) / (vmax - vmin)
        centres, inverse, counts = np.unique(u, return_inverse=True, return_counts=True)
        if centres.size > np.iinfo(out.dtype).max + 1:
            out = np.empty(out.size, dtype=np.uint32)
        out[:] = inverse
        keys = centres
    return EncodedFactor(name, False, out, keys, centres, counts.astype(np.int64), vmin, vmax, precision)
