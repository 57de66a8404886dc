"""Vectorised numpy kernels: the reference implementation and the fallback without numba.

Every function here has a twin of the same name and signature in ``kernels_numba``;
both give bit-identical results (tests check it).
"""

from __future__ import annotations

import numpy as np


def value_range(values: np.ndarray) -> tuple[float, float]:
    """Minimum and maximum of a 1-D array (no NaN inside)."""
    return float(values.min()), float(values.max())


def grid_positions(values: np.ndarray, vmin: float, vmax: float, scale: float) -> np.ndarray:
    """k = ⌊(x − min)/(max − min) · scale + ½⌋ as int64 (min–max normalised, rounded)."""
    u = (values.astype(np.float64) - vmin) / (vmax - vmin)
    return np.floor(u * scale + 0.5).astype(np.int64)


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
