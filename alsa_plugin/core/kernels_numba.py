"""numba kernels, twins of ``kernels_numpy`` (same names, same results, parallel)."""

from __future__ import annotations

import numba
import numpy as np
from numba import prange

from . import kernels_numpy as _numpy

_JIT = {"nogil": True, "cache": True}


def _chunks(n: int, per_thread: int = 4) -> int:
    """Chunks for a parallel reduction: a few per thread, at least one cell each."""
    return max(1, min(numba.get_num_threads() * per_thread, n))


@numba.njit(parallel=True, **_JIT)
def _masked_range(values, valid, nchunks):
    n = values.size
    lo = np.full(nchunks, np.inf)
    hi = np.full(nchunks, -np.inf)
    for c in prange(nchunks):
        mn = np.inf
        mx = -np.inf
        for j in range(c * n // nchunks, (c + 1) * n // nchunks):
            if valid[j]:
                v = np.float64(values[j])
                mn = min(mn, v)
                mx = max(mx, v)
        lo[c] = mn
        hi[c] = mx
    return lo.min(), hi.max()


def masked_range(values: np.ndarray, valid: np.ndarray) -> tuple[float, float]:
    """Minimum and maximum of ``values`` where ``valid``."""
    mn, mx = _masked_range(values, valid, _chunks(values.size))
    return float(mn), float(mx)


@numba.njit(parallel=True, **_JIT)
def _chunk_starts(valid, nchunks):
    n = valid.size
    counts = np.zeros(nchunks + 1, dtype=np.int64)
    for c in prange(nchunks):
        k = 0
        for j in range(c * n // nchunks, (c + 1) * n // nchunks):
            k += valid[j]
        counts[c + 1] = k
    return np.cumsum(counts)


@numba.njit(parallel=True, **_JIT)
def _scaled_positions(values, valid, vmin, factor, out, starts, nchunks):
    n = values.size
    for c in prange(nchunks):
        pos = starts[c]
        for j in range(c * n // nchunks, (c + 1) * n // nchunks):
            if valid[j]:
                out[pos] = np.int64((np.float64(values[j]) - vmin) * factor + 0.5)  # ≥ 0: truncation = floor
                pos += 1


@numba.njit(parallel=True, **_JIT)
def _class_offsets(values, valid, vmin, out, starts, nchunks):
    n = values.size
    bad = np.zeros(nchunks, dtype=np.int64)
    for c in prange(nchunks):
        pos = starts[c]
        for j in range(c * n // nchunks, (c + 1) * n // nchunks):
            if valid[j]:
                x = np.float64(values[j])
                out[pos] = np.int64(x - vmin)
                bad[c] += x != np.floor(x)
                pos += 1
    return bad.sum()


def masked_positions(values, valid, vmin, vmax, scale, out) -> int:  # noqa: D103 - see kernels_numpy
    nchunks = _chunks(values.size)
    starts = _chunk_starts(valid, nchunks)
    if scale > 0:
        _scaled_positions(values, valid, vmin, scale / (vmax - vmin), out, starts, nchunks)
        return 0
    return int(_class_offsets(values, valid, vmin, out, starts, nchunks))


@numba.njit(parallel=True, **_JIT)
def _count_codes(codes, size, nchunks):
    n = codes.size
    parts = np.zeros((nchunks, size), dtype=np.int64)
    for c in prange(nchunks):
        for j in range(c * n // nchunks, (c + 1) * n // nchunks):
            parts[c, codes[j]] += 1
    return parts.sum(axis=0)


def count_codes(codes: np.ndarray, size: int) -> np.ndarray:
    """Occurrences of each code 0..size-1 (int64)."""
    return _count_codes(codes, size, _chunks(codes.size, 1))


@numba.njit(parallel=True, **_JIT)
def remap(codes, lut):  # noqa: D103 - see kernels_numpy
    for j in prange(codes.size):
        codes[j] = lut[codes[j]]


@numba.njit(parallel=True, **_JIT)
def lsi_sum(codes, offsets, table, out):  # noqa: D103 - documented in kernels_numpy
    nf, n = codes.shape
    for c in prange(n):
        s = 0.0
        for i in range(nf):
            s += table[offsets[i] + np.int64(codes[i, c])]
        out[c] = s


@numba.njit(**_JIT)
def _bucket(s, lo, inv, nb):
    """Bucket of a value in [lo, hi]: monotone in s, so a level in a lower bucket is lower."""
    b = np.int64((s - lo) * inv)
    return nb - 1 if b > nb - 1 else b


@numba.njit(**_JIT)
def _bucket_starts(levels, nb, inv):
    first = np.zeros(nb + 1, dtype=np.int32)
    lo = levels[0]
    for j in range(levels.size):
        first[_bucket(levels[j], lo, inv, nb) + 1] += 1
    for b in range(nb):
        first[b + 1] += first[b]
    return first


@numba.njit(parallel=True, **_JIT)
def _rank_counts(scores, levels, first, nb, inv, nchunks):
    m = levels.size
    n = scores.size
    starts = np.zeros((nchunks, m + 1), dtype=np.int32)
    equals = np.zeros((nchunks, m), dtype=np.int32)
    valid = np.zeros(nchunks, dtype=np.int64)
    lo = levels[0]
    hi = levels[-1]
    for c in prange(nchunks):
        a = c * n // nchunks
        z = (c + 1) * n // nchunks
        cnt = 0
        for j in range(a, z):
            s = scores[j]
            if np.isnan(s):
                continue
            cnt += 1
            if s < lo:
                starts[c, 0] += 1
                continue
            if s > hi:
                starts[c, m] += 1
                continue
            b = _bucket(s, lo, inv, nb)
            k = first[b]
            right = first[b + 1]
            while k < right and levels[k] < s:  # levels sharing the bucket
                k += 1
            if k < right and levels[k] == s:
                equals[c, k] += 1
                starts[c, k + 1] += 1
            else:
                starts[c, k] += 1
        valid[c] = cnt
    start = np.zeros(m + 1, dtype=np.int64)
    equal = np.zeros(m, dtype=np.int64)
    for c in range(nchunks):
        start += starts[c]
        equal += equals[c]
    return start, equal, valid.sum()


def rank_counts(scores: np.ndarray, levels: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """Where the cells' scores fall among sorted distinct ``levels`` (see kernels_numpy)."""
    if levels.size == 0:
        n = int(np.count_nonzero(~np.isnan(scores)))
        return np.array([n], dtype=np.int64), np.zeros(0, np.int64), n
    if not (np.isfinite(levels[0]) and np.isfinite(levels[-1])):  # e.g. CF key +inf at p(L|F) = 1
        return _numpy.rank_counts(scores, levels)
    nb = max(1, levels.size)
    span = levels[-1] - levels[0]
    inv = nb / span if span > 0 else 0.0
    first = _bucket_starts(levels, nb, inv)
    start, equal, valid = _rank_counts(scores, levels, first, nb, inv, _chunks(scores.size, 1))
    return start, equal, int(valid)
