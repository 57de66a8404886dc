"""Classification-free continuous factors: normalisation, precision and bins (SPEC §4)."""

import numpy as np
import pytest

from alsa.alsa_plugin.core import Factor, factor_tables, prepare
from alsa.alsa_plugin.core.factors import encode_continuous

VALUES = np.array([0.0, 0.1, 0.12, 0.2, 0.5, 1.0])


def test_precision_rounds_the_normalised_values():
    # the paper's example: 0.21237 and 0.21193 both become 0.212 at P = 3
    v = np.array([0.0, 0.21237, 0.21193, 1.0])
    enc = encode_continuous("x", v, 3)
    np.testing.assert_allclose(enc.centres, [0.0, 0.212, 1.0])
    np.testing.assert_array_equal(enc.n_cells, [1, 2, 1])
    np.testing.assert_array_equal(enc.codes, [0, 1, 1, 2])


def test_min_max_normalisation_of_raw_units():
    enc = encode_continuous("elev", np.array([1000.0, 1500.0, 2000.0]), 2)
    np.testing.assert_allclose(enc.centres, [0.0, 0.5, 1.0])
    np.testing.assert_allclose(enc.raw_centres(), [1000.0, 1500.0, 2000.0])


def test_precision_zero_keeps_every_distinct_value():
    enc = encode_continuous("x", np.array([0.0, 0.21237, 0.21193, 1.0]), 0)
    assert enc.n_codes == 4


@pytest.mark.parametrize(
    ("precision", "expected_centres", "expected_n_f"),
    [
        # P=1: values round to 0, .1, .1, .2, .5, 1 ; half width = 1 unit
        (1, [0.0, 0.1, 0.2, 0.5, 1.0], [3, 4, 3, 1, 1]),
        # P=2: 0, .10, .12, .20, .50, 1 ; half width = 10 units, edges inclusive
        (2, [0.0, 0.1, 0.12, 0.2, 0.5, 1.0], [2, 4, 3, 3, 1, 1]),
    ],
)
def test_bin_counts_by_hand(precision, expected_centres, expected_n_f):
    ls = np.array([0, 1, 0, 0, 0, 0], dtype=float)  # one landslide at 0.1
    st = prepare([Factor("x", VALUES)], ls, precision=precision, train_ratio=1.0)
    (t,) = factor_tables(st, "FR", 0.2)
    np.testing.assert_allclose(t.factor.centres, expected_centres)
    np.testing.assert_array_equal(t.probabilities.n_f, expected_n_f)
    # the landslide at 0.1 lies in every bin within 0.1 of it
    inside = np.abs(np.array(expected_centres) - 0.1) <= 0.1 + 1e-12
    np.testing.assert_array_equal(t.probabilities.n_lf, inside.astype(float))
    # each cell takes the favourability of its own value's bin
    fr = t.probabilities.p_l_f / t.probabilities.p_l
    np.testing.assert_allclose(t.favourability, fr)


def test_width_below_effective_minimum_changes_nothing_and_is_reported():
    ls = np.array([0, 1, 0, 0, 0, 0], dtype=float)
    st = prepare([Factor("x", VALUES)], ls, precision=2, train_ratio=1.0)
    (narrow,) = factor_tables(st, "FR", 0.001)
    (minimum,) = factor_tables(st, "FR", 0.0199)
    np.testing.assert_array_equal(narrow.probabilities.n_f, st.factors[0].n_cells)
    np.testing.assert_array_equal(minimum.probabilities.n_f, st.factors[0].n_cells)
    from alsa.alsa_plugin.core import run

    assert any("effective minimum" in n for n in run(st, "FR", 0.001).notes)


def test_weighted_points_count_as_their_weight():
    ls = np.array([0, 3, 0, 0, 0, 0], dtype=float)  # one point of weight 3 at 0.1
    st = prepare([Factor("x", VALUES)], ls, precision=1, train_ratio=1.0)
    (t,) = factor_tables(st, "FR", 0.2)
    assert st.train.total == 3.0
    np.testing.assert_array_equal(t.probabilities.n_lf, [3, 3, 3, 0, 0])


def test_bin_counts_from_prefix_sums_match_brute_force():
    rng = np.random.default_rng(3)
    v = rng.normal(size=5000)
    ls = (rng.random(5000) < 0.05).astype(float)
    st = prepare([Factor("x", v)], ls, precision=3, train_ratio=1.0)
    for width in (0.003, 0.05, 0.3, 1.0):
        (t,) = factor_tables(st, "CF", width)
        u = np.floor((v - v.min()) * (1000 / (v.max() - v.min())) + 0.5) / 1000
        for j in rng.choice(t.factor.n_codes, 20, replace=False):
            inside = np.abs(u - t.factor.centres[j]) <= width / 2 + 1e-9
            assert t.probabilities.n_f[j] == inside.sum()
            assert t.probabilities.n_lf[j] == ls[inside].sum()
