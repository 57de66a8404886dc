"""Decisiveness (SPEC §11) against references built here, cell by cell, from the SPEC formulas.

The references never call the core's probabilities or CF: each cell's bin, counts,
p(L|F), p(L) and CF are worked out in the test (SPEC §2-§4), and merges are
enumerated by a recursive generator of set partitions written here.
"""

from collections import Counter
from fractions import Fraction
from math import comb, factorial

import numpy as np
import pytest

from alsa.alsa_plugin.core import Factor, prepare
from alsa.alsa_plugin.core.decisiveness import (
    compensated_decisiveness,
    decisiveness,
    decisiveness_sweep,
    merged_counts,
    random_partitions,
    set_partitions,
    stirling2,
)


def cf_spec(plf: float, pl: float) -> float:
    """CF of SPEC §3 (Table 1) for one class."""
    if plf >= pl:
        return (plf - pl) / (plf * (1 - pl))
    return (plf - pl) / (pl * (1 - plf))


def nonzero(count: float, denominator: float, n_a: int) -> float:
    """count/denominator with the SPEC §2 nonzero constraint."""
    return count / denominator if count > 0 else 1 / n_a


def brute_force_dc(values, classified, valid, train_weight, width, steps):
    """(1/N(A)) Σ_cells |CF| of each cell's own class or bin, one cell at a time (SPEC §4, §11).

    ``values`` are whole numbers 0…steps on the valid cells of a continuous factor, so
    the normalised value is x/steps exactly and the bin of x holds every x' with
    |x' − x| ≤ w·steps/2 (compared in exact fractions).
    """
    v = values[valid].tolist()
    tw = train_weight[valid].tolist()
    n_a = len(v)
    n_l = sum(tw)
    pl = n_l / n_a
    half = Fraction(width).limit_denominator(10**6) * steps / 2 if not classified else Fraction(0)
    total = 0.0
    for x in v:
        inside = [k for k, y in enumerate(v) if (y == x if classified else abs(y - x) <= half)]
        n_f = len(inside)
        n_lf = sum(tw[k] for k in inside)
        total += abs(cf_spec(nonzero(n_lf, n_f, n_a), pl))
    return total / n_a


@pytest.fixture(scope="module")
def tiny():
    """A 9×11 grid: a continuous factor (0…20), a classified one, a mask, flat cells, a 70:30 split."""
    rng = np.random.default_rng(7)
    shape = (9, 11)
    cont = rng.integers(0, 21, shape).astype(np.float64)
    cont[0, 0], cont[0, 1] = 0, 20  # the full range 0…20
    cls = rng.integers(1, 5, shape).astype(np.int16)
    mask = np.ones(shape, dtype=bool)
    mask[8, :3] = False
    ls = np.zeros(shape)
    ls[rng.random(shape) < 0.2 + 0.03 * cont / 20] = 1.0
    ls[2, 2] = 3.0  # a weighted point
    flat = np.zeros(shape, dtype=bool)
    flat[4, :4] = True
    factors = [Factor("cont", cont), Factor("geology", cls, classified=True)]
    study = prepare(factors, ls, mask=mask, precision=2, train_ratio=0.7, seed=3, flat=flat)
    train = np.zeros(study.valid.size)
    train[np.flatnonzero(study.valid.ravel())[study.train.idx]] = study.train.weight
    return study, cont, cls, train.reshape(shape)


@pytest.mark.parametrize("width", [0.05, 0.1, 0.25, 0.5, 1.0])
def test_dc_equals_cell_by_cell_mean_of_abs_cf(tiny, width):
    study, cont, cls, train = tiny
    dc = {d.name: d for d in decisiveness(study, width)}
    ref_cont = brute_force_dc(cont, False, study.valid, train, width, 20)
    ref_cls = brute_force_dc(cls, True, study.valid, train, width, 20)
    assert dc["cont"].dc == pytest.approx(ref_cont, rel=1e-12)
    assert dc["geology"].dc == pytest.approx(ref_cls, rel=1e-12)
    assert dc["cont"].width == width and dc["geology"].width is None
    assert dc["geology"].n_classes == len(np.unique(cls[study.valid]))
    assert dc["cont"].n_classes == len(np.unique(cont[study.valid]))
    assert (dc["cont"].kind, dc["geology"].kind) == ("continuous", "classified")


def test_dc_of_a_perfectly_separating_factor_is_one_up_to_the_nonzero_constraint():
    n_a, n_l = 100_000, 1_000
    cls = np.where(np.arange(n_a) < n_l, 1, 2).astype(np.int16)
    ls = (cls == 1).astype(float)
    study = prepare([Factor("perfect", cls, classified=True)], ls, train_ratio=1.0)
    (d,) = decisiveness(study, None)
    pl = n_l / n_a
    # class 1: p(L|F) = 1, CF = 1; class 2: p(L|F) = 0 → 1/N(A) by the nonzero constraint
    expected = (n_l * 1.0 + (n_a - n_l) * abs(cf_spec(1 / n_a, pl))) / n_a
    assert d.dc == pytest.approx(expected, rel=1e-12)
    assert d.dc > 0.999


def test_dc_of_an_independent_factor_is_zero():
    cls = np.repeat([1, 2, 3, 4], 100).astype(np.int16)
    ls = np.zeros(400)
    for c in range(4):
        ls[c * 100 : c * 100 + 10] = 1  # p(L|F) = p(L) = 0.1 in every class
    study = prepare([Factor("indep", cls, classified=True)], ls, train_ratio=1.0)
    assert decisiveness(study, None)[0].dc == 0.0


def test_sweep_matches_single_widths_and_classified_columns_are_constant(tiny):
    study = tiny[0]
    sweep = decisiveness_sweep(study, step_precision=1)
    assert np.allclose(sweep.widths, np.arange(1, 11) / 10)
    for r, w in enumerate(sweep.widths):
        assert sweep.dc[r].tolist() == [d.dc for d in decisiveness(study, float(w))]
    assert np.all(sweep.dc[:, 1] == sweep.dc[0, 1])
    assert list(sweep.columns()) == ["bin_width", "cont", "geology"]


# --- classification compensation ---------------------------------------------------------


def partitions_recursive(items, m):
    """Every partition of ``items`` into exactly m non-empty blocks (recursive, as frozensets)."""
    if m == 0:
        return [[]] if not items else []
    if len(items) < m:
        return []
    first, rest = items[0], items[1:]
    out = [[[first], *p] for p in partitions_recursive(rest, m - 1)]  # first alone
    for p in partitions_recursive(rest, m):  # first joins a block
        for b in range(len(p)):
            out.append([blk + [first] if i == b else blk for i, blk in enumerate(p)])
    return out


def canonical(labels):
    return frozenset(frozenset(np.flatnonzero(labels == g).tolist()) for g in np.unique(labels))


@pytest.mark.parametrize(("k", "m"), [(1, 1), (4, 2), (5, 3), (7, 3), (8, 5), (14, 3)])
def test_stirling_numbers_and_enumeration(k, m):
    explicit = sum((-1) ** j * comb(m, j) * (m - j) ** k for j in range(m + 1)) // factorial(m)
    assert stirling2(k, m) == explicit
    if explicit > 10_000:
        return
    rows = set_partitions(k, m)
    assert rows.shape == (explicit, k)
    got = {canonical(r) for r in rows}
    assert len(got) == explicit  # no repeats
    assert got == {frozenset(frozenset(b) for b in p) for p in partitions_recursive(list(range(k)), m)}


def test_random_partitions_are_uniform_repeatable_and_non_empty():
    k, m, n = 5, 3, 25_000
    a = random_partitions(k, m, n, np.random.default_rng(11))
    b = random_partitions(k, m, n, np.random.default_rng(11))
    assert np.array_equal(a, b)
    assert not np.array_equal(a, random_partitions(k, m, n, np.random.default_rng(12)))
    assert all(len(set(r.tolist())) == m for r in a[:2000])
    freq = Counter(canonical(r) for r in a)
    assert len(freq) == stirling2(k, m) == 25
    expected = n / 25
    chi2 = sum((c - expected) ** 2 / expected for c in freq.values())
    assert chi2 < 55  # 24 degrees of freedom: P(χ² > 55) < 0.001


def test_merging_keeps_counts():
    rng = np.random.default_rng(0)
    n_f = rng.integers(5, 50, 9).astype(float)
    n_lf = np.minimum(rng.integers(0, 6, 9), n_f).astype(float)
    labels = random_partitions(9, 4, 200, rng)
    nf, nlf = merged_counts(labels, n_f, n_lf, 4)
    assert np.allclose(nf.sum(axis=1), n_f.sum()) and np.allclose(nlf.sum(axis=1), n_lf.sum())
    assert (nf > 0).all()  # every group holds at least one class
    r = 17
    for g in range(4):
        assert nf[r, g] == n_f[labels[r] == g].sum() and nlf[r, g] == n_lf[labels[r] == g].sum()


def _merged_dc_by_hand(cls, ls, m):
    """Mean and spread of DC over every partition of the classes into m groups (SPEC §11), by hand."""
    classes = sorted(set(cls.tolist()))
    n_a, n_l = cls.size, ls.sum()
    dcs = []
    for p in partitions_recursive(classes, m):
        total = 0.0
        for block in p:
            inside = np.isin(cls, block)
            n_f, n_lf = inside.sum(), ls[inside].sum()
            total += n_f * abs(cf_spec(nonzero(n_lf, n_f, n_a), n_l / n_a))
        dcs.append(total / n_a)
    return np.array(dcs)


def test_compensation_enumerates_merges_and_sets_continuous_width():
    rng = np.random.default_rng(5)
    shape = (20, 30)
    geo = rng.integers(1, 7, shape).astype(np.int16)  # 6 classes
    soil = rng.integers(1, 4, shape).astype(np.int16)  # 3 classes: the target
    cont = rng.random(shape)
    ls = (rng.random(shape) < 0.05 + 0.03 * geo).astype(float)
    factors = [Factor("cont", cont), Factor("geo", geo, classified=True), Factor("soil", soil, classified=True)]
    study = prepare(factors, ls, precision=2, train_ratio=1.0)
    res = {r.name: r for r in compensated_decisiveness(study, seed=1)}
    ref = _merged_dc_by_hand(geo.ravel(), ls.ravel(), 3)
    g = res["geo"]
    assert ref.size == stirling2(6, 3) == 90
    assert (g.target, g.n_classes, g.merging, g.n_merges) == (3, 6, "enumerated", 90)
    assert g.dc == pytest.approx(ref.mean(), rel=1e-12)
    assert g.std == pytest.approx(ref.std(), rel=1e-9)
    assert (g.min, g.max) == (pytest.approx(ref.min(), rel=1e-12), pytest.approx(ref.max(), rel=1e-12))
    assert res["soil"].merging == "none" and res["soil"].dc == decisiveness(study, 1 / 3)[2].dc
    assert res["cont"].width == pytest.approx(1 / 3)
    assert res["cont"].dc == decisiveness(study, 1 / 3)[0].dc
    # Monte Carlo: repeatable with a seed, close to the exact mean
    mc1 = compensated_decisiveness(study, seed=4, max_enumerate=10, n_samples=4000)[1]
    mc2 = compensated_decisiveness(study, seed=4, max_enumerate=10, n_samples=4000)[1]
    assert mc1 == mc2 and mc1.merging == "monte carlo" and mc1.n_merges == 4000
    assert mc1.dc == pytest.approx(ref.mean(), abs=4 * ref.std() / np.sqrt(4000))
