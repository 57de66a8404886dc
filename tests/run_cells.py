"""A run's inputs rebuilt from its files, for the independent reference (``reference_bivariate``).

The grid is read from an LSI raster the run wrote; the factors are read with GDAL onto it
(the grid lies on the factors' lattice, possibly reaching past their edge), the landslides
and the mask rasterised onto it. Only the training/test split comes from the core
(``prepare`` with the run's seed): it is an input of the methods, not what is tested.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass
class RunCells:
    valid: np.ndarray  # the grid's valid cells
    factors: list[tuple[np.ndarray, bool]]  # (values on the valid cells, classified)
    train: np.ndarray  # training landslide weight per valid cell
    test: np.ndarray  # test landslide weight per valid cell
    null: np.ndarray | None  # valid cells whose LSI is null (flat-area constraint)


def _on_grid(path, grid) -> np.ndarray:
    from osgeo import gdal

    x0, cell, _, y0, _, _ = grid.GetGeoTransform()
    rows, cols = grid.RasterYSize, grid.RasterXSize
    ds = gdal.Open(str(path))
    fx0, fcell, _, fy0, _, _ = ds.GetGeoTransform()
    assert fcell == cell, f"{path}: not on the run's grid"
    band = ds.GetRasterBand(1)
    raster = band.ReadAsArray().astype(np.float64)
    if band.GetNoDataValue() is not None:
        raster[raster == band.GetNoDataValue()] = np.nan
    values = np.full((rows, cols), np.nan)
    c0, r0 = round((x0 - fx0) / cell), round((fy0 - y0) / cell)
    src = raster[max(r0, 0) : r0 + rows, max(c0, 0) : c0 + cols]
    values[max(-r0, 0) : max(-r0, 0) + src.shape[0], max(-c0, 0) : max(-c0, 0) + src.shape[1]] = src
    return values


def _rasterize(path, grid, add: bool) -> np.ndarray:
    from osgeo import gdal

    mem = gdal.GetDriverByName("MEM").Create("", grid.RasterXSize, grid.RasterYSize, 1, gdal.GDT_Float32)
    mem.SetGeoTransform(grid.GetGeoTransform())
    mem.SetProjection(grid.GetProjection())
    gdal.Rasterize(mem, str(path), burnValues=[1.0], add=add)
    return mem.GetRasterBand(1).ReadAsArray().astype(np.float64)


def run_cells(
    lsi_path: Path,
    continuous: list,
    classified: list,
    landslides: Path,
    seed: int,
    mask: Path | None = None,
    flat_slope: Path | None = None,
    points: bool = True,
) -> RunCells:
    """The cells of a run whose LSI raster is ``lsi_path``: points count per cell (``points``),
    polygons mark the cells whose centre they hold."""
    from osgeo import gdal

    from alsa.alsa_plugin.core import Factor, prepare

    grid = gdal.Open(str(lsi_path))
    arrays = [(_on_grid(p, grid), False) for p in continuous] + [(_on_grid(p, grid), True) for p in classified]
    valid = np.logical_and.reduce([np.isfinite(v) for v, _ in arrays])
    mask_grid = None
    if mask is not None:
        mask_grid = _rasterize(mask, grid, add=False) > 0
        valid &= mask_grid
    flat = None
    if flat_slope is not None:
        flat = _on_grid(flat_slope, grid) == 0
    lsi = grid.GetRasterBand(1).ReadAsArray()
    assert np.array_equal(valid & (True if flat is None else ~flat), ~np.isnan(lsi)), "not the run's cells"
    ls = _rasterize(landslides, grid, add=points)
    factors = [Factor(f"f{i}", v, classified=c) for i, (v, c) in enumerate(arrays)]
    study = prepare(factors, ls, mask=mask_grid, precision=3, train_ratio=0.7, seed=seed)
    assert np.array_equal(study.valid, valid)
    train, test = np.zeros(study.n_a), np.zeros(study.n_a)
    train[study.train.idx] = study.train.weight
    test[study.test.idx] = study.test.weight
    null = None if flat is None else flat[valid]
    return RunCells(valid, [(v[valid], c) for v, c in arrays], train, test, null)
