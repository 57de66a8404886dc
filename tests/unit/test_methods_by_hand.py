"""Every favourability and combination rule against values worked by hand (paper eqs. 3-43).

The worked example: ten cells, one classified factor with classes 1 (4 cells),
2 (3 cells) and 3 (3 cells); training landslides on cells 0, 1 (class 1) and 4
(class 2). N(A) = 10, N(L) = 3, p(L) = 0.3. Class 3 holds no landslide, so the
nonzero constraint replaces p(L|F) and p(F|L) there by 1/N(A) = 0.1.

Class 1: p(L|F)=1/2  p(F|L)=2/3  p(F|L̄)=2/7  p(F̄|L)=1/3  p(F̄|L̄)=5/7
Class 2: p(L|F)=1/3  p(F|L)=1/3  p(F|L̄)=2/7  p(F̄|L)=2/3  p(F̄|L̄)=5/7
Class 3: p(L|F)=1/10 p(F|L)=1/10 p(F|L̄)=3/7  p(F̄|L)=1    p(F̄|L̄)=4/7
"""

from math import log, sqrt

import numpy as np
import pytest

from alsa.alsa_plugin.core import Factor, factor_tables, prepare, probabilities, run
from alsa.alsa_plugin.core.methods import combine_cf, woe_posterior

CLASSES = np.array([1, 1, 1, 1, 2, 2, 2, 3, 3, 3], dtype=np.int16)
LANDSLIDES = np.array([1, 1, 0, 0, 1, 0, 0, 0, 0, 0], dtype=float)

W_PLUS = [log(7 / 3), log(7 / 6), log(7 / 30)]
W_MINUS = [log(7 / 15), log(14 / 15), log(7 / 4)]
EXPECTED = {
    "FC": [0.2, 1 / 30, -0.2],
    "FR": [5 / 3, 10 / 9, 1 / 3],
    "IV": [log(5 / 3), log(10 / 9), log(1 / 3)],
    "CF": [4 / 7, 1 / 7, -20 / 27],
    "CA": [sqrt(1 / 3), 1 / 3, 0.1],
    "SR": [7 / 3, 7 / 6, 7 / 30],
    "WC": [log(5), log(5 / 4), log(2 / 15)],
    "WOE": [W_PLUS[j] + sum(W_MINUS) - W_MINUS[j] for j in range(3)],
}


@pytest.fixture(scope="module")
def study():
    return prepare([Factor("geology", CLASSES, classified=True)], LANDSLIDES, train_ratio=1.0)


def test_probabilities_with_nonzero_constraint():
    p = probabilities(10, 3, np.array([4, 3, 3]), np.array([2, 1, 0]))
    assert p.p_l == pytest.approx(0.3)
    np.testing.assert_allclose(p.p_l_f, [1 / 2, 1 / 3, 1 / 10])
    np.testing.assert_allclose(p.p_f_l, [2 / 3, 1 / 3, 1 / 10])
    np.testing.assert_allclose(p.p_f_nl, [2 / 7, 2 / 7, 3 / 7])
    np.testing.assert_allclose(p.p_nf_l, [1 / 3, 2 / 3, 1])
    np.testing.assert_allclose(p.p_nf_nl, [5 / 7, 5 / 7, 4 / 7])


def test_nonzero_constraint_on_every_probability():
    # one class covering all landslides and all cells: N(L̄F̄)=0 and N(LF̄)=0
    p = probabilities(5, 2, np.array([5]), np.array([2]))
    assert p.p_nf_l[0] == pytest.approx(1 / 5)
    assert p.p_nf_nl[0] == pytest.approx(1 / 5)
    # a class of landslide cells only: N(L̄F)=0
    p = probabilities(5, 2, np.array([2]), np.array([2]))
    assert p.p_f_nl[0] == pytest.approx(1 / 5)


@pytest.mark.parametrize("method", sorted(EXPECTED))
def test_favourability_by_hand(study, method):
    (table,) = factor_tables(study, method, None)
    np.testing.assert_allclose(table.favourability, EXPECTED[method], rtol=1e-12)


@pytest.mark.parametrize("method", sorted(EXPECTED))
def test_lsi_of_one_factor_is_its_favourability(study, method):
    result = run(study, method)
    expected = np.array(EXPECTED[method])[CLASSES - 1]
    values = result.lsi_output(study)
    if method == "WOE":  # the LSI is the posterior log-odds logit p(L) + WS
        values = values - log(0.3 / 0.7)
    np.testing.assert_allclose(values, expected, rtol=1e-12)


def test_certainty_factor_combination_rule():
    assert combine_cf(0.5, 0.4) == pytest.approx(0.5 + 0.4 - 0.2)
    assert combine_cf(-0.5, -0.4) == pytest.approx(-0.5 - 0.4 + 0.2)
    assert combine_cf(0.5, -0.2) == pytest.approx(0.3 / 0.8)
    assert combine_cf(-0.5, 0.2) == pytest.approx(-0.3 / 0.8)
    assert combine_cf(0.0, -0.3) == pytest.approx(-0.3 / 1.0)
    a, b, c = 0.3, -0.6, 0.8  # associative and commutative
    assert combine_cf(combine_cf(a, b), c) == pytest.approx(combine_cf(a, combine_cf(b, c)))
    assert combine_cf(a, b) == pytest.approx(combine_cf(b, a))


def test_cf_rule_is_a_product_of_likelihood_ratios():
    """The pairwise rule of eq. 24 equals g(Σ ln λ) (Heckerman 1986), which the LSI uses."""
    from alsa.alsa_plugin.core.methods import cf_from_log_lambda

    rng = np.random.default_rng(4)
    cfs = rng.uniform(-0.95, 0.95, size=(6, 500))
    pairwise = cfs[0]
    for row in cfs[1:]:
        pairwise = combine_cf(pairwise, row)
    log_lam = np.where(cfs >= 0, -np.log1p(-cfs), np.log1p(cfs)).sum(axis=0)
    np.testing.assert_allclose(cf_from_log_lambda(log_lam), pairwise, rtol=1e-9, atol=1e-12)


def _two_factor_study():
    second = np.array([1, 2, 1, 2, 1, 2, 1, 2, 1, 2], dtype=np.int16)
    return prepare(
        [Factor("geology", CLASSES, classified=True), Factor("landuse", second, classified=True)],
        LANDSLIDES,
        train_ratio=1.0,
    )


def test_combination_rules_on_two_factors():
    st = _two_factor_study()
    # landuse: class 1 cells 0,2,4,6,8 hold landslides 0,4 -> p(L|F)=2/5; class 2 -> 1/5
    plf = {1: 2 / 5, 2: 1 / 5}
    cf2 = {1: (0.4 - 0.3) / (0.4 * 0.7), 2: (0.2 - 0.3) / (0.3 * 0.8)}
    landuse = [1, 2, 1, 2, 1, 2, 1, 2, 1, 2]
    fr = run(st, "FR").lsi_output(st)
    cf = run(st, "CF").lsi_output(st)
    for cell in range(10):
        g = CLASSES[cell] - 1
        u = landuse[cell]
        assert fr[cell] == pytest.approx(EXPECTED["FR"][g] + plf[u] / 0.3)
        assert cf[cell] == pytest.approx(float(combine_cf(EXPECTED["CF"][g], cf2[u])))


def test_woe_lsi_is_posterior_log_odds_and_normalised_posterior_sums_to_n_l(study):
    result = run(study, "WOE")
    logit_prior = log(0.3 / 0.7)
    expected = logit_prior + np.array(EXPECTED["WOE"])[CLASSES - 1]
    np.testing.assert_allclose(result.lsi_output(study), expected, rtol=1e-12)
    post = result.woe_posterior(study)
    raw = 1 / (1 + np.exp(-expected))
    np.testing.assert_allclose(post, raw * 3 / raw.sum(), rtol=1e-12)
    assert post.sum() == pytest.approx(3.0)


def test_woe_posterior_is_stable_where_naive_arithmetic_fails():
    # Σ WS of -800 and -801: the naive posterior underflows to 0 for both cells
    s = np.array([-800.0, -801.0, -805.0])
    with np.errstate(over="ignore"):
        assert (1 / (1 + np.exp(-s)) == 0).all()
    post = woe_posterior(s, 2.0)
    assert post.sum() == pytest.approx(2.0)
    assert post[0] > post[1] > post[2] > 0
    assert post[0] / post[1] == pytest.approx(np.e, rel=1e-9)
