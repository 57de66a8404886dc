"""The eight models (ML paper §4.1; SPEC §10): signal found, seeds repeat, scaling on training rows only,
stacking's meta model fit on out-of-fold probabilities only, and the bad-input messages."""

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import cross_val_predict

from alsa.alsa_plugin.core.errors import AlsaInputError
from alsa.alsa_plugin.core.ml import models

pytestmark = pytest.mark.filterwarnings("ignore::sklearn.exceptions.ConvergenceWarning")

CLASSIFIED = [False, True, False, False]
NAMES = ["slope", "lithology", "elevation", "noise"]
FAST = {  # small but honest settings, to keep the suite fast
    "KNN": {"n_neighbors": 30},
    "ANN": {"max_iter": 300, "hidden_layer_sizes": (16,)},
    "MLP": {"max_iter": 300, "hidden_layer_sizes": (16, 8)},
    "RF": {"n_estimators": 30},
    "BAGGING": {"n_estimators": 10},
}


def make_data(n, seed):
    """Rows with a known signal: P(landslide) rises with slope and on lithology class 3; noise is noise."""
    rng = np.random.default_rng(seed)
    slope = rng.uniform(0, 60, n)
    litho = rng.integers(1, 6, n).astype(float)
    elev = rng.uniform(100, 900, n)
    noise = rng.normal(0, 1, n)
    logit = 0.12 * (slope - 30) + 2.0 * (litho == 3) - 0.004 * (elev - 500)
    y = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(np.int64)
    return np.column_stack([slope, litho, elev, noise]), y


def _params(key):
    if key == "STACKING":
        return {"base_params": FAST, "cv": 3}
    return FAST.get(key)


@pytest.fixture(scope="module")
def data():
    x_train, y_train = make_data(600, 1)
    x_test, y_test = make_data(1500, 2)
    x_test[:10, 0] = 95.0  # beyond the training range: the scaler must not have seen it
    x_test[10:20, 1] = 9.0  # a class training never saw: one-hot encoding ignores it
    return x_train, y_train, x_test, y_test


@pytest.mark.parametrize("key", models.MODELS)
def test_every_model_finds_the_signal_and_repeats(data, key):
    x_train, y_train, x_test, y_test = data
    a = models.fit_model(key, x_train, y_train, CLASSIFIED, _params(key), seed=3)
    b = models.fit_model(key, x_train, y_train, CLASSIFIED, _params(key), seed=3)
    pa = a.predict_proba(x_test)[:, models.positive_column(a)]
    pb = b.predict_proba(x_test)[:, models.positive_column(b)]
    assert roc_auc_score(y_test, pa) > 0.75
    assert pa.tobytes() == pb.tobytes()  # byte for byte


@pytest.mark.parametrize("key", ["DT", "RF", "MLP", "BAGGING"])
def test_the_seed_matters(data, key):
    x_train, y_train, x_test, _ = data
    a = models.fit_model(key, x_train, y_train, CLASSIFIED, _params(key), seed=3)
    c = models.fit_model(key, x_train, y_train, CLASSIFIED, _params(key), seed=4)
    assert not np.array_equal(a.predict_proba(x_test), c.predict_proba(x_test))


@pytest.mark.parametrize("key", ["LR", "STACKING"])
def test_min_max_and_one_hot_are_fit_on_the_training_rows_only(data, key):
    x_train, y_train, x_test, _ = data
    model = models.fit_model(key, x_train, y_train, CLASSIFIED, _params(key), seed=0)
    prepare = model.named_steps["prepare"]
    scaler = prepare.named_transformers_["minmax"]
    cont = [0, 2, 3]
    np.testing.assert_array_equal(scaler.data_min_, x_train[:, cont].min(axis=0))
    np.testing.assert_array_equal(scaler.data_max_, x_train[:, cont].max(axis=0))
    assert x_test[:, 0].max() > scaler.data_max_[0]  # the test rows reach further: they were not used
    encoder = prepare.named_transformers_["onehot"]
    np.testing.assert_array_equal(encoder.categories_[0], np.unique(x_train[:, 1]))
    z = prepare.transform(x_train)
    np.testing.assert_allclose(z[:, :3].min(axis=0), 0.0)  # formula (9) with a = 0, b = 1
    np.testing.assert_allclose(z[:, :3].max(axis=0), 1.0)
    assert model.predict_proba(x_test[10:20]).shape == (10, 2)  # an unseen class is ignored, not an error


class RecordingLR(LogisticRegression):
    """A meta model that keeps the features it was fitted on."""

    def fit(self, X, y, sample_weight=None):  # noqa: N803 - scikit-learn's signature
        self.seen_ = np.array(X, copy=True)
        return super().fit(X, y, sample_weight=sample_weight)


def test_stacking_meta_model_sees_out_of_fold_probabilities_only(data):
    x_train, y_train, _, _ = data
    params = {"base_models": ["KNN", "LR"], "base_params": {"KNN": {"n_neighbors": 1}}, "cv": 4}
    model = models.make_model("STACKING", CLASSIFIED, params, seed=5)
    model.set_params(model__final_estimator=RecordingLR(max_iter=1000))
    model.fit(x_train, y_train)
    stack = model.named_steps["model"]
    seen = stack.final_estimator_.seen_
    z = model.named_steps["prepare"].transform(x_train)
    # in-fold, a 1-nearest-neighbour model memorises its rows: its probabilities would equal the labels
    in_fold = stack.estimators_[0].predict_proba(z)[:, 1]
    np.testing.assert_array_equal(in_fold, y_train)
    assert np.mean(seen[:, 0] != y_train) > 0.15  # what the meta model saw is not that
    # it is exactly the out-of-fold probabilities of the same folds
    for k, (_, base) in enumerate(stack.estimators):
        oof = cross_val_predict(clone(base), z, y_train, cv=stack.cv, method="predict_proba")[:, 1]
        np.testing.assert_array_equal(seen[:, k], oof)


def test_stacking_meta_model_equals_a_logistic_regression_on_rebuilt_oof_features(data):
    x_train, y_train, _, _ = data
    params = _params("STACKING")
    model = models.fit_model("STACKING", x_train, y_train, CLASSIFIED, params, seed=2)
    stack = model.named_steps["model"]
    z = model.named_steps["prepare"].transform(x_train)
    cv = stack.cv
    assert cv.shuffle and cv.random_state == 2 and stack.stack_method == "predict_proba"
    features = np.column_stack(
        [cross_val_predict(clone(b), z, y_train, cv=cv, method="predict_proba")[:, 1] for _, b in stack.estimators]
    )
    meta = LogisticRegression(C=1.0, max_iter=1000, random_state=2).fit(features, y_train)
    np.testing.assert_allclose(stack.final_estimator_.coef_, meta.coef_, rtol=1e-6)
    np.testing.assert_allclose(stack.final_estimator_.intercept_, meta.intercept_, rtol=1e-6)
    assert [name for name, _ in stack.estimators] == ["lr", "dt", "knn", "ann", "mlp", "rf", "bagging"]


def test_paper_defaults():
    knn = models.make_model("KNN", CLASSIFIED).named_steps["model"]
    assert (knn.n_neighbors, knn.metric, knn.p, knn.weights) == (100, "minkowski", 2, "uniform")
    assert models.make_model("DT", CLASSIFIED).named_steps["model"].criterion == "gini"
    assert len(models.make_model("ANN", CLASSIFIED).named_steps["model"].hidden_layer_sizes) == 1
    assert len(models.make_model("MLP", CLASSIFIED).named_steps["model"].hidden_layer_sizes) == 2
    final = models.make_model("STACKING", CLASSIFIED).named_steps["model"].final_estimator
    assert isinstance(final, LogisticRegression)


def test_overrides_reach_the_estimator():
    knn = models.make_model("knn", CLASSIFIED, {"n_neighbors": 7, "p": 1}).named_steps["model"]
    assert (knn.n_neighbors, knn.p) == (7, 1)
    rf = models.make_model("RF", CLASSIFIED, {"n_estimators": 12}, seed=8, n_jobs=2).named_steps["model"]
    assert (rf.n_estimators, rf.random_state, rf.n_jobs) == (12, 8, 2)


def test_stacking_base_models_are_checked_and_reach_the_estimator():
    stack = models.make_model("STACKING", CLASSIFIED, {"base_models": ("LR", "RF")}).named_steps["model"]
    assert [name for name, _ in stack.estimators] == ["lr", "rf"]
    for bases in [(), ("LR", "LR"), ("LR", "STACKING")]:
        with pytest.raises(AlsaInputError, match=r"stacking needs one or more base models \(BASE_MODELS\), each once"):
            models.settings("STACKING", {"base_models": bases})
    with pytest.raises(AlsaInputError, match="unknown model 'SVM'"):
        models.settings("STACKING", {"base_models": ("LR", "SVM")})
    with pytest.raises(AlsaInputError, match=r"model KNN: unknown parameter\(s\) k;"):
        models.settings("STACKING", {"base_params": {"KNN": {"k": 3}}})


def test_bad_input_messages(data):
    x_train, y_train, _, _ = data
    with pytest.raises(AlsaInputError, match=r"KNN: k = 100 neighbours, but the model is trained on only 50 rows"):
        models.fit_model("KNN", x_train[:50], y_train[:50], CLASSIFIED)
    # stacking: KNN trains on the folds' rows only (600 rows, 5 folds: 480)
    with pytest.raises(AlsaInputError, match=r"k = 500 neighbours, but the model is trained on only 480 rows"):
        models.check_training("STACKING", x_train, y_train, CLASSIFIED, {"base_params": {"KNN": {"n_neighbors": 500}}})
    few = y_train.copy()
    few[few == 1] = 0
    few[:3] = 1
    with pytest.raises(AlsaInputError, match="stacking: 5 folds need at least 5 landslide .* it has 3 and 597"):
        models.fit_model("STACKING", x_train, few, CLASSIFIED)
    many = x_train.copy()
    many[:, 1] = np.arange(600) % 300
    with pytest.raises(AlsaInputError, match="classified factor 'lithology' has 300 classes .* at most 256"):
        models.fit_model("LR", many, y_train, CLASSIFIED, names=NAMES)
    many[:, 1] = np.arange(600) % 256  # at the limit: accepted
    models.check_training("LR", many, y_train, CLASSIFIED, names=NAMES)
    with pytest.raises(AlsaInputError, match="needs landslide and non-landslide cells; it has 0 and 600"):
        models.fit_model("LR", x_train, np.zeros(600), CLASSIFIED)
    with pytest.raises(AlsaInputError, match=r"model KNN: unknown parameter\(s\) k;"):
        models.make_model("KNN", CLASSIFIED, {"k": 3})
    with pytest.raises(AlsaInputError, match="unknown model 'SVM'"):
        models.make_model("SVM", CLASSIFIED)


@pytest.mark.parametrize("key", ["RF", "BAGGING", "STACKING"])
def test_fits_run_in_threads_and_give_the_same_model_on_any_number_of_cores(data, key, no_processes, monkeypatch):
    import threading

    import sklearn.ensemble._bagging as bagging
    import sklearn.ensemble._forest as forest
    import sklearn.ensemble._stacking as stacking

    # the work joblib hands out: trees (RF), groups of trees (bagging), a base's folds (stacking)
    module, name = {"RF": (forest, "_parallel_build_trees"), "BAGGING": (bagging, "_parallel_build_estimators")}.get(
        key, (stacking, "cross_val_predict")
    )
    work, ran_in = getattr(module, name), set()

    def recorded(*args, **kwargs):
        ran_in.add(threading.get_ident())
        return work(*args, **kwargs)

    monkeypatch.setattr(module, name, recorded)
    x_train, y_train, x_test, _ = data
    one = models.fit_model(key, x_train, y_train, CLASSIFIED, _params(key), seed=3, n_jobs=1)
    assert ran_in == {threading.get_ident()}  # one core: in place
    ran_in.clear()
    two = models.fit_model(key, x_train, y_train, CLASSIFIED, _params(key), seed=3, n_jobs=2)
    assert ran_in and threading.get_ident() not in ran_in  # in joblib's worker threads
    every = models.fit_model(key, x_train, y_train, CLASSIFIED, _params(key), seed=3)
    fitted = two.named_steps["model"]
    for estimator in fitted.estimators_ if key == "STACKING" else [fitted]:
        if key != "STACKING" or estimator.__class__.__name__ in ("RandomForestClassifier", "BaggingClassifier"):
            assert estimator.n_jobs is None  # predictions sum in one order (joblib's own default)
    p = one.predict_proba(x_test)
    np.testing.assert_array_equal(p, two.predict_proba(x_test))
    np.testing.assert_array_equal(p, every.predict_proba(x_test))


@pytest.mark.parametrize("key", ["DT", "RF", "BAGGING", "STACKING"])
def test_predict_map_splits_rows_between_threads_without_changing_a_value(data, key):
    from alsa.alsa_plugin.core.ml.predict import ROW_THREADS, ArraySource, predict_map

    x_train, y_train, x_test, _ = data
    model = models.fit_model(key, x_train, y_train, CLASSIFIED, _params(key), seed=3)
    assert type(model.named_steps["model"]).__name__ in ROW_THREADS
    rows = np.tile(x_test, (3, 1))  # 4500 rows: chunks of 4096 are split in two
    source = ArraySource(list(rows.T), ["slope", "litho", "elev", "noise"], CLASSIFIED)
    one = predict_map(model, source, chunk=4096, threads=1)
    two = predict_map(model, source, chunk=4096, threads=2)
    np.testing.assert_array_equal(one, two)
    np.testing.assert_array_equal(one, model.predict_proba(rows)[:, models.positive_column(model)].astype(np.float32))


def test_knn_neighbour_search_setting():
    assert models.DEFAULTS["KNN"]["neighbour_search"] == "exact"
    assert models.NEIGHBOUR_SEARCHES == ("exact", "approximate")


def test_stacking_bases_run_with_one_blas_thread_and_the_limit_comes_back(data, monkeypatch):
    """Stacking's bases in joblib threads use one BLAS thread each; a single model keeps BLAS's threads; after the
    fit the limit is as before."""
    from sklearn.neural_network import MLPClassifier
    from threadpoolctl import threadpool_info

    def blas_threads():
        return sorted(p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas")

    before, seen, fit = blas_threads(), [], MLPClassifier.fit
    if not before:  # e.g. Debian 13's numpy on the reference BLAS: one thread, no pool that a limit could change
        pytest.skip("numpy's BLAS has no thread pool here: nothing to limit")

    def recorded(self, *args, **kwargs):
        seen.append(blas_threads())
        return fit(self, *args, **kwargs)

    monkeypatch.setattr(MLPClassifier, "fit", recorded)
    x_train, y_train, x_test, _ = data
    alone = models.fit_model("MLP", x_train, y_train, CLASSIFIED, {"max_iter": 20}, seed=3, n_jobs=2)
    assert before and seen == [before]
    seen.clear()
    stacked = {"base_models": ("LR", "MLP"), "cv": 2, "base_params": {"MLP": {"max_iter": 20}}}
    model = models.fit_model("STACKING", x_train, y_train, CLASSIFIED, stacked, seed=3, n_jobs=2)
    assert len(seen) == 3 and all(s == [1] * len(before) for s in seen)  # two folds, then the whole design
    assert blas_threads() == before
    again = models.fit_model("STACKING", x_train, y_train, CLASSIFIED, stacked, seed=3, n_jobs=2)
    np.testing.assert_array_equal(model.predict_proba(x_test), again.predict_proba(x_test))
    assert alone.predict_proba(x_test).shape == (len(x_test), 2)
