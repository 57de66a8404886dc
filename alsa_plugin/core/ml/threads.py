"""joblib's work in threads, never processes: the fits, the permutation importance, the map's prediction.

Inside QGIS, joblib's default process pool (loky) would start the QGIS binary itself, so
every joblib call of the models runs in a :func:`joblib_threads` context. The estimators
keep ``n_jobs=None``: they take the context's number of workers, and a joblib call nested
in a worker runs sequentially (joblib's rule). Predictions therefore run where the context
holds one worker (the map, the baseline of the permutation importance) or nested in a
worker (stacking's folds, the permuted factors): a random forest then sums its trees'
probabilities in one fixed order, so the results do not depend on the number of cores
(checked in ``tests/unit/test_ml_models.py`` and ``test_ml_predict.py``).
Scikit-learn's trees are built and applied without the GIL, so the threads use every core.

Stacking fits its bases side by side in joblib threads with one BLAS thread
(:func:`one_blas_thread`): with BLAS's own threads as well, two network bases ran four busy
threads on a 2-core machine (load 3.8, half the time spent in the kernel). A single model keeps
BLAS's threads: MLP on the paper-scale Po2 design fitted in 303 s with two BLAS threads, 347 s
with one (on 30 000 rows one thread was faster: 28.0 s against 35.5 s).
"""

from __future__ import annotations

import os


def cores(n_jobs: int | None = None) -> int:
    """``n_jobs`` as a number of workers: None is every core of this machine (−1 stays joblib's "every core")."""
    return (os.cpu_count() or 1) if n_jobs is None else int(n_jobs)


def joblib_threads(n_jobs: int | None = None):
    """A context in which joblib runs ``n_jobs`` threads (:func:`cores`)."""
    import joblib

    n = cores(n_jobs)
    if hasattr(joblib, "parallel_config"):  # joblib >= 1.3
        return joblib.parallel_config(backend="threading", n_jobs=n)
    return joblib.parallel_backend("threading", n_jobs=n)


def one_blas_thread():
    """A context in which BLAS (numpy's matrix products) uses one thread; the previous limits come back after it.

    The limit holds for the whole process while the context lasts (threadpoolctl, a scikit-learn dependency).
    """
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")
