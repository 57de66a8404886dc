"""Tests of alsa_plugin.core.reclassify (values worked by hand, brute force, invariants)."""

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from alsa.alsa_plugin.core.errors import AlsaInputError
from alsa.alsa_plugin.core.reclassify import METHODS, class_breaks, reclassify


def within_sse(values, classes):
    """Sum over classes of the squared deviations from the class mean."""
    return sum(((values[classes == c] - values[classes == c].mean()) ** 2).sum() for c in np.unique(classes))


def brute_force_sse(values, k):
    """Least within-class SSE over every split of the sorted distinct values into k runs."""
    u = np.unique(values)
    best = np.inf
    for cuts in itertools.combinations(range(1, u.size), k - 1):
        edges = u[list(cuts)]  # first distinct value of classes 2..k
        best = min(best, within_sse(values, np.searchsorted(edges, values, side="right")))
    return best


def check_invariants(values, n, classes, breaks):
    assert breaks.shape == (n + 1,)
    assert np.all(np.diff(breaks) >= 0)
    finite = np.isfinite(values)
    v, c = values[finite], classes[finite].astype(int)
    assert breaks[0] == v.min() and breaks[-1] == v.max()
    assert classes.shape == values.shape
    assert np.all(classes[~finite] == 0)
    assert np.all((c >= 1) & (c <= n))
    assert np.all(v <= breaks[c])
    assert np.all((v > breaks[c - 1]) | ((c == 1) & (v == breaks[0])))


# --- equal interval ---------------------------------------------------------------


def test_equal_interval_by_hand():
    values = np.arange(11.0)  # 0..10
    classes, breaks = reclassify(values, 5, "equal_interval")
    np.testing.assert_array_equal(breaks, [0, 2, 4, 6, 8, 10])
    # 0,1,2 -> 1; 3,4 -> 2; 5,6 -> 3; 7,8 -> 4; 9,10 -> 5 (upper break inclusive)
    np.testing.assert_array_equal(classes, [1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
    assert classes.dtype == np.uint8


def test_equal_interval_is_default_and_2d_with_nodata():
    values = np.array([[0.0, 2.5, np.nan], [7.5, 10.0, 5.0]])
    classes, breaks = reclassify(values, 4)
    np.testing.assert_array_equal(breaks, [0, 2.5, 5, 7.5, 10])
    np.testing.assert_array_equal(classes, [[1, 1, 0], [3, 4, 2]])


# --- quantile -----------------------------------------------------------------------


def test_quantile_by_hand():
    values = np.arange(1.0, 101.0)  # 1..100
    classes, breaks = reclassify(values, 4, "quantile")
    # np.quantile, linear: position q*(n-1) -> 1 + 24.75 = 25.75, 50.5, 75.25
    np.testing.assert_allclose(breaks, [1, 25.75, 50.5, 75.25, 100])
    np.testing.assert_array_equal(np.bincount(classes), [0, 25, 25, 25, 25])
    assert classes[24] == 1 and classes[25] == 2  # values 25 and 26
    assert classes[75] == 4  # value 76


def test_quantile_ties_keep_n_breaks_with_empty_classes():
    values = np.array([0.0] * 90 + list(range(1, 11)))
    classes, breaks = reclassify(values, 4, "quantile")
    assert breaks.shape == (5,)
    np.testing.assert_array_equal(breaks[:4], 0.0)
    assert set(np.unique(classes)) == {1, 4}  # classes 2 and 3 are empty
    check_invariants(values, 4, classes, breaks)


# --- natural breaks ------------------------------------------------------------------


def test_natural_breaks_clusters():
    values = np.array([31.0, 1, 10, 2, 12, 30, 3, 11])
    classes, breaks = reclassify(values, 3, "natural_breaks")
    np.testing.assert_array_equal(breaks, [1, 3, 12, 31])
    np.testing.assert_array_equal(classes, [3, 1, 2, 1, 2, 3, 1, 2])


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("k", [2, 3, 4])
def test_natural_breaks_matches_brute_force(seed, k):
    rng = np.random.default_rng(seed)
    values = rng.lognormal(0.0, 1.0, size=int(rng.integers(10, 41)))
    if seed % 2:  # ties: the distinct values become weighted points
        values = np.round(values * 3.0)
    classes, breaks = reclassify(values, k, "natural_breaks")
    check_invariants(values, k, classes, breaks)
    assert np.all(np.isin(breaks, values))
    assert within_sse(values, classes) == pytest.approx(brute_force_sse(values, k), rel=1e-9, abs=1e-12)


def test_natural_breaks_sixty_values_brute_force():
    values = np.random.default_rng(42).normal(size=60)
    classes, _ = reclassify(values, 3, "natural_breaks")
    assert within_sse(values, classes) == pytest.approx(brute_force_sse(values, 3), rel=1e-9)


def test_natural_breaks_fewer_distinct_values_than_classes():
    classes, breaks = reclassify(np.array([1.0, 2.0, 2.0, 3.0]), 5, "natural_breaks")
    np.testing.assert_array_equal(breaks, [1, 1, 2, 3, 3, 3])
    np.testing.assert_array_equal(classes, [1, 2, 2, 3])


def test_natural_breaks_binned_clusters_and_breaks_are_data_values():
    # 3 well separated clusters, 3000 distinct values > max_points: the binned path
    rng = np.random.default_rng(1)
    centres = np.repeat([0.0, 50.0, 100.0], 1000)
    values = centres + rng.uniform(-5.0, 5.0, centres.size)
    classes, breaks = reclassify(values, 3, "natural_breaks", max_points=200)
    np.testing.assert_array_equal(classes, np.repeat([1, 2, 3], 1000))
    assert np.all(np.isin(breaks, values))
    np.testing.assert_array_equal(breaks[1:3], [values[:1000].max(), values[1000:2000].max()])


def test_natural_breaks_many_cells_few_distinct_values_is_exact():
    # 100 000 cells but 12 distinct values: exact Fisher on the values with counts
    rng = np.random.default_rng(7)
    small = rng.integers(0, 12, size=40) * 1.0
    values = np.resize(small, 100_000)
    classes, breaks = reclassify(values, 3, "natural_breaks")
    check_invariants(values, 3, classes, breaks)
    expected = brute_force_sse(small, 3) * 2500  # 2500 copies of the 40 values
    assert within_sse(values, classes) == pytest.approx(expected, rel=1e-9)


def test_natural_breaks_few_distinct_values_sharing_a_bin_is_exact():
    # 6 distinct values, 0, 1e-6 and 2e-6 in the same equal-width bin: still exact
    small = np.array([0.0, 1e-6, 2e-6, 5.0, 5.5, 1000.0])
    values = np.resize(small, 12_000)
    classes, breaks = reclassify(values, 5, "natural_breaks")
    check_invariants(values, 5, classes, breaks)
    assert breaks[-2] == 5.5  # binning would leave 4 points and repeat the maximum
    expected = brute_force_sse(small, 5) * 2000
    assert within_sse(values, classes) == pytest.approx(expected, abs=1e-9)


def test_large_raster_runs():
    values = np.random.default_rng(0).gamma(2.0, 300.0, size=(2000, 2000))
    values[:5, :5] = np.nan
    classes, breaks = reclassify(values, 10, "natural_breaks")
    assert classes.shape == values.shape and classes.dtype == np.uint8
    assert np.all(classes[:5, :5] == 0)
    assert set(np.unique(classes[5:])) == set(range(1, 11))
    assert np.all(np.diff(breaks) > 0)


# --- common behaviour ------------------------------------------------------------------


@pytest.mark.parametrize("method", METHODS)
def test_nodata_shape_and_dtype(method):
    values = np.array([[np.nan, 1.0, 2.0], [3.0, np.inf, 4.0]], dtype=np.float32)
    classes, breaks = reclassify(values, 2, method)
    assert classes.shape == (2, 3)
    assert classes[0, 0] == 0 and classes[1, 1] == 0
    assert breaks[0] == 1.0 and breaks[-1] == 4.0
    np.testing.assert_array_equal(class_breaks(values, 2, method), breaks)


def test_uint16_above_255_classes():
    classes, breaks = reclassify(np.arange(1000.0), 300)
    assert classes.dtype == np.uint16 and classes.max() == 300 and breaks.size == 301


@settings(max_examples=60, deadline=None)
@given(
    values=hnp.arrays(
        np.float64,
        st.integers(2, 80),
        elements=st.one_of(st.floats(-1e6, 1e6), st.just(np.nan)),
    ),
    n=st.integers(2, 12),
    method=st.sampled_from(METHODS),
)
def test_invariants(values, n, method):
    if np.unique(values[np.isfinite(values)]).size < 2:
        with pytest.raises(AlsaInputError, match="values"):
            reclassify(values, n, method)
        return
    classes, breaks = reclassify(values, n, method)
    check_invariants(values, n, classes, breaks)


# --- errors ------------------------------------------------------------------------------


@pytest.mark.parametrize("n", [1, 0, -3, 1001, 2.0, 3.5, "3", None, True])
def test_bad_n_classes(n):
    with pytest.raises(AlsaInputError, match="n_classes must be an integer from 2 to 1000"):
        reclassify(np.arange(5.0), n)


def test_numpy_integer_n_classes_is_accepted():
    _, breaks = reclassify(np.arange(5.0), np.int64(2))
    np.testing.assert_array_equal(breaks, [0, 2, 4])


def test_unknown_method_lists_the_valid_ones():
    with pytest.raises(
        AlsaInputError,
        match="method must be one of equal_interval, quantile, natural_breaks",
    ):
        class_breaks(np.arange(5.0), 3, "jenks")


@pytest.mark.parametrize("max_points", [1, 5001, 2.5])
def test_bad_max_points(max_points):
    with pytest.raises(AlsaInputError, match="max_points must be an integer"):
        class_breaks(np.arange(5.0), 3, "natural_breaks", max_points=max_points)


@pytest.mark.parametrize("values", [np.full((3, 3), np.nan), np.array([]), np.array([np.inf, -np.inf])])
def test_only_nodata(values):
    with pytest.raises(AlsaInputError, match="values: the factor has only nodata cells"):
        reclassify(values, 3)


def test_constant_factor():
    with pytest.raises(
        AlsaInputError,
        match="values: the factor is constant .*cannot be split into classes",
    ):
        reclassify(np.array([[4.0, 4.0], [np.nan, 4.0]]), 3, "quantile")


def test_non_numeric_values():
    with pytest.raises(AlsaInputError, match="values must be a numeric array"):
        reclassify(np.array(["a", "b"]), 2)
