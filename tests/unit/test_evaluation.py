"""Success/prediction rate with ties as one step, ROC AUC and confusion matrix (SPEC §7)."""

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score

from alsa.alsa_plugin.core import Landslides, confusion_matrix, evaluate


def _ls(idx, w=None):
    idx = np.asarray(idx, dtype=np.int64)
    return Landslides(idx, np.ones(idx.size) if w is None else np.asarray(w, dtype=float))


def test_rate_with_ties_by_hand():
    # scores 3,3,2,1 ; landslides on cells 0 (score 3) and 2 (score 2)
    # level 3: x 0→.5, y 0→.5 ; level 2: x .5→.75, y .5→1 ; level 1: x .75→1, y 1
    # area = .5·.25 + .25·.75 + .25·1 = .5625 (breaking the tie would give .6875)
    ev = evaluate(np.array([3.0, 3.0, 2.0, 1.0]), _ls([0, 2]))
    assert ev.success.auc == pytest.approx(0.5625)
    np.testing.assert_allclose(ev.success.x, [0, 0, 0.5, 0.5, 0.75, 1])
    np.testing.assert_allclose(ev.success.y, [0, 0, 0.5, 0.5, 1, 1])
    # ROC: positives {3, 2}, negatives {3, 1}: (0.5 + 1 + 0 + 1) / 4
    assert ev.roc_auc_train == pytest.approx(0.625)


def test_null_scores_are_not_ranked_and_weights_count():
    scores = np.array([np.nan, 5.0, 4.0, 3.0, 2.0])
    ev = evaluate(scores, _ls([0, 1, 3], [10, 1, 3]))
    # ranked cells 1..4; weight 1 at the top cell, 3 at the third; the NaN cell drops out
    # vertices: (0,0) (0,0) (.25,.25) (.5,.25) (.75,1) (1,1)
    assert ev.n_ranked == 4
    assert ev.success.auc == pytest.approx(0.25 * 0.125 + 0.25 * 0.25 + 0.25 * 0.625 + 0.25)


def test_prediction_rate_uses_the_test_set():
    scores = np.array([4.0, 3.0, 2.0, 1.0])
    ev = evaluate(scores, _ls([0]), _ls([3]))
    assert ev.success.auc == pytest.approx(1 - 0.125)
    assert ev.prediction.auc == pytest.approx(0.125)


@pytest.mark.parametrize("seed", range(5))
def test_roc_auc_matches_scikit_learn_and_rate_matches_a_sort(seed):
    rng = np.random.default_rng(seed)
    n = 3000
    scores = np.round(rng.normal(size=n), 1)  # many ties
    scores[rng.random(n) < 0.05] = np.nan
    idx = rng.choice(n, 200, replace=False)
    w = rng.integers(1, 4, size=200).astype(float)
    ev = evaluate(scores, _ls(idx, w))
    ok = ~np.isnan(scores)
    y = np.zeros(n)
    y[idx] = w
    neg = ok & (y == 0)
    pos = ok & (y > 0)
    assert 0 < pos.sum() < idx.size  # some landslide cells have a null score: they must drop out
    assert ev.n_ranked == ok.sum()
    yt = np.r_[np.ones(pos.sum()), np.zeros(neg.sum())]
    sc = np.r_[scores[pos], scores[neg]]
    sw = np.r_[y[pos], np.ones(neg.sum())]
    assert ev.roc_auc_train == pytest.approx(roc_auc_score(yt, sc, sample_weight=sw), abs=1e-12)
    # straightforward rate over the ranked (non-null) cells: sort descending, group ties, trapezoids
    s, wt = scores[ok], y[ok]
    levels = np.unique(s)[::-1]
    xs, ys = [0.0], [0.0]
    area = 0.0
    for lv in levels:
        on = s == lv
        xs.append(xs[-1] + on.sum() / s.size)
        ys.append(ys[-1] + wt[on].sum() / wt.sum())
        area += (xs[-1] - xs[-2]) * (ys[-1] + ys[-2]) / 2
    assert ev.success.auc == pytest.approx(area, abs=1e-12)
    # the core's curve passes through the end of every tie group: ties are one straight step
    assert ev.success.x[0] == ev.success.y[0] == 0.0 and ev.success.x[-1] == ev.success.y[-1] == 1.0
    np.testing.assert_allclose(np.interp(xs, ev.success.x, ev.success.y), ys, atol=1e-12)


def test_confusion_matrix_by_hand():
    scores = np.array([0.9, 0.6, 0.4, 0.2, np.nan, 0.7])
    cm = confusion_matrix(scores, _ls([0, 2]), 0.5)
    assert (cm.tp, cm.fn, cm.fp, cm.tn) == (1, 1, 2, 1)
    assert cm.tpr == pytest.approx(0.5)
    assert cm.fpr == pytest.approx(2 / 3)
    # the training cell 5 is neither positive nor negative when judging the test set
    cm = confusion_matrix(scores, _ls([0, 2]), 0.5, exclude=_ls([5]))
    assert (cm.tp, cm.fn, cm.fp, cm.tn) == (1, 1, 1, 1)


@pytest.mark.parametrize("method", ["FC", "FR", "CF", "WOE", "IV"])
def test_run_confusion_matrix_uses_the_methods_neutral_value(method):
    from alsa.alsa_plugin.core import Factor, prepare, run

    rng = np.random.default_rng(8)
    x = rng.normal(size=(50, 60))
    ls = (x + rng.normal(size=x.shape) > 2.2).astype(float)
    st = prepare([Factor("x", x), Factor("c", rng.integers(1, 4, x.shape), classified=True)], ls, seed=1)
    r = run(st, method, 0.2)
    if method == "WOE":
        scores, thr = r.woe_posterior(st), st.train.total / st.n_a
    else:
        scores, thr = r.lsi_output(st), {"FR": 2.0}.get(method, 0.0)
    expected = confusion_matrix(scores, st.test, thr, exclude=st.train)
    assert (r.confusion.tp, r.confusion.fn, r.confusion.fp, r.confusion.tn) == (
        expected.tp,
        expected.fn,
        expected.fp,
        expected.tn,
    )
    assert 0 < r.confusion.tp + r.confusion.fp < r.evaluation.n_ranked
