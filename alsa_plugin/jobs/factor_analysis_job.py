"""Distributions and screening of the factors from files to files (SPEC §12; ML paper §5.1).

The inputs are read and prepared exactly as for a bivariate run (:func:`~.study.load_study`,
:func:`~..core.study.encode`: same grid, valid cells and training/test split);
then the core's :mod:`~..core.screening` does the work:

* distributions — training, test and non-landslide cells per class, or per
  ``n_classes`` equal-interval value bins in the factor's own units, with p(L|F);
* VIF, tolerance, Pearson and Spearman of the continuous factors on their *raw* values
  (the rasters as read, not the normalised rounded codes) over all valid cells, or over
  a seeded sample of ``sample_cells`` when there are more (said in the summary);
* Cramér's V of every pair of factors over all valid cells (continuous ones in
  ``n_classes`` equal-interval classes);
* the conditional-independence check of weights of evidence (N(L)/T, Agterberg–Cheng z).
  With continuous factors analysed classification-free (one overlapping bin per value)
  the check says nothing about the data (:func:`~..core.screening.conditional_independence`),
  so it is computed with the factors as classes: classified factors as they are,
  continuous ones in the same ``n_classes`` equal-interval classes as Cramér's V
  (:func:`classes_study`). It needs at least two factors; otherwise the summary says
  it was not computed and why.

Outputs (all or nothing, :class:`~..gis.outputs.StagedFiles`) in the output folder:
``Factors_distribution_<factor>.csv`` per factor, ``Factors_vif.csv``,
``Factors_pearson.csv``, ``Factors_spearman.csv`` (when there are continuous factors),
``Factors_cramers_v.csv`` (two factors or more), ``Factors_summary.json`` (the run log:
inputs, settings, seed, the cells used, VIF, CI, verdicts, notes, timing).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from ..core import encode, screening
from ..core.errors import AlsaInputError
from ..core.factors import EncodedFactor
from ..core.i18n import tr
from ..core.progress import ProgressCallback, report, scaled
from ..core.study import Study
from ..gis.outputs import StagedFiles, check_folder, write_csv, write_json
from .bivariate_job import BivariateSettings, write_report_staged
from .inputs import StudyRequest
from .study import load_study, log_header, settle_seed

SUMMARY_NAME = "Factors_summary.json"


@dataclass(frozen=True)
class FactorAnalysisSettings:
    """Names as in ``alsa:factoranalysis``."""

    n_classes: int = 10
    sample_cells: int = screening.SAMPLE_CELLS
    precision: int = 3
    train_ratio: float = 0.7
    seed: int | None = None
    split_by: str = "cells"

    def bivariate(self) -> BivariateSettings:
        return BivariateSettings(
            "CF", precision=self.precision, train_ratio=self.train_ratio, seed=self.seed, split_by=self.split_by
        )

    def check(self) -> None:
        self.bivariate().check()
        n = self.n_classes
        if isinstance(n, bool) or int(n) != n or not 2 <= n <= 1000:
            raise AlsaInputError(tr("N_CLASSES must be a whole number from 2 to 1000, got {n!r}").format(n=n))
        n = self.sample_cells
        if isinstance(n, bool) or int(n) != n or not 1000 <= n <= 10**8:
            raise AlsaInputError(
                tr("SAMPLE_CELLS must be a whole number from 1000 to 100000000, got {n!r}").format(n=n)
            )


@dataclass
class FactorAnalysisOutcome:
    """The core's results, the verdicts, the files written and the summary (the run log)."""

    distributions: list[screening.Distribution]
    collinearity: screening.Collinearity | None
    association: screening.Association | None
    ci: screening.ConditionalIndependence | None
    verdicts: list[screening.Verdict]
    summary_path: Path
    paths: dict[str, Path]
    seed: int
    files: list[Path]
    notes: list[str] = field(default_factory=list)
    log: dict = field(default_factory=dict)


def classes_study(study: Study, n_classes: int) -> Study:
    """The study with every continuous factor as ``n_classes`` equal-interval classes (empty ones dropped).

    Same valid cells, landslides and split; classified factors unchanged. The class of a
    cell is :func:`~..core.screening.value_bins` of its code, as in Cramér's V.
    """
    if not study.continuous:
        return study
    codes = np.empty_like(study.codes)
    factors: list[EncodedFactor] = []
    for i, f in enumerate(study.factors):
        if f.classified:
            codes[i] = f.codes
            factors.append(replace(f, codes=codes[i]))
            continue
        group = screening.value_bins(f, n_classes)
        counts = np.bincount(group, f.n_cells, n_classes).astype(np.int64)
        present = np.flatnonzero(counts)
        renumber = np.cumsum(counts > 0) - 1
        codes[i] = renumber[group].astype(codes.dtype)[f.codes]
        cls = present.astype(np.float64)
        factors.append(EncodedFactor(f.name, True, codes[i], cls, cls, counts[present], f.vmin, f.vmax, 0))
    return replace(study, factors=factors, codes=codes, _train_tables=None)


def matrix_columns(names: list[str], m: np.ndarray) -> dict[str, np.ndarray]:
    """A square matrix as CSV columns: ``factor`` then one column per factor."""
    return {"factor": np.array(names, dtype=object)} | {n: m[:, j] for j, n in enumerate(names)}


def safe_file_part(name: str) -> str:
    """A factor name as part of a file name (path separators and the like replaced)."""
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


def run_factor_analysis(
    request: StudyRequest,
    settings: FactorAnalysisSettings,
    output_folder: Path,
    progress: ProgressCallback = None,
    log_extra: dict | None = None,
    output_report: Path | None = None,
    dpi: int = 150,
) -> FactorAnalysisOutcome:
    """Load, prepare, screen and write; nothing is written unless all succeeds."""
    t0 = time.perf_counter()
    timing: dict[str, float] = {}
    settings.check()
    settings, log_extra, seed_drawn = settle_seed(settings, log_extra)
    folder = check_folder(Path(output_folder))
    bivariate = settings.bivariate()
    data, area = load_study(request, bivariate.split(), scaled(progress, 0.0, 0.35))
    timing["load"] = time.perf_counter() - t0
    study = encode(area, data.factors, bivariate.precision, scaled(progress, 0.35, 0.5))
    timing["prepare"] = time.perf_counter() - t0 - sum(timing.values())
    notes: list[str] = []

    def lap(key: str) -> None:
        timing[key] = time.perf_counter() - t0 - sum(timing.values())

    report(progress, 0.5, tr("distributions"))
    dists = screening.distributions(study, settings.n_classes)
    lap("distributions")
    col = None
    if study.continuous:
        report(progress, 0.55, tr("VIF and correlations"))
        sample = screening.continuous_sample(study, settings.sample_cells, settings.seed, factors=data.factors)
        col = screening.collinearity(sample)
        notes += col.notes
        lap("collinearity")
    else:
        notes.append(tr("no continuous factor: VIF and correlations not computed"))
    assoc = ci = None
    if len(study.factors) >= 2:
        report(progress, 0.7, tr("Cramér's V"))
        assoc = screening.association(study, settings.n_classes)
        notes += assoc.notes
        lap("cramers_v")
        report(progress, 0.85, tr("conditional independence"))
        ci = screening.conditional_independence(classes_study(study, settings.n_classes), None)
        lap("conditional_independence")
        if study.continuous:
            notes.append(
                tr(
                    "conditional independence checked with the continuous factors in {n} equal-interval classes "
                    "(classification-free bins make the check meaningless)"
                ).format(n=settings.n_classes)
            )
    else:
        notes.append(tr("a single factor: Cramér's V and the conditional-independence check need at least two factors"))
    found = screening.verdicts(col, assoc, ci)

    paths: dict[str, Path] = {}
    with StagedFiles(request.input_paths()) as staged:
        report(progress, 0.95, tr("writing the tables"))
        for d in dists:
            path = paths[f"distribution:{d.name}"] = folder / f"Factors_distribution_{safe_file_part(d.name)}.csv"
            write_csv(staged.stage(path), d.columns())
        if col is not None:
            paths["vif"] = folder / "Factors_vif.csv"
            write_csv(
                staged.stage(paths["vif"]),
                {"factor": np.array(col.names, dtype=object), "vif": col.vif, "tolerance": col.tolerance},
            )
            paths["pearson"] = folder / "Factors_pearson.csv"
            write_csv(staged.stage(paths["pearson"]), matrix_columns(col.names, col.pearson))
            paths["spearman"] = folder / "Factors_spearman.csv"
            write_csv(staged.stage(paths["spearman"]), matrix_columns(col.names, col.spearman))
        if assoc is not None:
            paths["cramers_v"] = folder / "Factors_cramers_v.csv"
            write_csv(staged.stage(paths["cramers_v"]), matrix_columns(assoc.names, assoc.v))
        summary_path = folder / SUMMARY_NAME
        timing["total"] = time.perf_counter() - t0
        log = log_header(request, data, area) | {
            "settings": {
                "n_classes": settings.n_classes,
                "sample_cells": settings.sample_cells,
                "precision": settings.precision,
                "train_ratio": settings.train_ratio,
                "split_by": settings.split_by,
                "seed": settings.seed,
                "seed_drawn": seed_drawn,
            },
            "collinearity": None if col is None else _collinearity_summary(col, sample),
            "cramers_v": None
            if assoc is None
            else {"factors": assoc.names, "classes": assoc.n_classes, "cells": assoc.n_cells, "matrix": assoc.v},
            "conditional_independence": _ci_summary(ci, len(study.factors)),
            "verdicts": [{"factors": list(v.subject), "level": v.level, "text": v.text} for v in found],
            "notes": data.notes + study.notes + notes,
            "timing_seconds": {k: round(v, 3) for k, v in timing.items()},
        }
        if log_extra:
            log.update(log_extra)
        html = Path(output_report) if output_report else None
        log["files"] = [str(p) for p in staged.staged] + [str(summary_path)] + ([str(html)] if html else [])
        write_json(staged.stage(summary_path), log)
        if html is not None:
            report(progress, 0.97, tr("writing the report"))
            write_report_staged(log, folder, html, dpi, staged)
        files = staged.commit()
    report(progress, 1.0, tr("done"))
    return FactorAnalysisOutcome(
        dists, col, assoc, ci, found, summary_path, paths, settings.seed, files, log["notes"], log
    )


def _collinearity_summary(col: screening.Collinearity, sample: screening.Sample) -> dict:
    return {
        "cells": col.cells,
        "n_cells": col.n_cells,
        "n_valid_cells": sample.n_valid,
        "sampled": sample.sampled,
        "sample_seed": sample.seed,
        "values": sample.units,
        "factors": col.names,
        "vif": col.vif,
        "tolerance": col.tolerance,
        "pearson": col.pearson,
        "spearman": col.spearman,
    }


def _ci_summary(ci: screening.ConditionalIndependence | None, n_factors: int) -> dict:
    if ci is None:
        return {
            "computed": False,
            "reason": tr("needs at least two factors, got {n}").format(n=n_factors),
        }
    return {
        "computed": True,
        "predicted_T": ci.t,
        "observed_N_L": ci.n_l,
        "ratio_N_L_over_T": ci.ratio,
        "sigma_T": ci.sigma,
        "agterberg_cheng_z": ci.z,
        "p_value_one_sided": ci.p_value,
        "cells": ci.n_cells,
        "notes": ci.notes,
    }
