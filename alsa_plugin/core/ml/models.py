"""The ML paper's eight models as scikit-learn pipelines, by key (ML paper §4.1; SPEC §10).

Every model is a :class:`~sklearn.pipeline.Pipeline`: a ``ColumnTransformer`` that
min–max normalises the continuous factors (the ML paper's formula (9), a = 0, b = 1)
and one-hot encodes the classified ones, then the classifier. Both transformers are
fitted with the model, on the training design only.

Defaults: the paper states few hyperparameters. Taken from it: DT is CART with the
Gini impurity (§4.1 (2), its formula (7)); KNN uses the Minkowski distance (formula (8))
with p = 2 and k = 100 neighbours, the paper's best (§5.2, §6), voting uniformly, found by
scikit-learn's exact search (``neighbour_search="exact"``) or, much faster on large maps,
by the approximate search of :mod:`.knn` (``"approximate"``, Euclidean only, needs numba); ANN
has one hidden layer, MLP two (§4.1 (4)), ReLU activation (the paper allows ReLU or
sigmoid); stacking feeds the base models' predicted probabilities to a logistic
regression (§4.1 (5), its formulas (13)–(14)). Not stated by the paper and chosen here
(marked "chosen" in :data:`DEFAULTS`): layer sizes, tree leaf sizes, ensemble sizes,
the folds of stacking and its base models (all seven other models, as the paper's
"each model's prediction results" reads).

``seed`` sets every ``random_state`` (and the stacking folds' shuffle), so two fits
with one seed give identical probabilities.
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any, Mapping, Sequence

import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import BaggingClassifier, RandomForestClassifier, StackingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.neighbors import KNeighborsClassifier
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MinMaxScaler, OneHotEncoder
from sklearn.tree import DecisionTreeClassifier

from ..errors import AlsaInputError
from ..i18n import tr
from .threads import cores, joblib_threads, one_blas_thread

MODELS = ("LR", "DT", "KNN", "ANN", "MLP", "RF", "BAGGING", "STACKING")

NEIGHBOUR_SEARCHES = ("exact", "approximate")
"""KNN's ``neighbour_search``: scikit-learn's exact search, or :class:`.knn.ApproximateKNeighborsClassifier`."""

MAX_CLASSES = 256
"""Most classes a classified factor may have for one-hot encoding (one column each).

A factor with more values is almost certainly continuous, or needs reclassifying: 256
classes already make 256 columns for every row of the full-map prediction.
"""

DEFAULTS: dict[str, dict[str, Any]] = {
    # sklearn's defaults (paper: maximum likelihood, formulas (3)-(4)); max_iter raised: lbfgs on one-hot columns
    "LR": {"C": 1.0, "max_iter": 1000},
    # criterion gini: paper; min_samples_leaf chosen (graded leaf probabilities, not 0/1 leaves)
    "DT": {"max_depth": None, "min_samples_leaf": 20},
    # k = 100, Minkowski: paper; p = 2 (Euclidean) and uniform votes ("majority voting"): paper's formula (8)
    # neighbour_search: "exact" (scikit-learn) or "approximate" (core.ml.knn: ≈ 20x faster, recall ≈ 0.99)
    "KNN": {"n_neighbors": 100, "p": 2, "neighbour_search": "exact"},
    # one hidden layer: paper; 100 units, alpha, max_iter: sklearn's defaults (chosen)
    "ANN": {"hidden_layer_sizes": (100,), "activation": "relu", "alpha": 1e-4, "max_iter": 200},
    # two hidden layers: paper; 100 and 50 units chosen
    "MLP": {"hidden_layer_sizes": (100, 50), "activation": "relu", "alpha": 1e-4, "max_iter": 200},
    # chosen: 100 trees (sklearn's default), leaves of at least 5 cells, sqrt(features) per split
    "RF": {"n_estimators": 100, "max_depth": None, "min_samples_leaf": 5, "max_features": "sqrt"},
    # chosen: 50 bootstrapped CART trees with DT's leaf size, averaged (paper: "voting or averaging")
    "BAGGING": {"n_estimators": 50, "min_samples_leaf": 20},
    # meta model LR: paper; bases (the seven others), 5 shuffled stratified folds, meta C: chosen
    "STACKING": {"base_models": ("LR", "DT", "KNN", "ANN", "MLP", "RF", "BAGGING"), "cv": 5, "C": 1.0},
}


def settings(key: str, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The defaults of model ``key`` updated by ``params``; unknown names are refused.

    For STACKING, ``params`` may also hold ``base_params``: {base key: its params}.
    """
    key = _key(key)
    out = dict(DEFAULTS[key])
    allowed = set(out) | ({"base_params"} if key == "STACKING" else set())
    unknown = sorted(set(params or {}) - allowed)
    if unknown:
        raise AlsaInputError(
            tr("model {key}: unknown parameter(s) {names}; it takes {allowed}").format(
                key=key, names=", ".join(unknown), allowed=", ".join(sorted(allowed))
            )
        )
    out.update(params or {})
    if key == "KNN":
        _check_search(out)
    if key == "STACKING":
        _check_bases(out)
    return out


def _check_bases(p: dict[str, Any]) -> None:
    """Stacking's ``base_models``: one or more of the seven other models, each once; their ``base_params``."""
    bases = [str(b).upper() for b in p["base_models"]]
    if not bases or "STACKING" in bases or len(set(bases)) < len(bases):
        raise AlsaInputError(
            tr(
                "stacking needs one or more base models (BASE_MODELS), each once, and stacking cannot be one of "
                "them; got {bases}"
            ).format(bases=", ".join(bases) or "—")
        )
    for b in bases:
        _key(b)
    for b, extra in (p.get("base_params") or {}).items():
        settings(b, extra)


def _check_search(p: dict[str, Any]) -> None:
    """KNN's neighbour_search: one of :data:`NEIGHBOUR_SEARCHES`; approximate needs p = 2 and numba."""
    search = p["neighbour_search"]
    if search not in NEIGHBOUR_SEARCHES:
        raise AlsaInputError(
            tr("KNN: unknown neighbour_search {value!r}; choose one of {choices}").format(
                value=search, choices=", ".join(NEIGHBOUR_SEARCHES)
            )
        )
    if search == "approximate":
        if float(p["p"]) != 2:
            raise AlsaInputError(
                tr(
                    "KNN: the approximate neighbour search measures the Euclidean distance (p = 2), got p = {p}; "
                    "use the exact search for another Minkowski distance"
                ).format(p=p["p"])
            )
        from .knn import require_numba

        require_numba()


def _key(key: str) -> str:
    k = str(key).upper()
    if k not in MODELS:
        raise AlsaInputError(
            tr("unknown model {key!r}; choose one of {choices}").format(key=key, choices=", ".join(MODELS))
        )
    return k


def make_model(
    key: str,
    classified: Sequence[bool],
    params: Mapping[str, Any] | None = None,
    seed: int = 0,
    n_jobs: int | None = None,
) -> Pipeline:
    """An unfitted pipeline (normalise/encode → model) for factors marked ``classified``.

    Parameters
    ----------
    key : one of :data:`MODELS`.
    classified : per factor (column), True when it is classified (one-hot encoded),
        False when continuous (min–max normalised).
    params : overrides of :data:`DEFAULTS` for this model.
    seed : every random_state of the pipeline.
    n_jobs : cores for fitting KNN, RF, bagging and stacking (None = 1, −1 = all); the approximate KNN
        search uses every core when None. :func:`.predict.predict_map` predicts on every core either way.
    """
    classified = [bool(c) for c in classified]
    continuous_cols = [i for i, c in enumerate(classified) if not c]
    classified_cols = [i for i, c in enumerate(classified) if c]
    parts = []
    if continuous_cols:
        parts.append(("minmax", MinMaxScaler(), continuous_cols))
    if classified_cols:
        encoder = OneHotEncoder(handle_unknown="ignore", sparse_output=False, dtype=np.float64)
        parts.append(("onehot", encoder, classified_cols))
    prepare = ColumnTransformer(parts, remainder="drop", sparse_threshold=0.0)
    return Pipeline([("prepare", prepare), ("model", _estimator(_key(key), settings(key, params), seed, n_jobs))])


def _estimator(key: str, p: dict[str, Any], seed: int, n_jobs: int | None):
    if key == "LR":
        return LogisticRegression(C=p["C"], max_iter=p["max_iter"], random_state=seed)
    if key == "DT":
        return DecisionTreeClassifier(
            criterion="gini", max_depth=p["max_depth"], min_samples_leaf=p["min_samples_leaf"], random_state=seed
        )
    if key == "KNN":
        if p["neighbour_search"] == "approximate":
            from .knn import ApproximateKNeighborsClassifier

            return ApproximateKNeighborsClassifier(n_neighbors=p["n_neighbors"], random_state=seed, n_jobs=n_jobs)
        return KNeighborsClassifier(
            n_neighbors=p["n_neighbors"], metric="minkowski", p=p["p"], weights="uniform", n_jobs=n_jobs
        )
    if key in ("ANN", "MLP"):
        return MLPClassifier(
            hidden_layer_sizes=tuple(p["hidden_layer_sizes"]),
            activation=p["activation"],
            alpha=p["alpha"],
            max_iter=p["max_iter"],
            random_state=seed,
        )
    if key == "RF":
        return RandomForestClassifier(
            n_estimators=p["n_estimators"],
            criterion="gini",
            max_depth=p["max_depth"],
            min_samples_leaf=p["min_samples_leaf"],
            max_features=p["max_features"],
            random_state=seed,
            n_jobs=n_jobs,
        )
    if key == "BAGGING":
        tree = DecisionTreeClassifier(criterion="gini", min_samples_leaf=p["min_samples_leaf"])
        return BaggingClassifier(estimator=tree, n_estimators=p["n_estimators"], random_state=seed, n_jobs=n_jobs)
    bases = [_key(b) for b in p["base_models"]]  # checked by settings() (_check_bases)
    base_params = p.get("base_params") or {}
    estimators = [(b.lower(), _estimator(b, settings(b, base_params.get(b)), seed, n_jobs)) for b in bases]
    return StackingClassifier(
        estimators=estimators,
        final_estimator=LogisticRegression(C=p["C"], max_iter=1000, random_state=seed),
        cv=StratifiedKFold(n_splits=p["cv"], shuffle=True, random_state=seed),
        stack_method="predict_proba",
        passthrough=False,
        n_jobs=n_jobs,
    )


def check_training(
    key: str,
    x: np.ndarray,
    y: np.ndarray,
    classified: Sequence[bool],
    params: Mapping[str, Any] | None = None,
    names: Sequence[str] | None = None,
) -> None:
    """Refuse, with a message that says what to change, a training design model ``key`` cannot use."""
    key = _key(key)
    p = settings(key, params)
    names = list(names) if names is not None else [f"factor {i + 1}" for i in range(len(classified))]
    if x.ndim != 2 or x.shape[1] != len(classified) or x.shape[0] != y.shape[0]:
        raise AlsaInputError(
            tr("training rows: {shape} values for {labels} labels and {factors} factors").format(
                shape=x.shape, labels=y.shape[0], factors=len(classified)
            )
        )
    n_pos = int(np.count_nonzero(y == 1))
    n_neg = int(y.size - n_pos)
    if n_pos == 0 or n_neg == 0:
        raise AlsaInputError(
            tr("the training design needs landslide and non-landslide cells; it has {pos} and {neg}").format(
                pos=n_pos, neg=n_neg
            )
        )
    for i, c in enumerate(classified):
        if c:
            count = np.unique(x[:, i]).size
            if count > MAX_CLASSES:
                raise AlsaInputError(
                    tr(
                        "classified factor {name!r} has {count} classes in the training design; one-hot encoding "
                        "takes at most {limit}: reclassify it, or give it as a continuous factor"
                    ).format(name=names[i], count=count, limit=MAX_CLASSES)
                )
    rows = y.size
    knn = p if key == "KNN" else None
    if key == "STACKING":
        cv = int(p["cv"])
        if cv < 2:
            raise AlsaInputError(tr("stacking: the number of folds must be at least 2, got {cv}").format(cv=cv))
        if min(n_pos, n_neg) < cv:
            raise AlsaInputError(
                tr(
                    "stacking: {cv} folds need at least {cv} landslide and {cv} non-landslide cells in the training "
                    "design; it has {pos} and {neg}: lower the folds or use a larger design"
                ).format(cv=cv, pos=n_pos, neg=n_neg)
            )
        rows = rows - -(-rows // cv)  # the smallest fold's training rows
        if "KNN" in [_key(b) for b in p["base_models"]]:
            knn = settings("KNN", (p.get("base_params") or {}).get("KNN"))
    if knn is not None and int(knn["n_neighbors"]) > rows:
        raise AlsaInputError(
            tr(
                "KNN: k = {k} neighbours, but the model is trained on only {rows} rows; lower k or use a larger "
                "training design"
            ).format(k=knn["n_neighbors"], rows=rows)
        )


def fit_model(
    key: str,
    x: np.ndarray,
    y: np.ndarray,
    classified: Sequence[bool],
    params: Mapping[str, Any] | None = None,
    seed: int = 0,
    n_jobs: int | None = None,
    names: Sequence[str] | None = None,
) -> Pipeline:
    """Check the training design (:func:`check_training`), then fit :func:`make_model` on it.

    n_jobs : cores for the fit (None: every core): the trees of RF and bagging, the bases of stacking
        and each base's folds are fitted in joblib threads (:mod:`.threads`). The fitted estimators keep
        ``n_jobs=None``, so their predictions are summed in one order; the model is the same with any
        number of cores.
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y).astype(np.int64)
    check_training(key, x, y, classified, params, names)
    n = cores(n_jobs)
    model = make_model(key, classified, params, seed)
    est = model.named_steps["model"]
    forests = []
    if isinstance(est, StackingClassifier):
        # the folds of each base in threads too, not one after another; a random forest base fits its trees in
        # threads when stacking refits it on the whole design (joblib runs the folds' own calls in place)
        est.set_params(n_jobs=n)
        forests = [b for _, b in est.estimators if isinstance(b, RandomForestClassifier)]
        for forest in forests:
            forest.set_params(n_jobs=n)
    # stacking's bases share the cores as joblib threads, each with one BLAS thread; a single model keeps BLAS's
    blas = one_blas_thread() if isinstance(est, StackingClassifier) and n != 1 else nullcontext()
    with joblib_threads(n), blas:
        model.fit(x, y)
    if forests:  # the fitted forests sum their trees' probabilities in one order when they predict
        for base in est.estimators_:
            if isinstance(base, RandomForestClassifier):
                base.set_params(n_jobs=None)
    return model


def positive_column(model) -> int:
    """The column of ``predict_proba`` that holds P(landslide)."""
    return int(np.flatnonzero(model.classes_ == 1)[0])
