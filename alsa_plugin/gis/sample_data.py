"""The built-in synthetic sample data set, written as GIS files (GDAL only, no qgis).

:func:`write_sample_data` writes :func:`~..core.synthetic.make_stack` ``((400, 500), 4, 1,
seed=42)`` on a 10 m grid in UTM zone 17N (EPSG:32617):

* ``slope.tif``, ``factor01.tif`` … ``factor03.tif``: continuous factors, Float32, nodata −9999
  (no cell is nodata); ``slope`` is in degrees and 0 on flat cells;
* ``classes00.tif``: a classified factor, Byte, classes 1…n, nodata 0;
* ``dem.tif``: elevation (m, Float32) whose gradient magnitude is tan(slope): the solution of
  the eikonal equation |∇z| = tan(slope) that is 200 m along the southern edge, so
  ``native:slope`` of it is close to ``slope.tif`` (correlation ≈ 0.98; flat patches become
  terraces);
* ``landslides.gpkg``: layer ``landslides``, one polygon (integer field ``id``) per
  4-connected group of landslide cells of the 0/1 grid, so rasterising the polygons at cell
  centres gives back the grid.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

from ..core.errors import AlsaInputError
from ..core.i18n import tr
from ..core.synthetic import make_stack
from .gdal_state import gdal_calls

SHAPE = (400, 500)
EPSG = 32617
CELL = 10.0
ORIGIN = (500000.0, 4200000.0)  # upper-left corner (x, y)
FLOAT_NODATA = -9999.0
DEM_BASE = 200.0
NAMES = ("slope", "factor01", "factor02", "factor03", "classes00", "dem", "landslides")
_CREATE = ["COMPRESS=DEFLATE", "TILED=YES"]


def file_names() -> dict[str, str]:
    """Name of each file written, by key (``landslides`` → ``landslides.gpkg``, others ``.tif``)."""
    return {n: f"{n}.gpkg" if n == "landslides" else f"{n}.tif" for n in NAMES}


@gdal_calls
def write_sample_data(folder: Path) -> dict[str, Path]:
    """Write the sample set into ``folder`` (created if needed); return key → path.

    Raises :class:`AlsaInputError` naming any target file that already exists; nothing is
    overwritten, and a failure leaves no file behind.
    """
    folder = Path(folder)
    targets = {k: folder / name for k, name in file_names().items()}
    existing = [str(p) for p in targets.values() if p.exists()]
    if existing:
        text = (
            tr("sample data: {files} already exists; nothing overwritten: choose an empty folder")
            if len(existing) == 1
            else tr("sample data: {files} already exist; nothing overwritten: choose an empty folder")
        )
        raise AlsaInputError(text.format(files=", ".join(existing)))
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".alsa-sample-", dir=folder))
    except OSError as exc:
        raise AlsaInputError(
            tr("sample data: the folder {folder!r} cannot be written ({strerror})").format(
                folder=str(folder), strerror=exc.strerror
            )
        ) from exc
    try:
        _write_all({k: tmp / p.name for k, p in targets.items()})
        _move_all({tmp / p.name: p for p in targets.values()})
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if created:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    shutil.rmtree(tmp, ignore_errors=True)
    return targets


def _write_all(paths: dict[str, Path]) -> None:
    stack = make_stack(SHAPE, n_continuous=4, n_classified=1, seed=42)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    for f in stack.factors:
        if f.classified:
            _write_raster(paths[f.name], f.values.astype(np.uint8), gdal.GDT_Byte, 0, srs)
        else:
            _write_raster(paths[f.name], f.values, gdal.GDT_Float32, FLOAT_NODATA, srs)
    dem = DEM_BASE + eikonal_dem(stack.factors[0].values, CELL)
    _write_raster(paths["dem"], dem, gdal.GDT_Float32, FLOAT_NODATA, srs)
    _write_landslides(paths["landslides"], stack.landslides, srs)


def _move_all(moves: dict[Path, Path]) -> None:
    """Rename every file into place; undo the ones done if one fails or a target appeared."""
    done: list[Path] = []
    try:
        for src, dst in moves.items():
            if dst.exists():
                raise AlsaInputError(
                    tr("sample data: {dst!r} appeared while writing; not overwritten").format(dst=str(dst))
                )
            os.replace(src, dst)
            done.append(dst)
    except BaseException:
        for p in done:
            p.unlink(missing_ok=True)
        raise


def _geotransform() -> tuple[float, ...]:
    return (ORIGIN[0], CELL, 0.0, ORIGIN[1], 0.0, -CELL)


def _write_raster(path: Path, values: np.ndarray, dtype: int, nodata: float, srs: osr.SpatialReference) -> None:
    rows, cols = values.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, dtype, _CREATE)
    ds.SetGeoTransform(_geotransform())
    ds.SetSpatialRef(srs)
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(values)
    band.FlushCache()
    band = None
    ds = None


def _write_landslides(path: Path, grid01: np.ndarray, srs: osr.SpatialReference) -> None:
    """Polygonize the value-1 cells (4-connected) into a GeoPackage layer with field ``id``."""
    rows, cols = grid01.shape
    mem = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Byte)
    mem.SetGeoTransform(_geotransform())
    mem.SetSpatialRef(srs)
    band = mem.GetRasterBand(1)
    band.WriteArray(grid01.astype(np.uint8))
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = out.CreateLayer("landslides", srs, ogr.wkbPolygon, ["FID=fid"])
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
    out.StartTransaction()
    gdal.Polygonize(band, band, layer, -1, [])  # mask = the band itself: value-1 cells only
    out.CommitTransaction()
    out.ExecuteSQL("UPDATE landslides SET id = fid")
    layer = None
    out = None
    band = None
    mem = None


def eikonal_dem(slope_deg: np.ndarray, cell: float) -> np.ndarray:
    """Heights z ≥ 0 with |∇z| = tan(slope), z = 0 on the last (southern) row (float32).

    First-order Godunov upwind scheme, Jacobi iterations of ``z = min(z, update)`` from
    z = ∞ until nothing decreases: z is the least ∫ tan(slope) ds over paths from the
    southern edge, i.e. travel time with slowness tan(slope).
    """
    f = (np.tan(np.radians(slope_deg.astype(np.float64))) * cell).astype(np.float32)
    big = np.float32(1e12)
    padded = np.full((f.shape[0] + 2, f.shape[1] + 2), big, dtype=np.float32)
    z = padded[1:-1, 1:-1]
    z[-1] = 0.0
    f_sq, f2_sq = f * f, 2 * f * f
    a, b, d, both, new = (np.empty_like(f) for _ in range(5))
    two_sided = np.empty(f.shape, dtype=bool)
    for it in range(50 * sum(f.shape)):
        np.minimum(padded[1:-1, :-2], padded[1:-1, 2:], out=a)  # west/east
        np.minimum(padded[:-2, 1:-1], padded[2:, 1:-1], out=b)  # north/south
        np.subtract(a, b, out=d)
        np.multiply(d, d, out=d)
        np.less(d, f_sq, out=two_sided)  # |a − b| < f: both neighbours contribute
        np.subtract(f2_sq, d, out=d)
        np.maximum(d, 0, out=d)
        np.sqrt(d, out=d)
        np.add(a, b, out=both)
        both += d
        both *= 0.5
        np.minimum(a, b, out=new)
        new += f
        np.copyto(new, both, where=two_sided)
        new[-1] = 0.0
        if it % 16 == 0 and not (new < z).any():
            break
        np.minimum(z, new, out=z)
    return z.copy()
