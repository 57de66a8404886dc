"""Training/test split and the flat-area constraint (SPEC §1, §6)."""

import numpy as np
import pytest

from alsa.alsa_plugin.core import Cancelled, Factor, flat_cells, prepare, run, split_cells

RNG = np.random.default_rng(1)
X = RNG.random((30, 40))
LS = (RNG.random((30, 40)) < 0.1).astype(float)


def test_ratio_split_is_repeatable_with_a_seed_and_disjoint():
    a = prepare([Factor("x", X)], LS, train_ratio=0.7, seed=42)
    b = prepare([Factor("x", X)], LS, train_ratio=0.7, seed=42)
    np.testing.assert_array_equal(a.train.idx, b.train.idx)
    n = int(LS.sum())
    assert len(a.train) == round(0.7 * n)
    assert len(a.train) + len(a.test) == n
    assert np.intersect1d(a.train.idx, a.test.idx).size == 0


def test_ratio_one_means_no_test_set():
    st = prepare([Factor("x", X)], LS, train_ratio=1.0)
    assert st.test is None
    assert run(st, "FR", 0.1).evaluation.prediction is None


def test_split_by_object_keeps_objects_whole():
    labels = np.repeat(np.arange(10), 5)
    is_train = split_cells(labels.size, 0.6, 3, labels)
    for obj in range(10):
        assert len(set(is_train[labels == obj])) == 1
    assert is_train.sum() == 30


def test_separate_test_inventory():
    test = np.zeros_like(LS)
    test[0, :5] = 1
    st = prepare([Factor("x", X)], LS, test_landslides=test)
    assert len(st.train) == int(LS.sum())
    assert len(st.test) == 5


def test_flat_cells_get_null_lsi_but_stay_in_n_a():
    slope = X.copy()
    slope[:5] = 0.0
    flat = flat_cells(Factor("slope", slope))
    st = prepare([Factor("slope", slope)], LS, flat=flat, seed=0)
    assert st.n_a == X.size
    r = run(st, "CF", 0.1)
    grid = st.to_grid(r.lsi_output(st))
    assert np.isnan(grid[:5]).all()
    assert not np.isnan(grid[5:]).any()
    assert r.evaluation.n_ranked == X.size - 5 * 40


def test_aspect_flat_cells_are_negative_values():
    aspect = np.array([[-1.0, 0.0, 90.0, 359.0]])
    np.testing.assert_array_equal(flat_cells(Factor("aspect", aspect), "aspect"), [[True, False, False, False]])


def test_progress_reaches_one_and_cancel_raises():
    seen = []
    st = prepare([Factor("x", X)], LS, progress=lambda f, m: seen.append(f))
    run(st, "CF", 0.1, progress=lambda f, m: seen.append(f))
    assert seen[-1] == 1.0 and all(0 <= f <= 1 for f in seen)
    with pytest.raises(Cancelled):
        prepare([Factor("x", X)], LS, progress=lambda f, m: False)


def test_valid_positions_blockwise_equal_a_cumulative_count():
    from alsa.alsa_plugin.core.study import _valid_positions

    rng = np.random.default_rng(3)
    valid = rng.random(10_000) > 0.3
    idx = np.flatnonzero(valid & (rng.random(10_000) > 0.9))
    expected = np.cumsum(valid)[idx] - 1
    for block in (7, 64, 1000, 1 << 20):
        np.testing.assert_array_equal(_valid_positions(valid, idx, block), expected)
    assert _valid_positions(valid, idx[:0]).size == 0
