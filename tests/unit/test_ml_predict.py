"""Full-map prediction in chunks (SPEC §10) and the evaluation of its probabilities (ML paper §4.2; SPEC §7)."""

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score, roc_curve

from alsa.alsa_plugin.core.errors import AlsaInputError, Cancelled
from alsa.alsa_plugin.core.evaluation import evaluate
from alsa.alsa_plugin.core.ml import metrics, models, predict
from alsa.alsa_plugin.core.ml.designs import make_test_design, make_training_design
from alsa.alsa_plugin.core.study import Landslides

pytestmark = pytest.mark.filterwarnings("ignore::sklearn.exceptions.ConvergenceWarning")

NAMES = ["slope", "lithology", "noise"]
CLASSIFIED = [False, True, False]
FAST = {
    "KNN": {"n_neighbors": 20},
    "MLP": {"max_iter": 100, "hidden_layer_sizes": (8, 4)},
    "RF": {"n_estimators": 15},
    "STACKING": {"base_models": ["LR", "DT", "KNN"], "cv": 3, "base_params": {"KNN": {"n_neighbors": 20}}},
}


@pytest.fixture(scope="module")
def study():
    """A map of valid cells with landslides where slope is high and on lithology 2; split 70:30 by cell."""
    rng = np.random.default_rng(3)
    n = 6000
    slope = rng.uniform(0, 50, n)
    litho = rng.integers(1, 5, n).astype(float)
    noise = rng.normal(size=n)
    p = 1 / (1 + np.exp(-(0.15 * (slope - 40) + 1.5 * (litho == 2))))
    ls = np.flatnonzero(rng.random(n) < p)
    cut = int(0.7 * ls.size)
    perm = rng.permutation(ls)
    train, test = (Landslides(np.sort(i), np.ones(i.size)) for i in (perm[:cut], perm[cut:]))
    source = predict.ArraySource([slope, litho, noise], NAMES, CLASSIFIED)
    tr = make_training_design("Po2", n, train, test, seed=1)
    te = make_test_design("Po1", n, train, test, tr, seed=1, n=3000)
    return source, train, test, tr, te


def _fit(study, key):
    source, _, _, tr, _ = study
    return models.fit_model(key, source.take(tr.cells), tr.labels, CLASSIFIED, FAST.get(key), seed=0)


@pytest.mark.parametrize("key", ["LR", "DT", "KNN", "MLP", "RF", "STACKING"])
def test_chunked_prediction_equals_one_shot(study, key):
    source = study[0]
    model = _fit(study, key)
    one_shot = model.predict_proba(source.columns(0, source.n_cells))[:, 1].astype(np.float32)
    chunked = predict.predict_map(model, source, chunk=977)  # chunks that do not divide the map
    assert chunked.dtype == np.float32 and chunked.shape == (source.n_cells,)
    np.testing.assert_array_equal(chunked, one_shot)
    np.testing.assert_array_equal(predict.predict_map(model, source), one_shot)  # chunk from the budget


def test_progress_runs_to_one_and_cancel_stops_between_chunks(study):
    source = study[0]
    model = _fit(study, "LR")
    seen = []
    predict.predict_map(model, source, chunk=1000, progress=lambda f, m: seen.append(f))
    assert seen == [0.0] + [min(k * 1000, 6000) / 6000 for k in range(1, 7)]
    calls = []

    def cancel_after_two(fraction, message):
        calls.append(fraction)
        return len(calls) < 3  # the third call answers False

    with pytest.raises(Cancelled):
        predict.predict_map(model, source, chunk=1000, progress=cancel_after_two)
    assert calls == [0.0, 1000 / 6000, 2000 / 6000]  # stopped after the second chunk, not at the end


def test_chunk_size_follows_the_memory_budget(study):
    for key in ("LR", "KNN"):
        model = _fit(study, key)
        per_row = predict.bytes_per_row(model, 3)
        rows = predict.chunk_rows(model, 3, budget=1 << 20)
        assert rows * per_row <= 1 << 20 and (rows + 1) * per_row > 1 << 20
        assert predict.chunk_rows(model, 3, budget=1) == predict.MIN_CHUNK
        assert predict.chunk_rows(model, 3, budget=1 << 40) > predict.MAX_CHUNK["BaggingClassifier"]
    bagging = models.fit_model("BAGGING", study[0].take(study[3].cells), study[3].labels, CLASSIFIED, seed=0)
    assert predict.chunk_rows(bagging, 3, budget=1 << 40) == predict.MAX_CHUNK["BaggingClassifier"]
    knn, lr = _fit(study, "KNN"), _fit(study, "LR")
    assert predict.bytes_per_row(knn, 3) > predict.bytes_per_row(lr, 3)  # k neighbours per row cost memory


def test_callable_source_equals_array_source(study):
    source = study[0]
    calls = []

    def rows(start, stop):
        calls.append((start, stop))
        return np.column_stack([a[start:stop] for a in source.arrays])

    lazy = predict.CallableSource(rows, source.n_cells, NAMES, CLASSIFIED)
    cells = np.random.default_rng(0).choice(source.n_cells, 500, replace=False)  # unsorted
    np.testing.assert_array_equal(lazy.take(cells, window=700), source.take(cells))
    assert all(stop - start <= 700 for start, stop in calls)  # never the whole map at once
    model = _fit(study, "LR")
    np.testing.assert_array_equal(predict.predict_map(model, lazy, chunk=999), predict.predict_map(model, source))
    bad = predict.CallableSource(lambda a, b: np.zeros((b - a, 2)), source.n_cells, NAMES, CLASSIFIED)
    with pytest.raises(AlsaInputError, match="expected"):
        predict.predict_map(model, bad)


def test_the_full_map_finds_the_test_landslides(study):
    source, train, test, tr, te = study
    model = _fit(study, "LR")
    prob = predict.predict_map(model, source)
    ev = metrics.rate_curves(prob, train, test)
    assert ev.prediction.auc > 0.7 and metrics.roc(te.labels, prob[te.cells]).auc > 0.7
    ref = evaluate(prob.astype(np.float64), train, test)  # the bivariate methods' own curves
    assert ev.success.auc == ref.success.auc and ev.prediction.auc == ref.prediction.auc
    np.testing.assert_array_equal(ev.prediction.x, ref.prediction.x)


def test_confusion_by_hand():
    labels = np.array([1, 1, 1, 0, 0, 0, 0, 1])
    prob = np.array([0.9, 0.5, 0.2, 0.7, 0.1, 0.49, 0.5, 0.3])
    cm = metrics.confusion(labels, prob)
    # predicted landslide when P >= 0.5: cells 0, 1, 3, 6 → TP 2 (0, 1), FP 2 (3, 6); FN 2 (2, 7), TN 2 (4, 5)
    assert (cm.tp, cm.fn, cm.fp, cm.tn) == (2, 2, 2, 2)
    assert cm.tpr == pytest.approx(2 / 4) and cm.fpr == pytest.approx(2 / 4)  # formulas (15), (16)
    cm2 = metrics.confusion(labels, prob, threshold=0.8)
    assert (cm2.tp, cm2.fn, cm2.fp, cm2.tn) == (1, 3, 0, 4) and cm2.tpr == 0.25 and cm2.fpr == 0.0


def test_roc_by_hand():
    labels = np.array([1, 0, 1, 0])
    prob = np.array([0.8, 0.6, 0.4, 0.2])
    r = metrics.roc(labels, prob)
    # pairs (positive, negative) ranked right: (.8,.6) (.8,.2) (.4,.2); wrong: (.4,.6) → 3/4
    assert r.auc == pytest.approx(0.75) == roc_auc_score(labels, prob)
    np.testing.assert_allclose(r.fpr, [0, 0, 0.5, 0.5, 1])
    np.testing.assert_allclose(r.tpr, [0, 0.5, 0.5, 1, 1])
    fpr, tpr, _ = roc_curve(labels, prob, drop_intermediate=False)
    np.testing.assert_array_equal(r.fpr, fpr)
    with pytest.raises(AlsaInputError, match="needs landslide and non-landslide"):
        metrics.roc(np.ones(4), prob)
    with pytest.raises(AlsaInputError, match="3 labels for 4 probabilities"):
        metrics.confusion(labels[:3], prob)


def test_permutation_importance_ranks_the_signal_and_repeats(study, no_processes):
    source, _, _, _, te = study
    model = _fit(study, "RF")
    x = source.take(te.cells)
    a = metrics.importance(model, x, te.labels, NAMES, seed=4, n_repeats=3)
    b = metrics.importance(model, x, te.labels, NAMES, seed=4, n_repeats=3, n_jobs=1)
    np.testing.assert_array_equal(a.mean, b.mean)
    np.testing.assert_array_equal(a.std, b.std)
    assert a.names == NAMES and np.argmax(a.mean) == 0  # slope carries most of the signal
    assert a.mean[0] > 0.1 and abs(a.mean[2]) < 0.05  # noise carries none
    assert a.baseline == pytest.approx(roc_auc_score(te.labels, model.predict_proba(x)[:, 1]))
