"""Bin-width optimisation (Li & Lan 2023 §3 step 5; SPEC §8).

For a fixed precision P, candidate widths are w = k·10^−Q, k = 1…10^Q (Q is ALSA's
"optimisation precision"); widths below the effective minimum 2·10^−P are skipped.
The best width maximises the prediction rate (the success rate when there is no
test set); ties go to the smallest width. Widths that give the same bins as one
already evaluated (same half-width in units of 10^−P) reuse its result.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import memory
from .bivariate import factor_tables, lsi
from .errors import AlsaInputError
from .evaluation import evaluate
from .factors import effective_min_width, half_width_units
from .i18n import tr
from .methods import get_method
from .progress import ProgressCallback, report
from .study import Study


@dataclass(frozen=True)
class Optimisation:
    """Every inspected width with its success and prediction rate, and the best one."""

    method: str
    precision: int
    opt_precision: int
    widths: np.ndarray
    success: np.ndarray
    prediction: np.ndarray  # NaN when there is no test set
    best_width: float
    best_success: float
    best_prediction: float
    skipped: np.ndarray  # candidate widths below the effective minimum
    evaluations: int  # distinct bin settings actually computed

    @property
    def criterion(self) -> str:
        return "success" if np.isnan(self.prediction).all() else "prediction"


def candidate_widths(opt_precision: int) -> np.ndarray:
    """w = k·10^−Q for k = 1…10^Q."""
    if isinstance(opt_precision, bool) or int(opt_precision) != opt_precision or not 1 <= opt_precision <= 4:
        raise AlsaInputError(
            tr("optimisation precision must be a whole number from 1 to 4, got {opt_precision!r}").format(
                opt_precision=opt_precision
            )
        )
    steps = 10**opt_precision
    return np.arange(1, steps + 1) / steps


class _Evaluator:
    """Evaluates widths for one study and method, reusing buffers and equal bin settings."""

    def __init__(self, study: Study, method: str):
        self.study = study
        self.method = get_method(method)
        self.buffer = memory.empty(study.n_a, np.float64)
        self.cache: dict[object, tuple[float, float]] = {}

    def key(self, width: float) -> object:
        p = self.study.precision
        return half_width_units(width, p) if p > 0 else width

    def __call__(self, width: float) -> tuple[float, float]:
        k = self.key(width)
        if k not in self.cache:
            tables = factor_tables(self.study, self.method, width)
            ev = evaluate(lsi(self.study, tables, out=self.buffer), self.study.train, self.study.test)
            pred = ev.prediction.auc if ev.prediction is not None else float("nan")
            self.cache[k] = (ev.success.auc, pred)
        return self.cache[k]


def optimise(
    study: Study,
    method: str,
    opt_precision: int = 2,
    strategy: str = "exhaustive",
    progress: ProgressCallback = None,
) -> Optimisation:
    """Search the bin width with the best prediction rate (SPEC §8).

    ``strategy="exhaustive"`` inspects every candidate width. ``"coarse-to-fine"``
    inspects widths 0.1…1.0, then the neighbourhood (± one coarse step) of the best
    at each finer decimal down to 10^−Q: on smooth, single-peaked curves it finds the
    same optimum with far fewer evaluations, but it can miss a narrow peak elsewhere.
    """
    if not study.continuous:
        raise AlsaInputError(tr("optimisation needs at least one continuous factor: every factor is classified"))
    if strategy not in ("exhaustive", "coarse-to-fine"):
        raise AlsaInputError(
            tr("optimisation strategy must be 'exhaustive' or 'coarse-to-fine', got {strategy!r}").format(
                strategy=strategy
            )
        )
    candidates = candidate_widths(opt_precision)
    floor = effective_min_width(study.precision)
    usable = candidates[candidates >= floor - 1e-12]
    skipped = candidates[candidates < floor - 1e-12]
    if usable.size == 0:
        raise AlsaInputError(
            tr(
                "no candidate width reaches the effective minimum {floor:g} of precision {precision}; "
                "raise the optimisation precision or lower the precision"
            ).format(floor=floor, precision=study.precision)
        )
    ev = _Evaluator(study, method)
    inspected: dict[float, tuple[float, float]] = {}
    use_pred = study.test is not None

    def visit(widths: np.ndarray) -> None:
        for w in widths:
            w = float(w)
            if w not in inspected:
                report(
                    progress, len(inspected) / max(total_guess, len(inspected) + 1), tr("bin width {w:g}").format(w=w)
                )
                inspected[w] = ev(w)

    def best() -> float:
        ws = np.array(sorted(inspected))
        scores = np.array([inspected[w][1 if use_pred else 0] for w in ws])
        return float(ws[np.flatnonzero(scores == np.nanmax(scores))[0]])

    if strategy == "exhaustive":
        total_guess = usable.size
        visit(usable)
    else:
        total_guess = 10 + 20 * (opt_precision - 1)
        visit(usable[np.isclose(usable * 10, np.round(usable * 10))] if opt_precision > 1 else usable)
        for q in range(2, opt_precision + 1):
            step = 10.0 ** -(q - 1)
            centre = best()
            near = usable[(usable >= centre - step - 1e-12) & (usable <= centre + step + 1e-12)]
            fine = np.isclose(near * 10**q, np.round(near * 10**q))
            visit(near[fine])
    report(progress, 1.0, tr("optimisation done"))
    ws = np.array(sorted(inspected))
    succ = np.array([inspected[w][0] for w in ws])
    pred = np.array([inspected[w][1] for w in ws])
    b = best()
    return Optimisation(
        get_method(method).id,
        study.precision,
        int(opt_precision),
        ws,
        succ,
        pred,
        b,
        inspected[b][0],
        inspected[b][1],
        skipped,
        len(ev.cache),
    )
