"""Susceptibility zones of any susceptibility raster, from file to file (issue 10).

The raster is read on its own grid as ``alsa:evaluate`` reads it
(:func:`.evaluate_job.read_scores`, landslides by :func:`.inputs.landslide_grid` and
:func:`.evaluate_job.ranked_landslides`), cut into zones by
:func:`alsa_plugin.core.zones.make_zones`, and written: a Byte GeoTIFF (zones 1…n, nodata
0, with a colour table so that any GIS shows the classes) and a
CSV table per zone. The optional HTML report is written with the same all-or-nothing
staging. :func:`write_zone_outputs` is what a method or model job calls for its own
``OUTPUT_ZONES`` once it has scores and landslides on a grid.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from osgeo import gdal

from ..core.evaluation import evaluate
from ..core.i18n import tr
from ..core.progress import ProgressCallback, report
from ..core.zones import DEFAULT_SHARES, METHOD_LABELS, Zones, make_zones, zone_colours
from ..gis.gdal_state import gdal_calls
from ..gis.grid import Grid
from ..gis.outputs import StagedFiles, check_complete, check_geotiff_output, closing_errors, write_csv
from .evaluate_job import EvaluateRequest, ranked_landslides, read_scores
from .inputs import landslide_grid
from .study import versions


@dataclass(frozen=True)
class ZoneSettings:
    """N_ZONES, BREAKS (a :data:`alsa_plugin.core.zones.METHODS` id) and SHARES (fractions, cumulative mode)."""

    n_zones: int = 5
    method: str = "natural_breaks"
    shares: tuple[float, ...] = DEFAULT_SHARES


@dataclass
class ZonesOutcome:
    """The zones, the files written, notes and warnings, and the run log (what the report is built from)."""

    zones: Zones
    output: Path
    table: Path | None
    report: Path | None
    files: list[Path]
    log: dict
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@gdal_calls
def write_zone_raster(path: Path, grid: Grid, codes: np.ndarray, labels: list[str]) -> None:
    """Zones 1…n as a Byte GeoTIFF on ``grid``: nodata 0 and a green-to-red colour table (inside the TIFF).

    Category names would go to a ``.aux.xml`` sidecar, which the staged rename does not carry; the labels
    come with the QGIS style and the table instead.
    """
    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(str(path), grid.cols, grid.rows, 1, gdal.GDT_Byte, ["COMPRESS=DEFLATE", "TILED=YES"])
    failure = None
    try:
        ds.SetGeoTransform(grid.geotransform)
        ds.SetProjection(grid.crs_wkt)
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(0)
        band.SetDescription(tr("susceptibility zones"))
        table = gdal.ColorTable()
        for k, colour in enumerate(zone_colours(len(labels)), start=1):
            table.SetColorEntry(k, tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5)) + (255,))
        band.SetRasterColorTable(table)
        band.WriteArray(np.asarray(codes, dtype=np.uint8).reshape(grid.rows, grid.cols))
        band = None
        ds.FlushCache()
    except RuntimeError as exc:
        failure = str(exc)
    band = None
    errors: list[str] = []
    with closing_errors(errors):
        ds = None
    if failure is not None:
        raise RuntimeError(failure)
    check_complete(path, errors)


def zone_columns(zones: Zones) -> dict[str, np.ndarray]:
    """The zone table as CSV columns (empty cells for the test columns without a test set)."""
    cols = dict(zones.table)
    if np.isnan(cols["test_landslides"]).all():
        for key in ("test_landslide_share", "test_landslides", "test_density_ratio"):
            cols[key] = np.array([""] * zones.n_zones, dtype=object)
    return cols


def zones_log(zones: Zones, settings: ZoneSettings) -> dict:
    """The zones' part of a run log (JSON-ready with :func:`~alsa_plugin.gis.outputs.strict_json`)."""
    return {
        "method": zones.method,
        "method_label": METHOD_LABELS[zones.method],
        "n_zones": zones.n_zones,
        "shares": list(zones.shares) if zones.shares else None,
        "requested_zones": settings.n_zones,
        "breaks": zones.breaks.tolist(),
        "table": {k: np.asarray(v).tolist() for k, v in zones.table.items()},
    }


def write_zone_outputs(staged: StagedFiles, grid: Grid, zones: Zones, output: Path, table: Path | None) -> list[Path]:
    """Stage the zone raster and (optionally) its table; the caller commits."""
    labels = list(zones.table["label"])
    write_zone_raster(staged.stage(output, "OUTPUT"), grid, zones.codes, labels)
    if table is not None:
        write_csv(staged.stage(table, "OUTPUT_TABLE"), zone_columns(zones))
    return [output] + ([table] if table is not None else [])


def zone_table_path(output_zones: Path) -> Path:
    """The zone table written beside OUTPUT_ZONES: the same name, ``.csv``."""
    return Path(output_zones).with_suffix(".csv")


def score_zones(staged: StagedFiles, grid: Grid, area, score_grid: np.ndarray, output_zones: Path, zone_settings=None):
    """Zones of a score raster as written (float32) over the valid cells, staged with their table; (zones, log part).

    ``area``: anything with ``valid`` (grid-shaped bool), ``train`` and ``test`` (landslides over the
    valid cells), e.g. a :class:`~..core.study.StudyArea` or an encoded study. ``score_grid``: the
    method's LSI or the model's probability, grid-shaped. The scores are the raster's values, so
    ``alsa:zones`` on the written raster with the same settings gives the same breaks and zone raster.
    """
    settings = zone_settings or ZoneSettings()
    valid = np.asarray(area.valid, dtype=bool)
    scores = np.asarray(score_grid, dtype=np.float32)[valid].astype(np.float64)
    zones = make_zones(scores, area.train, area.test, settings.n_zones, settings.method, settings.shares)
    codes = np.zeros(valid.shape, dtype=np.uint8)
    codes[valid] = zones.codes
    zones = replace(zones, codes=codes)
    table = zone_table_path(output_zones)
    write_zone_outputs(staged, grid, zones, Path(output_zones), table)
    part = zones_log(zones, settings) | {"file": str(output_zones), "table_file": str(table)}
    return zones, part


@gdal_calls
def run_zones(
    request: EvaluateRequest,
    settings: ZoneSettings,
    output: str | Path,
    output_table: str | Path | None = None,
    output_report: str | Path | None = None,
    progress: ProgressCallback = None,
    log_extra: dict | None = None,
    dpi: int = 150,
) -> ZonesOutcome:
    """Zones of ``request.susceptibility`` (its own grid): raster, table and report; nothing unless all succeed."""
    output = check_geotiff_output(output, "OUTPUT", request.input_paths())
    table = Path(output_table) if output_table else None
    html = Path(output_report) if output_report else None
    with StagedFiles(request.input_paths()) as staged:
        report(progress, 0.0, tr("reading the susceptibility raster"))
        crs_of = request.layer_crs.get
        scores, grid, crs_note = read_scores(request.susceptibility, request.mask, crs_of(request.susceptibility))
        notes = [f"grid: {grid.rows} rows × {grid.cols} columns; {int((~np.isnan(scores)).sum())} cells ranked"]
        notes += ([crs_note] if crs_note else []) + list(request.notes)
        sets, warnings = [], []
        for i, (label, src) in enumerate(
            (("LANDSLIDES", request.landslides), ("TEST_LANDSLIDES", request.test_landslides))
        ):
            if src is None:
                continue
            report(progress, 0.2 + 0.2 * i, tr("rasterising {label}").format(label=label))
            weights, note = landslide_grid(src, grid, label, crs_of(src.path))
            notes += [note] if note else []
            ls, warning = ranked_landslides(scores, weights, label)
            sets.append(ls)
            warnings += [warning] if warning else []
        report(progress, 0.6, tr("zones"))
        zones = make_zones(
            scores, sets[0], sets[1] if len(sets) > 1 else None, settings.n_zones, settings.method, settings.shares
        )
        if empty := zones.empty_zones():
            warnings.append(
                tr(
                    "zones {zones} hold no cell (tied values or shares reached on one score); consider fewer zones"
                ).format(zones=", ".join(map(str, empty)))
            )
        report(progress, 0.7, tr("writing the zones"))
        files = write_zone_outputs(staged, grid, zones, output, table)
        ev = evaluate(scores, *sets)
        log = {
            "software": versions(),
            "inputs": {
                "susceptibility": request.susceptibility,
                "landslides": vars(request.landslides),
                "test_landslides": vars(request.test_landslides) if request.test_landslides else None,
                "mask": request.mask,
            },
            "grid": grid.describe(),
            "counts": {
                "ranked_cells": int((~np.isnan(scores)).sum()),
                "training_landslide_weight": sets[0].total,
                "test_landslide_weight": sets[1].total if len(sets) > 1 else 0.0,
            },
            "results": {
                "success_rate": ev.success.auc,
                "prediction_rate": ev.prediction.auc if ev.prediction is not None else None,
                "roc_auc_train": ev.roc_auc_train,
                "roc_auc_test": ev.roc_auc_test,
            },
            "zones": zones_log(zones, settings),
            "notes": notes,
            "warnings": warnings,
            "files": [str(p) for p in files],
        } | (log_extra or {})
        if html is not None:
            from ..report import write_report

            report(progress, 0.85, tr("writing the report"))
            extra = {
                "curves": {"success": ev.success, "prediction": ev.prediction},
                "zone_map": zones.codes.reshape(grid.shape),
            }
            files += write_report(log | {"_memory": extra}, output.parent, html, dpi=dpi, staged=staged)
        staged.commit()
    report(progress, 1.0, tr("done"))
    return ZonesOutcome(zones, output, table, html, files, log, notes, warnings)
