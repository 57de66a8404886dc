"""One bivariate run: favourability tables per factor, the LSI and its evaluation.

Li & Lan 2023 §3, steps 2-4: conditional probabilities per class or bin (bin counts
from prefix sums over the factor's sorted distinct values, so the cost is per bin,
not per cell × bin), favourability per code, then the LSI per cell combined by the
method's rule. Cells under the flat-area constraint get a null (NaN) LSI.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import kernels, memory
from .evaluation import ConfusionMatrix, Evaluation, confusion_matrix, evaluate
from .factors import EncodedFactor, check_width, effective_min_width
from .i18n import tr
from .methods import Method, get_method, woe_posterior
from .probabilities import Probabilities, probabilities
from .progress import ProgressCallback, report
from .study import Study


@dataclass(frozen=True)
class FactorTable:
    """Every class or bin of one factor: centre, counts, probabilities, favourability.

    ``key`` holds the per-class values combined into the ranking key (see ``methods``).
    """

    factor: EncodedFactor
    probabilities: Probabilities
    favourability: np.ndarray
    key: np.ndarray

    def rows(self) -> dict[str, np.ndarray]:
        """Columns for a CSV: one row per class or bin centre."""
        p = self.probabilities
        return {
            "class" if self.factor.classified else "centre_normalised": self.factor.centres,
            "value": self.factor.raw_centres(),
            "N_F": p.n_f,
            "N_LF": p.n_lf,
            "p_L_given_F": p.p_l_f,
            "p_F_given_L": p.p_f_l,
            "p_F_given_notL": p.p_f_nl,
            "p_notF_given_L": p.p_nf_l,
            "p_notF_given_notL": p.p_nf_nl,
            "favourability": self.favourability,
        }


def _window_sum(values: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    prefix = np.concatenate(([0], np.cumsum(values)))
    return prefix[hi] - prefix[lo]


def factor_tables(study: Study, method: str | Method, width: float | None) -> list[FactorTable]:
    """Favourability of every class or bin of every factor for ``method`` and ``width``."""
    m = get_method(method)
    tables = []
    for i, f in enumerate(study.factors):
        lo, hi = f.bin_bounds(width)
        ls_weight, ls_count = study.train_per_code(i)
        n_f = _window_sum(f.n_cells, lo, hi)
        has_ls = _window_sum(ls_count, lo, hi) > 0  # exact zero test, whatever the weights
        n_lf = np.where(has_ls, _window_sum(ls_weight, lo, hi), 0.0)
        p = probabilities(study.n_a, study.train.total, n_f, n_lf)
        tables.append(FactorTable(f, p, m.favourability(p), m.key_values(p)))
    return tables


def lsi(study: Study, tables: list[FactorTable], out: np.ndarray | None = None) -> np.ndarray:
    """The ranking key of every valid cell (NaN where the flat-area constraint applies).

    The LSI is ``method.lsi(key, ...)``: the key itself except for FC and FR
    (Σ p(L|F_i)), CF (Σ ln λ_i) and WoE (Σ WC_i, the log-odds minus a constant).
    """
    sizes = np.array([t.key.size for t in tables])
    offsets = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64)
    table = np.concatenate([t.key for t in tables]).astype(np.float64)
    if out is None:
        out = memory.empty(study.n_a, np.float64)
    kernels.lsi_sum(study.codes, offsets, table, out)
    if study.flat is not None:
        out[study.flat] = np.nan
    return out


def natural_threshold(method: str | Method, n_factors: int) -> float | None:
    """LSI of a cell whose every factor is neutral (p(L|F) = p(L)); None for CA.

    FC, IV, CF, WC: 0; FR and SR: n (one per factor). CA has a class-dependent neutral
    value, so there is no single threshold. WoE is judged on its normalised posterior
    (mean p(L)): the threshold p(L) is applied there, see :func:`run`.
    """
    m = get_method(method)
    return {"FR": float(n_factors), "SR": float(n_factors), "CA": None}.get(m.id, 0.0)


def _confusion(study: Study, m: Method, tables: list[FactorTable], key: np.ndarray) -> ConfusionMatrix | None:
    """Confusion matrix of the test set (else the training set) at the method's neutral value.

    :func:`natural_threshold` is applied on the ranking key (the LSI is increasing in
    it): FC and FR are neutral at key = Σ p(L|F) = n·p(L), CF at key 0 (g(0) = 0).
    WoE: a cell is flagged where its normalised posterior exceeds p(L).
    """
    target, exclude = (study.train, None) if study.test is None else (study.test, study.train)
    p_l = study.train.total / study.n_a
    if m.id == "WOE":
        log_odds = m.lsi(key, p_l, [t.probabilities for t in tables])
        return confusion_matrix(woe_posterior(log_odds, study.train.total), target, p_l, exclude=exclude)
    thr = len(tables) * p_l if m.id in ("FC", "FR") else natural_threshold(m, len(tables))
    return None if thr is None else confusion_matrix(key, target, thr, exclude=exclude)


@dataclass(frozen=True)
class BivariateResult:
    """The outcome of one run: ranking key per valid cell, tables, rates and settings.

    ``key`` orders the cells (the rates are computed on it); :meth:`lsi_output` gives
    the LSI values of the method.
    """

    method: Method
    width: float | None
    precision: int
    tables: list[FactorTable]
    key: np.ndarray
    evaluation: Evaluation
    confusion: ConfusionMatrix | None
    notes: list[str]

    def lsi_output(self, study: Study) -> np.ndarray:
        """The LSI per valid cell (for WoE the posterior log-odds logit p(L) + Σ WS)."""
        probs = [t.probabilities for t in self.tables]
        return self.method.lsi(self.key, study.train.total / study.n_a, probs)

    def woe_posterior(self, study: Study) -> np.ndarray:
        """Normalised WoE posterior per valid cell (Σ = N(L)), computed in log space."""
        return woe_posterior(self.lsi_output(study), study.train.total)

    def favourability(self, i: int, out: np.ndarray | None = None) -> np.ndarray:
        """Favourability of factor ``i`` per valid cell (into ``out``, of any float dtype, when given)."""
        t = self.tables[i]
        table = t.favourability if out is None else t.favourability.astype(out.dtype)
        return np.take(table, t.factor.codes, out=out)


def run(
    study: Study, method: str | Method, width: float | None = 0.1, progress: ProgressCallback = None
) -> BivariateResult:
    """One bivariate analysis (paper §3 steps 2-4) at bin width ``width``.

    ``width`` is ignored (and may be None) when every factor is classified.
    """
    m = get_method(method)
    notes = []
    if study.continuous:
        width = check_width(width)
        if width < effective_min_width(study.precision):
            notes.append(
                tr(
                    "bin width {width:g} is below the effective minimum {precision:g} for precision "
                    "{precision_digits}: every bin holds one value"
                ).format(width=width, precision=effective_min_width(study.precision), precision_digits=study.precision)
            )
    else:
        width = None
    report(progress, 0.0, tr("{name}: favourability").format(name=tr(m.name)))
    tables = factor_tables(study, m, width)
    report(progress, 0.3, tr("{name}: LSI").format(name=tr(m.name)))
    key = lsi(study, tables)
    report(progress, 0.7, tr("{name}: evaluation").format(name=tr(m.name)))
    ev = evaluate(key, study.train, study.test)
    cm = _confusion(study, m, tables, key)
    report(progress, 1.0, tr("{name}: done").format(name=tr(m.name)))
    return BivariateResult(m, width, study.precision, tables, key, ev, cm, notes)
