"""Bin-width optimisation (SPEC §8)."""

import numpy as np
import pytest

from alsa.alsa_plugin.core import Factor, candidate_widths, optimise, prepare, run
from alsa.alsa_plugin.core.synthetic import make_stack


@pytest.fixture(scope="module")
def study():
    stack = make_stack((120, 150), n_continuous=3, n_classified=1, seed=7)
    return prepare(stack.factors, stack.landslides, precision=2, train_ratio=0.7, seed=7)


def test_candidate_widths():
    np.testing.assert_allclose(candidate_widths(1), np.arange(1, 11) / 10)
    assert candidate_widths(2).size == 100


def test_exhaustive_records_every_width_and_picks_the_best(study):
    opt = optimise(study, "FR", opt_precision=2)
    assert opt.widths.size == 99  # 0.01 is below the effective minimum 0.02 of P = 2
    np.testing.assert_allclose(opt.skipped, [0.01])
    best = np.flatnonzero(opt.prediction == opt.prediction.max())[0]
    assert opt.best_width == opt.widths[best]  # smallest width among ties
    again = run(study, "FR", opt.best_width).evaluation
    assert again.prediction.auc == opt.best_prediction
    assert again.success.auc == opt.best_success


def test_coarse_to_fine_finds_the_same_optimum_with_fewer_evaluations(study):
    full = optimise(study, "CF", opt_precision=2)
    quick = optimise(study, "CF", opt_precision=2, strategy="coarse-to-fine")
    assert quick.best_width == full.best_width
    assert quick.evaluations < full.evaluations / 2


def test_widths_with_equal_bins_are_computed_once():
    stack = make_stack((60, 60), n_continuous=2, n_classified=0, seed=2)
    st = prepare(stack.factors, stack.landslides, precision=1, seed=2)
    opt = optimise(st, "FR", opt_precision=2)
    # P = 1: widths below 0.2 are skipped; ⌊w·10/2⌋ takes 5 values over 0.20…1.00
    assert opt.evaluations == 5
    assert opt.widths.size == 81


def test_without_test_set_the_success_rate_decides():
    x = np.random.default_rng(0).random((40, 40))
    ls = (x > 0.95).astype(float)
    st = prepare([Factor("x", x)], ls, precision=2, train_ratio=1.0)
    opt = optimise(st, "FR", opt_precision=1)
    assert opt.criterion == "success"
    assert opt.best_success == opt.success.max()
