"""Success rate, prediction rate, ROC AUC and confusion matrix (SPEC §7).

Cells with a non-null score are ranked from highest to lowest; the rate curve plots
the cumulative share of cells (x) against the cumulative share of landslide weight
(y). Cells with equal scores form one step, so ties are never broken by cell order.

The curve is exact without sorting every cell: only the landslide cells' scores are
sorted, and one pass counts how many cells lie below or on each of them
(``kernels.rank_counts``). The curve's vertices sit before and after each landslide
level; between them y is flat, so these vertices carry the whole area.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import kernels
from .study import Landslides


@dataclass(frozen=True)
class RateCurve:
    """x = cumulative share of ranked cells, y = cumulative share of landslide weight."""

    x: np.ndarray
    y: np.ndarray
    auc: float


@dataclass(frozen=True)
class Evaluation:
    """Rates of one score map: success (training) and prediction (test) rate, ROC AUC."""

    success: RateCurve
    prediction: RateCurve | None
    roc_auc_train: float
    roc_auc_test: float | None
    n_ranked: int


@dataclass(frozen=True)
class _Levels:
    """Sorted distinct landslide scores with the weight and cells of each set on them."""

    values: np.ndarray
    weights: list[np.ndarray]
    ls_cells: np.ndarray


def _levels(scores: np.ndarray, sets: list[Landslides]) -> _Levels:
    idx = np.concatenate([s.idx for s in sets])
    weight = np.concatenate([s.weight for s in sets])
    which = np.repeat(np.arange(len(sets)), [len(s) for s in sets])
    vals = scores[idx]
    keep = ~np.isnan(vals)
    values, inverse = np.unique(vals[keep], return_inverse=True)
    which, weight = which[keep], weight[keep]
    weights = [
        np.bincount(inverse[which == k], weights=weight[which == k], minlength=values.size) for k in range(len(sets))
    ]
    cells = np.unique(idx[keep])  # a cell in both sets counts once
    ls_cells = np.bincount(np.searchsorted(values, scores[cells]), minlength=values.size)
    return _Levels(values, weights, ls_cells)


def _rate_curve(below: np.ndarray, equal: np.ndarray, n: int, weight: np.ndarray) -> RateCurve:
    """The rate curve from the cells below/on each level and the landslide weight on it."""
    total = weight.sum()
    if n == 0 or total <= 0:
        return RateCurve(np.array([0.0, 1.0]), np.array([0.0, 1.0]), float("nan"))
    j = np.flatnonzero(weight > 0)[::-1]  # levels holding weight, highest first
    above_w = total - np.cumsum(weight)[j]  # weight strictly above level j
    x = np.empty(2 * j.size + 2)
    y = np.empty_like(x)
    x[0] = y[0] = 0.0
    x[1:-1:2] = (n - below[j] - equal[j]) / n
    x[2:-1:2] = (n - below[j]) / n
    y[1:-1:2] = above_w / total
    y[2:-1:2] = (above_w + weight[j]) / total
    x[-1] = y[-1] = 1.0
    return RateCurve(x, y, trapezoid(x, y))


def trapezoid(x: np.ndarray, y: np.ndarray) -> float:
    """Area under the polyline through (x, y) (trapezoids)."""
    return float(np.sum(np.diff(x) * (y[1:] + y[:-1])) / 2.0)


def evaluate(scores: np.ndarray, train: Landslides, test: Landslides | None = None) -> Evaluation:
    """Success rate (``train``), prediction rate (``test``) and ROC AUCs of ``scores``.

    ``scores`` holds one value per valid cell, NaN = null (not ranked). Landslide cells
    with a null score drop out of the curve. ROC AUC: the set's landslide cells
    (weighted) against the ranked cells that hold no landslide of either set, ties
    counted one half (the Mann–Whitney statistic).
    """
    sets = [train] + ([test] if test is not None else [])
    lv = _levels(scores, sets)
    start, equal, n = kernels.rank_counts(scores, lv.values)
    below = np.cumsum(start)[: lv.values.size]
    ls_below = np.concatenate(([0], np.cumsum(lv.ls_cells)))[: lv.values.size]
    n_neg = n - int(lv.ls_cells.sum())
    neg_score = (below - ls_below) + 0.5 * (equal - lv.ls_cells)

    def roc(weight: np.ndarray) -> float:
        total = weight.sum()
        if total <= 0 or n_neg <= 0:
            return float("nan")
        return float((weight * neg_score).sum() / (total * n_neg))

    curves = [_rate_curve(below, equal, n, w) for w in lv.weights]
    return Evaluation(
        success=curves[0],
        prediction=curves[1] if test is not None else None,
        roc_auc_train=roc(lv.weights[0]),
        roc_auc_test=roc(lv.weights[1]) if test is not None else None,
        n_ranked=n,
    )


@dataclass(frozen=True)
class ConfusionMatrix:
    """Cells at a threshold: predicted landslide when score ≥ threshold."""

    threshold: float
    tp: int
    fn: int
    fp: int
    tn: int

    @property
    def tpr(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")

    @property
    def fpr(self) -> float:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else float("nan")


def confusion_matrix(
    scores: np.ndarray, positives: Landslides, threshold: float, exclude: Landslides | None = None
) -> ConfusionMatrix:
    """Confusion matrix of ``positives`` against the ranked cells holding no landslide.

    Cells of ``exclude`` (e.g. the training set when judging the test set) are neither
    positive nor negative. Null scores are left out.
    """
    ls = positives.idx if exclude is None else np.union1d(positives.idx, exclude.idx)
    pos = scores[np.unique(positives.idx)]
    pos = pos[~np.isnan(pos)]
    tp = int((pos >= threshold).sum())
    ls_scores = scores[np.unique(ls)]
    ls_scores = ls_scores[~np.isnan(ls_scores)]
    ranked = int((~np.isnan(scores)).sum())
    fp = int((scores >= threshold).sum()) - int((ls_scores >= threshold).sum())
    tn = ranked - ls_scores.size - fp
    return ConfusionMatrix(float(threshold), tp, pos.size - tp, fp, tn)
