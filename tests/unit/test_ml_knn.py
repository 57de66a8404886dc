"""The approximate KNN search (core.ml.knn): agreement with scikit-learn's exact KNN, repeatability, refusals."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("sklearn")
pytest.importorskip("numba")

from alsa.alsa_plugin.core import _accel  # noqa: E402
from alsa.alsa_plugin.core.errors import AlsaInputError  # noqa: E402
from alsa.alsa_plugin.core.ml import models  # noqa: E402
from alsa.alsa_plugin.core.ml.knn import ApproximateKNeighborsClassifier, default_lists  # noqa: E402
from alsa.alsa_plugin.core.ml.predict import ArraySource, predict_map  # noqa: E402

CLASSIFIED = [False, False, False, False, False, True]
# the approximate search runs on numba only (with ALSA_DISABLE_NUMBA it is refused: test_refusals, test_without_numba)
needs_numba = pytest.mark.skipif(not _accel.NUMBA, reason="numba disabled (ALSA_DISABLE_NUMBA): the search is refused")


def data(n, seed):
    """Five smooth-ish continuous factors and one classified, a label from a hidden score."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 6))
    x[:, 5] = rng.integers(1, 5, n)
    score = x[:, 0] - 0.5 * x[:, 1] ** 2 + 0.4 * (x[:, 5] == 2) + rng.normal(scale=0.8, size=n)
    return x, (score > np.quantile(score, 0.6)).astype(np.int64)


@pytest.fixture(scope="module")
def fitted():
    x, y = data(6000, 1)
    xq, _ = data(3000, 2)
    exact = models.fit_model("KNN", x, y, CLASSIFIED, {"n_neighbors": 50}, seed=3)
    approx = models.fit_model("KNN", x, y, CLASSIFIED, {"n_neighbors": 50, "neighbour_search": "approximate"}, seed=3)
    return x, y, xq, exact, approx


@needs_numba
def test_agrees_with_exact_sklearn(fitted):
    x, y, xq, exact, approx = fitted
    assert isinstance(approx.named_steps["model"], ApproximateKNeighborsClassifier)
    p_exact = exact.predict_proba(xq)[:, 1]
    p_approx = approx.predict_proba(xq)[:, 1]
    assert np.corrcoef(p_exact, p_approx)[0, 1] >= 0.99
    assert np.abs(p_exact - p_approx).mean() < 0.01
    # neighbour recall against brute force on the same normalised/encoded rows
    from sklearn.neighbors import NearestNeighbors

    prepare = approx.named_steps["prepare"]
    brute = NearestNeighbors(n_neighbors=50, algorithm="brute").fit(prepare.transform(x))
    truth = brute.kneighbors(prepare.transform(xq), return_distance=False)
    found = approx.named_steps["model"].kneighbors(prepare.transform(xq))
    recall = np.mean([np.intersect1d(a, b).size / 50 for a, b in zip(found, truth)])
    assert recall >= 0.97


@needs_numba
def test_repeatable_for_a_seed_and_any_thread_count(fitted):
    x, y, xq, _, approx = fitted
    again = models.fit_model("KNN", x, y, CLASSIFIED, {"n_neighbors": 50, "neighbour_search": "approximate"}, seed=3)
    np.testing.assert_array_equal(approx.predict_proba(xq), again.predict_proba(xq))
    one = models.fit_model("KNN", x, y, CLASSIFIED, {"n_neighbors": 50, "neighbour_search": "approximate"}, seed=3)
    one.set_params(model__n_jobs=1)  # the search's threads
    np.testing.assert_array_equal(approx.predict_proba(xq), one.predict_proba(xq))


@needs_numba
def test_the_order_and_blocks_of_the_rows_change_no_neighbour(fitted, monkeypatch):
    """Each block's rows are searched sorted by their nearest list, then put back in place."""
    from alsa.alsa_plugin.core.ml import knn

    _, _, xq, _, approx = fitted
    est, rows = approx.named_steps["model"], approx.named_steps["prepare"].transform(xq)
    whole = np.sort(est.kneighbors(rows), axis=1)
    perm = np.random.default_rng(5).permutation(len(rows))
    np.testing.assert_array_equal(np.sort(est.kneighbors(rows[perm]), axis=1), whole[perm])
    monkeypatch.setattr(knn, "BLOCK", 700)  # five blocks, the last one short
    np.testing.assert_array_equal(np.sort(est.kneighbors(rows), axis=1), whole)
    for i in (0, 1234, len(rows) - 1):  # one row alone: nothing to sort
        np.testing.assert_array_equal(np.sort(est.kneighbors(rows[i : i + 1]), axis=1), whole[i : i + 1])


@needs_numba
def test_predict_map_chunks_match_one_call(fitted):
    _, _, xq, _, approx = fitted
    source = ArraySource(list(xq.T), [f"f{i}" for i in range(6)], CLASSIFIED)
    whole = approx.predict_proba(xq)[:, 1].astype(np.float32)
    np.testing.assert_array_equal(predict_map(approx, source, chunk=1000), whole)


@needs_numba
def test_fewer_rows_in_the_probed_lists_than_k_probes_more():
    x, y = data(400, 4)
    est = ApproximateKNeighborsClassifier(n_neighbors=200, n_lists=50, n_probe=1).fit(x, y)
    found = est.kneighbors(x[:20])
    assert (found >= 0).all()
    assert all(np.unique(row).size == 200 for row in found)
    # every training row is a candidate when k = n: the vote is the overall share
    full = ApproximateKNeighborsClassifier(n_neighbors=400, n_lists=8, n_probe=1).fit(x, y)
    np.testing.assert_allclose(full.predict_proba(x[:5])[:, 1], y.mean())


@needs_numba
def test_exact_when_every_list_is_probed():
    from sklearn.neighbors import KNeighborsClassifier

    x, y = data(1500, 5)
    est = ApproximateKNeighborsClassifier(n_neighbors=25, n_lists=10, n_probe=10).fit(x, y)
    ref = KNeighborsClassifier(n_neighbors=25, algorithm="brute").fit(x, y)
    xq, _ = data(300, 6)
    close = np.abs(est.predict_proba(xq) - ref.predict_proba(xq)).max()
    assert close <= 1 / 25 + 1e-12  # only float32 near-ties at the k-th distance may swap one neighbour


def test_default_lists():
    assert default_lists(292_244) == 1081
    assert default_lists(10) == 2
    assert default_lists(1) == 1


def test_refusals(monkeypatch):
    with pytest.raises(AlsaInputError, match="neighbour_search"):
        models.settings("KNN", {"neighbour_search": "fast"})
    with pytest.raises(AlsaInputError, match="p = 2"):
        models.settings("KNN", {"neighbour_search": "approximate", "p": 1})
    monkeypatch.setattr(_accel, "numba_usable", lambda: False)
    monkeypatch.setattr(_accel, "NUMBA_ERROR", "No module named 'numba'")
    with pytest.raises(AlsaInputError, match="NEIGHBOUR_SEARCH.*numba.*pip install numba"):
        models.settings("KNN", {"neighbour_search": "approximate"})
    models.settings("KNN", {"neighbour_search": "exact"})  # the exact search never needs numba


@pytest.mark.skipif(_accel.NUMBA, reason="numba is on here")
def test_without_numba_the_approximate_search_is_refused_naming_the_parameter():
    x, y = data(300, 1)
    with pytest.raises(AlsaInputError, match="NEIGHBOUR_SEARCH.*ALSA_DISABLE_NUMBA"):
        models.fit_model("KNN", x, y, CLASSIFIED, {"n_neighbors": 5, "neighbour_search": "approximate"}, seed=1)
    models.fit_model("KNN", x, y, CLASSIFIED, {"n_neighbors": 5}, seed=1)  # the exact search runs
