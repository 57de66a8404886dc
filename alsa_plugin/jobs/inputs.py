"""Bring a study's files onto one grid: factors, landslides, mask, flat-area slope (SPEC §1, §6)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import numpy as np
from osgeo import ogr

from ..core.errors import AlsaInputError
from ..core.factors import Factor
from ..core.progress import ProgressCallback, report
from ..gis.gdal_state import gdal_calls
from ..gis.grid import Bounds, Grid, make_grid, raster_info
from ..gis.rasters import read_factor, read_flat_slope, read_landslide_raster
from ..gis.vectors import rasterize_landslides, rasterize_mask


@dataclass(frozen=True)
class FactorSource:
    """A factor raster file; ``name`` appears in file names and tables."""

    name: str
    path: str
    classified: bool = False


@dataclass(frozen=True)
class LandslideSource:
    """A landslide vector file (in the grid's CRS) or a 0/1 raster."""

    path: str
    raster: bool = False
    weight_field: str | None = None
    all_touched: bool = False


@dataclass(frozen=True)
class StudyRequest:
    """Every input of a study. ``extent`` and ``mask`` are in the grid's CRS.

    ``crs_wkt`` is the grid's CRS and ``layer_crs`` each raster's CRS (path → WKT) as
    QGIS knows the layers — the one source of truth when a file has no CRS or the user
    overrode it; None/absent: the file's own CRS (the first factor's for the grid).
    """

    factors: list[FactorSource]
    landslides: LandslideSource
    test_landslides: LandslideSource | None = None
    extent: Bounds | None = None
    mask: str | None = None
    cell_size: float | None = None
    flat_slope: str | None = None
    origins: tuple[str, ...] = ()  # the user's files behind exported layers (never overwritten either)
    notes: tuple[str, ...] = ()  # what was done to the layers before (e.g. vectors reprojected on export)
    crs_wkt: str | None = None
    layer_crs: dict[str, str] = field(default_factory=dict)

    def input_paths(self) -> list[str]:
        paths = [f.path for f in self.factors] + [self.landslides.path, self.mask, self.flat_slope]
        paths += [self.test_landslides.path if self.test_landslides else None, *self.origins]
        return [p for p in paths if p]


@dataclass
class GridData:
    """The study's inputs as arrays on one grid."""

    grid: Grid
    factors: list[Factor]
    landslides: np.ndarray
    test_landslides: np.ndarray | None
    mask: np.ndarray | None
    flat: np.ndarray | None
    notes: list[str] = field(default_factory=list)


def check_sources(factors: list[FactorSource]) -> None:
    """At least one factor; unique names; no raster both classified and continuous."""
    if not factors:
        raise AlsaInputError("no factor given: add at least one raster to CONTINUOUS_FACTORS or CLASSIFIED_FACTORS")
    seen: dict[str, FactorSource] = {}
    for f in factors:
        key = os.path.realpath(f.path)
        if key in seen:
            other = seen[key]
            if other.classified != f.classified:
                raise AlsaInputError(
                    f"the raster {f.path!r} is given both as a classified and as a continuous factor; "
                    "use it in one list only"
                )
            raise AlsaInputError(f"the raster {f.path!r} is given twice as a factor; give it once")
        seen[key] = f
    names = [f.name for f in factors]
    if len(set(names)) != len(names):
        raise AlsaInputError(f"factor names must be unique, got {names}")


@gdal_calls
def landslide_grid(
    src: LandslideSource, grid: Grid, label: str, crs_wkt: str | None = None
) -> tuple[np.ndarray, str | None]:
    """Landslide weight per cell on ``grid``, and a note when a raster had to be reprojected or resampled.

    ``crs_wkt``: a landslide raster's CRS as QGIS knows it (None: the file's).
    """
    if src.raster:
        values, note = read_landslide_raster(src.path, grid, label, crs_wkt)
        if not values.any():
            raise AlsaInputError(f"{label}: the raster holds no landslide cell inside the processing extent")
        return values, note
    weights = rasterize_landslides(
        src.path, grid, weight_field=src.weight_field, all_touched=src.all_touched, label=label
    )
    return weights, None


@gdal_calls
def _mask_bounds(path: str) -> Bounds:
    ds = ogr.Open(path)
    xmin, xmax, ymin, ymax = ds.GetLayer(0).GetExtent()
    return xmin, ymin, xmax, ymax


@gdal_calls
def load(request: StudyRequest, progress: ProgressCallback = None) -> GridData:
    """Read every input once onto the grid of the first factor (its CRS; EXTENT/MASK, CELL_SIZE)."""
    check_sources(request.factors)
    crs_of = request.layer_crs.get
    first = request.factors[0]
    reference = raster_info(first.path, f"factor {first.name!r}", request.crs_wkt or crs_of(first.path))
    bounds = request.extent
    if bounds is None and request.mask:
        bounds = _mask_bounds(request.mask)
    grid = make_grid(reference, bounds, request.cell_size)
    notes = [f"grid: {grid.rows} rows × {grid.cols} columns of {grid.cell:g} in the CRS of {first.name}"]
    notes += request.notes
    factors = []
    n = len(request.factors)
    for i, src in enumerate(request.factors):
        report(progress, i / (n + 3), f"reading factor {src.name}")
        factor, note = read_factor(src.path, src.name, src.classified, grid, crs_of(src.path))
        factors.append(factor)
        notes += [note] if note else []
    report(progress, n / (n + 3), "rasterising landslides")
    landslides, note = landslide_grid(request.landslides, grid, "LANDSLIDES", crs_of(request.landslides.path))
    notes += [note] if note else []
    test = None
    if request.test_landslides is not None:
        src = request.test_landslides
        test, note = landslide_grid(src, grid, "TEST_LANDSLIDES", crs_of(src.path))
        notes += [note] if note else []
    report(progress, (n + 1) / (n + 3), "mask and flat areas")
    mask = rasterize_mask(request.mask, grid) if request.mask else None
    flat = None
    if request.flat_slope:
        flat, note = read_flat_slope(request.flat_slope, grid, crs_of(request.flat_slope))
        notes += [note] if note else []
    report(progress, 1.0, "inputs on the grid")
    return GridData(grid, factors, landslides, test, mask, flat, notes)
