"""How well a model separates landslide cells (ML paper §4.2; SPEC §7).

On a design (cells with 0/1 labels): the confusion matrix at a threshold with TPR and
FPR (the ML paper's formulas (15)–(16)), the ROC curve and its AUC, and permutation
importance of every factor. On the full map: the success and prediction rates of the
bivariate methods, through the same code (:func:`alsa_plugin.core.evaluation.evaluate`),
so models and methods sit in one table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..errors import AlsaInputError
from ..evaluation import ConfusionMatrix, Evaluation, evaluate
from ..i18n import tr
from ..study import Landslides
from .models import positive_column
from .threads import cores, joblib_threads


def confusion(labels: np.ndarray, probability: np.ndarray, threshold: float = 0.5) -> ConfusionMatrix:
    """Confusion matrix of a design: a cell is predicted a landslide when P ≥ ``threshold``.

    TPR = TP / (TP + FN) and FPR = FP / (FP + TN) (formulas (15)–(16)) are its
    ``tpr``/``fpr``; the same :class:`~alsa_plugin.core.evaluation.ConfusionMatrix` the
    bivariate methods report.
    """
    y, p = _pair(labels, probability)
    predicted = p >= threshold
    tp = int(np.count_nonzero(predicted & y))
    fp = int(np.count_nonzero(predicted & ~y))
    n_pos = int(np.count_nonzero(y))
    return ConfusionMatrix(float(threshold), tp, n_pos - tp, fp, int(y.size - n_pos - fp))


@dataclass(frozen=True)
class RocCurve:
    """ROC points (FPR, TPR at each threshold, highest first) and the area under them."""

    fpr: np.ndarray
    tpr: np.ndarray
    thresholds: np.ndarray
    auc: float


def roc(labels: np.ndarray, probability: np.ndarray) -> RocCurve:
    """The ROC curve and AUC of a design (§4.2 (2)), by :func:`sklearn.metrics.roc_curve`."""
    from sklearn.metrics import roc_auc_score, roc_curve

    y, p = _pair(labels, probability)
    if y.all() or not y.any():
        raise AlsaInputError(tr("ROC: the design needs landslide and non-landslide cells"))
    fpr, tpr, thresholds = roc_curve(y, p, drop_intermediate=False)
    return RocCurve(fpr, tpr, thresholds, float(roc_auc_score(y, p)))


@dataclass(frozen=True)
class Importance:
    """Mean and standard deviation of the drop in ROC AUC when a factor's column is shuffled."""

    names: list[str]
    mean: np.ndarray
    std: np.ndarray
    baseline: float


def importance(
    model,
    x: np.ndarray,
    labels: np.ndarray,
    names: Sequence[str],
    seed: int = 0,
    n_repeats: int = 5,
    n_jobs: int | None = None,
) -> Importance:
    """Permutation importance on a (test) design, scored by ROC AUC, seeded (works for every model).

    The factors are permuted in ``n_jobs`` joblib threads (None: every core; :mod:`.threads`); the
    result is the same with any number.
    """
    from sklearn.inspection import permutation_importance
    from sklearn.metrics import roc_auc_score

    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(labels).astype(np.int64)
    # the factors in threads; the model's own joblib calls (a forest's trees) run in place, also for the
    # baseline score outside the threads, so every sum keeps one order
    with joblib_threads(1):
        result = permutation_importance(
            model, x, y, scoring="roc_auc", n_repeats=n_repeats, random_state=seed, n_jobs=cores(n_jobs)
        )
    base = float(roc_auc_score(y, model.predict_proba(x)[:, positive_column(model)]))
    return Importance(list(names), result.importances_mean, result.importances_std, base)


def rate_curves(probability: np.ndarray, train: Landslides, test: Landslides | None = None) -> Evaluation:
    """Success rate (``train``) and prediction rate (``test``) of the full probability map.

    ``probability`` holds one value per valid cell, in the study's cell order (NaN =
    not ranked); the study's own training and test landslides are the positives, as for
    the bivariate methods: the one implementation in
    :func:`alsa_plugin.core.evaluation.evaluate`, with its tie handling and ROC AUC.
    """
    return evaluate(np.asarray(probability, dtype=np.float64), train, test)


def _pair(labels: np.ndarray, probability: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    y = np.asarray(labels).astype(bool).ravel()
    p = np.asarray(probability, dtype=np.float64).ravel()
    if y.size != p.size:
        raise AlsaInputError(tr("{labels} labels for {values} probabilities").format(labels=y.size, values=p.size))
    return y, p
