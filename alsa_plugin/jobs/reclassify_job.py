"""Reclassify a continuous raster into n classes, from file to file (SPEC §5).

The classes come from :func:`alsa_plugin.core.reclassify.reclassify` (equal interval,
quantile or natural breaks over the valid cells). The output keeps the input's grid
exactly (geotransform, size, CRS): no resampling. It holds class codes 1…n, nodata 0,
as Byte (n ≤ 255) or UInt16. Only the first band is read; cells masked by the band's
nodata value (or mask) and non-finite values are nodata.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from numbers import Integral
from pathlib import Path

import numpy as np
from osgeo import gdal, gdal_array

from ..core.errors import AlsaInputError
from ..core.i18n import tr
from ..core.progress import ProgressCallback, report
from ..core.reclassify import LABELS, MAX_CLASSES, reclassify
from ..gis.gdal_state import gdal_calls
from ..gis.grid import RasterInfo, raster_info
from ..gis.outputs import StagedFiles, check_complete, closing_errors
from ..gis.rasters import reading
from .inputs import check_raster_memory, check_sentinels


@dataclass(frozen=True)
class ReclassifyOutcome:
    """The breaks (n + 1, min to max), cells per class 1…n, nodata cells and the file written."""

    breaks: np.ndarray
    counts: np.ndarray
    nodata_cells: int
    output: Path
    notes: list[str] = field(default_factory=list)

    def class_rows(self) -> list[str]:
        """One line per class: its value range and number of cells."""
        return [
            f"class {k}: {'[' if k == 1 else '('}{lo:g}, {hi:g}] — {n} cells"
            for k, (lo, hi, n) in enumerate(zip(self.breaks[:-1], self.breaks[1:], self.counts), start=1)
        ]


@gdal_calls
def read_band(path: str, label: str) -> tuple[np.ndarray, gdal.Dataset, RasterInfo]:
    """The first band as float64 (NaN = nodata), its open dataset (the grid to copy) and its header."""
    info = raster_info(path, label)
    check_raster_memory(info.rows * info.cols, "reclassify", label)
    ds = gdal.Open(info.path)
    band = ds.GetRasterBand(1)
    with reading(label, path):
        values = band.ReadAsArray().astype(np.float64)
        values[band.GetMaskBand().ReadAsArray() == 0] = np.nan
    values[np.isinf(values)] = np.nan  # non-finite = nodata, as for the core
    return values, ds, info


def check_n_classes(n_classes) -> int:
    """N_CLASSES as an int: a whole number from 2 to :data:`MAX_CLASSES`."""
    if isinstance(n_classes, bool) or not isinstance(n_classes, Integral) or not 2 <= n_classes <= MAX_CLASSES:
        raise AlsaInputError(
            tr(
                "N_CLASSES: Reclassify splits a raster into a whole number of classes from 2 to "
                "{MAX_CLASSES}; got {n_classes!r}"
            ).format(MAX_CLASSES=MAX_CLASSES, n_classes=n_classes)
        )
    return int(n_classes)


def check_values(values: np.ndarray) -> None:
    """The INPUT raster must hold at least two distinct values (NaN = nodata) to be split into classes."""
    lo, hi = np.fmin.reduce(values, axis=None), np.fmax.reduce(values, axis=None)
    if np.isnan(lo):
        raise AlsaInputError(tr("INPUT: the raster has only nodata cells: Reclassify has nothing to classify"))
    if lo == hi:
        raise AlsaInputError(
            tr(
                "INPUT: the raster holds a single value ({lo:g} in every cell with data), so Reclassify "
                "has no range to split into classes; choose a raster with at least two distinct values"
            ).format(lo=lo)
        )


@gdal_calls
def write_classes(path: Path, like: gdal.Dataset, classes: np.ndarray, description: str) -> None:
    """A GeoTIFF of ``classes`` on the grid of ``like`` (nodata 0)."""
    mem = gdal_array.OpenArray(classes, prototype_ds=like)
    band = mem.GetRasterBand(1)
    band.SetNoDataValue(0)
    band.SetDescription(description)
    out = gdal.Translate(str(path), mem, format="GTiff", creationOptions=["COMPRESS=DEFLATE", "TILED=YES"])
    errors: list[str] = []
    with closing_errors(errors):
        out = None  # noqa: F841 - closing writes the TIFF directory
    check_complete(path, errors)


@gdal_calls
def run_reclassify(
    input_path: str,
    output_path: str | Path,
    n_classes: int,
    method: str = "equal_interval",
    progress: ProgressCallback = None,
) -> ReclassifyOutcome:
    """Classify ``input_path`` into ``n_classes`` and write ``output_path`` (never the input).

    ``method`` is one of :data:`alsa_plugin.core.reclassify.METHODS`. Nothing is written
    unless the whole run succeeds; a bad ``n_classes`` (N_CLASSES) and a constant or
    all-nodata raster (INPUT) raise :class:`~alsa_plugin.core.errors.AlsaInputError`.
    """
    n_classes = check_n_classes(n_classes)
    with StagedFiles([input_path]) as staged:
        tmp = staged.stage(output_path, "OUTPUT")  # refuses the input, a folder or a read-only file before any work
        report(progress, 0.0, tr("reading the raster"))
        values, ds, info = read_band(input_path, "INPUT")
        check_values(values)
        harm = tr("it would stretch the classes over the empty gap and crowd the real values into a few of them")
        check_sentinels(values, ~np.isnan(values), "INPUT", input_path, info.nodata, harm)
        report(
            progress, 0.3, tr("{method}: {n_classes} classes").format(method=tr(LABELS[method]), n_classes=n_classes)
        )
        classes, breaks = reclassify(values, n_classes, method)
        counts = np.bincount(classes.ravel(), minlength=n_classes + 1)
        report(progress, 0.7, tr("writing the classes"))
        write_classes(tmp, ds, classes, f"{n_classes} classes ({method.replace('_', ' ')})")
        staged.commit()
    report(progress, 1.0, tr("done"))
    note = info.band_note("INPUT")
    return ReclassifyOutcome(breaks, counts[1:], int(counts[0]), Path(output_path), [note] if note else [])
