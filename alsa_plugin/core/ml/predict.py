"""P(landslide) of every valid cell, chunk by chunk (SPEC §10, "full-map prediction").

The model never sees the whole map at once: a :class:`FeatureSource` builds the rows of
one slice of valid cells when asked (e.g. from one array per factor), the model predicts
them, and the progress callback may cancel between slices. The chunk size follows a
memory budget, so peak memory does not grow with the map; every cell is predicted,
never a sample.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Sequence

import numpy as np

from ..errors import AlsaInputError
from ..i18n import tr
from ..progress import ProgressCallback, report
from .models import positive_column
from .threads import cores, joblib_threads

DEFAULT_BUDGET = 256 << 20  # bytes of temporaries per chunk
MIN_CHUNK = 1024
# Bagging copies each chunk once per tree (X[:, features]): cache-sized chunks predicted 1 M rows in 18.5 s
# instead of 33.5 s. Random forest went the other way (25.0 s instead of 10.7 s), so only bagging is capped.
MAX_CHUNK = {"BaggingClassifier": 1 << 14}
# Models whose prediction runs on one core unless the rows are split between threads (tree predictions release
# the GIL). Each row's probability does not depend on which rows share its call, so the split changes nothing in
# the result. KNN (OpenMP or numba threads) and LR/ANN/MLP (BLAS threads) use every core by themselves.
ROW_THREADS = ("DecisionTreeClassifier", "RandomForestClassifier", "BaggingClassifier", "StackingClassifier")


class FeatureSource:
    """Factor values of the valid cells, one row per cell, built on demand.

    Subclasses give :meth:`columns`; :meth:`take` (rows of arbitrary cells, for the
    designs) reads them window by window unless a subclass does better.

    Attributes
    ----------
    n_cells : N(A), the number of valid cells.
    names : factor names, one per column.
    classified : per column, True for a classified factor (one-hot encoded).
    """

    def __init__(self, n_cells: int, names: Sequence[str], classified: Sequence[bool]):
        if len(names) != len(classified):
            raise AlsaInputError(
                tr("{names} factor names for {flags} classified flags").format(names=len(names), flags=len(classified))
            )
        self.n_cells = int(n_cells)
        self.names = list(names)
        self.classified = [bool(c) for c in classified]

    @property
    def n_factors(self) -> int:
        return len(self.names)

    def columns(self, start: int, stop: int) -> np.ndarray:
        """Rows of valid cells ``start`` … ``stop``−1: a (stop−start) × factors float64 array."""
        raise NotImplementedError

    def take(self, cells: np.ndarray, window: int = 1 << 18) -> np.ndarray:
        """Rows of the valid cells ``cells`` (any order) as a len(cells) × factors float64 array."""
        cells = np.asarray(cells, dtype=np.int64)
        out = np.empty((cells.size, self.n_factors), dtype=np.float64)
        order = np.argsort(cells, kind="stable")
        sorted_cells = cells[order]
        lo = 0
        while lo < sorted_cells.size:
            start = int(sorted_cells[lo])
            hi = int(np.searchsorted(sorted_cells, start + window, side="left"))
            block = self.columns(start, min(start + window, self.n_cells))
            out[order[lo:hi]] = block[sorted_cells[lo:hi] - start]
            lo = hi
        return out


class ArraySource(FeatureSource):
    """Rows from one 1-D array per factor, over the valid cells (e.g. the grid's valid values)."""

    def __init__(self, arrays: Sequence[np.ndarray], names: Sequence[str], classified: Sequence[bool]):
        arrays = [np.asarray(a).ravel() for a in arrays]
        if len(arrays) != len(names) or len({a.size for a in arrays}) > 1:
            raise AlsaInputError(tr("factor arrays: one array per factor, all of one length"))
        super().__init__(arrays[0].size if arrays else 0, names, classified)
        self.arrays = arrays

    def columns(self, start: int, stop: int) -> np.ndarray:
        out = np.empty((stop - start, self.n_factors), dtype=np.float64)
        for i, a in enumerate(self.arrays):
            out[:, i] = a[start:stop]
        return out

    def take(self, cells: np.ndarray, window: int = 0) -> np.ndarray:
        cells = np.asarray(cells, dtype=np.int64)
        out = np.empty((cells.size, self.n_factors), dtype=np.float64)
        for i, a in enumerate(self.arrays):
            out[:, i] = a[cells]
        return out


class CallableSource(FeatureSource):
    """Rows from ``rows(start, stop) -> array`` (the caller builds them as it likes)."""

    def __init__(
        self,
        rows: Callable[[int, int], np.ndarray],
        n_cells: int,
        names: Sequence[str],
        classified: Sequence[bool],
    ):
        super().__init__(n_cells, names, classified)
        self._rows = rows

    def columns(self, start: int, stop: int) -> np.ndarray:
        out = np.asarray(self._rows(start, stop), dtype=np.float64)
        if out.shape != (stop - start, self.n_factors):
            raise AlsaInputError(
                tr("feature rows for cells {start}-{stop}: shape {shape}, expected {expected}").format(
                    start=start, stop=stop, shape=out.shape, expected=(stop - start, self.n_factors)
                )
            )
        return out


def bytes_per_row(model, n_factors: int) -> int:
    """A generous estimate of the temporary bytes one predicted row costs ``model``."""
    prepare, est = model.named_steps["prepare"], model.named_steps["model"]
    width = len(prepare.get_feature_names_out())
    return 2 * (8 * (n_factors + width) + _model_bytes(est, width))


def _model_bytes(est, width: int) -> int:
    name = type(est).__name__
    if name == "KNeighborsClassifier":
        return 16 * int(est.n_neighbors) + 8 * width
    if name == "ApproximateKNeighborsClassifier":  # float32 copy, neighbour columns and their votes
        return 12 * int(est.n_neighbors) + 4 * width
    if name == "MLPClassifier":
        return 16 * int(sum(est.hidden_layer_sizes))
    if name in ("RandomForestClassifier", "BaggingClassifier"):
        return 64 * max(1, int(getattr(est, "n_jobs", 1) or 1))
    if name == "StackingClassifier":
        return sum(_model_bytes(e, width) for e in est.estimators_) + 16 * len(est.estimators_)
    return 16


def chunk_rows(model, n_factors: int, budget: int = DEFAULT_BUDGET) -> int:
    """Cells per chunk so one chunk's temporaries stay within ``budget`` bytes (see :data:`MAX_CHUNK`)."""
    cap = MAX_CHUNK.get(type(model.named_steps["model"]).__name__, 1 << 62)
    return min(cap, max(MIN_CHUNK, int(budget) // bytes_per_row(model, n_factors)))


def predict_map(
    model,
    source: FeatureSource,
    *,
    budget: int = DEFAULT_BUDGET,
    chunk: int | None = None,
    progress: ProgressCallback = None,
    threads: int | None = None,
) -> np.ndarray:
    """P(landslide) of every valid cell of ``source`` (float32, one value per cell).

    Parameters
    ----------
    model : a fitted pipeline from :func:`.models.fit_model`.
    source : the rows of the valid cells.
    budget : bytes of temporaries per chunk; sets the chunk size (:func:`chunk_rows`).
    chunk : cells per chunk, overriding ``budget``.
    progress : callback(fraction, message) -> False to cancel; called between chunks
        (raises :class:`~alsa_plugin.core.errors.Cancelled`).
    threads : for the models of :data:`ROW_THREADS`, each chunk is split between this many
        threads (None: every core); the probabilities are the same with any number.
    """
    from sklearn import config_context

    n = source.n_cells
    step = int(chunk) if chunk else chunk_rows(model, source.n_factors, budget)
    if step < 1:
        raise AlsaInputError(tr("prediction chunk must hold at least one cell, got {chunk}").format(chunk=chunk))
    col = positive_column(model)
    out = np.empty(n, dtype=np.float32)
    message = tr("predicting the landslide probability of {total} cells").format(total=n)
    report(progress, 0.0, message)
    # sklearn's own blocks (KNN's distance matrices) get half the budget, in MiB; joblib runs one thread (the
    # rows are split between threads here instead, which keeps each estimator's sums in one order)
    split = type(model.named_steps["model"]).__name__ in ROW_THREADS
    workers = max(1, cores(threads or None)) if split else 1
    memory = config_context(working_memory=max(1, budget >> 21))
    with memory, joblib_threads(1), ThreadPoolExecutor(workers) as pool:
        for start in range(0, n, step):
            stop = min(start + step, n)
            rows = source.columns(start, stop)
            if workers > 1 and stop - start >= 2 * MIN_CHUNK:
                edges = np.linspace(0, stop - start, workers + 1).astype(np.int64)
                parts = [pool.submit(model.predict_proba, rows[a:b]) for a, b in zip(edges[:-1], edges[1:])]
                out[start:stop] = np.concatenate([part.result()[:, col] for part in parts])
            else:
                out[start:stop] = model.predict_proba(rows)[:, col]
            del rows
            report(progress, stop / n, message)
    return out
