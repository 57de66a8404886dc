"""One bivariate analysis from files to files (ALSA 3.0 §4; SPEC §9 outputs).

Writes into the output folder, with names that encode method and settings
(``<tag>`` = ``CF_P3_W0.12``, or ``CF`` when every factor is classified):

* ``LSI_<tag>.tif`` (unless another LSI path is given) — the susceptibility index;
* ``Favourability_<tag>_<factor>.tif`` and ``Table_<tag>_<factor>.csv`` per factor;
* ``Posterior_<tag>.tif`` for weight of evidence — the normalised posterior probability
  (SPEC §3: Σ over cells = N(L), computed in log space), beside the log-odds LSI;
* ``Rates_<tag>.csv`` — the success (and prediction) rate curves;
* ``BinWidth_AUC_<method>_P<P>_Q<Q>.csv`` when optimising;
* ``Decisiveness_<tag>.csv`` — the decisiveness (SPEC §11) of every factor at the run's
  width (the optimal one when optimising), whatever the method: a sum over the CF
  tables of the codes (:func:`~..core.decisiveness.decisiveness`), no pass over the cells;
* ``Log_<tag>.json`` — every input, setting, version, timing and result;
* on request (``output_zones``) the zones of the LSI over the valid cells
  (:func:`~..core.zones.make_zones`, :class:`~.zones_job.ZoneSettings`: natural breaks, 5
  zones by default) with their table ``<zones>.csv`` beside them, and (``output_report``)
  the HTML report with its figures (:func:`~..report.write_report`), staged with the rest.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..core import encode, get_method, memory, optimise, run
from ..core.decisiveness import FactorDecisiveness, decisiveness
from ..core.factors import check_precision, check_width
from ..core.i18n import tr
from ..core.optimise import candidate_widths
from ..core.progress import ProgressCallback, report, scaled
from ..gis.outputs import (
    StagedFiles,
    check_folder,
    check_geotiff_output,
    setting_tag,
    write_csv,
    write_geotiff,
    write_json,
)
from .inputs import StudyRequest
from .study import LoadedStudy, SplitSettings, log_header, rate_columns, settle_seed, study_of, versions
from .zones_job import score_zones

# versions: now in .study, importable from here as before
__all__ = [
    "BivariateOutcome",
    "BivariateSettings",
    "decisiveness_columns",
    "decisiveness_rows",
    "rate_columns",
    "run_bivariate",
    "versions",
]


@dataclass(frozen=True)
class BivariateSettings:
    """The method and its parameters (names as in the Processing algorithms)."""

    method: str
    precision: int = 3
    width: float = 0.1
    optimize: bool = False
    opt_precision: int = 2
    train_ratio: float = 0.7
    seed: int | None = None  # None: a seed is drawn, used and logged, so every run can be repeated
    split_by: str = "cells"  # or "landslides": whole landslides to one side

    def split(self) -> SplitSettings:
        return SplitSettings(self.train_ratio, self.seed, self.split_by)

    def check(self) -> None:
        """Fail fast, before any raster is read."""
        get_method(self.method)
        check_precision(self.precision)
        check_width(self.width)
        if self.optimize:
            candidate_widths(self.opt_precision)
        self.split().check()


@dataclass
class BivariateOutcome:
    """Rates, the width used, the seed used, every file written, the log and what it notes."""

    success: float
    prediction: float | None
    width: float | None
    lsi_path: Path
    log_path: Path
    seed: int
    files: list[Path]
    notes: list[str] = field(default_factory=list)
    log: dict = field(default_factory=dict)
    decisiveness_path: Path | None = None
    decisiveness: list[FactorDecisiveness] = field(default_factory=list)
    zones: object = None  # core.zones.Zones of OUTPUT_ZONES, or None
    zones_path: Path | None = None
    report_path: Path | None = None


def run_bivariate(
    request: StudyRequest,
    settings: BivariateSettings,
    output_folder: Path,
    output_lsi: Path | None = None,
    progress: ProgressCallback = None,
    log_extra: dict | None = None,
    output_zones: Path | None = None,
    zone_settings=None,
    output_report: Path | None = None,
    dpi: int = 150,
    loaded: LoadedStudy | None = None,
) -> BivariateOutcome:
    """Load, (optimise,) run and write everything; nothing is written unless all succeeds.

    ``output_zones``: also the zones of the LSI (``zone_settings``, a :class:`~.zones_job.ZoneSettings`;
    default natural breaks, 5 zones) and their CSV table beside them; ``output_report``: the HTML report;
    ``loaded``: the study a comparison has already read (:class:`~.study.LoadedStudy`), else read here.
    """
    t0 = time.perf_counter()
    timing: dict[str, float] = {}
    settings.check()
    settings, log_extra, seed_drawn = settle_seed(settings, log_extra)
    folder = check_folder(Path(output_folder))
    if output_lsi:
        check_geotiff_output(output_lsi, "OUTPUT_LSI", request.input_paths())
    if output_zones:
        output_zones = check_geotiff_output(output_zones, "OUTPUT_ZONES", request.input_paths())
    if output_report:
        from ..report import check_report_output

        check_report_output(output_report)  # before the work: a blocked report fails now, not after the run
    data, area = study_of(request, settings.split(), scaled(progress, 0.0, 0.3), loaded=loaded)
    timing["load"] = time.perf_counter() - t0
    study = encode(area, data.factors, settings.precision, scaled(progress, 0.3, 0.45))
    timing["prepare"] = time.perf_counter() - t0 - sum(timing.values())
    m = get_method(settings.method)
    opt = None
    width: float | None = settings.width if study.continuous else None
    if not study.continuous:
        data.notes.append(tr("every factor is classified: precision, bin width and optimisation do not apply"))
    if settings.optimize and study.continuous:
        opt = optimise(study, m.id, settings.opt_precision, progress=scaled(progress, 0.45, 0.85))
        width = opt.best_width
        timing["optimise"] = time.perf_counter() - t0 - sum(timing.values())
    result = run(study, m.id, width, progress=scaled(progress, 0.85, 0.9))
    timing["run"] = time.perf_counter() - t0 - sum(timing.values())
    dcs = decisiveness(study, result.width)
    timing["decisiveness"] = time.perf_counter() - t0 - sum(timing.values())

    tag = setting_tag(m.id, study.precision, result.width)
    lsi_path = Path(output_lsi) if output_lsi else folder / f"LSI_{tag}.tif"
    ev = result.evaluation
    with StagedFiles(request.input_paths()) as staged:
        report(progress, 0.9, tr("writing the LSI"))
        buffer = memory.empty(study.shape, np.float32)  # one grid and one compact array for every raster
        compact = memory.empty(study.n_a, np.float32)
        lsi_grid = study.to_grid(result.lsi_output(study), out=buffer)
        write_geotiff(staged.stage(lsi_path), data.grid, lsi_grid, tr("LSI {method}").format(method=tr(m.name)))
        zones = zones_log_part = None
        if output_zones:  # now: the grid buffer is reused for the other rasters
            report(progress, 0.91, tr("zones"))
            zones, zones_log_part = score_zones(staged, data.grid, study, lsi_grid, output_zones, zone_settings)
        if m.id == "WOE":
            posterior = study.to_grid(result.woe_posterior(study).astype(np.float32, copy=False), out=buffer)
            write_geotiff(staged.stage(folder / f"Posterior_{tag}.tif"), data.grid, posterior, "WoE posterior")
        for i, t in enumerate(result.tables):
            name = t.factor.name
            fav = study.to_grid(result.favourability(i, out=compact), out=buffer)
            write_geotiff(staged.stage(folder / f"Favourability_{tag}_{name}.tif"), data.grid, fav, name)
            write_csv(staged.stage(folder / f"Table_{tag}_{name}.csv"), t.rows())
        write_csv(staged.stage(folder / f"Rates_{tag}.csv"), rate_columns(ev))
        if opt is not None:
            cols = {"bin_width": opt.widths, "success_rate": opt.success, "prediction_rate": opt.prediction}
            write_csv(staged.stage(folder / f"BinWidth_AUC_{m.id}_P{study.precision}_Q{opt.opt_precision}.csv"), cols)
        dc_path = folder / f"Decisiveness_{tag}.csv"
        write_csv(staged.stage(dc_path), decisiveness_columns(dcs))
        timing["total"] = time.perf_counter() - t0
        log = _log(request, settings, data, study, result, opt, timing, log_extra, seed_drawn)
        log["decisiveness"] = decisiveness_rows(dcs)
        if zones_log_part is not None:
            log["zones"] = zones_log_part
        log_path = folder / f"Log_{tag}.json"
        html = Path(output_report) if output_report else None
        log["files"] = [str(p) for p in list(staged.staged)] + [str(log_path)] + ([str(html)] if html else [])
        write_json(staged.stage(log_path), log)
        if html is not None:
            report(progress, 0.97, tr("writing the report"))
            memory_part = {"curves": {"success": ev.success, "prediction": ev.prediction}}
            if zones is not None:
                memory_part["zone_map"] = zones.codes.reshape(data.grid.shape)
            write_report_staged(log | {"_memory": memory_part}, folder, html, dpi, staged)
        files = staged.commit()
    report(progress, 1.0, tr("done"))
    pred = ev.prediction.auc if ev.prediction is not None else None
    return BivariateOutcome(
        ev.success.auc,
        pred,
        result.width,
        lsi_path,
        log_path,
        settings.seed,
        files,
        log["notes"],
        log,
        dc_path,
        dcs,
        zones,
        Path(output_zones) if output_zones else None,
        html,
    )


def write_report_staged(log: dict, folder: Path, html: Path, dpi: int, staged) -> list[Path]:
    """The HTML report of a run, staged with the run's other outputs (none of them if anything fails)."""
    from ..report import write_report

    return write_report(log, folder, html, dpi=dpi, staged=staged)


def decisiveness_rows(dcs: list[FactorDecisiveness]) -> list[dict]:
    """The decisiveness of each factor as log entries (the columns of :func:`decisiveness_columns`)."""
    return [
        {"factor": d.name, "kind": d.kind, "classes_or_bins": d.n_classes, "bin_width": d.width, "dc": d.dc}
        for d in dcs
    ]


def decisiveness_columns(dcs: list[FactorDecisiveness]) -> dict[str, np.ndarray]:
    """CSV columns: factor, kind, classes_or_bins, bin_width (empty for a classified factor), dc."""
    rows = decisiveness_rows(dcs)
    return {key: np.array([r[key] for r in rows], dtype=object) for key in rows[0]} if rows else {}


def _log(request, settings, data, study, result, opt, timing, extra, seed_drawn: bool) -> dict:
    ev = result.evaluation
    cm = result.confusion
    log = log_header(request, data, study.area) | {
        "method": {"id": result.method.id, "name": result.method.name},
        "settings": {
            "precision": settings.precision,
            "bin_width": settings.width,
            "optimize": settings.optimize,
            "opt_precision": settings.opt_precision,
            "train_ratio": settings.train_ratio,
            "split_by": settings.split_by,
            "seed": settings.seed,
            "seed_drawn": seed_drawn,
            "bin_width_used": result.width,
        },
        "results": {
            "success_rate": ev.success.auc,
            "prediction_rate": ev.prediction.auc if ev.prediction is not None else None,
            "roc_auc_train": ev.roc_auc_train,
            "roc_auc_test": ev.roc_auc_test,
            "confusion_matrix": None if cm is None else vars(cm),
        },
        "optimisation": None
        if opt is None
        else {"criterion": opt.criterion, "evaluations": opt.evaluations, "best_width": opt.best_width},
        "notes": data.notes + study.notes + result.notes,
        "timing_seconds": {k: round(v, 3) for k, v in timing.items()},
    }
    if extra:
        log.update(extra)
    return log
