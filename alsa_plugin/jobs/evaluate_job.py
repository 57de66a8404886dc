"""Evaluate any susceptibility raster against a landslide inventory (SPEC §7).

The grid is the susceptibility raster's own (its CRS, extent and cell size). Higher
values are more susceptible; nodata and non-finite cells, and cells outside the
optional MASK, are not ranked, and landslide weight on them drops out (a warning says
how much). The rates are :func:`alsa_plugin.core.evaluate`'s: cells with equal values
form one trapezoid step, so an LSI written by a bivariate job evaluates to that job's
success rate when the same landslides are used for training.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from osgeo import gdal

from ..core.errors import AlsaInputError
from ..core.evaluation import Evaluation, evaluate
from ..core.i18n import tr
from ..core.progress import ProgressCallback, report
from ..core.study import Landslides
from ..gis.gdal_state import gdal_calls
from ..gis.grid import make_grid, raster_info
from ..gis.outputs import StagedFiles, write_csv
from ..gis.rasters import reading, warp
from ..gis.vectors import rasterize_mask
from .inputs import LandslideSource, check_raster_memory, check_sentinels, landslide_grid
from .study import rate_columns


@dataclass(frozen=True)
class EvaluateRequest:
    """A susceptibility raster, landslides (vectors in the raster's CRS), optional test set and mask."""

    susceptibility: str
    landslides: LandslideSource
    test_landslides: LandslideSource | None = None
    mask: str | None = None
    origins: tuple[str, ...] = ()  # the user's files behind exported layers (never overwritten either)
    layer_crs: dict[str, str] = field(default_factory=dict)  # raster path → CRS as QGIS knows it
    notes: tuple[str, ...] = ()  # what was noticed while preparing the layers

    def input_paths(self) -> list[str]:
        paths = [self.susceptibility, self.landslides.path, self.mask, *self.origins]
        return [p for p in paths if p] + ([self.test_landslides.path] if self.test_landslides else [])


@dataclass
class EvaluateOutcome:
    """The rates (AUCs), the core's evaluation, the table written and notes for the log."""

    success: float
    prediction: float | None
    roc_auc: float
    roc_auc_test: float | None
    evaluation: Evaluation
    table: Path | None
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@gdal_calls
def read_scores(path: str, mask_path: str | None = None, crs_wkt: str | None = None):
    """The raster's first band on its own grid (float64, NaN = not ranked), the grid, and a note on its bands and CRS.

    ``crs_wkt``: the raster's CRS as QGIS knows it (None: the file's own).
    """
    info = raster_info(path, "INPUT", crs_wkt)
    grid = make_grid(info)  # the raster's own lattice: a plain copy unless its cells are not square
    check_raster_memory(grid.rows * grid.cols, "evaluate", "INPUT")
    with reading("INPUT", path):
        scores = warp(info, grid, "near", gdal.GDT_Float64, np.nan)
    scores[~np.isfinite(scores)] = np.nan
    if mask_path:
        scores[~rasterize_mask(mask_path, grid)] = np.nan
    if np.isnan(scores).all():
        raise AlsaInputError(
            tr("INPUT: the susceptibility raster has no valid cell inside MASK; check its nodata value")
            if mask_path
            else tr("INPUT: the susceptibility raster has no valid cell; check its nodata value")
        )
    harm = tr("its cells would be ranked as the least (or most) susceptible and distort every rate")
    check_sentinels(scores, ~np.isnan(scores), "INPUT", path, info.nodata, harm)
    notes = [n for n in (info.band_note("INPUT"), info.crs_note("INPUT")) if n]
    return scores.ravel(), grid, "; ".join(notes) or None


def ranked_landslides(scores: np.ndarray, weights: np.ndarray, label: str) -> tuple[Landslides, str | None]:
    """Landslide cells of a weight grid; a warning when some lie on cells that are not ranked."""
    flat = weights.ravel()
    idx = np.flatnonzero(flat)
    ls = Landslides(idx, flat[idx].astype(np.float64))
    lost = np.isnan(scores[idx])
    if lost.all():
        raise AlsaInputError(
            tr(
                "{label}: every landslide cell lies on nodata of the susceptibility raster (or outside "
                "MASK); nothing to evaluate"
            ).format(label=label)
        )
    if not lost.any():
        return ls, None
    return ls, tr(
        "{label}: {lost} of {cells} landslide cells (weight {lost_weight:g} of {weight:g}) lie on nodata of the "
        "susceptibility raster or outside MASK and are not counted"
    ).format(label=label, lost=int(lost.sum()), cells=idx.size, lost_weight=ls.weight[lost].sum(), weight=ls.total)


@gdal_calls
def run_evaluate(
    request: EvaluateRequest, output_table: str | Path | None = None, progress: ProgressCallback = None
) -> EvaluateOutcome:
    """Success rate (LANDSLIDES), prediction rate (TEST_LANDSLIDES), ROC AUCs; the curves as CSV."""
    with StagedFiles(request.input_paths()) as staged:
        tmp = staged.stage(output_table, "OUTPUT_TABLE") if output_table else None
        report(progress, 0.0, tr("reading the susceptibility raster"))
        crs_of = request.layer_crs.get
        scores, grid, crs_note = read_scores(request.susceptibility, request.mask, crs_of(request.susceptibility))
        notes = [f"grid: {grid.rows} rows × {grid.cols} columns; {int((~np.isnan(scores)).sum())} cells ranked"]
        notes += [crs_note] if crs_note else []
        notes += list(request.notes)
        sets, warnings = [], []
        inventories = [("LANDSLIDES", request.landslides), ("TEST_LANDSLIDES", request.test_landslides)]
        for i, (label, src) in enumerate(inventories):
            if src is None:
                continue
            report(progress, 0.3 + 0.2 * i, tr("rasterising {label}").format(label=label))
            weights, note = landslide_grid(src, grid, label, crs_of(src.path))
            notes += [note] if note else []
            ls, warning = ranked_landslides(scores, weights, label)
            sets.append(ls)
            warnings += [warning] if warning else []
        report(progress, 0.7, tr("success and prediction rates"))
        ev = evaluate(scores, *sets)
        if tmp is not None:
            write_csv(tmp, rate_columns(ev))
        staged.commit()
    report(progress, 1.0, tr("done"))
    pred = ev.prediction.auc if ev.prediction is not None else None
    return EvaluateOutcome(
        ev.success.auc,
        pred,
        ev.roc_auc_train,
        ev.roc_auc_test,
        ev,
        Path(output_table) if output_table else None,
        notes,
        warnings,
    )
