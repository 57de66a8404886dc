"""Decisiveness of every factor from files to files (SPEC §11; Li & Lan 2024, ALSA 4.0/5.0).

The inputs are read and prepared exactly as for a bivariate run (:func:`~.study.load_study`,
:func:`~..core.study.encode`: same grid, valid cells and training/test split),
then the decisiveness DC of each factor is computed by the core
(:mod:`~..core.decisiveness`) under one criterion:

* ``"optimisation"`` — *susceptibility optimisation* (ALSA 5.0's default): the CF bin
  width is optimised first (:func:`~..core.optimise`, candidate widths k·10^−Q; the
  prediction rate, or the success rate without a test set), and DC is taken at the
  optimal width — the same figures as the ``DECISIVENESS`` output of a CF run with
  OPTIMIZE at the same seed;
* ``"width"`` — DC at the given bin width;
* ``"compensation"`` — *classification compensation*: every factor brought to m classes
  (continuous ones at w = 1/m, classified ones with more classes merged at random,
  mean DC over every merge or over N Monte Carlo merges with the seed, with its spread).

With ``sweep`` the DC of every factor is also computed over the equal-interval widths
k·10^−Q (ALSA 5.0's series). Outputs (all or nothing, :class:`~..gis.outputs.StagedFiles`):

* ``Decisiveness_<tag>.csv`` — ``<tag>`` as in a bivariate run (``CF_P3_W0.12``; ``CF``
  when every factor is classified) or ``compensated_m<m>`` for classification compensation;
* ``Decisiveness_sweep_P<P>_Q<Q>.csv`` — ``bin_width`` then one column per factor;
* ``BinWidth_AUC_CF_P<P>_Q<Q>.csv`` when optimising (every inspected width's rates);
* ``Decisiveness_log_<tag>.json`` — inputs, settings, seed, versions, timing, every DC.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from ..core import encode, optimise
from ..core.decisiveness import (
    CompensatedDecisiveness,
    FactorDecisiveness,
    compensated_decisiveness,
    decisiveness,
    decisiveness_sweep,
)
from ..core.errors import AlsaInputError
from ..core.i18n import tr
from ..core.progress import ProgressCallback, report, scaled
from ..gis.outputs import StagedFiles, check_folder, setting_tag, write_csv, write_json
from .bivariate_job import BivariateSettings, decisiveness_columns, decisiveness_rows, write_report_staged
from .inputs import StudyRequest
from .study import load_study, log_header, settle_seed

CRITERIA = ("optimisation", "width", "compensation")


@dataclass(frozen=True)
class DecisivenessSettings:
    """Names as in ``alsa:decisiveness``; ``target_classes`` 0 = the smallest class count of the classified factors."""

    criterion: str = "optimisation"
    precision: int = 3
    width: float = 0.1
    opt_precision: int = 2
    target_classes: int = 0
    n_merges: int = 1000
    sweep: bool = False
    train_ratio: float = 0.7
    seed: int | None = None
    split_by: str = "cells"

    def bivariate(self) -> BivariateSettings:
        """The CF settings the study is prepared (and the width optimised) with."""
        return BivariateSettings(
            "CF",
            precision=self.precision,
            width=self.width,
            optimize=self.criterion == "optimisation",
            opt_precision=self.opt_precision,
            train_ratio=self.train_ratio,
            seed=self.seed,
            split_by=self.split_by,
        )

    def check(self) -> None:
        """Fail fast, before any raster is read."""
        if self.criterion not in CRITERIA:
            raise AlsaInputError(
                tr("CRITERION must be one of {criteria}, got {criterion!r}").format(
                    criteria=", ".join(CRITERIA), criterion=self.criterion
                )
            )
        BivariateSettings.check(replace(self.bivariate(), optimize=True))  # also checks Q for the sweep
        if int(self.target_classes) != self.target_classes or self.target_classes < 0:
            raise AlsaInputError(
                tr("TARGET_CLASSES must be a whole number ≥ 0 (0: the smallest class count), got {n!r}").format(
                    n=self.target_classes
                )
            )
        if int(self.n_merges) != self.n_merges or self.n_merges < 1:
            raise AlsaInputError(tr("N_MERGES must be a whole number ≥ 1, got {n!r}").format(n=self.n_merges))


@dataclass
class DecisivenessOutcome:
    """Every factor's DC (``dcs``), the width used, the files written and the log."""

    dcs: list[FactorDecisiveness] | list[CompensatedDecisiveness]
    width: float | None
    table_path: Path
    sweep_path: Path | None
    log_path: Path
    seed: int
    files: list[Path]
    notes: list[str] = field(default_factory=list)
    log: dict = field(default_factory=dict)


def compensated_columns(dcs: list[CompensatedDecisiveness]) -> dict[str, np.ndarray]:
    """CSV columns of classification compensation: the DC columns, then the merges' spread."""
    keys = ("factor", "kind", "classes_or_bins", "target_classes", "bin_width", "dc", "std", "min", "max")
    rows = compensated_rows(dcs)
    return {k: np.array([r[k] for r in rows], dtype=object) for k in keys + ("merges", "merging")}


def compensated_rows(dcs: list[CompensatedDecisiveness]) -> list[dict]:
    return [
        {
            "factor": d.name,
            "kind": d.kind,
            "classes_or_bins": d.n_classes,
            "target_classes": d.target,
            "bin_width": d.width,
            "dc": d.dc,
            "std": d.std,
            "min": d.min,
            "max": d.max,
            "merges": d.n_merges,
            "merging": d.merging,
        }
        for d in dcs
    ]


def run_decisiveness(
    request: StudyRequest,
    settings: DecisivenessSettings,
    output_folder: Path,
    progress: ProgressCallback = None,
    log_extra: dict | None = None,
    output_report: Path | None = None,
    dpi: int = 150,
) -> DecisivenessOutcome:
    """Load, prepare, (optimise,) compute DC (and the sweep) and write; nothing is written unless all succeeds."""
    t0 = time.perf_counter()
    timing: dict[str, float] = {}
    settings.check()
    settings, log_extra, seed_drawn = settle_seed(settings, log_extra)
    folder = check_folder(Path(output_folder))
    bivariate = settings.bivariate()
    data, area = load_study(request, bivariate.split(), scaled(progress, 0.0, 0.3))
    study = encode(area, data.factors, bivariate.precision, scaled(progress, 0.3, 0.45))
    timing["load_and_prepare"] = time.perf_counter() - t0
    notes: list[str] = []
    opt = None
    width = settings.width if study.continuous else None
    if not study.continuous and settings.criterion != "compensation":
        notes.append(tr("every factor is classified: precision, bin width and optimisation do not apply"))
    if settings.criterion == "optimisation" and study.continuous:
        opt = optimise(study, "CF", settings.opt_precision, progress=scaled(progress, 0.45, 0.8))
        width = opt.best_width
        if opt.criterion == "prediction":
            text = tr("CF bin width optimised over k·10^−{q}: {width:g} (prediction rate {rate:.4f})")
            rate = opt.best_prediction
        else:
            text = tr("CF bin width optimised over k·10^−{q}: {width:g} (success rate {rate:.4f}, no test set)")
            rate = opt.best_success
        notes.append(text.format(q=settings.opt_precision, width=width, rate=rate))
        timing["optimise"] = time.perf_counter() - t0 - sum(timing.values())
    report(progress, 0.8, tr("decisiveness"))
    if settings.criterion == "compensation":
        dcs = compensated_decisiveness(study, settings.target_classes or None, settings.n_merges, settings.seed)
        target = dcs[0].target
        width = 1.0 / target if study.continuous else None
        tag, columns, rows = f"compensated_m{target}", compensated_columns(dcs), compensated_rows(dcs)
    else:
        dcs = decisiveness(study, width)
        tag, columns, rows = (
            setting_tag("CF", study.precision, width),
            decisiveness_columns(dcs),
            decisiveness_rows(dcs),
        )
    timing["decisiveness"] = time.perf_counter() - t0 - sum(timing.values())
    sweep = None
    if settings.sweep:
        if study.continuous:
            report(progress, 0.85, tr("decisiveness over the bin widths"))
            sweep = decisiveness_sweep(study, step_precision=settings.opt_precision)
            timing["sweep"] = time.perf_counter() - t0 - sum(timing.values())
        else:
            notes.append(tr("every factor is classified: the sweep over bin widths does not apply; none written"))
    table_path = folder / f"Decisiveness_{tag}.csv"
    sweep_path = folder / f"Decisiveness_sweep_P{study.precision}_Q{settings.opt_precision}.csv" if sweep else None
    log_path = folder / f"Decisiveness_log_{tag}.json"
    with StagedFiles(request.input_paths()) as staged:
        report(progress, 0.95, tr("writing the tables"))
        write_csv(staged.stage(table_path), columns)
        if sweep is not None:
            write_csv(staged.stage(sweep_path), sweep.columns())
        if opt is not None:
            cols = {"bin_width": opt.widths, "success_rate": opt.success, "prediction_rate": opt.prediction}
            write_csv(staged.stage(folder / f"BinWidth_AUC_CF_P{study.precision}_Q{opt.opt_precision}.csv"), cols)
        timing["total"] = time.perf_counter() - t0
        log = log_header(request, data, area) | {
            "settings": {
                "criterion": settings.criterion,
                "precision": settings.precision,
                "bin_width": settings.width,
                "opt_precision": settings.opt_precision,
                "target_classes": settings.target_classes,
                "n_merges": settings.n_merges,
                "sweep": settings.sweep,
                "train_ratio": settings.train_ratio,
                "split_by": settings.split_by,
                "seed": settings.seed,
                "seed_drawn": seed_drawn,
                "bin_width_used": width,
            },
            "optimisation": None
            if opt is None
            else {"criterion": opt.criterion, "evaluations": opt.evaluations, "best_width": opt.best_width},
            "decisiveness": rows,
            "sweep": None if sweep is None else {k: v for k, v in sweep.columns().items()},
            "notes": data.notes + study.notes + notes,
            "timing_seconds": {k: round(v, 3) for k, v in timing.items()},
        }
        if log_extra:
            log.update(log_extra)
        html = Path(output_report) if output_report else None
        log["files"] = [str(p) for p in staged.staged] + [str(log_path)] + ([str(html)] if html else [])
        write_json(staged.stage(log_path), log)
        if html is not None:
            report(progress, 0.97, tr("writing the report"))
            write_report_staged(log, folder, html, dpi, staged)
        files = staged.commit()
    report(progress, 1.0, tr("done"))
    return DecisivenessOutcome(dcs, width, table_path, sweep_path, log_path, settings.seed, files, log["notes"], log)
