"""numba kernel of :class:`.knn.ApproximateKNeighborsClassifier`: the k nearest training rows by probed lists.

Imported only when an approximate KNN predicts (numba is then required; there is no
numpy twin: a per-row search in numpy would be slower than the exact search).
"""

from __future__ import annotations

import numba
import numpy as np
from numba import prange

# fast maths without "no infinities" (the searches start from +inf) nor "no NaNs"
_JIT = {"nogil": True, "cache": True, "fastmath": {"nsz", "arcp", "contract", "afn", "reassoc"}}


@numba.njit(parallel=True, **_JIT)
def search(q, dc, order, xt, xsq, starts, k, n_probe, n_blocks, out):
    """For each row of ``q``: the ``k`` nearest columns of ``xt`` among its ``n_probe`` nearest lists.

    q : rows (m × d, float32). dc : squared distances to the lists' centres minus the row's
    own norm (m × lists). order : the rows in the order they are searched (each thread takes a run of
    it). xt : the training rows transposed (d × n, float32), each list's
    columns contiguous (list c: columns starts[c] … starts[c+1]−1). xsq : their squared norms.
    More lists are probed when the first ``n_probe`` hold fewer than ``k`` rows. Ties are
    broken by the lower column, so the result does not depend on the order of the scan.
    n_blocks : rows are split into this many blocks for the threads (a few per thread).
    out : m × k int32, the columns found (unordered; −1 past the training rows when there are fewer than k).
    """
    m = q.shape[0]
    n_blocks = max(1, min(m, n_blocks))
    for blk in prange(n_blocks):
        dist = np.empty(xsq.size, dtype=np.float32)  # room for every training row: never reallocated
        cols = np.empty(xsq.size, dtype=np.int32)
        work = np.empty(xsq.size, dtype=np.float32)
        for i in range(blk * m // n_blocks, (blk + 1) * m // n_blocks):
            r = order[i]
            _row(q[r], dc[r], xt, xsq, starts, k, n_probe, out[r], dist, cols, work)


@numba.njit(**_JIT)
def _row(qr, dcr, xt, xsq, starts, k, n_probe, hi, dist, cols, work):
    """One row: probe the nearest lists, then the k smallest distances (ties: lower column first)."""
    d = qr.size
    n_lists = dcr.size
    p = min(n_probe, n_lists)
    while True:  # the p nearest lists, kept in a short sorted list
        pd = np.full(p, np.inf, dtype=np.float32)
        pc = np.zeros(p, dtype=np.int64)
        for c in range(n_lists):
            v = dcr[c]
            if v < pd[p - 1]:
                i = p - 1
                while i > 0 and pd[i - 1] > v:
                    pd[i] = pd[i - 1]
                    pc[i] = pc[i - 1]
                    i -= 1
                pd[i] = v
                pc[i] = c
        total = 0
        for i in range(p):
            total += starts[pc[i] + 1] - starts[pc[i]]
        if total >= k or p == n_lists:
            break
        p = min(2 * p, n_lists)
    # distances of the probed lists; once k are known, their k-th smallest bounds the answer from above and
    # only rows within the bound are kept (the same result as selecting among all, at a fraction of the cost)
    at = 0
    bound = np.float32(np.inf)
    for i in range(p):
        a = starts[pc[i]]
        n = starts[pc[i] + 1] - a
        buf = work[:n]
        for j in range(n):
            buf[j] = 0
        for t in range(d):  # column-major: the inner loop runs over contiguous training rows
            qt = qr[t]
            if qt != 0:  # one-hot columns are mostly zero
                col = xt[t, a : a + n]
                for j in range(n):
                    buf[j] += qt * col[j]
        sq = xsq[a : a + n]
        for j in range(n):
            s = sq[j] - np.float32(2.0) * buf[j]
            if s <= bound:
                dist[at] = s
                cols[at] = a + j
                at += 1
        if at >= k and (bound == np.inf or at > 4 * k):
            bound = np.partition(dist[:at], k - 1)[k - 1]
            kept = 0
            for j in range(at):
                if dist[j] <= bound:
                    dist[kept] = dist[j]
                    cols[kept] = cols[j]
                    kept += 1
            at = kept
    total = at
    kk = min(k, total)
    kth = np.partition(dist[:total], kk - 1)[kk - 1]
    got = 0
    ties = 0
    for j in range(total):
        if dist[j] < kth:
            hi[got] = cols[j]
            got += 1
        elif dist[j] == kth:
            ties += 1
    if got < kk:  # the rows at the k-th distance, lowest columns first
        tied = np.empty(ties, dtype=np.int32)
        ties = 0
        for j in range(total):
            if dist[j] == kth:
                tied[ties] = cols[j]
                ties += 1
        tied.sort()
        for j in range(kk - got):
            hi[got + j] = tied[j]
    for j in range(kk, k):
        hi[j] = -1
