"""Identities of the paper (§2.3), checked on random data with hypothesis.

The FC/FR and WoE/WC identities are checked on an independent reference
(``tests/reference_bivariate.py``: SPEC §1-§4 and §7 in exact rational arithmetic), not on
the core, which computes FC and FR from one ranking key (Σ p(L|F)) and WoE and WC from
another (Σ WC): compared with each other, the core's outputs would agree by construction.
The core is then checked against the reference, method by method.
"""

import numpy as np
import reference_bivariate as rb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alsa.alsa_plugin.core import Factor, prepare, run

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


ONE_TO_THREE = st.integers(1, 3)


@st.composite
def cases(draw, n_factors=ONE_TO_THREE, classified=None):
    """(study, width, factors): ``factors`` the (values, classified) pairs given to ``prepare``.

    Continuous factors hold whole numbers over an odd range R (many ties): a normalised
    value times 10^P is then a·10^P/R, never k + ½, so the rounding of SPEC §4 step 2 is
    unambiguous (decimals such as 0.58 on the range −2.94…2.18 land on a half exactly,
    where float arithmetic may round either way).
    """
    n = draw(st.integers(40, 400))
    k = draw(n_factors)
    seed = draw(st.integers(0, 2**31 - 1))
    rng = np.random.default_rng(seed)
    factors, raw = [], []
    for i in range(k):
        is_cls = draw(st.booleans()) if classified is None else classified
        if is_cls:
            values = rng.integers(1, draw(st.integers(2, 8)), n)
            factors.append(Factor(f"c{i}", values, classified=True))
        else:
            values = np.round(rng.normal(size=n) * 10 ** draw(st.integers(1, 3)))
            if (values.max() - values.min()) % 2 == 0:
                values[np.argmax(values)] += 1
            factors.append(Factor(f"x{i}", values))
        raw.append((values, is_cls))
    ls = np.zeros(n)
    ls[rng.choice(n, draw(st.integers(2, n // 4)), replace=False)] = 1.0
    study = prepare(factors, ls, precision=draw(st.integers(1, 3)), train_ratio=0.7, seed=seed)
    width = draw(st.sampled_from([0.02, 0.1, 0.37, 1.0]))
    return study, width, raw


def studies(n_factors=ONE_TO_THREE, classified=None):
    """(study, width) on random data."""
    return cases(n_factors, classified).map(lambda c: c[:2])


def reference(study, width, raw) -> rb.Reference:
    """The independent reference on the same cells (every cell is valid here) and the same split."""
    train = np.zeros(study.n_a)
    train[study.train.idx] = study.train.weight
    test = None
    if study.test is not None:
        test = np.zeros(study.n_a)
        test[study.test.idx] = study.test.weight
    return rb.Reference(raw, study.precision, width, train, test)


def rates(study):
    return ("success", "prediction") if study.test is not None else ("success",)


def refines(exact, values) -> bool:
    """``values`` orders the cells as ``exact`` does, except that it may split exact ties.

    Cells of different exact LSI must keep their order strictly; cells of equal exact LSI
    may differ by rounding (different combinations of bins summed in floating point).
    """
    order = sorted(range(len(exact)), key=lambda i: (exact[i], values[i]))
    return all(
        values[p] <= values[q] and (exact[p] == exact[q] or values[p] < values[q]) for p, q in zip(order, order[1:])
    )


def assert_core_matches_reference(study, width, ref, method):
    """The core's tables, LSI and rates for ``method`` equal the reference's."""
    result = run(study, method, width)
    for i, table in enumerate(result.tables):
        t = ref.tables[i]
        np.testing.assert_array_equal(table.probabilities.n_f, t.n_f, err_msg=f"{method} N(F) of factor {i}")
        np.testing.assert_array_equal(table.probabilities.n_lf, [float(x) for x in t.n_lf])
        # atol: values near 0 come from sums of many terms (WoE: Σ_k W−_k over every bin)
        fav = ref.favourability(method, i)
        np.testing.assert_allclose(table.favourability, fav, rtol=1e-10, atol=1e-11, err_msg=f"{method} factor {i}")
    lsi = result.lsi_output(study)
    np.testing.assert_allclose(lsi, ref.lsi(method), rtol=1e-10, atol=1e-11, err_msg=f"{method} LSI")
    assert refines(ref.exact_lsi(method), lsi), f"{method}: the core reorders cells of different LSI"
    core = {"success": result.evaluation.success.auc}
    if study.test is not None:
        core["prediction"] = result.evaluation.prediction.auc
    for which in rates(study):
        lo, exact, hi = (float(x) for x in ref.rate_bounds(method, which))
        # equal to SPEC §7's rate up to ties split by rounding (lo = exact = hi without such ties)
        assert lo - 1e-12 <= core[which] <= hi + 1e-12, (method, which, lo, exact, hi, core[which])


def _same_order(a, b, tol=1e-9):
    """a and b order the cells alike: ties stay ties, and a strict step in a is one in b.

    Values closer than ``tol`` (relative) count as ties: equal in exact arithmetic,
    they may differ by rounding after a method's monotone transform.
    """
    if a.size < 2:
        return True
    order = np.argsort(a, kind="stable")
    da, db = np.diff(a[order]), np.diff(b[order])
    ta, tb = tol * (1 + np.abs(a).max()), tol * (1 + np.abs(b).max())
    return bool(np.all(np.abs(db[da <= ta]) <= tb) and np.all(db[da > ta] > tb))


@SETTINGS
@given(cases())
def test_fc_and_fr_give_the_same_auc(case):
    """FC = Σ (p(L|F_i) − p(L)) and FR = Σ p(L|F_i)/p(L), each from its own formula (SPEC §3),
    order the cells identically and give identical rates, exactly; the core gives both."""
    study, w, raw = case
    ref = reference(study, w, raw)
    assert rb.same_order(ref.exact_lsi("FC"), ref.exact_lsi("FR"))
    for which in rates(study):
        assert ref.rate("FC", which) == ref.rate("FR", which)  # exact fractions
    for m in ("FC", "FR"):
        assert_core_matches_reference(study, w, ref, m)


@SETTINGS
@given(studies(n_factors=st.just(1)))
def test_one_factor_fc_fr_iv_cf_sr_give_the_same_cell_order(case):
    """Paper §2.3: all five are increasing functions of p(L|F).

    For SR this holds where the nonzero constraint does not bite: SR = p(F|L)/p(F|L̄)
    with N(LF) = 0 or N(L̄F) = 0 replaces a count, not p(L|F), so those classes are
    left out of the SR comparison (FC, FR, IV and CF are compared on every cell).
    """
    study, w = case
    fc = run(study, "FC", w)
    ref = fc.lsi_output(study)
    for m in ("FR", "IV", "CF"):
        assert _same_order(ref, run(study, m, w).lsi_output(study)), m
    p = fc.tables[0].probabilities
    plain = ((p.n_lf > 0) & (p.n_f > p.n_lf))[study.factors[0].codes]
    sr = run(study, "SR", w).lsi_output(study)
    assert _same_order(ref[plain], sr[plain])


@SETTINGS
@given(cases(classified=True))
def test_woe_and_wc_give_the_same_cell_order_for_classified_factors(case):
    """WoE's log-odds logit p(L) + Σ_i WS_i, with WS_ij = W+_ij + Σ_{k≠j} W−_ik summed over the
    other classes, and Σ_i WC_i (SPEC §3) order the cells identically: exactly, as the
    ratios whose logarithms they are. The core gives both."""
    study, w, raw = case
    ref = reference(study, w, raw)
    assert rb.same_order(ref.exact_lsi("WOE"), ref.exact_lsi("WC"))
    for which in rates(study):
        assert ref.rate("WOE", which) == ref.rate("WC", which)
    for m in ("WOE", "WC"):
        assert_core_matches_reference(study, w, ref, m)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_every_method_matches_the_independent_reference(case):
    study, w, raw = case
    ref = reference(study, w, raw)
    for m in rb.METHODS:
        assert_core_matches_reference(study, w, ref, m)


@SETTINGS
@given(studies())
def test_cf_lsi_stays_in_open_unit_interval(case):
    study, w = case
    lsi = run(study, "CF", w).lsi_output(study)
    assert np.all(np.abs(lsi) <= 1.0)
