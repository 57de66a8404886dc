"""Approximate k-nearest neighbours: the KNN model's ``neighbour_search="approximate"`` (issue 9).

The exact search (scikit-learn's brute force) compares every predicted cell with every
training cell: ≈ 1 ms per cell for k = 100 on the paper-scale Po2 design (292 000
training cells, 45 columns after one-hot encoding), hours for a 20.9 M-cell map — the
ML paper's "almost impossible" at Px1. This search is an inverted file (IVF, as in
FAISS's ``IndexIVFFlat``): the training rows are split into ``n_lists`` lists by k-means
(seeded), and each cell is compared only with the rows of the ``n_probe`` lists whose
centres lie nearest to it; the k nearest of those vote, uniformly, as in the exact model.
The neighbours it misses are rare and lie at about the k-th distance, so the share of
landslide cells changes little: on the paper-scale synthetic stack, recall 0.99 of the
exact neighbours and a correlation of 0.999 with the exact probabilities (``make bench``
measures both).

Distances are computed in float32; ties at the k-th distance are broken by the training
row's position, so a seed gives the same probabilities on every run and with any number
of threads. numba is required (no numpy twin: a per-row search in numpy would be slower
than the exact one).
"""

from __future__ import annotations

import threading

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from ..errors import AlsaInputError
from ..i18n import tr

BLOCK = 1 << 16
"""Rows per kernel call: bounds the workspace (k × 8 bytes per row) whatever the caller passes."""

_lock = threading.Lock()  # numba's workqueue threading layer must not run two parallel kernels at once


def default_lists(n_rows: int) -> int:
    """2·√n lists (≈ √n / 2 training rows in each), at most n / 4 so that lists stay populated."""
    return int(max(1, min(round(2 * np.sqrt(n_rows)), n_rows // 4)))


def require_numba() -> None:
    """Raise :class:`AlsaInputError` when numba cannot run here, naming the setting to change."""
    from .._accel import NUMBA_ERROR, numba_usable

    if not numba_usable():
        raise AlsaInputError(
            tr(
                "KNN: the approximate neighbour search (NEIGHBOUR_SEARCH, neighbour_search='approximate') needs "
                "numba, which cannot run here ({error}). Install it into the Python that QGIS runs, e.g. "
                "'python3 -m pip install numba' or 'sudo apt install python3-numba', or choose the exact search"
            ).format(error=NUMBA_ERROR or tr("not installed"))
        )


class ApproximateKNeighborsClassifier(ClassifierMixin, BaseEstimator):
    """k-nearest-neighbour vote over an inverted file (k-means lists), Euclidean distance.

    Parameters
    ----------
    n_neighbors : k, the neighbours that vote (uniform weights).
    n_lists : k-means lists of the training rows (None: :func:`default_lists`).
    n_probe : lists searched per row, the nearest by their centre (more: closer to exact, slower).
    random_state : seed of the k-means.
    n_jobs : threads of the search (None or −1: every core numba may use, as scikit-learn's
        exact brute-force search uses every core through OpenMP).
    """

    def __init__(self, n_neighbors=100, n_lists=None, n_probe=16, random_state=0, n_jobs=None):
        self.n_neighbors = n_neighbors
        self.n_lists = n_lists
        self.n_probe = n_probe
        self.random_state = random_state
        self.n_jobs = n_jobs

    def fit(self, x, y):
        from sklearn.cluster import MiniBatchKMeans

        require_numba()
        x = np.ascontiguousarray(x, dtype=np.float32)
        y = np.asarray(y)
        if x.ndim != 2 or x.shape[0] != y.shape[0]:
            raise AlsaInputError(tr("KNN: {rows} training rows for {labels} labels").format(rows=len(x), labels=len(y)))
        k = int(self.n_neighbors)
        if not 1 <= k <= x.shape[0]:
            raise AlsaInputError(
                tr("KNN: k = {k} neighbours, but the model is trained on only {rows} rows").format(k=k, rows=len(x))
            )
        self.classes_, codes = np.unique(y, return_inverse=True)
        n_lists = int(self.n_lists) if self.n_lists else default_lists(x.shape[0])
        n_lists = max(1, min(n_lists, x.shape[0]))
        if n_lists > 1:
            km = MiniBatchKMeans(
                n_clusters=n_lists, random_state=self.random_state, batch_size=4096, n_init=1, max_iter=20
            ).fit(x)
            labels = km.labels_
        else:
            labels = np.zeros(x.shape[0], dtype=np.int64)
        order = np.argsort(labels, kind="stable")
        sorted_x = x[order]
        self.centres_ = self._centres(sorted_x, labels[order], n_lists)
        self.starts_ = np.searchsorted(labels[order], np.arange(n_lists + 1)).astype(np.int64)
        self.xt_ = np.ascontiguousarray(sorted_x.T)
        self.xsq_ = np.einsum("ij,ij->i", sorted_x, sorted_x).astype(np.float32)
        self.order_ = order.astype(np.int64)
        self.codes_ = codes[order].astype(np.int32)
        self.n_features_in_ = x.shape[1]
        self.n_lists_ = n_lists
        return self

    @staticmethod
    def _centres(sorted_x, sorted_labels, n_lists):
        """Each list's mean row (an empty list's centre is +inf: never probed)."""
        sums = np.zeros((n_lists, sorted_x.shape[1]), dtype=np.float64)
        np.add.at(sums, sorted_labels, sorted_x)
        counts = np.bincount(sorted_labels, minlength=n_lists)
        with np.errstate(invalid="ignore", divide="ignore"):
            centres = sums / counts[:, None]
        centres[counts == 0] = np.inf
        return centres.astype(np.float32)

    def _neighbours(self, x: np.ndarray) -> np.ndarray:
        """Positions (in the sorted training rows) of each row's k neighbours, m × k int32."""
        from . import knn_numba

        check_is_fitted(self, "xt_")
        require_numba()
        x = np.ascontiguousarray(x, dtype=np.float32)
        if x.ndim != 2 or x.shape[1] != self.n_features_in_:
            raise AlsaInputError(
                tr("KNN: rows of {width} values, but the model was fitted on {expected}").format(
                    width=x.shape[-1], expected=self.n_features_in_
                )
            )
        k = int(self.n_neighbors)
        out = np.empty((x.shape[0], k), dtype=np.int32)
        csq = np.einsum("ij,ij->i", self.centres_, self.centres_)
        finite = np.isfinite(csq)
        minus_2c = np.where(finite[:, None], -2 * self.centres_, 0).T.astype(np.float32)  # d × lists
        add = np.where(finite, csq, np.inf).astype(np.float32)
        for start in range(0, x.shape[0], BLOCK):
            q = x[start : start + BLOCK]
            dc = q @ minus_2c  # squared distance to each centre minus the row's own norm, float32, in place
            dc += add
            # rows with the same nearest list one after another: the lists they probe stay in the cache
            # (each row's search does not depend on the others, so the order changes no neighbour)
            order = np.argsort(np.argmin(dc, axis=1), kind="stable")
            with _lock, _NumbaThreads(self.n_jobs) as threads:
                knn_numba.search(
                    q,
                    dc,
                    order,
                    self.xt_,
                    self.xsq_,
                    self.starts_,
                    k,
                    int(self.n_probe),
                    4 * threads,
                    out[start : start + BLOCK],
                )
        return out

    def kneighbors(self, x) -> np.ndarray:
        """Indices of each row's k neighbours among the training rows (as given to :meth:`fit`), unordered."""
        return self.order_[self._neighbours(x)]

    def predict_proba(self, x) -> np.ndarray:
        codes = self.codes_[self._neighbours(x)]
        return np.stack([(codes == c).mean(axis=1) for c in range(self.classes_.size)], axis=1)

    def predict(self, x) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(x), axis=1)]


class _NumbaThreads:
    """numba's thread count for one call (``n_jobs``: None or −1 = every thread numba may use)."""

    def __init__(self, n_jobs):
        self.n_jobs = n_jobs

    def __enter__(self):
        import numba

        self.before = numba.get_num_threads()
        top = numba.config.NUMBA_NUM_THREADS
        jobs = -1 if self.n_jobs is None else int(self.n_jobs)
        n = max(1, min(top + 1 + jobs if jobs < 0 else jobs, top))
        numba.set_num_threads(n)
        return n

    def __exit__(self, *exc):
        import numba

        numba.set_num_threads(self.before)
