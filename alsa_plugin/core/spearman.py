"""Spearman rank correlation between susceptibility maps (the paper's comparison of methods).

Pure numpy (no scipy): one sort per map, ranks held exactly as whole numbers, sums of
products as exact integers, so identical rankings give exactly 1.
"""

from __future__ import annotations

import math

import numpy as np


def centred_ranks(values: np.ndarray) -> np.ndarray:
    """2·rank − (n + 1) for the ranks 1…n of ``values``, ties sharing their average rank.

    Twice the centred average rank is a whole number (a tie group over the sorted
    positions s+1…e has the average rank (s + 1 + e)/2), so it is held exactly as int32
    (int64 from 2³¹ values on): half the memory of float64 ranks. numpy only, one sort.
    """
    n = values.size
    order = np.argsort(values)
    ordered = values[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    del ordered
    ends = np.append(starts[1:], n)
    dtype = np.int32 if n < 2**31 else np.int64
    out = np.empty(n, dtype=dtype)
    out[order] = np.repeat((starts + ends - n).astype(dtype), ends - starts)
    return out


class RankStore:
    """Centred average ranks (:func:`centred_ranks`) of each method's map over the common non-null cells.

    Each method is ranked by its ranking key (``BivariateResult.key``): the LSI is an
    increasing function of it, and it is what the core ranks for the rates, so rounding
    in the key → LSI transform can neither create nor break ties (FC and FR share the
    key, so their correlation is exactly 1). Memory: 4 bytes per cell per method.
    """

    def __init__(self, n_methods: int):
        self.n_methods = n_methods
        self.keep: np.ndarray | None = None
        self.ranks: np.ndarray | None = None

    def add(self, k: int, key: np.ndarray) -> None:
        keep = ~np.isnan(key)
        if self.keep is None:
            self.keep = keep
        elif not np.array_equal(keep, self.keep):
            raise RuntimeError("internal error: the optimal LSI maps differ in their null cells")
        ranks = centred_ranks(key if keep.all() else key[keep])
        if self.ranks is None:
            self.ranks = np.empty((self.n_methods, ranks.size), dtype=ranks.dtype)
        self.ranks[k] = ranks


def _gram(ranks: np.ndarray) -> list[list[int]]:
    """Σ r_i·r_j over the cells for every pair of rows, exactly (Python integers).

    The rows are summed in int64 chunks small enough never to overflow
    (chunk · max|r|² < 2⁶³; up to 3·10⁹ cells), and the chunk sums are added as Python integers.
    """
    m, n = ranks.shape
    top = max(1, n - 1)  # |2·rank − (n + 1)| ≤ n − 1
    chunk = max(1, min(1 << 16, (2**63 - 1) // top**2))
    total = [[0] * m for _ in range(m)]
    for start in range(0, n, chunk):
        block = ranks[:, start : start + chunk].astype(np.int64)
        gram = block @ block.T
        for i in range(m):
            for j in range(i, m):
                total[i][j] += int(gram[i, j])
    return total


def spearman_matrix(ranks: np.ndarray) -> np.ndarray:
    """Spearman's ρ between rows of :func:`centred_ranks` (the Pearson correlation of ranks).

    The sums of products are exact integers, so ρ is the exact value rounded (within an
    ulp or two): identical rankings give exactly 1, reversed ones exactly −1, the
    matrix is symmetric and |ρ| ≤ 1. A map with a single value everywhere gives NaN.
    """
    m = ranks.shape[0]
    s = _gram(ranks)
    out = np.eye(m)
    for i in range(m):
        for j in range(i + 1, m):
            sij, ss = s[i][j], s[i][i] * s[j][j]
            if ss == 0:
                rho = np.nan
            elif sij * sij == ss:  # Cauchy–Schwarz equality: a perfect (anti)correlation
                rho = 1.0 if sij > 0 else -1.0
            else:  # int / int is correctly rounded, and the ratio is < 1
                rho = math.copysign(math.sqrt(sij * sij / ss), sij)
            out[i, j] = out[j, i] = rho
    return out


def spearman_of_maps(keys: list[np.ndarray]) -> np.ndarray:
    """Spearman matrix of maps given as arrays over the same cells (NaN = null, left out)."""
    store = RankStore(len(keys))
    for k, key in enumerate(keys):
        store.add(k, key)
    return spearman_matrix(store.ranks)
