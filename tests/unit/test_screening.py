"""Screening (SPEC §12) against references computed here: numpy lstsq, scipy.stats, counts by hand."""

import warnings
from math import exp, log

import numpy as np
import pytest
from scipy.stats import norm, pearsonr, spearmanr
from scipy.stats.contingency import association as scipy_association

from alsa.alsa_plugin.core import Factor, prepare
from alsa.alsa_plugin.core import screening as sc


@pytest.fixture(scope="module")
def tiny():
    """A 12×10 grid: a continuous factor of whole numbers 0…20, two classified ones, a mask, a 70:30 split."""
    rng = np.random.default_rng(2)
    shape = (12, 10)
    cont = rng.integers(0, 21, shape).astype(np.float64)
    cont[0, 0], cont[0, 1] = 0, 20
    geo = rng.integers(1, 5, shape).astype(np.int16)
    soil = (geo + rng.integers(0, 2, shape)).astype(np.int16)  # associated with geo
    mask = np.ones(shape, dtype=bool)
    mask[11, :4] = False
    ls = (rng.random(shape) < 0.25).astype(float)
    ls[3, 3] = 2.0
    factors = [Factor("cont", cont), Factor("geo", geo, classified=True), Factor("soil", soil, classified=True)]
    study = prepare(factors, ls, mask=mask, precision=3, train_ratio=0.7, seed=4)
    return study, cont[mask], geo[mask], soil[mask], ls[mask]


def membership(study):
    """Training weight and test/training flags per valid cell, from the study's split."""
    tw = np.zeros(study.n_a)
    tw[study.train.idx] = study.train.weight
    test = np.zeros(study.n_a)
    test[study.test.idx] = study.test.weight
    return tw, test


def test_distributions_count_cells_per_class_and_value_bin(tiny):
    study, cont, geo, _, _ = tiny
    tw, test = membership(study)
    d = {x.name: x for x in sc.distributions(study, n_bins=4)}
    # continuous: bins of the real values 0–5, 5–10, 10–15, 15–20 (the last one closed)
    c = d["cont"]
    assert np.allclose(c.lower, [0, 5, 10, 15]) and np.allclose(c.upper, [5, 10, 15, 20])
    groups = [(cont >= lo) & ((cont < lo + 5) | (lo == 15)) for lo in (0, 5, 10, 15)]
    for key, values in ((c, groups), (d["geo"], [geo == g for g in (1, 2, 3, 4)])):
        for b, inside in enumerate(values):
            assert key.n_cells[b] == inside.sum()
            assert key.train_weight[b] == pytest.approx(tw[inside].sum())
            assert key.train_cells[b] == (tw[inside] > 0).sum()
            assert key.test_weight[b] == pytest.approx(test[inside].sum())
            assert key.test_cells[b] == (test[inside] > 0).sum()
            assert key.non_landslide[b] == ((tw[inside] == 0) & (test[inside] == 0)).sum()
            assert key.p_l_given_f[b] == pytest.approx(tw[inside].sum() / inside.sum())
    assert d["geo"].lower.tolist() == [1, 2, 3, 4]
    assert list(d["geo"].columns())[0] == "class" and list(c.columns())[:2] == ["from", "to"]


def continuous_study(columns, **kw):
    shape = (columns[0].size // 50, 50)
    factors = [Factor(f"x{i}", c.reshape(shape)) for i, c in enumerate(columns)]
    ls = np.zeros(shape)
    ls.ravel()[::17] = 1
    return prepare(factors, ls, train_ratio=1.0, **kw), factors


def vif_by_lstsq(x):
    """VIF_i = 1/(1 − R²_i), R² of numpy's least squares of column i on the others plus an intercept."""
    out = []
    for i in range(x.shape[1]):
        y = x[:, i]
        a = np.column_stack([np.ones(len(y)), np.delete(x, i, axis=1)])
        beta = np.linalg.lstsq(a, y, rcond=None)[0]
        r2 = 1 - ((y - a @ beta) ** 2).sum() / ((y - y.mean()) ** 2).sum()
        out.append(1 / (1 - r2))
    return np.array(out)


def test_vif_pearson_spearman_against_lstsq_and_scipy():
    rng = np.random.default_rng(9)
    n = 3000
    a = rng.normal(size=n)
    b = 0.8 * a + 0.6 * rng.normal(size=n)
    c = rng.integers(0, 30, n).astype(float)  # ties for Spearman
    d = 0.5 * b - 0.03 * c + 0.3 * rng.normal(size=n)
    x = np.column_stack([a * 10 + 100, b, c, d])
    study, factors = continuous_study([x[:, k] for k in range(4)], precision=3)
    col = sc.collinearity(sc.continuous_sample(study, factors=factors))
    assert np.allclose(col.vif, vif_by_lstsq(x), rtol=1e-9)
    assert np.allclose(col.tolerance, 1 / vif_by_lstsq(x), rtol=1e-9)
    for i in range(4):
        for j in range(4):
            assert col.pearson[i, j] == pytest.approx(pearsonr(x[:, i], x[:, j])[0], abs=1e-12)
            assert col.spearman[i, j] == pytest.approx(spearmanr(x[:, i], x[:, j])[0], abs=1e-12)
    assert col.n_cells == n and col.notes == [] and "all 3000" in col.cells


def test_vif_is_infinite_with_a_note_for_an_exact_linear_combination():
    rng = np.random.default_rng(1)
    a, b, e = rng.normal(size=(3, 2000))
    x = [a, b, 2 * a - 3 * b + 7, e]
    study, factors = continuous_study(x, precision=0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no division or invalid-value warning
        col = sc.collinearity(sc.continuous_sample(study))  # the study's normalised values (P = 0: exact)
        col_raw = sc.collinearity(sc.continuous_sample(study, factors=factors))
        found = sc.verdicts(col)
    for r in (col, col_raw):
        assert np.isinf(r.vif[:3]).all() and np.isfinite(r.vif[3])
        assert r.tolerance[:3].tolist() == [0, 0, 0]
        assert len(r.notes) == 3 and all("exact linear combination" in t for t in r.notes)
    assert col.vif[3] == pytest.approx(vif_by_lstsq(np.column_stack([a, b, e]))[2], rel=1e-9)
    assert sum("VIF ∞" in v.text for v in found) == 3


def test_sample_is_seeded_and_says_so():
    rng = np.random.default_rng(3)
    study, _ = continuous_study([rng.normal(size=5000), rng.normal(size=5000)])
    s1 = sc.continuous_sample(study, max_cells=1000, seed=5)
    s2 = sc.continuous_sample(study, max_cells=1000, seed=5)
    s3 = sc.continuous_sample(study, max_cells=1000, seed=6)
    assert s1.sampled and s1.n_cells == 1000 and s1.n_valid == 5000
    assert np.array_equal(s1.values, s2.values) and not np.array_equal(s1.values, s3.values)
    assert "sample of 1000 of the 5000" in s1.description() and "seed 5" in s1.description()
    assert not sc.continuous_sample(study, max_cells=5000).sampled


@pytest.mark.parametrize("shape", [(2, 2), (3, 5), (6, 4)])
def test_cramers_v_of_a_table_equals_scipy(shape):
    t = np.random.default_rng(sum(shape)).integers(1, 40, shape)
    assert sc.cramers_v(t) == pytest.approx(scipy_association(t, method="cramer"), rel=1e-12)


def test_association_matrix_against_scipy_on_crosstabs(tiny, monkeypatch):
    monkeypatch.setattr(sc, "BLOCK", 7)  # many blocks: the counts must add up across them
    study, cont, geo, soil, _ = tiny
    res = sc.association(study, n_classes=4)
    cont_cls = np.minimum(np.floor(cont / 5), 3)
    cols = [cont_cls, geo, soil]
    for i in range(3):
        for j in range(3):
            if i == j:
                assert res.v[i, j] == 1
                continue
            _, ri = np.unique(cols[i], return_inverse=True)
            _, rj = np.unique(cols[j], return_inverse=True)
            table = np.zeros((ri.max() + 1, rj.max() + 1), dtype=np.int64)
            np.add.at(table, (ri, rj), 1)
            assert res.v[i, j] == pytest.approx(scipy_association(table, method="cramer"), rel=1e-12)
    assert res.n_classes == [4, 4, 5]
    assert res.v[1, 2] > 0.5
    assert any(v.subject == ("geo", "soil") and "strongly associated" in v.text for v in sc.verdicts(assoc=res))


def test_conditional_independence_by_hand_on_two_factors(monkeypatch):
    """W+, W−, WS, the posterior, T and σ(T) from the SPEC §3 and §12 formulas, cell by cell."""
    monkeypatch.setattr(sc, "BLOCK", 5)
    rng = np.random.default_rng(8)
    n = 200
    f1 = rng.integers(1, 3, n).astype(np.int16)  # 2 classes
    f2 = rng.integers(1, 4, n).astype(np.int16)  # 3 classes
    ls = (rng.random(n) < 0.1 + 0.1 * (f1 == 2) + 0.05 * f2).astype(float)
    shape = (10, 20)
    study = prepare(
        [Factor("a", f1.reshape(shape), classified=True), Factor("b", f2.reshape(shape), classified=True)],
        ls.reshape(shape),
        train_ratio=1.0,
    )
    n_a, n_l = n, ls.sum()
    s = np.full(n, log(n_l / n_a) - log(1 - n_l / n_a))
    var = np.full(n, 1 / n_l)
    for f in (f1, f2):
        classes = np.unique(f)
        wp, wm, vp, vm = {}, {}, {}, {}
        for c in classes:
            nf, nlf = (f == c).sum(), ls[f == c].sum()
            assert 0 < nlf < nf  # every count nonzero: no nonzero constraint in play
            n_nlf, n_lnf, n_nlnf = nf - nlf, n_l - nlf, n_a - n_l - nf + nlf
            wp[c] = log((nlf / n_l) / (n_nlf / (n_a - n_l)))
            wm[c] = log((n_lnf / n_l) / (n_nlnf / (n_a - n_l)))
            vp[c], vm[c] = 1 / nlf + 1 / n_nlf, 1 / n_lnf + 1 / n_nlnf
        for k in range(n):
            j = f[k]
            s[k] += wp[j] + sum(wm[c] for c in classes if c != j)
            var[k] += vp[j] + sum(vm[c] for c in classes if c != j)
    p = np.array([1 / (1 + exp(-x)) for x in s])
    t = p.sum()
    sigma = np.sqrt((p**2 * var).sum())
    ci = sc.conditional_independence(study, None)
    assert ci.t == pytest.approx(t, rel=1e-12)
    assert ci.ratio == pytest.approx(n_l / t, rel=1e-12)
    assert ci.sigma == pytest.approx(sigma, rel=1e-12)
    assert ci.z == pytest.approx((t - n_l) / sigma, rel=1e-9)
    assert ci.p_value == pytest.approx(norm.sf((t - n_l) / sigma), rel=1e-9)
    assert ci.notes == []
    (v,) = sc.verdicts(ci=ci)
    assert f"N(L)/T = {n_l / t:.2f}" in v.text


def test_verdict_thresholds():
    names = ["a", "b", "c"]
    pearson = np.array([[1, 0.75, 0.1], [0.75, 1, 0.2], [0.1, 0.2, 1]])
    col = sc.Collinearity(
        names, np.array([12.0, 6.0, 1.2]), np.array([1 / 12, 1 / 6, 1 / 1.2]), pearson, pearson, 10, ""
    )
    v = sc.verdicts(col)
    assert [(x.subject, x.level) for x in v] == [(("a",), "strong"), (("b",), "moderate"), (("a", "b"), "strong")]
    assert "VIF 12.0" in v[0].text and "consider dropping" in v[0].text and "most with b" in v[0].text
    assoc = sc.Association(names, [3, 3, 3], np.array([[1, 0.55, 0.35], [0.55, 1, 0.2], [0.35, 0.2, 1]]), 10)
    assert [(x.subject, x.level) for x in sc.verdicts(assoc=assoc)] == [
        (("a", "b"), "strong"),
        (("a", "c"), "moderate"),
    ]
    low = sc.ConditionalIndependence(100.0, 80.0, 0.8, 5.0, 4.0, norm.sf(4.0), None, 10)
    high = sc.ConditionalIndependence(100.0, 98.0, 0.98, 5.0, 0.4, norm.sf(0.4), None, 10)
    assert sc.verdicts(ci=low)[0].level == "strong" and sc.verdicts(ci=high)[0].level == "note"
