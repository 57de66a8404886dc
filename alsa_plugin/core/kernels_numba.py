"""numba kernels, twins of ``kernels_numpy`` (same names, same results, parallel)."""

from __future__ import annotations

import numba
import numpy as np
from numba import prange

_JIT = {"nogil": True, "cache": True}


def _chunks(n: int, per_thread: int = 4) -> int:
    """Chunks for a parallel reduction: a few per thread, at least one cell each."""
    return max(1, min(numba.get_num_threads() * per_thread, n))


@numba.njit(parallel=True, **_JIT)
def _value_range(values, nchunks):
    n = values.size
    lo = np.empty(nchunks)
    hi = np.empty(nchunks)
    for c in prange(nchunks):
        a = c * n // nchunks
        b = (c + 1) * n // nchunks
        mn = np.inf
        mx = -np.inf
        for j in range(a, b):
            v = values[j]
            if v < mn:
                mn = v
            if v > mx:
                mx = v
        lo[c] = mn
        hi[c] = mx
    return lo.min(), hi.max()


def value_range(values: np.ndarray) -> tuple[float, float]:
    """Minimum and maximum of a 1-D array (no NaN inside)."""
    mn, mx = _value_range(values, _chunks(values.size))
    return float(mn), float(mx)


@numba.njit(parallel=True, **_JIT)
def _grid_positions(values, vmin, vmax, scale, out):
    rng = vmax - vmin
    for j in prange(values.size):
        u = (np.float64(values[j]) - vmin) / rng
        out[j] = np.int64(np.floor(u * scale + 0.5))


def grid_positions(values: np.ndarray, vmin: float, vmax: float, scale: float) -> np.ndarray:
    """k = ⌊(x − min)/(max − min) · scale + ½⌋ as int64 (min–max normalised, rounded)."""
    out = np.empty(values.size, dtype=np.int64)
    _grid_positions(values, vmin, vmax, scale, out)
    return out


@numba.njit(parallel=True, **_JIT)
def lsi_sum(codes, offsets, table, out):  # noqa: D103 - documented in kernels_numpy
    nf, n = codes.shape
    for c in prange(n):
        s = 0.0
        for i in range(nf):
            s += table[offsets[i] + np.int64(codes[i, c])]
        out[c] = s


@numba.njit(parallel=True, **_JIT)
def lsi_cf(codes, offsets, table, out):  # noqa: D103 - documented in kernels_numpy
    nf, n = codes.shape
    for c in prange(n):
        a = table[offsets[0] + np.int64(codes[0, c])]
        for i in range(1, nf):
            b = table[offsets[i] + np.int64(codes[i, c])]
            if a >= 0 and b >= 0:
                a = a + b - a * b
            elif a < 0 and b < 0:
                a = a + b + a * b
            else:
                a = (a + b) / (1.0 - min(abs(a), abs(b)))
        out[c] = a


_BUCKETS = 1 << 18


@numba.njit(**_JIT)
def _bucket_table(levels, nb):
    lo = levels[0]
    span = levels[-1] - lo
    first = np.empty(nb + 1, dtype=np.int64)
    k = 0
    for b in range(nb + 1):
        edge = lo + span * b / nb
        while k < levels.size and levels[k] < edge:
            k += 1
        first[b] = k
    return first


@numba.njit(parallel=True, **_JIT)
def _rank_counts(scores, levels, first, nb, nchunks):
    m = levels.size
    n = scores.size
    starts = np.zeros((nchunks, m + 1), dtype=np.int64)
    equals = np.zeros((nchunks, m), dtype=np.int64)
    valid = np.zeros(nchunks, dtype=np.int64)
    lo = levels[0]
    hi = levels[-1]
    span = hi - lo
    inv = nb / span if span > 0 else 0.0
    for c in prange(nchunks):
        a = c * n // nchunks
        z = (c + 1) * n // nchunks
        cnt = 0
        for j in range(a, z):
            s = scores[j]
            if np.isnan(s):
                continue
            cnt += 1
            if s <= lo:
                k = 0
            elif s > hi:
                k = m
            else:
                b = int((s - lo) * inv)
                if b > nb - 1:
                    b = nb - 1
                left = first[b]
                right = first[b + 1] + 1
                if right > m:
                    right = m
                # binary search in [left, right) for the first level >= s
                while left < right:
                    mid = (left + right) >> 1
                    if levels[mid] < s:
                        left = mid + 1
                    else:
                        right = mid
                k = left
                # guard against rounding in the bucket index
                while k > 0 and levels[k - 1] >= s:
                    k -= 1
                while k < m and levels[k] < s:
                    k += 1
            if k < m and levels[k] == s:
                equals[c, k] += 1
                starts[c, k + 1] += 1
            else:
                starts[c, k] += 1
        valid[c] = cnt
    return starts.sum(axis=0), equals.sum(axis=0), valid.sum()


def rank_counts(scores: np.ndarray, levels: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """Where the cells' scores fall among sorted distinct ``levels`` (see kernels_numpy)."""
    if levels.size == 0:
        return np.array([np.count_nonzero(~np.isnan(scores))]), np.zeros(0, np.int64), int(np.count_nonzero(~np.isnan(scores)))
    nb = int(min(_BUCKETS, max(1, 4 * levels.size)))
    first = _bucket_table(levels, nb)
    start, equal, valid = _rank_counts(scores, levels, first, nb, _chunks(scores.size, 2))
    return start, equal, int(valid)
