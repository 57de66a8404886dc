"""Vectorised numpy kernels: the reference implementation and the fallback without numba.

Every function here has a twin of the same name and signature in ``kernels_numba``;
both give bit-identical results (tests check it).
"""

from __future__ import annotations

import numpy as np


def masked_range(values: np.ndarray, valid: np.ndarray) -> tuple[float, float]:
    """Minimum and maximum of ``values`` where ``valid`` (1-D arrays of one size)."""
    x = values[valid]
    return float(x.min()), float(x.max())


def masked_positions(
    values: np.ndarray, valid: np.ndarray, vmin: float, vmax: float, scale: float, out: np.ndarray
) -> int:
    """Integer positions of the valid cells, in order, into ``out``.

    ``scale > 0``: k = ⌊(x − min) · (scale/(max − min)) + ½⌋, the min–max normalised
    value rounded half up to the grid of ``scale`` steps. ``scale == 0``: class
    offsets k = x − min. Returns how many valid cells hold a non-integer value (for
    ``scale == 0``; else 0).
    """
    x = values[valid]
    if scale > 0:
        out[:] = np.floor((x.astype(np.float64) - vmin) * (scale / (vmax - vmin)) + 0.5)
        return 0
    x = x.astype(np.float64)
    out[:] = x - vmin
    return int(np.count_nonzero(x != np.floor(x)))


def count_codes(codes: np.ndarray, size: int) -> np.ndarray:
    """Occurrences of each code 0..size-1 (int64)."""
    return np.bincount(codes, minlength=size).astype(np.int64)


def remap(codes: np.ndarray, lut: np.ndarray) -> None:
    """codes[:] = lut[codes], in place."""
    codes[:] = lut[codes]


def lsi_sum(codes: np.ndarray, offsets: np.ndarray, table: np.ndarray, out: np.ndarray) -> None:
    """out[c] = Σ_i table[offsets[i] + codes[i, c]] (left to right over factors)."""
    out[:] = 0.0
    for i in range(codes.shape[0]):
        out += table[offsets[i] + codes[i].astype(np.int64)]


def rank_counts(scores: np.ndarray, levels: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """Where the cells' scores fall among sorted distinct ``levels``.

    Returns ``start`` (length m+1), ``equal`` (length m) and the number of non-NaN
    cells: the count of cells below ``levels[j]`` is ``cumsum(start)[j]`` and the count
    equal to it is ``equal[j]``.
    """
    m = levels.size
    s = scores[~np.isnan(scores)]
    k = np.searchsorted(levels, s, side="left")
    is_eq = k < m
    is_eq[is_eq] = levels[k[is_eq]] == s[is_eq]
    equal = np.bincount(k[is_eq], minlength=m)[:m]
    start = np.bincount(k + is_eq, minlength=m + 1)[: m + 1]
    return start.astype(np.int64), equal.astype(np.int64), int(s.size)
